#!/usr/bin/env python3
"""Hand-written texts for fresh157 (weekly-digest mix). Each entry is written by hand;
short aliases only expand label codes."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
ROWS = []
def T(text, ind="", sig="", typ="", risk="l"):
    ROWS.append(dict(text=text, indicators=[IND[x] for x in ind.split()], signs=[SIG[x] for x in sig.split()],
                     exploitation=[TYP[x] for x in typ.split()], risk=RISK[risk]))
# ---- batch 1
T("INT 2/B/P: POI NGUYEN Van Thanh (DOB 03/04/1989) manages 3 nail bars in Walsall. INT suggests staff are Vietnamese females aged 17-22, living above premises at 14 Lichfield St, do not leave except when driven by NGUYEN. Wages paid to NGUYEN, staff receive 'food money'.",
  "AV ROM WW", "rm et ncw saw", "L", "h")
T("Nail bar visit Darlington - all 4 techs on payroll, RTW checks on file, own bank accounts, rota shows 36 hrs. No concerns. NFA.", "", "", "", "l")
T("101 call: caller reports a man shouting at his neighbour over a parking space on Bramley Rd, no injuries, words of advice given.", "", "", "", "l")
T("i seen the same 6 lads get dropped at the car wash on Fosse way at half 6 every morning and picked up gone 9 at night in a white transit, they never have proper shoes on and one of them had his arm in a bandage. think somethings not right",
  "EO", "cedl lh pa et", "L", "m")
T("Salvation Army caseworker note: client (F, 34, Nigerian) says she was brought to the UK by a 'church auntie' who promised nursing college. On arrival she cared for the auntie's four children and her elderly mother, cooking and cleaning from 5am until midnight, sleeping on the kitchen floor. She was never enrolled anywhere. The auntie holds her passport 'so it does not get lost'. She was told that if she talked to anyone at church about home matters she would be sent back and her family would have to repay the ticket.",
  "DEC EO RD AC IT", "lh saw dt plc", "D", "h")
T("NRM note: Q3 referrals from this force up 14% on Q2, driven by county lines referrals of UK males aged 15-17. Adult labour referrals flat.", "", "", "", "l")
T("Warrant executed at 22 Harrow Close, Sunderland under s23 MDA. 480 cannabis plants over 3 rooms. One Vietnamese male (approx 16) found inside, windows boarded and door padlocked from outside. States he has not been outside for 'maybe two months', food left by a man he calls Uncle. Safeguarding strategy meeting called, male in police protection.",
  "AV ROM ISO AC", "rm iso plc saw", "C", "i")
T("Press summary: Two brothers from Kent were jailed at Maidstone Crown Court for a combined 19 years for exploiting eleven Polish men on building sites. The men had been recruited in Gdansk with promises of £500 a week but received £40, the rest being taken for 'rent' at an overcrowded house where they slept six to a room. Those who complained were punched and told they would be left on the street with no papers.",
  "DEC WW AC PSV IT RD", "oa ncw dt", "L", "h")
T("GP note: 29F attends with chronic back pain. Works as a cleaner for an agency, 3 days a week. Lives with husband and 2 children. Discussed physio. No safeguarding concerns.", "", "", "", "l")
T("Report from member of public: theres a massage place above the vape shop on Cheapside and men go in and out all night, girls look about 18 and never come down the stairs, a big bloke with a shaved head answers the door and does all the talking. one girl was crying at the window",
  "ROM", "rm sfw", "S", "h")
T("GLAA inspection of labour provider (packhouse supply, Boston): workers charged £40 for hi-vis and boots deducted from first wage; transport to site £8 a day deducted. Workers otherwise paid NMW to own accounts, free to leave, accommodation adequate. Licence condition breach notified; ALC to follow.",
  "", "ppe ct", "", "l")
T("Bank financial-crime alert: 14 debit cards in different names (Romanian nationals) used at the same ATM on Ilford Lane within 40 minutes, each withdrawing the full balance on payday. Accounts opened at same branch, same mobile number on all. Possible control of wages.",
  "WW", "mbc ncw", "L", "m")
T("Victim debrief (via Tigrinya interpreter): He says that in Libya they held him in a warehouse for months and told his family to send $4,000. He says that a man in the warehouse took blood tests from all of them and later some people were taken away in a car and came back with cuts on their side and one did not come back. He says he was told that if his family did not pay, the doctor would take his kidney to cover the money.",
  "IT ROM AC", "rm", "O", "h")
T("Kidney transplant patient 54M admitted for routine post-op review at QE renal unit. Living donor (brother) recovering well. No concerns.", "", "", "", "l")
T("Intelligence request from Lincs: any trace on VRM KX19 ABD, silver Vito, seen collecting workers from HMO on Tennyson St at 04:30 for field work. Driver believed to take £10 per seat from each man.",
  "", "cedl ct", "L", "m")
T("Court outcome: Leeds CC - ALI (38) guilty s2 MSA, arranging travel of a 15-year-old girl between Bradford and Leeds for sexual exploitation. Victim plied with cocaine and made to sleep with adult men at flat parties. Sentenced 11 years, STPO 10 years.",
  "AV PSV", "", "S", "h")
T("Handover: MISPER 14yo Kayden, 3rd episode this month. Found at Bolton interchange with £600 cash and two phones, not his. Refused to say where he'd been. Mother says older lads 'give him trainers'. Believed running for a line into Blackpool. Return interview booked, CSC aware.",
  "AV", "", "C", "h")
T("Au pair with host family in Richmond contacted helpline to ask about her rights on annual leave. She works 25 hrs a week, has her own room and keeps her passport. Advised on entitlements, no exploitation concerns.", "", "", "", "l")
T("He tell me job in hotel in London, good money, £1200 a month. When I come, no hotel. They put me in house with 11 men, I wash cars in Luton from morning to dark, 7 days. He say I owe him £3000 for bus and papers and every week more for room so I never finish.",
  "DEC AC EO DB", "oa lh", "L", "h")
T("Neighbour dispute re: loud music and overgrown hedge, Fernside Avenue. Both parties spoken to, referred to council mediation.", "", "", "", "l")
T("School DSL referral: Y10 pupil (15F) seen getting into different cars after school, has new nails, hair and an iPhone she says a 'boyfriend' (23) bought. She told a friend she has to 'pay him back' by being nice to his mates. Missed 9 sessions this half term.",
  "AV DB", "", "S", "h")
T("INT 3/C/P: Source states Albanian male known as 'Dritan' runs pop-up brothels in Airbnb flats across Reading, rotating girls weekly, adverts on AdultWork. Girls told they owe €20,000 for being brought over.",
  "DB", "", "S", "h")
T("Border Force Heathrow: Filipino female, 41, arrived with employer family (Qatari diplomat dependants) on overseas domestic worker visa. Interviewed alone - confirms she holds her passport, has a contract showing 8 hours a day, paid directly. Given ODW leaflet and helpline number. No indicators.", "", "", "", "l")
T("999 call 02:14 - female, foreign accent, says she is locked in a flat above a takeaway on Station Road, 'the man took my phone, please come'. Call dropped. Units dispatched.",
  "ROM ISO", "rm iso", "", "i")
T("Probation note: PoP (31M) disclosed that while in HMP a man from his wing arranged for him to stay at an address on release. Now being asked to hold drugs and hand over his UC each month to 'cover rent'. Says he cannot leave because 'they know where my daughter goes to school'.",
  "AV IT DB", "ncw", "C", "h")
T("waste recycling site off A57 - men sorting rubbish by hand no gloves no masks sleeping in shipping container at back, dogs loose at gate at night. they look thin and dirty",
  "AC", "pa saw plc", "L", "m")
T("Care home inspection (CQC liaison): five Indian care assistants on sponsor visas each paid £10,000 'placement fee' to an agent in Kerala. Home manager states fees were not charged by the home. Staff working 60-72 hr weeks due to shortages, rotas confirm. Told that if they resign the sponsorship will be cancelled and they will be removed.",
  "EO IT AV", "uf lh", "L", "h")
T("Op CLEARWATER update: 7 warrants across Derby/Notts. 9 arrests for conspiracy to supply class A. 3 safeguarding referrals (2 juveniles). Cuckooed address on Osmaston Rd: occupant, 52M with learning difficulties, told dealers used his flat and he 'had to sleep in the chair'.",
  "AV", "", "C", "m")
T("A&E: 22F presents with burns to hands, says a chip fryer splashed at work. Employer (family restaurant) drove her in and waited. Patient answered own questions, alert, has own phone. Advised on burn care, no safeguarding concerns identified.", "", "", "", "l")
T("Public report: the old lady next door has had a girl of about 15 living with her for a year, she is from India does all the cooking washing and the garden, I never see her go out without the old lady or her son, and she sleeps in the conservatory even in winter. when I said hello the son came out and said she doesn't speak English",
  "AV ROM AC", "rm et plc sfw", "D", "h")
T("Fishing vessel boarded at Newlyn by MCA/GLAA. 4 Filipino crew on transit visas. Crew had contracts, own passports, rest hours recorded. One crew member raised unpaid overtime for one trip; owner paid it the same day. No further action.", "", "", "", "l")
T("INT 1/A/P: POPA Ionut known to collect 8-10 Romanian males from Luton airport, accommodates them at 3 Dunstable Rd (4-bed), supplies them to a warehouse agency. Their IDs used to open accounts, cards kept by POPA. Men receive £50 a week.",
  "RD WW", "dt mbc ncw", "L", "m")
T("Shoplifting group: four Romanian women detained at Westfield with stolen cosmetics worth £900. One (19) told custody nurse the man who drives them takes everything and will beat her if she comes back empty-handed. She has bruising to both upper arms.",
  "IT WW", "pa et", "C", "m")
T("Reporter says her cousin came from Pakistan to marry a man in Bradford, now she isn't allowed a phone, can't go to the shops alone and does all the housework for the in-laws. Family says she is 'settling in'.",
  "ROM ISO", "rm iso", "D", "m")
T("Student (F, 20, Chinese) reports her passport lost on a night bus. Crime ref issued for embassy. No further concerns.", "", "", "", "l")
T("Warehouse (Daventry): agency staff complained to GLAA that payslips are confusing and holiday pay was late in March. Agency corrected back-pay. Workers have own accounts and choose shifts via app. No exploitation indicators.", "", "", "", "l")
T("Man in his 60s sleeping in the yard of a farm near Wisbech, says farmer gives him food and cider, no money. He is alcohol dependent and has worked there for 'years'. Small caravan with no heating or water.",
  "AV WW AC", "plc saw pa", "L", "h")
T("INT 2/C/C (not to be disseminated outside the force without OIC consent): Eritrean males working in a Leicester garment factory at £3 an hour, told by the owner that the police will deport them if they complain.",
  "AV IT", "foa", "L", "m")
T("Community officer note: attended the Polish shop re: shoplifting of vodka, suspect identified from CCTV. Unrelated to any exploitation.", "", "", "", "l")
T("I was 14 when Jay started to give me rides. Then he say I must go with his friends to hotel and if I say no he will show my mum pictures. They do things to me I did not want.",
  "AV IT PSV", "", "S", "h")
T("Op MIDAS: 3 hand car washes visited on A38. Site 2: 5 males, none could give address, all living in portacabin on site, employer holding their 'ID for safekeeping', paid cash £30/day for 11-hour shifts. Site 1 and 3 no concerns.",
  "RD AC EO", "dt saw lh", "L", "h")
T("Caller says her son (17) has been missing two days; she thinks he has gone to a party in Manchester. Later returned home safe, no exploitation disclosed.", "", "", "", "l")
T("Victim account (translated from Slovak): The man from our village said there was work at a chicken factory and he would help with everything. In England he took us to the bank and kept the cards. We worked nights, he gave us £30 for food on Sunday. When my brother asked for money he hit him with a bottle. We did not have our ID cards, he said the agency needs them.",
  "DEC WW PSV RD", "mbc ncw dt", "L", "h")
T("Adult social care: 47M with learning disability, known to services, has a new 'friend' who moved into his flat with 3 others. Neighbours report drug dealing from the address, man seen sleeping in the stairwell. Concern for cuckooing.",
  "AV", "", "C", "m")
T("NRM stats note: Of 412 referrals received in the quarter, 38% adult labour, 24% criminal (mostly county lines), 19% sexual, 8% domestic servitude, remainder unknown/mixed. Positive RG decisions 81%.", "", "", "", "l")
T("Taxi driver reports 2 young women picked up from Manchester airport by a man who took their passports from them in the back of the cab and told them to say they were his cousins if anyone asked.",
  "RD", "dt sfw", "", "m")
T("Construction site in Croydon, HSE referral: worker fell from scaffold, broken ankle. Firm had training records, worker paid by bank transfer, on site 8 hours. Accident investigation only.", "", "", "", "l")
T("Reported via app: my mates brother works at a takeaway in Rhyl he's from Bangladesh and sleeps in the storeroom, works from 11 til 2am every day never has a day off, the boss says he owes for the visa £15k and keeps his wages to pay it",
  "EO DB WW", "saw lh ncw", "L", "h")
T("Midwife note: 19F, booking appt, 22/40. Attended with older male who would not leave the room and answered questions for her. She has no GP, no NI number, unclear address. Said 'I work in a house' when asked about work. Midwife arranged second appointment alone.",
  "", "sfw", "", "l")
# ---- batch 2
T("OIC update Op HAWTHORN: both IPs now in safe house. Statements confirm they were made to work at the cannabis grow in exchange for 'paying off' their £25k travel debt, never told how much remained. Grow address had no working toilet and they slept on mattresses beside the lamps.",
  "DB AC", "saw plc", "C", "m")
T("Partner update (Unseen helpline): 37 calls this week, 11 referred to police, majority labour in car washes and agriculture.", "", "", "", "l")
T("INT 2/B/P: address 41 Wellington Rd, Oldham - 14 males (Sudanese/Eritrean) registered at 3-bed house, all employed by one food-processing agency. Landlord is the agency supervisor. Rent £70 each a week taken from wages before payment.",
  "AC", "oa", "L", "m")
T("Called in by a resident: a van parks outside at 5am and a man bangs on the door till 8 or 9 people come out, they get back around 10pm. The driver counts them in and out. Think they're working at the salad farm.",
  "EO", "cedl et lh", "L", "m")
T("Victim debrief: Interpreter reports that she says she answered an advert on Facebook for a job as a waitress in Birmingham. She says that when she arrived, the woman took her to a flat and told her she would have to see men to pay for the flight. She says that she was not allowed to leave the flat and the woman's boyfriend slapped her when she refused a client.",
  "DEC DB ROM PSV", "rm", "S", "h")
T("RTC A47, two vehicles, minor injuries, both drivers breath tested negative. Road reopened 14:20.", "", "", "", "l")
T("Financial intel: 22 UC claims at one address in Peterborough, payments to 6 accounts all accessed from the same IP. Claimants believed to be Czech Roma males brought over by one family; claimants say they 'never see the money'.",
  "", "ncw mbc", "C", "m")
T("Council licensing: HMO on Granby St licensed for 5 found housing 13 men in bunks, mould, one working toilet. Occupants all work for the same car wash chain; owner of the car wash collects the rent.",
  "AC", "oa plc", "L", "m")
T("The boss keep all our passports in the safe in the office, he says it's for the Home Office checks. We work 6am to 8pm. He pays £100 a week cash, he says the rest is for house and food.",
  "RD EO WW", "dt lh ncw", "L", "h")
T("Intelligence request (Essex to all forces): trace required on Albanian national HOXHA Ardit, believed to recruit young Albanian males via TikTok promising '£2,000 a week in construction'; men end up tending cannabis grows.",
  "DEC", "", "C", "m")
T("CSE strategy meeting minutes: 13F, recurrent missing. Found in a car with 3 adult males in Rotherham at 01:30. Phone shows messages offering vodka and cannabis in exchange for 'meeting my mates'. Interim care order sought.",
  "AV", "", "S", "i")
T("omg there's a lad about 12 standing outside the co-op on Bank st every day begging and a woman watches him from across the road and takes the money off him every hour. he looks so hungry",
  "AV WW", "pa", "C", "h")
T("Wellbeing check at a Chinese restaurant kitchen in Soho following an anonymous call. Three chefs, all with settled status, own flats, working 45 hours. Owner cooperative. No indicators.", "", "", "", "l")
T("Prison safeguarding: IP (Vietnamese, 19) remanded for cultivation. At interview he says he was moved from house to house in the back of a van without windows, never knew the towns. Men told him his family in Nghe An would pay if he ran.",
  "ISO IT AV", "iso et", "C", "h")
T("Housing officer: elderly tenant's grandson says his gran's pension is collected by her lodger who 'handles her bills'. She seems happy with the arrangement. Referred to adult social care for review.",
  "", "ncw", "", "l")
T("Farm in Herefordshire - seasonal workers from Kyrgyzstan on SWV. Workers say they paid a recruiter in Bishkek US$2,500 for the job and are now paid by the hour for picking, but on rainy days no work so no pay; they have to cover rent for the caravan. Several now in debt to family members at home.",
  "", "uf", "", "l")
T("INT 3/C/P: source says a woman with a Nigerian accent runs a 'hair braiding' business from a flat in Peckham, girls aged 15-16 sleep there and are taken out at night by men in cars.",
  "AV", "saw cedl", "S", "h")
T("I was working on the boat 20 hours, sometime more. The skipper kick me and call me dog. We not allowed go on land when boat in port, he say immigration will take us. Only after 10 months he give me £600 and say rest next trip.",
  "EO PSV ROM IT WW", "lh rm foa", "L", "h")
T("Public report: just wanted to say the car wash on Peel rd is fine, my husband knows the owner, the boys all have flats in town and get paid weekly, don't want anyone thinking otherwise after that facebook post.", "", "", "", "l")
T("Safeguarding referral (hospital): 17M attended with stab wound to thigh. Home address in London, found in Ipswich. Said 'I owe them for the drugs that got taken'. Refused to give names. Police informed.",
  "AV DB PSV", "", "C", "i")
T("Court outcome: Southwark CC - Mr and Mrs OKAFOR acquitted of holding a person in servitude. Jury accepted the complainant was a family member who lived as part of the household and was paid.", "", "", "", "l")
T("Summary: Essex, sham marriage investigation. Portuguese national (F, 22) told by a man she met in Lisbon she could earn €5,000 by marrying a Pakistani man in Basildon. After the ceremony she was kept at his family's house, her ID taken, and she was raped by the husband. Rescued after she passed a note to a neighbour.",
  "DEC ROM RD PSV", "rm dt", "S D", "h")
T("Text from rough sleeper outreach: two Polish men in the tents by the canal say a man offered them building work and a room; they declined. No concern, noted for awareness of recruiter activity in the area.", "", "", "", "l")
T("A Hungarian woman with mild learning difficulties has been living with a family in Barnsley for three years. She cleans their home and their two Airbnb flats. She gets 'pocket money' of £15 a week and is not on any payroll. Her benefit card is kept by the husband.",
  "AV WW", "ncw", "D L", "m")
T("INT 2/B/C (handling: not to be shared with LA): car wash on Bury New Rd - Kurdish males aged 17-25 living in a loft above the jet-wash bay. Manager known as 'Kak Sherzad' speaks for all workers and has their Home Office letters.",
  "RD AC AV", "saw sfw dt", "L", "h")
T("Burglary at 14 Cotton Lane overnight, rear door forced, laptops taken. House-to-house conducted. CCTV requested.", "", "", "", "l")
T("A mother reports that her daughter (16) has been added to a Snapchat group run by older men who send money for photos. Daughter admits sending images. Referred to CEOP and children's services.",
  "AV", "", "S", "h")
T("Agency worker at meat plant in Wrexham complained her pay is below what she expected after night shift premium was removed. Employer explained the change in writing. She is free to move jobs and keeps her own account. Pay dispute only - ACAS advised.", "", "", "", "l")
T("Tip off: Indian restaurant in Slough, waiters are students working over 60 hours a week despite visa limit of 20, paid cash in hand less than minimum. Owner tells them if they complain he'll report them to the Home Office.",
  "EO IT AV", "lh foa", "L", "h")
T("My uncle said he finds work for me in England in a factory. I paid him 400,000 rupees. There was no factory. I was in a house cleaning and looking after the baby of his friend and I can't go out, the door is always locked when they go out.",
  "DEC ROM", "uf rm", "D", "m")
T("Warrant result: Maidenhead. 1 adult male (Albanian, 23) arrested in a 400-plant grow, states he came for work voluntarily and is paid £2,000 a month, has his own passport and car. No NRM referral, charged with production.", "", "", "", "l")
T("Request from Modern Slavery Unit, Cumbria: information on migrant crew of scallop dredger 'Morning Star', reported to be kept aboard for months without pay.",
  "ROM WW", "rm", "L", "m")
T("Debrief: 'Mike said he loved me and we would get a flat together. Then he said we owed money for rent and I had to do it just this once with his friend. After that it was every night, sometimes five men. He had my phone and checked everything.'",
  "DEC DB PSV ISO", "iso", "S", "h")
T("NRM update: Single Competent Authority issued 63 conclusive grounds decisions for this force in November, average wait 470 days.", "", "", "", "l")
T("Call handler: male caller with little English, says 'boss no pay, five month'. Location a farm near Evesham. Interpreter arranged, caller says he can leave but has no money for the bus. Officers attending.",
  "WW", "", "L", "m")
T("Environmental health: takeaway in Wolverhampton - dirty kitchen, two mattresses found in the cellar. Owner says staff nap between shifts. Workers spoken to, live locally with families. Food hygiene notice only.", "", "", "", "l")
T("Op TALON: two women (Chinese, 40s) found in a flat on Deansgate advertised as massage. Both say they rent the room themselves and keep their earnings. Passports with them. Signposted to support services, no exploitation identified.", "", "", "", "l")
T("young girl at bus stop asking for help said shes been made to sell drugs by her sisters boyfriend hes got a knife and said hed cut her face if she didnt",
  "AV IT", "", "C", "h")
T("Social worker: family of Roma origin, 5 children. Eldest (14) not in school, seen daily at a recycling yard working with adult men. Father says it's family business. Child has cuts to hands and looks exhausted.",
  "AV AC", "pa", "L", "h")
T("INT 1/B/P: PATEL, Hemant (DOB 12/11/1975) director of Kwik Clean Ltd (hand car washes x6). Staff recruited from Punjab via agent, each paid the agent INR 1.5 lakh. On arrival PATEL told them the cost was higher and they must work for free for 6 months.",
  "DEC DB WW", "uf", "L", "h")
T("Elderly Filipino carer in private home in Kensington: referred by neighbour because she never leaves the house. Visited: she has days off on Sundays, goes to church, has her own phone and passport. Neighbour misunderstood. NFA.", "", "", "", "l")
T("Live kidney donation coordinator: potential donor (unrelated, Moldovan) presented with recipient (UK businessman). Donor unclear on how they met, recipient paid her flights. Human Tissue Authority alerted; transplant stopped pending inquiry.",
  "AV", "", "O", "m")
T("Public online report: MY NEIGHBOUR KEEPS GIRLS IN THE HOUSE AND MEN COME ALL HOURS!!! police never do nothing!!!! the girls dont speak english and there is a man who sits in a car outside all day watching",
  "", "", "S", "h")
T("Stop check: VRM LR21 TKX, Mercedes Sprinter, 12 occupants (Romanian) en route to a packhouse at 05:10. Driver states each pays £12 a day for the lift deducted from wages by the gangmaster. Workers' details taken, GLAA notified.",
  "", "ct cedl", "L", "m")
T("Domestic incident: verbal argument between married couple over finances, no injuries, no children present. DASH standard. No further action.", "", "", "", "l")
# ---- batch 3
T("Caseworker (Hope for Justice): client, 26M Romanian, recruited at a bus station in Craiova for 'factory work with accommodation'. Worked at a sandwich factory in Northampton through an agency. The recruiter's wife opened his account and kept the card and PIN. He was told the £1,800 debt for the van journey and the first month's rent were 'still there' whenever he asked. He lived with 9 others in a terraced house and slept on the floor in the lounge.",
  "DEC WW DB AC", "ncw oa", "L", "h")
T("Intel: nail bar on High St Chatham open 9-9 seven days, same two girls always there. Believed to be Vietnamese, under 18 possibly. No further detail.",
  "EO AV", "lh", "L", "h")
T("Handover: IP (Albanian, 17) reported missing from foster placement in Kent. Believed to have been collected by a man in a black Audi. Previously disclosed owing '€15,000 to the people who brought me'. High risk of re-trafficking.",
  "AV DB", "", "", "i")
T("Member of public: van with Irish plates and 3 lads offering tarmac on driveways, one of them looked really rough, like he hadn't eaten or washed in days, and the older man was shouting at him. Lad said he sleeps in the van.",
  "AC", "pa saw", "L", "m")
T("Hotel housekeeping: the agency pays us per room, £1.50 a room, and if we don't finish 20 rooms we do not go home. They take £150 each month for the 'agency house'. My supervisor keeps my residence card since the first day.",
  "RD EO", "dt lh", "L", "m")
T("Theft from motor vehicle, Albert Road. Sat nav taken. No witnesses. Crime number issued.", "", "", "", "l")
T("INT 2/B/P: Brothel operating at 7 Queen's Rd, Southend. 4 Romanian females, controlled by ION Marius. Females do not hold their own ID. ION collects all money daily, females given £20 a day. Females escorted to the shop by ION's partner.",
  "RD WW ROM", "dt ncw et rm", "S", "h")
T("Op WAVELENGTH (GLAA-led) at two Lincolnshire packhouses: 340 workers spoken to. 6 referred into NRM with indicators of debt bondage (recruitment fees of €600-€900 repaid through deductions). Remaining workforce no concerns. Labour provider licence revoked.",
  "DB", "uf", "L", "m")
T("Request for info: Met SCD9 seeks any intel on the website 'euro-angels-escort' listing women in Croydon, Sutton and Kingston with changing names and the same mobile number 07700 900461.",
  "", "", "S", "h")
T("Counter-fraud: 3 identity documents in the names of Bulgarian nationals used to register 28 delivery-rider accounts; riders are recruited on WhatsApp and pay £120 a week to 'rent' the account. Account holders say they never meet the riders. Referred for fraud only.",
  "", "", "", "l")
T("A 16 year old boy from Vietnam was found in a lorry trailer at Dover with 8 adults. He says the 'snakehead' told him he would work in a nail salon to pay his parents' debt of $30,000. Placed with Kent CSC.",
  "AV DB", "", "L", "h")
T("School nurse: Y8 girl (12) disclosed her mother's boyfriend takes her to 'parties' where men give her drinks and touch her. She said he told her if she tells anyone her mum will go to prison.",
  "AV PSV IT", "", "S", "i")
T("GLAA: tree-planting gang in Scotland - workers pay £35 a week for tent space, transport to site deducted, PPE charged. Workers sign contracts, paid NMW to own bank accounts, passports held by workers. Advisory letter to provider.",
  "", "ct ppe", "", "l")
T("Female calls 999 whispering, says her husband's brother hit her and she's locked in the back bedroom. She came from Bangladesh on a spouse visa 3 months ago and they make her cook and clean for the whole family. Units on blue lights.",
  "PSV ROM", "rm", "D", "i")
T("Mental health liaison: 40M British, homeless, says a man he met at the soup kitchen gives him a bed in a caravan and he works on block paving jobs every day. Not paid, 'gets his tobacco and food'. Says he has 'nowhere else to go'.",
  "AV WW AC", "saw", "L", "h")
T("Weekly digest item: The National Crime Agency launched a new awareness campaign with the Road Haulage Association on clandestine entry.", "", "", "", "l")
T("INT 3/D/P: Unverified claim via Crimestoppers that the Thai massage shop on Rose St employs trafficked women. Visit by neighbourhood team: 3 therapists, all UK residents with licences, no sexual services evident, no concerns found.", "", "", "", "l")
T("Account of victim (transcribed): We were twelve in a room, no window, and the manager would count us in at night. If someone was late the whole room had no food. He said 'if you go to police they send you to Eritrea'. Work was in the bakery factory from 4 in the morning.",
  "AC ROM IT AV", "oa foa rm", "L", "h")
T("Local authority: concern raised that a foster child (15M, UASC from Sudan) has been going to a barber shop after school where he is paid £10 to deliver 'packages'. Police informed, return home interview.",
  "AV", "", "C", "h")
T("Fire service: small kitchen fire at a flat above a nail salon in Bolton. 6 women found asleep in one bedroom, mattresses on floor. All in their 20s, Vietnamese. Said the owner lets them stay free. Referred to police for welfare check.",
  "", "oa saw", "", "l")
T("Victim said he was promised work as a chef at a restaurant in Cardiff. It was a takeaway, he worked 14-hour shifts with no days off for 8 months, sleeping in the loft above. The owner's son took his passport 'for the visa extension' and never gave it back.",
  "DEC EO RD", "lh saw dt", "L", "h")
T("Court outcome: Birmingham CC - ZAMAN (44) convicted of forced labour of 3 men with learning difficulties recruited from a homeless shelter to work at his recycling yard. Men lived in a shed, were unpaid and were beaten with a hose pipe when they asked to leave.",
  "AV WW AC PSV ROM", "saw plc rm", "L", "h")
T("Bank alert: account of elderly customer (82F) receiving regular payments from a young man who says he is her carer; she says he is 'a lovely boy'. Referred to adult safeguarding for financial abuse review. No exploitation under MSA indicated.", "", "", "", "l")
T("Snapchat report to CEOP: 14M from Kent recruited online to 'earn £200 a day' carrying bags to Margate. Now says the 'olders' took his phone and he's stuck in a flat he doesn't know the address of.",
  "AV DEC ISO ROM", "iso rm", "C", "i")
T("Care worker from Zimbabwe: 'When I arrived the agency said my salary would be £1,900. After they take the housing, car, training repayment and the sponsor fee, I get £180. They said I cannot work for anybody else or they tell the Home Office to cancel my visa.'",
  "DEC WW IT", "ncw", "L", "h")
T("Report: man outside Tesco Extra in Slough begging every day from 8 to 8, gets dropped off and picked up in a silver Skoda by the same two men. Looks frail and has one leg.",
  "AV EO", "cedl lh pa", "C", "m")
T("Housing: tenant (British, 28F) complains landlord keeps her deposit. Civil matter. Signposted to Shelter.", "", "", "", "l")
# ---- batch 4 (long items)
T("""WEEKLY DIGEST - WEST MIDLANDS ROCU

