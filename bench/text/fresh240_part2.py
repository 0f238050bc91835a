# fresh240 part 2: partner referrals, case notes, negated and hypothetical mentions, organ cases
def add(T):
    T("Kidney transplant patient at the Northern General, 42, received a kidney from his sister. Family visiting daily. Ward staff asked whether any concern; none, living related donor fully assessed by the transplant team.")
    T("INT 3/C/P: Information that a man in Page Hall is recruiting Roma men to travel to Turkey to 'sell a kidney' for £5,000, with flights paid and a debt if they change their mind. One man has already gone and came back with a scar and no money.",
      "DEC DB AV WW", "PA UF", "O")
    T("Safeguarding referral (Sheffield Children's): 17yo Afghan UASC says he was offered money in Calais to 'give a part of the body' to pay his journey. He refused and says nobody forced him, he came to the UK in a lorry and was placed with foster carers. No ongoing exploitation identified.")
    T("Welfare visit, Doncaster. Checked on a Polish man who had been reported as 'working all hours'. He is a self-employed plasterer, works long hours by choice to save for a house, has his own van and bank account. No concerns.")
    T("Note from a Barnsley church: a Nigerian woman told our pastor she was brought here by a 'madam' who said she would be a hairdresser. The madam did a juju ceremony before she left Benin and told her if she runs away or talks to police her mother will die. She is made to sell sex in Leeds and Sheffield and gives all the money to the madam to pay off a debt of £35,000.",
      "DEC IT DB WW", "FA UF NCW", "S")
    T("Call handler: female caller (English, 40s) says her son's girlfriend 'is a sex worker, she works from her own flat, does her own adverts and keeps her money, nobody pimps her', but caller wants her moved out. Advised civil matter.")
    T("Debrief, Rotherham. Ukrainian woman (Homes for Ukraine) says her host makes her clean the whole house and look after his elderly mother every day with no pay and has told her if she complains he will end the sponsorship and she will be 'homeless and deported'. She has her own passport and phone.",
      "AV IT WW", "FA", "D")
    T("Custody record: 16yo detained in a trap house in Mexborough with 40 wraps. He has a fresh knife wound on his thigh and says 'it was my fault, I lost the phone'. He won't name who he works for. Social services informed, NRM submitted.",
      "AV PSV", "PA FA", "C", "high")
    T("Referral from Sheffield Citizens Advice: client is a Bulgarian man, 38, who was promised £12/hr on a poultry farm by a recruiter in Sofia. Was actually paid £3.50/hr after 'deductions' for rent, transport, work clothes and an 'admin fee'. The recruiter holds his ID card. He is too afraid to leave because he owes £900 for the journey.",
      "DEC WW RD DB", "DT PPE CT UF FA", "L")
    T("Report from a Doncaster hand car wash manager who says an ex-worker is accusing him of taking his passport. Manager states the worker left voluntarily and took all his documents with him. Worker, when contacted, confirmed he has his passport and left because he found a better job. NFA.")
    T("Call: 'I think the woman next door is a slave, she's never allowed out the house on her own and her husband's family shout at her all day, she does all the cooking and cleaning for about 10 of them'. Address Broomhall, Sheffield.",
      "RM", "RMS", "D")
    T("Intel log: BAKER, Jade (24) recruiting young women via Instagram for 'modelling'. When they turn up at her flat in Sheffield she photographs them and posts the pics on escort sites, then sends them out to clients. Takes 70% of earnings.",
      "DEC WW", "NCW", "S")
    T("MOP via web form: my uncle has been working on a farm near bawtry for 2 yrs, he says there fine, they pay him right and he can leave whenever. i just want to double check its legit cos the boss is a bit rough. thanks")
    T("IDVA note: Client says husband 'would kill her if she ever tried to leave'. No work element, no exploitation disclosed. DA only.",
      "IT", "", "")
    T("NRM outcome letter: positive conclusive grounds for Mr T (Vietnamese, now 19), exploited in cannabis cultivation in Rotherham 2023-24.",
      "", "", "C")
    T("Salvation Army first responder note: Woman (Romanian, 50) living in a tent in Don Valley, says the man who brought her kept her ID card and put her to beg outside Tesco on Infirmary Rd every day and took the coins. He hit her when she didn't bring enough. She ran away two days ago.",
      "RD WW PSV", "DT NCW", "C")
    T("Child protection conference minutes: K (14) is believed to have been groomed by older males in Doncaster town centre who give her alcohol, cannabis and lifts. She has disclosed being made to 'do stuff' with one of their friends 'to pay back' what she owes for the weed.",
      "AV PSV DB", "", "S", "high")
    T("GLAA: a Sheffield nail bar owner is said to keep the staff's passports locked in a drawer in the shop, pays them in food and £50 a week, and they sleep in the flat above on mattresses, six girls to two rooms. INT 3/B/P.",
      "RD WW AC", "DT OA NCW", "L")
    T("Phone call from a worried mum, Rotherham. Her daughter (19) has a new boyfriend who picks her up every day and she's stopped seeing her friends. Mum doesn't like him. No mention of money, sex or work; daughter says she's happy. Advice given re Clare's Law.")
    T("Debrief (Sheffield, via Tigrinya interpreter): 'He said the job is in a hotel, I will have my room, I will have money to send home. But there is no hotel. I clean his house and his brother's house. I don't have money, I don't have phone. My family don't know where I am. I don't know this city, I don't know the name of the street.'",
      "DEC WW ISO", "IS", "D")
    T("Housing association (South Yorkshire Housing): our tenant, a vulnerable man with schizophrenia, has people staying who have taken over his flat. He's sleeping in the bathroom. Drug users coming and going. Worried it's cuckooing.",
      "AV AC", "PLC", "C")
    T("Intel: LUCA, Ionut (33) is believed to arrange sham marriages between Romanian women and Pakistani men in Sheffield. Women brought over on the promise of cleaning work, then told they must marry to pay off the £4,000 travel debt. INT 3/C/P.",
      "DEC DB", "UF", "S")
    T("Ops log: Officer attended a factory in Dinnington following an anonymous call about workers being locked in overnight. All exits open, fire doors working, night shift workers all on site voluntarily, agency paperwork in order. Caller unfounded.")
    T("Victim statement excerpt: 'He told me I had to sleep with his friends or he would tell the Home Office where I was. He said they would put me on a plane. I did it because I was scared. He kept my BRP in his car.'",
      "PSV IT RD", "DT FA", "S")
    T("Crimestoppers report: a man in Thurnscoe 'keeps' Polish lads in his house and sends them out each morning in a van to building sites. They work 7 days. He takes their bank cards when their wages go in and gives them a bit of cash back. One has a broken hand that never got looked at.",
      "EO WW", "CE LH NCW PA", "L")
    T("Barnsley Hospital A&E: female, 22, presents with facial injuries, says she fell. Accompanied by a male who answered all the questions and would not leave her side. She has no phone. Staff concerned. Male gave an address in Athersley. Possible DA or exploitation.",
      "PSV", "PA SFW", "")
    T("Caller is a taxi driver: 'every night I pick up girls from a house in Intake Doncaster and drop them at hotels, the same bloke books it and pays and tells me where to go, the girls never speak and one looked about 15'.",
      "AV", "ET", "S", "high")
    T("Case note, Doncaster Children's Services: C (16) is in a relationship with a 23 year old man who controls who she sees and checks her phone. No indication of sexual or criminal exploitation at present; monitoring.",
      "AV ISO", "IS", "", "high")
    T("INT 3/B/P: DIACONU family run a begging network in Sheffield city centre. Children aged 8-12 seen begging on Fargate during school hours, watched by an adult on a bench who collects the money every hour.",
      "AV WW RM", "NCW", "C", "high")
    T("Statement from a Sheffield hotel receptionist: 'A man checked in with a young girl, he had her passport, he was quite aggressive. When I asked her name he answered for her.'",
      "RD", "DT SFW", "")
    T("Call handler: caller (Doncaster) says her Filipino carer 'Ana' who looks after her father is brilliant, works three days a week and lives out. Caller only wanted to ask whether she needs to check right to work. Advised to contact Home Office.")
    T("Charity referral (Ashiana Sheffield): Bangladeshi woman, 27, brought to UK on a spousal visa. In-laws took her passport and jewellery, she is not allowed to leave the house, she does all the housework for a family of 9 from 5am, and her husband beats her. She is not allowed to use the phone or speak to her family in Sylhet.",
      "RD RM EO PSV ISO", "DT RMS LH IS", "D")
    T("INT 2/B/P: cannabis grow above a shop on Duke St, Sheffield. Albanian male 'gardener' told police he owed 'the boss' £17,000 for his travel and would work it off. Says he goes to the shop next door when he wants, has a phone and is not locked in.",
      "DB", "UF", "C")
    T("IP (Slovak, 60) states he worked at a scrapyard in Rotherham for 6 years. He was given a caravan on the yard, no heating, a bucket for a toilet. He was paid '£20 when the boss remembered'. The boss would not let him leave the yard in the evenings and had his ID card.",
      "AC WW RM RD", "SW PLC RMS DT", "L")
    T("Local Authority Prevent/safeguarding meeting: discussed 12 cases, none involving modern slavery.")
    T("PC 1234 SMITH: Attended the 24hr shop on Wicker Sheffield re a fight. Young male worker says he is paid £2 an hour, works 16 hours a day and sleeps in the stock room, and the owner keeps his passport 'so he doesn't run away'.",
      "WW EO AC RD", "LH SW DT", "L")
    T("Email from a Barnsley academy: parent of a Y8 boy says he has been getting texts from an unknown number telling him to 'collect a package' and that 'we know where you live'. He has been too scared to go out.",
      "AV IT", "FA", "C", "high")
    T("debrief (learner English, Doncaster): 'boss he say no pay this month because rain, no work in field, but we still must pay house £70 and bus £5 every day. Now I owe him £400. He say I not go home until I pay.'",
      "WW DB RM", "CT NCW RMS", "L")
    T("Report from a Rotherham mosque: a young Afghan man is working 12 hours a day in a car wash and told the imam 'I am free, I can stop when I want but I need money to send home'. He lives with family. No concerns beyond low pay.")
    T("Sheffield Hallam student union: international student reports an agency promised her a paid care job and took £1,500 for a 'certificate of sponsorship' that turned out to be fake. She has never started work. Referred to Action Fraud and the university.",
      "DEC", "UF", "")
    T("Care Quality Commission flag: care agency in Barnsley brings carers from Zimbabwe on sponsored visas. Carers say they were charged £8,000 'recruitment fee', work 70 hour weeks, have their pay cut for 'training', and are told they'll be reported to the Home Office and lose their visa if they leave.",
      "DB EO WW IT", "UF LH", "L")
    T("PCSO: visited the Thai massage parlour in Doncaster (licensed). Staff all self-employed, hold their own passports, set their own hours. No concerns, no sexual services advertised.")
    T("Call 1077 of 14/11: Rotherham. Female screaming 'help me' from an upstairs window of a house on Psalter Lane... correction, Moorgate Rd Rotherham. Neighbour says a young foreign girl lives there who never goes out. Units dispatched.",
      "RM", "RMS IS", "", "immediate")
    T("Case note: R (Polish) discloses to the IVA that at the Goole and Doncaster packing factories he was 'sold' between gangmasters. The gangmaster 'fined' him £50 every time he was late and for using the phone, and the fines went on his debt.",
      "DB WW", "", "L")
    T("Intel: Snapchat account 'sheff_snow_24/7' advertising crack and heroin deliveries across S2, S5 and S8. Runners believed to be school-age. No further detail on who they are or how they are controlled.",
      "", "", "C", "high")
    T("Barnsley Council housing: tenant complaint about a neighbour's dog barking. Referred to environmental health.")
    T("DC note: Victim T has now disclosed that the man who ran the car wash in Hexthorpe used to punch the workers if the cars weren't done fast enough, and kept everyone's passports in his BMW. He made them work 8am to 9pm every day.",
      "PSV RD EO", "DT LH", "L")
    T("Sheffield Cathedral Archer Project: rough sleeper (British, 35, alcohol dependent) says a man offered him a room and work laying tarmac. He went for two weeks, 'they gave me a can and a sandwich and no money', then he walked off. Now back on the streets.",
      "AV WW DEC", "", "L")
    T("IP disclosed to the nurse at Doncaster Royal that she was forced to have sex with men in a house in Balby and was not allowed to keep her phone. She is 19 and from Romania.",
      "PSV ISO", "IS", "S")
    T("Traffic: Sprinter van YR19 DHN stopped on the Parkway at 0515 with 14 men in the back on bench seats, no seatbelts. Driver said they're going to a meat factory in Rotherham. Men said they pay £15 a day each for the lift out of their wages. Two had no ID.",
      "AC WW", "CE CT NCW", "L")
    T("Intel: persons unknown offering 'kidney donation' for money on a Facebook group for Sheffield's Pakistani community. No victims identified, no evidence anyone has been recruited or harmed. Passed to NCA for awareness.")
    T("Caseworker (British Red Cross, Sheffield): Eritrean woman, 31, says she was held in a house in Libya for 6 months before crossing. Since arriving in the UK she lives in asylum accommodation and is not being exploited here. Historic exploitation abroad only.")
    T("School nurse, Rotherham: pupil (F, 15) has a new older boyfriend who she says 'buys me everything'. She has had an STI test, and has told a friend she had to 'sleep with his cousin' as a favour. Referred to CSE team.",
      "AV PSV", "", "S", "high")
    T("Debrief: 'I work at the car wash. I have my passport, it's in my room. My boss pays me £60 a day, it's OK. But I work from 8 to 8, every day, there's no day off, and if I take a day he says don't come back.'",
      "EO IT", "LH", "L")
    T("Officer stop: 4 females in a Mercedes on the M1 at Tankersley, driver has a bag with 4 passports and 6 bank cards in different names, phones in the glovebox. Women said they were going 'to work'. Intelligence links the driver to brothels in Leeds and Sheffield.",
      "RD WW ISO", "DT MBC ET NCW", "S")
    T("Sheffield City Council Adult Safeguarding: man (Irish Traveller, 48, learning disability) found living in a horsebox at a site near Stocksbridge, working for the site owner laying driveways, unpaid for years. He says he's 'always lived there' and 'the boss is good to me'. Owner says he is family.",
      "AV WW AC", "PLC", "L")
    T("CCTV report Doncaster town centre: two males fighting outside a nightclub, both arrested for affray.")
    T("Call handler: Male caller (Hungarian) says 'I want to go home to Hungary but the man says I cannot until I pay £1,000 for the house. He is watching me, he lives with us. I have no money. Please help.' Location: flat in Elsecar.",
      "DB RM", "RMS", "L")
    T("Agency worker told us at the Barnsley Job Centre that he 'does a lot of overtime, 60 hrs a week' at the Ardsley distribution centre. He is paid properly for it and wants a second job. No concern - flagged only because the word overtime came up.")
    T("Referral from Doncaster Refugee Service: Iranian man (26) says a person in the asylum hotel 'arranged' him work in a takeaway and now takes half his pay for 'finding the job'. He is told that if he stops paying the man will tell the Home Office he has been working.",
      "AV WW IT", "NCW", "L")
    T("INT 3/B/P: Chinese female (nom 'Lily') advertised on an adult services site, phone 07700 900318, location 'Sheffield city centre'. The phone is answered by a man who sets up the bookings. Same number linked to ads in Nottingham and Derby last month. Suggests women moved around.",
      "", "SFW", "S")
    T("Caller says her Romanian neighbours 'live 15 to a house' and she thinks it's 'obviously slavery'. Officers attended: 3 families (related), each with their own tenancy agreement and jobs, children at school. No exploitation, overcrowding referred to council.")
    T("Debrief of male (Albanian, 19) arrested at a cannabis grow in Rawmarsh: 'They beat me with a bat when some plants died. They said if I run they will kill my father. I couldn't go out, they locked the door. The window was nailed.'",
      "PSV IT RM", "RMS", "C")
    T("Rotherham Youth Service: lad (13) told a worker his older cousin gives him £50 to take 'parcels' to a house on the Ferham estate after school. He thinks it's 'just weed' and likes the money.",
      "AV", "", "C", "high")
    T("Sheffield Food Bank note: Polish couple with no food, say the agency that brought them took their wages for the last 3 weeks because 'the house costs and the van costs', and they have nothing left. Their passports are with the agency 'for the paperwork'.",
      "WW RD", "NCW DT CT", "L")
    T("Met colleague from an NGO at the Doncaster Modern Slavery Partnership meeting to discuss training dates. No cases discussed.")
