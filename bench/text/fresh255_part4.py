# fresh255 part 4: longer case notes, advocacy letters, referrals; benign look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Snowdrop Project – casework note, 12/03. Client: J (F, 31, Albanian), positive Conclusive Grounds 2023, now
with temporary permission to stay. Reason for contact: housing. Her private landlord has served a section 21 notice
because he is selling the property. J is worried she will end up in a hostel with her 4 year old. We went through
her options: homelessness application to Sheffield City Council (made today, duty to prevent accepted), Local
Housing Allowance rates, and the deposit scheme. J also asked about the £900 she owes on a catalogue account; she
took it out herself to buy a cot and a washing machine and has fallen behind. Referred to StepChange. J says she
feels safe, has no contact with anyone from the past, and goes to her mosque group every Friday. No current
exploitation concerns. Next appointment 19/03.""",
  "", "", "")
T("""Hope for Justice – Referral to Lincolnshire Police MSHT team (consent obtained).
Client: Valentin (M, 24, Bulgarian). Valentin approached our outreach worker outside a Boston supermarket at 6pm on
Tuesday. He was wearing work boots with the soles coming away and a thin hoodie. He said he came three months ago
after a man in his town near Pleven told him there was flower-packing work for £9.50 an hour and a free room. The
man met him at Luton airport and took his ID card 'to register him with the agency'. He has not seen it since. He
lives with 13 other men in a 3-bed terrace on Fydell Street, sleeping in shifts. He is picked up by minibus at 4.30am
and dropped back at 9 or 10pm, six or seven days a week. The man takes £70 a week for rent, £5 a day for the bus and
charged him £40 for boots and gloves. Valentin's wages are paid into a bank account the man opened for him; the man
kept the card. Each week Valentin gets £40 cash. He asked to leave once and was told he owes £900 for 'the ticket
and the registration' and that 'people who run away have accidents'. He is frightened of the police because the man
told him he would be arrested for working 'illegal'. He has a Bulgarian phone with no credit.""",
  "DEC RD EO WW DB IT", "DT OA CE LH CT PPE NCW UF FA", "L")
T("""Barnardo's – Missing return home interview (RHI), YP: 'T', 15, male, looked after (Kent).
T went missing from his placement in Maidstone on Friday evening and was found by BTP at Stratford station on Sunday
night. T says he went to 'see friends in London'. He had two phones, one of which he would not unlock, and £340 in
cash. He had a graze on his cheek and bruised knuckles. T eventually said that 'the olders' had given him a 'job'
to take a bag to Margate and back and that he'd lost some of it on the train, so he 'owes' them now and has to 'do
more runs to pay it back'. He said they told him they know where his little sister's school is. T refused to name
anybody. He said he was not scared, but he asked twice whether the police would tell 'them' what he'd said.
Actions: NRM referral (child, no consent needed), CCE screening tool completed – high, strategy meeting requested,
intel submitted to Kent Police, placement to increase supervision.""",
  "AV DB IT", "PA FA", "C", "high")
T("""Kalayaan – Letter in support of application (ref ODW/2024/117).
To whom it may concern,
Ms. M. R. is a domestic worker from the Philippines who came to the United Kingdom with her employers on an Overseas
Domestic Worker visa in May 2023. She registered with Kalayaan on 2 November 2023 after leaving her employers'
residence in Belgravia. Ms R has told us that throughout her employment her passport was kept by her employer 'for
safety' and was not returned when she asked for it. She worked from 6am until after midnight, seven days a week,
caring for three children and cleaning a five-storey house. She slept in the children's playroom on a folding bed.
She was not allowed to leave the house alone, and her mobile phone was taken from her after she was seen talking to
another nanny in the park. She was promised £1,600 per month; she has received in total £1,200 for six months' work,
paid in cash. When she asked for her salary her employer told her that if she 'made trouble' he would cancel her
visa and have her arrested. Ms R left the house when the family were abroad, with one small bag.
We have referred Ms R to the National Referral Mechanism. We respectfully ask that her circumstances be taken into
account.""",
  "RD EO AC RM ISO WW DEC IT", "DT LH SW RMS IS FPE", "D")
T("""Medaille Trust – Safe house incident log. 21:40. Staff received a call from resident 'L' who had gone out to the
shop at 20:30 and not returned. L said a car with two men from her previous situation had followed her and she was
hiding in the toilets of the McDonald's on the high street. She said one of the men shouted at her that she 'belongs
to them' and 'has to come home tonight'. Staff told L to stay where she was and called 999 (log 1187). Police
attending. Manager informed. L is a confirmed victim of sexual exploitation; the men are believed linked to the
group who controlled her in Leicester.
Staff remaining on the phone with L while officers are en route; manager to complete the incident form.""",
  "IT", "FA", "S", "immediate")
T("""City Hearts – Support plan review. Client: Petru (M, 50, Romanian), in outreach support after leaving the NRM.
Petru is now working legally as a kitchen porter in a hotel in Sheffield, 37.5 hours a week, paid by BACS into his own
Barclays account. He rents a room in a shared house and has his own tenancy agreement. He keeps his passport and
papers in a folder we gave him. His current needs are (1) help to apply for Settled Status late application, (2)
dental treatment, (3) help with a council tax bill. Petru said he sometimes works double shifts when the hotel is
busy; he chooses to and is paid for them. We discussed what to do if anyone offers him work 'with a room' again. He
knows the signs and has our number. No concerns currently.""",
  "", "", "")
T("""Unseen – Business Portal report (anonymous, received via website).
'I work in the accounts dept of a recruitment firm supplying workers to a large meat processing plant in the North
West. Something's wrong. About 30 of the workers on one contract all give the same address in Crewe – a normal
semi. Their wages go into only four bank accounts. When I rang the site to check a worker's details, a man who said
he was the 'coordinator' answered and wouldn't let me speak to the worker. Several of them have asked our office
for 'advances' and the coordinator always comes to collect the cash. I'm scared of losing my job so please don't use
my name.'
[Helpline note: shared with the GLAA intelligence team, reporter's details withheld as requested.]""",
  "WW", "OA NCW MBC SFW", "L")
