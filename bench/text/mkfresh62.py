"""Hand-written texts for fresh62 (transport policing mix). Labels are hand-assigned.
Codes are abbreviated in the data rows and expanded below."""
import json, os, glob

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

R = []

def paired(ind, sig):
    """Labelling convention: the sign goes with its indicator when both are described."""
    s = sig.split()
    for i, g in (("IS", "iso"), ("RM", "rm"), ("EO", "lh"), ("RD", "dt")):
        if i in ind.split() and g not in s:
            s.append(g)
    return " ".join(s)

def risk_of(ind, typ, hand):
    """immediate is hand-set (danger now); otherwise the brief's rule."""
    I, T = ind.split(), typ.split()
    if hand == "i":
        return "i"
    if not I and not T:
        return "l"
    if "AV" in I or "PV" in I or "S" in T or ("IT" in I and "RM" in I) or len(I) >= 3:
        return "h"
    return "m"

R += [
("BTP INT 2/B/P. POI DUFFY (DOB 04/03/2008) seen on 07:12 Euston–Crewe service with male 20s. Source states DUFFY carrying for a line called 'JAY' and is made to travel twice a week. Missing from care since Tuesday.", "AV", "", "C", "h"),
("Female sat crying on platform 4 at Reading, said she'd missed last train to Oxford and phone dead. Officers arranged taxi via family. No further concerns.", "", "", "", "l"),
("i was on the 18.40 from brum to shrewsbury and theres this lad maybe 14 with a older guy who kept takin the kids phone off him and telling him to shut up. kid looked terrified didnt have a coat. guy got off at wolverhampton and the kid followed him like a dog", "AV IS", "pa", "", "h"),
("Call summary 101: Caller at Cobham services M25 says lorry driver let 3 men out of the trailer who then walked towards the fuel station. Believes they are illegal entrants. Patrol attended, men detained by IE. Said they paid smugglers in Calais and were going to family in Leeds. No exploitation disclosed.", "", "", "", "l"),
("Debrief extract (via interpreter, Vietnamese): He says he came in the back of a lorry to the M20 and a man in a black car was waiting at the services. He was taken to a house and put to work watering plants upstairs. He slept on a mattress next to the lights. The door was locked from the outside and food was pushed in every few days. He was told he owed £28,000 for the journey and the plants would pay it.", "RM DB AC AV", "rm sw plc", "C", "h"),
("Public report: the nail bar by the station in Slough, girls there look about 15 and never leave, the man brings them food. They dont speak english. I think they sleep upstairs.", "AV RM", "sw rm", "L", "h"),
("Safeguarding referral (school DSL): Year 10 pupil K.O. has been absent on Mondays and Fridays; mother reports he has been 'going to Margate with friends' on the train. Seen with new trainers and two phones. Found with £300 cash and a train ticket bought by someone else. Concerns re county lines.", "AV", "", "C", "h"),
("INT 1/A/P. Farm near Wisbech using minibus to collect Bulgarian workers from shared house at 04:30. Workers charged £10 a day for the minibus and £65/week for a bed in a room of six. Gangmaster TODOROV holds their bank cards 'to save for them'. Wages paid to his account.", "WW AC", "cedl ct oc ncw et", "L", "m"),
("Homeless man begging at Manchester Piccadilly says he does it for himself and sleeps at a shelter. No one controlling him. Signposted to outreach.", "", "", "", "l"),
("Debrief, female, 19, Albanian: 'My boyfriend told me we would marry in London. When we arrived at Luton he took my passport and said it is safer with him. He made me see men in a flat near the station. If I cried he hit me. He said he will send the photos to my father.'", "DE RD PV IT", "dt", "S", "h"),
("Coach driver (National Express) reported a girl approx 16 travelling alone Glasgow to London who said she was meeting a man she met on Snapchat who bought her ticket. Met by BTP at Victoria; man did not show. Girl returned to family. CSE referral made.", "AV", "", "S", "h"),
("Taxi rank, Leeds station: two drivers fighting over a fare. Both spoken to, words of advice. No further action.", "", "", "", "l"),
("OIC handover: IP MINH (est 16, VN) found in toilets on Euston–Glasgow train at Preston with £2k and 40 wraps. States he was 'sent' and cannot go back without the money or 'they will find my family'. Age disputed. Placed with LA. NRM submitted.", "AV IT", "", "C", "h"),
("some foreign men at the car wash on the A6 near the services been there since 7am and still there at 10 at night every single day i never see them have a day off and they live in the portacabin out back", "EO AC", "lh sw plc", "L", "m"),
("A&E note: F, 30s, Romanian, attended with burns to hands from industrial cleaning chemicals. Accompanied by male who answered all questions and refused to leave cubicle. Pt appeared frightened, said she works 'every day, all day' at a hotel. No GP, no ID on her, male holding it.", "EO RD AC", "sfw lh dt pa foa", "L", "m"),
("Motorway patrol stop M6 J16: VRM BD68 XXT, Sprinter with 11 occupants, 9 seats. Driver said workers going to a warehouse job in Crewe via an agency. All produced ID, all had own phones. Agency contacted, confirmed placement. Driver reported for overloading.", "", "", "", "l"),
("Salvation Army caseworker note: Client (M, 44, Polish) was recruited at a bus station in Gdańsk with promise of £9/hr in a food factory. On arrival at Stansted was met, taken to a house with 14 men. 'Rent' and 'transport' took all but £20 a week. Boss had his ID card 'for the agency'. He was told he owed for the flight and the first month. Left after 8 months when he met a Polish priest.", "DE WW RD DB AC AV", "oc dt ct ncw", "L", "h"),
("Stn staff Kings Cross: lost child reunited with mum within 10 mins. No concerns.", "", "", "", "l"),
("INT 2/C/C (not to be disseminated outside MSU). A female known as 'DIANA' advertising on adult site, photos match a Romanian national who arrived at Stansted last month. Phone number linked to 5 other adverts in Cardiff, Newport and Bristol. Rotating every week via train.", "", "", "S", "m"),
("Passenger complaint: man on the 06:02 Ipswich train took up 3 seats and was abusive to the guard when asked to move. Removed at Colchester.", "", "", "", "l"),
("I want to report a woman at the house next door to me in Harrow she cleans and cooks for the family all day and looks after 4 kids, never goes out except to take the kids to school and they walk behind her. She sleeps in the kitchen. Once I heard the man shouting at her that she will never see her son again if she talks to anyone.", "AC IT EO", "sw lh", "D", "h"),
("Debrief (first person, translated): I am from Sudan. In France a man told me a lorry to England is free, I only work for him after. In Birmingham I worked at a car wash 12 hours. He give me £15, said rest is for the debt. I sleep with 7 others in one room above the shop. He said if I go to police they send me back and I die.", "DE DB WW EO AC IT AV", "lh oc sw foa", "L", "h"),
("Neighbour dispute, Crewe: complaint about loud music from flat. Occupants are 4 students. Warned.", "", "", "", "l"),
("INT 2/B/P. Line 'TONY' operating Euston to Northampton. Runners aged 14–17 recruited from a pupil referral unit in Camden. Given a 'phone and a ticket' and sent to trap house on Lings estate. One runner was stabbed in the leg last month after 'losing' a package; told he owed £1,500.", "AV PV DB", "", "C", "h"),
("Care home, Norfolk: CQC flagged staffing; manager confirmed overseas carers on sponsored visas, holds copies only, originals with staff. Rota shows 48 hour weeks max. No concerns.", "", "", "", "l"),
("Carer (F, Indian, 29) told the Migrant Help adviser she paid an agent in Kerala £14,000 for a care job in Kent. The sponsor gives her only 20 hours of work a month and says if she complains the visa will be cancelled and she will be deported. She is sharing a room with three other carers in a house owned by the manager and pays £500 each.", "DE DB IT AV AC", "uf oc foa", "L", "h"),
("MOP reports two men arguing on bridge at Clapham Junction; one pushed the other. Both left before police arrived. CCTV requested.", "", "", "", "l"),
("Kid no older than 13 came in our shop at Doncaster station every day this week in school uniform during school hours, always buys a train ticket to Skegness with a wad of 20s, a man waits outside on a bike and takes the change off him", "AV", "", "C", "h"),
("Wales — midwife note: Pt (F, 22, Nigerian) booked late at 30 weeks. Came to UK to 'work as a hair stylist' but says she was made to have sex with men in a house in Cardiff to pay back £30,000 for her travel. The 'madam' took a juju oath from her in Benin and says she will go mad if she breaks it. Came to appointment with an older woman who would not leave.", "DE PV DB IT", "sfw", "S", "h"),
("BTP 999 – Birmingham New St: male shouting that his friend is locked in a van in the car park and 'they are taking him to work, he does not want'. Officers located white Luton VRM WU17 ***, rear shutter padlocked, Romanian male inside with cuts to face. Two males arrested.", "RM PV", "rm pa", "L", "i"),
("Press summary: Three men were jailed at Bristol Crown Court for controlling a group of homeless British men who were picked up at Temple Meads and made to lay tarmac for no pay, housed in a caravan with no water, and threatened with beatings if they tried to leave.", "AV WW AC IT", "plc", "L", "h"),
("INT 3/C/P. Unverified: fishing boat crew at Newlyn (Filipino, Ghanaian) not allowed to leave the vessel while in port and their seafarer books are kept by the skipper.", "RM RD", "rm dt", "L", "m"),
("Licensing visit, takeaway, Luton: 2 staff working, both have right to work. One said he works 60 hrs, is paid above NMW into his own account, has a day off Monday. Food hygiene issues noted. Not a MS matter.", "", "", "", "l"),
("Welfare check on two teenage girls travelling on the last train from Liverpool to Blackpool with a man in his 40s who booked a room at a B&B for all three. Girls said he's 'a friend' who buys them vodka. One has marks on her arm. Man detained, girls to police protection.", "AV PV", "pa", "S", "i"),
("Man at Newport bus station selling Big Issue, works for himself. No issues.", "", "", "", "l"),
("Debrief (interpreter): she says she answered an advert in Romania for a job in a bakery in Leicester. At Luton airport the man who met her took her ID card. She was taken to a flat and told there is no bakery, she must work with men to pay 3,000 euros for the ticket. She was not allowed to go out alone. She was moved to Sheffield, Derby and Hull by train, always with a woman called Lidia.", "DE RD DB RM", "dt rm et", "S", "h"),
("Roads policing: HGV stopped on A14 for tachograph offences, driver had driven 15 hours. He owns his own company. Prosecuted for drivers' hours. No MS concerns.", "", "", "", "l"),
("ppl keep getting dropped at the hand car wash in my town at 6 in the morn by a guy in a merc and picked up at 11 at night, they look skinny and their clothes are wrecked", "", "cedl pa", "L", "m"),
("Probation note: service user P. reports that while in HMP he was told by another prisoner that on release he must 'work off' a debt of £2,000 by holding drugs in his flat. Since release two men have been staying at his flat in Blackpool and he cannot ask them to leave. He has a learning disability.", "AV DB", "", "C", "h"),
("Airport: Female (UK, 18) travelling to Pakistan with her parents at Manchester T2. School reported she had told a teacher she fears being married to a cousin there and her passport is kept by her father. FMU contacted, girl spoken to privately, said she does not want to go. Protection order obtained.", "RD", "dt", "", "h"),
("Call summary: caller says her brother, 26, went to work on a farm in Herefordshire through a man from their village in Lithuania. Brother phoned from a stranger's phone saying he is not allowed to leave the caravan site, his phone was taken, and the boss hits anyone who complains. Caller wants police to go now.", "RM IS PV", "rm", "L", "i"),
("Man fell from scaffolding at a site in Croydon, fractured leg. Employer is a registered firm, worker Romanian with CSCS card, paid weekly. HSE informed. No exploitation concerns.", "", "", "", "l"),
("INT 2/B/P: Cuckooing – vulnerable adult (heroin user, 58) at Flat 3, Fairfield Rd, Carlisle. Dealers from Liverpool using flat; arrive by train from Lime St. Neighbours say occupant has been locked in bedroom and has a black eye.", "AV RM PV", "rm pa", "C", "i"),
("Hotel manager (Heathrow area) reports housekeeping subcontractor's staff arrive in a van at 05:00 and are collected at 23:00; a supervisor holds all their phones while they work and collects their wages 'to pay rent'. Some staff say they have not been paid for 3 months.", "IS WW EO", "cedl et ncw lh", "L", "m"),
("pretty sure the big issue guy at the station is being made to do it, theres a van drops him off and the same bloke comes and takes the money every hour", "", "et ncw", "C", "m"),
("Bus driver reported unaccompanied 11-year-old. Boy was going to his nan's, nan met him. Fine.", "", "", "", "l"),
("INT 1/B/C (C: do not disclose to partner agencies). Vietnamese nail bar network using trains to rotate staff between Stoke, Crewe and Chester. Juveniles among staff. Salaries not paid, 'boss sends money home to families'. Staff sleep in back room.", "AV WW", "sw ncw", "L", "h"),
("Debrief (Slovak male, 35): I had a drink problem. A man in Košice said he'd give me work in England and pay the flight. He met us at Doncaster bus station. We lived 12 in a house, we never saw our money — he opened bank accounts for us and kept the cards. If someone asks for money he beat them in front of everyone. We worked in a chicken factory 6 days. He said I owe him for flight and house.", "AV DE WW PV DB AC", "ncw oc mbc", "L", "h"),
("Walking through Liverpool St station a girl asked me to borrow my phone, she was shaking and said a man was waiting for her by the exit and she didn't know where she was, she didn't know what city she was in. Then a man came and she went with him.", "IS", "pa", "", "h"),
("Overheard on the 14:10 Cardiff–Swansea: two men discussing 'the girls in the flat' and how 'they cant go anywhere without Bogdan'. I've no other info.", "RM", "rm", "S", "m"),
("Routine: lorry checked at Dover, legit cargo, driver's documents in order.", "", "", "", "l"),
("Safeguarding (children's social care): S, 15, female, repeated missing episodes. Found at Bournemouth station at 02:00 with two older males. Has had hotel keycards in her bag and a new iPhone. Disclosed to SW she 'has to be nice to their friends' or they'll tell her mum what she's done.", "AV IT", "", "S", "h"),
("Report via app: man with a limp asks passengers for money at Bradford Interchange every morning, drops coins into a carrier bag that a woman collects at lunch. He doesn't speak English. Same man seen in Leeds in afternoons.", "AV", "pa ncw", "C", "m"),
("INT 2/B/P. Address 14 Canal St, Stoke: 9 men sleeping in 2 rooms, all working at a parcels warehouse via an unlicensed labour provider. Provider deducts £120/wk rent and £40 for 'hi-vis and boots' from each wage. Men collected 05:30 by van.", "AC", "oc ppe cedl et", "L", "m"),
("Lad fell asleep and missed his stop at Stafford, got back on return service. Fine.", "", "", "", "l"),
("Kalayaan caseworker: Client (F, 41, Filipino) came to UK with a Gulf diplomatic family. Worked 6am to midnight, no day off, slept on a mat in the children's room. Employer kept her passport in a safe. Paid £50 a month into a Manila account she cannot access. Escaped when the family went to Harrods.", "EO AC RD WW", "lh sw dt ncw", "D", "h"),
("Coach service Newcastle to London stopped at Leicester Forest East; driver noticed a passenger (F, 20s) who had no money, no bag and no phone, met by a man who paid for her ticket. She seemed confused about where she was going. Driver concerned.", "IS", "fpe", "", "m"),
("Call 999, M1 northbound J25 services: cleaner found a woman in the disabled toilet who said she'd been kept in a house in Nottingham and had just run from a car. Said 'they will find me'. Injured wrist. Male seen driving off in a silver Audi.", "RM PV IT", "pa", "", "i"),
("INT 2/B/C. Albanian OCG supplying cannabis farm workers via Harwich port; workers told they would be working in a restaurant. Recovered at grow in Basildon: two males, one 17. Windows boarded and doors screwed shut from outside.", "DE RM AV AC", "rm", "C", "i"),
("Women at the brothel above the phone shop near the station are moved every two weeks. Saw a man taking them to the train with their bags, they never carry their own tickets. One girl had bruises.", "RM PV", "et pa", "S", "h"),
("Rail enquiry: parent asked if 15 year old can travel alone. Advised yes. No concern.", "", "", "", "l"),
("Debrief (Eritrean female, 24): In Libya they sold us. A man said in England I will have a good job. In England the man said I must give my kidney or my brother stays in Libya. They took me to a clinic. I did not want. I have the scar.", "DE IT", "pa", "O", "h"),
("Immigration officer, Gatwick: Male (Indian, 45) arriving for 'medical treatment' in London with a letter from a clinic. Travelling with a younger man who says he is his 'cousin' and will 'donate'. Donor could not name the cousin's village; has a contract promising £8,000 after the operation. Referred to NHS transplant team and MSU.", "AV", "", "O", "h"),
("Kidney transplant patient travelling back from Birmingham to Aberdeen by train after surgery; collapsed at Carlisle; ambulance called. Donor was his sister, NHS. Nothing further.", "", "", "", "l"),
("Public: that big 'car valeting' on retail park by the motorway junction, workers stand out in hail with no gloves no boots and hands raw, they look knackered, boss screams at them", "AC", "pa", "L", "m"),
("INT 3/D/P (low confidence). Claim that a Chinese takeaway near Stockport station keeps its chef's passport. Chef spoken to: has his passport, lives with wife, confirms he can leave. Intel not substantiated.", "", "", "", "l"),
("Officer notes from joint op at Rotherham car wash: 6 male workers, 4 Romanian, 2 Iraqi Kurd. One spokesperson answered for all. Workers said 'boss keeps money for us until we go home'. Sleeping in a shipping container with one heater. Work 8–8, 7 days. No ID on any of them; manager said it is 'in the office'.", "WW AC EO RD", "sfw ncw sw plc lh dt", "L", "h"),
("Found a man asleep in the luggage rack area of a Transpennine train, no ticket. Rough sleeper. Referred to outreach.", "", "", "", "l"),
("Safeguarding referral (GP): Patient (F, 34, Lithuanian) registered by a man who brings her to every appointment and holds her phone. Weight loss, bruising to upper arms. Says she works 'in cleaning'. Could not give her address.", "IS PV", "sfw pa", "", "h"),
("my cousin went to england for work on a farm near peterborough, now she messages me at night whispering that the boss took all passports and they can not go to the shop without him driving them and they work 14 hours and he says they owe for the bus from poland", "RD RM EO DB", "dt rm et lh", "L", "h"),
("Two Eastern European men at Crawley station asked for directions to a job agency. Said they were new to UK, had paid a £200 registration fee in Romania. Advised this is unlawful; gave GLAA number.", "", "uf", "", "l"),
("Debrief (first person, British male 19): They had me on the Glasgow–Aberdeen train every week with the package plugged. I was told if I got caught I keep my mouth shut or they'd do my wee sister. I never got paid, it was all to clear what I owed for a bag I lost.", "IT WW DB", "", "C", "h"),
("Retail security at Cribbs Causeway: group of 4 women shoplifting, one had 12 bank cards. Arrested. Interview: stated they do it for their husbands' business. No other evidence of control.", "", "mbc", "", "l"),
("Girl (13) reported missing from Leeds found on train to Hull with a man, 31, who had been messaging her on Instagram and told her she was his girlfriend. Man arrested for CSE offences. Girl safe.", "AV", "", "S", "i"),
("INT 1/A/P. Source overheard POI KHAN instructing 2 juveniles to 'go Bournemouth on the 9 o'clock, stay in the flat till it's done, no calls'. Juveniles are from Southwark.", "AV IS", "", "C", "h"),
("Man in distress at Exeter St Davids said his employer at a dairy farm 'shouts a lot' and he is unhappy with the pay. He has his passport, lives in a cottage provided free, and has resigned. Referred to ACAS. Not MS.", "", "", "", "l"),
("Domestic worker (F, Ethiopian) found by BTP at Heathrow Central bus station at night, barefoot, saying she ran from a house where she had to clean 18 hours a day and was beaten with a belt. Employer kept her passport. She has not eaten today.", "EO PV RD", "lh dt pa", "D", "i"),
("Flat above takeaway, Newport: fire service found 8 beds, blocked fire exit. Staff of the takeaway sleep there; owner deducts £80 a week each. Work 11am–1am six days.", "AC EO", "oc sw lh", "L", "m"),
("Anon Crimestoppers: 'The men doing the roofs round here with the Irish lad are not paid, they are homeless men he found at the bus station and he keeps them in a caravan, feeds them and gives them cans'.", "AV WW AC", "plc", "L", "m"),
("Au pair (F, 19, Spanish) reported to an agency that her host family in Surrey expect her to work 50 hours for £70/week and she must ask permission to go out. She has her passport and went home early. Agency reported to police.", "EO RM", "lh rm", "D", "m"),
("Passenger lost his wallet on the Elizabeth line. Found and returned. Thank you note.", "", "", "", "l"),
]
R += [
("2/C/P. IP (F, 16, Romanian) stopped at Luton Airport Parkway with adult male; both hold tickets bought by a third party; her phone contains adverts with her photos. Male claims to be uncle, no proof.", "AV", "", "S", "i"),
]

