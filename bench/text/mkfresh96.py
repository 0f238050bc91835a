#!/usr/bin/env python3
"""Hand-written labelled texts (fresh96) for Sightline's indicator detector.
Each T(...) call holds one hand-written text and its labels. Short codes are
expanded to the official codes below; no slot filling."""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DC="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace",
           fpe="few_personal_effects", rm="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport",
           ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
D = []

def T(text, ind="", sig="", typ="", risk="l"):
    D.append(dict(text=text.strip(),
                  indicators=[IND[x] for x in ind.split()],
                  signs=[SIG[x] for x in sig.split()],
                  exploitation=[TYP[x] for x in typ.split()],
                  risk=RISK[risk]))

# ---- batch 1
T("""MASH referral – Children's Services. Referrer: DSL, Hollins Park Academy. Pupil (Y10, 14yrs) has missed 11 sessions this half term. Seen getting into a grey Audi outside the gates at lunch. Mum reports he has come home with a new phone and £200 trainers and twice has returned from "Bristol" with no explanation. Last Tuesday he had a cut to his lip and would not say how he got it. He told a peer he "has to do a shift" for an older lad called Trigger and "owes him for the bag that got taken". Mum is frightened and says the lad came to the door and said her son "knows what happens if he mugs them off".""",
  "AV IT DB", "pa", "C", "h")
T("""HMO licensing inspection, 14 Carrow Road. Licence for 6 occupiers; on visit found 15 men, mattresses in both reception rooms and the kitchen. Occupants all said they work at the same packing site and are driven there at 5am by the landlord's brother. Rent of £70 a week each is taken from their wages by the agency before they see it. One man showed a payslip with £11 left for a 52 hour week. Referred to GLAA and MASH.""",
  "WW AC EO", "oc plc ced et ncw lh", "L", "h")
T("Housing officer: tenant Mrs OKAFOR's adult son now living with her, property clean, no concerns. Rent arrears agreed on payment plan.", "", "", "", "l")
T("""EH food hygiene visit, Golden Wok takeaway, Stanley St. Two young men found sleeping on camp beds in the dry store behind the flour sacks. Neither spoke English; owner said they were "nephews visiting". Through a phone translation app one said he works every day from 11 until 2am and has never been paid because he is "paying back the ticket". Owner took over answering for them. Kitchen in poor state, no hot water at hand basin. Improvement notice served; concerns passed to MASH and police.""",
  "DB WW EO AC AV", "saw lh sfw plc", "L", "h")
T("""Health visitor new-birth visit. Mother (Lithuanian, 24) at home with baby and partner. Partner works nights at the poultry plant via an agency, paid weekly into his own account, has a contract and payslips which he showed me unprompted as he is applying for a bigger flat. Family well supported by grandmother. No safeguarding concerns; universal service.""",
  "", "", "", "l")
T("i think the car wash on Dock Lane is dodgy the lads their look really thin and there always there even when its snowing they never go home and a van picks them up at like 10 at nite", "", "pa lh ced", "L", "m")
T("""Benefits fraud team – intel. Eight Universal Credit claims with the same contact number 07700 900461 and all paid into accounts opened at the same branch on the same day. Claimants are Romanian nationals registered at two addresses on Fenwick Road. Investigation officer visited: claimants said a man named Marian "does the papers" and they have never had the bank cards; they get "some money for food" when he decides. Two said their ID cards were kept by him "so nothing gets lost". Refer to police ML/MS team.""",
  "WW RD AV", "mbc ncw dt sfw", "C", "h")
T("Youth offending: P. (16) caught with 14 wraps in Margate, says he was sent down by \"Jay\" from our city and was told his little brother would get hurt if he came back without the money.", "AV IT", "", "C", "h")
T("""Adult social care referral. Mr Dennis HALL, 58, learning disability, lives alone in council flat, Birchwood estate. Neighbour concerned that two men and a woman have moved in over the last month. Carers arriving for calls have been turned away at the door. Mr Hall's PIP and ESA now collected by one of the men, who has his bank card. Flat being used by a steady stream of visitors day and night, needles found in the communal bin. Mr Hall was seen at the shop with a black eye and said he "fell". Request urgent joint visit with police (cuckooing).""",
  "AV PV IS", "ncw pa", "C", "h")
T("""Homelessness outreach (rough sleeper team) note: Met "Kuba" (Polish, 40s) at the arches again. He said he left a house in Sheffield where a Polish couple gave him work on building sites. They kept his bank card and ID, gave him beer and tobacco and £10 now and then. Says he worked 7 days a week "from dark to dark". He ran after the man hit him with a shovel handle. Wants to get his ID back but scared they will find him. Consent given to refer to Salvation Army.""",
  "AV RD WW EO PV", "dt ncw lh foa", "L", "h")
T("School nurse: Year 8 girl disclosed she is anxious about her GCSE options and parents' separation. Referred to school counsellor. No other concerns.", "", "", "", "l")
T("""INT LOG 2/B/P. Nom NGUYEN Van Thanh DOB 03/02/1988 believed running nail bar "Lux Nails" High St. Source states two female staff (Viet, approx 17-19) live above the shop, do not leave except escorted by NGUYEN to cash and carry. Staff not paid, "owe for journey to UK". Source unaware if documents held. Recommend visit with LA.""",
  "RM DB WW AV", "rm et", "L", "h")
T("""Environmental Health – noise complaint, 7 Peel Terrace. Neighbour reports loud music from a house party every weekend. Visit made; tenants are university students, apologetic, warning letter issued. No further action.""",
  "", "", "", "l")
T("""Midwife booking note: G2P1, 20/40, attended with an older man described as "her husband's uncle" who interpreted in Punjabi and would not leave the room. When he stepped out to move the car she said quickly that she is not allowed to go out alone, does all the cooking and cleaning for nine people from 5am and that her passport is "with Uncle". She said she was told in India she would be studying here. No bruises seen. Safeguarding team informed; follow-up planned at next visit with professional interpreter.""",
  "RM RD DC EO", "rm dt sfw lh", "D", "h")
T("999 summary: female caller whispering, says she is locked in a flat above a shop on Wharf St, men outside the door, \"they will sell me again\". Line dropped. Units dispatched.", "RM", "rm", "S", "i")
T("""Council tax fraud team: single person discount claimed at 23 Holme Close but occupancy checks show 5 adults. Visit made: a family of five (mum, dad, three adult children), all British, all working locally. Discount removed, penalty notice. No other concerns.""",
  "", "", "", "l")
T("""Salvation Army caseworker notes (interpreter Albanian). Client says that she met a boy on Instagram in Tirana who said he loved her and would marry her in London. When she arrived he took her to a flat in Ilford and said she must work with men to pay the £15,000 for bringing her. She says that he hit her when she refused and that he had the pictures of her and would send them to her father. She says she saw 6-7 men a day and the money went to him. She escaped when police raided the flat in August.""",
  "DC DB PV IT WW", "", "S", "h")
T("lads at the hand car wash by the roundabout are paid proper, I asked one and he said £11.50 an hour and goes home to his own place. just busy. not dodgy at all", "", "", "", "l")
T("""Headteacher referral (primary). Two sisters, 8 and 10, arrived in September from Nigeria, living with "aunty" who is not a relative. Girls often late and exhausted; older girl said she has to wash clothes and look after aunty's three little ones before school and at night, and she sleeps on the kitchen floor. Aunty's children attend private nursery. Girls never bring lunch money and are visibly thin. Older girl said aunty "keeps our papers in her room" and if they tell anyone they will be sent back to Lagos "and beaten by our uncle".""",
  "AV RD IT AC EO", "pa plc dt lh", "D", "h")
T("Fishing vessel inspection note: crew of 6 Filipinos on proper contracts, paid monthly into own accounts, passports held by each man. No issues.", "", "", "", "l")
T("""Police handover – nights to lates. Cannabis grow found at 44 Oak Vale after burglary report. 2 x Viet males (approx 15 and 19) detained in loft. Windows boarded, door padlocked from outside, young one says he was brought in a lorry and told he owes $30k. Younger has burns on hands from lamps. Both in custody, NRM considered, YOT and duty social worker requested for the juvenile. Do not interview re offences before NRM discussion.""",
  "AV RM DB PV AC", "rm pa", "C", "h")
T("Bank fin crime alert: account opened 09/03 by 19yo student receives 14 transfers of £900-£4k from unrelated parties and sends them on within an hour. Student says a friend asked to borrow the account for £200. No evidence of coercion; money mule investigation.", "", "", "C", "m")
T("""Licensing (HMO) – Flat 3, 91 Queens Rd. Landlord has not renewed licence; gas safety certificate out of date. 3 occupants, tenancy agreements in place, each pays rent directly. Enforcement letter sent. No welfare concerns identified.""",
  "", "", "", "l")
T("Public report: my neighbour the old lady has a young girl living with her doing all her cleaning and caring, she said she's a student from the Philippines and goes to college 3 days a week, seems happy, just wanted to check this is ok", "", "", "", "l")
T("""GLAA inspection – labour provider "Swift Staff Ltd", supplying packhouse at Marsh Farm. Workers charged £150 "registration fee" before start and £25 for hi-vis and boots deducted from first wage. Transport to site costs £8/day deducted. Workers have contracts and receive their own wages otherwise; all had their own documents and live in own accommodation. Licence conditions breached; no forced labour indicators identified.""",
  "", "uf ppe ct", "", "l")
T("""Victim debrief (Sudanese male, 22, via Arabic interpreter). He says that in Calais a man offered him a place in a lorry for £3,000 which he would pay back by working. In the UK he was taken to a car wash in Walsall. He worked from 7 in the morning until 9 at night every day. He slept in a container behind the wash with four others; there was no toilet. The boss said the police would put him in prison and send him back to Sudan if he went to them. He was given £15 a week. After a year the boss said he still owed £2,500.""",
  "DB EO AC WW IT AV", "lh saw plc foa", "L", "h")
T("A&E note: 31yo F attended with partner, fractured wrist after fall on stairs. Partner attentive, patient spoke freely alone, states safe at home. No concerns.", "", "", "", "l")
T("""Homelessness team – young man (19, care leaver) presented saying he had been staying at "a mate's" for 3 months where older men gave him a room in return for "running things". He says they took his phone and gave him a work phone and he was not allowed to see his girlfriend. He was driven to Swindon and left in a trap house for a week. He presented today after being stabbed in the leg (treated at A&E). He is scared to go to police.""",
  "AV IS PV RM", "iso foa rm", "C", "h")
T("""EH visit – Greenfields Meat Processing Ltd. Routine. All workers via licensed agency, contracts seen, breaks observed, canteen clean. One worker injured hand on bandsaw last month; RIDDOR reported, guard now fitted. No labour exploitation concerns.""",
  "", "", "", "l")
T("""INT 3/C/P. POI BALOGH Zoltan, VRM KY19 XRT white Transit. Seen collecting 8-10 males from 16 Ash Grove at 0430 daily and returning after 2000. Source believes workers pay him £10/day for lift and hand over bank cards. Unknown which site.""",
  "", "ced ct mbc ncw", "L", "m")
T("Crimestoppers: Thai woman at massage place on Bridge St told a customer she cannot leave until she pays off £20000, she sleeps on the massage table", "DB", "saw", "S", "h")
T("""Children's social care – Initial contact. Mum called worried: daughter (15) has an "older boyfriend" (approx 24) who collects her from school in a black BMW. She stays out overnight and comes back with alcohol and new clothes. Found messages on her tablet from other men arranging to "meet". She has a love bite and bruising to her thighs. Daughter says she is "in love" and he pays for everything.""",
  "AV", "pa", "S", "h")
T("""Probation note: service user released on licence, employed via agency at warehouse on minimum wage. Reports complaints about long shifts at peak (10 hours) but gets overtime pay, days off, lives with his mother. Pay dispute about holiday pay raised with ACAS. No exploitation concerns.""",
  "", "", "", "l")
T("""Border Force, Terminal 2. Female, Vietnamese passport, arrived from Hanoi via Doha. Ticket paid by "an agent". Could not say where she was staying; had address of a nail salon written on hand and £40. Said she would work to repay $8,000 fee. Phone belongs to agent, instructed to call on arrival. Referred to Modern Slavery Safeguarding Lead.""",
  "DB AV", "uf", "L", "h")
T("""Neighbour dispute, 18 & 20 Lark Rise. Complainant alleges neighbour's builders park across drive and start work at 7am Saturday. Builders are a local firm. Advice given re civil matter. NFA.""",
  "", "", "", "l")
T("""ASC safeguarding – care home "Meadowbank", staff whistleblower. Eight carers from Zimbabwe and Kenya sponsored by the home. Whistleblower says they were told they each owe £8,000 for the sponsorship which is taken from wages and if they leave before 3 years they must pay it all at once "or we cancel your visa and you go home". Rotas show 70-80 hour weeks. They share 2 bedrooms in a house owned by the manager.""",
  "DB IT EO AC AV", "lh oc", "L", "h")
T("hes keeping her in the house 24/7 she never comes out he does all the talking she looks terrified there's a baby crying all the time PLEASE SOMEONE CHECK 5 Willow court", "RM", "rm sfw", "", "m")
T("""Kidney transplant follow-up clinic letter: patient (47) underwent living donor transplant at our centre; donor was his sister, full HTA assessment completed. Graft function good. Continue tacrolimus.""",
  "", "", "", "l")
