# fresh178 part 2: intelligence logs, referrals, first-person accounts, negated mentions


def add(T):
    T("""INT 2/B/P: females at the massage parlour on Station Rd, Reading, are not allowed out unescorted. A male
    known as 'Lucky' drives them from a flat to the parlour and back each day and keeps their phones overnight.""",
      "RM ISO", "RMS ET IS", "S")
    T("""Welfare check at 9 Orchard Way. Occupant is an au pair from Spain, 20. Has own room, own passport which she
    showed us, goes to college twice a week, phone in hand, paid £120 p/w. Host family friendly. No concerns.""")
    T("""She was kept in the house for 2 years doing cooking cleaning and looking after 4 kids, never paid. Slept on
    the kitchen floor. Madam took her passport when she arrived at Heathrow and said if she ran away police would
    put her in prison.""",
      "WW AC RD IT RM", "SW DT FA RMS", "D")
    T("""Call handler log 03:12: male caller, poor English, says "I am on farm, they lock the caravan, I want to go
    home, they hit my friend with a stick tonight". Unable to give address, thinks near Hereford, 'big field with
    tunnels'. Phone cut off. Cell site requested.""",
      "RM PSV ISO", "RMS IS", "L", "immediate")
    T("""Officer note: visited Happy Nails, Market St. Staff of 3 all have own accommodation, paid into own accounts,
    hold their own passports, none appeared fearful. Manager co-operative. Concerns from earlier report not
    substantiated.""")
    T("""Referral from Salvation Army: Mr K, Lithuanian, 52, alcohol dependent, was recruited outside a soup kitchen in
    Kaunas and promised building work. In UK he was housed in a garden shed behind the controller's house in Leicester,
    given cheap vodka daily "to keep him quiet", and worked 12 hour days on block paving. Never paid. When he asked to
    leave, the controller's son punched him and said he would be found wherever he went.""",
      "AV DEC AC PSV WW EO IT", "PLC LH", "L")
    T("""Teacher's MASH referral: Year 10 pupil Kyle, 15, has missed 20 days this term, came in with a new iPhone and
    £300 cash, and a cut on his hand he won't explain. Another pupil says Kyle 'does runs to Weston' for an older lad
    called Rizzy who says Kyle owes him for a 'lost' package.""",
      "AV DB", "PA", "C", "high")
    T("""Caller says the house next door has lots of men coming and going, maybe 10 living there, but they are all
    students from the uni on their way to lectures, she just wanted to check it's an HMO with a licence. Council
    confirms licensed HMO for 10.""")
    T("""Case notes, Ms P (Nigerian, 26): told in Benin City she'd be a hairdresser in London. Underwent a juju oath
    before leaving; told if she disobeyed the madam, she or her mother would die. Made to sell sex in a flat in
    Woolwich to pay back £35,000. Did not know the name of the street. Madam kept all money.""",
      "DEC IT DB WW ISO", "IS UF NCW", "S")
    T("""Man at the bus stop told me they all work in the potato place and don't get a day off, he said "no Sunday, no
    holiday, only work". He smelled bad and had no coat in the snow.""",
      "EO", "LH PA", "L")
    T("""INT 3/C/P: Vietnamese male aged approx 16 seen going into 38 Brook St (suspected cannabis factory) carrying
    shopping. Windows blacked out, electricity bypassed per WPD. Male has not been seen leaving since.""",
      "AV RM", "RMS", "C", "high")
    T("""Legal advisor note: client says she was never told she couldn't leave and had her own key and passport. The
    problem is only that the employer has not paid her last month's wages, £1,400, after she resigned. Employment
    tribunal route advised.""",
      "WW", "", "", None)
    T("""Im writing about my brother Daniel he went to work in England for a man called Costel, now Costel answers
    Daniel phone and say he is busy. We not speak to Daniel since 3 month. Costel says Daniel must pay 2000 euro before
    he come home""",
      "ISO DB", "IS", "L")
    T("""Police log: neighbour reports screaming from 17 Hawthorn Rd and a woman shouting "let me out". Officers
    attended; domestic argument between partners, no locked doors, female left with a friend. DA risk assessment
    completed (medium). No exploitation.""")
    T("""GLAA inspection report (Lincs): labour provider supplies 80 workers to a salad packer. Workers housed in
    caravans with broken heating, mould and one toilet shared by 24 people. Deductions for accommodation exceed the
    legal offset. Workers say the supervisor shouts and tells them they'll be "sent back" if they complain to
    anyone. Licence revoked.""",
      "AC WW IT", "PLC OA", "L")
    T("""Ambulance crew: called to a flat above a takeaway in Hartlepool. Male with burns to his hand from the fryer,
    told crew he works in the kitchen and sleeps in the store room. Employer came in and told him not to go to
    hospital. Male agreed to go after employer left. Said he's not allowed to go out except to work.""",
      "AC RM", "SW RMS", "L")
    T("""text from victim's sister: they take her phone every night and give it back in the morning so she can only
    msg when they watch""",
      "ISO", "IS", "", None)
    T("""Debrief (translated, Polish): "They said it was a good job with a room. The room had eight of us on the floor
    with no heating. We ate bread and what was left at the farm. When my friend cut his leg on the machine they
    wouldn't take him to hospital. We were scared of Marek, he said he knew where our families lived.\" """,
      "DEC AC IT", "OA PLC FA", "L")
    T("""Concern raised by GP: patient aged 34 from Eritrea has depression, works long hours as a delivery rider
    by choice to support family at home, has own flat and documents. No coercion reported. Referred for talking
    therapy.""")
    T("""INT 2/A/P: POI Amir SHEKHAR controls two females at 4 Clarence Court, Bournemouth, who sell sex from online
    adverts. He keeps the girls' passports and beats them if they fall short of £1,000 a day.""",
      "RD PSV", "DT", "S")
    T("""Nobody is keeping my ID, I have it here. I'm fine, I work at the hotel because I want to and I finish at
    4.""")
    T("""Concern passed by the Red Cross: young Sudanese man at the hotel for asylum seekers is being picked up at
    night by a man in a black Audi to do 'deliveries'. He told staff he has to do it because the man paid for his
    boat and says he owes £5,000.""",
      "DB AV", "UF", "C")
    T("""Housing officer visit: elderly woman in Tower Hamlets says her son's family brought a 'relative' from Bangladesh
    who does all the cooking and cleaning for 9 people from 5am to midnight, sleeps in the hallway, has never been to
    school and is about 14. The girl didn't speak at all while the son was there.""",
      "AV EO AC", "LH PLC FA SFW", "D", "high")
    T("""Mr L said: "I always had my passport, nobody locked anything, I could go home when I wanted. But the money,
    he paid me £3 an hour and said the rest was for the flat." We assessed as NMW and rent issue; possible WW only.""",
      "WW", "", "L")
    T("""Log: Border Force at Dover stopped a minibus with 9 Romanian nationals. Driver had all their ID cards in the
    glovebox and said he's holding them 'for the job agency'. Passengers were going to a chicken factory in
    Norfolk; several said they'd paid £200 to get on the bus and would 'pay the rest from wages'.""",
      "RD DB", "DT UF CT", "L")
    T("""Hi I think my neighbours are using a girl as a slave she never goes out only to take the bins and she looks so
    thin and scared. she dont go school. I heard the woman shouting at her and slapping her""",
      "PSV RM AV", "PA RMS FA IS", "D", "high")
    T("""INT 3/B/P: construction site in Salford, workers living in the portakabins on site 7 days a week. No
    toilets or running water. Foreman said to have told them if they leave the site at night the dogs will be let
    loose on them.""",
      "AC RM IT EO", "SW PLC RMS LH", "L")
    T("""Review of a 2024 referral: police found no evidence that Mr A's movements were restricted or that he was
    threatened. He had left the job on his own and found other work. NRM negative reasonable grounds.""")
    T("""Case note: S (Albanian, 19) tells me the men who brought her took her to a house near Luton where she was
    raped by two of them 'to teach her'. After that she was advertised online and driven to hotels every night. She
    was never left alone.""",
      "PSV RM", "ET RMS", "S")
    T("""Lad in the Costa at the services said his boss never lets him go anywhere on his own and takes him everywhere
    in the van, even to the shop. Lad was mid 20s, scruffy, wearing the same hi-vis as the last 3 times I've seen him.""",
      "RM", "RMS ET PA", "L")
    T("""Interpreter feedback after interview: witness appeared to be repeating lines learned by heart, e.g. "I came as a
    tourist, I am visiting my uncle" whenever asked about work. Appeared very scared of immigration.""",
      "", "FA", "", None)
    T("""Referral from women's refuge: K, 31, Pakistani national, spouse visa. Says in-laws forced her to clean and cook
    for the extended family of 12, locked her in the back bedroom when guests came, withheld food as punishment and
    kept her passport. Husband has threatened to have her visa cancelled and to send her home divorced.""",
      "RM AC RD IT AV", "RMS DT", "D")
    T("""Security guard at a distribution centre in Daventry: agency workers clocked in for 14 hour shifts 6 days a week
    and told they'd be "dropped" if they refused overtime. Pay is correct, they have own docs. Long hours concern only.""",
      "EO", "LH", "L")
    T("""Council licensing note: a new massage premises applied for a licence; inspection found practitioners on
    self-employed contracts, qualifications checked, no living accommodation on site. Licence granted.""")
    T("""Caller (female, 20s) says she went to work at a 'modelling agency' in Manchester and the agency owner now
    says she owes £4,000 for her photos and flat. He says she has to 'see clients' to pay it. He took her phone.""",
      "DEC DB ISO", "UF IS", "S")
    T("""Anon email to police: "The men at the car wash sleep in the container at the back, I saw it. Mattresses and a
    little heater. They work from 7 till dark. The boss is Kurdish and drives a Range Rover, reg KY68 something.\"""",
      "AC EO", "SW PLC LH", "L")
    T("""INT 2/B/P: Cristian BADEA (aka 'Bebe') supplies Romanian women to brothels in Bristol and Bath. Women are told
    they are coming to work in a hotel. On arrival BADEA takes their documents and moves them between flats
    every two weeks so they don't know where they are.""",
      "DEC RD ISO", "DT IS", "S")
    T("""PCSO note: called to a dispute at a nail bar between owner and former employee over holiday pay. Both parties
    have solicitors. Civil matter.""")
    T("""Victim statement extract: "If I said no to a customer Andrei would burn me with his cigarette. I have marks on
    my arms. He said next time it would be my sister." """,
      "PSV IT", "PA", "S")
    T("""MASH: 13yo girl found at 2am in a car in a lay-by on the A34 with two men in their 30s. She had been reported
    missing 3 days ago. One man had 'Snapchat' on her phone set up as her boyfriend and had given her vodka.""",
      "AV PSV", "", "S", "high")
    T("""Youth worker: lad of 16 from care home has been found in Aberystwyth in a trap house, says he went of his own
    free will but has a debt of £600 to the line holder after being robbed.""",
      "AV DB", "", "C", "high")
    T("""Caller: I work at the warehouse, my supervisor keeps saying I owe the agency for training and the van and
    I can never leave till I pay it off. I want to leave. Please help.""",
      "DB", "UF CT", "L")
    T("""Welfare visit to 22 Denmark St, Wakefield, re anonymous report of men living at a restaurant. Found 2 chefs
    living in a staff flat above, tenancy agreements in place, own keys, passports with them, paid via payroll.
    They said they like the job and go to the gym on days off. Report unfounded.""")
    T("""INT 3/B/P: 4 Vietnamese females work at 'Top Nails' Wrexham 09:00-21:00, 7 days. Collected together at 08:30
    in a grey Sharan and returned at 21:30. Believed to live at the owner's address.""",
      "EO", "LH CE ET", "L")
    T("""Debrief: he says he was kept in a locked basement in Bradford for 4 months, only let out to go to the car
    wash at 6am, came back after dark. The boss beat him with a hose when he asked for money.""",
      "RM PSV WW EO", "RMS LH CE", "L")
    T("""Report: "I don't think she's been trafficked, she has her passport and goes out with friends, but she told me
    her boss hasn't paid her for 3 months and keeps saying next week." """,
      "WW", "", "L")
    T("""Officer note on visit to a farm near Pershore: workers described being shouted at, no breaks given over
    10-hour shifts in heat, no water supplied in the fields. Two had heatstroke last week.""",
      "AC EO", "LH", "L")
    T("""Log 16:05: school reports 12yo Amelia not collected, found later at a friend's house. Safe and well.""")
    T("""INT 2/B/P: Olivia 'Liv' TAYLOR (17, in care in Blackpool) is being taken by older males to parties in
    Preston where she is given drugs and expected to have sex with men. Males tell her she owes them for the
    drugs.""",
      "AV PSV DB", "", "S", "high")
    T("""Email from charity Unseen: caller reports a Filipino housekeeper working for a diplomatic family in Kensington,
    on call 24/7, no day off in 8 months, employer holds her passport, she is only allowed out to walk the dog.""",
      "EO RD RM", "LH DT RMS", "D")
    T("""Man found sleeping rough under the arches in Digbeth says he left a job where he was "treated like a dog" -
    he was made to sleep in the factory, worked 16 hours, and when he complained the foreman knocked him down.""",
      "AC EO PSV", "SW LH", "L")
    T("""Neighbour says the guy upstairs is a workaholic, leaves at 6 comes back at 10. Officer spoke to him, he's a
    junior doctor on nights. Resolved.""")
    T("""Support worker note: client says the "boss" used to say "you talk to police, I tell them you are illegal, they
    put you on plane, your family pay". He is still very frightened of the police and flinches at uniforms.""",
      "IT", "FA", "", None)
    T("""Referral from A&E: female, 19, presents with a broken wrist. Accompanied by a male who says he's her cousin
    and answered all questions. When alone she said she's made to do sex work and he hit her with a door. She begged
    staff not to tell him.""",
      "PSV", "SFW PA FA", "S")
    T("""Caller says her husband's employer made him sign a contract in English he can't read, the contract says he
    pays £2,500 'training fee' if he leaves within 2 years. He's a chef on a skilled worker visa. He wants to leave
    because they don't pay overtime.""",
      "DB", "UF", "L")
    T("""INT 3/B/P: cannabis grow at 3 Ellison Terrace, Gateshead. Intelligence suggests a Vietnamese male lives inside
    tending the plants and is not permitted to leave; food is dropped off by the organisers once a week.""",
      "RM ISO", "RMS IS", "C")
    T("""Hi, my employer holds my passport in his office but I asked and he gave it back right away, I keep it now. I
    just wanted to check is it legal for him to ask to keep it?""")
    T("""Case notes: worker says she earns properly and has her own account, but her 'agent' threatens to report her
    to immigration unless she pays him £100 a month from her wages.""",
      "IT WW", "FA", "L")
    T("""GLAA log: tip-off about gangmaster 'Zoltan' who takes workers from Hungary to a leek farm. Workers get up at
    4am, are driven to the fields, and return at 9pm. He keeps their ID cards. They say they have not been paid in
    6 weeks because they still owe for the flights.""",
      "EO RD WW DB", "LH CE DT UF", "L")
    T("""Body-worn footage note: the man in the kitchen said 'I am OK' three times before being asked anything and kept
    looking at the manager. Manager then said he'd translate. Worker had no belongings in his room except a blanket.""",
      "", "FA SFW FPE", "L", None)
    T("""Police log 19:50: female caller whispering says she's locked in a bedroom at a house on Canal St, Nottingham
    where she's been brought to 'work', a man took her passport and she can hear him downstairs with a knife.
    Line went dead.""",
      "RM RD", "RMS DT", "S", "immediate")
    T("""Welfare: man found in a field hut in Kent with no water or electricity, said he works for a farmer for board
    only, no wages, for about a year. He has a learning disability and was recruited at a hostel in Margate.""",
      "AV WW AC", "PLC", "L")
    T("""Update: the Thai woman working at the Oriental Spa in Chester told police she is self-employed, rents the room
    at £200 a week, keeps her own earnings and passport and has a UK partner. No concerns.""")
    T("""Call handler: Caller is a taxi driver, picked up a girl from a hotel at 1am, she looked about 15, had no
    shoes, and a man paid the fare and told the caller to take her to 'Rashid's'. She kept crying. Taxi now outside
    22 Beaconsfield Rd. Caller is worried she's being abused.""",
      "AV", "PA", "S", "immediate")
    T("""DWP visiting officer: claimant has a severe learning disability. His cousin collects his PIP, keeps his card,
    and has him working unpaid at the cousin's car valeting yard. Claimant says the cousin shouts and 'will throw me
    out' if he doesn't work.""",
      "AV WW IT", "NCW", "L")
    T("""Intel (source, unknown reliability): the woman who owns the house on Forest Rd has a maid from Indonesia who
    is never seen outside. May be nothing; she may just be a live-in nanny.""",
      "", "IS", "", None)
    T("""Debrief extract (Vietnamese, via interpreter): 'In the truck we could not breathe. In England they put me in
    a house with the plants. They said if I ran away the gang would kill my parents in Nghe An. I did not know what
    city I was in.'""",
      "IT ISO AC", "IS", "C")
    T("""Shop worker: a woman from the flats buys nappies every day with a man standing by her, he has her purse, she
    is never allowed to pay herself. He came back in and asked if she'd spoken to anyone. Feels off.""",
      "", "SFW ET FA", "", None)
    T("""INT 2/B/P: farm labourers at Greystones Farm, Shropshire, are charged £40 for boots and £20 for waterproofs
    from their first wages and fined £10 for each late arrival.""",
      "WW", "PPE", "L")
    T("""Statement: "My manager always pays me on time and I get paid overtime when I work weekends which is my choice.
    I've got my own flat." """)
    T("""Social worker: 17yo Eritrean boy in supported accommodation disappeared for 4 days; returned with £400 and a
    new phone, says he was 'working for a friend' in Leeds cutting hair, 7am-11pm, and slept in the shop. Won't say more.""",
      "AV EO AC", "LH SW FA", "L", "high")
