#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline's indicator detector (set fresh169).

Each entry: (text, indicators, signs, exploitation, risk_override).
Short codes below are expanded to the official codes; risk is derived from the
labelling conventions unless given explicitly (immediate / child cases).
"""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
EXP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

DATA = []
def T(text, ind="", sig="", exp="", risk=None):
    DATA.append((text, ind, sig, exp, risk))

# ---------------------------------------------------------------- part 1
T("""Keyworker note, safe house B. Met T (Vietnamese, 17 at the time of exploitation, now 19) with Vietnamese interpreter by phone. T says he came to the UK in the back of a lorry after his uncle arranged it; the family owe the organisers about $18,000 and his mother still gets calls asking when the money is coming. In the UK he was driven at night to a house in the Midlands and told to water plants. Windows were covered with black plastic, he slept on a mattress next to the lamps and food was left by a man who locked the front door when he left. T did not know what town he was in. He is anxious about the debt still growing at home. Plan: continue NRM support, legal advice appointment Thursday.""",
  "AV DB RM IS AC", "rm iso plc saw", "C")
T("""Client says she can go out whenever she likes and has her own passport and bank card. Shares a flat with her cousin. No indicators identified today; support is around housing only.""")
T("""Outreach note: R. (Romanian, 34) told me through the interpreter that the man who brought them from Craiova, Marian, kept all the bank cards 'so nobody loses them'. Eight men worked at the car wash and every Friday Marian took them to the cashpoint, drew the money and gave each one £40. The rest was 'for the house and the van'. R said the work was 7 till 7 every day, no days off, and they used no gloves with the chemicals. His hands are still cracked.""",
  "WW EO AC", "ncw mbc lh pa", "L")
T("""She says that the lady in the house never let her eat with the family. She slept on the floor of the children's room, cooked, cleaned and took the small boy to school, from six in the morning until after midnight. She was never paid; the lady said the money was sent to her father in Manila. Her passport was in a drawer in the lady's bedroom. (Interpreter's note: client uses the word 'amo', boss.)""",
  "WW EO RD AC", "lh dt saw", "D")
T("""Risk review. Client A.K. (Albanian, 22) remains in NRM safe house. Re-trafficking concern HIGH: she received a Facebook message yesterday from an account in the name of the man who sold her to men in flats in Leeds and Bradford, saying 'we know you are in the north, your brother says hello'. She had been made to see up to ten men a night and the money went to him. Client tearful, not sleeping. Police informed (OIC DC Marsh), new phone issued.""",
  "IT WW", "ncw", "S")
T("""Support worker home visit. Client and partner argued about money again; no suggestion anyone is being made to work. Referred to debt advice for council tax arrears.""")
T("""Client M. (Eritrean, 26) describes the journey: held in a warehouse in Bani Walid, Libya, for four months until his family paid ransom; beaten with hoses. In the UK he has not been exploited, he says; he has been working legally since his grant of status and is only here for housing help.""",
  "PV RM", "rm", "")
T("""INT suggests POI NGUYEN Van Hai (DOB 04/02/1989) running a nail bar on Dale St, workers are young Vietnamese females, brought from Birmingham each morning in a silver Zafira and taken back after 2200. Said to owe him for the trip from France. 2/C/P""",
  "DB", "cedl et", "L")
T("""Casework update: housing benefit claim finally approved. Client is relieved. She continues to talk about the farm in Lincolnshire: 'we went in the minibus at 4, came back at 9 at night, and they took £10 every day for the minibus from the wages'. Two of the Bulgarian women she lived with are still there. Client reports the gangmaster, Stoyan, shouted and once pushed a woman into the ditch.""",
  "EO PV", "cedl lh ct", "L")
T("""Client brought a letter from the DWP about Universal Credit sanctions; explained the appeal process. No exploitation concerns raised today.""")
T("""First debrief (through Mandarin interpreter). Li says she answered an advert on WeChat for a massage job in London paying £3000 a month. When she arrived, the 'auntie' told her the job was sex with customers and that she owed £15,000 for the visa and flight. Every customer's money went to auntie; Li was given cigarettes and food. She was moved every week to a different flat — Manchester, Newcastle, Cardiff — and did not know the addresses.""",
  "DE DB WW IS", "iso ncw", "S")
T("""Worker's daily log: client said 'if I tell police, Dritan will send photos to my father'. She still receives messages. Safety plan reviewed.""",
  "IT", "", "")
T("""Salvation Army subcontractor note. P (Polish, 51, alcohol dependent) was approached outside a shelter in Slough and offered a room and 'building work, cash daily'. He says he lived in a garage with six other men, no heating, one toilet. He worked on roofs for Mr K. for about two years, and Mr K. collected his benefits as well as his wages and gave him vodka and £10 here and there. He left when he was hospitalised with pneumonia, arriving on the ward with nothing but the clothes he wore.""",
  "AV AC WW", "oc plc ncw fpe", "L")
T("""client wants to move nearer her sister in Walsall, discussed housing options, she is happy where she works (cleaning for an agency, paid weekly into her own account)""")
T("""Client (Sudanese, 19) said the men at the car wash in Kent 'keep our papers safe in the office'. He asked for his ID card to open a bank account and was told no. He was paid sometimes £100, sometimes nothing. He slept in the back room with the pressure washers.""",
  "RD WW", "dt saw", "L")
T("""Interpreter-led session. Client says: 'I was told I would work in a restaurant kitchen and study English. The man Sanjay met me at Heathrow and took my passport to do the registration. I never saw it again. I worked in the kitchen from 10 in the morning to 1 at night, seven days. He said I still owe him for the visa, £8,000, and every month it was more because of the room.'""",
  "DE RD EO DB", "dt lh", "L")
T("""Safeguarding referral (school). Year 9 pupil, 14, has new trainers and two phones, going missing overnight at weekends and was found by BTP at Crewe station with £600 and a train ticket to Stoke. Older males in a black Audi wait outside school. Concern for criminal exploitation / county lines.""",
  "AV", "", "C", "h")
T("""Clinic note (sexual health). Patient attended alone, consented to testing. Works as an independent escort, advertises herself, manages her own bookings and money. No indicators of coercion. Offered follow-up.""")
T("""Client now placed in dispersal accommodation in Sunderland. When asked about the past she said the man 'only let me out with him' and 'the doors had two locks, he had the keys'. She cooked and cleaned for him and his three brothers and was beaten if food was late.""",
  "RM PV", "rm", "D")
T("""Keyworker: client's asylum interview postponed again. He is frustrated. Housing repair (boiler) chased with Serco.""")
T("""Victim account, translated from Romanian: 'My mother's neighbour said a good job in England, packing chickens, £400 a week. We paid him €300 for the place in the car. In England we live 14 in one house, two in each bed by shift. The neighbour's son takes our cards. If someone complains he says he will tell the factory they are lazy and they lose the work and then how do you pay the debt.'""",
  "DE AC WW IT DB", "uf oc ncw", "L")
T("""Handover: Client G. re-trafficking fear. He saw a car he recognised from the cannabis house outside the hostel. Police were called and patrolled. He had been locked inside the grow in Bolton for months and was told his sister in Hanoi would be hurt if he ran.""",
  "RM IT", "rm", "C")
T("""Client asked for help with a passport renewal; hers expired last year and she has it at home. No issues.""")
T("""Risk assessment: client is a 16-year-old girl placed in supported accommodation after NRM referral. She was groomed online by a man calling himself 'Blaze', given alcohol and cannabis, and taken to hotels where she was made to have sex with his friends. Blaze is not charged and has been seen in the area this week. She is still messaging him on Snapchat.""",
  "AV PV", "", "S", "h")
T("""Support note: benefit appeal won, client received backdated PIP. He remains nervous of men from the recycling yard who paid him £30 a week for sorting rubbish six days a week; he gave them his bank card when they opened an account 'for wages' and never got it back.""",
  "WW AV", "ncw", "L")
T("""I was the only one in the house who spoke English a little bit so boss use me to talk to the others and tell them the rules. I was also not paid. We all work in the hand wash, he say we owe him for the visa Greece to here.""",
  "WW DB", "sfw", "L")
T("""Client (Nigerian, 29) talks about the 'oath' sworn at a shrine in Benin City before she travelled. She was told she would be a hairdresser in Italy. In Italy the madam said she owed €35,000 and must pay by sleeping with men on the street. She believes she will die or go mad if she breaks the oath. She came to the UK in 2022 and claimed asylum; she is not in contact with the madam now.""",
  "DE DB IT", "", "S")
