# fresh187 part 4: Duty to Notify, negation mixed with real indicators, organ harvesting, public
from fresh187_common import T

T("DtN - adult declined NRM. M, 33, Romanian. Works for a demolition firm in Enfield. Says he holds his own ID card and can leave when he wants, but the boss 'takes £70 a week for the room and £20 for the van' and he has been paid £150 for 60 hours.",
  "WW EO", "CT LH", "L")
T("DtN form. Female, 27, Vietnamese. Spoken to at a nail bar in Gravesend. Denied being threatened or in debt. However she was unable to say where she lives and a man arrived during the visit and answered all questions on her behalf. Declined referral.",
  "ISO", "IS SFW", "L")
T("DtN - Polish adult male, 46. Declined referral. Was found living in a shed behind a bakery in Slough, where he works nights. Says he is 'grateful' to the owner who gives him food. No pay. He says nobody stops him leaving.",
  "AC WW", "SW PLC", "L")
T("Duty to Notify: Ethiopian female, 31, former domestic worker in a diplomat's household in Kensington. She left 2 weeks ago. She states she worked from 5am to 11pm, had no day off in 14 months and was paid £100 a month into an account her employer controlled. She does not want to be referred because she fears deportation.",
  "EO WW", "LH NCW FA", "D")
T("DtN. Albanian man, 26, arrested at a cannabis farm in Swindon. He said 'no one forced me' and that he was paid. He would not say who by. He had injuries to his face and said he 'fell'. Declined NRM. Officer concerns remain.",
  "", "PA FA", "C")
T("DtN: Indian male, 40, works at a textile unit in Leicester. He is paid £4 an hour cash, well below NMW. He said he has his passport and goes home to his wife each night. Declined NRM, referred to HMRC NMW team.",
  "WW", "", "L")
T("Duty to Notify (Home Office). Claimant is an adult Chinese male. States he worked at a restaurant in Glasgow for 2 years without days off. Denies debt and denies threats. Says he left freely when he found a better job.",
  "EO", "LH", "L")
T("DtN - declined. Romanian female, 24, in custody for theft from Boots in Oxford St. Three other women arrested with her. All refused to speak. A male waiting in a car outside had their ID cards and phones in the glove box.",
  "RD ISO", "DT FA IS", "C")
T("Organ harvesting - NRM. PV (Eritrean male, 25) states that while held by smugglers in Egypt he was told that if his family did not pay, he would be 'sold for parts'. He has a surgical scar on his right side which he says was from an operation he did not consent to in Cairo. Medical examination requested.",
  "PSV IT RM", "PA", "O", "high")
T("Intel 3/B/P: Source reports a man in Southall is arranging for people from Pakistan to come to the UK and 'sell' a kidney to a private patient for £5,000. Source states the donors are told they will be given jobs afterwards.",
  "DEC AV", "", "O", "high")
T("Live donor assessment (HTA) - concern. Proposed donor, 23, female, said to be the recipient's niece, could not name any of the recipient's family members and the recipient's son did all the talking. Donor appeared frightened. Transplant team paused and referred to police as suspected organ trafficking.",
  "", "SFW FA", "O", "high")
T("NRM referral (organ removal). PV (Moldovan, 30) agreed to sell a kidney after being told by a man in Chisinau he would get €10,000 and a job in London. He was paid €1,500. The operation was in Turkey. He now has chronic pain and cannot work. He was told if he spoke out his wife would be hurt.",
  "DEC WW IT AV", "PA", "O")
T("Referral note: The PV holds her own passport. She denied any violence. However she confirmed she has worked 7 days a week at the Leeds hand car wash for £30 a day since March and sleeps in the site office.",
  "EO WW AC", "LH SW", "L")
T("Officer's note: Asked IP if anyone had taken his passport - he said no, it's at his cousin's, he left it there for safe keeping. Asked if he's been threatened - he laughed and said 'only by my wife'. IP is working at the sandwich factory through an agency and seems happy. No concerns.",
  "", "", "")
T("NRM narrative - PV (Czech Roma male, 39). The PV was not physically hurt. He was not locked in. However, he was told by the family he worked for that if he left they would tell the police he had stolen from them, and they kept his ID card and bank card. He worked on their block paving business 6 days a week and received about £50.",
  "IT RD WW", "DT NCW", "L")