R += [
("INT 2/B/P. Female nom 'MIRELA' (RO) controlling 4 women working in pop-up flats near Slough and Reading stations. Women handed over all takings nightly. One woman (20) told a punter she had been promised a waitressing job and was 'given' to Mirela at Victoria Coach Station.", "WW DE", "ncw", "S", "h"),
("Member of public rang 101 re man sleeping in car at Gordano services 3 nights running. Checked: self-employed courier saving on hotels. No concerns.", "", "", "", "l"),
("Debrief (Vietnamese female, 17, via interpreter): she says she was promised study in England. She came by lorry then a man drove her from a motorway to a nail shop. She painted nails from 9 to 9 and slept on the floor of the shop. She was told her family owed 20,000 dollars and the shop owner would pay it off for her slowly. She never had money in her hand. She was not allowed to speak to customers.", "AV DE EO DB WW IS AC", "lh sw ncw iso", "L", "h"),
("Hey. There's a boy, maybe 12, who sits outside Tesco by the bus station with a cup, he's there on school days. A woman in a long skirt comes back every couple of hours and empties the cup and slaps him if there's not much in it.", "AV PV WW", "ncw", "C", "h"),
("INT 1/B/P. Pakistani national (M, 30) working in a restaurant near Bradford Interchange says he came on a student visa and his 'sponsor' holds his passport. He works 7 days for £100. Fears deportation if he leaves.", "RD EO WW AV", "dt lh foa", "L", "h"),
("A bloke at our church told me his boss at the recycling plant near the M62 pays him £30 for a week, takes the rest for 'the house'. He sleeps 9 to a room. He's scared cos the boss said he'd tell immigration.", "WW AC IT AV", "oc foa", "L", "h"),
("GLAA inspection, fruit farm, Kent: labour provider charges workers £350 'recruitment fee' in Bulgaria and £15/wk for PPE. Workers hold own passports, wages paid in full to own accounts otherwise. Licence revoked for fees. No forced labour found.", "", "uf ppe", "", "l"),
("Debrief (British female, 22): he was my boyfriend, I met him at Manchester Piccadilly when I'd been kicked out. He got me on the gear then said I owed him for it. I had to sleep with his mates to pay it off. He took my phone so I couldn't ring my mum. If I tried to go he'd say he'd cut me.", "AV DB PV IS IT", "", "S", "h"),
("LNER train manager: family of 5 travelling with large luggage, children looked tired, parents nervous about tickets. All had tickets. Seemed normal family travelling to Edinburgh for a holiday.", "", "", "", "l"),
("2/B/P. Address in Tilbury – 6 Romanian males recovered from lorry trailer at the port told officers they had been promised construction jobs at £12/hr. A contact in Tilbury was to 'look after' their identity cards. One male aged 17.", "DE AV", "", "L", "h"),
("Handover: female 30s at Gatwick South terminal wanting to report that her husband's family makes her do all housework in their home in Crawley, locks her in when they go out, and took her passport when she arrived for the marriage. Crime reported, she is at a refuge.", "RM RD EO", "rm dt", "D", "h"),
("The guys at the car wash across from Dewsbury station, one told my mate theyve not been paid since march and the boss keeps saying next month next month", "WW", "", "L", "m"),
("Car wash owner, Dewsbury, visited after community report. Staff have contracts, payroll through accountant, payslips shown, bank statements in staff names, staff confirm paid. Report unfounded.", "", "", "", "l"),
("Caller on 999 from train toilet, whispering, says she's on a train to Southampton with men who 'sell' her and she doesn't know which station is next. Train identified and met at Eastleigh. Female (19, Hungarian) recovered.", "RM IS", "rm", "S", "i"),
("Social worker note: U (16, Afghan, UASC) went missing from foster placement in Kent, found in a car wash in Wolverhampton two weeks later. Said he was told he must work to repay the smuggler £4,000 and he lived in the shop. Returned to care.", "AV DB AC", "sw", "L", "h"),
("Debrief (Chinese female, 38, translated): 'The agent said restaurant job. In London they took me to a flat. There were men. The woman said the restaurant has no work now, this is the work. She took my passport for \"registration\". I stayed inside, they brought food. They said the police in UK will put me in prison if they see me.'", "DE RD RM IT AV", "dt rm foa", "S", "h"),
("Hotel by the M1, Leicester: housekeeper complains rooms 12 and 14 are booked long-term by the same man with a stream of male visitors and young women who never leave their rooms. Women have no luggage.", "RM", "fpe rm", "S", "m"),
("Suspected fraud: elderly man at Preston station scammed into buying gift cards. Action Fraud referral.", "", "", "", "l"),
("LA Children's services: F (14) in care. Staff found train tickets Stoke–Manchester for late nights. Phone shows messages from 'Kaz' offering 'a place to stay and weed' and saying she 'owes him' for it. Went missing x5.", "AV DB", "", "S", "h"),
("INT 2/B/P. Juveniles (Kurdish, 15–16) working at barbershops in Peterborough & Wisbech. Living above the shops. Owner collects their pay 'to send home'. No schooling.", "AV WW AC", "sw ncw", "L", "h"),
("DVLA check on minibus at Felixstowe; workers were employees of a licensed agency, all paid by BACS, had own documents. No action.", "", "", "", "l"),
("Debrief (Polish male, 52, with interpreter): He says after his wife died he drank a lot. A woman in a Poznań bar offered him a job and a house. In England (he came by coach to Victoria) he was put to work in a warehouse via an agency. His bank card was with the woman's husband. He was given a bag of food on Fridays. He worked nights and days. When he asked for his money the husband pushed him down the stairs.", "AV DE WW PV EO", "ncw lh", "L", "h"),
("Safeguarding referral (A&E, Sunderland): Male, 17, stab wound to leg. Arrived by taxi from the station, gave false name. Mother says he's been 'going to Darlington for work' and has debts to 'people'. Police notified.", "AV PV DB", "pa", "C", "h"),
("Tenancy dispute between landlord and 2 Polish tenants over deposit. Civil matter.", "", "", "", "l"),
("Girl on the late Southern train told me quietly she's being taken to a 'party' in Brighton and she doesn't want to go but they said they'd post her pics if she doesn't. She's 15. I called 999.", "AV IT", "", "S", "i"),
("2/A/P. Two Nigerian women seen at Gatwick North escorted by older female who held all documents and tickets. Told officers they were coming to work as 'caregivers'. One said she is to pay 'auntie' back from her wages.", "RD DB", "dt et", "", "m"),
("Station cleaner found a bag with passports of 7 Albanian nationals left behind a bin at Dover Priory. Passed to Border Force. Owners unknown.", "", "", "", "l"),
("INT 2/B/P. POI BALOGH (HU) runs minibus from Doncaster to warehouses in Wakefield; passengers charged £15 a day; workers live in houses he rents, 3–4 to a room; BALOGH collects bank cards and keeps a notebook of each man's 'debt'.", "DB AC", "ct oc ncw mbc", "L", "m"),
("Debrief (F, 28, Thai): I was told massage job in Manchester, good tips. When I came the boss said I must do sex with customers. I owed 15,000 pounds for visa. They kept passport. I worked every day from 10 to 2am. They hit me when a customer complained.", "DE DB RD EO PV", "dt lh", "S", "h"),
("MOP: guy on the Tube being aggressive, asking for money. Left at next stop.", "", "", "", "l"),
("County lines — Op note: 3 juveniles detained at Norwich station off the 11:30 from Liverpool St. All from Hackney. One (14) had a lock knife and a burner. Said they'd been 'sent down' and can't go home till 'the pack is done'.", "AV RM", "", "C", "h"),
("Charity outreach note (Manchester): Romanian man begging outside Piccadilly says he is brought to the city each morning from Oldham by a man he calls 'unchiul' and must give him £50 by evening or he doesn't eat.", "WW", "et ncw", "C", "m"),
("Coach station staff: young woman with nothing but a plastic bag asked for help at Digbeth, said she left a house where she worked for a family for 4 years without pay and was never allowed out alone. She doesn't know the address.", "WW RM IS", "fpe rm", "D", "h"),
("2/B/P. Indian nationals (M x8) at care home in Sussex; owners hold passports and charge £15,000 'visa fees' deducted monthly from pay. Staff work double shifts.", "RD DB EO", "dt uf lh", "L", "h"),
("Woman in Sheffield station forecourt asked officers about a man who offered her a cleaning job. She had not accepted. Advice given. No offence.", "", "", "", "l"),
("Message to helpline: I think my sister (Pakistani, 19) is being married off. Dad booked flights and she's been told to stay home, no phone, no friends. She said she'll be sent on Thursday.", "RM IS", "rm iso", "", "h"),
("INT 2/C/P. Brothel behind a massage parlour near Ashford International. Women are Chinese; seen being brought by taxi from the station. One woman has burn marks on her arms.", "PV", "pa", "S", "h"),
("Police Scotland/BTP joint: scallop boat crew at Peterhead, 3 Filipino men, contracts in order, paid monthly into own accounts, free shore leave. No concerns.", "", "", "", "l"),
("i saw a girl get put on the train at Coventry by a man who was shouting at her and pulling her hair, she had a black eye and he told her get on or else. it was the 11.20 to London", "PV IT", "pa", "", "h"),
("Passenger reported a Filipino lady crying at Euston who says her employers left her at the station while they boarded the train to Manchester; she has no ticket, passport with the employers, only phone number. She said she'd worked for them for 2 years and has only been paid £200.", "RD WW", "dt", "D", "m"),
("Council licensing: HMO licence breach (7 occupants, licensed for 5). All tenants are students paying own rent to an agency. No exploitation.", "", "", "", "l"),
("Debrief (Eritrean male, 27, translated): In Birmingham a man from our community offered me a room and work. After, he said the room was £150 a week and the transport £20 and I owed him 3 months. I worked at a meat plant 12 hours. My salary went to his account.", "DB WW EO", "ct ncw lh", "L", "h"),
("Man at Stoke station was asking people for train fare to London. Said he was robbed. Given advice. No concern.", "", "", "", "l"),
("INT 1/B/P. OCG using trains to move women between Newcastle, Middlesbrough and Leeds pop-up brothels. Women's phones are swapped each week and they are not told the city names.", "IS", "", "S", "m"),
("Comment left on BTP online form: 'Theres a van every morning picking up Roma women and kids at Sheffield Midland and then they beg outside shops all day, the kids should be in school'", "AV", "et", "C", "h"),
("Nurse at sexual health clinic: patient (F, 25, Brazilian) said she works as an escort voluntarily, keeps her own earnings, rents her own flat. No concerns about control.", "", "", "", "l"),
("Salvation Army: Client (M, 37, Lithuanian) had his ID card and bank card taken by the labour provider 'to set up payroll' and they were never returned. He worked 14-hour shifts at a mushroom farm. Lived in a static caravan with no heating with 5 others.", "RD WW EO AC", "dt ncw lh oc plc", "L", "h"),
("Girl 17 came up to the ticket office at Swansea and said 'I'm being trafficked, please help, he's on the platform'. Officers attended. Male detained; girl says he forced her to have sex with men in Cardiff.", "AV PV", "", "S", "i"),
("Dog walker at motorway layby M4 reports minibus with 12 men sleeping inside overnight. Checked: stranded touring band. No concern.", "", "", "", "l"),
("Airport intel (Birmingham): Male (Romanian, 21) arriving with 'job offer' from WhatsApp for a packing job; no address, just told someone would collect him. Recruiter asked for £300 upfront for a bed. Advised; GLAA informed.", "", "uf", "", "l"),
("2/B/P. Cuckooed flat, Scarborough — occupant (F, 45, mental health) says the 'lads from Leeds' have taken her bank card and won't let her leave the flat unless one of them comes.", "AV RM", "rm ncw", "C", "h"),
("Waste recycling site, West Midlands: injured Romanian worker (crush injury) was driven to A&E and left at the door. Co-workers said they are not given gloves and the boss keeps their ID cards 'so we don't run'.", "AC RD", "dt", "L", "m"),
("Public report: man begging at Waterloo told me he's from Romania and came here for a holiday, ran out of money. Nobody controlling him.", "", "", "", "l"),
("Call summary: Woman rang from Tesco at a motorway services near Leigh Delamere saying the couple she works for as nanny are driving her to their holiday home and she wants to leave, they've said they'll tell her family she's a thief. She has her passport. Police met her; she left with friend.", "IT", "", "D", "m"),
("INT 2/C/P. Sudanese teens (x3) seen regularly on Calais–Dover coach routes and then at a Kent farm; farmer houses them in a barn. Unclear age, possibly 15–16.", "AV AC", "plc", "L", "h"),
("Woman on Crossrail handed a note to another passenger: 'Help me. Man next to me. I am prisoner.' Met at Abbey Wood; man fled; woman (Bulgarian, 31) says he keeps her in a flat in Plumstead.", "RM", "rm", "", "i"),
("Report via CrimeStoppers: Nail salon opposite Wakefield Westgate station has young Vietnamese staff who sleep in the salon and are never seen outside, the owner does all the talking", "RM", "sw sfw rm", "L", "m"),
("Midwife: pt (F, 26, Romanian) attends with partner, who speaks for her. She has a job at a packing plant. On private discussion, she said partner is kind, she keeps her wages, no concerns. DV screen negative.", "", "", "", "l"),
("Debrief (F, 19, British): 'I was 16 when it started. He'd pick me up from the station in Rochdale, give me drink, then drive me to houses. There'd be other men. He said if I told anyone he'd put my sister through it too.'", "AV PV IT", "", "S", "h"),
("Rail staff at Carlisle: group of Slovak men heading home at end of season. Said they enjoyed the farm work, paid weekly, employer arranged the coach. All good.", "", "", "", "l"),
("Landlord at Bootle complained that tenant's 'lodgers' come and go at all hours. Officers visited: lodgers are tenant's adult children. No concerns.", "", "", "", "l"),
("2/B/P. Chinese male (est 50s) found at a cannabis factory in a disused unit next to the A1 at Newark. Locked in, no toilet, bucket used. States he was told it was farm work and he would be paid at the end.", "DE RM AC WW", "rm plc", "C", "i"),
("A&E, Croydon: F, 24, Albanian, presents with injuries consistent with assault. Partner in waiting area. She says she was made to 'work' in flats and that he beat her because she kept £20.", "PV WW", "pa", "S", "h"),
("Just want to say the guys at the Shell garage car wash near Junction 10 are always smiling and chatty, they told me they're paid well and go home at 6. Nothing to worry about there.", "", "", "", "l"),
("Debrief (M, 22, Ghanaian, via NGO): He was promised work as a footballer at a club in Manchester by an 'agent' he paid $3,000. There was no club. He was left at Heathrow with no money, then a man from church offered him a room if he cleaned his house and garage and shop for free. He did this for a year. His passport stayed with the agent.", "DE WW RD AV", "uf dt", "D", "h"),
("INT 3/C/P. Rumour that girls at a hotel near Luton Airport are being 'sold'. Enquiry by officers: hotel staff and CCTV show no such activity. NFA.", "", "", "", "l"),
("School nurse: pupil (12, Roma) falls asleep in class; says he goes with his uncle on trains to Leicester and Nottingham 'selling things' until late every night and must give uncle the money.", "AV WW EO", "lh ncw", "C", "h"),
("2/B/P. Male (BR, 23, learning disability) 'employed' by a family of traders in Lancs; sleeps in a horsebox; labours on driveways 7 days; they take his benefits. Seen at Preston station with the family who bought his ticket.", "AV AC EO", "plc lh ncw", "L", "h"),
("Overheard at Leeds bus station between two women in Romanian (I speak it): one was saying she cannot quit the flat because the man has her papers and says she owes him for the flat in London.", "RD DB", "dt", "", "m"),
("Construction site, Croydon: site manager called police because a labourer (Romanian) said the subcontractor hasn't paid him for the last two weeks. Labourer has his documents, lives independently, can quit. Referred to ACAS/pay dispute.", "", "", "", "l"),
("Debrief (F, 34, Nigerian): 'Auntie paid my ticket to come and help with her children in Peckham. I did everything in the house: cooking, cleaning, the children, from 5 in the morning. I slept on the sofa. She said I could not go to church because I have no papers and the police will catch me. She never paid me, she said she sends it to my mother.'", "AV WW EO AC IT", "lh foa ncw", "D", "h"),
]