T("""Warehouse via agency: client is employed through a licensed agency, gets payslips, holiday pay, and lives in her own rented room. Came to us only for English classes.""")
T("""Client says he worked at a takeaway in Luton, owner's cousin picked him up from the flat every day at 10 and dropped him back after 2am. He was paid £150 a week for 90 hours and the room was taken from that. He says he could have left but had nowhere to go and no papers.""",
  "EO", "cedl lh", "L")
T("""Interpreter says client describes being 'kept like a dog'. In the flat in Birmingham she was not allowed to leave the bedroom except to cook. Door locked from outside. She had to massage the man's mother and clean for nine people. She got no money. Now in safe house; still startles at door knocks.""",
  "RM WW AC", "rm", "D")
T("""Note from outreach: two men at the hand car wash looked fine, said they are paid daily and live with family. Manager showed HMRC records. No concerns.""")
T("""Risk review: client B (Slovak Roma, 38, learning difficulties). He was recruited at a bus station in Košice by a family who promised work and money for his mother. In England he worked on block paving, sleeping in a caravan with no water. They took his ID card and opened three bank accounts in his name; his wages and his Universal Credit went into them. He was hit with a shovel handle when he asked to call home.""",
  "AV DE RD WW PV AC IS", "dt ncw plc", "L")
T("""Client attends for food bank voucher. Lives with wife and children, works as a delivery driver, self-employed. No exploitation.""")
T("""Safe house staff: client disclosed that while working on the scallop boat out of Newlyn the skipper kept the crew's seaman's books and passports 'for the harbour office', they worked 20-hour shifts and slept in the hold, and the skipper punched one Filipino man who fell asleep at the sorting table.""",
  "RD EO PV AC", "dt lh saw", "L")
T("""Client wants help applying for a provisional driving licence. She has her passport and BRP with her. Working in a hotel, contracted hours.""")
T("""She says that after her husband's family brought her from Pakistan after the wedding she was kept in the house, her phone was taken away and she could only speak to her mother on speaker with the mother-in-law listening. She did all the cooking and cleaning for eleven people and cared for the grandfather. She was slapped by her husband and called useless. She did not know the address of the house.""",
  "RM IS PV", "rm iso", "D")
T("""Client came for help after being sacked from a food factory where she says the pay was £20 short one week. She raised a grievance and was paid the difference the next Friday. She lives independently. No exploitation.""")
T("""INT: Female known as 'Anca' (Romanian, approx 20) working from a flat above a shop on Grange Rd, adverts on Vivastreet. Male POP (Popescu, Ionut) seen dropping her and collecting cash. She does not appear to hold her own phone. 3/C/P""",
  "", "", "S")
T("""Keyworker note: client's fear of re-trafficking has increased since her Home Office decision. She says the men who took her to Kent farms told her 'if you go back to the police, we find you, Romania is small'.""",
  "IT", "", "L")
T("""Client describes sister's situation back home (not in UK, no exploitation in UK). Client herself came on a student visa and is working part time legally.""")
T("""Long-term client H. (Indian, 44) describes twelve years as a cook for a diplomat family in Kensington. He was not allowed to leave the house alone; the family kept his passport; his salary of 'five hundred' was to be paid to his wife in Kerala but his wife received only small amounts. He worked from 5 am to midnight and slept in the kitchen.""",
  "RM RD WW EO", "rm dt lh saw", "D")
T("""Client (Albanian, 17) explained that he came to London to work for a man who said it was painting and decorating, but it was selling cocaine in Croydon. He was given a phone, a flat to stay in with two other boys, and told he owed £5,000 for the journey. Once he was stabbed in the leg by the customers and the man sent him back out the next day.""",
  "AV DE DB PV", "", "C", "h")
T("""Review meeting: client reports feeling settled, volunteering at a charity shop. No new issues.""")
T("""Client's account of the pop-up brothels: the men drove her from hotel to hotel, 'every three days a new city', and she never knew where she was; the phone she used was only for customers and the boss read all the messages.""",
  "IS", "iso", "S")
T("""Client was recruited via Facebook for care work in a care home in Norfolk; paid £9,000 to an agent in Kerala for the certificate of sponsorship. The job was real but hours were cut to 15 a week; client found another sponsor. She says she was not forced or threatened; upset about the fee.""",
  "", "uf", "")
T("""Support worker: client struggling with flashbacks. He said at the farm in Herefordshire they were in a portakabin, twelve men, rats, and the gang boss took off £50 every week for 'the bed' and £25 for the boots and gloves. He was promised £12 an hour but got about £3.""",
  "AC DE WW", "oc plc ppe", "L")
T("""Client requests help to report a landlord who has not returned her deposit. No exploitation.""")
T("""Risk review, re-trafficking: Vietnamese client (20) went missing from foster care once before aged 16 and was found in a nail bar in Portsmouth. He has now disappeared from the safe house again; his phone has been receiving calls from an unknown UK number. Treat as missing and at high risk of re-exploitation.""",
  "AV", "", "L", "h")
T("""Client S. tells me her boyfriend 'Jay' took her to houses where she had to carry drugs inside her body from London to Norwich and if she said no he would hit her. She is 19, was in care, and has nowhere else to go. Jay still calls.""",
  "AV PV", "", "C")
T("""we moved her into the new flat today, she's delighted, council tax reduction sorted""")
T("""Client (Chinese, 40s) describes working in a restaurant kitchen in Glasgow. The boss kept 'the documents' in the till; she worked 12–14 hours with one half day a month, and slept above the restaurant with five others on bunk beds.""",
  "RD EO AC", "dt lh saw oc", "L")
T("""Police statement summary: IP describes how the gang leader showed her a video on his phone of a girl being beaten and said 'this is what happens to the ones who talk'.""",
  "IT", "", "")
T("""Client (Pakistani, 30) came on a spouse visa. Husband took her passport and BRP and said she could not go anywhere. She was not allowed to work or study. She was hit several times. No labour or sex exploitation disclosed; domestic abuse referral made.""",
  "RD RM PV", "dt rm", "")
T("""Victim says that the boss said if she ran away the police would put her in prison because she had no visa. She did not go to the police for two years because of this.""",
  "AV IT", "foa", "")
T("""Keyworker: client S., a Romanian man who was begging outside Tesco in Reading for a family, says the family collected the money every evening and gave him a sandwich. He has a prosthetic leg and the family told him people give more to a man with one leg.""",
  "AV WW", "", "C")
T("""Client declined NRM. He said he worked cash-in-hand in a barber shop, long hours, low pay but he could leave any time and the owner is his friend. Duty to Notify not needed; no indicators identified.""")
T("""She says she was at a shrine and given a drink; afterwards in the house in Manchester the madam took her passport and told her she owed €40,000. She worked in a brothel in Cheetham Hill seven days a week.""",
  "RD DB EO", "dt", "S")
T("""Client reports that she is fearful of her ex-partner, who was violent. He never made her work or took her money. Referred to IDVA.""",
  "PV", "", "")
T("""Support worker note: client M (Ukrainian, 25) came through Homes for Ukraine. Sponsor family expected her to clean, cook and look after three children from 7 am until late, unpaid, 'in exchange for the room'. When she asked for a day off they said they would end the sponsorship and she would be homeless. Council rematched her.""",
  "AV WW EO IT", "lh", "D")
T("""Re-trafficking risk low: traffickers arrested and remanded, client has strong support network and works at a supermarket with a proper contract.""")
T("""Client (Eritrean, 16 at the time) was held in a flat in Calais and then brought to the UK in a lorry; says men in the flat raped the girls, including her. She is now 18 in foster care.""",
  "AV PV", "", "")
T("""At the nail salon I work from 9 to 9, Sunday too. Money goes to 'anh Tuan' account, he said he will give me later when I finish paying the ticket. I never got any.""",
  "EO WW DB", "lh ncw", "L")
T("""Safeguarding: adult with learning disability, 42, cuckooed by local dealers who use his flat in Blackpool to bag up. They take his PIP when it comes in. He is frightened to say no. Social worker and police visit planned.""",
  "AV IT", "ncw", "C")
T("""Client says she was offered a job as an au pair in Surrey via an agency website. She had her own room, worked 25 hours a week, was paid pocket money as agreed and had weekends off. She left because she was homesick. No concerns.""")
T("""INT: A minibus (reg KX17 ***) seen collecting 12-15 males at 0430 from 14 Eastgate and returning them at 2130; said to work at a potato packhouse. Males do not speak English; the driver speaks for them when approached. 2/B/P""",
  "", "cedl sfw et", "L")
