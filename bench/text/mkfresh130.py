#!/usr/bin/env python3
"""Builds bench/text/fresh130.jsonl from hand-written texts and labels below.

Each entry: T(text, indicators, signs, types, risk=None)
 indicators: AV DE RM IS PV IT RD WW DB AC EO (space separated)
 signs: short codes (see SG); types: L S C D O
 risk: 'i' immediate, 'h' high (e.g. child at risk), None = derived from the rules.
"""
import json, os

IN = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
          IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
          RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
          AC="abusive_conditions", EO="excessive_overtime")
SG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
          oc="overcrowded_accommodation", saw="sleeps_at_workplace",
          fpe="few_personal_effects", rm="restricted_movement",
          cedl="collected_early_dropped_late", foa="fear_of_authorities",
          uf="upfront_fees", dt="documents_taken", et="escorted_transport",
          ct="charged_transport", lh="long_hours", ppe="ppe_charges",
          ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TY = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]

DATA = []


def T(text, ind="", sg="", ty="", risk=None):
    DATA.append((text, ind.split(), sg.split(), ty.split(), risk))


def build():
    out = []
    for n, (text, ind, sg, ty, risk) in enumerate(DATA, 1):
        ind, sg = set(ind), set(sg)
        for a, b in PAIRS:  # a sign goes with its indicator
            if a in ind or b in sg:
                ind.add(a); sg.add(b)
        if risk == "i":
            r = "immediate"
        elif risk == "h" or "PV" in ind or "S" in ty or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
            r = "high"
        elif ind or ty:
            r = "medium"
        else:
            r = "low"
        out.append({"id": "f130-%03d" % n, "text": text,
                    "indicators": sorted(IN[c] for c in ind),
                    "signs": sorted(SG[c] for c in sg),
                    "exploitation": [TY[c] for c in "LSCDO" if c in ty],
                    "risk": r})
    return out


# ---------------------------------------------------------------- part 1
T("""2/B/P INT suggests males working at SPARKLE HAND CAR WASH, Mill Rd, are Romanian nationals who each owe the site manager (POI Marian DOBRE) approx £3,000 for their coach travel to the UK. Debt said to increase every week due to 'rent' at a house on Fenton St. Workers not seen to leave site except in DOBRE's van.""",
  "DB RM", "et", "L")
T("""He told me the visa cost 9 lakh and I would pay back from my salary in the restaurant. Two years I work, still he says I owe 6 lakh. Every month he adds something, the room, the food, the phone.""",
  "DB", "", "L")
T("""Caller states her nephew borrowed £2,000 from Barclays for a car and is struggling with repayments. No suggestion of anyone forcing him to work. Advised to contact StepChange.""")
T("""Salvation Army caseworker note: Client (Eritrean, M, 24) reports the smugglers in Libya sold his 'debt' to a man in Birmingham. He was told he now owes £8,500 and must work at a car wash until it is cleared. He is paid nothing in hand; the man says the wages go against the debt. Client appears thin and has one bag of belongings.""",
  "DB WW AV", "pa fpe ncw", "L")
T("""the nail bar on high st the girls there never go home they sleep in the back and a man brings them food. one of them said she has to pay back her flight before she gets any money""",
  "DB WW", "saw", "L")
T("""Student loan statement shows balance of £41,200 with interest added annually. Client anxious about the amount but it is repaid only above the income threshold. No exploitation concerns.""")
T("""Intel log 3/C/P: Unknown Vietnamese youths at address on Carlton Ave believed to be tending cannabis plants. INT states they were brought by lorry and told they owe 'the uncle' £20k each for the journey which they must work off in the grow. Windows blacked out, door padlocked from outside.""",
  "DB RM AV", "", "C", "i")
T("""Referral from GP: patient (F, 31, Polish) attended with hand injury from a packing machine. Employer reported the accident correctly, patient is paid via agency payslip and has her own bank card. She is keen to return to work. No safeguarding concerns identified.""")
T("""My cousin lent me 500 euro for the flight and I give it back to him slowly, 50 each month when I can. He never asks for more. It is family, no problem.""")
T("""Debrief (via Albanian interpreter): she says the man who arranged her travel told her the cost was €15,000 and that she would repay it by working 'in a bar'. On arrival in Leeds she was taken to a flat and told she must see clients. She says every week he told her the debt had gone up because of the flat, the adverts and the condoms. She never received any of the money the clients paid.""",
  "DB DE WW", "ncw", "S")
T("""Bank alert: seven different debit cards in different names used at the same ATM on Station Rd between 02:10 and 02:25. Funds withdrawn shortly after wages credited by a food processing agency. Possible control of workers' accounts.""",
  "WW", "mbc ncw", "L")
T("""Nephew staying with us is 15. His dad in Vietnam borrowed money from a man to send him here and now the man rings saying the boy must work in his restaurant to pay it or the family will lose their land. He does not go to school.""",
  "DB AV IT", "", "L", "h")
T("""101 call: neighbour dispute over parking on Greenway Close. Caller says the van owner shouts at her. No other concerns.""")
T("""GLAA inspection, Fenland packhouse: all 46 operatives recruited via licensed agency. Accommodation inspected, 4 per house, clean, rent at lawful offset rate. No fees charged for work-finding. Pay slips checked and match bank credits. Compliant.""")
T("""i paid £600 to a man on facebook for a warehouse job that never happened, he blocked me. i want my money back""",
  "", "uf", "")
T("""Client says the agency in Manila charged her 'placement fee' of 120,000 pesos, which her employer in London then paid and is taking back from her salary at £300 a month. She earns £400 a month for caring for three children and cleaning, 7am to 11pm, with no day off. Her employer holds her passport 'so it doesn't get lost'.""",
  "DB WW EO RD AV", "uf", "D", "h")
T("""POI KOWALSKI, Tomasz DOB 04/03/79 — believed to recruit homeless Polish males from soup kitchens in Peterborough, giving them beds in a caravan and then telling them they owe £50 a night plus food, to be repaid by labouring on his driveway jobs. Intel 2/C/P.""",
  "DB AV", "", "L")
T("""Mrs Begum took out a mortgage with Nationwide in 2019 and has fallen two months behind. The lender has offered a payment holiday. Referred for debt advice only.""")
T("""There is a woman who cleans for the family at no 14, she's there day and night, never seen her go out on her own. Kids say she sleeps in the utility room. I worry about her.""",
  "RM", "saw", "D")
T("""The boss told us the debt is for the boat, the lorry and the man in France — £12,000. They take £250 from the £300 every week and I send nothing home. He says if I run my family in Binh Dinh will pay.""",
  "DB WW IT", "", "L")
T("""OIC update: IP now in safe house. States she was told she would work in a hotel in London for £1,200 a month. Instead she was kept at a private address in Ilford and made to cook and clean for the family of POI SHAH. Never paid. Allowed out only with the wife.""",
  "DE WW RM", "", "D")
T("""Salary advance of £400 given to employee following boiler breakdown at home. Repaid at £50 per month from wages by agreement, no interest, employee signed. HR note.""")
T("""lads at the farm on Lowfield Lane are brought in at 5am every morning in a minibus and taken back after 10pm, always the same driver. they dont talk to anyone""",
  "EO", "cedl et", "L")
T("""Debrief: I came because a lady in Lagos said I would be a nanny. When I reached London she said I owe her £30,000 for the ticket and the juju oath. She said if I do not pay the spirit will kill my mother. I was made to go with men in a house in Luton.""",
  "DB DE IT", "", "S")
T("""She was sixteen when he started buying her phone credit and vodka. Then he said she owed him and she had to 'be nice' to his mates to pay it off. School safeguarding referral, CSE concerns, Y11 pupil.""",
  "DB AV PV", "", "S", "h")
T("""Mr Osei borrowed £150 from a colleague to cover his rent and paid it back the following Friday. The colleague later complained in a group chat. HR have mediated. No concerns.""")
T("""Handover: Slovak family at 22 Vine St — two men, one woman — told by their 'landlord' that the rent arrears now £4,800 because he charges interest weekly. All three hand over their agency wages to him and get £30 each. He drives them to the chicken factory and back.""",
  "DB WW", "ncw et", "L")
T("""Tenant paid a deposit of £950 which is protected in the DPS scheme. Dispute at end of tenancy about carpet cleaning. Civil matter.""")
T("""Prison note: prisoner says he was told to hold drugs in his cell because he owes the wing supplier for vapes and canteen that keep 'doubling'. He is frightened to come off the wing. Possible debt bondage in custody, criminal exploitation.""",
  "DB IT", "", "C")
T("""Car wash on Queens Rd is very busy, lots of workers. I checked — they all get minimum wage, payslips, and they go home at 6pm. Just wanted to say not every car wash is dodgy.""")
T("""A&E note: male approx 40, Romanian, brought in with crush injury to foot from construction site, no boots. Companion who brought him answered every question and would not leave the cubicle. Patient said he has worked 'every day' since coming to UK four months ago and still 'owes for the bus'.""",
  "DB EO AC", "sfw pa", "L")
