# Hand-written texts for fresh29 (sexual exploitation & domestic servitude emphasis).
# Each entry: T(text, indicators, signs, types, risk) with short codes expanded below.
import json, sys
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
D = []
def T(text, ind="", sig="", typ="", risk="l"):
    D.append(dict(text=text,
                  indicators=[IND[x] for x in ind.split()],
                  signs=[SIG[x] for x in sig.split()],
                  exploitation=[TYP[x] for x in typ.split()],
                  risk=RISK[risk]))
# ---- part 1 ----
T("INT suggests flat 4, 19 Carrow Road being used as a pop-up brothel. Three females, believed Romanian, seen arriving with wheelie cases on Tuesday. Male POI (IONESCU) attends twice daily, takes bags of cash. Females not seen leaving alone. 2/C/P",
  "RM", "rm et", "S", "h")
T("adverts on that escort site keep changing the name but its the same 3 girls in the same bedroom photos, same phone number. one looks about 15. please look at this",
  "AV", "", "S", "h")
T("IP (F, 24, Albanian) disclosed via interpreter that she met 'Arben' online and believed he was her boyfriend. After arrival in the UK he told her she owed him £8,000 for the lorry and flat and she must 'work with men' to pay it. He holds her phone at night. She was moved between Leeds, Sheffield and Derby every two weeks.",
  "DE DB IS", "iso", "S", "h")
T("Caller reports a woman screaming in a short-let flat above the bookies, man heard shouting 'you don't leave until I say'. Door has new padlock on the outside. Units dispatched.",
  "RM", "rm", "", "i")
T("Au pair from the Philippines (22) seen at the school gate each day. Mum says she works from 6am until midnight, has not had a day off since she arrived in March and sleeps on a mattress in the children's playroom. Her 'wages' are sent straight to her agent in Manila.",
  "EO WW AC", "lh saw ncw", "D", "h")
T("Live-in nanny at no 12 is paid £450 a week through payroll, has her own room with ensuite, two full days off and goes to college on Thursdays. Neighbour's concern unfounded, NFA.",
  "", "", "", "l")
T("I came to work for the family of a diplomat. In my contract they write 8 hours and 500 dollars. In the house I clean, cook, take care of three children, wash the cars. I start five o'clock morning and I finish when madam sleep. I never get money in my hand, sir says he keep it for me. My passport also he keep in his office.",
  "DE EO WW RD", "lh ncw dt", "D", "h")
T("Independent escort, 31, British, advertises herself on AdultWork, rents her own flat, keeps all earnings and sets her own hours. Reported assault by a client last month; she has her own phone and bank account. No exploitation indicators identified.",
  "", "", "", "l")
T("Referral from school DSL: Year 9 pupil (14) seen getting into different cars after school, has new phone and expensive trainers, older male 'boyfriend' aged 23. Missing overnight twice this month, returned with bruising to wrist.",
  "AV PV", "pa", "S", "h")
T("My cousin she is 17 and brought from Nigeria to help my aunt with the baby. She does all cooking washing cleaning for 7 people, not going to school, aunty says she is lucky to be fed. She sleep on kitchen floor.",
  "AV AC EO", "saw plc lh", "D", "h")
T("Grandmother lives with son and daughter-in-law and helps with school runs and cooking most days. She says she enjoys it, has her own pension and bank card, visits friends at church. Social worker satisfied.",
  "", "", "", "l")
T("Victim says she was told she would be a model in London. On arrival her passport was taken 'for the agency contract' and she was photographed for an advert on a sex site. When she refused, the man slapped her and said he knows where her little brother goes to school.",
  "DE RD PV IT", "dt", "S", "h")
T("Woman in hijab at A&E with burn to forearm from iron. Husband's family do all talking. Notes say she cooks and cleans for household of 11, not allowed to leave house except with mother-in-law, no phone, speaks no English. Arrived on spousal visa 2 years ago.",
  "RM IS AV", "sfw rm iso pa", "D", "h")
T("Sex worker reported stolen phone after night out. Works from own flat in Salford with one friend for safety, splits rent. No third party involvement. Crime recorded as theft.",
  "", "", "", "l")
T("urgent!!! girl in the van outside tesco express banging on the window saying help, the man went in the shop, van is white transit reg starts WN19. she looks foreign and young",
  "RM", "rm", "", "i")
T("GLAA intel: manager of a Slough hand car wash also runs rooms above a shisha cafe where two Vietnamese women are reportedly kept. Women are driven to a nail bar in the day and to 'clients' at night. Same driver both times.",
  "RM", "et rm ced", "L S", "h")
T("Debrief (via Vietnamese interpreter): She says that she paid 20,000 USD to come to England for nail work. In England the boss said this money was not enough and she must pay 15,000 pound more. Every week he takes her wages for the debt and for food and bed. She says she never saw the money and does not know how much is left.",
  "DB WW DE", "uf ncw", "L", "h")
T("Nail bar inspected under licensing: two staff working, both paid by bank transfer, hold own passports, rota on wall shows 9-6 with breaks. Owner had out of date hygiene certificate. Advice given.",
  "", "", "", "l")
T("Mum worried about daughter (16) who has been staying with an older 'friend' Kieran in a flat in Wolverhampton. Daughter came home with no money, said she had to 'be nice to his mates' to pay back for the weed and the phone he bought her.",
  "AV DB PV", "", "S", "h")
T("Officer handover: IP MALIK, Sana, 19. Brought from Lahore on promise of marriage and study. In-laws took passport on arrival, kept her indoors, she cleans and cooks for 9. Husband hits her if food late. Placed in refuge tonight. OIC DC Hart.",
  "DE RD RM PV AC", "dt rm", "D", "h")
T("Domestic worker visa holder (Indonesian, 38) attended Kalayaan advice session. Employer has moved her from Dubai to London. She works 7 days a week, 16 hours a day, and is paid £100 a month into an account the employer opened in her name and keeps the card for. She is not allowed out except to take the children to the park with the driver.",
  "EO WW RM", "lh ncw rm et", "D", "h")
T("Man came into the station to say his Polish partner had been 'working as an escort'. On enquiry she is 29, works independently, chooses her clients and the couple had argued about it. He was unhappy with her job. Words of advice, no offences.",
  "", "", "", "l")
T("Probation note: service user discloses partner has been 'putting her to work' in a flat in Croydon to fund his habit and her own. She hands over all money, he gives her gear. Says he would 'smash her face in' if she stopped.",
  "AV WW IT", "ncw", "S", "h")
T("Kidney transplant patient returning from elective surgery at a registered hospital in India, all documentation in order, procedure through approved programme. No concerns.",
  "", "", "", "l")
T("We came three girls in the same car from Bucharest, the man Vali pay for everything. In London he say now you owe me for the car and the room, 50 pound every day even if no clients. If we have no money the debt is bigger. He keep the telephone in the night so we don't call nobody.",
  "DB IS", "iso", "S", "h")
T("Neighbour says the couple next door argue a lot and the woman has a black eye. Woman says her husband is violent. No evidence of work, exploitation or control of movement beyond DA. DASH completed, referred to IDVA.",
  "PV", "", "", "h")
T("Helpline call: caller's sister, 20, went to Birmingham for a 'cleaning job' advertised on Facebook. Now texts only from a different number, says there is no cleaning job and she has to 'see men', that they took her own phone, and 'they watch me'. Sister was crying on last video call, in a room with no window.",
  "DE IS", "iso", "S", "h")
T("Local authority safeguarding referral: adult with learning disability (34) living with distant relatives who claim his PIP and carer's allowance. He does all the housework and gardening, is not given money, and his bed is in the garage.",
  "AV AC", "ncw plc", "D", "m")
T("Romanian couple in their 40s run a cleaning business, registered, employ 3 staff on PAYE, staff share a rented house that is clean and not crowded. Council HMO check found only a missing fire blanket.",
  "", "", "", "l")
T("This girl is doing my nails every week she told me she is not paid she is learning and living with the owner. She is only 16 she said and come from vietnam with her uncle. She is there from open to close 7 days",
  "AV WW EO", "lh", "L", "h")
T("Foster carer reports YP (15, female) has been receiving gifts and cash from a man called 'T' on Snapchat who asks her to send pictures and meet his friends at a hotel. YP believes she is in a relationship with him.",
  "AV DE", "", "S", "h")
T("Midwife booking appt: 19 y/o from Eritrea, 24 weeks, lives with 'uncle' who brought her. Says she cleans his house and his friend's house, he has her papers. Unsure of own address. Not registered with GP. Uncle waited outside and called her phone twice during appt.",
  "AV RD IS", "dt iso", "D", "h")
T("woman works in the chip shop and lives upstairs, she gets paid, goes out with her mates on sundays, I was worried because she always looks tired but she said she just has two jobs to save for a car",
  "", "", "", "l")
T("The family from our mosque bring a girl from Bangladesh. she is about 13. She is not going to school, she looks after their baby and cleans all day and they shout at her. When we ask they say she is a relative visiting",
  "AV EO", "lh", "D", "h")
T("Former employee disputes final pay with a cleaning agency, says she was owed £240 holiday pay, agency paid her late after ACAS contacted. She holds her own documents and moved to another job.",
  "", "", "", "l")
T("Debrief (first account): 'I was 15 when Jay started picking me up from school in his car. At first it was McDonald's and vapes. Then he said I owed him for everything and I had to go to parties and do stuff with his friends. If I said no he said he'd send the videos to my mum.'",
  "AV DB IT PV", "", "S", "h")
T("2/B/P. HMO at 88 Lime St: 6 females (Chinese) sharing 2 bedrooms, used for off-street prostitution. Bed sheets divided with curtains. Females not permitted to answer the door; a male 'receptionist' holds phones and cash.",
  "RM IS WW AC", "oa plc rm iso ncw", "S", "h")
T("Caller (anon) says the woman in the posh house on Kensington Park Rd works for them as a maid and isn't allowed out, saw her crying in the bin store. Says 'she's locked in when they go to their villa'. Family believed to be abroad now.",
  "RM", "rm", "D", "i")
T("Housekeeper for a Saudi family in Knightsbridge. Paid properly, £2,200 pcm by bank transfer to own account, has contract and own passport, days off agreed. Attended to report a lost wallet.",
  "", "", "", "l")
