#!/usr/bin/env python3
"""Hand-written labelled texts (set 101, criminal exploitation of adults emphasis).
Each entry: (text, indicators, signs, exploitation, risk) using short codes expanded below.
Every text is written individually; no slot filling."""
import json, os

IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement", is_="isolation",
           pv="physical_sexual_violence", it="intimidation_threats", rd="retention_of_documents",
           ww="withholding_wages", db="debt_bondage", ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           ced="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

E = []
def T(text, ind="", sig="", typ="", risk="l"):
    E.append((text, ind, sig, typ, risk))

# ---------------------------------------------------------------- part 1
T("INT: nom KOVAC, Marian (DOB 14/03/1961) resides alone at flat 6 Peel Court. Known LD, lives on PIP. Since approx 3 wks 3-4 males from Liverpool using flat to deal Class A. Nom seen sleeping in stairwell as 'not allowed' in own bedroom. Graded 2/B/P.",
  "av rm ac", "rmv plc", "C", "h")
T("Cuckooing concern: neighbour says the old fella at no.12 has had lads in his flat for days, he looks terrified and is begging them to leave, they laugh at him",
  "av", "", "C", "m")
T("101 call: caller reports her brother (adult, heroin user) has 'friends' living at his flat who sell from there. Brother says they pay him in gear and he can't say no or they'll smash his face in. Caller wants welfare check.",
  "av it ww", "", "C", "h")
T("999: male whispering, says he is locked in back bedroom at 41 Arden Rd by two men who took over his flat, they have a knife and said they'll stab him if he shouts. Units dispatched.",
  "rm it", "rmv", "C", "i")
T("PCSO note: visited Mrs HALLORAN re ASB complaints. Her grandson and his mates are staying while his flat is redecorated. She is happy, has her own keys, comes and goes. No drug paraphernalia seen. No safeguarding concerns.",
  "", "", "", "l")
T("Adult safeguarding referral. Derek (54) has a learning disability and lives alone in a housing association flat. Support worker found six unknown people in the flat, mattresses on every floor, scales and bags on the kitchen table. Derek said 'they're my mates now' but had a black eye and no food. His bank card is with a woman called Shaz who 'looks after his money'.",
  "av pv", "pa plc ncw", "C", "h")
T("my cousin vlad sleeps on my sofa he got his own job at the warehouse just between places  police came asking why lots of people at my flat its only us 3",
  "", "", "", "l")
T("nom BRIGGS seen at Tesco Express Holloway Rd with known county lines runner. INT suggests BRIGGS (vulnerable adult, alcohol dependent) is made to carry wraps in exchange for cider and a place on the sofa. 3/C/P.",
  "av ww", "", "C", "m")
T("Officer handover: arrested male for possession with intent at station car park. He is 24, local, says it's his own business and he's been doing it for two years, his own phone, his own profit. No signs of coercion, declined NRM info. Charged.",
  "", "", "", "l")
T("I came to England from Durres because a man in the café said he had a job in a restaurant kitchen for £1,500 a month. When I arrived they drove me to a house with plants. I watered them and never went outside. They said I owed £18,000 for the lorry and every month it was more. I slept on a mattress beside the lamps.",
  "de rm db ac", "rmv sw plc", "C", "h")
T("Cannabis factory found at 3 Moss Lane following smell complaint. Approx 400 plants. One male, VIETNAMESE, approx 17, found inside, door padlocked from the outside, windows boarded. No English. Says a man brings rice every week.",
  "av rm is ac", "rmv iso plc", "C", "i")
T("Cannabis grow at industrial unit 14B. Tenant JONES, 39, British, admitted it is his own operation to pay off his gambling, no one else involved, he goes home every night. Not NRM.",
  "", "", "", "l")
T("Debrief (via Vietnamese interpreter): He says he paid 20,000 USD to come to England, the family borrowed it from a man in the village. In the UK he was taken to a house and told to look after the plants until the debt was finished. The man who came every few days said if he ran the police would put him in prison and his parents would lose their house. He says he never saw the street in 5 months.",
  "av db it rm is", "fa rmv iso uf", "C", "h")
T("Intel 2/C/C (not to be disseminated outside MSHT team): Romanian female group working Oxford St begging with babies. Women dropped at 0700 from a white Transit and collected 2100. All takings handed to male known as 'Costel' at end of day. Women reportedly sleep 10 to a room in Ilford.",
  "ww ac", "ced oa ncw", "C", "m")
T("Woman begging outside Boots every day for months. Said to me she has her own flat and does it for extra money. She is fine and chatty. Not reporting for any concern just because the council asked us to log it.",
  "", "", "", "l")
T("Man with no legs begging at the lights on Kingsway every morning, a car drops him off at 6am and picks him up at dark. I saw the driver take the cup off him. Pls someone look into it",
  "av ww", "ced ncw", "C", "m")
T("Salvation Army caseworker note: Client (M, 46, Polish) was approached at a soup kitchen in Peterborough and offered work and a room. He was made to sign for bank accounts and Universal Credit. He never saw the money; the 'boss' kept his bank cards and ID. He was sent begging when there was no work. Threatened with a beating if he spoke to the Jobcentre.",
  "av de rd ww it", "dt ncw", "C L", "h")
T("Bank alert (financial crime unit): 11 current accounts opened in 3 weeks at Wisbech branch by Eastern European adults giving same address. Same mobile number listed on 7 accounts. Cards used at same ATM within minutes of each other. Referring for MSHT review.",
  "", "mbc", "", "l")
T("Universal Credit fraud review: claimant Mrs PATEL manages her own claim and journal, confirmed by video call, her son helps with typing only. No concerns.",
  "", "", "", "l")
T("POI 'Big Dave' holds the post office card and PIN for three elderly tenants in the block and draws their pensions on Mondays. Tenants get a bit of cash back. One tenant (89) says she is scared to ask for it.",
  "av", "ncw", "", "m")
T("Fraud team note: ID of at least 9 Slovak workers used to claim child benefit for children who live in Slovakia. Workers say the agent 'did paperwork' for them on arrival and kept their passports 'for the office'. None have received any benefit money. They work at a meat plant 6 days a week on 12 hour shifts and get £50 a week after 'rent'.",
  "rd ww eo", "dt ncw lh", "C L", "h")
T("Stopped a man at Luton arrivals with 4 Romanian passports and 4 bank cards in other people's names. He said he was 'helping friends with banking'. Friends not present. Further enquiries.",
  "", "mbc", "", "l")
T("sham marriage - registrar report: groom (Pakistani national, visa expiring) and bride (Portuguese national) needed interpreter to speak to each other, didn't know each other's addresses. Bride later told registrar staff privately a man paid her rent and said she must go through with it or she'd be thrown out with her kids.",
  "av it", "", "C", "m")
T("Registrar note: couple gave notice, both UK residents, met at university 4 yrs ago, joint tenancy, photos, no concerns about the genuineness of the relationship.",
  "", "", "", "l")
T("Debrief account, first person, translated from Slovak: I was told it was a good marriage with a rich man in England and I will have nice life. At the wedding I did not know his surname. After, his cousin took my ID card and said I must stay in the flat and I cannot call my mother. I was in the flat 4 months. The husband came only when there was a letter from the Home Office.",
  "de rd rm is", "dt rmv iso", "C", "h")
T("A woman from Latvia said she was paid £3,000 to marry a man she met once so he could stay. She got the money, lives in Riga, and says nobody forced her. Referred to Immigration Enforcement for the sham marriage offence only.",
  "", "", "", "l")
T("Shop staff at Primark report group of 3 women, Romanian, coming in daily with foil-lined bags. A man waits outside in a car and they hand him everything. One girl had a bruised face and looked like she hadn't eaten. Security say she cried and said 'he will kill me if I go back with nothing'.",
  "pv it ww", "pa ncw", "C", "h")
T("Shoplifter detained at Sainsbury's, 33, local, well known to staff, steals to fund own habit, sells meat at the pub. Acts alone. Arrested.",
  "", "", "", "l")
T("Store detective: same 2 lads nicking razors every week, they know the cameras, they're just thieves mate not trafficked, bragging about it on snapchat",
  "", "", "", "l")
T("Pickpocketing team arrested at Westminster Bridge, 4 adult females, all from same village in Romania. Interviews indicate a 'boss' set a target of £300 per day each, shortfalls added to their 'debt' for travel. Two say they were beaten with a belt when they came back short.",
  "db pv", "", "C", "h")
T("BTP INT 2/B/P: Group of young Roma men working pickpocket on Central line, handler watches from platform end, they pass phones to him within seconds. Handler holds their ID cards. Same group sleep in van in Wembley.",
  "rd ac", "dt plc", "C", "m")
T("Pickpocket caught on Oxford Circus escalator. Acting alone, British national, 41, long record. No indication of third-party control.",
  "", "", "", "l")
T("Drug runner stop: male, 27, Eritrean, on train from Euston to Aberystwyth with 80 wraps internally concealed. States he owes 'the people from Tottenham' for a hostel room and they will 'do his brother' if he doesn't finish the run. Asylum claim pending, no recourse to public funds. NRM referral made.",
  "av db it", "", "C", "h")
