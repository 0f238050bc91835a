# fresh177 part 7
from fresh177_common import T

T("Care leaver (19) — PA notes. Kacper says the agency that got him the warehouse job in Corby takes £40 a week for 'transport' and £30 for his boots and vest, and houses him in a room with three other lads. He's fine with the work but says he has never seen a payslip.",
  "WW", "CT PPE OA", "L", None)
T("Adult at risk referral (linked to children's case): Mum, 34, Hungarian, works at a packing factory near Spalding. She told the family support worker the 'landlord' who got her the job keeps her ID card and her wages go into his account; he gives her £50 a week for food for her and the children.",
  "RD WW", "DT NCW", "L", None)
T("Fosters: UASC (16) said the agent promised 'school and football' in England and that his family paid $6,000 upfront. No current contact with agent. Settled.",
  "DEC", "UF", "", None)
T("Intel: 18yo care leaver (Jordan WEBB) being used to open bank accounts; a man in his 30s holds 4 of his cards. Jordan gets £50 per account.",
  "WW", "MBC NCW", "C", None)
T("DSL: Chinese international student (17) at boarding school. Guardian agency holds her passport under contract and returns it for travel; she is in daily touch with parents. A tutor found she had been sending money to a man on WeChat who says he's from the Chinese police and threatened she'd be arrested if she didn't pay. She was told to stay in a hotel room and not contact anyone. Virtual kidnapping scam. Police informed. The tutor found out when the girl asked a friend to lend her £500. The school's guardianship agency and her parents in Shenzhen have been told and the hotel room has been paid up. She is back at school and safe. Action Fraud reference obtained. Wellbeing support arranged at school.",
  "IT ISO", "FA IS", "", "high")
T("MASH strategy: 17yo Thai girl found in a flat in Cardiff Bay advertised on Vivastreet as '21'. She said she came for a job as a waitress. Her passport is with 'mamasan'. She must pay back £15,000 from her earnings. She doesn't know the city.",
  "AV DEC RD DB ISO", "DT UF IS", "S", "high")
T("Adult referral connected to sibling case: 20yo brother of a looked after child living in a HMO in Middlesbrough owned by the man he works for at a car wash. 9 men in 4 rooms. Rent comes off his wages. Works 8am–8pm.",
  "WW AC EO", "OA LH", "L", None)
T("GP: Kidney transplant recipient (13) attending with foster mum for follow-up; donor was deceased. No concerns.",
  "", "", "", "low")
T("Police log: Officers were told by a 15yo Albanian boy in a Brentford flat with cannabis plants that he was brought to the UK on the promise of a job in a restaurant. The door had a lock on the outside, the windows blacked out. He had a mattress next to the lamps. He had no idea which city he was in.",
  "AV DEC RM AC ISO", "SW RMS PLC IS", "C", "high")
T("Interpreter-assisted interview summary. Child (14, Vietnamese). 'The man said in England I can study and work in a restaurant and send money home. He lied. In England he took me to a house with plants. I could not go out. He said if I leave, my parents must pay.' He was recovered by police after a fire at the property. The fire started in the loft where the lamps were wired into the mains. The child was taken to hospital with smoke inhalation and then placed in foster care. He is extremely frightened that the man will find him. He has been told that he is a victim and will not be prosecuted. NRM submitted by the police.",
  "AV DEC RM IT", "RMS FA", "C", "high")
T("Hospital safeguarding: 17yo Pakistani male brought to A&E with abdominal pain by two men who insisted on translating. CT shows one kidney missing with recent surgical scar. He said nothing and looked at the men before every answer. Men left when security were called. Referred to police (organ harvesting concern) and MASH.",
  "AV", "SFW FA PA", "O", "high")
T("Renal nurse: teenage donor (18) giving a kidney to her mum. Independent assessment found she is making a free choice, no payment. Fine.",
  "", "", "", "low")
T("INT 3/C/P. Source states a 16yo male from Moldova was offered €3,000 to travel to the UK and sell a kidney, that his travel was arranged by a man who holds his passport, and that he is currently in a flat in Leyton awaiting 'the doctor'.",
  "AV DEC RD", "DT", "O", "immediate")
T("Strategy discussion. Child: Blessing (15), Nigerian, living with 'aunty' (no biological relation) in Thamesmead. School notice she has no coat, no PE kit, thin and hungry. She told her teacher: 'I came to go to school, but I only go sometimes. I must clean for aunty and her shop, I wash the clothes with my hands, I sleep on the floor in the sitting room. Aunty says I owe her for my flight. My documents are with her. I can't call my mum, aunty says my mum does not want me.' Police Protection used; foster placement; NRM. Blessing's school attendance since arrival is 48%. Aunty says Blessing is a 'liar'. Police to interview aunty; school to support with catch-up; Blessing to be given a phone and allowed contact with her mum via the social worker once her mum is traced.",
  "AV DEC AC DB RD ISO", "PA FPE PLC DT IS UF", "D", "high")