T("She says that the woman who brought her to the UK, called 'Mama Joy', made her swear an oath with juju at a shrine in Benin City. She was told she owed 35,000 euros. She says if she does not pay, the spirit will kill her or her mother will get sick. She works in a flat in Birmingham with 3 other girls and gives all money to Mama.",
  "DB IT WW", "ncw", "S", "h")
T("Female from Slovakia, 27, presented at custody after shoplifting arrest. Says she was brought over for 'factory work' but was put in a house and made to see men. Shows scars on her arms, says 'they burned me with cigarettes when I say no'. Requesting NRM.",
  "DE PV", "pa", "S", "h")
T("Community officer visited massage parlour following complaint. Two therapists, both British-born, self-employed, hold their own keys and leave at closing. No indicators. Premises licence in order.",
  "", "", "", "l")
T("He took my phone and gave me a new one with only his number in it. I didn't know the address, I never went out in the day, only to the car to go to the hotels. He said I had to make £500 every night or no food.",
  "IS RM WW", "iso rm et", "S", "h")
T("VRM AB12 XYZ seen at Premier Inn, Hotel, Ipswich twice weekly dropping off different females at 23:00 and collecting at 06:00. Driver male, mid-40s. Females appear young and carry small handbags only.",
  "", "ced et fpe", "S", "h")
T("A&E: female (approx 17, says 19) attended with vaginal injury and bruises to thighs, accompanied by male 'cousin' who refused to leave. No ID, no fixed address given. Safeguarding team paged.",
  "AV PV", "pa sfw", "S", "i")
T("Teacher reports that a pupil's older sister (22) has moved in from Poland to help the family after new baby. She has her own room, is paid, goes to English classes. Teacher just wanted to check it was 'allowed'. NFA.",
  "", "", "", "l")
T("Caseworker note (Salvation Army): Client worked 3 years for an Indian family in Leicester cooking, cleaning and caring for the grandmother. Promised £300 monthly sent to her husband in Kerala; the family sent £40 twice in three years. She slept on the landing. When she asked for her money, the son said he would report her to immigration.",
  "WW DE AC IT", "plc foa", "D", "h")
T("Report: a 'relative' from Sierra Leone aged around 12 is doing all the housework at 14 Forest Walk and is not registered at any school. Child seen hanging washing at 10pm.",
  "AV EO", "lh", "D", "h")
T("Caller is a hotel cleaner, found a girl in a room crying, girl said 'please don't tell, he will kill me'. Male now returned to room. Girl looked approx 16.",
  "AV IT", "", "S", "i")
T("Woman attended front counter to report her ex-partner for harassment by text. She works as a dancer at a licensed club, gets paid by the club, no third party. Harassment crime recorded.",
  "", "", "", "l")
T("Social services: Moroccan domestic worker found at a neighbour's door at 3am with no shoes, says she escaped through a window. She has not been paid for 14 months, her 'sir' holds her passport, and she shows bite marks on her arm from the madam.",
  "WW RD PV RM", "dt pa rm", "D", "i")
T("My daughter's friend is 14 and told her she goes to a man's flat where older men give her vodka and she 'does things' for them and gets £20. Please help I didn't know who to tell",
  "AV PV", "", "S", "h")
T("Filipino nanny employed by a family in Chelsea left after 3 weeks because the hours were long. Employer paid all wages owed and returned her passport immediately. She has a new job with another family. No modern slavery concerns.",
  "", "", "", "l")
T("Housemaid (Sri Lankan, 45) to a family in Manchester. She says: I am not allowed to use the phone. I eat what is left on plates. I sleep in the laundry room. Madam has my passport and visa 'for safe'. I work from before the children wake until after everybody sleep, every day.",
  "IS AC RD EO", "iso plc dt lh saw", "D", "h")
T("INT: female (VN, 17) believed held in short-let flat, Spinningfields. Seen through window. Male attending with food, door locked from outside. 1/B/P. Immediate action.",
  "AV RM", "rm", "S", "i")
T("Call summary 101: caller's lodger (Romanian female) is 'doing massage' in her room and men come round. Lodger pays rent, says she works for herself, no one else involved. Advice given re tenancy.",
  "", "", "", "l")
T("Aunt brought niece (16) from Ghana 'for school'. Niece never enrolled, does cleaning for aunt and two other houses where aunt collects payment. Niece says she is 'like a servant'. Aunt threatened to send her back to her village where she would be married off.",
  "AV DE WW IT", "ncw", "D", "h")
T("Lady at the bus stop said to me she is from Lithuania and works 'at the flats' and has to give everything to Tomas. She had a cut lip and said he did it when she came back short. She begged me not to call the police because they will deport her.",
  "WW PV", "ncw pa foa", "S", "h")
T("Police debrief: 'I cleaned for them from 6 to 11 every day. They said I was family so I don't need salary. When my father died in Ethiopia they did not let me call.'",
  "EO WW IS", "lh iso", "D", "h")
T("Short-term let host reports guests left flat in a state, condoms and wet wipes everywhere, suspects it was used for sex work. Booked by a woman using her own card, two women stayed, left on time. Host wants to claim damages.",
  "", "", "", "l")
T("CSE concern: 13-year-old boy meets adults online via gaming platform, has been sent money and asked for explicit images, one adult offered to meet him in Leicester. Parents have removed the console.",
  "AV", "", "S", "h")
T("2/B/P. Premises: Lotus Health Spa, Coventry. Female staff (Chinese) reside on premises, sleep on massage tables. Owner nominal WU Jian handles all money. Staff work 10:00-02:00 daily. One female stated she owes 'the company' for her flight.",
  "EO WW DB", "saw lh ncw", "S", "h")
T("I got paid less than minimum wage cleaning hotel rooms, complaints to my manager went nowhere so I quit. They did pay me in the end. Just want to report them for underpaying.",
  "", "", "", "l")
T("Female (Brazilian, 26) reported that a man who offered her a 'hostess job' in a Mayfair club instead drove her to a flat, locked the door and told her she would work there until her 'fees' of £6,000 were paid off. She escaped while he was asleep.",
  "DE RM DB", "rm", "S", "h")
T("Safeguarding alert from GP: patient (Pakistani, 50s) brought her niece (20) from Pakistan, niece presents as withdrawn, speaks no English, appears underweight. Niece says through sister-in-law that she 'helps at home'. GP unable to speak to her alone.",
  "", "pa sfw", "", "l")
T("our neighbours nanny from Romania is always in the garden with the kids at 6am and still there at 10 at night and i never see her go anywhere, when i said hello she said she not allowed talk to neighbours",
  "EO IS", "lh iso", "D", "m")
T("Woman, 33, with heroin addiction, reports that dealer 'Dee' has been making her have sex with his customers to pay off what she owes him for gear. Debt 'never goes down'. She is now homeless.",
  "AV DB PV", "", "S", "h")
T("Hotel staff raised concern: girl (15-16) in school uniform checking in with man aged 40+ at 1pm on a school day, man paid cash. Police attended, man detained. Girl known missing from care home.",
  "AV", "", "S", "i")
T("A council housing officer visited a 2-bed flat with 9 adults (Romanian) sleeping on mattresses. All work at a packing factory via an agency, but say they chose the flat themselves and pay their own rent to the landlord. Referred to HMO enforcement only.",
  "", "oa", "", "l")
T("Interpreter note: she says the lady of the house told her the salary would be 300 euros a month and she could go to church. She says she was not allowed to go to church and the salary was never paid. She says madam took her telephone because she was talking too much to her mother.",
  "DE WW IS RM", "iso rm", "D", "h")
T("Nan is 80 and her grandson stays with her and does the shopping and cleaning for her, she gives him some money for petrol. Somebody rang social services saying he's a 'slave' because he never goes out. He's 24 and has his own car and a girlfriend.",
  "", "", "", "l")
T("Woman approached an officer at Victoria coach station saying she had just escaped from a house where she was made to clean and have sex with the owner. She had no bags, no money and no coat. Says the owner has her ID card.",
  "PV RD", "fpe dt", "D S", "h")
T("Anonymous helpline call: an Eritrean woman works at a family's takeaway by day and cleans their house by night. She sleeps in the storeroom of the takeaway. They say she is paying off the smuggler fee they covered for her, £4,000.",
  "DB EO AC", "saw lh", "L D", "h")
T("Female caller whispering: 'I'm in a room on the top floor, they took my clothes, I don't know where I am, there's a sign outside that says Oak something'. Line cut off. Trace in progress.",
  "RM IS", "rm iso", "", "i")
T("Massage parlour in Southampton: officer noted that four women sleep on premises, are 'paid' in food and cigarettes, never leave unescorted, and the receptionist (male) answers every question on their behalf.",
  "WW RM", "saw ncw et rm sfw", "S", "h")
# ---- part 2 ----
T("Hand car wash, Walsall: 7 males (Romanian/Albanian) working. Manager spoke for all of them. Workers said they are paid £30 a day 'after deductions for the house and the van'. They live in a 3-bed house above the unit, 7 to a room. Lifted to work at 07:00, returned 21:00. 2/B/P",
  "WW AC EO", "sfw ncw oa ced lh ct", "L", "h")
T("Car wash on Bath Rd visited by GLAA with HMRC. Five workers, all with contracts and payslips, paid NMW into own accounts, live where they choose. Owner fined for missing waste licence. No labour abuse found.",
  "", "", "", "l")
T("My name is Tomasz. A man in Gdansk said good job in England, good house, £400 a week. I pay him 200 zloty for ticket. In England I work at a chicken factory, they take money for house, for bus, for safety boots, for gloves. At end of week I have £15. The man has my bank card and my ID card.",
  "DE WW RD", "uf ct ppe ncw dt", "L", "h")
T("Staff at a Lincolnshire packhouse, recruited via licensed agency. Employees pay nothing up front, transport is free, PPE provided. One worker complained about a late payslip which was corrected next week. GLAA closed complaint.",
  "", "", "", "l")
T("Caller concerned about cannabis smell from terraced house. Officers entered: grow across 3 rooms. Vietnamese male (16 by his account) found inside, door bolted from outside, mattress and rice cooker in loft. Says he was told he owes £25,000 for his journey and must water the plants until it is paid.",
  "AV RM DB AC", "rm saw plc", "C", "i")
