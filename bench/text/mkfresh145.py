#!/usr/bin/env python3
"""Hand-written labelled texts for fresh145 (cannabis grows / county lines emphasis).

Each entry: T(text, indicators, signs, types, risk). Codes are abbreviated below
only to keep typing short; every text and every label was written by hand.
Risk left empty is derived from the written conventions (high / medium / low);
'i' (immediate) and child-at-risk 'h' are given explicitly.
"""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DC="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", cedl="collected_early_dropped_late",
           foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours",
           ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rmv"), ("IS", "iso"), ("EO", "lh")]

ENTRIES = []


def T(text, inds="", signs="", types="", risk=""):
    i = inds.split()
    s = signs.split()
    for a, b in PAIRS:
        if a in i and b not in s:
            s.append(b)
        if b in s and a not in i:
            i.append(a)
    t = types.split()
    if not risk:
        if "PV" in i or "S" in t or ("IT" in i and "RM" in i) or len(i) >= 3:
            risk = "h"
        elif i or t:
            risk = "m"
        else:
            risk = "l"
    ENTRIES.append(dict(text=text.strip(),
                        indicators=sorted(IND[x] for x in set(i)),
                        signs=sorted(SIG[x] for x in set(s)),
                        exploitation=sorted(TYP[x] for x in set(t)),
                        risk=RISK[risk]))

