def add(T):
    T("INT 2/B/P. Nom: Daniel OPREA. Drives a white Vauxhall Movano PN17 XBG transporting workers from Wisbech to a salad factory. Workers charged £10 a day each for the lift, taken from wages before payment.",
      "WW", "CT CE", "L")
    T("Spoke with IP at Great Yarmouth custody after arrest for cannabis production. He says he was brought from Vietnam at 15, sold on to 'uncle' in London and moved to the grow here. Phone taken on day one. Told his parents owe £30k and will be hurt if he runs.",
      "AV ISO DB IT", "IS UF", "C", "high")
    T("Lady from the church says a woman staying with a family in Cambridge is very quiet, but we spoke to her: she's the family's au pair, has her own room, phone, weekends off and holds her own passport. No concerns.")
    T("Debrief: 'We were 20 people in the house. The boss came with big dog. He said anyone talk to police, the dog eat him.'",
      "IT", "OA FA", "L")
    T("Noise complaint: parties at student house, Mill Rd Cambridge. Advised.")
    T("Ipswich CID: money muling enquiry, a 17yo female allowed her account to be used by an older male who paid her £200. Funds from fraud. No coercion disclosed; she says she did it for the money.",
      "", "", "C")
    T("Referral from a GP in Wisbech: Patient (Latvian, 45) attended with a crushed finger from a machine at work. Says there were no guards or gloves, boss told him not to go to A&E but he came anyway. He shares a room with 5 others in the boss's house.",
      "AC", "OA PA", "L")
    T("Public report via online form: 'there are loads of men in the house opposite on Norwich rd Dereham I reckon about 15 they come and go in vans all hours'",
      "", "OA CE", "")
    T("Women's Aid note: Client disclosed partner controls all her money, takes her wages from her job at the care home and gives her £20 a week. No evidence of wider exploitation; DA referral made.",
      "WW", "NCW", "")
    T("Albanian male, 19, debrief via interpreter: promised work as a builder in London for £1,500 a month. Taken to a house in Norwich with grow lights and told he would 'garden'. Door bolted from outside at night. Got a beating when a plant died.",
      "DEC RM PSV AC", "RMS PA", "C")
    T("Anon: thers a bloke round the back of Lidl Lowestoft takes the polish lads money of them every friday in his car they look scared of him",
      "WW", "NCW FA", "L")
    T("CAD 4412: Report of a man in distress outside Ely station, says he has run away from a farm where he was 'worked like a dog', no money, no passport (boss has it). Officers en route.",
      "RD WW EO", "DT LH", "L")
    T("Victim account: 'They said if I did not have sex with the customers, they would send the video to my father.'",
      "IT PSV", "", "S")
    T("Kidney donor assessment at Addenbrooke's: donor is recipient's wife. Approved by HTA. Caller from a community group queried. NFA.")
    T("He never beat me. He never locked the door. But he kept my money, all of it, and my passport was in his safe. Where could I go?",
      "WW RD", "NCW DT", "L")
    T("Lowestoft fishing vessel: crew member (Filipino) jumped ship, says he worked 20 hour days for three months, sleeping on deck, paid $200 total, contract said $1,200 monthly. Captain shouted he'd be thrown overboard.",
      "EO WW AC IT DEC", "LH SW", "L")
    T("Road closure on A14 following RTC. Cleared 1600.")
    T("Intel: car washes in Cambridge on Newmarket Rd, workers appear unkempt, no PPE for chemicals, living in a caravan on site. Boss collects cash. Low level concerns. 4/C/P.",
      "AC WW", "PA SW PLC NCW", "L")
    T("NRM first responder form (Norfolk CC): 15yo boy, found in a trap house in Thetford, told he owes £1,200 because 'his' drugs were seized by police. Says he is 'on a debt' and has to keep running. Had a stab wound to his thigh. Frightened of going home.",
      "AV DB PSV", "PA FA", "C", "high")
    T("I am Indian and came on a care worker visa. The agency took £12,000 from me before. In the care home in Ipswich they make me work 70 hours and say if I leave they cancel my sponsorship and I must go home.",
      "DB EO IT AV", "UF LH", "L")
    T("Door-to-door check by PCSO at Gorleston: Lithuanian couple living at the address are employed at a local factory through a licensed agency, hold their own ID and have their own bank cards. Reported overcrowding not confirmed.")
    T("Suffolk MASH: girl 14 from Bury St Edmunds found in a hotel room in Ipswich with two adult men, alcohol and cash. Believed to have been taken there by one of them. Police attended now, men still in room.",
      "AV", "", "S", "immediate")
    T("INT 3/B/P: Thai female 'Noi' at massage parlour Wisbech Rd King's Lynn. Source states she is never seen outside and the manageress takes all money. No English.",
      "RM WW ISO", "RMS NCW IS", "S")
    T("Theft from vehicle in Cambridge. Sat nav taken.")
    T("GLAA debrief: workers at a potato packhouse in Thetford were charged £25 for 'PPE' on day one and £5 a week for lockers. Told fines of £50 for lateness. Two said the fines have put them into debt with the agency and they cannot leave until it's paid.",
      "WW DB", "PPE", "L")
    T("Learner English text: 'help me pls. im in house in yarmouth i dont no adress. man lock door. i want home'",
      "RM ISO", "RMS IS", "", "immediate")
    T("Neighbour says the Chinese takeaway owner's nephew works all hours. Visit: he is 22, family member, paid, lives with aunt, studying at college. No indicators.")
    T("Source says the manager of a Norwich hand car wash 'takes the boys' ID and gives it back when they leave', and that they were told they'd be working in a garage doing mechanics.",
      "RD DEC", "DT", "L")
    T("Victim was made to beg outside Ipswich Tesco daily and hand over all money to a man who waited across the road. She has a leg disability and he drove her there each morning and collected her at night.",
      "AV WW", "ET NCW CE", "C")
    T("Lost property: passport handed in at Norwich station. Owner contacted and collected.")
    T("Report from Red Cross: male (Sudanese, 24) said 'In Calais they told me the truck was £1,000 but in England I owe more, and I must work for Kamal in the car wash until it's paid'. No passport. Now in hotel in Ipswich, is scared Kamal will find him.",
      "DB", "UF FA", "L")
    T("Call from a Cambridge hotel: concerned about a young woman who keeps arriving with different older men, she seems drunk and confused. Believe she may be being sold.",
      "", "PA", "S")
    T("Officer note: Spoke to 3 workers at the field outside Chatteris. All confirmed they were free to leave, had their own passports and got paid weekly into their own accounts. No concerns.")
    T("VIC: he put my name on the account but I never saw the card. He said it is for my safety. I have worked 2 years and I have zero pounds.",
      "WW", "NCW", "L")
    T("Intel 2/B/P: County line 'TOMMY' is using a 15yo girl from Norwich to carry drugs to Cromer. She is picked up from her care home at night and returned at 6am. Staff have seen bruising on her face.",
      "AV PSV", "PA CE", "C", "high")
    T("Care home manager in Lowestoft asked for advice re an applicant who wants to work 60 hours. He is paid properly and asked for extra shifts. No issue.")
    T("Ukrainian female, 30, told by an online contact that he had a room and a job for her in Cambridge as a cleaner. On arrival he took her to a flat, kept her there and sent men. She got away when he was asleep.",
      "DEC RM", "RMS", "S")
    T("Minibus driver states he was told to collect workers at 04:30 from 3 addresses in Wisbech and drop them at a factory in Long Sutton, returning at 20:00. Each worker pays him £7.",
      "", "CE CT", "L")
    T("Anonymous letter to Suffolk Police: 'The farm on Rectory Lane near Eye is keeping men in old pig sheds, they have no toilets and the farmer does not pay them. I have seen him shout and kick one.'",
      "AC WW PSV", "PLC", "L")
    T("Fraud report: elderly woman in Norwich scammed by phone. Not linked to exploitation.")
    T("Caller: 'my cousin in Thetford works at a factory and his landlord who is also the agent says if he goes to work elsewhere he will put him on the street and tell the police he stole'.",
      "IT", "", "L")
    T("Salvation Army case note: client was recruited in Romania by a woman who promised a cleaning job in a hotel. In Great Yarmouth she was told she owed £2,000 and put in a flat with other women and made to have sex with men. Her ID card was taken by the woman on arrival.",
      "DEC DB PSV RD", "UF DT", "S")
    T("Visited a caravan park near Hunstanton, workers for a legit agency, all documents held by themselves, rooms OK. NFA.")
    T("'No money, no phone, no friend. Boss only one I see.'",
      "ISO WW", "IS", "")
    T("Three vulnerable adults in Lowestoft supported living: support worker suspects a local man is using them to sell drugs, he comes round with 'presents' and then gets them to hold packages.",
      "AV", "", "C")
    T("PC 1123 notes: I attended a house in Wisbech after a 999 silent call. Male answered, said he was the landlord and all others were asleep. I saw at least 10 mattresses in the front room. He spoke for a man who came down and would not let him answer.",
      "AC", "OA SFW", "")
    T("Victim states she worked in the family's house in Cambridge for 2 years, never allowed to use the phone, not allowed out except to take children to school, no wages, slept on the floor of the children's room.",
      "ISO RM WW AC", "IS RMS SW", "D")
    T("Street drinking complaint, Norwich Haymarket. Dispersal.")
    T("Referral: adult male with Down's syndrome in King's Lynn is being used by a family to collect shopping and clean the house for no money. Family have his bank card, claim they manage it for him. He says he is happy. Social worker unsure.",
      "AV WW", "NCW", "D")
    T("INT: 'The Boss' (no ID) collects rent of £80 pw from each of 12 men at a house on Vicarage Rd Thetford and also sets up their jobs at a recycling plant, 6 days a week, 12hrs. He holds their contracts and has their bank cards.",
      "WW EO", "OA LH NCW", "L")
    T("Not a trafficking case: man complained that his employer in Norwich asks him to work weekends. He is on a permanent contract and can refuse. Advised ACAS.")
    T("She told the nurse the marks were from 'falling down the stairs' but later told her friend that the man who brought her from Nigeria beats her if she doesn't bring enough money from the clients.",
      "PSV", "PA", "S")
    T("Victim account (Ipswich): 'They said to me where you gonna go? You don't speak English, you got no papers, the police will put you in prison.'",
      "IT AV", "FA", "")
    T("Message from the Modern Slavery Helpline: caller reports 3 Vietnamese boys under 18 working at a nail bar in Norwich until late every night, not in school, living in the flat above with the owners. Caller believes they are not paid.",
      "AV EO WW", "LH SW", "L", "high")
    T("Officers stopped a van on the A11 near Thetford, 9 men in the back, no seats. Driver said he takes them to work. Men said they pay him £5 a day. No other concerns raised at roadside.",
      "", "CT", "")
    T("Owner of a restaurant in Bury St Edmunds keeps staff passports 'in the safe' so they don't lose them, staff can ask for them any time. One staff member said he asked and was refused.",
      "RD", "DT", "L")
    T("DV incident in Cambridge. Female assaulted by ex-partner. Not work related.")
    T("Intel: a woman in King's Lynn is paying Eastern European men to open bank accounts in their names which she then uses. She has been seen with a handful of cards at the Halifax cash machine.",
      "", "MBC", "C")
    T("From a Lithuanian support worker: 'The men are told to say they are paid and happy if anyone asks. They practise what to say.'",
      "", "FA", "L")
    T("CSE concern: 15yo male in Great Yarmouth contacted online by adult who sent him money and asked for pictures, then threatened to share them unless he sent more. Boy terrified.",
      "AV IT", "FA", "S", "high")
    T("Worker: 'In the factory no break for 12 hours. If you go to toilet they take money. Shoes, gloves, knife, all we pay.'",
      "AC WW EO", "PPE LH", "L")
    T("Welfare check on woman in Norwich whose family reported she had not been in contact. She was safe, had just changed phones.")
