#!/usr/bin/env python3
"""Hand-written labelled texts for the Sightline indicator detector (set fresh121).

Every text below was written by hand. Labels are given as a short code string:
indicators in lower case (av de rm is pv it rd ww db ac eo), signs in lower case
(pa iso plc oa sw fpe rmv ce fa uf dt et ct lh ppe ncw sfw mbc), exploitation types
in upper case (L S C D O), '!' = immediate risk, 'ch' = child victim.
"""
import json, os

IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement",
           is_="isolation", pv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
IND["is"] = IND.pop("is_")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = dict(eo="lh", rd="dt", rm="rmv")
PAIR["is"] = "iso"

R = []


def t(text, codes=""):
    cs = codes.split()
    ind, sig, typ = [], [], []
    imm = "!" in cs
    child = "ch" in cs
    if child and "av" not in cs:
        cs.append("av")
    for c in list(cs):
        if c in PAIR and PAIR[c] not in cs:
            cs.append(PAIR[c])
    for c in cs:
        if c in ("!", "ch"):
            continue
        if c in IND:
            ind.append(IND[c])
        elif c in SIG:
            sig.append(SIG[c])
        elif c in TYP:
            typ.append(TYP[c])
        else:
            raise SystemExit("bad code %r in %r" % (c, text[:60]))
    ind = [x for x in IND.values() if x in ind]
    sig = [x for x in SIG.values() if x in sig]
    typ = [x for x in TYP.values() if x in typ]
    if imm:
        risk = "immediate"
    elif (child or "physical_sexual_violence" in ind or "sexual" in typ
          or ("intimidation_threats" in ind and "restriction_of_movement" in ind) or len(ind) >= 3):
        risk = "high"
    elif ind or typ:
        risk = "medium"
    else:
        risk = "low"
    R.append(dict(text=text, indicators=ind, signs=sig, exploitation=typ, risk=risk))


def write():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh121.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(R, 1):
            row = {"id": "f121-%03d" % i}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(R), "texts ->", out)


# ---------------------------------------------------------------- texts
t("INT: 2/B/P. Males of Romanian origin working at SPARKLE HAND CAR WASH, Bridge St, from 0700 until after 2100 seven days a week. Source states they have not had a day off since arriving in spring. Sleep in a portakabin at rear of site.",
  "eo ac sw plc L")
t("The lads at the car wash on the ring road are there before I open my shop at 7 and still hosing cars when I lock up at 10, every single day incl sundays. never seen them go home they go in the cabin out back",
  "eo sw L")
t("Busy car wash, Station Road. Visited with council. All 6 staff on written contracts, payslips seen, hours 9-6 with a lunch break, rota shows two days off each. Manager cooperative. No concerns.",
  "")
t("Caller reports her sister (housekeeper for a family in Knightsbridge) texted that she works from 5am until the children sleep and is woken in the night for the baby. No day off in 8 months. Employer keeps her passport 'for safety'.",
  "eo rd D")
t("I was cleaning, cooking, ironing, all. Madam ring the bell at night, 2 o'clock, 3 o'clock, I must come. I sleep on the floor of the little boy room. One day off? Never. In one year never.",
  "eo ac sw plc D")
t("Nom LUCA, Ionut (DOB 04/11/1991) believed to supply workers to three packhouses in the Fens. Workers collected in a white Transit at 0430 and returned after 2200. Each pays £40 weekly for the lift, deducted by LUCA.",
  "eo ce ct L")
t("Strawberry picking week was mental, did 11 hour days because the crop all came at once but we got the overtime rate and then Friday to Monday off. Best money I've made all summer tbh",
  "")
t("Junior doctor rota complaint forwarded to HR: three consecutive 13-hour night shifts followed by a long day. Rota compliant with the 2016 contract but staff say it is exhausting. Referred to guardian of safe working.",
  "")
t("Self-employed multi-drop courier, 52, presents with back pain. Says he does 12-14 hours most days because he's 'chasing the bonus' and likes being his own boss. Advised rest, ergonomics leaflet.",
  "")
t("VRM LK19 XHE seen dropping 9 females at TOP NAILS, High St, at 0800 and collecting at 2130. Same pattern Sat and Sun. Females do not speak English, one male speaks for all of them at the counter. 3/C/P",
  "eo ce et sfw L")
t("Vietnamese boy aged approx 15 found in loft of a house on Grange Road set up as a cannabis grow. Door padlocked from the outside, mattress among the plants, told he must water the plants day and night until the crop is done to pay for his journey.",
  "ch ! rm eo db ac sw plc C")
t("Debrief via interpreter. She says that she came to cook in a restaurant in Birmingham. She says that they gave her a bed in the storeroom over the kitchen. She says the shift started at 10 in the morning and finished when the last table went, sometimes 1am, and the next day the same, no rest day. She says the owner said she had no salary until her 'fee' of £6,000 is finished.",
  "eo ac sw db ww L")
t("Hotel housekeeping agency audit: room attendants paid per room, average 7.5hr shift, overtime voluntary and logged at time and a half. Accommodation not provided. Good practice noted.",
  "")
t("my neighbour got 8 polish men living in a 3 bed house, van picks them up at 5 every morning, back at 11 at night. they look shattered, one lad told me they do this every day and the boss takes the rent out there wages so they get hardly nothing",
  "eo oa ac ce ww L")
t("101 call: male reports his Ring doorbell caught someone trying car door handles on his street at 0300. No vehicle taken. Crime ref issued.",
  "")
t("Safeguarding referral (school): Year 10 pupil, 14, regularly falling asleep in class, says he works in his uncle's takeaway until 1am every night including school nights and is not paid because 'it's family'. Uncle collects him from school at 3.15 and takes him straight there.",
  "ch eo ww et L")
t("Trawler deckhand, Filipino national, tells Seafarers' mission he hauled nets for up to 20 hours at a time with 3-4 hours sleep, and the skipper shouted and hit men who sat down. Has not been allowed ashore for four months. Contract showed $1200/month but he has received $200.",
  "eo pv rm ww de L")
t("Care home night carer (Zimbabwean, sponsored visa) told the union she works 72-hour weeks, sleeps in the staff room between shifts, and the manager says her sponsorship will be cancelled and she'll be deported if she refuses any shift.",
  "eo sw ac it av fa L")
t("Nurse, band 5, on A&E rota doing 3 x 12.5h shifts a week plus bank shifts she picks up for extra money. Occupational health review for fatigue; she says the bank shifts are her choice and she will cut back.",
  "")
t("Au pair (19, Spanish) contacted helpline: agreement said 25 hours a week and two evenings babysitting. Family now has her working 7am to 10pm, weekends too, and pays the same £90 pocket money. She has her passport and is planning to leave at end of month.",
  "eo de D")
t("ANPR hits show VRM YC21 OPA travelling between Leicester and a Wisbech industrial estate at 0400 and 2300 daily, 7 days a week. Intel suggests vehicle transports workers for BANEK, Marek. Untested. 2/C/P",
  "ce")
t("Im from Eritrea. In the factory we work from 6 to 6 then they say stay, more boxes. Sunday also. If someone says tired the supervisor says ok go home, dont come back, no money for this week. So nobody says tired.",
  "eo it ww L")
t("Harvest period at Greenacre Farm: 10-hour days for 3 weeks during cherry season, all hours recorded, paid at least NLW plus overtime, two rest days each week. Workers on Seasonal Worker visas with own documents. GLAA inspection satisfactory.",
  "")
t("Pop-up brothel in Airbnb flat, Leith. Two Chinese women there, advertised 24/7 on an adult site. One told officers she 'must see men any time, even 4 in the morning', had not left the flat in 10 days, food brought by a man called Ah Wei.",
  "eo rm S")
t("A&E: female approx 30, Albanian, attended with fractured wrist. Accompanied by male who answered all questions and refused to leave the cubicle. Patient appeared exhausted, dishevelled. Said she 'works all the time'. Interpreter declined by the male.",
  "pa sfw eo")
t("Domestic worker from the Philippines, escaped from an embassy residence. States: 'I am on duty 24 hours, I sleep near the kitchen on a mat, madam keeps my passport in her drawer, my salary they send to my husband but he says he gets only half.'",
  "eo ac sw plc rd ww D")
t("Council licensing visit to Golden Dragon takeaway: food hygiene issues, rat droppings in store. 3 staff all family members of owner, live above with own rooms. Hours 4pm-11pm. No MS concerns.",
  "")
t("wtf is going on at the chicken shop on Kings rd, same 2 lads behind the counter from 10 in the morning til 4am, EVERY DAY, been watching for weeks, they sleep in the back on cardboard, someone needs to check",
  "eo sw ac plc L")
t("Construction site, Salford: 14 Romanian labourers working 7am to 8pm Monday to Sunday. Gangmaster POPA holds their ID cards 'for site passes' and pays them £150 cash per fortnight. Workers housed in the unfinished flats on site.",
  "eo rd ww sw ac plc L")
t("I picked up weekend shifts at the warehouse through the agency cos Christmas peak, did 60 hrs one week. Overtime is optional and they pay 1.5x. Just knackered lol",
  "")
t("Victim account (translated): Every day I was to stand outside the supermarket with a cup from 7 until it became dark, also when raining. The man who brought me took all the coins in evening. If I bring less than 50 pounds he beat me with belt.",
  "eo ww pv C")
t("Girl 16 reported missing from care, located at address in Rochdale. Disclosed older males passing her to friends, 'kept me up all night, different men, I couldn't sleep'. Not allowed to leave the flat, phone taken.",
  "ch ! rm is pv S")
t("Farm worker reports to GLAA hotline: 'They make us do 16 hours in the polytunnels, no break for eating, and the guy with the clipboard fines us £10 if we sit down.'",
  "eo ac ww L")
t("Intel: WANG, Li (DOB 12/03/1985) operates massage parlour 'Lotus Relax', Cardiff. Females believed to live at the premises, work from 10:00 to 02:00, and are not permitted to go out without WANG. 2/B/C (do not disclose source to licensing).",
  "eo sw rm S")
t("My husband is a long-distance lorry driver, owner-operator, does 13-15 hour days across Europe then home for 4 days. He loves it. Question for forum: is that legal with tachograph rules?",
  "")
