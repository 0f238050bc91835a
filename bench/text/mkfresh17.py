#!/usr/bin/env python3
"""Hand-written training texts for the Sightline indicator detector (set 17).

Every text below was written by hand; labels are given per text with short aliases
that are expanded to the fixed codes. Risk is given explicitly where it is a judgement
(immediate, child at risk) and otherwise derived from the labelling convention.
Run: python3 bench/text/mkfresh17.py  -> writes bench/text/fresh17.jsonl
"""
import json, os

IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement",
           iso="isolation", psv="physical_sexual_violence", thr="intimidation_threats",
           doc="retention_of_documents", ww="withholding_wages", debt="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", swp="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("iso", "iso"), ("rom", "rm"), ("eo", "lh"), ("doc", "dt")]  # (indicator, sign)

ROWS = []

def T(text, ind="", sig="", typ="", risk=None):
    ROWS.append((text.strip(), ind.split(), sig.split(), list(typ.replace(" ", "")), risk))


def build():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(ROWS, 1):
        ind, sig = set(ind), set(sig)
        for a, b in PAIR:
            if a in ind or b in sig:
                ind.add(a); sig.add(b)
        inds = sorted(IND[i] for i in ind)
        sigs = sorted(SIG[s] for s in sig)
        typs = sorted(TYP[t] for t in typ)
        calc = "low"
        if inds or typs:
            calc = "medium"
        if ("physical_sexual_violence" in inds or "sexual" in typs or len(inds) >= 3
                or ("intimidation_threats" in inds and "restriction_of_movement" in inds)):
            calc = "high"
        r = {"i": "immediate", "h": "high", "m": "medium", "l": "low", None: calc}[risk]
        order = ["low", "medium", "high", "immediate"]
        assert order.index(r) >= order.index(calc), (n, text[:60], r, calc)
        out.append({"id": "f17-%03d" % n, "text": text, "indicators": inds, "signs": sigs,
                    "exploitation": typs, "risk": r})
    return out

# ---------------- batch 1 ----------------
T("She does the cooking, the cleaning and the three children for the family and sleeps on a mat in the kitchen. She has not had a day off since she came from Manila.",
  "eo ac", "swp lh plc", "D")
T("INT 2/B/P: nom TRAN Van Hieu (DOB 04/02/2008) made to hold packages and run to addresses in Margate and Ramsgate. Phone topped up by elder males. Missing from care x3 in past month.",
  "av", "", "C", "h")
T("men come and go from flat 4 all nite, the girls never go out, curtains always shut. seen a fella drop food at the door and lock it after him",
  "rom", "rm", "S", "i")
T("The lads are put on a minibus to the packhouse at 4am and brought back after 9pm. Driver takes £10 a day each off them for the lift. None of them have been given a payslip.",
  "eo", "cedl lh ct et", "L")
T("""Caseworker note (Salvation Army), client R.

R. is a 34-year-old Romanian woman who came to the UK in 2024 after a cousin's friend offered her work in a nail bar in Leicester. She was told she would earn £400 a week and share a flat with two other girls.

On arrival the flat had nine people in it, sleeping on mattresses in every room. She worked in the salon 10am-8pm six days a week and was given £50 each Sunday; the owner said the rest went on her rent and the flight. After about two months the owner's brother began bringing men to the flat in the evenings and told her she would have to 'be nice' to them to pay off what she owed faster. She was forced to have sex with at least four men.

She left when a customer at the salon gave her a number for a helpline. She still fears the brother, who has sent messages to her sister in Bacău.""",
  "dec ww debt ac eo psv thr", "oc lh ncw", "LS", "h")
T("Busy massage place on the high st open till 11 every nite, loads of men going in, think its a brothel??",
  "", "", "", "l")
T("""Licensing visit, Orchid Therapy Rooms, Victoria Road. Premises hold a current special treatment licence. Four therapists on shift, all with their own contracts of employment and payslips showing hourly pay above NMW. Each therapist spoken to alone with an interpreter; all live at their own addresses and travel in themselves. Price list displayed, CCTV in reception only. No indicators of sexual services or exploitation identified. Advice given about late-night signage.

The licensing officer also checked the flat above the premises, which the landlord lets separately to a couple who run an online bookshop; it has no connection with the business. A complaint from a neighbour about customers parking across her drive has been passed to the highways team. Licence renewal due in March; no further visit planned unless new information is received.""",
  "", "", "", "l")
T("Nanny (Brazilian, 26) lives with family in Hampstead. Has her own room and bathroom, weekends off, paid monthly into her own account, keeps her passport. Referral closed — no concerns.",
  "", "", "", "l")
T("Two 15yo boys from the estate seen selling weed in the park again. No older males seen with them, they seem to be doing it themselves for pocket money. PCSO to speak to parents.",
  "", "", "", "l")
T("""999 call summary: female caller, distressed, Vietnamese accent. States she is in a house with 'the plants' and cannot get out, door locked from outside, windows boarded. A man comes every two days with rice. Cannot give address. Call dropped after 3 min. Cell site puts handset near Stoke. Log graded IMMEDIATE.

Previous calls: none from this number. A patrol in the Stoke area was briefed with the description given ('a house with a white van outside, a shop at the end of the road'). Electricity network operator contacted about suspected abstraction in the cell-site area. Duty inspector and MSU DS informed at 03:40. Update 04:15: the handset is now switched off. Search of addresses with high electricity use near the cell site is being arranged with the energy supplier's revenue protection team.""",
  "rom iso ac", "rm", "C", "i")
T("Elderly man's flat on Brook St taken over by a group from London. He says they are 'his friends' but they use his front room to bag up and he sleeps in his chair. Neighbours hear shouting at him.",
  "av thr ac", "", "C")
T("Woman with a small child sits outside Tesco every day 8 till 6, dropped off and picked up by the same silver Passat. Seen handing all the coins to the driver.",
  "ww", "cedl et ncw", "C")
T("""Safeguarding referral (secondary school). Pupil A, Y10, 14. Staff have noticed new trainers, two phones, and she is being picked up at the gate by a man in his twenties in a black Audi. She told a friend he 'makes her do stuff with his mates' and that she has to 'look after' something for him in her school bag. She has been found in Luton twice at 2am.

Her mother says she has 'gone off the rails' and has stopped coming home at night at weekends. Her older brother (19) is at university and has no concerns raised about him. The school has shared the Audi's partial VRM (WX6...) with police and made an urgent referral to the MASH. A strategy discussion is booked for tomorrow.""",
  "av psv", "", "SC", "h")
T("I was told the job was in a hotel in London, cleaning rooms. They took me to a house in Slough and I was the maid for the whole family, cooking at 6 in the morning until midnight. Madam kept my passport 'so I don't lose it'. I was allowed out only with her.",
  "dec doc rom eo", "dt rm lh", "D")
T("Bank alert: 11 debit cards in different names used at same ATM (Cardiff Rd) between 02:10 and 02:25. Accounts opened in the last 6 weeks, salaries from an agency paid in and withdrawn same day in full.",
  "ww", "mbc ncw", "L")
T("Man attended A&E with a healing nephrectomy scar. States he 'sold a kidney' in Lahore for the man who paid his travel and that he was promised £5,000 but only got £700. Now being pressured to work off the flight.",
  "dec ww debt", "", "O")
T("Patient seen for routine follow-up after living-donor kidney transplant (donor: her brother) at the Royal Free. Graft functioning well. Discussed immunosuppression.",
  "", "", "", "l")
T("GLAA inspection of PPL Labour Ltd: licence lapsed 3 months ago, continued supplying 40 workers to a salad packer. Workers paid correctly through payroll, own accounts, own housing. Licensing offence only.",
  "", "", "", "l")
T("She is married to a man she met once, in Sylhet, at her uncle's house. In the UK his mother has her clean the whole house and cook for eight people, and he forces himself on her at night. She does not have her passport or her visa letter; 'they are in his mother's cupboard'.\n\nShe was seen today by the GP because she has had headaches for months. Her sister-in-law brought her and waited in the car. The GP has made a referral to the safeguarding team and to a specialist charity for South Asian women, with her agreement, and has arranged to see her again at an antenatal appointment so that she can be seen alone. Interpreter used: Sylheti, by telephone.",
  "psv eo doc", "dt", "DS", "h")
T("POI KASA Adrian (Slovak) believed to control 6 males living at 14 Orchard Close, all work at recycling plant via AKM Staffing. Wages paid into accounts KASA holds the cards for. 3/C/P",
  "ww", "ncw mbc", "L")
T("Lad of about 16, Albanian, found sleeping in a tent inside a cannabis grow in a unit on the industrial estate. Cuts on his hands from the wiring. Says he owes 'the big man' for the lorry.",
  "av debt ac", "swp pa", "C", "h")
T("The car wash on Mill Lane is always busy but they've got a proper price board, workers in branded jackets, a card machine and they told me they get paid minimum wage weekly. Just reporting cos someone on facebook said its slavery, it looked fine to me.",
  "", "", "", "l")
T("Girls advertised on the site with the same bedroom background, phone numbers all link to one handset. Reviews mention 'doesn't speak English, man answers'. Postcode in advert LS11.",
  "", "sfw", "S")
T("Text from worker (translated): boss say we owe 3000 each for the van and the house. every week he add more for food. we never finish. please help",
  "debt", "", "L")
T("Probation note: DE SOUZA (on licence) disclosed his 'cousin' has been collecting his Universal Credit and holds his bank card and ID since he came out. He doesn't know the balance.",
  "doc", "dt ncw", "C")
T("Neighbour dispute at 22 Elm Grove over a parked van. Both parties spoken to, words of advice.",
  "", "", "", "l")
T("Polish male injured at a food factory, hand caught in a conveyor. Employer reported to HSE, agency confirms he is paid properly and lives with his partner. No exploitation concerns.",
  "", "", "", "l")
T("""Interpreter's note of debrief: She says that she came from Benin City in 2022. A woman called 'Mama' paid for the journey through Libya and Italy. Before leaving, she was taken to a shrine and swore an oath that she would pay back 35,000 euros and never tell the police. She says that if she breaks the oath she believes she or her mother will die.

In London she was kept in a flat in Croydon and had to see men every night. The money went to Mama. She says she was beaten with a belt when she said she was tired. She says that Mama still calls her mother in Nigeria.

Her younger sister, who came to the UK separately on a student visa and lives in Kent, has had no contact with Mama and is not thought to be at risk. The client is now in a safe house. She is six months pregnant and has been registered with a midwife. She consents to an NRM referral and wants to speak to the police once she has had legal advice.""",
  "debt thr ww psv av rom", "foa rm", "S", "h")
T("Man begging at the station told the PCSO he has to give £50 a night to 'the brothers' who brought him from Constanța or they won't let him sleep in the van.",
  "ww thr ac", "ncw", "C")
T("Student reported her passport lost on the bus, needs a crime ref for the embassy. Lost property checked.",
  "", "", "", "l")
T("""Housing officer's note: tenant (Mr P, 58, alcohol dependent) has had a young man 'staying' for three weeks who now has the keys. Mr P says he owes them money for drink and can't ask them to go. Lots of visitors to the door, short stays. Mr P has a black eye he won't explain.

His downstairs neighbour, Mrs Khan, says she has been woken by the door going at night but has not spoken to the young man. The tenancy file shows Mr P has lived at the flat for eleven years with no previous complaints. I have referred to the police and adult social care and will visit again with a police officer on Thursday. Update: the young man has now been identified as being from Wolverhampton.""",
  "av debt psv", "pa", "C", "h")
T("Au pair from Spain says host family are lovely, 25 hours a week, two evenings babysitting, her own room, she goes to language school. Called to ask about GP registration only.",
  "", "", "", "l")
T("she sleeps in the utility room on a camp bed and never comes to the school gate without the mum. my son says she is not allowed to eat with them. she looks about 17.",
  "av rom ac", "swp rm", "D", "h")
T("Eritrean males x5 found in back of lorry at Dover, all say their fares (3-4k USD) are owed to the smuggler in Libya and will be 'paid back from work' in the UK.",
  "debt", "", "", "m")
T("Farm workers on Lincolnshire site living in 3 static caravans, 8 to a caravan, £60 a week rent each taken from wages by the gangmaster, no heating. Work 7 days in the season.",
  "ac eo", "oc plc lh", "L")
T("Girl (13) reported missing from her foster placement, found at an address in Rochdale with three men in their 30s. Alcohol and vodka bottles. She has a new phone the foster carer didn't buy.",
  "av", "", "S", "i")
T("Caller reports her sister's husband has taken her sister's passport and won't let her see the family. Sister is 24, British, married 2 years. No work or sex exploitation mentioned, caller thinks it's controlling behaviour. DA referral.",
  "doc iso", "dt", "", "m")
T("The boss keeps our papers safe in the office, he said it is the rule. We get paid cash on Friday, sometimes less if the customer complained. We sleep upstairs above the restaurant.",
  "doc", "dt swp", "L")
T("Officer handover: male at custody suite says he was brought from Sudan through Calais, made to sell cocaine in Swindon to pay the 'taxi'. Hasn't got a phone, doesn't know what town he was in before. NRM to be offered.",
  "debt iso", "", "C")
T("Nail bar on Queen St, young Vietnamese staff, a man drops them off at 8:30 and collects after 9pm, they don't speak to customers at all, he does all the talking and takes the cash.",
  "", "cedl et sfw ncw", "L")
T("A man with learning difficulties has been working on a traveller site for years laying tarmac. Gets fed and a caravan, 'paid in fags'. Family say he was taken from a homeless hostel in 2015.",
  "av ww ac", "", "L")
T("Kenyan nurse recruited to a care home. Paid £8,000 'placement fee' to an agent in Nairobi. Employer unaware, she is paid correctly and can leave. She wants the fee back.",
  "", "uf", "", "l")
T("INT 1/A/P: BALLA family (Roma) run a begging ring at Marble Arch; children aged 6-10 placed on pavements with cups from 0900, adults watch from across the road and collect every hour.",
  "av ww", "ncw", "C", "h")
