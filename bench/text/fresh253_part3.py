# fresh253 part 3: criminal exploitation, domestic servitude, organ harvesting and look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 2/B/P. Cumbria. County line known as the 'Ricky' line runs from Liverpool into Barrow and Ulverston. Source states that two boys aged 15 and 16 from Kirkby (Merseyside) are being kept at a cuckooed flat on Greengate Street, Barrow, and sent out to deliver wraps. They are not allowed to go home until the 'box' is sold. One of them was stabbed in the leg last month as a punishment for losing £600 of product, and was told he now owes it.""",
  "AV RM PSV DB", "RMS", "C", "high")
T("Boy about 14 in a school uniform keeps getting off the Preston train at Lancaster and meeting a man at the bus station, hands him something and gets back on",
  "AV", "", "C", "high")
T("""Referral, Lancashire Youth Justice. Young person, 16, arrested in Blackpool in possession of 24 wraps of crack cocaine and £340. Disclosed in interview that he was 'grafting' for older males from Manchester to pay off a £1,500 debt after he was robbed of a parcel, which he believes was set up. He said they know where his mum and little sister live. NRM referral made by police as first responder.""",
  "AV DB IT", "", "C", "high")
T("""Cannabis farm found at a detached house outside Kirkby Lonsdale. Every room converted, electricity bypassed. One male, Vietnamese, approx 20, found inside. Windows boarded and the front door padlocked from outside. He had a mattress on the floor of the kitchen and a rice cooker. Said through an interpreter that he had been there 'two moon', that the men who brought him would come every week with food, and that he owed them money for bringing him to England. He did not know which town he was in.""",
  "RM AC DB ISO", "RMS SW PLC IS UF FPE", "C")
T("Man sitting outside Sainsbury's in Harrogate begging every day, dropped off by a car at 8am and picked up at 6pm, the driver takes the money off him. He has one leg.",
  "AV WW", "CE ET NCW", "C")
T("""INT 3/B/P. North Yorkshire. Scarborough: information that a 'cuckoo' has taken over the flat of a vulnerable female, 52, with alcohol dependence, on Castle Road. Dealers from Middlesbrough stay there and she is given vodka to keep quiet. She has been seen with a black eye. Neighbours report she does not leave the flat any more.""",
  "AV PSV RM", "PA RMS", "C")
T("""Caller (mum) rang 999 at 21:30. Her son, 15, has been missing since Tuesday. She has had a text from his phone saying 'mam dont call the police they will hurt me im in barrow'. She believes he is with a gang from Liverpool who have been giving him trainers and cash. Circulated as high risk missing.""",
  "AV IT", "FA", "C", "immediate")
T("Teenagers stealing from Boots in Carlisle on Saturday, handed the bags to a man in a car on Lowther Street who then drove them off. Happened twice this month",
  "AV", "ET", "C", "high")
T("""Case note, Preston. Romanian woman, 34, with three children, was arrested for shoplifting in the Fishergate Centre. Disclosed that a man who arranged her travel from Craiova says she owes him £3,000 and sends her out every day with a list of items to steal. He holds her ID card and the children's passports. She says he beat her when she came back with too little.""",
  "DB RD PSV", "DT UF", "C")
T("Young lad looks about 15 from Manchester found in the back bedroom of a flat on Marine Road Morecambe during a warrant, he says he's 'just visiting' but he has a burner and 30 wraps in his sock, no coat, cant say where he's staying",
  "AV ISO", "IS", "C", "high")
T("""Money mule. Lancaster University student, 19, reported that a 'friend of a friend' asked to use his bank account to receive payments, paying him £200. £17,000 passed through in a week. When he tried to stop, he was sent a video of his house and told to keep going or 'we come for you'. He handed over his card and PIN.""",
  "IT WW", "NCW", "C")
T("""Debrief, Vietnamese male, 17 (age disputed), Cumbria. 'They put me in the house to water the plants. They locked the door. I slept on the floor near the lights, it was very hot. The boss called me every day on a phone with only his number. He said if I leave, my family in Nghe An must pay for me. I was afraid of police because the boss said police will put me in prison for ten years.'""",
  "AV RM AC ISO IT", "RMS SW PLC IS FA", "C", "high")
T("""Intel 2/B/P: three Romanian females seen begging in Lancaster city centre on a rota. They are dropped off by a red Ford Galaxy MH66 ZTR at the bus station at 9am and collected at 5pm. Money collected from them by the driver at lunchtime. One has a visible injury to her hand.""",
  "WW", "CE ET PA NCW", "C")