1. Op BRACKEN (Wolverhampton): warrant at a hand car wash on Dudley Rd on Tuesday. Eight men present, all Romanian. Two arrests for s1 MSA. The workers slept in two caravans behind the wash with no running water and used the car-wash hose to wash. Each man had handed his identity card to the manager 'for the payroll' and none had seen it since. They were paid between £15 and £25 a day and worked from 7am until the light went. Four accepted NRM referral, four declined and were signposted.

2. Op FENCHURCH: intelligence request from Staffs re a Toyota Prius, VRM FD68 PLK, seen at several of the same car washes; no trace yet.

3. Training: the next first-responder NRM course is on 14th, places still available.""",
  "AC RD WW EO", "saw plc dt lh", "L", "h")
T("""Debrief (interpreter present, Vietnamese). She says that she is 17. She says that a woman in her commune told her mother there was work in a restaurant in England and that the family borrowed 200 million dong for the journey. She travelled through Russia and France, mostly in lorries, and she says that the men who moved her took her phone at the start and she did not speak to her mother for five months.

She says that in England she was taken to a house where there were plants growing in every room. She was told to water them and to never open the curtains. The door was locked from outside and a man came twice a week with rice and noodles. She says that once she tried to climb out of the bathroom window and the man found out and hit her with a belt. He told her that if she ran away her mother would lose the house.

