def add(T):
    T("""NCA / MSOIC UNIT - WEEKLY DIGEST - FULL ENTRY
Force: Metropolitan Police (Central East BCU)
Type: Sexual exploitation
Summary: Following an anonymous Crimestoppers report, officers attended a first-floor flat on Commercial Road, E1, advertised on two adult services websites. Three women were present, two Romanian (22 and 25) and one Moldovan (19). A male, POPESCU, Adrian, was in the kitchen with £3,200 cash, 11 mobile phones and a ledger recording 'clients' and amounts against each woman's working name. The women each said, once separated from POPESCU and with an interpreter, that they had been recruited by a woman in Iasi who promised waitressing work at a hotel in London at £1,500 a month. On arrival POPESCU took their ID cards 'for the landlord' and told them they owed £4,000 each for flights, the flat and 'adverts'. They were moved between flats every week and never left alone; a second male drove them to 'outcalls' and waited outside. The youngest said she was slapped and had her hair cut off when she refused a client. None had access to their own phones, which were kept in a locked drawer. The women were frightened and initially said they were 'on holiday'. All three accepted Salvation Army support. POPESCU charged with s.2 MSA and controlling prostitution; second male outstanding (vehicle: black Skoda Octavia, LD69 VFE).""",
      "DEC RD DB RM PSV ISO WW", "DT UF ET IS FA NCW RMS", "S")
    T("""MSOIC UNIT - TASKING NOTE 47/2
Subject: smuggling methodology - freight via Cairnryan and Holyhead
Forces on the western ports are advised that intelligence indicates an Albanian and Kurdish OCG is moving adult migrants from Ireland to Great Britain in the rear of curtain-sided HGVs, typically 4-8 people per vehicle. Migrants pay between €3,000 and €5,000 in Ireland, usually in advance. Debriefs of 26 people detected in October and November disclose no onward debt, no job offer from the facilitators and no control after arrival: most were met by relatives in Birmingham, Manchester and London. Border Force and Police Scotland are asked to continue screening for trafficking indicators, particularly among younger travellers and any group travelling with a single 'organiser'. Recording: this is an organised immigration crime issue. At this time there is no evidence that those smuggled on this route are being exploited in the UK. Drivers should be treated as suspects for s.25 Immigration Act offences. Point of contact: DS HARTLEY, MSOIC Unit, ext 4471.""")
    T("""FULL ENTRY - Lincolnshire Police / GLAA
Op: MARSHFIELD
On 20/11, GLAA and police visited a salad packhouse near Long Sutton after a worker's daughter called the Modern Slavery Helpline from Bulgaria. Management at the site were cooperative; the concern was not the site but the labour provider, an unlicensed subcontractor. 17 Bulgarian workers were spoken to. They are collected at 04:45 from two houses in Holbeach and a caravan yard, by minibus, and dropped back at around 20:30. They each pay £7 a day for the lift and £80 a week for a bed. They were charged £45 on the first day for boots and a high-vis vest. Several had been told in Bulgaria they would be paid £12 an hour; payslips show the site pays the subcontractor the correct rate but workers receive around £5 an hour into accounts whose cards are kept by the subcontractor's brother. The workers said they 'cannot say no' because they still owe for their bus fare and the 'agency fee' of €400. No violence was described and no threats were reported. Documents: all workers had their own ID cards. Outcome: GLAA investigation under the Gangmasters (Licensing) Act; 6 NRM referrals with consent.""",
      "DEC WW DB EO", "CE CT PPE NCW UF OA LH", "L")
    T("""CASE NOTE - MSVCC support worker (North East)
Client: T, Vietnamese female, 17 at time of exploitation, now 19.
T's account, in her own words through an interpreter: 'My family borrowed money from a man in Nghe An so I could go to Europe and work in a nail salon. In England a woman met me and took me to a house in Sunderland. I did nails in a salon in the day and at night I cleaned her house and cooked. I never got money, she said it went to my family's debt, and every month the debt was bigger because of food and the room. I slept on the floor in the room with her children. She kept my phone and only let me call my mother with her listening. She said if I went to police they would put me in prison and the men would go to my mother's house. I did not know the name of the town until the police told me.'
Notes: T was recovered in a GLAA/police visit to the salon in 2024. Conclusive grounds decision received this week. Ongoing: counselling, ESOL, housing application.""",
      "AV DB WW ISO IT AC EO", "IS FA UF NCW LH", "L D")
    T("""NATIONAL PICTURE - DRUGS AND FRAUD (no exploitation identified)
1. Merseyside: Op CRUCIBLE, 14 arrests for conspiracy to supply cocaine across Liverpool and North Wales. All suspects adults with previous convictions; no children or vulnerable adults used as runners on the evidence so far.
2. Met: Op ALCOVE, a 'smishing' fraud network sending fake parcel texts, £1.3m stolen. Suspects are UK nationals working for profit.
3. Kent: 400kg cocaine in a fruit container at Sheerness. Port worker arrested. No coercion.
4. West Yorkshire: Huddersfield, counterfeit vapes factory. Workers were employed legally, paid through payroll, and all were spoken to alone. Trading Standards lead.
5. HMRC: a red diesel fraud in Northern Ireland / Cumbria. Excise only.
Forces are reminded not to record these as modern slavery unless exploitation of a person is identified.""")
    T("""INTELLIGENCE LOG - Dyfed-Powys Police
Grading: 3/B/M (handling code P)
Information: A member of the public who works at a petrol station in Carmarthen reports that a white Ford Transit (CU18 PXR) fills up most mornings at about 5am. Usually carries 6-8 men who appear to be Eastern European, who look tired and dirty and wear the same clothes day after day. The driver pays and the men never get out; when one did get out to buy food the driver shouted at him and made him get back in. Informant once heard the driver say 'nobody goes anywhere without me'. The van is believed to be heading to a building site at Cross Hands. Informant has no knowledge of where the men live or how they are paid.
Assessment: possible labour exploitation. Recommend ANPR and a joint visit with the GLAA and HSE.""",
      "RM", "CE PA ET RMS", "L")
    T("""DEBRIEF - Police Scotland National Human Trafficking Unit
Subject (adult male, Sudanese, 27) was interviewed in Glasgow after being found by a homelessness charity.
He says he crossed to the UK by small boat in 2023 and claimed asylum. While living in a hotel in Falkirk he was approached by a Sudanese man who offered him 'good work' in a restaurant kitchen in Glasgow, cash in hand. He worked there for 5 months, 14 hours a day and every day of the week, and was given £100 a week. When he asked for more, the owner said he should be grateful and that it was illegal for him to work, so if he went to the police he would be arrested and deported and lose his asylum case. He was made to sleep in the cellar of the restaurant among food stores. He says nobody locked him in and he could go out, but he had nowhere else to go once his hotel place was withdrawn. He has his own phone and the Home Office holds his documents as part of the claim. No violence described.
Assessment: labour exploitation; NRM submitted with consent.""",
      "AV EO WW IT AC", "LH SW FA", "L")
    T("""MSOIC UNIT - DOMESTIC SERVITUDE THEMATIC NOTE
Over the last quarter forces reported 23 suspected domestic servitude cases. Common features:
- Women recruited from the Philippines, Nigeria, India and Indonesia on overseas domestic worker visas, or brought on visitor visas as 'family'.
- Passports taken on arrival 'for safekeeping' by the employer in 17 of the 23 cases.
- Days of 15-18 hours with no day off; sleeping in kitchens, children's rooms or laundry rooms.
- Wages either not paid at all, or sent to a relative abroad without the worker's knowledge.
- Contact with the outside world limited: phones confiscated, not allowed to attend church or leave the house alone.
- Threats of being reported to the Home Office as an overstayer.
- In 6 cases, physical assault (slaps, hair pulling, one scalding).
Officers attending calls at private homes should speak to the worker alone with an independent interpreter; the employer will often try to answer for her.""",
      "RD EO AC WW ISO RM IT PSV AV", "DT LH SW NCW IS RMS FA SFW", "D")
    T("""FULL ENTRY - Essex Police
Op: HARBOUR (closed, no exploitation)
An anonymous report alleged that 'slaves' were being kept at a car wash on London Road, Southend, because the workers 'live on site and never leave'. Officers, Immigration Enforcement and HMRC visited on 18/11. 5 workers were present, all Kurdish Iraqi men with settled or pre-settled status. Each was spoken to alone. They said they rent rooms at different addresses in Westcliff, hold their own passports and BRPs, are paid weekly by bank transfer into their own accounts, and work 9 to 6 with a day off. Payslips matched. The 'accommodation on site' turned out to be a rest room with a kettle and a sofa. There was one health and safety issue: no gloves were provided for the acid wheel cleaner. The owner was advised and gloves were bought that afternoon. No indicators of forced labour. Closed with words of advice.""")
    T("""REFERRAL - Local authority children's services (Birmingham) to WMP
Child: K, 15, male, Black British, known to Youth Offending.
Concerns: K has been missing 6 times since September, usually returning after 2-3 days. On his last return he had £800 in cash, two phones, a bus ticket from Shrewsbury and a cut above his eye that he said came from 'falling'. Messages seen by his mother on one phone, from a contact saved as 'BIG', say 'u owe me 1.5 for the bits u lost, u go back tmrw or ur mums house gets it'. K refuses to speak to police and says 'if I grass I'm dead'. School reports he has fallen asleep in lessons and has lost weight. He was previously stopped in Telford with crack cocaine wraps concealed internally.
Request: strategy meeting, NRM referral (no consent required for a child), and disruption of the 'BIG' line. K is at home tonight.""",
      "AV DB IT PSV", "PA FA", "C", "high")
    T("""TRANSPLANT AND ORGAN SAFEGUARDING - two entries for the weekly picture
(a) Leeds: an HTA-accredited assessor raised a concern about a proposed living donation between a British Pakistani man (recipient) and a man from Pakistan described as a 'cousin'. Interviews with an independent interpreter, family records and genetic testing confirmed a genuine family relationship and a freely given decision. No payment or pressure found. Donation approved. Recorded as a look-alike.
(b) Birmingham: a Romanian man told a nurse at a sexual health clinic that a man who 'owns' the flat he lives in had offered to 'clear his debt' if he went to Istanbul to 'sell a kidney'. He had already been taken for blood and tissue typing at a private laboratory in Edgbaston and was told the trip is next Tuesday. He said 'I don't want, but they say I have no choice'. He owes the man £6,000 for travel and rent and has no passport, as the man has it.
Action: (b) referred to WMP as urgent, NCA informed.""",
      "DB RD AV IT", "DT UF", "O", "immediate")
    T("""CALL HANDLER LOG - Thames Valley Police, 23/11 21:18
Caller: female, English, states she runs a café in Aylesbury.
Says a young Asian woman came in 'shaking' and asked to use the phone, kept looking out of the window. The woman told caller in broken English that she works in a house nearby for 'a family', 'I no go out, they lock door, today they forget'. She said she has not been paid 'one year' and that the man 'hit me when food cold'. She does not have her passport, 'madam have'. She doesn't know the address but pointed at Bicester Road. She is in the café now, frightened the family will come looking for her. Caller has taken her into the back kitchen.
Grade: immediate. Units allocated, interpreter requested (possible Tagalog or Bahasa).""",
      "RM WW PSV RD ISO", "RMS NCW DT FA IS", "D", "immediate")
    T("""INTELLIGENCE REPORT - Greater Manchester Police
Grading: 2/B/P
Subject: ALI, Shahid aka 'Shaz'
Source states ALI runs a group of around ten men from Afghanistan and Iraq who arrived on small boats. ALI met them at the asylum hotels in Bury and Rochdale and gets them work in hand car washes across Manchester for cash. Source states ALI keeps half of each man's wage as a 'fee' and also charges each of them £100 a month for 'lifts' to the car washes. Source states the men are afraid of ALI because he tells them he works with the Home Office and can get their asylum claims refused. Source says one of the men, known as 'Farid', has been locked in a room at ALI's house on Cheetham Hill Road for two days this week after he tried to work elsewhere, and is still there. Source has seen no injuries.""",
      "AV WW IT RM", "CT FA NCW RMS", "L", "immediate")
