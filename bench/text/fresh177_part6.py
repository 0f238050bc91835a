# fresh177 part 6: more exploitation, mixed writers
from fresh177_common import T

T("16yo lad at the hand car wash on the A6 is there every day of the week, even christmas day, soaking wet in sliders. Looks like he hasnt eaten in days. Boss shouts at him all day.",
  "AV EO AC", "LH PA", "L", "high")
T("CE Navigator: 'They made me stay in the flat 3 weeks, I wasn't allowed to go shop even. They said if I try bounce they'd stab me up.' – Tyrese, 15.",
  "AV RM IT", "RMS", "C", "high")
T("INT 3/B/P. POI Lee GARNER aka 'Gaz' using juveniles to shoplift to order from Boots and Superdrug in Chelmsford, Colchester and Braintree. Source states juveniles are paid in vapes and must hand over everything they steal; the ones who get caught are told they owe Gaz for the lost goods.",
  "AV DB WW", "", "C", "high")
T("MASH: 15yo Amelia told her teacher her mum's boyfriend puts pictures of her on a website and men pay him to video call her. She said he keeps the money and told her she'll be put in care if she tells. Immediate strategy.",
  "AV WW IT", "NCW", "S", "immediate")
T("Looked after child (16) in Portsmouth has 5 different bank cards in other people's names in her bedroom. She says a man called 'Dizzy' gave them to her and she withdraws cash for him and gets £20 each time. Money mule / CCE.",
  "AV", "MBC", "C", "high")
T("Strategy minutes. Child: Noah (13). Police stopped Noah at 01:00 in Weston-super-Mare, 30 miles from home, with a bag containing 2 kg cannabis. Noah said a man called 'Ricky' (approx 30) drove him there and told him to wait. Ricky told Noah that his older brother owed money and Noah would 'pay it off' by doing 'jobs'. Noah said Ricky has threatened to hurt his brother. Noah's phone was taken by Ricky 'so he doesn't call anyone'. Actions: NRM, police investigation into Ricky (CAWN, disruption), safety plan, brother to be seen. Noah's mum was unaware of the brother's debt. Brother (19) declined to speak to police. Noah's school will provide a mentor and a full timetable; transport to and from school by taxi for the next 4 weeks.",
  "AV DB IT ISO", "ET IS", "C", "high")
T("SENCO referral: Liam (15) has autism and a learning disability. Older lads from the estate have been 'befriending' him, he now goes out at night and came back with £200 and bruised ribs. He says they're his friends and he 'delivers'. He doesn't understand the risk.",
  "AV PSV", "PA", "C", "high")
T("A boy comes in the shop every day at 6 am with a man and gets dropped at the barbers next door, he's still there when I shut at 10pm. He told me he can't talk to me. He looks about 14 and his English isn't good.",
  "AV EO ISO", "CE LH FA ET", "L", "high")
T("Missing from care. 15yo Harley, last seen 20:00 getting into a Toyota Prius (private hire) at Cardiff Central. Believed travelling to Swansea to a trap house. Messages on her old iPad from 'Boss' say 'ur mine now, move when I say'. Police tracking. Child with exploiter.",
  "AV RM", "", "C", "immediate")
T("YP (16) says he's been working at a lorry wash in Thurrock for 'a man from back home' since he was 15. He sleeps in a shipping container on the site with other workers. Cold in winter, no shower. Gets paid £100 a month 'when the boss is happy'. His passport is kept in the office 'for the insurance'. He wants to leave but has 'nowhere to go and the boss says police will deport me'. He came forward to a Red Cross worker at a drop-in. He has agreed to an NRM referral. Age assessment requested as there is no ID. Police and GLAA to visit the site; emergency accommodation found for tonight at a supported lodging in Grays. He was given food and a phone.",
  "AV AC WW RD IT EO", "SW PLC OA DT FA", "L", "high")
T("Notes from joint visit with GLAA. Food processing unit, Boston. One worker appears 16-17 (says he's 19, ID card shows 20 but photo doubtful). Lives in a house provided by the agency with 11 others. Agency deducts £85 rent, £15 transport, £30 'admin' and £25 for boots and hi-vis every week. He netted £112 for 48 hours. Minibus picks them up at 05:15. He said he paid £600 in Lithuania for the job. He wanted to 'carry on working, just not with this agency'. Information passed to the GLAA's intelligence team and to Lincolnshire CSC for age assessment and support. Licence holder (the agency) to be reviewed. GLAA reference to follow.",
  "AV WW AC DB", "OA CT PPE CE UF", "L", "high")
T("im writing about my cousin shes 15 and she went to stay with our family in birmingham to help with the baby they said she could go to school there but she never went she just does all the cleaning and cooking and they dont give her any money, she rang me crying from a secret phone",
  "AV DEC WW ISO", "", "D", "high")