T("Health visitor: a 14yo girl is looking after a newborn full time in a house in Ilford; the family say she's a 'relative from Bangladesh'. She isn't in school, is up through the night with the baby and cleans all day. Family answer for her.",
  "AV EO", "LH SFW", "D", "high")
T("Mum says her 12 y/o is kept home to look after her little brothers so she can go to work. That's not right but she's not being exploited, she just needs childcare. Early Help – childcare funding, attendance plan.",
  "", "", "", "low")
T("Care leaver (18) tells PA she's 'helping' her boyfriend's family in their house in Oldham: cooking, cleaning, childcare for 6 children, no money, her phone is 'kept in the kitchen drawer' and she can't see her friends.",
  "WW ISO", "IS", "D", None)
T("youre not going to believe me but the boy next door is 13 and his dad makes him go out with a van collecting scrap metal all day instead of school, they're out from 6 and back after dark, and his dad keeps the money. he's always got cuts on his hands.",
  "AV EO WW", "CE LH PA", "L", "high")
T("INT 2/B/P. Cannabis grow at Unit 3, Meadow Ind Est, Lurgan — no, Lisburn (correction). Two Vietnamese teenagers believed to be living inside the unit as gardeners. Source states the boys are brought food by a man who 'locks them in' and takes their phones.",
  "AV RM ISO", "SW RMS IS", "C", "high")
T("CE panel: 16yo Mason. Olders charge him £10 a time for the 'taxi' to drops and he pays for his own burner credit out of the £40 a day. Ends most weeks owing money. He said 'it's like I'm working for free'.",
  "AV WW DB", "CT", "C", "high")
T("School: Y10 boy Tomasz (15) said his uncle made him work at the uncle's construction company over half term 7am-7pm and he wasn't paid. Uncle says it's 'family help'. He was given no hard hat. He says uncle is not violent and he can stop if he wants; mum agrees. Single instance. Advice; monitoring.",
  "EO WW AC", "LH", "L", None)
T("Section 47 update: 11yo boy (Kai) from Guinea living with a man he calls 'father' but who is not on his birth documents. Kai told his class he washes the man's taxi every morning at 5 and works in his shop after school until 10pm; he is not allowed out to play and can't phone his mum in Conakry because 'father' keeps the phone. Neighbours never see him apart from at the shop. Kai has been enrolled at school for only 4 months; before that there is no record of him in the UK. The 'father' has declined DNA testing. Strategy: joint visit tomorrow, Kai to be seen alone with a Pular interpreter, immigration status to be checked. School informed of the plan.",
  "AV EO RM ISO", "LH RMS IS", "D L", "high")
T("Police log: 18yo female, care leaver, reports her ex-boyfriend 'pimped her out' when she was 16-17, took her money and drove her to punters. She is now safe, in her own flat, and wants to give a statement.",
  "AV WW", "ET NCW", "S", "high")
T("Anon email: a girl about 17 works every night at the Golden Dragon takeaway (High St, Stourbridge) and I've seen her go upstairs after closing, she sleeps there, never goes out, always has the same clothes on.",
  "", "SW IS PA", "L", None)
T("RHI: Zain (16) returned after 2 nights. Admits he was in Cheltenham 'working'. He said he wasn't locked in and 'could leave whenever', but the olders told him if he did they'd 'bang' him. Said they charged him for the train ticket and Nando's.",
  "AV IT DB", "CT", "C", "high")
T("Strategy: child (15) disclosed his mum's partner makes him sell cannabis from the house to adults and has hit him when money was short. He is kept off school to 'answer the door'.",
  "AV PSV", "", "C", "high")
T("YOS worker: 'The girl (15) was a 'link' for a dealer - he set up meets with other girls at his flat. She said she got a cut of the money. He gives her pills. She's been to hospital twice with overdoses.'",
  "AV PSV", "", "S C", "high")
T("Adult safeguarding (sibling case): 22yo with learning disability, sister of child in need, is being told by her 'boyfriend' that he will marry her; he has taken over her benefits and her PIP goes into his account. She says she wants to be with him.",
  "AV DEC WW", "NCW", "C", None)
T("DSL note: Y9 boy was approached outside school by a man offering £100 to take a bag to Swindon. Boy refused and walked away, told us straight away. Police informed; boy not involved.",
  "", "", "", "low")
