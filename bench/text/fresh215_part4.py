# Part 4: longer accounts, sexual, domestic servitude, organ harvesting, benign look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Op CHROME - debrief summary. PV1 (Vietnamese male, stated age 19) was recovered from a nail bar
in Grimsby during a joint visit with Immigration Enforcement. He was initially silent and kept repeating
that he was the owner's nephew and helped out for free. Once moved to a reception centre and spoken to
alone with a Vietnamese interpreter he said that his family borrowed $25,000 from a moneylender in Hà Tĩnh
to send him to Europe. He travelled by plane to Moscow, then by road and lorry through Poland and France.
In France he was kept in a camp and then put in the back of a refrigerated lorry. On arrival he was collected
at a services and driven to the salon. He has worked there 11 months, from 9am to 9pm, seven days, cleaning
and doing pedicures. He is given food and £30 every week. The rest, he was told, pays off the debt.
He sleeps in the back room on a folding bed. He was told never to talk to customers or anyone official
and that if he was caught, the police would put him in prison and his parents would lose their house.
He has no phone of his own. NRM referral submitted, positive RG expected.""",
  "DB WW EO AC IT ISO AV", "UF LH SW FA IS", "L")
T("""Public report via web form (spelling as received): hi i want to report the car wash on the main rd
near the roundabout in Kettering. i been going there 2 years and theres always new lads every few months
they never stay. last week one of them was crying and showed me his hands they was all red raw and
cracked from the chemicals, he said "boss no give glove". he said he sleep in the little office out back
with 3 more and they cant go nowhere cos the boss have there passports. when the boss saw him talking to
me he came over shouting and grabbed him by the neck and pushed him back to the car. i didnt no what to do.
plz can someone check on them""", "AC RD PSV", "PA SW DT OA", "L")
T("""GLAA licensing and compliance visit, Kirklees. The site is a hand car wash operated by a limited company,
sole director a British national. Eight staff present, five Kurdish Iraqi, two Romanian, one Eritrean.
All interviewed individually with interpreters. All produced their own identity documents from their
pockets or bags. All have their own bank accounts and cards and showed banking app payments matching
payslips at the national minimum wage for a 45-hour week. Accommodation is not provided by the employer;
staff live in a mix of private rentals and Home Office accommodation. PPE (gloves, boots, waterproofs)
is provided free. There is a heated welfare cabin with a toilet and microwave. One worker raised a
complaint about unpaid holiday which was passed to HMRC NMW team. No indicators of forced labour found.
Outcome: compliant, advice letter re holiday pay.""")
T("""Case note - MSVCC adviser. Caller is a Romanian woman (35) ringing on behalf of her brother, who works at
a car wash near Harlow. She says he was recruited in Bacău by a man who offered £60 a day and free
accommodation; he paid £350 for the bus ticket and a 'placement fee'. Since arriving 7 weeks ago he has
received £40 in total. He lives in a house with 14 other men, all working at different car washes owned by
the same family; they sleep on mattresses in every room including the kitchen. He is driven to work at
6.30am in a van and charged £5 a day for the lift. His ID card was collected 'for registration' on the
first day. She spoke to him yesterday on another worker's phone and he said the boss slapped him for
asking about money. She does not know the address. Advised 999 if immediate danger; referral to police
with consent.""", "DEC WW AC RD PSV", "UF OA CE CT DT", "L")
T("""Safeguarding referral - Children's Services. Young person A (Vietnamese, says 16) was found by
British Transport Police at Birmingham New Street at 0300 with no money, a phone with no SIM and a
piece of paper with an address in Walsall. He said he had been 'working in a house with plants' and ran
away when the door was left open. He showed marks on his wrists that he says were from being tied up when
he tried to leave before. He says the men who keep the house told him his sister in Vietnam would be sold
if he ran. He is frightened that they will find him and asked staff not to tell the police where he is.
Placed in emergency foster care; high risk of going missing; return home interview not appropriate.""",
  "AV RM PSV IT", "PA FA RMS", "C", "high")
T("""Statement extract (translated from Tigrinya). "I left Eritrea because of military service. In Libya
I was held in a warehouse by smugglers. They beat us and called our families to send money. My uncle paid
$4,000. Then in Calais a man said he could get me to England and I could pay later. In England he took me
to a car wash in Leicester. He said I owe £5,000. I worked every day, from morning until it was dark. He
gave me £10 some days. I slept in his house with many men. After one year he said I still owe £3,000. I
was afraid because he said he will call the Home Office and I will go back to Libya. One day the police
came to the car wash and I told them." """, "DB WW EO IT AV", "UF LH OA FA", "L")
T("""Intelligence report. Grading 2/B/P. Subject: Klodian DEDA (DOB 11/07/1989), Albanian. DEDA is believed
to control a network of at least four cannabis grows in the Thames Valley area (Reading, Slough, High
Wycombe), each staffed by one or two Albanian males aged 17-22 who arrived by small boat. The source
states the young men are told their crossing cost £20,000 and that they will work in the grow until it is
paid. They are not allowed mobile phones and are moved at night in a Mercedes Vito (registration
partially known: WU**). DEDA's associate visits each property twice a week with food. The source has
heard DEDA say that anyone who tries to leave will be 'dealt with' and that he has 'people in Albania'
who visit families. Recommend: development of intelligence, consideration of safeguarding at identified
addresses.""", "DB ISO IT RM AV", "UF IS ET", "C")
T("""Modern slavery helpline - call summary. Caller works in a supermarket and has noticed a woman who
comes in every evening with a man. The woman looks very thin and tired, wears the same clothing every
time and never speaks; the man pays and does all the talking. Caller once saw the woman alone near the
tills and she whispered 'help, salon' before the man came back. Caller believes she works at the nail bar
opposite because she has seen her there through the window late at night. Caller did not see any
injuries. Passed to police for welfare check.""", "", "PA SFW LH", "L")
T("""Follow-up to welfare check at Diamond Nails, Peterborough, following a helpline report. Officers
attended 1930 hrs with an interpreter. Three members of staff present, including the female described.
She is Vietnamese, 29, married to the owner's brother, who accompanied her to the supermarket. She spoke
to officers alone in the police car. She has her own passport (settled status), her own bank account and
phone, and says she works late by choice because she is saving to open her own salon. She stated she was
not under anyone's control and was embarrassed. She said 'help' at the till because she needed help
finding an item. Husband present later and cooperative. No offences, no indicators. NFA, welfare leaflet
given in Vietnamese.""")
T("""Albanian woman, 21, NRM referral by Hope for Justice. She met a man online who said he loved her and
would marry her in London. He paid for her flight. Within a week of arrival he said she had to 'help'
pay the rent by seeing men at a flat in Harrow. When she refused he hit her and told her that her
photos would be sent to her father. He advertised her on an adult site, collected all the money, held
her passport, and kept her phone. She was never allowed out alone; a woman called Ela escorted her to
the shop. She escaped while he was arrested for an unrelated driving offence.""",
  "DEC PSV IT WW RD ISO RM", "DT NCW ET RMS IS", "S")