T("""Hope for Justice – IMSA case note. Client K (F, 19, British). K was referred by a housing support worker.
K moved out of her mum's at 17 and met a man (30s) who she calls her boyfriend, who 'let her stay' at his flat in
Middlesbrough. She says after a few weeks he told her she owed him for the rent and food and that she had to 'see
his mates' to pay. She was made to have sex with men at the flat and at hotels, driven there by him or his cousin.
He keeps her phone when she isn't 'working' and took her bank card 'because she's bad with money'. Her Universal
Credit goes into that account. She says he strangled her once when she said she was leaving. She has now left and
is in a refuge. Police report made, K supports prosecution.""",
  "AV DEC DB PSV ISO WW", "IS NCW ET", "S")
T("""Migrant support network, Coventry – volunteer advice note.
Client (M, 27, Iranian Kurd) attends weekly. Asylum claim submitted 14 months ago, still waiting for interview. He
lives in a shared room in contingency hotel accommodation and receives £8.86 per week. He says the waiting is
destroying his mental health and he can't sleep. He told us a man at the hotel has been offering 'cash work' at a car
wash and he has said no, because he knows he is not allowed to work and does not want to risk his claim. Today: we
helped him write to his MP about the delay and referred him to the Refugee Council's therapeutic service. No
exploitation identified; we reminded him of the risks of cash-in-hand offers.""",
  "", "", "")
T("""Salvation Army – First Responder NRM referral narrative.
PV is a 36-year-old Polish man. He was found by officers sleeping in a shed at a farm near Evesham after a member of
the public called 101. PV says he was recruited from a homeless shelter in Gdansk with an offer of 'farm work with a
house'. On arrival in 2021 he was taken to the farm, where he has lived in the shed with no toilet or running water,
washing in a water trough. He worked 'from light to dark' every day picking and later doing general labouring. He was
given food and 'sometimes £20'. His ID card was taken by the farm manager's 'helper', a Polish man called Jarek,
who told him that the police in England would put him in prison for having no papers. Jarek also kicked him when he
was too slow. PV has ulcerated legs and is severely underweight. He did not know the name of the nearest town.""",
  "DEC AV AC EO WW RD IT PSV ISO", "SW PLC LH DT FA PA IS", "L")