T("Adult male, 31, homeless, recruited at a day centre in Bournemouth: given a phone and told to run bags to addresses in exchange for somewhere to sleep. Phone taken off him each night. Says the 'elders' slap him if the phone's missing a call.",
  "av pv ww", "", "C", "h")
T("nom HUSSAIN 2/A/P running his own line from Bradford to Scarborough, recruits runners, clear controlling role. Not a victim.",
  "", "", "", "l")
T("A man says he works 'for himself' selling weed from his flat on the estate. Neighbours complain about cars. No indication anyone else involved. Passed to neighbourhood team.",
  "", "", "", "l")
T("GP note: 58yo M, alcohol dependent, attends with rib fractures. Says 'the lads who stay at mine' did it because he wanted them out. Previously lived alone. Carer reports his flat now has locks on the inside doors and he sleeps in the kitchen. Referred to adult safeguarding and police.",
  "av pv rm ac", "pa rmv plc", "C", "h")
T("My flat has been taken over i cant get out there watching me right now they took my phone but i have my sons old one. flat 3 Crossley house. Please come quick there is a gun",
  "rm is it", "rmv iso", "C", "i")
T("Housing officer: tenant Ms GREEN reported cuckooing at her flat last month. Police attended, the males were removed, locks changed. Today she is settled, doors secure, no visitors, and says she feels safe. Closing case.\n\nNote for file: the previous occupants were identified as part of Op BRAMBLE and the closure order expired in May. Neighbours at 4 and 6 report no further visitors. Housing will carry out a routine tenancy check in 3 months and Ms GREEN has the direct line for the neighbourhood team. She was also given information about the local befriending scheme, which she said she might try.",
  "", "", "", "l")
T("Probation note: Service user KELLY (35) released on licence to his mum's. Says he wants nothing to do with his old crowd. Mum's house, no one else staying. No exploitation concerns at present.",
  "", "", "", "l")
T("Prison safeguarding: prisoner states he was made to hold a 'package' by another wing's boss, is being charged 'double bubble' interest on a £20 vape debt that is now £300, and his girlfriend outside has been told to pay or he'll be stabbed. Moved to another wing.",
  "db it", "", "C", "m")
T("Intel 3/C/P: unknown males collecting workers from Asda car park at 0530 daily, taking them to unknown sites, returning 2200. Workers appear to be Polish, wear the same clothes every day.",
  "", "ced pa", "", "l")
T("Cannabis gardener debrief (Albanian, via interpreter): She says he, the client, was promised a job in construction by a man in Tirana. He paid €5,000 for the journey and was told he would pay the rest from his wages. On arrival he was put in a house with lights and told the 'wages' would be paid when the crop was sold. He was never paid. The men visited and took photographs of him 'so the police would know he was the gardener'.",
  "de db ww it", "uf", "C", "h")
T("Crop found in loft of semi, 120 plants, wiring bypassed. Occupant KHAN, 48, homeowner, said he grew it himself for his back pain and to sell to friends. Nobody else lived there.",
  "", "", "", "l")
T("Report from a member of the public: theres a house on Faraday st windows all covered in foil and a young asian lad only comes out to the bins at night, he never talks, looks really thin. the car that comes is a black audi",
  "", "pa", "", "l")
T("URGENT officer update: Vietnamese male found at rear of burning property on Willow Grove which contained cannabis grow. He says he was locked inside by the 'boss' who has the key, fire started by electrics. Burns to arms. Taken to A&E under guard for his welfare, not under arrest.",
  "rm ac pv", "rmv pa", "C", "i")
T("Money mule alert: customer account receives £1,000s from multiple unrelated sources then withdrawn in cash same day. Account holder is 19, student, says she 'sold' her account details for £200 on Instagram. No coercion reported.",
  "", "", "", "l")
T("Bank notes: account of a 72yo man with dementia, new 'friend' added as payee, his benefits emptied the day they land. Friend is also living in his flat. Adult safeguarding informed.",
  "av", "ncw", "", "m")
T("Identity fraud: Nigerian male worker in a care home says agency owner used his passport and BRP to open 3 loans and a phone contract, he did not know until debt letters came. Owner still has his passport 'for right to work checks'. He works 70 hours a week and his pay goes into an account the agency controls.",
  "de rd ww eo", "dt ncw lh", "C L", "h")
T("Caller on 101 says her late mother's pension is still being collected by her brother. Family dispute. No vulnerable adult currently at risk.",
  "", "", "", "l")
T("INT 2/B/P: POI 'TONI' recruits homeless Polish men from Slough parks, registers them for UC and bank accounts, keeps their cards and letters, gives them £10 a day and vodka. Men kept in a garage, 8 of them. Some are sent to shoplift from B&Q.",
  "av ww ac", "ncw oa plc mbc", "C", "h")
T("Council tenancy audit at 22 Orchard Row: 14 adults registered, 3-bed house, all claim UC, landlord's brother collects all the post each morning. Tenants unwilling to talk, one said 'the manager does everything for us'. Further visit with police.",
  "ac", "oa sfw ncw", "", "m")
T("Benefit claimant Mr O'NEILL, 61, applied for PIP himself, manages his own money and has a daughter who visits. Complaint from neighbour was that 'people come and go' — these are carers. No concerns.\n\nBackground for the record: the neighbour has made four similar reports since January, mostly about parking. On each visit Mr O'NEILL was at home, cheerful and clearly in charge of his own affairs; he showed the officer his bank app and his post, which he opens himself. His carers are from a CQC-registered agency and sign a visit log kept in the hallway. The neighbour has been given words of advice about repeated calls.",
  "", "", "", "l")
T("forced to steal by my partner, he says if I don't bring home stuff he will tell social services Im a junkie and they'll take my daughter, he takes all the money when he sells it",
  "av it ww", "ncw", "C", "h")
T("Two Romanian women in their 20s begging outside Lidl in Bury. One told volunteer she came to work in a hotel but the man brought her here instead, she has no passport because 'uncle' keeps it and she has to give him £50 every evening.",
  "de rd ww", "dt ncw", "C", "h")
T("Begging by the cash machine again, bloke with a sign, think he's genuinely homeless, seems to be on his own, he sleeps in the doorway of the old Woolworths, not trafficking just sad",
  "", "", "", "l")
T("Street outreach note: Mihai (approx 40) sits outside Greggs on Market St. Says he wants to stay in UK but has 'no choice where to stand'. A woman picks him up in a silver Zafira at 7pm and he has to give her the money. When asked who she is he went silent and looked to the car. Very thin, sores on legs.",
  "ww", "pa ced ncw fa", "C", "m")
T("Forced criminality debrief: I am from Sudan. In Calais a man paid for my boat and said in England I must work for his friend for a year. In England they gave me a bike and I delivered parcels of drugs. They said if I tell anyone they will send my photo to the Home Office. I sleep in a room with 6 others. I have not got any money.",
  "av db it ww ac", "fa oa", "C", "h")
T("Organ trading concern: A&E triage, male 30s, Pakistani national, recent nephrectomy scar not consistent with medical history. Says he was brought to the UK by a man who said 'donate and your debt is cleared'. Surgery done abroad. Man waiting in the car park.",
  "av db", "", "O", "m")
T("Transplant clinic: patient Mr AHMED, living donor kidney from his brother, full HTA assessment done, both consented independently, no payment. Routine follow-up.",
  "", "", "", "l")
T("Officer note: Tamil man at a car wash in Croydon says he was paid £40 a day for 12 hours, 7 days, boss keeps the money 'for rent and lawyer fees' and gives him £40 a week. He sleeps in the shipping container on site.",
  "ww eo ac", "lh sw ncw", "L", "h")
T("hand car wash on the A6 - busy but fine, 6 lads working, all on payroll, wearing gloves and boots, got their own cars to drive home, owner showed us the payslips",
  "", "", "", "l")
T("GLAA inspection: labour provider unlicensed, supplying 30 workers to a salad packhouse. Workers had contracts, pay slips, own bank accounts, held their own passports. Licensing offence only.",
  "", "", "", "l")
T("Nail bar, high street: young Vietnamese girl 15/16 working, boss answered all our questions for her, she says she sleeps upstairs and has 'no mum here'. No school.",
  "av", "sfw sw", "L", "i")
T("Doctor's note (midwife): 22yo pregnant Romanian woman attends with a 'husband' who won't let her speak, answers all questions. She carries no ID, says he has it. Later alone in toilet she wrote 'help he make me steal' on a paper towel.",
  "rd", "sfw dt", "C", "m")
T("Caseworker, New Pathways: Client (F, 29, Nigerian) reports she was brought over for a nanny job with a family in Essex. She cared for 3 children, cleaned from 6am to midnight, never had a day off, was not paid because 'we send money to your mother'. She was not allowed to leave the house without the wife. Passport in the wife's drawer.",
  "de eo ww rm rd", "lh rmv dt ncw", "D", "h")
T("au pair in our street works for a nice family, she told me she's going home for christmas and they booked her flight, she studies English 3 mornings, nothing weird",
  "", "", "", "l")
T("Intelligence: diplomatic household in Kensington, domestic worker (Filipina) seen only in the garden, never leaves. Previous worker escaped in 2022 saying her passport was taken and she slept on the kitchen floor. Current worker status unknown. 2/C/C - conditions: not to be shared with the mission.",
  "rd ac", "dt plc", "D", "m")