T("Intel: a county line called 'Kaz' is running from Brixton into Eastbourne, using a 15-year-old girl to hold drugs internally and 'plug'. She is also made to sleep with older males at the trap house. Her mother reported her missing 3 times. 2/B/P",
  "AV PV", "", "C S", "h")
T("Cuckooing: 52-year-old male with alcohol dependency, council flat in Hastings. Two teenage dealers have taken over the flat for three weeks, he sleeps on the balcony, they took his phone and bank card and told him if he calls anyone they will burn him out.",
  "AV IS IT", "iso ncw", "C", "h")
T("Report of a man begging outside Sainsbury's in a wheelchair. He is dropped off at 7am and collected at 7pm by the same car. A woman takes the cup of money off him at lunch. He looks thin and cold.",
  "WW", "ced et ncw pa", "C", "m")
T("Romanian woman begging near Marble Arch with a baby. Spoke with outreach: she is homeless, begs for herself, lives in a tent with her husband. No third party control identified. Referred to housing.",
  "", "", "", "l")
T("Bank alert: 14 debit cards in different names used at one ATM in Luton between 01:00 and 01:20 on 3 nights. Accounts receive wages from a food factory and are emptied by cash withdrawal within an hour of payday, always by the same man on CCTV.",
  "WW", "mbc ncw", "L", "m")
T("Iraqi Kurdish male (17) debriefed after arrest for shoplifting £800 of perfume from Boots. Says the man who brought him on the lorry told him he owes £6,000 and must steal from lists of shops he is given. Sleeps at the man's flat with four other boys on one mattress.",
  "AV DB AC", "oa", "C", "h")
T("A&E: Pakistani male, 38, attended with infected wound across his lower back. Says he 'sold a kidney' in Lahore 2 years ago for £1,500 after a broker in Bradford arranged the trip and told him he would be paid £6,000 and have a job afterwards. He was paid less than a quarter. Now in debt and depressed.",
  "DE AV", "", "O", "m")
T("Online report: my uncle's neighbour goes around the community saying he can arrange kidney donors from Pakistan for people on the transplant list for £30,000. he said the donors are poor and get paid a bit. this cant be legal",
  "AV", "", "O", "m")
T("NHS transplant coordinator: patient on dialysis asked whether he can bring a 'cousin' from Nigeria to donate. The 'cousin' is unrelated, aged 19, and patient's family is paying the young man's family. Young man was told he is coming for a job.",
  "DE AV", "", "O", "m")
T("Intel: nominal OKONKWO, organiser of trips to a private clinic abroad for UK kidney patients. Donors recruited from a refugee camp, passports held by organiser until after surgery, told they will be paid after recovery. Several report no payment received. 2/C/C (do not share with health partners before OIC review)",
  "AV RD DE WW", "dt", "O", "h")
T("Living kidney donor assessment: sister donating to brother, both British, fully assessed by HTA independent assessor, no payment or pressure. Approved.",
  "", "", "", "l")
T("Bulgarian woman (45) told police she travelled to Turkey for surgery because a man offered her £5,000 to 'donate'. After the operation she was given £500 and told the rest was for flights and hotel. She was kept in an apartment with other donors and not allowed out until stitches were removed.",
  "DE WW RM AV", "rm", "O", "h")
T("Farm near Boston: 20 workers from Kyrgyzstan on seasonal visas, live in caravans supplied by the farm. Inspection found caravans damp, no heating, 6 per caravan. Workers paid correctly and hold own passports. Remedial notice issued.",
  "", "oa plc", "", "l")
T("Seasonal worker (Nepali) says he paid £4,000 to an agent in Kathmandu for the visa, borrowing from a moneylender at home at 10% a month. The agent also arranged the loan. On arrival the farm cut his hours to 15 a week, and the agent now makes him work unpaid weekend shifts at a second farm 'towards the loan', which only grows. The agent's cousin has visited his parents and said they will lose their house.",
  "DE AV IT DB", "uf", "L", "h")
T("Construction site, Ilford: 4 Indian workers, no PPE, working on roof without harness, say they sleep in the site cabin. Foreman takes their wages 'to send to India for them'. One showed a burn on his hand from a cutter. Passports 'with the boss for the visa'.",
  "AC WW RD", "saw ncw dt pa", "L", "h")
T("Worker on a building site in Leeds fell from a scaffold and broke his leg. Employer reported it to HSE, worker has contract and sick pay. Accident, not exploitation.",
  "", "", "", "l")
T("Fishing boat, Newlyn: Filipino deckhand says they work 20 hours a day when fishing, sleep on board for months, not allowed ashore in port, and the skipper holds their seafarer books. Paid $300 a month, half sent to agency in Manila for 'placement fee'.",
  "EO RM RD WW AC", "lh saw rm dt ncw uf", "L", "h")
T("Warehouse via agency: woman said the agency charges £50 per week for a minibus to the site 'whether you use it or not', and £20 for a hi-vis. She still gets about £300 a week. She can leave and has started looking for other work.",
  "", "ct ppe", "", "l")
T("Anon caller: the Chinese takeaway on Mill Lane has a lad working who looks about 15, sleeps in the back, never goes out, boss shouts at him and hit him with a ladle. They tell customers he's the boss's nephew.",
  "AV PV", "saw", "L", "h")
T("Restaurant inspection: 3 kitchen porters from Bangladesh working 6 days, 60 hours a week on minimum wage. All have own accounts and BRPs, live in own rented flat. Hours are long but paid and voluntary. No indicators.",
  "", "", "", "l")
T("Care home in Kent: 6 carers from Zimbabwe on sponsored visas. They say the sponsor charged each £10,000 for the certificate of sponsorship, which they pay back at £500 per month from wages, and were told if they leave the job they will be reported to the Home Office and deported.",
  "DB IT", "uf foa", "L", "m")
T("Nursing assistant on a health and care visa complains her manager shouts at her and rotas are unfair. Paid correctly, has her documents, can change employer. Referred to ACAS, not MS.",
  "", "", "", "l")
T("Food factory, Bradford: Slovak Roma workers (about 30) recruited by a 'gangmaster' family who collect them in vans at 5am. Family members hold all their bank cards and the PINs; workers get £50 cash weekly. One woman said her daughter would be 'sold' if she complained.",
  "WW IT", "ced et ncw mbc", "L", "m")
T("Waste recycling site: British male (41) with learning difficulties, homeless for years, picked up by a family 10 years ago. Sorts rubbish 7 days a week for food and a caravan with no water. Told the police would put him in prison if he left. Beaten when he tried to leave.",
  "AV EO AC IT PV", "lh plc foa", "L", "h")
T("Intel: travellers site in Bedfordshire — males seen working on driveways with a family who are known to have held vulnerable men. Current workers are relatives, paid, come and go. No current indicators. 2/B/P",
  "", "", "", "l")
T("Debrief: 'I was sleeping in the park in Manchester when a man offered me work and a bed. He took me to a farm in Wales. I worked in the fields every day. He said my food and bed cost more than I earned so I owe him. I could not leave because the farm is far and I do not know where I am.'",
  "AV DB IS", "iso", "L", "h")
T("School referral: 13 y/o boy repeatedly missing, found in Peterborough with £400 cash and two phones, says he's 'doing runs' for older boys who'll 'merk' his brother if he stops.",
  "AV IT", "", "C", "h")
T("Police stopped a 16-year-old girl at Euston with crack and heroin in her bra. She says a man she calls 'Uncle' put her on the train and will be waiting at the other end. She is terrified.",
  "AV", "foa", "C", "i")
T("A young Albanian man (19) found in a cannabis grow in Sheffield. He says he came to work on a building site, but was brought to the house, the windows boarded up, and told to water plants. He could not leave, the door was locked, and a man came every three days with food.",
  "DE RM AC", "rm", "C", "h")
T("Benefit fraud: 8 Universal Credit claims made from one address for Romanian men who do not live there. Men work at a car wash and say the 'boss' set up the claims and takes the payments, along with their car wash wages. Boss holds their ID cards.",
  "WW RD", "ncw dt", "L C", "m")
T("DWP alert: claimant's pension is being collected by her son-in-law, who keeps the card. She lives with the family and is well cared for; they say it pays towards food. No work involved.",
  "", "ncw", "", "l")
T("Money mule: student (20) recruited on Instagram to let 'a friend' use his account for £200. He still controls the account and has his documents. Financial crime, no exploitation indicators.",
  "", "", "", "l")
T("Sham marriage: Portuguese woman (23) says she was brought to Britain by a man who said she would work in a hotel. Instead she was told she must marry a Pakistani man for his visa, and was kept in the house and raped by him. Her ID was taken by the 'agent'.",
  "DE RM PV RD", "rm dt", "S", "h")
T("Forced marriage unit: 17-year-old British girl fears she will be taken to Bangladesh in the summer to marry her cousin. Her parents have taken her passport. She has a teacher she trusts.",
  "AV RD", "dt", "", "h")
T("Anon online report: ok so my sisters bf is pimping her out. he puts her on some site and she has to do it when he says. he takes all the money. he battered her last week cos she wanted to stop. shes 19 and shes got a kid",
  "WW PV", "ncw", "S", "h")
T("Woman told police she goes with men at a motorway services lorry park to pay for her own drugs. Nobody else is involved, she says. Referred to outreach.",
  "", "", "", "l")
T("Interviewee (Thai, 38) says that she was told she would work in a Thai restaurant in Manchester. She was taken to a massage parlour, and told she owed £20,000. She worked every day from 11am to 3am. The owner said if she ran the police would arrest her for illegal stay.",
  "DE DB EO IT", "lh foa", "S", "h")
T("Translated account (Tigrinya): In Libya the smugglers held me many months. I was sold to a man. In UK they say I must work in a flat for the men of the smuggler. They beat me when I cry. I do not know city name.",
  "PV IS", "iso", "S", "h")
T("Witness: I saw two women in a BMW arguing with the driver outside the Hilton, one slapped him and walked off and got a taxi. I think it was just a row.",
  "", "", "", "l")