R += [
("INT 2/B/C (C: MSU only). Kidney 'donors' (Pakistani males, 20s) reportedly flown Manchester–Lahore via Dubai with a broker nom 'DR SAHIB'; promised £5,000 and a job after; recipients in Bradford. One donor back in UK says he was paid £600 and threatened when he asked for the rest.", "DE IT AV", "", "O", "h"),
("Lady on the bus to Gatwick had a big scar on her side and said she sold a kidney in Egypt for her family's debt, the man who arranged it kept most of the money. Now she's going home. I don't know if police can do anything", "AV DE", "pa", "O", "m"),
("Transplant coordinator (Royal Free) raised concern: patient returned from overseas with a new kidney, will not say where from, paperwork lists a 'donor' who is an unrelated 19-year-old man from Nepal. Patient's family paid a broker in cash. Referred to NCA.", "AV", "", "O", "h"),
("Debrief (M, 31, Bangladeshi, translated): 'The agent who brought me to London said I owe 12 lakh taka. He said one way is very quick — give a kidney at a clinic abroad. He took me to a hospital for blood tests. I was frightened and ran before the flight.'", "DB", "", "O", "h"),
("Living donor assessment clinic: brother-to-brother donation, relationship confirmed by DNA, independent assessor satisfied. Both travelled from Inverness by train. No concerns.", "", "", "", "l"),
("INT 3/C/P. Unverified reports on Telegram of adverts in Romanian seeking 'donors' for a clinic, travel to London via Luton paid. No UK victim identified yet.", "DE", "", "O", "m"),
("Passenger at Crewe: young man sleeping on the bench, said his mum threw him out. Referred to housing. Nobody exploiting him.", "", "", "", "l"),
("Forced-marriage unit referral: girl (16) at Birmingham Airport, flight to Dhaka. Told by teacher she was going to be 'married and left there'. Father holding her passport, brother watches her at all times. Girl removed from flight under FMPO.", "AV RD RM", "dt rm", "", "i"),
("The maid of the family at number 12 (they're from the Gulf, only here for summer) hangs washing at 6am and I still see her ironing in the window at midnight. She's never out. They took her to the airport in a car with the blinds down.", "EO RM", "lh rm et", "D", "m"),
("Embassy household, Kensington: domestic worker (F, Indonesian) presented to police after leaving via the back gate; states she has not been allowed past the gate in 11 months, works from 5:30 until the family sleep, sleeps in a storeroom, has not been paid since arrival. Diplomatic immunity issues flagged.", "RM EO AC WW", "rm lh sw", "D", "h"),
("Kalayaan note: client's employer in Oxford confiscated her phone on arrival and said she could call home once a month using his phone with him listening. She cares for an elderly man round the clock. She is paid £150 a month, cash, sometimes.", "IS EO WW", "iso lh", "D", "h"),
("Social services: 14-year-old Nigerian girl living with 'aunt' in Thamesmead, does not attend school, does all cooking/cleaning for household of 7, sleeps on the kitchen floor, teacher from church noticed bruises.", "AV EO AC PV", "lh sw pa", "D", "h"),
("Household in Hounslow: 'wife' (21, arrived on spousal visa) told health visitor she cooks and cleans for husband's extended family, is beaten by mother-in-law if food is late, her passport is in the in-laws' cupboard and she has not been allowed out alone since arriving at Heathrow.", "PV RD RM EO AV", "dt rm", "D", "h"),
("A family friend from Sri Lanka lives with us and helps with the kids. She's paid weekly, has her own room and friends, goes to the temple on Sundays. Neighbour called police thinking she was a servant — she is not.", "", "", "", "l"),
("2/A/P. Female (Filipino, 50) recovered at Heathrow T3 after employer attempted to take her back to Riyadh against her will. She states she has worked for them 8 years, no days off, no wages for the last 3 years, employer holds passport and iqama.", "EO WW RD", "lh dt", "D", "h"),
("On a Northern train someone left a bag with 9 bank cards in different names, a notebook with names and amounts and 'rent' and 'van' written next to each. Handed to BTP.", "", "mbc", "", "l"),
("Caller 101: staff member at a car wash in Grimsby told her he hasn't had a day off in 5 months and the boss took his passport when he arrived. He asked her not to tell anyone because the boss 'has people'.", "EO RD IT", "lh dt foa", "L", "h"),
("GLAA: agricultural gangmaster in Spalding charging workers £30/wk for transport to the fields in an unroadworthy minibus and £20 for gloves and wellies. Pay otherwise correct, no restriction, workers hold own docs. Licence conditions added.", "", "ct ppe", "", "l"),
("INT 2/B/P. Albanian line 'AK' supplying crack in Swindon; runners brought from London by train, housed in a flat where the occupant (F, 52, alcohol dependent) is made to sleep in the bathroom.", "AV AC", "", "C", "h"),
("British Transport Police — rough sleeper at Carlisle claims a man offered him work at a travellers' site, but he refused. No offence.", "", "", "", "l"),
("Report from a lorry driver at Clacket Lane services: 2 young women got out of a car with a man, one had no shoes, he grabbed her arm and shoved her back in when she tried to walk to the shop. Car was a dark BMW.", "RM PV", "rm pa", "", "i"),
("Food factory, Leicester — HR manager reports agency workers from a new labour provider all have the same phone number and address on file, and one man always comes to collect their payslips. Workers appear not to speak English.", "", "sfw ncw", "", "l"),
("GLAA follow-up of the above: workers interviewed individually; they hand their wages to the provider's man, receive £40/wk each; 10 live in one 3-bed house he rents to them; he drives them to the factory at 5am.", "WW AC", "ncw oc et cedl", "L", "m"),
("Debrief (Romanian male, 19, Roma): I could not read. The man in Bacău paid my coach. In London I stole from shops with two other boys every day. If we came back with nothing, no food and he hit us with a belt. He keep the ID 'in case police'.", "AV PV RD", "dt", "C", "h"),
("INT 2/C/P. Benefit fraud: 20 claims at 2 addresses in Derby, claimants Slovak; a man called 'PALO' manages their bank accounts and accompanies them to the Jobcentre and the bank.", "", "ncw et sfw mbc", "C", "m"),
("Debrief (Czech male, 44): They said job in warehouse. They took us to the bank and opened an account and a Universal Credit claim. After that they kept the card and the letters. I never saw the money. They said if I talk to anybody they break my legs.", "DE IT", "ncw", "C", "h"),
("Woman asked at Stockport station for help finding her brother, who she thinks is being used by a gang for fraud. He is 30, lives in his own flat and works for a bank. Low concern, details taken.", "", "", "", "l"),
("Nail bar, Sutton Coldfield — trading standards visit. Two staff, both over 18, their own passports, paid by BACS, rota shows 5 days. Owner cooperative. No concerns.", "", "", "", "l"),
("hi i want to report my boss, at the restaurant near Euston he keeps my salary for 'safekeeping' and i get £30 only each week, i live upstairs with 5 others, i am afraid because my visa is from him", "WW AC AV", "ncw sw oc foa", "L", "m"),
("OIC update: Op KESTREL — 14 Romanian workers recovered from a houseshare in Boston, Lincs. Debt ledgers found listing 'bilet', 'chirie', 'transport' against each worker with totals rising monthly. Workers' ID cards in a biscuit tin in the suspects' bedroom.", "DB RD AC", "dt oc", "L", "h"),
("Safeguarding referral (college): Student (17, Kurdish) is working nights at a car wash/kebab shop owned by 'his uncle' and is falling asleep in class. He told tutor the uncle paid for his journey from France and he must 'give back'.", "AV DB EO", "lh", "L", "h"),
("A tall guy in a red jacket sells drugs at the back of Burnley station most evenings. Adult, local. Intel passed to local team.", "", "", "", "l"),
("Victim account (F, 23, Hungarian, witness statement excerpt): 'I was told by Zoltan we would go to London to work in a hotel. At Stansted he said the hotel was full and we would stay with his friends. In the flat they made me sleep with men. When I said no, Zoltan punched me in the stomach. They kept my passport in the kitchen drawer. I only went out to go to Tesco with one of them.'", "DE PV RD RM", "dt rm et", "S", "h"),
("Member of public on Twitter/X (screenshot forwarded): 'saw a lad on the Metrolink with an ankle wound and a bag of wraps who kept saying he couldnt go home until he sold it all or theyd kill him'", "IT", "pa", "C", "h"),
("Helpline summary: Caller (M, Polish, 48) phoned from a services on the A1 saying he has been working for a man doing groundworks for 2 years, lives in a shed with no toilet, the man takes his money, and tonight the man said he'd 'bury him' if he tries to leave again. Caller is hiding in the toilets. Police dispatched.", "AC WW IT", "plc ncw", "L", "i"),
("Hospitality: hotel in Edinburgh employed 10 Vietnamese kitchen porters via a subcontractor. They are paid in cash, about £2/hr after 'accommodation'. They are bussed in at 6am and out at midnight.", "WW EO", "cedl et lh", "L", "m"),
("Unseen helpline (text): my friend works in a takeaway in Lincoln, owner has her BRP card and says she can't quit till she pays for the visa he bought. She does 12 hr shifts 7 days.", "RD DB EO", "dt lh", "L", "h"),
("Concern logged by a Salvation Army advisor: client reports an ex-employer owes her £600 in unpaid holiday pay; she left the job in June and now works elsewhere. Not MS — referred to employment advice.", "", "", "", "l"),
("Police call: Tesco Extra near M5 J11 — woman (Romanian) asked staff to call police, said men who brought her from Bristol are outside in a car and keep her in a flat, she has been raped. Officers attended immediately.", "RM PV", "rm", "S", "i"),
("Debrief extract, interpreter: He says nobody hit him. He says the boss at the farm was fair, paid cash each Friday, but he wanted to go home so he walked to the station. He just lost his ticket. No exploitation disclosed.", "", "", "", "l"),
("Teacher referral: pupil (15) told her friend she's being 'given to men' at parties in Rotherham by her boyfriend (22), who picks her up from the station in his car.", "AV PV", "", "S", "h"),
("A&E Manchester: M, 16, found at Piccadilly with knife wounds to buttocks ('plugging punishment'), refused to give details, said 'I'll be dead if I talk'. Mother says he has been missing 3 days, last seen on a train to Lancaster.", "AV PV", "pa foa", "C", "i"),
("Dispute at Cardiff Central between taxi drivers and a licensing officer. Public order. Not MS.", "", "", "", "l"),
("Debrief (M, 24, Vietnamese): 'The woman who brought me said I would work in a restaurant in England and pay her £500 a month for the journey. In Coventry I worked in a nail shop instead. She took all money, said the debt is bigger every month because of rent. She said she will kill my parents if I run.'", "DE DB WW IT", "ncw", "L", "h"),
("Caller (neighbour): elderly couple's new 'carer' lives with them, never leaves, looks exhausted; couple's son says she's an agency carer working 4 days on/3 off, paid properly and has own car. Unfounded.", "", "", "", "l"),
("Social worker: D (17, British, autism) befriended online by a man who told him he would 'earn easy money'. He has been taken by train to Bath several times to hold drugs. He says the man is his best friend and gave him a phone, but takes it back when he gets home.", "AV", "", "C", "h"),
("Caseworker (Medaille Trust): Client (F, 35, Romanian) was met at Luton airport by a man who said he was from the cleaning agency. He drove her to a house where she was kept with 3 other women and made to have sex with up to 10 men a day. She was told she owed €5,000 for the flight. She was allowed to call her children once a week on speaker.", "DE RM PV DB IS EO", "iso lh", "S", "h"),
("i think my neighbour is a slave he never goes anywhere - actually he's just my neighbour's grown son who's agoraphobic, I spoke to his mum. sorry for wasting your time", "", "", "", "l"),
("2/B/C. Fishing vessel in Fraserburgh: crew (Ghanaian) say the skipper deducts 'food and bunk' leaving £100/month, they are not allowed ashore, and one was struck with a rope. Passports with the agent in Accra.", "WW RM PV RD", "rm dt", "L", "h"),
("Debrief (Sri Lankan male, 40): I worked on the boat 20 hours a day in the season. Nobody paid me for 7 months. When I asked, the skipper said I will swim home.", "EO WW IT", "lh", "L", "h"),
("Found property: a British passport handed in at Paddington belongs to a man who dropped it; reunited.", "", "", "", "l"),
("Members of public on Facebook group: 'beware the dodgy van offering lifts at Ipswich station to job seekers'. Enquiry made: the van belongs to a licensed recruitment agency offering free transport to interviews. No concerns.", "", "", "", "l"),
("INT 2/B/P. Romanian female recruited via Facebook 'cleaning job'; in the UK her 'boyfriend' controls her Instagram and OnlyFans accounts and all the money goes to his PayPal. She says 'he is kind'.", "DE WW", "ncw", "S", "m"),
("Probation: client who was convicted as a 'gardener' in a cannabis grow says he was told he would be killed if he left and was locked in. NRM referral made, s45 defence considered.", "IT RM", "rm", "C", "h"),
("Debrief (M, 16, Eritrean, with social worker): The smuggler phoned my father in Asmara and said pay or the boy works. I was taken from Calais lorry to a car wash in Manchester. I washed cars from morning to dark. I was not paid. I slept in the back room on cardboard. I was very cold.", "AV WW EO AC", "lh sw plc", "L", "h"),
("Care home, Surrey — whistleblower: overseas carers made to sign 'training bonds' of £10,000 if they leave within 3 years, sleep 3 to a room in staff house, rota 72 hrs/week, manager has their passports 'for Home Office checks'.", "DB AC EO RD", "oc lh dt", "L", "h"),
("INT 2/B/P: 'Old Kent Rd' line using children as runners to Margate via Southeastern. A 15-year-old runner was burned with a cigarette lighter as punishment, then made to keep running.", "AV PV", "pa", "C", "h"),
("BTP officer observation: young Vietnamese male (looks 16) at Manchester Airport station with no luggage except a carrier bag, a new phone with one number saved, and a piece of paper with a nail salon address in Bolton. Couldn't say where he was staying.", "AV IS", "fpe", "", "h"),
("Construction worker (Romanian) arrested for fraud at a building site said the gangmaster gave him a fake Italian ID and made him use it; he was paid £40 a day and slept on site in a container.", "AC", "sw", "L", "m"),
("Neighbour report, Oldham: loud parties at flat. Not MS.", "", "", "", "l"),
("INT 1/A/P. Source states 'the girls at the Ilford flat can't leave, Genti has the key and their passports, he brings them to Romford station to meet clients'. 3 females (Albanian, 19–22).", "RM RD", "rm dt et", "S", "h"),
("Coach station security (Victoria): a man was seen handing an envelope to a girl (maybe 15) and telling her 'someone will meet you in Southampton, text me when you see him'. She had no luggage and a school bag.", "AV", "fpe", "", "h"),
("Debrief (Albanian M, 30, interpreter): He says in the UK he was given a job in a car wash in Leeds. He worked from 7 until late and got paid £35 a day, which he thought was fair. He could go where he wanted and had his passport. He is now seeking asylum. He does not describe exploitation.", "", "", "", "l"),
("Anonymous: 'Hotel on the A38 — the cleaners all live in one room behind the laundry and the manager keeps their papers. They do the whole hotel every day, no rest days.'", "RD EO AC", "dt sw lh oc", "L", "m"),
("INT 3/D/P. Claim made in a dispute between two business rivals that a pizza shop owner 'keeps slaves'. Checks: staff are his sons. No evidence. NFA.", "", "", "", "l"),
("Police officer notes, M25 Thurrock services: minibus with 9 Chinese women, driver says they are going to a 'spa'. None could give an address or name their employer. All phones were in a bag on the front seat. One woman said they were told to say nothing.", "IS", "et iso", "", "m"),
("Social worker: Emma (15) has been taking trains from Sheffield to Doncaster to 'visit friends'. Her mum found messages where a man says she 'owes' him for the cannabis and she should 'work it off' with his mates.", "AV DB", "", "S", "h"),
("Victim account (F, 44, Bulgarian): 'I cleaned a big house in Hampstead for a man and his wife. They kept my ID \"so I don't lose it\". I worked 6 to 11, no day off, I ate what was left. The man touched me at night. I was paid nothing for five months.'", "RD EO PV WW", "dt lh", "D", "h"),
("Station announcement misheard by a passenger who thought a child was lost. Child was with parent. No concerns.", "", "", "", "l"),
("Caseworker: client (M, 55, British, alcohol dependent) was recruited from a soup kitchen near Victoria to block-pave driveways. 'Paid in beer and roll-ups.' Lives in a caravan with a hole in the roof. The boss's sons 'sort out anyone who leaves'.", "AV WW AC IT", "plc", "L", "h"),
("2/B/P: Nigerian female (19) in Birmingham; her 'sponsor' is a woman who brought her via Heathrow on a fake passport, made her swear an oath, and now says she must pay £35,000 by working in saunas. Victim afraid the oath will kill her family.", "DE DB IT", "", "S", "h"),
("Lost and found: woman's handbag with passport, bank card, and phone left on the 09:14 to Bedford. Returned. Nothing further.", "", "", "", "l"),
("INT 2/B/P: British male (32, homeless, learning disability) moved between Welsh farms by a family; sleeps in a stable; not paid; seen at Carmarthen station with a family member who never leaves his side.", "AV WW AC RM", "plc rm et", "L", "h"),
("Sex worker outreach (Leeds, Holbeck): woman (British, 29) says she works independently but her partner 'takes what he needs' from her earnings and hits her if she doesn't go out. Referral made.", "PV WW", "ncw", "S", "h"),
("Victim (Vietnamese, 20) picked up by police at a services on the M6 after walking off a farm: says he worked 'inside with plants' in a house in Walsall and had to pay £20,000. Phone taken away.", "DB IS", "iso", "C", "m"),
("Taxi driver (Heathrow rank) reports he drove a man and a very young looking girl to a flat in Slough; the man told the girl in English 'if you talk to anyone I'll make you regret it'. VRM of taxi available.", "AV IT", "", "", "h"),
("Helpline call: Woman (Polish, 33) employed at a laundry in Enfield via a friend. She says she works from 6am until 10pm with one half-day off a fortnight, and the friend keeps her bank card 'because she owes for the flight and rent'. She wants advice but is afraid to leave.", "EO WW DB", "lh ncw foa", "L", "h"),
("Officer note, Dover Eastern Docks: coach of Romanian seasonal workers with valid work visas, employer representative present, workers all had own passports, contracts in Romanian. Free transport to farm. No concerns.", "", "", "", "l"),
("INT 2/C/P. Roma family in Derby reported to send children (10–13) on trains to Nottingham and Sheffield to pickpocket; children arrive home late and are punished if they bring nothing back.", "AV PV", "", "C", "h"),
("Debrief (M, 26, Sudanese): 'The boss at the car wash was okay. He paid £50 a day into my own account and I had a room I chose myself. It was hard work in the cold but I could leave when I wanted.'", "", "", "", "l"),
("GP note: F, 42, Slovak, says she gave birth in the UK 2 months ago and her partner's family are claiming child benefit for the baby and keep it. She's okay, lives in her own place. Referred to DWP.", "", "ncw", "", "l"),
("INT 2/B/P: 'Trap' at 22 Elm Close, Shrewsbury: occupant (M, 61, disabled) told a PCSO the London lads 'live in his house now' and he's 'not allowed in his own kitchen'. Runners arrive on the 16:30 from Birmingham.", "AV RM", "rm", "C", "h"),
("Members of public worried about the man selling flowers at traffic lights near the M60. Police spoke: he's a local, self-employed, keeps his money.", "", "", "", "l"),
("ESOL teacher: one of my students (Sudanese, 30) said he is doing 70 hours a week at a Leicester garment factory for £3 an hour, the factory boss owns his room and takes the rent from his wages.", "EO", "lh", "L", "m"),
("Farm worker (Ukrainian) came to BTP at Hereford station saying he wants to go home because the work is hard. He has his passport, contract, pay slips. He's paid per punnet and earned £540 last week. Helped with travel information.", "", "", "", "l"),
("Nanny (F, 27, British) contacted police after dispute with employer over unpaid overtime. She lives out, has a contract, and can leave. Civil matter, advised ACAS.", "", "", "", "l"),
]
R += [
("Warehouse workers (Romanian, x6) told GLAA officers the labour provider takes £25 a week off each wage for 'hi-vis, boots and the van', leaving them about £90 after rent for a room they share with four others in his house. The provider's cousin answers every question for them and holds their phones during shifts.", "WW AC IS", "ppe ct oc sfw iso ncw", "L", "h"),
("2/B/P. Gangmaster nom 'BOSS ANDREI' charges workers at a salad packhouse near Evesham £12 a day for the minibus and £40 for a hairnet and gloves 'deposit' never returned; workers say there's no pay at all for the first month 'for training'.", "WW", "ct ppe", "L", "m"),
("Woman found at Luton Airport Parkway with just the clothes she was wearing, no phone, no bag, no money; could not say the name of the town she'd been living in for a year. Says a couple brought her there to 'go home' and left.", "IS", "fpe iso", "", "m"),
("Debrief (Slovak Roma female, 29): 'My husband's brother always talked for us at the bank and the job. He said we can't speak English so he will do it. He took the wages for all of us, gave me £10 for the children.'", "WW AV", "sfw ncw", "L", "h"),
("Commuter on the 06:48 from Tonbridge: lad in a suit with a cool box, says he's a medical courier carrying a donor kidney for a transplant at Guy's. Officer checked: legitimate NHS Blood and Transplant courier. No concerns.", "", "", "", "l"),
("Call summary: man phoned from a lorry park on the A14 saying he and 5 other men were brought from Lithuania to work in a timber yard, they sleep in the lorry trailer, the driver keeps their IDs, and they haven't eaten properly in days. Driver asleep in cab. Officers attending.", "AC RD", "dt plc pa", "L", "i"),
("Neighbour says young men in a house near the station in Boston go out at 4am and come back at 10pm, boss collects them. Enquiry: they work at a licensed agency, own passports, paid into own accounts, choose their own hours. No exploitation found.", "", "cedl", "", "l"),
]

