#!/usr/bin/env python3
"""Hand-written texts for fresh31 (Sightline indicator detector training set).
Each T(...) call holds one hand-written text and its labels (short codes expanded below).
Run: python3 bench/text/mkfresh31.py  -> writes bench/text/fresh31.jsonl"""
import atexit, json, os

IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement",
           iso="isolation", psv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", isd="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", DS="domestic_servitude", OH="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("rd", "dt"), ("rom", "rm"), ("eo", "lh"), ("iso", "isd")]
D = []
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh31.jsonl")

def T(text, ind="", sig="", typ="", risk="l"):
    i, s, t = ind.split(), sig.split(), typ.split()
    for a, b in PAIRS:  # convention: the sign goes with its indicator
        if a in i and b not in s: s.append(b)
        if b in s and a not in i: i.append(a)
    D.append(dict(text=" ".join(text.split()) if "\n" not in text.strip() else text.strip(),
                  indicators=sorted(IND[x] for x in set(i)), signs=sorted(SIG[x] for x in set(s)),
                  exploitation=sorted(TYP[x] for x in set(t)), risk=RISK[risk]))

@atexit.register
def _write():
    out = OUT
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            f.write(json.dumps({"id": f"f31-{n:03d}", **d}, ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)

# ---------------- part 1 ----------------
T("""NRM referral – first responder: Salvation Army (England). PV is a 34yr old Romanian male. He states he was approached in Craiova by a man called Marius who offered building work in Birmingham at £80 a day with a room included. On arrival his ID card was taken "for the agency registration" and he never saw it again. He worked on sites six days a week from 6am, paid nothing for the first two months because he was told he owed £1,500 for the minibus and the room. He slept in a three-bed house with eleven other men. He left when a site manager gave him the number for the Modern Slavery Helpline. PV consents to referral.""",
  "dec rd ww db ac eo", "dt oa ct plc", "L", "h")
T("""Duty to Notify (s52 MSA 2015) – adult did not consent. Male, approx 40, Vietnamese. Found in loft of address on Hartley Road during a drugs warrant, tending approx 300 cannabis plants. Windows boarded, no key to front door from inside. Spoke no English. Refused to give name. Declined NRM through interpreter, said he is afraid of what will happen to his family in Nghe An if he talks.""",
  "rom av", "rm foa plc saw", "C", "h")
T("""2/B/P INT suggests nom POPESCU Ionut (DOB 12/03/1988) controls approx 8 Romanian females working from flats above shops on Station St. Females are moved between flats every 2-3 wks. POPESCU holds their bank cards. Adverts placed on adult sites under 'new girls'.""",
  "ww", "ncw mbc", "S", "h")
T("""Reasonable grounds decision: positive. The Single Competent Authority has considered the referral and there are reasonable grounds to believe that the individual is a victim of modern slavery (labour exploitation, UK). Recovery period of 30 days applies. Support via the Salvation Army contract has been offered.""",
  "", "", "L", "m")
T("""Crime report: On 14/06 at approx 2230 hours the victim, a 22 year old Polish national, attended the front counter of Halesowen police station. She reported that her former partner had taken £300 from her purse during an argument at their shared flat. She did not report any other concerns. Theft recorded, suspect identified.""",
  "", "", "", "l")
T("""ther is a car wash on the bypass near tesco the lads there look like they havnt eaten in weeks, no gloves in the freezing cold with jet washers, someone said they sleep in the portacabin out back. dont know if its my business but its not right""",
  "ac", "pa saw plc", "L", "m")
T("""NRM referral declined at triage. Adult male, Albanian, 27. Encountered at Dover after crossing by small boat. Paid smugglers 3,000 euros in Albania, no work arranged, no threats made, relatives in London met him. He was clear he came by choice and is not owed or controlled by anyone. No indicators of trafficking identified; referred to asylum route only.""",
  "", "", "", "l")
T("""Victim debrief (via Vietnamese interpreter): She says that she was brought to the UK in a lorry at 16. A woman called Aunty Lan met her in Luton and took her to a nail bar. She worked from 9 in the morning until 9 at night every day. Aunty Lan told her she owed £18,000 for the journey and her wages would go to pay it, so she only got £30 a week for food. She slept on a mattress in the back room of the shop.""",
  "av db ww eo", "lh saw plc", "L", "h")
T("""Call summary 999: caller is female, whispering, says she is in a flat above a takeaway in Hull and cannot get out, door locked from outside, man coming back tonight and said he would kill her if she called police. Line dropped. Units dispatched, grade 1.""",
  "rom it", "rm", "", "i")
T("""GLAA inspection note: Licence holder Greenfields Labour Ltd, packhouse in Boston. Workers interviewed (n=12, Bulgarian and Lithuanian). All hold their own documents, paid weekly into own accounts at NMW or above, payslips clear, transport optional and free. Accommodation inspected – 4 to a house, clean. No concerns identified. Licence compliant.""",
  "", "", "", "l")
T("""Safeguarding referral (school): Year 10 pupil, 15, has been missing from lessons three times this month. Seen getting into a black Audi outside the gates with older males. Has a new phone and designer trainers, unexplained cash. Told teacher he 'goes to Swindon to see a friend' and was found by BTP at Reading station with £600 and two phones. Mother says he was punched when he lost a package.""",
  "av psv", "", "C", "h")
T("""A&E note: 31F, Slovak. Presented with fractured wrist. Accompanied by a man who answered all questions and would not leave the cubicle. Pt appeared frightened, thin, poor hygiene. When alone briefly she said 'he takes my money from the warehouse'. Agency work. Consider MS pathway; safeguarding lead informed.""",
  "ww", "sfw pa", "L", "m")
T("""Police crime report (MS Act s1). Between March and October 2023 the suspect HUSSAIN employed two Pakistani males at his restaurant in Rochdale. The victims had been recruited in Lahore on the promise of chef work at £2,000 a month and a visa sponsorship. On arrival their passports were placed in a safe in the office. They worked 14-hour shifts seven days a week and slept in a storeroom above the kitchen. They were paid £150 a month in cash. When one asked for his passport back HUSSAIN told him he would call immigration and have him deported.""",
  "dec rd eo ww ac it av", "dt lh saw plc foa", "L", "h")
T("""Public report: my neighbour has 3 or 4 lads living with him, theyre his nephews from poland, they all work at the same factory and drive themselves in, seem happy enough, just noisy at weekends. not sure if i should be reporting this but the council told me to""",
  "", "", "", "l")
T("""Debrief account: 'I came for work in a hotel, the man in Lagos told me it was cleaning in a big hotel in London. When I came they took me to a house in Leeds and said I must sleep with men to pay back £35,000. If I refuse they say they will do juju on my mother. The madam keeps my passport.'""",
  "dec db it rd", "dt", "S", "h")
T("""OIC handover: IP (CHEN Li, 29F) has now moved to safe house. Engaged well in ABE. Confirms she was forced to have sex with customers at pop-up flats in Cardiff and Newport, moved weekly in a people carrier by two males, not allowed out alone. Phone taken on arrival. NRM submitted, RG positive received 11/09.""",
  "psv rom iso", "et rm isd", "S", "h")
T("""Duty to Notify form. Not consenting. Female, Eritrean, approx 25. Worked as a live-in carer for an elderly man in Ealing for 18 months for no pay; his son said her salary was being 'saved' for her. Sleeps on the kitchen floor. Does not know the address or the postcode. Has no phone. She fears that if she leaves she will be arrested because her visa ran out.""",
  "ww iso ac av", "isd plc foa", "DS", "h")
T("""101 call: caller reports that a man is begging outside the Co-op on Bridge St every day from 7am and gets picked up by a silver Transit at 7pm by two men who take the cup off him. Man appears to have a learning disability and very thin.""",
  "av ww", "cedl et pa", "C", "h")
T("""Caseworker note (Medaille Trust): client attended appointment, in good spirits, has started ESOL classes. Housing benefit claim now processed. No contact from former exploiters. Plan: continue weekly check-ins.""",
  "", "", "", "l")
T("""INT 3/C/P: source reports that the hand car wash on Forge Lane (WS12) employs approx 6 Kurdish males who 'never leave the site' and are driven to a house in Cannock after closing. Source heard owner tell one he owed him money for the flight.""",
  "rom db", "rm et", "L", "m")
T("""Sh3 dosnt even have shoes, the lady next door has a girl from the philipines doing all the cleaning cooking kids and i see her at 6 in the morning hanging washing and still at 11 at night ironing. never seen her go out once in a year""",
  "eo rom", "lh rm pa", "DS", "m")
T("""Press summary: Three men were jailed at Lincoln Crown Court for trafficking 14 Polish men to work on farms. The victims, many homeless or with alcohol problems, were recruited in Poznan with promises of good wages. They were housed in a caravan with no heating and paid as little as 50p a day, the rest taken by the gang.""",
  "av dec ww ac", "plc", "L", "h")
T("""Border Force note, Stansted: Indian female, 19, arrived on visitor visa. Says she is coming to stay with her uncle's friend for a holiday. Return ticket in 10 days, her own passport, phone with family contacts. Sponsor met at arrivals and checks satisfactory. No concerns; admitted.""",
  "", "", "", "l")
T("""GP note: new patient registration, 45M Lithuanian. Attended with a 'translator' who is also his landlord and employer. Translator asked for the sick note to be sent to him. Pt says he works 'every day'. Payment of wages to landlord's account mentioned. Pt reluctant to speak. Follow-up arranged with interpreter.""",
  "ww eo", "sfw ncw lh", "L", "m")
T("""Safeguarding referral: Girl, 14, reported missing 5 times since June. Found in a hotel in Manchester with a 24-year-old man. Has STI. Messages on her phone show she was sent to meet other men for money and that he told her he would post pictures of her online if she stopped.""",
  "av psv it", "", "S", "i")
T("""Financial crime alert (bank): 23 accounts opened in the last 3 months by foreign nationals giving the same address in Sheffield. All debit cards used at the same ATM on Abbeydale Rd within minutes of each other, wages deposited by a recruitment agency and withdrawn in full same day.""",
  "ww", "mbc ncw", "L", "m")
T("""NRM referral – local authority first responder (Kent CC). Child, 16, Vietnamese, UASC. Found in a cannabis grow in Maidstone. States he was told in Vietnam he would work in a restaurant. In UK he was locked in with food delivered once a week. He must water plants and was told he owed money for his journey. Referred without consent as a child.""",
  "av dec rom db", "rm saw", "C", "h")
T("""101 call summary: caller reports a neighbour dispute over parking and bins at 14 Roseway. Says the men next door shout at night. No concerns about welfare of anyone. Advice given.""",
  "", "", "", "l")
T("""POI KOWALSKI Piotr. INT (2/B/P) suggests he supplies workers to a meat plant via an unlicensed gang. Charges each new worker £300 "placement fee" and £40/wk for van transport. Workers' pay goes into accounts he opened, he hands out cash on Fridays minus rent.""",
  "ww", "uf ct ncw", "L", "m")
T("""Debrief (first person, translated): I am from Sudan. In Libya I was sold to a man who keep us in a warehouse. They beat us with pipes and call our family for money. After, a man in Calais said I can pay the crossing later by working. In England I work in a car wash in Derby and the boss takes everything for the debt. He say if I go he will find me.""",
  "psv db ww it av", "", "L", "h")
T("""Midwife booking note: 17-year-old, 20 weeks pregnant. Partner 35 attended and answered for her. She lives in his family home, cooks and cleans for his parents and siblings, not enrolled in college, does not have her own phone. Says she was married in Pakistan at 16. Refer to children's social care, forced marriage unit.""",
  "av iso", "sfw isd", "DS", "h")
T("""Police crime report: At 0300 hours officers attended a disturbance at a house of multiple occupancy on Elm Grove. Two tenants had argued over rent. All residents had tenancy agreements with a registered landlord and their own IDs. No offences of modern slavery disclosed. One male arrested for common assault.""",
  "", "", "", "l")
T("""Online report: theres a massage place on high street open til 2am, girls never leave, blinds always down, men going in and out all night, one girl looked about 15 and had bruises on her arms""",
  "av rom psv", "rm pa", "S", "h")
T("""Caseworker note (Kalayaan): Client, 38, Filipina, came with diplomatic family as domestic worker. Worked 7am-midnight, no day off for two years. Employer's wife took her passport on arrival 'for safekeeping'. Salary of $200/month paid to her agency in Manila, she has received none of it. Locked in when family travelled.""",
  "eo rd ww rom", "lh dt rm", "DS", "h")
T("""Duty to Notify: Not consenting. Adult male, British, 52, alcohol dependent. Had been living in a caravan on a traveller site in Bedfordshire for 9 years, doing block paving work for a family. Given tobacco and cider instead of wages. Hit with a spade when he tried to leave in 2019. Does not want police involvement.""",
  "av ww psv ac", "plc", "L", "h")
T("""Visa issue only: Student from Nigeria, 24, called the helpline because her university sponsor licence was revoked and she does not know her status. She works 20 hrs a week at a supermarket, paid properly. No one holds her documents. Signposted to university advice service and immigration adviser.""",
  "", "", "", "l")
T("""INT (2/C/C – not to be shared outside LE): County line 'Dizzy' running from Lewisham into Margate. Line holder uses a local vulnerable female's flat (cuckooing) – she is a heroin user and is paid in drugs. 2 x young males aged approx 15-16 seen at address.""",
  "av", "", "C", "h")
T("""Factory supervisor statement: I noticed that a group of the agency guys were always picked up in the same van at 4:30am and dropped after 10pm. One of them told me they had to pay £10 a day for the van and their boss kept their bank cards. I reported it to HR.""",
  "ww", "cedl ct ncw", "L", "m")
T("""Reasonable grounds: negative. Having considered all the information the SCA does not find reasonable grounds to believe the individual is a victim. The individual's account indicates he worked for a cousin in a shop for low wages but he was free to leave, held his own passport and was paid in full each week.""",
  "", "", "", "l")
T("""kidney donor came from india to the private hospital last week and the family paid him i think, he didnt speak any english and a man stayed with him all the time and did all the talking. he was sent back home 3 days after the operation""",
  "", "sfw", "OH", "m")
T("""Transplant unit note: Living-donor kidney transplant between brothers, both UK residents. Independent assessor interviews completed per HTA requirements, no evidence of payment or coercion. Surgery uneventful.""",
  "", "", "", "l")
T("""NRM referral – Home Office first responder (Immigration Enforcement). PV, 30F, Albanian. Met a boyfriend online who promised marriage and life in the UK. On arrival in London he said she owed him for the trip and must work in a flat. Customers were booked via an adult site. He beat her when she earned less than £500 a night. She escaped when he was arrested on an unrelated matter. Consents.""",
  "dec db psv ww", "", "S", "h")
T("""Probation note: Service user (previously convicted of cannabis production) has now received a positive conclusive grounds decision. Reports he is working in a warehouse via a legitimate agency, paid through PAYE. No further contact with his former controllers. No new concerns.""",
  "", "", "", "l")
T("""Officer note: Attended Fresh Nails, Queen St. 3 workers present, Vietnamese. One female appeared under 18 though said she was 19. Owner spoke for all of them and produced copies not originals of passports. Staff live upstairs, 6 mattresses in one room. Referred to LA for age assessment.""",
  "av ac", "sfw oa plc", "L", "h")
T("""i was picked up by my pimp at 8 every night and dropped back at 6am, he takes all my money and gives me £20 for food. if i dont make enough he makes me stand outside til i do""",
  "ww", "cedl ncw", "S", "h")
T("""Council licensing visit, Star Takeaway: expired food hygiene certificate and no personal licence holder. Staff, 2, both directors' family members, hold own documents. Licensing breach only; advice given.""",
  "", "", "", "l")
T("""Statement of witness (section 9): I work as a delivery driver. On several occasions I delivered to a large house in Hampstead. The door was always answered by a young woman in a uniform who looked exhausted. On one occasion she asked me in a whisper if I could post a letter to Indonesia for her because she was not allowed out of the house. I did so.""",
  "rom", "rm pa", "DS", "m")
T("""Crime report: The suspect, a Slovak national, is alleged to have recruited the victim, a 19-year-old Roma female with learning difficulties, from her village in eastern Slovakia. She was brought to Sheffield and married to a Pakistani national for £5,000, which was paid to the suspect. The victim was made to live with the husband and his family, did all the housework and was raped by the husband. She was not allowed to leave the house without a family member.""",
  "av psv rom ww", "rm", "DS S", "h")
T("""Anonymous report Crimestoppers: there are men sleeping in a shipping container behind the scrapyard on Canal Rd they work the yard all hours and the owner took there passports, they have no money and one has bad burns on his hands""",
  "ac rd eo", "saw dt lh pa plc", "L", "h")
T("""Safeguarding adult referral: Mr D, 58, learning disability, lives alone. Neighbour reports a group of young men have been staying at his flat for two weeks, dealing drugs from it. Mr D has been seen with a black eye and says he 'can't ask them to leave'.""",
  "av psv", "pa", "C", "h")
T("""Debrief (interpreter's voice): He says that the boat owner took them out for ten days at a time. He says that they worked through the night hauling nets, slept two hours at a time. He says that the skipper hit him with a rope when he was slow. He says that he was told he would get £1,000 a month, he got £200 twice in eight months.""",
  "eo psv dec ww", "lh", "L", "h")
T("""NRM not progressed. Adult female, 41, Chinese, came to a community centre. Described long hours at a restaurant and being underpaid by £2 an hour against minimum wage. Holds own passport and bank account, lives with her husband, free to change job. Referred to ACAS and HMRC NMW team. No MS indicators.""",
  "", "", "", "l")
T("""INT 2/B/P: OCG (nom BALOGH family) runs begging operation in central Birmingham. Approx 10 adults, some with disabilities, dropped at pitches from a white Sprinter at 0700 and collected 1900. Cash collected from each at midday by a female. Beggars housed in one address in Small Heath, 3-4 per room.""",
  "av ww ac", "cedl et oa ncw", "C", "h")
T("""Au pair enquiry to helpline: 20yo from Spain, with a family in Surrey. Works 25 hours a week, has own room, £100 pocket money weekly per agreement, weekends off. Wants to know if she can take a second job. No concerns.""",
  "", "", "", "l")
T("""Police crime report, Op TANGLE: Victim 1 (Romanian, 23) stated that suspect NEAGU collected her from Luton airport and took her phone 'so she would not get lost'. She was kept at an address in Slough and driven to and from a Reading brothel each night. NEAGU told her that he knew where her little sister went to school in Iasi.""",
  "iso it rom", "isd et", "S", "h")
T("""Debrief: 'They said the kitchen job is in Glasgow, £1,800. But no contract, no salary, only they give us food and a bed in the basement with six people. We must work from 10 in the morning until the last customer, then clean. When we ask money the boss say we must first pay him for visa £10,000.'""",
  "dec ww ac eo db", "oa lh plc saw", "L", "h")
T("""Fraud alert (DWP): Universal Credit claims for 9 Romanian nationals linked to one landlord address. Payments go into accounts accessed from the same IP address. The claimants say they 'don't know about benefits' and that 'the boss does the papers'.""",
  "", "ncw", "C", "m")
T("""School referral: 9-year-old girl arrived from Nigeria 6 months ago to live with an 'aunt'. Not registered with GP until now. Arrives late and tired, says she does all the cooking and looks after three younger children before school. Aunt is not a relative per the child.""",
  "av eo", "lh pa", "DS", "h")
T("""101 call: Caller works at a car wash, says his employer is paying him £60 for a ten hour day, which is less than minimum wage, and he wants to know his rights. He lives at his own address with his wife, has his passport and can leave. Advised to contact ACAS.""",
  "", "", "", "l")
T("""online tip: facebook ad 'work in UK farms, free visa, £3000 month, pay £800 first for processing' posted by a 'Ukay Jobs Agency'. my cousin paid and now cant reach them""",
  "dec", "uf", "", "m")
T("""Care home inspection (CQC referral to GLAA): Night care assistants from Zimbabwe and India sponsored by the home say they were charged £8,000 for their certificate of sponsorship and must repay £400 a month from wages for 3 years or face 'repayment of full amount'. They work 60+ hours a week. Manager said sponsorship would be withdrawn if they complained.""",
  "db eo it av", "uf lh", "L", "h")
T("""Police crime report (cuckooing): Victim, a 67-year-old male with COPD, reported that since March two males from London had been using his flat to store and sell crack cocaine. He was told if he went to the police they would burn the flat with him in it. They took his bank card and used his pension.""",
  "av it", "ncw", "C", "h")
T("""Officer's note: The male at the address stated that he is a self-employed builder and that the three Romanian men in the van were his employees. All three produced ID cards, confirmed they are paid by bank transfer and live in rented rooms of their own choosing. Checked: no concerns.""",
  "", "", "", "l")
T("""VRM KN18 XPT seen dropping 6 Asian females at the nail bar on Market St at 0730, collected 2130, 6 days a week. Same vehicle seen at a terraced house in Moss Side. 3/C/P.""",
  "", "cedl et", "", "l")
T("""ngo note: client says she was brought from Albania at 17 by her uncle to 'study'. In Leicester uncle's wife made her cook and clean for 8 people and look after a baby. She was never enrolled in school. Uncle hit her with a belt. She did not have a phone. She ran away to a mosque.""",
  "av dec psv iso", "isd", "DS", "h")
T("""Press report: The man, who has a kidney disease, admitted travelling to Pakistan where he paid brokers £20,000 for a kidney from a young labourer. The donor, who was in debt to a brick kiln owner, told investigators he had been promised £2,000 but received less than half.""",
  "av dec", "", "OH", "m")
T("""DtN submitted. Male, Chinese, 50s. Working in a restaurant kitchen in Newcastle. Says he sleeps in the kitchen on chairs pushed together, works every day, boss 'helps' by sending his money to his family in Fujian and he has never seen it. Did not want to be referred – 'I will lose my job'.""",
  "ac eo ww", "saw lh plc ncw", "L", "h")
T("""Public report: I saw 2 men fighting outside the chicken shop it was about a girl i think, police came and took one away""",
  "", "", "", "l")
T("""Victim debrief (first person): Honestly I didn't think I was a victim. My boyfriend told me to carry the bags to Aberdeen and he'd give me £200. Then he said I owed him £2,000 because the bag got taken by the police. He said if I didn't keep running to pay it off his boys would come to my mum's house. I'm 17.""",
  "av db it", "", "C", "h")
T("""Fishing vessel boarding (MCA/GLAA): Crew of 7 Filipino and Ghanaian fishers on transit visas. Crew quarters cramped but clean. Contracts present, wages paid monthly to own accounts; passports held by skipper per maritime practice for port clearance, returned on request in front of officers. No indicators of forced labour.""",
  "", "", "", "l")
T("""INT 2/A/P: Source was present when nom DRAGOMIR told two workers at the Ryelands farm that 'no one goes to town' and locked the gate to the caravan field at night. Source says the workers are fed rice and have no heating.""",
  "rom ac", "rm plc", "L", "m")
T("""Safeguarding referral – college: Female student, 18, says her parents have arranged for her to marry a cousin in Bangladesh this summer. She does not want to. Father has taken her passport and phone. Forced marriage protection order considered.""",
  "rd iso", "dt isd", "", "m")
T("""Warehouse (agency) HR note: worker raised concern that her pay for week 32 was late by one week. Payroll error confirmed, paid in full next day with apology. No other issues.""",
  "", "", "", "l")
T("""Call summary: Caller is a taxi driver. Picked up a young girl approx 14-15 from a house in Rotherham at 2am with an older man who paid the fare and told him where to go. Girl appeared drunk and scared. Dropped at a hotel. Caller concerned.""",
  "av", "", "S", "i")
T("""NRM referral – Barnardo's (ICTG). Child, 15, British. Groomed via Snapchat by older males who gave her vodka and cannabis. Taken to flats in Telford where she was made to have sex with several men. She was told that if she told anyone the videos would be sent to her school.""",
  "av psv it", "", "S", "h")
T("""Debrief, construction worker (Indian, 36): 'Agent in Punjab took 6 lakh rupees for the job. Here I am doing plastering 70 hours, 6 days. My employer pays me but puts it in his account first and gives me £120 a week, he says the rest is for the sponsorship. I sleep in the site office.'""",
  "ww eo av", "uf lh saw ncw", "L", "h")
T("""HMO inspection: 14 occupants in a 4-bed house in Peterborough, several sleeping in the kitchen and garage. Occupants said the landlord also finds them work and deducts rent from their pay at the factory; one showed a payslip with £340 gross and £25 net.""",
  "ww ac", "oa plc ncw", "L", "m")
T("""Victim account (translated from Polish): I was told I could leave anytime. No one hit me or threatened me. But I had nowhere to go, the boss kept my ID and my bank card and said I owed him for the room. I worked at the recycling plant sorting rubbish 12 hours and got nothing.""",
  "rd ww db eo", "dt ncw lh", "L", "h")
T("""Officer report: Stop check of vehicle on the M1. Driver and 4 passengers, all Romanian, on their way to work at a distribution centre in Northampton. All had own documents, described regular shifts, paid by agency. Driver is a colleague who shares petrol costs. No concerns.""",
  "", "", "", "l")
T("""Public report: my 16 yr old son keeps getting calls on a burner phone and disappears for days, came back with a stab wound on his leg and wont say what happened, i think hes being used to sell drugs in another town""",
  "av psv", "pa", "C", "h")
T("""GLAA intel: Gangmaster 'Wayne' supplying daffodil pickers in Cornwall. Workers pay £50/wk for a bed in a static caravan with 6 others, £7 a day for the bus, and £30 for gloves and waterproofs taken from first wages.""",
  "ac", "oa ct ppe plc", "L", "m")
T("""DtN form (Salvation Army outreach): Adult male, Sudanese, 22, rough sleeping. Says a man offered him a place to stay in exchange for 'helping' and he has been selling drugs for him in Bristol. Did not consent to NRM; says he does not trust police. No further details given.""",
  "av", "foa", "C", "m")
T("""A&E: 26F, Thai, presented with abdominal pain. Accompanied by older male who paid in cash. Pt has no ID, says she 'works in a spa'. Declined to speak alone. No injuries seen. Discharged. Concerns recorded.""",
  "", "sfw", "", "l")
T("""Crime report (section 2 MSA): The suspects arranged the travel of 5 Vietnamese nationals aged 15-19 from France in the back of a lorry. On arrival they were taken to an address in Bradford and told they would work in a cannabis grow until their debt of £25,000 each was paid. The house was guarded by a male with a dog. One victim was beaten for trying to use a neighbour's phone.""",
  "av db rom psv iso", "rm isd", "C", "h")
T("""Helpline call: caller is a hotel housekeeper employed by an agency. Paid per room not per hour. She can leave and has her passport but is concerned she is earning below minimum wage some weeks. Signposted to HMRC. No exploitation indicators.""",
  "", "", "", "l")
T("""INT 2/B/C (handling: do not disclose to LA without OIC approval): nom SHEHU Arben running pop-up brothels in Airbnbs across Cambridge. Girls brought from Albania on promise of bar work. Rotated every 10 days. SHEHU keeps all passports in a bag in his car.""",
  "dec rd", "dt", "S", "h")
T("""Debrief: she says the family in Dubai brought her to London for the summer, she is not allowed to eat with them and eats leftovers, sleeps on the floor of the children's room, works from before they wake until after they sleep. She says madam slapped her when the baby cried.""",
  "ac eo psv", "lh plc", "DS", "h")
T("""Police report: A 34-year-old man was arrested after he was found in possession of a quantity of cannabis in Ipswich town centre. He made no comment in interview. No information to suggest exploitation.""",
  "", "", "", "l")
T("""Salvation Army caseworker note: PV reports that his former employer at the car wash has been messaging him on WhatsApp saying 'we know where you are staying' and that his brother in Albania 'will pay'. Screenshots provided to OIC.""",
  "it", "", "L", "m")
T("""Reasonable grounds minute: The information indicates that the PV was recruited by deception (offered warehouse work), transported to the UK, and harboured at an address where she was required to provide sexual services. The competent authority accepts on the RG threshold that the act, means and purpose elements are met.""",
  "dec", "", "S", "h")
T("""hi i want to report my boss at the sandwich factory, he shouts a lot and gives us too much work. but he pays on time and its a normal job, i just want someone to know hes rude""",
  "", "", "", "l")
T("""Social worker note: Mr K (Slovak, 60s, mild learning disability) brought to UK by a couple from his village. Lived in their garden shed in Derby for 4 years, worked for them on market stalls. His benefits went into their account. He was hit with a broom when he asked for money.""",
  "av ac psv ww", "plc ncw", "L", "h")
T("""Nail bar – test purchase observation (trading standards): Two female technicians appeared under 16, worked without break for 4 hours, did not speak English, owner answered all our questions. Referral made to police and children's services.""",
  "av", "sfw", "L", "h")
T("""Victim debrief (Eritrean male, 19, via Tigrinya interpreter): He says that in Libya the smugglers held him in a room for four months until his family paid $5,000. He says that they electrocuted some men and he saw a man die. He says in the UK nobody controls him and he lives in Home Office hotel accommodation.""",
  "psv rom", "rm", "", "h")
T("""2/B/P: Female KAUR, Manpreet believed to be controlling Indian students working cash-in-hand at a sweet factory in Leicester. Students' BRP cards kept by KAUR 'to prevent loss'. They work 40+ hrs despite 20 hr visa limit and are told they'll be reported to the Home Office if they complain.""",
  "rd it av eo", "dt foa lh", "L", "h")
T("""Found 2 young lads in the woods near the A14 services lookin lost at 11pm, turned out they were local kids camping who forgot their torch, police took them home to there mum""",
  "", "", "", "l")
T("""OFFICIAL-SENSITIVE. Handover: Premises at 23A Leeds Road (massage parlour) visited with licensing. 4 females present, all Romanian, all holding own passports, state they rent rooms independently and keep their earnings. No indicators of control identified. Welfare leaflets left.""",
  "", "", "", "l")
T("""NRM referral form – Section: 'How did the exploitation start?' PV (Polish, 44) answered an advert in a Gdansk newspaper for warehouse work in Northampton, £9.50/hr, accommodation £40 a week. Section: 'What happened?' The recruiter met the bus in Victoria, took everyone's ID 'to register with the agency', and drove them to a house with 16 men. PV was sent to a chicken factory but wages were paid into an account he had never seen. He was given £30 on Saturdays. Section: 'How did you leave?' He walked out after 5 months and slept at a church. Consent: yes.""",
  "dec rd ww ac", "dt oa ncw et fpe", "L", "h")
T("""Duty to Notify. Adult, female, Romanian, 20s. Police found her at a pop-up brothel in a rented flat in Coventry; she had one small bag and no phone. Advert on an escort site listed her as 'new in town'. She says she is there by choice but could not say the name of the town or who rents the flat. Declined referral.""",
  "iso", "fpe isd", "S", "h")
T("""Crime report: IP reported that her brother-in-law, with whom she lives, has been hitting her and has told her she is not allowed to see her friends. She works as a teaching assistant and keeps her own salary. DA matter, DASH completed (medium). No exploitation disclosed.""",
  "", "", "", "l")
# ---------------- part 2 ----------------
T("""Police crime report: On 3 February officers executed a warrant at a farm in Herefordshire following a GLAA referral. Eleven Romanian and Moldovan workers were found living in two unheated caravans with no running water. Several said the farm manager, SIMMONS, had taken their identity cards when they arrived 'for the payroll' and kept them in his farmhouse. They picked in the polytunnels from first light to dark with one day off a month. Each had been told they owed £450 for the flight and coach, and that rent, gas and food would be added every week. None of the workers had been able to reduce the debt after four months.""",
  "rd ac eo db", "dt plc oa lh", "L", "h")
T("""nom DUMITRU. 2/B/P. Collects about 20 bank cards from workers at the Tuesday market, withdraws cash at the Sainsburys ATM in one go.""",
  "", "mbc ncw", "", "l")
T("""Online report: the chinese takeaway on my road has a young man who is always there, i go in at 11am and at midnight and hes always behind the counter or mopping, he told me he sleeps upstairs and he has not had a day off since christmas""",
  "eo", "lh saw", "L", "m")
T("""Helpline note: caller (British, 19) says she was approached on Instagram by a 'modelling agency' who wanted her to travel to Dubai for a shoot, flights paid. She checked and found it was a known scam and did not go. Nothing happened to her. Advice given, report passed to Action Fraud.""",
  "", "", "", "l")
T("""Debrief (Albanian female, 24, in English): 'He was my boyfriend, he was nice, he said we go to England and he open a restaurant. In London he tell me the restaurant is not ready, I must work in a flat for a few weeks. Every night different men. He takes the money, he keeps my passport in his jacket. He said if I leave he tell my father what I am doing and my father will kill me.'""",
  "dec ww rd it", "dt", "S", "h")
T("""Duty to Notify – Home Office FR (Border Force, Heathrow). Male, Indian, 23. Intercepted with a forged visa. Says a 'consultant' in Amritsar charged his family 15 lakh and arranged a job in a Southall warehouse where he would repay the rest of the money from his wages over 3 years. He does not want to be referred, he wants to go home.""",
  "db", "uf", "L", "m")
T("""Safeguarding referral (YOT): 14-year-old male arrested in a flat in Bournemouth with 40 wraps of crack and heroin. He had been reported missing from Croydon 4 days earlier. He says he was 'working off' a debt for a bag that was 'robbed'. Text messages: 'u owe 1k now. run or ur mums getting it'.""",
  "av db it", "", "C", "h")
T("""Officer note: Visit to Sunrise Hand Car Wash. Manager showed employment contracts, P60s and right to work checks for all 5 staff. Staff interviewed separately via Language Line – paid £11.44/hr into own accounts, live in private rented rooms, 5-day week. Welfare cabin has heating and kettle. No concerns.""",
  "", "", "", "l")
T("""INT 2/C/P: Nigerian female 'Mama T' believed to run a house in Peckham where young West African women are held. Women told they owe 'thirty thousand pounds' after a juju oath in Benin City. Allowed out only with Mama T's son. Work in a brothel in Lewisham.""",
  "db it rom", "rm et", "S", "h")
T("""Letter to council (from neighbour): Dear Sir, I wish to report the property at 41 Cedar Drive. Since the new owners moved in there have been at least twenty men living there, mattresses visible through every window including the living room. A white minibus collects them at 5am and returns them after 9pm. I have also seen men being shouted at in the garden by a man in a leather jacket who appears to be in charge. I am worried for their welfare.""",
  "ac", "oa cedl plc et", "L", "m")
T("""Reasonable grounds decision letter (extract): 'We have considered the information provided by your First Responder, [Local Authority], and have decided there are reasonable grounds to believe you are a victim of modern slavery. This means we think you may have been a victim but further enquiries are needed.' Exploitation type recorded: domestic servitude (UK).""",
  "", "", "DS", "m")
T("""GLAA inspection – labour provider, Lincs. Workers' payslips show deductions for 'hi-vis/boots £45', 'transport £35/wk', 'admin £10/wk' from a 32-hour week at minimum wage, leaving £48. Workers live in provider's houses, 3 to a bedroom. Licence revoked.""",
  "ww ac", "ppe ct oa", "L", "m")
T("""Call summary (101): Female caller, says she is the lodger of an elderly lady who lets her stay for free in exchange for help with shopping and cooking. Caller has her own job, phone and friends, wants advice about a tenancy agreement. No concerns.""",
  "", "", "", "l")
T("""Victim statement: My name is Tomasz. I am 55 years old. I met a man at the bus station in Poznan who said he could give me work in England. I had no job and no home after my wife died. In England they put me in a house with other men and I worked for a company making pallets. The man had my bank card. I never saw my money. When I asked, his brother punched me in the face. I was too afraid to leave because I did not know where I was and I did not speak English.""",
  "av ww psv iso dec", "ncw isd", "L", "h")
T("""OIC note: suspect's phone download shows WhatsApp messages to victims: 'remember your family in Fier', photos of the victims' family homes, and a video of a man being beaten with the caption 'this is what happens'.""",
  "it", "", "", "m")
T("""Public report: massage parlour next to the vape shop. I went in (not proud) and the girl said she cant leave the building and the man upstairs takes her passport, she cried and asked me to help""",
  "rom rd", "rm dt", "S", "h")
T("""A&E note: 17M, brought in by friend with stab wound to thigh. Lives in Liverpool, injured in Preston 'visiting friends'. Two phones, £800 cash. Pt said 'they'll kill me if I grass'. Police and children's social care notified.""",
  "av psv it", "pa", "C", "i")
T("""Bank financial-crime note: Customer, 19, student, received £9,000 from multiple unknown senders and forwarded it on within hours. Customer states a man on Instagram promised her £500 to 'let him use her account' and now says she will be 'in trouble with the police' if she stops. Money mule. Account exited.""",
  "av dec it", "", "C", "h")
T("""Au pair note (agency): host family in Bath reported to us by the au pair (Italian, 21) for asking her to work extra hours one weekend. We mediated; family apologised, hours back to 30/week, paid extra. Au pair happy to stay.""",
  "", "", "", "l")
T("""DtN (adult does not consent): Female, Vietnamese, 30s, found in a nail salon in Swansea during immigration visit. Lives above salon with 4 others. Says she works for 'uncle' who pays off her family's loan in Vietnam, she gets no wages herself. Frightened of being sent home. Would not give her name.""",
  "db ww", "saw oa foa", "L", "m")
T("""POI: OPREA, Stefan. Recruits Roma men from Bacau for 'construction' in Essex. INT 2/B/P: men sleep on site in the loft of a half-built house, work 7 days, paid £20/day in cash of which OPREA takes £15 for 'food and transport'.""",
  "ac eo ww", "saw lh ct plc", "L", "h")
T("""Case note (Unseen helpline): Caller is a Pakistani man, 33, on a skilled worker visa as a chef. Sponsor has not paid him for two months and threatens to cancel his visa if he reports it. Employer also keeps his passport 'in the restaurant safe'. Caller lives in a room above the restaurant with 3 other staff.""",
  "ww it rd av", "dt saw foa", "L", "h")
T("""Crime report: At 1400 hrs a 999 call was received from a member of staff at a Tesco store in Luton. She reported that a female had approached her in tears and said that she was being kept in a house by a man and made to clean for his family, that he had taken her passport and that she had not been paid for a year. The female was taken to the police station. She is a 28-year-old Indian national who had entered the UK as a domestic worker. She confirmed that she had been made to sleep in the laundry room and that the man's wife had burnt her arm with an iron.""",
  "rom rd ww ac psv", "dt plc pa", "DS", "h")
T("""Licensing visit (council): Hand car wash, Oldham Rd. No planning permission, no trade waste contract. Staff had own IDs. Paid cash daily. Planning enforcement referral. No indicators of labour exploitation.""",
  "", "", "", "l")
T("""INT 3/C/P: Source says 'the Romanian girls in the flat at Marlborough Court never come out except at night when a black Merc picks them up'. Source has not spoken to them.""",
  "", "cedl et", "", "l")
T("""Debrief (first person, interpreted from Mandarin): I paid the snakehead 200,000 RMB, borrowed from relatives and a money lender. In London I was sent to a restaurant, then to a farm to cut flowers. I was told my wages pay the loan. I have never been paid. I work every day. The loan still is 150,000. My family is visited by the lender.""",
  "db ww eo it", "lh", "L", "h")
T("""Social care note: Mrs P (83, dementia). Her carer, a self-employed woman from the village, is paid weekly by Mrs P's son via bank transfer. Carer works 3 mornings a week. No concerns about the carer's treatment; referral closed.""",
  "", "", "", "l")
T("""ABE summary: IP (Slovak, 17) described being brought to the UK by her cousin who said she would work in a hotel. In Glasgow she was taken to a flat and raped by the cousin's friend 'to teach her'. She was then advertised online and made to see up to 10 men a day. The cousin kept all the money. She was given no key and the door was locked when they left.""",
  "av dec psv ww rom", "rm", "S", "i")
T("""Prison note: Prisoner (Vietnamese, 22) sentenced for cannabis production. In induction interview he said he was brought to the UK aged 16 and told he would work in a nail bar; instead he was kept in a house growing cannabis and was beaten when the crop failed. Referral to NRM via prison first responder.""",
  "av dec psv", "", "C", "h")
T("""public report: theres a big white house on the lane with electric gates and i swear theres a woman in there who's a slave. never seen her outside. UPDATE rang back, spoke to the postman, its the owners elderly mum whos housebound and has carers in twice a day, ignore this sorry""",
  "", "", "", "l")
T("""NRM referral – Local authority (Birmingham CC), adult, consenting. PV is a 28-year-old Ghanaian woman who came to the UK on a visitor visa to work as a nanny for a family she met through church. She was promised £600 a month and the chance to study. She has been paid nothing in 3 years. She works from 6am to midnight caring for four children and an elderly relative and is not allowed out except to walk the children to school. Her phone was taken after she called her mother. She left after a neighbour helped her.""",
  "dec ww eo rom iso", "lh rm isd", "DS", "h")
T("""Call summary: caller's 21-year-old daughter has been in the UK 4 weeks doing au pair work in Kent. Daughter rang crying saying she can't leave the house and the family says she owes them for her flight. Caller in Hungary. Address given. Units to attend, welfare check.""",
  "rom db", "rm", "DS", "i")
T("""Police crime report (s45 considered): The defendant, a 19-year-old Albanian national, was arrested at a cannabis factory in Sunderland. In interview he stated that he had been brought over in a lorry owing €20,000 and that the men who ran the grow told him his debt would be cleared after two crops. He said that he was allowed outside only to put out the rubbish. He was later released under investigation and an NRM referral was made.""",
  "db rom", "rm saw", "C", "m")
T("""Construction site (Tier 1 contractor) audit: All 42 subcontractor operatives verified for right to work, CSCS cards held personally, paid weekly via CIS into own accounts. Welfare facilities good. No concerns identified in labour audit.""",
  "", "", "", "l")
T("""2/A/P. Source worked at the 'Green Valley' packhouse. States the gangmaster (nom LUKAS) tells new workers they cannot leave until they have repaid the £250 'registration', charges £5 a day for the minibus and £20 for a hairnet and gloves. Workers sleep 8 to a room in a house he rents.""",
  "db ac", "uf ct ppe oa", "L", "m")
T("""Debrief: 'I come from Eritrea, I am 16 but the Home Office say I am 20. A man in Birmingham let me stay in his house and I wash cars for him from 8 to 8. He give me food only. He say if I go the police send me back to Libya.'""",
  "av eo ww it", "lh foa", "L", "h")
T("""GP letter: Patient (Lithuanian, 39) registered with the practice last year, works at a food factory through an agency, lives with partner. Consultation for back pain. Reports no concerns at work. Sickness certificate issued.""",
  "", "", "", "l")
T("""Officer handover note (night turn): Attended a flat in Stockton re: concern for welfare. Found a 40-year-old male (Hungarian) sleeping on the floor in the hallway of a flat rented by a local family. He said he worked for them cleaning vans for 'food and a place to sleep'. Thin, dirty clothes, no belongings other than a carrier bag. He said he could not leave because they have his ID card. Taken to a reception centre. MS investigation opened.""",
  "rd ww ac", "dt pa fpe plc", "L", "h")
T("""Public report: some guy in Leeds market keeps asking young girls if they want to earn 'easy money' delivering parcels. My daughter is 15. Please check him out.""",
  "", "", "", "l")
T("""Interpreter note, debrief (Tigrinya): She says that in Sudan the men who held them took blood from several people and told them they were testing for 'the kidney business'. She says one of the men in her group went with them and came back with a wound on his side and was very sick. She says she escaped before they took her.""",
  "psv rom", "rm", "OH", "h")
T("""NRM referral – Police first responder (Met). Victim: Chinese female, 35. Recruited in Shenyang by an agent promising waitressing work in London at £2,500/month for a fee of 80,000 RMB. On arrival taken to a residential flat in Croydon used as a brothel, told she must 'work' to repay the fee which has since grown to 150,000 RMB with 'interest'. She was never allowed out alone and had no knowledge of where she was. Consents to referral.""",
  "dec db rom iso", "uf rm isd", "S", "h")
T("""Safeguarding referral (housing officer): Tenant Ms A (British, 44, mental health needs) has let a man stay who now controls her flat. Neighbours see people coming and going at all hours. She says he is 'her friend' and he 'looks after her money'. Her benefits are paid into his account.""",
  "av", "ncw", "C", "m")
T("""Crime report: victim was a 31 year old British male who was assaulted in the street by two unknown males and his phone stolen. No further concerns.""",
  "", "", "", "l")
T("""Factory worker text to helpline: 'Boss say we work Sunday or no job next week. Today 16 hours. My friend fell asleep standing. No toilet break. Pay will be next month he say, last month also he say.'""",
  "eo it ww", "lh", "L", "h")
T("""INT (2/B/P): Sham marriage facilitation – Latvian and Portuguese women brought to Glasgow to marry Pakistani and Indian men for visas. Women told they would be paid £3,000, paid nothing, kept in a flat with the doors locked until the ceremony, passports held by the organiser.""",
  "dec ww rom rd", "rm dt", "C", "h")
T("""Victim debrief: 'Nobody took my passport, I had it all the time, and I could go to the shops. The problem was the money, the agent said I have to pay £2,000 for the training which I was not told before, and he takes £100 every week from my pay. I did not know this before I came.'""",
  "dec db", "", "L", "m")
T("""Call summary: caller says her neighbour's daughter (12) answers the door at all hours and is left to look after 3 siblings while the parents are at work, house dirty. Referred to children's services. No indication of trafficking or labour exploitation.""",
  "", "", "", "l")
T("""A&E note: 24F Vietnamese, burns to hands consistent with chemical exposure; works in a nail bar. Says she works 7 days and has no gloves or mask. Boss brought her in and waited outside. Pt asked for her wages to be 'paid to boss'. Safeguarding referral made.""",
  "ac eo ww", "pa lh ncw", "L", "h")
T("""NRM referral – declined by PV. Adult male, Romanian, 37. Found working at a car wash in Wrexham by police. PV states he is paid properly, lives with his girlfriend, has his ID, came to the UK himself. Officer noted he looked tired but he denied any control. No indicators. No DtN required.""",
  "", "", "", "l")
T("""POI 'BIG MO' – county line 'TT' from Manchester into Blackpool. INT 2/C/P: uses a 13-year-old girl to carry drugs in her bra and a 15-year-old boy to hold the line. Both stay at a cuckooed flat belonging to a vulnerable adult with schizophrenia.""",
  "av", "", "C", "h")
T("""Victim statement (translated, Portuguese): The agency promised 'ready accommodation and work from day one'. For the first 3 weeks there was no work, and the agency added the rent of £120 per week to a debt. When work started at the meat factory, the whole wage went to the agency 'to clear the debt'. After 2 months I still owed more than when I arrived.""",
  "dec db ww", "ncw", "L", "h")
T("""Reasonable grounds: negative decision. The SCA noted that the claimant's account was of voluntary irregular work at a restaurant in Birmingham. She was paid in cash at the agreed rate, had her own accommodation and passport, and no threats or control were described.""",
  "", "", "", "l")
T("""INT 3/C/P: shop staff at the Polish shop say that a man named 'Kuba' brings groups of newly arrived men to buy food and pays for everything, then tells them it will come out of their pay. Men do not speak and look 'scared'.""",
  "db", "sfw", "L", "m")
T("""Public report (all caps): THERES A MAN AT THE TRAIN STATION EVERY MORNING DROPPING OFF KIDS TO BEG WITH BABIES, THEY GIVE HIM THE MONEY AT NIGHT, THE BABY LOOKS DRUGGED, PLEASE DO SOMETHING NOW""",
  "av ww", "cedl et ncw", "C", "i")
T("""Duty to Notify (police). Adult male, Afghan, 25, found during road check in the back of a van with 5 others being taken to a car wash in Middlesbrough. Says he is paid '£40 a day, boss keeps it for rent and food, I get £10'. Lives in a room with 7 men. Declined NRM.""",
  "ww ac", "et oa", "L", "m")
T("""Referral (school nurse): 15-year-old girl disclosed she was 'in a relationship' with a 22-year-old who gives her drugs and drives her to parties where 'his mates' have sex with her. She said he took her phone so her mum couldn't track her.""",
  "av psv iso", "isd", "S", "h")
T("""Care worker note: Filipino senior carer, agency staff, raises that the care home manager asked staff to do 'one more double shift' because of COVID sickness. She was paid overtime in full and agreed. Concern resolved.""",
  "", "", "", "l")
T("""NRM referral (Salvation Army, adult, consents). PV is a 46-year-old Hungarian woman who came to the UK after a man she met online promised to marry her. In Kent she was taken to a large family's house where she cooked, cleaned and cared for children, sleeping on a sofa in the conservatory. The man took her ID card 'to apply for settled status' and did not return it. She has received no money in 14 months and was told she was 'lucky to have a roof'. She was never allowed to go out alone and was threatened with being 'left on the street with no papers'.""",
  "dec rd ww rom it", "dt rm plc", "DS", "h")
T("""OIC update: Operation Mayfly. Arrests of 3 suspects at a house in Hull. 9 Slovak nationals safeguarded. Six said they had been working at a fish processing plant on the docks for 2 years. All wages paid to cards held by suspect MIHALIK (38 cards seized). Victims had been threatened with a machete.""",
  "ww it", "mbc ncw", "L", "m")
T("""Crime report: theft of a passport. Victim, a 20-year-old Chinese student, reported that her bag was stolen from a café in Oxford. Passport and BRP inside. CCTV requested. No suggestion of exploitation.""",
  "", "", "", "l")
T("""Debrief (Vietnamese male, 17, interpreter): He says the men who brought him told him that if he tried to escape from the house where he grew plants they would find his parents and break their legs. He says he was given noodles once a day and there was no window. He says he did not know which city he was in.""",
  "av it iso ac", "isd plc saw", "C", "h")
T("""online report: my mate from Lithuania came over for farm work and they took £600 off him for the 'job' before he even left and now he has to pay £15 a day for the van. he said he can leave but has nowhere to go and no money""",
  "", "uf ct", "L", "m")
T("""Press summary: A Hertfordshire couple have been convicted of holding a Nigerian woman as a domestic slave for 24 years. The woman, who was recruited with a promise of education, was never paid, was made to sleep on the kitchen floor, and was beaten by the wife. Her passport was taken when she arrived and was never returned.""",
  "dec ww ac psv rd", "dt plc", "DS", "h")
T("""Helpline case: British man, 30, with learning difficulties, disclosed that he has been taken on by a man who runs a block paving firm, paid nothing, 'because I live with them'. He sleeps in a horse box. Says he's allowed to go to the pub on Sundays. Police notified.""",
  "av ww ac", "plc", "L", "h")
T("""INT 2/B/P: Females at 'Royal Thai Massage' (Norwich) are Thai nationals in their 40s. They live on the premises. Premises manager holds their passports and takes 60% of earnings. Customers report extras are offered.""",
  "rd ww", "dt saw", "S", "h")
T("""Witness statement: I am a manager at a recruitment agency. Mr ANTON brought in 10 men to register and translated for all of them, said they all lived at his house. He asked us to pay their wages into one account. We refused and paid each into their own account. Later the men told us ANTON took their cards after payday.""",
  "ww", "sfw ncw", "L", "m")
T("""A&E attendance: 30M, fell from scaffold on a building site; employer brought him in. Employer is a registered firm, worker has contract and CSCS card, lives with family. RIDDOR report made. No safeguarding concerns.""",
  "", "", "", "l")
T("""DtN form: Female, Brazilian, 27. Sex worker, works from a flat in Soho which she shares with one other woman. Says a man 'looks after' the adverts and takes half. She can come and go, has her passport. Concerns about third-party control only. Declined NRM, said she is not a victim.""",
  "", "", "S", "h")
T("""Police crime report: On 20 July a man walked into Hastings police station saying he had escaped from a house in Bexhill where he had been kept for 3 years. He stated that he had been made to work on a building crew for the house owner, JONES, who kept his benefit card and passport. He was locked in a garage at night and had been beaten with a metal bar when he tried to run away before. He had visible scars on his back.""",
  "rd rom psv", "dt rm pa ncw saw", "L", "h")
T("""Safeguarding referral (children's social care): 16-year-old Albanian boy, UASC, placed in semi-independent accommodation, has been missing 4 times. Found in a flat in Peterborough with adults, phone with 200 contacts. Believed to be being used to tend a cannabis grow. He says he owes 'a man' for his journey.""",
  "av db", "", "C", "h")
T("""Financial intelligence (SAR): Remittance agent sends £500/week to Vietnam on behalf of a nail bar owner for '10 staff'. Staff themselves never attend; owner provides their IDs.""",
  "", "ncw", "", "l")
T("""public post on community page: please share, my cleaner (from Romania) says her agency charges her £60 a week 'for the van' and takes her pay for the first 3 weeks as a 'deposit'. I pay the agency not her. Is that allowed?""",
  "ww", "ct ncw", "L", "m")
T("""Debrief: 'The man in Libya sold me to another man. In Italy I was on the street, they beat me if I had no money. Then a man brought me to Manchester. Here I am free, I live with my friend, nobody forces me.'""",
  "psv", "", "S", "h")
T("""Officer note: follow-up with IP MARIN (car wash case). She remains in Salvation Army accommodation and is in contact with her family. She has received her positive reasonable grounds letter and is awaiting conclusive grounds. No new concerns.""",
  "", "", "", "l")
T("""NRM – Child referral (no consent needed), First responder: Kent Children's Services. Child: Vietnamese female, says 15. Found in a lorry at Dover with 3 adults. Told officers she was going to 'work in a nail shop in London for a lady who paid for the journey', her family owe £20,000. She has nothing with her but the clothes she is wearing.""",
  "av db", "fpe", "L", "h")
T("""Call summary (999): caller reports seeing a young woman being dragged into a car by two men outside a hostel in Leeds. Vehicle reg partial YK**. Woman screaming. Caller has followed it onto the ring road. Grade 1 dispatched.""",
  "psv", "", "", "i")
T("""Victim account (Indian male, 29, care worker): 'I paid £15,000 to an agent for my sponsorship. The care company gives me 20 hours but says I must pay back £5,000 if I leave in the first 3 years. The accommodation they give is 5 of us in a 2-bed flat at £400 each. They keep my passport copy and the original 'for audit'.'""",
  "db rd ac", "uf dt oa", "L", "h")
T("""Police report (no crime): Neighbour reported suspected trafficking at a house where several Chinese men live. Officers attended. Men are students at the local university sharing a house, each with a tenancy, BRP and student ID. Misunderstanding. No further action.""",
  "", "", "", "l")
T("""INT 2/B/P – 'Lexi' (profile on escort site, phone 07700 900581) believed to be a 16-year-old girl from Sunderland. Photos show school uniform in background. Bookings taken by a male voice. Risk to child.""",
  "av", "sfw", "S", "i")
T("""Caseworker note (BAWSO): Client disclosed that her husband's family in Cardiff made her do all the domestic work for 9 people from 5am and kept her locked in the house when they went out. Her husband raped her. Her spousal visa depends on him and he says she will be deported if she leaves. She has no money of her own.""",
  "eo rom psv it av", "lh rm", "DS", "h")
T("""Probation officer note: Mr R (British, 48) on licence. Says he has started work for a roofing firm run by 'a guy he met in the hostel'. Paid £50 a day cash, goes home at night, can leave whenever he likes. Asked to provide details of employer. No concern at present.""",
  "", "", "", "l")
T("""Debrief (first person, translated from Romanian): 'My husband's cousin promised me a job washing dishes in a hotel in Bristol. When I came, he put me in a car with another girl and took us to a house. He said we have to go with clients because we owe him for the tickets and the house. The man who drove us every night had a gun under the seat. I was never alone, not even in the shop.'""",
  "dec db rom it", "et rm", "S", "h")
T("""GLAA alert: Mushroom farm, Yorkshire. Pickers paid piece rate, often below NMW. Workers have own passports and accounts, live in private accommodation. Some work up to 65 hours in peak weeks with no day off for 3 weeks. Referral to HMRC.""",
  "eo", "lh", "L", "m")
T("""Public report: some girl at the bus stop was crying and said her boyfriend kicked her out, i gave her a lift to her mums. she was fine just upset""",
  "", "", "", "l")
T("""OFFICIAL-SENSITIVE. OIC summary for CPS: The complainant (Polish, 51, alcohol dependent) was recruited outside a soup kitchen in Wroclaw. The defendants paid for his coach and put him to work at a recycling centre in Walsall. They controlled his bank account, gave him £10 a week and a bottle of vodka, housed him with 9 others in a 3-bed house, and told him if he went to the police they would 'put him in the canal'.""",
  "av ww ac it", "ncw oa", "L", "h")
T("""Safeguarding adult review extract: Ms H (42, learning disability) was befriended by a local family who moved her into their home and used her as an unpaid cleaner and babysitter. Her benefits were collected by the family. She was not assaulted. She was given a room of her own.""",
  "av ww", "ncw", "DS", "h")
T("""2/B/C (do not disclose source): A male known as 'Doctor Ali' is recruiting young men in Bradford's Pakistani community to travel to Lahore to sell a kidney for £4,000, claims the operation is 'safe' and 'legal'. At least 2 have travelled.""",
  "dec av", "", "OH", "h")
T("""Duty to Notify (first responder: Hampshire CC). Adult female, British, 19, care leaver. Says her 'boyfriend' arranges for her to meet men in hotels and keeps the money. He has hit her before. She is staying with him. She refused NRM and police involvement.""",
  "av ww psv", "", "S", "h")
T("""helpline log: caller's brother (Slovak) works at a sandwich factory through an agency. He is paid properly but works nights and lives in a rented room. Caller worried because brother sounded depressed. Signposted to mental health services; no exploitation indicators.""",
  "", "", "", "l")
# ---------------- part 3 ----------------
T("""NRM referral – First responder: Salvation Army. Section 'Who exploited you?': a Lithuanian man known as 'Vytas', shaved head, tattoo of a wolf on his neck, drives a grey VW Transporter. Section 'What happened?': PV (Lithuanian, 29) was met at Stansted by Vytas, who took his phone and SIM 'to get a UK number' and never gave it back. PV did not know the name of the town where he lived. He worked packing salad from 5am to 7pm and was never on his own; Vytas drove him to work and back. Consent: yes.""",
  "iso eo rom", "isd lh et rm cedl", "L", "h")
T("""INT 2/B/P: Girl aged 13 (nom SMITH, Kayleigh) seen getting into taxis late at night in Oldham with adult Asian males. Known to have been given alcohol and cannabis. Staff at her care home report she returns with new clothes and bruising. Has been told by one of the men that he 'owns' her.""",
  "av psv", "pa", "S", "h")
T("""Call summary 101: caller works at a garden centre, says a coach tour of Polish pensioners left one man behind; he has his passport and his daughter is collecting him. Welfare only. No concerns.""",
  "", "", "", "l")
T("""Debrief (Sudanese male, 20, in Arabic via interpreter): He says that the man who rents the house in Coventry told him not to speak to anyone, not to answer the door, and not to use the phone he was given except to call him. He says he has no friends here and does not know where the house is, only that it is near a big roundabout. He says he works at a car wash every day and is given £100 a month.""",
  "iso ww eo", "isd lh", "L", "h")
T("""Police crime report: The suspect, an Indian national, was charged with holding a person in servitude. The victim, a 56-year-old Indian woman who spoke only Tamil, had been brought to the UK to look after the suspect's elderly mother. For six years she was not permitted to make phone calls or write letters, had no contact with anyone outside the family, and did not know the address of the house in Harrow. She worked every day and was given no wages.""",
  "iso eo ww av", "isd lh", "DS", "h")
T("""Transplant coordinator note: Patient (British Pakistani, 52) returned from Lahore after a kidney transplant performed at a private clinic. Patient says the kidney came from a 'relative' but cannot name him. Payment of $30,000 made to a broker. Reported to HTA and police for possible organ trafficking.""",
  "", "", "OH", "m")
T("""public report: I think a lad is being made to sell weed out of the flat next to mine, hes only about 14, different men come to the door all night and they shout at him. saw one of them slap him""",
  "av psv", "", "C", "h")
T("""Safeguarding referral (school): Pupil (Year 6) is often tired and says she does the housework for her grandparents after school. Spoke to mum: grandparents are ill and the family share chores; girl attends clubs and has friends over. Early help offered. No exploitation concerns.""",
  "", "", "", "l")
T("""DtN submitted by Police Scotland. Adult male, Romanian, early 30s, found begging at Central Station. Says he was brought to Glasgow by a 'cousin' who houses him with 6 others and takes everything he collects each evening. He gets food and cigarettes. Refused to be referred; said he owes the cousin for the bus.""",
  "ww db ac", "ncw oa", "C", "h")
T("""OIC note: IP NGUYEN remains in a safe house. Phone download confirms his controller sent him a message in March saying 'if you run away we will kill your mother, we know the village'. Corroborates his account.""",
  "it", "", "", "m")
T("""Crime report: Burglary at a nail bar on King St overnight; till and equipment stolen. Owner and staff (all family, own flats) attended; no safeguarding issues identified.""",
  "", "", "", "l")
T("""Victim debrief (first person): 'I was homeless in Leicester, I got chatting with a man at the day centre who said he'd give me a bed if I did some jobs. The jobs was cashing cheques and opening bank accounts in my name for him. Then he wanted me to drive cars. When I said no his mates held me down and burnt me with a lighter. I was in that house 8 months.'""",
  "av psv", "pa", "C", "h")
T("""INT 2/B/P: Au pair (Brazilian, 19) placed via website with a family in Richmond. Working 60+ hrs/wk, 'pocket money' of £50 a week, has not had a day off in 2 months, family keeps her passport in their safe and she is not allowed out in the evenings.""",
  "eo ww rd rom", "lh dt rm", "DS", "h")
T("""Council licensing – massage parlour licence renewal. All therapists qualified, registered, self-employed with own accounts. Premises clean, no residential use. Licence renewed.""",
  "", "", "", "l")
T("""Reasonable grounds consideration (SCA caseworker minute): PV is a 17-year-old British male. Evidence from police shows he was found in Exeter with drugs and a 'graft phone' for a London line. He was reported missing 6 times. The age of the PV means means need not be established. RG positive: criminal exploitation (county lines).""",
  "av", "", "C", "h")
T("""Online report (poor english): i am work in the chicken factory in Norfolk. the agency man say we have pay £250 for job before we come, also £70 each week for house, 12 people in house, also the transport £8 every day. After all this no money for me to send my family. he keep my bank card also.""",
  "ww ac", "uf oa ct ncw", "L", "m")
T("""A&E: 19F, Romanian, attended with vaginal bleeding after 'a client was rough'. Pt says she is 'not allowed' to go back to the flat without money. Gave a male's phone number as next of kin. Pt left before assessment complete. Police informed.""",
  "psv", "pa", "S", "h")
T("""Press summary: Police in Lancashire have dismantled a network that used 18 Vietnamese teenagers to run cannabis factories. The boys, aged 14 to 17, were told they would be studying; instead they were locked in houses with blacked-out windows, allowed no phone, and told their families would be harmed if they escaped.""",
  "av dec rom iso it", "rm isd", "C", "h")
T("""Debrief (interpreter, Amharic): She says that she went to work as a maid in Saudi Arabia first, then the family brought her to London for the summer. She says that she slept in a storage cupboard, ate leftovers and worked 18 hours a day. She says the madam took her passport at the airport. She says she ran away from the hotel on Park Lane when the driver left the door open.""",
  "ac eo rd", "plc lh dt", "DS", "h")
T("""Helpline caller: Woman from Ukraine under the Homes for Ukraine scheme. Host has asked her to clean their house in exchange for rent. She agreed, does 4 hours a week, can say no, has her own job. Wanted to know if it is legal. No exploitation.""",
  "", "", "", "l")
T("""INT 3/C/C (not to be disclosed outside policing): Unverified claim that a man at the Gurdwara is offering jobs to new arrivals at his uncle's factory and then 'makes them work for free for 6 months'. No names.""",
  "ww", "", "L", "m")
T("""NRM referral – Local authority first responder (Manchester CC). Adult female, Nigerian, 32. PV travelled to the UK aged 22 after being promised work as a hairdresser by a woman from her church. She was taken to a house in Manchester and told to pay back £40,000 by working in a brothel. She was raped by the woman's husband on her first night. The woman took her passport. PV escaped in 2023 and has been living with a friend. She is frightened of being returned to Nigeria where she says the traffickers will find her. Consent given.""",
  "dec db psv rd", "dt foa", "S", "h")
T("""Crime report: Section 47 assault. Two men working at a car wash fought over a customer tip. Both paid weekly by the owner, both live in their own flats. Both arrested. No MS concerns.""",
  "", "", "", "l")
T("""POI NOVAK, Milan (SK, DOB 04/11/1979). 2/B/P: brings Slovak Roma families to Sheffield, registers them for benefits using an address he controls, holds their bank cards and ID. Adults sent to work at a car parts factory, the teenagers shoplift to order.""",
  "rd av", "dt ncw", "L C", "h")
T("""Neighbour statement: The family next door have a nanny from the Philippines. She takes the children to school, she goes to church on Sundays with her friends, she's told me she has a good salary. I don't have any concerns, I only gave a statement because the officer asked everyone in the street.""",
  "", "", "", "l")
T("""Domestic worker (Kalayaan intake): 'I cannot go out. When they go out they lock the door. I work from 6 in the morning to 1 at night. My salary they send to my husband in Sri Lanka, they say, but he says he received only 2 months. I sleep in the room with the baby. I have not called my children for 5 months, they took my phone.'""",
  "rom eo ww iso", "rm lh isd", "DS", "h")
T("""online report: hi my husbands friend has been in hospital after building work, he fell off the roof. the boss is a friend and he is paying his wages while he is off work. just wanted to ask about compensation, nothing dodgy""",
  "", "", "", "l")
T("""OFFICIAL. Intelligence report 2/A/P. Source states that at the 'Golden Gate' restaurant (LS2) the owner CHAN locks the kitchen staff into the premises after closing. Staff sleep on flattened cardboard in the dry store. Source saw CHAN slap a worker for breaking a plate.""",
  "rom ac psv", "rm saw plc", "L", "h")
T("""Caseworker note (Migrant Help): Client is a Syrian man, 35, asylum seeker. Wanted to know whether he can work while his claim is pending. Lives in asylum accommodation. No indicators of exploitation.""",
  "", "", "", "l")
T("""Victim debrief, translated (Polish): 'They put us in a flat above a shop, 10 men. In the first week they took our passports for the bank. Every Friday they give us £50 and say the rest is for the debt. One man tried to leave and they beat him in front of us so we could see. After this nobody tried.'""",
  "rd ww db psv", "dt oa", "L", "h")
T("""999 summary: Male caller with heavy accent says 'we are four in a container, they closed the door, we have no water, it is very hot'. Location unknown, phone cell site near Felixstowe port. Coastguard and Border Force informed. Highest priority.""",
  "rom ac", "rm", "", "i")
T("""NRM referral not made. Police attended an address in Slough following an anonymous report of people being held. Six Indian men present, all on student visas, sharing a rented house, working part time in a supermarket distribution centre with payslips and own accounts. No indicators; report unfounded.""",
  "", "", "", "l")
T("""Safeguarding referral (hospital social worker): Child (11), Romanian, brought to A&E with fractured arm. Father says she fell. Nurse noted the girl has been seen begging with her father outside Oxford Circus tube most days in school hours. Girl not registered with any school.""",
  "av", "pa", "C", "h")
T("""Debrief: 'I answered an advert on Facebook for modelling. They flew me to Birmingham and said the modelling was cancelled but I could work as a hostess to pay for my flight. The hostess work was sex. I said no and they showed me a video of a girl being beaten and said that is what happens to girls who say no.'""",
  "dec db it", "", "S", "h")
T("""GLAA enforcement note: Four Bulgarian men found living in the barn of a dairy farm in Somerset, no toilet, no heating. Milking from 3am, working until 8pm, paid irregularly in cash 'when the farmer remembers'. Farmer's son holds their ID cards.""",
  "ac eo rd ww", "saw plc lh dt", "L", "h")
T("""Probation: Service user (Albanian, 26) completed sentence for cannabis cultivation. NRM CG negative as he admitted he was paid £1,000/month to mind the grow and could leave. No further referral.""",
  "", "", "", "l")
T("""INT 2/B/P: Males at 'Kings Barbers' (Walsall) are Kurdish Iraqi, recently arrived. Owner collects them from a house in Caldmore at 7am, returns 10pm. Owner takes their wages to 'pay for their lawyers'. One male said he is not allowed to speak to customers.""",
  "ww iso", "cedl et ncw isd", "L", "m")
T("""Public report (text message to Crimestoppers): Woman in flat 5 keeps having different young girls staying, they look foreign and scared and there's men visiting till 4am, heard one of them screaming last nite""",
  "", "", "S", "h")
T("""NRM – Home Office first responder (Immigration Enforcement), adult male, Eritrean, 27. PV was held in a warehouse in Bani Walid for 7 months, beaten and forced to work on a farm for the smugglers without pay. In the UK he has not been exploited. Consents. Exploitation location: Libya.""",
  "psv ww rom", "rm", "L", "h")
T("""Crime report (domestic abuse): The victim reported that her husband controls all the household money and checks her phone. She works as a nurse and her wages go into their joint account. DA recorded. No modern slavery disclosed.""",
  "", "", "", "l")
T("""Police crime report (county lines): On 12 May officers stopped a 16-year-old boy at Exeter St Davids. He was carrying 30 wraps of heroin inside his body. In a later interview he said he was told by his 'elders' that if he lost the drugs they would stab him, and that he had been held in a trap house for a week without being allowed to leave.""",
  "av it rom", "rm", "C", "h")
T("""Helpline note: caller is a landlord, suspects a tenant is subletting to many people. Visited; six adults in a 3-bed, all related, all working in jobs they found themselves. No exploitation; housing enforcement referral only.""",
  "", "", "", "l")
T("""Debrief, translated (Vietnamese): She says that the woman who owns the nail shop in Bristol told her that her family in Vietnam had borrowed $30,000 and the debt is now hers. She says that she works 9am to 8pm 7 days, eats and sleeps in the shop, and that the woman pays nothing, only 'keeps a record'. She says that the woman told her the police in England would put her in prison.""",
  "db ww eo ac", "lh saw plc foa", "L", "h")
T("""Financial crime alert: 40+ payroll deposits from a food packing agency into 9 accounts. Each account accessed by the same device. Card payments show no personal spending by account holders, only ATM withdrawals in Wisbech.""",
  "ww", "mbc ncw", "L", "m")
T("""Witness (section 9): I am a site foreman. The three Romanian lads were brought every morning by a man who waited all day in his car and took them away at night. They never had lunch. One told me the man keeps their wages and they have nowhere to go. I asked if they wanted help but they said they were scared of him.""",
  "ww", "et ncw foa pa", "L", "m")
T("""Press: A man who advertised a 'free room' to homeless people on social media was jailed for forcing them to work on his farm. The victims were told they would be thrown out and 'end up dead' if they complained, and were hit with sticks.""",
  "av it psv", "", "L", "h")
T("""OIC handover: Premises visit at 14 Albany Rd (suspected brothel). Two women present, both British, independent sex workers sharing a flat for safety. No third party, no indicators of exploitation. Safety advice given.""",
  "", "", "", "l")
T("""GP note: 16F, attending with older male 'uncle' for contraception. Uncle insisted on staying and answered for her. Pt looked at floor throughout. Pt is Albanian, in UK 3 months, not at school. Child safeguarding referral made urgently.""",
  "av", "sfw", "S", "h")
T("""DtN (Police, adult male, Vietnamese, 40s). Arrested at a cannabis farm in Bury. Had been living in the house for 6 weeks, told not to go out in daylight. Says a man he knows only as 'Anh Ba' paid for his travel and he must work for 1 year. Declined NRM.""",
  "rom db", "rm saw", "C", "m")
T("""Public report: my cousin came from Romania to work in a warehouse in Corby, the agency gave him a house with 4 others and takes rent from his wages which is fine, he has his id and keeps his money. but now hes been sacked for being late and they want him out of the house this week. is that slavery""",
  "", "", "", "l")
T("""NRM referral, First responder: Local authority (Leeds). Child: British male, 15. Brought to notice after he was found with a knife and 2 phones in a flat in Scarborough. He says a 19-year-old 'mate' from Leeds took him there, kept him there for 10 days selling crack and he could not leave because they had taken his trainers and phone. He was punched when takings were short.""",
  "av rom iso psv", "rm isd", "C", "h")
T("""Crime report: IP reported that her employer at a hair salon had not paid her final month's wages (£1,400) after she resigned. She has her documents and lives independently. Civil matter; advised employment tribunal/ACAS. No exploitation.""",
  "", "", "", "l")
T("""Sh3 told me she cant go out alone, the husband takes her to work at the laundry and brings her back and takes her wages. she said they threatened to send her back to Pakistan in a coffin""",
  "rom ww it", "et rm ncw", "L", "h")
T("""INT 2/B/P: Females advertised on 'Vivastreet' from an address in Ilford, number 07911 123456. Phone answered by a male who quotes prices for 'Thai girls'. Females believed to be moved every week between London, Reading and Luton by car.""",
  "", "et", "S", "h")
T("""Debrief summary (interpreter): PV says she was not physically hurt, not locked in and could go to the shops. She says the problem was that the family she worked for did not pay her for 8 months and when she asked they said she should be grateful for a roof. She says she is afraid to return because she has no money and they have her passport.""",
  "ww rd", "dt", "DS", "m")
T("""Council environmental health: Complaint about a food factory's staff toilets. Inspected; staff facilities inadequate, improvement notice served. Workforce employed directly, paid through payroll. No labour exploitation concerns.""",
  "", "", "", "l")
T("""Organ trafficking (NCA intelligence summary): A clinic broker in Istanbul recruits Moldovan and Ukrainian men in debt to sell kidneys for €5,000, telling them the operation is simple and they will be paid on waking. Two UK-based brokers arrange the recipients. Donors report they were paid less than promised and left without aftercare.""",
  "av dec", "", "OH", "h")
T("""Call summary: Neighbour reports sound of a woman crying and a man shouting in a foreign language at the house opposite. Officers attended; a couple arguing about money. Both adults, no injuries, no other residents. No further concerns.""",
  "", "", "", "l")
T("""Police crime report: Between 2019 and 2022 the defendant HOLT recruited men from homeless shelters in Manchester to work for his tarmac business. He drove them around the country in the back of a van and they slept in the van or on the floor of caravans. He paid them nothing, telling them their money would be 'saved' for them. He threatened to tell the police they were wanted if they ran away.""",
  "av ww ac it", "et plc", "L", "h")
T("""Online report: there is a man in the high street who sells the Big Issue, a man picks him up every evening and takes his money. he looks very thin. i dont know if hes ok""",
  "ww", "cedl pa ncw", "C", "m")
T("""Airport (Border Force) note, Manchester: Female (Nigerian, 22) travelling alone with a return ticket, £50 cash and no hotel booking. Says 'a friend' is meeting her. Phone shows messages from a man telling her to say she is a tourist and reminding her that the £15,000 for her ticket and visa 'must be paid back from your work, every penny, before you see any money'. Safeguarding interview conducted; referred to NRM.""",
  "db", "", "", "m")
T("""Helpline log: British father worried his son (18) has joined a 'scam' sales team selling door to door. Son is paid commission only, lives at home, can stop anytime. Advised consumer rights; no exploitation.""",
  "", "", "", "l")
T("""INT 2/B/P: 'Uncle Tony' running a shoplifting crew of Romanian women and girls (some believed 12-15) in Kent retail parks. Girls given a daily target of £500 in goods, beaten if they miss it. They sleep in a crowded house in Gravesend and are driven to the stores.""",
  "av psv ac", "oa et", "C", "h")
T("""NRM referral: Salvation Army. Adult male, Polish, 62. Background: was living rough in Krakow after losing his job. Was offered 'light work and a room' in England by a man at a church. In the UK, housed in a shed behind a house in Ipswich, worked laying patios 12-hour days. Given £5 a day and food. His passport was 'looked after' by the man's wife. How he left: a customer called the police. Consents.""",
  "av dec ac eo ww rd", "plc lh dt", "L", "h")
T("""A&E: 42M, Polish, hand injury from machine at recycling plant. Employer called ambulance and a supervisor came to hospital. Pt has his own documents, paid weekly, lives with wife. Explained he had been working a 10-hour shift. No safeguarding concerns; workplace accident reported to HSE.""",
  "", "", "", "l")
T("""Safeguarding referral: Woman (Chinese, 50s) found sleeping in a restaurant store room in Edinburgh during a fire safety inspection. She told inspectors she came as a tourist 10 years ago, cooks for the owner's family and the restaurant without pay and has 'nowhere else'. The owner says she is a family friend.""",
  "ww ac av", "saw plc", "L DS", "h")
T("""Victim debrief (first person, 16, British girl): 'He said I was his girlfriend. Then he said I owed him for the weed and the phone, £800, and I could pay it off by taking stuff to Norwich on the train. He used to say if I told my social worker he'd put the pictures of me on the internet.'""",
  "av db it", "", "C", "h")
T("""GLAA – licensing breach only: Labour provider supplying pickers without a licence. Workers interviewed: paid correctly into own accounts, own housing, free to leave, no fees. Unlicensed activity offence considered. No worker exploitation found.""",
  "", "", "", "l")
T("""2/B/P. Nom MOLDOVAN Vasile using 4 Romanian males to open 50+ bank accounts with false ID, then selling the accounts to fraudsters. Males live in his house, he has their genuine passports and pays them nothing, telling them they are 'illegal' and will be jailed if caught.""",
  "rd ww it", "dt foa", "C", "h")
T("""OIC summary: Victim A (Indian, 34) was employed as a live-in cook for a businessman in Mayfair. She stated she worked 9 to 6 with weekends off, went out when she liked, had her own phone and was paid £1,200 monthly into her account. She left after a row about a broken vase. On the evidence no offence under MSA s1 is made out. NFA.""",
  "", "", "", "l")
T("""Public report: car wash on Forest Rd, young man with no shoes in the rain, working in flip flops, hands cracked and bleeding. He said the boss takes his passport when he started and he sleeps in the back. please help him""",
  "rd ac", "dt saw pa", "L", "m")
T("""Reasonable grounds decision: positive, criminal exploitation (cannabis cultivation) and labour exploitation (nail salon), locations UK and France. The SCA accepts that the PV, a Vietnamese national who was 16 at the time, was recruited, transported and harboured for the purpose of exploitation.""",
  "av", "", "C L", "h")
T("""Debrief (Romanian female, 26, via interpreter): She says that her partner made her stand on the street in Ilford every night from 9pm to 5am. She says that he took all her money and that he hit her with his belt if she came back with less than £300. She says that she could not leave because he had her ID card and she had no friends in England.""",
  "ww psv rd iso", "dt isd ncw", "S", "h")
T("""Call summary 999: Caller is a 15-year-old boy, says he is in a flat in Stoke with 'the olders' who have taken his phone and are making him stay to sell drugs, he is using a friend's phone, says they have a knife and will hurt him if he leaves. Address obtained. Grade 1.""",
  "av iso it rom", "isd rm", "C", "i")
T("""Care home, CQC inspection: International recruits (Kerala) report that sponsor pays correctly, provides accommodation at a fair rent, and no fees were charged. Some complained about rotas. No indicators of exploitation; rota issue raised with manager.""",
  "", "", "", "l")
T("""INT 3/C/P: A woman at a church in Croydon says a family there has a 'girl from back home' (Nigeria, maybe 14) who does all the cooking and childcare and does not go to school.""",
  "av", "", "DS", "h")
T("""Police crime report: The victim, a 45-year-old Latvian male, attended the front office in Boston and reported that the man who found him work at a vegetable packhouse had confiscated his passport and bank card and that he was now owed three months' wages. He was told that if he complained he would be thrown out of the house onto the street. He had lost a lot of weight.""",
  "rd ww it", "dt ncw pa", "L", "h")
T("""Online report: tinder date told me he 'runs girls' and takes them round hotels, showed me pics of girls who looked well young. creeped me out. his name on the app was Jay, 27, Luton""",
  "", "", "S", "h")
T("""Caseworker note: Client (Eritrean, 19) says a man at the hotel where asylum seekers are housed offered him work at a car wash for £30 a day cash. He did two days and stopped because it was hard work. He was paid and nobody threatened him. Advised about working rights.""",
  "", "", "", "l")
T("""NRM form extract – 'Describe the treatment': 'They made us drink and take pills so we stay awake, 20 hours picking in the fields. The boss's son hit me with the crate. We slept in a barn on pallets.' Exploitation type: labour. Location: UK (Kent) and Spain.""",
  "eo psv ac", "lh plc saw", "L", "h")
T("""Officer note: Attended Moonlight Massage with licensing. Two women present said they lived upstairs. One had bruising to face and said she 'fell'. Both became very anxious when a male arrived and spoke for them. Premises manager states they are 'freelance'. Referral to MSHTU for follow-up.""",
  "", "pa sfw saw", "S", "h")
T("""Neighbour dispute, 101: caller says the man next door is running a car repair business from his drive, and people work on the cars until late. They are his sons. Noise complaint. Passed to council.""",
  "", "", "", "l")
T("""Duty to Notify: First responder – Gangmasters and Labour Abuse Authority. Adult male, Indian, 38, food factory worker. Says he pays 'the agent' half of his wages every month for the visa debt of £12,000, which is still £10,000. Agent threatens to report him to the Home Office. Does not wish to be referred.""",
  "db ww it", "foa", "L", "h")
T("""Police crime report: At 0930 hours officers raided a house in Middlesbrough where four Eritrean asylum-seeking women were found. They stated that a man had offered them rooms after their asylum support ended, then made them have sex with men who visited the house. They were told that if they went to the police they would be deported. One had injuries to her wrists from being tied.""",
  "av psv it", "pa foa", "S", "h")
T("""School referral: Year 8 girl (12) says her older cousin is taking her to 'parties' on Fridays at a takeaway. Says there are older men who give her vodka. Mum unaware. Social care strategy meeting requested.""",
  "av", "", "S", "h")
T("""Organ harvesting – debrief via interpreter (Albanian man, 30): He says that he was told he would work in a restaurant in London, but that the men who brought him to Istanbul took him to a clinic for 'medical checks' and told him he would have to give a kidney to pay the travel debt. He says that he refused and was locked in a room for three days. He escaped when they moved him.""",
  "dec db rom", "rm", "OH", "h")
T("""Helpline: A woman (Polish) wants to know whether her employer can keep her passport for a week to do a right to work check. Advised: employers may take a copy; original returned same day. She confirmed the original was already returned. No concern.""",
  "", "", "", "l")
T("""INT 2/B/P: County line 'Benny' – line holder uses vulnerable adult female (NFA) in Weston-super-Mare as a driver. She is paid in heroin and has been assaulted when late. Runners are 15-16 years old from Bristol.""",
  "av psv", "", "C", "h")
T("""Social worker note: 14-year-old Eritrean UASC missing from foster placement. Returned after 3 days. Says he was 'at a friend's' in London. Has a new phone and £200. Denies anything happened. No other information. Missing return interview to follow.""",
  "", "", "", "l")
T("""ABE summary (adult): IP (Hungarian, 31) said she travelled to the UK with her boyfriend who promised a factory job. At his friend's house in Derby the boyfriend told her she had been sold for £3,000 and must work for the friend. The friend kept her in the bedroom, took her phone and forced her to have sex with men. She got out through the window when he was asleep.""",
  "dec psv rom iso", "rm isd", "S", "h")
T("""Online report: there are 12 people living in the house behind me, beds in the garage, the landlord drives them to work at 5am and brings them back at 10, takes money off them for the lift. they look knackered""",
  "ac", "oa cedl ct et", "L", "m")
T("""Officer note (Border Force, Dover): Lorry driver (Polish) found two Albanian men hidden in trailer. Men say they paid €8,000 each to come. No one in the UK is waiting for them and no work arranged. Clandestine entrants; no trafficking indicators. Handed to Immigration.""",
  "", "", "", "l")
T("""Caseworker note (New Pathways): Client says that her former 'employer' at the nail bar in Swansea is now messaging her sister in Vietnam asking for the money she 'still owes'. Client feels unsafe. Police informed.""",
  "db it", "", "L", "m")
T("""Police crime report (domestic servitude): The suspects, a married couple in Luton, brought the wife's niece (Pakistani, 16) to the UK on a visit visa. For 18 months she cooked, cleaned and cared for their 5 children, was not allowed to go to school or leave the house alone, and was beaten by the husband when she asked to phone her mother. Her passport was kept in the husband's car.""",
  "av rom psv rd iso", "rm dt isd", "DS", "h")
T("""Financial crime (bank): Customer account receiving salary from a hand car wash, every penny transferred the same day to a third party who is also the account's registered 'carer'. Customer does not use online banking. Review opened.""",
  "ww", "ncw", "L", "m")
T("""Public report: i work in a hotel kitchen in Blackpool, some of the new lads from the agency say they paid £1500 to get the job and they sleep 6 in one room the agency owns. they get paid tho and can leave, just not much money left after rent""",
  "ac", "uf oa", "L", "m")
T("""Press summary: Detectives have rescued a woman who was kept as a slave by a family in Essex for 10 years. Neighbours said they had 'never once' seen her leave the house. She was found weighing 6 stone, with no belongings except the clothes she stood in.""",
  "rom", "rm pa fpe", "DS", "m")
T("""Call summary (101): Caller's Polish father-in-law works at a farm and lives in the farm's caravan. Caller says the farmer is 'strict' but pays him on time and he is happy there. Caller just wanted to know about caravan safety regulations. No concerns.""",
  "", "", "", "l")
T("""DtN – First responder: Home Office (UKVI). Adult female, Thai, 40s, overstayer, arrested at a massage parlour in Cambridge. Says she came on a tourist visa, the owner paid her flights and she has to give him £10,000 before she can keep any of her money. She has never been paid. Declined NRM.""",
  "db ww", "", "S", "h")
T("""Debrief (first person, translated from Arabic): 'The owner of the barber shop said I can stay in the shop at night. In the day I sweep and wash towels, also I must clean his house. He never give me money, only food. He say he is helping me because I have no papers and if I go outside the police will catch me.'""",
  "ww av", "saw foa", "L DS", "h")
T("""INT 2/B/P: Nom REID, Shaun (British, 41) recruiting vulnerable adults from a homeless hostel in Brighton to act as 'drivers' and to hold drug stashes. One male has learning difficulties. REID has taken his bank card and phone.""",
  "av iso", "ncw isd", "C", "h")
T("""Probation note: Offender on licence (British, 25) says he has been offered work by his brother-in-law at a market stall, paid cash, lives at home. Employment details checked. No concern.""",
  "", "", "", "l")
T("""OFFICIAL-SENSITIVE. Crime report: Two Indian men working at a Southall sweet centre were found sleeping on the floor of the preparation area. They had been promised work 'in a big company' by a recruiter in Punjab who charged £7,000 each. The employer paid them £200 a month and kept the rest to repay the recruiter. They worked from 6am to 11pm seven days a week.""",
  "dec db ww eo ac", "saw uf lh plc", "L", "h")
T("""Helpline caller (British, 22): says she advertises on an adult site and works independently from home, keeps all her earnings, wanted info about staying safe. No third-party control. Signposted to support services.""",
  "", "", "", "l")
T("""Safeguarding referral (midwife): Pregnant woman (Romanian, 19) booked late. Partner (30s) present, held her passport and answered questions. She later said she is 'working for him' in a flat in Leicester and gives him her money. Maternity safeguarding pathway; police notified.""",
  "rd ww", "dt sfw ncw", "S", "h")
T("""INT 3/C/P: A Facebook group advertises 'kidney donors wanted, £30k, all expenses paid, India'. Several UK-based profiles have commented. No evidence yet of any transplant taking place.""",
  "", "", "", "l")
T("""Victim account (Slovak man, 48): 'The man who brought us said we will get £300 a week. For 2 years we worked in a laundry and a car wash, he paid us £20 a week and sometimes nothing. When we said we would go to the police, he said he knows where our children live in Slovakia. He took us everywhere in his car.'""",
  "dec ww it", "et", "L", "h")
# ---------------- part 4 ----------------
T("""Call summary (101): Caller works at a bakery, says his manager paid him £80 short this month and says it was a mistake in the hours. Caller has his own bank account and ID and is looking for another job anyway. Advised to speak to ACAS. Not a police matter.""",
  "", "", "", "l")
T("""NRM referral withdrawn: The PV, an adult Albanian male, told his caseworker that the account he gave to the first responder was untrue and that he came to the UK to work in a car wash of his own free will for a friend, who paid him fairly. He does not want to proceed.""",
  "", "", "", "l")
T("""GLAA inspection (food processing): Workers charged £25 for safety boots and £10 for a hairnet deducted from their first wage, contrary to licensing standards. Otherwise paid NMW, hold their own documents and housing. Additional licence condition imposed.""",
  "", "ppe", "", "l")
T("""public report: the girls at the nail shop are lovely, always chatting and laughing, they told me they're sisters and own the place. i only reported because someone on facebook said all nail bars are slavery lol""",
  "", "", "", "l")
T("""Debrief (Moldovan man, 27, via Romanian interpreter): He says that after his kidney was removed in a clinic abroad the brokers gave him $2,000 instead of the $10,000 promised, and told him that if he spoke to anyone his brother, who had also been recruited, would 'disappear'. He says that he was then sent to the UK to work off the cost of his flight at a building site.""",
  "dec it db", "", "OH L", "h")
T("""Officer note: Welfare visit to a 19-year-old Romanian woman reported by a hotel as 'possibly trafficked'. She is on holiday with her boyfriend, both on their own passports, return flights booked, she spoke to officers alone and had no concerns. No further action.""",
  "", "", "", "l")
T("""Crime report: theft from employer. A warehouse operative (Lithuanian, 34) was dismissed after stealing stock. He has his own home and documents and was paid via payroll. No exploitation indicators.""",
  "", "", "", "l")
T("""Victim statement extract: 'I was not kept prisoner, I want to be clear about that. I had my passport, I went to the gym, I had friends. The pay was bad, £7 an hour, and the boss shouted. But I could leave, and I did.'""",
  "", "", "", "l")
T("""Kidney patient note (renal clinic): Patient on the transplant list asked whether he could 'buy a kidney abroad' as his cousin did. Advised of the law and health risks. No evidence any transplant has been arranged. Patient continues dialysis.""",
  "", "", "", "l")
T("""Salvation Army outreach note: Rough sleeper (Polish, 50s) asked about work. Says nobody controls him, he had work on a farm last summer through a licensed agency and was paid properly. Referred to housing options. No indicators.""",
  "", "", "", "l")
T("""Police report (missing person found): 17-year-old female reported missing from home in Leeds was found safe at her boyfriend's house (he is 17). No concerns of exploitation; return home interview completed. Closed.""",
  "", "", "", "l")
T("""Duty to Notify not required: Border Force encountered a Vietnamese woman (30) at Heathrow who had travelled to marry her fiancé, a British citizen of Vietnamese heritage. Both interviewed separately, consistent accounts, relationship genuine, no debt or control. Visa granted.""",
  "", "", "", "l")
T("""INT 2/A/P. Forced labour – scrap metal. Source saw nom WARD hit a worker with a piece of pipe at the yard on Tuesday. Workers (Irish Traveller and English, some with alcohol problems) live in old caravans on the yard with no toilet. WARD collects their benefits from the post office.""",
  "psv ac av", "plc saw ncw", "L", "h")
T("""Helpline caller (Indian, 27, student): Says her employer at a takeaway gives her more hours than the 20 allowed on her visa and she is worried about her visa. She is paid, has her passport, and can refuse shifts. Advised. No exploitation.""",
  "", "", "", "l")
# ---------------- part 5: one-liners and long texts ----------------
T("""2/B/P nom LAZAR holds the passports of 6 workers at Brook Farm.""", "rd", "dt", "L", "m")
T("""Girl, 15, found at a pop-up brothel in Slough, now with social care.""", "av", "", "S", "h")
T("""car wash lads sleep in the shed out back and the boss keeps there money""", "ww ac", "saw plc", "L", "m")
T("""No concerns: workers hold own documents and are paid into own accounts.""", "", "", "", "l")
T("""Caller reports a noisy party next door, no other concerns.""", "", "", "", "l")
T("""Told he owed £4,000 for the van ride and must work it off at the factory.""", "db", "", "L", "m")
T("""POI overheard: 'if you talk to the police your sister pays'.""", "it", "", "", "m")
T("""she said the boss locks them in the salon overnight""", "rom", "rm saw", "L", "m")
T("""Passport lost on holiday in Spain, reported for replacement, no other issues.""", "", "", "", "l")
T("""Boy, 14, holding a county line phone in Hastings for elders from Lewisham.""", "av", "", "C", "h")
T("""Maid in Knightsbridge not allowed out, employer took her phone.""", "rom iso", "rm isd", "DS", "m")
T("""Sold a kidney in Lahore to clear his family's brick kiln debt; broker lives in Birmingham.""", "av", "", "OH", "m")
T("""Reasonable grounds negative: voluntary work for a relative, paid, free to leave.""", "", "", "", "l")
T("""Van picks workers up at 4am, back at 11pm, £10 a day for the lift.""", "", "cedl ct et", "", "l")
T("""Welfare check done, she is fine, living with her sister, works at Boots.""", "", "", "", "l")
T("""OFFICIAL-SENSITIVE – NRM referral narrative (First responder: Derbyshire County Council, adult safeguarding)

Background: The PV is a 39-year-old Romanian man with a mild learning disability. He grew up in a children's home in Bacau and has no family contact. In 2021 a woman he knew from his town offered him a job 'in a big English hotel' with good pay, food and a room.

What happened: He travelled by coach with four other men. At Victoria a man named Florin collected them and took their ID cards, saying he needed them for the bank. The PV has not seen his card since. He was taken to a house in Derby with three bedrooms and fourteen men. He was sent each day to a hand car wash, seven days a week, 8am to 8pm. His pay went onto a card that Florin kept. Florin said the PV owed him £1,200 for the coach and the room and that the amount went up every week.

How he left: A customer at the car wash, a retired nurse, noticed his hands were raw and asked if he was alright. She came back with a leaflet in Romanian. The PV walked to the police station the next morning.

Consent: The PV understands the NRM and consents.""",
  "av dec rd ww db eo ac", "dt ncw oa lh pa", "L", "h")
T("""Police crime report – NFA (no offence disclosed)

On 2 March PC 4471 attended a hand car wash on Derby Road following an anonymous online report that workers were 'slaves' and 'never went home'.

Six workers were present. All were spoken to individually with a Kurdish Sorani interpreter via Language Line. All six stated they live in rented rooms in the city, travel to work by bus, and are paid weekly by bank transfer. Five produced their own residence cards and the sixth said his was at home, which was later confirmed. Working hours were described as 9 to 6, six days a week, with a rota for days off. Payslips were shown by the owner and matched the bank transfers.

The owner stated that workers sometimes stay late in summer and are paid extra. The welfare cabin had a heater, kettle and toilet.

Officers found no indicators of forced labour or control. The anonymous reporter was contacted and said he had assumed because 'they are always there'. Result: NFA. Partner agencies (GLAA) informed for information.""",
  "", "", "", "l")
T("""Victim debrief (first person, recorded with a Vietnamese interpreter; the interpreter's words)

She says that she was 17 when she left her village in Ha Tinh. She says that her father had borrowed money from a man in the village to pay for her brother's hospital treatment and could not repay it, and the man said she could go to England and work in a nail shop to pay the debt.

She says that she travelled through Russia and then France, where she was kept in a camp near Calais for two weeks and a man touched her at night. She says that she came to England in a lorry.

She says that in England she was taken to a house in Birmingham where she lived with four other girls. She says that they were taken to the nail shop at 8 every morning by a man in a car and brought back at 10 at night. She says that she was never paid, and the owner said the money was going to her father's debt. She says that she was not allowed to have a phone.

She says that she left when the shop was visited by the police.""",
  "av db psv ww iso", "cedl et isd", "L", "h")
T("""Safeguarding referral – school (Designated Safeguarding Lead)

Concern: Amir, Year 11, 16 years old. Since September his attendance has fallen to 61%. He has been seen by staff getting into a white Mercedes after school with two men aged about 20. He has recently had a new iPhone and a Canada Goose coat; he says his cousin bought them.

On 14 November Amir did not come home and his mother reported him missing. He was found two days later by British Transport Police at Peterborough station with £450 in cash and a second phone that kept receiving messages. He told the officer he 'owes people' and cannot stop. On return to school he had a bruise on his cheek and a cut on his hand which he would not explain.

His mother says that a man phoned the house and said Amir had 'lost something that belongs to us' and that the family had to pay £1,000 or 'it gets worse for him'.

Request: strategy meeting, NRM referral as a child (no consent needed), contextual safeguarding assessment.""",
  "av db it", "pa", "C", "h")
T("""GLAA licensing inspection report (summary)

Licence holder: Fenland Harvest Staffing Ltd. Sector: agriculture and packhouses. Date: 9 August.

Worker interviews: 18 workers were interviewed privately (Bulgarian, Romanian, Ukrainian). All said they found the job through friends or the company website, paid no fees, and received a written contract in their language. All hold their own passports and bank cards. Pay is weekly into their own accounts and matches the hours on the time sheets. Transport is a company minibus which is free and optional; three workers drive themselves.

Accommodation: the company rents two houses; each bedroom has two beds at most, and rent is deducted at below the accommodation offset. Houses were clean with working heating.

Issues: one worker said his supervisor swore at him; this was dealt with by HR. Rest breaks were not always recorded.

Outcome: compliant with two advisory points (break records, supervisor training). No indicators of forced labour or worker exploitation found.""",
  "", "", "", "l")
T("""Police crime report – Operation HARBOUR (MSA 2015 s1 and s2)

Summary of allegation: Between January 2022 and May 2023 the suspects, brothers Adrian and Cosmin BALAN, recruited at least nine Romanian women through Facebook posts offering work as cleaners in London hotels at £1,500 a month. On arrival at Luton the women were driven to two flats in Ilford. Their identity cards were taken 'for the contracts'.

The women were told that there was no cleaning work and that each of them owed £2,000 for travel and rent. They were advertised on an adult website and made to see men at the flats. Victim 3 stated she was raped by Cosmin BALAN when she refused. The women were not allowed to leave the flats without one of the brothers and had their phones taken each evening. Victim 5 said Adrian BALAN showed her photos of her mother's house in Constanta and said 'we can go there any time'.

Two of the victims went to police in May 2023 after they were left alone when the suspects went to a wedding. Both suspects were arrested at Stansted on 30 May.""",
  "dec rd db psv rom iso it", "dt rm isd et", "S", "h")
T("""Caseworker note – Salvation Army (victim care contract)

Client: Mr T, Sudanese, 31. Reviewed today with an Arabic interpreter.

Mr T is settled in his safe house. His GP has arranged physiotherapy for his shoulder. He is attending English classes twice a week and has made friends at the local mosque. He has received his positive conclusive grounds decision and has instructed a solicitor about his asylum claim.

He mentioned that a man at the mosque had offered him cash work at a car wash. He turned it down because he does not have permission to work yet. He says nobody pressured him and the man was polite. He said he feels safe and does not feel that he is being watched.

He asked about moving on to his own accommodation, and we discussed the move-on plan. No new safeguarding concerns. Next review in 4 weeks.""",
  "", "", "", "l")
T("""Debrief account (first person, written by the victim in English, unedited)

My name is Grace. I came to London in 2016 when I was 19 to look after the children of a Nigerian lady who is a doctor. My pastor in Lagos said she will pay my school fees in London.

There was no school. I wake at 5 to make breakfast, then take the children to school, clean the whole house, wash clothes by hand, cook, collect the children, help homework, then cook again and iron until midnight. I sleep in the corridor outside the children's room on a mat. She never pays me, she said she send money to my mother but my mother says she never get anything.

She keep my passport in her bedroom drawer, I saw it. I cannot go outside alone, the door is always locked and only she and her husband has keys. When I break a glass she beat me with a slipper and her husband slapped me. She said if I go to police they will deport me and I will go to prison.

I ran when the cleaner's van was parked outside and the door was open.""",
  "dec eo ac ww rd rom psv it av", "lh plc dt rm foa", "DS", "h")
T("""Officer handover note – late turn to early turn

1. Shoplifting at the Co-op, Market St: suspect (British, 35, known drug user) arrested and charged. He said he steals to fund his own habit; no one is making him. No exploitation indicators.

2. Concern for welfare, 22 Holly Close: neighbour reported a 'trafficked' woman at the address. Attended. The woman is the householder's wife, from Thailand, married 6 years, works at a restaurant in town, spoke to us alone in good English, holds her own passport and bank card. Neighbour has an ongoing dispute with the family. No concerns.

3. RTC on the A38, minor, no injuries, vehicles recovered.

4. Outstanding: CAD 1123 – anonymous call about a 'cannabis smell' at 8 Mill Lane. Not yet attended. Please allocate.""",
  "", "", "", "l")
T("""Public report (online form, unedited)

hi im writing about my aunties house in Bradford. she brought a girl from Bangladesh last year she says shes a 'cousin' but shes not, shes about 14 or 15. she dosent go to school. she does all the cooking cleaning for everyone, theres 9 of us when we visit, she eats in the kitchen after everyone, sleeps on the floor by the washing machine.

my auntie took her passport when she arrived i heard her say its in the wardrobe. the girl is never allowed out, last time she tried to go to the shop my uncle dragged her back by the hair. she told me in bengali she wants to go home and she hasnt spoken to her mum for months, they dont let her use the phone.

please dont say it was me i dont want trouble with my family""",
  "av rd rom psv iso ac", "dt rm isd plc", "DS", "h")
T("""Bank financial-crime investigation summary (for police referral)

Between February and July our monitoring identified 31 personal current accounts opened in branches in Leicester and Coventry by Romanian and Bulgarian nationals. Each account received weekly wages from one of two employment agencies supplying a distribution centre. In every case the whole wage was withdrawn within 24 hours, almost always from the same two ATMs on Narborough Road, using several cards in sequence (CCTV shows one man using up to 12 cards in a single visit).

Mobile banking for 27 of the accounts is registered to four phone numbers. The accounts show no spending on food, rent or transport by the account holders. Account holders who attended branch did not know their own balances and were accompanied by a man who answered questions for them.

Assessment: strongly indicative of third-party control of workers' wages. Referred to police and GLAA.""",
  "ww", "mbc ncw sfw", "L", "m")
