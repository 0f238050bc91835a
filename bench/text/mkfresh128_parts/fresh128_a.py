E("INT 2/B/P: Vietnamese males at nail bar on HIGH ST are locked in the flat above the shop overnight. Manager TRAN holds the only key. Seen being walked to and from work by an older male.",
  "ROM", "et", "L")
E("Anon online report: theres lads at the car wash on the ring road who never go anywhere on there own, a big bloke in a BMW drops them at 7am and picks them up at like 10pm every day even sundays",
  "ROM EO", "et cedl", "L")
E("Caller states neighbour's lodger works nights at the warehouse and comes back at 6am. Caller concerned as he 'never goes out'. Officers attended; male explained he sleeps days and goes to the gym in the evenings. Holds own passport and bank card, works via a licensed agency. No offences, no safeguarding concerns.",
  "", "", "")
E("She says that the lady of the house kept the front door key on her belt. When the family went out, she was locked in with the children's laundry and the dog. She was never taken to the shops. She did not know the name of the street for two years.",
  "ROM ISO", "", "D")

E("Care home inspection note: front door on keypad lock to protect residents with dementia from wandering. Staff know the code, come and go freely at shift change, live off site. Rota shows 3x12h shifts per week. No concerns.",
  "", "", "")
E("POI MARKU Arben DOB 03/04/1989 believed to control 4 x Albanian males at cannabis grow, 14 ELM RD. Windows boarded, door padlocked on outside, food delivered twice a week. Gardeners not seen to leave premises. Grading 2/C/P.",
  "ROM ISO AC", "", "C", "i")
E("Salvation Army caseworker note: client (Eritrean male, 24) housed in our hostel. Hostel has an 11pm curfew that applies to all residents; client understands and has signed the agreement. He attends college 3 days a week and is free to come and go during the day. No exploitation indicators identified at this review.",
  "", "", "")
E("we are not allowed outside the farm. the gate has chain. Mr Florin say police will put us in prison if they find us walking. he take our passport for 'registration' and not give back",
  "ROM RD IT", "foa", "L", "h")
E("GLAA inspection, packhouse, Lincs: labour provider unlicensed (s12 offence). Workers interviewed individually in Polish and Romanian. All hold own ID, paid weekly into own accounts, travel by public bus from town, free to leave. Licensing breach only; referred to enforcement.",
  "", "", "")
E("999 call from a female whispering. Says she is in a flat above a shop, 'they lock me in', man has gone out, she does not know the address, can hear trains. Call dropped. Cell site enquiry under way. Grade 1 response.",
  "ROM ISO", "", "", "i")
E("Bail conditions for DANIELS: curfew 19:00-07:00 at home address, electronic tag. Checked 02:10 — present. No further action.",
  "", "", "")
E("Midwife note: pt 19 y/o, Romanian, booked late at 30/40. Attended with older male who answered all questions and would not leave the room. Pt appeared frightened and looked to him before speaking. Said she 'works in massage'. Given leaflet in Romanian discreetly. Safeguarding referral made.",
  "", "sfw", "S", "h")
E("Student reported lost passport at the station desk. Believes she left it on the train to Leeds. Advised to contact her embassy and complete LS01. No other concerns.",
  "", "", "")
E("INT 1/A/P: SHKODRA Dritan instructs his 'workers' at the car wash that if any of them talk to police their families in Elbasan will be visited. Workers live at the unit and sleep in the back office on mattresses.",
  "IT AC", "swp plc", "L")

E("I worked on the boat for eleven months. When we came in to the harbour the skipper took the gangway up and sat on deck with the keys of the cabin. We were not allowed on the land. He said we owe him for the flights from Manila and the visa, it was 3,000 dollars and every month it was more because food on board he charge us.",
  "ROM DB WW", "", "L")
E("Hi my son's friend is 15 and keeps getting picked up in diffrent cars late at night and comes back with new trainers and 2 phones. his mum is worried sick he wont tell her where he goes. think its drugs",
  "AV", "", "C", "h")