t("Welfare check at Elmwood Care Home following anonymous tip about overwork. Staff rotas reviewed: 12h shifts, max 4 per week, breaks recorded, overtime paid. Staff spoken to privately, no concerns raised.",
  "")
t("Man from Sudan at drop-in said he worked in a car wash in Kent, 'morning to night, 7 days, 3 months without stopping', slept in the container. Boss paid him £30 a week and said the rest was for his rent and food.",
  "eo sw ac plc ww L")
t("County lines: 15-year-old from Croydon found in a flat in Margate with a phone that rang all night. Says he 'has to stay on the line 24/7, no sleep', and the older one said he'd be 'wet up' if he lost the money. Bruising to face.",
  "ch ! eo it pv pa C")
t("Neighbour dispute: woman at no. 14 complains the family at no. 16 run a noisy business fixing cars on the drive until late. Council noise team notified. No further action for police.",
  "")
t("Polish man, 58, heavy drinker, met at a soup kitchen by a couple who offered him a room in exchange for 'a bit of block paving'. Now laying drives dawn to dusk every day for them, sleeps in a shed, gets cider and tobacco but no money. Told he owes them for his keep.",
  "av eo ac plc ww db L")
t("Referral from Salvation Army: female, Nigerian, 34. Recruited as a nanny for a family in Essex on a promise of £800/month and English classes. She looked after three children, cleaned and cooked from 6am to midnight, was given no wages in 14 months and was not allowed to leave the house alone.",
  "de eo ww rm D")
t("Press summary: Three men jailed for forcing Slovak workers to work in a Yorkshire recycling plant for up to 17 hours a day. The workers were housed 10 to a terraced house, had their bank cards held by the gang and were threatened with beatings if they complained.",
  "eo oa ac ncw ww it L")
t("Kitchen porter (Indian, student visa) tells uni welfare: restaurant makes him work 40+ hrs against his 20hr visa limit, cash in hand, boss says if he complains he will report him to the Home Office.",
  "it av fa eo L")
t("Kidney transplant patient, 47, attending renal clinic for routine follow-up. Donor was his brother, living-donor programme at Guy's, HTA approved. Recovering well.",
  "")
t("Intel 2/B/P: POI MENSAH arranges for young Ghanaian men to travel to the UK on the promise of education; on arrival they are told a kidney must be sold to cover the 'sponsor' debt. One IP examined at private clinic abroad before the plan was disrupted.",
  "de db O")
t("Man from Pakistan told the NGO worker he was brought to London for 'a cleaning job'; the agent took him to a doctor for blood tests and then said he owed £8,000 and the only way to pay was to give his kidney at a clinic in Istanbul. He refused and was beaten.",
  "de db pv O")
t("ok so my mate says theres a guy on facebook paying 20k for kidneys and he'll fly you out to do it, is that even real?? asking for real not doing it lol",
  "")
t("Border Force, LHR T4: female, 22, Moldovan, travelling with a man not related to her, to 'a clinic in Turkey for surgery' paid by him. She could not name the surgery. Man holds both passports and her phone. She appeared frightened. Referred to NRM first responder.",
  "rd is fa O")
t("Bank alert: 11 debit cards in different names used at the same ATM in Peterborough between 0100 and 0130 on payday. Accounts opened within a week of each other, all with the same mobile number and address. Pattern consistent with workers' wages being controlled.",
  "mbc ncw")
t("Benefit fraud team: 6 Universal Credit claims at one address, all claimants Roma from Slovakia, all payments into accounts whose cards are held by the landlord, Mr DUNKA. Claimants say they work for him at a chicken factory but never see money.",
  "mbc ncw ww C L")
t("My grandmother's pension goes to my uncle, he does her shopping and she's happy with that, she has dementia and he has power of attorney. Just want to check this is ok?",
  "")
t("Adult social care: man with a learning disability, 33, reported by his support worker to be collecting his PIP each week and handing it to a 'friend' who lives in his flat, deals drugs from it and makes him sleep on the sofa.",
  "av ncw C")
t("I have my own ID, I come here for work by myself, nobody took my papers. Hours are long in summer but I choose them, the money is good and I go home in November.",
  "")
t("Debrief (first person): When I arrive, Ervin says the flat cost £300 a week and the food and the phone. He say I pay back from the clients. Every week he says the debt is bigger. I work every night from 8 until the morning, sometimes 15 men. I can't say no.",
  "db eo S")
t("Police log 14/03 0210: officers attended Unit 4, Harrow Ind Est, following report of screaming. Found 4 Vietnamese males inside a cannabis grow with windows boarded and the only door bolted from outside. One male with burns to his arm from a lamp. All say they are 'gardeners'. Removed to place of safety.",
  "! rm ac pa C")
t("Parent writes to school: 'My son works Saturdays at the garden centre, 9-5, paid properly, he loves it.' Head wants to check the child employment permit is in place.",
  "")
t("Care worker, Kerala, sponsored: told by agency in India she would earn £26k and pay nothing. Was charged £12,000 'placement fee', has to repay £400 a month from wages, works 60-70 hours a week across three homes, and the owner keeps her BRP 'until the fee is cleared'.",
  "de uf db eo rd L")
t("Report from member of public: 'the women in the nail salon look so tired, one of them told me she hadn't had a day off since christmas, its now april, and they live upstairs with the boss'",
  "eo sw L")
t("Anon online report: GIRLS BEING KEPT AT THE MASSAGE PLACE ON DUKE ST!!! NEVER LEAVE, BLACKED OUT WINDOWS, MEN IN AND OUT ALL NIGHT, A MAN DROPS FOOD IN BAGS. SOMEONE DO SOMETHING",
  "rm S")
t("OIC handover: IP (BUI, Thi Lan) interviewed re nail bar. She maintains she works 10-7, Tues-Sat, is paid into her own Monzo account and rents her own room. Passport at home. Assessed no NRM grounds at this time. Keep on file.",
  "")
t("Statement: I worked for Mr and Mrs K in Harrow for three years. I woke at 5 to prepare breakfast and I went to bed after they finished their TV, around 1 in the morning. I had no day off and no holiday. They told me I was lucky because in my country I would have nothing.",
  "eo D")
t("Tipper driver (self-employed), Cornwall, reports 'I do 5am to 9pm most of the summer because that's when the work is, winter I hardly work'. HSE query about driving hours only.",
  "")
t("Intel: Lithuanian workers at a meat plant in Suffolk are employed via agency BALTIC STAFF. Workers do double shifts (06:00-22:00) most days because the agency's supervisor threatens to send them home with no work if they refuse. Accommodation is 3 to a room in agency houses. 2/C/P",
  "eo it L")
t("Young Albanian male, 17, told YOT worker he came to the UK to work in a car wash to pay off the €10,000 smuggling debt. Now in a cannabis farm in Kent, 'I live with the plants', allowed out only with Genti. Said Genti showed him a video on his phone of a man being beaten and said 'this is what happens to boys who run'.",
  "ch db rm it sw ac C")
t("Employee of a sandwich factory complains to ACAS that her last month's pay arrived 5 days late. Employer apologised, said payroll software failed, paid in full with a £50 goodwill sum.",
  "")
t("Worker says he is paid £9 an hour which he thinks is below minimum wage for his age. Otherwise happy, has his own flat and bank account, can leave whenever. Referred to HMRC NMW team.",
  "")
t("Hi, my boss and me disagree about my holiday pay, he says I'm not owed any for last year. I've moved to another job now. Can I take him to tribunal?",
  "")
t("Domestic incident: male partner smashed her phone during an argument about money and pushed her into a door. DASH completed, medium. No indication of exploitation; victim works as a teaching assistant and controls her own finances.",
  "pv")
t("She said he'd have locked her in if she'd tried to go, but he never did — she came and went to the gym and to work as she liked. No concerns re coercion identified.",
  "")
t("Student (Chinese national) reports her passport was lost on a night out. Reported to embassy, emergency travel document applied for. No third party involvement.",
  "")
t("Worker injured at a recycling plant when his glove caught in the conveyor. HSE notified. Full-time employee of 4 years, union member, contracted hours 37.5. Investigation into guarding of machinery.",
  "")
t("Three generations of the Begum family live together in a 4-bed house, grandmother helps with the cooking and childcare. Health visitor notes a warm home, no safeguarding concerns.",
  "")
t("Domestic worker's diary (translated from Tagalog), handed to Kalayaan: 'Monday up at 4.30 for sir's gym clothes. Clean 5 bathrooms. Children school run. Cook lunch, dinner. Walk dog 11pm. Baby cries 2am, ma'am says you go. Tuesday same. Wednesday same. I have not seen a Sunday off since I came.'",
  "eo D")
t("Man at car wash: 'I work 8 til 6, Monday to Saturday. Sunday I'm at church. Boss is my cousin, he pays me every Friday, I send money home myself.'",
  "")
t("INT: ILIESCU brothers run a gang providing labour to a poultry catching firm. Catching crews work through the night from 2200, then are driven straight to a packing shift at 0700, routinely 18-20 hours without sleep. Workers told they can't leave until the 'transport debt' is paid. 2/B/P",
  "eo db ce L")
t("Girl at the bus stop in school uniform getting into the same black Audi every day with different older men. She looks about 13. Reg starts WP68. Today she looked like she'd been crying.",
  "ch S")
t("Safeguarding: 14 yr old girl has new expensive trainers, phone and nails, is being picked up late at night by males in their 20s, goes missing overnight, and told a friend she 'has to do stuff' with their mates to pay back the gifts.",
  "ch db S")
t("Interpreter: He says that the boss picked him up from Calais and promised work in a bakery. He says instead they put him in a house in Wolverhampton to pack cannabis into bags, from when he woke to when he slept, the boss took his phone and said police in England will put him in prison for the drugs.",
  "de eo is fa it C")
t("Hotel night porter, 62, British: works nights Thursday to Monday by choice because he likes quiet, says the manager would give him days if he asked. Signed opt-out from 48-hour week voluntarily.",
  "")
t("Report via Modern Slavery Helpline: worker on a scallop boat out of Newlyn says crew are kept at sea for three weeks, work shifts of 20 hours, sleep 2-3 hours in a bunk shared in turns, and the skipper keeps their seaman's books.",
  "eo rd ac L")
