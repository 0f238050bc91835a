# fresh243 part 2: sexual, criminal, domestic servitude, organ harvesting
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Flat 3, 27 Regent Rd, Salford: 3 Romanian females advertised on AdultWork, all using the same mobile 07700 914 332. Females do not leave the flat; food is delivered by a male driving silver Audi A4 WR17 KXP who also collects cash daily. Flat is a one bedroom and source believes all three sleep there, two 'working' in the bedroom and one in the living room. Source states the females have only been seen at the window, never outside, and arrived with one small suitcase between them. The male driver is believed to be Marius CIOBANU (DOB 02/11/1990), previous for controlling prostitution (2019). Recommend welfare visit with a female officer and an interpreter, and ANPR research on the Audi.",
  "RM", "RMS IS FPE OA", "S")
T("Girl (14) missing from children's home in Rotherham, believed to be with an older male known as 'Jay' who has been seen driving her to addresses in Sheffield where men are present. Not returned tonight, phone off.",
  "AV", "ET", "S", "immediate")
T("She met him on Facebook, he said he loved her and would marry her, paid her flight from Bucharest. When she got here he said she owed him £5,000 and she had to work in the flat with other girls to pay it. He hits her if she refuses clients. She says the flat is in Leicester but she doesn't know where, she's never been out on her own. There are three other girls from Romania; they sleep two to a mattress. He keeps their phones in his car and gives them back for an hour on Sunday to call home, listening on speaker. She was referred by the GUM clinic where he took her and waited outside.",
  "DEC DB PSV RM ISO", "UF RMS IS OA ET", "S")
T("Pop-up brothel, Airbnb, Canal Wharf Leeds, 2 females, one says she came on her own and works for herself, keeps her own money and rents the flat herself. Second female would not speak, male rang her phone repeatedly during the visit and she appeared frightened.",
  "", "FA", "S")
T("Sex worker, 38, independent, works from her own flat in Cardiff, advertises herself, no third party. Reported a client who refused to pay. Crime recorded (making off). No exploitation concerns.",
  "", "", "")
T("County lines: 16 yo male from Croydon found in a trap house in Aberystwyth with 20 wraps of crack. Says he owes 'the olders' £1,200 because the last lot got robbed, and they said they'll stab his brother if he doesn't pay it off.",
  "AV DB IT", "", "C", "high")
T("Cuckooed flat at 4 Larch Court. Occupant, a 61 yr old alcoholic, says 'the lads' moved in 3 weeks ago and he now sleeps in the bathroom. They gave him vodka and took his bank card.",
  "AV WW AC", "NCW", "C")
T("Cannabis grow found at 88 Westminster Rd, Coventry. Vietnamese male, approx 16, found inside, windows boarded, front door padlocked from outside. He had a mattress in the loft and a rice cooker. Said he didn't know what city he was in.",
  "AV RM ISO AC", "RMS IS SW PLC", "C", "high")
T("Female, Big Issue-style begging at Piccadilly Gardens every day 7am-7pm. Dropped off and picked up by a male in a grey Vauxhall Zafira with 3 other beggars. Male takes the money at the end of the day.",
  "WW EO", "CE LH NCW", "C")
T("Homeless man begging outside Tesco Metro, Broad St. Known to outreach, has a hostel place, not controlled by anyone. Moved on for aggression. No MS indicators.",
  "", "", "")
T("Op LANTERN: young people being used to shoplift to order from Boots and Superdrug in Bristol city centre. Adults wait in car PK19 HZT and take all the goods. Kids given trainers and weed.",
  "AV", "", "C", "high")
T("Money mule: 19 yr old student let 'a friend' use his account for payments, was paid £200. He says he did it knowingly and was not pressured. Referred to bank and Action Fraud only.",
  "", "", "")
T("DWP intel: 12 UC claims linked to one address, 31 Thornhill Rd, all Roma adults. Claims made by the same person from the same IP address, payments into accounts with cards held by a male, GHEORGHE. Claimants spoken to said they had never seen their money. A visit was made to the address on 22/06. Seven adults and four children were present in the three bedroom house. The adults told the interpreter that GHEORGHE brought them from Romania on a coach, that he 'arranged everything', and that they beg in Peterborough city centre during the day and give him what they collect. They said he tells them they owe him for the coach and the house. They appeared frightened of saying more when a male arrived and stood in the doorway.",
  "WW DB", "NCW MBC OA UF FA", "C")
