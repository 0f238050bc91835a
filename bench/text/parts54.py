# Hand-written texts for fresh54. Part 1.
def part1(E):
    E("INT 2/B/P: Hand car wash, Boucher Rd Belfast. Approx 8 Romanian males work 0730-2100 seven days. POI Marian DUMITRU (DOB 11/04/1986) collects all wages in cash at end of day. Workers said to sleep in portacabin to rear of site.",
      "EO WW AC", "lh ncw sw plc", "L", "")
    E("Caller (101) reports a van dropping 6 or 7 lads at the mushroom farm outside Dungannon at 5am and lifting them after 10 at night. Says it's every day incl Sunday. No further info.",
      "EO", "ce lh", "L", "")
    E("Neighbour dispute, Glenavy Rd Lisburn. Caller states neighbour's hedge blocking light and that he shouted at her over fence. No offences disclosed. Words of advice given.",
      "", "", "", "l")
    E("there is a wee girl maybe 15 going in and out of the flat above the bookies in newry with older men all hours she looks wrecked and one of them took her phone off her in the street i seen it",
      "AV IS", "pa iso", "S", "h")
    E("Salvation Army caseworker note: Client (Vietnamese male, 17 on arrival) states he came via lorry to Dublin then by car to Belfast. He was told he would work in a nail salon. Instead kept in a house in Armagh watering plants under lights. The door had a padlock on the outside and food was brought twice a week. He says he owes the 'uncle' £18,000 and that the uncle told him his parents would be visited if he ran.",
      "AV DE RM DB IT", "rm", "C", "h")
    E("Fishing vessel inspected at Kilkeel harbour. Crew of 5 (3 Filipino, 2 Ghanaian) all hold own passports and seafarer IDs, contracts on board, paid monthly to own accounts. Rest hours log complete. No concerns identified.",
      "", "", "", "l")
    E("Debrief extract (via interpreter, Tigrinya): She says the man who brought her from Libya told her that in Ireland she would clean in a hotel. When she arrived in Belfast she was taken to an apartment and told she must see men. She says she was raped by him on the first night and that she could not refuse because he said her debt was €9,000.",
      "DE PV DB", "", "S", "")
    E("Nom: Arben KOLA. INT suggests KOLA runs 3 cannabis grows in the Portadown area staffed by Albanian males brought over small boats, each told they must work 'until the journey is paid'. 3/C/P",
      "DB", "", "C", "")
    E("Press summary: A 52-year-old Ballymena man was sentenced today for defrauding an elderly neighbour of £14,000 through bogus roofing work. The court heard the victim paid cash upfront for repairs that were never carried out.",
      "", "", "", "l")
    E("My husband's cousin stays with us in Coleraine, she minds our kids while we work and we pay her £250 a week and she has every weekend off, she's doing an evening course at the Tech. Someone at the school asked if she was OK so I'm just explaining.",
      "", "", "", "l")
    E("Referral from Western HSC Trust Gateway team: Y/P (F, 14) known to have been picked up by adult males in a silver Audi near Foyleside. Found with alcohol and a new phone she couldn't explain. Mother reports she goes missing overnight at weekends. CSE concerns.",
      "AV", "", "S", "h")
    E("Intel: POI 'Tomi' speaks for all workers at the packhouse in Craigavon, answers every question from the agency rep. Workers don't make eye contact. 2/C/P",
      "", "sfw", "L", "m")
    E("999 call 22:14 — female caller, Eastern European accent, whispering, says she is locked in a room at an address off the Ormeau Rd, man has her passport and hit her earlier. Line cut off. Cell site pending.",
      "RM RD PV", "rm dt", "", "i")
    E("Report online: the car wash on the Antrim road the fellas there are always soaked and foundered no gloves no boots in the freezing cold and one of them told me they get 30 quid a day and the boss keeps the rest for the house",
      "AC WW", "ncw", "L", "")
    E("GP note: Pt (Polish M, 44) attended with laceration to hand from meat plant line. Reports working within normal hours, employed directly, has own GP registration and bank account. Advised re wound care. Fit note issued.",
      "", "", "", "l")
    E("Employment Agency Inspectorate visit: agency supplying staff to poultry factory near Cookstown. Agency deducting £10 per week for hi-vis and boots from all workers' wages, and charging £15 a week for minibus to site. Workers otherwise paid NMW into own accounts.",
      "", "ppe ct", "", "l")
    E("INT 2/B/C (do not disclose to suspect's employer): multiple bank cards (approx 12) seen used at the Tesco ATM in Newry by the same male on Friday nights. Cards in names of Romanian workers employed at a Banbridge meat plant. Suspected the workers' wages are being withdrawn by him.",
      "WW", "mbc ncw", "L", "")
    E("Missing person: John McCANN (79) found safe and well in Bangor after walking off from his care home. Returned by officers. Staff to review door alarm.",
      "", "", "", "l")
    E("I came to work in a restaurant in Derry. The owner keeps my passport 'so I don't lose it'. I work from 10 in the morning until 1 at night. I sleep on the floor of the store room. He gives me £50 each week, he says the rest is for my visa cost.",
      "RD EO AC WW DB", "dt lh sw", "L", "")
    E("Call summary: a woman rang the helpline re her brother (Slovak) working for a construction firm in Belfast; he is on a zero hours contract and was paid two weeks late once. He has his own flat and documents. Advised on ACAS/Labour Relations Agency.",
      "", "", "", "l")
    E("Sighting: 4 young lads begging at the lights at Shaftesbury Sq, dropped off by a black BMW 08:00 and lifted 18:00. Male in car takes money off them at the end of the day.",
      "WW", "ce ncw", "C", "")
    E("Welfare check at HMO on Donegall Rd: 14 males in a three bed house, mattresses in the living room and kitchen, black mould. All work at the same car wash; the landlord is the car wash owner and deducts £60 per week rent each.",
      "AC", "oc plc", "L", "")
    E("Domestic incident, Strabane: male and female partners arguing about money, female states he checks her phone. No children present. DASH completed, medium. No mention of work or other people in the house.",
      "", "", "", "l")
    E("POI Ioana BALAN — INT indicates BALAN advertises 'Romanian girls' on Vivastreet for flats in Belfast city centre and Lisburn, rotating women every week. Women don't speak English and BALAN does all the talking to clients. 2/B/P",
      "", "sfw", "S", "")
    E("Public report: hi there is a man in the flats at rathcoole who has young lads going up and down all day, he is giving them bags and they go off on bikes, some of them look about 13 or 14.",
      "AV", "", "C", "h")
    E("The boss took us to the bank to open the account and then kept the cards. Every Friday he gives us £100 and says the rest is for rent, transport and food. I don't know how much I earn.",
      "WW", "ncw", "L", "")
    E("Hotel housekeeper (Filipino F) told union rep she works 60 hours but is paid for 45. Employer disputes. She lives independently and has her passport. Referred to Labour Relations Agency for wage claim.",
      "", "", "", "l")
    E("INT: Albanian male arrested at Belfast port, stated he was 'sent to the grow to pay back' a debt to a man in Tirana. Does not know the address of the house, was driven there at night. 3/C/P",
      "DB IS", "iso", "C", "")
    E("Nail bar, Lisburn Rd — two Vietnamese girls working look very young, maybe 16, never seem to leave, a man brings them food and they were there at 11pm doing the floors",
      "AV RM", "rm", "L", "h")
    E("Midwife note: Client (22, Romanian) attended booking appt accompanied by a male who answered all the questions, would not leave the room. Client appeared frightened and did not know her own address. Safeguarding lead informed.",
      "IS", "sfw iso", "", "")
    E("Report of a large number of people in a house in Portadown; on attendance it was a christening party. Family gathering, all relatives. No issues.",
      "", "", "", "l")
    E("Kidney patient from Dungannon attending renal unit at Belfast City Hospital for dialysis, on waiting list. Son offered to be a living donor; assessment being carried out by the transplant team under the usual consent process.",
      "", "", "", "l")
    E("Intel 2/B/C (only share with NCA): a Belfast-based male is arranging for people from Pakistan to travel to a clinic abroad to sell a kidney, paid £3,000, told it is 'a job in a hospital'. Two men from the Newry area went in March.",
      "DE", "", "O", "")
    E("He said if I tell anyone, the men in Bucharest will go to my mother's house. He showed me a video on his phone of a man being beaten, he said that was the last boy who talked.",
      "IT", "fa", "", "")
    E("Construction site, Titanic Quarter. Site manager reports a subcontractor's gang of 6 arrive in one van at 6, never take breaks, one man collects their pay. Manager asked one worker a question and the gang leader answered for him.",
      "WW", "sfw ncw ce", "L", "")
    E("Student (Chinese F, 20) reports passport lost on a night out in the Holylands. Crime ref for replacement. Nothing further.",
      "", "", "", "l")
    E("INT 1/A/P: Female (Nigerian, 19) held in house in north Belfast; door double locked when the male goes out. Nom Chinedu OKAFOR. Forces her to see men booked through AdultWork. Believed to be there now.",
      "RM", "rm", "S", "i")
    E("Council environmental health visit to Indian takeaway, Enniskillen: kitchen staff found sleeping in storeroom above the kitchen on camp beds. Two staff say they work 12 hours, 7 days, and the owner 'holds' their visas. Referred to PSNI.",
      "AC EO RD", "sw lh dt", "L", "")
    E("anonymous: SOMEONE NEEDS TO LOOK AT THAT FARM OUT THE CASTLEDERG ROAD THEM FOREIGN FELLAS LIVE IN CARAVANS WITH NO WATER AND HE SHOUTS AT THEM LIKE DOGS",
      "AC", "plc", "L", "")
    E("Bank alert (financial crime team): 9 accounts opened at the same Portadown branch in a week, all for recently arrived Bulgarian nationals, same mobile number and same address given for all; card PINs changed the same day from one phone.",
      "", "mbc ncw", "", "")
    E("Prison note (Maghaberry): inmate (British M, 19) charged with possession with intent. Says he was 'grafting' for a man in Larne who let him stay at his flat when he was homeless and told him he owed £2k for a lost package, has been threatened since.",
      "AV DB IT", "", "C", "")
    E("Au pair (Spanish F, 21) with a family in Holywood, works 25 hours a week, own room, gets €100 pocket money plus English classes paid. She called 101 to ask about a lost bank card. No concerns.",
      "", "", "", "l")
    E("INT: Vietnamese females working at nail bar in Newry live above the shop, 6 in two rooms, all wages go to the manageress 'to send home'. 2/C/P",
      "AC WW", "oc ncw", "L", "")
    E("Debrief: 'I was homeless in Belfast. A man offered me a bed and some work. He took me to his friend's house and I cleaned, cooked and minded the children. I slept on the sofa. They gave me no money, only cigarettes. When I asked to go, he said nobody would believe a junkie.'",
      "AV WW", "", "D", "")
    E("Shop security at Forestside report 3 females (Romanian) working together shoplifting; they were dropped by a man in a Transit who took all the bags. One said they owe him for the trip.",
      "DB", "", "C", "")
    E("Call 101: man with learning disability from Ballymena says new 'friends' have moved into his flat, they use it to sell drugs and have taken his bank card. Won't let him out on his own.",
      "AV RM", "ncw rm", "C", "")
    E("Anon: there's a girl in that house in Glengormley never leaves, does all the cleaning for them and their kids, I've never seen her go out on her own, she's not part of the family you'd know by the way they talk to her",
      "RM", "rm", "D", "")
    E("HSENI accident report: worker (Lithuanian M) injured by conveyor at recycling plant, Mallusk. Employer reported promptly, full PPE was in use, worker directly employed and paid. No labour exploitation indicators.",
      "", "", "", "l")
    E("Nom: Sorin RADU. INT suggests RADU recruits Romanian males in Iasi with promise of £12/hr farm work in Co Armagh; on arrival they get £3/hr, must pay £400 'placement fee' first. 2/C/P",
      "DE DB", "uf", "L", "")
    E("Officer handover: IP (Eritrean F) in Belfast & Lisburn Women's Aid refuge tonight. Disclosed being made to work in a house in Dublin then brought north, employer's husband sexually assaulted her. She is safe now. Interpreter booked 10:00.",
      "PV", "", "D", "h")
    E("Visa overstay: Indian national (M, 28) detained by Immigration Enforcement in Belfast. Works in his brother's shop, paid, lives with family. No exploitation disclosed on screening.",
      "", "", "", "l")
    E("She says that the woman took her passport at the airport and she hasn't seen it since. She says she cooks and cleans for the family from six in the morning until midnight and sleeps in the kitchen. She says she has no phone.",
      "RD EO AC IS", "dt lh sw iso", "D", "")
    E("INT 2/B/P: POI Gheorghe LUCA controls a group of Roma children begging in Belfast city centre; children seen handing money to LUCA in Castle Lane.",
      "AV WW", "ncw", "C", "h")
    E("Hey was in the car wash in Newtownards today the lads were lovely and the manager showed me their rota on the wall, they all have days off. Just saying not everyone is dodgy 😂",
      "", "", "", "l")
    E("Report: chinese takeaway worker in Omagh looks malnourished, is always there, even sleeps there i think, i see him through the window at 2am on a mattress",
      "AC", "pa sw", "L", "")
    E("Safeguarding referral (school, south Belfast): pupil (M, 15) has new trainers, phones, cash; missing from school Tues and Thurs; has been seen in Coleraine and Ballymoney. Says he 'owes' someone. County lines concerns.",
      "AV DB", "", "C", "h")
    E("INT 3/C/P: Unconfirmed reports that workers at a mushroom farm near Tyrone are being forced to pay back their flights from Vilnius and cannot leave until it's paid.",
      "DB RM", "rm", "L", "")
    E("Man rang 101 worried about his daughter's boyfriend who is 'controlling'. Daughter is 24, lives with him, works in a bank. She says she's fine. Advice given.",
      "", "", "", "l")
    E("Fishing: Ghanaian deckhand told Stella Maris chaplain at Kilkeel that he has not been paid for 4 months, the skipper says the money is sent to an agent in Accra. He sleeps on the boat, and isn't allowed ashore without the skipper. Passport with the skipper.",
      "WW RM RD", "sw rm dt ncw", "L", "")
    E("she cant speak any english and the man she's with does all the talking. they come into the pharmacy together every time and he pays.",
      "", "sfw", "", "")
    E("INT 2/B/P: Flat 3, 14 University St — VRM JKZ 4417 (grey Passat) seen dropping different females at 19:00 and collecting at 03:00. Pop-up brothel suspected. Females appear to change weekly.",
      "", "ce", "S", "")
    E("Debrief (Polish M): 'The agency in Poland said good money in factory, house provided. In Belfast we were ten men in a house with three beds. They took £80 from wages for the house and £20 for the bus. After all that I had £40 a week.'",
      "DE AC WW", "oc ct", "L", "")
    E("Theft of diesel from farm near Aughnacloy. Suspect vehicle seen crossing border. No persons injured.",
      "", "", "", "l")
    E("A&E note: F approx 17-18, presented with broken wrist and bruising to face, accompanied by older male who said she fell down stairs. Pt said little, looked at him before answering. No ID. Male insisted on leaving before X-ray results.",
      "PV", "pa sfw", "", "")
    E("Person stated they were offered a 'modelling job' in London on Instagram, but when they arrived in Belfast they were told they had to do 'massages' and pay off £3000 for the flights.",
      "DE DB", "", "S", "")
    E("Licensing inspection, Belfast city centre bar: two door staff without valid SIA badges. Employer cautioned. Staff paid properly, no other concerns.",
      "", "", "", "l")
    E("INT: Cuckooing — address on Rathcoole Dr, occupant (F, 58, alcohol dependent) lets Dublin-based dealers use flat in exchange for drink; neighbours say she is scared of them and they stop her going out. 2/C/P",
      "AV RM", "rm", "C", "")
    E("The manager told us if we go to the police we will be sent back to Romania and go to prison. So we stayed quiet. We work 14 hours at the meat plant and there is no day off.",
      "IT EO", "fa lh", "L", "")
    E("Public report: a man is being kept in a shed on a farm near Rasharkin, he does all the work with the cattle and looks like he hasn't washed in months, he's been there years and I don't think he's ever been paid. He has learning difficulties.",
      "AV AC WW", "pa plc", "L", "")
    E("Welfare visit to Roma family in Lower Ormeau — 9 people in 3 bed house, all related. Children attending school. Father works at car wash on proper payslip. No exploitation concerns.",
      "", "", "", "l")
    E("Sudanese man seen at Belfast bus station with no bags, no coat, says he was dropped off by the farmer he worked for after 3 months and told he will be paid 'later'. Has not been paid.",
      "WW", "fpe", "L", "")
    E("INT 2/B/C: Nom Wei ZHANG believed to be recruiting Chinese females via WeChat offering 'restaurant work', placing them in flats in Belfast and Derry for sex work. 'Debts' of £20k each imposed.",
      "DE DB", "", "S", "")
    E("young fella at the car wash in Armagh has a black eye and a limp and the boss was shouting at him in some other language and shoved him",
      "PV", "pa", "L", "")
    E("Licensing breach only — taxi firm in Newry using unlicensed drivers. All drivers are local, self-employed. Referred to DVA.",
      "", "", "", "l")
    E("Victim statement: I worked at the potato farm. We started at 5 in the morning and finished when it was dark. If we didn't work fast enough he did not give us food. He hit my friend with a spade.",
      "EO PV AC", "lh", "L", "")
    E("INT 2/B/P: Girl (13) known to children's services being picked up from Lakewood secure centre visits by adult male 'Dee' and given vapes and cannabis; believed to be taken to parties in north Belfast where men have sex with her.",
      "AV PV", "", "S", "h")
    E("Officer note: Visited car wash in Lurgan following public report. Workers (5) spoke to us individually with an interpreter by phone. All had own ID, payslips, lived in own rented accommodation. Employer cooperative. No exploitation indicators. Report filed NFA.",
      "", "", "", "l")
    E("I was told I would be a nanny. Instead I look after the grandmother, the children, the house. They watch me with cameras. I cannot go out except with the madam. My salary is sent to my father in Manila, I never see it.",
      "DE RM WW", "rm ncw", "D", "")
    E("Caller says a man in a van at the Lidl car park in Newry is lifting people for work and charging each of them a tenner for the lift. Says it's legit agency work as far as she knows.",
      "", "ct", "", "l")
    E("INT 3/D/P: Rumour that a Belfast restaurant owner keeps staff passports. Not corroborated; staff later confirmed to officers they hold their own.",
      "", "", "", "l")
    E("Caseworker: client (Albanian F, 23) trafficked to UK aged 16 by boyfriend who sold her to a man in Belfast. Forced into prostitution, beaten if she earned less than £500 a night. Client is now in safe house.",
      "AV DE PV WW", "", "S", "h")
    E("Report from Crimestoppers: workers at recycling plant near Newtownabbey are not given masks or gloves, they sort medical waste bare-handed and the gaffer threatens to sack and report them to immigration if they complain.",
      "AC IT", "fa", "L", "")
    E("Social worker: older man (Irish Traveller, 60s) living in a horsebox on site, does labouring for the family for food and tobacco; says he doesn't know any other life. Family says he is 'one of ours'. No pay.",
      "AV WW AC", "plc", "L", "")
    E("House party noise complaint Holylands, officers attended, party dispersed.", "", "", "", "l")
    E("INT 2/B/P: VRM NUI 5561 (white Transit) collects 10-12 workers from a house on Castlereagh St at 04:30 daily for a Co Down vegetable farm. Driver 'Viktor' takes £5 each per day out of their wages for the lift.",
      "", "ce ct", "L", "m")
    E("Debrief (Romanian F, via interpreter): She says she came with her boyfriend; he told her they would pick strawberries. In Belfast he said she must work in a flat with other girls. He has her ID card. She says she wanted to leave but he said he would send photos of her to her family.",
      "DE RD IT", "dt", "S", "")
    E("Bank alert: account of a 78-year-old woman in Carrickfergus receiving pension; carer's son has the card and withdraws most of it weekly. Adult safeguarding referral made.",
      "", "ncw", "", "")
    E("INT 2/C/P: Workers at a car wash in Derry said to sleep in the back office and never leave the premises except when the owner takes them to Asda on Sunday. 10 men.",
      "AC RM", "sw rm et", "L", "")
    E("From the woman's text message to her sister (supplied by sister): they have my passport. they lock the door at night. please tell someone. I am in house near a big church with green roof",
      "RD RM", "dt rm", "", "i")
    E("GLAA-style check by DAERA at egg packing plant, Co Tyrone: workers supplied via licensed agency, contracts in native languages, minibus free of charge, payslips correct. Good practice noted.",
      "", "", "", "l")
    E("Public report: Think the girls in the nail bar in Banbridge are treated badly, the owner screams at them, but I don't actually know anything else. They go home at 6 like normal.",
      "", "", "", "l")
    E("INT: Nom Petr HORVATH — Slovak national, organises Roma men to work at Co Antrim building sites; takes their child benefit and wages, workers 'owe' him for their flat in Ballymena. 2/B/P",
      "WW DB", "ncw", "L", "")
    E("Duty to Notify: adult (Vietnamese M) found in cannabis factory in Newtownabbey during warrant. Declined NRM. States he was brought over by 'snakeheads', could not leave because there was nowhere to go and he didn't know where he was.",
      "IS", "iso", "C", "")
    E("Child (M, 16) arrested for shoplifting in Derry. Says he was told by older boys to steal or he would be 'done in'. Referred to Gateway team.",
      "AV IT", "", "C", "h")
    E("Statement from hotel receptionist: a man books rooms for two young women every weekend, he pays cash, he always takes the key cards and keeps the girls in the room. Last week one of them had bruises on her arms.",
      "RM PV", "rm pa", "S", "")
    E("Call summary (Modern Slavery Helpline): caller from Larne concerned about lorry drivers sleeping in cab at port; explained this is normal practice for HGV drivers. No concerns.",
      "", "", "", "l")
    E("INT 2/B/P: POI Lindita HOXHA — advertises 'cleaning jobs' in Belfast on Facebook in Albanian. Women who answer are taken to an address in Bangor and told they must work as escorts to pay off 'rent' that goes up every week. 2 victims identified.",
      "DE DB", "", "S", "")
    E("The farmer pays us every week in cash, it is less than minimum wage and I'm not happy about it, but I live in my own house in Dungannon and I can leave any time. I just want to complain about the pay.",
      "", "", "", "l")
    E("Report via PSNI website: lads at the recycling yard in Mallusk working in the dark with no lights or hats, one fell off a skip last week, boss told him to get up or no money",
      "AC IT", "", "L", "")
    E("Intel log 2/B/P — female (Chinese, 30s) advertised on adult site with Belfast number 07700 900412; ad text in broken English, 'new girl' every few days at the same Botanic Ave flat. Same phone answers for all ads.",
      "", "sfw", "S", "")
    E("Safeguarding adult referral, Southern Trust: Mr K (Polish, 61, alcohol dependent) found living in a shed at his employer's farm near Richhill, says he gets drink and food instead of wages. Injured leg untreated.",
      "AV WW AC", "pa plc", "L", "")


