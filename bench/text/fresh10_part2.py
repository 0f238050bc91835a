def add(T):
    T("me and 6 other boys was kept in a flat in Middlesbrough, they took our phones off us when we got there and only gave them back to answer the line. we wasnt allowed out except to do drops. the older one said if we ran hed cut us",
      "IS RM IT", "iso rmv", "C", "h")
    T("Worried about the lady who works in the kebab house, shes there when I walk my dog at 7am and still there at 1am when I come back from my shift. Every single day. Husband says she lives upstairs.",
      "EO", "lh saw", "L", "m")
    T("She says that the man who arranged her job in Qatar also arranged a 'medical' in Cairo. The interpreter adds that she woke with a wound on her back and was told she had been paid $3,000 for her kidney, which she never received and never agreed to.",
      "DE PV WW", "", "O", "h")
    T("INT: Vietnamese male approx 17 seen by neighbours only at night, smoking in back yard of 44 Mill St. Windows covered, electricity meter bypassed. Source believes male does not leave premises; food delivered weekly by IC5 male in Audi A3. 2/C/P",
      "AV RM", "rmv", "C", "h")
    T("Customer at my salon said her cleaning lady has 'no papers' so she only pays her £3 an hour and the lady can't do anything about it, she was laughing about it. i felt sick",
      "AV WW", "", "L", "m")
    T("Can I report my ex who keeps messaging me from new numbers after I blocked him? Non-molestation order in place.", "", "", "", "l")
    T("Man on the fishing boat in Newlyn says he's not been ashore for 4 months, the skipper won't let the Filipino crew off the boat when they're in port, says immigration will arrest them. They eat rice and the fish they catch.",
      "RM IT", "rmv foa", "L", "h")
    T("I was 16 when my boyfriend started making me have sex with his friends. He said I owed him for the weed and the phone. If I said no he would hit me or put the videos on Snapchat. This was in Rochdale.",
      "AV PV DB IT", "", "S", "h")
    T("Residents complain about noise from the HMO at 88 Queens Rd: parties, rubbish in garden. All occupants are students at the university per landlord's records. Environmental health to visit.", "", "", "", "l")
    T("Debrief: I am from Sudan. I worked in the farm in Italy, then a man said UK better. In the UK he put us in a house near a chicken factory. 16 men, only mattresses on floor. One toilet broken. We work 12 hours, 7 days. I did not have a day off in five months.",
      "AC EO", "oc plc lh", "L", "h")
    T("Teacher concern: Yr 8 girl (12) says her 'boyfriend' is 19 and drives her to parties at a flat in the town centre where there is vodka and older men. Today she had love bites and a new iPhone. She says she 'owes him' for it.",
      "AV DB", "", "S", "i")
    T("we employ seasonal workers on our strawberry farm through a licensed GLAA gangmaster, they have their own contracts, bunkhouse with heating and wifi, get paid weekly into their own accounts. happy to be inspected any time", "", "", "", "l")
    T("he never lets her out the flat on her own, even for the shops, and he has her bank card. she works at the laundry he owns and he drives her there and back",
      "RM WW", "rmv et ncw", "L", "m")
    T("POI SMITH Jordan (DOB 04/11/2001) believed to be cuckooing vulnerable female (heroin user) at 3 Larch Close, using address to store and cut crack. Female seen with facial bruising. 2/B/P",
      "AV PV", "pa", "C", "h")
    T("Ma prietena lucreaza la o spalatorie de masini, my friend is working at a car wash in Leicester, boss take his passport and say he owe 2000 for the trip, he sleep in the container, please help him",
      "RD DB AC", "dt saw", "L", "h")
    T("Report on 101: caller saw an advert on a shop window for 'rooms for workers, job provided, £50 per week, deductions from wages'. No contact given beyond a mobile. Caller concerned. Nothing more known.",
      "", "", "", "l")
    T("Press summary: Three men were convicted at Bristol Crown Court of running a block-paving business that forced homeless and vulnerable men to work for little or no pay. Victims lived in filthy caravans, were beaten if they tried to leave and were told their families would be harmed.",
      "AV WW AC PV IT", "plc", "L", "h")
    T("My sister is married to a man in Bradford, she was brought from Mirpur. I call and they never let her speak alone, she said once 'I cant go out' and then the line went dead. She is not allowed to learn English.",
      "RM IS", "rmv iso", "", "h")
    T("Outreach worker: Romanian woman (50s) begging on Oxford St said she is 'with family', gives money to her nephew every night, nephew arranges the room. Says she is free to go home whenever and has her own ID. No further concerns at this time.",
      "", "", "", "l")
    T("The man who organised my job at the abattoir in Wales deducts 'admin fee' of £50 a week, and I have to buy knife and boots and apron from him for £180. Contract say £10.42 per hour but after deductions I get maybe £5.",
      "WW", "ppe ncw", "L", "m")
    T("A&E: 31M Vietnamese presenting with chemical burns to forearms; says he hurt himself 'gardening'. Accompanied by male who paid in cash and insisted on leaving before discharge. Pt unable to give address or GP.",
      "AC IS", "pa sfw iso", "C", "h")
    T("Nobody is being held in the car wash, I work there and we all get paid. The police came last week and spoke to everyone and left happy. Stop reporting us please.", "", "", "", "l")
    T("omg there is a woman knocking on our flat door right now saying a man locked her in next door and she escaped out the window, shes bleeding from her feet and doesnt speak english, we've let her in, he's shouting in the hall",
      "RM PV", "rmv pa", "", "i")
    T("Licensing: Food premises inspection at 'Golden Dragon' takeaway: 2 kitchen staff, one sleeping in the storeroom on a camp bed. Manager states staff member 'prefers it'. No evidence of wages being paid; no records. Referral made to GLAA and police.",
      "", "saw", "L", "m")
    T("He says he came to the UK aged 17 from Eritrea. The interpreter says he was taken by a man to a farm in Lincolnshire where he worked for 'food and bed'. The man kept his Home Office letter and told him if he went to the police he would be sent to Rwanda.",
      "AV WW RD IT", "dt foa", "L", "h")
    T("There's this dude who collects like 20 bank cards from the lads living at the house on Crewe Rd every Friday and goes to the cashpoint. I saw him doing it with a big stack. The lads work at the distribution centre",
      "WW", "mbc ncw", "L", "m")
    T("I work in restaurant in Manchester. The owner keep my passport in the safe. I want to visit my sick mother in Nepal and he says no passport until my contract finish in 3 years. He says I still owe for the visa.",
      "RD DB RM", "dt", "L", "h")
    T("Dad has dementia and his carer from the agency is brilliant, just wanted to check she's allowed to do 12 hour shifts? She says she chooses to. Thanks", "", "", "", "l")
    T("INT: Female victims (Hungarian) held at 'pop-up' address via Airbnb, 12 Canal Wharf, for 72hrs before moved on. Controller known as 'Laci' holds their ID cards and collects cash each morning. Victims reportedly assaulted if they fail to meet targets. 1/B/C - OIC approval before LA dissemination.",
      "RD WW PV", "dt ncw", "S", "h")
    T("I am Filipino seaman. The agency in Manila charge me $4,000 for the placement. The contract on paper said 8 hours but on the scallop boat we work 18. When I hurt my hand the skipper said no doctor, keep working.",
      "EO AC", "uf lh", "L", "h")
    T("Shop assistant caught a 13-year-old boy shoplifting razor blades and baby milk, the third time this month. Boy said a man outside tells him what to take and he gets a tenner. Man had left by the time police arrived.",
      "AV WW", "", "C", "h")
    T("My cousin came to work in the UK on seasonal worker visa, she loves it, works hard on the apple farm in Kent and saves money. Nothing wrong just sharing", "", "", "", "l")
    T("Council housing officer: Inspection of 2-bed flat rented by employer for 'staff': 11 adults (Romanian) sleeping in shifts — hot-bedding. Rent of £70pp deducted from wages. Staff appear tired, several with no winter clothing.",
      "AC WW", "oc pa ncw", "L", "m")
    T("he took my phone and threw it in the river, said i dont need to talk to anyone but him now. this was when he brought me to the house in Derby to work for his family. i did not know where i was, i only saw the inside of the house",
      "IS", "iso", "D", "h")
    T("Hotline call notes (caller's words): 'they keep us in the factory all week, sleep upstairs on cardboard, we go out one time a week with the boss to the supermarket. He is holding our Ukrainian passports. I want to go home.'",
      "RM RD AC", "saw rmv dt et plc", "L", "h")
    T("I run a legit nail salon and we pay all our staff through payroll. A customer accused us on Google of slavery because a worker was crying — her grandmother had died. Please can this be noted.", "", "", "", "l")
    T("Social worker: Child (9) living with 'aunt' not known to be a relative, not enrolled at school, seen carrying shopping and caring for 3 younger children. Child says she came from Nigeria 'to help'. Aunt says child is visiting.",
      "AV", "", "D", "h")
    T("need help asap my friend is at a house in Slough and they wont let her leave, they took her phone and she messaged me from a customers phone, she says the man has a knife and says if she tries to go he'll kill her",
      "RM IS IT", "rmv iso", "S", "i")
    T("Police handover: IP (Slovak 38M) spoke to officers at hostel. States he was recruited in Kosice by a couple who paid his bus fare. In UK they registered him for Universal Credit and took his bank card and all payments. He was not working. Couple has 5 other Slovak men at the address.",
      "AV", "ncw", "C", "m")
    T("My neighbour hit my car while reversing and drove off, I got the reg and a witness. Need a crime number for insurance.", "", "", "", "l")
    T("Victim account (translated from Romanian): 'In Romania he was my boyfriend. He told me in England we will both work and build a house. In England he said I must work on the street. Every night I gave him all the money. If I had less than £300 he beat me with a belt.'",
      "DE WW PV", "ncw", "S", "h")
    T("theres a farm down our lane where they keep the pickers in old horse boxes, no electric, no running water, the kids from the village call them 'the gypsies' but theyre foreign lads working 6am to dark",
      "AC EO", "plc lh", "L", "m")
    T("INT: MAHMOOD Tariq (Pakistani) suspected of arranging sham marriages between EU nationals (Portuguese females) and Pakistani males for £10k per marriage. Females recruited via social media with promise of jobs; passports held by MAHMOOD until after ceremony. 2/B/P",
      "DE RD", "dt", "C", "m")
    T("The woman I saw at the bus stop told me she used to be a slave in a house in Kuwait but now she is in the UK with her own family and free. We had a lovely chat. Not a police matter I guess", "", "", "", "l")
    T("Debrief via interpreter (Tigrinya): He says that he worked at the hand car wash in Leeds for a year. He says that he was paid £25 for a 12 hour day, but most weeks the owner said business was bad and paid nothing. He slept on the car wash floor with two others.",
      "WW EO AC", "lh saw", "L", "h")
    T("My friend is 17 and works at a massage place, she says she 'doesnt do extras' but the manager keeps pushing her and takes half her tips. She's thinking of leaving and he told her she would never work in this town again",
      "AV IT WW", "", "S", "h")
    T("Bank FIU alert: Single personal account receiving salary credits from three different employers in the names of three other individuals; funds withdrawn same day. Account holder is a director of a recruitment company supplying labour to food processors.",
      "WW", "ncw", "L", "m")
    T("Someone keeps dumping rubbish behind the garages on Elm Rd. Its been going on for weeks, mattresses, fridges. Please sort it", "", "", "", "l")
    T("She (Albanian, 22) says that she came to the UK with her boyfriend who paid the smugglers. He told her the debt was £20,000 and she would work in a flat with other girls until it was paid. She says he beat her when she did not make enough. She was rescued in a police raid.",
      "DB PV", "", "S", "h")
    T("guy in our block lets his flat be used by some young lads from London, hes got a learning disability and they take his money on benefits day, they sell stuff from his kitchen and hes scared to go in his own living room",
      "AV IT", "ncw", "C", "h")
    T("Prison note: Prisoner (Vietnamese, convicted of cannabis production) disclosed on induction that he was brought to the UK by a gang, kept in the grow house for 8 months, fed noodles, never allowed out, and threatened that his sister in Vietnam would be harmed.",
      "RM IT AC", "rmv", "C", "h")
    T("Saw a van with about 15 people in the back, no windows, going into the industrial unit at 4am. Could be night shift but didnt look right. Reg starts FN67",
      "", "ced", "", "l")
    T("I was told in Manila by the agency I would get £1,500 a month in London as a nanny and my own room. In the house I got £200 a month and I slept on the sofa. The family said the rest was for my visa and plane which they paid.",
      "DE WW DB", "plc", "D", "h")
    T("The warehouse agency I'm with is great tbh, they pay weekly, overtime is optional and you get holiday pay. Just want to say not all agencies are bad lol", "", "", "", "l")
    T("Interpreter: She says she does not want to go back to the man's house because he has her passport and her son's birth certificate. She says he made her work in his shop and clean the house for 3 years without any money, and he told her the police would take her son away if she complained.",
      "RD WW IT", "dt foa", "L D", "h")
    T("Witness: I do deliveries to a big house near Ascot, a young Indonesian woman always opens the gate, she never goes past the gate, the security man told me she is not allowed out and has not had a day off since she arrived.",
      "RM EO", "rmv lh", "D", "h")
    T("2 girls about 14 getting into a taxi with an older man outside McDonalds at 1am, they looked out of it. Taxi plate 1234. He was touching one of them",
      "AV PV", "", "S", "i")
    T("CSC referral: 16F missing from care home 4 times in a month, returned by taxi paid by unknown male. Found in a hotel in Manchester with two adult males, under the influence of drugs. Disclosed sex with 'friends of my boyfriend'.",
      "AV PV", "", "S", "h")
    T("INT: Vehicle GX63 ABC used to transport 12-15 females (Vietnamese) from shared house in Stoke to nail bars in Staffordshire; collection 0730 and drop 2130 daily. Females are charged £5 daily for transport. 2/B/P",
      "EO", "ct ced et lh", "L", "m")
    T("i live opposite a car wash and the lads there are always laughing, they play football at lunch and go home on the bus. honestly dont think theres anything wrong there despite what people say on the local facebook group", "", "", "", "l")
    T("They told us in Lagos that we would work in a hospital as carers and the visa was free. When I arrive in London the woman collect £5000 for the 'visa process' and keep my documents until I pay. I now work in her house, not a hospital.",
      "DE DB RD", "dt uf", "D", "h")
    T("My son (20, autism) got a job through a man he met online, he is doing 'deliveries' now, the man has his bank card and sends money in and out of his account, my son doesn't understand. I'm very worried",
      "AV", "ncw", "C", "m")
    T("Landlord to police: Flat rented to 'Mr Lee' for storage found to have 6 bunk beds, padlocks on the outside of bedroom doors, and 4 women's toiletries. Nobody present. Neighbours say women came and went with Lee only.",
      "RM AC", "rmv et oc", "S", "h")
    T("Farm worker (Romanian) told the GLAA he was not paid for 6 weeks and the farmer said 'maybe next month'; he wants help to claim. Lives in his own rented house, no other concerns.",
      "WW", "", "L", "m")
    T("i want to report my ex's brother he sells drugs from his car. no idea if theres kids involved just want him stopped", "", "", "", "l")
    T("Debrief: 'He said he would pay £60 per day for the building. I worked 5 weeks. He gave £100 total. When I asked he pushed me off the van and said I am illegal so I have no rights and if I go to police they will deport me first.'",
      "DE WW PV IT", "foa", "L", "h")
    T("Hospital social worker: Pt (Indian, 63F) admitted with malnutrition. Son's family say she lives with them; pt disclosed through interpreter that she cooks and cleans for the household all day and is fed leftovers, sleeps in the kitchen, and is not permitted to call her daughter in India.",
      "AV AC IS", "pa plc iso", "D", "h")
    T("There's a lad in my year at college who says his uncle owns a car wash and he works there weekends for cash. He seems fine, gets paid, buys trainers. Probably not an issue", "", "", "", "l")
    T("The man said 'if u tell anyone about the house ur mum's gonna get a visit'. Then he sent me a pic of her front door. Im 15. I was running bags to Cornwall for him.",
      "AV IT", "", "C", "i")
    T("INT: Intelligence indicates kidney 'donors' recruited from Pakistani villages are flown to UK under false relationship claims to donate to paying recipients; donors paid a fraction of the promised fee. Intermediary AKHTAR arranges paperwork. 3/C/P",
      "DE AV WW", "", "O", "h")
    T("Went into a massage place on the high street for my back. The girl was professional and she said she owns the business with her sister. Good place.", "", "", "", "l")
    T("Care worker in Norfolk: 'my employer deducts £3,000 for a certificate of sponsorship if I quit before 3 years, and I already paid £8,000 in Kerala. I work 60 hours a week, sometimes sleep-ins not paid. I am afraid to leave'",
      "DB EO WW", "uf lh", "L", "h")
    T("Call to 999 from youth worker: 14M just messaged her saying he is in a car with 'Nico' who is taking him to a flat in Ipswich, says Nico has a machete in the car. Boy sounds terrified.",
      "AV IT", "", "C", "i")
    T("Reported: the girls from the massage shop are never let out alone, always a man walks them to the kebab place and back. They look thin and scared.",
      "RM", "rmv et pa", "S", "h")
    T("Complaint about a recruitment agency charging job-seekers £200 registration fee for warehouse jobs. No information about what happens after. Passed to EAS.",
      "", "uf", "", "l")
    T("In Albania they said I would work as a waitress in Italy. They drove me to Durres and then to a boat. In the UK they took my phone. There was a lock on my room. They said if I try to leave they will kill my little brother.",
      "DE IS RM IT", "iso rmv", "S", "h")
    T("I'm a postman. There's a house on my round where a young girl, maybe 11, opens the door in school hours every weekday, looks after a baby. The family are very wealthy. Nobody else in the house is young.",
      "AV", "", "D", "h")
    T("Hi its me again about the packhouse. They now lock the toilets during the shift and you have to ask the supervisor for the key and he says no. The women are crying. Theyre paid less if they go.",
      "AC WW", "", "L", "m")
    T("Neighbour dispute — complainant states resident at no. 10 has 'too many visitors' and 'must be a brothel'. Officers attended: resident is a childminder. No further action.", "", "", "", "l")
    T("Victim account (Vietnamese, translated): 'In the nail shop I worked from 9 in the morning to 9 at night. The boss gave me £50 per week. He said the rest is paying the money my family borrowed for my travel. I did not know how much I still owe. I slept in the room behind the shop with two other girls.'",
      "EO WW DB", "lh saw", "L", "h")
    T("Just seen a woman in the garden of the big house on Kings Rd chained by the ankle to the shed. Shes trying to get loose. Please send someone now!",
      "RM PV", "rmv", "", "i")
    T("NHS transplant unit: patient returned from overseas (Pakistan) with a new kidney, states purchased from a 'hospital broker' for $45,000 cash. Donor unknown. Referral to HTA and police for transplant tourism concern.",
      "", "", "O", "m")
    T("a man approached my 16 yr old son outside the gym and asked if he wanted to earn £300 a week 'delivering'. My son said no and walked off. Just letting you know",
      "", "", "", "l")
    T("Case note (Medaille): Client (British, 35M, former soldier with PTSD) befriended by a family at a Traveller site; worked laying tarmac for 7 years for 'keep', lived in a shed with no heating, beaten with a shovel when he tried to leave.",
      "AV WW AC PV", "plc", "L", "h")
