# fresh264 part 1: Met intelligence logs, east and south London
def add(T):
    T("INT 2/B/P. Source reports that a hand car wash on Barking Road E13 is run by POI Arben KOLA. Approx 6 Albanian males work there 7 days a week 0800-2000hrs. Source states the workers are not paid direct, KOLA collects their money and gives them £20 each on a Sunday. Workers sleep in a portakabin at the rear of the site.",
      "WW EO AC", "NCW LH SW", "L")
    T("INT 3/C/P. Unknown female approx 16yrs seen getting into silver VW Golf LV18 KXP outside Stratford Centre with older male, believed to be a regular pattern. No further info.",
      "", "", "", "low")
    T("Intel: POI Dwayne FOSTER (nom) believed to be running a line into Eastbourne known as the 'Benz' line. Using local juveniles from Lewisham, one believed to be 14, to carry and sell. Juveniles are made to stay in a trap house for days at a time and are told they owe money if the gear goes missing.",
      "AV RM DB", "RMS", "C", "high")
    T("INT 2/A/P – POI Mehmet YILDIZ, barber shop High Street North E6. Shop legit, staff all on payroll, checked with HMRC. No concerns identified re exploitation.",
      "", "", "")
    T("Source states that a number of Vietnamese males are living at a flat above a nail bar on Rye Lane SE15. Approx 8 of them sharing two rooms, mattresses on the floor. They are driven to other salons in the morning by the owner and brought back late at night. Source does not think they have their own passports, the owner 'looks after them'.",
      "RD AC", "OA PLC CE ET DT", "L")
    T("INT 3/B/P. Female known as 'Jasmine' advertised on adult site, incall address believed to be a flat on Commercial Road E1. Number 07700 914 562 used on 4 different profiles with different women. A male answers calls and makes the bookings.",
      "", "SFW", "S")
    T("PNC check on vehicle YP66 DRU stopped on the A13. Driver LEE, 3 passengers all adult males from Romania. Said they were going to work on a building site in Canning Town. All had own ID, spoke good English, paid direct by the builder. Nothing further.",
      "", "", "")
    T("Information received from Border Force that a Nigerian female, 19yrs, arrived Heathrow on a student visa, address given in Thamesmead. Sister has since contacted police saying the female is being kept by a 'madam' in Woolwich who has taken her passport and is making her work in the house and look after children for no money. The madam tells her she owes £35,000 for the visa and flights. Sister's contact number 07462 118 903 provided. Sister lives in Manchester and has not visited. Actions: research on the Woolwich address (council tax, electoral roll, PNC); Border Force landing card requested; Greenwich CSC checked as there are children at the address. Referred to the Met MSHT Unit for a welfare visit within 48 hours.",
      "RD WW DB DEC", "DT UF", "D")
    T("INT 2/B/P: POI Tariq ALI using ATM at Tesco Extra Beckton, observed by staff withdrawing cash using 7-8 different cards in one go, regularly on Friday nights.",
      "", "MBC", "")
    T("Intel suggests that a cannabis grow is being run from 14 Ashgrove Road BR1 (Bromley side of the boundary). Gardener believed to be a young Vietnamese male who never leaves the property, food dropped off twice a week. Windows blacked out. Neighbours hear him crying at night.",
      "RM ISO", "RMS IS", "C")
    T("Officers attended a flat in Bow E3 re noise complaint. 4 adults present, all students at QMUL, all with own tenancy agreements. Party shut down. No further concerns.",
      "", "", "")
    T("INT 2/B/P. POI Kamal HOSSAIN, restaurant owner Brick Lane. Source states kitchen staff from Bangladesh are on visas he sponsors, he has kept their passports in the safe at the restaurant 'so they don't run'. They work 6 days 11am to 1am and get £600 a month. He has told them if they complain he will cancel the sponsorship and they will be sent back. Source is a former employee and has a grudge but has proved reliable on two previous occasions. Restaurant holds a premises licence with Tower Hamlets. Recommend Home Office Immigration Enforcement and HMRC sponsor compliance checks before any police visit, and a joint MSHT welfare visit out of hours. Handler to re-task source for the names of the kitchen staff.",
      "RD EO WW IT AV", "DT LH FA", "L")
    T("Missing from home: Kiyah MORGAN, 15yrs, from Southwark care home. Not seen for 3 days. Previous linked to POI 'Trigger' and other nominals involved in county lines to Margate. Believed to be with them NOW, phone off.",
      "AV", "", "C", "immediate")
    T("Brief: traffic stop Old Kent Road, Ford Transit. 11 males in the back, no seats. Driver stated they are labourers going to a site in Dartford. Workers did not speak, driver answered all questions. Each said they pay £10 a day for the lift which comes out of their wages.",
      "WW", "SFW CT CE", "L")
    T("INT 3/C/P – rumour that organs are being sold in Ilford. Source could give no detail. Graded as unreliable.",
      "", "", "")
    T("INT 2/B/P. POI Valentin DUMITRU believed to control 3 Romanian women working from a flat in Croydon (Park Lane CR0). He drives them to and from the flat, keeps the money from bookings and they only get food and cigarettes. One woman seen with black eye last week.",
      "WW PSV", "ET NCW PA", "S")
    T("Stop and search Mare Street E8: 17yr old male found with 12 wraps of crack and £340 cash. Stated he was selling for himself to pay for a new phone. No indication of anyone controlling him. Arrested PWITS.",
      "", "", "")
    T("Source reports POI 'Uncle' at a house on Romford Road E7 houses around 15 Indian men who work at a warehouse in Dagenham. Men are picked up by minibus at 0500 and back after 2100. Uncle takes £80 a week each from them for the bed and £15 a week for transport, and they have to buy their own hi-vis and boots from him at double price. Minibus described as white Ford Transit, partial VRM 'LV..' with a ladder rack. Newham Council shows the house as a single-family let with no HMO licence. Actions: ANPR research on the minibus, contact with the warehouse's HR department via the GLAA, and Newham private housing enforcement to consider a joint visit.",
      "WW AC EO", "OA CE LH CT PPE", "L")
    T("INT 1/A/P. Female victim (Thai national) states she came to UK believing she would work in a massage spa in Greenwich doing massage only. On arrival she was told she must see clients for sex. She was not allowed to leave the premises and slept on a massage table. Owner held her passport.",
      "DEC RM RD AC", "RMS SW DT", "S")
    T("Intel re POI Shaun BARRETT: believed to be cuckooing a vulnerable male (learning disability) at a flat in Sydenham SE26. Local users and dealers using the address, victim has been locked in the bedroom when he tried to object.",
      "AV RM", "RMS", "C")
    T("Intelligence: man known as 'Doctor Ali' believed to be recruiting poor men from Pakistan to come to the UK and sell a kidney for £5,000, with surgery to happen abroad. Contact number 07931 442 871, Forest Gate area. Source has heard two men from the same village were told they would get work here and then were taken for operations.",
      "DEC AV", "", "O")
    T("Welfare check at Thornton Heath address requested by GP. Elderly female, lives alone, family visit daily. All fine.",
      "", "", "")
    T("INT 2/B/P. Source states that 'Big Man' (no further ID) runs shoplifting crews in Croydon town centre using Romanian children aged 10-13 who are brought over from Constanta. Children must bring back £200 of goods a day or they get beaten.",
      "AV PSV IT", "", "C", "high")
    T("POI Ionut POPA stopped driving Vauxhall Vivaro YK19 FHN on Whitechapel Road at 0445hrs. 8 Romanian men in the van. Popa holding an envelope with 8 Romanian ID cards. Stated he keeps them 'for the agency'. Men said they work at a recycling plant in Rainham.",
      "RD", "DT CE", "L")
    T("INT 3/B/P. Female at nail bar on Deptford High Street looks no older than 15, working there during school hours. Customers say she doesn't speak English and the owner speaks for her.",
      "AV", "SFW", "L", "high")
    T("Call from Tower Hamlets Council licensing: premises at Whitechapel visited, 3 staff on site, all right to work checked, contracts seen, minimum wage paid. Licence renewed.",
      "", "", "")
    T("Intel – POI Kristaps OZOLS (Latvian), runs gangmaster type operation supplying labour to food factories in Enfield and Beckton. Workers' wages paid into bank accounts Ozols opened for them, he holds the cards and PINs. Around 20 cards believed to be kept at his address in Plaistow. Workers get cash in hand £100 a week.",
      "WW", "NCW MBC", "L")
    T("INT 2/B/P. Source states young women from Albania are being brought to a flat in Canary Wharf by a man who posed as their boyfriend back home and promised marriage. Once here they are made to work as escorts and he takes all the money.",
      "DEC WW", "NCW", "S")
    T("Domestic: female called police stating partner had smashed her phone in argument. Partner arrested for criminal damage. Female states no other concerns, works as a pharmacist, own money.",
      "", "", "")
    T("Arrest enquiry: cannabis factory found at 221 Lee High Road SE13. 480 plants. Vietnamese male, approx 17, found inside. Door padlocked from the outside, no key inside. He had a mattress, rice cooker and a bucket. States a man brought him from France in a lorry and said his family in Vietnam owes $20,000. Referred NRM.",
      "AV RM DB AC", "RMS PLC SW", "C", "high")
    T("INT 2/B/P: POI 'Lena' runs a brothel in a residential flat on Lewisham Way. Source states girls are rotated every two weeks from other cities, advertised on Vivastreet, and a man drives them between addresses. They are not allowed out on their own.",
      "RM", "ET RMS", "S")
    T("Stop check: male walking Lewisham High St at 0200hrs, says he works night shift at a bakery in Catford and was walking home. Employer called, confirmed. Likes the hours as pays more. No concerns.",
      "", "", "")
    T("INT 3/B/P. POI Ahmed SHARIF, Whitechapel – believed to be sending vulnerable young men to claim Universal Credit at his address and taking the payments. At least 6 claims traced to the one address. The men, some with mental health problems, are given £20 a week.",
      "AV WW", "NCW", "C")
    T("Information from Salvation Army outreach: Polish male, homeless, sleeping at Stratford. Says he was working for a builder in East Ham who stopped paying him after 4 weeks, said he would pay 'next week' then told him to go away. He doesn't want to go to the police because he thinks he will be deported.",
      "WW", "FA", "L")
    T("Intel from NCA: organised group in Croydon believed to be using fake job adverts on Facebook offering care work in London with free accommodation to recruit women from Romania. On arrival women are moved to addresses in Norbury and Thornton Heath and forced to sell sex. Recruitment fee of £800 taken up front.",
      "DEC", "UF", "S")
    T("Unknown male seen sleeping in the stock room of a mini mart on Green Street, E7 by a delivery driver. Driver says shop is open 24hrs and it's the same man behind the counter every time he delivers. Owner told driver the man is 'his cousin'.",
      "EO AC", "SW LH", "L")
    T("INT 2/B/P – POI Danny MCKENZIE, 19, believed to be using a 13yr old from Peckham to hold drugs and cash. Child recently seen with a cut to the face, believed caused by McKenzie after a 'loss'.",
      "AV PSV", "PA", "C", "high")
    T("Sussex Police request: juvenile from Croydon arrested in Hastings with 30 wraps. States he was sent down on the train by 'olders' and can't go back without the money. Informed Croydon Children's Services.",
      "AV IT", "FA", "C", "high")
    T("Intel: POI Gheorghe STAN, believed to be controlling begging by disabled Romanian men around Tower Bridge and London Bridge stations. Men dropped off in the morning by a black Mercedes and picked up at night. Stan takes all the money they collect.",
      "AV WW", "CE NCW", "C")
    T("Report from TfL revenue team: group of 5 teenage girls using Oyster cards registered to one adult account in Lewisham. Passed to SCO for checks. Turned out to be family account, mother's cards. No concern.",
      "", "", "")
    T("INT 3/C/P. POI Osman HUSSEIN, landlord with 9 properties in Newham. Source claims he packs them. Enquiries with Newham Private Rented Property Licensing: all properties licensed as HMOs, each tenant has their own tenancy, inspected this year. Overcrowding complaint not substantiated.",
      "", "", "")
    T("Debrief of arrested male (Eritrean) at Croydon custody, held for driving without insurance. States he works as a delivery rider for a man who rents him the account for £150 a week. Says he keeps everything else, can stop any time. No exploitation identified.",
      "", "", "")
    T("Hotel staff at a Premier Inn near London City Airport reported a man booking the same room several nights a week with different young females coming and going, one looked under 18 and seemed scared, male carried her bag and did all the talking.",
      "AV", "SFW FA", "S", "high")
    T("INT 2/B/P. Source states that at a takeaway on Walworth Road the staff are two Chinese men who live in the back room and never go out. The owner took their passports when they arrived and they are still paying off £18k each for being brought to the UK. They work every day from 10 until the shop shuts at 2am.",
      "RM RD DB EO AC", "RMS DT SW LH UF", "L")
    T("MISPER Liam O'CONNELL, 16, Lewisham. Found in a Premier Inn in Reading with 2 adult males and drugs. States he was 'working'. Phone had messages threatening to 'wet him' if he came back short.",
      "AV IT", "", "C", "high")
    T("Intel: POI Bogdan LUCA driving Romanian workers to a farm in Kent from Croydon each morning in minibus LX14 BHU. Checks with GLAA: Luca holds a valid licence, workers are on payroll, paid by bank transfer to their own accounts. No concerns.",
      "", "", "")
    T("Officer notes: attended Walthamstow address on behalf of Newham CID. Female (Lithuanian) says her boyfriend brought her from Vilnius, promising work in a shop. He then made her have sex with his friends for money and hits her if she refuses. She hasn't been outside alone since she came. She doesn't know the street name.",
      "DEC PSV RM ISO", "RMS IS", "S")
    T("INT 2/B/P – nominal 'Saints' running drugs from a flat on the Aylesbury Estate using a vulnerable heroin user, who is given free gear in return for the use of his flat and for running to customers.",
      "AV", "", "C")
    T("Source states the owner of a car wash on Old Kent Road makes the Kurdish lads pay £50 each for their wellies and gloves and takes it out their wages, they get £40 a day for 12 hours.",
      "WW EO", "PPE LH", "L")
    T("Person stop, Rotherhithe: 3 Filipino women in park with children. Asked, said they were nannies for families nearby, had their own phones and passports, day off on Sunday. No concerns.",
      "", "", "")
    T("INT 3/B/P. Possible forced marriage: 17yr old girl from Tower Hamlets told friend she is being taken to Bangladesh in the summer holiday to marry a cousin, her passport has been taken by her father.",
      "RD", "DT", "", "high")
    T("Intel from Lewisham MASH: 15yr old female missing 4 times in a month, returns with new clothes, nails and phone. Linked to 24yr old male in a red Audi. Believed being groomed for sexual exploitation and taken to parties where she is given drugs and alcohol.",
      "AV PSV", "", "S", "high")
    T("Crimestoppers: 'theres a man on Plumstead Road who owns a laundrette and has a boy working in there all day and night i think hes from Afghanistan he doesnt go to school and the man shouts at him'",
      "AV EO", "LH", "L", "high")
    T("INT 2/B/P – POI Robert NOWAK, gangmaster, runs agency in Barking. Workers from Poland pay £300 registration fee in Poland and are promised £11/hr. On arrival they are paid £6/hr after deductions for rent, transport, 'admin'. Debts for the fee are rolled over with interest.",
      "DEC WW DB", "UF CT", "L")
    T("Arrest: POI Samira BEGUM for ABH on her domestic worker. Worker (Indonesian, 34) had bruises to arms and burns from an iron. States she sleeps in the kitchen, works from 5am to midnight, is not allowed out, has not been paid for 2 years and Begum keeps her passport.",
      "PSV AC EO RM WW RD", "PA SW LH RMS DT", "D")
    T("Note: report that 'slaves' working at a Bethnal Green cafe was a misunderstanding. Complainant heard the owner jokingly call his sons 'my slaves' as they help out after school. Family business, no concerns.",
      "", "", "")
    T("INT 3/C/P. Unknown Eastern European males living in a car in a car park in Beckton, go to work on a site every morning. Unclear if exploited.",
      "", "", "")
    T("Source reports that Albanian male 'Edi' is holding a young Albanian lad at a cannabis grow in Plumstead. Lad was promised a job in a car wash. Edi told him if he tries to leave they will kill his mum in Albania. Lad has no phone.",
      "DEC IT ISO", "IS", "C", "high")
    T("INT 2/B/P. POI Marius DOBRE believed to rent out his flat in Stratford to 3 women who sell sex. Source says the women work independently, set their own prices and keep their money, Dobre just collects rent. No indication of control.",
      "", "", "")
    T("Officers attended a property on Woodgrange Road following a 999 call, female heard screaming 'help me he's locked me in'. On arrival female found in back bedroom, door bolted from outside. She is Romanian and told officers through a phone translator that the man makes her work in a massage parlour and takes her money.",
      "RM WW", "RMS NCW", "S", "immediate")
    T("INT 3/B/P. POI Kevin ADEYEMI believed to be laundering money through accounts opened by students. Students are paid £500 to hand over their bank cards. Money mules, willing.",
      "", "MBC", "C")
    T("Intel: cleaning company in Canary Wharf employing Ghanaian women on night shifts. Source states the supervisor takes their first month's wage as a 'deposit' and they never get it back, and makes them work double shifts without extra pay.",
      "WW EO", "LH", "L")
    T("Community officer notes: Newham Borough, Upton Park. Mosque committee raised concern that a young Indian man begging outside after prayers is dropped off by a car every Friday and the driver watches him the whole time. He looks thin and his clothes are dirty.",
      "RM", "ET PA", "C")
    T("Stop search of male in Southwark Park, found with cannabis for personal use. Community resolution. No other concerns.",
      "", "", "")
    T("INT 2/B/P – info re a 'recruitment agent' in Ilford charging Sri Lankan nationals £4,000 each for care worker visas to UK. Care home jobs do not exist on arrival. Several men now working cash in hand in a warehouse to pay the agent back, agent phones them weekly demanding money and says he will report them to Home Office.",
      "DEC DB IT", "UF FA", "L")
    T("POI Alfie GRANT (nom), 22, Croydon – believed to be exploiting a 16yr old female, giving her cannabis and making her hold his phone and drugs. Female's mother reports she now comes home with bruises and won't say where she has been.",
      "AV", "PA", "C", "high")
    T("PNC: vehicle VE20 OKP flagged ANPR Blackwall Tunnel 4 times in a night between Newham and Greenwich, registered keeper Shabnam KHAN, nil intel. No further action.",
      "", "", "")
    T("INT 2/B/P. POI Ilir HOXHA controls a group of Albanian men working as plasterers in Croydon. Source says they are living in a 3 bed house with 12 of them, cold, no heating, mould everywhere. They are told they owe Hoxha £10k each for the trip over on the lorry.",
      "AC DB", "OA PLC", "L")
    T("Source states female known as 'Mimi', believed Chinese, working in a flat in Greenwich as a masseuse. Source believes she is not there by choice, she never leaves, food is brought in, and a man visits every night to collect money.",
      "RM WW", "RMS NCW", "S")
    T("Border Force referral at Dover: coach from Bucharest, 5 young women travelling with one man who held all their passports and tickets, said he was their manager. Final address given a hotel in Barking. Women looked frightened and would not answer questions.",
      "RD", "DT SFW FA ET", "S")
    T("Call regarding domestic worker at a house in Blackheath. Caller is the worker's employer asking for advice because the worker wants to leave and the employer is worried about the visa. Worker spoke to officers privately, says she is well treated, has own passport and can leave when she wants. Advised both.",
      "", "", "")
    T("INT 2/B/P: POI Oleksandr BONDAR running agency supplying Ukrainian refugees to a packing warehouse in Thurrock. Workers are told their housing in Barking depends on the job, if they stop working they will be put out on the street. 14hrs shifts.",
      "AV IT EO", "LH OA", "L")
    T("INT 3/B/P. Vulnerable adult (autistic, 24) at address in Abbey Wood being used by local youths to store drugs. Youths took his bank card and are using it.",
      "AV WW", "NCW", "C")
    T("Intel: brothel above a shop on Tooting High St (not our area, passed to SW BCU). Eastern European women believed controlled by a couple, 'working off' travel costs of £3,000 each.",
      "DB", "UF", "S")
    T("Local officer notes: Lewisham Hospital security reports a male brought into A&E with a deep cut to his hand by a man who said he was the 'boss'. The boss insisted on staying and answered all the questions. The patient works on a building site and appeared afraid to speak.",
      "", "SFW FA PA", "L")
    T("INT 2/B/P. Sikh temple volunteers in Southall (outside MPS east) raised concern about Indian men brought to work in Ilford cash and carry for food and a bed only. Men say they cannot go home because the boss has their passports.",
      "WW RD AV", "DT", "L")
    T("Report: 2 unknown males aged about 14 were seen by a BTP officer at London Bridge being handed a package by an adult and told 'you know what happens if it goes missing'.",
      "IT AV", "", "C", "high")