She was found when police attended after a neighbour reported the smell. She had no possessions except the clothes she wore.""",
  "AV DEC DB ISO ROM PSV IT AC", "iso rm fpe", "C", "h")
T("""Safeguarding referral - Adult Social Care, Leeds

Referrer: District nurse

Concern: Mr T (68, British, lives alone, early dementia) visited for leg ulcer dressings. On the last three visits a different man has answered the door and said he is 'the nephew'. Mr T's neighbour says several men now stay at the property and cars come and go late at night. Mr T was found in the back bedroom with the heating off; he said he isn't allowed in the front room when 'the lads have guests'. Kitchen had no food. He told the nurse he 'gave his bank card to Dean to get the shopping' and doesn't know where it is.

Assessment: possible cuckooing and financial abuse. Police welfare check requested.""",
  "AV ROM AC", "rm plc ncw", "C", "h")
T("""Court summary - Operation ELDER, Nottingham Crown Court

The prosecution said the defendants, a married couple, brought a woman from a village in Tamil Nadu to work in their home in West Bridgford on the promise of a salary of £500 a month and English lessons. She received neither. For nine years she cooked, cleaned and looked after their three children, working from 5.30am until the family went to bed, and she slept on a mat in the utility room. She was allowed out only to take the children to school and was told that the police in England would put her in prison because her visa had expired. Her passport was kept in the husband's briefcase. The jury heard she once asked to phone her sister and was slapped. Both were convicted of holding a person in servitude and will be sentenced next month.""",
  "DEC WW EO AC ROM IT RD PSV AV", "lh saw plc rm foa dt", "D", "h")
