#!/usr/bin/env python3
"""Hand-written texts for fresh102 (short texts, ~35% negatives).
Each entry: text ## indicators ## signs ## types ## risk-override (optional).
Codes are abbreviated below and expanded; the risk is derived from the labels
by the stated convention unless an override (i/h/m/l) is written."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rmv"), ("EO", "lh"), ("IS", "iso")]

def split(s):
    return [x.strip() for x in s.replace(",", " ").split() if x.strip()]

def derive(inds, types):
    if "physical_sexual_violence" in inds or "sexual" in types:
        return "high"
    if "intimidation_threats" in inds and "restriction_of_movement" in inds:
        return "high"
    if len(inds) >= 3:
        return "high"
    if inds or types:
        return "medium"
    return "low"

def parse(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#!"):
            continue
        parts = [p.strip() for p in line.split("##")]
        while len(parts) < 5:
            parts.append("")
        text, i, s, t, r = parts[:5]
        ii, ss = split(i), split(s)
        for a, b in PAIRS:
            if a in ii and b not in ss:
                ss.append(b)
            if b in ss and a not in ii:
                ii.append(a)
        inds = [IND[x] for x in ii]
        signs = [SIG[x] for x in ss]
        types = [TYP[x] for x in split(t)]
        risk = RISK[r] if r else derive(inds, types)
        out.append(dict(text=text, indicators=sorted(set(inds), key=inds.index),
                        signs=sorted(set(signs), key=signs.index),
                        exploitation=sorted(set(types), key=types.index), risk=risk))
    return out

PART1 = r"""
2/B/P INT suggests NGUYEN Van Hai (nom) kept at nail bar High St overnight, sleeps on mattress in back, works 7 days. ## AC EO ## saw lh ## L
Car wash on Tanner Rd. 4 men washing cars in the rain no gloves, young lad looked scared and wouldnt look at me, bloke in a BMW shouting at them and taking all the cash ## ## ## L
Hand car wash Lidl car park. Paid £10 for full valet, staff had uniforms, card machine, all seemed fine. ## ## ## ## l
Caller reports neighbour's music too loud after midnight, third time this week. No other concerns. ## ## ## ## l
IP states boss keeps all our passports "safe" in the office and we only get them back when we finish the season ## RD ## dt ## L
3/C/P Unconfirmed: POPESCU drives 6-8 Romanian females to pop-up flats, collects cash nightly. ## ## et ## S
She says the man told her she owes £9,000 for the flight and the room and every week it is bigger. ## DB ## ## 
Girl approx 15 seen getting into silver Audi with older males outside chicken shop, given vodka and a new phone. ## AV ## ## S ## h
Lost my passport on the train to Leeds yesterday, need a crime ref for the embassy please. ## ## ## ## l
we work 6 in morning to 11 at night, no day off since I came, the food is only rice ## EO AC ## lh ## L
POI BALOGH seen at Barclays ATM Station Rd using 5 different bank cards, withdrew approx £1,200. ## ## mbc ## 
Helpline call: worker at packhouse says agency takes £60 a week for the minibus and £35 for boots and hi-vis. ## ## ct ppe ## L
1/A/P Vietnamese male approx 16yrs found in loft of cannabis grow, door padlocked from outside. ## AV RM ## rmv ## C ## i
Concerned abt my nan, she has a new carer who seems to take her bank card to the shops but nan says its ok and she asked her to ## ## ## ## l
Man in Ilford collects benefits for 3 Slovak men living in his house, they never see the money. ## ## ncw ## 
GP note: pt attends with 'employer' who answers every question for her; pt did not make eye contact. ## ## sfw ## 
Construction site visit. Labourers all CSCS carded, paid through payroll, own transport. No concerns identified. ## ## ## ## l
He took my phone the first day and said I don't need to talk to anybody now. ## IS ## iso ## 
Told she'd be working in a hotel in London. Ended up in a flat in Luton where men came every night. ## DE ## ## S
2/B/C (not to be disclosed to employer) INT that farm foreman LUCA keeps workers' ID cards in a locked drawer. ## RD ## dt ## L
Au pair contacted charity: looks after 3 kids from 6am to 10pm, sleeps in the playroom, £50 a month. ## EO WW ## lh saw ## D
Teacher referral: Y9 pupil has £400 trainers and two phones, missing from home overnight twice, seen in Margate. ## AV ## ## C ## h
Woman at A&E with broken wrist says she fell. Partner present. Domestic abuse DASH completed, high risk. No work/exploitation disclosed. ## ## ## ## l
If I go to police he says he will send the photos to my family in Tirana. ## IT ## ## 
Kidney transplant patient post-op review, donor was his sister, all consent documented via HTA. ## ## ## ## l
Man approached in Delhi offered £4k for a kidney, flown to UK, operation in private flat, paid nothing after. ## AV DE WW ## ## O
The men at the takeaway sleep upstairs on the floor, 8 of them in one room. ## AC ## oc saw ## L
He always comes with me to the shop, I am never outside alone. ## RM ## rmv et ## 
Crimestoppers: lads on bikes dealing outside school, they look about 13, an older guy drops them off and picks them up. ## AV ## cedl ## C ## h
wanna report a brothel above the massage place on king st girls never leave and a man brings food in ## RM ## rmv ## S
Passport held by employer for visa renewal at employee's request, returned same week, receipt on file. ## ## ## ## l
Sleep in the cowshed with the other two, no water no toilet, boss says it is enough for us ## AC ## plc saw ## L
3/C/P Anon source: Albanian male 'Arben' running cannabis houses in Bolton, uses men who owe him for the lorry. ## DB ## ## C
Officer handover: IP 19F Nigerian, says 'madam' took her to a shrine, told her she'd go mad if she ran or spoke. ## IT ## ## S
Pay goes on a card that Marius keeps, we get £20 on Friday for cigarettes. ## WW ## ncw ## L
Neighbour reports van collects same 10 men at 4:30am and returns them at 11pm every day, they look exhausted. ## EO ## cedl lh pa ## L
Shoplifting arrest: 3 Romanian juveniles, adult female waited in car outside, took bags of stolen goods from them. ## AV ## ## C ## h
Student reports landlord hasn't returned deposit. Civil matter, advised Shelter. ## ## ## ## l
I cleaned the house of the diplomat for two years, never a day free, I was not paid one time. ## EO WW ## lh ## D
Midwife: 17yo pregnant, says she was married at 16 in Pakistan to man here, not allowed to leave the house without mother in law, does all the cooking and cleaning. ## AV RM ## rmv ## D ## h
Agency worker at warehouse complained pay was 2 days late this month. Employer paid in full on the Monday. ## ## ## ## l
He beats us if we stop for water. Last week he hit Andrei with a spade. ## PV ## ## 
They said the job was picking fruit for £9 an hour. It was £3 and the rest was 'for the house'. ## DE WW ## ## L
Fishing boat out of Newlyn. Filipino deckhand says captain holds seaman's book and contract, works 20hr shifts. ## RD EO ## dt lh ## L
Report of a man sleeping rough by the canal, says he lost his job. Referred to outreach. ## ## ## ## l
1/A/P Female heard screaming in flat 4, male voice saying 'nobody leaves'. Door reinforced. Attend now. ## RM PV ## rmv ## ## i
Bank alert: 14 accounts opened with same address in Walsall, all cards posted there, funds moved to one account within hours. ## ## mbc ## C
Took a loan from the village man for the visa, now I work off the loan and he adds interest every month. ## DB ## uf ## L
Licensing inspection: nail salon no price list, one worker no right-to-work docs. Owner cooperative, no other indicators. ## ## ## ## l
The girls are moved every week to a different city, they don't know what town they are in. ## IS ## iso ## S
Social worker: boy 14 going missing, returned with cuts, says he 'owes' an older male for lost drugs. ## AV PV DB ## pa ## C ## h
Elderly man confused says carer steals. Carer from agency, vetted. Investigated, money spent on his shopping with receipts. ## ## ## ## l
Told me modelling in Milan, take photos in London first. He kept my passport for the agency. ## DE RD ## dt ## 
Report: house on Grove St, curtains always shut, strong cannabis smell, electric meter bypassed. ## ## ## ## l
She says that she had to work in the house from 5 until midnight and eat what the children left. ## EO AC ## lh ## D
Forced marriage unit referral. Woman 22, British, fears being taken to Bangladesh to marry cousin, family took passport. ## RD ## dt ## 
Man with learning disability living in shed at farm for 10 years, works for tobacco and beer. ## AV AC WW ## plc saw ## L
Worker hurt hand in bread factory machine. HSE informed, employer reported via RIDDOR, worker on sick pay. ## ## ## ## l
They watch us on camera in the house and in the factory. ## RM ## rmv ## L
2/B/P 'Big Dave' cuckooing flat of vulnerable female user at Cedar Ct, lines run from there, she gets free gear. ## AV ## ## C
Customer: guy at the car wash had no shoes, only flip flops, hands bleeding from the chemicals. ## AC ## pa ## L
I want to report my employer for paying minimum wage only, I think I deserve more as I have 5 years experience. ## ## ## ## l
Victim debrief: 'He said the police here are like in my country, they will beat me and send me back.' ## AV ## foa ## 
Man in Bradford taking £2k fees off Indian nurses for care home jobs that don't exist. ## DE ## uf ## L
Eritrean youth arrived by boat owes smugglers in Libya, sends everything he earns at the takeaway. ## DB AV ## ## L
Caller says daughter 16 has new older 'boyfriend' 25 who gives her drugs and drives her to parties in other towns. ## AV ## ## S ## h
GLAA: gangmaster unlicensed supplying workers to a salad packer. Workers paid correctly, own housing. Enforcement for licence only. ## ## ## ## l
Woman found in cupboard of house in Slough, weighs 40kg, says she cooks for family of 9 and was beaten with a belt. ## PV AC ## pa ## D ## i
Only one bag each, everything else the boss threw away when we came. ## ## fpe ## 
3/C/P Suspected: Chinese females in flat above nail bar, advertised on Vivastreet, same phone no. as 4 other ads. ## ## ## S
We have no key, the supervisor locks the caravan at night. ## RM ## rmv ## L
Polish man in Boston says he had to pay £300 'registration' to get work through Marek, pay goes into account Marek opened. ## WW ## uf ncw ## L
Family of five living in a 2 bed flat, parents both work at the hospital, council housing waiting list. ## ## ## ## l
Prison note: inmate (Vietnamese, 17 at arrest) convicted of cultivation, says he was locked in and the men said they'd kill his parents. ## AV RM IT ## rmv ## C
He showed me a video of the last boy who ran. He was on the floor and they were kicking him. ## IT ## ## 
Ten mattresses in a 3-bed house on Mill Lane, rent £80 each taken off wages by the factory boss. ## AC ## oc ## L
Domestic worker came with Saudi family on visitor visa, employer keeps her passport, she's not been outside in 4 months. ## RD RM ## dt rmv ## D ## h
Boy 12 found begging outside Tesco every day with a woman who takes the coins off him. ## AV WW ## ## C ## h
Report of man urinating in the park. Words of advice. ## ## ## ## l
I had to sleep with the men who came, if I say no he hit me. ## PV ## ## S
Border Force: 2 Albanian females, 19 and 20, same return ticket bought by male travelling separately, couldn't say where staying. ## IS ## iso ## 
Young women in van with blacked out windows dropped at the Premier Inn at 11pm, rooms booked online by one man, collected 6am. ## ## cedl ## S
Care home manager admits overseas carers pay £7,000 'sponsorship' and work 70 hour weeks. Told they'd lose visa if they complain. ## EO IT AV ## uf lh ## L
After the visa for work finished he said I must stay, no passport, I'm illegal, police will put me in jail. ## AV RD ## foa dt ## 
Crew on a scallop boat says the skipper is fair, wages paid in cash each trip with payslip, passport kept in his own bunk. ## ## ## ## l
wtf is going on at no 12 men everywere 20 of them in a 3 bed all work at the chicken factory ## AC ## oc ## L
2/B/P LUNGU Ion acts as spokesman for the Romanian workers at Tollgate car wash, workers don't speak. ## ## sfw ## L
She says the woman who brought her took her phone and told her nobody in England helps a girl with no papers. ## AV IS ## iso ## 
Money mule: student, 19, let a man use his account for £500, thousands passed through. ## ## ## C
I want to go home but he says first I pay the £4,000 for the van and the room. ## DB RM ## rmv ## 
Sex worker says she works independently, sets her own hours and keeps her earnings. No third party. ## ## ## ## l
Children in the house don't go to school, they work in the shop until late. ## AV EO ## lh ## L ## h
Kids seen with man outside Primark, he takes the bags off them before they get on the bus. ## AV ## ## C ## h
Organ: Pakistani male hospital admission with fresh nephrectomy scar, states sold kidney to pay family debt, broker in Lahore. ## AV ## pa ## O
My husband says I can't work or have friends, I'm only for the house and his mother. He hits me. ## IS PV ## ## D
Father reports son's bike stolen from outside shop. CCTV requested. ## ## ## ## l
"""


PART2 = r"""
Woman says cousin arranged 'restaurant job' in Birmingham, on arrival told she owed £15k and must work in a massage parlour. ## DE DB ## ## S
Walk-in at station: Sudanese man says he wants to report that his employer at the car wash pays him properly but shouts a lot. Advised ACAS. ## ## ## ## l
Nail bar staff told inspectors they were 'students' but could not name their college; manager answered for all of them. ## ## sfw ## L
2/C/P Info that TRAN Thi Lan (DOB 02/03/2008) being moved between nail bars in Kent by male known as 'Uncle'. ## AV ## ## L ## h
The boss said if we talk to the inspector he will phone immigration on all of us. ## IT AV ## foa ## L
Police stopped VRM KX19 ABC on M6 at 3am, 7 males in a 5-seat car, driver said they were going to a factory shift. No offences, all had own ID. ## ## ## ## l
I come to England to study but the man who pay my fees take my student card and say I must clean his restaurant every night. ## RD WW ## dt ## L
Anon: the nepali lady at no 44 never goes out, she hangs washing at 6am and is still hoovering at midnight ## EO RM ## ## D
Victim says that the house had no heating and water came through the roof onto the mattresses. ## AC ## plc ## 
Girl 14 disclosed to school nurse she has sex with 'friends' of her boyfriend so he doesn't get in trouble for money he owes. ## AV PV ## ## S ## h
Eastern European men picking leeks in Lincs without gloves or coats in snow, gangmaster stood by van all day. ## AC ## ## L
Probation: service user says his 'mate' has his bank card and PIN and gives him £30 a week from his wages. ## WW ## ncw ## 
Chinese female, no English, found at massage premises, one change of clothes, sleeping on treatment couch. ## AV ## fpe saw ## S
He said in Romania he will find my daughter if I go. ## IT ## ## 
Man complains ex-wife kept their son's passport after the divorce. Family court matter. ## ## ## ## l
Recruited on Facebook for warehouse work via agency. Agency was genuine, payslips received, housing optional. Caller just wanted to check. ## ## ## ## l
We were 30 people in the container, after they put us in a house and said the journey costs £3000 each, we work at the farm to pay. ## DB AC ## ## L
OIC update: IP unable to give address of house she was kept at; driven there at night with windows covered. ## IS ## iso et ## 
Kitchen porter, Indian national, 80-hour weeks at curry house, sleeps in storeroom above, says wages sent home by owner. ## EO WW ## saw lh ## L
Report of aggressive beggar on Market St asking for money from shoppers. Known to local team, no third party. ## ## ## ## l
Man came from Albania on a lorry, the men who arranged it now make him guard the plants in a house and say he owes them. ## DB ## ## C
Hospital: Somali woman after kidney surgery abroad, says a 'cousin' arranged it, she did not agree to giving a kidney, thought it was an appendix op. ## DE PV ## ## O
The pimp has the money, we have nothing, he buys our food. ## WW ## ncw ## S
Hotel housekeeper says she works 8-4, gets paid weekly into her own account and likes her manager. ## ## ## ## l
they keep the Romanian kids in the back of the shop doing the alterations for nothing ## AV WW ## ## L ## h
2/B/P POI SHEHU (Albanian) recruits young men in Tirana, promises construction jobs in UK, puts them in cannabis grows on arrival. ## DE ## ## C
They hit me with the broom handle when the madam's soup was cold. ## PV ## ## D
Worker at care home says manager threatens to 'report them to the Home Office' if they refuse extra shifts. ## IT AV ## foa ## L
Teen found at a trap house in Swindon 80 miles from home, 2 phones, £700 cash, says he 'doesn't want to talk'. ## AV ## ## C ## i
Woman called 999 whispering, says she's locked in a bedroom at 17 Hawthorn Close, the man has gone out and will come back. ## RM ## rmv ## ## i
Lorry driver found 4 migrants in trailer at Dover. Border Force dealt. They said they paid to come. No indication of exploitation. ## ## ## ## l
Nobody took my passport, I keep it myself, I just want to change job because the work is hard. ## ## ## ## l
Caseworker note: client (Vietnamese, m, 22) says the 'boss' in the grow house fed him only noodles and he never saw daylight for 5 months. ## AC RM ## rmv ## C
Couple from Slovakia: the man who brought us takes our child benefit every month. ## ## ncw ## 
I thought he loved me. He said just do it a few times for the rent, then it was every night. ## DE ## ## S
Debrief: male 34 Polish, alcohol dependent, met men at soup kitchen, offered work and a bed, given vodka instead of wages on a block paving gang. ## AV DE WW ## ## L
The foreman collects us at 5 and brings us back at 10, we pay him £10 for the lift each day. ## ## cedl ct ## L
2/B/P Nigerian female DOB unknown (approx 17) working in hair salon 7 days, lives with owner, does not attend college. ## AV EO ## lh ## L ## h
On the boat he kicked me and threw my phone into the sea so I can't call anyone. ## PV IS ## iso ## L
Sham marriage: Portuguese woman paid to marry Pakistani man for visa, says she agreed and was paid. No coercion. Referred to Immigration. ## ## ## ## l
Man says boss drives everywhere with us and waits outside even at the doctor. ## RM ## rmv et ## 
Girls under 16 taken to hotels in Rochdale and given alcohol by groups of men. ## AV PV ## ## S ## h
Worker in recycling plant says they sort rubbish with no masks, needles cut their hands, 12 hours every day. ## AC EO ## lh ## L
Anonymous caller: heard that the owner of the chippy is keeping the lads' passports. Caller later said it was a rumour and she had no idea. ## ## ## ## l
i was told i would be a nanny and go to english class. there was no class, i cannot go out alone, she has my passport. ## DE RM RD ## rmv dt ## D
Debt doubled after 2 months because the 'boss' adds £50 each day for food and bed. ## DB ## ## 
Police log: male observed handing bank cards to 3 females at Halifax ATM, each withdrew cash and handed it back to him. ## WW ## mbc ncw ## 
They told us the police in UK will put us in prison for working without papers, so we don't call them. ## AV ## foa ## 
Private fostering referral: girl 13 from Nigeria living with 'aunt', does all housework, not registered with school. ## AV ## ## D ## h
Labour provider audit: accommodation clean, 2 per room, rent within legal offset, workers hold own docs. No issues. ## ## ## ## l
Intel: Roma family controlling 6 men from Slovakia who live in 1 house and pay £100 each to them for rent, men beaten if drunk at work. ## PV AC ## oc ## L
I was sent to a house to cook and clean for the boss's wife, no money, they said it's the same as paying rent. ## WW ## ## D
She is nineteen and looks about fifteen, very thin, bruises on her arm, man waits in the car the whole time she's in the clinic. ## ## pa et ## 
Filipina domestic worker tells Kalayaan: employer's family shouts and slaps her, she eats standing in the kitchen after they finish. ## PV AC ## ## D
Shop manager reports shoplifter, local adult male, known addict. Arrested. ## ## ## ## l
3/C/C (do not disclose to ESTATE) Bulgarian workers on estate say the 'team leader' takes half of every wage packet. ## WW ## ## L
Dad took my phone for bad school marks. I'm 14 and this is so unfair. ## ## ## ## l
Man selling kidney advertised on Telegram, £40k, buyer in UK, 'surgery arranged in Turkey'. ## ## ## O
Cleaner says he worked at the hotel 3 months on trial without pay, promised money 'after probation', never came, they told him to leave. ## DE WW ## ## L
Man in Peterborough renting out beds in his garage to 12 workers from the factory he drives them to. ## AC ## oc plc ## L
IP states she was threatened with a knife and told her brother would be killed if she didn't keep selling. ## IT ## ## S
CSE: boy 15 sent images to adult online, adult now demanding more and threatening to share. ## AV IT ## ## S ## h
Care worker says she is on a sponsorship visa but the agency pays her fully, she has her passport and can change employer. ## ## ## ## l
She says that she is not allowed to speak to the other women in the house and cannot use the phone. ## IS ## iso ## 
The car wash boss take our money for the room, the food, the van. At the end nothing. ## WW ## ct ## L
Bank: customer's account used for 47 payments in from unknown parties, customer says her 'boyfriend' asked to use it and has her card. ## ## ncw ## C
Taxi driver reports young girl in school uniform taken to a flat by 3 men, looked drunk, at 2pm. ## AV ## ## S ## i
My employer pays me £6 an hour, less than the minimum wage, but I get it in cash every week and can leave any time. ## ## ## ## l
2/B/P Vietnamese males moved every few weeks between grow houses in Hull and Grimsby, kept indoors, food delivered. ## RM ## rmv ## C
When I was ill they still made me go to the fields and they didn't let me see a doctor. ## AC ## ## L
Witness statement: I saw the man push the lady into the car and shout at her in a foreign language. I don't know more. ## PV ## ## 
The madam says I must pay back 35,000 euro. I send her everything from the customers. ## DB WW ## ## S
We are 3 girls from Vietnam at the nail shop, we live in the shop, no salary only food. ## WW ## saw ## L
Report re tenant: landlord keeps coming in without notice. Civil issue, advised council. ## ## ## ## l
Teenage lad cuckooed: older dealers moved into his mum's flat, he has to run packages for them or 'they'll stab his mum'. ## AV IT ## ## C ## h
Farm labourers sleeping in a shipping container with no windows, one gas ring, 10 men. ## AC ## plc oc ## L
Two men (Romanian) at Tesco each with 4 cards, drawing cash for 'the boss' at 7am, then picked up in a Transit. ## WW ## mbc ncw ## 
She is not allowed her own money. He says he puts it in the bank for her. ## WW ## ncw ## 
Social media message: 'job in UK £2000/month hotel cleaning visa included, pay only £800 for documents'. ## ## uf ## ## l
Man presented at hospital with old burns; he says owner of the kebab shop threw oil on him when he asked for pay. ## PV ## pa ## L
"""

PART3 = r"""
Welfare visit to car wash on Bath Rd: 5 staff, all on payroll, own flats, no one holding their documents, free to leave. No MS concerns. ## ## ## ## l
She says she can leave whenever she wants and goes to church on Sundays with friends. ## ## ## ## l
Officer note: no sign of anyone being held against their will at the address. Occupants are a family of six, children at local school. ## ## ## ## l
He never hit me or threatened me, he just didn't pay the last month and closed the business. I found another job. ## ## ## ## l
Caller worried about Polish builders next door working Saturday. Spoke to them, contractor's crew, go home to Swindon weekends. ## ## ## ## l
Student lost passport and BRP at a party, reported for replacement. No third party involvement. ## ## ## ## l
Pt attends for kidney donor work-up, donating to her husband, independent assessor satisfied no payment or pressure. ## ## ## ## l
Domestic incident: husband and wife argued over money, both intoxicated, no injuries. Advice given. ## ## ## ## l
Nail tech says she rents her chair, sets her own prices and keeps her tips. Licence on display. ## ## ## ## l
Employee says boss paid her £50 short this week; boss says it was a mistake and has already transferred the balance. ## ## ## ## l
Care home inspection: overseas staff confirm they keep their passports, hours are 37.5 a week, overtime paid. ## ## ## ## l
Caller says man at the takeaway looks tired and sad. On visit he is the owner's son, doing exams, works weekends. ## ## ## ## l
GLAA inspection: labour user using unlicensed provider for 3 weeks. Workers paid in full, housing their own. Licence breach only. ## ## ## ## l
Report of 4 men living in a van on Seaview Rd. Outreach visited: travelling roofers, own business, declined help. ## ## ## ## l
Fraud report: online scam, victim sent £300 to a fake seller on Marketplace. ## ## ## ## l
He would have taken my passport if I had let him but I kept it in my bag the whole time. ## ## ## ## l
Neighbour dispute over parking at Elm Road, both parties spoken to. ## ## ## ## l
Teen arrested for shoplifting sweets at Co-op, alone, parents collected him. Community resolution. ## ## ## ## l
Au pair agency check: host family gives her 2 days off, pocket money £100/week, college 3 mornings. She is happy. ## ## ## ## l
Farm worker on seasonal visa says hours are long in harvest (10hr days) but overtime is paid and he gets Sundays off. ## ## ## ## l
Woman came to station to ask about her visa expiry. Signposted to Home Office and immigration advice. ## ## ## ## l
Cannabis found in car during stop check, driver 34, personal use. Community resolution. ## ## ## ## l
Rumour on the estate that the chip shop owner keeps people locked up. Checked: staff live at home, CCTV shows them come and go freely. ## ## ## ## l
Uber driver reports passenger left a bag with a passport in the car. Returned to owner. ## ## ## ## l
Asylum seeker in hotel accommodation complains about food quality. Home Office contractor informed. ## ## ## ## l
Mum of 3 reports ex-partner not returning children after contact weekend. Family court order. ## ## ## ## l
Warehouse agency: worker asked why his first week's pay is in arrears. Explained payroll cycle, paid next Friday. ## ## ## ## l
Restaurant staff interviewed at licensing visit: all have contracts, rota shows 40 hours, tips shared by card. ## ## ## ## l
Elderly neighbour has a live-in carer from Romania who has her own room, weekends off and is paid by an agency. ## ## ## ## l
Drunk male shouting at bus stop, moved on. ## ## ## ## l
Father (Indian national) and son run a corner shop together, son 17 helps after college for pocket money. No concerns. ## ## ## ## l
Man says his landlord is charging too much rent but he is free to move out and pays from his own wages. ## ## ## ## l
Woman asks if she needs to tell police her ex has her old passport. It is expired and she has a new one. ## ## ## ## l
School reports pupil absent for a week on a family holiday to Poland. Returned, no concerns. ## ## ## ## l
Dental nurse from Philippines complains of racist comments at work. HR grievance advised. No exploitation. ## ## ## ## l
Stolen bike reported from outside the gym, Halfords receipt and serial number given. ## ## ## ## l
If they ever tried to stop me leaving I would call you, but they haven't, I'm fine. ## ## ## ## l
Kitchen worker slipped on wet floor and fractured ankle. Employer reported accident and is paying sick pay. ## ## ## ## l
Male reported his car was damaged overnight on Station Rd, CCTV being checked. ## ## ## ## l
Builder says the main contractor owes his firm £8,000 for the extension work. Civil dispute. ## ## ## ## l
Anon report about a car wash 'full of illegals'. Visit: staff British and EU settled status, payslips shown, manager present but didn't speak for them. ## ## ## ## l
Landlord reports tenants overcrowding a flat (students, 7 in 4 rooms). Council HMO enforcement only. ## ## ## ## l
Woman says her husband controls the family money and she gets an allowance. She works as a teacher and has her own account. Wants advice on separation. ## ## ## ## l
Hospital: patient on dialysis asks about buying a kidney abroad. Counselled on the law and risks. No purchase made. ## ## ## ## l
Man fishing without a licence at the reservoir. Bailiffs informed. ## ## ## ## l
Vietnamese student at uni, part time in nail bar, 15 hours, own bank account, lives in halls. Referral closed. ## ## ## ## l
Concern raised about two girls at bus station at 1am. Spoke to them, sisters waiting for a coach to Glasgow, mother on phone. ## ## ## ## l
Worker complains her employer refused a pay rise and she thinks the rota is unfair. She is looking for other work. ## ## ## ## l
Report of loud party at student house, dispersed. ## ## ## ## l
Mechanic says he was paid late twice this year, both times with an apology and in full. He's happy to stay. ## ## ## ## l
Woman at airport travelling to Lagos with her two children to visit grandmother, return tickets, husband aware. No concerns. ## ## ## ## l
Man says the hand car wash pays only £70 for a 10 hour day, in his hand, and he goes home to his wife each night. He wants advice on minimum wage. ## ## ## ## l
Big family from Romania living in one house, 3 generations, grandparents own the house. Children in school. ## ## ## ## l
Caller says he saw a man selling the Big Issue every day outside M&S. Licensed vendor. ## ## ## ## l
Benefit fraud referral: man claiming single person allowance while living with partner. DWP matter. ## ## ## ## l
PCSO visit: Sudanese men at hostel, all have support workers, no-one controlling them. ## ## ## ## l
Missing from home: boy 16 returned after 1 night at a friend's house, parents confirmed. Return interview done, no exploitation disclosed. ## ## ## ## l
Club doorman assaulted a customer at closing time. Arrested, CCTV seized. ## ## ## ## l
Nurse says agency took her DBS fee of £44 and deducted it from first pay, with a receipt. ## ## ## ## l
Overseas domestic worker with a diplomat has her own phone, visits friends on Sundays and gets paid into her own account. ## ## ## ## l
Caller heard that workers at the laundry were not allowed out, then said she had made it up after an argument with the owner. ## ## ## ## l
Teenager, 17, works in his uncle's restaurant at weekends, paid and goes to college. Mother satisfied. ## ## ## ## l
The factory worked me 14 hours a day for 3 weeks before Christmas and I wasn't allowed a day off. ## EO ## lh ## L
Man at food bank says his employer in the packhouse has his passport and he can't get another job. ## RD ## dt ## L
They said if I phone my mother they will know and I will be punished. Phone is only for work. ## IT IS ## iso ## 
Debrief (via interpreter): she says that the 'agent' promised a cleaning job in an office in Manchester for 1,500 euro, but she was taken straight to a flat and told to see men. ## DE ## ## S
I have not left this house in 2 years. ## RM ## rmv ## 
Vietnamese boy (says 15) found in a grow in Stoke, says 'they told me if police come, run or they will hurt my family'. ## AV IT ## foa ## C ## i
The agency took my passport 'to check', I asked 6 times, they always say next week. ## RD ## dt ## L
Men at the tyre shop sleep in the back on car seats, owner locks the shutter at night with them inside. ## RM AC ## saw rmv ## L ## i
She told the nurse she does not know the name of the street where she lives, the man drives her to work. ## IS ## iso et ## 
2/B/P Intel: MUKHERJEE supplies Indian students to his food factory, charges them for 'visa help' and rent, debt never paid off. ## DB ## uf ## L
Debrief: Eritrean woman, came via Libya. In the UK she cleaned a house for a family who said she owed them for the boat. No money, not allowed to phone. ## DB WW IS AV ## iso ## D
Kidney removed in a clinic in Egypt after I was told it was a medical test for a job abroad. ## DE PV ## ## O
2/C/P Sources suggest donor recruitment for kidney sale targeting poor Bangladeshi men in East London, promised £5k, operation in India. ## AV DE ## ## O
Boss gets angry if we talk to customers. We are not allowed to speak English to anyone. ## IS ## iso ## L
He keeps all our ID in his car glovebox and says we get it back when the debt is paid. ## RD DB ## dt ## 
They brought me in a lorry, said work 2 months for them, now it is 2 years. ## DE DB ## ## 
Polish man with no teeth and bad sores working on the landscaping crew, lives in the boss's caravan, 'paid in beer'. ## AC WW ## pa plc ## L
1/A/P Female seen at window of flat 3B waving a note saying HELP, male arrived and pulled curtain. ## RM ## rmv ## ## i
The lady said to me I am like her daughter, so I don't need wages, I must just help in the house. ## WW ## ## D
Message to the helpline: my brother in Leicester is working in a clothes factory, they threatened to break his legs if he leaves. ## IT ## ## L
Girl 16 in care repeatedly found in Airbnb flats with different men, advertised on a website. ## AV ## ## S ## h
Bank: new accounts for 9 Romanian nationals all list same mobile number and same employer; cards delivered to one flat. ## ## mbc ## 
We worked on the trawler for 4 months and he said pay at the end, at the end he said the catch was bad and paid nothing. ## DE WW ## ## L
Albanian lad 17 says he was brought on a boat and told to work in a cannabis house to pay the £20k. ## AV DB ## ## C ## h
Probation: client says the gang took his ID and used it to open phone contracts and credit in his name. ## RD ## dt ## C
Woman begging outside station always dropped by a man in a Mercedes at 7am, picked up at 7pm, he takes the cup. ## WW ## cedl ## C
The boss said nobody will believe you, you are nobody here, you have no papers. ## AV ## foa ## 
I was working in the kitchen since I was 13, they said my father sold me to pay his debt. ## AV DB ## ## L
He made me have an abortion and then I had to work again the next day. ## PV ## ## S
A&E: male approx 20 with untreated hand injury from a bench saw 2 weeks ago; 'boss' would not let him go to hospital. ## AC RM ## pa rmv ## L
Domestic worker ran from employer's house in Knightsbridge, had been working from 6am to 1am with no day off in a year. ## EO ## lh ## D
They said I will be a model. It was a webcam room, and they keep the money. ## DE WW ## ## S
Intimidation: the gangmaster parked outside my new job and said he knows where my children go to school. ## IT ## ## L
She looks after the old man day and night, the son pays her £100 a month and says it's enough because she eats there. ## EO WW ## lh ## D
Long-term missing boy 15 found in Aberdeen holding 40 wraps, says he has to pay back £2k of 'lost' drugs. ## AV DB ## ## C ## h
He takes my phone every night and gives it back in the morning so I can only call him. ## IS ## iso ## 
Stood all day in the fish factory, no break, the supervisor says toilet only 2 times. ## AC ## ## L
We don't go out, the boss brings food. I don't know what city this is. ## RM IS ## rmv iso ## 
Worker says the employer's solicitor has his passport and he is told he'll be arrested if he asks for it. ## RD IT ## dt foa ## 
Care visit: learning-disabled man's 'friends' moved in, use his flat to sell drugs and take his PIP money. ## AV ## ncw ## C
The recruiter in Manila took my placement fee of 3 months salary and said the job in UK is nurse, but I am a cleaner in a private house. ## DE ## uf ## D
At the farm there is a list of fines: late 10 pounds, talk 5 pounds, broken box 20 pounds. I have nothing at end of month. ## WW ## ## L
Man promised driving job arrives and is told he must first work on a building site for free to 'pay for the visa'. ## DE DB ## ## L
1/B/P Male known as 'Kosta' holds passports of 11 Bulgarian workers at meat plant; workers transported in his minibus at £5 per day. ## RD ## dt ct ## L
I could not call my family for 8 months, the madam said it would cost too much. ## IS ## iso ## 
The men were forced to fish 20 hours a day, beaten with rope, and kept on the boat in port. ## EO PV RM ## lh rmv ## L
Long (caseworker summary): Client, female, 24, Romanian, met a man online who said he loved her and would get her a job in a bakery in Leeds. On arrival he took her ID card 'for the job' and she was taken to a flat in Bradford. Two other women were there. She was told she owed £2,000 for the trip and had to see men to pay it. He collected all the money from each client. When she refused once he hit her across the face and said her little brother in Craiova would pay for it. She was not allowed out except to buy cigarettes with him. She left when he was arrested on an unrelated matter. The other two women returned to Romania. ## DE RD DB WW PV IT RM ## dt rmv ## S
Long (police log): 04:15 hrs call from member of the public reporting a male running along A1 in work boots and no coat. Officers located male, Lithuanian national, 41, distressed. Through Language Line he states he works at a chicken farm near Thirsk, lives in a static caravan with 7 others, and the 'brigadier' takes their wages for 'rent and debts'. He says that tonight the brigadier punched him for asking for money and he ran. He has no ID; says the brigadier holds it. He has injuries to his mouth. Taken to hospital; NRM explained, consents. Farm address to be identified, other workers may still be there. ## PV WW RD AC ## oc dt pa ## L ## i
Long (safeguarding): Referral from school DSL regarding pupil, 14, female. Over the last month she has arrived late and tired, with a new iPhone and nails done. Friends report she meets 'Tyler', 22, after school, who drives her to 'parties' in other towns. Last Friday she was reported missing and found at 3am in a flat in Reading with two adult males and alcohol. She told staff 'I have to go or he'll post the pics'. Mother works nights and is unaware. Strategy meeting requested. ## AV IT ## ## S ## h
Long (NGO note): Met client at drop-in. He is from Sudan, 28, asylum refused and fearful of removal. A man from his community offered him a room and work at a hand car wash in Wolverhampton. He works 8am to 8pm six days, is paid £30 a day in cash and pays £60 a week for the room he shares with 3 others. He says the owner is strict but he goes to the mosque and visits friends, has his own phone and ID. He is not in debt. He asked for help with a fresh asylum claim. No indicators of forced labour beyond low pay; referred to immigration advice. ## ## ## ## l
Long (A&E): 23F attended with her 'husband' who insisted on staying and translating. When separated with interpreter she disclosed that she was brought from Pakistan after a marriage arranged by his family, that she cooks and cleans for 11 people, sleeps in the kitchen, has not been allowed to call her parents, and that her mother-in-law keeps her passport. Bruising to back consistent with being hit with an object. ## PV IS RD AC ## saw sfw dt iso ## D
Bathroom fitter complains customer has not paid final invoice. Civil. ## ## ## ## l
Referral withdrawn: worker at bottling plant confirmed he holds his own passport, is paid into his own bank, and was not threatened. ## ## ## ## l
"""

PART4 = r"""
New starters at the poultry plant charged £45 for wellies and overalls from first wages, then £30 a week for the minibus the supervisor drives. ## ## ppe ct et ## L
The interpreter notes that the man from the agency answered every question for the three women and told them not to speak. ## IS ## sfw iso ## 
Girl came to shelter with nothing, just the clothes she wore, no bag, no phone, says she ran from the flat where men visit. ## ## fpe ## S
They took my shoes at night so I could not run. ## RM ## rmv ## 
Driver collects the Slovak girls from the hostel at 5am for the laundry and takes them back after dark, they are never alone. ## RM ## cedl et rmv ## L
Man asked on the phone whether his employer is allowed to keep his passport. Employer had photocopied it and returned it the same day. ## ## ## ## l
Check on pop-up flat advert: woman, 38, British, works alone, books her own clients, no one else present. No exploitation. ## ## ## ## l
Report that a farmer locks workers in at night; visit found seasonal workers with keys to their own caravans and a fire exit. Unfounded. ## ## ## ## l
My boss is strict and the shifts are long sometimes but I get paid, I see my friends, he never said anything bad to me. ## ## ## ## l
"""

BLOCKS = [PART1, PART2, PART3, PART4]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for b in BLOCKS:
        rows.extend(parse(b))
    with open(os.path.join(here, "fresh102.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(rows, 1):
            r = dict(id="f102-%03d" % n, **r)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "texts")

if __name__ == "__main__":
    main()