T("Officer notes from a welfare visit to a flat advertised for 'massage': two Latvian women, say they work independently, share costs, hold own passports and phones, happy for contact details to be given to support services. Reminded of safety advice.",
  "", "", "", "l")
T("CSE strategy meeting: Child A (14, female) and Child B (15, female) both associated with adult males at a takeaway in Telford; given free food, alcohol and lifts; Child A disclosed sexual assault by one male in a car. Males know where both girls live.",
  "AV PV", "", "S", "h")
T("Police receive a call from a taxi driver who took a teenage girl and an older man to a hotel. She asked him quietly 'what city is this?' Man paid cash and took her phone from her hand when she tried to use it.",
  "AV IS", "iso", "S", "i")
T("Kalayaan case: Kenyan domestic worker came with a Qatari family for the summer. She was allowed out only when escorted by the driver. She sleeps on the floor in the children's room. The madam hit her with a shoe. She ran away and has no passport because madam keeps it.",
  "RM PV RD AC", "rm et saw dt", "D", "h")
T("Embassy household: Eritrean cleaner employed by a diplomat, paid £150 a month in cash, says she worked 'all day, every day' and was told the police cannot touch her employer because of immunity, so there is no point asking for help.",
  "WW EO IT", "lh foa", "D", "h")
T("The maid next door is from Ethiopia and in her 20s, she is allowed out on Sundays to church and goes shopping on her own, she has a mobile and is paid monthly. Just wanted to check her visa was correct.",
  "", "", "", "l")
T("My aunt brought me from Vietnam when I was 14. I took care of her three children and cleaned her nail shop every night. She said I am family so no money. When I was 18 she said I must go to work in another city and give her my wages. I never went to school in England.",
  "AV WW EO", "lh ncw", "D L", "h")
T("Safeguarding: 'niece' (Nigerian, approx 11) living with a family in Peckham, not on school roll. Neighbours see her carrying shopping, cleaning windows, being shouted at. When asked her age she looked at the woman before answering.",
  "AV", "sfw", "D", "h")
T("Housekeeper (Filipina, 52) for a wealthy family in Surrey for 18 years. Employer pays her into her own account, she has holidays in the Philippines every year, own room, own keys. She called 101 about a car accident.",
  "", "", "", "l")
T("Relatives from Pakistan staying with family in Bradford over summer. Teenage cousin helps with cooking, is enrolled at college from September, family pay for her course and she calls home daily. Anonymous allegation of servitude not substantiated.",
  "", "", "", "l")
T("Interpreter note (Amharic): she says that she worked in Saudi for the same family and came to London with them. In London they did not pay her, they locked the door when they went out and the window does not open. She says the boss said he would send her back to Saudi to prison if she spoke to anyone.",
  "WW RM IT", "rm", "D", "h")
T("Report on behalf of a nanny: she's been 'on call' for the family 24/7 since January, no days off, receives £300 a month, the mum takes her phone at 9pm 'so she sleeps'. Can't leave because they've paid her flight and she owes them.",
  "EO WW IS DB", "lh iso", "D", "h")
T("A carer living in with an elderly man in Hove. She works long hours but has 2 days off a week, employer's family pay her £700 weekly, she has her own passport and car. Family asked police to check her references.",
  "", "", "", "l")
T("Domestic abuse: husband controls all the money, won't let wife have a bank card. She works as a teacher. No other exploitation indicators; referred to IDVA for economic abuse.",
  "", "ncw", "", "l")
T("Caller from a hotel in Heathrow says a woman in room 512 rang reception asking for help saying her employer's family locked her in while they went to Harrods. She has no phone. Family are guests checking out tomorrow.",
  "RM IS", "rm iso", "D", "i")
T("Young woman (Nigerian, 20) says she was told she would study in England and help her 'auntie' with housework. She has been cooking and cleaning for the auntie and her friends for two years, never studied, and auntie says she will be arrested if she goes outside because she has no papers. She is not given a key and the door is locked when auntie goes out.",
  "DE IT RM", "rm foa", "D", "h")
T("Au pair (Spanish, 19) reports host dad touched her inappropriately and then said he'd tell the agency she stole if she told anyone. She has her passport and is paid. She left the family the next day.",
  "PV IT", "", "", "h")
T("Au pair agency confirm placement of French au pair with family in Guildford: 25 hours a week, pocket money £100 weekly, own room, language classes. Agency visited, au pair happy. Concern from neighbour unfounded.",
  "", "", "", "l")
T("The girls in the Airbnb at the top of our road come and go at all hours but they drive themselves and seem to be working for themselves, not complaining, just want to make sure",
  "", "", "", "l")
T("Officer handover: welfare check at a brothel in Soho (licensed premises, sauna). Staff over 18, all say they work independently, pay room rent, hold own documents. No one appeared under control. Next visit 3 months.",
  "", "", "", "l")
T("Female (Vietnamese, 22) rescued from a nail bar in Stockport which doubled as a brothel after hours. She says 'madam told me I must do extra service for men because my family owes money'. She was living in the nail bar's storage room.",
  "DB PV", "saw", "L S", "h")
T("I found my 15 year old daughter's phone messages and there are men asking her to come to hotels and saying they'll pay. One man says he's her boyfriend and she owes him for the phone. She's in her room now and wants to go out tonight to meet him.",
  "AV DB", "", "S", "i")
T("Call 999: woman says she's being held in a house in Ilford and they're going to take her to another city tomorrow. She says there are other girls. She doesn't know the postcode. She's whispering.",
  "RM IS", "rm iso", "S", "i")
T("Referral from homeless charity: woman, 29, British, says she was offered a room by a man she met in a hostel, but he then told her she'd have to sleep with his friends to pay rent. She left after a week.",
  "AV DE DB PV", "", "S", "h")
T("Woman who sells sex on street in Leeds managed zone asked officers for help after being robbed by a client. She works for herself and has a support worker. No exploitation indicators.",
  "", "", "", "l")
T("Barnardo's worker: 16-year-old boy in care befriended by men who gave him drugs, now owes them £2,000 and is being made to have sex with men they bring to a flat. He says he can't go back to the care home because 'they'll find me'.",
  "AV DB PV IT", "", "S", "h")
T("Burglary at a massage parlour. Owner (British) and 2 staff (British and Polish) interviewed. Staff are employed, get payslips, hold keys. Burglary of takings. No MS concerns.",
  "", "", "", "l")
T("Vietnamese female (19) stopped by Border Force at Dover in the back of a lorry. Says family paid $30,000 and she must 'work in nails' in London to repay the rest. Has no documents, snakehead took them in France.",
  "DB RD", "dt uf", "L", "m")
T("Man who owns a lettings agency has been charging tenants £500 'admin fees' up front. Trading Standards case. No employment or exploitation involved.",
  "", "", "", "l")
T("My husband's family brought me from India. They say I am a bad daughter-in-law. I wake at 4 for the cooking. I cannot go to the doctor alone. My mother-in-law counts the rotis. They say if I leave my husband will divorce me and I will go back with shame and my visa will finish.",
  "EO RM IT AV", "lh rm", "D", "h")
T("GP letter: 17-year-old from Albania, was trafficked for sexual exploitation in Italy before arriving in UK, now in foster care, receiving therapy. Historic account only, currently safe.",
  "AV", "", "S", "h")
T("Hotel manager found a 'do not disturb' room with 4 women sleeping on one bed, no luggage, food delivered twice a day by a man who also took cash from them.",
  "WW AC", "oa fpe ncw", "S", "h")
T("Reg no. KX17 BVD seen dropping a young woman at an address known for sex work every evening at 8 and collecting at 4am. Woman appears tired, thin. Neighbour thinks she's 'a working girl but not on her own terms'.",
  "", "ced et pa", "S", "h")
T("Concern about my friend from uni who is a sugar baby, she dates older men for money but she's in control, she chooses who to see and keeps everything. I just worry about her.",
  "", "", "", "l")
T("Independent escort reports that a man has been texting her threats demanding she work for him and pay him 'protection'. She refused and has not paid. Harassment and attempted extortion recorded.",
  "IT", "", "", "m")
T("Safeguarding: 12-year-old boy living with his father's friend, who brought him from Sudan. Boy cleans the house and looks after the friend's toddler, has not attended school. Friend says he is 'paying his way'.",
  "AV", "", "D", "h")
T("My dad gives me £10 for hoovering and doing the dishes every Saturday. My friend said that's child labour lol. Is it?",
  "", "", "", "l")
T("Adult social care: woman, 60, with dementia lives with a lodger who does her housework and shopping. Lodger pays no rent, but there are no concerns about the woman being exploited for work. Care plan reviewed.",
  "", "", "", "l")
T("Young British woman with autism told her social worker that her boyfriend makes her have sex with his friends 'because it's what girlfriends do' and that she is not allowed out of his flat without him.",
  "AV PV RM", "rm", "S", "h")
T("Eritrean boy (16) found working in a car wash in Peterborough. Says the owner lets him sleep in the office and pays him £5 a day. He was told he'd be sent back to Libya if he complained.",
  "AV WW IT", "saw", "L", "h")
T("Intelligence from a cleaning firm worker: the 'manager' of a cleaning crew collects wages from all 12 cleaners on payday at the bank. Cleaners are Latvian, live in the manager's house. 2/C/P",
  "WW", "ncw", "L", "m")
T("Romanian man (29) working for a fruit farm says he doesn't like the accommodation but he's paid weekly into his account, can leave any time, and he has just booked a flight home for Christmas.",
  "", "", "", "l")
T("NFA: Report of girls held in a flat on Market St. Attended, flat occupied by three female nursing students. No sign of anyone being held against their will.",
  "", "", "", "l")
# ---- part 3 ----
T("Police were called to a fight between two sex workers over a shared flat's rent. Both independent, both British, neither alleges control by anyone. Public order offence, words of advice.",
  "", "", "", "l")
T("Victim statement (extract): The man who I thought was my boyfriend took me to Glasgow. There he said I must work or he will leave me. Then he said I must work or he will kill me. He hit me with a belt. I worked every night, 10 or 12 men.",
  "DE PV IT EO", "lh", "S", "h")
T("OFFICIAL-SENSITIVE. Op LANTERN update: 2 addresses in Newcastle, 7 females safeguarded, all Romanian, aged 19-28. All females report that phones were held by controllers and returned only to answer client calls. Passports recovered from the boot of nom's car. Two females report being raped by controller. 1/A/P",
  "IS RD PV", "iso dt", "S", "h")
