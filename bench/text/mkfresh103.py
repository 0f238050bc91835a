#!/usr/bin/env python3
"""Builds bench/text/fresh103.jsonl from hand-written texts and hand labels.
Each entry: E(text, indicators, signs, types, risk=None). Short codes are expanded below;
risk defaults to the labelling convention when not given by hand."""
import json, os

IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement",
           iso="isolation", pv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", isd="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("rd", "dt"), ("rm", "rmv"), ("eo", "lh"), ("iso", "isd")]

DATA = []

def E(text, ind="", sig="", typ="", risk=None):
    i = set(ind.split()); s = set(sig.split()); t = list(typ)
    assert i <= set(IND) and s <= set(SIG) and set(t) <= set(TYP), (text[:40], i, s, t)
    for a, b in PAIRS:
        if a in i: s.add(b)
        if b in s: i.add(a)
    i = [IND[x] for x in IND if x in i]
    s = [SIG[x] for x in SIG if x in s]
    t = [TYP[x] for x in TYP if x in t]
    if risk is None:
        if ("physical_sexual_violence" in i or "sexual" in t or len(i) >= 3
                or ("intimidation_threats" in i and "restriction_of_movement" in i)):
            risk = "high"
        elif i or t:
            risk = "medium"
        else:
            risk = "low"
    DATA.append(dict(text=text, indicators=i, signs=s, exploitation=t, risk=risk))

# ---- part 1 ----
E("INT suggests POI Florin BALAN (DOB 03/02/1988) recruits men from Călărași for farm work in Lincs. Workers told £10/hr, actually receive £150 a week after 'rent and transport'. Minibus VRM KX19 BNF collects 0430hrs from HMO on Tennyson St. 2/B/P",
  "de ww", "ce ct", "L")
E("Caller states her cousin came over on a care visa, agency in Kerala charged him 18 lakh rupees, now the home only gives him 12 hrs a week and says he must stay or lose the sponsorship. He is sending everything home to pay back the loan.",
  "de db av", "uf", "L")
E("Seasonal worker visa holder attended drop-in. Paid a broker in Almaty $2,800 for the placement (illegal fee). Farm itself pays minimum wage, payslips fine, she lives in a caravan with one other. Advised re fee recovery scheme, no concerns about current employer.",
  "", "uf", "", "low")
E("i was told i would be working in a hotel in london as cleaner. when we land the man took us to a car wash in luton and said the flight and the room is £3000 each and we pay from wages. every week he says we still owe",
  "de db", "", "L")
E("Nail bar, High Road. Two Vietnamese females approx 16-17 yrs, no English, manager answered every question on their behalf. Both say they live 'upstairs'. Referred to CSC.",
  "av", "sfw sw", "L", "high")
E("Agency in Cluj charged €250 for the job, the UK agency refunded it in full when we complained because they say fees are illegal in UK. The factory pays weekly into my own account. I am happy here.",
  "", "", "", "low")
E("debt 4 the boat is 12 grand they said. i work in the kitchen 7 days 14 hours and they keep my money for the debt. i dont know when it finish",
  "db ww eo", "", "L")
E("GLAA inspection – labour provider 'Prime Harvest Staffing'. Workers interviewed individually. All hold own passports and bank cards; no charges for transport; hourly rates match contracts. Two payslips showed holiday pay miscalculated – corrected on the spot. No indicators of forced labour. Licence compliant with minor advisory.",
  "", "", "", "low")
E("Filipino domestic worker arrived with diplomat employer on an overseas domestic worker visa. She reports being told she'd have Sundays off and £500 a month. In reality she works 6am to midnight, has never had a day off in 14 months, and her salary is 'sent to her family' by the employer – her family say they received two payments. Her passport is kept in the employer's study. She sleeps on a mattress in the children's room.",
  "de eo ww rd ac", "sw", "D")
E("Student from Lagos, MSc. Works 20 hrs term time in a warehouse through an agency, extra in the holidays because she wants to. Payslips in her name. Came to the advice centre only because her BRP was lost on the bus — reported to police, replacement applied for.",
  "", "", "", "low")
E("2/C/P Info received that a male known as 'Uncle Tan' arranges flights from Hanoi via Paris for young men at a cost of $20,000, the debt to be repaid by tending cannabis in rented houses. Males are told they will be working in restaurants.",
  "de db", "", "C")
E("He said i could do modelling in london and he pay the ticket. when i arrive was not modelling, was flat with other girls and men coming. he say i owe £5000 for ticket and hotel and must pay with clients",
  "de db", "", "S")
E("Neighbour reports a van arriving at 5am every morning at number 14 and 8 men getting in. Spoke to them - they work for a building firm in Reading, own van, they said they start early to beat traffic. Seem happy, chatty. Caller just annoyed about the engine noise.",
  "", "", "", "low")
E("Referral from Salvation Army. Romanian male, 52, recruited in a village near Bacău by a man who offered 'good work in England'. Travelled by coach paid for by the recruiter. On arrival his ID card was taken 'to register him for work'. He worked at a recycling yard, sorting waste without gloves or masks, and was given £30 a week. He slept in a shipping container on site with four others. He was told that if he went to the police they would find him — 'we know your village'.",
  "de rd ww ac it", "sw oc ct", "L")
E("Care home manager called: new overseas carer from Zimbabwe owes an 'agency' in Harare £9,000, which she pays at £600 a month. She says they took her certificates and will only give them back when it's paid. Home pays her properly, concerns are about the agency.",
  "db rd", "uf", "L")
E("Called 101 regarding a roommate dispute. Housemate from Poland owes me 2 months rent and won't pay, I want him out. He works at the bakery I don't know anything about his job.",
  "", "", "", "low")
E("Bank alert: account ending 4471 receiving wages from three different employers (meat processing, cleaning, packhouse) for eleven different named individuals. All card transactions at one ATM, Wisbech, within minutes. Possible control of workers' wages.",
  "ww", "mbc ncw", "L")
E("Debrief (via Tigrinya interpreter): She says she paid smugglers in Libya and was told her brother in London would pay the rest. In London she was met by a man who was not her brother. He said she owed $7,000 and put her to work in a house looking after three children and cleaning. She was not allowed out without the wife. She says she was never paid.",
  "de db rm ww", "", "D")
E("Met a recruiter in Manila who set everything up: work permit, flight, accommodation in Hull for the fish processing. I paid nothing — the employer covered the fees as per the ethical recruitment policy. Hard work, cold, early starts, but exactly as he explained it.",
  "", "", "", "low")
E("Intel: 'Bogdan' keeps bank cards of the workers at the car wash on Mill Lane, gives them £20 each on Friday. 3/C/P",
  "ww", "ncw", "L")
E("Safeguarding referral from school. Year 10 pupil (15) seen getting into cars with older men after school, has new phone, two phones, and trainers she can't account for. Has told a friend she 'owes' a man called Jay for weed and has to 'be nice' to his mates.",
  "av db", "", "S", "high")
E("Student, Nigeria, said agent in Abuja promised a place at a university in Coventry and a part-time job in care. The university was real but the job was in a house in Birmingham cleaning for a family from 7am to 11pm, no pay 'until the agent fee is cleared'. Passport handed to the agent 'for visa processing' and not returned.",
  "de eo ww db rd", "uf", "D")
E("A&E note: male, approx 30, Romanian, attended with crush injury to hand from a baler at a recycling plant. States supervisor drove him here. Full-time employee, employer rang to check on him and confirmed sick pay. Interpreter used. No safeguarding concerns identified.",
  "", "", "", "low")
E("Report online: THER IS A HOUSE ON CROFT RD WITH LIKE 15 MEN LIVING THERE MATTRESSES IN THE KITCHEN, A WHITE VAN PICKS THEM UP 5AM AND DROPS THEM 10 AT NIGHT. THEY LOOK SKINNY AND TIRED. THE SAME GUY ALWAYS TALKS IF U SAY HELLO THEY DONT ANSWER",
  "ac", "oc plc ce pa sfw", "L")
E("Agency in Hanoi told her nail work in UK would pay £1,500 a month. She has been paid nothing in 7 months because of 'the debt for the passport and the flight'. Lives above the salon, not allowed to go out alone.",
  "de ww db rm", "sw", "L")
E("POI Gurpreet SINGH (DOB 11/07/1979) operates as an unlicensed gangmaster supplying workers to two food factories in Leicester. Workers recruited from Punjab with promises of sponsorship; charged £15k 'visa fee' each. Intel that wages are paid to SINGH who pays workers cash. 2/B/C – not to be shared with employer.",
  "de db ww", "uf ncw", "L")
E("Poor quality house, landlord ignored damp for months. Tenant is a Slovak family, father works at the chicken factory and is paid fine, issue is just repairs. Environmental health referral.",
  "", "", "", "low")
E("Witness statement extract: 'I drove for the firm two summers. The boss, Marius, used to collect the lads' passports on the first day. He said it was for the payroll. None of them got them back until they left, and some of them never left.'",
  "rd", "", "L")
E("They said the £2,000 is for the visa and the ticket but in the UK they say also for food and the room, every month the number is bigger. Now I owe more than when I started.",
  "db", "", "L")
E("Care worker (Indian national, sponsored) reports employer cut her hours to 10 a week but she still has to pay the sponsor back £200 monthly for the 'certificate of sponsorship' she was charged for. She cannot change employer because she was told the Home Office will deport her.",
  "db av de", "uf fa", "L")
E("The seasonal farm job was picking strawberries 6 days a week, tough and hot, but I earned what they told me and sent it home myself. Caravans were clean. I will come back next year.",
  "", "", "", "low")
E("Housing officer: tenant of a council flat (vulnerable adult, learning disability) has had 'friends' staying for 3 weeks. He says they use his flat to 'do business' and he sleeps on the balcony. Neighbours report constant callers at night.",
  "av ac", "", "C", "high")
E("Border Force note, LHR T4: Three Indian females travelling together on visitor visas, all state they are attending a wedding but none know the names of bride or groom. One male escort holds all three passports and return tickets, answers for them.",
  "rd", "sfw et", "")
E("Victim account (translated): In Vietnam a woman from my village said she had a cousin in England with a restaurant. My parents borrowed from the bank, they put the house. In England I was in a house with plants, lights, very hot, I water the plants. I sleep there on floor. The door was locked from outside. The man came twice a week with rice and noodles.",
  "de db rm ac av", "sw plc", "C", "immediate")
E("He goes to the bank with us every month and we give him the cards after. he says it is so nobody steals it",
  "ww", "ncw et", "L")
E("Recruitment agency, Bucharest, charges a €150 registration fee, which was repaid by the UK hirer after the GLAA flagged it. Workers on PAYE at a salad packhouse, accommodation optional. Case closed.",
  "", "", "", "low")
E("INT: male believed to be ALBANIAN national (nick 'Tony') transporting young Albanian males from Kent coast to cannabis grows in Oldham. Males told debt of £15-20k for crossing. 2/C/P",
  "db", "et", "C")
E("Caller's elderly mother's carer from an agency is very good and works long shifts by her own choice to save for a house. Caller wanted to check the agency is licensed. Advised. No concerns.",
  "", "", "", "low")
