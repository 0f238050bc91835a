# Hand-written texts for Sightline's indicator detector (fresh173). Each R(...) is one text,
# written individually; the short codes below only abbreviate the labels.
import json, os
IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement", is_="isolation",
           pv="physical_sexual_violence", it="intimidation_threats", rd="retention_of_documents",
           ww="withholding_wages", db="debt_bondage", ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
E = []
def R(text, ind="", sig="", typ="", risk="l"):
    E.append((text, [IND["is_" if c == "is" else c] for c in ind.split()], [SIG[c] for c in sig.split()],
              [TYP[c] for c in typ.split()], RISK[risk]))
R("""INTELLIGENCE REPORT 2/B/P. Subject: hand car wash, unit 4 Merrow Trading Estate.

INT suggests approx 6 Romanian males working at the site 0730-2000 seven days. Workers picked up from 14 Albion Rd (terraced, 3 bed) in a silver Transit VRM KX16 PLO each morning before 0700 and returned after 2100. Source states workers hand over their bank cards to the site manager POI Florin DUMITRU (DOB 03/02/1984) who "keeps them so nobody loses them". Workers receive approx £30 cash each Sunday.

Separately, source reports that DUMITRU's cousin runs a legitimate tyre shop next door; no concerns re tyre shop staff, who were seen leaving in their own cars.

Source further states one worker, nom "Ghita", told him he still owes the boss £800 for the flight and his rent is taken out weekly so the amount "stays the same". No info re weapons.""",
  "ww db eo", "cedl et lh ncw", "L", "h")
R("""Called 101 - lady says the house opposite has had the curtains shut for months, lots of men coming and going at night, she thinks its drugs. No mention of anyone being kept there. Passed to neighbourhood team.""", "", "", "", "l")
R("""i work in the co-op and theres a young lad about 14 comes in every day after 11pm buying energy drinks with a £50 note, always a older guy waiting outside in a black merc, lad says hes from london and staying with a "mate" round here. looked scared when i asked if he was ok""",
  "av", "foa", "C", "h")
R("""Salvation Army caseworker note (client ref SA/2291).

Client, a 34-year-old Filipina, attended with interpreter. She describes working for a family in Knightsbridge for nearly three years. She says she was brought over on a domestic worker visa with the family and was told she would care for one child, work eight hours and have Sundays free. In reality she cleaned a six-bedroom house, cooked, and looked after three children and an elderly grandmother, from about 6am until past midnight. She slept on a mattress in the laundry room.

Her passport was taken by the employer "for the visa renewal" on arrival and was never returned. She was given £100 a month, which the wife said was "for your phone card", the rest being "sent to your family", though her family confirm they received nothing. She was not allowed to leave the house alone; on the rare occasions she went out it was with the driver.

She left when the family were abroad and a neighbour's nanny gave her the Kalayaan number. She is frightened that the employer will report her to immigration.""",
  "de rd ww eo rm abusive_conditions".replace("abusive_conditions","ac"), "dt lh sw rmv et foa ncw", "D", "h")
R("""Log 0412: IP reports her bike stolen from outside the gym on Canal St. CCTV requested. No further lines.""", "", "", "", "l")
R("""POI Arben KOLA, Albanian national. INT suggests KOLA runs 3 cannabis grows in residential props in Oldham area, each "gardened" by a young Vietnamese male who lives in the property. 2/C/P. Gardeners reportedly locked in, food dropped off weekly, windows boarded. One gardener believed to be 16.""",
  "av rm abusive_conditions".replace("abusive_conditions","ac"), "rmv plc", "C", "i")
R("""Midwife note, booking appt. Pt 22yo, Polish, 16/40. Attended with partner who is also the father. Pt speaks good English, works at a packing warehouse via an agency on a 40hr contract, has her own flat. Asked routine DA/enquiry questions alone: no concerns disclosed. Happy and well supported.""", "", "", "", "l")
R("""They told me in Lagos I would be a hairdresser in London and the lady would pay for my ticket. When I came the lady said I owe her 35,000 pounds and I must work in the house with men to pay. Every night. She did juju oath on me before I left so if I run my family will die. She keep my passport. I give all the money to her, she give me food only.""",
  "de db ww rd it", "dt ncw", "S", "h")
R("""GLAA inspection note — Fenland Fresh Produce Ltd (licence holder). Inspected payroll, contracts and accommodation for 42 seasonal workers. All workers paid by BACS into own accounts, payslips match hours, holiday pay correct. Caravans clean, 2 per caravan, heating working. Transport to fields free of charge. Workers interviewed without supervisors present; none raised concerns. No further action.""", "", "", "", "l")
R("""Press summary: Three men were jailed at Leicester Crown Court today for trafficking Slovak Roma workers to a food factory. The court heard the victims were recruited in Košice with promises of £350 a week; in the UK their wages went into accounts controlled by the gang and they were given £20 a week. They slept 12 to a house, were charged "rent" of £60 each a week and were beaten when they complained. One victim, who has a learning disability, was made to sign for several loans.""",
  "de ww abusive_conditions pv av".replace("abusive_conditions","ac"), "ncw oa plc", "L C", "h")
R("""Handover: 19:40 attended Nails by Lucy, High St, re. report of possible trafficking from a customer. Spoke to owner and two staff (both Vietnamese, aged 24 and 31). Both produced own passports and BRPs, have their own rented flat, showed payslips, and said they drive themselves to work. Staff spoke freely without owner present. No indicators identified. Customer updated. NFA.""", "", "", "", "l")
R("""Anonymous Crimestoppers: man called PAVEL at the recycling yard on Dock Lane takes all the Polish lads' wages and gives them beer money. they live in portacabins on site. one lad has no teeth left after pavel hit him.""",
  "ww pv ac", "ncw sw plc pa", "L", "h")
R("""School safeguarding referral. Year 10 pupil (F, 15) has been missing from school for several afternoons; seen getting into cars with older males near the retail park. She has a new phone and expensive clothes she cannot explain. Friend reports she was "made to do things" with a man's friends at a flat to pay back money for the vapes he gave her. Mum unaware.""",
  "av pv db", "", "S", "h")
R("""Door to door enquiries Fairfield Rd. No 22 occupant states the builders next door work long days but they go home in their own vans at 5pm. Nothing further.""", "", "", "", "l")
R("""Strategy meeting minutes — Child J (M, 16), 14/10.

Present: CSC (chair), police MASH, YOT, school DSL, health.

1. Background: J has been reported missing 7 times since August, found twice in Norwich and once in Lowestoft. On the last occasion he was found in a flat occupied by a heroin user, with 28 wraps of crack cocaine and £640 in cash plotted in his underwear. J told officers he "owed" £1,200 after the drugs he was carrying were taken off him in a robbery and that he "had to go back out" to clear it.

2. J's mother reports he was assaulted on return in September - black eye and cut to his hand - and that he will not say by whom. A picture of J's younger brother's school was sent to J's phone with the message "we know".

3. School: attendance 41%. DSL notes a separate issue with J's cousin (also on roll) regarding bullying; not linked.

4. Health: no GP attendances.

Actions: NRM referral (police as FR); disruption of line "TOMMY"; consider CAWN against adult named by J. Risk: high.""",
  "av db pv it", "pa", "C", "h")
R("""Anon online report: "PLEASE SOMEBODY HELP the girl at the massage place on Bridge st is being kept upstairs she told me she cant go out and the man has her passport she is crying alot. she is there NOW" """,
  "rm rd", "rmv dt", "S", "i")
R("""Bank alert (financial crime unit): 11 current accounts opened at different branches over 3 weeks, all listing the same address 31 Kestrel Way. All accounts receive wages from Quickstaff Recruitment Ltd and are emptied within an hour by ATM withdrawals at the same machine, using the cards in sequence. Account holders are Romanian nationals aged 19-27.""",
  "ww", "mbc ncw", "L", "m")
R("""A&E: male, 40s, Sudanese, fell from scaffold at a building site, suspected fractured wrist. Says he works for a construction firm, came by car with his supervisor who stayed and was helpful. Pt has own phone, wife visiting. Referred to fracture clinic. No safeguarding concerns.""", "", "", "", "l")
R("""Debrief (through interpreter, Vietnamese). He says that he came to the UK in the back of a lorry from France. The men who brought him said his family had already paid part and he must work to pay the rest, about £20,000. He was taken to a house and told to water plants and keep the lights on. He was not allowed outside and the back door was screwed shut. They brought rice and noodles once a week. He says that he slept on the floor beside the plants. He did not know which town he was in. When police came he hid in the loft because the men had told him the police would put him in prison forever.""",
  "db rm is ac it", "rmv sw plc iso foa", "C", "h")
R("""OIC note: Mrs BRADY (78) reports grandson living with her for 2 months, eats her food and doesn't pay board. Family dispute. Advice given. No offences.""", "", "", "", "l")
R("""3/C/C (not to be disseminated to partner agency without DS approval). INT suggests that female known as "Lina", approx 20, eastern European, is advertised on escort website from a flat above 18 Market Sq. Number 07700 900312 answered by male. Lina understood to be moved every week between towns.""",
  "", "", "S", "h")
R("""We reported this before. At the farm near the crossroads there are men living in a shipping container with no toilet, they work in the fields all day even Sunday, the farmer's son drives them everywhere and they dont go to the shops on their own. when my husband spoke to one of them he looked over his shoulder the whole time""",
  "ac eo rm", "plc lh et rmv fpe foa", "L", "h")
R("""Council licensing visit, The Lotus Spa. Special treatment licence lapsed in May; owner reminded to renew. Treatment rooms clean. Two therapists present, both qualified, on PAYE. No indication of sexual services. Warning letter re licence.""", "", "", "", "l")
R("""Romanian woman, 52, begging outside Tesco Extra daily. Dropped off 0800 by a male in a grey Audi and collected at 1800. Stated via google translate that the man takes the coins "for the house". Has a walking stick and one leg visibly swollen.""",
  "av ww", "cedl et pa ncw", "C", "m")
R("""Debrief note: IP describes her husband's family bringing her from Pakistan after an arranged marriage. She says she cooked and cleaned for a household of eleven, was not given any money, and was not permitted to telephone her parents. Her mother-in-law kept her passport and marriage certificate. She was hit with a belt when the chapatis were burnt. She was not allowed to go out except to the GP with her sister-in-law.""",
  "rd pv is rm ww", "dt rmv iso et", "D", "h")
R("""Police log: Report of a fight outside the Red Lion, two males arrested for s.47 assault. Both local, both intoxicated. Nothing to suggest any other matter.""", "", "", "", "l")
R("""INT: Indian national nom Harpreet, 28, works at Punjab Sweet Centre kitchen 14 hrs/day, no day off, sleeps in storeroom above kitchen. 2/B/P. Owner reportedly told staff their visas would be cancelled if they spoke to anyone.""",
  "eo ac it", "lh sw", "L", "h")
R("""Our client, Mr T, 61, was seen at the transplant unit for a routine follow-up after a living-donor kidney transplant from his daughter in 2023. Both had full assessment by the HTA and independent assessor. Donor well. No concerns.""", "", "", "", "l")
R("""Border Force, Terminal 5: female, Eritrean, 19, arrived from Addis. Travelling with a male who held both passports and both boarding passes and answered all questions for her. She had a small handbag only and could not give the address she was going to. Separated; she said she had been promised a cleaning job and had been told she would "pay back later".""",
  "av de is rd", "sfw fpe dt iso", "", "h")
R("""Witness statement (extract): I've run the car wash next to my garage for six years. The lads there are Kurdish and Iraqi. The owner, Sirwan, is strict but fair as far as I know; they go home at six, I've seen them get paid on a Friday in the office and they go to the bank themselves. One of them, Kawa, rents a room off me. I never saw anyone hurt or held back.""", "", "", "", "l")
R("""I was told I would work in a hotel in Manchester, cleaning rooms, 9 pound an hour. Man at airport take me to a house with 14 people. Next day we go to a factory cutting chicken. He keep my ID card, he say for the agency. I get payslip but money go to account he opened and he have the card. He give me 40 pound a week. If we complain he say he will send photos to our families and say we are prostitutes.""",
  "de rd ww it ac", "oa dt ncw", "L", "h")
R("""Anon report: shop on corner sells alcohol to kids after 11. Think the owner is dodgy. Thats it.""", "", "", "", "l")
R("""MASH referral (adult). Mr D, 44, British, learning disability, lives alone in council flat. Housing officer reports that for the last 6 weeks two men and a woman have been staying in the flat. Mr D has been seen sleeping on the landing. His PIP is now collected by one of the men. Neighbour has heard the door being held shut while Mr D shouts to be let in. Packages being handed over at the door at all hours. Cuckooing suspected.""",
  "av rm", "ncw rmv", "C", "h")
R("""Case review extract — Operation CRANE (2024).

The investigation began with a GLAA referral from a meat-processing plant in Wrexham, whose HR manager noticed that 9 agency workers gave the same mobile number as their emergency contact and the same address. Further enquiries found all 9 were Lithuanian men recruited through a Facebook advert offering "€1,600 a month, free accommodation".

On arrival each was charged £250 for "registration" and £15 per week for boots and gloves. Their accommodation was a two-bedroom terrace housing 11 men; several slept in the kitchen. Wages were paid into accounts the gangmaster had opened; he withdrew the money and handed back £50 a week. Two of the men told investigators the gangmaster once beat a worker with a car jack in front of them.

Not all persons reviewed were victims. The plant's own directly employed staff, and a Lithuanian supervisor named in early intelligence, were cleared: the supervisor had simply helped countrymen with translation. The case resulted in convictions under s1 and s2 MSA 2015.""",
  "de ww ac pv", "uf ppe oa ncw", "L", "h")
R("""Domestic incident: F reports partner threw her phone and pushed her into a wall during an argument about money. Bruising to upper arm. Partner arrested. DASH completed: medium. Both British, both working. No other concerns.""", "", "", "", "l")
R("""Call 999 from male, broken English, says he is in a house and cannot get out, man locked door, he has been beaten, does not know address, can hear trains. Cell site shows Wednesbury area. Units deployed.""",
  "rm pv is", "rmv iso", "", "i")
R("""Probation note: Service user (22) reports that since release he has been approached by his old dealer who says he owes £3k for drugs lost at the time of his arrest. He says he has been told he can "work it off" by running to Swansea and that his girlfriend's address was mentioned. He has not agreed. Referred to MAPPA coordinator.""",
  "db it", "", "C", "m")
R("""Hotel housekeeper (Bulgarian, 38) contacted helpline. Agency pays her by rooms cleaned, not by the hour. She says she can't finish 16 rooms in her shift so works unpaid extra hours most days. Agency deducted £90 for the uniform. She lives in her own rented room and has her documents. She wants advice on her rights.""",
  "eo", "lh ppe", "L", "m")
R("""Debrief (female, 17, Albanian). Met a boy online who said he loved her and would marry her in England. In Italy he said they needed money and she had to work in a flat with men. In London she was kept in a flat in Harrow with two other girls. The "boyfriend" had the key and took all the money. He raped her when she refused. She was allowed one phone call a month to her mother with him listening.""",
  "av de rm ww pv is", "rmv ncw iso", "S", "h")
