# fresh240 part 4: longer accounts, organ cases, negations mixed with real indicators
def add(T):
    T("""Case note - Sheffield MSVCC outreach, 12/11.
Met client M (Romanian, 34) at the café on London Rd with interpreter. M says she was recruited in Craiova by a woman called 'Tanti Lia' who told her there was packing work in a factory near Sheffield at £9 an hour and a room included. Lia paid for the coach and said M could pay it back 'little by little'. When M arrived she was taken to a house in Tinsley where eight other women were living, two to a bed. The next morning a man called Costel took all their ID cards 'for the agency' and has not given them back. M works on a line at a food factory in Rotherham. She is collected at 5.15am by Costel in a Ford Transit and brought back about 8pm. Her wages go into a bank account that Costel opened for her; he keeps the card and the PIN and gives her £40 on a Sunday. She is told she still owes £1,100 for the coach, the room and the van, and 'every week it is more'. She says he has never hit her but he shouted that if anyone talks to the police 'your children in Romania will know what you are'. M has her own phone but Costel checks it. M does not want to go to the police yet. Plan: safety plan, discuss NRM, meet again Friday.""",
      "DEC RD WW DB IT ISO AC", "OA DT CE ET CT NCW UF FA IS", "L")
    T("Organ donation nurse (Sheffield): altruistic kidney donor, 55, British, fully assessed, no payment, no pressure identified. Logged in error on the safeguarding system.")
    T("""INT 2/B/P - Doncaster. Source with direct access reports that a man known as 'Arben' runs three cannabis grows in Hexthorpe and Balby. Each grow is looked after by a young Vietnamese or Albanian male who lives inside the property. The gardeners are told they owe between £15,000 and £25,000 for being brought to the UK and that their wages (nominally £500 a month) are 'kept' against the debt. They are given a cheap phone with one number saved in it and are forbidden from contacting anyone else. Food is dropped off twice a week. Source states the doors are locked with a padlock on the outside and that one gardener who tried to leave in August was found and beaten with a metal pole. Arben has been heard to say that the families back home 'will pay' if anyone talks.""",
      "DB WW ISO RM PSV IT AC", "IS RMS UF NCW", "C")
    T("Transplant coordinator, Sheffield Teaching Hospitals: patient travelled to Pakistan and returned with a new kidney. He says he paid £20,000 to a private clinic. Donor identity unknown. Patient is not a victim; concern is for the unknown donor. Passed to NCA.",
      "", "", "O")
    T("""Statement of victim (extract), given at Rotherham Main St, via Lithuanian interpreter:
I met Tomas in Kaunas. He said there was good work in England in building, £80 per day and a house. I had no work and my mother is sick so I said yes. He paid the bus. In Rotherham there was a house with 11 men. I slept on the floor in the front room. The first week they said I have to pay £300 for the bus and £60 for the house each week. We work every day, Monday to Sunday, from 6 in morning, demolition, roofs, gutters. No helmet, no harness, nothing. One man fell from the roof and they took him to hospital and said he fell at home. I get paid £20 maybe £30 in the week, they say the rest is for the debt. Tomas has my ID card, he said it is for the agency. When I said I want to go home, Tomas said I cannot go until I pay, and his brother hit me in the face in the kitchen in front of everybody. After that I was afraid. Two weeks ago I ran away when we were working in Sheffield and I slept at the bus station.""",
      "AV DEC DB WW EO AC RD RM PSV", "OA PLC UF LH DT RMS PA FA", "L")
    T("Call handler: woman reports her brother in Bangladesh was offered £3,000 by a 'broker' to sell a kidney to a rich man in the UK and was told it would be done in a Sheffield hospital. She thinks he may be in the UK now, staying with the broker's cousin in Burngreave, and he isn't answering his phone.",
      "AV DEC ISO", "IS", "O", "high")
    T("Welfare check on a man who had donated a kidney to his brother at the Northern General, reported by a neighbour who 'heard he'd been paid for it'. Both brothers spoken to: related donation, assessed by the hospital, no money changed hands. Unfounded.")
    T("""Debrief notes, Sheffield (Amharic interpreter). IP (Ethiopian female, 26) came to the UK with a Qatari family on an overseas domestic worker visa. She says she was told she would look after one child and be paid $500 a month. On arrival in Sheffield the family took her passport 'to keep it safe'. She cooked, cleaned and cared for four children, starting at 5.30am and finishing after midnight. She slept on a mattress on the floor of the children's room. She was not given a day off in 11 months. She was paid once, $200, sent to her father. She was not allowed to go out except to walk the children to the park with the mother. The mother slapped her when a glass broke. She had no phone of her own and did not know the address. She left when the family went to London and she saw a sign for the police station.""",
      "DEC RD EO AC WW RM PSV ISO", "DT LH SW RMS IS", "D")
    T("IP (Albanian, 22) says he came to work in a car wash to pay his smuggler. He says he is not locked in and is not threatened, but he has paid £4,000 of £12,000 and the boss keeps half his pay for it.",
      "DB WW", "UF NCW", "L")
    T("Neighbour: 'She has one carrier bag of stuff and that's it, she wears the same clothes every day and she looks exhausted. He brings her back at midnight every night in a black car.' Address: Hillsborough.",
      "", "FPE PA ET CE", "")
    T("Hypothetical raised in training at Barnsley: 'if an employer held a worker's passport, would that be an indicator?' Discussion only, no case.")
    T("Case note: client said 'nobody took my passport, I lost it'. She does say the gangmaster takes £30 a week for transport she never asked for and £15 for gloves and a hairnet. Factory in Dinnington.",
      "WW", "CT PPE", "L")
    T("Worker (Indian, 29) on a skilled worker visa at a Rotherham care home: 'My sponsor said if I leave before 3 years I must pay £6,000 back. I work 60 hours, nights and days. I can't leave because I can't pay and I will lose my visa.'",
      "DB EO IT", "LH", "L")
    T("Call handler: 'a man at the Doncaster car wash tried to give me a note, it said HELP NO PASPORT NO MONEY. Boss took it off him.'",
      "RD WW", "DT", "L", "high")
    T("Debrief: 'I am not forced. No one hits me. But they keep my passport and my pay goes to Andrei. He give me £50.' (Barnsley warehouse)",
      "RD WW", "DT NCW", "L")
    T("INT 3/B/P: MOLDOVAN, Florin drives women from Sheffield to Manchester and Leeds for 'jobs' every night in a silver Passat, charges them £30 each way for fuel. The women are on escort sites.",
      "", "ET CT", "S")
    T("Minor RTC outside the Crucible, no injuries.")
    T("Referral, Doncaster Children's: 14yo boy says 'the olders' in Denaby took his phone and now he uses a phone they give him, and he has to go where they say. He has stopped seeing his mates.",
      "AV ISO RM", "IS RMS", "C", "high")
    T("Employment tribunal claim by a chef in Barnsley for unpaid holiday pay. Employer contesting. Civil matter, not exploitation.")
    T("Caller: 'There's kids selling on the corner by the Spar in Kimberworth Park every night, they look about 12, the older lads watch them from a car.'",
      "AV", "", "C", "high")
    T("Officers attended a house party in Broomhill. Students, noise. Advised. NFA.")
    T("debrief - 'They say you go to England, you work in factory, you have nice life. But when we arrive the man lock us in the room. He bring men. I did not want. He hit me.'",
      "DEC RM PSV", "RMS", "S")
    T("NCA intelligence request: trace and locate a Romanian female, 18, believed moved from Sheffield to Bradford by her controller for sexual exploitation. Mother in Romania hasn't heard from her in 3 weeks.",
      "ISO", "IS", "S")
    T("Universal Credit fraud: 8 claims made from one laptop at a Rotherham address; claimants say a 'helper' has their cards and PINs and gives them £50 a month. They work at a car wash he runs.",
      "WW", "NCW MBC", "L C")
    T("""Extract from a Rotherham Children's Services strategy meeting minute: Child D (15, female) has been missing 11 times since September. On each return she has had new clothes, nails done and a new phone. Police have seized her phone and found messages from an adult male, 'Zee', arranging to collect her from the care home and take her to 'parties' in Sheffield and Leeds. In one message he writes 'u owe me for everything I bought u, time to pay up'. She has disclosed to her keyworker that she was made to have sex with two men at one of the parties and that Zee said he would 'put the video out' if she told anyone. She was seen last night getting into a dark blue Seat Leon, registration YH20 ***, and has not returned. Phone off. Police treating as high risk missing.""",
      "AV DB PSV IT", "", "S", "immediate")
    T("Barnsley custody: Vietnamese 16yo arrested at a grow. Through interpreter he says he does not know what town he is in and has never been outside since arriving.",
      "AV ISO RM", "IS RMS", "C", "high")
    T("Community Safety officer, Doncaster: 'The owner of the corner shop in Balby has a worker from Sri Lanka who lives in the stockroom. He told me he's happy, paid properly, and can leave whenever.' Concern re accommodation only.",
      "AC", "SW", "")
    T("Sheffield Homeless Team: British man, 30, heroin user, says a dealer lets him 'stay' in exchange for selling for him, and takes his benefits when they come in. He says if he tries to leave they'll 'sort him out'.",
      "AV WW IT", "NCW", "C")
    T("Intel, Doncaster: Facebook group advertising 'Work in UK - no English needed - £2,000 per month - visa guaranteed' with a Doncaster address, asking applicants to pay £800 up front. Several complaints from Nigeria.",
      "DEC", "UF", "L")
    T("Officer: Spoke to driver of the farm minibus at 0500 at Thorne. Workers well, own documents, happy with conditions. Transport provided free by the grower. No concerns.")
    T("Debrief (Kurdish male, 20): 'At the car wash the boss was shouting every day, calling us animals. We sleep on the floor in the office, no shower. He takes £50 from us every week, he says for food, but the food is only bread.'",
      "AC WW", "SW PLC", "L")
    T("Hospital social worker, Doncaster Royal: woman, 40, recovering from surgery, says she's afraid to go home because her 'employers' will be angry she was away from the house. She works as their live-in cleaner and hasn't had a wage in a year.",
      "WW", "FA", "D")
    T("ASB: teenagers setting off fireworks on the Manor estate. Patrols.")
    T("INT 3/B/P: WILSON, Craig (38) of Mexborough using the home of a woman with learning difficulties to store drugs and cash. She has told a neighbour she 'has to' let them in or they'll hurt her cat.",
      "AV IT", "", "C")
    T("School (Sheffield Park Academy) DSL: Y11 student says she has a part-time job at a restaurant, 12 hours a week, paid, with her mum's knowledge. Not a concern, logged because staff saw her getting into a car after school - it was her manager giving a lift to the shift.")
    T("Victim says she was told she would be working as a nanny in Sheffield, but on arrival the family said she must also work in their shop downstairs until 10pm and that the wages would be 'paid at the end'. She hasn't been paid in 7 months and they have her passport.",
      "DEC EO WW RD", "LH DT", "D L")
    T("IP denied being hit, denied being locked in, denied that anyone holds his papers. Said he is just 'sad' because he misses home. Warehouse, Barnsley. No indicators.")
    T("Victim (Chinese, 48) worked in a Sheffield restaurant kitchen. 'I sleep under the stairs in the restaurant. I have one bag. I have no friends here. I don't go out because I don't know anywhere, and the boss says police will catch me.'",
      "AC ISO IT", "SW FPE IS FA", "L")
    T("Report: two girls, maybe 16, being walked between a Doncaster hotel and a car by the same man every hour. Hotel staff think they're being sold for sex.",
      "AV RM", "ET RMS", "S", "high")
    T("Intel: unknown male seen taking two young Roma boys begging on Fargate every day, taking their money at lunch and buying them nothing to eat.",
      "AV WW AC", "NCW", "C", "high")
    T("Call: woman on the phone, whispering, says 'he's locked me in the bedroom and he's got a knife, he says I'm not going anywhere till I pay him what I owe'. Location traced to Arbourthorne.",
      "RM IT DB", "RMS", "", "immediate")
    T("Foster carer: 'Our lad (UASC, 16, Vietnamese) keeps getting messages from a number saying he still owes money for his journey and that his family will be visited. He's terrified.'",
      "AV DB IT", "FA", "", "high")
    T("Rotherham: complaint of a man 'not paying' his decorator. Dispute over quality of work. Civil.")
    T("Case note: client told worker she left her 'boyfriend' in Barnsley after he made her sell sex from his flat. She says he didn't hit her but he kept all the money and 'told me I'd be nothing without him'.",
      "WW AV", "NCW", "S")
    T("IP (Romanian) at the Sheffield Moor market said 'I can go anytime, I am not watched'. She did say she gives everything she earns from begging to her husband's uncle who 'keeps it for the family', and that he gets angry if it isn't enough.",
      "WW", "NCW", "C")
    T("Border Force at Doncaster Sheffield airport (historic, 2022): two women on a flight from Bucharest with a man holding both their passports and boarding passes. Women said they were going to 'clean hotels' but couldn't name the hotel.",
      "RD", "DT SFW", "")
    T("Sheffield: woman rang 101 to ask whether her employer can keep her passport copy for right to work checks. Advised a photocopy is normal practice; the original is with her.")
    T("Debrief (Albanian): 'When I was in the house with the plants I was alone always, no phone, I don't speak to nobody for 4 months. I was so scared.'",
      "ISO", "IS FA", "C")
    T("Police search of a flat in Rotherham found 14 bank cards in different names, 6 passports and a notebook with 'rent', 'van' and 'fine' against each name and amounts going up each week.",
      "RD DB WW", "MBC DT NCW", "L")
    T("IP states that her manager at a Sheffield care agency makes her do 'back-to-back' calls from 6am to 11pm, no time to eat, and doesn't pay for travel time. She owes the agency £3,500 for her visa sponsorship which she must repay if she leaves.",
      "EO AC DB", "LH UF", "L")
    T("Concern raised by a Barnsley pharmacy: man who always comes in with a group of foreign workers and asks for painkillers for them. They don't speak; he does all the talking.",
      "", "SFW", "")
    T("IP (Slovak Roma, 19) says her partner's family in Rotherham took her child benefit and made her steal from shops in Meadowhall every day. She was hit if she came back with nothing.",
      "WW PSV", "NCW", "C")
    T("Knife crime: stabbing outside a pub in Barnsley town centre. Victim stable. Suspect arrested. Dispute over a girlfriend.")
    T("Worried teacher: 'One of our Y10 girls (Pakistani heritage) has said her family are taking her to Pakistan to get married and she won't be allowed back to school. She's frightened.' Forced marriage unit contacted.",
      "AV IT RM", "FA", "", "high")
    T("INT 3/C/P: rumour that a Doncaster nail bar makes new staff work 'unpaid trial' for 3 months. Unverified.",
      "WW", "", "L")
    T("A man who attended Sheffield Cathedral Archer Project says he works for a man who 'looks after' him: he has no phone because 'the boss said I don't need one', he doesn't know his own address, and he's picked up from the house at 6 every morning.",
      "ISO", "IS CE", "L")
    T("IDVA referral, Doncaster: 'I am a prisoner in my own home. He doesn't let me work, he controls all the money.' DA only.",
      "RM WW", "RMS NCW", "")
    T("Welfare check, Wath: male, 27, with learning disability, found living with his 'friends' who make him hand over his PIP every week and have him clean the house. He sleeps on the sofa and says he's hungry.",
      "AV WW", "NCW PA", "D")
    T("Salvation Army note: client said the recruiter in Lviv promised a warehouse job in Doncaster with free accommodation. The job exists, the pay is correct, but the accommodation costs £140 a week taken from wages and is a room shared with 4 people.",
      "DEC WW", "OA NCW", "L")
    T("Dispute between two taxi drivers at Sheffield station rank. Words exchanged. No offences.")
    T("Barnsley Council Licensing: tattoo studio inspection passed.")
    T("Referral, Sheffield: man (Afghan, 35) says his boss at a kebab shop said 'if you go to the police, I will tell them you are illegal and they will send you back to the Taliban'. He is paid £150 a week for 84 hours.",
      "IT WW EO AV", "FA LH", "L")
    T("Call: taxi driver says he dropped a young woman at a house in Wath who was crying, the man with her paid the fare and told the girl to 'shut up and get in'. Driver worried.",
      "", "ET", "")
    T("Intel: Sheffield man operates 'phone farms' for fraud using migrants who work 12-hour shifts in a flat making calls; they're not allowed to leave during shifts and their pay is 'held' until they hit targets.",
      "RM WW EO", "RMS LH", "C")
    T("NHS dentist, Rotherham: patient (Vietnamese, 23) with severe untreated dental infection, accompanied by 'employer' who paid in cash and didn't let him speak. He works at a nail salon.",
      "", "PA SFW", "L")
    T("Victim updated: now in a safe house. Says the gang took her phone on day one and she hasn't spoken to anyone since March. Her mother thinks she's dead.",
      "ISO", "IS", "")
    T("Sheffield 'pop-up brothel' in an Airbnb on Broomhall Rd. Two women, both with their own passports and phones, said they work for themselves and travel together. No third party identified. Landlord informed.")
    T("Youth Offending (Doncaster): YP, 16, charged with possession with intent. Says he started because he 'owed money' after a robbery, and the older lads told him the debt was now £1,500. He wants out but says 'you don't just leave'.",
      "AV DB IT", "", "C", "high")
    T("GLAA: warehouse agency in Barnsley charges workers a £75 'starter pack' for boots and hi-vis, and £10 a day for the minibus from Sheffield. Pay is otherwise at NMW.",
      "WW", "PPE CT UF", "L")
    T("IP (Hungarian, 45) says 'at first they was nice, they give me room and food. Then they say I must work and pay. Now I work on the roofs every day and my money goes to Zoli.' Hungarian group, Doncaster.",
      "DEC WW", "NCW", "L")
    T("Burglary at a car wash on Bawtry Rd, cash taken from the till.")
    T("Note: women at a Sheffield massage parlour told officers they live on the premises and are never allowed out without 'Mama'. They hand all money to her.",
      "RM WW AC", "SW RMS NCW ET", "S")
    T("MOP: 'There's a man in Darnall who has 5 girls living in his house, they never leave without him and he's always taking money out at the ATM with loads of cards.'",
      "RM WW", "RMS MBC", "S")
    T("Doncaster Council: Ukrainian guest family complain their host is rude. No exploitation, rematch arranged.")
    T("Intel: a group of Indian students at Sheffield are working on a farm near Penistone via a contact who took £1,000 each for 'placement', told them it was allowed on their visa. They're paid £6 an hour and driven in a van at 4am.",
      "DEC WW AV", "UF CE", "L")
    T("Debrief: 'He tell me if I run he find me. He tell me he know my village. I believe him.' (Sheffield car wash)",
      "IT", "FA", "L")
    T("Transport Police: Vietnamese teen (approx 15) found alone on a train at Doncaster with a phone that kept ringing and a train ticket to Sheffield bought by someone else. Wouldn't say who. Taken into care.",
      "AV", "FA", "", "high")
