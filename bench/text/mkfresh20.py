#!/usr/bin/env python3
"""Builds bench/text/fresh20.jsonl from hand-written texts (each written individually).

Label string per text: "INDICATORS|SIGNS|TYPES|RISK" with short codes expanded below.
Paired signs (documents_taken, restricted_movement, long_hours, isolated) are added
automatically when their indicator is labelled, per the labelling convention.
"""
import json, os, sys

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oa": "overcrowded_accommodation", "swp": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "ce": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}
PAIR = {"RD": "dt", "RM": "rm", "EO": "lh", "IS": "iso"}



def expand(lbl):
    i, s, t, r = lbl.split("|")
    inds = [IND[x] for x in i.split()]
    sigs = set(SIG[x] for x in s.split())
    for k, v in PAIR.items():
        if k in i.split():
            sigs.add(SIG[v])
    order = list(SIG.values())
    sigs = sorted(sigs, key=order.index)
    iorder = list(IND.values())
    inds = sorted(set(inds), key=iorder.index)
    tys = [TYP[x] for x in t.split()]
    return inds, sigs, tys, RISK[r]


TEXTS = []

TEXTS += [
("""INT suggests POI Marius DOBRE (DOB 14/03/1988) collects four Romanian males from a house on Carver St at 0530 daily and returns them after 2200 to a hand car wash on the A52. 2/C/P""",
 "|ce|L|m"),
("""Caller reports neighbour's teenage son playing music loudly until 2am every night. Words exchanged on the doorstep, no violence. Advised re noise nuisance and council environmental health.""",
 "|||l"),
("""she keep saying the man has her passport for safe and she can not have it back until the job is finish. she is from Philippines and clean the big house in Kensington""",
 "RD||D|m"),
("""Hi I work at the nail salon on the high st, the owner is my aunt, I do my hours 10 till 6 and get paid into my own account every friday. My college asked me to write to say im ok because someone reported us. Im fine thanks""",
 "|||l"),
("""Referral from Year 10 head of year: Kacey (15) seen getting into different cars outside school gates, has new phone and expensive trainers she cannot explain. Older males 'boyfriends'. Missing from home twice this month, returned with a hotel key card.""",
 "AV||S|h"),
("""Salvation Army caseworker note. Client T. (Eritrean, 24) says the journey from Libya cost 6,500 US dollars and the man in Birmingham told him the money is now owed to him. He works in a kitchen and half of what he earns is taken each week 'for the boat'. The amount was written in a notebook; he has been told it went up because he was late twice. He has his own passport and phone and lives with a cousin.""",
 "DB||L|m"),
("""GLAA inspection, packhouse, Lincs. Labour provider holds valid licence. Payslips checked for 12 workers, all NMW or above, holiday pay accrued, own bank accounts. Workers transport themselves or use free company minibus. No issues identified.""",
 "|||l"),
("""Man on the corner of Beech Rd selling weed to kids again, he's about 30 lives at no 14 drives a black golf. This has been going on for months do something""",
 "|||l"),
("""Debrief (via Vietnamese interpreter): He says he was told the job was in a restaurant in London and he would earn £1,500 a month. When he arrived he was driven to a house where he had to water plants in the bedrooms. He did not know the plants were cannabis until later.""",
 "DE||C|m"),
("""Hotel duty manager called 101: young woman in room 312 says she has been locked in by a man who left two hours ago, door chain on the outside, she is crying and says he is coming back with 'customers'. Unit dispatched.""",
 "RM||S|i"),
("""OIC handover: burglary series Westgate, 3 addresses, entry via rear windows. CCTV awaited from Spar. No further lines tonight.""",
 "|||l"),
("""Polish male, 52, attended A&E with a hand injury from a band saw at his workplace (joinery firm). Employer drove him in and waited. Patient says he has worked there 9 years, happy, lives with wife. RIDDOR form discussed.""",
 "|||l"),
("""The boss took all of our phones when we arrived at the farm, we could only call home on Sunday from his phone with him listening""",
 "IS||L|m"),
("""Mrs Okafor contacted the council because her tenant family of six are living in a 2 bed flat. They are her cousin's family, they moved in together to save money and all the adults work for different employers. She wants advice on whether she is breaking any rules.""",
 "|||l"),
("""Bank FCU alert: 11 debit cards in different names used at the same ATM on Lozells Rd within 40 minutes, Friday nights, pattern over 6 weeks. Account holders all Romanian nationals with same correspondence address, salaries from same recruitment agency paid in and withdrawn in full within a day.""",
 "|mbc ncw|L|m"),
("""Au pair Lucia (Spanish, 19) - host family report she is homesick and wants to go home early. She has her own room, weekends off and £100 a week pocket money agreed in advance, she keeps her own passport. Family are booking her a flight. No concerns.""",
 "|||l"),
("""Intel 2/B/P: nom 'BIG T' is running a line into Weston from Bristol using a 14 year old boy from Lawrence Hill who is kept in a flat on Locking Rd to serve users. Boy has not been home for 4 days.""",
 "AV RM||C|i"),
("""I went for a job in a pizza shop and they said I need to pay £300 for training and a uniform before I start. I didnt pay it and didnt take the job. Is this legal??""",
 "|uf||l"),
("""Woman says the man she met online brought her from Lagos saying she would study nursing. On arrival he told her she must 'see clients' to pay her way. She says she owes him 35,000 and every week he tells her what is still left.""",
 "DE DB||S|h"),
("""Neighbour dispute re: parking on shared drive. Both parties spoken to, civil matter, no offences.""",
 "|||l"),
("""Student nurse from India attended station to report her passport lost on the bus. No one else involved, she has her BRP and university letter. Lost property report completed, advised embassy.""",
 "|||l"),
("""6 x Slovak males living in the loft and cellar of the car wash unit on Hyson Green, mattresses on the floor, one toilet with no door, no hot water. Manager says it's 'temporary'. Officers attended following fire service referral.""",
 "AC|plc swp oa|L|m"),
("""Call from taxi driver: he took a fare, a girl about 13-14 in school uniform, with two men in their 20s from the station to a block on Cheetham Hill at 11pm. She looked scared and one man answered every question for her.""",
 "AV|sfw|S|i"),
("""My dad is self employed plasterer and works 6 days a week 12 hours sometimes because he wants to pay off the mortgage. Mum says he should slow down lol. Does that count as overtime abuse for my school project""",
 "|||l"),
("""Kalayaan note: Ms R (Indonesian, 41) arrived with diplomat employer on overseas domestic worker visa. States she works from 6am to after midnight cooking, cleaning and caring for 3 children, 7 days, has never had a day off in 14 months.""",
 "EO||D|m"),
("""Can someone check the chinese massage place next to the bookies. men going in and out all night and the girls never come out, blinds always down. I think they live there""",
 "|swp|S|h"),
("""Landlord served notice on a Romanian family for rent arrears. Family says both parents' hours were cut at the warehouse. No exploitation concerns; referred to housing options and Citizens Advice.""",
 "|||l"),
("""POI Arben HOXHA, Albanian national, visa overstayer since 2022, working cash-in-hand as self-employed tiler, lives alone in rented room. Immigration Enforcement informed. No third party controlling him, no indicators identified. 1/A/P""",
 "|||l"),
("""He told me if I talk to police my little sister in Tirana will have an accident. He showed me a photo of her walking to school. So I said nothing for two years.""",
 "IT|foa||m"),
("""Food factory, Spalding: agency workers on 12 hr night shifts, 4 on 3 off rota, paid overtime, breaks recorded, drinking water and canteen available. Workers interviewed privately, all content. Inspection closed.""",
 "|||l"),
("""GP note: Pt (M, 34, Lithuanian) presents with untreated infected wound on forearm, 3 weeks old. Underweight, clothes dirty. Says his 'boss' at the recycling yard will not let him see doctor. Came today when boss away. Declined police.""",
 "AC|pa|L|m"),
("""Young lad from the flats keeps getting picked up at 6 in a white transit and is back at 11 at night looking wrecked, he's only about 16, i think he works on some building site""",
 "AV EO|ce pa|L|h"),
("""Kidney transplant, living related donor (brother, 38) to recipient (sister, 35). Full independent assessment by HTA accredited assessor, no payment, no coercion identified. Surgery scheduled.""",
 "|||l"),
("""Border Force LHR T4: female (Nigerian, 22) travelling on a visit visa with a letter for a 'modelling contract'. Agency address does not exist. Phone messages show a man telling her to say she is visiting an aunt. Referred to safeguarding team.""",
 "DE|||m"),
("""Cuckooing concern: Mr P (61, alcohol dependent) told his support worker that 'friends' from Liverpool have been staying in his flat for 3 weeks and selling from his kitchen. He cannot ask them to leave; they give him cans and tell him what to say if anyone asks.""",
 "AV||C|m"),
("""Woman called 999 stating her husband had hit her and smashed her phone. Husband arrested for ABH. DASH high risk, MARAC referral. Both British, both work, no other concerns.""",
 "|||l"),
("""We pay the agency £1,200 each for visa and flight, my cousin also. They say it is normal fee. In UK we get job on chicken farm and are paid ok but the fee was very much for our family""",
 "|uf||l"),
("""Statement of witness: I run the café next to the car wash. The lads there come in for breakfast, pay for themselves, they're always joking. I've never seen anything dodgy. The owner pays them on a Friday, I've seen him hand out payslips.""",
 "|||l"),
("""INT: 3 Vietnamese females working at Lily Nails, Market St, aged approx 18-20. Male VRM KX19 ABC drops them at 0830 and collects at 2100. Females do not speak English, male speaks for them when customers ask questions. 2/C/P""",
 "|ce sfw|L|m"),
("""she says that the lady of the house would hit her with the shoe when the children cried and once pushed her down the stairs. She has scars on the back of her legs. She slept on the kitchen floor.""",
 "PV AC|pa plc|D|h"),
("""Probation: Mr J (19) disclosed that he was made to hold drugs in prison visits by an older inmate. Adult, no labour/sexual exploitation, intimidation within prison dealt with by prison security. Not modern slavery.""",
 "|||l"),
("""Girl aged 16 reported missing from children's home in Rochdale, found in a flat with three adult men, alcohol and cannabis present. Disclosed sexual activity with one of the men 'to pay for the weed'.""",
 "AV||S|h"),
("""Recruitment agency inspection: fees to work seekers not charged, only to hirers (compliant with Conduct of Employment Agencies Regs). Workers keep own documents, contracts in Romanian and English. Compliant.""",
 "|||l"),
("""Lorry driver rang 101 after finding three men in his trailer at Dover services, cold and dehydrated. Men say they paid smugglers in Calais and are Sudanese. No indication of onward exploitation at this stage. Handed to Immigration and Kent Police.""",
 "|||l"),
("""CCTV shows a Romanian woman with a baby begging outside Tesco Express every day from 7 to 7. A man in a grey Passat drops her off and takes the cup of money from her at lunch and in the evening.""",
 "WW|ce ncw|C|m"),
("""I am the manager at the care home, one of our overseas carers came to me crying because her sponsor agency back home keeps texting her that she owes them £8,000 and must send £500 a month or they will cancel her visa. We pay her directly and properly. Can you help?""",
 "DB IT||L|m"),
("""Pop-up brothel advert on AdultWork - three profiles same photos, same phone 07700 900123, moving Leeds, Bradford, Huddersfield each week. Profiles say 'new girl, Romanian, 19'.""",
 "||S|h"),
("""Fishing vessel inspection, Newlyn. Filipino deckhands on transit visas, contracts checked, wages paid monthly to own accounts, rest hours logged. Crew say they are well treated. No action.""",
 "|||l"),
("""they make us work in the field from light to dark, 7 days, when we are too tired he say go home then but where is home, we have nothing""",
 "EO||L|m"),
("""Referral from housing officer: Mrs B (83) has a lodger who 'helps with her shopping' and has taken her bank card and pension. She is scared of him. Adult safeguarding opened, financial abuse.""",
 "|ncw||l"),
("""Intel 3/C/C (not to be shared outside MSHT unit): unknown male at the shisha bar on Wilmslow Rd said the Afghan boys in the kitchen are not paid, 'they just get food and a bed'.""",
 "WW||L|m"),
("""My flatmate is an escort, she works for herself, has her own website and books her own clients. She keeps all her money. The new neighbour keeps calling the police on her and saying she's trafficked. She isn't.""",
 "|||l"),
("""Debrief account (own words): I came to work for a man who said I would be a chef in a big restaurant. It was a takeaway, I cut chips and wash dishes. The pay was what he promised, £400 a week cash, and I left when I found another job. He was not nice but he did not stop me.""",
 "DE||L|m"),
("""Shoplifting group, 4 Romanian children aged 10-14 caught in Primark with foil-lined bags. An adult female waiting outside in a car drove off when security approached. The children had lists of items to take.""",
 "AV||C|h"),
("""Midwife note: Client (Sylheti speaking, 20) attended with husband, who answered all questions. Midwife arranged interpreter and saw client alone. Client said she is happy, goes out with her sister-in-law, has her own phone. No concerns.""",
 "|||l"),
("""A&E: female approx 25, Albanian, fractured wrist and bruising to face and arms. Said she fell. Accompanied by male who would not leave. Later whispered to nurse 'he sells me'.""",
 "PV|pa sfw|S|i"),
("""Council licensing: HMO on Elm Grove unlicensed, 9 occupants in 5 rooms, all work in different places, rent paid to private landlord. Enforcement notice issued. Occupants not employed by landlord.""",
 "|oa||l"),
("""Intel 2/B/P: Male known as 'UNCLE' recruits homeless men from the soup kitchen near St Mary's with offers of work and a room, takes them to block-paving jobs in the Midlands. Men later seen begging at services.""",
 "AV||L C|m"),
("""Please help my brother. He went to UK for farm work through a man from our village. Now he writes the man keeps his passport and he cant come home. Please""",
 "RD||L|m"),
("""Man found wandering on the M6 hard shoulder, confused, says he's from Poland, doesn't know where he has been living, someone brought him in a van. No documents.""",
 "IS|fpe||m"),
("""Forced marriage unit: 17 yr old girl from Bradford told a teacher her parents plan to marry her to a cousin in Pakistan in the summer holidays. She does not want to. FMPO application in progress.""",
 "AV|||h"),
("""Hand car wash on Lea Bridge Rd: officers and HMRC visited. 5 workers, all with right to work, paid hourly via payroll, lockers with own belongings, one complained the pay is only minimum wage. No exploitation identified.""",
 "|||l"),
("""she was told by the agent in Manila that the salary would be £2,000 a month. her employer in London now pays her £150 a month and says the rest was 'for her food'.""",
 "DE WW||D|m"),
("""Youth worker: 14 yr old boy T was stopped in Aberystwyth with £900 and 30 wraps, says he came from Birmingham by train, a man he calls 'bro' sent him and is 'looking after' his phone.""",
 "AV IS||C|h"),
("""Crimestoppers: lads at the kebab shop on Queen St sleep in the back on the floor, i see them bring out the mattresses at closing""",
 "|swp|L|m"),
("""Woman attended to report she overstayed her student visa after her course finished because she could not afford the flight. Works part time in a shop that pays her properly. Wants legal advice about status. Referred to immigration solicitor.""",
 "|||l"),
("""NGO note: Mr K says the gangmaster deducts £60 a week for the van to the field, £80 rent for a bunk in a caravan with 7 others, and £25 for gloves and boots. Last week he received £42 after 55 hours.""",
 "WW AC EO|ct oa ppe ncw plc|L|h"),
("""Dad refuses to let my sister go out with friends or use the internet after 9pm, shes 15. Is that illegal? She's really upset about it.""",
 "|||l"),
("""Intel: two Vietnamese teenage males seen through the window of 22 Hawthorn Ave, windows blacked out, strong smell of cannabis, one was seen being pushed back inside by an older male when he tried to go to the bin. 2/C/P""",
 "AV RM||C|i"),
("""Worker at the tomato greenhouse told the union rep that his pay was short by two days last month. Manager corrected it on the next payslip after a query. Worker otherwise happy.""",
 "|||l"),
("""Statement: He said that if I ever tried to leave, the men in Romania would visit my mother. He knows where she lives because he is from the same village.""",
 "IT|||m"),
("""Debt at home: she says her family borrowed money from a moneylender to send her, and the moneylender's cousin in London decides where she works. She cleans offices at night and he collects her wages from the agency.""",
 "AV WW|ncw|L|m"),
("""School referral: Y8 pupil turns up in same clothes every day, hungry, says mum works nights. Home visit found parent working legitimately as night carer, children with grandmother. Early Help offered. No exploitation.""",
 "|||l"),
("""Report from the public: SAW A GIRL IN THE WINDOW OF FLAT ABOVE THE BARBERS WAVING A PIECE OF PAPER SAYING HELP ME THEY LOCK THE DOOR!!!! PLEASE SEND SOMEONE NOW""",
 "RM|||i")
]
TEXTS += [
("""Caller states her ex-partner keeps turning up at her workplace and sending abusive texts. No labour or sexual exploitation, harassment crime recorded, DVPN considered.""",
 "|||l"),
("""Intel 2/B/C (not for disclosure to employer): workers at the meat plant in Wrexham say their supervisor, known as 'Sasha', holds all the Ukrainian workers' passports 'so they don't get lost'.""",
 "RD||L|m"),
("""The nanny we employ is from Brazil, she has Sundays and Wednesday afternoons off, her own phone, her own bank account, and she is studying English at the college. A neighbour asked if she's 'one of those slaves' which upset her. How do we reassure people?""",
 "|||l"),
("""Sudanese male, 17, presenting as an adult, found sleeping in the storeroom of a barber shop in Coventry. Cuts hair all day, says the owner 'gives him somewhere to stay' instead of pay.""",
 "AV WW|swp|L|h"),
("""A&E: man with burns to both hands from chemicals at a recycling site, no gloves or mask provided, says he has been there 5 months. Says he will lose his job if he stays in hospital.""",
 "AC||L|m"),
("""Family of 8 (3 generations) living in a 3 bed terrace in Luton, their own choice, grandparents help with childcare. HV noted crowding but house is clean and warm. Offered housing register info.""",
 "|||l"),
("""INT: female known as 'Mimi' advertising on Vivastreet, outcall only, texts come from a different number each week, but female appears to manage her own bookings and lives alone in a flat she rents. No third-party control identified. 2/C/P""",
 "|||l"),
("""Debrief via Albanian interpreter: she states that at the flat in Luton she was not allowed to go outside alone. A man called Dritan always went with her to the shop and stood at the door while she was with men.""",
 "RM|et|S|h"),
("""Seasonal worker scheme: 40 Kyrgyz workers at a berry farm in Herefordshire. Sponsor checked. Workers complain that there's not much work in the wet weeks so pay is low. They keep their passports, can change farm. No indicators.""",
 "|||l"),
("""Ring the cops on the car wash at the old petrol station!!! them boys are out in the rain in flip flops no coats no gloves washing cars with acid stuff there hands are all red raw and they live in the shipping container round the back""",
 "AC|pa plc swp|L|m"),
("""PCSO note: Begging male outside station (Romanian, 40s) says he comes every day on his own from a hostel, keeps what he's given. Offered outreach support, accepted referral to StreetLink. No third party.""",
 "|||l"),
("""Student (Chinese, 20) reports she was scammed by a fake 'agent' who took £3,000 for a job that didn't exist. No one is controlling her, she is in halls and studying. Action Fraud ref provided.""",
 "|||l"),
("""The boss said I owe him for the flight, the house and the food, every month he says the number and it is always bigger. I work on the building sites for him for 2 years now.""",
 "DB||L|m"),
("""CSE concern: Girl 13 seen at the bus station with a man in his 30s who was buying her vodka and cigarettes. Staff saw him put his hand up her skirt. He told her to get in his car. Police on route.""",
 "AV PV||S|i"),
("""Intelligence log: VRM YP67 KLM seen at McDonald's drive-thru at 0420 with 7 males in the back of a Transit, all in hi-vis, driven to a warehouse in Daventry. Males looked exhausted. Driver (Slovak) said he's their 'team leader'. No further info. 3/C/P""",
 "|ce pa|L|m"),
("""Witness statement: I am the manager of the Premier Inn. We have had a man book rooms for 4 nights several times with a different young woman each time. He pays cash, and the women never come to reception. Housekeeping found lots of condoms and a card reader. One woman had a black eye.""",
 "PV|pa|S|h"),
("""Workers at a Leicester garment factory paid £4 an hour cash, the owner said 'take it or leave it'. They can leave and many have. HMRC NMW investigation opened.""",
 "|||l"),
("""Report via app: my sisters husband brought a girl from their village in Pakistan who does all the cooking and cleaning, looks after their 4 kids, sleeps in the kitchen, never goes to school, shes about 15. I dont think she gets any money""",
 "AV WW|swp|D|h"),
("""OIC update: Op KESTREL - arrests at 3 addresses, 11 potential victims recovered, NRM referrals made for 9, 2 declined (DtN completed). Interviews tomorrow.""",
 "|||l"),
("""he keeps our bank cards and the PIN numbers, he gives us £30 on Sunday for food. The agency pays us every week but we never see it""",
 "WW|ncw|L|m"),
("""Neighbour complaint about a man washing cars on the street outside his house every weekend for cash. He is self-employed and works alone. Council advised about trading on the highway.""",
 "|||l"),
("""INT: Lorry loaded at Hull docks, Iraqi Kurdish males intercepted. Smuggling offence, each paid their own fare, no onward employer or debt identified. Not trafficking at present.""",
 "|||l"),
("""she say when she ask for her money the man beat her with the belt and lock her in the bathroom whole night. She not tried again""",
 "PV RM WW|||h"),
("""School nurse: 16 yo girl in Y11 pregnant, father of baby is her 17 yo boyfriend, relationship appears consensual and supported by both families. Midwife involved. No CSE concerns.""",
 "|||l"),
("""Caseworker note (Medaille Trust): Mr L, 29, Polish, has a learning disability. A couple he met at a day centre took him to 'live with them' and he now lays tarmac for their son's business. He cannot say where the house is or what he is paid, and says 'Tony looks after my money'.""",
 "AV IS WW|ncw|L|h"),
]
TEXTS += [
("""Resident rang 101 to say a minibus of workers is parked outside the house opposite every morning with the engine running at 6am. Enquiries: workers are agency staff for a bakery, the minibus is free, driver is employed by the agency. Noise advice only.""",
 "|||l"),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh20.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, lbl) in enumerate(TEXTS, 1):
            inds, sigs, tys, risk = expand(lbl)
            rec = {"id": "f20-%03d" % n, "text": text.strip(), "indicators": inds,
                   "signs": sigs, "exploitation": tys, "risk": risk}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(TEXTS), "to", out)


if __name__ == "__main__":
    main()
