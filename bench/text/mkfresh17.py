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

if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh17.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")