T("""Youth Offending Team – assessment. J. (15) arrested for shoplifting perfume in city centre with two other Roma boys (13, 14). All three say an adult male, "Lulu", drops them in town each Saturday and collects the goods. They have to bring back £300 worth or "get no food". The 13yo had a healed burn on his forearm he said was from an iron "as punishment". Unknown addresses, boys could not say where they live.""",
  "AV IT PV IS", "pa", "C", "h")
T("Local resident: Romanian beggers outside Tesco every day dropped off by same car 8am picked up 6pm, always give money to man in car", "", "ced ncw", "C", "m")
T("""NGO (Kalayaan) caseworker note. Client (Filipina, 38) came to the UK on an overseas domestic worker visa with a Gulf family. She says that madam took her passport at the airport and never gave it back. She worked from 6am until midnight, had no day off in 14 months, slept on the floor of the children's room. Her salary of $400 was "sent to your family" but her family say they got only two payments. She was not allowed to use a phone and only left the house with the family. She ran away in Knightsbridge while the family was shopping.""",
  "RD EO AC WW IS RM", "dt lh plc rm iso", "D", "h")
T("""Police log: Reported missing person, F, 17, from residential home. Known CSE risk. Located in a hotel room in Leeds with two adult males, 03:20. Males arrested on suspicion of child rape. Girl taken to SARC.""",
  "AV PV", "", "S", "i")
T("Housing officer: tenant sublets bedrooms to three other people for cash. Breach of tenancy. Subtenants are friends who work in retail, paying £400 each. NFA re safeguarding.", "", "", "", "l")
T("""MASH – Adult referral from GP. Patient, 29, Eritrean, attended with abdominal pain and a long scar on his flank. Says that in Egypt/Libya he was held by smugglers who "took something inside" after he couldn't pay the rest of the journey. Ultrasound shows absent left kidney. He was told he had an operation "for his health". Patient distressed, referred to Helen Bamber Foundation and police.""",
  "DC AV PV", "pa", "O", "h")
T("Council licensing: street trading without a licence by man selling phone cases from a stall. Warned. Trader is self-employed.", "", "", "", "l")
T("""Health visitor – 2-year review. Family of Syrian origin with 3 children in a 2-bed flat, very overcrowded but housing application in. Father works as a cook at a family restaurant, hours long but he has one day off, takes his wages home. Mother isolated because her English is limited – referred to ESOL and stay-and-play. No indication of exploitation.""",
  "", "", "", "l")
T("""INT 1/A/P – from covert source. LEKA Arben (Alb) controls 3 x flats used as brothels in Newcastle (NE4). Females rotate weekly via Viva Street adverts. LEKA keeps all takings, pays girls' "rent" and gives them £50 per week. Females transported between flats by LEKA's driver, not permitted phones.""",
  "WW IS RM", "ncw et iso rm", "S", "h")
T("""Children's services – sixth form referral. Student (17, Chinese) is a private international student staying with a host family. Told tutor she has lost her passport on the bus. Host family supportive, police lost property report made and consulate appointment booked. No safeguarding concerns beyond document replacement.""",
  "", "", "", "l")
T("Bro my cousin went to work on a farm in Kent they took his passport day 1 and say he owes 2k for the bus and house, now he works 14 hr and gets nothing. what do I do", "RD DB WW EO", "dt lh", "L", "h")
# ---- batch 2
T("""Victim account (first person, translated from Romanian): I came for work in a factory, the man in Bacau said 8 pounds an hour and a house. When we arrive, the house has 12 people and we sleep on the floor. He take our identity card "for the contract" and we never see again. Every Friday he say the rent is 80, the transport is 30, the food is 40, so I have nothing, and I owe him more each week. If we complain he says he knows our families in Romania and the men there will visit.""",
  "DC AC RD WW DB IT", "oc plc dt ct ncw", "L", "h")
T("Referral from school attendance officer: Year 9 boy absent 6 weeks, family says he is visiting grandparents in Pakistan, confirmed by photos and return ticket. Return date agreed. No concerns.", "", "", "", "l")
T("""Environmental Health – complaint re "Taste of Punjab" restaurant. Inspection found pest activity, and one cook who appeared to live on the premises (sleeping bag and toiletries above the walk-in). He said he is from Gujarat, came on a visitor visa, works "all the time" and the owner gives him food and a place to sleep but no money "until my papers are done". Owner has his passport "for the solicitor". Worker frightened of being deported.""",
  "WW RD EO AV DC", "saw dt lh foa", "L", "h")
T("""101 call: man reports his partner's ex keeps texting threats after the breakup. Domestic-related harassment, DASH risk medium. Crime recorded.""",
  "", "", "", "l")
T("INT 2/B/C (not to be disclosed to partner agencies without OIC authority). Address 31 Cedar Av, cuckooed. Tenant female, 44, heroin dependent. Line \"Benzo\" run from London operating from premises. Tenant given drugs in exchange for use of flat, told she will \"get cut\" if she talks to housing.", "AV IT", "", "C", "h")
T("""Schools safeguarding referral. Tutor noticed that Year 11 student, Ahmed, had a hotel-branded key card and was sleeping in lessons. Ahmed says he works weekends at his uncle's shop, paid £50, goes home each night. Spoke to dad, who confirmed. Hours looked at – 16 hours a week, exceeds child employment limits. Advice given to family and shop. No exploitation.""",
  "", "", "", "l")
T("""Salvation Army first responder note. Potential victim, Slovak male, 51, found by outreach at soup kitchen. He says that a Slovak family brought him from Kosice with the promise of work and 1,200 euro a month. He worked in waste recycling sorting rubbish, no gloves, 6 days. The family took his wages from a card they made him open, and gave him cigarettes. He slept in a shed in the garden. He has a learning disability (attended special school). He left when they went on holiday.""",
  "DC WW AC AV", "ncw plc", "L", "h")
T("A lady in our church says the family she nannies for pays her every friday and she has weekends off, but they asked to look after her passport, she said no and they were fine with it", "", "", "", "l")
T("""Police intelligence 2/C/P: POI "Mama Joy" (Nigerian female, 50s) believed to recruit women in Benin City for "hair salon jobs" in UK. On arrival women put to work in saunas in Birmingham. Women have undergone juju oath, believe they will die or go mad if they break it or go to police. Debts quoted 30-40k euro.""",
  "DC IT DB", "foa", "S", "h")
T("""Adult social care – carer's assessment. Mrs PATEL cares full-time for her husband after stroke; daughter helps at weekends. Carer is tired and requests respite. Carer's allowance in her own name. Respite arranged.""",
  "", "", "", "l")
T("""Housing Options – homeless application. Applicant (Polish, 34) evicted from a tied house provided by a builder he worked for. He says the builder stopped paying him 3 months ago, saying "next month", then changed the locks when he asked. Applicant had his own passport and bank account. He is owed around £4,000. Referred to Citizens Advice re unpaid wages and to GLAA for assessment.""",
  "WW", "", "L", "m")
T("nail shop in the precinct girl there was crying, boss shouted at her in another language and she went straight back to work, looks about 14", "AV", "", "L", "h")
T("""Bank alert (Fraud & Financial Crime): one ATM in Slough used on 11 debit cards belonging to different customers within 20 minutes each Friday evening. Cardholders are all registered to 2 addresses. Wages from "Apex Recruitment" land on each card on Friday morning. Pattern consistent with labour exploitation – controller withdrawing workers' wages.""",
  "WW", "mbc ncw", "L", "m")
T("""Victim debrief (Vietnamese boy, 16, via interpreter): He says his family borrowed money so he could go to England to work in a restaurant. In the UK they put him in a house and told him to water plants. He stayed there for 5 months and could not go out; the men brought food twice a week. He did not know what town he was in. They said if he ran they would tell the police and he would go to prison, and his family in Nghe An still owed the money.""",
  "AV DC RM IS IT DB", "rm iso foa", "C", "h")
T("Licensing visit, Star Car Wash: right to work checks done, payslips seen, workers paid via payroll; one worker has no PPE gloves – advice given. Compliant overall.", "", "", "", "l")
T("""MASH children's referral – Police. Officers attended a flat in response to a noise complaint and found a 12-year-old girl cleaning while an adult couple watched TV. The girl (Ghanaian, not on school roll) said she was brought "to help" her father's friend and has never been to school in the UK. She sleeps on a mat in the hallway. She was wearing thin clothing in a cold flat and has cracked, sore hands from bleach. She has been here about a year.""",
  "AV AC", "plc pa", "D", "i")
T("""INT 3/C/P. Unverified: Indian restaurant chain owner "SINGH" brings chefs on Skilled Worker visas and demands £10-12k for the certificate of sponsorship. Repayment taken from wages monthly.""",
  "DB", "uf", "L", "m")
T("""Adult safeguarding – Community Mental Health Team. Service user (32, schizophrenia) reports that a "friend" keeps his bank card and gives him £20 from his benefits each week. No work involved. Appointeeship application started via social worker.""",
  "", "ncw", "", "l")
T("""Press summary: Three men were jailed at Crown Court for trafficking eleven Polish men to work at recycling plants across the Midlands. The victims, some of them homeless or alcohol dependent, were recruited in Poland with offers of good jobs and accommodation. In the UK they were housed in rat-infested properties, paid as little as £5 a day, and told they would be beaten if they tried to leave. Bank accounts opened in their names were controlled by the gang.""",
  "AV DC AC WW IT", "plc ncw", "L", "h")
T("Officer note: spoke with Mrs DUBOIS about her au pair, au pair confirmed 25 hrs/week, own room, £100/week pocket money as agreed, attends English classes. Fine.", "", "", "", "l")
T("""GP note: 26yo F, Romanian, presents for STI screening accompanied by a man who paid in cash and answered questions for her. Patient appeared tired, had multiple bruises on upper arms. When asked alone (briefly) she said she "works in a flat" and "he keeps the money for the rent". Declined further help, looked at the door repeatedly.""",
  "WW", "pa sfw ncw foa", "S", "h")
T("Council tax: property on Leaf St claimed as empty, in fact let by a gangmaster to 9 men sleeping on mattresses, all working at the chicken factory, van takes them at 5.", "AC", "oc ced et", "L", "m")
T("""Safeguarding referral – Further Education college. Student (18) disclosed her parents are arranging for her to marry a cousin in Bangladesh this summer. She does not want to, says her father has told her she "will not come back" if she refuses and her mother has taken her passport. No labour or sexual exploitation disclosed; forced marriage unit contacted.""",
  "RD IT", "dt", "", "m")
T("""Homeless outreach – brief: 3 Romanian men sleeping in a tent by the canal. Say they came for work at a car wash but were sacked after a pay argument; boss paid them what was owed and they still have their ID. Want to go home. Referred to the reconnection service.""",
  "", "", "", "l")
T("INT: IP states her \"boyfriend\" takes her to hotels near the M1 where she meets men, he books the rooms and keeps every penny, she was 16 when it started. 2/A/P", "AV WW", "ncw", "S", "h")
T("""Licensing – Massage parlour "Orchid Spa" inspection. Premises licensed. Three therapists present, all holding own documents. However therapist's rooms upstairs contain beds, suitcases and food – staff appear to live there. Manager speaks for all staff. Adverts online advertise "extras". One therapist said she "cannot go out at night, boss says dangerous". Referral to police.""",
  "RM", "saw sfw rm", "S", "h")
T("""First-person account (Eritrean woman, 30): "They told us the work is cleaning in a hotel. The smuggler in Libya kept us in a warehouse, and the men did what they wanted with the women. Those who could not pay were taken away and some never came back. People said their kidneys were taken. My friend Senait came back with a big wound and was very sick." She now lives in Manchester.""",
  "DC PV", "", "S O", "h")
T("Midwife: mum (19) and partner (21) living with his parents; a bit cramped but both happy, he works at a garage. No concerns.", "", "", "", "l")
T("""ASC – Home care agency concern. Agency carer (Indian, 27) on a sponsored care visa told her supervisor she is being made to work double shifts most days, and the agency director "holds" her BRP. She pays £600 a month for a shared room with 4 others above the office. She was told that if she complains the agency will report her to the Home Office and she will be deported.""",
  "EO RD AC IT AV", "lh dt oc saw", "L", "h")
T("""Youth worker: 14yo boy in care seen regularly at the train station late at night with older males. Has new designer clothes, large amount of cash, and a burner phone. Says he's "just chilling". Placement reports he goes missing 2-3 nights weekly. Concerns about county lines grooming.""",
  "AV", "", "C", "h")
T("""101 call: caller states she saw a man slap a young woman and push her into a car outside the Premier Inn, the woman was crying and said "please no more men". VRM partial BN68. Caller believes she is being prostituted.""",
  "PV", "", "S", "i")
T("Parking services: a van often parked by the warehouse at dawn. Just shift workers for the Amazon depot. No concern.", "", "", "", "l")
T("""Police debrief note: IP (Albanian, 19, male) was recruited by a friend of his cousin with a promise of £2,000 a month working construction. Instead he was taken to a house in Kent and told to look after a cannabis grow. He was told the debt for the lorry was £25,000 and his wage paid it. When he asked to leave, they showed him a video of a man being beaten with a bat and said "this was the last boy who wanted to go".""",
  "DC DB WW IT", "", "C", "h")
T("""Trading Standards – complaint that a Chinese herbal shop sells unlicensed medicines. Shop owned by a family; staff are the owner's wife and son. No welfare concerns.""",
  "", "", "", "l")