T("Call handler: Male caller, says he is 16, 'I'm in a house in Peterborough I don't know the address, they won't let me out, I've got this phone hidden'. Line disconnected. Cell site being requested. Immediate.",
  "AV RM ISO", "RMS IS", "", "immediate")
T("School: Y10 pupil Diego told us his 'boss' at a pizza place makes him work until 2am on school nights and won't pay him because he's 'still on trial'. He's done 8 weeks. He is afraid to leave because the boss said he'd tell his parents he stole. He is 15.",
  "AV EO WW IT", "LH", "L", "high")
T("INT 2/B/P. 'Deeks' line, Leek. Source states a 14yo female is being used as a runner and is 'paid' in cannabis. Source states the line holder hit her with a phone charger cable when she was short £40.",
  "AV PSV WW", "", "C", "high")
T("Strategy discussion – 'cuckooing' at 6 Pine Court. Resident is a 19yo care leaver with learning difficulties. Two older males and a 15yo have moved in, taken his bank card and PIN and his Universal Credit goes to them. He sleeps on the floor of the bathroom. They tell him he owes them for 'protection'.",
  "AV WW DB AC", "NCW PLC", "C", "high")
T("Child protection conference summary. The child (9) was brought to the UK by her father's relatives on a visitor visa. She is not registered with a GP or school. Health visitor found her doing laundry and childcare for a family of six, sleeping on a mat in the hallway, with no belongings of her own other than a plastic bag of clothes. She has no contact with her mother in Ghana and does not know the name of the town she lives in now. The family have her passport. Outcome: child protection plan (category: neglect and emotional abuse), NRM referral, police investigation (domestic servitude). The family describe the child as 'helping', not working, and say they feed her 'like their own'. An independent interpreter (Twi) was used for all conversations with the child. Next review conference in 3 months.",
  "AV AC RD ISO", "PLC FPE DT IS", "D", "high")
T("Case note (translated via Language Line, Tigrinya): 'The smuggler in Calais told me, in England you will work and pay the rest. When I arrived a man came, he put me in a car with others. We work in a factory packing. He takes our money. I don't know what town. I am 16, I told them 17 because he told me to say.' He said there were 'many boys' in the factory, and that they were driven there in the dark. The interviewer noted he had cuts on his hands and that he was very thin. Local authority to support while the police try to identify the factory, which he thinks had 'a big blue sign with letters'. The case has been passed to the Kent and Essex Serious Crime Directorate.",
  "AV WW ISO DB", "FA IS PA", "L", "high")
T("CSE intelligence. Adult males in a Snapchat group share the numbers of girls aged 13-15 from Grimsby. The girls are 'invited' to a flat and given vodka and pills then filmed. One 14yo girl said afterwards: 'they told me if I don't come back next week the video goes to my school'.",
  "AV PSV IT", "", "S", "high")
T("LA social worker: 17yo Vietnamese girl found in a nail bar in Cambridge. She says she works 9am-9pm 7 days; her 'boss' is her 'aunt'; she gets no wage because the aunt 'pays for everything'. She sleeps in the aunt's house with 5 others who also work in the salon. She had not been told where she is in the UK. No passport with her. Cambridgeshire Police and the GLAA attended the nail bar after a report from a member of the public. The 'aunt' is 32 and, as far as anyone can tell, is not related to the girl. The girl has been placed in foster care and an ICTG referral has been made. Her English is limited.",
  "AV EO WW ISO", "LH OA IS", "L", "high")
T("YP disclosure to youth worker: 'I thought he was my boyfriend innit. He said we'd get a flat together. Then he said I had to help pay for it by sleeping with his mates. I didn't want to.' (16, female, Hackney)",
  "AV DEC PSV", "", "S", "high")
T("Police: 'Op Orochi' arrest of line holder in Cardiff. Phone download shows he directed 3 children (13, 14, 16) to sell in Bath and Swindon. Messages include 'u don't go home till I say', 'ur fined 50 for being late' and 'keep ur phone on 24/7'.",
  "AV RM DB EO", "RMS", "C", "high")
T("Referral from Salvation Army: adult male victim of labour exploitation disclosed that his 14yo son also worked with him on the block paving crew in Kent, 12 hour days, no pay, and was slapped by the gang boss. Son now with mother in Poland? Whereabouts to be confirmed.",
  "AV EO WW PSV", "LH", "L", "high")
T("A&E: 15yo female, overdose. Nurse found 3 phones in her bag. She said she is 'on call' for a man and has to answer whenever it rings, day or night, 'otherwise he comes for me'.",
  "AV EO IT", "", "C", "high")