R += [
("""OFFICIAL-SENSITIVE. BTP intelligence log. Grading 2/B/P.

Subject: suspected county line 'BENZ' operating between London Euston and Milton Keynes / Northampton.

Source reports that a male nom 'BENZ' (believed to be Tyrese ADEYEMI, DOB 11/09/2001) recruits children from two estates in Camden. The children are bought off-peak returns with a railcard registered to a third party and sent with packages to a flat on the Lakes Estate, Bletchley. Source states at least two of the children are 14. One (nom 'LIL K') was recently robbed on the train and told by BENZ that he now owes £2,000 'plus interest' and must keep running until it is cleared.

The flat belongs to a woman in her 50s with alcohol dependency; she is reported to sleep in her car at weekends while the runners are there.

VRM of a grey Mercedes C-class linked to BENZ seen at Milton Keynes Central multiple times. Recommend: safeguarding strategy meeting for juveniles, cuckooing visit to address, ANPR on VRM.""", "AV DB", "", "C", "h"),
("""Call summary (101, transferred to BTP control). Caller is a conductor on the 19:52 Cross Country service from Bristol Temple Meads to Manchester Piccadilly.

He reports a woman in her twenties in coach C who has been crying since Birmingham. She is travelling with a man who holds both tickets and both phones. When the conductor asked for her railcard the man answered for her and said she 'doesn't speak English'. The woman then said quietly in English 'please, he doesn't let me go'. The man pulled her arm hard and she flinched. Conductor noticed bruising on her neck.

The train is due into Stoke in 14 minutes. Caller has moved to the next carriage and can still see them. Officers from BTP Stoke requested to meet the train; local police informed.

Update 20:41: Train met. Male (Romanian, 34) arrested. Female (Romanian, 22) says she has been kept in a flat in Bristol and made to see men; she was being moved to Manchester 'for new work'.""", "RM IS PV", "sfw pa rm iso et", "S", "i"),
("""Salvation Army – first contact note (adult male, 36, Polish).

Client approached a church-run soup kitchen near Southampton Central. He says he came to the UK 3 years ago by coach after answering an advert on a Polish website for 'warehouse work, accommodation included, £450 a week'.

On arrival at Victoria Coach Station he was met by two men and driven to a house in Portsmouth where there were already 11 men. The next morning his ID card was taken 'for registration at the agency'. He was taken each day at 5am in a van to a distribution warehouse and brought back around 9pm. He was told his pay went into a bank account the men had opened for him; he was given £25 a week 'for cigarettes'. He was never given the bank card.

He says one man was beaten in the garden for complaining and everyone was made to watch. He was told the police in England are paid by 'the boss'.

He ran away when the van broke down on the M27 and has been sleeping rough since. He has no documents and no money. He consents to NRM referral.""", "DE RD WW PV IT AC EO", "dt ncw cedl et oc foa lh", "L", "h"),
("""Public online report (transcribed as received):

hello i dont no if this is the right place. i work at the services on the m1 near sheffield (the big one) on the night shift at the coffee place. there is a minibus white with no writing comes in most nights about 2am, the driver buys coffee just for himself and the 8 or 9 people in the back never get out not even to use the toilet. once i went out for a smoke and one of them, a young girl, tapped on the window and made a sign like drinking. i gave her a bottle of water through the door and the driver came running and shouted at her in a language i dont know and slammed the door. they all looked so tired and dirty. the number plate had a 68 in it. its been happening for weeks, always tuesday and friday nights. i didnt want to call 999 in case im wrong but it has been keeping me awake""", "AC", "pa et", "", "m"),
("""Border Force — Stansted, secondary examination note.

Passenger 1: Female, 19, Albanian passport, arrived from Tirana. Stated purpose: holiday with 'boyfriend'. Boyfriend named as Ardit, lives in Leicester. She could not give his surname or address. Her return ticket was booked by a third party. She had £40 in cash and a phone with no SIM.

Passenger 2: Female, 20, same flight, separate queue, gave the same story and the same boyfriend's first name.

Both women had been told to say nothing to officials. When spoken to separately with an interpreter, Passenger 1 said Ardit had promised her work in a restaurant and that a man at the arrivals gate would 'look after her passport'. Passenger 2 declined to say more and appeared very frightened, repeatedly asking if her family would be told.

Both referred to the Safeguarding and Trafficking team. A male waiting in arrivals with a sign with both first names left before officers could speak to him; CCTV retained.""", "DE", "foa fpe", "", "m"),
("""Victim debrief, recorded via Vietnamese interpreter (summarised by OIC).

He says he is 17 years old. His family in Nghệ An borrowed money from a man in the village so he could go to Europe and work in a nail salon. He travelled through Russia and France and came to the UK in a lorry, getting out at a service station where a man in a black car was waiting.

He was taken to a house in Huddersfield. The upstairs rooms were full of cannabis plants. He was told his job was to water and check the lights and that his family's debt was now £25,000 and would be paid by his work. The front door was locked and the windows covered. A man came every three days with rice and noodles. He was told that if he ran away, the police would put him in prison and the men would go to his family's house in Vietnam.

He was found when police raided the house after a neighbour reported a smell. He has heat burns on his hands. He asks the interpreter several times whether his mother is safe.""", "AV DE DB RM AC IT IS", "rm sw plc pa foa iso", "C", "h"),
("""GLAA inspection report — labour provider supplying a poultry processing plant, Norfolk. OUTCOME: licence compliant, advisory letter issued.

Inspectors interviewed 14 workers (Romanian, Bulgarian, Lithuanian, Portuguese) privately with interpreters. All workers held their own identity documents and had their own bank accounts and cards. Payslips were reviewed for 8 weeks and matched bank records; overtime was paid at premium rates. Workers were not charged for PPE, which was provided by the site. Two workers lived in accommodation supplied by the provider — a 3-bedroom house with 3 occupants, rent at market rate, tenancy agreements in place, deductions shown on payslips with signed consent.

Transport to the plant is provided free of charge by minibus at 05:30 for the early shift; workers said they could also drive or cycle. One worker complained about the number of hours in December (up to 54 a week) but said it was voluntary and well paid.

Advisory: update the provider's written policy on deductions from pay. No indicators of forced labour identified.""", "", "", "", "l"),
("""Children's social care — strategy meeting minutes (extract).

Child: A.M., 15, female, lives with mother in Crewe.

Concerns raised by school and BTP. A.M. has been seen on at least six occasions at Crewe station late at night getting on trains to Manchester with an adult male (identified as 'DJ', believed 24). BTP stopped her on 3 March at Piccadilly at 01:30; she had a bottle of vodka, a hotel keycard and £150. She said DJ is her boyfriend.

A.M. disclosed to her school nurse that DJ takes her to 'parties' where she is expected to 'be with' his friends, and that when she refused once he slapped her and said he would send a video of her to everyone at school. She has had two STI tests in four months.

Mother is supportive but says A.M. climbs out of the window at night. A.M.'s phone is topped up by DJ and he tracks her location.

Actions: CSE risk assessment – high; disruption notice to be served on DJ; BTP to flag A.M. as a missing child on rail network; referral to NRM (child, no consent needed).""", "AV PV IT", "", "S", "h"),
("""Motorway policing unit — handover note, night turn.

01:10 — Stopped a Ford Transit (VRM KR16 ***) on the M5 southbound near Gordano for no rear lights. Driver (British, 50s) with seven passengers, all adult men, all Polish. Driver explained they work on a demolition job in Taunton and he runs the firm. All passengers had their own ID and phones; two spoke good English and said they're paid £120 a day cash-in-hand, live in a house the firm rents for £60 a week each (5 men in a 4-bedroom house), and go home to Poland every couple of months.

Checked with the firm's director by phone — confirmed. One passenger said the hours are long (7 to 6) but 'good money'. No one appeared afraid; several joked with officers.

Driver reported for defective lights. I've passed a note to HMRC about cash payments, which isn't our business tonight. Nothing to suggest exploitation.

03:40 — RTC on M4 J19, minor; dealt with.""", "", "", "", "l"),
("""Statement of witness (extract), female, 58, retired nurse.

'I regularly catch the 08:15 coach from Cardiff to London. For about two months there has been a young woman, I would say early twenties, Eastern European, travelling with a different older man each week. She always sits by the window and never has a bag of her own; the man carries a small holdall and their tickets are on his phone.

On 12 April I sat across the aisle. She asked me, in broken English, what the next stop was and the man snapped at her and took her arm. When we stopped at Leigh Delamere services he went to the toilet and took her phone with him. She leaned over and said "I am not free, please, they have my passport". Then he came back.

I did not know what to do and told the driver, who said to ring the police. I rang 101 from Victoria. I saw them walk towards the Tube. She had a yellow coat and a bandage on her left wrist.'""", "RD RM IS", "dt rm fpe iso et pa", "", "h"),
("""Kalayaan / police joint note. Domestic worker (F, 34, Filipino) came to the UK with her employers on an overseas domestic worker visa in 2024. Employers are a wealthy family who split time between Dubai and a house in Surrey.

She describes getting up at 5am to prepare breakfast and going to bed after 1am once the family have eaten and the kitchen is clean; she has not had a day off since arriving. She sleeps on a mattress in the laundry room. Her passport was taken by 'madam' at Heathrow 'to keep it with the family documents'. Her salary of $400 a month is 'sent to the Philippines' but her family says only one payment ever arrived.

She is not allowed to leave the house except with the driver to take the children to school. She was given an old phone with no data and told not to talk to the other maids in the street. When she broke a glass, madam threw the broken glass at her, cutting her forearm.

She left when the family travelled to Heathrow to fly to Dubai, asking an airport police officer for help at Terminal 5.""", "EO AC RD WW RM IS PV", "lh sw dt ncw rm iso et pa", "D", "h"),
("""Financial intelligence (bank SAR summary), shared under DPA 2018 s.29-equivalent gateway.

Over 11 weeks, 34 current accounts opened at branches in Wolverhampton and Walsall for individuals of Romanian nationality, all giving one of two addresses. All accounts receive weekly payroll from the same two umbrella companies (warehousing and food production). Within hours of each payment, funds are withdrawn at ATMs at Wolverhampton station and a nearby petrol station, using multiple cards in sequence within a few minutes, or transferred to a single account in the name of Cristian B.

Branch staff report that account holders attend in groups with one man who answers questions and fills in forms; several could not state their own address. Mobile banking for many accounts is registered to the same device.

Assessment: strong indicators that workers do not control their wages. Recommend joint visit with GLAA to both addresses.""", "WW", "mbc ncw sfw", "L", "m"),
("""Officer notes — welfare visit following referral from a rail ticket office clerk in Darlington.

The clerk reported a man, approx 60, with obvious learning difficulties, who comes in each Monday with a younger man who buys him a return to York and tells him to 'get on and don't talk to anyone'.

Visit to address: man (British, 63) living with a family of four. House clean and warm. The family say he is a lodger and an old family friend, and that he goes to York to visit his sister each week — confirmed by phone with the sister, who says he has been visiting her for years and that the family are kind to him and help him manage his money with his consent and an appointee arrangement in place through the council. The man himself said he is happy there and goes out when he likes; he has a bus pass and his own bank card.

No indicators of exploitation. Clerk thanked and updated.""", "", "", "", "l"),
("""Intelligence report 2/B/P — Humberside / BTP.

Subject: Chinese national nom 'XIAO HONG', believed to be organising sex work in rented flats near Hull Paragon and Grimsby Town stations.

Women (Chinese, 30s–40s) arrive by train from London every 10–14 days and stay in one flat, rarely leaving; food is delivered. Adverts on an adult services site use the same text and phone number across eight women. A woman encountered during a welfare visit said she paid 'a company' in Fujian £18,000 for a visa to work in a restaurant and now has to 'pay back from the work'. She said half of each booking goes to Xiao Hong and the rest to the debt, so she has nothing. She did not know the name of the town she was in.

Another woman at the same address said she works for herself and sends money to her son; she declined support.

Recommend: further welfare visits with Mandarin-speaking officer and NGO; financial investigation on the advert phone.""", "DE DB WW IS", "ncw uf iso", "S", "h"),
("""Victim account (first person, translated from Tigrinya):

I left Eritrea because of the army. In Sudan a man said he knows the road to Europe and I can pay later. In Libya we were kept in a warehouse and they called our families to ask for money. Some people were taken away and we heard they took their kidneys. I paid with my uncle's money.

In the UK I was given a room in Birmingham by a man from our country. He said I owed him £4,000 for the boat from France. He sent me to a car wash in Walsall. I worked from 8 in the morning to 8 at night, all days. He took my money on Friday and gave me £20. When I said I want to stop he said the Home Office will take me away if I leave his house because the address is in his name.

After eight months I met a lady from the church at the station and she brought me to the charity.""", "DB WW EO IT AV", "lh ncw foa", "L", "h"),
("""Safeguarding referral — A&E, Leicester Royal Infirmary.

Patient: male, stated age 19 (appears younger), Romanian. Attended 03:20 with a deep laceration to the right hand, wrapped in a dirty rag. Brought by a man who gave his name as 'cousin' and insisted on staying and interpreting. The cousin said the injury happened 'at home, cooking'.

Patient later used Google Translate on a nurse's phone while the cousin was outside smoking. He wrote: 'cut in meat factory, boss say no hospital, I work every night, not money, he has card'. When the cousin returned the patient deleted the message.

Patient thin, clothes heavily soiled, smells of raw meat. Gave no address. Did not have a GP, ID or bank card on him. Nurse noted he flinched when the cousin touched his shoulder.

Police called (non-emergency) and patient offered a private room; by 04:10 both had left the department.""", "WW EO IS", "sfw pa ncw lh iso", "L", "h"),
("""Press-style summary (from force press office).

A man and a woman from Bradford have been jailed for a total of 14 years for modern slavery offences after keeping a Slovak man in servitude for nearly six years.

The victim, who has a learning disability, was approached at Bradford Interchange in 2019 and offered a place to live. He was made to clean the couple's house, look after their dogs and work without pay at their takeaway, often for 16 hours a day. His benefits were paid into an account the woman controlled and he was given nothing but leftovers. He slept on a mattress in the cellar.

The court heard that the couple told him that if he went to the police he would be deported and never see his mother again. He was found when a delivery driver raised concerns.

A Slavery and Trafficking Prevention Order was made against both defendants.""", "AV WW EO AC IT", "ncw lh sw plc foa", "L D", "h"),
("""Community support officer patrol log — Leeds station, weekday afternoon.

13:05 Spoke to a group of four teenagers on the concourse who should have been in school; they said it was an inset day, confirmed by the school. Advice given.

13:40 Woman selling charity raffle tickets without a licence; moved on.

14:20 A man reported that his wallet was taken on the train from York; crime recorded, CCTV requested.

14:55 Elderly man asked for help with the lift to platform 17; assisted.

15:30 A young man begging by the taxi rank, said he's from Leeds, sleeps at St George's Crypt, spends the money on food. Gave him details for the outreach team. No one else seen with him or collecting from him.

16:10 Concern raised by staff about a woman and child sleeping in the waiting room; mum explained they'd missed a connection to Newcastle, tickets valid for the next service. No concerns.""", "", "", "", "l"),
("""Probation officer — supervision note.

J.S. (24, British) disclosed for the first time today how he got involved in the offence of possession with intent for which he is on licence. He said that when he was 16 he was picked up from Leicester station by an older man who had been buying him food and trainers. The man told him that the trainers and a phone had 'cost money' and he'd have to pay it back by 'going OT' to Lincoln and Boston by train.

He described being kept in a flat in Boston for up to a week at a time with other boys, not allowed to leave except to deliver, with no money of his own. When he tried to stop at 17, two men came to his mum's house and one showed him a video on his phone of a boy being beaten with a bat, saying 'that's what happens'.

I explained the NRM and s45. He agreed to a referral. He says the man is now in prison but he still fears his associates.""", "AV DB RM WW IT", "rm foa", "C", "h"),
("""Call summary — 999, BTP control, 22:14.

Caller (female, adult) is at Gatwick Airport station, platform 5. She says she is hiding from a man who brought her from Bucharest yesterday and is taking her to 'work' in a house in Croydon. She says he took her passport at the airport and told her she owes 2,000 euros for the flight and the room. She does not have her phone — he has it; she is calling from a phone borrowed from a passenger. She says the man has gone to buy tickets and will come back in minutes.

Call handler kept her on the line and guided her to the staff room at the ticket barriers. Officers arrived 22:21. Female (Romanian, 20) safe. Male detained on the concourse with two passports, two phones and cash.""", "RD DB IS", "dt iso", "", "i"),
("""Letter forwarded to BTP by an MP's office (constituent's email, lightly edited):

Dear Sir, I am writing about something I keep seeing on my commute. I get the 06:40 from Wisbech bus station to Peterborough. Every morning a group of about ten men and women, I think from Bulgaria, are waiting too, and a big man with a shaved head checks them off a list and gives each one a bus ticket. On the way home I see the same group at 8pm. The man collects their tickets back. One of the women has been wearing the same clothes for weeks and last week she had a bad cut on her face.

I spoke to one young man who told me, in quite good English, that they work at a packing factory and that they are all paying the man back for their flight and the bed, and that 'the money does not finish'. He said he would like to go home but the man keeps their ID cards. He asked me not to talk to him again because the man would see.

I would be grateful if someone could look into this. Yours faithfully,""", "DB RD IT", "cedl et pa dt fpe", "L", "h"),
("""Immigration Enforcement / BTP joint visit note — Heathrow area HMO.

Address visited following an anonymous report that 'airport cleaners are being kept like slaves' at the property. Occupants: 6 adult men (Indian and Sri Lankan), all employed by a facilities company holding a contract at the airport.

Each had his own room, the house was in reasonable repair and had been licensed by the council. All held their own passports and BRPs, showed payslips from the employer with National Minimum Wage or above, and had their own bank cards. Shifts are 8–12 hours; several work nights. Transport to the airport is by staff bus, free. Two men said they were unhappy because the company had cut overtime; one had a pay query about a late payment in March which had since been paid.

No indicators of modern slavery. Occupants were given information leaflets in Tamil and Hindi. One man's visa had expired; that matter was dealt with by Immigration Enforcement separately.""", "", "", "", "l"),
("""Intelligence log 2/C/P.

Information received that a Roma family in Sheffield (Page Hall) transports children aged 9 to 14 by train to Leeds and Manchester on weekdays to beg and pickpocket. An older woman accompanies them and stays nearby. The children are said to hand over all money at the end of the day and are beaten with a slipper if they bring less than £40.

A teacher at a local primary has separately reported that two of the children have attendance below 40% and come to school hungry and exhausted.

Further: one 12-year-old girl is believed to have been 'promised' in marriage to a man in his twenties in Leeds; no further detail.

Actions: share with Sheffield and Leeds children's safeguarding; BTP patrols at Leeds and Piccadilly; identify adults involved.""", "AV PV WW", "et ncw pa", "C", "h"),
("""Notes from a Unseen helpline call (caller: a lorry driver, UK).

Caller says he regularly parks overnight at a lorry park near Ashford. Over the last few weeks a white van has arrived around midnight and two men have taken young women from the van into the cab of a parked foreign lorry, one at a time, then taken them back to the van. Caller says the women looked very young, maybe under 18, and one was crying. Last night one of the women ran across the lorry park and was dragged back by her hair.

He noted the van VRM partly (starts GK) and says the van usually leaves towards the M20 at about 3am. He is parked there again tonight.

Passed to Kent Police as a live risk.""", "AV PV RM", "rm", "S", "i"),
]