T("""Keyworker note: client's housing application rejected again; she is sofa surfing. She has not worked since leaving the pop-up brothel circuit in 2023 where her 'boyfriend' kept all the money and beat her if she refused clients.""",
  "WW PV", "ncw", "S")
T("""Client says the boss at the chicken factory never took her passport, she had it the whole time, and she had a contract. But he would scream at the women and said if they complained he would 'make a call to Home Office'.""",
  "IT", "", "L")
T("""Client (British, 23, care leaver) told me that a man she met at a hostel let her stay at his flat and then said she had to 'pay rent' by sleeping with his friends. He kept her benefits card. She was not allowed to go out on her own.""",
  "AV PV RM", "ncw rm", "S")
T("""Client is a kidney transplant recipient (transplant done at Addenbrooke's on the NHS, donor her brother). Came to us for help with medical travel costs only.""")
T("""First account, Farsi interpreter: Client (Afghan, 17 now) says in Turkey he was told to give a kidney to pay the smugglers; he was taken to a private clinic and woke with a scar. He was paid nothing. He has pain and needs a GP referral.""",
  "AV DB", "pa", "O", "h")
T("""Client describes the recycling plant: 'we picked cans off the belt, no masks, the smell made us sick, one man lost a finger and the boss said go home no pay'.""",
  "AC", "", "L")
T("""Client states he left the car wash when he wanted; the owner paid him by bank transfer weekly; he lived in his own room. Came for immigration advice only.""")
T("""OIC update to keyworker: the two suspects in client J's case are charged under s2 MSA. J had been moved from Sheffield to Hull and told she owed £2,000 for each move.""",
  "DB", "", "S")
T("""Client says her employer (an embassy family) never let her have a day off in three years, kept her passport, and paid her £50 a month in cash.""",
  "EO RD WW", "dt", "D")
T("""Safe house: client very frightened after seeing on TikTok that the man who ran the cannabis farm has been released; he had told her 'I will find your child' while she was tending the plants in the loft in Wigan.""",
  "IT", "", "C")
T("""A Romanian woman (client, 45) was brought to Leicester to 'look after an old lady'. She cared for her day and night, slept on the sofa, and the old lady's son kept her ID card and paid her nothing, saying her food and bed were pay.""",
  "DE RD WW EO", "dt", "D")
T("""client upset because her brother is in prison for dealing in Wales, she doesn't think he was exploited, he is 32 and was running it himself""")
T("""Client (Vietnamese, 15 when found) was arrested in a cannabis grow in Kent. Police treated him as a victim under s45. He told the foster carer the men gave him rice and noodles and he couldn't leave because 'outside is police and they will put me in jail'.""",
  "AV RM", "foa rm", "C", "h")
T("""Keyworker: client still has panic attacks about the 'agent' in Lagos who took her documents when she signed up to be a domestic worker in London. In London the family took her straight from the airport and she never got them back.""",
  "RD", "dt", "D")
T("""Client explains that in the hotel in Blackpool housekeeping staff were paid by room, worked until midnight, and received payslips showing deductions for accommodation that left £80 for a 60-hour week. They lived in the staff rooms in the basement, eight to a room.""",
  "WW EO AC", "lh oc saw", "L")
T("""Support worker: client is a student who lost her passport on a night out. Reported to police, new passport applied for. No exploitation.""")
T("""Client (Filipino, 35) says her employer in Dubai brought her to London on a holiday and kept her in the flat in Knightsbridge; she escaped when the family went out and left the door unlocked. She had not been paid for 14 months.""",
  "RM WW", "rm", "D")
T("""Client's story is confused and timelines inconsistent but she consistently says she was 'sold' by her boyfriend in Tirana and 'bought' by a man in London who told her she had to pay back the price with sex work.""",
  "DB", "", "S")
T("""Client says at the construction site he worked without a hard hat, fell from scaffolding, and the gangmaster drove him to A&E but told him to say he fell at home. He had paid £500 for the job in Poland.""",
  "AC", "uf", "L")
T("""Client (Polish, 60) attended for pension advice. Worked in a factory for 15 years on a contract. No concerns.""")
T("""Support worker: client disclosed that 'Uncle' met her at Victoria Coach Station and put her in a house with other girls; the window screws were tightened so they couldn't open; the man had cameras in the hallway.""",
  "RM", "rm", "")
T("""Client's risk of re-trafficking: he is in debt to a loan shark in his home village in Nam Dinh and the same network offered to bring him back to 'work off' the rest. He has been told his parents' house will be taken.""",
  "DB IT AV", "", "")
T("""Keyworker note: client explains that the man who 'helped' him find the car wash job in Bristol charged him £20 a week for the lift to work and £10 a day for lunch, out of £300.""",
  "", "ct", "L")
T("""Client (Albanian, 20) in the safe house says the people who brought her told her 'your passport is with us until you pay'.""",
  "RD DB", "dt", "")
T("""Intake: client says she worked as a cleaner in a family home in Hendon for four years, paid £800 a month, had her own room with a lock and a day off each week. She left to marry. No exploitation.""")
T("""Client (Sudanese, 24) had been told in Libya that he would get a job in a shop in Manchester. He was instead taken to a house in Bolton and told to sell heroin in the parks. He was given a phone and the 'line' called him every hour.""",
  "DE", "", "C")
T("""From case file: client was 13 when her mother's partner started taking her to his friends' houses, where she was abused. Now 20 and in our service.""",
  "AV PV", "", "S")
T("""Keyworker: client's housing officer says the flat is ready. Client said 'in the last house we were 20 people, one bathroom, I slept on the stairs' — that house was run by the man from the sandwich factory who kept their wages in his account.""",
  "AC WW", "oc ncw", "L")
T("""Client states that the boss took photos of her naked and said he would send them to her family in Albania if she stopped working in the flats.""",
  "IT", "", "S")
T("""Police liaison: client's phone was seized as evidence; she received a new phone from us. She had been tracked via location sharing by the trafficker while working at a massage parlour in Swindon. She arrived at the safe house with a phone charger and a toothbrush, nothing else.""",
  "IS", "iso fpe", "S")
T("""Client says he paid 'Ahmed' £3,000 to get a job in a chicken shop and a visa, but the visa was fake. He worked 14 hours a day and was paid £20 a day, with Ahmed keeping the rest 'against the money'.""",
  "DE DB WW EO", "uf lh", "L")
T("""Client telephoned to say her husband had hit her again. She says he does not make her work and she has her own money. Risk of domestic abuse high; IDVA referral.""",
  "PV", "", "")

# ---------------------------------------------------------------- part 2
T("""Salvation Army keyworker note — client D. (Romanian, 29).\n\nToday we finally got his bank account opened with his own ID. He laughed and said it is the first card he has held in his hand since 2021. In the debrief he explained that 'Bogdan' took the ID cards of all the men on the first day 'for the agency registration' and the cards for the wages accounts arrived at Bogdan's address. Bogdan gave each man £50 on Sunday.\n\nThe men worked in a meat plant near Tamworth, nights. D. says nobody locked them in; they simply had no money and did not know anyone.""",
  "RD WW", "dt ncw", "L")
T("""Client reports that her landlord is noisy and rude; she has a tenancy and works in a café. No exploitation concerns.""")
T("""Mum rang the helpline for her son (17) who is 'working for someone' in Southend; he comes home with cuts and says he owes money after being robbed of the drugs he was holding, 'so now I have to work it off'.""",
  "AV DB PV", "", "C", "h")
T("""Client (Nigerian, 33) recounts that her aunt brought her to London at 14 to 'go to school'. She never went to school; she cared for the aunt's children, cooked and cleaned for eight years, slept in the corridor and was beaten with a belt. Now 27 and in our service.""",
  "AV DE PV AC", "", "D")
T("""Hi im writing for my freind she is at a house in Ilford and the man there has her pasport and wont give it back he says she owes him for the flat and she cant leave till its paid she is scared pls help""",
  "RD DB RM", "dt rm", "", "h")
T("""Case note: client explains she took out a loan in Poland for the travel and the first month's rent to an agent; the job in the bakery was exactly as described, paid properly; she repaid the loan herself from wages. No exploitation.""",
  "", "", "")
T("""Debrief, Tigrinya interpreter. Client (Eritrean, 22) — 'In the Sinai they burned us with plastic and called our families to pay. In England I worked at a hotel laundry; the man who owns the house I live in takes my whole wages for the rent and food and gives me £20. He says if I go he will call immigration.'""",
  "PV WW IT", "ncw foa", "L")
T("""client phoned, happy, got a place at college, no issues""")
T("""Risk review: Client R. has been in safe house 6 weeks. She was exploited in a 'massage' shop in Coventry; the owner took her phone on arrival and she could only talk to customers. Risk of re-trafficking medium: owner is under investigation, not arrested.""",
  "IS", "iso", "S")