T("Brothel raid at flat above takeaway: 3 Chinese women, advertised on an adult site. Each says she has 'debt' of £20,000 to the madam for travel and must see 10 men a day. Doors locked, keys held by a man downstairs. One woman had bruises on her arms.",
  "db rm pv eo", "rmv pa lh", "S", "i")
T("Adult services: independent escort, 30, British, works from her own flat, sets her own rates and keeps her income, contacted police about a stalker. No exploitation.",
  "", "", "", "l")
T("CSE referral, school: Year 10 girl (14) being collected from the school gate by a 22yo man in a BMW, has new phone and nails, has been seen at parties where older men give her drugs and 'pass her round'. Mum is worried.",
  "av pv", "", "S", "h")
T("ppl r being kept in the old pub on Grange Rd!!! i seen vans come at 5 in the morning n pick up men n bring them back at like 11 at nite, they cant even look at u",
  "", "ced fa", "", "l")
T("Warehouse agency: workers at a distribution centre said the agency charges £30/wk for the minibus and £15 for hi-vis, deducted before pay. Otherwise pay correct and they live where they like.",
  "", "ct ppe", "", "l")
T("Debrief (Romanian, F, 38): 'We were told we would pick strawberries. Instead they put us in a house in Wolverhampton with 16 people and every day we had to go to shops and take things from a list. If we came back with nothing we did not eat. The man kept our ID cards in his jacket.'",
  "de rd ac", "dt oa", "C", "h")
T("Sham marriage intel: INT suggests a Bradford organiser is paying EU women £2,000 each to marry South Asian men. The women are housed together and cannot leave until the marriage is registered. Phones removed. 2/B/P.",
  "rm is", "rmv iso", "C", "m")
T("Visa overstayer arrested at a restaurant, Indian national, 35. Employer pays minimum wage, he rents his own room, says he overstayed to save money. Immigration matter only.",
  "", "", "", "l")
T("Drug line 'JAY' uses adult heroin users as runners in Ipswich. INT 2/B/P: runner known as 'Fats' (adult, ADHD, learning difficulties) was stabbed in the leg last week for losing a bag and has been told he owes £800 and must keep running until it's paid.",
  "av pv db", "", "C", "h")
T("A vulnerable woman on the 4th floor has people in her flat all hours. Checked: her son and his partner moved in after eviction. She is happy with it, manages her own benefits, door entry normal. Advice given re noise.",
  "", "", "", "l")
T("Safeguarding adults meeting minutes: Ms D (44, mental health diagnosis) — county line 'NINE' operating from her flat since March. She states she is told to stay in the bedroom while 'business' happens, and was burnt with a lighter when she asked for her key back. Partnership agrees police to consider closure order and urgent move.",
  "av rm pv", "rmv", "C", "h")
T("Food factory (chicken processing): 40 Bulgarian workers supplied via labour provider. Workers say they paid £400 each in Bulgaria for 'registration' before travel, and £60/wk rent for a bunk in a house of 12, taken from wages.",
  "ac", "uf oa", "L", "m")
T("Construction site inspection: Polish scaffolders, well equipped, CSCS cards, payroll through CIS with payslips. One said they work 10 hrs in summer by choice for overtime pay. No concerns.",
  "", "", "", "l")
T("Worker injured when his hand caught in a conveyor at the recycling plant, HSE informed. He is a permanent employee, paid properly, lives with his wife. Workplace accident, not exploitation.",
  "", "", "", "l")
T("Handover: IP Ana (Romanian, 19) picked up at Victoria coach station in the early hours, says she was brought to beg and pick pockets by her aunt's husband, he hit her with a phone charger when she refused. He is believed to be at the Holiday Inn nearby now and looking for her.",
  "pv", "", "C", "i")
T("The guy at my local Costa, 'manager' speaks for all the staff, they never talk, theres like 5 of them in one car dropped at 6am. idk maybe its nothing",
  "", "sfw ced", "", "l")
T("Debrief: 'My friend said come to England, his uncle has work. The uncle said I owe him for the ticket and for the room and for the food, every week more. I worked in his takeaway every day from 11 until 3 in the morning. I slept on the floor of the storeroom. He paid me nothing, only sometimes £10.'",
  "de db eo ww ac", "lh sw", "L", "h")
T("Cuckooing - intel 2/B/C (handle via DI only): addict 'MAGS' at 19 Linden Walk has had her flat taken over by a Manchester line; her benefits are collected by the line's 'runner', she is given heroin daily instead. Door reinforced from inside.",
  "av", "ncw", "C", "m")
T("Fraud alert from energy company: 5 accounts opened in the names of Lithuanian men at same address, all linked to same email. On visit the men said the 'landlord' took their passports for 'registration' and they have never seen them since. They work at a vegetable farm, minibus provided, £25 a week charged for it.",
  "rd", "dt ct", "L C", "m")
T("Benefit fraud investigation: subject claimed to live alone while partner lived with her. Standard fraud case, no coercion.",
  "", "", "", "l")
T("People smuggling intel: Albanian males arriving on small boats are met in Dover and driven to cannabis grows in the Midlands. 'Debt' of £25,000 is worked off in grows; families at home are visited by the group. 2/C/P.",
  "db it", "", "C", "m")
T("A Slovak man, Pavol, stands at the same spot on the high street selling the Big Issue. He is a registered vendor and keeps his takings; coordinator confirms he rents a room himself.",
  "", "", "", "l")
T("Forced marriage unit referral: 19yo British Pakistani woman says her family have arranged a marriage in Pakistan to get her cousin a UK visa. They have taken her passport and she is not allowed out without her brother. She has been told her father will kill her if she refuses.",
  "rd rm it", "dt rmv", "", "i")
T("Shoplifting gang: 5 Georgian men, car full of stolen spirits, one says he was brought to UK to work in a warehouse but the warehouse never happened, he has been made to steal 'to pay for the flat'. His phone has been taken by the driver.",
  "de db is", "iso", "C", "h")
T("Customer service note: caller rang to say her son, 28 with autism, has been giving his bank card to a 'friend' who takes him to cash machines and keeps the money from his job at the garden centre. Son says the friend will 'tell everyone he's a grass' if he stops.",
  "av ww it", "ncw", "C", "h")
T("Man sleeping in a tent by the canal says three men keep making him go into the big Tesco to take whisky and he gets to keep a bottle. He is scared of them and they hit him last week.",
  "av pv", "pa", "C", "h")
T("Police national database check: POI STAN (Polish) has been linked to 3 investigations where homeless Polish men were registered for bank accounts, their cards were found in STAN's car (17 cards), men were housed in a caravan without heating.",
  "av ac", "mbc ncw plc", "C", "m")
T("Young lad, 20, referred by Jobcentre: says he has a UC claim but a man he owes money to 'for weed' makes him hand over his card every payday and takes the lot. He cannot pay the debt off because it goes up £50 every week. Lad presents as low mood and malnourished.",
  "av db", "ncw pa", "C", "m")
T("Report from neighbour: the house opposite has 2 men and 2 women living there, all working nights at the bakery. Checked with bakery - legitimate employer, agency licensed, all paid properly, they just share a rented house. No exploitation.",
  "", "", "", "l")
T("Interpreter-assisted statement: She says the man who brought her from Eritrea said she would marry his friend and get papers. The friend made her clean his flat and his brother's and she could not go out. She says he forced himself on her many times. She does not know the address of the flat.",
  "de rm pv is", "rmv iso", "D S", "h")
T("Snapchat screenshot sent in by a mum: an account is offering 'easy money £500 a week just carry stuff' to anyone over 18, DM for details. No victim identified yet.",
  "", "", "", "l")
T("Officer note from Friday night: woman (40s, Irish Traveller background) found in a caravan on the farm verge, says she has done the cooking and cleaning for the extended family for 10 years, gets no money, is not allowed to go into town alone and has been beaten by the eldest son. She has no bank account; her allowance goes to him.",
  "ww rm pv", "rmv ncw", "D", "h")

# ---------------------------------------------------------------- part 2

T("Lad sleeping in his car outside the car wash, works there 7 till 9 every day, no days off.",
  "eo", "lh sw", "L", "m")
T("nom DUMITRU: controls 6 females begging Nottingham city centre. 2/B/P.",
  "", "", "C", "m")
T("Shoplifter says 'I do it for me, nobody makes me'. Released with caution.",
  "", "", "", "l")
T("Cuckooed flat, 7 Tenby Close, male occupant says he's not allowed to use his own front door.",
  "rm", "rmv", "C", "m")
T("Mate staying on my sofa since his divorce, pays me £50 a week, he's fine.",
  "", "", "", "l")
T("INT 2/A/P: gardener at grow on Clive St has been told his sister in Hanoi will be hurt if he leaves.",
  "it", "", "C", "m")
T("Begging woman handed a roll of notes to a man in a Golf at 6pm, same as every night.",
  "ww", "ncw", "C", "m")
T("Kidney for sale advert found on Facebook marketplace, seller says she needs £40k to pay off a loan shark.",
  "", "", "O", "m")
