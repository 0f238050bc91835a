#!/usr/bin/env python3
"""Hand-written held-out evaluation texts for Sightline's indicator detector (set 14).

Every text below was written individually; labels are assigned by hand.
Short codes are expanded to the official codes when the file is written.
Risk is derived from the labels by the brief's rule unless given explicitly
("immediate" is always given by hand; child-at-risk cases pass child=True).
"""
import json, os, sys

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oa": "overcrowded_accommodation", "saw": "sleeps_at_workplace",
       "fpe": "few_personal_effects", "rmv": "restricted_movement",
       "cedl": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport",
       "ct": "charged_transport", "lh": "long_hours", "ppe": "ppe_charges",
       "ncw": "no_control_of_wages", "sfw": "speaks_for_workers", "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
PAIRS = [("RD", "dt"), ("RM", "rmv"), ("EO", "lh"), ("IS", "iso")]

T = []


def A(text, ind="", sig="", typ="", r=None, child=False):
    T.append((text.strip(), ind.split(), sig.split(), typ.split(), r, child))


def risk_of(ind, typ, child):
    if child or "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    out = []
    for n, (text, ind, sig, typ, r, child) in enumerate(T, 1):
        rid = "f14-%03d" % n
        for a, b in PAIRS:
            if (a in ind) != (b in sig):
                print("PAIR?", rid, a, b, file=sys.stderr)
        if child and "AV" not in ind:
            print("CHILD without AV", rid, file=sys.stderr)
        comp = risk_of(ind, typ, child)
        if r is None:
            r = comp
        elif r != comp and r != "immediate":
            print("RISK?", rid, r, "computed", comp, file=sys.stderr)
        out.append({"id": rid, "text": text,
                    "indicators": [IND[c] for c in ind],
                    "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ],
                    "risk": r})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh14.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "texts to", path)


# ---------------------------------------------------------------- texts
A("""2/B/P. INT suggests HCW at Unit 4 Mill Lane staffed by 6-7 ROMANIAN males. Workers seen collected by silver Transit approx 0630hrs, returned approx 2200hrs. POI Ionut BALAN believed to hold the workers' ID cards. Workers reside in rooms above the premises.""",
  "RD EO", "cedl dt lh saw", "L")
A("""there is a nail bar on the high st next to greggs and the girls in there look about 14 or 15. a man drops them at 8 in the morning and picks them up 9 at nite every day even sundays. they dont speek english. somethin not rite""",
  "AV EO", "cedl lh", "L", child=True)
A("""999 call 02:14hrs. Female caller, Albanian accent, whispering. States she is in a flat above a shop on Cheetham Hill Rd, door locked from the outside, men bring 'clients' to her. Says she came from Tirana after being promised work in a bar. Line dropped before address confirmed. Units dispatched to area, cell site requested.""",
  "RM DE", "rmv", "S", r="immediate")
A("""Resident complaint: the car wash on Station Rd is very busy at weekends and the queue goes back onto the main road causing an obstruction. Staff wear hi-vis and seem happy enough, I just want the parking sorted.""")
A("""GLAA licence inspection - Fenland packhouse (labour provider Evergreen Staffing Ltd). Records show workers are charged £15 per week for the minibus from Wisbech and £40 for boots and hi-vis is deducted from the first wage. Workers interviewed separately said pay arrives on time into their own accounts and they can swap shifts freely. Licence condition breach recorded re PPE charges; provider to refund.""",
  "", "ct ppe", "")
A("""I come to England in the lorry. The man in France say I owe £18,000 for the journey and I must work to pay it. They put me in a house in Walsall with the plants. I water the plants and sleep on a mattress upstairs, the windows are covered with black plastic. The door is locked always, only the boss has key. He bring rice and noodles one time a week. I am 16 years old.""",
  "DB RM AC AV", "rmv saw plc", "C", child=True)
A("""Financial crime alert (ref FC-22871): 14 debit cards in different names used at the same ATM on Bury New Rd between 06:02 and 06:09 on three consecutive Fridays. All accounts opened within 5 weeks and all give 12 Albert Terrace as the address. Each account receives wages from a recruitment agency which are withdrawn in full the same morning; CCTV shows the same male making every withdrawal.""",
  "WW", "mbc ncw", "L")
A("""Lost property report: Chinese national, 20, student at the university, reports her passport lost on the number 86 bus yesterday. Advised to contact the embassy and the university international office. No other concerns raised.""")
A("""SA caseworker note. Client (F, 34, Nigerian) was brought to the UK by a family friend to 'help with the children' and go to college. In reality she cooked, cleaned and looked after three children from about 6am until midnight, slept on the kitchen floor and was never paid. The 'aunty' said her salary was being sent to her mother, but her mother has received nothing. Her passport was kept in the aunty's bedroom. She was not allowed out of the house except to do the school run.""",
  "DE EO AC WW RD RM", "lh plc dt rmv", "D")
A("""101 call: caller complains the neighbours at no. 14 have loud parties most nights, 8-10 cars parked outside and music until 3am. Believes they are 'up to something'. No further information. Passed to ASB team.""")
A("""School DSL referral. Year 10 pupil (15) has missed 11 days this half term. Seen with new trainers and two phones. Told a TA he 'goes up to Norwich for work' and that he now owes an older male known as 'Sket' £600 because a package was 'taken off him', so he has to keep going until it's paid. Mum says he came home last week with a black eye and won't say how.""",
  "AV DB", "pa", "C", child=True)
A("""Bloke at the hand car wash told me the boss keeps all their passports in the safe.""",
  "RD", "dt", "L")
A("""GP consultation. Pt (M, 52, Polish) attends with infected laceration to L hand, approx 2/52 old. Works on a building site; says he could not come sooner as the boss 'does not give days off'. Lives with 11 other men in a 3-bed house the boss rents to them, £70/week taken from his wages for the bed. Appears underweight. Declined to say more.""",
  "EO AC", "lh oa pa", "L")
A("""Renal unit admission note: Pt (F, 45) admitted for planned living-donor kidney transplant. Donor is her brother. HTA approval in place, independent assessor interviews completed with both. No concerns.""")
A("""NGO intake (interpreted from Tigrinya). He says a man he met at a mosque in Sheffield offered him £5,000 and a job if he would 'give one kidney to a rich family'. He has no status in the UK and the man said this was his only way to get money. He was flown to a clinic abroad where the operation was done and was given £600. When he asked for the rest he was told he would be reported to immigration and put in detention.""",
  "DE AV IT", "foa", "O")
A("""3/C/P. INT suggests adverts on an adult services website for 'new young Thai girls', linked to mobile 07700 900123, are run by a male who collects all the money from the women and drives them between hotel rooms in Leicester and Nottingham every three days.""",
  "WW", "ncw et", "S")
A("""I AM SICK OF THE POLICE DOING NOTHING!!! THE SHOP ON THE CORNER OF ELM RD IS SELLING FAGS AND ILLEGAL VAPES TO KIDS ALL DAY LONG. SORT IT OUT""")
A("""Handover: 3x Romanian females begging outside Tesco Metro on Broad St. Dropped off 0730 by grey BMW (partial VRM KX19), collected 1800. One, via phone interpreter, says she gives everything she collects to 'the driver' and he gives her food. None had ID on them. Referred to MSHT unit for follow-up.""",
  "WW", "cedl ncw", "C")
A("""Agency audit, DX regional hub. 40 workers supplied, all with contracts in their own language, paid weekly into their own bank accounts, free shuttle from the town centre. Two complaints about the overtime rate were resolved. Workers free to decline shifts. No indicators identified.""")
A("""The interpreter explains that R. says her boyfriend, who she met on Instagram, promised they would get married in London. When they arrived he took her ID card 'to keep it safe' and told her she had to sleep with men to pay back the €8,000 the journey had cost. She says he hit her when she refused. He showed her photos of her younger sister outside her school and said 'she can come next'.""",
  "DE RD DB PV IT", "dt", "S")
A("""Nail bar on King St closed for refurbishment, owner says reopening next week.""")
A("""Witness statement (site manager): I noticed two of the labourers supplied by the subcontractor had no boots and were working on the scaffold in trainers. When I asked, Tomasz told me the gaffer charges £60 for boots so they go without. They are on site before I arrive at 6.30 and are still there at 8pm most days, Saturdays included. The subcontractor always answers for them when I try to talk to them.""",
  "AC EO", "ppe lh sfw", "L")