T("Domestic servitude concern: school reports that a 13 yr old girl who lives with her 'uncle' arrives tired every day, says she cooks for the family and looks after 3 small children before and after school, isn't allowed to go on trips or to friends' houses. She has told her form tutor that she came from Nigeria 'to go to school' and that she sleeps on the floor in the children's room. She is often in the same unwashed uniform and has been seen eating food from other children's lunchboxes. When the school invited her 'uncle' to a meeting, he answered every question on her behalf while she stared at the floor. The DSL has referred to Children's Social Care and the police; a strategy discussion is planned.",
  "AV EO RM DEC AC", "LH RMS PA SFW", "D", "high")
T("Au pair from Spain, 21, with a Spanish agency contract, lives with a family in Putney, works 25 hrs a week, pocket money £100 p/w, has her own phone and goes out with friends. Called 101 after losing her purse.",
  "", "", "")
T("Kidney transplant patient at the QE Birmingham, donor is her brother, assessment completed by HTA, no concerns. Logged only because the hospital security asked police about a visitor's parking dispute.",
  "", "", "")
T("Intelligence suggests a network offering £3,000 to vulnerable Pakistani men in Birmingham to travel abroad and 'donate' a kidney to a buyer. Source states one man returned sick, unpaid, and was told he would be hurt if he spoke about it.",
  "AV DEC IT WW", "", "O")
T("Woman, 29, presented at A&E Leicester with a fresh surgical scar on her flank. Says she was taken to Egypt by her 'boyfriend', was told she was having a check-up and woke up missing a kidney. Boyfriend has since disappeared.",
  "DEC PSV", "PA", "O")
T("Referral: domestic worker with Overseas Domestic Worker visa, Knightsbridge. Employer holds her passport. Works 7am to 1am, sleeps on the floor of the children's room, given leftovers to eat, not allowed to leave the house, has not been paid in 8 months.",
  "RD EO AC RM WW", "DT LH RMS", "D")
T("Grandmother lives with her son's family and helps with childcare and cooking, by choice. Social worker checked following a school comment. Happy, has her own pension and goes to the community centre twice a week.",
  "", "", "")
T("Ex-partner of POI VOKSHI states he forced her to have sex with his friends for money and took all of it. She says she was kept in a flat in Luton for months and only allowed out with him.",
  "PSV WW RM", "ET RMS NCW", "S")
T("Caller (hotel receptionist, Heathrow Premier Inn) says a man has booked 3 rooms and young girls keep going in with older men, one girl looked about 14 and was crying. Man is in the lobby now.",
  "AV", "", "S", "immediate")
T("the girl upstairs has men coming all hours, dont think shes working for herself cos a bloke in a BMW drops her off and takes her money i seen it through the window, she's got bruises on her arms",
  "WW PSV", "ET NCW PA", "S")
T("Child exploitation referral (CSE): 15 yo female from Telford, frequently missing, found in cars with older Asian males, given alcohol and cannabis, has a new phone and clothes she can't explain. Says one of the men is 'her boyfriend'.",
  "AV DEC", "", "S", "high")
T("Cannabis farm, rural property near Boston, Lincs. Male (Albanian, 25) found. He said he was brought in a lorry and promised building work, but was taken to the house and told to water the plants. He was not allowed out; a man brought food once a week. He owed £18,000 for the journey. Inside, every room except the kitchen had plants, the windows were boarded and the electricity meter had been bypassed. The male had been sleeping on a thin mattress in the bath. He had a carrier bag with a toothbrush, two T-shirts and a photo of his children. He said he had not been outside in eleven weeks and did not know which country he was in until he was arrested. He was later referred to the NRM.",
  "DEC RM DB AC ISO", "RMS UF SW PLC FPE IS", "C")
T("Young man (18) says he sells for the line 'cos he wants the money', he has his own place and his own phone and no one forces him. Arrested for PWITS. Screened: no MS indicators at this stage.",
  "", "", "")
T("IP (Thai, 33): 'The mamasan said I can keep half. I never see half. She say I owe for the flight, the visa, the rent, the photos for the website. The debt is always bigger.'",
  "WW DB DEC", "UF NCW", "S")
T("Massage parlour, Portland St, Southampton: 4 Chinese women living on the premises, sleeping on the massage tables. Manager speaks for them. Adverts online with 'new girls' weekly.",
  "AC", "SW SFW", "S")