T("UASC (17, Sudanese) in Home Office hotel in Wakefield, before transfer to LA: told his advocate a man in the car park offered him work in a car wash, cash, and a room. He said he's 'thinking about it'. Safety planning with him; no exploitation has happened yet.",
  "", "", "", "low")
T("Call log 0314: female caller (17) from phone box says her 'manager' has locked her in a flat at 88 Turner St, Leicester, and has her passport. She says she was brought from Romania to work in a hotel. She's scared he'll come back. Officers dispatched immediately.",
  "AV RM RD DEC", "RMS DT FA", "S L", "immediate")
T("School: Year 11 boy working at his dad's restaurant most nights till 11. Dad says it's the family business. Boy says he likes it and gets paid. Tired in class. Advised dad re child employment hours and licence. No exploitation.",
  "", "", "", "low")
T("Case note: Natalia (16), Ukrainian. Host 'sponsor' under Homes for Ukraine has her cleaning his house and his mother's every day, says she must do it or he'll end the placement and she'll be homeless. He reads her messages. She has stopped going to college.",
  "AV IT ISO", "", "D", "high")
T("INT 3/B/P. 15yo female (CLA) using a 'trap phone' for a line out of Brixton into Eastbourne. Source states she is not paid but is given accommodation and is 'beaten when she lets the line go down'.",
  "AV WW PSV", "", "C", "high")
T("Police: 19yo Eritrean, asylum seeker, working cash in hand at a car wash in Hull, owes £2,000 to the 'brother' who got him the job and a bed in a shared house with 10 men. Pay: £40/day, of which £15 is taken for the debt. He has his own documents. Says nobody threatens him.",
  "DB WW", "OA", "L", None)
T("Duty desk: teacher reports Y4 pupil's mum (Filipino, domestic worker) has been 'kept' by her employers in Kensington. The employers hold her passport and pay her £200 a month. The child (8) lives with them too and is made to clean. Mum is not allowed out on her own except the school run.",
  "AV RD WW RM", "DT RMS", "D", "high")
T("Online: 14yo boy paid in game credit (V-Bucks) by a man to 'hold' a parcel and deliver it. He did it twice. Man now says he owes him because one parcel 'went missing'.",
  "AV DB", "", "C", "high")
T("Hospital: 16yo female attends with fractured wrist. Says she fell. Partner (29) at bedside refused to leave, answered for her. Records show previous attendance with injuries. She's been absent from school and lives with him.",
  "AV PSV", "PA SFW", "S", "high")
T("Mum, frantic, on the phone: 'they've got my boy in a flat in Ipswich, they sent me a video of him crying with a knife to his face, they want £2,000 or they say he won't come home'. Son is 16. Immediate.",
  "AV PSV IT RM", "", "C", "immediate")
T("Nail bar licensing inspection (Environmental Health), Walsall: premises clean, all staff over 18, pay records and RTW checks in order, staff keep their own documents. One staff member (18) trained here via college. No concerns.",
  "", "", "", "low")
T("Strategy discussion. Harry (16) told police he has been working for a man who runs a 'gardening' business in Surrey, sleeping in a caravan in his yard with two vulnerable adult men. He gets £10 a day and cigarettes. The man shouts and threatens to 'put him in the ground' if he tells anyone. Harry had been missing from home since last year; parents thought he was with friends. Harry's family were at first reluctant to report him missing as he had left home after an argument. Surrey Police visited the yard and found the two adult men, who have learning disabilities and have been there for some years. Adult safeguarding has been informed. The man has been arrested under the Modern Slavery Act.",
  "AV WW AC IT", "PLC", "L", "high")
T("GP notes: 15yo male patient, Kurdish, presents with back injury from lifting at a 'family friend's' carpet warehouse where he works after school and all weekend without pay. Wants to keep it quiet because 'they helped my family come here'.",
  "AV WW EO AC", "FA", "L", "high")
T("Community Safety: 3 teenage girls seen getting into cars with men in Luton late at night, different cars each week. One girl known to CSC (14). Referral to CSE team.",
  "AV", "", "S", "high")
T("CE Navigator: 'When I wanted out they made me rob a phone to prove I was loyal. They filmed it and said they'd give it to the police if I ever snaked.' (Lewis, 15)",
  "AV IT", "", "C", "high")
T("Strategy discussion. Child: Amina (13). Family arranged her 'marriage' to a 25-year-old man abroad; she was taken out of school and kept in the house. She said her father took her passport and she was told she would be 'sent to the village' if she refused. Forced marriage protection order sought.",
  "AV RM RD IT", "RMS DT", "D S", "high")