R("""Report from member of public: there's an old man sleeping in the doorway of the bank every night. He has a dog. He says the hostel is full. Can someone check on him please.""", "", "", "", "l")
R("""INT 2/B/P: Oxford St shoplifting team. 3 Romanian females aged 13-16 seen stealing cosmetics; handed bags to adult female (POI Maria STAN) in a waiting car. Girls not enrolled in any school. STAN reportedly beats the girls if they return with too little.""",
  "av pv", "", "C", "h")
R("""Meeting minutes, Modern Slavery Partnership (extract).

Item 3 - Update from trading standards on the counterfeit tobacco seizure at Baltic Stores: 18,000 cigarettes seized, owner interviewed under caution. Staff are family members; no exploitation identified.

Item 4 - Nail bar on Granby St: follow-up visit by police and council. The young woman previously noted (Vietnamese, says 19) now has a BRP and NASS support, attends college, works Saturdays only. Previous concerns about her living above the shop resolved — she lives with her aunt.

Item 5 - Update on the Polish man found sleeping in the park: turned out he had lost his job and tenancy; referred to the homelessness team and Barka. No third party controlling him.

Item 6 - AOB: next training on 4 December.""", "", "", "", "l")
R("""Chinese national female, approx 40, found in a flat on Hope St during warrant. Flat contains 2 beds, condoms, cash box. Female had no phone, no ID, did not know the name of the town. States "boss" brings customers and food. Has bruises on her arms she would not explain.""",
  "is", "iso fpe pa", "S", "h")
R("""Caseworker note: Mr A (Eritrean, 27) says he paid smugglers $4,500 in Libya and was held in a warehouse until his family paid a further ransom. He arrived in the UK via small boat in 2024 and is now in Home Office accommodation. No one in the UK is asking him for money or controlling him; he attends English classes.""", "", "", "", "l")
R("""Public report via web form: the takeaway on Station Road - the kid on the counter is like 12 and he's there till 1am on school nights. The owner shouts at him all the time. Dont know if he's family.""",
  "av eo", "lh", "L", "h")
R("""Officer note — welfare check at 7 Rowan Close. Requested by a farm labour provider after worker missed shifts. Worker (Latvian, 30) found at home, had flu. Lives with his girlfriend. Has own car and documents. Apologised for not calling in. No concerns.""", "", "", "", "l")
R("""Intel log: Fishing vessel "Star of Hope" berthed Newlyn. 4 Filipino crew on transit visas. Source says crew have been at sea 20 hrs a day for weeks, paid $300 a month which is sent to the manning agency in Manila, and are not allowed to leave the boat when in port. 2/C/P.""",
  "eo ww rm", "lh rmv ncw", "L", "h")
R("""Police log. Male in custody for theft from Boots. Says he's homeless and hungry. Released on bail with referral to outreach. NFA re exploitation - no third party involvement.""", "", "", "", "l")
R("""Debrief, Polish male, 58. Says that a man at the bus station in Gdańsk offered work in England, "good money, house, food". He had been sleeping rough and drinking. In England he was put in a caravan with no heating and worked laying block paving from dawn till dark. He never saw wages - the boss said it went on the caravan and the food. When he asked to go home the boss laughed and said he had no money and no passport so where would he go. The boss's sons would slap him when he was slow.""",
  "av de ww rd ac eo pv", "plc lh dt ncw", "L", "h")
R("""Council housing officer: HMO at 61 Park Lane - 9 tenants in a licensed 5-person HMO. Landlord issued improvement notice. Tenants are students and hospital workers paying their own rent. Fire doors missing. Enforcement action to follow under Housing Act 2004.""",
  "", "oa", "", "l")
R("""GP note: 19F, Romanian, came with "friend" (older male) who insisted on staying in room and interpreting. Pt has recurrent STI, bruising to thighs. Pt did not make eye contact. Asked friend to leave - he refused. Pt said she works "in massage". Safeguarding lead informed.""",
  "pv", "sfw pa", "S", "h")
R("""Anon: two teenage lads, maybe 15, have been living in number 40 for a week, the man who lives there is a smackhead. They leave at night on bikes and come back at 5am. Cars pull up and one lad goes to the window.""",
  "av", "", "C", "h")
R("""Statement (extract) of a kitchen porter: "I worked at the restaurant for four months. I was paid £6 an hour which I know is below minimum wage. I complained and my boss paid the difference late but he did pay. I left for a better job and took my last wages with me. Nobody ever stopped me going anywhere." """, "", "", "", "l")
R("""INT 2/B/C (handling condition: not for disclosure to subject). POI Ledjan HOXHA linked to 6 phones. Texts show HOXHA instructing a runner to "stay in the trap till its all gone or you know what happens". Runner believed 15yo from Croydon.""",
  "av it", "", "C", "h")
R("""Victim account (transcribed from Tigrinya). "In Sudan they sold me to another group. They said I could go to Europe if I give a kidney. A doctor came to the house in Cairo and took me to a clinic. When I woke I had a cut on my side. They gave me 500 dollars, not the 5,000 they promised. Then they put me on the boat." """,
  "av de ww", "pa", "O", "h")
R("""Safeguarding referral, adult social care. Care home: The Elms. Agency carers (Zimbabwean, Indian) sponsored by a company that charged each of them £8,000 in "recruitment fees" paid through salary deductions. Staff work 60-70 hours a week, including double shifts, and are told that if they leave before the debt is cleared their sponsorship will be withdrawn and they will be deported. Six carers share a 3-bed house owned by the director.""",
  "db eo it abuse_of_vulnerability".replace("abuse_of_vulnerability","av") + " ac", "uf lh oa foa", "L", "h")
R("""Car wash on A61: staff all wearing wellies and gloves, looks busy. Manager showed officers timesheets and PAYE records. Staff live in own accommodation, two drive to work. No signs of exploitation. Gave modern slavery leaflets in Kurdish and Romanian.""", "", "", "", "l")
R("""Safeguarding note (Barnardo's). Young person, 14, F, says older man "Tyler" lets her and her friends stay at his flat and gives them weed and vodka. She says Tyler then told her she had to "be nice" to his mates because she owed him for the weed. She says she was sexually assaulted by two of them. She is still going to the flat.""",
  "av db pv", "", "S", "i")
R("""Log: Male from Slovakia presented at police station front counter. Says he works at a warehouse near Daventry through an agency, wants to report that his landlord, who is also his driver, keeps his passport and charges him £10 a day to drive him to work. He is free to leave the house but fears he will lose his job.""",
  "rd", "dt ct", "L", "m")
R("""HM Prison note: Prisoner W (Vietnamese, 17 at time of arrest) convicted of cannabis production. On reception says he was brought to the UK by men to whom his parents owe money and was told he must work in the house until the debt was paid. He had not been allowed out and had no money. Referred to NRM; s45 defence was not considered at trial.""",
  "av db rm", "rmv", "C", "h")
R("""Shoppers complained that a man with a bucket outside the station was aggressive. Police spoke to him: he is a local man with addiction issues, known to outreach, collects for himself. No organised begging.""", "", "", "", "l")
R("""Intelligence summary — Operation HAWTHORN, week 6.

Brothel network across Swindon, Reading and Oxford, managed by POI Ioana PETRE and her partner POI Marius LUCA. INT suggests at least 8 Romanian females advertised on AdultWork-style sites under rotating names. Females are driven between short-let flats every 5-7 days by LUCA in a white Vauxhall Insignia. Advert phone numbers are all held by PETRE, who replies to clients and books them.

Source (2/B/P) states the females receive "half" but that travel, flat, adverts and "protection" are taken from their half; one female was told she owed £3,000 after a flat was raided. Source has seen PETRE slap a female for being on her phone.

A further POI, Nicu ILIE, had been thought linked; enquiries show he is PETRE's landlord in Swindon only and has no involvement. The Reading flat's other tenant is a student, unconnected.

Recommendation: proceed to joint visit with NGO present; consider warrants.""",
  "ww db pv", "et ct ncw sfw", "S", "h")
R("""I'm writing because I'm worried about my friend. She went to work as an au pair for a family in Surrey through a website. She texts me she's cleaning from 6 in the morning til 11 at night, has no day off, and they dock her £50 pocket money if she breaks anything. She says she can go out on Sundays but is too tired.""",
  "eo", "lh", "D", "m")
R("""A&E: 29M, Albanian, stab wound to thigh. Refused to say how. Came in with two men who left after dropping him off. Pt requested discharge after 4 hrs. Police informed as per policy.""", "", "", "", "l")
R("""Adult safeguarding: Mrs P, 81, dementia, lives with her son. Carer notes son uses her bank card and she has no money for shopping. Financial abuse section 42 enquiry. No work involved.""",
  "", "ncw", "", "l")
R("""Debrief (male, 24, Indian, via Punjabi interpreter). He says he paid an agent in Jalandhar ₹12 lakh for a care worker visa. In the UK the sponsor had no job for him; the sponsor said he must work in a relative's takeaway instead until a care post came, unpaid, sleeping in the back. When he asked for his wages he was told they were "holding" them against the visa cost. He was warned that if he told anybody the sponsor would report him to the Home Office.""",
  "de ww it sw av".replace(" sw",""), "uf sw foa", "L", "h")
R("""Crime report: theft of diesel from a farm in Lincolnshire. The farm's seasonal workers reported it; they live in the farmhouse annex and had been out at the pub. No suspects.""", "", "", "", "l")
R("""Intel: POI Yasin GHAFOORI uses multiple Afghan teenagers to sell cannabis in the park. 2/C/P. Teenagers live at his flat, he holds their ARC cards. One was seen with a black eye.""",
  "av rd", "dt pa", "C", "h")
R("""NGO outreach note: On Friday outreach team visited three pop-up brothels advertised online. In the first, two Thai women aged late 30s said they were independent, rent the flat themselves and keep their earnings; they declined support. In the second, no answer. In the third, a young Romanian woman spoke through the door; a male voice told her to stop talking. Return visit planned.""",
  "", "sfw", "S", "h")
R("""Police log 2215. Cleaner at office block found sleeping in a cupboard. States he is from Ghana, works 2 jobs through 2 agencies, too tired to go home to Croydon between shifts. Has documents and a bank account he manages. Advised. No exploitation concerns.""",
  "", "", "", "l")
R("""Anonymous: there's a Chinese man working on the fruit farm near me who's been told he owes 30k for coming to England and he's been there 3 years and it's more now not less. they take his food and his room out of his pay. he has nowhere else to go""",
  "db ww av", "", "L", "h")
R("""Strategy discussion — Child M (F, 13). Police received a report at 16:10 today that M is currently in a car with a 31-year-old man, known for CSE offending, heading towards Blackpool. M's mother received a text from M saying "he won't let me out the car". Car VRM GF19 XRA flagged on ANPR at J32 at 16:02. Immediate action: units to intercept; mother kept updated.""",
  "av rm", "rmv", "S", "i")
R("""Debrief (Sudanese male, 31): "I worked on a building site in Birmingham for a man called Abu Khalid. He paid me 50 pound a day cash, which is less than the English workers but he always paid on Friday. I lived in my cousin's house. When I wanted to stop I stopped." Debriefer: no control indicators; adviser to discuss underpayment with ACAS.""", "", "", "", "l")
R("""INT 2/B/P: Slovak family (2 adults, 4 children) housed by POI Jozef BALOG in a 2-room flat. BALOG registered all adults for Universal Credit at his address and collects the payments; he has all their bank cards. Adults work at a sandwich factory but wages also go to BALOG's account.""",
  "ww ac", "ncw mbc oa", "L C", "h")
R("""Young man came into the advice centre asking for a food bank voucher. He works at the car wash on Derby Rd for £60 a day, 8-hour days, 5 days. He is paid in cash by the owner, keeps it himself, and says it's low but he chose it because he has no NI number yet.""",
  "", "", "", "l")
R("""Debrief, Vietnamese female, 23 (interpreter: she says that...). She says that she was told by a woman in Hai Phong that she could work in a nail salon in England and earn a lot. She says that the woman took 15,000 USD from her family as a loan. In England she was taken to a nail bar in Middlesbrough, worked from 9 until 8 every day and slept on a mattress in the back room with two other girls. She says that she was given £30 each week and the rest "paid the debt". She was never allowed to take the bus alone.""",
  "de db ww eo ac rm", "sw lh rmv ncw", "L", "h")
R("""Caller reports a girl screaming in a flat above the kebab shop, sounds like she's being hit, a man's voice shouting in a foreign language. Caller says women are often brought there late at night by car. Ongoing now.""",
  "pv", "", "", "i")
R("""Workers at the Midlands distribution centre staged a walk-out over pay cuts. Union representing them says the agency changed shift patterns without consultation. No allegations of forced labour.""", "", "", "", "l")
R("""ATM alert: same card reader at Lidl Kettering used 23 times in 40 min with 19 different debit cards, all with addresses in Corby. Withdrawals of £250 each. Referred to financial intelligence; possible labour exploitation or fraud.""",
  "", "mbc", "", "l")
R("""IP (F, 34, Nigerian) states she was brought to the UK to care for her "auntie's" children and attend college. She has never attended college. She has lived with the family 6 years and does all the housework. She is not paid. She sleeps on the kids' bedroom floor. She does not know her own immigration status; auntie says she is illegal and will be deported if she goes out.""",
  "de ww it av ac", "foa", "D", "h")
R("""Police log: Young Roma woman reported as missing by her brother; found at a friend's house in Sheffield, well, did not want to return home due to an argument. Not a victim of crime. Missing episode closed.""", "", "", "", "l")
R("""Council EHO inspection, Golden Wok takeaway. Hygiene rating 2. Inspector noted a camp bed and sleeping bag in the dry store; owner stated his nephew sometimes naps there between shifts. Nephew (22) spoken to alone: lives with parents, paid weekly, works 30 hours. Advice given re storage.""", "", "", "", "l")
R("""Report from a lorry driver: Pulled into the services at Thurrock and heard banging from a trailer parked next to me. Could hear voices saying "help" and "no air". Driver not around. Calling now.""",
  "rm ac", "rmv", "", "i")
R("""Anonymous caller (Polish): "My brother works in the mushroom farm. Boss took his passport, he is sleeping in the shed with 8 men. When my brother said he will leave, the boss's friend showed him a knife and said he knows our mother's address in Wrocław." """,
  "rd ac it", "dt oa sw", "L", "h")
R("""Officer handover — two matters:

(a) Domestic at 14 Tanner St: verbal argument, no injuries, both parties calm on arrival. Female has own job at the council and own income; no coercive control identified. DASH standard.

(b) Welfare check for a Romanian man seen sleeping in a van at the industrial estate. Van belongs to his employer, a roofing firm. He says he chooses to sleep in the van during the week to save rent and goes home to Luton at weekends. He has his ID, phone and bank card. Employer confirmed PAYE. Leaflets left. No further action.""", "", "", "", "l")
R("""CSE concerns: 15yo girl in care. Staff found photos on her phone of her in underwear, sent to an adult on Snapchat who pays her in vouchers and has asked to meet. Girl says she "doesn't mind".""",
  "av", "", "S", "h")
