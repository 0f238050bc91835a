# fresh250 part 2: Gloucestershire and Somerset intake, weeks 2-3
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Gloucestershire Constabulary, Intelligence Report. Grading 2/B/P. Subject: Car wash, Eastern Avenue, Gloucester GL4.
Source states that the car wash is run by two brothers, surname HASANI, and that the 5 or 6 workers there are Kurdish and Albanian. The workers live in a three-bed house on Tredworth Road owned by the brothers' uncle and pay £70 each a week out of wages of about £200. The workers were brought over on lorries and are told they owe £10,000 each, of which the brothers "take a bit every week". Source has heard one of the brothers shouting at a worker that if he went to the police he would be "sent back in a box". Workers are collected from the house at 7am in a black Vauxhall Vivaro and returned after 8pm, seven days a week. Source believes none of the workers has a passport in his own possession.
Handling code P. Disseminate to MSHT desk and GLAA.""",
  "DB IT WW EO RD", "OA CE LH DT UF", "L")

T("""Hello my name is Ana, I am write for my friend Mirela. She work in hotel in Cheltenham cleaning rooms. The agency man take her bank card and give her only 50 pound in week. She work every day no free day since two month. She is afraid to speak with police because he say he will tell to her husband in Romania she is prostitute. Please help her, she is good person.""",
  "WW EO IT", "NCW LH FA", "L")

T("""Taunton 101: Caller reports that a man has been going door to door in Wellington selling dusters and tea towels claiming to be an ex-offender on a rehabilitation scheme. Caller suspicious. Officer located male, 19, local, selling on own account. Advised re pedlar's certificate. NFA.""")

T("""Referral from Barnardo's ISCAN, Bristol: 15yo boy, Sudanese UASC, was found in Cardiff after going missing from his placement in Bristol. He told his worker that a man he met at the mosque said he could earn money cleaning a restaurant. Instead he was taken to a house and made to hold drugs in his body ("plugging") and sell them in Newport. He says he was slapped when he came back short and that they have his phone number and know where he lives.""",
  "AV DEC PSV IT", "FA", "C", "high")

T("""GP surgery Stroud: patient (M, 47, Polish) attended with hand injury from a sawmill. Asked about work, he said he gets £3 an hour "after deductions", lives in a caravan the employer provides and "can't argue because I have nowhere else". Consented to a referral to Hope for Justice.""",
  "WW AV", "OA PA", "L")

T("""Cheltenham: Complaint from a resident of Pittville that her new neighbours' nanny "is a slave". Visited. Nanny is a 23yo Spanish au pair on an exchange programme, works 25 hours a week, paid £100 pw pocket money, has her own room, own phone, own passport, goes to college two evenings a week and had been out with friends the night before. Said she was very happy. No concerns.""")

T("""INT 3/B/P (Avon & Somerset). Intelligence that a nail bar on Broad Street, Staple Hill is operated by a Vietnamese couple and that two girls aged around 16 work there, live in the flat above and are not enrolled in any school. The girls are never seen out except at the shop and are driven there by the owner.""",
  "AV RM ISO", "IS ET SW RMS", "L", "high")

T("""PCSO note: Older man begging on the bridge in Bath, very thin, ragged clothes. Says he is dropped off each morning by a car with other beggars and picked up in the evening, and has to give the money to "the boss". Speaks Romanian only (used Google Translate). Says he sleeps in a van.""",
  "WW AC", "PA CE NCW PLC", "C")

T("""Gloucester: Shop theft at Primark. Two females (20s, Romanian) detained with £600 of clothing in a foil-lined bag. Both said they were told by a man to steal and he would give them a place to live. Neither had ID. One said he has their passports "at the house". Both very scared, would not give address.""",
  "RD", "DT FA", "C")

T("""This is a message for the police from the tenants of Flat 2, 56 Stapleton Road. We are 6 Polish workers and we are all sharing legally, each person has his own contract with Bristol Homes Ltd and we all work at the airport. Somebody reported us for "slavery" because there are many shoes outside the door. We are fine, thank you, please do not send more police.""")