T("""GLAA – intelligence. Farm in Lincolnshire: workers recruited through a Bulgarian gangmaster pay €400 in Bulgaria for "the job place". On site they live in caravans, 8 to a caravan, heating broken. Gangmaster collects wages in cash from farm and pays workers "what's left after costs". Workers who complained were sent home without pay.""",
  "WW AC", "uf oc plc ncw", "L", "m")
T("Soup kitchen volunteer: young lad keeps coming, says the man he works for at the car wash keeps his passport in the safe and only gives him £30 a week", "RD WW", "dt", "L", "m")
T("""Adult social care – older adult. Mrs JONES (84), dementia, lives with son. Neighbour concerned she is unkempt and son uses her pension. Visit: Mrs Jones clean and well fed; son is her lasting power of attorney and finances appropriately managed. Daycare arranged. No exploitation.""",
  "", "", "", "l")
T("""MASH referral – Children's Services. Referrer: PCSO. Found 13-year-old Roma girl begging with a baby at the station entrance at 22:30. Girl says her "husband's family" tell her to bring £50 a day. She does all the cooking and cleaning for the household and is not in school. She said she was married in Romania at 12.""",
  "AV", "", "C D", "h")
T("Police log 14/03 22:47 – VRM FD17 KLO stopped A1, 7 Vietnamese females in rear of people carrier, none spoke English, driver (UK) says taking them to \"a job in Glasgow\". Passports for all 7 found in the driver's bag. Driver arrested. Females to reception centre.", "RD", "dt", "", "m")
T("""Youth offending – pre-sentence report notes. D. (17) convicted of possession with intent. Maintains he sold drugs for himself to fund his own cannabis use. No evidence of anyone directing him; no debt, threats or coercion disclosed despite exploration. Not referred to NRM.""",
  "", "", "", "l")
T("""Health visitor – notes from home visit, 2 Bay Close. Mother (Chinese, 22) has 6 week old baby. Lives with the baby's father who is much older. Mother says she was brought from Fujian to work in his restaurant, is not paid, and he told her she can only go to the doctor with him. She does not know the address or have a phone. She says he took her passport "to get visa".""",
  "RM IS RD WW AV DC", "rm iso dt", "L", "h")
T("any1 know bout the 'modelling agency' on insta thats asking girls to send pics and come to London for a shoot, my mate went and they made her do stuff with men and now she cant get home they took her phone", "DC IS", "", "S", "h")
T("""Construction site visit (HSE and Immigration). 15 workers, all with right to work; 2 without hard hats. Site manager issued notice. Wages paid through CIS; workers live at home. No forced labour concerns.""",
  "", "", "", "l")
T("""Victim account (Polish woman, 45, own words): I answered an advert to clean houses in England. The man paid my bus. He drove me from house to house every day, from 7 until late, I never knew the addresses. The money for cleaning went to him; he said he is taking my debt for the bus and the room. The room I shared with his mother. I could not speak English and I did not know anyone.""",
  "DC EO WW DB IS AV", "lh et ncw iso", "L", "h")
T("Benefit fraud: claimant failed to declare partner's earnings. Interview under caution booked. Not exploitation.", "", "", "", "l")
T("""INT 2/B/P – MENSAH Kwame DOB 11/09/81, runs a domestic agency placing West African girls with families in Peckham. Source says girls under 18, passports kept by MENSAH, paid £100 a month into MENSAH's account, unable to leave the household.""",
  "AV RD WW RM", "dt ncw rm", "D", "h")
T("""ASC safeguarding strategy meeting minutes (extract). Concerns raised about supported living provider. Investigation found Mr T's money had been managed correctly; allegation of financial abuse not substantiated. Case closed.""",
  "", "", "", "l")
T("Man at the hand car wash told me in broken english he works every day 8 til 8 and boss lets him sleep in the back office, he gets paid 40 a day cash he seemed ok but tired", "EO", "lh saw", "L", "m")
T("""A&E: 17yo male presents with stab wound to buttock. Refused to give details, mobile phone ringing constantly. Mother says he has been "going to Norwich" for weeks. Police informed; CSC referral – suspected county lines.""",
  "AV PV", "", "C", "h")
T("""Sham marriage – Registrars' report: Portuguese groom (EU) and Pakistani bride. Groom spoke no common language with bride, did not know her name. He said he was offered £3,000 by a man in Lisbon to "marry a lady". He has not been paid, his passport is held by the organiser "until after". Referral to Home Office and police.""",
  "DC RD WW", "dt", "C", "h")
# ---- batch 3
T("Caller to 101: two young girls at the chippy on Moss Rd serving till 2am on a school night, one looked 13", "AV", "lh", "L", "h")
T("""MASH – Police Protection. 15yo Albanian unaccompanied child went missing from foster placement 48 hours after arrival. Found today at a car wash in Erdington. He says a man paid for his travel and he must work at the wash to repay €10,000; he sleeps in the portacabin there. He would not say more because "they know my village".""",
  "AV DB IT", "saw", "L", "i")
T("""Environmental Health – factory visit, Royal Textiles, Unit 4 Crossways. Garment workers (mostly South Asian women) paid £3.50 an hour in cash, fire exits blocked by stock, no heating. Workers said they are free to go home at 6pm and several have worked there for years through choice; owner pays what he promised, just below minimum wage. NMW complaint to HMRC; fire service informed.""",
  "AC", "", "L", "m")
T("""Police intelligence 2/B/P. MURPHY Patrick and family (Traveller site, Lower Fen). Believed to be holding vulnerable British men recruited from homeless shelters, used for tarmac and paving. Men sleep in horse boxes, paid in alcohol and tobacco, beaten if they attempt to leave. One man known to have been there 15 years.""",
  "AV WW AC PV", "plc", "L", "h")
T("The girl next door is always home-schooled by her mum, they go to the park and library. Someone said she's 'kept in' but I've seen her at gymnastics every week. Probably nothing.", "", "", "", "l")
T("""Schools – safeguarding log. Year 7 girl (11) said her stepdad makes her clean the whole house and she is not allowed to go to friends' houses. On exploration: usual chores, goes to Brownies, visits friends at weekends, mum present. DSL advice to family, no further action.""",
  "", "", "", "l")
T("""Salvation Army – outreach to hotel (Home Office contingency accommodation). Resident (Iraqi Kurdish man, 27) said he is asked by a man in the hotel car park to do "cash work" in barbers and car washes. He has been once and was paid £30 for 12 hours; he went back to the hotel afterwards and has not gone again. Advised on rights and risks. No ongoing exploitation identified but monitoring.""",
  "", "", "", "l")
T("INT 3/C/C (condition: not for disclosure to licensing). Takeaway \"Chicken Express\" – staff appear to be Bangladeshi students; owner said to take half their wages as \"visa help\". Unverified.", "WW", "", "L", "m")
T("""Child protection medical (paediatrician). 16yo Vietnamese male, presented by police after cannabis farm raid. Multiple healed scars to back consistent with beating with a belt or cord, scabies, weight below 2nd centile. Says he was given rice once a day. Age disputed by police; I assess him to be under 18.""",
  "AV PV AC", "pa", "C", "h")
T("""Adult social care – Self-neglect. Mr R. (61) hoarding, refuses help. No third party involvement, lives alone, own finances. Multi-agency self-neglect meeting planned.""",
  "", "", "", "l")
T("""Debrief (Indian male, 33, Hindi interpreter): he says an agent in Punjab charged his father 12 lakh rupees for a work visa as a chef. In London the restaurant owner gave him a room above the shop shared with three others. He worked 7am to midnight, seven days. His wage of £2,200 was paid into his account but the owner took the bank card and gave him £200 in cash. When he asked for his card, the owner said he would call immigration and say he had stolen from the till.""",
  "EO WW IT", "uf oc saw lh ncw foa", "L", "h")
T("Hi i wanna report a nail salon in Croydon, the 2 girls work there sleep there my sister saw them bring mattresses down at closing, they are never alone the manager drives them", "", "saw et", "L", "m")
T("""Benefits team – Housing Benefit review. Claimant lives in an HMO run by a landlord who also employs all tenants in his bakery. Tenants say HB is paid directly to landlord (landlord is appointee for four of them). They receive a wage but £100 a week is deducted for "bills". Review ongoing.""",
  "", "ncw", "L", "m")
T("Woman on the bus asked me for help, she said in Spanish her boss took her passport and she is not allowed to leave the house she cleans in Kensington, she got off before I could do anything", "RD RM", "dt rm", "D", "h")
T("""Probation – prison release planning. Prisoner (Lithuanian, 40) told offender manager that before arrest he was working for a gang in a cannabis factory and was sent to steal catalytic converters to pay off "rent arrears" owed to them. He says the gang beat him with a bar when he was short. He fears them on release and asks not to be released to the same area.""",
  "DB PV", "foa", "C", "h")
T("""HMO licensing – Block inspection, 72-78 Norton St. All units compliant except Flat 5, missing fire door closer. Tenants spoken to; all students. No concerns.""",
  "", "", "", "l")
T("""Youth offending referral order panel notes: C. (14) involved in robbery with older youths. He told panel that one of the older lads had "put him on a debt" after his phone and £400 of drugs were taken off him by police, and that he must do "jobs" until it is cleared. Mum has had petrol poured through her letterbox. Referred to MASH and NRM.""",
  "AV DB IT", "", "C", "h")
T("""GP – new patient registration. Patient (Romanian male, 38) registered with practice, address given as a warehouse unit. Has a large burn on left forearm not treated. Says he works at a recycling yard for "cash daily" and sleeps there to guard. Boss has his ID card. Patient reluctant to talk further.""",
  "RD", "saw dt pa", "L", "m")
T("Police 999: male screaming from inside a lock-up garage on Hardy Industrial Estate, says he has been chained for 3 days and is injured. Officers forced entry, male found with leg wound.", "RM PV", "rm pa", "", "i")
T("""Housing officer – tenancy sustainment. Tenant Mr AMIN (Afghan refugee, 23) has a friend sleeping on his sofa. The friend works at a chicken shop, earns NMW, hoping to find his own flat. Tenant told to inform housing; no safeguarding concerns.""",
  "", "", "", "l")
T("""Children's social care – Return Home Interview. Girl (16) missing for 4 days. Says she was taken to "parties" in Oldham by a man she met on Snapchat, where she was given vodka and cocaine and had sex with "two or three men" – she doesn't remember clearly. He took her phone and said he'd share videos if she tells anyone. Referred to CSE team.""",
  "AV PV IS IT", "", "S", "h")
T("""GLAA licensing inspection (labour user: salad packhouse). Agency workers pay no fees, PPE provided free, optional minibus free of charge. All workers have own bank accounts, paid weekly. Accommodation not provided. Inspector satisfied.""",
  "", "", "", "l")
T("INT 2/A/P. Subject DRAGAN Vasile, 5 Vine St, found with 22 bank cards in names of other Romanian males, and a notebook listing names with sums \"datorie\" (debt) and \"chirie\" (rent) against each.", "DB", "mbc ncw", "L", "m")
T("""NGO (Unseen) helpline log. Caller (English, employer) reports that a subcontractor's labourers on his site said they had to pay £200 to the subcontractor to get the job and that he holds their passports. Workers live in a house the subcontractor owns, 4 to a room. Caller worried he is complicit.""",
  "RD AC", "uf dt oc", "L", "m")
T("""Safeguarding adults – Hospital discharge. Patient (Sudanese, 35) admitted with pneumonia. Says he has been working on a farm in Herefordshire picking for 6 months, living in a caravan with no heating. Pay was "on a card" held by the supervisor, he got £40 weekly in cash. He did not know the address of the farm.""",
  "AC WW IS", "plc ncw", "L", "h")
T("Neighbour says the man at no. 9 shouts at his wife. DV referral, MARAC considered. Wife works as a teacher, has her own money.", "", "", "", "l")
T("""Police handover: Op NETLINE. Warrant executed 06:00 at 17 Spring Bank. 4 x Chinese females located, 1 x male (CHEN) arrested for controlling prostitution. Females all had passports in a locked drawer in CHEN's room; key on his keyring. Phones: each female had a basic phone with only CHEN's number. Female in room 2 had a black eye and says CHEN punched her for refusing a client. Women in reception centre.""",
  "RD IS PV", "dt iso pa", "S", "h")
T("So I work in a hotel housekeeping via agency, we get paid weekly, sometimes late but always comes. I just want to know if 10 hours a shift in summer is legal?", "", "", "", "l")
T("""ASC – Adult Safeguarding Enquiry, Section 42. Ms K. (22, mild learning disability) has a new "boyfriend" who moved into her flat with two friends. She now works cash-in-hand at his cousin's cafe 6 days a week, 12 hours a day, and says the boyfriend "looks after" the money. She hasn't attended her day centre for a month and no longer sees her mum because "he doesn't like her". Bruising to arms seen by support worker.""",
  "AV EO WW IS", "lh ncw iso pa", "L", "h")
T("""Trading standards joint visit – Mobile phone repair shop. Staff: 2 brothers who own the business. Counterfeit goods seized. No concerns re staff.""",
  "", "", "", "l")
T("""Airport (Border Force) referral. Nigerian female (19) travelling to UK with a man claiming to be her uncle; he holds both passports and did all the talking. She said she has come to be a nanny for his family; he says she is visiting. Separate interview: she has never met his family, was told the job pays £1,000 a month and she must repay her ticket.""",
  "DB RD", "dt sfw", "D", "m")
