T("""Maid at no. 3 never allowed out alone, employer's son walks her to the shop and back.""",
  "RM", "rm et", "D", "m")
T("""Au pair says she can leave whenever she wants and has her own passport.""",
  "", "", "", "l")
T("""Housekeeper: 'they keep my wages for me, I get £20 on Sundays'.""",
  "WW", "nw", "D", "m")
T("""girl next door about 13 cooks for the whole house and never goes to school""",
  "AV", "", "D", "h")
T("""Nanny paid £15/hr by bank transfer, 3 days a week, lives out. No concerns.""",
  "", "", "", "l")
T("""Cousin says he will 'send her back in pieces' if she talks to the social worker.""",
  "IT", "", "", "m")
T("""Woman sleeps on kitchen floor of employer's flat, works from 5am until after midnight.""",
  "AC EO", "sw plc lh", "D", "m")
T("""Elderly mum moved in with us, she does a bit of ironing because she likes to keep busy.""",
  "", "", "", "l")
T("""Car wash on the A6, six lads, boss holds all their ID cards in a drawer in the cabin.""",
  "RD", "dt", "L", "m")
T("""Kidney transplant list patient asks GP about 'buying one abroad'. Advised of law; no evidence of any arrangement.""",
  "", "", "", "l")
T("""Uncle brought me for school. I clean his restaurant and house. School never happen. He says I owe him the ticket money, £3,000, it grow every month.""",
  "DE DB", "", "L D", "m")
T("""INT 2/B/P: male 'Viktor' collects 8 Slovak males from HMO in Peterborough 04:30 daily in white Transit, returns 21:00, workers pay £10 a day for the lift. Believed packhouse. Wages paid to bank accounts controlled by Viktor, workers given cash 'allowance'.""",
  "WW EO", "ce ct nw lh", "L", "m")
T("""GLAA inspection, salad packhouse, Lincolnshire: agency workers charged £25 for hi-vis and boots deducted from first pay, otherwise paid NMW to own accounts, housing not provided. Licence condition breach recorded; no forced labour indicators.""",
  "", "ppe", "", "l")
T("""Nail bar, Coventry: two Vietnamese girls (appear 15–16) working till 10pm, sleeping upstairs on mattresses, 'manager' answers for them, says they're her nieces. No pay evident.""",
  "AV EO AC WW", "lh sw plc sfw", "L", "h")
T("""Hand car wash (Albanian staff), Stockport. Visited with HMRC: staff on payroll, timesheets, PAYE, own accounts, live in own rented rooms. Busy but above board. NFA.""",
  "", "", "", "l")
T("""Debrief (Polish, interpreter). He says that a man in Gdańsk offered work in a factory in England, £9 an hour and a room. When he arrived he was put in a house with 14 men, the room cost £80 a week taken from wages, and the 'transport' cost £50. After all deductions he got £30 or sometimes nothing. His bank card was held 'so he would not lose it'. When he complained he was told the men in Poland know where his mother lives.""",
  "DE WW AC RD IT", "oc ct nw dt", "L", "h")
T("""Construction site, Croydon: Romanian labourer fell from scaffold, broke leg. Employer has proper CSCS records, worker paid weekly into own account, lives with his wife. H&S investigation only.""",
  "", "", "", "l")
T("""Fishing boat crew (Filipino, Ghanaian) found working 20-hour shifts off the Scottish coast, transit visas, skipper holds all passports, crew sleep in a container on the quay. Pay 'sent to agents' at home. Two men with hand injuries not seen by a doctor.""",
  "EO RD AC WW", "lh dt plc nw pa", "L", "h")
T("""Farm worker on Seasonal Worker visa complains the farm deducts for caravan rent (£60/wk) and he earns less than expected when it rains. Holds passport, free to move farms via the operator. Referred to operator for compliance check.""",
  "", "", "", "l")
T("""Takeaway, Blackpool: Chinese male approx 50 works 7 days 11am–2am, sleeps on a camp bed in the storeroom, says he owes the owner for his 'snakehead' fees and cannot leave until paid. Owner says he's a cousin.""",
  "EO AC DB", "lh sw plc", "L", "h")
T("""Hotel housekeeping via agency, Edinburgh: room attendants paid per room (piece rate) with no minimum; one complaint about late pay fixed next run. Staff have own accounts, documents, housing. HMRC NMW referral only.""",
  "", "", "", "l")