R("""INT 3/C/P. Unverified — a "doctor" in Birmingham is said to arrange for Pakistani men to travel to Lahore to sell kidneys for £3,000 with the recipients paying £30,000. Source says two local men have gone so far, both of whom had gambling debts.""",
  "av", "", "O", "m")
R("""Worker at a sandwich factory (Hungarian, 29) asked the union rep about overtime: she works 48 hours, paid for every hour, and can refuse overtime. Her supervisor shouted at her once. Rep advised grievance route. Not a slavery matter.""", "", "", "", "l")
R("""From the debrief: the man he called "the Captain" kept all the crew's seaman's books in a locked drawer on the bridge. Crew slept in a space below the fish hold with no ventilation. He says that when the Ghanaian crewman asked for his pay he was punched and told he'd get it "at the end of the season". No pay ever came.""",
  "rd ac pv ww", "dt plc", "L", "h")
R("""Report by a neighbour: The family at No 9 are Indian. Granny lives with them and does the cooking and the school run. She seems happy, she goes to the temple on her own and chats to everyone. I'm only reporting because someone on Facebook said old relatives are slaves sometimes. I don't think she is.""", "", "", "", "l")
R("""INT: cannabis grow discovered at 3 Beech Ave after fire. Vietnamese male, 19, found at scene with burns to hands. Electricity bypassed; windows sealed; padlock on outside of front door. Male states he was "brought here to look after the plants" and "cannot go home until the boss says".""",
  "rm ac", "rmv pa sw", "C", "h")
R("""Youth worker note: T (M, 15) says he's "working for someone" now, they give him £100 a day to carry a bag to Bournemouth. Says he can stop whenever. Found with two phones. Mum says he is out until 3am.""",
  "av", "", "C", "h")
R("""Call summary (Modern Slavery Helpline): Caller works in a Leicester garment factory. She says owner pays £4 an hour in cash, shifts are 12 hours, and workers have to wait 2 months for wages. Caller has her own documents and lives with her husband. Also reports fire exits chained shut.""",
  "ww eo ac", "lh", "L", "h")
R("""Daily briefing: Sgt asks teams to look out for a stolen silver Ford Focus, VRM AB12 CDE. Also reminder that the car wash on Elm Rd had a full inspection last month and is compliant - no need for further visits.""", "", "", "", "l")
R("""Student (Chinese, 20) reported her passport lost on the train. Embassy informed; crime reference issued for insurance. Lives in university halls.""", "", "", "", "l")
R("""Housing association referral: man living in a flat owned by "his boss" - a builder - with 6 others. Says boss keeps £100 of his £350 weekly for the room and charges £15 a day for the van to site. He has his passport. He can walk out but has nowhere to go and owes the boss £1,200 for a "loan" for his flight, which keeps going up with interest.""",
  "db ac", "ct oa", "L", "m")
R("""Albanian male, 26, found working in cannabis factory in Kent. Says he came voluntarily to earn money, was paid £2,000 a month, left the house whenever he wanted. No threats. Charged with production. No NRM (declined, no indicators).""",
  "", "", "", "l")
R("""IP, 16, Eritrean, UASC. Says on the journey through Libya smugglers beat him and held him until his uncle paid. In the UK a man from his community offered him a room and said he must work in the man's car wash to pay back the deposit. He has worked there 11 hours a day, not paid, for 5 weeks.""",
  "av pv db ww eo", "lh", "L", "h")
R("""The lady who cleans at our church is from Brazil. She says her cleaning company makes her pay £200 for her uniform and training before she could start, and charges her for the bus between jobs. But she is paid into her own account and can quit. Is that legal?""",
  "", "uf ppe ct", "", "l")
R("""Minutes: Rural crime liaison meeting. PC Jones reported that the two Bulgarian workers at Hollow Farm, previously flagged after a public report, were visited with the GLAA. Both have contracts, payslips, their own ID and a car. Accommodation is a renovated cottage. The earlier caller had confused them with a different farm. Case closed.""", "", "", "", "l")
R("""Case review summary — Household of Mr and Mrs K (diplomatic residence, W8).

Referral came from a taxi driver who twice collected a woman from the residence to take her to a church on Sunday and noticed she had no coat in winter and asked him to lend her his phone. The woman, S, an Ethiopian national aged 29, later disclosed to Kalayaan that she had been employed by the family in Riyadh and brought to London on an overseas domestic worker visa.

S reported working from 5.30am until the family went to bed, often 1-2am, seven days a week, except for two hours on Sunday when she was driven to church and collected. Her salary of $250 a month was paid to an agency in Addis Ababa and she did not know whether her family had received it. Her passport was held by Mrs K "in the safe with the family's passports". She slept in the children's playroom. She was slapped by Mrs K on at least two occasions.

Note: the family's chauffeur and cook, both British residents, live out, are paid into their own accounts, and raised no concerns; they were not assessed as victims. Diplomatic immunity limited the police response; FCDO informed.""",
  "eo ww rd pv ac rm", "lh ncw dt sw et fpe rmv", "D", "h")
R("""someone needs to check the nail shop in the precinct the girls never leave, they sleep there i see the light on at midnight and they open at 8 in the morning, there always the same 3 girls and one of them looks about 15""",
  "av eo", "sw lh", "L", "h")
R("""Log: IP reports her ex-boyfriend keeps messaging her. Harassment warning issued. No other issues.""", "", "", "", "l")
R("""Debrief (interpreter notes, Romanian). "He says that his uncle offered him work on a farm in Kent picking apples, £9 per hour, accommodation provided. He says that when he arrived the uncle took his ID card 'to register with the farm' and never gave it back. He says that for three months he was paid nothing because the uncle said the farm pays at the end of the season. He says that the uncle has now disappeared, and the farm says it paid the uncle." """,
  "de rd ww", "dt ncw", "L", "h")
R("""Community nurse: visiting Mr O (72, diabetic). Noticed a young Filipino man in the house who cooks and cleans. Asked privately: he is Mr O's nephew on a student visa, studies in the afternoon, Mr O pays his tuition. He has his own room and phone. No concerns.""", "", "", "", "l")
R("""INT 1/A/P: POI Kamil NOWAK supplying workers to 3 building sites in Bristol. Workers collected from a house on Filton Rd at 0530 and returned 2100, charged £5/day transport, £60 for hi-vis and boots deducted from first wage.""",
  "", "cedl ct ppe", "L", "m")
R("""Young man (Albanian, 19) approached the Refugee Council. He was offered work in a car wash by men at the Kent camp who said he would earn £50/day. He worked for 2 weeks but the men said his first month pays for the journey. When he said he would leave they said they would post a video of him online and tell his father he is gay. He left anyway and now lives in asylum hotel.""",
  "de db ww it", "", "L", "h")
R("""Anon: there's a woman working at the launderette all hours and her husband comes to collect her money every evening. She seems very scared of him.""",
  "ww", "ncw", "L", "m")
R("""Strategy meeting minutes — Adult at risk: Mr R (51, British, alcohol dependent).

Present: ASC (chair), police PPU, housing, substance misuse service, GP practice nurse.

1. Concern raised by substance misuse keyworker that Mr R is working unpaid for a family of travellers, tarmacking drives across the county, in exchange for alcohol and a caravan to sleep in. He says the caravan has no heating and the toilet is a bucket. He has not been seen at the service for 8 weeks.

2. Police: the family is known. Intel from 2023 (2/B/P) indicates similar pattern with two other vulnerable men. One of those men later said he had been punched by the head of the family when he tried to leave. Mr R's benefits are paid into an account the family controls.

3. GP: Mr R attended last week with a hand injury he said was from "work". He seemed unkempt and had lost a lot of weight.

4. Housing: Mr R's council flat was abandoned and then re-let.

Actions: joint police/ASC visit to the site with outreach; offer NRM; check benefit account. Risk: high.""",
  "av ww ac", "plc ncw pa", "L", "h")
R("""I reported to police that my husband had hit me. He is controlling about money but I work as a teacher and have my own salary. I left and am in a refuge. (Domestic abuse case file, no exploitation.)""", "", "", "", "l")
R("""Officer note 0340: Two Vietnamese youths (both claim 16) found walking on M6 hard shoulder. Stated they escaped from a van. Had no shoes, no phones. Said "the man will kill our families". Taken into police protection.""",
  "av it", "fpe foa", "", "h")
R("""Bank SAR: customer (female, 24) account receiving regular payments from 40+ individuals, £80-£200 each, mostly late evening, references like "massage". Cash withdrawn daily by a male seen on CCTV. Customer's mobile on file is the same as 4 other accounts.""",
  "ww", "ncw mbc", "S", "h")
R("""Agency worker (Ukrainian, 35) at a salad factory called ACAS. Her payslip showed £120 deducted for "accommodation" that she does not live in. The agency corrected it when challenged. She lives in her own flat with her daughter.""", "", "", "", "l")
R("""Intel 2/B/P. Indian restaurant, Ealing. 5 staff live above the restaurant, work 11am-1am 7 days, paid £500/month cash. Owner holds passports "for the Home Office checks". Owner's son threatens staff with deportation if they complain.""",
  "eo rd it", "sw lh dt foa", "L", "h")
R("""Debrief (Kurdish-Iranian male, 30): "The man in Calais said in England I will work in a barbershop with good money. I paid 4,000 euro. In England they take me to a car wash in Stoke. I sleep in the back room with 4 men. We work 8 to 8. Every week boss say we owe for food and room. We never got money. He take our phone at night so we can't call anyone." """,
  "de eo ac ww is", "sw oa lh iso", "L", "h")
R("""Public report: "Saw a man hitting a young woman in the car park of the Premier Inn then dragging her into a car, she was crying. Reg started WR68. Happened 10 minutes ago." """,
  "pv", "", "", "i")
R("""Police log: Travelling community site visited re complaint of noise. Families all related. Men work in landscaping and the site is well kept. No concerns.""", "", "", "", "l")
R("""INT summary: county line "DANNY" running from Liverpool into Barrow. Runners aged 14-17. Line holder reported to have slashed a runner's face with a knife after a robbery and told him he now owes £2,500. Runners housed in local drug users' flats (cuckooed). 2/B/P.""",
  "av pv db", "pa", "C", "h")
R("""Children's services: 12-year-old boy from Romania found begging with his mother at the traffic lights. Mother says they are homeless and need money for food. No other adults involved. Family referred to housing. Child not in school - education welfare informed.""", "", "", "", "l")
R("""Inspection — GLAA compliance, Supreme Staffing (labour provider), warehouse contract Daventry.

Findings: 1. Of 64 workers sampled, 12 had the same bank sort code and account number prefix; on checking, the accounts were opened by the same individual, a "team leader", who holds the cards. 2. Six workers said they paid £400 each to a man in Bucharest to get the job; the provider denied knowledge. 3. Workers transported to site in a minibus driven by the team leader; they pay him £8 a day. 4. Payslips show full NMW paid. 5. Workers interviewed said the team leader gives them "about half" of their wages in cash each Friday. 6. No evidence of violence or threats.

Outcome: licence revoked pending investigation; police referral re team leader; workers offered support.""",
  "ww", "uf ct ncw mbc sfw", "L", "m")
R("""GP letter: Mrs N (40, Pakistani) asked if she could have a letter to support her asylum claim. She lives with her sister's family. She helps with housework and childcare, has her own room, and goes to English classes. She says her sister treats her well. No exploitation.""", "", "", "", "l")
R("""Caller: my neighbour, 80ish, gave all his savings to a woman he met online who said she needed an operation. He's devastated. (Romance fraud - no exploitation of the caller's neighbour as a worker.)""", "", "", "", "l")
R("""Anon tip: the boss at Kingfisher Fisheries keeps Ghanaian lads on the boat for months. they get 200 dollars a month, the rest "saved" by the boss. they work all night hauling nets. one fell overboard last winter and nobody reported it.""",
  "ww eo ac", "lh ncw", "L", "h")
R("""Debrief (Thai female, 41): She says that she came to the UK to work in a Thai massage shop, which she knew would include sexual services. She says that the owner paid her 50% and she kept it. She says she was not forced and chose to go back to Thailand. Debriefer: she does not consider herself a victim; no control indicators disclosed.""",
  "", "", "", "l")
R("""INT 2/C/P: Eritrean teen girls (15-16) housed in a flat in Coventry by a man called "Habte" who is said to be selling them to men he meets in a café. Girls not registered with any school. One told a café worker she needed money for the "debt of the sea".""",
  "av db", "", "S", "h")
R("""Debrief extract (male, 45, Polish, homeless at time of recruitment): "I was on the street in Leeds, a man came with sandwiches and said there is work, house, everything. They took me to a house with nine other men. Next day they took us to the bank to open account, and then they kept the card. They said it is for safety. I worked in the chicken factory. They give me ten pounds and tobacco. If someone did not want to work, they took him in the garage and beat him." """,
  "av de ww pv ac", "oa ncw", "L", "h")
R("""Police log. Report from a hotel: a man booked 3 rooms for a week, different young women come and go, lots of male visitors. Hotel staff say one woman asked reception for help and said "I need to go home, he won't let me". Officers attending now.""",
  "rm", "rmv", "S", "i")
R("""Job centre work coach note: claimant says his previous agency charged him a £150 registration fee. He has since left and found work elsewhere. Passed to the Employment Agency Standards inspectorate.""",
  "", "uf", "", "l")
R("""Serious case review extract (Child Q).

Q, a 14-year-old girl of Bangladeshi heritage, was known to three agencies. Between March and November she was reported missing 11 times. On four occasions she was found in a flat above a takeaway in which three adult men lived. Q told her social worker that the men were "her friends" who gave her alcohol, cigarettes and lifts. In June a taxi driver reported to police that he had driven Q and another girl to a hotel where they were met by two men in their forties.

Q later disclosed that she had been raped by several men, that the men had taken "pictures" of her and said they would send them to her father if she stopped coming, and that she had been passed to men in other towns. The review found that professionals described Q as "making lifestyle choices" and that the threats were not recorded.

Separately the review notes that Q's older brother was arrested for a robbery during the same period; that matter was unconnected.""",
  "av pv it", "", "S", "h")
R("""I work at a Polish shop. There's a guy who comes in and buys food for like 15 men every Monday, pays with five different cards. he always has a group waiting in the van and they're not allowed to come in, he says "they stay". is this normal??""",
  "rm", "mbc rmv speaks_for_workers".replace("speaks_for_workers","sfw"), "", "m")
R("""Debrief, Sudanese male (22) via Arabic interpreter: "He says that in Libya he was held in a farm by armed men who made him work in the fields without pay and beat them with hoses every day. He escaped when the farm was attacked. In the UK he has not been exploited." Debriefer: exploitation overseas (Libya) - record for NRM.""",
  "pv ww", "", "L", "h")
