E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Female held her own passport and bank card, works part time at the salon, lives with partner. No exploitation identified.")
T("asked if anyone takes his money he laughed and said 'my wife does' — joint account, no concerns")
T("PCSO: lad outside Co-op asking for change, says hes homeless, nobody with him, gave hostel details.")
T("If the agency doesn't pay him by Friday he says he'll go to ACAS. Pay dispute only, he has payslips.")
T("Male denied any threats or violence from his employer and said he was happy with the work. He did say the boss keeps his passport 'in case of inspection'.",
  "RD", "DT", "L")
T("She said she was never hit and never locked in, but her 'husband' takes every penny she earns at the massage place.",
  "WW", "NCW", "S")
T("Worker free to leave, has own phone, but says he's charged £25 a week for the minibus to the site which is more than half his pay after rent.",
  "WW", "CT", "L")
T("We checked for signs of exploitation at the car wash and found none — staff on payroll, own accommodation, own transport.")
T("Neighbour thought the Romanian lads next door were being exploited but they are all on the books at the poultry plant and rent privately. NFA.")
T("IP says he is not in debt to anyone and no one has his documents. He does work 70 hour weeks at the kebab shop with no day off and sleeps in the storeroom.",
  "EO AC", "LH SW", "L")
T("Caller says 'I don't think she's trafficked or anything, she's just a really hard worker' re the cleaner at the office who does double shifts.")
T("He would beat me if I didn't bring back £500 a night, so I always made sure. He never actually hit me, only said.",
  "IT", "", "S")
T("No evidence of debt bondage. Worker states he repaid his flight to his cousin in full from his first two wages voluntarily.")
T("I am a kidney transplant recipient from a living donor in India — my wife. GP asked me about it at my review, all fine.")
T("Transplant tourism concern: patient returned from Pakistan with new kidney, says he paid £20k to a clinic, donor was 'a poor man from a village' paid £1,000.",
  "AV", "", "O")
T("INT 3/B/P. A woman in Tower Hamlets recruits Bangladeshi men with debts to go to India for 'kidney operations', pays them a fraction of what was promised.",
  "AV DEC", "", "O")
T("Case note: client was told her debt would be cleared if she 'donated' a kidney. She refused and was beaten. Referred to NRM.",
  "DB PSV", "", "O")
T("Boy 16, nationally referred, says 'no one forces me, I sell for myself'. However phone download shows a line controller setting his targets and threatening him.",
  "AV IT", "", "C", "high")
T("Woman said she was 'not locked in as such' but the man takes her shoes and coat every night so she can't go out.",
  "RM", "RMS", "D")
T("His brother says there's nothing dodgy going on, they just all live together to save money, 7 of them in a 3 bed, all work different places and pay their own way.",
  "", "OA", "")
T("POI states he would 'never keep anyone's passport' but officers found 6 passports in different names in his bedside drawer.",
  "RD", "DT", "")
T("Female at nail bar said nobody holds her documents, she is paid into her own account. But she works 9am to 10pm every day and sleeps in the back room.",
  "EO AC", "LH SW", "L")
T("They didn't threaten me, they didn't have to, I knew what they did to the last lad.", "IT", "FA", "C")
T("Agency says if workers don't hit the target they 'might' be moved to night shift — normal HR warning, no indicators.")
T("Vehicle stop, 4 females in rear of Mercedes VN21 OPA, male driver had all their phones in the glovebox. Females unable to say where they were going.",
  "ISO", "IS ET SFW", "S")
T("INT 2/B/P. On Fridays RAFIQ collects the pay from the factory for his 'team' of 18 and hands each of them £100 in cash.",
  "WW", "NCW", "L")
T("Found 3 men living in a shipping container at a scrapyard in Tilbury. Say they work there for the owner, no toilet, cook on a camping stove.",
  "AC", "SW PLC", "L")
T("nobody there speaks english and the foreman speaks for them all the time when the council come", "", "SFW", "")
T("Victim was told he would be paid £60 a day building patios. Paid nothing for 3 months, told wages were 'saved for him'.",
  "DEC WW", "", "L")
