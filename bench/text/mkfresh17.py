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
T("""Licensing visit, Orchid Therapy Rooms, Victoria Road. Premises hold a current special treatment licence. Four therapists on shift, all with their own contracts of employment and payslips showing hourly pay above NMW. Each therapist spoken to alone with an interpreter; all live at their own addresses and travel in themselves. Price list displayed, CCTV in reception only. No indicators of sexual services or exploitation identified. Advice given about late-night signage.""",
  "", "", "", "l")
T("Nanny (Brazilian, 26) lives with family in Hampstead. Has her own room and bathroom, weekends off, paid monthly into her own account, keeps her passport. Referral closed — no concerns.",
  "", "", "", "l")
T("Two 15yo boys from the estate seen selling weed in the park again. No older males seen with them, they seem to be doing it themselves for pocket money. PCSO to speak to parents.",
  "", "", "", "l")
T("""999 call summary: female caller, distressed, Vietnamese accent. States she is in a house with 'the plants' and cannot get out, door locked from outside, windows boarded. A man comes every two days with rice. Cannot give address. Call dropped after 3 min. Cell site puts handset near Stoke. Log graded IMMEDIATE.""",
  "rom iso ac", "rm", "C", "i")
T("Elderly man's flat on Brook St taken over by a group from London. He says they are 'his friends' but they use his front room to bag up and he sleeps in his chair. Neighbours hear shouting at him.",
  "av thr ac", "", "C")
T("Woman with a small child sits outside Tesco every day 8 till 6, dropped off and picked up by the same silver Passat. Seen handing all the coins to the driver.",
  "ww", "cedl et ncw", "C")