t("Probation note: offender VASILE (MSA s1 conviction) denies controlling his workers, says they 'only worked long because they wanted money'. Victim statements in the case file describe 6am-midnight shifts, keys taken, and being slapped when they asked for pay.",
  "eo rm pv ww L")
t("Elderly man with dementia, British, found by neighbours to be living in a caravan on a traveller site, working on tarmac gangs from 6am to dark, clothes ragged, thin. Told neighbours 'they're my family now'. Was reported missing from Bristol in 2019.",
  "av eo ac plc pa L")
t("Message to charity Facebook page: hello please my friend in house in Manchester she clean and look children for family all day all night they say she cant go out alone, they have her passport, she eat what is left, please help how",
  "eo rm rd ac D")
t("Debrief: 'I came from Nigeria with a woman who said she was my aunty. She said I would go to school. In London I did everything in the house for her and her husband and their four children. I was 12. I got up before everyone and slept last, on the floor by the washing machine. I never went to school.'",
  "ch de eo ac sw D")
t("Cuckooing: Flat 9, Marlow House, occupied by vulnerable male KEMP (heroin user). Intel that a line from Liverpool has taken over the flat, KEMP kept in the bedroom while young runners deal from the lounge around the clock. 2/B/P",
  "av rm C")
t("Taxi driver, 40, Uber and Bolt, says he often does 70 hours a week to cover the car finance. Nobody makes him, 'it's the gig economy innit'. Raised at GP appointment about stress.",
  "")
t("Press: A married couple who kept a Tanzanian woman as a domestic slave for 24 years, making her work from 6am to 11pm and paying her nothing, were found guilty yesterday. The court heard she slept in a cupboard under the stairs.",
  "eo ww ac sw plc D")
t("Bulgarian man at the Jobcentre says his agency told him to work 7 days a week at the warehouse or lose his bed in their house. He has worked 23 days straight. Agency takes his wages into an account he can't access and gives him £50 cash.",
  "eo it ww ncw L")
t("Intel 3/C/P: unconfirmed report that girls at 41 Albert Rd are 'worked like dogs'. Officers attended, two female students living there, both studying at the college, no concerns. Intel assessed as malicious, linked to ongoing neighbour feud.",
  "")
t("Victim (Vietnamese, 24) says the nail bar owner told her she would earn £1,500 a month. In reality she got nothing for the first six months because 'training', worked 9am-9pm, 7 days, and was told not to talk to customers. She didn't know the town she was in.",
  "de ww eo is L")
t("Romanian woman, 41, contacted Hope for Justice: she was recruited in her village to pick vegetables in Lincolnshire for £80 a day. In the UK the gangmaster took her identity card, put 12 people in a two-bed house, charged £60 a week rent, £5 a day for the minibus and £25 for boots and gloves.",
  "de rd oa ac ct ppe L")
t("Referral from GP: patient, 29, Indian, works as live-in cook for a family in Leicester. Presents with exhaustion and wrist pain. Says she works 'from dawn until after midnight', has no room of her own and sleeps on a mattress in the kitchen. Employer attended with her and answered questions for her.",
  "eo ac sw plc sfw pa D")
t("Licensing inspection: Unit 12 Fresh Pack Ltd operating as a labour provider without a GLAA licence. Workers supplied have contracts, payslips and normal hours. Referred for licensing enforcement only.",
  "")
t("I was promised modelling work in Milan. Instead they drove me to a flat in Glasgow and said now you work with men. They took my passport and phone. I was there 5 weeks, I did not see outside.",
  "de rd is rm S")
t("my brother went to england to work in a factory, the man said he will pay the bus and find him room, now the man says he owes 2000 pounds and each week it is more for the room, my brother works all days and cant pay it ever, what to do",
  "db eo L")
t("Threat log: caller states her cousin works in a restaurant in Leeds; the owner told the cousin that if she speaks to police 'your mother in Lagos will have problems, we know where she sells in the market'.",
  "it L")
t("Caseworker note: client (Eritrean, 19) disclosed that during 7 months in a Libyan warehouse he was forced to work on farms and beaten. In the UK he has not been exploited; lives in asylum accommodation, attends college. Overseas exploitation only, NRM referral for the Libyan events.",
  "pv L")
t("Officers at address re welfare: lone Slovak male, 63, living in the shed at the back of a builders' yard. Says he works for the yard owner, 'every day, no Sunday, 14 hours', is paid in 'cigarettes and food', and his ID card is 'in the office'. Does not know what town he is in.",
  "eo ac plc sw ww rd is L")
t("Family of 7 on asylum support in a 3-bed flat provided by Home Office contractor. Mould and overcrowding complaint to housing. No work, no third party control.",
  "")
t("Good practice visit to Northern Leaf farm: workers sign hours sheets daily, no deductions except agreed rent at below-market rate, own passports, free minibus. Long days in peak (up to 10h) but max 6 days.",
  "")
t("A Chinese male aged 16 detained by Border Force at Coquelles hidden in a lorry. Had a piece of paper with a UK phone number and said he must call it to be taken to 'work in a restaurant to pay back the snakehead'.",
  "ch db C L")
t("Witness statement: I saw the older man slap one of the young women in the face outside the takeaway at the end of the night. She had been working since lunch. He then pushed her into the back of a van with the others.",
  "pv et L")
t("Interview: He says he was told he would work in a hotel in London with a salary of £2000. He says instead he was taken to a farm where he works in the fields 'from the sun up to the sun down', every day, sleeping in a caravan with 6 men. The boss says the salary is 'saved for him' but he has never seen it.",
  "de eo oa ac ww L")
t("Call 999 (02:14): male caller whispering, says he and two others are locked in the basement of a restaurant in Ilford, they have been working all day and the boss locks the door at night. Line dropped. Units dispatched.",
  "! rm eo L")
t("Social media post: Just finished my 6th 12-hour shift in a row at the hospital, exhausted but proud. Covid wave again. Three days off now and straight to bed!!",
  "")
t("Intelligence: nominal ABDULLAHI, Hassan, 'controller' of Somali boys used to shoplift to order in Birmingham city centre. Boys aged 14-16 said to be sent out from 9am until shops shut, all goods handed to ABDULLAHI, boys threatened with being 'sent back to the street' if they complain. 2/B/P",
  "ch eo it ww C")
t("Woman (Thai, 38) working in a 'sauna' in Croydon told outreach she is free to come and go, keeps her own earnings after paying rent to the owner, and chose this work. Outreach recorded no trafficking indicators.",
  "S")
t("Debrief (translated): The boss keep all the papers in the safe in the office, passport, bank card, everything. He say it is safer there. When I ask for it to go to the hospital he say no, he go with me.",
  "rd rm et L")
t("Teen, 17, Albanian, says the men who brought him to UK said he owes £15,000. He sleeps in a house with a cannabis grow in Swindon and is not allowed a phone. Says they told him his younger sister in Albania 'will pay' if he runs.",
  "ch db is it sw C")
t("Bus driver reports: a group of about 10 foreign men board at 5:10am at the same stop every day with a man who pays all their fares from a wad of cash and then takes notes. They get off at the industrial estate. Never seen them speak.",
  "ce et")
t("Car wash lads working in the dark again at 11pm. Every night.", "eo L")
t("Farm manager worked 80 hours lambing week, his own farm, his own choice.", "")
t("She is on call for the old lady day and night, sleeps on a chair beside her bed, has not had a night off in two years, the son pays her £100 a month.",
  "eo ac sw ww D")
t("Chef, head of his own restaurant, regularly does 14 hour days and says he wouldn't have it any other way.", "")
t("Nom TRAN works 16 hr days in grow, locked in, food passed through hatch. 2/A/P", "! eo rm ac C")
t("Seen a man shouting at Indian workers on scaffolding at 9pm saying no one goes home till it's done.", "eo it L")
t("Girl 15 staying at 'boyfriend's' flat, 24, he sells her to his friends.", "ch S")
t("Man sleeps under the counter of the phone repair shop he works at, never leaves.", "sw ac L")
t("Agency overtime offered on a voluntary basis at time and a half, sign up sheet in canteen.", "")
t("Says she can go out whenever she likes and keeps her own passport.", "")
t("Woman paid £20 a week pocket money for cleaning a hotel 6 days a week, 12h a day.", "ww eo L")
t("They said I will work in a shop. It was a brothel.", "de S")
t("Intel: phones of workers at the packhouse collected at the start of shift and not returned until they get back to the house. 3/C/P", "is L")
t("Debrief, male, Sudanese, 27, translated: 'In Calais the man said England is good, you will work in a kitchen, good money. I come in a lorry. The man in Coventry says you have debt now, 4,000. I wash dishes in a big restaurant from 11 in the morning to 2 in the night. After work the car takes me to a house with 9 men, 2 rooms. Every Friday the boss shows me a paper, he writes the money for the house, the food, the car, the phone and the debt is the same or more. He says if I go, the men in Calais will find my brother.'",
  "de db eo ce oa ac it L")
t("Report by hospital social worker: elderly Jamaican-born patient says his nephew takes his pension card and gives him £10 a week, he lives in the back room. No work involved.",
  "ncw")
t("Private household, Mayfair. Indonesian domestic worker on Overseas Domestic Worker visa. Kalayaan intake: works 18 hours, no day off, sleeps on the floor of the children's room, employer took her passport at Heathrow, she is not allowed to leave the flat alone, and the employer's wife pinches and slaps her.",
  "eo ac sw plc rd rm pv D")
t("Officers visited Shine Nails following public report. Two staff present, both Vietnamese with UK status, working 10-6 with a break, paid via payroll. Manager shows rota with 2 days off. Report NFA.", "")
t("Young woman (Romanian, 20) tells police her boyfriend took her to UK and now makes her 'work' in flats found through Adultwork. She has to see men from noon until 4am and hand him all the money. He hits her if she is slow to reply to clients.",
  "eo ww pv S")
t("Pakistani man, 35, tells Citizens Advice his employer (a relative who sponsored his visa to work in a corner shop) makes him work 7am-11pm 7 days, pays him £300 a month although the CoS said £24k, and says that if he leaves he'll 'report him and he'll be deported'.",
  "eo ww de it av L")
t("Report from the Salvation Army: a man reported as a victim of forced labour on a building site. After interview it was found that he was employed legally, his long hours were paid overtime he asked for, and the 'threat' was his foreman telling him to wear a hard hat. NRM negative reasonable grounds decision.",
  "")
