# fresh267 part 2
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Welfare check, 9 Ash Grove Ilkeston. Elderly man's live-in carer, Filipino. She has her own passport, her own phone and bank card, goes to the shops on her own. Denied any threats. She did say she has not been paid for the last two months as the son 'forgot' - son agreed to pay in full that day.",
  "WW", "", "")
T("Au pair (19, Spanish) in Harrogate. Told by agency it would be 25 hrs childcare and English classes. In reality she does all cleaning, cooking and childcare from 6am to 10pm, no classes, £50 a week. The mother reads her messages and took her phone when she complained to her parents.",
  "DEC EO WW ISO", "LH IS", "D")
T("IP: 'Boss he say you work car wash in day, at night you drive the car with the bags to Swansea. If police stop you say it is your car. I am scared, I not have licence. He say if I say no he tell immigration about me.'",
  "IT AV", "FA", "L C")
T("Report from housing officer: tenant in Blackburn, vulnerable female (30s, heroin user) has had her flat taken over by a dealer from Manchester. She is 'paid' in gear to let them cut and bag in her kitchen and to answer the door to customers. She says they slap her if she's slow. She wants them gone but is too scared to ring us.",
  "AV PSV", "FA", "C")
T("Nail technician (Vietnamese, 24) at 'Luxe Nails', Hove, interviewed after tip-off. States she has own visa (spouse), own flat with husband, earns £90 a day and keeps it. Her boss is her cousin. No indicators, tip-off appears malicious.", "", "", "")
T("A nanny from Nigeria was brought to London by a family in Peckham on a promise she'd be put through college. She now looks after 4 children, cleans the house, and the husband has been forcing her to have sex with him when his wife is away. She says he told her if she tells anyone he will send her back and her mother will be shamed.",
  "DEC PSV IT AV", "", "D S")
T("Farm in Herefordshire - seasonal worker visa scheme. Worker (Kyrgyz) states he paid a recruiter in Bishkek $3,500 for the visa and still owes half; he's paid piece rate and some weeks he makes less than £200 after the farm takes accommodation. He is afraid if he complains he will be sent home before paying the loan.",
  "DB WW", "UF FA", "L")
T("Caller: 'there are girls being brought in and out of a flat above the vape shop on Kings Rd every couple of hours by a bloke in a Range Rover. they look really young like 15 16 and really out of it.' Caller worried they're being pimped.",
  "AV", "ET", "S", "high")
T("Child protection strategy meeting: LEAH (14) found at a hotel in Milton Keynes with two adult males. She had been reported missing from her care home 2 days earlier. Police attended, males arrested on suspicion of CSE offences. Leah says she was given vodka and ket and 'had to' sleep with them to pay for her phone top-ups.",
  "AV PSV DB", "", "S", "high")
T("Hotel in Milton Keynes - staff report concerns after a man booked a room for 'his niece' and she looked young. Police attended: female was 23, his actual niece, in town for a job interview. NFA.", "", "", "")
T("Debrief of Polish male (NRM referral): worked in a recycling plant near Swindon, recruited in Gdansk by a man who promised £400 a week. Slept 18 to a 3 bed house, charged £70 a week rent, had no gloves or mask sorting rubbish, cut hands regularly. His bank card was kept by the recruiter 'so you don't waste money'. He never got more than £30 a week.",
  "DEC AC WW", "OA NCW", "L")
T("I am from Albania. My boyfriend brought me to England, he said we will get married and I will work in a shop. In London he said I must work with men to pay for the flat. He kept my passport. If I refused he said he would send my pictures to my father. I did this for 8 months. Now I am in safe house.",
  "DEC RD IT", "DT", "S")
T("County lines - MISPER: ALFIE ROWE (16) missing from Southend since yesterday, believed with a 'Tommy line' runner in Ipswich; his phone was last on at a known trap house on Chantry estate. Mum says he told her he 'owes' and has to go 'grafting'. Whereabouts unknown now.",
  "AV DB", "", "C", "immediate")
T("Homeless man begging outside Tesco Slough, known to outreach team for years, has his own tent and no one takes his money. Outreach engaged. No concern.", "", "", "")
T("Bank referral (fraud team): customer account in name of Mr IONESCU receiving wages from an agency, but every Friday the full amount is withdrawn at an ATM in Peterborough with 7 other cards in the same session. CCTV shows one male using all 8 cards. Account holder's address is a 2 bed terrace shared by 12 people.",
  "WW", "MBC NCW OA", "L")
