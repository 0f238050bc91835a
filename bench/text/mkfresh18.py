#!/usr/bin/env python3
"""Hand-written texts for bench/text/fresh18.jsonl (training set, written blind).
Each e(...) call holds one hand-written text and its labels (short codes expanded below).
Risk: 'i' immediate, 'h' high (forced, e.g. child at risk), '' = derived from labels by the rule."""
import atexit, json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
RISK = dict(i="immediate", h="high", m="medium", l="low")
E = []
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh18.jsonl")

def e(text, ind="", sig="", typ="", risk=""):
    i = ind.split(); s = sig.split(); t = typ.split()
    for a, b in PAIR:
        if a in i and b not in s: s.append(b)
        if b in s and a not in i: i.append(a)
    if risk:
        r = RISK[risk]
    elif "PV" in i or "S" in t or ("IT" in i and "RM" in i) or len(i) >= 3:
        r = "high"
    elif i or t:
        r = "medium"
    else:
        r = "low"
    E.append(dict(text=text, indicators=[IND[x] for x in i], signs=[SIG[x] for x in s],
                  exploitation=[TYP[x] for x in t], risk=r))

def _write():
    out = OUT
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(E, 1):
            f.write(json.dumps(dict(id="f18-%03d" % n, **d), ensure_ascii=False) + "\n")
    print("wrote", len(E), "to", out)

atexit.register(_write)

