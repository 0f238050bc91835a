"""Hand-written texts for fresh119 (children's services / schools mix). Each entry is its own text.
Codes are abbreviated below and expanded on output."""
import json, os
I = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
         PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
         WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
S = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
         saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
         ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
         et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
         ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
X = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
R = dict(i="immediate", h="high", m="medium", l="low")
D = []
def T(text, ind="", sig="", typ="", risk="l"):
    D.append((text, ind, sig, typ, risk))

# ---- part 1 ----
T("Referral from Year 9 tutor: Kayden (14) has been late most mornings and looks tired. Mum works nights and he gets his little sisters ready for school. No concerns about anyone outside the family. Early help offered.", "", "", "", "l")
T("DSL note. Tyler R, 15, seen getting into a grey Audi outside the gates at 15:20 with two older males. Has new trainers and two phones. Missing from home overnight Saturday, found in Southend by BTP with £300 and wraps in his sock. Says he owes 'Dee' for the lost pack.", "AV DB", "", "C", "h")
T("school nurse drop in - Amira yr 8 says she has headaches, not eating breakfast because there is no food at home til mums payday. home visit requested, foodbank voucher given", "", "", "", "l")
T("Youth worker handover: M (16) told me the older lads 'look after him' and he just holds stuff for them. He said if he stops they'll tell his mum about the weed and 'do her windows'. Sleeps at a flat on Denby Rd some nights, not his home address.", "AV IT", "", "C", "h")
T("Child says: I have to hand over the money from the shop job to my uncle every Friday he gives me £10 back. I am 16. I want to keep it for college.", "AV WW", "ncw", "L", "h")
T("MASH contact 101 ref 0412. Neighbour reports screaming from No.14 most nights, a woman and a man shouting, children heard crying. Police attended, domestic incident recorded, DASH medium. Children aged 3 and 6 present. No other concerns noted.", "", "", "", "l")
T("Missing episode return interview. Lacey, 14, was missing 3 nights. She says she stayed at 'a friends' in Luton. She had a new phone and her nails done. Adult male aged about 25 who she calls her boyfriend collected her in a car. She would not say where she slept. She has been given vodka and 'had to be nice' to his mates.", "AV", "", "S", "h")
T("INT suggests KARIM, Ahmed (DOB 03/04/1991) using juveniles from Parkside estate to run the 'Kaz' line into Ipswich. Youths paid in food and trainers. At least one nom aged 15 believed kept at a cuckooed address for 5 days. 2/B/P", "AV RM", "rm", "C", "h")
T("Private fostering notification: Ms Okoye caring for her niece (13) from Lagos while the parents are in Nigeria. Child attends school, has her own room, passport with the family. Assessment: arrangement suitable.", "", "", "", "l")
T("Assessment note. Young person claims to be 16, Eritrean, arrived in a lorry at Dover. Age disputed by Home Office. Presents as calm, well-spoken. Has no documents. No indication of exploitation on the journey disclosed so far. Placed in supported lodgings pending Merton assessment.", "", "", "", "l")
T("Teacher concern: Vi (15, Vietnamese, placed via UASC) disappeared from her foster placement after school on Tuesday. Foster carer found a note with a UK number and an address in Birmingham. Vi told a classmate she still owes the 'travel man' and must go to work to pay it.", "AV DB", "", "", "h")
T("hi im writing about the girl next door shes only about 15 and theres diffrent men coming in and out all night her mum dont seem to care. saw her crying in the garden with a black eye last week", "AV PV", "pa", "S", "h")
T("Child's own words (recorded by SW): 'The aunty said I would go to school in London. I clean the house and cook and look after the baby. I sleep in the kitchen. She says I am lucky to be here and if I talk they will send me back to my village.'", "AV DE IT AC", "plc", "D", "h")
T("GP letter: 12 year old boy attending with mum for persistent cough. Lives in damp 1-bed flat with 5 family members, mould on walls. Housing referral supported. No safeguarding concerns.", "", "plc oc", "", "l")
T("School attendance officer: Elena (13, Roma Slovak) absent 40%. Father says she helps at the family car wash at weekends and school holidays. Visited — she was indoors doing homework. Father's business has employees on contracts. Advice given re attendance only.", "", "", "", "l")
T("Allegation from PE teacher: Jack (11) has bruises on upper arms, says his stepdad grabbed him when he forgot to feed the dog. Section 47 started. No other adults involved.", "PV", "pa", "", "h")
T("Return home interview: Dev, 16. He says an older boy took his bank card 'to borrow it' and money goes in and out. He was given £50. Now the older boy says Dev is 'part of it' and the police will arrest him if he talks.", "AV IT", "ncw", "C", "h")
T("YOT note: Reece (17) arrested at a trap house in Margate. Address belongs to a vulnerable adult with learning disability whose flat was taken over. Reece says he was told to stay there 'until the food's gone' and his phone was taken at the door. He had been there 9 days.", "AV IS RM", "rm iso", "C", "h")
T("Safeguarding referral. Ms PRICE reports her son (14) is being groomed online by a man claiming to be 17 who has asked for photos. Police informed. Son has blocked the account. No meeting took place.", "AV", "", "S", "h")
T("Child Protection conference summary: Neglect. Home conditions poor: no beds for the children, dog faeces on floor, children unwashed. Parents engaging with FIP. No concerns of exploitation.", "", "plc pa", "", "l")
T("Youth club worker: A group of year 10 girls are being driven to parties by men in their twenties. One told me they get 'free weed and a bottle' but 'you have to do stuff to get home'. She looked frightened.", "AV PV", "", "S", "h")
T("Hospital (A&E) safeguarding: 15 y/o male, stab wound to thigh, refused to give name of the attacker. Found with 3 phones and a train ticket to Hastings. Mum not aware he had left London. Police and CSC informed.", "AV PV", "pa", "C", "h")
T("Education welfare: Mohammed (15, Afghan) arrived last month, lives with an adult 'cousin' above a takeaway. Comes to school only 2 days. Said he works in the kitchen till 1am and gets paid 'maybe later'. Very thin.", "AV EO WW", "lh pa", "L", "h")
T("Social worker case note: Visited Ms A and her two children. The flat is clean and warm. Ms A explained she works at a care home 36 hrs a week. Her employer holds no documents. No concerns.", "", "", "", "l")
T("Her words via interpreter: she says that she is 17, she came from Albania with a man she loved. In London he said she had to work with men to pay for the flat. She says he took her passport 'to keep it safe' and she does not have it now.", "AV DE RD DB", "dt", "S", "h")
T("999 call summary: female caller, crying, says she's 16 and locked in a room at a flat in Leeds, men outside the door. Doesn't know the address. Call dropped. Cell site being traced. IMMEDIATE.", "AV RM IS", "rm iso", "", "i")
T("Referral from primary school: Year 2 pupil said 'daddy hits mummy'. Mum disclosed DV to the DSL, is now in refuge with both children. Police involved. No other concerns.", "PV", "", "", "h")
T("Teacher: Bilal has fallen asleep in class 3 times. He says he helps his dad at the market stall on Saturdays and stays up gaming. Dad pays him £20. Happy and well-presented. Parents spoken to.", "", "", "", "l")
T("Missing child, Hawa (14), Sudanese, reported missing from care home 3rd time. Previously found in a flat in Cardiff with adult males. Staff say she returns with cash and alcohol. Her phone has been taken off her by one of the men each time.", "AV IS", "iso", "S", "h")
T("Police log: 2/C/P. INT suggests 3 juveniles being used to shoplift to order from Boots stores in the town centre. Goods handed to an adult female in a blue Corsa VRM KX17 ABD. Youths said to be 'paid in sweets and vapes'.", "AV WW", "", "C", "h")
T("me and my freinds keep getting messages off this man on snap saying he will pay £100 for pics. were 13. he knows what school we go to", "AV IT", "", "S", "h")
T("Case note (NGO youth caseworker): A. (19) is a care leaver, lives alone in supported housing. Has a job at a warehouse via an agency, gets paid into her own account and shows me her payslips. She's saving for driving lessons. Discharge from service agreed.", "", "", "", "l")
T("MASH record: Amir (16) says his father wants him to marry his cousin in Pakistan in the summer. He does not want to. His passport has been taken by his father and 'hidden'. He says he will be beaten if he refuses.", "AV RD IT", "dt", "", "h")
T("School counsellor notes: Chloe (15) describes her boyfriend (22) checking her phone, telling her who to see, and turning up at the gates. She says he has slapped her. No sex for money or gifts reported. Referred to IDVA young persons service.", "AV PV", "", "", "h")
T("Neighbour concern: a house on Cedar Close has lots of young lads coming and going, curtains always shut, a smell of weed. One boy looks about 14. He was seen at 6am being dropped off by a van.", "AV", "ced", "C", "h")
T("Nurse, sexual health clinic: 14-year-old girl attended for emergency contraception with a 30 y/o man who answered all questions for her. She says he is her 'uncle'. Refused to be seen alone. Police and CSC informed urgently.", "AV", "sfw", "S", "h")
T("Debrief (first person, translated): I came from Vietnam when I was 15. They said there is job in nail shop. In England they put me in a house with plants. I water the plants, I sleep there on the floor. The door is locked from outside. They bring noodles every two days.", "AV DE RM AC", "rm saw plc", "C", "h")
T("Social care duty: anonymous caller says a 9 year old on Hollin St is left alone all day while mum is at work. Welfare visit arranged. No other concerns.", "", "", "", "l")
T("Referral from college: Josef (17, Polish) sleeps in the packhouse where he works with his step-uncle. Works from 5am. Says his 'wages go to the uncle for the rent'. Misses college most Tuesdays. His ID card is in the uncle's car.", "AV WW EO RD", "saw lh ncw dt", "L", "h")
T("Police: Juvenile 15 found in possession of 20 deals of crack at Ramsgate station. Has a London home address. Claims he 'owes the man for the stuff police took last time' and was told his little brother would be next if he didn't come.", "AV DB IT", "", "C", "h")
T("School nurse: Y9 pupil disclosed self-harm. Says she is stressed about exams and her parents' divorce. CAMHS referral done. No other risk factors.", "", "", "", "l")
T("Teacher: Kwame (10) says his brother (16) 'works for the Flaco boys' and got a car and gold chain. Kwame wants to join. No evidence Kwame is involved. Brother flagged to YOT already.", "", "", "", "l")
T("Children's home report: Nicole (15) came back at 4am after being collected from the home at 10pm by a taxi nobody booked. Staff believe an older man pays for taxis. She had bruising to her neck and said 'it's nothing, he was just playing'.", "AV PV", "pa ced", "S", "h")
T("Age dispute assessment: Young person (states 15, from Sudan) travelled via Libya and Italy. Says smugglers in Libya held him in a warehouse for 4 months and beat them until families paid more money. He worked on building sites there. Now in UK, no ongoing contact with smugglers.", "AV PV RM", "rm", "L", "h")
T("Early Help: family of 6 in temporary accommodation, one room in a B&B. Children share two beds. Mum says they were evicted after rent arrears. Housing pursuing. No exploitation concerns.", "", "oc plc", "", "l")
T("Police, 101 report. Member of public says kids as young as 12 are begging at the traffic lights on the ring road while an adult man collects the money from them every hour and watches from a Transit.", "AV WW", "ncw", "C", "h")
T("School DSL: parent reports her daughter (12) was offered £50 by an older girl to carry a bag to a house in Chatham. Daughter refused and told mum. Police informed, no further concerns about the girl herself.", "", "", "", "l")
T("HOME VISIT. Grandmother caring for two grandsons since the parents' deaths. Special guardianship being explored. Boys happy, well cared for. One boy works Sunday paper round. No concerns.", "", "", "", "l")
T("Debrief. I was 16 and my stepmum said I had to do the cleaning for her friend's family. I cooked and cleaned there 7 days, 6 till midnight, I never went to school. I had no money. They said if I told my dad they'd say I stole.", "AV EO WW IT", "lh", "D", "h")
T("Referral to NRM (First Responder: LA). Child T (16, Albanian) found in a cannabis grow in Kent. Debt of £15,000 for travel. Phone taken. States he was told his family in Albania would be hurt if he left. Placed in foster care; at risk of going missing.", "AV DB IS IT", "iso", "C", "h")
T("A&E note. 17 y/o female brought in from a 'massage' flat by a man she called her boss, intoxicated. He tried to leave quickly. She has cigarette burns to her forearms. She asked staff not to call police because 'he knows where my mum lives'.", "AV PV IT", "pa foa", "S", "i")
T("Primary teacher: pupil (7) says 'Mummy's friend sleeps in our house and gives us treats'. Discussed with mum: new partner, DBS check not applicable, no concerns raised by school.", "", "", "", "l")
T("Children's social worker note on UASC: Nguyen (16) told me he was taken from foster placement by a woman in a black car. Found 2 weeks later at a nail bar in Nottingham, working 10am to 9pm, sleeping in the back room. Said the woman had his phone.", "AV EO IS", "lh saw iso", "L", "h")
T("Online report: My son 15 keeps going missing, comes home with cash and cuts on his hands, says he 'has to go to work in Devon'. theres a guy called T who texts him constantly. please help", "AV", "pa", "C", "h")
T("Youth worker note: H (17) said he was working at a car wash on Saturdays, gets £40 cash for 8 hours. The owner is fine, 'lets me leave when I want'. Low pay discussed, we looked at apprenticeships.", "", "", "", "l")
T("Police CSE team log: 1/B/P. Female 14 (POI) being advertised on an escort site with adult age stated. Bookings arranged by male known as 'Ricky' who takes the money. IP believed currently at an Airbnb in Slough with him.", "AV WW", "ncw", "S", "i")
T("Girl, 13: 'He said I was his girlfriend and that I owed him for all the stuff he bought me. Then he said I had to sleep with his friend to pay it back.'", "AV DB PV", "", "S", "h")
T("School referral: Reyhan (Year 11) says she is being taken to Turkey in the summer to get engaged. She seemed happy about it and said she can say no. Her mum came in and confirmed. Forced Marriage Unit consulted: no further action.", "", "", "", "l")
T("Paediatric note: 6 y/o with failure to thrive, parents struggle with substance misuse. Child Protection plan category neglect. No involvement of other adults in exploitation.", "", "pa", "", "l")
T("LA housing officer: Two teenage boys (15, 16) living alone in a flat rented by a man who visits twice a day. Flat has no furniture except mattresses. Boys say they 'help out' and are not allowed to have friends round.", "AV AC", "plc", "C", "h")
T("Missing person report: Maria (15, Romanian) has not attended school for 3 weeks. Family say she 'went to work in Germany' with an aunt. School has concerns about the aunt who recruits girls from the community.", "", "", "", "h")
T("Teacher: Liam said a man at the gym gives him free protein and lifts home. He asked Liam to drop a parcel at a mate's house. Liam declined. Dad informed, police aware.", "", "", "", "l")
T("Case summary, Salvation Army youth caseworker: D (18) was trafficked at 16 by his stepfather for labour on building sites in Manchester. Says he worked 12-hour days, no pay at all, 'just food'. Now safe and in college.", "AV EO WW", "lh", "L", "h")
T("Safeguarding hub note: 'Olu' (16, Nigerian) living with a family friend who says she's a relative. Neighbours report she is seen hanging washing at 6am and cleaning windows late at night and never goes to school. Family friend answers the door and speaks for her.", "AV EO", "lh sfw", "D", "h")
T("im a dinner lady at the school and theres a boy who comes in with no coat in winter shoes falling apart and eats everyones leftovers. his dad drinks", "", "pa", "", "l")
T("Youth offending: Jamal, 15, charged with possession with intent. He told his YOT worker he was 'made to do it' by a man who beat him with a belt after a missing package. His mum's flat was 'visited' by two men asking for him.", "AV PV IT", "", "C", "h")
T("School nurse: Leah (14) disclosed that her stepfather touches her. Police informed, S47, mum supportive. No money or third parties involved.", "PV", "", "", "h")
T("Debrief (interpreter): He says he was 14 when they took him from Eritrea. In Libya he was sold twice. He says they removed one kidney from another boy in the same room and that the boy died. He says they told him the same would happen if his family did not pay.", "AV IT PV", "", "O", "h")
T("Child's words: 'I don't have my passport, my dad's friend has it. I work in his restaurant after school and at weekends. He said the money goes to my dad in Bangladesh.' (Sohel, 15)", "AV RD WW", "dt ncw", "L", "h")
T("Referral from health visitor: Mum (19) with 4-month-old baby lives with partner's family, says she is not allowed out without her mother-in-law and does all the housework. Partner holds her spousal visa papers. Baby thriving.", "AV RM RD", "rm dt", "D", "h")
T("Attendance note: the Kovac family have removed 3 children to home educate. EHE officer visited, lessons observed. No concerns.", "", "", "", "l")
T("Police log. 3/C/C (do not disclose to family). INT suggests HOXHA, Arben running cannabis grows in 3 addresses in Swindon, each staffed by a Vietnamese youth believed under 18. Windows boarded, youths not seen to leave.", "AV RM", "rm", "C", "h")
T("Form tutor: Ali (12) is brilliant at maths but constantly on his phone under the desk; a parent said older boys in the park gave him the phone. Parents and police liaison officer informed; no other concerns so far.", "", "", "", "l")
T("Girl (16) to youth worker: 'My cousin got me a job at a hotel in Blackpool, said it was reception. When I got there it was cleaning rooms 14 hours and they took £100 a week out for the caravan I share with 5 others. I left after a week and came home.'", "AV DE EO AC", "lh oc ct", "L", "h")
T("Fostering team note: the foster carers are both working, the children go to breakfast club. Carers are up to date with training. No concerns.", "", "", "", "l")
T("School safeguarding log: Sasha (15) seen in a selfie on a bed in a hotel room with cash fanned out. Friends say 'she goes with older guys for money'. She is missing from school today.", "AV", "", "S", "h")
T("111 call summary: a 17-year-old boy calls saying he was brought from Albania to work for 'Gezim' and wants to go home; he is in a house where the windows are screwed shut and there are plants everywhere. Police dispatched.", "AV RM", "rm", "C", "i")
T("Neighbour: the kids on the corner are always out till late, probably no one at home. the oldest one about 12 looks after the little ones. theyre nice kids just a bit wild", "", "", "", "l")
T("Transition worker: Jade (17, autistic) was befriended by a couple who moved into her flat. They use her PIP money and her bank card, sell drugs from her kitchen, and tell her she will lose the flat if she tells anyone.", "AV IT", "ncw", "C", "h")
T("Police. Juvenile (14) stopped on the M62 in the back of a car with two adults, 400 miles from home at 3am. Claims they are cousins. Adults not related. Phone shows messages arranging 'drops'.", "AV", "", "C", "h")
T("School counsellor: Year 10 boy says he feels pressure to vape and smoke because his friends do. No adults involved. Counselling continues.", "", "", "", "l")
T("Referral from Border Force (Heathrow): girl travelling alone (stated 13) from Lagos, met by a man who could not name her school. He had her passport and return ticket. Says she will live with him and 'help with the children'. Child removed to LA care.", "AV RD", "dt", "D", "h")
T("Case conference: domestic abuse, father controlling finances, mother not allowed her own bank card, child (8) witness. Non-molestation order in place. No exploitation concerns in the labour or sexual sense.", "", "ncw", "", "l")
T("Debrief, boy 16 (Vietnamese): 'They told me the work is washing cars and I will earn £300 every week. I washed cars. The boss gave nothing, he said my debt is £20,000 and I pay back first. We sleep upstairs in the office, 6 people.'", "AV DE WW DB AC", "saw oc", "L", "h")
T("Pupil voice (Year 6): 'My mum works at the hospital and when she is on late shift my auntie picks me up. I like it.'", "", "", "", "l")
T("Community nurse: elderly man in a caravan on a farm, 70s, learning disability, has lived there 20 years, works the yard 'for his keep'. No wages. His benefits go to the farmer's wife. He has no phone.", "AV WW IS AC", "plc ncw iso", "L", "h")
T("Referral from youth justice: J (16) says he was beaten by older members of a group when he tried to leave and they filmed it and posted it to warn others. Now moved to an aunt in another area.", "AV PV IT", "", "C", "h")
T("Private fostering assessment: Filipina teenager (16) living with a British family who 'brought her over' to do the childminding. She sleeps on a mattress in the baby's room, gets £50 a month, and her passport is in the family safe.", "AV WW RD AC", "dt plc", "D", "h")
T("School office note: Mum called to say Isaac is off sick with tonsillitis. Back Monday.", "", "", "", "l")
T("Police log. 2/A/P. Source states a pop-up brothel at Flat 6, 22 Quay St is using girls aged 15-17 from Romania. Men drive them between flats in a black Vito and take all the money. Girls do not speak English.", "AV WW", "et ncw", "S", "h")
T("Year 12 student told her tutor she lost her passport on a school trip to Paris and needs a letter for the embassy. Letter written. Parents informed.", "", "", "", "l")
T("DSL: Kai (13) keeps leaving lessons to meet a man in a car at the back gate. When challenged he said the man 'is my mate, he gives me a fiver to take stuff to his friend'. Man's VRM noted.", "AV", "", "C", "h")
T("Debrief (translated): 'I am from Sudan and I was 15. In Calais the man said England is good, I can go to school. But in England, he took me to a farm. I pick vegetables from dark to dark. He said I am illegal and the police will put me in prison if I go out.'", "AV DE EO IT", "lh foa", "L", "h")
T("Carer's log: Shannon 14 was returned by police after being found in a car with 3 adult men at a service station. She said they were going to a party in Rochdale. Men arrested. Shannon very upset, said one of them hit her when she wanted to go home.", "AV PV RM", "", "S", "h")
T("Social worker: B (17) from Eritrea has a job in a chicken factory through an agency. Agency holds no documents, he has his own bank account, works 40 hours. He complained the pay was late one week; it came the next. No exploitation concerns.", "", "", "", "l")
T("Teacher referral: Priya (11) has missed school frequently; family say she is needed to translate for her grandmother at appointments. Young carer assessment offered.", "", "", "", "l")
T("Police, 101: the lad upstairs has a new 'friend' staying, a boy around 15 from London who never goes to school and is always answering the door to people. The tenant (vulnerable, drinks heavily) says the boy's people 'pay him in gear'.", "AV", "", "C", "h")
T("Girl (15) disclosure to school nurse: 'He took photos of me when I was drunk and now he says he'll send them to my whole school unless I go to his flat on Friday.'", "AV IT", "", "S", "h")
# ---- part 2 ----
T("Boy 15 seen crying at bus stop, said he can't go home till he's sold the lot.", "AV", "", "C", "h")
T("Mum rang school: Ellie at dentist this morning, in after lunch.", "", "", "", "l")
T("Y8 girl says older lad from the chicken shop gives her free food and lifts. Monitoring.", "AV", "", "", "h")
T("Caller: kid about 13 sleeping in the stairwell of Block C, no coat, says mum kicked him out.", "", "pa", "", "l")
T("Nan has my passport cos I'd lose it lol - pupil, Y10, asked about school trip ID.", "", "", "", "l")
T("Boy (14) said 'if I don't go back to Norwich they'll stab my brother'.", "AV IT", "", "C", "h")
T("Teacher: he's exhausted, says he works at the car wash every night till 11 for his uncle, no pay.", "AV EO WW", "lh", "L", "h")
T("Pupil locked in the bedroom by the man who brings her to school. Disclosed at 14:10 today.", "AV RM", "rm", "", "i")
T("Foster carer reports UASC boy received a call in Vietnamese and then packed a bag. Police informed.", "", "", "", "h")
T("Girl 16 in care: 'they never let me keep any of the money, it all goes to him'.", "AV WW", "ncw", "S", "h")
T("School trip: student forgot passport at home, dad brought it to the airport. No issue.", "", "", "", "l")
T("Lad in Y11 works 6 hrs Saturdays at Tesco. Paid properly. Wants more shifts.", "", "", "", "l")
T("""Strategy meeting minutes (extract)

Present: DS Fry, SW K. Amadi, DSL Hillcrest Academy, YOT.

Concern: Three boys from Year 10 (A, B and C) are believed to be involved with a county line known as 'Milly' running from Lewisham into Hastings and Eastbourne. A has been missing four times since September and was found each time in a flat in Hastings owned by a 58-year-old man with alcohol dependency. The flat had no electricity and there were sleeping bags on the floor. A had a cut to his hand and said he 'fell'. B has been stopped twice with cash over £1,000; he said the money 'is not mine, I have to take it back'. C has not been seen in Hastings and his involvement is only that he is friends with A and B; nothing further known.

Police INT: A's phone was taken from him on arrival and he was given a burner that 'the olders' top up. A told his mum he 'owes' £2,000 for a bag seized by police in October.

Actions: NRM referrals for A and B. Disruption at the Hastings address. C — universal monitoring only.""", "AV DB IS AC", "pa iso plc", "C", "h")
T("""Referral — Children's Social Care, Front Door.

From: Ms J. Hart, Year 5 teacher, St Anne's CE Primary.

I am raising a concern about Ayodele (10). Since the start of term she arrives at school at 8:50 having walked alone from a house about two miles away. She told me she lives with 'Aunty Bisi' and Bisi's three children. She says she gets up at 5 to sweep, wash the plates and iron the uniforms before the other children wake. She is not allowed to eat until the family has eaten. Last week she had a burn on her wrist that she said was from the iron 'because I was slow'. Her real mum is in Nigeria. Ayodele told me Aunty Bisi says she will be 'sent back to the village with nothing' if she tells the teachers about the house.

Ayodele is bright and keen; her reading is above age. She asked me not to tell anybody.""", "AV EO PV IT AC", "pa lh", "D", "h")
T("""Long note, school nurse drop-in, Tuesday.

Saw four Year 9 students today. Two came for period products, nothing further. One boy (Finn) wanted to talk about his dad's drinking; he says there are arguments but nobody has been hurt, and he stays at his gran's when it gets bad. I have given him the young carers leaflet and will see him again in two weeks.

The fourth, Zainab, asked about the morning-after pill. She said she had sex with her boyfriend, who is in Year 10 (15). She was clear it was her choice, they are the same age, and there is no adult involved and no gifts or money. We talked about contraception and consent and she is going to tell her mum. I have logged this under Fraser/Gillick and spoke to the DSL; no safeguarding referral needed.""", "", "", "", "l")
T("""Missing from care — debrief by independent return worker.

K. (15) went missing on Friday from her residential home in Stoke and returned on Sunday night in a taxi paid for in cash. She says she was at 'Jay's' in Manchester. Jay is 27. She told me that other girls were there and that men came to the flat, and that Jay told her she 'had to pay her way' because he had given her a phone, clothes and drink. She said she didn't want to, and one of the men held her down. She said Jay took her phone on the first night and kept it 'so nobody could track her'. When she said she wanted to leave on Saturday he said 'you're not going anywhere till I say'. She says she is scared because Jay said he'd 'come to the home and get her' if she talks.""", "AV PV IS RM IT DB", "iso rm", "S", "h")
T("""Case note, YMCA youth worker.

Kieran (17) came in for the drop-in. He has been working on a roofing crew for a man called Paddy for about six weeks, cash in hand. He says Paddy picks the lads up from the hostel at 6am and they often don't get back till after 8. Kieran says at first he was paid £60 a day but Paddy now says he owes for the van, his boots and his hi-vis, and Kieran hasn't been paid for two weeks. He showed me a text from Paddy: 'you walk off my job you pay me the 800 you owe or I'll find you'. Kieran says he doesn't want to go back but is frightened. We have talked about the police and the helpline.""", "AV WW DB IT EO", "ced ppe lh ct", "L", "h")
T("""Press summary: Two men jailed for exploiting teenage boys in cannabis factories.

A court heard that boys as young as 14, brought from Vietnam in lorries, were held in houses in Hull and Grimsby where every window had been blacked out and the doors bolted from outside. The boys tended plants, slept on mattresses next to the lamps and were fed once a day. The men told them that their families in Vietnam owed $30,000 for the journey and that the debt would be cleared once the harvest was sold. One boy suffered burns when a wire caught fire. The judge said the men had 'treated children as disposable'.""", "AV RM DB AC PV", "rm saw plc pa", "C", "h")
T("""Referral from GP practice, safeguarding lead.

Mrs P (32, Pakistani national, spousal visa) attended with her 2 children (4 and 7) for immunisations. She was accompanied by her mother-in-law who answered all the questions. When seen alone for 2 minutes Mrs P said that she has not left the house except for appointments for a year, that her husband's family hold her passport and her visa letter, and that she does all the cooking and cleaning for 9 people. She is given no money. She said 'they say if I complain they will tell the Home Office and I will lose my children'. Children appear well cared for physically.""", "AV RM RD IT WW EO", "rm dt sfw ncw", "D", "h")
T("""Section 47 outcome letter (extract).

Allegation: that Jordan (12) was being used by his older cousin to sell cannabis.

Findings: Jordan's phone was examined with parental consent. Messages with the cousin relate to football and gaming. Jordan was seen alone and said his cousin had never asked him to carry or sell anything. The cousin, 19, has a previous caution for possession but there is no evidence he has involved Jordan. School report good attendance and no changes in behaviour.

Outcome: allegation unsubstantiated. No further action, family offered early help for unrelated housing issues.""", "", "", "", "l")
T("""Officer handover — Night turn to Early turn.

1) RTC on A38, minor, cleared. 2) Shoplifting at Co-op Main St, adult male, arrested, bail. 3) Concern for welfare at 41 Birch Rd: 15-year-old Romanian girl found by patrol at 02:30 walking on the ring road in a short dress, no coat. Said she had been 'dropped off by a client' and needs to get back to 'Mama Lidia' who keeps her ID card. Very scared of police, asked us not to tell Lidia. Taken to place of safety, EDT informed. Needs strategy discussion this morning. 4) Noise complaint, advice given.""", "AV RD", "dt foa", "S", "h")
T("""Foster carer's diary, transcribed for review.

Mon: T. (16, Albanian) quiet, ate well. Asked to use my phone to call a number; I said he could call his mum. He called, spoke for a minute, then was very upset.
Tue: Went to college. Came back at 6. Said 'the man' had been at college gates.
Wed: Found £400 in his coat. He says it was given to him to 'keep safe' for someone.
Thu: Told me that the people who brought him say he owes £8,000 and if he doesn't pay they will 'go to my house in Albania'. He wants to pay it back 'so they leave my family'.
Fri: Missing from 16:00.""", "AV DB IT", "", "", "h")
T("""Debrief interview, interpreter present (Tigrinya).

She says that she is 17 and came from Eritrea through Sudan and Libya. She says that in Libya the smugglers held everyone in a compound and that the women were taken out at night by the guards. She says she was raped many times. She says a man came and looked at the young people and took blood from some of them, and that people said he was buying kidneys; she says one girl she knew was taken and did not come back. She says she does not know more. She arrived in the UK last month by small boat and is in the care of the local authority. She says she has no contact with the smugglers now.""", "AV PV RM", "rm", "S O", "h")
T("INT: 2/B/P. BROWN, Keisha (DOB 11/02/1998) believed to be recruiting girls 13-15 from Hilltop children's home to attend 'parties' at flat in Moss Side where adult males present. Girls paid £20 and given cannabis.", "AV", "", "S", "h")
T("POI BAKO, Mihai. INT suggests he controls 6 Romanian males working at a hand car wash on Fenton Rd. Workers sleep in a portacabin on site. Wages paid to BAKO's account. 2/C/P", "WW AC", "saw ncw", "L", "m")
T("Bank financial crime alert: 11 debit cards in different names used at the same ATM on Canal St between 23:58 and 00:11. Account holders are all recently arrived Slovak nationals working at a meat factory via the same agency. Wages credited then withdrawn in full within the hour.", "WW", "mbc ncw", "L", "m")
T("GLAA inspection, Fenland packhouse. Labour provider charges workers £250 'registration' before the first shift and £5 a week for hi-vis. Accommodation inspected: 3-bed house, 8 workers, clean, each has own bed. Workers keep their passports and are paid into their own accounts. Licence conditions added re fees.", "", "uf ppe", "", "l")
T("GLAA: 14 Lithuanian workers at a leek farm say they were told £10 an hour in the advert on Facebook; they receive £3 after 'transport, rent and tools'. Gangmaster holds bank cards 'for safety'. Housed in 2 caravans without heating. One worker says he is afraid to speak because the gangmaster 'has friends at home'.", "DE WW AC IT", "ct ppe ncw plc oc foa", "L", "h")
T("Licensing visit, nail bar 'Glamour Nails' High St. 4 staff present, all Vietnamese, 2 appear under 18. Manager answers for all. Staff stay upstairs. No one could say their address. Passports 'with the boss in Birmingham'. Referral made.", "AV RD IS", "sfw saw dt iso", "L", "h")
T("Care home whistleblower (anon): Nurses from India and the Philippines recruited by an agency that charged them £8,000 each. They must pay it back from their salary at £500 a month and if they quit they owe it all. They work 70 hours. The manager holds their BRP cards.", "DB EO RD", "uf lh dt", "L", "h")
T("Fishing: crew member (Filipino) on a scallop boat out of Newlyn says they work 20-hour days when fishing, sleep on board in harbour, and their contracts say one wage but the money sent home is a third of that. Skipper keeps the seaman's books.", "EO WW RD AC", "lh saw dt", "L", "h")
T("Hotel housekeeping via agency: room attendants paid per room, so a 10 hour shift comes out at £4 an hour. They get their own pay, can leave, no documents held. Referred to HMRC for NMW.", "", "lh", "", "l")
T("Warehouse worker, Polish, 24, says the agency moved him into a house of 12 and takes £90 a week rent plus £15 for the minibus. After deductions he got £43 last week. He cannot leave the house because he has 'debt' to the agency.", "WW DB AC", "oc ct", "L", "h")
T("Takeaway, Chinese, worker (38) says he sleeps on the kitchen floor after closing, works 11am till 2am 7 days, the owner keeps his money 'to send home' and he has only been given £30 in 3 months.", "EO WW AC", "saw lh ncw", "L", "h")
T("Construction site: an Albanian labourer fell from scaffolding. Colleagues say none of them have contracts; they are driven from a house in Luton at 5am by the man who pays them. Injured man was told not to go to hospital and not to tell police who he works for.", "AV IT", "pa ced et foa", "L", "h")
T("Waste recycling plant: men sorting on the line with no gloves or masks, injured hands. They live in a unit on the site. Manager collects their wages from the agency in cash and gives them £50 each.", "AC WW", "pa saw ncw", "L", "h")
T("Diplomatic household: a domestic worker from Indonesia fled from an embassy residence in Kensington. She says she worked from 6am till 1am, slept in the laundry room, was never given a day off, and her passport is in the employer's safe. She was paid nothing in 14 months.", "EO AC RD WW", "lh saw dt", "D", "h")
T("Au pair (Ukrainian, 19) emailed the agency: the family expect 60 hours childcare and cleaning, not the 25 agreed, and have not paid her the £90 a week. She is not allowed to leave the house in the evenings. The agency has moved her to a new family.", "DE EO WW RM", "lh rm", "D", "h")
T("Au pair (Spanish, 20) asked the agency for help because the host family's hours creep up to 35 a week. They pay her £100 weekly as agreed and she has her own room and key. Agency mediated. No exploitation identified.", "", "", "", "l")
T("Sham marriage: Registrar reports Portuguese woman (21) brought to register a marriage to a Pakistani man she met that morning. She does not know his surname. She said a man paid her travel and will give her £2,000 afterwards but she owes him for the flight if she backs out.", "AV DB", "", "C", "m")
T("Benefit fraud: DWP flags 23 universal credit claims all linked to one house in Derby. Claimants are Roma families; the landlord's brother manages the accounts and holds the cards. Claimants say they get £30 a week.", "", "mbc ncw", "C", "m")
T("Identity fraud, Border Force Stansted: Bulgarian man (30) travelling with 3 women whose passports he was holding, plus 4 bank cards in their names. Women say they are going to work in a hotel but cannot name it.", "RD", "dt mbc sfw", "", "m")
T("Brothel: police warrant at 'sauna' in Southampton. 5 women (Thai, Chinese) living on site, sleeping in the rooms they work in. Maid keeps takings and passports. One woman has bruising, says clients. Two say they owe £40,000 to the agent who brought them.", "WW RD PV DB AC", "saw dt pa", "S", "h")
T("Adverts: 9 profiles on an adult site use the same phone +447700900431 and the same wording 'new in town, young Romanian'. Pictures show the same room. Suggests one controller booking for multiple women.", "", "sfw", "S", "m")
T("Organ trading: hospital transplant team note: patient returned from Pakistan with a newly transplanted kidney bought from a 'donor' found by a broker. Patient says the donor was a poor labourer who was paid $1,500 and 'didn't really understand'.", "AV DE", "", "O", "m")
T("Transplant clinic letter: Mr Ali (54) received a kidney from his brother at Guy's last year; living donor assessment completed in full. Doing well. Routine follow up in 6 months.", "", "", "", "l")
T("Online report: theres a guy on facebook offering 20 grand for a kidney, says flight to turkey paid, he messaged my brother who is skint and has gambling debts. brother nearly went", "AV", "", "O", "m")
T("Police log: 1/A/C (not to be disclosed to the victim's family). Nigerian woman (24) states she was brought to the UK by a 'sponsor' who said she would be a hairdresser. On arrival, she was told she owed £35,000 and had to work in a flat in Ilford. A juju oath was sworn before she left; she believes she will go mad if she breaks it.", "DE DB IT", "", "S", "h")
T("Debrief (first person): I pay the man £1,000 before I come for the work permit. In the farm they say the permit is not ready. We pick strawberries 12 hour, sometime 14. The money for the caravan and the bus they take every week. After 2 months I still owe them. I cannot go, they have my passport.", "DE DB RD EO WW AC", "uf lh ct dt", "L", "h")
T("Witness statement (neighbour): For about a year I have seen a lady, I think Filipino, at No. 7. She hangs out washing and takes the children to school but I have never seen her go anywhere alone. Once she whispered to me 'please help, they don't pay me, I want to go home'. The family drive a Range Rover, VRM LR19 XYZ.", "WW RM", "rm", "D", "h")
T("Victim account via interpreter: he says that he was homeless in Bucharest and a man offered him building work in England. He says he has been working at a house renovation for 8 months, living in the house being built, with no hot water, and the man says he owes for flights and food. He says he has been hit with a shovel when he asked for money.", "AV DE DB PV AC", "saw plc pa", "L", "h")
T("Probation note: M (23) on licence says his employer at a hand car wash 'looks after' his phone during shifts and drives him to and from work. Shifts 8am-8pm six days. He is paid £250 cash on Fridays. Says he is happy there. Probation will monitor.", "EO", "lh et", "", "m")
T("Prison note: Vietnamese prisoner (19) convicted of cultivation says he was kept in the house by the men who brought him and could not leave. Legal advisor considering s45 defence. NRM referral submitted.", "AV RM", "rm", "C", "h")
T("Police intelligence: 3/D/P. Unconfirmed suggestion that a restaurant on King St employs illegal workers. No detail of exploitation.", "", "", "", "l")
T("Council environmental health: takeaway 'Golden Wok' — staff sleeping in the storeroom above the kitchen on mattresses, fire exit blocked. Owner given notice. Staff say they are paid weekly and live there by choice to save rent.", "", "saw plc", "", "l")
T("Salvation Army caseworker: Client (Slovak, 41, literacy difficulties) says the man who arranged his job took his ID 'to set up the bank account' and never gave it back. His wages go into that account and he gets £40 a week cash. He has been told if he leaves, his family's house in Slovakia will be taken.", "AV RD WW IT", "dt ncw", "L", "h")
T("Call to helpline: woman in Birmingham says her husband brought his 'cousin' from India who has been sleeping in the garage and working in his shop 7 days; the cousin is not allowed to have a phone and doesn't speak English.", "AV EO IS AC", "saw lh iso", "L", "h")
T("Financial crime: money mule activity. Student accounts of 6 first-year students at one university received £9,000 each and forwarded it on. Students say they were offered £300 on Instagram to 'lend' their account. No coercion identified.", "", "", "C", "m")
T("School: Year 11 boy approached on Instagram to 'lend' his bank account for £200. He told his mum, account not used. Police Prevent/financial team informed. No further concerns.", "", "", "", "l")
T("Begging: 3 Romanian women with babies begging outside Sainsbury's are dropped off at 7am by a man in a silver Passat and collected at 7pm. He takes the cups from them in the car.", "WW", "ced et ncw", "C", "m")
T("Begging, Big Issue vendor complaint: man sitting outside the station every day. Spoke to him — he is British, homeless, begs for himself and is in touch with the outreach team. No one controlling him.", "", "", "", "l")
T("Cuckooing report, housing officer: tenant (60s, COPD) says lads from London have 'moved in' and he sleeps in his chair. They took his key. He's scared to tell us, says they 'know his daughter'.", "AV IT RM", "rm", "C", "h")
T("Cuckooing rumour: neighbour says the old fella at 9 might have lads dealing from his flat. PCSO visited; tenant lives alone, no visitors, no signs of drug use. NFA.", "", "", "", "l")
T("Worker (Indian, 27, on skilled worker visa) told the CAB her sponsor pays her £1,000 less than the certificate says. She has her passport, lives in her own flat and has resigned. Advised on Employment Tribunal.", "", "", "", "l")
T("Pay dispute: Polish HGV driver says his employer paid him two weeks late in March. He has his own bank account and has since been paid in full. Advised ACAS.", "", "", "", "l")
T("Food factory HR: we found that an agency worker's pay was going into an account under a different name. Worker says the man who found him the job 'keeps it for him'. Worker is Romanian, speaks little English.", "AV WW", "ncw", "L", "m")
T("Neighbour dispute: woman complains the family next door park across her drive and play loud music. There are 8 people living there, all adults working at the hospital. Nothing else.", "", "", "", "l")
T("Visa issue: Nigerian student's visa expired while waiting for her graduation. She is worried about immigration. She works part-time in a café, with payslips. No one holds her documents.", "", "", "", "l")
T("Worker injured: machine operator at a bakery lost a finger on a dough mixer. HSE investigating the guarding. Worker employed directly, 38 hours, paid well. No other concerns.", "", "", "", "l")
T("Family living together: 4 generations in one house, 11 people, Bangladeshi family; Grandad owns the house. Children in school. Visit for a housing assessment only.", "", "oc", "", "l")
T("Hand car wash, Trading Standards: 5 workers, all with contracts and payslips, paid minimum wage by bank transfer, PPE provided free, rota on the wall. Owner cooperative. No concerns identified.", "", "", "", "l")
T("Student (Chinese, 20) lost her passport on the Tube. Reported to police, embassy appointment booked. No other issues.", "", "", "", "l")
T("Refused entry at Gatwick: Albanian male (22) with £200 and no return ticket, says he is visiting a friend. No indicators of trafficking identified. Removed.", "", "", "", "l")
T("Border Force Heathrow: Indian woman (26) arriving on a visit visa to 'work as a nanny' for a family in Southall; the family's driver has her passport and her phone. She says she has never met the family.", "RD IS", "dt iso", "D", "m")
T("A&E: 23-year-old Vietnamese man with electrical burns to the hands, brought in by 2 men who left. Says he was 'fixing lights' at a house. Doesn't know the address. Very frightened of police.", "PV IS", "pa iso foa", "C", "h")
T("Midwife note: woman (19, Romanian) booked at 30 weeks. Always attends with a man who answers for her and holds her documents. She has bruising to her upper arms. When alone she said 'I work in a flat' and cried.", "RD PV", "sfw dt pa", "S", "h")
T("Midwife note: Woman (28, Polish) attends with her partner who interprets as she has little English. Seen alone with a telephone interpreter: she is happy, has her own passport and bank account, works in a bakery. No concerns.", "", "", "", "l")
T("School nurse: Mara (14, Roma) disclosed she is engaged to a 20-year-old and will leave school after Christmas to 'keep house' for his family. Police and FMU notified.", "AV", "", "D", "h")
T("cant believe nobody does anythin about the massage place on the high st its open til 3am and the girls never go out, always a bloke on the door checkin who goes in", "RM", "rm", "S", "h")
T("WHY IS THERE 10 MEN LIVING IN THE FLAT NEXT DOOR!!! they get picked up in a white van at 5 every morning and come back at 9 at night look like theyve not eaten in weeks", "", "oc ced pa", "L", "m")
T("some kid keeps knocking asking for food says his mum hasnt been home since thursday hes about 8", "", "", "", "l")
T("Police log. INT: 2/B/P. VRM AB12 CDE (white Transit) seen daily at 05:00 at 14 Kay St collecting 8-10 Eastern European males, returned after 20:00. Males believed to work at a Lincs farm. Driver deducts transport from wages. Housed 12 to a house by the same man.", "AC", "ced et ct oc", "L", "m")
T("Police log: 2/C/P. DURRANI, Wasim known to hold the passports of 4 Afghan youths working in his takeaway in Bradford. Youths live above the shop. One reportedly 16.", "AV RD", "dt saw", "L", "h")
T("Police: Nom SMITH, Paul; IP male 45 with learning difficulties, kept in a shed on a traveller site, made to lay tarmac for 15 years for no wages, beaten if he tried to leave. Rescued today, in hospital.", "AV RM PV WW AC EO", "plc pa rm", "L", "h")
T("Caseworker note (Hope for Justice): Client says her former employer in Dubai took her passport, but in the UK she came with her own family and has no ongoing issues. Historical exploitation abroad only; referred for immigration advice.", "RD", "dt", "D", "m")
T("Woman (Thai, 33) phoned Unseen: she was told she would be a masseuse in a spa. In the UK she has to sleep with clients and pays £300 a week 'rent' to the madam for the room. She cannot refuse clients or she is fined.", "DE DB PV", "saw", "S", "h")
T("Brothel, closed flat, police visit with partners: 2 women present, both Romanian, both say they work for themselves, share the flat with each other, keep their own money and phones and advertise themselves. Offered support, declined. No indicators.", "", "", "S", "m")
T("Debrief: I am Polish. I came to England with my friend for factory work. The work was good. After 3 months, the landlord said our rent was more and we went to another house. We have no problem now. (Caseworker: historical rent dispute, no exploitation.)", "", "", "", "l")
T("Youth worker: The boys at the skate park say a man offered them 'easy money' to go out of town. None of them went. Shared with police for info only.", "", "", "", "l")
T("School: boy, 14, has a new phone and £50 notes; tells friends a man called 'Zee' pays him to hold a bag at home. Mum unaware. He says Zee 'would kill him' if the bag went missing.", "AV IT", "", "C", "h")
T("EDT log 23:40: 13-year-old girl phoned from a party at an address in Oldham, says older men won't let her leave and took her phone away; she used a friend's. Police dispatched now.", "AV RM IS", "rm iso", "S", "i")
T("Children's home: resident (16) told staff 'if I'm not at the station by 9 they'll come here'. Staff called police. He's now in his room with staff.", "AV IT", "", "C", "h")
T("Private fostering: 15-year-old Chinese girl living with a 'host' to attend a private school. Host is paid by the parents. Girl has her passport, phone and pocket money. Reg 8 visit: content and settled.", "", "", "", "l")
T("Return interview, Y (14): says she's 'fine', was at her boyfriend's. Boyfriend is 14 too, mum confirms. No concerns beyond missing episode.", "", "", "", "l")
T("GP: 16-year-old brought by his 'employer' with a deep cut from a knife in a kitchen; the employer said he was 19 and an apprentice, boy said 'I'm 16, I work every day, I can't go back to school'.", "AV EO", "pa sfw", "L", "h")
T("School DSL: Family from Sudan, 3 kids, father works nights in a chicken factory, legal status. Mum says money is tight. Free school meals applied. No concerns.", "", "", "", "l")
T("Children's services: Anonymous caller says a girl of about 12 is serving in a restaurant late at night and gets no pay. Visit found: girl is the owner's daughter, helps out 1-2 hrs Fri evenings, does homework in the back. Child Employment licence advice given.", "", "", "", "l")
T("Report from concerned parent: my 15 year old daughter has been getting money from a man on an app called 'sugar daddy'. She met him twice. He said if she stops meeting him he will tell her dad what she's been doing.", "AV IT", "", "S", "h")