T("""Victim statement (British male, 42, former rough sleeper). "I was approached outside the Job Centre. They said I'd have a room and a job laying drives, £50 a day. The room was a caravan with no water. They gave me a tenner a week and bought me cider. When I said I wanted to go, the old man said I owed for the caravan and food and he'd break my legs. I worked every day it didn't rain. I was there nearly 3 years." """,
  "AV DC AC WW DB IT", "plc", "L", "h")
T("tell me y ther's a house on Grange rd with like 10 blokes in it and the same pick up every morn, i think its a scam but not sure what kind", "", "oc ced", "", "l")
T("""MASH – Health (school nurse). Boy (15) disclosed he works for his dad's friend delivering parcels on a moped after school. Paid £20 a drop. Parent aware. No threats or debt, no missing episodes. Advice re employment law.""",
  "", "", "", "l")
T("""Police intelligence 2/B/P. Address 12 Lime Grove used as "pop-up brothel" via AdultWork (3 profiles share a phone number). Females rotated every 10 days from London. Drivers escort females from station. Women said to pay £500 a week "for the flat" plus "for advertising".""",
  "", "et", "S", "h")
T("""ASC referral – Learning disability nurse. Mr L. (37, LD) told his nurse that a couple at the pub ask him to collect parcels from the post office for them and sometimes withdraw money with a card in another name. They call him their "best mate" and give him cigarettes. He does not realise it's wrong.""",
  "AV", "", "C", "m")
T("""Children's homes – Reg. 40 notification. Young person (17) returned after 36 hours missing, drunk, with £600 cash. Says he was "working" in Hull. Won't say for whom.""",
  "AV", "", "C", "h")
T("I overheard 2 Polish men at the shop, one saying the boss took both their passports so they cant go home for christmas, at the mushroom farm i think", "RD", "dt", "L", "m")
T("""Council Licensing – Taxi driver complaints. Driver seen repeatedly dropping teenage girls at a flat above a kebab shop after midnight and collecting older men. Driver licence suspended pending police enquiry into CSE.""",
  "AV", "", "S", "h")
T("""Homelessness – Single Homeless Pathway assessment. Applicant (Eritrean, 24, granted refugee status) evicted from Home Office accommodation after grant. No employment history in UK; no exploitation disclosed, says he has never been asked to work for anyone. Placed in hostel.""",
  "", "", "", "l")
T("""Victim account (Vietnamese woman, 28, interpreted): "The lady in Hanoi told me I would work in a nail shop and earn £1,500. In England the lady's son met me. He took me to a house where there were many women and he said I had to 'go with customers'. I said no and he hit me, many times. After that I did it. He said my debt was £30,000. I could not go out, the door was locked with a code.""",
  "DC PV DB RM", "rm", "S", "h")
T("Bank: elderly customer (80) withdrawing £1,000 daily, accompanied by a young man. Customer says he is her carer. Safeguarding adults referral; financial abuse. No work involved.", "", "", "", "l")
T("""EH complaint – Rats at Happy Garden, Marsh Lane. Visit: kitchen closed. 4 kitchen staff, all family members of the owners, living at home. Re-inspection booked.""",
  "", "", "", "l")
T("""INT 2/B/P – County lines "TANK" line (Liverpool – Barrow). Runners include 2 x 15yo males reported missing from Merseyside. Source states runners are held in addresses of local drug users for 7-10 days at a time and not allowed to leave, food is McDonald's once a day. Runner who lost a package was stabbed last month.""",
  "AV RM PV DB", "rm", "C", "h")
T("""Health visitor concern. Visited family at a farm cottage where dad is a tractor driver. Dad works 60 hours in harvest but is paid overtime, cottage is in good condition, he has worked for the farm 12 years. Children well cared for. No concerns.""",
  "", "", "", "l")
T("""Adult safeguarding referral from Citizens Advice. Client (Brazilian, 31) worked as a cleaner via an agency in London; agency paid her 3 weeks late once, and she is in a pay dispute about missing hours. She is otherwise paid into her own account, lives with friends, has her own passport. Employment advice given; not a modern slavery case.""",
  "", "", "", "l")
T("""Police log: Report of an Albanian male (30s) at Central Station asking for help – says he escaped from a house where he was made to tend cannabis. Pointed out the house. Bruising to face. Says "the boss" has his passport and knows his family's address in Kukes.""",
  "PV RD IT", "pa dt", "C", "h")
T("""Schools – Referral from EAL coordinator. Boy (13, Slovak Roma) missing school, found working with his father's employer at a car wash on Saturdays and some weekdays. Employer says "he helps his dad". Child wasn't paid. Father says the employer keeps all the family's wages to pay "for the house" and the family's debt is growing.""",
  "AV WW DB", "ncw", "L", "h")
# ---- batch 4
T("""Adult safeguarding – referral from diplomatic protection liaison. Domestic worker (Ethiopian, 26) ran from a residence in Holland Park at 03:00 and was found at a petrol station with only the clothes she wore and a carrier bag. She says that she cooked and cleaned for a family of eight from 5am to 1am, was never paid in two years ("madam said the money is saved for me"), slept in the laundry room, and was slapped by the eldest daughter. Her passport is in the employer's safe. The household claims diplomatic immunity.""",
  "EO WW AC PV RD", "lh saw fpe dt", "D", "h")
T("Midwife community note: pt's mother-in-law visiting from Pakistan staying 3 months, helps with baby, lovely family. No concerns.", "", "", "", "l")
T("""Police intelligence 3/C/P. Report from a hospital porter in Istanbul via NCA liaison: UK resident "Dr K" said to arrange kidney sales for UK patients, paying Moldovan donors $5,000, donors told they will get $10,000. Unverified; passed to NCA.""",
  "DC AV", "", "O", "m")
T("""Children's services – Private fostering assessment. Girl (14) from Sierra Leone living with a "family friend". Does not attend school; the friend says she is "waiting for a place". Neighbours see her carrying shopping and hanging washing all day. She has a mattress in the corridor and two sets of clothes. She told the social worker quietly that she is not allowed to phone her mother and "if I am bad they will send me to the village to be married".""",
  "AV IS IT AC", "fpe plc iso", "D", "h")
T("loads of foreign lads living above the barbers, only got the clothes on there backs, boss drives them in, one told me he aint been paid since he came", "WW", "fpe et", "L", "m")
T("""NHS Blood and Transplant – routine report. Altruistic kidney donor (UK national, 52) completed assessment; independent assessor confirmed no payment or coercion. Transplant proceeded. Documented for HTA.""",
  "", "", "", "l")
T("""Victim debrief (Moldovan male, 24, Romanian interpreter). He says a man in Chisinau told him he could earn $8,000 by "giving a kidney, you only need one", and that the operation was safe and he would be looked after in a good clinic. He was driven to Turkey and operated on in a private house. He got $2,000 and was left at a bus station. He later came to the UK for farm work. He still has pain and can't lift heavy crates.""",
  "DC AV", "pa", "O", "m")
T("""HMO licensing – unlicensed HMO, 5 Beech Terrace. 11 occupants; landlord resident abroad, managed by a letting agent. Occupants are Indian students and workers at different employers, each with own tenancy. Overcrowding notice served on agent. No exploitation indicators.""",
  "", "oc", "", "l")
T("""First-person (Filipino woman, 44, written in her own English for her lawyer): I was working to the family in Dubai and they bring me to London for summer. In London I sleep on the floor in the kid room. I work from morning 6 until 2 midnight, no rest day, no going outside, only with madam to the shop and carry bags. They not give me salary in London, they say I get in Dubai. My passport madam keep. I have only my phone from home but madam take it, so I cannot call my children. One night I go out through the garden.""",
  "EO RM WW RD IS AC", "lh rm dt iso et plc", "D", "h")
T("Community warden: drunk man causing disturbance outside off-licence. Moved on. Well known locally, not a victim of anything except his own bad choices", "", "", "", "l")
T("""School safeguarding referral (secondary). Year 10 girl, Sana, told her friend she is going to Pakistan in the summer holidays "to be married". She is scared her dad will take her out of school. She has her own passport at home. No concerns of work or servitude. FMU and police informed for advice.""",
  "", "", "", "h")
T("""Environmental Health – visit to "Dragon Palace" buffet. Four kitchen staff, two sleeping on site in a room next to the boiler with no window. Staff told officer they have been there 2 years, work 12 hour shifts 6 days, and the owner "keeps" their wages and pays for their rent back home. They have no phones and said they have never been into the town centre. Owner insisted on interpreting.""",
  "AC EO WW IS", "saw lh iso sfw ncw plc", "L", "h")
T("""INT 2/B/P. POI KHAN Imran (DOB 02/06/1979) operates a "recruitment agency" placing British homeless men on rubbish collection rounds in Bradford. Men live in his house (8 in 3 rooms), transported in his van, charged £15/day for lifts and £90/wk rent; wage cards kept by KHAN.""",
  "AV AC WW", "oc et ct ncw", "L", "h")
T("999: teenage girl called from a phone in a flat, says she's 15 and a man has taken her clothes and won't let her out, man has gone to the shop. Location pinged to Hulme.", "AV RM", "rm", "", "i")
T("""Council housing – Tenancy fraud investigation. Tenant of record has moved to Spain and sublet the flat. Occupant is a Portuguese chef who pays rent to the tenant's cousin. Occupant unaware of fraud; he has his own job and documents. Possession sought. Occupant referred to housing options.""",
  "", "", "", "l")
T("""NGO (Medaille Trust) safehouse intake. Client (British, 19, woman) was groomed by an older man when she was living in a hostel. He became her "boyfriend", then said she owed him for drugs and rent and put her to work on sex-work websites. He keeps her phone and online account and she doesn't know her own passwords. She has a pierced ear torn and cigarette burns on her arm. Came in with a plastic bag of belongings.""",
  "AV DB IS PV WW", "pa fpe ncw", "S", "h")
T("""GLAA – inspection report (shellfish processor). Workers supplied by "NordLink Personnel" charged £45 for "compulsory" boots, gloves and apron, deducted from wages. Also charged £25 a week for minibus. Workers keep their own documents and wages otherwise, and live independently. Breach of licensing standards (fees for PPE).""",
  "", "ppe ct", "", "l")
T("A&E triage: 40M Polish, deep cut to hand from a box cutter at the warehouse, came with supervisor who left, gave own details and address, works via agency. Discharged. No concerns.", "", "", "", "l")
T("""Children's MASH – Health. 17yo female, Albanian, 18/40 pregnant, attended booking with a man (30s) who says he is her fiancé. She lives in a flat with him and four other Albanian men. She has no GP history, says she came to the UK six months ago in a small boat. She said the man "paid for the boat so I belong to him now" and that she has to "be nice to his friends".""",
  "AV DB PV", "", "S", "h")
T("the man in the flat below has 3 women coming and going every day and the bins are full of condoms, I think he's pimping them. He shouts at them but they do go out on their own to the shop", "", "", "S", "h")
T("""Benefits – Fraud referral. Pattern of 30 Universal Credit claims with addresses in four houses owned by one landlord. Claimants are Bulgarian nationals who say an "adviser" helped them claim and "keeps the money until we have work". Bank cards held by the adviser; claimants get £30 a week.""",
  "", "mbc ncw", "C", "m")
T("""Police debrief note (British male, 16). Says he started selling for "Smokey" at 13. Smokey took him on trips to Aberdeen, "to a flat with a junkie who slept in the front room", and he'd stay there selling for two weeks. He was told to "plug" drugs internally. When he wanted out, Smokey's friends jumped him and cut his face. He owes Smokey £2k for a "lost re-up".""",
  "AV PV DB", "pa", "C", "h")
T("""Adult social care – safeguarding concern from a community pharmacist. Regular customer (Chinese man, 60s) collects medication; has recently appeared malnourished and is accompanied by a younger man who pays. Customer told pharmacist in Mandarin (through a colleague) that he works in a restaurant kitchen and sleeps there and gets "no money, only food". He doesn't know where his passport is.""",
  "WW AV", "pa saw sfw", "L", "m")
T("""Housing Officer – welfare visit after report of overcrowding, 16 Gower Rd. Family of 7 (parents, grandmother, 4 children) in a 2-bed council flat. Father works as a delivery driver on his own account; on housing register. Overcrowded but no exploitation.""",
  "", "oc", "", "l")
T("""INT 2/B/P. Female (Brazilian, 30s) advertised on escort site, same phone number used by 4 profiles across Leeds, Sheffield, Derby. Source (client) says female told him her "manager" takes 70% of everything and that she can't go out alone because "he watches".""",
  "WW RM", "ncw rm", "S", "h")
T("""Children's social care – Strategy discussion. Two boys, 9 and 11 (British, Roma), being used by their uncle to pickpocket in shopping centres. Boys say uncle punishes them with a belt if they come back with less than £100. Parents in Romania; uncle has their birth certificates.""",
  "AV PV RD", "dt", "C", "h")
T("""YOT – intervention notes. L. (16) says he used to sell for older boys but stopped in March. Since then no contact, no threats. He has a job at a bakery on Saturdays and is doing well at college. Case closing.""",
  "", "", "", "l")