R("""HR manager, logistics company: "We use an agency for night shift. Found 4 agency workers sharing one set of ID documents to pass the right-to-work check. Stopped using them and reported to Home Office." No info on control of the workers.""", "", "", "", "l")
R("""Intel: Chinese women in massage parlour on Wellington St live on premises, door buzzer controlled by manager, females never seen outside, takeaway food delivered. 2/B/P. Clients seen in the evenings.""",
  "rm", "sw rmv", "S", "h")
R("""School nurse: pupil (M, 13, Slovak) has head lice and looks underweight. Family of 7 living in 2-bed flat. Father works at a car wash. School has no concerns about the father's employment; parents engaged with school. Referred for early help re housing.""", "", "oa", "", "l")
R("""999 call 02:14: female whispering, says she is in the boot of a car, "they took me from the flat, they say they sell my kidney", car moving, cannot say where. Call dropped. Location via AML: M62 eastbound near J27.""",
  "rm", "rmv", "O", "i")
R("""Officer note: Nepali man (42) working at a security firm came in to report that his employer has not paid him for two weeks because of a payroll error. Employer contacted: payment issued today. Man lives with his family and has his documents. Civil matter.""", "", "", "", "l")
R("""Intelligence report 2/B/P — cannabis grow, Grimsby.

Fire service attended an electrical fire at 47 Cleethorpe Rd and found approx 300 plants in four rooms. A Vietnamese male (states age 15, appears young) was found hiding in the attic. He had a small rucksack with a change of clothes and no phone. He told the translator he had been in the house "since the weather was cold" and that a man came every week with food and to check the plants. The man had told him the police would beat him and send him to prison if they found him. The windows were covered and the front door deadlocked from outside; he had no key.

Neighbours (a retired couple at No 45, the Pattersons) had reported a strong smell to the council in spring; the council logged it as a drainage complaint. No link between the Pattersons and the grow.

The boy has been placed with foster carers; NRM submitted. Missing-from-care risk assessed as very high.""",
  "av rm it ac", "rmv fpe foa sw plc", "C", "h")
R("""Hi, my sister in law came from Romania to work in a hotel in Blackpool, they pay her ok but she works double shifts every day, 16 hours, and the manager says if she takes a day off she will be sacked. She has her passport and lives with us.""",
  "eo it", "lh", "L", "m")
R("""Debrief (Albanian female, 22): "The man who brought me kept me in a room in Birmingham. He brought men every day. I gave him all money. He said if I go to police he will kill my brother in Tirana, he showed me pictures of my brother's school. Now I am at the safehouse." """,
  "ww it rm", "ncw rmv", "S", "h")
R("""GP note: Patient (Somali, 30) requests letter for landlord re damp in flat. Lives with his wife. Works as a delivery rider, self-employed. Nothing else.""", "", "", "", "l")
R("""Intel 3/D/P: source heard rumours that the Chinese takeaway on Hill St "keeps illegals in the cellar". Police/immigration joint visit: no one found in the cellar, staff all legal with own documents. Rumours unfounded.""", "", "", "", "l")
R("""NHS Trust safeguarding: an unconscious Nigerian woman (approx 30) was brought to A&E by a taxi after collapsing at a private house where she works as a live-in nanny. Employers did not attend. She has severe malnutrition. When she recovered she said she has not been paid in 2 years, eats the family's leftovers, and is locked in when they go out.""",
  "ww ac rm", "pa rmv", "D", "i")
R("""Customer review left online for a car wash: "Lads here are great, done a brilliant job on my car, quick and cheap." Note added by analyst: routine review, no indicators.""", "", "", "", "l")
R("""Call to 101: Mother reports that her 17-year-old son has been staying with a man in his 30s who gives him drugs and sends him to "do drops" in Plymouth. The man took the son's phone and gave him a different one that only rings him. Son now says he owes the man £900 because he "lost a bag".""",
  "av is db", "iso", "C", "h")
R("""Migrant Help note: client (Vietnamese, 26) was offered a job by a friend of a friend at a restaurant in Glasgow. On arrival he was told the restaurant was "full" and he must work at a cannabis house instead to repay his travel. He refused and left the same day; the men threatened him by phone that he owes them £15,000 and they know his parents' village.""",
  "de db it", "", "C", "h")
R("""Meeting notes, council community safety: complaints about cars revving at the retail park. Discussed dispersal order. Also noted the pop-up barbershop with no licence — licensing to visit. No safeguarding issues raised.""", "", "", "", "l")
R("""POI Gheorghe TANASE (DOB 11/07/1979). INT suggests TANASE recruits Romanian men with disabilities for begging in Glasgow city centre. Men are dropped at pitches 0700, collected 1900, and must hand over takings of at least £100; anyone short is beaten. 2/B/P.""",
  "av ww pv", "cedl et ncw", "C", "h")
R("""Debrief notes (interpreted from Mandarin): She says that the "agent" told her the job was in a Chinese supermarket. At the house in Glasgow she was told she would sell sex. She says that she refused and the man held her down and raped her. After that she did what they said. She had to give the money to the woman who answered the phone.""",
  "de pv ww", "ncw sfw", "S", "h")
R("""Tenant complaint: "my landlord takes my rent in cash and won't give receipts" - Housing Act issue only. Tenant works at a bank.""", "", "", "", "l")
R("""INT 2/B/P: POI Adebayo OKONKWO operating a sham marriage ring. Young Nigerian women brought to UK, married to EU nationals for fee, then made to work in his cleaning company unpaid to repay £10,000 "wedding cost".""",
  "db ww", "", "L C", "h")
R("""Care home inspection (CQC, extract) — Beechwood House. The provider employs overseas carers sponsored on Health and Care visas. Carers confirmed they were not charged any recruitment fees, work contracted hours averaging 40, keep their passports, and live in housing they chose. One carer raised a one-off late payment in August, resolved. No concerns about exploitation. Rating: Good.""", "", "", "", "l")
R("""Public report (text): "the massage place near the station is defo a brothel lol, seen blokes going in at 2am" — No further information.""", "", "", "S", "h")
R("""Victim account (Indian, F, 38, domestic worker): "Madam kept my passport in her cupboard. I wake 5 o'clock, I sleep 1 o'clock. No day off in four years. I eat after the dog. When I was sick she said I must still work. She said if I leave the police will put me in jail because my visa is finished." """,
  "rd eo ac it av", "dt lh foa", "D", "h")
R("""Officer notes from a visit to Sunrise Packhouse. Approximately 120 workers on site, mostly Bulgarian and Romanian, supplied by a licensed gangmaster. Sample interviews with 10: all hold own documents, paid weekly into own accounts, hours 40-48, accommodation in a caravan park that they choose to rent. Two said they'd paid a recruiter in Bulgaria €50 for a bus ticket; reported to GLAA as an upfront fee. No other concerns.""",
  "", "uf", "", "l")
R("""Crime report: burglary at a farm shed, quad bike taken. Two farm workers (Romanian) gave statements; both work legitimately at the farm.""", "", "", "", "l")
R("""Intel summary (short): Slovak man, 33, illiterate, doing groundworks for local firm. Boss collects his Universal Credit and wages, gives him £20 on Fridays. Lives in the boss's garage on a mattress.""",
  "av ww ac", "ncw plc sw", "L", "h")
R("""Family liaison: Mother of a missing Vietnamese teenager contacted the police from Vietnam via NGO. She says her son called last month, crying, saying he was in a "house with plants" and could not leave, and that the men had told him the family still owed $25,000. He has not called since.""",
  "av rm db", "rmv", "C", "h")
R("""Statement of a nail technician (Vietnamese, 29): "I own my nail bar with my husband. We have two staff; they are paid hourly into their bank, they have their own flats. Police came because someone reported us, but we are a proper business." Officer: confirmed records; NFA.""", "", "", "", "l")
R("""Debrief: Lithuanian male, 37, recovered from a farm in Herefordshire. He says that he signed a "contract" in Lithuanian that said €400/week. In reality he got £50 a week after "deductions for housing, transport, food, tools and debt". He slept in a barn with 20 men. The gangmaster's men watched them at the fields and drove them back. When he tried to phone the embassy the gangmaster's brother took his phone and hit him.""",
  "de ww ac rm pv is db", "et oa plc ct ppe iso rmv", "L", "h")
R("""Police log: A man reported that his Albanian friend was "kidnapped" — turned out the friend had gone back to Albania voluntarily. Contact made by phone; he's fine. Log closed.""", "", "", "", "l")
R("""Health visitor note: baby (4 months) and mum (Romanian, 19) living in a house with 8 adults. Mum says her "husband" (35) keeps her phone and money, she doesn't know the address, and he takes her to "clean houses" every evening while the baby stays with another woman. She was crying.""",
  "ww is av", "ncw iso oa", "L", "h")
R("""INT: Foreign national lorry driver (Bulgarian) stopped at Dover with 5 Vietnamese nationals in trailer. Driver says he was paid €3,000 to carry them. Passengers told Border Force they are going to work in nail salons to pay back families' loans. 2/A/P.""",
  "db", "", "L", "m")
R("""Public post on community FB group (shared to police): "is anyone else worried about the big house on Ashby Road they have young girls in there and they dont go to school and they look after the little kids all day and the mum and dad drive flash cars. one girl came to the door and said she's not allowed to talk to people." """,
  "av is", "iso", "D", "h")
R("""Intel report: Organ trafficking — INT indicates a Birmingham-based broker matches UK kidney patients with "donors" from Pakistan. Donors reportedly told the kidney would be paid £8,000 but some received nothing after surgery abroad. Two patients in the area have returned from Lahore after transplants. 2/C/P.""",
  "de ww", "", "O", "h")
R("""Patient (M, 56, British) on the kidney transplant waiting list asked his consultant about buying one abroad. Consultant advised that it is illegal and dangerous. Patient agreed to remain on the NHS list. No offence.""", "", "", "", "l")
R("""Debrief report — Operation NETTLE victim 4 (male, 26, Romanian).

Recruitment: a man in his village offered work at a car factory in England, £1,800 a month, house included. He paid £300 "for the bus".

Journey: travelled by minibus with 11 others; passports collected "for the border" by the driver and never returned.

Exploitation: taken to a house in Luton with 4 bedrooms and 17 men. Each day driven at 5am to an agency warehouse and collected at 7pm. Wages paid into an account opened in his name by the gang; he was given £35 on Sundays. Told he owed £1,500 for travel and housing, rising each week with "fines" for being late or using too much electricity.

Control: the head of the house, "Big Nelu", told them Romanian police work for him; one man who ran away was brought back and beaten in front of everyone. He did not know the address and had no phone.

Exit: a warehouse supervisor noticed that he fainted on shift and called the agency's welfare line.""",
  "de rd ww db pv it is ac", "uf dt cedl et ncw oa iso", "L", "h")
R("""Anonymous: A lad who works at the chippy says he's not paid for overtime, otherwise he's fine. Can u look into it""",
  "", "", "", "l")
R("""Intel 2/B/P: female, Nigerian, 17, working as a "house girl" for a pastor's family in Peckham. Not in school. Sleeps in kitchen. Family say she is a niece. She told a church member she was "bought" from her parents for the family.""",
  "av ac", "sw", "D", "h")
R("""PCSO report: Group of young men loitering near the skate park smoking weed. Dispersed. Nothing else.""", "", "", "", "l")
R("""Debrief (Eritrean female, 25). In Libya she was kept in a warehouse by smugglers for 6 months. The guards took women at night and raped them. Her family paid $6,000 to release her. She arrived in UK and was offered a job in a café by a man from her community who later demanded she sleep with him to "keep the job"; she refused and left. She is now with her sister.""",
  "pv", "", "S", "h")
R("""NGO caseworker: "Client (Polish, 60) says employer at the laundry has not paid him for 3 months and he sleeps on the laundry floor because the employer took away his room when he complained. Employer told him he will get everything at Christmas. He is scared of being homeless again." """,
  "ww ac av", "sw", "L", "h")
R("""INT 2/C/P: POI Dritan BEQIRI. Albanian males housed in Finchley, work as labourers on loft conversions. BEQIRI takes a "fee" of £200 per week from each. Workers said to owe him for the lorry crossing. No further details.""",
  "db ww", "ncw", "L", "m")
R("""Police note: Elderly Chinese man found wandering, confused. Family located, he lives with his son's family who care for him. Returned home. No concerns.""", "", "", "", "l")
R("""I'm a taxi driver. Every night at 11 I pick up two girls from the flats on Lime St and take them to different hotels, a man books it and pays. They never talk and one had a bruise on her face last week. He always tells me the hotel not them""",
  "", "sfw et pa", "S", "h")
R("""Debrief (Pakistani male, 23, via Urdu interpreter): "He says that his employer at the sweet factory in Bradford brought him on a student visa and said he would go to college. He never went. He says that he worked 70 hours a week. His wage went into the employer's business account 'for fees'. His passport is in the factory office." """,
  "de eo ww rd", "lh ncw dt", "L", "h")
R("""Traffic stop: Transit van, 9 men in the back with no seats, going to a vegetable farm. Driver is the gangmaster. Workers say they pay £10 each per day for the ride. One man had a swollen face and said he fell. Van seized (no insurance).""",
  "ac", "ct et pa", "L", "m")
R("""Community safety officer: The Eastern European shop workers complained the owner shouts at them and pays late sometimes. All paid eventually, all live independently. Advice given re employment rights.""", "", "", "", "l")
R("""INT: Romanian female (18) in pop-up brothel in Leeds. She told a punter "I have to make £500 or he hits me". Punter reported via Crimestoppers.""",
  "it", "", "S", "h")
R("""Social worker's note: "B (16, Afghan, UASC) says that while he lived with his 'uncle' before coming into care, he was made to work in the uncle's car wash after school and at weekends, every day, unpaid. Uncle took his phone 'so he wouldn't get distracted' and told him the Home Office would deport him if he told the school." """,
  "av eo ww is it", "iso foa lh", "L", "h")
R("""Border Force note: Romanian female (21) arrived Luton; return ticket; had address of a hotel where she said she will work as a waitress. Hotel confirmed a job offer, contract shown. Admitted. No concerns.""", "", "", "", "l")
R("""Case file summary, NRM referral: male (Eritrean, 19) worked in a hand car wash in Coventry 7 days a week for 8 months. Boss "looked after" his money and gave him £10 a day for food. He slept in a storage container at the car wash. He was told he would be sent back to Libya if he left.""",
  "eo ww ac it", "lh sw ncw plc", "L", "h")
R("""Minutes — Joint Tasking (Modern Slavery & Organised Immigration Crime), 3 March.

1. Op LARCH (brothels): two further flats identified via adverts; both advertised women said to be "new in town" with the same phone number. Plan: welfare visits with NGO on 7 March.

2. Referral from Trading Standards regarding fake designer goods in Fairview Market. Stall holders are British and Turkish traders; no workers under control identified. No MS angle — passed back to TS.

3. County lines: "BLADE" line; runner (M, 15) stabbed in the arm last week in a dispute; line holder now requiring runner's younger friend to replace him. Safeguarding referrals made for both boys.

4. Nail bar on Church St: previous intel (that workers are locked in at night) NOT substantiated on visit: staff have keys and live in a shared house they rent themselves. Closed.

5. AOB — training refresh for response officers.""",
  "av pv", "", "S C", "h")