T("""GLAA compliance inspection report (summary)

Licence holder: Fenland Fresh Staffing Ltd. Sites visited: two packhouses near Spalding, one accommodation block.

Findings: workers interviewed (n=34) in Romanian, Bulgarian and Lithuanian with interpreters. All held their own identity documents. All paid by BACS to accounts in their own names; payslips checked against hours. Working time: 40-48 hours, opt-outs signed voluntarily. Transport provided free of charge. Accommodation was clean, 2 persons per room, with written tenancy agreements and rents below the accommodation offset. No fees charged for work-finding services.

One worker raised that his holiday pay had been calculated wrongly; the provider corrected this during the inspection.

Outcome: Compliant. No indicators of forced labour or exploitation identified. Next inspection in 24 months.""",
  "", "", "", "l")
T("""Weekly partner update - Bawso / Welsh anti-slavery network

- Two new clients this week. Client A (F, 31, Albanian) came via a boyfriend who 'organised everything'; she was kept in a flat in Newport and advertised online. She says he took all the money and beat her when she 'didn't earn enough'. She is now in safe-house accommodation.
- Client B (M, 52, Welsh) was referred by a food bank. He had lodged with a family who run a tarmac business and worked for them for years, sleeping in a shed, being given food but no wages. He says he is 'scared to go back but has nowhere else'.
- Funding: the network has been awarded a one-year grant for outreach in rural Powys.
- Reminder: annual conference 21 March.""",
  "ROM WW PSV AV AC", "rm ncw saw", "S L", "h")
T("""INT LOG 2/A/P

Subject: KOWALSKI, Piotr (DOB 22/08/1981)
Address: 112 Milton St, Wisbech PE13

Source reports KOWALSKI meets Polish men off coaches at Victoria and offers them work 'in the fields' with a room. Men are brought to Wisbech and housed in 2 HMOs he rents. On day one he takes passports 'to register with the agency' and keeps them. Wages are paid into accounts he opens, he holds the cards, and men receive £50 cash on Fridays. Men who drink or complain are told they owe him for the coach, the room and the 'registration', amounts of £800-£2,000 that do not go down. One man who left last month was found and assaulted in a car park. Source states men are frightened and will not speak to police.

Recommend: intelligence development, GLAA liaison, consider ATM analysis on Wisbech Horsefair.""",
  "RD WW DB PSV IT AV", "dt ncw mbc foa", "L", "h")
T("""Victim account, written by the victim in English (spelling kept): I come to UK 2019 with my husband family. They say I will study and work in the shop. I never go school. In the morning I make breakfast for 9 person, I clean, I wash, I look the grandmother who is sick, every night I sleep at 1 oclock. If I sit down my mother in law say I am lazy and she pulling my hair. My husband say if I tell somebody he divorce me and my family in Pakistan will be shame and I will have to go back with nothing. I dont have my passport, his brother keep it. I dont have phone, only I can call my mother on Eid with them listening. I went one time to hospital and the doctor asked me alone and I told her.""",
  "DEC EO PSV IT RD ISO AV", "lh dt iso", "D", "h")
T("""Op VENTURE - interim report to Gold

Premises: 19 Carr Lane, Hull (ground-floor flat) and 3 Ferensway units.

Summary: The operation targeted an organised group supplying crack cocaine and heroin from London into Hull. Five juveniles (15-17) from Lewisham were recovered from two trap houses. All had been reported missing in London. Phones recovered show instructions from 'Dotty' setting quotas; texts include threats such as 'you lost my food, that's 3 bags you owe, pay it or your little bro gets it'. One juvenile had a wound consistent with a knife. Juveniles told officers they were 'working off' money for drugs that had been 'robbed' - the group is suspected of staging these robberies.

The vulnerable adult tenant at Carr Lane (59M, heroin dependent) was given drugs in return for use of his flat.

Safeguarding: NRM referrals x5, all returned to London with escorts.""",
  "AV DB IT PSV", "", "C", "h")
T("""101 call summary - 18:42

Caller (Mrs H) reports that a young man has been sitting outside the petrol station on Chester Rd selling the Big Issue for three days. She thinks he looks too young and wants someone to check he is OK.

Update 19:30: PCSO attended. Male is 24, Romanian, has been a registered Big Issue vendor for a year, lives in a shared house in Moss Side with his partner, has his own ID and phone. Happy and chatted about football. No concerns. Caller updated.""",
  "", "", "", "l")
T("""Briefing note: organ trafficking awareness (Home Office / NHSBT)

Last year there was one UK prosecution for conspiracy to arrange organ trafficking under s2 MSA: a Nigerian senator and his wife arranged for a 21-year-old street trader from Lagos to come to London for a kidney to be taken for their daughter, telling him he would get work and be paid. The young man had not understood that he was to donate; the scheme was discovered when he disclosed at the Royal Free that he didn't want the operation. All staff in renal units should be alert to unrelated donors who cannot explain the relationship, who are accompanied by the recipient's family at all times, or who appear not to understand the procedure.""",
  "DEC AV", "", "O", "m")
T("""I am from Sudan. In Calais a man said his friend in England has a farm, work and house. He said it cost nothing now, I pay later from salary. In England they put me in a caravan with five men, it was very cold, no toilet, we went in the field. They took us to pick leeks in the dark, 5 o'clock, back 8 o'clock at night. After one month I asked for money, they said first you pay the boat, £5,000, then we pay you. Nobody give me money for eleven weeks. The boss said if I go, the police will catch me and put me in the prison because I have no papers, and that he knows my cousin in Birmingham.""",
  "DEC AC EO DB WW IT AV", "oa plc cedl lh foa", "L", "h")
T("""Monthly bulletin - Modern Slavery Partnership

NRM referrals from local first responders (October): 27. Of these: 9 adult labour (car washes 4, construction 3, agriculture 2), 8 criminal (county lines 7, cannabis 1), 6 sexual, 3 domestic servitude, 1 unknown.

Positive Reasonable Grounds decisions: 24. Duty to Notify forms submitted: 11.

News: the council's procurement team has added modern-slavery clauses to its cleaning contracts; suppliers must now evidence right-to-work checks and pay at least the Real Living Wage. A local hotel group has been praised by GLAA for training housekeeping supervisors to spot the signs.

Next meeting: 9 December, Council House, Room 4.""",
  "", "", "", "l")
# ---- batch 5
T("lads at the car wash on Leek rd pay for there own gloves and wellies out there wages, boss told me", "", "ppe", "L", "m")
T("INT 2/B/P: TRAN Thi Lan runs nail bar 'Glamour Nails' Ashford. Staff collected from a flat in Maidstone 07:15, returned 21:30. TRAN retains staff passports.", "RD EO", "cedl dt lh", "L", "m")
T("Shop theft, 2 bottles of whisky, suspect known local male, arrested.", "", "", "", "l")
T("Victim says he was not allowed to phone home, the boss took the SIM out of his phone on the first day.", "ISO", "iso", "", "m")
T("Caller: girl in the flat upstairs, maybe 16, a different man visits every hour, she told my daughter she can't leave until she pays for her flight.", "AV DB ROM", "rm", "S", "i")
T("Organ trade intel (NCA): Facebook group offering '£40,000 for a healthy kidney, surgery in Turkey, travel paid' targeting Pakistani nationals in debt. Two UK-based recruiters identified. One man from Bradford travelled and returned with a nephrectomy scar; he says he received £3,000 not the promised sum.",
  "DEC AV", "", "O", "m")
T("Airport (Stansted): young Romanian woman travelling with older man who holds both passports and her boarding pass, answers every question for her. She appeared frightened. Spoken to alone: says she is going to work for 'his friend's club' in Leeds. Safeguarding referral made, she declined support.",
  "RD", "dt sfw foa", "S", "h")
T("PC handover: call from Lidl security - man (40s, Lithuanian) caught taking food, says he works on a farm and hasn't been paid in 6 weeks because the gangmaster 'keeps it for the rent'. Lives in a caravan with 7 others. Gave details of site. Referred to GLAA and MSHT team.",
  "WW AC", "oa ncw", "L", "m")
T("Report via Crimestoppers: the cannabis factory on Lodge lane was raided last year and now theres people back in there, windows blacked out, someone dropping food off on Sunday nights, never see anyone come out",
  "ROM ISO", "rm iso", "C", "m")
T("Restaurant licence review: Indian restaurant in Bath - 2 chefs on skilled worker visas. Both confirm pay of £30k, normal shifts, own accommodation, passports at home. Visa paperwork incomplete - referred to Home Office compliance only.", "", "", "", "l")
T("Me and three other girls in house in Bucharest, he said we go to England to work in a bar, good tips. When we arrive Birmingham he said there is no bar, you will work on the internet and with clients. He put our photos on the site. He keep all the money, he says he keep it for us to buy house in Romania. He hit Elena when she cry.",
  "DEC WW PSV", "ncw", "S", "h")
T("Safeguarding (school): 17M, Y13, works weekends at his uncle's takeaway. Says he likes it, paid £80 for two shifts, home by 11pm. Teacher concerned only about tiredness in class. No exploitation concerns, advice given.", "", "", "", "l")
T("Children's services: 11-year-old girl, recently arrived from Nigeria, living with 'aunt' who is not related. Not enrolled in school. Neighbour sees her carrying shopping and hanging washing all day, 'she looks like a little maid'. Girl was seen with a burn on her forearm.",
  "AV AC", "pa", "D", "h")
T("Intel request: Police Scotland seeking info on Filipino crew working on Scottish prawn trawlers under transit visas - reports that crew are confined to vessels and paid $300 a month via a Manila agency which keeps deductions.",
  "ROM WW", "rm ncw", "L", "m")
T("Op NIMBUS (Bristol): Saturday visits to 4 nail bars. 1 bar (Fishponds Rd): 2 females 16 and 17 found working, no school, living with the owner who 'looks after their money'. Both taken into police protection. Other 3 bars no concerns.",
  "AV WW", "ncw", "L", "i")
T("NRM note: The Home Office has published the annual statistics. UK nationals remain the most referred nationality, followed by Albanian and Eritrean nationals. Child referrals continue to be dominated by criminal exploitation.", "", "", "", "l")
T("Caseworker note (Medaille Trust): client (Indian, 44M) worked for a construction contractor in Leicester. Paid £2,000 to an agent in Punjab. Lived in a portakabin on the building site, worked 12 hours, seven days. When he fell and broke his wrist he was told to keep working or lose his job. Not allowed to see a doctor for two weeks.",
  "EO AC", "uf saw lh pa", "L", "m")