T("Woman at the clinic says her 'boyfriend' takes all her money from the flat where she works and she has to do 10 clients a day. He hit her last week when she said she wanted to stop.",
  "ww psv", "ncw", "S")
T("He said I was going to be a model in Milan and London. I did one photo shoot and then they told me there were no jobs and I had to go with men to pay for the plane and the photos.",
  "dec debt", "", "S")
T("""MARAC note (domestic abuse, no MS concerns): Ms K's ex-partner has been sending threatening texts and broke a window at her flat. Ms K works and controls her own money; no concerns about labour or sexual exploitation. Safety plan agreed.""",
  "thr", "", "", "m")
T("Fishing boat out of Newlyn: Filipino deckhands say they work 20 hour days at sea, sleep in a hold with no ventilation, and the skipper keeps their seaman's books. Contract says $400 a month but they've had nothing for 5 months; skipper says it's sent to the agency.\n\nThe boat is registered to a company in Cornwall. Two British crew members, who are on shares of the catch and go home between trips, said they had not noticed anything wrong. The harbour master has been asked to notify the police if the vessel returns to port before the planned visit.",
  "eo ac doc ww", "dt lh swp plc", "L", "h")
T("Kitchen porter at Indian restaurant says he hasn't been paid for 4 months, boss says 'after your visa comes'. Lives in the storeroom. Boss tells him police will deport him if he complains.",
  "ww thr av", "swp foa", "L")
T("Young mum reported in the Facebook group that the man on her landing is 'letting kids sell for him' — no names, no detail. Passed to neighbourhood team for awareness. 3/D/P",
  "", "", "", "l")
T("Teenager (16) arrested in Bristol with 20 wraps in his mouth, his phone keeps ringing with a line name. Says he is 'working off' £1,500 after he was robbed of a package. From Lewisham.",
  "av debt", "", "C", "h")
# ---------------- batch 2 ----------------
T("Pop-up at the Premier Inn again, same 2 girls moved in Tuesday, different men knocking every half hour. An older woman books the room and pays cash.",
  "", "", "S")
T("""Witness statement (extract), Mr Darius NOWAK:

I worked for Kowalczyk Building for nearly two years on sites in Slough and Reading. When I started Piotr said he would look after the wages until I had a bank account. He opened one for me at Lloyds but kept the card 'so I don't spend it all on vodka'. Every two weeks he gave me £40 or £50.

We lived eleven men in a three-bedroom house in Langley that Piotr rented. He took £80 a week rent from each of us. We were picked up at 5 in the morning and got back about 8. If someone complained he was not taken the next day and had no money for food. Once Piotr punched Marek in front of us because he asked for his money.""",
  "ww ac eo psv", "ncw oc cedl lh", "L", "h")
T("Cuckooing — flat 12 Harrow Court: occupant female 41, heroin user. Two males from Birmingham in situ since Friday, she is not allowed to leave the flat alone and her phone was taken.",
  "av rom iso", "rm iso", "C", "i")
T("ppl on my road think the new family next door are slaves cos the grandma lives with them and does the cooking lol. its her own daughters house. people are mad",
  "", "", "", "l")
T("Albanian male, 19, stopped at a cannabis grow in a terraced house in Sunderland. Says he came on a lorry owed £20,000, was told he'd work in a car wash, and has been living in the loft with the plants for 5 months. Cannot say where he is.",
  "dec debt ac iso", "swp", "C", "h")
T("INT 2/C/C (not to be disclosed outside MSU): Romanian females working at 'Rosie's' on Wellington Rd transported each night from a house in Handsworth by a male known as LUPU; LUPU keeps their ID cards and bank cards.",
  "doc", "dt et ncw", "S")
T("GP note: 22F, attended with a man who said he was her 'husband', answered all questions for her. Poor dentition, thin, bruising to upper arms. She avoided eye contact. Requested a follow-up alone.",
  "", "sfw pa", "", "l")
T("I came from Vietnam to work in a nail salon. The owner's wife said I owe £18,000 for the journey. I do nails all day and then clean her house and look after her baby until late. I never get any money, she says it all goes to the debt.",
  "debt ww eo", "lh ncw", "LD")
T("Man outside Aldi selling the Big Issue, has his own badge and vendor number, been there years, nice guy. Someone asked if he's being made to do it — no he isn't.",
  "", "", "", "l")
T("Caller states her 17yo daughter's 'boyfriend' (aged 28) is posting her on an escort site and collects her every night; daughter came home with a split lip. Daughter not home now, believed with him in a car in Bradford.",
  "av psv", "", "S", "i")
T("Council licensing: HMO on Stanley Rd found with 14 occupants in 5 rooms; all work at a chicken factory via the same agency, rent paid straight from wages to the landlord who is also the agency 'supervisor'. Several not allowed to change jobs.",
  "ac rom", "oc rm ncw", "L")
T("Interviewed separately, she says that she married Mr S because her father said if she refused he would send her to her grandmother in Pakistan and never let her back. She says that she has been kept at his house and the family watch her. She does not work outside.",
  "thr rom", "rm", "", "h")
T("Money mule: 19yo student, Nigerian, allowed an 'uncle' to use his account for 'business payments'; £46,000 in and out in a week. Student says he gets £200 and is scared of the man's friends.",
  "thr", "", "C")
T("Hand car wash on the A38, 6 lads, all sleep in the portacabin at the back, boss comes at 8 and locks the gate behind him at night.",
  "rom ac", "swp rm plc", "L", "i")
T("OIC update: DIAZ family's nanny (Filipina) has now been interviewed; she says she is well treated, holds her own passport and visa, paid £2,100 monthly to her own account, has Sundays off and goes to church. NFA.",
  "", "", "", "l")
T("Boy, 15, picked up by BTP at Euston with £2k cash and a train ticket to Aberystwyth bought by someone else. He says 'I can't go home without the money'. Mum reported him missing 3 days ago.",
  "av thr", "", "C", "h")
T("""Refugee charity caseworker. Mr A (Sudanese, 31) lives in asylum accommodation and was approached at the mosque by a man offering cash work in a car wash. He has done this 3 days a week. Paid £40 a day cash, which Mr A considers fair, and he can stop when he likes. He was advised about the right-to-work rules. No indicators of exploitation.

Mr A's housemate, also from Sudan, works as a volunteer at a community kitchen and was not involved. The caseworker will check in with Mr A at the next drop-in and has given him the helpline number in case anything changes.""",
  "", "", "", "l")
T("We were told it was fruit picking in Kent for 3 months. It was, but the 'fees' for the bus, the caravan, the gloves and the boots took nearly everything. At the end I had £300 for 12 weeks.",
  "dec ww", "ct ppe ncw", "L")
T("A woman at the refuge says her mother-in-law made her work in the family's corner shop 7 to 11 every day for no pay and beat her if the till was short. Husband has her passport.",
  "eo ww psv doc", "lh dt", "L", "h")
T("Girls from the care home getting into taxis at 1 in the morning, coming back with new nails and hair. One of them told staff she 'has to go to parties to pay back' what she owes. She is 14.",
  "av debt", "", "S", "h")
T("Facebook report: my neighbour is a diplomat and their maid never leaves the house, I have seen her crying on the balcony, she hangs washing at 11pm.",
  "rom", "rm lh", "D")
T("A&E: male, 40s, Romanian, crush injury foot from a pallet. Brought in by a man who refused to leave the cubicle and said patient 'has no papers, don't call anyone'. Patient wearing the same clothes he said he had slept in for a week.",
  "", "sfw pa fpe", "", "l")
T("""Interview record (victim): 'I am from Hanoi. In Vietnam a man told my father I could study in England and work part-time. My father borrowed money from him for my visa, about 700 million dong. When I arrived they did not send me to school. They took me to a flat and I had to cut the plants and water them. I was not allowed out. They said if I ran away my father's house would be taken.'

He is 16. He was found when police executed a warrant at the address.

Two other people were at the address: an older Vietnamese man who was arrested and who says he is 'just the cook', and a woman who had arrived that morning to collect rent, who ran from the back door. The boy has been placed in foster care with an Independent Child Trafficking Guardian appointed.""",
  "dec debt rom thr av", "rm", "C", "h")
T("Organ trafficking: intelligence that a network in Luton recruits men with debts to travel to Pakistan to 'donate' a kidney, payment of £3,000 promised, passports held by the organiser until the surgery. 2/B/P",
  "av doc", "dt", "O")
T("Builder says his labourer owes him a week's wages from a job that overran; labourer has his own bank account and has since found other work. Civil matter.",
  "", "", "", "l")
T("she is not let out of the house unless the wife is with her, she does all the ironing and shopping and sleeps on the sofa. they took her phone. she is from Ethiopia, speaks little English",
  "rom iso av", "rm iso swp", "D")
T("Taxi driver reports dropping young women at the same Airbnb in Cardiff Bay every night; an older man meets them and takes their phones off them on the doorstep.",
  "iso", "iso et", "S")
T("Romanian couple begging on Oxford St, the man says they have to pay 'rent' of £30 a day each to the man who brought them to London or they'll lose the place in the van.",
  "ww thr ac", "", "C")
T("Kidney donor assessment (living unrelated donor, UK): donor is a friend of the recipient, assessed by HTA independent assessor, no payment or coercion identified, approved.",
  "", "", "", "l")
T("Factory worker (Slovak, 52) says he pays £30 a week for his hi-vis, boots and gloves and £12 a day for the van. Gets a payslip, but the 'supervisor' holds his card and PIN.",
  "", "ppe ct ncw", "L")
T("Man in his 20s, learning disability, seen at the bus stop selling foil wraps for an older man who is always across the road watching. Neighbour says the older man moved into his flat in June.",
  "av", "", "C")
T("Woman says she was bought 'like a wife' in a village in India for money and brought to Leicester, where she has to work in the house and the family's sewing unit for nothing.",
  "ww", "", "DL")
T("Hotel housekeeping staff via agency: cleaners are paid per room, 3 rooms an hour expected, many end up with less than £4 per hour; agency takes £150 for 'training' up front.",
  "", "uf", "")
T("""NGO outreach (sex work project): Met 'Ana', 30s, Romanian, in a flat off Seven Sisters Rd. She says she works for herself, sets her own prices and hours, shares with a friend and keeps her money. Gave condoms and info. No exploitation indicators.""",
  "", "", "", "l")
T("Text message intercepted: 'tell the new one if she goes to the police we send the video to her village'.",
  "thr", "", "S")
T("INT: male known as 'SKINNY' running the Bobby line from Southend into Ipswich, using local 14-16yo boys to hold the phone, deals done from a cuckooed flat on Nacton Rd. 2/B/P",
  "av", "", "C", "h")
T("I was the only one who could speak English so the boss had me tell the others what to do. I am not the boss. They are paid the same as me, in the bank, their own cards.",
  "", "", "", "l")
T("Welfare check at the farm: 3 workers, Bulgarian, each has a contract, payslips, own rooms in a farmhouse, free transport to the shop on Saturdays. GLAA officer satisfied.",
  "", "", "", "l")
T("Male found walking on the M6 hard shoulder, Chinese, no English. Via interpreter says he ran from a restaurant kitchen where he slept on the floor and was beaten for being slow. Worked since May with no pay.",
  "psv ww ac", "swp", "L", "h")
T("Neighbour says girl next door (about 12) is not at school and is seen scrubbing the step and carrying the shopping for the whole family, while the family's kids go to school. Not their daughter they say she's a niece.",
  "av", "", "D", "h")
T("He gives us the Western Union slips to show he sends money to our families. But my mother says she got nothing for 4 months.",
  "ww dec", "ncw", "L")
T("Custody: female 19, arrested for shoplifting at Boots with a list of items and a bag lined with foil. Says a man drives her and two others round towns and they give him everything.",
  "", "et", "C")
T("Two brothers (20, 22) from Afghanistan living together with their uncle above his takeaway; they work there part-time while at college and are paid. Visited by a social worker after a school query. No concerns.",
  "", "", "", "l")
T("'Come to Scotland, good money in the fish factory', they said. There was no factory. We slept in a shed and cleaned mussels on a boat for 14 hours. When I asked to go home they said my brother would be hurt.",
  "dec ac eo thr", "lh plc", "L", "h")
T("Tenancy fraud: 6 UC claims at one address in Peterborough, all claimants Lithuanian, all bank cards found in the landlord's car during a stop. Claimants told police they work at a chicken factory and 'give their papers to Tomas'.",
  "doc", "mbc dt ncw", "CL")
T("Abandoned van found in a layby with a mattress in the back. No one present. Property checked.",
  "", "", "", "l")
T("VRM KX18 PTU seen collecting 5 males from Newington Green at 04:45 daily, driving to a site in Enfield, returns after 20:00. 3/C/P",
  "", "cedl et", "", "l")
T("A woman from Sierra Leone says the family she worked for in Kensington made her sleep on the floor of the baby's room, work from 5am to after midnight, and shout at her if she sat down. They paid her £50 a month 'into her account at home', which she has never seen.",
  "ac eo ww", "swp lh ncw", "D")
T("Concerned mum: my 15yo son keeps going 'to see a mate' in Hastings, comes back with cash, yesterday he had a burn on his arm and said 'they said next time it's my face'.",
  "av psv thr", "pa", "C", "h")
T("Recorded as modern slavery by mistake — the 'workers' at the Chinese takeaway are the owner's own adult sons. All paid, all live at home with parents. Reclassified, no crime.",
  "", "", "", "l")

# ---------------- batch 3 ----------------
T("Kidney for sale posts on a Facebook group in Urdu, 'donors needed, travel paid, Lahore clinic'. Several UK numbers replying. 3/C/P",
  "", "", "", "l")