R("""Debrief (male, 19, Ghanaian, via Twi interpreter): "He says a man promised him football trials at a club in England. There were no trials. He was made to sell phones stolen by others and carry drugs. The man kept his passport and said he owed £7,000 for the visa." """,
  "de rd db", "dt", "C", "h")
R("""Letter to MP: "My son works at an Amazon warehouse via an agency. The targets are brutal and he works night shifts. He's paid properly though." Forwarded to DWP; no exploitation.""", "", "", "", "l")
R("""Intel 2/B/P: Ukrainian refugee women in Bristol offered "cleaning work" by a man through a Telegram group. Two women who went were taken to a flat, told to have sex with clients, and told their children in the UK would be "looked at" if they left.""",
  "de it av", "", "S", "h")
R("""Police log. Member of public reports a child (approx 10) sweeping the floor in a restaurant kitchen at 10pm. Officer attended: family-run restaurant, child is the owner's son, waiting for parents to finish. Child well, goes to school. Advice given.""", "", "", "", "l")
R("""INT: Indian national couple run a chain of 4 convenience stores. Staff (Indian students) work 80+ hours, their visas sponsored by the couple. Students told any complaint = sponsorship withdrawn. Students' pay goes into "joint" accounts with the couple. 2/C/P.""",
  "eo it ww av", "lh ncw", "L", "h")
R("""Caseworker (Medaille Trust) update: Client (Hungarian, 44) now in safehouse. He confirms that during 2 years at the farm in Lincolnshire he was never allowed to leave the farm without the farmer's son, that he slept in a stable and that the farmer kept his ID card "so he wouldn't lose it".""",
  "rm rd ac", "rmv et sw dt plc", "L", "h")
R("""Anonymous tip: the guy who runs the barbers on Moss Lane is selling fake Rolexes. No workers mentioned.""", "", "", "", "l")
R("""Witness statement: "I saw the boss of the warehouse hit a young Asian worker in the face because he dropped a box. The lad didn't react, he just carried on. The other workers looked scared." """,
  "pv", "", "L", "h")
R("""Debrief (Romanian woman, 47): "My daughter's boyfriend said there is work in the UK in care, for old people. I went. There was a house with old people but I was not a carer, I cleaned and cooked for the owner's family. They said my salary goes to pay the flight and the agency. I worked a year and never got paid." """,
  "de ww db", "", "D", "h")
R("""Public report: "There's a man begging at the bus station he's got no legs and he gets dropped off every morning at 6 by a man in a van and picked up at 7pm. the man takes the cup of money. been happening for months" """,
  "av ww", "cedl et ncw", "C", "m")
R("""Liaison note (Home Office, Immigration Enforcement): visa overstayer (Bangladeshi, 35) encountered at work in a restaurant. Says employer knows his status and pays £3/hour, has threatened to call immigration if he asks for more. He lives with friends.""",
  "av it", "", "L", "m")
R("""The boy's father, Mr S, reported that his son (17) was offered a modelling job on Instagram. When he arrived for the "shoot" in Manchester he was asked to take explicit photos for an OnlyFans account run by the photographer, who said he'd already paid for his train so he owed £400. The son refused, left, and contacted his dad.""",
  "de av", "", "", "h")
R("""INT summary: county line "ACE" uses a disabled woman's flat in Hastings as a base. She is 48, has MS, and says she lets them stay because they threatened to burn the flat down. She receives drugs in return. Runners from London aged 15 and 16 stay for days at a time. 2/B/P.""",
  "av it", "", "C", "h")
R("""Caseworker: client (Vietnamese, 20) freed from a nail bar in Nottingham. "She says that she did all the manicures and pedicures, 9am to 9pm, and the boss paid her £200 a month and kept the rest for her debt. She slept on a sofa in the shop. The boss's wife went with her to the toilet in the shopping centre. She says that she was beaten with a hair dryer once." """,
  "eo ww db ac rm pv", "lh sw rmv et", "L", "h")
R("""Police log: Noise nuisance report, student party. Advised. NFA.""", "", "", "", "l")
R("""Intelligence summary — Operation BRAMBLE (food packing, Spalding), week 3.

1. Background. Intelligence from three sources indicates that a Bulgarian couple, POIs Stoyan and Vesela ANGELOV, supply around 30 Bulgarian and Roma workers to two packhouses through a licensed labour provider, which appears unaware.

2. Control. Source A (2/B/P) states new arrivals are met at Luton airport by Vesela, who collects their ID cards "for registration" and keeps them in a shoebox at 8 Winsover Rd. Workers are not told the address of the house they are taken to; they are given SIM cards that only call Stoyan. The workers' own phones are "looked after". Source B (2/C/P) states workers are told they owe £600 each for travel and paperwork, recovered at £100 per week, with "fines" for lateness that push the total up.

3. Conditions. Houses at Winsover Rd and Park Rd each hold 12-15 people; mattresses in the lounge and garage.

4. Not linked. A third address, 22 Holland St, previously suspected, is occupied by a Polish family with no connection. The packhouse supervisor, POI Ivan DIMOV, is assessed as a victim, not a suspect: he too owes the couple money.

5. Next steps: GLAA joint visit, financial checks on the ANGELOVs' accounts.""",
  "rd is db ac", "dt iso oa", "L", "h")
R("""My mum's carer told her she's not been home to the Philippines in 5 years because the agency won't give her passport back and says she still owes them for the visa. She works nights and days at the care home. She's really sweet and she's scared.""",
  "rd db eo", "dt lh foa", "L", "h")
R("""Log 1130: report of a man selling counterfeit DVDs at the car boot. Trading standards informed. NFA for police.""", "", "", "", "l")
R("""Debrief (female, 31, Romanian, through interpreter). She says that she met a man on Facebook who offered her a job as a cleaner in a hotel in Birmingham. When she arrived he took her to a flat and took her phone away. He said there was no hotel and she would "work with men". He kept her in the flat for four months and she never went out. She did not know what city she was in until the police told her. She says that the men who came were sometimes violent and that he took every pound.""",
  "de is rm pv ww", "iso rmv ncw", "S", "h")
R("""School DSL: pupil (Y9, M) says his older brother's friend pays him £20 to "hold stuff" in his bag after school. Mum has been told. Boy says no one has threatened him. Police SPOC informed re possible criminal exploitation.""",
  "av", "", "C", "h")
R("""Welfare visit report, 11 Coronation Terrace. Reason: anonymous call that "Polish workers are crammed in". Found: 4 Polish men, 3 bedrooms, all employed by a food factory through a licensed agency, each with a tenancy agreement with a private landlord, own ID, own bank cards. They cook together and play football on Sundays. No indicators. Leaflets provided.""", "", "", "", "l")
R("""INT 2/B/P: "Doctor" Samir (surname unknown) said to be recruiting homeless Egyptian men in London to travel to Cairo for kidney removal; men promised £10,000, given a fraction on return. One returned man is now very ill and living on the street.""",
  "av de ww", "pa", "O", "h")
R("""Anon (all caps): "THE MAN AT NUMBER 12 KEEPS HIS WIFES SISTER LIKE A SLAVE SHE DOES ALL THE HOUSEWORK AND THE KIDS AND SHES NEVER ALLOWED OUT ON HER OWN AND HE TAKES HER PHONE OFF HER I SEEN HIM SLAP HER IN THE GARDEN" """,
  "rm is pv", "rmv iso", "D", "h")
R("""Probation: P (29) says he is working cash-in-hand on a building site, gets £80 a day. Employer is a friend of his uncle. He can go home when he likes. Advised on declaring income.""", "", "", "", "l")
R("""GP note: Young woman (Albanian, 20) brought by the "cousin" for contraception. Cousin answered every question and would not leave. Pt wrote on a piece of paper "help me he sells me". Practice manager called police while cousin in waiting room.""",
  "rm", "sfw rmv", "S", "i")
R("""Debrief (Vietnamese male, 17): "He says that in the house in Manchester he had to water the plants. Two men came every week. One day the power tripped and the man hit him with a metal pipe. He says he was told his family would be killed if he ran away. He did not have a phone." """,
  "av pv it is", "iso", "C", "h")
R("""Housing officer: Tenant (Romanian, 30) complains that her landlord, who is not her employer, entered the flat without notice. Works at a hotel on a contract, paid monthly. Civil tenancy issue.""", "", "", "", "l")
R("""Case review — Operation SEAGLASS (fishing industry), findings of the multi-agency review.

The review examined how six Filipino and Indonesian deckhands were exploited on two scallop dredgers out of a Scottish port between 2021 and 2023, and why earlier contacts did not lead to intervention.

Findings on the exploitation: the men were hired by a manning agency in Cebu, which charged them each about $1,500 in placement fees that they had to repay out of their wages. On board they worked shifts of up to 20 hours during trips of 10 days. Wages, promised at $1,200 a month, were paid to the agency and the men received $400, with the balance said to be "held" until the contract ended. Between trips they lived on the vessels, with no heating, and were told by the skipper that they were not permitted ashore because their transit visas did not allow it. A deckhand who raised his pay with the skipper was punched and told he would be "put off in the Philippines with nothing".

Findings on earlier contacts: a port chaplain raised concerns in 2022 but the report went to the wrong inbox. A separate MCA inspection in 2022 identified safety defects in a third vessel owned by a different company; that vessel's crew were UK residents with no exploitation concerns.""",
  "uf".replace("uf","db") + " eo ww rm ac pv it", "uf lh ncw rmv sw plc", "L", "h")
R("""cant believe no one does anything about the car wash by the roundabout, the lads look like they havent eaten in weeks, work in the rain in flip flops no gloves, one of them told me he gets paid "when boss happy" which is never""",
  "ww ac", "pa", "L", "m")
R("""Call 101: woman says her Chinese neighbour who works as a cook in a restaurant has been paid nothing for 6 weeks, and the owner keeps saying "next week". He lives in the owner's flat above the restaurant. He says he is frightened to leave because he owes the owner for his visa.""",
  "ww db", "sw", "L", "m")
R("""Officer note: two Sri Lankan men at the petrol station kiosk working till midnight, approached as part of Op AIDANT. Both said they are paid hourly via payroll, work 40 hours, share a rented flat and have their own documents. Manager showed rotas. No concerns identified.""", "", "", "", "l")
R("""INT 2/B/P: female (Brazilian, 26) advertising as escort in Aberdeen. Her adverts are placed by a man who also books her flights. She told a client he takes 70% and she has to pay back £4,000 for her flight and the flat.""",
  "ww db", "sfw", "S", "h")
R("""Debrief (Indian female, 52) via Hindi interpreter: "She says that she came with her employer, a businessman, to London on his visa as a domestic worker. She says that she cleaned, cooked and massaged the employer's mother from 6am to midnight. She says she was given food only once a day and was shouted at and pulled by the hair. She says she was not allowed to speak to the other Indian woman next door. She received no wages; her employer said he sent them to her son but her son received nothing." """,
  "eo ac pv is ww", "lh iso", "D", "h")
R("""A&E: 38M, Polish, presented with chest pain. Works at a warehouse, lives with his partner. Discharged. No safeguarding.""", "", "", "", "l")
R("""INT 2/C/P: Chinese students in Sheffield used as money mules. Unknown males "borrow" their bank accounts and cards for £200; some students threatened when they tried to close accounts. Accounts used to launder proceeds of fraud.""",
  "it", "mbc ncw", "C", "m")
R("""Anon report: my boyfriends brother works for a man who does roofing, the man picks him up at 5 and drops him back at 10 at night and takes half his wages for 'transport and the digs', he lives in the mans caravan with 3 others. is that legal??""",
  "ww eo ac", "cedl ct lh oa", "L", "h")
R("""Children's social care referral: Child K (F, 16, Vietnamese) presented at a police station in Kent saying she had been in a lorry. She says "an aunt" in London is waiting for her and she must call the number on a piece of paper she has. She has no luggage. Police are concerned she will go missing to traffickers tonight. Placed in supported accommodation with staff watching.""",
  "av", "fpe", "", "i")
R("""Complaint from a hotel guest: "room cleaner stole my earrings". Investigated, found in the guest's bag. No offence.""", "", "", "", "l")
R("""Debrief (Romanian male, 52, homeless, alcohol dependent): "They picked me up outside the church in Bucharest. They gave me drink every day and told me I would earn money in England. In England I was sent to beg outside a supermarket in Reading. At night I gave them everything. If it was not enough they did not give me the drink." """,
  "av de ww", "ncw", "C", "h")
R("""Trading standards and police joint visit to Golden Nails, Eastfield. Findings: 3 Vietnamese technicians aged 19-23. Manager (Vietnamese male) answered every question on their behalf. Technicians have no documents; manager says they're "with my wife". All three sleep upstairs in one room with mattresses on the floor. Manager says they are paid but none could say how much. Technicians visibly nervous.""",
  "rd ac", "sfw dt sw oa", "L", "h")
R("""Staff reported a female colleague who has gone off sick for stress; her line manager had been bullying her. HR investigation. No exploitation.""", "", "", "", "l")
R("""Intel: POI Lukasz WISNIEWSKI "lends" money to newly arrived Polish workers in Crewe and collects their debit cards and PINs as "security"; interest of £50/week added. Workers at the food factory hand over their wages for months. 2/B/P.""",
  "db ww", "ncw mbc", "L", "m")
R("""Meeting note — Adult Safeguarding Board, case discussion (anonymised).

Mrs Z, 63, Bangladeshi, was brought to the UK by her son in 2019 "to help with the grandchildren". She speaks no English. Concerns were raised by a pharmacy worker who noticed her collecting medication for the family and looking thin and frail. When seen by a Bengali-speaking social worker with no family present, she said she is expected to cook, clean and look after four grandchildren from early morning until night, that she sleeps in the box room and that her daughter-in-law keeps her passport. She said she is not hit but is shouted at and told she will be "sent back with nothing". She can walk to the mosque on Fridays.

Separately the Board reviewed the case of Mr Y, whose son manages his finances under a lasting power of attorney; no concerns.

Outcome: s42 enquiry; advice that the household arrangement may amount to domestic servitude; referral to NRM offered to Mrs Z.""",
  "av rd it eo", "dt pa lh", "D", "h")
R("""Text to 999 (deaf line): "im at the car wash in ilford they locked me in the shed boss hit me with hose pipe please come quick i cant breathe good" """,
  "rm pv", "rmv", "L", "i")