t("Tip via Crimestoppers: house in Oldham where 'about 15 lads live', all go to work in a van at 5am, come back 10pm. Landlord takes their bank cards. Neighbour has seen a lad with a black eye.",
  "oa ac ce ncw pa L")
t("Intel 1/A/C (source protection: do not disclose to partner agencies): MUSTAFA, Ali uses two young Kurdish men in his barber shop, they cut hair 9am to 10pm daily and sleep in the back room. He holds their Home Office papers and tells them they will be deported if they speak to anyone.",
  "eo sw ac rd it fa av L")
t("The woman who cleans for my parents is from Poland, she comes 3 mornings a week, has her own flat and car, we pay her by bank transfer, she's been with us 8 years.",
  "")
t("Safeguarding note, midwife: Pregnant woman, 19, Bangladeshi, married 6 months. Mother-in-law accompanies to every appointment, speaks for her. Woman disclosed she does all cooking and cleaning for 11 family members from 5am to midnight, is not allowed to leave the house or have a phone, and was hit by her husband when she was too tired.",
  "eo rm is pv sfw D")
t("County lines intel: 16-year-old 'Tyler' running for the 'Bando' line, kept at a trap house in Exeter for 10 days, phone on 24 hours, told to sleep on the sofa between deals. Made to 'plug' drugs. Debt of £800 after being robbed, which he must work off.",
  "ch eo rm db sw ac C")
t("Financial intelligence: account held by Slovak national KOVAC receives wages from 14 different employees of a meat processor via an agency. Funds withdrawn at 3 ATMs same night. Workers interviewed say KOVAC 'looks after' their cards and gives them £40 each Saturday.",
  "mbc ncw ww L")
t("Money mule: 17-year-old student sold her bank details for £300 via Instagram, account then used to move £19,000. She was not threatened or coerced and kept the £300. Referred for fraud advice.",
  "")
t("Young man (Romanian, 18) says a 'friend' of his father opened three bank accounts in his name in London, took the cards and PINs and his ID, and now thousands go through the accounts. He is kept in a room in Ilford and told if he goes to police he will go to prison for fraud.",
  "rd ncw mbc rm it fa C")
t("Sham marriage intel: Portuguese woman, 22, with learning difficulties, brought to Scotland by CASTRO and made to marry a Pakistani man for his visa. CASTRO took the £5,000 paid. She is now kept in the man's house, does the housework and is not allowed out.",
  "av ww rm C D")
t("Forced marriage unit: 17-year-old British girl taken to Pakistan 'for a holiday', passport taken by her uncle, told she will marry her cousin and not return until she does.",
  "ch rd rm")
t("Anon: a group of Roma kids, maybe 10 or 11 yrs old, sent by adults to beg at the traffic lights on Hagley Rd from morning to night, the adults sit in a car and take the money off them every hour",
  "ch eo ww C")
t("Begging: male (Romanian, 50s) with amputated leg placed each morning at 0700 outside Tesco Metro and collected at 2100 by a male in a silver Passat. Takings collected by the driver at intervals. 2/B/P",
  "av eo ce ww C")
t("Organ intel 3/C/C (condition: not for disclosure to Home Office): reports that a UK-based broker recruits vulnerable Syrian refugees in Lebanon and pays them $3,000 for a kidney that is sold to UK patients travelling abroad for $60,000.",
  "av O")
t("Renal unit safeguarding: patient returned from a private clinic in Pakistan with a new kidney, paid £40,000; no information on donor. Concerns that donor may have been trafficked. Reported to HTA and police.",
  "O")
t("Victim (Albanian, 21) says she was told by her husband they would move to the UK for a better life; in Birmingham he advertised her online and she had to see clients in a flat every day and night, he kept her ID and all money, and he said he would kill her family if she left.",
  "de eo rd ww it S")
t("Nail technician, own business, works 9 till 9 six days a week in December to cope with Christmas bookings and takes January off. Not a concern.", "")
t("ICU consultant notes she worked 96 hours last week during the surge, all rostered and paid, with compensatory rest after.", "")
t("Seasonal vet during lambing: 'it's 16-hour days for four weeks and then I go surfing for a month.' Chosen, paid.", "")
t("Summer camp counsellor, 20, American, J1 visa, complains the hours are long (8am-10pm) but she signed up for it, is paid as agreed and leaves at end of August.", "")
t("Officer notes: fisherman, Ghanaian, on transit visa working on a Scottish prawn trawler. Reports 20-hour days, sleeping on deck, not allowed off the boat at port, his passport kept by the skipper and told he owes £2,500 for the visa and flight. Paid nothing for 5 months.",
  "eo ac plc rm rd db ww L")
t("FB post: does anyone know about the house on Cedar Grove, a lady there says the men who live there work for her son on the roofs and she 'gives them pocket money' they look very rough and thin, in winter they wear no coats",
  "ww pa L")
t("Waste recycling site, Walsall. GLAA joint visit. 11 workers present sorting waste by hand with no gloves, told to buy masks and gloves from the supervisor at £10 each. Workers say shifts are 6am to 8pm with a 10-minute break. Accommodation in a warehouse mezzanine with mattresses on the floor.",
  "ppe eo ac sw plc L")
t("Childminder registered with Ofsted, works 7am to 7pm Monday to Friday, her own business. Complaint from neighbour about parked cars only.", "")
t("Housekeeper (Ethiopian) in a diplomatic household: she says that she never sleeps more than four hours because the family entertains late and she must serve and clean after; she has had no day off in 11 months; the ambassador's wife holds her passport; her salary goes to an account in Addis that she can't access.",
  "eo rd ww ncw D")
t("Cannabis factory raid, Hull, 06:00. One Vietnamese male (claims 20, appears 16) found hiding in the roof space, emaciated, cuts to hands. Says he has been tending plants 'since cold time', never allowed out, a man brings rice once a week. Age assessment requested.",
  "ch rm ac pa C")
t("hiya just wanna report summat, the lass in the nail place by asda told me she's not aloud a phone and doesnt no the name of the town shes in, she said the boss moves them round every few weeks. she was shaking",
  "is L")
t("THE CARWASH ON MILL LANE WORKS THEM LADS LIKE SLAVES 7 TIL 10 NO DINNER NO NOTHING SEEN THE BOSS KICK ONE OF THEM YESTERDAY DISGUSTING",
  "eo pv L")
t("INT: 2/B/P. HOXHA, Besnik (DOB 02/02/1988). Controls a number of Albanian females working in brothels across Nottingham. INT suggests females moved between addresses every 7-10 days, transported by HOXHA's associates, not permitted to keep earnings.",
  "ww et S")
t("Handover 0700: IP (female, Chinese, approx 40) found at pop-up flat 3B, Denmark Rd. States she 'works for a lady' who arranges clients, she works 'all hours, when phone rings', lady keeps half. IP has own passport. Declined NRM. Signposted to Changing Lives. Monitor.",
  "eo S")
t("Victim debrief, male, Polish, 44, with interpreter. He says: they met him at Victoria coach station, said job in a warehouse at £9 an hour. They took his ID 'for registration', opened a bank account for him and kept the card. He worked in the warehouse 12 hours a night then cleaned the gang leader's houses in the day. He was given £10 a week. He slept in a garage with 5 others.",
  "de rd ncw ww eo ac oa plc L")
t("Staff at a car wash in Luton confirm to officers they are employed by a limited company, hours 8-6, paid weekly by bank transfer. One says he works extra Sundays 'for the money', which the manager confirms is optional. All hold own documents.",
  "")
t("Allotment dispute: one plot holder alleges another has been stealing his courgettes. Not a police matter.", "")
t("Caller concerned about neighbour's 'maid' who she sees hanging washing at 6am and still cleaning windows at 10pm every day. Neighbour says the woman is her mother-in-law who lives with them and 'likes to keep busy'. Officers spoke to the older woman alone via Urdu-speaking officer: she is content, has her own room and pension, goes to the mosque daily.",
  "")
t("Intel: Indian nationals working at a textile factory in Leicester paid £3-4/hr, working 12 hrs a day 6 days a week; factory owner controls their visas. 2/C/P",
  "eo av L")
t("I been in a hotel kitchen in Bournemouth, 3 years. Manager he say you stay, more work, more work, I work 90 hour, no overtime money, no holiday, he say you are illegal, you go to police they send you back Albania.",
  "eo it fa av L")
t("Girl, 13, disclosed to teacher that her mum's boyfriend makes her do all the cleaning and look after her 3 brothers every night till late and she is not allowed to go to friends' houses. Social care strategy meeting arranged.",
  "ch rm eo D")
t("A&E triage note: male, 30s, Eastern European, hand laceration from a knife at a meat factory. States worked '19 hours without stop'. Refused to give address, said 'the boss will be angry I came'. Collected from A&E by another man who had his documents.",
  "eo rd fa et L")
t("Agency worker at Amazon-type warehouse says she wants more hours, not fewer. Currently on 40, would like 50 at peak. No concerns.", "")
t("Police log 22:15. Officers attended a Chinese restaurant re an assault. Staff member (Wei) had been punched by a customer. Wei works there 5 evenings a week and is a student. Suspect arrested.", "")
t("Report, council Trading Standards: company selling 'UK job packages' to Nigerians for £3,000 upfront with guaranteed care jobs. Several paid, no jobs exist. Fraud referral.",
  "de uf")
t("Debrief (first person): In the house there were 14 of us from Slovakia. The boss gave the room to 4 people, bunk beds. We start in the chicken factory at 6, then he drives us to clean offices until 11 at night. Every day. When Marian was sick the boss still made him go and said if he stays home, he pays £50.",
  "oa ac eo et ww L")
t("Intel: female known as 'Jasmine' advertised on Vivastreet for 24/7 outcalls. Phone traced to a flat controlled by OLARU. Female seen entering vehicles at all hours. 3/C/P", "eo S")
t("Elderly woman wanders into a police station saying her carers 'take her money'. Enquiries: she lives in sheltered housing, her daughter manages finances under LPA, bank statements show nothing untoward. Adult social care informed for dementia support.", "")
t("Witness: 'The Filipino lady next door walks the dogs at 5am and I hear her hoovering at midnight. I've never seen her go out alone. The family once told me she was 'part of the family' but she eats in the kitchen after them.'",
  "eo rm D")