T("Call from hospital: Female 20s with cigarette burns and old fractures, accompanied by male who insists on staying. Female signalling for help with hand gesture.",
  "PSV", "PA SFW", "", "immediate")
T("Lorry driver at Dover found 6 Eritrean men hidden in trailer, 2 unconscious from lack of air.", "AC", "", "")
T("Two of them said they work for their uncle and get pocket money and food. They are 13 and 14 and work in the shop after school until midnight.",
  "AV EO WW", "LH", "L", "high")
T("INT 4/C/S. Rumour in the community that a man in Peterborough 'owns' several Lithuanian men who work at the fields and are paid only in vodka.",
  "WW", "", "L")
T("Teacher referral: pupil (14) often falls asleep, says he cleans at his dad's friend's restaurant every night till 1am and doesn't get paid.",
  "AV EO WW", "LH", "L", "high")
T("She doesn't have a phone, says she's not allowed one.", "ISO", "IS", "")
T("Met a woman at the drop in centre, Thai, says she came to be a masseuse, now has to see clients for sex, owes the boss £15k.",
  "DEC DB", "", "S")
T("INT 2/B/P. Male named 'Sasha' threatens workers at the car wash that he will call immigration if they leave. Workers believed to be overstayers.",
  "IT AV", "FA", "L")
T("Victim states there was always someone sitting by the front door, even at night. She was only allowed out with 'the auntie'.",
  "RM", "RMS ET", "D")
T("he keep my passport and my money and I must sleep in the kitchen", "RD WW AC", "DT SW", "")
T("Complaint about noise from builders working Sundays, no concerns re workers.")
T("Female in her 60s found sleeping in a cupboard in a family home in Southall. Had been working as their maid for 11 years. Family denied she worked for them.",
  "AC", "SW PLC", "D")
T("Workers at sandwich factory told they will be fined £50 for each mistake, fines taken from wages.", "WW", "", "L")
T("Sorry for bad english. I work in car wash, the boss keep 100 pound every week for 'debt' but he never say how much is debt, always is more.",
  "DB WW", "", "L")
T("Man in Skegness came into station asking for help, had walked from a farm, says he hasn't been paid, was slapped, lives in a barn with 20 others.",
  "WW PSV AC", "OA PLC", "L")
T("Youth worker: 15 yr old girl 'in a relationship' with 24 yr old who drives her to parties where she's given alcohol and 'has to be nice' to his mates.",
  "AV PSV", "ET", "S", "high")
T("INT 3/B/P. Shop premises 44 Ladypool Rd used as address for 25 bank accounts, cards posted there for workers at a textile factory.",
  "", "MBC", "L")
T("Welfare check on Bulgarian family with 5 kids in 2 bed flat, parents both work, kids in school. Overcrowding referral to housing, no exploitation.")
T("I can go anywhere I want but where would I go, I don't know anyone and I don't know where this place is.", "ISO", "IS", "")
T("Custody: detainee arrested for cannabis production says he was 'just the gardener', paid nothing, 'boss' took his phone and told him police would kill him.",
  "WW ISO IT", "FA", "C")
T("An old man's son collects his benefits and has him sleep in the shed, he does all the garden and chores.",
  "AV WW AC", "PLC NCW", "D")
T("Training course for staff on spotting modern slavery, attended by 20 hotel managers.")
T("Housekeeper in Kensington says employer is a diplomat, she works 18 hours a day, has had no day off since arriving 2 years ago and her passport is with the embassy.",
  "EO RD", "LH DT", "D")
T("Referral: Rough sleeper (alcohol dependent) recruited from Birmingham city centre to work on a farm, paid in cider and tobacco.",
  "AV WW", "", "L")
T("INT 2/B/P. Workers at the plant are told they have to sign for '£300 PPE' on day one. They never get the boots.",
  "WW DEC", "PPE", "L")
T("Girl said the men she works for hit her if she talks to the other girls.", "PSV ISO", "", "")
T("Anon report: Turkish barbers on Green Lanes, young lads work there all hours, boss collects them in a car at 7 and takes them 'home' at 11pm.",
  "EO", "CE LH ET", "L")
