# Part 5: longer texts (logs, referrals, statements, reports)
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Op KESTREL - warrant, 14 Ferndale Rd, Rochdale, 0615 hrs. Terraced house converted to cannabis grow,
approx 450 plants across 3 bedrooms and loft. One male found hiding in the bath under a tarpaulin. Male
identified himself as NGUYEN Duc (stated DOB 2006, appears younger). He had no shoes on and a rucksack
containing one change of clothes and a toothbrush. The upstairs windows were boarded from inside and the
rear door had a hasp and padlock on the outside. In the kitchen a calendar had dates crossed off since
February. NGUYEN said via Language Line that a man called 'Anh Hai' brought rice and noodles every Sunday
and locked the door behind him. He has never been outside in daylight. He was told he must pay back
£22,000 for the journey from Vietnam and that the plants are his 'job' until it is paid. Treated as a
potential victim, first responder referral completed, taken to place of safety; Children's Services
notified due to age. No interview under caution at this stage.""",
  "RM DB AV AC", "RMS FPE UF PLC SW", "C", "high")
T("""Call handler log 1843 - Caller: female, customer at nail bar 'Glam Nails', Wellingborough Rd,
Northampton. States that while having her nails done the technician, a young Vietnamese girl, kept
glancing at the door and then wrote on a receipt 'help me I cannot go home they keep my passport'. Caller
has the receipt. Technician is still in the shop now; the man who runs the place is standing by the till.
Caller does not feel able to speak to the girl again without the man noticing. Caller still in the shop,
has gone to the toilet to ring. Advised to leave the shop normally and wait in her car. Grade 1 deployment,
units aware that a possible victim may be moved if the owner becomes suspicious.""",
  "RD RM", "DT RMS", "L", "immediate")
T("""Summary of GLAA visit - hand car wash, Mansfield Rd, Sutton-in-Ashfield. Attended 1030 with Notts
Police MSHT team. Six workers, all Romanian nationals aged 23-48. Manager (ALEXE, Romanian) initially
insisted on translating for all workers, and was told to step away. Individually, four workers stated
they were recruited by ALEXE's brother in Brăila, paid him €250 each for transport and 'registration',
and were told they would earn £70 a day. They receive £35 a day in cash, with £50 a week taken for
accommodation in a three-bed house on Forest Rd shared by eleven people, which ALEXE owns. They are taken
to and from work by ALEXE in a Ford Transit at 0630 and 2000. Two workers said ALEXE 'looks after' their
ID cards. None stated that they had been threatened. Workers had no gloves, and one had dermatitis on
both hands. Two workers accepted NRM referrals; the other four declined but took information.""",
  "DEC WW RD AC", "SFW UF OA CE DT PA", "L")
T("""Statement of witness (MG11) - extract. "I have lived opposite the car wash on Coventry Road for about
five years. I know most of the regular workers by sight. I have never seen anything that worried me. The
owner, who I know as Sami, is a Kurdish gentleman who lives locally with his family. The workers arrive in
their own cars or on the bus around 8am and leave at 6pm, they have a lunch break in the café next door,
and some of them have been there for years. I made this statement because officers asked me about a
complaint that was made about the car wash. I think the complaint came from a rival business that opened
up down the road. I am willing to attend court if needed." """)
T("""Safeguarding adult referral (Local Authority) - Mr B, 44, Romanian, known to have a mild learning
disability and alcohol dependency. Concerns raised by his GP practice that he attends with a man who
describes himself as a 'friend and employer' and who speaks for Mr B in every appointment. Mr B works at
a car wash in Worksop. The practice receptionist overheard the friend telling Mr B 'you say nothing about
money'. Mr B's Universal Credit is paid into an account that the friend manages, and Mr B says he has
'no card'. Mr B appears unkempt, has lost weight since his last visit, and has an unexplained bruise to
his cheek. He told a nurse, when alone, that he sleeps 'in the car wash, in the back' and that if he
says anything the friend will make him homeless again. Section 42 enquiry opened; police informed.""",
  "AV WW IT AC", "SFW NCW PA SW", "L")
