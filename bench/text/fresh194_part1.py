# fresh194 part 1: agriculture, food packing, caravans, HMOs (Lincs, Cambs, Norfolk)
def load(T):
    T("INT 2/B/P. Source reports approx 14 Romanian nationals living at a static caravan site off Fen Road, Holbeach, PE12. Workers picked up at 0430 daily by white Transit minibus and not returned until 2100. Source states gangmaster known as 'Costel' takes £50 p/w from each for the van and keeps their bank cards. Workers told they owe him for flights.",
      "WW DB EO", "OA CE CT NCW LH", "L")
    T("Caller from Wisbech says there are 'loads of men' going in and out of 14 Lerowe Road all hours. Thinks it might be an HMO. No other concerns raised, caller just wants to know if its licensed.",
      "", "", "")
    T("Salvation Army referral (MSVCC). Adult male, Lithuanian, 34, recruited in Kaunas via Facebook advert promising £11.44/hr packing broccoli near Spalding with free housing. On arrival shared a 3 bed house with 11 others, rent £90 p/w deducted from wages. Payslips show £120-£160 per week for 60 hr weeks. Says 'Andrius' holds his ID card 'for the agency'. He is frightened to go to police as he was told he would be arrested for working illegally (he is EU with pre-settled status). He has been placed in safe house accommodation in Norfolk and has consented to an NRM referral. He is willing to speak to police with a Lithuanian interpreter but wants a male officer. Agency details and the recruiter's Facebook profile have been passed to Lincolnshire Police and the GLAA. Review of support plan in 14 days.",
      "DEC WW RD IT AV EO", "OA DT FA LH", "L")
    T("Welfare check requested at farm cottages, Outwell. Officers attended, 4 seasonal workers from Tajikistan on Seasonal Worker visas. All had own passports and phones, payslips matched hours, employer is GLAA licensed. No concerns. Words of advice re parking on verge only.",
      "", "", "")
    T("my neighbour has got like 9 or 10 blokes staying in the caravan in his back garden in Boston they go off in a van really early like 5 and come back when its dark they all look knackered and one of them had a big cut on his face. i dont think they get paid proper he was shouting at one of them about money",
      "WW", "OA CE PA", "L")
    T("Log 0743 12/03. Anon male states he is 'being kept' on a farm near March, Cambs. Says boss took his passport, he has not been paid for 3 months and is not allowed to leave the farm. Does not know the address. Line cut off. Call back number goes to voicemail. Cell site requested. Treat as in danger now.",
      "RD WW RM ISO", "DT RMS IS", "L", "immediate")
    T("GLAA licence inspection, labour provider supplying to a vegetable packhouse in Kirton, Lincs. Minor record-keeping breaches (two missing right-to-work copies, since supplied). Workers spoken to in Polish and Bulgarian without managers present; all paid NMW or above into own accounts, accommodation is own choice. Licence retained with additional conditions.",
      "", "", "")
    T("IP says: 'I work in the potato shed every day, no day off, 14 hour. The man say I owe him £2000 for bus from Bulgaria and room. Every week the money is more not less. I cannot go home until I pay.'",
      "DB EO", "LH UF", "L")
    T("POI KOWALSKI Marek (nom) believed to be running a gang of 20+ workers into food factories around Peterborough. Source states workers wages paid into accounts opened by KOWALSKI who keeps the cards and pins. Workers given £40 cash a week for food. INT 3/C/P.",
      "WW", "NCW MBC", "L")
    T("Report from Suffolk Trading Standards: daffodil pickers near Wisbech St Mary working in fields with no toilets, no drinking water, no gloves. Several said they were charged £15 for wellies and £5 for gloves, taken from first wages. Transport to fields £8 a day.",
      "AC WW", "PPE CT", "L")
    T("Man seen sleeping in a lean-to at the back of a car wash on London Road, Kettering side of the Bedford border. Looks very thin, same clothes every time I go. Staff don't speak English and the manager always answers for them.",
      "AC", "SW PA SFW", "L")
    T("Call handler log: Female caller states her son (19) is working long hours at a chicken factory in Thetford and is very tired. He chose the overtime to save for a car, is paid weekly into his own account. Caller just wanted advice on working time regs. Signposted to ACAS.",
      "", "", "")
    T("Case note 14/02: V1 (Latvian, 51, alcohol dependent) recruited outside a day centre in Kings Lynn by a man offering work and 'somewhere to stay'. Taken to a house in Terrington St Clement where he was given cider each morning and driven to a chicken farm. Never saw any money: 'Vitalijs said he was keeping it for me'. Left after 5 months when he was hospitalised with pancreatitis. V1 is now in supported accommodation in Kings Lynn and engaging with alcohol services. He has been given a positive reasonable grounds decision. He can describe the house and the farm but not the men's surnames. Police statement planned once his health allows; next review 28/02.",
      "AV DEC WW", "ET NCW", "L")
    T("Suspect caravans at Oak Lane lay-by, Bedford. 3 vans, approx 6 males, paving and tarmac work. Intelligence suggests some of the men are homeless recruits from Luton and Milton Keynes who are not paid and are beaten if they try to leave. INT 2/B/P, sanitised.",
      "AV WW PSV RM", "RMS", "L")
    T("Person with learning difficulties, known to adult social care, found working at a traveller site near Biggleswade. Says he does 'block paving with the lads' and 'sleeps in the shed'. Does not know what day it is or what he gets paid. Social worker concerned he has been there two years.",
      "AV WW AC", "SW PLC", "L")
    T("Farm labour. Eight Ukrainian women housed in two porta-cabins on a strawberry farm near Ely, no heating, one toilet. They say they came on a Homes for Ukraine promise of hotel work and were told on arrival there was no hotel. Farm manager keeps their passports 'for HR'.",
      "DEC AC RD", "PLC OA DT", "L")
    T("Community Safety referral, Norfolk CC. Concern about a 16 year old Albanian boy staying at a car wash in Great Yarmouth. School say he stopped attending after half term. Staff saw him working at the car wash at 10pm on a school night. Uncle is listed as guardian but nobody can find the uncle.",
      "AV EO", "LH", "L", "high")
    T("Rural crime team. Theft of diesel from tractors, Marshland St James. 3 males seen on CCTV, vehicle VRM WR15 KJT. No links to wider offending known.",
      "", "", "")
    T("Hi I work at a packing factory in Corby through an agency. They keep making us pay £20 for the hi-vis and £35 for boots and it comes out of our pay every time we get a new one. Is that allowed?",
      "WW", "PPE", "L")
    T("Worker disclosure, translated from Romanian: 'They put us six in one room, mattress on the floor. If you complain, they say you go back home and they will find your mother. I gave my ID to the man at the start, I did not see it again.'",
      "AC IT RD", "OA PLC DT", "L")
    T("Cambs Police. Stop of VW Crafter VRM BG66 XRT on A47 at 0520 hrs. 13 passengers (max 9 seats). Driver KRASTEV Ivo, states he is taking 'friends' to a salad factory in Chatteris. Passengers would not answer questions, one said 'boss speaks'. Driver reported for construction and use offence. Intel submitted for GLAA.",
      "", "CE SFW FA", "L")
    T("Note: the landlord of 22 Cromwell Road, Wisbech has 8 tenants in a licensed HMO, each with own tenancy and own room. Council HMO check found fire doors OK. No labour exploitation concerns.",
      "", "", "")
    T("anonymous crimestoppers: theres a house in Kempston Bedford with polish men living there who get took to work by a bloke in a silver Audi. he takes their wages off them every friday at the cash point, stands behind them and they give him the money. they look scared of him",
      "WW", "ET NCW FA", "L")
    T("VICTIM ACCOUNT (interpreter used, Bulgarian): V was told she would work in a hotel in Cambridge for £1500 a month. Instead she was taken to a flower farm and made to work from 6 to 8 with 15 min break. Room was above a barn, damp and mould on walls. She was paid £300 the first month and nothing after. 'They said the rest pays for my bed and the transport.'",
      "DEC WW EO AC", "LH PLC CT", "L")
    T("INT 3/B/R. Gangmaster at caravan park in Ingoldmells, Skegness, believed to be confiscating passports of Romanian workers at a local abattoir and 'renting' them back when needed for ID checks.",
      "RD", "DT", "L")
    T("Suffolk Constabulary. Information from an Environmental Health officer who visited a shellfish processing unit on the Felixstowe Road industrial estate. Workers appeared to be sleeping in a storeroom; camp beds, suitcases and a kettle. Floor was wet and very cold. Manager said they 'stay late sometimes'.",
      "AC", "SW PLC", "L")
    T("Second disclosure from IP: 'We work in onions. Whatever the job pays, Dimitar takes half for the house. Then he take more for food and the van. I finish with £60 for a week. When I say I leave he say I owe £900 and nobody leaves before they pay.'",
      "WW DB RM", "CT NCW RMS", "L")
    T("Asparagus farm near Fordham. Workers from Kyrgyzstan on seasonal visas said supervisor was shouting and pushing people who were slow. One said he was slapped. They are afraid to complain because supervisor said he would report them to the Home Office and they would never get a visa again.",
      "PSV IT", "FA", "L")
    T("Neighbour dispute, Spalding. Complainant alleges neighbours' seasonal workers play loud music in the garden after 11pm. No offences, advice given. Workers live in a rented house with their own tenancy and are employed by a licensed agency.",
      "", "", "")
    T("Message from a Polish community worker in Boston: a man came to the drop in with blisters on both hands and said he had been stripping leeks for 16 hours a day, 7 days a week, for a month. Says he has not had a single day off because 'the gang leader says if we do not come we do not eat'.",
      "EO IT", "LH PA", "L")
    T("I am a GP receptionist in Long Sutton. A young man came in with a broken wrist. He was brought by another man who did all the talking and would not let him come into the room alone. The patient could not tell us his address. I am worried.",
      "ISO", "SFW IS ET", "")
    T("Multiple bank cards recovered from vehicle VRM AF19 OPK stopped in Leverington: 23 debit cards in different names, all Eastern European names, plus a notebook with PINs and sums like '£210 - Ion', '£180 - Petru'. Driver GHEORGHE Florin arrested on suspicion of MSA offences.",
      "WW", "MBC NCW", "L")
    T("Farm worker, 23, Ukrainian, came to the Citizens Advice in Ely. Said his hours are 45 a week, paid fairly, lives in a caravan on site which is clean and he likes. He wanted help with a tax code. No issues.",
      "", "", "")
    T("PNC check: bloke in a Ford Transit collecting 8 lads from Lynn bus station at 0445 every morning. Officer noticed the same group again at 2230. Lads had no bags, no lunch. Van registered to a company dissolved in 2021. Info only at this stage.",
      "", "CE FPE", "L")
    T("Worker told officers: 'My passport? I have it, it is in my room in my bag. Nobody takes it.' She had no complaints about her job at the packhouse and said she can leave whenever she wants. Checked accommodation: 4 women in a 4-bed house, clean.",
      "", "", "")
    T("Norfolk MASH. Child (15), Vietnamese, found by Border Force in a lorry at Harwich International Port. Says a 'boss' paid for his journey and he must work to pay back £25,000 to a man in the UK. Placed in local authority care. High risk of going missing back to traffickers.",
      "AV DB", "UF", "L", "high")
    T("Intelligence: Vietnamese nationals at a nail bar in Huntingdon High St believed to be living above the shop. Staff come down at 9am, work until 9pm, 7 days a week. One girl appears approx 16. Source believes they are not paid but 'paying off a debt for coming here'.",
      "AV EO DB WW", "SW LH", "L", "high")
    T("Report from a driver at a chicken catching crew, Attleborough: 'We go out at midnight, finish about 2 in the afternoon, boss won't let us eat in the van. He keeps everyone's bank cards in a tin and gives us £20 on Friday. He said if anyone goes to the police he'd burn their house down back home.'",
      "EO WW IT AC", "LH NCW FA", "L")
    T("Seasonal fruit picker, Wisbech, states agency charged him £450 'visa processing' in Nepal before he travelled. Subsequently found there is no such fee. He is paying it back at £50 a week out of wages.",
      "DEC DB WW", "UF", "L")
    T("Lincolnshire Police. Welfare concerns: male found in a ditch on the A17 near Gedney, hypothermic, no shoes. Says he 'ran away from the farm'. Says the owner hit him with a spade and locked him in a shed at night. Taken to Pilgrim Hospital. Speaks very little English. Search of premises ongoing.",
      "PSV RM AC", "PA RMS", "L")
    T("Fire service safety visit, flat above takeaway in Sudbury. Nine mattresses in two rooms, padlocks on outside of the bedroom doors, extension leads daisy chained. Occupants said they work downstairs. One had no shoes on. Referred to police and LA.",
      "AC RM", "OA PLC RMS", "L")
    T("hi i want to report a lad called Sorin he is looking after men at the big house on Norwich rd in dereham, he takes there passports and there bank cards and says they cant have them back until they pay 1000 each for the room, he hit one of them last week i seen it",
      "RD WW DB PSV", "DT NCW", "L")
    T("Retail crime: shoplifting at Tesco, Haverhill. Female 32 took £40 of meat. Admitted offence, said she did it for herself. Community resolution.",
      "", "", "")
    T("Agency worker concern raised by HR at a Bedford distribution centre. Eleven workers all give the same address in Queens Park and the same emergency contact number. Three workers' wages paid into the same bank account. HR asked the workers about it; they gave near identical answers that seemed rehearsed.",
      "WW", "OA NCW MBC FA", "L")
    T("Case summary. V (Polish, 60s, alcohol dependence, previously homeless in Peterborough) recruited by the C family and housed in a caravan with no running water on their land near Whittlesey. Worked laying driveways 12+ hrs a day for food and tobacco only. Assaulted when he asked for money. Family told him police would not believe 'a drunk'. Conviction at Cambridge Crown Court 2024. Two members of the family received custodial sentences of 4 and 6 years under s.1 MSA 2015. V was supported by the Salvation Army throughout the trial and gave evidence from behind a screen. He now lives in sheltered accommodation in Peterborough and is in recovery.",
      "AV WW EO PSV AC IT", "PLC LH", "L")
    T("I was told the work was in a hotel in Clacton, cleaning rooms, and I would live in staff housing. When I came it was a house with 12 people and the job was a laundry in an industrial unit, 7am to 11pm. They said I could not leave until I paid back my flight.",
      "DEC DB EO RM", "OA LH UF RMS", "L")
    T("Council Licensing. Check of an HMO in Luton with 9 occupants, all on ASTs, landlord present. Occupants are hospital workers and students. Licence conditions met apart from smoke alarm battery, replaced.",
      "", "", "")
    T("Intel 2/A/P: Lithuanian OCG controlling a labour supply into three meat plants in Norfolk. Workers' bank accounts opened at the same branch in Dereham on the same day, all registered to one flat. Cards held by the OCG, workers receive approx 30% of wages. Those who complain are told they will lose their jobs and be sent home.",
      "WW IT", "MBC NCW OA", "L")
    T("A woman at our foodbank in Lowestoft said she and her husband have been working for a man who runs a cockle boat and a fish processing shed. They were promised £80 a day each, have been paid £100 between them in six weeks. She says the man 'keeps saying next week'. They live in a caravan he owns and she thinks they can't leave because they'd have nowhere to go.",
      "DEC WW AV", "OA", "L")
    T("Farmer in Methwold called police about two men he employed through an agency who have not turned up for work. He says the agency told him they had 'gone home'. Nothing further known. Low level info.",
      "", "", "")
    T("The lad kept saying sorry, couldn't look at me. His hands were raw from the cold store, he had no gloves, no coat. Said he works 'all days, from dark to dark' and sleeps on a mattress in the office. Manager came in and took over the conversation.",
      "AC EO", "PA LH SW SFW", "L")
    T("HOME OFFICE IE (Immigration Enforcement) visit, Spalding packhouse. 4 x overstayers arrested. No indicators of exploitation identified during interviews. All had own documents at home and were paid via payroll.",
      "", "", "")
    T("Victim's own words via Lithuanian interpreter: 'He tells us, you are nobody here, you have no papers, nobody will help you. He keep our passports in his car. When Tomas wanted to go, he break his nose.'",
      "AV RD PSV IT", "DT", "L")
    T("Fenland concern: men walking along the A141 at 4am in the dark in groups of 6 to 8. Hi vis vests. Believed to be walking to a packhouse in Chatteris 5 miles away because they can't pay for the van. Passing officer stopped, men said they were fine and walking by choice.",
      "", "", "")
    T("Intelligence (graded 2/B/P): Bedford car wash, staff of 6 Albanian and Kurdish males. Sleeping in a container at rear. Paid £30 a day cash for 12 hrs. Manager named as XHAFERI. One worker told source he came in a lorry and owes £8000 for the journey.",
      "AC WW EO DB", "SW LH UF", "L")
    T("Norwich. Landlord reported for leaving tenants without heating for 3 weeks. Tenants are a couple with a baby. Referred to housing standards team. No employment link.",
      "", "", "")
    T("Chinese national (M, 40s) found by Border Force in the back of an HGV at Felixstowe. Says he paid 'snakehead' $30,000 to come and work in a restaurant. Says family in Fujian still owe and will be hurt if he does not work. Referred to NRM.",
      "DB IT", "UF", "L")
    T("Supervisor at a salad packing plant in Wisbech: 'I've noticed a group of Romanian women who get dropped off and collected by the same man. He waits outside all shift. They never come to the canteen and one told me she's not allowed to speak to other staff.'",
      "ISO RM", "ET IS RMS", "L")
    T("A man who has been staying in a tent near the river in St Neots told outreach workers that a man offered him £50 a day to help on a building site. He worked 4 days and got £60 in total and was told 'that's the going rate'. He is not going back.",
      "DEC WW AV", "", "L")
    T("Translated text message forwarded by a worker's sister in Romania: 'They took my phone. I'm writing from a friend's. Please don't call this number. I am near a town called Wisbech, I don't know the street. They don't let us out except to work.'",
      "ISO RM", "IS RMS", "L")
    T("Suffolk. Worker at a pig unit near Eye working 70 hrs a week. Spoke to PCSO. Says he does this by choice, paid per hour plus overtime, saving to buy a house in Poland. Has own car and lives in Diss. No concerns.",
      "", "", "")
    T("Caravan fire at a farm near Swaffham. 7 workers living in a single caravan, two escaped through the window. Farm manager says they 'chose' to stay there to save money but the fire service report says the gas heater was unsafe and the door was chained from outside at night 'to stop thieves'.",
      "AC RM", "OA PLC RMS", "L")
    T("They told me the job is good in England, £400 a week. I pay 300 euro to man in village for the ticket and the job. In England there is no job for 2 weeks, then job in the chicken factory. The money comes to the card the boss has. I see maybe £70.",
      "DEC WW", "UF NCW", "L")
    T("Agency supplying labour to a Luton bakery: 8 workers complained to their union that they are made to work 16 hour shifts with no breaks and are docked £50 if they refuse overtime. Union rep has escalated to GLAA.",
      "EO AC WW", "LH", "L")
    T("Information from Network Rail: three men found sleeping in a lineside hut near Ely. Say they came to work on the farms but the 'boss left'. Own passports. Referred to the Salvation Army for support, they did not want NRM.",
      "", "", "")
    T("Officer's note: POI DUMITRU Nicu (DOB 03/05/1986) visited 32 Ravensbank Road, Holbeach at 0600. Occupants (x8) rushed upstairs. Dumitru stated they are his 'cousins' and answered every question put to them. Property very cluttered, mattresses in lounge. Follow up planned with GLAA.",
      "", "SFW OA FA", "L")
    T("Debrief, 2/10: V says he was 'lent' to a different farm when the first one finished. The new gangmaster said V's debt was 'transferred' and had gone up to £3,200 because of 'interest'. Says he was told if he left, the debt would be passed to his brother in Moldova.",
      "DB IT", "", "L")
    T("Boston Borough Council housing officer: 'We found 17 people in a three bedroom terrace on Fydell Street. Several said their employer arranged the house and takes the rent from their pay. There were cockroaches in the kitchen and mould across the back bedroom ceiling.'",
      "WW AC", "OA PLC", "L")
    T("Man at the jobcentre in Kings Lynn said a 'friend' has his passport and bank card and won't give them back. Looked frightened when asked who. Said the friend finds him work in the fields and 'sorts the money'.",
      "RD WW", "DT NCW FA", "L")
    T("Farm supervisor (fields near Wisbech) says: 'Before anyone asks, the lads' passports aren't held by us. They keep them. I've seen them. We pay into their own accounts.' Inspector confirmed.",
      "", "", "")
    T("Worker on an egg farm near Fakenham, Thai national, told a nurse at the minor injuries unit that the burns on her arms were from cleaning chemicals and that she had no gloves. Lives in a caravan on the farm with 5 others. Said she is 'not allowed' to go into town alone.",
      "AC RM", "PA PPE OA RMS", "L")
    T("Intel (3/C/R): unknown male in Tiptree recruiting homeless people from Colchester to work in polytunnels, keeps them in a barn and pays in alcohol. Not corroborated.",
      "AV WW AC", "SW", "L")
    T("Victim impact statement (extract): 'For 9 months I was working in the fields near Holbeach, sometimes 18 hours. When I was sick, he came to the caravan and kicked me and said I owe him for every day I do not work. I was never alone. Even to buy cigarettes somebody came with me.'",
      "EO PSV DB RM", "LH ET RMS", "L")
    T("Report to the Modern Slavery Helpline: caller works for a labour agency in Peterborough and says a manager is charging new starters £200 to 'guarantee' a job at the warehouse. Workers are told if they don't pay they won't get shifts.",
      "", "UF", "L")
    T("Complaint about a dog barking at a farm cottage, Upwell. Nothing further.",
      "", "", "")
    T("Statement of PC 2231 HOLMES: 'On entering the outbuilding I saw six single mattresses on pallets, a camping stove, and no windows. The door had a bolt on the outside. A male sitting on one of the mattresses had a black eye and a cut to his lip. He said in broken English \"I fall\". His employer, Mr NOVAK, stood in the doorway throughout.'",
      "AC RM PSV", "SW PLC PA RMS", "L")