T("""Debrief (interpreter present). He says that he was living on the street in Bucharest when a man offered him building work in England, with food and a room. In England the man took his identity card 'for the contract' and he never saw it again.

He says that after a few weeks the man told him there was a way to clear the debt for the flight and the room in one go: a hospital abroad would pay for a kidney. He says he was taken to a clinic in Istanbul in March. He woke up with a wound and was given 500 euros. He was told he still owed money. He says he did not understand what he had agreed to because the forms were in English and Turkish.""",
  "av dec doc debt ww", "dt", "LO", "h")
T("He is made to clean the mosque and the imam's house every day and is not allowed to go to school, he is 11, he came from Bangladesh to 'study'.",
  "av dec", "", "D", "h")
T("Pensioner's son collects her pension every week and keeps it, she has to ask him for money for the shops. Adult social care aware.",
  "", "ncw", "", "l")
T("INT 2/B/P: DOGAN Mehmet runs 3 barber shops in Coventry, staff (Kurdish, Iraqi) sleep on the shop floor after closing, pay is 'kept back' until their asylum decision, DOGAN holds their ARC cards.",
  "ac ww doc", "swp dt", "L")
T("Lady from church said her friend's daughter was promised a job at a hotel in Dubai, but the family in Birmingham who 'sponsored' her now have her as the maid, up at 5, never paid. The lady wants to know who to tell.",
  "dec ww eo", "lh", "D")
T("3 men in a red Corsa seen picking up young girls from outside the academy at lunchtime, girls come back smelling of cannabis, one of them had a bruise on her neck she said was 'a love bite from a grown up'.",
  "av", "pa", "S", "h")
T("Welfare visit to an address on the caravan site: Mr G (61) has worked for the family on the site since he was 'taken in' 20 years ago. He sleeps in a horsebox, he has never had a bank account, and he is shouted at and slapped in front of visitors. He says 'where would I go'.\n\nHis 'employer', the head of the family, says Mr G is 'like an uncle' and is free to go wherever he likes, but he has no money, no phone and no ID, and he has never been registered with a GP. A neighbour on the site says she has seen the family's teenage son kick him. Referral made to adult social care and the police.",
  "av ww ac psv", "plc", "L", "h")
T("Girl (16) from Leeds found in a trap house in Scarborough with class A. She says she went with 'friends' and they made her sleep with a man for the rent. Her phone was smashed by the older male.",
  "av psv iso", "iso", "CS", "i")
T("Call to Modern Slavery Helpline: caller's cousin works in a warehouse through an agency and hasn't been paid for the last 2 weeks; agency says payroll error, will pay next Friday. Cousin lives at home and has his own bank. Advised to contact ACAS.",
  "", "", "", "l")
T("We had to do 20 cars an hour. If it rained we still worked. The boss said we were lucky to have the job and if we told anyone he would call immigration.",
  "thr av", "foa", "L")
T("Woman in hospital after an abortion says she was made to see clients in a flat in Glasgow by the man who brought her from Slovakia and that he took her earnings 'for the rent and the flight'. She is afraid to go back.",
  "ww debt", "ncw", "S", "h")
T("Lots of bank cards found in a drawer at 8 Mill Rise during a burglary investigation, in 7 different names. Occupier says they belong to lodgers who work at a laundry; lodgers confirm they each hold their own card and the drawer is a shared place. No further concerns.\n\nBurglary itself: rear window forced, a laptop and a games console taken; CSI attended and lifted fingerprints. The lodgers showed their tenancy agreements and their own banking apps; the landlord lives abroad and uses a local letting agent.",
  "", "", "", "l")
T("""Social worker referral (adult safeguarding). Mr T, 45, has a moderate learning disability and lives with his sister's ex-partner, who is his appointee for benefits. Mr T is sent out each morning to collect trolleys at a retail park and to wash cars for the ex-partner's friend; he is given cigarettes and a little food. His PIP and ESA go into an account he has no access to. He was observed to have a large bruise on his cheek and said he 'fell'. He says he is not allowed to go to the day centre any more.

Mr T's sister has contacted the team from Scotland and says she was unaware of the situation; she has not been involved for some years. The day centre manager confirmed that Mr T used to attend three times a week and stopped suddenly in the spring, and that his 'carer' phoned to say he no longer wanted to come.""",
  "av ww rom", "ncw rm pa", "L", "h")
T("The lads who do the block paving ride in the back of a Transit with no seats, dropped at jobs 7 till dark, sleep in a caravan behind the boss's house. He's got their passports 'for insurance'.",
  "doc ac eo", "dt lh et plc", "L", "h")
T("anonymous tip: the massage shop behind the bus station has girls living in it, you can see washing hung in the treatment room and a rice cooker",
  "", "swp", "S")
T("Forced marriage protection order application: 17yo girl, parents arranging marriage in Mirpur for the summer, she has been told she won't be coming back to finish sixth form; they have her passport.",
  "av doc", "dt", "", "h")
T("Hotel night manager says a man books rooms for 'his nieces', 3 or 4 girls who look about 15, and men come up to the rooms. Manager refused entry to one man tonight. Girls still in room 214.",
  "av", "", "S", "i")
T("INT: POI RAHMAN runs a network submitting false UC claims in the names of newly arrived Bangladeshi men; he keeps their BRPs and bank cards and gives them £50 a week while they work in his cousin's restaurant.",
  "doc ww", "dt ncw mbc", "CL")
T("My husband's brother works for a cleaning company, the company charges them £200 for the 'DBS' and takes the first week's wages as a 'deposit'. Is that legal?",
  "ww", "uf", "L")
T("Two boys aged about 10 seen at the traffic lights on Hyde Park Corner washing windscreens, a woman across the road collects the money from them every few minutes.",
  "av ww", "ncw", "C", "h")
T("Care home in Kent: carers from Zimbabwe on sponsorship visas told they must repay £10,000 'sponsorship cost' if they leave before 3 years; rotas show 72-hour weeks.",
  "debt eo", "lh", "L")
T("Reported missing: Ukrainian woman, 30, staying with a host family under the scheme; host says she left with a man she met online who promised her work in a bar in Manchester. Her friends say she's now 'in a flat and not answering'.",
  "", "", "", "l")
T("I don't get a day off. I look after the old lady, I wash her, I feed her, I sleep on the chair in her room. The son pays me £200 a month and says I am lucky, the agency in Kerala told me £1,200.",
  "dec eo ww ac", "lh swp", "D")
T("Warrant at a nail bar in Newport: 4 Vietnamese females, one appears 15-16, all sleeping upstairs on mattresses, a man in the back office with a ledger of 'debts'. Passports found in the office safe.",
  "av debt doc ac", "swp dt oc", "L", "h")
T("Man at the food bank says his landlord makes him and others work at his car wash for free in return for the room. They live six to a room.",
  "ww ac", "oc", "L")
T("Flagged by Border Force at Stansted: 2 Romanian women (19, 21) travelling with a man who held both their ID cards and return tickets and answered for them. Said they were going to work 'in a club'.",
  "doc", "dt sfw", "", "m")
T("""Police Scotland intelligence: a male known as 'Uncle' is recruiting homeless men in Glasgow from soup kitchens to work on potato farms in Angus and Perthshire. Men are housed in a bothy, charged for food and travel, and paid £20-£30 a week 'after deductions'. One recent worker reported that a man who left was found and brought back in the van and beaten. 2/B/P

The same source reports that two of the farms concerned use a reputable licensed labour provider for most of their seasonal staff, and there is no suggestion those workers are affected. The bothy is believed to be on land near Blairgowrie. Enquiries are ongoing with the GLAA and the local authority. Handling: P. Source is long-standing and has previously provided reliable information.""",
  "av ww psv rom ac", "ct", "L", "h")
T("She comes to the playground with the children of the house. She is always in slippers even in winter. Once she said very quietly 'I can't go anywhere, madam has my passport'.",
  "doc rom", "dt rm", "D")
T("Report from a charity shop: a man came in with 3 women who didn't speak, he answered every question and paid for them. Just something that felt off.",
  "", "sfw", "", "l")
T("Lancashire: tip that a man is advertising 'kidney donors wanted — £10,000' on Telegram and arranging travel to Kenya for young men from the area. No victim identified yet.",
  "", "", "O")
T("County lines: 17yo female, looked after child, found in Weymouth in a flat with two males from south London. She had been 'plugging' drugs and was forced to have sex to 'pay for' a lost package.",
  "av psv debt", "", "CS", "i")
T("Engineer found 3 mattresses and a gas stove in a locked shipping container at a scrap yard. Yard owner says 'lads sleep in there sometimes'. Workers not present.",
  "", "swp plc", "", "l")
T("A hospital worker says a Nigerian woman, 35, told her she was brought over to care for the children of a doctor's family in Essex, works 6am-11pm, has no room of her own and is never paid as the money 'goes to my uncle in Lagos'.",
  "eo ww", "lh ncw", "D")
T("I was given a phone and told to wait at the station, someone would give me a bag. The man who brought me from Eritrea said I still owe him. I am 16.",
  "av debt", "", "C", "h")
T("Council enforcement: fast food outlet employing 2 students over 20 hours contrary to visa conditions. Both paid properly, no other issues. Referred to Home Office Immigration Enforcement.",
  "", "", "", "l")
T("""OIC to DS, handover: Operation Arbour, address 33 Gorse Lane.

Occupants: 1. Ms Elena P (Romanian, 27) – says she is the partner of the tenant, works at the local hotel, has her own bank card and passport, happy. 2. Mr Vasile D (44) – tenant, works in construction. 3-7: five males, Romanian, all say they work for Vasile on building sites and 'pay him back' for bringing them over; none has his own ID, Vasile says they are 'at his brother's'. Wages go into one account.

Ms P not a PV. Males 3-7 to be offered NRM.

Also present during the visit was a neighbour, Mrs Ionescu, who came to complain about the bins and was spoken to briefly; she is not connected. Vasile was arrested on suspicion of s1 MSA offences and released under investigation. The five males were taken to a reception centre.""",
  "debt doc ww", "dt ncw", "L")
T("Guy on my street has girls coming to his flat from the school, they're all like 14 15 he gives them vapes and booze. one of them was sick on the stairs at 1am. DO SOMETHING",
  "av", "", "S", "h")
T("Tailoring unit in Leicester: workers paid £4 an hour cash, told to sign timesheets showing 16 hours but working 60. Owner says they 'choose' to.",
  "eo", "lh", "L")
T("Girl, 14, arrested for shoplifting make-up in Primark. She said 'I have to get it for him or he'll hurt my little brother'. Won't say who 'he' is.",
  "av thr", "", "C", "h")
T("Sham marriage: Portuguese woman, 23, told she would get £3,000 to marry an Indian man 'on paper'. After the wedding she was kept at his cousin's house, not given the money, and made to have sex with him.",
  "dec ww rom psv", "rm", "S", "h")
T("Farm manager called in about a worker who had gone missing, worried about him, he left his tools and his pay is waiting. He turned up the next day at a friend's. Welfare check OK.",
  "", "", "", "l")
T("Begging group at Birmingham New St: elderly woman with one leg, placed each morning by two younger men who take her back to a house in Sparkhill at night. She says they are 'looking after her' and keep what she gets.",
  "av ww", "cedl et ncw", "C")
T("The man who brought me said I could pay for my kidney surgery bills and the flight by working in his shop for two years. The surgery was for my daughter. I work every day and he gives me nothing.",
  "debt ww eo", "lh", "L")
T("INT 1/B/C: intel that a Birmingham surgeon is being approached by a broker offering payment to UK patients for kidneys from donors in Egypt; donors are refugees from Sudan paid a few hundred dollars. Conditions: not to be shared with NHS partners.",
  "av", "", "O")
T("Mum of the house says her nanny is 'part of the family'. The nanny told the health visitor she has no key, is locked in when the family goes away, and eats their leftovers. She is from Indonesia.",
  "rom ac", "rm", "D")
T("Boys with 4 phones each, bikes, tracksuits, coming off trains at Crewe every Friday — been told its county lines. Nobody's actually seen who runs them.",
  "", "", "", "l")
T("Chinese student, 20, contacted police saying she 'owes' a man who helped with her visa and he wants her to 'work at massage' to pay; she has not done so and has blocked him. Advice given.",
  "", "", "", "l")
T("Agency driver from Poland says he drives 16 hours a day delivering parcels, sleeps in the van, and after van hire, fuel and 'fines' his pay is about £100 a week. The depot manager has his driving licence.",
  "eo ww doc ac", "lh swp dt", "L", "h")
T("Rooftop tent pitched in a field near Evesham with 5 men, field owner says they are pickers paid by the kilo by another farmer. They had been there for 3 weeks with no toilet.",
  "ac", "plc", "L")

# ---------------- batch 4 ----------------
T("He took my phone on the first day and said I did not need to talk to anybody. I did not know the name of the town. Only later I saw a bus that said Wisbech.",
  "iso", "iso", "", "m")
T("Worker at the salad factory, Latvian, came through an agency in Riga which charged her €600 for the 'job place' and €150 for the bus. In the UK she pays £15 a week for her own overalls and hairnets.",
  "", "uf ct ppe", "", "l")
T("INT 2/B/P: at least 30 bank cards linked to a single address in Boston, Lincs, used at the same Co-op ATM on Fridays by a man known as 'ROMAN'. Account holders are agency workers at a vegetable packer, believed to receive £30-£50 cash back from ROMAN each week.",
  "ww", "mbc ncw", "L")
T("""Translated letter given to the clinic nurse:

'Dear Madam, I am writing because I cannot speak. I am from Fujian. I came to work in a restaurant but they sent me to a house where men come. I have no passport, the woman keeps it. I do not know the address of this house. The woman says if I go out the police will put me in prison because I have no visa. I am very afraid. Please help me.'

The patient was accompanied by a woman who waited outside and who paid for the appointment in cash.

The nurse gave her a leaflet in Chinese and a card with the helpline number, which the patient hid in her sleeve. The practice has passed the letter and the description of the accompanying woman to the police.""",
  "dec doc iso thr av", "dt foa iso et", "S", "h")