A("""ASB officer note. Vulnerable adult (M, 58, learning disability) at Flat 3 Greenway Court. Neighbours report young males from London have been staying for two weeks with lots of foot traffic at all hours. He told me 'the boys' sleep in his bed and he's on the sofa, and they have his bank card to 'do his shopping'. They use his flat to bag up.""",
  "AV", "ncw", "C")
A("""DWP referral: nine Universal Credit claims linked to one phone number and email address; claimants are Slovak nationals living at two addresses in Derby. Two claimants interviewed say a man called Marek 'helped' them apply and keeps all their cards and PINs; they each get £20 a week from him. They work at a meat plant through an agency and their wages go into the same accounts.""",
  "WW", "ncw mbc", "C L")
A("""Welfare visit to caravan site at Manor Farm: 12 seasonal workers seen. All hold their own passports, say they can leave whenever they like and are paid weekly into their own accounts. Caravans clean, heated, no more than 4 per unit. No concerns.""")
A("""Kalayaan referral. Ms D., Filipino, came on an Overseas Domestic Worker visa with her employer, a diplomat living in Kensington. She works 7 days a week from 6am until after midnight and has not had a day off in 14 months. Her salary ($200 a month) is paid to the agency in Manila and she has never received any of it. Madam keeps her passport and took her phone 'so she is not distracted'.""",
  "EO WW RD IS", "lh dt iso", "D")
A("""Crew member (Ghanaian) contacted the ITF inspector by text: on a scallop boat out of Newlyn for 3 months, 20-hour days when fishing, pay of $300 a month 'held until the end of the contract' and nothing paid so far. Not allowed ashore when the boat is in port. Sleeps in a bunk next to the engine room.""",
  "EO WW RM AC", "lh rmv saw", "L")
A("""Fire safety visit to takeaway on Market St: owner's nephew and his wife live in the two-bedroom flat above the shop. Flat compliant apart from a missing fire door closer. Advice given.""")
A("""1/A/C (not to be disseminated to subject). Source states a 14yo female known as 'Lils' is being collected from Ashfield children's home by males in a black Audi and taken to a flat in Hanley where she is given vodka and cocaine and older men have sex with her. She has been told they will send photos of her to everyone at school if she stops coming.""",
  "AV PV IT", "", "S", child=True)
A("""DA incident: female reports verbal argument with partner about money, no assault alleged. Partner has left the address voluntarily. DASH completed - standard risk. No children in the household. No further concerns.""")
A("""we got new neighbours in the farm cottage the farmer rents out, about 10 men from romania i think. they get picked up in a minibus before 5am and come back gone 9pm every day. one of them asked my husband for food, said they havent been paid for 3 weeks and they owe the boss for their flights""",
  "EO AC WW DB", "cedl lh oa", "L")
A("""Probation note. PoP (M, 23, Vietnamese) sentenced for cannabis cultivation. In supervision he disclosed that he was brought to the grow house by men who said his family in Nghe An would be 'visited' if he ran away. The s45 defence was not raised at trial. NRM referral submitted by OM.""",
  "IT", "", "C")
A("""Worker at food factory in Boston injured his hand on a slicing machine. Employer reported to HSE the same day; worker is on full sick pay and the guard has been replaced.""")
A("""Registrar s24 report. Proposed marriage between British male (42) and Portuguese female (19). Bride spoke no English, could not give the groom's surname and did not know the date of the wedding. She was accompanied by another male who answered all questions for her and held her ID card throughout. Registrar believes she does not understand why she is there.""",
  "RD", "dt sfw", "C")
A("""girl in the popup on derby rd told the punter she cant leave the man has the key and is outside in the car""",
  "RM", "rmv", "S", r="immediate")
A("""Immigration Enforcement: visa overstayer (M, Indian, 31) encountered at his own address; works as a self-employed delivery rider and holds his own documents. Detained for removal. No MS indicators identified.""")
A("""CQC inspector raised concern at Oakview Care Home: care workers sponsored from Zimbabwe and India say the agency charged them £9,000 for the certificate of sponsorship, which they repay at £350 a month, and that they will be reported to the Home Office if they stop paying. They work 70+ hours a week. Several live in a 4-bed house owned by the director with 12 others.""",
  "DB IT EO AC", "uf lh oa", "L")
A("""Care agency compliance check: overseas carers paid above the national living wage, live in their own rented accommodation, no recruitment fees charged. Sponsor licence compliant.""")
A("""ED triage. F, Romanian, states she is 17. Attends with male 'cousin' who translated and would not leave the cubicle. Bruising to inner thighs and both wrists, symptoms of STI. No ID. When the cousin went out to smoke she said to the nurse 'please help, he sells me'. Security and police called, cousin still in waiting area.""",
  "AV PV", "sfw pa", "S", r="immediate")
A("""Neighbour concern re 22 Hollis St: large family, three generations, 9 people in a 4-bed house. Children attend local primary and are well presented. Visit found family settled and happy. No concerns.""")
A("""GLAA intelligence: sorters at a materials recycling site in Smethwick are British men recruited from homeless hostels in Birmingham. They are given a room in a shared house and 'paid' in cider and tobacco plus £30 a week; the boss has their bank cards and says he is 'sorting' their benefits. They work on the picking line with no gloves among broken glass and needles.""",
  "AV WW AC", "ncw", "L")
A("""Anon: polish lad at the chippy sleeps in the back room on two chairs, works every day open to close""",
  "EO AC", "saw plc lh", "L")
A("""Three men were jailed at Leeds Crown Court yesterday for trafficking 17 Slovak nationals to work at a bedding factory in Batley. The court heard the victims were housed in rat-infested houses, had their wages paid into bank accounts controlled by the gang and were threatened with violence if they complained. One victim was beaten with a broom handle.""",
  "AC WW IT PV", "plc ncw", "L")
A("""Crimestoppers: believes the man at no. 7 is claiming benefits while working cash-in-hand as a painter and decorator. No further information.""")
A("""Refugee Council caseworker. Client (M, 19, Eritrean) says he still owes $4,000 to smugglers from Libya. Since arriving he has been 'helped' by a man in Birmingham who found him car wash work; the man takes £150 of his £200 weekly pay towards the debt. When he was late last month the man phoned his mother in Khartoum and told her the family 'will pay another way'.""",
  "DB WW IT", "ncw", "L")
A("""2/C/P. INT suggests male known as 'Doctor' is recruiting destitute Eritrean and Sudanese men at a Manchester hostel to travel to Egypt for paid 'medical tests'. Two men have returned with long scars to the abdomen and are unable to work; one says he was told afterwards that a kidney had been taken.""",
  "AV DE", "pa", "O")
A("""Hand car wash on Tyburn Rd visited jointly by council licensing and HMRC. All 8 staff on payroll, paid £11.44/hour by bank transfer, rota shows 40-hour weeks and staff live at their own addresses. Minor trade waste issue only.""")
A("""I am from Fujian. Snakehead tell me I will work in restaurant kitchen, good money. In London they take me to massage shop. Boss lady say I owe 300,000 yuan, every client pay £60 and I give her £50. I live in the shop, sleep on the massage table. I cannot go out alone. She says police will put me in prison because I have no visa.""",
  "DE DB WW RM IT AV", "saw rmv foa ncw", "S")
A("""Officer attended nail bar following anonymous report. Two staff spoken to alone with an interpreter: both hold their own passports, rent their own rooms, and say nobody has ever threatened them or kept their money. Owner produced payslips and contracts. NFA.""")
A("""999: neighbour reports smashing and screaming from 41 Ashby Rd, windows blacked out. Police attend: cannabis grow in 4 rooms. Vietnamese male (appears 15-16) found in the loft, loft hatch padlocked from the outside, swelling and cuts to face. Says the 'boss' hit him yesterday for letting the plants die. Boss not present.""",
  "AV RM PV", "rmv pa", "C", r="immediate")
A("""man in white van drops about 8 women off at the hotel laundry every morning 6am and the same man takes them back about 10pm""",
  "EO", "cedl lh", "L")