T("""Witness statement extract: 'Every morning Sunny drove the Indian lads to the sites in Southall. He said they owed him for the visa, the flight and the room. I saw him take their wages cards at the end of each week. One of them told me he was getting £50.'""",
  "DB WW", "et ncw", "L")
T("""Asked about money, she said she has a credit card with £1,100 on it and pays the minimum. Nobody else has access to her account. No further action.""")
T("""INT 2/B/P: PHAM is running a nail salon in Dudley using Vietnamese females aged 17-19. INT suggests girls owe PHAM for flights and 'training' and that the amount is recalculated monthly so it never reduces. Girls live above the shop.""",
  "DB AV", "", "L", "h")
T("""we came seven of us from Sudan. the man in calais said our family will pay, but when we come he said no, now you work for my friend in the kitchen to pay. we sleep in the storage room. no salary for 8 months""",
  "DB WW", "saw", "L")
T("""Council housing officer: HMO on Dale St has 14 mattresses in a three-bed house. All occupants work at the same warehouse through 'Quick Staff'. The landlord takes the rent directly from their wages and says they owe for the deposit and the van. Several men did not know the address of the warehouse.""",
  "DB AC IS", "oc ncw", "L")
T("""The caller says her daughter owes her ex-partner £300 and he keeps texting demanding it. No work or sex mentioned. Harassment advice given.""")
T("""He said 'you belong to me until the £40,000 is paid'. He made me sleep with customers every night, twenty some nights. If I cried he hit me.""",
  "DB PV", "", "S")
T("""Border Force, LHR T4: Indian national male, 22, arrived on a work visa as a care worker. Stated he paid an agent in Kerala £18,000 which he borrowed from a moneylender at 'five percent a month'. Says the agent told him the care home will take money from his salary for the agent. Referred to safeguarding.""",
  "DB", "uf", "L")
T("""Care home inspection note: Overseas carers on sponsored visas told that if they leave before 3 years they must repay £6,000 'training costs'. Several said they work 70 hours a week and can't resign because of the clause and their visa.""",
  "DB EO AV", "", "L")
T("""The lady from the agency said the job in Scotland on the boat was good money, but they took us to sea for three weeks and we fished 20 hours a day. The captain said we owed him for the flight from Manila and for our food on board, so we went home with nothing.""",
  "DB DE EO WW", "", "L")
T("""My brother has a loan from the credit union, 8% APR, pays £60 a month. He works at Tesco. We just want to know if the union can take his car. (No exploitation.)""")
T("""Anonymous online report: THEY ARE KEEPING PEOPLE IN THAT HOUSE ON BRIAR RD!!! the men go out at 4 in the morning in a white transit and come back at 11 at night. never seen them without the bald guy. something aint right""",
  "", "cedl et", "L")
T("""Debrief notes: IP says his uncle in Tirana borrowed money to send him. Gang in UK said the uncle's debt is now his. He was put in a house to water cannabis. He was not allowed out, food was passed through the door. He says they threatened to hurt his little sister if he ran.""",
  "DB RM IT", "", "C")
T("""Midwife note: pregnant woman (Romanian, 19) accompanied by 'boyfriend' who translated for her and held her medical notes and ID card. When seen alone briefly she said she has to see men at a flat to pay off what she owes him for bringing her here.""",
  "DB RD", "sfw", "S")
T("""Log 1/A/P: OIC executed warrant at Lyndhurst Rd. Six Chinese males found at a takeaway-linked address, all say they owe 'Boss Lin' for their journey (between £15k and £25k). Passports found in a locked drawer in the office. Workers sleep on the kitchen floor.""",
  "DB RD", "saw", "L")
T("""Worker at the poultry farm asked for his wages early because his mother is sick. Employer advanced two weeks' pay, to be taken back over two months. Worker confirmed he is happy with that arrangement.""")
T("""Caller says her son (17) has been going missing for days, comes back with new trainers and a second phone. He told his sister he 'owes' the older lads after a parcel was 'robbed' and has to go to Swansea to work it off.""",
  "DB AV", "", "C", "h")
T("""Referral: adult male with learning disability living in a caravan on a traveller site for 12 years, laying tarmac for the family. He receives no pay; the family collect his benefits. He sleeps in an unheated caravan with no toilet.""",
  "AV WW AC", "plc ncw", "L")
T("""Au pair (Spanish, 20) contacted helpline. Host family give her €80 a week plus room as agreed, she works 25 hours, has her passport and a key. She wanted advice about a row with the host mother. No exploitation indicators.""")
T("""The man said I must pay him back for the van he drives us in, £10 each way, and for the gloves and boots, £35. At the end of the week there is almost nothing left.""",
  "WW", "ct ppe", "L")
T("""INT suggests females working at pop-up flats advertised on adult sites are Romanian and have to pay their pimp £100 per day 'rent', regardless of earnings, and any shortfall is added to what they owe. 3/C/C (not to be disclosed to the landlord).""",
  "DB", "", "S")
T("""Girl (14) says a man at the park gives her cannabis and she now owes him £400. He told her she can pay by taking bags on the train. Social care strategy meeting arranged.""",
  "DB AV", "", "C", "h")
T("""Asylum seeker (Sudanese, M) reports he paid smugglers in full before leaving Libya and has no debt to anyone in the UK. Lives in Home Office accommodation. Concern raised is about the quality of the food only.""")
T("""He keep all our passport in his car. He say we owe him £2,000 each for the job in the factory. Every week he take the money from the bank card. We get £40.""",
  "RD DB WW", "ncw", "L")
T("""Neighbour reports loud music and people coming and going at all hours from No 5. Believes it may be a party house on Airbnb. No mention of workers, sex or children.""")
T("""Press summary: A Lincolnshire gangmaster was jailed for nine years after recruiting Latvian men with promises of £400 a week, then charging them for transport, rent and 'fines' that meant most weeks they ended up owing him money. Some men worked 16 hours a day in the fields.""",
  "DE DB EO WW", "ct", "L")
T("""I owe Jay £20 from the pub. I paid him back today. Just putting on record he said I owe £25 now lol""")
T("""Debrief (translated): 'The debt was 8,000 pounds. The first month they said I paid 500 from my wages. The second month they said the debt is 9,000 because of interest and the room. I understood I will never finish.'""",
  "DB", "", "L")
T("""Licensing visit, Golden Nails, 12 Market St: two staff present, both with right-to-work documents, own bank accounts, rota displayed showing 9-6 with breaks. Owner present. No concerns.""")
T("""Girls' families in Nigeria sign papers promising money, and when the girls arrive in the UK the madam tells them the debt is €35,000. If a girl runs, the madam's people visit the family in Benin City.""",
  "DB IT", "", "S")
T("""The council took my brother's deposit for the flat, it's a lawful tenancy deposit and he gets it back when he leaves. I just wanted to check that's allowed.""")
T("""Intelligence log 2/B/P. POI IONESCU, Vasile. Runs crews of Romanian beggars in Oxford Street area. INT states he recruits disabled men from villages, pays their travel, then tells them they owe him €100 per day for their bed and 'the pitch'. Takes their takings each night.""",
  "DB AV WW", "", "C")
T("""Domestic worker (Indonesian) in diplomatic household, central London. She says she works from 6am until the family sleeps, seven days. Her salary is sent to her mother by the employer 'to keep it safe' but her mother says only a little arrives. She has not been outside alone in 11 months.""",
  "EO WW RM", "ncw", "D")
T("""The recruitment agent charged my father 3 lakh for the work permit. In UK the company is good, they pay me properly. My father still repays the moneylender in Nepal, which is our problem not the company's.""",
  "", "uf", "")
T("""OFFICIAL-SENSITIVE. Subject: organ trade. INT 2/C/P suggests a Pakistani male living in Bradford is being pressured by a relative to 'sell' a kidney to clear a family debt of Rs 2 million. Travel to a private clinic abroad is being arranged and he has been told his parents will be put out of their house if he refuses.""",
  "DB IT", "", "O")
T("""Transplant coordinator note: living donor kidney transplant between sisters, fully assessed by the Human Tissue Authority independent assessor. No payment or pressure identified.""")
T("""she told me her boss at the car wash said she owes him for the room and food and he writes it in a book but she cant read it""",
  "DB AV", "", "L")
T("""Probation: service user (M, 26) disclosed he drives for a man who loaned him £3,000 for bail. The man now demands he deliver packages 'until he's clear' and has told him the figure is now £5,500. He has been told 'your kid's school is nice'.""",
  "DB IT", "", "C")
