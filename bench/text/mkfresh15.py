#!/usr/bin/env python3
"""Hand-written held-out texts for the Sightline indicator detector (set fresh15).

Every text below was written by hand; the short codes are only abbreviations of
the label codes to save typing. Risk is given by hand when it is 'immediate' or
when a child is at risk ('c' -> high); otherwise it follows the stated rule
(high: violence, sexual type, threats+restriction, 3+ indicators; medium: any
indicator or type; low: nothing).
"""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace",
           fpe="few_personal_effects", rmv="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport",
           ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

T = []


def E(text, ind="", sig="", typ="", risk=None):
    inds = [IND[c] for c in ind.split()]
    sigs = [SIG[c] for c in sig.split()]
    typs = [TYP[c] for c in typ.split()]
    if risk == "i":
        r = "immediate"
    elif risk == "c":
        r = "high"
    elif risk in ("high", "medium", "low"):
        r = risk
    else:
        if ("PV" in ind.split() or "S" in typ.split() or len(inds) >= 3
                or ("IT" in ind.split() and "RM" in ind.split())):
            r = "high"
        elif inds or typs:
            r = "medium"
        else:
            r = "low"
    T.append(dict(text=text.strip(), indicators=inds, signs=sigs, exploitation=typs, risk=r))


def build():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh15.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, t in enumerate(T, 1):
            rec = {"id": "f15-%03d" % i, **t}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(out, len(T))
    validate(out)


def validate(path):
    """Re-read the file: valid JSON, known codes only, unique ids; print counts per code."""
    import collections
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    c = collections.Counter()
    for r in rows:
        assert set(r) == {"id", "text", "indicators", "signs", "exploitation", "risk"}, r["id"]
        for key, known in (("indicators", IND), ("signs", SIG), ("exploitation", TYP)):
            assert all(x in known.values() for x in r[key]), r["id"]
            assert len(r[key]) == len(set(r[key])), r["id"]
            c.update(r[key])
        assert r["risk"] in ("immediate", "high", "medium", "low"), r["id"]
        c["risk=" + r["risk"]] += 1
    none = sum(1 for r in rows if not r["exploitation"])
    print("%d texts, %d (%.0f%%) with no exploitation" % (len(rows), none, 100.0 * none / len(rows)))
    for code in list(IND.values()) + list(SIG.values()) + list(TYP.values()):
        print("  %-30s %d" % (code, c[code]))
    for k in ("immediate", "high", "medium", "low"):
        print("  risk=%-25s %d" % (k, c["risk=" + k]))


# ---------------------------------------------------------------- texts
E("""2/B/P. INT suggests hand car wash on old Texaco forecourt, A49 south of LEOMINSTER, run by nom POPESCU. 5-6 ROU males. Collected 0630 in silver Transit, dropped back after 2100, 7 days. Males thought to sleep in portacabin at rear of site. POPESCU answers all questions from customers for the staff.""",
  "EO AC", "ced lh saw sfw", "L")
E("""theres a girl in the nail place on Commercial St looks about 14 shud be in school. shes there every day till 9 at nite. man in a black bmw drops her and picks her up never lets her walk anywhere on her own. she looks terrified of him""",
  "AV EO RM", "lh et ced rmv", "L", "c")
E("""Neighbour's van blocking her drive again, words over the fence, no threats. Civil matter, advised.""",
  "", "", "")
E("""Salvation Army caseworker note. Client (Vietnamese male, 19) says he came in a lorry after a long journey through France. He was told a cousin would give him restaurant work in Birmingham. Instead he was taken to a house in Stoke where every upstairs room had plants and lights. He watered and cut the plants and was not allowed out; the doors were screwed shut and food came twice a week. He was told the family still owed £18,000 for the journey and that his work would pay it off. He has no idea where the house was.""",
  "DE RM IS DB AV", "rmv iso", "C")
E("""GLAA compliance inspection – packhouse near WISBECH, supplied by a licensed labour provider.

Inspectors attended unannounced at 06:45 as the day shift arrived. 62 agency operatives were on site; most arrive in their own cars or by the public bus, and a few use a minibus run by the provider, which is free of charge.

All operatives spoken to (a sample of 20, with Polish and Lithuanian interpreters) had written contracts in their own language. Payslips were cross-checked against bank statements for ten workers and matched; each worker holds their own bank card. Nobody reported paying a fee to get the job. Accommodation is not supplied by the provider; most rent privately in Wisbech and King's Lynn. Workers said they can refuse overtime and that shifts are 8 to 10 hours with two days off.

Two minor breaches found: holiday pay records incomplete for three weeks in August, and one worker's right-to-work check not copied. Advice given, follow-up letter to the licence holder. No indicators of labour exploitation identified.""",
  "", "", "")
E("""Girl, 15, seen at A&E with a broken wrist at 03:10. Accompanied by male approx 30 who said he was her 'uncle' and answered every question put to her. She had two phones and £300 in cash. Story of injury inconsistent. Child exploitation screening tool completed, concerns re CSE.""",
  "AV", "sfw pa", "S", "c")
E("""my mate was promised a hotel job in London through a facebook advert. They paid the man £400 for the place and the minibus. when they got here it was a chicken factory in Norfolk and the wages went to the man's account. they get £50 a week for food""",
  "DE WW", "uf ncw", "L")
E("""Intel 1/A/P: nom KRASNIQI controlling cannabis grow at 14 Orchard Way (address only, no occupier details). ALB juvenile, approx 16, living at address as gardener. Juvenile has no phone and no key.""",
  "AV RM IS", "rmv iso", "C", "c")
E("""Met student at the station desk, Chinese national, 20, had her handbag stolen on the train to Aberdeen. Passport, BRP and bank cards all in the bag. Crime report raised, advised to contact the embassy re emergency travel document.""")
E("""She says that the lady of the house took her passport on the first day "to register her at the council". She cleaned, cooked and looked after three children from 6 in the morning until after midnight, every day. She slept on the floor of the kitchen. She says that she was promised 400 dollars a month and has never been paid anything, the lady says the money is being saved for her.""",
  "RD EO AC WW DE", "dt lh plc saw", "D")
E("""Pop-up brothel suspected, Airbnb flat, Westgate, Wakefield. Adverts on AdultWork show same 3 Romanian women moving city every week. Male seen bringing food and collecting cash. Women never seen going out alone.""",
  "RM", "rmv", "S")
E("""Bank alert (financial crime team): 14 debit cards in different names used at the same ATM on Lisburn Road between 01:00 and 01:40 on 3 nights. Accounts opened within 10 days of each other, same mobile on each application, wages from a recruitment agency paid in and withdrawn in full the same day.""",
  "WW", "mbc ncw", "L")
E("""Worker at the meat plant caught his forearm in a conveyor on the night shift, first aid given by the supervisor and he was driven to Ninewells by the shift manager. HSE informed by the firm. He is on full sick pay.""")
E("""Caller (anon): "lads at the car wash on Bridge St are living in the shed behind it, 6 or 7 of them in there, no heating, they use the jet wash hose to get washed". Caller says they work from 8am till dark.""",
  "AC EO", "saw oc plc lh", "L")
E("""ESTONIAN national detained at Stansted with two Polish women aged 18 and 19. Women held return tickets he had bought and did not know the address they were going to. He had both their ID cards in his jacket.""",
  "IS RD", "iso dt", "")
E("""Social services referral: Mr K, 58, learning disability, lives alone. A family on the traveller site has been taking him out every day to lay tarmac. He gets "a bit of money for fags". His benefits are paid into an account that one of the sons holds the card for. Neighbours say he has lost a lot of weight and is often out from 5am.""",
  "AV WW", "ncw pa ced", "L")
E("""Probation note: service user says he got involved with a line from Liverpool after he lost his flat. He let two lads stay in his flat in Barrow and they ran it from there. They gave him gear instead of money. When he asked them to go one of them put a knife to his throat. He moved in with his sister after.""",
  "AV PV", "", "C")
E("""Victim debrief, Nigerian female, 24 (via Yoruba interpreter). A woman from her church in Benin City said she would do hair in London. Before she left there was a ceremony and she swore an oath that if she spoke to police her family would die. In London she was told she owed 35,000 euros. She was made to see men in a flat in Peckham every night and give all the money to "Madam". Madam kept her passport.""",
  "DE IT DB WW RD", "dt ncw", "S")
E("""Farmer rang re seasonal workers. He has 40 on the Seasonal Worker visa via an approved scheme operator. One worker told him the operator charged him 600 pounds for the visa at home. Farmer wants advice, workers paid direct by farm, caravans inspected last week and fine.""",
  "", "uf", "")
E("""2/C/C (do not disseminate outside MSHT unit without OIC approval).
POI: DUMITRU Vasile, DOB 12/04/81, ROU national, believed resident 48 Marsh Rd, LUTON LU3. Vehicles: black VW Sharan (VRM partial KX6?), white Transit tipper.
INT: DUMITRU recruits homeless men in Bucharest, mostly sleeping around Gara de Nord, with offers of building work in the UK. He pays their coach fare and on arrival tells them the fare and first month's rent (£400) are a loan to come off their wages. Source states "the debt keeps going up" because DUMITRU adds charges for tools, food and fines for lateness, so none of the men has ever cleared it. Men housed 12 to a 3-bed terrace on Marsh Rd owned by DUMITRU's brother-in-law.
Source also mentions DUMITRU's wife runs a legitimate cleaning company from the same address; no INT to suggest that company is involved.
Research: 2019 conviction for driving whilst disqualified. No previous MSHT INT.
Action: develop; consider financial enquiry.""",
  "AV DB AC", "oc", "L")
