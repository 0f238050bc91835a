#!/usr/bin/env python3
"""Hand-written blind set fresh113 (emphasis: abuse of vulnerability, close pairs).
Each entry: (text, indicators, signs, types, risk_override). Codes are short aliases
expanded below; risk is derived from the labelling rules unless overridden."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", swp="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

T = []
def t(text, ind="", sig="", typ="", risk=None):
    T.append((text, ind, sig, typ, risk))

# ---------------------------------------------------------------- part 1
t("2/B/P INT suggests NGUYEN Van Tuan (DOB 14/03/2009) being used by adult males to tend a cannabis grow at a terraced address in Hull. Nom reportedly told he must stay until the crop is cut to pay off the journey from Vietnam. Windows blacked out, locked from outside.",
  "AV DB RM", "rmv", "C", "i")
t("Vietnamese male aged approx 15 placed in foster care in Hull following arrival via lorry. Attending school, has contact with social worker, key held by carers only at night per standard placement. No indication of contact with traffickers.")
t("Caseworker note: S (Romanian, 34, moderate learning disability) lives with her brother's family and attends a day centre three times a week. Her PIP goes into a joint account her sister-in-law manages under an appointeeship registered with DWP. S says she likes going to the shops with her niece. No concerns raised.")
t("Caseworker note: M (Romanian, 31, learning disability) brought to UK by a 'cousin' who found him cleaning work at a car wash in Luton. He cannot count money and the cousin collects his wages every Friday 'to keep them safe'. M gets cigarettes and food. He does not know the address where he sleeps.",
  "AV WW IS", "ncw iso", "L")
t("Heard a lad crying in the back of the car wash on Tudor rd he looked about 14 the man shouted at him in another language and he went back to scrubbing wheels. its half 9 at night",
  "AV", "lh", "L", "h")
t("Referral from drug and alcohol service: client (British, 42, heroin dependent) reports a man called 'Deano' has been staying at her flat for three weeks with two younger lads. They sell from her kitchen and pay her in gear. She says she can't get them to leave and Deano told her he would burn the flat out if she rang anyone.",
  "AV IT", "", "C")
t("Referral from drug and alcohol service: client (British, 45, on methadone script) stable for 18 months, volunteering at the food bank. Landlord issue re damp resolved. Lives alone with a dog, good family contact.")
t("IP is a 19 y/o female, homeless since leaving care. Approached outside the YMCA by a male offering a room. Was then told she had to 'be nice' to his friends to cover rent. Says she has been made to have sex with up to 5 men a night and he keeps what they pay.",
  "AV DE PV WW", "", "S")
t("Young woman, 20, care leaver, placed in supported accommodation by the leaving care team. Has a key worker, part-time job at a bakery, and manages her own money with some budgeting help. Missed one appointment last month; followed up, all fine.")
t("Midwife booking note 28/10: G2P1, 22 weeks, Nigerian, speaks limited English, attended with a man who answered all questions and would not leave the room. Patient says she works 'in the house' for a family and has not been paid since she arrived. Man holding her passport and appointment letter.",
  "AV RD WW", "sfw dt", "D", "h")
t("Midwife booking note: 30 wk, first pregnancy, Polish, attended with husband who interpreted as she is still learning English. Seen alone for routine enquiry – disclosed no DA, no concerns. Has own bank account and works at a bakery. Plan: offer interpreter next visit.")
t("Eritrean asylum seeker, 24, housed by the Home Office contractor in a shared house in Stockton. Receives his ASPEN card allowance, attends ESOL classes at the college. Says the house is cold and he is bored waiting for his interview but nobody is making him work.")
t("Eritrean man, 26, awaiting asylum decision. Met a countryman at the mosque who offered cash work at a recycling yard. Says he sorts rubbish 12 hours, 6 days a week, no gloves, for £15 a day, and was told if he complains they will tell the Home Office he is working illegally and he will be sent back.",
  "AV IT EO AC", "lh foa", "L")
t("101 call: caller reports elderly neighbour has had a new 'carer' move in who the caller thinks is taking his pension. Neighbour still goes to the club on Thursdays and says the woman is his girlfriend. Advice given, passed to ASC.",
  "", "ncw", "")
t("3/C/P Unconfirmed INT that a male known as 'SKINNY' is recruiting children from the PRU in Stevenage to run drugs to Kings Lynn. Children being given phones and told they owe £800 after a staged robbery of their package.",
  "AV DB", "", "C", "h")
t("School safeguarding referral: Year 10 pupil (15) has new trainers, two phones and is missing periods 4-5 regularly. Mum reports he's been coming home at 2am. Pupil told DSL an older boy 'looks after him' and he has to 'do runs' to pay back a debt for a phone that got nicked.",
  "AV DB", "", "C", "h")
t("School safeguarding referral: Year 9 pupil (14) has been late for school several times. Mum works nights and the pupil looks after younger siblings in the mornings. Family engaging with early help, no indication of exploitation or adults of concern.")
t("Debrief (via interpreter, Albanian): She says a boy from her village who said he loved her brought her to London in 2022. She says when they arrived he told her she owed him for the trip and she must work in flats with men. She says he beat her when she cried and that he sent photos to her father's phone of her to shame her if she tried to leave.",
  "DE DB PV IT", "", "S")
t("Debrief (via interpreter, Albanian): He says he came to the UK in a small boat, paid for by his uncle before departure. He works at a barber shop with a contract and lives with his cousin. He says nobody forces him and the uncle has been paid back in full already.")
t("GLAA inspection, packhouse, Boston: agency workers (Bulgarian, Lithuanian) interviewed. Payslips checked, holiday pay accrued, accommodation not supplied by the agency. Two workers complained about shift allocation being reduced in January; this is seasonal. No forced labour indicators. Licence compliant.")
t("GLAA inspection, packhouse, Spalding: 11 Romanian workers housed by the gangmaster in one 3-bed house, mattresses in the lounge. £60/week rent and £10 for the minibus taken from wages before pay. Several say they paid £300 in Romania for the 'job placement'. All bank cards held by the team leader 'so nothing gets lost'.",
  "AC WW", "oc plc ct uf ncw", "L")
t("Bank alert: 14 debit cards in different names used at the same ATM in Luton within 40 minutes. Accounts opened in the last 2 months, all paying out to one account. Wages from a food factory arrive each Friday and are withdrawn in full the same day.",
  "WW", "mbc ncw", "L")
t("Bank alert: customer (Chinese national, student visa) deposited £9,000 in cash over two weeks. Stated this was tuition fee money from parents sent via friends. Documents provided, university enrolment confirmed. No third-party control indicators.")
t("he keeps our passport in his car and if we want to go out we ask him. we sleep in the office of the nail shop. he said the first year we work for free because he pay the lawyer for our visa",
  "RD RM WW DB", "dt rmv swp", "L")
t("Nail bar on the high street, staff are Vietnamese, asked the girl doing my nails where she lived and she said near by with her sister. Owner friendly, price list on wall, card machine. Just felt nosy sorry for reporting nothing really")
t("Handover: IP (Slovak, 52, alcohol dependent) found sleeping in a garage at the back of the farm. States the farmer gives him cider and £10 now and then for picking. Hasn't seen his ID card since he arrived, farmer 'has it in the house'. Bruising on forearms – says he fell. Safeguarding plan: NRM discussed, consented.",
  "AV WW RD AC", "pa dt plc swp", "L", "h")
t("Handover: Slovak male, 48, attended custody re drink-drive. Works for a local farmer on PAYE, lives in a rented caravan with his wife. Has passport and driving licence. Nothing to indicate exploitation; released under investigation.")
t("Public report: THERES A WOMAN IN NO 42 WHO NEVER GOES OUT THE FAMILY HAS HER CLEANING FROM 6 IN THE MORNING I SEE HER THROUGH THE WINDOW AT MIDNIGHT STILL IRONING. SHE DONT SPEAK ENGLISH. SHE WAVED ONCE AND THE WIFE PULLED HER AWAY FROM THE WINDOW",
  "AV EO RM", "lh rmv", "D")
t("our au pair is from spain she has the weekends off and does her english course tuesdays. pays 100 a week plus room. she goes out with friends a lot, is this normal arrangement? just want to check we are doing it right")
t("Indian national (F, 29) on a domestic worker visa with a diplomat's household in Kensington. Disclosed to Kalayaan she works from 5am until the family sleeps, has one meal a day from leftovers, sleeps on the kitchen floor, and has never been paid; the employer says salary goes to her husband in Kerala. Passport held by employer.",
  "EO AC WW RD", "lh swp plc dt", "D")
t("Filipino domestic worker (F, 38) in a private household in Knightsbridge. Own room, contract, 2 days off, paid monthly into her own account. Came to Kalayaan for advice on visa renewal only.")
t("999: female caller whispering, says she is locked in a bedroom in a flat above a shop on Cheetham Hill Rd, the man has taken her phone but she found an old one. Says he hits her and she has to see men. Line went dead.",
  "RM IS PV", "rmv iso", "S", "i")
t("999: female caller reports she has locked herself in her bedroom after an argument with her flatmate, who is drunk and banging on the door. No injuries. Units attended, flatmate left to stay with a friend. No further concerns.")
t("Prison intel 1/A/C (not for onward disclosure without OIC approval): prisoner HUSSAIN boasting on wing that his 'girls' are still working while he's inside, his brother collecting money off them. Girls described as 'fresh from Romania, no English, can't go anywhere without our lads'.",
  "AV RM WW", "rmv et", "S")
t("Man with a kidney transplant attends follow-up clinic at Guy's. Transplant performed in 2019 with his sister as living donor via the NHS. Both well, donor reviewed annually.")
t("Renal clinic note: patient (Pakistani national, 40s) presented with nephrectomy scar. States he was told in Lahore he would get a job in Dubai and woke up in a clinic with a kidney removed. Was given 50,000 rupees. Now in UK on visit visa, low mood.",
  "DE PV", "pa", "O")
t("Girl aged 13 in children's home in Rochdale; staff note she got into a taxi with an older male at 23:40. She told staff next day he is her 'boyfriend', 24, and he gave her vodka and a phone. She came back with bruising on her wrists and wouldn't say what happened.",
  "AV PV", "pa", "S", "h")
t("Girl aged 13 in a children's home in Rochdale. Went to the cinema with two other residents and a staff member, back by 21:00. Uses her phone for TikTok under supervision. No missing episodes in six months.")
t("Construction site, Croydon: police attended after report of a fall. Worker (Romanian, 37) fell from scaffold without harness. Employer holds CSCS cards, PAYE records and has a safety plan; HSE informed. Worker has own accommodation. Accident, no trafficking indicators.")
t("Construction site, Ilford: worker (Romanian, 36) injured falling from a ladder, no harness. Colleague says the boss brought 10 of them from Iasi promising £90 a day but they get £30 after 'house and travel' are taken off, sleep in a container on site, and the boss drives them everywhere. Injured man begged A&E not to call police.",
  "DE WW AC", "swp et foa plc", "L")
t("OFFICIAL-SENSITIVE. POI: KOWALSKI Marek (DOB 02/11/1978). INT suggests he recruits homeless Polish men from the soup kitchen in Peterborough, offers work on a building site and then keeps their bank cards. Men paid £50/wk in cash, rest withdrawn from their accounts. 2/B/P.",
  "AV DE WW", "mbc ncw", "L")
t("Soup kitchen volunteer: Polish man, 50, homeless, comes most nights. A local charity has helped him apply for settled status and he started at a warehouse through a reputable agency, weekly pay into his own account. He's hoping to rent a room next month.")
t("She told me she came from Nigeria to be a nanny for her aunt. She has not been to school. She does all the cooking and cleaning for 6 people, gets hit with a belt if the food is late. She is 16.",
  "AV DE PV", "", "D", "h")
t("Nigerian girl, 16, lives with her aunt in Peckham under a private fostering arrangement notified to the council. Attends sixth form college, helps with washing up like her cousins. Social worker visits quarterly, no concerns.")
t("Public online report: i think my ex is pimping out his new gf she has learning difficultys and he posts her on adultwork says she likes it but she cant even read. he takes all the money",
  "AV WW", "ncw", "S")
t("Supported living review: J (27, learning disability) has a boyfriend she met online. Staff had concerns but he visits during the day, she is happy, there is no money being asked for and she attends her sessions. Capacity assessment done for relationship; plan to review monthly.")
t("INT 2/C/P: ALBANIAN male known as 'BESI' running a hand car wash on Leeds Rd, Bradford. Workers reportedly sleep in the back room, work 8am-8pm seven days, and are paid £20 a day. Source states Besi 'paid their way over' and they cannot leave until it is cleared.",
  "EO DB WW AC", "swp lh", "L")
t("Hand car wash, Bradford – joint visit with HMRC and council. Eight staff, all with right to work, paid NMW by bank transfer, hours logged on a tablet, breaks taken. Manager provided contracts. Advice given on chemical storage. No concerns.")
t("Witness statement: I saw three young men in the back of a white transit LX19 ??? being dropped at the chicken factory at 4.45am. I have seen the same van collect them at 10pm. They never seem to have any bags or coats even in winter.",
  "", "cedl fpe et", "")
t("Debrief (first person, translated): I am from Sudan. In Libya they took me and said my family must pay. My mother sold her land. When I came to Calais the man said I still owe 3000 euro and in England I work in his friend car wash to pay. Every week they say the money is more because of food.",
  "DB", "", "L")
t("Sudanese man, 22, in Home Office hotel accommodation in Wakefield. Says he feels lonely and wants to work but knows he cannot until he has permission. Referred to a befriending scheme. No exploitation concerns raised.")
t("Social worker: Ms K (British, 71, early dementia) has had her nephew move in. Neighbour saw builders' bills she had paid of £14k for work not done. Financial abuse concern, referred to police fraud team. No work is being extracted from Ms K.")
t("Adult safeguarding: Mr P (British, 58, learning disability, lives alone) has had two men move into his flat. They use it to bag up drugs, have taken his bank card and tell him he'll go to prison too if he calls the police. He was found by the housing officer sleeping on the balcony.",
  "AV IT", "ncw", "C", "h")
t("Probation note: service user (20) disclosed he was 'made to sell' by an older cousin from age 15, moved to Swansea and kept in a flat for weeks at a time. Now living with mum, engaging with the Youth Offending Team. Previous exploitation, historical.",
  "AV RM", "rmv", "C")
t("Border Force, Heathrow T4: female (Filipino, 24) on arrival, holding a letter saying she is attending a hotel training course. Could not name the hotel. Male waiting in arrivals with her passport copy and her return ticket. She said she had paid 'agency fees' of $3,000 borrowed from a lender at home.",
  "DE DB", "uf", "L")
t("Border Force, Gatwick: Filipino female, 26, travelling to start nursing job with an NHS trust. Has CoS, offer letter, trust confirmed by phone, recruitment paid by the trust. Landed.")
t("Ex-boyfriend of my sister keeps her phone and tells her who she can speak to, she isnt allowed to see us. he hit her last week. they just live together hes not making her work or anything shes on universal credit",
  "IS PV", "iso", "")
t("A Chinese woman at the massage place on Station Rd opens at 10am and closes 2am. She sleeps on the massage table, I saw the bedding. A man brings her food and locks the shutter when he leaves. Men coming and going at all hours.",
  "EO RM AC", "lh swp rmv", "S")
t("Massage parlour, Station Rd – licensing visit. Therapists hold qualifications, self-employed with own accounts, work rota displayed, no one sleeping on site. Closed at 8pm. No sexual services observed. Licence renewed.")
t("Romanian women begging outside Tesco in Slough. Security guard says a man in a silver BMW drops them off at 7 every morning and collects at 9pm, takes the cups of coins from them. One of them has a leg brace and cries when she sees him.",
  "WW", "cedl et ncw", "C")
t("Romanian man sells the Big Issue outside the station, has his vendor badge, lives in a hostel, buys his own magazines. Often chats to commuters. Staff at the Big Issue office know him well.")
t("CSE concern: 14 y/o girl has been picked up after school by different cars, receives gifts, has a 'sugar daddy' who got her a nail appointment and then said she owes him. Girl disclosed she was taken to a hotel and made to have sex with his friend.",
  "AV DB PV", "", "S", "h")
t("Report via app: my neighbour downstairs is a vulnerable man (autism) and since summer there's been loads of young lads in and out, he doesn't look well, thinner and scared. his door was kicked in last week and now hes got a new lock they have the key to",
  "AV RM", "pa rmv", "C", "h")
t("Report via app: my neighbour downstairs has autism and lots of his carers come and go, different cars all day. Just wondering if thats normal? Council confirmed: commissioned care package, 4 visits a day. No concerns.")
t("Cannabis factory raided, Stoke. One male arrested in situ, Vietnamese, says he is 17. Found with no shoes, living in the loft space among the plants, a mattress and a rice cooker. Says he cannot go outside and the 'uncle' brings food every four days.",
  "AV RM AC IS", "rmv plc swp fpe iso", "C", "i")
t("Cannabis factory found in a rented house in Stoke; no one present. Electricity bypassed. Landlord says the tenant paid 12 months up front. Enquiries ongoing into tenant. No persons found on site.", "", "", "C")
t("Sham marriage concern: registrar notes Portuguese bride (21, care leaver in Portugal) barely knew the groom's name, spoke no English. Man with them paid the fees and held her ID card throughout. She said through the interpreter she was promised a job in a hotel and 'some paperwork'.",
  "AV DE RD", "dt sfw", "C")
t("Registrar note: bride and groom (Portuguese/Pakistani) attended, both fluent English, known each other 3 years, photos and joint lease produced. Genuine marriage assessed.")
t("Forced marriage unit contacted: British girl, 17, taken to Pakistan by parents in summer, passport taken by father, told she will marry her cousin. Phone confiscated. Friend raised alarm via school.",
  "AV RD IS RM", "dt iso rmv", "", "i")
t("Fishing vessel, Newlyn: Ghanaian deckhand (34) on transit visa told the crew agency promised £1,000 a month; actually paid $300 into an account in Accra controlled by the agent. Works 20-hour days at sea, not allowed ashore when docked, skipper holds seaman's book.",
  "DE WW EO RM RD", "ncw lh rmv dt", "L")
t("Fishing vessel, Brixham: crew of six, two Filipino deckhands on proper contracts, time ashore in port, paid into own accounts, passports in their cabins. Routine MCA inspection, no issues.")
t("Takeaway in Rhyl: Chinese male cook (60s) living in the storeroom above the kitchen, works noon till 2am, no days off. Owner 'pays his rent'. He has no visa and told the officer he is afraid of being sent home; says the owner reminds him of that.",
  "AV EO AC", "swp lh foa", "L")
t("Chinese takeaway owner in Rhyl reported a burglary; two staff living upstairs in a proper flat, working set shifts, both with BRP cards. Crime report taken for burglary only.")
t("Debrief: I was 16 when I left Tirana. They told my mum I would work in a restaurant. In London they put me in a house with plants. The man said he knows where my mum lives and sends my photos to her so she knows I am 'working'.",
  "AV DE IT", "", "C", "h")
t("Local authority housing officer: Mr D, 35, recently homeless, housed in a B&B. Has depression, gets his own benefits, GP linked. He says a man at the bus station offered him work on a farm but he declined. Advice given re safe work.")
t("Mr D (35, homeless, depression) accepted a farm job offered by a man at the bus station. Now found in a caravan with no water in Lincolnshire with four others. They are driven to fields at 5am, back at 9pm, and told they owe £400 for the caravan. The man keeps their bank cards.",
  "AV DB WW AC EO", "cedl et plc lh ncw oc", "L")
t("Care home, Norfolk: CQC flagged that night staff (Indian nationals on health and care visas) are working 80-hour weeks and paying back £8,000 'sponsorship fees' out of wages. Manager says they will lose their visas if they leave. Staff living 6 to a house owned by the director.",
  "DB EO IT AC", "lh uf oc", "L")
t("Care home, Norfolk: Indian nurses on health and care visas, sponsor paid all fees, 37.5 hour contracts, some choose overtime. Own rented accommodation. Inspection rating Good.")
t("Warehouse, Daventry: agency staff mostly Eastern European; one worker (Latvian, 44) complained to ACAS that holiday pay was miscalculated. Agency corrected after query. He is free to change agency and keeps his own card.")
t("Warehouse via agency, Corby: the agency 'boss' Tomasz picks 15 Latvians up in a van at 4:30, charges each £15 a day for the lift, and pays wages into accounts he opened for them. Workers get cash 'allowance' of £50 on Saturdays.",
  "WW", "cedl ct ncw et", "L")
t("Man came to food bank with hands cracked and bleeding from chemicals. Works at car wash, says the boss doesnt give gloves and takes £5 a day for the ones he sells them. He is Kurdish, hardly any English, and kept looking at the door.",
  "AC", "pa ppe foa", "L")
t("Albanian man (23) arrested for cultivation. Duty solicitor raises s45: client says he owed €15,000 to the people who drove him across Europe; told he would work off the debt gardening. Found locked in the property with the garden plants. Phone removed.",
  "DB DE RM IS", "rmv iso", "C")
t("Albanian man (25) arrested for cultivation at a house he rents in his own name. Admits to growing for profit; messages show him selling to local dealers and booking holidays. No s45 defence raised, no indication of control.", "", "", "")
t("Pop-up brothel, Airbnb in Bristol: three Romanian women found, one with a black eye. Adverts on a website posted from the same IP. Ad text 'new girls, this week only'. Women had no luggage apart from a make-up bag, and a male driver waited outside in a car.",
  "PV", "pa fpe et", "S", "h")
t("Woman posting on adult site in Bristol independently; works from her own flat, sets her own prices, no third party involved. Came to police attention as a victim of a robbery by a client. Sex work, no exploitation.")
t("Neighbours complaint: noise from flat 3, parties every night. Loud music until 3. Tenants are students. Council noise team to visit. Nothing else to report.")
t("Salvation Army intake: Ms T (Vietnamese, 23) says the nail bar owner 'looks after' her since her parents died; she has nowhere else. She works 10-hour days, sleeps at his house, and gets £50 a month. He says she must stay because she has no papers and the police will put her in prison.",
  "AV WW EO IT", "lh foa ncw", "L")
t("Vietnamese woman, 23, orphan, came as a student, now has refugee status. Works in a nail bar with a contract, rents a room with friends, volunteers at a temple on Sundays. Attending for an interview about her brother.")
t("Officer attended address in Leicester re concern for welfare: 9 Indian men sleeping in a 2-bed house, mattresses against walls. Landlord is their employer at a garment factory. Men say they have their passports and get paid weekly but deductions for rent are £80/week each.",
  "AC", "oc plc", "L")
t("Garment factory, Leicester: workers paid £3.50/hr in cash, which is below minimum wage. They go home daily and have their documents; HMRC taking enforcement action for NMW breach. No other indicators.")
t("1/A/P Source states female (Thai, 30s) being held at flat 17 Brunswick Court, forced to have sex with clients 24/7, cannot leave. Male 'Lek' holds her passport and says she owes him £25k for the visa. Source saw her crying at the window tonight.",
  "PV RM RD DB EO", "dt rmv lh", "S", "i")
t("Thai woman (30s) known to the Beyond the Streets outreach team. Says she works independently, lives with her partner, and has her passport. Would like help with English classes.")
t("Bus driver reports a lad about 12 regularly travels alone from Birmingham to Shrewsbury late at night on school days, always with a new phone and cash. Today he was crying and said 'they'll kill me if I lose it'.",
  "AV IT", "", "C", "h")
t("Train guard reports a 12 year old travelling alone to Shrewsbury. Checked: going to his grandma's, mum put him on the train and grandma met him at the station. No concerns.")
t("Online report: the polish guys at the farm down our lane are out in the fields in all weather at 5 in the morning and still out at 10pm. the farmer says they are happy, they live in caravans with heaters and go to town on sundays. farmer's alright really. just seemed long hrs",
  "EO", "lh", "L")
t("Slovak Roma family (parents and 3 children) living in a crowded flat in Sheffield. Father works at a sandwich factory via agency, paid into own account. Children attend school. Overcrowding referred to housing. No exploitation.")
t("Slovak Roma woman, 30, brought over by a man who arranged her flight. He registered her for Universal Credit and child benefit, holds the bank card and gives her £30 a week. Says he will take the children if she goes to the council.",
  "AV IT", "ncw", "C")
t("A&E: male, 30s, East African, presents with untreated arm fracture approx 2 weeks old. Brought by a man who said he was his 'boss' and answered for him. Patient appeared frightened, thin, wearing sliders in November. When alone said 'he don't let me go'.",
  "RM", "pa sfw rmv", "", "i")
t("A&E: male, 30s, fractured arm from a football game. Brought by his manager from work who drove him as he couldn't drive. Manager left; patient happy, gave own history. Discharged.")
t("Caseworker: Mrs A (Pakistani, 26) came on a spousal visa. Since arrival her in-laws have her cooking and cleaning for 9 people from 5am, she is not allowed out without her mother-in-law and was told she will be sent back in shame if she complains. She has not seen her passport since the airport.",
  "AV EO RM IT RD", "lh rmv dt", "D", "h")
t("Mrs B (Pakistani, 27) on spousal visa, lives with husband and in-laws in Bradford. Attends ESOL, drives, has a part-time job at a pharmacy. Came in to ask about indefinite leave. No concerns.")


# ---------------------------------------------------------------- part 2
t("Bogdan says: 'I have sugar illness, need insulin. The boss says he buy my insulin only if I work. If I am sick he say no medicine.' Works in a bakery in Luton, lives in the boss's loft.",
  "AV IT", "", "L")
t("Bogdan (Romanian, diabetic) is registered with a GP in Luton, gets his insulin on prescription and works day shifts at a bakery. Attended surgery for a routine HbA1c check.")
t("Intel log 2/B/C (do not disclose to employer): female POLISH national BEATA, 60, recently widowed, taken in by a 'church friend' couple in Swindon after her husband died. Now cleans their house and two holiday lets daily, unpaid, told she should be grateful they let her stay. Not allowed to use the house phone.",
  "AV WW IS", "iso", "D")
t("Widow, 60, Polish, moved in with her church friends in Swindon after bereavement. Helps with cooking as everyone does; receives her own widow's pension, goes to choir, visits her daughter in Gdansk at Easter. Friend of hers rang because she seemed low; GP referred for bereavement counselling.")
t("Salvation Army intake note: client (Eritrean, 19) says the man who 'helped' her at the hostel in Calais arranged for her to stay with his friend in Birmingham. She found she had to sleep with the friend and his visitors 'to pay back the favour'. She has nobody else in the UK and doesn't know the name of the street.",
  "AV PV DB IS", "iso", "S")
t("Hostel worker: 'she is pregnant and was told by the man she works for at the laundrette that if she goes to hospital they will take her baby and deport her. She has not seen a midwife. She's about 7 months.'",
  "AV IT", "foa", "L", "h")
t("Pregnant woman (Ghanaian, 7 months, asylum seeker) placed in mother and baby accommodation by the Home Office. Attending antenatal, NHS maternity care is free for her. Midwife notes she is well supported by a local church.")
t("Pay dispute: Lithuanian driver says his haulage firm paid him late in October and owes him two days' overtime. He has his own bank account, lives in his own flat, and has already found another job. Referred to ACAS.")
t("Worker at a pizza place says his pay is low, £9 an hour, less than the minimum. He's British, lives with his parents, free to quit. Referred to HMRC minimum wage team.")
t("caller says her boyfriend's boss at the scaffolding firm hasn't paid him for the last job, about £600, and wont answer calls. boyfriend has other work now. not sure if police matter. advised civil matter / ACAS.")
t("Indian chef (45) on a skilled worker visa. Restaurant owner in Southall has not paid him for 7 months, saying it will come 'when business improves'. He sleeps in the restaurant's basement. Owner says if he leaves the sponsorship ends and he will be deported.",
  "AV WW IT AC", "swp foa", "L")
t("Indian chef (44) on a skilled worker visa at a Southall restaurant; paid monthly on payslips, lives with his family in Hayes, 45 hour week. Visited by Home Office sponsor compliance; all in order.")
t("Debrief: 'I cannot read or write. The man made me sign paper in English. After he said I agree to pay £5,000 for the job and the room. Each month he says I owe more because I broke a pallet.' (Indian, 33, worked at a fruit packing plant in Kent.)",
  "AV DE DB", "", "L")
t("Fruit packing plant, Kent: GLAA visit after tip-off about piece rates. Pay found above NMW, housing on site in good caravans, workers' passports in their own possession, welfare officer on site. Tip-off unfounded.")
t("County lines: 16 y/o with ADHD, excluded from school, recruited by an older male 'T' via Snapchat. T pays him in weed, has him holding drugs in his body ('plugging') on trips to Bournemouth, and sent a video of a lad being stabbed saying 'that's what happens'.",
  "AV IT", "", "C", "h")
t("16 y/o with ADHD has a new part-time job at a garden centre, arranged through his college. Works Saturdays, paid into his own account. Mum happy with it. Review by YOT closed.")
t("Cuckooing – Redcar. Housing officer: tenant Mrs S (67, COPD, lives alone) says 'lovely lads' from Leeds are staying while they 'sort out work'. Four mattresses in the front room, scales on the table. She hasn't been out for a week because they told her to stay in.",
  "AV RM", "rmv", "C", "h")
t("Mrs S, 67, COPD, lives alone in Redcar. Grandsons visit on weekends and do her shopping. Neighbour rang about unfamiliar cars; these are the grandsons'. Welfare check done, no concerns.")
t("Victim account (written by her, English second language): I came for study, the agent take my money and my passport for 'visa processing'. Then they say the college is closed and I must work in a massage shop. I sleep there. Every customer I must do what they want. I am 20 and nobody know I am here.",
  "DE RD PV IS", "dt swp iso uf", "S")
t("International student (Chinese, 20) reported her passport lost on the bus. Crime reference issued, embassy contacted for replacement. She lives in university halls.")
t("A&E: young man, Vietnamese, approx 17, chemical burns to hands and face consistent with cannabis nutrient handling. Presented with an adult 'uncle' who insisted on taking him home. Boy gave no address. Social services and police notified; 'uncle' left when police arrived.",
  "AV IS", "pa sfw iso", "C", "h")
t("Press summary: Three men were jailed at Leeds Crown Court for trafficking vulnerable British men to work laying block paving. The victims, some of them homeless and with alcohol problems, were given cider, slept in a stable and were beaten with a spade if they slowed down. They were never paid.",
  "AV AC PV WW", "plc", "L")
t("Press summary: A Yorkshire paving firm was fined £40,000 after a worker lost two fingers in a cement mixer. The HSE said the machine lacked a guard. The worker, a local man, was on a permanent contract.")
t("Domestic worker (Ugandan, 35) in Surrey household. Employer holds passport 'for safe keeping'. She works 7am–11pm with no day off, sleeps in the children's room, and was told her salary is sent to her village 'each month' – her family say nothing arrives.",
  "RD EO WW AC", "dt lh", "D")
t("Ugandan nanny in Surrey, employed via a registered agency, sends money home herself each month from her own account, has Sundays and Wednesday afternoons off. Contacted police about a scam call.")
t("2/C/P INT: Roma family in Derby using two boys (aged 10 and 12) to shoplift from Boots and Superdrug. Boys not enrolled at school. Adult male waits outside in VRM KX15 ***.",
  "AV", "et", "C", "h")
t("Two boys (10 and 12) caught shoplifting sweets in Derby. Mum collected them, both enrolled at the local primary. Youth restorative disposal. No adult involvement found.")
t("Online report from a woman in Wolverhampton: 'my cousin is deaf and can't speak much, a family friend got her a job in his cafe, she does the washing up all day till 11 at night, he says he pays her into a post office account but she has never had the card. she sleeps in the back. i dont know what to do.'",
  "AV WW EO", "ncw lh swp", "L")
t("Deaf woman, 29, works in a cafe in Wolverhampton through the Access to Work scheme. BSL interpreter provided for meetings. Paid via payroll into her own account. Enjoying it.")
t("He's showing the lads a video on his phone of a man getting beaten in a warehouse, saying the one who talked to the council. After that nobody talked to the inspectors. — statement of a Moldovan worker at a meat plant in Cheshire.",
  "IT", "", "L")
t("Meat plant, Cheshire: council EHO found a worker had a hand injury from a bandsaw. He received first aid, RIDDOR reported. Workers interviewed freely, nobody said they were threatened or unpaid. Routine enforcement.")
t("Police log 22:14: Officers at Elm Rd found 6 Vietnamese nationals in a 1-bed flat above a nail bar. One female aged approx 15. All say they work downstairs. Male 'Anh' speaks for all of them and claims he is the brother of all six. No documents found on any of them.",
  "AV AC", "oc sfw", "L", "i")
t("Tip-off: a man in a flash car picks up a girl of about 15 from the chip shop every Friday. She gets in the back and they drive off. Checked by PCSO: it's her dad, who has weekend contact with her per the family court order.")
t("Report: man in a flash car picks up a girl of about 15 from outside the children's home at 11pm. She came back at 4am smelling of alcohol with a new phone, and said he's her boyfriend and his mates are 'her friends now'. She has a mild learning disability.",
  "AV", "", "S", "h")
t("Debrief (Chinese, via interpreter): She says she was told she would work as a waitress in London for £2,000 a month. She says she was driven to different flats every week and had to serve men. She says the 'auntie' collected all the money and told her it went to repay the snakehead.",
  "DE WW DB", "et ncw", "S")
t("Chinese woman, 40s, works in a supermarket in Chinatown, rents a room from her employer at a fair rent, has her BRP. Victim of a romance scam (lost £4,000 online). Fraud report filed.")
t("OFFICIAL-SENSITIVE. Handover from nights: IP (Afghan, 15, UASC) went missing from the hotel in Kent. Located in a car wash in Margate at 07:30. Says a man from the hotel offered work and a phone, the owner gave him a bed in the back room. IP now in police protection.",
  "AV", "swp", "L", "h")
t("UASC (Afghan, 16) placed with foster carers in Kent. Attends college, plays cricket. Has a Saturday job in a car wash run by a family friend of the carers, 4 hours, paid £40 cash, carer collects him. Social worker happy.")
t("I work in the big farm in Herefordshire. The boss take our papers for 'checking' and never give back. When my friend asked, he push him against the wall and says he will call immigration. We are six in a caravan for four.",
  "RD PV IT AC", "dt oc foa", "L")
t("Farm, Herefordshire – Seasonal Worker scheme. Workers hold their own passports, caravans certificated, welfare officer visits weekly. Some workers complained about the amount of rain. Nothing further.")
t("Benefit fraud: DWP noticed 23 UC claims with the same landlord address in Walsall. Claimants are Czech Roma men who say a 'helper' opened the claims for them and keeps their cards; they get £20 each on a Monday. Most cannot read English. The helper also places them in a packing factory.",
  "AV WW", "ncw mbc", "C L")
t("DWP review: 6 UC claims at the same address in Walsall. It is a house in multiple occupation with six separate tenancies. Claimants manage their own accounts. No organised fraud.")
t("Referral from a youth worker: girl (17, Nigeria) came to visit 'an uncle' in Croydon. Uncle took her passport, now she minds his 4 children and cleans for the whole family; she says she was promised school. She's sleeping on the sofa and he calls her 'the help'.",
  "AV DE RD", "dt", "D", "h")
t("Girl, 17, Nigerian, staying with her uncle in Croydon on a visit visa for the summer holidays. Return ticket booked, has her passport, went to Thorpe Park with her cousins. School abroad starts in September.")
t("I was on the street in Manchester with my dog. A man said he had a job on a fishing boat in Scotland. When we got to Peterhead I found I owed him for the travel, for the food, for the bunk. Eight months I worked and never saw any money. He kept my dog at his house so I'd come back.",
  "AV DE DB WW", "", "L")
t("Homeless man, 40, in Manchester, got work on a trawler in Peterhead through a Job Centre scheme. Now in his own flat. Local paper did a feel-good story.")
t("Financial intelligence: one account receiving salary from 4 different care agencies for 4 different workers (Zimbabwean names). Funds moved out same day to an account held by the agency director. Workers' phones registered to the director.",
  "WW", "ncw", "L")
t("Care worker (Zimbabwean, 38) on health and care visa complained to her MP that her agency gives her too few shifts. She is paid for what she works, into her own bank. Home Office sponsor review requested.")
t("Probation: service user (British, 23, mild learning disability, on licence) says an old mate has been getting him to collect parcels from a post office and take them to a house. Gives him £10 and some food. Mate says if he doesn't he'll tell probation he's been using.",
  "AV IT", "", "C")
t("Statement: I am a neighbour. The family at no 9 have an older lady who lives with them, the grandmother I think. She does sit in the garden and the kids bring her tea. I thought she was a servant at first because she doesnt speak English but she's just the gran.")
t("Statement: I am a neighbour. The family at no 11 have a young woman who lives in the shed in the garden. She hangs the washing, walks the children to school and I've never seen her go anywhere on her own. Once she asked me in broken English to call her mother but the husband came out.",
  "IS RM AC", "iso rmv plc", "D")
t("Organ trade INT 2/C/P: WhatsApp group run from Birmingham offers £7,000 to young Pakistani men in the UK on visit visas to travel to a clinic in Istanbul to 'donate' a kidney. Recruiter tells them it is legal and they will recover in a week.",
  "DE", "", "O")
t("Man (Nigerian, 29) trafficked to the UK told he would be a kidney donor for a rich businessman's family and paid £10,000; when he learned it was not his relative and he had been listed as the man's cousin, he refused. Hospital ethics committee raised it with police.",
  "DE", "", "O")
t("Transplant coordinator note: living donation between two brothers from Lagos, DNA and relationship checked, independent assessor satisfied, no payment. Proceeding.")
t("I was homeless in Bucharest. A lady said I can go to England to earn £1,500 a month at a car wash. In England they took my ID card for 'registration'. We work 7 days, 9 to 9, sleep upstairs. Each week they say rent and food is £100 and I owe still for the bus. I did not get money in 4 months.",
  "AV DE RD EO DB WW", "dt lh swp", "L")
t("Romanian man, 33, came to the UK on his own bus ticket to work at a car wash his friend recommended. Contract, payslips, works 45 hrs. Lives in a shared flat. Reported a hit-and-run.")
t("Safeguarding referral (school nurse): Year 8 girl (12) said her older 'boyfriend' (19) makes her send pictures and she has to meet his friends. She cried when I mentioned telling mum and said he'd post the pictures if she does.",
  "AV IT", "", "S", "h")
t("School nurse: Year 8 girl (12) upset because her friend group fell out on Snapchat. Discussed online safety, she's fine to tell mum. No adults involved.")
t("GLAA: licensing breach – gangmaster supplying cleaners to a hotel chain without a licence. Workers interviewed, all paid correctly, own accommodation, no indicators of exploitation. Warning letter issued.")
t("Job board advert flagged: 'earn £800/wk in UK warehouse, travel + visa arranged, fee £1,200 paid in advance'. Advertiser in Kyiv. No known victims yet.",
  "", "uf", "")
t("Debrief: I paid the agent in Kathmandu 4 lakh for my job in a UK farm, I borrowed from my uncle with land as guarantee. In UK I work only 3 weeks then they say no more work. I did not get the hours they promised. The farm boss paid what I worked. Now I am sending money home is not enough for the debt.",
  "DE", "uf", "L")
t("Hotel chambermaid (Latvian, 25) through an agency. Agency takes £200 deposit from first wage for uniform and then £3 per shift for the bus to the hotel. Staff get their own wages otherwise, normal hours.",
  "", "ppe ct", "")
t("Man approached officers in Middlesbrough saying 'please help me, they keep me in a house, I sell for them'. Portuguese, 30s, heroin user. Says the men give him gear and keep him at a flat in Grangetown; he can't go out alone. Taken to JCU.",
  "AV RM", "rmv", "C")
t("Heroin user, 30s, Portuguese, arrested for possession with intent in Middlesbrough; admits he deals to fund his own habit, works on his own. No third party control.",
  "", "", "")
t("Local authority referral: family of 5 from Syria resettled via VPRS. Father has PTSD, children at school, mother learning English. Support worker visits weekly. A neighbour asked if the family were 'being used' because they have many visitors; they are relatives from Coventry.")
t("Syrian refugee, 24, PTSD, approached by a man at the mosque offering a job in a Leicester garment unit. Once there he was made to work 14-hour days, told he owed £2,000 for the 'introduction', and the man said the Home Office would cancel his refugee status if he spoke to anyone.",
  "AV DB EO IT", "lh", "L")
t("INT 3/C/C (not to be disclosed to the subject): unknown female in red jacket seen delivering takeaway food at night to a flat in Walsall where 'girls are kept'. Source heard screaming. Not corroborated.",
  "", "", "S")
t("Call 101 – caller worried about a group of Slovak men in a van outside the Co-op at 5am every day. Police checked: they are employees of a civil engineering firm starting early, paid properly, own homes. No further action.")
t("Victim account: They told me I am stupid and nobody will believe me because I was in psychiatric hospital. I cleaned their B&B 7 days, no pay, only food. They said if I leave I will end back on the ward. (British woman, 38, bipolar disorder, recruited at a day centre.)",
  "AV WW EO IT", "", "L")
t("British woman, 38, bipolar, works as a cleaner at a B&B in Scarborough. Paid NMW, 20 hours, her support worker helped her find the job and checks in. She says she enjoys it.")
t("Nail bar, Stockport: Trading Standards visit. Two Vietnamese girls, one says she is 16. Owner says she is 'niece on holiday'. Girl has no phone and didn't know which town she was in. Girl left with social services.",
  "AV IS", "iso", "L", "i")
t("Mother-in-law of the victim keeps all the family's documents including the victim's passport and BRP in a locked drawer. Victim, Bangladeshi, 21, cooks and cleans for 8, not allowed to leave without a family member, beaten with a rolling pin when she burned food.",
  "RD RM PV", "dt rmv", "D")
t("Bangladeshi woman, 21, married, says her mother-in-law keeps the family passports in a drawer; she has her own key and uses her passport when she wants. Works part-time as a teaching assistant. Came in for a housing query.")
t("Neighbour: there's a man sleeping in a van in the pub car park. Barman says he is a Polish chef who just split from his partner; the landlord is letting him park there and giving him shifts. He gets paid. Not slavery I don't think just sad")
t("Welfare check on man sleeping in a van at a pub car park: he's a Polish chef, has no English, says the landlord found him homeless and lets him sleep in the van in exchange for cooking 14-hour shifts. Gets no wages: 'he says my food and the van is my pay'.",
  "AV WW EO AC", "lh swp plc", "L")
t("Modelling agency scam: a 17 y/o from Manchester answered an Instagram advert for 'promo modelling'. At the 'shoot' in a hotel she was given drinks and filmed; the men later said she owed £1,500 for the hotel and photos and had to 'meet clients' to pay it.",
  "AV DE DB", "", "S", "h")
t("17 y/o from Manchester signed with a licensed modelling agency; mother present at shoots, contract checked by a solicitor. She queried why she hadn't been paid yet for a job; agency pays 60 days after invoice. Not a police matter.")
t("VRM FH67 *** stopped on the M62, 9 men in a 7 seat van, driver said they are labourers going to a site in Hull. Men had no ID and no luggage, none knew the site address. Driver had 9 bank cards in the glovebox.",
  "", "et fpe mbc", "")
t("1/B/P: POI MIRZA (Pakistani, 50s) operates a B&B in Blackpool. Residents placed by the council. INT suggests he uses vulnerable male residents to deliver cannabis locally and threatens to evict them onto the street if they refuse.",
  "AV IT", "", "C")
t("Care home in Blackpool: CQC inspection. Residents well cared for, staff mostly Filipino and Indian, rotas fair, staff housing provided at market rent, all optional. Good rating.")
t("Migrant Help call note: Sudanese man (28) in Home Office accommodation wanted advice because a man in the park offered him cash-in-hand work. He did not accept and asked if he would get in trouble. Advised he cannot work yet; signposted to volunteering.")
t("Debrief: a man told me I can work while I wait for my asylum. I pick potatoes 5 in the morning to 7 at night. He takes £20 from each day for the car. After 2 weeks he stopped paying us and said if we tell anyone he will tell the Home Office we worked and we lose our case.",
  "AV EO WW IT", "lh ct cedl foa", "L")
t("Victim (Polish, 55, alcoholic) recruited outside an off-licence in Leicester by a family who run a paving business. Kept in a shed in their yard with a bucket for a toilet. Fed scraps, given cheap vodka, hit when drunk. Never paid in 6 years.",
  "AV AC PV WW", "plc", "L")
t("Polish man, 55, in recovery from alcohol use, lives in supported housing, volunteers with a paving charity project. Support worker notes progress.")
t("Albanian female, 22, rescued from a brothel in Newcastle, told the trafficker she wanted to go home; he said her brother in Shkodër 'would have an accident'. She has a photo on her phone he sent of her brother's house.",
  "IT", "", "S")
t("Albanian female, 22, on a student visa in Newcastle. Her brother in Shkodër had a car accident and she wants compassionate leave from her course. No crime.")
t("Crimestoppers: a restaurant in Birmingham has a Bangladeshi kitchen porter who hardly speaks English and always has bandages on his hands; he sleeps in the restaurant and is never allowed to go out with the other staff. The owner calls him 'my boy'.",
  "AV RM", "pa swp rmv", "L")
t("Public report: theres a girl in the flat opposite, looks about 14, different men go in every night, she was crying on the balcony. an older woman comes and takes the money. PLEASE DO SOMETHING",
  "AV WW", "ncw", "S", "i")
t("Teen girl (15) seen on a balcony crying; PCSO visited, she'd had a row with her mum about her phone. Mum works nights at a hospital. No concerns.")
t("GP note: patient (Vietnamese, 24) with a persistent cough; works at a nail bar. Registered with own address, attends with friend who interprets. Says she is tired from long days but goes home each night and is paid. Advised on ventilation.")
t("Handover: Female (Romanian, 19) with learning disability found wandering on the A1 at 3am. Told officers she was driven from London by 'friends' to 'clean houses' in Stevenage, but the men made her have sex with them in a lay-by. Doesn't know where she's staying. Phone taken by them.",
  "AV DE PV IS", "iso", "S", "h")
t("Female (Romanian, 19) found wandering on the A1 at 3am after a car broke down; her sister arrived to collect her. Learning disability, lives with her parents in Enfield. No crime disclosed.")
t("Kalayaan: Saudi household visiting London for the summer; Indonesian domestic worker (40) told caseworker she works from 6am to 2am looking after the children, has had no day off in 3 years, salary 'is paid in Riyadh' into an account her employer set up. She does not know where the house in London is.",
  "EO WW IS", "lh ncw iso", "D")
t("Indonesian domestic worker accompanying a Saudi family for the summer; has a signed contract, own phone, paid monthly into her account, free Sundays to meet friends in Hyde Park. Came to a Kalayaan English class.")
t("Police log: man (Chinese, 50s) found in the shed of a takeaway in Grimsby. Has been there 2 years. Works all hours, says he owes the owner £30,000 for his passage. Owner has the door key to the shed. Thin and unwashed.",
  "DB EO RM AC", "lh rmv swp pa plc", "L", "i")

# ---------------------------------------------------------------- part 3
t("Lad no more than 14 selling wraps by the park bench every night, older guys in an audi watch him from the car park.",
  "AV", "", "C", "i")
t("Kid selling sweets door to door for his school's charity fundraiser, teacher waiting at the end of the road.")
t("Young Vietnamese woman at the nail bar has a bruise on her cheek and the boss won't let her talk to customers.",
  "RM", "pa rmv", "L")
t("Passports of all 12 pickers kept in the farm office safe; they ask for them and are told 'later'.",
  "RD", "dt", "L")
t("Passports of pickers kept in the farm office safe at their own request, signed in and out on a log, returned on demand — GLAA satisfied.")
t("He pays our wages to his sister's account and gives us £20 every Sunday.",
  "WW", "ncw", "L")
t("She paid the recruiter £2,500 in Manila for the care job and the job doesn't exist.",
  "DE", "uf", "")
t("Organ INT: Eritrean men in a Sheffield house being told by a 'doctor' that the smuggler's debt can be cleared if they give a kidney at a clinic abroad.",
  "AV DB", "", "O")
t("Debrief (Sudanese, 30, via interpreter): He says in Egypt the smugglers kept him in a flat for two months and then took him to a hospital, put him to sleep, and when he woke he had a cut on his side. They told him his 'payment' for the crossing was complete. He has a long scar and pain. He came to the UK in 2023.",
  "AV DE PV RM", "pa rmv", "O", "h")
t("Surgeon's note: patient (British, 52) returned from Pakistan after a commercially purchased kidney transplant; paid $30,000. Donor unknown. Reported to the Human Tissue Authority as per policy.",
  "", "", "O")
t("Man (Moldovan, 27) told his debt to the gang in Chisinau would be 'forgiven' if he went to a clinic in Turkey for 'tests'. Refused and fled to the UK. Says the gang told his mother he'd be found.",
  "DB IT", "", "O")
t("GP: patient (Iranian, 34) has a nephrectomy scar; says he donated to his brother in Tehran in 2015, documents from the hospital seen, no payment, brother still alive. No concerns.")
t("Police log 03:50: call from a 24hr garage, a young woman came in barefoot asking for help in Romanian. Through Language Line she said she climbed out of a window at a house on Ashby Rd where she and two other girls are kept by a man named Florin who takes them to hotels. The other two are still in the house.",
  "RM", "rmv", "S", "i")
t("Police log 03:50: call from a 24hr garage, a young woman came in barefoot, had been at a party and lost her shoes and phone. Friend collected her by taxi. No offences.")
t("Witness: I drive the bin lorry. Every Tuesday at 5.30 there's a lad at the recycling yard on Foundry Lane, sleeping among the bales under a tarp. The yard owner shouts at him to get sorting before the men arrive. He has no coat. Once I gave him a sandwich and he wolfed it like he hadn't eaten for days.",
  "AC", "swp plc pa fpe", "L")
t("Recycling yard, Foundry Lane – Environment Agency visit about permits. Workers in hi-vis with gloves provided free, on payroll, 8-hour shifts. Permit breach only.")
t("Au pair (Colombian, 22) contacted the helpline: host family in Guildford took her passport on arrival 'to register her', she minds three children and cleans from 7am to 10pm, and her 'pocket money' of £70 a week has not been paid for two months. She is not allowed to have friends over or go out in the evenings.",
  "RD EO WW RM", "dt lh rmv", "D")
t("Au pair (Colombian, 22) in Guildford asked the helpline if her host family can ask her to babysit on a Saturday. She has her passport, is paid £100 weekly, free evenings. Advised on au pair norms.")
t("Victim (Slovakian, 17) brought to Derby 'to marry' a man she met once. His family made her cook and clean for them, and he raped her. His mother keeps her ID card. She has no money and is watched by his sisters whenever she is outside.",
  "AV PV RD RM", "dt rmv", "D", "h")
t("Debrief, first person (typed by caseworker): In Vietnam I borrow money to come. The man in England say I am lucky, I work in a house with lamps to grow plants. The windows have wood on them. Every week they bring rice and noodles. I can not go out because the door is locked and I do not know where I am. I am there five months.",
  "DB RM IS AC", "rmv iso plc", "C")
t("Vietnamese man (30s) who came via small boat says he paid the smugglers in full before leaving Vietnam. He now lives in asylum accommodation in Liverpool and awaits his interview. Wants English lessons.")
t("Council licensing: HMO in Peterborough with 22 occupants in 5 rooms. Landlord is also the manager of the sausage factory where they all work. Rent taken direct from wages. One room has no window. Workers say they are driven to work in the landlord's minibus and charged £5 each way.",
  "AC WW", "oc plc ct et", "L")
t("Council licensing: HMO in Peterborough, 6 occupants in 6 rooms, tenants work at various local employers and pay rent by standing order. Licence conditions met apart from a missing fire blanket.")
t("OFFICIAL-SENSITIVE 2/A/P: Source states that MUKA (Albanian, 30s) runs three cannabis grows in Kent using Albanian boys aged 16-17 who came by small boat and owe him for the crossing. Boys moved between grows every few weeks and not allowed phones. Source has seen one boy with a burned hand from a heater.",
  "AV DB IS PV", "iso pa", "C", "h")
t("Albanian boys (16, 17) in local authority care in Kent, enrolled at college. One went missing for a night and was found at a friend's house in Maidstone. Return interview done: no exploitation disclosed, no associations of concern.")
t("I'm writing for my friend. She came to be a cleaner for a family in Dubai who then brought her to London. She says she has no phone, the madam took it, she has not spoken to her children in a year. She is only allowed out to put the bins out.",
  "IS RM", "iso rmv", "D")
t("Bank FCU: elderly customer's account used as a mule. Customer (British, 80s, dementia) has had £40,000 pass through in a month. Grandson's friend has his bank card and PIN. Referred to safeguarding and police.",
  "AV", "ncw", "C")
t("Money mule: student (19) approached on Instagram, 'earn £500 quick'. Let a stranger use his account; £8k came in and out. Says he did it for the money; no coercion, no threats. Bank closed account, police advice.")
t("Money mule: student (19, international, Nigerian) says a man at church told him he must let his account be used to pay back the man who arranged his visa, or his family in Lagos would be 'visited'. Man holds the student's card and phone banking login.",
  "DB IT", "ncw", "C")
t("Witness statement (extract): 'I was working beside her on the line at the chicken factory. She never had lunch with us. A man waited for her at the gate at every break. She told me once in the toilets she owed him £6,000 and that he has her passport. Her hands shook when she said it.'",
  "DB RD RM", "dt rmv", "L")
t("Factory worker, chicken processing, Telford. Co-worker reported her because she 'never talks to anyone'. Interviewed alone with an interpreter: she is shy, has her own flat and money, her husband gives her a lift. No concerns.")
t("Hungarian man (41) in hospital after a stroke; 'employer' came in and tried to take him out against medical advice. Patient says he lived in the boss's garage for 3 years laying tarmac, paid 'sometimes £20'. Boss has his ID card. Ward staff alerted security.",
  "AC WW RD", "swp plc dt", "L", "i")
t("Hungarian man (41) in hospital after a stroke; his employer visited with flowers and his partner. He works for a tarmac company on contract. Discharge planning with family.")
t("Police handover note: Ms O (Nigerian, 35) told officers she was brought as a 'housekeeper' for a pastor in Romford. She performs all chores and childcare from 5am, has been told she has a 'spirit' and if she disobeys juju will kill her family. Has not been paid in 4 years. Wants to leave but is terrified.",
  "IT WW EO DE", "lh", "D")
t("Kids keep knocking on the door selling dishcloths, they say theyre from a charity for ex offenders. there's a man in a van at the end of the road collecting the money off them, they look about 17 and exhausted.",
  "WW", "et ncw pa", "C")
t("Man with a clipboard selling dishcloths door to door, had a pedlar's licence and company ID. Caller asked police to check. Legitimate.")
t("Interpreter's voice (Tigrinya): 'She is saying the woman who runs the house in Leeds has her Home Office letter and her bank card. She is saying she cleans the whole house and the woman says she cannot go to the job centre, they will take her child. She is saying she is not hit.'",
  "RD IT", "dt ncw", "D")
t("Interpreter's voice (Tigrinya): 'He says he lives in a hotel in Leeds, the food is bad and he shares a room with a stranger. He says no one has asked him to work and he does not want to work illegally.'")
t("Child (11, British) living with mum who has a drug habit; mum's dealer has the boy carry small packages to the shops in his school bag and gives him sweets and £5. School noticed the bag smelling of cannabis.",
  "AV", "", "C", "h")
t("Child (11, British) living with his mum who is in recovery; she's engaged with services and the boy attends school with good attendance. Teacher flagged a smell of smoke on his uniform: mum's partner smokes. Advice given.")
t("POI: DHILLON (Indian, 40s) supplies workers to a Southampton building firm. INT 2/B/P suggests he recruits from gurdwaras, tells newcomers he can get them papers for £4,000, then uses them on sites for £2 an hour until 'the papers come', which they never do.",
  "AV DE WW DB", "uf", "L")
t("Construction worker (Indian, 35) complained that his subcontractor paid him £500 less than agreed for a month. He is British citizen, has other work, went to a solicitor. Pay dispute, no control.")
t("Salvation Army note: client (British, 19, autism) was befriended online by a woman who invited him to live with her family in Wales. They made him work at their scrapyard for his bed and food, took his PIP, and called him 'useless' and hit him with a pipe. He has no phone and his mum reported him missing.",
  "AV WW PV IS", "ncw iso", "L", "h")
t("Man (British, 19, autism) moved to Wales to live with his girlfriend's family. Works at a scrapyard as an apprentice on a proper wage. His mum rang police worried she hadn't heard from him; he called her back the same day.")
t("Immigration Enforcement visit, takeaway in Swansea: 3 workers, no right to work. All three live independently, paid cash at the going rate, no one held their documents, they could come and go. Illegal working only.",
  "", "", "")
t("Immigration Enforcement visit, takeaway in Swansea: 3 workers, no right to work, living in the storeroom. Owner 'minds' their passports. They say they work 7 days, are paid 'when he has money', and the owner tells them police will lock them up if they leave.",
  "AV RD EO WW IT AC", "swp dt lh foa", "L")
t("Victim, 24, from Nigeria, brought on a false promise of a hairdressing apprenticeship. In London she was told to have sex with men in a flat in Woolwich and hand over all the money to repay €35,000. She swore an oath before a juju priest before leaving Benin City that she would never tell.",
  "DE PV DB WW IT", "ncw", "S")
t("Hairdresser (Nigerian, 24) in Woolwich, employed at a salon with a contract, studying part-time. Reported her ex-partner for harassment. DA referral.")
t("Indian restaurant, Glasgow: Bangladeshi waiter (19) approached a customer in tears, said his uncle arranged his student visa and now he works 90 hours a week in the restaurant instead of going to college. Pay goes to his uncle to 'pay back the college fees'. He sleeps above the restaurant with 5 others.",
  "AV DE EO WW DB AC", "lh ncw swp oc", "L")
t("Restaurant waiter (Bangladeshi, 19) on a student visa in Glasgow, works 20 hours in term-time as allowed, paid to his own account, lives in student halls. Came to report a stolen bike.")
t("Car wash, Newport: lad with a bandage on his head. Customers heard the manager shouting at him for being slow. His mate said he got hit with a jet wash lance. They sleep in the portakabin. Manager keeps their ID 'for the council'.",
  "PV AC RD", "pa swp dt", "L", "h")
t("Council visit, car wash Newport: portakabin used as an office and break room only, no one sleeps there. Staff have their own IDs, paid weekly. Water runoff enforcement notice issued.")
t("Long read (public report): Hi I don't know if this is the right place. I'm a cleaner at a hotel in Bournemouth and for the last two months there has been a group of girls from Romania staying in rooms 114-118. There's always a man with them who pays in cash. The girls never leave the rooms except when he takes them in his car. Men knock on the doors through the night. One girl asked me for my phone once and the man came out and grabbed her by the hair. I'm scared to say anything at work because the manager says it's none of our business. The rooms are a mess, takeaway boxes, no clothes really except what they're wearing. I think they are being made to be prostitutes. Please don't say it was me.",
  "RM PV IS", "rmv et fpe iso", "S")
t("Long read (public report): I work at a hotel in Bournemouth. There's a hen party of 12 women from Cardiff staying this weekend, loud and drinking a lot. A male organiser paid for the rooms in cash. They come and go as they please and one asked reception for a taxi to the club. Management want to know if we should worry about trafficking because a guest complained. I don't think so but reporting to be safe.")
t("Victim statement (extract): My employer said that because my visa was tied to him, if I left I would be an illegal. He made me work in his shop from 8am to midnight. He gave me £100 a month. I was alone in this country and did not know anybody. (Pakistani male, 30, shop worker, Dewsbury.)",
  "AV IT EO WW IS", "lh iso", "L")
t("Shop worker (Pakistani, 30) in Dewsbury on a skilled worker visa; hours 40/wk, paid £11.50/hr. Asked his MP about changing sponsor so he can move to a better-paid job; sponsor has agreed.")
t("Foster carer reports that foster child (14) told her a man at the skate park said he could make her famous on OnlyFans and she'd just need to 'do a few videos'. She said no and blocked him. Reported to CEOP.")
t("Foster carer reports foster child (14) missing overnight; returned with a new phone and said 'Kaz' had her in a flat with other girls and men, she had to do things with them for the weed and the phone. She said Kaz will find her if she talks.",
  "AV PV IT", "", "S", "h")
t("Nigerian man (33) works as a security guard through an agency in London. The agency pays late sometimes by a week; he has his own account and contract and has complained to the agency. Union rep involved. Not exploitation.")
t("Debrief (Ethiopian woman, 28): 'In Lebanon madam beat me and locked me. Then she brought me with her to London for holiday with the family. Here also I cannot go out, the door is always locked and she keeps the key, and she never paid me in 3 years. I escaped when the door was left open when the shopping was delivered.'",
  "PV RM WW", "rmv", "D")
t("Ethiopian woman (28), domestic worker with a family in London, has a visa, day off Fridays, and attends church in Harrow. Talked to the charity about learning to drive.")
t("Open source: Facebook group 'UK work for Romanians' offering jobs 'fara experienta' at £2,000/month with accommodation, transport £250 deducted on arrival. Some comments from workers say they got far less than promised and the rent was taken from their first wage which left them nothing.",
  "DE WW", "ct", "L")
t("Hotel in Torquay: housekeeping staff from Poland and Portugal recruited via a licensed agency, paid for the trip themselves, free staff accommodation with a lock on each room. Inspected by GLAA, compliant.")
t("Vietnamese girl (16) found in a nail bar in Ipswich by police on a welfare check. Says she came with 'Aunt Hoa' who pays for her food and says Hoa will take her to school 'later'. Works 10am–8pm six days; no pay. Sleeps on the sofa at Hoa's. Hoa has her birth certificate.",
  "AV DE EO WW RD", "lh dt", "L", "i")
t("Vietnamese girl (16) in Ipswich works Saturdays at her mother's nail bar while studying for GCSEs. Mum is the owner, girl is on the family's visa. Checked following an anonymous report; no concerns.")
t("Handover: officers at Kingsway – woman (Lithuanian, 44, alcoholic, previously homeless) found by a passing motorist tied to a radiator in a flat. Says the occupants made her sign for loans and benefits and beat her when she refused. Taken to A&E with injuries.",
  "AV PV RM", "pa rmv", "C", "i")
t("Man (Lithuanian, 44) previously homeless, now housed via Housing First, got a job at a car wash run by a social enterprise. Keyworker supports budgeting. Positive.")
t("Report to Unseen helpline: caller's mother (Filipino, 55) is a carer for an elderly man in a private home in Cornwall. She is on call 24/7, has no days off, and sleeps on a camp bed next to his room. The son who employs her pays her £400 a month and keeps her passport 'so it doesn't go missing'. She is afraid to say anything as she is overstaying.",
  "EO RD AC AV", "lh dt foa", "D")
t("Filipino carer (55) in Cornwall, live-in with an elderly man, employed via an agency; 2 weeks on 2 weeks off, paid £900/week. Contacted helpline to ask about pension rights.")
t("ID fraud: Bulgarian men's passports used to open 30 bank accounts and apply for CSCS cards. The men were flown over by an organiser, told they would work on building sites, and put up in a hotel for a week; then the organiser took the documents and sent them home with £100 each.",
  "DE RD", "dt", "C")
t("Man (Bulgarian, 36) lost his wallet with ID card in a taxi. Reports it for insurance and to stop any fraud on his bank account.")
t("Social care: Mrs H, 82, lives with her son who has a drug problem. He takes her money to buy drugs and shouts at her. She does all his washing and cooking because she always has. Referred to adult safeguarding for financial and emotional abuse. Not exploitation under MSA.",
  "", "ncw", "")
t("DCI briefing note (Op Heron): 7 Slovak nationals identified at a packhouse in Wisbech, recruited in Kosice by a couple who told them they'd earn £400 a week. All 7 share a 2-bed flat with the couple. Wages go into accounts the couple control; workers get food and £10. One woman was slapped for asking for her money. Couple drive them to the packhouse and back every day.",
  "DE WW PV AC", "oc ncw et", "L", "h")
t("Packhouse, Wisbech: new intake of Slovak workers via a licensed agency; orientation in Slovak, bank accounts opened in their own names at the branch with the worker present, cards handed to each worker. Transport optional, bus pass offered.")
t("Debrief (Romanian male, 50): 'They said the work is in Germany but the van drove to England. I have no English, I did not know what city. They kept us in a house and every morning 5 o'clock the van takes us to the fields. At night 10 o'clock back. They said it costs €50 a day for the food and the house so after 3 months I am more in debt than when I came.'",
  "DE IS DB AV EO", "iso cedl et lh", "L")
t("Man (British, 26) with depression and living in his car was offered a cash job moving furniture by a stranger. Did two days, was paid as agreed, and hasn't seen him since. Mentioned at a housing appointment; no concerns.")
t("Girl (15, British) has been going missing; mum found messages on her phone from adult males arranging to 'pick up' her and friends from a takeaway, with references to 'parties' in Oldham where girls are given drink and drugs. Girl has disclosed one of the men forced her to have sex.",
  "AV PV", "", "S", "h")
t("Takeaway in Oldham: a girl of 15 works two evenings a week on the counter, the owner's daughter. Child employment permit in place. Neighbour query answered.")
t("Forced criminality: Romanian woman (26) caught stealing from Primark in Oxford Street. Says the 'bosses' set her a target of £500 of goods a day, take the goods, and hit her if she comes back with less. Says she lives with 8 others in one room in Ilford and the bosses hold her ID.",
  "PV RD AC", "oc dt", "C")
t("Romanian woman (26) arrested for shoplifting in Oxford Street; has previous convictions, lives with her partner, addicted to gambling. Says she stole to pay her debts to a betting app. No third party.")
t("Woman (Chinese, 45) working in a massage parlour in Reading: 'If I want to stop, he say he will tell my husband in China what work I do here. I keep working because my son school fees need paying.' She keeps half her earnings.",
  "IT", "", "S")
t("Drop-in note: Chinese woman (45) works in a licensed massage parlour in Reading offering only legitimate massage. Sends money home for son's school fees. Wanted help with a tenancy issue.")
t("Agricultural show: stallholder complained a group of traveller men had been at the show offering tarmac jobs. No victims, consumer protection issue. Trading Standards notified.")
t("Traveller site, Bedfordshire: intelligence 1/B/P that 4 British men with learning difficulties, recruited from a homeless shelter in Luton, are living in horseboxes on site and doing groundwork for a family. One was seen with a black eye. They are collected at 6am and brought back after dark. Never seen with any money.",
  "AV AC PV WW", "plc pa cedl", "L", "h")
t("Nanny (South African, 30) on a youth mobility visa, with a family in Hampstead. Contract says 40 hours; the family sometimes ask her to babysit an extra evening, paid as overtime, and she can say no. Paid £600/week into her account, own flat and passport. Wants advice about contract wording.")
t("Child (9, Roma) seen begging outside the station at 10pm with a woman who grabs the coins from her and sends her back to beg. Child barefoot in the cold.",
  "AV WW", "pa ncw", "C", "i")
t("Woman and child (Roma) at the station asking for bus fare; they had missed the last bus and a volunteer helped them get home. Nothing suggesting exploitation.")
t("Staff at a Bristol hostel: client (Irish, 47, alcohol dependent) says a van comes for homeless men at 6am offering 'day work'. He went once, was taken to a farm in Somerset, made to dig all day and told to get back in the van; he was paid in a bottle of whisky. The men in the van said if he talks they'll find him.",
  "AV WW IT", "cedl et", "L")
t("Man (Irish, 47) at a Bristol hostel is doing a paid work placement through the council's employment scheme; paid weekly into his account. He's proud of it.")
t("Debrief (interpreter): She says she met a woman online who promised a cleaning job in a hotel in Scotland. She says when she arrived in Glasgow the woman took her phone, and she was locked in a flat and made to have sex with men. She says she did not know what city she was in until the police told her.",
  "DE IS RM PV", "iso rmv", "S", "h")
t("Hotel cleaner (Czech, 24) in Glasgow recruited online by a reputable agency. Arrived, met by HR, given a staff room. Lost her phone on a night out; called in to report it.")
t("Welfare check at a house in Rochdale after a tip that a woman is being kept there: occupant (Pakistani, 40) answered the door, spoke to officers alone, said she is a housewife who chooses not to go out much. She has her own phone and passport and her sister visits. No offences, no indicators.")
t("Caller reports seeing men in overalls sleeping in a shipping container on a construction site in Salford. Site manager confirmed: they are night security staff on breaks, the container is a welfare unit, and they go home after shifts.")
t("Albanian man (19) found in a Manchester grow: says he was told in Albania it was construction work. The men took his passport on arrival and have told him his debt is now £20,000 because the last crop was lost. Showed officers a picture on his phone of his sister they sent him with a knife emoji.",
  "DE RD DB IT", "dt", "C")
t("Albanian construction worker (19) on a seasonal visa in Manchester reports his passport stolen from his hostel. Crime report taken. He has his own job and account.")
t("GP: patient (Romanian, 22, 8 weeks pregnant) attended with a man who said he was her partner and did not allow her to be seen alone. She has bruises on her thighs. Man said they work 'in massage'. Receptionist overheard him telling her in Romanian to keep quiet or she knows what happens.",
  "AV PV IT", "pa sfw", "S", "h")
t("GP: patient (Romanian, 22, 8 weeks pregnant) attended with her partner; seen alone for part of consultation as per policy, happy with pregnancy, works as a barista. No concerns.")
t("Fishing, Kilkeel: Egyptian fishermen on a trawler report the skipper kept their passports, paid them $500 a month instead of the £1,200 on their contract, and made them work 20 hours a day when fishing. One was punched by the mate. They were not allowed off the harbour.",
  "RD DE WW EO PV RM", "dt lh rmv", "L", "h")
t("Daughter reports her mum (British, 67) is being 'used as a free nanny' by her brother, looking after his kids 3 days a week. Mum says she loves it and can stop any time. Family dispute. No further action.")
t("Worker at a Bradford curry house, 17, from Bangladesh, brought over by the owner 'as his nephew'. Not in school. Kitchen work from noon until 1am. Has not seen his passport since landing. Owner told him he'd be arrested if he speaks to police. Intelligence graded 2/B/P.",
  "AV RD EO IT", "dt lh foa", "L", "h")
t("GLAA: workers at a salad grower in Evesham say the gangmaster charges £25 for boots and £10 for gloves from the first week's pay, and a man called Vasile does all the talking when inspectors ask questions; the workers look at him before answering. Wages are paid in full otherwise and hours are normal.",
  "", "ppe sfw", "L")
t("Hi-vis, boots and gloves provided free by the employer, replaced when worn — salad grower in Evesham, GLAA spot check, no issues.")
t("ATM camera: same man withdrawing from 11 different cards at 2am on the first of every month in Southall. Cards linked to salaries of kitchen workers at three restaurants owned by one family; workers say they 'get pocket money'.",
  "WW", "mbc ncw", "L")
t("Caseworker: Ms V (Roma, Czech, 33, cannot read) says the man who found her a job at the laundry 'does her papers' and charges her £40 a week for it, plus £15 for a tabard. She gets the rest of her wages and lives with her mother.",
  "AV", "ppe", "L")
t("Boy (13) in care, autistic, groomed through an online game by a man who sent him gift cards, then told him he owed £300 and must 'drop a bag' at a house in Reading. Boy's carer found the bag tonight; the man is outside in a car.",
  "AV DB", "", "C", "i")
# ---------------------------------------------------------------- write
def risk_of(ind, typ, r):
    if r:
        return dict(i="immediate", h="high", m="medium", l="low")[r]
    if "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh113.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, (text, ind, sig, typ, r) in enumerate(T, 1):
        i, s, y = ind.split(), sig.split(), typ.split()
        rec = {"id": f"f113-{n:03d}", "text": text,
               "indicators": [IND[c] for c in i], "signs": [SIG[c] for c in s],
               "exploitation": [TYP[c] for c in y], "risk": risk_of(i, y, r)}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(T), "texts ->", out)