T("""Barnardo's – Strategy discussion summary (children's social care / police / Barnardo's CSE service).
Child: S, 14, female, lives at home with mum in Walsall.
Concerns: S has been seen getting into cars with different adult males after school on at least 5 occasions
(registrations passed to police). She has a new iPhone and designer clothes mum did not buy. Her friend disclosed to
a teacher that S 'has to go to parties at a house in Wednesbury' where she is given alcohol and 'the men do stuff'.
S denies everything and says the men are 'just mates'. She is frequently late home and once returned at 3am
distressed with a torn top.
Outcome: section 47 enquiry; police to research the vehicles and the Wednesbury address; Barnardo's worker to begin
direct work; disruption notices to be considered.""",
  "AV PSV", "", "S", "high")
T("""Hope for Justice – Training feedback / case example written by a GLAA inspector (anonymised).
'We inspected a licensed labour provider supplying a vegetable processor in Fife. On paper everything was fine.
Speaking to workers alone it emerged that a supervisor employed by the provider was charging each new starter £300
for 'finding them the job', and £25 for a hi-vis vest and gloves. Workers' rent was deducted at source at £95 per
week for a bed in a shared room of four in a house owned by the supervisor's wife. Payslips did not show the
deductions. None of the workers were restricted in their movements and all held their own passports. Licence
revoked and the supervisor referred to Police Scotland.'""",
  "WW", "UF PPE OA", "L")
T("""City Hearts – Client account (written with interpreter, client's own words kept).
'My name is not important. I come from a village near Nam Dinh. A man said to my father, your son can work in
England, in a restaurant, good money, send home every month. My father borrowed money from a lender in the village,
many thousand dollar. I travel by lorry and by small boat. In England they put me in a house. The windows were black
with plastic. They lock the door from outside. I look after the plants, water, light, temperature. I sleep on the
floor near the plants. Sometimes no food for two days. The man come every week and check, and he hit me with a pipe
when the plants go yellow. He say if I run away, my family will pay with their lives and the debt will be double.
I did not know what city I was in until the police came.'""",
  "DEC DB RM AC PSV IT ISO AV", "RMS SW IS UF", "C")
T("""Kalayaan – Telephone advice note. Caller is a British woman, 38, who employs a live-in nanny (Spanish national,
settled status). She has had a complaint from her neighbour that her nanny 'is a slave' because she is seen working
early and late. Caller explained the nanny works 50 hours a week by contract, is paid £2,300 net a month into her
own account, has her own en-suite room, every weekend off and keeps her own passport and phone. The nanny has asked
for extra babysitting in the evenings for extra pay. We explained working time rules and suggested she keep
records. No exploitation indicators.
We also sent her our guide for employers of domestic workers.
The caller was grateful and said she would share the leaflet with her nanny too. Call duration about 20 minutes.""",
  "", "", "")
T("""Unseen – Helpline notes, call 2 of 2 (callback).
Caller is a community nurse in Tower Hamlets. She visits an elderly Bangladeshi man at home. Each visit, a young
woman (around 20, speaks only Sylheti) is there doing all the cooking, cleaning and personal care for him and the
family of seven. The nurse has learned from the family that the woman is 'a relative from the village who came to
help'. The woman sleeps on a mattress in the hallway. Today when the nurse spoke to her alone with a telephone
interpreter, she said she was told she would go to college in London; instead she works 'all the time', has never
been paid, is not allowed to go out except to the corner shop with the daughter, and the family keep her passport
'so she doesn't lose it'. She cried and asked the nurse not to tell anyone because 'they will send me back and my
parents will be shamed'. We advised the nurse to raise a safeguarding adults concern and to call police if there is
immediate risk.""",
  "DEC EO WW RM RD AV AC ISO", "SW LH NCW RMS ET DT FA IS", "D")