T("They told us there was a room in a nice house. It was a garage with twelve beds. We paid £70 each a week to the same man who gave us the job.",
  "dec ac", "oc plc", "L")
T("Guy at the car wash on Station rd always does the talking for the others even when u speak to them directly, they just look at him. Never seen them laugh.",
  "", "sfw", "", "l")
T("she came over with nothing, literally one carrier bag, and now shes living in the back of the shop and works there all day. owner says shes his wifes cousin",
  "", "fpe swp", "L")
T("Romanian man, 38, at Home Office reporting centre, says he doesn't want to go to the police because 'the boss said police here are with him and will deport me'. He worked 3 years on a dairy farm in Wales without wages.",
  "thr ww av", "foa", "L")
T("Girl aged 15 at a party in a flat in Peterborough was given drink and drugs and raped by two men. Reported by her friend. Suspects known to police for grooming girls from the same school.",
  "av psv", "", "S", "h")
T("No sign of anyone being held against their will at the address. All occupants (students from India) have tenancy agreements, jobs in retail, and their own documents. Report unfounded.",
  "", "", "", "l")
T("Took a call from a woman who cleans for an office company: she's paid £11.44 an hour but says it is too low for London and the hours keep getting cut. She can leave any time. Signposted to union.",
  "", "", "", "l")
T("""Victim account (Albanian, 24, male):

I came because a man in Kukës said there was work in London paying £100 a day, painting and decorating. He said I would pay him back from the first month. When I got off the lorry in Kent another man picked me up and took me to a house in Basildon with many plants. He said the painting job was finished and I owed £15,000 now, and this was how I could pay. He took my phone and my Albanian ID.

I stayed in the house for 4 months. The doors were locked and the windows covered. Food came once a week. I had burns on my arms from the lamps. When the police came I was very afraid because the man said they would put me in jail for 10 years.""",
  "dec debt iso doc rom ac thr", "iso dt rm pa foa", "C", "h")
T("Man seen sleeping in a fishing net store at the harbour, says he crews for a local skipper for food and a bunk. Asked if he gets wages he said 'later, when the season finishes'. He has said this since last year.",
  "ww ac", "swp", "L")
T("Missing person report (low risk): adult male, 29, left home after an argument with his partner. Traced staying at his brother's. Safe and well.",
  "", "", "", "l")
T("Trafficking for organ removal — victim identified by the NHS: Nigerian man, 27, brought to a London hospital as a 'relative' of a wealthy patient to donate a kidney. He was told he would get work and a better life; he did not know he was not related and was coached to lie. The transplant was stopped by the clinicians.\n\nA second man at the same hospital, a genuine brother of another patient, was assessed in the same week and raised no concerns. The hospital's living donor team has reported the case to the Human Tissue Authority and the police, and has reviewed its checks for proving family relationships. The wealthy patient, a UK resident, has been interviewed under caution and denies knowing that the man was paid or deceived.",
  "dec av", "", "O")
T("Hairdresser apprentices aged 16-17 at a salon in Oldham working 50+ hours a week for £2 an hour 'apprentice rate', and the owner shouts at them. Not allowed to take their breaks.",
  "av eo", "lh", "L", "h")
T("Got a msg from my cousin in Vietnam saying her son is in England growing 'vegetables' inside a house and he's not allowed out, they give him a phone only to call his mum on Sundays with someone listening.",
  "rom iso", "rm iso", "C")
T("Police stop on the A1: Mercedes Sprinter with 14 men, driver has a list of names and a bag with their passports. Men say they are going to work at a meat factory, they pay £20 a day for the ride.",
  "doc", "dt ct et", "L")
T("School safeguarding lead: boy, 13, has been seen handing small bags to adults outside the chicken shop for a man in a BMW. The boy told a TA the man 'will stab me if I stop'.",
  "av thr", "", "C", "i")
T("My neighbour has 2 young women living with her and I never see them leave but I heard one of them is her daughter in law and the other her niece, they are both at college. Sorry if this is nothing.",
  "", "", "", "l")
T("""Caseworker, Unseen: client H (Indian, 52) was brought over by a Gujarati family in Harrow as a 'cook' on a domestic worker visa. Worked 6am-midnight, cooked and cleaned for 9 people, looked after the grandmother at night. Paid £100 a month in cash 'for small things', told her real wages were going to her son in Surat; he has not received anything. Her passport was 'in the locker'. She was not allowed to leave the house except to go to the temple with the family.

H's son in Surat has been contacted by the charity through a community organisation and confirms that no money was ever sent to him. H has diabetes, which had not been treated for two years. She has consented to an NRM referral and is staying in a safe house run by a partner charity.""",
  "eo ww dec doc rom", "lh dt rm ncw", "D", "h")
T("Van dropped 3 women outside a house in Sheffield at 3am, one was crying and holding her side. A man pulled her by the hair into the house.",
  "psv rom", "pa", "S", "i")
T("Licensed gangmaster in Herefordshire charges workers for accommodation at £85/week (within the offset limit) and provides free transport. Audit OK.",
  "", "", "", "l")
T("Female, 19, Chinese, found in a flat above a takeaway in Cardiff: one mattress, one bag of clothes, no phone, does not know the street name. Says she 'massages' and gives all the money to 'auntie'.",
  "iso ww", "fpe iso ncw", "S")
T("She is my wife's sister, she came from Lahore last year and lives with us and helps with the kids, we pay her, she has her passport and goes to college two days a week. Someone reported us. I have nothing to hide.",
  "", "", "", "l")
T("An Eritrean boy, 17, arrived in Bristol through Calais; he told the social worker the man in Libya who held him in a warehouse for ransom rang his family for more money while beating him. In the UK he is not exploited.",
  "psv av", "", "", "h")
T("shop staff at the vape shop look about 15 and are there every night til 11, a grown man sits in the back and takes the cash. school says theyre not attending",
  "av eo", "lh", "L", "h")
T("Mother (British) reports her son, 23, with autism, has 'new friends' who moved into his flat; they use his bank card, and he now says he has to 'do drops' for them. He has lost weight.",
  "av", "pa ncw", "C")
T("Job advert on Facebook: 'Couples wanted for farm work in UK, visa help, pay 2500 GBP to start, accommodation given'. Passed to GLAA.",
  "", "uf", "", "l")
T("Sudanese man at the hospital with severe abdominal pain; scan shows he is missing a kidney. He says it was taken while he was held in a camp in Egypt by smugglers who told him it was for a blood test.",
  "dec psv av", "", "O", "h")
T("INT 3/C/P: 'Mad Dog' line running from Liverpool to Aberdeen using a cuckooed address on George St belonging to a vulnerable female (mental health), dealer reportedly took her bedroom and she sleeps in the kitchen.",
  "av ac", "", "C")
T("A woman from Brazil says she paid a London agency £1,000 for a nanny job; the job was real, the family pay her fairly and she is happy; she only wants the £1,000 back as she thinks it's illegal.",
  "", "uf", "", "l")
T("Builder (Romanian, 33) falls from scaffold, colleagues drive him to hospital and leave. He says the boss will 'sort it'. Later he tells the nurse he has not been paid since March and sleeps in the site container with four others.",
  "ww ac", "swp oc", "L")
T("Our staff were told to report anything unusual. A young woman checked in with a much older man, he held both passports and paid cash, she looked at the floor. Room 12, two nights.",
  "", "sfw", "", "l")
T("I was told I would learn English and work in a shop. The lady made me clean all day and her husband came to my room at night. If I cried she took my food away.",
  "dec psv ac", "", "DS", "h")
T("""Debrief summary (NGO): Mr D (Polish, 48), alcohol-dependent, was approached outside a night shelter in Gdańsk. Offered 'good work in England' by a couple. Brought by coach to Kidderminster, housed with 10 others in a three-bed house, taken daily to a waste recycling plant to hand-sort rubbish. The couple opened a bank account in his name and kept the card; he was given alcohol and £10 a week. When he asked to go home they said he owed them for the coach and the room. He has a cough and a rash from the conditions at the plant.

Two other men from the same house have also come forward and given similar accounts. A third man, the couple's nephew, who works at the plant as a forklift driver on proper wages, is not believed to be a victim. The case has been referred to the GLAA and West Mercia Police.""",
  "av dec ww debt ac", "oc ncw pa", "L", "h")
T("Girl with a baby begging at Glasgow Central, same place every day, an older man sits on the bench watching her. She went to him and gave him the cup when the police car came.",
  "av", "ncw", "C", "h")
T("Teenagers in the park dealing weed, we know them, they live round here, their mums are on it. None of them is forced to as far as I know.",
  "", "", "", "l")
T("VICTIM is an Indian national aged 34 who was deceived into coming to the UK on the promise of a well-paid job in IT; on arrival his 'employer' put him to work in a warehouse and took his passport and visa.",
  "dec doc", "dt", "L")
T("The manager at the meat plant says the agency workers all come in one minibus, 6am, and one man collects all their payslips. He thought it was a language thing.",
  "", "et ncw sfw", "L")
T("Man wanted to report his ex-girlfriend's new partner for 'trafficking' her because she moved to Spain with him; she called police herself and said she is fine and free. NFA.",
  "", "", "", "l")
T("Girl of about 14, Romanian, seen every evening at a car in the lay-by near the retail park, men stop and she gets in. An older woman waits nearby.",
  "av", "", "S", "i")
T("He said he would kill my brother if I did not carry the bags. I carried them to Norwich and then to Ipswich. I am 17. They gave me nothing.",
  "av thr ww", "", "C", "h")
T("Housekeeper (Ghanaian) for an embassy official in Kensington: works 7 days a week, no pay for 8 months, told her visa depends on her employer and she'll be sent home if she complains.",
  "eo ww thr av", "lh foa", "D", "h")
T("It looked like a brothel so we raided it: 5 women, all Romanian, all said they worked independently, share the rent, and kept their own takings. No pimp identified. Brothel-keeping advice given.",
  "", "", "", "l")
T("Trolley boys at the supermarket are all from the same house, a man drops them off and picks them up, they say they send money home but the man sends it for them.",
  "ww", "et ncw", "L")
T("Polish care worker in a domiciliary care agency: 12-hour calls with travel time unpaid, clocked 80 hours last week. Paid into her account, free to leave; she is tired but not coerced.",
  "eo", "lh", "", "m")
T("A kidney donor from Moldova flown to Turkey in 2023 by a broker who paid €2,500, now living in Leeds; he says he was pressured because he owed the broker's friend money for his UK job, and the debt was 'wiped' if he agreed.",
  "debt av", "", "O")
T("Cash-in-hand plasterer says his boss owes him £600 and is avoiding his calls. He has his own van and works for other people. Civil.",
  "", "", "", "l")
T("She was told she'd be looking after a baby in Edinburgh. She became the housekeeper for two families, living in the basement with no window, and the woman took her ID for 'registration'.",
  "dec ac doc", "dt plc", "D")

# ---------------- batch 5 (long) ----------------
T("""Intelligence report — OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: 71 Carlton Road, Boston PE21

Source reports that the address is a four-bedroom house rented by MORARU Ionut (DOB 11/09/1986). At least sixteen Romanian and Moldovan males are believed to be living there; source has seen mattresses in the lounge and the garage. The men are taken each morning at about 04:30 in two white Transits (VRMs not obtained) to a vegetable packhouse near Spalding and are returned after 19:00.

Source states that MORARU 'looks after' the men's bank cards and that on pay day he drives them to the ATM on West Street, takes out the money himself and gives each man between £40 and £60. The remainder is said to be for rent, transport and a 'debt' for their travel from Iași. Source heard one man say the debt never seems to go down.

MORARU is also believed to run a small car-repair business from the same address; no concerns about that business are reported. Source does not know whether the men hold their own passports.""",
  "ww debt ac", "oc cedl et ncw ct", "L", "h")
T("""Referral from a midwife, maternity unit.

Mrs F., 19, Pakistani national, 28 weeks pregnant, attended her booking appointment late with her mother-in-law, who insisted on staying in the room and answered most of the questions. When the mother-in-law went to move the car, Mrs F. told me in Urdu (through the hospital interpreter by phone) that she was married in Pakistan last year to a cousin she had never met, that she was told she would be studying in the UK, and that since arriving she has not been allowed out of the house alone.

She said she does all the cooking and cleaning for the household of eleven, gets up at 5 to make breakfast and is the last to bed. She is not given any money. Her passport and her spouse visa are kept by her father-in-law. She said her husband 'takes what he wants' at night even when she says no.

She has no phone of her own. She asked me not to write anything down in case they see it. I have booked her next appointment on a day her sister-in-law said she would bring her and have referred to the safeguarding midwife.""",
  "dec rom eo ww doc psv iso", "sfw rm lh dt iso", "DS", "h")
T("""Statement of witness — Mrs Jean ATKINSON (retired teacher)

I live opposite number 9. Since about Easter a lot of young men, I would say about six or seven, have lived at number 9. They are foreign, I think Eastern European. Every morning before six a minibus comes, and they come out with carrier bags and get in without talking. It comes back after dark. I have never seen them go to the shops on their own. On a Sunday they sometimes sit in the garden.

In July one of them knocked on my door and asked in very broken English for water and 'paracetamol'. He had a bad cut on his hand wrapped in a T-shirt. When I said I would drive him to the hospital he looked frightened and said 'no, boss angry, no hospital'. A man came out of number 9 and called him back and he went straight away.

The man who called him back drives a black Range Rover. I have seen him shout at the young men in the front garden. I have not seen him hit anyone.

I also want to say that the family at number 11 are lovely and have nothing to do with any of this.""",
  "", "cedl et pa foa", "L")