E("Probation note: service user living at approved premises, curfew 23:00-07:00 and signing in required. He complains the rules are 'like prison' but attends his job at the garden centre, which pays him the minimum wage. No concerns of exploitation.",
  "", "", "")
E("Nail bar, Market Sq. Two girls appear very young (possibly under 16) working at 9pm. A woman walks them to a car each night and drives them away; they do not speak to customers except about the nails.",
  "AV ROM", "et cedl", "L", "h")
E("Officer handover: Romanian female IP from pop-up flat op CEDAR says she was not allowed to go out alone. 'Only with Ion, to buy food, 10 minutes.' Ion has her phone and takes all money from the bookings. She says she owes him £2,000 for the flight and it 'gets bigger because of the room'. IP at reception centre tonight, interpreter booked for tomorrow.",
  "ROM ISO WW DB", "et ncw", "S")
E("Remote farm, Herefordshire. Seasonal workers live in static caravans on site. Nearest town 9 miles; bus twice a day and the farm runs a free minibus to Tesco on Saturdays. Workers hold their own documents and bank cards and several were seen in town at the weekend. Caravans clean, 2 per van. No indicators.",
  "", "", "")
E("child (13) from the childrens home keeps going missing, found twice in a flat in town with older men who give her vodka and weed. she says her 'boyfriend' is 22. staff think she is being made to have sex with his mates",
  "AV PSV", "", "S", "i")
E("The boss said that for our safety we must not leave the hotel staff house. At the door there is a camera and one man sits in the car all the night. When I wanted to go to the church on Sunday he said no, the church is dangerous for me because of immigration.",
  "ROM", "foa", "L")
E("A&E note: male ~30, Sudanese, laceration to hand from an angle grinder at a scrapyard. Says he is employed on the books, shows payslip on phone. Friend drove him in. No concerns.",
  "", "", "")
E("Bank alert: 11 different debit cards, all in different Polish names, used at the same ATM on Wellington Rd between 05:50 and 06:10 on the Monday of each week. One male seen on CCTV with all cards. Account holders' wages from a meat factory credited each Friday.",
  "WW", "mbc ncw", "L")
E("Witness statement extract: 'I saw the same four men every morning at about half five being put into a white Transit by a man in a hi-vis. They looked tired and dirty. I never saw them walking anywhere by themselves, and the man counts them in and out of the van.'",
  "ROM", "et cedl pa", "L")
E("Diplomatic household, Kensington. Filipino domestic worker says her employer keeps her passport in a safe 'so it is not lost'. She works 6am to midnight, sleeps on the kitchen floor and has had one afternoon off in 14 months. She is paid £100 a month, sent by the employer to her family in Manila.",
  "RD EO WW AC", "swp ncw", "D")
E("Neighbour dispute re parking; caller states man at no.12 keeps blocking drive with his van. Words of advice given to both parties.",
  "", "", "")
E("INT 2/C/P: Vietnamese youth (believed 16) seen at window of 3 Orchard Way, cannabis smell. Neighbour says the boy is never seen outside and a man brings shopping every Thursday.",
  "AV ROM", "", "C", "i")
E("Au pair, 20, German, asked at the library for help with a CV. Has every evening and weekend off, her own room, paid her agreed pocket money in cash each Friday. Says host family are 'lovely but the kids are a lot'. No concerns.",
  "", "", "")
E("He was never alone. Marius took him to the job, stayed in the van at the site, brought him back. At night the door of the house was locked and Marius slept next to it. When he asked to phone his mother Marius held the phone and listened.",
  "ROM ISO", "et", "L")
E("Local authority safeguarding referral: adult with a learning disability (Mr P, 44) has a 'friend' living in his flat who takes his PIP money each month. Mr P says he has not been able to buy food for a week. No work involved that we are aware of.",
  "", "ncw", "")
E("School referral: Y9 pupil (14) told a TA that she has to go with her cousin's boyfriend to 'parties' at weekends and that men there touched her. She is not allowed to tell her mum. Boyfriend picks her up from the school gate in a black Audi.",
  "AV PSV IT", "", "S", "i")
E("he said if i go from the house he will tell home office and they deport me. so i stayed. he never locked door but i was scared all the time",
  "IT", "foa", "")