T("Licensing visit to Lotus Spa, Wigan. Treatment rooms legitimate, therapists qualified, paid by payroll, live off site. Premises compliant. No concerns.",
  "", "", "")
T("'I cook, I clean, I iron, I wash the car. I sleep in the kitchen. They lock the front door when they go out. If I say anything they say they will tell the Home Office I am illegal.'",
  "EO AC RM IT AV", "SW RMS FA", "D")
T("INT 3/C/P: Line known as 'BIG T' operating into Ipswich using a 14 yr old from Enfield. Youth is beaten if money goes missing; last seen with a black eye.",
  "AV PSV", "PA", "C", "high")
T("17 yr old girl, care leaver, lives in a flat her 'friend' arranged. Her Universal Credit goes to him, he keeps her bank card. She goes to 'parties' where she is made to sleep with men.",
  "AV PSV WW", "NCW", "S", "high")
T("Forced marriage concern (not MS): young woman returned from Pakistan, fearful of family, says she is not made to work. Referred to FMU.",
  "", "", "")
T("POI ZHANG Wei, 52, arrested at Stansted with 5 Chinese nationals. Passports of all five in his bag. Women say they were coming to work in 'beauty'. Two have online escort adverts already live.",
  "RD", "DT", "S")
T("Male (60s) seen selling the Big Issue in Kendal, has vendor badge, lives in supported housing. Nothing to suggest he is controlled.",
  "", "", "")
T("Child (12) found shoplifting in Primark, Sheffield, with 3 other children. Said an adult 'Uncle Nico' tells them what to take and waits round the corner in a van. Children don't go to school. They live in a house with many families.",
  "AV", "OA", "C", "high")
T("Victim: 'They made me carry packages to Swansea on the train. If I say no they say they know where my mum lives. One time they cut my leg.'",
  "IT PSV", "PA", "C")
T("Woman, Hungarian, 30. Referred by Hestia. Recruited to do 'cleaning' in London, was instead put in a flat in Ilford and sold for sex. Phone was taken. She has no idea of the address and only knows it is near a big road.",
  "DEC ISO", "IS", "S")
T("Private fostering concern: 11 yr old Nigerian boy lives with a 'family friend' in Peckham, not enrolled at school, does all the housework and child care, sleeps on the sitting room floor.",
  "AV AC", "PLC", "D", "high")
T("Lover boy: 19 yo female from Poland. POI STAN promised her a life together in England, then made her go on webcam sites and later meet men at hotels. She says she goes along because she loves him. He holds all the earnings.",
  "DEC WW", "NCW", "S")
T("Caller (taxi driver) says he regularly drives women from the same house in Slough to hotels, always paid by a man who comes out with them, the women never speak and one asked him in English 'where am I'.",
  "ISO", "ET SFW IS", "S")
T("Vietnamese male, 19, arrested at cannabis factory in a flat above a shop in Huddersfield. He said he had been there 4 months, cannot leave, a man comes every 3 days with food and checks the plants. He lives and sleeps in the box room beside the lights with no window. He said he was brought to the UK after his family borrowed money from a 'company' in Nghe An and that he must work to pay it back or his parents would lose their house. He had no phone and nothing but some clothes in a bin bag. The room he slept in had exposed wires. He did not know the name of the man who brought food, only that he drove a red car.",
  "RM AC ISO DB", "RMS SW PLC IS FPE", "C")
T("Cuckooing: tenant (64, COPD) says the dealers have threatened to set his flat on fire if he tells the housing officer. They use the flat every night.",
  "AV IT", "FA", "C")
T("'My husband's sister brought me for marriage. After marriage I am the servant. I eat after everyone, I get up 5 o'clock, I have no money, no phone. My husband beats me if food is late.'",
  "DEC PSV EO WW ISO", "LH IS", "D")
T("HMRC intel: 27 bank accounts at Lloyds, all opened same week, all registered to 9 Grange Rd Peterborough. Cards used at the same ATM in sequence by one male every payday.",
  "", "MBC OA", "L")
T("Debrief of 15 yo Albanian boy found in a grow in Stockton: 'They told me I owed the boss for the road. If I run they will find my family in Tirana. I sleep there, I eat noodles.'",
  "AV DB IT AC", "SW", "C", "high")
