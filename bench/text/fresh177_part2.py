# fresh177 part 2: child sexual exploitation
from fresh177_common import T

T("MASH referral from school. Year 9 girl Chloe (14) has a 'boyfriend' aged 24 who buys her vapes, alcohol and a new iPhone. She has been seen getting into his car at lunchtime. She told a friend he takes her to 'parties' at a flat in Rochdale where his mates are and she 'has to be nice to them' because he paid for her phone. Friend is worried. CSE concern. Chloe's mum is unaware of the 'boyfriend'. The friend who shared this asked not to be named. School have the car details (dark blue BMW 1 series, partial reg 'LD'). DSL requests police checks on the male and a strategy discussion. Chloe has been told the DSL will speak to her tomorrow morning.",
  "AV DEC DB", "", "S", "high")
T("Police log: 15yo female reported missing from children's home in Blackpool found at 02:30 in a hotel room with two adult males. She was intoxicated and said she had been given vodka and 'something white'. Males arrested on suspicion of child abduction warning breach. Medical and ABE arranged.",
  "AV PSV", "", "S", "immediate")
T("She's 13 and men keep messaging her on snapchat asking for pics one of them sent her £20 for one. I took the phone off her. Do I go to police?",
  "AV", "", "S", "high")
T("INT 2/B/P. Source states that a 16yo female known as 'Becca' is being advertised on an adult website as 19 and taken to hotels around Leeds by a male known as 'JJ'. Source states JJ keeps all the money from the bookings and tells her she owes him for her clothes and phone.",
  "AV WW DB", "NCW", "S", "high")
T("School nurse referral. Year 10 pupil disclosed that her older 'boyfriend' made her have sex with his friend as 'payback' for a debt he says she owes him. She says he told her if she doesn't he'll send the video to her dad. She is 15.",
  "AV PSV IT DB", "", "S", "high")
T("Strategy discussion. Child: Mia (14), CLA. Over last 3 months: 7 missing episodes, returned by taxi paid for by unknown adult, STI diagnosed at sexual health clinic, bruising on upper arms. Says her 'boyfriend' Zed (19) 'looks after her'. Zed's phone contacts include two other girls known to CSE team. Mia has been taken to Nottingham and Derby and 'introduced' to older men. She says Zed told her she's 'his' and if she leaves him he will 'tell everyone she's a sket' and put her pictures online. Outcome: s47 enquiries, CAWN for Zed, NRM referral, placement review. Mia's view: she doesn't want to move placement because she's 'close to her friends'. The IRO has asked that the plan takes this into account but that her safety must come first.",
  "AV PSV IT", "PA", "S", "high")
T("Youth worker: one of our girls (16) told me she gets picked up from outside the youth centre at 10pm by men she calls her 'uncles' and is taken to a house in Burnley. She gets weed and money. She said she doesn't feel she can say no because they 'know my little sister'.",
  "AV IT", "", "S", "high")
T("Call handler: Female caller, says her daughter Lacey (15) is in a car with a man called Ash outside the Spar on Green Lane right now, she is screaming at him, he won't let her out, caller is across the road. VRM partial 'KS' black Golf. Dispatch immediate.",
  "AV RM", "RMS", "S", "immediate")
T("GP referral. 14yo patient attended with mother for contraception. On questioning patient said she has a 'boyfriend' who is 23. She says they met online and he told her he was 16. Mother was unaware. Referred as CSE risk.",
  "AV DEC", "", "S", "high")
T("Notes of ABE interview summary (redacted). Child says she met 'Kam' when she was 13 outside the chippy. At first he gave her lifts and bought her food and said he loved her. After a few months he said she needed to 'help him out' by going with his friends. She was taken to a flat above a shop in Oldham where she was locked in a bedroom and men came in. She could not leave until Kam came to pick her up. She says she was made to drink and smoke weed before. She has not told her mum because Kam said he would burn the house down. The interview was conducted by a trained officer with an intermediary present; the child took several breaks. Full transcript held by the investigation team.",
  "AV DEC RM PSV IT", "RMS", "S", "high")
T("Online safety referral. Year 7 boy (11) was being sextorted on Instagram - someone posing as a girl got an intimate image and then demanded £100 or it would be sent to his school contacts. Boy paid £40 from his savings. Reported to CEOP and police.",
  "AV IT", "", "S", "high")
T("PCSO: Lots of young girls going in and out of a takeaway on Market Street late at night, the staff give them free food. Not sure there's anything in it but passing on.",
  "", "", "", "low")
T("CSE risk assessment update. Jasmine (16) remains in contact with adult male 'Tee' (28). She has now moved into his flat in Coventry and does not return to placement. She says she is happy and in love. Intelligence suggests Tee is selling her to other men and has taken control of her bank account where her leaving-care money goes. She has not been seen by professionals for 3 weeks and her phone goes straight to voicemail. Missing from care, CSE high. Police have submitted a Missing from Care report (ref 44/110293/24) and a CAWN is being drafted for Tee. The IRO has asked for a review of her care plan within 5 days.",
  "AV WW ISO", "NCW IS", "S", "high")
T("Sexual health nurse: 17yo female attended for third emergency contraception this month. Disclosed she is 'working' for a man who puts her on a website and drives her to men's houses. She says she gets to keep 'a bit'. Has bruises on her thighs she wouldn't explain.",
  "AV WW", "PA ET", "S", "high")
