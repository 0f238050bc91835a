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
t("Debrief (Eritrean male, 19, via Tigrinya interpreter). He says he crossed from Libya and the smugglers in Libya held him in a warehouse until his family paid $4,000. In the UK a man from the same town offered him work at a car wash in Birmingham and a bed. He says he worked from eight until it got dark, every day. The man said he would pay him at the end of the month, then at the end of the next month. After four months he had received £150 in total. He says the man told him that if he went to the police he would be sent back to Eritrea, and that the police there would kill him. He slept in a back room of the car wash with three other men on cardboard. He left when a customer gave him the number of a charity.\n\nHe does not have any ID; his papers were lost at sea.",
  "wag ot thr cond vul", "lh slw plc foa", "L", "h")
t("Hotel GM statement: housekeeping staff supplied by Pristine Hospitality Services. We pay the agency £13.20 per hour per room attendant. Two of the attendants told our HR manager in confidence that they receive nothing themselves; their 'manager' takes their bank cards and gives them £50 a week. They share a house with 14 others that the manager rents. They start at 7 and often finish at 8, six or seven days. We have suspended the contract and contacted police and the GLAA.",
  "wag cond ot", "ncw oca lh", "L", "h")
t("Ben (British, 37, homeless, alcohol dependent) was picked up outside a hostel by a man offering cash work tarmacking. He spent 2 years travelling with the family's crews, sleeping in a horsebox, given cans and tobacco and occasional £10. He says he was kicked when he asked for wages and told 'you'll never find anywhere else, nobody wants you'.",
  "vul wag vio cond", "plc", "L", "h")
t("Routine GLAA licence application inspection: Greenfield Labour Ltd supplies pickers to 3 farms. Workers' accommodation is in static caravans, max 4 per caravan, all with heating, kitchen and shower. Rent £55/wk, itemised on payslip, workers can choose to rent privately. Pay is hourly above NLW with piece-rate bonus. Workers' passports seen in their own possession. Licence granted.",
  "", "", "", "l")
t("Bank customer contact (branch notes): Young woman came in with a man who did all the talking and asked to add him to her account as a 'trusted person'. When he went to the cash machine she wrote on the back of the form 'he take my money please help'. Staff called police; police attended.",
  "wag", "sfw ncw", "", "i")
t("I'm a bricklayer on a site in Croydon. There's a gang of Romanian lads work for a subbie who pays them in cash on site on a Friday, they seem happy, they go to the pub with us. No worries there, I just think they're underpaid compared to us.",
  "", "", "", "l")
t("4 VIETNAMESE FEMALES found during warrant at nail bar, 112 Market St. All state they live above shop. Rooms padlocked from outside at night by manager TRAN. None could give address of premises. Hands showed chemical burns. Referred NRM.",
  "mov iso cond", "rm isd pa slw", "L", "h")
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
  "dec vul", "", "O", "h")
t("Prisoner at HMP Pentonville (Albanian, 29) states that in 2023 a man in Durrës told him he could earn good money 'gardening' in England. He was driven from the lorry straight to a house where he lived in one room for 8 months with the lights and fans. The door was nailed shut from outside, food came through the window. He was told that his debt for the journey was £25,000 and grew because of the electricity and food. When he asked to leave, they showed him a video on a phone of a man being beaten with a bar and said 'this is the last one who asked'.",
  "dec mov debt thr cond", "rm", "C", "h")
t("Customer complaint to a bank: 'I am not happy that the money from my job goes to my account and my uncle takes it.' Customer, 18, works in a family restaurant, lives with uncle. Card held by uncle. Customer has no access to statements.",
  "wag", "ncw", "L", "m")
t("My boss at the factory paid me late once in June because of a bank holiday, everything else is fine.", "", "", "", "l")
t("Victim account: 'He took me from Peterborough to Glasgow in his car and said I work in the flats now. I had to give him all the money, he kept it in a box. He had sex with me when he wanted even when I said no.'",
  "wag vio", "ncw", "S", "h")
t("Carer visiting Flat 9 notes client (learning disability) now has 'lodgers' – two young men who sell drugs from the flat. Client says they're his friends but they took his bank card and he hasn't eaten for two days.",
  "vul", "ncw pa", "C", "h")
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