E("GLAA note: workers at a mushroom farm are charged £15 a week for wellies and gloves and £10 a day for the minibus from the house, deducted from pay. They live 9 to a 3-bed house that the gangmaster rents. Payslips show take-home of £40-£60 for 50 hour weeks.",
  "WW AC", "ppe ct oc", "L")
E("Hotel housekeeping team of 8 provided via agency. Each worker has own locker key, clocks in and out, paid into own account. A supervisor keeps the master keys to the rooms, not to the workers' homes. Visit closed, no issues.",
  "", "", "")
E("Kidney transplant patient, 57, attending renal clinic for routine follow-up. Donor was his daughter, operation done at the Royal Free in 2021. No concerns.",
  "", "", "")
E("Border Force, Stansted: Albanian male, 22, states he is coming for a 'job in a bar' arranged by a cousin of a friend, fees paid £3,000 which he will 'pay back from wages'. No hotel booked, cannot name the bar, phone contains messages saying 'do not talk to anyone at the airport'.",
  "DB", "uf", "")
E("Anon report. CANT BELIEVE NO ONE IS DOING ANYTHING!!! the chinese massage place on STATION RD has girls living there 24/7 they NEVER come out, blinds always down, men in and out all night, a lad sits in a car outside watching the door",
  "ROM", "swp", "S")
E("Police log: domestic incident, male partner shouted at female, damage to a door. Female declined to support prosecution. DASH completed, medium risk. No third-party or exploitation concerns noted.",
  "", "", "")
E("My uncle brought me from Lagos to help with his children. I did not go to school like he promised. I cook, I clean, I take the twins to nursery and come back. Aunty says I cannot go further than the nursery because I do not have papers and the police take children like me.",
  "AV DEC ROM IT", "foa", "D", "i")
E("INT 3/C/C (handling: not for disclosure to employer): Slovak family of 6 living in a garage behind a terraced house in Peterborough, no heating, one mattress. Adults work at a chicken factory via 'Miro' who collects wages.",
  "WW AC", "plc oc ncw", "L")
E("The manager of the takeaway told us we cannot go outside in our free time because the owner does not want people in the area to see how many workers there are. There is a camera on the back stairs. We eat and sleep upstairs. I worked 13 hours, 7 days.",
  "ROM EO", "swp", "L")
E("Construction site security: all visitors must sign in and be escorted by a site manager; workers must wear passes and cannot leave the site through the plant gate. Standard H&S, explained to GLAA officer at induction. Workers go home each evening on their own.",
  "", "", "")
E("101 report: member of public saw a young woman crying at the bus stop saying she had nowhere to go after her landlord changed the locks over rent arrears. Taken to council homeless team. No exploitation disclosed.",
  "", "", "")
E("INT 2/B/P: CIOBANU Vasile (DOB 12/11/1979) runs a begging group of 5 disabled Romanian adults in the city centre. They are dropped at pitches at 07:00 and collected at 20:00. Takings handed to CIOBANU each evening; beggars given a sandwich.",
  "AV WW EO", "cedl et ncw", "C")
E("She says she cannot go out because the man who owns the house keeps the key and the windows do not open. She says he has not hit her. She says she is paid. Interpreter notes she hesitated when asked how much.",
  "ROM", "", "", "i")
E("thers a van that parks outside 88 at 5am every morning and about 10 people get in its been like that for months. they seem happy enough tbh always laughing and smoking",
  "", "cedl", "")
E("Statement of Mr K: 'The work was at the recycling plant, sorting bins on the line. Sometimes 16 hours. We slept in the container next to the plant. When the gaffer left he locked the yard gate and the dogs were let out, so no one could walk to the road.'",
  "ROM EO AC", "swp plc", "L", "h")
E("NGO caseworker: Indian chef recruited on a skilled-worker visa to a restaurant in Birmingham. Sponsor told him the salary would be £30,000; he actually gets £200 a month 'because accommodation and food are taken off'. Employer keeps his BRP 'for the Home Office'. He says he can go out on his day off but he has had no day off since March.",
  "DEC WW RD EO", "", "L")
