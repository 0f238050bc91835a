T("Welfare visit to the address on Dudley Rd. Occupants are 4 Polish men who work at the same meat plant. Each has his own room, own passport, own bank account. They said they can leave whenever they want and showed their payslips. Nothing to suggest anyone is being held against their will.")
T("Intel: POI 'BIG A' (nom AHMETI) running a cannabis grow in an industrial unit in Tipton. Two Vietnamese boys (believed 15-16) live in the unit. Phones taken on arrival. They have never been outside and would not know which town they are in. 2/B/P",
  "IS RM", "saw", "C", "ic")
T("They told us in Hanoi the job was in a factory making clothes. We were taken straight from the lorry to a house with no furniture and only plants. 'Anh Tu' came twice a week with food and checked the lights. He said the police here would beat us and send us to prison forever if they caught us.",
  "DE IT AC", "foa", "C")
T("Ward round: Pt (M, 35, Lithuanian) admitted with crush injury to foot from a pallet at a distribution warehouse. Employed directly, RIDDOR report made by employer, wife visiting. Pt states he's well treated at work.")
T("From a Facebook group screenshot forwarded by a member of public: 'WANTED: girls 18-25 for hostess work in UK, £3,000 a month, flights and flat paid, no experience, message Dana.' Account based in Romania. No victims identified at this stage.")
T("the house on Sparkbrook road, a lady there is kept like a slave honestly. she does all the cooking cleaning for the whole extended family and the kids, never seen her go out once in 2 yrs, she has no phone, and when i said hello to her in the garden the mother in law dragged her inside and shouted",
  "IS RM", "", "D")
T("Handover: DC SHAW. Victim 1 (Romanian F, 27) debriefed at SARC. States she came to work in a packing factory via an agency in Iasi that charged her €500. After 2 weeks she was told there was no work and she must 'repay' the fee and flat by working in a flat in Hockley. Males attend daily. Trafficker (nom 'Sorin') keeps all money, gives her cigarettes and food. He raped her on the first night. Victim now at safe house. Victim 2 not yet located.",
  "DE DB WW PV", "uf", "S")
T("A Salvation Army support worker reports that her client (M, 45, Czech) who was in the NRM has found a new job at a bakery, is renting a room with a friend and is doing well. Case closed to outreach.")
T("Agency for warehouse work in Castle Donington contacted GLAA about a rival agency. Their worry: workers from the other agency are picked up from one house in Coalville at 4am and charged £12 a day for the bus. One worker told them he has not seen a payslip and his wages 'go to Mihaela' who gives him £50.",
  "WW", "cedl ct ncw", "L")
T("Missing from home: Jade (14) found at a flat in Stoke with 2 adult males aged 23 and 31. Jade intoxicated, phone had messages from one male arranging to 'take her to see his mates'. Both arrested. Jade home with mum, strategy meeting booked.",
  "", "", "S", "c")
T("Notes from outreach: Mr D, Sudanese, 31, sleeping in doorway in Leicester. Says he was given a job at a car wash in exchange for 'a room' but the room was a container with eight others and after 2 weeks the owner said he owed £400 for the bed and food so he left. Now rough sleeping.",
  "DB AC", "oa", "L")
T("INT — Romanian OCG moving females between pop-ups in Leicester, Derby and Nottingham. Females (approx 8) driven between cities by POI ZAMFIR at night. Females never have access to phones except the 'work phone' which POI answers. INT suggests POI posts ads on Vivastreet and arranges all bookings. 2/B/C — dissemination to NCA only.",
  "IS", "et sfw", "S")
T("My boss took my passport when I started. He said it is normal in England for the company to keep it. When I ask for it to go to the bank he says 'next week'. This is 8 months.",
  "RD", "", "L")
T("Neighbour complaint: loud music and many cars at a house party on Radford Rd most weekends. Residents are students. Noise abatement notice.")
T("Caseworker, Medaille Trust: Ms O (Nigerian, 33) left a house in Handsworth where she worked as a 'nanny' for a pastor's family. She says they told her she'd be paid £200 a month; in 3 years she received nothing. They said the money was 'being saved for her'. She had to ask permission to go to church and was always taken there by the pastor's wife. They told her she would be arrested and deported if she left because her visa had expired.",
  "DE WW RM IT AV", "et foa", "D")