# ---- part 1 ----
T("""INT 2/B/P: POI NGUYEN Van Thanh (DOB 03/02/2006) believed to be living inside address on Holloway Rd used for cannabis cultivation. Windows boarded, door padlocked from outside. Food dropped off twice weekly by unknown male in silver Auris.""", "AV RM", "", "C", "i")
T("""Caller says next door has had the windows blacked out for months, you can smell weed from the street and she hears a young lad crying at night. Nobody ever comes out.""", "", "", "C", "m")
T("""I came from Vietnam by lorry. The man in Hanoi said there was nail shop work in England. When I arrive they put me in a house with plants and said I must water them. Door locked, they have key. I sleep on mattress next to the lights. They say I owe 28,000 dollars for the journey and must pay from the harvest.""", "DC RM DB AC", "sw plc", "C", "i")
T("""Officers attended reported burglary at 14 Marsh Lane. Found approx 300 plants over three floors. One male detained in loft, no shoes, pale, thin, would not give name. Electricity bypassed. Male had no phone and no money. Interpreter (Vietnamese) requested. NRM considered.""", "AC", "pa fpe sw", "C", "")
T("""Man arrested at his flat in Wythenshawe for growing six cannabis plants in a tent in the spare room. Says he uses it for his back pain. No one else living there. Cautioned.""", "", "", "", "l")
T("""Missing from home report: Kai (15) found 120 miles away in Weston at a flat belonging to a known heroin user. Had £340 in cash, two phones and 14 wraps in his sock. Would not say who he was working for.""", "AV", "", "C", "i")
T("""3/C/P Source states the "Deano line" is being run out of Bradford into Scarborough using local kids from the pupil referral unit. Kids are told they owe money if the stash goes missing.""", "AV DB", "", "C", "h")
T("""Safeguarding referral (school): Year 10 pupil J. has been absent 11 days this term. On return he has new trainers and a second phone that rings constantly. Has a cut on his hand he won't explain. Mum says he comes home at 3am. Concern re criminal exploitation.""", "AV", "pa", "C", "h")
T("""Adult male, 24, arrested with 18 wraps of crack in Margate. Interview: says he runs his own line, buys in London and sells locally, keeps the profit. No indication he is controlled by anyone. Charged PWITS.""", "", "", "", "l")
T("""Cuckooing concern: PCSO visited Mr Dennis HALL (68, lives alone, alcohol dependent). Three young males from Birmingham have been staying at his bungalow for two weeks dealing from the front room. Mr HALL says they "look after" him and give him cans. He says he has been told to stay in his bedroom when people call.""", "AV RM", "", "C", "h")
T("""they took over my brother flat hes got learning difficultys and they are selling crack out of it i seen them push him about and they took his bank card. police need to go NOW they are there right now""", "AV PV", "ncw", "C", "i")
T("""Housing officer: tenant at Flat 6 Orchard Court reports that a friend of her ex-partner keeps turning up uninvited and drinks in the flat. No drugs seen, no threats. Advised on tenancy rights and injunction.""", "", "", "", "l")
T("""Debrief via interpreter: He says he was picked up in France and brought to a house in Kent. He says he was shown how to cut the plants and change the bulbs. He says he was told the police in England will put him in prison for many years if he goes outside, so he stayed. He says he was given rice and noodles only.""", "DC IT AC", "foa", "C", "h")
T("""Grow found in roof space of Chinese takeaway, Lincoln. Owner claims no knowledge. Two kitchen staff with valid visas, paid through payroll, interviewed separately - both said they go home each night and knew nothing about the loft. No indicators identified. Enquiries ongoing re owner.""", "", "", "", "l")
T("""Boy age approx 16 found running from rear of property on Ashby St during warrant. Vietnamese national, no English. Burn marks on forearms consistent with hot lamp contact. States 'boss' locked door each day. Placed in police protection.""", "AV RM PV AC", "pa", "C", "i")
T("""Police intelligence log 2/B/P. Male known as "Tall" supplying crack and heroin in Exeter via a deal line. Uses runners aged 14-16 recruited from care homes in Croydon. Runners kept in Premier Inn rooms for a week at a time, phones taken off them except the deal phone.""", "AV IS RM", "", "C", "h")
T("""Called 101 about a house on our road, there's always blacked out windows and a smell and the electric man came round asking questions. Never seen anyone though. Could be nothing.""", "", "", "", "l")
T("""I owed Kyle £600 after I got robbed of the gear. He said I had to work it off, so I went up to Blackpool for two weeks selling. Then he said the money was more because I lost a phone. It kept going up. I am 17.""", "AV DB", "", "C", "h")
T("""GP note: 19yo male attended with stab wound to thigh, 3 days old, infected. Vague about how it happened. Says he was "working away" in Norfolk and "they would not let me come back until it's paid". Safeguarding lead informed.""", "PV DB RM", "pa", "C", "h")
T("""Albanian male (32) arrested leaving grow at Walsall industrial unit. Says he came via lorry and was promised construction work at £80 a day. Instead driven to the unit and told to tend plants until his €15,000 debt to the smuggler is cleared. Phone taken on arrival.""", "DC DB IS", "", "C", "h")
T("""Neighbour dispute: Mrs Keane complains the student house next door smells of cannabis most evenings and plays loud music. Officer spoke to occupants, all adult students, small amount for personal use seized, words of advice given.""", "", "", "", "l")
T("""NGO caseworker note: Client T. (Vietnamese, 17 at time) explains he worked in three different houses in Birmingham, moved at night in the back of a van with no windows. He never knew which town he was in. He got no money, "they said wages go to pay my family debt in Nghe An".""", "AV IS WW DB", "et", "C", "h")
T("""Taxi driver reports regularly taking same young girl (looks about 14) from Leeds station to a flat in Hull. Fare always paid by a man on the phone, different girl some weeks. She seems scared and won't talk.""", "AV", "foa", "C", "h")
T("""OIC update: search of stash house at 22 Clarendon Rd recovered 2kg cocaine, £14k cash, 3 phones. Occupant (45, British) is owner-occupier and main target of op. No vulnerable persons present.""", "", "", "", "l")
T("""Social worker: Connor (14) has been reported missing 6 times in 2 months. Each time returns with cash. Police found him in Swindon last week in a flat with an older male. Connor said "if I don't go they'll do my mum's house". Mum confirms windows smashed last month.""", "AV IT", "", "C", "i")
T("""1/A/P Vulnerable female (Karen BROWN, 51, mental health) has a male called "Dread" staying at her flat in Plymouth. He has taken her keys and she has to knock to get back into her own home. Crack being sold from the kitchen.""", "AV RM", "", "C", "h")
T("""there is a kid on a bike at the end of our close every day after school giving little bags to people in cars he cant be more than 12. theres an older guy in a merc watching him all the time""", "AV", "", "C", "h")
T("""Man in his 30s came to drop-in: says he is homeless and was offered a room in exchange for "minding a house". Turned out to be cannabis grow, he had to stay in there, they took his phone and padlocked the back door. He climbed out the bathroom window after 5 weeks. No pay given.""", "AV DC RM IS WW", "", "C", "h")
T("""Probation: service user Jordan reports pressure from older associates to "hold" a package at his mother's address. He refused. No threats made and he says they accepted his refusal. Discussed with OM, no further action.""", "", "", "", "l")
T("""Crimestoppers: Vietnamese lads being dropped off at 5am and picked up gone midnight at a house on Selly Oak Rd. Same white transit every day. Smell of skunk. One of them looked like he hadn't eaten in weeks.""", "", "cedl pa et", "C", "m")
T("""Interview summary: YP (16) states he was sent to Ipswich "on a shift" for 10 days, slept on the floor at a user's flat with 3 other boys, served 24/7, "you sleep with the phone on your chest". Was told that if he went home before the shift ended he would be "taxed" £1000.""", "AV EO AC DB IT", "oc plc", "C", "h")
T("""Report from the public: i think my neighbour is growing weed he has lamps in his back bedroom but he lives alone and goes to work every day. not sure if its a problem just letting you know""", "", "", "", "l")
T("""Officers stopped a vehicle on the M6. Passenger, a 15 year old boy reported missing from Liverpool, had 30 wraps plugged. Driver (22) arrested. Boy says driver "looks after him" and pays him in trainers and weed.""", "AV WW", "et", "C", "i")
T("""My son owes them £2000 because the police took the drugs he was holding. They came to our door with a machete and told him he is working for them until it's paid. He is 16. I'm terrified.""", "AV DB IT", "", "C", "i")
T("""Licensing: HMO on Grange Street found with 9 occupants in a 4-bed licence. Tenants are Polish warehouse workers on agency contracts, own leases, pay rent direct to landlord, came and went freely. Landlord served notice of licence breach.""", "", "oc", "", "l")
T("""A&E: 17yo male brought in by friends, hand badly burnt. Says he knocked a pan. Friends left immediately. Patient became very anxious when police mentioned; asked several times if he would be deported. Clothes smell strongly of cannabis. Speaks little English.""", "", "pa foa", "", "h")
T("""Cannabis grow found in a flat above a shop in Peterborough. Two Vietnamese men inside, both adults. Both say they were recruited in Vietnam for a job in a restaurant and owed the recruiter 20,000 USD. Both had been working there about 4 months with no money. The door had a second lock that only the "manager" had a key to.""", "DC DB WW RM", "", "C", "h")
T("""Op update: Thomas (19, autism) used as a money mule by the line holders; his account received £9k in a month. He says a man called "Ty" has his card and PIN and gives him £50 now and then.""", "AV", "ncw", "C", "m")
T("""Bank alert: account of a 34-year-old self-employed builder shows 40 cash deposits in Manchester and Stoke across 3 weeks, withdrawn same day via card at ATMs in London. Customer when called says he "lent the card to a mate". Possible money mule.""", "", "", "", "l")
T("""Teenager told his youth worker that the older boys made him carry a knife and hold drugs in his underwear. When he tried to stop they beat him and posted the video on Snapchat to show others what happens.""", "AV PV IT", "", "C", "h")
T("""2/C/C (no dissemination outside MSHT unit) INT indicates a network of 6-8 grow houses across Stoke and Crewe, each with a gardener brought from the Midlands. Gardeners are moved every 3 months, are not allowed phones and are fed by a "runner" who collects the crop.""", "RM IS", "", "C", "")
T("""Man, 40s, British, arrested for cultivation at his allotment shed. Growing 20 plants. Says it's to sell to mates. Lives with his wife, works as a plasterer. No exploitation concerns.""", "", "", "", "l")
T("""Mum rang 999: her daughter (13) is in a car outside a flat in Luton with two men who have been giving her drugs to carry and she says one of them is touching her. Daughter texted "help" 10 minutes ago.""", "AV PV", "", "C S", "i")
T("""Salvation Army referral: Adult male, Eritrean, 28. Lived in a Nottingham house with 5 others growing cannabis. Describes being hit with a pipe when a plant died. Was told his sister in Libya would be sold if he ran. Sleeps in the grow room; no windows open, chemicals. Now in safe house.""", "PV IT AC", "sw plc", "C", "h")
T("""Public report: theres a lot of different people in and out of the flat downstairs all hours, think its drugs. The bloke who lives there is the one selling, hes been doing it for years, always has money.""", "", "", "", "l")
T("""Debrief (first person, translated): "They told me in England there is a lot of money in the gardens. I thought it was real gardens, flowers. When I came, it was the house with the lights. The man take my passport and say he keep it safe for me. I never saw it again." """, "DC RD", "", "C", "")
T("""County lines intel 2/B/P: line "Benny" operating from Camden into Hastings. Runners aged 15-17 sleep at cuckooed address of a female heroin user (45). Female has been assaulted by line members when she asked them to leave.""", "AV PV", "", "C", "h")
T("""Boy, 14, arrested in Kings Lynn with crack cocaine and £800. Says he was told by "Bigz" that his little sister would get hurt if he stopped. Placed in LA accommodation; NRM referral submitted.""", "AV IT", "", "C", "h")
T("""Police attended report of a man climbing out of the window of a terrace in Oldham. Male Vietnamese, approx 20, barefoot, covered in dirt, says he was locked inside with the plants for "two summers". Found 480 plants.""", "RM AC", "pa", "C", "")
T("""Intel: Polish brothers (30s) running a cannabis grow in rented farm building near Boston. Both are the owners of the business and sell wholesale. Nobody else works at the site. 2/B/P""", "", "", "", "l")
T("""Referral from youth offending team: L. (16) has a debt of £3,500 to an older male after his car was seized with drugs inside. L. has been told to "do runs" until it's clear, and it keeps increasing by £100 each week "for interest".""", "AV DB", "", "C", "h")
T("""At 02:00 officers found a young male, possibly under 18, sleeping in a stairwell at Park Towers. He had a deal phone and said he was "out here on grind" for "my uncle". He had not eaten all day and had no coat.""", "AV", "pa", "C", "h")
T("""Landlord reported tenant to police after finding a small cannabis tent at inspection. Tenant says it is for personal use. Landlord wants to evict for breach of tenancy; civil matter advised.""", "", "", "", "l")
# ---- part 2 ----
T("""Hand car wash, Dudley Rd. GLAA inspection: 7 Romanian workers, all living upstairs above the wash on mattresses. Workers say boss "keeps our ID cards in the office safe, for the inspections". Paid £30 per 11-hour day in cash, 7 days.""", "RD AC EO WW", "sw oc", "L", "h")
T("""Hand car wash in Hereford checked by council and HMRC. Staff on payroll, payslips seen, minimum wage paid, staff live in their own rented houses and hold their own passports. Owner very cooperative. No concerns.""", "", "", "", "l")
T("""She says that the lady she worked for in Knightsbridge took her passport on the first day and put it in a drawer with a key. She says she cleaned from 6 in the morning until midnight, looked after three children and was never given a day off. She slept on the floor of the children's room.""", "RD EO AC", "sw", "D", "h")
T("""Nail bar, Stockport: 2 young Vietnamese females, possibly under 18, working. Man present who answered all questions for them. Both said they "live with the boss". No English.""", "AV", "sfw sw", "L", "h")
T("""Midwife note: pt (24, Romanian) attends booking at 20 wks, accompanied by male "partner" who insists on staying and answering questions. When alone briefly pt wrote on a leaflet "he sells me". Appears frightened. No GP registration, says man has her passport.""", "RD", "sfw foa", "S", "h")
T("""Press summary: A couple from Bedford were jailed for 9 years after keeping a man with a learning disability in a shed at the bottom of their garden for 13 years and making him lay block paving for no pay. The court heard he was given scraps and beaten if he tried to leave.""", "AV RM WW AC PV", "plc", "L", "h")
T("""Public report: there is girls in a flat above the chip shop on Station Rd men going in all night different men every 20 mins, the girls never come out except a man takes them to the shop. they look foreign and young""", "RM", "et", "S", "h")
T("""Online advert flagged by analyst: "New girl, 18, Thai, just arrived, no rush, outcalls". Same phone number linked to 14 adverts in 6 cities over 3 weeks. Text style identical across ads. Suggests movement of women by a controller.""", "", "", "S", "h")
T("""Independent escort (British, 34) reported a stalking client. She works alone from her own flat, manages her own bookings and money. No third-party control. Stalking investigation opened.""", "", "", "", "l")
T("""I was told I would marry a man in England with a good job and I could study. When I came he and his mother made me do all the cleaning and cooking for 9 people. I was not allowed to leave the house alone. My husband's brother raped me many times and they said if I tell anyone they would send me back and my family would be shamed.""", "DC RM EO PV IT", "", "D S", "h")
T("""Forced marriage unit contact: sister (19) called worried about her brother's fiancée who arrived from Pakistan last month. Sister says the fiancée seems happy, goes to college, has her own phone and bank account, calls her family daily. Caller only worried about family pressure on timing of the wedding. No exploitation identified.""", "", "", "", "l")
T("""Interpreter: he says he was offered money in Delhi to sell one kidney to a rich man in a hospital abroad. He says the agent said it was safe and he would get 5 lakh but afterwards he was given only half and told he would be arrested if he complained. He showed a scar on his side.""", "AV DC WW IT", "pa", "O", "h")
T("""Kidney transplant patient (58) listed at Royal Free after his daughter offered to donate. Living donor assessment completed, HTA approval granted. Routine pre-op note.""", "", "", "", "l")
T("""Border Force, Stansted: 2 Sudanese men travelling with a third man who held all three passports and tickets. They said they were going to a hospital in Turkey for "tests" that the man had paid for. One said he was promised money "for the operation". Referred to NCA.""", "DC RD", "sfw", "O", "")
T("""Fishing vessel inspection (Newlyn): 4 Filipino deckhands on transit visas. Report 20-hour shifts when fishing, sleep on board in a cabin with no heating. Wages paid by the manning agent in Manila "when we go home". One says the skipper kicked him.""", "EO WW PV AC", "sw", "L", "h")
T("""Care home, Kent: overseas care worker (Indian, 29) on sponsored visa complained to union that the home charged her a £9,000 "training fee" that she must repay from her salary if she leaves within 3 years. She works 60 hrs a week and shares a room with 3 others in a house the home rents. Her passport is with the manager "for right to work checks".""", "DB EO AC RD", "uf oc", "L", "h")
T("""Care worker (Zimbabwean, 35) contacted helpline unsure of her rights: her agency paid her two weeks late this month. She has her passport, lives in her own flat, and was paid in full when the money came. Advised re Employment rights. No exploitation.""", "", "", "", "l")
T("""Food factory, Boston: agency worker says gangmaster deducts £60 a week for the minibus and £50 for the room, plus £20 for boots and hi-vis. After deductions gets about £40 a week. Agency holds his bank card "to pay the rent".""", "WW", "ct ppe ncw", "L", "m")
T("""Shoplifting group: 3 Romanian females (2 aged 15-16) arrested in Boots, Leicester. Adult male waiting in car outside with stolen goods from earlier. Girls said they give everything to "Uncle" and he gives them food. Girls appeared scared of him.""", "AV WW", "foa", "C", "h")
T("""Begging: elderly woman with a walking stick placed daily outside Tesco in Ilford, dropped off 7am, collected 8pm by a man in a black BMW who takes the cup. She is not from here and speaks no English.""", "AV WW", "cedl et", "C", "m")
T("""Benefit fraud team: 11 Universal Credit claims traced to one address in Derby, same mobile and email. Claimants Slovak nationals who work in a meat plant. Interviews: one says "the boss made the account, I never had the card". Wages paid into accounts controlled by the landlord.""", "WW", "ncw mbc", "L C", "m")
T("""ATM at Sheffield Rd: CCTV shows same man withdrawing from 9 different cards in 15 minutes on Friday evening. Bank linked cards to workers at a recycling plant.""", "", "mbc", "", "l")
T("""Construction site visit: a gang of Polish labourers says they were recruited in Gdansk by a man who promised £15 an hour. Here they get £50 a day, live in a caravan on site with no toilet, and the man keeps their ID "so they don't run". One has a broken finger he says was from the man.""", "DC RD AC PV", "sw", "L", "h")
T("""Builder (Polish, 41) complains to ACAS that his subcontractor owes him 3 weeks' wages after a dispute over snagging. He lives at home in Slough and has found another job. Civil dispute.""", "", "", "", "l")
T("""Au pair, 20, from Spain, called helpline: family asks her to work 50+ hours not the 25 agreed and she is not allowed out in the evenings. She has no key. They pay her £70 a week. She is anxious about losing her room.""", "DC EO RM", "", "D", "h")
T("""Diplomatic household, Kensington: Filipino domestic worker escaped with help of a neighbour. Reports 18-hour days, no wages for 2 years ("madam sends to my family" but family received nothing), passport kept by employer, not allowed to use phone.""", "EO WW RD IS", "", "D", "h")
T("""Waste recycling plant, Wolverhampton: workers brought by van from the same house every morning at 5am. Supervisor speaks for them. Workers seen sorting with no gloves and no masks. Inspection planned.""", "AC", "cedl sfw et", "L", "m")
T("""INT 2/B/P: Takeaway on High St using 2 Chinese males who sleep in storeroom above the kitchen. Males work from 10am until 2am and are not given days off. Owner holds their documents.""", "EO RD AC", "sw", "L", "h")
T("""Restaurant worker (Bangladeshi, 26) visited CAB: boss says he must pay back the £12,000 sponsorship fee from his wages, £500 every month. He has no other debts and says he can resign but would lose his visa.""", "DB AV", "uf", "L", "m")
T("""Hotel housekeeping: agency staff complain of being sent home without pay when occupancy low. They have contracts, own accommodation and are paid weekly. Low pay complaint passed to HR. Not exploitation.""", "", "", "", "l")
T("""Warehouse, Northampton via agency: Bulgarian workers say agent in Sofia charged €500 each for the job. Accommodation is 14 people in a 3-bed house provided by the agent; rent taken from pay. They were told they owe more every week for "transport and electric".""", "DB AC", "uf oc ct", "L", "")
T("""Farm, Herefordshire: GLAA found seasonal workers on valid visas living in well-maintained caravans, paid hourly through payroll, free to leave site. One complaint about a supervisor shouting. Advice given; no indicators of forced labour.""", "", "", "", "l")
T("""Packhouse, Spalding: two Lithuanian men said that the "boss" meets them at the bank every Friday and takes the cash from their hands. They get £20 each for food. They had to sign over their bank cards when they arrived.""", "WW", "ncw", "L", "m")
T("""Referral: 15 y/o girl missing overnight repeatedly, found in a car with 3 adult males in Rochdale. Has been given vodka and mobile phone credit. Disclosed she has had sex with "Tariq's friends" because he said she owed him for the phone.""", "AV PV DB", "", "S", "i")
T("""School nurse: Year 9 girl has an older "boyfriend" (23) who picks her up at the gates. She has expensive gifts, is often tired, and missing lessons. She denies anything sexual. Referred to CSE team for assessment.""", "AV", "", "", "h")
T("""Pop-up brothel, Airbnb flat Cardiff: 3 women (Romanian, Chinese) found. Door could only be opened with a code they did not know. One had bruising on her arms. Their phones only had the number of the "driver".""", "RM IS PV", "pa", "S", "i")
T("""Sex worker support service: K. (Nigerian, 25) says she was brought to Italy and then the UK after a juju ceremony. She owes her "madam" €35,000 and the amount keeps going up with rent and food. She fears her mother will die if she breaks the oath.""", "DB IT", "", "S", "h")
T("""A woman who came here as a student lost her passport on a night out in Bristol and reported it. She lives in halls, has a part-time job at a café and wants a new passport from her embassy. No concerns.""", "", "", "", "l")
T("""Organ trade: NCA intel suggests a UK-based broker recruits Moldovan men in debt, promising €4,000 for a kidney removed at a clinic in Istanbul. Donors are kept at a flat until surgery and their passports are held by the broker.""", "AV DC RD RM", "", "O", "h")
T("""Nurse note: Patient (Egyptian, 30) has a flank scar. Says he donated a kidney to his brother in Cairo eight years ago, a family decision, done at a university hospital. He now works in the UK legally as a chef. Recorded for info; no concerns.""", "", "", "", "l")
# ---- part 3 ----
T("""cuckooed flat 4b Ryelands. occupier Sandra (heroin user) says she gets a £10 bag a day for letting "the London boys" use it. says she can't get them out and one of them slapped her last week.""", "AV PV", "", "C", "h")
T("""Report: two boys no older than 14 sat in the bus shelter till 1am, they had a bag of little white things and kept getting calls. one had a black eye. one said he couldnt go home cos he hasnt "done his numbers".""", "AV RM", "pa", "C", "i")
T("""VRM AB12 CDE seen dropping off Vietnamese male at grow site in Coventry every 3 days. Male never seen leaving otherwise. INT suggests he is the gardener and is not permitted to leave. 2/C/P""", "RM", "et", "C", "")
T("""Cannabis grow in a converted barn near Hexham. Sole occupant a 62-year-old British man, the tenant, who set it up himself after losing his job. Charged with production. No one else involved.""", "", "", "", "l")
T("""He says he was told to sleep in the cupboard under the stairs in the grow house. He says the boss came every week and counted the plants and if any were yellow he was punched. He says he did not know the name of the town.""", "AC PV IS", "sw", "C", "h")
T("""Youth worker: M. (17, care leaver) says an older man he calls "Bro" gave him a flat to stay in, then told him the rent is £150 a week paid by "doing drops". M. has no other income and cannot say no because "he'd have nowhere".""", "AV DB", "", "C", "h")
T("""Stash house search Leyton: 1kg heroin found under floorboards. Tenant is a 71-year-old widow with dementia. Her grandson's friends "keep stuff" in her spare room and give her shopping. She did not know what it was.""", "AV", "", "C", "h")
T("""Male, 18, stopped in Aberystwyth with 3 phones and 20 wraps. Says he has a line from Liverpool and two younger lads who work for him. Treated as suspect; younger lads to be identified as potential victims.""", "", "", "C", "m")