T("""Caseworker note, anti-trafficking charity, Birmingham.

Ms O. is a 41-year-old Nigerian woman referred by her GP. She came to the UK in 2019 on a visitor visa arranged by a 'pastor' in Lagos who told her she would work as a care assistant for a family friend in Wolverhampton and send money home for her children's school fees.

On arrival she lived with the pastor's sister, Mrs A., and looked after Mrs A.'s disabled adult son day and night. She slept on a mattress in his room to turn him at night. She also cooked, cleaned and did the laundry for the family of six. She had no days off in four years. Mrs A. said the wages were being sent to Ms O.'s children; when Ms O. finally reached her daughter by phone in 2022 she learnt that only two small payments had ever arrived.

Mrs A. told her that her visa had expired, that she was now 'illegal', and that if she went outside the police would arrest her and she would never see her children again. Ms O. did not have her passport; Mrs A. said it had been 'sent to the Home Office'.

She left in August when a neighbour helped her. She has high blood pressure and has lost weight. She consents to an NRM referral.""",
  "dec eo ww thr doc av ac", "swp lh foa dt pa ncw", "D", "h")
T("""Intelligence log — county lines / cuckooing

Source (2/C/P) states that a line known as 'BIGS' has been operating out of Flat 3, 18 Marine Parade, Great Yarmouth since September. The tenant is WELLS Daniel (DOB 02/06/1971), who is a long-term heroin user and has a learning disability. Two males believed to be from Tottenham have been staying there with a teenage boy, estimated 15, who is referred to as 'Little Man'.

WELLS has been seen begging for food at the Co-op. A neighbour heard the older males tell him that if he 'chats to the feds' they will burn the flat with him in it. WELLS is reported to be sleeping in the bathroom and is not allowed to have visitors of his own.

The teenage boy is believed to be doing the street deals and staying at the flat overnight; he is not believed to be attending school anywhere. His identity is not known.

Recommend: welfare visit, safeguarding referral for WELLS, and urgent identification of the juvenile.""",
  "av thr ac rom", "rm", "C", "i")
T("""Press summary (for the website): Two men jailed for forcing vulnerable workers to lay driveways

Two brothers from Bedfordshire were sentenced yesterday at Luton Crown Court for modern slavery offences after they exploited four men over a period of eight years.

The court heard that the brothers targeted men who were homeless or had alcohol problems, approaching them at soup kitchens and hostels and offering work, food and a place to live. The men were instead made to live in dilapidated caravans with no running water, and worked long days laying tarmac and block paving for the brothers' business. They received little or no pay, sometimes only a few pounds and some tobacco.

One victim told the court that he was beaten with a spade after he tried to leave, and that the brothers told him that he 'belonged' to them. Another said he had been made to shave his head and was given only one meal a day.

Detective Inspector Sarah Bell said: 'These men were deliberately targeted because they were vulnerable.'""",
  "av ww ac psv eo", "plc pa", "L", "h")
T("""Report from member of the public (online form, spelling as submitted):

hi i dont no if this is the rite place. theres a house on my street (Coronation St, number 40 something, the one with the blue door) and there is about 5 or 6 girls living there all young maybe 18 20 i think there chinese or thai. they never come out ever, i only see them when a man in a grey car brings shopping. there is men coming to the door ALL NIGHT like every 20 mins, different men, they ring and go in for half hour and come out. the windows upstairs have foil on them. once i saw one of the girls at the window crying and she did a sign like help me?? then someone pulled her away. i have kids and i dont want this on my road but im also worried for them girls. please dont say it was me who reported""",
  "rom", "rm", "S", "i")
T("""GLAA compliance inspection — summary of findings

Licence holder: Fenland Fresh Staffing Ltd. Client: a leek and brassica grower, Wisbech.

Inspectors interviewed 22 workers on site (Bulgarian, Romanian, Lithuanian). All had written terms, payslips and accounts in their own names. Hourly rates met NMW. Accommodation is provided in a farm hostel (two per room), with charges below the accommodation offset. Transport to the fields is free.

Three workers reported that a team leader had been collecting £20 per person for 'getting the job', and two said he had told them they would lose shifts if they did not pay. The licence holder was unaware and suspended the team leader on the day. No evidence of restriction, retention of documents or withholding of wages was found.

Outcome: licence retained with additional licence conditions; team leader referred for investigation of fee charging.""",
  "thr", "uf", "")
T("""Debrief of potential victim (interpreter: Tigrinya)

He says that he is 17 years old and from near Asmara. He left Eritrea to avoid national service. He spent a year in Libya where he was held by a man called 'Kidane' in a warehouse with about 200 other people; the guards beat them and phoned their families to demand money. His uncle in Sweden paid $3,500.

He crossed to Italy and then to France. In Calais he met an Eritrean man who said he could get him to England for free if he agreed to 'work for a friend' in London. He arrived in a lorry in April.

The 'friend' put him in a flat in Enfield with four other boys. He says that he has been made to deliver food on a bike using an account in another man's name, from 10 in the morning to 1 at night. The friend keeps the money from the account and gives him £25 a week. He says the friend has his phone passcode and reads his messages. He says that when he said he wanted to go to school the friend said 'you owe me for England'.""",
  "av psv thr debt ww eo iso", "lh ncw oc iso", "L", "h")
T("""Safeguarding referral — adult social care

Person at risk: Mrs Irene WALSH, 79, lives alone, early dementia.

Her neighbour reports that a young couple have moved into Mrs WALSH's bungalow 'to help her'. Since then Mrs WALSH has not been seen at her lunch club. The neighbour says that the couple's friends visit all day and night, cars pull up for a few minutes and leave, and there is a strong smell of cannabis. When the neighbour knocked she was told Mrs WALSH was 'asleep'.

Mrs WALSH's bank has flagged that her pension has been withdrawn in full on the day it is paid for the last three months, and that a new card was ordered to her address. Her daughter in Australia cannot get through on the phone; the number has been changed.

No information suggests Mrs WALSH is being made to work or to commit crime herself, but her home appears to be being used for drug supply.""",
  "av iso", "ncw iso", "C")
T("""Victim statement (translated from Vietnamese)

My name is Linh. I am 22. In Vietnam I worked in a factory. A woman from my village said she had a cousin in England with a nail shop, and I could earn 2,000 pounds a month. My family paid her 10,000 dollars and I owed another 15,000 which I would pay from my wages.

I travelled through Russia and France. In England a man took me to a house in Peterborough. In the morning they drove me to the shop and in the night they drove me back. I did nails from 9 to 8, six days, and on Sunday I cleaned the boss's house. They did not give me money. They said they pay the debt for me. They wrote it in a book. After one year the book said I still owed 12,000.

The boss's husband said if I run, people in Vietnam will go to my parents' house. He showed me a photo of my parents' house on his phone. I was very frightened.

One day a lady customer asked me if I was OK and I cried. She called the police.""",
  "dec debt ww eo thr", "cedl et lh ncw", "LD", "h")
T("""Incident log 2511/0347 — concern for welfare — FINALISED

Caller (security guard at an industrial estate) reported that he had seen lights on at night in a unit leased to a furniture company and heard voices. He was concerned people might be living there.

Officers attended 02:10. The unit was occupied by three men, all Polish, who are employees of the furniture company and were working a late shift to finish an urgent order. All three produced ID and had their own cars outside. The company director attended and confirmed overtime is paid at time-and-a-half and the men had volunteered. The men confirmed this separately and said they were going home at 03:00.

There were no beds or cooking equipment in the unit. No offences disclosed. No indicators of modern slavery. Security guard updated and thanked.""",
  "", "", "", "l")
T("""Bank financial intelligence unit — suspicious activity summary

Between May and October, 14 personal current accounts opened at different branches in Newcastle and Sunderland, all with the same mobile number and email address recorded as contact details. All account holders are Slovak nationals aged 19-35 who give the same address in Gateshead. Each account receives weekly wages from one of three food-processing agencies. Within hours of each payment, almost the full amount is moved by faster payment to an account held by a Mr L. BALOG, leaving £20-£40.

Mobile banking for all 14 accounts has been accessed from the same device. Two account holders called the bank to ask why their card 'was not working' and did not appear to know their balance or their PIN.

Assessment: indicators consistent with labour exploitation and control of workers' wages. Disclosure made to the NCA.""",
  "ww", "mbc ncw", "L")
T("""Child protection strategy meeting — minutes (extract)

Child: K., 15, female, looked after, placed in a residential children's home in Telford.

Police: K. has been reported missing 11 times since June. On two occasions she was found in cars with adult males of Asian and white British heritage in their 20s and 30s. On the last occasion she was found in a hotel room in Walsall with a 31-year-old man and was intoxicated. Her phone contains messages from several men arranging to 'pick her up' and referring to 'the party'.

Education: K. has not attended school since September.

Health: K. attended a sexual health clinic in October and disclosed that she 'has sex with boyfriend's mates because he asks'. She has an STI. She has bruising to her wrists which she says was 'messing about'.

Residential staff: K. has expensive new clothes and a second phone; she says her 'boyfriend' Zak buys them for her and she 'owes him'.

Decision: Section 47 enquiries; CSE risk assessed as HIGH; disruption against the adult males.""",
  "av psv debt", "pa", "S", "h")
T("""Officer's notebook transcript — warrant, cannabis factory, 4 Denby Close

Entry forced 06:02. Whole ground floor and first floor converted; approx. 600 plants. Electricity bypassed. Windows boarded from the inside with ply screwed into the frames. Back door padlocked from the outside; key not found inside.

One occupant located in the loft: male, Vietnamese, states age 16, very thin, in a T-shirt and shorts, no shoes. A sleeping bag, a rice cooker and a bucket used as a toilet were in the loft. He had no phone, no money and no ID. He said (via Language Line) that 'uncle' brought food every few days and that he was told the police would send him to prison if they came. He did not know what town he was in.

Second occupant: none. A second sleeping bag suggests another person had been there recently.

Juvenile taken to hospital for assessment; children's services informed; NRM referral to follow. He is not to be treated as a suspect at this stage.""",
  "av rom iso ac thr", "rm iso pa plc fpe swp foa", "C", "i")
T("""Email to the council's community safety team from a parish councillor:

Dear all, I have been asked by residents to pass on concerns about the hand car wash at the former petrol station on the Tewkesbury road. Residents say the lads work in all weathers without proper boots or gloves and that they appear to be there from 7am until late. Some have said they think the lads are sleeping in the old kiosk. There is a man in a Mercedes who comes twice a day and collects cash.

I should add that another resident who uses the car wash regularly told me that the workers are always cheerful, say they're paid weekly, and go home to a shared house in Gloucester on the bus. I really do not know what to believe and would welcome someone looking into it.

Kind regards, Cllr M. Harris""",
  "", "lh swp", "L")
T("""Account given to the Salvation Army by Mr S., 29, Indian national, Punjabi (via interpreter)

He says that an agent in Jalandhar told him he could get a work visa for a construction company in England for 12 lakh rupees. His father sold land to pay. When he arrived on a visit visa, not a work visa, he was met at Heathrow by the agent's associate and taken to Southall. He was told he now owed another £6,000 for 'the rest of the process'.

He was sent to work on a house extension in Slough for a builder who paid the associate, not him. He worked from 7am to 7pm, seven days a week, and lived with nine other men in a two-bedroom flat where they slept in shifts. The associate kept his passport, saying it was needed for the visa.

He says that when he asked for money, the associate told him his family in India would be 'shamed' and that the agent's people would visit his father. He has since learnt that no visa application was ever made.""",
  "dec debt ww eo ac doc thr", "uf lh oc dt ncw", "L", "h")
T("""Neighbourhood policing team — weekly briefing notes (extract)

1. Shoplifting at the retail park continues, two known adult prolific offenders, both local, both drug users, acting for themselves. Banning orders sought.

2. Begging in the town centre: three Romanian women aged 20-40 begging outside the station each day. They arrive by train from Leicester at 08:00 and leave at 18:00. When spoken to, one said she gives the money to 'the man in the car' to pay for the room she shares with eleven others and that he has her identity card. Referral to the MSU made; she declined NRM and Duty to Notify completed.

3. ASB on the Meadows estate — youths on motorbikes. Dispersal order considered.

4. Car wash on Leicester Road: visited with GLAA, all workers spoken to, no concerns.""",
  "doc ww ac", "dt ncw oc", "C")
T("""Probation officer's note — case of Mr R. (on licence after a sentence for cannabis production)

During supervision, Mr R. (Vietnamese, now 20) disclosed for the first time that when he was arrested in 2023, aged 18, he had been brought to the UK by people he owed money to, and that he had been locked into the house where he was found and told that his family in Nghệ An would be hurt if he left. He says he was too frightened to tell the police or his solicitor at the time because the gang's lawyer visited him in custody.

He says that a man from the same group contacted him last week on Facebook and told him he still owes £8,000 and must 'go back to work'.

I have explained the NRM and the s45 defence. Mr R. consents to a referral. I have informed the police and his solicitor and we have discussed a safety plan.""",
  "debt rom thr av", "rm foa", "C", "h")
T("""Report to Crimestoppers (summary):

The informant says that a restaurant called 'Golden Palace' on the high street employs four or five Chinese men in the kitchen who never leave the premises. The informant delivers vegetables there at 7am and says the men are already working then; he has also seen them through the back door at 11pm. He believes they sleep in the room above the kitchen, which has no windows. The informant heard the owner shouting at one of them and saw the owner push him against the wall.

The informant also says the owner 'holds the staff's passports in the safe with the takings'. He does not say how he knows this.

The informant asked not to be identified because he depends on the restaurant's custom. He also mentioned that the front-of-house staff, two British students, seem to be treated normally and go home after their shifts.""",
  "eo ac psv doc rom", "lh swp dt rm", "L", "h")
T("""Debrief (Women's Aid / specialist IDVA), Ms B., 26, British.

Ms B. met her boyfriend T. when she was 17 and living in a hostel. Within a few months he told her that he had debts to dangerous people and that she could help by 'seeing a few men'. He put adverts of her on a website and drove her to hotels in Manchester and Leeds. She had to see up to eight men a day and T. took all of the money. When she refused he hit her and once held a knife to her throat. He also had her collect parcels from a house in Salford and take them to Blackpool on the train.

T. kept her phone and her bank card and decided what she could eat. She was not allowed to see her mother. She left when she became pregnant and a hotel receptionist called the police.

She has given consent for an NRM referral.""",
  "av dec ww psv thr iso", "et ncw iso", "SC", "h")