T("""Client (Indian, 38) sponsored as a senior carer by a care home in Kent. He paid £15,000 to an agent in Kerala. At the home he worked 70 hours a week, sometimes 20 days in a row. The manager threatened to withdraw his sponsorship and report him to the Home Office if he complained. His pay was correct on paper but £400 a month was deducted as 'recruitment costs' until he 'repaid the agent'.""",
  "EO IT DB", "uf lh", "L")
T("""He says he was sleeping under a bridge in Luton when two men offered him food and a bed. He ended up in a house with other homeless men, doing groundwork and tarmac driveways around Bedfordshire from early morning. They kept the money and gave him tobacco and cans of cider. He was punched when he said he wanted to leave.""",
  "AV WW PV", "", "L")
T("""Client came for help as she is being evicted; private landlord wants to sell. No other concerns.""")
T("""Keyworker note — re-trafficking risk. Client T (Vietnamese, 18) says the 'big brother' who paid for his travel has sent a message via a cousin: 'you still owe the money, your family will pay if you don't'. Client believes his parents have been visited.""",
  "DB IT", "", "")
T("""Client says that the man who ran the car wash in Harlow made them sleep in a shipping container on the site. In winter there was no heating, the toilet was a bucket. They worked from 8 to 8 and the man collected their earnings 'to save for them'. None of them ever saw this money.""",
  "AC WW EO", "saw plc lh ncw", "L")
T("""Intake note: client is a 25-year-old British woman referred from probation. She had been charged with possession with intent; she says she was dealing for her ex to pay his debts, he was violent and took her phone so she couldn't call her mum.""",
  "PV IS", "iso", "C")
T("""GP letter to support worker: client has chronic back pain and scarring on both forearms consistent with the account of being burned by the men at the brothel. Requires physiotherapy.""",
  "PV", "pa", "S")
T("""Client (Polish, 28) describes the recruitment: 'In Poland a man at the job centre said: warehouse in Northampton, £11 per hour, house with TV. In England the house was 3 bedrooms, 16 people. We go by agency to the warehouse but the wages came to the card the man had.'""",
  "DE AC WW", "oc ncw", "L")
T("""Client has applied for family reunion for her two children in Khartoum. No exploitation.""")
T("""Keyworker: client reports that the day he was found at the Cambridge farm, the supervisor had told the workers that 'if the GLAA come, say you have been here only one week and you are paid'. He had been there eight months and given £30 a week.""",
  "WW", "", "L")
T("""She says that the man she thought was her boyfriend brought her from Romania for a holiday, then said she owed him for the tickets and the hotel and must work 'in the clubs'. It was sex work from a flat in Slough. He hit her on the face when she said no. Her ID card was in his car.""",
  "DE DB PV RD", "dt", "S")
T("""INT: 4 x Slovak females living at 22 Holme Road with POI BALAZ Jozef. Said to be working at a hand car wash; do not hold their own ID; Balaz drives them in a Transit and takes them to Tesco once a week. 2/C/P""",
  "RD", "dt et", "L")
T("""Client feels isolated living alone in the new flat; we discussed befriending services. She speaks good English and is working part time.""")
T("""Client (Sudanese, 20) is receiving asylum support. Reports that a man in the Home Office hotel offered him work 'cutting grass' and said the cash would be good. He went once, worked 6 hours, and was paid £40; he did not go again. He was not threatened.""")
T("""Client's account of the cuckooed flat: 'They took my keys, I couldn't go out because they said the police were outside and if I leave they would burn my things. I was sleeping on the bathroom floor while they sold from my lounge. I'm on ESA and they took my card.'""",
  "RM IT AC", "rm ncw", "C")
T("""Support worker: client is a 24-year-old Albanian man; cannabis grow in Swansea. He says he was offered a job in a restaurant and when he got there the man said there was no job and he must look after the plants to pay for the lorry. He was locked in; food delivered twice a week.""",
  "DE DB RM", "rm", "C")
T("""Safeguarding note: midwife reports client (18 weeks pregnant) lives with a man who is not the father and who takes her to 'work' at night; she had bruising to her arms. She would not talk with him present and he answered all questions for her.""",
  "PV", "pa sfw", "")
T("""Client (Chinese, 52) describes restaurant work in Birmingham Chinatown. She slept in a storeroom with rice sacks. The owner paid her £600 a month for 6 days x 12 hours, in cash, and did not take her passport. She says she left when she wanted and found another job.""",
  "EO", "lh saw", "L")
T("""Keyworker: applied for Discretionary Leave for victims of modern slavery on client's behalf. Client is still frightened of 'Mama Joy', who controlled her in Italy and the UK and told her 'the spirit will kill you if you talk'.""",
  "IT", "", "S")
T("""Client's brother (over 18) is visiting from Lithuania; client asked about NHS access. No exploitation.""")
T("""Risk review: client (Vietnamese, 16, age disputed) was placed in foster care after being found in a nail bar in Reading. Last night foster carer saw a man taking photos of the house. Client says the man is 'the one who drove us'. Police attended; client moved to emergency placement tonight.""",
  "AV", "", "L", "i")
T("""Interpreter-led session, Amharic. Client worked for a Saudi family who came to London for the summer. She says: 'I was not allowed to go to the window. The madam had my passport. I cooked, cleaned and looked after the children day and night; I ate what they left.' She escaped and was helped by Kalayaan.""",
  "RM RD EO AC", "rm dt lh", "D")
T("""Client says he lived in a static caravan on a farm in Kent with three others; the caravan was leaking and mouldy; the farmer charged them £90 a week each. He was paid properly and could leave; he raised the caravan with the GLAA.""",
  "", "plc", "")
T("""Client (Lithuanian, 46) describes the men who met him at Luton airport: they took his passport 'for the national insurance' and the NI number letter came to their address. He worked at a chicken factory in Norfolk. Every week 'rent, transport, food, fine for late' was taken from his pay until nothing was left.""",
  "RD WW", "dt ncw ct", "L")
T("""client rang in tears she had seen 'Lili' the woman who ran the flat in Newport on the bus. Client says Lili used to lock them in and took all the money. Safety plan updated.""",
  "RM WW", "rm", "S")
T("""Client discloses that at 15 he was made to steal from shops in Oxford Street by his 'uncle' who collected the goods and beat him if he came back with too little.""",
  "AV PV", "", "C", "h")
T("""Support worker: client is worried about his legal status but he is working legally in a warehouse via a GLAA-licensed agency. No indicators.""")
T("""Client (Ghanaian, 34) came on a visitor visa to do 'childcare' for a family friend in Croydon. Family friend promised £800 per month and to arrange a work visa. Client never received any money; the visa never came. She looked after four children, did cooking and cleaning, and was told that if she left she would be arrested because she had overstayed.""",
  "DE WW IT AV", "foa", "D")
T("""Client telling me the story of her mother who was trafficked in the 1990s. Client herself not exploited. Emotional support only.""")
T("""Keyworker: client S.'s risk of re-trafficking is rising. He has been approached outside the mosque by a man who offered him work 'like before' at the car wash, saying he still owes for the van.""",
  "DB", "", "L")
T("""Victim account, Kurdish Sorani interpreter: 'In the barber shop in Coventry I work from morning to night, sleep on the chairs. The boss said he pays my family in Iraq. My family got nothing.'""",
  "WW EO", "saw lh", "L")
T("""Client (Romanian, 31) told me that she was begging outside stations in London; the 'leader' of the group took them by van each morning at 6 and collected at 10 at night, took all the money and gave them food. If they came back with less than £50 they were beaten.""",
  "WW PV EO", "cedl et", "C")
T("""NRM referral (Duty to Notify, adult did not consent). Male, 40s, Polish, found sleeping in a garden shed behind a house in Peterborough where the occupants employ men for landscaping. He said he gets 'food and cigarettes' for the work and the man has his ID card. He did not want police involvement.""",
  "WW RD AC", "dt plc saw", "L")
T("""Client doing well, has started voluntary work at a food bank, no concerns today.""")
T("""Client (Indian, 25, female) describes a forced marriage in Leicester. She was taken to India 'for a holiday', married to a man she had never met, her passport was taken by her father, and she was told she could not return until she was pregnant. She escaped via the British High Commission.""",
  "DE RD RM", "dt rm", "")
T("""Support worker: I have concerns for client's friend who is still in the flat in Middlesbrough where client was exploited; client says the friend is locked in there now and the man is taking men to her tonight. Police called 999.""",
  "RM", "rm", "S", "i")