T("""Safeguarding referral (secondary school). Pupil A, Y10, 14. Staff have noticed new trainers, two phones, and she is being picked up at the gate by a man in his twenties in a black Audi. She told a friend he 'makes her do stuff with his mates' and that she has to 'look after' something for him in her school bag. She has been found in Luton twice at 2am.""",
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
T("She is married to a man she met once, in Sylhet, at her uncle's house. In the UK his mother has her clean the whole house and cook for eight people, and he forces himself on her at night. She does not have her passport or her visa letter; 'they are in his mother's cupboard'.",
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

In London she was kept in a flat in Croydon and had to see men every night. The money went to Mama. She says she was beaten with a belt when she said she was tired. She says that Mama still calls her mother in Nigeria.""",
  "debt thr ww psv av rom", "foa rm", "S", "h")
T("Man begging at the station told the PCSO he has to give £50 a night to 'the brothers' who brought him from Constanța or they won't let him sleep in the van.",
  "ww thr ac", "ncw", "C")
T("Student reported her passport lost on the bus, needs a crime ref for the embassy. Lost property checked.",
  "", "", "", "l")
T("""Housing officer's note: tenant (Mr P, 58, alcohol dependent) has had a young man 'staying' for three weeks who now has the keys. Mr P says he owes them money for drink and can't ask them to go. Lots of visitors to the door, short stays. Mr P has a black eye he won't explain.""",
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
T("Fishing boat out of Newlyn: Filipino deckhands say they work 20 hour days at sea, sleep in a hold with no ventilation, and the skipper keeps their seaman's books. Contract says $400 a month but they've had nothing for 5 months; skipper says it's sent to the agency.",
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
T("""Refugee charity caseworker. Mr A (Sudanese, 31) lives in asylum accommodation and was approached at the mosque by a man offering cash work in a car wash. He has done this 3 days a week. Paid £40 a day cash, which Mr A considers fair, and he can stop when he likes. He was advised about the right-to-work rules. No indicators of exploitation.""",
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

He is 16. He was found when police executed a warrant at the address.""",
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
  "ww", "", "DL", "h")
T("Hotel housekeeping staff via agency: cleaners are paid per room, 3 rooms an hour expected, many end up with less than £4 per hour; agency takes £150 for 'training' up front.",
  "ww", "uf", "L")
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
T("Welfare visit to an address on the caravan site: Mr G (61) has worked for the family on the site since he was 'taken in' 20 years ago. He sleeps in a horsebox, he has never had a bank account, and he is shouted at and slapped in front of visitors. He says 'where would I go'.",
  "av ww ac psv", "plc", "L", "h")
T("Girl (16) from Leeds found in a trap house in Scarborough with class A. She says she went with 'friends' and they made her sleep with a man for the rent. Her phone was smashed by the older male.",
  "av psv iso", "iso", "CS", "i")
T("Call to Modern Slavery Helpline: caller's cousin works in a warehouse through an agency and hasn't been paid for the last 2 weeks; agency says payroll error, will pay next Friday. Cousin lives at home and has his own bank. Advised to contact ACAS.",
  "", "", "", "l")
T("We had to do 20 cars an hour. If it rained we still worked. The boss said we were lucky to have the job and if we told anyone he would call immigration.",
  "thr av", "foa", "L")
T("Woman in hospital after an abortion says she was made to see clients in a flat in Glasgow by the man who brought her from Slovakia and that he took her earnings 'for the rent and the flight'. She is afraid to go back.",
  "ww debt", "ncw", "S", "h")
T("Lots of bank cards found in a drawer at 8 Mill Rise during a burglary investigation, in 7 different names. Occupier says they belong to lodgers who work at a laundry; lodgers confirm they each hold their own card and the drawer is a shared place. No further concerns.",
  "", "", "", "l")
T("""Social worker referral (adult safeguarding). Mr T, 45, has a moderate learning disability and lives with his sister's ex-partner, who is his appointee for benefits. Mr T is sent out each morning to collect trolleys at a retail park and to wash cars for the ex-partner's friend; he is given cigarettes and a little food. His PIP and ESA go into an account he has no access to. He was observed to have a large bruise on his cheek and said he 'fell'. He says he is not allowed to go to the day centre any more.""",
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
T("""Police Scotland intelligence: a male known as 'Uncle' is recruiting homeless men in Glasgow from soup kitchens to work on potato farms in Angus and Perthshire. Men are housed in a bothy, charged for food and travel, and paid £20-£30 a week 'after deductions'. One recent worker reported that a man who left was found and brought back in the van and beaten. 2/B/P""",
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

Ms P not a PV. Males 3-7 to be offered NRM.""",
  "debt doc ww", "dt ncw", "L")
T("Guy on my street has girls coming to his flat from the school, they're all like 14 15 he gives them vapes and booze. one of them was sick on the stairs at 1am. DO SOMETHING",
  "av", "", "S", "h")
T("Tailoring unit in Leicester: workers paid £4 an hour cash, told to sign timesheets showing 16 hours but working 60. Owner says they 'choose' to.",
  "ww eo", "lh", "L")
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
  "rom ac", "rm", "D", "h")
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

The patient was accompanied by a woman who waited outside and who paid for the appointment in cash.""",
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
T("Trafficking for organ removal — victim identified by the NHS: Nigerian man, 27, brought to a London hospital as a 'relative' of a wealthy patient to donate a kidney. He was told he would get work and a better life; he did not know he was not related and was coached to lie. The transplant was stopped by the clinicians.",
  "dec av", "", "O", "h")
T("Hairdresser apprentices aged 16-17 at a salon in Oldham working 50+ hours a week for £2 an hour 'apprentice rate', and the owner shouts at them. Not allowed to take their breaks.",
  "av eo ww", "lh", "L", "h")
T("Got a msg from my cousin in Vietnam saying her son is in England growing 'vegetables' inside a house and he's not allowed out, they give him a phone only to call his mum on Sundays with someone listening.",
  "rom iso", "rm iso", "C", "h")
T("Police stop on the A1: Mercedes Sprinter with 14 men, driver has a list of names and a bag with their passports. Men say they are going to work at a meat factory, they pay £20 a day for the ride.",
  "doc", "dt ct et", "L")
T("School safeguarding lead: boy, 13, has been seen handing small bags to adults outside the chicken shop for a man in a BMW. The boy told a TA the man 'will stab me if I stop'.",
  "av thr", "", "C", "i")
T("My neighbour has 2 young women living with her and I never see them leave but I heard one of them is her daughter in law and the other her niece, they are both at college. Sorry if this is nothing.",
  "", "", "", "l")
T("""Caseworker, Unseen: client H (Indian, 52) was brought over by a Gujarati family in Harrow as a 'cook' on a domestic worker visa. Worked 6am-midnight, cooked and cleaned for 9 people, looked after the grandmother at night. Paid £100 a month in cash 'for small things', told her real wages were going to her son in Surat; he has not received anything. Her passport was 'in the locker'. She was not allowed to leave the house except to go to the temple with the family.""",
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
T("""Debrief summary (NGO): Mr D (Polish, 48), alcohol-dependent, was approached outside a night shelter in Gdańsk. Offered 'good work in England' by a couple. Brought by coach to Kidderminster, housed with 10 others in a three-bed house, taken daily to a waste recycling plant to hand-sort rubbish. The couple opened a bank account in his name and kept the card; he was given alcohol and £10 a week. When he asked to go home they said he owed them for the coach and the room. He has a cough and a rash from the conditions at the plant.""",
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
  "debt av", "", "O", "h")
T("Cash-in-hand plasterer says his boss owes him £600 and is avoiding his calls. He has his own van and works for other people. Civil.",
  "", "", "", "l")
T("She was told she'd be looking after a baby in Edinburgh. She became the housekeeper for two families, living in the basement with no window, and the woman took her ID for 'registration'.",
  "dec ac doc", "dt plc", "D")

if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh17.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")