R("""Debrief summary: The claimant (Eritrean, 34) told us he worked at a meat plant via a licensed agency. His concern is that the agency underpaid his holiday pay by £140. He has his own flat, documents and bank account. Referred to the Employment Tribunal advice line; not an MS case.""", "", "", "", "l")
R("""INT 2/B/P: Nigerian male, 40, known as "Chief", arranges for young women from Benin City to come to UK. Women made to swear an oath at a shrine promising to repay €40,000. In UK, women sell sex in flats in Northampton; "Chief" collects all earnings. Women told that their relatives will go mad if they break the oath.""",
  "db ww it av", "ncw", "S", "h")
R("""Police log: A Lithuanian man reported his friend missing after a night out. Friend found in hospital with alcohol poisoning. Closed.""", "", "", "", "l")
R("""Public report via website: "the chinese restaurant on main st - i used to work there. the chef sleeps in the kitchen on cardboard, boss pays him only £300 month and has his passport, he works 7 days 10am to midnight, he doesnt speak english and dont know where to go" """,
  "ac ww rd eo av", "sw plc dt lh", "L", "h")
R("""Interpreter-assisted interview (Albanian male, 17, UASC). He says that a man in Tirana paid for his journey and said he would work in a car wash. In England the man sent him to a house in Swindon to guard cannabis. He says he did not get any money and the man said his debt was £18,000. He says he was shown a video on the man's phone of another boy being beaten "because he ran". He was not allowed to leave the house.""",
  "av de db ww it rm", "rmv", "C", "h")
R("""Officer note: Inspection of a Sikh gurdwara kitchen after a complaint of "unpaid workers". The helpers are volunteers doing seva, go home daily, no control. No concerns.""", "", "", "", "l")
R("""Intel log (short): kidney sale advertised on Facebook group "Kidney donors UK" — poster offering £20k for an O+ kidney. Posters' account linked to a number in Turkey. Passed to NCA.""",
  "", "", "O", "m")
R("""Debrief (Sudanese, 24): "The men in Cairo said they would help me get papers. They put me in a hospital and took my kidney without telling me. I woke up and they said it was for my operation. I had no operation. They gave me nothing." """,
  "de pv", "pa", "O", "h")
R("""Refuge worker note: woman (Pakistani, 28) fled her husband. She said her in-laws forced her to work in the family's clothing shop 12 hours a day for no pay and took her passport and jewellery. Her husband raped her. She was not allowed to contact her family in Pakistan.""",
  "eo ww rd pv is", "lh dt iso", "L", "h")
R("""Press release: Police appeal for witnesses after a collision on the A1. Road closed for 3 hours.""", "", "", "", "l")
R("""INT 2/B/P: young British woman with learning disability, 19, groomed by a man who calls himself her boyfriend; he arranges for her to have sex with his friends for money which he keeps. Her social worker says she thinks it is normal.""",
  "av ww", "ncw", "S", "h")
R("""Note for file (GLAA intelligence officer): worker at a flower farm (Romanian, 33) phoned to ask whether the farm can charge £5 a week for gloves and knives. He is paid properly otherwise and lives in his own caravan. Advice: PPE must be free. Farm contacted and agreed to stop.""",
  "", "ppe", "", "l")
R("""Anonymous letter received at the station (transcribed): "There are men living at the back of the scrapyard on Hallam Rd. The owner Dave brings them in from Poland and Lithuania. They work there all day every day taking cars apart with no masks or boots. I have seen one with burns all up his arm. They sleep in an old bus. Dave keeps their wages 'for them' and they get a few quid for cigs. Please don't say it was me." """,
  "ac eo ww", "plc lh pa ncw sw", "L", "h")
R("""Probation (prison) note: Prisoner F (Albanian, 23) serving sentence for cannabis production. Says he came to the UK "for a better life" and agreed to work at the grow for £1,500 a month, was paid, had his own phone and went to the shop daily. No coercion disclosed. NRM discussed and declined.""", "", "", "", "l")
R("""Debrief (F, 15, British) — "She said the older boys took her to parties in a flat in Rotherham where she was given drink and then made to have sex with men. One of them said he'd tell her mum she was a slag and burn her house if she told anyone." """,
  "av pv it", "", "S", "h")
R("""Council licensing officer: the minicab firm's drivers are self-employed and licensed. Complaint about fares. No worker welfare issues.""", "", "", "", "l")
R("""999: female caller (Polish) says her husband is holding their neighbour's Romanian worker in the garage, tied up, because he "stole" from the yard, and her husband says he will "finish him" tonight. Officers dispatched.""",
  "rm it pv", "rmv", "L", "i")
R("""NRM referral summary — male, 33, Slovak Roma, learning difficulties. Worked for a family in Kent laying driveways for 4 years. Never paid; told his wages went on his food and cigarettes. Slept in a horsebox. Was kicked and punched when he made mistakes. Family kept his ID card. He had no phone and no contact with his relatives in Slovakia.""",
  "av ww pv rd is ac", "plc dt iso", "L", "h")
R("""Call summary: Man rang the helpline because his employer, a landscaper, hasn't given him a contract and pays him cash. He says he gets his money every Friday and can quit. Wanted to know about NI contributions. Referred to HMRC. No exploitation.""", "", "", "", "l")
R("""Intel 2/C/P: POI Nguyen Van T believed to "rent out" Vietnamese women to nail bars in Wales. Women's passports held by Nguyen's girlfriend. Women taken to work by car, collected late. Women pay £200/month "for the lift".""",
  "rd", "dt et cedl ct", "L", "m")
R("""Debrief (Eritrean female, 20, via Tigrinya interpreter): "She says that she came to stay with a family from her church in London who said she could study. She looks after their three children and cleans all day. She has never been to a college. She says the mother took her phone 'because she spent too long on it' and she has not spoken to her family for a year. She is given no money." """,
  "de ww is", "iso", "D", "h")
R("""Anon: the big warehouse on Orbital Park works people really hard, 12 hour shifts, but they get paid overtime and it's all above board, my son works there. Just thought I'd say because someone said online they were slaves, it's not true.""", "", "", "", "l")
R("""Strategy meeting minutes — Child L (M, 15), 9 May.

Attendees: CSC, police (CE team), school, YOT, CAMHS.

Summary: L was found in a flat in Scarborough on 6 May when officers executed a warrant; he had 40 wraps and a phone with the line "SHEPPY" on it. The flat's tenant, a 58-year-old man with a heroin habit, says "the boys" moved in two weeks earlier and he now sleeps in the bath. L says he was sent by "Kez" and that he had to stay until he'd sold everything. He says he cannot go home because he owes Kez for a phone and a package that was "robbed".

L's mother reports he came home on 7 May with a burn mark on his back. L says it is from an iron. CAMHS notes L has ADHD and struggles to judge risk.

School notes an unrelated incident of a fight in the playground with a classmate last term.

Decisions: L remains high risk; NRM referral made; CAWN to be served on Kez if identified; tenant referred to ASC (cuckooing).""",
  "av db pv rm", "pa rmv", "C", "h")
R("""Construction site manager: "We had a report that one of our subcontractor's labourers was being forced to work. We spoke to him with a Romanian interpreter; he said he is paid the day rate into his own account, lives with his wife and came to the UK on his own. No concerns found. We've reminded all subbies of our MS policy." """, "", "", "", "l")
R("""INT 2/B/P: POI runs a "beauty salon" that is a front for sexual services; masseuses (Thai, Chinese) live on site and are not allowed out without him; their earnings go to him. One masseuse reported a client raped her; the POI told her not to call police.""",
  "rm ww pv", "sw rmv ncw", "S", "h")
R("""GP note: 27F, Romanian, pregnant 30/40, attends with her own mum. Works at a packhouse, has her own flat, partner supportive. Discussed antenatal classes. NAD.""", "", "", "", "l")
R("""Report from a fruit farm worker (Nepali, 41, Seasonal Worker visa), via NGO: "We paid £5,000 to the agent in Kathmandu for this job. The farm sent some of us home after six weeks because there was no more picking, so we cannot pay the loan. On the farm we were treated OK and paid properly." NGO note: debt incurred abroad; no control by the UK employer.""",
  "", "uf", "", "l")
R("""Debrief (Chinese male, 34) — "He says that he was sent by 'snakeheads' and that his family in Fujian owe £30,000. In London he worked in a Chinese takeaway for 14 hours a day, slept in the kitchen, and the owner paid his wages to the snakehead. He has never seen his pay." """,
  "db eo ww ac", "lh sw ncw", "L", "h")
R("""Crimestoppers: man at 33 Alder Rd is a drug dealer, lots of visitors. No info about young people or workers.""", "", "", "", "l")
R("""INT: POI Florin RADU operates a benefit fraud scheme in which Romanian nationals are brought to UK, NI numbers and bank accounts set up in their names, Universal Credit claimed to addresses RADU controls; the individuals are made to work on building sites for RADU's associates while their benefits go to RADU. 2/B/P.""",
  "ww", "ncw", "L C", "m")
R("""Debrief (female, 19, Hungarian) — "I met him in Budapest, he said his friend owns a bar in London and I can be waitress. In London he took me to a flat and said I have to sell sex to pay for the ticket, 2,000 pounds. He hit me with a belt when I said no. The door was locked always." """,
  "de db pv rm", "rmv", "S", "h")
R("""Probation: offender (British, 45) says he works for his brother's firm as a labourer for £100 a day. Lives at home. No concerns.""", "", "", "", "l")
R("""Police log: IP reports a woman being "kept in a car" outside her house. Officers attended — the woman was waiting for her partner who was in the shop; she confirmed she was fine and had the car keys. No offences.""", "", "", "", "l")
R("""Case note (Salvation Army, outreach): "Mr P (Polish, 49) has been living in a tent in the woods near the farm where he works. The farm's gangmaster gives him £10 a day and says the rest pays off 'what you owe for the van'. He has been told that if he goes to the police they will deport him because he has no settled status." """,
  "ww db it av", "plc foa", "L", "h")
R("""Anon (spelling as received): "theres a indian lady at the big house near the park she works for a family she looks so tierd and thin and is alwyas in the garden doing work even at night, the kids shout at her, i never seen her go out" """,
  "eo", "pa lh", "D", "m")
R("""Intel 2/B/P: three Vietnamese teenage girls (15-17) working in nail bars in Cardiff. They live with the owner, do not attend school, and are driven to and from work. One told a customer she "cannot go home until mother's loan is finished".""",
  "av db", "et", "L", "h")
R("""Bank (fraud team) note: customer (student, 20) reported that her account was used to receive £9,000 after she answered an Instagram post offering "easy money". She says she gave her card to a man who gave her £300. Customer interviewed; she has not been threatened. Account closed.""",
  "", "", "C", "m")
R("""Meeting minutes — Farm Labour Provider Forum, Herefordshire (extract).

The forum discussed the new season. All providers confirmed they will not charge workers for transport from accommodation to the fields and that caravans will be checked for overcrowding. GLAA presented a recent case elsewhere in which workers were charged £250 for "registration", taken by minibus at 4am, and housed 8 to a caravan; the provider's licence was revoked.

One provider asked about workers who choose to share a bed to save rent; GLAA advised that provided accommodation must meet standards regardless.

No local cases of exploitation were reported at this meeting.""", "", "", "", "l")
R("""INT: POI Marek supplies Slovak men to a car wash in Sunderland. Men live above the car wash, paid £20/day, washing cars 8am-8pm every day. Marek keeps their Slovak ID cards. 2/B/P.""",
  "ac eo rd ww", "sw lh dt", "L", "h")
R("""Visit to 14 Rose Court following a housing complaint that a tenant's flat is "being used by other people". Tenant (F, 52, British, vulnerable through alcohol use) says her nephew's friends "come round sometimes" but denies any drug dealing or pressure. No drugs found. Tenant declined support. Police to monitor.""", "", "", "", "l")
R("""Debrief (male, 28, Nigerian): "My 'uncle' in Lagos said a restaurant in London will employ me. When I came the restaurant was his friend's. I worked in the kitchen from 10am to 2am, no day off, for food and a mattress in the store room. He said my visa money must be paid first. After 9 months I asked for my wage and his friend threatened to burn me with hot oil." """,
  "de eo ww db ac it", "lh sw", "L", "h")
R("""Caller (British, 70) reports his pension is being taken by his grandson who lives with him; the grandson has his bank card. Referred to adult social care.""",
  "", "ncw", "", "l")
R("""INT 2/C/P: Romanian woman, 35, said to have "sold" her 14-year-old daughter into marriage with a man in Birmingham; daughter now lives with the man's family, doesn't attend school, does housework. Source says the girl is not allowed to leave the house.""",
  "av rm", "rmv", "D S", "h")
R("""Air ambulance note: farm worker (Latvian, 25) crushed by a tractor. Employer called 999 immediately and accompanied him. HSE informed. No exploitation indicators; worker had full contract and PPE.""", "", "", "", "l")
R("""Debrief (Indonesian female, 36, domestic worker with Middle Eastern family visiting London for the summer): "She says that she was locked in the apartment when the family went out. She says that she had to sleep in the hallway. She says that she worked from 6 in the morning until 3 in the night. She says she has not been paid for 8 months and her passport is with Madam." She escaped from the apartment while the family were at Harrods.""",
  "rm ac eo ww rd", "rmv lh dt", "D", "h")
R("""Police log 1945: Report of a hit and run. Car found abandoned. Owner traced. Nothing else of note.""", "", "", "", "l")
R("""Youth worker: "Got told by a 16-year-old in the youth club that his mate (also 16) is 'working' for some guys in a flat on the estate, they've taken his phone and he's been sleeping there for three days." Police informed.""",
  "av is", "iso", "C", "i")
R("""Intel 2/B/P: POI Alin MIHAI transports Romanian women to Ireland and Scotland via ferry for sex work; he drives, books accommodation and holds the women's ID cards during the journeys. At least one woman has a broken arm.""",
  "rd", "et dt pa", "S", "h")
R("""Debrief: woman (Somali, 40) was brought from Kenya by her cousin to help with his children. She gets a room, food and £200 a month, goes to the mosque and English classes, has her passport. Wants advice on regularising her immigration status. Not assessed as exploitation.""", "", "", "", "l")
R("""Anonymous public report: "these men are made to dig all day on the new estate off the bypass no breaks, they look so thin, the foreman shouts and pushes them, and at night they sleep in the site containers. they dont have phones. im sure its modern slavery" """,
  "eo ac pv is", "lh sw pa iso", "L", "h")
R("""A&E, 2am: 17F, Vietnamese, with large burns from hot wax, brought by an adult male who said he was her "boss" and left before staff could speak with him. Girl said she works in a nail salon and lives in the shop. Safeguarding team paged, police informed, child protection procedures.""",
  "av", "pa sw", "L", "i")
R("""Case review extract (organ trafficking) — A man from Moldova was approached in Chisinau by a broker who offered €7,000 for a kidney and paid his travel to Istanbul. After the operation, the broker gave him €1,500 and told him that was "after expenses". He later developed complications. Separately the review looked at a UK recipient who had paid £60,000 abroad; the recipient was not prosecuted. The review recommends awareness for renal units.""",
  "de ww av", "", "O", "h")
