# fresh244 part 2: sexual exploitation, criminal exploitation (county lines, cannabis, begging, fraud), domestic servitude, organ harvesting
def load(T):
    T("INT 2/B/P. Flat 3, 27 Cecil Square, Margate being used as a brothel. Adverts on AdultWork show 3 different Romanian females at the address each week. Male 'Florin' seen dropping them off and collecting cash. Females do not leave the flat except in Florin's car.",
      "RM", "RMS ET", "S")
    T("Missing from home: Kayla (15) from a children's home in Gillingham, last seen getting into a black Audi with an older male known as 'Deano' who has been giving her vodka and a phone. Believed taken to a party address in Strood. Staff say she has been coming back with new clothes and money.",
      "AV", "", "S", "immediate")
    T("Call handler log 23:47: female caller whispering, says she is 'in a house in Maidstone, I don't know the road', men bring her to different hotels to have sex with men, she has not been paid, they have her passport, she is scared they will come back. Line dropped. Cell site requested. Graded IMMEDIATE.",
      "RD ISO WW", "DT IS FA ET", "S", "immediate")
    T("Hotel staff at a Premier Inn near M20 J9 report a young woman checked in by an older man, many different men visiting the room through the night, woman looked scared and had bruises on her arms. Man paid cash and did all the talking at reception.",
      "", "PA SFW FA", "S")
    T("CSE concern, Thanet: Year 9 girl (13) seen repeatedly in cars with adult males near Dreamland. School say she has a new iPhone and has been telling friends her 'boyfriend' is 24 and looks after her. Safeguarding referral and strategy discussion.",
      "AV", "", "S", "high")
    T("Debrief (via Romanian interpreter): 'I met Ionut on Facebook. He said he loved me and we would go to England and he would work in construction and I could work in a hotel. In Chatham he said we had no money and I had to go with men, just for a little time. He took all the money. When I said no he hit me and said he would send the photos to my mother.'",
      "DEC PSV IT WW", "", "S")
    T("Vice intel 3/C/I: female advertising on Vivastreet as 'new in Folkestone', phone 07700 914 332, same number linked to 5 other adverts with different women in Ashford and Canterbury in the past month. Adverts use the same photographs of a hotel room. Research on the number and any payments for the adverts requested.",
      "", "", "S")
    T("Independent escort (British, 30s) reported her car was keyed outside her flat in Tunbridge Wells. She works alone, sets her own rates and keeps her own money. Crime recorded for criminal damage. She asked for the incident to be kept separate from any sex work references. Neighbour's doorbell footage requested.",
      "", "", "")
    T("Neighbour on Rochester estate: 'flat above has blokes in and out all hours, saw a girl crying on the stairs with a man holding her arm, she looked about 17, he dragged her back in' Caller gave the address as the block behind the Co-op on Delce Road. Neighbourhood team to visit.",
      "PSV RM AV", "RMS", "S", "high")
    T("NCA alert: OCG moving Brazilian and Colombian women between short-let apartments in Kent, Essex and London on weekly rotation. Women are told they owe £5,000 for flights and the debt is 'increased' for any lateness or refusal. Adverts placed by controllers, who hold the women's phones and passports.",
      "DB RD ISO", "DT UF IS", "S")
    T("County lines: 'LIAM' line running into Sittingbourne from Lewisham. 2 x 15yo boys from SE London believed to be staying in a cuckooed flat at Milton Regis to deal crack and heroin. Boys are in school uniform in CCTV from Milton Regis Co-op.",
      "AV", "", "C", "high")
    T("Missing child update: Jayden (14, missing 3 days from Bromley) located by BTP at Ramsgate station with £400 cash and 20 wraps plugged. States he owes 'the olders' £800 because his stash was robbed and if he doesn't pay they will stab him. Returned home; NRM submitted.",
      "AV DB IT", "FA", "C", "high")
    T("Cuckooing: vulnerable male (58, alcohol dependent) at flat in Folkestone has had his home taken over by 3 males from London who deal from the flat. He stays in the bedroom and says they 'give me cans and let me stay'. He has a fresh injury to his face and says one of them 'gave him a slap' for talking to a neighbour.",
      "AV PSV", "PA", "C")
    T("Cannabis farm found at 14 Elm Grove, Gillingham. Vietnamese male (est 17) found inside, windows boarded and door locked from outside, no keys. He said he was brought in a van 'some weeks' ago and told he must water the plants to pay for his journey. Food brought once a week. Very thin and frightened.",
      "AV RM DB AC ISO", "RMS PA FA IS UF", "C", "high")
    T("School nurse, Ashford: Year 10 boy has 2 phones, keeps getting calls in lessons, goes missing at weekends, came in with a burn on his hand he won't explain. Mum says he's 'running for some lads in Canterbury'.",
      "AV", "PA", "C", "high")
    T("INT: Romanian females begging outside Tesco Ashford and Canterbury Westgate. Dropped off by Seat Alhambra FN12 KGV at 0800, collected 1800. Driver takes the money each evening. Females appear to have disabilities.",
      "AV WW", "CE ET", "C")
    T("Shoplifting, Maidstone Fremlin Walk: 2 Eastern European juveniles stealing to order (razor blades, perfume). Both say an adult gives them a list each day and takes the goods; they are given food and a bed in a flat in Shepway.",
      "AV WW", "", "C", "high")
    T("Financial investigator note: account of Ms ZAITSEVA credited with UC, PIP and wages for 9 people; cards for all 9 used at same Medway ATM. Account holder says 'the man with the car' told her to open it when she arrived from Latvia and holds the card.",
      "WW", "NCW MBC", "C")
    T("Money mule: student at University of Kent paid £500 to let someone use his account for 'crypto trading'. He keeps his own card and now regrets it. No coercion described. Referred to Action Fraud. He has now closed the account with the bank's help. Words of advice given about money muling and its consequences.",
      "", "", "")
    T("Dom servitude referral from Medway Council: Nigerian woman (28) brought to UK on a visitor visa by a couple in Rainham who said she would be their nanny and go to college. She has looked after their 3 children and cleaned the house 6am to midnight for 2 years. She sleeps on the floor of the children's room, is not allowed out without the wife, and was never paid. Her passport is in the husband's briefcase. She has no phone.",
      "DEC EO RM WW RD ISO AC", "LH RMS DT IS", "D")
    T("Caller from Tonbridge: 'the lady next door has a young girl who does all the cleaning and gardening, never goes to school, never goes out on her own, they shout at her constantly, she looks about 12'",
      "AV RM ISO", "RMS IS", "D", "high")
    T("Case note, Kent Adult Social Care: Mrs H (Sri Lankan, 60s) brought to Sevenoaks by her son's family 'to help with the baby'. Does all cooking and cleaning and childcare. Family hold her passport and pension card. She told the SW in Tamil via interpreter that she wants to go home but has no money and does not know how.",
      "RD WW AV", "DT NCW", "D")
    T("Kidney donor enquiry: a Tunbridge Wells man contacted police after a man on Facebook offered him £20,000 to travel to Turkey and 'donate' a kidney. He declined and has screenshots. The Facebook profile has since been deleted. Screenshots saved and sent to the NCA Modern Slavery and Human Trafficking Unit.",
      "", "", "O")
    T("Guy's Hospital transplant coordinator reports concern: patient from Kent returned from overseas with new kidney, claims donor was a 'cousin' but paperwork suggests paid donor recruited from a refugee camp. Passed to NCA.",
      "AV", "", "O")
    T("Living kidney donation: Mr and Mrs OKAFOR from Dartford, wife donating a kidney to her husband at Guy's. Fully assessed by HTA independent assessor, no coercion or payment. Information only. Couple asked whether they needed to tell police about the donation, as a friend had told them so. Advised it was not necessary.",
      "", "", "")
    T("INT 3/C/P: male known as 'DOCTOR' approaching Albanian migrants in Folkestone hostel, offering to clear their smuggling debts in exchange for 'an operation' abroad. Says kidney worth £10k off debt.",
      "AV DB", "UF", "O")
    T("Transplant patient from Margate on dialysis asked police whether it was legal to buy a kidney online. Advised it is not. No offence, no concerns. He had seen an advert on social media. Advised to speak to his renal team about the living donor programme. Ad reported to the platform.",
      "", "", "")
    T("Beggar outside Canterbury Cathedral, older Romanian woman, says she begs for herself and lives with her daughter in Whitstable. Public order advice given. She was asked to move away from the doorway after complaints from the cathedral shop. She was polite and left on her own.",
      "", "", "")
    T("Op GLOVE debrief: PV1 (19, Medway) was recruited at 15 by a dealer who gave him trainers and weed, then told him he owed £2k for it. He held drugs at home, travelled to Hastings and Dover to deal, and was beaten with a belt and filmed when a phone went missing. Says 'they knew my little sister's school'.",
      "AV DB PSV IT", "", "C")
    T("Sexual exploitation: Albanian female (23) recovered from Sheerness address. States she was told she was coming to work in a bar. Forced to have sex with up to 10 men a day, all money taken. Door kept locked, men watched her through a phone camera app. Bruising to upper arms and thighs.",
      "DEC PSV WW RM", "RMS PA", "S")
    T("Taxi driver rang in: he's been taking the same 2 girls from Canterbury to hotels in Ashford every night, a man books it and pays and gives the girls a phone each, girls never speak, one had a black eye.",
      "", "ET PA FA", "S")
    T("Massage parlour, Gravesend, licensing visit. Thai women said they have their passports at home and rent rooms privately. Owner produced payslips. No sex services evidenced. Premises licensed. No further concerns. Licensing officer noted no beds on the premises and opening hours as licensed. Visit recorded; next check in 6 months.",
      "", "", "")
    T("NCA intel: Vietnamese OCG running cannabis grows in Medway uses teenage boys trafficked via France who are told their families will be killed if they leave; boys not permitted out of the grow houses.",
      "AV IT RM", "RMS", "C", "high")
    T("Benefit fraud flag DWP: 12 UC claims with the same landlord address in Chatham, all claimants Slovak, payments into 3 accounts. Interviewed claimants say 'Mr B' takes the money and gives them food.",
      "WW", "OA NCW MBC", "C")
    T("hi i want to report my cousin in Dover she married a man who brought her from Bangladesh and she's basically a maid for his whole family she cooks for 11 people and they dont let her phone us or go out they took her passport please help",
      "RM ISO RD", "RMS IS DT", "D")
    T("CSE intel 2/B/P: 'Rhys' (approx 19) giving lifts and cannabis to girls aged 13-15 from Snodland, taking them to a flat in Larkfield where older men attend. One girl disclosed to a teacher she was made to have sex with a man to 'pay off' the weed.",
      "AV PSV DB", "", "S", "high")
    T("County lines sweep, Margate: 17yo boy from Croydon found in a trap house with 2 adults. He had a phone with the 'BOBBY' line. He said he had not been home in 6 weeks and was not allowed to leave, and that the adults slapped him when he was short.",
      "AV RM PSV", "RMS", "C", "high")
    T("Mum rang 01:10 as her son (16) not home from Dover town. Located at a friend's house in River playing Xbox, phone had died. Returned home. No concerns. Mum apologised for calling. Missing person report closed and the boy spoken to about keeping his phone charged.",
      "", "", "")
    T("Outreach worker, Medway: 'Bella' (Romanian, 25) on street in Luton Road. Says her boyfriend takes her to the street each night, keeps the money for their 'house in Romania'. She says she loves him and he never hits her.",
      "DEC WW", "ET NCW", "S")
    T("Debrief, female (Chinese, 38) found at a flat in Canterbury advertised on an escort site: 'I pay boss 5000 pound for bring me. Every customer half for me half for boss, but boss say food and rent and advert, so I never get anything. I cannot go out, I don't know this city. Boss has my passport.'",
      "DB WW RM ISO RD", "UF RMS IS DT NCW", "S")
    T("Cannabis grow at rural unit, Smarden. Two Albanian males arrested; both say they came voluntarily for £1,500 a month and could go to the shop. No coercion, no debt reported. Both charged with production. Both have previous convictions in Albania for drugs. No NRM referral made after screening. Remanded to HMP Elmley.",
      "", "", "")
    T("Shoplifting gang in Bluewater — Kent intelligence suggests Romanian children aged 10-13 used for distraction thefts, adults sitting in cars nearby, children handed over all items.",
      "AV", "", "C", "high")
    T("Cuckoo referral from housing officer: tenant with learning disability in Ramsgate flat says new 'friends' moved in, took his bank card and keep his money, and make him stay in his room when customers come round.",
      "AV WW RM", "NCW RMS", "C")
    T("Parent of 16yo girl in Dartford says a man she met on Snapchat has put her on OnlyFans and keeps the account login and money. Daughter says she agreed but is scared of him. He has said he'll post her nudes to her school if she stops.",
      "AV WW IT", "FA NCW", "S", "high")
    T("Call 19:22 from Co-op Deal: young lad, looks about 14, came in shaking, said some men are waiting outside in a car and will hurt him if he goes back without the money. Staff keeping him in the back office. Units dispatched.",
      "AV IT", "FA", "C", "immediate")
    T("Referral Barnardo's: Girl (16) placed in Kent from out of area, missing 7 times in a month, returns with new clothes and hotel keycards. Disclosed older men 'look after her' and she has to 'do favours for their mates'.",
      "AV", "", "S", "high")
    T("Fraud: elderly Folkestone man conned out of £12k by a fake builder. Builder's gang used young labourers who appeared scared and were not seen being paid. Officers suspect the labourers are being exploited by the gang. Labourers not traced.",
      "", "FA", "L")
    T("Domestic: wife reports husband controls all money and her phone but she works part-time and is free to leave; she has moved to her sister's. DA risk assessment completed. She has her own bank account and is seeking legal advice about separation. Referred to the IDVA service.",
      "", "", "")
    T("Female (Hungarian, 30) arrested for soliciting in Gillingham. Says she lives alone and works for herself, no one takes her money. Signposted to Open Road. She was given the number for the Open Road outreach van and advised about safety. No concerns of control.",
      "", "", "")
    T("INT 2/A/P: Op WREN. Trafficking of Nigerian women into Kent brothels. Juju oath taken before travel in Benin City; women believe they will die or go mad if they disobey or speak to police. Debt of €35,000 each. Madam in Dartford collects all earnings and the women are escorted to and from the 'work flats'.",
      "DB IT WW RM", "ET FA NCW UF RMS", "S")
    T("Police officer note: 14yo girl from Sheppey found at 0300 in a car on the A249 with two adult males, one with drugs on him. Girl under the influence and said they 'made her take it'. Males arrested.",
      "AV PSV", "", "S", "high")
    T("Kent CSE team: Snapchat group 'Kent Bitches' used by males in Medway to share sexual images of underage girls and arrange 'meets'. 5 victims identified, ages 13-15.",
      "AV", "", "S", "high")
    T("Trafficked for begging: Roma family of 7 living in one room in Gravesend. The 'uncle' drives the adults to beg in Maidstone and Bluewater, takes the coins every night and gives them £5 each. Uncle holds the adults' ID cards.",
      "WW RD", "OA ET NCW DT", "C")
    T("Dealer arrested, Broadstairs, 34, adult male, long criminal record, says he sells to fund his own habit. No exploitation. He lives with his mother and has his own car and flat keys. Remanded for court in the morning.",
      "", "", "")
    T("Debrief, Vietnamese male (22), recovered from cannabis factory in Chatham: 'The man say I owe 20,000 pound for the journey. I must look after the plants. He lock the door and I sleep there. He come every few days with rice and noodle. He tell me if police come I will go prison for 20 years so do not run.'",
      "DB RM AC IT", "SW RMS UF FA", "C")
    T("Concerned GP, Maidstone: patient, Indian female (45), attends with her employer, a family she 'works for'. Employer speaks for her, refuses to leave the room. Patient has untreated hand injuries, says she works 'all the time' and has no day off in 3 years.",
      "EO", "SFW PA LH", "D")
    T("Young man (18, care leaver) in Canterbury says he was approached in a park and offered £50 to carry a bag to Folkestone. He refused and reported it. No further exploitation. He gave a description of the man and the park (Dane John Gardens). Intelligence submitted; PCSOs asked to patrol.",
      "", "", "")
    T("Op HOLLY: phone downloads from OCG show messages: 'tell the girl if she runs again we break her legs', 'no phone for her', 'she stays in the room till the punters come'. Victim (Polish, 20) recovered in Ashford.",
      "IT ISO RM", "RMS IS", "S", "high")
    T("Cannabis gardener (Albanian, 27) arrested Folkestone says he was recruited on TikTok, told job was building work for £100 a day, but driven to a house and locked in with the plants. His phone was taken on arrival.",
      "DEC RM ISO", "RMS IS", "C")
    T("OK THIS IS 3RD TIME IM REPORTING IT the massage place on the high street in Sittingbourne is a brothel the girls live there and are never let out and a man in a merc collects them once a week and brings new ones",
      "RM", "RMS OA", "S")
    T("Shopworker at Westwood Cross: teen girl came in with older man who paid for her phone and nails, she called him 'daddy' but he looked nothing like her, she looked about 14 and she flinched when he touched her. Staff think he is grooming her for sex.",
      "AV", "", "S", "high")
