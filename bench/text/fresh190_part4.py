# fresh190 part 4: domestic servitude, organ harvesting, negated/hypothetical, short logs
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 2/B/P. Domestic servitude suspected at 14 Oakwood Drive, Edgbaston. Indian female (approx 50) brought over on a visitor visa 6 yrs ago by the family (surname SETHI). Cooks, cleans and looks after 3 children, up at 5am, last to bed. Has never been seen outside alone. Family holds her passport. Neighbour says she sleeps in the utility room.""",
  "RM RD EO AC", "RMS DT LH SW", "D")
T("""I am the maid for Madam in Kensington. I come with her from Riyadh. She says I get £200 each month but she send it to my family, I never see. I work from morning to night, I have no day off two years. When the family go out, they lock the door and I stay inside. Madam take my phone, I can call my son only one time each month when she is there.""",
  "WW EO RM ISO", "NCW LH RMS IS", "D")
T("""Referral from a GP surgery in Luton: a young Pakistani woman (21) married to a UK man attended with her mother-in-law, who answered every question. Patient later disclosed to a female GP that she does all the housework for 9 people, is not allowed out, is beaten by her husband if the food is late and has no access to money. Her passport is kept by her father-in-law.""",
  "RM PSV RD WW", "SFW RMS DT NCW", "D")
T("""Nanny placed via agency with a family in Surrey says she works 7am-10pm with no breaks, is "on call" at night for the baby, and has not had a day off in 3 months. She is paid £150 a week, less than half what the agency contract says. She has her own passport and can leave the house on her own. Wants advice.""",
  "EO WW DEC", "LH", "D")
T("""Domestic abuse call: wife reports husband controls all the money and won't let her see her friends. British couple, both work, she is free to come and go. No indication of forced labour or servitude; DASH completed, medium risk DA.""")
T("""Social worker note: An elderly man in Doncaster with dementia is being looked after by a "lodger" who moved in 2 years ago. The lodger appears to have taken over his pension and the house. The man is thin and dirty and the lodger speaks for him. Possible financial abuse rather than exploitation of the lodger.""",
  "", "PA SFW", "")
T("""Intel 3/B/P. A 15 yr old girl from Nigeria living with a "family friend" in Thamesmead does all the housework and childcare for the family and is not enrolled at any school. Neighbours see her taking the children to nursery and hanging washing at night. She told a neighbour "auntie said I would go to school in England".""",
  "AV DEC EO", "LH", "D", "high")
T("""NCA intel — organ harvesting. Information from Europol that a network in Moldova and Turkey recruits poor men to sell kidneys in Istanbul for $5,000. A UK-based Moldovan, Ion CEBAN, is believed to be recruiting Moldovan men working in UK car washes, promising them "easy money" and then travel to Turkey. One UK victim returned with a scar and was paid $1,500 of the promised amount.""",
  "AV DEC WW", "", "O")
T("""Hospital safeguarding lead, Royal Free: a man from Pakistan, admitted with complications after a kidney removal done abroad 3 weeks ago, says he was told he was going for a "job medical" and woke up without a kidney. He was brought to London by an agent who took his passport. He is frightened the agent will find him.""",
  "DEC RD AV", "DT FA PA", "O")
T("""Living kidney donation, Guy's: a mother donated a kidney to her 24-year-old daughter. Standard HTA assessment completed, no payment or coercion. The daughter's social media post thanking her went viral and someone reported it to us as "organ trafficking". No offence.""")
T("""INT 4/C/M. Rumour circulating in the Sudanese community in Coventry that a man is offering money for kidneys, with surgery in Egypt. No names. Migrants with debts to smugglers said to be targeted.""",
  "AV DB", "", "O")
T("""Dialysis patient at Manchester Royal was approached in the waiting room by a man offering to "find him a kidney" abroad for £40,000. Patient declined and reported it. Man described as 50s, Middle Eastern accent.""",
  "", "", "O")
T("""Note: the victim says she was NOT threatened and could leave the house when she wanted. She did however say that her employer kept her wages "safe" and she has received nothing in 8 months.""",
  "WW", "NCW", "D")
T("""Car wash in Cardiff. All workers hold their own passports and have bank accounts in their names. However the manager takes £50 a week from each for "the van" that brings them to work at 6.""",
  "WW", "CT CE", "L")
T("""Victim denied any threats or violence. He says he agreed to the deductions. No evidence of restriction; he walks to the shop daily. He does however work 90 hours a week with no days off and sleeps in the warehouse office.""",
  "EO AC", "LH SW", "L")
T("""If the boss doesn't pay him by Friday he says he'll report him to the GLAA. So far he has been paid every week.""")
T("""She held her own passport and had a bank account with her own card. There was no suggestion of any debt. She says she is happy working at the salon.""")
T("""The workers were free to leave and had their own phones, but were living eight to a two-bed flat above the shop with one toilet and no heating, arranged by the employer.""",
  "AC", "OA PLC", "L")
T("""No concerns re documents: all passports checked, held by the workers. Concern is that all wages go into one account controlled by the gangmaster, who gives the men cash "when they need it".""",
  "WW", "NCW", "L")
T("""Hypothetically, if he tried to leave, would they stop him? He said he didn't know, he's never tried. He seemed relaxed and went home to his wife at the end of the shift.""")
T("""We asked whether anyone had ever hit him or threatened him. He said no. We asked about his ID. He said the landlord took it "to copy" three months ago and hasn't given it back.""",
  "RD", "DT", "")
