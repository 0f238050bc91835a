def add(T):
    T("theres a car wash on the ring road by the old petrol station the lads there work from 7 till gone 9 at night every day even sundays and they sleep in the portacabin out back. never seen them leave. one had no shoes just flip flops in the rain",
      "EO AC", "lh saw plc pa", "L", "m")
    T("hi i want to report the nail shop on Albert St, the girl who done my nails is maybe 15 she dont speak english and the man at the till answers for her every time i ask her anything. she looked so tired",
      "AV", "sfw pa", "L", "h")
    T("Caller states neighbour's house has had blacked-out windows for months, humming noise day and night, smell of cannabis. Sees a young Asian lad at the upstairs window but never sees him come out. Thinks door padlocked from outside.",
      "RM IS AV", "rmv iso", "C", "i")
    T("My name is Ana. In Romania a woman from our village said there is job in England in a hotel, cleaning rooms, £400 a week. When I arrive they take me to a house and say I must go with men. I say no and he hit me. They have my identity card, they say I owe 3000 euro for the flight and the room.",
      "DE PV RD DB", "dt", "S", "h")
    T("INT suggests POI NOVAK Marek (DOB 12/03/1979) collecting approx 10 Slovak males from HMO on Beech Rd at 0500hrs daily in white Transit VRM KX14 ???, taking to packhouse near Spalding. Returned after 2100. Males believed to pay £10/day for transport. 2/B/P",
      "EO", "ced ct lh et", "L", "m")
    T("ok so this is probly nothing but the big house at the end of our close has a lady who does all the cleaning cooking and the kids school run, i never see her have a day off and she told me in the park she hasnt been paid since she come from the philippines 2 year ago and madam has her passport",
      "WW RD EO", "dt lh", "D", "h")
    T("Busy hand car wash on Station Rd. GLAA visit found all 6 workers with contracts, payslips at minimum wage, own bank accounts, rota showing 2 days off a week. Workers live in own rented flats. No concerns identified.",
      "", "", "", "l")
    T("He says he was told in Vietnam he would work in a restaurant kitchen. The interpreter explains that after arriving in a lorry he was driven to a house and told to water the plants. He did not know the town. He says the men told him the family owes $30,000 and if he runs they will find his parents.",
      "DE IS DB IT", "iso", "C", "h")
    T("my son is 14 and keeps going missing for days, came back with 2 phones and a train ticket to Swansea, a older lad picks him up in a black audi. he had a cut on his hand and wont say how. i think hes being used to sell drugs please help",
      "AV PV", "pa", "C", "i")
    T("Stolen bike from outside the Co-op on Tuesday, blue Carrera, CCTV available from the shop. No witnesses.", "", "", "", "l")
    T("SAFEGUARDING REFERRAL (school): Y10 pupil (15) has new expensive clothes, nails and phone, being collected after school by men in their 20s in different cars. Disclosed to a friend she 'has to be nice' to their mates at parties to pay off the stuff they bought her. Attendance 62%.",
      "AV DB", "", "S", "h")
    T("Guy at the building site next to my work sleeps in the container on site, I see him cooking on a camping stove at like 10pm. Boss turns up in a range rover shouting at him. He said to me in bad english boss keep passport, no money 3 month",
      "RD WW AC", "saw dt plc", "L", "h")
    T("Emergency call 22:40. Female, heavily accented, whispering, says she is locked in a flat above a shop and 'they will come back tonight'. Unable to give address. Call dropped. Cell site indicates town centre.",
      "RM IS", "rmv iso", "", "i")
    T("I was in the kitchen of the Chinese takeaway 14 hours every day, seven days. I sleep on the floor of the storeroom with the rice bags. The boss give me £150 at end of month and say the rest pay for my food and bed.",
      "EO WW AC", "lh saw plc", "L", "h")
    T("Student reported her passport lost on the bus after a night out. Applied for emergency travel document via embassy. Lives in university halls, works part time in Costa. Advice given.", "", "", "", "l")
    T("there are loads of girls coming and going from flat 3 at all hours, different men every 20 mins, the girls are never the same for more than a week or two, they dont speak english and a man brings them shopping. its disgusting",
      "", "", "S", "m")
    T("Hotline note: caller's cousin (Indian national) came on a care worker visa, paid an agent £14,000 in India for the sponsorship. Now works nights and days at a care home in Kent, 70+ hrs a week, employer says if she complains the visa will be cancelled and she will be sent back with the debt.",
      "DB IT EO AV", "uf lh", "L", "h")
    T("Neighbour keeps parking over my drive, I've asked him 3 times, now he swears at me. Can the police do anything", "", "", "", "l")
    T("A&E note: 34F Romanian, attended with partner who did all the talking and would not leave the cubicle. Bruising to upper arms and thighs at different stages of healing. Pt became tearful when asked about work, said 'I cannot say'. Partner holding her phone and ID.",
      "PV RD IS", "pa sfw dt", "", "h")
    T("lads at the recycling plant on the industrial estate are picking rubbish off the line with no gloves, i seen one cut his hand open and the gaffer just told him get back on it. they get dropped off in a minibus at 6am",
      "AC", "pa ced", "L", "m")
    T("They said I would be a model in London, photo shoots, good money. When I came from Albania the man took my passport 'for the agency' and put me in a flat in Leeds. Every night men came. He said my family would be shamed if I left and he would send the photos to my father.",
      "DE RD IT", "dt", "S", "h")
    T("Cuckooing concern: ASC client (54M, learning disability) at Flat 12 Oak Court. Carers report 3-4 young males now staying, client's bedroom taken over, food cupboards empty, client says 'they're my mates' but appears scared. Needle found in kitchen.",
      "AV", "fpe", "C", "h")
    T("Farm near Wisbech - worker told me they paid £300 each to a man in Bulgaria for the job, then the first 2 wages went to him too. They live 10 in a static caravan. Dont know if this counts",
      "WW AC", "uf oc", "L", "m")
    T("Kidney transplant performed at Guy's last month, living donor was patient's brother, full HTA approval, independent assessor interview completed. Referral for follow-up only.", "", "", "", "l")
    T("I am from Eritrea. In Libya they kept us in a warehouse and beat us until our families send money. One man they took to a doctor and he came back with a scar on his side and they said they sold his kidney. They told me if no money I am next.",
      "PV IT RM", "rmv", "O", "h")
    T("INT: nom LIN Wei operating massage parlour 'Jade Spa' Hightown Rd. Females (Chinese, 30-50yrs) resident on premises, sleep on massage tables. Adverts on adult site offering 'full service'. Females not seen to leave without LIN. 2/C/P",
      "RM", "saw rmv et", "S", "h")
    T("WHY IS NOBODY DOING ANYTHING ABOUT THE BEGGERS OUTSIDE TESCO THEY GET DROPPED OFF BY A VAN AT 8 EVERY MORNING AND PICKED UP AT 6 AND A MAN TAKES THE MONEY OFF THEM ITS ORGANISED!!!",
      "WW", "ced ncw", "C", "m")
    T("My mum's carer is from Zimbabwe, she's lovely, she told me her agency pays her properly and she gets her days off. Just wanted to say thank you to the company.", "", "", "", "l")
    T("cleaner at our office block told me the agency takes £80 a week off her for 'uniform and equipment' and she has to buy her own gloves. she works 6-10pm for them then a day job too",
      "WW", "ppe", "L", "m")
    T("She says she came as an au pair for a family in Chelsea. The interpreter says that she looked after three children from 6am to midnight, slept on a mattress in the children's room and was never allowed out alone. The lady kept her passport 'so it is not lost'. She was paid nothing for eight months.",
      "EO RM RD WW AC", "lh saw rmv dt", "D", "h")
    T("Boy about 12 selling the big issue type mags outside station late at nite on his own, woman watching from across road, he gave her the money when i walked past. he looked freezing",
      "AV WW", "ncw pa", "C", "i")
    T("Report of domestic abuse: female states husband pushed her during argument about money last night. No injuries. Both work, she has her own bank account and family nearby. DASH completed - standard.", "", "", "", "l")
    T("I work on the boat from Ghana, they promise me contract 12 months with salary $800. On the boat I work 20 hours some days, the skipper kick me and keep my seaman book. After one year he say no money, only for the ones who finish two years.",
      "DE EO PV RD WW", "lh dt", "L", "h")
    T("Bank alert: 14 debit cards in different names (Romanian, Bulgarian) used at the same ATM on Lower High St between 02:10 and 02:40 on the day wages are paid by a recruitment agency. Same male seen on CCTV each time.",
      "WW", "mbc ncw", "L", "m")
    T("ok so my mate works at the chicken factory thru an agency, he says they work 12 hr shifts sometimes 6 days which is long but its legal and paid, overtime is volunteer. hes happy just knackered lol", "", "", "", "l")
    T("POI MOORE (aka 'Tiny') running 2 x county line 'Dizzy' into Bournemouth. Using 15yr old IP from Croydon, held in trap house, told he owes £2k after 'robbery' of his stash. 1/B/P",
      "AV DB", "", "C", "h")
    T("man at the petrol station said the car wash lads are from Kurdistan and pay the owner to let them work there, no wages just tips. he also lets them sleep upstairs",
      "WW", "uf saw", "L", "m")
    T("Interpreter note: He says that the man who brought him from Sudan to Calais told him the boat costs £2,000 and he can pay in England working. In England he was taken to a car wash and was told each week how much was left. After 6 months it was still £1,800 because they took rent and food.",
      "DB", "", "L", "m")
    T("The woman next door in no 42 has a girl living with them who looks about 16, never goes to school, i see her hanging washing at 6am and cleaning the car late at night. She has never once said hello, if I speak she runs in",
      "AV EO IS", "lh iso", "D", "h")
    T("Licensing inspection, Thai massage, Market St: premises licence expired, no treatment records kept, fire exit blocked by boxes. Two therapists present, both with own documents and contracts, stated they live locally. Advice and enforcement notice re fire exit.", "", "", "", "l")
    T("He told me he loved me and we would have a life in England. At his cousin's house he took my phone. He said I had to sleep with his friends to pay for the ticket. When I cried he slapped me and locked the door.",
      "DE IS PV DB RM", "rmv iso", "S", "h")
    T("Call from Modern Slavery Helpline: caller works at a fruit farm in Herefordshire, says supervisor shouts and threatens to sack anyone who goes to the toilet, pickers fined £20 for bad punnets taken out of pay",
      "IT WW", "", "L", "m")
    T("the old lady on my road has a lodger now, young polish guy, he does her garden. she says hes a good boy and pays his rent on time. im only saying because my sister said its suspicious", "", "", "", "l")
    T("INT: VRM BD19 XXX (silver Vauxhall Zafira) seen at Cemetery Rd nail bar 0700, 5 Vietnamese females (appear 16-25) exit. Same vehicle returns 2200 to collect. Females carry no bags. Owner TRAN believed to retain their passports. 2/C/C - not to be disseminated to LA without OIC consent",
      "AV RD", "ced et fpe dt", "L", "h")
    T("I clean house for a diplomat family in Kensington. Madam say I cannot have a phone because it is not safe. I do not go out, only with driver to the shop with madam. I sleep in the laundry. They pay my salary to my husband in Manila, I have never seen it.",
      "IS RM AC WW", "iso rmv et plc ncw", "D", "h")
    T("Homeless man (40s, alcohol dependency) told outreach that a man offered him a bed and work on driveways, now he works for him all day for cans and a meal, sleeps in a van, says he cant leave because they know where his daughter lives",
      "AV WW AC IT", "plc", "L", "h")
    T("my 17 yr old daughter has met some guy online who is 28 and he keeps buying her stuff and now he wants her to go to manchester for the weekend with his 'friends'. she wont tell me his surname. am i overreacting",
      "AV", "", "", "h")
    T("Police officer stopped Ford Transit on M62: 9 males in the back with no seats, all Polish, said they were going to a warehouse job. Driver had a bag with 9 passports 'so they don't lose them'. Males stated they each pay £15 per day for the lift.",
      "RD", "dt ct et", "L", "m")
    T("Lost my wallet yesterday with my driving licence and 2 bank cards in it, around the high street. Reported to bank.", "", "", "", "l")
    T("Salvation Army caseworker: Client (Nigerian, 26F) recruited via church contact for 'nanny' work. Reports 'juju' oath before travel, told she would go mad if she disobeyed. In UK forced to sell sex in Birmingham flats to repay €35,000. Madam took all earnings.",
      "DE IT DB WW", "ncw", "S", "h")
    T("Friend from church works in a hotel laundry, the agency charges him for the bus and for his boots and hi-vis, and there is always less money than hours. I told him to speak to ACAS",
      "WW", "ct ppe", "L", "m")
    T("He says he was 15 when a man in Tirana offered to take him to England to work in a barber. The interpreter clarifies he was driven to a house in Kent with plants and told he must stay until his debt of £15,000 is paid. He was given food once a day and hit when a plant died.",
      "AV DE DB AC PV", "", "C", "h")
    T("girl in the chip shop said her boss makes her work 7 days and he pays her cash but its way under minimum wage, about £4 an hour, shes only 17 and scared to complain cos she needs the job",
      "AV EO WW", "lh", "L", "h")
    T("Saw 2 men dragging a woman into a car outside Asda, she was screaming 'help' in another language. Reg started with LR. Blue Corsa. This was 5 mins ago",
      "PV", "", "", "i")
    T("Construction site audit: sub-contractor's labourers (Romanian) all have CSCS cards, payslips through own accounts, lodging paid by themselves. One worker raised concern about late payment of 2 weeks wages which was resolved by main contractor.", "", "", "", "l")
    T("Probation note: Service user (22M) disclosed that while in the hostel he was made to hold drugs and a knife for an older resident, who told him he'd 'get stabbed' if he said no. He did two runs to Grimsby. He is frightened of being seen as a grass.",
      "IT AV", "foa", "C", "h")
    T("i work in a warehouse in northampton. recruiter in poland said £11 an hour and free house. here the house cost £90 a week for a bed in a room with 4 men and they take it from wage, also the transport. after everything i have £60",
      "DE WW AC", "oc ct ncw", "L", "h")
    T("hey so my mates cousin was like promised a job in a bar in dubai but it turned out to be a club where they have to 'sit with' customers and they took her passport at the airport. shes back in the uk now tho thank god",
      "DE RD", "dt", "S", "m")
    T("Midwife referral: 19F, Slovak, booked at 30 weeks, attended with 'brother-in-law' who answered all questions. Pt has no bank card, no GP, says she does not know her address. Husband arranged by family in Slovakia, met him 2 weeks before wedding.",
      "IS AV", "sfw iso", "", "h")
    T("Cannabis factory found at 17 Victoria Terrace after fire service attended. One Vietnamese male (says 16) found inside, windows boarded and only door screwed shut from outside. No phone. Mattress in loft.",
      "AV RM IS AC", "rmv iso saw plc", "C", "i")
    T("I am 19. The man from the agency in Bucharest said car factory job in Birmingham. He took 500 euro for the job and the papers. When we arrive he say the factory is finished, we go to the car wash, pay is £30 per day. We live in the back of his shop.",
      "DE", "uf saw", "L", "m")
    T("He's my husband's uncle, he gives me money every week from my husband's wage like pocket money, its normal in our culture my husband says. But I work in his shop every day 9 till 11 and get nothing",
      "WW EO", "lh ncw", "L", "m")
    T("Dear police, I saw on the news about slavery so I thought to tell you, there is a man who walks about 5 young women to the bus stop every morning then waits until the bus goes, and is there when they come back. They look very down. Not sure where they work.",
      "RM", "et rmv", "", "m")
    T("Community nurse: Resident at care home (Filipina carer) disclosed she works double shifts 6 days a week, has not had annual leave in 2 years, says the manager keeps her BRP 'for inspection'. Manager denied when asked.",
      "EO RD", "lh dt", "L", "m")
    T("Tenant complaint: landlord entered my flat without notice and turned off the heating. I pay £650 a month. I want to know my rights.", "", "", "", "l")
    T("some lads at the bottom of my road keep sending younger kids to the shops to nick stuff, like 10 yr olds, the big ones wait in a car and take what they bring out. seen it loads of times at the Spar",
      "AV", "", "C", "h")
    T("I came from Pakistan on a spouse visa. My in-laws took my passport and marriage certificate. I wake up at 5 to make breakfast for nine people and I finish after midnight. My mother-in-law beats me if the rotis are cold. I am not allowed to call my mother.",
      "RD EO PV IS", "dt lh iso", "D", "h")
    T("Saw a post on facebook jobs group 'work in UK warehouse, no English needed, visa arranged, pay £2000 fee upfront' with a whatsapp number. Looks dodgy. Reporting just in case.",
      "", "uf", "", "l")
    T("INT: HOXHA Arben (Albanian national) recruiting UK-based Albanian youths via TikTok for 'gardening work' paying £3k/month; on arrival nominals taken to cannabis grows in Hull and told travel debt must be worked off. Source states HOXHA shows new arrivals video of a beaten grower as warning. 2/B/P",
      "DE DB IT", "", "C", "h")
    T("My girlfriend works at a nail bar and it's long hours, 10 till 8, but she gets paid properly and has her own flat. Sometimes customers think she's trafficked because she's Vietnamese which annoys her.", "", "", "", "l")
    T("Man came into the food bank with 3 other men. He did all the talking. The 3 men looked thin, had no coats, and one had a bandage on his hand. He took all the food parcels and put them in his car and left. When I asked where they work he said 'farm'",
      "", "sfw pa", "L", "m")
    T("The interpreter states: She says she was sold by her aunt to a man in Lagos who brought her to London. He told her she must clean his house and look after the children and that if she ever spoke to anyone the police would put her in prison because she has no papers.",
      "AV IT", "foa", "D", "h")
    T("worker at sandwich factory said her team leader makes the girls from eritrea do the worst jobs, cleaning the freezers with no proper gloves or coat, and screams at them. they cant complain cos the agency has there papers",
      "AC RD", "dt", "L", "m")
    T("Domestic burglary at 5 Park Lane overnight, jewellery and laptop taken, entry via rear window. Scenes of crime requested.", "", "", "", "l")
    T("Hi, I'm a delivery driver. There's a house on Moor Lane where a young lad always answers the door, maybe 16, looks like he's been crying, has a black eye last week. There's always older guys inside and the place stinks of weed. I think they're using him.",
      "AV PV", "pa", "C", "h")
    T("The boss of the car wash keep our money in his bank. He say it is safe with him and when we go home he give all. Already 2 years I am asking and he say next month. I have nothing to send my children.",
      "WW", "ncw", "L", "m")
    T("Caller (anon): brother-in-law runs a building firm and 'imports' men from Romania, pays them £20 a day, they all sleep in a garage with no toilet. Caller says one man fell from scaffold last month and was dumped at hospital and told to say he fell at home.",
      "WW AC", "saw plc", "L", "h")
    T("Immigration enforcement visit: 3 overstayers found working in a restaurant kitchen, paid cash at minimum wage, live with family members. No indicators of exploitation disclosed on screening. Referred for immigration processing.", "", "", "", "l")
    T("Police log: Female approached PCSO on market, in tears, said in broken English 'man take my money, I sleep in shop'. Female then saw a male approaching and walked away quickly with him. Male IC1 30s, tattoo on neck.",
      "WW", "saw ncw", "", "m")
    T("We were 14 girls in one house in Peterborough. Two bathrooms. The gangmaster took our bank cards when we opened the accounts 'to help us'. Every Friday he took out the wages and gave us £50 each. He said the rest is for the house and the transport.",
      "WW AC", "oc ncw ct", "L", "m")
    T("i think my neighbour is keeping a women as a slave she does everything for them and i never see her leave except to put bins out. shes sitting on the doorstep crying last night. they are Indian i think",
      "RM", "rmv", "D", "m")
    T("NGO case note: Client (Chinese, 45F) paid snakehead ¥150,000 for travel; now works in a takeaway in Glasgow to pay it back at £200/month deducted from wages. Employer tells her immigration will deport her if she goes to police. Sleeps in the flat above the shop with 5 others.",
      "DB IT WW AC", "foa saw oc", "L", "h")
    T("Referral from YOT: 15M arrested in possession of 30 wraps of crack cocaine in Weymouth, 160 miles from home. Phone shows messages 'u owe me now dont think ur going home'. Has cuts on his face.",
      "AV DB IT", "pa", "C", "h")
    T("I used to think the blokes at the big farm were exploited but I spoke to a couple of them at the pub, they're Bulgarian, come every summer, get paid by the hour and have proper caravans with showers. Fair play to the farmer.", "", "", "", "l")
    T("Woman at the launderette told me she works for a family, she washes their clothes here every day, she said she get no money, they say she is part of family. She look about 60 and very thin. She dont have a key to the house.",
      "WW AV", "pa", "D", "m")
    T("Debrief (via interpreter, Polish): He says that he met a man at the bus station in Gdansk who offered him building work and a room. He says he drank a lot at that time. In England the man opened bank accounts in his name and kept the cards. He worked on roofs and was given cigarettes and vodka, never money.",
      "AV WW", "ncw", "L", "m")
    T("Snapchat message my daughter got: 'need a girl to hold some bits for a few days easy £500 no questions'. Shes 13. Sent from someone called t_money_22",
      "AV", "", "C", "h")
    T("GP note: 28M Lithuanian attended with foot ulcer, works at a mushroom farm, says he works 'all day every day', lives in a shed on the farm with 6 others. Says the boss keeps the money and gives him some on Saturday. Declined referral, afraid of losing job.",
      "EO AC WW", "lh saw oc foa", "L", "h")
    T("my landlord wont return my deposit and keeps texting me threatening to take me to court. is this harassment", "", "", "", "l")
    T("There were about eight of us in the van from Hungary. The driver took our ID cards at the border, saying he needed them for the hotel. We never got them back. In London we were taken to a big house and told we would beg outside stations. Anything we got we gave to him at night.",
      "RD WW", "dt ncw", "C", "m")
    T("Witness statement (extract): I work in the corner shop opposite. Every night about 11 a man in a black BMW drops off two young girls at number 9. They look about 14 or 15. They go in and then different men arrive. The girls leave in the morning with the same man.",
      "AV", "ced et", "S", "i")
    T("Council tenancy officer: Property let to 1 tenant found with 12 mattresses, wires hanging from ceiling, mould, no working smoke alarm. All occupants Indian nationals working at the same sweet factory, say their supervisor arranged the house and takes rent from their wages.",
      "AC", "oc plc ncw", "L", "m")
    T("Heard the boy next door is a young carer for his mum who's in a wheelchair, he does everything for her, cooking cleaning. Bless him. Is there any help for them?", "", "", "", "l")
    T("I was brought from Vietnam at 14 by a man who said I would study. I was put in a nail shop in Birmingham and slept on the floor of the shop. He said I owed him for the travel and he would tell me when it was finished. He never told me.",
      "AV DE DB", "saw", "L", "h")
    T("Hotline: caller is a worker at a clothing factory in Leicester, says they are paid £3.50 an hour, the owner says if anyone talks to inspectors they will be sacked and reported to immigration. Fire doors locked during shifts.",
      "WW IT AC RM", "foa rmv", "L", "h")
    T("Airport (Border Force) note: Young female (says 18, appears younger) travelling from Lagos with an older male who said he is her uncle. Male held her passport and answered all questions. She could not name where she would stay or what she would do in the UK. Separated and interviewed; referred to CSC.",
      "AV", "sfw dt", "", "h")
    T("INT: Female named 'LUCIA' (Romanian 20s) advertised on adult site, phone 07700 900123. Same number linked to 4 other profiles in 3 cities in last month. Pattern consistent with rotation by controller. 2/C/P",
      "", "", "S", "h")
    T("Report from ex-employee: the hotel in the Lake District puts its kitchen porters (mostly Indian students) in a damp basement dorm and makes them work 14 hour shifts in peak season, no break. Manager says they can leave if they don't like it, they've got visas through him though.",
      "AC EO AV", "plc lh", "L", "h")
    T("I helped my elderly dad move house last weekend with a removal company, they were brilliant. Polish lads, well paid and well treated by the look of it, boss gave them a bonus. Just a compliment really", "", "", "", "l")
    T("lol my sister thinks the nail bar girls are slaves cos they dont talk, they do talk, to each other, they're just busy. They all have their own cars. no issue here", "", "", "", "l")
    T("Kidney for sale advert seen on a forum: 'healthy 24M O+ will sell kidney £20k, urgent debts'. User in UK. Reporting for awareness.",
      "", "", "", "l")
