def add(T):
    # short lines
    T("IP says boss 'looks after' her bank card. Paid nothing since Aug.", "WW", "NCW", "L")
    T("Cannabis grow, Barnsley. No occupants. NFA re MS.")
    T("7 on a mattress each room, van 0430, back 2100 - Boston again", "", "OA CE", "L")
    T("POI took all 4 girls' passports at the airport. Girls now in a flat in Cardiff Bay.", "RD", "DT", "S")
    T("smuggling only - no TVs (trafficking victims) identified in the group")
    T("he said my mum will die if I dont carry", "IT", "", "C")
    T("nom is 15, found in a trap house in Ipswich, 3rd missing episode", "AV", "", "C", "high")
    T("workers charged £20 for gloves, £35 for boots by the agency", "WW", "PPE", "L")
    T("lives in the shop. works 7 days. 'no salary, only food'", "WW EO", "SW LH", "L")
    T("female says she's free to leave and has her own ppt - no concerns")
    T("kidney donor is the recipient's twin. HTA approved. logged in error.")
    T("AC at the car wash - no roof, no gloves, lads sleeping in the jet wash bay", "AC", "SW PLC", "L")
    T("she dont know where she is, no phone, no english, the man brings food", "ISO", "IS", "")
    T("IP states debt started at £3k and is now £11k 'because of interest and fines'", "DB", "", "")
    T("Border Force: 2kg heroin in a suitcase, courier arrested. Paid courier, no duress.")
    # long
    T("""FULL ENTRY - Cambridgeshire Constabulary
Op: FENLAND DAWN
Officers and the GLAA executed warrants at four addresses in Wisbech and one in King's Lynn linked to a Lithuanian couple, the PETRAUSKAS family, who run an unlicensed labour supply operation. 23 potential victims were identified, mostly men in their 40s and 50s with alcohol problems who had been recruited from outside shelters in Vilnius and Kaunas with offers of 'farm work, good pay, free house'. In the houses officers found bunk beds in every room, including the living rooms, with up to 9 men per room. The men said they were woken at 4am and taken by van to fields and packhouses across the Fens, returning at 8 or 9pm. Wages were paid into bank accounts opened for them on arrival; officers found 31 bank cards in a biscuit tin in the couple's bedroom, with PINs written on the back. The men were given £20-£40 a week 'for cigarettes'. Several had been told they owed the family £1,000 for the journey and £90 a week for the bed, which they could never pay off. Two men had fresh bruising; one said he was beaten with a broom handle by Mr PETRAUSKAS after he asked for his money. All men's ID cards were recovered from the family's car. Both suspects arrested under s.1 and s.2 MSA.""",
      "AV DEC WW DB PSV RD AC EO", "OA CE NCW MBC UF PA DT LH", "L")
    T("""MSOIC UNIT - NOTE ON RECORDING (examples from this week's returns)
Example 1 (recorded correctly as not MS): Northants reported a Romanian man arrested for drug dealing who said he owed money to his supplier. On examination the 'debt' was an ordinary credit arrangement between two dealers; he ran his own customers and there was no threat, control or vulnerability. Not exploitation.
Example 2 (recorded correctly as not MS): Dyfed-Powys reported a Polish farm worker who sleeps in a caravan on the farm. He rents it by choice for £50 a week, has a car, and works 40 hours. The caravan is in good condition.
Example 3 (recorded correctly as not MS): a West Mercia report of 'people smuggling' that turned out to be a group of Czech tourists on a minibus.
Forces are reminded that the same words ('debt', 'caravan', 'van at dawn') appear in ordinary situations, and that exploitation must be shown before a crime is recorded.""")
    T("""FULL ENTRY - Metropolitan Police, Child Exploitation Team (North West BCU)
Child: A, 14, female. Reported missing from home in Harrow on 19/11 at 23:00.
A's mother found messages on A's iPad from an adult male known as 'Tee' arranging to meet her and telling her she would 'earn' at a 'party' in Luton. Over the last month A has been seen getting into a silver BMW (partial reg LK18) and returning with new clothes, a new iPhone and vapes. School report she has stopped attending after lunch. Previous intelligence links 'Tee' to the sexual exploitation of two other girls from the same school, both of whom said they were given cocaine and alcohol and made to have sex with his friends. A's phone was last active at 01:14 on the M1 near Luton. She has not been located and is believed to be with 'Tee' now.
Actions: missing person high-risk, CSE strategy meeting arranged, Bedfordshire Police informed, ANPR markers set.""",
      "AV DEC", "", "S", "immediate")
    T("""INTELLIGENCE REPORT - Police Scotland
Grading: 2/B/P
Source states that a Chinese man known as 'LAO ZHANG' runs two takeaways and a buffet restaurant in Dundee and Perth and employs around eight Chinese men and women who came to the UK on visitor visas and overstayed. Source states the workers live in a flat above the buffet, sleep on bunk beds in two rooms, and work from 10am to midnight every day, with one afternoon off a month. Source states they are paid £600 a month in cash but that LAO ZHANG takes £200 back for rent and food. Source states LAO ZHANG reminds the workers that they 'have no papers' and that if they leave he will call immigration. Source does not believe documents are held - the workers' passports are believed to be expired and in their own possession. Source is not aware of any violence.""",
      "EO WW IT AV", "LH OA FA", "L")
    T("""REFERRAL - Salvation Army (MSVCC) to Devon & Cornwall Police
Referral reason: potential victim of domestic servitude and sexual exploitation wishes to report.
P (Thai, 39) met a British man online in 2021; he paid for her visa and flight and married her in Plymouth. She says that from the first week he made her clean his house and his mother's house every day and work unpaid in his café, and that he kept her passport and BRP in a locked box. He did not let her have friends or go to the Thai temple, checked her phone, and told her that if she left him she would be deported because her visa depends on him. She says he forced her to have sex with him and, on two occasions, with a friend of his who paid him. She left when a customer at the café gave her the Salvation Army number. P is now in safe house accommodation in Exeter.""",
      "DEC WW RD ISO IT PSV AV", "DT IS FA NCW", "D S")
    T("""NATIONAL PICTURE - FULL ENTRY (no exploitation) - Staffordshire Police
Op: FIREBRAND
Officers executed a warrant at a unit in Stoke-on-Trent believed to be a cannabis factory and 'slave' accommodation after an anonymous report. The unit contained 600 plants and a sleeping area with two beds, a microwave and a TV. Two men were arrested on site: both British, aged 31 and 36, both with previous convictions for cultivation. In interview both accepted that they were 'minding the grow' for a share of the profit, that they came and went as they liked, had their own phones and cars parked outside, and had not been threatened. Neither is in debt to the organisers. A third man, the tenant of the unit, was arrested later. Charged with production and abstracting electricity. No NRM referrals; no victims identified.""")
    T("""CASE NOTE - Local authority adult safeguarding (Kirklees)
Adult: G, 61, male, UK national, mild learning disability.
Concern raised by a bus driver that G has been seen for months waiting at 6am at a lay-by on the A62 and getting into a flatbed truck with 'travellers' and returning after dark 'filthy and limping'. Home visit: G lives alone in a council flat that is very cold, almost empty of furniture, with little food. He told me he works 'for Billy' laying patios and that Billy 'keeps my money safe' and gives him £10 a day. His post office card is in Billy's name. He said Billy 'gets angry' and once pushed him off the truck when he was too slow. He does not want to stop working because 'Billy's my mate'. Referred to police MSHT team and Kirklees adult social care; capacity assessment planned.""",
      "AV WW PSV", "CE PA PLC FPE NCW", "L")
    T("""FULL ENTRY - British Transport Police
Op: PLATFORM
Over three weeks officers at London Victoria, Gatwick Airport and Brighton stations identified a group of Romanian women and children begging and selling The Big Issue (without being registered vendors). An older man in a blue Ford Galaxy (RE14 YBX) was seen dropping them at 07:00 and collecting them at 20:00, taking the cups and bags from each of them in the car park. Two of the children, aged about 10 and 12, were seen at 21:30 asleep on benches waiting to be collected. A woman spoke to a PCSO and said the man is her 'uncle', that she gives him everything and he 'keeps' her passport 'so it doesn't get stolen', and that 'if we come back with not much, he is angry, he hits'. Children referred to children's services in Croydon and Brighton; adults offered NRM; man arrested.""",
      "AV WW RD PSV", "CE ET NCW DT", "C", "high")
    T("""INTELLIGENCE LOG - GLAA Intelligence Unit
Grading: 2/B/P
A worker at a Northamptonshire distribution centre reports that his labour provider, a licensed agency, has started charging new starters a £150 'registration fee' and £70 for safety boots and a hi-vis, taken from their first two weeks' pay. He says workers are also being charged £12 a day for a minibus from Corby, whether or not they use it. The agency sends workers' payslips to a supervisor who 'explains' them. The informant says he has not seen or heard of any threats, violence, or documents being taken, and that workers are free to leave. Assessment: licensing breaches (fees and deductions); may amount to underpayment. GLAA compliance inspection to be tasked.""",
      "WW", "UF PPE CT", "L")
    T("""FULL ENTRY - Kent Police / NCA (sexual exploitation, adult)
Op: HOLLOWAY
A Nigerian woman (24), R, approached a church in Gillingham for help. R says she was brought to the UK in 2023 by a woman she calls 'Madam', who arranged her visa and flights after a juju ceremony in Benin City in which R swore to repay €35,000 and never to tell the police. In the UK Madam kept her passport and sent her to work in flats in Chatham, Gravesend and Dartford, with clients booked by Madam's partner. R was allowed out only with the partner, and handed all her earnings over at the end of each night. When she asked how much of the debt was left she was told it was 'still most of it'. She was beaten with a cable on two occasions and says Madam told her that her younger sister in Nigeria would 'go mad' or die because of the oath if she broke it. R is terrified of the police and of the oath. Safe house arranged; NCA engaged because of links to a wider network.""",
      "DEC DB RD RM WW PSV IT", "UF DT ET NCW RMS FA", "S")
    T("""DEBRIEF - Albanian man (26), through interpreter, Immigration Enforcement
'I paid the smuggler in Albania £18,000, my father sold land. In England I worked in a car wash in Bolton, paid £60 a day, that's my money, nobody takes. I live with friends in a rented house. My passport? I threw it away on the lorry, the smuggler said so. Nobody forced me, nobody threatens me. I want to stay in England and work.'
Assessment: smuggled; illegal working. No indicators of exploitation disclosed. No NRM. Immigration case to proceed.""")
    T("""MSOIC UNIT - TASKING NOTE 47/7 - SPONSORED CARE WORKERS
Forces in the East of England are asked to note a pattern in care providers in Essex, Suffolk and Norfolk. Migrant care workers, mostly from India, Nigeria and Zimbabwe, report:
- paying £8,000 to £20,000 to agents and to the sponsor for a Certificate of Sponsorship;
- being given far fewer hours than promised, then told to repay 'training costs' of up to £5,000 if they leave within three years;
- living in houses provided by the employer, 6 to 8 to a house, with rent taken from wages;
- being told their visa will be cancelled and they will be deported if they complain or speak to the union.
Please record any intelligence under Op CARERS and consider the NRM where workers consent.""",
      "DEC DB WW IT AV", "UF OA FA", "L")
    T("""CALL LOG - West Yorkshire Police, 26/11 16:05
Caller: manager of a Leeds supermarket. A girl aged about 15, in school uniform, came to the customer service desk and said a man outside in a black Golf has told her she has to go with him to Sheffield tonight to 'work' at a house. She says she has been there before with him and his friends, and they gave her drugs and she was forced to have sex with 'a lot of men'. She says he has her phone. She is now in the staff room with a female staff member, very frightened; the Golf is still in the car park, engine running.
Grade 1. Units en route. CSE team informed.""",
      "AV PSV ISO", "FA IS", "S", "immediate")
    T("""FULL ENTRY - Lancashire Constabulary (closed, benign)
A housing officer in Preston referred a family after noticing that a 20-year-old woman who lives with her relatives rarely goes out, does much of the cooking and cleaning for the household and 'doesn't speak to anyone'. Officers and a social worker visited. The young woman, who arrived from Bangladesh a year ago on a spouse visa, was spoken to alone with an interpreter. She explained she has a baby of three months, which is why she seldom goes out, and that she is studying English online. She has her own phone, speaks to her parents in Sylhet daily, holds her own passport and BRP, and goes to a mother-and-baby group weekly. Her husband is a taxi driver and they share the housework with his mother. No indicators of forced marriage, servitude or control. Closed; she was given details of local services in case she ever needs them.""")