T("""Record of conversation at the airport (Border Force, Manchester T2, arrivals from Lagos)

A 16-year-old girl travelling on a British passport with a woman who says she is her aunt. The girl says she is coming to 'help aunty with the baby and go to school'. The woman holds the girl's passport, her return ticket and her phone. When spoken to separately, the girl says she does not know the aunt well and met her for the first time at Lagos airport; her mother said she would 'work for aunty' and aunty would pay for school 'later'. She does not know the address in the UK.

The woman says the girl is her niece and that she will be cared for. The woman's address is in Dagenham. Checks show two other children have arrived with this woman in the last three years and are not enrolled in any school.

Action: girl taken into police protection; children's services and the MSU informed.""",
  "av doc iso", "dt iso", "D", "i")
T("""Statement of a worker at a recycling plant (Slovak, translated):

I was picked up in Kosice by a man called Laci. He said the work in England is good, 9 pounds an hour, and the house is free. We went by minibus. In England we were seven in one room in a house in Bradford. There was no hot water and only one toilet for eighteen people.

Laci took us to the agency to sign papers and took the bank cards when they came. He said he will give us the money every week. He gives us 30 pounds and says the rest is for the house, the bus and the flight. I asked to see the bank and he laughed. When Jozef wanted to go home Laci and his son beat him in the garden and we all watched.

Laci's wife takes the women to clean hotels. I do not know about them.""",
  "dec ww ac psv", "oc plc ncw ct", "L", "h")
T("""Intelligence report — organ trafficking

Grading: 2/C/C (handling condition: not to be disclosed to the subject's employer)

A source in the Kurdish community in Hull reports that a man known as 'Doctor Hassan', who is not a doctor, has been offering young asylum-seeking men from Iran and Iraq between £4,000 and £6,000 to travel to northern Iraq to 'give a kidney to a rich patient'. The men are told that it is safe and that the money will pay off what they owe to the people who brought them to the UK. Two men are said to have travelled in the summer; one has come back and is unwell and was paid £1,500, the other has not been heard from.

The source says 'Doctor Hassan' keeps the men's Home Office documents while the trip is arranged and pays for their flights.""",
  "av dec debt doc", "dt", "O", "h")
T("""Housing association tenancy officer — visit note

Visited flat 7 after a complaint about noise and too many people. Tenant Mrs Demir (Turkish) lives with her husband, their three children and her husband's two brothers, who have come from Turkey to study. It is overcrowded (seven people in a two-bed flat) and I have advised on a transfer application. The brothers work part-time at a kebab shop owned by a family friend and are paid through payroll; one showed me his payslip. Everyone has their own phone and keys, and the brothers come and go as they like.

No safeguarding concerns. Overcrowding advice given.

The previous complaint, about music late at night, was from the flat below and relates to a birthday party two months ago. There have been no further complaints since.""",
  "", "", "", "l")

# ---------------- batch 6 (long) ----------------
T("""Public report via the Modern Slavery Helpline app (as typed):

my husband drives for a delivery firm and he goes to this big house in Chigwell every week. theres a lady there from the philippines i think who opens the door she is always in a uniform even on sunday and she looks really tired and thin. last week she whispered to him 'please can you post this' and gave him a letter addressed to the philippines embassy. he didnt know what to do so he posted it. he said she has bruises on her arms. the woman of the house came and shouted at her in front of him and slammed the door. she is never outside, never at the shops, nothing. my husband says the gates are always shut and only the family have the fob. we are worried""",
  "rom", "pa rm", "D")
T("""Joint visit — HMRC NMW team and police, hand car wash, Wakefield

Eight workers were on site, all Kurdish Iraqi men aged 19 to 40. The site manager, a relative of the owner, said they were 'self-employed' and paid per car. When interviewed separately with an interpreter, six of the men said they are paid £40 a day for 11 or 12 hours, six or seven days a week, and that they sleep in two rooms above a shop owned by the same man, paying £50 a week each. Two said they were paid properly and go home each night to their families in Leeds; their accounts were consistent with payslips.

None of the men said they were threatened or that their documents were held. All had their phones. The six men said they could leave if they wanted but 'there is no other work without papers'.

Outcome: NMW arrears notice; no modern slavery offences identified; safeguarding leaflets given. Immigration status checks passed to Home Office.""",
  "eo", "lh","")
T("""Safeguarding note — primary school (Designated Safeguarding Lead)

A Year 5 pupil (age 9) told her teacher that her 'big cousin', who lives with the family, is 'the maid' and is not allowed to go to school. On further gentle questioning she said the cousin is 'about 15', does all the cooking and washing, sleeps on the landing, and gets told off 'really loud' when the dinner is late. She said the cousin came 'from Nigeria on an aeroplane last summer' and has never been to school here.

The pupil herself appears well cared for, is happy and attends regularly. There are no concerns about the pupil's own care.

I have made a referral to children's social care regarding the older child and informed the police child abuse investigation team.""",
  "av ac", "swp", "D", "h")
T("""Transcript of voicemail left on the force's non-emergency line (03:14), female, Eastern European accent:

'Hello, hello, police? Please. I am in ... I don't know the name of the street. It is a big house with a red door near the ... there is a big Tesco. There is a man here, his name is Florin, he bring us here from Romania. Me and two more girls. He say we work in a hotel but it's not a hotel, it's men, every night, every night. Tonight he is very drunk and he hit Andreea and she is bleeding from her head and he lock the door and take the keys. He has our ID cards. Please come, please. I am using the phone of one of the men, he's sleeping. Please.'

Call traced to a handset registered to a male in Rotherham. Cell site data requested. Graded IMMEDIATE.""",
  "dec psv rom doc iso", "dt rm iso", "S", "i")
T("""Caseworker's summary for the NRM referral — adult male, 58, British

Mr H. was homeless in Newport when, in 2017, a man he met at a day centre offered him a room and 'a bit of work'. He was taken to a farm in rural Monmouthshire where he lived in a converted stable with no heating. He looked after cattle and did general labouring from dawn until dark every day of the year. He was given food, tobacco, and occasionally £10.

The farmer took his bank card 'to help him manage his money', and his benefits (which he had been receiving before) were paid into that account. The farmer told him that if he left, 'the council' would put him back on the streets and he would die there in the winter. He was told he was not allowed to speak to the vet or the delivery drivers.

He was identified when an animal welfare inspector found him and recognised that he was frightened. He has untreated dental problems and a hernia.""",
  "av ww ac eo thr iso", "ncw plc lh pa iso", "L", "h")
T("""OFFICIAL-SENSITIVE — Intelligence summary, Operation Kestrel (county lines), for the tasking meeting

1. The 'JAY' line (Lambeth to Bournemouth) continues to operate. The line holder is assessed to be OKAFOR Daniel (DOB 15/01/2001). Runners are predominantly 14-17-year-old males from south London. Intelligence (2/B/P) indicates that two boys aged 15 were stabbed in the legs in October as 'punishment' after the police seized a package.

2. The line uses at least two cuckooed addresses in Boscombe. One belongs to a 52-year-old woman with MS who uses a wheelchair; the other to a man, 34, who is alcohol-dependent. Both have been told that their families will be 'visited' if they call the police.

3. Separately, intelligence (3/C/P) that OKAFOR is in a relationship with a 16-year-old girl from Croydon who has been reported missing and was found in Bournemouth with him. She may be being used to hold drugs internally.

Recommended actions: safeguarding visits to both addresses; strategy meeting for the girl; disruption of the line.""",
  "av psv thr", "", "CS", "h")
T("""Letter from an immigration solicitor to the police Modern Slavery Unit

Our client, Ms M. (Sri Lankan national, 38), was employed as a domestic worker by a Gulf diplomat based in London from 2020 to 2023. We enclose her witness statement.

In summary, our client was promised a salary of £1,500 per month, a private room and one day off a week. In reality, she slept on the floor of the children's playroom, worked from 6am until the family went to bed (often after 1am), and was given no day off in three years. She received no salary in the UK; her employer said it was being paid to her mother in Colombo. Her mother confirms she received about £100 a month.

Her passport was kept by the employer's wife. She was not permitted to leave the residence except to walk behind the family to the car. She was slapped on several occasions and on one occasion pushed down the stairs, injuring her back. She was told that the diplomat had immunity and 'the police would do nothing'.

We appreciate that diplomatic immunity may limit action but ask that a referral into the NRM be made as a matter of urgency.""",
  "dec ac eo ww doc rom psv thr", "swp lh ncw dt rm foa", "D", "h")
T("""Notes of a conversation at a foodbank (volunteer's notes)

Jakub (Polish, about 40) came in with his friend Tomasz. Jakub said they work for an agency that places them in a warehouse in Northampton. They get paid into their own bank accounts weekly and both showed me their banking apps. Jakub is upset because his hours were cut from 45 to 20 this month, so he can't afford food. Tomasz is fine, he has another job.

They rent a room together from a private landlord, not linked to the agency. Neither has had any problems with documents, threats or anything like that.

I gave them food parcels and the number for Citizens Advice about benefits.

Tomasz mentioned that years ago, in a different job in Kent, he had worked for a gangmaster who 'kept everyone's money', but he left and that man is no longer in the UK. He did not want to report it.""",
  "", "", "", "l")
T("""Account given by a young man, 19, Albanian, at the Home Office interview (summary by his support worker):

He says that when he was 16 a man in Tirana who 'knew his family' offered to pay for him to go to England to work in a barber shop. When he arrived in a small boat he was taken to a house in Manchester and told he owed £25,000. He was given a phone with one number in it and sent to deliver cocaine across Manchester and Bolton on an e-bike, from midday until 4am.

He was told that if he tried to run, they would find him because they know his mother's address in Albania. Once they took him to a car park and beat him and said it was because he had lost £200. He did not get any money apart from food.

He left when he was arrested. He now has a support worker and lives in a safe house. He is worried that the men are still looking for him.""",
  "av dec debt thr psv ww eo iso", "lh", "C", "h")
T("""Report of an incident at a hospital (nurse's Datix summary)

A 34-year-old Bangladeshi woman was brought to the emergency department by two men, one of whom said he was her husband. She had burns to her forearms that the men said were from cooking. She was dressed only in a thin nightdress and slippers despite the cold. She appeared malnourished and frightened, and did not speak. The 'husband' refused an interpreter, saying he would translate.

When the men left to move the car, a healthcare assistant who speaks Sylheti spoke with her. She said she had come to the UK after marriage and was kept at home to cook and clean for her husband's extended family. She said her mother-in-law burnt her with a hot spoon when she 'made mistakes'. She is not allowed to leave the house, has no phone and does not know the address.

The men returned and took her home before the safeguarding team arrived. The address given has been passed to the police.""",
  "psv rom iso av ac", "pa sfw rm iso", "D", "i")
T("""Member of public, email to local MP (forwarded to police):

Dear Sir, I am writing because I am worried about the Thai massage shop that has opened next to my dental surgery. The women there work very long hours, I see the same two women from 10am to 11pm seven days a week. I understand there is a bed upstairs. Several of my patients have made comments about 'extras'.

However, I would say that the women seem happy enough, they come out to smoke and chat with the café owner, and I have seen them out shopping on their own on Sunday mornings.

I would like someone to check on them. I am not trying to get anyone into trouble.""",
  "eo", "lh", "", "m")
T("""Shelter worker note — London, night shelter

Andrius, 36, Lithuanian, arrived at the shelter last night after walking from Essex. He said he had been working at a 'recycling business' run by a Lithuanian family who recruited him in Vilnius with the promise of £500 a week. For seven months he sorted waste by hand in a yard and slept with five other men in a shipping container on the site with a single camping stove. The family took his passport when he arrived.

He was paid £20 a week. The family told him he owed them for the coach, his food and his bed, and wrote the figures on the container wall. He said that two months ago a man who complained was 'taken away in the car' and that he never saw him again.

He has frostbite injuries to two toes. He does not want to go to the police because he has no documents.""",
  "dec ac doc ww debt thr", "swp plc oc dt pa foa", "L", "h")
T("""Child sexual exploitation — police intelligence report

Grading 2/B/P. Source states that at a takeaway on Wellington Street, the manager and two delivery drivers (all adult males) are giving free food, alcohol and lifts to girls aged 13-15 from two local schools. Girls are taken in the drivers' cars to a flat above the takeaway where 'parties' are held. Source states that one girl, known as 'Lexi', has told friends that she was made to have sex with several men there and that they filmed it and said they would show her parents.

The takeaway is also known to employ two young adult men from Bangladesh who live above the shop; no information suggests they are exploited.

The girls are believed to attend Kingsmead Academy and St Hilda's. The school safeguarding leads have been contacted. Recommended: disruption activity at the takeaway, CSE strategy meetings for the girls named, and further source tasking to identify 'Lexi'.""",
  "av psv thr", "", "S", "h")
T("""Victim account — forced criminality (shoplifting), Roma family group (summary of ABE interview, girl aged 13)

She says that she came from Romania with her 'uncle' and his wife last spring. She lives with them and seven other children in a house in Ilford. Every day the uncle drives them to shopping centres in London and Kent. The children are given lists (perfume, razors, baby milk) and special bags. If she comes back with nothing she is not given dinner and the aunt hits her with a slipper.

She has never been to school in England. The aunt keeps all the children's ID cards in a bag. She says she misses her mother, who is in Romania, and that the uncle says her mother owes him money.""",
  "av psv doc debt", "dt et", "C", "h")
