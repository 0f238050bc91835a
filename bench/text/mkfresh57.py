#!/usr/bin/env python3
"""Hand-written held-out texts (fresh57). Each entry: text, indicators, signs, types, risk.
Short codes below are expanded to the official codes; texts are individually written."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
T = []
def e(text, ind="", sig="", typ="", risk="l"):
    T.append((text, [IND[x] for x in ind.split()], [SIG[x] for x in sig.split()], [TYP[x] for x in typ.split()], RISK[risk]))

# ---- part 1 ----
e("INT suggests males working at hand car wash on Kendal Rd, Penrith are housed in the flat above the unit, approx 8 sharing 2 rooms. Mattresses on floor. Grading 2/C/P.",
  "AC", "oa plc", "L", "m")
e("Caller states her neighbour's lad (14) keeps getting picked up at 2am by a black Audi and comes back with new trainers and a cut lip. Won't say who they are.",
  "AV", "pa cedl", "C", "h")
e("Walked past the nail bar on Fishergate again nd the same 2 girls are there at 8am and still there at 10 at night. they never talk to nobody and a man does all the talking. something not rite",
  "EO", "lh sfw", "L", "m")
e("Routine GLAA licence inspection, Morecambe shellfish processor. Payslips checked against bank records, all workers hold own documents, accommodation is private rental. No concerns identified.",
  "", "", "", "l")
e("She says that when she arrived in Manchester the woman took her passport 'to register her with the doctor' and it was never returned. She cleaned the house from six in the morning until after midnight and looked after three children. She slept on the kitchen floor. She was given no money at all; the woman said her wages were being sent to her mother in Manila but her mother confirms nothing has arrived.",
  "RD EO AC WW DE", "dt lh plc saw ncw", "D", "h")
e("Student from Malaysia reporting passport lost on the train between Lancaster and Preston. Crime ref issued for embassy. No other issues.", "", "", "", "l")
e("POI: Marius CONSTANTIN DOB 03/02/1988. INT indicates he collects approx 12 Romanian nationals from a house in Ulverston at 0500hrs and drives them to a packhouse near Kirkby Lonsdale. Workers said to pay £10 each per day for the lift. 2/B/P",
  "", "cedl ct et", "L", "m")
e("OFFICIAL-SENSITIVE. Late turn to early turn handover, Blackburn custody.\n\nOfficer handover: IP is 17, Albanian, found in loft of semi in Blackburn tending approx 300 cannabis plants. Padlock on outside of loft hatch. Says he owes 'the uncle' for bringing him by lorry and must work until paid. Currently in custody suite, LA duty social worker informed. Transfer to foster placement tonight.\n\nOther matters: RTC on the A666 cleared at 0230, no injuries. Shoplifter (adult, local) charged and bailed. Mental health patient returned to Royal Blackburn by ambulance. The cannabis job is the priority - OIC is DC MELLOR, please chase the electricity board re the bypass and update the grow house markers on the system. The two adult males arrested at the same address have been interviewed, no comment, released under investigation.",
  "AV RM DB", "rmv", "C", "h")
e("i was told I would work in a hotel in london and earn 1500 pound a month. when I come they put me in a car wash in Carlisle and say I owe them for the flight and I work 7 days. I never see london", 
  "DE DB EO", "lh", "L", "h")
e("Hand car wash, Workington. Visit by LA licensing and police. Workers on PAYE, payslips shown, minimum wage paid, rota shows 40 hours with 2 days off. Staff live at own addresses. Manager cooperative. No further action.", "", "", "", "l")
e("Neighbour dispute re hedge height at Haverigg. Both parties advised. No offences.", "", "", "", "l")
e("Bank alert: 11 debit cards in different names (mostly Slovak) used at the same ATM on Church St, Barrow between 23:10 and 23:40, an hour after weekly wages from a Barrow labour agency landed. Cash withdrawn in near-full balances. One male on CCTV with all cards.",
  "WW", "mbc ncw", "L", "m")
e("The man keeps all our cards. On Friday he takes everything and gives us £30. He says the rest is for the house and the van.",
  "WW", "ncw ct", "L", "m")
e("A&E note: female approx 20s, presented with fractured wrist. Accompanied by male who answered all questions and refused to leave cubicle. Patient appeared frightened, no English, no ID. Male stated 'she is my cousin, she fell'. Patient glanced at male before every nod. Later, via Language Line with male out of room, she said he twisted her arm because she was slow.",
  "PV", "pa sfw", "", "h")
e("Ring doorbell footage shows men being dropped at the terrace opposite at 11pm every night in a minibus, and picked up again at 5am. About ten of them. Curtains always shut. Been going on months.",
  "", "cedl oa", "", "l")
e("Salvation Army caseworker note: Client (Eritrean, 24) disclosed that during the crossing through Libya she was held in a warehouse and repeatedly raped by guards until her family paid. In the UK she has been living with her sister in Bolton and is in college. No current exploitation identified; she has been referred for counselling.",
  "PV", "", "", "h")
e("999 call 21:44 - female whispering in broken English, says 'the door is locked he goes out, I can't get out, please help'. Location traced to flat above takeaway, Lord St, Southport. Units dispatched.",
  "RM", "rmv", "", "i")
e("INT - Vietnamese female approx 16 working at Top Nails, Carlisle. Lives with the owner's family, does not attend school. Not permitted to leave the shop alone. 2/C/C (not to be disclosed to LA without OIC consent)",
  "AV RM", "rmv", "L", "h")
e("Referral from a secondary school in Lancaster: Year 10 pupil (15) has three phones, been missing overnight twice, found in Kendal once with £600 cash. Teacher overheard him say 'I can't, they'll do me in if I stop'.",
  "AV IT", "", "C", "h")
e("Press summary: Two men from Preston were jailed at Preston Crown Court for forcing a vulnerable man with a learning disability to lay tarmac for nine years. He slept in a horse box, was paid nothing and was beaten when he asked to see his brother.\n\nThe court heard the man, now in his fifties, was found by council officers during an unrelated visit to the traveller site. He had lost several teeth and was wearing clothes that did not fit him. The judge said the defendants had treated him 'as a piece of equipment'.\n\nA third man, a relative of the defendants, was cleared of all charges. Detective Inspector Clare Whitworth of Lancashire Police thanked the charity that has supported the victim since his rescue and urged anyone with concerns to call the Modern Slavery Helpline.",
  "AV AC WW PV", "plc pa", "L", "h")
e("My friend went to work on a farm near Ormskirk. The gangmaster took £400 from each of them for the 'registration' before they started. Since then they are paid properly and live in a caravan they chose themselves.",
  "", "uf", "", "l")
e("nom: Olu ADEYEMI. Suspected of advertising 3 Nigerian females on adult site from flat in Wigan town centre. Females rotated every 2 weeks. Unknown if controlled. 3/C/P",
  "", "", "S", "m")
e("I came with a man I met on Facebook. He said I would be his girlfriend and work in his cafe. When I arrive in Blackpool he take me to a house and says I have to sleep with men to pay back my ticket, £5000. Every week the number is bigger because of the room.",
  "DE DB", "", "S", "h")
e("Domestic incident, Kendal. Female reports partner pushed her during argument about money. DASH completed, medium. No evidence of controlling employment or sexual exploitation.",
  "PV", "", "", "h")
e("MCA and police joint boarding, 11:15, trawler alongside at Fleetwood fish dock.\n\nFishing vessel inspection, Fleetwood. Two Filipino deckhands say they have not been allowed ashore since the boat arrived three weeks ago and that the skipper holds their seaman's books. They work 20-hour days when the boat is out.\n\nThe skipper (British, 60s) says the men are 'on a contract through an agent in Manila' and that their books are kept in the wheelhouse as required. The two British crew members have their own documents. Engine room and galley in fair condition. Crew bunks in forward cabin, 4 bunks for 6 men. Men paid, according to skipper, via the agent at the end of the contract - no payslips produced. GLAA and ITF notified. Vessel detained pending inquiries.",
  "RM RD EO AC", "rmv dt lh oa", "L", "h")
e("INT states a flat in Moss Side area of Barrow is being used by an OCG from Liverpool to deal crack. Occupant is 58yr old alcoholic male who has been told he will be 'burned out' if he calls police. 2/B/P",
  "AV IT", "", "C", "m")
e("Concern received via the CQC safeguarding inbox and forwarded to Lancashire Constabulary MSHT team.\n\nCare home, Chorley. Whistleblower reports Indian care assistants on sponsorship visas are charged £8,000 by the recruitment agent for their certificate of sponsorship and it is deducted £400 a month from salaries. One carer says she worked 13 nights in a row.\n\nThe whistleblower is a senior carer who has worked at the home for nine years and is British. She says residents are well looked after and the manager is 'under pressure from the owners'. She does not know the name of the agent, only that he is based in Kerala and visits twice a year. She has asked that her identity is protected. The home has 42 beds and was rated Good at its last inspection.",
  "DB EO", "uf lh", "L", "m")
e("The boss say if I run he will send the photo to my village. He have pictures of me with no clothes.",
  "IT", "", "S", "h")
e("GP note: Romanian male, 45, attends with infected hand wound from meat factory. States he works 'through agency', 12-hour shifts, 6 days. Has own GP registration and bank card. Lives with wife. No safeguarding concerns.", "", "", "", "l")
e("Police hand-over: Two Chinese females found at pop-up brothel, Airbnb flat in Chester. Both hold own passports. Told us rent is £1000 per week paid to 'the manager' from their earnings, cannot leave until it's covered. Manager takes their phones away at night so they cannot contact anyone.",
  "DB IS", "iso", "S", "h")
e("Hi im reporting a man who begs outside Tesco Lancaster every day, hes dropped off in a silver Vauxhall about 8 and taken away at 6, the driver takes his cup off him. He has no shoes sometimes. please look into it",
  "WW", "cedl pa ncw", "C", "m")
e("Burglary at a farm shop in Kirkby Stephen overnight; cash and two quad bikes stolen. CCTV requested.", "", "", "", "l")
e("Debrief via interpreter (Tigrinya): He says he was promised work in a restaurant kitchen and a room. He says the room was a storeroom behind the freezer and he slept on boxes. He says he was paid £100 a month and the owner said he would report him to immigration if he complained.",
  "DE AC WW IT AV", "saw plc foa", "L", "h")
e("Border Force, Manchester Airport T2: Female (19, Nigerian) arriving on visitor visa, carrying contact number of a 'job agent' and a return ticket not in her name. Stated she is coming to braid hair. Inconsistent account. Referred to safeguarding team; no indicators disclosed at interview.",
  "", "", "", "l")
e("They keep my passport in the office safe 'so it won't get lost'. I asked two times for it to open a bank and they said later.",
  "RD", "dt", "L", "m")
e("INT: POI Tomas HORVATH (Slovak) controls approx 15 Roma workers at a recycling plant in St Helens. Wages paid into accounts he opened; workers receive £50 weekly. 2/B/P",
  "WW", "ncw", "L", "m")
e("The lorry driver in the lay-by near Tebay was arrested for drink driving. Two passengers, both Polish, gave addresses in Wigan.", "", "", "", "l")
e("Referral received by Lancashire Children's Services front door, 16:42.\n\nSocial care referral: 13yo girl from Burnley regularly seen getting into cars with older men outside McDonalds. Has new phone and vapes. Mother says she comes home at 4am smelling of alcohol. One man is known to police for CSE.\n\nGirl lives with mother and two younger brothers. Father is not involved. Mother works nights at a care home which means the girl is often alone in the evenings. School attendance has fallen from 96% to 61% this term. She has been excluded once for fighting. The school nurse reports she has asked about the morning-after pill twice. Her older cousin (18) is also believed to know one of the men. Strategy meeting requested.",
  "AV", "cedl", "S", "h")
e("Unseen helpline summary: Caller is a worker at a chicken factory near Preston via agency. Says pay has been short by about two hours a week for a month. Agency has agreed to check timesheets. Caller has own documents, lives in own flat, free to change jobs. Advised ACAS.", "", "", "", "l")
e("She's locked in right now, he took the keys to work. I can hear her banging on the window 22 Albert Rd. She doesn't speak any English, he brought her from Pakistan and she just cleans all day",
  "RM", "rmv", "D", "i")
e("Ex-prisoner (probation note) states he was approached in HMP Haverigg to 'work off' a £2,000 drug debt on release by holding drugs at his flat in Whitehaven. Says they know where his mum lives.",
  "DB IT", "", "C", "m")
e("Car wash Ellesmere Port. 6 men, no gloves, wet through, working in hail. Looked like they hadnt eaten for days. Guy in a Range Rover collected the cash.",
  "AC", "pa", "L", "m")
e("Kidney transplant patient at Royal Preston, donor was her brother, fully assessed by HTA independent assessor. Routine follow-up.", "", "", "", "l")
e("Intelligence from Indian community liaison: males being recruited in Punjab with promise of 'factory jobs in England' on payment of 15 lakh rupees. On arrival in Oldham they are told the factory has closed and they must work in a relative's takeaway to pay back the loan. 2/C/P",
  "DE DB", "uf", "L", "m")
e("IP says he was taken to a clinic in Egypt 'for a blood test for the job' and woke with a scar. He was told later his kidney had been sold. He was given 500 dollars.",
  "DE PV", "pa", "O", "h")
e("Witness statement extract: 'I manage the lettings for 14 Duke St. The tenant on the ground floor told me there are 11 people living there. They are all men from Vietnam, they work at a nail bar. The landlord's agent collects their rent in cash from the manager. I have never spoken to any of them because they don't speak English.'\n\nI also manage number 16 next door, which is let to a retired couple, and number 18, which is a family of four. I have had no issues with either of those. The only complaints I have had from 14 are from the neighbours about bins and noise late at night.\n\nI made this statement after being contacted by PC Rawlinson. I understand that it may be used in court. I have not been offered anything in return for making it.",
  "AC", "oa sfw", "L", "m")
e("Drug raid, Fleetwood. 17yo male from Liverpool found in flat with 40 wraps of crack. Told officers he 'had no choice' as he owes £1,500 after being robbed of a package. Phone contained threats: 'u pay or ur mum pays'.",
  "AV DB IT", "", "C", "h")
e("Farm near Carnforth. Seasonal workers' caravans inspected: heating, showers and kitchens working, 2 per caravan, workers hold own passports and chose accommodation. Wages match hours. Compliant.", "", "", "", "l")
e("GLAA: Labour provider in Skelmersdale operating without licence supplying 30 workers to a salad packhouse. Workers paid correctly through payroll, no signs of exploitation. Referred for licensing offence only.", "", "", "", "l")
e("Some girls were brought from Romania by a boyfriend, he beats them if they don't make 300 a night. They work in a flat in Warrington, he sits outside in a car.",
  "PV", "", "S", "h")
e("Victim account (translated): 'I was working in the house from morning to night. I did cooking, washing, the old man's toilet. I did not have day off in two years. The madam keeps my Iqama and my passport. When we came to England with the family for summer I am not allowed outside the flat in Knightsbridge. She said if I speak to anyone the police will put me in prison.'\n\nAdditional notes: the account was given at a safe house in the North West over two sessions with a Tagalog interpreter. The family left the UK at the end of August. The victim has since obtained a new passport from her embassy. She describes the driver of the family, also Filipino, as kind to her; he gave her a phone card once. She does not want him to get into trouble.",
  "EO RD RM IT", "lh dt rmv foa", "D", "h")
e("Cannabis farm found in former mill, Darwen. No persons found. Approx 600 plants. Electricity bypassed.", "", "", "", "l")
e("nom: 'Uncle Binh'. Believed to supply Vietnamese boys aged 14-17 to cannabis grows across Lancashire. Youths said to owe $25k for journey. 3/C/P",
  "AV DB", "", "C", "h")
e("I come for picking strawberries with visa. The farm is good, the manager is kind, they pay every Friday into my own account. Only problem is I miss my kids.", "", "", "", "l")
e("Midwife note: Pregnant woman 16/40, first booking at 30 weeks. Partner answered all questions, holds her passport and NHS letter. She has no phone. States she 'doesn't go out'. Unable to see patient alone.",
  "RD IS RM", "sfw dt iso rmv", "", "h")
e("POI Kevin DUFFY, Millom. Reported as getting local teens to do shoplifting runs in Kendal and Lancaster. Pays them in weed. 2/B/P",
  "AV", "", "C", "h")
e("A woman called the helpline to say her ex-husband is stopping her seeing their children. Family court matter, no exploitation concerns raised.", "", "", "", "l")
e("He say the debt start at £3,000 for the visa. Then the room £80, food £40, the van £30. After eight months I still owe £3,200.",
  "DB", "ct", "L", "m")
e("Construction site, Salford Quays. Site manager reports two labourers (Romanian) appear underfed, sleeping in a welfare cabin on site. Their 'gaffer' takes their wages. Both arrive on site before 6 and leave after 9.",
  "WW AC EO", "pa saw ncw lh cedl", "L", "h")
e("Council environmental health visit to HMO in Bootle: 9 occupants, 1 kitchen, mould and missing smoke alarms. Tenants are students at the local college on private tenancies. Landlord served improvement notice.", "", "oa plc", "", "l")
e("Man at car wash told me his boss has his passport and he can't go home to see his dad who is dying. Hes Albanian. He was crying. Beacon Hill car wash Preston.",
  "RD", "dt", "L", "m")
e("INT: County line 'Dex' running from Merseyside into Kendal. Using a local woman with heroin addiction's flat as base, she is given drugs in return. Has been assaulted when she objected to more people staying. 2/B/P",
  "AV PV", "", "C", "h")
e("Victim says: my cousin told me there is work in England in a big farm, 8 pounds an hour. He did not tell me the lie. He believed it too. We both were in the same house, 14 men, one toilet.",
  "DE AC", "oa plc", "L", "m")
e("Officer notes: Visit to 'Lucky Nails', Workington. Two workers, both with right to work, own passports produced from handbags. Say they live with family. Owner produced payslips. Nothing to indicate exploitation.", "", "", "", "l")
e("Warehouse agency, Haydock. Workers complain that agency deducts £25 a week for hi-vis and boots, and £45 for a minibus they must use. Agency holds their bank cards 'for payroll'.",
  "WW", "ppe ct ncw", "L", "m")
e("Sudanese man (28), street homeless in Preston, told officers a man offered him a bed if he sold 'food stamps' (likely counterfeit cards) and now says he owes for the bed. Wants to leave but has nowhere.",
  "AV DB", "", "C", "m")
e("URGENT: 14 yr old girl from care home in Carlisle currently in a car with 2 adult men on the M6 northbound, she has texted her key worker 'they won't let me out'. VRM partial 'PK6'.",
  "AV RM", "rmv", "S", "i")
e("The men who work on the house at end of our road arrive in a transit at 6 and go at 8 at night, seven days a week. never any days off. they look thin, same clothes every day",
  "EO", "cedl lh pa fpe", "L", "m")
e("Lancashire Council trading standards: complaint re counterfeit cigarettes in a mini-mart, Accrington. Shop assistant is the owner's nephew, works part-time, attends college. Not exploitation.", "", "", "", "l")
e("Debrief: 'They put my name on 4 phone contracts and a bank account. I never saw the phones. When I said I want to stop they showed me a video on a phone of a man being beaten with a bat and said that is the last one who talked.'",
  "IT", "", "C", "m")
e("Au pair (Spanish, 22) in Wilmslow. Reports working 60+ hours a week looking after 4 children, paid £70 a week, not given keys to the house and has to ask permission to go out. Host family took her passport 'to get her a bus pass'.",
  "EO WW RM RD", "lh rmv dt", "D", "h")
e("He has a lot of debt back home and says he must stay at the farm. Nobody is forcing him, he says, he just needs the money. Lives in own rented flat, paid weekly.", "", "", "", "l")
e("IP disclosed: 'we slept in the boat. the fish hold stinks. we work when the net is up, sometimes 2 days no sleep. the captain hit Rolando with a chain'.",
  "AC EO PV", "saw plc lh", "L", "h")
e("Pakistani female, 19, reported missing from Blackburn by her college. Information that she was taken to Pakistan to be married to her cousin against her will. Family have her passport.",
  "RD", "dt", "", "m")
e("Crimestoppers: House on Whinney Heys Rd, Blackpool. Men in and out at all hours, women change every week. the women never come out except with a guy, and they look scared of everyone.",
  "RM", "rmv", "S", "h")
e("Agency worker, food factory in Wigan. Says pay was a week late once due to payroll error; has since been paid in full. Raised grievance. No other issues.", "", "", "", "l")
e("INT - POI Iulian STAN, Bury. Charges Romanian women €3000 to come to UK for 'cleaning jobs', on arrival they are taken to brothels in Manchester and Preston. Their ID cards are held by his girlfriend. 2/B/P",
  "DE RD DB", "uf dt", "S", "h")
e("He only let me go shop with Ion. Ion always with me. Never alone.", "RM", "rmv et", "", "m")
e("Call summary: male says his brother (learning disability) has been 'adopted' by a family in Wigan who make him do their garden and odd jobs for neighbours, and they collect his PIP and the money from the jobs. He's not allowed a phone.",
  "AV WW IS", "ncw iso", "L", "h")
e("Hotel in Windermere. Housekeeping staff (Bulgarian) supplied by agency; they say they're paid per room not per hour and end up with about £3 an hour. They can leave any time and live in staff accommodation they pay market rent for.", "", "", "", "l")
e("Victim of a robbery in Lancaster city centre, phone and wallet taken. Suspect described as white male, 20s.", "", "", "", "l")
e("Caller says the woman next door (Filipino) has been locked in the house all week while the family are in Dubai. She has food but the doors are locked and she has no key. She waves from upstairs window.",
  "RM", "rmv", "D", "i")
e("Attendees: children's social care (chair), Lancashire Police MSHT, ICTG advocate, supported accommodation provider, Virtual School, health.\n\nMulti-agency meeting minute: Boy (16, Vietnamese) placed in supported accommodation, Preston, went missing within 48 hours. Phone analysis shows contact with a number linked to a cannabis grow in Oldham. Believed to have been re-trafficked. Owes debt to smugglers.\n\nActions: ICTG to continue to try to contact; police to circulate as missing and vulnerable nationally; provider to review night-time checks. The chair noted that two other young people placed at the same accommodation this year have settled well and are attending college, so the placement itself is not a concern. Next meeting in two weeks.",
  "AV DB", "", "C", "h")

# ---- part 2 ----
e("DOESNT ANYONE CARE!!! the car wash by the roundabout in Leyland has lads working in the freezing cold in flip flops no coats and they sleep in the back of the portacabin i seen the mattresses. REPORTED THIS TWICE ALREADY",
  "AC", "saw plc", "L", "m")
e("Handover 0700: DS ASHWORTH to DS PATEL. Op MARSHWORT: four Vietnamese adults recovered from nail bar in Crewe yesterday, in reception centre. Two have given first accounts: both say a man called 'Anh Tu' holds their passports and that they are not told where they live, they are driven in a van with blacked-out windows. Remaining two not yet spoken. Interpreter booked 1000hrs.",
  "RD IS", "dt iso et", "L", "m")
e("Man says he's been working at a Chinese restaurant in Chester for 3 years, owner is his uncle, paid cash, he has his own room and his passport. Attended only to report his bike stolen.", "", "", "", "l")
e("INT: Female 'Bianca' (Romanian, approx 22) advertised on adult services website, incall Crewe. Phone number attributed to adult male in Leicester who also handles bookings for 4 other profiles. Female said to hand all money to him. 2/C/P",
  "WW", "ncw sfw", "S", "h")
e("Victim debrief (first person, through interpreter): I was fourteen. My father's friend said I could study in England. When I got here I was in a house in Bolton and the woman made me clean and cook for her six children. I never went to school. I was hit with a slipper when I burned the rice. I slept under the stairs.",
  "AV DE PV AC", "saw plc", "D", "h")
e("Cheshire Constabulary - arrest of 2 males for conspiracy to commit MSA offences following intel that they recruited homeless men from Manchester shelters with the offer of 'a roof and a job', then put them to work block paving across Cheshire and Wales for no pay, living in caravans with no water.",
  "AV DE WW AC", "plc", "L", "h")
e("Hi there, we employ seasonal pickers through a licensed provider and last week one of them asked if we could hold his passport because he's scared of losing it in the caravan. We said no and suggested a lockbox in his caravan instead. Just checking we handled this right.", "", "", "", "l")
e("He took my phone on the first day and broke the sim. I don't know the name of the town. Only the inside of the factory and the house.",
  "IS", "iso", "L", "m")
e("The wife doesn't let me speak to my family. One call a month, she listens. I don't know anyone in Manchester.",
  "IS", "iso", "D", "m")
e("Financial intelligence: Multiple Universal Credit claims (x14) using same address in Oldham and same bank account controlled by POI Fatmir KOLA. Claimants appear to be Albanian males who are not at the address. Possible benefit fraud using trafficked individuals' identities.",
  "", "ncw", "C", "m")
e("IP (M, 34, Polish) found sleeping rough in Lancaster. States he 'ran away from the farm' after the boss beat him for asking for his money. Had been there 5 months and received £200 in total.",
  "PV WW", "", "L", "h")
e("Two Slovak lads at the chippy where I work said they had to pay 'Pavol' £300 just to get the job in the chicken factory and another £50 a week for the bus there. They said they can't complain because he has their ID cards.",
  "RD", "uf ct dt", "L", "m")
e("Concern for welfare, Keswick. Elderly male living with adult son, house cluttered. Son is full-time carer, receives carers allowance. No concerns re exploitation.", "", "", "", "l")
e("The men in the fishing boat had no bed, they sleep on the deck with the nets. Cold. Food only rice. Nobody paid since they came from Ghana eight months ago, the skipper says the money will come at the end of the contract.",
  "AC WW", "saw plc", "L", "m")
e("I was told: 'if you go to the police they will deport you and your kids will never see you again'.",
  "IT", "foa", "", "m")
e("INT: Albanian OCG paying for flights of young men to the UK in return for them working in cannabis grows in Preston and Wigan; each told they owe £20k which increases if the crop fails. Men housed in the grow houses and not permitted to leave. 2/B/P",
  "DB RM AC", "rmv saw", "C", "h")
e("Domestic abuse referral: female states husband controls all household finances including her salary as a nurse, and checks her phone. DASH high, MARAC referral made. No exploitation for labour or sex.",
  "", "ncw", "", "l")
e("Welfare check on a care worker at a home near Southport: she said she works double shifts most days because they are short staffed and she's exhausted but she's on a proper contract, gets overtime pay and could leave whenever. Passed to CQC re staffing only.",
  "", "lh", "", "l")
e("A lady came in to the food bank shaking, said her husbands family brought her from India to marry and she does all the cooking and cleaning for 9 people, never gets money, the mother in law has her passport and she is beaten if the chapatis are wrong. She is not allowed to go out except to the food bank with her sister in law",
  "RD PV RM WW", "dt rmv et ncw", "D", "h")
e("Immigration Enforcement visit, takeaway in Morecambe. One worker without right to work detained. Worker states he is paid £8 per hour in cash, lives with a friend, was not recruited by the owner. Civil penalty for owner. No exploitation indicators.", "", "", "", "l")
e("Nom: Sabina MOLDOVAN. Brings groups of Roma women and children to Manchester to beg outside stations. Children kept out of school. Women hand over takings each evening. Reported that she slaps the children when they bring back too little. 2/B/P",
  "AV PV WW", "ncw", "C", "h")
e("She says she was in a flat in Preston for three weeks. She says men came every day and she did not want to but the man said she must pay the debt for the flight. She says she was not allowed out and the windows were screwed shut.",
  "DB RM PV", "rmv", "S", "h")
e("Call 101: my elderly dad has paid a roofer £4k upfront and he never came back. Not the first time.", "", "", "", "l")
e("GLAA inspection at a mushroom farm, Ormskirk: 23 workers interviewed; 6 state they are charged £70/week for a shared caravan (4 per caravan), £15 transport each way to the farm, and gloves/knives deducted. Net pay for some weeks was below £50. Labour user says the labour provider deals with all that.",
  "WW AC", "oa ct ppe ncw", "L", "m")
e("I clean in his office then his house then his brother's house. every day. If I am ill he still says I have to go. He gives me £20 a week and says it is for my phone top up. He has my passport to 'do my visa'.",
  "EO WW RD", "lh dt", "D", "h")
e("Child, 15, found in a house in Accrington with three adult men and cannabis. Has bruising to face. Says he came from Liverpool 'to visit mates'. Phone shows contacts linked to the 'Yaz' line. Placed in police protection.",
  "AV", "pa", "C", "h")
e("Right now - there is a girl in the boot of a grey Mercedes outside the Spar in Darwen, I heard her screaming, 2 men got in the front. VRM YE19 something. Going towards Blackburn",
  "RM", "rmv", "", "i")
e("INTEL: Sudanese male (21) in asylum hotel, Warrington, approached by a man offering to 'sort out' a kidney sale in Turkey for £6,000 to pay smugglers' debt. Male declined and reported to hotel staff. 2/A/P",
  "", "", "", "l")
e("NGO note (Medaille-style safe house): Woman recovered from brothel in Liverpool. Disclosed she was raped by the controller on her first night 'to teach her'. Has a tattoo of his name on her wrist which she says was done against her will. Has been told her daughter in Romania will be taken if she talks.",
  "PV IT", "pa", "S", "h")
e("Worker at a bakery in Blackburn asking about overtime; works 50 hours some weeks by choice, paid for every hour. Just wanted to know the rules.", "", "", "", "l")
e("PNC check on VRM MV62 XKR in Carlisle: minibus with 14 males aboard at 04:50, driver says they are going to a meat plant. All males silent, driver produced their IDs from his glovebox.",
  "RD", "dt cedl et oa", "L", "m")
e("School DSL referral: Year 8 girl (12) has told a friend her 'boyfriend' is 24 and he takes her to parties at a flat in Rochdale where his friends 'touch her'. She has been given a phone and alcohol.",
  "AV PV", "", "S", "h")
e("Debrief: They said the job was packing clothes. It was a cannabis house. I was locked in with the plants and they bring noodles once a week. The fan is very loud, I can't sleep. The heat is terrible. I was there five months. There was another boy there before me, I saw his clothes and a school book in Vietnamese but I never saw him.\n\nWhen the police came I hid because the man said the police in England beat people. Now I know this is not true. I want to say thank you to the lady officer who brought me food. I am now living in a hostel and I go to English class two days a week. My mother knows I am alive. I do not know the names of the men, only that one was called Long and had a tattoo of a dragon on his arm.",
  "DE RM AC", "rmv saw plc foa", "C", "h")
e("The foreman at the building site in Wigan always does the talking for the Romanian guys. They don't get a word in. They come in the same white van, look knackered.",
  "", "sfw et pa", "L", "m")
e("Caller states his niece, 17, has been married off in Bangladesh to a man who now lives in Oldham and keeps her in the house doing the housework for his parents. She is not allowed to go to college. Her phone has been taken.",
  "AV RM IS", "rmv iso", "D", "h")
e("Fraud report: Romanian man in Blackpool had his identity used to open six bank accounts; he says he lost his wallet at a bus station. Action Fraud ref supplied. No indication he was coerced.", "", "", "", "l")
e("A man with learning disabilities has been living in the garden shed at a farm outside Appleby for years, doing all the farm jobs. The farmer gives him cigarettes and food and nothing else. He calls the farmer 'boss' and is scared of him.",
  "AV AC WW", "saw plc", "L", "h")
e("Hospital social worker: Patient (Filipino, 40) admitted with malnutrition and untreated diabetes. Works as live-in carer for an elderly man in Lytham. Says the man's daughter holds her passport and bank card, and she has not had a day off in 18 months. Patient is frightened of being sent home 'because then my children cannot eat'.\n\nThe elderly man himself has dementia and was described by ward staff as gentle and fond of her. His daughter visited the ward and was abrupt with staff, asking when the patient would be 'back to work'. The patient has asked us not to tell the daughter where she will be discharged to. Referral made to the local authority, NRM referral to follow once we have spoken to her again with an interpreter. Her sister lives in Leeds and has offered her a room.",
  "RD WW EO AV", "pa dt ncw lh foa", "D", "h")
e("Housing officer note, Carlisle: a family of 7 in a 2 bed flat because of the housing shortage. Overcrowded but they are the tenants, all adults working, children in school. Referred for rehousing.",
  "", "oa", "", "l")
e("Crimestoppers online: there is a man who lives in number 3 who has a big 4x4 and picks up Polish guys at 5 every morning and brings them back after dark, he takes their money at the cash machine at the Co-op i have seen it, they stand behind him while he puts each card in.",
  "WW", "cedl mbc ncw", "L", "m")
e("She was told the job in England was to model clothes for an online shop. They took her to a house in Stockport and a man told her she would have to do 'private shows' on webcam to pay for her room.",
  "DE DB", "", "S", "h")
e("Prison intel (HMP Lancaster Farms): Young prisoner (19) told officers he was made to carry drugs into prison by a gang after they took his younger brother's photo outside school. 2/A/C - not to be shared with family.",
  "IT", "", "C", "m")
e("Partner referral (Lancashire County Council adult social care): 54-year-old male with alcohol dependency reports that a couple have moved into his flat and are selling drugs from it. He's afraid to go home. He says they give him vodka and take his ESA.",
  "AV", "ncw", "C", "m")
e("INT: Sham marriages being arranged in Blackburn between EU women and Pakistani males for visas. Women paid £3000 each, willing participants. No info to suggest coercion. 3/C/P", "", "", "", "l")
e("They took us from the airport straight to the house. The man took the passports for 'registration at the council'. He said we cannot go out because the police will arrest us with no papers. We stay inside except work.",
  "RD RM", "dt rmv foa", "", "m")
e("Victim said 'the woman was very nice in the start, she pay for my ticket from Lagos, she buy me clothes. then she say now you owe me 35,000 pounds and you will work. she take me to a juju man and made me swear. if I break the oath I will die and my family will die'.",
  "DB IT", "", "S", "h")
e("Summary: Hand car wash, Garstang Rd. 3 males on site, all Kurdish Iraqi, all stated they rent rooms privately and are paid daily at £70 for a 9 hour shift. Owner has insurance and waste water consent. Officers saw nothing of concern.", "", "", "", "l")
e("nom: Rajinder (surname unk). Runs a sewing unit off Whalley Range, Blackburn, where Pakistani women sew for £2 per hour 'piece rate'. Women are local residents, go home each night. Possible NMW breach only. 3/C/P",
  "", "", "", "l")
e("The lad from Vietnam at the nail bar told my daughter he has not been paid for 6 months and the boss says it is paying off his journey. He sleeps in the back of the shop on a camp bed.",
  "DB WW", "saw", "L", "m")
e("Police officer witness statement: On entry to the property I found a door at the rear of the kitchen fitted with a bolt on the outside. Behind it was a small room, no window, containing a mattress and a bucket. The female occupant, who identified herself as Lan, was visibly thin and had bruising to her upper arms. She indicated by gestures that she was not allowed to leave the room except to work in the restaurant kitchen downstairs.",
  "RM AC PV", "rmv plc pa", "L", "h")
e("INT: Tanya SMITH (British, 31) and her partner said to be taking benefits of two vulnerable adults who live with them in Barrow. Adults also made to shoplift to order from Tesco and Asda. 2/B/P",
  "AV", "ncw", "C", "m")
e("Bank: customer (Nigerian, F, 30s) has never made a transaction herself; a third party (male) always attends, uses her card and PIN and answers the questions. Salary from a care agency paid in monthly and withdrawn same day.",
  "WW", "ncw sfw", "L", "m")
e("Dear police. My neighbour's cleaner is from the Philippines and always seems very happy, she goes to church every Sunday and has friends round. I just wanted to say I have no concerns and was asked to confirm.", "", "", "", "l")
e("Person says the boss told him if he leaves before the season is over he will not be paid for any of it. He has stayed and been paid nothing yet, 4 months.",
  "WW", "", "L", "m")
e("Kenyan woman, 29, came as a domestic worker with a Gulf diplomat's family, now living in a house near Alderley Edge rented by the family. Says she worked 7am to 1am, ate leftovers, was slapped by the eldest daughter and her passport is in the family's safe. Left when the family went to the shops.",
  "EO PV RD AC", "lh dt", "D", "h")
e("County lines: 16-year-old reported missing from Crewe found in a flat in Kendal. Was found with £900 cash and 2 phones. Says he can't go home until he's 'earned out' what he lost. Assaulted last week with a hammer by an older male.",
  "AV DB PV", "pa", "C", "h")
e("I have my passport, I have my bank card, my boss is fine. Please just help me with my housing form.", "", "", "", "l")
e("INT: Men working at a scrap metal yard in St Helens are Romanian and live in shipping containers on the yard with no heating. Yard owner charges them £50 a week for the container. 2/C/P",
  "AC", "saw plc", "L", "m")
e("Transplant tourism: Patient from Preston admitted to Royal Preston with complications after a kidney transplant bought in Pakistan for £25k. Donor unknown to him. HTA and NCA informed. He is a recipient, not a victim.",
  "", "", "O", "m")
e("Witness says the girl next door is only about 13 and a man in his 40s comes and takes her away every Friday, she comes back Sunday night with make up on and crying",
  "AV", "", "S", "h")
e("They made us work in the laundry. Bleach and no gloves, my hands burned. Twelve hours standing. If you sit down the supervisor shouts and says he will call immigration.",
  "AC EO IT", "lh foa", "L", "h")
e("TO: CID from PCSO 5514. Saw a guy at Kendal bus station who looked lost, turned out he was on a coach trip and missed the bus. Reunited. Log closed.", "", "", "", "l")
e("IP said he didn't know the address of the house, only that it was near a big Tesco. He was moved every 2 weeks between houses in Bolton and Wigan. He was locked in whenever the men went out.",
  "IS RM", "iso rmv", "", "m")
e("The gangmaster told us in Bucharest it would be £9 an hour picking broccoli, free house. Here it's piece rate, we get maybe £3 an hour, and £60 a week taken for the house which is a static caravan with 6 people.",
  "DE AC WW", "oa ct", "L", "h")
e("Female in A&E at Furness General - scalds on both forearms. States she works in a takeaway and 'the oil spilled'. Boss accompanied her and paid for her taxi. Boss says she's like a daughter to him. Nurse noted she didn't know her own address.",
  "IS", "pa sfw iso", "L", "m")
e("INT: Chinese national 'Mr Zhao' runs 3 massage parlours in Chester and Warrington. Women are brought in from London every fortnight, stay at the premises and are never seen outside. 2/C/P",
  "RM", "saw rmv", "S", "h")
e("Forced marriage unit contact: Male, 20, learning difficulties, family planning to marry him in Pakistan. He doesn't understand what marriage is. FMPO applied for. No labour or sexual exploitation reported.",
  "AV", "", "", "m")
e("A guy at work keeps saying we're all 'wage slaves' lol. Anyway I want to report my manager for not paying my holiday pay.", "", "", "", "l")
e("Debrief (Albanian male, 19): 'In Belgium they put me in the lorry. In England a man took me to a house and said I work on the grass (cannabis) until I pay 15,000. I ask how long. He laughed. He showed me a picture of my sister's house in Tirana.'",
  "DB IT", "", "C", "m")
e("Organ trafficking concern: Caseworker reports client (Eritrean, 26) was approached in Calais by a man who said he could pay her crossing if she 'gave a kidney' in a private clinic. She refused. She is now in Liverpool, safe.", "", "", "", "l")
e("NRM referral narrative: Adult male (Indian) recruited to work on a care visa at a Blackpool care home. On arrival he was told the role was unavailable and was placed instead by the sponsor into a car wash owned by the sponsor's brother. He was made to pay £200 per month 'to keep the visa'. He lives in a room at the car wash with three others.\n\nHe heard about the job from a WhatsApp group for nurses and carers in Kerala; he paid the agent nothing directly but his family paid 'processing fees' to a lawyer in Kochi. He holds his own passport and BRP. He says his flatmates at the car wash are Pakistani and Afghan and do not speak Malayalam, so he could not talk to them. He eventually went to a church in Blackpool and a parishioner drove him to the police station.\n\nHe consents to the referral and wants support with his immigration status.",
  "DE DB AC AV", "saw oa", "L", "h")
e("Woman says she is a willing escort, works for herself from her own flat in Preston, keeps her money and has no manager. Reports a client who refused to pay.", "", "", "", "l")
e("B/F note: 5 Vietnamese nationals found in lorry trailer at Heysham Port, all adults. Two say they were promised nail bar jobs in London and owe £30k each. One has injuries consistent with beating during transit.",
  "DE DB PV", "pa", "L", "h")
e("Mum says her son (17) was 'recruited' on Snapchat to drive cars to Liverpool and back. Now he owes them for a car that got seized and they say he's got to work it off. He's terrified.",
  "AV DB", "", "C", "h")
e("Flat above the barbers on Abbey St in Accrington - 20 odd blokes living there, all foreign, they work at the barbers and a car wash, the boss lives in Manchester and comes on Sunday to collect. Windows boarded.",
  "AC", "oa plc", "L", "m")
e("Council licensing: Nail salon in Wigan failed hygiene inspection. Staff are family members with shares in the business. No exploitation.", "", "", "", "l")
e("He hit me with the belt. Then he said sorry and gave me money for my mum. Then the next week again. I worked in the shop from opening to closing and I sleep in the shop.",
  "PV EO", "saw lh", "L", "h")
e("Forensic accountant summary: Over 18 months, 37 payroll accounts from a Skelmersdale labour agency paid into accounts accessed from the same IP address and debit cards used at the same two ATMs. Workers deny knowing their online banking details.",
  "WW", "mbc ncw", "L", "m")
e("Tip: the house at the end of Oak Close, Morecambe, has a Vietnamese woman who never goes outside. A man brings her food and locks the door behind him when he goes. Lights on all night. Smells of weed.",
  "RM", "rmv", "C", "m")
e("Caller (teacher) reports pupil (15) says her father is going to 'give her' to his friend to pay back money he owes. Father has previously hit her.",
  "AV PV", "", "", "h")

# ---- part 3 ----
e("Visit to the hand car wash at Bowerham: lads on the jets had proper boots and gloves, one showed me his contract on his phone. Nobody seemed to be held against their will and the manager was happy for us to talk to staff alone.", "", "", "", "l")
e("NCA alert passed to Cumbria: UK-based broker recruiting donors on Facebook groups for 'paid kidney donation' in India; two men from Barrow have travelled. One returned with a nephrectomy scar, says he was paid less than half of what was promised and was told he'd be hurt if he spoke about it.",
  "DE IT", "pa", "O", "m")
e("She says that the man who brought her took her phone and gave her another with only his number in it. She says she did not know which city she was in until the police told her it was Preston.",
  "IS", "iso", "", "m")
e("Romanian man, 50s, seen begging at Carlisle station every day in the same clothes. Has nothing with him except a cup. When asked where he lives he said 'the boss house' and pointed to a car. Car left when I approached.",
  "", "fpe pa", "C", "m")
e("Nothing dodgy about the takeaway, I ordered from there for years and the two lads who work there are the owner's sons. Just reporting the fire exit being blocked.", "", "", "", "l")
e("INT: Males at a salad farm near Tarleton are said to be charged £100 each to be 'put on the list' by a Lithuanian supervisor, plus £20 a week for boots and gloves which never arrive. 2/C/P",
  "", "uf ppe", "L", "m")
e("Victim statement: When I said I wanted to go home he said OK, but first I pay the 4,000 for the bus, the room, the food. I worked two more years and it was still 4,000. I never saw my salary, it went to his card.",
  "DB WW", "ncw", "L", "m")
e("Asylum hotel staff, Morecambe: two Eritrean teenage boys keep being collected at night by a man in a taxi and returning at dawn with cash. Boys say they are 'helping in a shop'. Age disputed, say they are 16.",
  "AV", "cedl", "", "h")
e("Mate of mine works in a warehouse through an agency in Warrington, long shifts but he loves it, pays his own rent and sends money to his mum. He says the agency are sound.", "", "", "", "l")
e("Caseworker (Unseen): Client is a Polish man in his 60s, alcohol dependent, found via homeless outreach. He was picked up outside a shelter by a family who offered him work on driveways. He has been sleeping in a van for a year, paid in beer and tobacco, and knows only the first names of the family. He says they told him no one would believe a drunk.",
  "AV WW AC IS", "saw plc iso", "L", "h")
e("He keeps telling me my visa is finished and if I go out the police will catch me. My visa is OK until 2027 I found out.",
  "DE", "foa", "", "m")
e("Traffic stop A590, Ulverston. Transit van containing 9 males and sleeping bags. Driver had 9 passports in a carrier bag in the footwell. Males said they were going to 'work with the boss'. Van intelligence links to a block paving crew.",
  "RD", "dt et fpe", "L", "m")
e("Hospital safeguarding: Woman (Chinese, 30s) admitted after overdose, lives at a massage parlour in Warrington. Says she can't go back because she has no money and the 'auntie' has her passport, but is frightened the auntie will find her.",
  "RD", "dt saw", "S", "h")
e("Girl, 16, on CAMHS caseload in Barrow told nurse an older man she met online sends her money for pictures and has said he will post them to her school if she stops.",
  "AV IT", "", "S", "h")
e("Licensing check, Blackpool hotel. Polish cleaners on zero hours contracts, legal, own accommodation. One said the supervisor shouts but that's it. No modern slavery indicators. Note: one worker owed holiday pay, passed to HMRC.", "", "", "", "l")
e("INT: 'Big Man' (Nigerian male) in Liverpool controlling females working in brothels in Birkenhead and Chester. Females said to be under a juju oath and told their families will die if they escape. Females are moved between houses weekly and don't know the addresses. 2/B/P",
  "IT IS", "iso", "S", "h")
e("The owner of the restaurant at Windermere told the Nepali chefs they can't leave the staff house after 11 and the gate is padlocked at night. They work split shifts from 8am to 11pm. 6 days.",
  "RM EO", "rmv lh", "L", "m")
e("PCSO: spoke to an older Vietnamese man at a nail bar in Whitehaven who said he's the owner, everyone is family and paid. His niece told me she's 19 and at the college. No concerns.", "", "", "", "l")
e("Report from a member of public: 'I think the woman at number 47 is a slave. she comes out to put the bins out at 6am and is still hoovering at midnight. the kids are horrible to her. she looks so tired. she never has a day off'",
  "EO", "lh pa", "D", "m")
e("Debrief of IP (Slovak male, 38, mild learning disability): says 'Marek' met him in Košice and promised building work in Manchester at £12 an hour. In the UK Marek opened a bank account in IP's name and kept the card. IP lived with 12 others in a 3-bed house in Bolton. He was given cigarettes and food; 'money later'. He never got any.\n\nHe says that one of the other men, Jozef, was 'the boss's friend' and got paid properly and came and went as he liked. IP does not think Jozef was a victim. IP's sister in Slovakia reported him missing in 2023; this is how he was identified. He is now supported by a Salvation Army partner in Greater Manchester and is keen to go home.",
  "AV DE WW AC", "ncw oa", "L", "h")
e("Sign on my Nextdoor: 'Does anyone know why there's always blokes sleeping in that Mercedes Sprinter on Market St?' Turns out it's a touring band. Ha.", "", "", "", "l")
e("Sexual assault report, Lancaster: female student assaulted by a taxi driver. Suspect arrested. No trafficking or exploitation element.",
  "PV", "", "", "h")
e("INT: OCG in Bury recruiting British teenage girls through Instagram for 'sugar daddy dates' — girls are driven to hotels in Manchester and Leeds and sexually abused by paying men. One girl (15) identified. 2/B/P",
  "AV PV", "et", "S", "h")
e("They told me I'm a cook. But I cook, I clean the house, I wash the car, I iron for four adults. I start 5.30. I go bed 1. Madam says I am lucky because I have a bed.",
  "DE EO", "lh", "D", "m")
e("Man reported missing from an approved premises in Preston, subsequently found at his brother's house. Not vulnerable to exploitation per probation.", "", "", "", "l")
e("Voice of the IP (interpreter): He says that the men who run the car wash beat him with a hose pipe when a customer complained. He says he is not paid but he is given a bed in the container behind the car wash. He says he is scared of the police because he has no papers.",
  "PV WW AC", "saw plc foa", "L", "h")
e("Fraud team: a retired man in Kendal reported that his carer, introduced through a church, had taken £38k from his account over 3 years. Not modern slavery; financial abuse of a vulnerable adult, referred to adult safeguarding.", "", "", "", "l")
e("Agency worker in Crewe: 'The agency took my passport copy, not my passport. I have my passport. They pay me right. I just want to know if I can change job.'", "", "", "", "l")
e("INT: Two Vietnamese teenagers, 15 and 16, working at a nail bar in Kendal and staying in a room above it. Never seen going to school or going out. Older female sleeps across the doorway. 2/C/P",
  "AV RM", "saw rmv", "L", "h")
e("NOW: caller's brother rang from a farm near Wigton saying the boss has beaten him and locked him in the shed and he's bleeding. Caller in Manchester. Lat/long from phone attached.",
  "PV RM", "pa rmv", "L", "i")
e("Caller says her sister (22, Slovak) came over with a man promising a job in a factory but she now lives in Oldham and he is selling her to other men. Sister rang crying from a number she didn't recognise and said she has no phone of her own and doesn't know the address.",
  "DE IS", "iso", "S", "h")
e("A man runs a team of Romanian women doing shoplifting in Chester and Ellesmere Port. He drops them at the retail park and waits in the car park. They hand him everything. If they don't get enough he slaps them.",
  "PV", "et", "C", "h")
e("IP (Pakistani, 32) came on a student visa. Says the 'college' was fake and the agent now makes him work in a warehouse via a friend's ID. Wages go into the friend's account. IP gets £40 a week. Agent says he'll tell the Home Office if he complains.",
  "DE WW IT AV", "ncw foa", "L", "h")
e("POI: Craig THOMPSON. Reported by family of a 19-year-old with autism that Craig has moved in with him and is using the flat to store drugs. 19yo is being told he must deliver packages to 'pay rent'. 2/A/P",
  "AV", "", "C", "m")
e("Cleaner at a Lancaster office says she wants advice because she was paid a week late. Manager apologised and paid extra. She has no other issues with them.", "", "", "", "l")
e("They never paid us. When we ask, the boss says 'next month'. 11 months now. We eat what the farmer throws away.",
  "WW", "", "L", "m")
e("Operation summary: 3 addresses in Blackburn searched. 16 Romanian males found across 2 houses, sleeping on mattresses, 1 toilet per house, no heating. Males worked at a car wash and a vehicle dismantler. All 16 said they paid £50 a week to 'Dorin' for the bed and the lift to work. Dorin held 11 ID cards in his bedroom drawer. Debt ledger recovered showing 'datorie' (debt) against each name, never reducing.\n\nThe third address, a flat above a shop on Montague St, was occupied by an elderly Pakistani man and his grandson, neither of whom had any connection to the suspects; the warrant was obtained on outdated intelligence and an apology was given. Dorin (38) and his partner (35) were arrested. The car wash owner attended voluntary interview and says he paid Dorin as a labour supplier and did not know how the men lived. Sixteen males taken to a reception centre; 12 consented to NRM referral, 4 declined and were reported under the Duty to Notify.",
  "AC RD DB", "oa plc ct dt", "L", "h")
e("I think my neighbour's nanny is being mistreated. Then again she does have weekends off and goes to her friends. Probably nothing.", "", "", "", "l")
e("IP account: 'I was sold to a man in Manchester. He put me in a room with another girl. He said the men come and you do what they want. If you don't he will cut your face. The other girl had marks on her face.'",
  "IT", "", "S", "h")
e("GLAA: Shellfish gatherers on Morecambe Bay, licence holder compliant, all workers registered, tide tables enforced, transport included in wages and not deducted. No issues.", "", "", "", "l")
e("Nurse practitioner: patient (Filipino, 50) attending for blood pressure, works as live-in housekeeper in Prestbury. She has her own phone and passport, has a contract, Sundays off and says the family are 'very kind'. No safeguarding concerns.", "", "", "", "l")
e("Deal lines run by 'Bando' out of Liverpool into Barrow, using a 15-year-old girl as a runner. She has been reported missing 9 times this year. Mum says the men threatened to petrol bomb the house if she went to the police.",
  "AV IT", "", "C", "h")
e("We live in the warehouse. Twelve of us behind the racks. The boss locks the big door at night from outside. If there is fire we die.",
  "RM AC", "saw rmv oa", "L", "i")
e("Housing association officer: elderly Indian couple took in a young relative from Gujarat who does their shopping and cleaning; he attends college 3 days a week, has his own money and phone. Extended family arrangement.", "", "", "", "l")
e("A Sudanese man at the Lancaster day centre said in the camp in Libya they took blood from everyone and some men were taken away and came back with bandages on their side. Two of those men later told him their kidneys had been taken and sold. He himself was not harmed.",
  "", "", "O", "m")
e("They kept his bank card since the day they opened the account. Still have it. He doesn't know his PIN.",
  "WW", "ncw", "", "m")
e("Street Triage: Woman with mental health condition, Workington, says a man she knows takes her to other men's houses and makes her have sex with them for money which he keeps. She calls him her boyfriend.",
  "AV PV WW", "ncw", "S", "h")
e("Call 999: man in Carlisle says his cousin is at a house and men are threatening to kill him tonight unless he pays the money he owes for bringing him from Iraq.",
  "IT DB", "", "", "i")
e("Outreach worker: Eastern European man sleeping rough in Warrington asked for help getting his passport back from 'the agency' who took it to 'do the paperwork'. He left their house after a row. He isn't sure if they will give it back.",
  "RD", "dt", "", "m")
e("INT suggests Crewe tyre shop staff are Kurdish males brought in by the owner's cousin. Staff are said to sleep in the back of the unit and be paid irregularly. Unconfirmed. 3/C/P",
  "", "saw", "L", "m")
e("She was made to marry a man in Blackburn who was a stranger to her. His mother made her do all the housework, she was forbidden to leave the house alone and her phone was smashed when she called her mother in Sylhet. Husband raped her.",
  "RM IS PV", "rmv iso", "D", "h")
e("Kidney donation advert seen on Telegram, 'UK donors wanted £40k', reported by a Preston student. Screenshot attached. No victim identified yet.", "", "", "", "l")
e("The gangmaster has all our passports and says he keeps them safe from thieves. We work at the cockle beds from before dawn.",
  "RD", "dt cedl", "L", "m")
e("Parent report: my son (13) goes to a house in Skelmersdale after school and comes back with money and won't say what he's been doing. I've heard the older lads there make kids hold stuff. He says if he tells, they'll batter him.",
  "AV IT", "", "C", "h")
e("Witness says the boss at the building site would have hit the young lad if the foreman hadn't stepped in. He didn't. The lad is fine and paid like everyone else.", "", "", "", "l")
e("IP (F, 26, Albanian): boyfriend brought her to UK saying they would marry. In Chester he put her in a flat and she had to see 10 men a day. He took all the money. He kept her ID card in his car. She slept 4 hours a night.",
  "DE WW RD EO", "ncw dt lh", "S", "h")
e("Report of concern: the woman who works in the launderette says she sleeps there and the owner gives her £30 a week. she is Ukrainian, doesn't know where else to go",
  "WW AV", "saw", "L", "m")
e("INT: Network in St Helens obtaining NINOs for Romanian nationals then claiming UC in their names; nationals kept in a house and not told their claims exist. They work at a recycling yard for £20/day. 2/B/P",
  "WW", "ncw", "L C", "m")
e("Man attended Southport police front counter: says he left a farm where he was working because the caravan was dirty. He was paid, had his passport, and the farmer drove him to the station. Wants advice about the Job Centre.", "", "", "", "l")
e("He shaved my head when I tried to escape. He put me in the cellar for 3 days with no food.",
  "PV RM AC", "rmv", "", "h")
e("Cumbria Police press release: A Barrow couple who forced a 72-year-old man with dementia to live in their garage and hand over his pension were sentenced today. The man was also made to do their cleaning.",
  "AV AC", "ncw plc", "D", "h")
e("IP was recruited in Ho Chi Minh City by a travel agent who said he'd work in a restaurant in London. The agent charged $15,000 which his family borrowed. In the UK he was driven to a house in Wigan and told to water plants. He was not allowed out and food was dropped off once a week.",
  "DE DB RM", "uf rmv", "C", "h")
e("Eritrean woman in Rochdale tells caseworker she is happy in her job at a hotel kitchen and wants help with her English. Free to leave, paid properly.", "", "", "", "l")
e("no one gets paid at that car wash, they get given a room and fags", "WW", "", "L", "m")
e("Taxi driver reports he keeps getting booked to take young girls (look 14-15) from Carlisle to a flat in Penrith late at night; the booking is made by a man and the girls don't know where they're going.",
  "AV", "et", "S", "h")
e("B/F Liverpool Seaforth: Filipino seafarer asked to see the port chaplain, says he's been on board 14 months, contract was 9, the captain keeps his passport and says the company will blacklist him if he leaves.\n\nOther crew (Indian, Ukrainian, Filipino) were spoken to briefly by the chaplain and the ITF inspector; they said they had been paid and had their documents, and the ship was clean. Only this seafarer raised concerns. ITF is chasing the company in Cyprus for his repatriation. Port police aware. Vessel due to sail Tuesday 0600.",
  "RD IT", "dt", "L", "m")
e("Lady at church told me her employer keeps her passport in a drawer but she can have it whenever she asks and has done twice for holidays.", "", "", "", "l")
e("INT: POI Ali HASSAN operating a pizza shop in Stockport where three Afghan boys (16-17) work 14 hour shifts and sleep in the cellar. 2/B/P",
  "AV EO AC", "lh saw", "L", "h")
e("He didn't let me ring anyone. I didn't know what country I was in for the first week.",
  "IS", "iso", "", "m")
e("Interpreter notes: 'She says she does not want to say more. She says the men who brought her know her mother's house and have already sent a man there with a photo of her.'",
  "IT", "", "", "m")
e("Polish family of 5 living in a 2 bed house in Wigan, dad works at a warehouse, mum at a bakery. School raised concern re overcrowding only. Parents are tenants, kids healthy.", "", "oa", "", "l")
e("Detective's note: IP repeatedly says 'I am free, I am free' but cannot say what he was paid, where his passport is or who he lives with. Phone checked, only one contact. Concern remains.",
  "IS", "iso", "", "m")
e("INT: Sudanese men working at a meat plant in Bootle sleep at a house run by the labour provider's brother; 3 to a room, £90 each a week deducted from pay along with 'transport' of £40. Net pay often under £100. 2/C/P",
  "AC WW", "oa ct ncw", "L", "m")
e("Woman in A&E, Blackpool Vic: vaginal injuries, says she was made to have sex with 'clients' by a woman she calls Mama. Came from Lagos 2 months ago. Mama has her documents.",
  "PV RD", "pa dt", "S", "h")
e("IP: 'For the first year there were no days off. Christmas also. Sixteen hours in the kitchen.'",
  "EO", "lh", "L", "m")
e("Caller says two Chinese women were being marched between a hotel and a car by a man holding their arms, in Chester. They looked terrified. He drove off towards the A55. VRM not obtained.",
  "RM", "et rmv", "", "m")
e("Found this advert on a job site: 'Cleaners wanted UK, free flights, free housing, £3000 a month, send passport copy and £200 fee'. Seems a scam? Reporting it. Nobody I know has applied.", "", "uf", "", "l")
e("Mental health nurse: service user (21, British, homeless) says men in a flat in Lancaster let him stay there if he 'does jobs' — driving them around and holding stuff. They have his phone and he doesn't know the address.",
  "AV IS", "iso", "C", "m")
e("Girl in Year 11 told form tutor her uncle has taken her passport and says she'll be going to Pakistan in the summer to be married. She does not want to. Forced marriage unit informed.",
  "AV RD", "dt", "", "h")
e("Unseen helpline: caller (Romanian, 45) working at a car wash in Oldham says the boss holds everyone's ID cards, charges £15 a day for food and the van, and that she has been hit. She is scared he will send someone after her family in Craiova if she runs.\n\nShe rang from a friend's phone while at the launderette. She gave the car wash name and says there are five other workers, two of them women. She did not want police to attend today because the boss would know it was her. Advised of options, including the Salvation Army. She agreed to call back Thursday at the same time. Helpline has passed details to Greater Manchester Police with her consent. Call length 34 minutes, Romanian interpreter via three-way call.",
  "RD PV IT", "dt ct", "L", "h")
e("CCTV review: 4 males in hi-vis arrive at a Widnes warehouse at 05:30 in a people carrier, leave at 19:30. Agency confirms 14h shifts by choice, paid overtime, days off rota. No concerns.", "", "cedl lh", "", "l")

# ---- part 4 ----
e("Debrief (Arabic interpreter): He says that in Cairo the smugglers told him he could pay for the boat by 'giving one kidney, you have two'. He says when he refused they held him in a flat for a week and beat him, and a doctor came and took blood. He says he woke up in pain with a wound in his side and was put on a boat to Italy. Now in Liverpool.",
  "RM PV IT", "pa rmv", "O", "h")
e("INT: Woman in Oldham (Bangladeshi, 24) brought to UK by her in-laws, who are arranging for her to 'donate' a kidney to her father-in-law in a private clinic abroad; she says she has been told she will be sent back to her village in disgrace if she refuses. Her passport is held by the mother-in-law. 2/B/C - not to be disclosed to family",
  "AV IT RD", "dt", "O", "h")
e("Supervisor at a poultry farm near Nantwich always answers for the Romanian workers, deducts £30 a week for wellies and overalls, and goes to the cashpoint with a handful of their cards on a Friday.",
  "WW", "sfw ppe mbc ncw", "L", "m")
e("Railway staff at Lancaster: two young Vietnamese lads with nothing but the clothes they stood in and a phone each, met off the train by a man who took the phones off them straight away. Both looked about 15.",
  "AV IS", "fpe iso et", "", "h")
e("Complaint about a van parked on the pavement outside the Polish deli in Carlisle every morning. Driver is the deli owner making deliveries. Parking issue only.", "", "", "", "l")
e("My husband's employer is lovely, they paid for his flight and he is paying them back £50 a month out of his wages as agreed in his contract, he can leave whenever and he's nearly finished. Just asking if that's legal.", "", "", "", "l")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh57.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, ind, sig, typ, risk) in enumerate(T, 1):
            f.write(json.dumps({"id": f"f57-{i:03d}", "text": text, "indicators": ind, "signs": sig,
                                "exploitation": typ, "risk": risk}, ensure_ascii=False) + "\n")
    print(len(T), "texts ->", out)