T("""Weston NPT: Report of a man sleeping in a van outside a building site on Locking Parklands. Spoke to him: sub-contractor, Bulgarian, owns the van, chooses to sleep in it to save money during the week and goes home to Birmingham on weekends. Paid per day by the main contractor into his own account. No concerns.""")

T("""Victim statement, Operation HARROW (Glos), extract:
"I met Dan at the hostel in Gloucester. He said he had a job for me laying drives and I'd get £80 a day and a room. I was sleeping on the streets then and drinking a lot. He took me to a site in Tewkesbury where there were other men in caravans. I didn't get the £80, he said he was taking money off for the room and food and the cans. Some days we worked from six in the morning till it was dark. If anyone moaned he or his son would give them a beating. He kept my bank card because he said I'd only drink the money. I was there two and a half years. I didn't have a phone. My sister thought I was dead."
Officer notes: victim presented with healed fractures to left hand consistent with his account.""",
  "AV DEC WW EO PSV ISO AC", "LH NCW IS PA OA", "L")

T("""Text to 999 (SMS): help im in a car on m5 they taking me somewhere im 16 they said i owe them dont no where going""",
  "AV DB", "", "", "immediate")

T("""Bath University welfare: international student (Indian) says the "agent" who arranged her course charged her family ₹8 lakh and now wants her to work in his cousin's restaurant in Bath for no pay to "finish paying". She has her own passport and attends classes. She's been working 30 hrs a week unpaid in the evenings and is scared he'll tell the university she's breaking her visa conditions.""",
  "DB WW IT AV", "UF FA", "L")

T("""Somerset Rural Crime Team: theft of red diesel from a farm near Wincanton. Suspect vehicle a blue Ford Ranger. No exploitation.""")

T("""MASH Bristol: school reports Year 9 girl has been seen getting into cars with older men after school and has said she has a "boyfriend" who is 24 who gives her weed and vapes. Mum has found she has been sending explicit images. Risk of CSE.""",
  "AV", "", "S", "high")

T("""Caller: "i work at the big chicken place near Bridgwater through an agency and they keep taking money off my wages for things i never had, £45 for boots i bought myself, £30 for a coat, and i'm on the minimum. My mate says it's illegal. I'm British I'm not a foreigner but I can't afford it." Advised re ACAS and GLAA.""",
  "WW", "PPE", "L")

T("""NRM referral by Gloucestershire County Council (First Responder):
Client is a Vietnamese male who gives his age as 17. Age disputed by the local authority; assessment pending. He was arrested during a warrant at a residential property in Churchdown where around 400 cannabis plants were being grown. He was found in an upstairs bedroom which had been converted into a grow room, sleeping on a camping mat. The property's windows were blacked out and the front door had been screwed shut from the inside with only the back door usable, to which he did not have a key. He told the social worker that he travelled from Vietnam via Russia and France, that his family paid a deposit to a man in his village and that he owes the remainder, about £20,000. He was told that if he left the house the police would send him to prison and his family in Vietnam would be hurt. He was not paid. He had no phone. He did not know which city he was in. He had two T-shirts and a pair of trousers.""",
  "AV DB RM IT ISO WW AC", "SW RMS UF FA IS FPE PLC", "C", "high")

T("""Public report via Crimestoppers: "the man at the takeaway on Barton St keeps his staff's passports in his safe, I seen it when I worked there. they are illegal and he pays them nothing much." """,
  "RD WW AV", "DT", "L")

T("""Glos Police custody: detainee arrested for possession with intent in Cheltenham, 23, from London. In interview said he sells for himself and "nobody runs me". No indicators of exploitation; charged.""")

T("""INT 2/B/P. BOTEZATU, Ionut (dob 02/06/1990). Believed to control at least 12 Romanian males who work for a groundworks firm in Avonmouth. BOTEZATU collects the workers' wages in cash from the firm every Friday and pays them £150 each, keeping the rest, approx £300 per man. He also holds their ID cards and has said he will report them to immigration if they complain (note: all are EU nationals with settled status, but workers believe the threat).""",
  "WW RD IT", "NCW DT FA", "L")

