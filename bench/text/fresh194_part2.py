# fresh194 part 2: ports and airports, sexual exploitation, county lines, criminal, domestic servitude
def load(T):
    T("Border Force, Stansted Airport, 0640 hrs. Two Brazilian females (19 and 21) arrived on a flight from Lisbon. Both had the same printed hotel booking and a phone number for 'Ricardo'. Told officers they came for modelling work. One had messages on her phone from Ricardo about 'clients' and 'prices'. Safeguarding referral made, both declined NRM at this stage.",
      "DEC", "", "S")
    T("Stansted Airport police. Passenger travelling alone (F, 24, Romanian) stopped on arrival; had no idea where she was going to stay, said a man would meet her. Her ticket was bought by a third party. Man who came to collect her gave an address in Luton and left when he saw police. Concern for sexual exploitation. Referred to the Salvation Army.",
      "", "", "S")
    T("Luton Airport. Male passenger (Nigerian, 30) returning from Lagos with an elderly relative. Relative is a kidney donor for the passenger's brother at the Royal Free. Hospital paperwork verified, living donor assessment completed, family relationship confirmed by DNA. No concerns.",
      "", "", "")
    T("Adult working girl on a site advertised as 'New in Luton, young Romanian'. Ads posted by the same phone number for 6 different girls in 4 towns across Bedfordshire over 3 weeks. Phone number attributed to a male, STAN Gabriel. Girls moved every few days. INT 2/B/P.",
      "", "", "S")
    T("Essex Police. Brothel at flat 4, 211 Southchurch Road, Southend. Three women present on warrant, all Chinese nationals. Rota on the wall: 10am till 2am, 7 days. No passports found in the flat, women said 'the boss has them'. One woman had bruising to her upper arms and would not say how.",
      "EO RD PSV", "LH DT PA", "S")
    T("She said it was her boyfriend who bought her the ticket to England. He said they would live together and she could study. When she arrived in Peterborough he took her to a house and told her she had to 'work' to pay back the ticket and the rent. She was forced to have sex with men up to 10 times a day. He kept all the money.",
      "DEC DB PSV WW", "NCW", "S")
    T("Harwich International Port. Lorry from Hook of Holland searched at 2300. 5 Eritrean males found in the trailer among pallets of tyres. Very cold and dehydrated. All claimed asylum. No indicators of exploitation at this stage beyond the smuggling itself. Handed to IE.",
      "", "", "")
    T("Anon report: 'theres girls being brought to the flats above the kebab shop on Eastgate in Peterborough at night in a black BMW, different girls every week, they look young and scared. the driver waits outside and takes them away again about 5am'",
      "", "ET FA", "S")
    T("County lines intel (Essex): 'JAY' line operating between East London and Clacton. Runners believed to be 14-16 yrs, kept in a trap house on Pier Ave. One runner (15) reported missing from Tower Hamlets three days ago, believed to be in the house now.",
      "AV", "", "C", "immediate")
    T("Missing child, 15, Chelmsford. Returned after 4 days. Return home interview: found with £600 cash and two phones. Says older males 'looked after' him in Basildon. He had a cut to his hand. Denied being made to deal. Mum thinks he's been 'got at'. CCE screening tool scored high.",
      "AV", "PA", "C", "high")
    T("Intel 2/B/P: males in a flat in Lowestoft are cuckooing a vulnerable 58 yr old with MS. They have been dealing crack from his flat for 2 weeks and he has told neighbours he is scared to go out. They take his PIP money.",
      "AV WW IT", "NCW FA", "C")
    T("Police attended a cannabis grow in a bungalow in Witham. 1 male present, Vietnamese, approx 17, says he does not know where he is. Doors locked from outside, windows boarded. Sleeping on a mattress next to the plants. Says he was brought by car at night and told he owes money. Treated as potential victim.",
      "AV RM ISO DB AC", "IS RMS SW PLC", "C", "high")
    T("Domestic servitude suspected. Nanny (Filipina, 38) employed by a family in Great Shelford, came in with her employers on an overseas domestic worker visa. Told a church volunteer she works from 6am to midnight, sleeps on the floor of the children's room, has never had a day off in 2 years. Employer keeps her passport. Paid £200 a month sent to her family by the employer. The church volunteer has given her the Kalayaan number and the helpline. She does not want police to attend the house while the family is there. Plan: safeguarding visit arranged through the church on a Sunday when she is allowed to attend services.",
      "EO AC RD WW", "LH DT NCW", "D")
    T("Cleaner working for a family in Bedford on a zero hours contract says she works 20 hours a week and is paid properly. She wanted to know how to get a copy of her P60. No concerns.",
      "", "", "")
    T("Social care: vulnerable adult (F, 45, learning disability) living with her brother's family in Luton. Neighbours report she does all the cooking and cleaning, is rarely seen outside except to put bins out, and her disability benefit goes to the brother. She told a social worker 'I'm not allowed to go to the day centre any more'.",
      "AV RM ISO WW", "IS RMS NCW", "D")
    T("Begging at Cambridge station. Two Romanian women, both with the same handwritten sign. Dropped off at 7am by a man in a silver Vauxhall Zafira, collected at 6pm. Man takes the money off them in the car. INT 3/B/P.",
      "WW", "CE NCW", "C")
    T("Dear Sir I am writing about my neighbour in Colchester. There is a young woman living with the family next door who I never see go out on her own. She does the garden, hangs washing, takes the kids to school and walks back. When I said hello she looked terrified and ran inside. The wife shouted at her in another language. I think she might be a slave. Please check.",
      "RM", "RMS FA", "D")
    T("Operation at Felixstowe: container from China opened, 2 males found inside. One taken to Ipswich Hospital with severe dehydration. Both say they paid a 'travel agent' and were promised jobs in restaurants. Now told by the agent they owe £20,000 each. NRM referral.",
      "DEC DB", "UF", "L")
    T("Brothel info. 'Massage' parlour on Lincoln Rd Peterborough. Girls live on site, don't go out, food is brought in. Punter review says 'girl said she can't leave until she pays her boss back'.",
      "RM DB", "SW RMS", "S")
    T("Missing from home, 14 yr old girl, Ipswich. Believed to be with a 24 yr old male known to police for CSE. Phone last pinged at a hotel near Stansted. Grandmother reports he has been buying her alcohol and giving her cannabis.",
      "AV PSV", "", "S", "immediate")
    T("Child protection strategy meeting notes: 13 year old boy from Luton found in Bedford with 40 wraps. Says he owed money to older boys after 'losing' a package, they beat him and told him he'd work it off. Injuries consistent with a kicking. Section 47 enquiry.",
      "AV PSV DB", "PA", "C", "high")
    T("Money mule concern: a university student in Colchester reported that an older student offered her £300 to 'lend' her bank account for a week. She refused and reported it. No exploitation, advice given and bank informed.",
      "", "", "")
    T("She is from Vietnam, 19, brought through Stansted on false Japanese passport. The people who brought her took the passport at the airport. She worked in a nail bar in Harlow and lived in the back. They told her if she ran the police would put her in prison. She escaped after 8 months.",
      "RD IT AV", "DT SW FA", "L")
    T("Online adverts on an adult site for a 'Thai massage' in Cambridge (CB1). Review from a punter describes the woman as 'very quiet, seemed scared, an older woman took the money at the door'.",
      "", "FA", "S")
    T("Sex worker (F, 34) in Norwich told outreach she works for herself from her own flat, sets her own prices and hours, keeps all her money. She wanted advice about an abusive punter who hit her last week. Report taken for assault. No exploitation identified.",
      "", "", "")
    T("Police Scotland intel shared with Beds: Slovakian girl (16) believed to be sold into marriage to a man in Luton. Family in Slovakia paid. She is thought to be kept at home, made to cook and clean for the extended family and not allowed out. Child at risk.",
      "AV RM", "RMS", "D", "high")
    T("intelligence: POI MITCHELL Dean (aka 'Deano') running a line into Kings Lynn from Walthamstow. uses local addicts' flats, pays them in crack. one address on Gaywood Rd, occupant a 62 yr old alcoholic who is scared of him. 3/B/P",
      "AV IT", "FA", "C")
    T("Man begging outside Sainsbury's in Bury St Edmunds every day, says he's homeless, seen walking to the multistorey where a car drops him off and picks him up. Asked by PCSO, he got angry and said nobody makes him beg, he uses the money himself. Nothing to support exploitation.",
      "", "", "")
    T("Translated account (Albanian): 'The man said it is good life in England, job in car wash, £1000 a month. On the lorry from Belgium to Harwich they took my phone. In England they put me in a house with the plants. I water the plants, I can not go out. If the police come they say I go to prison, my family in Albania they know where.'",
      "DEC ISO RM IT", "RMS FA IS", "C")
    T("Kidney transplant patient (M, 55) at Addenbrooke's. Received kidney from his wife. Routine Human Tissue Authority independent assessment completed. No concern.",
      "", "", "")
    T("NCA intel: Network recruiting poor men in Pakistan and Bangladesh with promises of UK jobs, then arranging for them to 'sell' a kidney abroad to pay travel debts. One potential victim now in Luton says he was taken to a clinic in another country and woke up with a scar. He was paid less than a tenth of what was promised.",
      "AV DEC DB", "", "O")
    T("Harwich: ferry passenger (F, 28, Lithuanian) travelling with a man who had both their passports and answered all the questions for her. She looked at him before answering anything. Later separated: she said she was going to 'work in a club' in Norwich for a friend of his. Didn't know the club name.",
      "RD", "DT SFW FA", "S")
    T("Call at 2314hrs. Female sobbing, says she's in a flat in Luton, the man has locked the door and taken her phone and she's using a hidden one. Says he's going to bring 'more men' tonight. Address partially given: Dunstable Road, flat above a barbers. Units dispatched.",
      "RM ISO", "RMS IS", "S", "immediate")
    T("Local authority: care leaver (18) in Basildon reported as being used to hold drugs for a local gang. Says he owes them £1,500 for a 'lost' bag and they've said they'll 'shank' him if he doesn't pay. Still being made to deal.",
      "AV DB IT", "", "C", "high")
    T("Neighbours complaining about a house in Grays, Thurrock: lots of cars at night, men coming and going for 10 min at a time. Police visited: one woman living there, says she works alone, owns the flat, no third party. No exploitation, advice given re neighbour nuisance.",
      "", "", "")
    T("I came to the UK when I was 12 to live with my 'auntie' in Luton. She is not my real auntie. I did not go to school. I cleaned, cooked, looked after the babies. I slept on the kitchen floor. When I did wrong she hit me with a belt. I was never paid. I am now 17 and I ran away yesterday.",
      "AV DEC PSV WW AC", "SW PA", "D", "high")
    T("Operation at Stansted: Border Force stopped a male arriving from Tirana with 4 teenage boys he said were nephews. Documents appeared genuine but boys could not name their 'uncle's' address and had been told to say they were on holiday. Boys taken into care. Male arrested.",
      "AV", "FA SFW", "", "high")
    T("Fraud. Elderly man in Colchester conned out of £12k by a 'roofer'. Not modern slavery. Passed to fraud team.",
      "", "", "")
    T("Beds Police. Brothel at a rented house in Dunstable. Women (Romanian x3) said that 'Bogdan' arranged their trip, pays for the house and advertises them. They give him half of all earnings. They say they are free to go and they know where their passports are (in their own bags). Two said they would keep working there.",
      "", "", "S")
    T("Shoplifting gang arrested in Norwich city centre. Three females (Romanian) stealing high value cosmetics. One said a man drops them off each day and takes what they steal, and she is given £10. She said she must do it or the man will hurt her baby in Romania.",
      "IT WW", "CE", "C")
    T("Call handler: female (Essex accent) says her daughter (16) has a 'boyfriend' of 26 who takes her to parties in Southend where older men give her drugs and she comes home with bruises. Daughter denies anything is wrong. CSE referral, MASH notified.",
      "AV PSV", "PA", "S", "high")
    T("In Harlow there's a flat where three young Vietnamese lads live, they go in and out of a nail salon. They only ever go in the car together with the man who owns the salon. Never seen them on their own in the shop or on the street.",
      "", "ET", "L")
    T("Victim (Polish, F, 40) was recruited as a live-in carer for an elderly man in Saffron Walden by his son. Working 24/7 with no days off, paid £400 a month instead of agreed £1,600. Son said if she left he would tell police she stole from his father.",
      "DEC EO WW IT", "LH", "D L")
    T("Au pair (Spanish, 20) with a family in Hertford area says she works 25 hours a week, has her own room, is paid her pocket money and goes out with friends at weekends. Came to us just to ask about registering with a GP. No concerns.",
      "", "", "")
    T("Intel from Border Force at Felixstowe: lorry driver (Bulgarian) found with 6 Indian nationals concealed. Driver said he was paid £1000 by a man in Rotterdam and was told they were going to 'jobs in restaurants in Leicester'. Migrants say they paid £5,000 each upfront and owe more when they arrive.",
      "DB", "UF", "L")
    T("Child at risk: 15yo girl from a care home in Ely going missing regularly. Found with older men in Cambridge with alcohol. Social worker believes she is being passed between men for sex in exchange for vodka and a place to stay.",
      "AV PSV", "", "S", "high")
    T("she dont get paid she dont go out she just cleans that house all day and looks after there mum and they shout at her all the time i heard him say hed send her back. its in Clacton on the seafront road. she looks really thin",
      "WW RM IT", "RMS PA", "D")
    T("Young man (20, Eritrean) who arrived on a small boat told his caseworker in Ipswich that he still owes the smugglers £3,000. They message him weekly with threats against his family in Sudan. He is being pressured to work in a car wash for a 'friend' of theirs for no pay.",
      "DB IT WW", "", "L")
    T("Organ trafficking allegation: man in Peterborough tells GP he was offered £5,000 for a kidney by a man at his mosque to send to 'a rich man' in the Gulf. He refused and has not been approached again. Intel logged, passed to NCA.",
      "", "", "O")
    T("Debrief of a 17 yo boy, Norfolk: 'They gave me a phone and a bag and said ride the train to Norwich, sit in the flat and wait for calls. I stayed there for a week. I wasn't allowed to leave, they took my own phone. If I lost anything I had to pay back double.'",
      "AV RM ISO DB", "RMS IS", "C", "high")
    T("Airport police, Luton: female (Ukrainian, 25) reported that a man she met online promised her a job as a nanny in London and a room; he has now told her she must 'date' his friends to pay for the ticket. She is scared and staying at a hotel. He knows where she is.",
      "DEC DB", "FA", "S", "high")
    T("Officer noted that a man who drives 4 women to a house in Lincoln every night had 11 bank cards in his wallet, none in his name. All cards in female names. Women silent when spoken to.",
      "", "MBC ET FA", "S")
    T("Health visitor, Peterborough: mother of newborn (Roma, 22) says her husband's family take her child benefit and make her beg outside Queensgate with the baby every day. She hands over what she gets. She cried and said she can't go to the police because they will take her baby.",
      "WW", "NCW FA", "C")
    T("Informant reports that a young woman has been brought over from Nigeria to work as a 'housegirl' for a pastor's family in Leighton Buzzard. She looks after 5 children, and the pastor 'holds her papers'. She is not registered with any GP or school.",
      "RD", "DT", "D")
    T("Operation at a nail bar in Chelmsford: 3 workers, all with own passports, all paid via payroll, all live with family. Owner fully cooperative. Closed as no concerns.",
      "", "", "")
    T("Cambridge, ASB: group of youths dealing cannabis in a park. One 17 year old arrested. He said he sells to pay for his own habit, nobody is making him. Screened: no CCE indicators.",
      "", "", "")
    T("Mum rang, her son is 14 and has been missing since Tuesday. She says he's been going to Southend with an older lad who 'pays him to carry'. His phone is off. She has had a text from an unknown number saying 'your boy owes us'.",
      "AV DB IT", "", "C", "immediate")
    T("HMP referral: prisoner (Vietnamese, 19) convicted of cannabis production in 2023 at a unit in Spalding now says he was trafficked. Says he was locked in, had his passport taken in France and was told his family would be killed if he left. Referred to NRM. Section 45 defence not raised at trial.",
      "RM RD IT AV", "RMS DT", "C")
    T("I am from Romania. My boyfriend brought me to Colchester. He put my photos on the internet. The men come to the flat. He says if I stop, he will send the videos to my family. I give him all the money. He beat me when I said no.",
      "IT WW PSV", "NCW", "S")
    T("Taxi driver in Luton reported he often takes young women from a house in Bury Park to hotels near the airport at night, always booked by the same man who pays in cash and tells him to wait. The women never speak. Info for CSE/sexual exploitation team.",
      "", "ET FA", "S")
    T("Traffic stop, A12 Colchester. Driver had 6 passports in the glovebox, none his. Said they belonged to 'workers at my mate's place in Ipswich' and he was keeping them safe. Intel submitted, passports seized.",
      "RD", "DT", "L")
    T("Report from a teacher in Wellingborough that a Year 9 pupil is often tired, has new trainers and a second phone, and has been seen getting into cars after school. Pupil says it's his cousin. Early help referral. No exploitation confirmed at this stage but watching.",
      "", "", "C", "high")
    T("Victim account (F, 31, Hungarian) via interpreter: came to Bedford to work in a sandwich factory. Boyfriend who arranged it then said the job had gone and she should 'do massage'. He kept her in a flat with two other women, took her ID card, and she was made to see men every day. She was not allowed to have a phone.",
      "DEC RM RD ISO", "DT IS RMS", "S")
    T("Traveller site, Peterborough: a man with learning disabilities was found living in a horsebox. He told police he is 'part of the family' and works on the horses and in the houses. He has not been paid in 15 years and his benefits are collected by the site owner. Was slapped 'when naughty'.",
      "AV WW PSV AC", "NCW PLC", "L D")
    T("Our church in Ipswich has a Ghanaian lady who lives with a family and does their childcare. She comes to services alone, has a phone and says she's paid fairly. She told me she's happy. Just flagging in case but she seems fine.",
      "", "", "")
    T("Essex police log: suspected sham marriage organised in Basildon. Bride (Portuguese, 22) says she was paid £2,000 and is free to go home after. Passed to Home Office. No indicators of trafficking.",
      "", "", "")
    T("INT 2/A/P: OCG based in Luton trafficking Albanian women through Stansted. Women told they will work in cafes, then put into flats in Milton Keynes and Bedford. A woman who tried to leave in January was found with facial injuries. Phones taken on arrival. Women moved on every 2 weeks.",
      "DEC PSV ISO", "PA IS", "S")
    T("Border Force (Stansted): Indian national M, 44, found in possession of 9 Indian passports and job offer letters for 'care assistants' in Norfolk. Care home named does not exist. Says he collected the passports from workers he 'helped'. Under investigation.",
      "RD DEC", "DT", "L")
    T("Domestic abuse report, Luton: husband controls wife's money and phone, she is not allowed out without him. Wife (British, 35) says he hits her. DA case. No trafficking or forced labour elements.",
      "", "", "")
    T("The woman who cleans for the neighbours in Newmarket comes every day at 6am and leaves at 10pm. I asked her once if she was ok and she said she lives in the garden room and they pay her 'sometimes'. I don't know what to do.",
      "EO WW", "LH", "D")
    T("Online CSE: 13 yr old girl from Bedford groomed on Snapchat by a man claiming to be 16. He has sent her a train ticket to Stevenage and said he'll meet her off the train today at 4pm. Parents found the messages.",
      "AV DEC", "", "S", "immediate")
    T("Intel: a group of young Romanian men aged around 18-20 being made to steal from supermarkets across Norfolk and Suffolk, driven around in a people carrier by an older man. They sleep in a single room in Thetford and are given only food. 3/C/P.",
      "WW", "OA CE ET", "C")
    T("NHS safeguarding lead, Norwich: patient presented to A&E with abdominal wound from an 'operation abroad'. Says he is from Moldova and came to the UK for work. Very evasive, a man who came with him insisted on staying in the room. Surgeons say the scar is consistent with nephrectomy. Referred to police and NCA.",
      "", "SFW FA", "O")
    T("Debt bondage case: Chinese women at a massage parlour in Bedford each owe 'Auntie' £30k for travel. Must see clients daily to pay it off. Debt has gone up, not down, since they arrived. Auntie keeps their passports.",
      "DB RD", "DT UF", "S")
    T("A 17yo Albanian boy who arrived at Harwich on a lorry and went missing from a hotel in Ipswich was found at a cannabis farm in a flat in Cambridge. He said he had to pay back the journey. Doors locked, no windows. Placed in foster care.",
      "AV DB RM", "RMS", "C", "high")