# ---------------------------------------------------------------- texts
# ---- part 1
e("not sure if this is anything but the car wash on the corner of Stratford rd the lads there work from 7 till gone 9 at night every day even sunday and i never see them go home they sleep in the portacabin out back i think", "EO", "lh sw", "L")
e("hi there is a nail shop near me (Nail Heaven on the high st) and the girls in there look so young maybe 15 16 and they never talk, a man drops them off in a van at 8 and picks them up at 9pm. they dont have coats even in winter", "AV", "cedl", "L", "h")
e("Caller reports neighbours at no 42 having loud party again, music until 3am, has asked them to turn it down twice. No other concerns. Advised re council noise team.")
e("INT 2/B/P: POI Arben KOLA (DOB 11/03/1991) running cannabis grow at address in Salford. INT suggests two Vietnamese males inside tending plants, not seen leaving in 6 wks. Windows boarded. Food delivered by KOLA twice a week.", "RM", "rm", "C")
e("my cousin came to uk for job in hotel they told her, when she arrived they take her to a flat and say she must see men to pay back 8000 pounds for ticket and visa. she is scared they say they will send photos to her family in Romania", "DE DB IT", "", "S")
e("Car wash on Hall Lane, busy every weekend, queue out onto road causing obstruction. Caller wants police to move cars on. Staff were polite, caller has no concerns about the workers themselves, just the traffic.")
e("101 call: female caller states her elderly father's carer, agency staff, appears to work very long shifts. Carer told caller she does 12 hr days but gets paid overtime and has 2 days off a week. Caller just wanted advice. NFA.")
e("there's a bloke who stands outside Tesco begging every day same spot and a car drops him at 8 and picks him up at 6 and takes his money off him I seen it, he has one leg and cant speak english", "AV WW", "cedl ncw et", "C")
e("PC 4471 note: visit to 17 Kirkby St re welfare concern. Occupant Mr DAVIES 72 lives alone, house cluttered, no heating on. Not known to be exploited by anyone, daughter visits weekly. Referred to ASC for support.")
e("Helpline summary: caller works on a farm in Lincolnshire. Says the gangmaster took his passport on the first day 'for payroll' and has not returned it. He is paid cash but £50 is taken every week for the minibus to the fields.", "RD", "dt ct", "L")
e("i dont know who to tell. my friend Mihai works building site in Leeds, the boss pay him only 100 pound for whole month and say rest goes for the room and the food and the debt from bus from Romania, he works 6 in morning until dark. he cant leave because boss has his ID card", "WW DB EO RD", "ncw", "L")
e("Crimestoppers: A house on Orchard Way has lots of different men coming and going all night, 10 min visits. Young foreign girls seen at the window. Never see them go out on their own.", "RM", "", "S")
e("Lost passport reported at front counter. Student from Malaysia, believes dropped on bus. Crime ref issued for embassy. No other issues.")
e("IP spoke via Vietnamese interpreter. She says she came to UK in a lorry, the journey cost $30,000 and her family borrowed money. In UK she was told to work in nail bar in Bristol and all wages went to 'the boss' to pay the debt. She slept on the floor of the shop. Boss said if she ran away police would arrest and deport her.", "DB WW IT AV", "sw ncw foa", "L")
e("POI Mohammed [surname unk] believed to be using a 14 yr old local female to carry drugs to address in Grimsby. Female missing from home 3 days. Grading 2/C/P.", "AV", "", "C", "i")
e("why are there always 8 or 9 men living in the house next door?? they all go out in the same van at 5am and come back at 10pm. the bins are overflowing and they have mattresses in the garden. landlord is Mr Patel he comes every friday and they all give him money", "", "oc cedl lh plc", "L")
e("He was crying in the shop, said his boss hit him with a pipe because he asked for his wages. he works at the carwash. I gave him a coffee. he said please dont call police because they will send him back", "PV WW", "foa", "L")
e("Call handler: Caller concerned about her sister (Pakistani national) who married and moved to Bradford. Sister is allowed to phone only when husband is present, does all cooking and cleaning for the husband's extended family of 11, has not been allowed out since the wedding. Husband holds her passport.", "IS RM RD AC EO", "", "D", "h")
e("Report from member of public: the chinese takeaway on Bridge St, cook is there every day 11am till 1am I go in loads. Not being funny but is that even legal", "EO", "", "L")
e("The lads at the hand car wash on Broad Rd all look happy enough, manager showed me their payslips when I asked (I'm a journalist) and they get min wage plus tips. Nothing dodgy as far as I could see.")
e("Officer note: stop check VRM KP19 XYZ on M62 J26. Driver HUSSAIN with 6 males in rear of transit, all Eastern European, no ID on any of them. Driver said he 'looks after their papers'. Males reluctant to speak. Intel sub submitted.", "RD", "et sfw", "L")
e("GP note: Pt attended with hand laceration sustained at work (food factory). Interpreter used. Pt reports employer provided first aid, accident book completed, off work on full pay. No safeguarding concerns.")
e("theres a guy on my road whos got loads of young lads coming to his flat and he's only got learning difficulties, the lads have took over his flat and are selling drugs out of it. he looks terrified and has lost loads of weight", "AV", "pa", "C", "h")
e("Salvation Army caseworker note: Client (Eritrean male, 24) reports he worked in a car wash in Luton for 14 months. He was given £30 a week, the remainder 'kept safe' by the owner who said he would pay it all when he left. When he asked, he was told he owed for food and would be reported to the Home Office.", "WW IT AV DE", "foa", "L")
e("INT 3/C/P: Unconfirmed - Romanian females being advertised on adult sites from hotel in Croydon, moved every week between cities.", "", "", "S")
e("pls check this out the woman next door looks after their kids and does all their housework I never see her leave except to take bins out she sleeps in the conservatory. she is Filipino and I think she has no days off. once I said hi and the wife came out shouting at her to go in", "EO RM AC", "sw", "D", "h")
e("Call received 22:40: male caller (Polish) states he is in a house in Peterborough, the door is locked from the outside and he cannot get out, 5 other men here. Boss took phones earlier but he has a hidden one. Boss says he will beat them if they complain. Units dispatched.", "RM IS IT", "", "L", "i")
e("dont know if i should report this but my neighbours kid (about 13) keeps getting picked up by different cars late at night and has new trainers and phones. mum says its fine", "AV", "", "", "h")
e("Bank financial crime alert: 14 different debit cards in different names used at same ATM on Commercial Rd within 20 minutes by one male. Accounts opened in last 2 months, all receiving wages from same agency.", "", "mbc ncw", "L")
e("A&E: female 19 attended with bruising to face and arms, accompanied by older male who answered all questions and refused to leave the cubicle. Pt appeared frightened and would not make eye contact.", "PV", "pa sfw foa", "", "h")
e("my husband is working at warehouse through agency, they are good, pay every week and he has contract. only problem is the shifts changed at short notice. can i complain about this?")
e("Officer handover: Cuckooing at 3 Lime Ct. Occupant Gary SMITH (vulnerable adult, heroin dependent) has had his flat taken over by Liverpool line 'JJ'. Youths dealing from flat. SMITH says they give him gear and he cant say no. Safeguarding referral done.", "AV", "", "C", "h")
e("She says that the man who brought her to England promised a job as a nanny in London. Instead he took her to a house in Birmingham where she had to have sex with men. When she refused he hit her and locked her in the room. Interpreter notes she is very distressed.", "DE PV RM", "", "S", "h")
e("Neighbour dispute. Caller says neighbour's hedge blocking light, neighbour shouted at her. Words of advice given to both parties.")
e("ok so I work at the packhouse and there is a group of Bulgarian women who come in the agency minibus, their team leader Vasko takes their bank cards at the end of every week and they only get like £20 each back. One of them told me she owes him for the flat and it goes up every week.", "WW DB", "ncw", "L")
e("Intel: 2/B/C (not to be disclosed to subject). SANTOS (Brazilian) recruiting via Facebook for cleaning jobs in London with accommodation. Recruits charged £500 'registration fee' on arrival.", "", "uf", "")
e("Welfare check at Sunshine Care Home following anonymous report. Staff rota reviewed, hours compliant. Overseas carers spoken to alone, all have own passports and are paid into own accounts. No concerns identified.")
e("someone needs to check the chicken shop on Lea Bridge Road the boy who works there sleeps on a mattress behind the fryer and hes maybe 16 he told me he cant go to school", "AV", "sw", "L", "h")
e("Crimestoppers (anon): Two lads from Vietnam living above the shop on Victoria St, they only come down to work in the nail bar. Never seen them go out. Owner keeps the keys.", "RM", "sw", "L")
e("i seen a man slap one of the girls in the car wash in front of everyone for dropping a bucket. the others just carried on. this is the one on Kings Rd", "PV", "", "L", "h")
e("Caller requested advice: she employs an au pair from Spain, au pair's passport has expired and she wants to know how to help renew it. Au pair has her own room and works 25 hrs/week. No concerns.")
e("PC 2290: attended ASB at Tesco Express. Group of 3 Romanian females shoplifting, one aged approx 12. Older male waiting in car outside, collected the bags. Females said they have to give everything to 'uncle'. CSC informed.", "AV", "", "C", "h")
e("I went for an interview for a job in a warehouse and the agency wanted me to pay £300 upfront for training and a hi vis vest. I didnt pay and didnt take the job. Is that allowed?", "", "uf ppe", "")
e("hello my english not good. I am from Sudan. I work in farm near Boston. the man he say I must pay him 200 pound every week for live in caravan with 7 other men, no water no toilet. he keep the money from my pay. if I say anything he say he will call immigration", "WW AC IT AV", "oc plc foa", "L")
e("Caller states her son (17) has been given a phone and told to take packages to Bournemouth by older boys. He now owes them £600 because the drugs were 'taken' off him and they say he must work it off. They threatened to stab him.", "AV DB IT", "", "C", "h")
e("INT 1/A/P: Flat 6, Maple House used as brothel. 3 females (Thai) present, rotated every fortnight. Females do not hold own passports — held by controller known as 'Mama Lin'.", "RD", "", "S")
e("Report via website: I used to work at a recycling plant in Smethwick. We sorted rubbish by hand with no gloves or masks, lots of needles in the bins. We slept in a shipping container on the site. Paid £2 an hour cash.", "AC", "sw plc", "L")
e("Man in long coat looks homeless sits outside station with dog every day. Not sure if he is ok. Is someone making him do this?")
e("Border Force note: Nigerian female 22 arriving LHR travelling with older male claiming to be her uncle. Male holding both passports and answering all questions. Female says she is coming to work as a hairdresser but could not name salon. Separated and spoken to, very anxious.", "RD", "sfw", "", "")
e("my brother went to Scotland to work on a fishing boat and now he has not been allowed off the boat for 3 months. the skipper keeps his passport and he says they work 20 hours a day. please help", "RM RD EO", "", "L", "h")
e("Call log: 14:03 anon male reports Vietnamese child approx 14 seen through window of house on Elm Grove watering plants, heat and smell from property. Says the boy waved for help. Immediate response.", "AV", "", "C", "i")
e("Domestic incident. Female reports husband shouted and threw phone. No injuries. She has her own job and finances, not prevented from leaving. DASH completed, medium.")
e("we think our nan is being taken advantage of by a man who moved in with her, he takes her pension every week and she has no money for food", "", "ncw", "")
e("Observed by PCSO: Hand car wash, Dock Rd. 9 workers, no gloves or boots, standing in chemicals. Manager (Kurdish male, 'Azad') spoke for all workers and would not let PCSO talk to them. Workers appear thin.", "AC", "sfw pa", "L")
e("There is a lady who comes to our food bank who says she works 7 days a week cleaning offices for a man who takes her bank card and gives her £15 for food. She is from Slovakia and has a learning disability. She seemed scared when I asked about the man.", "EO WW AV", "ncw foa", "L")
e("SA caseworker: Client reports he was told in Albania he would work in a restaurant in London for £1500 a month. On arrival he was taken to a house in Kent and made to tend cannabis plants. He was not allowed to leave and was told his debt for the journey was £20k.", "DE RM DB", "", "C", "h")
e("hi i just wanted to say the man at the corner shop is always there from 6am to midnight is he ok? he's lovely, it's his family shop i think.")
e("101: Caller (landlord) states tenants have sublet his 3-bed house and now 14 people living there. Caller concerned about fire safety. Occupants all work at the same meat plant. Caller does not know if they are exploited.", "", "oc", "")
e("INT 2/C/P: subject 'Big D' running county line from Birmingham to Hereford. Uses local 15 yr old boys, paying them in weed and trainers. Threatens them if they lose product.", "AV IT", "", "C", "h")
e("The woman next door (Indian) told me through the fence she hasnt been paid in two years for looking after the family's kids and cooking. She said they will send her back if she talks. She is not allowed a phone.", "WW IT IS", "", "D", "h")
e("Officer note: attended massage parlour, 'Golden Lotus' Wood St, with council licensing. 2 Chinese females present, both said they live on premises, mattresses in back rooms. Own passports produced. Stated they are self-employed. No indicators of control identified at this time, intel submitted.", "", "sw", "")
e("please help my girlfriend is in a flat in Manchester and they dont let her out, the man take her money and make her go with men every night, she message me on snap when he sleeps, she is 17", "AV RM WW", "ncw", "S", "i")
e("Caller reports his work van was stolen from outside his house overnight. VRM LR68 TFD. Crime ref given.")
e("Statement (translated): I came with my husband's friend who said I would work in a factory. He took my passport at the airport. In the house I cleaned and cooked for his family from 5 in the morning until 11 at night. I was never paid. The wife beat me with a belt when the food was cold.", "DE RD EO WW PV", "", "D", "h")
e("saw a van pull up outside the Polish shop at 4.30am, 10 men got in with lunch boxes, driver shouted at them. Probably just work but it looked odd.", "", "cedl", "")
e("School safeguarding referral: Year 9 pupil (F, 14) disclosed she has a 'boyfriend' aged 24 who gives her vodka and lifts, and that she has been to parties in flats where his friends made her have sex with them.", "AV PV", "", "S", "h")
e("Company reported: Fresh Pack Ltd self-referred to GLAA after audit found one agency worker paying a 'finder's fee' to a supervisor. Supervisor dismissed, worker refunded. No other workers affected.", "", "uf", "")
e("INT 2/B/P: ION (Romanian, 30s) controls 4 males begging at Piccadilly Gardens. Males dropped off 07:00 collected 19:00, hand all takings to ION. Males sleep in his garage.", "WW", "cedl ncw sw", "C")
e("this is not an emergency but there's two girls in the flat above mine who i think are being made to work as prostitutes, men all hours, one of them had a black eye last week and the man who rents it took her phone off her when she was talking to me on the stairs", "IS", "pa", "S", "h")
e("Kidney transplant patient, seen in renal clinic, had surgery at Queen Elizabeth Hospital from living donor (his brother). Routine follow-up. No concerns.")
e("Referral from charity: Indian male, 41, recruited in Kerala to work as care assistant in a care home in Norfolk. Paid agent £8,000 in India for the sponsorship. On arrival hours cut to 10/week, told he must repay the agent's fee from wages or lose his visa.", "DE DB AV", "uf", "L", "h")
e("Someone keeps parking in my space at the flats. Ive left notes. Its a white Audi.")
e("101 summary: Caller's daughter (16) has been staying at an older man's flat, phone switched off, not attending college. Caller believes man supplying cannabis. No other info.", "AV", "", "", "h")
e("i worked in a hotel in Blackpool, housekeeping. they said we get £10 per room but then they say we must pay for uniform, for transport, for the house. end of month i get nothing. manager said complain and you are out, no reference, and he keeps my passport in safe.", "WW RD IT", "ppe ct", "L")
e("Officer note: stopped male cyclist with 4 phones and £340 cash, Meadowell estate. Aged 15, from London. Says he is 'visiting cousin', does not know address he is staying at. Refer to CSC, NRM considered.", "AV IS", "", "C", "h")
e("My dad hires lads from the village to help with the harvest every year. They get paid cash at the end of each day and go home at 6. Someone reported us for modern slavery, just want to make clear that's not what's going on.")
e("I run a B&B and we have a guest who booked for 2 nights with a man, the man paid and left and now the girl (maybe 18, Albanian) wont come out of the room and cries. there have been men knocking on her door.", "", "", "S")
e("Crimestoppers: Tattoo studio on Market St is a front, the Vietnamese lads working there owe the owner for getting them here and he takes all their money.", "DB WW", "", "L")
e("Handover: MISPER Kelsey ADAMS 15 located at address in Stoke with two adult males after 4 days. Found with £200 and a burner phone, evidence of drug supply. Males arrested. Kelsey states she 'owes' them.", "AV DB", "", "C", "h")
e("no offence but the people in the nail shop dont speak english and never smile. i think its a front. dunno")
e("Caller worried about her friend from Ghana who is a housekeeper for a diplomat in Kensington. Friend works from 6am to midnight, sleeps in a cupboard, passport kept by the employer, only day off is half a Sunday if she's lucky. Paid £100 a month.", "EO RD AC WW", "sw", "D", "h")
e("Safeguarding (adults): Mr K, 58, learning disability, living in a caravan on a traveller site, works for the site owner laying tarmac. Reports he gets 'food and fags' but no wages. Has been there 'years'. Site owner manages his benefits.", "AV WW", "ncw plc", "L", "h")
e("GLAA inspection: licence holder supplies pickers to 3 farms. All workers have contracts, payslips and own bank accounts. Transport provided free. One breach found: accommodation records incomplete. Advised.")
e("my wife sister is in uk since 2019 working in restaurant in Glasgow, owner say he sort her visa but he never did and now he say if she leaves he report her and she goes to prison. she work 7 days no holiday", "DE IT AV EO", "foa", "L")
e("INT 2/B/P: SHEHU brothers (Albanian) running pop-up brothels in Airbnbs across Leeds. Females moved by car nightly, drivers stay outside. Adverts on Vivastreet with same phone 07700 900123.", "RM", "et", "S")
e("Yo theres young man get robbed every week of his phone at the bus stop by the same kids on bikes, police need to be there")
e("Victim account: They told me in Lagos it would be a job in a supermarket. At the airport in London a woman met me and took my passport. She said I owed her 40,000 euros and I must work in her friend's house and at night go with men. She did juju on me before I left and told me if I talk I will die.", "DE RD DB IT", "", "S D", "h")
e("Caller reports seeing a man push a young woman into a car outside the Premier Inn, woman was screaming. Car silver Ford Focus. Units dispatched.", "PV", "", "", "i")
e("Probation note: Service user (17 at time of offence) disclosed during supervision that the cannabis farm he was convicted for was 'not his'. States he was brought from Vietnam and told to water the plants, doors were locked from outside. s45 defence not raised at trial. NRM referral made.", "AV RM", "", "C", "h")
e("this is the second time ive reported it!! the car wash by B&Q the men sleep in the back in the cold and work from dawn, one of them told me they give all there money to the boss for the 'debt'. NOBODY DOES ANYTHING", "DB WW EO", "sw", "L")
e("My neighbour is a single mum with 5 kids and the house is always a mess and she shouts at them, they look a bit scruffy but theyre happy kids. Social services already involved.")
e("The agency I used to work through (Aspire Staffing) always paid late, like a week late every month, but it did come in and I could leave whenever. Just want it on record they are rubbish.")
e("Officer note (Op Aidant visit): Nail bar, Cross St. 2 female workers (Vietnamese), one appeared to be under 18, no ID. Manager said she is his niece and 'just helping'. Girl would not speak. Taken to place of safety, CSC and NRM.", "AV", "", "L", "h")
e("Caller (employer) rang to report that a former employee has made false allegations online that he 'keeps slaves'. Caller runs a bakery, says staff are paid through payroll and have their own documents. Advised civil matter.")
e("my mate from Poland came over for a job with a company called Euro Build, they picked him up from Stansted, put him in a house with 12 others and told him he owes them £700 for the flight and the room and they will take it off his wages. 3 months later he still owes more than when he started.", "DB AC", "oc", "L")
e("INT 2/B/P: Female known as 'Lily' (Chinese, 20s) believed to be moved between residential flats in Newcastle by male driver, Toyota Prius VRM NK21 ABC. Ads on AdultWork. Female does not speak English. Driver collects cash after each client.", "AV WW", "et ncw", "S")
e("Went to the car wash today and one of the lads had a really bad burn on his arm from the chemicals, no gloves. I asked if he was ok and the manager came over and said he's fine get back to work", "AC", "pa sfw", "L")
e("Caller reports a woman knocking on doors on Beech Rd asking for money saying she needs petrol. Possible distraction burglary. Area search negative.")
