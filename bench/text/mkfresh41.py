#!/usr/bin/env python3
"""Hand-written training texts for Sightline (set 41, North East England mix).
Each T(...) holds one hand-written text and its labels (short aliases expanded below)."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oca="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
D = []
def T(text, ind="", sig="", typ="", risk="l"):
    D.append((text, [IND[x] for x in ind.split()], [SIG[x] for x in sig.split()], [TYP[x] for x in typ.split()], RISK[risk]))

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh41.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(D, 1):
            f.write(json.dumps({"id": "f41-%03d" % n, "text": text, "indicators": ind, "signs": sig,
                                "exploitation": typ, "risk": risk}, ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)

# ---------------- texts ----------------
T("INT 2/B/P. HCW on Shields Rd Byker (old tyre garage). 6-7 males, believed Romanian, working 0730-2100 seven days. POI known as 'DINU' collects all cash at close. Workers sleep in portakabin at rear of site. No gloves or boots seen.",
  "EO AC WW", "lh saw ncw", "L", "h")
T("Called 101 because the car wash lads on the front at Seaburn never have coats on even in the rain, but they seem happy enough, they were laughing and one told me they get paid weekly into their own bank. Just wanted it logged.",
  "", "", "", "l")
T("me and my mrs got our car done at the hand wash near the metro at Heworth and theres a young lad cant be more than 15 sleeping on a mattress in the back shed, the man shouted at him to get up and work, he looked terrified. please do something",
  "AV AC", "saw pa", "L", "h")
T("Salvation Army caseworker note: client (F, 34, Filipina) says she came to the UK with a family from the Gulf on a domestic worker visa. In the house in Jesmond she cooked, cleaned and looked after three children from 6am to midnight. Her passport was 'kept by madam so it does not get lost'. She was given no money in eight months; madam said her salary was sent to her husband in Manila but he received nothing. She was not allowed out alone and had no phone.",
  "EO RD WW RM IS", "lh dt ncw rmv iso", "D", "h")
T("INT 3/C/P. Unconfirmed that nail bar Front St Chester-le-Street has staff living upstairs. No further detail.",
  "", "", "", "l")
T("IP says a man called 'Uncle' paid for her flight from Lagos and told her she would braid hair in a salon in Newcastle. On arrival she was taken to a flat in Elswick and told she owed £30,000 which she would pay by seeing men. She was raped by him the first night. Interpreter notes IP cried when describing the juju ceremony before she left home.",
  "DE DB PV IT", "", "S", "h")
T("Neighbour dispute, Hartlepool. Caller states family next door have 8 people in a 3 bed house and cars blocking drive. On attendance: extended family (grandparents, parents, 4 children), all British, no concerns, parking advice given.",
  "", "", "", "l")
T("GLAA inspection note, packhouse near Thirsk supplying Teesside: agency workers charged £45 for hi-vis and boots from first pay. Payslips otherwise correct, hours within limits, accommodation own choice. Licence condition breach raised.",
  "", "ppe", "", "l")
T("County lines. 16 y/o male from Toxteth found in a flat in Gateshead (Teams) with 30 wraps of crack. Says he was 'sent up' to work the Mags line and is not allowed home until the debt for the lost package (£1,500) is cleared. Phone contains messages threatening to stab him if he runs.",
  "AV DB IT", "", "C", "i")
T("The lady who runs the nail shop in Stockton high street drives the girls in every morning at 7 and picks them up at 10 at night. they never talk to customers, she does all the talking. the girls look so tired",
  "EO", "cedl sfw et lh pa", "L", "m")
T("Safeguarding referral, Sunderland Children's Services: Year 10 pupil (F, 14) repeatedly missing from home, returning with new phone, vapes and clothes. Seen getting into cars driven by older males at the retail park. Disclosed to teacher that 'the lads' make her go to parties in a flat in Hendon and 'do stuff' with their mates. Mum unaware.",
  "AV PV", "", "S", "i")
T("Call summary 999: male with Eastern European accent, very distressed, says he is locked in a house on Park Avenue Blyth with four others, boss took their passports, no food since yesterday. Line dropped. Units dispatched.",
  "RM RD AC", "rmv dt", "L", "i")
T("Kidney transplant patient, 52, Freeman Hospital. Living donor is his brother. Both assessed by the HTA independent assessor, no payment, no pressure identified. For information only.",
  "", "", "", "l")
T("INT 2/C/P. POI Kamil WISNIEWSKI (DOB 03/04/1979) recruits Polish males from Gdansk via Facebook for 'construction work in Newcastle £500/week'. On arrival workers are charged £100/week for a bed in a house in Benwell with 12 others and paid £150. VRM NK16 XRT seen dropping workers at sites before 0600.",
  "DE AC WW", "oca cedl", "L", "h")
T("Seaham police station front desk: woman (British, 23) reports her ex-partner keeps taking her Universal Credit from her account. She has her own flat and phone, sees friends daily. Advised re domestic abuse support and bank.",
  "", "ncw", "", "l")
T("Debrief extract (via Vietnamese interpreter): 'I was told I would work in a nail salon and learn a trade. The men drove me at night to a house. The windows had black plastic. I looked after the plants. I never went outside. They brought rice once a week. They said if the police came I would go to prison and my family in Nghe An would have to pay.'",
  "DE RM IS IT AC", "rmv iso foa", "C", "h")
T("Fishing vessel, North Shields fish quay. Border Force/GLAA joint visit. Two Filipino deckhands on transit visas say they have worked 18-20 hour days at sea for 11 months, sleep on board in the engine room space, and their wages ($400 per month) are paid to the manning agent in Manila 'when the contract ends'. Skipper holds their seaman's books.",
  "EO AC WW RD", "lh saw ncw dt", "L", "h")
T("Concerned about 2 young girls living in flat above chinese takeaway on Hylton rd, never see them outside except to do the bins, they look about 12 or 13 and should be at school. owner shouts at them alot",
  "AV RM", "rmv", "L", "h")
T("A&E note RVI: M, approx 40, attended with crush injury to hand from car wash pressure washer. Came with a man who answered all questions and said patient 'no English'. Patient appeared frightened, kept looking at the man. No NI number, no GP. Man left before discharge with patient.",
  "", "sfw foa pa", "L", "m")
T("Darlington. Car wash on Northgate inspected by council licensing: all staff have right to work, payslips seen, rotas 8 hours with breaks, staff room with kettle. Minor drainage issue only.",
  "", "", "", "l")
T("INT 1/A/P. Cuckooing at address on Jubilee Estate, Wallsend. Vulnerable adult (M, 58, alcohol dependent) has had Liverpool nominals living in his flat since October. They gave him cans and took over the flat to deal from. He sleeps on the kitchen floor and has been told he will 'get done in' if he calls police.",
  "AV IT AC", "", "C", "h")
T("Anonymous online report: Theres a house on Borough Rd middlesbrough with about 15 blokes coming and going in a white transit every morning at 5. they all look tired and skinny. one asked me for food once. not sure what's going on",
  "", "cedl oca pa", "", "l")
T("Probation note: service user (M, 19) reports he was stopped at Durham services with £4k cash and a phone belonging to a Bradford line. States he chose to do it for the money, was paid £300 a day, has no debt and was not threatened. Not accepted as exploitation at this stage.",
  "", "", "", "l")
T("Debrief: Romanian female, 27. 'A boyfriend, Florin, said we would go to England and he would work on buildings and I would clean hotels. In Middlesbrough he put my pictures on a website. I had to do ten clients a day in a flat on Parliament Road. He kept all the money. He hit me when I said no. My ID card stayed in his jacket.'",
  "DE WW PV RD EO", "dt ncw lh", "S", "h")
T("Midwife referral, James Cook: pregnant woman (F, 19, Albanian) booked late at 30 weeks, accompanied by male 'cousin' who insisted on interpreting. When seen alone she said she cannot leave the flat without him, he has her passport and she 'has to pay back for the lorry'.",
  "RM RD DB", "rmv dt sfw", "", "h")
T("Quick note from a Gateshead pub landlord: the new Slovak barman asked me for an advance because his agency paid him late this month. Paid him, all fine, the agency sorted it next day.",
  "", "", "", "l")
T("INT 2/B/C (not for dissemination to LA without OIC approval). Vietnamese male (approx 17) arrested in cannabis grow, Stanley. 400 plants. Was locked in, electricity bypassed, mattress in loft. Has no idea of address or town.",
  "AV RM IS AC", "rmv iso saw", "C", "i")
T("She says that the 'aunty' who brought her from Nigeria when she was 13 made her cook and clean for the family and look after the baby. She slept on the kitchen floor. She was not sent to school. Aunty told her that if she told anyone she would be sent back in shame and the police here would lock her up.",
  "AV AC IT", "saw foa", "D", "h")
T("Bank alert (financial crime team): 11 debit cards in different Romanian names used at the same ATM on Linthorpe Rd within 20 minutes each Friday. Wages from a Teesside food factory agency credited to these accounts.",
  "", "mbc ncw", "L", "m")
T("101: caller reports an argument outside a takeaway in Ashington between two men over a parking space. No injuries. Words of advice.",
  "", "", "", "l")
T("The boss at the care home in Consett has all the overseas carers' passports 'for the Home Office checks' and none of us have had them back since March. We work double shifts every day because we are short. We each owe the agency £8,000 for the visa sponsorship and they take £400 from every wage.",
  "RD EO DB", "dt lh uf", "L", "h")
T("INT 2/B/P. Brothel, residential flat, Victoria Rd Hartlepool. Adverts on adult site show 3 Chinese females, rotating every 2 weeks. Male (POI LIN) seen delivering food and collecting cash daily. Women never seen leaving.",
  "RM", "rmv", "S", "h")
T("Lost passport report: Chinese student (F, 21, Newcastle University) left handbag on Metro. Crime ref issued, consulate contacted. No other concerns.",
  "", "", "", "l")
T("sum1 needs 2 look at that farm near morpeth wiv the caravans, the workers are in them all winter no heating no toilet, the farmer takes there rent out there wages so they get hardly nowt",
  "AC WW", "plc", "L", "m")
T("GP note, Stockton: patient (M, 45, Lithuanian) with untreated back injury from lifting at a recycling plant. Says he cannot take time off because the gangmaster deducts a day's rent and transport for every day missed and he already owes for his flight. Attends with interpreter from practice. Lives in a house with 9 other workers.",
  "DB AC", "ct oca pa", "L", "h")
T("Officer handover: attended HCW A19 Sunderland following Crimestoppers. 4 Kurdish males, all with BRPs, all on payroll, all living in own rented flats, free to leave and say owner is 'fair'. No offences identified. NFA.",
  "", "", "", "l")
T("Debrief (Sudanese male, 24): 'In Calais a man told me there was work in England in a kitchen. He arranged the lorry. In Newcastle I washed dishes in a restaurant 14 hours, every day, no holiday. He said my wages go to the man who paid for the lorry. After one year he said I still owe. I slept in the storeroom.'",
  "DE EO WW DB AC", "lh saw ncw", "L", "h")
T("INT 3/C/P. Rumour in the community that a Stockton barber is bringing in lads from Iraq and not paying them. Source could not say who or where. Low confidence.",
  "", "", "", "l")
T("Concerned teacher, Redcar: Year 8 boy (12) told friends 'older lads' give him cash to carry parcels on the bus to Middlesbrough and that they know where his nan lives if he stops.",
  "AV IT", "", "C", "i")
T("Witness statement extract: I run the launderette next to the flat. Every night about eleven a silver Audi drops three or four young women off and a man walks them up the stairs. In the morning the same man takes them back out. I have never seen any of them on their own. One had a black eye last week.",
  "RM PV", "et cedl rmv pa", "S", "h")
T("Council housing officer note, Middlesbrough: HMO on Waterloo Rd, 14 occupants, 4 rooms, landlord also their employer at a local food plant. Rent taken from wages by employer. Fire door padlocked. Mould throughout.",
  "AC WW", "oca plc ncw", "L", "h")
T("Call 101 - elderly woman concerned her cleaner from Romania is 'being used' because she always looks tired. Spoke to cleaner: works for herself, sets own hours, has a second job in a cafe and is saving for university. No concerns.",
  "", "", "", "l")
T("INT 2/B/P. POI Ardit HOXHA (Albanian, 31) manages cannabis farms in Durham and Sunderland. Gardeners recruited in Albania with promise of construction jobs in London. On arrival moved to grows and told they owe £20k for travel, which increases each month. Two gardeners said HOXHA showed them a video of a man being beaten who 'tried to run'.",
  "DE DB IT", "", "C", "h")
T("Pop-up brothel, Airbnb in Newcastle city centre (Grainger St). Reviews mention 'girls who didn't speak English' and men arriving all night. Host says booked by a man for 2 weeks paid in cash.",
  "", "", "S", "h")
T("Caller says her son (17) has been 'recruited' by a Manchester gang and is being kept in a flat in Durham. He rang her crying, said he's not allowed to leave and they took his phone charger and house keys. She doesn't know the address.",
  "AV RM IT", "rmv", "C", "i")
T("Lone worker at Teesport: ship's cook (Indian national) complained to port chaplain that he hasn't been paid for 3 months and wants to go home. Chaplain confirms vessel under arrest by admiralty marshal, owners insolvent, crew being repatriated by ITF. Not exploitation, commercial failure.",
  "", "", "", "l")
T("debrief, woman from Eritrea 22: in Libya they sold me. I came by boat to Italy then to England in lorry. The man in Newcastle said I must clean his house and his brother's house and take care of his mother for my room. He does not pay me. He says if I go out the Home Office will send me back to Eritrea.",
  "IT WW AV", "foa ncw", "D", "h")
T("INT 1/B/P. Address in Grangetown, Sunderland linked to benefit fraud: 9 UC claims at the address in Slovak names, all paid into 3 accounts controlled by POI GABOR. Claimants interviewed say they never received any money and GABOR 'helps' with their papers.",
  "", "ncw", "C", "m")
T("An officer stopped a Vauxhall Zafira (VRM YK65 OPB) on the A1 at Birtley at 0445. 7 males in the car, driver said they were going to a chicken factory in Spennymoor. All had their own phones, passports in their own pockets, and said they earn the living wage. Driver is an agency employee. No concerns.",
  "", "", "", "l")
T("Woman who works in a nail bar in Durham Market Place (Vietnamese, late teens) came into the pharmacy with blistered hands. A man came in behind her and paid. She mouthed 'help' to the pharmacist before leaving.",
  "", "pa sfw", "L", "h")
T("Debrief, Polish male, 52, homeless in Newcastle: 'A man found me at the soup kitchen at the Cathedral. He said work, house, food. I went to a farm in Northumberland. Four years I picked and packed, from dark to dark. He had my bank card, he gave me £20 each Sunday. My ID he kept. If I ask for money he hits me with a stick.'",
  "AV DE EO WW RD PV", "lh ncw dt", "L", "h")
T("HCW in Hartlepool (Marina Way). Workers look well, all under 30, paid cash, owner friendly. Public report says they 'must be slaves because they are foreign'. No indicators seen on visit.",
  "", "", "", "l")
T("Press summary: Two men from Teesside were jailed at Teesside Crown Court for trafficking 11 Hungarian men who were recruited with promises of well-paid factory work, housed in squalor in Middlesbrough, and made to hand over their bank cards and PINs. Victims received as little as £10 a week.",
  "DE AC WW", "plc ncw", "L", "h")
T("INT 2/C/P. Social media account @sunnygirlsNE advertising 'new young girls' in Gateshead, photos appear to show girls under 18 in school uniform. Possible CSE.",
  "AV", "", "S", "h")
T("A man in South Shields has been cuckooed by a dealer from Leeds, he's got learning disabilities and they moved in and they push him about, his carer said his face was bruised last week",
  "AV PV", "pa", "C", "h")
T("Border Force, Newcastle Airport: female (Indian, 25) arriving from Dubai on a visit visa says she is here for 'a job in a restaurant' arranged by an agent she paid 3 lakh rupees. No address, no employer details. Agent's phone number only. Referred to safeguarding.",
  "", "uf", "", "l")
T("INT 2/B/P. Takeaway, Front St Stanley. Two males sleep on the premises behind the fryers. Work 11:00-02:00, 7 days. Owner POI AHMED says they are 'relatives from Pakistan'. Neither holds their own passport.",
  "EO AC RD", "saw lh dt", "L", "h")
T("Domestic abuse report, Peterlee: female (31) assaulted by husband after argument about money. Injuries to face. Husband arrested. She has her own job at a call centre and her own account. DASH completed, high risk. No exploitation indicators.",
  "", "", "", "l")
T("Summary from Migrant Help: client from Sudan placed in asylum hotel in Darlington was approached by a man offering cash work in a car wash. He worked 3 weeks, 12 hours a day, for £100 total and was told the rest would come 'next month'. It never did. Now scared the Home Office will stop his claim if he complains.",
  "EO WW", "lh foa", "L", "m")
T("INT 2/A/P. The 'Bowes line' (Leeds OCG) runs from addresses in Barnard Castle and Bishop Auckland. Uses two 15 y/o girls from Leeds children's homes to hold drugs. Girls are 'paid' in cannabis and taken back to Leeds every few days by a driver.",
  "AV", "et", "C", "h")
T("thers a woman who never leves the house next door in Billingham, the man of the house lokes the door when he goes out and she does all the cleaning and the kids, she cant speak english and I have never seen her with a phone. is this normal",
  "RM IS AV", "rmv iso", "D", "h")
T("Warehouse in Washington (Nissan supplier), agency workers on 12-hour shifts 4 on 4 off, paid correctly, transport provided free, accommodation not provided. Workers interviewed by GLAA were positive. No concerns.",
  "", "", "", "l")
T("Care home note CQC/LA visit, Whitley Bay: 3 Zimbabwean carers on sponsored visas say they are rostered 70+ hours a week and were told that if they leave they must repay £6,000 'training costs' to the sponsor, who is also the home owner. One said the manager 'reminds us the Home Office will deport us if we complain'.",
  "EO DB IT", "lh foa", "L", "h")
T("Call from an Uber driver: he picked up two young women from a flat in Gateshead, man paid, women silent, dropped at a hotel on the Quayside, man told driver to wait and take them back in an hour. Driver felt uneasy.",
  "", "et", "S", "h")
T("INT 2/B/P. Organ trafficking. Source states a Pakistani male living in Middlesbrough (POI RAZA) arranges for people in debt in the community to travel to a clinic abroad to 'sell a kidney' and takes half of the £8,000 payment. At least one recipient in the UK. Source knows a man who went and came back ill.",
  "AV", "", "O", "h")
T("Hospital renal team, Newcastle: patient (M, 60) returned from overseas with a new kidney bought from a 'donor' found by a broker. Broker in the UK charged £40,000. Donor unknown. Reported to police for Human Tissue Act / MSA consideration.",
  "", "", "O", "m")
T("Victim account (Slovak male, 33, Roma): 'Milan from our village said work in a factory in Sunderland, £400 a week. He took our ID cards at the bus station and we never saw them again. He opened bank accounts for us and kept the cards. We were 10 in one house with 3 beds. We work in the factory but the money goes to Milan. He says we still owe for the bus.'",
  "DE RD WW AC DB", "dt ncw oca", "L", "h")
T("Hospital social worker: patient's daughter wants him moved into her home rather than a care home. Family living together, all adults consenting. No safeguarding issues.",
  "", "", "", "l")
T("INT 3/C/P. Possible forced marriage: female (17) from Bradford may be taken to Pakistan in the summer to marry a cousin. Family have her passport. Source is a friend.",
  "AV RD", "dt", "", "h")
T("Nail bar Newcastle Grainger Market - the two lads doing the nails dont get any money, the owner said so himself, he said they work for food and a bed while they 'pay back their uncle' for bringing them",
  "WW DB", "ncw", "L", "m")
T("The car wash lads on Durham Rd are only paid £50 a day for 10 hours which is way under minimum wage but they go home to their own houses and one of them told me he's leaving next week for a better job.",
  "", "", "", "l")
T("Debrief extract (Chinese female, 40, via Mandarin interpreter): she says she answered an advert in Fujian for restaurant work in the UK. She says in England she was taken to flats in different towns, Stockton, Durham, Newcastle, each week a different one. She says the men (clients) came all day and night. She says the 'boss' took all money, she could not go out, and he said her family would be harmed if she ran.",
  "DE WW RM IT", "rmv ncw", "S", "h")
T("INT 2/B/P. County line 'Scouse Dan' from Birkenhead operating in Redcar. Runners are local children. Line holder cuckooing a flat of a female (heroin user) on Coatham Rd, giving her gear in return. She told PCSO she 'can't get them out'.",
  "AV", "", "C", "h")
T("Shoplifting group, Metrocentre. 3 Romanian women and 2 children arrested stealing from Boots, a man waiting in car park with van. Women say they hand all goods to him and get food and a bed. Children not in school.",
  "AV WW", "ncw", "C", "h")
T("Crime report, Stockton: theft of catalytic converter from car on driveway. CCTV shows two males in a van. No further lines.",
  "", "", "", "l")
T("My neighbour in Hebburn has a young foreign girl living with them as an 'au pair' but she does everything, cleaning the whole house, walking the dogs at 6am, the kids, cooking, i see her at the window at midnight still ironing. She told me she hasn't had a day off since she came in June and they keep her pay for 'her flight'.",
  "EO WW DB", "lh", "D", "h")
T("Midwife note: woman (Polish, 29) is attending all appointments alone, has own phone and bank card, partner works at a fish processing plant in North Shields and she says they are happy. Housing overcrowded (family of 6 in 2-bed private rented) - referred to housing.",
  "", "", "", "l")
T("INT 2/B/P. Males seen begging outside Sainsbury's Northumberland St, Newcastle. Dropped off each morning at 0800 by a blue Ford Transit VRM NX17 BGE and collected 1900. All takings handed to the driver. One of the beggars has an amputated leg.",
  "WW AV", "cedl et ncw", "C", "m")
T("Child aged 15 reported missing from care in Middlesbrough, located in a flat in Leeds with adult males. Disclosed she had been 'passed around' and given drugs. Returned, strategy meeting convened.",
  "AV PV", "", "S", "h")
T("School nurse: Year 11 girl says her dad makes her work in the family shop after school until 11 every night and at weekends. She is very tired, falling behind. Paid nothing but gets her keep. Social care informed.",
  "AV EO", "lh", "L", "h")
T("INT 2/B/P. Fishing. Ghanaian crewman on a scallop dredger out of Amble reports he is paid £800/month, works 'whenever the skipper says, sometimes 2 days no sleep', and was beaten by the mate with a rope for being slow. He is not allowed ashore when the boat is in.",
  "EO PV RM", "lh rmv", "L", "h")
T("Public report: a man in a car shouts at the girls at the massage parlour on Albert Rd every evening and takes money from them. looks dodgy",
  "WW", "ncw", "S", "h")
T("HMRC national minimum wage case: sandwich factory in Gateshead underpaid 40 workers by deducting uniform costs. Arrears paid, fine issued. Workers free, own accommodation, no other concerns.",
  "", "ppe", "", "l")
T("Debrief: 'Mohammed said I should come to England, he is my wife's cousin. He took £3,000 from my father for the visa. In Middlesbrough I work in his restaurant kitchen. He says I must work 2 years without pay to pay the £3,000 and my food. My passport is in his car.'",
  "DB WW RD", "uf dt ncw", "L", "h")
T("Officer note: attended report of 'people trafficking' at a house in Heaton. Found 6 Indian postgraduate students sharing a rented house. All have own documents, bank accounts and part-time jobs. Landlord reputable. Caller had misread situation.",
  "", "", "", "l")
T("INT 2/A/P. Money mules. 18-20 year olds from Sunderland University recruited on Instagram to 'lend' accounts for £200. OCG then launders fraud proceeds. When one refused to continue, he was told they had his address and 'your mam's as well'.",
  "IT", "", "C", "m")
T("Women's refuge referral: client (Pakistani, 26) came on spouse visa, husband's family in Middlesbrough made her do all housework for 9 people from 5am, beat her if food was late, took her passport, and would not let her leave the house or phone her parents.",
  "EO PV RD RM IS", "lh dt rmv iso", "D", "h")
T("care home in Guisborough - the foreign nurses are cryin in the car park every day they are working all hours and the manager screams at them, something not right",
  "EO", "lh", "L", "m")
T("INT 2/B/P. Construction site Stockton (Teesside Freeport). Subcontractor paying Romanian labourers in cash via a 'team leader' who keeps 40%. Labourers transported from a house in Thornaby by the team leader for £10 a day each.",
  "WW", "ct sfw", "L", "m")
T("Man arrested for assault in Sunderland city centre bar, victim was a doorman. No trafficking element.",
  "", "", "", "l")
T("Debrief (Albanian male, 19): 'They said I would go to school in England and work for a cousin. Then they put me in a house in Seaham to water plants. The door was locked from outside. They said they knew where my sister lives in Tirana. I was there 5 months. I ate noodles only.'",
  "AV DE RM IT AC", "rmv", "C", "h")
T("Hotel housekeeping, Newcastle Quayside: two Ukrainian sisters through an agency say they are paid properly and their passports are with them. One was upset about a late pay run last month but it was fixed. No concerns.",
  "", "", "", "l")
T("Hotel receptionist, Durham: a man booked 2 rooms for a week with 4 teenage girls who looked Eastern European. The girls never came to breakfast, the man had all the keys. Men visiting rooms all night.",
  "AV", "", "S", "i")
T("INT 2/B/P. Transport company in Teesside employing Polish HGV drivers on 'self-employed' contracts, charging them £250/week for the lorry and £80 for a bunk in the yard, leaving some with less than £50 per week. Drivers report driving 16-hour days against tachograph rules.",
  "WW EO AC", "lh saw", "L", "h")
T("Call summary 101: man with Liverpool accent phoned claiming his nephew had been 'kidnapped' by a Newcastle gang over a drug debt. Nephew later located safe at girlfriend's house, says it was a misunderstanding. No further action.",
  "", "", "", "l")
T("A friend told me that her new job at a takeaway in Blyth means she has to sleep on the floor of the shop and they give her only £30 a week and say the rest is for her food and bed. she is 17.",
  "AV WW AC", "saw", "L", "h")


# ---- part 2 ----
T("INT 2/B/P. Female (Romanian, approx 20) stopped by PCSO on Middlesbrough Rd, no coat, carrying only a phone with no SIM. Could not say the address where she is staying or the name of the street. Said 'boyfriend' looks after everything. Male arrived in a BMW and took her away.",
  "IS", "iso fpe sfw", "", "m")
T("my cousin works at a car wash in Gateshead and the owner took his phone off him on the first day and he is not aloud to ring home, he sleeps at the wash and he gets nothing, we are worried sick",
  "IS AC WW", "iso saw ncw", "L", "h")
T("Safeguarding adults referral, Durham County Council: man (48) with learning disability living with a family in Newton Aycliffe who 'took him in'. He does all their gardening, cleaning and walks their dogs, and works unpaid on their market stall. They collect his PIP and he has no access to it. He is not registered with a GP and has no friends outside the house.",
  "AV IS WW", "iso ncw", "D L", "h")
T("Witness statement: I deliver to the Chinese restaurant in Darlington. The two cooks live in the storeroom. They have one bag each and a blanket. When I asked one where he lived before he said the owner picked him up from London and he doesn't know what town this is.",
  "IS AC", "saw fpe iso", "L", "h")
T("Nail salon, Sunderland (Holmeside). GLAA/police visit. Three Vietnamese females, two adults, one claiming 18 but appears younger. All working 9-8, six days, 'paid' into one account in the owner's name. The young one has no passport and says her 'uncle' has it. None have their own phones.",
  "AV EO WW RD IS", "lh ncw dt iso", "L", "h")
T("Debrief (Indian male, 30, via Punjabi interpreter): he says the agent in Jalandhar took 12 lakh rupees from his family and said he would work as a chef in a big hotel. He says in Stockton he was put in a sweet shop kitchen, 16 hours a day, sleeping in the back with three others. He says the owner said the visa is tied to him and if he leaves he will be deported.",
  "DE EO AC IT", "uf lh saw oca foa", "L", "h")
T("Anti-social behaviour, Redcar seafront. Group of youths throwing stones at cars. Dispersal order used. No safeguarding concerns.",
  "", "", "", "l")
T("IP states that after the landlord (her employer at the laundry) took away her SIM card she had no way to talk to her mum in Poland for 4 months. She says he said it was 'to stop her getting homesick'.",
  "IS", "iso", "L", "m")
T("INT 2/B/P. Wearside. Two 14 y/o boys from Sunderland running drugs to Seaham and Horden for a Newcastle line. Line holder controls them via Snapchat, gives them trainers and tells them they owe him £800 for a 'robbed' bag. One boy beaten with a bat last week.",
  "AV DB PV", "", "C", "h")
T("there is a man in my street in Ashington who gets a group of foreign men dropped off by a van at 5 every morning and picked up at 9 at night, they live in his house 12 of them and they are all working at a chicken place. He does all the talking when the council came round",
  "", "cedl oca sfw", "L", "m")
T("Complaint to Citizens Advice, Newcastle: Portuguese warehouse worker says his agency deducted £30 for a hi-vis vest and £15 a week for minibus to work. He lives in his own flat, has his own bank account, and is thinking of moving to another agency.",
  "", "ppe ct", "", "l")
T("INT 2/A/C (do not disclose to employer). Care home Hexham. Kerala nurses on sponsored Health and Care visas. Manager holds all passports in the office safe 'for audit'. Staff say they work 13-hour shifts with no day off for 3 weeks at a time. Each paid £9,000 to an agent in Kochi. One nurse said the owner told her he would 'cancel her visa' if she joined a union.",
  "RD EO IT", "dt lh uf foa", "L", "h")
T("A lot of people at the mosque in Middlesbrough are talking about a man who takes young lads to Pakistan and they come back with a scar on their side and he has a new car. I think he buys kidneys. one lad told me he was paid but much less than promised and is now ill",
  "DE AV", "pa", "O", "h")
T("Report of concern via Crimestoppers: Chinese takeaway in Hartlepool. Staff live above. Reporter states they saw one staff member being slapped by the owner in the yard.",
  "PV", "", "L", "h")
T("Hospital A&E Sunderland: female (Nigerian, 32) with burns to forearms. Said she fell against an iron. Accompanied by employer (female) who refused to leave. Later disclosed to nurse she is a 'house girl' for the family, works from 5am to midnight, is burned when the ironing is wrong, and has never been paid in 3 years.",
  "PV EO WW", "pa lh sfw", "D", "i")
T("INT 3/C/P. Possible sham marriage at Newcastle Register Office. Slovak female marrying Pakistani male, she appears not to know his surname. Female said to have been 'brought over' by an associate of the groom and paid £500. Further enquiries by Home Office.",
  "AV", "", "", "m")
T("Farm near Hexham, sheep and arable. Farmer employs 2 seasonal workers on the Seasonal Worker Scheme. GLAA check: caravans heated, contract in Romanian, pay above minimum, passports with workers. Compliant.",
  "", "", "", "l")
T("Debrief, Eritrean female (19): 'The man who met us in Newcastle said I would work in a hair shop. He took me to a flat and locked the door. He raped me. He said other men would come and I must do what they say to pay for my journey. I did not know where I was. I had no phone.'",
  "DE RM PV DB IS", "rmv iso", "S", "h")
T("Trading Standards: a waste recycling yard in Stockton employs 20 men, mostly Lithuanian. Yard is filthy but workers say they are paid weekly and choose to work there. H&S breaches referred to HSE. No labour exploitation found.",
  "", "", "", "l")
T("INT 2/B/P. VRM ND70 HJK (Mercedes Sprinter) registered to POI Pawel NOWAK. Seen daily at 0500 at an address in Gateshead loading 10+ men, returning at 2000. Men work at a Washington packaging site via NOWAK's 'agency'. Agency not GLAA licensed. Men charged £12/day for the van.",
  "", "cedl ct", "L", "m")
T("i work in a hotel in newcastle and a man keeps booking rooms with different girls every few days, the girls look about 16, they dont have any bags, he pays cash. I think they're being made to sleep with men.",
  "AV", "fpe", "S", "h")
T("Probation note, HMP Durham: prisoner (Vietnamese, 18) convicted for cannabis cultivation. In interview says he was 15 when brought to UK in a lorry, told he owed $30,000, and kept in grow houses in Teesside for 2 years. Probation have made NRM referral; s45 defence not raised at trial.",
  "AV DB", "", "C", "h")
T("Call summary 999: woman screaming at flat window, Westoe Road, South Shields, shouting 'help me he won't let me out'. Male inside heard shouting in a foreign language. Officers attending - door found locked, key held by male.",
  "RM", "rmv", "", "i")
T("South Shields: attended the above. Female (Romanian, 24) in flat with partner. She states she works in a massage parlour in Sunderland and her partner takes all her earnings, keeps her ID card and locks her in when he goes out. Bruising to arms.",
  "RM WW RD PV", "rmv ncw dt pa", "S", "i")
T("Teacher, Middlesbrough primary: child (8) says mum and her friend 'sell stuff' that they 'get' from shops and that he has to stand outside and keep watch. Attendance 64%.",
  "AV", "", "C", "h")
T("Salvation Army outreach: rough sleeper in Newcastle (M, 38, British) says a man offered him £50 a day to lay block paving. He worked 2 weeks, was paid £40 total, slept in the van and was told he could 'keep the job' if he didn't complain. He left when he could and is back on the street.",
  "AV WW AC", "saw", "L", "h")
T("Public report: 'the girls at the nail bar in Whitley Bay are always smiling and chatting, i asked if they were ok and they said yes they own the business together. Just saying because i saw a poster about slavery'",
  "", "", "", "l")
T("INT 2/B/P. Albanian OCG running brothels in Middlesbrough (Linthorpe) and Stockton (Yarm Lane). Women moved between flats every 10 days. Women told they owe €5,000 for travel and €200/week rent. Drivers take them to and from 'outcalls'.",
  "DB", "et", "S", "h")
T("GP, Blyth: patient (F, 70) with dementia; her grandson has moved in and takes her pension each week, she is often unfed. Safeguarding adult referral made (financial abuse and neglect).",
  "", "ncw", "", "l")
T("Debrief extract: 'In Slovakia they told us work in a fish factory in the north of England, money good, house free. In North Shields we cut fish 12 hours, then the boss said house is not free, £70 each a week, transport £20, and our first month pay is 'deposit'. We were 14 in one house. He keeps our cards.'",
  "DE WW AC EO", "oca ct ncw lh", "L", "h")
T("Officer handover: concern for welfare, Stockton. A 17 year old Kurdish asylum seeker living alone in supported accommodation. Works weekends at a barber's, paid cash, attends college. Barber known to social worker. No exploitation identified.",
  "", "", "", "l")
T("INT 2/B/P. Durham City. Student (M, 18, local) recruited to sell cannabis on campus for a Sunderland dealer. Dealer 'fronts' him the gear and says he now owes £2k. Student's car was damaged when he missed a payment; he was told 'next time it's your legs'.",
  "DB IT", "", "C", "m")
T("Caller (Hartlepool) worried about the Filipino lady who works for a doctor's family on the next street. Caller spoke to her in the park: she has her own room, her own passport, goes to church every Sunday, and is paid into her own bank account. Caller reassured. Logged for info.",
  "", "", "", "l")
T("NGO caseworker (Unseen), Sunderland: client (Polish, 45) recruited outside a homeless hostel by a man who put him to work on a roofing crew. Kept in a caravan with no water, fed once a day, and punched when he asked about wages. He was told that if he ran they would find him as they 'have friends everywhere'.",
  "AV AC PV WW IT", "plc", "L", "h")
T("Door to door enquiries Benwell re: reported house of multiple occupancy. Occupants are Syrian family of 5 with refugee status. Adequate accommodation, children at school. No concerns.",
  "", "", "", "l")
T("INT 1/B/P. POI Emeka OKAFOR (Nigerian, 44, Gateshead) brings women from Benin City on student visas for 'nursing study', takes their passports at the airport, and places them in domestic work with families in Newcastle. Wages are paid to OKAFOR. Women told juju curse will kill their families if they speak.",
  "DE RD WW IT", "dt ncw", "D", "h")
T("The car wash on Leeholme road Bishop Auckland has gone 24 hour and I see the same lads working day and night, the manager said they get breaks but I never see them leave",
  "EO", "lh", "L", "m")
T("Border Force, Port of Tyne (DFDS ferry from IJmuiden): 3 Vietnamese teenagers in the back of a car with a UK driver. No documents. Driver says he is giving them a lift. Children separated and placed with LA.",
  "AV", "", "", "h")
T("IP (Romanian, 29) says she met a man on Facebook who promised her work in a hotel in Newcastle. She says when she arrived he said the hotel job was gone and she must work in a flat 'for some weeks' with men. She refused and he slapped her and said he would post her photos to her family.",
  "DE PV IT", "", "S", "h")
T("Licensing, Gateshead Council: late-night takeaway licence review following immigration raid. Two workers found without right to work; both lived at own addresses, were paid weekly. Civil penalty to employer. No trafficking indicators.",
  "", "", "", "l")
T("INT 2/B/P. Cuckooing, Thornaby. Female (34) with severe mental health issues. Teesside dealers using her flat to bag up. She reports that they took her bank card and her phone, and she now only leaves to go to the shop when one of them goes with her.",
  "AV RM IS", "rmv iso ncw et", "C", "h")
T("Midwife: 17-year-old British girl, pregnant, living with 29-year-old partner in Middlesbrough. He controls her phone and money and she no longer sees her family. He is known to police for supplying drugs and she says he has made her 'hold' drugs for him.",
  "AV IS", "iso ncw", "C", "h")
T("INT 2/C/P. Sunderland. A Bangladeshi restaurant is reportedly advertising in Sylhet for cooks, charging them £10,000 for a sponsorship certificate. Not known whether anyone has arrived.",
  "", "uf", "", "l")
T("Debrief: 'In Darlington I cleaned a big house for a family, mother, father, 4 children and grandma. They took my phone when I arrived, they said 'no boyfriends'. I slept in the laundry room on a mat. I worked all hours. Once a month they let me call my mother but the lady listened.'",
  "IS AC EO", "iso saw lh", "D", "h")
T("Call summary: concern from employer at a Durham factory that a new starter (Bulgarian) arrives with a man who collects him, takes his payslip, and answers questions for him. Worker says the man is his 'friend who helps'. Logged and referred to GLAA.",
  "", "sfw ncw et", "L", "m")
T("INT 2/B/P. HCW Stockton Rd, Sunderland. Update: workers confirm they are housed above the car wash, 6 men in 2 rooms, and charged £60 a week each from wages. Boss POI 'RAMI' keeps their passports 'safe in the office'. One male states he was punched by RAMI for talking to a customer.",
  "AC RD PV WW", "oca dt", "L", "h")
T("there are kids begging in Eldon Square with a woman watching them from a bench, she takes the money every 10 mins, they look about 7 or 8, its been going on for weeks",
  "AV WW", "ncw", "C", "h")
T("School safeguarding lead, Hartlepool: Year 9 boy (13) disclosed uncle makes him work on a market stall every weekend from 5am and beats him if he's late. Uncle keeps the wages 'for him'.",
  "AV PV WW", "ncw", "L", "h")
T("Online report: DODGY MASSAGE PLACE IN DARLINGTON!!! women are living there, they never leave, curtains always shut, men in and out till 3am. THE POLICE DO NOTHING",
  "RM", "rmv", "S", "h")
T("INT 3/B/P. Female (British, 16) from Consett believed to be in a relationship with a 24 y/o male from Newcastle who is 'selling' her to his friends. She is missing tonight. Last seen getting in a grey Golf.",
  "AV PV", "", "S", "i")
T("Kidney donation: renal unit Middlesbrough. Altruistic non-directed donor (F, 55, British) assessed by HTA. Fully informed, no payment, counselling completed. Proceeding.",
  "", "", "", "l")
T("Trafficking of a woman from Vietnam to remove her kidney is alleged by a Vietnamese community worker in Newcastle. She says a 'broker' promised the woman a job and £5,000 and she was taken to a clinic abroad. She came to the UK afterwards and is now unwell and owes the broker money.",
  "DE DB", "", "O", "h")
T("INT 2/B/P. Hotel, Gateshead (A1 corridor). Romanian housekeepers supplied by an unlicensed 'agency'. Passports taken on arrival 'for payroll'. Housed 10 to a house in Felling, £80/week deducted. Driven to work by the agent at 0600.",
  "RD AC", "dt oca cedl", "L", "h")
T("Fishing boat, Hartlepool marina. Crew member (Latvian) reported a fight with the skipper over a share of the catch. Crewman has his own flat, is paid a share, and will leave the boat. Assault allegation only.",
  "", "", "", "l")
T("Debrief via Tigrinya interpreter: she says the 'family' she lived with in Middlesbrough were from the same village. She says she looked after their 3 children and their old father, day and night. She says the wife hit her with a shoe and pulled her hair. She says they said she owes them for bringing her from Sudan, and the debt grows with rent every month.",
  "PV EO DB", "", "D", "h")
T("A Gateshead man reports his Polish friend (35) who works at a meat factory via an agency is 'being ripped off' because he earns £11.44 an hour and has to buy his own boots. Friend lives with his wife and has savings.",
  "", "", "", "l")
T("INT 2/B/P. Cannabis grow discovered, Hartlepool (Dyke House). Door screwed shut from outside. Vietnamese male (claims 22) found inside with sleeping bag, rice cooker. Says 'boss' brings food once a week and he has never been out. Heat in loft 40C.",
  "RM AC IS", "rmv saw", "C", "i")
T("Concern raised by a Middlesbrough dentist: a child patient (11) from a Roma family has severe untreated decay. Family very poor. Child attends school. No indication of exploitation; referred to early help.",
  "", "", "", "l")
T("i think my neighbours are slaves, 3 men live in the garage at the back of number 14 in Seaton Delaval, a man takes them in a van every day and brings them back late, they wash in the garden with a hose, they are very thin",
  "AC", "plc cedl pa", "L", "h")
T("INT 2/B/P. Teesside. POI Florin CALDARARU (Romanian) controls around 12 men who steal to order from supermarkets across Teesside. Men housed in one property and given £10 a day. CALDARARU keeps their ID cards.",
  "WW RD AC", "dt oca", "C", "h")
T("Case note, New Pathways: client (Albanian, 23) says the boyfriend who brought her from Durrës to London and then to Newcastle told her she would work in a bar. She was made to sell sex and he took everything. She says she escaped while he was asleep and hid in a church. She is frightened to talk to police because he said the police here are paid by him.",
  "DE WW", "ncw foa", "S", "h")
T("Sunderland. PCSO conversation with a Big Issue seller (British, 50). Sells for himself, keeps his money, lives in a hostel. Welfare check only.",
  "", "", "", "l")
T("INT 2/B/P. 'M1 line' from London operating in Darlington. Uses a 17 y/o from Croydon who is kept in a trap house on Eastbourne Rd for weeks at a time. He has been stabbed in the leg. Line holder takes all money and says he owes for the 'stolen' drugs.",
  "AV PV WW DB", "ncw", "C", "i")
T("Report from Newcastle City Council: a Polish family in Walker are providing rooms to 7 Polish workers from a meat plant. Workers pay £70 a week each, have keys, and come and go. Overcrowding assessed under HMO rules. No exploitation.",
  "", "oca", "", "l")
T("Debrief: 'The owner of the car wash said I could stay in the office. He took £100 a week for the room and food and said the rest of my pay he would save for me. After 6 months I asked for my savings, he said there were none and hit me.'",
  "WW PV DE", "saw", "L", "h")
T("Witness: I saw a man grab a young woman by the hair outside the hand car wash in Hebburn and push her into a car. Car drove off towards the A19. VRM partial NL..",
  "PV", "", "", "h")
T("INT 3/C/P. Middlesbrough. Community source says Chinese females are being brought in by 'students' and kept in flats in the town centre for sex. No specifics.",
  "", "", "S", "h")
T("Au pair (Spanish, 21) came to police station in Jesmond asking about her rights after her host family asked her to work extra evenings. She is paid, has her passport, has days off, and has decided to leave at the end of the month. Advice given. No exploitation.",
  "", "", "", "l")
T("Mental health nurse, Durham: service user (M, 27, autism) says 'friends' he met at the bookies get him to open bank accounts and take out loans in his name, and he's given a few quid. They told him if he tells anyone they will smash his flat.",
  "AV IT", "", "C", "m")
T("INT 2/B/P. Food factory, Spennymoor. Agency workers (Romanian) state team leader 'sells' overtime shifts for £50 each, and workers who don't pay get no hours. Most live in housing provided by the team leader's brother, 8 to a house.",
  "AC", "oca", "L", "m")
T("Anon: Lads at car wash near Middlesbrough FC ground have been there since 7 this morning and its 10 at nite now, same every day, they sleep in the cabin. Dont think they get paid proper",
  "EO AC", "lh saw", "L", "m")
T("Debrief (Vietnamese female, 16): she says she came in a lorry and was taken to a nail bar in Newcastle. She says she had to learn the work and did not get money because she 'owed for the journey'. She slept on the floor of the shop. The owner said if she ran away the police would put her in prison.",
  "AV DB WW AC IT", "saw foa ncw", "L", "h")
T("Noise complaint, Jesmond. Student party. Words of advice.",
  "", "", "", "l")
T("INT 2/A/P. POI Andrei STAN uses 11 bank accounts in names of Romanian workers at a Tees Valley food plant. All wages credited to these accounts withdrawn at one ATM on Parliament Rd by STAN. Workers receive £50 a week cash.",
  "WW", "mbc ncw", "L", "m")
T("Council safeguarding: Hartlepool woman with learning disabilities befriended by a couple who moved into her flat, took her benefits and made her clean for them and shop for them. She is frightened to ask them to leave.",
  "AV", "ncw", "D", "m")
T("Call summary: Sunderland. Caller's sister (Nigerian, 30) is a live-in carer for an elderly man. Sister says the man's son took her passport 'to keep it safe' and now won't give it back, and she's not been paid for 2 months. She has a phone and goes out on Sundays.",
  "RD WW", "dt ncw", "D", "m")
T("INT 2/B/P. A19 services, Wolviston. Male (Albanian, 18) found in the back of a lorry. States he paid €15,000 in Albania for the trip and expected to work in a carwash in Birmingham to pay off a further debt. Handed to Border Force.",
  "DB", "uf", "", "m")
T("A barber shop in Stanley had two young lads from Iraq living in the back. Turns out they are the owner's nephews, go to college, and help out on Saturdays. Community officer satisfied.",
  "", "", "", "l")
T("Salvation Army note: client (Romanian, 41) worked on farms in Northumberland and Lincolnshire. Says the gangmaster collected all workers at 4am and returned them at 10pm. Wages were paid into an account the gangmaster opened and he kept the card. Workers were told they would be handed to police if they complained because they had no papers.",
  "WW EO IT", "cedl lh ncw foa", "L", "h")


# ---- part 3 ----
T("INT 2/B/P. Blyth. POI 'GAZZA' (local, 30s) running a line into Cramlington. Uses vulnerable adult (M, 41, ex-serviceman, PTSD, drinker) as a driver. Pays him in vodka. Victim states he was 'given a hiding' when he crashed the car.",
  "AV PV", "", "C", "h")
T("Car wash, Hartlepool (Stockton St). Visit by neighbourhood team after a public report. All staff have contracts, own bank accounts, hours displayed. One worker said the boss is strict but they can leave anytime. No indicators. Advice on waste water only.",
  "", "", "", "l")
T("hi there is a young girl at the chippy in Horden who i think is being kept there, shes never at school, i see her through the back door at 11pm scrubbing, when i asked the owner he said shes his niece on holiday, she has been on holiday for 8 months",
  "AV EO", "lh", "L", "h")
T("Safeguarding referral from Newcastle college: student (Eritrean, 17, UASC) says he was offered 'easy work' delivering food on a bike using someone else's account. He rides till 2am and the account holder keeps most of the money and says he will report him to the Home Office if he stops.",
  "AV EO WW IT", "lh ncw foa", "L", "h")
T("Officer note, Middlesbrough: attended a flat following concerns about a 'trafficked woman'. Found a Polish woman (38) living alone, works in a care home, has her own passport and bank card, her daughter visits. Neighbour was confused by her long shifts. No concerns.",
  "", "", "", "l")
T("INT 2/B/P. Cannabis farm, Bishop Auckland. Two Vietnamese males arrested. One (appears 16) had no shoes, no phone, no possessions except the clothes he wore. Said the boss 'keeps the shoes so we don't run'.",
  "AV RM", "fpe rmv", "C", "h")
T("Debrief: 'My boss at the restaurant in Durham said I must give him my bank card so he can pay the tax. Every month he gives me £200 and keeps the rest. I work every day, 10 in the morning until after midnight. I live in his house with 5 others, we sleep on mattresses on the floor.'",
  "WW EO AC", "ncw lh oca", "L", "h")
T("Call summary 101, Stockton: member of the public worried about a man sleeping in his car in a supermarket car park. Man (British, 60) recently evicted, works as a delivery driver, declined help. Housing details given.",
  "", "", "", "l")
T("Sunderland port. A crewman from Myanmar on a cargo vessel contacted the ITF inspector saying the captain holds all crew passports and they have not been paid for 5 months. Crew not allowed ashore 'because of visa'. Food running low.",
  "RD WW RM AC", "dt rmv", "L", "h")
T("INT 3/C/P. Source suggests that 'a Romanian gang' is using girls in a massage parlour on Middlesbrough's Borough Road. Premises checked - licensed, staff British and Spanish, self-employed, no concerns found.",
  "", "", "", "l")
T("IP told me (interpreter's note) that in Albania a friend's cousin said she could marry a man in England and have a good life. In England the 'husband' took her to a house in Sunderland and said she must work in a nail bar by day and with men at night. He took her passport and phone.",
  "DE RD IS", "dt iso", "S L", "h")
T("Hi i am writing because my uncle went to England for work, he is in Newcastle at a car wash and says he cannot send money because the boss keeps it for the rent and the 'visa'. He has been there a year. He sounds scared on the phone and only calls when the boss is not there.",
  "WW", "ncw", "L", "m")
T("GLAA compliance visit, shellfish processor Amble: 25 workers supplied by a licensed agency. Payslips correct, no deductions other than tax/NI, accommodation not tied to job. One worker complained his holiday pay was late; agency confirmed it was paid next week. Compliant.",
  "", "", "", "l")
T("A&E Darlington Memorial: female (Thai, 35) with head injury. Came with a man who said he was her boyfriend. Paperwork: no address. She later told the nurse she works in a 'massage house' and the man hits her when she doesn't make enough money. She cannot leave because he has her passport.",
  "PV RD RM", "pa dt rmv sfw", "S", "i")
T("INT 2/B/P. Northumbria/Durham border. 'Tommo' line (Sunderland) using a 14 y/o girl to carry drugs inside her body on the train to Darlington. She is being given cannabis and told she's 'his girlfriend'.",
  "AV PV", "", "C S", "h")
T("Homeless charity Gateshead: guest (Slovak, 44) says a van picks up men outside the hostel each morning for 'demolition work'. He went once, was paid £30 for 12 hours, and chose not to go back. Says others go every day because they need the cash. Information passed to police.",
  "", "", "", "l")
T("Debrief (Chinese male, 50): 'The snakehead said I owe 300,000 yuan. In England I was put in a takeaway in Hartlepool. The owner pays the snakehead, not me. I sleep upstairs with three men. I do not go out because I have no papers, the owner says police will catch me.'",
  "DB WW AC", "ncw oca foa saw", "L", "h")
T("INT 2/B/P. Sexual exploitation, Teesside. Online adverts (Vivastreet) for 'Thai ladies' in Stockton and Middlesbrough use the same phone number (07712 345678). Number linked to POI WONG who rents 5 flats. Females move between flats weekly.",
  "", "", "S", "h")
T("Durham Uni welfare: PhD student (Nigerian, 28) can't pay rent after her scholarship payment was delayed. Stressed but no one controlling her. Hardship fund arranged.",
  "", "", "", "l")
T("wtf is going on at the car wash on the coast rd? saw the boss slapping one of the lads cos he dropped a sponge. lad looked about 16. disgusting",
  "PV AV", "", "L", "h")
T("INT 2/A/P. POI Dritan MEMA (Albanian, 28) and POI Elton BEQIRI operate 'Cash Kings' hand car washes in Stockton, Darlington and Hartlepool. Workers recruited in Kukës with promise of £70/day; on arrival told there is a debt of £6,000 'for the boat'; wages docked so debt never reduces. Workers housed in flat above Darlington site, 9 men.",
  "DE DB AC WW", "oca", "L", "h")
T("Care home, Stockton. Whistleblower (carer) says overseas carers are made to work nights and days back to back, some 90 hours a week, and that the owner charges them £150 a month for 'uniform and training'. They live in a house owned by the owner, 6 to a room.",
  "EO AC", "lh ppe oca", "L", "h")
T("Officer handover, Newcastle: female (British, 22) reported her boyfriend for stealing her phone. Investigated as theft/domestic. She has her own job and flat, no control over movement. NFA on MSA.",
  "", "", "", "l")
T("Debrief extract (Pakistani female, 24): 'My husband's mother said I was brought to be the servant, not the wife. I cooked for everyone. I could not go to the door. She took my passport and my jewellery. When I cried, my husband beat me. They did not let me speak to my parents.'",
  "RM RD PV IS", "rmv dt iso", "D", "h")
T("INT 2/B/P. Roma family in Middlesbrough (North Ormesby) suspected of bringing young men from Romania to claim benefits. Men's bank cards and PINs kept by head of family. Men do odd jobs for him. Several cards used at the same ATM on the same day.",
  "", "mbc ncw", "C", "m")
T("Teacher, Newcastle secondary: Year 10 boy asked teacher for help, saying older lads from the West End make him sell weed at school and said they'd burn his mum's house down if he stopped. He has a new phone they gave him, which they track.",
  "AV IT", "", "C", "h")
T("Concern: nail bar in Blyth town centre, girls seem to live in the back, curtain up, camp beds, they dont go anywhere, the manager brings takeaway in for them",
  "AC", "saw", "L", "m")
T("Witness statement (agency driver): I drive a minibus for Ace Staffing in Middlesbrough. Workers pay me £8 each per day for the lift, it's taken off their wages by the agency. Some of them have to get up at 4 to catch me. They're paid by the agency into their own accounts I think. Most seem fine.",
  "", "ct", "", "l")
T("IP (Indian, 35, via interpreter) says he was taken from an Indian restaurant in Stockton to the owner's house every night after work to clean and look after the owner's children. He says that he worked from 10am at the restaurant until 3am at the house. He says the owner told him his visa would be cancelled and his family in Punjab would be shamed.",
  "EO IT", "lh foa", "L D", "h")
T("INT 2/B/P. Organ trafficking. Eritrean male (24) in asylum accommodation, Middlesbrough, has a fresh nephrectomy scar. States that in Egypt smugglers told him he could not continue the journey unless he 'gave' a kidney. He was drugged and woke up in a clinic.",
  "PV AV", "pa", "O", "h")
T("Public report (Sunderland): the man who runs the car wash near the stadium is always shouting at his workers but i spoke to one and he said he is paid fine and goes home to his wife in Roker every night. Just want it checked.",
  "", "", "", "l")
T("Midwife, Newcastle: pregnant woman (Romanian, 20) has a 'boyfriend' who is also her 'manager'. She has adverts online (he writes them), he holds her ID card and phone and she gives him all her money. She asked the midwife not to tell anyone.",
  "RD IS WW", "dt iso ncw sfw", "S", "h")
T("ASB complaint, Gateshead: residents say a group of Polish men in the end house drink outside at weekends. Men work at a local bakery, own tenancy. Not exploitation.",
  "", "", "", "l")
T("INT 2/B/P. Cuckooing, Gateshead (Felling). Elderly male (78) with dementia. Youths from a Newcastle gang using his flat and his bank card. He told his daughter they push him into the bedroom when people come to buy and lock the door.",
  "AV RM", "rmv ncw", "C", "i")
T("Debrief (Nigerian female, 27): 'The woman (madam) said I would be a nanny in England. She paid the flight. In Newcastle she said I owe 35,000 euros. She put me in a flat in Gateshead and men came. She said if I go to police they will send me back and the juju will kill me.'",
  "DE DB IT", "foa", "S", "h")
T("Fire service referral, Middlesbrough: during a fire safety visit to a terraced house, crews found 11 men sleeping on mattresses in every room including the kitchen, no working smoke alarms, and a padlock on the back door. Men said they work at a car parts plant and the landlord is their supervisor.",
  "AC", "oca plc", "L", "h")
T("Call from Newcastle airport security: a girl (approx 15, Vietnamese) travelling with a man claiming to be her father, different surname, he held both passports and answered all questions. Girl very withdrawn. Border Force intervened.",
  "AV", "sfw", "", "h")
T("INT 2/C/P. Source reports Polish agency (not licensed) in Darlington charging workers a £300 'registration fee' before finding them jobs. Workers later placed at a food site and paid normally.",
  "", "uf", "", "l")
T("Salvation Army caseworker: client (Czech, 50) groomed at a bus station in Prague, promised gardening work near Durham. Spent 3 years laying tarmac for a family. Slept in a horsebox. Was given food and cigarettes, never money. Was beaten when he tried to leave and taken back.",
  "DE AC WW PV RM", "plc rmv", "L", "h")
T("Hello my name is Gabriela i work in a fish factory in north shields. the manager takes my passport when i started and didnt give back. when i ask he says its in the office for checks. i want to go home to see my sick mother. please help",
  "RD", "dt", "L", "m")
T("Housing association, Sunderland: tenant (F, 55) has let her 22 y/o nephew and his friends stay. Friends are dealing from the flat. Tenant says she is happy with them there and is not frightened. ASB warning. Monitored for cuckooing; none found at present.",
  "", "", "", "l")
T("INT 2/B/P. Takeaway chain 'Pizza Express Stop' (not affiliated) Teesside, 3 branches. Staff (Bangladeshi) say they work 12-14 hour shifts 7 days, paid £250 monthly, rest 'kept for their visa costs'. Live above the branches.",
  "EO WW", "lh saw ncw", "L", "h")
T("Witness: I am a taxi driver in Sunderland and every night I take a young girl from a flat in Millfield to different hotels and she never has any bag, and an older lad rings me to book and pays me. She once said she's 14.",
  "AV", "et fpe", "S", "i")
T("Financial crime alert, Newcastle: a Lithuanian national opened 8 accounts at different banks in one week for 'friends'. Address given is a 2-bed flat. Some accounts receive wages from a Northumberland farm.",
  "", "mbc", "", "l")
T("Debrief (British male, 32, learning disability): 'Kev said come and work for him on the roofs and he'd look after me. I lived in his caravan at the site in Washington. He kept my bank card. He said I owe him for the caravan. If I stopped working he'd make me sleep outside. He hit me with a spanner.'",
  "AV WW DB PV AC IT", "ncw", "L", "h")
T("Newcastle City Council Environmental Health: restaurant kitchen inspection, Stowell St. Poor hygiene. Staff (Chinese) interviewed as routine. All live in own accommodation, paid by bank transfer. No safeguarding concerns.",
  "", "", "", "l")
T("INT 2/B/P. Domestic servitude. Diplomatic household? Female (Indonesian) seen through the window of a large house in Ponteland working late into the night. Neighbour says she is never seen outside alone and the family drive her to church only.",
  "RM EO", "rmv lh et", "D", "h")
T("Public report: theres this bloke who picks up girls from a childrens home in middlesbrough in a black range rover, they come back next day off their heads. its been happening for months. why is nobody doing anything",
  "AV", "", "S", "h")
T("Probation: service user (Albanian, 22) serving sentence for cannabis production says he came to the UK voluntarily and was paid £1,500 a month to tend the grow. He says he was not forced or threatened. No NRM at present.",
  "", "", "", "l")
T("Debrief extract: 'I answered a job for a cleaner in a hotel in Durham on OLX. They said free flight, free house. When I came there was no hotel. They put me in a car wash. We were 8 in a flat. They said the flight costs £1,000 and I will work for it. After 3 months they said I still owe £1,000.'",
  "DE DB AC", "oca", "L", "h")
T("INT 2/B/P. County line 'Bigz' (Manchester) operating into Hartlepool. Local female (19, care leaver) holding drugs and cash. Line holder has posted threats on Snapchat that he will 'cut her' if the money is short.",
  "AV IT", "", "C", "h")
T("Call summary 999: man shouting that he's been 'held for days' in a flat on Grange Rd, Darlington by men who took his phone and ID and beat him. Ambulance requested; male has swollen face and says the men will be back tonight.",
  "RM IS RD PV", "rmv iso dt pa", "", "i")
T("Council tax enquiry revealed 15 residents at a 3-bed house in Thornaby. Residents were students from India and Nepal sharing costs themselves; landlord in breach of HMO licensing. No exploitation.",
  "", "oca", "", "l")
T("Hand car wash A690, Durham. Report from customer: a worker spoke quietly in broken English 'no money, boss take, help'. Then another man came and took him to the back.",
  "WW", "ncw", "L", "m")
T("Debrief: 'I came from Romania for work in a factory in Sunderland. The man gave me work but said first I pay £400 for the job and £25 for the shoes. I lived in his house with my wife and 10 others. He drove us to the factory and back and took £10 each day. He kept the bank cards and gave us £40 a week for food.'",
  "WW AC", "uf ppe ct ncw oca", "L", "h")
T("INT 3/C/P. Unsubstantiated. Source suggests a Hexham bed and breakfast employs an 'illegal' cleaner. Licensing visit: cleaner is the owner's daughter. NFA.",
  "", "", "", "l")
T("A&E, Queen Elizabeth Gateshead: 16 y/o boy with stab wound to thigh. Lives in Leeds, says he is 'visiting'. Has 2 phones and £600. Refuses to say who he is with. Man outside in car tried to take him before treatment.",
  "AV PV", "pa", "C", "i")
T("my mate works on the fishing boats out of north shields and he said the filipino lads on the next boat are on the boat all the time, months, they never come in to town, the skipper said they aren't allowed off. they look really thin",
  "RM", "rmv pa", "L", "h")
T("Victim account (Polish, 60, alcohol dependent): 'They gave me drink in the morning and drink at night. I worked on their houses in Middlesbrough, plastering, painting. No money. One time I said I want to go to Poland, they laughed and said I have no passport, they burned it.'",
  "AV WW RD", "dt ncw", "L", "h")
T("GLAA licence application check, gangmaster in Newcastle supplying vegetable packhouses. Applicant provides transport at no cost, accommodation optional, contracts in workers' languages. Granted.",
  "", "", "", "l")
T("INT 2/B/P. Sunderland city centre. Romanian females begging near the Bridges are collected at 1800 by a male (POI Ionut LUCA) who takes the day's takings. One female told PCSO through translation app that LUCA 'is the boss, I have to give everything or he hits'.",
  "WW PV", "ncw cedl", "C", "h")
T("Consett GP: patient (Slovak, 19) accompanied by a man who said he was her 'employer' at a cleaning company and wanted to be in the room. Patient asked for him to leave; seen alone, she said she is fine, her employer is just 'overprotective', she has her passport and gets paid. No concerns recorded.",
  "", "", "", "l")
T("Debrief: she says that the man who controlled her moved her between Airbnbs in Newcastle, Sunderland and Durham every 3 days so she never knew which town she was in. She says that she only had the work phone, which he read every night.",
  "IS", "iso", "S", "h")
T("Officer handover: welfare check at a house in Darlington after reports of 'a woman kept as a maid'. Found live-in nanny (Filipina, 30) on a valid visa, own passport, paid monthly into her account, has Sundays off and attends church with friends. She was offended by the suggestion. No action.",
  "", "", "", "l")
T("INT 2/B/P. Middlesbrough. Vulnerable male (25, homeless, heroin user) made to shoplift for a local OCG in return for drugs. Told he owes for drugs 'on tick' and must steal £300 a day of goods. Beaten when short.",
  "AV DB PV", "", "C", "h")
T("kid from Leeds sleeping at my neighbours flat in Stockton Parkfield, he looks about 14 and there are cars coming all day. the woman in the flat is a smackhead, she says shes frightened of them",
  "AV", "", "C", "i")
T("IP (Sudanese, 20) says that when he arrived in Newcastle a man from his country gave him a room in exchange for working in the man's barber shop and car wash. He says he was never paid and had to ask permission to go out. He left after 6 weeks.",
  "WW RM", "rmv ncw", "L", "m")
T("Trading standards/HMRC: nail bar, Middlesbrough. Staff paid below minimum wage (£8 per hour), otherwise own accommodation, own accounts, no other indicators. NMW enforcement action.",
  "", "", "", "l")
T("INT 2/A/P. POI Mihai DOBRE (Romanian) recruits women from Craiova via the 'loverboy' method, brings them to Newcastle and sets up adverts. Women's earnings collected by DOBRE daily. One victim was burned with a cigarette for keeping £20.",
  "DE WW PV", "ncw", "S", "h")
T("Debrief extract (Kurdish male, 17): 'The man who brought me in the lorry said I pay him back in a car wash. They drove us from Leeds to Stockton every day, 6 in the morning to 10 at night. We sleep on the sofas in his house. I had nothing, only my clothes. They took my phone so I can't talk to my family.'",
  "AV DB EO IS", "cedl lh iso fpe et", "L", "h")
T("Call summary: Durham. Woman reports that her husband's employer at a scrapyard has not paid him for the last fortnight due to a dispute about hours. Husband has his own bank account and has gone to ACAS. Civil matter.",
  "", "", "", "l")
T("Press release: Northumbria Police rescued 9 men from a farm in Northumberland. The men, some of whom had been held for over a decade, were found living in dilapidated caravans. They had been recruited from homeless shelters and were paid little or nothing. Two brothers were charged under the Modern Slavery Act.",
  "AV AC WW", "plc", "L", "h")
T("INT 2/B/P. Hartlepool. Child (F, 15, in care) believed to be sexually exploited by adult males who collect her from her placement at night and return her in the morning. She has been seen with bruises.",
  "AV PV", "cedl pa", "S", "h")
T("Renal nurse referral: patient (British, 49) requests advice about buying a kidney from a donor in India whom a 'medical tourism' website advertises. Advised this is illegal. No transaction has occurred.",
  "", "", "", "l")
T("Debrief (Romanian, 25): 'The boss told me: if you leave, my brother in Romania will visit your little sister. So I stayed. I washed cars in Darlington every day 8 until 8.'",
  "IT EO", "lh", "L", "m")
T("INT 2/B/P. Chester-le-Street. Slovakian family (parents and 4 children) working at a food plant. Children (14, 15) also working weekend shifts under false ages. Father says it's their choice. Agency unaware.",
  "AV", "", "L", "h")
T("Public report: Vietnamese girl working at a nail bar in Sunderland came to my house to do my nails and said the boss only gives her £20 a week and the rest goes to 'pay the ticket'. She's scared to leave because the boss knows her family's village.",
  "WW DB IT", "ncw", "L", "h")
T("Environmental health note, Gateshead: hotel kitchen porter found sleeping in the basement laundry. Porter (Romanian, 40) said he has a flat but missed the last bus. Manager confirmed. Advice only.",
  "", "", "", "l")
T("INT 2/B/P. Sunderland. Vietnamese man (30s) working in a nail bar lives with the owner's family. Says he has no money, and when asked about his passport said 'the boss has it'. Seemed nervous of police.",
  "RD WW", "dt ncw foa", "L", "m")
T("Safeguarding referral: a 16 y/o girl placed in supported accommodation in Gateshead has been given a job 'modelling' by a man she met online, who took photos and now sends men to her flat. He told her the photos will go to her school if she stops.",
  "AV DE IT", "", "S", "h")
T("Officer note: the 'caged' men reported by a walker on a Northumberland farm were seasonal workers in a fenced yard with a gate, which was open. Workers have keys and a car. Pay and accommodation checked. No concerns.",
  "", "", "", "l")
T("INT 2/B/P. Stockton. Nigerian female (26) working as a carer via an agency. Agency boss (POI ADEYEMI) took £5,000 for her Certificate of Sponsorship and deducts £500 a month 'repayment'. Now says she owes £8,000 because of 'interest'. Threatened to report her to the Home Office.",
  "DB IT", "uf foa", "L", "h")
T("Hello, I'm reporting my ex. He is not letting me see my kids and has my kids' passports. I have my own passport and job. Just want advice about custody.",
  "", "", "", "l")
T("Debrief (Filipina, 38) via interpreter: she says she worked for a diplomat's family in London, then they moved to a house near Newcastle. She says she worked 18 hours, had no day off in 2 years, was paid $100 a month into an account in the Philippines she could not check, and the employer kept her passport in a drawer in his study.",
  "EO WW RD", "lh ncw dt", "D", "h")
T("INT 2/B/P. Men from Leeds cuckooing an address in Peterlee. Occupant (F, 40, learning disability). Neighbours report she has been seen with black eyes and the flat is full of rubbish. She says the 'lads' are her friends.",
  "AV PV", "pa", "C", "h")
T("hand carwash at the shell garage in Seaham, the lads there have no gloves in the freezing cold and there feet are in water all day, the boss drives a merc, they never have a day off",
  "AC EO", "lh", "L", "m")
T("Kidney for sale: a man (M, 40, Pakistani) told his GP in Middlesbrough he is being pressured by a moneylender to 'give' a kidney abroad to clear a £15,000 debt. The lender has threatened his family in Mirpur.",
  "AV DB IT", "", "O", "h")
T("School report, Darlington: Year 7 pupil (11, Roma) absent Mondays and Fridays. Parents say he helps at their market stall. Family cooperative; EWO involved. No concerns of exploitation.",
  "", "", "", "l")
T("INT 2/B/P. Sunderland. Female (Albanian, 23) found in a brothel on Chester Rd, has tattoo of a male's name on her wrist. She says the man owns her. She was not allowed to leave without a driver.",
  "RM", "rmv et", "S", "h")
T("Debrief (Vietnamese male, 19): 'They told me my debt was £25,000. Every week they say I must pay more for food and electricity. I worked in a big cannabis house in Darlington. They hit me with a pipe when the plants died. I never knew what street.'",
  "DB PV IS", "iso", "C", "h")
T("Shop worker in Newcastle: a regular customer, an older Indian man, comes in with a young woman who never speaks, he pays for everything, she looks very thin and wears the same clothes every week.",
  "", "pa sfw fpe", "", "l")
T("INT 2/B/P. Durham. Female (Polish, 28) in a relationship with a man who forces her to have sex with his friends for money, and keeps the money. She has bruises. She lives with him and says she has nowhere to go.",
  "PV WW AV", "ncw pa", "S", "h")
T("Employment tribunal summary: Hungarian chef at a Newcastle hotel won a claim for unpaid holiday pay. He had his own flat, was free to work elsewhere. Claim settled. Not exploitation.",
  "", "", "", "l")
T("The farmer near Wooler has got 4 lads living in a cowshed, i seen them eating out of pans on a camping stove. They said they came from Bulgaria and the 'man in the van' brought them. They get paid 'at the end'. They been here since lambing.",
  "AC WW", "plc saw", "L", "h")
T("INT 2/B/P. Money mule network. Newcastle. POI Tariq MALIK recruits Syrian refugees to open bank accounts, then keeps their cards and PINs. Refugees told their asylum claims will be 'stopped' if they report him.",
  "AV IT", "ncw foa", "C", "m")
T("A Middlesbrough care agency told staff (Zimbabwean) they must pay back £3,000 if they leave within 2 years. Staff on own accounts, reasonable hours. Staff member says she is happy and has no plan to leave. Logged re possible unlawful clause.",
  "", "", "", "l")
T("Debrief: 'I was sent to England at 16 to work for my uncle's friend in Sunderland. I cleaned, cooked and looked after his children. He said I was like a daughter. He did not let me go to school and I could only leave the house with his wife.'",
  "AV RM", "rmv et", "D", "h")
T("Call 999, Gateshead: man reports 2 Romanian women crying in the street outside a flat on Saltwell Rd, saying a man took their passports and threw them out with nothing. Women are on the street now in the cold.",
  "RD", "dt fpe", "", "h")
T("INT 2/B/P. Vietnamese teens in a nail bar on Linthorpe Road Middlesbrough. One told an undercover officer she is 15. She sleeps in the shop. Owner says she is 'his daughter'.",
  "AV AC", "saw", "L", "i")
T("Neighbour reports man living in the garden shed of a house in Stockton. Turns out he is the owner's son (British, 28) who chooses to live there. Has a job and car. No concerns.",
  "", "", "", "l")
T("IP (Polish male, 47) states that after his wife died he drank heavily and a 'friend' took him to Sunderland to work in a car wash. The 'friend' took his ID 'to get him a job' and never gave it back. He was paid nothing for 2 years and slept in a shipping container at the car wash.",
  "AV RD WW AC", "dt saw ncw", "L", "h")
T("Financial intelligence: 23 debit cards in different names sent to one address in Elswick. Cards used at the same cash machine on Westgate Road every Friday night. Accounts receive wages from a Gateshead packaging site.",
  "", "mbc ncw", "L", "m")
T("Police intelligence: Durham. Chinese female (late 20s) running a massage parlour on her own behalf, has her own flat, passport and bank card. Sex work, no third party controlling. No trafficking indicators. For info.",
  "", "", "", "l")
T("Debrief extract: 'He always came with us to the shops and the doctor, he said it was to help with English. When the social worker came, he talked for us. We never had a key for the house.'",
  "RM", "rmv et sfw", "", "m")
T("Hospital discharge planning: elderly woman (84) living with her carer (unpaid relative, 55). Carer works part-time and cares for her. No exploitation; carer's assessment offered.",
  "", "", "", "l")
T("INT 2/B/P. Fishing vessel 'Ocean Star' (Blyth). Ghanaian crew members on a transit visa. Wages paid to a manning agent in Accra; crew say they receive about 10% after 'fees'. Crew say the skipper threatened to leave them at sea if they complained.",
  "WW IT", "ncw", "L", "m")
T("Facebook message to police page: 'Theres a Romanian man who rents out rooms in Hartlepool to his own workers and charges them for everything, gloves, uniform, lifts, rent, and they end up owing him more every week, my friend is one of them and he has been there 2 years and can't leave till he pays'",
  "DB", "ppe ct", "L", "m")
T("Officer note: reported 'slavery' at a Jesmond house turned out to be a live-in caregiver employed through a regulated agency, with contract, days off and her own phone. The neighbour had seen her crying after a phone call home. No concerns.",
  "", "", "", "l")
T("INT 2/C/P. Sunderland nail bar - source says a girl there has 'no shoes and no coat' and one set of clothes. Owner takes her to and from the shop in his car. Requires development.",
  "", "fpe et", "L", "m")


# ---- part 4 ----
T("INT 2/B/P. Redcar. Polish male (39) reports to PCSO that his 'employer' at a scaffolding firm told him the job paid £120 a day cash. After a month he was told his wages had gone on 'tax, van and digs' and he was owed nothing. He lives in the employer's spare room with 4 others.",
  "DE WW AC", "oca ct", "L", "h")
T("Call 101, Whitley Bay: caller found a wallet with a Romanian ID card in it on the beach. Handed in to lost property. Owner traced and collected it.",
  "", "", "", "l")
T("my sister in law is from thailand and her husband in gateshead makes her work in his restaurant 7 days and does not pay her, he says shes family so why pay. she cant go out without him and he has her passport in his safe",
  "WW EO RM RD", "rmv dt", "L", "h")
T("Durham CC adult safeguarding: man (34, Down's syndrome) reported by his day centre as being 'employed' to wash cars for his neighbour's business for cigarettes and crisps. Neighbour has told him not to tell his mum.",
  "AV WW", "", "L", "m")
T("Debrief (Albanian female, 21) via interpreter: she says that a man in Tirana promised to marry her and bring her to England. She says he made her work in flats in Newcastle and Sunderland and that he said he would send the video of her to her father if she stopped. She says she was not allowed to keep a phone.",
  "DE IT IS", "iso", "S", "h")
T("Sunderland port: shore leave check on a bulk carrier. Crew (Ukrainian, Indian) all hold their own documents, wages confirmed via ITF. Crew visiting the seafarers' centre. No issues.",
  "", "", "", "l")
T("INT 2/B/P. Middlesbrough (Newport). Eritrean asylum seekers in hotel approached by POI to work at a 'warehouse' in Leeds for cash. POI keeps them in a flat in Leeds during the week and returns them at weekends so the hotel doesn't notice. Paid £100 a week for 60 hours.",
  "AV EO WW", "lh et", "L", "h")
T("Heard from a friend that someone at a nail bar in Durham is being paid peanuts. Don't know anything else. Sorry if this is a waste of time.",
  "", "", "", "l")
T("IP (Roma, 30, Slovakia) says that her husband's brother sold her to a man in Sunderland for £2,000. She says she was made to clean his house and sleep with him and his friends. She says that she was beaten with a belt and locked in the bedroom when he went to work.",
  "PV RM", "rmv", "S D", "i")
T("Organ harvesting concern, Teesside Crown Court listings: case of a man charged with conspiring to bring a young man from Nigeria to the UK to provide a kidney to a relative, falsely presenting him as a family member. Donor told he would get a job and education in England.",
  "DE AV", "", "O", "h")
T("Officer note: car wash, Darlington. Workers' union rep contacted police after a dispute about a late wage. Workers all have own accounts, own flats and their passports. Boss paid the money the next day. Closed.",
  "", "", "", "l")
T("INT 2/B/P. Stanley. Local 15 y/o boy 'going country' to Scotland for a Sunderland line, missing for days at a time, returns with injuries and says he owes 'a grand'.",
  "AV DB PV", "pa", "C", "h")
T("Taxi driver statement: I took 5 lads from a house in Stockton to a car wash at 6am. The boss paid me. The lads told me they never get paid and only get fed once a day. One showed me burns on his hands from the chemicals. They had no gloves.",
  "WW AC", "cedl pa", "L", "h")
T("Salvation Army note, Newcastle: client (British, 19, care leaver) was groomed by a man who gave her a flat, then told her she owed him rent of £200 a week which she must pay by sleeping with men he sends round. She says she tried to leave and he dragged her back by her hair.",
  "AV DB PV RM", "rmv", "S", "h")
T("Immigration enforcement note: Indian national (27) overstayed student visa, working in a Newcastle takeaway for the minimum wage, living with friends. No indicators of exploitation. Administrative removal considered.",
  "", "", "", "l")
T("INT 2/B/P. A Gateshead family (POI AHMADI) 'employ' an Afghan girl of about 13 as a maid. She does not go to school. She was seen carrying heavy shopping at 10pm and has never been seen with other children.",
  "AV EO IS", "lh iso", "D", "i")

main()