T("""Licensing – premises check, "Elite Nails", King St. Three nail technicians. Owner says staff are her nieces. One technician (appears under 18) could not give her address or date of birth. No ID for any of them on site; owner says "I keep their passports at home". Technicians had no phones. Joint visit with police arranged.""",
  "RD IS AV", "dt iso sfw", "L", "h")
T("a lady at my work (care home) said her agency owes her 2 weeks wages and won't answer her calls. she has another job now and is going to small claims. is that modern slavery?", "", "", "", "l")
T("""Victim account (Chinese female, 34, Mandarin interpreter): She says that she was offered work in a restaurant in London by a woman from the same province. She paid 150,000 RMB to a snakehead. In London she was told restaurant work was "finished" and she must work in a massage flat. She lived and worked in the flat, never had a day off, and the "boss" kept her earnings to pay the debt. She slept on the massage bed. She was moved to a new city every two weeks.""",
  "DC DB EO WW", "uf saw lh ncw", "S", "h")
T("""Police log: VRM YX66 PLM stopped on M6 at 05:10. Driver (Lithuanian) and 8 passengers heading to a meat plant. Passengers say they pay £10 a day for the ride and their agency takes rent direct from pay; they live in the driver's house, 8 in 3 bedrooms. All had own ID. Details passed to GLAA.""",
  "AC", "ct oc", "L", "m")
T("""Adult social care – Care Act assessment. Mr and Mrs ADEYEMI (80s) have a live-in Nigerian carer employed through a reputable agency, with a contract, 2 days off a week, own room, and salary paid into her own account. Daughter manages the arrangements. Carer happy; has her passport and BRP.""",
  "", "", "", "l")
T("""NRM referral narrative (written by first responder, Barnardo's ICTG). Child (Vietnamese, assessed age 15) was found by police in the back of a lorry at Dover. He says he was in a nail salon in France for 8 months, forced to work without pay, and then put on a lorry to England where "a man will meet me and give me work to pay back". He knew only a phone number. Placed in safe foster care.""",
  "AV WW DB", "", "L", "h")
T("Crimestoppers: guy who runs the vape shop on Market St is laundering money through accounts in students' names, pays them £500 each", "", "", "C", "m")
T("""Health visitor – concerns. Mother (Romanian, 23) at home with baby; her partner's family run a hand car wash. She says her partner works there every day and is "paid by his uncle when he needs money". She was not willing to say more. Home clean, baby well.""",
  "", "", "", "l")
T("""Police intelligence 2/A/P. Op ROWAN. Cannabis farm at 221 Burley Rd dismantled. Lone Vietnamese male (20s) found in a loft room with a mattress and rice cooker, no shoes, not been outside "for many months". Says he owes the boss and his mother in Vietnam has been threatened.""",
  "RM DB IT AC", "rm plc fpe", "C", "h")
T("""Schools – 6th form. Student (17) works 30 hrs/week at a supermarket while at college and is exhausted. Employer is aware of her age; hours voluntary and paid, she is saving to travel. Pastoral support offered.""",
  "", "", "", "l")
T("""Press summary: A couple from Essex were convicted of holding a woman in domestic servitude for 25 years. The woman, who has learning difficulties, was made to clean their house and care for their children, slept in a cupboard, and was given no money. Prosecutors said the couple took her benefits and told her she would be taken into a home if she spoke to anyone.""",
  "AV AC WW IT", "plc ncw", "D", "h")
T("Dear council, my tenant's cousin is staying in the loft conversion and helps with the kids in exchange for rent, she is studying at uni and works part time in a cafe. is that ok for the HMO licence?", "", "", "", "l")
T("""Salvation Army – Outreach. Man (Romanian, 55) sleeping rough by the ring road. Said he had been taken to England by a man from his village "to work in a factory", but on arrival he was told to beg outside supermarkets and give all money to the man. When he stopped begging the man threw him out of the house. He has no ID, says the man kept it.""",
  "DC WW RD AV", "dt", "C", "h")
T("""Environmental Health – complaint re 5 caravans on a farm near Wisbech. On visit: seasonal workers on Seasonal Worker visas via licensed scheme operator; caravans heated, 4 per caravan, clean; workers paid by farm payroll. Workers have passports. Advice given on drainage.""",
  "", "", "", "l")
T("""INT 1/B/P. DOMINGO Marisol (Filipino, 35) employed as nanny by a family in Hampstead (SUBJ HARRIS). Friend reports Domingo only allowed out on Sunday for 2 hours, has to hand her phone to employer at night, and is paid £300 a month for 80-hour weeks. Employer tells her the police will arrest her for overstaying if she leaves.""",
  "RM IS WW EO IT", "rm iso lh foa", "D", "h")
T("Bank – suspicious activity. 6 new accounts opened for Eritrean nationals with the same correspondence address; all debit cards sent there. Controls via same mobile. Pending investigation.", "", "mbc", "", "l")
T("""ASC referral – Police. Mr E. (66, alcohol dependent, lives alone) – group of youths using his flat to store drugs and "chill". Mr E says they bring him vodka and he "doesn't mind". Officers found him with bruising; he admits one lad punched him when he asked them to leave. Cuckooing.""",
  "AV PV", "pa", "C", "h")
T("""Victim statement (Pakistani male, 29, Urdu interpreter). He says that he came on a student visa paid by an uncle. The uncle's friend runs a takeaway and a wholesale business; he was given a room in the warehouse and made to work 14 hours a day. He was told his college fees were paid and he owes £18,000 which he must repay by working. He received £150 a month. When the visa expired the friend told him that he is now illegal and the police will arrest him.""",
  "DB WW EO IT AV", "saw lh foa", "L", "h")
T("Domestic abuse referral: female (38) says husband controls the money, won't give her a bank card and checks her phone. She works as a nurse. IDVA referral. No exploitation for labour.", "", "ncw", "", "l")
T("""Council Licensing – Sex establishment licence renewal, "Velvet Club". Dancers self-employed, pay house fee; no welfare concerns raised by SWAN outreach. Renewed.""",
  "", "", "", "l")
T("""Border Force – Eurostar. UK-bound male child (Albanian, 16) with a male adult (not related) who had his passport. Child said he was going to "work in a kitchen" in London and the man would sort everything; did not know where he would live. Adult arrested; child into LA care.""",
  "AV RD", "dt", "L", "h")
T("found a note in my amazon parcel saying HELP I AM HELD AT THE WAREHOUSE. prob a joke but ya never know", "", "", "", "l")
# ---- batch 5
T("""MASH – Adult referral, Housing Enforcement. Officers executing a warrant at 3 Arden Close (suspected illegal HMO) found 22 men in a 4-bed house, bunks in every room including the garage. The men, Indian and Nepalese, are all employed by the same scaffolding firm. They said they pay £400 a month each to the firm's director for the bed and that "the director has our passports for the right to work". Two men had been given a room only after paying a £1,000 "joining fee". One man whispered that the director's son beat a worker who asked for his passport back.""",
  "AC RD PV", "oc plc dt uf", "L", "h")
T("Youth worker: lad (15) told me older boys took his bike and phone, reported as robbery. Nothing about drugs or being made to do anything. Police informed.", "", "", "", "l")
T("""Victim debrief (Eritrean male, 19, Tigrinya interpreter). He says that in Libya the smugglers held 200 people in a warehouse and demanded $5,000 from each family. Those whose families could not pay were beaten and some were taken by a "doctor" and came back with bandages on their side; two died. He was told he would be next if his family did not pay. His brother in Sweden paid.""",
  "PV IT RM", "rm", "O", "h")
T("""Health visitor – Antenatal contact. Mum (Vietnamese, 21) lives with partner (30s) above his nail shop and works in the shop. She says she came to the UK on a lorry 2 years ago and "her partner paid". She has no access to money; partner collects her wages from the shop till. She cannot go to English classes because "he says I must work". She has not been registered with a GP before. She seems frightened of any mention of the Home Office.""",
  "AV WW DB RM", "ncw foa", "L", "h")
T("Public report: at the big hotel by the airport the housekeeping girls are bused in at 6 and out at 11 at night in a white minibus, a guy with a clipboard counts them in and out, they never speak", "", "ced et sfw", "L", "m")
T("""ASC – Provider concern. Domiciliary care agency owner reported one of her carers (Zimbabwean, 34) said a previous agency in another town had made her pay a £7,000 "visa fee" and then cut her hours so she couldn't pay it off, and kept her in a house with 6 other carers. She left that agency and now works here happily, paid properly. Asked if police should know.""",
  "DB AC", "uf oc", "L", "m")
T("""INT 2/B/P. PETROV Stefan (Bulgarian) – "Euro Services Ltd" – supplies 40 labourers to demolition sites. Labourers paid through a payroll company into accounts which PETROV opened for them; PETROV holds the cards and PINs; ATM footage shows PETROV withdrawing from 14 cards at the same Sainsbury's cashpoint on Fridays. Labourers get £100/week cash.""",
  "WW", "mbc ncw", "L", "m")
T("""School – safeguarding. Year 6 boy came in with a bruise on his cheek, says his brother hit him playing football. Consistent with account, mum phoned. No further concern.""",
  "", "", "", "l")
T("""101: caller saying her daughter (17) has gone to work as a "live-in girlfriend experience" for a man she met online who has paid for her train to London. Daughter is replying to texts but says she "can't come home until she earns the fare back". Man has told her he'll post her photos if she leaves.""",
  "AV DB IT", "", "S", "h")
T("""Environmental Health – Takeaway, Spice Hut. Kitchen porter (Bangladeshi, 50s) found sleeping in the basement on a mat. He says he has worked there for 6 years, seven days a week, and his salary is "kept by the owner for me" – he has no bank account and has never received the savings. He has one bag of clothes. He does not know the name of the street. Owner says he is a "relative".""",
  "WW EO IS", "saw lh fpe ncw", "L", "h")
T("NGO helpline: caller worried about her brother working on a trawler off Scotland, he says crew don't get shore leave for months and skipper keeps their seaman's books. Earnings go to the crewing agency in Ghana who pay 'when the contract ends'", "RM RD WW", "rm dt ncw", "L", "h")
T("""Children's social care – Child in Need. Family (British) reported by school for son's poor attendance. Dad says son (14) helps out on the family farm during lambing. Son says he likes it, gets pocket money, and wants to be a farmer. Attendance plan agreed. No exploitation.""",
  "", "", "", "l")
T("""Police log 22:15. Officers called to a disturbance at a brothel on Dale St. Woman (Romanian, 22) with a bleeding nose said the "manager" had hit her because a client complained. She says she is kept in the flat and the manager takes her phone at night. Manager (ZAMFIR) arrested. Woman to hospital.""",
  "PV RM IS", "rm pa", "S", "i")
T("""Benefits – Council tax support. Claimant has moved into partner's house. CTS ended. No other concern.""",
  "", "", "", "l")
T("""Debrief – Albanian female (23), Albanian interpreter. She says that her boyfriend in Shkodër told her they would have a new life in London where he had a job in a barber's. In London they lived in a flat with his cousin, and after two weeks he told her she had to "help" by working in a massage flat. She refused and he beat her and locked her in the bathroom for a day without food. After that she worked every day. He took the money to pay back "the boat". She has not spoken to her family since arriving because he broke her phone.""",
  "DC PV RM DB WW IS", "rm", "S", "h")
T("Dog fouling complaint, park entrance Church Lane. Fixed penalty issued.", "", "", "", "l")
T("""Safeguarding referral – Paramedic crew. Called to a flat for an elderly lady who had fallen. Found a young Filipino woman (20s) who is her live-in carer. Carer said she came through an agency in Manila, pays no fees, has Sundays off and her own room, and her wage goes to her own account. Lady's son visits daily. Carer was kind and competent. No concerns.""",
  "", "", "", "l")
T("""GLAA investigation summary (Op ARDEN). 28 Latvian workers supplied to three food factories. Workers recruited in Riga via Facebook with promise of £450/week and free housing; on arrival charged £100/week rent for a shared room (6 per room) and £20/week transport, plus a £200 "finder's fee" repaid from wages. Several workers' pay was diverted into accounts controlled by the gangmaster. Workers threatened with "the Riga boys" if they left early.""",
  "DC AC WW DB IT", "oc ct uf ncw", "L", "h")
T("Midwife: young mum in hostel, father of baby in prison, mum has learning needs, supported by family and key worker. Referral to early help. No exploitation.", "", "", "", "l")
T("""INT 3/C/P. Car wash at former garage, Riverside Rd – staff aged 14-17 seen working after school and until 22:00, source says the owner "owns" them because he paid their families in Romania.""",
  "AV DB", "lh", "L", "h")
T("Neighbour reports: house opposite has windows covered in foil, strong smell of weed, someone inside but nobody comes out, a guy drops off shopping bags twice a week and locks the door as he goes", "RM", "rm", "C", "i")
T("""Children's social care – Assessment. Sibling group (7, 10, 13) from Slovakia living with parents and 4 other adults in a 3-bed terrace. Parents work at a meat plant via an agency. Housing is overcrowded but parents rent it themselves from a private landlord. Payslips seen, wages paid to parents' own accounts. Children attend school. Overcrowding referred to housing. No exploitation indicators.""",
  "", "oc", "", "l")
T("""Probation – OASys note. Service user (29, British) admits he was "working off a drug debt" in prison by holding phones for another inmate. On release he says the debt "went away". He is now in employment and reports no contact from the group. Monitor.""",
  "", "", "", "l")