T("i dont know if this is anything but theres a women upstairs from me who has loads of men coming, she has a little boy about 6, the boy is left on the landing when men come. shes nice and she says she does it for the rent.",
  "", "", "", "l")
T("Social worker: Mother (32) who sells sex from home to support her children. Concerns about neglect of the child; no third party control or coercion found. Child protection plan.",
  "", "", "", "l")
T("Intel: escort agency in Birmingham, owner (nom HUSSAIN) employs 5 women on self-employed basis. Women confirm they keep 60% and can leave. Agency possibly breaching planning. No exploitation intel. 2/B/P",
  "", "", "", "l")
T("'I was moving every week. Monday in Cardiff, next Monday in Swindon, next in Exeter. Always the same: the flat, the phone, the men. I did not know where I was. They said if I speak to police they will find my mother in Constanta.'",
  "IS IT", "iso", "S", "h")
T("Safeguarding referral from a college: female student (17) says her 'boyfriend' (26) shares her photos with friends and has sold her login to a website where men pay to watch her. She says he took her bank card 'to look after the money'.",
  "AV WW", "ncw", "S", "h")
T("OnlyFans creator (25) reports her content is being leaked online. She runs her own account and keeps her earnings. Malicious communications crime recorded.",
  "", "", "", "l")
T("Caller: my friend is in a flat in Wembley, she just sent me a voice note saying 'he's hitting me, he's locked the door, come now'. Address given. She came from Lithuania for a waitress job.",
  "PV RM", "rm", "", "i")
T("Debrief via interpreter: She says that the couple she worked for in Dubai brought her to London for the summer. She says that she was given one meal a day, the leftovers from the children, and that she slept on a mat in the kitchen. She says that she was never allowed to speak to other staff in the building.",
  "AC IS", "saw plc iso", "D", "m")
T("A Sudanese woman, 34, refused asylum, was taken in by a family who offered her a room. She looks after their four children and cleans, unpaid, in exchange for the room. They tell her if she leaves they will report her to immigration.",
  "AV WW IT", "foa", "D", "h")
T("Medical note: domestic worker (Filipina) brought in by employer with severe exhaustion and a fractured wrist. Employer says she fell. Patient too scared to speak with employer present, asked nurse for a piece of paper and wrote 'help me, no passport, no salary'.",
  "RD WW", "dt ncw pa foa", "D", "i")
T("Relative (Indian, 23) came from Punjab to live with uncle's family in Southall. She says she does the cooking, but she also works part time in a shop for her own wages, studies and has friends. She is happy. No concerns.",
  "", "", "", "l")
T("MARAC: Nigerian woman brought on spousal visa. Husband forces her to work as a cleaner for three other families and takes all the pay; also made her do all housework at home. He has her BRP. She says he rapes her.",
  "WW RD PV", "ncw dt", "L D", "h")
T("Diplomatic household, Holland Park: Two maids from Indonesia fled to a church. They say they were paid nothing for 2 years, the door and gate are locked and keys kept by the head of security, and they had to ask permission to use the toilet.",
  "WW RM AC", "rm", "D", "h")
T("Neighbour reports the nanny is 'made to stand outside in the rain with the buggy'. Council visit: nanny is a family friend, paid, says the mum is strict but it was a misunderstanding. No further concerns.",
  "", "", "", "l")
T("Man (Indian, 60) working as a cook in a family house in Wembley for 9 years, paid nothing, sleeps in the garage, family hold his passport 'in the bank'. He has had no day off in 9 years.",
  "WW AC RD EO", "plc dt lh", "D", "h")
T("Report: a woman from Vietnam is a 'housekeeper' for a couple who run a nail bar. In the day she works at the bar, at night she cooks and cleans the house. She has been told her wages pay off her 'uncle's' debt.",
  "DB WW EO", "lh ncw", "L D", "h")
T("Au pair, 20, from Brazil, says that her host family refuse to pay her the promised £100 a week, saying she 'gets food and a bed so that's the pay'. She works 60 hours, looks after 4 children. Her passport is in the family's safe.",
  "DE WW EO RD", "lh dt", "D", "h")
T("Au pair (Italian) complained that host family paid her a week late once. Issue resolved by agency, she remains with the family and is happy.",
  "", "", "", "l")
T("A 14 y/o girl is with a 30-year-old male in a car parked at the back of McDonald's in Oldham right now, he gave her vodka. Her friend just phoned me. Black Audi, reg ending 4JK.",
  "AV", "", "S", "i")
T("CSE: Child C (15) has been given a phone by a male called 'Mo' and is going to his uncle's flat where she has been photographed and 'passed around'. Child C says Mo told her he'd hurt her little sister if she told.",
  "AV PV IT", "", "S", "h")
T("A 17-year-old boy has been reported missing from his children's home 6 times. He has a new Gucci bag and £600 cash. He says he got it from 'working'. Police intel links him to a drugs line in Kent.",
  "AV", "", "C", "h")
T("Youth worker: girl, 16, says older lads give her weed and lifts, and asked her to hold a package. She refused. They haven't asked again. No further incidents. Monitoring.",
  "", "", "", "l")
T("Intel: line 'Benz' operating from address in Margate cuckooed off a vulnerable female with mental health issues. Female made to store drugs and cash, not allowed to leave flat, her phone taken. 2/B/P",
  "AV RM IS", "rm iso", "C", "h")
T("Two Vietnamese boys (15, 16) found in the loft of a cannabis grow in Wolverhampton. Both say they were told they owed £20,000 each and will be killed if they run. Loft door padlocked. 1/A/P",
  "AV DB IT RM", "rm", "C", "i")
T("Begging group (Roma, 8 adults) in Birmingham city centre: driven in each morning in a minibus, returned each evening. Adults say they must give money to 'the boss' who pays their rent. One woman has a disability and was told to sit with her leg exposed.",
  "WW AV", "et ced ncw", "C", "m")
T("Shop security: 3 women shoplifting, all Romanian, collected by the same car. Later, one told an officer 'if we don't bring £300 a day he beats us'.",
  "PV IT", "et", "C", "h")
T("Anon: they got lads working on the roofing who live in a caravan in the yard, they look rough, they dont speak, boss always does the talking",
  "", "pa sfw plc", "L", "m")
T("Labour provider inspection, Kent: workers charged £100 for 'job finding' and £10 per day transport. Workers receive payslips and are free to leave, but fees are unlawful. Licence revoked.",
  "", "uf ct", "", "l")
T("My boss at the factory takes my passport to 'copy' and he never gave it back, 6 months now. He said when I finish my contract. I want to go home, he says no.",
  "RD RM", "dt rm", "L", "m")
T("Mushroom farm: Lithuanian workers pay £60 per week each for beds in a 3-bed house with 14 people, deducted from wages by the gangmaster, along with £5 a day transport and £30 for boots. Workers say they cannot refuse the house.",
  "AC", "oa ct ppe ncw", "L", "m")
T("A man phoned to say he paid £5,000 to an agency in Nepal for a care job in the UK, but when he arrived the job did not exist. The agency is not answering calls. He has his passport and is staying with a friend.",
  "DE", "uf", "", "m")
T("Debrief: I work in a restaurant kitchen 14 hours every day. Owner give me room upstairs. He say my pay go to lawyer for my visa. Two years I get £50 per month. If I complain he say he will call Home Office.",
  "EO WW IT", "lh saw", "L", "h")
T("Online: there's a 'hand car wash' at the old petrol station on the A38, the boys look about 16 and they're wearing flip flops in winter, never see them paid, a van takes them at night",
  "AV", "et pa", "L", "h")
T("Fishing vessel, Kilkeel: Ghanaian crew member reports that the skipper punched him, that they are not allowed off the boat, and that wages are paid to an agent who gives them 'a little'.",
  "PV RM WW", "rm ncw", "L", "h")
T("Woman, 30s, Polish, works at a laundry and lives in the owner's house. Says she's free to go, is paid into her own account, and the boss is 'strict but fair'. She has a boyfriend in Luton she visits.",
  "", "", "", "l")
T("Organ trafficking: intel suggests a broker in Birmingham advertises on Facebook groups for 'kidney donors' aged 18-30, offering £10,000 plus flights to Egypt. Donors' passports taken on arrival at the clinic, and those who went were paid about £1,000 each after the surgery. 3/C/P",
  "RD DE WW", "dt", "O", "h")
T("Woman (Moldovan, 27) told an NGO she was persuaded to sell a kidney in Istanbul to pay off a debt to a loan shark in Chisinau. The loan shark arranged the trip and took the payment. She was flown back with a wound infection.",
  "AV DB WW", "ncw", "O", "h")
T("Renal unit note: man on dialysis says he 'found a donor' online in Pakistan, will pay the donor £15,000, and asks whether the NHS will do the operation. Explained legal position; HTA informed.",
  "", "", "O", "m")
T("Girl (16, Albanian) in foster care disclosed that her mother's partner used to bring men to their flat in Tirana and she had to have sex with them. She came to UK as an unaccompanied minor. Historic, she is safe now.",
  "AV PV", "", "S", "h")
T("101: woman reports her 19-year-old son has been working at a fast food restaurant for 70 hours a week. He is paid, says he wants the hours. She wants police to stop it. Advised it is an employment matter.",
  "", "", "", "l")
T("Escort agency receptionist calls to report that a client hurt one of the girls. Agency is small, run by a woman, escorts work independently. Client arrested for assault.",
  "", "", "", "l")
T("Witness: 'I work at the salon next to the massage place. Every morning a grey van drops off the same three girls at 9 and picks them up at midnight. One of them came in for a haircut and had no money - she said the boss gives her nothing.'",
  "WW", "ced et ncw", "S", "h")
T("Man who runs a sauna in Swansea pays his workers fairly, they have contracts and they come and go. A customer has complained about prices. No offences.",
  "", "", "", "l")
T("Handover: nominal CAMARA (Guinean, 17) found in a flat with 3 males, stated she was cooking and cleaning for them and 'sleeping with them when they want'. Males have been arrested. She is now with an emergency foster carer.",
  "AV PV", "", "D S", "h")