T("Boy at the window at number 12 asking for water. He's about 11 and I've not seen him at school. He says he's locked in and his aunty is at work. Going round now.",
  "AV RM", "RMS", "", "immediate")
T("YP (17, Vietnamese) in foster care: 'I am afraid of the police, the men told me police will put me in prison and send me home if I talk.' He has said nothing more.",
  "AV IT", "FA", "", "high")
T("Child protection medical: 14yo with old and new bruising consistent with being beaten with a belt. He was found at a car wash in Rotherham working for a man unrelated to him. Said he works all day Saturday and Sunday for 'pocket money' and gets hit if he's slow.",
  "AV PSV EO WW", "PA LH", "L", "high")
T("Police: Vietnamese girl (approx 16) found in the boot of a car stopped on the M20. Driver arrested. She says she was being taken to 'a shop to work'. She has nothing but the clothes she's in.",
  "AV", "FPE", "L", "high")
T("Note from Early Help: girl (12) in Oldham told us she 'has to do everything at home' – cook tea, clean, bathe her 3 younger siblings – because mum drinks. This is neglect and young carer territory rather than servitude; no one is profiting. CIN assessment.",
  "", "", "", "low")
T("MASH: 15yo Aisha disclosed to school counsellor her cousin (20) groomed her online from Pakistan, promised marriage, got her to send intimate images and now says he will put them on Facebook unless she sends money and more images.",
  "AV DEC IT", "", "S", "high")
T("INT 2/A/P. Turkish barbers on Kirkgate, Bradford: 15yo Syrian boy working there 6 days, 9am-8pm, for £100 a week. Owner collects him in a Mercedes (YH21 ZKO) each morning and takes him back to a shared house with 7 men at night.",
  "AV EO WW", "LH ET OA CE", "L", "high")
T("Nan says the teenagers in her block 'all look after an old boy on the 3rd floor' but actually they use his flat for drugs and he can't get rid of them. Police confirm cuckooing; 2 of the youths are 14.",
  "AV", "", "C", "high")
T("Care leaver (18) reports she was a victim of CSE at 14-16. Perpetrators took her to houses in Rotherham and Sheffield, plied her with drink and raped her; they threatened to set fire to her house. Historic investigation (Operation Stovewood) informed.",
  "AV PSV IT", "", "S", "high")
T("Police log: cannabis found in a 15yo's bag at school. He says his older brother's. Brother (19) arrested for possession with intent. No indication the 15yo is being used. Referral for drug education.",
  "", "", "", "low")
T("Teacher: 'Zofia (Y7) was proud to tell me she helps at her parents' bakery on Saturday mornings for 2 hours and gets £15. Lovely.' Recorded to close down a rumour from another parent. No concern.",
  "", "", "", "low")
T("Strategy: 16yo Romanian boy found in Sheffield city centre selling the Big Issue under another vendor's badge; an adult woman sits nearby and takes his money every hour. He's not in school. Lives in a house with 14 people.",
  "AV WW", "NCW OA", "C", "high")
T("Youth worker: 17yo (Dylan) says he's 'in debt to Smiler' for £500 after his stash was robbed, and Smiler said the debt doubles if he doesn't pay by Friday. Dylan now running for Smiler every night 'to clear it'.",
  "AV DB", "", "C", "high")
T("Hotel staff in Heathrow: teenage girl (looks 15) with a man who holds her passport and boarding pass, doesn't let her speak to staff. Booked one room. She looked terrified. Police attended; man detained; girl safeguarded.",
  "AV RD", "DT SFW FA", "S", "immediate")
T("I'm 15. My step mum makes me do all the work in the house and in her salon. I don't go to school since 2 months. She says I am lucky she brought me from Ghana. If I complain she says she will send me back and I will never see my brother. I'm not allowed my phone. (Message sent to Childline and passed to police with consent; the girl gave her school's name. The school confirmed she has been absent since September and that her step-mother said she had 'gone back to Ghana'. Police and social workers to visit today.) Police reference: 01/22761/24. Priority visit arranged.",
  "AV EO IT ISO", "IS", "D L", "high")

# --- further exploitation cases
T("Op Sceptre/Op Orochi debrief note: juvenile runner (14) from Lewisham arrested in Margate. He told the custody nurse he'd been awake 'like 3 days' answering the line, slept in a bath, and the olders only gave him crisps. Has a cut on his scalp from being 'slapped with a tin'.",
  "AV EO AC PSV", "LH PLC PA", "C", "high")