T("""Medaille Trust – Resident's statement for her solicitor (summary by support worker).
N was recruited in Lagos by a woman who promised her work as a carer in London. N's travel was arranged on a false
passport which the woman's associate took back at Heathrow. N was taken to a house in Thornton Heath and told she
owed £40,000 'for the visa and ticket'. She was forced to sell sex in the house and in a flat in Croydon and the
madam collected all of the money. N says a man who lived at the house raped her when she refused a client. She was
told that if she went to the police she would be deported and that juju would kill her. N has nightmares and is
receiving counselling.""",
  "DEC RD DB WW PSV IT AV", "DT UF FA NCW", "S")
T("""Police Scotland MSHT unit – partner referral received from Migrant Help (summary).
Two Romanian men, 33 and 29, attended a church in Aberdeen asking for food. They say they worked on a scallop boat
out of Peterhead for a skipper who paid them nothing for 5 months, saying their money 'goes to the house'. They slept
on the boat, worked shifts of up to 20 hours at sea and were not allowed off the boat in port without the skipper's
son. When the older man cut his hand badly on a winch he was not taken to hospital. Their phones were 'lost' by the
skipper on the first trip. Both are fearful of the skipper, who told them they would be reported to Border Force.""",
  "WW AC EO RM ISO IT", "SW LH RMS ET IS FA NCW", "L")
T("""Refugee & migrant support project, Middlesbrough – Advice log.
Client: Sudanese man, 24, granted refugee status last month. Move-on period from Home Office accommodation is 28
days and he has nowhere to go. He has applied for UC but has no bank account yet. A 'friend' offered to let him use
his bank account for the UC payment; we advised against this and helped him open a basic account with Monzo using
his BRP. Homeless application made to Middlesbrough Council. He has an interview at a warehouse next week through
the Jobcentre. No exploitation.""",
  "", "", "")
T("""Hope for Justice – Outreach record. Location: industrial estate, Leicester (textiles). Time: 07:15.
We spoke to a woman (Indian, 50s) outside a garment factory. She said she works 'cutting and packing' for £3.50 an
hour, 'the boss says because we are not quick'. She has her own passport and lives with her son. She goes home each
night. She did not want us to tell anyone because she needs the work. Another worker joined us and said 'some people
upstairs sleep in the factory, they are new ones from Gujarat, they don't go out'.""",
  "WW", "SW IS", "L")
T("""Barnardo's – National Counter Trafficking Service referral. YP: 'H', 17, Vietnamese male, arrived unaccompanied
in a lorry. Placed in supported accommodation in Croydon. H has been seen being collected at night by an older
Vietnamese male in a black Lexus. He has started wearing expensive clothes and has a second phone. He told his key
worker that he 'owes people' for his journey and 'they have a job for him in a nail shop in Sutton'. He says if he
doesn't go, his family in Vietnam 'will have problems'. He is due to turn 18 in two months. Risk of going missing
and being exploited is considered very high.
Actions: ICTG informed, intel to Met, pathway plan to be reviewed before his 18th birthday.""",
  "AV DB IT", "ET UF", "L", "high")
T("""Unseen helpline – call summary. Caller: manager of a branch of a budget hotel chain in Milton Keynes.
Cleaning staff are supplied by a subcontractor. Caller says last night one of the cleaners (female, early 20s) came
to reception in tears and said that the subcontractor's manager keeps her and 4 others in a flat, takes their phones
every night, does not pay them, and tells them that if they go to police they'll 'be put on a plane'. She has gone
back to the flat. Caller has her first name and the subcontractor's name. Advised to report to police on 101 and we
also passed to Thames Valley Police with consent.
Case reference issued: MSH-2024-12260.
The manager said the hotel will review its contract with the subcontractor. Follow-up call booked for Friday.""",
  "ISO WW IT", "IS NCW FA OA", "L")
