E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 2/B/P. Source with good access reports that Florin STAN (DOB 03/04/1986) runs a gang of approx 25 Romanian workers supplied to three food factories in the Spalding and Boston area via an unlicensed labour provider. Workers are recruited in Craiova with promises of £11.44 per hour and free housing. On arrival their ID cards are taken "for registration" and kept in a safe at STAN's address, 17 Fenside Drive PE21. Workers are housed 6-8 to a room across two addresses. Each is charged £90 p/w rent and £15 p/w transport, deducted before pay. Source states workers rarely receive more than £60 a week. Those who complain are told they will be "put on the bus home with nothing" and that STAN knows where their families live. Workers are collected in two white Sprinters (reg LV68 KDX, LB67 RTO) at 04:45 and returned around 20:00.""",
  "DEC RD WW IT AC DB", "DT OA CT CE LH NCW", "L")
T("""Call handler log 21:47. Female caller, whispering, says she is in a house in Harehills, doesn't know the address, man has locked the door and taken her phone, she is using the phone of another girl. She says he hit her earlier and told her she has customers tonight. Line cut off. Call back number unobtainable. Cell site requested. Grade 1.""",
  "RM ISO PSV", "RMS IS", "S", "immediate")
T("""Case note, ISVA service. Client (F, 27, Eritrean) disclosed that on her journey through Libya she was held in a warehouse for four months and sold between groups. In the UK she was placed with a man she was told was a relative who would help with her asylum claim. He kept her in the flat, made her do all the cooking and cleaning for him and his three brothers, and had sex with her against her will most nights. She was not allowed a phone. She left when he went abroad for a funeral and walked to a mosque. She is now in NRM safehouse accommodation and says she feels safe for the first time in two years.""",
  "DEC RM ISO PSV AV", "RMS IS", "D S")
T("""GLAA inspection note, Hollybrook Nurseries. 42 workers interviewed on site with interpreters. All hold their own passports or settled status documents. Payslips reviewed for three months: hourly rates at or above NLW, holiday pay shown, no unexplained deductions. Accommodation is in static caravans on site, inspected, 2 per caravan, clean and heated, rent £45 p/w as per contract and within the accommodation offset. Workers said they could leave whenever they wanted and two had recently moved to other farms. No indicators of forced labour identified. Licence compliant.""")
T("""My name is Tuan. I come to England in back of lorry. Before, in Vietnam, the man say I can work in nail shop and study. My family borrow $30,000 for him. When I arrive they take me to a house with many plants and say I must look after. I cannot go out, door is lock from outside. Every week a man bring noodles and rice. He say my family must pay more or he hurt my mother. I am there maybe five month. I sleep on floor next to the lamps, very hot. When police come I am very scared, I think they put me in prison.""",
  "DEC DB RM IT AC AV", "UF RMS PLC SW FA", "C")
T("""Referral from Hackney Children's Social Care. Child A (15, M) has been found in Ipswich on three occasions in the last month, twice with large amounts of cash and once with crack cocaine wraps plugged internally. Child A's mother reports he has a second phone she cannot access and that older youths attend the home address late at night. On the last return he had a slash wound to his forearm which he says was an accident. School attendance 34%. Child A told his social worker 'I can't stop, I owe them' but would not elaborate. Concerns of criminal exploitation via county lines. Strategy meeting requested.""",
  "AV DB PSV", "PA", "C", "high")
T("Lad at the car wash told me they pay him nothing for the first month to 'cover his flight'.", "WW DB", "UF", "L")
T("Girls in massage parlour on Boundary Rd. Cars come and go all night, the girls are never seen outside, a man drops food off.",
  "RM", "RMS", "S")
T("INT 3/B/P. Workers at Golden Dragon restaurant are said to work from 10:00 till 02:00 seven days and sleep in the storeroom.",
  "EO AC", "LH SW", "L")
T("No concerns. IP is a self-employed sex worker, works alone from her own flat, manages her own bookings and money.")
T("The boss has all our passports in his car. He says we get them back at end of season.", "RD", "DT", "L")
T("Caller says her Filipino nanny has run away and she wants her reported missing, also wants to know how to get her back as she has her passport still.",
  "RD", "DT", "D")
T("Victim states that when she tried to leave the brothel, the madam slapped her and said her debt was now £20,000.",
  "PSV DB", "", "S")
T("I was dropped at a farm I don't know where, in the middle of nothing, no bus, nobody speak my language.",
  "ISO", "IS", "L")