T("""NRM referral narrative - first responder: Migrant Help. The potential victim is an Eritrean woman,
aged 24, who was referred by a hostel in Newport. She told us that she arrived in the UK hidden in a lorry
and was taken by a woman from her community to a house in Cardiff, where she was expected to cook, clean
and care for three small children and an elderly man. She worked from before the family woke until after
they went to bed. She was given food but no money. The woman took her asylum documents 'to keep them safe'
and told her that if she went to the Home Office on her own she would be deported back to Eritrea, where
she would be imprisoned for deserting national service. She was not allowed to go to church alone and did
not have a phone. She left after eight months when a neighbour helped her to reach the hostel.""",
  "AV WW EO RD IT RM ISO", "LH DT FA RMS IS", "D")
T("""Intelligence log (sanitised). Grading 3/B/P. It is reported that a Kurdish-Iraqi male known as 'Hawre'
recruits newly arrived Kurdish men at asylum hotels in the Teesside area and offers them work at a chain of
hand car washes in the North East. The men are told they will be paid £50 a day cash. It is further reported
that after the first week, Hawre tells them that they owe £1,500 for 'finding the job' and for transport, and
that their pay is reduced to £20 a day until the debt is cleared. The men are collected from near the hotel in
a silver Toyota Previa early in the morning and returned after dark. It is believed the men are warned that if
they report anything their asylum applications will be rejected. Nothing further known.""",
  "DEC DB WW IT AV", "UF CE FA", "L")
T("""Case notes - Hope at Home safe house, week 2. Client (Albanian male, 20) is settling well. Today he
spoke more about his time in the grow in Bristol. He said the worst part was not knowing what day it was,
because the lights were on a timer and he had no phone or window. He said 'Besnik' visited every few days,
checked the plants, and hit him with a belt if the leaves were yellow. He said he did not try to leave
because Besnik had shown him a photo of his mother's house in Elbasan on his phone and said 'we are
neighbours now'. Client is now engaging with his solicitor about his conviction for cannabis production,
which predates his NRM referral. Positive CG received Tuesday.""",
  "ISO PSV IT", "IS", "C")
T("""Community Safety Partnership - minutes extract. Item 4: Town centre businesses. Members discussed
concerns from residents about the growth in hand car washes and nail bars on Hamstead Rd. The licensing
lead reported that joint visits with the GLAA and HMRC over the last quarter had covered eleven premises.
Nine were fully compliant. Two received advice on record keeping. No modern slavery indicators were found
at any of them and no NRM referrals were made. The chair noted that concerns about 'too many car washes'
are not by themselves evidence of exploitation, and that the partnership will continue routine visits and
promote the helpline number in relevant languages.""")
T("""Debrief transcript (interpreter: Romanian) - extract. Q: How did you get the job? A: A woman in my town
said there is work in England, washing cars, £1,500 a month, and a room. I paid her 1,200 lei. Q: What
happened when you arrived? A: A man met us at Luton airport, took our identity cards to 'make the
National Insurance'. We never got them back. Q: How much were you paid? A: First month nothing because he
said I must pay the flight. Then £100, £150 a week. Q: Hours? A: From seven until ten at night, every
day. Sunday also. Q: Could you leave? A: Where I go? No documents, no money, no English. He said police
here will arrest me because I have no papers.""",
  "DEC RD WW DB EO AV IT", "UF DT LH FA", "L")
T("""Crimestoppers report (received online, unedited): there is a nail bar called Star Nails on the high
street in Gravesend and I think something bad is happening. the girls who work there are very young maybe
15 or 16 and they are there from when it opens to when it shuts 7 days. a man in a black mercedes brings
them in the morning and picks them up at night they never walk anywhere. one of them asked me what town
this was. they look so tired and one of them had a bandage on her wrist. im not sure who to tell so im
telling you""", "AV EO", "LH ET CE IS PA", "L", "high")
T("""Report of Border Force officer, Port of Dover, Eastern Docks. HGV (Romanian plates) examined at
0340. Four males found concealed behind pallets of furniture. All stated to be Kurdish from Iran, ages
17 to 30. The youngest had a phone with a WhatsApp message reading (translated) 'Brother, when you arrive
go to car wash Maidstone, you work there for the money you owe, if you run we will find your father'.
All four were extremely cold and dehydrated, and one had an injury to his foot. Handed to Kent Police and
the Home Office; youngest referred to Kent Children's Services as an unaccompanied child.""",
  "DB IT AV", "UF PA", "L", "high")