def part2(E):
    E("INT 2/B/P: POI Nicu STAN (DOB 02/09/1979) — runs car wash at Sprucefield. Workers' passports kept in a biscuit tin in STAN's van 'for safekeeping'.",
      "RD", "dt", "L", "")
    E("Caller states there's fellas at the car wash in Enniskillen working in the rain with no coats, it's bucketing down. On checking, staff have waterproofs provided and were on a break. NFA.",
      "", "", "", "l")
    E("I never got my ID card back after he set up the bank account for me. He said he needs it for the tax. That was in June.",
      "RD", "dt", "", "")
    E("Referral (Barnardo's NI): boy (14) from Newtownabbey going missing, found in Dublin twice with a man in his 20s; phone has messages about 'drops' and a debt of €800 for lost gear. Boy told he'd be stabbed if it isn't paid.",
      "AV DB IT", "", "C", "h")
    E("Public report: my neighbour in Larne has a Filipina woman living with them who does the cleaning and minds the kids, she told me in the shop she hasn't been paid since she came in March and madam has her passport. she's scared they'll send her home",
      "WW RD", "dt fa", "D", "")
    E("Meat plant, Ballymena: HR manager contacted PSNI after a new agency worker told supervisor he paid €1,500 to a man in Cluj to get the job. Worker is paid directly by the plant, lives where he wants. Agency licence being checked.",
      "", "uf", "", "l")
    E("INT 3/C/C (do not action without corroboration): a Slovak male known as 'Jano' said to hold the bank cards of around 20 Roma workers in Belfast and withdraw their wages on Fridays from the ATM on the Lisburn Rd.",
      "WW", "mbc ncw", "", "")
    E("Debrief (Vietnamese M, 16, via interpreter): He says that he was kept in the loft of a house in Lurgan for three months looking after plants. He says that the men came once a week with rice and noodles. He says that he was not allowed to go downstairs when they were there and that one of them hit him with a pipe when a plant died.",
      "AV RM PV AC", "rm", "C", "h")
    E("Housing Executive officer visit to flat in Derry re: arrears. Tenant explained he lost his job at the factory and is on UC now. No concerns re exploitation.",
      "", "", "", "l")
    E("shes only 16 and hes 30 odd and he drives her to other men's houses in newtownards and waits outside, her mum's going out of her mind",
      "AV", "et", "S", "h")
    E("Call summary 101: Caller works in a Craigavon packhouse and is concerned a co-worker is 'always exhausted'. On further questioning the co-worker has a second job at a bar. No control by third parties. Advice only.",
      "", "", "", "l")
    E("INT: Intel that an Indian restaurant in Bangor brings chefs on skilled worker visas, charges each £10k for the sponsorship and makes them repay it from wages over two years, chefs work 70 hr weeks. 2/B/P",
      "DB EO", "uf lh", "L", "")
    E("Witness statement (site foreman): The Romanian lads that the subby brought never spoke, the big fella called Costel did all the talking. They arrived together and left together in his van. I saw Costel give one a slap round the head for being slow.",
      "PV", "sfw et", "L", "")
    E("Care home, Co Down: CQC-equivalent RQIA inspection noted overseas care workers (Zimbabwean, Indian) on sponsored visas; staff told inspectors they were charged £8,000 'recruitment fee' and if they leave before 3 years they must repay £12,000. Some working 72 hour weeks.",
      "DB EO IT", "uf lh", "L", "")
    E("Not sure if this is anything but the man at the takeaway on the Springfield Rd always has a different young fella working and they never speak english and they look terrified when the boss comes in",
      "", "", "", "l")
    E("INT 2/B/P: Nom Bogdan FILIP. Runs pop-up brothel in Airbnb flats, Belfast Cathedral Quarter. Women brought in from Dublin by car on Thursdays, their phones taken for the weekend so they can't contact anyone.",
      "IS", "iso", "S", "")
    E("A student from Nigeria contacted the university welfare office worried about her visa after failing a module. She works 20 hours in a café. No exploitation.",
      "", "", "", "l")
    E("GP referral: Pt (Romanian F, 34) presents with chronic back pain, says she cleans offices nights and picks at a farm days, sleeps 4 hrs. Says she is paid fine and it's her choice to do two jobs to send money home. No control indicators.",
      "", "", "", "l")
    E("debrief extract: they told me in Kano that my aunty in Belfast needs help with her children and I will go to school. I never went to school. I wash and cook and iron from morning to night. If I make a mistake she beats me with a belt. I am not allowed to answer the door.",
      "DE EO PV RM AV", "lh rm", "D", "h")
    E("INT 1/B/P: Large-scale benefit fraud — 23 UC claims linked to two addresses in Ballymena, all in names of Romanian nationals who say they have never received any money; claims managed by POI Adrian MOCANU who holds their IDs and bank cards.",
      "RD", "dt mbc ncw", "C", "")
    E("Landlord reported to council for HMO licence breach, 7 tenants in 4 rooms in the Holylands. All students, all on their own leases. No exploitation.",
      "", "", "", "l")
    E("Fishing boat at Ardglass: deckhand (Egyptian) injured, tells nurse he works 20 hrs some days, not been let ashore in 6 weeks, skipper has his papers, paid $500 a month to his family and he gets nothing in hand.",
      "EO RD WW RM", "lh dt ncw rm", "L", "")
    E("Hi, I'm concerned about a man at the Newry bus station who says he was brought from Portugal for farm work but the job didn't exist, the man who brought him took his money and left him. He has nowhere to sleep.",
      "DE", "", "", "")
    E("INT 2/B/P — County lines: 'Belfast to Coleraine' line run by nom Ryan McKEE. Uses local care-leavers, two aged 17, keeps them in a flat in Portstewart for a week at a time; they're not allowed out except to make drops.",
      "AV RM", "rm", "C", "h")
    E("Officer note: Attended nail bar in Derry following anon report. Three staff, two Vietnamese one local, all had keys to the flat they rent, their own passports and bank cards. Owner has a licence. Workers laughed at the idea they were being held. NFA.",
      "", "", "", "l")
    E("She says she was told she'd work in a bar in Belfast and get €600 a week. She says when she arrived the man said she owed €4,000 for the flight and flat and she must see clients. She says she has never been paid any money, only 'tips' of €10.",
      "DE DB WW", "", "S", "")
    E("HSC Trust: adult (British M, 38, learning disability) living with 'friends' in Carrickfergus who take his PIP and make him do all the housework and walk their dogs, he sleeps on the floor.",
      "AV AC", "ncw", "D", "")
    E("INT 2/C/P: POI Muhammad ASIF believed to be arranging sham marriages in Belfast between Pakistani men and Portuguese/Slovak women, who are paid £2k and told they owe £5k if they back out. One woman says he threatened to cut her face.",
      "DB IT", "", "C", "")
    E("Anonymous report: the boss at the chicken factory shouts at everyone and the canteen is filthy. everyone's paid though and they go home when the shift ends. just sick of it",
      "", "", "", "l")
    E("Border Force note (Belfast International): Female (Brazilian, 22) travelling alone, arrival from Lisbon. Said she was coming to work as a 'hostess'; had only a WhatsApp contact and an address in Botanic; could not say who was paying. Ticket bought by third party. Referred to PSNI MSHTU; safeguarding advice given.",
      "", "", "", "l")
    E("Statement (IP, Polish M): 'I worked for him for 6 years. First he said he'd pay me at the end of the season, then at Christmas. I never got anything. I slept in the garage at his house in Dungannon. He would lock the garage at night.'",
      "WW RM AC", "sw rm", "L", "")
    E("INT: Mushroom farm, Co Monaghan border / Co Armagh: workers bussed across the border daily at 4am, charged €10 a day for the bus, paid on cards held by supervisor. 2/B/P",
      "WW", "ce ct ncw", "L", "")
    E("Report of a woman crying in the street in Cookstown saying her husband took her car keys. Husband later arrested for criminal damage. Domestic incident, no other concerns.",
      "", "", "", "l")
    E("Salvation Army: client (Sudanese M, 25) arrived via small boat, placed in hotel, approached by a man offering 'cash work' on a building site in Belfast; worked 3 weeks 12 hrs a day; when he asked for pay he was told he'd be reported to the Home Office.",
      "AV WW IT EO", "lh fa", "L", "")
    E("the woman next door has 3 old men living in her garage, they do her garden and she gives them dinner. they're family i think. nobody seems bothered. dont know if this is a thing",
      "", "", "", "l")
    E("INT 2/B/P: Fishing — Ghanaian and Filipino crew on a Kilkeel prawn trawler not allowed off the boat in port. Skipper claims it's because of visa rules (transit visa). Crew say they haven't been paid for 3 months.",
      "RM WW", "rm", "L", "")
    E("Midwife note: Pt (Albanian, 19) at 32 wks, with 'cousin' who pays and talks. Pt disclosed when alone she was 'sold' to him in Tirana and he makes her see men in Belfast. Bruises on thighs. Safeguarding and PSNI contacted.",
      "PV", "sfw pa", "S", "h")
    E("Theft from motor vehicle, Stranmillis. Laptop stolen. No witnesses.", "", "", "", "l")
    E("Public report: I seen a man pushing a wee girl into a car outside the Castlecourt and she was screaming. car was a blue golf reg ending 3KZ",
      "PV", "", "", "i")
    E("INT 3/C/P: Organ trafficking — male in Derry said to be recruiting homeless men via soup kitchen, offering £5,000 and a trip to Turkey for a kidney. One man returned with a scar and was never paid.",
      "AV DE", "", "O", "")
    E("I was told I'd be a waiter. When I got to the restaurant in Portrush they said I must sleep in the kitchen and work every day. They said I owe them for the ticket and the visa, £7,000, and it grows each month with the food and bed.",
      "DE AC EO DB", "sw", "L", "")
    E("Employment Agency Inspectorate: agency in Newry found charging workers £200 registration fee. Fee refunded following inspection. Workers otherwise freely employed. Warning letter issued.",
      "", "uf", "", "l")
    E("INT: VRM LGZ 8823 (black Range Rover) seen at Lakeside Rd Armagh, driver 'Sasha' drops 3 Eastern European females at a hotel at 9pm and picks up 6am. Same pattern 4 Fridays. 2/C/P",
      "", "ce et", "S", "")
    E("Safeguarding referral (Belfast school): P6 pupil (10) says she doesn't get to play because she looks after baby brothers and cleans when home; mother works nights. Family support referral. Not exploitation — parental neglect concerns.",
      "", "", "", "l")
    E("Handover: 3 Vietnamese adults from the Portadown warrant (cannabis grow) now at Belfast custody. All say they were locked in the grow, had no phones, and were told their families in Nghe An would be killed if they ran. Interpreter booked. NRM referrals to be made.",
      "RM IS IT", "rm iso", "C", "")
    E("Call summary: Woman (Chinese) rang Migrant Help from Belfast saying her employer at a massage parlour keeps her passport and says she cannot leave until she has paid 'the fee'. She says she is being made to do extras with customers.",
      "RD DB", "dt", "S", "")
    E("INT: POI Florin MATEI said to be renting 4-bed house in east Belfast to 19 Romanian workers at £70 each per week, mattresses everywhere, he also runs their employment at a warehouse via an agency and 'manages their money'. 2/B/P",
      "AC WW", "oc ncw", "L", "")
    E("There's a man in Omagh selling kidneys on facebook. well actually its a joke page my son says. ignore this",
      "", "", "", "l")
    E("Victim account (English M, 45): 'I met them at the homeless hostel in Belfast. They said they'd give me tarmac work and a caravan. I worked all over Co Down and the border, paving drives. They paid me £10 a day and beer. If I said I'd leave they'd give me a kicking, and they did once, broke my ribs.'",
      "AV WW PV IT", "", "L", "h")
    E("GP note: patient (Romanian M) attends for fit note after kidney removal in Romania 2 yrs ago due to cancer. Donor scar. Clinical history consistent. No concerns.",
      "", "", "", "l")
    E("Report: there is a house in Dunmurry where young lads are brought in in the middle of the night and then you never see them come out, the windows are all covered in tin foil and there's a smell of weed",
      "", "", "C", "")
    E("Witness statement: The girl at the hotel reception in Belfast told me she works 16-hour shifts, has had no day off in a month, and the agency keeps her wages to 'pay off her accommodation'. She lives in a room with 5 others provided by the agency.",
      "EO WW DB AC", "lh oc ncw", "L", "")
    E("INT 2/B/P: nom Dritan GJONI — Albanian OCG. Uses Vietnamese and Albanian men to guard grows in Newry, men paid nothing, told they'll be shot if they leave. One male found with gunshot wound to leg (A&E Daisy Hill) refused to engage.",
      "WW IT PV", "", "C", "")
    E("Council planning complaint about a caravan on a farm near Keady. Caravan used by the farmer's son while he renovates the house. No issues.",
      "", "", "", "l")
    E("he said i can leave whenever i want and he hasn't kept my passport, i just don't like the job. the money is rubbish",
      "", "", "", "l")
    E("Officer handover: IP (Slovak F, 28) found by Ballymena NPT sitting on a bench, barefoot, bruised face, said she ran from a house where she was forced to have sex with men and the man 'Peter' is looking for her now. Taken to Antrim Area Hospital.",
      "PV", "pa", "S", "i")
    E("INT 2/C/P: Agency driver 'Rafal' picks up Polish and Lithuanian workers at 4am from Lurgan for a food factory and is said to keep their payslips and bank cards.",
      "WW", "ce ncw", "L", "")
    E("A&E note: M approx 25, Vietnamese, presents with burns to hands from 'gardening'. Limited English. Accompanied by male who left quickly. Police informed as burns consistent with cannabis grow electrics.",
      "", "pa", "C", "")
    E("In the job advert it said the work was in a hotel in Belfast and the accommodation was free. When we came it was a meat factory in Cookstown, and they took £90 from each of us for the room, six men in one room.",
      "DE AC", "oc", "L", "")
    E("INT 2/B/P: POI Stefan DRAGOMIR controls groups of Romanian women begging outside Belfast supermarkets; they are said to owe him for travel from Constanța, and he takes the day's takings every evening.",
      "DB WW", "ncw", "C", "")
    E("Report: lads working on the roof of the new flats in the Gasworks with no harnesses, seems dodgy. Reported to HSENI.",
      "", "", "", "l")
    E("Debrief (Eritrean M, via interpreter): He says that he worked at a car wash in Belfast for 9 months. He says that he slept in the container at the back. He says the boss told him that if he talked to anyone the police would put him in prison because he has no papers. He says he was given £20 each week.",
      "IT WW AC AV", "sw fa", "L", "")
    E("Caller from Armagh: her Polish partner works 50-hour weeks at a mushroom farm; paid properly; just wanted advice on holiday entitlement. Signposted.",
      "", "", "", "l")
    E("INT 1/B/P: Nom Liu HAI (DOB 1978) — takes Chinese women from Dublin to Belfast brothels, moves them every 2 weeks, keeps their passports and earnings. Victims told families in Fujian will be harmed.",
      "RD WW IT", "dt ncw", "S", "")
    E("Child protection (Southern Trust): 15-year-old boy living with an uncle in Newry, not enrolled at school, works at the uncle's takeaway 'every night until 1am'. Not paid. Uncle says he's family and is learning the business.",
      "AV EO WW", "lh", "L", "h")
    E("The man at the farm says he keeps our passports because we might lose them. We can ask for them any time he says. Last week I asked and he said no.",
      "RD", "dt", "L", "")
    E("INT 2/B/P: Nail bar Castlederg — two Vietnamese females (believed 15-16) seen being escorted to and from the shop by an older male each day, not attending school.",
      "AV RM", "et rm", "L", "h")
    E("Anti-social behaviour, youths drinking in Botanic Gardens. Dispersed.", "", "", "", "l")
    E("Financial crime: Romanian male (20s) found with 14 bank cards in other people's names at a Derry ATM. He claims he is holding them for his 'work colleagues'. Colleagues work at a chicken plant.",
      "", "mbc ncw", "L", "")
    E("I am writing to report my employer. He keeps telling me I can't go out because there is crime in Belfast. He says it is for my safety. I only leave the house with him. He took my phone when I came.",
      "RM IS", "rm iso", "", "")
    E("INT 3/C/P: A female in Lisburn, known as 'Auntie Grace', is said to have brought two Nigerian teenage girls to the UK, they do all her housework and she has them registered as her daughters for child benefit.",
      "AV", "ncw", "D", "h")
    E("Caseworker note (Migrant Help): client (Indian M) on care worker visa reports employer cut his hours to 10 per week and he can't pay his rent. He has his passport and BRP. Home Office notified of sponsor issue. No trafficking indicators.",
      "", "", "", "l")
    E("Public report via Crimestoppers: the car wash at the roundabout in Dungiven, the young lad there is sleeping in the van, the owner locks him in at night so no one robs the stuff, he's always barefoot",
      "RM AC", "rm sw pa", "L", "")
    E("She says she met him online when she was 17. He said he loved her and would take her to Belfast. He made her sleep with his friends and said she owed him for everything he'd bought. He beat her if she refused.",
      "AV DE PV DB", "", "S", "h")
    E("Safeguarding: Elderly man in Bangor was persuaded to sign over his house by a 'carer'. Financial abuse. No forced labour or exploitation type under MSA.",
      "", "", "", "l")
    E("INT 2/B/P: A pair of Romanian men working at a Newry car wash are believed to be living in the back of the car wash storage unit and working 7am-8pm without a day off.",
      "AC EO", "sw lh", "L", "")
    E("Caller (999): man says his friend from Albania is being held in a flat on the Shankill Rd by men with a knife who are demanding £5,000 from his family; he's there now.",
      "RM IT", "rm", "", "i")
    E("Witness: 'The girls in the massage place on Lisburn Rd don't go home. I work next door; lights on all night, the same three girls every morning. A man brings them shopping.'",
      "RM", "rm", "S", "")
    E("Report: someone is collecting a bunch of lads from the Maldon st area at 6am every morning in a minibus. I was worried but it turns out it's a proper agency and the lads I talked to are happy with it.",
      "", "", "", "l")
    E("INT: sham marriage — Slovak female (19) brought to Belfast to marry a Pakistani man for his visa; kept in a house in Lurgan, not allowed out, forced to have sex with him. 2/B/P",
      "RM PV", "rm", "S", "h")
    E("Debrief (Polish F): 'My boyfriend said we'd both work in a factory. In Belfast he made me get benefits and my card went to him. He took everything. When I said no he hit me.'",
      "DE PV", "ncw", "C", "")
    E("INT 2/B/P: POI Aurel NEAGU runs car washes in Newtownabbey and Antrim. Workers said to have paid €300 each for transport from Romania; NEAGU 'takes care of the wages'. Workers won't speak to police without him there.",
      "WW", "uf ncw sfw fa", "L", "")
    E("Council EHO visit to Portrush chippy: staff all local, hygiene issues noted. Improvement notice.", "", "", "", "l")
    E("Statement of victim (Filipina, 42): 'I worked for a family from the Gulf who came to live in Belfast. They took my passport at the airport. I worked 18 hours every day. I slept on the floor in the children's room. I had no day off in two years. They paid my agency, not me.'",
      "RD EO AC WW", "dt lh sw ncw", "D", "")
    E("Call summary: female (Romanian) called from unknown number saying she wants to go home but has no money; 'the man' has her ID. Call disconnected. Trace requested.",
      "RD", "dt", "", "")
    E("report: a young girl in school uniform getting into different cars at the back of the leisure centre in Lurgan after school, the men give her money",
      "AV", "", "S", "h")
    E("INT 3/C/P: Worker at a Belfast warehouse alleges agency supervisor threatens to 'have them deported' if they join a union. Workers are paid properly and live independently.",
      "IT", "fa", "L", "")
    E("The farmer keeps us in a caravan without toilet and shower. We use the river. We work from 6 in the morning until 9 at night even on Sunday. He pays us but takes £50 each week for the caravan.",
      "AC EO", "plc lh", "L", "")
    E("Organ trafficking disclosure (Refugee Council caseworker): client (Eritrean M) says in Libya he was held by smugglers who took one of his kidneys as payment for the crossing. Scar observed. Client now in Belfast.",
      "PV", "pa", "O", "")
    E("A lady rang to say her Romanian cleaner hasn't turned up for work and she's worried. Cleaner later located, had gone home for a funeral. NFA.",
      "", "", "", "l")
    E("INT 2/B/P — Cuckooing, Antrim: vulnerable male (heroin user) flat taken over by Belfast dealers; he is given gear in return for the use of his flat and is made to run deliveries.",
      "AV", "", "C", "")
    E("Report: big crowd of men living in the house beside me in west belfast i count 15 going in and out every day and they get lifted at the crack of dawn",
      "", "oc ce", "", "")
    E("Probation note: Service user (M, 22) reports his 'boss' on the building site in Lisburn pays him £40 a day cash and takes £20 back for 'lodgings'. He can't leave because he owes £1,200 for a van repair the boss says he caused.",
      "WW DB", "", "L", "")