E("Our gaffer took 80 quid out every week for the hi-vis, boots and gloves and another 40 for the lift to site. Some weeks I walked home with under £100 for 50 hours.",
  "ww", "ppe ct", "L")
E("Safeguarding (adult): Mr K, 44, street homeless, was offered work and a room by a couple at a traveller site. He has done tarmac and block paving for 6 years, paid in tobacco and cider, lives in a caravan with no heating. He says 'they're my family' but has been hit with a shovel when he tried to leave.",
  "av ww ac pv", "plc", "L")
E("Girl 14 missing from care home third time this month, found in a flat in Hackney with two adult males. Had £300 in cash and a new phone. Refused to say how she got there.",
  "av", "", "S", "immediate")
E("Nurse recruitment fee: I paid ₱85,000 to a Manila agency, which turned out to be illegal under the Philippine rules; the NHS trust reimbursed my costs and I have reported the agency. Working normally.",
  "", "", "", "low")
E("Report: worker at the car wash has burns on his hands from the chemical, no gloves. He sleeps in the back room with another boy. Looks about 16. Boss shouted at me when I asked.",
  "ac av", "pa sw", "L", "high")
E("I came with a student visa from Chennai. The agent who helped with the loan told me I could work in a restaurant in East Ham, the owner is his cousin. I work 60 hours a week, more than my visa allows, and he pays me £3/hour saying that if I complain he will tell the Home Office I broke my visa.",
  "av it eo ww", "fa", "L")
E("Intel 1/A/P: Subject Ionut CIOBANU holds 20+ bank cards in names of Romanian men employed via agency at Amazon-type warehouse in Northants. Cards used at same cashpoint Saturday mornings.",
  "ww", "mbc ncw", "L")
E("Home Office caseworker: applicant claims trafficking but account is that she came on a spouse visa and the marriage broke down due to arguments about money. No work, no control beyond ordinary marital conflict; referred to domestic abuse support.",
  "", "", "", "low")
E("Was promised a job in a bakery in Manchester, the man in Lagos said I would be paid £1,200 and he would take only the first two months for the ticket. They put me in a house in Salford and said the bakery was closed, I had to go with men. He took my passport and he said juju would kill my mother if I ran away.",
  "de db rd it", "", "S")
E("Man at the job centre says 'a Polish fella' offered him and his brother cash work on a farm up north with a room. Both have no fixed abode. Advised to check. Nothing has happened yet.",
  "", "", "", "low")
E("OIC handover: IP (VN male, claims 17, age disputed) located in loft at 22 Ash Grove during warrant. Extension cables, 300+ plants, hatch padlocked from outside. IP has burns on arm and very thin. Under arrest for production, s45 considered, NRM referral done, LA children's services attending.",
  "av rm ac", "pa sw plc", "C", "immediate")
E("Recruitment fair in Iasi – agency representative promised 'free' accommodation. It was free. Work was hard but legal. Paid every Friday.",
  "", "", "", "low")
E("My sister went to Dubai first then the agent moved her to London with a family, she cleans and cooks. They told her it was a nanny job 9 to 5. Now they don't let her call us only on Sunday 5 minutes when the madam is there.",
  "de iso", "", "D")
E("Online report – 'There is a man outside Tesco every day begging, he gets dropped at 8 and picked up at 6 by a black BMW, same man in the car takes the cup off him. Hes got a walking stick and looks ill.'",
  "ww", "ce pa et", "C")
E("GLAA: Unlicensed provider supplying 30 workers to a daffodil farm. Workers charged £50 'registration' on arrival and £10/day for the minibus. Otherwise paid correctly via bank. Enforcement action for licensing breach.",
  "", "uf ct", "", "low")
E("Female, 23, Thai, working at an 'oriental massage' in Croydon. Told by a friend she'd be a receptionist. Now owes £25,000 to the owner for her visa and flight and has to see clients to pay it off. Works every day from noon until 3am.",
  "de db eo", "", "S")
E("Debrief: 'The recruiter in Sibiu said the job was in a chicken factory and we would live in a house. The house was true but 12 of us in 3 rooms. The factory was true but they paid the money to Dorin, not to us. He gave us 50 pounds a week. He had our identity cards 'for the agency'.'",
  "ww rd ac", "oc ncw", "L")
E("Report from tenant: landlord charges £80/week per bed, 6 beds in one room. Tenants are all different workers from different jobs, pay him in cash. He doesn't employ them.",
  "", "oc", "", "low")
E("101: Man rang saying he's being made to work on a fishing boat out of Brixham, not been off the boat in 3 weeks, skipper has his seaman's book and says he owes for the flight from Ghana. Connection cut.",
  "rm rd db", "", "L", "immediate")
E("INT suggests LEE Wai (DOB 02/03/1985) facilitates entry of Chinese females on student visas who are then placed into rented flats in Glasgow and advertised on adult services sites. Females' passports held by LEE. 2/B/P",
  "rd", "", "S")
E("I am a student and chose to do double shifts in the summer to pay my fees. My manager tells me to slow down. I have my passport and my wages.",
  "", "", "", "low")
E("He pays the £1,500 visa fee, then in England he say the price was £15,000, not £1,500. When I say this is not what he told me he laugh and say pay or I tell your family you are a prostitute.",
  "de db it", "", "L")
E("Midwife note: 19 yo Romanian woman, 30 weeks, attended booking late. Accompanied by 'boyfriend' who would not leave the room and answered for her. She has no phone of her own and did not know her address.",
  "iso", "sfw", "")
E("Charity caseworker notes: Mr D. (Sudanese, 28) was offered accommodation by a man he met at the mosque in exchange for 'helping in his shop'. Has worked 10 months unpaid in a convenience store, sleeping in the storeroom. Owner holds his asylum documents. Mr D. fears that if he leaves he will be reported to immigration.",
  "av ww rd", "sw fa", "L")
E("Couple called 101 re their au pair (Spanish, 20) who has left without notice. They believe she may be at risk. She was paid £100/week pocket money as agreed, had her own room, weekends off. Officer found her safe with friends in Bristol, she left after a disagreement.",
  "", "", "", "low")
E("Bangladeshi chef on a skilled worker visa: employer took a £10,000 'sponsorship fee' and deducts £400 monthly from his salary for 'the debt'. Hours 70/week. Has been told his visa is cancelled if he resigns.",
  "db ww eo it", "uf", "L")
E("my mate from school got offered a job by this guy on snap to drive stuff to Swansea, he said easy money but now he says my mate owes him 2k cos the bag got robbed and he has to keep doing runs. hes 15",
  "av db", "", "C", "high")
E("Police log: 0745 concern for welfare – Slovak male, drunk, found sleeping in bus shelter. Says he lost his job at the factory, has his ID, has a brother in Derby. Taken to shelter. No exploitation disclosed.",
  "", "", "", "low")
E("Agent told us the Korean fishing company would pay $1,000 a month. On the boat we worked 20 hours a day, they beat us when the net was slow, and after 8 months got nothing because the agent 'took the fee'.",
  "de eo pv ww", "", "L")
E("Recruiter in Pune charged Rs 6 lakh for a care job and a CoS that turned out to be fake. She arrived to find no job and now works cash-in-hand cleaning offices at night for a man who introduced himself as 'the sponsor's friend'.",
  "de", "uf", "L")
E("Nail bar inspection: all staff had right to work, own documents, fair pay. The young workers were the owner's nieces doing a Saturday job. No issues.",
  "", "", "", "low")
E("INT: Female 'Mimi' arranging sham marriages between Portuguese EU-status females and Pakistani males, females paid £2,000, but intel suggests some females are held in a flat in Bolton before the ceremonies and not allowed to leave. 3/C/P",
  "rm", "", "C")
E("Statement: 'When I wanted to leave the farm Mr Vasile showed us a video on his phone of a man beaten in a field. He said this was the last one who tried.'",
  "it", "", "L")
E("Agency worker, Latvian, posted complaint: pay was two days late this month at the warehouse. HR apologised, paid with interest. He's annoyed but otherwise fine.",
  "", "", "", "low")
E("Debrief of Eritrean male (via interpreter): he says he was recruited in Khartoum by a man promising a job in Italy; ended up in the UK via lorry. In Birmingham he washed cars for 'Rez' from 8 until dark, seven days, for a mattress and food. Rez told him the police in England would put him in prison because he had no papers.",
  "de eo ww av", "fa sw", "L")
E("Sister visiting from Kenya to help with the new baby for 3 months. Family friend reported it as 'servitude' after seeing her doing the laundry. She's on a visitor visa, has her passport and return ticket, not paid because she is family helping out. NFA.",
  "", "", "", "low")
E("Woman rang 999 whispering she is in a flat above the Golden Dragon, they took her phone she is using a client's phone, door is locked, she was brought from Romania by her boyfriend. Line dropped.",
  "rm iso de", "", "S", "immediate")
E("Pastor raises concern: young Nigerian woman in congregation, came to work as nanny for a family in Peckham, gets 'small money', never seen outside except Sunday with madam. Has lost weight.",
  "ww rm", "pa", "D")
E("Care provider in Kent recruited 40 carers from India via sponsorship; GLAA found the provider charged each £12,000 for CoS and recovered it by deducting from wages; workers told they would be reported to the Home Office if they resigned; several were living six to a house owned by the director.",
  "db ww it ac", "uf oc", "L")
E("I give them my pay card, they give me back food and cigarettes. This is the arrangement since I came from Poland six years ago. I don't have the pin anymore.",
  "ww", "ncw", "L")
E("Report received via Modern Slavery Helpline: caller saw four Asian men in a takeaway on Station Rd sleeping on flattened boxes in the kitchen after closing. Worked there all day. One said in broken English they 'cannot go'.",
  "rm", "sw plc lh", "L")
E("Student from Hanoi working part-time in a Birmingham nail bar. Owner is her aunt, pays her minimum wage via bank, she lives with her aunt's family. Visited by police after an anonymous tip; she was confident, had her BRP, studies accounting. No concerns.",
  "", "", "", "low")
E("Man, Polish, 60s, with alcohol dependency, lives in garage of a family in Boston (Lincs). They take his wages from the potato packhouse and give him vodka. He says 'I'd be dead without them.'",
  "av ww ac", "ncw plc", "L")
E("INT: OCG using nail bars in Essex to launder funds; one outlet staffed by teenage Vietnamese girls brought in via Calais, living above the shop and escorted to and from each day by a male. 2/B/P",
  "av rm", "sw et", "L", "high")
E("Man at the door of a hotel told me he was forced to pay £50 every week for the mini bus to and from the factory but was otherwise free — he'd ride with his cousin if he could. Pay otherwise correct.",
  "", "ct", "", "low")
E("Probation note: service user (19) disclosed that after release he was approached by an older man who said he still owed money for drugs held in prison. He now 'does shifts' at a trap house in Stoke to pay it back and was slapped for being late.",
  "db pv av", "", "C")
E("She wanted to study nursing. The agency in Benin City said school fees and flight would be £40,000, pay later. Oath sworn at a shrine. In Italy and then in Leeds, she was put on the street. She gave every penny to madam.",
  "de db ww it", "", "S")
