# fresh187 part 2: child NRM referrals, intel logs, short notes
from fresh187_common import T

T("CHILD NRM. YP is a 15 yr old British boy from Croydon. Found in a trap house in Bournemouth with 28 wraps of crack cocaine and £340 cash. He had been missing from home for 5 days. He told the officer 'if I talk I'm dead'.",
  "AV IT", "FA", "C", "high")
T("Child referral (Barnardo's ICTG). A is a 16 yr old Vietnamese boy who arrived unaccompanied. He was found working in a nail bar in Colchester. He has been told by the adults he lives with that his family owe money and he must work to repay it. He sleeps at the shop. He is not in school.",
  "AV DB AC", "SW", "L", "high")
T("CHILD NRM - 14 year old girl, white British, known to Children's Services in Rotherham. Older males have been giving her cannabis and vodka and taking her to flats where she is made to have sex with other men. Her phone has been smashed by one of the males so she cannot call her mum.",
  "AV PSV ISO", "IS", "S", "high")
T("MISPER update: 15yo Child C missing from care home in Stoke since 21:00 yesterday. Last seen getting into black Audi A3 KX19 TFP with two adult males linked to the 'Ashley' line. Believed to be being taken to Shrewsbury to deal. IMMEDIATE.",
  "AV", "ET", "C", "immediate")
T("Referral from school DSL: Year 10 pupil has new trainers, two phones and money he can't explain. Late for school most mornings, tired, cousin says he 'runs for someone'. Mum says he's out until 3am. Concerns for CCE.",
  "AV", "", "C", "high")
T("Child NRM, Albanian boy, 17. Age assessed. Came in lorry. Stated the smugglers told him to work in a car wash in Hounslow to pay off £8,000 and that if he didn't they would harm his mother. He worked 10 hours a day and was given £100 a week. He slept above the car wash with 5 men.",
  "AV DB IT WW EO AC", "LH SW OA UF", "L", "high")
T("Child referral - YP (Sudanese, 16) placed in a hotel in Kent before age dispute resolved. A man who visited the hotel offered him a job. He worked at a car wash for one day and was paid. He was not threatened. Child says he didn't go back as he preferred to go to college. Social worker reports no further concern, referral closed. Risk: low.",
  "", "", "", "low")
T("INT LOG 2/B/4. Source reports that a 13yo female (nom BELL, Chloe) is being picked up after school by adult male 'Deano' in a silver Corsa and taken to parties at an address on Hollins Road, Oldham, where she is given drugs and alcohol. Source believes she is being 'passed around'.",
  "AV PSV", "ET", "S", "high")
T("CHILD NRM: Eritrean girl, 16, arrived via Calais. She describes being kept in a house in Libya where men came at night. In the UK she was taken from her placement by a woman who said she was her aunt and made her look after the woman's children and clean, and she was not allowed to go out. Located by police after 3 weeks.",
  "AV RM PSV", "RMS", "D S", "high")
T("11/3 - YP disclosed to YOT worker that he owes 'Tyrone' £1,500 because he got 'taxed' by another gang. Says Tyrone will 'bang him' if he doesn't go out to Hastings this weekend. YP aged 16. CCE concerns high.",
  "AV DB IT", "", "C", "high")
T("CHILD, 14, Romanian. Seen begging with a younger child outside Lidl Leyton daily from 8am. Adult woman watches from a car across the road and collects the money at intervals. Not attending school. Local PCSO concerned.",
  "AV WW", "", "C", "high")
T("Child referral - YP is a 17 year old Afghan boy who works in a takeaway in Huddersfield owned by a family friend. He works after college 3 evenings a week, is paid £9 an hour into his own account and lives with his foster carer. SW queried exploitation as he is tired; after discussion no concerns.",
  "", "", "", "low")
T("CHILD NRM (Local Authority, Hackney). 15 yr old girl. Boyfriend aged 22 buys her gifts and has told her she has to 'pay him back' by doing 'favours' for his friends. She has been taken to hotels in Stratford. Withdrawn at school, bruises on her wrists noticed by PE teacher.",
  "AV DEC DB PSV", "PA", "S", "high")
T("Intel 3/B/P: SUBJECT (16) from Walsall being used to hold drugs in his body (plugging) and travel by train to Aberystwyth. He has been stabbed in the leg previously by line holder. Believed that his mother is also being threatened.",
  "AV PSV IT", "", "C", "high")
T("Child NRM: Vietnamese girl, 15. Left her foster placement in Surrey and was found three days later in a flat in Birmingham with two adults. She had a new phone with only one contact saved. She said the adults 'look after' her and she will work in a nail bar soon. Police recovered her to care.",
  "AV ISO", "IS", "L", "high")
T("16yo M reported missing for the 4th time this month. Returns with cash and cuts. Will not say where he has been. Sister says a man calls him 'all hours' and he has to answer. CCE suspected.",
  "AV PSV", "PA", "C", "high")