T("Mum: 'My daughter has been going to Maccies with some older lads I dont like. She is 15. I asked them and they are from her college and 16-17. She comes home on time and I see her phone.' Reviewed - no concerns identified; advice on online safety given.",
  "", "", "", "low")
T("INT 3/B/P. Source states males operating from a shisha bar on Queen Street, Middlesbrough, invite girls of 14-15 to 'chill', give them alcohol and cannabis and then take them to a flat at 11 Norton Rd where they are sexually abused. Source states the girls are told they owe for the drink and drugs.",
  "AV PSV DB", "", "S", "high")
T("Residential staff: Kayla (15) returned to placement at 06:00 with no shoes, torn tights and a cut lip. She said she was at a 'party' in a house and a man hit her when she tried to leave. She doesn't know the address or what town it was in. Police attended.",
  "AV PSV RM ISO", "PA IS RMS", "S", "high")
T("Referral from pharmacy: teenage girl (appeared 14-15) came in to buy the morning after pill, a man in his 30s waited at the door and came up to the counter and answered every question for her. She barely spoke. Car was a silver Vauxhall Astra, FN64 ???.",
  "AV", "SFW", "S", "high")
T("Hotel reception log forwarded by Operation Makesafe officer: 'A man booked room 214 for one night, paid cash. A young girl in school uniform went up with him. He asked for no cleaning.' Attended: 14yo female recovered, male arrested.",
  "AV", "", "S", "immediate")
T("Strategy minutes. Subject: Ruby T (13). Concern: online grooming. A 42yo male has been messaging Ruby on Roblox and then WhatsApp telling her he is 15 and her 'boyfriend'. He asked her to send photos of herself in her underwear and she did. He has now asked to meet her at the Trafford Centre on Saturday. Police have seized devices. Ruby safe at home with parents. Actions: s47, police investigation, online safety work. Ruby's parents were shocked and are cooperating fully; they found the messages after noticing Ruby hiding her tablet under her pillow. The meeting at the Trafford Centre will be used by police as an opportunity to arrest. Ruby is not to be told the details. Referral to a counsellor offered.",
  "AV DEC", "", "S", "high")
T("my niece is 16 and shes living with a man who is 30 odd and he doesnt let her go out without him and shes lost loads of weight, he has her phone, last time I saw her she had a black eye and said she walked into a door",
  "AV RM ISO PSV", "RMS IS PA", "S", "high")
T("CSE team note. Girl of 15 (Libby) says a man called 'Dee' gives her and friends a lift from school, buys them McDonald's, and has asked Libby to 'do a favour' for his mate. She refused and has not seen him since. No sexual activity disclosed. Risk: emerging. Monitoring via school.",
  "AV", "", "S", "high")
T("Case summary. Two sisters (14 and 16) from Slovakia living with uncle in Derby. School attendance fell to 40%. Older girl told a teaching assistant that uncle takes her to 'see men' at night and keeps the money. She said 'he says we owe him for bringing us here, the flights and the house'. Both girls have no passports – uncle 'keeps them safe'. Younger sister says she cleans and cooks for uncle's family every day and is not allowed to go to friends' houses. The uncle's partner attends the same school gates and has refused to come in for a meeting. Strategy meeting today: s47 for both girls, joint ABE interviews with a Slovak interpreter, police to apply for a warrant to search for the passports, emergency placement identified.",
  "AV PSV WW DB RD RM DEC", "NCW DT RMS UF", "S D", "high")
T("Police log: 16yo female Phoebe reported being raped by an 18yo she met at a party. No suggestion of exploitation or third party involvement. Investigation under way, ISVA referral made.",
  "", "", "", "low")
T("Girl at the bus station crying said a man has her bag and phone and she cant get home he said she has to come back with him first. She looks about 14. He is in a blue puffer jacket by the toilets NOW",
  "AV ISO RM", "", "S", "immediate")
T("Referral from CAMHS. 15yo patient disclosed that from age 13 she was passed between men in Bradford after being befriended by a woman who gave her somewhere to stay when she ran away. She said the woman called it 'paying her rent'. She has PTSD symptoms and self-harms. Patient does not want police involvement. CAMHS has a duty to share; referral to MASH and police.",
  "AV PSV DB", "", "S", "high")
T("DSL: Year 10 girl shared a nude image of herself with her 15yo boyfriend, who then shared it with friends. Handled under UKCIS guidance; police informed for advice. No adult involvement, no coercion found.",
  "", "", "", "low")
T("Missing from home. 14yo Grace last seen in Ilford with a man in his 20s who is known to police for CSE. Her phone was last pinged in Southend 40 minutes ago. Parents distraught. High risk missing, child believed with exploiter.",
  "AV", "", "S", "immediate")
T("YP disclosure (16, male): said he was made to do sexual things with an older man in return for a place to stay when he was sofa surfing after being kicked out. The man said he'd put him back on the street if he didn't. Now in supported housing.",
  "AV PSV IT", "", "S", "high")
T("Intel log. Female, 17, believed Romanian, seen at address in Slough known as a brothel. Works with 3 older women. She told an outreach worker she was promised a job in a hotel and her 'boyfriend' took her ID card when she arrived. She doesn't speak English.",
  "AV DEC RD ISO", "DT", "S", "high")
T("Taxi driver rang in. He picks up young girls (look 14-15) from a care home in Telford regularly booked by the same adult male on his account and drops them at a house at 2am. One of them was crying last night. He thinks something isn't right.",
  "AV", "ET", "S", "high")