T("Client reports being locked inside the restaurant overnight by the owner 'so nobody steals'. Sleeps on chairs.",
  "RM AC", "RMS SW", "L")
T("Nothing to suggest exploitation. The worker was told she would be paid monthly and she was.")
T("She was a student here, the man said she could work in his restaurant to pay her fees. Now he has her BRP and she works for food.",
  "RD WW AV", "DT", "L")
T("INT 3/C/P. Male 'Dritan' using a minicab firm to move girls from Cardiff to Swansea every weekend, girls said to be 16-17.",
  "AV", "ET", "S", "high")
T("Man in A&E with crush injury from machinery at recycling plant, no training, no gloves, foreman told him to say he fell at home.",
  "AC", "PA FA", "L")
T("Resident says the new cleaner next door is 'like a prisoner', she's only seen her on the balcony hanging washing.",
  "RM", "RMS IS", "D")
T("Victim says the 'lover boy' bought her clothes and took her to London, then told her she must pay him back by selling sex.",
  "DEC DB", "", "S")
T("DWP: 7 UC claims linked to one address and one phone number, all claimants Romanian, bank accounts accessed by same IP.",
  "WW", "NCW MBC", "C")
T("i heard her say she aint been home in 3 years and the family she lives with dont let her ring her mum",
  "ISO", "IS", "D")
T("IP shown the NRM leaflet, declined referral, says he is happy with his job and hours. No concerns.")
T("Man with bruises stood at the back of the queue at the job centre, another man spoke for him and took his letter.",
  "", "PA SFW", "")
T("INT 2/B/P. NGUYEN runs 4 nail bars in Essex with workers housed above; workers told they owe £25k each for travel from Vietnam.",
  "DB", "UF SW", "L")
T("The girls in the brothel at 8 Victoria Terrace are moved every 2 weeks, don't know what town they're in.",
  "ISO", "IS", "S")
T("Our son was groomed online, told to move packages and then told he owed them for a 'lost' parcel. They said they know where we live.",
  "AV DB IT", "", "C", "high")
T("No holiday pay, long days, low pay, but workers are British, on contracts, free to change job. Employment law matter, referred to ACAS.")
T("They give us only one meal and we sleep 15 in garage on floor. Boss say if we don't like we can pay the 5000 and go.",
  "AC DB", "OA PLC", "L")
T("Worker on a crab boat out of Newlyn said he had not been on shore for 3 weeks, works 20 hrs a day, captain holds passport.",
  "EO RM RD", "LH DT RMS", "L")
T("Tip via app: man at the Shell garage ATM with a fistful of cards again tonight, 11pm, black BMW", "", "MBC", "")
T("INT 3/B/P. Women are recruited from Romania by a woman who promises jobs at a cafe; on arrival they are taken to flats in Glasgow and sold for sex.",
  "DEC", "", "S")
T("The foreman is always with us, he drives us, he talks to the bosses, he keeps our money.", "WW", "ET SFW NCW", "L")
T("Male aged 30s walked into station with no shoes, says he escaped from men who beat him and made him work on a farm in Kent.",
  "PSV", "PA FPE", "L")
T("Concern for child (10) at home address, mother says the child is her cousin's, child seen cleaning and cooking for the family of 6, not registered at school.",
  "AV", "", "D", "high")
T("My mum's carer is Zimbabwean, sponsored by the agency, she says they charged her £8,000 for the job and she has to repay from wages before she can leave.",
  "DB", "UF", "L")
T("They tell us we can't go shop, we can't go out, we just work and sleep. Every day the same.", "RM EO", "RMS LH", "L")
T("PCSO: 3 men sleeping in a Transit on the car park at the industrial estate every night, say they work at the laundry and boss lets them use the van.",
  "", "PLC", "")
T("Police attended flat in Bolton: female with no shoes, no clothes other than what she stood in, no bag, said she 'just arrived'. Males present fled.",
  "", "FPE", "")