T("""Neighbour phoned: my neighbours foster kid is getting picked up every night in different cars and not coming back till 3 or 4 in the morning. She's 13. I'm really worried, she looked like she'd been crying.""",
  "AV", "CE", "S", "high")

T("""Staff at the Wellspring Settlement (Barton Hill) report a Somali woman who attends the ESOL class said her husband's brother brought her here saying she'd go to college, but she isn't allowed to study. She cares for his 5 children and his elderly mother, cooks and cleans from morning to night, and is hit if the food is late. She is only allowed out to the class because the social worker insisted.""",
  "DEC PSV EO RM AV", "LH RMS", "D")

T("""Bristol Airport Border Force referral: male (Nigerian) arriving from Lagos with a one-way ticket, says he is going to a Bristol hospital for a "kidney operation" arranged by a "sponsor" he has never met. He is not ill. He has an envelope with £500 cash and a letter with a Harley Street address. Suspected organ trafficking; NCA informed.""",
  "", "", "O")

T("""Southmead Hospital: transplant coordinator call to confirm that a kidney transplant from an altruistic donor went ahead last week. Donor screened by HTA independent assessor, no payment, no coercion. Routine notification to police re media interest. No concerns.""")

T("""Hi, I am a Polish man, I worked in a factory in Gloucester 3 months. The boss said all is fine and the money is fine. I got my money every week in bank, my own bank. But now the factory is closed and I have no job. Can you help me find a job? (Signposted to JCP/Citizens Advice.)""")

T("""INT 3/C/P. Unverified: Chinese females working in a "massage" premises in Cheltenham are living on site and are moved every 3 weeks between Cheltenham, Swindon and Oxford. They do not leave the premises and a male brings food. Sexual services offered (adverts on Vivastreet).""",
  "RM ISO", "SW RMS IS", "S")

T("""ASB report: group of teenagers drinking in the park in Yate. Dispersed.""")

T("""Hospital social worker, RUH Bath: "Patient is a 39-year-old Romanian man admitted with pneumonia. He was brought in by a colleague from the building site who said the boss wouldn't let them stop working although the patient had been ill for a week. He lives with 10 other men in a house in Keynsham which the boss owns and pays rent from his wages. He showed me his payslip: £140 for 60 hours. He says he's scared that if he stays in hospital he'll lose his bed and his job." Hospital safeguarding lead informed and, with the patient's consent, a referral made to the police. He asked that his colleague not be named because he is worried for him too.""",
  "AC WW EO", "OA LH FA", "L")

T("""Gloucester IR: Assault at a house in Kingsholm. Victim (male, 40s) says he was punched by his housemate in a row over the electricity bill. Both are tenants. No other concerns.""")

T("""Children's Society worker (Gloucestershire): "J, 16, told me he's been made to go to Worcester to sell drugs for the older lads. He says he doesn't want to but he owes them £600 because his 'box' got taken by police. They said they'll burn his mum's house down if he doesn't pay. He was out of county three nights last week and his mum reported him missing twice." """,
  "AV DB IT", "FA", "C", "high")

T("""I'm ringing about my daughter she's 19 she has learning difficulties. She's moved in with this man who's 45 and he's making her claim benefits and he's got her bank card and she's not allowed to ring me. He makes her go with his mates. Last week she had a bruise on her face she said she walked into a door.""",
  "AV WW ISO", "NCW IS PA", "S")

T("""NCA Modern Slavery & Organised Immigration Crime referral to A&S: subject is a UK-registered recruitment agency (Bristol address) suspected of charging Indian and Zimbabwean care workers up to £15,000 each for Certificates of Sponsorship. Workers arrive to find the jobs don't exist or are zero-hours with 4-5 hours per week, then are told to find their own work or "pay back the fee". Workers' visas are tied to the sponsor so they are afraid to report.""",
  "DEC DB AV", "UF FA", "L")

T("""Bath NPT: Report of a woman "being kept" in a flat on Lower Bristol Rd. Attended: 82yo woman living with her son who is her carer. She goes to church, has a cleaner and a district nurse. She has her own money and phone. Son stressed but caring. No concerns. Referred to ASC for carer's assessment.""")

