#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline's indicator detector (fresh50 training set).
Each entry: T(text, indicators, signs, exploitation, risk) with short aliases below.
Run: python3 bench/text/mkfresh50.py  -> writes bench/text/fresh50.jsonl"""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oca="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
ROWS = []
def T(text, ind="", sig="", typ="", risk="l"):
    ROWS.append(dict(text=text.strip(), indicators=[IND[x] for x in ind.split()],
                     signs=[SIG[x] for x in sig.split()], exploitation=[TYP[x] for x in typ.split()], risk=RISK[risk]))

# ---------------- part 1 ----------------
T("""INT 2/B/P. Hand car wash, Bradford Road, Batley (BD area). Approx 6 x Albanian males working. Source states workers sleep in the portakabin at rear of site and are not seen leaving. Owner nominal KOCI, Arben (DOB 12/03/1984) collects cash each evening. Workers reportedly receive nothing direct - "he sends it home for us".

Site is a former petrol forecourt shared with a tyre fitter (not linked, owner British, long-standing business). Vehicles seen on site during obs: black BMW X5 VRM YC21 HKT (registered to KOCI's partner) and a red Vauxhall van, keeper unknown. Business rates paid by a company dissolved in 2023. No licence for trade waste.

Assessment: KOCI is the controlling mind. Consider joint visit with GLAA and Immigration Enforcement, with interpreter (Albanian). OIC: DC 4417 HALL.""",
  "WW", "swp ncw", "L", "m")
T("""Called 101 to say the car wash on Leeds Rd is always busy but I've used it for years, lads are friendly, they've got a rota on the wall and one of them told me he's saving for a car. No concerns really just wanted to check they're licensed.""")
T("""2/C/P INT suggests that POI known as "MAMA JOY" is running 3 Nigerian females from a flat above a shop on Spring Bank, Hull. Females are advertised on adult sites. INT suggests each female told she owes £35,000 for her journey to the UK and must pay it back from bookings. Juju oath taken before travel.""",
  "DB IT", "", "S", "h")
T("""i seen a girl no more than 14 getting in and out of diferent cars outside the takeaway on city road every night this week always the same man brings her she looks wasted and scared PLEASE DO SOMETHING""",
  "AV", "pa", "S", "i")
T("""Safeguarding referral (Kirklees Children's Services). Y10 pupil, female, 15, has been missing from home on four occasions in six weeks. Returned with new phone and clothing she cannot account for. Seen by staff getting into a silver Audi outside school gates with adult males aged 20-30. Disclosed to learning mentor that she "has to go to parties" to pay back the weed she was given. Concerns for CSE.""",
  "AV DB", "", "S", "h")
T("""Sheffield. Neighbour dispute - male at no 14 states the family at no 16 have too many cars parked on the street and play music late. No other concerns. Advised re noise nuisance team.

Caller went on to say that "those people" must be illegal and working for nothing because there are always vans coming and going. Officers spoke to the family at no 16: husband runs a small removals firm from home, the vans are his, wife is a teaching assistant, three adult children live at home and all work or study. No lodgers or workers living there. Caller has made four previous complaints about the same family, all unfounded. Words of advice given to both parties about parking. Community cohesion officer made aware.""")
T("""Salvation Army caseworker note. Client (M, 34, Romanian) reports he came to UK in March on promise of warehouse work at £11/hr through a man in his village. On arrival in Wakefield he was taken to a house with 11 other men, 3 to a room. The man kept his ID card "for the agency paperwork" and never gave it back. Wages were paid into an account the man opened; client was given £40 on Fridays. He was told he owed £600 for the minibus and £80 a week rent, which was taken before anything else. Client left after 5 months when a co-worker gave him the helpline number.""",
  "DE RD WW DB AC", "oca dt ncw ct", "L", "h")
T("""Neighbour rang 999 - can hear a woman screaming "let me out" from the upstairs flat, door is padlocked from the outside, male left 20 mins ago. Caller thinks she doesn't speak English.""",
  "RM", "rm", "", "i")
T("""A&E note, HRI. Male ~40, Slovak, attended with deep laceration to left hand from a chicken processing line. Accompanied by male who answered all questions and refused to leave the cubicle. Pt appeared thin, clothes soiled, said (via phone interpreter) that he works "every day, every day" and sleeps "at the boss's house". Asked whether he had a GP - said the boss has his papers.""",
  "EO RD", "sfw pa lh dt", "L", "m")
T("""INT 3/C/C (do not disseminate outside MSHT unit without OIC approval). Nail bar, Frenchgate Doncaster. Young Vietnamese females (possibly U18) working. Female appears to be collected in black Mercedes VRM YD19 XXX at 0730 and dropped back at 2200. No conversation with customers allowed; manager speaks for them.""",
  "EO", "cedl et sfw lh", "L", "m")
T("""GLAA inspection note. Licensed labour provider, Selby packhouse. Checked 25 worker files: contracts in Polish and English, payslips show NMW plus holiday pay, own bank accounts, passports held by workers (copies only on file). Accommodation not provided. No issues identified.

Workers spoken to on the line (with Polish and Romanian interpreters on the phone) described the supervisor as fair and said overtime is optional and paid at time and a half. Two workers had moved on to other jobs in the last month with no problem getting their final pay. Transport is by their own cars or the public bus. One complaint noted about the canteen being too small - passed to the site manager.

Outcome: compliant. Next inspection in 12 months.""")
T("""I come to England from Eritrea through Libya and Italy. In Libya they sold us, my brother paid $3,000 so they let me go. In Hull I am living with my cousin and I go to college. Nobody makes me work here. I want help with my asylum papers only.""")
T("""2/B/P. Cuckooing - Flat 3, Parkwood Rise, Keighley. Occupant CONNOR, Gary (52) has a learning disability and alcohol dependency. Males from Manchester using flat to store and deal crack/heroin since approx Jan. GARY told by one male that "if you grass we'll burn you out". Gary now sleeping on the sofa, not allowed in his bedroom where product is kept.""",
  "AV IT", "", "C", "h")
T("""Worried about the lad at the chippy he works all hours never seen him have a day off in 2 years and he sleeps upstairs i think. nice lad. dont know if its anything""",
  "EO", "lh swp", "L", "m")
T("""Officer handover. Attended Gipton re: burglary report. IP's shed entered, mountain bike and strimmer taken. No witnesses. CCTV to be checked from no. 42. Crime ref issued.""")
T("""Debrief extract (via Vietnamese interpreter). She says that a woman in Hanoi told her she would work in a nail shop in London and earn £1,500 a month. She says that in the UK she was taken to a house in Leeds and shown the room with plants. She says the door was locked from outside and she was told to water the plants and could not leave. She says the men came every three days with food. She says she was told her family in Vietnam would have to pay if she ran away.""",
  "DE RM IT", "rm", "C", "h")
T("""Press summary: Three men from Grimsby were jailed at Hull Crown Court for forcing Ghanaian and Filipino fishermen to work up to 20 hours a day on trawlers. The crew were paid a fraction of what they were promised, slept on the boats, and had their passports kept by the skipper "to stop them jumping ship".""",
  "EO DE WW RD", "lh swp dt", "L", "h")
T("""Bank financial crime alert. 14 debit cards in different names (mostly Romanian and Bulgarian nationals) used at the same ATM on Dewsbury Road, Leeds, between 0200 and 0300 on payday Fridays. All accounts opened within a 3 week period using the same mobile number and same address (a 2-bed terrace). Salaries from a food processing agency paid in, withdrawn in full same night.

Further: the mobile number is registered to a pay-as-you-go SIM topped up at a newsagent on Roundhay Road. Two of the account holders have since rung the bank asking why they cannot log in; both said "the man from the agency does the banking". A third account holder (Bulgarian, F, 44) holds her own card and app, has been with the bank four years and is not thought to be connected beyond sharing the address; no action on her account.

Recommend SAR submission and referral to West Yorkshire Police Economic Crime Unit and the GLAA.""",
  "WW", "mbc ncw", "L", "m")
T("""Midwife note. 19yo woman, Pakistani heritage, attended booking appointment with mother-in-law, who answered for her. Patient quiet, good eye contact when MIL out of room, states she is happy, married 8 months, has her own phone and goes to college two days a week. Asked routine DA questions - no disclosures. Plan: continue routine care.""")
T("""Police 101 summary: Caller works at Aldi Rotherham. Reports group of 4 young Romanian women brought in by a man in a van who stands outside while they beg in the car park. He takes the money off them at the end of each hour. Caller thinks one of them is pregnant.""",
  "WW", "et ncw", "C", "m")
T("""1/A/P. Nominal PETRE, Ion (DOB 02/11/1979) controlling approx 8 Roma males begging at Leeds train station and Briggate. Males are housed at address in Harehills, all sleeping in a single room on mattresses. Males handed over all takings each evening to PETRE. One male (believed deaf) observed being slapped by PETRE on 14/05 when he returned with less than £20.""",
  "WW PV AC AV", "oca ncw plc", "C", "h")
T("""Hiya my neighbour has loads of people living in her house, about 9 I think, all students from china, they are always going out to uni with their bags, landlord is a bit dodgy with repairs. Just want to know if that's legal for an HMO?""")
T("""School safeguarding log. Pupil (M, 14) seen with £300 cash and two phones. Told teacher he was "doing runs" for older boys to Scarborough at weekends. Stated they said they'd "smash his mum's windows" if he stopped. He has missed 11 days this term.""",
  "AV IT", "", "C", "h")
T("""INT 2/B/P. Indian restaurant, Rotherham town centre. Chef (Indian national, on work visa sponsored by restaurant) works 7 days, 11am to midnight. Owner holds his passport and BRP. Wages of £1,200/month paid to owner's brother's account; chef receives £150 cash. Chef told if he complains his visa will be cancelled and he'll be deported.""",
  "EO RD WW IT AV", "lh dt ncw foa", "L", "h")
T("""Lost passport reported at Leeds Central. Student (F, 21, Malaysian) thinks it fell out of her bag on the bus. She has contacted her embassy. Lost property ref given.""")
T("""kidney for sale 20k, message me""",
  "", "", "O", "m")
T("""GP note: 28yo Albanian male registered with temporary address in Hull. Presents with back pain, works on construction "for the boss" cash in hand. Says money is fine and he lives with friends. He mentioned he paid £3,000 to an agent for the journey which is now paid off. No safeguarding concerns identified but signposted to Migrant Help.""")
T("""Caseworker note (Hope for Justice). Client F, 24, Polish. Met partner online who offered her a job cleaning in Bradford. Once here, he took her to flats where she was made to have sex with men he arranged. He took all the money saying it was for rent. When she refused he hit her and locked her in the bathroom. She escaped when he was arrested for drink driving.""",
  "DE PV WW RM", "rm ncw", "S", "h")
T("""POI: "BIG SAM". INT 2/C/P suggests he is running a county line from Leeds (LS8) into Hull. Using local children from Pupil Referral Unit. Child A (15) reported to have been stabbed in the thigh as a "punishment" for losing a package.""",
  "AV PV", "", "C", "h")
T("""Neighbours keep dumping rubbish in the alley and theres rats everywhere, council not doing nothing""")
T("""Anonymous report (Modern Slavery Helpline): Farm near Goole. Man says his friend is working picking spring onions for a gangmaster, they are charged £10 a day for the minibus and £5 for gloves, they start 5am and finish 8pm and the gangmaster keeps their bank cards.""",
  "EO WW", "ct ppe lh ncw cedl", "L", "m")
T("""Debrief: I was living on the street in Manchester when a man offered me work and a room. He drove me to Doncaster to a farm. I slept in a caravan with no heating and no toilet. I worked on the farm every day cleaning sheds. He gave me cider and tobacco but never money. When I asked to go he said I owed him for the caravan and the drink. One time he hit me with a shovel. I stayed there three years.""",
  "AV AC WW DB PV EO", "plc lh", "L", "h")
T("""INT 3/D/P. Unverified report that tattoo parlour on Hessle Rd is front for a brothel. Source has no direct knowledge. No further detail.""",
  "", "", "S", "m")
T("""Council licensing officer visit - HMO, Beeston. 7 bedrooms, 7 occupants, licensed for 7. Fire doors in place, smoke alarms working. Tenants are mostly NHS staff on own tenancies. Minor disrepair to bathroom noted; landlord given 28 days.""")
T("""Officer handover: called to Staniforth Rd, Sheffield. Female (Slovak, 30s) with bruising to face said her husband hit her. She refused to give statement. No suggestion she is working or being exploited - she works at a bakery and has her own money. DASH completed - medium. Referred to IDVA.""")
T("""1/B/C. Address in Halifax (HX1) used as an "off-street" brothel. 3 Romanian women advertised on Vivastreet as "new girls in town". Women rotated every 2 weeks between Halifax, Huddersfield and Bradford. Male nominal DUMITRU, Marius collects women by car and holds their ID cards. Handling condition: not to be disclosed to local authority.""",
  "RD", "dt et", "S", "h")
T("""Received a text offering me a job in UK as a care worker, I paid £4,500 to the agent in Kerala for certificate of sponsorship. When I arrived the care home in Wakefield said they have no job for me. The agent is not answering. I have no work and my visa depends on this sponsor.""",
  "DE", "uf", "", "m")
T("""Gang of kids on bikes keep throwing eggs at the windows on Ravenscliffe, mostly about 12-13, anti social behaviour every night""")
T("""Handover note: Welfare visit to the Kurdish barbers on Bradford Lane following anon report. Spoke to 3 staff (all British or with settled status), confirmed payslips and rota. Owner cooperative. No indicators of exploitation. Closed NFA.

For context, the anon report had stated that "the barber boys work all night and sleep in the shop". On the visit the rear room contained a kettle, a sofa and stock only - no bedding or personal belongings. The owner showed the tenancy for the flat two doors down, which two of the staff share with their partners. Opening hours displayed are 9am-7pm, closed Sundays, and the rota matched. One of the staff said he has worked there six years and is training his cousin, who is paid the apprentice rate through payroll. The owner was given the Modern Slavery Helpline leaflet and the GLAA's guidance for employers, and said he would put the helpline poster up in the staff area.""")
T("""INT 2/B/P suggests that male nominal NGUYEN Van Minh is supplying Vietnamese youths (believed aged 15-17) to tend cannabis grows at rented houses in Scunthorpe and Grimsby. Youths are dropped at the houses and the windows are boarded. Food left weekly. Youths told they owe £20,000 for the journey from Vietnam.""",
  "AV DB IS", "iso", "C", "h")
T("""My mate works at the warehouse in Normanton through an agency and they make him pay for his own hi vis and boots, £35 took out of first wage. Is that allowed?""",
  "", "ppe", "", "l")
T("""Call summary (999): Male caller in broken English says he is at a farm near Driffield, boss took his passport and beat him today, he has a cut head, he is hiding in barn, doesn't know address. Cell site suggests Wolds area. Units dispatched.""",
  "RD PV IS", "dt pa iso", "L", "i")
T("""Probation note. Service user (M, 23) on licence for PWITS. In supervision he disclosed that at 16 he was made to sell drugs by older males who said he owed them £2,000 after a "robbery" of his stash that he now believes was staged. They said they would stab his little brother. He was not referred to NRM at the time. Consider late NRM referral.""",
  "AV DB IT DE", "", "C", "h")
T("""Domestic worker (Filipina, 38) presented at Kalayaan-linked drop-in in Leeds. She came with a Saudi family on an overseas domestic worker visa. Works from 6am to midnight, cooks, cleans and looks after three children, sleeps on the floor of the children's room. Employer holds her passport. Not allowed out alone. Paid £100 a month, sent to her family by the employer.""",
  "EO RD RM WW AC", "lh dt rm ncw", "D", "h")
T("""Reported that a Chinese takeaway in Goole has a young lad working who doesn't go to school. Turns out he's the owners son aged 17, does a couple of evenings a week, goes to college. Spoke to him and his mum. NFA.""")
T("""INT 2/B/P. A Romanian national who was approached in Bucharest and offered £5,000 to sell a kidney in the UK. Travelled to Leeds with nominal GHEORGHE, who arranged "tests" at a private clinic. Victim now says he was told the price will be paid after surgery and that he cannot back out because GHEORGHE paid for his flight.""",
  "AV DB", "", "O", "h")
T("""Public report: there's a man at the bus stop in Castleford every morning at 5 picking up about 12 foreign workers in a transit van, same time every day and he drops them back after 9pm. they look really tired. dont know where they go.""",
  "EO", "cedl lh", "L", "m")
T("""GLAA note: Unlicensed gangmaster supplying workers to a shellfish processor near Bridlington. Workers interviewed (Lithuanian) said pay is correct and they have own accounts but no licence held. Offence under GLA 2004. Referred for enforcement. No exploitation indicators.""")
T("""Hull 2/B/C. Port of Hull - lorry driver (Bulgarian) stopped by Border Force with 4 Albanian males in trailer. Males state they paid €8,000 each to smugglers in France and were to "work off the rest" at a car wash in Leeds on arrival.""",
  "DB", "", "L", "m")
T("""Member of public: ive seen a girl at the nail salon in Hillsborough who never talks and when I tried to chat she looked at the man at the till and went quiet. She sleeps in the back I think theres a mattress. She looks about 16.""",
  "AV", "swp sfw", "L", "h")
T("""Safeguarding adult referral (Leeds ASC). Woman, 42, with learning disability. Her "boyfriend" has moved in with two friends and they use her bank card to take her PIP and ESA each fortnight. She has been left without food. Neighbours hear shouting.""",
  "AV", "ncw", "", "m")
T("""INT 2/B/P. Textile factory, Dewsbury (WF13). Approx 20 machinists, mostly Pakistani and Bangladeshi women, some without status. Paid £3-4 per hour cash. Employer tells them that if they go to the authorities they will be "sent back". Fire exits chained. Shifts 8am-10pm common.

Background: the unit is on a small industrial estate off Bradford Road. The registered company director is a British-Pakistani man in his 60s with no police history; INT suggests day-to-day control sits with his nephew (nominal IQBAL, Sajid, DOB 1990), who drives a grey Toyota Prius used as a private hire vehicle. Orders appear to come from two online fashion retailers via a middleman in Leicester.

Two former machinists (sisters, settled status) told the source they left after being paid late, and confirmed the fire exit chains and the "sent back" comments. They are willing to speak to police. Recommend multi-agency visit with HSE and GLAA.""",
  "AV IT AC EO", "foa lh", "L", "h")
T("""Reporter says she thinks her Polish neighbour is being exploited because he works nights at a bakery. Officer spoke to male - permanent contract, own car, lives with wife. Happy with job. NFA.""")
T("""Victim account (translated from Albanian): "The man in Tirana said my cousin had a good job in England washing cars and there was one for me. I came in a lorry. At the car wash in Sheffield we worked 7 days from 8 to 8. He said the first six months money go to pay for the lorry. After six months he said I owe more because of food and bed. He took my phone so I cannot call my mother. When I said I go to police he showed me a video of a man being beaten and said this is what happen to people who talk.""",
  "DE EO DB WW IS IT", "lh iso", "L", "h")
T("""101 - caller reports begging on Fargate, 2 women with a baby. Caller thinks the baby is drugged as it never wakes. Officers attended, women (Romanian, mother and sister) had baby who was awake and feeding, no concerns, signposted to local services.""")
T("""Handover: CSE concern. Missing child (F, 13) located at a flat in Rotherham (S65) with two adult males (25 and 31). Child intoxicated. Males arrested. Child states she was given vodka and "had to" have sex with one of them. Taken to SARC.""",
  "AV PV", "", "S", "h")
T("""2/C/P. INT indicates an Eastern European female "Nina" is being advertised on AdultWork from hotel rooms near Leeds Bradford Airport. Bookings handled by a male via WhatsApp; female does not speak English. Source believes female is moved every few days between hotels.""",
  "AV", "", "S", "h")
T("""GLAA inspection - poultry processing, Grimsby. Labour provider deducting £45/week for transport and £70/week for accommodation in shared houses (4 per bedroom). Workers say they are free to change provider and receive payslips; deductions leave approx £280 per week net. Provider warned regarding accommodation standards.

Other matters: the processor's own directly employed staff (approx 60) were also seen; no issues. The labour provider's licence is current. Two workers on the provider's books had asked to be moved to single rooms and were told there was a waiting list. One worker mentioned a previous provider, now closed, which had "kept passports" - passed to GLAA intelligence as historic, no current victims identified.""",
  "AC", "ct oca", "L", "m")
T("""A Sudanese man (25) was referred by Refugee Council Leeds. He describes being held in a warehouse in Libya and forced to work in construction without pay before crossing. In the UK he is in asylum accommodation, not working, and has no current exploitation. Referred for NRM for historic overseas exploitation.""",
  "RM WW", "rm", "L", "m")
T("""INT: organ trafficking - a Hull-based Turkish national ARSLAN believed to be recruiting vulnerable males from homeless shelters in the city, paying for their travel to Istanbul for "a medical job". One male returned missing a kidney and was paid nothing of the promised £10,000.""",
  "AV DE", "", "O", "h")
T("""Patient (M, 56) is on the transplant list at St James's. Donor is his daughter. Full consent and counselling completed through the living donor programme. No concerns.""")
T("""Saw 2 men sleeping in a van parked behind the carwash at the retail park, they said the boss lets them stay there. Theyve been there weeks""",
  "", "swp plc", "L", "m")
T("""Local authority housing enforcement. Terraced house, Hull (HU3). 14 Romanian men living in a 3-bed. Mattresses on kitchen floor, one toilet, exposed wiring. Tenancy in the name of a man who also runs the agency that places them in a frozen food factory. Rent deducted from wages by the agency.

Officers present: two housing enforcement officers, one PCSO. The men were polite and several showed payslips from the agency; the payslips list "accommodation £95" and "transport £40" each week. Three of the men said they were looking for a new place but the agency told them the job "comes with the house". None reported violence or threats. A neighbour complained about bins and parking and said she had seen the same minibus every morning for a year.

Action: Prohibition Order on the kitchen sleeping area, Improvement Notice for electrics, referral to GLAA regarding the agency.""",
  "AC", "oca plc", "L", "m")
T("""OIC update: IP (Vietnamese F, 19) interviewed with interpreter. States she was recruited on Facebook for restaurant work in the UK. On arrival she was taken to a massage parlour in Sheffield and told to "give extra service". Her passport was taken by the boss "to keep safe". She was allowed to keep £50 a week. She slept on the massage tables after closing. She was warned her parents would be visited if she ran.""",
  "DE RD WW IT", "dt swp ncw", "S", "h")
T("""my son 16 is going missing and coming back with loads of money and new trainers and saying he works for "a mate". hes been slashed on his arm and wont say who did it. hes scared. im at my wits end""",
  "AV PV", "pa", "C", "h")
T("""Complaint to council: a Polish worker says his agency paid him a week late because of a bank holiday payroll error. He was paid in full the following week and has his own account. Advised to contact ACAS if it recurs.""")
T("""INT 2/B/P. "CHEN" (F, 40s) runs a pop-up brothel in a rented flat in Leeds city centre (LS1). Two Chinese women in their 20s live there and do not go out. Shopping delivered. CHEN keeps the door key. Adverts on Vivastreet changed every few days.""",
  "RM", "rm", "S", "h")
T("""Debrief (English, British male, 31): I was using heroin and living in a tent in Doncaster when a family offered me a roof. They had me laying tarmac on driveways around the country, 12-hour days, and they said my wages went on my keep. I slept in a horsebox. They took my bank card and my benefits went into their account. If I tried to leave they'd find me, they had before, they beat me in front of the others.""",
  "AV EO WW AC PV IT", "lh plc ncw", "L", "h")
T("""Concern raised by Harrogate hotel housekeeping manager: a housekeeper's agency pays her below minimum wage by counting only rooms cleaned. She has her own account and is looking for another job. No control, threats or debt described. Referred to HMRC NMW team.""")
T("""Call summary: Male (Vietnamese) walked into Scunthorpe police station, very distressed, said he had been locked in a house growing cannabis for 4 months and escaped through a window today. Minor cuts to hands. Could not give the address.""",
  "RM IS", "rm pa iso", "C", "h")
T("""Public report: Man in the flat above is running girls. Different men come up the stairs all night. The girls never come out except with him. One had a black eye last week""",
  "RM PV", "rm et pa", "S", "h")
T("""Officer note: vehicle stop, M62 J26. Van containing 9 males (Romanian). Driver says they're going to a warehouse in Brighouse via an agency. All had own ID, paid by the agency directly, none report concerns. Driver licensed. NFA.""")
T("""1/A/P. KHAN, Tariq (DOB 1988) and KHAN, Imran (DOB 1991) are known to be involved in an arranged forced marriage scheme. A 17 year old female from Bradford was taken to Pakistan for "a holiday" and her passport was taken by her uncle there. She managed to contact a friend saying she is not allowed to leave the house.""",
  "AV DE RD RM", "dt rm", "", "i")
T("""Hi my cousin is in a nail bar in Hull she says the boss keeps her wages "safe" and she only gets money when she needs to buy something. She has to work 6 days 9 til 8 and lives above. shes 22 from vietnam. shes ok she says but i worry""",
  "WW EO", "ncw lh swp", "L", "m")
T("""Summary: Bradford district. An Indian student on a Tier 4 visa working 30 hours a week at a restaurant, beyond the 20 permitted. Employer pays her properly. Immigration Enforcement informed. No exploitation.""")
T("""INT 2/B/P. Male in Scarborough (YO12) running "bike kids" from Leeds. Children kept at a trap house for up to a week at a time and not allowed to leave. Food is takeaway once a day. Kids told that their debts go up if they lose drugs.""",
  "AV RM DB", "rm", "C", "h")
T("""Anon report: a lot of men go into the house on Hessle Rd late at night, theres always the curtains shut, I think its a brothel.""",
  "", "", "S", "m")
T("""Taxi driver reported to Kirklees licensing that he regularly collects girls of about 15 from a children's home and takes them to a house in Huddersfield where older men pay the fare. Girls appear drunk on return.""",
  "AV", "", "S", "h")
T("""GP: Pt (F, 33, Romanian) attended with a UTI. Works as a cleaner at a hotel via agency, 40 hrs/wk. Lives with partner. Mentioned boss is "strict about breaks" but no other concerns. Advised fluids, antibiotics.""")
T("""Victim statement: "In the farm we were 30 people in 4 caravans. The gangmaster took £70 for bed and £15 for transport and £10 for the knife and gloves. Some weeks I get £30. He has my ID card because of 'contract'. I cannot speak English. He tells us police in England are corrupt and will put us in prison.""",
  "AC WW RD AV IT", "oca plc ct ppe dt foa", "L", "h")
T("""Hull port 2/B/P. Container from Rotterdam found with 6 Vietnamese nationals, two believed to be children. All were in poor health, dehydrated. Said they'd been promised work in UK by an agency and paid $15,000 each.""",
  "AV", "pa uf", "", "h")
T("""Call from a worried mum: her daughter (19) got a "modelling" offer on Instagram from a man in Leeds and has gone there for a photo shoot. Daughter has since texted she's fine and back home. No concerns.""")
T("""2/B/P. Vehicle YX18 ABC seen dropping 5 females at a car park off Kirkstall Road at 0500 and collecting them 2300 hours every day. Females work at a sandwich factory. Driver takes £10/day from each for transport. Same driver also collects their wages in cash from the factory.""",
  "WW EO", "cedl ct ncw lh", "L", "m")
T("""Debrief: I was a teacher in Nigeria. A woman in church said she had a job for me as a nanny in London with a good family. When I arrived she took me to her house in Leeds and said I must clean and cook and care for her mother. She took my passport. I sleep on the kitchen floor. I was never paid because she said I owe her for the visa. She did not let me go to church or phone home.

I was there for two years. Her children called me "the girl". Once her friend visited and asked me where I was from and the woman answered for me and sent me to the kitchen. In the end a lady at the school gate, where I was allowed to collect the youngest, gave me a number for a church in Chapeltown. I left with a plastic bag of clothes.""",
  "DE RD AC WW DB IS RM", "dt plc iso rm sfw fpe", "D", "h")
T("""Council noise complaint Barnsley - music from takeaway till 2am. Visited, takeaway closes 11, staff clean until 1. Staff all family members. No concerns.""")
T("""Intelligence log: POI "DRAGAN" (Serbian) linked to a construction crew in Sheffield. Workers reportedly sleep on site in the unfinished building. Workers are paid "when the job is done" and have been waiting 4 months.""",
  "WW AC", "swp plc", "L", "m")
T("""kids getting picked up from the youth centre in a blacked out car by a man who gives them weed and phones. theyre like 13. happening every friday""",
  "AV", "", "C", "h")
T("""Referral from Leeds homeless outreach. Rough sleeper (M, 48, Polish) says a man came to the shelter offering work in a recycling plant for £80 a day. He went for 3 weeks and got nothing, they said they're keeping his pay until he "finishes training". He walked away and came back to Leeds.""",
  "AV DE WW", "", "L", "m")
T("""INT 2/A/P. Address in Grimsby (DN31) where 6 Slovak nationals live. All bank cards held by nominal BALOG who accompanies them to the cash machine on Fridays. Workers at a meat plant. Balog speaks for them with the agency.""",
  "WW", "ncw sfw et mbc", "L", "m")
T("""Public report: i think my neighbour is keeping a woman prisoner she comes to clean every day and never speaks and he shouts at her. Update: officers visited - woman is a domestic cleaner employed by an agency, lives in her own flat, works 3 hrs a day there. Neighbour's manner is brusque. No concerns.""")
T("""Teacher's note: child (M, 12) disclosed his older cousin makes him go into shops in Halifax and take razors and baby formula, which the cousin sells. Cousin said he'd "batter him" if he doesn't.""",
  "AV IT", "", "C", "h")
T("""1/B/P. Hand car wash A61, Wakefield. Workers report being charged £1,000 each for "finding the job" by a man in Romania. They receive £40/day and keep it. Live in shared house, own rooms. No restrictions observed.""",
  "", "uf", "", "l")
T("""OIC note: Case VI-5521. IP a 23 yo Eritrean woman. Met man online who promised marriage and life in UK. Since arrival in Sheffield he keeps her in the flat, she doesn't know the address, has no phone. He brings other men to the flat and receives money from them. She has been raped multiple times.""",
  "DE RM IS PV", "rm iso", "S", "i")
T("""Customer complaint to Trading Standards re: poor service at a nail bar in Barnsley. Nail technician was rude, no other issues raised.""")
T("""Modern Slavery Helpline call summary: Caller's brother-in-law (Indian national, 29) in a care home in Huddersfield. Sponsored visa. Care home charges him £8,000 for the certificate of sponsorship, deducted from wages at £500 a month. He works 60-70 hours a week. Told if he leaves he must pay the whole balance or they'll report him to the Home Office.""",
  "DB EO IT AV", "uf lh foa", "L", "h")
T("""Hey there's some lads begging outside Tesco in Doncaster every day, they get dropped off by a silver car at 8 and picked up at 6, theyre all in wheelchairs or on crutches""",
  "AV", "cedl et", "C", "m")
T("""Press summary: Wakefield couple jailed for holding a vulnerable man in their back garden shed for 13 years and making him do domestic and garden work without pay. He was given scraps of food and was not allowed in the house.""",
  "AV AC WW RM", "plc rm", "D", "h")
T("""Victim account (Chinese, interpreter): She says she paid a "snakehead" £25,000, borrowed from her relatives. She says she works in a restaurant kitchen in Hull and pays the snakehead £600 each month. She says she gets £200 left. She says she works 6 days and 12 hours a day. She says she cannot leave because her family would lose the house.""",
  "DB EO WW", "lh", "L", "h")
T("""Shoplifting at Meadowhall - two teenage males from Sheffield, local, caught with sunglasses. Both with parents, no suggestion of being directed by others. Youth offending referral.""")
T("""INT 3/C/P. Unverified: Bradford barbers used to launder money. No detail of workers. Fraud team notified.""")

# ---------------- part 2 ----------------
T("""2/B/P. Nom: LAZAR, Florin. Runs minibus from Hull (HU9) to a veg packhouse nr Howden. 16 workers. Workers pay FLORIN £12 a day "for diesel". Source states workers' debit cards kept in a tin in FLORIN's glovebox and PINs written on the back.""",
  "WW", "ct ncw mbc", "L", "m")
T("""Safeguarding concern from a pharmacy in Beverley: a young woman comes in with an older man who does all the talking, buys emergency contraception for her every week or two. She has bruises on her wrists and said quietly he "ties her up when she's bad". When he went to the car she whispered "help" then he came back.""",
  "PV", "sfw pa", "", "h")
T("""Statement of witness (former co-worker): "Mihai was always quiet. The foreman held on to all our identity cards in the office drawer, he said for the fire register. I got mine back when I asked, but Mihai was told he couldn't have his until he'd paid for his room. He worked double shifts because of that room money.""",
  "RD DB EO", "dt lh", "L", "h")
T("""Morning, I've been at the car wash on Wakefield Rd and the lads there gave me a receipt, have a union poster up, one said he's off to Romania for a holiday next week. Just saying because people on Facebook keep saying it's slaves. Doesn't look like that to me.""")
T("""A&E (Doncaster Royal): F, approx 25, Vietnamese, presented with burns to both hands consistent with chemical exposure. Accompanied by a man who says he is her "uncle". She works in a nail bar. Uncle declined interpreter, said she was "clumsy". Pt would not look up. Left before treatment complete, taken by uncle.""",
  "AC", "sfw pa et", "L", "h")
T("""INT 1/A/P. Trap house, Sheffield (S2). Occupant is a 67 yo woman with dementia. Dealers from Birmingham have been living there since March, she was moved into the box room. Her pension is withdrawn by them each Monday.""",
  "AV", "ncw", "C", "h")
T("""Caller to 101 saying her ex owes her £500 and she wants police to make him pay it. Advised civil matter.""")
T("""Debrief (interpreter: Tigrinya): He says the people in Calais told him that in England there is a job in a restaurant and a place to live. He says in Bradford he was put in a house with 8 men and every day taken to a car wash. He says the boss gave them £10 a day and said the rest pays for the crossing. He says he was never told how much was left. He says he had no papers and the boss said police would send him to Rwanda.""",
  "DE DB WW AV IT AC", "oca et foa", "L", "h")
T("""Children's home report (Calderdale). Resident (F, 15) returned at 0400 in a taxi paid by an unknown male. Found to have two phones and £200. Friend says she "has a boyfriend" aged 27 who takes her to parties in Bradford where there are other men. Strategy meeting requested.""",
  "AV", "", "S", "h")
T("""1/B/P. Cannabis factory uncovered at commercial unit in Goole (DN14). 600 plants. One Vietnamese male (says he's 16) arrested on site. He had a camp bed, a rice cooker, no phone. Says he came to the UK in a lorry and was told he must work here until he repays. Windows blacked out, door chained from outside.""",
  "AV DB RM IS AC", "swp fpe rm iso", "C", "h")
T("""Hey so I got an email from a "recruiter" saying I could work in a hotel in Dubai if I pay £900 for visa processing. Is this a scam? I haven't paid.""")
T("""GLAA compliance visit - mushroom farm, East Riding. Workers (Romanian, Bulgarian) reported that supervisors "shout a lot". Hours 40-48/wk, overtime voluntary and paid. Wage slips checked. Accommodation on site in static caravans, 2 per caravan, clean. No indicators of forced labour found.""")
T("""Anon: the man who owns the Turkish barbers on the high st in Rotherham has a young boy sweeping up every day during school hours and he sleeps in the back, hes def not at school. he looks about 13""",
  "AV", "swp", "L", "h")
T("""INT 2/B/P. "Mr T" supplying Indian nationals to a chain of takeaways in Hull and Grimsby. Workers say Mr T arranged their sponsored visas. They must pay him back £200 out of every £800 wage for 2 years. He keeps their BRPs. One worker who complained was moved to a different town overnight.""",
  "DB RD", "dt uf", "L", "m")
T("""Probation: SU (F, 29) disclosed that her partner makes her shoplift daily to fund his drug debt, takes the goods and sells them. If she comes back with nothing he hits her. She has a 2yo son who he says he will take off her.""",
  "PV IT", "", "C", "h")
T("""Caller states her elderly father's carer has been living with him for 5 years, cooks and cleans, and is "treated like family". Carer is paid through direct payments, has her own flat and days off. Caller just wants advice on employment contract. No exploitation.""")
T("""Police Scotland request - Hull. Fishing vessel arriving Hull docks with Filipino crew. Intel that crew have not been paid for 8 months, money goes to the manning agent in Manila. Crew not permitted to go ashore.""",
  "WW RM", "rm ncw", "L", "h")
T("""Summary from Unseen helpline: caller is a Slovak woman (35) in Sheffield. Her partner's family made her work in a packing factory and takes all her wages, she is allowed £10 for cigarettes. Her ID card is in the mother-in-law's drawer. She is not allowed to speak to other Slovaks. She is afraid they'll take her children.""",
  "WW RD IS", "ncw dt iso", "L", "h")
T("""Police log: shoplifting, Primark Leeds. 3 females (Romanian, 18-20) detained. One stated "I must bring back or he will be angry". Interviewed with interpreter: states the man who brought them from Craiova takes them to shops every day and waits outside. They sleep at his flat with 5 others.""",
  "AC", "et oca", "C", "m")
T("""Kids playing football hitting my car every day, need to speak to their parents. Dearne area.""")
T("""Debrief (first person, English): I met him on Snapchat when I was 14. He was 19. He bought me stuff and took me for drives. Then he said I owed him for all the stuff and I had to "be nice" to his mates. He'd come to the school gates. They took photos and said they'd send them to my dad if I didn't go. I went to flats in Rotherham and Sheffield. I'm 17 now.""",
  "AV DB IT PV", "", "S", "h")
T("""Council environmental health: Takeaway inspection, Scunthorpe. Staff sleeping in the storeroom above the kitchen on mattresses. 4 staff. Owner says it is temporary. Food hygiene 1/5. Referral to police and Immigration Enforcement.""",
  "AC", "swp plc", "L", "m")
T("""INT 2/B/P. Address: flat above a vape shop in Bradford (BD3). Two Albanian males (approx 17-19) are believed to be living there "working" for a cannabis supply network. Source states they were told "we know where your sisters live in Kukës".""",
  "AV IT", "", "C", "h")
T("""Midwife: Pt (Romanian, 20) attends with man who states he is her "cousin". Pt appears malnourished, 28 weeks pregnant, no antenatal care before today. Interpreter declined by "cousin". Pt said in English "no money, he take". Safeguarding referral made.""",
  "WW", "pa sfw ncw", "", "m")
T("""A Leeds warehouse agency (licensed) reported its own concern: a worker's bank account receives payments for 3 workers. Investigation found the account belongs to a brother of two workers who asked for this; all three confirm they receive their share and have access. No exploitation, advised on payroll policy.""")
T("""999: Female called saying "he's got my passport and he's going to kill me tonight, he's got a knife". Address in Doncaster (DN4). Background noise of shouting. Call cut off. Address linked to previous report of a woman kept as a servant.""",
  "RD IT", "dt", "D", "i")
T("""Hi i work at the Sainsburys in Hull and there is a man who comes in every night at 11 with about 8 different bank cards using the cash machine one after the other. The cards have different names on. He is always with a big man who watches.""",
  "", "mbc", "", "l")
T("""1/A/P. LUCA (Italian-Albanian) arranging sham marriages in Sheffield between Slovak women and Pakistani men seeking residency. Slovak women recruited from poor Roma communities, promised £3,000 but given £200, passports taken after wedding. One woman disclosed she was "given to" the groom and raped.""",
  "AV DE WW RD PV", "dt", "S", "h")
T("""School concern (Bradford primary): Year 5 pupil (M, 10) says his "auntie" who lives with them doesn't go out and cooks all day and sleeps in the kitchen. Family says auntie is visiting from Bangladesh, has her own room, and accompanies them to mosque. Home visit: auntie seen, content, speaks via interpreter, has passport. No concerns.""")
T("""Call summary: Modern Slavery Helpline. Caller's friend (Polish, 55) works at a recycling plant near Rotherham for £30 a week. Lives in a shed on site. The "boss" took him from a soup kitchen in Poland with promises of a flat and €1,500 a month. He has an alcohol problem and the boss supplies vodka.""",
  "AV DE WW AC", "swp plc", "L", "h")
T("""Public online report: TO WHOEVER READS THIS, THE NAIL SHOP NEXT TO GREGGS IN BARNSLEY, THE GIRLS THERE ARE KIDS, THEY NEVER LEAVE, I WORK OPPOSITE AND THE LIGHTS ARE ON TILL MIDNIGHT AND THEY'RE THERE BEFORE I OPEN AT 7. SOMEBODY CHECK IT""",
  "AV EO", "lh", "L", "h")
T("""Border Force, Doncaster Sheffield airport (historic log). Female (F, 22, Moldovan) travelling with male (45). Her return ticket in his name, he held both passports. On questioning separately, she said she was coming to "work in a bar" for a man's friend, knew no details. Male had 3 other women's photos on his phone with price lists. Female safeguarded.""",
  "RD", "dt", "S", "h")
T("""Leeds Welfare Rights - client (M, 30) is owed 2 weeks' holiday pay by a former employer, a building firm. He was otherwise paid and had his own account and left to take another job. Advised on tribunal claim.""")
T("""INT 2/C/P suggests that the Chinese massage parlour in Doncaster (DN1) has women living on the premises. Women are rotated from Manchester every 3 weeks. Source states a woman told a customer she had to "pay back" £20,000 to the madam.""",
  "DB", "swp", "S", "h")
T("""Debrief extract. "I'm Pakistani, I came on a student visa. The man at the restaurant said he would sponsor me for a work visa if I worked one year free. I worked from 10am to 2am, slept in the basement. He said if I left he'd tell the Home Office I was working illegally. After a year he said I owe him for food and the visa lawyer and must work more.""",
  "AV DE EO WW IT DB AC", "lh swp foa", "L", "h")
T("""PCSO note: Complaints about Eastern European men drinking in Hull city centre park. Spoke to them - work at a fish factory via agency, off shift. Moved on. No welfare concerns.""")
T("""GP (Hull): Albanian man, 30, attends complaining of exhaustion. Says he works at a car wash 7 days and gets no breaks, earns £400/week which he keeps. Lives in a shared flat with friends and is planning to change jobs. Advised on rest and workers' rights.""",
  "EO", "lh", "L", "m")
T("""INT 2/B/P. KAUR, Jaswinder - Bradford. Recruited a Punjabi woman (30s) via a marriage broker to marry her son. Since arrival the woman has been made to do all housework for 10 family members, is not allowed to leave without the mother-in-law, and her passport and spouse visa papers are held by KAUR. Woman reports being slapped.""",
  "DE EO RM RD PV", "rm dt lh", "D", "h")
T("""Cleaner reports man is sleeping in the laundry room of the Holiday Inn where she works - turned out to be a guest whose room key wasn't working. Resolved.""")
T("""Press summary: A gang who trafficked homeless men from Lincolnshire to work on block-paving jobs across Yorkshire have been convicted. Victims were housed in caravans with no running water, paid "a few pounds" and given alcohol. Some were made to sign up for bank accounts controlled by the gang.""",
  "AV AC WW", "plc ncw", "L", "h")
T("""Online report: there are girls advertised on a site with hull as location, the pictures look really young, like school age, the ad says "new petite fresh" and the phone number is the same for 6 different girls""",
  "AV", "", "S", "h")
T("""Officer handover (Sheffield): Attended address re: report of "slave labour". Two Polish lodgers work for the homeowner's building company, pay rent £400/month each, paid £120/day. Both have own bank accounts, passports, cars. No concerns. Caller has ongoing dispute with homeowner.

Detail: caller is the homeowner's former business partner; the two fell out over a van in the spring and caller has since posted on a local Facebook group that the homeowner "keeps slaves". Both lodgers were spoken to separately and away from the homeowner, one in Polish via Language Line. Both said they found the room on a Polish website, chose to work for him because the pay was better than their last agency, and one is going back to Krakow at Christmas for three weeks, which has been agreed. Both showed bank apps with wages received. The homeowner was open and offered his accounts.

No offences disclosed. Caller given advice regarding malicious communications.""")
T("""INT 3/C/P. Unconfirmed that an Iranian Kurd in Leeds is charging asylum seekers to be put on a "waiting list" for cash-in-hand jobs. No info on exploitation.""",
  "", "uf", "", "l")
T("""Domestic worker debrief (Kalayaan referral): She says she travelled with a Qatari family to their London and Leeds homes. She says she worked from 5am to 1am, was given leftovers to eat, and the madam would pull her hair and slap her. She says her salary was paid to her agency in Manila and she never saw it. She says she did not have a day off in 3 years.""",
  "EO PV WW", "lh ncw", "D", "h")
T("""101: Caller reports his car was keyed outside the mosque in Batley. No suspects.""")
T("""Intelligence log: Traveller site near Selby. Male (British, 60s, learning difficulties) seen doing labouring for site residents. Source says he has lived in a dog kennel type structure for 10+ years and is "paid in fags". Not seen to leave site.""",
  "AV AC WW", "plc", "L", "h")
T("""Safeguarding referral (Humberside FRS). Fire at a house in Grimsby (DN32). 11 people inside, 3-bed. Padlocks on bedroom doors from the outside. Occupants Romanian, work at a food factory. Two said they don't know where they live, the van takes them.""",
  "RM IS AC", "oca rm et iso", "L", "h")
T("""A man in his 30s contacted police saying a "friend" in Sheffield will pay him £15,000 if he goes to India to donate a kidney to the friend's father. He has been given a flight and told to say he's a relative. He's now worried, not going.""",
  "DE", "", "O", "m")
T("""INT 2/B/P. Nail salon, Wakefield (WF1). Staff (Vietnamese) believed to be living upstairs. Manager VU collects staff passports "for the landlord". Staff are driven to and from salon. Source states staff paid £150/wk for 72 hours.""",
  "RD EO", "dt swp et lh", "L", "h")
T("""Just want to say thank you to the police for helping my gran after she was scammed on the phone. She's okay now.""")

# ---------------- part 3 ----------------
T("""Welfare check at a nail bar in Keighley following Crimestoppers report. Three technicians spoken to separately. All hold their own passports, have bank cards in their own names, and live in private rented flats. One said she "could leave any time, I'm looking at opening my own shop". No indicators found.""")
T("""Sheffield OIC note: the IP says her landlord never threatened her, she was just behind on rent and he asked her to leave. She is not working for him. Civil dispute, no offences.""")
T("""INT 2/B/P. Cannabis grow, Hull (HU5) - semi-detached. Power bypassed. Occupants unknown. No persons seen entering or leaving. Passed to drugs team.""",
  "", "", "C", "m")
T("""She was brought from Ghana at 12 by a "family friend" to Leeds, told she'd go to school. She never went. She says: "I did the washing, the cooking, I took the small ones to nursery. I slept on a mat in the hallway. When visitors came I hid in the box room. Auntie said if I told anyone the police would take me away and put me in a cell forever." She is now 19 and was referred by her college.""",
  "AV DE AC IT IS", "plc foa iso", "D", "h")
T("""hi my friend from slovakia says her boss at the sandwich factory makes everyone do 12 hr shifts but they get paid for it and can say no. Is that legal?""")
T("""2/B/C (condition: not for disclosure to employer). Meat processing plant, Bradford. Two Romanian workers report supervisor charges them £50 "fee" to keep their shifts and takes it in cash on payday. Workers are paid correctly into own accounts otherwise.""",
  "", "uf", "", "l")
T("""Custody note: Detained person (Vietnamese, claims 15) arrested at a cannabis grow in Barnsley. Was sleeping on a mattress next to the plants. States he doesn't know what town he is in. Has no phone. Age assessment requested, NRM referral made.""",
  "AV IS", "swp iso", "C", "h")
T("""999 call: Male, distressed, says his cousin is being held in a flat in Huddersfield and they're beating him because he lost their drugs. Caller has received a video of the cousin tied to a chair. Address given HD1. ARV units dispatched.""",
  "RM PV", "rm", "C", "i")
T("""Officer note: Spoke to two Chinese women at a massage shop in Hull. They said they rent the room, set their own hours, keep their takings, and go home to their own flats. No adverts of a sexual nature found. No concerns identified.""")
T("""Member of public online report: I think my brother's wife is being kept by him, she never goes anywhere. UPDATE from officer: attended, wife speaks good English, works part time at a school, confirms she chooses to stay home most days, has her own car and bank account. Brother and caller have family feud.""")
T("""Intel (Humberside): a 16yo care leaver from Grimsby is being groomed into county lines in Lincoln, Skegness and Boston. He is regularly reported missing and returns with injuries. The line holder has taken his bank card and uses his account to move money.""",
  "AV PV", "pa ncw", "C", "h")
T("""Girl at school told me her dad is making her marry a man in Pakistan next summer and she doesnt want to, shes 16. she said shes scared. please help her""",
  "AV", "", "", "h")
T("""Summary: A&E Hull Royal. Man, 40s, collapsed at a car wash, heat exhaustion. Employer drove him in, waited, paid for taxi home. Worker confirms he works 8 hours, gets paid weekly in cash, lives with wife. Employer's manner cooperative. No indicators.""")
T("""2/B/P. Male known as "ARDI" (Albanian) is supplying workers to hand car washes in Huddersfield, Halifax and Brighouse. Workers arrive on small boats and are told they owe £15,000 which rises by £500 every month they're "late". Workers are moved between sites every few weeks so they don't learn the area.""",
  "DB IS", "iso", "L", "m")
T("""Debrief (Polish male, 44, via interpreter): He says an advert in a Polish newspaper offered work at a "food factory in England, free accommodation". He says at the house in Hull there were 16 people, no hot water, and the "coordinator" took their bank cards "to pay bills". He says they were told that if they went to police, "people in Poland will visit your family". He says he was allowed to keep £20 a week.""",
  "DE AC WW IT", "oca plc ncw", "L", "h")
T("""Loud party in flat below every weekend, Leeds 6. Students. Already emailed landlord.""")
T("""Housing officer (Kirklees) note: Tenant (M, 71) with dementia. Nephew moved in, sleeps on sofa and helps with shopping. Nephew has LPA for finances. Social worker reviewed - appropriate spending, no concerns of financial abuse.""")
T("""INT 2/B/P. Vietnamese nail technicians at a salon in Huddersfield (HD1) are collected from a house in Dewsbury by a male in a white Transit before 7am and returned after 10pm. Source reports one technician said she "pays back the boss" each week.""",
  "DB EO", "cedl et lh", "L", "m")
T("""Press summary: A Rotherham man has been jailed for keeping his wife's cousin as a "house slave". The woman, who has a learning disability, was brought from Pakistan on a visitor visa and made to cook and clean for the family of 9, sleeping on the kitchen floor. Her passport was locked in a suitcase. She was beaten with a belt if meals were late.""",
  "AV RD AC PV EO", "dt plc lh", "D", "h")
T("""Caller says she saw a lad she thinks is being trafficked - he was walking along the A63 with a rucksack. Officers located him: British, hiking from Hull to Leeds for charity. No concerns.""")
T("""Nurse note (sexual health clinic, Leeds): Pt (F, 18, Romanian) attended for STI screen. Disclosed she sees "clients" booked by her boyfriend who keeps the money "for their future". She has not got any money of her own. She says she loves him.""",
  "WW", "ncw", "S", "h")
T("""Intel: POI "GEORGE" offering "kidney donation opportunities" to homeless people in Leeds with payment of £2,000 and a flight to Turkey. Two men known to have travelled. One has not returned.""",
  "AV", "", "O", "h")
T("""Sheffield domestic abuse log: Female (British, 35) reports partner controls her finances and checks her phone. She works at a call centre; her wages go into a joint account he controls and she gets an "allowance". Not labour exploitation; DA coercive control. DASH high.""",
  "", "ncw", "", "l")
T("""Anon: the poles at the factory in immingham are made to work 16 hours then sleep in the van in the car park and go back in. the supervisor takes there pay cards""",
  "EO WW", "lh swp ncw", "L", "m")
T("""GLAA intelligence. Labour provider "Y&H Staffing" charging workers £250 registration fee and £80 for a mandatory "safety course". Workers not paid for first two weeks as "trial". Licence review recommended.""",
  "WW", "uf", "L", "m")
T("""1/A/P. FLAT 2, Kirkgate, Wakefield. Occupant (F, 24, Lithuanian) heroin user. Males from Leeds using the flat to deal and have taken over the bedrooms. She has been told she'll be "sorted" if she goes to police. She is given drugs in exchange.""",
  "AV IT", "", "C", "h")
T("""Inspection note (council licensing, Doncaster): Unlicensed HMO, 6 occupants, all work for the same recruitment agency. Rooms small but clean, separate tenancy agreements, rent paid directly to landlord, not via agency. Landlord fined for missing licence. No exploitation.""")
T("""Call: Female (Thai, 30s) rang from a flat in Leeds (LS11), very little English, says "man lock door, I cannot go", she is crying. Line cut. Trace in progress.""",
  "RM", "rm", "", "i")
T("""The boss is alright, he pays us on time, the hours are long sometimes in summer but we get overtime and i go home to my wife every night. Says one of the workers at the farm near Pocklington when we did a visit.""")
T("""Child protection conference notes (Bradford): Child (F, 14) has been staying at addresses of adult males. Police found explicit images of her shared in a group chat. She has told her social worker she was "made to do stuff" with a man in a car to get her phone back.""",
  "AV PV", "", "S", "h")
T("""2/B/P. Group of Romanian females begging on Commercial St, Leeds. Observed being dropped at 0800 and collected at 1800 by a male in a Ford Galaxy. Male takes bags of coins from them. Females sleep in a single room in Harehills with the male's family.""",
  "WW AC", "cedl et ncw oca", "C", "m")
T("""Client (M, 22, Albanian) told his solicitor he was forced to work at a cannabis farm in Hull to repay £20,000 he owed the smugglers. He was kept inside and beaten when the plants failed. He was arrested and is on remand. Section 45 defence to be raised.""",
  "DB RM PV", "rm", "C", "h")
T("""Caller says a young foreign lad is selling roses door to door in Beverley, late at night. Officers spoke to him - he's 24, Iranian, self-employed, legal status, buys roses himself. No concerns.""")
T("""INT 2/B/P. "AUNTY BEE" runs a home-based hair salon in Leeds (LS7). Two Nigerian girls (16-17) live with her and work there and do the housework. Girls are not in school. Neighbour heard AUNTY BEE telling a girl "you will never see your mother again if you disobey me".""",
  "AV IT", "", "D L", "h")
T("""Intel shared by Police Scotland: Vietnamese male (19) found on a lorry at Hull docks. Said he had been working in a nail bar in Glasgow, was told he was going to "a better job" in Leeds. No exploitation disclosed. Released to Migrant Help.""")
T("""Debrief (first person, Sudanese man): "They said in Hull there is a factory, £8 an hour, room included. There was a factory. But my money went to the man, Ahmed. He opened the bank account with my papers and kept the card. Every week he gives £30. He says this is because of rent and because he brought me. I asked for my passport and he said later, later. I never got it.""",
  "DE WW RD DB", "ncw dt", "L", "h")
T("""Community report: the house on Whitehall Road has about 20 men living there all from Romania, they go out at 5am in vans. they look thin and dirty. i asked one if hes ok and another man came and moved him away""",
  "", "oca cedl pa sfw", "L", "m")
T("""Probation officer: Service user says his cousin gets him work at a car wash and he is paid fine. He denies anybody holding his documents. No concerns.""")
T("""INT 1/B/P. Sexual exploitation - Sheffield (S9). Three women (Hungarian) advertised on a website. Pimp SZABO keeps their phones between bookings and only gives them back to speak to clients. Women not allowed outside without a driver. Women describe being hit if they refuse a client.""",
  "IS RM PV", "iso rm et", "S", "h")
T("""School nurse: Pupil (F, 13) disclosed that an adult male (mother's friend) gives her money and cigarettes and has touched her. Immediate strategy discussion.""",
  "AV PV", "", "", "h")
T("""Bradford council street wardens: report of a woman sleeping rough outside the Interchange. She is British, known to outreach, refuses hostel. No exploitation concerns.""")
T("""INT 2/C/P suggests that a Sheffield-based man is arranging for Slovak Roma men to open bank accounts and apply for Universal Credit, which he then keeps. Men are housed 8 to a house in Page Hall.""",
  "AC", "ncw oca", "C", "m")
T("""101: Woman calls to report that her au pair (German, 19) "disappeared" - on follow up au pair says she left because the family expected 60 hours childcare for £70 a week and wouldn't let her go out at weekends. She is now staying with a friend.""",
  "EO RM", "lh rm", "D", "m")
T("""Online report: drove past a farm near thorne and there were people living in a barn i could see mattresses through the door and a portaloo, maybe 10 people, it was freezing""",
  "", "plc swp", "L", "m")
T("""Handover: Hull CID. Arrest of male (British, 38) for burglary. During interview he claimed he was "made" to commit burglaries by a dealer he owes money to. Investigation found no evidence of threats or debt; his account changed several times. Not referred.""")
T("""Midwife note: Mrs A (Indian, 26) attended with husband. Husband spoke for her throughout, she says she is not allowed to phone her family in India and all her jewellery and passport are kept by her mother-in-law. She does all the housework for the extended family from 5am.""",
  "IS RD EO", "sfw iso dt lh", "D", "h")
T("""INT 2/B/P. Warehouse in Normanton (WF6) - agency workers (Eritrean, Sudanese) are paid via a "payroll company" in Manchester. Workers receive about £60 a week after "admin fees". Agency owner threatens to report them to the Home Office if they complain.""",
  "WW IT", "ncw foa", "L", "h")
T("""Neighbour: you can hear a child crying at night at no. 3 and the mum shouting. Officers visited, single mum, baby teething, no concerns. Health visitor informed.""")
T("""Referral from a food bank in Scunthorpe: a man (Latvian, 50) comes in every week because his "boss" at the farm takes his wages for the rent of a caravan and there's nothing left. He says he can't leave because the boss says he owes for transport from Riga.""",
  "WW DB", "", "L", "m")
T("""Trading Standards note: a Halifax car wash was fined for discharging chemicals into drains. Workers had PPE, proper contracts. No labour concerns.""")

# ---------------- part 4 ----------------
T("""Nom KRASNIQI seen at car wash, Hull Rd, York. 4 workers. No further.""",
  "", "", "", "l")
T("""Boss took our phones on the first day. Said we don't need them here.""",
  "IS", "iso", "L", "m")
T("""Lad at the kebab shop says he cant go home to see his mum til he's paid off what he owes the owner""",
  "DB", "", "L", "m")
T("""Female at pop-up flat, Doncaster, states she has not been outside for three weeks.""",
  "RM", "rm", "S", "h")
T("""2/B/P. Workers at a Bradford textile unit are locked in during shifts, key held by the supervisor.""",
  "RM", "rm", "L", "h")
T("""Pays his workers every Friday, they all have contracts, I've got no complaints about him - statement from neighbour re: scaffolding firm in Rotherham.""")
T("""She keeps saying "my husband's family has my passport, they said I get it when I give them a son".""",
  "RD", "dt", "", "m")
T("""Stopped a car on the M18, 3 kids aged 14-15 from Leeds in the back with £2k and a bag of crack, driver is 24.""",
  "AV", "", "C", "i")
T("""Man at Hull Minster begging every day, says his "uncle" drops him off and he gives him the money.""",
  "WW", "et ncw", "C", "m")
T("""Nothing to suggest the workers were not free to come and go, all had keys to the property.""")
T("""Debrief extract (Romanian woman, 27): "He was my boyfriend in Iasi. He said we go to England and I work in a hotel. In Leeds he said the hotel job was finished and I must work on the street for a few weeks. Few weeks became a year. Every night he takes all the money. He said if I leave he will put my pictures on Facebook so my village sees. He burned my arm with a cigarette when I kept £20.""",
  "DE WW IT PV", "pa ncw", "S", "h")
T("""Call summary, 101 (Barnsley): Caller says her elderly neighbour (British, 84) has a new "lodger", a man in his 30s, who she believes is getting her to sign cheques. Neighbour says she likes the company. Adult social care to visit. No work or labour involved.""")
T("""INT 2/B/P. Kitchen porter at a hotel in York (Filipino, 40s) sponsored under Skilled Worker route. Works split shifts 6 days. Hotel deducts £300/month towards the "sponsorship cost" and has told him he will lose his visa if he resigns. Passport held "for HR records" despite requests.""",
  "DB RD IT AV", "dt uf foa", "L", "h")
T("""Public report: I drive a delivery van. There's a big house in Alwoodley where a Filipino lady cleans the windows at 6am when I drop parcels and she's still working when I come back at 9pm. I've never seen her outside the gate. Once she asked me what town this is.""",
  "EO IS", "lh iso", "D", "m")
T("""Police log (Rotherham): Drugs warrant at address, 2 males arrested, 1 female (local, 30) resident. Female states the males are her friends and she is not being forced. Tenancy in her name, she has her own phone and bank. No cuckooing concerns at this stage.""")
T("""INT 2/B/P - Hessle Rd, Hull. Polish nominal WOJCIK recruits men from Gdansk homeless shelters. Men housed in a basement with 3 bunk beds for 9, work at a waste sorting plant 12 hours a day, 6 days. WOJCIK collects wages in cash from the gangmaster and gives them "pocket money". He also applies for loans in their names.""",
  "AV AC EO WW", "oca plc lh ncw", "L C", "h")
T("""Call (999): Caller reports a teenage girl crying on a bench at Leeds station. Says a man took her phone and money and told her she has to go with him to "see his friends" in Bradford. Man still nearby.""",
  "AV IS", "iso", "S", "i")
T("""Alert from HSBC: customer (F, 23, Chinese student) receiving £40k over 6 weeks from dozens of unrelated accounts and sending it abroad. When contacted she said a man online pays her £200 to "rent" her account. Money mule activity. No sign she is controlled or coerced.""",
  "", "", "C", "m")
T("""A&E Barnsley: M (Vietnamese, 17) brought in by ambulance with electrical burns. Found at a house fire, house contained cannabis plants. Pt says he's been "living inside" for 2 months and a man brought food. Cannot say the address. Police informed.""",
  "AV RM IS", "rm iso pa", "C", "h")
T("""Handover: Welfare visit to Slovak family in Page Hall following report of "child labour". Children (9 and 11) were helping their dad clear a garden on a Saturday. They attend school. Dad is self-employed gardener. No concerns.""")
T("""Safeguarding referral from a church in Hull: A member of the congregation (Nigerian, F, 35) disclosed she works as a live-in carer for a family in Cottingham. She has not been paid for 18 months; employer says the money is "saved for her". Not allowed to attend church except on Sundays with the family. Passport with employer.""",
  "WW RM RD", "rm dt", "D", "h")
T("""2/B/P. Sex work flat, Leeds (LS2). Polish female "ANKA" works independently, sets own prices, advertises herself. Source states no third-party control.""",
  "", "", "", "l")
T("""I want to report my old boss at a restaurant in Sheffield. He paid £6 an hour cash, less than minimum. I had my own flat and I left when I found a better job. I just want the money he owes me.""")
T("""INT 2/B/P suggests that a white Transit (VRM FH67 KLM) is used to move young females from Hull to Leeds "parties" where they are given drugs and sexually assaulted. One female (16) told her social worker she woke up with no clothes on and didn't remember getting there.""",
  "AV PV", "", "S", "h")
T("""Long inspection note - GLAA / HMRC joint visit to a salad packhouse, Holderness.
Present: 140 workers, mostly Romanian and Bulgarian via two labour providers.
Provider A: licensed, payslips in order, workers hold own documents, accommodation not tied.
Provider B: unlicensed. 22 workers interviewed. Most said they paid £300 in Romania to a "recruiter" to get the job. Provider B houses them in three terraced houses in Goole, 7-8 per house, and deducts rent and £8/day transport. Two workers stated the Provider B supervisor "holds everyone's ID cards for the contract" and that when one worker asked for his back he was told he'd lose his bed that night. One worker had a bruise on his cheek and would not explain it.
Actions: Provider B referred for enforcement; NRM discussions with 2 workers.""",
  "RD IT AC", "uf oca ct dt pa", "L", "h")
T("""mate of mine is working on a building site in Leeds city centre, the agency gave him a job and then made him buy his own boots and helmet, but he gets paid and he can leave when he wants. not slavery just dodgy""",
  "", "ppe", "", "l")
T("""Organ trafficking referral (NCA): A Pakistani national (M, 33) living in Bradford says he was taken to a clinic in Lahore by relatives "for a check-up" and woke up with a scar. He was told later that his kidney had been given to a wealthy family and his relatives were paid. He received nothing.""",
  "DE PV", "", "O", "h")
T("""Caseworker note: client (Vietnamese, F, 20) was a nail technician in Hull for 2 years. The owner "helped" her by keeping her wages in his safe so she "wouldn't waste them". She asked for it when she wanted to go home and he said she still owed for the plane ticket. She is now in a safe house.""",
  "WW DB", "ncw", "L", "m")
T("""101: Man reports his son (17) has got a job at a warehouse in Wakefield, is worried because he works night shifts. Son is employed directly, contract, paid properly. Advised on young workers' rules.""")
T("""1/A/P. Nominal STAN (Romanian) runs a "shoplifting crew" of women. They steal from Boots and Superdrug in Leeds, Wakefield, Bradford. STAN takes all goods. Women who refuse are beaten. Women live in a flat in Armley, STAN has the only key.""",
  "WW PV RM", "rm", "C", "h")
T("""Refugee caseworker: client (Afghan, 17) was working at a Kurdish barbers in Huddersfield. He says the owner promised him a room and training but he has been sweeping and washing hair for 10 hours a day for £20 a week. He sleeps in the back room. He is scared of the owner, who he says hits him with a comb when he makes mistakes.""",
  "AV DE WW EO PV", "lh swp", "L", "h")
T("""Public report: im from poland my boss at the farm near Selby is good man he pays us and gives us house. i write because some poles on facebook say he takes documents but this is lie, i have my passport in my room""")
T("""Anon: the couple at no 22 have a girl living with them from somewhere in africa who does all the cleaning and takes their kids to school. never seen her go anywhere else. she walks behind them.""",
  "", "", "D", "m")
T("""Debrief, British male (20) from Leeds: "When I was 15 I started holding stuff for the older lot. Then they sent me to Hull. I was in a flat for weeks, couldn't leave, they'd take my trainers so I couldn't run. If I fell asleep on the phone they'd beat me. I didn't get paid, they said I was working off the bag that got robbed.""",
  "AV RM PV WW DB", "rm", "C", "h")
T("""Licensing officer (Sheffield): taxi driver reported for picking up girls from the children's home. Investigation found he is the contracted school transport driver and the journeys are authorised. No concerns.""")
T("""INT 2/C/P. A Chinese woman "LILY" recruits Chinese students in Sheffield into massage work. Students told the job is "reception". Once there they are pressured into sexual services and the manager keeps 70% plus "fines". Students fear losing their visas.""",
  "DE WW", "foa", "S", "h")
T("""Hull social services (children): Baby (6 months) brought to the UK by a woman who is not its mother. Woman says the mother is in Romania. Woman is using the baby's Child Benefit claim and takes the baby begging on Whitefriargate every day.""",
  "AV", "", "C", "h")
T("""INT 3/C/P. Unverified report that women at a massage parlour in Scunthorpe are "from Thailand and can't speak English". No other detail.""",
  "", "", "", "l")
T("""Debrief (Eritrean, F, 26, via interpreter): she says she came to Leeds through the asylum system. She says a woman from the church offered her a room if she cleaned and cooked. She says she now cares for the woman's three children and elderly father 7 days a week and receives no money. She says the woman keeps her ARC card and Aspen card. She says she does not leave the house except to take the children to school.""",
  "AV WW RD EO RM", "dt lh rm ncw", "D", "h")
T("""Police log: Two men arrested for fighting outside a pub in Scunthorpe. Both Latvian, both work at the steelworks. Drunk and disorderly. Cautioned.""")
T("""Hi, my daughter (17) is working at a hotel in Scarborough for the summer, they give her a room and 3 meals, 40 hours a week, she's having a great time. Is it OK that they take £60 a week for the room?""")
T("""Intelligence: A Leeds nail bar owner "TRAN" has 4 young workers who sleep on the salon floor. The shop is shuttered at night with them inside. Tran has the only key. Workers are believed to be 16-18.""",
  "AV RM AC", "swp rm", "L", "i")
T("""Probation (Hull): Service user (British, 45) has LD and is regularly found with groups of men at a car wash. He says "they let me work and I get chips". He doesn't get money. Concern he is being used for unpaid labour.""",
  "AV WW", "", "L", "m")
T("""Online report: the massage place on london rd sheffield has girls staying over night, lights on at 3am, i saw a girl at the window bang on it and then a man pulled her away""",
  "RM", "swp rm", "S", "i")
T("""INT 2/B/P. Bradford - Indian Punjabi men working on building sites for a nominal SINGH. Men housed in a 2 bed flat (10 men). SINGH holds passports "to prevent them running off". Men paid £30/day and told the rest covers their visa debt. Some have been in the UK 5 years.""",
  "RD DB AC WW", "dt oca", "L", "h")
T("""Student (F, 20, Chinese) reports that her landlord in Leeds won't return her deposit. Civil matter, advised to contact the deposit scheme.""")
T("""Witness statement (bus driver): "Every morning about 6, a group of maybe 10 Romanian lads get on at Harehills with a man who pays for all of them. They get off at the trading estate. In the evening the same man's with them again. They don't talk to each other.""",
  "", "et cedl", "", "l")
T("""Humberside custody: Detained person (Albanian, 19) arrested at a grow in Grimsby says he was told the job was "building work". He says he came via Belgium and "owes £18,000". He says they told him if he talked, his father would be killed. He was locked in with the plants and given food through a hatch.""",
  "DE DB IT RM", "rm", "C", "h")
T("""Press: a Sheffield care home has been fined after staff were found working 80-hour weeks on sponsored visas. Inspectors found the home held staff passports and had charged them £5,000 each for their visas.""",
  "EO RD", "lh dt uf", "L", "m")

# ---------------- part 5 ----------------
T("""He said if the police ever came I was to say I was his nephew, but the police never came and he never hurt me. I worked in his shop and he paid me like everyone else. I left last year to study. (Statement given by a witness in a Bradford fraud investigation.)""")
T("""Officer note: Had her passport, her own phone, and showed me her payslips. Says the manager is strict but fair. No concerns re: the Doncaster nail bar at this time.""")
T("""OIC update, Op HARBOUR (Hull). Three victims identified at a car wash on Anlaby Rd.
V1 (Albanian, 23): says he paid for his own travel and gets £50 a day cash, lives with his cousin - no indicators, declined NRM, not considered a victim.
V2 (Albanian, 17): sleeps in the shipping container at the back, is never paid, told by the owner he owes £10,000 for the boat. The owner's brother follows him when he goes to the shop.
V3 (Kurdish Iraqi, 30): says the owner has his Home Office letters and threatens to "call immigration" if he asks for wages.
Suspect: owner DEMIRI, Besnik (DOB 1985). Arrest planned.""",
  "AV WW DB RM RD IT", "swp dt rm foa", "L", "h")
T("""Just wanted to say the people at the recycling yard on Lower Wortley Rd are always working late, but I know them, they're a family firm, they do it because it's their business.""")
T("""INT 2/B/P. Sheffield (S3) - Slovak female (19) is being advertised on sex sites by her "husband". Female has an intellectual disability. Neighbours hear her crying; husband has been seen pushing her into a car.""",
  "AV PV", "", "S", "h")
T("""I am from Vietnam. When I was 15 my family owe money to a man. He say I go to England and work to pay. I was in the lorry for many days. In England I live in a house with plants. I don't know the city. I can't go out, the door always lock. After some months police came.""",
  "AV DB RM IS", "rm iso", "C", "h")
T("""Caller (Leeds) states her son's friend keeps asking to "borrow" her son's bank account to move money for his cousin. Son has refused. No money moved.""")
T("""GP note (Rotherham): Mr X, 52, Roma, came for diabetes review. Accompanied by his son who interprets. Works as a labourer. Son says dad is paid weekly. No red flags noted.""")
T("""Kalayaan note: Worker (Indonesian, 33) escaped from employer's home in Leeds through a window. She says the madam confiscated her phone, locked her in when they went out, and gave her one meal a day. She has not been paid in 2 years. Emergency accommodation arranged.

Background: the worker came to the UK in 2022 on an Overseas Domestic Worker visa accompanying the family, who split time between a house in Leeds and one in London. She had worked for the same family in Dubai for four years before that. She says things were "ok" in Dubai because other staff were there; in Leeds she was the only one. She has an older sister in Hull who she has not been able to speak to since arriving.

She wants to claim her unpaid wages and has asked about her visa. Referred to Kalayaan for legal advice and to the Salvation Army for NRM support.""",
  "IS RM AC WW", "iso rm", "D", "h")
T("""Anon web form: EVERYONE KNOWS THE TAKEAWAY ON BEVERLEY RD HAS ILLEGALS WORKING THERE FOR NOTHING. SEND THEM HOME""",
  "WW", "", "L", "m")
T("""Council welfare visit (Goole): following the above report, staff at the takeaway are the owner's family plus two employees with right to work, paid via payroll. No exploitation, report appears malicious.""")
T("""2/B/P. A man named "Tomasz" is approaching Polish men at the Leeds Polish church and offering loans. Men who can't pay are told to work it off at a construction firm in Wakefield for no wages until it's cleared. Interest is added each week.""",
  "DB WW", "", "L", "m")
T("""Debrief extract (British female, 22): "He was older, he had a flat in Bradford. He said he loved me. Then he said his mate needed a favour and I had to sleep with him. After that it was every weekend, different men. He said if I stopped he'd tell my mum what I'd done. I was 15. I'd run away from care.""",
  "AV PV IT", "", "S", "h")
T("""INT 1/B/P. Hull (HU1). Female (Brazilian, 28) in an apartment advertised as "VIP escort". Controlled by a male who drives her to hotels and takes all the money. She told a client she can't go home because she owes the man €10,000 for her ticket and apartment.""",
  "WW DB", "et ncw", "S", "h")
T("""101: Caller (Hull) reports her Romanian lodger is "probably trafficked" because he works at the fish dock. Officer visited - lodger is 40, has worked there for 6 years through a direct employer, shares rent with caller's husband. No concerns.""")
T("""A&E (Pinderfields): M, 24, Romanian, fall from scaffolding. Employer (British) brought him in and stayed; worker spoke freely in English, says he has contract and payslips, lives with girlfriend. HSE informed re: scaffold safety.""")
T("""Public report: i work at a car wash in wakefield and my boss takes our passports and says we get them back when we leave but he never gives them back. we work 7 days. please dont tell him i wrote this""",
  "RD EO", "dt lh foa", "L", "m")
T("""INT 2/B/P. Two Chinese nationals, brother and sister, arrested for selling counterfeit goods at Doncaster market. Both say they were recruited in Fujian by a man who told them they'd work in a restaurant, and are now paying off £40,000 by selling. They live in the stockroom of the supplier.""",
  "DE DB AC", "swp", "C", "h")
T("""Organ trafficking: The Leeds man who was offered money to give his kidney to his "uncle" in a hospital in India has disclosed to his GP that he was kept in a room in Delhi for two weeks before surgery and his passport was taken by the broker. He was paid half of what was promised.""",
  "RM RD DE", "rm dt", "O", "h")
T("""A man from Sudan called the Modern Slavery Helpline saying he wants to know his rights - he works in a chicken factory in Hull via an agency, the hours are long but he is paid for every hour into his own account. No indicators; signposted to ACAS.""")
T("""Officer handover. Doncaster. Attended house - reports of shouting. Adult daughter and mother arguing about chores. Daughter (24) said "I feel like a slave in this house" but has a job, own car, and goes out. No concerns.""")
T("""Children's services (Barnsley): Girl (F, 16) referred after she told a teacher her stepfather makes her clean the whole house and look after four younger siblings every evening, she isn't allowed to see friends or go to after school clubs and her phone is taken at night. She says he doesn't hit her.""",
  "AV RM IS", "rm iso", "D", "h")
T("""INT 2/C/P. Red Audi VRM YH66 PQR regularly parked outside a children's home in Wakefield late at night. Girls (14-16) seen getting in. Driver believed to be nominal ASHRAF (29). One girl seen with a bruised face the next day.""",
  "AV", "pa", "S", "h")
T("""Handover: Hull. Report of 5 men living in a caravan behind a scrap yard. Men (Polish, British) say they are employed by the scrap yard and paid £70 a day, the caravan is free and they go into town at weekends. Conditions basic (no running water). No control indicated.""",
  "", "plc", "", "l")
T("""Debrief (Nigerian F, 30): "The madam told me I would be a hairdresser in England. Before I left, the native doctor took my hair and nails and I swore I will not run away and I will pay €40,000. In Leeds I was in a house with four girls, we went to men every night. If one of us tried to go, the madam said our families would die from the curse.""",
  "DE DB IT", "", "S", "h")
T("""INT 2/B/P. Albanian male "GENTI" working as a "runner" for a cannabis supply network in Sheffield. Source states GENTI's debt for crossing was bought by the network and he must work 3 years. They have his phone's location and tell him where he can go.""",
  "DB RM", "rm", "C", "h")
T("""Noise complaint from flat above a restaurant in Halifax - kitchen extractor fan. Environmental Health to visit.""")
T("""Caseworker (Migrant Help, Hull): Client (Iranian, M, 35) works at a car wash 4 days a week, is paid £60/day cash. Employer is friendly; client lives in asylum accommodation. Client says he is not forced and can stop any time. Advised he has no permission to work. No exploitation indicators.""")
T("""1/A/P. Hull and East Riding - a network is recruiting adults with learning disabilities from day centres to sign as directors of shell companies used for VAT fraud. Victims are paid £50 and told they will go to prison if they speak to anyone.""",
  "AV IT", "", "C", "h")
T("""Sheffield: woman (Romanian, 40) comes into the food bank with 4 children, says her husband's employer hasn't paid him for a month. Follow-up: employer paid late due to cashflow, paid in full the following week. Husband has own account and is seeking other work.""")
T("""Police log: Male (Polish, 60) found wandering in Hull city centre confused, malnourished. Said he'd been "working for the Irish" laying drives for years. Couldn't remember the last time he was paid. No money, one bag of clothes.""",
  "WW", "pa fpe", "L", "m")
T("""Call to 999, Leeds: Woman whispering says she is in a car boot. Says "they are taking me to a house, they say I must work for them". Cell site on M1 J42. Units dispatched.""",
  "RM", "rm", "", "i")
T("""Housing association (Bradford): tenant (F, 68) has three Vietnamese young women staying in her house who are taken out each morning at 7 in a car and return at 10pm. Tenant says her "nephew" brought them and pays her £50 a week. Tenant didn't know their names.""",
  "EO", "cedl et lh", "L", "m")
T("""INT 3/C/P. Taxi firm in Rotherham rumoured to be "like before" with girls. No detail, source unreliable, nothing specific.""")
T("""Probation: SU (Vietnamese, 20) serving sentence for cannabis cultivation. In supervision disclosed that a Vietnamese gang paid for his travel and he was told he'd be sent home in a body bag if he didn't tend the grow. He was 16 at the time. Public protection unit informed, NRM referral submitted.""",
  "AV IT DB", "", "C", "h")
T("""Witness statement, Doncaster: "I rent out my spare room to a Chinese lady who works at a massage shop. She's lovely, goes to work at 11, comes home at 8, goes shopping on her day off. I've never had any concern." """)
T("""Hull fish processor: GLAA note. Worker (Latvian, 45) says supervisor takes £20 from each worker each week "for the lunch van" whether they eat or not. Workers otherwise paid into own accounts.""",
  "", "", "", "l")
T("""Online: theres a man in leeds who says he can get anyone a job in the uk for £2000 if you come on a visit visa, my cousin paid and the job was real and hes happy""",
  "", "uf", "", "l")
T("""INT 2/B/P. Au pair (Spanish, 19) with a family in Harrogate. Works 9 hours a day 6 days a week, has not had a day off in 5 weeks. Family has her passport "for the insurance". She told a friend she is scared to ask for it back.""",
  "EO RD", "lh dt", "D", "m")
T("""Kidney donor check, Leeds Teaching Hospitals: living donation between two unrelated adults. Human Tissue Authority assessment completed; no evidence of payment or coercion, both independently assessed. Approved.""")
T("""A&E (Hull Royal): F, 16, presented with overdose. Told nurse that "a man I owe" makes her have sex with his friends. She says she owes him £800 for cannabis. Safeguarding referral, police informed.""",
  "AV DB PV", "", "S", "h")
T("""Bank alert: 6 accounts at different banks opened by Bulgarian nationals with the same address in Bradford (BD8). Universal Credit and wages paid in, then withdrawn by a single person using all cards at one ATM. Account holders do not appear to have access to their money.""",
  "WW", "mbc ncw", "L C", "m")
T("""My son (14) was arrested in Hull with drugs. He lives with me in Leeds. He was gone for 4 days. He told me men gave him a phone and train tickets and when he tried to come home they said they'd stab him. He has a cut on his hand.""",
  "AV IT", "pa", "C", "h")
T("""Officer note (Barnsley): checked a builder's van with 4 Romanian workers. Interviewed separately; all say they are free to leave, have own documents and are paid direct. One has a bruise on his arm from a fall at work. No concerns.""")
T("""INT 2/B/P. Leeds (LS9). A man called "BOSS MO" has three British homeless men living in his garage. They clear houses and do tip runs for him every day. He keeps their benefits cards. Neighbour heard him say "you're not going anywhere".

The garage is behind a semi on a cul-de-sac and has a side door with a hasp and padlock. The men are seen at 7am loading a tipper (VRM not obtained). One of them, believed to be called "Dean", is in his 50s, walks with a limp and used to sleep at the Leeds bus station. Another neighbour says she has given them sandwiches over the fence because they "look starved".

BOSS MO also owns a scaffolding business with six employees who are not thought to be involved. Council tip records may show frequency of runs.""",
  "AV RM AC", "ncw plc rm", "L", "h")
T("""Hull Port Border Force: unaccompanied girl (Albanian, 16) found in a lorry. She had a piece of paper with an address in Leeds and a phone number. She said a man would meet her and she would work in a "bar". Referred to Children's Services; phone number linked to a known brothel.""",
  "AV", "", "S", "h")
T("""Kids from the estate keep climbing on the garage roofs. Rotherham. ASB.""")
T("""Victim debrief (Polish, M, 38): "I was told my job at the factory is 40 hours. It was 70 hours and I was sleeping in a room with 6 men above a shop. The agency man took my card to 'set up wages'. When I complained, he said I was lucky, there are others waiting. He never hit me, never threatened, but I had no money to leave.""",
  "DE EO WW AC", "lh oca ncw", "L", "h")
T("""Community officer note (Dewsbury): textile workshop checked after public complaint. 12 women, own transport, paid by bank transfer, hours 9-5. Fire exit blocked by boxes - cleared on request. No exploitation.""")
T("""Urgent: POI NGUYEN seen entering a house in Hull (HU8) with two teenage Vietnamese boys (approx 14) who were reported missing from a care home in Kent last week. Boys are inside now.""",
  "AV", "", "", "i")
T("""Worker at the Grimsby smokehouse says he holds his own passport and goes home to Riga every Christmas. Happy there.""")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh50.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id="f50-%03d" % i, **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", out)