T("""Medaille Trust – Move-on note. Resident 'A' (M, 39, Czech) has been with us 6 months. He was exploited by a
group who kept him and 5 other Czech men in a house in Kidderminster and put them to work at a block-paving firm.
He was paid a few pounds a week, had no days off, was beaten if he drank, and his ID card and bank card were taken.
He's now decided to go home to Ostrava, where his sister will support him. We have arranged the Reconnection support
through the MSVCC and an escort through the airport. He has his new ID from the embassy.
Flight booked for Tuesday from Birmingham. File to close on departure.
Key worker will escort him to the airport on the day and hand over to the reconnection partner.""",
  "WW EO PSV RD", "LH DT NCW OA", "L")
T("""Kalayaan – Intake record. Client: Ethiopian woman, 30. Came to the UK with a Saudi family on their summer visit.
She has worked for the family for 5 years in Riyadh and now London. She says she has never been paid directly; the
family sends 'something' to her mother every year. She has no days off. She is allowed out only with the family. The
daughter of the family slapped her in Harrods. Her passport is held by the father. The family plans to return to
Riyadh next week and she is terrified. She slipped out today while the family were shopping.
She is with us at the office now and wants to know what we can do before the family notice she has gone.""",
  "WW EO RM PSV RD", "NCW LH RMS ET DT FA", "D", "immediate")
T("""Hope for Justice – Case note. Client (M, 60, British) with a history of alcoholism. A local family put him up in
a caravan and had him work on their horses and building work. He was fed and given cans but never paid. His
Jobseeker's Allowance and later PIP was paid into an account that one of the sons managed with his card. He says he
was 'free to walk off' but had nowhere else to go, and that they told him he'd be 'on the street again' without
them. When he tried to leave once, two of the sons brought him back in the van and one punched him.
He is now in supported housing in Stafford and has his own bank account again.""",
  "AV WW PSV RM IT", "NCW PLC RMS", "L")
T("""Refugee Action volunteer – Advice record. Eritrean woman, 22, granted asylum. Wants help finding work as a
carer. A woman at her church offered her a job looking after an elderly lady, 'live in, £100 a week, no papers
needed'. Our volunteer explained this would be below minimum wage and that she should insist on a contract. The
client decided not to take it. Supported to register with a care agency and do her DBS. She keeps her documents
herself. No exploitation.""",
  "", "", "")
T("""West Midlands Police – MSHT intelligence summary (for partners). Operation MERLIN. Intelligence indicates an
organised group recruiting Polish and Romanian men, many with alcohol dependency, from homeless shelters and soup
runs in Birmingham and Wolverhampton with offers of building work, accommodation and food. Men are then housed in
overcrowded HMOs in Walsall (up to 18 per house), and bank accounts are opened in their names which the group
controls. Workers are sent to recycling plants and a bakery via legitimate agencies. Wages are taken by the group;
workers receive £20–£40 a week. Workers who try to leave are threatened and there are reports of assaults. Partners
are asked to report any similar disclosures.
Contact the MSHT desk via the usual partner inbox, quoting MERLIN.""",
  "DEC AV WW IT PSV", "OA NCW MBC", "L")
T("""Snowdrop Project – Letter to GP (with client's consent). Dear Dr Ahmed, Our client, Ms. B., a survivor of
trafficking, has asked us to write in support of her request for a referral to a specialist trauma service. Ms B was
held for over two years in a flat in Sheffield where she was repeatedly raped and forced into prostitution. She
continues to suffer flashbacks and panic attacks, particularly when she hears men shouting. She also has chronic back
pain from being beaten. We would be grateful if you would consider her for an urgent referral.
She would prefer a female clinician and an interpreter is not needed. Please contact the undersigned with any questions. Yours sincerely, Caseworker, The Snowdrop Project.""",
  "PSV RM", "RMS", "S")
T("""City Hearts – Outreach record, Sheffield. Date 04/10. Volunteer met a Roma woman (40s) begging outside Castle
Market with a toddler. We asked whether she was OK and whether anyone takes her money. She laughed and said 'no, no,
is my money, my family', and showed us where she lives with her husband and children in a rented terraced house.
Husband works at a scrap yard. She said she begs because UC was stopped. We helped book an appointment with the
Jobcentre to get UC restored. No indicators of exploitation.""",
  "", "", "")