T("""York. Custody. Male, 23, British, learning disability, arrested for possession with intent. His appropriate adult says he was 'befriended' by dealers who moved into his flat, keep drugs there, make him do deliveries and took his bank card. He says they are his 'mates' but also says they hit him when he's 'slow'.""",
  "AV PSV WW", "NCW PA", "C")
T("Boy 16 found in a cannabis grow in a flat above a shop in Workington. Had been there 3 weeks. Didnt know the address. His phone had been taken off him.",
  "AV ISO", "IS SW", "C", "high")
T("""Lancashire. Benefit fraud. DWP investigators identified that 9 Bulgarian nationals living at one address in Burnley have UC claims managed by a 'helper' who set up the claims, keeps their bank cards and passes each of them £40 a week. The helper also found them work at a car wash. Workers say they owe him for the flights.""",
  "WW DB", "NCW MBC UF OA", "C L")
T("""Call log 16:02. Teacher at a school in Penrith reports a Year 10 pupil has told a friend he is 'doing runs' for older boys in Carlisle and has to go tonight or 'they'll do his knees'. Pupil not in school this afternoon. Phone off.""",
  "AV IT", "", "C", "immediate")
T("County lines warrant at a flat in Kendal: three adult dealers from Liverpool arrested, flat belonged to one of them, no vulnerable occupant or young people involved. Drugs seized. All three are adults who travel up from Liverpool themselves and rent the flat in one of their names. No cuckooing, no children, no one under control of the others was found. Charged with possession with intent to supply.")
T("Two lads stopped in Whitby with 40 wraps, both 19, both from Middlesbrough, both said they were selling for themselves. Searched, arrested. No sign anyone was controlling them. Both had their own phones and their own money, and lived with their parents. No one else in contact with them during the day, according to their phones.")
T("""Lancashire. Intel: a Vietnamese nail bar in Chorley is believed to be a front. Young men who 'work' there are actually moved at night to tend cannabis grows in rented houses in Leyland and Bamber Bridge. The owner holds their passports. 3/C/P.""",
  "RD", "DT", "C L")
T("""INT 2/A/P. Carlisle. Juvenile (male, 14) is being used by an older male, Kyle ARMSTRONG (19), to carry drugs on the train from Newcastle. ARMSTRONG has posted videos of the juvenile being slapped and humiliated in a car. Juvenile's mother says he has been 'terrified' since and doesn't leave his room unless ARMSTRONG calls.""",
  "AV PSV", "FA", "C", "high")
T("""Fraud. Elderly man in Grange-over-Sands says his 'carer' from an agency has been using his bank card and has set up accounts in his name. Not exploitation of labour; financial abuse referred to adult safeguarding and Action Fraud.""")
T("He was made to do cash machine runs with 8 different bank cards every night in Preston, told if he didn't he would be 'sorted'. He's 17.",
  "AV IT", "MBC", "C", "high")

# domestic servitude
T("""Referral from a GP in Harrogate. Woman, 38, Indian national, attended with her employer (a family in Pannal) and was not allowed to see the GP alone. Later returned alone and disclosed that she came on a domestic worker visa with the family eight years ago, works from 6am to midnight cooking and cleaning and looking after three children, sleeps on a mattress in the laundry room, has never been paid more than £100 a month and the family keeps her passport. She is not allowed out except to walk the children to school. GP has made a safeguarding referral to North Yorkshire adult social care, with the woman's consent, and gave her the Modern Slavery Helpline number written inside a leaflet about flu jabs. She has asked that the family is not told she has spoken to anyone. Follow-up appointment booked for next week, 'alone'.""",
  "EO WW RD RM AC", "LH DT RMS SFW PLC", "D")
T("I cannot go outside. Madam say if I go out the police will catch me because I have no visa. I work from morning until night, all the house, the cooking, the baby. She give me no salary, only food. She take my phone.",
  "RM IT WW EO ISO", "RMS FA LH IS", "D")
T("""Neighbour report, Lytham St Annes. A young African girl, maybe 16, is living with a family on Clifton Drive and is never at school. She is seen hanging out washing and carrying shopping and never goes out on her own. The family say she is a cousin. Caller once saw the mother slap her in the garden.""",
  "AV RM PSV", "RMS", "D", "high")