T("""Client (Albanian, 19) disclosed that the men who brought him to the UK said he would work at a car wash. Instead they took him to a cannabis farm in Bradford. He wasn't allowed to leave and he was given pills to sleep.""",
  "DE RM", "rm", "C")
T("""Client says that the recruitment agency in Vietnam took $9,000 for a 'work permit'. There was no job in the UK. He has been claiming asylum since and working illegally in a takeaway where he is paid £350 a week cash and free to leave.""",
  "DE", "uf", "")
T("""Keyworker: client from Thailand, 41, worked in a Thai massage shop in Southampton. Lived upstairs. 'Mamasan' kept 60% of every customer and took 'fines'. Client says she chose the work and could leave but she owed the mamasan for the flight. She is trying to pay it back.""",
  "DB", "saw", "S")
T("""Probation note: client (22) serving sentence for conspiracy to supply; pre-sentence report notes he was recruited at 15 by an older man who gave him a place to stay, then 'charged' him for it through running drugs. Given the age at recruitment, an NRM referral has been made.""",
  "AV DB", "", "C")
T("""Client wants to report a neighbour who is playing loud music. No concerns.""")
T("""Client explains in detail the fishing boat off the Scottish coast: Ghanaian crew, transit visas, slept on the boat, not allowed ashore, worked 20 hours during trips, paid $500 a month instead of the $1,200 in the contract, skipper kept passports.""",
  "RM EO DE RD AC", "rm lh dt saw", "L")
T("""Client reports sexual assault by an acquaintance at a party; not linked to exploitation. Referred to SARC.""",
  "PV", "", "")
T("""Case note: client's child (8) has been placed with her again. Client was exploited in a nail bar; the trafficker used the child as leverage ('you will never see him again if you go'). Child is now safe.""",
  "IT", "", "L")
T("""Client discloses her friend, an Albanian woman in Birmingham, was given a 'loan' for a lawyer by a man who now wants her to work in his brothels to pay it back. The friend has not agreed; client worried.""",
  "", "", "")
T("""Client (Bangladeshi, 29) worked in a Sylhet-run curry house in Cumbria. He says: 'I work 7 days, 14 hours, sleep above the restaurant with 5 others. Owner keep my passport. Pay £500 month cash.'""",
  "EO RD AC", "lh saw oc dt", "L")
T("""Client asked for help with a PIP form. No exploitation.""")
T("""Client describes the man who ran the pop-up: 'He called himself my husband, he said no one will believe a prostitute, police will send you back to Romania and your children will see you in the news.'""",
  "IT", "foa", "S")
T("""Keyworker: client remains anxious; told me 'the house was 24 hours cameras, you go toilet he knows'. She was made to clean and cook for the man and his wife. No pay.""",
  "WW", "", "D")
T("""Client (Pakistani, 45) describes a 'job' in a Bradford textile unit. He was told the job came with a visa; he paid £7,000. He worked 60 hours a week at £2 per hour and slept in the unit's back room.""",
  "DE EO", "uf lh saw", "L")
T("""Client received refugee status today. She plans to look for work as a beautician.""")
T("""Client (Vietnamese, 22) came to the UK at 18 to pay off a family debt. The people who brought him said he would be a waiter. He was taken to a house in Cardiff to grow cannabis; the door was barricaded from outside. He says: 'The man come every Friday, bring food, check plants, say I owe £20,000.'""",
  "DE DB RM", "rm", "C")
T("""Keyworker note: client reports a threat from the trafficker's sister, via Facebook Messenger: 'We know you are in a safehouse, we will come for you'. Police notified. Client moving tomorrow.""",
  "IT", "", "")
T("""Client (Eritrean, 27, female) describes working in a hotel in Dubai then being brought to the UK with the family she was working for. Passport held by the family. Worked from 6 to midnight. Paid 'sometimes'. Not allowed a phone.""",
  "RD EO WW IS", "dt lh iso", "D")
T("""Client's ex-employer owes her two weeks' wages from a café that closed; employment tribunal claim started. She was otherwise paid regularly. No exploitation.""")
T("""Client (Romanian, 44) says he paid a recruiter in Bacău €200 for a job in a Lincolnshire packhouse. The job was fine and paid; he lives with friends and can leave. Came to us only for a GP registration.""",
  "", "uf", "")
T("""Client states he was groomed at 16 by a man who sold him cannabis; the man then said he owed £800 and must deliver 'parcels'. He was stabbed when he tried to stop.""",
  "AV DB PV", "", "C")
T("""Keyworker: client describes that in the flat in Luton she was only allowed out with 'Ion', always in the car, to the shop and back.""",
  "RM", "rm et", "")
T("""Client (Chinese, 30) explains the way she was moved around: 'every week new flat, I don't know which city, they drive me at night'. She was told the police would put her in prison and she had to work to pay back the money for coming.""",
  "IS IT DB", "iso foa", "S")
T("""Client came to the office for help with a council tax bill. No exploitation.""")
T("""Client (Sudanese, 17) describes the camp in Calais where an older man said he would get him to the UK if he worked for him selling cigarettes. He did this for three months and was never paid.""",
  "AV WW", "", "C", "h")
T("""Support worker note: client (Polish, 38, alcohol dependent) says the man who gave him a room in Boston took him to the fields every day, and took his benefits. He wants to go home. The man said he would 'break his legs' if he went to the police.""",
  "AV WW IT", "ncw", "L")
T("""Client explains that he and 20 other men lived in a warehouse unit in Leicester, sleeping on cardboard between the machines. The factory owner paid £2.50 an hour.""",
  "AC", "saw oc plc", "L")
T("""Client says she was hired as an au pair in London via an app. Hosts expected her to clean the whole house, work from 7 am to 10 pm, and paid £50 a week. They took her passport 'for safekeeping'.""",
  "EO RD DE", "lh dt", "D")
T("""Keyworker: client has reported that her support payments are being taken by her new partner. We have opened a new account in her sole name. No exploitation linked to work.""",
  "", "ncw", "")
T("""Client's mum called to say thank you for the support; client doing well in school.""")
T("""A&E note: 19-year-old female brought in by a male 'friend' who spoke for her; she had bruises to thighs and burns; she had no phone and did not know the address where she was staying. Safeguarding raised.""",
  "PV IS", "pa sfw iso", "", "i")
T("""Client (Slovak, 55) says the men who gave him work in the waste plant took his ID and opened bank accounts. They gave him £30 a week.""",
  "RD WW", "dt ncw", "L")
T("""Client describes the 'Bengali' family in Tower Hamlets who brought her from Bangladesh to care for their disabled son. She slept on the floor next to him. She was not paid. She was allowed out only to the school gate with the wife.""",
  "WW RM", "rm", "D")
T("""Client found it hard to talk about what happened. She said 'the man said I was his wife, but he sold me'.""",
  "", "", "S")
T("""Client (British, 20, autistic) was befriended by a group who moved into his flat and used it to sell drugs. They took his phone so he couldn't call his mum, and ate all his food.""",
  "AV IS", "iso", "C")
T("""Keyworker: client reports he is being harassed at the hostel by another resident. Not linked to exploitation.""")
T("""Client (Vietnamese, 26) in the debrief: 'I paid $30,000 to come. In UK, they put me in nail shop in Glasgow. 8am to 9pm, every day. I sleep at boss flat. Boss keep my money to pay the debt.'""",
  "DB EO WW", "lh ncw", "L")
T("""Client reports that the group of men who forced her into sex work in Newcastle have been sentenced. She is relieved but fears their relatives.""",
  "", "", "S")
T("""Client attended for English class enrolment. No issues.""")
T("""Client (Filipino, 39) describes her work in a care home in Yorkshire. She was paid, but the agency charged her £4,000 and she had to sign a contract saying if she leaves within 3 years she pays £8,000. She says she felt trapped.""",
  "DB", "uf", "L")
T("""Client (Albanian, 23) tells me the man who trafficked her told her she would work in a bar in Manchester. Instead she was taken to a flat and forced to have sex with men. He kept all the money.""",
  "DE PV WW", "", "S")
T("""Client states that the employer at the car wash paid him £70 a day in cash for 10 hours, and he lived with friends. Not exploited. He is here for advice on his asylum claim.""")
T("""Keyworker: client told me 'they took my kidney in Egypt and I got no money like they promised'. He was told he'd receive $10,000 for the kidney to pay for the boat to Italy.""",
  "DE", "pa", "O")
T("""Client (Romanian, 19) says 'Loverboy' made her work in a brothel in Birmingham. He said if she stopped he would show her parents videos of her.""",
  "IT", "", "S")
