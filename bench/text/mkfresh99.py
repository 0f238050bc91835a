#!/usr/bin/env python3
"""Hand-written health-setting texts for fresh99.jsonl (each text written individually).
Tuple: (text, indicators, signs, types, risk). Short codes are expanded below;
risk '' = computed from the conventions, otherwise i/h/m/l given by hand."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
RISK = dict(i="immediate", h="high", m="medium", l="low")

T = []
def add(text, ind="", sig="", typ="", risk=""):
    T.append((text, ind, sig, typ, risk))

# ---- texts ----
add("A&E triage 02:40. M, approx 30s, Romanian, laceration L forearm from angle grinder at 'building job'. Brought in by another male who answered all questions and held pt's phone. Pt says he sleeps on site in a container and works 7 days. No ID, says 'boss has it for the insurance'. Pt visibly anxious when asked about police.",
    "RD IS EO AC", "sfw saw lh dt foa pa", "L", "")
add("GP reg note: new patient registration, 24F, Polish, lost purse incl. ID card on train last week, police ref given. Works as a receptionist at a dental practice. Own bank account. No concerns.", "", "", "", "")
add("Midwife booking appt. 19yo Albanian woman, 14/40, attended with a man she called her 'cousin' who insisted on staying for the whole appointment and translated. When he left to move the car she said quickly 'he makes me go with men, I cannot say no'. Could not give her address. Safeguarding lead informed, police contacted same day.",
    "IS", "sfw", "S", "h")
add("walk in centre staff worried about a lad maybe 15 came in with a stab wound to his leg, said he fell on a fence. Older guy waiting outside in a car kept ringing him. He had 3 phones on him and said he was 'staying at a mates in Margate' tho he's from London. Wouldnt give parents number.",
    "PV AV", "pa", "C", "i")
add("Dental emergency clinic: 40s M, Vietnamese, severe abscess, says pain for 4 months. Interpreter via phone. He says he works in a nail shop and 'owner will not let us see doctor, we have no papers, he keeps them'. He sleeps upstairs above the shop with five others. Asked him to return for follow-up, he said he does not think he can come back.",
    "RD AC RM", "dt saw oa plc pa foa", "L", "h")
add("Ambulance crew PRF: called to industrial unit, worker fell from a ladder approx 2m, suspected wrist fracture. Site manager present, accident book completed, pt's wife informed by pt himself. Pt English-speaking, employed directly by the firm. Conveyed to A&E.", "", "", "", "")
add("CMHT referral: 34M, Eritrean, low mood, flashbacks. Describes crossing Libya where he was held in a warehouse and beaten until family paid ransom. Now has refugee status, lives alone in council flat, attends college. Current risks relate to mental health only.", "", "", "", "")
add("Pharmacist concern: same man came in 3 times this week buying large amounts of paracetamol and plasters for different 'workers'. Said they are from the farm, boss does not let them go to the doctor because they would lose a day. One of the women with him had a bandaged hand and said nothing.",
    "AC", "pa sfw", "L", "")
add("Sexual health clinic note. Pt 22F, Nigerian, attends for STI screen. States she was brought to UK by a 'madam' who promised work in a hair salon. On arrival was told she owes 35,000 euros and must work in flats to pay it off. Juju ceremony before leaving Benin City – she fears her family will die if she talks. Madam holds her passport.",
    "DE DB RD IT", "dt", "S", "h")
add("999 call summary: female caller at a GP surgery car park reports a man pulling a young woman back into a white van by her hair after she ran out of the surgery. Van VRM partial AK19. Woman appeared barefoot. Units dispatched.",
    "PV RM", "rm", "", "i")
add("Pt accompanied by husband, who interpreted at her request (declined professional interpreter). Seen alone for part of consultation with telephone interpreter as per policy – she said she is happy at home, has her own phone and bank card. No safeguarding concerns.", "", "", "", "")
add("A&E: 17yo M brought in by police after being found in a loft of a house in Peterborough with burns to both hands. Smell of cannabis. Says he was 'looking after plants' for 3 months, locked in, food brought once a day. Owes 'the uncle' for travel from Vietnam.",
    "AV RM DB AC", "pa rm plc", "C", "h")
add("Health visitor: family of 5 in a 2-bed flat, parents both work at a packhouse via an agency. Pay slips seen, hours normal, children attend school. Housing overcrowded – referred to housing options. No exploitation concerns.", "", "", "", "")
add("GP locum note – pt (M, 50s, Slovak) attends with back pain after lifting at factory. Was driven by 'the boss' Marek who spoke for him and said the pt cannot afford sick days because he still owes for the flight and his bed. Pt has £5 on him. Says wages go into Marek's account and he gets 'what is left for food'.",
    "DB WW", "sfw ncw", "L", "")
add("INT: 2/B/P. NHS staff at Royal Infirmary report that 3 x Chinese females attended A&E over 2 wks with similar injuries (bruising to arms/face), each accompanied by same M approx 40 who paid in cash and gave the same address on Leith Walk. INT suggests address is a brothel. Females did not speak English.",
    "PV AV", "pa sfw", "S", "h")
add("kidney transplant follow up clinic: 58M, received living donor kidney from his brother in Lahore hospital 2023, all paperwork and donor assessment present, donor well. Routine bloods.", "", "", "", "")
add("Renal team concern: 45M attended with post-op complications after a kidney transplant done 'in Turkey' 6 weeks ago, paid $60,000 through an agent. Cannot name donor; agent told him the donor was 'a poor boy who was paid'. Referred to NCA via safeguarding.",
    "AV", "", "O", "")
add("Interpreter voice, Salvation Army debrief after GP referral: She says that she came to work as a cleaner for a family in Manchester. She says that she slept on the kitchen floor, worked from 6 in the morning until after midnight, and the lady kept her passport 'so she would not lose it'. She says that she was given no money in two years, the lady said it was sent to her mother. She says that she went to the GP only because the children's doctor saw her hand was burned.",
    "EO RD WW AC", "lh dt saw pa", "D", "h")
add("Paramedic handover: pt 70F fell at home, carer from agency present, carer explained she visits 4x daily. Pt has capacity, nothing of concern.", "", "", "", "")
add("Community midwife: woman 16/40 from Sudan, arrived 3 months ago, asylum claim pending, lives in hotel accommodation provided by Home Office. Attended with caseworker from Refugee Council. Anxious about claim outcome. No concerns re exploitation.", "", "", "", "")
add("A&E safeguarding form. 16F, said she was 18 at triage, later admitted DOB 2009. Intoxicated, disclosed that 'the older lads' give her vodka and take her to parties where she has to sleep with their friends. Phone constantly buzzing. Social care contacted, police informed.",
    "AV PV", "", "S", "h")
add("GP: 33M, Indian, chef in a restaurant, came with burn to forearm from fryer. Says kitchen busy, 12hr shifts, but he gets paid monthly into his own account and has days off. Sick note issued.", "", "", "", "")
add("Dentist referral via practice manager: young man who had tooth knocked out said 'the gaffer hit me because I was slow on the car wash'. He lives in the back of the unit with others and said they are not paid because they 'still owe for the van over'.",
    "PV AC WW DB", "saw plc", "L", "h")
add("Out of hours GP – call from a woman whispering she needs a doctor for her friend who is bleeding after 'a client', they cannot leave the flat because the door is locked and the man who has the key comes back at 10. Address given, police called immediately.",
    "RM PV", "rm", "S", "i")
add("Occupational health: agency warehouse worker with repetitive strain injury. Agency holds GLAA licence, worker on PAYE, holiday pay correct. Adjustment recommended.", "", "", "", "")
add("NGO caseworker note: client (F, Filipino) first seen at a walk-in centre with chest infection. Worked for a diplomatic household in Kensington. Had no day off for 14 months, ate leftovers, was not allowed to use the phone. Employer held her passport and told her if she ran away the police would put her in prison.",
    "EO IS RD IT AC", "lh iso dt foa", "D", "h")
add("Sexual health: pt 28M requests PEP after unprotected sex with a new partner. No coercion disclosed. Advice given.", "", "", "", "")
add("INT: 3/C/P. POI Florin DUMITRU (DOB 12/03/88) reported to be taking groups of Romanian men to a walk-in centre in Boston, Lincs, acting as interpreter and collecting their prescriptions. INT suggests the men work on farms and DUMITRU controls their bank cards.",
    "", "sfw ncw", "L", "")
add("mental health nurse: pt with learning disability (M, 41) says his 'friends' moved into his flat and sell drugs from it. He sleeps on the sofa and they take his benefits card. Says they said they'd break his legs if he told staff.",
    "AV IT", "ncw", "C", "")
add("Pt attended A&E with a friend who did all the talking. Friend later explained pt's English is limited and pt confirmed via Language Line that she came voluntarily and friend is her flatmate. No concerns.", "", "", "", "")
add("my sister works at the hospital and says theres girls coming in from that massage place on the high st always with the same bloke, they look half starved and one had a black eye. someone needs to look at it", "PV", "pa sfw", "S", "")
add("A&E notes: 26M, fishing crew member, Filipino, crush injury R hand from winch. Crew agent present. Pt says he has worked 20 hrs a day at sea for 3 weeks, not allowed ashore in port, captain keeps the seaman's books. Contract says $500/month but he has not been paid since joining in March.",
    "EO RM RD WW AC", "lh rm dt pa", "L", "")
add("GP note: pt brought by employer (farm owner) for a cut needing sutures. Employer left pt with us, gave own number for lift home. Pt (Bulgarian, seasonal visa) confirms good housing, paid weekly, has own passport. No concerns.", "", "", "", "")
add("Pharmacy: woman asked for morning-after pill for a girl in school uniform who stayed outside. When I went out the girl (looked 13-14) was with a man in his 30s in a BMW who drove off. Reg LR70 ???. Reported to police via 101.",
    "AV", "", "S", "i")
add("Health visitor contact: mother of 3 disclosed that her husband's relatives, who live with them, take her child benefit and she has no money of her own. She is not stopped from going out and works part-time at Tesco, keeping her wages. Domestic abuse referral to MARAC considered.", "", "ncw", "", "")
add("I came to England to work in a care home, agent in Kerala took 8 lakh rupees for the sponsorship. Here the home gives me only 20 hours, not 39 as promised, and the manager says if I complain he will cancel my visa and I will be sent back. I still owe the moneylender at home. I went to GP because I cannot sleep.",
    "DE IT AV", "uf", "L", "")
add("Ambulance: called to flat, 19F unresponsive, suspected overdose. Flat had 6 mattresses in one room, condom wrappers, several phones charging, no food. Two other females present, could not say the address or where they were. A male arrived and tried to stop crew taking pt. Police requested.",
    "IS AC", "oa plc", "S", "i")
add("CAMHS referral from school nurse: 14yo boy going missing for days, returned with £600 and new trainers, and an injury to his hand he won't explain. Older males seen collecting him in cars after school. Mum says he's scared of 'someone called T'.",
    "AV", "pa", "C", "h")
add("Walk-in: 31F presented with lost passport after bag stolen at a festival. Reported to police, Emergency travel doc applied for. Seen for minor grazes.", "", "", "", "")
add("INT: 2/A/P. Source (A&E staff) reports POI Ardit HOXHA, 'Ari', escorting an Albanian male with a machete wound to A&E on 14/06. Male said he had been hurt by the men who run the grow in the house where he stays; HOXHA told staff the male fell. Male discharged himself before treatment when HOXHA said they had to go.",
    "PV RM", "sfw pa et rm", "C", "h")
add("Midwife: 38/40, Chinese F, no GP registration, no documents, says her 'boss' in a takeaway brings her to appointments and waits. She works in the kitchen every day 11am to midnight even now. She does not know the address of where she lives.",
    "EO IS", "lh iso et", "L", "")
add("dentist said my brother has to have 4 teeth out coz he never went for years he's been working on the boats in scotland for some company and they never let him off to see anyone he says he gets paid tho and sends it home himself", "", "", "", "")
add("Diagnosis note: 44M, Polish, malnourished, infected leg ulcer, found by outreach team sleeping in tent. Says he was picked up at a soup kitchen by a man who promised building work and a room; he did 2 months block paving, was paid nothing, and was kept in a caravan with no water. Ran away when he got sick.",
    "DE AV WW AC", "pa plc", "L", "")
add("GP: Pt's partner rang the surgery very worried as pt (known depression) hadn't eaten for days. Partner attends appointments with pt's consent. No concerns of control.", "", "", "", "")
add("Safeguarding adults referral from A&E. 62F, British, learning disability. Presented with bruising and dehydration. Neighbour says a couple moved in 6 months ago and she cleans for them all day and they have her bank cards. She sleeps in the box room without a bed. She said they told her she'd go into a home if she tells.",
    "AV AC IT", "pa ncw plc", "D", "")
add("INT: 3/C/C – do not disseminate outside MSHT team. Anon. source states that a clinic in Cyprus pays Moldovan men €5,000 for a kidney and recruits them in Chişinău with offers of construction work. One victim now in Leeds, untreated wound infection.",
    "DE AV", "pa", "O", "")
add("Sexual health advisor: F 25 disclosed she works as an escort independently, uses her own flat, controls her own bookings and money. Requested condoms and screening. No indicators of exploitation.", "", "", "", "")
add("A&E: 23M Sudanese, hand injury from meat slicer at a food factory. Said 'the man who brought us' takes £80 a week for the house and £30 for the bus, plus £15 for the boots and gloves. He shares a room with 7 men. He showed payslip: gross £410, he receives £120.",
    "WW AC", "oa ct ppe", "L", "")
add("Ambulance crew report: attended roadside, a man flagged us down, Vietnamese, could not speak English, signing that he'd escaped from a house. Wrists had marks like from ties. Conveyed with police escort.",
    "PV RM", "pa rm", "", "h")
add("Practice nurse: 16yo Roma girl attending for contraception with her 'husband' aged 27. Married in a religious ceremony at 15. Husband answers all questions. School says she was taken out of Year 9.",
    "AV", "sfw", "", "h")
add("Sexual health clinic: teenage boy (15) said he has been meeting men he talks to on an app; an older man gives him money and drinks and 'sends him to friends'. Says he wants to stop but the man has pictures of him.",
    "AV IT", "", "S", "h")
add("Mental health crisis team: 29F, Romanian, attempted overdose. Says her boyfriend brought her to UK and put her adverts on a website, she must earn £500 a night or he beats her. She has no money, he keeps it 'for our house in Romania'.",
    "PV WW", "ncw", "S", "")
add("GP note: man attended with his uncle as interpreter, uncle is a GP himself and very supportive. Pt well, recent arrival on family visa, has BRP card.", "", "", "", "")
add("HCA note, A&E majors: Pt (Eritrean, ~20) keeps asking if police will come. Says he works at a car wash, sleeps in a storeroom there, boss 'Beni' pays £150 a week for 6 days. He is scared as he has no visa.",
    "AC", "saw foa", "L", "")
add("Public report (online form): i work in a pharmacy in Luton and there's a guy who brings in 5 or 6 different blokes each with a prescription for the same thing and he pays, then takes the meds with him. the guys never talk. they look like they've been working outside all day, really dirty and tired",
    "", "sfw pa", "", "")
add("Dental practice: 19yo F, attended with mother, lost tooth playing hockey. Routine.", "", "", "", "")
add("First-person account (via interpreter, from GP referral letter): 'I paid the man in Hanoi for travel to Europe, my family gave the house as guarantee. In England I must work in the grow house until the money is finished. They said £20,000. I was not allowed outside. When the police came I was in the house alone. I cut my hand on the lamp wires and nobody took me to the doctor.'",
    "DB RM AC AV", "rm", "C", "")
add("Midwife: pregnant 21F, Slovak, living with partner's family, attends with partner who is respectful and leaves room when asked. Works in a sandwich factory, has her own account. Denies any control.", "", "", "", "")
add("Ambulance: woman 40s fell from first floor window of a house in Slough. Neighbours say she's the family's maid and never goes out. She told the crew 'please do not send me back, madam will beat me'. No ID on her. Homeowner said she 'is a relative visiting'.",
    "RM PV IT", "rm pa", "D", "i")
add("A&E: 30s M, Indian, scaffold worker fell, employer told triage the man was a 'visitor' not an employee and left. Pt says he was told he would get a work visa and a job paying £15/h, instead paid cash £40 a day, passport kept by the recruiter 'until visa is done'.",
    "DE RD", "dt", "L", "")
add("Pt seen with professional interpreter (Tigrinya). Arrived 2 weeks ago, staying with cousin. Requests TB screening for college. Well.", "", "", "", "")
add("A&E, minors. Nail technician, 20s, Vietnamese, chemical burns to fingers from acrylic liquid. Works unventilated back room, no gloves provided. Sleeps at the salon on a camp bed. Says owner pays 'when the debt is finished' – she owes for the lorry to England.",
    "AC DB WW", "saw pa", "L", "")
add("GP: routine medical for HGV licence, pt works for a logistics firm, long hours at peak season but within tachograph rules. Fit.", "", "", "", "")
add("ambulance said they picked up a kid from a trap house in the flats behind the station, 16, he'd been there a week with no food, lads from london come down and leave him with the phone. his arm was broken. mum reported him missing. he said they would burn his mums house if he left",
    "AV IT PV AC", "pa", "C", "h")
add("INT: 1/A/P. IP (Romanian F, 24) seen at sexual health clinic said she is advertised on AdultWork as 'Sexy Maria', works from a flat at B12 9xx, takes 10+ bookings per day. Controller 'Vasile' keeps all cash and pays her rent. She has not been outside alone since April.",
    "WW RM EO", "ncw rm lh", "S", "")
add("Mental health: 50M with schizophrenia, socially isolated; care coordinator visits weekly. Brother manages his benefits as appointee under DWP arrangement, audited. Pt content with arrangement.", "", "", "", "")
add("Walk-in centre GP note: pt with severe sunburn and heat exhaustion after 14 hours picking in a polytunnel, no water provided, gangmaster drives them in at 4am and collects at 8pm. Pt says he cannot refuse shifts or he is 'put back on the list and no food'.",
    "EO AC IT", "lh cedl et pa", "L", "")
add("Midwife note: pt has no documents, says passport with her ex-boyfriend who she left, she is safe now living with her sister and has applied for a new one via the embassy. No exploitation described.", "", "", "", "")
add("Domestic worker, Saudi family, visiting London for summer, attended walk-in with infected wound. She said (via Arabic interpreter) she sleeps in the children's room, works all day and night, is never allowed out of the flat except with madam, has not been paid for 8 months. Her phone was taken at the airport.",
    "RM EO WW IS", "rm lh iso", "D", "h")
add("A&E: 27M, British, came in after a fall at work; employer phoned ahead, RIDDOR being filed. No concerns.", "", "", "", "")
add("Pharmacist note: an elderly man with dementia is brought in by a neighbour who picks up his meds and, he says, his pension. Daughter rang the pharmacy worried the neighbour is taking money. Referred to adult safeguarding.", "", "ncw", "", "")
add("Sexual health clinic: 18F, Albanian, presents with 3rd STI in 2 months. Says she met boyfriend online who brought her to UK promising marriage; now he sends her to men in hotels. She has tried to leave and he broke her nose. She is scared he will hurt her little sister back home.",
    "DE PV IT", "", "S", "")
add("Ambulance PRF: pt male 35, Lithuanian, found collapsed at a waste recycling plant, hypothermia. Colleagues say they live in a static caravan on the site, 8 men, no heating, agency boss takes rent from wages. Pt has bruises on ribs, says the supervisor kicks them when they are slow.",
    "AC PV WW", "oa saw plc pa", "L", "")
add("Safeguarding referral from dental nurse: girl 12 attending with 'stepdad' who has a different surname; girl said her mum is in Nigeria and she does all the cooking and cleaning at home and cannot go to school. Appeared very thin.",
    "AV", "pa", "D", "h")
add("GP note: man, 45, Ukrainian, Homes for Ukraine scheme. Host family supportive, attends with host who drives him. Working as a bus driver.", "", "", "", "")
add("A&E: Chinese F, 40s, refused to give name, had been assaulted by 'a client'. Said she must go back because 'the lady' keeps her passport and her money. Left before being seen by the doctor.",
    "PV RD WW", "dt ncw", "S", "")
add("Occupational therapist visit: disabled man's carer lives in, sleeps in spare room, agency provides her, 4 days on 3 off, she has her own phone and car. No concerns.", "", "", "", "")
add("Walk-in centre. M, 19, says he was taken off a lorry at a services on the M20 and has been working in a garage since. He has a cough for weeks. The man who runs the garage will not let him go anywhere, 'I can only walk to the shop and back with him'. He is paid in food.",
    "RM WW", "rm et", "L", "")
add("GP: pt 37F, Filipino, works as a live-in carer, employer's son came to appointment and insisted on speaking for her. Seen alone briefly: she says her wages are 'being saved' by the son and she only gets £50 per month. She works 7 days.",
    "WW EO", "sfw ncw lh", "L", "")
add("999 call: caller from midwife unit reports a pregnant patient admitted in labour says that the man in the waiting room is not her partner, he 'bought' her and she is locked in a house in Derby with 4 other girls. He is trying to discharge her.",
    "RM", "rm", "S", "i")
add("Press: a man who lost a kidney after being trafficked from Pakistan on a promise of work has been awarded compensation. The court heard he was told the operation was a 'medical test' before being flown to the UK.",
    "DE", "", "O", "")
add("School nurse: Year 10 girl has a new older boyfriend (22) who picks her up from school, buys her phones and gave her a key to 'his flat'. She has missed 3 periods. Social care strategy meeting called.",
    "AV", "", "S", "h")
add("A&E: M, 40s, English-speaking, known to homeless services, brought in by paramedics with hand injury. Says he works 'cash in hand' for a man who runs a roofing crew, the man houses him in a shed and keeps his bank card 'so I don't spend it on drink'.",
    "AV AC WW", "ncw plc", "L", "")
add("Mental health liaison: asylum seeker 22M, lives in HO hotel, low mood, worried about his interview. Denies working. No exploitation.", "", "", "", "")
add("Dentist note for safeguarding lead: pt 30s F, Thai, toothache, works in a massage parlour. Said the 'boss lady' gives her a phone that is checked every night, and she lives upstairs and doesn't go out. Left in a taxi booked by the boss.",
    "IS RM", "iso saw rm et", "S", "")
add("Ambulance crew: called to a house in Luton for 60F chest pain. House divided into bedsits, tenants all work at a distribution centre via agency, some complained landlord doesn't fix the boiler. Pt conveyed. Landlord issue passed to council.", "", "", "", "")
add("Caseworker note (Migrant Help): client says the GP asked about her bruises and she lied because her employer said if she says anything to the doctor he will tell immigration and she will be deported. She has been cooking and cleaning for his family of 8 for 2 years without wages.",
    "IT WW AV", "foa", "D", "")
add("Pt accompanied by a 'manager' from a cleaning company who said all staff are on minimum wage and he brings them to appointments to save time. Pt seen alone: she says manager is kind, she rents her own room and is free to change job. No concerns.", "", "", "", "")
add("A&E: M ~17, Albanian, said he was 19. Arrived in UK 4 months ago on small boat, owes the smugglers £8,000 and was put to work in a hand car wash to pay it. Cut to hand. Says they sleep in the back office on cardboard.",
    "AV DB AC", "saw plc", "L", "h")
add("Health visitor: mum disclosed that she was trafficked to the UK 5 years ago for sex work, escaped, now has leave to remain and lives with a supportive partner. Historic; no current risk. NRM previously completed.",
    "", "", "S", "")
add("GP: 55M, Pakistani, kidney failure, on transplant list at the Royal Free. Family have asked about going abroad for a transplant; advised against and explained risks of organ trafficking. He agreed to wait.", "", "", "", "")
add("NHS Trust safeguarding: nurse overheard patient's 'brother' on phone in Romanian saying 'she'll be back at work tomorrow, she owes me'. Patient (21F) admitted with pelvic inflammatory disease; when asked said she works 'in massage' and hands the money to him.",
    "WW DB", "ncw", "S", "")
add("A&E: student, 20, Chinese, lost passport and phone on night out; distressed, wanted to know how to report. Given police non-emergency info.", "", "", "", "")
add("Paramedic: called by a security guard to a warehouse at 3am, agency worker collapsed after 16h shift. Worker said it is his third double shift this week, the agency driver picks them up at 5am, charges £10 a day for the minibus and they can't refuse extra shifts or they get no more work.",
    "EO IT", "lh cedl ct", "L", "")
add("Walk in centre – 2 young Vietnamese lads with bad rashes on hands from nail chemicals, a woman paid cash and said she was their aunt. Couldn't say where they lived. One looked about 15.",
    "AV IS", "sfw pa", "L", "h")
add("Sexual health: F 34, British, heroin dependent, partner 'lends her out' to dealers to clear his drug debts. She says she doesn't want to but he hits her if she refuses.",
    "AV PV DB", "", "S", "")
add("GP: woman attended with husband and 2 kids for registration. All have passports and BRPs, husband works as a software engineer. Wife would like English classes. Routine.", "", "", "", "")
add("INT: 2/B/P. Ambulance crew attending a RTC on the A1 found 9 adult males in the back of a Transit, VRM KX66 ABC, none with ID, on their way to a packhouse. Driver Lukasz NOWAK (DOB 02/07/79) said he 'looks after' their documents. One male said they pay him £50/week for transport.",
    "RD", "dt ct et", "L", "")
add("Pt told the nurse at the pre-op assessment that her employer deducts nothing unusual and she's happy with her job at the hotel; she was just worried about losing hours while off. No concerns.", "", "", "", "")
add("Dentist: lad about 16 had his front teeth smashed, said he 'owed money for a package that got robbed' and the people he runs for did it. Won't give names. Mum with him, very scared.",
    "AV PV DB", "pa", "C", "h")

add("A&E attendance, 01:15. Pt: female, gives age 23, Vietnamese, no English. Language Line used (Vietnamese).\n\nPresenting complaint: pain and swelling R wrist after 'falling'. X-ray: distal radius fracture. On examination also old bruising to upper arms and a healed burn on the back of the hand in the shape of an iron.\n\nPt came with a woman who said she was the pt's employer at a nail salon and who kept answering for her. Asked to wait outside per policy. Alone, pt said she has worked at the salon for 11 months, 9am to 9pm every day, lives in the flat above with four other girls, and has not been paid because she 'still owes' the woman £15,000 for bringing her from Vietnam. The woman keeps her passport in the salon safe. Pt said the woman pushed her down the stairs yesterday because a customer complained.\n\nPt declined police involvement out of fear of being sent home, but agreed to speak to the hospital safeguarding team. Employer became aggressive at the nurses' station and demanded pt be discharged. Security called. Police informed under safeguarding; duty to notify discussed.",
    "PV EO DB WW RD AC", "pa sfw lh oa dt foa", "L", "h")
add("Pt brought by friend who interpreted. Friend very caring. No concerns.", "", "", "", "")
add("GP: sick note req, back strain at work, employer aware.", "", "", "", "")
add("boss keeps our passports, we sleep in the factory, please help - text message to the clinic's appointment line", "RD", "dt saw", "L", "")
add("Man at A&E says he was told he'd be picking strawberries, instead locked in a barn and made to work for nothing.", "DE RM WW", "rm", "L", "")
add("Midwife: client has no control of her own money, partner takes her Universal Credit. Domestic abuse pathway.", "", "ncw", "", "")
add("Homeless outreach nurse, detailed note.\n\nMet J (M, 38, British) under the railway arches. He has a history of alcohol dependence and has been rough sleeping on and off for 6 years. He asked for dressings for his hands, which were cracked and bleeding.\n\nHe told me that since the spring he has been picked up most mornings at 5.30 by a man called Terry in a flatbed truck, with two or three other men from the hostel, and taken to lay tarmac drives across Kent and Essex. They work until dark. Terry gives them cans and a meal and 'a score at the end of the week if you're lucky'. J says Terry told him he owed him for 'digs' because he let him sleep in a caravan for a month, and that the debt goes up every week. When one of the other men said he was leaving, Terry's son punched him and said 'you'll go when we say'.\n\nJ said he does not want police involvement but agreed I could pass this on to the council's modern slavery lead anonymously. He has no ID; he thinks Terry has his old driving licence.",
    "AV EO WW DB PV IT RD", "cedl lh et dt pa", "L", "h")
add("Sexual health clinic, 11:30. F, 31, Brazilian. Attends for routine screening, works as an escort, rents her own flat, sets her own rates, uses a booking website. Says a friend manages her diary for a fee she agreed. Has her passport and a bank account. Happy for information on support services. No indicators identified.", "", "", "", "")
add("Ambulance note (long). Called by member of public at 22:10 to a residential address, report of a man with a head injury. On arrival, pt (M, approx 50, Polish) sitting on the kerb outside a semi-detached house, head laceration, GCS 15. He said he fell down the stairs.\n\nInside the house crew noted mattresses in the living room, dining room and both bedrooms - estimate 12-14 people living there. Pile of work boots and hi-vis by the door. A younger man who described himself as 'the manager' came out and said pt was drunk and should go to bed, not hospital. Pt insisted on hospital; on the way pt said the manager hits people who argue about the money, that every man in the house pays £90 a week for his mattress out of his pay from the chicken factory, and that the manager collects their bank cards on pay day to 'take the rent out'. He said he has asked for his card back and been refused.\n\nConveyed to A&E. Police informed of possible labour exploitation, incident number given.",
    "PV AC WW", "oa plc ncw sfw mbc pa", "L", "")
add("CMHT: pt, 45, Pakistani, depression after his employer at a Manchester textile unit went bust owing staff 3 months' wages. Pt has taken a claim to employment tribunal. He has since found work elsewhere. Not exploitation; supported with benefits advice.", "", "", "", "")
add("INT: 2/C/P. Pharmacy staff in Walsall report a male (POI, Asian, 30s, 'Raz') attends weekly with 4-6 different bank cards and asks staff to help withdraw cash from the in-store ATM. Accompanied by young females who wait in car, VRM FG21 XXY. Intel suggests females working from flats above takeaway.",
    "", "mbc", "S", "")
add("Walk-in: 15yo girl brought by a woman who said she was her aunt, for a 'pregnancy test'. Girl had no school, said she 'helps at the aunt's house with the babies' and sleeps in the kitchen. Aunt became angry when girl was asked to come in alone. Girl said she came from Ghana last year 'for school' but has never been enrolled.",
    "AV DE AC", "sfw saw", "D", "h")

add("THERE IS SOMETHING WRONG AT THAT CAR WASH ON STATION RD. ONE OF THE LADS CAME INTO THE SURGERY WITH HIS HAND ALL BURNED FROM THE CHEMICALS AND THE BOSS STOOD OVER HIM THE WHOLE TIME. THEY LIVE IN THE PORTACABIN OUT BACK. NOBODY DOES NOTHING!!!",
    "AC", "pa sfw saw", "L", "")
add("GP: 29F from Eritrea, arrived on family reunion visa to join husband. Says husband is controlling and she wants to leave; she is free to go out and has her own phone and documents. Referred to domestic abuse services. No exploitation concerns raised.", "", "", "", "")
add("Border Force, Heathrow T4: 34F, Indonesian, travelling with employer family from Riyadh. At secondary, medical team called as she fainted. She had no passport on her (employer's wife produced it), no money and no phone. She said quietly she has not had a day off in 3 years and is paid to the agency in Jakarta, not to her.",
    "RD EO WW IS", "dt lh ncw iso fpe", "D", "h")
add("Probation note: service user (21M) on licence disclosed during a health appointment that while in custody he was 'given' a debt by a gang and on release has been made to hold drugs and a phone to pay it off. They know where his nan lives.",
    "DB IT", "", "C", "")
add("Bank alert (fin. crime team): customer account opened 3 weeks ago by a Romanian female; same mobile and address linked to 14 other new accounts, cash withdrawals of wages made at 02:00 at a single ATM with multiple cards. Customer later told branch staff (via a male who 'helps her') that she didn't know her PIN.",
    "WW", "mbc ncw sfw", "L", "")
add("MIDWIFE LOG – pt booking late at 30/40. Lives with in-laws, husband says she doesn't need an interpreter though she clearly doesn't follow English. Seen alone with interpreter: she cooks and cleans for 9 people, is not allowed out, mother-in-law holds her passport 'so she can't run back to India', and was told she'd be thrown out and the baby kept if she talks.",
    "RM RD IT AV IS", "rm dt sfw", "D", "h")
add("sexual health walk in, client said she was paid a lot for 'modelling' in London, when she got here it was a flat and she had to see men, the agency took her passport and she has to pay 300 a week for the room. she left last night and is staying with a friend",
    "DE RD DB", "dt", "S", "")
add("A&E majors. 48M, British, brought by police from a farm in Lincolnshire after a welfare check. He has lived in a horse box on the farm for 11 years, works for the family 'for his keep', has never had wages, was told by the farmer he'd be 'put in a home' if he left. Poor dentition, lice, weight 49kg. Learning disability noted in old records.",
    "AV AC WW IT", "pa plc saw", "L", "h")
add("Dental: 22F, Slovak, routine check. Lives with partner, works at an Amazon warehouse, on shifts. Pleasant. No issues.", "", "", "", "")
add("Ambulance: dispatched to 'kidney pain' at hotel; pt 36M, Egyptian, has a fresh surgical scar on his flank. Says a man in Cairo paid him to travel and 'donate' to a 'rich man in London', but he was given only a fraction of what was promised and now cannot work. Hotel paid by unknown man. Police informed.",
    "DE AV WW", "pa", "O", "")
add("GP: A, 19, Kurdish Iraqi, came with headaches. Works in a barber shop. Says he lives in the shop and the owner keeps £100 from his wages each week for the smuggler's debt; he doesn't know how much is left. Not allowed to work anywhere else.",
    "DB WW", "saw", "L", "")
add("Walk-in: pt and his wife attended together, wife interpreting. Pt injured at work at a recycling centre, accident reported, employer paying sick pay. Advised physio.", "", "", "", "")
add("NGO (Unseen) helpline summary: caller is a practice nurse. A patient, woman ~40 from the Philippines, came for a smear and said she works as a nanny for a family in Surrey, sleeps on a mattress in the children's playroom, is on call 24h, and last week the father slapped her. She still has her passport. Wage £200/month paid in cash.",
    "PV EO AC", "lh saw", "D", "h")
add("INT: 3/B/P. A&E staff, Hull Royal: Vietnamese male 16-17 presented with cannabis-related respiratory symptoms and scissor cuts on fingers, stated 'uncle' drops him off and will collect. Left with Asian male in black Audi. Suspect cannabis grow; VRM not obtained.",
    "AV", "pa et", "C", "h")
add("Pt expressed worry about 'the landlord' - on exploring, landlord is her legitimate private landlord who has not repaired damp. Environmental health referral.", "", "", "", "")
add("Midwife: pt, 20, Romanian, 7 months pregnant, disclosed she was made to sleep with men in a flat in Ilford and her pimp raped her. She escaped 2 days ago and is staying at a women's refuge. She fears he is looking for her.",
    "PV", "", "S", "h")
add("I am a GP receptionist. A man keeps registering different women at our practice, always gives his own mobile as their contact number and the same address. The women never speak. Last one looked terrified.",
    "", "sfw", "", "")
add("Mental health assessment, police custody. 24M, Albanian, arrested in a cannabis factory. Says he was told in Tirana he'd work in a restaurant. In UK he was driven to a house, his phone was taken, he was told he owed £25,000 and the door was padlocked from outside. 'They said if I leave they will find my father.'",
    "DE IS DB RM IT", "iso rm", "C", "h")
add("A&E: hotel housekeeper, 26F, Lithuanian, slipped on wet floor. Supervisor brought her, accident form done, pt on contract with holiday pay, lives in own rented room. Discharged.", "", "", "", "")
add("Pharmacist: pt's prescription collected by the same 'brother' every time; pt himself (Indian, 20s) came in once and said he works in the brother's shop 16 hours a day for room and food and no pay, and the brother says he must not talk to customers.",
    "EO WW IS", "lh iso", "L", "")
add("101 summary: caller, a district nurse, says an elderly patient's live-in 'carer' (a young woman, Zimbabwean) told her she has not been paid by the patient's son for 6 months and has nowhere else to go. Son has her passport 'for the visa'. She is not prevented from leaving the house.",
    "WW RD", "dt", "L", "")
add("GP: 31M, lost all documents in house fire; Home Office replacement BRP in progress. Temporary accommodation with council. Works in a café, has a bank account.", "", "", "", "")
add("Safeguarding referral from A&E: 17-year-old boy, British, presented with stab wound to thigh. Known to YOS, linked to county lines (missing episodes in Swansea). Mum reports he gets calls at all hours and has come home with bruising. He says he 'owes' the line.",
    "AV PV DB", "pa", "C", "h")
add("Health visitor: Chinese family, mum, dad, 2 children, grandmother. Dad works long hours in his own takeaway. Grandmother helps with kids. Family happy, no concerns.", "", "", "", "")
add("Ambulance, 04:30, hand car wash in Leicester: worker (M, Kurdish, 30s) found unconscious in a storage container where he sleeps with 3 others, paraffin heater, carbon monoxide suspected. Others said they work 8am–8pm seven days, owner 'Dilan' pays £30 a day and takes £40 a week for the container.",
    "AC EO", "saw oa plc lh", "L", "i")

add("Interpreter-accompanied pt (Polish), routine asthma review. Nothing of note.", "", "", "", "")
add("Pt says she can leave the job whenever she likes and keeps her own passport.", "", "", "", "")
add("Told he'd be a chef in Birmingham; ended up washing pots for no wages and sleeping in the cellar.", "DE WW AC", "saw", "L", "")
add("A&E: girl 14 with older male, he gave false name, she has hickeys and no coat. Police attending now.", "AV", "pa", "S", "i")
add("GP: worker's thumb crushed in press at bakery; employer took him to hospital and filed RIDDOR.", "", "", "", "")
add("Dentist: patient said her husband 'speaks for her' because she is shy; seen alone, no concerns.", "", "", "", "")
add("Ambulance: 6 men in a shed at a turkey farm, no toilet, one with septic foot, gangmaster took their IDs.", "AC RD", "pa plc dt", "L", "")
add("Pharmacy note: regular customer bought wound dressings for her son's work injury; son is a self-employed plasterer.", "", "", "", "")
add("Renal nurse: post-transplant pt (altruistic donor via NHS scheme) doing well.", "", "", "", "")
add("walkin centre nurse said a woman came in with a man who wouldnt let her talk and she had no shoes and a burn on her arm, he paid cash and took her away quick",
    "", "sfw pa", "", "")
add("Victim account (translated, Amharic): 'I was promised work in a hotel in Dubai and then London. The man kept my passport from the first day. In London I worked in his house, cleaning, cooking, washing the old mother. I slept on the floor beside her bed to help her in the night. I had no free day. He said my salary was going to my family, but my family got nothing. When I was sick he gave me tablets and said no doctor. The first time I saw a doctor was after I ran away.'",
    "DE RD AC EO WW", "dt saw lh", "D", "h")
add("INT: 2/B/P. GP surgery Wisbech reports 3 x Latvian males registered at the same address (PE13), all list 'Andris' as next of kin. One attended with a broken finger and said Andris drives them to a packhouse at 5 am, charges them £8 a day, and takes their wages 'for rent' – he receives £40 a week. INT suggests control by Andris BERZINS (DOB 14/1/82).",
    "WW", "cedl ct et ncw", "L", "")
add("GUM clinic: 19M, student, requesting HIV test after sex with a man he met on Grindr. Consensual. Negative.", "", "", "", "")
add("CAMHS: 16F, self-harm, has been going to 'parties' organised by an older man who gives her cocaine. She disclosed being raped at one and that he 'sells' her to his friends. He has threatened to post videos of her if she stops coming.",
    "AV PV IT", "", "S", "h")
add("A&E: construction labourer (Romanian, 40s) came in with head wound, no hard hat. Says on his site the gaffer charges £60 for boots, hat and vest out of the first week, and says if they complain he will report them to immigration. Pt has settled status.",
    "IT", "ppe", "L", "")
add("Midwife community visit: woman, 24, Bangladeshi, lives with husband who works at a restaurant. She has her own phone, attends ESOL, husband supportive. Happy pregnancy.", "", "", "", "")
add("Probation: supervised offender disclosed that a man he met in prison keeps his bank card and uses his account to move money; he is given £50 each time. He says he is scared to refuse because 'they did my mate's legs'.",
    "IT", "ncw", "C", "")
add("A&E: man, 30s, Sudanese, stab wound to shoulder. Says robbed on the street by strangers. Lives in asylum accommodation. No indication of exploitation; police crime report made.", "", "", "", "")
add("Safeguarding note from GP: patient's mother, 67, arrived from Pakistan on visitor visa and has been living with son's family. Son's neighbour concerned she 'works like a servant'. Visit: she helps with cooking by choice, has her own room, goes to the mosque and market alone, holds her own passport. No concerns.", "", "", "", "")
add("Sexual health: pt (F, 27, Hungarian) says she 'works' from a flat in Slough with 3 other women. The flat is run by a man who takes half of what they earn and the rest 'for ads, rent and condoms'. She has nothing left at the end of the week and cannot go home until she has paid for her flight.",
    "WW DB", "ncw", "S", "")
add("Paramedic: elderly man fell at home; his adult son lives with him as his carer, receives carer's allowance. No concerns.", "", "", "", "")
add("A&E: M, 25, Albanian, attended with a laceration to his scalp. He said he works on a building site and lives in a house 'the boss' provides with 10 others. He owes £4,000 for the journey and each week £100 is taken. Boss 'Gezim' drives him to and from work and he does not know the address of the house.",
    "DB WW AC IS", "oa et iso", "L", "")
add("Practice nurse: pt attended with a worker from the Salvation Army who is supporting her after NRM positive RG decision. She is now in safe house accommodation; previous exploitation in a restaurant. Immunisations updated.", "", "", "L", "")
add("Walk in centre, Bradford: young woman, 20s, came alone with a UTI. Said she's a student at the uni. No concerns.", "", "", "", "")
add("999: caller is an ambulance technician off duty, sees a man being beaten outside a nail bar by another man who is shouting 'you work until I say'. Victim appears Vietnamese, approx 18-20.",
    "PV IT", "pa", "L", "i")

add("Emergency Department – safeguarding adult record.\n\nPatient: male, stated age 34, Sudanese. Attended 23:50 with a deep laceration to the left palm sustained at a meat processing plant 'this afternoon'. Wound had been wrapped in cling film. Patient said the supervisor told him to finish the shift first.\n\nPatient was brought by a man who introduced himself as a 'friend from the agency'. This man held the patient's phone and wallet, gave an address in Corby, and tried to answer for him. When the man stepped out to smoke, the patient told the nurse (in Arabic, via Language Line) that he and about fifteen others were recruited in Khartoum by someone who charged each of them $3,000 for a 'visa and job', that the job pays less than a third of what was promised, and that after rent, transport and 'agency fees' he usually gets £60 a week. He works six nights a week, twelve-hour shifts. He said he is not locked in and could walk out, but he has nowhere to go and the agency man has told them that anyone who leaves will have the 'visa cancelled'.\n\nThe patient asked us not to call the police. Plan: wound closed, tetanus, safeguarding team to contact the patient via safe number; Duty to Notify completed; GLAA informed.",
    "DE WW EO IT IS", "sfw uf ct lh", "L", "h")
add("GP (long consultation): Mrs K, 72, attended with her son for a diabetes review. The son interpreted from Punjabi at her request. During the review she mentioned that a 'girl from India' lives with her daughter-in-law's family across town and does all the housework. I asked more: Mrs K said the girl is a distant relative, about 20, came on a visit visa two years ago, does not go to college, and 'they give her food and clothes, what else does she need'. She thought the girl's passport was kept 'safe' by the daughter-in-law.\n\nMrs K herself: no concerns, well supported, holds her own pension and documents.\n\nAction: discussed with safeguarding lead; information shared with the local authority adult safeguarding team and police (third-party concern about a possible domestic servitude victim at a separate address).",
    "RD WW", "dt", "D", "")
add("Ambulance Service clinical record – narrative.\n\nCall to a farm near Evesham at 06:10, 'man not breathing properly'. On arrival: male, mid-20s, Bulgarian, in a static caravan with 7 others, severe asthma attack. His inhaler had run out two weeks ago; colleagues said they are not taken to a doctor as the farm is 'too far' and the minibus only runs to the fields. Treated on scene and conveyed.\n\nOn the way, colleague who came along (English-speaking) told the crew they paid a man in Sofia €400 each for the job, their first wages were 'kept as deposit', and the man who runs the caravans collects everyone's passports 'for the payroll'. The colleague was clear that they are not allowed to go into town without the supervisor. Crew also noticed the caravans had no running water, mould on the walls, and a single gas bottle for cooking.\n\nInformation passed to police via control; GLAA notified by safeguarding lead next morning.",
    "RD WW RM AC", "oa plc uf dt rm et pa", "L", "h")
add("Mental health triage, street triage car. Called by police to a woman (30s, Romanian) in distress on a bridge. She said she had come to the UK to work in a hotel, but the man who brought her took her ID and made her beg outside a supermarket every day from 7 till 7, handing over everything she got. She sleeps in a van with four others. When she tried to keep some coins he slapped her and said he would send her daughter's photo to 'bad men'. She was taken to a place of safety; police made an NRM referral with her consent.",
    "DE RD EO WW PV IT AC", "dt lh oa", "C", "h")
add("INT: 2/B/C – C: not to be shared with the employer. Source is an NHS nurse working in a care home in Norfolk. Source states that 6 x Zimbabwean carers sponsored by the home paid an agent £10,000 each, are rota'd 60-70 hrs a week, and live in a house owned by the manager's husband with deductions of £500/month taken from salary. Manager has told them their visas depend on not 'causing trouble' and keeps their passports in the office safe 'for audits'. Source states carers appear exhausted; one collapsed at work in May.",
    "EO RD IT AC", "uf lh dt pa", "L", "h")
add("Sexual health – long consult.\n\nPt: female, 19, Nigerian, presents requesting termination. Pregnancy ~9 weeks. Very withdrawn.\n\nHistory (through Yoruba interpreter, pt seen alone): she was brought to Italy and then to London by a woman she calls 'Aunty' who paid for her travel. Aunty told her she would study nursing. Instead she was taken to a flat and told she owed €40,000 and must 'work' with men. She sees up to 10 men a day. Aunty takes all the money. She swore an oath before a priest at home and believes she will go mad or die if she breaks it. She does not know the address of the flat; she is driven to 'jobs' by a man called Felix. Today she was dropped at the clinic by Felix, who is waiting outside.\n\nShe wishes to leave but is frightened. With consent, police called; safeguarding lead attended. Felix left when police arrived.",
    "AV DE DB WW IT IS EO", "iso et lh ncw", "S", "i")
add("Practice nurse note: young man attended for a travel vaccination appointment with his employer, who runs a well-known construction firm and had booked a company contract abroad. Pt confirmed he asked the boss to come with him as he doesn't drive. Holds his own passport. No concerns.", "", "", "", "")
add("A&E clinician note. Male, 60s, British, attends after being found by a neighbour. Neighbour reports that 'the family next door' took him in 3 years ago when he became homeless and that he does their gardening, building work and cleaning of their vans every day. He sleeps in a garden shed without electricity, and is often seen eating from their bins. Pt has no bank card; the family collects his pension. He has a cognitive impairment. Bruises to arms of different ages; he said 'the young one' pushes him. Adult safeguarding strategy meeting called; police informed.",
    "AV AC PV WW", "plc pa ncw", "L", "h")
add("Renal consultant letter: I saw Mr A, 39, who returned from Pakistan last month with a transplanted kidney. He told me he paid a broker in Lahore who found a 'donor'. He became tearful when he said he had met the donor briefly – a young brick-kiln labourer who was told the money would clear his family's debt to the kiln owner. I have raised this with the Trust safeguarding team and the Human Tissue Authority.",
    "AV DB", "", "O", "")
add("GP: F, 42, Slovak, attended with interpreter for a work injury (slip at packhouse). Agency reported accident, pays SSP. She has worked there 5 years and lives with her family. Discharged with advice.", "", "", "", "")

add("gp receptionist here, lady rang for appt for her 'worker' who she says fell off a ladder cleaning her windows. wanted to know if the worker needs to give her name or if she can book under the ladys name. the worker has no nhs number and the lady said 'she doesnt need one, she lives with us'",
    "", "sfw", "", "")
add("A&E: patient, F, 35, Polish, attended with her partner following a fall at home; partner concerned and attentive, stayed at her request. Injuries consistent with account. Routine DA questions asked alone: denied. Discharged.", "", "", "", "")
add("Midwife antenatal note: 17yo, pregnant, lives with 24yo partner's family. Partner's mother attends all appointments. School attendance stopped. Girl says she is 'not allowed to go out alone because people talk' and is doing all the housework for the extended family. Referred to children's social care.",
    "AV RM", "rm", "D", "h")
add("Ambulance: male 22, Eritrean, hit by a car on the A40 while walking to an early shift at a car wash at 5am. He says he gets paid £50 a day by the owner, cash, and lives in his own shared room. Conscious, leg fracture. No other concerns.", "", "", "", "")
add("GP: a 26-year-old Kosovan woman with depression; tells me she was sold to a man in Belgium at 18 and made to work in windows; escaped in 2019 and claimed asylum in UK. Now at university. Historic trafficking disclosed; currently safe. Counselling referral.", "", "", "S", "")
add("INT: 3/C/P. Anonymous call to ambulance control, later passed to police: 'there's a man in the basement at 42 ------ Rd who is chained up and they make him work on the cars'. Crew attended with police: basement empty but mattress and padlock found. Occupants deny. Further enquiries.",
    "RM", "rm", "L", "")
add("Walk-in: Filipino seafarer, 41, from a vessel in Southampton docks. Toothache. Says conditions on board fine, paid monthly into his own account, shore leave allowed. Treated.", "", "", "", "")
add("Dentist to safeguarding lead: lady about 25, Romanian, came with the man who pays, he chose the treatment, wouldn't let her speak. She whispered 'he takes my money'. She has bruises on her neck.",
    "", "sfw pa ncw", "", "")
add("Sexual health note: 21F, Chinese, lists occupation 'massage'. States she lives where she works, never goes out, her phone is owned by 'the boss' and she must answer clients 24 hours. Owes for the visa agent. Frightened of police.",
    "IS RM DB EO", "saw iso rm lh foa", "S", "h")
add("Paramedic note: called to a cannabis grow after neighbours smelt smoke. One male (Vietnamese, age unclear, maybe 16) with smoke inhalation, door bolted from outside, fire service had to force entry. Police on scene.",
    "AV RM AC", "rm", "C", "i")
add("GP: man, 34, Indian, software developer on skilled worker visa; complains employer expects long hours. Has own documents, salary paid, could change sponsor. Stress management advice given.", "", "", "", "")
add("Pharmacist report to police 101: twice this month the same woman, visibly pregnant and bruised, came to buy painkillers with an older woman who held her arm tightly and spoke for her. The young woman's eyes were on the floor; older woman paid with one of several cards from her purse.",
    "", "pa sfw mbc", "", "")
add("Salvation Army caseworker note: client R (Indian, M, 28) was first flagged by a GP. He worked in a sweet shop in Leicester for his 'uncle' who sponsored his visa. He worked 7am–11pm, 7 days. He was paid £400 a month into an account his uncle controls, and the uncle holds his passport and BRP. He was told he'd be arrested if he went to police because he 'owes the sponsorship'.",
    "EO WW RD IT DB", "lh ncw dt foa", "L", "h")
add("Out-of-hours doctor: called to a house of multiple occupation, pt with fever. 9 men in 3 rooms, all working at a Polish-run recycling plant. They say they rent privately from a landlord unconnected to the employer; payslips show proper pay. Council HMO licensing informed.", "", "oa", "", "")
add("A&E: 14-year-old boy from Birmingham found by British Transport Police on a train to Aberdeen with £800 and wraps of heroin hidden in his body. Admitted for observation. He said a man 'Biggz' sent him and said he would 'stab up' his little brother if he lost the stuff.",
    "AV IT", "", "C", "h")
add("Midwife: woman 28 weeks, Syrian refugee, resettlement scheme. Attends with caseworker and interpreter, living in council house with husband and children. No concerns.", "", "", "", "")
add("GP safeguarding meeting minute: Mrs J's lodger (Vietnamese woman) has been attending with injuries. Mrs J runs a nail bar and says the lodger is 'like family'. Lodger told nurse she works at the nail bar 'for free until the debt is paid' and that Mrs J keeps her ID card.",
    "DB WW RD", "dt", "L", "")
add("Phone triage NHS 111: caller sounded young, said 'my boss won't let me go to hospital, my hand is really bad, I'm at the farm'. Call dropped. Number traced to a pay-as-you-go phone, police informed.",
    "RM", "rm", "L", "i")
add("Occupational health assessment: night-shift nurse, long hours owing to staff shortages, paid overtime. Fatigue advice. No exploitation.", "", "", "", "")
add("A&E: 24M, Slovakian Roma, presented with dog bite. Says he lives with his brother's family and works on a market stall selling fruit with his brother, paid weekly. Appears well cared for.", "", "", "", "")
add("Prison healthcare: new prisoner, 19M, Vietnamese, convicted of cannabis production. On assessment says he was brought to UK in a lorry, kept inside the house for 8 months, fed rice, never paid, told his family in Vietnam would be killed if he left. Healthcare referral to prison MS SPOC for NRM and s45 advice.",
    "RM WW IT AC", "rm", "C", "h")
add("Dental nurse note: pt's sister paid for her treatment and came in with her as she is nervous of dentists. No concerns.", "", "", "", "")

add("A&E safeguarding narrative.\n\nPatient: Ms T, 27, Thai national. Brought in by ambulance at 03:20 from a residential flat in Reading after a neighbour heard screaming. Injuries: fractured cheekbone, bite marks to shoulder. Patient tearful, reluctant to speak.\n\nWith Thai interpreter, patient alone: she came to the UK eight months ago after answering a Facebook advert for 'spa therapist, £2,500 a month, accommodation included'. A man met her at Gatwick, took her passport 'to register her', and drove her to the flat. There she was told there was no spa; she would do 'extras' for clients and repay £18,000 for her ticket, visa and training. Last night a client attacked her when she refused something. She says she has never been allowed out except to change flats every few weeks, always in a car with the man. She owns only the clothes she came in.\n\nShe consented to police involvement. Police attended ED; NRM referral to be made by police first responder.",
    "DE RD DB PV RM", "pa dt rm et fpe", "S", "h")
add("Walk-in centre. Woman, 50s, Nigerian, with husband and adult daughter. Husband explained symptoms as she was unwell and breathless; she later confirmed herself in English. All family members British citizens. Chest infection, antibiotics.", "", "", "", "")
add("INT: 2/B/P. Midwife at Northwick Park reports booking of 18F, DOB given as 03/02/06, Romanian. Attended with POI Cosmin LUCA, who said he is her boyfriend and produced her ID card from his wallet, refusing to give it to her. F said she works 'in houses' in the evenings and gives him 'our money'. INT suggests LUCA is controlling F in off-street sex work.",
    "RD WW", "dt sfw ncw", "S", "")
add("Victim debrief (first person, written by NGO worker with interpreter): 'The agent said the factory job in England was good, £10 an hour, house near the factory. I paid him £2,000, my father borrowed. When we arrived the house had 16 people, 2 toilets. The work was in a laundry, very hot, we work 12 hours, sometimes 14. They pay us cash, £150 for the week, and take back £70 for house and £20 for van. Mr S says if we go to the police they will send us to prison because our papers are not real. I hurt my back lifting wet sheets and cannot stand straight. He says no doctor, no time.'",
    "DE EO AC WW IT", "uf oa lh ct pa foa", "L", "h")
add("GP: 63F, British, long-term unemployed, disclosed 'my son's friends' use her flat to store things and she gets £50 a week. She says she feels scared of them and they said 'nobody gets hurt if you keep quiet'. Visitors at all hours. Cuckooing concern; referred to ASB team and police.",
    "IT AV", "", "C", "")
add("Ambulance crew: child (11) answered the door at a house in Croydon, said parents 'at work'. Inside, an adult woman (Filipina, 40s) was doing the ironing and had a burn on her forearm. She said she is the nanny and 'madam' keeps her documents. She works 6am to 11pm. She was not stopped from talking to us.",
    "RD EO", "dt lh pa", "D", "")
add("Dentist: pt said she lost her passport and BRP when she moved house, applied for replacements, asked for a letter confirming attendance. Provided.", "", "", "", "")
add("Midwife note: pt (Eritrean, 25) arrived via Libya and Italy. Says in Libya she was held for months and raped by guards, and the smugglers demanded money from her family. Now in UK, dispersal accommodation, supported by Refugee Council. Past trauma; current pregnancy result of the assault. Perinatal mental health referral.",
    "PV RM", "rm", "", "")
add("GLAA inspector note after GP contact: workers at a salad packhouse registered at a practice in Spalding. Labour provider holds a valid licence, workers have contracts, accommodation inspected and satisfactory, no deductions below NMW. One worker had a work injury reported properly. No further action.", "", "", "", "")
add("A&E: Vietnamese male, 20s, burns to legs from a boiling pot at a takeaway kitchen. Says the owner is his uncle, pays him 'when he needs money', and he sleeps above the shop. Works 6 days. Says he is free to go out.",
    "", "saw", "", "")
add("A&E liaison psychiatry: 33M, Polish, alcohol withdrawal. Picked up at a job centre by a man who offered work and a room; for a year laid slabs for 'Big Tom' who paid him in vodka and £10 a day and took his ID card 'so you don't run off with my van'. Sleeps in a disused caravan.",
    "AV DE WW RD AC", "dt plc", "L", "h")
add("Pharmacy: adolescent girl buying pregnancy tests with a much older man, he kept hold of her phone and said 'she's my niece'. Girl looked about 13. Staff called 999 and detained the conversation until police arrived.",
    "AV IS", "iso", "S", "i")
add("GP: 40M, Pakistani, driver for a taxi firm, complains of back pain from long shifts. Self-employed, sets his own hours. Advised rest.", "", "", "", "")
add("Mental health: 20F, British, care leaver, living in supported accommodation. Staff worried about 'older boyfriend' who takes her to Manchester at weekends. She told the nurse she has to 'do favours' for his mates in hotels to pay off the weed he gave her, and he has threatened to share nude pictures.",
    "AV DB IT", "", "S", "h")
add("A&E triage: M, 30, Afghan, injured by a falling pallet at a warehouse. Agency rep attended and gave details, worker on PAYE, has his own bank card. No issues.", "", "", "", "")
add("Ambulance: man (Romanian, 50s) collapsed while begging at traffic lights in Nottingham. Crew observed a man watching from a car who came over and took the pt's cup of coins before the crew could intervene. Pt said 'he brings me every day, he keeps the money, I am sick'. Pt has one leg.",
    "AV WW", "et ncw", "C", "")
add("Health visitor: young mum, 19, left care last year, lives alone with baby, ex-partner sometimes visits. No exploitation; support from leaving care team.", "", "", "", "")
add("INT: 1/A/C – share only with the NHS Trust safeguarding lead. Nurse at hospital reports a 16yo Albanian male, UASC, missing from local authority placement since 02/05, attended with cuts to fingers typical of cannabis trimming. Said he was 'working for a friend' in a house in Dartford where he can't leave because 'the friend's boss' locks it. Male left hospital with two adult males before police arrived.",
    "AV RM", "rm pa", "C", "i")
add("GP: 36M, Lithuanian, recovering alcoholic, works for a removals firm. Says boss is 'hard' but pays every Friday into his account; he has a tenancy in his own name. No concerns.", "", "", "", "")
add("101 call summary: caller is a sexual health nurse. A female patient, 23, Brazilian, said the man who runs the 'agency' she works for as an escort takes 60% and keeps her passport 'in case she leaves without paying for the flight'. Patient is free to come and go and doesn't want police.",
    "RD DB", "dt", "S", "")

add("Handover note, ED night shift to day shift (safeguarding items only).\n\nBay 4 – Mr D, 67, fall at home, daughter at bedside, no concerns.\n\nBay 7 – 'Anna', stated 22, Ukrainian, overdose of sertraline. Came with a man who said he was her landlord and who left as soon as she was booked in. Anna later told the mental health nurse that she answered an advert for cleaning jobs in London and that the 'landlord' has since been taking her to men's houses at night. She said she is given £20 a day 'for food' and the rest goes to him for rent and debts. Her phone only has his number saved. She says she is not locked in but he texts her every hour to check where she is.\n\nCubicle 12 – 15-year-old boy brought by his dad after a football injury. Normal.\n\nPlan for Anna: keep on ward, safeguarding lead to see at 09:00, police aware (log ref given), do NOT discharge to the 'landlord'.",
    "DE WW DB IS", "ncw", "S", "h")
add("Caseworker note (NGO), after referral from a dental hospital.\n\nClient: M, Eritrean, 31. Attended dental hospital with jaw fracture. He told the maxillofacial team that he was hit with a metal bar at the hand car wash where he had worked since 2021.\n\nAt our meeting he described: working from 7.30 until dark, seven days; £25 a day, although the owner often 'forgot' to pay for weeks and then paid half; sleeping in a loft over the wash with five men, one kettle, no shower; the owner's brother collecting them at the door each morning and locking the shutter at night; and being told that the Home Office would 'come for him' if he complained, since his asylum claim was refused.\n\nHe does have his own ID – an ARC card – which he kept in his shoe. He wants to go to the police now and consented to an NRM referral.",
    "PV EO WW AC RM IT AV", "lh oa saw plc rm foa", "L", "h")
add("Victim account, own words, written for her solicitor (extract): In the hospital when my baby was born the nurse asked me who was the man outside. I said my husband. He is not my husband. He is the one who bought me from my cousin in Shkodër for 5,000 euros and brought me here in a lorry. I worked for him in the flats and later he kept me at home to cook, clean and look after his mother. He took the baby's red book and my papers. He said if I talk to any nurse he will take my son to Albania and I will never see him again.",
    "RD IT", "dt", "S D", "h")
add("GP consultation, extended. 55M, British, with wife. Long-standing kidney disease; on dialysis 3 x weekly. Wife raised a newspaper story about 'buying a kidney abroad' and asked if it is safe. Discussed: illegal and dangerous, exploits poor donors; NHS living and deceased donor routes explained; wife may be assessed as a donor. No plans to travel. Leaflets given.", "", "", "", "")
add("Public report (online, Modern Slavery Helpline form, unedited): hi im a carer and i go to a house on my rounds for the old man but theres a young girl there from Nigeria i think who cleans and cooks for the whole famliy, she sleeps on the sofa in the lounge and she never goes out, the son shouts at her all the time and once i saw him grab her by the hair. she told me she is 16 and came for school but never went. she dont have a phone. im worried about her pls do something",
    "AV DE PV IS", "iso", "D", "h")
add("Ambulance PRF free text: called to a restaurant kitchen at 23:55, worker (Bangladeshi, 40s) chest pain. Colleagues said he has worked 'all day every day' for months, no days off, sleeps in the dry store on a mat. Owner arrived, tried to take the pt's phone and said he would drive him to hospital himself. Crew refused. Pt said on the way he has not been paid since Ramadan and owes the owner for the visa sponsorship. ECG changes, conveyed to PCI centre.",
    "EO AC WW DB", "lh saw", "L", "h")
add("Community pharmacist (long note). Over the past month a man I know as 'Sammy' has come in with different young men to collect emergency supplies of insulin, inhalers and antibiotics. He does all the talking and pays cash. Today one of the young men, who said he was Syrian and 17, stayed behind while Sammy was outside on the phone and asked me in broken English if I could 'call somebody, not police'. He said he works in Sammy's brother's barbershop and the flat above, cleans, cooks, and sleeps on the floor, he is not paid, and Sammy has his phone and papers. I gave him the helpline number on a bit of paper. He said he can only go out when Sammy takes him. I have reported this to 101 and given the ref to my superintendent pharmacist.",
    "AV WW IS RD RM AC", "sfw dt rm saw et", "L", "h")
add("Occupational health (council): HGV driver referred after a minor collision. Works 48h weeks within limits, well rested, no issues with employer. Fit to drive.", "", "", "", "")
add("Midwife – maternity triage: Romanian woman, 26 wks, in pain. Her brother-in-law brought her and wanted to interpret, she said she prefers him. Later alone via phone interpreter she confirmed he is family and she lives with her husband; she has her own ID and works at a bakery. No concerns.", "", "", "", "")
add("A&E: man (Chinese, 50s) presented with untreated leg fracture – injury 3 weeks ago at a restaurant where he works and lives. Says the boss said he could not go to hospital because he has no visa and the police would deport him. Boss drove him in today only because the leg turned black.",
    "AC AV", "saw foa pa", "L", "")

add("Walk-in: 2 sisters, Vietnamese, one interpreting for the other, both students at a language school, one with tonsillitis. No concerns.", "", "", "", "")
add("GP: patient reports unfair dismissal from a hotel after sick leave; was paid final wages. Advised ACAS.", "", "", "", "")
add("A&E: 'the boss will kill me if I'm not back by 6' – says Albanian male with hand injury, works at a car wash in Hendon. Left before treatment.",
    "IT", "", "L", "")
add("Midwife: patient's husband took her phone off her during the appointment and said she doesn't need one. She has never been to the shops alone since arriving from Pakistan. Safeguarding referral.",
    "IS RM", "iso rm", "", "")
add("Ambulance: 80F fall; cleaner employed privately via an agency found her. Cleaner has own car, works set hours. No concerns.", "", "", "", "")
add("Pharmacist: young Polish man, very thin, with infected cuts on hands, bought plasters with coins. Said he works on a farm where 'we pay for the caravan, the van and the gloves, at the end we have nothing'.",
    "WW", "pa ct ppe", "L", "")
add("INT: 2/B/P. Health visitor reports 3 children in a house in Oldham where a 'nanny' (Indian F, 19) looks after them and does all housework; nanny told HV she is not allowed to leave the house without the mother, has not been paid since arriving 10 months ago, and the father has her passport.",
    "RM WW RD", "rm dt", "D", "h")
add("Sexual health: 17M, chemsex parties, says an older man supplies drugs and then 'charges' by making him sleep with other men. He feels he can't say no because he owes him.",
    "AV DB PV", "", "S", "h")
add("Dentist: lady with a lot of dental work needed, no NHS number, says she just arrived from Jamaica to care for her grandchildren while her daughter works, return ticket booked. No concerns.", "", "", "", "")
add("A&E: Slovak male, 40s, severe frostbite to toes after working in a cold store without proper boots. Says he was refused boots unless he paid £35 and could not afford it. Supervisor knows.",
    "AC", "ppe pa", "L", "")
add("CMHT: pt describes being 'trapped' in his job as a chef; on exploration he has a contract, is paid, can resign but fears losing his visa sponsorship. Not exploitation; immigration advice signposted.", "", "", "", "")
add("GP: pt (Kenyan F, 30s) registered with the help of a charity after escaping a household in Hampstead where she was kept as a maid for 3 years. Employer took her passport at the airport. She has PTSD symptoms. NRM positive RG.",
    "RD RM", "dt rm", "D", "h")
add("999: ambulance control call from a man at a service station on the M6 saying 'help me, they are taking me to work, I don't want to go, they hit me'. Background voices. Phone went dead. Location via AML.",
    "PV RM", "rm", "L", "i")
add("A&E: 19M, British, cut on head in a fight at a party. Friends present. No concerns re exploitation.", "", "", "", "")
add("NHS dentist: 30s F, Romanian, brought by a man who paid and who is on the GP record as 'employer'. Pt had fractured teeth. She said he hits her if she doesn't earn enough from 'the clients'. Pt now at a refuge.",
    "PV", "sfw pa", "S", "")
add("Practice nurse: worker's hands cracked from bleach at a cleaning contractor, the contractor provides gloves free; advised barrier cream. No concerns.", "", "", "", "")
add("INT: 3/C/P. Ambulance crew heard that girls working at 'Lotus Nails' in Basildon are driven in at 7 and picked up at 10pm by the owner's husband, and are never seen anywhere else. No further detail.",
    "", "cedl et", "L", "")
add("Pt (Lithuanian, 27) seen for check-up; lives in accommodation provided by employer (a mushroom farm) and pays rent £70/wk by deduction, agreed in writing, room inspected by council. Wages paid in full to own account.", "", "", "", "")
add("sexual health nurse told me (charity volunteer) about a girl aged 15 who said she has sex with men for money for her 'boyfriend' who is 30 and gives her crack. she lives with mum who doesnt know.",
    "AV", "", "S", "h")
add("Paramedic: elderly woman found in a cold house; son lives elsewhere and collects her pension monthly, she says she doesn't know where the money goes. Adult social care referral.", "", "ncw", "", "")
add("A&E: patient (Indian M, 26) with injuries from a fall at a construction site; says the recruiter in Delhi took 4 lakh for the job and promised £2,000 a month; here he gets £600 cash after the recruiter's cut, and 10 men share a flat the recruiter rents them.",
    "DE WW AC", "uf oa", "L", "h")
add("GP: 45F, British, works two jobs to support her kids, very tired. Wages normal. Sleep hygiene advice.", "", "", "", "")
add("Ambulance: teenager (16) found collapsed in a stairwell with a wrap of crack in his pocket; known missing from Coventry, phone repeatedly receiving 'where r u, u owe me' messages. Conveyed with police.",
    "AV DB", "", "C", "h")
add("Practice manager: a Mr P rang to cancel appointments for 'his staff', 4 women with the same surname living at the nail bar address. He would not let us speak to them.",
    "", "sfw saw", "", "")
add("Mental health nurse: pt (M, 30s, Sudanese), asylum refused, has been sleeping in a mosque; a man offered him work at a car wash 'to help him' and he now works 12-hour days there for free 'because the man gives me a place and food'. He is afraid to go to the police because of his status.",
    "AV EO WW", "lh foa", "L", "h")

add("Transplant coordinator, safeguarding alert.\n\nA prospective living donor, Mr H (26, from Bangladesh, here on a visitor visa), attended donor work-up for a 'cousin', Mr R (61), a British citizen with end-stage renal failure. During the independent assessor interview, with a Bengali interpreter and the recipient absent, Mr H could not name Mr R's children or say where he lived. He said a man in Dhaka arranged his visa and flight and told him he would be paid 'four lakh taka' after the operation, and that his family's loan would be cleared. He asked whether he could still go home if he changed his mind, and said the man has his passport 'until it is finished'. He appeared frightened and very thin.\n\nThe work-up has been suspended. The case has been referred to the Human Tissue Authority and to police. Mr H has been offered support from a trafficking charity and given the Modern Slavery Helpline number.",
    "DE AV RD DB", "dt pa", "O", "h")
add("NGO report summary: an Eritrean man who arrived in the UK last year told our clinic that during his journey through Egypt he and others were held in a house in Sinai where some captives who could not pay were taken away and returned with abdominal wounds; he believes their kidneys were removed. He himself escaped after his family paid. He now has a scar from beatings and nightmares.",
    "RM PV", "rm pa", "O", "h")
add("Walk-in centre, Saturday. Lad about 16, Kurdish, with a cut hand, came in alone, said he is 18. Says he works in a barber shop for his cousin, lives with cousin's family, goes to college 2 days a week. Paid £100 a week. Seems relaxed. Age query passed to children's services for welfare check; no exploitation identified at this stage.", "", "", "", "")
add("A&E (paediatric): girl 13, brought by police after being found at 2am in a car with 3 men in their 20s. She had alcohol in her bloodstream and told the nurse one of them is her 'boyfriend' who gets her to 'be nice to his friends' for vapes and cash. Strategy meeting; CSE referral.",
    "AV", "", "S", "h")
add("GP: 40M, Romanian, came about his son's asthma. Works for a building firm that is GLAA-aware; says pay is fine. Family of 4 in a 1-bed flat privately rented, overcrowded. Housing support letter.", "", "", "", "")
add("Ambulance: 3am, address in Tower Hamlets, female (Bangladeshi, 19) in the kitchen with a scald to her arm. Family said she is 'a relative from back home' who helps. She looked exhausted and her bed was a mat in the kitchen. She did not have any belongings except a bag of clothes. Crew shared concerns with safeguarding hub.",
    "AC", "pa saw fpe", "D", "")
add("Safeguarding referral from GP practice: 15yo boy, previously good attendance, now missing school, turning up at surgery with injuries; mother says he's 'running for someone' and now owes them £1,500 after being 'robbed'. Mum received a message 'pay or we come to the house'.",
    "AV DB IT", "pa", "C", "h")
add("Pharmacist (Boston, Lincs): an agency driver buys paracetamol for 'his workers' every morning at 5 and says they can't see a GP because 'the farm won't give time off'. Workers always in the van. Could be nothing, but logging it.",
    "", "cedl et sfw", "L", "")
add("A&E: Indian F, 32, domestic worker for a family in Leicester. Hand burnt from cooking oil. Says she is paid monthly, has Sundays off, phones her children daily. Employer drove her and waited outside. No concerns identified.", "", "", "", "")
add("Victim debrief, police ABE interview summary (OIC DC SHAH): IP, 22F, Vietnamese, says she was told in Nghệ An she would work in a restaurant in London for £1,500/month. Travel by plane to Russia, then lorry. On arrival in Birmingham was taken to a nail bar; 'the woman' took her passport and her phone and said she owed £28,000. IP worked 10am-8pm 7 days, slept on the shop floor with 2 others, was given £30 a week for food. IP was taken to see a doctor once by the woman who did the talking. Woman said if IP ran away her mother's house in Vietnam would be taken.",
    "DE RD IS DB EO AC WW IT", "dt iso lh saw sfw", "L", "h")
add("GP: woman 24, Albanian, with husband (British), both attend, happy marriage of 2 years, she works as a teaching assistant. Visa spouse route. No concerns.", "", "", "", "")
add("Prison healthcare nurse: new arrival (Nigerian M, 30) charged with fraud offences; says he was recruited by a 'church brother' who held his passport and made him open 15 bank accounts and collect parcels. 'He said he will report me to immigration if I stop.'",
    "RD IT", "dt mbc", "C", "")
add("Paramedic: cyclist collided with a car, delivery rider, self-employed, app-based. Conscious, wrist injury. No concerns.", "", "", "", "")
add("Health visitor: home visit, found 4 adults and 3 children in a 2-bedroom flat. Adults are relatives, all employed, rent shared. No evidence of exploitation; housing referral.", "", "oa", "", "")
add("A&E: 'I work in the house of the big man in Surrey, I cannot go out alone, they lock the gate, I am not paid, please don't tell them I said this' – Sri Lankan woman, 45, presented with fall.",
    "RM WW", "rm", "D", "h")
add("walk in centre: chap brought in 2 guys from the scrapyard with burns from a cutting torch, no protective gear. They said boss charges them for gloves and masks so they dont use them. They live in a caravan at the yard.",
    "AC", "ppe saw pa", "L", "")
add("GP: man, 29, Pakistani, on student visa, says he works 20 hours a week in a shop, paid properly. Asks about mental health support for exam stress.", "", "", "", "")
add("Sexual assault referral centre (SARC): 24F, Czech, reports being raped by the man who runs the flat where she and 2 others see clients. She says he took her ID 'to rent the flat' and never gave it back. Forensic examination completed with consent; police in attendance.",
    "PV RD", "dt", "S", "h")
add("Ambulance: house fire, residents (Vietnamese family, 5) evacuated, all well; minor smoke inhalation for one. Family own restaurant nearby. No concerns.", "", "", "", "")
add("A&E handover: pt refused interpreter, friend translated. Pt is a tourist from Brazil with a sprained ankle; friend is travelling with her. No concerns.", "", "", "", "")

add("Maternity safeguarding – multi-agency referral (summary of concerns).\n\n1. Mother: 'Mirela', 20, Romanian, booked at 32 weeks, no GP, no NHS number. Accompanied at each of 3 visits by a man, 'Sorin', who gives different relationships each time (brother, husband, friend). Sorin holds her ID card and her phone and answers all questions.\n\n2. At the last visit Mirela asked the midwife, while Sorin was at the desk, whether the baby would be 'taken by the state'. She said Sorin told her social services take babies from mothers who 'work on the internet'. She has adverts on a website (screenshots provided by police).\n\n3. She said she sees men in a flat in Watford and hands all the money to Sorin 'for the debt'; she does not know how much she owes. She has not been out on her own since she arrived.\n\n4. The unborn baby: risk of harm.\n\nRequested: strategy discussion before delivery; police to consider safeguarding at delivery; NRM referral with consent.",
    "RD IS WW DB RM IT", "dt sfw iso ncw rm", "S", "h")
add("A&E, 21:30. Patient: P, 44, British, attends with a friend after a fall from scaffold at a private job. Friend explains P works cash-in-hand for a local builder, is paid £120 a day, goes home every night and has worked for him for years. Builder phoned to ask after him. Mild concussion and fractured ribs. Advised re health and safety reporting; no concerns about exploitation.", "", "", "", "")
add("Police intelligence log (summarised by analyst):\nDATE: 09/09. SOURCE: NHS 111 call handler. GRADE 2/B/P.\nCaller, a male with a Slovak accent, asked for advice for a 'friend' with a deep cut who could not go to hospital because 'the boss says no hospital, he will lose his place in the house'. Caller stated 8 men live in the boss's house in Sheffield and work at a recycling plant, the boss takes their bank cards and gives them £40 each on Sunday. Caller refused to give address. Phone number attributed to a SIM registered in name of Jan KOVAC (DOB 11/11/90), known associate of OCG nominal Milan SARKOZY.",
    "WW AC", "oa ncw mbc", "L", "")
add("First-person account (man, Vietnamese, via interpreter, given to a hospital social worker):\nI came because my family owed money to a loan man in our village. He said in England I can earn to pay back fast. In England they put me in a house with plants. I stay inside, the windows are covered, I do the water and the lights, I sleep on the floor next to the plants. Someone brings food. They tell me if the police come I must say I am the owner. When the electric wire burned my arm, I waited 5 days. Then the man came and brought me here and said to the doctor I am his cousin and I burned it cooking.",
    "AV DB RM AC", "rm sfw pa plc", "C", "h")
add("Dental hospital, referral letter: 'Thank you for seeing this 8 year old boy with multiple carious teeth. Family recently arrived from Syria through the resettlement scheme, parents attentive, attending with Arabic interpreter. No safeguarding concerns.'", "", "", "", "")
add("NGO caseworker note (Kalayaan): client, Filipina, 38, came on an Overseas Domestic Worker visa with a Qatari family. In London she was given a mattress in the laundry room, worked 18-hour days, was fed leftovers, her salary was paid to an agency in Manila which deducted 'placement fees' so she received nothing for 5 months. She was shouted at daily and once locked in the flat for a weekend while the family went to Paris. She escaped when taken to a GP for a cough and the GP called us.",
    "AC EO WW RM DB", "saw lh ncw rm", "D", "h")
add("Out-of-hours GP, telephone: woman, 30, says she has bruising after her boyfriend hit her during an argument. Lives with him, works in an office, has money and her own car. DA advice, IDVA referral. No trafficking/exploitation.", "", "", "", "")
add("Ambulance narrative, long.\nCalled 19:40 to a hand car wash on an industrial estate in Bolton: 'worker fallen, head injury'. On arrival: male approx 20 (later said 17), Albanian, lying behind the jet-wash bay, bleeding from scalp. Two other workers present, neither spoke English; a man who said he was the manager told crew the lad had slipped. Pt said quietly he was hit with a hose reel by the manager because a customer complained.\n\nCrew noted: a portacabin at the back with sleeping bags on the floor, a camping stove, and no toilet except a bucket; workers in wet clothes in the cold; no gloves. Pt said they work from 8 till the light goes, 7 days, and get £20 'some days'. He said he came by lorry and owes 'the boss in Tirana'.\n\nConveyed to A&E with police escort; police attended the car wash.",
    "AV PV AC EO WW DB", "saw plc lh pa", "L", "h")
add("A&E: 70M, kidney failure, recently returned from Egypt where he had dialysis on holiday. No transplant. Routine.", "", "", "", "")
add("Safeguarding adults (A&E): pt 52M, alcohol dependent, British, says a family he met at a bus station offered him a bed and drink in return for 'odd jobs' – he has been laying block paving 6 days a week for a year, sleeping in a van, and is paid nothing because he 'owes for the drink'. He has a fractured hand they told him to 'work through'.",
    "AV DB WW AC EO", "plc lh", "L", "h")
add("GP note: pt, 34, worked as au pair for a family in Kent for 2 years, now training as a nurse; describes it as 'a lovely family'. Seen for hay fever.", "", "", "", "")
add("Mental health (perinatal): woman, 26, Indian, says she came as a spouse and her in-laws make her do all housework, take her salary from her part-time job at a shop, and have her passport. She is 'allowed to go to work and come home only'. Suicidal ideation.",
    "WW RD RM AV", "ncw dt rm", "D", "h")
add("Walk-in: woman with hand injury from a kitchen knife, works at a café, café owner is her friend. No concerns.", "", "", "", "")
add("Paramedic incident: called to a brothel raid by police, female (Thai, 30s) had locked herself in the bathroom in panic, minor cut. Police say 4 women on premises, one with no documents. Women stated they were brought by 'mamasan' and pay her 'debt' from each client.",
    "DB", "", "S", "")
add("INT: 2/A/P. GP practice in Slough reports that POI Mohammed AZIZ (DOB 04/05/77) attended to register 5 males 'employees' of his takeaway, presenting their passports from a carrier bag. When GP asked one male a question, AZIZ answered. INT suggests AZIZ retains the passports.",
    "RD", "dt sfw", "L", "")

add("GP: pt upset that her employer (care agency) paid her a week late this month; payslip shows full pay now received. She is looking for another job. No exploitation.", "", "", "", "")
add("A&E: patient says he would have been too scared to come if his boss had been the type to threaten him, but his boss drove him here himself and told him to take the week off paid.", "", "", "", "")
add("Midwife: client says no one has ever taken her passport or stopped her going out; she moved here with her fiancé who works as an electrician. Booking bloods done.", "", "", "", "")
add("Sexual health: pt asked about 'sugar daddy' websites; she is a student, meets men on her own terms, keeps all money, no third party involved. Safety advice given.", "", "", "", "")
add("Pharmacist: man with a rota of 'workers' collecting methadone together; all are known hostel residents, their keyworker arranges the group collection. No concerns.", "", "", "", "")
add("A&E: builder (Irish, 50s) fell through a roof; employer disputes he was an employee and refuses to pay him for last month's work. Pt has a solicitor and has gone to ACAS; lives in his own home.", "", "", "", "")
add("Dentist: patient (Vietnamese, 19) with severe tooth decay said she had 'no time' to see a dentist because she works at the nail bar 7 days 'to pay the uncle back for the trip'; the uncle keeps her wages until then.",
    "EO DB WW", "lh", "L", "")
add("Walk-in centre: woman, 33, Eritrean, says her agency promised a cleaning job at a hotel with a room, but she was sent to clean a private house for a family who make her work every day from 6 till late and locked her phone in a drawer. She left them yesterday.",
    "DE EO IS", "lh iso", "D", "")
add("NHS 111: man wants advice about wrist pain; works in a packhouse, says he does 10h shifts 4 days a week, happy there. Self-care advice.", "", "", "", "")
add("Sexual health: F 20, Hungarian, told nurse she was brought to the UK by a man who said she'd work in a bar, and now she is moved every week between Airbnb flats in different cities, doesn't know where she is, clients are booked by him.",
    "DE IS", "iso", "S", "h")
add("Mental health nurse: pt (M, 27) says 'they'll hurt my sister if I stop driving for them' – describes collecting cash and drugs between London and Norwich for a man he owes.",
    "IT DB", "", "C", "")
add("A&E note: 16yo girl reported missing from care found in a hotel room in Leeds with 2 adult men. Taken to A&E for assessment; disclosed she had been given drugs and made to have sex with 'friends' of the men. Men arrested.",
    "AV PV", "", "S", "h")
add("GP: patient (Polish, 60) lost wallet with ID cards at the market; reported, replacing via consulate. Routine BP check.", "", "", "", "")
add("Ambulance: farm worker, 28, Romanian, tractor accident, employer present and gave full details, worker lives in farm cottage with his wife, paid monthly. Conveyed to major trauma centre.", "", "", "", "")
add("Renal ward nurse: patient's family asking about paying a donor from 'back home' – family told it is illegal; they say they will not pursue it. No donor identified.", "", "", "", "")
add("A&E: a woman (Chinese, 30s) with a cut lip said a customer at the massage shop hit her; the shop owner takes her passport and drives her there every day.",
    "PV RD", "dt et", "S", "h")

# ---- output ----
def expand(codes, table):
    out = []
    for c in codes.split():
        out.append(table[c])
    return out

def compute_risk(ind, typ, given):
    if given:
        return RISK[given]
    if "physical_sexual_violence" in ind or "sexual" in typ or len(ind) >= 3 or \
       ("intimidation_threats" in ind and "restriction_of_movement" in ind):
        return "high"
    if ind or typ:
        return "medium"
    return "low"

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, (text, ind, sig, typ, risk) in enumerate(T, 1):
        ic = set(ind.split()); sc = set(sig.split())
        for a, b in PAIR:
            if a in ic: sc.add(b)
            if b in sc: ic.add(a)
        inds = [IND[k] for k in IND if k in ic]
        sigs = [SIG[k] for k in SIG if k in sc]
        typs = [TYP[k] for k in TYP if k in typ.split()]
        assert not (ic - set(IND)) and not (sc - set(SIG)) and not (set(typ.split()) - set(TYP)), text
        rows.append({"id": "f99-%03d" % i, "text": text, "indicators": inds, "signs": sigs,
                     "exploitation": typs, "risk": compute_risk(inds, typs, risk)})
    with open(os.path.join(here, "fresh99.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "texts")

if __name__ == "__main__":
    main()