T("""Victim account (Nigerian woman, 32, written statement): "Madam brought me from Lagos to look after her children in Manchester. She said I will go to school. I did not go to school. I wake at 5 to prepare breakfast and I finish when everyone is sleeping, after midnight. I sleep in the sitting room on the settee. I was not paid – she said she sends to my mother, but my mother got nothing. When I asked to go to church, Madam's husband said if I leave the house the police will catch me because I have no papers and he slapped me." """,
  "DC EO WW PV AV IT", "lh plc foa", "D", "h")
T("""Licensing – nail bar compliance visit with Immigration Enforcement. 5 workers, 2 without right to work, civil penalty to employer. Workers had own phones, lived with family, paid weekly cash at agreed rate. No trafficking indicators; NRM not appropriate.""",
  "", "", "", "l")
T("my nan told me the man who cuts her grass is made to work for a family who keep him in a shed, he's got no teeth and is really skinny, they dont pay him they just give him fags", "WW AC", "pa plc", "L", "m")
T("""Youth offending – bail support. Boy (16) on bail for possession with intent. Says he was forced by an older man who holds "his debt" and that the man has said he will shoot him and his family if he gives a name. Boy under threat tonight – man knows he is staying at grandmother's. Police informed immediately, Osman warning considered.""",
  "AV DB IT", "", "C", "i")
T("""Bank Financial Crime – SAR summary. 12 accounts in names of Vietnamese nationals, opened with the same phone number and email. Salaries from a nail salon chain paid in weekly; withdrawn in full within 2 hours at the same ATM by an individual captured on CCTV. Consistent with third-party control of wages.""",
  "WW", "mbc ncw", "L", "m")
T("Council tax enquiry: student exemption certificate missing for 3 tenants at 41 Elm Row. Requested from university. Fine.", "", "", "", "l")
T("""Adult social care – safeguarding outcome. Concern that Mr S. (45, autistic) was being made to work unpaid at his brother's car valeting business. Enquiry found Mr S. chooses to attend 2 days a week, is paid the minimum wage via payroll, has support worker present and enjoys it. Concern not substantiated.""",
  "", "", "", "l")
T("""Police intelligence 2/B/C (handling: do not disclose source location). Women (Chinese, 30s-50s) working in "massage" flats across the West Midlands are moved weekly by car between Coventry, Wolverhampton and Walsall; source says each woman pays the organiser £600/week "rent" and owes ¥200k to the snakehead; several have had passports taken "for safekeeping".""",
  "DB RD", "et dt", "S", "h")
T("Crimestoppers (anon): the guy at 7 Sefton st keeps young teenage boys in his flat and sends them out on bikes with packages, they look scared of him, one had a black eye", "AV", "pa", "C", "h")
T("""Hospital safeguarding team – ED. Patient (Kurdish Iranian, 24) brought by colleague after a fall from scaffolding. Colleague says they work cash-in-hand for a builder, 6 days a week, and live in the builder's house with 9 others. Patient says the builder told them not to go to hospital "because immigration will come". Builder arrived at ED and tried to take patient away before treatment.""",
  "IT AC AV", "oc foa", "L", "h")
T("""HMO licensing – Visit to 88 Mill Lane following anonymous complaint. 6 occupants, all named on the licence; the complaint alleged "slaves" living there. Occupants are Polish bus drivers employed by the council's contractor, with own cars and tenancies. No concerns.""",
  "", "", "", "l")
T("""Homelessness outreach – Woman (Romanian, 40s) found sleeping in a church doorway. She says she left a house in Luton where she had been cleaning and cooking for a family of 10 for two years without pay. She was not allowed out except to the shop with one of the daughters, and the father took her ID card when she arrived. She left yesterday when the door was left open. She has a carrier bag of clothes.""",
  "WW RM RD", "rm dt et fpe", "D", "h")
T("""Schools – Designated Safeguarding Lead log. Boy (12) said his mum "sells" his old clothes on Vinted and he has to take photos of them. Spoke to mum; normal household activity. No concern.""",
  "", "", "", "l")
T("""Police – officer statement extract. "On arrival at the unit on Canal Rd I found five males working on a production line packing wet wipes. None of them wore gloves despite handling chemicals. The supervisor, who gave his name as IONESCU, spoke for all of them. The males were thin and several had rashes on their hands. In a side room I found mattresses and a camping stove. One male said in Romanian that they sleep there and 'the boss gives us money when the contract finishes'." """,
  "AC WW", "sfw pa saw plc", "L", "m")
T("""Salvation Army – Case closure. Client (Polish male, 58) moved on to independent accommodation and is working at a warehouse via agency. Pay going to his own account, he reports his employer treats him well. Support ended.""",
  "", "", "", "l")
T("someone please help my friend she is 16 and was sold to a man from Derby by her step dad for £2000 she is being kept there and he raped her", "AV PV RM", "rm", "S", "i")
T("""Adult social care – safeguarding triage. Referral from neighbour: a man with learning disabilities seen cleaning cars outside a house every day. Visit: the man (32) lives with his mother and voluntarily washes cars for neighbours at £5 each, money kept by him. No concerns.""",
  "", "", "", "l")
T("""INT 2/B/P. PIERCE Daniel (aka "Dee"), dealer running "Dee line" Birmingham – Worcester. Recruits children from PRUs. Children told they owe £500 if stopped by police and the gear is seized. Source states PIERCE made a 14yo strip naked and filmed him as punishment for losing money.""",
  "AV DB PV", "", "C", "h")
T("""Press summary: A landlord was fined £30,000 for renting out an unlicensed HMO in which 14 people lived in unsafe conditions, including a bedroom in a cellar without windows. The tenants, mostly Eastern European workers with jobs in the area, paid rent directly and were rehoused by the council.""",
  "", "oc plc", "", "l")
T("""Victim debrief (Sudanese boy, 17, Arabic interpreter): He says that a man at the hotel for asylum seekers gave him cigarettes and then a phone, and told him he could earn money. He was taken to cities to sell drugs. The man said he owed £800 for the phone and clothes. He was hit with a belt when he came back with less. He never knew where he was being taken.""",
  "AV DB PV IS", "", "C", "h")
T("""Environmental health – pest visit, bakery. 8 staff, owner and family. Staff working 5am starts, finish at 1pm. No concerns beyond mice.""",
  "", "", "", "l")
T("""Safeguarding referral – Housing association. Tenant (British male, 70, lives alone) reports two men living with him who he "met in the pub". They have started a cannabis grow in his back bedroom and told him if he tells anyone they will burn the flat down. Tenant has poor mobility and says he's afraid to go out.""",
  "AV IT", "foa", "C", "h")
T("""NGO note – au pair in Wimbledon. Au pair (Hungarian, 19) contacted the au pair agency saying host family expects her to work 60 hours a week cleaning, cooking and childcare, pays £70/week and says she must "pay back" her flight if she leaves before a year. She keeps her own passport and goes out on her day off.""",
  "EO DB", "lh", "D", "m")
T("A guy with 20 bank cards at the cashpoint on Station Rd every Friday night, taking out cash on each one, foreign blokes waiting in the van", "", "mbc", "", "l")
T("""GP – consultation note. Patient (Romanian, 36) requested fit note for back injury. Works as a labourer, says employer pays his wages into his own account, he has a contract and lives with his wife. Employer sent him home on full pay. No concerns.""",
  "", "", "", "l")
T("""Children's MASH – Police referral (CSE). Girls aged 13 and 14 from a children's home found in a car with three men at 02:00 in a layby. Alcohol and cannabis in the car; girls said they had been "passed round" at a house earlier. One girl had bite marks on her neck. Men arrested. Girls taken to SARC.""",
  "AV PV", "pa", "S", "i")
# ---- batch 6
T("""Renal unit – safeguarding query. Patient (British-Pakistani, 55) on dialysis told the nurse his nephew in Lahore "has found a donor" and he plans to travel for a transplant costing £30,000. Donor is said to be a labourer who "needs the money". Patient advised about the risks and the law; escalated to the transplant team and the HTA. No UK offence known yet.""",
  "AV", "", "O", "m")
T("""NCA intelligence summary 2/B/P. Network recruiting Romanian and Moldovan men with debts via Facebook for "paid medical tests" abroad; men are taken to a clinic in northern Cyprus where a kidney is removed. Payments promised €15,000, paid €3,000 or nothing; men threatened with violence against family if they speak. Two UK-based recruiters identified.""",
  "DC AV WW IT", "", "O", "h")
T("""Victim debrief (Pakistani male, 31, Urdu interpreter). He says a brick kiln owner in Punjab to whom his family owed money sent him to Dubai and then to the UK. Here a man told him the family debt now stood at £20,000 and he must give a kidney to clear half. He was taken to a hospital abroad for "tests" but escaped at the airport. Since then the man has phoned his mother and said "we will take it from your other son".""",
  "DB IT AV", "", "O", "h")
T("""HMO licensing – inspection at 51 Kenyon St (licensed for 5). 5 occupants, Vietnamese men, all in one bedroom. The other bedrooms are locked and smell of cannabis; wiring bypasses the meter. Men say they "look after the house for the owner" and cannot leave because the owner "has the key". One man could not say which city he was in.""",
  "RM IS AC", "rm oc plc", "C", "i")
T("School – Y9 parents' evening. Dad mentioned he is working long shifts as a delivery driver and apologised for missing the last one. No concerns.", "", "", "", "l")
T("""MASH – Housing officer referral. Tenant (Eritrean woman, 27) has let "a friend from church", a woman in her 50s, stay with her. The friend cooks and cleans for the tenant's family and minds the children while the tenant works. She is not paid, has no key, and the tenant has her refugee travel document "so she doesn't lose it". The friend said in Tigrinya that she has nowhere else to go and the tenant "saved her".""",
  "AV WW RD", "dt", "D", "h")
T("""Environmental Health – workplace accident investigation. Worker at Northern Pallets Ltd lost two fingers in a saw. Employer had removed the guard to speed up production. Worker employed directly, paid properly, lives with family. HSE prosecution recommended for unsafe working conditions. No exploitation concerns.""",
  "", "", "", "l")
T("""INT 2/B/P. Hand car wash "Shine Time", A56. Source (ex-worker) says workers charged £120 for "uniform and boots" and £5 a day for the van that brings them from the house on Crescent Rd at 7am. They finish at 9pm. The manager ADEM answers any questions from customers. Pay is "£40 a day minus costs".""",
  "EO", "ppe ct ced lh sfw", "L", "m")
T("i work in a takeaway and the owner give me my money every week in cash £250 for 5 days but no payslip, is this ok? I have my own flat and passport, just want payslip", "", "", "", "l")
T("""Children's social care – Section 47 enquiry summary. Child (15, Indian, brought to UK on a visitor visa 18 months ago by a family acquaintance) was found by police working in the acquaintance's corner shop during school hours. He sleeps in the stock room. He said he has not been to school since he arrived, and the man told him his parents would be "in trouble" with the moneylender in Gujarat if he didn't work. He has never been paid – "uncle gives money to my father".""",
  "AV IT WW", "saw", "L", "h")
T("Hi, I'm a driver for a delivery company, we do long hours in December (12 hr) but its paid and we get days off after. Not a slavery thing just want to know my rights", "", "", "", "l")
T("""Police log – Op ELMTREE. Car wash at 2 Viaduct Rd. 6 male workers (Albanian, Kosovan). All had own documents and phones; paid £70/day cash; living in own rented rooms. Two workers without right to work referred to Immigration Enforcement. No MS indicators.""",
  "", "", "", "l")
T("""Salvation Army caseworker – client (Vietnamese woman, 35) says that a woman she met through a Facebook group promised her a job in a nail salon in Scotland. She paid the woman 200 million dong for travel. She spent 9 months in a salon in Aberdeen working 10 hours a day, six days, and was given £100 a month; the owner said the rest was "paying back your travel". She slept in the owner's house with 5 other girls in one room. She says the owner was kind to her sometimes.""",
  "DC DB WW AC EO", "uf lh oc", "L", "h")
T("""YOT – AssetPlus. Boy (14) arrested in a known trap house in Cardiff 150 miles from home. Had £480 and 30 wraps of crack cocaine. He was crying and said he'd been "left there" and not allowed out for 5 days by the older lads and had slept on the floor. His phone had messages saying "dont be long or your mum gets it".""",
  "AV RM IT AC", "rm plc", "C", "h")
T("""Adult safeguarding – Referral from police. Ms R. (38, heroin dependent, street homeless) tells officers she is made to "work" for her partner, who advertises her on Vivastreet and takes all the money for drugs. He hits her if she refuses. She does not want to leave him.""",
  "AV WW PV", "", "S", "h")
T("Complaint about noise from a karaoke bar. Visit: bar in order. Staff hours fine. Licence conditions reminded.", "", "", "", "l")
T("""GLAA – Licence application decision. Applicant company requires new workers to pay a "deposit" of £300 which is returned after 3 months, and charges £30 for a mandatory induction. Application refused due to fee-charging. No victims identified.""",
  "", "uf", "", "l")
T("""Police intelligence 2/B/P. Female, 19, Hungarian, stopped at Victoria coach station with a male (Hungarian, 40s) who had both their ID cards. Female appeared frightened, had a cut lip and said "I go to work for him in London, he will buy me clothes". Male has convictions in Hungary for pimping.""",
  "RD", "dt pa", "S", "h")
