#!/usr/bin/env python3
"""Hand-written texts for fresh44. Each DATA line: text ## indicators ## signs ## types ## risk.
Abbreviations are expanded below; every text was written individually."""
import json, os, sys
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("retention_of_documents", "documents_taken"), ("restriction_of_movement", "restricted_movement"),
         ("excessive_overtime", "long_hours"), ("isolation", "isolated")]

DATA = r"""
3 VNM males seen going into loft at rear of takeaway, hatch bolted from the kitchen side ## RM AC ## saw ## L ## i
F 15 MISPER again, seen getting into grey Audi A3 with 2 older males outside Costcutter ## AV ## ## S ## i
agency holds all the bank cards, lads get £30 cash on a friday ## WW ## ncw mbc ## L ## m
Car wash on Tanner St busy all weekend, staff in proper boots and gloves, owner says all on payroll ## ## ## ## l
2/B/P POI DRAGOMIR drives 8-10 RO females to packhouse 0500hrs, collects 2200hrs ## EO ## cedl et ## L ## m
nail bar girl never speaks, man in the back answers for her every time ## ## sfw ## L ## m
lost my passport on the train from Leeds, need a crime ref for the embassy ## ## ## ## l
they said cleaning job in hotel in london but it was massage place and men came ## DE ## ## S ## h
INT suggests cannabis grow at 14 Mill Rd, 1 x VNM juvenile living on site, windows blacked out ## AV AC ## saw ## C ## i
Neighbour reports loud music and arguments at no.22, no concerns re anyone living there against will ## ## ## ## l
he took my phone when we landed and i dont know the name of the town ## IS ## ## ## m
owe them 9000 euro for the lorry, every week the number goes up not down ## DB ## ## ## m
2 young lads from Liverpool staying at vulnerable male's flat, selling from there, he's scared of them ## AV ## ## C ## m
worker cut hand on bacon slicer at Hallam Foods, first aid given, HSE informed ## ## ## ## l
Au pair works 7am to 11pm, no day off in 4 months, family keep her passport "for safety" ## EO RD ## ## D ## m
man begging outside Tesco dropped off by transit van each morning 7am, picked up 6pm same van ## ## cedl et ## C ## m
A&E: F 20s, bruising to upper arms, accompanied by male who would not leave cubicle, answered all questions for her, later disclosed he grabs her when drunk ## PV ## pa sfw ## ## h
Farm workers paid by BACS to own accounts, accommodation in static caravans checked by GLAA, no issues ## ## ## ## l
9 mattresses in a 2 bed flat above the nail bar, all the girls work downstairs ## AC ## oc saw ## L ## m
says he would kill her family in Albania if she talks to police ## IT ## foa ## ## m
Tweet: that massage place on the high st has girls coming and going all hours n blacked out windows, dodgy ## ## ## ## l
Tip-off re pop-up brothel Airbnb Flat 6 Quay Court, 2 Romanian F, adverts on Vivastreet, male driver drops punters ## ## ## S ## h
She say boss keep her money, only give £20 each week for food ## WW ## ncw ## ## m
ANPR hit VRM KX19 LMO Leeds-Hull 0430 daily, 7 occupants, linked to labour supply nom ISTVAN ## ## cedl et ## L ## m
Polish worker complaining his last payslip was a week late, agency paid it in full the following Friday ## ## ## ## l
Told he'd earn £1500 a month on building sites, got nothing for 5 months, boss says pay later ## DE WW ## ## L ## m
child (13) found in shop doorway at 0300 with £200 cash and 2 phones, refuses to say where he's staying ## AV ## ## C ## h
The boss is keeping our papers safe in the office he says, we cannot have them ## RD ## ## ## m
Eritrean F domestic worker locked in flat when family go out, sleeps on kitchen floor ## RM AC ## plc ## D ## i
Caller states brother-in-law shouts a lot at home, no work or money issues, DA advice given ## ## ## ## l
hotel chambermaids collected from the same house 5am, 12 in one van, driver charges £10 a day ## ## cedl et ct ## L ## m
says I have to pay back my visa and flight, 4000 pound, from my wages but it never ends ## DB ## uf ## L ## m
Mum says daughter (16) has older bf who buys her stuff, comes home 3am smelling of weed ## AV ## ## S ## h
Stopped Fiat Ducato M6 J16, 11 males in rear no seats, none with ID, driver has a carrier bag of passports ## RD ## dt et ## L ## m
all the bank cards are in one drawer, he takes them to the cash machine on the 1st ## WW ## mbc ncw ## ## m
legit recruitment agency Gdansk, no fees charged, workers sign contracts in polish, free to resign ## ## ## ## l
told if she goes to the police they will send the video to her father ## IT ## ## ## m
Kidney transplant patient, donor is living sister, NHSBT approved, routine follow-up ## ## ## ## l
guy at the car wash sleeps in the shipping container behind the jet washes, no heating ## AC ## saw plc ## L ## m
VNM F 17 arrested shoplifting Primark, says man waits outside in car and takes everything ## AV WW ## ## C ## h
working 16 hour shifts on the trawler, sleep 3 hours, skipper hits us if we slow down ## EO PV ## ## L ## h
no-one here is held against their will, the residents confirm they can leave when they like ## ## ## ## l
Sudanese M, 19, scar on abdomen from appendix op in Khartoum as a child, GP satisfied, no concerns re organ removal ## ## ## ## l
Man selling his kidney for 15k, advert on Facebook group, buyer's "agent" arranging flights to Turkey ## ## ## O ## m
bank alert: 14 debit cards in different names used at same ATM Barking Rd within 20 mins ## ## mbc ## ## l
he sold me to another man for £1000, I had to go with men every night ## PV ## ## S ## h
packhouse workers charged £40 for hi-vis and boots out of first wage ## ## ppe ## L ## m
no day off, no sunday, 7 days every week since April ## EO ## ## ## m
OIC note: IP now in safe house, states controllers still messaging her, "we know where you are" ## IT ## ## ## m
Guy on my road has lads turning up from London every couple of weeks, he's got learning difficulties and they've took over his flat ## AV ## ## C ## h
Cleaner at Hilton, agency pays minimum wage into her own account, she lives with her cousin, happy ## ## ## ## l
gave my passport for the bank account and never got it back ## RD ## ## ## m
Albanian M, found at grow in loft, says he was told he'd work in a restaurant, door nailed shut ## DE RM ## ## C ## i
F 14 CSE concern, being given alcohol and vapes by men at park, one took her to a house ## AV ## ## S ## h
Girl at the nail salon looked really thin and had bruises on her arms, didnt speak english, a man brought her in the morning ## ## pa et ## L ## m
recruited on facebook "care assistant, accommodation included", arrived and 6 of us share one room, rent taken from pay ## DE AC ## oc ## L ## m
bought a car off a guy on gumtree and it turned out stolen ## ## ## ## l
the father kept a debt book, every day he wrote what I ate ## DB ## ## D ## m
2/C/C (not to be disseminated beyond MSU) nom KHAN controls 4 Pakistani students at takeaway, threatens to report them to the Home Office ## AV IT ## foa ## L ## m
builder working long days in summer, gets paid weekly cash, goes home to his family in Swindon every weekend ## ## ## ## l
3 boys under 16 moving crack between Stoke and Crewe, found with knives and burner phones ## AV ## ## C ## h
STOLE HER PASSPORT AND THE LANDLORD LOCKS HER IN. SOMEONE DO SOMETHING ## RD RM ## ## ## i
woman from Philippines says employer in Knightsbridge makes her sleep in the laundry room and eat leftovers, no pay for 8 months ## WW AC ## plc ## D ## m
midwife note: pt 19wk, attends with "husband" who interprets; pt not allowed to keep own maternity notes ## ## sfw ## ## l
the men who fetched me from the airport took my phone and I was kept in a house in Derby for two weeks before they put me in a car wash ## IS RM ## ## L ## m
She gets her benefits paid to the boyfriend's account and he gives her what he feels like ## ## ncw ## ## l
Romanian F, 22, advertised on adult site, same phone number as 4 other profiles, hotel rooms booked by male ## ## ## S ## h
seasonal workers' visa cost was paid by the farm, no fees asked, accommodation £60/wk and decent ## ## ## ## l
Bruises all over him, they beat him when the quota of tyres isn't done ## PV ## pa ## L ## h
workers at car wash charged £5 a day for the minibus to site ## ## ct ## L ## m
nom VAS in control of 6 addicts, gives them heroin and sends them shoplifting to order ## AV ## ## C ## m
Only allowed to go to Lidl with Ion, never on her own ## RM ## et ## ## m
Student from Nigeria, visa expired, working at restaurant, paid properly, worried about immigration but nobody is holding anything over her ## ## ## ## l
the man told me if I leave, the debt goes to my mother in Hanoi ## DB IT ## ## ## m
INT indicates male KOZAK supplying workers to recycling plant, workers do 18hr days and are not given masks ## EO AC ## ## L ## m
"we were brought to Southend to sell the Big Issue and hand the money to Maria at night" ## WW ## ## C ## m
Welfare check at no.5 - elderly man living alone with dog, house cluttered but no one else involved ## ## ## ## l
Call 999: female screaming from upstairs window, says she's been locked in by her "boss" for 3 days, no food ## RM AC ## ## ## i
Boy, 15, Vietnamese, arrived Dover, says he must go to an uncle in Birmingham to repay the journey ## AV DB ## ## ## h
all 30 of us had our pay go into the same Monzo account which the supervisor controls ## WW ## ncw ## L ## m
There is no indication she was ever threatened; she says she chose to stay with her aunt ## ## ## ## l
Caseworker: client describes "house mother" who took 100% of earnings from sex work, client slept at the flat where she worked ## WW ## saw ## S ## h
I came to work in the mushroom farm. They told us 400 pound week. We get 80. The rest they say is rent and transport and the gloves. ## DE WW ## ct ppe ## L ## m
Handover: 2 x Slovak males at 4 Beech Grove both deny being controlled, both hold own ID, no further action at this stage. Welfare leaflets left. ## ## ## ## l
Victim debrief (via interpreter): she says that the woman who brought her to the UK told her she would be a nanny. When she arrived the woman took her passport and said she must clean the house of her brother. She worked from six in the morning until midnight and was not allowed to leave. She says she was hit with a belt when the food was late. ## DE RD EO RM PV ## ## D ## h
Crimestoppers anon: there's a house on Oak Lane with about 15 men living in it, they all get picked up in a white minibus at 5 and come back after dark, you never see them go to the shops. Bins overflowing and mattresses in the garden. ## AC ## oc cedl et plc ## L ## m
School DSL referral: Year 9 pupil (14) has had 3 new phones in a month, missing from school Tuesdays and Fridays, seen at train station with an adult male from Manchester. Pupil has unexplained cuts to knuckles and says "I owe them". ## AV DB ## pa ## C ## h
GLAA inspection at Greenfields Packing: labour provider licence lapsed in March. Workers interviewed separately, all paid to own accounts, hours within limits, no accommodation provided. Licence breach referred to enforcement; no labour exploitation identified. ## ## ## ## l
Man approached at Stansted by Border Force: travelling from Bucharest with 4 younger women, holding all their passports and return tickets. Women unclear on address they are going to, say a "friend" has arranged cleaning work. ## RD IS ## sfw et ## ## m
Salvation Army note: client (M, 34, Polish) was homeless in Gdynia when offered work and a room in the UK. He worked at a chicken factory but all wages went to the recruiter's account. He was told he owed for the flight, the room and food. He was given £10 a week. Client has an alcohol dependency which the recruiter fed with vodka. ## AV DE WW DB ## ncw ## L ## h
Public report: i work at a warehouse in northampton thru an agency, the pay is rubbish and i got shouted at by my manager, not sure if this is modern slavery? i can leave whenever and i have my own bank. ## ## ## ## l
DOB 03/02/2009 IP MAHMOOD Aisha, believed to be being married off to older cousin in Pakistan in summer holidays, father has taken her passport. ## AV RD ## ## ## h
Intel log 1/A/P: nom TRAN Van Hoa and 2 others running 3 nail bars in Reading. Workers live above the shops, eight to a room, work 9am-9pm 7 days. Nom keeps the takings and pays workers "when they have paid off the journey". ## AC EO WW DB ## oc saw ## L ## h
Call summary 101: caller's son (17) has left home and is living with a "mate" in Ipswich. Son called her to say he can't come back because he owes money for drugs that were taken off him by police, and they've said they'll stab him. ## AV DB IT ## ## C ## h
Report via modern slavery helpline: a couple in Harrow have a young woman from India living with them who does all the cooking and cleaning and looks after 3 children. Neighbour has never seen her outside without the wife. She looks very thin. ## RM ## pa et ## D ## m
Statement extract: "I worked at the car wash from 8 in the morning until it got dark. Sometimes I slept in the back office. The boss said he would give me my money at the end but after six months I had nothing. He had my ID card." ## EO WW RD ## saw ## L ## h
Local authority referral: adult with learning disability (M, 41) has had "friends" move into his flat. His bank card is held by one of them, his flat is used for selling drugs and he has been seen with a black eye. ## AV PV ## pa ncw ## C ## h
Press summary: three men were jailed at Lincoln Crown Court for running a gangmaster operation that supplied homeless British men to block-paving firms. The men were housed in a horsebox, paid in cans of lager and beaten if they complained. ## AV AC WW PV ## plc ## L ## h
Officer note: stop of VRM BD21 XKT, occupants 5 males Romanian, all say they work at a farm in Boston and are paid weekly to own accounts. Driver is employed by licensed agency. No concerns. ## ## ## ## l
Client (F, Nigerian) says juju oath was taken in Benin before travel; she was told she'd be a hairdresser in Italy but was sent to London and must pay 35,000 euros to the madam by working in a flat. ## DE DB IT ## ## S ## h
Prison note: prisoner (VNM, 19) convicted of cultivation says he was kept in the house in Bradford and only fed rice, boss visited once a week with food and took his phone. Consider s45 and NRM. ## RM IS AC ## ## C ## h
A family member of the driver works at the hand car wash too; they all go home at 6 and get paid weekly. He has his own car. We have no reason to think anyone is forced. ## ## ## ## l
email to council licensing: the HMO at 41 Walton Rd is overcrowded, landlord has 10 tenants registered as students, all with tenancy agreements, no sign of any employer involvement ## ## oc ## ## l
Victim account: "the old woman said I was her daughter now. I could not go to school. I cleaned the house and the shop. When I cried she put chilli in my eyes." (disclosed aged 12) ## AV PV ## ## D ## h
Intel: male known as "TONY" recruiting rough sleepers at Piccadilly Gardens for "cash in hand roofing work", men returned to the city a month later unpaid and injured ## AV WW ## pa ## L ## m
Polish M at food bank, only clothes he has are what he's wearing, says gangmaster "looks after" his wages ## WW ## fpe ncw ## L ## m
told it was a modelling job in Manchester, photos turned into escort ads ## DE ## ## S ## h
2/B/P Nom CELA using Albanian juveniles to tend grows across Kent, "they owe for the lorry" ## AV DB ## ## C ## h
mum rang: Kayden 14 not home 2 nights, his phone keeps getting topped up by someone ## AV ## ## C ## h
girls at the flat have 1 bag each and nothing else, no coats in winter ## ## fpe ## ## l
I could not phone my family for a year, the woman said it was not allowed ## IS ## ## ## m
Staff at Golden Dragon work 11am-midnight six days, owner provides room, pays £9/hr to own accounts, contracts seen ## EO ## ## ## m
car wash lad paid £40 a day cash, low, but he keeps it and goes home when he wants ## ## ## ## l
ppl at the farm say the boss showed them a video of a guy getting beaten for running off ## IT ## ## L ## m
Border Force Heathrow: Indian F travelling on a domestic worker visa, employer's assistant holds her passport and boarding pass, she has no phone ## RD IS ## et ## D ## m
someone set up a kidney sale WhatsApp group targeting migrants in Calais, offering £3k ## AV ## ## O ## m
Stansted: passenger M 27 lost passport in toilets, found by cleaner, returned ## ## ## ## l
Debrief: "They said if I don't go with the clients they will sell my little sister too." ## IT ## ## S ## h
welfare visit at 7 Moss Lane - 4 Chinese men, one bedroom each, work at restaurant in town, all have keys and phones, relaxed ## ## ## ## l
Eastern Euro women sitting in car park of Premier Inn all night, man with them taking phone calls and sending them into rooms one at a time ## ## ## S ## h
Intel 3/C/P: someone at the scrapyard keeps the Romanians' ID cards in a biscuit tin ## RD ## ## L ## m
they don't let us out of the compound on the farm, security on the gate ## RM ## ## L ## m
GP: pt (M, 50s) has untreated leg ulcer, says employer won't give time off to come in, works 7 days ## EO ## pa ## L ## m
"No-one forced me. I came for the money and I can go home whenever I like." - IP at brothel raid, holds own passport ## ## ## ## l
boy (16) promised a football academy, ended up in a kebab shop working for nothing ## AV DE WW ## ## L ## h
every time I asked for wages he said the debt was bigger, now 11,000 ## DB ## ## ## m
£250 fee to get the job, another £100 for the "house", agency said its normal ## ## uf ## ## l
Bulgarian nationals at Kings Lynn address charged £80 pw each for a bed in a shared room, 3 to a room, rent taken from wages by the agency ## AC ## oc ncw ## L ## m
man in tracksuit keeps bringing teenage girls to the flat above the bookies, they leave in the morning looking rough ## AV ## pa ## S ## h
IP says he was punched and kicked by the site foreman when he asked for his money ## PV ## ## L ## h
The old couple next door have their grandson living with them, he does their shopping - all very normal, caller just being nosey ## ## ## ## l
She came from Lagos as a "niece" aged 11, did all the housework and never went to school ## AV ## ## D ## h
Handover: F, Chinese, 40s, found in massage parlour sleeping on the treatment table, no English, says "boss know" to every question ## ## saw ## S ## h
Bank alert: salary payments for 6 construction workers forwarded within minutes to single account in name of A. PETROV ## WW ## ncw ## L ## m
cousin got him the job, he's paid fine and sends money home by choice ## ## ## ## l
men at grow had no shoes, slept on a mattress next to the plants, fans running 24/7 ## AC ## saw plc ## C ## m
he said if i tell anyone what happens in the house he'll have me deported ## IT ## foa ## ## m
VNM M 16 after grow raid, "uncle" has his mobile, doesn't know what city he's in ## AV IS ## ## C ## h
driver picks the girls up from the hotel at 6 and brings them back at 4am ## ## cedl et ## S ## h
Fishing crew from Ghana on Scottish boat not allowed ashore when in port, passports held by the skipper ## RM RD ## ## L ## m
Kerala care staff owe recruiter £8,000 "sponsorship fees", must pay before changing employer ## DB ## uf ## L ## m
I went to uk for work in hotel. I was dishwasher 14 hours in a day. no day off. ## EO ## ## L ## m
Girl (15) went missing from care home, found at a flat in Luton with 3 adult males, given cocaine ## AV ## ## S ## i
Caller says her cleaner comes twice a week, paid £15/hr, caller worried only because cleaner looks tired ## ## ## ## l
Mother of 2 from Sheffield says ex took out loans in her name, police advise fraud report, no exploitation ## ## ## ## l
sleeping in the van at the car wash, 3 of them, it's freezing ## AC ## saw plc ## L ## m
Caseworker: client's employer (diplomat) kept her in the residence, her only outing was church with the driver, wage "sent to her family" but family received nothing ## RM WW ## et ## D ## m
Two adult Romanian men begging at the station, say they're brothers and travel on their own, stay at a hostel ## ## ## ## l
man says he was offered £50k for his kidney by someone in his mosque, reported it straight away ## ## ## O ## m
Informant states nom BEGU keeps girls' phones in the kitchen and they can only use them to answer clients ## IS ## ## S ## h
Vulnerable female (heroin user) being pimped by her dealer for drugs ## AV ## ## S ## h
packers at the factory told no toilet breaks, 12 hour shifts standing in the cold ## AC EO ## ## L ## m
the landlord of the shop takes the girls' SIMs at night ## IS ## ## ## m
Farm picking team of 40, all licensed through GLAA-approved provider, hours logged, payslips given ## ## ## ## l
"if you run we find you, we know your village" - text message shown to officer ## IT ## ## ## m
12 yr old seen selling weed at the skate park with older boys watching ## AV ## ## C ## h
Au pair arranged through agency, works 25hrs, has own room, weekends off, attends English class ## ## ## ## l
they gave me a new name and a passport with someone else's photo and told me to open bank accounts ## ## mbc ## C ## m
Concern Hub: female, 23, learning difficulties, "boyfriend" is arranging for other men to visit her flat for money ## AV ## ## S ## h
I was told housekeeping in a hotel. It was housekeeping for a family of nine, no wage, no room, I slept in the corridor ## DE WW AC ## ## D ## h
scaffolders turning up at 5am at the Co-op car park, same Luton van every day, back at 9pm ## EO ## cedl et ## L ## m
guy wrote on his arm in biro HELP when he passed me at the car wash ## ## ## L ## m
Nigerian F says madam threatened her with a curse from the native doctor if she stops working ## IT ## ## S ## h
warehouse worker complaining about zero hours contract, legit issue, signposted to ACAS ## ## ## ## l
Slovak family living in one room in Rotherham, adults work at the car wash, children not registered at school ## ## oc ## ## l
"work until the debt is paid, then you are free" they say, for 3 years now ## DB ## ## ## m
stop/search 1/A/P: juvenile (15) found with 40 wraps of crack in rectum, says a man in London he "works for" ## AV ## ## C ## h
the man who brought us here is always with us, he speaks when the doctor asks questions ## ## sfw et ## ## l
Sham marriage: EU national F paid to marry, but says she was never paid and man keeps her ID card ## RD ## ## ## m
boss says we cant go to town because the police will arrest us for no papers ## RM ## foa ## ## m
grandmother in Harrow takes care of the household; her son and daughter-in-law work; a neighbour asked if she was a servant - she is not ## ## ## ## l
girl selling sex from Vivastreet, confirmed independent, pays her own rent, no third party ## ## ## ## l
Rescue note: 3 females found in basement of house in Ilford, kept there 2 months, raped by the "boss" ## RM PV ## ## S ## h
The Chinese workers at the takeaway were never allowed to keep their tips, owner took the lot ## WW ## ## L ## m
IP walked 6 miles at night to escape, was not allowed out of the house at all ## RM ## ## ## m
Father selling 15 yr old daughter's kidney, deal agreed with broker, hospital in Egypt booked ## AV ## ## O ## i
Female heard crying in flat above barbers, man shouting "you work or you don't eat" ## IT ## ## ## m
A&E: male brought in by "colleague" with burns from chemicals at recycling plant, no PPE, colleague refused to give address ## AC ## pa sfw ## L ## m
Client (F, Romanian) spent a month locked in a flat in Slough with 2 other women, had to see up to 15 men a day, beaten if she cried ## RM PV EO ## ## S ## h
reported on twitter: hotel in central London wants cleaners to do 90 rooms a day for £60 flat, that's not slavery but it's robbery ## ## ## ## l
intel suggests nom ZHANG collects the nail bar workers' wages from the Western Union every Friday ## WW ## ncw ## L ## m
woman cleans for family of 5, no wage, never seen without the wife, sleeps on sofa ## WW RM ## et ## D ## m
Local Authority: Adult (M, 60) with dementia, neighbour has moved in and is withdrawing his pension each week ## ## ncw ## ## l
Debrief: client (M, 29, Indian) came on a student visa, agent promised him part-time work and study; instead he was sent to a sweatshop in Leicester, worked 70 hours a week for £2 an hour, and was told his visa would be cancelled if he complained. ## DE EO IT ## foa ## L ## h
101 call: caller's elderly mum is a donor for her brother's kidney transplant next month at Guy's, she's worried about her passport for travel after, no concerns ## ## ## ## l
Intel: 2/B/C (do not share with partner agencies pending op) VRM AB12 CDE used to transport Slovak Roma families to a begging pitch in Manchester city centre. Children as young as 6 used. Adults hand over takings to nom KOVAC each night. ## AV WW ## et ## C ## h
MASH referral: 15 yr old F known to social care, disclosed at school she has been "passed around" by an older male's friends at parties in exchange for weed and vodka. She says the male told her that her mum would find out about the photos if she stopped going. ## AV PV IT ## ## S ## h
GLAA: licensed labour provider found charging workers £150 "registration", deducting £25 pw for van transport and £30 for boots. Workers otherwise paid correctly to own accounts and free to leave. Licence conditions being reviewed. ## ## uf ct ppe ## ## l
Victim (via Vietnamese interpreter) says that she was brought to the UK in the back of a lorry. She was told that she would work in a nail bar to pay back £25,000. She slept on the floor of the shop, was never allowed to go out alone and the boss's wife took all her wages for the debt. ## DB RM WW AC ## saw et ## L ## h
Officer statement: on entry to the address we found 7 males in the living room, sleeping bags on the floor. All had jobs at the meat plant, all had their own bank cards and phones. The landlord is not their employer. Overcrowding referral to council HMO team; no MSHT concerns. ## ## oc ## ## l
Public report: theres a house on my street where young girls keep getting dropped off by different cars late at nite, they look about 14 or 15, one was crying on the doorstep last week. i think somethings going on plz check ## AV ## ## S ## h
Debrief: "He was my boyfriend first. Then he said we need money for the flat, I must see his friends. After that he locked the door when he went out and he took my bank card. When I said no he hit me with a phone charger." ## DE RM WW PV ## ncw ## S ## h
Support worker note: client (M, 47, British, homeless) was picked up at a soup kitchen by a man offering roofing work with board. He worked 7 days a week, lived in a caravan with no water, and was told he owed £50 a day for "board" so he never got paid. Left when the man was arrested. ## AV DE EO AC DB WW ## plc ## L ## h
Press: "Gang who forced homeless men to work on farms for £10 a day jailed" - the court heard victims were threatened with dogs and told their families would be hurt if they went to police. ## AV WW IT ## ## L ## h
NCA note: organ recruitment network advertising in Urdu on social media, offering poor villagers travel to a "clinic" abroad; at least 2 UK residents linked to brokering kidney sales. ## AV ## ## O ## m
Prison: F prisoner (Chinese, 31) convicted of controlling prostitution says she herself was trafficked and had to recruit others to pay off her debt to the gang. ## DB ## ## S ## h
101: caller's Romanian colleague at the packhouse had his wages short this month, HR are looking into it, caller asked if that's modern slavery - no other concerns, he lives with his wife and is free to leave ## ## ## ## l
Neighbour report: "The family at number 9 have a girl of about 17 who cleans the windows, hoovers and takes the kids to school. She's never at school herself. I once saw the dad slap her in the front garden." ## AV PV ## ## D ## h
Intelligence log: nom 1 POPESCU Marian (DOB 11/06/1984) believed to be recruiting females in Iasi via Facebook offering waitressing jobs in London. Upon arrival females' ID taken and they are placed in flats in Ilford and advertised online. POI 2 unk female known as "MAMA" collects money. 2/C/P. ## DE RD WW ## ## S ## h
Safeguarding adults: care worker (F, Zimbabwean) sponsored by care agency says she is expected to do 3 double shifts back to back and sleep at the client's house, and agency said she'd have to pay £4,000 back if she leaves. ## EO DB IT ## saw ## L ## h
Victim account: "When the man got me out of the country he took my passport at the airport. In England I stayed in the house with 12 others. We went in the van to the sandwich factory. Every Friday we signed papers and he took our cards. We got £50." ## RD AC WW ## oc et mbc ncw ## L ## h
School referral: Year 7 pupil (11) tells teacher she has to look after her 4 younger siblings and do the cooking every night because mum works nights. Teacher notes no-one else is involved; family known to early help, no exploitation. ## ## ## ## l
999 call: male phoning from inside a lorry in a lay-by on the A14, says there are 9 people in the back, it is very hot and they can't breathe, doors locked from outside. ## RM AC ## ## ## i
Caseworker note: client describes being kept at a farm in Lincolnshire in winter. Workers were told they owed £300 each for the trip, the amount grew every week for rent and food. The gangmaster always spoke to the farm manager for them. ## DB ## sfw ## L ## m
Intel: suspected cuckooed address 3 Hollow Rd. Occupant (F, 58) alcoholic, disabled. 4-5 males from Birmingham staying, she says she's "not allowed in the living room" and is scared of them. ## AV RM ## ## C ## h
Debrief: he said I owed 3000 pound for the flight. I cleaned his house and his brother's house. I was not paid but he said the debt is going down. I did not know the address of the house. ## DB WW IS ## ## D ## h
Police note: IP (Eritrean, M, 17) arrived on small boat, says smugglers in Libya held him in a warehouse and beat him until his family paid. No ongoing UK exploitation identified. Child - NRM referral done. ## AV PV RM ## ## ## h
Financial intelligence: 23 accounts opened at same branch using Romanian ID cards, all with the same phone number and UK address, incoming wages from agency withdrawn same day by one male. ## WW ## mbc ncw ## L ## m
Employer (construction, Luton) contacted police: worker from Sudan turned up with no ID, firm did right to work check, not employed, no exploitation concerns ## ## ## ## l
Council licensing visit: massage parlour licence in order, therapists on payroll, own accommodation, staff spoken to alone, no concerns ## ## ## ## l
Hospital social worker: F, 30s, Filipina, admitted with pneumonia, employer's family say she cannot stay overnight as "she is needed at home"; pt looks malnourished and says she has not been paid since arriving. ## WW ## pa ## D ## m
Caller reports flat above the barbers: lots of young lads going in and out, 2 of them stay there all week and never go out. Pizza boxes piled up. Caller thinks they're dealing. ## ## ## C ## m
Officer note: Juvenile (16, Albanian) found at cannabis grow in Hull. Says man in Tirana paid for journey, must work 1 year to repay, told if he ran his family would be killed. ## AV DB IT ## ## C ## h
Worker at car wash says owner takes half of his wage for the "room", leaves him about £60 a week for 70 hours ## WW EO ## ## L ## m
Public report: "my neighbour is running a brothel i think but the women all seem happy and come and go in their own cars, maybe i'm wrong" ## ## ## ## l
VRM YF68 PKO stopped A1, driver and 2 passengers, Lithuanian, going to work in Peterborough, all docs ok ## ## ## ## l
ex-boyfriend keeps texting her, harassment advice given ## ## ## ## l
man at Euston asking for help, brought from Lagos for "transplant job", they want his kidney ## DE ## ## O ## m
2/A/P: nom HOXHA holds Albanian workers' passports at his car wash in Walsall ## RD ## ## L ## m
she has no phone, no friends, doesn't know the street name ## IS ## ## ## m
Caller says his mate's boss made him do a 14hr shift then paid him next day as normal, no concerns ## ## ## ## l
kitchen porter says chef slapped him for dropping plates, happens every week ## PV ## ## L ## h
housemaid from Indonesia not allowed to call home, employer took SIM card on arrival ## IS ## ## D ## m
shoplifting gang of 4 Romanian women, stolen goods handed to male in car, women get nothing ## WW ## ## C ## m
shed at bottom of garden in Southall, 6 men living in it, work on building sites ## AC ## oc plc ## L ## m
Concern for welfare: student hasn't been seen in halls for a week, parents worried, later found at boyfriend's, fine ## ## ## ## l
Recruiter in Cluj promised £12/hr warehouse work, in UK told it was £4 and no contract ## DE ## ## L ## m
PNC: nom SMITH previously convicted s1 MSA, now seen with new group of men at a tarmac firm ## ## ## L ## m
Anon: they make the girls at the parlour stay in the building 24/7, food delivered ## RM ## ## S ## h
man broke his leg falling off scaffolding, employer called ambulance, fully insured ## ## ## ## l
doctors in Istanbul took my kidney, the agent paid me half of what he promised ## DE ## ## O ## m
victim says the gang beat her with a belt and forced her to have sex with the boss ## PV ## ## S ## h
tenant complains landlord refuses to return £500 deposit ## ## ## ## l
"we sleep in the factory on cardboard, 20 men, one toilet" ## AC ## saw oc plc ## L ## m
Handover: VNM F 19 at nail bar denies any control, has own room and passport, paid weekly ## ## ## ## l
2 Sudanese lads at the car wash, owner collects their Universal Credit cards every week ## ## ncw ## L ## m
my uncle told me uk school, but he put me in his restaurant kitchen, I am 14 ## AV DE ## ## L ## h
Kurdish barber shop: apprentices on proper contracts, supervisor speaks Kurdish and English, helps with translation ## ## ## ## l
F, 24, Brazilian, says her agency took her passport "for visa processing" 6 months ago, still not returned ## RD ## ## ## m
boat crew work 20 hours when the catch is in, no rest days at sea for 3 months ## EO ## ## L ## m
Shop worker assaulted by customer, suspect arrested ## ## ## ## l
child (10) begging with woman outside Boots, woman takes the coins off her every few minutes ## AV WW ## ## C ## i
3/D/P: rumour that the farm holds passports, GLAA visited and found all workers hold own ID ## ## ## ## l
he threatened to post my pictures online if I stop meeting his friends ## IT ## ## S ## h
lads at the recycling yard have no gloves or masks and sort hospital waste ## AC ## ## L ## m
couldnt leave the house, the windows had locks and the key was with the madam ## RM ## ## ## m
she looks after her disabled mum full time, carers allowance, no concerns about exploitation ## ## ## ## l
VNM juvenile detained at Dover, says he was kept in a container in Belgium and beaten by the drivers ## AV PV RM ## ## ## h
2 girls in the back of a car outside the chippy at 1am, older guy driving, they look about 13 ## AV ## ## S ## i
Uber driver works 60 hours a week by choice, own car, says he's saving to buy a house ## ## ## ## l
he said he would break my legs if I tried to go back to Poland ## IT ## ## ## m
the agent took 300 euro from each of us before the bus ## ## uf ## ## l
Never been paid, told money goes to my wife in Bangladesh, she got nothing ## WW ## ## ## m
Council: HMO licence breach at 19 Clarence St, 8 tenants, landlord fined ## ## oc ## ## l
female at the hotel booked by the hour, different men every 30 mins, a male waits in reception ## ## ## S ## h
woman says her husband's family make her do all housework and lock her in the bedroom at night ## RM ## ## D ## i
Amazon driver delivering late at night, just busy season ## ## ## ## l
they said we must work one month free as a trial, then three months more free for training ## DE WW ## ## L ## m
Sex worker reported a robbery by a client, works independently ## ## ## ## l
15 yr old boy arrested in Aberystwyth with heroin, from Wolverhampton, phone full of "line" messages ## AV ## ## C ## h
Albanian M found in grow said the bosses showed him pictures of his little brother walking to school ## IT ## ## C ## m
A&E: M 30s, Romanian, fractured fingers, says he "fell", supervisor waited outside and drove him away ## ## pa et ## ## l
my cousin came here to work at a hotel in Blackpool, she's fine, goes out with friends, it's all legit ## ## ## ## l
agency holds 40 workers' ID cards "for payroll", workers get them back only when they quit and pay £200 ## RD DB ## ## L ## m
elderly lady paid a roofer upfront and he never came back, fraud ## ## ## ## l
had no clothes except what I stood in when they found me, 2 years in that house ## ## fpe ## ## l
Social worker: 16 yr old F in foster care "groomed online" by man saying he loves her, wants her to visit him in Leeds ## AV ## ## S ## h
tarmac crew: homeless lads picked up from a hostel at 6am, paid a fiver, slept in the van ## AV WW ## cedl et saw ## L ## m
Informant: organ broker in Birmingham looking for "healthy young men" to travel to Pakistan, offers £5k ## ## ## O ## m
Visa overstayer arrested at work, no indicators of exploitation, Home Office informed ## ## ## ## l
Intel 2/B/P: females at 22 Cranbrook Rd are raped by their controller if they refuse clients ## PV ## ## S ## h
Nanny works for family in Chelsea, £600/wk, own flat, holidays, all good ## ## ## ## l
Client: "I was told I'd be a driver. I was made to cook crack in a flat in Slough." ## DE ## ## C ## m
noise complaint, party at student house, nothing else ## ## ## ## l
workers only go out in a group with the team leader, even to the doctor ## RM ## et ## ## m
EU national F says employer deducts £200 a week for "accommodation" leaving her £15 ## WW ## ## ## m
No indication of coercion: worker chose to sleep at the farm to save money, has a car and goes to town ## ## ## ## l
Mobile phone shop owner reports man buying 20 SIM cards at once ## ## ## ## l
bloke at the jet wash has bruises on his face every week and never smiles ## ## pa ## L ## m
Fraud: woman found using someone else's NI number to work, claims she bought it online ## ## ## ## l
brothel keeper charges girls £300 a week for the room, they start each week owing and never catch up ## DB ## ## S ## h
GP: patient with kidney removed in Egypt 2 months ago, says he agreed to donate for money, no UK link to broker ## ## ## O ## m
Aunt took in niece after parents died, niece goes to college, helps at home like the others ## ## ## ## l
Teacher note: pupil (13) says he has to go "work with uncle" at weekends at a car wash and is too tired for homework ## AV ## ## L ## h
woman in corner shop said the owner tells her she'll never see her children again if she leaves ## IT ## ## L ## m
PNC check on VRM GN17 FAA: registered keeper deceased, vehicle used by unknown males, no MSHT link ## ## ## ## l
Ghanaian F, 35, spent 3 years as domestic worker in Dubai, now in UK with a new employer who treats her well ## ## ## ## l
Bank: account of a 19 yr old student receiving and forwarding £9k in 2 days, likely money mule, recruited on Snapchat ## ## ## C ## m
Handover: man in wheelchair begging at Oxford Circus is dropped off at 0700 by a BMW, takings collected by driver ## AV WW ## cedl et ## C ## m
he keeps my passport in the glovebox of his car ## RD ## ## ## m
Neighbour dispute over parking escalated to threats, no exploitation ## ## ## ## l
Grandad looking after grandchildren while parents work, caller thought he looked exhausted, all fine ## ## ## ## l
Tesco store manager reports a worker from agency looks hungry and wears the same clothes daily, agency confirms he's paid ## ## pa ## ## l
Debrief: "In the house nobody told me where I was. I never went outside. I worked in the kitchen and the boss's son hurt me at night." ## IS RM PV ## ## D ## h
ANPR VRM LR15 XOM repeatedly at Dover port, owner has no known links to crime ## ## ## ## l
Safeguarding referral: student nurse (F, 22, Ghanaian) says her sponsor charges her £3,000 if she leaves within 2 yrs; she has read her contract, gets her full wage and has decided to stay. No other concerns. ## ## ## ## l
Intel: A nail bar in Bury employing Vietnamese females; all live in the flat upstairs, the manager drives them there and back, and their phones were "confiscated for work". One girl aged approx 16. ## AV IS AC ## oc saw et ## L ## h
Witness statement: "I drove past the farm every day. There were people in the field at 5 in the morning and still there at 10 at night. The same white bus took them. Once I saw a man push a worker to the ground and kick him." ## EO PV ## cedl et ## L ## h
Charity note: client (M, Slovak) was living in a tent behind the recycling yard where he worked. He didn't know the town's name. The yard owner had his ID card and paid him in tobacco. ## AV IS RD WW AC ## plc ## L ## h
101 summary: caller's daughter (20) moved to a flat with new boyfriend. Caller dislikes him and says he is "controlling" about her clothes. Daughter has a job, her own money and visits weekly. No exploitation concerns raised. ## ## ## ## l
"""

def main():
    out = []
    for n, line in enumerate([l for l in DATA.strip().split("\n") if l.strip()], 1):
        parts = [p.strip() for p in line.split("##")]
        assert len(parts) == 5, line
        text, i, s, t, r = parts
        inds = [IND[x] for x in i.split()]
        sigs = [SIG[x] for x in s.split()]
        for a, b in PAIRS:
            if a in inds and b not in sigs:
                sigs.append(b)
            if b in sigs and a not in inds:
                inds.append(a)
        out.append({"id": f"f44-{n:03d}", "text": text, "indicators": inds, "signs": sigs,
                    "exploitation": [TYP[x] for x in t.split()], "risk": RISK[r]})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh44.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "texts written to", path)

if __name__ == "__main__":
    main()
