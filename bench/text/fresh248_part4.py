"""fresh248 part 4: first-person accounts, debriefs, NRM and case notes."""


def add(T):
    T("Debrief (via interpreter, Tigrinya). 'A man in Libya said in England there is good work. I came "
      "in a small boat. In Liverpool a man from my country, Yonas, gave me a room in a house in Bootle with "
      "nine men. He said I work in his friend's car wash and he will keep my money until I pay £3,000 for "
      "the room and the boat. Every week the number is more, not less. He took my phone 'so police cannot "
      "track you'. I work 7 in the morning to 8 at night. I don't know the name of the street. If I speak "
      "to police he says they will send me back to Libya.' Interviewing officer notes: the account was consistent, the subject was calm but tearful, and he has been placed in emergency accommodation pending an NRM decision.",
      "DEC WW DB ISO EO IT AC", "OA NCW UF IS LH FA", "L")
    T("My name is Irina. I answered an advert for a job in a hotel in Liverpool. When I came, the woman "
      "said no hotel, you work in 'massage'. I said no. She said then you pay me back 2000 euro for ticket "
      "now. I had no money. So I did it. She took all money from clients, I get 20 pound a day for food. "
      "I was not beaten but I was very afraid.",
      "DEC DB WW", "UF NCW FA", "S")
    T("Case note (MSVCC support worker) 14/10: Client attended appointment in Birkenhead. Reports sleeping "
      "well, has started ESOL classes at Wirral Met. Reconsideration of NRM conclusive grounds decision "
      "pending. No current risk. Client has own bank account and manages money with support. Next "
      "appointment 28/10.",
      "", "", "")
    T("Account given by Tomasz (translated from Polish): 'In Poland, a man in a bar said work in England, "
      "£400 a week, house included. He paid the bus. In Liverpool we were twelve men in one house in "
      "Everton, three in each room, one toilet. Every morning at five the van came. We worked in a "
      "factory cutting chicken. After two months I had received £60. The man said the rest is for the "
      "bus, the house, the van, and food. He had all our bank cards in a box and the PIN numbers on paper. "
      "When Pawel asked for money, the man hit him in the face and said next time he would break his legs.' Tomasz gave this account at the Salvation Army reception centre and has agreed to be interviewed by the MSHT team next week.",
      "DEC WW DB AC PSV IT", "OA CE NCW MBC CT UF", "L")
    T("NRM referral narrative (First Responder: Merseyside Police MSHT unit). Potential victim (PV) is a "
      "17-year-old British male from Huyton. Between June and September PV was repeatedly sent by a local "
      "OCG to a trap house in Aberystwyth to sell crack cocaine and heroin. He would stay for 5-7 days at a "
      "time, sleeping on a sofa in the home of a heroin user, and was not allowed to leave the address "
      "except to make deliveries. He was told he owed £1,500 after the house was raided and he was "
      "threatened that his younger brother would be 'done in' if he did not work it off. PV has a facial "
      "scar from a knife attack by a member of the OCG in August. PV is fearful of police and initially "
      "gave a no comment interview.",
      "AV RM DB IT PSV AC", "RMS PA FA SW", "C", "high")
    T("Case note: Welfare call to client K (Albanian male, 22). He is settled in dispersal accommodation "
      "in Kensington, attending college. He says he sometimes still gets messages from the people who "
      "brought him saying he owes them money. He has not replied. Advised to report; he agreed police "
      "could be informed.",
      "DB", "", "")
    T("Statement extract: 'I worked in her house for three years. I looked after the children, cooked, "
      "cleaned, ironed. I slept on the floor in the kitchen. She kept my passport in her drawer and said "
      "it was safe there. I never had a day off, not one. My salary was sent to my husband in Sri Lanka, "
      "she said, but he received only some months. When I was sick she said I was lazy and slapped me.'",
      "EO RD WW PSV AC", "SW DT LH NCW", "D")
    T("Debrief note - Ms N (Nigerian, 31) was brought to Liverpool aged 16 by a woman she called 'auntie'. "
      "She was told she would go to school. Instead she did all the housework and looked after auntie's "
      "children from 5am until midnight. She was not enrolled in school, not taken to a doctor, and not "
      "allowed to go out alone. Auntie's husband sexually abused her. She left in 2021. Historic "
      "exploitation; she now wants to give evidence.",
      "DEC AV EO RM PSV", "LH RMS", "D")
    T("Debrief summary: subject (Czech Roma male, 44) states he came freely to work at a recycling plant "
      "in St Helens, is paid weekly into his own account, lives in a rented flat with his wife, and has "
      "no problems with his employer. He was interviewed because his name appeared on a list seized "
      "from a suspect. Subject says he once lent the suspect money. No indicators.",
      "", "", "")
    T("'They took my passport at the airport, the man said for safety. I had to clean the restaurant and "
      "the house, all day. No money, he say I have debt for visa. I sleep in the restaurant on chairs. He "
      "lock the door at night from outside.' - male, Bangladeshi, Liverpool (Lark Lane area), via "
      "interpreter.",
      "RD DB WW AC RM", "DT UF SW RMS", "L D")
    T("NRM Reasonable Grounds decision received: positive. Female, Vietnamese, 19 - nail bar Wallasey. "
      "Case notes record: worked 7 days, 10-11 hours, unpaid, accommodation above the shop with 4 others, "
      "phone confiscated on arrival, owner's husband accompanied her to and from the shop and to the "
      "shops. Told police would imprison her for being illegal. Transferred to safe house in Manchester.",
      "EO WW AC ISO RM IT", "LH SW OA IS ET RMS FA", "L")
    T("Case note: IMSA visit to client at hotel, Liverpool city centre. Client says the man who "
      "exploited her has been seen in Bootle and has sent a message through a friend: 'tell her I will "
      "find her'. Client very frightened. Police informed, risk assessment updated, client moved.",
      "IT", "FA", "S")
    T("'i am 15. the older boys said i could make 500 a week. at first it was fun. then they said i lost "
      "a package and i owe 2 grand. they took me to a flat in Carlisle and left me there with no money. "
      "they took my phone and gave me a burner. i couldnt go home. they said theyd burn my mums house'",
      "AV DEC DB ISO RM IT", "RMS IS", "C", "high")
    T("Case notes - Rahim (Afghan, 27). Rahim has asked for help with his Universal Credit; no "
      "exploitation concerns, he came via resettlement scheme, lives with his family in Huyton, works part "
      "time as a delivery rider. He asked whether the app company 'owns' him because he pays a weekly "
      "fee to rent an account from another rider. Advised this is not permitted by the platform.",
      "", "", "")
    T("Interview (ABE) summary: Child A (14, female, Kirkby) describes being picked up from school by "
      "'Jonny' (approx 25) in a white Range Rover, given alcohol and MDMA, and taken to a flat in Norris "
      "Green where she was made to have sex with two men. Jonny told her that if she told her mum he would "
      "show her mum 'what she'd done'. This happened 'lots of times' between May and July.",
      "AV PSV IT", "ET", "S", "high")
    T("'I came to work on a farm near Ormskirk for picking. The agent in Kyrgyzstan took 3,500 dollars "
      "from me. On the farm we sometimes had no work for three days so no money. The farm was fine, "
      "the caravan was fine, but I owe my family for the loan and I cannot pay.' (Seasonal worker, "
      "via Kyrgyz interpreter).",
      "", "UF", "")
    T("Case note: client (Romanian, female, 24) reports that while at the flat in Liverpool she was "
      "'fined' £50 each time she was late for a booking, £100 if a client complained, and had to pay £200 "
      "a week 'rent'. The fines were added to what she owed. She now believes she will never pay it off.",
      "DB WW", "", "S")
    T("Account (learner English) from male found in loft of a house, Wavertree: 'Boss bring me here two "
      "month, I live in roof, no window, very hot. I cut the plants, feed them. Boss come two times in week "
      "bring rice. Door is lock. I ask go home, he show me knife.'",
      "RM AC IT", "RMS SW PLC", "C")
    T("Case closure: Client B has returned voluntarily to Poland with support of the Salvation Army's "
      "reconnection service. Exploiter (gangmaster in Bootle) charged with s.1 MSA 2015 offences. No further "
      "support needed.",
      "", "", "L")
    T("Debrief (Welsh Border, via BTP): two boys, 14 and 15, from Liverpool L11, found at Shrewsbury "
      "station with train tickets bought by an adult. Both had £200 cash and 20 wraps. They said a man "
      "called 'Scouse Dan' drove them to Lime Street and told them 'don't come back until it's gone'. Older "
      "boy said Dan beat him with a belt last time. Both were terrified of going home.",
      "AV RM PSV", "RMS FA", "C", "high")
    T("'My husband's family brought me from India after the wedding. I have to cook and clean for "
      "eleven people. I cannot go out without my mother-in-law. They took my passport and my gold. My "
      "husband says if I complain he will divorce me and I will be sent back with shame.' (Southport, "
      "via IDVA)",
      "RM RD EO IT", "RMS DT", "D")
    T("Case note: Client says she is fine, works at a nail bar in Southport that she and her sister own. "
      "Paid herself. Referral by a customer who mistakenly thought she was trafficked. Closed.",
      "", "", "")
    T("NRM narrative (First Responder: Liverpool City Council). The PV is a 33-year-old Slovak woman with "
      "a mild learning disability. She was brought to the UK by a man who said he would marry her. In "
      "Liverpool she was made to claim benefits at an address in Walton and hand over the money, and to "
      "work cleaning offices at night, with her wages paid into an account he held. He controlled her "
      "phone, checked her messages and would not let her see her Slovak friends. When she tried to leave "
      "he beat her and said no one would believe 'a stupid woman'. She is now staying with a support worker's help in a refuge and has consented to the referral and to police contact through her advocate.",
      "AV DEC WW ISO PSV", "NCW IS", "L C")
    T("'We were told we were going to work in a hotel. Instead it was a house in Liverpool. Men came "
      "every day. We were not allowed out. The man had a gun. He said if we ran he would find us and "
      "our families in Albania.' (anonymised, via Hope for Justice)",
      "DEC RM IT", "RMS", "S")
    T("Case note - outreach (Southport). Man sleeping in a doorway on Chapel Street says he used to work "
      "on a building site for a 'family' from Manchester who paid him in cigarettes and a caravan. He was "
      "not locked in and left when he wanted. Wants help finding a hostel.",
      "WW", "", "L")
    T("'They said the work was in a warehouse. It was a cannabis farm. I was 16. They kept me there in "
      "the house in Birkenhead for 4 months. I could not go out. One man hit me when I tried to open the "
      "window. They said I owe them for the journey, 25,000.' (Vietnamese male, now 18, interview for "
      "prosecution).",
      "DEC AV RM PSV DB", "RMS UF", "C")
    T("Case notes - Ms H (British, 38, heroin dependent). H disclosed that her 'boyfriend' gives her heroin "
      "and in return she has to 'do punters' at a flat in Kensington. He keeps the money. If she doesn't he "
      "withholds her drugs and hits her. She says she wants to leave but 'can't get clean'.",
      "AV PSV WW", "NCW", "S")
    T("Debrief (Kurdish, via Language Line): 'My boss at the barber shop in Walton Vale is good, he pays "
      "me cash, £350 for 40 hours. I live with my cousin. I have my own passport. I came to police only "
      "because someone stole my bicycle.'",
      "", "", "")
    T("'When I arrived he said the job in the care home was finished but I could work in his house. I "
      "cleaned and cooked and took care of his mother. 80 pounds a month. He kept my visa papers. He said "
      "if I left, the Home Office would put me in detention.' - Filipino woman, Formby",
      "DEC WW RD IT", "DT", "D")
    T("Case note: IMSA contact with client S (Eritrean, 19). S reports that someone in his old house in "
      "Bootle told him that if he does not return to work at the car wash, 'something will happen to your "
      "sister in Sudan'. S has blocked the number. Police informed.",
      "IT", "", "L")
    T("Long debrief - Mr P (Lithuanian, 51). P says he was recruited at a bus station in Kaunas by a man "
      "offering factory work in England with free accommodation and transport. On arrival at Liverpool "
      "airport he was met by two men who took his ID card 'to register him with the agency'. He was taken "
      "to a house in Old Swan with 15 other men; there were mattresses in the kitchen and the living room "
      "and one working toilet. He worked at a bakery in Speke, 6 nights a week, 12 hours a night. His wages "
      "went into a bank account opened in his name, but the card was kept by the men, who gave him £40 in "
      "cash each Friday. He was told he owed £900 for the flight and the 'registration', and was charged "
      "£20 a week for the minibus. He says the men sometimes punched workers who drank or complained, and "
      "told them that police in England would arrest them for working without papers. P escaped when he "
      "was admitted to hospital with pneumonia. He says about 30 men from the same recruiter are still "
      "working at two sites.",
      "DEC RD WW DB EO AC PSV IT", "DT OA PLC LH NCW UF CT FA", "L")
    T("Case note: Young person (16) from Croxteth told YOS worker that his 'olders' make him hold a gun "
      "at his house. He says he doesn't want to but they will 'shank' him if he refuses.",
      "AV IT", "", "C", "high")
    T("'I am student at uni in Liverpool, my visa is fine, my passport is in my room in the drawer. I "
      "work in Spar 20 hours. I want only to report my landlord for not giving the deposit back.'",
      "", "", "")
    T("Debrief: female, Chinese, 40s, found at a brothel raid in Wallasey. Says she came to UK on a "
      "tourist visa, chose to do sex work and rents the room herself, keeps her own money and passport. "
      "No third party. Declined support. Immigration advised.",
      "", "", "")
    T("Case note (Children's Services, Sefton) - Child M (16) returned from missing episode. Says he "
      "stayed with 'mates' in Bootle. Mum found £1,000 and a burner phone in his room. He has a burn mark "
      "on his forearm he won't explain. Exploitation suspected, strategy meeting held.",
      "AV", "PA", "C", "high")
    T("Victim account (adult male, Romanian) - 'The boss said we must buy from him the gloves, the knife, "
      "the boots, the white coat, £120. Then each week he take £30 for it until it is paid, but it is "
      "never paid.'",
      "DB WW", "PPE", "L")
    T("Case note: client disclosed her previous employer in Liverpool (a dental practice) underpaid her "
      "by £200 over 3 months due to a payroll error, which was then corrected. No concerns.",
      "", "", "")
    T("'I was sleeping in the park. A man said come, I give you work and bed. I worked on his houses "
      "painting and carrying. He never paid me. He said you have bed and food, that is pay. I could go "
      "out but I had nowhere to go. After one year I asked for money and he threw me out.' (British male, "
      "52, homeless, Birkenhead)",
      "AV WW", "", "L")
    T("NRM narrative: PV (Indian, 29) was sponsored as a chef by a restaurant in Allerton on a Skilled "
      "Worker visa. Employer required him to repay £12,000 'sponsorship cost' in monthly deductions from his "
      "salary, which left him with about £300 a month. He worked 70 hours a week, lived in a room above the "
      "restaurant with two other staff, and was told that leaving would cancel his visa and he would be "
      "removed. He has sent messages to his family saying he feels like a 'prisoner'.",
      "AV WW DB EO IT", "UF LH OA SW", "L")
    T("Case note: Client Y says her cousin is keeping her ID 'for safekeeping' at her own request while "
      "she moves between hostels. Client can ask for it any time.", "", "", "")
    T("'The man who brought me said: if you talk to police, they put you in jail and your family pay. So "
      "when police came to the house I said nothing. I said I was a visitor.' (Vietnamese female, 22, "
      "Liverpool, nail bar)",
      "IT", "FA", "L")
    T("Case note, MSVCC: client has been allocated a caseworker, attending GP, has a new phone and keeps "
      "in touch with his family daily. He no longer hears from the exploiters. Mood improving.",
      "", "", "")