T("Welfare check request: an elderly man in Hartlepool has a live-in carer from the Philippines. Carer is employed via an agency, has her own room, days off, own passport and phone, and is paid above minimum wage. Family happy. No concerns.",
  "", "", "")
T("INT 2/B/P. Agency 'Euro Staff Solutions' recruiting women in Lithuania to work as 'hotel maids' in Blackpool. Source states on arrival the women are told the job has fallen through and are offered 'dancing' work in Manchester. Phones taken on arrival.",
  "DEC ISO", "IS", "S")
T("POI KAUR and husband: Indian woman (40s) living with them in Southall for 6 yrs, does all cooking/cleaning, not paid, has no passport (they hold it). When neighbours asked her name, Mrs KAUR answered for her.",
  "WW RD", "DT SFW", "D")
T("Woman arrested for soliciting on Aire St, Leeds. Stated no one makes her work, she uses the money for her habit. Offered support from Basis Yorkshire. No third party identified.",
  "", "", "")
T("Unconfirmed: men from a hostel in Walsall are being offered cash to go to Turkey for a 'simple operation'. One who returned has a long scar and has been in hospital with an infection. He says he got half of the money promised.",
  "AV DEC WW", "PA", "O")
T("Sex worker known to outreach, Hull. Now working under a 'boyfriend' who takes all her earnings, makes her do 12-14 hours a night, and threatened to cut her if she goes to the police.",
  "WW EO IT", "NCW LH FA", "S")
T("Young lad from Romford (15) going missing for days, comes back with new trainers and lots of cash. Found in Norwich with a burner phone. Says nobody made him go. Mum thinks he's being groomed by older boys.",
  "AV", "", "C", "high")
T("'The lady at the house takes my phone every night, she read all my messages. She says if I tell my family what is happening she will stop my visa. I am only allowed to call my mother on Sunday, with her in the room.'",
  "ISO IT AV", "IS", "D")
T("Modern slavery awareness training delivered to Boots staff at Meadowhall. Topics: spot the signs, NRM, Salvation Army helpline. No cases discussed.",
  "", "", "")
T("Foot patrol, Sutton-in-Ashfield: 3 young girls, about 13, being picked up from outside McDonald's by two men in their 20s in a blue Seat Leon, not the first time. One girl had a love bite and was drunk. Referred to MASH as CSE concern.",
  "AV", "ET", "S", "high")
T("Intel: Albanian organised crime group hiring 'gardeners' for their grows in south Wales. Gardeners are told they will earn £1,000 a month but are paid nothing until the crop is cut, and are told any police raid puts them in debt for the lost plants. Source reports the gardeners are delivered to the grows by car at night and left with food for a week, often in remote farmhouses or industrial units where no neighbours would notice them. Phones are taken on arrival and the gardeners are given a cheap handset with one number in it. Source names the organiser as 'GENTI', believed to be based in Cardiff and to use a white Range Rover Evoque. Intelligence 3/C/P.",
  "DEC WW DB ISO", "IS", "C")
T("Transplant clinic staff reported concern about a Romanian 'cousin' donor who seemed coached and did not know the recipient's surname. Assessment halted. Enquiries ongoing re possible paid donation.",
  "", "FA", "O")
T("I ring because my sister in Wolverhampton, she was brought to clean house for a rich family, now they don't let her out, they take her passport, she cry on the phone, they beat her yesterday with a belt. She says they will send her back to Ethiopia tonight.",
  "RM RD PSV IT", "RMS DT", "D", "immediate")
T("17 yr old boy from Eritrea, UASC, in supported accommodation. Went missing for 2 days and returned with injuries, said older men took him to a car wash in Derby and made him work and hit him when he asked for money.",
  "AV PSV WW", "PA", "L", "high")
T("Fraud: elderly woman lost £8k to a phone scam. The caller pretended to be her bank. No exploitation of workers identified.",
  "", "", "")
T("Lorry driver says he saw two girls in the back of a car at Leicester Forest East services with tape on their wrists. Car is heading north on M1 now, silver Ford Focus, partial reg LN6.",
  "RM PSV", "", "", "immediate")
T("POI RUSU Andrei - controls 4 women working in a flat in Derby. Collects money, arranges adverts, drives the women to outcalls.",
  "WW", "ET NCW", "S")
T("Teacher concerned that Year 9 pupil has a second phone and is being collected by a car at lunch. He told a friend he has to 'do runs' for his cousin and owes him money for a phone he lost.",
  "AV DB", "", "C", "high")