E("Custody note: detainee (male, 17, Vietnamese) arrested at a cannabis grow. States he was brought in a lorry, put in the house and told he would be killed if he opened the door. Refers to 'the debt'. Duty to refer: NRM referral made, s45 defence flagged to CPS.",
  "AV ROM IT DB", "", "C", "i")
E("INT 1/B/P: at 22 Holme Rd an elderly man (vulnerable, heroin user) has had his flat taken over by a London line. Two youths stay there. He is told to stay in his bedroom when customers come.",
  "AV ROM", "", "C")

E("Our client Ms D works as a live-in carer for an elderly lady. She has two days off a week, her own key, goes to church and to her friend's house. Her employer's son checks on her wellbeing. Referred here by mistake; closing the case.",
  "", "", "")
E("FAO OIC: IP says every night at about 1am the workers were moved in the back of a van from one house to another 'so nobody knows where we live'. They did not know the addresses. IP could not name the town.",
  "ROM ISO", "et", "L")
E("I was told it was a job as a model in London. When I landed a woman took my passport and said I must pay back €15,000. The first night a man raped me. After that I had to see clients every day in a flat in Leicester.",
  "DEC RD DB PSV", "", "S", "h")
E("Anon: the fruit pickers at Green Acres get the bus into town on Saturdays like everyone else, I see them in Aldi. Just saying because somebody on facebook said they were slaves and that's rubbish.",
  "", "", "")
E("Safeguarding adult referral from GP: patient (47, British, alcohol dependent) says a man gave him a bed in exchange for work on driveways. Works 7 days, is paid in cans of lager and a meal, is never given money. He sleeps in a shed at the man's yard.",
  "AV WW EO AC", "swp plc", "L")
E("INT 2/B/C (not to be disclosed to the council): man at the hand car wash on Canal St seen with a clipboard 'registering' workers and taking ID cards from each. Next day the workers could not produce ID to officers; 'boss has them'.",
  "RD", "", "L")
E("The lads live in the static on the farm and they're out every night at the pub down the road, the farmer drives them there in the Land Rover if it's raining. Good as gold.",
  "", "", "")
E("Victim debrief (interpreter: Polish). He says that the man who found the work, Pan Zbigniew, told them that anyone who went to the shop alone would have to pay a £50 'fine'. He says that the house had a lock on the fridge. He says that they worked in a sandwich factory on nights and the wages went into an account Zbigniew opened for them.",
  "ROM WW AC", "ncw", "L")
E("999: female says her husband has locked her in the bedroom after an argument and taken her phone. Officers attended, female released, husband arrested for false imprisonment and assault. Domestic abuse; no work or exploitation disclosed.",
  "", "", "")
E("I am 16. Me and Kai were sent to Norwich for two weeks, stayed in a woman's flat, we couldn't leave cos the older ones kept the door locked and took our phones. We had to sell the food (crack) from the window.",
  "AV ROM ISO", "", "C", "i")
E("Licensing visit to a massage parlour: all therapists are self-employed, hold their own passports and rent rooms by the day. They set their own hours. A 'receptionist' takes bookings only. No signs of control.",
  "", "", "")
E("Nigerian female, 28, seen by Medaille Trust. Recruited in Benin City, 'juju' oath sworn before travel, told she would be a hairdresser. Owes madam £35,000. Madam sends a man to stand outside the flat in Luton whenever she works. Cannot go out unless the man comes.",
  "DEC DB IT ROM", "et", "S")
E("Agency worker at a distribution warehouse complains that he was paid a week late because of a payroll error. He has since received all his money. He says he likes the job and will stay. Not a modern slavery matter.",
  "", "", "")
E("He kept telling us it was for our own good, that the town was full of thieves. The gate was locked at 6pm and the key was in his pocket. We were allowed to the shop on Sunday, all together, with him.",
  "ROM", "et", "L")
E("Bank financial crime: account opened in name of a Lithuanian male 3 weeks ago; salary from a poultry processor credited; within minutes the whole amount withdrawn by a debit card used in Boston, Lincs by a different male; customer says he 'never had the card'.",
  "WW", "ncw", "L")