T("IP said he is paid £5 an hour at the hand car wash, cash, no payslip. Lives with his brother, free to leave, keeps his own passport.",
  "WW", "", "L")
T("Traffic stop M1 J24, Transit with 9 men in the back on the floor, no seats. Driver says taking them to a building site in Derby. All from same address in Leicester.",
  "AC", "ET OA", "L")
T("Female aged 22 attends A&E with injuries consistent with assault, man waits outside, she says 'he will kill me if I talk'. Declined police.",
  "PSV IT", "PA FA", "")
T("INT 2/A/P. SELIMI sends the 'runners' on the Bristol line, most are under 16, and beats them if the money is short.",
  "AV PSV", "", "C", "high")
T("Drunk male refusing to leave pub, ejected, no offences.")
T("Man told me he was offered a room and work in a restaurant by a guy in Facebook group, came from Italy, then guy says he owes £2k for 'the visa' and the room is a floor in a garage.",
  "DEC DB AC", "UF PLC", "L")
T("They make me work the nails from 9 to 9 and I must give him all tips, he says I am lucky he gives me a bed.",
  "EO WW", "LH NCW", "L")
T("Referral from Women's Aid: client's husband brought his cousin from Pakistan who now does all the housework, is not allowed to leave the house and has never been paid.",
  "RM WW", "RMS", "D")
T("Routine licensing check at Angel Nails, 3 staff, all with right to work, rotas show 40 hrs. No concerns.")
T("Woman said the old man she cares for is her uncle and she helps him because 'he is family', she gets carers allowance herself. Has her own passport and goes to church on Sundays. No concerns, info only.")
T("Not sure who to tell. My flatmate works at a hotel, she said she's only allowed to keep £50 from each week because her agent takes the rest for 'the fee she owes'.",
  "WW DB", "NCW", "L")
T("Child (12) seen carrying packages between two flats on the Broadwater estate for an older male, every evening after school.",
  "AV", "", "C", "high")
T("CALLER STATES HER DAUGHTER IS BEING KEPT IN A FLAT IN LUTON BY HER BOYFRIEND AND MADE TO SLEEP WITH OTHER MEN, DAUGHTER TEXTED 'HELP ME NOW'",
  "RM", "RMS", "S", "immediate")
T("Worker says he signed a contract in Bulgaria in a language he didn't understand and now has to pay back 'training costs' of £1,200 if he leaves.",
  "DEC DB AV", "", "L")
T("We have no food for two days, the boss says we eat when we finish the order.", "AC", "", "L")
T("INT 4/C/P. Unverified: women are being moved between nail bars in Cardiff and Newport by one driver who also collects their wages.",
  "WW", "ET NCW", "L")
T("IP confirmed he had never been threatened and was allowed to leave the site whenever he liked. He has his own car.")
T("Au pair from Spain, says host family are lovely, does 25 hrs childcare a week, has her own room and pocket money as agreed. Wanted advice on NI number.")
T("I told him I wanted to stop. He said he would send the video to my father.", "IT", "", "S")
T("Man at food van says he is 'owned' by the guy who brought him from Albania until he pays 15k.", "DB", "", "L")
T("Police found 11 Romanian men in a two-bed flat, mattresses in kitchen and bathroom, no hot water, employer provided.",
  "AC", "OA PLC", "L")
T("Child (17) referred by YOT, states older males make him hold knives and drugs at their address and 'taxed' him £300 when he was arrested.",
  "AV DB", "", "C", "high")
T("Concern raised by bank: one account receiving wages for 14 different names, cash withdrawn same day in Stoke.",
  "WW", "NCW MBC", "")
T("He has the visa paper, not me. He says if I leave, visa is cancel and I am illegal.", "RD IT", "DT FA", "")
T("Shop worker called as a woman came in with a man, the man paid, woman had bruises on wrists and looked terrified.",
  "", "PA FA", "")
T("Elderly woman's carer from agency works long shifts 7 days a week by choice to send money home; her agency pays her properly. Family have no concerns.")
T("Victim account: 'They gave me drugs to keep working, every night I had to see eight or ten men.'",
  "PSV EO", "LH", "S")