A("""Recruitment agency, Peterborough: new starters from Bulgaria. The agency helped them open their own bank accounts, gave them contracts in Bulgarian and charged no fees. Two workers who asked to leave early to go home were paid in full.""")
A("""2/B/P. POI Thi Huong NGUYEN (DOB 12/03/1985) runs Glamour Nails and Pro Nails in Stoke. INT suggests she drives young Vietnamese females up from London every Monday; the girls sleep in the back of the shops, are not paid and are told they must work off the cost of their journey to the UK.""",
  "WW DB", "et saw", "L")
A("""Children's services referral: 13yo girl from Nigeria living with an 'uncle' and his wife in Croydon is not on roll at any school. Neighbours see her hanging out washing and taking the couple's toddlers to nursery. She told a neighbour she is 'here to work' and has to eat after the family, in the kitchen.""",
  "AV", "", "D", child=True)
A("""Border Force: female passenger (24, Filipino) arriving LHR on a student visa, met by college representative, accommodation booked in university halls. Documents in order, own funds shown. Landed.""")
A("""Border Force LHR T4. Three Albanian males (18-20) arriving from Tirana on return tickets all booked by one third party. Claim to be tourists but no hotel booking and £20 between them. One had a note with a UK mobile and 'car wash job'. Interviewed separately, one said 'a man in London paid the tickets, we work at his car wash to pay him back'. Refused entry; details passed to NCA.""",
  "DB", "", "L")
A("""Outreach worker report: independent escort working alone from her own flat reports a client who refused to pay and damaged her door on the way out. She manages her own bookings and wants it logged. Crime recorded as criminal damage.""")
A("""He said if I call the police my mum in Craiova will be hurt.""",
  "IT", "", "")
A("""Debrief (English, no interpreter). I was recruited in Kerala by an agent for chef work in a restaurant in Cardiff. I paid the agent 6 lakh rupees which my father borrowed against his land. The owner keeps my passport and BRP 'for the Home Office'. I work 11am to 1am, six and a half days a week. My salary is £1,200 a month on paper but he gives me £300 cash and says the rest pays for my room and food. I share one room above the restaurant with four other workers. If I complain he says he will cancel my visa, I will be deported and my father will lose the land.""",
  "AV RD EO WW AC IT", "uf dt lh ncw oa saw", "L")
A("""Au pair placement via registered agency: Spanish au pair, 19, 25 hours a week, own room with lock, £100 a week pocket money in line with guidance, weekends free, attends English classes.""")
A("""online report: my friend is an au pair for a family in richmond. she does all the cleaning cooking ironing for 6 people plus the kids from 7 in the morning till 11 at night, no day off in 2 months. they said her £100 a week would be paid at the end of summer but she hasnt had anything. they took her passport to 'register her' and never gave it back""",
  "EO WW RD", "lh dt", "D")
A("""Council HMO licence check, 19 Grove St: 5 student tenants with their own tenancy agreements. Smoke alarm on first floor not working; landlord served notice to fix within 14 days.""")
A("""3/B/P. INT suggests the 'Dolla' line (07700 900456) is running out of a flat in Grimsby occupied by a female heroin user, who is given free gear to let them use it. Two boys from Tottenham, believed 14 and 16, are staying there and are made to hold the drugs internally.""",
  "AV", "", "C", child=True)
A("""PCSO stop: two local youths aged 17 and 18 stopped near the station with a small amount of cannabis for personal use. Words of advice given, parents informed. No intelligence to suggest exploitation.""")
A("""Adult safeguarding (LA). Mr K (Slovak Roma, 38, cannot read or write) was brought to the UK by a family from his village. He packs chicken at a factory through an agency. The family took his bank card on his first day and he gets '£10 here and there'. He sleeps in the garage of their house on a camp bed. They have told him the police here hate Roma and will deport him if he goes to them.""",
  "AV WW AC IT", "ncw plc foa", "L")
A("""Hotel HR log: housekeeping staff complain about understaffing and being asked to clean 18 rooms a shift. Union rep involved. Pay and hours within contract, meeting booked with management.""")
A("""GLAA: housekeepers at a Heathrow hotel supplied through a third-party contractor are paid £3.50 per room cleaned. The contractor has held their passports 'for right-to-work checks' for several months and supervisors tell them they will be 'sent back' if they complain.""",
  "RD IT", "dt", "L")
A("""Drugs team. Warrant at 6 Parkside: occupant is a 24yo female known to mental health services. Dealers from Liverpool have been using her flat for 3 weeks. She disclosed that one of them made her have sex with him and took her phone so she couldn't ring her mum.""",
  "AV PV IS", "iso", "C")
A("""lots of young girls coming and going from flat 2 at all hours and men queueing on the stairs. theres a man sits in a car outside and takes the money off the girls when they come down""",
  "WW", "ncw", "S")
A("""Asylum seeker (M, Sudanese, 27) reports his Home Office letter was taken from the hotel lobby post tray. Crime reference issued, advised to contact his legal rep.""")
A("""OFFICIAL-SENSITIVE. Log 4471. 2/B/P. Re SPARKLE HCW, Dudley Rd. Staff approx 9 males, believed Albanian and Kurdish. Source reports: (1) manager Arben KOLA collects staff each morning 0700 from an HMO at 88 Oak St (owned by KOLA's brother) and returns them at 2100; (2) staff are paid £40 per day cash, which source considers low; (3) one worker, 'Besi', has told source he owes KOLA £6,000 for bringing him by lorry and that the amount 'goes up every month' because of rent; (4) source has no info to suggest anyone is prevented from leaving. Separate INT: VRM AB12 CDE registered to KOLA seen at Dover 14/09.""",
  "EO DB", "cedl lh", "L")
A("""Social media post passed to local team: 'anyone know if the new thai massage place on Queen St is legit? prices seem cheap lol'. Review: licensed premises, no intelligence held.""")
A("""School nurse: Roma girl (9) often absent, says she goes 'to the shops with auntie'. Police have seen her begging with an adult woman, not her mother, outside Boots in the city centre most days including school days. The woman takes the cup from her every hour.""",
  "AV WW", "ncw", "C", child=True)
A("""Mum reports her 16yo son has not come home, thinks he is at his girlfriend's. Located safe and well at girlfriend's address at 2310hrs. No concerns.""")
A("""I come from Gdańsk because a man in the pub say there is building work in Birmingham, £400 every week and a house. When we come the house is 14 men, mattress on the floor, one toilet. He say first we pay for the bus and the house, £250, so every week I have more debt. I work on roofs without a harness. After 5 months I still owe him money.""",
  "DE AC DB", "oa plc", "L")
A("""GLAA inspection, strawberry farm in Herefordshire (Seasonal Worker scheme). Workers housed 4 per caravan, free shuttle to town twice weekly, payslips checked and correct. One worker complained about a late payment in June, which was paid within 2 days.""")
A("""Complaint: Romanian HGV driver says his former employer owes him £600 of overtime from last month. He has left the company, has his own documents and another job. Advised on ACAS early conciliation and employment tribunal.""")
A("""NGO note (TARA). Client, 22, Nigerian (Edo State), took a juju oath before leaving Benin City and was told that if she disobeyed 'madam' or spoke to police she would go mad and her family would die. She was sold in Italy and brought to Glasgow, where she sees men in flats. Madam takes all the money towards a €35,000 debt.""",
  "IT DB WW", "ncw", "S")
A("""Girl, 15, known CSE risk, missing again tonight - last seen getting into a car with two older men outside the chicken shop on Lodge Rd.""",
  "AV", "", "S", r="immediate", child=True)
A("""Man says his landlord kept his deposit when he moved out and won't answer calls. Civil matter, advised re deposit protection scheme.""")
A("""2/A/P. Source directly states Samir (Sudanese, 17) is being used to deliver crack cocaine in Bournemouth by a male known as 'Ghost'. Samir sleeps at Ghost's trap house and is given no money, only food and a bed. Source has seen Ghost hit Samir with a belt.""",
  "AV WW PV", "saw", "C", child=True)
A("""Bank alert closed: several cards registered to one address belong to a family of six adults, each with their own account and employment. No concerns.""")
A("""Forced Marriage Unit referral. Ms A (21, British-Pakistani) was taken to Pakistan for a 'holiday' and married to her cousin. Since returning to Bradford she lives with his family, does all the cooking and cleaning for eight people, and is not allowed out unless her mother-in-law goes with her. Her passport is 'with the family'. Her husband forces her to have sex.""",
  "DE RM RD PV", "rmv dt", "D")
