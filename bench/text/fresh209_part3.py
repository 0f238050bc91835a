# fresh209 part 3: longer accounts, isolation, deception, negations and ordinary hospitality
T("""Intelligence report. Grading 2/B/P. Subject premises: Lotus Garden Chinese restaurant and takeaway, 3 Station Approach, Kettering NN16. Source has been inside the premises on several occasions and describes the following. Three kitchen workers, all male, believed to be Chinese nationals from Fujian province, live in two rooms above the restaurant. They are not seen outside except when the owner, LIN Wei (dob 1971), drives them to the cash and carry in his silver Mercedes Vito (AK65 FGH). Source states the men do not speak English and that LIN tells customers they are his 'cousins'. One of the men told source in Mandarin that he does not know what town he is in and that his mobile phone was taken when he arrived 'to stop him calling home'. Source states the men work from 10:00 until after midnight seven days a week. No information on wages. Source believes they arrived in the back of a lorry and are frightened of the police.""",
  "RM ISO EO", "RMS ET IS LH FA OA", "L")
T("Restaurant in Sunderland: chef told the EHO that he was promised by the owner's brother in Delhi that he'd be head chef with a flat. In fact he is the only cook, sleeps on a mattress in the prep room, and has received £600 in five months.",
  "DEC WW AC", "SW", "L")
T("Hotel porter, Syrian, refugee status, said his manager keeps telling him 'no one will believe you, you are a refugee' when he complains about not getting his overtime. He doesn't have anyone in the UK and rarely goes out.",
  "AV WW", "IS", "L")
T("We have been asked by a hotel group for a training session on spotting signs in housekeeping. Scheduled for 14 March. No specific concerns raised.", "", "", "")
T("""First account (via interpreter, Tigrinya): 'I met a man in Calais who said he could get me a job in a restaurant in England and a house. I came in a small boat. Another man met me in Dover and took me to a city, I did not know the name. I worked in the back of a chicken shop washing and cutting meat. I slept on the floor behind the freezers with a blanket. I had only the clothes I came in. They gave me food once a day. They told me I owed £4,000 for the boat and that every week I stayed, it was more. When I asked for money they said if I go to police, police will send me back to Eritrea. After six months I ran away when the back door was left open. I went to a mosque and they called the Red Cross.'""",
  "DEC ISO AC DB IT WW AV RM", "IS SW FPE UF FA", "L")
T("Spoke with the deputy manager at the Crowne hotel; all housekeeping staff have contracts with the hotel directly since they stopped using the agency. Payslips seen. No concerns.", "", "", "")
T("Lad in the kebab shop doesn't speak any English, never seen him outside, the other fella always answers for him when you ask him anything", "ISO", "IS SFW", "L")
T("INT 3/B/P: female working at a Thai massage/café in Bournemouth believed to have been told she would be a cook. Believed now being made to provide 'extras' to customers. Manager keeps her passport.",
  "DEC RD", "DT", "S")
T("Café owner in Falmouth, runs the café with her partner. Works 70-hour weeks in summer. Neighbour reported concern for 'the woman who works all hours'. She is the owner.", "", "", "")
T("Kitchen assistant (Bulgarian) found with a head injury at the rear of a restaurant in Boston, Lincs. Said he fell. Colleague later said the supervisor hit him with a tray because he asked for his wages, and that none of them have been paid for 2 months.",
  "PSV WW", "PA", "L")
T("The hotel is remote, up in the Highlands, 20 miles from the nearest town, no bus. The workers are from Romania, brought over by a man who keeps their ID cards. They have no car and can't get anywhere. The man takes their wages to 'send home'.",
  "ISO RD WW", "IS DT NCW", "L")
T("A member of the public saw a man at a restaurant's bins eating food from the bin. He works in the kitchen, told her the boss doesn't feed them and pays nothing.",
  "AC WW", "PA", "L")
T("Call: worried about girl working in the dessert parlour, thinks she is underage. Checked - she's 18, student, part-time, has her own ID. Closed.", "", "", "")
T("""Case note 09/05. Met with AB at the safehouse. AB describes her time working as a room attendant at a hotel in Glasgow city centre through a 'recruiter', DRAGOMIR. AB says DRAGOMIR collected her and five others from a flat in Govanhill at 05:30 each day in a minibus and brought them back at 20:00. The flat has three bedrooms and they were eleven people. DRAGOMIR charged £10 a day for the minibus and £70 a week for a mattress. The hotel paid wages into a Revolut account that DRAGOMIR opened in AB's name; he kept the card. AB estimates she earned about £1,600 a month and was given £200. AB says DRAGOMIR never hit her but once told her that her little brother in Romania 'would have an accident' if she tried to leave. AB was allowed out but was scared to go anywhere alone.""",
  "WW AC IT EO", "CE CT OA NCW FA", "L")