T("""Seen: a group of women being dropped off at a hotel in the city centre early, wearing cleaning uniforms, picked up late by the same car. They were friendly and chatted with me and said they work for a cleaning agency, get paid weekly and like it.""")
T("""INT 2/B/C (do not disclose to employer): Ukrainian women at a mushroom farm in Kent told their visa sponsor will 'cancel' them unless they pay back the £3,000 recruitment fee from wages. Hours reported 6am-8pm.""",
  "DB IT EO", "uf", "L")
T("""Debrief, Vietnamese male 16: 'They said my family owes $30,000 for my trip. I had to stay inside the house with the plants, I could not go out. I had no phone. The man came every 3 days with noodles.'""",
  "DB AV RM IS", "", "C", "i")
T("""Safeguarding referral from school: pupil (12) says he lives with his 'aunt' who is not a relative. He does all the cleaning and cooking for her and her four children before and after school and is often late and tired. He says she paid for his ticket from Nigeria and he must help until it's paid.""",
  "DB AV EO", "", "D", "h")
T("""Homeless man approached outside Greggs by two men offering work and a room. He went with them. A week later he rang the outreach worker from a farm in Wales saying they told him he owes £400 for the room and he can't leave till it's paid. Phone was then cut off.""",
  "DB AV RM", "", "L")
T("""Text to helpline: hi im worried about my mate from work hes Polish and the guy who got him the job takes his wage every friday and gives him £30 back and says its for the debt. i dont know what debt""",
  "DB WW", "ncw", "L")
T("""Bank note: customer took out a £7,000 personal loan for home improvements at 9.9% APR. He is up to date with payments. No concerns.""")
T("""Statement: 'I was told work in a hotel. Instead they drove me to a house in Slough with other girls. The man said I owe £5,000 for bringing me and every customer pays a bit. He keeps all the money in a tin. When I ask how much I still owe, he laughs.'""",
  "DB DE WW", "", "S")
T("""An agency worker complained that her pay was late this week because of a bank holiday. She was paid in full on Tuesday. She has her own bank account and lives at home with her parents.""")
T("""GLAA: workers at Redhill Recycling say the gangmaster charged them £250 each to 'register' with him and deducts £15 a week for their hi-vis and boots. Payslips show net pay £61 for 48 hours.""",
  "WW", "uf ppe", "L")
T("""Girl from Albania said she thought the boyfriend loved her. In London he said his family paid for the travel and she had to repay it by sleeping with men. When she refused he beat her with a belt.""",
  "DB DE PV", "", "S")
T("""Officer notes: Hand car wash at Texaco forecourt, 9 males, all Kurdish-Iraqi, states they work 8am-8pm, 7 days. One worker said 'the money is with Hiwa, he sends it to my family'. Workers sleep in a portakabin on site.""",
  "EO WW AC", "ncw saw plc", "L")
T("""Sponsorship visa holder (care worker, Zimbabwean) says her employer cut her hours and she has little money. She is free to change jobs and has her own BRP. Referred to the union. No signs of forced labour.""")
T("""A man approached me at the Jobcentre saying he had cash in hand work, I did two days at a yard in Tipton and he paid me £80 like he said. Just thought I should mention he asked for my NI number.""")
T("""caller on 999 whispering says she is locked in a room above a shop on Walsall Rd, man took her passport, says she owes him. she can hear him downstairs now""",
  "RM RD DB", "", "S", "i")
T("""Victim's mother says he was groomed by an older man who gave him money and clothes, then told him he had to 'earn it back' by selling crack from a flat in Cornwall. The flat belongs to a vulnerable woman with addiction who the gang moved in on. He is 15.""",
  "DB AV", "", "C", "h")
T("""He is my brother's friend. He lent me £2,000 when I arrived from Pakistan. I repay him when I can, he never charges anything extra. I work in a shop and my manager pays me properly. I came to ask about a driving licence.""")
T("""Caseworker: client (Filipino F, 43) worked for a family in Dubai who brought her to London for the summer. Her passport is in the employer's safe. She has never been paid for the London weeks. Slept on the floor of the children's room. She escaped when the family went to Harrods.""",
  "RD WW AC", "", "D")
T("""Intel: KUCI Ardit, Albanian national, controls a cannabis grow at an industrial unit in Hull. INT suggests the gardener, a 19-year-old Albanian, was told his fare of £18k had risen to £25k after the police raid on a previous grow, 'because the loss is yours'.""",
  "DB", "", "C")
T("""Took my girlfriend's phone to stop her texting her ex. She says I'm controlling. She works as a nurse and keeps her own money. (Domestic abuse referral, no exploitation.)""")
T("""Waste site, Dudley: men in orange overalls seen sorting rubbish by hand with no gloves, no masks. Living in shipping containers at the back. A worker said he pays £70 a week for the container and can't get out of the debt because he earns £3 an hour.""",
  "DB AC", "plc", "L")
T("""The interpreter says she is explaining that the woman in charge of the house told her that her family took a loan for her ticket and she must work it off by looking after the old man day and night. She says she never had a day free in two years.""",
  "DB EO", "", "D")
T("""Police log: man (Pakistani, 30s) reports his employer at a sweet shop is 'not paying'. On enquiry, employer paid late once due to cash flow, worker now paid in full. Worker lives in own flat, has passport and bank card. NFA.""")
T("""3/C/P Unknown source states Slovak Roma families in Sheffield are lending money to new arrivals at 'interest of 50% a week', then sending the borrowers to work at a laundry to repay. One family's 16-year-old daughter was reportedly 'given' in marriage to settle a debt.""",
  "DB AV", "", "L", "h")
T("""My manager at the warehouse does long shifts but we get overtime pay and I can say no. Just wanted to ask if 50 hours is legal.""")
T("""Debrief of male (Eritrean, 19): smugglers held him in a warehouse in Libya until his family paid. On arrival in Kent he was handed to a man who said the family's payment didn't cover the boat and he must work at a farm for free for six months. He was beaten when he asked for money.""",
  "DB WW PV", "", "L")
T("""Financial intelligence: one account in the name of a Lithuanian male receives wages from four different agencies on behalf of 19 workers. Payments out to the workers of £20-£40 each. Account holder drives them to work each day.""",
  "WW", "ncw et", "L")
T("""Care worker (Indian, F) posted online: my sponsor says I must pay £8,000 if I resign, they told me this clause is normal. The contract was never shown before I came. I work 60 hours and they keep my BRP in the office.""",
  "DB DE RD EO", "", "L")
T("""The caller reports that her lodger owes two months' rent and refuses to leave. She wants him evicted. No other concerns.""")
T("""Teen (16) referred by YOT: found with £600 and 30 wraps in Margate. Says he was robbed of a previous batch and now owes £2,000 which grows by £100 every day he doesn't pay. Said 'they'll stab me if I stop'.""",
  "DB IT AV", "", "C", "h")

# ---------------------------------------------------------------- part 2
T("""Boss keeps our papers in the safe, says its for our protection.""", "RD", "", "L")
T("""Lost my passport on the bus, reported it, new one ordered.""")
T("""Worker says he still owes £9k for the lorry and the figure goes up every month.""", "DB", "", "L")
T("""Man at car wash told me they get £20 a week pocket money.""", "WW", "", "L")
T("""Door was locked from the outside whenever he went to work.""", "RM")
T("""Three lads sleeping in the chip shop storeroom, owner says they're 'helping out'.""", "", "saw", "L")
T("""Paid back the £200 my mate lent me for the festival ticket, all sorted.""")
T("""They showed me a video of what happened to the last boy who ran from the grow house.""", "IT", "", "C")
T("""She has her own passport and bank card and says she can leave whenever she likes.""")
T("""Mum borrowed from the loan shark and now the man makes me drop off his bags of weed.""", "DB", "", "C")
T("""never got my ID back after he opened the bank account in my name""", "RD", "ncw", "C")
T("""Nail bar girl looked exhausted and had bruises on her arms, wouldn't look up.""", "", "pa")
T("""Employer paid wages one week late due to a payroll error; corrected with apology.""")
T("""'Only go out with Ion,' that's the rule in the house.""", "RM", "et")
T("""No one held against their will at the premises; all staff spoke freely.""")
T("""Knows where my mum lives in Craiova, he reminds me every day.""", "IT")
T("""Rent and food added each week so the debt at the farm never goes down.""", "DB", "", "L")
T("""Not allowed past the farm gate without the foreman.""", "RM", "", "L")
T("""Promised a job as a waitress in London, ended up in a flat in Bolton with men coming round.""", "DE", "", "S")
T("""Told it was a modelling job. The photos were for an escort site.""", "DE", "", "S")
T("""Agency charged £120 for a DBS check. Legitimate fee, receipt given.""")
T("""At the packhouse he took our phones on the first day and we never saw them again.""", "IS", "", "L")
T("""Bank flagged 11 cards for different people all registered to one flat in Leicester.""", "", "mbc", "")
T("""Mate from Lithuania says his gangmaster 'looks after' his bank card.""", "WW", "ncw", "L")
T("""The kitchen porter works 14 hours, every day, no day off since March.""", "EO", "", "L")
T("""Family of six living together in a two-bed flat, all adults working at their own jobs. Housing need only.""")
T("""He would have hit her if she had said no, she thinks, but she never refused and he never did.""")
T("""The old lady next door has a carer who comes three times a day, lovely girl, paid by the council.""")
T("""The man said if you talk to police we send your sister's photos to everyone.""", "IT", "", "S")
T("""My kidney was taken in a hospital in Cairo; they gave me $2,000, not the $10,000 they promised.""", "DE", "", "O")