A("""Daughter phoned to check: her 80yo father's carer takes him shopping and manages his money under a lasting power of attorney, with his agreement. No concerns, just wanted it noted.""")
A("""Packhouse workers from the Lincoln HMO say the agency takes £95 a week for rent and £25 for the bus before they get paid, leaving them about £40.""",
  "WW", "ct ncw", "L")
A("""OFFICIAL-SENSITIVE. Intelligence report 0912/23. Grading 2/B/C (C: not to be disclosed to the premises licence holder). Subject premises: LUXE NAILS & SPA, 14 The Parade, Romford. POI 1: Van Tuan PHAM, DOB 03/07/1979, registered director. POI 2: unknown female 'Chi Lan', approx 40s, manager.
Source reports four females work at the premises, two of whom appear to be under 18. The two younger females are not seen to leave the shop during the day and eat in the back room. Source overheard POI 2 telling one of them she 'still owes' for her 'travel' and will not get any wages until it is cleared. The females are driven to and from the premises in a grey Toyota Prius (VRM LD68 XYZ) by POI 1 at approx 0800 and 2030 daily. Source has also seen POI 1 slap one of the girls in the street.
No information on accommodation. Note: premises subject of a Trading Standards complaint in 2021 re a chemical burn to a customer - not connected.""",
  "AV DB WW EO PV", "et cedl lh", "L", child=True)
A("""Kid on a bike dropping wraps off at the flats on Corby Rd, says he's from Luton, looks about 13.""",
  "AV", "", "C", child=True)
A("""Shoplifting at Co-op, lone male, known local offender, CCTV obtained.""")
A("""hi i dont no if this is the rite place but i have to tell someone. my partner worked at a veg farm near spalding for 2 week through a man who picks up workers in the car park at tesco. he was told it was £12 a hour and a room. the room was a caravan with no heating and 6 men in it and a hole in the floor. they start 5 am and finish when the man says, sometimes 10 at nite. at the end of the 2 week the man gave him £80 and said the rest was for the caravan and the lift every day and for the knife and gloves. when my partner said he was leaving the man said he knows where we live and showed him a video on his phone of a guy being beat up and said thats what happens to people who talk. my partner is scared to go to police because he has no visa. please dont use my name""",
  "DE AC EO WW IT", "oa plc lh ct ppe foa ncw", "L")
A("""Interview with A (Albanian, 19) via interpreter. A says that in Albania he owed money to a man in Durrës after his father's shop failed. The man said he could clear the debt by working in England for one year at a car wash and would earn £1,500 a month. He travelled by lorry from Belgium.
In England he was taken to a house in Kent and told the car wash was closed and he would 'look after a garden' for a while. The garden was a cannabis farm in a converted barn. He lived in the barn with one other man, slept on a camp bed next to the lamps, and a man came every three days with food. He was never paid; he was told the money was going to the man in Durrës. His phone was taken on the first day and he does not know the address. He was told that if the plants were stolen or died the cost would be added to his debt. He left when police raided the barn.""",
  "AV DE DB WW IS AC", "iso saw plc ncw", "C")
A("""Report of two people living in a tent by the canal towpath, appear to be rough sleepers. Outreach team informed.""")
A("""my cousin went to turkey last year because a man in our community in leeds said he could get £10k for his kidney and clear what he owes him. he came back with a big scar and only got £2k and now they say he still owes. hes very ill""",
  "DB DE AV", "pa", "O")
A("""NHS Blood and Transplant: non-directed altruistic kidney donor (M, 38) assessment complete. No payment or reward, no coercion identified, donor fully understands the procedure. Approved by HTA panel.""")
A("""Handover to CID. IP is a 27yo Sudanese female who attended the front counter at 1900hrs with a neighbour. States she has worked as a maid for a family in Edgbaston for 3 years and has never been paid, is hit by the wife with a slipper when food is late, and is locked in the house when the family go out. Family believe she is at the shops. IP has nothing with her except the clothes she is wearing. No passport - says the husband keeps it. Safe accommodation being sought via SA; NRM consented.""",
  "WW PV RM RD", "rmv dt fpe", "D")
A("""The lads at the car wash never have coats on even in the snow and look half starved.""",
  "", "pa", "")
A("""Advert for 'Sweet Lily, 18, just arrived' uses the same phone number as 11 other girls' adverts across 4 cities.""",
  "", "", "S")
A("""Site visit report, Riverside Phase 2. HSE inspector attended following a fall from height on 12/05. The injured worker (Lithuanian, 44) is employed directly by the principal contractor, paid by BACS, lives in his own rented flat in Leyton and has worked for the firm for six years. He told the inspector he was not clipped on because the anchor point had been moved. The company has since retrained staff.
Separate issue: two agency labourers complained they were paid a day late because of the bank holiday; this has now been paid. Inspector notes no labour exploitation concerns. Prohibition notice issued for work at height.""")
A("""Intel Log 2231. Grading 1/B/P. Subject: 'T-Bone' line (07700 900777) operating in Exeter.
Nominal 1: Kyle MORRISON DOB 11/02/2001 - line holder, based Lewisham.
Nominal 2: Jayden (surname unk), approx 15yrs, MFH from Croydon since 04/10.
Nominal 3: Carol EVANS DOB 09/09/1968, occupant of 7 Sidwell Ct, Exeter, heroin user.
INT: Nom 2 is being kept at Nom 3's address to run deals; he is not permitted to leave the flat except to make drops and an older male goes with him when he does. He has been told his debt is now £2,000 after being 'robbed', which source believes was set up by MORRISON's associates. Nom 3 gets heroin in lieu of rent. Source has seen an untreated stab wound to Nom 2's leg.
Risk to Nom 2 assessed HIGH. Recommend strategy meeting today and welfare visit.""",
  "AV RM DB PV", "rmv pa", "C", r="immediate", child=True)
A("""Cash machine tampering suspected at the garage on the A38, skimming device recovered.""")
A("""Through the interpreter: T. says she is 17. She says her family in Ha Tinh borrowed $20,000 from 'the company' for her to go to England to study. When she arrived in Birmingham she was told the study would come later and she must work in a nail bar to pay back the loan. She worked from 9 until 8 every day, lived at the shop owner's house and was given £100 a month. She says the owner's husband came into her room at night and she could not stop him.""",
  "AV DE DB EO WW PV", "lh", "L", child=True)
A("""Man selling the Big Issue outside the station, badge checked, all fine.""")
A("""Woman approached officers at the station saying she had lost her purse and train ticket and had no money to get home to Leeds. Travel warrant arranged via BTP.""")
A("""101: caller's sister is a live-in cleaner for a family in Hampstead. The family took her phone two months ago; she has only managed to call once, from a shop, and didn't know the address of the house.""",
  "IS", "iso", "D")
A("""2/C/P. INT suggests approx 5 Chinese females living in a flat above a takeaway in Swansea which is used as a brothel. The females are rotated every week, arrive with one small bag each, have no phones and speak no English. A male known as 'Ah Keung' answers the door and takes all bookings.""",
  "IS", "fpe iso sfw", "S")
A("""Concern for welfare: elderly neighbour not seen for a week. Officers attended, neighbour in hospital following a fall. Family informed.""")
A("""Union rep: a group of Indian students on student visas are being used at a parcel depot in Coventry via an umbrella company. They work 60-70 hours a week though their visas allow 20, and the supervisor keeps reminding them 'you know what happens if the Home Office finds out'. They are paid onto prepaid cards issued by the umbrella company, topped up only when the company decides; several have been waiting six weeks for money they are owed. They share a 3-bed house arranged by the supervisor, 10 people.""",
  "AV EO IT WW AC", "lh ncw oa", "L")
A("""Store detective: group of four Romanian children (approx 10-14) stealing razor blades and perfume and handing them to an adult male waiting in a car outside. Children detained; male drove off. Children had no ID and were very thin.""",
  "AV", "pa", "C", child=True)