E("""Hi I work at the takeaway on Castle St. I am fine, my boss pays me every Friday cash and I go home to my family on Sunday. Somebody reported us because we are foreign i think. Please do not come again it frightens the customers""")
E("""Parent rang 999 at 23:40: her son, 14, has come home with a black eye and says he owes "Skinz" £800 for a bag the police took off him in Cardiff. He has been going missing for days. Says they will come to the house tonight if he doesn't pay.""",
  "AV PV IT DB", "pa", "C", "i")
E("""Renal clinic: 6/12 review after living related kidney donation from his brother, NHS work-up. No concerns.""",
  "", "", "")
E("""INT from NGO partner (Kalayaan) – shared with consent, handling code P.
A Filipino woman, 39, employed as a domestic worker by a family attached to a foreign embassy, lives with them in a flat in Kensington. She contacted the NGO through a friend she met at church on the one occasion she was allowed to attend, at Easter.
She says she works around 17 hours a day, starting at 5.30am and finishing after the family's evening guests leave, and has had no day off in two years. She sleeps on a folding bed in the laundry room next to the boiler. She is not allowed to leave the flat except to walk the dog round the block, and the doorman has been told not to let her out otherwise. The employer holds her passport and her visa card "for safety".
Her friend says she has lost a lot of weight since last year.
The family are understood to hold diplomatic immunity. FCDO Protocol Directorate to be informed. The NGO will keep contact through the friend.""",
  "EO AC RM RD", "lh saw plc rmv dt pa", "D")
E("""Man in hi vis comes round the estate at 6 every morning with a minibus and picks up the Polish fellas from no 22 and no 24, bring them back at 10 at night. They look shattered. Probably nothing but thought id say""",
  "EO", "ced lh", "L")
E("""Officer handover: IP (SDN male, 17) found at the bus station in Dundee. Says he worked in a car wash in Glasgow for 8 months for "no money, only food". The boss said he would tell immigration to deport him if he complained. Foster placement arranged; NRM to follow.""",
  "AV WW IT", "foa", "L", "c")
E("""Cuckooing: Flat 3, Willow Court. Tenant (female, 42, heroin user) has two young males from London staying for 3 weeks. Since then she is not allowed out without one of them. Door chain, windows taped, dealing from the door all night.""",
  "AV RM", "rmv", "C", "i")
E("""Statement: I had already paid for the work permit. In the farm in Kent we picked strawberries from 5 in the morning. Every week they took money for the caravan, for the bus to the field, for the gloves. Most weeks I had £30 left.""",
  "WW", "uf ct ppe", "L")
E("""I've been reported for the nails shop my staff are all family and paid the living wage, everyone has their own bank and passport. You can come and check any time you like.""")
E("""12 y.o. boy regularly missing from school, found twice in Bournemouth with train tickets he couldn't pay for. Older male texts him "ur on shift". Child says he delivers "food" for a man called Bags. Referred to children's MASH.""",
  "AV", "", "C", "c")
E("""A&E: 31 y.o. Eritrean woman, 28 weeks pregnant, first contact with maternity. Said she was "given to" a man who keeps her in his house and she is not allowed to go out. Bruises on both upper arms. She said she cooks and cleans for him and his three brothers and is not paid. She asked staff not to tell him she had spoken. Midwife safeguarding lead informed.""",
  "RM PV AV WW", "rmv pa", "D")
E("""Local press: Three people from the same family were jailed at Swansea Crown Court for forcing a vulnerable man to work on their farm for over ten years. The victim, who has a learning disability, slept in a horse box and was paid in cigarettes. He was beaten if he tried to leave.""",
  "AV AC WW PV", "saw plc", "L")
E("""Caller: "The lady next door keeps a girl who does everything for them. She's maybe 16, she hangs out washing at 11 at night. I never see her go to school or go out." """,
  "AV EO RM", "lh rmv", "D", "c")
E("""Deckhands on Kirkcudbright scallop boat kept aboard, 20hr shifts, skipper has their passports. 2/B/P.""",
  "RM EO RD", "rmv lh dt", "L")
E("""Welfare check at hostel. Resident states a man offered him "easy money" to let him use his bank account for a week. He gave the man his card and PIN. £9,000 went through, he got £200. Now the account is frozen. He doesn't know the man's full name.""",
  "", "ncw", "C")
E("""School referral: Year 9 girl (13) seen getting into cars with older males at the school gates. New phone, new nails, new clothes. Told a friend she has to "go to parties" with the men's friends and do stuff she doesn't want to.""",
  "AV PV", "", "S", "c")
E("""Albanian male, 22, encountered on a lorry at Holyhead. Says he paid smugglers 14,000 euros from his family's savings. Not previously in UK. No indicators of exploitation disclosed, screened, no concerns; passed to Immigration Enforcement.""")
E("""she says i owe 3000 for flight and room and every week she add more for food i never finish. i do massage and the other things in the shop in Leeds and she take all money.""",
  "DB WW", "ncw", "S")
E("""GLAA: licence check at labour provider, Boston. Provider unlicensed, supplying 30 workers to a salad grower. Pay and accommodation fine, workers hold own documents. Unlicensed activity only, warning issued.""")
E("""Intelligence summary – Page Hall, Sheffield.
Three items of intelligence (2/B/P, 2/C/P, 3/C/P) relate to an extended Slovak Roma family living across two houses on the same street. The father, nom STEFAN, is said to bring young men over from villages in eastern Slovakia with the promise of factory jobs paying £9 an hour with a room included.
On arrival the men are registered with a temp agency which places them at a meat processing plant in Rotherham. The agency pays their wages into bank accounts opened in their names, but STEFAN keeps the cards and PINs and hands each man £20 a week. At least three men share a single mattress in the cellar of one of the houses; the cellar has no window.
One item suggests that STEFAN's teenage daughter is being pressured to marry a cousin; this has been passed to children's social care separately and is not part of this assessment.
The agency has been contacted and confirms it pays the accounts correctly and on time.""",
  "DE WW AC", "ncw oc plc", "L")
E("""Caseworker: Indian national, 46, worked as a chef in a restaurant in Edinburgh. Came on a skilled worker visa. He was paid for 40 hours but worked 80. When he asked about overtime the owner told him his visa would be cancelled and he would be sent home in shame.""",
  "EO IT", "lh", "L")
E("""Two women in the flat above the barbers, men in and out all night, one of them came to my door once crying and said no english and pointed at her wrist like she was tied. car outside always with same man.""",
  "RM", "rmv", "S")
E("""DA, Omagh: verbal row over money, no injuries, no threats, female has own job and account. Standard risk.""",
  "", "", "")
E("""Debrief (via Tigrinya interpreter): He says that in Libya he was held in a warehouse and the men said he could leave if his family paid. He was not able to pay so a doctor took blood tests, and later he woke up with a cut on his side. He was told they had taken a kidney for the payment.""",
  "PV RM", "rmv", "O")
E("""Young lad keeps knocking the doors on Cromwell Rd selling dusters, says he's 16 from up north, man waiting in a van at the end. The lad said he has to sell 30 a day or he doesn't get fed.""",
  "AV IT", "", "L", "c")
E("""Report via Crimestoppers: Chinese restaurant on Market Place, Louth. Kitchen staff never seen outside. Owner's wife drives them to and from a house in Grimsby at 1am. Says they don't speak English and the owner "looks after their papers".""",
  "RD", "et ced dt", "L")
E("""PSNI – call received via 101, 19:40.
Male caller (lorry driver for a feed merchant) states that on his deliveries he has got to know a Romanian man, Marius, aged about 50, who works on a mushroom farm outside Dungannon. For about a year Marius has been "living in the mushroom shed": caller has seen a mattress and a camping stove behind the growing tunnels.
Marius told him the farmer keeps his identity card "in the house" and gives him £100 a month. Caller says Marius works every day including Sundays and is there whatever time he delivers, from early morning until after dark.
The farmer's other workers, a few local lads and two Polish women, drive their own cars and seem fine; it is only Marius. Caller believes Marius would leave if he had somewhere to go, but he has no money and speaks little English.
Caller does not want to be identified to the farmer as he needs the business. Log passed to the MSHT unit.""",
  "AC RD WW EO", "saw plc dt lh", "L")
E("""Routine visit to care home, Llandudno. Overseas carers sponsored by the home all confirm they hold their own passports, have signed contracts, and are paid monthly into their own accounts. Rotas show 48 hours a week max. Manager cooperative.""")
E("""INT 3/C/P: unverified suggestion that a man at the cash and carry sells kidneys "from India" to British patients. Source is a disgruntled ex-employee. No supporting intelligence.""",
  "", "", "O")
E("""The man took my phone at the airport and said I will get it back when I pay what I owe him for the journey. I washed dishes in his shop to pay it and I did not know which city I was in for 2 months.""",
  "IS DB", "iso", "L")
E("""Missing person, 16, Looked After Child, found in a flat in Hartlepool with two adult males aged 24 and 27. Cannabis, £1,200 cash and a burner in her bag. Males arrested for CSE and supply. She said they 'look after her' and she owes them for the phone.""",
  "AV", "", "S C", "c")
E("""my dad was told the job in scotland was picking daffodils for 9 pound an hour, when he got there they said pay by the box and the box pays nothing. 14 men in one caravan. they took 50 pound each week for caravan. he is scared to call police because he has no visa""",
  "DE AC", "oc plc foa", "L")
E("""Officer note – joint visit with council licensing to the Thai massage parlour on Bath Road, following an anonymous online report that "girls are kept there".
Attended 14:00. Three women working, aged 32 to 45, all Thai nationals. All three produced Thai passports with valid visas from their own handbags. Through a Thai-speaking volunteer they explained that they rent the treatment rooms from the owner at a fixed weekly rate and keep what they earn; two of them share a flat in town and the third lives with her British husband. Appointments are booked by phone and through a website with a price list for massage only.
No evidence of sexual services being offered, no condoms on the premises, and none of the rooms lock from the outside. The women said nobody had ever hurt them or stopped them leaving.
Premises licence in order, fire exits clear. No indicators at this time. Reporter's concerns not substantiated.""",
  "", "", "")