T("""Waste recycling plant, West Mids: Roma workers from Czech Republic picking rubbish from the belt without gloves, housed in overcrowded 3-bed owned by the supervisor (11 people), rent taken from wages, supervisor collects them in van.""",
  "AC WW", "oc et", "L", "m")
T("""Food factory worker (Lithuanian) injured in a mixer. Employer reported under RIDDOR, full sick pay, own flat. No concerns.""",
  "", "", "", "l")
T("""Care home, Norfolk: sponsored carers from Zimbabwe told they must repay £8,000 'sponsorship fees' if they leave before 3 years; rotas 70+ hours; two housed in a room above the laundry. Manager keeps their BRPs 'for Home Office checks'.""",
  "DB EO AC RD", "uf lh dt", "L", "h")
T("""Warehouse agency workers, Northampton: all paid through umbrella company, payslips match hours, a few complain it's hard work. Nothing to suggest exploitation. Licensing not required.""",
  "", "", "", "l")
T("""Man from Sudan on a farm in Herefordshire says 'the gaffer' told him he has no right to be here and one call to immigration and he is finished. Works all hours, paid £100 a week cash for 70 hours.""",
  "AV IT EO WW", "fa lh", "L", "h")
T("""Cannabis grow found at semi in Bolton, Vietnamese male (17) inside, door padlocked from outside, windows boarded, sleeping on a mattress by the lamps. Says he was told he owes £20,000 for the trip.""",
  "AV RM DB AC", "rm sw plc", "C", "i")
T("""County lines: 15yo from Croydon found in a flat in Margate with 40 wraps, phone on 'deal line', his own phone taken, says he has to 'work off' a £1,500 debt after being robbed of the gear.""",
  "AV IS DB", "", "C", "h")
T("""Cuckooing: vulnerable adult (heroin user) in Swindon flat, men from London using it to deal, he has been told they'll 'sort him out' if he calls police. He is allowed to use from their stock.""",
  "AV IT", "", "C", "m")
T("""Begging group at Oxford St: women with babies dropped by a car at 7am and collected at 8pm by the same man, who takes the cash cups.""",
  "WW", "ce et nw", "C", "m")
T("""Shoplifting gang, Romanian teenagers, 14–16, directed by adult who drives them to retail parks and takes stolen goods; kids told they must repay their travel to UK.""",
  "AV DB", "et", "C", "h")
T("""Bank alert (Fin Crime): 23 accounts opened in 2 weeks in names of Eastern European nationals, all giving same address in Ilford; debit cards used at one ATM in sequence within minutes. Wages from two food factories paid in, withdrawn same day in full.""",
  "", "mbc nw", "", "l")
T("""Benefit fraud: 6 Slovak men registered at one address for Universal Credit, claims controlled by a couple who keep the cards and PINs; men living in a shed and a van on the property.""",
  "AC", "nw mbc plc", "C", "m")
T("""Money mule: student (19) let a friend use her account for 'crypto' payments, got £300. No coercion disclosed. Fraud referral, not modern slavery.""",
  "", "", "", "l")
T("""Shoplifter arrested (British, 34) — prolific, supports own drug habit, no one directing him. Said 'no one makes me do it, I do it for me'.""",
  "", "", "", "l")
T("""Pop-up brothel, Airbnb in Reading: 3 Romanian women, adverts on adult sites with same phone, 'driver' brings food and takes money, women don't know which town they're in.""",
  "IS WW", "nw et", "S", "h")
T("""Massage parlour licensing visit, Manchester: staff self-employed, hold own documents, receptionist says they keep their earnings, no one living on premises. Licence compliant.""",
  "", "", "", "l")
T("""Girl (14) picked up by older men in cars outside care home, given vodka and phones, 'passed round' to their friends in flats. Missing 6 times this month.""",
  "AV PV", "", "S", "i")
T("""Online advert, 'new girl, young Asian, 24/7 outcall' — same number used in 4 cities in 3 weeks, review says 'doesn't speak English, seemed scared, man waiting outside'.""",
  "AV EO", "fa et", "S", "h")
T("""Sex worker (British, 32) working independently from her own flat, reported a client who refused to pay. Not controlled by anyone. Crime recorded: fraud/theft.""",
  "", "", "", "l")
