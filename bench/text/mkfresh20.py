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
("""INT suggests POI Marius DOBRE (DOB 14/03/1988) collects four Romanian males from a house on Carver St at 0530 daily, takes them to a hand car wash on the A52 and returns them after 2200. 2/C/P""",
 "|ce|L|m"),
("""Loud music complaint, flat 4 Cedar Court, teenage son, words of advice given.""",
 "|||l"),
("""she keep saying the man has her passport for safe and she can not have it back until the job is finish. she is from Philippines and clean the big house in Kensington""",
 "RD||D|m"),
("""Hi I work at the nail salon on the high st, the owner is my aunt, I do my hours 10 till 6 and get paid into my own account every friday. My college asked me to write to say im ok because someone reported us. Im fine thanks""",
 "|||l"),
("""Referral from Year 10 head of year: Kacey (15) seen getting into different cars outside school gates, has new phone and expensive trainers she cannot explain. Older males 'boyfriends'. Missing from home twice this month, returned with a hotel key card.""",
 "AV||S|h"),
("""Salvation Army caseworker note, 3rd contact.

Client T. (Eritrean, 24) attended with his cousin, who waited outside. He is well presented and in good spirits; he has registered with a GP in Sparkhill and has started ESOL classes on Tuesdays.

He explained the journey again: Sudan, then Libya, then Italy and France. The crossing from Libya cost 6,500 US dollars, which was paid by a man in Birmingham known as 'Abu Sami'. Since arriving, Abu Sami has told him that this money is now owed to him and that he must pay it off from his job in a kitchen in Digbeth. Each week half of what he earns goes to Abu Sami 'for the boat'. The amount is written in a notebook and T. says it has gone up twice because he was late with a payment.

T. holds his own passport and phone and lives with the cousin, not with Abu Sami. Kitchen employer pays him directly. He is worried about what happens if he loses the job. Discussed NRM; he wants time to think. Next appointment 14th.""",
 "DB||L|m"),
("""GLAA inspection report - packhouse, South Lincolnshire.

Attended unannounced at 0700 with two officers and a Polish and a Romanian interpreter. The site employs around 180 staff, of whom 64 are supplied by a licensed labour provider. The provider's licence was checked on the public register and is valid.

Payslips for a sample of 12 agency workers covering the last 8 weeks were examined. All hourly rates were at or above the National Minimum Wage, holiday pay was accruing correctly and there were no deductions other than tax, NI and pension. Every worker sampled was paid into an account in their own name.

Workers were interviewed privately away from supervisors. All said they found the job themselves, mostly through friends or the provider's website, and none had paid any fee. Most drive themselves or car-share; a free company minibus runs from Boston for those who want it. Several complained that the line is cold and that overtime had been cut since the summer.

Accommodation is not provided by the labour provider. No issues identified. Case closed.""",
 "|||l"),
("""Man on the corner of Beech Rd selling weed to kids again, he's about 30 lives at no 14 drives a black golf. This has been going on for months do something""",
 "|||l"),
("""Debrief (via Vietnamese interpreter): He says he was told the job was in a restaurant in London and he would earn £1,500 a month. When he arrived he was driven to a house where he had to water plants in the bedrooms. He did not know the plants were cannabis until later.""",
 "DE||C|m"),
("""Hotel duty manager called 101: young woman in room 312 says she has been locked in by a man who left two hours ago, door chain on the outside, she is crying and says he is coming back with 'customers'. Unit dispatched.""",
 "RM||S|i"),
("""OIC handover: burglary series Westgate, 3 addresses, entry via rear windows. CCTV awaited from Spar. No further lines tonight.""",
 "|||l"),
("""A&E clinical note, minors.

Polish male, 52, brought in at 14:20 with a laceration to the left hand and partial amputation of the tip of the index finger, sustained on a band saw at his workplace (a joinery firm on the industrial estate). The employer, Mr Hughes, drove him in and waited in reception; he also phoned the patient's wife, who arrived at 15:00.

Patient speaks good English. He says he has worked at the firm for 9 years, enjoys the job and is paid through payroll. He lives with his wife and two teenage children in their own house. He says the guard on the saw had been removed for a job that needed a longer cut and he forgot to put it back. No concerns raised about his employer, hours or treatment.

Plan: X-ray, washout, referral to hand clinic. Employer advised about RIDDOR reporting. Patient discharged with wife. No safeguarding concerns.""",
 "|||l"),
("""Boss took all our phones the day we got to the farm.""",
 "IS||L|m"),
("""Mrs Okafor contacted the council because her tenant family of six are living in a 2 bed flat. They are her cousin's family, they moved in together to save money and all the adults work for different employers. She wants advice on whether she is breaking any rules.""",
 "|||l"),