T("Waiter, Spanish, complains that the restaurant refuses to give him a written contract. He has his own passport and bank, is paid, lives with friends. Employment issue, referred to ACAS.", "", "", "")
T("Manager at the hotel shouts and swears at the Polish girls in housekeeping. Not violent. They are paid properly and free to leave. HR complaint.", "", "", "")
T("Woman, Nigerian, 30s, brought over to work as a cook for a family who own a hotel in Manchester. She cooks for the family and for the hotel guests, no day off, sleeps in the utility room at the family house. Employer says she is a 'family friend'. Her passport is with the father.",
  "EO AC RD", "LH SW DT", "L D")
T("The owner has 5 bank cards in his wallet that are not his, I saw him use them one after the other at the cashpoint by the restaurant, then he gave the lads in the kitchen £20 each.",
  "WW", "MBC NCW", "L")
T("IP states the chef at the Bombay Palace told him that if he ever spoke to the police about the owner, 'your family in Sylhet will pay'. IP has his passport and is paid, but is afraid.",
  "IT", "FA", "L")
T("Hotel kitchen in Windermere, three seasonal workers housed in staff accommodation with their own rooms, contracts, 40-hr week. Checked following a misaddressed anonymous letter meant for a different business. No issues.", "", "", "")
T("He told me it was a good job in the UK, a chef in a five star hotel. It was a small takeaway in a town near Manchester. I didn't have my own room. He said I owe him for everything.",
  "DEC DB", "", "L")
T("Barman in Cardiff, 25, British, says he worked 80 hours last week as two colleagues left. Paid for every hour, chose to do it for the money. Called about tax code only.", "", "", "")
T("Fast food franchise in Manchester: Pakistani student worked 45 hrs p/w on 20-hr visa condition, paid proper rate for the first 20 and cash £4 p/h for the rest. Manager holds the 'staff passports' for 'audit'.",
  "WW EO RD AV", "LH DT", "L")
T("A 14-year-old boy from Leeds was found in a Scarborough hotel by police, missing for three days. He'd been taken there by older males to sell crack. He had £600 cash and 2 phones.",
  "AV", "", "C", "high")
T("Man ran out of a restaurant in Wolverhampton shouting for help in Punjabi, saying they're going to lock him in again tonight. Owner followed and dragged him back in. Officers en route.",
  "RM PSV", "RMS", "L", "immediate")
T("Sister says her brother is a chef on a skilled worker visa, the restaurant pays him £38,000 and he's happy. She only wanted to know if she can visit. No concerns.", "", "", "")
T("INT 2/B/P. Pub landlord in Merthyr believed to be housing two vulnerable adults with learning disabilities in his pub. They clean the pub and the beer cellars all day and receive no wages. Landlord has their bank cards, collects their PIP and ESA.",
  "AV WW", "NCW", "L")
T("Cafe in Crewe: a woman says she was told she'd be trained as a barista and get a visa. She's been washing up for 9 months, no visa application made, paid £20 a day.", "DEC WW AV", "", "L")
T("Hotel worker says the manager isolates her: she's not allowed to talk to the other staff, eats alone, can't use the phone, and has no one in this country.", "ISO", "IS", "L")
T("The chef said he doesn't owe anyone money and wasn't charged for his visa. He does want to change job because of the hours. He is paid overtime. Nothing further.", "", "", "")
T("Restaurant 'Dhaka Nights' Luton: Home Office compliance visit, sponsor licence. Chefs' salaries paid but the owner then takes back £800 a month each in cash. Chefs' passports seen in owner's office. One chef said 'I have no choice, I have to give'.",
  "WW RD", "DT NCW", "L")