E("""Debrief (in Polish, interpreter present): Tomasz says he met Robert at a soup kitchen in Gdansk. Robert promised a job in a warehouse in Northampton with a room. On arrival Robert took his ID "to sort the national insurance". Tomasz was put to work at a waste recycling site sorting rubbish by hand without gloves or a mask. His wages went into a bank account Robert opened for him; Robert kept the card. When Tomasz asked for money Robert hit him in the face and told him he would end up in the river like the others.""",
  "AV DE RD AC WW PV IT", "dt ncw", "L")
E("""Border Force, Manchester T2: female 19, Vietnamese, arrived from Hanoi via Paris on a student visa for a language school that has no record of her. Carrying only a small bag and no money. Phone number of 'auntie' written on her hand. Referred to First Responder.""",
  "", "fpe", "")
E("""nail bar next to greggs the girls dont get a day off ever 7 days 9 till 8 every week and i never see them with there own money the manager bloke pays for there lunch and everything""",
  "EO", "lh ncw", "L")
E("""Woman reported her ex-partner is not paying child maintenance and has kept their son's passport after a holiday. Family court matter; advised to seek legal advice.""")
E("""2/A/P. Source states that at the Hollybank hand car wash, Kurdish workers are made to pay £150 a month for "uniform and chemicals" and £10 a day for the lift to work. Owner ALI keeps a notebook of what each worker owes and nobody has cleared it.""",
  "DB", "ppe ct", "L")
E("""Sexual health clinic: patient (F, 22, Hungarian) attended with another woman who translated and wouldn't leave the room. Patient says she sees "maybe 10 clients a day". Had no idea which town she was in. Left without follow-up.""",
  "IS", "sfw iso", "S")
E("""County lines, Gwent. 15 y.o. boy from Enfield arrested at Newport train station with 40 wraps plugged. Stated a man he knows as "T" sends him to different towns and he has to stay in trap houses for a week at a time. He has been stabbed in the leg before for losing a package.""",
  "AV PV", "", "C", "c")
E("""Caller concerned about an elderly neighbour. Son-in-law has moved in and taken over her pension and her bank card, she is left with nothing for the meter. She doesn't want police involved.""",
  "", "ncw", "")
E("""INT (1/B/C – not to be shared with the employer): agency workers at the distribution centre, Daventry, supplied by agency via nom NOVAK. Workers pay NOVAK £250 "joining fee" and rent a bed in his houses. NOVAK collects their wages in cash at the gate every Friday and hands back what he decides.""",
  "WW", "uf ncw", "L")
E("""Barn conversion next to the farm where I walk my dog, I think someone is living in the old dairy. Light on at night, washing hanging up. Probably the farm lad, he seems happy enough and drives his own car to the pub.""")
E("""Victim account (Chinese woman, 38, via Mandarin interpreter). She answered an advert on WeChat for a job in a restaurant in Manchester. The 'boss' met her at the coach station and took her to a flat in Salford. She was told the restaurant job had gone and she must 'do massage' to pay the £6,000 she owed for the flight. Men came at all hours; if she refused the boss slapped her. She was not given a key. She says that she is frightened of being sent to prison in the UK because she has no visa.""",
  "DE DB PV RM", "rmv foa", "S")
E("""Teen (17) referred by YOT. Groomed through Snapchat, paid £50 to hold a bag, then told the bag was 'robbed' and she owes £2k. Has been made to deliver to Weston-super-Mare every weekend to pay it back. Mother found messages threatening to share nude images of her.""",
  "AV DB IT", "", "C", "c")
E("""Immigration visit, Cardiff. Two Indian nationals working at a corner shop beyond their visa conditions. Paid cash, living with the owner's family, free to come and go. Immigration offences only, no exploitation disclosed.""")
E("""Neighbour says a van drops about twenty blokes at the house at 11pm every night and they're gone again at 5. There are mattresses in every room you can see them from the street.""",
  "EO", "ced lh oc", "L")
E("""Safeguarding adults referral, Fife. Mrs B (71) says her nephew's friend lives in her spare room and she now cooks and cleans for him and four other men who come and go; they ate her food and she is frightened to say no. Nephew's friend takes her pension card each week.""",
  "AV", "ncw", "D")
E("""Witness statement: "I used to work at the bakery with Ana. She always had money, she went home at Christmas, her contract was normal. I don't know why anyone would think she was trafficked." """)
E("""INT: BEGGING – Group of 4 ROU females aged 20-55 begging outside Tesco, Newcastle city centre. Dropped off 0800 by Audi estate, collected at 1900. Male driver takes the money from them each time. One female has a walking stick and appears unwell.""",
  "WW", "ced et ncw pa", "C")
E("""We worked in the woods near Inverness cutting trees. The gangmaster kept our passports in his house. He said if anyone ran away he would find them and break their legs. We slept in a tent all winter.""",
  "RD IT AC", "dt plc", "L")
E("""Man called the helpline. He paid a recruiter in Kathmandu £3,500 for a job as a care worker. The care home in Essex is fine, he is paid properly and has his passport, but the fee was borrowed from a moneylender at home and the interest is crippling him.""",
  "", "uf", "")
E("""Saw a man drag a girl back into the flat above the vape shop by her hair. She was screaming in another language. It was about 10 minutes ago. They're still in there.""",
  "PV RM", "rmv", "", "i")
E("""GP: male 35, Latvian, attended with back pain. Works full time on nights at a factory and does the odd bar shift at weekends "to send money home". Lives with friends. No indication that anyone controls him. Advised re rest.""")
E("""Intelligence log. Nom "BIG DAVE" (possibly David MORRIS, DOB 02/1979) running 6 homeless men from Bristol shelters to block paving jobs in Somerset. Men paid in drink and a room at his yard. DAVE has all their bank cards. One man says he was told he owes for the caravan and can't leave till it's paid.""",
  "AV WW DB RM", "ncw rmv", "L")
E("""A man at my church wants his cousin to come from Nigeria to be a nanny for his family. I am worried because he says she will not need wages because she will be family. She has not arrived yet.""")
E("""Text message to Fearless: ther is a boy in the chippy on Station rd hes about 13 chinese kid hes there frying all hours even on a school day never seen him at school""",
  "AV EO", "lh", "L", "c")
E("""Hotel housekeeping staff at a chain in Glasgow city centre supplied by an outsourcing firm. HR received a complaint that supervisors were deducting £5 a shift for 'tabards'. Investigated, refunded, deductions stopped. Staff paid in full to their own accounts.""",
  "", "ppe", "")
E("""Debrief – male, 28, Eritrea. Travelled Sudan–Libya–Italy–France. In Calais a man said he would take him to England for free and he could pay later by working. In England he was put to work in a car wash in Derby for 14 months. He was never told how much he still owed.""",
  "DB", "", "L")
E("""3/D/P. Anon text: "the albanians at the big house in Rowley Regis have kids growing weed in the loft". No corroboration, address has no police history. Partner agencies have no records.""",
  "AV", "", "C", "c")
E("""Caseworker note, Medaille Trust. Client says her husband brought her from Pakistan after the marriage and since then she has been made to look after his parents and his brothers' children. She is not allowed a phone and is not allowed out of the house without her mother-in-law. Her mother-in-law keeps her passport and marriage certificate. He beats her when dinner is late.""",
  "RM IS RD PV", "rmv iso dt", "D")
E("""Two delivery riders sharing one account on the food app outside McDonald's, one of them said he rents the account off his mate for £100 a week. Both seemed fine, no concerns, immigration informed.""")
E("""Police Scotland, D Division. Call from shop assistant: Roma boy (about 10) sent in repeatedly to steal razor blades, an adult woman waiting outside takes them off him each time. Happening now, woman and boy still outside the shop.""",
  "AV", "", "C", "i")
E("""Salvation Army: male, 63, Scottish, alcohol dependent. For six years he worked for a family of landscapers who collected him from the hostel at 6am. He was paid in cider and a bed in a converted stable. His DWP money was collected from the post office by one of the sons.""",
  "AV WW AC", "ced ncw plc", "L")
E("""housekeeper at the big house in Hale gets locked in when the family go away""",
  "RM", "rmv", "D")
E("""Staff at the abattoir complained about noise from the new refrigeration unit. Council environmental health attended. No other issues.""")
E("""Arrest report: Vietnamese male, 20s, arrested running from a cannabis factory in a terraced house in Rochdale. Two thousand plants. Male had a sleeping bag and a rice cooker in the loft. Says men lock the house when they leave and bring food once a week. Claims he was told if he escaped his parents would be killed in Vietnam.""",
  "RM IT AC", "saw rmv plc", "C")
E("""Recruitment fair in Cluj, Romania, advertising jobs at a UK poultry factory. Contract, accommodation and travel costs clearly explained. No fees charged to workers. Reported by an NGO as an example of good practice.""")
E("""They said my sister would be a model in London, then men came to the hotel room.""",
  "DE", "", "S")
E("""Anonymous: Restaurant kitchen porter aged about 40 seen sleeping on flattened boxes in the storeroom after closing at the Spice Garden. Owner's son said it's just the once because he missed the bus.""",
  "", "saw", "")
E("""Dyfed-Powys Police. Rural crime team attended a dairy farm near Lampeter following a report of quad bike theft. While there officers spoke to two Ukrainian workers on the seasonal scheme. Both have their own passports and phones, live in a static caravan with heating and a shower, and showed payslips. They said the farmer is "strict but fair". Quad bike theft crimed; no further concerns.""")
E("""INT 2/B/P. Female known as "Mama Joy" (NGA, 50s) operating brothel at flat above a shop, Streatham High Rd. Women brought from Edo State with promises of nursing jobs. Juju ceremony before travel. Each woman given a debt of 30-40k that increases with 'fines' for lateness.""",
  "DE DB IT", "", "S")