R("""Tip from a punter: "girl in flat 3 Fountain Court said her pimp makes her do 15 guys a day and she can't leave until she pays for the trip." """,
  "db eo rm", "lh rmv", "S", "h")
R("""Officer handover note: "Attended Station Rd car wash following a 101 call. Owner (Kurdish) there with 5 workers. Workers' accommodation in a flat above a kebab shop, paid £60/day each in cash which they keep, 9-6, Sundays off. Two workers are brothers. One has no passport as it was lost on his journey; he has an ARC. Nothing to indicate control. NFA, advice re employment law." """, "", "", "", "l")
R("""Victim impact statement (extract): "For two years I was not a person. They took my name, my papers, my money. I slept where the pigs slept. They said my mother would die if I ran. I still wake up at night hearing the farmer's voice." """,
  "rd ww ac it", "dt plc", "L", "h")
R("""Intelligence report 2/B/P — Hotel housekeeping, Westminster.

Source works at a four-star hotel. Housekeeping is outsourced to CleanCo Services. Source states that about 10 CleanCo housekeepers, mainly Ghanaian and Nigerian women, are paid per room and regularly work 12-hour days to reach their quota. Their pay goes into accounts with the same prepaid card provider, and the cards are held by a CleanCo supervisor, POI Grace ADEYEMI, who hands over cash each week "minus rent". The women live in two flats owned by ADEYEMI's husband, six to a flat. One told source she paid £1,000 to ADEYEMI's sister in Lagos for the job and still owes "more than I came with".

Source also says the hotel's own reception and kitchen staff are directly employed and well treated; no concerns there. The hotel's manager has been told and has suspended the contract pending review.""",
  "eo ww db ac", "lh ncw mbc oa uf", "L", "h")
R("""Anon: my friend works in a bakery and her boss paid her 3 weeks late this month, says cashflow problem, she got it in the end. is that modern slavery? she can leave whenever""", "", "", "", "l")
R("""Debrief (Albanian male, 24): "They told me the job was construction in London, €2,500 a month. When I arrived they said the construction is finished and I must work at the cannabis house in Wolverhampton. They locked me inside and took my phone. When I said I want to go home the boss put a gun to my head." """,
  "de rm is it", "rmv iso", "C", "h")
R("""Police log: Young woman (20, Brazilian) reported that her ex-employer, a restaurant, did not pay her last week's wages when she resigned. Employer says she owes them for a broken till. Civil matter; advised to contact ACAS. She has her own flat and a new job.""", "", "", "", "l")
R("""Caseworker note (New Pathways): "Client (F, 29, Romanian) disclosed that for 6 months she was made by her partner to work in a massage parlour in Cardiff. He took all her money and would beat her if she came home with less than £300. She was allowed to speak to her children in Romania only in front of him." """,
  "ww pv is", "ncw iso", "S", "h")
R("""Environmental health note: takeaway staff member found sleeping on a camp bed in the kitchen. Owner says the worker is his employee from Bangladesh, works 7 days 11am-midnight, lives there "because it's easier". Worker hesitant, said owner "arranged everything" including his visa, and that he sends his pay to the owner's brother to clear what he owes.""",
  "eo ac db ww", "sw lh ncw", "L", "h")
R("""Minutes — Local Modern Slavery Forum (extract): "Hope for Justice reported a case of two Polish brothers who had worked at a farm for 7 years for food and a caravan. Both had alcohol dependence, were paid nothing and were occasionally beaten. They are now in safe accommodation. The forum also discussed street begging by a local British man; outreach confirmed he is not controlled by anyone." """,
  "av ww pv ac", "plc", "L", "h")
R("""Officer note: Pakistani student (22) in Birmingham reported that his landlord, who also runs the shop he works part-time in, keeps his passport "in case you run off without paying rent". He is paid properly for his 20 hours and studies full time. Advised landlord that retaining the passport is unlawful; passport returned at our visit.""",
  "rd", "dt", "", "m")
R("""999: a man says his employer has chained the gate to the yard and he and 3 others are inside with no food, the employer is gone and has their phones except this one hidden. Location: Oldbury industrial estate.""",
  "rm is ac", "rmv iso", "L", "i")
R("""Debrief (F, 22, Filipina, cruise-ship worker, disembarked Southampton): "She says that her recruitment agency in Manila charged her $3,000 which she borrowed. She says that on the ship she worked 13 hours a day for 10 months without a day off. She was paid, but half went to the agency loan. Her passport was held by the ship's purser, as is normal on ships." Debriefer: discuss whether passport holding was beyond standard practice.""",
  "eo db", "uf lh", "L", "m")
R("""Public report: "a boy on a moped keeps dropping stuff to houses on my road, hes about 13 and he looks terrified, a bloke in a range rover follows him round" """,
  "av", "", "C", "h")
R("""INT 2/A/P: A Vietnamese national (F, 40) runs 5 nail bars in Lancashire. Staff (all Vietnamese, aged 18-30) are brought by a network in Vietnam on a debt of $20,000 each. Staff live in one house, 14 people, driven to work in a people carrier. Owner holds all passports in her safe and pays staff nothing for the first year. Staff forbidden to talk to customers in English.""",
  "db ac rd ww is", "oa et dt ncw iso", "L", "h")
R("""Council: Stray dogs reported at the traveller site. Dog warden attended. No further issues.""", "", "", "", "l")
R("""Debrief, Eritrean male (20): "In the UK a man from my country said I can work at his barbershop and live in his house. He paid me £100 a week and I cleaned and cut hair. It was not much but he never took my papers, and when I found a better job he said good luck." Debriefer: low pay; no indicators of exploitation.""", "", "", "", "l")
R("""Strategy meeting note — Ms V (26, British, learning disability). V's support worker says V's new "boyfriend" has moved into her flat with his friends, uses it to sell drugs, and has taken her bank card. V says she has to stay in her bedroom when "business" is on and is not allowed to have her mum round. She has bruises she says are from falling.""",
  "av rm is", "ncw rmv iso pa", "C", "h")
R("""Passenger note (Border Force, Heathrow): female (Thai, 24) arriving alone, claims tourism; her phone contains messages agreeing to "work" at a London address and to repay "the boss" £15,000 for flight and visa. She was refused entry and safeguarding advice given via NGO.""",
  "db", "", "S", "h")
R("""Staff at a garden centre (Romanian, seasonal) wrote a joint letter about the heat in the glasshouses. The manager installed fans and extra breaks. All staff paid correctly. Noted for H&S only.""", "", "", "", "l")
R("""Debrief (Vietnamese female, 16, via interpreter): "She says that she was told she would work in a restaurant in London. She was taken to a man's flat where she had to cook and clean for him and his friends and sleep on the floor. She says that the man touched her at night and she could not stop him. She never left the flat." """,
  "av de pv rm ac", "rmv", "D S", "h")
R("""Witness (shopkeeper): "the Big Issue seller outside my shop is a nice Romanian lady, she sells her own magazines and buys her own lunch, her husband works at the Co-op. There's no gang. The other one who was here last year was different, a man dropped him and took his money." """,
  "ww", "et ncw", "C", "m")
R("""Officer handover — late turn, Sector 3.

1. 16:20 Shoplifting at Boots, Market St. Female (British, 34) detained by store security with £140 of fragrances. Known to drugs services; says she steals to fund her own habit. No third party. Charged and bailed.

2. 18:05 Welfare check, 4 Moor View. Called in by a delivery driver who saw "a lad sleeping in a garage with the door padlocked from outside". On arrival the garage was open; the occupant, a Kurdish male (19), says he rents the garage from the householder for £50 a week because he cannot afford a room, has a key and works at a barbers in town for a wage he keeps. He had his phone and his passport. Council private sector housing informed about the garage; no exploitation indicators.

3. 19:40 RTC on Station Rd, minor, details exchanged.

4. 21:15 Domestic, 9 Laurel Ave, verbal only, both parties calm. DASH standard.

Nothing outstanding for nights.""", "", "", "", "l")
R("""Intelligence summary 2/B/P — Hand car wash network, North Wales coast.

Four hand car washes (Rhyl, Prestatyn, Colwyn Bay, Llandudno) are operated by POIs Rebin AZIZ and his brother Karwan AZIZ. INT indicates approx 20 workers, mostly Iraqi Kurdish and Albanian, some of whom arrived by small boat within the last year.

Workers at the Rhyl site are reported to sleep in a portacabin behind the wash with no running water. They work from first light until the site closes at 7pm, seven days a week. Source (a former worker) states Rebin "pays" them £25 a day, but only after deducting £15 a day "for the boat" owed to a smuggler Rebin says he paid; the amount owed has not gone down in months.

Source adds that workers who have claimed asylum were told by Karwan that if they complain, he will tell the Home Office they are working illegally and their claims will be refused.

The Llandudno site has been visited by HMRC and appears compliant; its three workers are long-term residents and were not included in the concerns. No intelligence of violence.

Recommendation: joint visit with GLAA and Immigration Enforcement safeguarding team; NGO support on standby.""",
  "ac eo db ww it av", "plc sw lh foa", "L", "h")
R("""Safeguarding referral — Year 8 pupil, K (F, 12).

Reason for referral: K disclosed to her form tutor that she is "tired all the time" because she looks after her three younger siblings and does the cooking and cleaning at home while her mother works nights at a care home. Mother is a single parent, Polish, works 4 nights a week; the family live in a 2-bed council flat.

DSL spoke to K and to mother. Mother was upset, accepted that K has been given too much responsibility and has arranged a childminder two nights a week with support from early help. K's attendance is 96% and she is doing well in maths. There is no suggestion that anyone outside the family is involved or that K is kept from school or from friends.

Assessment: young carer; early help referral; not a matter of exploitation or domestic servitude. Review in 6 weeks.""", "", "", "", "l")
R("""Debrief write-up — Victim 2, Operation FOXGLOVE (sexual exploitation, Newcastle).

V2 is a 23-year-old Romanian woman. She was introduced to a man called "Cristi" by a friend in Constanța, who said he was looking for waitresses for a Romanian restaurant in Newcastle and would pay for the flight. She says she believed him because her friend had worked there.

On arrival Cristi drove her to a flat in Elswick where two other women were living. He took her ID card "to rent the flat" and her phone "because the SIM is Romanian and expensive". The following day he told her there was no restaurant job and that she owed him £2,500 for the flight, the flat and "papers", which she would pay by seeing clients. When she refused he slapped her and said that he had photographs of her family's house.

Adverts were placed by Cristi, who answered the phone and set prices. She was not allowed to go to the shops alone; he or another woman always went with her. She gave him all the cash; he gave her food and cigarettes.

V2 was recovered during a welfare visit. She has since identified Cristi from photographs. The two other women have returned to Romania and have not been spoken to.""",
  "de rd is db pv it ww rm", "dt iso sfw rmv et ncw", "S", "h")
R("""GLAA inspection report — Greenleaf Salads Ltd (Lincolnshire), unannounced.

Scope: labour provider compliance; accommodation; worker interviews (n=18, with interpreters).

Findings:
- Pay: all sampled workers paid at least NMW; payslips itemised; paid into personal accounts. One worker had been paid a week late in March due to a bank error; rectified.
- Hours: average 45 per week in peak season; overtime voluntary and paid at time-and-a-half.
- Accommodation: provider-owned static caravans, 4 per caravan, clean and in good repair; rent deducted at the legal offset rate.
- Transport: free minibus to the fields.
- PPE: issued free.
- Documents: all workers hold their own.
- One worker said a recruiter in Kyrgyzstan had asked him for $200 "for a medical", which the provider has reported to the scheme operator.

Conclusion: licence standards met. Advice given on monitoring overseas recruiters.""",
  "", "uf", "", "l")
R("""Strategy meeting minutes — Young person A (M, 17, Vietnamese), missing from care.

A was placed in supported accommodation in Crawley after being found in a lorry at Dover four weeks ago. He went missing on 2 June. Before going missing he was seen on CCTV getting into a car with two adult males. His keyworker says A had received repeated calls on a phone she had not given him and had said "they will hurt my mother if I don't go".

On 5 June A was found by police in a residential property in Ipswich converted into a cannabis grow. All windows were boarded and he had no key; a padlock was on the outside of the back door. He had a mattress on the landing and a rice cooker. He told officers he owed $18,000 to the people who brought him and was "working" to clear it.

Professionals note A is at extreme risk of going missing again tonight: the men who collected him are not yet identified and A still has a phone number for them.

Decisions: NRM referral; placement out of area with 2:1 supervision tonight; Independent Child Trafficking Guardian allocated.""",
  "av it rm db ac", "rmv sw plc", "C", "i")
R("""Press summary — Court report.

A husband and wife who ran a string of takeaways in Greater Manchester have been sentenced for modern slavery offences involving three Bangladeshi men. The court heard the men were brought to the UK on visitor visas having been promised chef jobs at £400 a week. Instead they were put to work in the couple's kitchens for up to 16 hours a day, six or seven days a week, for between £50 and £100 a week. They slept in a room above one shop, sharing a single mattress. The wife held their passports "for safekeeping". When one man asked to leave, the husband told him that police would arrest him because his visa had expired.

In a separate case heard the same day, a restaurant owner was fined for employing two workers without the right to work; the judge noted there was no suggestion those workers had been exploited, as they were paid properly and free to come and go.""",
  "de eo ww ac rd it av", "lh sw oa dt foa", "L", "h")
R("""101 call summary (transcribed): "Hi yeah I'm calling about my neighbours, not sure if it's anything. There's a family next door, Chinese I think, and there's a young woman who looks after the kids. I see her walk them to school every day, and she waves, she's lovely, she goes to the gym in the evenings. My husband says she's an au pair. But my friend said au pairs are sometimes slaves so I thought I'd check. She's never seemed scared or anything and she's got her own car." Operator: no indicators described; information logged; caller thanked.""", "", "", "", "l")
R("""Intelligence report 2/C/P — County line "MAX", Exeter/Torquay.

Line believed to be run from Bristol by POI Jermaine WALCOTT (DOB 21/09/1998). Line sends texts to 300+ users daily. INT suggests WALCOTT uses three runners aged 15-17 from Bristol care homes. Runners travel by train on Friday and are kept in Torquay in the flat of a vulnerable user, POI Sharon B (55, alcohol dependent), until Sunday night.

Source states runners are "taxed" for missing drugs and told the amount has to be "worked off"; one runner, known only as "Little T", is said to owe £1,800. Source also says WALCOTT pistol-whipped a runner in the stairwell of the flat last month.

Sharon B has told neighbours she "can't get them out"; her benefits are now collected by WALCOTT's girlfriend.

Separate intel about the same block of flats concerns a cannabis dealer on the 2nd floor, unconnected.""",
  "av db pv", "ncw pa", "C", "h")
R("""Debrief note (female, 44, Ukrainian, Homes for Ukraine scheme). She says that her host family in Surrey asked her to "help out" with cleaning and childcare in exchange for her room. Initially this was a few hours a week. Over three months it became a full-time job: cleaning the house, cooking for six, walking the dogs and looking after two children, from 7am to 9pm. She was not paid. When she asked to reduce it, the host said she could be "rematched" somewhere far from her son's school. The host did not take her documents or stop her going out.

Debriefer's comment: the host exploited her dependence on the placement; council to rematch her urgently.""",
  "av eo ww it", "lh", "D", "h")