T("""Client says her employer at the farm took 'deposit for the caravan' of £300 from her first wages. She got it back when she left. Not exploited.""")
T("""Client (Indian, 32) describes his treatment as a cook for a diplomat: passport held, not allowed out, 18-hour days, paid £100 a month.""",
  "RD RM EO WW", "dt rm lh", "D")
T("""Client tells me she was at a shelter in Tripoli where women were taken out at night by guards and raped.""",
  "PV", "", "")
T("""Client reports that the woman who brought her from Nigeria told her she would go to school in London. She worked as a maid and nanny with no pay for 6 years.""",
  "DE WW", "", "D")

# ---------------------------------------------------------------- part 3
T("""Keyworker note, outreach. Client (Moldovan, 36) says the brigadier at the salad packhouse ran a shop from the minibus: gloves £5, hairnets £2, hi-vis £10, all taken from wages, and the minibus itself was £8 a day each way. 'Every week the list was longer than the money.'""",
  "WW", "ppe ct ncw", "L")
T("""Bank alert (financial crime team): 11 debit cards in different names used at the same ATM on Station Rd within 20 minutes every Friday; all accounts opened within a week using the same mobile number and a care-of address. Salary credits from a recruitment agency. Possible control of workers' accounts.""",
  "", "mbc ncw", "L")
T("""Client (Egyptian, 31) explains he sold a kidney in Cairo through a broker who found him at a café; he was told it would be 'a small operation, you will be rich', and received less than a quarter of what was promised. He later crossed to Europe. He has ongoing kidney problems and is frightened the broker's men will find his family because he talked to the doctor.""",
  "DE", "pa", "O")
T("""Keyworker: client's cousin in Sheffield had a transplant at a private hospital in Pakistan; client asks whether this was legal. Cousin received a kidney from a paid 'donor'. Client herself not involved.""",
  "", "", "O")
T("""Debrief, through interpreter (Urdu). Client says: 'The agent in Lahore said one kidney and all your family's loans are finished. I was kept in a flat near the hospital for three weeks, the guard did not let me out, then they operated. After, I had no money and no passport.'""",
  "AV DE RM RD DB", "rm dt", "O")
T("""INT: POI ADEBAYO said to be arranging for UK-based Nigerian nationals to travel to a clinic abroad to 'donate' kidneys to paying recipients in London; donors are reportedly recruited from a church and paid far less than promised. 3/C/C - not to be disclosed to partner agencies without OIC authority.""",
  "DE", "", "O")
T("""Renal nurse note: patient is 6 months post live-donor transplant. Donor was his wife, tested and approved by the HTA. No concerns.""")
T("""Client (Chinese, 28) at debrief: 'Phone they take on day one. They say: no family, no friends, only work. I don't know the city name. I was in one room, customers come.'""",
  "IS", "iso", "S")
T("""999 call summary: female caller whispering, says she is in a house on Beech Ave, man has locked the door and taken her phone, she is using a second phone hidden in her bag, he has a knife and said he will kill her if she tries to leave tonight. Units dispatched.""",
  "RM IS IT", "rm iso", "", "i")
T("""hi i work at the chippy on the high st and theres a young lad about 14 who comes in late at night with a older guy he always looks scared and the guy pays and does all the talking. saw the lad getting into a car with 2 other men at like 1am. he looks like he hasnt slept for days""",
  "AV", "sfw pa", "", "h")
T("""THERE IS A HOUSE ON MY ROAD WITH ABOUT 20 MEN IN IT THEY GET PICKED UP AT 5 IN THE MORNING IN A WHITE VAN AND COME BACK AT 10 AT NIGHT. BINS OVERFLOWING. MATTRESSES IN THE GARDEN. THE LANDLORD DRIVES A MERC AND COLLECTS THE CASH. SOMEONE SHOULD LOOK AT THIS""",
  "", "oc cedl plc et", "L")
T("""Neighbour reports lots of people coming and going from flat 3 at all hours. On visit: the occupant is a student running a small bakery business from her kitchen; customers collecting orders. No concerns.""")
T("""GLAA inspection, licensed labour provider. Payroll checked against 40 workers: all paid at or above NLW, holiday pay correct, no accommodation provided, transport optional and free. One breach: records of right-to-work checks incomplete for two workers. Remedial action agreed.""")
T("""GLAA inspection: unlicensed gangmaster supplying workers to a flower farm in Cornwall. Workers say they were charged £250 each for 'registration' in Romania before travel. Workers paid correct rate into own accounts, live in private rentals. Licensing offence only.""",
  "", "uf", "")
T("""Client (Vietnamese, 19) says that his 'manager' at the nail bar drove him from the house to the shop and back every day and he was not to talk to customers except about the nails. The manager answered the door when the council came and said the boy was his nephew.""",
  "RM", "et sfw rm", "L")
T("""Keyworker: client says the only English words she was taught by the woman who ran the house were 'hello', 'thank you' and 'no police'. She was told the police in England beat foreign women and send them to prison.""",
  "IT AV", "foa", "")
T("""Client had been in the UK legally as a seasonal worker. Farm provided a clean caravan, paid hourly, gave days off. He overstayed after the visa ended and is now seeking advice. No exploitation.""")
T("""Client (Ethiopian, 24) explains that her employer in Beirut brought her to London for the summer and she was told to sleep in the laundry room. 'When they went out, they locked me in with the baby.' She worked from before dawn to after midnight.""",
  "RM EO AC", "rm lh", "D")
T("""Probation officer's note: service user (19) disclosed that the man he ran drugs for in Exeter 'knows where my nan lives' and has driven past her house twice. He is fearful of breaching his licence by leaving his approved premises.""",
  "IT", "", "C")
T("""Client (Slovak, 29) describes the 'family' who picked him up from the bus station in Sheffield: they gave him a room in a house with 10 men and work at a car wash. After a week they said he owed £500 for the room and the bus; by the end of two months it was £1,800. 'Each week the book says more.'""",
  "DB AC", "oc", "L")
T("""Client says she was paid weekly at the nail salon, had her own passport, and left after a dispute over tips; the owner paid her the tips owed after ACAS was involved. No exploitation.""")
T("""School safeguarding referral: Year 10 girl (15) has been seen getting into cars with adult males after school, has a new iPhone and expensive clothes she can't explain, and was found at a hotel in Stockport with two men aged 30+. CSE concerns; parents not aware.""",
  "AV", "", "S", "h")
T("""Keyworker: client (Albanian, 21) says the men who brought him 'gave me a phone but it only had one number in it — theirs'. He was told not to speak to other Albanians in the town.""",
  "IS", "iso", "")
T("""Client (Romanian, 50) came for help with his Universal Credit. He says that for a year his 'friend' collected the UC and gave him £20 a week; he wasn't working for him. Advice given on changing the payment account.""",
  "", "ncw", "")
T("""Debrief, Vietnamese interpreter. Client (20) states: 'In France they put us in a jungle camp. In England the man take me to a flat in Derby, I water plants. He have key. I ask go out, he hit my head with the pipe. After, I sleep on floor in the plant room because it's warm.'""",
  "RM PV AC", "rm saw", "C")
T("""Support worker note: client's re-trafficking risk reviewed with police. Her exploiter is in prison but his brother has been messaging her: 'You owe us for the lawyer and the house. When you are out of the safe house you will work.'""",
  "DB IT", "", "S")
T("""Client (Polish, 40) says he worked in Wales for a building firm; paid £100 a day, lived in a rented room, and left when work dried up. He came to us because he is now homeless. No exploitation.""")
T("""Client (Eritrean, 19, female) says in Libya she was held in a warehouse by smugglers who demanded $3,500 from her family and raped women who could not pay. In the UK she has not been exploited.""",
  "RM PV", "rm", "")
T("""Police handover: IP (Filipina, 41) rescued from a house in Hampstead where she was domestic worker for a Gulf family. Passport in the employer's safe; she had not been outside alone for 2 years; salary 'sent to her account in Manila' which she has never seen. Employers have diplomatic immunity. IP left with one carrier bag of belongings and the clothes she stood in; now in Salvation Army care.""",
  "RD RM WW", "dt rm ncw fpe", "D")
T("""Client (British, 34) says his landlord makes him work on his building sites to pay off rent arrears of £3,000, but the arrears never seem to go down, and he's not allowed to see the rent book.""",
  "DB", "", "L")
T("""Keyworker: client struggling with the idea of giving evidence. He says in the takeaway the boss pushed his hand onto the fryer once 'to teach him'. He still has the scar.""",
  "PV", "pa", "L")