T("Strategy: 16yo girl, Kirsty, in semi-independent in Swindon, found with 6 bank cards in different names and £1,900 cash. Says 'a friend' asked her to withdraw money and the friend keeps her own card and PIN too 'in case she loses it'.",
  "AV WW", "MBC NCW", "C", "high")
T("ok so my mate is 15 and hes been staying at some blokes house in Burnley for 2 weeks and the bloke wont let him leave and makes him go out selling, he snapchatted me saying help but then deleted it",
  "AV RM", "RMS", "C", "immediate")
T("Referral from Children's Society: Vietnamese 16yo, rescued from a nail bar in Stirling, said her employer deducted money for 'her nail kit, the mask and gloves' and for her bed. She had about £30 a week left. She only had two sets of clothes and a phone with no SIM.",
  "AV WW AC", "PPE FPE", "L", "high")
T("Domestic servitude: 13yo girl brought from Sierra Leone to 'live with relatives and go to school' in Croydon. She has never been enrolled. Nobody outside the house knew she existed until a neighbour heard her crying in the garden at night. She says she sleeps in the kitchen and eats what is left over.",
  "AV DEC AC ISO", "SW IS PLC", "D", "high")
T("INT 3/B/P. Source states a male known as 'Uncle Ray' is housing 3-4 boys aged 14-16 at 50 Cross Lane, Rhyl, and they are used to sell cocaine in Rhyl and Prestatyn. Source states the boys are told they owe Ray rent of £70 a week each, which they can never clear, and that Ray hits them with a bat.",
  "AV DB PSV", "OA", "C", "high")
T("Mum of Deji (15): 'He's terrified of the police, he says if they catch him the men will think he grassed and do something to us. He's got money I never gave him and he won't tell me where he goes at night.'",
  "AV IT", "FA", "C", "high")
T("CSE: a woman (40s) is believed to be 'renting' two 15yo girls in her care to men for cash in Hartlepool, and pays the girls with vapes and cigarettes.",
  "AV WW", "", "S", "high")
T("Organ trade concern, NCA referral. Social media ad targeting Afghan asylum-seeking boys in Kent hotels: 'Earn £10,000 fast, healthy donors wanted, travel paid'. One 17yo has already been taken to a 'medical assessment' in Birmingham by a man who kept his Home Office papers.",
  "AV DEC RD", "DT ET", "O", "high")
T("UASC advocate: 'He told me the boss 'owns' him because he paid for the smuggler. He works at a carwash in Derby every day, 8 to 8, no days off, and sleeps in a room with seven others the boss rents. He doesn't have his ARC card - the boss has it.'",
  "AV DB EO RD AC", "UF LH OA DT", "L", "high")
T("Young adult (18), PA note. Jade has started working for a 'friend' doing 'massages' in a flat in Stoke. She says she chose it but the friend keeps her phone on shift and drives her there and back, and she hands over half her money.",
  "ISO WW", "ET", "S", None)
T("Care leaver (19), Albanian, tells PA: he owes £9,000 to the people who brought him and works in a car wash in Slough to pay it; £200 a week goes straight to them. He says he's treated OK and can leave but 'the debt is the debt'.",
  "DB WW", "UF", "L", None)
T("Short note — 14yo boy found hiding in lorry trailer at Coquelles; says he was beaten by the driver's 'friend' and told not to move or speak.",
  "AV PSV IT RM", "RMS FA", "", "high")
T("School: Y10 girl (Romanian) absent for weeks; dad says she's 'looking after the house'. She told a friend she cleans for three families in the street and her dad collects the money. She is 15.",
  "AV WW", "NCW", "D", "high")
T("YP (16) at the children's home has started receiving parcels of clothes and cash from an 'uncle' in Manchester. He was found with a 'line' phone with 'X' saved 40 times. He said nothing, looked terrified and asked 'are you going to tell them?'.",
  "AV", "FA", "C", "high")
T("GP letter: 17yo patient disclosed she was forced to have sex with several men by her 'boyfriend' at a flat in Derby last year and is now pregnant. She still lives with him; he goes everywhere with her and manages her Universal Credit.",
  "AV PSV RM WW", "RMS NCW ET", "S", "high")
T("INT 2/B/P. Nominal Carl DUFFY using his 13yo nephew to 'make deliveries' of cannabis around Wigan on a pushbike. Source states the boy is kept off school and is given a £5 note per day.",
  "AV WW", "", "C", "high")
T("Police log 1847: cannabis grow at 9 Elm Terrace, Motherwell. Juvenile male (approx 16, Vietnamese) found upstairs, only a blanket and a rice cooker. States he doesn't know what town he's in and has been there since 'the cold started'.",
  "AV ISO AC", "IS SW FPE PLC", "C", "high")