E("101 report of a man with a bruise on his face asking for work outside the builders merchants; no indication of anyone controlling him; he said he was in a fight at a pub. Advised re support.",
  "", "pa", "", "low")
E("Romanian women recruited via Facebook ads for 'packing jobs in Peterborough, £400/week'. Instead taken to a flat in Slough and advertised on adult sites. Forced to have sex with up to 10 men a day.",
  "de pv", "", "S")
E("Domestic abuse call. Partner controls the money and calls her names. She works at a bank, keeps her own account since the separation. DA referral. No trafficking indicators.",
  "", "", "", "low")
E("They said in Romania, bring your ID and we do everything, the ticket, the house, the bank. In England I never saw the ID again and the bank card he kept.",
  "rd ww", "ncw", "L")
E("Wage advances: agency in Kettering offers 'loans' to new workers from Bulgaria at £20 per £100 per week. Workers interviewed say they borrowed for deposits, repayments taken from wages, one man says his £300 became £1,100. Can leave any time, he said, but 'then they send debt collectors to my mother in Pleven'.",
  "db it", "", "L")
E("New client at the food bank, Indian national, said her sponsor closed down and she's looking for work. Fees for her visa were paid by her own savings. Not exploited, just stuck. Signposted to immigration advice.",
  "", "", "", "low")
E("Officer handover: Cuckooing at 7 Elm Court. Resident Mr P (heroin user) says 'the lads from London' took over 2 weeks ago, he stays in bedroom, they sell from the kitchen. Saw a 14 yr old there today, he was given a knife. Action: child protection strategy meeting.",
  "av", "", "C", "immediate")
E("UK recruiter from Newcastle recruiting local unemployed men into paving work in Spain. They get there, are told no wages until the job's done, sleep in a van. Three came back after 4 months with nothing.",
  "de ww ac", "", "L")
E("Agent in Kathmandu took my cousin's passport and 5 lakh, said Cyprus. He ended up in Crawley washing dishes in an Indian restaurant, 15 hours every day, boss says passport will come when loan is finished.",
  "rd db eo de", "uf", "L")
E("Border Force: Brazilian female, 24, arriving for 'modelling'. Ticket bought by a third party, has contact number for 'agency' that is linked to escort sites. Refused entry; safeguarding referral made.",
  "", "", "")
E("Worker from Moldova explains he lost all his earnings in a card game and asked police if he can get them back. No employer involvement. Advised.",
  "", "", "", "low")
E("Police log: 2103 Request from GLAA to attend farm in Herefordshire — workers say owner has taken all the Ukrainian workers' passports and visas 'for safe keeping' and has told them they can't leave the farm without him. Threatened to call immigration if they complain.",
  "rd rm it", "fa", "L")
E("Agency in Ho Chi Minh City promised me restaurant work and college. I paid $15,000 borrowed from my uncle. After 2 years of nail shop work I have still not paid it back because the boss keeps the money for rent.",
  "de db ww", "", "L")
# ---- part 2 ----
E("Kidney transplant patient, 58, from Leicester, received organ from her son at the Royal. Living donor assessment completed, no payment involved. Routine follow-up.",
  "", "", "", "low")
E("INT 2/B/C: Male known as 'Doctor Sami' offering Pakistani men in Bradford £5,000 to travel to a clinic abroad and 'sell' a kidney. One male, 23, returned with surgical scar, was paid £800 only and says he was told the debt for his brother's visa would be cleared. Handling: not to be disclosed to family.",
  "de db av", "", "O")
E("Eritrean asylum seeker disclosed that in Egypt the smugglers said he could not pay for the crossing so he must give a kidney. He has a long scar on his left side. Nothing happened in the UK.",
  "av db", "pa", "O")
E("Man called 101 because his neighbour is 'selling his kidney online'. Officer checked — neighbour had posted a joke on Facebook about needing money for a new car. No further action.",
  "", "", "", "low")
E("NGO note: Ms R (Nigerian, 31) reports that a man who arranged her travel to the UK promised a job in a shop; once here he told her she would have to donate a kidney to his relative to clear her debt of £30,000. She was taken to a clinic for blood tests and matching. She escaped before any operation and is now in safe house.",
  "de db it", "", "O")
E("Renal unit raised concern: patient travelled to Pakistan for a 'commercial transplant' — he bought a kidney from an unknown donor for $15,000. UK patient is the recipient, not exploited himself. Public health report made.",
  "", "", "O")
E("Debrief (via Romanian interpreter): She says she met Cristi on Facebook, he said he loved her and would take her to England to work in a restaurant. In London he kept her in a flat in Ilford. The men came every night. He took the money, all of it, and said it was for their future. When she said no he hit her with a belt. She could not go out; he took the keys with him.",
  "de ww pv rm", "", "S", "immediate")
E("Shop owner wrote: 'Young girl in school uniform comes in with a man much older, he buys her vodka and cigs. She calls him her boyfriend. Another man picks her up after.' Child safeguarding referral.",
  "av", "", "S", "high")
E("GLAA inspection: cockle-picking gang, Morecambe Bay. Pickers self-employed, licensed, own equipment, paid per kilo directly by the buyer at market rates. Safety briefing and tide times displayed. No concerns.",
  "", "", "", "low")
E("My boss at the construction site in Slough keeps my passport in the office because he says it's the rule for Romanian workers. I asked for it back for my brother's wedding and he said 'no, you will run.'",
  "rd rm", "", "L")
E("101: Taxi driver reports dropping two young girls (approx 13-14) at a hotel at 0130, they were with a man in his 40s who paid cash and told them 'be quick, he's waiting'.",
  "av", "", "S", "immediate")
E("Staff member at a Bradford school reports pupil (16, Roma) is working at a car wash every evening and weekends, falling asleep in class. Dad says the money goes to family. Pupil says boss pays dad not him.",
  "av ww", "lh", "L", "high")
E("Agency worker, Indian, 'I was told the warehouse was 40 hours. It's 40 hours. Pay is low but I knew. Agency took nothing from me. I'm looking for better pay now.'",
  "", "", "", "low")
E("The man who brought us from Albania said £10,000 each for the lorry. In Manchester he put us in a house and we grow the weed. We are not allowed to go outside. He comes with a gun sometimes.",
  "db rm it", "", "C", "high")
E("Intel log: Residential address 3 Maple Drive used as pop-up brothel, 3 different females advertised on Vivastreet per week. Adverts 'new girl Romanian 19'. 3/C/P",
  "", "", "S")
E("Debrief: 'In Vietnam a man said he would help me to France to work in a bakery. I paid $6,000, I borrowed from my uncle. In a forest near Calais they beat me and said I must go to England to pay more. In England they give me to a nail shop. The lady keep my salary for the man.'",
  "de pv ww db", "", "L")
E("Charity referral: Mr M (Polish, 45) worked for 'Jarek' in a recycling plant through an agency, paid cash, lives in one of Jarek's houses with 11 others. Says he's free to leave and has his documents, earns £400/week after rent. Caseworker view: cramped, poor quality, but no control beyond a landlord.",
  "", "oc", "", "low")
E("Online: Theres a guy in the car wash on Burley Rd who cant be older than 14 and hes there every day in school hours boss shouts at him",
  "av", "", "L", "high")
E("INT suggests female Ola AYODELE arranges UK study visas for young Nigerian women through an unaccredited college. Women told they will work as carers, instead placed with families as housekeepers, no pay; told they owe 'tuition' of £8,000. 2/C/P",
  "de ww db", "", "D")
E("Victim statement: 'They made me steal from shops, Boots and Superdrug, razors and perfume. Every day a quota. If I came back with not enough, Dorel hit me. He said I must pay for the flat and food, €50 a day.'",
  "pv db", "", "C")
E("Welfare check at a family home following school concern; 9 children of a large family, clean, well-fed, parents both working, grandmother cares. Unfounded.",
  "", "", "", "low")
E("Bank: customer aged 82 reports someone is using her card, fraud investigation — no exploitation link, opportunist theft by a relative.",
  "", "", "", "low")
E("Care home visit (CQC): two Zimbabwean carers working 84 hours a week, sleeping in an unused resident room, employer keeps their passports and deducts 'accommodation' £150/week from their £240 wages.",
  "eo rd ww ac", "sw", "L")
E("Caseworker: she cries when speaks about the farm. She said the man from the agency in Sofia told them £9 per hour and a house. The house was a barn. They worked in the rain, no toilet. When they asked about pay, he said first pay off the bus.",
  "de ac db ww", "plc", "L")
E("999 call: male with Eastern European accent says he is locked in a portacabin at a scrapyard off the A34, has not eaten since yesterday, boss has his ID. Location traced.",
  "rm rd ac", "", "L", "immediate")
E("Police log: 1600 Member of public reports three men sleeping in a car in Tesco car park for a week. Officers attended: Bulgarian, working at a local farm via a legitimate agency, saving money by not renting. Offered housing advice.",
  "", "", "", "low")
E("She was promised £2,000 a month looking after an elderly lady in Kensington. She looks after the lady, but also the son's family of five, cleans the whole house and walks the dogs. She gets £200 a month. Her phone was taken 'so she wouldn't be distracted'.",
  "de ww iso", "", "D")
E("Letter from MP's office: constituent (Sri Lankan, care visa) says the care agency took £6,000 'for training'. Agency says this is a training agreement repayment clause. Under investigation; worker has left the agency and works for another provider.",
  "", "uf", "", "low")
E("INT: nominal Kamil NOWAK (DOB 21/05/1990) manages a team of Polish men doing loft conversions across Sussex; men live in a caravan on a field he rents, do not speak English, and are paid only when NOWAK 'feels like it'. 2/B/P",
  "ww av", "plc", "L")
E("Report on Crimestoppers: 'A large number of Chinese women living at 14 Bank St, men coming and going all night. One woman crying on the doorstep said she wants to go home but boss won't give passport.'",
  "rd", "", "S")
E("Au pair from Latvia says the host family pays her as agreed and she has her own room. She just feels homesick. Agency offered rematch.",
  "", "", "", "low")
E("Debrief (Sudanese male, 19, interpreter present): He says that in Libya he was sold twice and made to work in a warehouse for nothing. They beat him with pipes. In the UK he was not exploited; he is in asylum accommodation and attending college.",
  "pv ww", "", "L")
E("Victim (British, 22, learning disability) was befriended by a couple at the bus station, moved into their house, made to sign for benefits which they collect; also made to clean their home and babysit their children daily. Not allowed to visit his mum.",
  "av rm", "ncw", "D")
E("Tipped off by a GP: patient (Indian, 50s) states he paid £18,000 to a consultant in Jalandhar for a skilled worker visa, arrived to find the restaurant had never heard of him. Now sleeps at a gurdwara, no work. No current exploiter.",
  "de", "uf", "")
E("The agent in Nairobi told my wife she'd be a cleaner in a hotel in Doha and then London. She cleaned a private villa in Doha for 2 years, no days off, they locked her in when they went out.",
  "de eo rm", "", "D")