T("Pub employee, 23, says he was forced to sleep at the pub after his shift finished at 2am, because the landlord wouldn't pay for a taxi. He lives 2 miles away and could walk. Dispute. No exploitation.", "", "", "")
T("catering contractor in Salford rents out a house to its workers, 12 people 4 rooms, the boss comes in every Friday and takes the rent straight out their wages, they have to buy their own chefs whites from him too", "WW AC", "OA PPE", "L")
T("""Referral from an NHS A&E nurse, Hillingdon. Patient, male, 26, Indian national, attended with severe burns to both hands and forearms, several days old and infected. He said he works in a restaurant kitchen near Heathrow and burned himself on the tandoor. He was accompanied by an older man who introduced himself as the patient's 'manager' and would not leave the cubicle. When the manager stepped out to take a phone call the patient said quickly in Hindi to a Hindi-speaking HCA: 'Please help. He takes my money, he has my passport, I sleep in the restaurant, I have not been paid since I came.' The manager returned and the patient stopped speaking. The patient was discharged with dressings before police arrived. The patient appeared thin and was wearing dirty chef's clothes. Hospital has the manager's mobile 07700 900318 from the registration form.""",
  "WW RD AC", "PA SW DT SFW FA", "L")
T("Report: tourist complained that her waiter at a Lake District hotel was 'rude'. She also said she thought he looked 'trafficked'. No basis for the claim; waiter is a British student on a summer job.", "", "", "")
T("Male (Albanian) stopped by officers in a Vauxhall Astra with 4 men from a car wash and a cafe. All 4 had bank cards in the driver's name and the driver had 9 bank cards in other names.", "", "MBC", "L")
T("Intel report - female, Romanian, works at a 'bed and breakfast' in Morecambe; locked in her room at night by the owner and let out for breakfast service. She told a guest she wants to go home but he has her ID.",
  "RM RD", "RMS DT", "L")
T("Restaurant in Reading: chef says owner doesn't pay the NLW, gives him £5 an hour. He lives with his wife, has his own documents and goes home every night.", "WW", "", "L")
T("Catering worker at Gatwick airport, agency, complains she has been charged for her security pass and hi-vis; Border Force notified; agency reviewed, the charge is a refundable deposit. Not an exploitation concern.", "", "", "")
T("Worker from Vietnam: 'I was promised to work in a restaurant and go to school. They take me to a house with plants, lock the door. I stay 5 months. They give me rice only.'",
  "DEC RM AC AV", "RMS", "C")
T("Support worker at a homeless day centre says one of their clients, a man with alcohol dependency, is being 'employed' by a pub landlord to clean and is given drink instead of money. He now lives in the pub cellar.",
  "AV WW AC", "SW", "L")
T("Vietnamese chef (male, 31) reported missing by his cousin, last seen working at a restaurant in Hull. Restaurant says he quit and went to London. He texted his cousin 2 days ago. Further enquiries needed. No indicators at this stage.", "", "", "")
T("Owner of a curry house in Dudley told staff that if anyone spoke to the inspectors he would 'finish them'. Inspectors were at the premises checking the sponsor licence. Staff were too scared to talk.",
  "IT", "FA", "L")
T("Salvation Army: potential victim, Indian female, 40s, worked as a cook for a family running a sweet shop/restaurant in Leicester. Worked from 5am to 11pm, slept in a box room, only allowed out to take the kids to school. Paid £100 a month into an account the family controlled.",
  "EO RM WW AC", "LH RMS NCW", "L D")
T("Restaurant owner convicted of employing illegal workers was fined £60,000. Press release only. No victims identified.", "", "", "")
T("The girls in housekeeping are always collected by the same man at 5.30 in the morning in a red van and they all look exhausted. They don't talk to anyone. One had a bruise under her eye last week.",
  "", "CE PA IS", "L")
T("Coffee van at the park, owner operates alone, called in by a park warden for trading without a licence. No concerns.", "", "", "")
T("Bar in Newquay: staff accommodation for summer workers, 10 in a 3-bed house, mould, no heating, broken windows, rent deducted from wages. Workers said they were told the accommodation was 'luxury'.",
  "DEC AC WW", "OA PLC", "L")
T("IP stated: 'I cannot go out, they watch me all the time, when I go to the shop someone comes with me.' IP works in a restaurant kitchen in Slough and lives in the owner's house.",
  "RM", "RMS ET", "L")
T("Waitress at a hotel in Skegness, 17, is being given lifts home by the 40-year-old manager who has bought her a phone and alcohol. She has stayed at his flat. School have concerns.",
  "AV", "", "S", "high")