T("CHILD NRM narrative - Boy, 13, British. Lives with mum in Blackpool. Mum's partner has been making him deliver cannabis to customers on his bike after school and keeping the cash. When he refused, the partner locked him in his room without food for a weekend.",
  "AV RM AC WW", "RMS", "C", "high")
T("Referral - 12 yr old girl, Slovak Roma, in Sheffield. Concerns raised by school that she is being married off to an older man. Family deny. No evidence of exploitation found after strategy meeting; child remains in school and attends regularly. Case closed to MASH.",
  "", "", "", "low")
T("Child sexual exploitation concern: 15yo female posting on social media from a hotel in Leeds city centre at 2am. Adult male seen in the background. Not reported missing by carers until morning. Police attended, she refused to say who she was with and said 'he'll go mad if I tell you'.",
  "AV IT", "FA", "S", "high")
T("CHILD NRM. Nigerian girl aged 16 brought into UK by a 'sponsor' who told her family she would attend school in Manchester. She has done all housework and childcare for the family since arrival, has not been enrolled in school, sleeps on the sofa and is not allowed out on her own.",
  "AV DEC RM", "RMS", "D", "high")
T("Intel log. Grading 2/A/4. Two 14yo boys from Enfield found on a train to Ipswich with £2k cash and 3 phones. BTP stopped. One has a 'dealer phone' with the name 'Kash line'. Both claim to be going to see a friend.",
  "AV", "", "C", "high")
T("Child referral (Refugee Council). 17yo Kurdish boy says the smuggler in Dunkirk made him carry bags of petrol and guard the camp before letting him cross. He says he was beaten when he tried to leave. Now in Kent care, no ongoing contact with smugglers.",
  "AV PSV RM", "RMS", "L", "high")
T("CHILD, 16, missing from Hull. Believed to be in a flat in Grimsby being made to sell. Mother received a text 'your son owes us 2 grand'. IMMEDIATE.",
  "AV DB IT", "", "C", "immediate")
T("NRM child referral, Children's Services Newham. YP (15, British-Somali) has been spending time with adult men who drive him to 'cuckooed' addresses in Southend. A vulnerable adult in one of those addresses, a 55 yr old man with mental health problems, has told police the boys took over his flat and he was told to keep quiet or they'd burn it down.",
  "AV IT", "", "C", "high")
T("Child NRM: 17 yo Albanian boy. Found in a cannabis grow in Peterborough, house locked from outside and he had a mattress in the loft. He was told he could leave 'when the crop is finished'. He had not been paid.",
  "AV RM WW AC", "RMS SW", "C", "high")
T("Concern from GP: 14 yr old girl attended with older 'cousin' who answered all questions for her. Girl appeared anxious, looked thin. Cousin said she was visiting from Romania. GP asked to see her alone and cousin refused.",
  "", "SFW PA", "", "high")
T("Child referral (Kent). Vietnamese boy, 16, says a man in France told him he would get work in a restaurant in London. He was given a phone number to call on arrival. He has since gone missing from placement twice and has been found both times at the same Stoke nail bar.",
  "AV DEC", "", "L", "high")
T("INT LOG 4/B/P - 'Dons' line running out of Liverpool into Barrow. Using at least 3 local kids aged 14-16. Source states kids are made to sleep at a cuckooed address on Greengate St and are not allowed home at weekends.",
  "AV RM", "RMS", "C", "high")
T("CHILD NRM - Girl, 17, from Poland. Came to UK with mum, mum left. Was living with mum's ex-partner who took her benefits claim money and made her work in his shop unpaid. She says he touched her and threatened to throw her out if she told.",
  "AV WW PSV IT", "NCW", "L S", "high")
T("School concern (not exploitation): 15 year old boy working Saturdays at his dad's garage, paid cash, tired on Mondays. Teacher asked if this was 'modern slavery'. DSL spoke to family: legal part-time work within permitted hours, no concerns.",
  "", "", "", "low")
T("Referral: 13yo boy from Newham disclosed that older boys made him hold a knife and drugs 'for them' and said they'd stab his brother if he lost it. He is terrified to go to school.",
  "AV IT", "FA", "C", "high")
T("CHILD NRM (Home Office). YP claims to be 16, Afghan. He worked in a brick kiln in Iran before leaving, where he was made to work 14 hours a day and was beaten by the owner. In Europe and the UK no exploitation. Referral is for exploitation in Iran.",
  "AV EO PSV", "LH", "L", "high")
T("YP 16 F. Sister reports she's been 'going with' a man in his 30s who takes her to Blackburn in his van. She's come home with a black eye. She won't talk to police.",
  "AV PSV", "PA ET FA", "S", "high")
T("Children's Social Care case note 04/02: Visited the family home. Child A (11) and Child B (9) present. Mother explained she uses cleaners sometimes. No evidence of the domestic worker mentioned in the anonymous referral. Children well presented, attend school. NFA.",
  "", "", "", "low")