T("""Salon owner's letter to the council (summarised). Mrs T, the owner of Pearl Nails in Dudley, writes
that following a visit by police and licensing she wishes to clarify that her staff are her sister and two
nieces, all British citizens, who live in their own homes, hold their own bank accounts and choose their
own hours. She states that the visit was upsetting for her family and for her customers, and asks that
the record show that no concerns were found. Licensing has confirmed that the visit found no indicators of
exploitation and a letter of reassurance has been sent.""")
T("""MASH strategy discussion - Child D (Vietnamese, 15). D was found by police asleep in a doorway in
Leeds city centre at 0400. D said he had run away from a 'house with many people' where he had to cook
and clean for adults who worked in nail bars. He was beaten with a slipper by the woman in charge if food
was late, and was not allowed out of the house. He has no phone and says the woman has his 'paper'. D is
frightened that the adults will find him and says they know where he is from. He is now in emergency
foster care. Decision: Section 47 enquiries, NRM referral by police, missing-from-care risk high, do not
disclose placement address.""",
  "AV PSV RM RD IT", "RMS DT FA", "D L", "high")
T("""Local news, reader's letter: 'I read your story about the raid on a cannabis farm in our village with
sadness. The boy they found was said to be a victim of trafficking, not a criminal. He had been living among
the plants for months, sleeping on a mattress, with the door locked from outside and the men who kept him
calling only to bring food. We should all be asking why a child was there and who put him there, not
complaining about house prices.'""", "RM AC AV", "SW RMS", "C", "high")
T("""Case review - missed opportunities. In 2023 Mr K, a Kurdish man aged 26, was seen by four agencies
before he was identified as a victim. His GP recorded 'works long hours at car wash, back pain'. A PCSO
recorded 'worker shy, boss did the talking'. The Job Centre noted his UC was paid into an account in
another person's name. A housing officer noted 13 men registered at his address. Each agency recorded
what it saw and no agency shared it. When Mr K was finally referred to the NRM he described being made
to work 80 hours a week for £100, with his ID held by the car wash owner, who threatened to have him
deported. Learning: single points of concern should be shared through the partnership intelligence form.""",
  "EO WW RD IT", "LH SFW NCW OA DT", "L")
T("""Email from Head of Year to DSL: 'Hi, just flagging L in 10B. She told me today she's working in her
mum's nail salon on Saturdays, 10 till 4, and gets £30 plus tips. She seemed really pleased, she's saving
for a phone. Mum came in to parents' evening and is lovely. I don't think there's anything here, but I
know we had that training about nail bars so I wanted to check. She's 15 so I assume the hours are fine?'
DSL reply: 'Thanks, that's within the rules for 15-year-olds on a Saturday. No concern, but good that you
asked.'""")
T("""INT 2/A/P. Source reports that at a hand car wash on Great Western St, Moss Side, a worker known only as
'Ion' was badly beaten on Saturday night by the site manager and another male after Ion asked to go home to
Romania. Ion was taken into the back office and the shutter was brought down. The source heard screaming.
Ion has not been seen at the site since Sunday and his few belongings are still in the staff room. The
manager has told other workers that Ion 'went home'. Source is concerned for his life.""",
  "PSV RM", "FPE", "L", "immediate")