T("Report: big bloke always speaks for the polish lads at the church on sunday, they never say a word to anyone, he's got all their bank cards in a bumbag i saw it",
  "WW", "sfw mbc ncw", "L", "m")
T("ASB: youths throwing stones at buses on route 56, Crime Prevention Officer informed. Nothing further.", "", "", "", "l")
T("Victim debrief: 'I was told I would be a model for Instagram and live in a nice flat. The photographer was the same man who later said I had to sleep with men he sent. He said he has videos of me and he will send them to my father in Tirana if I do not obey.'",
  "DEC IT", "", "S", "h")
T("A&E note: 31M, Romanian, with crush injury to left foot from forklift at a recycling yard. Brought in by a man who refused to leave, insisted on interpreting and said the patient 'has no address'. Patient had no phone, no wallet, no ID. Clothing dirty and patient underweight. Security informed, police called.",
  "", "sfw fpe pa", "L", "m")
T("Forced marriage unit: 17F British-Bangladeshi told by her parents she is going on holiday to Sylhet; friend reports she is to be married to a cousin. Passport kept by father. FMPO sought.",
  "AV DEC RD", "dt", "", "h")
T("Intel 2/B/P: 'Mama Joy' (Nigerian, 50s) controls women selling sex in Sheffield saunas via juju oath. Women told they will die if they break the oath or talk to police. Each owes €35,000.",
  "IT DB", "foa", "S", "h")
T("Welfare visit to a hand car wash (Coventry) following public report: staff employed through payroll company, payslips seen, living in own rented accommodation. Long Saturdays (10 hours) but days off in week. No concerns.", "", "", "", "l")
T("Shes my friend from college and her stepdad makes her do all the house work and look after the little ones and won't let her have a phone or see us after school. Shes not allowed to go on the school trip. idk if thats slavery or just strict??",
  "ROM ISO", "rm iso", "", "m")
T("Officer note: Stop of VRM YC66 HNF on M1 J32, driver (Slovak) with 6 passengers. Passengers (Slovak Roma) said they work at a food factory in Sheffield. Driver holds a folder of their ID cards and bank cards, says he 'does their paperwork'. Passengers would not speak in his presence.",
  "RD", "dt mbc sfw et", "L", "m")
# ---- batch 6
T("""Intelligence summary - Op LANTERN (Kent / Met / NCA)

Background: Since June, intelligence has built around an Albanian-led network running pop-up brothels in short-let flats in Canterbury, Maidstone and Bromley. Women (Romanian and Albanian, 19-26) are moved every 4-7 days. Advertising is on two adult sites with rotating phone numbers.

Latest: Surveillance on 12 November showed a driver (VRM GN20 XYR) moving two women and a suitcase between flats at 02:00. Test purchase officers report the women speak little English, do not know which town they are in, and the 'receptionist' (male) takes all payments by card reader. One woman had a bruise around her eye she tried to cover. Flats had no food apart from energy drinks and crisps.

Financial: 37 bank accounts in the women's names linked to one phone; cash withdrawn in Tirana.

Next steps: warrants planned for 28 November, reception centre and interpreters booked.""",
  "ISO WW PSV", "iso et ncw mbc pa cedl", "S", "h")
T("""Officer statement (extract): On arrival at the address at 06:05 I knocked and announced police. A male opened the door. In the front room I saw four single mattresses on the floor, two suitcases and clothing hanging on a line across the room. Three males were asleep. I spoke to one of them, who gave his name as Mihai. He told me he works at a chicken factory through an agency and pays £60 a week to the landlord. He said he chose to live here because it is cheap and near the bus. He had his passport and showed me his bank app with his wages going in. The other two males gave similar accounts. I did not identify any indicators of exploitation; I informed the council of the overcrowding.""",
  "", "oa", "", "l")
T("""Victim account (Polish, translated):

In Poland I had no home since my divorce and I was drinking. A man at the station in Poznań said I could earn good money on building sites in England, and he paid the bus. In England they drove us to a house in Kidderminster. There were fourteen men. The leader, Marek, took our dowód (ID cards) 'to register us' and we never saw them again. He took us to the bank to open accounts, and he kept the cards.

We worked on different sites, demolition, stripping out buildings, sometimes six in the morning to ten at night. He gave us £20 a week and tobacco. When I said I want to go home he said I owe him for the bus, the house and the food, more than £1,500, and if I go to police nobody will believe an alcoholic. Another man who argued was beaten in the garden with a spade in front of us. I left when a woman at the food bank gave me a card with a number.""",
  "AV DEC RD WW EO DB IT PSV AC", "oa dt mbc ncw lh", "L", "h")
T("""School safeguarding log - DSL entries (Year 9)

Mon: R (14M) absent. Mum says sleeping at cousin's.
Tue: R back, new North Face jacket and two phones. When asked, says 'I'm working for someone'.
Wed: R seen being picked up at the gate by a man in a grey Golf at 15:15. Car drives off fast. R told a TA he has to 'go country' this weekend and can't say no because 'they know where I live, they know my little sister'.
Thu: Referral to MASH and police. R has a fresh cut on his hand, says he fell.

Outcome: strategy meeting held, NRM referral, exploitation disruption plan.""",
  "AV IT", "", "C", "h")
T("""Press summary: Wisbech gangmaster jailed

A gangmaster who controlled Latvian workers on farms around Wisbech has been jailed for six years. The court heard he met the workers off flights at Stansted, confiscated their passports and moved them into houses he owned, where up to sixteen slept in rooms without heating. Workers were charged £60 a week each for a bed, £10 a day for transport to the fields and £30 for waterproofs and gloves. Wages were paid into bank accounts the gangmaster controlled, and workers were given between £20 and £40 a week in cash. The judge said he had 'treated human beings as commodities'.""",
  "RD AC WW", "dt oa plc ct ppe ncw", "L", "h")
T("""Call summary (101, 20:11) - caller says her elderly father's live-in carer is from the Philippines and 'never gets a day off'. Caller is worried after a programme on TV.

Officer follow-up: Visited. Carer (52F) is employed by a registered agency, works a rota with a second carer who covers weekends, has her own room with a lock, her own passport and phone, and sends money home from her own account. She said she likes the family. No indicators, caller reassured.""",
  "", "", "", "l")
T("""Caseworker note (Migrant Help): client is a 23-year-old Eritrean man. He crossed by small boat and was dispersed to Stoke. A man from the mosque offered him cash work at a car wash while his asylum claim was pending. He worked there for four months, 8am to 7pm, six days. He says the owner paid him £150 a week cash and once shouted at him for being late, but he could come and go, kept his phone and documents, and left when he got a better job. He asked us whether he will be in trouble for working. Advice given on asylum conditions; no trafficking indicators identified, no NRM.""",
  "", "", "", "l")
T("""Handover note, DC ASHWORTH to DS REID:

- Job 1: 'Polish lads at the fishing lakes' - spoke to both, they're seasonal bailiffs employed properly, no issues, closed.
- Job 2: Sauna on Dock St - intel says girls are brought in from Glasgow and never leave the premises; owner known for violence. Need to meet GLAA and licensing Thurs.
- Job 3: DV job, Flat 3 Mill Court - victim doesn't support. Nothing MSHT.
- Job 4: Reported missing Vietnamese teen (15) from Kent placement believed seen at a nail bar in Hull. Urgent - checks today.""",
  "ROM AV", "rm", "S L", "h")
T("""WhatsApp message forwarded by a church member: 'Pastor pls help my sister Grace she is in London with a family she came to look after their baby. She says they took her passport at the airport and she work from 5 till midnight, they pay nothing they say the money goes to our mother but mummy has received nothing for 1 year. Madam beats her when baby cries. She is not allowed to go out. She stole phone from the kitchen to message me.'""",
  "RD EO WW PSV ROM DEC", "dt lh ncw rm", "D", "h")
T("""Weekly digest - items in brief

- Humberside: GLAA and police visited 5 car washes on Holderness Rd. No exploitation found; one site had no washroom for staff - referred to HSE.
- Cleveland: conviction of a woman for controlling prostitution for gain (adult, consensual arrangement, no trafficking charge).
- Lancashire: a force campaign for taxi drivers to spot CSE, 400 drivers trained.
- Devon: a Romanian man reported to have been found sleeping in a barn; it turned out he was a walker who missed the last bus.""",
  "", "", "", "l")
# ---- batch 7
T("No sign of anyone being held against their will at the premises; all 6 staff spoken to separately, all local residents.", "", "", "", "l")
T("INT 3/C/P: males at farm on Marsh Lane brought in with just a carrier bag each, no phones.", "ISO", "fpe iso", "L", "m")
T("she says she can leave whenever she wants and goes home to her own flat after her shift at the salon", "", "", "", "l")
T("He said he would have taken her passport if she had tried to leave, but she never tried and she kept it throughout. Her account is of a bad employer, not of force; pay was late twice but always paid in full.", "", "", "", "l")
T("Victim was made to sleep with the cousins who visited and was told she was 'part of the rent'.", "PSV", "", "S", "h")
T("The girls at the nail shop on Market st have no phones the boss collects them at the start of the day and gives them back at night. He drives them home.", "ISO", "iso et", "L", "m")
T("Housing association: new tenant (Eritrean, refugee status) says he paid £300 to a man to help him find a flat, now paying rent to housing association direct. No ongoing contact with the man. Advice only.", "", "", "", "l")
T("Surgery abroad: patient (57F) returned from Pakistan with a transplanted kidney bought from a 'donor' arranged by a clinic. She says the donor was a young labourer who was paid. Transplant team informed HTA; patient is a recipient, not a victim.",
  "AV", "", "O", "m")
T("Debrief: 'They bring me to the clinic in Istanbul and say it is only a blood test for the job. When I wake up there is pain and a bandage. The man said I sold my kidney and they gave me $2,000 and told me if I talk to police in England they will tell them I am criminal.'",
  "DEC IT", "foa", "O", "m")
T("CSE intel: 3 girls from a children's home in Stockport (14, 15, 15) collected at night by men in taxis, taken to a flat in Oldham and given alcohol and weed. One girl disclosed she was raped there.",
  "AV PSV", "cedl", "S", "h")
T("MP office letter: constituent asks what the council is doing about modern slavery in supply chains. Response drafted by policy team with reference to s54 statement.", "", "", "", "l")
T("Intel (Border Force Coquelles): 2 Vietnamese teens found in the back of a furniture lorry with only the clothes they wore and a piece of paper with a UK phone number. Both refused to say who arranged the trip.",
  "AV", "fpe", "", "h")
T("He says that the boss would hold his money 'in the safe' until the end of the season and then pay all at once, but the season ended and the boss told him to come back next year for it.",
  "WW", "ncw", "L", "m")
T("Gangmaster takes £35 a week off each worker for the minibus to the mushroom farm, and £25 for boots and overalls. Workers say they have no choice, he drives everyone.",
  "", "ct ppe et", "L", "m")