T("Claimant asked us to change her bank details herself via her journal, ID verified, no third party.",
  "", "", "", "l")
T("Vietnamese male, 16, arrested at grow site. Says he has never been paid. Police protection taken.",
  "av ww", "", "C", "h")
T("He holds all 12 lads' bank cards in a shoebox and takes them to the ATM on a Friday.",
  "ww", "mbc ncw", "", "m")
T("Picked up at 5, back at 10, six days a week, same minibus every morning, they pay the driver £5 each way.",
  "eo", "ced ct lh", "", "m")
T("Caller reports a woman in a nail bar on Western Rd with a burn on her hand who said her boss 'punishes' her. Wouldn't say more.",
  "pv", "pa", "L", "h")
T("Filipina domestic worker, Mayfair. Says: 'Madam keeps my passport in her safe. I work from 6 in the morning until 1 at night. I eat what the children leave. I have not been outside alone in two years. My salary is sent to my family, but my family says they only got money twice.'",
  "rd eo rm ww", "dt lh rmv ncw", "D", "h")
T("Au pair, German, 19, family in Richmond. Works 25 hrs/wk, paid £110/week pocket money as agreed, has her own room, own passport, evenings free. Called because she had a disagreement over babysitting on Saturday. Advice only.",
  "", "", "", "l")
T("Kalayaan referral: Ms R (Indian, 52) came with employer on an overseas domestic worker visa. Employer said in the UK she would have a day off and £400 a month. In fact no days off, sleeps on a mat in the laundry room, not allowed a phone, has not been paid since arrival 8 months ago. Employer's wife slaps her when the food is late.",
  "de eo ac is ww pv", "lh plc iso", "D", "h")
T("Teen 15 working in uncles kebab shop till 3am on school nights and sleeps in the back, no school place",
  "av eo", "lh sw", "L", "h")
T("Organ trafficking intel 3/C/C (handle via NCA liaison only): Leicester based broker recruiting poor men from Punjab with promise of factory work in the UK; on arrival they are told the factory job is gone and they can repay their travel by 'donating' a kidney at a clinic abroad.",
  "de db av", "", "O", "h")
T("Hospital social worker: patient says his 'uncle' arranged the sale of his kidney in Turkey and he got only £800 of the £5,000 he was promised, the rest kept for 'expenses'. He now has no money and lives in the uncle's house with 9 other men.",
  "de ac", "oa", "O", "m")
T("Renal unit: Ms NGUYEN on dialysis waiting list asked whether she could buy a kidney abroad. Counselled on the law and risks. No offence, no victim.",
  "", "", "", "l")
T("Live kidney donation assessment: donor is the recipient's wife, HTA independent assessor confirmed no coercion or reward. Approved.",
  "", "", "", "l")
T("Debrief translated from Tigrinya: 'In Libya they said anyone who cannot pay must give a kidney. They took two of my friends to a doctor. My friend came back with a cut on his side and was sick for weeks. They told me I was next if my family did not send $3,000.'",
  "pv it db", "pa", "O", "h")
T("I was brought from Nigeria at 16 by a woman called Auntie. She said I would go to college. In London I cleaned her house and looked after her children. She beat me with a wire when I made mistakes. I slept on the kitchen floor. I did not go to school, ever. I am now 19.",
  "av de pv ac", "plc", "D", "h")
T("Pop-up brothel at Airbnb in Cardiff Bay. Adverts on an escort site using same phone number as 3 other listings in Swansea and Newport. 2 Romanian women present, both said they keep half their earnings and are free to go. Keys with them. No indicators noted but intel submitted.",
  "", "", "S", "m")
T("women being moved round hotels in Leeds, new one every week, same bloke drives them and waits outside the room, they dont speak english, he has their phones",
  "is", "et iso", "S", "h")
T("CSE: 13yo boy went missing from care home for 3 days, found in a flat with older males in Rochdale. Has been given alcohol and cannabis. Disclosed he was made to do 'stuff' to them to 'pay back' the weed.",
  "av pv db", "", "S", "i")
T("Girl 17 in the bedsit above the laundrette, men going up all night, she's so thin, the landlord takes the money at the door",
  "av ww", "pa ncw", "S", "i")
T("Online sex ads with same images of a Brazilian woman in 5 cities in one month. Phone attributed to male with previous for controlling prostitution. She is moved every few days and he books the hotels. 2/B/P.",
  "", "et", "S", "h")
T("Debrief (Thai female via interpreter): She says she was told she'd work in a massage spa doing legitimate massage. On arrival she was told she owed £25,000 and must 'do extras' with clients. She had to see clients every day from noon to 4am. She was raped by the owner when she refused.",
  "de db eo pv", "lh", "S", "h")
T("Nurse note: sex worker, 28, UK national, attends GUM clinic regularly, says she works independently, sets her own hours and keeps her money. Condoms supplied. No concerns.",
  "", "", "", "l")
T("Agency worker at a parcel warehouse says the agency deducted 'accommodation' of £90 and 'transport' £40 from his £280 weekly pay, leaving him enough to live on. He rents the room through the agency but can leave anytime. Complaint passed to GLAA as a licensing query.",
  "", "ct", "", "l")
T("GLAA: daffodil pickers in Cornwall, 60 Romanian workers in static caravans, 8 per caravan, no hot water. Gangmaster took £200 each 'registration fee' and holds their bank cards 'so the wages go in safely'. Workers give him their PIN. He drives them to the fields at 4am and back at 8pm.",
  "ac ww eo", "oa plc uf ncw ced lh mbc", "L", "h")
T("Farm visit: pickers on seasonal worker visas, housing inspected, 4 per caravan with kitchens, pay slips shown, transport free, workers' passports held by themselves. No indicators.",
  "", "", "", "l")
T("Fishing vessel, Newlyn: Ghanaian deckhand says he works 20 hours a day at sea, is not allowed off the boat in port, and the skipper 'keeps his papers and his money until the end of the contract'. He has received nothing in 7 months.",
  "eo rm rd ww", "lh rmv dt", "L", "h")
T("Fishermen on a Scottish trawler under a transit visa - contracts, wages paid monthly to their own accounts, crew allowed ashore. Immigration paperwork irregular, referred to Home Office. No exploitation found.",
  "", "", "", "l")
T("Care home in Kent: Zimbabwean carers on sponsorship visas say the employer charged each £8,000 for the certificate of sponsorship, which they have to pay back from wages at £500 a month. They work 60-70 hrs a week and are told their visa will be cancelled if they complain.",
  "db eo it", "uf lh", "L", "h")
T("Care worker from India says the agency cut her hours so she now earns less than she expected. She has her passport, her own bank account and is looking for another sponsor. Employment issue, not exploitation.",
  "", "", "", "l")
T("Construction: 8 Romanian labourers living in the basement of the site office, tools and boots charged at £120 each, boss drives them to and from site, has 'their ID for the CSCS cards', pays in cash 'when the client pays us', which he has done once in 3 months.",
  "ac rd ww", "sw plc ppe et dt", "L", "h")
T("Builder reported by neighbour for working Sunday. 2 lads, local, employed by the firm, no concerns.",
  "", "", "", "l")
T("Waste recycling plant: Slovak men picking rubbish on a conveyor with no gloves. They live in a house owned by the manager's brother, 4 to a room, and the rent comes out of pay before it arrives. One man says he has 'no money left after'.",
  "ac ww", "oa ncw", "L", "h")
T("Hotel housekeepers supplied by subcontractor: paid per room not per hour, averaging £4/hr. Low pay complaint referred to HMRC for NMW. Staff live independently, hold their documents, free to leave.",
  "", "", "", "l")
T("Hotel in Blackpool: kitchen porter sleeps in the cellar, works breakfast to late bar, owner takes 'rent' so he gets £30. Says he cannot go home to Poland because he owes the owner for his flight.",
  "ac eo ww db", "sw lh", "L", "h")
T("Takeaway, Sunderland: Chinese chef (no status) works 5 days, 8-hour shifts, rents the room above the shop from the owner, paid £450/wk cash. Says he is free to leave but frightened of immigration. Employer charged with illegal working only.",
  "", "fa", "", "l")
T("Meat factory, Northern Ireland: East Timorese workers say the recruiter in Dili promised £12/hr and a visa; they are paid £7 after deductions and must repay a £3,000 recruitment fee before they can leave the job.",
  "de db", "uf", "L", "m")
T("Amazon-style warehouse shift via agency: 12-hr shifts, legitimate, workers clock in, own transport, NMW paid. Complaint was about parking only.",
  "", "", "", "l")
T("Young Sudanese man says a gang in Birmingham made him ride an e-bike with packages of cocaine all over the city. They paid for his phone and his room and said he owed them £2,000 for it. He had to work every day from 10am to 2am. They held his asylum letter.",
  "av db eo rd", "lh dt", "C", "h")
T("Man, 43, heroin dependent, says the line 'let him' live in a caravan in the woods in exchange for holding the gear and the guns. When he tried to leave they broke his fingers.",
  "av ac pv", "plc pa", "C", "h")
T("adult county lines runner 'Sully' arrested, 35, alcoholic, says he owes the line £1,200 after being robbed, must keep dealing til its paid, they took his phone and house keys",
  "av db is", "iso", "C", "h")