A("""Parent reports son's bike stolen from outside school, no suspects, no CCTV.""")
A("""Transplant coordinator: patient returned from a 'transplant tourism' trip to Pakistan with a new kidney. He says he paid $40,000 and the donor was 'a poor labourer who was paid for it'. Reported in line with HTA guidance.""",
  "", "", "O")
A("""Debrief of S (F, 48, Indian national, Punjabi speaker). Interpreter present.
S states she was employed as a cook by a family in Delhi for many years and was brought to London by the same family when they moved in 2019. She was told she would be paid £600 a month in London and have one day off a week. In London she slept on a mattress in the utility room and worked from 5.30am until the family went to bed, usually after 11pm. She has never had a day off. She was paid nothing in the UK; when she asked, the employer said it was being 'saved' for her.
The employer's wife slapped her on several occasions and once threw hot tea at her. She was not allowed out alone and did not know the name of the road. Her passport was kept in a locked drawer in the study.
S left on 14/08 when a delivery driver helped her. She has a small bag of clothes and no money.""",
  "DE EO AC WW PV RM IS RD", "lh plc rmv iso dt fpe", "D")
A("""She says the boss keeps her card and PIN and gives her £30 on Fridays.""",
  "WW", "ncw", "")
A("""Neighbour reports men going in and out of the garage at number 9 late at night. Officers checked: the owner runs a licensed car repair business from home. No concerns.""")
A("""3/C/P. INT suggests an Instagram account (@elite_models_ldn) is recruiting young women from Brazil and Colombia with offers of modelling contracts. On arrival they are taken to apartments in Canary Wharf and told they must see clients to repay their flights and 'agency fees' totalling £5,000.""",
  "DE DB", "", "S")
A("""Border Force Dover: coach carrying 40 Polish seasonal workers, all with contracts, return tickets and their own documents, travelling to a registered farm in Kent. No concerns.""")
A("""saw a woman banging on the window of flat 4 last night screaming help and a man dragged her away from it""",
  "PV RM", "rmv", "", r="immediate")
A("""Live-in carer (F, 55, Zimbabwean) for an elderly man in Surrey. Works long days but has two full days off a week, holds her own passport and is paid monthly into her own account. She says the son shouted at her once about the shopping but has never threatened her.""")
A("""Romanian woman (22) told the NGO she was brought to Manchester by a man who said she would work in a hotel. Instead she was made to marry a Pakistani man she had never met so that he could get a visa. She lives with him; he rapes her and his family make her clean the house all day. The man who brought her was paid £10,000.""",
  "DE PV", "", "C D")
A("""No concerns, she has her own passport and goes out when she likes.""")
A("""nail place on queens rd the girls live there i think cos i see them hanging washing out the back window n they r always there 8am - 10pm 7 days a wk. the owner dont let them talk to customers at all""",
  "EO IS", "saw lh iso", "L")
A("""DA: female reports her ex-partner keeps messaging her and turning up at her work. Harassment crime recorded, DVPN being considered.""")
A("""Fraud team: student (19) recruited via Snapchat to 'receive payments' into her account for a fee; £28,000 passed through in two weeks. She now says the man who recruited her threatens to post her address online if she closes the account.""",
  "IT", "", "C")
A("""Prison OMU: prisoner due for release has no fixed abode; housing referral made. No exploitation concerns identified at interview.""")
A("""LADO consult: foster carer reports a 16yo Afghan UASC in her care has disclosed that before coming into care he lived with a man in Southall who made him work in his shop 14 hours a day for food and a bed in the storeroom. The man still rings him saying he owes £3,000 for the 'favour'.""",
  "AV EO WW DB", "lh saw", "L", child=True)
A("""999: male says he has got out of a farm near Boston where he was locked in a shipping container at night, the boss chased him with a bat, he is hiding in the petrol station toilet on the A16, other men still there.""",
  "RM PV", "rmv", "L", r="immediate")
A("""Food hygiene inspection at restaurant: rating 3. Four kitchen staff on rota; cleanliness issues in the storeroom. Revisit in 3 months.""")
A("""2/B/P. INT suggests POI Gheorghe LUCA (DOB 22/01/1975) holds approx 20 bank cards in other people's names and withdraws benefits and wages every Thursday at the post office in Ilford. The account holders are Romanian men brought over by LUCA who work on building sites and live in two houses he rents, 8-10 per house.""",
  "WW AC", "mbc ncw oa", "L C")
A("""my daughters 13 and some 20 yr old lad keeps sending her stuff on snap, he bought her a phone and now he wants her to come to a party in a hotel with his mates. shes saying hes her boyfriend. please help""",
  "AV", "", "S", child=True)
A("""Au pair dispute: Italian au pair (20) called 101 after an argument with her host family about her hours; she was asked to babysit on a Saturday night, which was not in her agreement. Officer spoke to both parties. She has her own room, her passport, gets £110 a week and attends language classes. She has decided to move to another family through the agency. Words of advice; no offences, no exploitation concerns.""")
A("""MCA inspection, trawler out of Kilkeel. Six Filipino and two Ghanaian crew on transit visas. Crew say they were recruited in Manila for $1,200 a month; the contracts on board show $500. Crew have not been paid for four months - the skipper says the owner 'sends it to the families', but two crew called home on the inspector's phone and their families have received nothing. Crew are not permitted to go ashore because they 'have no visa for the UK'. Passports held by the skipper. Crew cabins wet and mouldy with no working heating. They work 'until the catch is in', often 18-20 hours.""",
  "DE WW RM RD AC EO", "rmv dt plc lh", "L")
A("""Caller asks whether it is legal to sell a kidney as he is in debt. Advised it is not and signposted to debt advice services.""")
A("""I was homeless in Stockport when a man offered me £80 a day for tarmac work and a place to stay. I ended up living in a horse box on a site for six years. I was paid nothing, maybe a few quid for tobacco. They'd give me a beating if I slowed down. I wasn't allowed off the site without one of the sons. They said if I ran they'd find me, they did it to another lad.""",
  "AV DE AC WW PV RM IT", "plc rmv", "L")
A("""theres a man on our street who always has different women visiting him hes a creep""")
A("""Jobseeker complaint: an agency in Leicester asked him for a £150 'registration fee' before it would offer him warehouse work. He refused and found work elsewhere.""",
  "", "uf", "")
A("""3/B/P. INT suggests Chinese nationals working at a cannabis factory in a disused mill in Oldham have been told their families in Fujian will be harmed if a crop is lost. A worker who tried to leave last month was beaten.""",
  "IT PV", "", "C")
A("""GLAA Enforcement Officer notes, Op MERIDIAN. Visit to Premier Poultry Ltd, Unit 9, Brickfields Industrial Estate. 42 workers on shift, most supplied by Fastline Recruitment. 17 interviewed with Polish, Romanian and Lithuanian interpreters.
(a) 11 workers said they are collected from the same three addresses at 04:45 by a Fastline driver and returned after 18:00, six days a week;
(b) each is charged £6 a day for the transport, deducted from wages;
(c) 9 said they paid £200 cash to a man in their home town for the job, 'for paperwork';
(d) workers hold their own documents and bank cards;
(e) the three addresses were visited: 22 Crown St had 13 people in a 3-bed terrace, mattresses in the living room and kitchen, arranged and charged for by Fastline.
Workers described the Fastline supervisor as strict but none reported threats or violence. Licence revocation under consideration.""",
  "EO AC", "cedl lh ct uf oa plc", "L")
A("""i think the woman next door is kept like a slave. she does all their cleaning and washing and they lock the front door from outside when they go out so she cant leave""",
  "RM", "rmv", "D")
A("""Man found asleep in his car in a factory car park, says he had an argument with his wife. Given advice on shelter. He does not work at the site.""")
A("""Via interpreter: H. (Vietnamese, says she is 16) was moved between nail shops in Leeds, Hull and York. She didn't know the names of the towns until police told her. She was not allowed a phone and spoke to nobody except the owners. She was paid nothing; the owner said her parents had already been paid.""",
  "AV IS WW", "iso", "L", child=True)
A("""Noise complaint: builders working next door start at 7am and finish at 5pm, caller wants them to start later.""")
A("""1/B/C (not to be disseminated outside MSHT unit). Source is a former driver for a diplomatic household in Mayfair. States the household employs four Indonesian maids who sleep on mattresses in the basement laundry, are locked in at night, do not hold their own passports and have been told that if they try to leave they will be arrested by British police because they are illegal.""",
  "RM RD AC IT", "rmv dt plc foa", "D")