E("Police log: Burglary at a nail bar overnight, cash taken. Staff are family members of the owner, all with right to work. No other concerns.",
  "", "", "", "low")
E("Family helping a Syrian refugee cousin with a job in their restaurant — he works 30 hours a week, paid weekly, lives with them. Anonymous caller suspected exploitation. Officers found no concerns.",
  "", "", "", "low")
E("Teenage girl (15) told school counsellor that her mum's boyfriend takes photos of her and sells them online. She's scared because he says he'll post them to everyone at school if she tells.",
  "av it", "", "S", "immediate")
E("INT 2/B/P: County line 'DANNY' operating from Liverpool into Aberystwyth. Runners aged 14-16, kept at addresses for up to a week, phones taken by older 'olders' and given a work phone.",
  "av iso rm", "", "C", "high")
E("We worked at the packhouse from 6 till 10 at night, it was on the payslip like that. The agency man said it's normal. 84 hours. There was no day off for 5 weeks.",
  "eo", "", "L")
E("Woman interviewed by Border Force at Stansted arriving from Bucharest with her 'employer'. He holds her ID and says she'll be working at his cousin's car wash as cashier. She doesn't know where she'll live. Released with advice; intel submitted.",
  "rd iso", "sfw", "")
E("A man I met in Peterborough said he'd lend me £500 for a deposit, I pay back £50 a week. I paid it back in 3 months and he was fine about it. Just a mate helping out.",
  "", "", "", "low")
E("Salvation Army: Mr F (Albanian, 24) agreed to pay £18k to be brought to UK. Put to work in a car wash in Coventry, told to stay inside the compound, given £100 a month, told his family's house would be burned if he failed to pay.",
  "db rm ww it", "", "L", "high")
E("School nurse: Year 8 girl repeatedly with love bites, older boyfriend with car, says he buys her McDonald's, friends say he 'shares her with his mates'.",
  "av pv", "", "S", "high")
E("Indian cook brought over by a family in Southall: she had been employed by them for 20 years in Delhi, continued the same work in the UK. She has her passport, sends money home from her own account, works 8 hours, has Sundays off. Local authority visited after an anonymous report, found no concerns.",
  "", "", "", "low")
E("Debt note found during warrant at 11 Kings Rd: handwritten list of Vietnamese names with figures e.g. 'Minh 18,000 – paid 2,400', 'Hoa 22,000 – paid 900'. Premises a cannabis grow. Two males present, one claimed 16.",
  "db av", "", "C", "high")
E("Landlord of a big house in Northampton reports he doesn't know who lives there — a man rents it and 'sublets to workers'. Neighbours say 20+ men. Men are collected at 4am by van. Men told officers they pay £70/week each which is deducted from their wages by the gangmaster.",
  "ac", "oc ce", "L")
E("He told me in Bucharest there would be a job, and English lessons, then after 2 weeks he said I owed 3,000 for everything and if I did not pay he would sell me to Albanians.",
  "de db it", "", "")
E("GLAA licence check: director had previously been disqualified; workers all paid correctly and no exploitation found. Licence revoked on fit-and-proper grounds only.",
  "", "", "", "low")
E("Caller says his cousin, aged 17, came to the UK to work for a Romanian 'uncle' who sends him begging at Marble Arch every day and takes the money. The boy has a missing leg.",
  "av ww", "", "C", "high")
E("INT: Romanian national Adrian POPA, 'driver' for a group of 6 Romanian females begging in Birmingham city centre. Drops off at 0900 and collects at 1800. Females hand cups to him in the car. 2/B/P",
  "ww", "ce et", "C")
E("I am not forced. I came here to be with my boyfriend and I work in the massage parlour because it pays more. I keep my money. Please don't tell my parents.",
  "", "", "", "low")
E("Referral: Filipino seafarer on a trawler out of Peterhead. 'The skipper has our discharge books and passports. We are not allowed ashore. We have been at sea for 4 months and paid only $200.'",
  "rd rm ww", "", "L", "high")
E("Witness: 'The lads at the carwash are always there when I go, 8 in the morning, 9 at night. Sunday too. One of them told me they sleep in the cabin at the back.'",
  "eo", "sw", "L")
E("Police log: Concern for welfare raised re man with DV history; partner says he works for a cousin in a shop and is paid. Domestic only, no trafficking concerns.",
  "", "", "", "low")
E("We came from Nigeria to do care work after paying £8,000 each to an agent. The care company in Stoke is fine and paid us, but the agent keeps messaging us to pay 'second instalment' of £4,000 or he will report us to UKVI.",
  "it", "uf", "")
E("INT suggests a group of Slovak Roma families in Sheffield are being used by 'Stano' to open bank accounts, take out loans and claim universal credit, with all cards and PINs handed to him. Families live in 2 houses he rents. 2/C/P",
  "ww", "mbc ncw", "C")
E("Tenant: 'My husband and I share a two bedroom flat with his parents and sister. We're all family, we all work. Council says it's overcrowded but we're happy.'",
  "", "", "", "low")
E("Safeguarding (adult): woman with dementia has 'lodger' who has moved his friends in and uses her home for drug dealing. She is frightened of them and they take her pension.",
  "av", "ncw", "C")
E("Student, Sri Lanka: 'A man I met at college said he would get me a job in a hotel. I went, it was a house, I was cleaning for him and his friends for 3 weeks, for food. He said my visa would be cancelled if I told anyone.'",
  "de ww it av", "fa", "D")
E("Nail bar worker approx 19, Vietnamese. Did not know the name of the town she was in. Manager said she was her niece. Had no phone. Left hand with chemical burns.",
  "iso", "pa sfw", "L")
E("Complaint: 'My agency charged me £30 for a DBS check and £20 for my uniform. That's normal here isn't it?' Advised: DBS charge may be lawful, uniform charge not lawful in some sectors. No exploitation.",
  "", "ppe", "", "low")
E("Debrief: 'When we finish at the chicken factory, Radu takes us back to the house. We are not allowed to go to the shop alone. He said the Gypsies will steal us. One boy went alone and Radu broke his nose.'",
  "rm pv", "et", "L", "high")
E("Tesco security: group of 4 young Eastern European females shoplifting, dropped by a car outside, one said 'he will be angry' when detained. Police attended; females had no ID, said the man had it.",
  "rd it", "et", "C")
E("Caller rang the helpline saying she's a domestic worker in a diplomat's residence in Holland Park; she isn't allowed out, her salary has gone into an account she can't access for 18 months, and the wife pulls her hair when she makes mistakes.",
  "rm ww pv", "ncw", "D", "immediate")
E("Agency recruits Vietnamese nail technicians through a licensed training scheme. Apprentices paid minimum wage, living in their own rented rooms. One contacted police after a fire alarm. Nothing suspicious.",
  "", "", "", "low")
E("INT suggests OCG recruiting homeless British men from soup kitchens in Manchester for 'roofing work' in Wales, living in caravans, paid in cans of lager, beaten when they refuse. 2/B/P",
  "av ww pv ac", "plc", "L")
E("I work 70 hours at the farm in August because that's harvest, I get overtime and go home in October with good money. Nobody makes me.",
  "", "", "", "low")
E("A man in Cluj said there is work in a bakery in Nottingham, £350 a week. There was no bakery. I went to a flat with 6 other men and next day we washed cars. He said the job at the bakery finished and now I owe him for the bus.",
  "de db", "", "L")
E("Interpreter's note: she says that the woman who brought her from Lagos told her she was going to be a hairdresser. She says she has been with the family for four years. She says she cooks, cleans, and takes the children to school, and she sleeps in the utility room. She says madam says she cannot go to the church because people will ask questions.",
  "de rm", "sw", "D")
E("Safeguarding referral for Sophie, 15: found in a car at 3am with two men aged 25 and 31. Drugs and condoms in the car. Sophie says one is her boyfriend.",
  "av", "", "S", "immediate")
E("Factory HR email: 'One worker had his passport stolen from his locker; reported to police and embassy. All staff keep their own documents.'",
  "", "", "", "low")
E("Police log 2200: Male on Vietnamese passport at a nail salon, no English, appears afraid when officers arrived, hid in the back. Manager spoke for him and said he's a customer. 2/C/P.",
  "", "fa sfw", "")
E("Referral: Mrs N, 62, Indian, brought to UK by her son on a visitor visa. Daughter-in-law makes her clean, cook, and look after 3 grandchildren, sleeps on the sofa, cannot leave house without permission. Visa expired; she's told she'll be arrested if she goes outside.",
  "av rm", "fa", "D")
E("Witness: 'I saw them pushing a man into a van outside the car wash and one of them punched him. The man was bleeding.'",
  "pv", "pa", "L", "immediate")
E("Debrief: He says his father sold him to a man who brought him to the UK to beg. He says he was 11. He says they burned his hand with a cigarette when he did not collect enough.",
  "av pv", "pa", "C")
E("A man called 'Mister Zhang' arranged my work visa for care in Hertfordshire. He took a fee of £20,000 and my first year's salary goes into an account he opened for me, but he has the card. I only receive cash from him.",
  "ww db", "uf ncw", "L")
E("Report: teenagers gathering at the park, smoking weed, possibly selling. No adults involved seen. Neighbour complaint.",
  "", "", "", "low")
E("INT 2/C/C Handling: not to be shared with the landlord. Pop-up brothel at an Airbnb in Cardiff, 2 Chinese females, a male collects cash at 11pm and moves them every 4 days to a new city.",
  "", "", "S")
E("Police log: Man, Romanian, walked into the station saying he had been working for 3 years at a farm near Spalding for no money, sleeping in a shed with rats. He said he wanted to go home but the boss said 'you owe me'.",
  "ww ac db", "plc", "L")
E("Ukrainian refugee hosted under Homes for Ukraine reports host demands she clean his house and look after his mother for free, or he will evict her. She has her documents and can leave. Council re-matching her.",
  "it av", "", "D")
E("A farmer near Evesham who employs 40 seasonal workers has an open door policy, pays through a payroll provider, and provides free transport. Local paper feature on 'good practice'.",
  "", "", "", "low")
E("Intel log: MAN called 'Big Ed' collects Polish workers from the Salvation Army hostel in Bristol every morning in a Transit, takes them to building sites, keeps their wages for 'room and board'. 3/C/P",
  "ww av", "ce", "L")
E("Ms P, 28, Thai, says she went to the UK on a student visa and an 'agent' set up her job at a Thai restaurant. She gives the agent £400 a month for 'managing her visa'. She can leave the job, and pays the agent out of her own wages because she believes it's required.",
  "de", "", "")
E("Police log: 0300 call from a hotel night porter; a man checked in with 3 young women, two looked under 16, he paid cash. Officers en route.",
  "av", "", "S", "immediate")
E("Asylum seeker (Iranian, 30) told his caseworker that a man at the hostel offers jobs at a car wash for £20 a day and that he refused. No further contact.",
  "", "", "", "low")
E("The recruiter told me I would work in Scotland in a hotel. I am on a fishing boat. I cannot get off because we are always at sea and the skipper says there are no visas for me to land.",
  "de rm", "", "L")