T("""Public message on Facebook page, passed to MSHT: "Theres about 20 men live in the old pub in Bridgwater by the river, they get picked up by minibus at 4am, a few of them asked my husband for food. They said the man who brought them said they could not go in to town." """,
  "RM AC", "OA CE RMS", "L")

T("""Glos CID: interview of AMINI, Reza (victim). He states he worked at a barbershop in Gloucester for 10 months, 10am-10pm, Monday to Sunday, for £100 a week, and slept on the floor of the shop. He has no documents (asylum seeker). He says the owner did not take his papers, he never had any. He was not threatened and the door was never locked, but he had nowhere else to go.""",
  "AV WW EO AC", "LH SW", "L")

T("""Safer Streets partnership, Weston: Hotel staff concerned that a room has been booked for a week by a man and that various men have been going up to it to see a young woman. The man sits in the lobby and collects cash. Woman looked "out of it" and very young.""",
  "WW", "NCW", "S", "high")

T("""Tip-off: lorry driver at a service station on the M5 heard banging from a trailer. Border Force found 7 Vietnamese adults in the trailer, dehydrated. All said they had paid for the journey. Immigration matter; NRM considered.""",
  "", "PA UF", "")

T("""Sergeant's summary, Op TALON (Avon & Somerset), day 1 of 2:
At 0600 warrants executed at 3 addresses in Bristol (BS5, BS7) and one in Weston (BS23) linked to a cleaning company that supplies staff to hotels and offices. 21 potential victims identified, mostly Romanian and Bulgarian nationals aged 19 to 58. Common account: recruited on Facebook with adverts for "hotel jobs in UK, £1,600/month, accommodation included"; paid £250-£400 for the bus and job; on arrival each had to open a bank account and the card and PIN were kept by the company's "coordinator"; workers given £30-£50 per week in cash. Accommodation: 6-8 people per house, mattresses on floors, one house with no heating. Several workers say the coordinator drove them to every shift and they were not allowed out at night. Two women disclosed the coordinator had threatened to send photos to their families. One male had bruising to his ribs he said was from the coordinator. 43 bank cards recovered from the coordinator's car. Documents (ID cards) for 15 workers found in a safe at the BS7 address.""",
  "DEC WW RD RM IT PSV AC", "UF NCW MBC DT OA PLC ET RMS PA", "L")

T("""Woman from church called: there's an older Ghanaian lady who comes to our church who told me she's been living with a family in Cheltenham for 20 years as their "housekeeper". She says she's never been paid but they feed her and give her a room and she is happy with them and can come and go. She has a pension and own bank account. She asked me not to call anyone. I'm not sure if this is ok.""",
  "WW", "", "D")

T("""Glos Police. RTC A40 Northleach. Minibus with 12 agricultural workers in collision with a car. Minor injuries. Driver employed by a licensed gangmaster, workers all paid properly per GLAA follow-up. No concerns.""")

T("""INT 2/B/P. Information from a tenant at an address in Cheltenham that the landlord, MUHAMMAD, Asif, is letting out a basement room to a Pakistani male who works in the landlord's restaurant 14 hours a day and "never gets paid, just food". The male told the tenant he's overstayed his visa and the landlord said he'll call immigration on him if he goes.""",
  "AV WW EO IT", "LH FA OA", "L")

T("""A man came into the Gloucester Foodbank asking for food for 8 people. He works at a recycling plant, lives in a shared house arranged by his agency. Said all his wages go to "pay for the room" and the agency's man has all their cards. He said he paid £300 in Latvia for the job.""",
  "WW", "OA NCW MBC UF", "L")

T("""Weston-super-Mare: Welfare check on a 17yo girl reported by her mum for going to meet an older man she met online. Located at Weston bus station; she says she's meeting her cousin, cousin confirmed. Returned home. No concerns.""")

T("""Bristol Women's Voice referral: Client (Brazilian, 29) came to the UK to study English on a student visa. A woman who ran a "beauty salon" in Bristol offered her a job giving massages, and she was then told she had to give "extras" to clients or she'd be reported for working more than her visa allowed. The woman kept 70% of the money. Client wasn't locked in and lived with friends.""",
  "DEC IT WW AV", "FA", "S")