T("Woman in the flat opposite is a sex worker, works for herself, has been there years, no one else around, just her regulars. Neighbours complain about cars. Not exploitation.")
T("Brothel, Stoke. Two Romanian women found. Both say a man named 'Marius' takes all the money and they owe him £3,000 for travel. One has bruises on her legs and says she was forced to have sex with him when she complained.", "WW DB PSV", "UF PA NCW", "S")
T("CSE concern: 14-year-old girl in Rotherham is being picked up from school by a 25-year-old man in a white Audi who gives her alcohol and takes her to 'parties' at a flat. She has come home with love bites and money.", "AV PSV", "", "S", "high")
T("Girl, 15, missing from home in Derby since 9pm, last seen getting into a car with two men she met online who had been sending her gifts and asking her to 'meet their friends'. Phone off. Believed to be with them now.", "AV DEC", "", "S", "immediate")
T("Domestic servitude: Eritrean woman, 26, lived with a family in Birmingham for 3 years, cooked, cleaned and looked after 4 children from 6am until midnight. Never paid. Slept on the kitchen floor. Not allowed out unless with the family.", "WW EO AC RM", "LH SW RMS", "D")
T("Au pair from Spain works 25 hrs a week, has her own room, gets £100 a week pocket money, goes to English classes, has weekends off. Host family asked whether that's legal. It is. No concerns.")
T("Albanian girl (17) brought to UK to 'marry' a man in Leeds, now made to do all the housework for his extended family, beaten by his mother, not allowed to phone home.", "AV PSV ISO", "IS", "D", "high")
T("Nanny on long shifts - 12hrs Mon-Thu, paid well, own flat, loves the kids. Friend was worried about the hours. She isn't.")
T("Kurdish woman (40) in Coventry says her brother-in-law keeps her in the house to cook and clean for the family and the men who work at his car wash. She has no money, doesn't speak English, doesn't know the address, and is threatened with divorce and being sent back to Iraq without her children.", "ISO IT AV WW", "IS", "D")
T("INT 3/B/P: Romanian male in Harlow offering 'payment for a kidney' to men working at a car wash he runs, saying they could clear their debts. One worker is said to have travelled to Turkey for 'an operation'.", "DB AV", "", "O L")
T("NRM referral: Eritrean man says smugglers in Libya took people for their organs if families could not pay; he was held and tested for blood type before his family paid. Now in UK, no exploitation here.", "RM AV", "", "O")
T("Organ harvesting concern: Vietnamese woman (27) in Manchester told a support worker she was brought to the UK on the promise of a nail bar job and is now being told she must travel to 'Malaysia' for a 'medical procedure' to pay off her debt. She is due to fly on Friday. Passport held by the 'agent'.", "DEC DB RD AV", "DT UF", "O L", "immediate")
T("Living kidney donor assessment, Guy's: donor is recipient's wife, fully consented, independent assessor satisfied under HTA rules. No concerns of coercion or payment.")
T("Transplant patient from Leeds travelled to Pakistan for a kidney, paid £30,000. Hospital reporting to HTA, suspected commercial dealing. Recipient not a victim; donor unknown.", "", "", "O")
T("Kidney found for sale on a Facebook group, seller says he is a student in Nottingham with debts. Reported to HTA. Seller is selling his own kidney voluntarily, no third party.")
T("Car wash in Bristol on the news for underpaying staff - HMRC named and shamed them, £4,500 arrears to 7 workers. No forced labour.", "WW")
T("Road traffic collision outside Jet Valet car wash, Hinckley Rd. One vehicle pulled out into path of another. Minor injuries. No further.")
T("Noise complaint: car wash pressure washers and music from 7am on Sunday. Referred to Environmental Health.")
T("Robbery of staff member at nail bar as she walked to her car with the takings. Suspect: male, 20s, black hoodie. CCTV trawl.")
T("Our landlord has 9 tenants in the building but we all have our own flats and contracts, it's not an HMO issue - council letter sent in error.")
T("Welfare check on Romanian man sleeping rough outside the car wash. He says he's not employed there, the owner lets him use the toilet. Referred to StreetLink.")
T("Police licensing check at Kurdish-owned barbers in Hull, all staff right to work confirmed. Owner's brother does the books. No concerns.")
T("Report of men living in a van parked behind the car wash in Dartford - found to be travelling contractors on a 2-week job for a national firm, paid, with hotel booked but full. Moved on.")
T("Cannabis smell reported at block in Salford. Attended, single male smoking cannabis in his own flat. Words of advice / community resolution.")
T("Cannabis grow in the loft of a house in Telford, occupant is the homeowner, 58, white British, growing for his own pain relief. Arrested. No exploitation.")
T("Albanian builder with his own firm in Ealing, employs 6 people, all paid via PAYE. Rival firm made an anonymous report of 'slavery'. Visit found nothing.")
T("Eritrean refugee running a successful café in Sheffield. Profile in local paper. Employs two other refugees on the living wage.")
T("Missing person report: Vietnamese female (22) who works at a nail bar in Chester did not return home from work. Located next day at a friend's house, had fallen out with her boyfriend. Safe and well.")
T("INT 4/C/P: anonymous claim that a car wash in Bury St Edmunds 'uses slaves'. Site visit: 2 workers, both the owner's sons. No substance.")
T("Immigration Enforcement visit to nail bar in Slough: 2 overstayers arrested. Both stated they worked voluntarily, were paid, lived independently, and had their own passports. Offered NRM info, declined, no indicators.")
T("A dad phoned to ask if his 17-year-old doing Saturdays at the car wash for £8 an hour is legal. Advised on youth rates; it's fine.")
T("Car wash in Colchester has an honesty board with everyone's hours and pay on it. Staff are on contracts. Refreshing to see. #GoodEmployer")
T("Public: lots of cars coming and going from a house on Dale St at night, think it's drugs. No other info.")
T("Domestic abuse call: male shouting at female in flat above salon. Attended, verbal argument only between partners, both happy for police to leave.")
T("Employment tribunal: car wash worker dismissed for lateness claims unfair dismissal. No exploitation alleged.")
T("GLAA visit found the car wash closed and boarded, owner now runs a legitimate valeting business from a unit in Erdington with 3 employees. Intelligence archived.")
T("The man in the house next door has about 7 lodgers, but they're all Polish lads working for a builder, they come and go as they please, say hello, have their own cars. Not sure if I should report it? Probably nothing.")
T("Council HMO enforcement: 6-bed licensed HMO in Luton, tenants are Romanian car wash workers each with their own tenancy directly with the landlord, who is not connected to their employer. Fire safety compliant.")
T("Vietnamese man (35) arrested for running a grow: he was NOT coerced, says he organised the workers himself; two 'gardeners' in the property, however, stated they were told they owed him £15k each and would be beaten if they left.", "DB IT", "UF", "C")
T("Car wash worker says the boss didn't take his passport - he keeps it himself - but the boss does keep his bank card and PIN and gives him £100 a week out of his wages.", "WW", "NCW", "L")
T("Nail tech told us she is free to leave and nobody threatens her, but she has not been paid for 2 months and sleeps on the floor of the shop.", "WW AC", "SW", "L")
T("Gardener denied any threats or violence and said his phone was his own, but said he had been locked in the house since March and only the 'manager' had a key.", "RM", "RMS", "C")
T("No concerns re accommodation - workers have their own rooms - but all 5 workers at the HCW say they paid £600 each to an 'agent' in Romania for the job.", "", "UF", "L")
T("Officer asked if anyone held her documents: she said no, she has her BRP. Asked about pay: she gets £400 a week cash. Asked about hours: 'eleven, twelve, all week'. Salon, Wood Green.", "EO", "LH", "L")
T("We checked for signs of exploitation at Pristine Hand Car Wash, Castleford, and found none: workers paid, documents held by workers, transport is their own.")
T("If the boss doesn't pay him this week he says he'll report him to ACAS. He's had his money every week so far. Car wash, Hove.")
T("He wasn't locked in or anything, he could go where he wanted, but he told me the boss beat him with a hose pipe last month. Car wash, Aston.", "PSV", "", "L")
T("Salon owner denies holding passports. Worker confirmed: 'I have my passport'. No other indicators. NFA.")
T("Worker says he would leave if he was threatened, but nobody has threatened him. Car wash pays him £10 p/h cash. No indicators.")
T("She was not forced to have sex and was not hit, but she said the 'boss' places her adverts online and takes 60% of her earnings and picks her up and drops her back each night.", "WW", "NCW ET", "S")
T("Voicemail from member of public (transcribed): 'yeah hi it's about the nails place by the bus station in Wigan, there's a girl in there now she's got blood on her face and the man's dragged her in the back and pulled the shutter down, please send someone now'", "PSV RM", "PA RMS", "L", "immediate")
T("IP (Kurdish, 18) said via interpreter: 'boss say me, you no go outside, outside police take you, you go prison'. He hasn't been outside the car wash yard for 3 weeks.", "RM IT AV", "RMS FA", "L")
T("MSU NRM referral: Romanian man (52) with a learning difficulty recruited from a homeless shelter in Iași to work at a car wash in Birmingham. His benefit and bank card controlled by the recruiter. Lives in a shed at the back.", "AV WW AC DEC", "NCW SW PLC", "L")
T("Worker at hand car wash: 'no day off, no sunday, no nothing. Work work work. He say if you tired go home to Albania, but I have debt so I cannot.'", "EO DB", "LH", "L")
T("Pls check on the car wash on Soho rd the lads r working in the snow in flipflops, no coats, one was coughing blood. They live in the container out back.", "AC", "PA SW PLC", "L")
T("GLAA intel: Eritrean workers at HCW in Leicester being told that their asylum claims will be refused if they complain. Boss holds their ARC cards.", "IT RD AV", "DT FA", "L")
T("Debrief (Albanian, 20): 'In Tirana they say work in London, £2,000 a month, papers, everything. They lie. I come in the boat and they take me to house with marijuana. I work for nothing. They say I pay £16,000 first.'", "DEC DB WW", "UF", "C")
T("Caller (a taxi driver) says he regularly takes the same 3 girls from a house in Bradford to different nail bars, always with an older man who pays, and the girls aren't allowed to talk.", "RM", "ET SFW RMS", "L")
T("Referral from job centre: Romanian man signed up for UC says his 'employer' at a car wash opened his bank account and has his card. He has not seen a statement.", "WW", "NCW", "L")