T("""Debrief (Albanian, translated): Boyfriend took me to London, said we will open a café. Instead he put me in a flat and said I must 'work' with men to pay back our travel. When I said no he hit me in the face and said my brother will die. He took all the money every night.""",
  "DE PV IT WW DB", "nw", "S", "h")
T("""Woman (Thai, 40s) at a flat above a shop in Sheffield, adverts show her 'available 10am–4am', she has no keys, door entry controlled by the man downstairs. Neighbour rang because she was crying on the stairs.""",
  "EO RM", "lh rm", "S", "i")
T("""Organ: man (Pakistani, 31) at renal clinic with fresh nephrectomy scar, says a 'broker' in Lahore paid him £1,500 for his kidney to clear a family loan and flew him to London to 'recover'. Broker has his passport.""",
  "AV RD", "dt", "O", "m")
T("""NCA alert: a Facebook group advertises 'kidney donors wanted, £20,000, travel paid' targeting Nigerian migrants in the UK; one young woman met recruiters in London and was told she would be given a 'job' at a hospital abroad.""",
  "DE AV", "", "O", "m")
T("""Renal transplant (living unrelated donor) — friend donating to friend. HTA panel approved after independent assessment, no reward, both British. Routine.""",
  "", "", "", "l")
T("""Victim account (Moldovan): They told me the test was for a job in Turkey. In Istanbul they said there is no job, but I can pay my debt with one kidney. I woke with the cut. They gave me $3,000, not the $10,000 they said. Now I am in the UK and I am sick.""",
  "DE DB PV", "pa", "O", "h")
T("""Hospital concern: Eritrean female (22) asking about 'selling a kidney' to pay her smugglers who threaten her family in Libya. Safeguarding referral made, NRM discussed.""",
  "AV IT DB", "", "O", "h")
T("""Ed's mum works two jobs (cleaner and care assistant) and is always tired, he says. She gets paid for both. School nurse: family in poverty, not exploitation; referral to Early Help.""",
  "", "", "", "l")
T("""Nepali chef, curry house, Aberdeen. Says owner 'borrowed' his passport when he started and never gave it back; he is paid but the owner deducts 'visa costs' each month. He lives with other staff above the restaurant, 6 in 2 rooms.""",
  "RD WW AC", "dt oc sw", "L", "h")
T("""Pakistani student working 20 hours in a chicken shop, paid below minimum wage in cash. Owner otherwise fine, student goes to uni and lives in halls. HMRC referral for NMW, not exploitation.""",
  "", "", "", "l")
T("""Girl said she 'can't go out without Bogdan', he drives her to the houses she cleans and waits outside; she hands him what the owners pay her.""",
  "RM WW", "rm et nw", "L", "m")
T("""Police log: couple arrested for holding a disabled man (Scottish, 48) for 13 years on their farm; he slept in a horse box, worked the fields, was 'paid' in cigarettes and tea. They took his benefits.""",
  "AV AC WW EO", "plc sw nw", "L", "h")
T("""Traveller site: neighbour says a man 'works for the family' tarmacking, looks rough, unshaven, clothes filthy, sleeps in a van. Could be a relative. Nothing else known.""",
  "", "pa plc", "", "l")
T("""Debrief: 'The boss took the phone every night and gave it back in the morning when we got in the van. We were never told the address of the house. When I asked where we were he laughed.'""",
  "IS", "et", "L", "m")
T("""Car wash, Derby: workers say they live in the back of the site in a portacabin, boss charges £50/wk rent each, they work 8am–8pm 7 days. Paid about £40 a day. Boss speaks for them when council officers visit.""",
  "EO AC", "sw plc lh sfw", "L", "m")
T("""Lad (17) from Albania on a cannabis grow in Kent. Says he was promised work in a bakery. Beaten when he tried to leave; scars on back photographed. The windows were nailed shut.""",
  "AV DE PV RM", "pa rm", "C", "i")
T("""Two Chinese women at a residential flat in Glasgow, found during drugs warrant. Flat set up for sex work, women say they are here 'on holiday'. Both hold passports and return tickets. Declined support. Duty to notify not required, no indicators disclosed.""",
  "", "", "S", "h")
T("""Intel (2/B/C, conditions: not to be shared with employer): Indian workers at a Leicester garment factory paid £3/hr, machinists say they are afraid of being sacked and reported to immigration. Supervisor keeps the time book.""",
  "AV WW", "fa", "L", "m")
