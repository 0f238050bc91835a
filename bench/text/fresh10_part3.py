def add(T):
    # --- no exploitation: benign look-alikes, denials, hypotheticals, ordinary crime ---
    T("Welfare check at the car wash on Dock Rd after an online report. Five workers spoken to separately with an interpreter. All hold their own passports, have tenancy agreements in their own names and payslips. None reported threats or debts. Free to leave and come and go. No offences disclosed.", "", "", "", "l")
    T("my husbands work took his passport to photocopy it for right to work checks and gave it straight back same day, is that allowed?", "", "", "", "l")
    T("Called about a man shouting at a woman in the street in a foreign language. Officers attended: a couple arguing over parking fine. Both spoken to, no offences, no concerns.", "", "", "", "l")
    T("She says nobody ever hit her or threatened her at the restaurant and she was paid every Friday. She left because she found a better job in London. She only wants help with her visa application.", "", "", "", "l")
    T("The farm workers at Greenacres get picked up at 6 by the farm bus which is free, and dropped back at 4. They've got a football pitch and a TV room in the camp. I drive past every day, they seem fine.", "", "", "", "l")
    T("Shoplifting at Boots, male (45) took perfume worth £120, detained by security. Known prolific shoplifter, acts alone, funds own drug habit. Charged.", "", "", "", "l")
    T("I am a live-in nanny for a family in Hampstead. They are very kind, I have my own room and bathroom, weekends off, and my passport in my own drawer. My friend told me to write because she thinks all nannies are exploited, but not me.", "", "", "", "l")
    T("Report of 'people being kept in a house' at 23 Rose St. Attended: extended family of 9 (grandparents, parents, children) living together in a 4-bed house. All adults working or retired, children at school. No concerns.", "", "", "", "l")
    T("im a delivery driver for amazon flex and the hours are mad but its my choice, i log on when i want. not slavery lol just bad pay", "", "", "", "l")
    T("Worker injured at a food factory when his hand was caught in a conveyor. HSE informed. Employee has contract, is paid via payroll, lives with wife. Investigation is into machine guarding only.", "", "", "", "l")
    T("Rumour on the estate that the new takeaway owner 'keeps his staff locked up'. Spoke to staff at the back door — two brothers and a cousin, all on payroll, live in the flat above by choice, have keys. Rumour unfounded.", "", "", "", "l")
    T("Asylum seeker (Syrian, 30M) attended station to report his BRP stolen from his bag on the train. Lives in Home Office accommodation. No exploitation disclosed.", "", "", "", "l")
    T("He said he would have taken her passport if she had tried to leave, but she never tried and he never did. She has it now. She describes the job as hard but fair pay.", "", "", "", "l")
    T("My teenage son has a weekend job washing pots at a pub. He gets minimum wage and his mates work there too. Somebody at school told him it's child labour, is it?", "", "", "", "l")
    T("Domestic incident: husband and wife argument over finances, wife states husband controls the joint account and she is not allowed to spend without asking. No violence. Wife works as a teacher. Referred to DA support for coercive control advice.", "", "", "", "l")
    T("Kidney donation: my mum is donating a kidney to my uncle next month at the QE hospital, we are all so proud of her. Does she need anything from police for travel abroad afterwards?", "", "", "", "l")
    T("GLAA licensing check on labour provider 'FreshStaff Ltd': licence in order, workers paid correctly, no deductions for transport or PPE, accommodation inspected and adequate. Minor record-keeping issue. No further action.", "", "", "", "l")
    T("Anon online report: 'The eastern european guys at the building site across from my house work Saturdays'. Follow-up: site manager provided time sheets; workers work 5.5 days, paid overtime. No concerns.", "", "", "", "l")
    T("Theft of catalytic converter from a Prius on Beech Ave overnight. No CCTV.", "", "", "", "l")
    T("Worried mum: my daughter (16) has a boyfriend who is 17, they go to the cinema, he's polite and I've met his parents. Just checking the age gap is OK legally.", "", "", "", "l")
    T("The au pair we had last year has emailed to say thanks and she's doing a masters now. We paid her the standard allowance and she had evenings and weekends free. I see the news about au pairs and wanted to say it isn't always bad.", "", "", "", "l")
    T("Officer note: Interview with worker at nail bar. Says she is not in debt to anybody, her family in Vietnam are not being threatened, and she lives with her husband. Wishes no further contact.", "", "", "", "l")
    T("Man begging near the cathedral every day, he says he's homeless from Newcastle and spends it on food. No one with him, no one collects him. Referred to outreach for housing help.", "", "", "", "l")
    T("There were never any locks on the doors, I could go out when I liked. The hours were long in harvest but we got paid every hour. I am only writing because you asked all the workers.", "", "", "", "l")
    T("Person reports fraud: someone used my identity to open a credit card. Action Fraud reference given.", "", "", "", "l")
    T("Visa overstayer (Brazilian, 27F) arrested at her home; works as a cleaner for several households at £14 an hour cash. States nobody controls her earnings. Immigration matter only.", "", "", "", "l")
    T("If they had asked me to work for free I would have gone to the police straight away. But they didn't, the job was exactly as advertised.", "", "", "", "l")
    T("Noise complaint about a house party on Friday night. Music until 3am. Neighbours want it stopped.", "", "", "", "l")
    T("Group of lads from Poland living at number 6 — 4 of them in a 3-bed, they rent it themselves from a letting agent, all work at the brewery. Someone reported them as trafficked because they 'look foreign'. They were upset.", "", "", "", "l")
    T("i think someone is selling fake designer bags from a van on the market on sundays", "", "", "", "l")
    T("Hospital: patient on the transplant list for 3 years asked the nurse whether it's legal to buy a kidney abroad. Advised it is not. No further indication of any arrangement.", "", "", "", "l")
    T("Safeguarding review: Young person (15) previously linked to county lines now attending school full time, no missing episodes in 6 months, engaged with youth worker. Case stepped down.", "", "", "", "l")
    T("A woman in Primark was crying with a man shouting at her. I stepped in and it turns out he's her brother, their dad had just died. Sorry for the false alarm", "", "", "", "l")
    T("Hand car wash licence application — council notes owner has provided payroll records, workers' right to work checks, a welfare room and toilet. Recommended for approval.", "", "", "", "l")
    T("Caller saw a man put a child into a car boot at Lidl. Vehicle traced: father loading a toddler's trike, child was in a car seat. No concerns.", "", "", "", "l")
    T("Reported missing: 17F missing from home overnight, returned at 10am having stayed at a friend's. Return interview: no exploitation concerns disclosed, friend's parent confirmed.", "", "", "", "l")
    T("The guy who runs the car wash by me pays his lads £12 an hour and they all go home at 6, I know cos my nephew works there. People assume the worst.", "", "", "", "l")
    T("Employee complains manager made him stay 30 minutes late twice without pay. Advised to raise grievance / contact ACAS. No other concerns; UK national, lives with family.", "", "", "", "l")
    T("INT: Unknown males seen loading TVs into a Transit at night from the rear of Unit 5. Possible handling of stolen goods. 3/C/P", "", "", "", "l")
    T("She told the nurse she sometimes feels isolated because her English is poor, but her husband encourages her to attend classes and she has friends at the mosque. No safeguarding concern.", "", "", "", "l")
    T("the man next door was paying some lads to do his drive, cash in hand, they took 2 days and went. just wondering if thats tax evasion", "", "", "", "l")
    T("Scam text claiming to be from Royal Mail asking for £1.99 redelivery fee. Reported to 7726.", "", "", "", "l")
    T("Debrief: he confirmed the gangmaster never held his passport — 'I had it in my bag always'. He says the only problem was the pay was late once by a week. No threats, no debt.", "", "", "", "l")
    T("I see a woman every morning waiting at the bus stop with hi-vis on, goes to the factory. She's always on her own, smiles and says hello. No issues — just my own curiosity about who works there", "", "", "", "l")
    T("CSC: referral about children at 14 Lime Grove 'doing all the housework'. Home visit: children 12 and 14 have age-appropriate chores, attend school, well presented. NFA.", "", "", "", "l")
    T("Criminal damage: windows of the kebab shop smashed overnight. Owner believes it was local youths.", "", "", "", "l")
    T("Just a worried gran — my granddaughter has got a job at a nail bar on Saturdays and she's only 16. Is that allowed? She loves it and they pay her properly.", "", "", "", "l")
    T("Border Force: Family of 5 arriving from Lahore for a wedding, return tickets booked, documents in order and held by each adult. Child travelling with parents. No concerns.", "", "", "", "l")
    T("Worker (Bulgarian, 40M) asked GLAA officer if he can keep working at the packhouse after his contract ends in October. He likes the job. Accommodation he rents privately. No indicators.", "", "", "", "l")
    # --- exploitation, more voices ---
    T("my mates been working in a car wash in Wolves for 3 months, the owner give him a phone but the owner has the sim pin and checks who he texts. he aint allowed go town on his day off, aint got a day off really",
      "IS RM EO", "iso rmv lh", "L", "h")
    T("At the beginning he was kind, he bought me clothes and said I can live in his house. Then he said I must pay for everything, the clothes, the food, and I must clean his friends' houses too. I cleaned four houses a day. He took the money the friends gave.",
      "DB WW EO", "ncw lh", "D", "h")
    T("INT: Female (Thai, 40s) resident at 'Orchid Massage' sleeps on premises, no personal belongings observed save a carrier bag of clothes. Owner CHAN holds her passport 'for visa renewal'. Sexual services advertised. 2/B/P",
      "RD", "saw fpe dt", "S", "h")
    T("This boy at the bus station asked me for money in broken english and said he has to give 50 pound by night to the man or he gets beaten. He showed me bruises on his arm. He looked maybe 13",
      "AV PV IT WW", "pa", "C", "i")
    T("Unseen helpline: Caller is a shop worker who says a regular customer (Romanian man) comes in each week with a different group of women, pays for their shopping from a bundle of bank cards and keeps the cards in his pocket. Women never speak.",
      "", "mbc ncw sfw", "", "l")
    T("We work in a dessert factory in Wembley. Supervisor keep the door locked while we work so nobody go to smoke. When the fire alarm went off last month we could not get out for a long time. We work 13 hours and the pay is by the tray not the hour.",
      "RM AC EO", "rmv lh", "L", "h")
    T("I was brought to the UK when I was 10 to live with my uncle's family. I didn't go to school. I cooked, cleaned and looked after their babies. When I was 18 they said now I must marry their son so I can stay. I had no papers and they said the police would lock me up.",
      "AV IT", "foa", "D", "h")
    T("Police log: Officers attended 7 Station Cottages re possible cannabis grow. Two Albanian males (19 and 17) found, said they are 'gardeners'. Both had no phones and could not name the town. Rooms full of plants, they slept on mattresses next to the lamps. 17yo stated he owes £12k.",
      "AV IS DB AC", "iso saw", "C", "h")
    T("My daughter works in a sandwich factory through an agency. They charge her £12 a week for the minibus even though she walks there, and took £40 for her white coat and hairnets. When she asked HR they said sign or no job.",
      "WW", "ct ppe", "L", "m")
    T("this is going to sound weird but theres a lady in the house behind ours who only comes out to hang washing at like 11pm and shes always got a bruise somewhere. the family are loaded, big cars, she never uses the front door",
      "PV", "pa", "D", "h")
    T("Debrief (Eritrean, via interpreter): She says the smugglers held her in a house in Sudan and said her family must pay. She says one of the men raped her. She says that a man who could not pay was taken to a clinic in Egypt and came back without a kidney. She reached the UK in a lorry.",
      "PV IT RM", "rmv", "O", "h")
    T("All the blokes at the mushroom farm have to hand over their bank cards on the first day, the gaffer says it's for 'paying rent directly'. He withdraws it all on payday from one cashpoint in town, I've seen him with a handful of cards.",
      "WW", "ncw mbc", "L", "m")
    T("Caller to 101: her 19yo son is in a flat in Blackpool and keeps ringing her crying, saying the men he's with won't give him his passport back and he owes them for the train and the hotel. He says he has to sell for them.",
      "RD DB", "dt", "C", "h")
    T("Safeguarding (college): 17M from Afghanistan, unaccompanied, says he works evenings at a pizza shop owned by his 'cousin' until 3am, then college at 9. Not paid, told he is being 'looked after'. Appears exhausted.",
      "AV EO WW", "lh pa", "L", "h")
    T("I need to speak about my brother, he is in the UK, he went with a man who promised him work in a hotel. Now he says he is in a field picking vegetables with 30 people and the man is always with them and speaks for them to the farmer. They get no money yet.",
      "DE WW", "sfw", "L", "m")
    T("we all had to pay the boss 200 pound for the uniform and the boots before start work. then he took money for the van every day. i was working in the laundry 6 day, from 5 in the morning. he said if we speak with anyone he will call immigration",
      "IT EO", "uf ppe ct lh foa", "L", "h")
    T("INT: Pop-up brothel advertised at Premier Inn, Room 214, rotating females from Romania. Male 'driver' books rooms in his name, holds all mobile phones and collects cash. One female seen with black eye at reception. 2/B/P",
      "IS PV WW", "iso pa ncw", "S", "h")
    T("A&E (paeds): 15F presenting with STI and early pregnancy, accompanied by 'cousin' aged 30. Pt says she lives with cousin's friends and 'helps out'. Refused to give address. Safeguarding lead informed.",
      "AV", "sfw", "S", "h")
    T("The lady from the church has a girl from Ghana who lives in her house and does all the cleaning. The girl told my wife she is 14 and that she is not allowed to go to school because she has to work. The lady says she is her niece.",
      "AV", "", "D", "h")
    T("Boss of the takeaway took my friend's residence card and phone when he started working there. Now my friend is not answering for 2 weeks. Last message was 'I am ok but I cant leave'.",
      "RD IS RM", "dt iso rmv", "L", "h")
    T("Victim account (Chinese, translated): 'They said the restaurant work in UK pays 2000 pounds. I borrowed 200,000 yuan from a snakehead. Now I work in a massage shop and must have sex with customers to pay. I am never allowed to go out. I don't know which city I am in.'",
      "DE DB RM IS PV", "rmv iso", "S", "h")
    T("neighbour's lodger is an old polish guy who drinks, they take his pension card every month and he does their garden and car cleaning, he eats from the bins sometimes. he says they're his friends",
      "AV AC", "ncw pa", "L", "m")
    T("Social media post: 'anyone know about the men working on the new estate, they sleep in the show home garage on camp beds, theres like 10 of them, saw them at 5am washing in the portaloo sink 😢'",
      "AC", "saw oc plc", "L", "m")
    T("Referral (Barnardo's): 13M repeatedly found in a park with older youths carrying bags; disclosed he was 'jumped' and told he now owes £800 for the drugs taken. Has since been sent to Reading twice. Mother reports he has stopped sleeping.",
      "AV DB", "", "C", "h")
    T("Witness statement: I worked with Adrian at the recycling centre. Every morning at 5 a man in a blue van brought him and 6 others. They had no gloves or masks and sorted clinical waste by hand. At the end of the day the same man took them away. Adrian told me he never saw his wages.",
      "AC WW", "ced et ncw", "L", "m")
    T("She says that her employer in Dubai brought her to London for the summer. The interpreter says she worked from 6am until the family went to sleep, had no day off, and her salary was paid into a bank account in Dubai that the employer controls.",
      "EO WW", "lh ncw", "D", "h")
    T("there's a boy living rough in the multi-storey who says the group he came from London with made him rob phones, and they took everything he stole. they put cigarettes out on his arms when he didnt get enough",
      "PV WW", "pa", "C", "h")
    T("INT: WhatsApp group 'UK Job 100%' advertising jobs in UK care homes for Indian nationals at £12,000 'processing fee'. Several victims reporting no job on arrival and being placed in a shared house in Luton owned by the recruiter, 3 to a room, being made to work unpaid in a relative's shop. 2/B/P",
      "DE WW AC", "uf oc", "L", "h")
    T("i did nails in a shop in glasgow for 2 years. no contract no pay slip. she gave me 100 pound a week and i lived in her house with 5 other girls. if we was late she took money off. she keeps telling we are illegal and police will take us to jail",
      "WW AC IT", "oc foa", "L", "h")
    T("Call: woman says her sister is being kept in a house in Leicester by her husband's family, has been locked in the back room for three days without food because she tried to phone home. She is there now.",
      "RM PV IS", "rmv iso", "D", "i")
    T("Bank alert: 22 accounts opened at the same branch within 2 weeks using the same address (a 2-bed flat) and the same mobile number. Account holders are Slovak nationals; salary credits from a food factory withdrawn by one man.",
      "WW", "mbc ncw", "L", "m")
    T("I'm a bus driver. Same 8 men every day get on at 5:10 and get off at the farm, a man in a flat cap pays for all of them and they don't speak. Coming back he's with them again. They look worn out.",
      "", "et ced pa sfw", "L", "m")
    T("Fisherman (Ghanaian) rescued from a trawler in Scotland: 'I was on the boat 11 months. The skipper kept my passport in the wheelhouse. I slept in the fish store. I was paid 300 pounds in all that time.'",
      "RD AC WW", "dt saw", "L", "h")
    T("My wife's friend from Nigeria came here to do hair, the woman who brought her has her passport and takes everything she earns, she says it's paying back the visa and house. She's never allowed to go to church with us.",
      "RD WW DB RM", "dt ncw rmv", "L", "h")
    T("Officer's handover: Vietnamese female (appears 16-17) detained at nail bar during immigration visit, no ID, could not name where she lives. States an 'aunty' drives her to work and back. Vehicle seen leaving at speed when police arrived. Placed in foster care.",
      "AV IS", "iso et", "L", "h")
    T("Reporting a facebook post: 'young girls wanted for hostess work in Marbella, free flights, €5k a month, no experience'. Sounds like trafficking to me but nobody has said anything happened.", "", "", "", "l")
    T("He says the man who gave him work at the hand car wash also made him sign papers at the Jobcentre, and the Universal Credit went into an account the man controls. He says the man told him he would hurt him if he spoke to the Jobcentre staff alone.",
      "IT", "ncw", "C L", "h")
    T("my ex girlfriends new man is pimping her out online, shes a heroin addict and he gives her gear when she goes with men. he keeps all the money. shes only 19. her ads are on the adult site",
      "AV WW", "ncw", "S", "h")
    T("INT: Begging group of 6 Roma adults incl 1 with amputated leg placed daily at stations in central London by male ION; ION collects takings at 1800. Source states beggars housed in a garage in Ilford with no heating. 2/C/P",
      "AV WW AC", "ncw plc ced", "C", "h")
    T("I was told by the agency in Kathmandu the job was in a 5 star hotel. I paid them £3,500. In England it was a curry house in a small town, cooking from 10am to midnight. I sleep in a room behind the kitchen with no window. Boss say he keep my passport so I don't lose it.",
      "DE EO AC RD", "uf lh saw dt", "L", "h")
    T("The old man is always in his garden. His son's friends have moved into his flat and sell drugs, they've told him he isn't allowed in the front room. He's got dementia. He sleeps in his chair in the kitchen now.",
      "AV RM AC", "rmv", "C", "h")
    T("A man at the temple said he knows where to get a kidney 'from India' for my father, £30k, the donor is a poor man who gets paid. I refused. I'm reporting because I think those donors are being used.",
      "AV", "", "O", "m")
    T("The men at the farm weren't allowed to cook, they got one meal a day from the boss and had to pay £40 a week for it. Beds in the barn. One had a bad cough for weeks and wasn't taken to a doctor.",
      "AC WW", "plc pa", "L", "m")
    T("INT: OGUNDIPE (F, 50s) believed to have trafficked 3 Nigerian females for domestic work in Peckham; females work in her home and her daughter's home, sleep in a corridor, and are told the 'oath' will kill them if they run. 2/B/P",
      "IT AC", "plc", "D", "h")
    T("There's this girl in my class (Year 9) who says she has a 21 year old boyfriend who makes her send nudes and go to 'parties' with his mates. She has to do stuff with them or he says he'll dump her and share the pics.",
      "AV IT PV", "", "S", "h")
    T("Hey i work next to the nail place, one of the girls came in for a coffee and wrote on a napkin 'help, he has my passport, I cant go home'. Then the man came and took her back. This was half an hour ago. Shes there now",
      "RD RM", "dt rmv", "L", "i")
    T("I came from Romania to work on a building site. The boss said £80 a day. After the first week he said I owe him for the flight, the room and the food, and every week the debt got bigger. He kept my ID card. After 5 months I still owed more than at the start.",
      "DE DB RD", "dt", "L", "h")
    T("Hi, ringing on behalf of my elderly neighbour, a man and woman 'help' her and have taken her bank cards, pension and house keys. She is frightened of them. Nobody is working for anyone.",
      "AV", "ncw", "", "m")
    T("Case worker (Kalayaan): Client (Sri Lankan, 44F) domestic worker for a Saudi family during their UK stay. Worked 18 hours a day, fed leftovers, slept on the kitchen floor, passport kept by the employer's wife, slapped by the employer's son. Escaped via the back door on a shopping trip.",
      "EO AC RD PV", "lh plc dt", "D", "h")
    T("Referral from hostel: 23M (British, learning disability) says 'friends' take him to different towns to sign up for loans and bank accounts, then keep the cards. He gets a McDonalds. They drive him everywhere and he never knows where he is.",
      "AV IS", "ncw et iso mbc", "C", "m")
    T("There's a lorry driver told me he found 4 men in the back of his trailer at the services near Dover, they were really weak, one couldn't stand. They said a man in France charged them 5000 each. I called the police straight away.",
      "", "pa", "", "l")
    T("Interpreter: She says the man who took her from Romania told her she would work in a bakery. She says in England she was made to sell sex in a flat in Southampton and that she had to pay him £50 a day for the room. She says he slapped her when she cried.",
      "DE DB PV", "", "S", "h")
    T("Our neighbour's 'cousin' from Sylhet, maybe 14, works in their restaurant every evening and weekend until closing, I've never seen him at the school. They say he's 19 but he clearly isn't.",
      "AV EO", "lh", "L", "h")
    T("GLAA inspection: 40 workers at salad packhouse supplied by an unlicensed provider. Workers report paying £250 each to a 'fixer' for the job, deductions for transport to the site, and foremen holding workers' ID 'for checks'. Several say wages short for the last month.",
      "RD WW", "uf ct dt", "L", "m")
    T("My brother was on a scallop dredger out of Brixham. He says the Filipino guys on board got hit by the mate with a rope when they were slow, and they never get off in port because the skipper says they'll be arrested. They work 20 hours when the catch is good.",
      "PV RM IT EO", "rmv lh foa", "L", "h")
    T("I bought a kidney in 2019 abroad and now I feel terrible because I heard the donor was a young man who was forced. I want to tell the police what I know about the clinic and the man in Birmingham who organised it.",
      "", "", "O", "m")
    T("INT: County line 'Benny' operated from 12 Tower Close (cuckooed address of vulnerable female, heroin user). Two IPs aged 15 and 16 from Lewisham held at address for 10 days, phones confiscated, food limited. 1/A/P",
      "AV RM IS AC", "rmv iso", "C", "i")
    T("the man next door brings different girls to his flat every weekend and they look about 15, they go in with him and he locks the door behind them. there's one there now, i can hear her crying",
      "AV RM", "rmv", "S", "i")
    T("Caller (Polish, 50s) says he works at a meat plant, the agency boss takes his wage card and gives him £50 a week, the rest 'for the house'. He sleeps in a room with 7 others. He wants to go home but has no money for the bus.",
      "WW AC", "ncw oc", "L", "m")
    T("Debrief (Vietnamese, 16, via interpreter): He says they took him from France in a lorry and then to a house with plants in Wales. A man stayed downstairs with a baseball bat. He was hit when he asked to leave. He was there for 4 months and did not go outside once.",
      "AV RM PV", "rmv", "C", "h")
    T("work at a big hotel in london, the housekeeping girls come from an outsourcing company, they get paid per room not per hour so they end up on like £3 an hour and cant take breaks, the supervisor yells at them in front of guests",
      "WW EO", "lh", "L", "m")
    T("Woman in her 20s came to the pharmacy asking for the morning after pill, with a man who paid and answered for her. Her arms had cigarette burns. When he left the counter she said 'please, I cannot go home with him' then he came back.",
      "PV", "pa sfw", "", "h")
    T("Online report: 'the beggars on the bridge are the same ones who sell the Big Issue and the same van brings them all. one is a lady with no legs. a man counts the money in the van'",
      "WW", "ced ncw", "C", "m")
    T("I am 17, from Albania. A man in Shkodër said come to London, wash cars, good money. In England he took me to a house with lights and plants and locked the door. He said the journey was £25,000 and I work until it's paid. My mother is sick so I need money.",
      "AV DE RM DB", "rmv", "C", "h")
    T("Hotline note (caller's words): 'they make us work in the warehouse at night and clean the boss house in the day. we sleep maybe 4 hours. he says we owe him for the visa. my friend fainted at work last week.'",
      "EO DB", "lh pa", "L D", "h")
    T("Three women found during a warrant at a flat above a massage parlour: no keys, windows nailed shut, a camera in the hallway, and a list on the wall of 'fines' for lateness and refusing clients.",
      "RM WW", "rmv", "S", "h")
    T("I want to ask about my friend's wife. She came from Kosovo after the marriage and now she works in his brother's bakery every day from 4am. She has no money of her own and is not allowed to phone her parents.",
      "EO WW IS", "lh ncw iso", "L", "h")
    T("Social worker: Young mother (Slovak, 20) with baby living in a flat controlled by her 'boyfriend's' family, who claim child benefit and her UC and give her £20 a week for nappies. She says she isn't allowed out without his sister.",
      "AV RM", "ncw rmv et", "", "h")
    T("Statement (car wash customer): I noticed one lad limping badly and his hand wrapped in tape. The boss shouted at him to keep washing. I asked him if he was ok and the boss came over and said 'he doesn't speak English' and sent him round the back.",
      "AC", "pa sfw", "L", "m")
    T("The day i arrived the man showed me a video on his phone of a boy being beaten with a pipe and said this happens to people who talk. I worked 9 months in his shop in Manchester without pay.",
      "IT WW", "", "L", "h")
    T("INT: Recipient of illegally sourced kidney identified at a London private clinic; donor (Moldovan, 22M) recruited with false promise of construction work in Turkey, told after surgery he owed his travel costs. 2/B/C - NCA lead only.",
      "DE DB AV", "", "O", "h")