T("POI DUNCA, Florin (DOB 04/07/1991) charged with theft. In interview stated he works for a man who supplies 'stuff to sell'. No indicators of coercion; FLORIN says he keeps the profits himself and came to the UK on his own.")
T("CCTV reviewed at Asda Merry Hill: female (approx 60, Romanian) dropped at 0800 by a Mercedes VRM AB12 ***, sits begging till 1800, collected by same car. Passes cash to the driver at pick up. Has a walking stick and appears unwell.",
  "WW", "et pa ncw", "C")
T("I am writing to report that the man who runs the takeaway below my flat has a lad working there who looks no more than 13. He is there till 2am on school nights. I have heard the owner screaming at him and once saw him slap the boy round the head.",
  "PV EO", "", "L", "c")
T("Victim debrief (Polish, 40). 'Tomek picked us up at Victoria coach station. He said first the paperwork, so he took the passports and we signed for bank accounts. The cards he kept. We worked in a chicken factory in Melton, 12 hours, then the house. 14 men in the house, one toilet. Every Friday he gives £40 and says the rest is for rent and the car and the debt.'",
  "RD WW DB AC EO", "ncw oa ct", "L")
T("Council licensing — HMO check on Abbey Park Rd. Landlord letting 6 rooms to 6 tenants, gas certificate out of date. Tenants have tenancy agreements, all in employment with different employers. Enforcement notice for gas safety.")
T("Intelligence (1/A/P): the female known as 'MAMA JOY' holds the passports of 4 Nigerian women living at 12 Selly Park Rd in a locked cash box. The women work as carers in private care homes via 'MAMA JOY's' agency. Their wages go into accounts she controls.",
  "RD WW", "ncw", "L")
T("call from a worried mum: her 16 yr old son has been offered £300 a week to 'drive for' a man he met at the gym. he's not old enough to drive. she found 4 sim cards and a train ticket to Lincoln in his room.",
  "", "", "C", "c")
T("Dr's note (GP): 23 yo Albanian female attended with a man who said he was her 'cousin' and insisted on staying in. When he went to move the car she said quickly in English 'help me, he sells me'. Pt then refused to say more when he returned. Police informed. Pt left with him.",
  "", "sfw", "S", "i")
T("A man has been living in his employer's stable yard in Rutland for over ten years looking after horses. Charity visited: he has a small caravan with no toilet, is paid 'in kind', can't read or write, and says the family are 'good to him' but he has never been on holiday or had a bank account.",
  "AV AC WW", "plc", "L")
T("Officer notes: stopped 3 boys (13, 14, 14) at Birmingham Coach Station with a parcel of cannabis. One said a man 'Deano' gave them return tickets to Shrewsbury and said if they came back without the money they'd 'get what Kyle got'.",
  "IT", "", "C", "c")
T("Statement of a neighbour: I have lived next door to the Khans for six years. They have a domestic helper called Maria who goes to church every Sunday, goes shopping on her own, and rings her family in Manila on video most evenings from the garden. I have no concerns about her at all; I only give this statement because the police asked everyone in the street.")
T("Translated message (Vietnamese) passed to police by a nail bar customer: 'Please help me. I am in the shop at Cannock. They keep me in the house at night, lock the door. I do not have my passport. I work everyday. I owe them a lot.'",
  "RM RD EO DB", "", "L", "i")
T("Reviewed. HEALTH & SAFETY: Worker injured in fall from scaffold at a site in Sutton Coldfield. HSE informed. Worker is employed directly, holds CSCS card. No modern slavery indicators.")
T("Intel: POI ZHANG (nom) recruits Chinese women via WeChat for 'massage' work in Midlands. INT suggests women told they'd be working in a legitimate spa, on arrival made to provide sexual services. Fees of £10,000 for visa charged upfront and added to a debt. 2/C/P",
  "DE DB PV", "uf", "S")