T("""Debrief (translated from Tigrinya), long account.

He says he left Eritrea at 17 and reached Libya where a group held him in a compound with about 200 others. His family in Asmara were phoned and made to listen while he was beaten, until they sold their cattle and paid $4,000. He was then put on a boat to Italy.

In Italy he met a man called 'Wedi' who said he could take him to the UK on a lorry for free and he could pay later from his work. In the UK he was taken to a car wash in Luton. Wedi told him the lorry had cost £7,000 and that the room above the car wash and the meals were another £80 a week. He worked from 8 until dark, every day. Wedi kept all the wages and each month showed him a paper saying the debt was bigger.

He says he knew other men there from Sudan and Ethiopia who owed similar amounts. He left when a customer gave him the number of the Refugee Council.""",
  "DB WW EO PV DE", "", "L")

T("""Case review – Mrs A (aged 58, British)

Mrs A was referred by her bank after a branch manager noticed she was withdrawing large sums every week accompanied by a younger man. Mrs A told staff that the man is her 'friend' and is helping her with her bills. Our visit found that the man, his partner and their two children had moved into Mrs A's flat six weeks earlier. Mrs A has a mild learning disability.

Mrs A said she sleeps on the sofa now. She said the man 'gets cross' if she does not give him her pension card, and that people come to the door late at night to buy 'stuff' from him. She is not allowed to have her sister visit.

There are concerns about cuckooing and financial abuse. Police informed.""",
  "AV IS", "ncw", "C")

T("""Licensing officer report: premises at 45 Bridge St (massage parlour). Licence expired in June, operating without a special treatment licence. Staff were two British women who are self-employed, set their own hours and keep their fees; both had ID and lived elsewhere. No indicators of exploitation. Enforcement for the licensing breach only.""")

T("""Hi, I'm a support worker at a hostel. One of our residents (M, 34, heroin user) said a man offered him £50 a day to work on a farm and a room. He came back after two weeks because he was paid daily as promised but didn't like the early starts. No concerns, just logging it in case the man recruits others.""")

T("""Text from anon: the polish guy with the black merc picks up the homeless lads at the church every morning, they go to building sites, he keeps their money and gives them cider and a mattress in his garage. one of them got badly hurt last week and he just dumped him at the hospital""",
  "WW AV AC", "ncw plc", "L")

T("""Intelligence log entry.
Date/time: 14/02 0300
Source: 2/B/P
POI: LE Van Thanh, DOB 11/09/88, VRM LK19 XYZ
INT suggests LE is moving Vietnamese minors between nail bars in Coventry, Nuneaton and Rugby. The minors are told their families in Nghe An still owe 'the company' and that the money they earn goes to pay this. LE collects the shop takings personally each Sunday. Minors live in a flat above the Nuneaton shop, 5 to a room. One minor reported to have been slapped by LE for talking to a customer.""",
  "DB AV WW PV AC", "oc", "L", "h")

T("""Statement of witness (farm neighbour):

'I've lived next to the Grange for 20 years. Since last spring there have been caravans in the back field, I'd say 8 or 9, with people living in them. I see the men walking up to the packing shed at half five in the morning and the lights are still on at 10. There's no toilet block I can see. Once a man came to my door asking for water and a phone charger. He had very bad English, I think he was Bulgarian. He said they don't get paid until 'the end of the season' and that the boss has their ID cards. He seemed frightened when a car came up the lane and he left quickly.'""",
  "EO WW RD AC", "cedl plc foa", "L")

T("""I work in a hotel as housekeeper through agency. They pay me by the room not by the hour, sometimes it is less than the minimum. But I get my money in my own account and I can go home. I want to know my rights.""")

T("""Domestic abuse referral: husband is verbally abusive during arguments and the couple are separating. Wife works part-time at a pharmacy and keeps her own wages. No labour or sexual exploitation identified.""")

T("""Home visit to a Sudanese family (parents and four children) in NASS housing. Overcrowded but all family members. Father is not working, awaiting asylum decision. No sign of anyone being made to work.""")

T("""Anonymous report: I think my neighbour's 'housekeeper' is a slave. She is from Ethiopia, hardly speaks English, never leaves the house except to take the bins out, and I hear the woman of the house screaming at her. Once I saw her crying in the garden and she had a burn on her arm. When I said hello she ran inside.""",
  "RM", "pa", "D")

T("""Interpreter: she says her employer in Kensington told her that the embassy has her passport and she cannot get it back until she has 'finished the contract'. She says she is given £50 a month and the rest is 'saved' for her. She has been there three years and has never seen the savings.""",
  "RD WW DE", "", "D")

T("""999 call: man in distress at Tilbury docks says he has been on a fishing boat for 2 months, the skipper hit him with a rope, they have no food left and he wants to get off. Skipper is taking the boat out again tonight.""",
  "PV AC", "pa", "L", "i")

T("""HIS GETTIN THEM KIDS TO SELL DRUGS FOR HIM OUTSIDE THE SCHOOL AND EVERYONE KNOWS. 13 AND 14 YEAR OLDS. POLICE DO NOTHING!!!!""",
  "AV", "", "C", "h")

T("""Polish builder (42) says he was paid £120 a day cash by a subcontractor for 3 weeks, then the subcontractor disappeared owing him one week. He wants to claim the money. He lives with his wife in their rented flat. Not a modern slavery matter; referred to ACAS.""")

T("""Officer handover – late turn: attended Chinese takeaway, Bridge St, after call re shouting. Owner and staff all spoke. One kitchen worker said he works 11am to 1am six days for £250 a week 'plus room'. He has a bank card and showed me a payslip. Sleeps in room above. No further indicators. Referred to HMRC re minimum wage.""",
  "EO", "saw", "L")

T("""Girl (15) found in a hotel room in Reading with two adult men. She had been reported missing from care 3 days ago. Hotel staff called it in. Men arrested. She says one of them is her 'boyfriend' who buys her things.""",
  "AV", "", "S", "i")

T("""NGO outreach: woman selling sex from a flat in Manchester says she works for herself, advertises herself, pays her own rent and keeps her money. She has no one controlling her. Offered sexual health services.""")

T("""GLAA intel: Romanian couple recruiting at bus station in Constanta offering 'factory work in Northampton'. Workers pay €300 each upfront for the bus. In UK, they are housed 12 to a house and driven to the factory. Wages go into accounts opened by the couple, who keep the cards and PINs.""",
  "WW AC", "uf oc et ncw", "L")

T("""She says her husband's family brought her from Bangladesh after the marriage and she does all the cooking and cleaning for nine people. She is not allowed to leave the house or learn English, her mother-in-law has her passport, and when she complained her husband slapped her.""",
  "RM RD PV AV", "", "D")

T("""Debrief note: male (Albanian, 22) says he came by small boat voluntarily, paid £3,500 himself from savings. Works at a car wash for cash, lives with friends. Claims no one controls him. Interested in returning home. No indicators.""")

T("""Hospital social worker: patient admitted with severe infection. He is a Vietnamese male, 17, found at a cannabis factory in a raid. He said he was 'guarded by a man with a knife' and never allowed out, and that the boss took his phone. He has scars on his back.""",
  "RM IS IT AV", "pa", "C", "h")

T("""Customer review posted online: 'Great wash but the guys look so tired and they told me they haven't had a day off in months, one sleeps in the container at the back. Boss shouts at them constantly.'""",
  "EO AC", "saw", "L")

T("""Mr Nowak attended the advice centre saying he had paid £250 to an agency that promised him a job but the job was real and he started on Monday. He was unaware that work-finding fees are unlawful. Reported to GLAA.""",
  "", "uf", "")

T("""3/D/P INT unconfirmed suggests that a male known as 'DOC' in Birmingham arranges for Indian nationals to travel to Sri Lanka for kidney donation in return for cash, targeting men in debt. Source is a third-hand account.""",
  "AV", "", "O")

T("""Handover: IP (Chinese F, 35) found at a massage shop in Camden during visit. Says she came on a tourist visa believing she would work in a restaurant. 'Auntie' holds her passport and she works 10am-2am seeing clients. Says she is afraid of the police because she has overstayed.""",
  "DE RD EO", "foa", "S")