T("Child of 9 seen begging with a woman at Piccadilly Gardens most days, child shoeless, woman takes the cup each time someone gives money.",
  "AV", "pa", "C", "h")
T("Nagyon fáradt vagyok. (Translated from Hungarian, debrief): I am very tired. Fifteen hours in the sorting line, then we clean the machines. No Sunday. The Roma man who brought us stands at the gate and he does not let us go to the town.",
  "EO ROM", "lh rm", "L", "m")
T("Employer (dairy farm, Cheshire) called GLAA helpline to check his responsibilities before taking on two Ukrainian workers. Advised on pay, accommodation standards and documents. Good practice noted.", "", "", "", "l")
T("Report of a woman knocking on doors in Walthamstow at night asking for help. Says she ran from a house where she cooked and cleaned for a family for two years, was locked in when they went out, and never got paid. She had no shoes and no coat.",
  "ROM WW", "rm pa fpe", "D", "m")
T("INT 2/B/P: Chinese national LI Wei, operates 6 massage parlours in Glasgow and Edinburgh. Women housed in the parlours themselves, moved every fortnight. Women's passports held by LI's wife 'for visa renewal'. Women told they owe 300,000 yuan for their visas.",
  "RD DB", "saw dt", "S", "h")
T("Victim states (via Amharic interpreter) that the employer locked her in the flat in Knightsbridge whenever the family travelled, leaving bread and water. She had to clean all day, slept on the floor in the children's room, was never paid, and her phone was taken 'because it distracts you'.",
  "ROM EO WW ISO AC", "rm saw iso lh", "D", "i")
T("Two shops in one street report theft by the same group of Romanian teenagers. Store detectives say an older man waits in a car outside and the children hand him the bags. Children appear fearful of him.",
  "AV", "", "C", "h")
T("NRM note: 'Duty to Notify' forms from this force have fallen 30% since the introduction of the new online form. Training reminder issued.", "", "", "", "l")
T("u need to check the flat above the barbers on mill rd theres young lads there from london sellin brown and white, local lad (hes got problems, autism i think) lives there but they make him sleep in the bath and took his phone",
  "AV ISO AC", "iso", "C", "h")
T("Construction site visit (HMRC/GLAA): 12 Romanian labourers paid via umbrella company, some complaints about umbrella margin deductions but pay reaches their own accounts and is above NMW. Workers live in own rented flats. No exploitation indicators. Referred to Employment Agency Standards.", "", "", "", "l")
T("A Slovak man asleep in a doorway told outreach staff he came for a job at a factory that did not exist; the man who brought him took his ID card and then disappeared. He is now street homeless and wants to go home.",
  "DEC RD", "dt", "", "m")
T("The Albanian boys in the grow were told the police would put them in prison for 20 years if caught, so they should run when anyone came.", "IT", "foa", "C", "m")
T("Sauna inspection (licensing, Leeds): 5 women, all over 25, all said they rent rooms and keep fees. One, however, said her 'boyfriend' takes her money every night and she has bruises on her neck. She accepted support.",
  "WW PSV", "ncw pa", "S", "h")
T("Call: man says his brother-in-law's cousin, who arrived from India last month, works in the family's shop 7am-11pm every day and sleeps in the back storeroom. Says the family 'are good people' and he gets meals, but no wages 'until his visa is sorted'.",
  "EO WW", "lh saw", "L", "m")
T("Immigration enforcement visit to a takeaway in Middlesbrough: 2 workers with no right to work arrested. Both say they are paid £7 an hour cash and live with friends; no indicators of coercion. Civil penalty for employer.", "", "", "", "l")
T("Intelligence request: GMP seek info on email accounts recruiting women for 'hostess work in UK hotels, free flights' on Ukrainian job boards. One victim recovered, told on arrival she must sell sex to pay the 'travel fee'.",
  "DEC DB", "", "S", "h")
T("Victim account (English, own words): my boyfriend he said i am his girl and i have to do it to help us, he take me to the men in cars, i am 15. he take all money. he said if i tell my social worker he kill himself and it be my fault.",
  "AV WW IT", "ncw", "S", "h")
T("Prison note: foreign national prisoner (Vietnamese, 20) serving for cannabis cultivation tells chaplain he was forced to work in the grow and the gang still calls his family in Vietnam demanding money.",
  "IT DB", "", "C", "m")
T("Man at bus station asking people for money every morning says hes from Romania and a man takes his money at night and gives him a bed in a van. hes got a bad leg",
  "AV WW AC", "pa", "C", "h")
T("Kidney for sale: Instagram account advertising 'kidney donors wanted - up to £70k, all paid, operation in Iran' reported by member of public. Account removed, no UK victim identified.",
  "", "", "", "l")
# ---- batch 8
T("""Debrief - Slovak female, 29 (interpreter: Mrs K). 

She says that her cousin's husband offered her a cleaning job at a hotel in Sheffield and said she could bring her son later. She paid him €400 for the 'agency registration'. When she arrived there was no hotel job. She was taken to a house in Page Hall where another family lived and she had to clean their house and two other houses belonging to relatives, and mind five small children. She says that she did not know the name of the street and was never given a key. The woman of the house kept her ID card and her phone 'so she would not be homesick'. She was given food but no money; the cousin's husband said her wages were being sent to her mother, but when she finally called her mother from a neighbour's phone, her mother had received nothing.

She says that the man once pushed her down the stairs when she asked to go home.""",
  "DEC ISO RD WW PSV ROM", "uf iso dt ncw rm", "D", "h")
T("""Crimestoppers report (verbatim): THERE IS A CHINESE TAKEAWAY ON HIGH ST WHERE THE LAD IN THE KITCHEN IS NEVER LET OUT!!!! i deliver there every day and hes always there 7 days a week even xmas day, sleeps on a camp bed by the freezers, boss shouts at him constantly and once i saw him get a slap. he told me in broken english he gets no money because he owes the boss for coming to uk. SOMEBODY DO SOMETHING""",
  "ROM EO PSV DB WW", "rm lh saw", "L", "h")
T("""NRM statistics note - internal (Analyst, Q2)

Adult referrals: 188 (labour 71, sexual 39, criminal 28, domestic servitude 17, mixed/unknown 33).
Child referrals: 142, of which criminal exploitation 104 (county lines 86).
Top nationalities (adult): UK, Albania, Romania, Vietnam, Eritrea.
Reasonable grounds positive 87%; conclusive grounds positive 62% of decided.

Analyst comment: the increase in adult labour referrals is mostly due to Op ORCHARD (agriculture). Care-sector referrals remain low but rising; recommend engagement with the sponsor-licence team. No exploitation details contained in this note.""",
  "", "", "", "l")
T("""Officer handover - night turn

1. Flat 6 Bramble House: cuckooing concern. Tenant (41F, heroin user) says two lads from Liverpool have been 'staying' for a week and she can't get them out. She sleeps in the bathroom with the door locked. They pay her in gear. Referred to ASC, closure order considered.
2. Theft of bike from Sainsbury's rack - no leads.
3. Report of a boy (about 15) selling drugs from the flat - ties in with item 1, to be confirmed.""",
  "AV AC", "", "C", "h")
T("""Debrief (Filipino fisherman, English): 'The agent in Manila, I pay him 60,000 pesos for placement. They tell me $1,200 a month. On the boat the skipper says I am on transit visa so I cannot go ashore, if police see me I go to jail. We fish 20 hours, sleep four. Food is only rice and fish heads. My salary goes to the agency and they send my wife $400 only. When I hurt my hand with the winch no doctor, only tape.'""",
  "DEC ROM IT EO WW AC", "uf rm foa lh ncw", "L", "h")
T("""Hospital safeguarding referral:

Patient: 24F, Romanian, 18 weeks pregnant, attended the maternity assessment unit with abdominal pain.
Accompanied by: male, 30s, stated 'boyfriend'. Would not leave; answered all questions. Patient had no phone and no ID. She gave an address then said she did not know it.
When taken for a scan alone the patient said, in a mixture of Romanian and English, that she 'works in a flat with men' and 'he takes the money'. She has bruising on her inner thighs and upper arms. She asked not to be sent back with him.
Action: security informed, police attended, patient moved to a place of safety.""",
  "ISO WW PSV", "sfw iso ncw pa", "S", "i")
T("""Crown Court result: R v HUSSAIN & others (Rochdale)

Five men were convicted of rape and trafficking within the UK for sexual exploitation of two girls aged 13 and 14 between 2019 and 2021. The girls were groomed with gifts and a 'boyfriend' approach, then passed to other men at houses and taxi offices, given alcohol and drugs, and threatened that their families would be burned out if they told anyone. Sentences ranged from 12 to 22 years.""",
  "AV PSV IT DEC", "", "S", "h")
T("""Partner update - Local authority trading standards

Inspection of 14 nail bars in the borough following complaints about chemical exposure. All had adequate ventilation except two, which received improvement notices. Staff at all premises were interviewed alone; all had right to work, payslips and own accounts; none lived on the premises. One owner was advised on holiday pay entitlements. No modern slavery concerns identified; MSHT lead informed for completeness.""",
  "", "", "", "l")
T("Said in the debrief: 'they keep us in the house, only to work in the van and back, the windows have boards, the big one sleeps by the door.'", "ROM", "rm et", "L", "m")
T("Missing 16F from Kent found in a Luton hotel with two adult men and cash. Returned to care. Says she 'wanted to be there'. Phone shows adverts for her on an escort site.",
  "AV", "", "S", "h")
T("Referral by Citizens Advice: man (British, 58, learning disability) says his 'friend' has taken over his bank account, spends his PIP and makes him work on his market stall every weekend for no money. Friend lives with him.",
  "AV WW", "ncw", "L", "m")
T("Intelligence request: GLAA seek information on labour provider 'Prime Fresh Recruit' - workers reportedly charged £250 'registration fee' and £50 for a mandatory medical before starting.",
  "", "uf", "", "l")
T("4 lads from Eritrea in a tiny flat on Broad st above the launderette, they work the car wash on the corner, get taken there in the morning and walked back at night by a big man. they look scared",
  "", "et cedl oa foa", "L", "m")
T("Met intel 2/B/P: Ghanaian domestic worker in diplomat household (Kensington) - neighbour hears shouting daily, worker seen crying in the garden, never seen outside without the employer's driver. Diplomatic immunity issues - FCDO liaison required.",
  "ROM", "rm et", "D", "m")
T("Our manager at the salad factory is very strict about lunch breaks but we get paid properly, our own accounts, I go home every night. I just want to complain about the shouting.", "", "", "", "l")
T("Victim (Chinese, 35F) says the 'boss lady' took her passport, moved her between flats in Manchester and Liverpool every week and she never knew where she was. Clients came all night. She was given pills to stay awake.",
  "RD ISO EO", "dt iso lh", "S", "h")
T("Visit to scrap yard following GLAA tip-off: 3 Romanian men sleeping in a car and an old caravan on site, no heating. Owner says they are 'helpers' and gets them food. They say they are unpaid but free to go and want to stay as they have nowhere else.",
  "AV WW AC", "saw plc", "L", "h")