T("""Officer's note: no sign of injuries, no sign of overcrowding, all rooms clean. Only concern is that the worker said he paid £2,000 to an agent in Bucharest for this job and is still paying it off at £100 a week out of his wages.""",
  "DB", "UF", "L")
T("""He said "nobody takes my money, nobody takes my passport". He says he works 7 days because there's lots of work before Christmas and he wants the money. We found no indicators.""")
T("""Mother worried that daughter (20) would be trafficked if she goes to work in Dubai as she's been offered a job online. Daughter is still in Leeds, has not gone. Advice given.""")
T("""Officers spoke to the males at the cannabis factory. Both said they were paid to water the plants and had keys to come and go. One had been at home with his family in Wolverhampton the previous night. No indicators of trafficking; both charged with production.""",
  "", "", "")
T("""The man at the car wash said he wasn't scared of the boss and could go any time, but then he showed us a text from the boss saying "if you speak to police your family will pay". We took him to a reception centre.""",
  "IT", "FA", "L")
T("""Not trafficked. Client confirmed she came to the UK of her own accord with her own money, works in a massage parlour by choice, and keeps her earnings. She declined any support.""",
  "", "", "S")
T("""Would she have been allowed to leave? The controller told her that if she ever left he'd find her. She has been locked in at night since March.""",
  "IT RM", "RMS", "S")
T("""Intel log: Aidan COOPER (dob 12/06/1997) was seen handing bags to a 16 year old at the Kwik Fit lot on Abbey Rd, Barrow. Not known if exploitation or just mates. Further research required.""")
T("""ppt held by employer. £30 p/w. 7/7 days. sleeps on site. IP scared.""",
  "RD WW EO", "DT LH SW FA", "L")
T("""INT 2/B/P: IP works at Burger Bros, Hull. Boss has his BRP.""",
  "RD", "DT", "L")
T("""Source: lads at the wash r not allowed out after 8, boss locks the gate.""",
  "RM", "RMS", "L")
T("""They took my phone and I didn't know which city I was in.""",
  "ISO", "IS", "")
T("""Girls in the flat on Duke St get hit if they dont make enough.""",
  "PSV", "", "S")
T("""POI collects wages of 6 x Romanian males, keeps their cards and PINs.""",
  "WW", "NCW MBC", "L")
T("""Worker says he owes £3k for the flight and the sum goes up every month.""",
  "DB", "UF", "L")
T("""Caller says the men in the caravan have no running water and use a bucket for a toilet.""",
  "AC", "PLC", "")
T("""He told us the boss said "I'll call immigration on you" whenever he asked for his wages.""",
  "IT WW", "FA", "L")
T("""Told it was a hotel job in Manchester, ended up picking daffodils in Cornwall for nothing.""",
  "DEC WW", "", "L")
T("""Vic says she's been working 16 hrs a day in the kitchen, no day off since Easter.""",
  "EO", "LH", "L")
T("""INT 3/B/P: POI RUSU escorts the women to and from the flats, never lets them out alone.""",
  "RM", "ET RMS", "S")
T("""Nobody's allowed to speak to their families, the gaffer checks the phones every night.""",
  "ISO", "IS", "")
T("""Male found sleeping under the bakery ovens, says that's where the owner lets the workers sleep.""",
  "AC", "SW PLC", "L")
T("""MOP: 10 men in a 2 bed flat above Ladbrokes, picked up at 5 in a van every morning.""",
  "", "OA CE", "")
T("""The agent told him £9 an hour; the payslip shows £3.10 after "housing" and "transport".""",
  "DEC WW", "CT", "L")
T("""She says she was threatened with a knife when she asked to go home to Romania.""",
  "IT", "", "")
T("""He has no coat, no bag, nothing but the clothes he stands in. Says the boss keeps his things.""",
  "", "FPE PA", "")
T("""Source says the boss charges the lads £40 for a pair of steel toe caps and a hi-vis before they start.""",
  "WW", "PPE", "L")
T("""IP states gaffer "battered" him with a spade when he asked for a day off.""",
  "PSV", "", "L")
T("""They're all too scared of the police to say anything, they think they'll be deported.""",
  "", "FA", "")
T("""Boss says if we go he tell police we are illegal.""",
  "IT", "FA", "")
T("""Girl says the man who brought her has her passport and won't give it back til she pays.""",
  "RD DB", "DT", "")
T("""The farmer keeps the workers in a locked compound at night. Dogs loose in the yard.""",
  "RM", "RMS", "L")
T("""There's no heating, the windows are boarded, and the lads share four mattresses between twelve.""",
  "AC", "PLC OA", "")
T("""Debt keeps going up: she started owing £2,000, now they say £9,000 for rent and condoms.""",
  "DB", "", "S")
T("""Minibus collects workers 04:45 and returns 21:30, six days. Each pays £8 a day for the seat.""",
  "EO", "CE CT LH", "L")
T("""He looked about 15 and had cuts on his knuckles. Said he "works" for the older lads selling bags.""",
  "AV", "PA", "C", "high")
T("""Told him the job came with a flat in London and study at a college. It was a garage in Enfield and he sleeps in the van.""",
  "DEC AC", "SW", "L")