E("POI Ahmed KHAN (DOB 14/01/1982) suspected of controlling 6 Pakistani students, sends them to work at his warehouse 60+ hrs/week, pays them £100 cash each, keeps their BRPs in his car. 2/B/P",
  "eo ww rd", "", "L")
E("Debrief: 'On the boat from Turkey they said we are lucky, only 2,000 more euro to pay in England. In England the man said I pay by selling. I sell for him in Hull, cocaine. He said he knows my mother's house in Elbasan.'",
  "db it", "", "C")
# ---- part 3 ----
E("they take my phone when i arrive, they say no phone in the house. i dont know the name of the street. only the boss and his wife i see for 5 month",
  "iso", "", "")
E("Caseworker note: Ms T (Vietnamese, 20) says she was recruited in Nghe An by a 'travel company' who said she could study in London. She paid $9,000 up front from a family loan. In London she was taken straight to a nail salon in Kent and told she owes another £12,000 for 'documents'. The manager holds her passport. She works 10am–8pm six days, sleeps above the salon with three others, and is never given money — the manager says it goes to the company.",
  "de db rd ww ac", "uf sw oc", "L")
E("Employer in Kent had paid the £3,000 visa costs for a Filipino chef and the Home Office skills charge, as required; chef resigned after 8 months and employer asked for nothing back. Chef says 'he was a good boss, I just got a better offer in London.'",
  "", "", "", "low")
E("Agency in Bucharest charged me €100 to put me on the bus to England. At the farm I found out the farm pays my bus itself. The agency gave me back the €100 when I called. No problem.",
  "", "", "", "low")
E("INT 2/B/P: Subject Marian DUMITRU meets minibuses from Romania at Victoria Coach Station and takes newly arrived men to a house in Barking. Men are told at the house that the jobs promised at a hotel 'have gone' and they must work demolition for him until their travel debt (£450 each) is repaid. Wages paid into accounts DUMITRU opened; he holds cards.",
  "de db ww", "mbc ncw", "L")
E("Housekeeper from the Philippines, employed by a family in Knightsbridge for 6 years, has own room, Sundays off, contract with pay slips, goes to church and meets friends. Asked advice at Kalayaan about renewing her visa. No indicators.",
  "", "", "", "low")
E("Public report: man at the back of the chippy is always there sleeping on the chairs, he works all day too, never see him go out. owners shout at him in another language",
  "", "sw", "L")
E("Debrief (translated from Polish): 'I met him at the bus station in Gdańsk. He said, come, work in England, packing, I pay your ticket. In England he took my ID card to “do the NI number”. He gave it to another man. They used my name to open bank accounts and take loans. I worked in a factory and I never saw my salary — it went into those accounts.'",
  "de rd ww", "ncw", "LC")
E("Man says he took a job with an agency in Corby that promised £12/hour and he got £12/hour. Complaint is that the shifts were cancelled with 2 hours' notice. Not an exploitation matter.",
  "", "", "", "low")
E("Police log 1130: Female, 17, Albanian, arrived in lorry at Dover. Says a 'boyfriend' paid for her journey and she must work in London for his friend to pay it. Placed with LA, missing from placement after 2 days.",
  "av db", "", "", "high")
E("She says that the man in Delhi who arranged the visa said she would be a cook for an Indian family in Wembley, £800 a month. She says that the family pays the money to her husband in India, not to her. She says she has not had one day of rest since she came, and she cooks, cleans, and massages the grandfather.",
  "de ww eo", "", "D")
E("GLAA: workers at a salad farm charged £35/week for transport in a minibus with no seatbelts and £15 for boots and gloves; wages otherwise correct. Advice letter issued.",
  "", "ct ppe", "", "low")
E("101 call: woman reports her son, 16, has been going missing for days, comes back with cash and a train ticket to Norwich. He had a slash wound on his arm last week. She found a phone with messages 'u owe me 500 now'.",
  "av db pv", "pa", "C", "high")
E("A man on Facebook said he gets jobs for Nigerians in UK care homes. I paid £4,500. He sent a fake certificate of sponsorship. Police fraud report made. I am still in Lagos.",
  "de", "uf", "", "medium")
E("Nurse from Kerala says the recruitment agency gave her a 3-year contract with a £10,000 'exit fee' if she leaves early. She wants to leave because of bullying by a manager. Legal advice obtained — clause may be unenforceable. She is not prevented from leaving and keeps her pay.",
  "", "", "", "low")
E("Witness: 'The boss bought the boys from Vietnam new trainers and phones, but they never get paid. He says they owe for the trip. They sleep in the factory unit behind the takeaway.'",
  "ww db", "sw", "L")
E("INT 3/C/P: A female known as 'Auntie Blessing' in Luton believed to recruit Nigerian girls for domestic work with families in London. Girls told the work pays £400 a month, actually paid nothing and forbidden from calling home.",
  "de ww iso", "", "D")
E("Charity note: Mr A (Pakistani, 35) says he paid his cousin £6,000 for a job in a Glasgow takeaway. The job exists, he gets paid national minimum wage into his account, he lives in the flat above with his cousin. He feels the fee was a loan he's happy to repay. Caseworker notes fee but no control.",
  "", "uf", "", "low")
E("The old lady's son says the carer from Zimbabwe, paid through the agency, works live-in 7 days and has only 2 hours off a day and can't leave the house because mum has dementia. Agency says she gets 2 days off a fortnight but no one covers. Carer exhausted.",
  "eo", "", "L")
E("Probation: male (20) disclosed he was made to hold drugs internally by his 'uncle' to travel to Ipswich. 'If you lose it, I'll take it out of your mum.'",
  "it", "", "C")
E("i worked at a hotel laundry from 7 to 7 and the pay was ok. i had my own room in a shared house, the agency took rent but it was written in the contract. I left and found another job no problem",
  "", "", "", "low")
E("INT suggests Lithuanian nominal Tomas K. supplies men to chicken-catching crews across Kent; men transported at night, work 20+ hour shifts, not allowed to leave the farm without a supervisor, threatened with 'the dogs'. 2/B/P",
  "eo rm it", "ce et", "L")
E("Debrief: 'He was nice in Albania, he said we would marry in London. In London he showed me a room and said I had to work for 6 months with men to pay the house. He hit me when I cried. His friend took pictures of me for the website.'",
  "de pv db", "", "S")
E("Call to helpline from woman in Leeds: her flatmate is a nail bar worker who 'doesn't know her own address' and has never been out except to work. A car collects her at 8.",
  "iso rm", "et", "L")
E("Farm manager showed inspectors around. Caravans with heating, contracts translated into Romanian, Bulgarian and Ukrainian, payslips on app. Workers could describe the grievance procedure. One worker complained of back pain from picking; referred to GP.",
  "", "", "", "low")
E("Recruiter in Manila said the job in Scotland was cleaner in an office, £10.42/h. I arrived and the job was cleaner in a private house, 14 hours a day and the employer said I must pay for the house I sleep in. My passport is with the employer 'for safety'.",
  "de eo rd", "", "D")
E("Police log: 0900 Male, Slovak, 41, reported being assaulted by workmates over a card game. Employer not involved. Crime report raised for assault.",
  "", "", "", "low")
E("Woman (Chinese, 40s) found in a flat in Glasgow during a drugs warrant. Said she was cooking for the men. Passport found in a bag belonging to a male, she says she gave it to him. Not clear if she is exploited. NRM declined. Duty to Notify submitted.",
  "", "", "")
E("Officer handover: Victim Elena (Moldovan, 25) rescued from an address in Leyton. Bruising to arms and face. States her 'manager' Vlad takes all money from clients and tells her she owes for the apartment. Vlad not located. Victim in safe house.",
  "pv ww db", "pa", "S")
E("NGO caseworker notes: Mr S (Indian, 38) says a man from his village, Jaswinder, offered him a job in a sweet factory in Leicester. In the UK he found the factory real but he was sent to work on Jaswinder's relatives' farm instead, with 12 others, in sheds. When he asked to go to the factory Jaswinder said 'you are an illegal now, if you go out the police will take you'.",
  "de ac av", "fa oc", "L")
E("The trafficker took a video of me and said he would send it to my husband if I stop working for him. I pay him every week.",
  "it ww", "", "S")
E("Report: woman in a hijab begging outside Sainsbury's, looks scared, a man watches her from the car across the road all day. Two kids with her.",
  "av", "et", "C", "high")
E("Agent in Ghana said I'd drive lorries in UK. I came on a visitor visa and he put me in a house in Croydon and I clean offices at night and I give him my pay because he says it's for the lorry licence. 2 years now, no licence.",
  "de ww", "", "L")
E("Caller says her elderly dad is a live-in 'lodger' with a family in Wolverhampton, they cash his pension and give him £10 a week. He seems OK and wants to stay. Adult social care referral.",
  "", "ncw", "", "low")
E("Debrief: 'The men from my village who came before me said it was good work in Italy. The recruiter took us to the UK instead in a van. In a house in Walsall, 20 men. They told us to tell police we are tourists if asked. Each Saturday they give us 30 pounds, they keep the rest.'",
  "de ww ac", "oc", "L")
E("POI 'Mo' linked to ten phones. Runners (mostly 14-15) recruited on Snapchat, given a 'debt' if they're robbed. Intel that a 15 yr old was stabbed in the leg for losing a parcel. 2/B/P",
  "av db pv", "", "C", "high")
E("I went to the UK with an agent in Vietnam who charged me nothing and I do not owe anything. I paid my own ticket. I am a student, I work at a nail bar in Leeds 20 hours a week. My boss is kind.",
  "", "", "", "low")
E("INT: Pakistani national recruiting spouses from Pakistan for British men via 'marriage agency', wives then used as unpaid domestic help for the extended family and not permitted to leave the house. 3/C/P",
  "ww rm", "", "D")
E("Care worker (Ghanaian) emails: 'The home owner is making us work 3 long days then 3 nights, we get paid for them, but we are so tired. I'm not forced, I'm thinking of moving to another sponsor.'",
  "", "", "", "low")
E("A&E note: Male, Romanian, 30s, broken arm, says fell at work on a roof in Harrow. Escorted by a man who did all talking and refused interpreter. Patient repeatedly looked at him before answering. Left before X-ray results.",
  "", "pa sfw et", "")
E("The lady from the agency said I would be an au pair, 25 hours, learning English. The family in Surrey made me clean every room every day, cook, walk the dog, mind three kids. 60 hours, £70 a week, they said 'that's how it works in England'.",
  "de eo", "", "D")
E("Letter from a solicitor on behalf of Mr L (Albanian): he was trafficked to the UK in 2019 by 'Gjergj' who demanded €20,000. He worked in cannabis grows in Kent; he was kept inside for 8 months, fed once a day, and shown photos of his father's house.",
  "db rm it ac", "", "C")
E("Bank: 14 accounts opened by young Romanian women, all giving the same address in Ilford, all with a male 'translator' present. Cards sent to same address. Suspicion of control of accounts.",
  "", "mbc sfw", "")