E("""OMG the lad who does our drive, he said his boss keeps his passport in a safe and he has to ask to go the shop. is that allowed???""",
  "RD RM", "dt rmv", "L")
E("""Border Force, Belfast port: two Chinese nationals on foot passengers from Cairnryan, both women in their 20s. A man travelling separately paid their fares and held their documents. Women said they were going to work "in a restaurant" but could not name it or say where they would live.""",
  "RD IS", "dt iso", "")
E("""Case note, BAWSO (Cardiff).
Client (F, 29, Bangladeshi) came on a spousal visa 18 months ago after an arranged marriage. Her husband's family took her passport and BRP at the airport and she has not seen them since.
She lives with her husband, his parents, his two brothers, their wives and three children. She does all the cooking, cleaning and laundry for the household, from before the children wake until everyone has gone to bed; the sisters-in-law do no housework. She is locked in when the family go out. She has no phone and has had no contact with anyone outside the family, including her own parents, since the wedding.
Her husband has told her that if she leaves he will divorce her and tell the Home Office, she will be sent back to Bangladesh in shame, and her family will suffer.
She disclosed this to a health visitor at her nephew's vaccination appointment, which she was only allowed to attend because her mother-in-law was unwell. She wants help to leave. Refuge referral made; police informed with consent.""",
  "RD RM IS IT EO", "dt rmv iso lh", "D")
E("""Caller reports a man knocking on doors offering to tarmac drives, two lads with him who look about 20. They were polite, gave a written quote, and left when she said no. Caller was worried it was a scam.""")
E("""Victim statement (Slovak male, 41). "They said in England you earn 400 pounds a week in a food factory. I had nothing at home, I was sleeping at the railway station in Košice. We came on a bus. In Peterborough they took our identity cards to make bank accounts. I worked in the chicken factory 6 days. The money came to the card, but Jozef had the card. He gave me 20 pounds on Sunday. We lived 11 people in a house with 3 bedrooms. Jozef said I owe him for bus and for house. When I said I want to go home he said first pay."
""",
  "AV DE RD WW DB AC RM", "dt ncw oc rmv", "L")
E("""PSNI call log 14:22. Anonymous female says she saw a "young girl" being made to get into a car outside a hotel in Newry by a man who pulled her by the arm. Registration partial: "MIL". Girl looked about 15.""",
  "AV PV", "", "", "i")
E("""Safeguarding concern raised by a CQC inspector following a routine inspection of a residential care home in Swindon.
During the inspection three carers from Zimbabwe asked to speak to the inspector privately. They told her they had each paid the sponsor £9,000 for their certificate of sponsorship, and that a further "repayment" is being taken from their pay at £500 a month; one of them has already repaid more than the original amount and has been told the balance still stands because of "interest".
The rota shows them working 60 to 70 hours a week, often on consecutive night shifts, while British staff work around 37. They said the registered manager has told them that if they complain she will report them to the Home Office, their visas will be revoked and they will be sent home still owing the money.
They hold their own passports and live in a shared house they found themselves.
The inspector notes that care for residents is good. Referral to police, GLAA and the Home Office sponsor compliance team.""",
  "DB EO IT", "uf lh foa", "L")
E("""Normal busy car wash at the Asda, staff in uniform, card machine, prices on the board. I asked one of the lads and he said he likes it. Just reporting because my neighbour said they're all slaves which I don't think is true.""")
E("""INT: Cannabis farm at former chapel, Ebbw Vale. Two VNM males believed to be sleeping on site. Electricity bypassed. One male seen at the window with bandaged hands. No other INT.""",
  "AC", "saw pa", "C")
E("""Statement of PC 3345 MORGAN. At 02:15 I entered the address with colleagues under warrant. In the rear bedroom I found a female later identified as Elena (ROU, 23) and a female later identified as Andreea (ROU, 19). Both were wearing underwear only. There were condoms, wet wipes and a card machine in the room. Elena had a fresh bruise on her cheekbone. Neither woman had a phone; three phones were later found in a locked drawer in the kitchen along with two Romanian ID cards. A male, later identified as Costel BALAN, was in the kitchen. He said the women were his cousins visiting for the weekend.""",
  "IS RD", "pa dt iso", "S")
E("""My ex keeps texting me asking to get back together. He's not threatened me or anything and he's never hit me, it's just getting annoying.""")
E("""Family of 8 from Syria living in a three bedroom council house in Wrexham. Neighbour complained about overcrowding and noise. Housing officer visited: refugee resettlement family, all children in school, father works at a local garage on a contract. Referred to housing for a bigger property.""")
E("""1/A/P. Source who works at the station reports nom "SHAKEEL" puts young girls (14–16) in taxis to houses in Rotherham and Sheffield. The girls are given vodka and weed and made to have sex with several men. SHAKEEL tells them their families will be told they are slags if they stop coming.""",
  "AV PV IT", "", "S", "c")
E("""I paid £2,000 to a man in Delhi to get my son a job in a restaurant in Leicester. The restaurant is real and he gets his wage but it is small and the work is hard. He says he is ok.""",
  "", "uf", "")
E("""Organ trafficking – incoming request from the Interpol National Central Bureau, routed via NCA.
Authorities in Pakistan have arrested a broker network operating from a private clinic in Lahore. Seized records list 14 foreign recipients, one of whom is a UK resident (male, 56, Pakistani heritage, West Midlands) who travelled to Lahore in March and received a kidney there.
According to the Pakistani investigators, the donor in that case was a 24-year-old brick-kiln worker who was told he would receive £5,000, free medical care afterwards and a job at the clinic. He was paid less than half, given no aftercare and no job, and was later treated in a public hospital for a wound infection.
The NCB asks whether the recipient is known to UK police, whether he was on an NHS transplant list and whether he can be interviewed as a witness. His GP records show three years on dialysis. No suggestion that any UK clinician was involved.""",
  "DE", "", "O")
E("""Young woman (19) at the library asked staff to phone someone for her. She said her boyfriend took her to a house in Coventry where she has to "see men" and he takes all the money, he says she owes him for everything he bought her. He is waiting outside in a grey Golf now.""",
  "WW DB", "ncw", "S", "i")
E("""Council licensing inspection of a nail salon in Newport town centre. 4 nail technicians, all Vietnamese. Two produced passports, two said their passports were "with the boss" who was not present. Staff said they live upstairs. Upstairs room had 4 mattresses on the floor and a rice cooker. Inspection report passed to police.""",
  "RD AC", "dt saw oc plc", "L")
E("""School nurse: Year 11 boy told me he works at his uncle's restaurant two evenings a week until 9. He says he gets paid £30 a night and likes it, parents know. He is tired in the mornings. Discussed with DSL – no exploitation concerns, advice on hours re child employment by-laws.""")
E("""2/B/C (share with GLAA only – not with the grower until GLAA decide on action).
Mushroom farm, Co. Armagh, supplying two supermarkets. Labour supplied by a Lithuanian gangmaster known as VYTAS, who advertises in Lithuanian Facebook groups ("work in Ireland, good money, house included").
Workers arrive to find they owe £600 for the flight and an "agency fee". This is deducted at £100 a week, but VYTAS adds £25 a week for the minibus to the farm, so after six weeks the debt is still around £450. Workers live in a crowded bungalow on the Armagh road, 16 people in four bedrooms, owned by VYTAS's partner. VYTAS collects everyone at 5am.
One source says two of the pickers are a married couple who came over independently, rent elsewhere and are paid by the farm direct; not thought to be in VYTAS's group.
Grower's HR manager, spoken to informally last year, said the farm had no idea what the gangmaster charged.""",
  "DB AC", "uf ct oc ced", "L")
E("""In the kitchen I was working all day and all night, and sleeping on the floor of the store. When I cut my hand the boss put tape on it and said keep working. He never gave me a day off in one year.""",
  "EO AC", "lh saw pa", "L")
E("""Woman called 101 after a man at the bus stop asked her daughter (16) if she wanted to make "easy money modelling". Daughter said no and walked away. Man described.""")
E("""Cuckooing – Llanelli. Vulnerable adult (M, 52, ASD) allowed dealers from Birmingham to use his flat. They took his bank card and his phone. He sleeps in the hallway while they use the bedroom and living room. Neighbours report 20+ visitors a day.""",
  "AV IS AC", "ncw iso plc", "C")
E("""Interpreter's note: "She wants to say that nobody hit her, nobody locked her. She could go out. But she did not know where to go and she had no money because the man sent all her salary to her father in Vietnam." """,
  "WW", "ncw", "L")
E("""A&E triage: male 24, Polish, fell from scaffolding at a building site in Slough. Arrived in the back of a van, dropped at the door by a man who drove off. No ID, no phone, no knowledge of the employer's name. Says he sleeps "on site".""",
  "IS AC", "iso saw pa", "L")
E("""Press release, Police Scotland: A 48-year-old man has been charged under the Human Trafficking and Exploitation (Scotland) Act 2015 after officers recovered 12 men from a fishing vessel in Peterhead harbour. The men, from Ghana and the Philippines, are being supported by partners.""",
  "", "", "L")
E("""Hiya. I'm a support worker. One of my service users (F, 30, mild learning disability) has a new "boyfriend" who she met online. He has started taking her to his mates' houses and she says she has to "be nice" to them. She has come back with bruising on her thighs.""",
  "AV", "pa", "S")
E("""Two Eritrean teenagers in foster care went missing together from Kent. Their phones were last active at a car wash in Leeds. The car wash is linked to previous intel about unpaid child workers.""",
  "AV", "", "L", "c")