T("""Food bank volunteer: a man from Romania said he works at a car wash and lives in the boss's house with 10 others. He looked like he hadn't eaten in days and had no coat.""",
  "AC", "oc pa", "L", "m")
T("""Student from Brazil lost her passport on a night out in Camden. Reported for replacement. No concerns.""",
  "", "", "", "l")
T("""Victim (Vietnamese, 19), nail bar in Swansea: 'I work every day, I do not know what day it is. The lady gives me food and a bed in the shop. My parents pay her and I pay her. I don't know how much more.'""",
  "EO DB", "lh sw", "L", "m")
T("""Press: Gangmaster convicted after Lithuanian workers on chicken-catching crews were made to work shifts of up to 3 days without sleep, beaten, and charged fines for 'mistakes' that took most of their pay.""",
  "EO PV WW", "lh", "L", "h")
T("""Welfare check: Latvian man sleeping rough says he worked for a builder who hasn't paid him for 2 weeks. He left when he wanted, has his ID. Builder now paying after Citizens Advice letter. Labour dispute only.""",
  "", "", "", "l")
T("""Border Force, Stansted: woman (Romanian, 19) with man 20 years older who holds both passports and all cash; she says she's coming to 'work in a house'; unclear which; he answers for her. Separated and spoken to, cried, said she owes him for the ticket.""",
  "RD DB", "dt sfw", "", "m")
T("""Report from public: dodgy as hell!!! young lads from abroad at the tyre place on Mill Lane, no gloves, no boots, working in the dark, and i swear they sleep there. boss shouts at them like dogs""",
  "AC", "sw", "L", "m")
T("""Caseworker: Mr D (Slovak, 55, mild learning disability) met a 'friend' at the station in Bratislava who offered work in England. Here he was kept in a caravan, worked for a landscaping firm; his bank card and PIN are 'held by Milan'; he has never seen a payslip. Can't read English.""",
  "AV DE WW", "nw plc", "L", "h")
T("""GP: young Albanian woman attends with man who says he is her 'brother' and wants contraceptive injection for her; she has bruises on upper arms and will not make eye contact. He paid in cash.""",
  "", "pa sfw", "", "l")
T("""Construction gang, Birmingham: Romanian men brought over with promise of £120/day; told on arrival the 'price' for the job was £800 each, paid by working first 2 months free. Living 12 in a 3-bed house owned by the gangmaster.""",
  "DE DB AC", "uf oc", "L", "h")
T("""Housemate dispute in Tooting: Polish tenant says landlord 'keeps his passport' as deposit. Landlord says tenant gave it voluntarily as guarantee and tenant can have it back any time; passport returned in officers' presence. Tenant works at Tesco, own wage. Advice given.""",
  "", "", "", "l")
T("""Intel 3/C/P: Indian restaurant owner in Cardiff reputedly 'imports' cooks who he keeps in his house and drives to work, men never seen outside otherwise.""",
  "RM", "et rm", "L", "m")
T("""Child sexual exploitation: 15-year-old girl in Rochdale picked up from school by 'boyfriend' (26), taken to parties in hotels, made to have sex with his friends. Told he'll share her pictures if she tells.""",
  "AV PV IT", "", "S", "i")
T("""Woman (Brazilian, 28) escort — advert managed by an 'agent' who takes 60%, pays her rent and flights, she says she's fine with it and can stop any time; she holds her own passport. Believed consensual arrangement; advice given on safety.""",
  "", "", "S", "h")
T("""Hair salon on the high street staffed by Vietnamese women; neighbour suspects something but workers speak English, leave at 6, go home to their families. Checked, NFA.""",
  "", "", "", "l")
T("""Interview (Kurdish, translated): he says he was working in a barber in Bury for 'the cousin' for a year and a half, 9am to 9pm, every day, and the cousin said the pay goes to paying back the £10,000 for the lorry. He slept in the back room with two others.""",
  "EO DB AC", "lh sw oc", "L", "h")
T("""Pensioner's son collects her pension every week and gives her what she needs; she says she's happy with that. Adult social care: family managing finances with consent. No work involved.""",
  "", "", "", "l")
T("""Son-in-law collects grandad's pension and keeps it, grandad not allowed to go out to the club any more.""",
  "RM", "nw rm", "", "m")