T("Sponsor licence compliance visit to 'Taj Mahal' restaurant, Perth. All 4 sponsored chefs interviewed alone; all confirmed they were paid their salaries, held their own passports and had not paid any fee. Satisfied. Payroll records for the last 12 months were checked against the bank statements provided by the chefs, and the amounts matched. The chefs live in rented flats in Perth which they found themselves. One chef mentioned he would like more hours. Records of right to work checks were in order and the sponsor was advised on reporting duties. Outcome: compliant, no further action.", "", "", "")
T("my husband works in a restuarant in london, they pay him in cash, he doesn't get enough for food for us, he works 15 hours every day. the boss keep his passport. I am in Bangladesh and cant help",
  "WW EO RD", "LH DT", "L")
T("Anonymous: the people at the Chinese on Bridge St are scared of the owner, he hits them, I have seen him slap a woman in the kitchen with the door open.", "PSV", "FA", "L")
T("Hotel and restaurant business in Anglesey recruited 8 Filipino staff through an overseas agency who charged them each £5,000 for 'processing'; the hotel itself didn't know. Workers are now borrowing money to pay off the agency debt.",
  "DB", "UF", "L")
T("Takeaway owner's son, 15, helps out on Friday nights, 3 hours, as a family thing. Neighbour complained. Not exploitation, child employment by-laws explained.", "", "", "")
T("They said I could sleep in the restaurant because I had nowhere else; I sleep there and I do the cleaning in the morning for no money and kitchen in the night for £30. I have nothing, just one bag.",
  "AV WW AC EO", "SW FPE", "L")
T("INT 3/B/P: Brothel operating from rooms above a restaurant in Newham. Women (Chinese) cook in the restaurant in the daytime and are made to see clients upstairs at night. Owner's wife takes the money.",
  "WW", "NCW", "L S")
T("Takeaway in Wrexham: the owner has 'adopted' a 16-year-old boy from Afghanistan who arrived last year; the boy works there each night until 2am and doesn't go to college. Social services involved.",
  "AV EO", "LH", "L", "high")
T("Staff turnover complaint from a hotel HR manager, no welfare issues. Advice on retention only.", "", "", "")
T("kitchen porter shows burns on arms and says its from the fryer, no PPE given, no gloves, boss says buy your own", "AC", "PA PPE", "L")
T("Hotel spa therapist, Thai, sponsored, told the Migrant Help advisor that she is made to provide sexual services to hotel guests by her manager, who threatens to cancel her visa if she refuses.",
  "IT AV", "FA", "S")
T("Tea room in the Cotswolds run by a mother and her two adult daughters; an ex-boyfriend reported them as 'slave drivers' to police. Spoke to all, no concerns.", "", "", "")
T("Man with learning difficulties works at a chip van for a local family, they take his benefit money and he sleeps in their garage. He is 'paid' in chips.",
  "AV WW AC", "NCW SW PLC", "L")
T("British man, 45, with a history of homelessness, recruited outside a soup kitchen in Manchester for 'hotel work'. Taken to Blackpool, made to clean rooms for free and told he owed for his lodging. He left after 3 weeks.",
  "AV DEC WW DB", "", "L")
T("Owner of a vegan café in Bristol, complaint from a former volunteer that she did unpaid trial shifts for 2 weeks. Trial shifts, not exploitation; advised employment law.", "", "", "")
T("Kitchen staff in a Greek restaurant in Camden say they must give the owner's son their phones when they arrive and can't have them back until they finish. Also the son holds their passports.",
  "ISO RD", "IS DT", "L")
T("Chef on a skilled worker visa: 'they are not holding my passport and they pay me properly, my only problem is I have no days off for two months because the other chef left'.",
  "EO", "LH", "L")
T("Romanian woman in a hotel laundry in Luton had an accident with the press and burned her arm. No training or gloves. She was told she'd be sacked if she went to hospital.",
  "AC IT", "PA", "L")
T("Call about a possible trafficking victim at a motorway hotel; on arrival found a couple having an argument. Both adults, British. Domestic incident. No trafficking.", "", "", "")
T("DWP: sham 'catering company' in Rochdale used 30 people's identities to claim UC, and bank cards for the claims were all delivered to one address. Some identity owners are vulnerable, believed to be working for the company for cash.",
  "AV WW", "MBC NCW", "C L")