T("""Au pair (20, Hungarian) reports host family expect her to do all the housework, look after 3 children 7am–9pm and clean the father's office, for £70 a week. She has not had a day off in a month and they have 'mislaid' her ID card.""",
  "EO RD", "", "D")

T("""Please help my son he is in UK in a warehouse, the agent took 10,000 euros and now they say he owes more for the flat, he is very frightened and they took his telephone, he calls me from a friend's phone only on Sunday.""",
  "DB IS", "uf", "L")

T("""Worker at a chicken factory says supervisor shouts and swears at staff. Pay is correct and on time, no deductions. Grievance lodged with HR. Employment matter only.""")

T("""My employer gave me a loan for my car, £2,500, paid back at £100 a month from my salary. It's in writing. I just want to check the tax on it.""")

T("""Report from a lorry driver: picked up two men at a services on the M6 who said they had escaped a farm in Herefordshire. They said the gangmaster took their passports, hit one of them with a shovel, and told them if they went to the police they'd be deported.""",
  "RD PV IT", "foa", "L")

T("""Intel 2/B/P: female (Nigerian, approx 25) working at a house in Croydon as a domestic. INT suggests she was brought on a visitor visa by a pastor who told her she'd be studying. She is not paid and the family tell her she must repay the church £7,000 for her visa.""",
  "DE WW DB", "", "D")

T("""Boy (16) in care says he goes to Liverpool 'to see friends'. Carers found train tickets bought by someone else and he came back with a black eye. He told his social worker he 'has to go' when they call or 'it gets worse'.""",
  "AV IT", "pa", "C", "h")

T("""Bank: customer (Romanian F) came in with a man who did all the talking and held her bank card. She appeared nervous. When the man went outside she said nothing but shook her head at the cashier. Staff reported.""",
  "", "sfw ncw", "")

T("""The men are driven to the site in a van and charged £10 a day for the lift, out of wages of £50. They live in the site huts and one of them has been there three years without a holiday.""",
  "EO", "ct saw", "L")

T("""Interview with organ recipient: he says he paid a broker in Istanbul $60,000 for a kidney from a Syrian refugee donor. He doesn't know how much the donor received. Transplant carried out abroad.""",
  "", "", "O")

T("""Safeguarding concern from a GP: female patient (Thai, 40) married to a British man and brought to the UK. She works in his restaurant every day and he keeps her wages 'for the household'. She is not allowed her own phone. She showed me bruising on her ribs.""",
  "WW IS PV EO", "pa ncw", "L")

T("""A tenant in HMO on Park Lane reports the landlord packs 10 men into 3 rooms. The men have their own jobs in different places and pay rent to the landlord; they are free to come and go. Referred to council housing enforcement.""",
  "", "oc", "")

T("""Albanian female (24) states she was trafficked by her boyfriend to work in brothels across the UK. He posted her ads on Vivastreet and took every penny. He raped her when she said she was ill. She has no family in the UK and doesn't know the cities she was taken to.""",
  "WW PV IS", "", "S")

T("""FYI: met a bloke from Slovakia at the food bank, says he owes the guy who got him the job and the guy keeps his ID card till it's paid. He can't afford to eat.""",
  "DB RD", "", "L")

T("""Interpreter note: she says she didn't know it would be like this. 'They said nanny for one child. It was the whole house, the grandmother, four children, the cooking, the dog. I slept on the kitchen floor. Madam said I cannot go out because London is dangerous for girls like me.'""",
  "DE RM AC EO", "", "D")

T("""Hotel manager calls 101: a regular guest books rooms for young women who look very young and who never leave the room. A man brings food and collects money. Two girls present now, one appears under 16.""",
  "AV RM", "", "S", "i")

T("""Mr Khan runs a corner shop and employs his nephew, who lives with the family. The nephew is 19, studies at college and works weekends for pay. Complaint from a neighbour about noise. No concerns.""")

T("""Council officer: Clearance of a garden shed used as sleeping quarters for three men who work at a local car valeting business. The business owner charges them £60 a week each to sleep there. No heating, no water.""",
  "AC", "plc", "L")

T("""Report: 'My friend Ana went to the UK to work in a packing factory. The agency took her passport at the airport and she says they only give her money for food. She's scared to complain because they said they will call the police and she will go to prison.'""",
  "RD WW IT", "foa", "L")

T("""DC handover — op update. Three adult males identified at address in Bradford used as a base for shoplifting. They are Romanian, were recruited with promises of farm work, and are driven to retail parks daily. Each night the goods are taken off them and they are told their debt for the journey (£1,500 each) is 'not paid yet'. They are beaten if they return with too little.""",
  "DE DB PV", "et", "C")

T("""Staff at a building site canteen say the Polish workers are paid through CIS, get payslips and live in rented flats nearby. They do long days in summer but choose to, for the overtime. No concerns.""")

T("""School referral: Year 9 girl says her dad's friend makes her look after his shop and his kids after school and on weekends, unpaid, because her dad 'owes him'. She is tired and behind in lessons.""",
  "DB AV WW", "", "L", "h")

T("""im a cleaner at the airport hotel. the agency takes 40 pound every week for the uniform and training and they keep my passport copy only. i get payslip. is that ok?""",
  "", "ppe", "")

T("""Organ-related intel 3/C/P: females from Moldova reportedly flown to a clinic in Turkey where 'egg donation' is arranged; one allegedly had a kidney removed without consent and returned ill. Recruiter based in London uses social media.""",
  "DE PV", "", "O")

T("""The man from the car wash said they must sleep at the car wash because of the 'security' and are not allowed to go to town. He collects all their tips in the evening and pays them nothing.""",
  "RM WW", "saw", "L")

T("""A man with a learning disability has been 'befriended' by a group of men who have moved into his flat. They use it to sell drugs. He told the housing officer he is scared to go home.""",
  "AV", "", "C")

T("""Our tenant's sister is staying with them while she studies at university. She lost her passport and went to the embassy to get a new one. No concerns.""")

T("""Construction site, Stratford: Ghanaian worker (28) says the labour supplier took £1,800 for the 'job offer'. Then he was told his CSCS card and boots were £350 more, taken from his first wages. He works 12-hour shifts and his supplier tells him he still owes.""",
  "DB EO", "uf ppe", "L")

T("""The family from Gujarat who own the restaurant employ their cousins. Cousins say they are well treated, share the family home and are paid. Inspector notes long hours in the kitchen on weekends only. No further action.""")

# ---------------------------------------------------------------- part 3
T("""Operation PELICAN – summary for tasking meeting

Background: Following a Crimestoppers report, officers visited a terraced house on Ashby Road in the early hours. Eleven males were found, all Polish or Lithuanian, sleeping on mattresses in every room including the kitchen. The house has one bathroom. The tenancy is held by POI ZALEWSKI Marek, who also runs a small labour supply business serving two poultry factories.

Accounts given: Four of the men were willing to speak. Each said ZALEWSKI met them at Luton airport, took their ID cards 'to do the paperwork' and opened bank accounts for them. They have not seen the cards since. Each week ZALEWSKI gives them £40-£60 in cash and says the rest has gone on rent, transport and 'the loan' for their flights, which none of them can explain. One man said he asked to leave and was told he would have to pay £1,200 first.

Other: A fifth man, who had his own car and said he rents privately elsewhere, was visiting a friend and is not thought to be involved.

Assessment: Strong indicators of debt bondage and labour exploitation. NRM referrals offered.""",
  "DB RD WW AC", "oc ncw", "L")

T("""Debrief – Mr T (Vietnamese, now 19)

'In my village a man came and told my parents I could work in England in a nail shop and send home £1,000 a month. My parents borrowed $25,000 from him, with our house as the paper. I travelled through Russia and France, in lorries. When I arrived, a different man took me to a house in Stoke with plants. He said my parents' loan was now my debt, and that each month it would be less if I worked well.

I lived in the loft. The windows were covered. I never went outside, I did not know the name of the town. They gave me a phone that could only call the boss. After nine months the boss said the debt was still $22,000 because the electricity was expensive and some plants died. He said if I leave, my parents lose the house.

When the police came I was afraid they would put me in prison, because the boss always said English police beat Vietnamese people.'""",
  "DE DB RM IS IT AV", "foa", "C")

T("""Local authority adult safeguarding – strategy discussion notes

Person: Mr D, 61, British, long history of alcohol dependency, previously street homeless.
Concern raised by: a farmer's neighbour.

Mr D has lived for approximately eight years in a static caravan at a farm owned by the R family. He works on the farm and on the family's block-paving jobs. He says he 'gets his keep' and some cigarettes and beer, but no wages. The R family collect his benefits at the post office; he has never had a bank card. His caravan has no running water and the windows are broken. He has visible sores on his hands.

He told the social worker he 'owes them' for years of board, and that Mr R says the figure is over £20,000. He said he could not leave because he would have nowhere to go, and that one of the sons 'gave him a hiding' last winter when he went to the pub alone.

Outcome: Police to be informed; NRM discussed with Mr D; capacity assessment to be arranged.""",
  "AV DB WW AC PV", "pa plc ncw", "L")