T("Drugs raid at Rosehill flats: 22yo male selling crack, in control of the phone, money and supply, ran it with his brother. No victim indicators, suspect charged.",
  "", "", "", "l")
T("Safeguarding Adults Review extract: Mr T (67, early dementia) was cuckooed repeatedly between 2022 and 2023. Dealers slept in his bed while he slept in the bath. His pension was collected by them. Door-to-door evidence showed he was not allowed out alone and was beaten with a walking stick on one occasion.",
  "av ac rm pv", "plc rmv ncw pa", "C", "h")
T("A woman, 50, with MS, says her daughter's boyfriend uses her flat to sell drugs and she is too scared to tell him no. He's there now with two others and said he'd burn the flat if she calls anyone.",
  "av it", "", "C", "i")
T("Ring doorbell footage: lads going in and out of pensioner's bungalow on Elm Way. Pensioner says they are his grandsons and he's delighted to see them; checked, confirmed family, no drugs. No further action.",
  "", "", "", "l")
T("Albanian male, 22, found in grow in a Kent barn. Statement: 'They said Britain was better, I could work in a car wash. I paid 3,000 euro. They brought me to this place, they locked the door every night and said if I try to run away they know where my mother lives in Kukës.'",
  "de rm it", "rmv uf", "C", "h")
T("Cannabis gardener, 38, Chinese national, has been in the grow 11 months, sleeps on a camp bed between the lights, fumes and heat, has a rash all over his skin, food is dropped at the door by a man who never speaks to him.",
  "ac is", "sw plc pa iso", "C", "h")
T("intel 2/C/P: grow house on Maple Ave, 'gardener' is let out only to go to the shop with the 'manager'.",
  "rm", "rmv et", "C", "m")
T("Drugs found in rented house; tenant says he sublet rooms to strangers and didn't know. Tenant not coerced, investigated for cultivation. Occupants gone.",
  "", "", "", "l")
T("Begging group Manchester Piccadilly: 3 Roma women with disabled man in wheelchair placed at station entrance each day by a man who returns every hour to empty their cups.",
  "av ww", "ncw", "C", "m")
T("I talked to the man selling tissues at the lights on the ring road and he said he hasn't eaten today, his 'brother' takes all the money, he hasn't got a passport anymore because 'the brother has it'. poor guy was shaking",
  "ww rd", "ncw dt pa", "C", "m")
T("Polish male, 55, found living in a shed in a garden in Boston, Lincs. Says he was brought over by a family 6 years ago to work on their farm, never paid, fed scraps, not allowed in the house. They claim Universal Credit in his name.",
  "ww ac rm", "plc rmv ncw", "L C", "h")
T("Fraud using worker identities: staff at a car wash each had 2-3 mobile contracts and loans taken out in their names by the owner. Workers say they signed papers in English they could not read 'to get paid'. They never got any money from them.",
  "av de", "", "C L", "m")
T("Payroll audit: company identified 14 workers whose wages were paid into 3 bank accounts, all controlled by the team leader. Workers receive cash envelopes of £100 per week for 60 hrs.",
  "ww eo", "ncw lh", "L", "h")
T("Employer paid staff late one month due to a cashflow issue, all arrears settled the following week. Staff free to leave. Not exploitation.",
  "", "", "", "l")
T("Bank: new account opened by a Romanian man accompanied by another man who did all the talking, gave his own phone number as contact and took the card and PIN letter away with him.",
  "", "sfw ncw", "", "l")
T("DWP intelligence: 23 UC claims, all for Bulgarian adults, all list the same 'landlord' as trusted partner and same email. Claimants interviewed say they never applied, the landlord took their passports 'for the claims'. They work on a salad farm and have to give him the benefit money in full.",
  "rd", "dt ncw mbc", "C L", "m")
T("Young woman, 21, British, says her boyfriend makes her open bank accounts and credit cards in her name, he has maxed them out and now she owes £14,000 and has no card. He says he'll post her nudes if she goes to the bank.",
  "it", "ncw", "C", "m")
T("Student lost passport on the night bus, reported it and applied for a replacement. No one else involved.",
  "", "", "", "l")
T("Border Force: three young Vietnamese adults on a flight from Paris with forged Japanese passports, same mobile number written on their hands, say they are going to 'work in nails' for a cousin. Met by a man in arrivals who fled.",
  "", "", "L", "m")
T("Airport note: Nigerian woman, 24, travelling on a student visa but no idea what course or college, carrying a phone with only one contact 'Madam'. Her luggage held one change of clothes. Says Madam paid for ticket and she will 'work and pay back' €35,000.",
  "db", "fpe", "S", "m")
T("Border Force Heathrow: traveller said she's visiting her sister for a wedding, invitation and return ticket shown, plenty of funds. Admitted.",
  "", "", "", "l")
T("Probation: offender on licence for burglary says his old dealer is trying to make him do 'jobs' to pay off an old debt, phoned his mum's house twice with threats. Reported to police.",
  "db it", "", "C", "m")
T("Prison: female prisoner (Vietnamese), sentenced for cannabis production in 2019, now says she was trafficked, locked in the house and beaten. Referral to NRM, s45 defence reviewed by CPS.",
  "rm pv", "rmv", "C", "h")
T("Sham marriage: Gambian man paid £8,000 to an organiser who arranged a marriage with a Czech woman. The woman, 23, was in care in Czech Republic, has learning difficulties, and says she was told it was 'a holiday'. She has been held in a flat in Leicester since and the organiser keeps her ID card.",
  "av de rm rd", "rmv dt", "C", "h")
T("Marriage interview: couple married 2 years, lots of shared life evidence, she's British, he's Moroccan, Home Office satisfied genuine. Case closed.",
  "", "", "", "l")
T("Hungarian woman met British man online, moved here and married him, later divorced after domestic abuse. Still has her own documents, lives independently now, gets her own wages. DA case, no trafficking.",
  "", "", "", "l")
T("INT: OCG bringing Slovak Roma women to Glasgow for marriages of convenience with Pakistani nationals; women kept in a flat above a shop and 'sold' for £10,000; at least one says she was raped by the groom. 2/B/C - conditions: not for onward release.",
  "pv rm", "rmv", "C S", "h")
T("Pickpocketing and begging: boy approx 14 with Romanian family group on the Underground, escorted at all times by an adult woman who takes every item he steals. Not in school. BTP attended.",
  "av", "et ncw", "C", "i")
T("Group of teenagers pickpocketing at Glastonbury festival, all British, acting for themselves, found with their own cash. Arrested for theft.",
  "", "", "", "l")
T("Statement of witness: I work in the phone shop. A woman comes in every week with a different man to unlock stolen iPhones. The men look scared, wear the same tracksuits, and she talks for them. Once one said 'please' to me quietly when she turned round.",
  "", "sfw pa", "C", "m")
T("Forced shoplifting (Lithuanian adult male, 30): 'They take us each morning to the shopping centres. We have a list: perfume, razors, baby milk. If the list is not finished we sleep in the van. The driver says my daughter at home will be taken by the social service if I stop.'",
  "ac it", "et plc", "C", "h")
T("Two women arrested for stealing from M&S, both drug dependent, sell the goods themselves to buy heroin, nobody else involved. Referred to drugs service.",
  "", "", "", "l")
T("A man at the hostel says another resident makes him go shoplifting every day and takes the stuff off him. The man, 60, has a brain injury. He says the other resident punches him in the ribs if he refuses.",
  "av pv", "ncw", "C", "h")
T("HR referral at food factory: worker, 33, Eritrean, says his 'cousin' got him the job and collects his bank card every payday, gives him £30 back, and keeps the rest as repayment of 'the journey' which he says is £6,000 and hasn't gone down.",
  "ww db", "ncw", "L", "m")
T("Worker says he sends his own money home by Western Union every Friday, nobody takes it, he just has a big family. Staff query resolved.",
  "", "", "", "l")
T("NHS A&E: man, 40s, Romanian, fractured wrist from fall at a building site, says he works 'for a man' who doesn't pay him, sleeps in the van, and was told not to tell the hospital where he works. Boss waiting in reception refuses to leave.",
  "ww ac", "sw", "L", "h")
T("GP registration: 10 patients registering at the same address, a 2-bed flat, all accompanied by one man who filled in every form and kept the NHS letters.",
  "ac", "oa sfw", "", "m")
T("Housing: HMO licence breach, 7 tenants where licence allows 5. Tenants pay their own rent by standing order, work in various jobs. Landlord prosecuted. No exploitation.",
  "", "oa", "", "l")
T("Press summary: Two brothers from Wolverhampton jailed for 9 years for forcing homeless men to work on driveways for £10 a day, keeping them in a horsebox, and beating those who complained.",
  "ww ac pv", "plc", "L", "h")
T("Press: Man convicted of modern slavery offences after forcing vulnerable adults to claim benefits and hand over the money, and to steal from shops, over 4 years in Leeds.",
  "av", "ncw", "C", "m")
T("News: Police raid on Birmingham car wash finds no offences; owner praised for employing refugees fairly.",
  "", "", "", "l")
T("Officer on patrol: man sitting in the doorway of the bank with a cup, says he's been there 3 days because the man 'who brings him' hasn't come back. Says he's hungry and cold. No ID, says 'Vasile has it'.",
  "rd", "dt pa", "C", "m")