E("Ex-worker from Bulgaria complaining the hotel paid him £30 less than his contract in his final wage. Hotel investigated and paid the difference. Dispute closed.",
  "", "", "", "low")
E("Man (Eritrean, 26) in asylum hotel was offered cash work with a man who 'helps new arrivals'. He now works at a car wash 12 hours/day, 7 days/week, gets £15 a day, and is told if he speaks to the Home Office he will lose his asylum claim.",
  "av eo ww it", "fa", "L")
E("Investigator notes: Sham marriage suspected — bride (Latvian, 21) says she was offered £3,000 to marry an Indian man she had never met. Since arriving she has been kept in a flat with his family and not allowed a phone. She has not been paid.",
  "de rm iso", "", "C")
E("INT 2/B/P: Vietnamese female 'Chi' (approx 16) seen entering premises at 41 Dock St at 0800 daily with adult male; premises is a nail bar with blacked-out windows, she leaves after 2200.",
  "av eo", "et ce", "L", "high")
E("A student from India who arranged her own accommodation and works part-time at a café asked the police for help after her landlord refused to return a £500 deposit. Civil matter.",
  "", "", "", "low")
E("They told my dad it was a football academy in England. The men took me to a house in Manchester and I have to cook and clean and deliver packages. I am 15.",
  "de av", "", "CD", "immediate")
E("Online report: 'my brother in law went to work for a rich family in london through agency, says he has no days off, they keep his passport and his wages get paid into the family's account and he gets pocket money £50 a month'",
  "eo rd ww", "ncw", "D")
E("INT 1/A/C: Informant states that owner of 'Golden Nails' in Reading instructs workers to say they are family if police come. Workers have no time off, live above, owner keeps earnings. Handling condition: source not to be identified.",
  "eo ww", "sw", "L")
E("We were in Calais and the men said they would take us for free if we agreed to work in a restaurant to pay back. Restaurant work in London was 15 hours every day for 2 years, no pay at all.",
  "db eo ww", "", "L")
E("Man came in to report that the agency at the warehouse made him buy his own safety boots for £45. Otherwise fine, paid on time. Wanted advice.",
  "", "ppe", "", "low")
E("Helpline: Woman says her husband brought her from Bangladesh and she isn't allowed to leave the house, he keeps her passport, and she is made to do all the housework for 9 people, and he rapes her. Children are safe at school.",
  "rm rd pv", "", "D", "immediate")
E("Ms O, Polish, works in a packing factory; her 'boyfriend' takes her wages every week and hits her. She says it's a relationship problem. Safeguarding referral: domestic abuse with potential economic exploitation.",
  "pv ww", "ncw", "L")
E("Report from a charity: a Nigerian woman was promised a hairdressing apprenticeship by a church elder in Lagos. In London she was taken to a family house and works unpaid, has been told her 'debt' is £15,000. The elder has told her she'll be cursed if she leaves.",
  "de ww db it", "", "D")
E("Police log: warrant executed at factory unit, 8 Indian males, all with valid visas and contracts, found sleeping in an upstairs room because their rented house had a flood. Employer arranged hotels next day. No offences.",
  "", "", "", "low")
E("INT suggests OCG are using vulnerable women with drug addiction in Blackpool to shoplift to order; women supplied heroin by the OCG, which keeps a 'tab' they work off by theft. 2/C/P",
  "av db", "", "C")
E("Caseworker: He is a farmworker from Nepal on the seasonal visa. Says recruiter in Kathmandu took 6,000 dollars and promised six months of work. Farm in Kent worked him 6 weeks then sent him home when harvest ended, he has earned only 2,500 pounds. Now debt at home with interest. He cries.",
  "de", "uf", "L")
E("Security guard at a hotel: 'One Romanian girl comes every night with a different man, she looks terrified, a guy waits in the car and takes her phone when she gets back in.'",
  "iso", "et", "S")
E("Witness: 'Jan did the work on my roof and he's been doing handyman work for our neighbours for years. He lives in his own van, he's happy, he drinks. I wondered if someone was exploiting him but no, he's self-employed and proud of it.'",
  "", "", "", "low")
E("Police log: 1415 Report of a man chained in a garden shed in Milton Keynes. Officers on scene: male, 50s, British, severe weight loss, worked for the householder for 'years' laying patios, says he was chained at night 'so I don't run'.",
  "rm ac pv", "pa plc", "L", "immediate")
E("Debrief: 'I wanted to work in Germany, the man said. Then it was England, then a kitchen. Kitchen was in a Chinese buffet in Blackpool. 12 hours. He said we owed 30,000 yuan each. The owner kept us in a flat above and said dont go out, immigration will catch you.'",
  "de eo db rm", "fa", "L")
E("Young man (18) from Afghanistan in foster care until recently; his former foster carer says someone from the mosque now gives him cash work at a carpet shop. Investigation: work is part-time, paid by bank, no exploitation found.",
  "", "", "", "low")
E("She had her own room, the nanny job was 40 hours, and the family paid her tax and NI. She left because she wanted to go home. The family even bought her flight.",
  "", "", "", "low")
E("Report on Unseen app: 'Car wash on A6. Workers have no gloves, no boots, the chemicals burned one boy's legs. They sleep in a container behind the car wash and the boss takes their money to “keep it safe”.'",
  "ac ww", "sw pa plc", "L")
E("i was hired in Poland by an agency and when i got here there was no work, the agency put us in a hostel for 3 days then found us a job in a warehouse. bad start but they sorted it",
  "", "", "", "low")
E("Financial intelligence: Account of Sorin V receives 6 different salaries from Royal Mail and a food factory in names of others. Withdrawals made at same ATM. Subject's address same as the employees. 2/B/P",
  "ww", "mbc ncw", "L")
E("Social worker: Child (12), British, reported to be used by her uncle to sell cannabis to classmates. Uncle gives her trainers. She says she has to or he'll hurt her little brother.",
  "av it", "", "C", "immediate")
E("Victim account (translated, Tigrinya): 'In London Mr Yonas took me in because I had nowhere. He said I should help his shop. For one year I worked and he gave food only. Then I asked for money. He said I was lucky he did not call the police.'",
  "av ww it", "fa", "L")
E("The kitchen porter in my restaurant is from Nepal; he chose to work 55 hours this month to save up for a wedding. He signed the 48-hour opt-out. His pay is correct.",
  "", "", "", "low")
E("INT suggests a group of five Ukrainian women were recruited via Telegram for 'warehouse work in Bristol', then on arrival told that the warehouse 'closed' and they must work at a massage parlour to pay the £2,000 each for the transport. Owner keeps their passports. 2/C/P",
  "de db rd", "", "S")
E("Police log 1940: Report of a man with no shoes sitting outside a farm shop near Boston. Said he walked away from a farm where he worked with no pay for 2 months and the boss threatened to kill him. Taken to station, NRM referral.",
  "ww it", "pa", "L", "high")
E("Agent in Colombo charged £3,000 and arranged a fake student visa to the UK for me. I was then told to work for his brother's company cleaning hotels to pay back £10,000 more. My wages go to his brother.",
  "de db ww", "uf", "L")
E("Family in Harrow employ a nanny through a reputable agency; anonymous caller said the nanny 'never leaves'. Officers visited: nanny works 9 to 6, lives out, has just had a holiday. No concerns.",
  "", "", "", "low")
E("INT 2/B/C: Pop-up brothel network run by Romanian OCG in Edinburgh. Females rotated every week between cities, phones controlled by the OCG, one female showed signs of assault. Not to be shared with Airbnb.",
  "iso pv", "pa", "S")
E("Debrief (via interpreter) Mr H, Sudanese, 33: He says that in Calais a man said he could pay for the lorry by working in England. He says in England he worked at a car wash and later a cannabis farm. He says that he was not allowed to leave either place and a man slept at the door. He says he was never paid.",
  "db rm ww", "", "LC")
E("Helpline caller (Polish): 'I borrowed 1,000 pounds from my landlord for my mother's hospital. He takes 100 a week from my wages and adds 50 interest. It has been a year and I owe more. I work for him too, at his building firm.'",
  "db ww", "", "L")
E("Council licensing inspection: massage parlour, all therapists self-employed, with their own bank accounts and documents; no evidence of sexual services. Premises licensed.",
  "", "", "", "low")
E("Intel: 'Viktor' arranges coaches from Moldova to UK for farm work, takes their passports on the coach 'for the border', workers only get them back when they leave after 6 months. 3/C/P",
  "rd", "et", "L")
E("Referral: Ms J (Filipino, 45) fled employer, a Saudi family living in London. She says she was only given leftovers to eat, slept on the kitchen floor, and was slapped when she asked to call her children. She was told she would be imprisoned for running away.",
  "ac pv iso it", "sw pa", "D", "high")
E("Man reported that his Indian employer (restaurant) offered to sponsor him for £15k. He refused and left. No exploitation, employer under investigation for sponsorship fraud.",
  "", "", "", "low")
E("Police log: 2230 ASB complaint about noise at a shared house on Victoria St. Officers found 6 Polish men, all working at a brewery, drinking after a shift. No concerns.",
  "", "", "", "low")
E("INT: Reports of homeless men being approached at the Bullring by men in a Transit offering jobs and a bed. Two men who went say they were taken to a farm in Worcestershire, worked from dawn, got £20 at the end of the week and were told they owed for the bed and food. 3/C/P",
  "av db ww eo", "", "L")
E("Woman from Vietnam says she was smuggled in a lorry, her family paid. She works in a nail salon in Sheffield owned by her cousin and receives minimum wage. She has asked about claiming asylum. No current exploitation disclosed.",
  "", "", "", "low")
E("Debrief: 'First they said the job was in a restaurant, only cooking. Then they said I had to sell drugs at the door, 6pm to 4am. Then they said I owe them because the police took the drugs. The debt grows every time.'",
  "de db eo", "", "C")
E("Welfare visit: Elderly man's carer from the agency calls every day, works 3 hours, paid by the council. No concerns.",
  "", "", "", "low")
E("Ms K (Chinese, 32) says the snakehead promised restaurant work; in the UK she was sent to a flat where she had to have sex with 6-8 men a day. The boss watched the door, she never went out. She was told that her family in Fujian would suffer if she escaped.",
  "de pv rm it", "", "S")
E("I came with a company from Romania to work in the abattoir. The company takes rent £70 a week and transport £15. Payslips show it. I can live elsewhere if I want. Work is hard but pays.",
  "", "", "", "low")
E("Caseworker: Indian family of 4 lives in 1 room above a sweet shop owned by the father's employer. Father works 72 hours a week, paid £600 a month cash, employer holds his passport, says the sponsorship requires it.",
  "eo ww rd ac de", "oc", "L")
E("Report: 'the nail lady is maybe 15, no school, works all weekend and in the week, the owner picks her up at 7 in the morning and drops her home late'",
  "av eo", "ce", "L", "high")
E("Border Force at Dover: Romanian minibus, 9 passengers, driver holds all IDs and says they're going to a farm in Norfolk. Passengers say they paid £200 each for the trip and £100 for the 'job'. No further evidence. Intel submitted.",
  "rd", "uf ct", "")