# ---- part 3 ----
T("Girl 15 to teacher: 'He said modelling in London, photoshoots. It wasn't. It was men.'", "AV DE", "", "S", "h")
T("Boy (16, Albanian) in foster care has one carrier bag of clothes and nothing else; won't say who brought him.", "", "fpe", "", "h")
T("Pupil arrived mid-year from Romania with only the clothes she stood in; family now settled, dad works at a car factory. Uniform grant given.", "", "fpe", "", "l")
T("he said i would be working in a shop but its a house with plants and i cant go out", "DE RM", "rm", "C", "h")
T("Child (9) told the lunchtime supervisor she doesn't know her address, 'we moved to the man's house'. Mum later gave address; new partner. Check made, no concerns.", "", "", "", "l")
T("Y7 lad says his dad takes his phone at 9pm every night. Normal house rules. No concerns.", "", "", "", "l")
T("Young person (17, Vietnamese) found in a lorry at Folkestone: had no phone, no money, a single change of clothes, did not know which country he was in.", "AV IS", "fpe iso", "", "h")
T("Caller says the boy in the takeaway is only about 14 and is there till 2am every night.", "AV EO", "lh", "L", "h")
T("Report: my cousin went to the UK to work at a hotel, now they say she owes them and she can only call us from their phone when they listen", "DE DB IS", "iso", "", "h")
T("Older man gave my sister (14) a phone and told her not to tell anyone about it — parent call.", "AV", "", "S", "h")
T("INT 2/B/C (not to be shared with the school): POI JONES, Connor, 19, grooming year 9 pupils at the skate park with cannabis, uses them to run to Swansea. 2 pupils identified.", "AV", "", "C", "h")
T("Social worker note: the 'uncle' gives conflicting accounts of how he is related to Fatou (12). She has no school records, no GP, and he says her papers are with a lawyer. She cooks for the whole household. Strategy meeting today.", "AV RD", "dt", "D", "h")
T("Child in care (15) missing, believed at an address in Bristol with an adult who supplies her with crack. She has been seen outside at 3am looking very thin.", "AV", "pa", "S", "i")
T("The 14 y/o is in the car with them now on the M6 northbound, registration YK63 PLM, mum on the phone to us — 999 summary.", "AV", "", "", "i")
T("Foster carer: boy got a text 'u think ur safe? we know ur school'. He's terrified. Police informed.", "AV IT", "", "", "h")
T("School nurse: Anya (16, Ukrainian, Homes for Ukraine) says her sponsor family have been kind; she babysits once a week and they pay her. Her passport is hers. No concerns.", "", "", "", "l")
T("Referral: Leon (15, mild LD) is being given alcohol by adults at a park and filmed 'for a laugh' doing dares. Last week one made him steal from the Co-op.", "AV", "", "C", "h")
T("Teacher: Adaeze (14) says she is going to be sent to Nigeria for the summer 'to be married'. She is crying. Her passport has been taken by her uncle. FMPO being sought today.", "AV RD", "dt", "", "i")
T("Debrief (first person): My friend's brother say there is job in England in a hotel, good money, he pay the ticket. I come. It was not a hotel. They take me to a house and say I must do sex work to pay the ticket, £5,000, and then it was £10,000. I cannot speak English and I did not know where I am.", "AV DE DB IS", "iso", "S", "h")
T("Caseworker note: Eritrean man (30) says the job in the restaurant was described as chef; he washes dishes 14 hours a day for food and a bed in the basement. He has never been paid. The owner says he is 'family'.", "DE EO WW AC", "lh saw", "L", "h")
T("Online report: the woman who does nails at the shop on Broad St got slapped by her boss in front of customers, she looked so scared, she's young maybe 17", "AV PV", "", "L", "h")
T("Police: male (Indian, 34) reported that a 'consultant' charged him £15,000 for a care worker visa and a job. No job existed on arrival. He is now in debt to loan sharks at home. Free to move, has his passport. Fraud referred to Action Fraud.", "DE", "uf", "", "m")
T("Council tenancy: HMO with 16 men in 5 rooms, landlord also their employer at a recycling yard. Men say the rent comes out of their wages before they see them and they are left £20.", "WW AC", "oc ncw", "L", "h")
T("Border Force (Manchester airport): 3 Filipino domestic workers travelling with a Saudi family. All 3 say they have not seen their passports since their employer took them in Riyadh. One says she works from 5am till the children sleep and is not paid when travelling.", "RD EO WW", "dt lh", "D", "h")
T("Hospital: Man (40s, Pakistani) admitted with complications following a kidney removal done abroad; he says a man in his village paid him to 'give' it to a rich patient and he was promised 500,000 rupees but received less than half.", "AV DE", "", "O", "m")
T("NCA alert: organised group recruiting homeless men in Moldova with offers of UK construction jobs, then transporting them to a clinic in another country for 'medical tests'. Two men later found with missing kidneys.", "AV DE", "", "O L", "h")
T("Debrief, through interpreter: she says the man told her she would be a cleaner in an office. She says instead she was taken to a house and kept there doing the housework for a family of 8 and she slept on the floor in the hallway. She says she was told not to open the door to anyone and that the neighbours were 'watching her'.", "DE RM AC IS IT", "rm plc iso", "D", "h")
T("Debrief, Chinese woman (45) via interpreter: She says she paid 'snakeheads' ¥200,000 for passage and to repay it works at a restaurant in Leeds, sleeping in a flat with 9 others provided by the owner. She is allowed out on her half day. She thinks the debt will be paid in 2 years.", "DB AC", "uf oc", "L", "h")
T("Sign-posting only: Romanian man (35) asked for help getting his deposit back from a landlord. He works as a delivery driver, self-employed. No indicators.", "", "", "", "l")
T("Referral from DWP: claimant (Slovak, 50) attended with a man who spoke for him, carried his card and his ID, and answered every question. Claimant appeared unkempt and had few belongings. When asked alone he said he works at a car wash for 'food and cigarettes'.", "WW RD", "sfw dt pa fpe ncw", "L", "h")
T("GLAA: mushroom farm in Kent. Pickers (Romanian, Bulgarian) say they were charged £400 'job fee' by a recruiter in Romania and must buy their own knives and gloves from the supervisor. Paid through payroll, housing decent, free to leave. Intelligence shared with Romanian police about the recruiter.", "", "uf ppe", "", "l")
T("Construction: Labourer (Brazilian, 28) on a site in Croydon says he was recruited in Portugal, the boss took his passport 'for the paperwork', he works 6 days 7 till 7 and has been told he'll get paid 'when the job is finished'. It's been 3 months.", "RD EO WW", "dt lh", "L", "h")
T("Fishing vessel boarding: Ghanaian crew member (29) has not been ashore in 11 months, sleeps in a bunk in the net store, and says he has not received wages directly; the agent sends 'some' to his wife. Crew contract in English he cannot read.", "RM WW AC IS", "rm saw iso", "L", "h")
T("Car wash: Iraqi Kurdish boy (16) sleeping in a shipping container on site. Works 9 to 7, 7 days. 'The boss gives me food and sometimes £20.'", "AV EO WW AC", "saw lh plc", "L", "h")
T("Local authority: a young carer (13) looks after her mum who has MS. She does cooking, cleaning and shopping. Young carers' support in place. No one else involved.", "", "", "", "l")
T("Missing Vietnamese child (16) from a hotel used to house UASC. CCTV shows him getting into a car with 2 adults. Previously found in a nail bar in Leicester.", "AV", "", "L", "i")
T("Cannabis grow raid, Wolverhampton: one Vietnamese male (stated 18, looks 15) found. Bed in the loft beside the lamps, rice cooker, padlocked front door, no key. Says he owes 'big money' to the people who brought him.", "AV RM DB AC", "rm saw plc", "C", "h")
T("Probation: offender (22) says he was recruited into shoplifting by a group leader who takes all the stolen goods and pays him in heroin. He is dependent and says he has to do it or he'll be 'dropped'.", "AV WW", "", "C", "h")
T("Shoplifting gang: 4 Romanian teenagers (14-16) arrested in Primark; an adult male waiting outside with their bags, IDs and phones. Children say he is their 'uncle' and they give him what they take.", "AV RD IS", "dt iso", "C", "h")
T("Identity fraud, bank: 7 accounts opened in 2 days at one branch using Bulgarian ID cards, each accompanied by the same man who did the talking. The IDs were not returned to the account holders. Cards sent to one address.", "RD", "sfw dt mbc", "C", "m")
T("Benefits: elderly woman's neighbour collects her pension every week and gives her £10. She's 84 and forgetful. Adult safeguarding raised for financial abuse.", "", "ncw", "", "l")
T("Adult safeguarding: man with learning disability (38) living with a family who use his benefits and make him do their gardening and cleaning, sleeps in a shed, not allowed to see his sister.", "AV AC IS", "plc ncw iso", "D", "h")
T("""Referral form — Early Help / MASH
Referrer: Mr D. Oyelaran, Head of Year 10, Marsh Lane School.

Concern about Sami (15). Sami's attendance has dropped from 96% to 61% this term. He was previously on the football team and engaged. Staff have noticed he now has expensive clothes (a North Face coat, Air Max) and two phones, one of which rings constantly in lessons. On 3 November he was seen getting into a black Mercedes at the school gate at 11:00 during lessons. On 10 November his mum called to say he had not come home; he came back two days later with a black eye and would not say what happened. His mum says he told his little brother 'if I stop they'll come for all of us'.

His older friend, Tayo, left the school last year and is known to police. We have no information that Tayo is involved.

Sami's mum is very worried and supportive of a referral.""", "AV PV IT", "pa", "C", "h")
T("""Social worker's visit note — no exploitation identified.

I visited the Nowak family following the anonymous report that 'too many people live in the house and the kids look after themselves'. There are 7 people living in the 3-bed house: Mr and Mrs Nowak, their 3 children aged 4, 9 and 13, Mrs Nowak's brother and his partner, who both work at a distribution centre. All adults have contracts, their own bank cards and documents. The brother pays a share of the rent. The children have beds, clean clothes and food; the house is busy but clean. The 13-year-old sometimes walks the 9-year-old to school, which is appropriate. Mrs Nowak was upset about the report but engaged well. Outcome: no further action, information about housing register given.""", "", "", "", "l")
T("""Debrief (victim's own account, written in English by her, uncorrected):

My name is Joy I am from Benin City. When I was 16 a woman in my area say she will take me to Italy to do hair in her sister salon. She pay for everything. We go through desert, many people die. In Libya we stay in connection house, they beat us, some girls they rape. Then boat to Italy, then Madam say I owe her 30000 euro. I must stand on the road at night. If I do not bring money the madam beat me with the belt and say she will kill my mother because we swear at shrine. Then they bring me to London and it is same, in flat in Croydon. I never have any money in my hand. Now I am 19. I run away last week to the church.""", "AV DE DB PV IT WW", "", "S", "h")
T("""GLAA compliance inspection report (summary)

Licence holder: FreshRoot Labour Ltd. Site: salad packhouse, Evesham.

Findings: 42 workers supplied. All workers interviewed had written terms in their own language, were paid into their own bank accounts and could show payslips matching hours. Transport from Worcester is provided free of charge. Accommodation is not provided by the licence holder. Two workers complained that overtime was not available as often as they wanted. No worker reported any fee, any threat or any retention of documents. One record-keeping breach: the licence holder had not kept right-to-work checks for 3 workers (copies later provided).

Outcome: Licence retained; additional licence condition regarding record keeping.""", "", "", "", "l")
T("""Police intelligence report — OFFICIAL-SENSITIVE
Grading 2/B/P.

Subject 1: LUCA, Florin (DOB 12/09/1985). Subject 2: POPA, Ana (DOB 02/03/1990).
INT suggests LUCA and POPA operate a series of pop-up brothels in Airbnb flats across Reading, Slough and Oxford, moving every 3-4 days. Women (approx 6, Romanian and Hungarian, 18-25) are driven between flats by LUCA in a grey Skoda Superb VRM RX68 KLP. Adverts on Vivastreet and AdultWork use the same 2 phone numbers. POPA holds the women's ID cards 'in case of police' and collects cash after each client. Source reports one woman was hit by LUCA when she asked to go back to Romania. One woman believed to be pregnant.

Assessment: high likelihood of sexual exploitation. Recommend disruption and welfare visit.""", "RD WW PV RM", "et dt ncw", "S", "h")
T("""Statement of witness (CJ Act 1967 s9) — extract.

I work as a delivery driver. For about six months I have delivered to the farm on Ridge Lane twice a week. I have seen a man, I think in his 60s, who lives in a caravan by the slurry pit. He is always filthy and thin, in the same clothes. He works with the cattle when I arrive at 6am and is still working when I come back past at 8pm. I once gave him a sandwich and he ate it like he hadn't eaten for days. The farmer's son shouted at him to get back to work and said to me 'don't talk to him, he's simple'. I have never seen him off the farm. I asked him if he got paid and he just said 'the boss keeps it'.""", "AV EO AC WW", "pa plc lh ncw", "L", "h")
T("""Youth work session log — detached team, Friday night.

Spoke with around 20 young people at the retail park. Most were just hanging out; some drinking; we did harm reduction chats. Two girls (around 14) said a man in a BMW offers them lifts and vapes; they said they've never gone with him. We noted the car. One boy (15) said he 'used to do runs' last year but got out when his family moved; he is now at college and says no one contacts him. Another group asked us about getting jobs; we signposted the youth employment hub. No immediate concerns tonight. Car details passed to police for info.""", "", "", "", "l")
T("""Domestic abuse referral (MARAC), extract.

Victim: Ms R (27), two children aged 2 and 5. Perpetrator: partner Mr T (30). Incidents: strangulation on 4th June; threats to kill her 'if she ever leaves'; he controls all money and takes her wages from her job at the supermarket; he has locked her out of the house at night. Risk: high on DASH. Actions: IDVA, refuge offered, police bail conditions.

No indication that she is being made to work for him or anyone else, or sold for sex.""", "PV IT WW", "ncw", "", "h")
T("""Carer's account to GP (elderly patient's daughter):

Mum has had a live-in carer, Grace, from Zimbabwe through an agency for a year. Grace is lovely. She has her own room, a day off a week, and the agency pays her directly. She goes to church on Sundays. I'm only writing because Mum said 'Grace works too hard' and I wanted you to know she is not being made to — she's just like that. No concerns.""", "", "", "", "l")
T("""Safeguarding referral, further education college (long).

Student: Ibrahim (17), Sudanese, arrived 8 months ago, in semi-independent housing.

Ibrahim told his ESOL tutor he has a 'job' at a car wash on the ring road in the evenings and at weekends. He says he was introduced by a man from his hostel who 'helps boys get work'. He works after college until 9 pm and all day Saturday and Sunday. He was promised £6 an hour but the man collects the wages from the car wash owner and gives Ibrahim £30 a week, saying the rest pays back the phone and the trainers he gave him. Ibrahim showed the tutor a photo of a notebook where the man writes his 'debt', which has gone up from £300 to £650.

Ibrahim also said that another boy who tried to stop working was 'beaten in the park' and that the man has a video of it which he shows the boys. He asked the tutor not to tell his key worker because the man 'knows everybody in the hostel'.

Ibrahim is attending college, appears tired, and has lost weight.""", "AV DE WW DB IT EO", "ncw lh pa", "L", "h")
T("""Social services case note — visit to age-disputed young person.

Young person states he is 16 and from Iran. The hotel staff think he is over 20. He has been in the UK 3 weeks. He says he came on a small boat from France and paid the smugglers before leaving; he owes nothing. He has his phone and speaks to his family daily. He has not been asked to work and nobody has approached him. He wants to go to school and play football. Merton-compliant assessment booked; interim placement in supported accommodation.""", "", "", "", "l")
T("""Community midwife safeguarding note.

Visited Ms Lan (24, Vietnamese, 34 weeks pregnant) at an address above a nail bar. The room has one mattress and a kettle; 4 other women's belongings were in the room. Ms Lan says she does nails downstairs from 9 until 8, every day. The man who owns the shop was present and insisted on 'translating'. When he stepped out, Ms Lan said he keeps her wages 'to pay the debt' for bringing her and that she cannot go to hospital without him. Telephone interpreter used for the second part of the visit.""", "WW DB EO AC RM", "saw oc lh sfw rm plc", "L", "h")
T("""Extract, multi-agency child exploitation panel.

Case 1 — Marcus (15): intelligence of running drugs for 'Snowy' line, two NRMs, positive reasonable grounds. Currently stable at boarding school, no contact for 6 weeks. Risk reduced.
Case 2 — Priya (14): allegation of online grooming by adult male, images shared. Suspect charged. Priya engaging with counselling.
Case 3 — Jason (16): was on the list due to association with peers involved in the Snowy line. Review found no evidence of his involvement; he is working at a bike shop on Saturdays and paid normally. Removed from the panel.
Case 4 — Ruby (13): missing 5 times in 2 months, found at a 24-year-old man's flat each time. He has given her a phone, drugs and alcohol; she has said she 'has sex with his mates when he says'. Police applying for a CAWN.""", "AV PV", "", "C S", "h")
T("""Handover, children's home night staff.

Quiet night overall. J and L in bed by 11. K (15) came in at 01:15, dropped by a car (no plate seen), smelling of alcohol, had £80 and a new phone. She said 'he's just a friend, he's 19'. She had a fresh bruise on her cheek. She wouldn't talk about it. Police informed, missing report closed. Please raise at the morning meeting — this is the 3rd late return in a week with an adult male.""", "AV PV", "pa ced", "S", "h")
T("""Public report via the online form (uncorrected)

Hi. i live accross from a big house on Grange rd, theres a family and they have a girl living with them she looks about 15 shes not there kid shes african and the kids are white. she never goes to school i see her every morning doing the bins and walking the dogs at 6 and hoovering in the window at night. once she was crying in the garden and the mum came out and dragged her in by her arm. she never has a coat even in snow. i dont want to get anyone in trouble but it dont seem right""", "AV EO PV", "lh pa", "D", "h")
T("""A&E safeguarding — adult.

Male, 41, Romanian, presented with a fractured wrist after a fall from a ladder on a building site. Accompanied by a man who said he was his 'boss' and would pay for everything. Patient was quiet, appeared malnourished, clothes dirty. When seen alone with an interpreter he said he sleeps at the site in a container with 6 others, the boss holds everyone's ID cards, and they have been told they owe £1,500 each for the van that brought them from Romania. He asked us not to call police because he is 'not legal' (he is an EU national with settled status — he did not know this).""", "AV AC RD DB", "pa saw oc dt foa sfw", "L", "h")
T("Teacher: Kacper (13) says his dad makes him work at the family's building job on Saturdays. He gets paid £30 and likes it. Child employment rules explained to dad.", "", "", "", "l")
T("MISPER: Ahmad (16, Afghan) missing from supported lodgings for 48 hours. Phone off. Last seen with an older man who has been seen collecting young Afghan boys from the lodgings for 'car wash work'.", "AV", "", "L", "h")
T("Pupil (Y9) says she's being bullied online by other girls. No adults involved. Anti-bullying plan.", "", "", "", "l")
T("We found Kaylee (14) at a flat with two men aged 30+. She'd been given vodka and was barely conscious. Ambulance called. Men arrested for child rape. — Response officer", "AV PV", "", "S", "h")
T("Man at the taxi rank tells girls from the pupil referral unit he'll give them free rides if they 'do him a favour'. Two girls told staff. Reported to licensing and police.", "AV", "", "S", "h")
T("Head teacher: one of our Y6 pupils' dads has been arrested for running a cannabis farm at their home address. Children not involved, staying with mum. Support offered.", "", "", "", "l")
T("Child in need review: Jenny's mother has bipolar disorder and was admitted to hospital. Jenny (11) is staying with her grandparents. No concerns about the care she is receiving.", "", "", "", "l")
T("Family support worker: dad lost his job at the factory, family in rent arrears; 3 children, mum is pregnant. Foodbank and debt advice. No safeguarding concerns beyond poverty.", "", "", "", "l")
T("A boy, maybe 15, has been sitting outside the Tesco Express begging for 3 days. An older man drops him off and stands across the road all day. I asked the boy if he was ok and he looked at the man first.", "AV", "ced", "C", "h")
T("Child's voice (8, drawn and written in a session): 'I don't like when the man comes to our flat and mummy cries. He shouts about money she owes and says he'll take us.'", "IT", "", "", "h")
T("LADO referral: PE teacher alleged to have sent messages to a Y11 student asking to meet outside school. Teacher suspended. Investigation ongoing.", "AV", "", "", "h")
T("CSC: unaccompanied Chinese girl (15) found at Heathrow trying to leave with an adult she had met online. She says he promised her a job in a bar in Paris with a flat. Police investigating.", "AV DE", "", "", "h")
T("Police log: 2/A/P. Male juvenile (14) states he was driven to a flat in Bournemouth by 'Shaq', told to stay there and sell, Shaq took his phone and left him with no food. He was there 4 days.", "AV RM IS AC", "rm iso", "C", "h")
T("A woman rang: her 17-year-old son works at a fast food chain, 30 hrs a week in holidays, paid properly, wants to know if that's legal. Advice given. No concerns.", "", "", "", "l")
T("Children's services: boy (12) said a man at the mosque 'gives him jobs' carrying boxes to cars. Investigated: the man runs a food bank and the boy volunteers with his dad present. No concerns.", "", "", "", "l")
T("School nurse: Y10 girl says her mum's boyfriend makes her clean the whole house every day and cook for his friends and won't let her go out with her friends. Mum works away. S47 discussion.", "AV RM", "rm", "D", "h")
T("Girl 13 from Romania: 'my uncle said I go to England to learn English but every day I go to the shop and take things in my bag and give them to him. If I come back with nothing he hits me.'", "AV DE PV", "", "C", "h")
T("NRM (child) — summary: Filipino boy (17) brought by his 'employer' to work on a cruise ship supply boat, then in a restaurant in London. No pay, sleeps in the restaurant, passport held by employer, worked 90 hour weeks.", "AV WW AC RD EO", "saw dt lh", "L", "h")
T("Transplant coordinator: a prospective living donor (22, unrelated, from Bangladesh) presented with the recipient's family, who had paid for her flight. She could not explain the relationship. Assessment stopped, referred to HTA and police as possible organ trafficking.", "AV", "", "O", "h")
T("Child health: boy (13) with a long scar on his side; he says 'they took out a piece of me in Egypt' and that his father was paid. Paediatric and police review.", "AV", "pa", "O", "h")
T("Teacher: girl (15, Eritrean) says her 'guardian' takes the money the council gives her for food and makes her babysit his children every evening. She isn't allowed out after school.", "AV RM", "ncw rm", "D", "h")
T("Parent to school: 'my son told me the older boys said if he didn't bring the bag back they'd hurt his nan. He's 11.'", "AV IT", "", "C", "h")
T("Sixth former with a Saturday job at a hand car wash says it's cash, £7 an hour, owner decent, he goes home when he likes. Wants help with a CV.", "", "", "", "l")
T("Neighbour says teenage boy at No 22 is 'kept like a servant' by his stepmum. Visit: he is 16, does chores like his siblings, attends school 98%. Unfounded.", "", "", "", "l")
T("Catering college: student (18, Bangladeshi) placed at a restaurant for work experience; owner withholds his pay 'until placement ends' and keeps him till 1am. College removed him from the placement.", "WW EO", "lh", "L", "m")
T("Police: 3 Vietnamese girls (15-17) found in a 'nail bar' with a bedroom behind a curtain. No passports. Manager claims they're nieces. Girls would not speak while he was present.", "AV", "saw sfw", "L", "h")
T("Youth worker: lad of 16 says his older brother's 'mates' made him hold a knife at his house. When he said no, they poured boiling water on his arm.", "AV PV", "pa", "C", "h")
T("School: Syrian refugee family, Dad works at a bakery, kids doing well. Interpreter asked to support parents evening. No concerns.", "", "", "", "l")
T("Police: female (16) reports that her ex-boyfriend (18) shared an intimate image of her. Malicious comms. No exploitation for gain identified.", "", "", "", "l")
T("Referral: brothers 12 and 14 spend the school holidays 'working' with their uncle on a market stall from 5am until 7pm for no money. Parents say it's family business. Parents advised.", "AV EO WW", "lh", "L", "h")
T("A mum came into reception shouting that her daughter's 'boyfriend' (25) is keeping her at his flat and won't let her come home. Daughter is 16. Police attending the flat now.", "AV RM", "rm", "S", "i")
T("I worked for the lady in Kensington for 2 years. I had one day off in 2 years. She kept my passport. She said I am lucky because in my country I would starve. — domestic worker, Kalayaan drop-in", "EO RD", "dt", "D", "h")