A("""Kitchen staff at a Chinatown restaurant protested over service charge being kept by management; the restaurant has agreed to pass it on in full from next month. Employment matter, staff free to leave and paid their wages.""")
A("""Witness statement of F (Eritrean, 24), taken with a Tigrinya interpreter.
'I left Eritrea in 2019. In Libya the smugglers held me in a warehouse for seven months until my brother in Sweden paid. They beat the men and they raped the women, me also. In Calais a man called Tedros said he could get me to England and I would pay him when I was working.
In London he put me in a flat with three other women. He said I owed £9,000 and I had to go with men. He kept all the money. He took my phone and the flat door had two locks and he had both keys. I was there about four months. One night he forgot to lock the bottom lock and I ran.'""",
  "PV DB WW IS RM", "ncw iso rmv", "S")
A("""Taxi driver reports passenger ran off without paying the fare at Church St.""")
A("""Benefits investigation: Slovak couple, both with learning difficulties, brought to Sheffield by relatives who registered them for Child Benefit and Universal Credit. The relatives control the payments and the couple are made to beg in the city centre every day.""",
  "AV", "ncw", "C")
A("""They showed me a video of what happened to the last one who talked.""",
  "IT", "", "")
A("""door locked from outside, boss has the key, we cant get out of the shop at night""",
  "RM", "rmv saw", "L", r="immediate")
A("""SA: former client calls to say she is settled in her new job, has her own flat and wanted to thank the team. Case closed.""")
A("""3/C/P. INT suggests staff at the Golden Dragon takeaway in Barry work 12-hour shifts seven days a week, sleep in the storeroom on flattened boxes and are paid £100 a week.""",
  "EO AC", "lh saw plc", "L")
A("""I meet Alex in Bacău, he was my boyfriend. He said we go to England to work in a factory and save for a house. In Birmingham he said the factory is finished, we need money fast, I must do massage. Then it was not massage. He took all the money every night. When I said no he pulled my hair and kicked me. He said he will send the photos to my father.""",
  "DE WW PV IT", "ncw", "S")
A("""Vietnamese student (19) reported missing by the university; found staying with friends in Manchester, attending lectures online and in contact with her family. Closed.""")
A("""GP letter: patient, now 29, disclosed that from the age of 11 to 17 she lived with a family in Peckham who brought her from Lagos. She did all the housework and childcare, never went to school and was beaten with a belt if things were not done.""",
  "AV PV", "", "D", child=True)
A("""NCA briefing: network recruiting Moldovan and Romanian men in the UK with offers of construction work in Turkey. On arrival their passports are taken and they are pressured to 'sell' a kidney to pay off their debts to the recruiters.""",
  "DE RD DB", "dt", "O")
A("""lady at the car wash said her husband works there 7 days a week and the boss pays his wage by sending money to albania, he gets nothing in his hand""",
  "EO WW", "lh ncw", "L")
A("""Car wash owner called 101 to report a customer who drove off without paying.""")
A("""2/B/P. Brothel operating at 55 Linden Ave, Luton. INT suggests three Romanian females aged approx 20 managed by POI Florin DUMITRU, who keeps their ID cards and takes all their earnings. One female seen by a client with a black eye.""",
  "RD WW", "dt ncw pa", "S")
A("""Delivery rider complains the app company deactivated his account; says the algorithm is unfair. Not a police matter, signposted.""")
A("""Mum of 16yo says a dealer has told her son 'your little sister will get it' if he doesn't go back to Swindon with the next batch. He is home now but terrified.""",
  "AV IT", "", "C", child=True)
A("""lots of foreign lads working on the new housing estate must be illegals""")
A("""THERES A BROTHEL ON MY ROAD!! THE GIRLS LOOK DRUGGED AND SKINNY AND THE MAN WITH THEM DONT LET THEM OUT ON THEIR OWN EVER, HE WALKS THEM TO THE SHOP AND BACK""",
  "RM", "pa rmv", "S")
A("""Care home manager: a new night carer placed by an agency told colleagues she lives in a room provided by the agency owner, has no phone of her own and does not know the address of the house. She is driven to and from every shift by the owner's husband.""",
  "IS", "iso et", "L")
A("""Female reports she has lost her BRP, believes she left it at the library. Advised to report to the Home Office.""")
A("""999 call summary: night manager at a hotel on Station Rd reports a girl of approx 16 in room 214, booked by an older male who paid cash. Staff have seen five different men go up to the room in three hours. The girl came down crying asking for a phone charger and said she 'isn't allowed to leave until the morning'. The male is currently in the hotel bar.""",
  "AV RM", "rmv", "S", r="immediate", child=True)
A("""Hotel reports guest causing damage to a room after a party; officers attended and removed him.""")
A("""Working girl (Hungarian, 26) tells outreach the woman who runs her adverts says her debt has gone from £3,000 to £7,000 because of 'fines' for being late and for the room.""",
  "DB", "", "S")
A("""She gets £20 a week pocket money, the rest goes to the lady.""",
  "WW", "ncw", "")
A("""Minibus carrying agricultural workers stopped for overloading: 18 people in a 15-seat vehicle. Driver reported. Workers were travelling to a licensed farm and had no complaints.""")
A("""She said that if he had ever tried to take her passport she would have left, but he never did. She works as a nanny, is paid properly and has her own flat.""")
A("""Bank ID fraud team: six accounts opened using the Lithuanian ID cards of men working at a car parts factory. The men say they handed their IDs to their landlord when they moved in and never got them back; he used them to take out loans. They knew nothing about the accounts.""",
  "RD", "dt", "C")
A("""car wash on the roundabout the kurdish boys there work from 7am to 9pm every day even xmas day, i asked one and he said no day off ever""",
  "EO", "lh", "L")
A("""Customer complains her nails became infected after a visit to a nail bar and wants a refund. Passed to Trading Standards.""")
A("""Children's Services - strategy meeting (summary). Subject: M (Eritrean, stated age 16), UASC placed at a hotel in Kent.
M went missing on 02/11 and was located on 09/11 at a car wash in Slough by officers attending an unrelated report. M said a man he met outside the hotel offered him £50 a day at the car wash. He worked from 7am until dark, slept on the floor of a storage container behind the car wash with three adult men, and was not paid because, he was told, the man had paid for his train ticket and food and he had to pay that back first. His phone was 'borrowed' by the man on the first day and not returned. M has no injuries.
Attendees noted that two other UASC from the same hotel have been missing since October.
Actions: NRM referral (child - no consent needed), ICTG referral, placement move out of area.""",
  "AV DE EO AC WW DB IS", "lh saw plc oa iso ncw", "L", child=True)
A("""GLAA intelligence check. Report from a member of the public that Eastern European workers at Greenfields plant nursery 'look miserable and are picked up in a van'. Officers attended: 22 workers, employed directly by the nursery, all on written contracts. The minibus is run by the nursery, free and optional; several workers drive themselves. Start time 6.30am in summer to avoid the heat, finish 3pm. Workers live in their own rented accommodation in town and hold their own documents and bank cards. Two workers interviewed with an interpreter described the manager as fair. Payroll checked: above NLW, holiday pay correct. NFA, informant updated.""")
A("""Facebook post in a Romanian community group offering £15,000 for a 'healthy kidney donor, O+, discreet', with a WhatsApp number.""",
  "", "", "O")
A("""Through the Urdu interpreter, Mr H says the man who brought him to Bradford said he owed 1.5 million rupees for the visa and the only way to pay was to 'donate' a kidney to the man's relative. He was told his brother in Mirpur would be hurt if he refused. He was taken to a private clinic, told it was a health check, and woke up after surgery. He was given nothing.""",
  "DB IT DE", "", "O")
A("""Man reports his wallet and bank cards stolen from a locker at the gym; cards since used at two cash machines in town.""")
A("""2/B/P. INT suggests a male known as 'Uncle Jay' at the shisha bar on Hill St gives free food and vapes to girls from Grange Academy aged 13-15 and takes them up to the flat above the bar.""",
  "AV", "", "S", child=True)