T("""Call notes - Unseen helpline, translated from Albanian. Caller is a woman in Tirana whose son (19)
left for the UK four months ago. He calls her once a week from an unknown number, always very briefly, and
she can hear another man's voice telling him what to say. Last week he whispered that he is 'in a house with
plants' in 'Birmingham or near', that he owes 'them' more every month, and that they took his passport at the
start. She has had a message from an unknown number saying her son 'has a debt' and that she should send
€3,000 or 'it will be worse for him'. Passed to NCA UKHTC with her consent.""",
  "DB RD IT ISO", "DT IS", "C")
T("""Environmental health visit report, Lotus Nail Spa, Wembley. Purpose: routine special treatment licence
renewal. Observations: premises clean, ventilation adequate, autoclave serviced, waste contracts in place,
staff trained in infection control (certificates seen). Four technicians present; all confirmed they are
employed, have contracts and take lunch breaks. The owner mentioned she works long hours herself, 'from
opening to closing', because it is her business. Licence renewed. No matters for referral.""")

T("""Op TIDEWAY - summary for gold group. Over three days officers from Essex Police, the GLAA and
Immigration Enforcement visited 17 hand car washes along the A127 and A13. 84 workers were spoken to.
At 13 sites there were no concerns. At four sites, all linked by company records to one family, workers
described being recruited in Romania for 'valeting jobs' with pay of £80 a day, but receiving between £20
and £30; living in houses owned by the family with up to nine men in a room; being driven to work before
7am and back after 9pm; and owing 'fines' for broken equipment and 'lateness'. At one site a worker's
passport was found in the manager's car. Eleven workers accepted NRM referrals. Two arrests under MSA 2015
s1 and s2. Accommodation referred to Basildon and Thurrock councils.""",
  "DEC WW AC RD", "OA CE DT", "L")
T("""Personal account given to a Salvation Army support worker (written in learner English by the client):
"My name is not important. I am from Vietnam, Nghe An. I come England 2022. I think I work in restaurant
but they bring me nail shop in Birmingham. Every day I clean, I do nail, I work 9 morning until 10 night.
I sleep in shop on the floor with blanket. The boss lady keep my money, she say she send to my family but
my family say no money come. She have my passport. I cannot speak English and I dont know where is police.
One customer she give me her phone number and I call her and she help me come here. Thank you." """,
  "DEC WW RD EO AC ISO", "LH SW DT NCW", "L")
T("""Police log - Op VELOCITY - search of Unit 4, Dewsbury Rd Industrial Estate, Wakefield. Premises
operates as a hand car wash at the front; at the rear a locked steel container was found containing a
cannabis grow of approximately 120 plants, wired into the unit's supply. Two males were located inside
the container, which was padlocked from the outside; officers cut the lock. Both were Albanian, aged
approx 18-20. Conditions: no ventilation other than the grow's fans, temperature very high, a bucket for
a toilet, two foam mattresses. Both said they had been told to work in the car wash by day and 'water the
plants' at night. Both said the manager had their passports. Both showed bruising consistent with being
punched. Males treated as potential victims; manager arrested.""",
  "RM AC RD PSV EO", "RMS PLC SW DT PA", "L C", "high")
T("""A customer's review posted on a local Facebook group and reported to police by an admin: "Went to the
car wash on Tong St. The young lads were lovely but honestly it broke my heart. One of them couldn't have
been more than 16, in sliders and a t-shirt in the freezing cold, hands purple. The boss sat in a heated
cabin all day. I asked the lad where he was from and the boss came straight out and said 'he doesn't
understand you, what do you want?' and sent him to do another car. I gave the lad a tenner and the boss
took it off him in front of me." """,
  "AV WW AC", "PA SFW NCW", "L", "high")
T("""Home Office decision letter extract (reasonable grounds): 'You state that in 2021 you travelled from
Vietnam to the UK by way of Russia, Belarus and Poland, that the cost of your journey was paid by your
family with a loan from a man in your village, and that on arrival you were required to work in premises
growing cannabis to repay this loan. You state that you were told you could not leave until the debt was
repaid, that your mobile phone was taken from you, and that you were struck by the man supervising the
premises. Having considered your account, the competent authority is satisfied there are reasonable
grounds to believe you are a victim of modern slavery (human trafficking).'""",
  "DB RM ISO PSV", "UF RMS IS", "C")