T("Police note: reported forced labour at a Leicester textile factory - visit found 18 staff, all on payroll at NMW, with some working unrecorded overtime. Factory owner warned. No coercion, no documents held. HMRC referral re pay.", "", "", "", "l")
T("Lad at my school (15) sleeps at his 'uncle's' flat most nights and comes in with loads of money and a new phone, he told me hes paying off a debt to the olders for a bag that got nicked",
  "AV DB", "", "C", "h")
T("Bank MLRO: account of 19-year-old student used as a 'money mule' - £28,000 in and out in two weeks. Student says an Instagram contact offered £500 to 'borrow' the account, and when he tried to stop, the contact said he knew where he lived and would send people.",
  "DEC IT", "", "C", "m")
T("Police Scotland digest: Op PELICAN (Aberdeen) - 3 Ghanaian fishermen rescued from a trawler; they had not been ashore in 11 months and were paid a fraction of the promised wage.",
  "ROM WW DEC", "rm", "L", "h")
T("The man from the agency drove us every day and charged £8 each, and if you did not pay he left you behind and you lost the day's work.",
  "", "ct", "L", "m")
# ---- batch 9 (long)
T("""NATIONAL COORDINATION CENTRE - WEEKLY DIGEST (extract)

Merseyside: Burglary series in Wirral linked to an OCG from Manchester; 4 arrests. No MSHT link.

North Wales: A 16-year-old from Liverpool was found in a flat in Rhyl with 40 wraps of crack cocaine and a 'burner' phone. He had been reported missing three days earlier. He told officers he had been 'sent down' by a man he owes £800 and that he had been sleeping on a sofa with no food except what he could buy from the 'float'. NRM referral made, returned home with a safety plan.

Cheshire: GLAA attended a dairy farm following a complaint; workers were paid correctly and housed in good cottages. Complaint unfounded.

Lancashire: Court - a Blackburn man pleaded guilty to fraud after using the identities of three Slovak workers to claim Universal Credit; the workers say they knew nothing of the claims. No exploitation charge.

Reminder: the consultation on the new statutory guidance closes Friday.""",
  "AV DB AC", "", "C", "h")
T("""Victim account (Albanian male, 19, statement via interpreter)

I grew up in Kukës. My family had a blood feud issue and debts. On TikTok a man I did not know said he could bring me to London and I would work in construction for £100 a day. He said the journey was €18,000 and I could pay it back from my wages. After the lorry to England I was taken to a house in Kent. The man there told me I would not be working in construction. I would look after plants. He said the price was now €25,000 because of 'extra costs'.

I lived in the house with the plants for seven months. The doors were locked, the windows covered with foil. There was a mattress in the corner of the kitchen. The heat was very bad and I had headaches all the time from the chemicals. Every week a man brought food. Once I asked to call my mother and he said if I caused problems, people in Albania would visit my family. He showed me a video of a man being beaten and said 'this is a boy who ran'.

When the police came I was very afraid because they told me I would go to prison.""",
  "AV DEC DB ROM AC IT ISO", "rm saw plc foa iso", "C", "h")
T("""Safeguarding Adults Review - summary of findings (anonymised)

Adult X, a 63-year-old man with a long history of alcohol dependence and homelessness, was found dead in a caravan on a traveller site in 2022. For at least eleven years he had worked for a family laying driveways, often from dawn until dark, for food, alcohol and a place to sleep. Witnesses describe him being 'shouted at and sometimes hit' when he was drunk. His benefits were collected by a member of the family, who held his bank card. He was registered at the family's GP practice but had not been seen since 2014.

Missed opportunities identified: two police contacts where Adult X was treated as a drunk rather than a possible victim; a hospital admission in 2019 where he was discharged to the family without questions; and a housing assessment not followed up.

Recommendations include training for frontline staff on labour exploitation of vulnerable adults and a protocol for GP practices to follow up long-term non-attenders.""",
  "AV EO PSV AC WW", "lh ncw saw", "L", "h")
T("""Debrief (Sudanese male, 27) - caseworker's note

He arrived at the age of 25 after crossing the Channel. In the asylum hotel in Hounslow a man came offering 'delivery work'. He was given an account on a food-delivery app in another person's name, a bike and a phone. He had to pay the account holder £150 a week and the bike owner £40. He worked 12-14 hours a day, every day, to make this money and his own food. He was not locked in, and he could stop at any time, but he says the man told him that if he stopped before the 'contract' ended, the man would tell the Home Office he had been working illegally and his asylum claim would be refused.

He has now stopped and wants advice about his claim. He is not sure if he is a victim.

Caseworker view: indicators of labour exploitation (threat of denunciation, excessive hours); NRM discussed, he consents.""",
  "AV EO IT", "lh foa", "L", "h")
T("""Weekly digest - Eastern region

1) Norfolk: 11 Bulgarian nationals found living in a converted barn next to the poultry unit where they work. Sanitation inadequate, one shower for all. The workers have contracts, are paid correctly into their own accounts and say they are free to leave; the farmer has been ordered to re-house them by the council. Not treated as modern slavery.

2) Suffolk: Intelligence request - a Lithuanian male, 'Vytas', believed to be supplying workers to meat plants in Bury St Edmunds and keeping their bank cards. Any trace to the regional intelligence unit.

3) Essex: Convictions under s1 MSA for a couple who made a Kenyan woman work as their nanny and cleaner for 4 years without pay; she slept on the sofa and was allowed out only to take the children to school.""",
  "WW ROM", "ncw mbc saw rm", "L D", "m")
T("""From a public online reporting form, received 23:40 (spelling as typed):

hi i dont know if this is the right place. i work nights at the petrol station and theres a minibus that comes every night at like 11 with about 10 people in it all foreign, they come in and buy energy drinks and the man who drives always pays with a card for all of them and keeps the card. one of the girls asked me in english where are we, like what town. she had a bandage on her hand. the driver saw her talking and called her over and she went straight away. they go off towards the industrial estate. its been happening for weeks. sorry if this is nothing""",
  "ISO", "iso et pa sfw ncw cedl", "L", "m")
T("""Officer statement - execution of warrant, 14 Hartley Road, Luton

On entry, officers found two adult women in separate bedrooms, each with a bed, a box of condoms and a phone. In the kitchen were a ledger of clients and payments and a file containing four Romanian identity cards and four bank cards in women's names. The women, identified as A (22) and B (25), said the cards were theirs but that 'Vali keeps them safe'. A said she had been told she owed £5,000 for the flat and adverts and that 'it's still £5,000', although she had been working for three months. B had a black eye and said she had 'fallen'. A male, VALI, was arrested in a car outside with £3,200 in cash.""",
  "RD DB PSV", "dt mbc", "S", "h")
T("""Note from a Salvation Army reception centre keyworker:

Client C (Vietnamese, 38M) has been with us 30 days. He initially disclosed working in a nail bar in Norwich without pay to clear a debt of £18,000 owed to the people who brought him. Today he told me more: he was moved to a house where he was made to cook and clean for the boss's family, and was hit with a broom by the boss's wife when he broke a plate. He says he has had nightmares. He also says the boss still messages his wife in Vietnam saying he 'ran away with the money' and that the family must pay.

Actions: GP registration, counselling referral, informed the OIC of the new account; asked police to review the threats to family.""",
  "DB WW PSV IT", "", "L D", "h")
T("""GLAA Intelligence Report 2/B/P

Location: Meat processing plant, Newry Rd, Armagh (NI liaison)
Subject: Labour provider supervisor 'Darius'

Timor-Leste nationals (approx 30) working on EU passports. Source reports that workers were each charged $3,000 by a recruiter in Dili and $800 by Darius on arrival for 'registration'. Darius arranges their housing in 4 houses he rents, charging £90 a week each, with six to eight men in each house. Workers are driven to and from the plant by Darius and charged £15 a week. Source states that a worker who complained about deductions was told he would be 'finished' and never work in Europe again. Wages are paid into own accounts but Darius accompanies workers to the ATM on payday to take 'what is owed'.""",
  "DB IT WW AC", "uf oa ct et ncw", "L", "h")
T("""Court outcome - Inner London Crown Court

A restaurant owner has been acquitted of modern slavery offences relating to two kitchen workers from Bangladesh. The jury heard that the men worked long shifts and were paid less than minimum wage, but the defence showed they had their passports, their own bank accounts, lived in rooms they chose, regularly travelled to visit family in Birmingham, and had been offered jobs elsewhere which they declined. The judge told the jury that poor employment practice is not the same as forced labour. The owner was separately fined for national minimum wage breaches.""",
  "", "", "", "l")
T("""Intel summary - cuckooing, Southend

Address: Flat 22, Coleman Court. Tenant: Mrs D (72), lives alone, early-stage dementia. Neighbours report a stream of visitors at all hours since September, young males with London accents. A PCSO welfare visit found Mrs D in her bedroom with a chair wedged against the door. She said 'the boys' had told her to stay in her room and that if she rang the police they would 'torch the place'. Her pension had been withdrawn in full on three occasions by a man using her card. Two males (17 and 19) were arrested at the scene in possession of crack cocaine.

Safeguarding: Mrs D moved to respite care; closure order applied for.""",
  "AV ROM IT", "rm ncw", "C", "h")
T("""Debrief - Indian nursing assistant, care sector (via Malayalam interpreter)

She says she paid an agent in Kochi ₹18 lakh (about £17,000) for a certificate of sponsorship at a care home in Kent. Her family sold land and took loans. On arrival the home gave her 20 hours a week, not the 39 promised. She was told she could not take other work because of her visa. She lived in a room in a house owned by the home's director with five other women, and the director deducted £400 a month for it. She says the director told her that if she resigned she would have to repay £8,000 'training costs' or she would be reported to the Home Office.""",
  "DEC AV DB IT AC", "uf oa", "L", "h")
# ---- batch 10
T("Criminal damage to a phone box, Hanley. CCTV shows two youths. Closed pending further info.", "", "", "", "l")
T("Woman in nail bar on King St said 'I cannot talk, he is watching the camera' and pointed at the CCTV.", "", "", "L", "m")
T("INT 2/B/P: young males (UK, 14-16) from Croydon running a line into Eastbourne known as 'Milly'. Controller BOATENG uses violence, one boy stabbed in September for losing a package.", "AV PSV", "", "C", "h")
T("GP letter: 45M Polish, works as a forklift driver, presents with stress after being made redundant. No indicators of exploitation; referred to talking therapies.", "", "", "", "l")
T("Neighbour reports that a man at no.12 makes his wife's sister do all the cooking, they shout a lot. Visit: sister (22) is a student, lives there by choice, has own bank card, goes to uni daily. No concerns.", "", "", "", "l")
T("Ppl at the hand car wash near Asda live in the back portacabin, seen them cooking on a camping stove at 11 at night, they work all day every day",
  "EO AC", "saw lh plc", "L", "m")
T("Victim statement: 'He never hit me but he would say, you know what happens to girls who talk, and he would look at my sister.'", "IT", "", "", "m")
T("He says the job was meant to be as a driver for a company in Manchester. Instead he was put in a shed and made to sort clothes for export 12 hours a day and paid nothing for the first month 'because of training'.",
  "DEC EO WW AC", "lh saw", "L", "h")