T("The old lady at no 7 has a Filipino carer who lives in. She's paid, has a day off and goes to mass, I see her in the cafe with friends on Sunday. I only report because my son said 'modern slavery'. Sorry if waste of time.",
  "", "", "", "l")
T("Safeguarding alert, A&E: male child (9) brought in with burns to hands from hot water, says he does washing up 'for auntie' every night. Father abroad, child living with 'auntie' who is not related.",
  "AV", "pa", "D", "h")
T("The employer told the gardener he was free to go whenever he liked and the gardener did leave, taking his passport and final pay. Ex-employer now alleges theft of a mower. Civil dispute.",
  "", "", "", "l")
T("Helpline call: Ugandan woman working as a maid for a family in Dubai, now in London with them. She says she is not allowed to have a phone, sleeps with the baby in the nursery, works through the night, and was told that 'in England, girls who run away are put in prison'.",
  "IS EO IT", "iso lh saw foa", "D", "h")
T("A caseworker from Hope for Justice: adult male (Polish, 48) rescued from a house in Kent where he cleaned, gardened and cared for the family's elderly mother for 6 years for cigarettes and beer. He was given a shed to sleep in.",
  "WW AC", "plc", "D", "m")
T("Social media post from a church group: 'Family in Stratford need a live-in cleaner, £12.50/hr, 2 days off, own room, references required.' Reported by a user as suspicious. Checked: genuine job advert via a registered agency.",
  "", "", "", "l")
T("Interview (translated from Romanian): The woman tells that her husband's brother took her to England saying there is work in a hotel. There was no hotel. He put her in a flat and brought men. When she cried he pulled her hair and kicked her. He took her ID card in the first week.",
  "DE PV RD", "dt", "S", "h")
T("Probation: female offender released from HMP says her ex-pimp has messaged to say she still owes him £2,000 and must 'come back to work' or her kids will be taken. She's in approved premises.",
  "DB IT", "", "S", "h")
T("3/D/P (source unknown, info not known to source directly). Rumour that girls are being 'kept' in the flats above the takeaway. Attended: no one found, flats used for storage.",
  "", "", "", "l")
T("Police receive a report of a 'domestic slave' at a house in Slough. Officers visit: a 70-year-old woman living with her daughter's family; she says she cooks because she loves to and has her own pension and bank account. NFA.",
  "", "", "", "l")
T("I am the HR manager of a hotel. Our housekeeping agency staff said their agency supervisor takes their bank cards when they are paid and gives them back cash 'after rent'. I saw five bank cards in his wallet.",
  "WW", "ncw mbc", "L", "m")
T("A Vietnamese man (30s) arrested at a nail bar in Sunderland, said he works for his aunt who pays him £300 a month and gives him a room. He can go out when he likes and has his passport. Immigration offence only.",
  "", "", "", "l")
T("Elderly farmer in Cumbria employs a local man with learning disabilities for 20 years, paying him in cash 'when he needs it'; man lives in an outhouse without heating and cannot say what he earns. Adult safeguarding joint visit booked.",
  "AV AC WW", "plc", "L", "h")
T("Woman (Romanian, 35) reported her employer at a bakery in Harlow for paying her £6 an hour. She lives with her husband, has her ID and has now started at another bakery. Referred to HMRC for NMW underpayment.",
  "", "", "", "l")
T("'He said I was beautiful and he would marry me. He brought me to Manchester. Then he said we need money for wedding and I must work with men for a few months. I said no. He locked me in the bathroom for two days without food. After that I did it.'",
  "DE RM PV", "rm", "S", "h")
T("Outreach note: woman, 40, Nigerian, lives with a pastor's family in Croydon, does housework and childcare for 'accommodation'. She says she has been told if she leaves, the juju she swore will kill her. She has not been paid in 5 years.",
  "IT WW", "", "D", "m")
T("Construction worker (Romanian) says he was not paid for the last two weeks after the firm went bust. He has his documents and is working elsewhere. Employment tribunal advised.",
  "", "", "", "l")
T("Woman called police saying her flatmate's boyfriend 'makes her work' on webcam all night and takes the money. Flatmate is 18 and has learning difficulties, rarely allowed out.",
  "AV WW RM", "rm", "S", "h")
T("A member of public reports a teenage boy selling sweets door to door late at night. Officers find he is 14, from a Romanian family, lives with parents, selling for a school trip. No concerns.",
  "", "", "", "l")
T("Nail bar worker (Vietnamese, 24) says she works 10-8, 6 days, gets £250 a week in cash, lives with her cousin. She has her passport and wants to improve her English. No indicators of exploitation.",
  "", "", "", "l")
T("Police note: Mr and Mrs S employ a housekeeper from Ethiopia who says she has been 'treated well'. She wanted to go home for a funeral and the employer booked her flight the same week. Paid, own phone. Monitor.",
  "", "", "", "l")
T("Witness: the maid next door was carrying heavy bags of rubbish at 2am and looked like she'd been crying, has bruises on her face and arms. She said madam 'punishes' her.",
  "PV", "pa", "D", "h")
T("Debrief: I was told I will work in a hotel in Scotland and they pay £1,200. They take me to a house. The woman say I must clean house, cook and look after the old father. I work 7 days. They give me no money, only say 'later, later'. After 8 months I ran.",
  "DE WW EO", "lh", "D", "h")
T("Anonymous: my boyfriend's mum brought her niece from Kerala to look after her 3 kids and the niece is only 16 and is not allowed to go to school or phone her parents",
  "AV IS", "iso", "D", "h")
T("Police intel: a woman in Watford advertises 'Thai massage' at her home, works alone and has done so for years. Neighbours complain about parking. No exploitation. 2/A/P",
  "", "", "", "l")
T("Au pair (Ukrainian, 20) with a family in Bristol: she says host mum is kind, pays £120 a week, she has weekends off and her own passport. She asked police for help finding her missing purse.",
  "", "", "", "l")
T("Bail hostel staff: male resident says he's being made to shoplift by a man in the hostel who says he owes him for tobacco and that he'll 'cut him' if he doesn't pay it back by stealing.",
  "DB IT", "", "C", "m")
T("Female, 22, from Vietnam, intercepted on Eurostar with forged Belgian passport, told Border Force she was going to work in nails in London. Her phone contained messages saying she will 'repay everything with her work'. NRM referral.",
  "DB", "", "", "m")
T("A man (27) was brought in by his sister. He said he met a woman on Tinder who told him about 'easy money' by lending his bank account. He did, got £200, and then withdrew. Police advice given.",
  "", "", "", "l")
T("Two Albanian girls (both 17) arrived at a London hotel with a man who paid cash for a week. Staff saw him take their phones. He returned with several men over the evening. One girl got a message to staff: 'we are not safe'. Officers attending now.",
  "AV IS", "iso", "S", "i")
T("Local authority: a Somali girl (14) reported by school for missing classes to care for her younger siblings. Mother is ill. Young carer, supported. Not exploitation.",
  "", "", "", "l")
T("The woman at the corner house who runs her own massage business said to me she pays tax and is registered. I was suspicious because men come late. Just ignore this if OK.",
  "", "", "", "l")
T("Housing officer: tenant (single mother, 27) allows friends to stay. Rumours of prostitution. Visit found no evidence of sex work or exploitation; overcrowding issue only.",
  "", "oa", "", "l")
T("Au pair (Czech, 21) says the host dad would have 'made her life hell' if she had complained, according to a friend, but in fact he never said anything like that to her. She is paid, has her passport, and is leaving at the end of her year as planned.",
  "", "", "", "l")
T("Caller reports a woman crying in a car outside the Holiday Inn with a man. Officers spoke to both: married couple, argument about money, no offences, no indication she was being controlled or made to do anything.",
  "", "", "", "l")
T("Sex worker (Hungarian, 34) reports a client refused to pay. She works from a flat she rents herself, advertises herself and holds her own passport and bank cards. Makes off without payment recorded.",
  "", "", "", "l")
T("Care worker on a sponsored visa complains she was paid for 30 hours when she worked 36 one month. Employer corrected it after she raised it with HR. She keeps her own wages and documents and is free to change job. Not exploitation.",
  "", "", "", "l")
T("School nurse: Year 10 girl is quiet and tired, looks after her two younger brothers after school while mum works nights at the hospital. Family supportive, no concerns of exploitation or abuse.",
  "", "", "", "l")
T("Crimestoppers: a house on Elm Grove has 'loads of foreign women living there'. Visit: a shared house of Filipino nurses from the local hospital, tenancy agreements in their own names. NFA.",
  "", "", "", "l")
T("Woman who came from Romania as a nanny says she was not allowed to leave, then clarified through the interpreter that she meant she could not afford to leave London because of the rent. Her employer pays her properly and she has her ID.",
  "", "", "", "l")
T("Kidney patient, 58, received a deceased-donor transplant at a London hospital last year and came in to report a stolen car. Mentioned his surgery only because of his medication in the car.",
  "", "", "", "l")
T("Restaurant owner fined for employing two students over their 20-hour visa limit in term time. Students paid in full into own accounts, hold own documents, say they asked for the extra hours. Civil penalty only.",
  "", "", "", "l")
T("A man complained that the massage shop in town is 'obviously a brothel'. Licensing officers visited twice: staff qualified, employed and paid, no sexual services offered, no one living on site. Complaint not substantiated.",
  "", "", "", "l")
# ---- part 4: one-liners and long texts ----
# one-liners
T("Girl about 14 getting in a taxi with two grown men outside KFC now, she looks off her face",
  "AV", "", "S", "i")
T("POI GASHI collects cash from 3 x flats daily, females never seen out alone. 2/C/P",
  "RM WW", "rm ncw", "S", "h")
T("Nanny next door has her own car and goes to the gym, concern withdrawn.",
  "", "", "", "l")
T("Maid says madam has her passport and she hasn't been paid since Eid.",
  "RD WW", "dt ncw", "D", "m")
T("Escort profile number linked to 14 ads in 8 cities this month, same photos, different names.",
  "", "", "S", "h")
T("she cleans for them for free and they lock her in when they go out",
  "WW RM", "rm", "D", "m")
T("Sex worker, independent, reported criminal damage to her car. No concerns.",
  "", "", "", "l")
