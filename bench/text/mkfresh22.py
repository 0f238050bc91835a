#!/usr/bin/env python3
"""Hand-written labelled texts for fresh22 (money, finance, partners emphasis).
Each entry: (text, indicators, signs, exploitation, risk) using short codes below,
expanded to the official codes when writing bench/text/fresh22.jsonl."""
import json, os

IND = dict(vul="abuse_of_vulnerability", dec="deception", mov="restriction_of_movement",
           iso="isolation", vio="physical_sexual_violence", thr="intimidation_threats",
           doc="retention_of_documents", wag="withholding_wages", debt="debt_bondage",
           cond="abusive_conditions", ot="excessive_overtime")
SIG = dict(pa="physical_appearance", isd="isolated", plc="poor_living_conditions",
           oca="overcrowded_accommodation", slw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

E = []
def t(text, ind="", sig="", typ="", risk="l"):
    E.append((text, ind, sig, typ, risk))


OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh22.jsonl")

def write():
    out = OUT
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
            rec = {"id": "f22-%03d" % n, "text": text,
                   "indicators": [IND[c] for c in ind.split()],
                   "signs": [SIG[c] for c in sig.split()],
                   "exploitation": [TYP[c] for c in typ.split()],
                   "risk": RISK[risk]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(E), "to", out)

import atexit
atexit.register(write)

# ---------------------------------------------------------------- texts
t("FINANCIAL INTELLIGENCE ALERT – 14 current accounts opened Jan–Mar at 22 Cottam Road, Leicester LE4. All account holders Romanian nationals aged 19–41. Salary credits from STAFFLINE-type labour provider arrive Friday pm and are withdrawn in full at the same ATM within 40 minutes on Saturday. CCTV at ATM shows one male using several cards in succession. Holders have not logged in to online banking since opening.",
  "wag", "ncw mbc", "L", "m")
t("Payslip review (caseworker): week 32 gross £412.50, deductions 'accommodation £120, transport £45, admin £30, loan repayment £190'. Net paid £27.50. Client says this happens every week and the loan is what he was told he owed for the flight and the job.",
  "wag debt", "ncw ct", "L", "m")
t("Mr Ahmed raised a grievance with the agency because his holiday pay for August was paid two weeks late. The agency apologised, paid it with the next payroll and he is happy with the outcome. He has his own bank account and works 37.5 hours.",
  "", "", "", "l")
t("GLAA inspection, Fenland packhouse. Licence holder could not produce records of right-to-work checks for 6 workers. Workers interviewed individually; all paid into their own accounts at or above NLW, hold own ID, live in own rented homes. Licence conditions added for record keeping. No worker exploitation identified.",
  "", "", "", "l")
t("they take ALL our money, boss have bank card for everybody, we get £30 on sunday for food thats it. working in car wash 8 till 8 every day no day off",
  "wag ot", "ncw lh", "L", "m")
t("2/B/P INT suggests nom POPESCU Ionut controls approx 9 males working at Shine Hand Car Wash, Bilston Rd. Workers' wages paid into accounts in POPESCU's name. Workers housed above unit, mattresses on floor. POPESCU always present when customers speak to staff.",
  "wag cond", "ncw plc slw sfw", "L", "m")
t("I am paid £6 an hour at the takeaway which is less than the minimum wage, but I get the cash myself every Friday and I can leave when I want. I just want to know my rights.",
  "", "", "", "l")
t("Bank fraud team: 31-year-old customer opened account in branch accompanied by a man who answered every question on her behalf and kept hold of her passport and the new debit card as they left. Customer appeared nervous and did not speak English.",
  "doc", "sfw dt ncw", "", "m")
t("DWP referral: Universal Credit claims for five Slovak adults all list the same mobile number and the same email address. Payments go into three accounts, all accessed from one device. Claimants spoken to say a 'friend' helped them claim and they have never seen the money; they work at a recycling yard for him for food and a room.",
  "wag", "ncw", "L C", "m")
t("Her elderly father's pension goes into her brother's account and the brother pays the care home. Father has dementia; social worker is content arrangement is in his interests under LPA.",
  "", "", "", "l")
t("Victim account (via interpreter, Vietnamese): He says that in Vietnam the man promised him a job in a nail salon with good money. When he arrived they said he owed £18,000 for the journey. He did nails seven days a week and never got paid, the boss said all the money went on the debt and it was still £15,000 after a year.",
  "dec debt wag ot", "lh ncw", "L", "h")
t("101 call: caller reports men working at a building site next door from 6am until 10pm, including Sundays. Caller doesn't know any more than that, says they look 'worn out'.",
  "ot", "lh pa", "L", "m")
t("Council licensing visit to Golden Nails, High St. Three technicians present, all with contracts, payslips showing NLW and holiday pay. Owner produced right-to-work checks. One technician said she had a dispute about a deduction for a broken lamp last month but it was refunded. No concerns.",
  "", "", "", "l")
t("HMRC: PAYE records for Kestrel Staffing Ltd show 212 workers paid in March but only 4 bank accounts receiving the net pay. Payroll contact says workers 'prefer the agency to manage their money'. Referred to GLAA and police.",
  "wag", "ncw mbc", "L", "m")
t("I work in the hotel laundry through the agency, they take £95 a week for the house, there is 12 of us in a 3 bedroom house, two in the living room. What is left is maybe £60 from 48 hours. They said the house would be free when I came.",
  "wag dec cond", "oca ncw", "L", "h")
t("Ms KOWALSKA states she was paid less than she expected because she did fewer shifts in January. She agrees the hours on the payslip are correct.",
  "", "", "", "l")
t("SAFEGUARDING REFERRAL (Adult Social Care). Adult with learning disability, Gary, 44, has been 'helping out' at a farm for the last 3 years. Farmer's wife collects Gary's PIP and ESA from the post office and he is given £10 on a Saturday. Gary sleeps in a caravan without heating and works with the cattle from 5am. He doesn't know he is entitled to wages and cannot read.",
  "vul wag cond ot", "ncw plc lh", "L", "h")
t("Multiple bank cards found in the glovebox of VRM KX19 ABC on stop check – 11 cards in different names, all female. Driver NEGRU stated they belong to 'the girls' and he keeps them so they don't lose them.",
  "", "mbc ncw", "", "l")
t("Just seen a lad of about 14 being handed a bag by a man in a black Merc outside the Co-op, the kid looked terrified and the man grabbed his arm and said 'you know what happens if it comes back short'. This happens most days after school.",
  "vul thr", "", "C", "h")
t("Lily (Filipina, 38) came with a diplomatic family as a domestic worker. Says she sleeps in the children's room on a mat, works 6am to midnight, has had no salary for 14 months because 'Madam sends it to my family' — her family confirm they have received nothing. Madam holds her passport.",
  "wag ot doc cond", "lh dt slw ncw", "D", "h")
t("Anonymous report: house on Moss Lane - loads of different blokes coming and going, cars all night, a young girl who doesnt look more than 15 answers the door in her dressing gown, older man always there",
  "vul", "", "S", "h")
t("Agency worker says the agency charged him £50 for his hi-vis, boots and helmet on his first week and takes £25 a week for the minibus to the warehouse. He still gets around £390 a week and has his own account.",
  "", "ppe ct", "", "l")
t("Bank AML referral: account of Ms Elena DUMITRU receives weekly wage credits from a food factory (c. £430). Every payday the full balance is transferred within minutes to an account in the name of Vasile DUMITRU, who also receives transfers from 6 other factory workers. Ms DUMITRU's mobile banking is registered to a device also used by the 6 others.",
  "wag", "ncw", "L", "m")
t("My landlord takes the rent straight out of what I earn because I work in his shop. It is agreed in my tenancy and he gives me a payslip showing the rest, about £1,100 a month, which goes to my account. I'm fine with it.",
  "", "", "", "l")
t("3/C/P INT suggests female known as 'Mimi' working from flat 4, 19 Harbour View is being made to see up to 10 men a day and hand over all money to a male who drives her to the flat each morning.",
  "wag", "et ncw", "S", "h")
t("Victim debrief (Albanian male, 22): 'They brought me on the lorry, then told me I had to look after the plants in the house until I pay 20 thousand. The windows were covered, door locked from outside, food brought once a week. If I tried to leave they said they would kill my sister in Tirana.'",
  "debt mov thr cond", "rm", "C", "h")
t("OIC handover: cuckooed flat at 7 Ravens Ct. Occupant (vul adult, heroin user) reports nominal 'T' and two youths using flat to deal from for last 3 weeks. T pays him in gear. Occupant stated he wants them out but scared of them. Youths approx 15-16, believed from London.",
  "vul", "foa", "C", "h")
t("School DSL: Year 10 pupil Jayden has new trainers, two phones and large amounts of cash. Missing from home 3 times this month, found in Margate once. Says he is 'doing jobs for a friend'. Mum reports an older male texting him late at night telling him he owes £600 after he 'lost' a package.",
  "vul debt", "", "C", "h")
t("Payroll audit of Rosebank Care Home: all 26 carers paid direct to own accounts, overtime voluntary and paid at time-and-a-half. Two sponsored workers spoken to – hold own passports, no debts to employer, no fees paid. No concerns.",
  "", "", "", "l")
t("Care worker sponsored from Kerala, told she'd get £11.95/hr and 39 hours. Has had about 10 hours a week since March. Agency demanded £9,000 'sponsorship fee' before she came and now says she must repay £4,000 more if she leaves. She sends what little she gets home.",
  "dec debt", "uf", "L", "m")
t("Car wash, Stoke. Workers paid £50 per day in cash, all on books, hours 9-6, living in own rented flats. Owner asked for advice on payroll. No indicators.",
  "", "", "", "l")
t("We was promised work in a hotel in london the man in Bucharest said £1,500 a month. In the end we cleaned chicken in a factory in Norfolk and the money went on a card the boss kept. He gives us £40 every week for food. 7 of us in one room.",
  "dec wag cond", "ncw oca", "L", "h")
t("Crime report: theft from employer. Cashier at petrol station took £300 from till over 2 weeks. Admitted, says she was behind on her rent. No further concerns.",
  "", "", "", "l")
t("Witness statement (extract): I used to give Marius a lift sometimes. He told me his boss Florin keeps all the lads' bank cards in a tin in the kitchen and gives them the PIN only when he wants them to take cash out for him. Marius said the boss takes out 'rent' of £100 each and 'the debt' and they get whatever's left, which is usually nothing.",
  "wag debt", "ncw mbc", "L", "m")
t("A&E note: Male 30s, Polish, fell from scaffold. Came with supervisor who refused to leave, answered questions. No NI number, says he has worked for 2 months and 'has not been paid yet because the first money pays for the house'. Supervisor took patient's phone.",
  "wag debt iso", "sfw isd", "L", "h")
t("Student (Chinese national, 20) reports losing her passport on the train to Manchester. Reported lost to embassy. Lives in halls, part-time job in a café, no other concerns.",
  "", "", "", "l")
t("Employment tribunal summary: claimant alleges unfair dismissal and says she was underpaid holiday pay by £240. Employer disputes calculation. No allegation of coercion.",
  "", "", "", "l")
t("Online report: theres a woman next door at number 12 who does all the cleaning and cooking for the family, shes never allowed out alone, they shout at her in another language, ive seen her hanging washing at 11pm. shes got no phone. she said to me once 'no money, madam keep'",
  "wag mov iso ot", "rm isd lh ncw", "D", "h")
t("1/A/P Source states PATEL runs 3 restaurants in Leicester. Kitchen staff recruited from Gujarat via his cousin, each paying Rs 6 lakh for a visa. Staff live above the restaurants, work 14 hr days, receive £200 a month, remainder 'kept against what they owe'.",
  "debt wag ot cond", "uf lh slw ncw", "L", "h")
t("Nigerian woman (26) told the Salvation Army that a 'madam' brought her to Italy then the UK after a juju oath in Benin City. She owed €35,000. Every penny from the men went to the madam. She was beaten when she brought back too little. She thinks her mother will die if she breaks the oath.",
  "debt wag vio thr", "ncw", "S", "h")
t("Bank alert — dormant account of 78-year-old customer suddenly receiving £200 transfers from 9 unrelated people and paying out to crypto. Customer says her 'online boyfriend' asked her to help. Money mule / romance fraud suspected.",
  "vul", "", "C", "m")
t("the farm boss drives us to the field at 4am and back at 10pm, charges £10 each day for the van, we sleep in the barn with no toilet",
  "ot cond", "ced ct lh slw plc", "L", "m")
t("Neighbour dispute: complainant says the family next door run a business from home, vans parked all day, workers arriving 8am and leaving 5pm. Council planning informed. Workers are local, paid, go home each evening. No welfare concerns.",
  "", "", "", "l")
t("POI 'Uncle Li' holds the passports of 4 women working at the massage parlour on Queen St 'for safe keeping'. Women sleep on the massage tables after closing. Customers pay at the desk to Uncle Li; women receive tips only.",
  "doc wag cond", "dt slw ncw", "S", "h")
t("Prison note: HMP Wandsworth. Prisoner (Vietnamese, 17 at time of arrest) convicted of cannabis production. States he was locked in the house, given rice and noodles, told he owed money for his travel and that his family would be hurt if he ran. NRM referral made by prison.",
  "vul mov debt thr", "rm", "C", "h")
t("Everyone at the plant gets paid through the agency on Friday, rate is £11.44, some of the lads say it's not enough for the hours but it all comes into our own banks.",
  "", "", "", "l")
t("Council housing officer: HMO at 88 Whitley Rd, 4 bedrooms, 17 men found living there, sleeping in shifts. All work at the same chicken factory via 'Ricardo', who collects rent of £80 per man weekly from their wages before they're paid.",
  "cond", "oca ncw", "L", "m")
t("Boss keeps our passports in the office safe.", "doc", "dt", "", "m")
t("Two lads at the car wash say they get £20 a week pocket money, rest 'sent home' by the gaffer.", "wag", "ncw", "L", "m")
t("Nail bar on Kings Rd: girl of about 16 working, told me she lives with the owner and doesnt go to school.", "vul", "", "L", "h")
t("Customer paid for his car wash by card, the lads were friendly and said they were paid weekly. Nothing odd.", "", "", "", "l")
t("I never got my ID back after the bank account was set up.", "doc", "dt", "", "m")
t("Caller states her son (16) has been missing 4 days and has texted saying he 'can't come home till the debt is done'.", "vul debt", "", "C", "h")
t("Man at the food bank said his wages go on a card the foreman keeps.", "wag", "ncw", "L", "m")
t("Lost wallet handed in at the front counter, contains bank cards and a Romanian ID card, owner traced and collected.", "", "", "", "l")
t("Agency driver collects the women at 4.30am and brings them back after 9pm, they pay him £8 a day each.", "", "ced ct", "", "l")
t("Wife reports husband is controlling of their joint finances and she has no access to the account. Domestic abuse referral to IDVA. No work or exploitation described.", "", "ncw", "", "l")
t("Debrief (Eritrean male, 19, via Tigrinya interpreter). He says he crossed from Libya and the smugglers in Libya held him in a warehouse until his family paid $4,000. In the UK a man from the same town offered him work at a car wash in Birmingham and a bed. He says he worked from eight until it got dark, every day. The man said he would pay him at the end of the month, then at the end of the next month. After four months he had received £150 in total. He says the man told him that if he went to the police he would be sent back to Eritrea, and that the police there would kill him. He slept in a back room of the car wash with three other men on cardboard. He left when a customer gave him the number of a charity, carrying only a plastic bag with a spare shirt.\n\nHe does not have any ID; his papers were lost at sea.",
  "wag ot thr cond vul", "lh slw plc foa fpe", "L", "h")
t("Hotel GM statement: housekeeping staff supplied by Pristine Hospitality Services. We pay the agency £13.20 per hour per room attendant. Two of the attendants told our HR manager in confidence that they receive nothing themselves; their 'manager' takes their bank cards and gives them £50 a week. They share a house with 14 others that the manager rents. They start at 7 and often finish at 8, six or seven days. We have suspended the contract and contacted police and the GLAA.",
  "wag cond ot", "ncw oca lh", "L", "h")
t("Ben (British, 37, homeless, alcohol dependent) was picked up outside a hostel by a man offering cash work tarmacking. He spent 2 years travelling with the family's crews, sleeping in a horsebox, given cans and tobacco and occasional £10. He says he was kicked when he asked for wages and told 'you'll never find anywhere else, nobody wants you'.",
  "vul wag vio cond", "plc", "L", "h")
t("Routine GLAA licence application inspection: Greenfield Labour Ltd supplies pickers to 3 farms. Workers' accommodation is in static caravans, max 4 per caravan, all with heating, kitchen and shower. Rent £55/wk, itemised on payslip, workers can choose to rent privately. Pay is hourly above NLW with piece-rate bonus. Workers' passports seen in their own possession. Licence granted.",
  "", "", "", "l")
t("Bank customer contact (branch notes): Young woman came in with a man who did all the talking and asked to add him to her account as a 'trusted person'. When he went to the cash machine she wrote on the back of the form 'he take my money please help'. Staff called police; police attended.",
  "wag", "sfw ncw", "", "m")
t("I'm a bricklayer on a site in Croydon. There's a gang of Romanian lads work for a subbie who pays them in cash on site on a Friday, they seem happy, they go to the pub with us. No worries there, I just think they're underpaid compared to us.",
  "", "", "", "l")
t("4 VIETNAMESE FEMALES found during warrant at nail bar, 112 Market St. All state they live above shop. Rooms padlocked from outside at night by manager TRAN. None could give address of premises. Hands showed chemical burns. Each female had one small bag of clothes, nothing else. Referred NRM.",
  "mov iso cond", "rm isd pa slw fpe", "L", "h")
t("SALVATION ARMY CASE NOTE – client D. (Polish, 54). Recruited at Gdańsk bus station by a man promising warehouse work at £9 an hour and free housing. On arrival his ID card was taken 'for registration with the agency' and never returned. He was taken to a bank to open an account and the controller kept the card and PIN. Worked in a recycling plant 12 hrs/day. Says he received only £20 on Sundays and some food. Controllers lived in the same house and shouted at anyone who complained; a man who argued was punched in front of others.",
  "dec doc wag ot vio", "dt ncw lh", "L", "h")
t("ok so my cousin works at the chippy on Fore St and the owner makes her work 70 hours and pays her for 40 but she has her own money and lives at home and she says shes looking for another job",
  "ot", "lh", "", "m")
t("Agency worker complaining his last payslip was short by one shift. Payroll checked, clocking error, corrected the following week.", "", "", "", "l")
t("INT 2/C/C (not to be disclosed to the subject): STEFAN Bogdan is said to control roughly 20 Roma adults from Brasov begging in Manchester city centre and collecting all takings at the end of each day. Beggars receive food and a floor to sleep on at 21 Derby St. Some beggars are disabled. Condition: do not disclose source location.",
  "wag vul cond", "ncw oca", "C", "h")
t("Forced marriage unit: 17-year-old girl, British Pakistani, taken to Mirpur on 'holiday'; passport taken by her uncle; told she will be married to a cousin and can only return to the UK after. Called her teacher from a friend's phone.",
  "vul doc mov", "dt rm", "", "h")
t("I worked in the massage shop. The man said it was a massage job only, real massage. After one week he said I must do sex with the customers or pay back my ticket £3,000. I did not want. He hit me on my face. I gave all money to him, he gives me money for cigarette.",
  "dec debt vio wag", "ncw", "S", "h")
t("Call from taxi driver: picked up a girl in school uniform from a hotel in Rochdale at 2am, man paid the fare in cash and told me to drop her 'home', she was crying and smelled of alcohol.",
  "vul", "", "S", "h")
t("Person arrested for shop theft (Boots, £240 of fragrance). Said she is addicted to crack and steals to pay her dealer. No indication anyone directs or controls her.", "", "", "", "l")
t("Safeguarding concern: Mrs Begum (70) appears to be doing all the childcare, cooking and cleaning for her son's family, she is up at 5 and works until late. However she says she is happy, goes to the mosque and to her friends' houses, has her own pension and phone. No concerns about servitude at present.",
  "", "", "", "l")
t("Sudanese man, 24, says the boat people in Calais told him the crossing was free if he worked in England for a while. In England he was sent to a cannabis farm in a house in Kent and told he owes £10,000. He was not allowed out; the men brought food and took his phone.",
  "dec debt mov iso", "rm isd", "C", "h")
t("Construction site, Salford. GLAA/HSE joint visit. Labourers have no PPE unless they pay the gangmaster £60. Several have no contracts. Gangmaster pays them cash, approx £70/day. Workers live in their own accommodation. Referral to HSE for safety breach; no forced labour indicators.",
  "", "ppe", "", "l")
t("£££ cash only, girls new in town, 24/7, outcalls, no rush, 07700 900123 — all pics real. Two of the girls in the pics look really young and one has a bruise on her arm. I think they are being moved around.",
  "", "pa", "S", "h")
t("URGENT 999: female states she is locked in a bedroom at 14 Clarence Terrace by her 'employer', has not been paid, he has her passport. Says he has gone out and will be back tonight and said he'd kill her if she told anyone. Units dispatched.",
  "mov wag doc thr", "rm dt", "D", "i")
t("My sister went to Dubai as a maid and they took her phone and she can only call us once a month when the madam allows, the madam shouts at her and they take her salary to 'save' it for her. She wants to come home but they say she must pay back the agency fee first.",
  "iso wag debt", "isd ncw uf", "D", "h")
t("HMRC NMW enforcement: Chinese takeaway paid two chefs £300 per week for 72-hour weeks. Chefs have own accounts and live at home with families. Arrears of £14,500 ordered. No evidence of coercion or control.",
  "ot", "lh", "", "m")
t("Man with a suitcase at Stansted said he was coming to work as a chef, but had no address and the contact who 'arranged the job' had his passport until he reached passport control. Border Force referred to safeguarding team; contact's phone is off.",
  "doc", "dt", "", "m")
t("Kidney transplant patient, 52, attended renal clinic for routine review. Donor was his brother at Royal Free in 2019. Graft functioning well.", "", "", "", "l")
t("Unseen helpline log: caller from Pakistan says his brother was promised a kidney transplant job... no, he says his brother was told he'd get £5,000 and a job in the UK if he 'donated' a kidney to a rich man in a clinic abroad. The brother had the operation, received £800 and no job, and is now very ill.",
  "dec vul", "", "O", "m")
t("Prisoner at HMP Pentonville (Albanian, 29) states that in 2023 a man in Durrës told him he could earn good money 'gardening' in England. He was driven from the lorry straight to a house where he lived in one room for 8 months with the lights and fans. The door was nailed shut from outside, food came through the window. He was told that his debt for the journey was £25,000 and grew because of the electricity and food. When he asked to leave, they showed him a video on a phone of a man being beaten with a bar and said 'this is the last one who asked'.",
  "dec mov debt thr cond", "rm", "C", "h")
t("Customer complaint to a bank: 'I am not happy that the money from my job goes to my account and my uncle takes it.' Customer, 18, works in a family restaurant, lives with uncle. Card held by uncle. Customer has no access to statements.",
  "wag", "ncw", "L", "m")
t("My boss at the factory paid me late once in June because of a bank holiday, everything else is fine.", "", "", "", "l")
t("Victim account: 'He took me from Peterborough to Glasgow in his car and said I work in the flats now. I had to give him all the money, he kept it in a box. He had sex with me when he wanted even when I said no.'",
  "wag vio", "ncw", "S", "h")
t("Carer visiting Flat 9 notes client (learning disability) now has 'lodgers' – two young men who sell drugs from the flat. Client says they're his friends but they took his bank card and he hasn't eaten for two days.",
  "vul", "ncw pa", "C", "m")
t("Social worker visit: unaccompanied asylum-seeking child (Vietnamese, says 15) went missing from foster placement 3 weeks after arrival. Previously located at a nail bar in Bristol working for a woman he called 'auntie'. Phone with a Vietnamese number found in his room.",
  "vul", "", "L", "h")
t("Overheard in the chip shop queue: the lad behind the counter said his boss pays the rent on his flat out of his wages then gives him the rest, £280 a week for about 45 hours, and he's saving for a car.",
  "", "", "", "l")
t("GLAA intel: labour provider 'Mega Recruit' charging Bulgarian recruits £300 'registration fee' before travel; workers placed at mushroom farm. Workers interviewed: they paid the fee, but are now paid properly into their own accounts and can leave. Fee unlawful (Conduct of Employment Agencies Regs). No coercion.",
  "", "uf", "", "l")
t("Ukrainian woman, host said she must clean his house and cook and care for his mother 'in return' for the room, 10 hours a day, no money. She was afraid to leave as he said he would report her to the Home Office and she'd lose her visa.",
  "wag ot thr vul", "lh foa", "D", "h")
t("Police Scotland: fishing vessel 'Harvest Dawn' boarded at Peterhead. Three Filipino and two Ghanaian deckhands on transit visas. They state they have not been paid for 7 months, the skipper holds their passports and they are not allowed ashore. Work up to 20 hours a day when hauling.",
  "wag doc mov ot", "dt rm lh slw", "L", "h")
t("Crimestoppers: man at 3 Greenway uses young girls to sell cannabis for him and pays them in vapes.", "vul", "", "C", "h")
t("He says he knows where my mum lives in Craiova, he showed me a photo of her house on his phone.", "thr", "", "", "m")
t("The staff are paid properly, the owner drives them home at night and nobody lives on site. Inspection closed.", "", "", "", "l")
t("Probation: service user (Brit, 19, on licence) disclosed that his older 'mate' pays him £50 to take bank transfers into his account and withdraw them in cash. He was told if he stops, the mate will tell police it was all him. He is scared.",
  "thr", "", "C", "m")
t("Midwife booking appointment: Romanian woman, 19 weeks pregnant, accompanied by a man who insisted on staying and answered for her, says she works 'in the flat'. She had bruising on her upper arms. When alone briefly she said 'no money, he takes'.",
  "wag", "sfw pa ncw", "S", "h")
t("Pay went in and came straight out again, every single week, same cashpoint, same bloke with a wad of cards.", "", "mbc ncw", "", "l")
t("Enquiry from an employment agency: a new starter asked us to pay his wages to his brother's account because he has no UK account yet. We explained we can only pay the worker and helped him open a basic account. He now has his own card.", "", "", "", "l")
t("Waste recycling site, Tipton. Workers sorting by hand on a conveyor, no gloves, no masks, in temperatures below freezing; foreman says they 'don't need paying until the quarter end'. None has been paid since they started in September.",
  "cond wag", "", "L", "m")
t("NAT WEST FINANCIAL CRIME – INTERNAL SAR SUMMARY\nSubject: account cluster at 5 Albany Road, Wisbech PE13.\nBetween 02/06 and 30/09, 23 personal accounts were opened across four banks giving this address. Holders are Lithuanian and Latvian nationals, 18–60. All receive weekly credits from two labour providers supplying a vegetable packhouse (approx. £310–£380 each).\nPattern: on each payday, cash withdrawals of £300 at the Tesco Extra ATM between 06:02 and 06:19, using up to 9 cards per visit. Same mobile phone number on 17 of the accounts. A single IP address logs into 20 of them. Two account holders called the bank to say they had 'never received a card'.\nAssessment: the holders do not appear to control their accounts; their earnings are being taken by a third party. Referred to police and GLAA.",
  "wag", "ncw mbc", "L", "m")
t("They said no fee but when I got to the farm they took £400 for the 'visa paperwork' out of my first two weeks of pay. After that I got all my money, it was fine, I just think it was wrong.", "", "uf", "", "l")
t("She says her employer in Kensington kept her passport, took her phone on the first day and never let her leave the flat except to walk the children to school with the driver. She slept on the floor of the laundry room. She was paid nothing for nine months; the employer said the salary was being 'sent to your family in Manila'. The family say they have not had a peso.",
  "doc iso mov wag cond", "dt isd rm et ncw slw", "D", "h")
t("Report via app: two Chinese women at 'Oriental Health Spa', Unit 4, never seem to leave, man brings shopping in, blinds always down. Could be nothing but worried.", "", "", "S", "h")
t("DC NOTES – 13/05 – Victim SHKODRA (Alb, 20) disclosed he was 'sold' to a second gang for £5k. New gang told him he now owed them £5k plus interest. Was beaten with a hose when a crop failed. Arrested at grow in Hull; s45 defence likely.",
  "debt vio", "", "C", "h")
t("GP consultation: 29 y/o Indian male, works at a sweet factory. Says supervisor is strict and pay is low but he is paid monthly into his account, lives with his wife, and is thinking of changing jobs. Presenting complaint back pain. No safeguarding concern.", "", "", "", "l")
t("My friend works in a warehouse through the agency and she say the agency take £5 a week for her to have a payslip emailed, £10 admin. She still gets like 300 something. Is this legal?", "", "", "", "l")
t("Man at the bus station said 'my boss is my uncle, he is keeping my money safe because I am young, I will get it when I go home'. Looked about 17, working at a car wash on Gorton Rd.", "vul wag", "ncw", "L", "h")
t("Council Trading Standards test purchase at 'Lux Nails': staff appeared very young, one said she was 15 and had come from Vietnam with her 'aunty'. Referred to police and children's services same day.", "vul", "", "L", "h")
t("1/B/P INT suggests UK-based Nigerian female known as 'Mummy G' recruits women in Lagos with offers of hairdressing jobs in London. On arrival women are told they owe £40,000 and are placed in flats in Luton and Milton Keynes to sell sex. Their passports are taken by Mummy G.",
  "dec debt doc", "dt", "S", "h")
t("Anon: the lads from the car wash all get dropped off in a white van at 7 and picked up at 9 at night by the same fella, they never talk and go straight in. They dont look too good, thin as anything.", "", "ced et pa", "L", "m")
t("Lodger (Polish, 41) told his landlord he could not pay the rent because his wages were late this month; landlord agreed a week's extension. Tenancy otherwise in order.", "", "", "", "l")
t("Referral by Kalayaan: Ethiopian domestic worker, 31, entered on an Overseas Domestic Worker visa with a Saudi family. Says she worked from 6am until 1am with no day off, was not allowed to eat until the family had eaten, and was given leftovers. Was slapped by the employer's wife. Salary of $200 per month promised in her contract has not been paid since arrival; the employer says it is paid to the agency in Addis. She ran away when the family were at Harrods.",
  "ot cond vio wag", "lh ncw", "D", "h")
t("Boss said we have to pay £20 for the hard hat and £35 for the boots or we can't start, then the van is £10 a day. Each week there is another deduction. Pay for 50 hours last week came to £41.",
  "wag", "ppe ct ncw", "L", "m")
t("Woman in her 60s begging outside Marks most days. Man drops her off in a silver Astra each morning and takes the cup off her at lunch and again at 5. She has a bad leg and can barely walk.",
  "vul wag", "ced et ncw pa", "C", "m")
t("An employee has asked HR to stop paying part of her salary to a 'savings account' that she says her manager set up for her when she started. HR found the account belongs to the manager. Manager suspended, police informed. Employee (from Sri Lanka) says the manager had also kept her residence permit 'for checking'.",
  "wag doc", "ncw dt", "L", "m")
t("Neighbour complaint: noise from house parties every weekend, lots of young people. Officers attended; party with students, no concerns about exploitation.", "", "", "", "l")
t("Intel log 2/B/P: Address 44 Elm Gr used for cuckooing. Resident JONES (vul, MH) says 3 males from Liverpool took over 2 wks ago, keep his phone and bank card, he's not allowed to leave the flat on his own. They told him they'd burn the flat with him in it if he calls police.",
  "vul iso mov thr", "isd rm ncw foa", "C", "i")
t("Worker at bakery says he signed a contract for 40 hours but is asked to work 60 in the run-up to Christmas. Overtime is paid and optional; he chooses to do it for the money.", "", "", "", "l")
t("We don't get paid, the money for the house and food and the van and the debt is taken and we get nothing. Every month it's more.", "wag debt", "ncw ct", "", "m")
t("Teacher referral: pupil Amelia (14) has an older boyfriend (21) who picks her up from school in a car. She has been given a new phone and has been seen at a flat with other older men. She told a friend she has to 'be nice to his mates' because she owes him for the phone.",
  "vul debt", "", "S", "h")
t("Rough sleeper outreach: Latvian man (46) said he was taken from a soup kitchen in Boston to work on a farm, living in a caravan with 8 men, no water. He worked for 2 years and was paid £10 a week. The boss kept his ID card. He left when the boss 'sold' him to another farm.",
  "vul cond wag doc", "oca plc ncw dt", "L", "h")
t("Bank alert: a single debit card used at 6 different ATMs in one hour with PINs for 6 different accounts typed in sequence on the same machine — internally flagged as 'card farm'. Accounts belong to Romanian nationals employed by the same car wash. Balances emptied every Friday.",
  "wag", "mbc ncw", "L", "m")
t("Salvation Army first responder notes, client M. (Vietnamese, 23, female). Interpreter's account: She says she was told in Hai Phong that she would work in a restaurant kitchen in the UK for £1,200 a month. The travel cost $22,000 which her parents borrowed against their house. In London she was placed in a nail bar owned by a man called Anh. She lived in his house with four other girls and was driven to the salon and back each day. She was given £50 a month. Anh told her the rest went to pay her debt and her parents would lose their house if she stopped. He took her passport when she arrived and she never saw it again.",
  "dec debt wag doc thr vul", "et ncw dt", "L", "h")
t("A man asked the council if he can legally charge his lodger rent by taking it from the wages he pays him for working in his garage. He pays £12/hr. Advised on the accommodation offset rules.", "", "", "", "l")
t("999 – Caller is a girl aged 13, says she is at a house in Bradford with two men who have locked the door and won't let her leave, they gave her vodka. She doesn't know the address. Call cut off.",
  "vul mov iso", "rm isd", "S", "i")
t("We were 30 in one house. One bathroom. Mattress on kitchen floor. Rent £70 each from our pay.", "cond", "oca plc", "L", "m")
t("Victim statement: 'He never hit me, never threatened me. He just took all my wages and said I could have it when I go back to Slovakia. I never got any.'", "wag", "ncw", "L", "m")
t("Doctor's note: patient reports long hours on a salad farm, picking 10 hours a day in season, pay by piece rate into own account, happy with the job. Hay fever.", "", "", "", "l")
t("INT (3/C/P): unverified report that workers at Sunrise Foods are 'kept like prisoners'. Enquiries by GLAA: workers live in own homes, come and go freely, no debt, no ID retention found. Report unsubstantiated.", "", "", "", "l")
t("POI GJONI Arben (DOB 03/04/1991) believed to be collecting rent from 8 Albanian men living at 17 Park Rd and working at his cousin's car wash. Men pay him £100/wk each from wages. INT does not indicate coercion.", "", "", "", "l")
t("Forced to have sex with the boss's friends as 'payment' for the room.", "vio", "", "S", "h")
t("Interview (Sudanese, 20, via Arabic interpreter): He says he was working in a kebab shop in Coventry, 7 days a week from noon until 3 in the morning. He slept in the storeroom. The owner paid him £100 a week in cash. He says he did not complain because the owner said he would call the Home Office, and he has no papers.",
  "ot cond thr vul", "lh slw foa", "L", "h")
t("Romanian woman, 23, found in a pop-up brothel in an Airbnb in Sheffield. She said she came to the UK for a cleaning job her boyfriend found. Her boyfriend arranges clients online and she never sees the money, 'he keeps it for our future'. She has a black eye which she says was a fall.",
  "dec wag", "ncw pa", "S", "h")
t("The family said the girl was 'like a daughter' – she is 12, from Ghana, not in school, and does all the washing, cooking and cleaning for a household of seven.", "vul", "", "D", "h")
t("Airport note (Border Force, Heathrow T4): two Indian men arriving on skilled worker visas for a care agency in Walsall; both had paid £15,000 each to an agent in Hyderabad. They had letters from the sponsor. Referred to Home Office sponsor compliance; men continued to destination.", "", "uf", "", "l")
t("A woman rang to say her Filipina friend is being made to work in a house in Hampstead with no wages, the employers keep her passport, and she is only allowed out on Sunday for an hour to go to church accompanied by the driver.", "wag doc mov", "dt rm et ncw", "D", "h")
t("Care agency, Stockport: sponsored carers must repay £5,000 'training fee' if they leave within 3 years; contract clause seen. Workers paid correctly, hold own passports. Home Office informed of possible breach of sponsor guidance.", "debt", "", "L", "m")
t("Officer handover: Flat above Tasty Chicken – Bangladeshi male (approx 50) living in cupboard space, works in shop 'for food', says the owner 'looks after' his passport. Seemed confused, possible learning difficulty. Referral to ASC in morning.",
  "wag doc cond vul", "dt slw plc", "L", "h")
t("My brother cannot leave his job because they say he owes them for the work permit and it goes up every month with interest.", "debt", "", "L", "m")
t("Benefit fraud investigation: 12 Universal Credit claims made in the names of Czech Roma adults who were brought to the UK by the claimant's brother. The brother holds their bank cards and the claimants receive £15 a week each. They are also sent to work on building sites for no pay.",
  "wag", "ncw mbc", "L C", "m")
t("i seen the same man take the girls from the hotel to the other hotel every nite there like 16 17 they look drugged", "vul", "et pa", "S", "h")
t("Taxi driver regularly picking up men from a farm at 5am and dropping back at 11pm. He thinks they're well paid because they told him they're saving to buy a house back in Bulgaria.", "", "ced", "", "l")
t("Man told police he owed 'Sasha' for the flights and visa and had to work in the warehouse until it was paid. He hands over his bank card on payday and is given £25. The debt was £2,500 two years ago and is now £3,800.",
  "debt wag", "ncw", "L", "m")
t("NCA referral (OFFICIAL-SENSITIVE): Information from Turkish police that a UK-resident broker recruited a 24-year-old Moldovan man via a Telegram job group offering 'construction work in Istanbul'. On arrival in Istanbul he was taken to a private clinic, told the job had fallen through, and that he could clear his travel debt of €3,000 by selling a kidney. He says he was held in an apartment with two other men for a week, their phones taken, before the operation. He received €1,500 of the €10,000 he was promised. The broker is believed to travel regularly between Luton and Istanbul and to have arranged at least four similar 'donations' for UK-based patients.",
  "dec debt mov iso wag", "rm isd", "O", "h")
t("Renal team concern: patient returned from Pakistan with a new kidney and no paperwork about the donor. Says he paid an agent £30,000 and the donor was 'a poor man who needed the money'. Referred to HTA and police.", "vul", "", "O", "m")
t("Victim says the men took her to a flat in Leeds, her kidney was 'tested' and she was told she would be flown to Egypt to give it to pay off the money she owed them.", "debt", "", "O", "m")
t("Live kidney donation to his sister at Guy's, fully assessed by the Human Tissue Authority independent assessor. No payment or pressure. Recovery uneventful.", "", "", "", "l")
t("Social media ad in Urdu offering '£8,000 for a kidney, travel and hotel free' posted in a Bradford community group. The account running it has messaged several people who are in debt. One respondent, 19, was told he could pay off his family's loan.",
  "vul", "", "O", "m")
t("My neighbour's house is always full of men, 10 or 12 of them, they leave in a minibus at 6 and come back at 8, I think they work at the meat plant. They seem cheerful and I've seen them go to the shops and the pub. Only reporting because a friend said to.", "", "", "", "l")
t("ATM at 'Spar, Lowther St' – staff report a man comes each Friday morning and uses 10–15 cards, reading PINs from a notebook. He told the shop assistant he is 'getting the wages for the boys'.", "", "mbc ncw", "", "l")
t("HMRC/GLAA joint: Labour provider supplying 80 workers to a distribution centre deducts 'accommodation' at £140 pw for beds in shared rooms (4 to a room) in houses it owns, plus £25 pw transport and £15 pw 'insurance'. For a 30-hour week net pay is around £130. Workers say they cannot refuse the housing or the bus.",
  "cond", "oca ct ncw", "L", "m")
t("Text to the helpline: 'my employer hold my passport and visa card she say if I go she will tell police I steal. please help I in Surrey'", "doc thr", "dt foa", "", "m")
t("Police were called to a dispute between a restaurant owner and a chef about unpaid final wages of £600 after the chef resigned. Civil matter; chef advised ACAS. Chef rented his own flat and had left freely.", "", "", "", "l")
t("Intel: LEE Wei (Chinese, 44) is believed to manage women at 3 flats in Southampton. Women rotate every 2 weeks between cities, are not allowed out alone, and their earnings are collected daily by LEE. One woman has told a client she has no passport because 'Brother Lee keeps it'.",
  "mov wag doc", "rm ncw dt", "S", "h")
t("Woman (British, 33) with heroin addiction says her boyfriend puts her out on the street every night and takes everything she earns for 'our gear'. He hits her if she comes back with less than £100.",
  "vul wag vio", "ncw", "S", "h")
t("Catering company: seasonal kitchen porters recruited through a licensed agency, paid weekly to own accounts, holiday accrued, accommodation optional and at cost. Staff survey shows satisfaction. No indicators identified in audit.", "", "", "", "l")
t("Cannabis grow found at 9 Aston Way. Vietnamese male aged approx 16 present. Windows boarded, doors padlocked from outside, no key inside. Boy says he has been there 'since summer' and a man brings food every few days. Extreme heat and fumes. Boy to hospital.",
  "vul mov cond iso", "rm isd", "C", "i")
t("she works at the salon from 9 until 9 and then cleans the owner's house, the owner takes her wages for her rent and food so she gets nothing, she's scared to leave because she has no visa", "ot wag vul", "lh ncw foa", "L D", "h")
t("Statement from Polish worker: 'In the beginning the job was OK. Then they changed the rules, no more money in hand, all pay to the bank, and Tomasz had the cards. He said it was easier for him to pay the rent and bills. When I asked for my card he said I must first pay what I owe, for the car, the phone, the lawyer. I never had a car.'",
  "wag debt dec", "ncw", "L", "h")
t("A&E: female, 25, Albanian, presented with fractured wrist. Accompanied by male 'cousin' who refused to leave. Patient had no phone, did not know her address in the UK, and could not say how long she had been here. Staff concerned; safeguarding lead informed.",
  "iso", "isd sfw pa", "", "m")
t("Local paper: 'Three men have been jailed at Nottingham Crown Court for forcing vulnerable men to work on driveways for no pay. The victims, some of whom had learning difficulties and had been homeless, were housed in a filthy caravan and beaten if they tried to leave. One victim was made to work for 13 years.'",
  "vul wag cond vio", "plc", "L", "h")
t("I only work 16 hrs at Asda and it's not enough money, I've told my manager I need more hours.", "", "", "", "l")
t("The lorry driver told Border Force the 6 men in the back had paid someone in Belgium to come to the UK; they were smuggled, not trafficked, and said they had relatives in London to go to. Referred to Home Office.", "", "", "", "l")
t("Worker says: 'Every week the money comes to my account and on the same day Mr Singh's wife asks me to draw out everything except £30 and give it back to her, for the house and the visa money. If I don't, she says my husband in Punjab will have problems.'", "wag thr", "ncw", "L", "m")
t("Victim debrief (British, 16, male): he says an older lad gave him free weed and then told him he owed £300. To pay it off he had to go to Norwich and sell from a trap house for two weeks. He was not allowed to leave the flat. He was stabbed in the leg when money went missing.",
  "vul debt mov vio", "rm", "C", "h")
t("Cleaner via agency at a hotel says she was paid for 30 rooms a day at piece rate, which works out low, but she keeps all her money and rents her own room.", "", "", "", "l")
t("Hand car wash 'Supa Valet', Dudley. GLAA inspection. 7 workers. Manager produced payslips but workers said in private they receive £40 per day cash regardless of what the payslip says, the rest taken for 'house'. Workers live in a flat above the car wash with 3 mattresses between them. Two have no ID on them; manager says he holds it.",
  "wag cond doc", "ncw oca slw dt", "L", "h")
t("Helpline caller says her employer, a dentist, is very demanding and shouts a lot, she works 42 hours and is paid properly; she wants advice on bullying at work.", "", "", "", "l")
t("Intelligence: 'Rolex' line run from Birmingham into Shrewsbury. Runners aged 14-17 collected from school gates, given burner phones. One runner was told 'your little brother is next' when he tried to stop.", "vul thr", "", "C", "h")
t("2/B/C (cond: do not disclose to partner agencies without DI approval) – Source reports that MIRZA family in Slough have a young woman from Pakistan who cooks and cleans for the household, sleeps in the kitchen, and is never seen outside. She was brought over on a spousal visa to marry the eldest son but the marriage 'never happened'.",
  "cond dec iso", "slw isd", "D", "h")
t("He said the job was delivery driving but it was delivering drugs. When I said no he said I owed him for the car insurance.", "dec debt", "", "C", "m")
t("Homeless man (Lithuanian) told outreach he was offered a job in a bakery and a room by a man at the station; he went for one day, did not like the place and left. Nobody stopped him. He has his ID.", "", "", "", "l")
t("Credit union: member (Eritrean, 22) repaying a loan of £1,200 she took from a man who got her a job in a laundry. She says he takes her whole pay, gives her bus fare, and tells her the loan is not paid yet. She has been there a year.",
  "debt wag", "ncw", "L", "m")
t("On checking the workers' lockers at the mushroom farm, we found 14 passports in the supervisor's locker. The supervisor said he keeps them so the workers don't lose them when they move caravans.", "doc", "dt", "L", "m")
t("Long-term partner controls her money and has stopped her seeing friends. She is not working and there is no suggestion of exploitation beyond the domestic abuse. MARAC referral.", "", "", "", "l")
t("'Model wanted, London, no experience, £2,000/week' – victim (Brazilian, 20) answered ad. On arrival she was told she'd be doing 'escort work' to pay for her flight and flat. Photos were taken and posted without consent.", "dec debt", "", "S", "h")
t("Community nurse: elderly man lives in an outbuilding at his nephew's farm, does all the milking, appears unkempt and thin. Nephew collects his pension. Man says he 'has never been paid, it's family'.",
  "wag cond vul", "pa plc ncw", "L", "h")
t("Two girls, 17 and 19, from Slovakia, married to Pakistani men in sham marriages arranged by an agent who kept their ID cards after the ceremony. The girls were moved into a house in Sheffield and not allowed out. Both say their 'husbands' forced them to have sex and sold them to friends. Husbands obtained residence cards.", "vul doc mov vio", "dt rm", "S", "h")
t("Food factory night shift supervisor reports worker collapsed; she had done 4 double shifts in a row. Agency confirms it was her choice and she's paid overtime; occupational health review of rostering.", "", "", "", "l")
t("Message on Facebook marketplace job post: 'Cleaners needed, accommodation provided, £250 deposit before start'. Council trading standards advised poster the deposit is unlawful.", "", "uf", "", "l")
t("Anon: the boss of the takeaway shouts at the staff and one of them told me he gets no wages just food and a bed in the back and the boss has his passport", "wag doc", "slw dt", "L", "m")
t("3/D/P – Information that women in a flat over a barber's in Walsall are being 'sold' to men by the hour. No further detail.", "", "", "S", "h")
t("LOCAL AUTHORITY – CHILDREN'S SERVICES STRATEGY DISCUSSION (summary)\nPresent: DS Khan (CSE team), SW Ms Reilly, school nurse, Barnardo's worker.\nChild: Tia, 15. Tia has been reported missing seven times since September, usually returning after 1–2 nights. On the last occasion she was found by police in a flat in Burnley with two adult males aged 28 and 34. Tia disclosed to her Barnardo's worker that the older man, known as 'Kaz', buys her phone credit, cigarettes and takes her out in his car, and that 'sometimes I have to do stuff with his friends to pay him back'. She says Kaz has photos of her that he will send to her mum if she stops going. School report that her attendance has fallen to 40%. Her mother reports that Tia's phone has been taken off her by Kaz and she is given a different one that he checks.\nActions: s47 enquiry; NRM referral; disruption notice to Kaz; CSE risk assessment high.",
  "vul vio thr debt iso", "isd", "S", "h")
t("We have only one day off in a month. We are making the sandwiches from 5 in morning till 7 at night. The supervisor stands behind us shouting.", "ot", "lh", "L", "m")
t("Victim statement (extract, translated from Romanian): 'Cristi told me I would work in a bakery in Birmingham. He bought the tickets. At the airport he took my identity card and said he would keep it so that I would not lose it. In Birmingham there was no bakery. He took me to a house where there were other girls and said I would have to go with men. I refused and he hit me and locked me in the bathroom for a day without food. After that I did what he said. All the money went to him. He said I owed him for the ticket and the room and the food and that it was €5,000 and every week he added more.'",
  "dec doc vio mov wag debt", "dt ncw rm", "S", "h")
t("PCSO note: two lads begging by the station cashpoint, both look about 12, Romanian. An adult woman watches them from across the road and takes the money off them every half hour.", "vul wag", "ncw", "C", "h")
t("Employer called us because a worker asked for his pay to go to his girlfriend's account. We checked with him in private; he wanted it that way as they share bills. Paid to his own account after advice. No concern.", "", "", "", "l")
t("SAR: account of a 17-year-old student receiving £4,500 from unknown third parties and immediately forwarding to an account in Dubai. Student says 'a man on Instagram' pays him £200 a time and told him he'd be in trouble with the police if he stopped now.",
  "vul thr", "", "C", "h")
t("Cleaning contractor at an office block: cleaners (Ghanaian, Nigerian) are paid the London Living Wage, hold their own documents, live independently. One cleaner told the union she was unhappy that her shifts were cut. No exploitation.", "", "", "", "l")
t("Report from a hotel receptionist: a man has booked rooms here 4 times with a different young woman each time, she never speaks, he holds her passport at check-in and a stream of men visit the room.", "doc", "dt sfw", "S", "h")
t("They told us it would be £90 a day picking flowers in Cornwall. We got £90 a week after 'the house, the bus, the bosses' commission'. We sleep 6 to a caravan made for 4.", "dec wag cond", "ncw ct oca", "L", "h")
t("2/A/P Source states MAHMOUD runs a car wash at Unit 2, Canal St. Workers are Iraqi Kurdish and Sudanese asylum seekers who are not allowed to work. MAHMOUD pays them £2 an hour and threatens to tell the Home Office about them if they complain.",
  "vul thr", "foa", "L", "m")
t("Man (Brit, 58) found living in a shed on a smallholding, no electric, bucket for a toilet, says he's worked there 'about 15 years' for his keep. Owner cashed his benefits.", "cond wag vul", "plc ncw", "L", "h")
t("Got told at interview that the pay is £12 an hour but it's actually £11.44 because of 'probation'. I'm annoyed but I'm leaving anyway.", "", "", "", "l")
t("POI VU Thi Hoa operates two nail bars in Reading. Staff (all Vietnamese) reside at her home address. Staff are escorted to and from work by her husband; have no phones of their own; are paid 'through the family'. One was seen crying in the rear yard.", "iso wag", "et isd ncw", "L", "m")
t("DWP: claimant's UC account accessed from an IP address in Romania and the bank account receiving it changed twice this month. Claimant visited at home – says he lost his phone and doesn't understand banking; his cousin 'sorts it'. No work or control disclosed; case moved to fraud team.", "", "ncw", "", "l")
t("'I was so happy to come to England to be a nanny. They paid my flight. But when I arrived they said I must repay it from my salary, £100 a month, and my salary was only £200. I looked after three children and cleaned the big house. Madam said if I go out I will be arrested because my visa is tied to her.'",
  "debt vul thr", "", "D", "h")
t("Hi, I'm a community worker. A lad from our youth club (13) has started going around with a group of older teens who make him carry their knives and stuff. He says they beat him up when he says no.", "vul vio", "", "C", "h")
t("A landlord rented out a 2-bed flat to 11 Indian students. Overcrowded, council enforcement notice served. The students all attend college and work part time for different employers. No exploitation identified.", "", "oca", "", "l")
t("Bank call centre note: customer rang to say her son (learning disability, 29) has a new 'friend' who has been taking his debit card since he started a job at a warehouse, and only gives him £10 a week. Bank blocked the card and safeguarding referral made.",
  "vul wag", "ncw", "L", "m")
t("Probation note: service user (Albanian, 27) on licence after cannabis conviction tells me he is scared because the men he owed money to before prison have found his new address and said he must 'go back to work for them' to pay £15,000 or his family will be hurt.",
  "debt thr", "", "C", "m")
t("Inspection of a hand car wash (Reading): 5 workers, all paid by bank transfer above NLW, rota displayed, days off given, workers live in their own shared house not provided by employer. Owner keeps records of right to work. No indicators.", "", "", "", "l")
t("Passport 'lost' — the agency has it.", "doc", "dt", "", "m")
t("She says she was brought to London at 14 by a woman she called auntie to look after her children. She has never been to school here. Now 19. She has never been paid. Auntie slaps her and tells her the police will put her in prison because she has no papers.",
  "vul wag vio thr", "foa", "D", "h")
t("He works at the fruit farm and he says the boss is fair, he has his own room, gets paid every Friday into Revolut and goes to town on Saturdays.", "", "", "", "l")
t("PC 4521 – Stop of VRM WN21 KXL on M6, driver and 7 passengers (Romanian). Passengers stated they were being taken to a new job in Scotland. Driver had all 7 passports and ID cards in a bag and said he was 'holding them for the employer'. Passengers did not know the name of the farm or where they'd live. Passengers said they paid €200 each for the trip and would repay the rest from work.",
  "doc iso debt", "dt isd et uf ct", "L", "h")
t("Girl (approx 17) found walking on A road at night in bare feet, says she escaped a house where she was 'with men' for money. Says a woman took her money and her phone. Injuries to face.", "vul vio wag iso", "pa ncw isd", "S", "h")
t("Care home manager says the two sponsored nurses have had their visa fees and flights paid by the home with no repayment conditions. They have their own passports and rented flats. Staff supervision shows no concerns.", "", "", "", "l")
t("Whistleblower at a frozen food factory: agency supervisor demands £50 cash per week from each of the Bulgarian workers to 'keep their jobs'. Those who refuse lose shifts. Workers live in houses owned by the supervisor's brother; 10 men per house.",
  "thr cond", "oca", "L", "m")
t("my mate says his boss at the carwash has got all their bank cards. dunno if true", "", "ncw", "", "l")
t("Interpreter: 'She says they were locked in at night and in the day the manager drove them to the factory. She says she did not know the town. She says they were hit with a belt if they were slow.'",
  "mov iso vio", "rm isd et", "L", "h")
t("Chinese student (21) contacted police after receiving calls saying she was wanted for crimes in China and must pay 'bail'. Scam; she has not paid. No exploitation.", "", "", "", "l")
t("Woman told nurse that her 'husband' arranged the marriage in Pakistan, and since arriving in the UK she has been made to cook and clean for his extended family of 11 from 5am until midnight, is not allowed to leave the house or have a phone, and is beaten by her mother-in-law. Her passport is locked in a drawer.",
  "ot mov iso vio doc", "lh rm isd dt", "D", "h")
t("Warehouse worker is paid £12.21/hr by a licensed agency. His pay was once delayed by three days due to a payroll system failure, and the agency paid him an advance. Otherwise no issues.", "", "", "", "l")
t("GLAA inspection of a gangmaster supplying daffodil pickers in Cornwall. Workers housed in 12 caravans; several with broken windows and no heating. Workers confirmed they are free to leave and are paid directly, but rent is £70 per week. Licence conditions imposed for accommodation standards. No forced labour found.", "", "plc", "", "l")
t("1/A/P Nominal DRAGOMIR Adrian has 4 females working as prostitutes in Southend. He keeps their bank cards and phones, they each receive £50/week. He beat one female, ID'd as LUPU, in August after she kept money from a client.", "wag iso vio", "ncw mbc isd", "S", "h")
t("I was promised the job pays good money and a room on my own. The room was a garage with six beds.", "dec cond", "oca", "L", "m")
t("Seen a bloke with at least 10 different cards taking money out of the Halifax cashpoint at 6am this morning, workers in hi vis queuing behind him.", "", "mbc", "", "l")
t("Victim (Indian, 34) sponsored as a chef by a restaurant in Glasgow. He paid £12,000 to the owner's cousin for the certificate of sponsorship. The restaurant pays his salary into his account and then he has to withdraw £1,600 of his £1,900 each month in cash and give it back to the owner. He works 70 hours a week.",
  "wag ot", "uf ncw lh", "L", "m")
t("101: woman says a man has been giving her 16-year-old daughter lifts and gifts and she's now staying out overnight. Daughter says she's just 'hanging out'. No disclosure yet.", "vul", "", "S", "h")
t("Night shelter: Slovak man (35) said that until last week he was living in a house with 15 others and working on a building site for a man who paid him nothing, saying the money went on his rent and debt. He was allowed out only with the boss's son. He walked out when the son was asleep, with nothing but what he had on.",
  "wag debt mov cond", "oca rm et fpe", "L", "h")
t("The agency always pays on time, the supervisor is strict but fair. I can leave whenever I want. My passport is at home in my drawer.", "", "", "", "l")
t("Intel: Albanian OCG operating brothels in Birmingham advertises on AdultWork. Women told they must earn £1,000 a day; those who don't are 'fined'. Women are moved between flats every week.", "wag", "", "S", "h")
t("Health visitor: Roma family of 9 living in a 2-bed flat. All children in school, parents work at a recycling plant and are paid into their own accounts. Referred for housing only.", "", "oca", "", "l")
t("Investigating officer's summary: OP LANTERN\nBetween 2021 and 2024 the suspects, brothers Karol and Marek B., recruited at least 19 Polish men from homeless shelters and alcohol-addiction centres in Poland with promises of well-paid factory work in the UK. On arrival victims were housed in three properties in Kettering, up to 14 per house, and registered with two recruitment agencies. The suspects opened bank accounts in the victims' names, kept the cards and PINs, and collected their wages each Friday. Victims received between £10 and £20 a week, 'food parcels' and cheap alcohol. Victims who complained were told that they owed money for travel and housing; some were assaulted. One victim, a diabetic, was denied access to a doctor. Several worked 60 to 70 hours a week.\nEstimated total wages taken: £1.2m.",
  "vul dec cond wag debt vio ot", "oca ncw mbc lh", "L", "h")
t("My nephew works in a restaurant and his boss underpays him sometimes, says it's for the breakages. He lives with his parents and goes out with his friends. He's thinking of reporting it to ACAS.", "", "", "", "l")
t("Sister says her brother in Liverpool isn't allowed a phone by his employer at the barber's and she hasn't heard from him in three months.", "iso", "isd", "L", "m")
t("Concern from a bank teller: elderly man brought in by a 'carer' who asked for his entire savings to be withdrawn in cash. Man confused. Suspected financial abuse of an adult at risk; no work or labour involved.", "", "", "", "l")
t("Man says the gangmaster charged him £600 to get him onto the farm's payroll, then deducts £30 a week for the bus, £75 for a bed and £20 for gloves and knives; he gets about £90 after 55 hours and is told he still owes £400.",
  "debt wag", "uf ct ppe ncw", "L", "m")
t("GLAA ENFORCEMENT – DEBRIEF NOTES, OP CEDAR (packhouse, Lincolnshire)\nWorkers spoken to: 31. Of these, 24 were supplied by a licensed provider and had no concerns: own accounts, own accommodation, payslips that match hours. The remaining 7 were supplied by an unlicensed 'sub-contractor', a Latvian man known as 'Valdis'.\nThe 7 told us: Valdis met them at Riga bus station and offered work at £11 an hour. He paid their coach fares and told them on arrival that each owed £700 for the fare and the first month's rent. He opened bank accounts for them in Boston and keeps the cards. He gives each £30 on a Sunday. They live in a 3-bed house with 11 others. Two of the men said Valdis told them that if they tried to go back to Latvia before paying, 'people there' would find them.\nNone of the 7 is in possession of his own identity card.",
  "dec debt wag cond thr doc", "ncw oca dt", "L", "h")
t("He has his own passport and bank card and says he can leave anytime, pay is low but he's saving.", "", "", "", "l")
t("Shoplifting gang: 3 Romanian women arrested at Bicester Village with £4,000 of goods in foil-lined bags. One (18) said a man drives them around the country, takes the goods and gives them nothing, and that he beats them if they come back empty-handed. Others declined to speak.",
  "wag vio", "et ncw", "C", "h")
t("Not paid for 3 months at the restaurant, boss says 'next month, next month'. I sleep in the storeroom.", "wag cond", "slw", "L", "m")
t("Midwife: Patient (Eritrean, 20) says the father of her baby is a man she met in Libya who 'bought' her from the smugglers; in the UK he keeps her in the flat, she has no phone and does not know the area. She is frightened of him. He answers for her at appointments.",
  "mov iso", "rm isd sfw", "", "m")
t("Re: Kowalski – he complains that his employer reduced his hourly rate from £12 to £11.50 without notice. He has raised it with the union. He lives with his partner and has full control of his money.", "", "", "", "l")
t("Bank alert (Monzo): 40+ accounts opened using the same selfie backdrop and 3 devices, holders' IDs are Vietnamese passports. Salary credits from nail salons across the Midlands moved to a single business account within 2 hours.", "wag", "ncw", "L", "m")
t("Anon report: the man at number 3 has a Chinese woman who does all his cooking and cleaning and looks after his mum, I've never seen her go out, he brags she 'costs nothing'.", "wag", "", "D", "m")
t("INT 2/B/P: Identity fraud factory at 14 Station Rd – 6 Vietnamese males made to register for agency work and bank accounts using false EU IDs supplied by the OCG, then the OCG takes the wages from the accounts. Males sleep in the loft.", "wag cond", "ncw slw", "L C", "m")
t("My cousin said she gets paid every two weeks into her own account, £480, at the chicken factory, but she works with people who are picked up by a man at 5 in the morning and he takes their money.", "wag", "ced ncw", "L", "m")
t("Lorry driver at Dover reports he found three men hiding in his trailer at a rest stop in France; they ran off before police arrived. Smuggling matter, no further concerns.", "", "", "", "l")
t("Sheila, 71, takes in lodgers and they help with the garden in return for a rent discount. She says it's informal and they're free to come and go. No concerns after visit.", "", "", "", "l")
t("The men working on the fishing trawler out of Newlyn say they are not given any shore leave, the skipper keeps their seaman's books and they have not seen a payslip in 6 months — the agent in Manila says their wages are 'deposited for them'.",
  "mov doc wag", "rm dt ncw", "L", "h")
t("Debrief: 'At the start they were kind. They bought me clothes, food, they said they would help me find work. Then they said I must pay back everything. I worked in the cannabis house. They said the police here are bad, if I go to them they will put me in prison forever.'",
  "debt thr dec", "foa", "C", "h")
t("The caller says her friend, a 17-year-old from Albania, is being kept in a flat in Bolton by a man who forces her to have sex with customers, and that he is there now with her.", "vul vio mov", "rm", "S", "i")
t("Police were called to a car wash following a fight between two workers about a shift rota. Both workers are paid by bank transfer and live with family. No welfare concerns.", "", "", "", "l")
t("I got a job through the agency in the hotel laundry, they pay £11.44 and I don't get any overtime, it's hard work but I'm OK.", "", "", "", "l")
t("Two Sudanese men at an asylum hotel told the manager that a man offers them cash work at a car wash, £30 for a 12-hour day, and that he has taken their ARC cards 'as a guarantee'.", "vul doc ot", "dt lh", "L", "h")
t("Trading Standards: complaint that an employment agency in Slough is demanding £150 from job seekers to 'register'. No evidence any worker was placed with an exploitative employer.", "", "uf", "", "l")
t("Bank customer (20, Romanian) walked into branch alone and said 'my boss has my card since I started, I want a new one'. She works at a hand car wash, says the boss gives her £40 a week for food. Staff reissued the card, sent it to the branch for her to collect, and called police with her consent.",
  "wag", "ncw", "L", "m")
t("From a charity caseworker: Joseph (Nigerian, 28) came as a care worker on a sponsored visa. The agency housed him with 6 others in a two-bed flat and took £400 a month rent from his salary. He was given only a few shifts, then told he owed the agency £3,000 for 'visa costs' and was made to work unpaid shifts in the owner's house to pay it back. The owner said she would withdraw his sponsorship and he would be deported if he complained.",
  "cond debt wag thr vul", "oca", "L D", "h")
t("Neighbour saw a man being bundled into a van outside the car wash and the van drove off; turned out to be a debt dispute between friends. No further action.", "", "", "", "l")
t("Woman brought into A&E by her employer (a private household) with a burn to her arm from an iron. She would not speak in front of him. Later told nurse she had not been paid in a year and has no day off.", "wag ot", "pa lh", "D", "m")
t("The site manager wasn't happy with the lads' work so he docked a day's pay from everyone. Lads are disputing it with the contractor. They are all paid weekly into their own accounts.", "", "", "", "l")
t("Child (Year 8) told a teacher that her uncle makes her go to a shop after school and work until 10pm stacking shelves, and takes the money the shopkeeper gives her.", "vul wag ot", "ncw lh", "L", "h")
t("Referral from a homeless charity: Craig (38, British) was offered a job and a room by a man outside a day centre. He was taken to a farm in Wales, made to work on fencing and groundwork 12 hours a day, and 'paid' in cigarettes and cider. His phone was taken. He got away when a farmer nearby gave him a lift. He owns a sleeping bag and one change of clothes.",
  "vul wag ot iso", "lh isd fpe", "L", "h")
t("Victim (Chinese, 35) says a 'snakehead' arranged her passage for 200,000 yuan. In the UK she was told to repay it by working in massage parlours. She moved every week, she says, and 'never knew which city'.", "debt iso", "isd", "S", "h")
t("Online report – 'theres a girl at the hotel on the ring road, shes about 14 and there are men going to the room, please check'", "vul", "", "S", "i")
t("A father reports his adult son (24) was offered a job in Dubai as a driver and has since asked for money to pay his 'visa debt'. No sign of control beyond a normal job dispute; son is now back in UK.", "", "", "", "l")
t("INT 3/C/P: unverified claim that a woman working at the Thai massage shop on Bridge St is 'owned' by the owner. No other info.", "", "", "S", "h")
t("Interpreter's note (Tigrinya): 'He says he went to the job at the chicken factory, they paid him, he had his own bank card, he left when he got asylum. He says nobody forced him.'", "", "", "", "l")
t("Officer's handover: Cuckooing concern at flat 2, 16 Minster Rd. Resident Dave, 61, alcohol dependent. Two men from London have been 'staying' and using it to sell crack. Dave says they took his keys and don't let him go out alone. Last night they slapped him when he tried to phone his daughter.",
  "vul mov vio iso", "rm isd", "C", "i")
t("Sleep in the kitchen of the takeaway, work 12 hours, 7 days.", "ot cond", "slw lh", "L", "m")
t("Employer told worker that he would not be paid for his last week because he left without notice. Worker contacted ACAS and the employer paid. No other issues.", "", "", "", "l")
t("Council licensing visit, 'Perfect Nails & Spa': 4 technicians present. Owner insisted on answering all questions for them. Three technicians are Vietnamese, one said in English 'we sleep upstairs'. Upstairs room had 4 mattresses and a rice cooker. When asked about pay, she looked at the owner. Referred to police.",
  "cond", "sfw slw oca", "L", "m")
t("Domestic worker for a Qatari diplomat in London says the family take her on holiday to the south of France, she has her own room, a day off on Fridays, and is paid monthly into her own account. Kalayaan check-in; no concerns.", "", "", "", "l")
t("Border Force note, Gatwick South: 19-year-old Nigerian woman travelling with an older woman who holds both passports and boarding cards and answers all questions. Young woman states she's here to 'do hair'. Address given is a flat in Dagenham. Both spoken to separately; young woman says she does not know where she will stay.",
  "doc iso", "dt sfw isd", "", "m")
t("My friend said the boss keeps her wages for her because she's bad with money. She's 22 and works in his shop. She's never seen a pay slip.", "wag", "ncw", "L", "m")
t("Police stop: Slovakian man carrying 14 bank cards and a notebook of PINs. Says he is the 'manager' for a team of workers and withdraws their pay to give them their share.", "", "mbc ncw", "", "l")
t("Chef at curry house (Bangladeshi, 45) told environmental health that he works 6 days, 11 hours a day, paid correctly in cash with a payslip, lives with his family. EHO found food hygiene issues only.", "ot", "lh", "", "m")
t("Witness (neighbour): 'Every morning at ten to six a white Transit pulls up and six or seven young men come out of number 22 and get in. It comes back after ten at night. I've never seen any of them in the day. There used to be curtains but now there's cardboard on the windows. Once one of them knocked on my door and asked in broken English for water and bread. He said the boss does not give them money. I gave him a sandwich and he ran back before the van came.'",
  "wag", "ced et pa", "L", "m")
t("Sex worker (British, 31) works independently from her own flat, advertises online and keeps her earnings. She contacted police about a client who refused to pay. No exploitation.", "", "", "", "l")
t("Albanian female (22) told the Medaille Trust that her boyfriend in Albania promised to marry her in London. Once here he made her sell sex in hotels, kept all the money, took her passport and said he would send photos of her to her father if she left.",
  "dec wag doc thr", "ncw dt", "S", "h")
t("The agency deducts 'holiday savings' from our wages and when we leave they say we lose it. I've lost £600.", "wag", "ncw", "L", "m")
t("Operation update (press release): Officers rescued 12 men from two farms in Herefordshire. The men, aged 23 to 67, had been forced to work for years for little or no pay. Investigators found evidence that the victims had been lured from soup kitchens and shelters, had their benefits claimed by the gang, and were threatened and assaulted. Some were kept in horseboxes without running water.",
  "vul wag thr vio cond", "ncw plc", "L", "h")
t("Pop-up brothel in an Airbnb, Cardiff Bay. 3 women found, all Romanian. They told officers a man books the apartments and collects the money at the end of each night. They were free to leave, they said, and each had her own passport. One said she gets 'half'.", "", "", "S", "h")
t("Student (Indian, 22) works 20 hrs at a Sainsbury's, complains to her college that her landlord keeps her deposit. Referred to CAB.", "", "", "", "l")
t("Worker: 'Yes, Florin does the payroll for us and takes out the rent, but he shows us the sheet and we get £350 a week each in our own accounts. We can go.'", "", "", "", "l")
t("Helpline: Vietnamese youth, says 16, phoning from a phone he found in the house. He does not know the address, the doors are locked, and he is alone with the plants. He says the men will come tomorrow. Location traced via cell site.",
  "vul mov iso", "rm isd", "C", "i")
t("Recruitment agency in Romania advertised 'hotel cleaning in Scotland, €1,800 per month, housing included'. Workers were instead sent to a fish processing plant, paid £5 an hour and charged £100 a week for a room shared by 5.",
  "dec cond", "oca", "L", "m")
t("'The boss bought us phones but he reads them and takes them at night.'", "iso", "isd", "", "m")
t("Financial investigator: over 3 years, £840,000 of wages from 61 agency workers at a bakery passed through accounts controlled by two suspects, with the workers receiving less than 5% of their earnings.", "wag", "ncw", "L", "m")
t("Safeguarding adults review: Dennis, 50, learning disability, was befriended by a family who moved him into their home, made him do all the housework and work unpaid in their scrapyard, claimed his benefits and controlled his bank account. He slept on the sofa and was regularly hit.",
  "vul wag vio", "ncw", "L D", "h")
t("Kitchen porter at the hotel says that because he's on a zero-hours contract, some weeks he only earns £100. He's looking for something else. He lives in his own flat.", "", "", "", "l")
t("Organ trafficking: Interpol notice regarding a broker recruiting Nepali migrant workers in the Gulf, telling them they'd get a job and passage to the UK if they sold a kidney at a clinic in Colombo. Two victims now in the UK; one says the broker kept his passport after the operation.", "dec vul doc", "dt", "O", "h")
t("Prison officer note: prisoner says that the people he owes for his journey have been visiting his mother in Vietnam and want him to work for them when released to pay off the rest.", "debt thr", "", "C", "m")
t("Woman says the man she works for at the farm shop pays her, but only half of what they agreed, in cash, and she plans to take him to tribunal. She's free to leave and has done so.", "", "", "", "l")
t("'Girls can stay in the flat for free and work', the ad said. When I arrived they said £500 a week for the room and I had to see clients until it was paid. They kept my ID 'for the landlord'.", "dec debt doc", "dt", "S", "h")
t("Bank fraud team: a man who came in to open an account for his 'worker' was found to have opened 19 others in the past year at different branches, always with the same story. Account holders (Sri Lankan) all employed at the same garage.", "", "mbc ncw sfw", "", "l")
t("Ex-wife reports that her ex-husband employs his cousin from Pakistan in his shop and that the cousin is 'treated like a slave': works 7 days, 14 hours, sleeps in the stockroom, paid nothing, and can't leave because the husband holds his passport and visa.", "ot cond wag doc", "lh slw dt", "L", "h")
t("All the lads at the car wash told me they're paid £400 a week, they get Sundays off and they all rent their own places. It's a busy one on a Saturday but there's nothing dodgy.", "", "", "", "l")
t("Crimestoppers: Man known as 'Big T' using two 15-year-olds to collect rent from people at a HMO and keep them in line with threats.", "vul", "", "C", "h")
t("The Romanian women at the packhouse say the agency man charges them £20 each to use the bus and watches them all day. He keeps their pay cards.", "wag", "ct ncw", "L", "m")
t("A lodger's family reports he's not been in touch for 2 months. Found safe; he moved to a new job in Scotland and lost his phone. No concerns.", "", "", "", "l")
t("Victim (Sudanese, 17) now in foster care tells his social worker that in Calais men made him work loading lorries for nothing for 3 months to pay the crossing, beat him with sticks when he was slow, and took his phone.", "vul debt wag vio iso", "isd", "L", "h")
t("GLAA COMPLIANCE INSPECTION REPORT – Licence holder: Harvest Link Staffing Ltd (Herefordshire)\nScope: 146 seasonal workers on the Seasonal Worker visa, supplied to two soft-fruit growers.\nFindings: Workers were interviewed in groups and 22 individually with independent interpreters (Kyrgyz, Uzbek, Nepali). All workers hold their own passports and BRPs. Pay is hourly at or above NLW, paid weekly to accounts the workers opened themselves; pay slips matched clocking data in the sample checked. Caravan accommodation is optional, £58 per week, with 4 beds per caravan and working heating and showers. Several workers said they had paid recruitment fees of $1,500–$3,000 to an agent in their home country; the licence holder has agreed to reimburse these and has terminated the overseas agent. Workers confirmed they can leave and change employer.\nOutcome: Licence retained with additional conditions on overseas recruitment. No indicators of forced labour identified.",
  "", "uf", "", "l")
t("CASE NOTE – New Pathways, Wales\nClient: Ana (Romanian, 27), referred by police after a raid on a car wash in Newport where her partner worked.\nAna says she and her partner came in 2022 after a man in their village promised them jobs 'in a big hotel'. They worked first at a car wash and a laundry, then Ana was told she must clean the man's house and look after his three children as well. She worked from 6am to 11pm. The man opened bank accounts for them both in Cardiff and kept the cards; he said he was 'saving' their wages and would give them the money when they went home. She has received about £200 in two years. Her ID card is in his safe. He did not hit her, but he hit her partner in front of her when the partner asked for his money, and told them both that his brothers in Romania know where their children live.\nAna has two children (6 and 9) in Romania with her mother.",
  "dec wag ot doc vio thr", "ncw lh dt", "L D", "h")
t("Officer handover (late turn → nights)\n1) RTC on Mill Lane, no injuries, vehicles recovered.\n2) Shoplifting at Aldi – local male, known, charged.\n3) Welfare check on 22 Byron St requested by Council: report that workers at the pallet yard are living in shipping containers. Attended 19:40 with council officer. Three men in one container, heater, beds, kitchen. All Polish, work for the yard, paid weekly into own accounts – showed banking apps. Rent £40 p/w each, agreed. Say they're saving to move out. Container unsuitable for habitation – council to serve notice on yard owner. No indication anyone being controlled or held.\n4) Missing person (adult) returned home, debrief done.",
  "", "plc", "", "l")
t("Victim account (Chinese, female, 41, through Mandarin interpreter). She says that she owed money in Fujian to a lender after her husband's business failed. A woman in the village said she could earn enough in England in two years to pay it. The journey cost 250,000 yuan and the lender added it to the old debt. In England she was taken to a house in Manchester and then to flats in different towns where men came. She says she had to see men from morning until late at night, every day, even when she was bleeding. She says the woman who ran the flats took all the money and wrote it in a book against the debt, and that the debt never got smaller because the woman added the rent and food and 'fines'. She was not allowed to go outside; the woman said the police would put her in prison because she had no visa. She says she did not know the names of any of the towns.",
  "vul dec debt ot wag mov iso thr", "lh ncw rm isd foa", "S", "h")
t("Money laundering investigation: summary of interview with account holder (British, 19)\nHe explains that in March a man he knew from the gym offered him £500 to 'borrow' his bank account for a week. Money arrived from several people and he was told to withdraw it and hand it over in a car park. He did this four times and was paid each time. When he said he wanted to stop, the man told him that he now 'owed' £2,000 because one transfer had been frozen by the bank, and that he would have to keep letting them use the account, and open a second one, to pay it off. He says he has been followed home twice. He is now scared to go to the gym. He has no previous convictions. Bank has closed both accounts. He is being treated as a potential victim and an NRM referral has been discussed; he has not yet consented.",
  "debt thr", "", "C", "m")
