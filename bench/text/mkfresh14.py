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

if __name__ == "__main__":
    main()