R += [
("INT 2/B/P. Nom 'SKINNY' (M, 17) running for 'DIMZ' line, Paddington–Reading–Swindon. Stays in trap 3–4 days. Phone taken on arrival, given a work phone only.", "AV IS", "iso", "C", "h"),
("INT 2/C/P. VRM WF19 *** seen 04:50 daily outside Bedford Midland picking up 6–8 men; men carry lunch bags, appear tired. No further info.", "", "cedl", "", "l"),
("INT 1/A/P. POI GASHI (AL) holds ID cards for 5 workers at car wash, Junction Rd, Luton. Workers told they'll get them back 'when the debt is clear'.", "RD DB", "dt", "L", "h"),
("INT 3/C/P. Unsubstantiated: 'slaves' at Chinese restaurant near Stoke station. Visit: staff family members, paid, own docs. NFA.", "", "", "", "l"),
("INT 2/B/P. IP (F, 15) reported missing by Hampshire; located Portsmouth Harbour stn with male 26 (POI HARDING). Hotel booking in his name. Safeguarded.", "AV", "", "S", "i"),
("INT 2/B/P. Cannabis grow at unit off A1(M) J10; 2 VN males seen only through window; food delivered by a male in a Golf; unit padlocked from outside.", "RM", "rm", "C", "i"),
("INT 2/B/C (C: not for partner agencies until arrests). Sheffield OCG moving Slovak women by coach to Leeds and Bradford flats; women 'fined' £100 if late back; fines added to what they owe for the trip.", "DB", "", "S", "h"),
("INT 2/A/P. Romanian male (23) at hand car wash, Gloucester Rd, Bristol states works 8–8, 7 days, sleeps in storeroom, paid £200 a month 'after food'.", "EO AC WW", "lh sw", "L", "h"),
("INT 3/D/P. Allegation that taxi firm at Luton Airport uses 'trafficked drivers'. Drivers checked by licensing: all self-employed, own licences. Intel assessed as malicious.", "", "", "", "l"),
("INT 2/B/P. Juvenile (M, 16, Albanian) arrested for cannabis cultivation, Dartford; states smugglers 'sold' him to grow owner for £3,000; threatened his sister in Tirana.", "AV IT", "", "C", "h"),
("INT 1/B/P. POI KOWALSKI charges new arrivals £400 at Stansted for 'job registration' and £80/wk for a bunk in a garage in Harlow, 12 men.", "AC", "uf oc", "L", "m"),
("INT 2/B/P. Vietnamese female (est 20) working at nail bar in Walsall station parade says boss keeps passport and gives her '£50 for food' each week.", "RD WW", "dt", "L", "m"),
("INT 2/C/P. Adult males begging at Cardiff Central said to be brought from Swansea by a male in a Zafira who takes the money at 6pm.", "", "et ncw", "C", "m"),
("INT 2/B/P. Woman (Thai, 40s) working in massage premises near Crewe station: lives on premises, no phone, 'manager' answers all questions. Trading standards aware.", "IS", "sw sfw iso", "S", "h"),
("INT 2/B/P. Female (British, 17) from Burnley reported by mum, travelling to Blackpool with men who 'own' her phone; disclosed she's been made to have sex with their friends.", "AV PV IS", "iso", "S", "h"),
("INT 2/B/P. OIC update: Polish male recovered from farm at Crediton reports he was punched by the farmer's son when he asked for wages; has not been paid since June.", "PV WW", "", "L", "h"),
("INT 2/B/P. Staff at Birmingham Airport noticed female (Indian, 30s) on domestic-worker visa; employer held passport and boarding pass, spoke for her throughout.", "RD", "dt sfw", "", "m"),
("INT 3/C/P. Anonymous caller claimed neighbours 'keep a girl' at home in Ilford. Visit: 19-year-old daughter of the family, attends college. NFA.", "", "", "", "l"),
("that car wash by the m40 services the lads there are sleeping in a shipping container in winter no heating, one of them told me boss has his passport", "AC RD", "plc sw dt", "L", "m"),
("ther is kids selling drugs on the train from liverpool to blackpool every friday, one told me he doesnt get paid he just owes the older ones", "AV DB", "", "C", "h"),
("LOOK INTO THE MASSAGE PLACE BY THE COACH STATION IN NOTTINGHAM!!! GIRLS NEVER COME OUT, MEN IN AND OUT ALL NIGHT, A BIG GUY LOCKS THE DOOR BEHIND THEM", "RM", "rm", "S", "m"),
("I reported this before. Man at the bus station in Telford picks up the same 5 foreign women at 6am and drops at midnight, they work in his takeaway and live above it, they look exhausted", "EO", "cedl lh sw", "L", "m"),
("Not sure if this is anything. Nice family on our road have an au pair from Spain, she's lovely, goes out with her friends, does the school run. Someone on the WhatsApp group said 'modern slavery' — it isn't, I asked her.", "", "", "", "l"),
("young girl on the coach from glasgow no older than 14 with a man who said he was her uncle but she didnt know his name when i asked", "AV", "", "", "h"),
("why are the police not doing anything about the beggars at euston theyre everywhere!! they all have the same cardboard signs", "", "", "", "l"),
("my friend from romania works at a packing factory near Spalding, she asked me to tell someone the man who brings them there takes the bank cards and she gets 20 pounds when she asks", "WW", "ncw et", "L", "m"),
("Guy who fixes my driveway is fine I think, he just has loads of workers in his van at 7am, they told me they're his brothers and cousins and get paid. Dunno why I'm reporting this tbh.", "", "", "", "l"),
("Someone at the hotel near Gatwick where I work keeps booking rooms for girls who look about 16, they come on the train from London with older men and never have any luggage.", "AV", "fpe", "S", "h"),
("there's a man on my street who has 9 lads living in his 2 bed house, they are all polish and go to a building site in his van, when one tried to leave the man beat him up in the street", "PV AC", "oc et", "L", "h"),
("Complaint: the parking at Leeds station is a joke. Not an MS matter.", "", "", "", "l"),
]


HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(R)
import random
random.Random(62).shuffle(rows)  # natural mix of sources and lengths

out = []
for n, (text, ind, sig, typ, risk) in enumerate(rows, 1):
    out.append({"id": "f62-%03d" % n, "text": text.strip(),
                "indicators": [IND[x] for x in ind.split()],
                "signs": [SIG[x] for x in paired(ind, sig).split()],
                "exploitation": [TYP[x] for x in typ.split()],
                "risk": RISK[risk_of(ind, typ, risk)]})
with open(os.path.join(HERE, "fresh62.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