T("Door-to-door: flat 14 occupant, 29, ADHD, says a group from London have been 'staying' for a month and he can't make them go; he goes to his mum's to sleep. They said they'll hurt his mum if he calls police.",
  "av it", "", "C", "m")
T("Hi there i want to report something, my neighbor Chantelle who has learning difficultys has got these boys living in her place and they make her go to the cashpoint for them and they shout at her all the time and she has bruises on her arm",
  "av pv", "pa ncw", "C", "h")
T("Female, 26, says she was sent to UK by her boyfriend's family 'to work in a shop', instead she has been sitting outside a supermarket in Norwich asking for change for 5 months, sleeping 7 in a room, giving everything to the boyfriend's mother.",
  "de ww ac", "oa ncw", "C", "h")
T("Safeguarding: learning disabled adult, 34, attending day centre, says 'my new friends' made him sign a tenancy for them and now the flat is theirs and he's not allowed back in.",
  "av rm", "rmv", "C", "m")
T("Lady with dementia being visited daily by a man who says he's her carer, he does her shopping with her card. Checked: care agency employee, DBS, transactions match receipts. No concerns.",
  "", "", "", "l")
T("Debrief (Vietnamese female, 24): 'I was sent from a nail salon to live in a house with a grow upstairs. I had to water plants at night and paint nails in the day. I was never outside except in the car. They took my phone the first day. I do not know the town.'",
  "eo rm is", "lh rmv et iso", "C L", "h")
T("Nail salon inspection: staff employed with contracts, speak openly, keep own passports, are paid to own accounts, work 9-6 with breaks. One staff member is the owner's niece and lives with her family. No indicators.",
  "", "", "", "l")

T("OIC update, Op TEAL. Warrant executed 0600 at 88 Barnfield Rd (3-bed terrace).\n\nOccupants: (1) STEWART, Paul, DOB 02/07/1979, tenant, known heroin user, found in the box room with no bedding; he says 'the Brum lot' arrived in June, took his keys and phone and he has not been allowed out except to sign on, always with one of them. (2) Two males aged 17 and 19 from Birmingham, 42 wraps crack/heroin, £1,900 cash. (3) Female, 23, Birmingham, girlfriend of the 19yo, no drugs found, states she was visiting.\n\nSTEWART has a healed cut to his eyebrow, says he 'fell'. Property filthy, no electric on meter. 17yo disclosed he is paid in trainers and 'owes' £600 because a previous stash was seized. Both STEWART and the 17yo referred to NRM (STEWART consented). Girlfriend NFA.",
  "av rm is ac db", "rmv iso et plc pa", "C", "h")
T("Debrief account, taken at reception centre with Albanian interpreter. The interpreter says that he says:\n\nHe was 19 when a cousin's friend in Elbasan told him there was building work in London paying £100 a day. His father sold a cow to pay the €4,000 fare. In a lorry park in Belgium he was handed to other men. In England he was driven at night to a house in Stoke and told that the building job was 'finished' and he would look after plants instead until he had paid another £15,000.\n\nHe says he was not beaten but the men showed him a video on a phone of a boy being hit with a bat and said 'this is what happens to gardeners who talk'. The windows were covered and the front door was screwed shut; he came and went through the garage only with the driver. He never received money. He says he was afraid of the police because the men told him he would go to prison for ten years.\n\nHe left when police came on 4 March after a neighbour smelled the plants.",
  "av de db it rm ww", "uf rmv et fa", "C", "h")
T("Report via online form (member of public):\n\nTHERES A MAN AT THE FLATS ON QUEENS RD WHO IS BEING USED BY DRUG DEALERS!!!! he is like 60 and not all there, they moved into his flat and he sits on the step outside ALL DAY even when its raining cos they wont let him in till they say. i gave him a coffee and he said they took his bank card and he dont get his money no more. someone needs to do something before he dies out there. the dealers drive a blue seat leon. PLEASE",
  "av rm", "rmv ncw", "C", "h")
T("Long handover from nights. Several matters on Castle ward:\n\n1. Shoplifting at Aldi 2215, female detained, 38, local, admits theft of wine for own use, cautioned.\n2. Concern for welfare, Unit 3 Bridge Industrial: security guard saw 5 men entering the unit at 2300 with sleeping bags. Attended: men are Romanian, say they work at the bakery next door on nights and were sheltering from rain before the 0600 shift. Employer confirmed, they have digs in town. No concerns.\n3. Domestic at 14 Arran Close, ex-partner breached non-molestation order, arrested.\n\nNo MSHT matters arising.",
  "", "", "", "l")
T("Long caseworker note (Medaille Trust):\n\nA. is a 34-year-old Romanian woman referred after she approached a church. She was recruited in Bacău by a woman she knew from school, who said she could earn £2,000 a month cleaning offices. On arrival in Luton her ID card was taken 'to register her for National Insurance', and she was put to work at a hand car wash during the day and made to shoplift from supermarkets in the evenings. She shared a room with 5 other women and slept on the floor. She was given £20 a week.\n\nShe says the recruiter's husband hit her in front of the others when she asked for her wages, and told her that her son in Romania 'would have an accident'.\n\nShe has no phone of her own and does not know the street name of the house. She wishes to enter the NRM and consents to police contact.",
  "de rd ww pv it ac is", "dt oa iso", "C L", "h")
T("Public report. hi, I think my neighbour might be a victim of modern slavery but also might not, he's Vietnamese and lives in the flat under mine with 2 other guys, they go to work at the nail salon every morning at 9 and come home at 7, they invited me for dinner once and seemed happy and normal, talked about their kids. I only ask because I saw a training video at work. Probably fine?",
  "", "", "", "l")
T("Briefing note for Op LANTERN (cuckooing, Hastings):\n\nSince February, intelligence from housing, the drug service and the public indicates that the 'K' line has taken over at least four flats belonging to vulnerable adults in the St Leonards area. In each case a local user is befriended with free drugs, then the line moves in. Occupants are told the flat is now 'a base' and are made to sleep elsewhere or on the floor. One occupant, a woman with a personality disorder, was taken to London by car and left at a services when she objected. Another, male, 61, had his door kicked in when he changed the locks.\n\nThe line's runners are mainly teenagers from Lewisham. A number of the occupants say they are 'fine' and are grateful for the drugs, which officers should treat with caution.",
  "av pv ac", "plc", "C", "h")
T("fella at the car park takes money off 3 lads who beg outside the shopping centre, they all sleep in his van",
  "ww ac", "ncw plc", "C", "m")
T("Rough sleeper says he begs for himself and spends it on food and cans, moves pitch when he wants.",
  "", "", "", "l")
T("INT 2/B/P: female 'MARIA' supplies women to shoplift to order from TK Maxx; women owe her for 'board'.",
  "db", "", "C", "m")
T("Cuckoo flat: occupant says 'they won't let me have my phone back'.",
  "is", "iso", "C", "m")
T("My uncle's mate says he can get me work in England if I pay him £2k upfront, is this legit? He hasn't said what the job is.",
  "", "uf", "", "l")
T("UC claimant attended with an 'interpreter' who was later found to be the landlord of 11 other claimants.",
  "", "sfw", "", "l")
T("Vietnamese lad found wandering on the M6 hard shoulder, barefoot, smelling of cannabis, no possessions at all, won't say where from.",
  "", "pa fpe fa", "", "l")
T("Man with a bag of 30 bank cards stopped at a cash machine in Slough at 2am.",
  "", "mbc", "", "l")
T("The driver picks the girls up from the brothel at 4am and takes them back to a house where he locks them in.",
  "rm", "rmv et", "S", "i")
T("INT suggests male 'RAMI' forces his wife to work in his shop 16 hours a day and keeps her passport. 2/C/P.",
  "eo rd", "lh dt", "L", "m")
T("Student working 2 jobs to pay rent says she is tired but it's her choice. No concerns.",
  "", "", "", "l")
T("Crimestoppers: Chinese women being brought to a massage parlour on the industrial estate at 10am and taken away at 2am in a van. They never go out on their own. Someone saw a girl crying in the window.",
  "rm", "ced rmv et", "S", "h")
T("Massage parlour visited by licensing: therapists are self-employed, licensed, hold qualifications, business properly run. Licence renewed.",
  "", "", "", "l")
T("CSE referral: girl, 15, missing from home 4 times this month, returns with new clothes, phone with contacts saved as 'Uncle' numbers; one man is 31 and has been seen driving her to hotels. She has told a friend he makes her 'be nice' to his mates.",
  "av pv", "", "S", "h")
T("Sexting between two 16-year-olds in the same class, consensual, images shared without consent by one. Education and safeguarding response. No exploitation by adults.",
  "", "", "", "l")
T("Adult woman, Hungarian, 32, says 'boyfriend' brought her to the UK, took her ID card and put her in a flat in Slough where men visit. She has to give him all the money. When she refused he strangled her until she passed out. She is at the hospital now and he is in the corridor.",
  "rd ww pv", "dt ncw", "S", "i")
T("OnlyFans creator, 24, says an ex is threatening to share her content; harassment. She manages her own account and income. Not exploitation.",
  "", "", "", "l")