t("Intel: construction firm in Bristol using Brazilian workers on tourist visas; they work 6am-9pm and the boss holds back 2 weeks' wages 'so they don't run'. 2/B/P", "eo ww L")
t("Victim, Eritrean, 16, tells social worker the man who arranged his journey says he owes £5,000, makes him deliver food on a bike registered in someone else's name from 10am to 2am and takes all the money from the app.",
  "ch db eo ww L")
t("Hello I'm a Romanian student doing a summer job on a farm. We do 10 hours some days when picking is heavy but we are paid for every hour, have weekends and the farmer is kind. My mum worried I was being trafficked lol, I'm not!", "")
t("Police intel log. Subject: GHEORGHE, Dorin. INT suggests GHEORGHE houses approx 20 Romanian males at 3 addresses in Corby and supplies them to a distribution centre via an agency. Males allegedly work consecutive double shifts, are not told their wages and are given phones with only GHEORGHE's number. 2/C/P",
  "eo ncw is L")
t("Case note (Unseen): client, 31, Vietnamese, says she was kept in a flat above a nail bar in Wigan for 18 months. Worked 9-8 in the shop, then cleaned the owner's house. Never given keys. Owner's wife counted her food. Told that her family in Nghe An owed them and if she left the family would lose their house.",
  "eo rm db it ac L D")
t("Nurse on night shifts says she'd rather do 3 long nights than 5 short days, agreed rota with her manager. Fine.", "")
t("Report: man in his 70s, a skilled mechanic, works in his own garage from 6 in the morning to 9 at night most days because he 'can't stand being retired'.", "")
t("Farmer's son, 16, helps on the family farm every weekend and in the holidays, says he does long days at silage time and is paid by his dad. School no concern.", "")
t("Seafarer welfare: Indian crew on a bulk carrier docked at Immingham say contracts have been extended without their agreement beyond 14 months, they work 12-hour watches plus extra maintenance, wages 3 months in arrears. Captain says money will come 'when owner pays'. ITF inspector attending.",
  "eo ww L")
t("Stable lad at a racing yard: 5am starts, finishes around 1pm then evening stables 4-6, six days. Standard for the industry, paid and agreed, lives in yard hostel he chose. No concerns.", "")
t("Intel: Polish women employed through an agency at a chilled food factory in Spalding. Supervisor allegedly tells workers who refuse extra shifts that they will be 'moved to the worst line'. Workers otherwise paid properly and free to leave. 3/C/P",
  "")
t("Caller states his Lithuanian housemate works 'crazy hours' at a warehouse, 60-70 a week, but he says the guy picks the shifts himself to save money for a house back home, gets paid into his own account, and has just bought a car.", "")
t("Report from a member of public at a service station on the M6: a minibus with about 15 young men, all asleep, driver told her they had come off a night shift in Birmingham and were going to a farm shift in Herefordshire. 'They haven't been to bed for two days,' he said, laughing.",
  "eo ce L")
t("I am from Vietnam. I came in the back of the lorry. The man said I work in the nail shop to pay the journey, 28,000 pounds. I work every day from 9 in the morning to 10 night. I sleep in the shop on the massage bed. I have no money, the man take it for the debt. I never go anywhere.",
  "db eo sw ac ww rm L")
t("Intel: DOUGLAS, Kieran uses a 14-year-old girl to hold and transport drugs in her underwear on trains to Blackpool. She has been seen with bruises. He has told her he'll 'batter her mum' if she stops. 2/B/P",
  "ch pv pa it C")
t("Officer's note: spoke to the three Bangladeshi workers at the curry house privately. All said they work 5 days, 5pm-midnight, paid monthly into own accounts. One pointed out his long hours in Ramadan are his own wish to earn more before Eid. No concerns.", "")
t("Report: man with learning disability, 40, 'befriended' by a family who moved him into their home. He cleans, does their gardening and walks their dogs all day; they take his benefits and he has his meals alone in the conservatory. Sister says he has lost weight and she is not allowed to see him.",
  "av ncw eo is pa D")
t("Immediate: female, 17, rang 999 from a locked bathroom at a flat in Sheffield, says two men brought her there to 'meet friends', took her phone, and she has been made to have sex with several men since last night. Says they are outside the door.",
  "ch ! rm is pv S")
t("Teenager's mum calls 101: her son, 15, keeps disappearing for days and came home with £600 and two phones. Refuses to say where. Found a train ticket to Norwich. She fears he's being used to sell drugs.",
  "ch C")
t("Interview record: Q: Who has your passport? A: Me, it's in my bag. Q: Can you leave the job? A: Yes, I gave my notice last week. Q: Does anyone take your money? A: No. Assessed: no indicators.", "")
t("Debrief through interpreter (Amharic): She says that in the house in Luton she was cleaning from early morning, caring for the grandmother in the night, she was allowed to sleep only when the grandmother slept. She says that the lady said she must not speak to the neighbours and locked the front door when she went out. She says the lady shouted 'you are nothing' and pulled her hair.",
  "eo is rm pv D")
t("Local news: A Leeds takeaway owner was fined for employing two workers without the right to work. The court heard the men worked normal hours, were paid the minimum wage and lived in their own accommodation. No trafficking charges were brought.", "")
t("Referral from housing officer: flat in tower block occupied by vulnerable woman (alcohol dependent) and, since September, by 3 men from London who deal drugs from it 24/7. She says she 'can't get them out' and they gave her a black eye when she asked them to leave.",
  "av pv C")
t("Intel 2/C/P: Indian nationals recruited via WhatsApp for 'care jobs' with a fee of £15,000 paid to an agent in Gujarat. On arrival there was no job; some now working in a Leicester garment unit for cash to repay family loans.",
  "de uf L")
t("Bank's financial crime unit: personal account of 19-year-old Nigerian student receives and forwards £47k in 6 weeks. Customer says a 'friend' holds his card. Possible mule recruitment; no info on coercion.",
  "ncw")
t("Mother (British) reports her daughter, 22, is being forced to work for her boyfriend's cleaning business 14 hours a day with no pay, he takes her wages from the clients, and has hit her; she's no longer allowed to see her family.",
  "eo ww pv is L")
t("Burglary at a nail salon overnight, till and two laptops taken. Owner and staff all accounted for. CCTV requested.", "")
t("Shoplifting: 34-year-old local man with drug habit stole meat from Co-op to sell. Acting alone. Charged.", "")
t("Visa overstayer, Brazilian, 28, arrested at home address. Works as a self-employed cleaner, has her own clients and bank account. No third party. Passed to Immigration Enforcement.", "")
t("Woman reports ex-partner sending abusive texts. Harassment crime recorded. No children, no financial control.", "")
t("Hand car wash, Dudley Rd: manager says staff work 8 hrs in winter and 10 in summer, with a day off each week; payslips and HMRC records checked by GLAA, all correct. Staff rent rooms privately.", "")
t("Owner of an Indian restaurant tells the licensing officer that in December all staff volunteered to do double shifts for the Christmas bookings and were paid double time. Staff confirm.", "")
t("Call to 101: a man in a hi-vis vest has been knocking doors offering to tarmac driveways. Possible rogue trader. Advice given.", "")
t("Student nurse says her placement with 12-hour shifts plus her part-time job is tiring. Tutor suggests reducing the job hours.", "")
t("Landlord complaint: tenants sub-letting rooms to 'students' at a 2-bed flat, 6 people there. Tenants are friends from university paying their own way. Council HMO licensing issue.", "")
t("School attendance: pupil, 12, often late because she helps her mum open the family café at 7am. Mum says she'll stop it. Not employment; EWO monitoring.", "")
t("The boss asked us to work Saturday for the big order and everyone said yes because he pays 1.5. The ones who said no had no problem. Nice boss actually.", "")
t("Probation: client working 50-60 hrs per week on a building site since release, says it keeps him out of trouble and he's saving for a deposit. Pays into his own account. Positive.", "")
t("A&E: man, 45, fell from ladder at home, fractured ankle. Works as a self-employed painter. No concerns.", "")
t("Complaint from a Polish man: his agency has not paid his holiday pay. He still works there, is paid weekly into his own account, and says he may leave for a better agency. Referred to the Employment Agency Standards inspectorate.", "")
t("Friend worried that a Romanian woman she met at church 'must be trafficked' because she works 2 jobs. Woman spoken to: she cleans in the mornings and works at a bakery in the evenings, lives with her husband, has all her papers, and says she wants to buy a house.", "")
t("Bail hostel note: resident says he's 'working like a slave' at the car factory because of overtime. Shifts are 10 hours on a 4-on 4-off pattern, union agreed and paid. Figure of speech.", "")
t("A woman lost her passport on the train to Edinburgh. British Transport Police recorded it as lost property.", "")
t("Kidney donor, 39, donating to her sister at Manchester Royal Infirmary; independent assessor confirmed no payment or pressure. HTA approval.", "")
t("Seasonal worker visa holder from Kyrgyzstan says the farm has plenty of work, up to 50 hours when harvest peaks, hours logged on an app and paid weekly. He has his passport. He wanted to know if he can switch farms (he can).", "")
t("Traveller family's horses got loose on the dual carriageway. Owners attended and recovered them.", "")
t("Midwife note: woman, 26, Somali, lives with husband and in-laws; husband attends, she speaks good English, seen alone, says she is happy and free to go out, has her own bank account. Routine care.", "")
t("Paramedic called to a warehouse worker who collapsed with heat exhaustion on a hot day. Employer had fans and water, worker had skipped lunch. Recovered.", "")
t("Caller says the neighbour's au pair looks sad. Enquiries: au pair works 25 hours, has evenings free, goes to English class and is homesick. No exploitation.", "")
t("Public report: someone is using my identity to claim benefits, I've had letters to my address in someone else's name. Passed to DWP fraud.", "")
t("GLAA licence check on AgriStaff Ltd: minor record-keeping breach (two workers' right-to-work checks not on file). Workers spoken to, paid correctly, no other concerns. Advisory letter.", "")
t("Man asks if it's legal for his employer to require a 6-day week in the lead up to Christmas. Employer pays overtime, contract allows it. Advised yes within working time rules.", "")
t("Care worker from Nigeria was charged a £2,500 recruitment fee by an agent in Lagos before coming. Now in a good job in Devon, paid properly, own housing. Reported the agent to the embassy.",
  "uf")