T("""Unseen – Helpline call log. Caller: 'My dad's carer is from Zimbabwe, she came on a health and care worker visa
via an agency in Leeds. She told me last week she paid the agency £10,000 for her certificate of sponsorship and
that she's only getting 20 hours a week, not the 39 she was promised, so she can't pay her rent and her debt to the
loan shark who lent her the fee back home. The agency manager told her that if she complains or leaves, they'll
report her to the Home Office and she'll be deported. She's terrified.'
Advice: we passed the details to the GLAA and gave the caller the Unseen number for the carer to call herself.
The caller said she would encourage the carer to ring us herself; she has been given the number and a case reference.""",
  "DEC DB IT AV", "UF FA", "L")
T("""Barnardo's – Youth worker note. Young man (18, care leaver, Croydon) visited the project to say goodbye as he's
moving to Manchester to start a degree. He keeps his passport and birth certificate in a drawer in his room, and
was excited that his student loan has come through into his own account. He has a part-time job lined up at a
Sainsbury's. He used to be involved with a line in 2021 but has had no contact since. No concerns.""",
  "", "", "")
T("""Hope for Justice – Referral to Police Scotland (Glasgow). Client: Hungarian woman, 26. Client was brought to
Glasgow by her partner, who told her they would work together in a hotel. On arrival he made her sell sex from a
flat in Govanhill and advertised her on a website. He took her ID card and kept the money. He locked her in when he
went out and beat her when she didn't earn enough. She escaped when a neighbour heard her crying and let her use a
phone. She has bruises on her arms and face.
She is staying with a friend tonight and we are arranging safe accommodation through TARA. She consents to this referral and to being contacted by officers.""",
  "DEC RD WW RM PSV", "DT NCW RMS PA", "S")
T("""Unseen – call log (short). A man from a car wash in Ipswich rang to say his friend there has been given a new
'contract' that says he owes the boss £3,000 for 'accommodation deposit and training'. He isn't allowed to leave
until it's paid off. Both men live above the car wash.""",
  "DB RM", "SW RMS", "L")
T("""Migrant support centre, Bristol – Casework note (debt advice). Client: Polish woman, 45, works as a cleaner for a
company in Avonmouth, on a contract, paid NMW. She has debts of £6,000 from credit cards and a car loan, and her
bank is chasing her. She is worried about eviction. We did a financial statement and referred her for a Debt Relief
Order assessment. She asked whether she was a 'victim of slavery' because she 'works like a slave to pay the bank'.
We explained MS; no exploitation indicators.""",
  "", "", "")
T("""City Hearts – Client's own words, recorded at intake (learner English, kept as said).
'The boss he tell me come to UK, I give you job in farm, big money. I pay him 500 euro for the bus and for the
place. When I come, no farm, is car wash in Rotherham. I work every day from 7 in morning to 9 in night. He give me
100 pound in one month. I sleep in a room with 6 man, no window, many insects. When I say I go home he take my
passport and say you cannot go, you owe me money for the food. He say if you go to police they put you in jail.'
Interpreter (Romanian) used. Client consented to NRM and to sharing with South Yorkshire Police.""",
  "DEC DB EO WW AC RD IT", "UF LH OA PLC DT FA", "L")
T("""Salvation Army – Welfare note for a survivor in outreach. 'Dan' (British, 45) has been doing well. He attends
AA and has a volunteering placement at a charity shop. He came today because he's been contacted by a man from
his old church who has offered him a job with his building firm. Dan checked with us first: the job is through a
proper company, he will have a contract and will be paid into his own account, and he will keep living in his own
flat. We looked up the firm together; it is a registered company with good reviews. No concerns.
Next check-in in a month.
Dan was pleased to have checked and laughed that he is 'getting good at this'. Case remains open for light-touch support until the spring.""",
  "", "", "")