E("""Not trafficking. Daughter is on a gap year in Australia working on a farm for her visa, she works hard but loves it and we speak every day.""")
E("""Debrief, Migrant Help. Male 33, Sudanese. He was given a job at a sandwich factory in Corby through a man at the hostel. The man had the login for his Universal Credit and changed the bank details so payments went to him. He was also paid for the factory work into the same account. He received "only £40 when he begged".""",
  "WW", "ncw", "L")
E("""Intel log: multiple reports of a pop-up brothel at Holiday Let, Tenby. Adverts on Vivastreet "new girls, young Asian, 24/7". Female seen at window at all hours. Lettings agent says booking made by male paying cash for three weeks.""",
  "", "", "S")
E("""Hi. My boss told me to open 4 bank accounts because he said he needs them for the business. Now I am scared because he said if I tell anyone he will tell the home office I am working illegal. I work for him in his barber shop 6 days and he keeps all the cards.""",
  "IT", "mbc ncw foa", "L")
E("""Two men fighting outside the kebab shop, one bleeding from the nose, both gone on arrival.""",
  "", "", "")
E("""I came to Wales to be au pair for family in Cardiff. Contract says 25 hours, £90 a week. It is 60 hours, I do cleaning and ironing for all the family, also for the grandmother in another house. The mother keeps my passport "so I don't lose it". When I asked for a day off she said I am ungrateful and they will tell the agency I stole.""",
  "DE EO RD IT", "lh dt", "D")
E("""Neighbour dispute re hedge, Balerno. Both parties warned. No further action.""")
E("""PREVENT/CT checks done on foreign national applying for security job; all fine. Passport genuine, right to work confirmed.""")
E("""SUSPECT FARM NEAR CORBRIDGE FULL OF FOREIGN WORKERS AND NO ONE DOES ANYTHING. THEY SHOULD ALL BE DEPORTED. THEY'RE TAKING LOCAL JOBS. I'VE SEEN THEM IN THE PUB SPENDING MONEY THEY'RE DOING FINE""")
E("""Debrief (Albanian female, 20). Her boyfriend said they would marry in London. In London he said she must work in a flat to pay his debts to some dangerous men. He showed her a video of a girl being beaten and said this is what happens if she runs. She was moved to a different city each week and never knew where she was.""",
  "DE IT IS DB", "iso", "S")
E("""Probation: prisoner (VNM, 17 at time of offence) convicted of cannabis production. Says he was brought to the UK in a lorry and told he must pay 20,000 pounds by looking after plants. He was threatened with a gun. s45 defence not raised at trial. Referral to NRM by probation officer.""",
  "AV DB IT", "", "C", "c")
E("""Adult protection – Highland Council, initial inquiry record.
An anonymous caller (believed to be a neighbour in the township) reports concern for a Thai woman, about 35, who married a local crofter four years ago. Caller says the woman is never seen in the village on her own, is not allowed to go to the shop or the church, and is working on the croft with the sheep and in the B&B cleaning rooms from first light until late at night all through the summer. Caller has seen her crying at the back door.
The husband handles all the money from the B&B; guests pay him. He once told the caller at a ceilidh that his wife "cost him a lot" and "has to earn her keep".
Checks: husband has no police record. The woman is registered with the GP practice but has not attended in three years.
Plan: visit by social worker with a female Thai interpreter on Tuesday when the husband is at the mart; police informed.""",
  "RM EO", "rmv lh ncw", "L D")
E("""Dental practice reports a patient, Bulgarian male, 27, who came with another man who paid in cash and would not let the patient speak. Patient had multiple untreated abscesses and looked very thin. Second man said they work at a car wash together.""",
  "", "sfw pa", "L")
E("""INT 2/C/P: Waste transfer station, Tilbury. Workers from Romania seen picking through waste without masks. Said to live in shipping container on site. Paid £150 a week for 84 hours.""",
  "AC EO", "saw lh plc", "L")
E("""A man came into the station to report that his Romanian friend is missing. The friend works at a car wash in Swansea and hasn't called his wife for a week. Officers checked: the friend had changed his number and was found safe, working and living freely.""")
E("""I am from Sri Lanka. A man in Colombo said I can get a job in UK if I give my kidney to his client. He said I will be paid £10,000 and a visa. I did the operation in a clinic in India. They gave me £1,500 and no visa. Now I cannot work hard because of pain.""",
  "DE", "", "O")
E("""Man, 40s, sleeping rough behind the Co-op, told outreach he used to work for a builder who paid him cash every day. He left because he drank too much and lost the job. No exploitation disclosed.""")
E("""Two children (8 and 11) with their mother begging at traffic lights on the A6, Preston. Mother says it is her choice and they need money for food. A man was seen dropping all three off in a car in the morning.""",
  "AV", "", "C", "c")
E("""Lads at the car wash never have coats on even in snow, look half starved.""",
  "", "pa", "")
E("""Boss has my passport. I want to go home. Please help me. I am at the farm near Spalding.""",
  "RD", "dt", "L")
E("""Parking dispute outside the mosque on Friday, words exchanged, no offences.""")
E("""Nom CHEN – handler for 3 VNM nail techs, Aberdeen. Drives them to/from work daily.""",
  "", "et sfw", "L")
E("""Girl 15 in the back of a taxi with two men, crying, heading up the M62 now. Taxi plate 1234 Kirklees.""",
  "AV", "", "", "i")
E("""Cleaner at the office lost her passport on the bus, reported for insurance purposes.""")
E("""they make us pay 5 pound every day for the van to the fields""",
  "", "ct", "L")
E("""He takes my bank card on payday and gives me back twenty pound.""",
  "WW", "ncw", "L")
E("""Man says his employer pays him late every month but he always gets it in the end. Civil matter.""")
E("""POI OLTEANU seen at Lloyds ATM, Corby, using 9 different cards. 0310 hrs.""",
  "", "mbc", "")
E("""We have no phones. The boss says phones are dangerous. We do not know the name of this town.""",
  "IS", "iso", "L")
E("""Three ROM males living in the back of the launderette, only own the clothes they stand in.""",
  "", "saw fpe", "")
E("""I had to give a man my kidney to pay my father's debt. It happened in Egypt. I live in Croydon now.""",
  "", "", "O")
E("""Student from Ghana asked for advice, her landlord is holding her deposit. Not a police matter.""")
E("""Hand car wash staff paid £12.50 ph, own accounts, contracts seen. All OK. GLAA closed.""")
E("""Missing 13 yo found in a Premier Inn in Cardiff with a 34 yo male. Male arrested on suspicion of child abduction and sexual activity with a child.""",
  "AV", "", "S", "c")
E("""Merseyside – county lines. Intelligence that a nom "K-DOG" is running the "BILLY" line into Bangor and Holyhead. Runners are local looked-after children recruited through a boxing gym in Kirkby. Children are sent by train with drugs concealed internally and stay in a cuckooed flat for up to ten days at a time. A 15 y.o. runner was robbed in Bangor and K-DOG told him he now owes £1,500 and must "work it off" by doing extra weeks. The child's mother reported that K-DOG's associates sat outside her house in a car the following night and flashed the headlights. The child has a phone given to him by the line; his own phone was taken.

Runner recovered by NWP on 14/11 and placed in secure accommodation. He told officers "if I talk they'll do my mum". NRM submitted. Further intel sought on the Kirkby address and the vehicle.""",
  "AV DB IT IS", "iso", "C", "c")
E("""Report from a Salvation Army partner in Glasgow, long case summary.

Client A (Slovak male, 36) and his partner B (Slovak female, 31) were recruited in their village by a man known to them as 'Jano' who offered work in a fish processing plant in Fraserburgh with free accommodation. They travelled by minibus with nine others; Jano paid for the tickets and told them they would repay £200 each from their first wages.

On arrival their ID cards were taken 'to register them with the agency'. The couple worked at the plant through a legitimate agency, but the agency was given bank details of accounts Jano had opened; the cards and PINs stayed with Jano. The pair were given £30 a week each for food. They lived with eleven others in a four-bedroom house, where Jano's brother slept in the front room 'to keep an eye'.

After seven months B became pregnant and told a midwife. The midwife referred them. Both say they were never hit, but Jano told A that he knew where A's mother lived. They left the house with the help of the midwife and are now in safe-house accommodation. The agency has cooperated fully and has stopped paying the accounts.""",
  "DE RD WW AC IT", "dt ncw oc", "L")
E("""Officer handover, Nights, Coleraine. 

1. RTC on the A26, minor, no injuries, report done.
2. Concern for welfare re female (Romanian, 40s) seen walking along the A29 at 01:30 in slippers. Spoke to her via Language Line. She works on the mushroom farm and walked out after an argument with her supervisor about hours. She has her own phone and papers, friends collected her. No exploitation disclosed but farm name passed to the MSHT unit as it has come up before.
3. Shoplifting, Tesco, male known to us, charged.""")
E("""Victim debrief (Indian male, 29, via Punjabi interpreter).

He says that an agent in Jalandhar took 12 lakh rupees from his family for a work permit as a chef. In England he was taken to a restaurant in Southall by a man he calls 'Uncle'. Uncle kept his passport 'for the Home Office forms' and said the permit was still coming.

He says that he worked in the kitchen from 10 in the morning until 1 at night, every day, and slept on a mat in the room above the kitchen with four other men. He was not paid: Uncle told him that the wages were going towards the permit. When he asked to go to the gurdwara Uncle said the police would arrest him because he had no papers. He says that he was very afraid of the police. In the end a customer gave him the number of the helpline.""",
  "DE RD EO AC WW DB AV IT", "uf dt lh saw oc foa ncw", "L")