T("""Financial investigator's note — benefit fraud linked to exploitation

Enquiry into 23 Universal Credit claims submitted from the same two IP addresses in Derby. All claimants are Czech and Slovak Roma adults who arrived in the last two years. Each claim lists an address in one of three HMOs owned by KOLAR Pavel.

Interviews with eight claimants: they say KOLAR brought them from Ostrava, helped them 'apply for help', and keeps their identity cards and bank cards 'so the money is safe'. They receive food and £10-£20 a week. Three say they also work shifts at a laundry for KOLAR's cousin, and that their wages go into the same accounts. They say KOLAR is 'like family' but two were visibly anxious and one asked whether KOLAR would find out what they said.

Recommend: treat as potential victims; NRM referrals; investigation of KOLAR for fraud and s1 MSA.""",
  "doc ww av", "dt ncw mbc foa", "CL")
T("""Incident summary — disturbance at a pop-up brothel, Airbnb apartment, Nottingham

Police called by the host after a neighbour reported screaming. Officers found two women (Hungarian, 23 and 25) and a man, HORVATH, who said he was their 'driver'. One woman had a fresh injury to her eye. She said HORVATH hit her because a client had complained. Both women said they had been moved between apartments in Leicester, Derby and Nottingham every few days for six weeks and did not know which city they were in. HORVATH had both women's phones, two ID cards and £1,800 in cash in his jacket.

Both women were taken to a place of safety; HORVATH arrested for assault and s2 MSA offences.

The second woman had no visible injuries and said she was 'fine' but would not be separated from the first woman. The host confirmed the booking had been made online under the name of a third man, who has not been traced. Both women were offered NRM referrals and consented.""",
  "psv iso doc ww", "iso dt ncw pa et", "S", "h")
T("""Member of the public (Facebook message to the police page):

Hi, just to say the lads at the car wash by the big roundabout asked me for help today. one of them said in bad english 'boss no pay 3 month' and 'passport boss house'. he was really scared and kept looking at the office. they sleep there i think, theres blankets and a kettle in the back room. there was about 5 of them. they look like kids some of them, maybe 17? i didnt know who to tell sorry

[Note added by the force control room: two patrols attended at 14:30 the same day. The site was closed and padlocked; nobody answered. GLAA notified and a joint visit is planned for Monday.]""",
  "ww doc av", "dt swp", "L", "h")
T("""GLAA intelligence — labour exploitation in the fishing industry (North East Scotland)

Several sources report that a skipper operating two whitefish vessels out of Peterhead employs Ghanaian and Filipino crew on transit visas, meaning they may not legally leave the vessel in port. Crew are said to be living on board for months at a time in cramped bunks, working shifts of up to 20 hours during fishing trips, and paid $300-$500 a month through an agency in Manila, well below the agreed rate. One crew member said the skipper threatened to 'throw him overboard' after he cut his hand and asked to see a doctor. The skipper reportedly holds all crew passports and seaman's books 'for the harbour master'.""",
  "rom ac eo thr doc", "swp lh dt rm", "L", "h")
T("""Minutes — forced marriage unit case conference (extract)

Subject: Miss S., 18, British-born.

Miss S. contacted the Forced Marriage Unit from Islamabad. She travelled to Pakistan with her parents in July for a 'family wedding' and discovered on arrival that the wedding was her own, to a cousin aged 29. Her parents took her passport and phone at her grandmother's house. She has been kept inside the compound and is watched by her uncles. She was told that if she refuses, her younger sister in Bradford 'will be next' and that she will be 'disowned and worse'.

No information about forced labour or sexual exploitation has been given at this stage.

Action: FMU liaising with the British High Commission to arrange repatriation.""",
  "doc iso rom thr", "dt iso rm", "", "i")
T("""Summary of contact with a victim of organ trafficking (NGO)

Mr K., 30, from Kenya, approached us in London. In 2024, while unemployed in Nairobi, he responded to a Facebook post offering 'medical sponsorship' to travel abroad. A broker told him that a relative of a businessman in Britain needed a kidney and that he would be paid $8,000 and helped to find work in the UK after the operation.

He was flown to a private clinic in another country, where the kidney was removed. He was given $1,000 and told the rest would be paid when he reached the UK. He was brought to London on a visitor visa organised by the broker and left in a hostel with no money. He has had no follow-up medical care and has pain and high blood pressure. The broker has blocked his number.""",
  "dec av ww", "", "O", "h")
T("""Officer handover — shift 2 to shift 3

- Burglary at 14 Fern Way: scene examined, no suspects.
- Concern for welfare of a young woman seen walking barefoot on the bypass at 01:00. Found, she is 20, Albanian. Says she ran from a flat in Luton where she was made to sleep with men every night and could not go out. She says the man who brought her, 'Ardi', keeps her passport and said he would kill her if she ever left. She has bruises to her neck. She is now at the station with a female officer and an interpreter is on the way. MSU informed.
- RTC on the A5, minor.
- Shoplifting at Boots, adult male, local, acting alone.""",
  "rom doc thr psv", "dt rm pa", "S", "h")
T("""Letter of complaint from a Romanian warehouse worker to the agency (translated):

I complain because I worked five weeks and I was paid only for four weeks. The manager said the fifth week will come next month. I also do not agree that I must pay £10 for the safety shoes. I want my money. I also want to say that the supervisor Mr Pop is rude.

[Agency reply noted on file: the fifth week is a 'week in hand' and will be paid on leaving; safety shoes will be refunded; the worker holds his own account and passport; he is free to leave at any time.]

The agency's HR officer added that the worker has since accepted a permanent contract with the client company and has thanked the agency for resolving the shoes issue. File closed.""",
  "", "ppe", "", "l")
T("""Intelligence report — cannabis grows in the North West

Grading: 2/B/P. At least four grows in Oldham and Rochdale are believed to be tended by Vietnamese males who are moved between them every few weeks. Source states that the 'gardeners' are transported at night in a Ford Transit, VRM unknown, and are not allowed outside the properties. They are brought food weekly. Source says the gardeners are told they owe between £10,000 and £30,000 for their journeys and that the amount goes up when a crop fails or is seized.

One gardener is believed to have been electrocuted and badly burnt at an address in Shaw in August and was not taken to hospital.

A separate source states that some of the properties are rented through letting agents using false identities, and that landlords are unaware. Recommend analytical work on electricity supply data to find further grows.""",
  "rom debt ac", "rm et pa", "C", "h")
T("""Note from a council environmental health officer — food hygiene inspection, takeaway, Hull

Inspection carried out in response to a complaint about rats. The kitchen is in poor condition and a hygiene improvement notice was served.

While at the premises, I noticed a camp bed and a suitcase in the dry store. The owner said that his nephew sleeps there 'sometimes' after late shifts, as he lives in Grimsby. The nephew, 24, spoke English well and confirmed this; he said he is paid weekly by bank transfer and usually gets the train home. He showed me a rail pass and his bank app. I had no other concerns.

Re-inspection booked in four weeks. The owner was also reminded that staff may not live on food premises and that, if his nephew needs to stay over, a room elsewhere should be arranged.""",
  "", "swp", "", "l")

# ---------------- batch 7 (long) ----------------
T("""GLAA — record of interview with a worker, poultry processing plant, Norfolk (via interpreter, Romanian)

The worker, Mr C., 27, says he found the job through a Facebook advert placed by a man called 'Gabi'. He paid Gabi €400 in Romania 'for the contract' and €120 for the coach. On arrival Gabi took him to a house in Thetford where he shares a bedroom with three other men; Gabi deducts £90 a week for rent.

Mr C. says he is charged £25 every month for his white coat, boots and hairnet, which the plant says it provides free. He is also charged £8 a day for Gabi's minibus to the plant, which collects them at 5am. He has his own bank card but Gabi 'asks' for the PIN numbers of all the men 'in case there's a problem with the pay'. Mr C. says he gave it because he was afraid of losing the job.

Mr C. has his passport. He says that he has not been threatened. He would like to move to another house but has not found one.""",
  "", "uf ppe ct cedl oc ncw", "L")
T("""Report from a member of public (call to 101, summarised by call handler)

Caller says she works at a dry cleaner's and a regular customer, an older man, always brings in suits along with a young woman who never speaks. Today the young woman came in on her own for the first time, and she pointed at the caller's phone and mimed calling someone, then wrote 'help no money no passport' on the back of a receipt. When the caller tried to speak to her the man appeared at the door and she left with him. The caller kept the receipt.

Caller describes the woman as South-East Asian, early 20s, very thin, wearing a thin cardigan in the rain. Caller believes the man lives in one of the big houses on Park Avenue because he has an account with an address there.""",
  "doc", "dt pa sfw", "")
T("""Detective sergeant's case summary for CPS — R v PATEL & PATEL (extract)

The victim, R., an Indian national, was 17 when he was brought to the UK in 2019 by the defendants, who are husband and wife. He was told in Gujarat that he would attend college in Leicester and work part-time in their shop. He never attended college. He worked in the defendants' convenience store from 6am to 10pm every day and slept on a mattress in the stockroom. When the shop closed he cleaned the defendants' house.

He was not paid; the defendants told him they were 'saving' his wages for him. His passport was kept in the defendants' safe. He was not allowed to have a mobile phone and was not permitted to speak to customers other than to serve them. When he dropped a crate of milk, the first defendant hit him with a broom handle. He was told that, if he told anyone, he would be deported and his family shamed.

He escaped in 2023 when a customer helped him contact a charity.""",
  "av dec eo ww doc iso psv thr", "lh swp dt iso foa", "LD", "h")
T("""Care Quality Commission referral — adult social care provider

During an inspection of a domiciliary care agency in Kent, inspectors spoke to eleven care workers recruited from India and Nigeria under the Skilled Worker route. Several told inspectors that they paid between £8,000 and £15,000 to recruiters abroad for a Certificate of Sponsorship. The agency's director told them that if they left within two years they would have to repay £7,000 in 'training costs' and that he would report them to the Home Office, which would cancel their visas.

Workers said they were given too few hours to live on in some weeks and far too many in others, sometimes working 90 hours with no day off. Four workers live in a three-bedroom house rented from the director, two to a room and one in the lounge.

Workers have their own passports and bank accounts. CQC has referred the matter to the police and the GLAA.""",
  "debt thr eo", "uf lh foa", "L")
T("""Intelligence log — brothel in a residential flat

2/B/P. Flat 22, Ashdown Court. Source states that three Thai women are working as sex workers in the flat and that a Thai woman in her 50s, known as 'Mama Noi', brings them from Bangkok. The women are said to owe Mama Noi £30,000 each for the flights and visas, which are deducted from what they earn, and they keep only tips. Source states that the women are not allowed to go out alone and that Mama Noi holds their passports.

Source is not aware of any violence. Source states one woman has told a client she wants to go home but 'can't until the money is paid'.

Flat 22 was previously linked to a different brothel in 2022 that closed after a warrant; there is no known link between the current occupants and that enterprise. Welfare visit with a Thai-speaking NGO worker recommended.""",
  "debt ww rom doc", "dt rm ncw", "S", "h")
T("""Youth offending service — case note

J., 16, from Southwark, was arrested in Kings Lynn in possession of heroin and crack. In interview he said he went there 'to make money'. He did not name anyone else.

In a later meeting with his YOS worker, J. said that he had 'a debt' from when his phone and £400 were 'robbed' in Peckham, that he was taken to Norfolk by an older boy in a car, and that he stayed in a flat for 10 days selling drugs 'until the debt's paid'. He was given food by the man whose flat it was. He said that the older boy told him that 'people who run off get found'.

J. has since been moved to live with his aunt in Kent. His mother is worried he is still being contacted.

His mother has since told the YOS worker that J. receives calls at night from withheld numbers and that a car she does not recognise has parked outside their house twice. The YOS worker has shared this with the police and a National Referral Mechanism referral has been made.""",
  "av debt thr", "et", "C", "h")
T("""Pastor's email to the police Modern Slavery Unit

Dear officer, I am the minister at a church in Croydon and I want to share a concern on behalf of a member of my congregation, Grace (Ghanaian, late 40s). Grace cleans offices at night for a company run by a man from our community. She has told me that for two years he has paid her only £300 a month, and that he holds her passport 'because she owes him for the visa'. She works six nights a week from 9pm to 7am.

She says he has told her that if she complains he will tell the Home Office she is working illegally and she will be deported and lose her church family. She is very frightened and did not want me to write to you, but I think someone should know.

I have also known the man for many years and I am shocked. I will help in any way.""",
  "ww doc debt eo thr", "dt lh foa", "L", "h")
T("""Review of a referral (NRM first responder, local authority) — outcome: no indicators

Mr P., 22, Polish, was referred by a hostel after he said he had 'worked for nothing' for a month. On interview, Mr P. explained he had been on a three-month unpaid trial for a removals company run by a friend of his uncle, and had left because he did not like the work. He had his own ID, his own phone, could come and go, and was given lunch. He did not say he was threatened or deceived and said he went into it knowing it was unpaid work experience.

There are no indicators that Mr P. was a victim of modern slavery. He has been helped with a CV and Jobcentre appointment.""",
  "", "", "", "l")
T("""Account (translated from Amharic) given to a GP practice nurse

She says: 'I came from Addis Ababa to Saudi first, as a housemaid. Then the family moved to London and brought me. In London I am not allowed to go out. I cook, clean, and look after the children and the grandmother. I sleep on the floor in the kitchen. My salary they send to my agency in Ethiopia, but my family say they never got it. When the madam is angry she pulls my hair. I do not have my passport since Saudi. I am here today because the grandmother is sick and they sent me with the driver to collect her tablets.'

The driver waited outside the surgery. The nurse gave her the number of Kalayaan, and she put it in her shoe.""",
  "rom ww psv doc", "rm swp ncw dt et", "D", "h")
T("""OFFICIAL — Police National Database note: ADAMU, Chinedu, DOB 09/12/1995

Subject is a Nigerian national who is a director of a small care agency in Leicester. He has no previous convictions. In 2025 he was reported by a former employee for non-payment of three weeks' wages after she resigned; she holds her own documents and has found other work. The dispute was resolved through ACAS and she was paid in full.

No intelligence of exploitation. Record retained for 6 years under MoPI group 3.

A separate report in 2024 about the subject's car being 'used by lots of people' related to a family insurance matter and was closed. No safeguarding information is held about his staff, who are all on payroll.""",
  "", "", "", "l")