T("""Public report via website (unedited):

hi i dont no if this is the rite place. there is a house on Denmark st where loads of young girls live, maybe 6 or 7, they dont speak english. a man drops them off at the nail shop at 8 in the morning and picks them up at 9 at nite. ive never seen them go to the shops or anywhere on there own. one of them asked me for food once thru the window. they have hardly any stuff, when they moved in they each had one plastic bag. the man is always on his phone and he shouts at them. pls do something""",
  "RM EO", "cedl fpe et", "L")

T("""Financial crime team note

Alert on account ending 4471 (customer: Mr B, 27, Romanian). Since opening in March the account has received weekly salary credits from a recycling company of around £420. Within minutes of each credit, the balance is withdrawn at an ATM on Soho Road, where eight other cards linked to accounts opened at the same branch on the same day are also used. The contact phone number on all nine accounts is the same. Mr B has never used online banking and his address is an HMO.

Branch staff recall that the nine customers attended together with a man who did the talking and filled in the forms. None of them appeared to speak English.

Assessment: possible control of workers' wages. Referred to police.""",
  "WW", "mbc ncw sfw", "L")

T("""Witness statement – taxi driver

'I get the same job most nights: pick up from a flat above a shop on Hope St around midnight, two or three girls, take them to hotels in town, wait, bring them back. A man in a grey Audi pays me by bank transfer, never the girls. They never have money of their own. Once a girl asked me to lend her my phone to call her mum and then said no, quickly, when the other girl looked at her. One of them, I'm sure, is not more than 16. I stopped taking the jobs and I'm reporting it now.'""",
  "AV WW IS", "et ncw", "S", "h")

T("""Care Quality inspection note (extract)

During our visit to Meadowbank Care Home we spoke to six care workers recruited from overseas. All confirmed that they received their contracts before travel, that no recruitment fees were charged, and that the home paid their visa and flight costs without any clawback. They hold their own passports and BRPs and have access to their own bank accounts. Rotas show 37.5 hour weeks with overtime paid. Accommodation is provided at a below-market rent which they can decline. We found no indicators of exploitation and note this as good practice.""")

T("""Officer notes – fishing vessel boarding, Newlyn

Crew of 7: skipper (British), 2 British deckhands, 4 Filipino crew on transit visas. The Filipino crew said they were recruited through a manning agency in Manila that charged them each $2,500 and told them they would be paid $1,200 a month. Their contracts on board show $500. They said they had not been paid for three months; the skipper told us the wages are 'held by the agent until the end of the contract'. Their passports were in the skipper's cabin. They sleep in the hold area on foam. They reported 20-hour days during hauling and that one man was punched by the mate in September. The British deckhands had separate cabins and are paid a share.""",
  "DE WW RD AC EO PV", "uf", "L")

T("""Press report: A Birmingham couple have been convicted of keeping a Ugandan woman as a domestic slave for nine years. The court heard she cooked, cleaned and cared for their children, sleeping on a mattress in the hall, and was paid nothing. The couple told her that if she went outside alone she would be arrested because she had no papers, and kept her passport in a locked cupboard. She was rarely allowed to phone her family.""",
  "WW AC RD IT IS AV", "foa", "D")

T("""Neighbour report (summarised by call handler): Caller lives next to a house where a Chinese couple and their adult son live and run a takeaway. Caller had thought there might be trafficking because people go in and out late at night, but having spoken to the son, realises it is just the family coming home from the shop. No concerns remain; caller wanted it logged in case.""")

T("""Met a Romanian lad at the bus stop. Said his boss took his ID 'for the contract' and hasn't given it back.""", "RD", "", "L")
T("""The uncle takes all her wages from the laundry and sends some to her parents.""", "WW", "ncw", "L")
T("""Kids were told they owe £300 for the phones they were given to run the line.""", "DB AV", "", "C", "h")
T("""she owes her mate £50 for the concert tickets, they fell out over it""")
T("""They drive us to the fields and take £8 every day from our pay for the minibus.""", "", "ct et", "L")
T("""Boss said I can't call my wife until the debt is finished.""", "DB IS", "", "L")
T("""He doesn't know the address of the house where he sleeps, only the van.""", "IS", "", "L")
T("""Lad at the car wash said his phone was taken 'so he works harder'.""", "IS", "", "L")
T("""Workers share a company house, 3 per room, rent £60 pw which they can opt out of.""")
T("""I got my deposit back from the landlord yesterday, minus £40 for cleaning.""")
T("""Works at the bakery six days, paid hourly, gets holidays; asked about a pay rise.""")
T("""The lady in the big house gets no days off and sleeps in the laundry room.""", "EO AC", "saw", "D")
T("""Dropped off at 4am and collected at 10pm, seven days a week, in the same black van.""", "EO", "cedl et", "L")
T("""'Pay goes on the card he keeps,' she said, pointing at the manager.""", "WW", "ncw", "L")
T("""He speaks for all of them at the clinic; none of them are allowed to answer.""", "", "sfw", "")
T("""'If anyone asks, you say you're my cousin and I pay you,' he told the kitchen boys, who had not been paid since spring.""", "WW", "", "L")
T("""Beaten with a pipe for losing a phone with the customers' numbers on it.""", "PV", "", "C")
T("""He has no coat, no bag, nothing, just the clothes he works in.""", "", "fpe")
T("""the factory pays me late this month but they paid all of it on friday""")
T("""Was promised £90 a day; received nothing for six weeks of roofing.""", "DE WW", "", "L")
T("""She sleeps in the nail bar between the chairs.""", "", "saw", "L")
T("""They told the women their families in Romania would be visited if anyone went missing.""", "IT", "", "S")
T("""Student from China lost his BRP on a night out; university supporting him.""")
T("""Manager pays holiday pay, provides free PPE and transport. GLAA: compliant.""")
T("""Mortgage arrears only; no work or exploitation concerns.""")
T("""he took my passport and said it's the price of the visa""", "RD", "", "")

T("""Interview (Sudanese male, 26, via Arabic interpreter): he says he came by small boat and was placed in a hotel. A man at the hotel offered him work at a car wash for cash. He worked there for two months, was paid £40 per day as agreed, and stopped when he found another job. He says nobody forced him. He is worried about his asylum claim because he worked. No indicators of exploitation.""")

T("""Interview (Sudanese male, 23, via interpreter): man at the asylum hotel offered him car wash work. After the first week the man said he owed £500 for 'finding the job' and the lifts, and took his wages each Friday. He was told if he complained the man would tell the Home Office he was working illegally and he would be sent back.""",
  "DB WW IT AV", "foa ct", "L")

T("""My boyfriend lent me money for my flight to see my family and I'm paying him back, but he keeps saying I owe more and he's started making me do things with his friends to 'settle up'. I'm 17.""",
  "DB AV PV", "", "S", "h")

T("""INT 2/B/P: Indian nationals on skilled worker visas at a packaging factory in Leicester told by the sponsor they must repay £12,000 'sponsorship' in monthly deductions. INT suggests several workers receive less than £200 a month after deductions and work 72-hour weeks.""",
  "DB WW EO", "", "L")

T("""Worker at a warehouse via Staffline says the agency deducted £30 for his hi-vis and boots, which he was told in advance. Net pay fine. He is asking if the deduction is lawful.""",
  "", "ppe", "")

T("""Caller says she is worried about a girl in her daughter's class who's always with older men in cars. Girl is 14. Mum of the girl doesn't seem to care. Caller saw the girl being given drink and a phone.""",
  "AV", "", "S", "h")

T("""Elderly man (British, 72) says his grandson 'borrowed' £3,000 and hasn't paid it back. Family matter. Advised on options.""")

T("""Intelligence: county line 'RICO' operating Brixton to Basingstoke. Runners are 15–17 year olds, given a 'float' of drugs and told it's their debt if stopped by police or robbed. One runner told a teacher he now owes £1,800 and has been 'taxed' twice.""",
  "DB AV", "", "C", "h")

T("""A pop-up brothel in a rented flat in Milton Keynes: three women from Romania, aged early 20s. One told the officer that 'Alex' booked the flat and the adverts, that she must give him £800 a week, and that if she is short it is added to 'the account'. She had a black eye which she said was from falling.""",
  "DB", "pa", "S")

T("""Sham marriage intel 3/C/P: Slovak women recruited with promises of restaurant work then pressed into marrying Pakistani men for visas. INT states the women are told they owe £5,000 for the journey, must live with the 'husband', and are sexually abused.""",
  "DE DB PV", "", "S")