T("""ASC – Safeguarding enquiry. Mrs D. (78) has a lodger (Polish, 45) who does her shopping and cooking in exchange for a reduced rent; lodger has his own job at a hospital. Neighbour concerned lodger "is a slave". Both content, written agreement in place. No concerns.""",
  "", "", "", "l")
T("""Victim account (Sudanese man, 26, Arabic): "In the farm in Italy before I came here, the caporale took us at 4 in the morning in his van and we paid 5 euros for the van. We picked tomatoes until it was dark. He kept 5 euros from each box. Who complained, he did not take him the next day. In England I work in a warehouse with a contract, everything is fine, but I want to tell what happened." """,
  "EO WW", "ced ct lh", "L", "m")
T("""Midwife – safeguarding concern. Pregnant woman (18, Romanian) attended with her "husband" (30s). She has bruises on her neck. When he was out of the room she said she was married to him at 15 and he takes her to "work" in cars with men every night and keeps the money. She said she cannot go back to her parents because he paid them for her.""",
  "AV PV WW", "pa ncw", "S", "h")
T("Public report: there's a lad at the big farm near us who has been there years, lives in the old farmhouse, gets paid, goes to the pub every friday. someone online said he's a slave but he's not, just quiet", "", "", "", "l")
T("""Benefits fraud – Identity fraud. Universal Credit claim made in the name of a man (Polish, 50) who says he never applied. He says he gave his passport and NI number to a man in a pub who offered him work, and never got them back; he never got the job either. Police fraud report.""",
  "DC RD", "dt", "C", "m")
T("""Police handover – lates to nights. Concern for welfare at 12 Fulton Rd (cuckooed flat). Tenant Ms BROWN (LD) rang 999 saying "they won't let me leave my bedroom", 3 males in the flat dealing. Officers en route. Previous incidents of assault on her by the same group.""",
  "AV RM PV", "rm", "C", "i")
T("""School – safeguarding referral. Girl (13, Romanian Roma) told a teaching assistant she is "promised" to a boy in another family and will leave school next year to live with them and "do the house". Mum confirmed the engagement but says marriage would not be until 18. Girl attends well. Concern noted and CSC advice sought.""",
  "", "", "", "h")
T("""Environmental Health – Takeaway, Mr Kebab. Found 2 workers (Turkish Kurds, 20s) living in the flat above, which is part of the premises. They say they rent from the owner at £50 a week each, work 9 hour shifts, paid into their own accounts, and have their ID. Flat is tidy. No concern.""",
  "", "", "", "l")
T("""NGO (Hope for Justice) case note. Client (British, 23, care leaver) was "befriended" by a man who let her stay at his house. He then said she owed £1,500 for rent and drugs and made her open bank accounts and take out phone contracts in her name which he used. He kept her bank cards. She was not allowed to see her friends and he checked her phone every night. Debt now "£5,000" by his count.""",
  "AV DB IS", "ncw iso", "C", "h")
T("""INT 1/A/P. Intelligence from a victim: MARKU brothers run 5 car washes across Hampshire, staff mostly Albanian men aged 17-25 who came by small boat. Workers sleep in a loft above the wash on Station Approach, on pallets. Passports kept by elder brother. Workers told that if they go to the police "your sisters in Albania will pay".""",
  "AV AC RD IT", "saw plc dt", "L", "h")
T("""Probation – Risk of serious harm. Offender (44, British) convicted of controlling prostitution. Licence conditions include no contact with former victims and notification of new relationships. Currently compliant. """,
  "", "", "", "l")
T("she just turned up at our door at 3 in the morning no shoes, barely any english, showed a picture of a house and kept saying 'no go back, man hit' she had bruises all up her arm", "PV", "pa fpe", "", "h")
T("""A&E – safeguarding. 20yo female, Thai, presented with severe abdominal pain, brought by a man who left immediately. She says she works at a "spa" and lives there, clients every day, "the boss has my passport and says I owe 20,000". She was not allowed to go to the doctor before today.""",
  "RD DB RM", "dt saw rm", "S", "h")
T("Housing repairs: tenant reports damp in bedroom. Surveyor booked. Family of 4. No other issues.", "", "", "", "l")
T("""ASC referral – GP. Patient (Indian, 67) came to UK on a visitor visa to look after her son's children. Daughter-in-law now says she must stay, does all the housework and childcare, gets no money and is not allowed to phone her husband in India. Her son holds her passport. She cried in the consultation and said she wants to go home.""",
  "RD IS WW AV", "dt iso", "D", "h")
T("""Youth Justice – Out of court disposal panel. Girl (15) caught shoplifting make-up with friends. No older people involved, no coercion. Youth caution. No exploitation.""",
  "", "", "", "l")
T("""Police intelligence 3/C/P. Unconfirmed report from taxi driver: picks up Eastern European women from a house on Dale Rd at 9pm and drops them at hotels, collects at 5am; the same man pays and sits in the front. Women never speak.""",
  "", "ced et sfw", "S", "h")
T("""Victim debrief (Polish male, 37, Polish interpreter). He says he was recruited at a bus station in Poznan by a man who promised factory work and a room, travel free. In the UK, he was taken with 6 others to a house in Kidderminster. The gang opened bank accounts in his name at three banks and took the cards; he never saw his wages from a meat factory. He was given £20 a week "pocket money". When he complained he was punched and told he owed £700 for the journey and the house. He slept on a mattress in the living room with three others.""",
  "DC WW DB PV AC", "ncw mbc oc", "L", "h")
T("Neighbours arguing about a fence. Community mediation offered. NFA.", "", "", "", "l")
T("""Health visitor – new birth. Family (British, both parents in their 30s) living in a caravan on a farm where dad works as a herdsman, tied accommodation with running water and heating, dad has a contract and days off. Mum says farmer's family are kind. No concerns.""",
  "", "", "", "l")
T("""MASH – Police referral. Two boys (13 and 16, Roma) stopped with a man in a car full of stolen goods near a retail park. The man had their ID cards and birth certificates in the glovebox. Boys said they steal for "the boss" every day and live in his house; they sleep on the sofa and are not allowed out without him.""",
  "AV RD RM", "dt rm et", "C", "i")
T("Anonymous tip: a man is selling fake designer handbags from his garage. Trading standards informed. Nothing else.", "", "", "", "l")
T("""INT 2/B/P. Subject (British, 50s) "Mr Fix" arranges sham marriages between EU women and non-EU men for £10k per marriage. Source says Slovak women are brought over, told they'll work in a hotel, then told they must marry; their passports are held until the wedding and they receive £500. One woman was locked in a flat in Bradford for the week before the ceremony.""",
  "DC RD WW RM", "dt rm", "C", "h")
T("""EH – Complaint about a house used as a "staff house" for a Chinese restaurant chain. On inspection, 14 staff in 4 rooms, bunk beds, one bathroom, mould. Staff say they are charged £80 a week for the bed by the employer and driven to work at 10am and home at 1am. Staff were reluctant to speak and a manager arrived within 10 minutes.""",
  "AC", "oc plc ced et lh", "L", "m")
T("Im from Ghana and I came to the UK as a student but my sponsor closed, now I have no visa. Im not working for anyone. I need advice about my status.", "", "", "", "l")
T("""Children's services – Looked After Child review. Young person (17, Eritrean, UASC) placed in semi-independent accommodation. Says an older man from his community offered him work in a car wash for £30 a day "cash". He has not gone. Risk awareness work undertaken. No exploitation currently.""",
  "", "", "", "l")
T("""NRM referral (first responder: local authority). Adult male (Slovakian Roma, 48, illiterate) lived with an extended "family" in Derby who used his identity to claim benefits and open loans. He was made to work on a building site for a man who paid the family directly. He slept in the garage. He was beaten with a belt when he asked for money. He had one change of clothes.""",
  "AV WW PV AC", "ncw plc fpe", "L C", "h")
T("Concerned citizen: a bunch of lads get dropped at the industrial estate at 6am by the same bloke in a transit and picked up at 8pm, 6 days a week. Could be nothing but they never have lunch", "", "ced et lh", "L", "m")
T("""Adult safeguarding – care home. Registered care home found to employ 5 overseas carers who had to pay the owner £5,000 each before starting, deducted at £400 a month. Carers work 48-hour contracted weeks, live in their own rented rooms, hold their own passports. CQC and GLAA informed of fee-charging. Carers did not want further action.""",
  "DB", "uf", "L", "m")
T("""Police log – 999. Woman (Nigerian, 40s) calls from a neighbour's house: says she has run from her employer's home in Barnet where she was a live-in maid for 5 years, never paid, and the employer just threatened to "burn her" for burning a shirt. Employer is outside the neighbour's door shouting. Units attending.""",
  "WW IT", "", "D", "i")
T("""Schools – attendance. Sibling group (Bulgarian) arrived recently. Parents work at a mushroom farm through a licensed agency; children attend, family has own tenancy. Interpreter used. No concerns.""",
  "", "", "", "l")
T("""Salvation Army – Debrief. Client (Albanian female, 25) says that when she was 17 she was trafficked to Italy and then the UK by her uncle's friend. In London she was put in a flat and told she would work "for a few months" to pay off 20,000 euro. The men who came were sometimes violent. She never had money. She was moved between cities by car. She did not know the names of any of the places.""",
  "AV DB PV WW IS", "et", "S", "h")
T("Housing officer: visit to 12b Chester Rd, tenant's brother living with him temporarily after losing his job. Brother on UC in his own name. Allowed for 6 months. No concerns.", "", "", "", "l")
T("""EH – Nail bar inspection (special treatments licence). Ventilation poor, technicians not wearing masks. All technicians self-employed, own their own kits, choose their hours. Improvement notice. No exploitation.""",
  "", "", "", "l")
T("""Bank – vulnerable customer team. Customer (Sri Lankan man, 40s) came in with another man who tried to change his address and phone number on the account. Customer later returned alone and said the man is his "employer" at a petrol station who has his debit card and takes his salary, giving him £50 a week. He lives in the back office of the petrol station.""",
  "WW", "ncw saw sfw", "L", "m")
T("""INT 2/B/P. Au pair agency "Happy Families Ltd" – owner recruits girls from the Philippines aged 18-20 on student visas, places them with families as live-in domestic workers for 70+ hours a week; agency keeps their passports and takes 50% of their pay.""",
  "EO RD WW", "lh dt ncw", "D", "h")
T("wtf is going on at the chinese massage place on Ormeau road, girl ran out screaming last night with blood on her face and a guy dragged her back inside, police never came", "PV RM", "rm pa", "", "h")
# ---- batch 7: one-liners
T("INT 2/B/P: STAN Ion holds passports of 6 workers at the Blackmoor packhouse in his car.", "RD", "dt", "L", "m")
T("car wash lads told me the boss keeps there wages for 'safety' and gives them a tenner", "WW", "ncw", "L", "m")
T("HV: family of 5 in 1-bed, on housing list, dad employed at hospital. No concerns.", "", "oc", "", "l")
T("Girl 14 seen getting into cars with different older men outside the takeaway every night.", "AV", "", "S", "h")
T("YOT: lad says he can't stop running for them cos they know where his nan lives", "AV IT", "", "C", "h")
T("Cleaner at the hotel says she hasn't had a day off in 3 months and sleeps in the linen room.", "EO", "lh saw", "L", "m")
T("Student lost her BRP on a night out, reported to police, replacement applied for.", "", "", "", "l")
T("Referral: 16yo boy on bail in Swansea, home address Luton, says 'the elders sent me'.", "AV", "", "C", "h")
T("Bloke at the cashpoint with a fistful of cards, about 15 of them, every Friday.", "", "mbc", "", "l")
T("999: woman says she is held in a flat in Slough and the men have her daughter.", "RM", "rm", "", "i")
T("Housing: rent arrears for flat 4, tenant lost job, referred to money advice.", "", "", "", "l")
T("DSL: Y8 pupil not allowed to go home until he's 'paid off' what his cousin's friends say he owes.", "AV DB RM", "rm", "C", "h")
T("Au pair says host mum took her phone 'so she focuses' and she can't ring home.", "IS", "iso", "D", "m")
T("Nail shop worker asked me in English for the police then the manager pulled her back inside.", "RM", "rm", "L", "m")
T("INT 3/C/P: brothel at 8 Hope St, women said to owe £40k each to 'Auntie'.", "DB", "", "S", "h")
T("Takeaway staff legit, all on payroll, own flats, checked by licensing. NFA.", "", "", "", "l")
T("Farm lads said boss won't let them leave the caravan site after dark, gate padlocked.", "RM", "rm", "L", "m")
T("Man admits he was paid £500 to marry a stranger, no coercion, Home Office informed.", "", "", "", "l")
T("Mum says her son (15) was threatened with a knife to make him carry drugs to Exeter.", "AV IT", "", "C", "h")
T("GP: donor told he'd get £2k for his kidney, was only paid £300 and left unwell.", "DC", "pa", "O", "m")
T("Builder took our passports and the rent and food go up each week so we never finish the debt.", "RD DB", "dt", "L", "m")
T("Woman in pop-up flat: 'he books the clients and keeps the money, I cannot go out alone'.", "WW RM", "ncw rm", "S", "h")
T("Licensing: agency charging £50 for boots and hi-vis, workers otherwise fine. Warning issued.", "", "ppe", "", "l")
T("Neighbour complains about a barking dog at no. 14. Warning letter.", "", "", "", "l")
# ---- batch 8: long texts
T("""MASH triage summary – three referrals about one address, 47 Albion Street.

1. Schools (St Mark's Primary): Two Slovak Roma children (7 and 9) living at the address attend regularly, are clean and fed, and parents attend parents' evening. No concerns about the children.

2. HMO licensing: The house is a licensed HMO for 8 and was found with 8 occupants, all on the licence. Fire doors in place. The licence holder is Mr J. HORVATH who lives at the address.

3. GLAA intelligence: Three of the adult male occupants are employed through Horvath's labour supply company at a poultry factory. They told GLAA officers that Horvath opened bank accounts for them on arrival and "looks after the cards", paying them £60 each on Friday; their payslips show around £380 a week. Two said they owe Horvath for their bus from Kosice "and it is not going down". None could produce their ID cards, which they said Horvath keeps "for the agency".

Outcome: children's case closed at MASH (no concerns). Adult exploitation strand passed to police and GLAA for joint visit.""",
  "WW DB RD", "ncw dt", "L", "h")