T("""Debrief of Mr N., 35, Vietnamese, after a raid on a nail bar in Swansea (summary)

Mr N. says he came to the UK in 2021 on a small boat. He was told by the people smugglers that he could work off the cost of his journey, 'about 30,000 pounds', in a nail bar owned by a relative of one of them. He has worked at the salon from 9am to 7pm every day, and cleaned the flat where the owner's family lives in the evenings. He was given about £50 a week. He shares a room with four other workers above the salon.

The owner kept a notebook of his 'debt'. In two years it had only gone down by £4,000 because the owner added 'rent' and 'food'. The owner's son told him that if he left, 'the people in Vietnam' would make his family pay.

He says he is not locked in and does go out on his day off to the shop. He has his phone.""",
  "debt ww eo ac thr", "lh oc", "LD", "h")
T("""Intelligence summary — adult sexual exploitation, online adverts

Analysis of 46 adverts on an adult services website, all using phone numbers linked to one payment card. The adverts show at least 11 different women, described as 'new in town', 'young Brazilian' or 'sexy Romanian', moving between Leeds, York, Hull and Harrogate every three to five days. The same three men have been seen carrying bags into the hotels and Airbnb flats where the women stay. Some adverts list 'no English' and 'call Max to book'.

Nothing has yet been reported by the women themselves. Welfare visits are being planned.

Two of the women have previously been found by police in a pop-up brothel in Leicester in 2025, where they said they worked independently. The phone number in the adverts is attributed to a man who has a conviction for controlling prostitution.""",
  "", "sfw et", "S")
T("""Summary of a debrief at a Home Office facility — Mr A., 23, Afghan

Mr A. said that when he arrived in France he was told by an Afghan man in Dunkirk that he could cross for free if, in the UK, he worked for 'the friend'. He was collected at a service station in Kent and taken to a hand car wash in Coventry. He worked from 8am to 8pm, seven days a week, and slept in a caravan behind the car wash with two others.

He was given £100 a month. When he asked for more, 'the friend' told him he still owed £3,000 for the crossing and that the Taliban would find his family if he caused trouble. He says 'the friend' also had him sign for a bank account and never gave him the card.""",
  "dec eo debt ww thr ac", "lh swp ncw", "L", "h")
T("""A&E — documented by an emergency medicine registrar

Female, approximately 16-17, brought in by ambulance after collapsing at a flat in Middlesbrough; the caller was an adult male who left before the ambulance arrived. She has a temperature, multiple bruises of different ages on her thighs and arms, and cigarette burns on her forearm. She said she is 19 and from Romania, but had no ID. She was unable to give the address where she lives and said a man 'keeps her phone for her'. She said she 'works with men' and 'has to make 500 a night'.

Hospital safeguarding team and police contacted; she has been kept in as an inpatient for treatment and safety.

Later the same night a man telephoned the ward several times asking to collect 'his sister' and giving different names for her. He was told she could not be discharged. His number has been passed to the police, who are attending the ward.""",
  "av psv iso", "pa iso", "S", "i")
T("""Letter from a trade union to a fruit farm in Herefordshire (copy to the GLAA)

We write on behalf of our members, seasonal workers from Kyrgyzstan and Uzbekistan on the Seasonal Worker visa. They tell us that they each paid recruitment fees of $2,000-$5,000 to an intermediary in their home country, that many are still repaying loans taken out for this, and that some were sent home after a few weeks for 'low productivity', leaving them in debt.

Our members also report that the picking targets are impossible to meet, that they work up to 12 hours a day in the heat, and that the caravans are overcrowded with six people in caravans designed for four.

We do not suggest the farm withholds wages: members confirm pay is received in full into their own accounts. We ask for an urgent meeting.""",
  "eo ac", "uf lh oc", "L")
T("""Community safety partnership — case note, 'cuckooing' concern

A housing officer visited Mr F. (63, chronic pain, on morphine) after repeated complaints of visitors at all hours. Mr F. let the officer in. Two young men in the flat said they were his 'nephews'. Mr F. would not speak in front of them, but when the officer asked to see the bathroom he followed her and said 'they won't go, they've got my tablets and my keys'. There were several mobile phones and digital scales on the coffee table.

The officer left and called the police from outside. Officers attended 40 minutes later; the young men had gone. Mr F. was very frightened and said they would 'come back tonight'. He has been moved to temporary accommodation.""",
  "av thr", "", "C")
T("""Airport — Border Force officer's note, Gatwick North (arrivals from Tirana)

Two young women (18, 19) travelling together, both Albanian, said they were going to 'visit a friend' in London for a week. Neither had accommodation booked or money, and both had the same phone number written on a piece of paper for their 'friend', a man called 'Genti'. On questioning, one said Genti had paid for the flights and that they would be working in a 'club' to pay him back. The other said she had been told she would work in a restaurant. Both said Genti 'loves' the first woman.

Entry refused; both accepted safeguarding advice and information from an NGO at the airport. NCA informed of the phone number.""",
  "dec debt", "", "", "m")
T("""Record of a call to a domestic abuse helpline (anonymised)

The caller is a British woman, 35, whose husband controls the family finances, checks her phone and has threatened to leave with the children if she goes back to work. She says he has never hit her. She is free to see her family and has her own passport, but he 'makes her feel worthless'. She is not made to work or do anything sexual against her will.

Advice given about coercive control; referral to an IDVA offered.

The caller's sister, who was also in the room, said she has been worried for a long time and will help the caller look for a flat. The caller plans to stay with her sister for a few nights.""",
  "thr", "", "", "m")
T("""Email from a university's international student office

We are concerned about a postgraduate student from China who has stopped attending. Her flatmate says that a man 'from an agency' who helped her with her visa has told her she must work in a massage parlour in Sheffield to repay the £15,000 she owes him for fees. The flatmate says the student now sleeps at the parlour most nights and that the man has her passport 'to renew the visa'. The student has messaged the flatmate saying she is 'OK' but 'cannot talk'.

Her personal tutor adds that she was an excellent student who was hoping to stay in the UK after graduation. Her parents in Wuhan have not been able to reach her for two weeks. We have informed South Yorkshire Police and the university's safeguarding lead.""",
  "debt doc iso", "dt swp iso", "S", "h")
T("""Council trading standards — complaint about a 'recruitment company'

Thirty complaints from Filipino and Indian nationals who paid a company in Leeds between £3,000 and £6,000 each for 'guaranteed' jobs as care workers in the UK. No jobs or visas were provided and the company has stopped answering the phone. None of the complainants have travelled to the UK; all are in their own countries.

This appears to be a recruitment fraud rather than labour exploitation. Referred to Action Fraud and the Employment Agency Standards Inspectorate.

Several complainants say the company's director had shown them photographs of care homes and fake contracts. The company's registered address is a virtual office. No UK workers or UK employers are thought to be involved.""",
  "", "uf", "", "l")
T("""Victim personal statement (extract), read in court

'When I came to this country I was 15. I thought my aunty loved me. She told my mum I would go to school. Instead she made me look after her three children and clean her house and her friends' houses. I got up at 5 and I went to bed at 1. I did not go to school one day in four years. I ate what the children left. I slept on the floor of the landing with a blanket.

Her husband came to me at night. I told my aunty and she slapped me and said I was a liar and that if I told anybody, the police would send me back to Nigeria in chains.

I am 23 now. I am studying to be a nurse. I want people to know that this happens in houses on normal streets.'""",
  "av dec eo ac psv thr", "lh swp", "DS", "h")
T("""Intelligence report — 2/B/P — labour exploitation in construction, Bristol

Source states that a sub-contractor named BOGDAN Marius supplies groundworkers to several building sites in Bristol and Bath. The workers, mainly young Moldovan men, are recruited in Chișinău with offers of £120 a day but are paid £50 a day in cash. Their bank accounts, opened in the UK by BOGDAN, receive the full wage from the contractor, and BOGDAN withdraws it. Source states BOGDAN carries a wallet with 'at least fifteen' bank cards. The workers live in a house in Fishponds that BOGDAN rents and are picked up at 6am in his van.

No information about violence or threats.

Source also states that BOGDAN's brother runs a legitimate scaffolding firm in Bath that employs local staff through payroll; there is no suggestion of wrongdoing there. Recommend financial checks on the account holders and a joint visit with the GLAA.""",
  "dec ww", "mbc ncw cedl et", "L")
T("""Summary of a Facebook group post passed to police by a community worker (translated from Polish)

'Warning to everyone! Don't go with Krzysztof from Piła who promises work at a chicken farm near Hereford. My brother went. They took his ID card "for registration" and put him in a house with 14 people. They take all the money for "debts" and "rent", he gets 20 pounds a week. When he wanted to come home they said he must first pay 2,000 for the bus and the room. He got out when a Polish lady from the shop helped him, but others are still there. They have no phones because Krzysztof "keeps them at night".'

The community worker adds that she does not know the farm concerned and that the post has been shared more than 400 times. Two other people commented under the post to say they had worked near Hereford for different employers and were treated well.""",
  "dec doc ac ww debt iso", "dt oc iso ncw", "L", "h")
T("""Record of contact — outreach team, rough sleepers

Spoke to a man, about 50, Romanian, sleeping behind the library. He said he came to London to beg 'for himself' after losing his job in Romania. He sends money to his wife. He said nobody brought him and nobody takes his money. He has his own ID. Offered a hostel place, which he declined; offered support to get home, which he is considering.

No exploitation indicators.

He was seen again two days later at the same spot, in good spirits, and said his wife had booked a bus ticket home for him for the end of the month. Street outreach will check on him before then. He said he had no problems with anybody on the street and nobody had asked him for money.""",
  "", "", "", "l")
T("""Intelligence — possible organ trafficking via a medical tourism agent

3/C/P. A source in the Indian community in Southall reports that a man who runs a 'medical tourism' business is putting UK patients on dialysis in touch with kidney 'donors' in Delhi and Mumbai who are being recruited from poor families and paid around ₹300,000. The donors are presented to the hospital as relatives of the patient using forged documents. At least two patients from west London are said to have travelled in 2025. No UK-based victims have been identified.

The source has no names of donors or patients. Intelligence shared with the Human Tissue Authority and the NCA; request made for checks on the business's bank accounts. The business also arranges hip and dental treatment abroad; there is nothing to suggest those services are unlawful.""",
  "av dec", "", "O")

# ---------------- batch 8 (short and mixed) ----------------
T("Kid on a bike doing drops for the man at no.9, can't be more than 12.",
  "av", "", "C", "h")
T("INT 3/C/P: FLORES household, Filipina maid not seen outside in 6 months, blinds always down.",
  "rom", "rm", "D")
T("Lost wallet reported by a Slovak agency worker, contained his own bank card and ID. No concerns.",
  "", "", "", "l")
T("Boss took our passports 'for the visa' and we never got them back. Two years now.",
  "doc", "dt", "L")
T("Landlord and agency are the same man, rent comes straight off the wages before we see them.",
  "", "ncw", "L")
T("RTC on the M1, minibus of farm workers, 3 injured, all employed directly by the farm and paid weekly.",
  "", "", "", "l")
T("Girls in the back of a Transit on the way to a 'job interview' in Birmingham, all 15-16, met the driver on Snapchat.",
  "av", "et", "S", "i")
T("She scrubs floors for the whole family and eats standing up in the kitchen after everyone.",
  "ac", "", "D")
T("Wife of a local GP reported her cleaner for theft, cleaner is self-employed with many clients.",
  "", "", "", "l")
T("The uncle collects all our wages from the factory, we get £15 each on Sunday.",
  "ww", "ncw", "L")
T("Elderly Indian woman lives with her son and daughter-in-law and helps with the grandchildren; she has her own room and pension. Reported by a neighbour, no concerns found.",
  "", "", "", "l")
T("Had to 'pay back' the kidney operation money by working in his garage for free, he said I agreed to sell it in Cairo.",
  "ww debt", "", "OL")
T("Teen girl dropped at the hotel at midnight by an older man, collected at 6am, three nights running.",
  "av", "cedl et", "S", "h")
T("Slovak man begging outside Sainsbury's says he is alone and keeps what he gets. Offered hostel.",
  "", "", "", "l")
T("Van driver charges £10 a day each for the lift to the chicken factory and stands over them at the cash machine.",
  "", "ct et ncw", "L")
T("Polish worker pays for his own boots, bought them himself from Screwfix, got reimbursed. Query closed.",
  "", "", "", "l")
T("He said if I tell the teacher he will hurt my mum. He makes me keep the little bags in my coat.",
  "av thr", "", "C", "h")
T("Immigration overstayer arrested at a barber's, works for cash, rents his own room, no exploitation disclosed.",
  "", "", "", "l")
T("Mum's friend 'adopted' a girl from Ghana who cleans their house all day and isn't in school. She's 13.",
  "av", "", "D", "h")
T("Man in the car park takes the cards off the girls when they come out of the 'massage' place.",
  "", "ncw", "S")
T("Nigerian man, 45, says he came to the UK for a kidney transplant paid by his own family, donor his wife. Queried by a nurse, all checks fine.",
  "", "", "", "l")
T("Two Vietnamese teens found at a nail bar at 10pm, a woman says they are her nieces 'helping out'. School checks: not enrolled anywhere.",
  "av", "", "L", "h")
T("Complaint about a Chinese restaurant: chef shouts at staff. Staff say he's just like that and they get paid fine.",
  "", "", "", "l")
T("told him i wanted to go home and he showed me the video of the last girl who tried, she was beaten with a chain",
  "thr", "", "S", "h")
T("Agency told us to open accounts, then kept the cards, said they would give them back 'after probation'. Probation never ends.",
  "ww", "ncw", "L")
T("Girlfriend of a dealer (both 19) arrested together with class A. No info she is under his control; says they both sell to pay their rent.",
  "", "", "", "l")

if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh17.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")