T("Teenage boy (15) from Hackney being used as a money mule: older males took over his bank account, paid in stolen funds and withdrew it, told him he'd get £200 but gave him nothing, then told him he owes £1,000 because the bank froze it and he must 'run' for them to clear it.",
  "AV DEC DB WW", "NCW", "C", "high")
T("Intel 2/B/P: a male named 'Ardi' runs a hand car wash at Gateshead Metro retail park. Source states workers live above the wash, no contracts, and Ardi also uses 2-3 of them to cut and bag cannabis in the office at night. The workers are terrified of Ardi who keeps a machete in the office.",
  "IT", "SW FA", "L C")
T("My neighbour has a Filipino lady living with them, i never see her go out ever in 2 years, sometimes she is hanging washing in the garden at 11 at night, she looks really thin. when I said hello she ran inside",
  "EO ISO", "IS PA LH FA", "D")
T("Re above (Filipino housekeeper, Reigate): visit made. She is the wife's mother, 68, lives with family by choice, does not go out due to arthritis, is well. Neighbour's concern unfounded.", "", "", "")
T("Trafficked into county lines and sexual exploitation: girl (16) from Croydon, moved to a trap house in Portsmouth by older males, made to deal from the house and 'sleep with' customers who could not pay. Found by police on 12/05 with injuries. Now in secure placement.",
  "AV PSV", "PA", "C S", "high")
T("Prostitution, Ipswich: street sex worker, 40s, independent, said no one controls her and she keeps her money, she's been doing it 20 years. Had been assaulted by a client last night, wants to report it.",
  "", "", "")
T("Hotel cleaner, Blackpool: works 7-3, lives with her partner in their own flat, paid via agency on time. Complained her uniform was too small. No indicators.", "", "", "")
T("Source states Vietnamese males are being moved from a nail bar in Swansea to a cannabis grow in Neath at the weekends. One male, known only as 'Tuan', is said to be only 15. Source does not think they get paid - 'they work for the debt'.",
  "AV DB WW", "", "L C", "high")
T("Traffic stop M6 southbound: Mercedes Sprinter YR68 CXP with 9 females from Romania heading to Birmingham 'to work in cleaning'. One had the phone numbers of all the others written on a card, held all 9 ID cards in a carrier bag and answered every question. Females had no money, no luggage, and did not know the address they were going to.",
  "RD ISO", "DT SFW ET FPE IS", "L")
T("9 Romanian women in a van going to a cleaning job - re above, follow-up by GLAA: women located at the contract cleaning firm, all now have own ID back, paid into own accounts, living in rented flats. Concerns about the driver remain; investigation ongoing.",
  "", "", "")
T("I worked in the kitchen of a Chinese restaurant in Glasgow 14 hours a day, 7 days, for 2 years. The boss said my family owed him for my visa. He hit me with a ladle when I burned rice. I slept in the basement with the stock. I never went out because I don't know the city and can't speak English.",
  "EO DB PSV AC ISO", "LH SW IS UF", "L")
T("Chinese restaurant Glasgow, licensing visit. Staff rota reasonable, two chefs live in a flat the owner rents to them at market rent with tenancy agreements. Both have their own passports and payslips. No issues.", "", "", "")
T("OCG lines into Lincoln using 'clean skin' girls aged 15-17 as runners because they are less likely to be stopped. Girls are told they're 'girlfriends' of the line holders and some are passed around to other members.",
  "AV DEC", "", "C S", "high")
T("Fish processing, Grimsby. Agency worker (Latvian) was told he'd earn £550 a week; he gets £180 after 'deductions' for a bed in a room with 3 others, transport to work £5 a day, and knives and apron. Works 6 days, 12 hour shifts, in cold room without proper thermal gear.",
  "DEC WW EO AC", "OA CT PPE LH", "L")
T("Fishermen, Newlyn harbour: crew all UK nationals, share fishermen, go home between trips. Complaint from one about the skipper's share calculation - civil matter.", "", "", "")
T("INT 3/B/P. Brothel above takeaway, 112 Lower Parliament St, Nottingham. Three Thai women seen. Source believes they are working off a debt of £15,000 each and cannot leave until paid, the takeaway owner collects the money. One of the women also washes up in the takeaway kitchen in the day.",
  "DB RM WW", "RMS NCW", "S L")
