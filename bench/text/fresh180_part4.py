# fresh180 part 4: longer reports, many with no exploitation or with negated mentions
def add(T):
    T("Welfare check, Aberdare. At 10:20 on Tuesday officers attended a terraced house on Cardiff Road "
      "following a call from a neighbour who had counted 'at least ten' men leaving the house each "
      "morning in work clothes and thought they might be trafficked. The door was answered by the "
      "landlord, Mr Gareth MORGAN, who was at the property to fix a boiler. He explained that the house "
      "is a licensed HMO with seven rooms, each let on its own assured shorthold tenancy. Officers spoke "
      "with three tenants who were at home. All are Polish and Portuguese nationals employed directly by "
      "a food factory in Hirwaun, paid into their own bank accounts, and they car-share to work. Each "
      "held his own passport or ID card and showed his tenancy agreement. The kitchen was clean, "
      "there was a working smoke alarm in every room, and the council HMO licence was on display. "
      "Neighbour updated and reassured. No offences, no safeguarding concerns, closed.",
      "", "", "")
    T("Report from a Community Support Officer in Llandrindod Wells. During a routine visit to the "
      "livestock market I spoke to a farm worker, Ieuan, 22, who works for his uncle on a hill farm above "
      "Rhayader. He told me he works from five in the morning during lambing, often till ten at night, "
      "and sleeps in a bunk in the lambing shed for the three weeks of lambing to be near the ewes. He "
      "said that is normal in the hills and he loves it. He is paid a proper wage, has a car, drives "
      "into Rhayader for rugby training on Thursdays and is off to New Zealand in the summer to shear. "
      "I am recording this only because a visitor at the market overheard 'sleeps in the shed' and "
      "complained to staff. No concerns whatsoever, no indicators of exploitation.",
      "", "", "")
    T("Intelligence report, Dyfed-Powys Police. Source reports that a man known as 'Gabi' is running "
      "a group of 8-10 Romanian workers on a vegetable farm between Kidwelly and Ferryside. Source states "
      "that the workers were recruited from a village near Iasi with promises of £500 a week and a house "
      "each. On arrival they were put in two static caravans in a yard, five to a caravan, with no running "
      "water, using a hose for washing. Gabi drives them to the fields at 0500 and back after dark, and "
      "nobody is allowed to walk into the village. He collects their pay from the farm in cash and gives "
      "them £30 each on a Sunday, saying the rest is for 'rent and the bus'. Source states that a worker "
      "who complained was punched in front of the others and told he would 'disappear in the sea'. The "
      "farm owner is believed to pay Gabi per tonne and not to ask questions. Grading 2/B/P. "
      "Recommend GLAA joint visit.",
      "DEC AC RM WW PSV IT EO", "OA PLC CE RMS NCW CT LH", "L")
    T("Case notes (Red Cross, Newport). Met with client, Sudanese male, 31, in the Lansdowne Road hotel "
      "used for asylum accommodation. He had been referred because a volunteer heard him say he 'works "
      "for nothing'. On exploring this, the client explained that he volunteers three mornings a week "
      "at the food bank at the church, which he chose to do to keep busy and practise his English. He "
      "receives his asylum support on his own ASPEN card, which he showed me, and keeps his ARC and "
      "papers in his room. He is not in debt to anyone, he is in regular contact with his brother in "
      "Leeds, and he said nobody has asked him to do any other work. He feels safe. I explained the "
      "signs of exploitation and gave him the helpline number in Arabic. No modern slavery concerns "
      "identified. Closing.",
      "", "", "")
    T("Long log, North Wales Police control room, 19:42. Caller is a lorry driver parked at the "
      "Holyhead truck stop on the A55. He says that while he was in the cafe he heard banging from "
      "inside a refrigerated trailer parked two bays down, Bulgarian plates, no driver present. He went "
      "over and heard voices shouting in a language he doesn't recognise and someone banging on the "
      "side. The fridge unit is running. He says it's 'bloody freezing in there, they'll die'. "
      "Caller stayed on the line. Grade 1 despatch, Border Force and NWAS informed, fire service "
      "requested to cut the seal. 19:55 update: seal broken, 9 adults and 2 children removed, all "
      "hypothermic, one unconscious. No documents on any of them.",
      "AC RM", "PA", "L", "immediate")
    T("GLAA inspection report summary. Premises: shellfish processing unit, Penrhyn Quay area. "
      "Licence holder: Menai Marine Workforce Ltd. Inspectors interviewed 14 workers separately with "
      "independent interpreters. All workers have written contracts, are paid at or above the national "
      "living wage, and payslips match bank statements in their own names. Accommodation is not provided "
      "by the employer; workers rent privately in Bangor and Caernarfon. Transport is optional and "
      "free. PPE (waders, gloves, hairnets) is supplied at no charge. No worker reported debts to the "
      "company or to any recruiter. Two workers raised concerns about shift patterns over Christmas, "
      "which were dealt with by the manager. No licence conditions breached. Compliant.",
      "", "", "")
    T("Statement of witness (MG11), Ms Catrin ROWLANDS, Haverfordwest. 'I run the laundrette on "
      "Bridge Street. For about two months a man has been bringing in three young women every "
      "Sunday to do washing. He always stands by the door. The girls never speak to me; if I say "
      "hello he answers. Last week one of them came in alone for a minute while he was parking and "
      "pushed a piece of paper into my hand. It said in pencil: HELP. PASSPORT. HE HIT. NO MONEY. "
      "and the word for house with a number, 14. She looked very thin and had bruises on her legs. "
      "The man came in and she went white. I have kept the piece of paper and handed it to the "
      "officer.'",
      "RD PSV WW", "SFW ET PA DT FA", "", "high")
    T("Report by a Welsh-speaking PCSO, Caernarfon. 'Siaradais i hefo'r dyn' - I spoke to the man "
      "selling the Big Issue outside Galeri. He's local, from Bethesda, has a flat from Adra, sells "
      "the mag for himself and keeps the money. A member of public had reported that 'someone drops "
      "him off and takes his money', but it's his brother who gives him a lift in from Bethesda in "
      "the mornings. No one takes his earnings. Happy and chatty. Recorded for info only.",
      "", "", "")
    T("Intelligence from Merseyside Police, shared with North Wales. The line known as 'DIGGA' is "
      "controlled by an OCG from Anfield. It supplies heroin and crack to users in Rhyl, Kinmel Bay "
      "and Abergele. The group rotates three or four juveniles from Liverpool, aged 14-16, who stay "
      "for a week at a time at cuckooed addresses, including a flat in the West End of Rhyl rented to "
      "a vulnerable female with mental health problems. The boys are given a phone with the line on "
      "it and a 'nine bar'. They are told they owe £500 if anything is lost. One boy was found by "
      "police with burns to his arm which he said were from a hot iron, done by the older lads as a "
      "punishment. The boys are dropped off and picked up by a 19-year-old driver in a hire car. "
      "They are not allowed to go back to Liverpool until the week is done. INT 2/A/P.",
      "AV DB PSV RM", "ET RMS PA", "C", "high")
    T("Rural crime team, Montgomeryshire. Reports of a 'labour camp' on a farm near Llanfair "
      "Caereinion were investigated after a walker photographed a row of caravans behind a barn. "
      "Officers and a GLAA investigator attended unannounced. The caravans belong to a travelling "
      "fairground family who overwinter on the farm every year with the farmer's permission and pay "
      "him rent. The adults are self-employed showmen; the children attend the local school. No one "
      "works for the farmer. The walker was thanked and updated. Not a modern slavery matter.",
      "", "", "")
    T("Debrief account, victim 'A', Romanian male, 37, recovered from a cockle operation on the Burry "
      "Inlet. 'I was told on the phone, by a man from my town, that I would work on a boat, good money, "
      "£100 a day. He paid my bus and said I pay him later. When I come to Llanelli they give me a rake "
      "and a bag and say I must pick on the sand when the sea goes out, day and night, whenever is low "
      "tide. They say the bag costs me £30, the rake £20, the boots £40. We live twelve men in a house, "
      "sleeping in the front room, the kitchen, everywhere. Every week they write down my debt. First "
      "it was £400, after two months it was £1,300. They say for bus, for food, for the boots. Once I "
      "ask to go home. The boss laughed and said, you go when you pay. Another man who went away, they "
      "found him in Romania and his brother was beaten there. I am afraid for my family.'",
      "DEC DB WW AC IT EO", "PPE OA UF LH FA", "L")
    T("Safeguarding referral, Ysgol Uwchradd, Gwynedd. Pupil (Y9, 14) has been missing from lessons and "
      "was seen getting into a car with two men from outside the area. He has a new iPhone and £200 "
      "trainers. Mum says he goes to 'a mate's in Holyhead' at weekends and comes back exhausted. When "
      "asked by the head of year he said, 'I can't tell you, they'll know'. He has a cut on his eyebrow. "
      "His older cousin is known to police for dealing for a Liverpool line. Referral to Children's "
      "Services and to the police exploitation team.",
      "AV IT", "FA PA", "C", "high")
    T("Trading Standards visit to a nail bar in Llanelli, following an anonymous complaint. The premises "
      "are run by a Vietnamese couple who own the lease. Three members of staff were present: the "
      "couple's adult daughter and two employees. The employees showed officers their contracts, "
      "payslips and their own bank cards. Both live in their own rented flats in Llanelli and travel "
      "by bus. One employee said she sometimes works late on a Friday for extra money. Officers checked "
      "the back room; there were no beds or signs of anyone living on site. Hygiene advice given re: "
      "ventilation. No indicators of exploitation found.",
      "", "", "")
    T("Professional referral (Local Authority Housing Options, Swansea). A 58-year-old man with "
      "learning difficulties presented as homeless. He told the officer that for the last six years he "
      "has lived in a caravan behind a house in Clydach belonging to a family who 'looked after him'. "
      "He did building and landscaping work for them every day, including weekends, and was given food "
      "and cigarettes but no pay. The family collected his benefits from the post office with his card. "
      "He was not allowed to go to town on his own and says they 'kept him right'. He left because the "
      "son hit him with a shovel when he was too slow. He has a fresh injury to his forearm. He says he "
      "is frightened to go back and frightened they will come looking for him.",
      "AV WW EO RM PSV AC", "NCW LH RMS PA PLC FA", "L")
    T("Licensing application, Cardiff Council, for a new hand car wash on Penarth Road. The applicant "
      "attended a meeting with the licensing officer and a police MSHT officer as a condition of "
      "approval. He provided: a list of the five staff and their right-to-work checks; their contracts; "
      "evidence that wages are paid by BACS at £11.44 an hour; and evidence that staff do not live on "
      "site. Staff rotas show 8-hour shifts with a 45-minute break. Waterproofs, gloves and boots are "
      "provided free. The applicant signed up to the Responsible Car Wash Scheme. Recommended for "
      "approval.",
      "", "", "")
    T("Debrief, NRM referral, female, 26, Albanian. 'I met Erion on Instagram. He was kind, he sent "
      "money for my mother's medicine. He said come to England, we will marry. In Belgium he changed. "
      "He put me in a lorry. In Wales, in a flat in Swansea, he told me I must sleep with men to pay "
      "for the journey, £20,000. He took my passport and my phone and gave me another phone only for "
      "the customers. He said if I tell police, his cousin in Albania will kill my brother. I did "
      "this for ten months, every day, many men. I never had money in my hand. When I was sick he "
      "still made me work. When a neighbour called police, I told them I was fine, because I was "
      "afraid.'",
      "DEC DB RD ISO IT WW EO", "UF DT IS FA NCW LH", "S")
    T("Report by Border Force officer, Fishguard. At 0630, the 'Stena Nordica' arrived from Rosslare. "
      "A Ford Transit, Irish registration, with a driver and four men was selected for examination. "
      "The driver stated the men were going to work on a building site in Cardiff for a construction "
      "firm. I spoke to each of the passengers separately. All were Irish citizens, carried their own "
      "passports and bank cards, and had arranged the work themselves through a friend. None had paid "
      "any fee. They said they would be paid £180 a day and had booked an Airbnb in Canton. I could "
      "find nothing to suggest exploitation and they were allowed to proceed. Recorded as a negative "
      "stop for the MSHT operation.",
      "", "", "")
    T("Intelligence report: an address in Townhill, Swansea, is believed to be used by an Albanian "
      "group as a base for young men working in cannabis grows across South Wales. Source states that "
      "the young men are told they must work off a debt of £20k for their journey in a small boat. "
      "They are moved at night from grow to grow in the back of a van, with the windows blacked "
      "out, so they never know where they are. They sleep at the grows. One of the young men is said "
      "to be 16. INT 2/B/P.",
      "AV DB ISO AC", "UF IS SW ET", "C", "high")
    T("Call handler notes. Caller is a woman from Penygroes who runs a B&B. She says a guest, a man in "
      "his 50s, has booked three rooms for himself and five younger men for a month, paying in cash. The "
      "young men leave at 6 in the morning in his van and come back about 9 at night, filthy and "
      "exhausted. They never speak and she's never seen them with money; he pays for everything and "
      "orders for them at breakfast. One of them asked her in English 'where is this?'. She is worried.",
      "ISO", "CE SFW IS LH", "L")
    T("Report from a Neighbourhood Policing Team, Pontypridd. We received an online report from a "
      "concerned resident who saw 'a group of young lads being driven round in a van and kept in a "
      "house' on Berw Road. Enquiries show the young men are apprentices of a local roofing firm. The "
      "firm owner picks them up in the work van from their family homes at 7:30 and drops them back at "
      "5. The 'house' is the firm's office where they have lunch. All are over 18, on apprenticeship "
      "wages and at college one day a week. Nothing to suggest exploitation. Resident thanked.",
      "", "", "")
    T("Domestic abuse risk assessment (DASH) note, Newport. Victim reports coercive control by husband: "
      "he checks her phone, has changed the wifi password and does not allow her to see friends. She "
      "works as a teaching assistant and her wages are paid into her own account, which she controls. "
      "She holds her own passport. No element of forced labour or servitude; DA safeguarding in place.",
      "ISO", "IS", "")
    T("Record of conversation, MSHT officer and a worker at a poultry processing plant, Llangefni. "
      "Worker (Polish, 29) came forward after a colleague was sacked. He says the agency supervisor "
      "'sells' the good shifts: if you want overtime you pay him £50 in cash. He also says the "
      "supervisor shouts and swears at staff. He was asked directly: is your passport with you? Yes, "
      "at home. Are you paid into your own account? Yes. Do you owe anyone money? No. Are you free to "
      "leave the job? Yes, he says he is already looking. Bribery matter for the employer and police; "
      "not forced labour.",
      "", "", "")
    T("Long report, GLAA/Gwent Police Operation. At 0600 officers executed warrants at two addresses in "
      "Newport (Maindee) and a hand car wash on the Cardiff Road. At the first address 11 Romanian and "
      "Albanian men were found, sleeping on mattresses in every room including the kitchen, with one "
      "toilet between them. At the car wash, officers found that the workers' ID cards were kept in a "
      "drawer in the manager's cabin. Workers described working from 8am to 8pm every day and being "
      "paid £30 a day, with £10 taken for the house and £5 for the lift. Four workers were identified "
      "as potential victims; two accepted NRM referral. The manager, Florin DUMITRU, was arrested. His "
      "phone contained photographs of eleven bank cards in the names of workers.",
      "RD EO WW AC", "OA PLC DT LH CT NCW MBC", "L")
    T("Case note, Ukrainian refugee support team, Conwy. Hosts contacted us worried their guest, Olena, "
      "was being pressured by a man she met at church to work for him as a cleaner. We met Olena on "
      "her own. She said the man offered her cleaning work at £12 an hour, she has done two days, "
      "was paid in full the same day, and can stop when she likes. He has not asked for her documents "
      "and she has not paid him anything. She is happy with the arrangement. No concerns; advice "
      "given about tax and about the helpline.",
      "", "", "")
    T("Call for service, 03:12. South Wales Police. A female rang from a mobile in a whisper, from "
      "inside a house on the Gurnos estate, Merthyr. She says a man has taken her there from Cardiff, "
      "and she is shut in an upstairs room with the door screwed shut. She says he is downstairs with "
      "other men who are going to 'use her' and she's 'scared he's going to kill me'. She doesn't "
      "know the house number. Cell site and ping authorised, all units.",
      "RM IT", "RMS", "S", "immediate")
    T("Debrief note, GLAA, farm near Pwllheli. A young Nepalese man on the Seasonal Worker visa said "
      "the recruitment agent in Kathmandu charged him a fee of 4 lakh rupees, which he borrowed from a "
      "money lender at high interest. At the farm he was given only 20 hours a week, not the 40 he was "
      "promised. He said the farm itself treated him well, paid him correctly and did not take his "
      "passport, but he cannot pay back the loan and is afraid of what the lender will do to his "
      "parents.",
      "DEC DB", "UF", "L")
    T("Letter from a member of the public to the PCC, Dyfed-Powys. 'Dear Sir, I am writing about the "
      "foreign workers on the fish plant in Milford. I see them every day walking down the road in the "
      "dark in the rain, they look miserable, they don't talk English, and I think it is slavery. Why "
      "are they not paid to live in proper houses like us?' Enquiries made: workers are directly "
      "employed, rent privately, hold their own documents and walk to work by choice. Letter answered.",
      "", "", "")
    T("Case note, Cardiff children's services. Child (F, 16, Eritrean, UASC) placed in supported "
      "lodgings. Disclosed that during her journey she was held in a warehouse in Libya and forced to "
      "work as a maid for the smugglers for five months, raped, and sold on. Since arriving in Wales "
      "she has been safe. Historic overseas exploitation; NRM referral made; therapeutic support.",
      "AV PSV", "", "D S", "high")
    T("Report, North Wales Police, Wrexham. Officers attended a 'cannabis factory' reported by a "
      "neighbour smelling weed. The occupant, a 45-year-old local man, was growing 6 plants in his "
      "loft for his own use. He lives alone, works at the steelworks. No one else involved, nobody "
      "living in the grow. Drugs seized, outcome: community resolution. No exploitation.",
      "", "", "")
    T("Youth worker notes, Splott. 'M' (15) told me he has to 'go country' again this weekend to "
      "Carmarthen. I asked why, he said his 'olders' gave him weed and now he owes them £250 and "
      "the debt goes up £50 every week he doesn't go. He said last time they made him sleep in a "
      "flat with a smackhead with no food for three days and took his phone so he couldn't ring his "
      "mam. He's got a burn on his hand he won't explain.",
      "AV DB AC ISO", "IS PA", "C", "high")