E("Statement: 'I owed £300 for the ticket, I paid it from my first two wages and now I keep everything. The gaffer's alright.'",
  "", "", "", "low")
E("101: Woman says her neighbour, a Somali man, has been coming and going at odd times and has lots of visitors. She thinks it's trafficking. Officers found he runs a home tuition business. NFA.",
  "", "", "", "low")
E("Ward sister: Patient (Indian, 28) post kidney donation at a private clinic in Delhi, told by the 'broker' in Birmingham he would be paid £10,000 to donate to a stranger; he received £1,200. Wound infected. Broker has his passport.",
  "de rd av", "pa", "O")
E("Nigerian lady, 50s, 'I was told I'd be a companion for an old woman in Essex but she was not old, she is a businesswoman who made me cook, clean, wash cars and look after her three kids. I couldn't talk to anyone, no phone. After 8 months she gave me £100 and said that's all.'",
  "de iso ww", "", "D")
E("Intel log 2/B/P: Unit 4 of the Canal Industrial Estate is a hand car wash where workers are locked in overnight. Adjacent business saw a man let out through the roller shutter at 6am.",
  "rm", "sw", "L", "immediate")
E("A charity says 2 Eritrean men (in their 20s) were offered free rooms by a 'landlord' in Hackney and he now demands they sell drugs to pay rent. One has been beaten.",
  "db pv", "", "C")
E("Recruitment agency from Vietnam advertises 'UK work permit, €25,000, payment in instalments'. Screenshot from a worried parent in Hai Duong. Intel only; no UK victim identified.",
  "", "uf", "", "low")
E("POI Vusi NDLOVU (DOB 08/09/1975) runs unlicensed care agency in Luton, takes a 30% cut of care workers' wages, and threatens to report them to the Home Office if they complain. 2/B/P",
  "ww it", "fa", "L")
E("Worker says: 'the agency in Bucharest took my ID and bank card to open my account in the UK, then gave both back to me after a week, like they said'. No concerns.",
  "", "", "", "low")
E("Debrief: The man said we were going to pick strawberries in Scotland but we went to a recycling centre. We had to pay for the gloves and the masks, £30 every week, and the van. He kept our wages for 3 months 'to keep us safe'.",
  "de ww", "ppe ct", "L")
E("Intel 3/C/P: Chinese national 'Lucky Wang' arranging for girls from Fujian to come to London as students, then placed in flats where they see clients. No confirmation.",
  "", "", "S")
E("Press summary: A couple from Kent were jailed for holding a vulnerable man in servitude for 12 years. He lived in a caravan without water, worked on their farm and in their house unpaid, and was beaten. The court heard he had a learning disability and had been picked up from a homeless shelter.",
  "av ac ww pv", "plc", "LD")
E("Ms A (Albanian, 19) says she agreed to come to the UK with her boyfriend for a better life and he did not force her to do anything; they split up and she lives with a friend. She wants advice on asylum.",
  "", "", "", "low")
E("Report: A worker at the pizza place has said he's sleeping on the floor of the kitchen, working 7 days a week, and hasn't been paid for 6 months. Boss says 'later, later'.",
  "eo ww", "sw", "L")
E("Helpline: Caller (Tamil) says that a man from Chennai recruited her for a care home job in Derby. She was told the fee was £2,000 but on arrival told the fee was £16,000 and that the care home pays her salary to him.",
  "de db ww", "uf ncw", "L")
E("Police log: Man (Polish, 40s) arrested for shoplifting vodka. Says he is homeless, no employer, no one controls him. Drink problem. Referred to outreach.",
  "", "", "", "low")
E("Nursing agency in Birmingham charged overseas nurses a £500 admin fee, refunded after a complaint. Nurses paid correctly. No further concerns.",
  "", "", "", "low")
# ---- part 4 ----
E("Police log 0615: Two Romanian males found walking the M62 hard shoulder with one carrier bag between them, no coats, no phones. Say they ran from a house where 'the boss' kept them, worked demolition for no pay. Don't know the town they were in.",
  "ww iso", "fpe", "L", "high")
E("Salvation Army intake: client arrived with only the clothes he wore and a plastic bag with a toothbrush. Says the man who brought him from Vietnam told him he owed £28,000 and he worked in a grow house, not allowed out. He thinks it was in 'Birming'.",
  "db rm iso", "fpe", "C")
E("Student from Ghana moved into halls with one suitcase; came to police because someone stole her laptop. She works 15 hours a week at a supermarket. Nothing else of note.",
  "", "", "", "low")
E("Hotel housekeeping agency: staff paid per room, worked out to about £8/hr, below minimum wage; HMRC complaint upheld and arrears paid. Workers free to leave, kept their own documents and wages.",
  "", "", "", "low")
E("Debrief (interpreter for Amharic): she says the employer in the Gulf brought her to London for the summer. She says she was given a mattress in the laundry room and had nothing of her own, not even a second dress. She says she was not allowed a phone and did not speak to anyone except the family for the three months.",
  "iso ac", "fpe sw", "D")
E("Caller (construction site manager) says a labourer supplied by a subcontractor has turned up for 3 weeks in the same clothes, doesn't know his own address, and the subcontractor collects his pay card at the end of each day.",
  "iso ww", "fpe ncw", "L")
E("Woman from Eritrea who was held in Sinai and had a kidney removed by captors before her family paid ransom. Now in the UK with refugee status; counselling referral.",
  "pv", "pa", "O")
E("Agency in Manila charged a lawful fee for the medical exam only; the employer in Aberdeen covered the flights and visa. Worker happy, sends money home herself.",
  "", "", "", "low")
E("Report: man delivering leaflets for a takeaway says he doesn't get paid on time, sometimes a week late. He gets all of it eventually and has quit to work elsewhere. Wanted to know his rights.",
  "", "", "", "low")
E("Online report: 'theres a woman in the big house on Leigh Road who cleans and does the garden she says shes the owners sister and she seems happy, goes to the gym, has a car. probably nothing but my friend said report it'",
  "", "", "", "low")
E("Young man from Slovakia says he was offered a room and a job by a man in Derby. He 'changed his mind' when he saw the room, walked away and went back to his sister. Nobody stopped him.",
  "", "", "", "low")
E("INT 2/B/P: Females being flown from Bucharest to Luton, met by a male who takes their phones 'until they settle', placed in flats in Luton and Bedford. Adverts appear on adult sites within 24 hrs.",
  "iso", "", "S")
# ---- part 5: one-liners ----
E("Boss keeps our papers safe in the office, he says.", "rd", "", "")
E("£20 a week pocket money, the rest 'goes home' he says.", "ww", "", "")
E("INT: VN male approx 15 seen at window of grow house, 14 Oak Rd. 2/C/P", "av", "", "C", "high")
E("Owe £12,000 for the boat and it never goes down.", "db", "", "")
E("Agency refunded my fee when I told them it was illegal.", "", "", "", "low")
E("he knows where my mum lives in Craiova, he showed me her house on his phone", "it", "", "")
E("Only allowed out with Ion, even to the shop.", "rm", "et", "")
E("Student, works 20 hrs at Costa, has own passport, no concerns.", "", "", "", "low")
E("promised hotel work in London got a car wash in Luton instead", "de", "", "L")
E("Carer says she can leave whenever she wants and holds her own passport.", "", "", "", "low")
E("Told it was a modelling job in Manchester. It wasn't.", "de", "", "")
E("Rent and food added each week so the debt never goes down.", "db", "", "")
E("No sign of anyone being held against their will at the farm.", "", "", "", "low")
E("Pay goes on the card he keeps, I get cash for cigarettes.", "ww", "ncw", "")
E("Door locked from outside every night at the takeaway where we sleep.", "rm", "sw", "L", "high")
E("Mr B injured by a packing machine, employer reported to HSE, full sick pay.", "", "", "", "low")
E("They took my phone on the first day and I never got it back.", "iso", "", "")
E("Kidney transplant went well, donor was her brother, both recovering.", "", "", "", "low")
E("Girl 13 collected from school by adult male not family, gets in his car nightly.", "av", "", "S", "high")
E("Paid £3,000 in Hanoi for a job that did not exist.", "de", "uf", "")
E("Workers dropped at the packhouse 4am, collected 10pm, six days running.", "eo", "ce", "L")
E("Shown a video of what happened to the last one who ran.", "it", "", "")
E("Legit agency, payslips fine, hours as advertised, staff happy.", "", "", "", "low")
E("Never got my ID back after the bank account was set up.", "rd", "", "")
E("Pension collected by her nephew each week, she gets nothing.", "", "ncw", "", "low")
# ---- part 6: long texts ----
E("""Intelligence report – OFFICIAL-SENSITIVE. Grading 2/B/P.

Source reports that a labour provider operating from a unit on the Fengate estate, Peterborough, recruits through a partner agency in Iași, Romania. Recruits are told on Facebook that warehouse work pays £11.44/hr with free accommodation. On arrival at Victoria coach station they are met by a male, described as 40s, heavy build, Romanian, called 'Sandu', who drives them to one of three terraced houses on Lincoln Road.

Source states each recruit is told on the first evening that they owe £650 for the coach, the 'registration' and the first month's rent, and that this will be taken from wages. Wages are paid into accounts opened on the first week at a branch in the city centre; Sandu keeps the cards 'so nobody loses them'. Recruits receive £40-£60 cash on Fridays. Source does not know of any violence but says that one man who complained was told he could 'walk back to Romania'.

A separate male, known as 'Gabi', is said to run a legitimate minibus business and is not believed to be involved.

Houses are believed to hold 10-12 persons each. VRM of Sandu's Transit: unknown.""",
  "de db ww ac", "uf ncw oc", "L")
E("""Case note – Kalayaan-style advice session (domestic worker).

Ms R, Filipino, 34, came in with a friend from church. She explained that she was recruited in Manila by an agency that placed her with a family in Riyadh in 2021. In 2023 the family came to London for the summer and brought her on an overseas domestic worker visa.

She says she works from 5.30am until the family sleeps, often after 1am. She has had no day off since arriving. Her salary of $400 a month was supposed to be paid into her account in the Philippines, but her sister says nothing has arrived since May. The employer's wife holds her passport 'because it is the custom'. She sleeps on the floor of the children's room. When she asked to call her children, the wife shouted that she was ungrateful and slapped her.

She left the house this morning while taking the rubbish out. She has no belongings with her apart from her phone, which she hides. We discussed NRM referral; she consented.""",
  "eo ww rd ac pv", "sw fpe", "D", "high")
E("""Safeguarding referral – secondary school, DSL.

Name: Kieran (Year 10, 15). Concern raised by form tutor and by his mum, who phoned the school on Monday.

Kieran has been absent 11 days this half term. On three occasions he returned with cash and new clothes. Mum found a second phone and a train ticket to Exeter. Last week he came home with a black eye and said he 'fell off a bike'. Friends report he told them he 'owes' an older lad called 'Trey' £800 after 'getting robbed' and has to 'go out country' until it is paid off.

Kieran's older sister (19) is at university and not involved. His mum's partner works nights at the hospital.

Risk assessment: high. Referral made to MASH and children's services; police informed for CSE/CCE screening; NRM referral to be considered by LA as first responder.""",
  "av db pv", "pa", "C", "high")