A("""Sudanese male (30) at the immigration reporting centre says he is worried about his asylum claim. Volunteers at a food bank. No exploitation concerns disclosed.""")
A("""They take our phones when we arrive at the farm and give them back on Sunday for one hour.""",
  "IS", "iso", "L")
A("""Agency induction at a bakery in Swindon: a Slovak man brought seven workers and translated everything for them. None had their own ID with them; the man produced all of their ID cards from a folder he kept. The workers did not answer a single question themselves.""",
  "RD", "dt sfw", "L")
A("""Caller's lodger has gone back to Poland leaving his belongings in the room; caller asks what to do with them. Advised.""")
A("""Hello, I write for my brother Cristian. He go to work in England in June with a man from our village who say is job in chicken factory with 1.600 pounds and house. He call me only two times. He say they live 20 people in one house, they go to work in the night in a car and come back in morning, the man keep their cards from the bank and give them only money for food. He say the man have all identity cards because 'is for the contract'. Now one month I not hear him, his phone is closed. I am very worry. The house is in Northampton I think near big Tesco. Please help.""",
  "WW AC RD", "ncw oa dt", "L")
A("""Family in Iași asked police to check on a Romanian man who hadn't called home for a week. Officers found him at work at a warehouse; his phone was broken and he has now called his family.""")
A("""Shop security: two Romanian women caught stealing baby milk. One said in broken English 'if we come back with nothing he beats us'. A man in a car was seen dropping them off and waiting.""",
  "IT PV", "", "C")
A("""Big Issue seller (Romanian) reports being verbally abused by a passer-by. Hate incident recorded.""")
A("""IDVA referral. Ms P (26, Indian) came on a spouse visa 18 months ago. Her in-laws keep her passport, she is made to cook and clean for nine people from 5am to midnight, she is not allowed to contact her parents and she is told she will be sent back divorced and shamed if she complains. Her husband slaps her.""",
  "RD EO IS IT PV", "dt lh iso", "D")
A("""He took my phone and my passport and said I belong to him now.""",
  "IS RD", "iso dt", "")
A("""Worker at a recycling plant says the agency charges £25 a month for 'PPE hire' and £10 for a locker. Otherwise he is fine: paid into his own account, has his passport and could leave any time.""",
  "", "ppe", "")
A("""2/B/P. INT suggests a 15yo female from Bedford is being used to carry drugs to Kettering for the 'Ace' line and is made to have sex with line members as 'payment' for a drugs debt.""",
  "AV PV DB", "", "C S", child=True)
A("""Care home staff complain that rotas are changed at short notice. Employer consulted, HR matter.""")
A("""My name is Nok. Agent in Bangkok say I work in Thai massage in London, real massage, 40,000 baht every month. I pay agent 150,000 baht before I come, my mother borrow from moneylender. In London the boss take my passport first day. I work in massage shop but customer want sex and boss say I must do it or I pay more debt. I sleep in the shop on the floor with the other girls. I work every day, 10 o'clock morning to 2 o'clock night. Boss give me only £50 every week. I not know where is the shop, I never go outside alone.""",
  "DE AV RD DB AC EO WW IS RM", "uf dt saw plc lh ncw iso rmv", "S")
A("""Lost dog found on the industrial estate, returned to owner.""")
A("""Jobcentre work coach: claimant (Polish, 50, alcohol dependent) always attends with a man who answers for him. Claimant whispered that the man keeps his payments and he sleeps in the man's garden shed. He is made to labour on the man's building jobs for cans of beer.""",
  "AV WW AC", "sfw ncw plc", "L C")
A("""3/B/P. INT suggests Romanian females are flown into Gatwick having been told they are coming to clean houses, and are placed in short-let flats across Brighton for 3-4 days at a time. The females are not allowed to keep phones and are moved between flats by a driver who waits outside during bookings.""",
  "DE IS", "iso et", "S")
A("""Short-let host complains guests held a party and left a mess; no other concerns.""")
A("""we never get paid, boss always says later later""",
  "WW", "", "")
A("""Pay query: Polish warehouse worker says his last payslip is £85 short. Agency accepts the error and will correct it in the next pay run. He has his own bank card and passport.""")
A("""Op HARBOUR - warrant executed 06:00 at 17 Meadow Rise, Swindon.
Occupants: (1) male, Albanian, states 17, found in bedroom 2 among approx 300 plants; (2) male, Albanian, 34, found asleep downstairs, claims to be 'visiting'.
Premises: electricity bypassed, all windows boarded, front door secured with a bolt on the outside and a padlock, back door screwed shut.
Male 1 had a mattress, a rucksack with one change of clothes and a phone with no SIM. He told officers via Language Line he was brought here 'two months ago', a man brings food, and he has not been outside since. He owes 'the boss' £15,000 for the journey.
Male 2 arrested for conspiracy to produce. Male 1 treated as potential victim: NRM referral (child), placed with EDT.
Exhibits: 3 phones, £2,400 cash, notebook with names and sums.""",
  "AV RM DB IS", "rmv fpe saw iso", "C", child=True)
A("""Warrant at 3 Elm Close: small cannabis grow in the loft. Occupier is a British male (45) who owns the house and says he grows for his own use. No one else present. Charged.""")
A("""Every time I try to talk to the Romanian cleaners their supervisor answers for them.""",
  "", "sfw", "")
A("""Crew (Sri Lankan) on a Scottish prawn trawler say they have not been able to phone home for five months because the skipper keeps the satellite phone and their mobiles locked in the wheelhouse.""",
  "IS", "iso", "L")
A("""Fishing vessel inspection: crew of five, all UK residents, contracts and pay correct, rest hours logged. No issues.""")
A("""School referral: Year 8 girl (12) from Ghana lives with a 'guardian'. She says she cleans the house before and after school and cooks for the family, and the guardian's adult son touches her at night.""",
  "AV PV", "", "D", child=True)
A("""Female says her husband manages the joint household account and gives her housekeeping money; she wants advice. She works and receives her own wages, no violence or threats reported. Signposted to support services.""")
A("""Adult safeguarding: 84yo man's nephew has been collecting his pension for a year and gives him £10 a week. Man lives alone.""",
  "", "ncw", "")
A("""Told it was a job picking fruit in Kent, ended up in a cannabis house in Essex.""",
  "DE", "", "C")
A("""Promised hotel work in London but they took us to a brothel in Leeds.""",
  "DE", "", "S")
A("""Woman reports she was scammed by a fake job advert asking £300 for a uniform and training; she paid but the job does not exist. Action Fraud reference given.""",
  "", "uf", "")
A("""Woman reports her handbag stolen at the bus station, no suspect description.""")
A("""Bank branch concern: account of a 17yo receives many small payments which are withdrawn as cash straight away. He told staff his 'friend' keeps the card and will 'sort him out' if he closes the account.""",
  "AV IT", "ncw", "C", child=True)
A("""Debrief (Portuguese interpreter). G, 31, Brazilian, entered the UK as a visitor in 2022 and overstayed. She found work through a Facebook group with a cleaning company run by a Brazilian couple in Harrow. She was told she would earn £10 an hour and could live in their house for £300 a month.
She cleaned offices from 4am to 8am and houses from 9am to 7pm, six days a week. The couple collected the pay from the clients and paid her 'when they had it'; in five months she received £600. They said that because she had overstayed she could not complain to anyone and they would call immigration if she left. She shared a bedroom with five other women in the couple's house.
She was not physically harmed. She left after a client noticed she was crying and gave her a charity's number.""",
  "AV DE EO WW IT AC", "lh ncw foa oa", "L")
A("""SARC referral: F, 19, Albanian, brought in by police after being found distressed on the M1 hard shoulder. Says she escaped from a car, had been raped repeatedly in a house in Leicester over two weeks, and that her 'boyfriend' arranged the men and took the money.""",
  "PV WW", "ncw", "S")
A("""GP note: Pt (M, 34, Egyptian) has a nephrectomy scar. Says he sold a kidney in Cairo to pay the smugglers for his journey to Europe; the smugglers arranged the operation.""",
  "DB", "pa", "O")
A("""Midwife booking: 24yo Polish woman, first pregnancy, lives with partner, works at a bakery, attended alone. No safeguarding concerns.""")
A("""Midwife note: late booking at 30/40. Woman (20, Vietnamese) attended with a man who said he was her 'boss' and refused to leave the room; he held her documents and answered every question. She works in a nail salon and lives above it. When he left to move the car she wrote on the notepad 'he not let me go out'. Appeared frightened, no eye contact.""",
  "RD RM", "sfw dt saw rmv", "L")