T("Domestic worker, Kuwaiti household in London (temporary visit): the worker escaped through a window at night. She says she was locked in the flat whenever the family went out, worked 18 hours a day, had no bed, and was not allowed to call her children. Her passport is with the family.",
  "rm eo ac is rd", "rmv lh plc iso dt", "D", "h")
T("Housekeeper, Polish, 45, for a family in Surrey. Paid through payroll, own cottage on the estate, 2 days off, car provided. She called about a dispute over holiday pay. Advice given.",
  "", "", "", "l")
T("Woman brought from Pakistan after an arranged marriage says her in-laws make her cook and clean for 9 people from 5am to midnight, she has never been out alone, they keep her spouse visa documents, and her mother-in-law burns her with a hot spoon. She is not allowed to phone her family.",
  "eo rm rd pv is", "lh rmv dt iso pa", "D", "h")
T("Grandmother lives with son's family and looks after the kids while they work. She says she loves it, has her own pension and room, goes to the mosque and friends daily. Social worker satisfied.",
  "", "", "", "l")
T("Ugandan woman, 30, says she came as a nanny for a family in Manchester. They told her she'd be paid £800 a month but it would be 'saved for her'. After 3 years she has had nothing. She sleeps in the children's room, on the floor. She can only go to church with them.",
  "de ww ac rm", "plc rmv et", "D", "h")
T("Teen girl, 14, from Eritrea, living with a 'relative' who keeps her home from school to clean and look after babies. School attendance officer visited; girl very quiet, wearing the same clothes.",
  "av", "pa", "D", "h")
T("Organ trafficking: a Moldovan man, 26, hospitalised in London with complications, says he was paid $3,000 and flown to a clinic in Istanbul to 'sell' a kidney after a man in Chisinau told him it was safe and he would get $10,000. He owes the man for the flights.",
  "de db", "", "O", "m")
T("Facebook group posting 'kidney donors wanted, good money, travel paid' targeting Pakistani students in UK. Reported to platform and NCA.",
  "", "", "O", "m")
T("Renal nurse: patient brought by a man who is 'his employer' and pays for everything; patient cannot explain why he had a kidney removed in Egypt last year and is frightened of the man. Employer won't leave the room.",
  "", "sfw fa", "O", "m")
T("Taxi driver on 101: picks up same 4 women every night from a house in Harehills at 10pm and takes them to different hotels, a man pays the fare, they never speak, one had a black eye. He feels something's wrong.",
  "pv", "et pa", "S", "h")
T("Hand car wash, Stockport: workers Kurdish Iraqi, say they paid the boss £1,500 for 'the job'. Sleep in the back room on sofas. Work 8am-8pm 7 days. Boss pays them £200 a week cash. They say they are free to go.",
  "eo ac", "uf sw lh", "L", "m")
T("hand car wash on Derby Rd, saw the owner slap a worker for missing a spot on a Range Rover, lad just put his head down, they all look knackered",
  "pv", "pa", "L", "h")
T("Agricultural worker, Ukrainian, says the farm pays him properly and gives him good accommodation; he wanted advice on changing visa sponsor. No indicators.",
  "", "", "", "l")
T("Packhouse: supervisor collects workers' wages in cash from the payroll office every Friday and hands each about £50, keeps the rest for 'accommodation, transport and food'. Workers charged £10 for hairnets and gloves. They sleep 3 to a bed in a house in Spalding.",
  "ww ac", "ncw ppe oa ct", "L", "h")
T("Agency charges £8/week for safety boots, refunded after 4 weeks, agency licensed. Otherwise fine.",
  "", "ppe", "", "l")
T("Factory worker, Indian, 29, recruited on a student visa, told he'd study part-time; instead he works 80 hours a week packing sandwiches and the recruiter keeps his BRP and bank card. He sleeps at the recruiter's house and is charged £400 a month.",
  "de eo rd ww", "lh dt ncw", "L", "h")
T("Restaurant kitchen: three Bangladeshi chefs on skilled worker visas say their sponsor made them pay back £10,000 each for the visa, they work 70 hours and are told if they quit the Home Office will deport them.",
  "db eo it", "uf lh fa", "L", "h")
T("Owner of a restaurant asked his chef to work an extra shift for Christmas, chef agreed and was paid overtime. Complaint from a rival restaurant. No issues.",
  "", "", "", "l")
T("Benefit fraud (third party control): 6 Latvian men's UC, ESA and council tax reduction all paid into a single account belonging to 'Edgars'. Men living in a 2-bed flat with him, says he 'handles their paperwork'. One man with alcohol dependence says he gets 'a bottle and some food'.",
  "av ac", "ncw oa sfw", "C", "m")
T("Identity fraud: passports of Romanian workers copied by gangmaster and used to open 40 online bank accounts for money laundering. Workers did not know. They are employed on a farm and otherwise paid normally.",
  "", "", "C", "m")
T("Debrief, Slovak man, 41: 'The man from our town said he will find me work in a factory. He kept my ID and opened a bank account for me. I never got the card. After two months he said I owe him £3,000 for the room and travel. I worked at the factory 6 days, and every week he took my pay. When I said I will go back to Slovakia, he said his friends will find me.'",
  "de rd ww db it", "dt ncw", "L C", "h")
T("Caller reports her adult son with Down's syndrome gets his own PIP and she as appointee manages it for him with full records. Someone accused her of 'taking his money'. Social worker confirmed proper appointee arrangement.",
  "", "", "", "l")
T("Pension taken: elderly man's neighbour collects his pension each week 'to do his shopping' but brings back only a few bits. He's scared of her son.",
  "av", "ncw fa", "", "m")
T("County lines: adult woman, 27, addicted to crack, is made to 'plug' drugs internally and travel on the train to Margate. When she came back short she was held in a flat for two days and burned with a hot knife.",
  "av rm pv", "rmv pa", "C", "h")
T("my boyfriend deals weed to his mates, I want to report him cos we broke up, no one makes him do it lol",
  "", "", "", "l")
T("POI 'SNOWY' pays homeless men £20 to go into shops and steal steak which he sells to pubs. INT 3/C/P.",
  "av", "", "C", "m")
T("Man begging outside the station told me there's a lady who makes him sit there and if he moves from the spot she'll batter him. He had no coat and it was freezing.",
  "it", "pa", "C", "m")
T("INT: Bulgarian OCG recruits men with promises of warehouse work, on arrival takes passports, registers them as self-employed and claims tax credits in their names, men made to beg and steal. 2/B/P.",
  "de rd", "dt", "C", "m")
T("Pickpocket, 20, Bosnian, arrested at Covent Garden; says his 'uncle' brought him over, takes every phone, and beats him if he comes back with fewer than 5. He has no passport; uncle has it.",
  "pv rd ww", "dt ncw", "C", "h")
T("Sham marriage: Indian man says an agent took £15,000 to arrange a 'wife' in the UK. After marriage he was told to work in the agent's shop without pay to repay another £10,000. Agent has his passport.",
  "de db ww rd", "uf dt", "L C", "h")
T("Slovak woman, 20, pregnant, says her partner took her to the UK to marry an Indian man for money; she didn't want to but he said he'd leave her with nothing in a strange country. She was kept in a flat until the ceremony and did not see any of the £5,000.",
  "av it rm ww", "rmv", "C", "h")
T("Registry office flagged a marriage; on investigation both parties consenting, relationship genuine, no payment. No further action.",
  "", "", "", "l")
T("Bank financial crime: elderly customer attended branch with a 'nephew' who did all the talking and wanted to withdraw £4,000. Branch staff refused; customer later said nephew has taken over his house and 'manages' his pension card. Adult social care informed.",
  "av", "sfw ncw", "", "m")
T("Young man with autism living in supported housing says 'mates' borrow his flat to 'chill' and sell weed, he likes the company, he keeps his own keys and can tell them to go. Support worker monitoring, no coercion seen at this stage.",
  "", "", "", "l")
T("Prison intel: prisoner's mum forced to bring Spice into visits after threats that her son would be 'cut' if she didn't. She is 67 and terrified.",
  "it av", "", "C", "m")
T("Cannabis grow, Wales, 3 Vietnamese men: no food in the house apart from rice and noodles, mattress on the floor of the grow room, a bucket for a toilet. Men have no phones, no documents, and cannot say what town they're in.",
  "ac is", "plc sw fpe iso", "C", "h")
T("Farmhouse grow, Lincolnshire; British male, 52, arrested. Says he was 'just helping a mate', gets a share of the profit. Not a victim.",
  "", "", "", "l")
T("Albanian gardener, 25: 'They bring me food once a week. I am told if I see the police I must run because they will put me in jail. My debt is £20,000 and they take £1,000 for each crop. I have been here 1 year.'",
  "db it", "fa", "C", "h")
T("Debrief (interpreter's words): she explains that the 'boss' of the grow had her nephew's address in Vietnam and showed her a photo of his school, saying it would be easy to find him.",
  "it", "", "C", "m")
T("Person of interest KIM has a lease on 6 houses across Kent, all converted to grows, all with Vietnamese 'tenants' who never leave. 2/C/P.",
  "rm", "rmv", "C", "m")