T("""Barnardo's – Case note. Child: 'R', 11, male, Roma, living in Peterborough. School reports R is missing lots of
school. A neighbour reported that R is seen with his uncle outside supermarkets begging and selling the Big Issue
without a badge during school hours. R told his teacher 'uncle says I must bring money or no dinner'. Parents are in
Romania. Uncle says R is 'visiting'. Referral to CSC and police – possible criminal exploitation (forced begging)
and private fostering concern.""",
  "AV WW AC", "", "C", "high")
T("""Kalayaan – Advocacy note. Our client has a positive Reasonable Grounds decision. She wishes to clarify for the
record that although her employer was verbally abusive and paid her far below the contract, the employer did not
ever take her passport, and she was allowed out on Sundays to church. She is concerned that her earlier account was
misrecorded by the police interpreter as 'they kept my passport'. The abusive conditions she described – sleeping on
the floor in the utility room, being given only rice – remain her account.""",
  "WW AC", "SW", "D")
T("""Hope for Justice – Intake note. Client (M, 22, Albanian) was rescued by police from a cannabis grow in a
house in Northampton. He says the gang told him he would work in a pizza shop. They locked him in the loft with the
plants and he had to use a bucket. He says he doesn't know the address. He has burns on his arm from the lamps. He
has a debt of £15,000 to the smugglers. He is very afraid of the gang and of being sent back to Albania.
He is now in safe house accommodation in the Midlands under the MSVCC and has agreed to give a statement.""",
  "DEC RM AC DB ISO", "RMS PLC IS PA UF FA", "C")
T("Hope for Justice: client ran a market stall in Romford; says a man kept 'lending' him stock and now says he owes £5k and must drive parcels to Kent or 'we burn your stall'. He has done 3 runs.",
  "DB IT", "", "C")
T("Unseen: caller is a Lidl cashier who saw a man withdraw cash with 9 different cards at the ATM outside at 6am, while a group of men in work clothes waited in a van. 'He gave one of them a tenner each.'",
  "WW", "MBC CE NCW", "L")
T("Barnardo's: Girl, 16, looked after, has disclosed that her 'boyfriend' (24) has asked her to 'meet a friend' of his for money. She hasn't gone. She has been given a new phone. Safety plan in place; intel submitted.",
  "AV", "", "S", "high")
T("City Hearts: client says she 'didn't have a single thing of her own' after 3 years – 'the clothes they gave me were for work. No photos, no phone, nothing'. She was kept in a brothel in Leeds.",
  "RM", "FPE RMS", "S")
T("Medaille Trust: Male resident says in the car wash in Chelmsford the owner 'made us pay 20 pound for the rubber boots and 10 pound for the gloves which broke in one day'. He was paid in cash, irregularly.",
  "WW", "PPE", "L")
T("Kalayaan: nanny (Brazilian, 28) on a valid visa, asked for help because her employer asks her to work until 10pm without extra pay. She has her passport and her own phone, and goes out every evening after work. Advised on working time and pay. No indicators of forced labour; employment dispute.",
  "", "", "")
T("Salvation Army: client says he 'never had his passport taken' and 'was free to come and go', but the boss at the chicken factory paid him £2 an hour and kept £80 a week for a bed in a room of 6.",
  "WW", "OA", "L")
T("Unseen: caller is a mum in Swansea whose son (16) got a 'job' with an older lad delivering 'parcels'. She found £800 and a burner phone in his room. He's been missing since last night; phone is off.",
  "AV", "", "C", "immediate")
T("Hope for Justice: volunteer at a Leicester gurdwara says an older man who lives there and does kitchen seva 'is there of his own free will, he has family in Coventry and goes home at weekends'. The volunteer had been worried because he seemed to work all the time. No concerns following conversation.",
  "", "", "")
T("Refugee support group (Derby): a woman at our drop-in said the man whose house she cleans three days a week pays her £20 a day and 'touches' her and says he'll call the Home Office if she tells. She is an asylum seeker and not allowed to work.",
  "AV WW PSV IT", "FA", "D")