T("IP states boyfriend takes all money from punters and slaps her if she's short.",
  "WW PV", "ncw", "S", "h")
T("Au pair paid and happy, host family doing everything right.",
  "", "", "", "l")
T("Vietnamese lad in nail bar says he owes his 'uncle' £18k for the journey.",
  "DB", "", "L", "m")
T("Women in the massage place sleep on the tables, the man takes their phones at night.",
  "IS", "saw iso", "S", "h")
T("Caller: brother's wife from Bangladesh not allowed to leave the house, does all the work.",
  "RM", "rm", "D", "m")
T("Lost passport reported by a Polish builder, found later in his van.",
  "", "", "", "l")
T("Boy, 15, found in cannabis grow, windows boarded, says the men will hurt his mum.",
  "AV IT AC", "", "C", "h")
T("GP: housekeeper attending alone, own phone, paid well, no safeguarding issues.",
  "", "", "", "l")
T("Man offered my friend a kidney deal, £8k, flights to Cairo, passport 'held for the clinic'.",
  "RD", "dt", "O", "m")
T("They said modelling in London. It was a flat in Slough and men every night.",
  "DE", "", "S", "h")
T("Neighbour dispute over bins at the brothel-rumoured flat, no evidence of sex work found.",
  "", "", "", "l")
T("Relative from Nigeria, 12, does all the housework, not at school.",
  "AV", "", "D", "h")
T("Women dropped at the spa at 6am and picked up after midnight by the same Vauxhall.",
  "", "ced et", "S", "h")
T("Cleaner quit over low pay, got her final wages, no issue.",
  "", "", "", "l")
T("Madam burns her with the iron when the shirts are wrong.",
  "PV", "", "D", "h")
T("He keeps all our bank cards in his wallet, we get £40 a week.",
  "WW", "ncw mbc", "", "m")
T("Student lost her BRP on a night out, reported for replacement.",
  "", "", "", "l")
T("Girls at the pop-up flat say the driver takes them everywhere and they can't go out alone.",
  "RM", "rm et", "S", "h")
# long texts
T("""Intelligence report. 2/B/C (handling: not to be shared outside MSU without DS approval).

Source reports that a male known as 'Gezim', believed to be Albanian national HOXHAJ Gezim (DOB 14/02/1991), is operating at least three short-let flats in Milton Keynes and Bedford, booked through a booking app using different names. Each flat houses two or three females aged around 18-25, believed Romanian and Albanian.

Source states the females are advertised on two adult websites under 'new in town' profiles. Gezim or a second male known as 'Beni' drives the females between flats every ten days. Females are not allowed to keep a phone; a 'work phone' is passed to them only when a client is arriving.

Source also states that one female, known as 'Ana', was hit with a belt after refusing a client, and that all money is collected by Beni at the end of each night. Source has not seen any passports at the flats.

Separately, source mentioned that Gezim's brother runs a legitimate barber shop in Luton; no intelligence to link the shop to offending.""",
  "IS PV WW", "iso et ncw", "S", "h")
T("""Salvation Army caseworker note — first meeting with client R (Filipina, 41).

R came to the UK in 2019 on an overseas domestic worker visa with her employers, a family from Kuwait who own a house in St John's Wood. She tells me she had been working for them for six years in Kuwait before that.

In London she was the only member of staff. She got up at 5.30 to make breakfast and was still ironing at midnight. She had no days off. She slept on a foam mattress in the utility room. Her salary of 150 dinar a month was, she says, 'kept by madam' and sent to her sister twice a year; she has never had a bank account in the UK.

Madam kept her passport and residence card in a drawer in her dressing room. R was only allowed out with the family's driver, to the supermarket. When she asked to phone her son, madam said calls were too expensive.

She left on 3rd March when the family went to the theatre and a neighbour's cleaner gave her the number of Kalayaan. She is currently in safe house accommodation. Consents to NRM.""",
  "EO WW RD RM IS AC", "lh saw ncw dt rm et iso plc", "D", "h")
T("""Safeguarding referral — school DSL to children's services.

Child: K, female, 15, Year 11. Concerns raised by form tutor and by a friend of K.

Over the last two months K's attendance has dropped to 60%. She has been seen being collected from the school gates by a white Audi driven by a man in his twenties; the friend says this is 'Zee', who K calls her boyfriend. K has a new iPhone and has been seen with large amounts of cash.

On Friday K told her friend that Zee had taken her to a flat in Bolton 'where his mates were', that she had been given vodka and 'didn't want to' but 'they did it anyway'. K said Zee told her she owed him for the phone and the nails and that if she told anyone he would send a video to everyone at school.

K's mother is supportive but works nights. K's older brother is known to police for unrelated matters. K is currently at school today and has said she is meeting Zee at 3.15.""",
  "AV PV DB IT", "", "S", "i")
T("""Call summary (999, 02:14).

Caller is a female, speaking limited English, later identified as a Hungarian national. She states she is in a flat 'near a big Tesco' and that she has been 'sold' to a man who brought her from Budapest. She states she has been made to have sex with men for three weeks and the man has her ID card. She states he is asleep in the next room and the door is locked with a key he keeps.

Call handler kept caller on the line; location obtained from cell site data and caller's description of a hotel visible from the window. Caller says there is one other woman in the flat who is 'very young, maybe 16'.

Units deployed. Female safeguarded at 02:41. Male arrested.""",
  "PV RD RM AV", "dt rm", "S", "i")
T("""Victim account (translated from Vietnamese, summary by interpreter).

She says that she is 23 and from Nghe An province. A woman from her village told her mother that there was good work in England in a nail salon, £1,500 a month, and that the journey would cost $25,000. Her family borrowed from relatives and from a moneylender.

She says she travelled through Russia and France for four months. In France she was kept in a house with other girls and a man took her passport 'for safety'. When she arrived in England she was taken to a house in Birmingham and told the debt was now £30,000 because of 'extra costs'.

She says that she worked in a nail salon in the day for no wages and at night a man brought other men to the house and she was made to have sex with them. She says when she cried the man said her mother would be visited in Vietnam. She did not know the name of the town. She was never allowed to go out alone.

She says she escaped when the salon was visited by immigration officers.""",
  "DE DB RD WW PV IT IS RM", "uf dt ncw iso rm", "L S", "h")
T("""Officer handover — late turn to nights.

1) Shoplifting at Boots, male detained by security, released with community resolution. No concerns.

2) Concern for welfare at 22 Cedar Close: neighbour reported a young woman crying in the garden. Attended — the woman is the family's Spanish au pair, upset after breaking up with her boyfriend. Seen alone, has her own phone and passport, paid weekly, says the family are lovely. No further action.

3) RTC on the bypass, damage only.

4) Noise complaint at a flat on Station Road, party dispersed.

Nothing outstanding for nights.""",
  "", "", "", "l")
T("""Local authority licensing inspection — massage and special treatment licence renewal, 'Golden Touch', High Street.

Premises visited by licensing officer and police licensing on 12 May at 11:00. Two practitioners on duty, both Chinese nationals with settled status, both holding recognised massage qualifications. Both stated they are paid an hourly wage by the owner through PAYE and produced payslips. They rent their own flat a short walk away, which they share with a friend.

No evidence of persons living on the premises: no bedding, no food preparation beyond a kettle. Treatment rooms have no locks. Price list and opening hours (10-8) displayed. Practitioners were spoken to separately and had no concerns; both said they can leave whenever they want and have worked there for over two years.

One minor breach: towels not stored in accordance with hygiene conditions. Licence renewed with advice.""",
  "", "", "", "l")
T("""Referral from A&E (consultant in emergency medicine) to hospital safeguarding team.

Female patient, stated age 19, stated nationality Romanian, brought in by ambulance at 04:30 from a hotel in the city centre with a head injury and bruising to both arms and upper thighs. She told the paramedic she 'fell in the shower'.

A man who said he was her cousin arrived twenty minutes later and asked to take her home. He answered questions put to her and became agitated when staff asked him to wait outside. He had her handbag, her phone and an ID card in her name.

When alone with a nurse, the patient cried and said she 'has to work in the hotel' and that the man 'takes everything'. She would not say more, except that 'he hits me when I say no', and asked whether the police would send her home. She has no GP and could not give an address.

Police informed. Patient currently on the ward; the man is in the waiting area.""",
  "PV RD IS WW", "pa sfw dt iso ncw foa", "S", "i")
T("""Press summary: couple jailed for keeping relative as servant

A married couple from Hounslow have been jailed for a total of eleven years after a court heard they brought a young relative from India and forced her to work as their unpaid servant for almost seven years.

The woman, who was 16 when she arrived, was told she would go to college in England. Instead she cooked, cleaned and looked after the couple's three children from early morning until late at night, the court heard. She slept on the floor of the children's bedroom and was not allowed to leave the house alone.

Her passport was kept in a locked cabinet. The couple told her that if she went to the police she would be arrested and deported, and that her parents in Punjab would be 'shamed'. She was occasionally given money to send home but was never paid a wage.

She escaped after confiding in a teaching assistant at the children's school. The couple were convicted of offences under the Modern Slavery Act 2015.""",
  "AV DE EO AC RM RD IT WW", "lh saw plc rm dt foa", "D", "h")
T("""GLAA inspection report — labour provider 'FreshStaff Ltd', food processing site, Spalding.

Inspection team met 18 workers (Bulgarian, Romanian, Lithuanian) supplied to a vegetable packhouse. All workers held contracts, were paid by bank transfer to accounts in their own names and were able to show their ID documents. No upfront fees were reported. Transport to site is offered free of charge and is optional; several workers drive themselves.

Accommodation: 11 workers live in houses rented by the provider. Two houses visited; rooms shared by two people, kitchens clean, gas and electrical certificates current. Rent is deducted from wages at rates below the accommodation offset.

Working time: 40-48 hours a week, with overtime voluntary. One worker complained that her holiday pay was calculated wrongly; the provider has agreed to recalculate.

Outcome: licence standards met. One recommendation regarding holiday pay calculations.""",
  "", "", "", "l")