T("Mr AHMED employs 2 men in his chip shop, pays them cash, both are his nephews, live with him. Officers found no evidence they were not free to come and go.")
T("""Debrief notes, NRM first responder interview, Sheffield, 14/09. PV is a 41-year-old Slovak national with a mild learning disability. He says he was approached outside a job centre in Košice by a woman who offered him work in England at a 'recycling company' with accommodation and good pay. He travelled by coach, ticket paid by the recruiter, who told him the cost would come out of his wages. On arrival in Rotherham his ID card was taken by a man called 'Jozo'. He lived with 9 other men in a terraced house. A bank account was opened in his name but Jozo kept the card. PV worked at a waste sorting plant, 12-hour shifts six days a week, and was given £20 per week for food. When he asked for his money Jozo punched him and told him he still owed £2,000 for the coach and rent. He was never allowed to go to the shop alone. He was identified when he collapsed at work and was taken to hospital where he was found to be underweight.""",
  "AV DEC RD WW DB PSV RM EO", "DT OA NCW LH RMS PA ET UF", "L")
T("Ring doorbell footage shows girls being led out of the house in twos at 11pm into a car, same every night", "", "ET", "S")
T("INT 3/B/P. Tarmac crew run by the MCGINLEY family, labourers recruited from homeless shelters in Glasgow, paid in drink, live in caravans with no electricity.",
  "AV WW AC", "PLC", "L")
T("i seen a man pushing a lad in to a van at the car wash and slapped him", "PSV", "", "L")
T("Walk-in enquiry about kidney donation to her sister, referred to transplant coordinator, no concerns.")
T("Male states he agreed to sell his kidney for £8,000 to pay a debt to men in Manchester who lent him money. Surgery was to take place abroad. He now wants out and is scared.",
  "DB AV", "FA", "O")
T("They said I will be a waitress. It was not a restaurant.", "DEC", "", "")
T("Case note: client still does not know the name of the town where she was kept.", "ISO", "IS", "")
T("Housing officer: tenant sub-letting to 12 people, mattresses in living room, several say they work at same bakery and are driven there by the tenant who takes £60 a week each.",
  "WW", "OA ET NCW", "L")
T("Nothing untoward at the massage premises, single female operator, licensed.")
T("The supervisor watches us even in toilet, we not allowed to go outside gate at break.", "RM", "RMS", "L")
T("Brother (9) and sister (11) brought to UK by 'aunt', not in school, seen doing all the housework and begging outside Lidl for the aunt.",
  "AV", "", "D C", "high")
T("She keeps saying she owes 'Madam' for the journey and that juju will kill her family if she talks.",
  "DB IT", "FA", "")
T("INT 2/B/P. BALOGH is believed to have opened 30+ Monzo accounts in the names of Hungarian workers and uses their cards himself.",
  "WW", "MBC NCW", "L")
T("Caller worried about elderly neighbour who has a lodger who 'does everything for him'. On visit, lodger is a paid carer, no concerns.")
T("Met 2 young men at soup run who said they'd been working in a car wash and 'the boss never paid, just said next week, next week'.",
  "WW", "", "L")
T("Girl says her phone is checked every night by her 'boyfriend' who sells her on Vivastreet.", "ISO", "", "S")
T("IP has been working for the family 9 years, room in the garage, no wages, takes meals separately, says 'they are like my family'.",
  "WW AC", "PLC", "D")
T("Workers not given any water on the fruit farm in 30 degrees, one fainted, supervisor shouted at her to get up.", "AC", "", "L")
T("Employer says the workers' passports are kept in the office safe. Workers say they asked for them and were refused.", "RD", "DT", "L")
T("Man in a wheelchair begging on Oxford St is dropped off by a van each morning, picked up late, and gives his takings to the driver.",
  "AV WW", "CE NCW", "C")
T("HMO inspection, 5 tenants, all with own contracts, 2 are agency workers at Amazon. Adequate space. No concerns.")
T("INT 3/B/P. Source says the women at the Bedford nail bar are told that if they talk to the police they will be deported and never see their kids again.",
  "IT", "FA", "L")
T("Victim has not seen her daughter since being brought to UK, exploiter says the child is 'safe as long as you work'.",
  "IT", "", "")
T("Debrief: PV describes the owner as 'a nice man, he never hit me, never threatened me'. However he worked 16 hrs a day with no days off and was paid £100 a month.",
  "EO WW", "LH", "L")
T("Boy 16, Albanian, came to UK alone, was told he'd go to college. Now cutting hair in a barbers 12 hours a day for £20 and the barber 'looks after' his documents.",
  "AV DEC EO WW RD", "LH DT", "L", "high")
T("text from my mate: theres a man at the warehouse who takes everyones wages off them and gives them back like 50 quid", "WW", "NCW", "L")
T("Door to door seller of dusters, 19, says team leader drives them round and takes £10 a day for the van.", "WW", "ET CT", "L")