t("Debrief (first person): I was 'live-in carer' for the old man in Surrey. Agency said 40 hours. The son said: you live here, so you work when Dad needs you. Dad needs me every hour, day and night, he shouts, I get up. Two years, no holiday, no weekend, 3 hours sleep. They pay £400 a month 'because food and room are free'.",
  "de eo ww D")
t("Intel: Workers at a Chinese buffet in Hastings on rota '7 on, 0 off', 11am-midnight. Sleeping in the function room upstairs. Owner collects wages back in cash after paying into their accounts. 2/B/P",
  "eo sw ac ww L")
t("Interviewee says if anyone sits down during the shift at the cockle beds the gang master docks a day's pay and makes them work till the tide comes in.",
  "ww eo ac L")
t("Farm worker, Tajik, 23, tells GLAA that the supervisor shouted at him and cut his hours when he asked for a day off after working 19 days straight. Later he was 'punished' with the night shift on the cleaning crew.",
  "eo it L")
t("Victim statement: 'There was no such thing as finishing. You finished one job, they gave you another. The rota on the wall had my name on every day, every line. When I fell asleep standing up they threw water on me.'",
  "eo pv L")
t("Overheard: 'She's on call 24/7, she sleeps next to the baby's cot, if the baby wakes at 3 and she's not up in seconds madam docks her pay'. Said about a Sri Lankan nanny in Hampstead.",
  "eo sw ww D")
t("Crimestoppers: massage shop on Station Approach open 10am to 2am 7 days, same 3 women every time, they live inside, a man brings them takeaway, blinds always down.",
  "eo sw S")
t("GLAA: Slovak workers at a potato packhouse, 'we start at 5 in morning and finish when the lorries are full, many times after midnight'. Told if they leave early there is no work for them next week. Transport provided by the gangmaster at £8 per day, taken from wages.",
  "eo it ct ce L")
t("Police intelligence 1/B/P: GASHI, Arben known to take passports of Albanian nationals arriving by small boat 'to arrange lawyers' and then not return them; those individuals later found working in car washes owned by his cousin.",
  "rd L")
t("The man said keep my passport in his car 'so it doesn't get lost' and then I never saw it again, and every time I asked he said next week.",
  "rd")
t("He is not locked in but the boss's brother sits outside the shop all day and walks him back to the house every night.",
  "rm et L")
t("INT suggests male nom PETROV instructs females working from 14 Lime St that they may not leave the address without a 'driver'. Females have been seen only in the company of PETROV's associates. 3/C/P",
  "rm et S")
t("Debrief: they took our phones the first night. There was one phone for everyone, the boss's phone, and you could call home for 2 minutes on Sunday with him listening.",
  "is L")
t("They moved me every week — Leeds, Hull, Bradford, I didn't know where I was. No phone, no English, no friends. Just the flat and the men.",
  "is S")
t("Organ intel: NRM referral for a Bangladeshi male, 30, who says an agent in Dhaka promised him a job in a UK restaurant but took him to India where doctors removed a kidney; he was paid a fraction of what was promised and then brought to the UK to work off the rest of the 'travel cost'.",
  "de db O L")
t("Text from a user on a kidney forum: 'Selling one kidney, healthy, O+, London, serious offers only.' Reported to platform and HTA.",
  "")
t("Man from Moldova says he was told in Chisinau that he would be driven to the UK for a building job; instead the group went to a clinic in Turkey where the men were 'tested' and two of them had operations. He escaped before his turn and reached the UK in a lorry.",
  "de O")
t("Witness: 'I saw the gaffer drag one of the lads by his collar into the van and punch him because he'd stopped for a smoke. They'd been on the site since before it was light.'",
  "pv eo L")
t("Referral from college: 17-year-old Kurdish student misses classes because he works nights at a car wash owned by the man who brought him, says he owes the man £7,000 and the man 'knows my father's house'.",
  "ch db it eo L")
t("Intel log 2/B/P: female known as 'Mimi', approx 15, advertised on escort site as 19. Trafficked between hotel rooms in Manchester by POI JONES, Ryan. Hotel staff report multiple men visiting through the night.",
  "ch S")
t("Hotel receptionist reports: girl who looks 14 checked in with a man in his 40s, he paid cash, different men have gone up to the room tonight. She's in room 214 now.",
  "ch ! S")
t("Victim (female, 24, Hungarian) says the boyfriend who brought her to England said the flat costs £2,000 per month and she must earn it with clients, then added costs for clothes, condoms and advertising. 'The sum never went down, only up.'",
  "db S")
t("Caseworker: client worked as cleaner for a hotel chain through a subcontractor. Says she was paid less than she expected and the hours were long, but she could refuse shifts, had her documents and bank card and left when she found a better job. Not an NRM case.", "")
t("Joint visit, HMRC/GLAA/police, Premier Hand Car Valet, Wakefield, 11:30.\n\nSix males present. Four (Kurdish Iraqi) produced ID, payslips and tenancy agreements; they work 9-6, five days, and were relaxed speaking to officers. No concerns for these four.\n\nThe remaining two (Albanian, approx 19 and 20) had no ID on them and said the 'boss' holds it. Both said they work 'all day every day, Sunday also' and sleep in the back office on foam mats. They were nervous, kept looking at the site manager, who tried to answer for them. They said they have 'a debt for the travel' and receive '£100 when the boss decides'.\n\nBoth accepted NRM referral. Site manager arrested on suspicion of MSA s1.",
  "rd eo sw ac plc sfw fa db ww L")
t("Monthly safeguarding summary, St Mary's Primary. 1) Two pupils with head lice, parents informed. 2) Year 4 pupil with unexplained bruise, explanation consistent (fall at football). 3) Parent concerned about a 'nanny' who collects a Year 2 child: staff spoke to the nanny, who says she works 8-6 for the family, has weekends off and her own flat. No concerns.", "")
t("A Sudanese man, 30, tells the refugee council he works for a 'friend' fixing phones in a market stall in Manchester. The friend has his asylum papers 'to help with the lawyer', pays him £15 a day for 13-hour days and says if he complains the Home Office will be told he is working illegally.",
  "rd ww eo it fa av L")
t("Female, 23, Brazilian, rang helpline from a pop-up in Reading: 'they bring me here yesterday, the man has my passport, I must do 20 clients today, I cannot go out, please'. Location traced, officers en route.",
  "! rd rm eo S")
t("Intel: vehicles registered to a labour provider seen collecting around 30 people from a house in Boston at 3.45am. Some carry their own work boots, others are handed hi-vis at the van and told it will cost them £15 from wages. 3/C/P",
  "ce ppe L")
t("Online report: my cousin in Romania paid 500 euro to a guy to get her a job in a UK salad factory. She got here, he took her ID card, she sleeps 8 to a room and works 15 hours a day, when she asked to go home he said first she pays 2000 more.",
  "uf rd oa ac eo db L")
t("Hotel worker (Filipina) on a skilled worker visa: the hotel makes her work 6 days of 12 hours although her contract says 39 hours per week, and the manager says her CoS will be withdrawn if she refuses. Her pay does not include the extra hours.",
  "eo de it av ww L")
t("Staff nurse rota concern raised through Freedom to Speak Up: staff being asked to stay late after 12-hour shifts because of short staffing. Trust has reviewed staffing, overtime now paid and staff can decline. Resolved.", "")
t("OIC note re Op LANTERN: IP1 (Ionela) - forced to work in two brothels, 12-hour 'shifts' back to back, assaulted by ZAMFIR when she refused a client. IP2 (Daniela) - no indicators, voluntary sex worker, has own flat. IP3 (Bianca) - left before operation, whereabouts unknown.",
  "eo pv S")
t("Gambling-addicted man, 52, owes money to a loan shark who now makes him drive cannabis between grows at night and says the debt grows £200 a week 'interest'.",
  "av db C")
t("Modern slavery helpline: a woman says her husband's family brought her from India after the marriage. She cooks for 9 people, cleans, cares for the father-in-law at night; she is not allowed to go out without the mother-in-law and her passport is in the father-in-law's cupboard. Husband says she is 'lucky to be in England'.",
  "eo rm rd D")
t("Delivery rider (Brazilian) renting an account from another man: pays him £120 a week for the account. Chose this arrangement, works when he wants, keeps the rest. Illegal working matter only.", "")
t("Safeguarding alert from a taxi company: driver took a girl about 15 from a hotel in Bradford to an address in Keighley at 3am, paid by an older man who sat with her and told her 'you've got one more tonight'.",
  "ch S")
t("Border Force note, Stansted: female, 20, Lithuanian, arriving with a man who holds her passport and return ticket and says she will 'work in my friend's hotel'. She does not know the hotel's name or town and has £5. Separated and spoken to: she says she was told she'd earn £3,000 a month cleaning. Referred.",
  "rd is de")
t("Debrief (male, Vietnamese, 17): They said I go to work in a restaurant. In the house they lock the door, I water the plants, I cannot go out, I sleep next to the lights, it is very hot. One man had a knife and said if police come I run or he kills me.",
  "ch de rm ac sw it C")
t("Car wash owner says some of his staff choose to stay until 9 in summer to earn more commission. Staff confirm and show their payslips. Site sleeping area: none. No concerns.", "")
t("Caller: my son's girlfriend, 16, is being made to stay up all night 'grafting' for older lads who say she owes them for the weed she smoked. She's terrified of them.",
  "ch db eo fa C")
t("Charity outreach: Roma woman, 35, begging outside Boots in Glasgow every day from 8am to 8pm. Says she is with her husband, keeps her money, the family live in a flat together. No indications of control. Signposted to foodbank.", "")
t("Report by agricultural union: 'the agency hands out rotas a week at a time, 7 days, 12 hours, nobody gets a rest day, and if you don't turn up they put you at the bottom of the list for two weeks, which means no money'.",
  "eo it L")
t("Police log: OIC spoke with Mr SINGH, owner of a Southall sweet factory. Mr SINGH states workers do 'a bit of overtime at Diwali'. Records show 10-hour days for 2 weeks, paid at 1.5x, days off rota'd afterwards. Workers interviewed alone confirm. NFA.", "")
t("Debrief: I cleaned the houses of the boss's family in Slough and then at night I went to clean offices for his company. When did I sleep? In the van between jobs. The money went to his card. He said when I finish the debt, I get money. I was there 2 years and I never finished.",
  "eo sw ac ww db L D")
