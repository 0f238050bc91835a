# fresh267 part 1: car washes, nail bars, grows, county lines overlaps
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Hand car wash at former petrol station, Wolverhampton Rd, Oldbury. Source states 4-5 Albanian males work the wash 0800-2000 7 days and are then taken in a white Transit to a unit at the rear where they tend a cannabis grow overnight. Workers sleep on mattresses in the grow room. Source believes the males owe the boss 'for the lorry' and are told the debt goes up every week.",
  "EO AC DB", "LH SW", "L C")
T("Referral from Salvation Army: Mr NGUYEN (18) came to UK in the back of a lorry owing $20,000. On arrival he was put to work in a nail salon in Reading by day; from the second month he was moved at night to a house in Caversham and told to water plants in the loft (cannabis). He was locked in the house and food was brought once a week. He was told that if he ran the snakeheads would hurt his mother in Nghe An.",
  "DB RM IT AV AC", "UF RMS", "L C")
T("nom DAWES Kieron (15) found in trap house at Flat 3, Beacon Ct, Bournemouth with 22 wraps crack & heroin plugged. Kieron from Lewisham, reported missing 4 days ago. Told officers he 'owes' £800 to an older male called 'Tiny' after getting robbed of a re-up and has to work it off. Phone had only one number in it.",
  "AV DB ISO", "IS", "C", "high")
T("Cuckooed flat: 17 Marsh Walk. Occupant Mr PRICE (52, learning disability, alcohol dependent) states 'the boys from London' have been staying 3 weeks, they give him cans and he lets them sell from the kitchen. Says they took his bank card 'to keep it safe' and he doesn't have the PIN any more. He is frightened and asks officers not to tell them he spoke.",
  "AV WW", "NCW FA", "C")
T("Same address (17 Marsh Walk) visited following week - Mr PRICE states the males have left and he has his card back. He says they never hurt him. He is engaged with adult social care.", "", "", "")
T("Woman in domestic role at a house in Ilford - reported by her friend. Friend says SUMAN came on a domestic worker visa to look after the family's children, works from 6am until everyone sleeps, sleeps on the kitchen floor, has not had a day off in 11 months. Recently the husband has started 'bringing men to the house' and making her go in the back bedroom with them for money. The wife keeps her passport 'in the safe'.",
  "EO AC RD AV", "LH SW DT", "D S")
T("my cleaner Ana told me her boss at the cleaning firm makes her go into Primark and Boots after the shift and take stuff, if she comes back with nothing he takes £50 off her wages. she is scared of him he has her ID card. she cried when she told me",
  "WW IT RD", "DT FA", "L C")
T("Shoplifting, Boots, Broad St. Female 34 detained with £210 of fragrance. Local, known to us, admits it's to fund her own habit. No third party involvement suspected.", "", "", "")
T("Brothel maid. Intel from Op LANTERN: at 'Midlands Massage' Coventry an older Romanian woman (STAN, Mirela) acts as maid - answers phones, takes money, books the girls in. STAN herself states she is not allowed to leave the flat, all money goes to the controller MOTOC and she is 'paying off' her fare. She was previously working in the rooms herself.",
  "RM DB WW", "RMS NCW UF", "S")
T("Adult services website ad, 'Chloe 22 new in town', posted from an Eastern European number, same photos used on 6 other ads in Leeds, Bradford, Hull over 3 weeks. Text written in the third person. Suspect she is being moved round by others. Not yet identified.",
  "", "", "S")
T("GLAA inspection at Evesham packhouse. 40 workers via labour provider. All interviewed; payslips match hours, own accommodation, free to leave, no fees charged. Two workers complained about the canteen. No indicators identified.", "", "", "")
T("Pt states (via interpreter): 'I work in car wash in Stoke. Boss say I owe him £3,000 for bring me. Every week he say I still owe, more more. He keep my passport in his car. I sleep in room behind the wash with 5 man. No shower, only hose.'",
  "DB RD AC", "DT SW OA PLC UF", "L")