T("caller concerned that a lad in his 20s who does odd jobs for the traveller site is being kept; checked: he is the owner's nephew, paid, has his own caravan and car, visits his mum weekly. No concerns.",
  "", "", "", "l")
T("Vulnerable adult (autism, 22) recruited online by a gamer 'friend' to receive money and send it on; kept 10% and was later told he owed £3,000 when an account was frozen, the 'friend' said he'd come to his house.",
  "av db it", "", "C", "h")
T("Money mule, 45, Ghanaian, ran several accounts for a 'businessman'; she says he paid her a fee and she was happy with it, knew it was dodgy. Arrested for money laundering.",
  "", "", "", "l")
T("ATM camera shows one man using 9 different debit cards at 0300 on the 1st of the month, the day UC is paid.",
  "", "mbc", "", "l")
T("Local authority: 12 Romanian men living in a 3-bed house with 1 toilet, registered for UC by a man called 'Florin' who comes on paydays and takes them to the bank. Men say they work 'when Florin has work' on building sites and are paid 'sometimes'. They are afraid to talk with him outside.",
  "ac ww", "oa ncw et fa", "L C", "h")
T("Bail hostel resident says drug dealers are making him stash gear in his room; staff found 50 wraps. He says they told him he'd be 'done in' if he says no. He has a mild learning disability.",
  "av it", "", "C", "m")
T("NGO outreach: Eritrean man, 23, says he has no papers because the 'agent' who got him a job at a car wash took them, he works 7 days a week and has been told his pay is 'being saved'.",
  "rd eo ww", "dt lh", "L", "h")
T("A guy begging in town said he's from Romania and he's doing it for himself, lives in a hostel and saves to go home. Gave him a sandwich.",
  "", "", "", "l")
T("Domestic abuse: husband controls wife's money and phone, she wants to leave. No labour or sexual exploitation disclosed. MARAC referral.",
  "", "", "", "l")
T("Domestic abuse with exploitation: woman says her husband makes her work in his shop 7 days a week unpaid and hits her if sales are down. He holds her passport. She cannot speak English and has no friends here.",
  "eo ww pv rd is av", "dt iso lh", "L", "h")
T("Woman gave a lift by strangers, robbed of her purse. Theft, no exploitation.",
  "", "", "", "l")
T("Sudanese asylum seeker says a man in the hotel said he can get him cash-in-hand work. Went once to a building site, was paid £60 for the day and didn't go back. No concerns.",
  "", "", "", "l")
T("Asylum hotel staff: young men are being picked up at 6am from the hotel car park by a man in a van and dropped back at 10pm; one said he is paid £30 a day and the man keeps his phone during the day.",
  "eo is", "ced lh iso", "L", "m")
T("Warehouse work, Northampton: workers employed via labour supplier, but supplier holds all their bank cards and pays them £60/week. Workers living in supplier's houses, 4 to a room.",
  "ww ac", "ncw oa mbc", "L", "h")
T("Nail bar inspection: girl at the back looked under 16, boss said she's 'visiting'. No paperwork. She said she lives upstairs and 'helps out'.",
  "av", "sw", "L", "h")
T("Young Vietnamese woman arrested for shoplifting makeup in Boots, says 'boss' wants it for the salon and she has to pay off £15,000. She lives at the salon.",
  "db", "sw", "C L", "m")
T("Lost passport reported by Polish worker; he left it on the coach. Employer helping him get a replacement. No concerns.",
  "", "", "", "l")
T("GLAA: licence holder found to have failed to keep records properly. Workers interviewed, all content, paid, own documents. Licence conditions added.",
  "", "", "", "l")
T("Debrief: 'I am Chinese. I came for a job in a restaurant. The woman took my passport at the airport. She drove me to a flat and said I will do massage. I said no. She said I must pay 30,000 pounds. The men who came were not gentle. I could not leave, the door had two locks and she took the key.'",
  "de rd db rm pv", "dt rmv", "S", "h")
T("Sex worker, 30, Polish, works in a flat with 2 friends, they share rent, keep their money, advertise themselves. Police visit after robbery. No exploitation.",
  "", "", "", "l")
T("999 call 0114: female says she has just escaped from a car on the A1, two men were taking her to 'work' at a flat in Newcastle, they have her passport and phone, she thinks they are following her now.",
  "rd is", "dt iso", "", "i")
T("Caller 101: concerned about a man who works in the corner shop seemingly all hours; spoke to owner who is his father. Son is a partner in the business. No concerns.",
  "", "", "", "l")
T("Outreach: woman sleeping in a tent, Romanian, brought by 'husband' to beg in Bristol; he 'keeps the money for the house in Romania'; she says he hits her sometimes. She refused NRM — Duty to Notify completed.",
  "ww pv", "ncw", "C", "h")
T("Local man asked to look after a 'bag' by a bloke he owes £50; said no and reported it. No threats made, no further contact.",
  "", "", "", "l")
T("Debrief, British man, 47: 'After my wife died I was drinking. A family on the site offered me work tarmacking. I was paid nothing, a bit of tobacco. I lived in a caravan with no heating and no toilet. They shaved my head when I tried to go. I worked from light till dark every day for 9 years.'",
  "av ww ac pv eo", "plc lh", "L", "h")
T("Community worker: men are being recruited from the homeless shelter by a man in a van offering driveway work; the last two who went came back 3 days later with £100 each and were happy. Monitoring.",
  "", "", "", "l")
T("Shoplifting ring, Essex: INT 2/B/P suggests Colombian women are flown in on tourist visas specifically to steal designer goods; handler holds their passports and return tickets until they hit targets.",
  "rd", "dt", "C", "m")
T("Officer note: man, 30, found in a garden shed at the back of a restaurant, no bedding, one bag of clothes. Says he washes dishes for the owner who says his wages go on his 'debt for the lawyer'.",
  "ac ww db", "sw plc fpe", "L", "h")
T("INT 3/D/P, untested source, info not known to source directly: rumour that the car wash at the roundabout 'uses slaves' — attended, found workers on payroll, with own documents, no indicators. Intel assessed as likely malicious.",
  "", "", "", "l")
T("Debrief: 'They told me not to speak to anyone at the factory. A man sat in the canteen to watch us. When the inspector came he spoke for us.'",
  "is", "iso sfw", "L", "m")
T("Man, 35, learning disability, found living in a cupboard under the stairs of a family who 'took him in'; he does all the garden, cleaning and cooking, eats separately and has not had a GP appointment in years. His benefits go to the family.",
  "av ac is", "plc ncw iso", "D", "h")
T("Woman says her employer in a care home makes her do 14-hour shifts with no breaks, but she is paid for them and is leaving for another job next month. Complaint to the regulator.",
  "", "", "", "l")
T("A mother reports her daughter, 19, has been befriended by men who let her stay in their flat and now say she owes them for rent and drugs; they are 'lending her' to other men to clear it. She hasn't been home for 2 weeks.",
  "av db", "", "S", "h")
T("INT: nom PETRE rents out disabled Romanian men to beggar 'pitches' in Leeds at £50 per day; men are carried to their spots and not able to leave. 2/B/P.",
  "av rm", "rmv et", "C", "h")
T("Sheffield: youth worker reports a 20-year-old with learning needs is being 'paid' in food to run messages for dealers; he says they're his friends and he likes it. Referred to adult safeguarding for exploitation risk.",
  "av", "", "C", "m")
T("101: my nan's carer takes her to the post office and keeps half her pension. She's 92. Nan says she's scared of losing the carer.",
  "av", "ncw", "", "m")
T("Worker at a car wash says the boss pays him £500 a week but takes £150 for the room above the car wash and £20 for the bus back from the city. He can leave when he wants and has his passport.",
  "", "ct sw", "", "l")
T("Young Romanian mother with baby begging outside St Pancras says her husband's family sent her, she must give them £80 a day or they will take the baby. She sleeps in a park.",
  "it ww", "ncw plc", "C", "h")

T("Witness statement (MG11 extract), shop manager, Co-op, Fairfield:\n\nI have managed this store for six years. From about September a group of four men started coming in most days around 4pm. They always took the same things: meat, coffee, razor blades, laundry pods. One man, older, bald with a neck tattoo of a swallow, stayed by the door on his phone and never took anything himself. The others would go to him after leaving and hand over the bags.\n\nOn 14 November I stopped one of the younger men, who I now know as Andrei. He was shaking and said in broken English 'please no police, he will hurt me, I have to bring or I am not eating'. He showed me his hands, they were cracked and bleeding. He said he sleeps 'in the house with many people, on the floor'. The older man then came in and spoke to him in another language and Andrei went quiet and followed him out.\n\nI did not see any weapon. I have the CCTV available from the 14th.",
  "it ac", "pa oa", "C", "h")

# ---------------------------------------------------------------- write
IND["is"] = IND.pop("is_")
def expand(codes, table):
    out = []
    for c in codes.split():
        out.append(table[c])
    return sorted(set(out), key=out.index)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "fresh101.jsonl"), "w", encoding="utf-8") as f:
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        rec = {"id": "f101-%03d" % n, "text": text, "indicators": expand(ind, IND),
               "signs": expand(sig, SIG), "exploitation": expand(typ, TYP), "risk": RISK[risk]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(E), "texts written")