T("Hotel (Heathrow) reports a girl aged about 14 checked in with two men, no luggage, men paid cash, girl looked drugged. Police on route.",
  "AV", "fpe pa", "S", "i")
T("Passport found in a bin behind the mosque, belongs to a Somali man reported missing by his family last year. Enquiries ongoing; no indication of exploitation at present.", "", "", "", "l")
T("INT 1/B/P: NGUYEN Minh (DOB 11/05/1994) recovered from a grow in Stoke in 2023, NRM positive CG, now re-located at a nail bar in Burslem. Believed back under the control of original traffickers; seen being dropped off by them daily.",
  "", "cedl", "L", "m")
T("Sex worker (independent, 34F, British) reported a client for assault. Lives alone, works by herself via her own website. Crime recorded; no exploitation.", "", "", "", "l")
T("Referral (Barnardo's): 15F trafficked between Birmingham and Coventry hotels by a man she calls 'Uncle Sam'; sold to men for sex, kept awake with cocaine, phone taken.",
  "AV PSV ISO", "iso", "S", "h")
T("Caller says her Romanian neighbours (family of 7) all live in a two-bed, she thinks it's overcrowded. Family are relatives, parents work at a warehouse via agency. Council housing team to advise; no exploitation.", "", "oa", "", "l")
T("The farmer took our passports on the first day and when we asked he said we can have them at the end of the season. We started at 5 and finished at 9 at night.",
  "RD EO", "dt lh", "L", "m")
T("Man with learning difficulties seen working on a market stall, but family confirms it's his brother's stall and he's paid and goes home every night. Concern unfounded.", "", "", "", "l")
T("Debrief: 'The man kept saying I owe him for the visa, every week it was more, £100 here £200 there for things I did not ask for. After one year I still owed £7,000.'",
  "DB", "", "", "m")
T("Woman (Thai, 40s) found working in a massage parlour in Bournemouth with no door key, staff say the owner locks them in at night 'for security'. She has not been out in a month.",
  "ROM", "rm saw", "S", "i")
T("Shoplifting at Boots, two Romanian girls (13, 15) detained. Man waiting outside ran off. Girls had lists of items to steal written in Romanian. Taken into police protection.",
  "AV", "", "C", "i")
T("Agency driver says he hasn't been paid for the last week because the agency went bust. Civil matter, advised ACAS and insolvency service.", "", "", "", "l")
T("Public: theres a man who drops off girls at the flats on Eldon st every night 10pm and collects at 6am, girls look very young, same car every time a black BMW",
  "", "cedl et", "S", "h")
T("Victim (Polish, 50M) says he worked for 3 years on a farm in Lincolnshire for £5 a day, his bank card held by the gangmaster, sleeping in a cowshed.",
  "WW AC", "ncw saw plc", "L", "m")
T("Domestic abuse: husband controls all money and monitors wife's phone; no work involved. DASH high, MARAC referral.", "", "", "", "l")
T("SCA decision update: positive conclusive grounds for 6 of the 8 Albanian males from Op FERN; 2 negative (they were found to have come voluntarily and were paid).", "", "", "", "l")
T("Girl of 12 in Peterborough is kept home to care for her siblings and cook for her father's lodgers, not registered at any school. Lodgers pay the father; the girl is unpaid and sleeps on the landing.",
  "AV AC", "plc", "D", "h")
T("Immigration officer: Vietnamese woman detained at a nail bar said she had paid £10,000 to come and was paying it off, but that she could leave when she wanted and earns £300 a week to her own account.", "", "uf", "", "l")
T("Tip: organ recruiter in Southall offering money to Afghan asylum seekers for kidneys, travel to Iran arranged. One man says he was pressured after being told his debt to the smuggler would be cleared.",
  "AV DB", "", "O", "m")
T("Intel 3/C/C (not to LA): Turkish barber shop in Enfield - apprentice barbers (UK Kurdish, 16-17) used to deliver cocaine between shops.",
  "AV", "", "C", "h")
T("Caller: lad working at the chippy is just 14 and works saturday lunchtimes, owner pays him £5 an hour. Parents aware and happy. Referred to council for child employment permit check.",
  "", "", "", "l")
T("They take our phones every night and we sleep in the containers at the yard. The Romanian boss only give us cigarettes, no money.", "ISO WW AC", "iso saw", "L", "h")
T("Refugee Council caseworker: young Eritrean woman says her husband's friends 'use' her for sex and her husband collects money. He has threatened to report her to the Home Office if she leaves.",
  "PSV IT WW", "ncw foa", "S", "h")
T("Advertiser on a job site offering 'live-in housekeeper, no pay, room and food provided' in Harrow - reported, ad removed.", "", "", "", "l")
T("A man who lives in a tent near the recycling plant says he works there 10 hours a day for a man who pays him in cash at the end of each week. He says he's fine, likes the outdoors, has his ID. Outreach offered shelter.", "", "", "", "l")
T("Handover: Slovak family (2 adults, 3 kids) reported as possible victims at a chicken plant - checks show they were recently evicted; pay correct. Referred to housing, no MSHT.", "", "", "", "l")
T("Victim says the woman who got her the job in the care home keeps her bank card and gives her £50 a week, and says she is 'saving' the rest for her. She works 70 hours.",
  "WW EO", "ncw lh", "L", "m")
T("INT 2/B/P: brothel at 31 Coronation St, Salford - 3 Romanian women, all brought by same man, women do not go out except with him. Man known as 'Bogdan'.", "ROM", "rm et", "S", "h")
T("Teenage boy (17) from Syria working at a car wash in Carlisle for his uncle; social worker checks: he attends college, works Saturdays, is paid. Uncle is legal guardian. No concerns.", "", "", "", "l")
T("Caseworker: client (Nigerian woman, 28) brought to UK as a 'niece' aged 16 by a family in Croydon, kept as housemaid for 10 years. Was not allowed to go to school and never had a bank account.",
  "AV DEC", "ncw", "D", "m")
T("Lost property: purse and ID belonging to a Lithuanian woman handed in at station. Owner collected.", "", "", "", "l")
T("Dover: lorry driver found 5 Eritrean men in trailer. Men say they paid smugglers in Calais and have relatives in London. Asylum route; no trafficking indicators at this stage.", "", "", "", "l")
T("Man (Chinese, 50s) at food bank says he owes his 'boss' £40,000 for getting him to the UK and works at a restaurant for board only. Boss has his passport.",
  "DB WW RD", "dt", "L", "h")
T("Police intel: a county lines group in Swindon uses a 13-year-old girl as a runner and 'pays' her with vapes and clothes.", "AV", "", "C", "h")
T("Nail technician, 22F, British, complained to police her boss shouted at her. She has since found another job. No crime.", "", "", "", "l")
T("Tenant (Albanian, 30M) says he was forced to hand his flat over to a gang to grow cannabis after they threatened his kids. Attending officers found 150 plants. He was not working in the grow.",
  "IT", "", "C", "m")
T("Job ad on Gumtree: 'housekeeper for family in Manchester, must live in, passport will be kept by employer for safety' - reported by member of public, advertiser traced and warned.", "", "", "", "l")
T("Interpreted debrief (Sorani): he says that the smuggler told him he must work at the car wash for one year without pay to repay the trip, and that his brother in Kurdistan would be hurt if he did not.",
  "DB WW IT", "", "L", "h")
T("Safeguarding call (school): Y11 girl says she's been asked by her older boyfriend to hold drugs and 'go to parties' with his friends. She refused, and the boyfriend hasn't contacted her since. Plan made with family.",
  "AV", "", "", "h")
T("Intel 2/B/P: forced marriage - 19F British-Pakistani taken to Pakistan and married to a man she had never met; since return to Oldham she is not allowed to leave the house and the husband's family take her wages from her job at a call centre.",
  "ROM WW", "rm ncw", "D", "m")
T("Car wash inspection - all 5 workers had their passports and were paid weekly via bank, one had been there 4 years. Living conditions fine. No concern.", "", "", "", "l")
T("Woman from Vietnam found working at a nail bar in Dundee says the owner deducts £200 a week for her 'debt', leaving her £20. The debt was originally £8,000; she's been paying for a year and it is still £8,000.",
  "DB WW", "ncw", "L", "m")
# ---- batch 11
T("Warrant at a house in Walsall: 2 Indian men (30s) found in a locked back room, no toilet, bucket only; say they were brought to work at a sweet factory and are locked in each night by the owner's son. Both have injuries to their faces.",
  "ROM AC PSV", "rm plc pa", "L", "i")
T("INT 2/C/P: Polish woman 'Ania' recruiting homeless Polish men outside the Hammersmith day centre for 'farm work, all found'. Three men who went have not been seen since and their phones are off.",
  "AV ISO", "iso", "L", "m")
T("Press: Bristol man jailed for keeping a Malawian woman as an unpaid servant for 7 years. She slept in a cupboard under the stairs and was not allowed to speak to neighbours.",
  "WW AC ISO", "iso plc", "D", "h")
T("Patient (kidney failure, 60M) asks the renal nurse whether it is legal to 'buy' a kidney abroad. Nurse explained the law and the living donor programme. No further action.", "", "", "", "l")
T("Debrief (Tigrinya): she says that in Libya she was held in a compound and sold to a man who forced her to have sex with him. In the UK she has no contact with those people and lives with her aunt. Historic overseas exploitation recorded; no UK indicators.",
  "PSV ROM", "rm", "S", "h")
T("Call: lad about 17 at the door asking for food, says he walked from a farm where 'the man' took his passport and made him work for nothing for 3 months. Officers attending.",
  "AV RD WW", "dt", "L", "h")
T("Update from the Home Office sponsor compliance team: licence of a care agency in Surrey suspended after 40 sponsored workers were found to have no work. No exploitation identified in interviews so far.", "", "", "", "l")
T("Text to helpline: pls help im in a house in birmingham dont know the road they took my passport and phone i used my friends phone, they make me work in the shop downstairs and sleep on the floor",
  "RD ISO ROM AC", "dt iso saw rm", "L", "i")
T("Victim account: 'I was selling sex to pay for my habit. Then my dealer said I owed him £2,000 and put me in his flat with two other girls. He took our money, gave us gear and locked us in.'",
  "AV DB WW ROM", "rm ncw", "S", "i")
T("Review of a sham marriage: Czech woman (21) paid £2,000 by a man to marry his friend; she agreed and has since left the UK. Immigration offence only, no exploitation.", "", "", "", "l")
T("INT 2/B/P: PUIU Costel using 11 bank accounts in names of Romanian beggars in Nottingham city centre; beggars handed over cash to him daily at a car park.",
  "WW", "mbc ncw", "C", "m")
T("Police Scotland: Op RAPTOR visited 7 shellfish processors in Fife. All workers interviewed, no indicators; one employer advised on accommodation standards.", "", "", "", "l")
# ==== write
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh157.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id="f157-%03d" % i, **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "rows written")