E("""INT summary (2/B/P), Operation KESTREL. Review of 6 logs over 3 months re 29 Granville St.

- 4x reports from neighbours of Eastern European males leaving in a white Sprinter at 05:00 and returning 21:00-22:00.
- 1x ambulance call to address for male with crushed foot; male refused to go to hospital after another male spoke to the crew for him.
- 1x report of a male shouting at the others in the street and pushing one of them against the van.
Landlord says the house is let to a "recruitment company". Council HMO licence not held. Address linked to a labour provider that supplies a cement works. Consider GLAA joint visit.""",
  "EO PV", "ced lh pa sfw", "L")
E("""Public report via website. "My brother-in-law's housekeeper from the Philippines has worked for them for 8 years. She has her own room, they pay her every month, she has a phone and goes to church on Sundays with her friends. They've even paid for her to go home twice. My sister is now accused by a neighbour of keeping a slave, I want to complain about this neighbour who is harassing them." """)
E("""Caseworker: long chat with client (F, 24, Ukrainian, arrived under Homes for Ukraine). Her host family have been very kind. She works part-time in a café, is paid properly and is learning English at college. She asked about a 'modelling agency' that messaged her on Instagram offering £2,000 a week to 'entertain clients'. We discussed the risks; she has not replied and blocked the account. No current exploitation; safety advice given.""")
E("""The old woman next door has started having young lads from the city staying with her. She's got dementia. They go in and out all night, you can see them dealing at the door, and she hasn't been to the shop for weeks, one of them took her bag when she went to the door. I don't think she can say no to them.""",
  "AV", "", "C")
E("""PSNI intelligence. Chinese national (F, 40s) believed to be running three brothels in Belfast, Lisburn and Derry/Londonderry. Women are rotated between them every 5 days and told they owe money for flights, adverts and rooms; the amount "goes up every week". Women are driven between cities by a male driver, always at night.""",
  "DB", "et", "S")
E("""Call taker notes 999: Female caller whispering, says she is in a room at a house in Swindon and the door is locked from outside. Man has taken her phone – she is calling from a phone she hid. She does not know the address. She was brought from London two days ago to "work". Call dropped. Cell site requested.""",
  "RM IS", "rmv iso", "", "i")
E("""Fairground travelling workers checked at the Hull fair by GLAA and Humberside. All UK or settled status, paid weekly, own caravans. No issues.""")
E("""Intel: Eritrean males (17-19) working at a hand car wash in Dewsbury. Said to sleep in a flat above paid for by the owner, 8 to a room. Owner takes £60 a week 'rent' from pay of £150. Males work 7 days. Two of the males have told a youth worker they are 'not allowed' to go to the college.""",
  "AV AC EO RM", "oc lh rmv", "L", "c")
E("""Debrief account (Vietnamese female, 17). "I was in the nail shop in Bristol. I stayed in the house of the boss with six other people. I go to work with the boss in her car and come back with her in the car. I cannot go anywhere alone. She say my mother owes money in Vietnam and I work for it. I do not have money, she keep it. I do not have passport, she keep it." """,
  "AV RM DB WW RD", "et rmv ncw dt", "L", "c")
E("""101 call: Man called to report that his Polish colleague at a recycling plant in Doncaster has bruises on his face and says the supervisor "punishes" workers who are slow. Colleague refused to speak to police for fear of losing his job.""",
  "PV", "pa", "L")
E("""Complaint from farmer's wife re hare coursers on the land, vehicles seen, VRMs provided.""")
E("""Notes of meeting with Kalayaan: Indonesian domestic worker (F, 44) left a diplomat's residence in Knightsbridge at night with only the clothes she was wearing. Says she was paid £100 a month for 3 years (contract said £1,200). Worked 6am–11pm. Slept in the children's bedroom on the floor. Never had a day off. Employer's wife slapped her regularly. The family have diplomatic immunity.""",
  "WW EO AC PV DE", "fpe lh plc saw", "D")
E("""The boys from the barber shop are fine. It's a family business, the young one is the owner's son and he's at uni. Someone keeps reporting them because of the cars outside.""")
E("""DWP Counter Fraud referral to police (shared under the data sharing agreement).
Twenty-three Universal Credit claims have been made from two terraced houses in Bradford BD3. All claimants are Czech or Slovak Roma, all list the same "landlord" and all give the same mobile number for contact. Most claims were made within the same four weeks.
Claimants interviewed with a Slovak interpreter: most say a man they call Pavel brought them from the same town, filled in the forms for them and holds their bank cards "to help them with money". He gives each of them £10–£20 a week. Several are illiterate and speak no English and did not know what the forms were for.
Eleven of the claimants also work at a bakery in Leeds through an agency. Their wages go into the same accounts and they have never had the cards.
Two claimants, an older couple, said Pavel is a relative and they are happy with the arrangement; they keep their own cards and draw their own money.
DWP has suspended the claims pending enquiries.""",
  "AV WW", "ncw mbc sfw", "L C")
E("""Sham marriage: Registrar at Blackburn reported a wedding booking between a Portuguese woman (21) and a Pakistani man (35). The woman did not know the man's surname and said a 'friend' had paid for her flight and hotel and would give her £1,000 afterwards. She seemed frightened and the friend did all the talking. The friend had her ID card.""",
  "RD", "sfw dt", "C")
E("""999 – Female caller in a car park at services on the M6 says she has escaped from a van full of women who are being taken "to a house in Birmingham for men". She says the driver hit her when she tried to get out at the last stop. The van is still in the car park, white Renault Master. She is hiding in the toilets.""",
  "PV", "", "S", "i")
E("""Case history (Unseen helpline). Caller is a British man, 45, recovering alcoholic. In 2021 he was approached outside a job centre in Leeds by two men offering "a roof and a wage" for roofing work. He was taken to a site of caravans in Lincolnshire. He was given a caravan shared with two others with no toilet, and worked on driveways and roofs from early morning until dark six or seven days a week.

He was told he would be paid £50 a day, but was given "a tenner here and there" and alcohol in the evenings. When he tried to leave after a few months the men found him at the bus station, took him back and beat him with a spade handle. After that he was never left on his own; one of the men went everywhere with him, even to the GP when he had a chest infection, and answered the doctor's questions for him.

He escaped in 2024 when the family were arrested for unrelated matters. He has a Universal Credit claim that he did not make; he believes they used his details. He is willing to speak to police.""",
  "AV DE WW AC EO PV RM", "plc lh rmv sfw et", "L C")
E("""Immigration Enforcement visit to a Turkish barber shop, Cardiff. Two workers with no right to work arrested. They rent a room independently, are paid cash weekly, and hold their own documents. Screened for MSHT – no indicators. Civil penalty for the employer.""")
E("""I work in the big hotel in the city centre through an agency. We are paid properly but the agency make us buy the black shoes and uniform from them, £45. Otherwise good.""",
  "", "ppe", "")
E("""2/B/P. Shoplifting team – three Romanian women aged 18-22 arrested stealing cosmetics to order in Boots, Inverness. Same three arrested in Perth and Stirling within a fortnight. Male seen dropping them at each town and collecting. Women have no money, no phones, no accommodation details; one said "he is my husband, he keeps everything".""",
  "IS", "et iso ncw fpe", "C")
E("""Eritrean woman says she was held by smugglers in Sinai and that people who could not pay were taken to a doctor and 'opened'. She saw a young man taken and he came back with a big bandage over his stomach and the smugglers said he had paid.""",
  "PV RM", "rmv", "O")
E("""My sister is a maid in Kuwait, the family took her phone, can UK police help?""",
  "IS", "iso", "D")
E("""Whistleblowing disclosure received by the council's commissioning team about a home care agency in Kent.
The whistleblower, a British coordinator who resigned last month, says the agency sponsors around 30 carers from Kenya and Zimbabwe. The carers are sent on "live-in" placements of 14 days without a break, sleeping on clients' sofas or in armchairs, and then moved straight to the next placement. The agency deducts "accommodation charges" and "visa repayments" from their wages, so most receive under £300 a month.
When carers have complained, the manager has told them she will report them to the Home Office and they will lose their visas. Their passports are "kept in the office for compliance"; the whistleblower has seen the safe with more than twenty passports in it.
She adds that the agency's British staff are paid normally and work standard shifts. She also raised a separate concern about missed medication visits, passed to the quality team.
Referral to police, GLAA and UKVI.""",
  "EO AC WW IT RD DB", "lh saw dt foa", "L")
E("""Call from an A&E nurse. Woman (Romanian, 26) came in with severe abdominal pain. Male with her said he was her boyfriend and insisted on translating. When he went for a cigarette she wrote on a tissue "HELP ME HE SELL ME". Male is in the waiting room now.""",
  "", "sfw", "S", "i")
E("""Local man, 19, got a job with a roofing company through an advert. Pay £100 a day, paid weekly into his account, home every night. He fell from a ladder and broke his ankle; employer paying sick pay. Mum wanted to report health and safety, referred to HSE.""")
E("""Intel log: Vietnamese boy, 15, missing from a children's home in Kent for the third time. Previously found in a cannabis factory in Oldham. Social worker believes he is being re-trafficked; he had received calls from an unknown number saying his family in Vietnam would be hurt if he did not return.""",
  "AV IT", "", "C", "c")
E("""Neighbours in a row about bins. One says the other's lodgers are "slaves" because they are foreign. Officers spoke to the lodgers – Polish couple, both work at Tesco, pay rent, have their own keys and car. No concerns.""")
E("""My cousin is working at a nail bar in Slough. She says the owner takes £300 a month for her training but she has worked there 2 years and the training never ends. She gets maybe £100 a week and the boss keeps her passport because "the insurance needs it". She sleeps in the back on the massage bed.""",
  "DB RD AC", "dt saw", "L")
E("""Officers found a Sudanese man (30s) sleeping in a cold store unit at a chicken farm in Herefordshire in January. He said he worked on the farm cleaning sheds and was given food. He had no blanket. The farmer said he had "let him stay" and denied employing him. Man has no documents and could not say how long he had been there.""",
  "AC WW", "saw plc fpe", "L")