E("""Statement of witness (farm shop owner).

I have run the shop at the end of Mill Lane for 12 years. The big farm across the road employs a lot of seasonal workers every summer, mostly from Ukraine, Kyrgyzstan and Nepal on the seasonal worker scheme. They come in for bread and phone cards. They are polite and they talk to me about home.

This summer someone posted on the village Facebook group that the farm was 'using slaves'. I don't believe that. The workers have their own bikes and go into town on their days off. Several of them told me they are paid every week and that the money is better than at home. One girl, Aigerim, showed me her payslip because she wanted me to explain 'holiday pay', which I did. Another said the work is very hard when it's hot.

The only thing I'd mention is that one man said he paid an agent in Bishkek 'a lot of money' to get on the list. He seemed cross about it but said the farm had nothing to do with it.""",
  "", "uf", "", "low")
E("""Debrief account (Vietnamese, via interpreter). Male, states DOB 2006.

He says he lived with his grandmother in Quang Binh. A man from the next village told his family he could go to England and work in a nail shop and study English, and that the cost of $18,000 could be repaid from his wages within a year. His family borrowed from a moneylender against the land.

He says he travelled by plane to Russia, then by car and on foot through several countries. In France he stayed in a camp where the men who were guiding them beat a boy who tried to leave. He crossed in a lorry.

In England he was taken to a house where the windows were covered. There were plants in every room. He was told to water them and not to open the door to anyone. A man came every three days with food. He slept on a mattress on the landing. He was told he now owed £30,000 and that if he ran away his family would lose their land.

He was arrested when police entered the house. He says he is afraid of being sent back because of the debt.""",
  "av de db rm it ac", "sw fa", "C", "high")
E("""GLAA compliance inspection summary – licensed labour provider (food processing).

Inspectors visited three client sites and interviewed 24 workers in private with interpreters (Polish, Romanian, Lithuanian, Tamil). All workers held their own identity documents. Pay was into workers' own bank accounts; payslips reconciled with hours. Accommodation is offered but optional; 9 workers take it, at a charge within the accommodation offset. Transport is provided free by the client.

Two issues found: (1) one worker had been charged £25 for a replacement hi-vis, which was refunded; (2) holiday pay for short-hours workers was miscalculated in one pay period, corrected.

One Tamil worker said he paid a large sum to an agent in Chennai before coming to the UK; this was not connected to the licence holder, and he was signposted to advice.

No indicators of forced labour or worker exploitation. Licence holder compliant; advisory letter issued.""",
  "", "uf ppe", "", "low")
E("""101 call log – 19:42.

Caller, a woman who lives above a shop on the High Street, says that for about two months she has seen a young woman, maybe early 20s, Asian, being brought to the nail bar below at 8am by a man in a silver Mercedes and collected at about 10pm. She has never seen her leave at lunch. Tonight the caller heard shouting in the back yard and saw the man grab the young woman by the hair and push her into the car.

Caller says there are two other workers who she thinks are fine – older women who drive themselves and chat to customers.

Caller did not get the full VRM but thinks it starts 'LR68'.

Action: unit tasked to the address; intel log created re the Mercedes; nail bar to be flagged for partner visit.""",
  "pv eo", "ce et", "L", "immediate")
E("""Letter from a student to the university welfare team (extract).

I came from Lagos to do an MSc in Public Health. I want to explain why I missed lectures. When I arrived an agent who helped with my application said he had found me a job in a care home. He said I needed to pay him £1,500 from my first wages for arranging it. The job was real and the home paid me into my account. I paid him the £1,500 and he did not ask again.

The problem is I worked too many hours because my family needed money after my father's business failed. That was my choice, nobody forced me, and I have now reduced to 20 hours as my visa allows.

I have my passport and BRP. I am writing to ask for an extension to my dissertation.""",
  "", "uf", "", "low")
E("""Officer handover – Op Harrow, day 2.

Overnight: warrant at 56 Ferry Road, Hull (HMO). 14 males present, all Romanian or Moldovan. Interviews under way with interpreters. Early account from several: recruited in Chișinău by 'Andrei' for 'factory work, £400 a week'. Passports collected by Andrei on the minibus for 'registration with the employer'; not returned. Men worked at a poultry factory via an agency. Wages paid into accounts whose cards Andrei holds. Men given £50 a week for food. Deductions of £100/week for the house and £20 for transport.

One male (Victor) has a healing fracture to the hand and says he was hit with a hammer after asking to go home. Two men say Andrei told them their families would be visited if they spoke to police.

The agency (registered, GLAA licensed) appears not to have known; agency manager cooperating.

Outstanding: Andrei not located; phone download; NRM referrals for 11 who consent, DtN for 3.""",
  "de rd ww pv it ac", "ncw ct mbc oc", "L", "high")
E("""Report via online form (typed by caller's daughter as written):

'my mum cleans houses for a man called Reza he brings her from our house in the morning and back at night. she gets paid by him every friday, i seen the money, he is fair. but last month he asked her to go to a house in Slough to clean for his friend for a week and stay there. she said no and he said ok no problem. i am only writing because my teacher said if we are worried to report. i am not really worried anymore i just want to be sure.'

Follow-up by PCSO: mother spoken to with an interpreter (Farsi). She works part-time, paid fairly, keeps her money and documents, free to refuse work. No concerns.""",
  "", "", "", "low")
E("""NRM referral narrative (first responder: local authority adult social care).

Mr P, 58, British, mild learning disability, was found by a housing officer living in a garden shed at a property in Telford owned by a family he calls his 'friends'. He was known to services 10 years ago when he was street homeless.

Mr P says he does 'jobs' for the family: paving, gardening, clearing gutters, and cleaning the family's two houses. He has done this 'for ages'. He says he is given food and 'a few quid' and that the family hold his bank card and collect his benefits. The shed has no heating and a bucket for a toilet.

He has a fading bruise on his cheek which he says came from 'Tony' (the son) when he 'got lippy'. He does not want to leave because 'where would I go'.

Mr P does not have a phone and says he has not seen his sister in years.""",
  "av ww ac pv iso", "ncw plc pa", "LD", "high")
E("""Press-style summary.

A restaurant owner in Cardiff was convicted of modern slavery offences after bringing a chef from Bangladesh on a skilled worker visa. The court heard that the victim's family paid a middleman £17,000 for the sponsorship, that the owner then deducted a further £300 a month from the chef's wages as 'visa costs', and that the chef worked 13-hour shifts six days a week. He lived in the storeroom above the kitchen with another worker.

Jurors were told the owner threatened to 'cancel' the chef's visa and have him deported if he complained. The chef eventually confided in a customer who called the police.

The court also heard from two other members of staff who said they had been treated fairly; the judge accepted their evidence and said the offences related to the victim alone.""",
  "db ww eo it ac", "uf sw fa", "L")
E("""Debrief (Albanian female, 22, via interpreter).

She says she met a man online, Ardit, who said he was in the construction business in London and they would marry. He arranged and paid for her travel via Belgium. In London she lived in a flat with him and two other girls.

After one week he told her she must 'help' with money because the travel cost €8,000. He took photographs and put them on a website. Men came to the flat. He kept all the money. She says he locked the flat when he went out and took her phone and her ID card. When she refused he beat her and once raped her.

She says that she was moved between Leeds, Birmingham and London every few weeks and never knew which city she was in until she saw signs.

She escaped when a client let her use his phone to call her cousin.""",
  "de db ww rm iso rd pv", "", "S", "high")
E("""Bank financial crime alert – summary for police.

Between March and August, 23 current accounts were opened at four branches in Leicester in the names of Indian nationals aged 19-26, most of whom hold student visas. All accounts list one of two addresses. Payroll credits from two textile businesses and one food factory are received into the accounts and withdrawn in cash within hours at the same ATM, often using several cards in one session. CCTV shows the same male making most withdrawals.

Three account holders contacted the bank to say they had 'lost their card'; one said, in branch, that 'the boss keeps the cards, he gives us cash at the end of the month'.

The same two addresses appear in a council HMO complaint about overcrowding.

Assessment: likely control of wages of a group of workers; possible labour exploitation. Disclosure under s7 Crime and Courts Act.""",
  "ww", "mbc ncw oc", "L")
E("""Interview notes – Border Force, Manchester airport.

Passenger, female, 27, Nigerian, arriving on a visitor visa from Lagos. States she is coming for a 'job interview as a nanny'. Her ticket was bought by an agent, 'Mr Chike', whom she has paid ₦2,000,000 from a loan. She has a phone number for the family but no address. She says Mr Chike told her the family would keep her passport 'for the visa switch' and she would work for one year 'to repay the ticket'.

She was not aware that she cannot switch from a visitor visa to work.

Assessment: at risk of domestic servitude; she has not yet been exploited in the UK. Entry refused; safeguarding conversation held, leaflet in Yoruba given, intel submitted on Mr Chike.""",
  "de", "uf", "")
E("""Police log – 03:10.

Caller (male, Sudanese accent, very distressed) says he is at a car wash on the A5 in Cannock. He says he and two others sleep in the back office and the boss, called 'Kaka', has just beaten one of them with a metal bar because money was missing from the till. The injured man is bleeding from the head. The boss has locked the shutter and taken the keys. Caller is using the injured man's phone.

Caller says they have worked there eight months, from opening to closing, for 'food and £10'. He does not know the postcode; he describes a Shell garage opposite.

Units dispatched, ambulance requested. Caller kept on the line.""",
  "pv rm eo ww ac", "sw pa", "L", "immediate")
E("""Caseworker note (housing charity).

Three people were referred together, all living at the same HMO.

Mr A (Polish, 44) works in a bakery, pays rent directly to the landlord and has no complaints other than damp.

Ms B (Lithuanian, 36) works at a laundry via an agency; she showed her payslips and bank statements; no concerns.

Mr C (Romanian, 29) told us the man who brought him to the UK, 'Nelu', pays his rent and takes it back from his wages plus 'interest'. He said the debt started at £400 and is now £1,900 although he has paid every week. Nelu took his ID card 'so that he would not run away with the money'. Mr C works at a car wash that Nelu manages.

Plan: Mr C referred to the Modern Slavery Helpline and police; A and B given housing advice.""",
  "db rd", "", "L")
E("""Social worker's note – child in need visit.

Amina, 16, arrived from Sudan 18 months ago and lives with her aunt and uncle in Bolton. School raised a concern because she looks tired and misses school. At the visit she was calm, her room had her own things, photos and books. She explained that she helps in the family's shop after school for two hours and at weekends, as her cousins do, and gets pocket money. The aunt was present for part of the visit; Amina was also seen alone and repeated the same account. She said she is sometimes tired because she studies late for her GCSEs.

Outcome: no evidence of exploitation or neglect. Advice to family about school attendance; support with homework club.""",
  "", "", "", "low")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh103.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(DATA, 1):
            f.write(json.dumps(dict(id="f103-%03d" % n, **d), ensure_ascii=False) + "\n")
    print(len(DATA), "texts written to", out)