def part3(E):
    E("INT 2/B/P: Vietnamese female (approx 20) working at nail bar in Coleraine does not know the name of the town she is in; phone taken by the manager on arrival; lives upstairs.",
      "IS", "iso", "L", "")
    E("She says that she had no phone and no friends here. She says she was never told the address where she lived, only that it was 'near the sea'. She says the family's mother took her to the shops once a month.",
      "IS RM", "iso rm et", "D", "")
    E("no concerns re isolation — IP has a mobile, calls home daily, attends church in Dungannon every Sunday. Employment at the farm appears legitimate.",
      "", "", "", "l")
    E("Referral from Women's Aid: client (Indian F, 31) came on spouse visa; in-laws in Belfast make her do all the cooking and cleaning for 8 people, confiscated her passport, she's not allowed to phone her parents and is never left alone outside.",
      "RD IS RM EO", "dt iso rm", "D", "")
    E("Intel 3/C/P: Workers at a Co Fermanagh farm have no contact with anyone outside the farm; they don't speak English and the farmer's son does their shopping. Not known if paid.",
      "IS", "iso sfw", "L", "")
    E("Public report: the fellas at the meat plant hostel in Ballymena are kept away from everyone, they're not even let into town, a minibus takes them from the hostel to work and back and that's it",
      "IS RM", "iso rm et", "L", "")
    E("Debrief (Chinese F): 'They moved me every week, Belfast, Derry, Newry, Dublin. I never knew the name of where I was. I never went out. I spoke only to the customers and the woman who took the money.'",
      "IS RM WW", "iso rm ncw", "S", "")
    E("INT 2/B/P: POI Ilir BEGA — Albanian male; supplies workers to a Co Down car wash; workers' phones are collected each morning and handed back at night so they can't contact anyone during the day.",
      "IS", "iso", "L", "")
    E("Organ harvesting concern (Belfast Trust renal team): patient (British M, 55) disclosed he paid £40,000 to a broker for a kidney transplant in Pakistan; donor reportedly a young labourer paid very little and told it was a 'blood test job'. Referred to NCA.",
      "DE AV", "", "O", "")
    E("INT 2/C/C (NCA only): Belfast-based facilitator believed to be linked to organ brokers in Egypt; two Sudanese men from an asylum hotel in Belfast taken to Cairo, one returned missing a kidney and says he was told he owed for his journey and would be harmed if he refused.",
      "DB IT AV", "", "O", "h")
    E("Debrief (Pakistani M, via interpreter): He says the agent in Lahore told him he would get a job in Ireland if he first 'donated' a kidney to pay the fee. He says he was taken to a clinic and woke up with a wound. He says he never got the job.",
      "DE DB", "pa", "O", "")
    E("Public report: someone on Facebook marketplace in Belfast is advertising 'buying kidneys £10k cash no questions asked'. Screenshot attached.",
      "", "", "O", "")
    E("A woman rang 101 saying she'd read an article about organ trafficking and was worried about her neighbour who'd had a transplant. Neighbour had a transplant at the Royal via NHS list. No concern.",
      "", "", "", "l")
    E("Hand car wash in Newry inspected by HMRC and Immigration Enforcement: 4 workers all with right to work, payslips, PPE supplied free. No exploitation found. Minor tax issue with owner.",
      "", "", "", "l")
    E("INT: Slovak women (3) working at a Belfast hotel via an agency are charged £25/wk for uniforms and £40/wk for the agency van, and the agency holds their bank cards. 2/B/P",
      "WW", "ppe ct ncw", "L", "")
    E("Witness: 'They came in with nothing, the clothes they stood in and a plastic bag each. Three of them. The boss said they'd start at the yard in the morning.'",
      "", "fpe", "L", "")
    E("Officer notes: Victim (Romanian M, 19) found at Belfast Central station with no luggage, no coat, no phone, thin. States he left the farm at Limavady after being punched by the gangmaster over a lost crate.",
      "PV", "fpe pa", "L", "")
    E("INT 2/B/P: Albanian female (18) housed by OCG in Derry flat, no possessions apart from a phone they control; used for sex work advertised on Vivastreet.",
      "IS", "fpe", "S", "")
    E("Construction worker (Irish M) fell from ladder at a site in Lisburn. Employer fully compliant, worker in union. HSENI investigating.",
      "", "", "", "l")
    E("Workers at packing plant near Armagh told investigators they pay for gloves and hairnets out of their own pocket, about £5 a week. No other concerns, all paid into their own accounts, free to leave.",
      "", "ppe", "", "l")
    E("Hey just reporting this place in Derry where the staff get charged for their own aprons and knives out of their wages and then the boss keeps their tips as well. lads work 6am-8pm",
      "EO", "ppe lh", "L", "")
    E("INT 3/C/P: unconfirmed that a Chinese takeaway in Strabane has a worker who hasn't left the premises in a year. Not corroborated by visit; staff member lives in a flat in town and was on holiday.",
      "", "", "", "l")
    E("he wasn't threatened or anything, he just didn't like the boss. he's gone home to Poland now.",
      "", "", "", "l")
    E("Call summary (999): Woman in Craigavon says her ex-partner is outside banging on the door and threatening to kill her tonight. Domestic abuse, no trafficking context. Units dispatched.",
      "", "", "", "l")
    E("Victim account (Romanian M): 'We were 12 at the car wash. The boss said anyone who goes to the police, he will burn the house of their family in Romania. He showed a photo of my mother's house.'",
      "IT", "fa", "L", "")
    E("Caseworker: client (Nigerian F, 27) was promised nursing work in Belfast by a 'pastor'; put through a juju oath before travel; on arrival forced to sell sex in Dublin and Belfast to repay €40,000. Believes she'll die if she breaks the oath.",
      "DE DB IT", "", "S", "")
    E("Press: Two men convicted at Belfast Crown Court of forcing Romanian men to work on Co Antrim farms for almost nothing; court heard victims lived in an unheated barn and were fed scraps.",
      "WW AC", "plc", "L", "")
    E("I clean the offices at night and the restaurant in the day. The boss says the money is safe in his account and he will give it when I go home. I have not been home in three years.",
      "WW EO", "ncw lh", "L", "")
    E("INT 2/B/P: Nom 'Big Tony' (ID unknown) — drives young girls from Belfast children's homes to house parties in Newtownabbey. Girls given drink and drugs. Girls aged 14-16.",
      "AV", "et", "S", "h")
    E("Public report: the hotel in the town centre of Enniskillen the cleaning girls are from somewhere in africa and they're lovely, they told me they're doing well and saving for uni",
      "", "", "", "l")
    E("Debrief extract: 'The boss said that I have to pay £25 each day for the bed and the van to work. Then the food. At the end I owed him more than I earned. He wrote it in a book.'",
      "DB WW", "ct", "L", "")
    E("INT 2/B/P: Nom Costel MIHAI brings Roma men to Belfast to work on roofs, keeps them in a house in Lisburn, men say they cannot leave because MIHAI has their IDs and they owe him for the bus.",
      "RD DB RM", "dt rm", "L", "")
    E("Teacher referral (St. Louise's): Pupil (F, 15) says her 'boyfriend' (24) took naked photos of her and now says he'll post them unless she meets his friends.",
      "AV IT", "", "S", "h")
    E("Missing from home: male (16) from Derry found in a flat in Limavady with adult males and drugs and cash. Had a burner phone. He says he was 'keeping house' for them.",
      "AV", "", "C", "h")
    E("Anti-social behaviour report: neighbour's dog barking all night, Portadown. Referred to council.", "", "", "", "l")
    E("Victim statement (Lithuanian F): 'In Lithuania they said I will pack vegetables in Ireland for €9 an hour. It was true, the job was fine, the boss paid me every week, I had my own room. I just want to report I was charged €150 by the recruiter.'",
      "", "uf", "", "l")
    E("Bank alert: Newry branch flagged one male depositing and withdrawing on 11 different cards at the same ATM nightly; holder addresses linked to a car wash at Warrenpoint. Report to PSNI.",
      "", "mbc", "L", "")
    E("INT 1/A/P: Female (Hungarian, 24) phoned police from a flat on the Lisburn Rd, says two men are in the next room, have taken her passport and money and raped her. She is locked in the bathroom now.",
      "RD PV RM", "dt rm", "S", "i")
    E("Report: a woman walking her child to school in Newry has the same man drive her and collect her every single day and she doesn't look happy. Might just be her husband.",
      "", "", "", "l")
    E("Adult safeguarding, Northern Trust: woman (British, 40s, learning disability) living with a man in Ballymoney who takes her benefits, makes her have sex with his friends for money.",
      "AV PV", "ncw", "S", "h")
    E("Officer note: Spoke to 4 Eritrean men at the Belfast mosque who said they had been offered construction jobs by a man 'Yonas' who wanted £500 each up front. They did not pay. Intel submitted.",
      "", "uf", "", "l")
    E("We work at the farm in Coleraine from 5am. At 10pm we finish. Every day. The boss says Sunday also work because the cows don't know it is Sunday.",
      "EO", "lh", "L", "")
    E("INT 2/B/P: Eight Filipino workers at a care home in Derry say they work double shifts most days and their managers hold their passports 'in case of inspection'; they are charged rent for shared rooms above the home.",
      "EO RD", "lh dt", "L", "")
    E("Caller: 'I want to report that my employer took my BRP card to photocopy and gave it back.' Advice — no offence.",
      "", "", "", "l")
    E("INT 3/C/P: Vietnamese boy (est. 15) seen in Belfast nail bar, lives with the owners, works every day after they collect him at 8am, no school.",
      "AV EO", "ce lh", "L", "h")
    E("Public report: There's a dodgy wee man in the park at Dunville who's been lifting young ones, 12 or 13, in his car and giving them weed to sell at school. He's there right now.",
      "AV", "", "C", "i")
    E("Debrief (Romanian F, through an interpreter): She says she worked in a house in Holywood for a couple for two years, looking after their old mother day and night. She says she never had a day off and slept on a chair beside the bed. She says she was paid at first and then they said they'd keep it for her.",
      "EO AC WW", "lh sw", "D", "")
    E("Council licensing: massage parlour in Belfast applied for renewal. All therapists qualified and on PAYE. No issues.",
      "", "", "", "l")
    E("Caller (101) — says a Romanian man sits outside Tesco Lisburn begging every day, and at 5pm gets into a car. Officers spoke with him: lives with family, begs by choice, no one takes his money.",
      "", "", "", "l")
    E("INT 2/B/P: At a farm near Newtownstewart, 6 Timorese workers found living in a converted chicken shed; farmer takes £100 a week each for 'rent' and electricity from wages.",
      "AC", "plc", "L", "")
    E("Debrief (Sudanese M): 'The man in Calais said Belfast is good, he has job. I pay nothing now, pay later from work. In Belfast I work in a kitchen. He takes all the pay for the debt. Every month he says the debt is bigger.'",
      "DE DB WW", "ncw", "L", "")
    E("INT 2/B/P: POI Kamil NOWAK (DOB 1991) — Polish male, recruits homeless Polish men at the Welcome Centre, Belfast; puts them in a house in Lurgan, works them on building sites for 'food and drink', beats those who complain.",
      "AV WW PV", "", "L", "")
    E("Statement (neighbour): 'I've seen the young lad that works at the chip shop crying at the back door. He told me he wants to go home to Bangladesh but the owner has his passport and says he owes him for the visa.'",
      "RD DB", "dt", "L", "")
    E("School referral: pupil (M, 13) seen with large amounts of cash and being collected by a man in a BMW at the school gates. Pupil missing from lessons. Possible criminal exploitation.",
      "AV", "", "C", "h")
    E("Border Force (Belfast port): Romanian female (17) travelling with a male 'uncle' (35) who holds her passport and answers all questions; destination unclear. Girl referred to Gateway and NRM.",
      "AV RD", "dt sfw", "", "h")
    E("HMO complaint, Derry: 6 men from India living above a restaurant where they all work; landlord is the restaurant owner; beds in shifts. Staff say they are fine.",
      "AC", "oc sw", "L", "")
    E("The boss never hit anybody, I want to be clear. But we had to stay in the house after work and he had the key.",
      "RM", "rm", "", "")
    E("Statement: I paid the agent in Dhaka £9,000 for the job. He said there was a job at a care home in Belfast. When I came there was no job, the sponsor licence was cancelled. Now I have nothing.",
      "DE", "uf", "", "")
    E("Public report: pls check the barber shop in newry, the young lad sweeping is always there past midnight and someone told me he sleeps on the floor and only gets fed",
      "EO AC WW", "sw lh", "L", "")
    E("INT 2/B/P: Woman (Romanian) 'employed' as a cleaner by POI George ZAHARIA in Belfast; ZAHARIA reported to have sold her to another man in Dublin for £3,000.",
      "", "", "L", "")
    E("Hospital social worker: patient (Vietnamese F, 19) brought to RVH by 'employer' with severe allergic reaction from nail chemicals, no mask given; employer keeps her passport. She works 6 days 9-9.",
      "AC RD EO", "dt lh", "L", "")
    E("Intelligence: no indication workers at the Ballymena plant are being charged for accommodation or transport; all were spoken to by EAI. 2/A/P",
      "", "", "", "l")
    E("Public report: Some wee lad knocking doors in Lisburn selling dusters and cloths and he says he's 16 and he's being dropped off by a van and has to sell 200 before he goes home or he gets no dinner.",
      "AV AC", "ce", "L", "h")
    E("Caseworker note (NSPCC): Girl (14) reports a man she met on Snapchat took her to a flat in Derry and raped her. She is at home now with mum. Police informed.",
      "AV PV", "", "S", "h")
    E("Victim account (Roma M): 'My cousin brought me to Belfast, he said we'd do scrap metal. We collected scrap all day in his van. He kept all the money. He had my ID because I can't read and he said he would do the papers.'",
      "AV WW RD", "dt ncw", "L", "")
    E("INT 2/B/P: Ukrainian refugee female (22) housed by Homes for Ukraine host in Co Down; host asks her to do all the housework and childcare 'in return for the room'; not paid, she says she feels she cannot refuse or she'll be homeless.",
      "AV WW", "", "D", "")
    E("Burglary at a house in Cherryvalley, jewellery stolen. SOCO attended.", "", "", "", "l")
    E("Public report: the car wash on the Lisburn road is open til 9pm. The lads there seemed okay and said they get paid hourly and go home at 6. Other fella does the late shift.",
      "", "", "", "l")
    E("INT 2/B/P: Nom Viorel PETRE — holds ID cards of 9 Romanian men, used to open bank accounts and claim UC in their names at addresses in north Belfast. Men work at a recycling yard in Mallusk for £20 a day.",
      "RD WW", "dt ncw", "L C", "")
    E("Social services: 12-year-old boy from Belfast sent by relatives to sell stolen goods in the market; beaten by uncle if he comes back with less than £50.",
      "AV PV", "", "C", "h")
    E("Probation: Prisoner (Albanian M) says he was made to 'garden' a cannabis farm in Co Tyrone to pay for his truck journey; when he asked to leave they shot at the ground beside him.",
      "DB IT", "", "C", "")
    E("Call 101: woman says the new staff in her local shop look very tired. Staff are family members of the owner who moved over from India; they say they work normal shifts. No concerns.",
      "", "", "", "l")
    E("Debrief (Bangladeshi M): 'The restaurant owner in Newry made us sleep on the kitchen floor. He locked the door at night from outside. In the day we work from 11 to 1 at night.'",
      "AC RM EO", "sw rm lh", "L", "")
    E("Text on Crimestoppers form: MUSHROOM FARM IN MONAGHAN/ARMAGH BORDER THE LADS DONT GET NO PAY ITS ALL TAKEN FOR THE CARAVAN AND THE GAFFER HAS THE PASSPORTS IN HIS SAFE",
      "WW RD", "dt ncw", "L", "")
    E("Missing child (15, F) from a children's home in Belfast, found in a hotel in Dublin with two adult males. Returned. CSE strategy meeting convened.",
      "AV", "", "S", "h")
    E("INT 2/B/P: Intel that the owner of a chain of nail bars in Belfast pays staff properly, but a manager at one branch makes the girls hand over tips. No other indicators.",
      "", "", "", "l")
    E("Victim account: 'I am 19, from Vietnam. The man said if I don't water the plants, the debt of my family of $30,000 will be taken from my parents' land. I sleep in the house with the plants, windows blacked out, I cannot go outside.'",
      "DB IT RM AC", "sw rm", "C", "")
    E("Council EHO: food factory in Newry with workers eating lunch in the toilet block; no canteen. Workers otherwise contracted and paid. Enforcement action re welfare facilities.",
      "", "", "", "l")
    E("INT 2/C/P: A Pakistani man in Belfast may be keeping a young woman from Punjab as a 'wife' for his family — she cooks and cleans for 10 and is never seen outside. Further intel required.",
      "RM", "rm", "D", "")
    E("Woman told GP her husband took her passport when she arrived from Egypt and she is worried he will not give it back if she leaves. Domestic abuse referral. She works at a pharmacy and keeps her wages.",
      "RD", "dt", "", "")
    E("Statement (Polish M): 'They promised 40 hours. It was 40 hours. They promised £11. It was £11. I'm complaining because the agency bus was late so I lost one hour of pay.'",
      "", "", "", "l")
    E("INT 2/B/P — VRM OIG 2290 (silver Octavia) registered to POI Raluca IONESCU — seen outside several pop-up flats in Belfast and Lisburn; young women inside speak no English; IONESCU holds their phones.",
      "IS", "iso", "S", "")
    E("Public report: i work at the warehouse in Mallusk and the agency lads from somewhere are dropped at 5 and lifted at 11 at night and they told me they're charged £15 each a day for the van, they looked wrecked",
      "EO", "ce ct lh pa", "L", "")
    E("Caseworker: client (Albanian M, 22) came to NI after being promised work at a car wash; instead forced to guard cannabis in a house in Newry; was told if he ran his sister would be 'sold'.",
      "DE IT", "", "C", "")
    E("Referral (Barnardo's Safe Choices): girl, 16, in care, being 'groomed' by older men who supply alcohol; no disclosure of sexual contact yet; risk assessment ongoing.",
      "AV", "", "S", "h")
    E("Sergeant's note: Spoke with farmer at Kilkeel about reports of foreign workers. He employs 3 Latvians, all paid via BACS, live in his renovated cottage which is in good condition. Workers happy.",
      "", "", "", "l")
    E("INT 2/B/P: nom 'Lulu' — Nigerian female in Belfast, runs a network bringing young women for sex work; women told they owe £50k and threatened with voodoo curses if they don't pay.",
      "DB IT", "", "S", "")
    E("The man who owns the car wash has my passport because I asked him to keep it in the safe. I can take it whenever I want. I have my own bank account. I live in a flat with my brother.",
      "", "", "", "l")
    E("Derry: Woman reported that her Romanian neighbour is 'always working' — turns out she runs her own cleaning business. No concerns.",
      "", "", "", "l")
    E("INT: 2/B/C (not for disclosure to employer): worker at a Co Armagh apple orchard states the supervisor 'keeps' €100 per week from each worker's pay as a 'bond' that is never returned.",
      "WW", "ncw", "L", "")
    E("Debrief extract (Sudanese M, 17): 'In the UK they said I am 25 so the hotel would not be for children. The man from the hotel said I can work in his friend's takeaway. I cook and clean, no money. I sleep in the back.'",
      "AV WW", "sw", "L", "h")
    E("Burglary suspect arrested in Omagh states he was 'made to' do it by a gang because of a drug debt; no further evidence. Remanded. Assessed as not credible by OIC.",
      "", "", "", "l")
    E("Call summary: Man (Slovak) says the boss at the factory in Portadown refuses to pay his last week's wages after he quit. He has his documents and a new job. Referred to Labour Relations Agency.",
      "", "", "", "l")
    E("INT 1/B/P: Three Vietnamese nationals located in the back of a lorry at Belfast Harbour; stated they were promised restaurant jobs in Birmingham; each owed £20,000 to the smuggler who will 'find them work'.",
      "DE DB", "", "", "")
    E("Tweet: Disgusted to see kids as young as 10 begging outside the Europa with a grown man watching them from across the street",
      "AV", "", "C", "h")
    E("Visa paperwork issue: Nepalese man (30) living with his sponsor employer in Belfast. He says he is paid fairly, has his own room, and is free to leave. He wants help changing employer only because the hours are too few.",
      "", "", "", "l")
    E("Debrief (Filipina, 35): 'At the embassy house they locked my room at night. Madam slapped me when the tea was cold. I worked every day, never paid. I escaped when they went to London and the gate was open.'",
      "RM PV EO WW", "rm", "D", "")
    E("Public report: Young lads going in and out of a flat at Ballysillan all night, new ones every week. Not sure what's happening but think it's drugs. Maybe just a party flat.",
      "", "", "", "l")
    E("Organ harvesting — Salvation Army note: client (Indian M) says recruiters promised him a job in Belfast, then told him he must sell a kidney in India to pay his visa debt; he refused and was beaten. Now in safe house.",
      "DE DB PV", "", "O", "")
    E("Housing officer: Family of 7 (Roma) in a 3-bed Housing Executive house in east Belfast, overcrowded on the list for transfer. Father works at a meat plant, mother at home. No exploitation.",
      "", "", "", "l")
    E("INT 2/B/P: Worker at Kilkeel fishing boat (Sri Lankan) says skipper told him if he complains he'll be thrown overboard and nobody will know.",
      "IT", "", "L", "")
    E("Officer note: Attended report of 'slave labour' on farm in Fermanagh; the workers were the farmer's own sons working a late silage harvest. Words of advice to caller. NFA.",
      "", "", "", "l")
    E("INT 2/B/P: Dungannon — Timorese workers at a poultry plant say a man called 'Zito' took €2,000 from each of them in Dili for the visa, and they still send him £50 a month from their wages or he says their families will pay.",
      "DB IT", "uf", "L", "")
    E("If anyone had asked me to give up my passport I would have said no, but nobody did. I'm happy at the packhouse, honestly.",
      "", "", "", "l")
    E("Graffiti reported on the peace wall, north Belfast. Council informed for removal.", "", "", "", "l")
    E("Officer handover: 2 x Romanian males from the Mallusk recycling yard now at Belfast & Lisburn Salvation Army safe house. Both say the yard boss 'Ionut' kept their wages for 'the house' — 8 men in a 2-bed — and took their phones. NRM submitted. Interviews Tuesday.",
      "WW AC IS", "oc iso ncw", "L", "")