T("""Licensing sub-committee - review of premises licence, Lucky Star Nails. Police representation:
officers attending after a report of a fight found the premises open at 2330 with three staff present,
one of whom said she had been there since 0900. She and a second worker said they sleep upstairs, where
officers found a single room with four mattresses and no heating. The owner stated the women are 'friends
who help'. Neither worker had identification on them; both said the owner holds their passports. The owner
denies any wrongdoing. Police request that the committee consider the licence in light of the
safeguarding concerns. Matter referred to the MSHT unit.""",
  "EO AC RD", "LH SW OA PLC DT", "L")
T("""Note from Red Cross caseworker: Mr H (Eritrean, 31) attended our drop-in. He told us he had been in the
UK two years and was granted refugee status last summer. He works at a hand car wash in Wolverhampton and
wanted advice because he thinks his employer has not been paying the right amount of tax. He showed us
payslips in his name; his wages go into his own account; he lives with his cousin in a rented flat. He said
the work is hard and the hours are long in summer but the employer is 'fair'. We helped him contact HMRC.
No indicators of exploitation.""")
T("""Albanian Embassy liaison note. The Embassy has received a report from the family of an Albanian
national, aged 23, who they believe is being held at a cannabis grow somewhere in the north of England.
The family say they received voice messages from an unknown UK number demanding £10,000 'for his debt',
with a background recording of the man crying and saying 'they are hitting me'. They last heard from him
six days ago. Family have provided his photo and the number. Referred to NCA and force of likely location
(Greater Manchester on cell-site analysis) as a threat-to-life assessment.""",
  "PSV IT DB", "", "C", "immediate")
T("""Visit record - Children's Services, private fostering assessment. Child E (Vietnamese, 16) is living
with an adult who describes himself as her 'cousin' in a flat above a nail bar in Bedford, which the cousin
owns. E is not on a school roll. She told the social worker that she works in the shop 'to help family',
and repeated several times, in almost identical words, that she is 'happy and free'. When asked about her
passport she looked at the cousin before saying she has it; she could not produce it. The cousin answered
most questions on her behalf. Concerns: possible child labour exploitation and trafficking. Strategy
meeting convened.""",
  "AV", "FA SFW", "L", "high")
T("""Email to council from resident (forwarded to Community Safety): 'I run a car valeting business
myself, so I know the trade. The new car wash by the retail park charges £5 for a full wash, which is
impossible if you pay people properly, rent the site and buy chemicals. The men there work every day in all
weather and I have never seen the same face for more than a couple of months. I don't have any other
evidence and I might be wrong, maybe they're just cheap, but I wanted it on file.' Intelligence submitted,
graded 4/C/P, no indicators identified from the content.""",
  "", "", "")
T("""Translated extract from a WhatsApp voice note handed to police by a Romanian community worker: 'Hello
sister, it is me. I am fine, don't worry. Please don't call this number, it is the boss's phone. We are
in the house now, twelve of us, the boss locks the door at night so nobody goes to drink. We work every day
at the car wash, Saturday too, Sunday too. He says we get the money at Christmas, all together. I don't
have my card, he has all our cards. Don't tell Mama.'""",
  "RM EO WW ISO AC", "OA RMS LH NCW MBC IS", "L")
T("""Interview note - GLAA investigating officer. Worker W3 (Kurdish, 29) at Splash Hand Car Wash,
Gateshead, says he was introduced to the job by a man at the mosque and that nobody forced him to take it.
He is paid £400 a week cash for six days, which he agreed to. He has his BRP and his own phone, lives in a
room he rents privately and comes and goes freely. He is unhappy that he has no payslips or holiday pay and
says the owner refuses to put him 'on the books'. He was given advice on employment rights and referred to
HMRC. No forced labour indicators; NMW/tax compliance issue only.""")
T("""Log entry, MSHT coordinator, Lancashire Constabulary. Reviewed 6 intelligence reports relating to
'Perfect Nails' in Burnley received over nine months: (1) staff 'always look scared' (2) van drops girls at
8am (3) girls seen sleeping inside through the glass at 6am (4) one girl with a black eye (5) owner's
husband withdrawing cash with a bundle of cards at the Co-op ATM (6) a girl asked a customer 'what is this
city'. Individually low-grade, collectively a concern. Tasking: joint visit with partners and interpreters
within 7 days.""",
  "", "FA CE SW PA MBC IS", "L")