R("""Case review — Death of Mr G (Polish, 55), Leicestershire.

Mr G was found dead in a caravan on a smallholding in January. The coroner found he died of hypothermia. The review found that Mr G had lived on the smallholding for 6 years, doing farm and building work for the owner. He was not paid wages; the owner said he received "board and lodging". The caravan had no heating and a broken window. Mr G had alcohol dependence; the owner supplied him with cider. A neighbour told the review that Mr G once said he "couldn't leave because he had no papers", and the owner had his Polish ID card in the farmhouse.

Agencies involved: GP (one attendance in 2021 for a hand injury), and police, who attended a report of a fight between Mr G and another worker in 2022 and treated it as a drunken disagreement.

The review also considered the owner's adult son, who lives in the farmhouse; he was not found to have been exploited.

Recommendations include training for rural officers on labour exploitation.""",
  "av ww ac rd", "plc dt", "L", "h")
R("""Member of public report (web form, unedited): "hi i live oposite the new massage place on the parade, its open 24 hours, i see girls going in and never coming out, the blinds are always shut, a man comes every morning with food bags, last night one of the girls was on the step crying and a man pulled her back in by her arm and shut the door. i think they live in there. i dont want to get involved but someone should look" """,
  "rm pv", "sw rmv", "S", "h")
R("""Minutes — Multi-agency risk panel, housing and exploitation (extract).

Case 1: 23 Orchard Way. Report that 14 men live in a 3-bed house. Visit found 7 men, all agency workers at a meat plant, each with their own tenancy with a letting agent; overcrowding notice served on landlord. No exploitation; the men's employer is not connected to the landlord.

Case 2: Flat 6, Gladstone House. Tenant (M, 38, British, mental health needs) has had his flat taken over by a group dealing crack; he was found sleeping in the communal stairwell and says they took his keys and his phone. Cuckooing; police to seek closure order and tenant moved to respite.

Case 3: A family of Roma origin reported for "child labour" because their 15-year-old helps in the family market stall on Saturdays. She attends school the rest of the week. No concerns.""",
  "av is", "iso", "C", "h")
R("""Debrief (male, 36, Indian, via Malayalam interpreter). He says that he paid a recruitment agent in Kochi ₹8 lakh for a senior care worker job in Norfolk, a sum he borrowed against his family's land. On arrival he was told that the sponsor "had no hours" this month. For four months he was given 10-15 hours a week, not enough to live on, and was told he could not work for anyone else. He says the sponsor was polite and did not take his passport or threaten him, and he was free to move out of the shared house. He has now found a new sponsor.

Debriefer: upfront fee paid abroad; underemployment by sponsor; no ILO control indicators by the UK employer. Refer to the Home Office sponsor compliance team.""",
  "", "uf", "", "l")
R("""Intel log 1/A/P (officer's own observation): Three Vietnamese females (appear 16-20) at Glamour Nails, Bury St. At 2130 the shutter was pulled down with the females inside and the manager drove off. Lights on upstairs. At 0745 manager returned, opened shutter, females already at work stations. No sign of the females leaving during 4 hours of observation at lunchtime.""",
  "rm av", "sw rmv", "L", "h")
R("""Debrief (Nigerian female, 30) — recorded by Salvation Army with a Yoruba interpreter.

She says that her aunt in Ibadan arranged for her to go to London to work as a nanny for a family, and that she would be paid £800 a month and go to college in the evenings. The family was real and the children were lovely, she says. But the mother kept her passport "because it is safer in the house", she was not paid at all for the first year because "your aunt has been paid", and after that only £100 a month. She worked from 6am until the parents came home at 9pm and then ironed. She was allowed to go to church on Sundays.

She also told us her cousin, who came over the same way to another family, is "fine": she is paid, has her passport and studies nursing.""",
  "de rd ww eo", "dt lh ncw", "D", "h")
R("""Incident log — Midlands Airport, 14/02. Passenger (British, 58) returning from Turkey collapsed at passport control. He told paramedics he had a kidney transplant three days ago in a private clinic in Istanbul that he paid £45,000 for and had flown home against advice. He did not know who the donor was. Taken to hospital. Hospital renal team informed; NCA notified of possible transplant tourism. The patient is not a victim of exploitation; information about the donor is unknown.""",
  "", "", "O", "m")
R("""Debrief (Polish man, 27): "In the factory the agency man told us the wage, £11 an hour, and it was true. We lived in his house, 4 men, each our own room, paid £90 rent which is fair. When I lost my job I moved out with no problem. I am here only because my friend said I must tell you about another man, Tomasz, who was in a different house where the boss took the bank cards and beat him." Debriefer: interviewee not a victim; intelligence regarding third party passed to analyst.""",
  "ww pv", "ncw", "L", "h")
R("""Caseworker summary — client J (M, 41, Sudanese).

J was referred by a hospital social worker after attending A&E with a deep cut to his hand from a meat saw. He was brought by his employer, a halal butcher, who told staff J was "a friend helping out". With an Arabic interpreter, J said he has worked in the butcher's shop and its back-room cutting area for two years, six days a week from 5am, and lives in a room behind the shop with two other men. He is paid £150 a week in cash, which he keeps and sends to his wife. He says the employer has never taken his papers or threatened him, and that he stays because he has no right to work. He wanted the cut treated and to go back.

Assessment: unsafe working conditions (no gloves, untrained on the saw) and long hours; his irregular status is used to pay him well under NMW. NRM discussed; J declined; Duty to Notify submitted.""",
  "ac eo av", "sw lh", "L", "h")
R("""Inspection note — council licensing, Sapphire Nails, Victoria Arcade.

Premises licence for special treatments in order. Four technicians present: the owner (Vietnamese, 45, British citizen), her daughter (20, student, works weekends), and two employees (Vietnamese, 26 and 31) who showed BRPs and payslips and said they rent a flat together in the city centre and get the bus in. Rota on the wall shows 9.30-6, one day off in the week plus Sunday. Spoken to separately through a telephone interpreter: no debts, no one holding documents, no concerns about the owner.

Two matters for the owner: the ventilation extractor is broken (chemical fumes), and the sharps bin is overfull. Improvement letter to follow within 14 days.""", "", "", "", "l")
R("""Intelligence summary — Car wash, Hull Rd, York (request for tasking).

1. Source (2/B/P), a customer who speaks Kurdish, was told by one of the workers, a young Iraqi man called Hemin, that he had been brought to the car wash by a "friend of a friend" after being dispersed from asylum accommodation in Wakefield. Hemin said that the owner, POI Shvan RASHID, lets him sleep in a room behind the valeting bay with three others and that they are "given" £20 a day by RASHID, who keeps the rest "until the asylum is finished". Hemin believes he has "thousands" saved with RASHID but has never seen it.

2. Hemin told source the workers start at 8 and finish when the last car goes, Monday to Sunday. RASHID tells them not to go into the city because "police are checking papers".

3. A second worker, older, was described by source as "happy" and said he has his own flat and a wife in Leeds; source did not think he was in the same position.

4. Other: the car wash was fined by the council last year for waste water discharge.

Assessment: possible labour exploitation of asylum seekers using fear of immigration status.""",
  "ww eo ac av", "sw lh ncw foa", "L", "h")
R("""Handover notes — Night shift, custody.

Detainee 1: Vietnamese male (appears 16-17, says 20), arrested at a cannabis grow in Boston. He says via the telephone interpreter that he was driven to the house two months ago and has not been out since; the men told him the police would beat him. Custody nurse noted he is very thin with a rash on his arms from the chemicals. Appropriate adult requested due to age dispute; children's services informed; NRM to be considered before interview.

Detainee 2: British male (28), drink-drive, 2x limit. Interview in the morning.

Detainee 3: Polish female (33), theft from employer (cash from a till). She says she was owed wages but admits she worked there voluntarily and was paid monthly. No indicators; standard process.

Cell 7 toilet blocked — estates informed.""",
  "av rm it ac", "rmv pa foa", "C", "h")
R("""Debrief account (first person, translated from Romanian and lightly edited).

"My name is not important. I was working in a restaurant in Bacău when a woman I knew from school told me her brother had a cleaning company in Ireland and needed girls. She said €1,500 a month, a room, and he pays the flight. In Dublin the brother met us — me and another girl, Andreea. He drove for a long time to a house near Belfast. He said the cleaning company is closed but we can work in 'massage'. When I said no, he said we already owe him €3,000 for flights, house and food, and that if we want to go home we must pay first.

We were kept in the house. He locked the door and took the key. Men came, he took the money at the door. He hit Andreea with his fist when she cried in front of a client. He knew where my little boy goes to kindergarten, he said it to me more than once.

After three weeks a client who was kind called the police." """,
  "de db rm pv it ww", "rmv ncw", "S", "h")
R("""Minutes — Community MARAC (extract), not a modern slavery case.

Case 4: Mrs H (47, British) and Mr H (52). History of coercive control: Mr H monitors Mrs H's phone, has stopped her seeing her sister and controls the household money. Police attended on 3 occasions this year. Mrs H works part-time in a supermarket and her wage is paid into a joint account that Mr H checks. No one is made to work for Mr H and there is no third-party involvement.

Actions: IDVA to make contact; Clare's Law disclosure considered; housing options for Mrs H.

Case 5: Neighbour dispute over parking (referred in error). Closed.""", "", "", "", "l")
R("""Safeguarding referral — A&E, paediatric.

Patient: female, 15, Chinese national (age per documents; appears younger), attended at 23:40 with abdominal pain, accompanied by a woman who said she was the girl's "landlady" and who insisted on staying. Examination: 14 weeks pregnant. While the woman was out of the room, the girl told the nurse, using a translation app, that she came to the UK "for study" three months ago, that she lives above a massage shop, that "the uncle" brings men to her room, and that the landlady keeps her passport and phone. She asked the nurse not to tell the landlady she had spoken.

Action: girl kept on the ward; police called; landlady asked to leave. Police attending now. Children's services out-of-hours informed.""",
  "av de pv rd is", "sfw dt iso", "S", "i")
R("""Inspection report — HM Inspectorate (immigration detention, extract).

Interviews were held with 30 detained people. Four men said they had worked before detention. Two (Vietnamese) said they worked in nail bars for relatives and were paid and free to leave; no indicators identified. One (Albanian) said he had worked at a cannabis grow to repay a debt of £15,000 for his journey, that the men who ran the grow had taken his phone, and that he was detained after the raid without being asked about exploitation. One (Indian) said he had overstayed his visa and worked in a shop without problems.

The inspectorate found that only one of these accounts had been recorded as a possible trafficking indicator and that a Rule 35 referral had not been made for the Albanian man. Recommendations: screening for trafficking indicators at reception.""",
  "db is", "iso", "C", "m")
R("""Police log — call from the manager of the Ship Inn, Brixham.

Caller says a Filipino man came into the pub at closing time asking to use the phone. He was in work clothes and wet through. He told staff he is a fisherman on a beam trawler in the harbour, has been at sea for weeks, has not been paid "since summer", and is afraid to go back on board because the skipper hit him with a rope that morning. He has no passport ("Captain keeps") and does not know anyone ashore. He is in the pub now; the skipper has been phoning the pub asking whether "the Filipino" is there.

Units dispatched. Man to be safeguarded tonight.""",
  "ww pv rd is", "dt iso", "L", "i")
R("""Case review (learning review, adult social care) — Mr E, 63, British.

Mr E has a mild learning disability and lived with his mother until her death in 2020. After that a family friend, Mr F, "took him under his wing": Mr E moved into a room in Mr F's house and worked on Mr F's market stall and in his garden, six days a week. Mr E's disability benefits were redirected to Mr F, who gave him £10 a week. Mr E slept in a room with no heating and was not registered with a GP. When his sister tried to visit, Mr F said Mr E "didn't want to see her".

The review notes that Mr F has a conviction for fraud, and that a previous lodger had raised similar concerns in 2018 which were not followed up.

It separately notes that Mr E's sister had also been investigated for a parking-permit fraud in 2019; this is not relevant to the exploitation.""",
  "av eo ac is ww", "ncw plc iso lh", "L", "h")
R("""Debrief (Eritrean female, 26, via Tigrinya interpreter) — Organ harvesting concern.

"She says that on the way through Sinai in 2014 she was held by a group who demanded ransom from her family. She says the men told the captives that people whose families could not pay would be taken to a doctor and 'their insides sold'. She says one young man from her village was taken away and came back with a long cut on his side and was very sick. She herself was released after her brother in Sweden paid $8,000. She says she was raped by the guards during this time."

Debriefer: organ removal witnessed as happening to another captive; record for NCA intelligence. Her own exploitation: sexual violence in captivity.""",
  "pv rm it", "rmv", "O", "h")
R("""101 call summary — caller is a manager at a recruitment agency.

She says that one of their workers, a Romanian woman placed at a bakery, told her that the man she lives with collects her every day at 5am and picks her up at 7pm, although her shift is 8 to 4, and that he sits in the car outside all day. The worker said he takes her bank card "to pay the rent" and gives her cash for food. She says she came through a "friend" who paid for her flight and who says she now owes him £1,000. Agency checked: her pay goes into an account in her name but the card is used at a different ATM each Friday.

The caller also wanted to mention that the bakery itself is a good client with no issues.""",
  "ww db", "cedl et ncw", "L", "m")
R("""Intel log 2/B/P — three entries, same source.

(a) Female known as "Mama Joy" runs a hair salon in Peckham that is a legitimate business; staff are family and paid; no concerns.

(b) Mama Joy's lodger, a Nigerian girl aged about 16 called Blessing, does all the cooking and cleaning in Mama Joy's house and minds her grandchildren. Blessing does not go to school. Mama Joy tells neighbours Blessing is her niece "from the village". Source has seen Mama Joy hit Blessing with a slipper in the garden.

(c) Mama Joy's son deals cannabis from a car; no link to Blessing.""",
  "av pv", "", "D", "h")
R("""Press summary — "Vineyard workers were not victims, court hears".

A vineyard owner in Kent was cleared of modern slavery offences yesterday after the jury heard that the six South African seasonal workers who had raised complaints were paid the agreed rate into their own accounts, held their own passports, and had been free to travel to London at weekends. The prosecution had alleged that the workers were housed in poor conditions and worked long hours in harvest. The defence showed the accommodation met council standards and timesheets showed no week over 48 hours. The owner was, however, fined separately for a health and safety breach after a worker cut his hand on unguarded machinery.""", "", "", "", "l")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh173.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (t, i, s, x, r) in enumerate(E, 1):
            f.write(json.dumps({"id": "f173-%03d" % n, "text": t, "indicators": i, "signs": s,
                                "exploitation": x, "risk": r}, ensure_ascii=False) + "\n")
    print(len(E), "texts ->", out)