T("Cannabis factory, Wisbech. Raid 06:00. 1,200 plants. One Vietnamese male (approx 16) found hiding in loft, no shoes, thin, said he had been there 'many months' and the door was padlocked from outside. Could not say what town he was in.",
  "AV RM ISO AC", "PA RMS IS", "C", "high")
T("County lines. 'Rambo line' operating Bath from Bristol. Runners reported as two 14 yr olds from Knowle West, taken out of school, given phones and told they would be 'shanked' if they came back short. One had a burn mark on his arm said to be from an iron as punishment.",
  "AV IT PSV", "PA", "C", "high")
T("Concern from school DSL: Year 10 pupil KAYLA has new phone, designer clothes, is picked up by older males in a black Audi. Has been missing from lessons. Older boyfriend (19). Staff worry she's being groomed; she has been seen at a flat known for drug dealing and a friend says she's been 'made to hold stuff' and to 'do favours' for the boyfriend's mates.",
  "AV", "ET", "S C", "high")
T("Domestic worker in Leicester, Indian national, hired to care for elderly mother and also works in the family's restaurant kitchen evenings. Paid nothing since arriving: 'they send money home to my family, they say'. Family has never confirmed receipt. She sleeps in the restaurant storeroom some nights.",
  "WW EO", "SW NCW LH", "D L")
T("Op KESTREL debrief: 17 yr old male, Eritrean, arrived via small boat. Worked in a car wash in Luton for 'my uncle' (not a relative) for £20 a day, then uncle made him carry packages to Bedford on the train. Told if he stopped, police would send him back to Libya.",
  "AV WW IT", "FA", "L C", "high")
T("Report of a kidney for sale: caller says a man at her church in Croydon has been offered £10,000 to go to Turkey to 'give a kidney' to someone. He is in debt to a loan shark who arranged it. Man is frightened and says the loan shark has his passport.",
  "AV DB RD", "DT FA", "O")
T("Organ donation unit, Guy's: living donor assessment for brother-to-brother kidney transplant. Both adults, relationship verified, independent assessor satisfied no pressure or payment. Routine.", "", "", "")
T("the lad in the chippy in Blyth works every day open to close, hes the owners son, he gets paid and goes out with his mates on sat after. no one is forcing him hes just a grafter", "", "", "")
T("Received a text from my sister who is in a house in Luton, she works for a family cooking cleaning, she said 'they lock the door when they go out, I can't go anywhere, they took my phone only give it Sunday for 5 min'. I am in Birmingham and very worried she sent address 14 Selbourne Rd",
  "RM ISO", "RMS IS", "D")
T("Domestic worker, own room, own phone, goes out on her days off, paid £1,500 a month into her own account; employer is a diplomat. Asked about changing employer. Legitimate.", "", "", "")
T("Shed on allotment, Gorton: a man is sleeping in the shed and works on the allotment holder's market stall. Neighbour states they are mates and he's offered a room but prefers the shed. Man confirms, happy, paid. Welfare check done, no concerns.", "", "", "")
T("Young man at car wash on Walsall Rd, Perry Barr flagged me down and said 'please help, no money, boss hit me, take passport'. Then the boss came over and he went back to work. He had a black eye. I am a taxi driver, reg of a car there was BN14 XHT",
  "WW PSV RD", "PA DT", "L")
T("Child (12) being used to carry deals by his mum's partner in a flat in Grimsby. Boy told his teacher he has to 'take parcels' to people's cars and if he doesn't his mum gets hurt.",
  "AV IT", "", "C", "high")
T("Massage parlour, Aldershot, licensed premises. Officers visited with council licensing. Three therapists, all self employed, own visas, own phones, no sexual services offered. No concerns.", "", "", "")
T("Call at 02:10: female says she is locked in the upstairs room at a 'massage place' on Coldharbour Lane, the man has gone out, she has been made to see 'clients' all night and she wants to leave, she does not know the door number. Phone battery low.",
  "RM ISO", "RMS IS", "S", "immediate")