# ---- part 4 ----
T("""Kid no older than 13 dealing outside the Spar again, older lad watching from car.""", "AV", "", "C", "h")
T("""Smell of skunk from the flat upstairs, tenant smokes it every night, doing my head in.""", "", "", "", "l")
T("""Vietnamese male found locked in grow house, Bolton. Padlock on outside of door.""", "RM", "", "C", "i")
T("""2/B/P POI SMITH Jayden (DOB 11/09/2008) running for "K Line", Reading to Basingstoke.""", "AV", "", "C", "h")
T("""Adult male arrested for possession of cannabis, 4g, street search. Words of advice.""", "", "", "", "l")
T("""Lad, 15, says man took his phone so he can't ring his mum from the trap house.""", "AV IS", "", "C", "h")
T("""Gardener says he owes the boss for the van journey from Calais and can't leave till paid.""", "DB RM", "", "C", "")
T("""my neighbour grows a couple of plants in his greenhouse for himself, is that illegal?""", "", "", "", "l")
T("""Cuckooed address confirmed, vulnerable male tenant (learning disability) made to sleep in his own bathroom.""", "AV AC", "", "C", "h")
T("""INT: runners from Tottenham told they will be "bagged and stabbed" if they talk to police.""", "IT", "", "C", "")
T("""THERE ARE KIDS SELLING DRUGS FROM THE PARK BENCHES EVERY NIGHT AND THE POLICE DO NOTHING!!! one of them had blood on his face last night some big guy was shouting at him""", "AV PV", "pa", "C", "h")
T("""Debrief, first person, with interpreter present:

I am from Quang Binh. My family borrowed money from a man in the village so I could go to Europe and work in a nail salon. The journey was through Russia and then by lorry. In the lorry they told me the debt was now 30,000 pounds because there were extra costs.

In England a car took me to a house in Sunderland. The upstairs was full of plants. A man called Anh showed me how to feed the water. He locked the front door and the back door each time he left. The windows were covered with wood and foil. I cooked on a small stove in the room where the transformer was. It was very hot and sometimes I could not breathe.

He told me if I go out the police will catch me and I will go to prison and my family in Vietnam will still have to pay. He said people who ran away before were found. He showed me a picture on his phone of a boy with his face cut. I stayed eight months. I was never paid. I left when the police broke the door.""", "DC DB RM AC IT WW", "foa plc sw", "C", "h")
T("""Officer handover: Spoke again with Mr OKAFOR re his flat (cuckooing concern raised by neighbour). He has a new girlfriend staying and her son visits, both known to him for years. No drugs, no new faces, he's clear that nobody is pressuring him and he's happy for us to pop in. Closed, PCSO to do welfare check in 2 weeks.""", "", "", "", "l")
T("""Intel log (2/B/C, not to be shared with housing): Female (HARRIS, 38, epilepsy) in Canterbury has had her flat taken over by a Lewisham line. She told a support worker that the males keep her bank card and give her £20 of her PIP money a week. They made her go into Boots to buy cling film. She says "they're not bad to me" but she cannot ask them to leave.""", "AV", "ncw", "C", "h")
T("""Statement (mother): My son Reece is 15. Since September he has been going missing for days. He came home on Sunday with his jaw swollen and would not let me take him to the doctor. I found messages on his phone from someone saved as "Unc" saying "u owe me 1.2 now for the L, u go back up Tuesday or I come to the house". I looked at the map on his Snapchat and it showed him in Norwich. I have had men sitting in a car outside my house twice this week.""", "AV PV DB IT", "pa", "C", "i")
T("""Operation debrief summary. Warrant at 9 Beech Grove executed 06:10. Three-storey terrace converted to a grow, approx 650 plants, sophisticated hydroponics, electricity abstracted. Two males found.

Male 1, Vietnamese, states 17 (age disputed, looks younger), found in the first-floor bedroom on a blanket beside the lamps. He had a bag of rice, a kettle and a mobile phone with no SIM. Door to the landing had a bolt on the outside. He was shaking and asked if we would send him back.

Male 2, British, 33, arrived mid-search in a Transit with feed and was arrested; he had keys to all the locks and £2,800. He said the boy was "just a worker who wanted to be there".

Male 1 placed in police protection, LA emergency placement, NRM referral made. Age assessment requested.""", "AV RM AC IS", "sw fpe foa pa", "C", "i")
T("""Anti-social behaviour log: group of teenagers smoking weed and drinking in the underpass on Friday nights, littering. No evidence of supply. Patrols increased.""", "", "", "", "l")
T("""Trading standards passed on: man in the 8-bed HMO on Victoria St told a council officer he and 10 other Vietnamese men live there and are driven each day to "farms" he could not name. The landlord collects their money from the driver, they each get £15 a week. They think they are working off the cost of bringing them.""", "WW DB", "oc et", "C", "")
T("""Probation officer note: J. told me he wants out of dealing but the older ones say he still owes for the gear that was seized in March - £3k - and that it's doubled since. He's 19, has ADHD and a housing problem, they're offering him a room. I'm worried they'll use that.""", "AV DB", "", "C", "h")
T("""County lines: three children (12, 14, 15) recovered from an Airbnb in Bournemouth. Rooms booked by an adult using fake ID. Children had 70 wraps and a knife. The 12-year-old was wearing the same clothes he went missing in nine days earlier and had not washed.""", "AV", "pa", "C", "i")
T("""Public report form: "Theres a man at number 12 that keeps young boys in his house they come and go in taxis at all hours, sometimes a taxi at 4 in the morning, the boys look rough and hungry, i once saw the man hit one on the drive. I think he makes them sell drugs. PLEASE don't tell him it was me he has nasty friends." """, "AV PV", "pa cedl", "C", "h")
T("""Interview notes: Adult (29, Irish) who has been dealing in Cumbria admits he goes to Liverpool to pick up, splits the money with his cousin. Lives with partner, no debt, nobody forcing him. Says "I do it cause the money's good".""", "", "", "", "l")
T("""Neighbour says man next door has built a loft conversion and has been running fans 24/7, asked if it's a grow. Attended - it's a crypto mining rig. No offences.""", "", "", "", "l")
T("""Electricity board referral: meter bypass found at unoccupied-looking semi. Engineers heard someone inside who would not open the door and shouted through the letterbox "no key, no key". Police requested.""", "RM", "", "C", "i")
T("""I'm a delivery driver. Every week I drop food boxes at a house in Gravesend and a man always takes them at the door. Last time a young Asian lad came to the window upstairs and put a paper against the glass saying HELP ME. The window had bars.""", "RM", "", "", "i")
# ---- part 5 ----
T("""Nail bar staff say boss pays them "at the end" — nobody has been paid since June.""", "WW", "", "L", "m")
T("""Helpline: man says his employer, a farm in Kent, lets him keep his passport and pays weekly. Only issue is no toilets in the field. Advised to contact GLAA.""", "", "", "", "l")
T("""INT 3/C/P: females at massage parlour on Wood St allegedly not allowed out without "Mama" and sleep on the massage tables.""", "RM", "sw", "S", "h")
T("""Au pair from Ukraine, placed via a registered agency, 25 hrs a week, has her own room, goes to English classes. Host family asked about visa extension. No concerns.""", "", "", "", "l")
T("""Statement of a witness (neighbour): I often see the young woman from next door hanging washing at 11pm and she is back scrubbing the front step at 6. The family have four children. I have never seen her go out on her own, she is always with the grandmother. When I said hello she looked at the window and went in. Once she had a bandage on her wrist.""", "EO RM", "pa", "D", "")
T("""She says that she was promised a job as a nanny in Manchester for £400 a month plus food. She says when she arrived the employer said the first year's wages were used to pay the visa and ticket. She says she washed the cars, cooked, cleaned the house of the employer and his brother's house too. She was not given a key and the phone was taken "because she talked too much".""", "DC WW DB RM IS", "", "D", "h")
T("""Press: Sheffield man who kept an Indian woman as a "house slave" for 8 years, making her cook and clean for 17 hours a day and beating her with a rolling pin, was sentenced to 11 years. The jury heard she had been told she would be arrested and jailed as an illegal immigrant if she left.""", "EO PV IT", "foa", "D", "h")
T("""Midwife: pt (Albanian, 22) brought by "cousin" who did all the talking and held her phone. Pt has bruises on upper arms in finger pattern. When asked alone she said she works "in a house with other girls" and "has to pay back" for the flight.""", "PV DB", "sfw pa", "S", "h")
T("""Hotel manager calls 999: girl who looks about 15 checked into room 214 with a man in his 40s, she seemed drunk, man paid cash. They are in the room now.""", "AV", "", "S", "i")
T("""Hotel concierge note for file: guest (F, 28) staying 3 nights with partner, both adults, valid bookings, no concerns raised by staff; review closed.""", "", "", "", "l")
T("""Debrief: I answered an advert on Facebook for modelling in London. The man paid my ticket from Bucharest. When I came he said there is no modelling, I must see clients to pay the ticket and the room, 1,500 euro. Every week it was more because of food and "advertising". He kept all the money the clients paid. He said he knows where my little brother goes to school.""", "DC DB WW IT", "", "S", "h")
T("""OnlyFans-style content creator (adult, British) reported harassment by a fan. She films and posts her own content, controls her earnings. Harassment investigation; no exploitation.""", "", "", "", "l")
T("""Financial crime alert: 23 accounts opened at different banks in Luton using Romanian ID cards; all registered to 2 addresses; wages from a car wash paid in, immediately transferred to a single account in the name of Marius DOBRE. Several account holders could not be contacted.""", "WW", "mbc ncw", "L", "m")
T("""Immigration enforcement visit, Chinese restaurant, Swansea: 2 staff without right to work arrested. Both say they are paid £8/hr in cash, rent their own rooms, and came on visit visas that expired. No control indicators; immigration offences only.""", "", "", "", "l")
T("""Sham marriage intel: Portuguese woman (21) brought to Glasgow to marry a Pakistani national for his visa; her passport taken by organiser; she was locked in a flat until the wedding and told she would be paid £2,000, received nothing.""", "DC RD RM WW", "", "C", "h")
# ---- part 6 ----
T("""Rang 101 - lads dealing from the flats on Kingsway, all grown men, been there years, nobody makes them, they just sell. Want it stopped.""", "", "", "", "l")
T("""Child (14) disclosed to teacher that "the olders" hold his house keys and he only gets them back after he has sold everything. He has slept in a stairwell twice.""", "AV RM", "", "C", "h")
T("""PNC/INT: nom ALI Hamza (DOB 22/05/2007) found in Torquay, MFH from Brent. Had injuries to hands. Stated he was "kidnapped" by line when he lost £500 of product and driven to a flat where he was held 2 days and beaten.""", "AV RM PV DB", "pa", "C", "h")
T("""Debrief: "The man said if I worked in the house for one year all my debt would be finished. But after one year he said the electric was very expensive and I owe more. I was there nearly three years. I never went outside in daylight. I ate what he brought. I don't know the name of any street." Translated from Vietnamese.""", "DB RM IS", "", "C", "h")
T("""MASH referral: 16-year-old female, cared for by grandmother, found with £1,200 and crack cocaine in her bag at Euston. Says her boyfriend (24) asked her to take it to Bristol. She says he will "sort her out" if she doesn't go back.""", "AV IT", "", "C", "h")
T("""Police attended a domestic. Adult couple arguing over money, he admits he grows weed in the garage to sell to friends. Partner not involved, no coercion. Cultivation offence and DA risk assessment (standard).""", "", "", "", "l")
T("""Cannabis grow at a flat in Dundee: Albanian male (24) arrested. He said he was sent by his cousin to "look after" the flat for £1,500 a month, was paid that every month, had his own phone and went to the gym daily. Treated as a suspect, no NRM indicators.""", "", "", "", "l")
T("""INT 2/B/P: Address on Lime St is a stash house for the "Milly" line. An elderly resident (82) is kept upstairs and told to say the young men are her grandsons if anyone asks. She is not allowed downstairs when deals happen. Her pension card is in their possession.""", "AV RM", "ncw", "C", "h")
T("""Police saw a boy, maybe 12, being pulled out of a car by two men and pushed into a house on Elm Rd known for crack dealing. He was crying. Attend now.""", "AV PV", "", "C", "i")
T("""Youth club worker says: lads are getting bought food, trainers and phones and then told "you owe me now". Several 13-14 year olds doing drops around town after school to pay it off.""", "AV DB", "", "C", "h")
T("""GP: patient (47), long-term heroin user. Says his flat is "busy" with people from London and he is given his gear for free. Appears malnourished, flat described by support worker as filthy with needles and no electricity. Says he can't get them to leave.""", "AV AC", "pa plc", "C", "h")
T("""Harvest team (4 Vietnamese males, approx 18-25) brought to grow in Preston by minibus at 11pm, cut crop through the night, driven away at 5am. Driver collected their phones before they went in.""", "IS", "et cedl", "C", "m")
T("""INT 1/A/P: "Big Man" threatens gardeners with a video of a man being beaten with a hammer, telling them it was the last gardener who tried to leave.""", "IT", "", "C", "")
T("""Officer notes: man in grow house said he came to UK 2019, overstayed, works for a "friend" who pays him £100 a week to water plants. He shops, goes out, sees his girlfriend. Says he knows it's illegal but wants the money. No indicators of control found; treated as suspect.""", "", "", "", "l")
T("""Gardener (Chinese, 40s) told interpreter he had not seen the sun for 7 months, ate instant noodles daily, and had a skin rash from the chemicals. Boss took his passport at the airport "to help with immigration".""", "RM AC RD", "pa", "C", "h")
T("""Report from school: Year 8 boy boasting that he "works for" a man and gets £50 a run. Other pupils say the man drives a white Audi and waits by the chippy. Boy has new designer clothes.""", "AV", "", "C", "h")
T("""Call from a mum: her 17 yo son says men have his bank account and put money through it, he didn't know until the bank froze it. He won't name them. Mum says he's scared to go out.""", "AV", "ncw foa", "C", "h")
T("""Housing association: tenant of sheltered flat (70s, physically disabled) reported that grandson has been staying and "some lads" come with him. Visited: grandson alone, helpful, tenant relaxed and says she wants him there. No drugs or signs of others. No cuckooing.""", "", "", "", "l")
T("""Debrief (Albanian, 19): "My friend in Tirana said there is a job in a pizza shop. In London a man met me and said first I must work in the garden house to pay 15,000 for the truck. He took my passport. I slept there. He came with a gun once to show me. After four months he said I still owe 12,000." """, "DC DB RD IT", "sw", "C", "h")
T("""INT: 15-year-old female being used to carry drugs on the train from Birmingham to Shrewsbury; controllers have sexual photos of her and say they will post them if she stops.""", "AV IT", "", "C S", "h")
# ---- part 7 ----
T("""Farm worker says the gangmaster took 'his papers for the agency' and never gave them back.""", "RD", "", "L", "m")
T("""Caller: my cousin works at a factory in Leicester, 72 hours a week, every week, boss says if he complains he will call immigration on him.""", "EO IT AV", "foa", "L", "h")
T("""Worker injured by a machine at a bakery in Wigan. Employer reported to HSE, worker paid sick pay, union involved. Accident investigation.""", "", "", "", "l")
T("""GLAA licensing inspection, labour provider in Lincolnshire: 3 payslips missing holiday pay, one worker's contract not in a language he understands. No evidence of coercion; workers free to leave, own accommodation, paid into own accounts. Licence conditions added.""", "", "", "", "l")
T("""Labour provider charged each new worker £250 "registration fee" before giving them shifts. Workers otherwise paid properly and free to leave. Referred to GLAA for licensing breach.""", "", "uf", "", "l")
T("""Salvation Army caseworker: client (Slovak Roma, 44) worked at a car wash in Derby for two years. Lived with 12 people in a house owned by the car wash owner. Worked from 8am to 8pm every day. Was given "pocket money" of £20 a week; owner said the rest goes for rent and the debt for his bus ticket. Client has limited literacy and the owner did his bank paperwork.""", "AV AC EO WW DB", "oc ncw", "L", "h")
T("""Construction: 5 Romanian men picked up from a Tesco car park in Harlow at 5am daily and dropped back after 9pm, by the same man, who pays them in cash each Friday. One worker says he's paid properly and can go home whenever. Others not spoken to.""", "", "cedl et", "", "l")
T("""Fishing, Scotland: Ghanaian crewman left boat in Peterhead and went to a church. Says he had not been ashore for 10 months, crew worked up to 22 hours, captain holds all seamen's books, he was promised $1,000 a month and received $200 twice.""", "RM EO RD DC WW", "", "L", "h")
T("""Chef (Indian, 37) working in Cardiff on skilled worker visa says his hours are long in the busy season (50-55 a week) but he is paid overtime, has his passport and lives with his wife. Question about changing employer. No concerns.""", "", "", "", "l")
T("""Factory supervisor reported that one agency worker faints regularly, wears the same clothes every day and is always collected by a man who also takes his wages envelope. Agency contacted.""", "WW", "pa ncw et", "L", "m")
T("""A&E: female, 30s, Chinese, presenting with pelvic infection; came with a man who paid cash and wouldn't leave. She whispered that she works in a "massage" flat and is not allowed to keep money. She has no ID.""", "WW", "sfw", "S", "h")
T("""Debrief: I was 16 when my uncle's friend took me from Lagos. He said I would go to school in London and help his wife with the baby. I cleaned, cooked and did the children's homework with them, I never went to school. When I asked about school he beat me with a belt. I slept in the kitchen. I was not allowed to answer the door.""", "AV DC EO PV RM", "sw", "D", "h")
T("""Kalayaan referral: Overseas domestic worker (Filipina, 41) came with Saudi employer on visit to London. Employer kept her passport and phone, she worked for all 8 family members around the clock, "madam" locked her in the flat when the family went out.""", "RD IS EO RM", "", "D", "i")
T("""Family living together: neighbour reported concern that grandmother from Bangladesh does all the housework at number 4. Visit: grandmother says she enjoys cooking, has her own room, her own pension, goes to the mosque and her friends' houses daily. No concerns.""", "", "", "", "l")
T("""Organ harvesting - NCA briefing summary: a Nigerian senator and his wife were convicted after bringing a young street trader to the UK, having told him he would get work, in order to harvest his kidney for their daughter. He was not told the truth about the operation and would have been paid only a small sum.""", "AV DC", "", "O", "h")
T("""Public report: my mate says a bloke at the hostel is offering homeless lads £3k to go to Turkey and "give a kidney", he pays the flight and keeps your passport till you're back. one lad went and hasn't come back""", "AV RD", "", "O", "h")
# ---- part 8 (long) ----
T("""Intelligence report – OFFICIAL-SENSITIVE – 2/B/P

Subject: suspected cannabis factory network, Rotherham / Doncaster.

1. INT suggests that a Vietnamese OCG is operating at least four residential grows in the DN4 area, rented via a letting agent using forged payslips. Nominal TRAN Duc (DOB 14/07/1988) is believed to be the organiser; he drives a grey Lexus.
2. Each property is staffed by one or two "gardeners". Source reports that gardeners are delivered by TRAN at night, that the doors are fitted with hasp-and-staple locks on the outside, and that gardeners are not given keys.
3. Source states one gardener is "only a kid" and was crying on the phone to TRAN about wanting to go home. TRAN told him he could go home when the $25,000 was paid for "the journey and the house".
4. Gardeners are said to be fed once a week.
5. No information about weapons.

Recommend: safeguarding-led warrant, interpreters and NRM first responders present, age assessment for any young person.""", "AV RM DB AC", "", "C", "i")
T("""Safeguarding strategy meeting notes – Child A (15, male) and Child B (13, male), brothers.

Present: CSC, school DSL, police CE team, YOT.

Summary: both boys have been reported missing 14 times combined in the last 3 months. Child A was found in Southend with 2 phones and £640. Child B was found on a train to Colchester with an adult male (not known to family) who said he was "his cousin". Mother reports that men have been knocking on the door at night demanding "the money". Child A has told his mother he owes £900 because the police took his stuff.

School reports that Child B has told friends he "has to go to work" after school and is frightened of a man called "Smokes". Child A had a stab wound treated at A&E in August, explained as an accident.

Father has no involvement. Mother is supportive but overwhelmed; she works nights.

Actions: NRM referral for both boys; disruption of "Smokes" (CAWN); relocation options considered; mother to be offered support.""", "AV DB IT PV", "pa", "C", "i")
T("""Witness statement (neighbour, retired nurse):

I have lived at 31 Cedar Avenue for 20 years. In about March a new family moved into 33. There are two adult men and, I thought, a teenage boy. I rarely see the men, but they come in a van most evenings around 10pm and stay an hour. I have never seen the boy leave the house except once, when he came into the back garden and one of the men shouted at him and he went straight back in.

The house always has the curtains closed, and in summer the windows were never opened even in the heat. There is a strong smell like skunk and a humming noise. The boy looks very thin and pale. When I waved once from my garden, he looked frightened and didn't wave back.

In June I heard banging and a man shouting in a foreign language, then a crying noise. I did not call the police at the time because I wasn't sure.

I want to make clear that I have never spoken to the men and I don't know their names.""", "AV RM", "pa", "C", "h")
T("""Case review, closed – cuckooing concern, Flat 12 Mill House.

Referral in May from the housing officer following complaints of people coming and going and suspected drug use. The tenant, Mr P (52), has a history of alcohol misuse. PCSOs and the ASB team visited on three occasions. On each visit Mr P was alone or with his adult daughter. He was open about drinking with friends from the local pub, who sometimes stay over. There was no drug paraphernalia, no evidence of supply and no sign that anyone else controlled the property. Mr P has his own keys, bank card and phone, and said clearly that nobody was pressuring him and that he would call us if that changed.

A sweep of the block found no other concerns. Neighbour complaints about noise were addressed by the housing officer with an acceptable behaviour agreement.

Outcome: no cuckooing identified. Case closed. Welfare referral to adult social care for alcohol support was accepted.""", "", "", "", "l")
T("""Debrief interview, conducted with a Tigrinya interpreter. The interpreter reports the following:

He says he left Eritrea in 2021 and spent a year in Libya where he was held in a warehouse until his family paid. He says he crossed to Italy and then came to the UK in a small boat. He says that in a hotel for asylum seekers he met a man who said he could get him cash work "in a shop".

He says the man took him to a house in Luton. Upstairs there were plants under lights. He was told to sleep there and water the plants, and that he would be paid £500 at the end of each month. He says he was never paid. When he asked, the man said his food and the room cost more than his wages.

He says the man took his ARC card and his asylum papers "so the police don't find them". He says the door was not locked but the man told him that if he went out the Home Office would deport him and that his asylum claim would be refused. He says he was too afraid to leave for four months.

He says he has a cough that started in the house.""", "AV DC WW RD IT", "foa sw", "C", "h")
T("""Police intelligence summary – county line "Zee", Birmingham into Hereford and Worcester.

The line is controlled by two adults, nominal JAMES Tyrone (DOB 02/02/1998) and an unknown male "Kwame". The line phone ends 4471. Deal texts are sent daily at 9am and 4pm.

Three juveniles are known to run the line: YP1 (15, looked after child, placed in Walsall), YP2 (16, lives with grandmother), YP3 (14). The juveniles are driven to Hereford on Friday nights and collected on Mondays. They stay in the flat of a vulnerable adult female (HOLT, 44, alcohol dependency) in Westfields. HOLT has been given free cannabis and cash to let the line use the flat; a neighbour reports she was pushed down the stairs by JAMES in October.

YP1 has told his social worker that JAMES "taxes" the runners if the money is short and that he owes £400. YP3 has been seen with facial injuries.

Also noted: the same line uses an adult runner (26, local) who is paid and appears to be a willing participant; he is not assessed as a victim.""", "AV DB PV", "pa cedl et", "C", "h")
T("""Local authority adult safeguarding – Section 42 enquiry outcome.

Ms R is a 34-year-old woman with a mild learning disability who lives in a council flat. Her support worker raised concerns when she noticed that Ms R's bank account was being emptied on the day her benefits were paid and that a man called "Jason" appeared to be living with her.

Enquiries found that Jason and two friends had been using Ms R's flat to store and sell heroin for about six weeks. They had her bank card and PIN and took her money for "rent". Ms R was told to stay in her bedroom when customers came and was not allowed to have her sister visit. She said Jason shouted at her and once grabbed her by the throat, and that he told her he would burn the flat if she told anyone.

Jason was arrested and the flat was made safe with a closure order. Ms R is staying with her sister. NRM referral completed with her consent.""", "AV RM IS PV IT", "ncw", "C", "h")
T("""NGO outreach notes – car wash, Kettering, three visits.

Visit 1: six men working, all Romanian or Moldovan. Owner (Romanian, 40s) present and friendly. Workers wearing waterproofs and boots, there is a kettle and a cabin. Two men said they live in a shared house in town and pay rent to a private landlord.

Visit 2: spoke to worker V. alone. He said he is paid £60 a day, cash, which he thinks is low. He has his ID card, sends money home himself, and has worked at two other car washes. He said the owner "shouts but is fair" and he can leave whenever he wants. He is looking for a warehouse job.

Visit 3: new worker, 19, said he had just arrived from Chișinău and the owner helped him find a room. He said he paid nothing to get the job.

Assessment: low pay and possible minimum wage breach (referred to HMRC), but no indicators of forced labour or control identified. Continue to visit quarterly.""", "", "", "", "l")
T("""I want to tell what happened to me. My name is not important. I am from Slovakia. In 2022 a woman from our town, she is like family friend, told my mother there is good work in England in a factory making sandwiches, £9 an hour, house included. She paid for the bus.

When I arrive in Nottingham they took my ID card "for registration" and the bank card after they opened the account. I lived in a house with 15 people, we sleep 4 in one room. I worked in the factory 12 hours most days and also on Saturday and Sunday, because they said there is a debt for the bus and the house and the "registration". On payday the woman's son drove us to the cash machine and took out the money with our cards. He gave us £30 each for food.

When my friend Peter said he wants to go home, the son hit him in the face in the kitchen in front of everyone. After that nobody asked.""", "DC RD WW DB EO AC PV", "oc ncw et", "L", "h")
T("""Press summary: Two men were jailed at Leeds Crown Court for running a cannabis farm from a former pub in Barnsley. The court heard that a Vietnamese teenager, who was 16 at the time, was found hiding in a cupboard when police raided the premises. He had been brought to the UK in the back of a lorry and told he must work to pay off a debt of £20,000. He slept on a mattress in the cellar next to the electrics and was locked in by the men when they left each night. The judge said the boy was a victim and that he should never have been arrested; the CPS had dropped the case against him after an NRM conclusive grounds decision. A second man found at the pub, a 43-year-old British plumber who had installed the hydroponics, was convicted of production and was not considered a victim.""", "AV DB RM AC", "sw", "C", "h")
# ---- part 9 (look-alikes / negatives) ----
T("""Stop search, Hackney: 19yo male, 3 wraps of crack, £200. Works for himself, no phone controller. NFA.""", "", "", "", "l")
T("""Caller says there's a cannabis smell in the block again. No other info.""", "", "", "", "l")
T("""Tenant says landlord won't fix the damp and has threatened to change the locks over rent arrears.""", "", "", "", "l")
T("""Man reports his passport stolen from his car in Slough. Crime ref issued.""", "", "", "", "l")
T("""Student from Nigeria reports her landlord keeping her £900 deposit. Advised small claims.""", "", "", "", "l")
T("""Nail bar owner asked police for advice about a shoplifter. Staff all on payroll.""", "", "", "", "l")
T("""Drugs warrant 14 Rowan Close: 2 adults arrested, 40 plants in the loft, both British owner-occupiers, admit selling to friends. No one else at the property, nobody being held. No vulnerability identified.""", "", "", "", "l")
T("""Police received anonymous tip about "drug runners" at the leisure centre. Patrol attended: two adult men exchanging gym supplements. No offence.""", "", "", "", "l")
T("""Public report: theres a car that parks up on our estate every night and people go to the window, 100% dealing. driver is a grown man in his 40s he does it himself, no kids involved that i can see""", "", "", "", "l")
T("""Officer notes: 16-year-old caught with a cannabis joint at school. Lives with both parents, no missing episodes, no unexplained money or phones. Says he bought it from a friend. Education-based outcome.""", "", "", "", "l")
T("""INT 2/C/P: male known as "Boxer" is selling cocaine in Truro from his own car. He is the line holder and answers the deal phone himself. No runners identified.""", "", "", "", "l")
T("""Housing officer: Tenant at 7 Park Lane reported his lodger for not paying rent and smoking cannabis in the room. Lodger says he has paid. Both adults. Tenancy dispute; signposted to Shelter.""", "", "", "", "l")
T("""Grandmother concerned her grandson (22) is selling weed. He lives with her, works part-time, and she says he's "not being made to do it, he just thinks it's easy money". Advice given re reporting.""", "", "", "", "l")
T("""MFH report: 15-year-old girl missing overnight, found at her friend's house having a sleepover without telling mum. No concerns of exploitation on return home interview; she was happy to talk and explained.""", "", "", "", "l")
T("""Sergeant's note: the "stash house" intel on Albert St came back negative. Occupants are a young couple with a baby, no drugs found, no links. Intel graded 3/E/P and to be reviewed.""", "", "", "", "l")
T("""Report from electricity network: tampered meter at a terraced house in Leeds. Engineer attended with police; occupant was an elderly man who had been bypassing the meter to save money. No cannabis. Referred for fuel poverty support.""", "", "", "", "l")
T("""Caller claims Vietnamese family in the flat below are "kept prisoner". Police visited: parents and two children, parents run a nail salon together, children attend the local school, passports in the family's possession, they come and go freely. Caller has an ongoing dispute with the family over noise. No further action.""", "", "", "", "l")
T("""Worker (Romanian, 31) at a Kent hand car wash contacted the council to complain about an unpaid final week when he left. He lives in his own flat, holds his ID, and was otherwise paid each Friday. He has started a new job. Referred to ACAS for wages dispute.""", "", "", "", "l")
T("""Farm manager called GLAA: a new worker turned up with an agency ID badge and said he'd paid a man in Bucharest £200 for the job. Farm checked: the worker is paid directly by the farm into his own account, lives in the farm's licensed caravans, and has his passport. Agency reported for upfront fee.""", "", "uf", "", "l")
T("""Domestic abuse: female (29) reports partner controls her phone and has hit her. No suggestion of work, sex for money or crime under his control. DASH high risk, referral to IDVA.""", "", "", "", "l")
T("""Care home inspection, Surrey: 14 overseas staff interviewed privately. All hold passports, were recruited without fees, paid above minimum wage with payslips, live in their own rented rooms, and rotas show 37-48 hours. One complaint about overtime rota, being resolved. No exploitation indicators.""", "", "", "", "l")
T("""Airport: a teenage girl travelling with her father to Lahore for a family wedding, both with return tickets, girl says she is excited and returns to school in September. Forced marriage screening questions done with her alone, no concerns.""", "", "", "", "l")
T("""Transplant coordinator note: living-donor kidney transplant between two sisters approved by the Human Tissue Authority after independent assessment. Donor confirms no payment or pressure. Surgery scheduled.""", "", "", "", "l")
T("""Patient (Pakistani, 50) travelling to Lahore for private kidney transplant from a cousin. Consultant advised on risks of transplant tourism. Patient confirms the cousin volunteered and is a close relative. For information only.""", "", "", "", "l")
T("""Police were called to a factory in Leicester after a worker's arm was trapped in a press. Worker (Indian, 45) taken to hospital. Employer has employer's liability insurance; worker is salaried, has a contract and lives with his family. HSE informed.""", "", "", "", "l")
T("""Au pair (French, 19) reported her handbag stolen at the station. She mentioned the host family are "lovely" and she has weekends off. Theft reported.""", "", "", "", "l")
T("""Police received a tip that a massage parlour in Derby was a brothel. Licensing visit: four therapists, all self-employed, paid by card, no sexual services evidenced, all had their own documents and addresses. No concerns.""", "", "", "", "l")
T("""Complaint from a Polish worker: agency placed him at a warehouse for 55 hours one week during peak season. He asked for fewer hours and they agreed. He is paid properly and lives with his girlfriend. No further action.""", "", "", "", "l")
T("""INT 3/D/P: rumour that gardeners at a Stoke grow "would be beaten if they tried to leave". Visit found the unit empty and dismantled months ago; no persons found and no evidence anyone was held. Intel unverified.""", "", "", "", "l")
T("""He says nobody took his passport, he kept it in his bag. He says he was paid every week and could go to the shop. He says he came for the money and knew it was cannabis. Interpreter note: he was calm and wanted to know about bail.""", "", "", "", "l")
# ---- part 10 ----
T("""Runner, 16, says "they took my phone and gave me a burner, I don't know where I am".""", "AV IS", "", "C", "i")
T("""Gardener had only the clothes he stood in and a toothbrush.""", "", "fpe", "", "l")
T("""Tenant's vulnerable son made to hold drugs in his bedroom by his mum's new boyfriend's mates.""", "AV", "", "C", "h")
T("""kids from london in the flat opposite 2 weeks now, never go school, always on phones, older man brings them food""", "AV", "", "C", "h")
T("""Gardener found with bruising to ribs, says "the boss kicks when the plants die".""", "PV", "pa", "C", "h")
T("""Car wash boss drives staff there and back and charges £10 a day for the lift.""", "", "et ct", "L", "m")
T("""INT 2/B/P: workers at Hull fish factory charged £40 for their own knives and aprons, deducted before first wage.""", "", "ppe", "", "l")
T("""Lad says he's been in the trap for a week with no shower and one meal a day.""", "AC", "plc", "C", "m")
T("""Girl, 14, picked up from children's home by taxi at 23:00, returned 05:30, won't say where.""", "AV", "cedl", "S", "h")
T("""Elderly man's house being used to bag up drugs; he's been told "keep your mouth shut or you're next".""", "AV IT", "", "C", "h")
T("""Boss keeps all 7 bank cards for the lads and takes them to the cash machine every Friday.""", "WW", "mbc ncw", "L", "m")
T("""Young female, Chinese, found at brothel, owes £30k for "the visa". Pays £200 a day to the boss.""", "DB", "", "S", "h")
T("""Nom LE Van Hung (DOB 30/01/2001) - gardener, told interpreter he had never been paid and did not know the town.""", "WW IS", "", "C", "")
T("""Grow house gardener (28, Vietnamese) says he was free to come and go and shopped in Aldi each day, paid £1000 a month into his own account. Says "nobody forces me". No indicators; suspect.""", "", "", "", "l")
T("""Referral: 17-year-old boy with autism befriended online by a man who asked him to "hold a parcel". He then had to hold more and more and was told the parcels were worth thousands and he would pay if anything went missing. He now gets a message at night to go and meet people.""", "AV DB", "", "C", "h")
T("""Caseworker note: client (Vietnamese, 22) recovered from a grow in 2023. He describes the room as having no bed, no toilet (a bucket), and the smell of fertiliser everywhere. He washed with a bottle. He had three T-shirts and a pair of flip-flops, nothing else. He says the "uncle" shouted and said his parents would be hurt if he ran away.""", "AC IT", "plc fpe", "C", "")
T("""Police observed a white van dropping off 8 Romanian men at a construction site at 06:00; supervisor did all talking, workers appeared not to know the site name or their own address. Several had no gloves or boots.""", "IS", "et sfw", "L", "m")
T("""Debrief: "The agent told me I will pick flowers on a farm in Scotland, 10 pounds an hour. I paid him 3,000 euro in Bulgaria. There were no flowers. We cut broccoli from 4 in the morning to 7 at night and they paid us for only 6 hours. We live 8 people in one caravan and pay 80 each week." """, "DC EO WW AC", "uf oc", "L", "h")
T("""Safeguarding: the 13yo was found in the boot of a car with another child on the M5; driver fled. Both had packages strapped to their bodies.""", "AV", "", "C", "i")
T("""Line holder told the boy that the money he "lost" (£300) would be £600 by Friday and £1,200 by the week after if he didn't work it off.""", "AV DB", "", "C", "h")
T("""Forced begging: man with no legs placed on Oxford St each morning by two men who collect the money every hour. At night he sleeps in a garage in Ilford with 6 others. Sounds Romanian.""", "AV WW AC", "cedl oc", "C", "h")
T("""Shop security: group of four Romanian boys (13-16) stealing razors to order; they hand the bags to a man outside who drives them to the next town. They say they will be beaten if they come back with nothing.""", "AV IT", "et", "C", "h")
T("""Money mule: Indian student, 21, recruited on Telegram for "payment processing" work; received £30k in her account and passed it on. She kept £500. No sign of threats or control; she says she knew it was dodgy. Referred for money laundering.""", "", "", "", "l")
T("""Identity fraud: 16 Universal Credit claims made in names of Slovak workers who never applied; a couple who "help with the paperwork" kept the workers' ID and the bank cards the payments went to.""", "RD", "ncw mbc", "C", "m")
# ---- part 11 ----
T("""Statement (Polish, 52, translated): "I met a man at the soup kitchen in Gdynia. He said there is work in England on a building site, good money, and he pays for the bus. In England we lived in a garage behind his house, five men, one toilet outside. We worked on his roofs and driveways every day, Sunday too, from early until dark. He said he keeps our money in the bank for us so we do not drink it. In two years I got maybe £300. When Marek wanted to go to the police, the man broke his nose. My ID card he put in his safe. I did not know the address, only that it was near a big Tesco." """, "AV DC AC EO WW PV RD IS", "", "L", "h")
T("""Public online report: "Sorry if this is wrong place. The takeaway at the end of my road, the young chinese lad that works there is there at 9am when i go to work and still cooking at 1am when i come back from my shift, 7 days. I asked him once if he gets a day off and he just laughed and said 'no day off, boss angry'. he sleeps above the shop i think, i see him hanging washing out the back window. he looks very tired. he was friendly but nervous." """, "EO", "sw pa", "L", "m")
T("""Domestic servitude - debrief summary: Ms A (Ugandan, 26) came to the UK on an overseas domestic worker visa with a Qatari family in 2022. On arrival in London the employer's wife took her passport and phone. She worked from 5.30am until after midnight every day, caring for four children and cleaning a large house, and was given no days off in 11 months. She was paid nothing in the UK; the employer said her salary was sent to her mother, who confirmed she had received a single payment. She slept on a mattress in the laundry room. She was only allowed out with the family and was shouted at and slapped when a child was hurt while she was bathing him. She escaped when the family went to the park and she asked a stranger for help. Kalayaan supporting, NRM referral made.""", "RD IS EO WW RM PV AC", "sw", "D", "h")
T("""Forced marriage protection order application: L (17) was taken to Bangladesh "for a holiday" and told on arrival she would be married. Her passport was taken by her uncle. She messaged a friend saying she is locked in the house and her phone is checked. Foreign Office engaged.""", "AV DC RD RM", "", "", "i")
T("""Adult son (30, learning disability) lives with his parents who claim his benefits and spend them on the household; he attends a day centre and his sister says he's well cared for. Social worker reviewing appointeeship.""", "", "ncw", "", "l")
T("""Daughter-in-law (Indian, 24) disclosed to health visitor that she does all the cooking and cleaning for 11 people in the in-laws' home, is not allowed out without her mother-in-law, and her passport is "kept safe" by father-in-law. She says her husband hit her when she asked to phone her parents.""", "RM RD PV EO", "", "D", "h")
T("""Organ: debrief via Romanian interpreter. She says a woman in Iași recruited her husband in 2019 saying a British clinic would pay €10,000 for a kidney. She says he was taken to a flat in Birmingham, kept there with two other men until a "doctor" came, and after the operation the woman gave him €1,500 and said he owed the rest for travel and accommodation.""", "AV DC RM WW DB", "", "O", "h")
T("""INT 2/C/P: Women recruited from Albania via Instagram "waitress in London" adverts, collected at Stansted by a driver, taken to flats in Luton and sold for sex, money collected by driver nightly.""", "DC WW", "et", "S", "h")
T("""Brothel visit (licensing + police), Slough: two Thai women found, both with own passports, rent the flat together, run their own adverts and keep their earnings. Both say nobody controls them. Advice on safety; no exploitation.""", "", "", "", "l")
T("""CSE: 14-year-old girl in care. Male (26) supplied her with cannabis, took her to parties where she was made to have sex with his friends. She says he calls her his girlfriend and that she "owes" him.""", "AV PV DB", "", "S", "h")
T("""Reporter (taxi firm owner): one of my drivers keeps getting jobs from the same number to take girls from a flat in Sheffield to hotels at night and pick them up in the morning. Different girls, young. A man always rings, never the girls.""", "", "sfw cedl et", "S", "h")
T("""Midwife: Ms N (Nigerian, 20) says she cannot come to antenatal appointments because the woman she lives with makes her clean and look after children all day and locks the door when she goes to work. She has no money of her own.""", "RM EO WW", "", "D", "i")
T("""Nail salon visit: 3 workers said owner took £2,000 each from their first wages as a training fee and they now earn £25 a day working 10-hour shifts six days a week. They share a room above the salon with 2 others.""", "WW EO AC", "uf oc sw", "L", "h")
T("""Factory in Leicester (garments): HMRC found 30 workers paid £3.50 an hour, doors chained during shifts, fire exits blocked. Workers said the owner shouts that immigration will take them if they talk.""", "RM AC IT WW", "foa", "L", "h")
T("""Recycling plant: Lithuanian workers say they are fined £20 if late and must buy gloves from the supervisor. Live in supervisor's house, 10 in 3 rooms, and never see a payslip; the supervisor gets the wages and gives them "what is left".""", "WW AC", "ppe oc ncw", "L", "m")
T("""Agency worker (Eritrean, 33) says that the agency arranged his bank account and he has never seen the card. He gets cash from the agent's brother once a week. He thinks he owes for the room and the minibus but has never been told how much.""", "WW DB", "ncw ct", "L", "m")
# ---- part 12 (long, mixed) ----
T("""Return home interview – completed by independent RHI worker

Young person: D (male, 16). Missing 4 days, located by BTP at Peterborough station.

D was reluctant at first but said that a man he knows as "Snoop" offered him £200 to "take a trip". He was driven to a flat in Lowestoft where a woman with "track marks" lived. He stayed there with another boy (about 14) and they served customers from the door all day and most of the night, taking turns to sleep on the sofa. D said they had to hand all the money to a man who came each evening, and that they were told they would get paid "at the end". He was not paid. He said that on the third night the man slapped the younger boy because the money was £40 short, and told them both that if they "did a runner" he would find their families.

D said he doesn't want police involvement but agreed to talk to his social worker. He is worried about a "debt" because his phone was taken by BTP with the line on it.

Risks: criminal exploitation, potential debt bondage, physical harm to the other child. Information shared with CE team and MASH same day.""", "AV EO WW PV IT DB", "", "C", "i")
T("""Police log, night shift, multiple incidents:

23:40 – Report of youths fighting on Derwent Rd. Attended, no trace.
00:15 – Shoplifting at 24hr garage, adult male detained, cautioned.
01:05 – Vehicle stop on A38 (VRM YX19 KLM). Driver (34, British) and a 15-year-old boy from Wolverhampton, who was reported missing yesterday. Boy had a deal phone and £420; driver had 2 oz of crack under the seat. Boy said the driver was "taking him back to the trap". Driver arrested for possession with intent and CAWN considered; boy taken to place of safety.
02:30 – Domestic argument Church St, words of advice.
04:10 – Alarm activation at school, false.""", "AV", "et", "C", "i")
T("""Case note (charity supporting survivors):

Today I saw H. (Vietnamese, now 19) for his monthly session. He was brought to the UK at 15 and found in a cannabis grow in Kent in 2022. He told me more about his time there. He says there were always two locks on the front door and he only went outside once, when the "boss" took him to another house in a car with the windows covered. He was told that his father owed the boss's family in Vietnam and that his work in the house would pay that debt, but that the debt also grew because of the electricity and food.

H. says that the boss sometimes hit him with a belt and once burned his arm with a cigarette. He was given a phone that could only call the boss. He still has nightmares and is frightened that the boss's people will find him.

Today he was more settled; he has started ESOL classes and has a part-time volunteer role at a food bank. His immigration case is pending following a positive conclusive grounds decision.""", "AV RM DB PV IS", "et", "C", "h")
T("""Licensing and environmental health joint visit – Kebab house and flats above, Walsall.

The kitchen was dirty and the extraction fan broken; an improvement notice was served. Above the shop are two flats. Flat 1 is let to the owner's brother and his family (wife and two children); all were present, documents checked, no concerns. Flat 2 is let to three kitchen staff from Turkey, all adults, each with a tenancy agreement, their own keys and rent receipts. Staff spoke to the officer alone through an interpreter: they work 40–45 hours over five days, are paid by bank transfer into their own accounts and have their passports. One said he was thinking of moving to London for a better job.

No indicators of labour exploitation were identified. The food hygiene rating will be reviewed after the re-visit.""", "", "", "", "l")
T("""Intelligence submission (public source, anonymous via Crimestoppers) – transcribed:

"im a cleaner at the hotel on the ring road and there is a room that is booked every week by the same guy, he brings 2 or 3 young lads, they look about 14 or 15, they look scared and theyre not allowed out the room without him. i heard him shouting at one of them that he had to make 2 grand before he goes home. the lads have loads of little bags and phones. once i saw blood on the sheets and one of the boys had his face bust. the man always pays cash and uses a different name. this week he is in room 112 and they are there now i think" """, "AV RM PV", "pa", "C", "i")
T("""Victim personal statement (read in court, abridged):

When I was seventeen I was homeless and living in a tent in the park. A man I knew from the hostel said I could stay at his friend's house if I helped out. The help was growing weed. I had to turn the lights on and off, mix the feed, and sleep on a camp bed between the plants. At first I thought it was OK because I had a roof. Then they took my phone "in case the police track it" and said I couldn't leave because people would rob the place.

I worked every day for nine months. I never got paid, they said my room and food cost more than I was worth. When I asked to see my girlfriend, one of them put a knife to my throat. I have anxiety now and I jump when I hear a door lock.

I want the court to know that I was not a criminal. I was used because I had nowhere else to go.""", "AV RM IS WW EO IT DC", "sw", "C", "h")
T("""Bank financial-crime referral: Customer Mr KOVAC (Slovak, 24) opened an account in March. Since then his wages from a meat processing plant (approx £1,600 monthly) arrive and are withdrawn in full within hours at an ATM in Corby, together with withdrawals on eight other cards at the same ATM in the same minutes. When Mr KOVAC visited the branch he was accompanied by a man who answered for him and held his card. Mr KOVAC appeared nervous and did not know his own address.""", "WW IS", "mbc ncw sfw", "L", "")
T("""Officer statement: I attended 18 Prince St in response to a report of a man shouting for help. I found the front door secured with a padlock from the outside. Through the letterbox I saw a male, Asian, who said in broken English "please, I can't go out". I forced entry. Inside every room downstairs had been converted to grow cannabis and there was a strong heat. The male, who gave his name as Phuong, was wearing shorts and was very thin. He had a mattress in the kitchen and a rice cooker. He said "boss come every Sunday". I placed him in the back of the police car for his safety and gave him water. He was crying and asked if his mother would be hurt.""", "RM AC", "pa sw", "C", "i")
# ---- part 13 ----
T("""OIC handover: YP (Kyan, 15) in custody for PWITS. Appropriate adult present. Kyan disclosed in interview that he was "told to take the charge" by the olders or his brother would get "wet up". He has two previous missing episodes and a new tattoo of the line name. Please consider s45 defence and NRM before charging decision; CAWN on the olders submitted.""", "AV IT", "", "C", "h")
T("""Caller (anonymous): "the old lady at number 9 has got young lads living with her, she's scared of them, I saw one of them grab her arm and drag her in. they're selling out her back door." """, "AV PV", "", "C", "i")
T("""Dad called 101: his 17-year-old has been dealing weed to his mates from his bedroom, nobody's making him, he's just an idiot. Wants advice about getting him help.""", "", "", "", "l")
T("""INT 2/B/P: Gardeners at the Hartlepool grow are brought by taxi, each pays the taxi driver £50 out of the £100 they get monthly.""", "WW", "ct et", "C", "m")
T("""County lines — disruption summary: "Tiny" line (Leeds to Whitby) closed after arrest of line holder. Two juvenile runners recovered (14, 16), both NRM referred; an adult user who let them stay was not assessed as cuckooed — he was paid and invited them.""", "AV", "", "C", "h")
T("""Mum worried that son (15) has a new girlfriend who is 18; no drugs, money or missing episodes; school attendance good. Advice given.""", "", "", "", "l")
T("""Police search of a grow in Swindon found a notebook recording the gardener's "debt": 18,000 at the start, electricity, food and "rent" added every week, the total now 23,400 after a year.""", "DB", "", "C", "m")
T("""Debrief (Vietnamese female, 30, via interpreter): She says she was told she would work in a nail salon but was taken to a house with plants in Newcastle with her husband. She says the boss told them the salon job would come later. She says the boss raped her twice when her husband was sent to another house. She says they were never allowed out together.""", "DC PV RM", "", "C S", "h")
T("""Note: the 19-year-old caught at the grow in Ely was working there voluntarily for his older brother, the tenant, and was paid. He lives at home with parents. Both charged with production; no victim indicators.""", "", "", "", "l")
T("""Youth worker email: "One of our lads (14) came in with a big bruise on his face today and said a man 'done him' for not answering the phone. He said he has to keep the phone on all night and go when it rings. Said he's 'in debt' to the man for a bike he was given. I've told the DSL." """, "AV PV DB EO", "pa", "C", "h")
T("""Grow found at bungalow in Carlisle, no occupants. Sleeping bag, rice bag, and a bucket found in the room with the lights. Padlock on the outside of the bedroom door.""", "AC RM", "plc", "C", "")
T("""Cuckooing – public report: "my friend Jim has got people in his flat and they won't let him out of his bedroom, he texted me 'get police' at 11pm, he has MS and uses a wheelchair" """, "AV RM", "", "C", "i")
T("""Intelligence: Albanian OCG recruit young men on TikTok with videos of cash and cars, offer "£3000 a month in London". Those who come are told the job is in a grow and they owe £15,000 for the lorry. One recruit says his passport was taken at Dover by the driver.""", "DC DB RD", "", "C", "h")
T("""ASB: teens (16-17) using cannabis in the park, no supply seen, no vulnerabilities raised. Dispersal order.""", "", "", "", "l")
T("""Crimestoppers: man on our street gets his weed from a bloke who grows it in his shed and sells it himself, nobody else involved, no kids, just wanted to report it""", "", "", "", "l")
T("""Line runner (18, care leaver, ADHD) tells YOT worker he sleeps in different trap houses every night and has not had a day off in 6 weeks, controllers decide where he goes.""", "AV EO", "", "C", "")
T("""Prison note: prisoner (21) says people on the wing told him his "debt" from a seized package transferred inside with him; he is being made to hold phones and drugs in his cell and was assaulted when he refused. Referral to security and safer custody.""", "DB PV", "", "C", "h")
T("""Bank: 42-year-old customer withdrew his own savings to pay a builder. He confirmed it was his choice; no coercion. Scam check completed.""", "", "", "", "l")
T("""Social care: Baby's father (19) told health visitor that he "works for" the people who got him his flat, and they "take half of what he earns" from his deliveries (drug runs) and say he owes rent to them. He is scared they'll come for the baby.""", "WW DB IT", "", "C", "h")
T("""INT 2/C/P: female (22, Romanian) sold for sex in a flat in Ilford is also made to shoplift from supermarkets in the day; her controller keeps the goods and the money.""", "WW", "", "S C", "h")
T("""NGO note: Sudanese man (35) worked at a car wash in Leeds for 8 months, 7am–7pm, 7 days; lived in a container behind the car wash with no heating. Says he was paid nothing because "the boss is keeping it for when I get my papers". The boss told him Home Office would deport him if he left.""", "EO AC WW IT AV", "sw foa", "L", "h")
T("""Organ trading intel (2/C/P): a Pakistani network in Birmingham arranges UK patients to buy kidneys from poor donors in Pakistan; donors are brought to a private hospital, paid less than promised and told to say they are relatives.""", "AV DC WW", "", "O", "h")
T("""Organ: man (Nepalese, 26) found at a Luton address said a broker had promised him work in a restaurant; once here he was taken for "medical tests" and told he must give a kidney to pay his travel debt. He refused and was locked in a room for 3 days.""", "DC DB RM", "", "O", "i")
T("""Healthcare worker (Filipino) says employer deducts "accommodation" and "uniform" from wages and charges her for the van to the care home, but she is paid the rest into her own account and can leave. Low pay concern only; referred to Citizens Advice.""", "", "ct ppe", "", "l")
# ---- part 14 ----
T("""Gardener kept his own passport and phone, but says the boss took all his pay "for the debt" and beat him when a light failed.""", "WW DB PV", "", "C", "h")
T("""Girl (16) says her "boyfriend" would have hurt her if she stopped running for him, but she stopped and he never did anything; she is now at college and safe. Historic concern only, reviewed.""", "", "", "", "l")
T("""Text from a runner to his sister, screenshotted by school: "cant come home they said i still owe 800 and they know where we live".""", "AV DB IT", "", "C", "h")
T("""Adult user (39) says he sells a bit to fund his own habit, buys from a mate, nobody makes him. Charged possession with intent.""", "", "", "", "l")
T("""Welfare check on a man living in his van behind a farm near Wisbech: he works on the farm, is paid weekly into his own account, chose to live in the van to save money. Farm gives him use of showers. No concerns.""", "", "", "", "l")
T("""Interpreter's note: "She is saying that the men who brought her said she would be working in a restaurant kitchen in Glasgow, but she was taken to a flat and made to look after the plants and also cook for the men. She says one man came into her room at night and she could not stop him. She says the door key was always in his pocket." """, "DC PV RM", "", "C S", "h")
T("""School DSL: pupil (Year 11) seen getting into different cars after school; has three phones, says they are his "work phones". Police aware; he told PCSO he's "paying back" a man for a debt his older brother ran up before going to prison.""", "AV DB", "", "C", "h")
T("""Housing officer visit to HMO on Fosse Way: 11 Vietnamese men sharing 3 rooms, mattresses touching; all said they work at "farms" and are driven at night. The man who rents the house to them also arranges the driving and takes "rent" from each one's pay before they see it.""", "WW AC", "oc et ncw", "C", "")
T("""Report: a Romanian man (50s) sitting with a cup outside Greggs in Bath says he begs for himself and lives with his wife in a rented room. Council outreach offered services. No one collecting his money seen.""", "", "", "", "l")
T("""Police debrief of M (16, Sudanese, unaccompanied asylum seeker) after he went missing from his hotel: a man from the hotel car park offered him work "washing cars". He was taken to a house in Coventry and told to bag cannabis and deliver it on a bike. He was given food but no money and told that if he spoke to the hotel staff his asylum would be refused.""", "AV DC WW IT", "foa", "C", "h")
T("""Neighbour dispute escalated: man at number 3 accuses number 5 of running a "drugs den" and trafficking kids; attended, number 5 is a foster carer with three foster children, approved and supervised by the council. Malicious allegation advice given.""", "", "", "", "l")
# ---- output ----
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh145.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, e in enumerate(ENTRIES, 1):
            f.write(json.dumps(dict(id="f145-%03d" % n, **e), ensure_ascii=False) + "\n")
    print(len(ENTRIES), "texts ->", out)