T("""Taunton: 999 call from a man saying his boss is "threatening to kill me with a knife right now" at a carpet warehouse on Priorswood industrial estate. Says boss took his passport and hasn't paid him. Officers en route.""",
  "IT RD WW", "DT", "L", "immediate")

T("""INT 4/C/C: unknown Asian males seen leaving a house in Yeovil at 5am in a minibus. Nothing more known.""",
  "", "CE", "")

T("""Crisis worker, Bristol: "One of our guys, Mark, 52, ex-forces, alcoholic, told me a man has been coming to the day centre offering homeless men £50 a day for roofing work. Mark did a week and got £20 total. The man said he'd deducted food, transport and a 'finder's fee'. He took Mark's phone 'so he didn't lose it' and gave it back after a week." """,
  "AV WW DEC ISO", "CT IS", "L")

T("""Somerset: NHS Community Mental Health team report a client (UK national, 34, schizophrenia) who has been "befriended" by a couple who moved into his flat in Bridgwater. They use his flat to sell drugs, he has been made to sleep in the kitchen and they take his benefits. He is frightened of them.""",
  "AV WW AC", "NCW FA", "C")

T("""Can someone ring me back about the man who runs the car wash in Longlevens. He sends 3 of the young lads to stand at traffic lights begging with signs on Saturdays. He shouts at them and takes the money.""",
  "WW", "NCW", "C")

T("""Gloucester. Anonymous letter received at police station: "The Romanian family at 8 Cromwell St use an old man from their village to do all their work, he sleeps in the shed, he is not allowed to leave, they hit him. He does not speak English. Please check." Visit conducted: man (72) found living in a shed with no heating, evident malnutrition. Family claim he is a relative who likes the shed. Man declined to speak in front of family. Safeguarding strategy arranged.""",
  "AC RM PSV ISO AV", "PLC PA RMS SW IS", "D")

T("""Bath: Report from B&NES licensing of an unlicensed HMO with 12 students. All students, own tenancies, landlord issued with notice. No exploitation.""")

T("""Message from a Bulgarian worker via WhatsApp to a GLAA investigator (translated):
"Hello. I work at the flower farm near Glastonbury. The boss is ok, he pays us. But the man who brought us from Bulgaria, Stefan, he took our money for the first month and he say we owe him still 300 pound each for the bus. He have our ID cards. He say he will send bad men to our families if we talk. We live in his house 4 people in one room. We work 6 in the morning to 7 in the evening. Please do not say I wrote this." (Investigator's note: this account matches two other reports about the same transporter. The flower farm owner has cooperated and provided pay records showing full wages paid into the workers' accounts.)""",
  "WW DB RD IT EO", "UF DT OA LH FA", "L")

T("""Police officer's note (Cheltenham): Arrested female for soliciting, Cheltenham. She is local, 35, says she works for herself to fund her habit, nobody takes her money, she was arrested before in Gloucester. Referred to the Nelson Trust.""")

T("""Community nurse, Tewkesbury: "A very elderly man I visit says his live-in carer, who came from the Philippines via an agency, has not had a day off in eight months. The carer told me quietly the agency has her passport and takes half her wages for her 'visa debt'. She sleeps on a camp bed in his dining room." """,
  "EO RD WW DB AC", "LH DT UF SW", "L")

T("""INT 2/B/P. Information that a Bristol-based gang (leader known as "FATS") recruits girls from children's homes in BS13 and BS14, offering them weed and "a place to stay", then takes them to parties in Bristol and Swindon where they are expected to have sex with men. Girls aged 13-16. At least one girl (ELLIE, 14) has been missing since Saturday and is believed to be with FATS now.""",
  "AV DEC PSV", "", "S", "immediate")

T("""Local councillor email: residents in Easton are concerned the corner shop has a young man working 7 days a week. Officer spoke to the young man, owner's son, 22, on a gap year from uni, helping out in the family business and paid. No concerns.""")

T("""GLAA / A&S joint visit, Sedgemoor farm. Worker states: "The gangmaster take 50% of my money. He say this is for house and car and the mistakes I make. I must work Saturday and Sunday. I not have day off since I come. He keep passport in his car." 14 workers in one farmhouse, 3 rooms.""",
  "WW EO RD AC", "NCW LH DT OA", "L")