("""Bank financial crime unit - alert summary.

11 debit cards, in 11 different names, used at the same ATM on Lozells Rd within a 40 minute window on Friday nights, repeated over the last 6 weeks. CCTV from the branch shows the same man, late 30s, wearing a black puffer jacket, making all the withdrawals.

Account holders are all Romanian nationals aged 19 to 45 with the same correspondence address in Aston. Every account receives a weekly salary from the same recruitment agency, which supplies warehouse staff, and the money is withdrawn in full within a day of arrival. There is no other activity on the accounts: no card spending, no bills, no transfers.

Three of the accounts were opened on the same day at the same branch, with the same man present. Referred to the police MSHT unit and to the agency's compliance team.""",
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
("""Kalayaan note.

Ms R (Indonesian, 41) arrived in the UK 14 months ago with her diplomat employer on an overseas domestic worker visa. She was referred by a member of the church she attends on Sunday mornings.

She describes her day: she wakes at 6am to make breakfast for the family, takes the two older children to the school bus, cleans the house, does the laundry and ironing, cooks lunch and dinner, and cares for the youngest, who is 2, through the night because the baby sleeps in her room. She usually gets to bed after midnight. She says she has never had a full day off since arriving.

She is paid into an account in her own name, which she manages, and she has her passport. She did not describe any violence or threats. She would like advice on her visa and on changing employer. Appointment made with our legal adviser.""",
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
 "AV|ce pa|L|h"),
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
("""Probation: Mr J (19) admitted he smuggled cannabis in on prison visits for an older inmate in return for tobacco, his own idea, no pressure. Adult, no labour or sexual exploitation. Not modern slavery.""",
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
("""Afghan boys in the shisha bar kitchen on Wilmslow Rd get food and a bed, no wages. 3/C/P""",
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
("""Intel 2/B/P: Male known as 'UNCLE' drives men from a Romanian village to the Midlands where he puts them on his block-paving jobs; when there is no paving they are put out to beg at motorway services.""",
 "||L C|m"),
("""my brother is on farm in UK and the man from our village keep his passport, please help""",
 "RD||L|m"),
("""Man found wandering on the M6 hard shoulder, confused, says he's from Poland, doesn't know where he has been living, someone brought him in a van. No documents.""",
 "IS|fpe||m"),
("""Forced marriage unit: 17 yr old girl from Bradford told a teacher her parents plan to marry her to a cousin in Pakistan in the summer holidays. She does not want to. FMPO application in progress.""",
 "AV|||h"),
("""Hand car wash, Lea Bridge Rd - joint visit with HMRC NMW team, 11:30 Saturday.

Five workers on site: three Albanian, one Kurdish Iraqi and one Romanian, aged between 22 and 40. All produced right to work documents which they held themselves. The owner, Mr Gashi, showed a payroll record showing each is paid hourly through a payroll bureau, with payslips emailed to the workers.

The site is clean. There is a heated cabin with a kettle and a microwave, and lockers where the workers keep their own belongings and phones. Workers have waterproofs and gloves, provided free. None of them lives on site; two share a flat together in Walthamstow and the others live with family.

Spoken to individually. One worker complained that the pay is 'only minimum wage' and that he wants a rise for the winter. Another said the owner is strict about breaks. Nobody raised any concern about being controlled, threatened or owing money.

No exploitation identified. HMRC to check holiday pay calculations.""",
 "|||l"),
("""she was told by the agent in Manila that the salary would be £2,000 a month. her employer in London now pays her £150 a month and says the rest was 'for her food'.""",
 "DE WW||D|m"),
("""Youth worker: 14 yr old boy T was stopped in Aberystwyth with £900 and 30 wraps, says he came from Birmingham by train, a man he calls 'bro' sent him and is 'looking after' his phone.""",
 "AV IS||C|h"),
("""lads at the kebab shop on Queen St sleep on the kitchen floor after closing""",
 "|swp|L|m"),
("""Woman attended to report she overstayed her student visa after her course finished because she could not afford the flight. Works part time in a shop that pays her properly. Wants legal advice about status. Referred to immigration solicitor.""",
 "|||l"),
("""NGO note: Mr K says the gangmaster deducts £60 a week for the van to the field, £80 rent for a bunk in a caravan with 7 others, and £25 for gloves and boots. Last week he received £42 after 55 hours.""",
 "WW AC EO|ct oa ppe ncw plc|L|h"),
("""Dad refuses to let my sister go out with friends or use the internet after 9pm, shes 15. Is that illegal? She's really upset about it.""",
 "|||l"),
("""Intel: two Vietnamese teenage males seen through the window of 22 Hawthorn Ave, windows blacked out, strong smell of cannabis, one was seen being pushed back inside by an older male when he tried to go to the bin. 2/C/P""",
 "AV RM||C|i"),
("""Greenhouse worker's pay was two days short; corrected on the next payslip after he queried it.""",
 "|||l"),
("""He said the men in Romania would visit my mother if I ever left.""",
 "IT|||m"),
("""Case note (Hope for Justice), client P. (Indian, 34).

P. is a widow from a village in Gujarat. To pay for her husband's medical bills and then for her journey to the UK on a visitor visa, her family borrowed money from a local moneylender. The moneylender's cousin, Mr B., met her at Heathrow and has arranged everything since.

She cleans offices in the City at night through a cleaning agency. She did not choose the agency; Mr B. decides where she works. She says the agency pays her wages to Mr B. directly, in cash, on a Friday, and he sends 'some' to the moneylender. She does not know how much she earns. He gives her money for the bus and some groceries.

She lives in a room in a house in Southall rented by a family from her district; she says the family are kind. She has her own phone and passport. She is frightened that her family at home will suffer if she stops.

Consent for NRM obtained. Safe contact via phone only after 10am.""",
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
("""Seasonal worker scheme - sponsor compliance visit, berry farm, Herefordshire.

The farm has 40 workers from Kyrgyzstan on seasonal worker visas, recruited by the scheme operator. The operator's records and the farm's payroll were checked; workers are paid hourly at the minimum wage or above, with piece-rate bonuses on top.

Workers complained that there was not much picking in the wet weeks of July, so their pay was lower than they expected, and two said they had hoped to earn enough to pay for a wedding at home. They keep their own passports. The operator explained how they can ask to move to another farm if the hours stay low, and six have done so.

Accommodation is in caravans, four to a caravan, each with a kitchen, heating and a shower; rent is within the offset limit. No indicators of forced labour. Advised the farm to give more notice of low-work periods.""",
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
("""Witness statement: I am the manager of the Premier Inn. We have had a man book rooms for 4 nights several times with a different young woman each time. He pays cash, and the women never come to reception. Housekeeping found lots of condoms and a card reader. One woman had a black eye and told the cleaner 'he hit me because I was slow'.""",
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
TEXTS += [
("""Passports are in the office safe at the factory and the supervisor has the key.""",
 "RD||L|m"),
("""Mr and Mrs Adeyemi reported their garden shed broken into overnight, lawnmower and strimmer stolen. No witnesses. Crime ref issued.""",
 "|||l"),
("""INT 2/B/P: Chinese national female known as 'Lan', approx 30, working in a massage parlour on Dean St. Intel states the manager keeps her passport and residence card in a locked drawer 'until the debt is cleared'.""",
 "RD DB||S|h"),
("""Victim account (translated from Romanian): At the end of the first month he told us the salary will come 'next month, when the client pays'. It never came. We worked four months on the roofs and got only money for cigarettes.""",
 "WW||L|m"),
("""GLAA licensing visit: labour provider operating without a licence, supplying 14 pickers to a salad grower. Workers' pay and conditions found to be correct, all paid into own accounts. Unlicensed activity offence only.""",
 "|||l"),
("""Lad at my gym says he sleeps in the back of the van he works from because he's saving for a deposit, he's a self employed courier and loves it, says he'll do it for six months. Just thought id mention it weirdly""",
 "|||l"),
("""Voice of interpreter: He says the man who brought him always tells them that the police in England will put them in prison forever if they are found, and that they have no rights here because they came in a lorry.""",
 "IT|foa||m"),
("""Referral (children's services): Y7 pupil disclosed that her mum's boyfriend hits mum. Child not injured. Police DA referral made, Operation Encompass notification sent to school.""",
 "|||l"),
("""We found 4 men living in the cold store at the back of the packing shed, they said the owner told them it was 'only for a few weeks' but they'd been there since March. Frost on the inside of the walls.""",
 "AC|plc swp|L|m"),
("""Female, Vietnamese, 19, recovered from a nail bar in Swindon. She says she worked from 9 in the morning until 9 at night every day including Sundays for 8 months, no holiday.""",
 "EO||L|m"),
("""Bloke at the car wash is always there 7 till 8 seven days a week, never seen him have a day off in a year, he says he's the owner and it's his business. Fair play to him.""",
 "|||l"),
("""A&E safeguarding: female (approx 20, Eastern European) attended with vaginal bleeding, says she was raped by 'the boss's friends' at a flat in Slough. Male waiting outside has her phone. Police called.""",
 "PV IS||S|i"),
("""OIC note: ID fraud - 6 benefit claims made in the names of Polish men at one address in Peterborough, all UC payments going into accounts opened by the same female, AGNIESZKA W. The men say they 'signed some papers' when they arrived and never saw any money.""",
 "|ncw mbc|C|m"),
("""Call summary: Female caller states her brother-in-law has taken her passport and visa documents and refuses to return them since she moved out of the family home after a row. No work or sexual exploitation reported. Advised re theft of documents.""",
 "RD|||m"),
("""A man in a suit visited the Lithuanian shop asking for men who want work in Scotland at fish factory, gave good hourly rate. My friend went and it was true, he is paid well and came back for Christmas.""",
 "|||l"),
("""Handover: POI Sherif MAHMOUD (DOB 02/11/1979) arrested for s47 assault on his wife. Both Egyptian nationals, she has leave to remain. No exploitation. Bail conditions set.""",
 "|||l"),
("""I came from Vietnam to pay my family debt. The man said the work is to look after some plants. I owe still twenty thousand pound they say and each month they add the electric and the rice to it.""",
 "DB||C|m"),
("""Salvation Army intake: Ms H (Eritrean, 31) says she was kept in a room above a restaurant in Manchester, the door was locked when the owner left and she was only let out to cook.""",
 "RM||L|h"),
("""The warehouse agency charges us for the hi-vis vest and safety boots, £35 each, taken from first pay. We get the rest of the pay to our own accounts. Annoying but that's it.""",
 "|ppe||l"),
("""Public report: theres a house on Park Rd with about 15 Indian men going in and out, cars parked all over the road. Local Sikh gurdwara says they are volunteers for a wedding next week staying with family. No concerns.""",
 "|||l"),
("""INT 2/C/P: male aged approx 15 (Albanian) believed to be working as a 'gardener' at an address in Hartlepool. Has not been seen outside the property in 3 weeks.""",
 "AV||C|h"),
("""Said she gets one phone call a month to her children in Manila and madam is sitting next to her. She doesn't know the name of the road where she lives.""",
 "IS||D|m"),
("""Domestic abuse referral (IDVA service).

Mrs A (38, British Pakistani) disclosed at a GP appointment that her husband controls the family finances: he gives her a weekly allowance for food, checks her phone and her bank statements and gets angry if she goes to her sister's without telling him. There has been one incident of him grabbing her arm during an argument in March.

She is a stay-at-home mother to their own three children, aged 4, 7 and 11. She is not made to work for anyone, including his family, and does not describe being kept in the house; she does the school run and attends the mosque women's group. She has her own passport.

DASH completed (medium). Safety plan agreed, IDVA engaged, referral to the Freedom Programme. Coercive control offence discussed; she does not currently want police involvement. No modern slavery indicators.""",
 "|||l"),
("""Intel 2/B/P.

Building site at Nine Elms, phase 3 (residential tower). Around 40 trades on site on the day of the source's visit, mostly employed by the main contractor or its subcontractors.

Source overheard POI known as 'Vlad', a gang leader for a drylining subcontractor, threaten two Bulgarian labourers in the canteen. He told them 'if you talk to the GLAA lady you will go home in a box'. The GLAA had visited the previous week and handed out leaflets.

The two labourers are paid under CIS into their own accounts, live independently in a shared house in Peckham and travel in by train. Source does not believe they owe Vlad money or are controlled outside work, but they now avoid speaking to anyone in the canteen.

Other workers on the site (scaffolders, electricians) are not connected to Vlad. Main contractor's welfare officer is aware.""",
 "IT||L|m"),
("""The restaurant where my cousin works give him a room upstairs free and his food. He get paid £10.42 an hour to his bank and does 40 hour. He is happy. I want to know is this allowed to live where you work""",
 "|||l"),
("""Girl on Snapchat told my daughter (14) she can earn £500 a night doing 'parties' in Manchester with older men, sent her train money and an address. Daughter showed me the messages. We have not gone.""",
 "AV DE||S|h"),
("""On the trawler we work 20 hours a day when the fish come, sleep maybe 3 hours, the skipper say if you sleep more you go home without money. Many weeks like this.""",
 "EO IT||L|m"),
("""Big Issue seller outside Waitrose is registered and keeps his own takings. Welfare check fine.""",
 "|||l"),
("""Statement of Pc 4412: On entry to the premises I found a cannabis grow occupying 4 rooms. A Vietnamese male aged approximately 17 was found in the loft. There was a padlock on the outside of the loft hatch.""",
 "AV RM||C|i"),
("""Bank alert: account of Mr D (Romanian, 23, construction labourer). Wages from 3 building firms credited, immediately transferred to an account held by a Mr C in Bucharest. Customer told branch staff 'Mr C is my boss, he takes care of money'.""",
 "WW|ncw|L|m"),
("""Service user works 70 hrs a week in his own takeaway by choice. No concerns.""",
 "|||l"),
("""They promised me a job as a hotel receptionist in London and a room. The room was in a house in Ilford with other girls and the 'hotel' was a flat where men came. I did not know English so I could not ask anyone.""",
 "DE AV||S|h"),
("""Care Quality Commission - information shared with police (Op LANTERN).

During a routine inspection of a 40-bed residential care home in Kent, inspectors reviewed staff rotas for the last three months. Nine overseas carers (from India, Zimbabwe and Nigeria) are employed on sponsored Skilled Worker visas.

The rota shows that for the last six weeks each of the nine overseas carers was rostered for 84 hours a week, seven days, with no rest days shown. British staff on the same rota worked between 36 and 48 hours. The manager said the home has been short-staffed since two nurses left and that 'the overseas girls want the overtime'.

The carers are paid through payroll into their own accounts, and their passports are with them. Inspectors did not speak to the carers privately on this visit. The home's previous rating was Good. Follow-up inspection with interpreters planned and the sponsor licence team informed.""",
 "EO||L|m"),
("""Report: my neighbour is an elderly Indian lady who lives with her son and daughter in law. She does the cooking and looks after the grandchildren because she loves it, she told me. They take her to temple every week.""",
 "|||l"),
("""Intel 1/A/P, OFFICIAL-SENSITIVE.

Nom 'JR' (believed Jordan RICHARDS, DOB 09/06/2001) is running a drug line from a trap house at 31 Cromwell Rd, Ipswich. Source states that JR uses three children aged 13 to 15 from the Chantry estate to run drugs to users around the town centre and to hold stock overnight. One of the children is believed to be a girl in care.

The children were recently told that a 'parcel' worth £2,000 had gone missing while they were holding it and that they now owe JR the money and must keep working for him until it is paid. Source believes the parcel was never lost.

JR drives a grey Audi A3, VRM not known. He has been seen at the Chantry shops after school handing out food and vapes. Associates: nom 'Tiny', nom 'Ghost' (a female in her 20s who rents the Cromwell Rd address).

Children's services and the missing-from-home team notified.""",
 "AV DB||C|h"),
("""Woman at the bus stop asked me for help, said in broken English she has no money and no passport, she was 'sold' to a family and made to cook and clean for them, then ran away from the house. I took her to the police station.""",
 "|fpe|D|m"),
("""Community nurse visiting Mr F (diabetic, 70) noted his grandson living with him and helping him. Grandson is his carer and receives carer's allowance. No concerns.""",
 "|||l"),
("""The boss beat Tomas with a spade in the field because he ate a tomato.""",
 "PV||L|h"),
("""Crimestoppers: The new gardening firm going door to door in Blackpool uses old men who look homeless and scruffy, they do the work while the boss sits in the van, the men never get paid just a bottle of cider at the end of the day.""",
 "AV WW|pa|L|m"),
("""Airport (MAN T2) Border Force: Pakistani female, 18, arriving on a spouse visa with husband. Seen alone: she confirmed she chose to marry him, has her own phone and documents and her family's contact. No concerns identified.""",
 "|||l"),
("""She says the couple she worked for in Hampstead told her she would be deported and sent to prison if she left the house without them. She believed them and stayed 3 years.""",
 "IT|foa|D|m"),
("""Caller reports two youths smashing bus shelter on Grange Rd. Units attended, youths made off. No further action.""",
 "|||l"),
("""Debrief: Our phones were taken 'for security' at the start and we got them back only when we left. We were 30 men in one house, nobody knew what town it was.""",
 "IS AC|oa|L|m"),
("""Council licensing: takeaway on Broad St, two kitchen staff working without right to work checks. Both say they are paid weekly by the owner and live with their own families. Civil penalty for employer.""",
 "|||l"),
("""Intel 2/C/C: a Nigerian woman known as 'Madam Gloria' in Tilbury has girls who go to 'juju' ceremonies before travel and are told they will go mad if they disobey or speak to police.""",
 "IT||S|h"),
("""Romanian mum-of-two, 27, says she works at a chicken factory through an agency, 12 hour shifts 5 days, earns well with overtime, drives herself. Her aunt called us worried because she's tired all the time. Aunt reassured.""",
 "|||l"),
("""Note from Unseen helpline: caller (Polish) says his employer pays him only £100 for each month, saying the rest goes for the room and van. He works at a scrap yard in Walsall.""",
 "WW||L|m"),
("""kids from the primary are selling bags for men in a car by the school gates every day""",
 "AV||C|h"),
("""Living kidney donation - daughter donating to her father. Both interviewed separately by independent assessor. Daughter says she wants to, no money or pressure involved. Approved.""",
 "|||l"),
("""Intel: Man in Luton advertising on Facebook to buy kidneys from 'volunteers' in Pakistan for UK patients, £5,000 paid to donors, donors brought on visit visas. 2/C/P""",
 "||O|m"),
("""HMRC referral: Construction firm pays the wages of 30 Romanian workers into accounts whose bank cards are all kept by a 'team leader', who hands each man £50 a week in cash. Workers live in a house the team leader rents, 3 to a room.""",
 "WW AC|ncw oa sfw|L|m"),
("""Student from Hong Kong reported her landlord for refusing to return her deposit and entering her room without notice. Civil matter, referred to Shelter.""",
 "|||l"),
("""I told them I wanted to go home to my wife and they said ok but first pay the £3,000 for bringing you. How I can pay, they only give £20 a week.""",
 "DB WW||L|m"),
("""Witness: I drive the minibus. Every day I pick up the same 12 women at 4.30 in the morning from a house in Boston and drop them at the salad factory, then back at 5pm. A man in the front seat does all the talking for them.""",
 "|ce et sfw|L|m"),
("""Woman phoned 999 whispering, said a man is holding her in a flat on Queens Rd, he has a knife and told her he'll kill her tonight if she doesn't make more money. Address partially obtained.""",
 "IT RM||S|i"),
("""Scouts leader reported a man in a van watching children at the park. Enquiries found he was a council groundsman on his lunch break. NFA.""",
 "|||l"),
("""Sister in law from Bangladesh lives with us, she was promised she could go to college but my husband's family make her clean for all 11 people and don't let her go out. She wants to leave but has nowhere to go.""",
 "DE RM AV||D|h"),
("""Probation: Offender (F, 33) convicted of controlling prostitution. Now on licence. Attends all appointments. Risk management plan in place.""",
 "|||l"),
("""We never walk in the street alone, the driver takes us from the house to the restaurant and back.""",
 "RM|et|L|m"),
("""Intel 2/B/P: Indian national males employed at a Southall sweet factory are charged £150 each per week for the minibus and are told to say they are family members if anyone asks.""",
 "|ct sfw|L|m"),
("""Teen (17, male, British) reported missing after argument with mum, found at friend's house next day. Return interview: no exploitation concerns, not involved in drugs.""",
 "|||l"),
("""Ukrainian refugee family hosted under Homes for Ukraine, mother works at a hotel part-time through an agency. Host says all fine; sponsor checks done by council.""",
 "|||l"),
("""They said Germany is full so the job will be in England, same money. It was not the same money and not the job. I was in a laundry 14 hours with the chemicals and no mask.""",
 "DE EO AC||L|h"),
("""Victim says that the trafficker told her 'remember what happened to Elena' and showed her a video on his phone of a woman being beaten in the same flat.""",
 "IT||S|h"),
("""Girl 15 found at an address in Oldham with adult male who had given her vodka; she had been reported missing 2 days ago. Male arrested for CAWN breach. She is with police now.""",
 "AV||S|h"),
("""Report from a cleaner at the Airbnb: the 'guests' this week were five young women and a man who took all their ID cards when they arrived and kept them in his bag. Men coming and going.""",
 "RD||S|h"),
("""Fraud team: 27 bank accounts opened using the passports of Bulgarian men who had been recruited for farm work. Men say the recruiter 'needed the passport for the contract' and they never got them back.""",
 "RD||L C|m"),
("""My son (19) is a cannabis user and deals a bit to his mates. He's not being made to, he's just an idiot. I want him to get help. Referred to Turning Point.""",
 "|||l"),
("""Handover: POI Kamil NOWAK reports his agency paid him 3 days late because of a bank holiday. Payment now received. NFA.""",
 "|||l"),
("""She showed marks on her arms from cigarettes. She said the man who controls the flat does it when a client complains.""",
 "PV|pa|S|h"),
("""Local authority safeguarding: Mr Q (Kurdish, 22) living in a tent behind the car wash where he works, says the owner charges him £40 a week for the spot. No toilet, uses the car wash hose to wash.""",
 "AC|plc|L|m"),
("""Caseworker note (Refugee Council).

Client (Sudanese, 26) attended for help with his asylum interview preparation. He left Darfur in 2021, travelled through Chad and Libya, crossed to Italy and later came to the UK in a small boat.

In Libya he was held for about four months in a warehouse near Bani Walid with about 200 other men. Guards beat him with hoses and sticks and demanded that his family pay for his release; his uncle eventually sent money and he was put on a boat. He has scars on his back which he showed to the GP.

In the UK he has permission to work while his claim is pending, works legally in a parcel warehouse through an agency, is paid into his own bank account and lives in asylum accommodation in Leeds. He describes no control by anyone in the UK.

UK-based exploitation not identified. The overseas experience has been noted and he has been told about the NRM; he will think about it. Referred to Freedom from Torture.""",
 "PV|pa||h"),
("""Jobs board complaint: advert for 'hostess work, £3,000 per month, accommodation provided, no experience needed', contact via WhatsApp only. Advert removed by the site. No victims identified.""",
 "|||l"),
("""INT: An Albanian male, 20, working in a car wash in Lowestoft, says his boss paid for his crossing: he owes £15k for the lorry and must work it off at the car wash, which will take 'some years'. 2/B/P""",
 "DB||L|m"),
("""Woman called 101 to complain that her neighbour's au pair is 'always working'. Au pair contacted: works 25 hours a week, studies at language school, has her own room and weekends. No concerns.""",
 "|||l"),
("""There are 3 small children in the flat above the massage shop and they never go to school, their mother works downstairs all night. Dont know if its anything.""",
 "|||l"),
("""Intel: males from the Roma community in Derby are brought to the UK by a family who claim their child benefit and tax credits; the men work in a carpet factory and the family collects their wages from the owner every Friday. 2/C/P""",
 "WW|ncw|L C|m"),
("""Midwife: woman (Romanian, 18) brought to booking appt by a man who says he is her 'uncle'. Uncle refuses to leave the room. She has bruises on her upper arms and looks frightened; when he went to the toilet she told the midwife he slaps her 'when there is not enough money'. Next appt arranged with hospital interpreter.""",
 "PV|pa sfw||h"),
("""Traffic stop: 9 men in a 7-seat Zafira on the A1. Driver says they are all cousins going to a wedding in Newcastle. All Polish, all have ID, none working for the driver. Driver reported for overloading.""",
 "|||l"),
("""Online report: u need to check the flat at 41 lime court theres young girls brought there by taxi every nite and they look drugged, one of them cant have been more then 14""",
 "AV|pa|S|i"),
("""Council: 3 Polish men renting a caravan on a farm, they work for a different local employer and pay rent directly to the farmer. Caravan in poor repair, council served improvement notice on owner.""",
 "|plc||l"),
("""I work in kitchen 6 days a week, 9 hours, boss pays on time, but he shouts a lot. Is this slavery? I want to change job but need reference""",
 "|||l"),
("""Debrief (own words, written in English by the client with help from a volunteer):

My name is Tuan, I am 23 years. In 2023 I was working in a shoe factory in Hai Phong and the money was not enough for my family. A man came to our village and said he is an 'agent'. He said that the UK government gives papers to everyone who works for 6 months, and then you can bring your family. My parents sold the buffalo to pay him.

That was a lie. There is no such law, I learn this now. I travelled by plane to Russia, then by lorry. In England I worked in a nail shop and I was paid, not much but I was paid, and I could go out. But I have no papers, and I am scared to go to the doctor for my tooth because I think the police will take me if I go to the hospital.

Now I want to know what I can do.""",
 "DE|foa||m"),
("""OIC: Nail bar on Ashton Rd visited, owner Vietnamese male, 3 employees all with NI numbers, own accommodation, paid by bank transfer. One employee is his nephew who works weekends. No indicators.""",
 "|||l"),
("""Intelligence: Eritrean girl (16) living with a family in Leeds as a 'house girl', cooks and cleans and is not enrolled at school. The family collect her asylum support card and use it themselves.""",
 "AV|ncw|D|h"),
("""Caller says her partner gets drunk and pushes her around, she has left and is at a refuge. Both British, both in work. DASH medium. Not slavery.""",
 "|||l"),
("""POI 'Stefan' brings women from Brasov to work in brothels in Glasgow. One woman told outreach workers he tells them 'your little boy is with my mother now, be good'.""",
 "IT||S|h"),
("""Worker in a waste sorting plant lost two fingers in a conveyor, employer failed to fit guards. HSE investigating. Worker is employed directly, paid properly, lives at home. No MS indicators.""",
 "|||l"),
("""Shopkeeper: lad about 12 keeps coming in with wads of cash buying phones and sim cards, says his 'uncle' sends him. Looks scared when his phone rings.""",
 "AV||C|h"),
("""Homeless charity: Mr W (49, British) offered a room by a man who says he can work it off doing his driveways. Charity staff checked and advised him against; he declined the offer and stays at the night shelter. No exploitation occurred.""",
 "|||l"),
("""Caller states that her friend (Slovak) is kept in a house by a man and only allowed to visit the shop with his sister. Caller has not been able to speak to her alone for months.""",
 "RM|et||m"),
("""My father paid the company in Kerala 4 lakh rupees for a care job in UK. When I arrived the care home said there was no job, they never heard of me. Company does not answer phone now.""",
 "DE|uf||m"),
("""Intel: cuckooed address 12 Foxglove Close, occupant (F, 38, learning disability) lets 'friends' store drugs there. Friends took her bank card and she has no food. Partner agencies attending tomorrow.""",
 "AV|ncw|C|m"),
("""Agency worker complains the warehouse gives him too few shifts, zero hours contract, sometimes 10 hours a week, sometimes 50. He would like more guaranteed hours.""",
 "|||l"),
("""Statement: I paid 2,000 euro to a man in Bucharest to get me the job at the mushroom farm. The farm pays me right, I have my passport and I rent my own room. I just want my 2,000 back.""",
 "|uf||l"),
("""Asylum hotel staff report a young man (Afghan, claims 16) is collected every night at 10pm by a car and returns at 6am with cash and cuts on his hands. Age assessment pending.""",
 "AV|ce pa|C|h"),
("""Cannabis smell flat 3: lone occupant, 40, six plants for own use, cautioned.""",
 "|||l"),
]
TEXTS += [
("""Debrief account, N. (Vietnamese, 22), through interpreter. She says that she left Nghe An owing the 'company' 28,000 dollars for the journey through Russia and France. In Wolverhampton a woman called Auntie Hoa took her passport 'to do the papers' and she never saw it again.

She painted nails from 9am until 10pm, Monday to Sunday, for about a year. Auntie Hoa said her earnings went towards the debt, but whenever she asked how much was left the answer was the same. She was allowed to phone her mother on Tet.""",
 "RD DB EO||L|h"),
("""GLAA visit to a daffodil farm, Cornwall. 23 pickers housed in 4 static caravans, 6 per caravan, some sleeping on the floor, black mould and no working heating. Workers said the gangmaster collected their phones 'so they don't waste time' and kept their identity cards in his car. Site manager (farm) unaware. Pay records appear correct.""",
 "IS RD AC|oa plc|L|h"),
("""Kalayaan case note: Ms D. (Filipino, 38) in a Mayfair household. Works 7am to 1am looking after the employer's mother. She is not allowed to leave the flat except to walk the dog with the driver. She has no phone of her own; her only contact with her family is a monthly letter the employer posts.""",
 "EO IS RM|et|D|h"),
("""She says (through Edo interpreter) that Madam in Lagos told her the debt was 40,000 euro and she had to 'settle' it by seeing men in a house in Essex. Madam's boyfriend holds her passport. She was told she cannot talk to anyone outside, not even the other girls, and that if she runs her family will be cursed and her brothers beaten.""",
 "DB RD IS IT||S|h"),
("""Witness on building site: the foreman punched Marek in the face for being slow with the barrow, he had blood on his shirt. The Romanian lads work on that site from 6 till dark, seven days. The site has no toilet and they drink from the hose.""",
 "PV AC EO|pa|L|h"),
("""Seafarers' mission chaplain: two Ghanaian fishermen off a scallop dredger in Milford Haven say they have been at sea for weeks at a time, working 'till we fall down', and have not been allowed to call home since January because 'the satellite phone is for the skipper'.""",
 "IS EO||L|m"),
("""NGO note: Group of 9 Keralan nurses and carers recruited by a Kochi agency that charged each of them £9,000, promising 'NHS jobs'. They were placed in a private home-care firm in Kent instead, on much lower pay. The director holds their passports and tells them the fee is now owed to him and they will be reported to the Home Office and deported if they stop working before it is repaid.""",
 "DE DB RD IT|uf|L|h"),
("""Police referral: Amber (14) found by her grandmother with a second phone; messages show an older male called 'Kash' who took her own phone off her, gave her a new one only he has the number for, and arranged for her to be 'shared' with his friends at a flat in Stoke where she was assaulted.""",
 "AV IS PV||S|i"),
("""Slovak workers at a leek packhouse told the interpreter they owe the 'transport man' £400 each for the bus from Kosice and £70 a week for a bed in a house of 14, which he takes from their wages so the debt never goes down. Shifts are 14 to 16 hours with no day off in peak season.""",
 "DB AC EO|oa ct|L|h"),
("""Household of a foreign diplomat, Kensington. Ms S. (Ethiopian, 29) told the helpline that her passport is kept by the 'sir', and she is not permitted to use the telephone or to speak with neighbours or the other staff in the building.""",
 "RD IS||D|m"),
("""INT 2/B/P: Flat 9, Tennyson House - 3 Romanian females controlled by POI Ionut CIOBANU. Females are beaten if they keep money from clients, phones checked daily, told their children in Craiova will be 'taken'. Females not seen outside without CIOBANU.""",
 "PV IT IS RM|et|S|h"),
("""Car wash worker (Kurdish Iraqi, 27): 'Boss said me £70 a day, I get £20. He say the other money is for lorry from France, 8 thousand. My ID paper is with him. He say if I tell anyone he will call immigration and his friends will find me.'""",
 "DE DB RD IT|foa|L|h"),
("""Warrant at 55 Elder Rd: cannabis factory across 3 floors. Vietnamese male (claims 19) found, bedroom door bolted from the outside, a mattress next to the lamps, bucket for a toilet. He said he tended the plants all day and night, waking every 2 hours to check the water.""",
 "RM AC EO|swp plc|C|i"),
("""Chinese takeaway chef (55) debrief: the owner has kept my passport since 2019, I work 12 hours a day and 7 days, never a holiday. I do not know anyone in this town and I have no phone; I sleep above the shop.""",
 "RD EO IS|swp|L|h"),
("""Sudanese men at a waste recycling site in Tyseley: told in Calais by a fixer they would get 'office work with papers'. Instead they sort rubbish by hand without masks or gloves among broken glass and needles. They were told they owe £2,500 each for the crossing that is deducted from wages.""",
 "DE AC DB||L|h"),
("""Drug worker referral: Client (M, 35, heroin user) says the dealers from London who use his flat to sell have started hitting him with a bat when he 'messes up', and told him they'll stab him if he calls the police.""",
 "AV PV IT||C|h"),
("""Au pair (Colombian, 20) on a UK youth mobility visa told the college tutor that her host family promised she'd study English, but she's not allowed to enrol. She works from 6am to 10pm, cleaning and cooking for the whole family. The host mother keeps her passport in her bedroom.""",
 "DE EO RD||D|h"),
("""Begging group intel: 6 adults with physical disabilities (Romanian) brought to Manchester, left at city centre pitches each morning and collected at night. Housed in a garage with no windows, all in one room. They don't know the address and have no phones.""",
 "AV IS AC|ce oa plc|C|h"),
("""999 call: neighbour heard screaming from 14 Walnut Way, saw a man drag a young woman back into the house by her hair when she ran into the garden. Curtains closed, house known for men visiting at night. Units on way.""",
 "PV RM||S|i"),
]
TEXTS += [
("""INT 2/C/P suggests a man in Small Heath is brokering kidney sales: UK-based Pakistani nationals are flown to a private clinic abroad, a kidney is removed and they return with cash. Names of 'donors' unknown.""",
 "||O|m"),
("""Transplant coordinator: patient (62) told staff his nephew would 'give' a kidney but the nephew, seen alone, said he had been offered a car and his university fees paid by the patient's family. Transplant halted and referred to HTA and police.""",
 "||O|m"),
("""Press summary: A Nigerian politician and his wife were convicted of conspiring to bring a young street trader to London so that his kidney could be transplanted into their daughter, with a private hospital as the venue.""",
 "||O|m"),
("""Crimestoppers: my mate says a guy at the mosque is offering £10k to anyone who'll go to Egypt and give a kidney, says its all legal over there. sounds dodgy""",
 "||O|m"),
("""Renal unit note: Mrs K (58) on dialysis, her husband (60) has been assessed as a compatible living donor. Both want to proceed, independent assessment complete, no concerns about coercion or reward.""",
 "|||l"),
("""Adult Services referral: Mr O (Nigerian, 24) says he was brought to the UK by a 'pastor' for a 'medical test'. Doctors at a London private hospital found paperwork for a kidney transplant listing him as a donor. He did not know what it was for.""",
 "DE||O|m"),
("""INT: Albanian male, mid-20s, arrested leaving a cannabis grow in Dudley with a carrier bag of buds. Says he is paid £1,000 a month to look after the plants, lives elsewhere and comes and goes. 3/C/P""",
 "||C|m"),
("""Vivastreet ads for 'Thai ladies' at a flat above a shop in Kettering, same text and 3 phone numbers rotating, ads refreshed by the same account every 2 hours.""",
 "||S|h"),
("""'Dappa line' Lewisham into Margate, deal line active 24hrs. 2/C/P""",
 "||C|m"),
("""Shopkeeper reports the same group of 4 adult women every Saturday stealing razor blades and baby milk to order; a man outside in an Audi gives them the bags and drives them between shops.""",
 "|et|C|m"),
("""Parent rang school: son (Y10) got a detention for being late three days running. Boy works a paper round at 6am with his mum's permission. School will adjust. No concerns.""",
 "|||l"),
("""Intel 1/B/P: the owner of the Golden Star takeaway, Ho CHAN, employs his two adult sons and his wife. All live above the shop. Family business, no third-party workers. No MS concerns.""",
 "|||l"),
("""Officer's follow-up, online report ref 4471.

Checked the car wash on the roundabout at the junction with Mill Lane after a member of the public reported that 'the workers look like slaves'. Attended with a PCSO at 15:00 on a Sunday; the site was busy with about a dozen cars queuing.

The manager, Ardit, showed contracts, payslips and the rota, which has each worker on five days a week. There were six staff on shift. All had their own phones, and three had driven their own cars to work. We spoke to each of them away from the manager. One worker said 'we are not slaves, we are just busy', and laughed. Another said he used to work at a car wash in Coventry and that this place is 'much better' because the bays are covered in winter.

No indicators of exploitation. Reporting person updated. Site details passed to the neighbourhood team for awareness only.""",
 "|||l"),
("""Sex worker (F, 31, British) reported a client who refused to pay and pushed her on the stairs. She works independently from her own flat. Assault recorded; she was offered support by the ugly mugs scheme.""",
 "|||l"),
("""Local man, 44, arrested with 2 oz of cocaine and scales, admits he sells to fund his own habit. Works alone. No exploitation identified. Charged PWITS.""",
 "|||l"),
("""Caller says her son's employer at the chip shop 'doesn't pay properly' — he gets £9 an hour at 17, which she thinks is too low. Explained NMW rates for age. Son happy to stay.""",
 "|||l"),
("""Safeguarding alert: Mr V (Latvian, 58) found sleeping rough by the canal. Outreach has placed him in emergency accommodation and helped him apply for settled status. He is not working for anyone.""",
 "|||l"),
("""Au pair agency complaint: host family made au pair babysit 3 Saturday nights in a row. Agency spoke to family, agreed extra time off in lieu and extra pay. Au pair is content and staying.""",
 "|||l"),
("""She said that nobody took her passport, she keeps it in her handbag, and that she can leave the salon whenever she wants. She only wanted help with her tax return.""",
 "|||l"),
("""Overstayer (Indian, 33) arrested at a wedding venue, visa expired in 2021. Works occasional cash jobs as a DJ, arranges them himself. No employer control, no debt, no threats. Handed to Immigration Enforcement.""",
 "|||l"),
("""INT log: suspected brothel at 3 Cedar Mews - on visit, two women in their 40s, both British, working together and sharing rent. No pimp or third party identified. Both declined support. No further action.""",
 "|||l"),
("""Student (Nigerian, 22) in Coventry works 20 hours a week at Tesco within her visa conditions. Came in to report a lost wallet. No concerns.""",
 "|||l"),
("""Agency paid him a week late after a payroll change, paid in full with an apology. NFA.""",
 "|||l"),
("""Landlord keeps 7 students in a 5 bed house, one living room converted into a bedroom, damp in the bathroom. Students chose it because it's cheap. Council HMO team informed.""",
 "|oa||l"),
("""Zero-hours warehouse worker wants guaranteed hours, some weeks he gets none. Referred to ACAS.""",
 "|||l"),
("""If anyone had tried to take her phone she would have called her brother, she says, but no one did. She has been working at the hotel for a year and likes it.""",
 "|||l"),
("""Domestic abuse: woman (Polish, 30) reports her boyfriend has been controlling and jealous, reading her messages, and pushed her last night. She works full-time as a cleaner for a council contractor and keeps her own wages. DASH completed.""",
 "|||l"),
("""Reported concern about Vietnamese nail bar: visited. Staff of 4, two are sisters who own it, two employees paid via PAYE, both live with their partners. The 'locked back door' is a fire door. No concerns.""",
 "|||l"),
("""GLAA: shellfish gatherers on the Morecambe sands have valid permits and are self-employed members of a local co-operative; they sell their catch themselves. No gangmaster involved.""",
 "|||l"),
("""Man rang 101: he thinks his ex-wife is working in a brothel because she has new clothes. Enquiries showed she has a new job in a bank. Malicious call noted.""",
 "|||l"),
("""Labour provider fined for supplying workers without a licence. Workers had been paid correctly and housed in good quality accommodation. Licensing breach only.""",
 "|||l"),
("""Housing options referral.

Ukrainian woman, Olena (46), came to the council office to ask for help finding her own flat. She arrived in 2022 under Homes for Ukraine with her daughter and grandchildren. The original sponsor arrangement ended after a year on good terms, and since then she has shared a two-bedroom flat in Harrow with her daughter's family of five. She sleeps on the sofa bed in the living room.

She works as a teaching assistant at a primary school, paid through the local authority payroll, and has been saving for a deposit. She says the flat is crowded but the family are happy to have her and she helps with childcare. She has all her own documents and her own bank account.

Advice given on the housing register, the rent deposit scheme and local private lets. No safeguarding concerns identified.""",
 "|||l"),
("""School safeguarding: pupil (15) says he works weekends at his uncle's garage, 2 x 4 hour shifts, paid £40 each day. Parents aware. Within child employment rules after permit applied for. No concerns.""",
 "|||l"),
("""Bloke in our street has lots of foreign lads living with him and they all go off in a van in the morning. Called it in, police came and said they were his workmates renting rooms from him, all above board.""",
 "|||l"),
("""Vietnamese student (19) at college with a valid visa; her teacher worried because she looked tired. She explained she works evenings at her family's restaurant and does her homework after. Teacher reassured.""",
 "|||l"),
("""Caller says a man in a BMW keeps offering jobs to men outside the builders' merchants. Officers spoke to him: he runs a registered building firm, pays day rates by bank transfer, shows CSCS cards. No concerns.""",
 "|||l"),
("""Hospital: woman (Romanian, 25) gave birth; partner present throughout, she speaks good English, has her ID, lives with him and works at a supermarket. Routine postnatal care. No safeguarding concerns.""",
 "|||l"),
("""Debrief check: the man said he would 'look after' her documents but she refused and kept them, and he dropped it. She is now in her own rented room and works at the hotel.""",
 "|||l"),
("""INT 3/D/P: anonymous claim that the Indian restaurant on High St 'uses slaves'. Visit: 6 staff, all with right to work, all paid via payroll, all go home at night. Intelligence assessed as likely malicious (ex-employee dispute).""",
 "|||l"),
("""Neighbours complain about a family of 9 in a 3-bed semi, kids playing football in the street. Family own the house. Not a police matter.""",
 "|||l"),
("""Press: record numbers of seasonal workers arrive for the strawberry harvest; farmers praise the scheme and workers interviewed say the pay is better than at home.""",
 "|||l"),
("""My boss takes £20 from each payslip for the uniform which I think is wrong. Otherwise I'm paid every week into my account and can quit when I want.""",
 "|ppe||l"),
("""Report: there was no sign of anyone being kept against their will at the farm, all workers had their own passports and mobile phones and went to town on Saturdays.""",
 "|||l"),
("""A man who sells sex online contacted police to report a blackmail attempt by a client threatening to tell his family. He works independently. Blackmail crime recorded.""",
 "|||l"),
("""POI Ilir KRASNIQI, 31, convicted of possession with intent (cannabis), adult, works for himself, no evidence of being exploited or exploiting others. Released on licence.""",
 "|||l"),
("""Woman came into the station to say her employer at a cleaning firm hasn't paid her overtime from last month. She is still working there and is paid her normal wage. Advised to raise a grievance / ACAS.""",
 "|||l"),
("""Midwife: refugee woman (Eritrean, 28) lives in asylum accommodation with husband and baby; room is small but she is supported by Refugee Council. No exploitation.""",
 "|||l"),
("""Officer statement, attended a reported dispute at a building site in Slough.

Adult male (Polish, 40) was shouting at the site manager in the car park. Calm once spoken to. He explained that he had worked on the site for a subcontractor for six months and was fired that morning for turning up late twice.

Because of recent briefings I asked the standard questions. He laughed and said his employer 'never threatened me, never took my papers, I have my own car, my own flat, I am just angry he fired me'. He showed his passport and his banking app with his wages paid in. He does not want to be referred anywhere and has another job offer already.

The subcontractor confirmed the dismissal and that his final pay, including holiday pay, will be paid on Friday.

Employment dispute only. Signposted to ACAS. NRM referral not made as there are no indicators; no Duty to Notify required.""",
 "|||l"),
("""Online report: LOADS OF CHINESE GIRLS LIVING ABOVE THE RESTAURANT ON BRIDGE ST THEY MUST BE TRAFFICKED!!!! -- Visit: 3 international students renting the flat from the restaurant owner, study at the uni.""",
 "|||l"),
("""Farm manager phoned the GLAA to ask how to check a new labour provider's licence before using them. Advice given. No issues.""",
 "|||l"),
("""Intel: couple in Barnsley running a 'recruitment agency' for care workers, fee of £300 charged to applicants for DBS and training. GLAA/EAS advise: charging work-finding fees is unlawful. Workers placed are paid correctly by the care homes.""",
 "|uf||l"),
("""Young man (British, 18) claiming UC, lives with his nan, occasionally helps at his uncle's market stall for cash. Uncle pays him the going rate. Benefit compliance query only.""",
 "|||l"),
("""Prison note: prisoner says a cellmate asked him to hide a phone 'or else'. Prison security aware, intimidation within prison, no labour or sexual exploitation.""",
 "|||l"),
("""GP: patient (Bangladeshi, 50) works 60 hours a week running his own corner shop, presenting with stress and back pain. Advised to reduce hours. No concerns.""",
 "|||l"),
("""I am a nanny for a family in Chelsea, I've been here 5 years, they treat me like family, they paid for my English course and I go home to Manila every Christmas. Someone in the park asked if I'm ok, I am!""",
 "|||l"),
("""The fishermen's union complains that the daily rate for deckhands is too low this season. Crew are paid on time and are free to move to other boats.""",
 "|||l"),
("""Border Force STN: Romanian male (20) arriving to start work at a bakery, has a contract, a rented room booked through Spareroom, and £400. He found the job himself online. Admitted.""",
 "|||l"),
("""Handover: missing person (F, 16) returned home after 2 nights at a friend's. Return home interview: stayed with school friend, parents of friend confirmed. No CSE or CCE concerns.""",
 "|||l"),
("""Tenant complaint about a landlord who won't fix the boiler in a shared house of 6 Romanian builders. They rent privately and work for different firms. Referred to council private sector housing.""",
 "|plc||l"),
("""Woman says she was offered a 'modelling' contract on Instagram but realised it was fake and blocked the account before meeting anyone. Advice given on online safety.""",
 "|||l"),
("""Intel: two Slovak men sleeping in a car at the retail park; they say they came to look for work themselves and ran out of money. Referred to the Slovak embassy and a hostel. No exploiter.""",
 "|||l"),
("""Community group report: elderly Somali man helps at his son's shop every day because he's bored at home. Not paid, doesn't want to be. Family business.""",
 "|||l"),
("""Officer note: searched the van, 6 men with tools on their way to a job in Cardiff, all employees of a Bristol roofing firm, paid by bank. Driver has a licence. Sent on their way.""",
 "|||l"),
("""Agency hotel housekeeper (Spanish, 24) paid per room cleaned, says it works out less than minimum wage on busy days. Union taking up the case with the hotel chain.""",
 "|||l"),
("""Prostitution intel: woman (Thai, 35) advertises on a UK escort site, sets her own rates, rents her own flat, has lived in the UK 10 years with settled status. Not controlled. Welfare visit offered.""",
 "|||l"),
("""He would have taken our passports if we'd let him, the other workers said, but the GLAA had visited the week before so he didn't dare. We had them the whole time.""",
 "|||l"),
("""Debt advice charity: client (Lithuanian, 37) owes £3,000 on credit cards and an overdraft, works in a food factory, struggling with bills. No third party debt. Debt management plan set up.""",
 "|||l"),
("""Car wash workers went on strike for a pay rise; owner agreed to pay the real living wage. Local paper covered the story.""",
 "|||l"),
("""Parent (Pakistani, 45) reports her son (17) is being picked on by older boys at the mosque and asked to carry a bag for them; he refused and told his dad. Words of advice to the older boys. No drugs found.""",
 "|||l"),
("""INT 2/B/P: takeaway on Castle St - staff work long shifts but each works 4 days and they rotate; owner's nephew drives them home. Workers have own accommodation and bank cards. No indicators.""",
 "|||l"),
("""School: Year 9 girl (14) has an 18-year-old boyfriend; parents aware and supervising, they meet only in the family home. DSL monitoring. No evidence of grooming or exploitation at this stage.""",
 "|||l"),
("""Council: family business running a market garden, grandparents, parents and teenage kids all help at weekends in the summer. Complaint about child labour unfounded; hours within limits.""",
 "|||l"),
("""Victim of fraud (Chinese, 70) lost £15,000 to a phone scam impersonating police. Not modern slavery. Referred to Action Fraud and Victim Support.""",
 "|||l"),
("""Outreach: homeless man (British, 55) picks up cash work at the recycling yard now and again when he wants; the yard pays him the same day. He says he's fine and doesn't want to be referred.""",
 "|||l"),
("""Caller states her lodger (Albanian, 26) is a visa overstayer who works as a barber. He pays rent on time and she has no other concerns, just wanted to know her legal position.""",
 "|||l"),
("""Witness: 'I've worked at the packhouse 3 years, agency takes nothing off us except tax, we can book holidays online. Sometimes it's 10 hours but we choose overtime.'""",
 "|||l"),
("""OIC update: the 'locked room' reported by the neighbour was a spare room used for storage. Occupants (married couple, both teachers) cooperative. NFA.""",
 "|||l"),
("""Intel 2/C/P: group of Roma women seen selling the Big Issue at Bradford Interchange, all registered vendors with their own pitches; no sign of a controller.""",
 "|||l"),
("""Student nurse misread her bursary letter; accommodation deduction was agreed in her contract.""",
 "|||l"),
("""My brother gave my mum a kidney last year at the Royal Free, both doing well. Why does the NHS form ask if he was paid?! Of course he wasn't.""",
 "|||l"),
("""Hotel reception: man booked a room for himself and his wife; wife (Chinese, 30) later spoke to staff alone, said she was fine, they were on holiday. Staff were right to ask. No concerns.""",
 "|||l"),
("""Witness statement: I said to her 'does anyone take your wages?' and she laughed and said no, she pays her own rent and sends money home herself.""",
 "|||l"),
("""PCSO: young people (17-18) gathering in the park at night drinking, one had a small amount of cannabis. Words of advice. No exploitation.""",
 "|||l"),
("""Recruitment agency compliance visit (EAS, joint with GLAA), Croydon.

We visited following an anonymous complaint that an agency 'sells nurses from the Philippines'. The agency recruits nurses for two NHS trusts and four private hospitals.

The agency charges its fees to the employers, not to the workers. We checked the contracts with the trusts and a sample of 20 worker files. Visa fees, the immigration health surcharge, flights and the first month's rent are paid by the hiring trust. Workers sign a contract in English and Tagalog; there is no clause requiring them to repay costs if they leave. The nurses keep their own passports and BRPs.

We spoke to four nurses on a video call without agency staff present. They said the process was clear, they were met at the airport by the trust and they had been placed in the role they applied for. One said the first weeks were hard because of the cold and the shift pattern.

Compliant. Anonymous complainant appears to be a competitor. No further action.""",
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
