# fresh191 part 1: online report form, 101 calls, Crimestoppers, social media
def add(T):
    T("101 call. Caller (neighbour) states there are at least 12 men living at 14 Orchard Rd, Wisbech PE13. Picked up by white van 0500hrs every day, back after 2100. Caller says they look thin and always in the same clothes. No further info.",
      "EO", "OA CE PA LH", "L")
    T("hi there is loads of men living in the house next door to me like 10 or more they go out at 5 in the morning in a minibus and dont come back till late, one of them told me the boss has his passport and he cant go home till he pays back £2000 for the travel he looked terrified when a car pulled up and went straight in. i think its modern slavery pls look into it",
      "RD DB", "OA CE DT UF FA", "L")
    T("Caller reports noise from neighbouring flat, loud music until 0300. No welfare concerns. Advised to contact council ASB team.", "", "", "")
    T("Online report: my neighbour works in the NHS and does 13 hour shifts most days, she is never in, I only ever see her in her scrubs going out at 6am. She seems fine and happy, just tired. I'm only mentioning it because of the posters about slavery at the bus stop lol, probably nothing.", "", "", "")
    T("Crimestoppers: anonymous. Car wash on Bridge St, Stoke (by the old Esso). Workers there all day 8 till 8 seven days a week, no gloves, hands all raw from chemicals. The man in the BMW takes their money at end of day. Sleep in the cabin out the back.",
      "EO AC WW", "LH SW NCW PA", "L")
    T("just seen a girl maybe 15 getting pulled into a car by two older lads outside the chippy on Station Rd, she was crying and saying she didnt want to go back there, black Audi A3 partial reg KX19, happened 2 mins ago, pls send someone",
      "RM AV", "RMS", "S", "immediate")
    T("101: caller concerned about the nail bar on High St Luton. Says the girls working there never speak, a man always answers for them and drives them home in a people carrier at closing. Caller thinks they don't get paid as she saw him taking the cash from the till.",
      "WW", "SFW ET NCW", "L")
    T("Message via Facebook to force page: 'Why are you lot not doing anything about the lad on the corner of Asda every day selling the Big Issue? hes there from 7 till 7 no matter what'. Officers attended; male is a registered Big Issue vendor, lives in own flat, works the hours he chooses. No concerns.", "", "", "")
    T("Report form: There is a house on Clarendon St Derby where different women come and go every couple of days, men arriving all hours. I think its a brothel. The girls don't look English. One of them had a black eye last week. Blinds always down.",
      "PSV", "PA", "S")
    T("101 call from landlord. Says he rents a 6 bed HMO in Gorton, all tenants have their own tenancy agreements, pay own rent by standing order. Had a call from a neighbour accusing him of 'packing people in'. Wants it on record. No concerns identified.", "", "", "")
    T("my mate works at a warehouse in Daventry thru an agency they charged him £150 for the job and take £45 a week for his boots and hi vis out his wages and the transport is £10 a day in the minibus. he ends up with like £90 a week. he cant speak english good and they know it",
      "WW AV DB", "UF PPE CT", "L")
    T("Crimestoppers (translated): Caller says her cousin Ana is kept in a house in Ilford by a family. She cleans and looks after the children all day from 6am to midnight, sleeps on the kitchen floor, is not paid, and they took her passport 'to keep it safe'. She is not allowed to go out alone. Caller has not been able to speak to her for 3 months because they took her phone.",
      "EO WW RD RM ISO AC", "LH SW DT RMS IS NCW", "D")
    T("Tweet tagging the force: 'absolute disgrace the state of the flats above the kebab shop on Market St, rats everywhere, damp, bins not emptied for weeks, the landlord should be locked up'. Passed to environmental health. Tenants are private renters, no indication of exploitation.", "", "", "")
    T("101. Caller works at a Co-op. Says a man comes in every few days with a handful of bank cards in different names and tries them at the cashpoint one after another. Saw at least 6 cards today. Male described as 40s, Eastern European accent, driving silver Vauxhall Zafira FG15 ORT.",
      "", "MBC", "")
    T("Report form - Subject: suspected slavery. There are Chinese men working on a cannabis farm in the house at the end of our road I am SURE of it the smell is unreal, the windows are blacked out and nobody goes in or out except a man who brings food once a week. I saw one face at the window once he looked scared. Someone is living in there and not allowed out.",
      "RM ISO", "RMS IS FA", "C")
    T("101: caller states her son (16) has been going missing for days at a time, comes back with new trainers and 2 phones, has a cut on his hand he won't explain. Found train tickets to Bournemouth in his coat. She thinks older lads from the estate are using him to run drugs. He says he 'owes them' now after his stash got took.",
      "AV DB PSV", "PA", "C", "high")
    T("Online report: I want to report my uncle's wife, she is a very nasty woman and she stole my mums jewellery at the funeral. Nothing to do with slavery but your form was the only one I could find.", "", "", "")
    T("Crimestoppers: A farm near Boston, Lincs (Fen Lane, off the A16) - Romanian workers live in 8 caravans on the site, about 6 to a caravan, no proper toilets, have to pay £60 a week each for it out their wages. Gangmaster called 'Vali' keeps their ID cards. They are told if they complain they will be sent home and not paid the money owed.",
      "AC RD WW IT", "OA PLC DT NCW", "L")
    T("message to force insta: hiya my friend is in a relationship with an older guy he promised her a modelling job in london and now she is saying he makes her sleep with his mates for money and she has to give him all of it. she's 19. she said he'll hurt her little brother if she leaves. i dont know what to do",
      "DEC PSV WW IT", "NCW", "S")
    T("101 call handler log: Caller reports her neighbour's carer comes to the house for about 12 hours a day. Caller concerned 'she must be being exploited'. On enquiry caller states the carer drives her own car, talks about her holidays and family and told caller she loves the overtime money. No concerns. Advised no police action.", "", "", "")
    T("There's lads picked up at 4am from outside the Polski sklep on Fishergate every morning, 15-20 of them into two transits, they get dropped back about 10 at night. Been going on months. One told me they pay the driver a tenner a day for the lift.",
      "EO", "CE CT LH", "L")
    T("URGENT she just messaged me saying she's locked in the room at the back of the massage place on Gloucester Rd and he's taken her phone she's using the old one he doesn't know about. she said he hit her. please go now",
      "RM PSV ISO", "RMS PA IS", "S", "immediate")
    T("Report form. Re: Jade's Car Valeting, Bolton. I've been there loads of times its a proper business, lads are local, they've got the hi vis and gloves provided, owner's alright. Someone posted on Facebook that it was slavery but thats rubbish, I know two of the lads personally.", "", "", "")
    T("101 caller anonymous. States there is an older woman, Polish, living in the garage of 22 Lime Gr, Peterborough, no heating, mattress on the floor. Works for the family in the main house cleaning and cooking. Caller has heard the husband shouting at her 'you will go back with nothing'. Caller doesn't think she gets any money.",
      "AC WW IT", "PLC", "D")
    T("Caller states man begging outside Tesco Express Northgate every day is dropped off by a car at 0800 and collected at 1800 by same driver who takes the money off him. Caller saw the driver push him. Beggar has a limp and appears unwell.",
      "PSV WW AV", "CE PA NCW", "C")
    T("hello just want to say that i think the takeaway on Lodge Lane has a boy working there that looks about 14 during school hours every day, he's there till gone midnight too, never seen him with anyone except the owners, he sleeps upstairs i think.",
      "AV EO", "LH SW", "L", "high")
    T("Online report: my lodger is from Nigeria and she told me she doesn't want anyone seeing her passport so she keeps it locked in her drawer in her room. I'm not worried, just wondered if I should be checking it as a landlord for right to rent? Advice given re right to rent checks. No exploitation.", "", "", "")
    T("Caller's daughter (14) has been talking to a man on Snapchat who says he's 17 but caller found messages offering her £50 and 'free weed' to meet him and his friends at a flat in Rochdale tonight. Caller has taken her phone. Daughter currently at home and safe.",
      "AV DEC", "", "S", "high")
    T("Crimestoppers: info re 'the Kings' - a group running girls from a flat in Sheffield S2, adverts on Vivastreet, girls moved every week between Sheffield, Leeds and Hull. One girl told the informant she came for a job in a hotel but was told when she arrived she owes £5000 and has to work it off. They keep the girls' passports in the car.",
      "DEC DB RD", "DT UF", "S")
    T("101 Caller reports argument between two neighbours over a parked car. Heated words, no violence. Words of advice.", "", "", "")
    T("hi i work at a factory in Corby and i am from Lithuania. the agency man he take my passport when i start and say i get back when i finish 3 months. now is 6 months. they pay me £200 for the month, they say the rest is for house and transport. i live with 9 men in 3 bedroom. i want to go home but i have no money and no passport. please help me",
      "RD WW AC", "DT OA CT NCW", "L")
    T("Facebook message to force: 'Theres a bloke on our estate with a load of kids running around for him, all young, on pushbikes, going in and out of the flats, he gives them phones. One of the kids got battered last week apparently for losing a bag. Sort it out.'",
      "AV PSV", "PA", "C", "high")
    T("101: Caller is a delivery driver. Says at a farm near Evesham he saw 30+ workers eating lunch sat in a field with no shelter in 32 degree heat, no water provided. Supervisor shouting at them. Caller doesn't know anything more.",
      "AC", "", "L")
    T("online form: my ex reckons i'm a slave because I work 60hrs a week at my own restaurant. i own it. she's made a report about me to get at me. just letting you know its malicious.", "", "", "")
    T("Caller ran off the phone quickly. Female, learner English, said 'please help me, I am in house, they not let me go, I don't know where is'. Call traced to a mobile, cell site near Slough. Line went dead. Callback unanswered.",
      "RM ISO", "RMS IS", "", "immediate")
    T("i think the man at number 9 is keeping his wife locked up she never comes out and he does all the talking when anyone knocks and she has bruises every time i see her in the window. she doesnt speak english i dont think",
      "RM PSV ISO", "RMS SFW PA IS", "")
    T("Crimestoppers: Info that a man known as 'Tariq' is using young homeless lads from the Leeds city centre hostels to sell crack for him. He gives them somewhere to stay in a flat in Harehills then tells them they owe him rent and the drugs they 'lost'. If they don't pay he sends them out to Scarborough for weeks at a time.",
      "AV DB", "", "C")
    T("101 call: caller saw a van parked up at Tebay services with men sleeping in the back, says it looked overcrowded. Officers located van, 4 men, Scottish roofers working away, sleeping in van to save money, had own money, own phones, their own firm. No concerns.", "", "", "")
    T("My sister lives in Dubai as a nanny and has her passport taken by the employer there - not in the UK, I know you can't do anything but I'm frightened for her. Signposted to FCDO.", "", "", "")
    T("report: the hand car wash on the A6 Stockport, lads are there all hours sleeping in the shipping container at the back, seen them washing in the car wash hose in the morning, its disgusting, one told my husband they get £20 a day",
      "AC WW", "SW PLC", "L")
    T("101. Caller is a taxi driver. Picks up 2-3 different young women every few days from Manchester Piccadilly and takes them to the same address in Salford. Always booked and paid by same man on an account, he meets them outside and takes their bags. One girl asked the driver where they were.",
      "ISO", "IS ET", "S")
    T("Caller reports son, 19, with learning difficulties, has 'new friends' who have moved into his council flat and are using it to deal drugs. Son now sleeping on the sofa, they have his bank card and collect his PIP. He told mum he's scared of them.",
      "AV WW", "NCW FA", "C")
    T("Crimestoppers: Man called Florin runs a building gang out of a house in Walthamstow E17. Around 15 men in 3 bedrooms. They work on sites all over London, 7 days, paid £30 a day cash when Florin feels like it. He has all their ID cards and their bank cards, draws out their wages himself.",
      "AC EO WW RD", "OA LH NCW DT MBC", "L")
    T("Just a quick one my neighbours have 6 kids and a nanny from the Philippines, she has her own room, own car, goes to church Sunday and out with her friends Saturday. Another neighbour keeps saying she's a slave which I think is racist. Just so its on record.", "", "", "")
    T("hi theres a girl at my school she's 13 she keeps getting picked up by older men in a white golf and she has loads of new stuff and vapes. she told my friend she has to 'do stuff' with them or they will tell her mum about her. shes not been at school for a week",
      "AV IT PSV", "", "S", "high")
    T("Call handler: Caller's husband works on a trawler out of Newlyn. Caller says he is paid properly and is home every 10 days. Caller reporting a different boat where Filipino crew haven't been off the boat in months and are 'paid a pittance'. Caller heard they sleep in the fish hold.",
      "RM WW AC", "RMS SW PLC", "L")
    T("101: Shop owner reports kids shoplifting from his shop every afternoon, same group of 4 aged about 12. Says an older man waits in a car outside and they hand him the stuff. Caller has CCTV.",
      "AV", "", "C", "high")
    T("facebook DM: there is a kitchen in the chinese on Albert Rd where the chef lives in the store room, he never leaves, i deliver there on a thursday he told me he has no papers and the boss says if he goes out the police will get him and send him back",
      "RM IT AV", "SW FA RMS", "L")
    T("Report form: I was at the hospital with my dad who is waiting for a kidney and a man in the waiting room said you can get one from India for £20k 'no questions'. Probably talk but I thought you should know. Dad is on the NHS list, we wouldn't.", "", "", "")
    T("Caller says a young man has been sitting in a car on the drive of 3 Ash Close for 2 days without going inside. Officers attended: male is waiting for keys to his new house, sleeping in car for 2 nights, has family nearby. No concerns.", "", "", "")