T("""Handover from nights: two Chinese females found at massage premises on High Rd. Both gave address as the shop, said they sleep on the massage tables, and that the boss takes 'half' and keeps their passports 'for safety'. Neither knew which town they were in.""",
  "RD IS", "saw", "S")

T("""Scam report: text message offering 'UK farm jobs with visa, £2,000 fee'. Reported to Action Fraud. No victim identified.""",
  "", "uf", "")

T("""Referral from hospital: male (Albanian, 30) admitted after falling from scaffolding. Employer had no insurance, no harness. He says he is paid £60 a day cash, lives with his brother and can leave any time. Concern is health and safety only; passed to HSE.""")

T("""Girl, 13, goes missing Fridays, returns Sundays with alcohol and new clothes. Phone shows messages from a man saying she 'owes him now'.""",
  "DB AV", "", "S", "h")

T("""Caseworker note: client (Romanian F, 33) says her landlord, who also found her the cleaning job, says she owes 3 months' rent at £700 and must clean his properties unpaid until it is settled. He has told her he will report her to immigration though she has settled status, and she believes him.""",
  "DB WW IT", "", "L")

T("""Two Polish men at the soup kitchen said a man had offered them jobs on a building site and a room, but they did not go because the man wanted their passports. They are fine. Logged for information.""")

T("""Adverts on a classifieds site for 'young Asian ladies' at a different Birmingham postcode every week. The phone number is the same. Women are moved every few days. Analysis 2/C/P.""",
  "", "", "S")

T("""Organ trade intel: a Bangladeshi man living in East London told his GP a 'broker' promised to clear his family's debt to a moneylender if he travelled to India to give a kidney. He now has a scar and says he received far less than promised, and the debt remains.""",
  "DE DB AV", "pa", "O")

T("""Police log – Kidney transplant patient (M, 54) reported his medication stolen from his car. Theft only.""")

T("""Domestic worker (Filipina) for a Saudi family visiting London: agency contract says 8-hour day, 1 day off, salary $400. She says she works 5am to midnight, has never had a day off, is paid nothing in London, and the madam took her phone and passport on arrival.""",
  "DE EO WW IS RD", "", "D")

T("""A Polish worker at a meat plant says his manager is strict and that he has to work Saturdays sometimes, paid at time and a half. He likes the job. He came to ask about bringing his wife over.""")

T("""'It was my cousin who brought me. He said the work is in a restaurant in Glasgow. He did not tell me it was a house. I wash, I cook, I look after his mother. He says I eat his food so I owe him. When I asked for money for my daughter he shouted that I am ungrateful.'""",
  "DE DB WW", "", "D")

T("""The Nigerian student in flat 4 works 20 hours at Pret and studies. Her aunt paid her fees and she's paying her aunt back. Happy, no issues. Neighbour just asking about noise complaint.""")

T("""INT 2/B/P Albanian OCG using debt to control gardeners in cannabis grows across Merseyside. New arrivals' £20k travel debt is 'sold' between grow owners; when a grow is raided the gardener is blamed and debt doubles.""",
  "DB", "", "C")

T("""Day centre worker: man with learning disability says his 'friends' make him sign for parcels at his flat and keep him indoors when the police are about. They have the key. He hasn't seen his mum in weeks because they don't let him.""",
  "AV RM IS", "", "C")

T("""Trading standards: labour provider licence revoked for failing to keep payroll records. Workers interviewed were paid correctly and not charged fees.""")

T("""Report from volunteer at a church: Eritrean woman staying with a family from the congregation, helping with the children in exchange for room and board. She studies English 3 days a week, has her own phone and money from her asylum support, and says she is happy. Volunteer wanted advice whether this is ok.""")

T("""Bulgarian workers at a salad farm: supervisor confiscated phones during shifts and gave them back at the end; workers say this is for hygiene and they call family every evening. Hours 8am-5pm. No indicators.""")

T("""Caller on 999: 'There's a boy banging on the window of the flat opposite, he's shouting help, the door's been boarded up from outside.'""",
  "RM", "", "", "i")

T("""Intel 2/C/P: Vietnamese female 17 working at a nail bar in Wigan, told by boss she owes £15,000 for travel. Boss keeps her passport. She works 9am-8pm seven days. Boss also offers her to 'friends' at weekends.""",
  "DB RD EO AV", "", "L S", "h")

T("""Debt relief order granted for Mr Ahmed. Debts: credit cards, catalogue, overdraft. No coercion.""")

T("""Hand car wash, Hull: 6 workers, the manager told officers they are paid 'per car'. Workers said they get £25 a day, work 8-7, sleep in a flat above provided by the owner, and pay £50 a week for it. They have their passports. One said 'the owner keeps the rest of my money for my brother's debt'.""",
  "DB WW", "", "L")

T("""Witness: 'The Eastern European girls at the Rose Street flat are brought there by taxi at night and collected in the morning. The man with the gold watch collects envelopes from them. I've heard one of them screaming that she wants to go home and him telling her she can't until she's paid.'""",
  "DB RM WW", "cedl", "S")

T("""GP note: patient (M, 19) Afghan, presenting with anxiety. Lives with foster carers, attends college. Previously worked in a carpet factory in Iran as a child. No current concerns.""")

T("""Anonymous Crimestoppers: Kurdish barber shop on Victoria St, young lad about 16 works there all day every day, never at school, lives in the back room, the owner says he 'owes for the trip'.""",
  "DB AV EO", "saw", "L", "h")

T("""The agency is taking my whole pay to cover 'accommodation' and I've worked three weeks for £12. I'm living in a caravan with five others. I want to go home but they say I have to pay back the flight first.""",
  "WW DB AC", "oc", "L")

T("""Man (42, British) says his ex-employer at a scrapyard owes him £400 in unpaid wages after he quit. He has a new job. Employment tribunal advised.""")

T("""Safeguarding: girl (16) from Albania, UASC in supported accommodation. She receives calls from an unknown man who says her family owes him for her journey and she must come to London to work. She is terrified and has stopped going to college.""",
  "DB AV IT", "", "", "h")

T("""POI OKAFOR Grace, DOB 22/12/71, suspected of bringing women from Edo State to work in her 'salon' in Peckham. INT 2/C/P suggests women are told they owe €40,000 and are sent to 'friends' for sex work at night after salon hours.""",
  "DB", "", "L S")

T("""IP says: 'They gave us a tent in the field. Water from the tap in the yard. Twelve of us. When it rained we slept in the van.'""",
  "AC", "plc oc", "L")

T("""My employer takes £30 a week for my council tax and gives me a statement every month, it's in my contract. I can see my account online. I just wanted to know if it's normal.""")

T("""Report: children (8 and 10) begging outside Tesco with a woman who takes the money every hour. They are there from 9 till 6 on school days.""",
  "AV WW", "", "C", "h")

T("""Intel log 3/C/P: POI BALOGH Laszlo, Hungarian, believed to house 20+ males in a warehouse in Corby, charging £70 pw each for a bunk and £5 a day for transport to a distribution centre. INT suggests workers' bank cards are held by BALOGH's partner.""",
  "WW AC", "oc ct ncw", "L")

T("""Woman (Indian, 29) on a dependant visa says her husband's family make her do all the housework and care for his father, have taken her jewellery and passport, and lock the front door when they go out. She has not been allowed to ring her parents since the wedding.""",
  "RD RM IS", "", "D")

T("""Sarah (British, 19) said the older man she met online 'looked after her' and paid for her flat, then said she owed him £2,000 and made her meet men in hotels. She said he hits her if she doesn't.""",
  "DB PV", "", "S")

T("""A worker at a recycling plant says everyone has to buy their own gloves and masks from the supervisor at £10 a pair, deducted from wages. He is otherwise paid properly and lives with his family.""",
  "", "ppe", "")

T("""Nursing home staff member reports that she took a loan from the payday lender and is struggling; the manager has offered a salary advance. No exploitation.""")

T("""Debrief: 'In Romania the man said strawberry picking, £80 a day, house included. In England the house was a barn. He said the bus, the house and the food is £300 a week so we owe him after the first week. He took our ID cards for the 'contract'. We worked every day, even Sunday.'""",
  "DE DB AC RD EO", "plc", "L")

T("""Referral: boy (15) Vietnamese, found by police walking on the M25 hard shoulder, says he ran from a house where he was kept to look after plants, and that the men said they'd kill him if he left.""",
  "AV RM IT", "", "C", "h")

T("""Member of public: there's a man living in a tent in the woods behind the garden centre. He says he works there sometimes but I'm not sure if he gets paid. Garden centre manager, when asked, says he volunteered once and was paid in vouchers as agreed.""")