t("INT: Nigerian females controlled via 'juju' oath by madam ADEYEMI; told that if they disobey or speak to police they and their families will die. Females work in flats in Peckham seven nights a week. 2/B/P",
  "it eo S")
t("Worker at bakery does early shift 4am-12, that's the job, agreed in his contract and he says he loves his afternoons free.", "")
t("Victim (Polish, 60) was picked up outside a homeless shelter in Reading with promise of 'work and a room'. Worked for a family laying patios from 7 to 7, 7 days, fed once a day, slept in a horsebox. They held his bank card, he was told he'd be 'put in the ground' if he ran.",
  "av de eo ac plc ncw ww it L")
t("I'm an agency nurse, I choose to do 60 hours a week. Money is great. Don't need rescuing thanks.", "")
t("Intel: Pakistani driver employed by a private hire firm owner who holds his licence and car; driver required to work 16-hour shifts 7 days to pay £450 a week 'rent' on the car, sleeps in the car between jobs. 2/C/P",
  "eo db sw rd L")
t("Local-authority referral: woman, 45, with mental health problems, found to be living with a family in Blackburn who use her as a cleaner and childminder without pay; her ESA is paid to the head of the household. She is rarely seen outside.",
  "av ww ncw D")
t("Statement of fisherman (Sri Lankan): we go out for 10 days at a time, we work 'until the fish is finished', sometimes 30 hours without bed. On land we stay on the boat, it is not allowed to go in town. The owner keeps our seaman papers in the wheelhouse.",
  "eo rm rd sw ac L")
t("Airport chaplain: Indian domestic worker accompanying a Gulf family in transit says she has not slept a night through in months and the family hold her passport. She had no money at all. Family flew on before police arrived.",
  "eo rd D")
t("Anon: there's a bloke in the flats who lets young lads from London stay and sell from his place, he's scared of them and he's got a mental illness, they took his bank card too",
  "av ncw C")
t("Report: agency supplying Romanian workers to a sofa factory in Manchester charges each worker £450 upfront 'admin' and £70 a week transport in the agency minibus. Workers paid into accounts the agency controls, given about £90 a week.",
  "uf ct ncw ww L")
t("Victim (male, Chinese, 50) worked in a takeaway kitchen, 'from open to close and then cleaning until 2', six and a half days a week, and slept on boxes in the store room. Owner said his wages were being 'kept safe' to send to his wife but the wife says she received nothing.",
  "eo sw ac plc ww L")
t("Anon web report: the women at number 8 are picked up at 6 every morning in a black minibus and brought back after 10, even Sunday, always the same man driving, they don't talk to anyone.",
  "eo ce et")
t("Forced criminality: IP (Vietnamese, 19) arrested in a cannabis grow claims s45 defence. States he was smuggled, told on arrival he owed £20,000, kept at the address for 5 months, and beaten when a crop failed. CPS reviewing.",
  "db rm pv C")
t("Phone call to 999 at 21:40 from female, Romanian, crying, says she and her friend have been beaten by the man who runs the car wash where their husbands work, he has taken all their passports and says tonight he will take them to 'another city'. Address given. Units immediately.",
  "! pv rd it L")
t("Midwife: woman, 32, Chinese, works in massage premises; attends with a man who pays in cash and speaks for her. She says she has to keep working until labour and 'afterwards too, no rest'. She gave an address that does not exist.",
  "eo sfw S")
t("Nail bar worker (Vietnamese, UK citizen) says long hours 'are normal in this business', she works 10-7, 6 days, is paid weekly into her own account and takes holidays to Vietnam every year.", "")
t("A builder with his own business complains he 'never stops' — 7 days a week since the spring — because of his order book. Wife wants him to cut back. He says he will in winter.", "")
t("Intelligence from Eastern European community worker: workers on a Norfolk turkey farm are being told in November that nobody can take a day off until Christmas and anyone who rests is 'finished'. Up to 15-hour shifts in the sheds. 2/C/P",
  "eo it L")
t("Care home inspection (CQC) referral: two Ghanaian carers living in a box room at the home, doing day and night shifts back to back, one said she had 'not been outside the building in three weeks except to the shop'. Manager holds their passports 'for the Home Office'.",
  "eo sw ac rd L")
t("Female, 16, in care, disclosed that her 'boyfriend' made her have sex with his friend to pay off £200 of weed. Sexual assault recorded, child protection strategy.",
  "ch db pv S")
t("Debrief: 'In the factory the manager had a list. If you go to the toilet more than twice, he writes your name, and on Friday they take money for each time. We were 14 hours on the line.'",
  "eo ww ac L")
t("Police log. Mr and Mrs OKAFOR report their domestic worker has 'run away'. Enquiries show she left voluntarily after disputes over pay and went to stay with friends. She has her passport and was paid monthly; she says the hours were fair but she wanted a higher salary.", "")
t("Construction site, Croydon: Indian workers on sponsored visas say they're threatened with losing their visas if they don't do Sunday shifts and 12-hour days. Sponsor company deducts £200 per month for 'visa costs'.",
  "eo it av ww L")
t("Cleaner, Portuguese, 40, says she sometimes works late for a nice family when they have parties and they pay her extra. She asked if she needs to declare it for tax.", "")
t("Teen boy, 14, stopped at 2am on a train from London to Swansea carrying drugs inside his body. He says he has not slept in two days, he 'has to' deliver, and the men said they'd hurt his little brother.",
  "ch ! eo it C")
t("Tip: massage parlour staff sleep on the treatment tables after closing and are back at work at 9 the next morning. A man in a BMW collects takings each night.",
  "sw ac S")
t("Domestic worker (Kenyan, 29) tells Kalayaan her Saudi employers in London made her work all hours, kept her passport, and hit her with a shoe. She ran away when taken to a park. Now in a safe house.",
  "eo rd pv D")
t("A man tells Citizens Advice his Romanian employer pays him only £50 a week out of £400, keeping the rest 'for rent and the trip'. He has been in the job 8 months and does 70-hour weeks on a demolition site.",
  "ww db eo L")
t("Long-haul pilot complains of fatigue after a trip across four time zones. Within flight time limits, rostered rest taken. Airline fatigue report filed.", "")

# ---------------------------------------------------------------- long texts
t("""Intelligence report. Grading 2/B/P.

Source reports on the KRASNIQI family business, which runs three hand car washes in the Medway towns (Gillingham, Chatham, Strood).

At Gillingham, staff are local and Kurdish men who live in their own rented rooms; source describes them as 'normal employees' who finish at 6pm and have Sundays off.

At Strood, source states that five young Albanian men work from opening (0730) until the floodlights go off, typically 2200, seven days a week, and have done so since at least June. They are not paid wages; KRASNIQI, Arben tells them their earnings go towards the 'loan' for their crossing, which source believes is around £12,000 each and which 'never gets smaller'. The men sleep in a converted shipping container on site with no heating and one electric ring. Their phones were taken 'to stop them talking to the wrong people'.

Source has seen KRASNIQI, Arben slap one of the men for sitting down during a quiet period.

Chatham site not known to source.

Recommendation: joint visit with GLAA and immigration enforcement, safeguarding-led.""",
  "eo ww db sw ac plc is pv L")
t("""Debrief account, taken with a Tigrinya interpreter at a safe house, 3 hours.

She says that she is 26 and from Eritrea. She says that a woman she met in Khartoum told her there was a job looking after an old lady in London, with a salary of £1,000 a month and a day off every week. The woman paid for the flight and told her she would repay £3,000 from her salary.

She says that in London the old lady's son met her at the airport and 'kept' her passport 'for the landlord'. She says she did everything for the old lady: washing, feeding, turning her in bed, and at night she slept on a chair next to the bed because the lady called out every hour. She says that she was also sent to clean the son's house on two mornings a week. She says she never had a day off in 19 months. She was given £50 'sometimes' and told the rest was paying the debt, which the son said was now £6,000 because of food and electricity.

She says the son told her that if she went to the police they would arrest her because she had no visa. She says she was allowed to the corner shop only, and had to be back in 10 minutes or he would shout.

She says that she left when the old lady died and the son wanted to send her to his cousin in Birmingham.""",
  "de rd eo sw ac ww db it fa av rm D")
t("""Officer's handover note — Op HARVEST, day 2.

Visited the packhouse at Moulton Seas End with GLAA. About 140 workers on the two shifts. Nearly all supplied by two agencies: Fenland Staffing (licensed, good records) and Select Flex (licensed, some gaps).

Fenland workers: spoken to 12 at random. Hours 6-2 or 2-10, overtime voluntary, paid 1.5x after 40 hrs. Own accommodation. No concerns.

Select Flex workers: spoken to 9. Most fine. However, three Bulgarian women (see PNC/intel refs) said they are regularly kept on after the night shift to do the morning shift as well, 'because the supervisor says so', and had done 17-hour days 'most of this month'. They said the Select Flex house they live in has 11 people and they pay £85 each a week for it, taken straight from their wages. One said she was afraid to refuse because 'the ones who say no are sent home and don't come back'.

None reported having documents taken or debts; all have own bank cards.

Actions: request Select Flex timesheets; speak to the three women again away from the site with a Bulgarian interpreter; consider NRM.""",
  "eo oa ac it L")
t("""Press summary — Crown Court sentencing.

A couple from north London who kept a young Indian woman as an unpaid servant for nine years were each jailed for eight years today.

The woman, now 31, was brought to the UK at 22 after the family promised her parents she would study nursing and help in the house 'for a few hours'. Instead, the court heard, she was made to cook, clean and look after the couple's three children from 5.30am until after midnight every day. She slept on a folded blanket in the utility room and ate after the family had finished, from their leftovers.

Her passport was taken on arrival and locked in the husband's study. She was never paid. When she asked about going to college, the wife told her that 'girls like you go to prison in England without papers'. She was allowed out only to walk the children to school, always with the wife.

A neighbour who noticed her carrying shopping bags at 11pm in the rain made the call that led to her rescue. The judge described the case as 'domestic servitude in all but name'.

The couple's adult son, who also lived in the house, was acquitted.""",
  "de eo ac sw plc rd ww it fa rm et D")