T("Call log: female caller says she is worried that IF her new employer asks for her passport she won't be able to say no. She hasn't started the job yet and nobody has asked. Advised re right to work checks (employer may copy but not keep it).",
  "", "", "")
T("FR narrative: PV was free to leave the house during the day and had a phone. He was, however, paid nothing for 8 months' work on the chicken farm in Herefordshire, and was told he had to pay off £2,000 'for the visa' before he'd get any money.",
  "WW DB", "UF", "L")
T("DtN - M, 35, Sudanese. Said 'no one hits me, no one keeps my papers'. Works in a food factory through an agency in Peterborough. Picked up at 4.30am by a minibus and dropped back at 9pm, charged £8 a day for the lift.",
  "EO", "CE CT LH", "L")
T("Hypothetical only: employer asked during GLAA inspection whether it would be OK to hold workers' passports 'in case they run off'. Inspector advised this would be a strong indicator of forced labour and must not happen. No passports are currently held.",
  "", "", "")
T("Interview note: IP says she was never forced to sleep with anyone. She said the man who brought her from Lagos did take her passport and she has not seen it since, and he said she owes him £20,000.",
  "RD DB", "DT", "")
T("Case note - Salvation Army. Client explains that at first she thought the lady who recruited her was helping. She was not beaten or locked in. But she was moved to three different houses in Manchester, never told the address, had no phone and no one to talk to in Tagalog.",
  "ISO", "IS", "D")
T("Member of public: 'i dont think theres anything wrong but the lads at the car wash on Leeds Rd look knackered and one told me they dont get days off not sure if thats illegal'",
  "EO", "LH", "L")
T("PV says the trafficker never threatened him directly. But his mother in Vietnam got a visit from men who told her the family must pay the rest of the $20,000 or 'something will happen' to her son in England.",
  "IT DB", "", "")
T("Hotel manager rang: guest asked how to get a 'kidney transplant without the waiting list' and whether people in the hotel would sell one. Manager thinks it was a joke. No identified victim or donor; logged for info.",
  "", "", "")
T("NRM narrative (Police Scotland). PV (Nigerian, 28) says: 'He said I will be a hairdresser in Glasgow. When I come, I do sex work. He say I owe him and if I don't work, he will send my pictures to my church and my family.' She was allowed her own phone but he checked it every night.",
  "DEC DB IT ISO", "", "S")
T("Public report via online form: 'loads of men in the house next door (no.42) at least 15 i think, they get picked up in a minibus at like 5 in the morning and come back really late, never see them go shops or anything. one of them had a bandage on his hand.'",
  "", "OA CE IS PA", "L")
T("Call handler 02:40 - Female (accent, limited English) calling from a phone box says 'they lock door, I cannot go, please help, I am at house with red car outside, I don't know street'. Call cut off. Trace in progress. IMMEDIATE.",
  "RM ISO", "RMS IS", "", "immediate")
T("Hi I work at a pub in Bury and my mate from Portugal works in the kitchen, the boss said he holds his passport till he paid back the flight money (£450) and he only gets £100 a week, is that allowed",
  "RD DB WW", "DT UF", "L")
T("NRM - PV is Vietnamese male, 20. He said the cannabis house was not locked and he was not beaten. He stayed because the man who brought him said he owed £25,000 and they knew where his parents lived.",
  "DB IT", "", "C")
T("Employer says the workers 'are free to go whenever they like'. Workers interviewed separately all said the site manager holds their passports and they have not been paid for 6 weeks. Workers sleep in portakabins on the site in Thurrock.",
  "RD WW AC", "DT SW", "L")
T("IP denies being controlled. She has her own phone and ID and pays her own rent. She told us she works in a brothel in Cardiff but chooses to. She did say the manager sometimes fines the women £50 for being late. Referred to support services. No NRM.",
  "", "", "S")
T("Caller wants advice: his friend 'might get a job' in a warehouse and the agency 'might charge' for the boots. Nothing has happened. Advised on employment agency rules.",
  "", "", "")
T("Not exploitation: Mr J (70) has two bank cards he uses for his pension and savings, and his son helps him at the ATM. Bank flagged multiple cards; checked.",
  "", "", "")