T("""Stroud: male (58) reports he lent his bank card to a friend who took £400. Civil/fraud advice. No exploitation.""")

T("""Barnardo's caseworker note, Weston: "K, 15, discloses that a 19-year-old she calls her boyfriend has been making her hold drugs in her bra and deliver to houses in Weston. She says he loves her and buys her things. She has a new phone she's not allowed to tell her mum about." """,
  "AV DEC", "", "C", "high")

T("""Caller from a Bath hotel (reception): a female guest has just come down to the desk saying a man in her room has taken her passport and phone and is forcing her to see men. She is shaking and says he's coming back in 10 minutes. Units dispatched.""",
  "RD ISO PSV", "DT IS FA", "S", "immediate")

T("""Glos Police INT 3/B/P. HOLLOWAY, Stephen (dob 14/12/1975), Cinderford. Believed to be cuckooing a vulnerable male's flat on the Bilson estate, using him to store and sell heroin. The male (alcohol dependent, learning disability) has said he can't get them out and they took his keys.""",
  "AV RM", "RMS", "C")

T("""WhatsApp screenshot given to officers by a Lithuanian woman in Gloucester, from her employer: "If you go police remember we know your son school in Kaunas. You not leave until you pay 2000." She works at a vegetable packing plant via a man who houses her.""",
  "IT DB RM", "OA RMS", "L")

T("""Bristol City Council Trading Standards: complaint that a removals firm is using "slave labour". Investigated: firm employs 8 staff via PAYE, all with contracts, one is on a zero-hours contract and complained about unpredictable hours. Not exploitation.""")

T("""Domestic worker's own words (via Kalayaan, referral to Glos Police): "I came with my employer from Dubai on the overseas domestic worker visa. In Cheltenham I look after 4 children and clean the big house. I wake at 5:30, I sleep at 1. No day off. Madam keep my passport and phone. I eat what children leave. Sir shout at me and one time he push me on the stairs. I am not paid here, they say salary goes to my family in Philippines but my family say nothing come." Kalayaan note: she left the house during a school run and came to our office by bus. She has consented to an NRM referral and to speaking to police with a Tagalog interpreter.""",
  "EO RD ISO AC PSV WW AV", "LH DT IS NCW", "D")

T("""Somerset Council housing officer: A man in temporary accommodation in Yeovil says he was brought to the UK by a Romanian "boss" who found him work at a meat factory. He says the boss now wants him out of the house because he left the job, but has not threatened him and he has his own documents and bank account. Housing need only.""")

T("""Anon: the lads at the car wash on Bath Rd Brislington are made to work in the rain with no gloves or boots and their hands are all cracked and bleeding""",
  "AC", "PA", "L")

T("""Bristol 101: Caller reports an Airbnb in Redland being used as a brothel. Different men arriving at all hours. Caller saw 2 women arrive with a man carrying their bags. They haven't come out in days.""",
  "RM", "ET RMS", "S")

T("""School safeguarding lead (Gloucester Academy): "Year 8 boy said to a teacher that he's 'working' for his cousin's friend and has to 'do runs' after school. He said if he stops they'll tell everyone he's a snitch and he'll get stabbed. He owes them for a bike they gave him." """,
  "AV IT DB", "FA", "C", "high")

T("""GLAA licensing inspection, Evercreech: labour provider supplying pickers to a soft fruit farm. 30 workers interviewed. Some workers complained of long hours during the peak (60 hrs), but confirmed they could refuse overtime and it was paid. Accommodation in caravans met standards. No indicators of forced labour. Licence retained with additional conditions on record-keeping.""")

T("""Hope for Justice case note: S, 33, Romanian, in safe house. States he was taken by a man called COSTEL from Bucharest to Bristol where he worked for 4 months at a recycling yard, slept in a garage with 5 others, and got nothing. When he asked for money COSTEL broke his nose. COSTEL said he'd "owe" until he earned 5000 for the van and the food.""",
  "WW PSV DB AC", "OA PLC PA", "L")