T("Victim states she had to pay the controller £100 a day 'rent' for the room where she saw clients, even when there were no clients. Debt grew.",
  "DB WW", "", "S")
T("INT 2/B/P. A Slough-based gang forces Romanian women to shoplift to order from Primark and Next, beating them if they return empty-handed.",
  "PSV", "", "C")
T("I met him online, he said he loved me and would get me a visa. Now he takes my money and I can't leave because he has my passport.",
  "DEC WW RD", "DT", "")
T("Licensing visit, Tanning Salon, young female worker, checked, she's the owner's daughter and paid.")
T("INT 3/B/P. Source says the men at the carwash on Thornaby Rd 'aren't allowed to talk to customers' and are taken back to the house in Middlesbrough by the boss at night.",
  "ISO", "ET", "L")
T("Social worker: care leaver (18) with learning difficulties, older man has moved into his flat and is using it to sell drugs; care leaver says he's told to 'hold stuff'.",
  "AV", "", "C")
T("She said she wants to go home to Albania but he said if she leaves he'll post pictures of her online and her brothers will kill her.",
  "IT", "", "S")
T("IP has been living in a garden shed for 2 years in return for labouring, says it's 'not bad'.", "AC WW", "PLC", "L")
T("Asked about long hours, nurse said she chooses bank shifts for the money and can say no any time. No concerns, thanks for checking.")
T("2 Indian chefs at the curry house, sponsored visas, say they're paid £900 a month for 72 hr weeks, their visas say 39 hrs at £26k.",
  "DEC WW EO", "LH", "L")
T("Victim account: 'The man at the airport took my passport and ticket and said I must go with him. I did not know where we go.'",
  "RD ISO", "DT IS ET", "")
T("INT 2/A/P. Brothel at 91 Queen St has CCTV inside and out; women are filmed at all times and not allowed outside without a driver.",
  "RM", "RMS ET", "S")
T("Female says her employer told her that police in the UK are corrupt and will send her home if she speaks to them.",
  "IT", "FA", "")
T("Concern raised by a church: Nigerian family's 'house girl' (approx 16) doesn't attend church with them, always at home, seen carrying heavy shopping, thin.",
  "AV", "PA IS", "D", "high")
T("Man outside Greggs who begs every day is actually on a team, saw him hand all the money to a guy in a car at the end of the day who took him away.",
  "WW", "NCW ET", "C")
T("Person states he is never allowed to keep his wage slips and doesn't know how much he earns.", "WW", "NCW", "L")
T("On arrival the workers were made to hand over their phones and were only given them back for 10 minutes on Sundays.",
  "ISO", "IS", "L")
T("Ambulance crew: elderly man found with a young Chinese woman in his house, she cleans and cooks, has nothing, sleeps on the floor by his bed, doesn't know the address.",
  "AC", "FPE SW IS", "D")
T("Hand car wash inspected by HMRC and GLAA, 4 workers found with bank cards held by the manager 'for safety'.",
  "WW", "NCW MBC", "L")
T("Phone call to the helpline from an anonymous worker: 'if we complain about money they shout and they say they break our legs'.",
  "IT", "", "L")
T("Paramedics attended factory: worker collapsed, he had worked 3 double shifts in a row, no breaks, supervisor wouldn't let him sit down.",
  "EO AC", "LH", "L")
T("Lodger has his own room, pays £450 a month, comes and goes as he likes. Landlady just wanted to check he's not 'trafficked' after watching a TV programme.")
T("""Intelligence log, Kent Police, 3/B/P. Information has been received that a traveller family based at a site off the A20 near Ashford are using vulnerable adult males to carry out block paving and landscaping work across Kent and Sussex. The men, thought to be around five in number and aged 30 to 60, are believed to have been recruited from homeless hostels and soup kitchens in London. They are housed in two old touring caravans at the rear of the site with no running water or toilet. One man has been seen with a black eye and another walking with a limp. Members of the public have heard the men being shouted at and told they will 'end up in a ditch' if they run off. The men are collected at first light in a Ford Ranger and not returned until after dark. Their benefits are believed to be collected by a female family member.""",
  "AV AC PSV IT EO WW", "PLC PA CE NCW LH", "L")