T("""Debrief notes (police, with Albanian interpreter). IP: E, female, 20.

E says she met a man called 'Ardit' on Instagram when she was 18. He told her he loved her and would marry her, and paid for her to travel to Belgium and then to the UK in a lorry.

When they arrived in London he said the journey had cost £15,000 and that she must 'help him' by seeing men. At first she refused. She says he held her by the throat against a wall and said he would send photos of her to her father, who would kill her. After that she agreed.

E worked from flats in London, Reading and Slough. Ardit kept the money and gave her cigarettes and food. She had a phone only for clients. She was allowed to call her mother once a month with Ardit next to her.

E says she could have walked out of the flat but had nowhere to go and was afraid of him and of the police. She left when Ardit was arrested on a drugs warrant.""",
  "DE DB PV IT WW IS", "ncw iso foa", "S", "h")
T("""Crimestoppers online report (verbatim):

hi i dont want to give my name because they know me. theres a family on the estate (the big corner house with the gates, block paving) and they have had men living in the back garden in caravans for years. the men are english but not right in the head, one of them used to live on the streets in town. they work on the driveways and roofs every day even sundays in the rain no coats. they get no money i asked one and he said 'the boss looks after my money'. i seen the son kick one of them in the yard. theyre all skinny and dirty and they always ask for fags. the men cant go anywhere without one of the family. please do something theyve been there since i was a kid""",
  "AV EO WW PV RM AC", "lh ncw pa rm plc", "L", "h")
T("""Bank financial intelligence unit — suspicious activity summary.

Between January and April we identified 23 current accounts opened in branches in Leicester and Nottingham by young adults of Romanian nationality, most aged 18-22, all giving the same two residential addresses.

Each account receives weekly wages from one of two recruitment agencies supplying warehouse labour. Within hours of each payment, the full balance is withdrawn at the same ATM in Leicester, typically between 23:00 and 00:30, with several cards used one after another. CCTV (requested) shows one male making the withdrawals.

Mobile banking for 19 of the accounts is registered to the same three phone numbers. Two account holders phoned the bank saying they did not have their cards and did not know their PINs.

Assessed as possible labour exploitation with control of wages by a third party. Referred to police.""",
  "WW", "mbc ncw", "L", "m")
T("""Midwife safeguarding note — antenatal booking.

Woman attended booking appointment at 14 weeks with her husband and mother-in-law. She is 24, Pakistani national, arrived 18 months ago on a spouse visa. The mother-in-law answered most questions. I used the routine enquiry when alone with the woman in the scanning room.

She said she is 'the servant of the house': she cooks for eleven people, cleans and does all laundry by hand, up at 5 and in bed after midnight. She is not allowed out except to the GP with the mother-in-law. She has no phone and does not know the address of the house. Her passport and BRP are kept by her father-in-law. She said her husband beats her if the food is late and that he forces her to have sex.

She does not want police involvement today as she fears being sent back to Pakistan and 'bringing shame'. Referred to safeguarding team and IDVA; discussed with named midwife. Next appointment in 2 weeks — family will attend.""",
  "EO RM IS RD PV", "sfw lh rm iso dt foa", "D", "h")
T("""Witness statement (extract) — hotel receptionist.

I have worked at the hotel for three years on the night shift. On the night of 9 August, a man I now know as Mr LUCA checked in at around 22:30 with two young women. He paid cash for two nights for two rooms. He gave the women's names but they did not speak. Neither woman had a suitcase; one had a small plastic bag.

Between midnight and 5am I saw at least seven different men go up to the rooms. Each time, Mr LUCA came down to meet them in the lobby first. At around 3am one of the women came down to the lobby and asked me, in broken English, 'what is this town'. She seemed very frightened and kept looking at the lift. She asked me not to tell 'him' she had spoken to me.

I noticed bruising on her wrist. I phoned the police at 03:20 after she went back upstairs.""",
  "IS", "iso fpe sfw pa foa", "S", "i")
T("""Probation officer note — supervision appointment.

Service user (male, 34, heroin-dependent) attended sober. He reports that he is living in his own flat but that two men from London have been 'staying' for about a month and selling drugs from it. He says they gave him free drugs at first, then said he owed them £600.

He says they have taken his bank card, his phone and his front door key, and that he has to ask to go out. When he said he wanted them to leave, one of them showed him a knife and a video of someone being beaten and said 'that's what happens'.

He has asked not to be named to police because he fears what will happen to him. Discussed with line manager; information passed to police intelligence and adult safeguarding as a potential cuckooing and modern slavery concern. Duty to Notify considered.""",
  "AV DB IS RM IT", "ncw iso rm foa", "C", "h")
T("""Council tenancy audit note, Flat 3, Harbour House.

Routine audit visit. Tenant (Mrs A, 67, British) lives with her granddaughter (19) who moved in last year to help her after a stroke. Granddaughter does most cooking and shopping and helps her grandmother wash; she also works 20 hours a week at a café and is at college two days.

A neighbour had told the housing officer that the girl was 'kept like a maid' and 'never goes out'. Both were seen separately. Granddaughter says she chose to move in, receives Carer's Allowance in her own account and has her own friends; she goes out most weekends. She showed her college timetable.

No concerns of exploitation. Signposted granddaughter to young carers' support. Tenancy in order.""",
  "", "", "", "l")
T("""NGO outreach report — sex work outreach van, Thursday night.

Spoke to 14 women across three areas. Most are known to the service and work independently; several asked for condoms and sexual health appointments. One woman reported a violent client ('ugly mug' alert circulated).

New contact: woman, early 20s, Romanian, with very little English. A car was parked nearby with a man watching throughout and she kept looking towards him. She said through a colleague who speaks Romanian that she has been in the UK two weeks, 'my boyfriend brings me', and that she gives him the money 'for our house'. She did not know which town she was in. She did not take our card but accepted a leaflet in Romanian.

Passed to police liaison as possible trafficking concern. Car: grey Seat Leon, partial VRM 'BF6'.""",
  "WW IS", "ncw iso", "S", "h")
T("""Border Force note — Gatwick North, arrivals.

Female, 17, Nigerian national, arrived on a flight from Lagos travelling on a genuine passport with a visit visa sponsored by a 'family friend' in Dartford. On questioning she said she had come to 'help auntie with her children' and that auntie had promised to pay for her schooling. She had never met auntie. She had £20 and a phone with no UK numbers.

The sponsor, waiting landside, when contacted said the girl would 'do housework in return for her keep'. The sponsor had previously sponsored two other girls from the same town, neither of whom left the UK.

Child referred to local authority children's services under safeguarding procedures; NRM referral made as possible domestic servitude.""",
  "AV DE", "fpe", "D", "h")
T("""Victim statement (first person, taken in English).

I came to England to be a nanny for a family in Hampstead. The agency in Manila said I would get £1,200 every month, one day off every week and my own room. I paid the agency 90,000 pesos.

When I arrived, my employer took my passport and said it was for the bank. I looked after the baby day and night. The baby slept in my room so I was never off. I also cleaned the house, washed the cars and cooked for their parties. I never had a day off in eleven months.

My employer paid £200 into an account in my name but she kept the card. She said she was saving for me. When I asked for my money she shouted at me that I was ungrateful and that she knew people in immigration.

I was only allowed to go to the park with the baby. I ran away on a Sunday when the family were at a wedding.""",
  "DE RD EO WW IT RM", "uf dt lh ncw rm foa saw", "D", "h")
T("""Analyst note — adult service website review, week 32.

Reviewed 240 adverts in the force area. The large majority appear to be independent workers: own phone numbers consistent over years, own reviews, text written in fluent English, touring on their own schedule.

Flagged: 6 adverts using one mobile number, posted in Derby, Nottingham and Leicester in rotation, with photographs taken in the same room. Text in broken English, 'new girl just arrived, 19 years, all services, available 24h'. Test purchase call answered by a male who negotiated prices and said he would 'bring her'.

Flagged adverts passed to intelligence. No action on the remaining adverts.""",
  "", "sfw et", "S", "h")
T("""GP consultation note (locum).

32 y/o male, Romanian, registered last week. Attended with foreman from his employer (a construction company) who translated. Presented with hand injury from a power tool sustained two days ago, treated in A&E.

Asked to see patient alone with telephone interpreter. Patient says he works for a small builder, is paid weekly into his own bank account, lives with his brother and cousin in a rented flat, and has his ID card. He says the foreman came because he has a car and speaks English, and that the employer gives him sick pay. He has no concerns and is keen to return to work.

Plan: dressing, review in 1 week, fit note for 2 weeks. No safeguarding concerns identified.""",
  "", "", "", "l")
T("""Prison note — CARAT worker, HMP women's estate.

Prisoner (Slovak, 28), remanded for possession with intent to supply. During assessment she said that she came to the UK aged 19 with her then partner, who told her there was factory work. Instead he put her to work in a flat in Sheffield selling sex, and later made her carry drugs to other cities. She says he took all the money and beat her with a phone charger cable if she came back with less than he wanted.

She says she was arrested while carrying drugs for him and that she 'had no choice'. Her solicitor is unaware. She has asked for help.

Referred to the prison's modern slavery single point of contact; s45 defence to be raised with her solicitor. NRM referral completed with her consent.""",
  "DE WW PV", "ncw", "S C", "h")

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "bench/text/fresh29.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for i, d in enumerate(D, 1):
            rec = {"id": "f29-%03d" % i, "text": d["text"], "indicators": d["indicators"],
                   "signs": d["signs"], "exploitation": d["exploitation"], "risk": d["risk"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(D), "texts written to", out)
    # validation: valid JSON, known codes only, unique ids; counts per code
    import collections
    seen, cnt = set(), collections.Counter()
    for ln in open(out, encoding="utf-8"):
        r = json.loads(ln)
        assert r["id"] not in seen; seen.add(r["id"])
        assert set(r["indicators"]) <= set(IND.values()) and set(r["signs"]) <= set(SIG.values())
        assert set(r["exploitation"]) <= set(TYP.values()) and r["risk"] in RISK.values()
        for k in ("indicators", "signs", "exploitation"):
            cnt.update(r[k])
        cnt["risk:" + r["risk"]] += 1
        cnt["no_exploitation"] += not r["indicators"] and not r["exploitation"]
    for k, v in sorted(cnt.items(), key=lambda x: -x[1]):
        print("%5d  %s" % (v, k))