E("Public report: little kids (maybe 8 and 10?) begging at the lights on the A6 every day with a woman watching from a car, they knock on windows for hours even in the rain",
  "AV", "", "C", "h")
E("Prison note: prisoner (Albanian, 20) disclosed that he was told he would 'only have to water the plants' and would be paid £1,500 a month. He was never paid. He was locked in the house in Coventry for 6 months; food was dropped off.",
  "DEC WW ROM", "", "C", "h")
E("Press summary: Two brothers were jailed yesterday at Leeds Crown Court for holding a man with learning difficulties in a shed for 13 years and making him lay paving. The victim was not allowed into the main house and was told he would be beaten if he tried to leave.",
  "AV ROM IT AC", "plc", "L", "h")
E("my neighbour says her cousin had a kidney taken out in a hospital in India for money and now hes really ill. it was a couple of years ago. not sure if theres anything to report",
  "", "", "O")
E("Anonymous report: a man at the mosque is offering £10,000 to young lads from Pakistan who will 'donate' a kidney in a clinic abroad; the travel and passport are arranged by him and they have to stay in his house until the flight.",
  "AV ROM", "", "O")

E("Passport held by employer? Worker says NO — she keeps it in her room in a drawer and showed it to us. She has a day off every Sunday. Closing enquiry.",
  "", "", "")
E("INT 2/B/P: Chinese females at 5 flats in the city centre moved every 2 weeks by car at night, always driven by a male known as 'Big Brother'. Each flat advertised on an escort site; girls do not go out and food is brought.",
  "ROM", "et", "S")
E("The factory closes the fire door at 8am and opens it at 6pm, that's the only door we can use. The manager said smoking breaks are finished. We go home at 6, the agency bus takes us, it's free.",
  "", "", "")
E("Witness: 'I asked the Polish lad if he wanted to come to the football and he said he's not allowed, he has to stay at the house with the others unless Tomasz says. Tomasz takes them to work and back. He said it like it was normal.'",
  "ROM", "et", "L")
E("Handover: Vietnamese female, approx 17, arrested shoplifting at a nail bar supplier. Says she lives with her 'aunt' above the nail bar, works 10am-8pm every day, has never been paid. Aunt holds her passport. Age disputed; LA contacted.",
  "AV EO WW RD", "", "L", "i")
E("Sham marriage referral: Slovak woman, 19, brought to UK by a man who said she would work in a hotel. Instead she was told she must marry a Pakistani man for his visa. She was kept in a house in Bradford until the ceremony and her ID card was taken.",
  "AV DEC ROM RD", "", "C", "h")
E("Care worker on a sponsored visa says she works 70 hours a week at a care home and the owner charged her £9,000 for the certificate of sponsorship which she is paying off from her wages at £500 a month. She is free to come and go.",
  "DB EO", "uf", "L")
E("Resident of a sheltered housing scheme reported the new warden keeps the main entrance on a fob after 10pm. Residents have fobs. Explained by housing officer. No further concerns.",
  "", "", "")
E("INT 2/C/P: girls from the local children's home (aged 14-15) being taken to a hotel on the ring road by a group of men in their 20s. Rooms paid in cash. One girl told staff she 'has to' go because they have pictures of her.",
  "AV IT", "", "S", "i")
E("The owner of the car wash said we can leave any time but we have to pay him back the money for the ticket first, £800. Every week he writes in the book what we owe for the room and food so it never finishes.",
  "DB", "", "L")
E("GP note: patient, 31, Brazilian, attended for back pain after lifting at a building site. Lives with partner. Works for a subcontractor, is paid weekly cash. Unhappy with low pay but says he can leave any time and has another job lined up.",
  "", "", "")
E("Debrief, first person (translated): 'In Kent I was on the farm with the other men. Pawel kept the van key and the house key. To go to the town we needed him, and he said no. My phone he took after the first week. One man ran away and Pawel showed us the video where they beat him.'",
  "ROM ISO IT", "et", "L", "h")