T("""Statement from PV (translated from Polish). In 2022 I lost my job in Gdańsk and my friend gave me number of a man who finds work in England. He said I will work in a warehouse for £10 per hour and the house is free for first month. I paid him 1,500 zloty for the bus. In England they take me to a house in Kettering where there were 14 people. They took my passport and said it is for the agency. I worked in a chicken factory, sometimes 14 hours, and every Friday the man gave me £50 and said the rest is for house, bus and my debt. When I asked for my passport he said 'you want to go, you pay 2,000 first'. One night his friend hit me in the face because I talked with a woman from the factory about the money. After that I was very afraid. I did not call the police because he said the police in England work with him.""",
  "DEC RD WW DB PSV IT EO", "UF OA DT NCW LH FA CT", "L")
T("""Case summary for MARAC, not MS related. Victim (F, 38) reports a long history of coercive control by her partner. He monitors her phone, has stopped her seeing her friends and takes her salary. There is no suggestion that she is made to work for him or that anyone profits from her labour; she works as a teaching assistant by choice. Risk assessed as high under DASH. Referred to IDVA.""")
T("""Email from a member of the public, forwarded by the council. 'Hi I dont know if this is the right place but I run a cafe near the big hand car wash on Weston Rd. The lads from there come in sometimes. Theyre always in the same clothes, soaking wet in winter with no gloves or proper boots. One of them told me they sleep in a portacabin behind the wash and that the owner takes their money for food and the cabin so they never have anything. Last week one of them had a bad cut on his hand and the owner wouldnt let him go to the hospital. They look scared of the owner and when his car pulls up they all stop talking. I dont want to get anyone in trouble but it doesnt seem right.'""",
  "AC WW", "PA SW PLC FA NCW", "L")
T("""Case note, Migrant Help. Client (M, 25, Sudanese) says he came to the UK on a small boat last year. Agent in Calais was paid by his uncle. Client says no debt is owed by him personally, he has not been asked to work for anyone and has not been threatened. He is currently in a hotel in Wakefield awaiting his asylum interview and feels bored but safe. He asked about English classes. No trafficking indicators disclosed at this time; client aware he can speak to us if anything changes.""")
T("""Record of conversation at train station, BTP. Two Hungarian women (approx 20) travelling with an older male who held their tickets and both their ID cards. When officers spoke to the women the male repeatedly answered for them. Separately, one woman said they were going to 'work in a club' in Manchester which a friend of the male had arranged, and that she did not know how much she would be paid or where she would live. She appeared nervous and kept looking at the male. Officers took details and submitted intel; the women chose to continue their journey.""",
  "RD", "DT SFW FA ET", "S")
T("""Youth offending case note. J (16) was arrested in Margate in possession of 20 wraps of heroin and £600 cash. In interview he made a partial disclosure that he had been 'sent down' from Lewisham by an older male known as 'Ghost' and that he had been staying at a vulnerable woman's flat for two weeks. He said he was not allowed to leave the flat except to do deals, that 'Ghost' had taken his own phone and given him a 'work phone', and that if he came back short he would be 'dealt with'. He has an unexplained burn mark on his arm. Mother reported him missing 12 days ago. NRM referral made by police as first responder; s47 strategy discussion held.""",
  "AV RM ISO IT", "RMS IS PA", "C", "high")
T("""Report from Environmental Health after visit to a bakery in Walthamstow. Inspectors found four men sleeping on flattened cardboard in the flour store. Ovens run 24 hours. The men told inspectors they work nights and sleep in the day, that they get £200 a month, and that the owner 'keeps their papers'. They refused to give full names and appeared very afraid when the owner arrived. One man had a bandaged hand from an oven burn which had not been treated by a doctor. Police and GLAA informed.""",
  "AC WW RD", "SW PLC DT FA PA", "L")