E("""Taxi driver rang 101. He has been booked 3 times to take different young women from a flat in Luton to hotels near the airport, late at night. Each time a man pays and travels with them, then takes the girls back. One of them asked the driver which country they were in.""",
  "IS", "et iso", "S")
E("""Intelligence report (PSNI Organised Crime Branch): a man linked to a dissident group said to be running a shoplifting crew of Romanian teenagers in Belfast. Teens are housed in one flat, given meals, and made to steal alcohol to order every day. Beaten if they come back empty-handed.""",
  "AV PV", "", "C", "c")
E("""Hospital social worker: Indian national (M, 60) admitted with a stroke. Came on a visitor visa to live with his son. Family visit daily and are very involved. He has his own passport and pension. No concerns re exploitation; discharge planning with family.""")
E("""Debrief, female (Thai, 34) via interpreter. She answered an ad in Bangkok for a job as a masseuse in London. The agent lent her the fare of £4,000. In London she was taken to a flat in Bayswater where she was told she must have sex with customers; she refused at first and the manager raped her. She had to pay £100 a day 'room fee' even on days with no clients, so the debt got bigger. She was allowed out for one hour a week with the manager.""",
  "DE PV DB RM", "rmv et", "S")
E("""Hi, just to say I'm fine. I reported my boss last month but I've got a new job now and he paid me what he owed. Thanks.""")
E("""GLAA intel: shellfish gatherers on the sands at Morecambe Bay. Chinese workers brought at low tide by a minibus, no safety equipment, no local knowledge, driver collects them at dark. Paid per kilo to the 'team leader'.""",
  "AC", "et ced ncw", "L")
E("""Looked after child, 16, Albanian, moved between three local authorities in a month. Has told staff he must phone "the Boss" every day and send money. Boss told him he owes 10k for getting him here and his family will suffer if it's not paid. He works cash-in-hand at a car wash.""",
  "AV DB IT", "", "L", "c")
E("""Officer log: Premises visit re nuisance complaint, flat above chip shop, Merthyr. 6 males present, all Kurdish, all working at different businesses, sharing rent equally. Bunk beds in two rooms. All had own ID, no employer involvement in the accommodation. No MSHT concerns.""",
  "", "oc", "")
E("""Witness statement extract. "I went round to fix the boiler at the house on Alderley Road. There was a young African woman in the kitchen. The lady of the house told me she was 'our girl from home'. She was thin, barefoot, and didn't look at me. When the lady went upstairs the girl asked me in a whisper if I could post a letter to her mother because she is not allowed to go to the post office. She said she hadn't been outside the house since she came. I said yes and she gave me the letter, which I gave to the police." """,
  "RM IS", "rmv pa iso", "D")
E("""Call (Welsh speaker, translated by call handler): Caller's elderly father has taken in a young man who does all the jobs on the farm for a bed in the barn. Father says he pays him. Young man seems happy and goes to the pub in town with the local lads. Caller just wanted to check it was legal.""",
  "", "saw")
E("""Saw a gang of men being loaded into the back of a lorry at a layby on the A1 at 4am with no windows. They looked exhausted. Lorry had Polish plates.""",
  "", "ced pa", "")
E("""INT 2/B/P. Nom "MIRA" recruits young women from Moldova for "cleaning jobs" in Belfast. Women are housed in apartments and told they must sleep with men to pay off €3,000 for the trip; earnings taken by MIRA. MIRA's partner "VLAD" beats women who complain.""",
  "DE DB WW PV", "ncw", "S")
E("""Financial intelligence: 38 accounts opened at one branch in Coventry over 6 weeks with Romanian ID cards. Salary credits from a recruitment agency supplying a cake factory. All withdrawals by the same male at the same ATM. Account holders' mobile numbers on file all belong to the same person.""",
  "WW", "mbc ncw", "L")
E("""Mother of a 14 year old girl says she has found messages on her daughter's phone from a man offering her £50 to send pictures. Daughter says she did not send anything. Phone seized, enquiries ongoing.""",
  "AV", "", "S", "c")
E("""ROU male, 47, drink drive arrest. Lorry driver, 12 yrs in UK, owns his house.""",
  "", "", "")
E("""Salvation Army: Client (M, 22, Vietnamese). Arrived in the UK aged 16 in the back of a lorry. Spent 3 years 'owned' by a family in Birmingham, working in their nail salon and their takeaway. He was told he owed his transport fees and that any escape would mean his sister back home would be sold. He had no passport, no bank account, no friends, and slept on the salon floor. He was not hurt physically but says he was "like a dog on a rope".""",
  "AV DB IT AC IS", "saw iso", "L")
E("""Two women in the flat opposite have been on the phone in the hall shouting in Spanish. Police attended, argument between flatmates about bills. No other concerns.""")
E("""Nurse practitioner, homeless health service: Man (Polish, 50) says he worked at a recycling plant for a man who put him up in a garage with six others and charged them £70 a week each from the £100 he paid. When he hurt his back he was thrown out. He is now sleeping rough.""",
  "AC WW", "oc plc", "L")
E("""Modern slavery helpline report: Man who paid for sex at a massage parlour in Reading says the young Chinese woman told him in broken English "I want go home, boss have my passport, no money". He left and felt bad.""",
  "RD", "dt", "S")
E("""Police Scotland, Lanarkshire Division – intelligence development note.

Subject premises: hand car wash, former tyre centre, Main Street, Coatbridge. Over the past quarter there have been five separate items of intelligence, graded between 2/B and 3/C.

Summary of what is known: between six and nine workers, thought to be Iraqi Kurdish and Afghan men in their late teens and twenties, are on site from before 08:00 until around 20:00 seven days a week. Workers are seen eating on the forecourt; none are seen leaving during the day. A local resident has seen the men led out of a side door of the unit late at night with sleeping bags. Two of the younger workers told a youth worker at a drop-in that the owner, nom "ZAK", keeps their Home Office papers in his car "so immigration don't take them" and that they each owe ZAK £5,000 for "bringing them to Scotland", paid back at £200 a week out of £250. They told the youth worker they are not allowed to use the toilet in the café next door and must wash at the jet hose. One said ZAK had smashed his phone after he called his mother. 

Assessment: multiple indicators of labour exploitation; possible children among the workers. Recommend joint visit with GLAA and Home Office ICE, interpreters (Kurdish Sorani, Dari) and Barnardo's SCOTTS service on standby.""",
  "EO RD DB AC IS", "lh saw dt iso", "L", "c")
E("""THIS IS DISGUSTING!!! THE FARM ON THE B1078 HAS FOREIGN WORKERS LIVING IN CONTAINERS WITH NO WINDOWS AND NO TOILET. THEY GET BUSSED OUT AT 5 IN THE MORNING AND BROUGHT BACK IN THE DARK. SOMEBODY NEEDS TO DO SOMETHING BEFORE ONE OF THEM DIES""",
  "AC EO", "plc ced lh", "L")
E("""Prison note (HMP Altcourse): Vietnamese prisoner, 19, serving for cannabis cultivation, disclosed to chaplain that he was sold in Hanoi and brought here to "garden". He says that the men who grew the plants took pictures of him with the plants to show the police if he ran away. He is afraid that when he is released the same men will collect him from the gate because they have his family's address.""",
  "IT", "foa", "C")
E("""hes only 12 and hes out every nite on a bike with a bag and a phone that isnt his. older lads from the town pick him up in a car. his mams tried to stop it but they threaten her""",
  "AV IT", "", "C", "c")
E("""Au pair (Spanish, 20) contacted us for advice about her host family in Edinburgh. She works about 30 hours a week, gets £100 pocket money, has her own room, her passport, and goes to English classes. She wants to leave because she is homesick and the family are sad but accept it. Advised on notice.""")
E("""Stop check of minibus on the A14 at 05:20. 14 Bulgarian passengers going to a packhouse in Cambridgeshire. Driver works for the labour provider (GLAA licensed). Passengers say the lift costs £5 a day and is taken from wages; otherwise no concerns raised. Details passed to GLAA for info.""",
  "", "ct ced", "")
E("""Debrief – woman (Nigerian, 33) via caseworker. She came as a domestic worker for a family in Manchester who she had worked for in Lagos. In Manchester she was made to wake at 5 to prepare breakfast, then clean, cook and care for the children and the grandmother until 1am. She was paid nothing in the UK; the family said they paid her mother. She was not allowed to eat with the family and ate leftovers. The mother of the house once pushed her down the stairs. She had no phone; letters home were read. She left when the grandmother died and the family said she must go back to Nigeria with them.""",
  "EO WW PV IS AC", "lh iso ncw", "D")
E("""INT: Organ trading – Facebook group 'Kidney donors UK/Pakistan' advertising payment of £10k+ for kidneys, with posts from UK-based users seeking donors and brokers offering "full arrangement in Lahore". Referred to NCA.""",
  "", "", "O")
E("""Gynaecology clinic: patient (F, 28, Romanian) attends for termination, her fourth in 18 months. Accompanied by a male who paid in cash and asked if she could "work" again next week. Patient did not speak; male said she was his wife. Safeguarding referral made.""",
  "", "sfw", "S")
E("""Work experience student at a garage in Omagh, 16, working 3 days a week, school aware, insurance in place. Mum worried he's being used as free labour as he isn't paid. Explained work experience is unpaid and supervised by the school.""")
E("""Call summary, 101, 16:05. Caller (elderly female, lives opposite) thinks her neighbours are "keeping a woman as a slave". She can hear a woman being shouted at in a foreign language most evenings, and the woman is always doing the garden, washing the car and carrying the shopping in.
Officers attended 18:30. Household is a family of Sri Lankan heritage: husband, wife, two teenage children and the wife's mother, 74, who has lived with them since 2015. The woman seen in the garden is the mother. She spoke to officers alone, in English, and said she enjoys gardening, has her own bank account and pension, and goes to the temple on her own by bus twice a week. The shouting is the son-in-law calling up the stairs to the children.
Officers went back to the caller and explained. Caller accepted this and apologised. No offences, no safeguarding concerns, NFA.""",
  "", "", "")
