#!/usr/bin/env python3
"""Build bench/text/fresh90.jsonl from hand-written texts below.
Each entry line: CODES | text.  Codes are short tags (see MAP); '!' = immediate risk,
'CH' = child victim (risk high). Paired signs are added for RD, RM, EO, IS."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = dict(RD="dt", RM="rmv", EO="lh", IS="iso")
DATA = []
DATA.append(r'''
S DE DB RD IS AV IT foa | Debrief via Romanian interpreter. She says a man she met in Craiova offered her work cleaning hotel rooms in Leeds for £400 a week. On arrival at a flat off Roundhay Road he took her ID card "to register her" and told her she owed £3,000 for the flight and the room. She was put on a website the same night. She says she does not know the address and has no phone of her own. She is frightened the police will send her to prison.

She says there were two other women in the flat, one Romanian and one she thinks was Bulgarian. They were moved to another city after a week; she does not know where. The man she knows only as "Cristi" brought food twice a week and collected the cash from a tin in the kitchen each morning.

She says she was never hit, but Cristi told her that girls who talk to police are sent back and that "people at home will know what you did". She has a six-year-old son living with her mother in Craiova and is worried for him.

She left when a client who spoke Romanian lent her his phone. She would like to go home but is afraid Cristi will find her there. Consents to NRM referral.
S RM ! | 999 caller, female, whispering, says she is in a flat above a shop on Station Rd and the door is locked from outside, men come all night, she wants to go home. Line cut. Units dispatched.
S | INT suggests short-let apartment at Castle Wharf, Nottingham being used as a pop-up brothel. 4-5 different females seen over 3 days, male callers arriving every 30-40 mins. 2/C/P
S RM IS DB et fpe | 3/B/P INT. Nom PETRESCU Ionut. Rotates Romanian females through Airbnb lets in Bristol, Cardiff, Swansea on 5-7 day cycles. Females driven between cities by PETRESCU, never go out alone, carry one small bag each. Told they owe for travel and adverts.

Bookings for all the women are taken through two mobiles attributed to PETRESCU. Ads on two adult sites use the same room photos with the faces blurred, reposted on the day of each move. Hotel and short-let bookings paid with a card in the name of PETRESCU's partner, ANGHEL Maria, DOB 03/02/1994, who is not believed to travel with them.

A separate male, POPA, previously linked to PETRESCU through a car-wash business in Newport, has had no contact in 12 months and is not assessed as involved. Liaison with South Wales Police and Avon & Somerset recommended. Research: PNC, PND, banking. 3/B/P
 | Adult services advert reviewed by Op team. Ad lists one UK mobile, independent worker, own photos, sets own hours, no indication of third-party control. No further action.
 | Caller reports neighbour in flat 6 is "running a knocking shop". Officers attended. Occupant is a 34-year-old woman who works alone from her home, clients by appointment. Says she chooses this work and keeps her earnings. No concerns about coercion. Advice given re safety, details of local sex worker support project passed on.
S AV PV IT CH | School safeguarding referral. Year 10 pupil (15) seen getting into different cars after school. Told a friend her "boyfriend" Kyle (20s) makes her "be nice" to his mates for weed and vodka and that he'll post pictures of her if she stops. Bruising to wrist noted by PE teacher.
S DB IT AV sfw | Caseworker note (Salvation Army). Client, Nigerian female 24, states a "madam" in Birmingham paid for her journey and she was told the debt was 35,000 euros. Before leaving Benin City she took an oath at a shrine with hair and nail clippings and believes she will go mad or die if she does not repay. Sent to work in a flat in Handsworth. Every client's money goes to the madam.

Client says she was moved twice, first to a flat in Handsworth and then to a house in Walsall, both times by a man she calls "Uncle". She was told to tell anyone who asked that she was a hairdresser. She says she has been to the GP once, with the madam's sister, who did the talking.

She came to our service after being arrested in a raid and is now in safe-house accommodation. She is very anxious and has asked us not to write down the madam's real name yet. She reports headaches and poor sleep. GP registration arranged; counselling referral to follow. Next contact Thursday.
S WW DB | the girls at the massage place on high st never see there money the owner takes it all and says its for there debt. they live upstairs. someone should look
 | Licensing visit to Serenity Thai Massage, Lincoln Rd. Two therapists on duty, both with valid right to work, contracts on file, paid hourly by BACS into their own accounts. Treatment rooms clean, no accommodation on site. Premises compliant.
S DE WW RD IS AV foa | Victim account (translated from Vietnamese). "They said I would do nails in a salon. When I came they took my passport and said I must massage men and do other things. I was not paid, the boss keep the money for my family he say. I could not speak English so I did not know where to go."
 | 101 call. Man says he met a woman on a dating site, sent her £2,400 for a plane ticket to visit from Ghana and she has now blocked him. Recorded as romance fraud, Action Fraud ref given. No indication anyone is being exploited.
S EO AC sw | Brothel at 44 Ashgrove St: INT that females work from 10:00 until 04:00, 7 days, and sleep on the massage tables in the back rooms. 2/B/P
S RM PV IT ! | Female, approx 19, flagged down PCSO on Corporation St, barefoot, said she had run from a flat where two men were keeping her and "selling" her. Says one of them hit her with a belt last night and told her he would kill her if she ran. She believes they are out looking for her now.
S | 2/B/P. Adverts on AdultWork-type site for "new girls every week" at the same address; photos show different women, text in broken English, all using one phone number. Likely managed by third party.
 | Press summary: A Manchester couple who ran a lawful escort agency were fined for failing to keep required records. The court heard all escorts were self-employed adults who set their own fees; no evidence of coercion was found.
S C AV CH IS | Social worker referral: 14-year-old girl in residential care goes missing for 2-3 days at a time, returns with new phones and clothes. Intelligence links her to a group of men who take her to parties in Rochdale and Oldham where she is given drugs and "passed around". Also asked to carry packages back. Her phone has been taken by the men each time.
 | A&E note: 28F attended with wrist fracture after falling on ice outside work. Works at a massage clinic. Accompanied by partner. Discussed safety, no disclosure of any concerns, seems well and relaxed.
S DB WW ncw | Financial intelligence: female account holder receives dozens of small card payments from a "beauty" business each night, all transferred out within minutes to one male account. Holder told bank staff "my friend looks after my money, I owe him".
S DE IS AV | She answered an advert for a modelling shoot in Manchester. When she got there the photographer said the shoot was actually webcam shows and she would have to do what the viewers paid for. He kept her laptop login and she does not know the address where the flat is.
 | Webcam performer (22) reports that a man she met online is threatening to leak clips she made. She creates and sells her own content, keeps her own accounts. Recorded as malicious communications / blackmail; no exploitation by a third party.
S RD IT RM | INT: Albanian females at an address on Whitworth Rd, Sheffield. Passports kept "in the office safe" by male handler known as "BESI". Females only leave with him. Told their families in Elbasan will be visited if they talk. 2/C/P
S PV AV CH | Police log: 16yo male, missing from home, found in hotel room with two adult men. He states he was given "money and cans" and one of the men made him perform sex acts. Strategy meeting to follow.
 | Hotel night manager reports a man and woman checking in with no bags late at night three nights in a row. Officers checked: married couple from Derby on a city break, bags left in car. No concerns.
S DE DB EO RM | Girl told me she came from Brazil to work as a dancer at a club. There's no club. She does escort calls 14 hours a day with no day off, the man who brought her drives her to every booking. She said she still owes £6,000 and it goes up every week with "rent and adverts".
S IT DB AV | Interview (via interpreter): she says that the woman in Glasgow said the juju priest would kill her brother back home if she didn't pay the 40,000. She says that she has paid maybe half by seeing men but the woman adds more for food.
 | Woman, 41, phoned to say her landlord is trying to evict her because he found out she is a sex worker. She works alone, no third party. Advised re tenancy rights and referred to housing advice.
S AV WW DB | Probation note: POI SMITH Dean released on licence. Partner (23, heroin user) states Dean "sorts out" her clients through a phone number and she hands him the cash for "the gear and the rent". She gets nothing else.
S | short let on Cobden Quay got lots of men coming and going all hours, different girls each weekend, one of the girls looked scared. owner lives abroad
S RM AC plc oc ! | Warrant executed 04:30 at 17 Moss Lane. Five females in a two-bed flat, mattresses on floor, one toilet. Front door deadlocked, no key inside. Females removed to place of safety, NRM referrals made.
 | GLAA inspection at Fenland Veg Packers. Workers supplied by licensed agency, payslips checked, transport free, accommodation inspected and adequate. No issues identified.
L DB WW RD AC oc ct | 2/B/P INT. Slovak males working at a car wash on Queens Rd. They live in 3-bed house with 11 others above the unit. Gang master "MARTIN" holds their ID cards and takes £60 a week each for lifts to work and rent from their wages, which are paid to his account. Told they still owe for the bus from Košice.
L EO WW ncw sfw | Hand car wash, A34 layby. Male, Albanian, told inspector he works 8am-8pm daily and gets "£30 a day, sometimes". When asked questions another man came over and answered on his behalf. Cash card for wages held by the manager.
 | Car wash on Church St inspected by council and HMRC. Four staff on rota, paid minimum wage through payroll, own bank accounts, days off recorded. Busy site, no concerns.
C AV CH IT | 101 from mum. Says her 15-year-old son is being sent to Margate with drugs by older lads from the estate, they gave him a phone and he's been told he owes them £800 after he "lost" a package. They said they'll stab him if he doesn't pay.
C IS RM AV DB ! | Cannabis factory raid, Unit 4 Clover Ind Est. Vietnamese male (claims 16) found inside, windows boarded, door padlocked outside. States he was brought to UK in a lorry, owes $20,000 and was told to water plants until debt paid. No phone. Age assessment requested.
C AV | Cuckooing: vulnerable adult male (learning disability) at 12 Ferry Court has had his flat taken over by dealers from London. Neighbours report drug traffic. Adult safeguarding referral made.
 | Neighbour complains that people at No. 8 are growing cannabis for their own use, smell in the garden. Officers attended, two small plants seized, occupant (owner, 55) given community resolution. No vulnerable persons.
D RD IS WW EO sw | Nanny from the Philippines, employed by a diplomatic family in Kensington. She sleeps on the floor of the children's room, works from 6am to midnight, has not been paid in eight months ("madam says she sends it to my family"). Her passport is kept in a locked drawer. She has never been allowed to use the phone.

She told the caseworker that the family travelled to the UK on a diplomatic posting two years ago and that she came with them from Riyadh, where she had worked for them for a year. She says the older children were kind to her but the parents shouted if she sat down during the day.

She left when the family's driver, who is from her home province, gave her the number of a Filipino church. She has no bank account and no money of her own. She is worried about her mother, who is ill, and about whether she can stay in the UK. Referred to Kalayaan and NRM; police informed with her consent.
D RM IT AV | witness statement: I'm the postman on that road, the Indian lady at 31 always looks through the window. She told me once quickly she's not allowed out except to take the kids to school and that the husband's mother said they'd get her deported if she complained.
 | Au pair (19, Spanish) contacted the au pair agency because her host family asked her to babysit on a Saturday night at short notice. She has her own room, gets £100 a week pocket money, her own passport and is free to leave. Agency resolved the dispute.
O DE AV DB | Border Force note: Pakistani male (32) stopped at LHR arriving from Dubai with a British "sponsor". Cannot explain purpose of visit. In interview says a relative arranged for him to "donate a kidney" to the sponsor's brother in London in return for clearing his family's debt of 1.5 lakh rupees. He believed it was an office job at first.
 | Renal unit note: 47M, living-donor kidney transplant from his sister, both assessed by independent assessor (HTA). No concerns re coercion or payment.
L C DE RD WW | Press: Eight Romanian men were brought to Lincolnshire on promises of farm work at £10/hour. Instead their ID was taken "for bank accounts", the accounts were used to claim benefits in their names and they were paid £20 a week for picking.
 | Bank alert: customer's card used at three ATMs in one evening. Customer confirms he was on a stag weekend, all withdrawals his own. Closed.
L RD WW DB IT RM AC oc | 3/B/C (not to be shared with employer). INT from source: Eritrean and Sudanese men at a waste recycling plant in Bolton sleep in a container on site, work 12 hour shifts sorting bins. Supervisor keeps their asylum papers and says they owe £2k each for being brought from Calais. He has told them the Home Office will send them back if they leave the yard. The gate is locked at night.

Source also reports that the yard's owner, HUSSAIN Tariq, runs a legitimate skip-hire business from the same site with properly employed British drivers; no concerns about the drivers. The men in the container are kept apart from them and are not on any payroll the source has seen.

Source states that one of the Sudanese men, approx 20, has an infected cut on his hand from broken glass and was told to keep working. Source does not know names beyond "Adam" and "Musa". Recommend joint visit with GLAA and LA environmental health; do not alert site management in advance.
S DB IT | Woman at the drop-in said she is "working off" the cost of her room and the ads to a man called Rocky. He told her if she tries to leave he'll send photos to her family in Poland.
S DE AV | Midwife note: 17F, 28/40, Nigerian. Says she came to UK to "do hair" but her aunt made her see men at the house to pay for her keep. Unsure of address. Referred to children's social care.
 | Student (20, Chinese) reports losing her passport on the bus. No suggestion anyone has taken it. Crime ref given for lost property; advised to contact embassy.
S RM et cedl | INT: females working at Oriental Beauty massage, Lordship Lane, are collected by a silver Toyota VRM LX15 ??? at 09:00 and returned to a flat in Wood Green at 02:00. Never seen out on their own. 2/C/P
S PV IT AV | First-person account: "He was my boyfriend I thought. Then he said I had to help him with money and sleep with his friend. When I said no he beat me and said he would tell my dad everything. I was 17."
 | online report - theres a woman on the 3rd floor who has men round late she's an escort i think, she told me she runs her own business and shes fine. just want to know if its legal
S WW ncw mbc | Bank: 14 debit cards in different female names used at the same ATM in Luton between 01:00 and 02:00 on five nights. Accounts each receive deposits from an escort agency. Funds moved on to one male account. Suggests accounts controlled by one person.
L AC EO WW pa | GP note: 45M, Polish, referred by Hope project. Working at a factory through a "friend". Says 70 hours a week, pays him £50 a week, rest "goes to the friend". Thin, untreated dermatitis on hands, says he sleeps in a shed.
 | A&E: 52M Polish labourer, crush injury to left hand from a pallet machine at warehouse. Employer brought him in, H&S investigation to be logged by HSE. No other concerns; patient has own accommodation and is paid weekly.
S AV IS RM CH ! | 999: a taxi driver says he has just dropped a girl who looks about 13 with two older men at the Premier Inn, she was crying and one of them took her phone off her. Officers en route.
 | Safeguarding referral closed: concern that a 17-year-old girl was being exploited by an older boyfriend. Enquiries found the boyfriend is 18, they are at college together, no evidence of exploitation or gifts, parents aware. NFA.
S DE RD DB WW AV foa | Chinese female (38) arrested in a raid on a flat in Slough. She says she paid an agent 80,000 yuan for a "restaurant job" in London, was told on arrival she must do massage "extra service" to pay back what she still owed. Her passport was given to the woman who runs the flats. She keeps £10 from every £80. Scared of being deported.
S PV | OIC note: victim states that at the flat in Derby the organiser "breaks in" new girls by raping them before they are put on the website.
 | Council licensing: sex establishment licence for Velvet Lounge lap-dancing club renewed. Performers self-employed, house fees within guidance, CCTV and welfare officer in place. No complaints.
L DB IS EO | Care worker (Indian, 29) told NGO she paid £12,000 to a "recruitment consultant" for her sponsorship visa. The care home says she must work 60+ hour weeks and pay back £5,000 if she leaves within 3 years. Her phone has been taken "for data protection".
uf | GLAA: unlicensed labour provider charging workers £150 "registration fee" before placing them in a chicken factory. Workers paid correctly once placed. Advice and warning letter. 
 | Landlord reports tenant running a business from the flat; investigated, tenant is a self-employed massage therapist seeing clients in a spare room. No sexual services, no one else involved. Planning advice only.
S C AV CH PV | Op intel: group of men of mixed heritage operating from a takeaway in town centre target girls aged 13-15, plying them with alcohol and drugs. Girls then taken to flats and raped by several men. Some girls made to carry drugs between towns. 1/B/P
S IT RM ! | Caller (brother of victim) says his sister just messaged from a flat in Coventry, the Albanian man there says he'll kill her tonight if she tries to leave. She's not allowed out. Sent a location pin.
S DB | Texted the support line: "i owe mummy 30k still, how long do i have to keep doing clients for"
 | Report from hotel: woman in room 215 has had several male visitors. Staff spoke to her; she is a British independent escort visiting the city. No signs of control, she booked and paid herself. Advice leaflet given.
S DE AV | Webcam studio: Romanian women told they would be "chat hosts" earning €2,000 a month were made to perform explicit shows; told that was "normal" in the UK.
S WW EO sw | She says that the manager at the "spa" keeps all the money and gives her £50 on a Sunday. She says she works every day from noon to 3am and sleeps in the room where the clients come.
 | Two sisters share a flat in Harrow and both work as dancers at a licensed club. Their mother raised concern that they are "being used". Both seen separately, both say they work by choice, keep their pay and can stop whenever. No further action.
 | Dating scam: 63-year-old man in Kent sent £18,000 to "Natasha", who claimed to be a nurse in Ukraine. No person identified; profile photos stolen. Fraud, not trafficking.
S DE RD RM DB | NRM referral narrative: Client (Albanian, 21) met a man on Instagram who said he loved her and would marry her in London. On arrival he took her passport, told her she had to "work for a few months" in flats to pay the smuggler. She was only ever allowed out with him or his cousin.
C DE AV | Begging: Romanian family group brought to Newcastle; an elderly disabled man from the group is placed outside the supermarket daily. Told he would get care and a pension in UK.
C WW ncw AV | Man with learning difficulties says his "mate" takes him to the shop to steal meat every day and keeps all the money from selling it. "He gives me chips."
 | A group of Roma women selling the Big Issue in Exeter reported by shop owner as "organised begging". Checked: registered vendors, work independently, keep their earnings.
D AV IS RM WW | Referral from Hackney school: a 16-year-old girl from Nigeria living with "aunty" doesn't attend school, cares for three small children, cleans all day, not allowed out alone. Aunty gets child benefit for her. Girl said she was promised education.
S AV WW | Sex worker with a crack addiction. The man she lives with takes every penny she earns and gives her rocks instead.
S RM IS EO et | Police: intelligence that a Chinese woman seen at 8 Elm Grove only leaves the property when driven to a different city every week. Neighbours say she never speaks to anyone. Callers 11am to 2am. 3/C/P
 | Woman, 31, Thai, runs her own massage business from a rented unit. Complaint by competitor that it is "a front". Licensing visit: therapists qualified, paid, no accommodation, no sexual services advertised. Complaint unfounded.
S AV DE IS | Girl from care home says a woman she met on Snapchat offered her modelling money; she's since been taken to "parties" in Leicester and given a new phone that only the woman's number is saved on. She is 16.
S IT PV DB ! | Debrief: "He showed me a video of a girl being burned with an iron. He said this is what happens to those who don't pay. I had £9,000 left. Yesterday he burned my arm. He is outside now in the car."
 | 101: woman says her ex-partner is sending abusive messages after the breakup and turned up at her work. Domestic abuse, harassment recorded. No indication of exploitation.
L DE WW AC oc ct | The agency said £9 an hour in a food factory in Corby. They take £80 rent for a bed in a room with five men, £25 for the minibus, and some weeks we get £40. Nobody explains the payslips.
S | Adult work profiles linked by the same hotel-room photographs and phone: five Brazilian women advertised in Cardiff then Newport then Gloucester over a fortnight. Pattern consistent with third-party movement. 2/C/P
S RD WW DB IT PV AV | Long debrief (interpreter). She says that she was recruited by a woman from her church in Lagos who said she could study nursing in the UK. The woman's brother met her at Gatwick and took her passport "to keep it safe from thieves". She was taken to a house in Luton.

She says that on the second night the brother raped her and told her this was her job now. She was told she owed £30,000 for the flight, visa and "the oath", and that her mother would be hurt if she did not pay. All money from clients went to the woman.

She says she escaped after eight months when a client helped her. She has asthma and was never allowed to see a doctor.
 | The "massage" place on Bank St shut down last month after the landlord sold the building. Staff were local women, all employed. Mentioned only because the complainant thought it was still open.
C DB IT AV | County lines INT: POI "Smokey" supplies users in Blackpool, uses local addicts to run bags and forces them to "work off" drug debts. One user told he'll lose fingers if he runs off with stock. 2/B/P
 | Neighbour dispute: man says woman upstairs has "men visiting" and plays loud music. She is a carer working shifts; visitors are her brothers. NFA.
S IS DE | Escort agency INT: Hungarian women advertised as "student escorts" were told they'd be hostesses at events. Phones taken on arrival "for the agency". 3/C/P
O AV DE | Medical note from a charity clinic: Indian male with a fresh nephrectomy scar says he was paid "nothing yet" after being told he would get £8,000 for a kidney in a private clinic abroad. He had gone there because of his family's loans.
S RM ! | Uber driver calls 999: woman in back seat asked him for help, says the man who booked the car "owns her" and the other car is following. Now on M1 J25.
L EO WW AC AV | Fishing boat in Newlyn: Filipino deckhand says he works 20 hours a day at sea, paid only $200 for 4 months and the rest "to the agent". Sleeps in a cabin with 6 others. Visa tied to the boat owner.
 | Construction site check by police and Immigration Enforcement: 22 workers, all with right to work, CSCS cards, agency payslips. One worker's visa had expired; dealt with by Home Office. No exploitation.
S AV PV CH IT | Education welfare: Girl (14) from a traveller family disclosed her uncle "lends" her to men for money at weekends, says he'd hurt her mum if she told. Strategy discussion same day.
S DB AC oc | Salvation Army outreach: eight Romanian women in a three-bed house in Ilford who work in massage shops run by the same man; rent £150 each a week is taken from their takings, they describe sleeping in shifts.
''')
DATA.append(r'''
S PV AC pa | GP: 26F, Lithuanian, brought by "cousin" who tried to stay in the room. Multiple bruises of different ages on thighs and arms, untreated STI, very underweight. Works at a "sauna". Says she lives there.
S | Oi police. flat 3b above the vape shop, been a brothel for months, girls change every week, nobody does nothing
S DE RM IS EO | Translated statement: I came for cleaning work. The lady said I must do massage with happy ending. Every day from 10 in the morning to 2 at night. I cannot go out because the boss say police will catch me. Phone she has.
 | Sex worker outreach log: visited 6 flats in the city centre. All women spoken to work independently or share a flat with one friend for safety. No third party, no reports of coercion. Condoms and safety alerts given.
S AV WW ncw | Adult safeguarding: woman (30s, learning disability) told day centre staff that her neighbour "gets men to visit" her and he keeps the money in his jar for her. She receives nothing.
S RM et | Op TOPAZ obs: females at 7 Kings Rd escorted to and from the nail bar and the Kings Rd flat by two males in a black Audi VRM. Not seen alone in 6 days of obs.
S DE RD IS AV | Albanian female (19) recovered at a Travelodge in Stoke. Says a "boyfriend" in Tirana brought her to the UK promising a wedding. He keeps her ID, took her SIM card and she has no idea what town she's in. Clients booked via Vivastreet.
S EO AC WW | She says that in the pop-up in Milton Keynes she saw 15 to 20 men a day. She says there was no food except noodles, no heating, one towel. Money went to a man called Florin who gave her £100 at the end of the week.
 | Escort (28, British) reports a client who refused to pay and took her phone. Robbery recorded. She works independently, has her own flat and manages her own adverts.
S DB AC oc | INT: house on Grange Rd used by Nigerian women working off debts to a "madam" in London. 9 women in 3 bedrooms, madam visits monthly to collect. 3/C/P
S PV IT RM ! | Officer handover 02:15 — female in Flat 2, Blenheim House says she's been held since Friday, boyfriend "Jamal" has her locked in the bedroom, has beaten her and threatened to kill her. Attending now with door entry team.
S CH AV DE | Online safety referral: 15-year-old boy groomed on a gaming site by a man posing as a 16-year-old girl, persuaded to send explicit images, now told to make more videos "for customers".
S AV IT | CSE: girl 17 says the man who lets her stay in his flat (she's homeless) says she must sleep with his friends or she's out on the street tonight.
 | Parent reports 16-year-old daughter is in a relationship with a 17-year-old boy. Concerned they're having sex. No age gap, no gifts, no third party. Advice given, no exploitation identified.
S DE AV | the advert said dancing job in Dubai but they brought us to London and said we must do what the customers want. We didn't have money for ticket back. —from interview, Ukrainian female
S WW DB | 2/B/P INT: "MAMA JOY" in Peckham collects £700 a week from each girl. Girls told the sum due never changes until the "contract" ends.
S | Custody note: male arrested for controlling prostitution for gain (s53 SOA 2003). Runs adverts for three women from his phone. Interviews pending.
S IS RM et cedl | Taxi firm reports: same driver collects two Asian women at 10am from a flat and drops them back at 3am every day. They never speak, the man pays.
 | Adult entertainment licensing check: strip club staff rota, ID, right-to-work documents all in order. Dancers keep their own tips. Compliant.
S RD WW | Nail bar girl told me her boss holds her passport and "the sex work money" from the flat upstairs.
S C AV CH RM PV | Child protection conference minute: 15F, looked-after child, found in a flat in Southend with three adult males. She had been kept there four days, made to have sex with men and deliver drugs. Police and CSC joint investigation.
 | 101: landlord says his tenant (female sex worker, works alone) hasn't paid rent for two months and wants her evicted. Civil matter; advised re eviction process. Tenant says she is not being controlled by anyone.
S DE DB IS | Victim debrief (Vietnamese female, 22): agency in Hanoi said restaurant work in Birmingham, fee $15,000 payable later. In Birmingham she was told to "serve" men at a massage flat until the fee was cleared. Not allowed to talk to the other girls.
S PV | She was raped by a customer at the flat; the man who runs the flat said it was her fault and she had to carry on.
S AV | Sex worker, homeless, approached by man offering a room "in exchange" for seeing his mates. INT suggests he does this with several women. 3/C/P
 | Webcam model (24) contacts police after an ex-partner shared images without consent. Works for herself from home, no concerns about control. Intimate image abuse offence recorded.
S DB IT AV | Caseworker: the juju oath means she believes her mother will die if she talks to us. Still owes madam £18,000 by her reckoning.
S RM IS EO AC sw ! | Warrant at massage parlour, Fore St. Two Thai women found in a back room with a padlocked door. No windows. They sleep on the floor and work "all day all night". Neither speaks English or has a phone. Taken to reception centre.
S DE WW | woman on the forum says she came for a job as a receptionist at an escort agency but they put her out on calls and keep all her booking fees
 | Two adult women, both Brazilian, share a rented flat and advertise escort services separately. Visited by police following a neighbour's complaint. Both have own passports, own phones, share rent equally. No third-party control.
S PV AV CH | Police log: 13yo female reports being taken to a house by an 18yo "boyfriend", made to have sex with two of his friends. Suspects arrested.
S DB WW ncw | Financial: female account receives escort booking payments; debit card is held by a male who withdraws daily. Customer says the card "pays for the debt".
L RD WW AC | GLAA: Chinese kitchen staff at takeaway in Wrexham; boss has their passports, pays them "when the business is better", they sleep on cardboard in the storeroom.
L EO AC sw | INT: Indian males at a sweet shop factory in Leicester working 90 hour weeks, sleeping on site above the ovens. 2/C/P
L WW DB RD ct | Car wash workers (Romanian) told GLAA their wages go to "Nicu" who "pays the debts from coming here" and charges each £10 a day for the van. IDs "in the van's glovebox".
 | Car wash on Ring Rd: worker complained to ACAS that he was paid late one month. Employer paid in full once raised. Worker has own bank account and accommodation. Low pay but no exploitation.
L DE uf DB | Facebook ad offered jobs in a Kent packhouse. Each man paid £400 in Sofia for the job and the coach. On arrival they were told there was a further £600 "admin" to work off. Wages low but paid to their own accounts.
ppe lh | Warehouse agency deducts £35 for hi-vis and boots from first week's pay and workers do 12-hr night shifts; shifts are voluntary and pay otherwise correct. Possible PPE charge breach.
L EO IS RM | Farm near Evesham: Polish man found by a dog walker says he hasn't been off the farm in a year, works "from dark to dark", the farmer's son takes him to the shop once a month. No phone.
L AV WW DB AC RM | Press summary: A family in Bedfordshire was jailed for keeping homeless British men on a travellers' site, making them lay tarmac for no pay and housing them in filthy caravans. The men were told they owed for food and "rent". Some were beaten if they tried to leave.
L PV | Construction labourer (Ukrainian) attended A&E with head wound, says gangmaster hit him with a spade for stopping work.
sfw | Labour inspection at a packhouse: a man at the gate insisted on translating for all Bulgarian workers and would not leave the room. Workers had payslips and own accounts. Follow-up visit planned. 2/C/P
 | Care home recruitment complaint: Nigerian nurse paid £1,200 for English test and visa out of own pocket, employer refunded it after complaint. Works 37.5 hrs, own accommodation. No exploitation.
L DB IT AV | Care worker (Zimbabwe) told by employer she must repay £7,000 in "training costs" if she leaves, and that she'll be reported to the Home Office. She is afraid to quit.
L WW | The hotel never paid us for the last two months, they said the money comes next month, it never come, now they say we owe for the room.
 | Hotel chambermaid says she's been paid minimum wage but thinks that's too low for the work. Normal employment, not trafficking.
L EO AC oc pa | Fishing vessel inspection: 6 Ghanaian crew sleeping in one cabin meant for two, working up to 20 hours when nets are out, visible rope burns and malnutrition.
C AV IS CH | County lines: 17yo from Croydon found in a trap house in Weymouth, phone taken off him by the older dealer so he can only use the "line" phone.
C RM IT AV CH | Cannabis grow INT: Vietnamese boy kept inside a house in Wolverhampton, told the "bad men" would cut him if he went outside. Food delivered weekly. 2/B/P
C DB WW | INT: migrants made to shoplift to order in Slough. Organiser sells the goods and says their share goes on the debt. 3/C/P
C AV WW ncw | Benefit fraud: an Eastern European gang opened bank accounts and claimed Universal Credit in the names of workers who do not speak English. Workers receive nothing of the benefit or their pay.
 | Housing officer: man claims his brother, who lives with him, is "cheating benefits". Brother has a disability and legitimately claims PIP. No exploitation.
C AV DE | Cuckooing: a dealer befriended a 68-year-old woman with dementia saying he'd help with her shopping, now uses her flat to sell from.
C RD IT | Money mule: student told to let "a friend" use her account for a month for £200. Now they have her bank card and ID and threaten to tell the university if she cancels.
 | Shoplifting: 35-year-old man arrested stealing razors in Boots, known drug user, says he steals to fund his habit. No one else involved.
D IS EO WW | Domestic worker (Indonesian) in Knightsbridge flat: 18 hour days, no days off, no salary for 2 years "sent to agent in Jakarta". Not allowed to talk to other maids.
D PV AV | Daughter-in-law (Pakistani, 22) tells GP her in-laws make her do all the housework, beat her when it isn't done, and that she has no visa of her own.
 | Domestic abuse referral: wife hit by husband after argument about money. No suggestion of servitude or forced labour. MARAC referral.
D RD RM | Maid brought by a Saudi family on diplomatic visa; told she "cannot leave the house, it is not safe in London" and her passport is with the driver.
D DE WW | Au pair (Filipino) was told she'd study English and look after two children. Instead she cleans a six-bedroom house and two holiday flats for the family, paid £50 a month.
 | Nanny dispute: British nanny says her employer owes her holiday pay. Employment tribunal advice. No other concerns.
O DE IT | Referral: Albanian male told he'd work on a farm in Italy. Instead brought to a clinic in Turkey and pressured to "sell a kidney" to pay for his journey, told his family would suffer if he refused.
O AV | NGO alert: Facebook groups in Bangladesh advertising "kidney buyers" in the UK targeting indebted villagers. Possible organ trafficking route.
 | Transplant coordinator: mother donating part of her liver to her son. Independent assessment passed. Routine.
 | Eritrean asylum seeker (24) in hotel accommodation, interviewed by Home Office. Describes journey via Libya; paid smugglers in full. Now receives asylum support, no one controls him. No current exploitation.
L RD | Employer retained workers' passports "so they don't lose them". Workers say they can have them back when asked. GLAA advice given.
 | Polish worker says his agency kept his P45 after he left. Returned on request. Admin error.
S DE RD IS AV foa | Custody handover, 06:40.

1) Theft from motor vehicle, Norwood Rd — male in custody, interviewed, charged. Nothing further.
2) Romanian female (20) arrested 02:10 for soliciting in Southall. In booking-in she disclosed via Language Line that a "friend" brought her from Constanța for cafe work; instead she has been "on the street" for him every night. He has her identity card and the only phone. She says she will be put in prison if she speaks and did not want to say more. Treated as a potential victim, not a suspect; s45 considered. MSHT team and Migrant Help informed; awaiting interview with female officer.
3) Drunk and disorderly, High St — released on caution.
4) Missing adult found safe at his sister's address. Closed.
S PV IT | "He put my face on the wall and said next time it's my sister in Kano" — victim, brothel in Leeds
S AC oc | Pop-up brothel: 3 women sharing one double bed in a studio flat, used condoms in the bin bags piled in the hallway.
S IS | Texts from "Lily" to support service: "he has my insta pass, i cant msg anyone but u"
 | Salvation Army log: woman who previously disclosed trafficking now settled in accommodation, working part time at a café, contact reducing. No current concerns.
S WW DB IT RM PV | Long witness statement (client of a brothel): 

I've visited the flat in Stockport a few times. On my third visit the girl, Ana, was crying. She said she'd been brought from Moldova by a man she calls "the uncle". She told me he takes all the money I pay and says she owes him for the flat.

She said she's never allowed out, the uncle's friend sits in the kitchen the whole time. She showed me a cut on her arm and said he did it because she tried to hide £20. She said if she talks to police he'll send people to her village.

I didn't want to get involved with police because of my own situation but I couldn't stop thinking about her. I left and called Crimestoppers the next day.

I've seen other girls there too, one called Bianca who seemed fine and laughed with the uncle's friend, I don't know her situation. The flat is on the second floor above a bookmaker's.
S AV | INT: POI FIELDS offers accommodation to girls leaving care in Wakefield and introduces them to "clients". 2/C/P
 | Man reports his partner is an escort and he doesn't like it. She confirms she chooses the work and he has no involvement. Relationship argument only.
S EO | they dont let the girls rest at the pop up they do 24hr bookings
S RM IS | Girl at the flat in Preston said she can't go out and she's not allowed to talk on the phone to anyone except Dan.
S CH AV PV DE | NRM: 17yo Eritrean girl in Calais was promised safe passage to UK by a man who then made her sleep with drivers to "pay" for the lorry. Raped by two men in the first week.
 | Dating app: woman met a man who said he was a soldier abroad; she sent £4,000. She was not harmed or made to do anything else. Fraud only.
S DB AC oc WW | Victims said they share two rooms in Luton between seven, pay £200 "rent" each from takings, and the rest goes to the debt which never seems to go down.
S RD DE | Korean female (29) working at a "karaoke" in New Malden told police her employer took her passport on day one and said she'd be a hostess only; she was made to have sex with customers.
S DE | Thai transgender performer brought in on a "show" contract, made to see clients after shows.
S RM et | Police INT: Romanian women in Ilford taken to the Southend massage shops by car each morning by "Gabi". Never use public transport. 2/C/P
 | 101 call from a spa owner: a customer became aggressive when told there were no "extras". Customer ejected. Business lawful, staff safe.
S C CH AV IT RM | Police log: 16F, missing, located in Birmingham. Says older men kept her in a flat, she had to "do stuff" with men and carry drugs in her bra. Told they'd hurt her brother if she told.
S AV WW | Woman, 45, with alcohol dependency says her landlord arranges "visitors" to her room and takes the cash as rent. She is given vodka.
S AV DE IS | She met him on a dating app, he said he loved her and moved her to Sheffield. She now knows nobody here, her phone was "broken" and he has started taking her to see other men.
 | The woman in number 9 says she's a dominatrix and works from home. Neighbours unhappy with noise. Council environmental health advised. No exploitation.
S EO WW sw | Massage shop Hull: worker sleeps on the couch, open 9am-11pm 7 days, says boss gives her £30 a day "food money".
S IT | INT: handler threatens women with "a visit" to their kids in Romania if takings are short. 3/C/P
S DE AV DB | Ghanaian woman (27): came as a "nanny" on a visitor visa arranged by a church pastor, told on arrival she owed £15,000 and was sent to work in a flat in Croydon.
 | Border Force: female traveller with no return ticket, explains she is visiting her fiancé. Fiancé met at arrivals, relationship documented, no concerns. Leave to enter granted.
S RM PV ! | 999 from a neighbour: screaming from flat 12, a woman shouted out of the window "help me they won't let me out". Man seen dragging her back in.
S DE WW RD | Interpreter notes: she says that the man who runs the nail bar told her she was going to train as a beautician. She says that after two weeks he moved her to the "VIP room" upstairs, and that all money goes in the till. Her passport "is in the shop safe".
S CH AV IS | School: 14yo girl now has two phones, one she won't show anyone. Friends say an older man gave it to her and only he can call it. She says she's been to "parties" in hotels.
 | Pastor reports a young Nigerian woman in his congregation is afraid of juju. She explains she is a student, family are Christians, she is worried about a relative's illness. No trafficking indicators.
L AV WW EO | Farm labourer (British, 50s, previously homeless) found living in a horsebox on a farm in Wales. Works every day, "paid" in tobacco and beer.
C EO AC RM | Cannabis grow in loft at 33 Fern Ave: Vietnamese male (20s) says he tends plants around the clock, sleeps by the lamps, exits blocked. Fumes. 
L DE WW AC | Construction gang of Romanian men promised £100/day. Paid £20 a day after "deductions" for food, tools and bed in a shipping container with no toilet.
D RM IS EO | Interpreter: she says that she cooked and cleaned for the family from 5am until they slept. She says the front door key was kept by the wife and she never saw anyone outside the family for three years.
 | 101: man says his wife's cousin is staying with them and does the cooking; caller suspects "slavery". Officers visited, cousin is a student who helps out, free to come and go, has her own money. NFA.
O DE DB | Statement: "They told me I owe 6 million naira for the ticket. The doctor will take a kidney, they said, and the debt is finished." — Nigerian male, 19, intercepted at Manchester
O DE AV | Indian woman says she was promised ₹3 lakh for a kidney to a foreign patient, paid only ₹20,000 after surgery. Living in debt in the UK with her husband.
''')
DATA.append(r'''
 | Massage clinic on Quay St visited by licensing and police after a one-star online review hinted at "extras".

The business is run by a husband and wife, both qualified therapists, with three employed staff (two British, one Thai). All were seen. Contracts and payroll records show hourly pay into each person's own account and rota hours of 30–37 a week. The Thai therapist has indefinite leave to remain and has worked there four years; she spoke with us alone and said she enjoys the work and has no complaints.

No accommodation on site, no locked rooms, no evidence of sexual services in the booking system, treatment notes or adverts. The review appears to be from a customer who was refused a booking.

No indicators of exploitation. Licence conditions met. NFA.
 | Independent escort (35) asked police for advice after a client followed her home. She has her own flat, her own website and no manager. Safety advice given, client warned.
 | INT checked and closed: report of a "brothel" at 22 Mill Lane.

Original report (anonymous, online) said that "lots of young foreign women" live at the address, that men arrive at night, and that curtains are always closed. Graded 3/C/P on receipt.

Research: Electoral roll and tenancy show four nursing students, two from Kerala and two from Ghana, renting the house privately since September. All are on placement at the General Hospital and work rotating night shifts, which explains the movement and closed curtains in the day. The men seen arriving at night are a taxi firm's drivers picking them up for shifts and, on two occasions, boyfriends visiting.

Neighbourhood officers visited and spoke with all four women separately. Each has her own passport, bank account and phone; the landlord lives locally and has no involvement in their work. No indicators of exploitation. Original report re-graded 3/E/P and closed under MoPI. Complainant advised.
 | Flat on the 4th floor gets a lot of male visitors. Resident spoken to; she is a sex worker who works alone by choice, no one else lives there, says she's never been threatened and can stop any time. Not exploitation.
 | She says she keeps all her earnings, pays her own rent, and has never been forced to see anyone. She just wanted to report a client who stole from her.
 | Hotel reports group of women checking in with a man. Officers attended: hen party from Swansea with the bride's brother as driver. No concerns.
 | Woman rang 101 because her ex is calling her "a prostitute" to her family and posting her address online. Harassment. She is not involved in sex work; no exploitation.
 | Two Polish women moved into a short-let in Leeds for a month. Neighbour suspected a pop-up brothel. Police check: both work at a call centre on a temporary contract, flat paid by employer. NFA.
 | Op Aidant — adult services advert review, batch 14.

Ad 1: British female, 40s, advertising under the same name for 6 years; site-verified, reviews consistent, she answers her own phone and confirmed by test call that she works alone from her own flat. No third-party indicators.

Ad 2: Two women advertising as a "duo" from a city-centre apartment. Phoned separately; both say they are friends who share a flat for safety and split costs. Same wording used for 2 years. No indicators.

Ad 3: Male escort, independent, own website. No indicators.

Ad 4: Listing removed by the site before review; no data.

Summary: no adverts in this batch show signs of control (no shared numbers across different women, no rapid movement between cities, no third party answering calls). No further action; next batch due Monday.
 | Couple in their 50s referred by a neighbour for "swinger parties". Consenting adults, no payments, no one under pressure. Not a police matter.
 | 101 call summary. Caller (female, 33) rents a one-bed flat in Kingsway House. She is a sex worker and sees clients by appointment at the flat; she works alone and has done so for four years.

She says the landlord let himself in twice this month without notice while she was out, and on the second occasion left a note saying he "knows what goes on" and that rent is now £300 more a month "or he'll tell the police and her family".

She has refused to pay and kept all messages. She says she is not afraid of him physically but wants it on record. No one else is involved in her work; she keeps her own money and manages her own bookings.

Advised: unlawful entry and harassment by landlord are matters for Shelter / council tenancy relations; the note may amount to blackmail and has been recorded as a crime. Signposted to a sex-worker-led support project. No exploitation identified.
 | Caller thinks a massage shop is a brothel because it is open until 10pm. Licensing officer visited: licensed therapists, CCTV, paid via payroll, no one lives on site. Unfounded.
 | Romance scam: "James" on a dating site asked a woman in Surrey for £12,000 for a "customs fee". Money lost, scammer in West Africa. No trafficking elements.
 | School nurse: girl (15) has a boyfriend (16) from the same school. Mum worried. Nurse spoke to girl: no gifts, no older people, no pressure, relationship age-appropriate. No CSE concerns.
 | Webcam performer (30) works from her own home through a platform, keeps 60% of tips as agreed, sets own hours and can delete her account any time. Contacted police only about a stalker.
 | Salvation Army caseworker note. Woman (23, Brazilian) referred by a bar manager as a "possible trafficking victim" after she broke down crying at work and said she was "trapped".

Met her at a café of her choice. She explained that she came to the UK on a student visa eighteen months ago to study English, and took bar work to pay her rent. She feels "trapped" because her course fees went up, her visa will expire in the spring and she doesn't want to go home and disappoint her parents.

She holds her own passport and bank card, chose her job, is paid correctly by the bar through payroll, and lives in a shared flat she found herself. No one recruited her, no one takes her money, and she has never been threatened. She has a boyfriend here whom she says is supportive. No indicators of modern slavery; she does not meet NRM criteria.

Signposted to the university's student support and to an immigration adviser. She knows she can contact us again.
 | INT suggests POI was "pimping" his girlfriend. Enquiries: girlfriend (27) denies, works in a supermarket, no adverts found. INT graded 3/E/P and closed.
 | Man is angry that his neighbour, a sex worker, has "brought down the street". He has been leaving notes on her door. Warned re harassment. She works alone and is not being exploited.
 | 101: woman says a man at a bar offered her money for sex. She declined and left. Recorded for information only.
 | Lap dancer says the club fined her £50 for being late, she thinks this is unfair. Licensing team will review the club's fines policy; she is paid her tips and can leave the job.
 | Escort agency inspection: agency takes a 20% booking fee under written agreements, escorts are self-employed adults, choose bookings and can leave. No exploitation found.
 | The girl at the nail bar said nobody holds her papers, she has her own room in a shared house and gets paid weekly into her account. Just long days in busy season.
 | Police welfare check on a woman advertising on an adult site with photos showing bruises. She explains they are from a roller-derby match, works alone, no one else has access to her phone or money. NFA.
 | Community worker asked whether a girl was sold into marriage. Family explains daughter (24) met husband at university; both confirm consent. Registrar had no concerns.
 | Bank alert: multiple cards used at the same ATM. Investigated; cards belong to a husband, wife and adult children, all withdrawing for a family wedding. Closed.
 | Car wash, Oak Rd — joint visit (Police, GLAA, HMRC, Council) following a member of the public's report that "the same foreign lads are there day and night".

Six workers on site: four Romanian, one Kurdish Iraqi and one British. All spoken to separately with an interpreter. All are paid hourly through the owner's payroll into their own bank accounts; payslips seen for the last three months. Each lives in his own rented accommodation, two of them with their families; nobody lives at the site.

Timesheets show two shifts (07:30–15:30 and 12:00–20:00), which explains why someone is always there; each worker has two days off a week. The owner is the only person who handles money and deals only with takings. Workers have their own phones and documents. One worker mentioned that he would like more hours.

Water discharge into the drain breaches the trade effluent consent; council to follow up. No indicators of forced labour or trafficking. NFA for police.
 | Food factory: worker injured by a slicing machine, HSE informed. Worker is directly employed, has union rep, no indicators of forced labour.
 | Vietnamese student (21) reports that her passport was stolen from her bag in a café. Crime report and embassy referral. She is here on a valid student visa.
 | Family of nine, three generations, living together in a four-bedroom house in Bradford. Social worker says overcrowded but family owns house; no one is working for anyone else. Housing referral.
 | Kidney patient (61) on dialysis asks about buying a kidney abroad after reading an article. Advised it is illegal and unsafe; remains on the transplant list. No offence.
 | GLAA licence check: labour provider's licence had lapsed by 3 weeks. Workers were paid correctly and were not charged. Licence renewed; breach recorded.
uf | Upfront fee complaint: job board charged applicants £30 for a CV check. Trading Standards matter, no workers placed.
 | Polish man says his boss pays him £10.50 an hour and he thinks he deserves more. He has his own flat and can change job. Pay dispute only.
 | Employer paid wages one week late due to a bank error, corrected with an apology. Workers keep their own cards. No further concerns.
 | Farm worker on seasonal visa says accommodation caravan is cramped (4 in a caravan for 4) but clean, with heating and hot water. Paid properly. No exploitation.
 | Visa overstayer (Indian, 34) arrested at his own request, wishes to return home. Works cash-in-hand in a restaurant but paid in full, lives with friends. No signs of control.
 | Domestic abuse: husband controls wife's phone and checks her messages. Referred to IDVA. No forced work, no servitude.
 | Shoplifting gang of adults, all British, admit they steal to sell on for themselves. No coercion, no one else taking money.
 | Teen boy (16) caught with cannabis at school. Says he bought it for himself from a friend. No owner of debt, no older exploiters identified.
 | Construction worker from Romania fell from scaffold. Employer has insurance and RAMS, worker paid by payroll. Report to HSE.
 | A man at the leisure centre always translates for his elderly mother at the reception desk. Staff wanted to check; she is fine, he is her carer.
 | The bloke who runs the takeaway drives his staff home after late shifts because buses have stopped. They pay nothing, all have their own homes. Nothing wrong.
 | Au pair agency confirms: host family pays £120 a week, 25 hours childcare, au pair has weekends off and her own passport, attends college. No concerns.
 | Asylum seeker says he paid a smuggler £3,000 to cross the Channel. He owes nothing now and lives in Home Office accommodation. No exploitation after arrival.
 | Someone said the girl at number 4 "won't leave the house". Visited: she is recovering from surgery, family caring for her. NFA.
 | Caller thought a man was "being held" in a van. He was sleeping in his own camper van between shifts as a delivery driver.
 | He would have taken her passport if she had let him, she says, but she never gave it and keeps it with her. She left that job after a week.
 | No sign of anyone being held against their will at the premises. Staff have keys, own phones, and leave at the end of their shifts.
 | Woman says her sister "might" be forced to work in a brothel in Spain if she goes there, but the sister hasn't gone and has no plans to. Advice given.
 | Press: A charity hospital in Leicester performed 40 living-donor kidney transplants last year, all between family members after independent assessment.
 | Sex worker support group notes: rising number of women working from shared flats for safety. None reported a manager or coercion this quarter.
S DE DB RD AV foa | NRM referral: Chinese woman, 44, recruited in Fujian for "care work". In London, a woman called "Auntie Mei" took her passport, sent her to massage flats in Kent, and told her she owed £25,000. She thought police would arrest her for no visa.
S RM IT et | Witness: two girls at the pop-up in Swindon were only let out to smoke with the driver standing next to them. He said if they ran he'd find them.
S PV pa | OIC note: victim has cigarette burns on arms, says they were punishment from the madam for refusing a customer.
S WW fpe ncw | Outreach: women at the Beeston flat have only a carrier bag of belongings each and say "Alex" holds the takings. 2/C/P
S DB WW cedl | Girls collected from the flat at 7am, taken to the sauna, dropped back at 3am. Told their pay is going to the debt.
S DE IS AV | Email to NGO: "I was told it would be a babysitting job in Cardiff for a Romanian family but the man put me on the internet for sex. I do not know anyone in this country and he has my phone."
S AV CH IT PV | CSE referral: 15yo boy being given money and drugs by an older man who films him with other men. Threatened that the films will be sent to his school.
S PV IT RM ! | Female, Polish, attended police station at 23:40, bleeding from mouth, says her "manager" punched her and she escaped out of the bathroom window at a flat in Ealing. She says there is another girl still locked in.
S DB AC plc | Caseworker: she described the house in Wolverhampton as having no hot water, mould on the walls and mattresses on the floor. She said she still owed the madam for the room and food.
S WW mbc ncw | Bank: 9 new accounts opened in women's names using the same address, all cards posted to one male. Escort payments deposited then withdrawn by him.
S EO | INT: women at the Northampton short-let see clients "around the clock", bookings taken from 9am to 5am. 3/C/P
S AV | Pop-up brothel INT: women recruited from a homeless hostel in Brighton, offered a room if they "help out". 2/C/P
S DE | she told me she came for a job as a model for a clothes company and ended up doing porn shoots she never agreed to
S RD RM IS DB | Translated: "They keep passports in the kitchen drawer with a lock. We go out only with Vasile to buy food. I have no phone. I must give €300 every day to pay for the trip."
S C AV CH | Girl (16) recruited through county lines also made to have sex with dealers' customers in exchange for drugs debt being cleared.
S IT | Voice note: "if u dont do the booking tonight ur mum sees the pics"
S PV CH AV RM ! | 999: girl (14) calls from a hotel bathroom in Telford. Says two men are in the room, one raped her, they won't let her leave. Officers on scene 4 mins.
S DE WW DB | Escort moved between Manchester, Liverpool and Leeds: told she'd earn £1,500 a week, but the agency "holds" earnings against her debt for flights. Has received £80 in a month.
S AV foa | Romanian woman, no English, says she can't go to police because "they will send me back and the men will find me there".
D DE WW EO IS | Debrief (Tagalog interpreter): she says she was hired in Manila to care for one elderly man; in London she cared for him, cleaned for five adults, cooked all meals, every day 6am to 11pm. She says her salary was paid to the employer's brother. She was not allowed to call home.
D AV RD CH | Sudanese girl (17) brought to Manchester by a family friend to "go to school"; does housework for the family, never enrolled. Her birth certificate and passport are kept by the father.
D RM PV | Neighbour statement: the young woman who works in the house next door cleans all day, is never let out alone, I have heard the lady of the house slap her.
L RD ct ncw | Labour INT: Bulgarian men at Sittingbourne warehouse via an agency; a "team leader" holds their bank cards and ID and charges £15/day for transport. 2/C/P
L AC plc pa | GLAA: asparagus pickers living in caravans with no heating, no drinking water, holes in floors. Several workers visibly malnourished.
L EO IS sw | Nail bar: Vietnamese girl works 7 days 9am-9pm, sleeps upstairs, doesn't know the town's name.
L DE WW | Indian chef recruited for a restaurant in Glasgow on a skilled-worker visa at £30k; owner pays him £300 a month in cash and says the rest goes on "visa costs".
L IT | Car wash worker told his boss will call immigration if he complains about money.
C DE DB RD | Ukrainian man recruited online for a "factory job"; on arrival his passport was used to open accounts and claim benefits, he was told he owed £4,000 for travel.
C RM IS AV | Cannabis grow, Bradford: Albanian male (18), no English, door barred from outside, no phone.
C AV CH WW | Begging: children (8, 10) seen begging daily at Nottingham station, collected by an adult who takes all the money.
O DE IS RD | Border Force: Moldovan woman travelling to Istanbul with a man "for surgery". She believes she is donating to a "relative" she has never met; he holds her passport and phone.
O IT AV | Asylum interview: Eritrean man says smugglers in Egypt threatened to take his kidney if his family did not pay the ransom; he saw others taken to a "doctor" and not return.
''')
DATA.append(r'''
L DB WW ppe uf ct | Packhouse workers (Lithuanian) each paid £250 "placement fee" in Vilnius, then charged £40 for boots and gloves and £8 a day for the minibus. Told the rest of the fee is "on the tab" and taken weekly; most weeks they take home under £50.
S sfw RM IS | Licensing officer at Lotus Spa: the manager answered every question for the two women, would not let them speak alone, and said they "don't go out much". Women appeared frightened. Referral to MSHT team.
S fpe plc AC | Pop-up in a short-let, Canary Wharf: two women, one suitcase between them, no food in the fridge, heating off, sheets unwashed. Bookings on a burner phone in the kitchen. 2/B/P
C mbc WW ncw AV | Money mule network: 23 cards in the names of young Slovak men used at one ATM in Peterborough. The men work at a recycling yard and say "the boss has the cards, he gives us pocket money".
S cedl et RM | Obs log 06:50 — grey Vauxhall VRM collects 3 females from 21 Dale St, drops at "Jade Massage". 01:30 same females returned by same vehicle. Females not seen outside otherwise in 5 days.
S AV DE PV IT | 
Victim account, written by her in English:
i met him at the bus stop when i was 16 he was nice and bought me food because i was in the hostel. after few months he said i had to pay him back for everything and take me to houses of his friends. when i said no he hit me and said he tell everybody i was a slag and my little brother will get hurt. i am 19 now i still see him sometimes i am scared.
S C RM IT et | INT: female used to deliver drugs and sold for sex in Nottingham flats. Always driven by "T", never alone. Told her family in Coventry would be "done" if she went to police. 2/B/P
S WW DB | she says she's paid in "credits" that only count towards what she owes the agency, never in cash
D IS RM AC plc | Caseworker: Ethiopian domestic worker escaped from a private home in Surrey, says she slept in the utility room with the washing machine, was locked in when the family went out and never met anyone outside the house.
S DE EO WW | Translated chat messages: "u said hotel receptionist. now i do 12 clients a day. u said 2000 a month. i never see money."
L PV IT RM AC | Press: Two brothers in Kent jailed for forcing Lithuanian chicken catchers to work through the night, sleep in a garage and live under threat; workers were beaten and told they'd be killed if they left.
S PV AV | A&E: 22F, Somali, heroin user, presents after sexual assault at a "trap house" where she says men let her stay if she has sex with customers. Safeguarding referral.
S DB IT RD | Ghanaian woman says her "sponsor" keeps her passport, says the debt is now £40,000 "with interest", and if she runs the sponsor's men in Accra will burn her mother's shop.
L EO WW sfw | Agency worker at a meat plant: 16-hour shifts six days a week, wages paid to the agent's account, the agent always answers for the workers at the site office.
S IS AV DE | Online report: my neighbours teenage cousin from Albania came to "study" but they took her phone and she sits in the flat and men come. she looks 17 max
S AC PV | She describes being made to see clients while she had a fever and an infection, and being slapped when she asked to see a doctor.
C DB IT | Albanian male at a cannabis grow says he owes £18,000 for the lorry and that the men showed him a photo of his father's house in Kukës.
S EO | Pop-up rota seen on a seized phone: each woman "on" from 10:00 to 06:00, breaks "when quiet", no days off across 3 weeks.
S AV CH IT RM | Girl (15) says the group of men she calls "uncles" give her lifts and vodka, and now she has to go to their houses at night; she was told she can't go home until she has "finished".
''')

ALL = {**IND, **SIG, **TYP}
def build():
    out = []
    for block in DATA:
        cur = None
        for line in block.split("\n"):
            if " | " in line and line.split(" | ", 1)[0].replace(" ", "").replace("!", "").isalnum() or line.startswith(" | "):
                codes, text = line.split(" | ", 1)
                cur = [codes.split(), [text]]
                out.append(cur)
            elif cur is not None:
                cur[1].append(line)
    rows = []
    for i, (codes, parts) in enumerate(out, 1):
        text = "\n".join(parts).strip()
        ind, sig, typ, flags = [], [], [], set()
        for c in codes:
            if c in ("!", "CH"):
                flags.add(c)
            elif c in IND:
                ind.append(IND[c])
                if c in PAIR and SIG[PAIR[c]] not in sig:
                    sig.append(SIG[PAIR[c]])
            elif c in SIG:
                if SIG[c] not in sig:
                    sig.append(SIG[c])
            elif c in TYP:
                typ.append(TYP[c])
            else:
                raise SystemExit(f"unknown code {c!r} in entry {i}: {text[:60]}")
        if "CH" in flags and "abuse_of_vulnerability" not in ind:
            ind.append("abuse_of_vulnerability")
        if "!" in flags:
            risk = "immediate"
        elif ("CH" in flags or "physical_sexual_violence" in ind or "sexual" in typ
              or ("intimidation_threats" in ind and "restriction_of_movement" in ind) or len(ind) >= 3):
            risk = "high"
        elif ind or typ:
            risk = "medium"
        else:
            risk = "low"
        rows.append({"id": f"f90-{i:03d}", "text": text, "indicators": ind, "signs": sig,
                     "exploitation": typ, "risk": risk})
    return rows

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "fresh90.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")