T("""Victim personal statement (read at sentencing, Snaresbrook Crown Court): 'For nineteen months I lived
in a room behind a car wash in Ilford. I had a blanket, a plastic chair and a heater that sometimes worked.
I washed cars from the morning until the lights went off. I was not paid. When I asked, he said I owed him
for bringing me, for the food, for the room, and the number was always bigger. When I said I would go to
the police he put a knife to my throat. I am now learning English and I have a job in a kitchen. I am
paid every week. I want the court to know that I am not his property.'""",
  "AC EO WW DB IT", "SW PLC LH FPE", "L")
T("""Report from the manager of a budget hotel in Crawley: a group of seven Vietnamese women have been booked
in for a month by a man who pays cash daily. The women leave together at 8.30am in a people carrier and
return after 10pm. Housekeeping say the rooms have two or three women each, no luggage to speak of, and
nail kits. One woman cried at reception and showed the night porter a note with 'passport boss' written on
it, then went back up when the man arrived. Hotel staff were trained by Stop the Traffik last year and
recognised the signs.""",
  "RD", "CE ET OA FPE DT", "L")
T("""Probation officer's note: Mr R (Albanian, 22), on licence after a sentence for cannabis cultivation.
He has told me for the first time that he was forced to work at the grow by the men who brought him over,
who said he owed them £15,000 and who beat him when he tried to leave. He says he did not say this at court
because he was told his family would suffer. I have explained the NRM and the statutory defence and
contacted his solicitor. He is worried about his licence conditions requiring him to live at an address
where he is known to the group.""",
  "DB PSV IT RM", "FA", "C")
T("""Trading Standards intelligence: Hair and nail salon, Kurdish-owned, Southall. Complaint from an ex
member of staff that she was paid below minimum wage for 8 months and had £50 a month deducted for
'training' she never received. She left the job when she found another. She had her own documents and
lived with her parents. Referred to HMRC NMW team. Not modern slavery but a serious wage issue.""",
  "WW")
T("""Notes of a neighbourhood meeting, St Ann's, Nottingham. Residents asked whether the car wash on
Woodborough Rd is 'slave labour'. PC Morris explained that officers had visited with the GLAA in March and
spoken to all workers, who are paid, have their own documents, live in their own accommodation and work
normal shifts. He explained the signs to look for - workers who look unwell, who are always driven in groups,
who never seem to go home, who have someone speaking for them - and asked residents to report anything
specific. Leaflets in five languages were handed out.""")
T("""Referral from a sexual health clinic, Newcastle: Romanian woman (20) attended with a man who insisted
on staying in the room and answering questions. When he was asked to leave, she said she works in a
'massage' business in a flat, the man takes all the money, she must see up to ten men a day, she sleeps at
the flat, and she was promised a cleaning job. She had old bruises to her thighs and said 'he is angry when I
am slow'. She declined police involvement today for fear of him; clinic has given her the helpline number
and a follow-up appointment.""",
  "DEC WW EO PSV", "SFW NCW SW PA FA", "S")
T("""Intel submission from a Neighbourhood Watch coordinator: The house at 3 Mill Lane, Kettering has
blacked-out windows and a lot of condensation. There is a young lad there who I've only seen once, hanging
out washing in the back garden at 5am. He looked very thin. A man in a silver Golf visits twice a week with
bags of shopping and lets himself in with a key. Never seen the young lad go out the front. Neighbours
think it may be a cannabis farm. No idea of his age but he looked like a teenager.""",
  "", "PA RMS IS", "C")