E("""Romanian woman (29) arrested for shoplifting in Bath. She has no ID, no phone and says she doesn't know where she sleeps, "the man drives us". She has bruises on both wrists. Refused NRM but consented to Duty to Notify.""",
  "IS", "iso et pa", "C")
E("""i want report the man called Sorin he bring people from my village to wash cars in Wolverhampton. He promise 1500 pound month. We get 300. We pay him 100 for house where we sleep 8. Then he say we owe for the car and the bus and the phone. Is never finish. If we speak to police he say he will send photos of our wives to men on internet""",
  "DE DB AC IT", "oc ct", "L")
E("""Interpreter-assisted contact, Tigrinya. Male, 17, says he is 17. He said that he was working in a barber shop in Birmingham for a man from his country, who gave him a bed in the back room and food. He said "He is a good man, he helped me" and "I can go where I want." He gets money each week and sends some to his mother. Age assessment requested, social worker allocated; no exploitation disclosed at this time.""",
  "", "saw")
E("""Two Slovak brothers were found living in a tent behind the packhouse where they worked. The gangmaster had told them there was a room in the price. He charges them £80 a week for the 'tent pitch' and £10 a day for the van.""",
  "DE AC", "plc ct", "L")
E("""Intel (1/A/C – handling: do not share with local authority until arrests): Nom GJONI runs 3 cannabis grows in Cumbria using Albanian men smuggled in small boats. Men told the boat cost £15k and they will be free when they've grown enough. Men moved between houses at night in the back of a van.""",
  "DB", "et", "C")
E("""Woman, 60s, British, told her GP that her adult son brings friends to her house who take her money for drugs. No work or exploitation described; referred to adult social care re financial abuse.""",
  "", "ncw", "")
E("""Debrief note, Hope for Justice. Male (Polish, 56), a former miner with a leg injury. Recruited in a bar in Poznań for 'easy factory work'. Lived in Walsall in a house with 14 men; slept on the floor of the kitchen. Worked in a factory making plastic crates through an agency. Bank account set up by the gang; never saw a payslip. Given a loaf, some sausage and £10 on Saturdays. When he became ill a gang member kicked him and said he was lazy. He was told Polish police were looking for him so he should never go to English police.""",
  "DE AC WW PV", "oc plc ncw foa", "L")
E("""Caller reports men "hanging about" outside the job centre offering work. Officers attended, it was a legitimate recruitment event by a local construction firm with a stand and leaflets. No concerns.""")
E("""Midwife: woman (24, Chinese) booked at 30 weeks. Came with a woman who said she was her employer at a restaurant. The employer held the patient's passport and insisted the patient would work until the day she gave birth. Patient says she sleeps in the restaurant.""",
  "RD EO AC", "dt sfw saw lh", "L")
E("""Everyone at the farm gets paid into their own bank, the boss doesn't touch the cards, they have days off, the caravans are nice. I'm Bulgarian and I've worked there 4 seasons. Tell the journalist to stop writing lies.""")
E("""Victim account, Portuguese man, 38. "In Portugal I was sleeping in the street. A man give me coffee and cigarettes and said in England I can work in construction, he pay everything. In Kent they put me with other Portuguese in a house, no water hot, no heating. Every day 6 in the morning to 7 at night we work. Never money. He say, first you pay me the ticket and the house. When I say I go, he take the knife and say if I go he find me." """,
  "AV DE AC EO WW DB IT", "plc lh", "L")
E("""Overheard at the school gate: a mum saying her nanny "has no life" and "can't go out because we have her passport". Reporter thinks it might be a joke but wanted to pass it on.""",
  "RD RM", "dt rmv", "D")
E("""Kidney transplant waiting list patient asked his consultant whether it is legal to buy a kidney abroad. Consultant explained it is not and documented the conversation. No evidence of any purchase.""")
E("""ALL OF THE GIRLS IN THE HOUSE ON DALE ST ARE UNDERAGE AND MEN COME IN CARS ALL NITE LONG THE SAME CAR DROPS THEM OFF FROM SCHOOL, I DONT WANNA GIVE MY NAME""",
  "AV", "", "S", "c")
E("""Night shift at the frozen food plant in Grimsby was cancelled and the agency workers sent home without pay for that night. Workers complained to the union. The agency paid them for the cancelled shift the next week.""")
E("""Salvation Army referral: Lithuanian woman, 41, recruited to pick leeks in Lincolnshire by a woman she met online. She paid €300 for the place. The caravan is clean, pay is minimum wage to her own account, hours are 40-50. She called because the recruiter is now asking for another €200 "for next season". Advised – recruitment fees are unlawful for GLAA-licensed providers; passed to GLAA.""",
  "", "uf", "")
E("""Children's services (Ceredigion) – strategy discussion notes.
A 17-year-old Vietnamese girl was identified during a trading standards visit to a nail salon in Aberystwyth, where she works six days a week, 9am to 8pm, and lives in a room above the salon with the owner's family. She says she is the owner's niece and came to the UK "to study", but her story keeps changing: first she said she arrived last year, later that she came as a child.
She has a phone with only one number saved, labelled "Cô" (aunt). Asked, she could not give the address of the salon or the name of the town. She has no passport or birth certificate; the owner says they are "in London with a relative". She is not registered at any school or college.
The other two nail technicians are adults with settled status who live in their own flats; no concerns about them.
Agreed: section 47 enquiry; Independent Child Trafficking Guardian referral; police to submit NRM.""",
  "AV EO IS", "lh saw iso", "L", "c")
E("""Two men fighting over a debt in a pub car park in Antrim. One owed the other £200 from a card game. Both arrested for affray.""")
E("""Intel: Nom "BOGDAN" places Ukrainian refugees with employers in York and takes their wages, saying he is "saving it for their families". At least 4 women. One said he took her phone so she could not call her husband. Women live in his house.""",
  "WW IS", "ncw iso", "L")
E("""Statement: "I looked after the old man in his house for two years. The son told me I would get £1,000 a month when the old man's money came through. I never got anything, only food. I slept in the same room as the old man to help him at night. I was not allowed out of the house on my own." """,
  "DE WW RM", "rmv", "D")
E("""Call 101: woman says her partner has been drinking, broke a plate, she wants him removed for the night. He left with a friend on request. No threats or violence, DASH standard.""")
E("""Polish man, 31, at the food bank says his landlord, who is also his boss at the warehouse, takes his pay and gives him "pocket money". His ID card is in the landlord's drawer. He wants to leave but has nowhere else.""",
  "WW RD", "ncw dt", "L")
E("""Nom TRAN – minders at cannabis grow, Falkirk. INT 2/B/P.""",
  "", "", "C")
E("""Press summary (internal briefing): A married couple from Bedfordshire have been convicted at Luton Crown Court of holding a man from India as a servant in their home for eleven years.
The court heard that the victim, now 58, was brought to the UK in 2011 on a visitor visa arranged by the husband, who told him he would be a driver for the family business on £800 a month. Instead he cooked and cleaned for the couple and their four children, was fed scraps and slept on a camp bed in the unheated garage. He was not allowed a phone, and his only contact with his family in Kerala was one supervised call a year.
The jury heard that the wife beat him with a walking stick when meals were late. He was never paid.
The couple were jailed for a total of 13 years and a Slavery and Trafficking Prevention Order was made. The judge praised the neighbour whose call to the Modern Slavery Helpline led to his rescue. The couple's children were not involved and co-operated with police.""",
  "DE AC IS PV WW", "saw plc iso", "D")
E("""Concern from bank branch: elderly man came in with a younger man who did all the talking and wanted to withdraw £3,000. Branch refused. Turned out to be his grandson buying a car; father confirmed. No offences.""")
E("""ngo referral: Sudanese boy (16) in Calais says a UK man offered to get him to the UK if he sells drugs for a year in the UK. He has not left yet. Referral for protection; no exploitation has occurred yet.""")
E("""Homeless man (British, 28) says a man at the hostel gives him and others crack in exchange for going into shops and stealing meat and razors. The man collects the stuff in his car and sells it. If they don't bring anything they don't get the gear.""",
  "AV", "", "C")
E("""The Sikh temple cook is a volunteer, he sleeps at the gurdwara because he chooses to, has a flat in Smethwick. Nothing wrong.""",
  "", "saw")
E("""Border Force Heathrow: Chinese male (38) attempting to leave for Beijing on a false passport supplied by a man he owes money. Says he has been working on building sites in London to pay £30,000 for his journey and was told to go home and recruit others to pay the rest.""",
  "DB", "", "L")
E("""Child Sexual Exploitation – Strategy meeting minutes: Girl (14) in care in Dundee has been taken by an older male (22) to parties in Glasgow where she was given drugs and had sex with several men. Male controls her phone and tells her that her care home will "lock her up" if she tells. She was found in Glasgow this morning and is now back in placement.""",
  "AV PV IS IT", "iso", "S", "c")
E("""Pay £50 short – tax code error, HMRC sorted it. No exploitation.""",
  "", "", "")
E("""Saw a woman being made to work in the house next door, cleaning windows at 10pm, and she's out hanging washing at 6 in the morning, every single day. She looked scared. The family have lots of visitors.""",
  "EO", "lh", "D")
E("""Prostitution: sex worker (British, 30) reported a client who assaulted her in her own flat. She works independently, advertises herself, and keeps all her own money. Offender arrested.""",
  "PV", "", "")
E("""Gangmaster takes £20 a week off us for boots and gloves and £40 for the van. Leaves us with £35.""",
  "WW", "ppe ct", "L")
build()