T("""Officer handover note – Op CASTOR (nights, 03:40)

Attended 9 Tannery Lane after a call from a delivery driver who saw a man climbing out of a first-floor window. On arrival, found a male (Vietnamese, stated age 17, looks younger) sitting in the road with a cut foot and no shoes. He said through Language Line that he had been in the house "for a long time" looking after plants and that the door was always locked from outside; a man came every three days with rice and noodles. He said he was brought from France in a lorry and the boss told him he owed £20,000 and that his parents in Vietnam would be hurt if he ran.

House searched: 3 rooms of cannabis plants (approx 400), electricity bypass, a mattress in the bathroom. No one else inside.

Male taken to hospital then to emergency foster placement; treated as a child pending age assessment. NRM to be completed by the LA. Do NOT treat as suspect for cultivation pending s45 consideration. VRM seen leaving the street earlier: partial "LD19".""",
  "AV RM DB IT AC", "rm plc pa", "C", "h")
T("""Adult Social Care – Section 42 enquiry report (summary)

Referral: A bus driver reported that an older man (Mr F, 63, British) was regularly seen being dropped off at a retail park at 6am to collect trolleys and picked up after 10pm by the same man in a white van. The driver thought he looked "like he hasn't eaten in weeks".

Enquiry findings: Mr F has a mild learning disability and was living with a family he met while homeless eight years ago. He works at the retail park through a cleaning contractor owned by the family's son. His wages are paid into an account the son opened; Mr F has never had a bank card and receives "pocket money" of £15 a week. His benefits are also claimed by the family. He sleeps in a shed converted to a bedroom with a paraffin heater. Mr F said he "likes them" and "they're my family now", but also said that when he once went to the police station to ask about a letter, the son shouted at him that he would "end up back on the street".

Actions: Mr F consented to an NRM referral and was moved to supported accommodation.""",
  "AV WW AC IT EO", "ced et pa ncw plc lh", "L", "h")
T("""Health visitor – record of home visit (extended)

Visited Mrs A (Pakistani, 28) and baby (6 weeks) at home. Present: Mrs A, her husband, her mother-in-law and two sisters-in-law. Household of 9 adults and 4 children in a 4-bed house owned by the father-in-law.

Mrs A is bright and engaged, speaks good English, and is attending the baby clinic. Husband works for his father's taxi firm and is paid through payroll. I raised the size of the household with Mrs A privately; she laughed and said "it's a normal family house, everyone helps". She goes out to the shops and the mosque alone, has her own phone and her own passport, and has a bank account her husband set up with her. She is thinking of returning to work as a pharmacy technician.

Assessment: busy extended household, warm relationships, no indication of control, servitude or exploitation. Universal plus offer for feeding support only.""",
  "", "", "", "l")
T("""Police intelligence log – 2/B/P – cross-ref Op LANTERN

Subject 1: LUCA Florin (DOB 14/07/1990), Romanian. Runs an "escort" business from a rented flat at 22 Warwick Court. Believed to recruit young Romanian women from villages near Craiova with promises of bar and waitressing work in London.

Subject 2: LUCA Andreea (DOB 02/02/1992), partner of S1. Handles adverts on two escort websites and books hotel rooms under her own name.

INT suggests: at least four women rotated between Warwick Court and hotels in Croydon and Reading. Women are said to hand over all takings to S2 at the end of each night, and to have been told they owe €5,000 each "for the flights and the flat". One woman (first name "Bianca") reportedly tried to leave in March and was slapped by S1 and told her little sister would "be next". Women are driven everywhere by S1's cousin and are not given keys.

Source believes S2 holds the women's ID cards in a handbag. VRM associated: white Mercedes C-class WR67 XZE.""",
  "DC WW DB PV IT RM RD", "ncw et rm dt", "S", "h")
T("""Victim account – translated from Tigrinya by an interpreter, recorded by a Refugee Council caseworker

"My name is not important. I left Eritrea at 16 to escape the national service. In Sudan I met a man who said he would take me to Libya and then Europe for $3,000, and my family could pay later. In Libya we were kept in a big hangar, maybe 300 people, the doors locked, guards with guns. They telephoned our families and beat us while our families listened, so they would send money. The men who could not pay were taken out at night. Some came back with a cut on the side and were weak for many days; they said a doctor took a kidney and this was their payment. One boy from my village did not come back.

My uncle in Norway paid for me. I came to Italy by boat and to the UK in a lorry. Here I am safe. I have my papers from the Home Office and I go to college. I want someone to know what happens there."

Caseworker note: client is now 19, no ongoing exploitation in the UK. Referred to trauma therapy.""",
  "AV RM PV", "rm", "O", "h")
T("""Environmental Health – visit report, Sunrise Bakery (wholesale), Units 3–5 Canal Way

Purpose: routine food hygiene inspection.

Findings (food): generally good; minor issues with date labelling.

Findings (staff and welfare, recorded because of partnership protocol): 23 staff on shift. Manager produced a staff list, contracts and payroll records; rotas show 8-hour shifts with breaks and two days off per week. Several staff were Eritrean and Afghan refugees recruited through a charity employment scheme; I spoke to three of them alone with a phone interpreter. They said they are paid every two weeks into their own accounts, one has just had a pay rise, they travel by bus and one is saving for a car. One worker complained that his overtime was paid a week late last month, but said the manager apologised and paid it.

Conclusion: a good employer. No labour exploitation indicators. Food hygiene rating 4.""",
  "", "", "", "l")
T("""Children's Social Care – Strategy meeting minutes (extract)

Present: SW (chair), DS from the CSE team, school DSL, YOT worker, health.

Subject: Child K (14, British). K has been missing from home 9 times since January, most recently for 3 nights. On return she was found in the company of two adult males (aged 23 and 31) in a flat in Rochdale. Police found a phone in her bag with messages from "Zee" telling her to "come and see my mates or you owe me for the weed". K has disclosed to her school counsellor that she was made to have sex with "his friends" and that he hit her when she said no. K's mother says K now has expensive nails and a new coat she can't explain.

School notes that K's attendance has fallen to 40%. YOT notes K has no offending history.

Decision: Section 47 enquiry; referral to NRM as a child; disruption plan against adults; K to be placed in a safe placement out of area tonight.""",
  "AV PV DB", "", "S", "h")
T("""GLAA – inspection note, Brightfield Salads (labour user) and Kestrel Labour Ltd (licence holder)

Visit prompted by a Modern Slavery Helpline call from a worker's sister in Bulgaria. Sister said her brother was "made to pay" €250 to a recruiter in Pleven for the job and had to buy his own gloves and knife on site.

On site: 64 workers supplied by Kestrel. Records show workers are paid weekly into their own accounts at or above the NMW. Kestrel provides a minibus at £3/day, optional; many workers cycle. Accommodation is arranged privately by the workers. I interviewed the brother and four others separately. The brother confirmed he paid €250 to a man in Pleven "who is not from the company" and that Kestrel had since refunded it when they found out; he confirmed he bought his own knife and gloves (£14), which Kestrel has now agreed to supply free. He said he is happy to stay.

Outcome: Kestrel warned about recruitment-fee risk in the supply chain and about PPE charges. No forced labour identified.""",
  "", "uf ppe ct", "", "l")
T("""Salvation Army – Adult Victim Care, initial needs assessment (summary of first-person account given through a Polish interpreter)

Client (male, 44) says he was an alcoholic living on the streets in Gdansk when a man bought him food and offered him building work in England at "£60 a day and a room". He travelled by minibus with seven other men; their ID cards were collected "for the registration" when they crossed the border and he never saw his again.

In England they lived in a terraced house in Peterborough, 5 men to a room. They worked on building and demolition sites from 6 in the morning until 7 or 8 at night, Monday to Saturday, and sometimes Sunday. The controller, "Marek", paid the rent and food out of their money and gave them £10 and a bottle of vodka on Saturday. When he asked for his wages, Marek said he owed money for the travel and the room. Marek's brother hit one of the men with a piece of wood in front of everyone "so we would learn".

He escaped after two years when he was taken to hospital with a broken arm and a nurse called the police.""",
  "AV DC RD WW DB EO AC PV", "dt oc lh ncw et", "L", "h")
T("""Bank – Financial Intelligence Unit – internal referral (OFFICIAL-SENSITIVE)

Summary: 17 personal current accounts opened in the past 6 months at the Bordesley branch, all for Romanian nationals aged 19–55, all giving the same mobile number (07700 900123) and two addresses on Coventry Road. All accounts receive weekly salary credits from "Primeline Recruitment" of £310–£420. Within hours of each credit, cash withdrawals are made using the debit cards at the same ATM, usually between 22:00 and 23:00, by a single male seen on CCTV (approx 40, shaved head). Several account holders have never used online banking; the registered email addresses are variations of one Gmail account.

Separately, one account (customer B.) shows normal activity: salary in, rent by standing order, card used in supermarkets and for train fares. B. appears not connected and has been excluded.

Assessment: pattern consistent with third-party control of workers' wages. Referral to police and GLAA; SAR submitted.""",
  "WW", "mbc ncw", "L", "m")
T("""Homelessness Outreach – Rough sleeper contact record

Name: given as "Tomasz". Age ~50. Polish. Found sleeping in a bin store behind a supermarket.

He said he has been in the UK 12 years, worked in warehouses through agencies, and lost his last job and room after a period of heavy drinking. He has his own passport (showed it) and an old bank card. Nobody has taken his money, he has not worked for anyone "for cash", and he says he is not afraid of anyone. He wants help to get into a hostel and to stop drinking.

He mentioned that a man in a van sometimes comes to the soup run offering "work and a bed" to Polish men, and that a friend of his went with the man last winter and "never came back to the soup run". He does not know the man's name or the van's registration. Intelligence passed to police; Tomasz himself is not a victim.

Actions: hostel referral, drug and alcohol service referral, NRM not applicable.""",
  "", "", "", "l")
T("""Midwife – safeguarding referral form (free text)

Woman: Ms L, 24, Chinese (Fujian), 30 weeks pregnant, first contact with maternity services. Attended the labour ward triage with reduced fetal movements, brought by a woman who said she was her "boss" and who tried to stay in the room and answer every question.

Once the boss left to move the car, Ms L (via Mandarin telephone interpreter) said she works in a massage shop and lives in a room at the back; she sees "five, six men each day"; she has had no day off since arriving in August. The boss has her passport and "the money goes to the boss for my debt, 180,000 yuan". She was not allowed to see a doctor before because "the boss said no papers, police will take baby". She is frightened for her baby.

Baby's heart rate normal. Ms L admitted. Police and hospital safeguarding informed; boss told visiting not permitted.""",
  "RD WW DB EO RM IT", "sfw saw lh dt ncw foa rm", "S", "h")
T("""Press summary – "Family jailed for enslaving vulnerable men on paving business"

Four members of a family were sentenced at Worcester Crown Court for holding nine men in conditions of forced labour over a period of up to 13 years. The court heard that the men, several of whom had learning difficulties or alcohol problems, were recruited from homeless hostels and soup kitchens with offers of paid work and accommodation.

The men were housed in dilapidated caravans without running water or toilets and were made to lay driveways and patios for up to 15 hours a day. Their benefits were claimed by the family, and they were given little or nothing for their work. Witnesses described the men being beaten, having their heads shaved, and being told they would be killed if they tried to escape. One man said he had been kept so long that he "forgot what it was like to be paid".

The judge praised the police, the council's adult social care team and a local homeless charity for their work in rescuing the men.""",
  "AV DC AC EO WW PV IT", "plc lh ncw", "L", "h")
T("""Probation – Pre-release risk and needs note

Service user: Mr D (Albanian, 22), serving 3 years for production of cannabis. He has previously been refused an NRM positive decision because he did not disclose exploitation at the time. In a meeting with his offender manager and an interpreter he said:

He came to the UK on a small boat aged 20 after a man in Tirana offered to "sort everything" for £18,000 which he would earn back "in a few months" in a barber's shop. In the UK he was taken straight to a house in Swindon and told to water plants. He was told the barber job was "later". He lived in the house for 7 months, was never given a key, and was told that if he went out and was caught the police would deport him and the "debt would go to his father". He was paid nothing. He was arrested in the raid.

He is now afraid of being released because "the people know the date". Referral to be made for a fresh NRM; offender manager to liaise with police re risk on release.""",
  "DC DB RM IT WW", "rm foa", "C", "h")

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh96.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            rec = {"id": "f96-%03d" % n}
            rec.update(d)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)

if __name__ == "__main__":
    main()