def part4(E):
    # long texts (several paragraphs, several people, only some facts relevant) and a few one-liners
    E("""INTELLIGENCE REPORT — OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: Hand car wash, Church Rd, Newtownabbey (BT36)

Source reports that the car wash is run by POI Valentin CIOBANU (DOB 14/07/1983) and his brother Marius CIOBANU. Approx 7 workers, Romanian males aged 20-45. Source states the workers are brought each morning at 07:00 in a white Vivaro VRM KXZ 1193 and taken away after 21:00, Monday to Sunday.

Source states the workers live in a house on Shore Rd owned by Valentin; 7 men in 2 bedrooms, one toilet. Source was told by one worker ('Ovidiu') that he gets £150 a month 'pocket money' and that the rest goes to Valentin for the house, food and the van. Ovidiu also said that his identity card is 'with the boss'.

Marius CIOBANU is believed to have no role in the car wash and works at a Mallusk warehouse.

Source did not see any violence.""",
      "EO AC WW RD", "ce lh oc ncw dt et ct", "L", "")
    E("""Safeguarding referral — Belfast Health & Social Care Trust, Gateway Team

Child: A (F, 15), currently in residential care, Belfast.
Referrer: residential social worker.

Over the past six weeks A has returned to the unit after curfew on 9 occasions, twice after 3am. On two occasions she was dropped off by a dark Mercedes; staff noted the driver was an adult male. A has a new iPhone and designer clothes she says a 'friend' bought.

Last night A disclosed to her key worker that she has been taken to flats in north Belfast and Newtownabbey where she was given vodka and cocaine and that 'the fellas' had sex with her. She said she owes 'Jonny' £600 for the drugs and he told her she'll have to 'work it off'. She is frightened that he will come to the unit.

A's younger brother (12), also in care, has no concerns noted.

Action: strategy meeting, PSNI Public Protection Branch notified, CSE risk assessment.""",
      "AV PV DB", "ce", "S", "h")
    E("""Debrief account (transcribed, through Vietnamese interpreter)

He says that he was born in Nghe An and left when he was 16 because his family had debts to the bank. A man in the village said he could work in a nail shop in England and send money home, and the family would pay later.

He says he travelled through Russia and France in lorries for many months. In France he was kept in a camp and the men hit him when he cried. He says he was then put in the back of a lorry to Dublin and then a car to a house in Co Armagh.

He says that in the house there were lights and plants in every room. He was told he must look after the plants and that his debt was now £25,000. He says the doors were locked from outside and the windows covered with black plastic. A man came every few days with food. He did not have a phone. He did not know which town he was in.

He says he was there about 5 months until police came. He says he was scared of the police because the men told him he would go to prison for life.""",
      "AV DE PV DB RM IS IT AC", "rm iso fa plc", "C", "h")
    E("""Call summary — PSNI 101, 14:32

Caller: female, owner of a nail salon, Lisburn.
Caller wanted advice after a customer accused her in a Facebook post of 'slave labour'.

Caller states she employs 4 nail technicians: two Vietnamese women, one Chinese woman and her own daughter. All are on PAYE with payslips, work 9:30-6 five days a week, and live in their own rented flats. Two of them have been with her for 5 years. She offered to show officers the staff records.

The call handler explained how to report malicious communications and that officers could visit to reassure. Neighbourhood officers later visited and spoke to the staff separately; no concerns. Facebook post removed by the author after it was explained.

No offences disclosed. No indicators of exploitation.""",
      "", "", "", "l")
    E("""Victim statement (Polish M, 51) — extract

I came to Northern Ireland in 2019 after my wife died and I lost my flat in Gdańsk. I was drinking a lot. A man I met in the Polish shop in Dungannon said he knew a farmer who needed help with cattle and would give me a room.

The farmer, who I knew as 'Sammy', put me in a caravan behind the sheds. There was no heating and the roof leaked. I worked from first light, milking, mucking out, and in the evenings on the silage. I did not have days off. Sammy gave me cider and tobacco and sometimes £20.

He said he was keeping my wages to pay for the caravan and the drink, and that I owed him money. When I said I wanted to go back to Poland he said I had no papers and the police would lock me up. He kept my Polish ID in his house. Once when I dropped a bucket he kicked me in the leg and I couldn't walk for a week.

In 2023 a vet saw me and spoke to me in the yard. That is how I got away.""",
      "AV WW DB IT RD PV AC EO", "plc dt lh fa pa", "L", "h")
    E("""Public report (online form, spelling as submitted)

i dont no if this is the rite place but im really worried about the people in the house acros from me in portadown. theres loads of them like 12 or more men and 2 weemen and a man in a black audi comes at 5 in the morning and takes them all away in a minibus and they dont come back til after 10 at nite. ive never seen them on a sunday off.

one of the weemen came to my door last week asking for bread she said they have no food till friday and the boss takes there money. she was crying. she had a mark on her face.

the man in the audi came and pulled her back to the house by the arm.

i have his reg it starts LEZ something. please dont say it was me""",
      "EO WW PV AC", "oc ce lh ncw pa", "L", "")
    E("""GLAA-style joint inspection note (Employment Agency Inspectorate / PSNI), food factory, Co Armagh

Purpose: routine agency compliance inspection following complaint.

Findings:
1. Agency 'FreshStaff NI' supplies 60 workers (mainly Bulgarian, Romanian, Timorese) to the factory. Contracts provided in English only.
2. Workers told inspectors that the agency deducts £12 per week for 'uniform and boots' and £30 per week for transport. These deductions are listed on payslips.
3. Workers are paid into their own bank accounts and have their own documents. Accommodation is arranged privately; no worker lives in agency housing.
4. Hours are 40-45 per week on a rota; no evidence of excessive hours.
5. One worker reported that a team leader shouted at him; this has been raised with HR.

Outcome: agency warned regarding PPE deductions (unlawful) and directed to provide translated contracts. No indicators of forced labour identified. No referral to PSNI MSHTU required.""",
      "", "ppe ct", "", "l")
    E("""Caseworker note — Migrant Help (NI), adviser AB

Client: Ms J (Filipina, 38). Came to Belfast in 2022 with a family who relocated from Dubai; domestic worker visa.

Ms J says that on arrival at Belfast International the employer took her passport 'to register her' and never gave it back. She works from 6am to around midnight: cooking, cleaning a five-bedroom house in Holywood, caring for three children and the employer's elderly father. She has never had a full day off. She sleeps on a mattress in the laundry room.

Her salary was agreed at $400 per month to be paid to her family in the Philippines; her sister says nothing has arrived since January. She was told she must not talk to the neighbours and her phone is kept by madam except on Sundays for one hour.

Ms J says she is afraid that if she leaves she will be arrested because the visa is tied to the employer.

Plan: NRM referral (consented), PSNI MSHTU informed, Kalayaan advice line.""",
      "RD EO AC WW IS", "dt lh sw ncw iso fa", "D", "")
    E("""Officer handover — Newry & Mourne NPT, night shift to early

1. Theft of fuel from garage at Warrenpoint — CCTV requested.
2. Concern for welfare: elderly man on Monaghan St, fallen at home, ambulance attended, family informed.
3. Two Romanian men came into Newry station at 23:40 saying they had walked from a farm near Mayobridge. They say the farmer hasn't paid them for 3 weeks work but that they have their passports and phones and just want advice. They have a room in a B&B paid by themselves. Advised re Labour Relations Agency; no exploitation indicators identified; they were satisfied and left.
4. RTC on A1 — no injuries.

Nothing outstanding for earlies.""",
      "", "", "", "l")
    E("""Debrief extract (Nigerian F, 24) — first-person account written with support worker

When I was in Benin City a woman called Madam Joy said she could take me to Europe to work as a hairdresser. Before we left they took me to a shrine, cut my hair and nails and made me swear I would pay her back and never tell the police.

In Belfast I was taken to a flat with three other girls. Madam Joy said I owed her 35,000 euros. Every night a man drove us to different hotels and houses in Belfast and Derry, and I had to see men. All the money went to Madam. When I said I was tired she hit me with a shoe and said the juju would kill my mother.

I did not know where I was. I had no phone. We were never allowed outside alone.""",
      "DE DB IT PV WW IS RM", "iso rm et ncw", "S", "h")
    E("""Press-style summary (for the force's public website)

PSNI detectives from the Modern Slavery and Human Trafficking Unit searched three properties in Belfast and Ballymena on Tuesday as part of an investigation into suspected labour exploitation at car washes.

Seven men, believed to be from Romania, were spoken to by specialist officers and offered support. Police say the men were living in overcrowded accommodation, worked up to 80 hours a week and received only a fraction of their wages, with the rest paid into accounts controlled by the suspects.

Two men aged 38 and 44 were arrested on suspicion of human trafficking offences.

Detective Inspector said: 'Anyone with information can call us on 101 or the Modern Slavery Helpline.'

Separately, a 29-year-old man was charged with a burglary in the Lisburn area.""",
      "AC EO WW", "oc lh ncw", "L", "")
    E("""Bank financial crime referral — summary

Customer: Mr P (British, 71), Carrickfergus.
Alert: customer's current account has received £3,200 from 14 different senders in 10 days and the funds were withdrawn in cash at ATMs in Belfast by an unknown young male.

Mr P was contacted. He explained his grandson (19) asked to 'borrow' the account for a friend's business. The grandson, when spoken to, said a man from the gym pays him £200 a week to receive money into accounts and pass it on, and now says the grandson owes him for 'a lost payment' and won't let him stop.

Account frozen. SAR submitted. Referred to PSNI Economic Crime — possible money mule recruitment.""",
      "DB", "", "C", "")
    E("""Inspection note — fishing vessel, Kilkeel harbour (joint visit PSNI / Maritime and Coastguard Agency / Stella Maris)

Vessel: prawn trawler, 5 crew. Skipper/owner local.

Crew: 3 Filipino deckhands on transit visas, 1 Ghanaian, 1 local. The Filipino crew say they were recruited through a Manila agency, paid a placement fee of USD 2,000, and receive USD 900 a month paid to their families. They say they work up to 20 hours a day during trips of 5-6 days with short rests. They have not been ashore since arriving 4 months ago; the skipper says their visas don't allow it. Their passports are held by the agent in Belfast.

The Ghanaian crew member says he has his own passport and a UK work visa, is paid into his own account and rents a room in Kilkeel; he has no complaints.

Bunks on the vessel damp; one shower out of order.""",
      "EO RM RD WW AC", "uf lh rm dt ncw sw plc", "L", "")
    E("""Victim account (Slovak Roma F, 33), taken through an interpreter

She says that her husband's cousin told them there was factory work in Belfast and a house. She, her husband and their two children (8 and 11) came in 2021.

She says there was no factory. Her husband was sent every day to clear gardens and tarmac with the cousin's men, and she was told to clean the cousin's house and cook for 9 people. The cousin took the family's child benefit and her husband's pay and gave them £30 a week. He said they owed him £4,000 for the journey and rent.

She says that when her husband refused to go to work one day, the cousin beat him in front of the children and said next time it would be the children. She says the children are in school now and doing well.""",
      "DE WW DB PV IT", "ncw", "L D", "")
    E("""Witness statement (shop owner, Botanic Ave) — extract

I run the newsagent. Above the shop there is a flat rented by a man who I know only as 'Andrei'. Since around March there have been women, usually two at a time, living there. They change every week or two. They never come in on their own; Andrei or another man comes with them and pays. The women don't speak to me.

Men come up the stairs all evening, mostly between 8pm and 2am. I've seen the adverts on a website with photos of the flat.

The other tenants in the building are a couple of students and an older man; they have nothing to do with this, as far as I know.""",
      "RM", "rm et sfw", "S", "")
    E("Lad at the car wash in Strabane told me he gets paid fine and has every Sunday off.", "", "", "", "l")
    E("INT 2/B/P: girl, 14, seen in POI Darren QUINN's car again tonight, Shore Rd. Now.", "AV", "", "S", "i")
    E("Door locked from outside, no phone, passport with the boss, please help - text received 02:10 from Larne number.", "RM IS RD", "rm iso dt", "", "i")
    E("Report: lovely family run farm shop near Comber, staff all local, no concerns at all.", "", "", "", "l")
    E("Nail bar girls get £20 a week and the boss keeps the rest for their rent.", "WW", "ncw", "L", "")