t("""Multi-agency safeguarding meeting — minutes (extract).

Item 1. Child A (aged 15, female). Missing from home on 6 occasions in 4 weeks. Found twice in a flat in Walsall associated with adult males. Disclosed to her social worker that one male, known as 'Dee', gives her vodka and cannabis, and that she has 'to be nice' to his friends who come to the flat. She has cuts to her arms and said Dee 'lost it' when she tried to leave. Police to seek a child abduction warning notice.

Item 2. Child B (aged 14, male). Previously at risk of county lines; now engaging with youth worker, attending school, no missing episodes since April. Step down to early help.

Item 3. Child C (aged 16, female). Works weekends in a family-run bakery, 8-2, paid weekly. Mother concerned about her tiredness. No exploitation concerns; advice on sleep and school workload.

Item 4. Adult D (aged 19, learning disability). Sister reports 'friends' using his flat; police welfare check found nobody else present and D says the friends stopped coming. Monitor.""",
  "ch pv S")
t("""Statement of witness (restaurant customer).

I have been a regular at the Jade Garden buffet for about two years. I normally eat there on Thursday nights. Over the last few months I noticed that the same young man was always at the wok station whenever I came, whether it was a lunchtime at the weekend or late on a weekday. I started to chat to him a little. His English is basic.

He told me that he works 'every day, open to close', which is 11am until about midnight, and then he and another worker clean the kitchen. He said he has not had a day off since he came 'last winter'. He sleeps upstairs 'with the others', about six of them in one room, and he showed me with his hands that the mattresses touch each other.

I asked if he gets paid. He laughed and said 'the boss sends money to my family, not to me'. He did not know how much.

When the owner saw us talking he came over and told the man to go back to the kitchen, and then the owner told me the man was his nephew and 'very happy'. The young man did not look at me again.

I am making this statement because I think he is not free.""",
  "eo oa ac sw ww sfw L")
t("""Referral from an occupational health nurse at a large distribution centre.

I see a lot of tired people in peak season: we run 10-hour shifts, overtime is offered through the app and people choose it, and most of my visits are blisters and back strain. I want to be clear that the agency staff I normally see are fine: they book their own shifts and they're paid weekly.

This referral is about one worker, a Romanian man of about 40, who came to me three times in a fortnight with dizziness. He told me he is driven to the site each day by a 'coordinator' at 4am, does our 10-hour shift, and is then driven to a second job at a car parts factory until midnight. He said he does this 'every day, no stop'. He didn't know the name of the factory. He said the coordinator 'keeps his card' and pays him in cash on Sundays, about £60. He is frightened of losing the place in the coordinator's house.

I have not informed the agency because I don't know if the coordinator is connected to them.""",
  "eo ce et ncw ww fa L")
t("""NGO caseworker note (Ashiana). Client: S, female, 24, British Pakistani.

S was married at 19 to a man from her parents' village and moved into his family home in Bradford. She describes doing all the housework for ten people: she gets up at 5 to make breakfast and rotis for the men's packed lunches, then cleans, washes and cooks all day, and irons until 1am. If something is not done she is not allowed to eat.

She has a degree but was not allowed to work. Her husband's brother holds her passport and her bank card; her child benefit is paid into that account. She has no phone of her own and is only taken out by her mother-in-law to the GP. She has been slapped by her husband and mother-in-law.

S contacted us through the GP, who let her use the practice phone. She wants to leave with her son. Safety planning started; referral to police and MARAC; NRM discussed (domestic servitude) and S consents.""",
  "eo rd ncw is rm pv ac D")
t("""Summary of calls to the Modern Slavery Helpline, week 32 (anonymised; for trend analysis).

Call 1: Care worker in a Kent home, sponsored visa, says she works 'double shifts four or five days in a row' and sleeps on the staff sofa between shifts because the home says the next shift starts too soon to go home; manager threatened to report her to the Home Office when she complained. Referred.

Call 2: Man asking whether his brother-in-law's shop 'can legally employ family'. No concerns; advice given.

Call 3: Woman asking about her daughter's summer job on a campsite (long days in August). Daughter is paid, free to leave, and lives at home. No concerns.

Call 4: Member of public reports two men begging outside a station every day from morning until late and being collected by a van. No further information.

Call 5: Student who lost her BRP; advice on replacement.""",
  "eo sw ac it fa av L")
t("""Intelligence log, Op COBALT (county lines), handover.

1) Nominal REID, Jordan (DOB 11/07/2003): runs the 'Ricky' line from Lewisham into Hastings. INT suggests REID uses at least two children from a Lewisham PRU to run the line, sending them to stay at a cuckooed flat for a week at a time. 2/B/P.

2) Child X (14): stopped in Hastings with 12 wraps, says he works 'all hours', answers the phone through the night, and sleeps on the floor when the line is quiet. Says REID's associate took his own phone and gave him a 'work' phone. X was reported missing by his mother four days ago. Safeguarded; strategy meeting today.

3) Occupier of the cuckooed flat: male, 58, alcohol-dependent, says he 'doesn't mind' the lads because they give him drink. Adult safeguarding referral made.

4) Vehicle AB12 CDE seen dropping youths at Hastings station at 0600 on three dates. Keeper not linked.""",
  "ch eo sw is ac C")
t("""First-person account, written by the victim in English with help from a support worker.

My name is not important. I am from Poland. In 2021 I lost my job and my flat and I was sleeping in the park in Gdansk. A man came with soup and said, in England there is work on farms, I pay your bus, you pay me back later.

In England they took my ID card at the house 'for the agency'. There were 16 men in a house for 5. We went in a minibus at 5 in the morning and came back at 9 or 10 at night. I was cutting broccoli in the rain, no proper clothes, they sold us boots and waterproof jackets and took the money from the wages. Every day the same, Saturday and Sunday the same.

The money came to a bank account but I never had the card. Each Friday the man gave me £20 and said the rest is for the bus, the house and the food. After one year he said I still owe £1,500.

One time I said I am going to the police. He said the police will not believe a drunk, and his brother hit me in the face. I ran away in the night and walked to a petrol station.""",
  "av de rd oa ac ce ct ppe eo ncw ww db pv L")
t("""Inspection report summary — GLAA licence application (Labour provider: Harbour Catering Staff Ltd).

The applicant supplies chefs and kitchen porters to hotels on the south coast. We interviewed the director, reviewed records for 45 workers and spoke to 11 workers at three hotels.

Hours: records show average 42 hours per week, peaks of 55 in August, all worked hours paid with overtime at 1.25x. Workers confirmed they can refuse additional shifts and several had done so without consequence.

Pay: paid weekly by BACS into workers' own accounts. Payslips clear. No deductions other than tax, NI and pension.

Accommodation: not provided. Transport: not provided.

Documents: right-to-work checks on file; no documents retained by the company.

Fees: none charged to workers. One worker said a previous (different) agency had charged him £150 for a food hygiene course; not this applicant.

Outcome: licence granted without conditions.""", "")
t("""Victim debrief, Vietnamese female, 19, interpreter used. Summary by OIC.

IP states she left Vietnam at 16 after an agent told her family she could work in a nail salon in the UK and earn enough to rebuild their house. Family paid a deposit and agreed she would repay 'the rest' (figure not known to her) from her wages.

She travelled via Russia and France over about eight months. In France she was held in a house and sexually assaulted by one of the men guarding it.

In the UK she was taken to a nail salon in Derbyshire. She says she worked from 9am to 8pm, six days, and on the seventh day cleaned the owner's house. She slept on a mattress in the salon's back room with two other girls. The owner kept her passport 'for the police'. She was never paid; the owner said her pay went to the agent for the debt. She was told that the agent's men in her province would 'visit' her parents if she ran.

She was found when police attended the salon on an unrelated matter. She says she wants to stay in the UK and study.""",
  "av de db pv eo sw ac rd ww it L D")
t("""Report of concern from a neighbour, transcribed from voicemail by the council's community safety team.

'Hello, this is about the big house at the end of Orchard Close, the one with the electric gates. There's a lady who works there, she's from the Philippines I think. I see her from my kitchen window. She's out in the garden hanging washing at half five in the morning, I've seen her cleaning the cars at ten at night, and last week when they had a party I could still see her clearing up at three in the morning, and then she was out with the dog at seven. She never goes out of the gate, I've never once seen her in the village. My cleaner spoke to her over the fence once and she said she hasn't had a day off since she came, which is two years, and that madam has her passport. She looked so thin. I don't want to get anyone into trouble but this isn't right. My number is on your system.'""",
  "eo rm rd pa D")
t("""Financial crime alert narrative (bank to police, DAML context removed).

Between March and July, 23 personal current accounts opened online by customers of Romanian and Bulgarian nationality, aged 19-55, list the same two residential addresses in Dagenham and the same contact phone number. All accounts receive weekly wages from the same recruitment agency (between £380 and £520 per account). Within hours of each payment, most of the balance is withdrawn in cash at ATMs near the addresses, often with several cards used consecutively at the same machine. On 14 occasions the same device was used to log in to multiple accounts.

Two customers visited a branch to complain their card had been 'lost', each accompanied by the same man, who did the talking; both said they had never used online banking and did not know their balance.

Pattern is consistent with third-party control of workers' wages. Referral made to the police modern slavery unit and the GLAA.""",
  "mbc ncw ww sfw L")
t("Officers found four men at the car wash with nothing but the clothes they stood in — no bags, no phones, one toothbrush between them. They said they work 'all the time' and sleep in the valeting bay.",
  "fpe eo sw ac L")
t("Reception centre: woman arrived from the pop-up flat with one carrier bag holding a dress and make-up; she owns nothing else, has no coat in January and no phone.",
  "fpe S")
t("Domestic worker came to the embassy with a plastic bag of belongings, barefoot. Says her employer made her work from before dawn to past midnight and kept her passport.",
  "fpe eo rd D")
t("Search of the workers' room above the takeaway: three mattresses, no wardrobe, no personal items apart from a phone charger with no phone. Manager answered every question put to the workers.",
  "fpe plc sfw L")
t("Man in hostel owns a suitcase of clothes, his laptop and guitar, has his own ID. Moved in after relationship breakdown. No concerns.", "")

if __name__ == "__main__":
    write()