T("""Client explains she works two jobs (cleaning and retail), long hours by choice, to send money home. Her employers pay her. No exploitation.""")
T("""Client (Sudanese, 21) reports that the man who put him up in Coventry made him work in his car wash and shop; 'he says I'm lucky he lets me stay, and if I go to the council they will deport me because I have no papers'.""",
  "AV IT", "foa", "L")
T("""Client (Romanian, 24) describes how the 'agency' collected the workers at 4.30 each morning from the house in Wisbech and charged them £7 for the ride to the packhouse. She was paid into her own account but the agency's 'representative' took her card and PIN 'in case of problems'.""",
  "WW", "cedl ct ncw", "L")
T("""Client (Nigerian, 20) explains: 'Madam said she will send me to London to be a nanny and go to school. In London she put me in a room, men came. She said the juju will kill my mother if I run.'""",
  "DE IT", "", "S")
T("""Keyworker note — client's benefits have been sanctioned because she missed an appointment; she was in hospital. Appeal submitted. No exploitation.""")
T("""Client recalls a Lithuanian gangmaster in Kent who used to line them up at 5 am and pick who would work that day. Those not picked still paid rent. He kept their passports in a bag in his car. 'We were always afraid of him; he said he had friends in the police.'""",
  "RD IT", "dt", "L")
T("""Client says her 'husband' had been arranged by her family; in the UK she was not allowed to go out without her mother-in-law, and did all housework for the family of 9 from 5 am. She had no money of her own. Forced marriage and domestic abuse referral; she says she was also made to work in the family shop unpaid.""",
  "RM EO WW", "rm lh", "D L")
T("""Interpreter-led (Arabic): client, 16, from Syria, says he worked in a garment workshop in Istanbul for 12 hours a day for two years before coming to the UK. He now lives with his uncle, attends school and is well. Past exploitation abroad only.""",
  "AV EO", "lh", "L")
T("""Keyworker: client says the owner of the car wash used to say 'you are free to go, but where will you go, you have no passport and no money'. His passport was in the owner's safe.""",
  "RD", "dt", "L")
T("""Public report (online): my neighbour has a foreign girl living with them who looks after their kids and cleans. she takes the kids to school and goes to the park. she seems happy and chatty. just wanted to check its legal. [No concerns on follow-up: au pair with her own documents, paid.]""")
T("""Client (Vietnamese, 17) in foster placement says 'the people in the restaurant gave me bed and food but no money because they paid my journey'. He worked in the kitchen 'all day' and was not allowed to go outside alone.""",
  "AV DB WW RM", "rm", "L", "h")
T("""Client (British, 29) says her boyfriend made her shoplift from Boots every day and took the goods to sell. He took her phone away when she tried to contact her sister.""",
  "IS", "iso", "C")
T("""Client (Albanian, 28) describes the cannabis farm in Essex: 'They told me I would work in construction. I slept next to the plants, windows covered, no fresh air. They said if I escape they will kill my father in Albania.'""",
  "DE AC IT", "saw plc", "C")
T("""Keyworker note: client is confused about whether he was a victim. He says he paid the smuggler in full and then worked in a car wash by choice, with pay and his own room. On his account, there are no indicators in the UK.""")
T("""Client (Indian, 48) says that the Gurdwara 'uncle' who employed him in a warehouse paid him £200 a month, kept his passport, and said he must stay until he paid back the £12,000 for his journey.""",
  "WW RD DB", "dt", "L")
T("""Housing officer: client's flat has damp and mould. Repairs requested. No exploitation.""")
T("""Client (Polish, 35) describes living in a caravan with other men behind a farmhouse in Lincolnshire. He was paid in cash by the farmer; the cash was always less than agreed and sometimes 'next week'. After eight months he had been paid for four. He was not free to use the farmer's phone.""",
  "WW AC", "plc", "L")
T("""A&E note: male, 30s, Eastern European, attended with hand injury from a saw on a building site. Brought by 'boss' who wanted him discharged quickly and said he would pay for everything. Patient spoke little English; boss answered for him. Patient declined to talk alone.""",
  "", "sfw", "L")
T("""Client's story (through interpreter): she was married in Romania aged 15 and brought to the UK by her husband's family; she was made to beg in Glasgow and her husband took the money. She is 18 now and wants to divorce.""",
  "AV WW", "", "C")
T("""Client reports her adult son has been taking money from her pension. Advised on safeguarding. No labour or sexual exploitation.""",
  "", "ncw", "")
T("""Client (Albanian, 22) was recruited by a 'boyfriend' in Tirana who promised marriage and a life in London. In London he was put to work in a brothel in Ilford, watched all the time by two men.""",
  "DE RM", "rm", "S")
T("""Keyworker: client (Vietnamese, 23) says the debt was 'only $20,000' but every month the men added more for the house and food. He was forced to work on a cannabis farm to repay it.""",
  "DB", "", "C")
T("""Client says she had been kept in a flat in Bristol by a man who took her ID and made her have sex with men. She escaped last week and is staying with a friend. The man has been sending threats.""",
  "RM RD PV IT", "rm dt", "S")
T("""Support worker: client asked for advice on how to get a new BRP after the old one expired. No concerns.""")
T("""Client (Eritrean, 30) says that at the hotel in Leicester where she cleaned rooms she was paid per room, often less than £4 an hour, and worked 14-hour days. She could leave but she was afraid she would not find another job.""",
  "EO", "lh", "L")
T("""Client (Chinese, 45) explains how the 'boss' kept the workers' bank cards in his office, and when they wanted money they had to ask him. He said it was to stop them gambling.""",
  "WW", "ncw mbc", "L")
T("""INT: Male known as 'Tony' collecting young females from Manchester Piccadilly and driving them to addresses in Rochdale; females are believed to be 14-16 and are given alcohol and drugs. Urgent: one female believed to be at address tonight. 1/B/P""",
  "AV", "et", "S", "i")
T("""Keyworker: client disclosed that when she worked in the nail bar in Derby the owner made her work 10 hours a day, 7 days a week, and she slept in the back room on a mat. She was paid nothing because she 'owed for the journey'.""",
  "EO WW DB", "lh saw", "L")
T("""Client says his employer in a sandwich factory treats him well; he has been promoted and is applying for a mortgage. No concerns.""")
T("""Witness statement (extract): 'I saw the man slap the girl across the face in the car park of the car wash and shout at her to get back inside. She had been crying. He took her phone off her.'""",
  "PV IS", "iso", "")
T("""Client (Slovak, 37, learning disability) told his support worker that the family who 'took him in' made him work in their scrapyard. They held his bank card and he got £10 a week. He is not allowed to go out alone.""",
  "AV WW RM", "ncw rm", "L")
T("""Client reports being defrauded by an online romance scammer; lost £2,000. No exploitation.""")
T("""Client (Vietnamese, 31, female) explains that in the nail bar in Newcastle she was 'like a prisoner': she went from the flat to the shop in the boss's car, and back. She had no key to the flat.""",
  "RM", "rm et", "L")
T("""Client's caseworker note: client told a GP about 'the man who sold my kidney'. Client says he was tricked in a refugee camp into having an operation, believing he was being treated for appendicitis. He has one kidney now.""",
  "DE AV", "", "O")
T("""Client (Romanian, 24) says her pimp sent her to clients' houses in Leeds by Uber and tracked her phone. She had to transfer all money to him immediately.""",
  "WW IS", "ncw", "S")
T("""Keyworker: client says the 'boss' at the car wash in Leeds didn't pay for three months, then he paid £200 and said the rest would come 'when business is better'. It never did.""",
  "WW", "", "L")
T("""Client was offered a job in the UK by a cousin and came on a visitor visa. She did housework for the cousin for a month, was paid, and left when she found her own job. No exploitation.""")
T("""Client (Albanian, 18) describes how his 'boss' took him from Birmingham to Wales every weekend to sell drugs, collecting him on Friday night and dropping him back on Sunday night. He was paid 'in food'.""",
  "WW", "cedl et", "C")
T("""Client (Indian, 29) in the care sector says the care agency held her passport and BRP in their office, and when she asked for them they said she would 'lose her job and her visa'.""",
  "RD IT", "dt", "L")
T("""Client (Polish, 41) came to the UK to work on a farm. The job was as described. He got injured and the farm paid sick pay. Came for housing advice. No exploitation.""")
T("""Client (Nigerian, 25) says that 'Auntie' in Peckham made her look after her three children and do all the cleaning, and she was not allowed to go to church or talk to neighbours. Auntie told neighbours she was her niece visiting.""",
  "RM IS", "rm iso sfw", "D")