E("Hostel staff note: resident (Sudanese, 22) told staff he cannot go out after 9pm because of the hostel rules. Hostel has no such rule; staff checked and found he is being told this by a man who collects him each morning for 'work at a warehouse' and takes his bank card.",
  "ROM WW", "et ncw", "L")
E("Not slavery but: my flatmate works in a restaurant kitchen 60 hours a week by choice for the overtime money. He gets paid for every hour and moans about it. He goes out with us on Mondays.",
  "", "", "")
E("Modern slavery helpline call: caller's sister, 23, from the Philippines, works for a family in Dubai who brought her to London on holiday. She is not allowed to leave the hotel suite, sleeps on the floor by the children's beds and hasn't been paid for 8 months. Family fly back on Friday.",
  "ROM WW AC", "swp", "D", "i")
E("INT 2/B/P: HOXHA Erion believed to hold the phones of 3 Albanian males working on a loft conversion in Barnet. Males not allowed to leave the house where they sleep except in HOXHA's car.",
  "ISO ROM", "et", "L")
E("Council licensing: HMO at 41 Park Lane has 14 occupants in 5 rooms. Landlord is not the employer; occupants work in various jobs, pay rent individually and came forward themselves. Prohibition notice served for overcrowding.",
  "", "oc", "")
E("Report from school nurse: boy (12) comes to school with bruises and falls asleep in class; says he works for his dad's friend washing cars until late, 'to pay for the house'. Not sure if family or third party.",
  "AV EO", "pa", "L", "h")
E("When I said I wanted to go home, he laughed and put the padlock on the outside of the caravan. In the morning he opened it and drove us to the field like nothing happened.",
  "ROM", "et", "L")

E("INT 3/D/P: unconfirmed report that women at a nail bar in Wolverhampton are not allowed to leave. Visit by NPT 2 days later: four staff spoke freely, hold own passports, live with their families locally. Report not substantiated.",
  "", "", "")
E("Eritrean male, 19, told his caseworker that the man who smuggled him through Libya now 'owns' him in the UK. He works at a car wash in Leeds, the man collects his wages every Friday for the $6,000 journey debt.",
  "DB WW", "ncw", "L")
E("Fishing vessel inspection, Newlyn: 6 crew (Ghanaian, Filipino) on transit visas. Crew say they are not permitted ashore; skipper holds seamen's books; 20-hour days during fishing trips. One crew member has untreated rope burn to hands.",
  "ROM RD EO AC", "pa", "L", "h")
E("Dad reported his daughter (16) missing overnight. She returned at 9am saying she stayed at a friend's house. Friend's parent confirmed. No CSE concerns identified. Closed.",
  "", "", "")
E("mate of mine works at a chicken shop and the owner wont let him go on his break outside he has to stay in the back, but he goes home after his shift and gets paid fine, is that even legal lol",
  "", "", "")
E("OFFICIAL-SENSITIVE. IP (Romanian, 34) states she was brought to work in a hand car wash 'cleaning'. On arrival she was taken to a flat and told she must do 'massage'. The door was locked with a deadbolt and the man kept the key. She saw 6-8 men a day. She states he slapped her when she refused.",
  "DEC ROM PSV", "", "S", "h")
E("Warehouse worker with Indian passport states his employer keeps all staff passports in the HR safe 'for right-to-work checks'. When he asked for it to travel to a wedding, HR refused. Otherwise paid properly and lives at home.",
  "RD", "", "L")
E("Call from a Polish man in a layby near Wisbech: he and two others walked out of a house at night through a window because the door is always locked by 'the boss'. They have no shoes, no passports. Officers en route.",
  "ROM RD", "fpe", "L", "i")
E("Council enviro-health: takeaway kitchen staff sleeping in the cellar among sacks of flour and rat droppings. Owner says it is 'only temporary'. Staff say they pay £60 a week each to sleep there and work 12-hour shifts, six days.",
  "AC EO", "swp plc", "L")
E("Salvation Army intake: he says the gangmaster never hit anyone and never locked the doors, but took £250 from each man for finding the job and bus fare, then paid normal wages into their own accounts. He is leaving because the work finished.",
  "", "uf", "")