T("""A woman says her 'sponsor' in the UK charges her £200 a month for the visa 'maintenance' for life and she cannot change job without paying £5,000. She works as a cleaner at his hotel and is always told there are new costs.""",
  "DB", "", "L")

T("""Handover: caller's friend (Slovak, M) works at a bottle recycling yard. Supervisor shouts but pays correctly into his own account; friend lives with his partner. Caller was worried after watching a documentary. No indicators.""")

T("""Cuckooing: officers found two teenagers from London dealing from Flat 12, tenant (F, 50s, heroin-dependent) says they 'took over' after offering her drugs and she now can't go into her own living room.""",
  "AV RM", "", "C", "h")

T("""Account from an ex-worker at a Leicester garment factory: she worked 12 hours a day, 6 days, for £3 an hour. Fire exits were blocked with rolls of fabric. The manager said if anyone talked to inspectors they'd be sacked and reported to the Home Office.""",
  "EO AC IT", "foa", "L")

T("""Bank: a woman asked for help at the counter. She said her husband's brother has her card and PIN and takes her wages from her cleaning job. She has never had the card herself.""",
  "WW", "ncw", "L")

T("""Dad runs a farm and his sons work on it after school. They are paid pocket money and everyone eats together. Teacher asked a question about one son's tiredness at harvest time. No concerns.""")

T("""INT 1/B/P: organ broker arrested in Birmingham. Phone shows messages offering 'buyers in Germany' kidneys from 'poor donors' and arranging travel for a 24-year-old Nigerian man who was told he would be paid £7,000 but was given £1,000.""",
  "DE AV", "", "O")

T("""Care worker (Kenyan) says the care agency that sponsored her charges her £1,500 every time she asks to change shift pattern, and that she has 'a debt to the company' of £9,000 which is repaid from her wages; the amount has not gone down in a year.""",
  "DB", "", "L")

T("""She cleaned the house but they treated her like family, paid her every week, and she went home on Sundays. This was 20 years ago. Historical enquiry — no offence disclosed.""")

T("""Men seen at a food factory in Boston smelled of damp and wore the same clothes every day. Coworker said they live 15 to a house owned by the gangmaster and have no cupboards, just a bag each.""",
  "AC", "oc fpe pa", "L")

T("""POI IVANOV, Bulgarian, controls a group who sell Big Issue-style magazines. INT suggests they hand over all takings nightly and are fined £20 if they don't sell enough; the fines are added to their debt.""",
  "DB WW", "", "C")

T("""Lady in the flat above me has people staying with her from Brazil, they seem to be her family. Noise complaint only.""")

T("""Text: help pls they take my passport and say i work for them for free for the ticket, i dont know where i am, i am in a house with other women""",
  "RD DB WW IS", "", "", "i")

T("""Agency worker (Latvian) in a warehouse says shifts are 12 hours, 4 on 4 off, overtime voluntary, paid into his own Monzo. He has his passport. Just asking if he can claim tax back.""")

T("""'He told me I owed him for the operation, for the flight, for the hotel, and when I came home with one kidney he said I still owe him $3,000.'""",
  "DB DE", "", "O")

T("""Referral (Children's services): girl (15) found at a house in Rochdale with older males. Says the men give her alcohol and a place to stay but she has to have sex with their friends. She was told her little brother will be hurt if she tells.""",
  "AV PV IT", "", "S", "i")

T("""Parents of a 14-year-old boy say he borrowed £60 from a school friend and paid it back out of his birthday money. School wanted it noted after a playground argument. No concerns.""")

T("""Immigration Enforcement: 8 Indian nationals on visitor visas found working at a sweet factory. All say they work for cash at £5 an hour, live in rented rooms they pay for themselves, and hold their own passports. Immigration offences only, no exploitation indicators.""")

T("""INT suggests Eritrean males in Stockton working in a carwash were told by 'the Agent' that their families back home must keep paying him monthly, or the men will be 'reported' and their families harmed.""",
  "IT", "", "L")

T("""Debrief excerpt: 'I was kept in a room at the restaurant. I cooked, I cleaned, I ate the leftovers. He said I came on his cousin's visa and the cousin needs to be paid back. Every time I asked, the number was bigger.'""",
  "DB RM", "saw", "L")

T("""Construction site manager: a group of Romanian labourers are supplied by a subcontractor; workers approached site manager saying they have not been paid for 6 weeks and the subcontractor keeps their ID 'for the site passes'.""",
  "WW RD", "", "L")

T("""The nail technicians at the salon all have their own flats, are paid into their own accounts and the owner is their aunt. Licensing visit: no concerns.""")

# ---------------------------------------------------------------- part 4
T("""Safeguarding referral – secondary school (DSL)

Pupil: K, Year 10, aged 15, Romanian heritage.

K has told her form tutor that she is leaving school at Easter because she is to be married to a man in his twenties whom her family has chosen. She said the man's family 'paid for everything' when her family came to England, including the rent on their house in Walsall for the first year, and that her parents say the marriage is 'how we pay them back'. K says she does not want to marry and has been told by her father that if she refuses, the family will lose the house and it will be her fault.

K also says that at weekends she is sent to clean the man's family's house and look after his younger siblings, without pay, 'so they can see I am a good wife'. Her attendance has dropped to 71%. She appeared tired and tearful.

Actions: children's social care contacted, forced marriage unit advice sought, police informed.""",
  "AV DB IT WW", "", "D", "h")

T("""Intelligence report (sanitised)
Grading: 2/B/C — handling condition: not to be shared with the employer.

INT suggests that a labour provider supplying a vegetable packhouse near Spalding is using a 'loan scheme' to keep Lithuanian and Bulgarian workers. On arrival each worker is given a £500 'starter loan' for food and a bed. INT suggests the loan carries 'interest' of £50 per week, and that the provider adds charges for transport (£7.50 per day), for the hi-vis vest and knife (£40), and for 'fines' for lateness. Payslips issued through the provider show legitimate-looking deductions described as 'repayment'.

INT further suggests that around a third of the workers have been there over a year and owe more than when they started. The provider's office holds workers' ID cards 'for payroll'. A supervisor known as 'Big Tomas' travels with the workers in the minibus and speaks for them if anyone asks questions at the packhouse.

No information suggests violence at this stage.""",
  "DB RD", "ct ppe et sfw", "L")

T("""Account given to a Salvation Army support worker (typed up from handwritten notes)

He is 52, from Slovakia, and says he has been in England 'ten winters'. At first he came with a group from his town for a job at a chicken factory, arranged by a man from the next village. That job was real and he was paid, but after the factory closed the same man said he had another job for him and kept him in a house in Derby with eight others, sending them to car washes and sometimes building sites.

The man took his bank card 'to pay the bills' and he has not had it back. He gets £20 on Sunday. He says the man tells him he owes money for the years of rent and will never say how much. He does not know the postcode of the house. He has a bad cough and says he hasn't seen a doctor in years because the man says doctors will call the police.

He asked for help with his cough first, and only later said he wanted to leave the house.""",
  "WW DB IS AV", "ncw foa", "L")

T("""Call summary – 101

Caller is a manager at a hotel in Heathrow. She called because a housekeeping supervisor noticed one of the agency room attendants crying in a cupboard. Staff spoke to the attendant (F, 30s, Portuguese speaker) via a colleague. She said the agency pays her properly and on time, she lives with her sister, but she has just learned that her mother in Angola is seriously ill and she cannot afford to fly home. The caller wanted to know whether to report it as modern slavery. Call handler advised that nothing described amounts to exploitation, and gave details of support charities. Caller satisfied; no further police action.""")

T("""Statement of a 27-year-old Pakistani national recorded via Urdu interpreter (summary)

He says he applied through an agent in Lahore for a job as a chef in a restaurant in Manchester and paid the agent 2.5 million rupees, which his family borrowed from relatives and a moneylender. The restaurant did employ him but the owner told him on the first day that the sponsorship certificate cost the business £10,000 and that he would repay it out of his wages. His payslips show a salary of £2,100, but the owner makes him withdraw £1,200 in cash each month and give it back.

He works 14-hour days, six days a week. He sleeps in a room above the restaurant with two other workers. The owner has told him that if he complains or leaves, his visa will be cancelled and he will be deported 'and your family will still owe the moneylender'. He says he is ashamed to tell his family what is happening.""",
  "DB WW EO IT AV", "uf foa saw", "L")

T("""Note from an advice session at a domestic workers charity: a domestic worker (Sri Lankan, 38) says her employer in Knightsbridge pays her on time, lets her keep her passport, gives her Sundays off and a room with a lock. She wants to change employer because the children are rude to her. Advised of rights; no exploitation indicators identified.""")

T("""Another 7 bank cards used one after the other at the Spar cash machine at 6am, same bloke every Friday.""", "", "mbc")
T("""Told the pickers their pay was 'in the system' — three months on, still nothing.""", "WW", "", "L")

if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh130.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")