T("""Debrief note, Salvation Army. PV (F, 31, Brazilian) came to the UK on a visitor visa after being offered work as a 'companion' by a woman she met on Instagram. The woman paid for her flight and then said she owed £4,000 plus interest. PV was taken to a flat in Bayswater and told she would see clients there. She was not hit but was told that if she did not pay, the woman's 'friends' would visit her mother in São Paulo. Her passport was kept 'safe' by the woman. She was advertised on a website under a different name, worked every day and was allowed out only to buy food, always with another girl. She kept a small amount of money for food; the rest went to the woman.""",
  "DEC DB IT RD EO RM WW", "UF DT LH RMS ET NCW", "S")
T("""PCSO beat report, Queensway. Spoke to the owner of the new hand car wash and four workers. Workers said they were employed by the owner, paid weekly into their own accounts, and lived in shared houses they rent themselves. Owner produced right to work checks and insurance. One worker said hours were long in summer but he gets two days off. There was no sign of anyone sleeping on site. Leaflets left with workers in Romanian and Albanian. No concerns at this time.""")
T("""Safeguarding referral from a GP surgery, Leicester. Patient (F, 58, Indian national) attended with her employer, who booked the appointment and tried to come into the consultation room. When seen alone, patient disclosed that she has worked as a live-in servant for the family for six years, looks after three children and an elderly grandmother, is up before 6am and goes to bed after midnight, and has never been given a day off. She is paid nothing; the family say they send money to her son in India but she does not know if this is true. She sleeps on a mattress in the utility room. Her passport was taken on arrival 'for the visa'. She has no phone and does not know the family's address.""",
  "EO WW AC RD ISO", "SFW LH SW DT IS NCW", "D")
T("""Intel 2/B/P, Lincolnshire. A series of calls to the Modern Slavery Helpline relate to an unlicensed gangmaster operating around Wisbech. Callers state workers are charged a £250 'job fee' before being given work, then £30 a week for the minibus and £40 for a set of PPE (boots, hi-vis, gloves) which they have to buy again if anything is lost. Workers who miss a shift are 'fined' a day's wages. The gangmaster is said to keep a list of what each worker owes and the amounts only ever go up.""",
  "WW DB", "UF CT PPE", "L")
T("""Follow-up note: returned to the address on Elm Grove after the anonymous report of 'slaves' in the house. Occupants are a large family (grandparents, parents, four adult children and two grandchildren). Several adults work at the family's own business, a wholesale shop. All have their own bank accounts and ID. Nobody sleeps at the shop. The report appears to be malicious, possibly linked to a neighbour dispute over parking. NFA.""")
T("""Victim statement extract (learner English, written herself). 'The first week is ok. After, he say I must give him my bank card because he pay the rent for me. He change the PIN. He say I am stupid and nobody will want me, only him. I clean his restaurant before open and after close, and I work the kitchen in the middle. I finish 1 or 2 in the night. If I am slow he push me, one time he throw hot oil and I have burn on my leg. My friends in Lithuania think I am fine because he write messages from my Facebook.'""",
  "WW EO PSV ISO", "NCW LH PA IS", "L")
T("""Call handler log 14:22. Caller is manager of a Premier Inn in Crawley. Room 212 was booked by a male for a week, paid cash. Staff have seen different men going up to the room every hour. Cleaner went in this morning and found a young woman with only a small handbag and a phone, no luggage, no clothes in the wardrobe. Woman looked very young and frightened and said 'boss coming back' and shut the door. Male seen leaving in a grey Golf. Officers to attend.""",
  "", "FPE FA", "S")
T("""Case note, local authority adult social care. Mr D (49) has a moderate learning disability and lives alone. His sister reports that a group of men he calls his 'friends' have been staying at his flat for a month, that he has been taken to a cash machine by them several times, and that his benefits have gone within a day of being paid. He told his support worker he has to 'clean the car for them' and carry bags to other flats. Support worker noticed his flat now has many people sleeping there and that Mr D was sleeping on the floor. Cuckooing and financial abuse suspected.""",
  "AV WW", "OA NCW", "C")