T("My bro in law been on the building site 6 weeks no pay, the gaffer says payday 'end of the job', he gives them a tenner for food now n then. they all live in the portakabin on site. he's got all their passports 'for insurance'",
  "WW RD AC", "saw", "L")
T("Bank referral — financial crime team: customer (M, 19, Romanian) cannot explain why his account has received £18,000 from multiple third parties in 3 weeks and moved out immediately. Customer nervous, accompanied by older male who handled the conversation. Customer says the man is his 'employer'.",
  "", "sfw ncw", "C")
T("Man on Leicester market was shouting at a young woman for being slow setting up a stall. No physical contact. Woman said he's her dad and she was fine. Words of advice given.")
T("Debrief summary. He was 16 when recruited in Lewisham by older boys who gave him trainers and weed. Taken to Leicester, kept in a flat, sold crack from a 'line' phone. When he tried to leave they beat him with a bat. He says he was 'working off' the money for drugs that police seized from him.",
  "AV RM PV DB", "", "C", "c")
T("Complaint to Leicestershire trading standards about a door-to-door gardening business charging elderly residents too much. Workers are the owner's sons. Fraud investigation; no exploitation of the workers indicated.")
T("Referral from Solihull council: woman (52, Indian) who came as a visitor to look after her son's children. Son's wife does not allow her out, took her passport and tickets home, makes her sleep in the utility room and cook for the family from 5am. She says she wants to go back to Punjab.",
  "RM RD AC EO", "", "D")
T("Report via Crimestoppers: a farm near Boston has been using men from a hostel, they're picked up 5am from the hostel and dropped at 9pm, paid £20 a day cash, boss takes 'rent' off them even though they sleep in the hostel.",
  "AV WW EO", "cedl", "L")
T("Young person (17, British, F) said to school nurse that her boyfriend (20) is 'a bit jealous' and checks her phone. She says he doesn't ask her to do anything sexual she doesn't want and she sees her friends when she wants. Nurse gave healthy relationships advice. No CSE concerns identified at this time.")
T("INT: nail bars in Nuneaton and Bedworth owned by same POI. Staff believed to be from one village in Vietnam, all under the age of 20, work 6 days, live in the flat above. Sleep on bunk beds, 10 to a room. POI collects their wages. 3/C/P",
  "EO AC WW", "oa ncw", "L")
T("GP: 30 yo F, Slovak, attends with injuries to both wrists, says she fell. Partner (known to police for controlling females involved in prostitution) in waiting room. Pt declined to discuss further. Safeguarding referral.",
  "", "pa", "")
T("Caller reports two men fighting outside a car wash in Smethwick. Police attended — dispute between owner and a customer over a scratch. Workers present were spoken with; no concerns raised.")
T("Op MAGPIE: Males at the recycling plant in Wolverhampton are made to sort waste by hand with no gloves or masks. Several have cuts and chest problems. They were told the site was 'a clean factory'. Manager takes £30 a week off each for hi-vis and boots which they never received.",
  "AC DE", "ppe pa", "L")
T("Student (F, 21, Chinese) reported to university that her landlord is asking to keep her passport as a deposit. She refused and moved out. Landlord advised by police. No exploitation.")
T("In 2019 I was in Sheffield, then Leicester. They called me 'the dog'. I had to sleep in the bathroom of the house where the women worked. I answered the door to the men and cleaned. If I made mistakes Gjon burned me with cigarettes. I did not get money, just food. I am 19 now; I was 16 then.",
  "PV AC WW", "", "S D", "c")
T("Pls can some1 look at the farm on the Fosse way there's some women in a polytunnel at 6am every day, the man shouts at them in another language n they look proper frightened, one was crying",
  "", "", "L")
T("Welfare check on a Filipino nurse at a private care home in Leicester after anonymous call. Nurse confirmed she works 37.5 hrs, has her own flat, her passport, a UK bank account and a union rep. Said she'd already moved jobs once and could do again. NFA.")
T("INT: 'Fat Dave' (nom) cuckooing vulnerable adults on the St Ann's estate using them to store drugs. At least two known to have learning disabilities. Threats made to one resident that his dog will be killed if he talks. 2/B/P",
  "AV IT", "", "C")