T("""Client (Vietnamese, 18) recalls that at age 16 he was made to grow cannabis in a house in Stoke; the door was locked; he was told his mother would be killed if he escaped.""",
  "AV RM IT", "rm", "C")
T("""Support worker: client called because he has been offered a job by a man in the hostel, 'painting houses, cash, room included'. He has not accepted; we discussed the risks.""")
T("""Client (Eritrean, 28) says the smuggler who got him to the UK now wants him to work in his shop unpaid until he has paid the rest. The smuggler has his ID.""",
  "DB WW RD", "dt", "L")
T("""Client (British, 16) was referred by youth offending team; he was running drugs for a gang and was 'taxed' (robbed) and then told he owed £2,000. He has been threatened with a knife.""",
  "AV DB IT", "", "C", "h")
T("""Keyworker: client shows good progress. He says he used to work at a car wash with 'terrible boss who scream all day but pay ok'. No other concerns.""")
T("""Client (Thai, 33) describes being advertised online as a 'masseuse' in a flat in Kensington. The man who ran it took her passport and kept all the money, and told her she owed £20,000 for the visa.""",
  "RD WW DB", "dt", "S")
T("""Client (Filipino, 30) says her employer in London took her passport and wouldn't let her go out. She slept on a mattress in the kitchen and was given leftovers.""",
  "RD RM AC", "dt rm saw", "D")
T("""Police liaison: client's exploiter has been charged; client will give evidence via video link. Client worried about what will happen to her family in Vietnam, where the exploiter's relatives live.""",
  "", "", "")
T("""Client (Romanian, 28) says he and 15 others lived in a 3-bedroom house in Peterborough, 'the boss' collected rent from their wages, and they worked in a factory. He said the boss was 'strict but fair'.""",
  "AC", "oc", "L")
T("""Keyworker: client says she worked as a cleaner in a hotel and was paid £6 an hour cash. She says she could leave, the manager was kind. She is not sure if that is legal.""")
T("""Client (Sudanese, 17) says that in Libya he was sold by one group to another and forced to work on a farm for no pay; he was beaten every day. He is now in UK foster care.""",
  "AV WW PV", "", "L", "h")
T("""Client (British, 19, care leaver) says her 'boyfriend' took her to parties where she was made to have sex with his friends. He kept her phone and said if she told anyone he would post pictures.""",
  "AV PV IS IT", "iso", "S")
T("""Client says her previous employer in a care home in Scotland asked her to work extra shifts without extra pay, and she left. She was not threatened. No exploitation.""")
T("""Client (Romanian, 35) says the 'boss' at the construction site charged each of the workers £5 a day for a hard hat and boots, and £10 a day for the van. He kept their ID cards in the van.""",
  "RD", "ppe ct dt", "L")
T("""Keyworker: client (Vietnamese, 24) explains that the boss of the nail bar used to say 'your family is in my hand' — he had visited them in Vietnam and taken photos of their house.""",
  "IT", "", "L")
T("""Client (Ethiopian, 29) recalls working in Saudi Arabia as a domestic worker; she was beaten and had her passport taken. She is now in the UK and working legally as a carer.""",
  "PV RD", "dt", "D")
T("""Client explains he shares a room with two other men in a HMO; he works in a warehouse through an agency; he is paid by bank transfer. No concerns.""")
T("""Client (Pakistani, 27) says his 'employer' at a takeaway in Birmingham told him he would get a visa sponsorship. He worked for 18 months unpaid waiting for it. It never came.""",
  "DE WW", "", "L")
T("""Client (Albanian, 19, female) describes how she was trafficked to the UK to do sex work in a flat in Leicester. The man who controlled her said he had her sister's address in Albania and would harm her if she didn't work.""",
  "IT", "", "S")
T("""Keyworker note: client says that in the car wash they had to work in the rain without waterproof clothes and were not allowed to take breaks. They were given one meal a day.""",
  "AC", "", "L")
T("""Client (Chinese, 39) says the owner of the restaurant in Liverpool told her she owed £30,000 for her passage and she would work until it was repaid. She worked 12 hours a day, 7 days a week.""",
  "DB EO", "lh", "L")
T("""Client's friend has been asking her to come and work in his 'massage shop'. She has declined. No exploitation.""")
T("""Client (British, 40s, heroin user) says a dealer moved into his flat, took his bank card, and made him deliver drugs to people on the estate. When he said no, he was punched.""",
  "AV PV", "ncw", "C")
T("""Client (Polish, 33) reports that her 'partner' brought her to the UK promising a job in a hotel, then made her have sex with men in a flat in Hull and kept the money.""",
  "DE PV WW", "ncw", "S")
T("""Keyworker: client (Vietnamese, 20) describes how he was taken by car, with blacked-out windows, from a house in London to a cannabis farm in Wales. He didn't know where he was.""",
  "IS", "iso et", "C")
T("""Client says her employer, a family in London, was kind, paid her well and gave her days off; she left for a better job. No concerns.""")
T("""Client (Sudanese, 25) said 'the man at the car wash said my papers are safe with him; if I leave he keeps them and I can't work anywhere else'.""",
  "RD IT", "dt", "L")
T("""Client (Romanian, 30) says that her 'boyfriend' made her beg outside a supermarket in Manchester from 8 am to 8 pm and took all the money. He said he would leave her on the street if she didn't.""",
  "WW EO IT", "lh", "C")
T("""Support worker: client (Nigerian, 31) describes that she was raped by her employer in London when she was his domestic worker. She had been given no time off in two years.""",
  "PV EO", "", "D")
T("""Client asked about ESOL classes and volunteering. No concerns.""")

# ---------------------------------------------------------------- part 4
T("""INT: Address 9 Carlton Tce: at least 6 bank cards in names of Romanian males seen in possession of POI STAN Florin at Barclays ATM Mon 0610; males work at Northfield car wash and do not appear to have access to their own accounts. 2/B/P""",
  "WW", "mbc ncw", "L")
T("""Keyworker: client (Latvian, 44) said the gangmaster charged them for everything, 'even the knife to cut the broccoli was £15 and the waterproofs £30', and the cost came out of the first two weeks' pay, which left him with nothing to eat. He looked thin and had sores on his hands when he came to us.""",
  "WW", "ppe pa", "L")
T("""Client (Vietnamese, 19, female) will not go to the GP or the Home Office interview; she says the woman at the nail bar told her British police take girls away and that she would be put in a camp and sent back to pay the family's debt twice.""",
  "IT", "foa", "L")
T("""my mate works at a car wash on the ring road and says the boss pays him proper every friday and gives him sundays off lol so not everything is slavery. just saying after the tv thing""")
T("""Support worker: client's sister is visiting from Poland for two weeks and will stay with her. Client asked about NHS cover for visitors. No concerns.""")
T("""Client reports that her employer, a small cleaning firm, went bust owing her one month's pay. She has her own flat and documents and is claiming through the Insolvency Service. No exploitation.""")
T("""Client (Albanian, 26) says that the man who ran the grow in Kent came twice a week with food and took photos of the plants; he told him 'police here will put you in prison ten years, better you stay with us'. The client did not know the town and had no phone.""",
  "IT IS", "foa iso", "C")
T("""Risk review (multi-agency): client (Romanian, 17) returned to her mother's address yesterday. Mother's partner is the man suspected of taking her to flats in Leicester to sell sex; he is at the address now. Children's services and police attending this evening.""",
  "AV", "", "S", "i")
T("""Client says the couple who employ her as a live-in carer for their father pay her monthly by transfer, give her two days off a week and she holds her own passport. She was worried because she works long shifts; advised on rights. No exploitation.""")
T("""Client (Indian, 36) explains that a 'consultancy' in Hyderabad took ₹8 lakh for a care-worker sponsorship; in the UK there were no shifts. He did not work for them and was not threatened; he is now seeking a new sponsor.""",
  "", "uf", "")

# ---------------------------------------------------------------- END DATA

def risk_of(ind, exp, override):
    if override:
        return RISK[override]
    if "PV" in ind or "S" in exp or len(ind) >= 3 or ("IT" in ind and "RM" in ind):
        return "high"
    if ind or exp:
        return "medium"
    return "low"

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh169.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, exp, risk) in enumerate(DATA, 1):
            ind, sig, exp = ind.split(), sig.split(), exp.split()
            rec = {"id": "f169-%03d" % n, "text": " ".join(text.split()) if "\n" not in text else text,
                   "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                   "exploitation": [EXP[c] for c in exp], "risk": risk_of(ind, exp, risk)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(DATA), "texts ->", out)

if __name__ == "__main__":
    main()