T("""Case note, Cumbria. Filipino woman, 44, employed as a nanny by a wealthy family with a second home near Keswick. Arrived with the family from Dubai. She says the family took her passport at the airport, she works 'all the time' with no day off in three years, and her salary of $200 a month is paid to her agency in Manila, which she has never received. She was allowed to phone her children once a month from the husband's phone.""",
  "RD EO WW ISO", "DT LH NCW IS", "D")
T("""Domestic abuse referral, Skipton. Husband makes his wife (Pakistani, 24, spousal visa) do all the housework for his extended family of 9 from 5am, she is not allowed out without her mother-in-law, has no money and no access to her passport, and has been told she will be sent back and 'disgraced' if she complains. Bruises seen by health visitor.""",
  "AV RM RD IT PSV EO", "RMS ET DT PA LH", "D")
T("Woman in Blackburn says her sister-in-law's maid works every day and sleeps in the kitchen but she doesn't know anything else", "EO AC", "LH SW", "D")
T("""INT 3/B/P. Lancaster. Information that an elderly couple in Halton have an Eastern European man living in their garage who does their garden, house work and care for food and a bed. He reportedly has no papers and is 'not allowed' to go out in the daytime in case the neighbours see. Source says he is 'like a servant'.""",
  "RM AC WW AV", "RMS PLC", "D")
T("""Au pair (Spanish, 20) in Ilkley works 25 hours a week, has her own room, gets £120 pocket money and has weekends free. She called the police non-emergency line to ask whether her host family can ask her to babysit on a Saturday. Advised it is a matter for her agreement with the family. No concerns.""")
T("""Domestic worker disclosure (translated from Tagalog), York: 'Ma'am holds my passport. I sleep in the room of the children. I wake at five and I finish when they sleep. I eat the food that is left. When I asked for my salary she said I must pay back my ticket first. Sir shouted he will call immigration.'""",
  "RD WW DB EO AC IT", "DT LH UF FA", "D")
T("""Safeguarding concern from a school in Preston. Year 8 girl, 12, from a West African background, says she does all the cooking and cleaning at her 'aunt's' house and looks after the baby, is up at 5, falls asleep in class. Aunt is not a relative; girl came to the UK in 2024 'to go to school'. Girl says aunt hits her with a belt. Section 47 initiated.""",
  "AV EO PSV", "LH", "D", "high")

# organ harvesting and look-alikes
T("""INT 3/C/4. NCA referral. Information that a man in Blackburn is recruiting young men from Pakistan with a promise of work in the UK, then arranging for them to travel to a clinic abroad where they are pressured to sell a kidney to pay off their 'visa debt'. One victim (now in Preston) has a large scar and says he was paid £1,500 of the £15,000 promised.""",
  "DEC DB AV", "UF PA", "O")
T("Transplant coordinator, Royal Preston Hospital: living donor kidney transplant between a brother and sister completed today, all checks by the Human Tissue Authority passed. Logged only because a relative asked if it needed reporting. No concerns. Both siblings are adults who volunteered after counselling and an independent assessment, as required by the Human Tissue Act 2004.")
T("""Information from Border Force, Manchester Airport, passed to Lancashire: Moldovan female, 21, returning via Blackpool coach. Told officers she had been brought to Turkey 'for a job' and woke up in a clinic with a wound; she was told she had 'sold' a kidney and owed the man nothing now. She is frightened of the man who arranged it, who lives in Preston.""",
  "DEC AV PSV", "PA FA", "O")
T("My dad had a kidney transplant at the Freeman last year, the kidney came from my cousin who offered. We're fundraising for the kidney charity in Whitby now, can we put a poster in the police station? My dad and my cousin are both doing really well and we want to say thank you to the donor register.")
T("""Intel (4/C/P): a post on a Facebook group in Lancaster offers '£30k for healthy kidney, travel arranged, no questions'. Poster's profile uses a Lancaster phone number. Suspected organ trafficking recruitment; referred to NCA.""",
  "DEC", "", "O")
T("""Case note, Carlisle. Male, Nigerian, 32, asylum seeker, says a man at the hotel where asylum seekers are housed offered to 'sort his debt' if he went to Lagos for 'a medical'. He refused. He says the man told another resident the same and that resident has since gone. Referred to NCA Modern Slavery and Human Trafficking Unit as possible organ trafficking recruitment.""",
  "AV DEC", "", "O")
T("Patient at Cumberland Infirmary with a nephrectomy scar told a nurse he 'sold' a kidney in Egypt ten years ago of his own choice and has no contact with anyone about it now. Nurse asked if she should report it. Advised NFA.")