T("""INT 3/B/P. Information received that workers supplied by 'Apex Staffing' to a salad packhouse in Evesham are being made to pay £35 a week for the minibus and £60 up front for boots, gloves and a hairnet. Some are said to have had their first two weeks' wages withheld as a 'deposit'. Workers are picked up from a house on Cheltenham Rd at 05:00 and dropped back around 21:00. No information that workers' documents are held.""",
  "WW", "CT PPE CE UF LH", "L")
T("""Referral from a food bank volunteer, Wrexham. A man (Polish, mid 50s) came in with a carrier bag which he said was everything he owns. He told her he had been working at a farm 'somewhere near Chester' for a man who said he'd pay him at the end of the season, but when he asked he was told to leave. He walked for two days. He has no money, no phone and his ID is 'with the boss'. He is thin and has sores on his feet.""",
  "DEC WW RD", "FPE DT PA", "L")
T("""Note from NHS renal unit: Patient (M, 44) attending for follow-up after a kidney transplant performed abroad. He states the donor was a 'distant cousin' but could not name him and became evasive. Paperwork from a private clinic in Egypt lists a payment of $45,000. Clinical team concerned about commercial organ trafficking; donor welfare unknown. Safeguarding lead informed, no concern for this patient's own safety.""",
  "", "", "O")
T("""Record of a living-donor assessment, Manchester Royal Infirmary. Mother (52) donating a kidney to her son (24). Both seen separately by the independent assessor as the Human Tissue Authority requires. No evidence of duress, coercion or reward. Donor understands the risks and can withdraw at any point. Approved.""")
T("""INT 2/B/P. A man known as 'Doctor Ali' approaches asylum seekers at a hostel in Middlesbrough offering £5,000 for a kidney, to be taken at a clinic in Istanbul. At least one resident, a young Syrian male, is said to have agreed because of debts to smugglers and has not been seen since travelling last month. Others report being told they 'have no choice' if they want their families to be left alone.""",
  "AV DB IT", "", "O", "high")
T("""Debrief, first responder. PV (M, 19, Vietnamese) was found by police in a flat above a nail bar in Stockton. He says he came to the UK after the snakeheads told his parents he could study. He cleans the salon, does the pedicures when the girls are busy and cooks for everyone. He owns only the clothes he is wearing and a toothbrush. He has never been paid and was told his wages go to paying the 'travel'. He is allowed downstairs only, and the owner checks on him with cameras.""",
  "DEC WW DB RM AV", "FPE SW RMS", "L")
T("""Welfare visit to a residential address in Hendon following a report from a neighbour that a 'young girl is kept as a slave'. The girl is 19, the family's niece, studying at college on a student visa. She showed officers her own passport and phone and said she helps around the house like any family member and is given pocket money. She goes out with friends at weekends. Spoken to alone; relaxed and clear in her answers. No concerns.""")
T("""PCSO beat note, Hull city centre. Spoke to a man sitting on a sleeping bag by the Boots doorway. He is local, known to the outreach team, uses the night shelter and said he begs to pay for food. Nobody else involved, nobody collects money from him, he refused an offer of help with housing today but accepted a hot drink. Outreach informed.""")
T("""Email to the council licensing team from a resident in Canterbury: 'The landlord next door has put 11 people into the house and I'm worried. I spoke to a couple of them in the garden and they are all students at the university, they each pay their own rent and have a contract. It's loud at night and the bins are overflowing. I'm not saying anything sinister is going on but can someone check if he has an HMO licence?'""")
T("""Statement extract, employer interview (GLAA). Manager explained that the company holds copies of staff passports for right-to-work purposes and that originals are returned on the same day. Workers interviewed confirmed this and showed their passports. Pay is into their own bank accounts, transport to site is free, PPE is provided free of charge and replaced when worn. Holiday records seen. No issues found.""")
T("""Custody note. Male (22) arrested for possession with intent, Crawley. Solicitor present. Male says he deals to support his own habit, nobody makes him do it and he owes nobody money. Officers asked specifically about threats and exploitation — he denied any and laughed at the idea. No referral made. Released under investigation.""")
T("""Case note, housing options. Client (F, 45) wants to move closer to her daughter. She works two jobs — nights at a care home and days at a school kitchen — and says the long hours are her choice as she is saving for a deposit. She has her own account, no debts apart from a car loan and is not in any difficulty other than wanting a bigger place. Added to register.""")
T("""Call handler log 02:15. Caller is a taxi driver. He has just dropped two girls 'about 14 or 15' at a house in Rochdale with an older man who paid the fare. The girls were drunk and one was crying and said 'I don't want to go in'. The man pulled her by the arm into the house. Caller gave address 31 Milkstone Rd. Units dispatched, grade 1.""",
  "AV PSV", "ET", "S", "immediate")