# ---- part 4 ----
T("Return interview: Tia (15) says the man she stayed with was 'safe', never touched her, she had her phone and could leave when she wanted. She went home by herself on the bus. Concerns remain about his age (23).", "", "", "", "h")
T("Foster carer asked if Hamid (16) is 'being used'. He has a paid apprenticeship with a garage, keeps his own wages in his own account, comes home at 5. No concerns identified.", "", "", "", "l")
T("Said her dad would have taken her passport if he'd known about the boyfriend, but he doesn't know and she still has it. Y12 pupil. Monitoring for HBA risk only.", "", "", "", "l")
T("Employer told a worker he'd be paid the overtime 'next month' and it came on the next payslip. Worker (Latvian) satisfied. No further action.", "", "", "", "l")
T("Child (12): 'The big boys said I'm in the gang now and if I tell my teacher they'll find me after school.'", "AV IT", "", "C", "h")
T("INT 2/C/P: POI Nguyen Van T suspected of transporting Vietnamese girls aged 14-17 to nail bars in the North East; girls said to pay him from their wages for rent, food and 'visa' and never clear it.", "AV DB WW", "", "L", "h")
T("Hospital social worker: woman (Albanian, 20) post-miscarriage says her 'boyfriend' sells her to men in hotels and keeps the money; he is waiting in the car park now and has her phone.", "WW IS", "ncw iso", "S", "i")
T("Call to school: Y8 boy's aunt says he has been taken by his dad's 'associates' to a house in Kent and they're keeping him there till his dad pays what he owes. Police informed at 10:40.", "AV RM IT", "rm", "C", "i")
T("PCSO: spoke to teenagers selling sweets door to door for a 'charity'. They were 15 and 16, driven by a man who kept the money and gave them £5 each for 6 hours. Charity not registered.", "AV WW", "et ncw", "C", "h")
T("Teacher: Lina (14) told friends she'd been offered a 'job in Dubai' by a woman on TikTok, flights paid. She hasn't gone; mum has her passport and has reported the account.", "", "", "", "l")
T("Youth worker: boy (15) said 'I don't need to sell, nobody makes me, I just do it for the money'. He still had a stash and £600. Referred to the exploitation team regardless.", "AV", "", "C", "h")
T("GP: asylum-seeking woman (Sudan) in hotel accommodation with her 3 kids; anxious about her claim, food poor. Nobody controls her; she has her documents and phone.", "", "", "", "l")
T("hi my neighbour is getting a new kidney next month from her son, is it true they can sell them in other countries? just curious", "", "", "", "l")
T("Girl (16) disclosed at school that she was taken to a house in Derby by her 'boyfriend' and made to have sex with 4 men; he says she owes him £500 for the 'party' and has her school bag and phone till she pays.", "AV PV DB IS", "iso", "S", "h")

# ---- output ----
PAIRS = {"dt": "RD", "rm": "RM", "lh": "EO", "iso": "IS"}
ORDER = "lmhi"
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh119.jsonl")
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(D, 1):
            ind, sig, typ = ind.split(), sig.split(), typ.split()
            assert text not in seen, text[:50]; seen.add(text)
            for s_ in sig:  # signs go with their indicator when both are described
                if s_ in PAIRS and PAIRS[s_] not in ind:
                    print("note: sign without paired indicator", n, s_)
            r = risk[0]
            need = "h" if len(ind) >= 3 else ("m" if ind or typ else "l")
            if ORDER.index(r) < ORDER.index(need):
                print("note: risk raised", n, r, "->", need); r = need
            rec = {"id": "f119-%03d" % n, "text": text,
                   "indicators": [I[c] for c in ind], "signs": [S[c] for c in sig],
                   "exploitation": [X[c] for c in typ], "risk": R[r]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(D), "to", out)
if __name__ == "__main__":
    main()