A("""Neighbour reports scaffolding left unsafe over the weekend. Council building control informed.""")
A("""INT LOG 3390. 2/B/P. Re: JD GROUNDWORKS LTD (director Daniel JAMES DOB 14/06/1980). Source (former employee) reports:
(1) JAMES employs approx 15 labourers, mostly Romanian, cash in hand;
(2) labourers are picked up by JAMES's foreman from a house at 4 Birch Rd at 0600 and dropped back around 1900;
(3) they pay the foreman £10 a day for the lift;
(4) source believes the foreman keeps the workers' ID cards 'for site inductions' and has never seen them returned;
(5) one worker known as 'Vali' told source he has not been paid for six weeks and is told 'next Friday' every week;
(6) JAMES's own son also works on site, is paid properly and lives at home - no concerns re him.
Source has no information about threats or violence.""",
  "EO RD WW", "cedl lh ct dt", "L")
A("""Warehouse workers complain the agency changes their shifts by text at short notice. All are paid correctly into their own accounts.""")
A("""He doesnt know the address where he lives, they move them every few weeks and nobody is allowed a phone.""",
  "IS", "iso", "")
A("""Outreach: women working from pop-up flats in Milton Keynes say they pay the driver £100 for every trip between cities, and he takes them to and from every booking.""",
  "", "ct et", "S")
A("""report: the chinese takeaway lot all live upstairs, about 4 of them, they seem fine and go out to the pub on sundays""")
A("""Landlord reports his tenant has sublet to 'his workers' - 9 men in 2 rooms. The men told the letting agent they are not allowed to go out except to work and that the tenant takes their wages.""",
  "RM WW AC", "rmv ncw oa", "L")
A("""Teenager (15) reported missing, returned home next morning, had been at a friend's house. Return interview: no exploitation concerns.""")
A("""Handover: 3x Bulgarian males arrested at a bank in Croydon trying to open accounts with false Italian ID cards. Interviewed with interpreter: a man in Sofia paid their flights and gave them the IDs; they must open ten accounts each to pay him back, and he has kept their real passports.""",
  "DB RD", "dt", "C")
A("""Male (28, local) arrested for possession with intent to supply; admits dealing on his own account. No exploitation indicators.""")
A("""Fire service visit: workers at the car wash sleep in a portacabin behind the jet wash bays - six mattresses, one small window, no heating apart from a paraffin heater. Owner says they are 'just resting between shifts'.""",
  "AC", "saw plc oa", "L")
A("""Pakistani man (40) on a skilled worker visa tells a Migrant Help adviser that his employer, a takeaway in Rochdale, made him repay £8,000 of 'sponsorship costs' from his salary, takes £1,000 of his £2,100 monthly pay back in cash the day after payday, and tells him that if he leaves the job his visa will be cancelled and he will be detained.""",
  "DB WW IT", "ncw foa", "L")
A("""Skilled worker (Nigerian nurse) asks whether she can change employer; her sponsor has been supportive. Advised to contact UKVI.""")
A("""Came in with just the clothes on her back and a carrier bag.""",
  "", "fpe", "")
A("""HELP there is a young girl maybe 14 in the flat opposite me, she keeps crying and different men go in, a man locks the door from outside when he leaves. shes there right now""",
  "AV RM", "rmv", "S", r="immediate", child=True)
A("""Report of a suspicious van parked near the school; checked, it belongs to a window cleaner.""")
A("""Social worker: elderly Sikh woman (71) was brought from India by her son 'for a visit' and now cooks, cleans and looks after his three children full-time. The son keeps her passport and she is not allowed to phone her daughter in Canada. She says she is tired but 'it is family'.""",
  "DE RD IS", "dt iso", "D")
A("""Financial crime: nine accounts belonging to Vietnamese nail technicians all receive wages that are transferred out the same day to one account held by a Ms T LE.""",
  "WW", "ncw", "L")
A("""I was told I would be a waiter in a big restaurant but it was a small takeaway, I washed dishes and slept in the kitchen.""",
  "DE", "saw", "L")
A("""GLAA compliance visit to a shellfish processor in Fleetwood: 60 staff via a licensed provider. Interpreter-led worker interviews found no fees, no accommodation issues, free PPE and a worker hotline poster in six languages.""")
A("""2/B/P. INT suggests Polish workers at a building site in Croydon are locked inside the compound overnight in a steel container and have been told they will be 'buried in the foundations' if they go to the police.""",
  "RM IT AC", "rmv saw plc", "L")
A("""Romanian worker says he is happy at the car wash; the boss gives him a lift to the bank on Fridays so he can send money home, and he has his own card.""")
A("""CEOP referral: 12yo boy has been sending images to an adult on Discord who now threatens to share them unless he sends more and meets him.""",
  "AV IT", "", "S", child=True)
A("""the car wash boys sleep in the shipping container round the back""",
  "", "saw plc", "")
A("""Man with a learning disability reported missing by his mum, found at the local library. Lives with family and works at a supported employment café.""")
A("""A care agency director from Kent has been ordered to pay £60,000 compensation after a tribunal found she recruited 30 care workers from Kerala and Zimbabwe with promises of full-time work, charged each of them up to £10,000 for visas, housed them six to a room in two houses she owned, and then gave them only a handful of hours each week. Workers told the tribunal they were warned that complaining would lead to their sponsorship being withdrawn and their removal from the UK. The Home Office has revoked the agency's sponsor licence and the GLAA said it was investigating further.""",
  "DE AC IT", "uf oa foa", "L")
A("""She thought the job was in London but it turned out to be in Croydon; she laughed about it and is happy there.""")
A("""Refugee Council youth worker: Eritrean girl (stated 16) who arrived on a small boat was collected from the hotel by a 'relative' and now stays at his flat in Lewisham. She looks after his three children and does all the housework, sleeps on the sofa, does not go to college, and he has her ARC card.""",
  "AV RD", "dt", "D", child=True)
A("""Parent reports the school has not returned her son's passport after the Paris trip; school confirms it is in the office safe and will be handed back on Monday.""")
A("""999: female caller (Filipino) says she is a maid at a house on Bishops Ave. Her employer locked her in her room after she asked for her pay and said he will 'break her legs' if she tries to leave. Calling on a hidden phone, very quiet.""",
  "RM IT", "rmv", "D", r="immediate")
A("""Filipino nurse complains about noisy neighbours in the hospital staff accommodation. Referred to the housing officer.""")
A("""Polish warehouse staff say the agency minibus is compulsory and costs £8 a day, and the driver waits for them after the shift and takes them straight back to the house.""",
  "", "ct et", "L")
A("""Disabled man begging at the traffic lights is dropped off and picked up by a Mercedes every day; says he gives the money to his 'friend'.""",
  "AV WW", "cedl ncw", "C")
A("""Report of a man begging on Broad St; he is local, known to homeless services, no concerns of anyone controlling him.""")
A("""Statement of E (Albanian, 23).
'I met Dritan online in 2021. He said he loved me, that in England he had a good job at a restaurant and we would marry. I came with him through France in a lorry. In London he said the restaurant was not ready. He brought me to a house in Ilford where there were two other girls. He told me I owed him £10,000 for the travel.
At first I cleaned the house and cooked for the men who lived there. After a month he said I had to sleep with his friends, and later with men who paid. He took all the money. If I cried he hit me. He kept my passport in his car. He said if I went to the police they would send me back to Albania where my family would kill me for what I had done, and he would send the videos to my brothers. I was only allowed to go to the shop with one of the other girls.
I escaped in March when he was arrested for a driving offence.'""",
  "DE DB PV WW RD IT RM", "ncw dt foa rmv", "S D")
A("""Police were called to a house in Slough after neighbours reported 'lots of men living there'. Officers found eight men from Goa sharing a licensed six-bedroom HMO. All work for an airport catering firm, rent directly from the landlord (who has no connection to the employer), hold their own passports and bank cards and have contracts. The men said they share to save money to send home. No indicators of exploitation; landlord reminded of licence conditions.""")

if __name__ == "__main__":
    main()