T("""Anonymous letter received at Boston police station (original spelling): 'i work on the fields with the bulgarian gang, the boss mitko make us pay 20 pound each day for the bus and 50 pound for the knife and the boots and if you are late he taking all the day money. we live 5 in room. he say we go to police he know our houses in Bulgaria. please help but no say my name'""",
  "WW IT AC", "CT PPE OA FA", "L")
T("""INT 3/B/P. The 'Brothers' car wash chain in Kirklees moves its workers between sites in a black Vito. Source states workers have no days off, start at 07:00 and finish at 21:00, and each has 'a debt to the brothers' that is never explained. Workers are Kurdish and speak little English; the manager always talks for them.""",
  "EO DB", "ET LH SFW", "L")
T("""Student welfare team note: International student (F, 22) came in upset because her landlord's agent asked to 'hold her passport as a deposit'. She refused and kept it, and the agent accepted a normal deposit instead. She has a tenancy agreement. Advised on her rights, no further concern.""")
T("""School DSL note: Year 7 pupil (11) said his older brother 'gets money from the men in the car' for carrying bags to the flats. Pupil was asked by the same men to do it but said no. Brother (16) not at this school. Passed to children's services and police for the brother.""",
  "AV", "", "C", "high")
T("""Nurse on the ward says she's working 13 hours a shift this week because of sickness in the team. She's tired but says she's glad of the overtime and her manager asked, not told. She's paid for every hour. Just logging the rota change.""")
T("""Neighbour call, Sunderland: 'Ive lived here 20 years and never had this. There's a house over the road with men going in and out all hours, a van picks them up early morning. I know they're Eastern European. I'm not saying they're slaves, they wave and they've got their own cars some of them.' Officers visited: 6 men renting privately, all working for the same construction firm on PAYE, own passports, own transport. No concerns.""")
T("""Record of contact, Border Force, Stansted. Female (23, Albanian) arriving alone. She said she was coming to see her boyfriend who had paid for her ticket. She did not know his surname or address and had £20 on her. She had been told he would meet her and take her to a job in a bar. Her phone showed messages from the boyfriend telling her what to say to border officers. Referred to safeguarding team; she was allowed entry after the boyfriend could not be traced.""",
  "DEC", "FA IS", "")
T("""Lettings agent note: tenant at 4 Park View sublets to 14 men; two say they pay the tenant £80 a week each from their wages at the meat plant and that he drives them there at 5am. One says the tenant 'keeps everyone's card so nobody spends'.""",
  "WW", "OA CE ET NCW MBC", "L")
T("""Ward sister: young woman brought in after overdose said her pimp makes her take crack so she'll keep working. Has no belongings and nowhere to go.""",
  "PSV", "FPE", "S")
T("""Care worker: the two ladies who clean at the big house on Lime Ave are there 7am till late, the owner drives them in and out and they're charged for the lift.""",
  "EO", "LH ET CT", "D")
T("""INT 3/B/P. A nail bar in Bury St Edmunds. Staff are believed to have paid £3,000 each to a 'fixer' for a job and training, and are charged for their own tools and gloves out of wages.""",
  "WW", "UF PPE", "L")
T("""Victim said the man drove her to and from the flat every day and she never had money of her own, she isn't sure she could have left.""",
  "WW", "ET NCW", "")
T("""Comment at community meeting: 'Everyone keeps saying the car wash lads are trafficked but I asked them and they said they just work hard because the money's better than back home.' Logged, no concerns raised.""")