T("Strategy discussion. Amir (16), Iranian UASC. Placed in Home Office hotel in Brighton before LA took him on. During that time he was recruited by a man outside the hotel who offered him 'work with cash'. He now works at a kebab shop in Worthing from 4pm to 3am, lives in a room above it with 4 men, paid £150 a week. The owner took his phone number off him and gave him a new one, which the owner checks. He is scared of the owner. He wants to stay in the job because he sends money home. Amir said he isn't 'stupid' and knows it's not fair, but that it's 'better than the hotel'. He does not want police involvement. Decision: CE navigator to build a relationship with him, NRM with his consent, intelligence to GLAA and Sussex Police, education place at college to be arranged.",
  "AV EO ISO AC", "LH OA SW FA", "L", "high")
T("Hey, just seen a young girl at the services on the M6 being pushed into the back of a van by 2 men, she was crying, van is white Ford Transit, reg started CV70, heading south. Please send someone.",
  "PSV", "", "", "immediate")
T("Case summary: Luca (17, Romanian) brought to UK by his stepfather 'to work in construction'. Stepfather collects all of Luca's wages from the site into his own account and gives Luca £20 a week. Luca works 6 days, 10 hours. Stepfather hits him when he asks for money.",
  "AV WW PSV EO", "NCW LH", "L", "high")
T("MASH: 14yo girl in Wolverhampton. School concerned she's being exploited by her mother's partner who sells her 'company' to his friends. She disclosed being forced to have sex with an older man. She is kept at home off school 'sick' and not allowed to go anywhere on her own.",
  "AV PSV RM", "RMS", "S", "high")
T("YP (15) at PRU disclosed his dealer has taken his phone and gives him a 'work phone' that he has to keep on all night. He owes £300 which keeps going up by £20 a day. He said 'I'm stuck'.",
  "AV ISO DB EO", "", "C", "high")
T("Notes: 17yo Polish girl – said a woman on Facebook offered a cleaning job in London with accommodation, £400 a week. On arrival her ID card was taken and she was told she owed £2,000 for travel and the room, then was put to work in a massage parlour in Ilford. She has no phone, and is driven there and back. The Met's Modern Slavery and Child Exploitation Unit raided the massage parlour. The girl is now with a Polish-speaking foster carer in Essex. She says she was not forced to have sex but was made to 'massage' men for 12 hours a day and does not want to talk about it further yet. Foster carer reports she eats and sleeps well.",
  "AV DEC RD DB ISO EO", "DT UF ET LH", "S", "high")
T("Strategy: 13yo boy (Aiden) was used to carry a knife for a 19yo. Aiden said the 19yo told him 'you're small, feds won't search you'. He gets paid with food. No threats disclosed so far.",
  "AV", "", "C", "high")
T("Hospital: 16yo male admitted with hypothermia, found by dog walker at 4am near a cannabis grow in woodland near Dumfries. Says he lived in a tent there to guard the plants for 2 months and was given food once a week. A man with a gun came to check on him.",
  "AV AC ISO IT", "PLC IS PA", "C", "high")
T("Domestic servitude (young adult, 18, but trafficked at 15). Account to NRM first responder: 'from 15 I lived with them. Every day I cook clean and take kids to school. No money ever. If I make mistake madam burn my arm with a spoon. I was not allowed to go out except the school run, and they watch me.' Passport held by family.",
  "AV EO WW PSV RM RD", "PA RMS DT", "D", "high")
T("INT 3/B/P. Group of 4-5 teenage boys (Eastern European, 14-17) seen by officers at a building site on Holloway Road at 06:30, dropped off by a Ford Transit (WR18 OPL). One had no boots and a cut hand. Site manager couldn't say who employs them.",
  "AV AC", "CE PA", "L", "high")
T("Foster carer: 'He won't go out on his own, says the men from the boat will find him. Jumps when the door goes.'",
  "", "FA", "", "low")
T("Case note: 16yo Sana says her older brother's friends got her to 'post' parcels of cash abroad and open a bank account in her name; they kept the card. They told her if the bank asks she should say it's her money. She has been given a script to say.",
  "AV WW", "NCW FA", "C", "high")
T("CAMHS: 14yo boy being paid by an older man to post TikTok videos wearing fewer clothes; man now wants to meet. Boy told he'd lose followers and the money if he refused.",
  "AV IT", "", "S", "high")
T("Referral: Y9 pupil disclosed older boys at the park make him and others steal bikes to order and beat them if they come back with nothing. He's 13.",
  "AV PSV", "", "C", "high")
T("DSL: Year 11 girl (16) told her friend she has been 'escorting' via a sugar daddy site since 15, and that a 'manager' drives her to meetings and takes 60%. She is scared of him.",
  "AV WW", "ET FA", "S", "high")
