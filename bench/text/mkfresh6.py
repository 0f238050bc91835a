#!/usr/bin/env python3
"""Writes bench/text/fresh6.jsonl: hand-written texts with hand-set labels.

Every text below was written one by one; the label line before it is short-hand
for the labels of that one text only (no slots, nothing generated):
    "indicators | signs | exploitation | risk"
indicators: av de rm is pv it rd ww db ac eo
signs:      PA ISO PLC OC SAW FPE RMV CEDL FOA UF DT ET CT LH PPE NCW SFW MBC
types:      L S C D O      risk: i h m l
Run: python3 bench/text/mkfresh6.py  (writes the file and prints counts per code)
"""
import json
import os
import sys
from collections import Counter

IND = {
    "av": "abuse_of_vulnerability", "de": "deception", "rm": "restriction_of_movement",
    "is": "isolation", "pv": "physical_sexual_violence", "it": "intimidation_threats",
    "rd": "retention_of_documents", "ww": "withholding_wages", "db": "debt_bondage",
    "ac": "abusive_conditions", "eo": "excessive_overtime",
}
SIG = {
    "PA": "physical_appearance", "ISO": "isolated", "PLC": "poor_living_conditions",
    "OC": "overcrowded_accommodation", "SAW": "sleeps_at_workplace",
    "FPE": "few_personal_effects", "RMV": "restricted_movement",
    "CEDL": "collected_early_dropped_late", "FOA": "fear_of_authorities",
    "UF": "upfront_fees", "DT": "documents_taken", "ET": "escorted_transport",
    "CT": "charged_transport", "LH": "long_hours", "PPE": "ppe_charges",
    "NCW": "no_control_of_wages", "SFW": "speaks_for_workers", "MBC": "multiple_bank_cards",
}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude",
       "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

ROWS = []


def T(labels, text):
    ROWS.append((labels, text))


# ---------------------------------------------------------------- part 1
T("rd eo | DT ET CEDL LH | L | m",
"""2/B/P. INT suggests hand car wash at former petrol stn, Bury Rd, staffed by approx 6 x Romanian males. Workers dropped off in white Transit VRM KX15 ODF at 0700hrs, collected 2100hrs, 7 days. POI Florin STAN believed to hold workers' ID cards "for the agency". Workers paid cash by STAN, amounts unk.""")

T("av | PA ET | L | h",
"""there is girls in the nail shop on high st they look about 15 16 and they never go to school, the same man brings them in the morning in a black car and they dont speak english. one had a bruise on her face last week""")

T("db rm is it ac | RMV ISO PLC SAW | C | h",
"""I came to UK in the lorry. The man say I owe them 20,000 pound for the journey and I must work to pay it. They put me in a house with plants, the windows covered with black plastic. The door is always locked from outside, I cannot go out. I do not see anybody, only the man who bring rice and noodles every two days. I sleep on the floor next to the lamps, it is very hot. He say if I run away they will find my family in Nghe An.""")

T(" |  |  | l",
"""101 call: caller reports neighbour's son washing cars on the driveway for cash at weekends, thinks it might be an unlicensed business. No concerns about the lad's welfare - he is 17, lives with his parents at the address and is doing it for pocket money. Advised to contact the council.""")

T("av eo ww ac | LH NCW OC | L | h",
"""SA caseworker note: Client (Polish national, 52) was approached outside a day centre in Peterborough while sleeping rough and offered work and a room. Says he worked on a potato grading line 6 days a week, 12-hr shifts. Wages went into an account the 'boss' opened for him; boss kept the card and PIN and client got £30 cash on Fridays. Lived with 9 other men in a 3-bed terrace. Client is alcohol dependent and says the boss supplied him with vodka 'so he would not complain'.""")

T(" |  |  | l",
"""GLAA inspection, licence holder Fenland Fresh Ltd: 140 workers on site during the visit. Payslips checked against clocking records; all paid at or above NLW, holiday pay correct. Workers hold their own passports and bank cards. Caravan accommodation inspected - heated, not overcrowded, charge within the accommodation offset. No indicators of forced labour identified. Licence retained.

Other findings: the licence holder had not updated the GLAA about a change of director in March (minor, rectified on the day). Two workers asked about how to apply for settled status and were given the details of a free advice service. The site manager asked for the GLAA's workers' rights leaflets in Latvian and Ukrainian for the next intake.

The licence holder's use of a single bus company for transport was checked: the bus is free to workers, is not run by any supervisor, and workers are also free to make their own way to the site; several drive.""")

T("ac | SAW | L | m",
"""the lad at the car wash on leeds rd sleeps in the back office on a bit of cardboard, never seen him go home""")

T("av pv |  | S | h",
"""DSL referral: Year 10 pupil (F, 14) seen getting into different cars after school, drivers older males. Has a new iPhone and designer trainers she cannot explain. Told a friend she 'has to go to parties' with 'Jay' and his mates and that they make her do stuff with them even when she says no. Attendance 61%. Mum reports she goes missing overnight at weekends and comes home smelling of alcohol.""")

T("av ww rm | NCW RMV ET | C | h",
"""1/A/P. Source states ROWE, Darren (DOB 03/02/1969) of Flat 4 Marlow House being cuckooed by 2 x London males known as SKINZ and 'T'. ROWE has learning difficulties and a heroin habit; males give him gear in return for use of the flat to deal crack/heroin. Males have his bank card and take his PIP on the day it lands. ROWE told source he is 'not allowed out unless one of them comes with'.

Address history: Flat 4 Marlow House is a council tenancy in ROWE's sole name since 2011. Housing officer reports rent arrears of £640 and two noise complaints from Flat 3 in the last month (music late at night).

Previous intel (24/0332, 3/C/P) reported 'lots of callers' at the block but did not identify a flat.

Action: refer to the cuckooing panel; welfare visit by NPT with the housing officer; consider closure order. OIC PC 2231 REID.""")

T(" |  |  | l",
"""Lost property report: Chinese national student (F, 20) at UoN states her passport was lost on the No. 35 bus on Tuesday. Requires a reference number for the embassy. No third party involved. Lives in university halls, studying accountancy.""")

T("eo rd ww ac is | LH DT NCW PLC ISO | D | h",
"""Interpreter reads back: She says that she came with the family from Riyadh on an overseas domestic worker visa. She says she woke at 5 to make breakfast and finished after midnight when madam's guests left, every day, there was no day off. She says madam kept her passport 'so it does not get lost'. She says that in London she was paid nothing; madam said the salary is sent to her husband in Manila, but her husband says he got only two payments in a year. She says she slept on a mattress on the floor of the children's room and was not allowed a phone or to speak to the Filipina ladies at church.""")

T(" |  |  | l",
"""THE CAR WASH ON STATION RD IS A JOKE THEY SCRATCHED MY CAR AND THE MANAGER REFUSED TO PAY FOR IT. ABSOLUTELY TERRIBLE SERVICE AVOID AVOID AVOID!!!""")

T("ww | MBC NCW | L | m",
"""Financial crime alert: 14 accounts opened at Luton branches within 3 weeks by Romanian nationals aged 19-24, all giving 22 Dunstable Rd as address. Wages from Quickpick Staffing credited weekly; all accounts emptied at one ATM on the same evenings within an hour of payment, the same male on CCTV each time using several cards.""")

T("ww | ET NCW FOA | C | m",
"""PCSO report: female (approx 30s, Roma) begging outside Tesco Metro again. At 1800 a silver Passat VRM LD63 XRV collected her and 3 other beggars from different spots in the town centre. The male driver took the cup of coins from each of them before they got in. Female would not talk to me and looked frightened when I asked who the driver was.""")

T(" |  |  | l",
"""Renal clinic letter: Mr Okafor had a living-donor kidney transplant at Guy's in March; the donor was his brother, approved through the HTA independent assessor process. Graft function good, creatinine stable. Continue tacrolimus, review in 3 months.""")

T("de db rd | DT | O | h",
"""Intel 2/C/C (not to be disseminated outside MSHT unit without SIO authority). Lagos-based broker recruiting young men in the Birmingham Nigerian community with offers of 'warehouse work in Turkey'. On arrival they are told the job is gone and they must sell a kidney to clear what they owe for flights and the hostel. Passports held by the 'coordinator' until after surgery. One male, ADEYEMI, has returned with a large scar and told associates he got £2,000 of the £8,000 promised.""")

T("ac | OC | L | m",
"""3/C/P Nail bar Church St - staff said to live in the flat upstairs, 8 girls in 2 rooms.""")

T(" |  |  | l",
"""Witness statement (HR manager, Hilltop Hotel): We employ 34 housekeeping staff directly, mostly Polish and Bulgarian. Everyone has a contract, payslips and their own bank account. Shifts are 8 hours with breaks. Staff find their own accommodation and we do not provide transport. I have no concerns that any member of staff is being controlled by anyone.""")

T("pv it | PA SFW | S | i",
"""ED note 02:40: F, approx 20s, Albanian, brought in by a male who said he was her cousin and answered every question for her. Laceration L forearm, bruising to neck consistent with grip. Pt reluctant to speak; when the male went to move the car she said 'he will kill me if I say'. Pt says she works 'in a flat, with men'. Male returned and pt left with him before the safeguarding nurse arrived.""")

T("de eo ww db | LH CT PPE | L | h",
"""Debrief (via Tigrinya interpreter). He says a man in the camp at Calais told him there was farm work in England with good pay and a room. He says he picked leeks in Lincolnshire from dark to dark. The gangmaster took £50 a week for the van that drove them to the fields and £20 for boots and gloves. He says after deductions there was almost nothing left, and the gangmaster said he still owed £1,500 for the crossing and it would come out of his wages.""")

T(" |  |  | l",
"""Caller states neighbours at no. 14 have lots of people coming and going with suitcases, cars parked across her drive. Believes they are running it as an Airbnb. No other concerns, nobody appears distressed. Passed to council re parking.""")

T("av ww ac pv it rm | PLC RMV | L | h",
"""Three men were jailed at Stoke Crown Court yesterday for forcing vulnerable British men to lay block paving for little or no pay. The court heard the victims, some of whom had been homeless or addicted to alcohol, were housed in a filthy caravan with no running water and beaten if they tried to leave the site. They were told they would 'end up in the canal' if they spoke to police. One man worked for the family for 13 years.""")

T("av db | | C | h",
"""my son is 15 and hes been going missin for days and comin back wit loads of cash n 2 phones, found train tickets to bournemouth in his coat. he said he owes some lads money coz he lost a package n now he has to work it off for them. im scared for him pls do something""")

T(" |  |  | l",
"""Immigration enforcement visit to Golden Dragon takeaway: one male overstayer (Chinese national) arrested, working as a kitchen porter. Interviewed: his passport is at his flat, he is paid weekly into his own account, lives with his girlfriend. Overstayed after student visa expired. No trafficking indicators. Referred for removal.

The owner of the takeaway (British Chinese, 60s) said he believed the man had the right to work and showed a copy of an expired visa. He will receive a civil penalty notice for employing an illegal worker. The 4 other staff - the owner's wife, two nephews and a part-time delivery driver - were all lawfully employed.

Food hygiene note passed to the council: the rear yard was full of old cooking oil drums. Nothing further for police.""")

T(" | SFW | S | h",
"""Analyst note: 7 adverts on an adult services site share the number 07700 900456 and the same hotel-room backgrounds in Reading, Slough and Swindon over a fortnight. Profiles say 'new Romanian girl 19, sweet and obedient'. Wording identical across profiles, suggesting one person writes them. Test call answered by a male who negotiated price and times on the girl's behalf.""")

T("av eo ac pv | LH PLC PA | D | i",
"""Children's Social Care referral: Primary school reports a girl (11, Nigerian) brought to the UK by her 'aunt' 18 months ago. Child told a TA she does the cleaning, the cooking and looks after aunt's three younger children before and after school, and she is often too tired to concentrate. She sleeps on the sofa while aunt's own children have bedrooms. Child was seen with a burn on her hand which she said happened 'when I was slow with the iron'. She is at the address with the aunt now.""")

T(" |  |  | l",
"""RIDDOR report: Agency worker (Lithuanian, 34) at Meadowpack suffered a crush injury to left hand on the tray sealer at 14:20. First aid given and taken to hospital by ambulance. HSE informed. Worker supplied via licensed agency on a 40-hour contract, next of kin informed by the worker himself.""")

T("rm | RMV | C | m",
"""3/C/P Intel: house on Fernbank Ave, BD3 - windows blacked out 3 months, strong smell of cannabis, meter believed bypassed. Young SE Asian male seen putting rubbish out after midnight but never otherwise leaves; food dropped weekly by male in black BMW VRM YF19 PKO who locks the door behind him.""")

T(" |  |  | l",
"""Cannabis factory found at disused unit on Mill Lane, no occupants, 200 plants seized, electricity bypassed.""")

T("de rd ac ww db pv | DT OC | L | h",
"""I am from Slovakia. A man from our town, he is Roma like us, said there is building work in Sheffield, £80 a day. He paid the bus. When we arrived he took our ID cards to 'register us with the agency' and we never had them back. We worked on roofs without harness. He gave us £10 or £20 sometimes, for cigarettes. He said we owe him for the bus and for the house. Five men in one small room. When my friend asked for his money he hit him with a hammer.""")

T("pv | PA |  | h",
"""DA incident log: Caller (F, 38) states husband pushed her into the wall during an argument about money; redness to upper arm. He left before police arrival. DASH completed - medium. Married 12 years, both in employment; victim has her own bank account and her own documents. No other concerns.""")

T("av de db it | UF | L | h",
"""Unseen helpline note: Caller is a senior carer from Kerala on a Health and Care Worker visa. She paid an agent in Kochi 12 lakh rupees for her certificate of sponsorship. The sponsor, a domiciliary care company in Kent, gives her 15-20 hours a week instead of the 39 promised, so she cannot pay her rent. Manager says if she leaves before 3 years she must repay a £6,000 'training fee' and that he will report her to the Home Office and she will be deported.""")

T(" |  |  | l",
"""CQC inspection: rotas reviewed; overseas-recruited carers on sponsored visas receive full contracted hours, no repayment clauses in contracts, and the staff flat is shared by two carers with their own rooms. Staff spoken to privately raised no concerns.""")

T("eo ww rd is | LH NCW DT ISO | L | h",
"""Border Force (Aberdeen) note: crew list of trawler shows 6 Filipino deckhands on transit visas. Two approached the officer privately - said they have been at sea 10 months without going ashore, work 18-20 hours during hauls, contracts signed in Manila for $1,200/month but they are told the money is 'sent to the manning agent' and they have had none. Skipper holds their seaman's books and passports. They asked not to be named.

Vessel details: stern trawler, 24m, registered in Fraserburgh, owner a family company with 3 vessels. Last port of call Peterhead; the skipper (British, 50s) was polite and cooperative at the quayside and produced crew agreements when asked, which the deckhands say they had never seen before.

Officer's note: the deckhands were given leaflets in Tagalog and the number of the Seafarers' Mission. MCA and police (MSHT unit) informed; the vessel is due to sail again in 36 hours.""")

T(" |  |  | l",
"""MCA inspection of FV Morning Star: crew of 5, all UK residents, hours-of-rest records complete, accommodation clean and dry. Minor defect noted: liferaft service overdue by 2 weeks.""")

T("rd ac | DT SAW | L | m",
"""a women at the chinese takeaway on kings rd told me in secret they took her passport and she sleeps in the store room. please help her""")

T("de rd rm | DT SFW RMV | C | h",
"""Registrar referral (s24): Bride (Slovak, 19) did not know the groom's surname or date of birth, spoke no English and was accompanied by a man who answered all questions for her and held her ID card. Through the interpreter she said she was promised a cleaning job in London and only learned about the wedding when she arrived. She said she has been kept in a house in Bradford since and only goes out with the man.""")

T("av it | | C | h",
"""2/B/P INT suggests students at Canterbury college being recruited via Snapchat handle easy_cash_k to 'rent' their bank accounts for £200. Once details are handed over, students are threatened if they try to close the account - one 17yo told a friend the recruiter turned up outside his house and said he knew which school his sister went to.""")
T("av is ac | ISO PLC FPE | S | h",
"""Outreach worker note (Beyond the Streets): Visited flat above a kebab shop after a tip. Two women, both Romanian, early 20s. Neither knew the name of the town they were in. One had only the clothes she was wearing and a carrier bag of underwear. Mattresses on the floor, mould on every wall, no heating. They said a 'friend' places the adverts and drives them between cities every week. Neither has any English and neither has been to a doctor since arriving.""")

T(" |  |  | l",
"""Nail bar licensing visit: 4 technicians present, all with right-to-work checks on file and payslips via PAYE. Owner's daughter manages the shop. Premises clean. Minor breach - no special treatment licence displayed. Advised.""")

T("rd | DT | L | m",
"""Never got my ID back after he set the bank account up. He said he need it for the tax.""")

T("de ww eo | LH NCW | L | h",
"""Statement of Bogdan (translated from Romanian): In Brasov a lady put an advert on Facebook: work in a chicken factory in England, 9 pounds per hour, house included. In England the work was in a car wash, not a factory. We started at 7 and finished when it was dark, also Sundays. Adrian, the boss, took our bank cards 'to pay the rent'. Every week he gave me 30 pounds. I asked where is the rest, he said it is for the house and the food.""")

T("it | FOA | S | h",
"""Public report: I'm a taxi driver. Picked up a young woman from a house on Granby St at 4am, she was crying and said she works in 'the massage flat' and 'they showed me a video of what happened to the last girl who talked'. She wouldn't let me take her to the police, said the police would send her back. Dropped her at a hotel near the station.""")

T(" |  |  | l",
"""Probation note: Service user remains compliant with licence conditions, in full-time employment at a builders' merchant, reports no issues at home. Next appointment 14/11.""")

T("av db ww it | NCW | C | h",
"""Intel log 2/B/C (not to be shared with DWP without DI authority). OCG led by Marius LUCA and partner believed to be recruiting Roma families from Craiova with promises of jobs, then registering them for Universal Credit and child benefit at addresses in Ilford. Claim payments go to accounts controlled by LUCA; families get 'food money'. Families told they owe £3,000 each for travel and 'paperwork' and that LUCA's men will visit their relatives in Romania if they complain. Most adults are illiterate.

Financial profile: since January at least £186,000 in benefit payments has been credited to 9 accounts opened at 3 branches in Ilford and Barking. Withdrawals are made by LUCA and his partner Elena (DOB 22/05/88) in person. LUCA drives a 2021 Range Rover (VRM LR21 KUZ) registered to a company with no trading income.

Partner agencies: DWP counter-fraud aware; HMRC checking the company. Children in the families are enrolled at two local primary schools, attendance good; no concerns raised by the schools.""")

T(" |  |  | l",
"""Officer handover: Domestic at 9 Ash Grove - verbal only, no offences disclosed, both parties calm on arrival, daughter staying with gran tonight. Nothing further.""")

T("ac eo | PLC LH OC | L | m",
"""Environmental health: visited Dragon Garden restaurant following a complaint. 6 kitchen staff share a 2-room flat behind the kitchen with a single toilet; cooking on a camping stove; bare wiring. Staff say they work 11am to midnight. Staff report being paid and were comfortable speaking to us; further visit with police partners planned.""")

T("de | | S | h",
"""She was told it was a modelling job in Manchester. On arrival the 'agency' was a flat in Cheetham Hill and the photos were for escort adverts.""")

T("av | | C | h",
"""Caller (school attendance officer) states two Year 8 boys seen handing small packages to older youths at the bus station at lunchtime on three occasions; one now has a new moped he says a 'friend' bought him.""")

T(" |  |  | l",
"""Press release: Operation Orchard - officers from the GLAA and Kent Police visited 9 farms across the county to speak to seasonal workers about their rights. Leaflets in 8 languages were handed out. No victims were identified and employers cooperated fully.""")

T("rm it pv ww | RMV PA | S | i",
"""999 call 23:14: F caller whispering, Eastern European accent, says she is locked in a bedroom at a flat above 'Best Nails' on Cowley Rd. Says a man named Arben took her phone and money and hit her today when she asked to go home. She used a client's phone to call. Says he will be back 'soon' and that he said he would cut her face if she tried to leave. Line disconnected. Units dispatched.""")

T(" |  |  | l",
"""Caller reports her ex-partner has not returned their son after a weekend contact visit. She has spoken to him and the child is safe with paternal grandparents. Advised re family court order.""")

T("ww eo ac | NCW LH PLC | L | h",
"""Facebook post shared to report form: "WORKED AT THAT RECYCLING PLACE ON DOCK RD 3 MONTHS NEVER GOT A PAYSLIP, BOSS SAYS WAGES GO TO HIS BROTHER WHO 'PAYS US LATER' NEVER HAPPENS. 14 HOUR SHIFTS SORTING RUBBISH NO GLOVES NO MASKS. RATS EVERYWHERE. SHAME ON THEM" """)

T("av de eo ww is | LH NCW ISO | D | h",
"""Caseworker (Kalayaan) note. Client, 44, Indonesian, came to London with an employer from Qatar as a domestic worker. Recruitment agent in Jakarta told her she would work 8 hours and be paid $600 a month. In reality she cleaned a 6-bedroom house in Kensington, cooked, and looked after 4 children from 6am until the family slept, 7 days a week. She was paid nothing in the UK; employer said the money was 'saved for her' in Qatar. She was not allowed to speak to the drivers or other staff and her phone had no SIM. She escaped when the family went out, leaving the door unlocked by mistake. She has chronic back pain.""")

T(" |  |  | l",
"""Sponsor compliance visit (Home Office): 12 sponsored chefs at a restaurant group. All paid the salary stated on the CoS into their own accounts; no deductions except tax and NI. Contracts signed, no fees charged by the company or any agent. Compliant.""")

T("av db it | | S | h",
"""Nigerian woman, 23, told the Salvation Army she was made to swear an oath at a shrine in Benin City before travelling and was told by her 'madam' that she owes €35,000. She believes if she breaks the oath she or her mother will die. She had been selling sex in Italy and then in London to pay it down.""")

T("rd | DT | L | m",
"""Passports in the office safe - "for insurance" said the supervisor. 4/5 workers on the line are Bulgarian. 2/C/P""")

T(" |  |  | l",
"""Body shop on Ferry Lane: caller concerned as the workers 'look foreign and are always there'. Attended - 3 staff, owner and his two sons, all local, open 8-6 weekdays. No concerns.""")

T("av rm ac is | RMV PLC ISO | L | h",
"""Adult Social Care referral: Gary (48), known learning disability, has been 'living' in a shed on a farm near Holbeach for about 5 years according to a former neighbour. Works with the farmer's livestock. Neighbour says the farmer collects his benefits 'to look after it for him' and Gary is not allowed to go into town on his own. The shed has no heating or toilet. Gary has no phone and no contact with his sister, who last saw him in 2019.""")

T("ww | NCW | L | m",
"""Pay goes on the card he keeps, we just get what he give us on Saturday""")

T("it db ww | NCW | S | h",
"""Escort (Brazilian, trans woman) disclosed to sexual health clinic that she is paying off a 'debt' of £10,000 to the woman who arranged her visa and flight, and must hand over most of her earnings each week. Says the woman sends her pictures of her family's house in Goiânia to 'remind her'.""")

T(" |  |  | l",
"""Sexual health clinic note: Patient (F, 29) works as an independent escort, sets her own prices and hours, rents her own flat. Attends for routine screening. Asked privately whether anyone controls her work or takes her money - says no, she keeps all her earnings. Offered support services, declined.""")

T("de eo rd | LH DT | L | h",
"""GLAA referral from labour provider audit: Agency Nova Staff supplying 60 workers to a chilled-food factory in Spalding. Workers told in Bulgaria they'd get 40 hrs/wk, but rotas show 72-hr weeks in peak. Agency rep 'keeps' new starters' ID cards until their first payslip.""")

T("de pv rm is av db | RMV ISO | S | h",
"""Sarah (British, 17) told her support worker she met 'Dan' online, he said he loved her and she moved into his flat in Rochdale. After a few weeks he told her she owed him for the rent and she had to 'be nice' to his friends. When she refused he hit her and locked her in. He took her phone so she couldn't contact her mum.""")

T(" |  |  | l",
"""Intel 3/D/P: anonymous report that 'illegals' work at the Sunrise bakery on Long St. Checks: all staff PAYE-registered; HMRC data matches. Likely malicious - caller in dispute with owner over a parking space.""")

T("rm | RMV ET | L | m",
"""the car wash lads only go out with Ion, never on there own, he even takes them to the shop and waits outside""")

T("av de db ww ac it rm | UF NCW PLC OC RMV | L | h",
"""Operation summary (for SIO). Victims: 11 Indian males aged 21-35, recruited in Punjab by a travel agent (Harjeet SANDHU) who charged each £4,000-£7,000 for a 'work permit' for a food factory. The permits were visitor visas. On arrival in Leicester they were taken to a warehouse unit where they packed textiles; told they must first repay the 'permit cost' and were paid £100-£150 per month, the rest deducted. They slept on pallets and cardboard in a mezzanine above the workshop, with one toilet. SANDHU told them their visas were finished and that if they left the building police would arrest and jail them. The unit's shutter was padlocked at night.""")

T(" |  |  | l",
"""Custody note: detained person (M, 26) arrested for shoplifting razor blades from Boots; states he sells them to fund his cannabis use, acted alone. No indicators of exploitation. Charged and bailed.""")

T("av | | C | h",
"""ASB officer: kids as young as 12 from the Meadows estate shoplifting to order from Primark and JD, an older lad waits in a car outside and takes the bags off them.""")

T("ac eo | LH PLC SAW | L | m",
"""ANON ONLINE REPORT: the hand car wash by the retail park the men work there from 8 in the morning till 9 at night, they have a portacabin at the back where they sleep, no shower, they wash in the same bucket they use for the cars""")

T("de ww | | L | m",
"""He says 'hotel work in London' was promised by a cousin's friend. It was a kitchen in a Wembley restaurant and he has been paid £100 in 6 weeks.""")

T(" |  |  | l",
"""Midwife booking note: G2P1, 31, Polish, works as a team leader at a packhouse, lives with husband and son. Routine enquiry re domestic abuse - denies. Own GP registration, own documents. Plan: standard care pathway.""")

T("pv it rm av | PA RMV | S | h",
"""Victim account (Albanian, 22, via interpreter): Ardit was my boyfriend in Tirana. He brought me to England saying we would marry. In London he said I had to work with men because he had debts with dangerous people. When I said no he beat me with a belt. I had to see 10 or 12 men each day in flats in different places, he drove me there and waited. He said if I go to police he would send the photos to my father.""")

T("db | UF | L | m",
"""Worker hotline: caller paid €2,500 to a recruiter in Kyiv for a job at a mushroom farm in Kent; recruiter says it is a loan and the farm will take it from his wages over 6 months.""")

T(" |  |  | l",
"""Recruitment fair: charity stall for seasonal worker scheme. Workers told clearly: no fees can be charged to you, you keep your own passport, you can change farm. Approx 300 leaflets given.""")

T("av it rm | RMV | C | h",
"""1/B/P. Source states BEN (16) is being held at trap house 32 Queens Rd Blackpool by a Liverpool line 'DK'. He's been there over a week running shots. Older male took his phone and told him he's not going anywhere until he's made the money back, and that if he goes missing they'll burn his mum's house.""")

T("ac pv | PA PLC OC | L | h",
"""Factory worker (Sudanese, 30) attended walk-in centre with untreated chemical burns to both hands. Says he works at a metal plating firm with no gloves and was slapped by the supervisor for asking for some. Lives with 12 others in a house on Chapel St. Says he is paid.""")

T(" |  |  | l",
"""Council tenancy check: 7 adults at 3-bed house, 2 Polish families (related), all on the tenancy as lodgers with landlord consent, all in work at different employers, rooms adequate. Recommend HMO licence application. No safeguarding issues.""")
# ---------------------------------------------------------------- part 3
T("eo ww is rm | LH ISO RMV | D | h",
"""Au pair (Spanish, 19) contacted the charity helpline: host family in Surrey have her working 7am-10pm with the twins and all the housework, no day off in 5 weeks. She gets '£40 pocket money' when the mother remembers. She is not allowed out in the evenings and the mother checks her phone. She says she has no friends here and doesn't know anyone to ask.""")

T(" |  |  | l",
"""Au pair agency check-in: au pair (German, 20) reports 25 hours a week childcare, two full days off, own room with lock, £100 weekly pocket money paid on time. Attends English classes on Tuesday evenings. Happy with placement.""")

T("rd ww eo is rm pv | DT NCW LH ISO RMV PA | D | h",
"""Statement (Tamil interpreter): Madam took my passport at the airport and I have not seen it since. I work in the house, cook, clean, iron, wash the car, take the children to school and bring them back. I start 5.30 and finish 11 or 12. For 3 years I never had one day off. My salary is paid to my brother in Sri Lanka, sometimes, I do not know how much. I cannot go out alone, Madam says London is dangerous for a woman like me. I have no friends here. When I broke a glass she pulled my hair and slapped me. I ran away when I took the rubbish out and a lady on the street helped me.""")

T("ac | SAW FPE | D | m",
"""Neighbour: the lady who cleans for the family at no.8 sleeps in the utility room, I've seen her blanket by the washing machine. She only has one bag of things.""")

T("av ww is | NCW ISO | D | h",
"""Safeguarding adults referral: Mrs K (68, Pakistani heritage) lives with her son and daughter-in-law. GP concerned she does all cooking and cleaning for a household of 9 and her pension is collected by her son. She speaks no English and is not permitted to attend the mosque women's group any more. Social worker to visit with Urdu interpreter.""")

T(" |  |  | l",
"""Family support worker visit: multigenerational household, grandmother helps with childcare and cooking by choice, has her own room, her own bank card and goes to the day centre twice a week. No concerns.""")

T("rd it | DT FOA | D | m",
"""Housekeeper for a Gulf diplomat in Knightsbridge told church friend the embassy 'has her papers' and that if she complains they will say she stole jewellery and she will go to prison. She is frightened of the police. Diplomatic immunity may apply - refer to FCDO liaison.""")

T("av de eo ww ac | LH NCW PLC | D | h",
"""A 15-year-old girl from Vietnam was found working as a live-in cleaner and nanny for a family in Croydon after a school nurse noticed she was not enrolled anywhere. The girl had been told she would study in England. She told police she cleaned from early morning until late at night, slept in a cupboard under the stairs and had never been paid. The family has been arrested.""")

T("ww is | NCW ISO | D | m",
"""Interpreter: She says the money for her work is given to her husband's mother. She says she is not allowed to phone her own family in Bangladesh.""")

T(" |  |  | l",
"""Domestic cleaner (Brazilian, 35) reported that a client refused to pay for last week's cleaning, £60, after a dispute about a broken vase. She works for 11 clients, self-employed. Civil matter - advised re small claims.""")

T("de pv rm is ww | RMV ISO NCW | D S | i",
"""999 call 19:52: caller (neighbour) reports young woman banging on upstairs window of 41 Harcourt Rd, shouting 'help me, they lock me'. Caller has seen her before hanging washing in the garden with a man standing over her. Caller's cleaner, who speaks Romanian, spoke to the woman through the window last week: she said she came to work as a carer for an old lady but instead cooks and cleans for 5 men, the men take turns having sex with her, she has never been paid, and she has no phone. Officers attending, door to be forced if no answer.""")

T("db eo | LH | O L | m",
"""INT 2/C/P: Pakistani male (approx 40) at Bradford mosque told a volunteer he had agreed to sell a kidney in Lahore to clear a debt to a brick kiln owner, whose kiln he and his sons had worked for 20 years, 12 hours a day, without the debt ever going down. He has since come to UK on a family visit visa. Scar seen by volunteer.""")

T(" |  |  | l",
"""Transplant coordinator (Manchester Royal): altruistic kidney donor, 52, completed 6-month work-up and HTA approval. No payment or reward involved. Surgery scheduled.""")

T("de av | | O | h",
"""Referral from King's renal unit: patient (Moldovan, 24) presented with a nephrectomy scar she could not explain medically; through an interpreter she said a man in Chisinau offered her a job in Istanbul and when she got there she was taken to a clinic and told she would 'give' a kidney to pay for the trip. She says she received $1,000. She is now homeless in London.""")

T("it rm | RMV | O | h",
"""Anonymous tip via Crimestoppers: a man calling himself 'Doctor Sam' is advertising in Facebook groups for Eritreans in London, 'earn £20,000 - help a sick person'. Someone I know went to meet him, was taken to a house in Luton and kept in a room for 3 days for 'tests', they said he can't leave until they decide and if he talks they will find his family in Asmara.""")

T(" |  |  | l",
"""News item: a woman in Leeds has been reunited with her brother after donating him a kidney in a paired exchange scheme organised by NHS Blood and Transplant. 'It was the best decision I ever made,' she said.""")

T("de db | | O | m",
"""Asylum screening note: applicant (Afghan, 27) states he sold a kidney in Iran for $4,500 to pay smugglers; broker had told him it was 'just blood tests'. Says he still owes the smuggler $2,000 and the smuggler's people in Kent want him to work for them to pay. Refer NRM consideration.""")

T("is ac | ISO PLC | L | m",
"""Farm worker living in a static caravan in the middle of a field, 4 miles from the nearest village, no car, no bus, no running water. Said he hasn't spoken to anyone except the foreman in a month.""")

T("ww de | CT PPE NCW | L | m",
"""Payslip review (Citizens Advice): client's payslips from labour provider show deductions of £45/wk 'transport', £12 'PPE hi-vis', £25 'admin'. Contract promised free transport and equipment. Net pay £97 for 45 hrs.""")

T(" |  |  | l",
"""Payslip review (Citizens Advice): client unsure why pay lower in March. Payslips show statutory sick pay for 5 days; tax code correct; no unlawful deductions. Explained SSP rules.""")

T("rm it pv | RMV ET | L | h",
"""Witness (van driver delivering to the site): the Polish lads on the Hollins Lane build get driven in and out by the gaffer's son and he stays all day. One of them tried to walk off at lunch last Tuesday and the son and another bloke dragged him back into the portacabin and I heard him getting a hiding. Son shouted 'nobody leaves till I say'.

I have delivered to that site since March, about twice a week, blocks and sand mainly. The site manager is a decent bloke and I have never had any trouble with him; he wasn't there that day. The Polish lads keep their heads down and don't speak much English. I didn't say anything at the time because I was worried for myself. I later told my depot manager, who told me to ring 101, and I made this statement on 12 June at Leyland police station. I am willing to go to court.""")

T("av rm is it | RMV ISO | C | i",
"""Officer handover 0600: 16yo male from Vietnam found by patrol at 0340 walking on A1 hard shoulder after escaping a cannabis grow at a farm building near Newark. Says 3 other boys still inside, locked in with padlock, man comes back 'every morning'. Says the men told them police would beat them and send them to prison. Needs interpreter, placed in foster care. Units to attend farm ASAP.""")

T(" |  |  | l",
"""Handover: 2 x youths (both 15) stopped in town centre with a small amount of cannabis for personal use. Words of advice, parents informed, both at home. Outcome 22.""")

T("av ww rm it | NCW RMV ET | C | h",
"""NGO street team: 3 men with no fixed abode selling the Big Issue in Brighton without badges say an 'uncle' brings them from Romania. Each must give him £40 per day or he takes their food card. They stay in a van he parks at the marina and he drives them to pitches in the morning. One said 'if I stop he will hurt my children back home'. All have visible injuries and drink heavily.""")

T("ww | MBC | L | m",
"""multiple bank cards in 1 mans wallet at the cashpoint by the chicken factory, 8 or 9 of them, taking money out of each one, fri night""")

T(" |  |  | l",
"""Bank alert cleared: business customer withdrew cash using 6 company cards at one ATM; verified as the owner of a taxi firm, each card for a different driver float account, all drivers employees on payroll. Alert closed.""")

T("de ac eo is | PLC LH ISO | L | h",
"""Case summary, Hope for Justice. Client (Ghanaian, 29) answered a Facebook advert for 'care assistants, visa sponsored'. Was placed with a private client in rural Wales, not a care home. Lives in a box room with no window, cares for a bedbound man 24 hours a day with no relief carer, has not had a day off in 4 months. Employer's son visits once a week with shopping. Nearest town 12 miles. Client has no car and says she does not know where she is.

Client contacted us from the man's landline when the son was out; she gave the postcode from a letter on the hall table. She has her own passport (the employer 'never asked for it'), and she says nobody has hit or threatened her. She is worried about the man, who will be alone if she leaves, and asked us to make sure a proper carer is sent.

Plan: safeguarding referral for the man to Powys adult social care; collect client with police support on Thursday; NRM referral with consent; accommodation through the Modern Slavery Victim Care Contract.""")

T("av rd ww | DT NCW SFW | C | h",
"""DWP referral: claimant (Slovak, 58, cannot read or write) attended Jobcentre with a man who had her passport, her NI letter and her bank card, and who tried to change the payment account for her UC claim to one in his name.""")

T(" |  |  | l",
"""DWP note: claimant attended with her daughter, who translated. Claimant brought own passport and bank card, wishes daughter to be her appointee due to dementia diagnosis; GP letter supplied.""")

T("ac | OC | L | m",
"""Fire service safety visit: 14 mattresses across 3 bedrooms and the lounge of a terrace on Rowan St, occupants said they all work at the same sandwich factory.""")

T("de db pv it | | S | h",
"""Police statement (Chinese, 34, Mandarin interpreter): A woman in Fujian said I could work in a massage shop in London and earn a lot. I paid her ¥50,000 and owed ¥100,000 more. In London the massage shop was sex. I refused, the boss said my family will pay if I don't. One customer forced me and the boss did nothing. I worked to pay back but the number never went down because I must pay for room and food.""")

T(" |  |  | l",
"""Licensing: massage parlour (Leith Walk) visited; 3 therapists, all self-employed, qualifications displayed, treatment price list, no bedrooms on premises, CCTV in corridor only. No evidence of sexual services. Licence renewed.""")

T("av pv it | PA | S | h",
"""GP note: 16 y/o F attended with 'boyfriend' (looks mid-20s). Requesting morning after pill. Bruises to inner thighs and wrists. Boyfriend insisted on staying in room. When asked alone briefly, she said he makes her sleep with his friends and 'it's fine, otherwise he'll go mad'. Safeguarding referral made, police informed.""")

T("rm | RMV | L | m",
"""not allowed past the gate without permission from mr T, he says its for our safety""")

T(" |  |  | l",
"""Gated site, workers' car park outside the gate. Security log shows staff badge in and out freely at shift change and lunch. No restriction of movement observed. Site visit closed.""")

T("ww eo | NCW LH | L | m",
"""He sends money home for us, he says. I work every day 9 till 10 at the nail shop. I never see the money.""")

T(" |  |  | l",
"""Nail bar staff member (Vietnamese, 25) says she works Tues-Sat 10-7, paid weekly, sends money home herself via bank transfer. Shared house with friends. Has British residence permit. 2/A/P - no concerns, intel for context only.""")
# ---------------------------------------------------------------- part 4: long texts, mixed facts
T("ww eo | NCW LH CEDL ET | L | m",
"""OFFICIAL-SENSITIVE
Intelligence report 24/118: Sparkle Hand Car Wash, Wakefield Rd.

1. Premises operated since 2021 by Kamal HUSSAIN (DOB 11/07/1981), director of KH Valeting Ltd. Companies House accounts overdue. Licensing has no record of planning complaints.

2. Source (2/B/P) reports that around 7 males, believed Kurdish Iraqi, work at the site. They are dropped by a grey Vauxhall Vivaro VRM BN68 TWA at about 0645 and picked up after 2030, Monday to Sunday. The same vehicle has been seen at 14 Grange Terrace (HD1).

3. Source states the workers are 'paid by the day' but HUSSAIN holds the money and gives each worker £20-£30 at the end of the week, saying the rest covers their food and rent. Source has not seen any violence and the workers appear to come and go from Grange Terrace freely in the evenings.

4. HUSSAIN is also linked to a parking dispute with a neighbouring tyre business (ref 24/0912); not relevant to this report.""")

T("pv it rm rd av | PA RMV DT FOA | S | h",
"""Debrief, Victim 2 (Romanian, 20), interview 1 of 2, ABE suite. Summarised by OIC.

V2 met Cosmin on Facebook in 2022. He was 'kind' and invited her to London to work in a bakery with his sister. On arrival at Luton he took her ID card 'to register her at the doctor'. She was taken to a flat in Walthamstow where two other girls lived. That night Cosmin told her she would work 'like the others' and when she cried he punched her in the stomach.

V2 describes being driven to hotels in Ilford and Romford most nights; Cosmin or his cousin waited in the car park. She saw clients in the flat in the day. She handed all money to Cosmin. She was not allowed to leave the flat unless with one of the men and her phone was checked every night.

Cosmin told her that the police in England are corrupt and would put her in prison for prostitution. He said he knew where her grandmother lived in Bacău.

V2 has a healed fracture to her left little finger which she says happened when Cosmin slammed a door on her hand. She did not go to hospital. She was found during a warrant at the flat on 03/04.""")

T(" |  |  | l",
"""Community safety partnership minutes (extract)

Item 4 - Hand car washes. PC Lund reported on the joint visits carried out in May with HMRC, the GLAA and Fire. Eleven sites were visited. At nine, workers were on payroll with payslips and accommodation was their own. At two sites there were minor breaches: no trade waste contract at one, and a fire exit blocked by tyres at the other; both were remedied within a week.

Cllr Hayes asked whether any workers had been identified as victims of modern slavery. PC Lund confirmed that none had; all workers spoken to said they were free to leave and held their own documents. The partnership agreed to repeat the exercise in the autumn.

Item 5 - Fly-tipping on Mill Lane. Deferred.""")

T("av de db ww rd it ac eo | UF DT NCW OC LH FOA | L | h",
"""Victim account (Vietnamese, 19), transcribed from Vietnamese by interpreter:

My family is poor, my father was sick and we borrowed money from a man in the village. The man said his cousin in England can give me work in a nail shop and I can send money home, the debt will be paid in one year. My family gave him the red book for our land as a guarantee, and 200 million dong for the journey.

I went by plane to Russia and then by lorries. In England they took me to a nail shop in a small town, I don't know the name. The boss woman kept my passport, she said without it I am safe from the police because they will put me in prison for being illegal.

I worked from 9 in the morning to 8 at night, six days, and on Sunday I cleaned the shop. Sometimes she gave me £50. She said the rest pays the debt, but every month she said the debt is more because of food and the room. I slept with 5 other girls in one room above the shop.

She said if I run away, the man in the village will take our land and my father will have nowhere to live.""")

T(" |  |  | l",
"""Neighbourhood WhatsApp (shared with PCSO)

> anyone else noticed the new people in the flats above the bookies? loads of men coming and going at all hours 🤔
> they're the Romanian lads that work at the building site on Bridge St, my husband works with them, lovely lads, they rent it together
> oh ok fair enough, just wondered with all the stuff on the news about trafficking
> nah they're proper employed, they were moaning about tax lol

PCSO comment: no further action, no indicators.""")

T("av rm it pv is | RMV ISO PA | C | i",
"""Missing person update (MISPER 24/3321), ACE (15), looked-after child, Stoke.

Located 02:10 at a flat in Sandwell following cell site work on his second phone. Address is known to be used by a Birmingham-based line ('Ricky' line). On entry officers found ACE and an adult male. ACE has a fresh knife wound to his right thigh, dressed with a tea towel, and bruising to his face.

ACE initially said he was 'visiting a mate'. Later, in the car, he said he has been kept at the flat for 6 days to bag up and serve, that his phone was taken so he could not call his carers, and that he was told he would be 'wet up properly' if he tried to go home. He says the older males are still in the area.

Plan: ACE to hospital under police guard, strategy meeting 09:00, NRM referral by his social worker. Adult male arrested.""")

T("db | UF | L | m",
"""Agency worker complaint to the Employment Agency Standards Inspectorate:

I came to the UK through an agency in Sofia that found me a job in a meat factory in the Midlands. I paid them 800 euros for 'registration'. In the UK a second agency employs me. They pay me, but the money goes to a card they gave me and they also keep a copy of the card. Each week they take £80 for the room and £35 for 'the loan' for my registration fee, which they say I borrowed from them. The loan is still not finished after 4 months, it was 800 euros.

I have my passport. I can leave if I want, but I am afraid to lose the money.""")

T(" |  |  | l",
"""Witness statement (supervisor, Greenway Packhouse), extract: 'I have been asked by police whether any of our workers appeared controlled. I can say the following. All of our workers are employed through the agency on proper contracts and they are paid directly into their own bank accounts. Some live in accommodation the agency arranges, but others live in town. They drive themselves or get the bus. I have never seen anyone collect their wages or speak for them. One worker, Petra, did tell me once that her landlord was asking too much rent, and I gave her the number of Citizens Advice. I have no other concerns.'""")

T("av de is ac ww | ISO PLC FPE PA | L | h",
"""Outreach note - Rough Sleeper team, Luton, night shelter.

Two men (British, 40s and 60s) who slept at the shelter in January returned last night after six months away. Both say a man in a BMW offered them 'cash-in-hand gardening work with a room and three meals' outside the soup kitchen.

They were taken to a travellers' site in Bedfordshire. The older man says he has been tarmacking drives; the younger man says he was moved around to different sites in Essex and Kent. They lived in an old caravan with no heating, were fed once a day, and were given 'a tenner and a bottle' on Fridays. The men had no phones; the younger man said 'you don't know anyone, you don't know where you are'.

Both arrived with only the clothes they were wearing. The older man has a lot of weight loss. Neither wants police involvement at present; offered NRM via First Responder. Consent to share with police intel unit obtained from younger man only.""")

T(" |  |  | l",
"""Case closure note (local authority, children's services): Referral from school about a Year 9 pupil's frequent absences has been investigated. Absences relate to caring for her mother, who has MS. No evidence of exploitation; the family has been linked to young carers' support and the school has agreed a flexible timetable. Case closed to CSC.""")

T("de ww eo ac rd | LH PLC DT SAW | L | h",
"""GLAA intelligence summary: Poultry catching gang, East Anglia.

A team of 8 Lithuanian men is supplied to poultry farms by an unlicensed gangmaster operating as 'DV Services'. Information from two former members of the gang (interviewed by GLAA, both 2/A/P):
- They were told in Lithuania the job was in a warehouse at £10/hr.
- They catch chickens through the night, often 16-18 hours in a single shift between farms, sleeping in the minibus between jobs.
- Wages are paid per farm to the gangmaster, who pays them '£150 when he feels like it'.
- Their passports are held 'in the boss's house', from which they were only returned when one man went home for his mother's funeral.
- The house they live in has no working cooker and the shower is broken.

Farm owners say they were unaware the gang was unlicensed.""")

T("it | FOA | C | m",
"""He said if any of us leaves the grow house or goes to the police we will be sent back and he knows where my mum lives in Durrës. I am scared of the police here.""")
# ---------------------------------------------------------------- part 5: short ones, public voice
T("ww | | L | m",
"""£20 a week pocket money, thats all we get for the farm work""")

T(" |  |  | l",
"""Male reported for begging at traffic lights on Oxford Rd, moved on. Known to outreach, has own flat.""")

T("rm | RMV | L | m",
"""door of the flat over the nail shop locked from outside every night, key with the auntie""")

T(" | PA | S | h",
"""girl at the massage place on Wood St (the one thats really a brothel) had a black eye and was limping, the man at the desk wouldnt let me talk to her""")

T(" |  |  | l",
"""My nan's carer is always late and rushes, I want to complain to the agency""")

T("db | | L | m",
"""owe £12,000 for the boat, boss takes it out every week, 2 years now""")

T("it | | C | m",
"""Shown a video on his phone of a man being beaten with a bat - 'this is what happens if you lose the weed'. (Debrief extract, V3, cannabis farm, Kettering)""")

T(" |  |  | l",
"""Stop check of VRM LK70 YHE, 4 occupants, all warehouse workers on way to night shift at Amazon, all had own ID, driver insured. NFA.""")

T("ac | OC | L | m",
"""20 men living at the house beside the packing shed, bunk beds in the garage""")

T("ww | NCW | L | m",
"""Boss collects everyone's wages from the agency and hands them out minus what he says we owe him for rent.""")

T("av | | C | h",
"""Concern for 13 y/o seen riding a bike around estate after midnight dropping packages at doors for older lads in a car.""")

T(" |  |  | l",
"""Kids on bikes doing wheelies on the estate again all night, so much noise, can someone do something ffs""")

T("rd | DT SFW | L | m",
"""Interpreter speaks for them, the same man every time, and he carries all 6 passports in a bum bag.""")

T("is rm | ISO RMV | D | m",
"""She is never allowed to talk to the other mums at the school gate, he walks her there and back with the kids and doesn't let her out of the house otherwise. She does all the housework for his brothers too.""")

T("av | | S | h",
"""CSE concern: 14yo F sending images to 'Tyler' on Snapchat who is asking her to meet his mates at a hotel for 'a party' and promises her vape money.""")

T(" |  |  | l",
"""Hotel reports underage drinking at a party in room 212, 5 teenagers, parents collected. No adults involved.""")

T("ac | PLC | L | m",
"""Staff at the mushroom farm live in shipping containers with no windows, one toilet block for 40.""")

T("eo | LH | L | m",
"""He works 7 days a week at the takeaway, open to close, he's told me he hasn't had a day off since Christmas last year""")

T(" |  |  | l",
"""Takeaway is a family business run by the owner, his wife and son; he says the winter is hard but they close on Mondays and pay the part-time lad properly. (Context note for intel 24/455 - no concerns)""")

T("pv it | | L | h",
"""Gangmaster punched a worker in the field in front of everyone and said that's what happens to lazy people, saw it myself (anon)""")

T("rd | DT | L | m",
"""boss is keeping our papers safe he says""")

T(" |  |  | l",
"""Caller lost her driving licence and bank card in town, reports loss for insurance.""")

T("de | | L | m",
"""The job was supposed to be a warehouse in Coventry at £11 an hour. We were taken to a car wash and told it's £40 a day.""")

T(" | CT | L | m",
"""They take £10 a day from our money for the lift to the factory.""")

T(" | CT | L | m",
"""Charged £15 a day for the minibus to the farm, comes out of wages before we see them, driver is the gangmasters nephew""")

T(" | PPE | L | m",
"""They make us pay for the gloves and the knife, £30 first week, and again if you lose them. (Meat plant, Polish worker, via union rep)""")

T(" |  |  | l",
"""Union rep: meat plant provides all PPE free of charge, replaced on request. Members' complaint is about canteen prices only.""")

T(" | CEDL |  | l",
"""Minibus picks up workers at 5am at the corner of Hope St every morning and drops them back around 7pm. Asked the driver, it's the seasonal workers from the farm, they said they're fine and paid well. Just thought you should know.""")

T("av | | C | h",
"""Boy, about 12, selling loose cigarettes and bags of weed outside the chippy for a man who sits in a car nearby""")

T("it rm | RMV | L | h",
"""They told us if we leave the farm we will be arrested because our visas are tied to this farm. The foreman stands at the gate in the evenings.""")

T(" |  |  | l",
"""Seasonal worker (Kyrgyz, 23) asked GLAA whether she can change farm - advised yes, via the scheme operator, her visa is not tied to one farm. She is happy with pay, just wants to be near her friend.""")

T("av | | S | h",
"""Vulnerable adult (learning disability, 24) being advertised for sex on Vivastreet by her 'boyfriend' - sister called us with the link.""")

T(" |  |  | l",
"""Caller states her sister's boyfriend is 'controlling', doesn't like her going out with friends. Sister denies any problems when spoken to, has her own job and money, lives independently. Advice given.""")

T("ww | NCW | S | h",
"""she gives all her money to him after every booking, he keeps her bank card too""")

T("de | | D | m",
"""She was recruited as a nanny through a website and found on arrival she was expected to clean three houses belonging to the extended family.""")

T("eo ac | LH PLC | L | m",
"""Cockle pickers sent out on the sands in the dark with no safety gear, working the tides day and night, staying in a freezing hut on the shore""")
# ---------------------------------------------------------------- part 6: intel shorthand, denials, hypotheticals
T(" |  |  | l",
"""IP (F, 24, Latvian) spoken to at address. States she rents room from POI, pays £400 pcm by BACS, has own passport + phone. Free to come & go, works at Costa. No ind of exploitation. NFA.""")

T("rd ww rm | DT NCW RMV SFW | L | h",
"""INT 2/B/P: POI Vasile MOCANU (DOB 14/09/77) manages 9 x ROM nationals at hand car wash, Tyburn Rd B24. POI holds all IDs + bank cards. Workers not permitted to leave site during day. POI answers for workers when approached. VRM FY62 HNX assoc.""")

T(" |  |  | l",
"""She said he never threatened her and she could have left at any time; she stayed because she loved him. Relationship ended in May. Referral closed - no exploitation identified.""")

T("it | | S | h",
"""V1 states 'if you tell the police anything, we will put your pictures on Facebook for your village to see'. (Op Lantern debrief, sex work, Newcastle)""")

T(" |  |  | l",
"""Worker said that if his boss ever took his passport he would go straight to the police, but he never has - he keeps it at home. No concerns re agency.""")

T("rm is it | RMV ISO | D | h",
"""1/A/C (not for disclosure to LA without DS approval). Source states female (poss. Eritrean, 30s) employed as housemaid at 7 Elm Close, not seen outside property in months. Owner's wife told source 'she doesn't need friends, she has us'. Maid told source she is warned she'll be arrested if she goes out as she has no visa.""")

T(" |  |  | l",
"""Concern raised re 'man living in a car' outside the industrial estate - turns out to be a lorry driver on his rest break with sleeper cab. Drivers' hours compliant. NFA.""")

T(" |  |  | l",
"""Intel 3/C/P: rumour at the packhouse that the new supervisor 'will take your passport if you complain'. Spoke to 12 workers - nobody has had their documents taken, all have their own, rumour appears to stem from a joke at the Christmas party.""")

T("av | ET | C | h",
"""OIC note: Child (14, M) reported as having been 'collected' from his care home at 2300 by 2 adult males in a taxi on 3 occasions this month; staff told he is 'not allowed' to say where he goes. Returns with cash and new clothes. CE screening tool scored high.""")

T("pv | | C | h",
"""POI ABBAS hit nom across face with pistol when 200g short. (2/B/P, line 'Mo', Bristol)""")

T(" |  |  | l",
"""No sign of anyone being held against their will. All 5 occupants spoken to separately, all have keys and phones. Property is an HMO rented by students from the college.""")

T("ww | NCW MBC | L | m",
"""Bank intelligence: 23 personal accounts, different account holders (all Bulgarian), same mobile number and same email address registered for online banking. Salaries from one labour provider; funds moved to a single account in the name of Dimitar ILIEV within minutes.""")

T(" |  |  | l",
"""Bank alert closed: customer is a money transfer agent (FCA-registered), multiple incoming payments from different individuals are remittances. KYC satisfactory.""")

T("av de | | C | h",
"""Male (Sudanese, 17, UASC) in a hotel for asylum seekers told hotel staff a man offered him 'delivery work' for cash; it turned out to be carrying bags of cannabis between cities on the coach. He says he didn't know what it was at first.""")

T(" |  |  | l",
"""Asylum hotel manager: residents are free to go out, many attend college, nobody collecting them in vehicles. One resident reported bike stolen. No exploitation concerns.""")

T("de av | | S | h",
"""Girl (16) from asylum hotel told key worker a man outside offered her a job 'at his friend's restaurant'; friend of hers who went ended up at a party with older men and was given alcohol and sex was expected of her.""")

T(" |  |  | l",
"""Girl said she'd have been scared if the man had followed her but he didn't - just a guy asking for directions. (Follow-up of 101 report about a suspicious car near the school; nothing of concern.)""")

T("it eo | LH | L | m",
"""Farm manager to Nepali pickers (overheard by auditor): 'You pick 15 trays an hour or you're on the next plane home.' Workers say they do 12-14 hr days in the glasshouses in July.""")

T(" |  |  | l",
"""Audit of soft fruit grower: piece rates topped up to NLW where targets missed; no worker sent home for productivity in season; hours 8-10/day with rest days. Workers interviewed without managers present. Satisfactory.""")

T("rd | DT | C | m",
"""Nom states ID taken by line holder 'so you don't run off'. (3/C/P)""")

T("ac | PLC OC | L | m",
"""HMO inspection: 3-bed house occupied by 11 men working at the same car wash - one toilet, broken boiler, rats, mattresses on kitchen floor. Landlord said the 'car wash man' rents it.""")

T("av rm it pv | RMV PA | L | h",
"""Ukrainian refugee (M, 58) housed under Homes for Ukraine by a sponsor who runs a building firm. Sponsor made him work on sites for no pay 'as rent', locked the annexe at night and hit him when he said he would complain to the council. He has bruises to his back. Council now rehoming him; police informed.""")

T(" |  |  | l",
"""Homes for Ukraine check: sponsor and guests getting on well; guest (F, 41) works part-time at a café, has her own room and key, contributes to food voluntarily. No concerns.""")

T("ac | SAW | L | m",
"""2/A/P Chef at the Spice Garden sleeps in the restaurant on chairs pushed together.""")

T(" |  |  | l",
"""Restaurant owner explained the camp bed in the office is his own - he sometimes stays late after closing and lives 40 miles away. Staff all live off site. (Visit note, Spice Garden)""")
# ---------------------------------------------------------------- part 7: settings across types
T("de db | UF | L | m",
"""Border Force, Stansted arrivals: 3 Indonesian men travelling on seasonal worker visas said they each paid a Jakarta broker about £4,000 in fees and are repaying a loan to the broker's company monthly from their UK wages. They understood the farm job would be 'at least 6 months'; the sponsor letter says 6 weeks.""")

T("av ww eo ac | NCW LH SAW FPE | L | h",
"""Waste site inspection (EA with police): 5 men sorting waste on the picking line, no gloves or masks. Two men (Romanian, 50s) live in a shipping container on site with a single mattress and a kettle; they had no belongings besides work clothes. They said they work 'from light to dark' every day and that 'the boss looks after the money' because they cannot read. Boss says they are 'self-employed'.""")

T(" |  |  | l",
"""Waste site inspection (EA): operator licensed, PPE issued and logged, picking line staff on agency contracts, 8-hr shifts. Breach found: stockpile exceeds permit limit. Enforcement notice served.""")

T("de db rd it | UF DT | L | h",
"""Care home whistleblower (anonymous email): 'I work at Oakleigh Lodge. Six of us nurses from Zimbabwe were told by the owner we had to pay £8,000 each back if we leave within 5 years — he calls it the sponsorship cost, but we were never told about it in Harare, the advert said all costs paid. He keeps our BRP cards in his office. He tells us if we complain he'll withdraw our sponsorship and we'll be on a plane.'

The email continues with concerns about staffing levels on the dementia unit at night and about late medication rounds, which have been passed to CQC.

Intel note: Oakleigh Lodge is a 46-bed home, owner Dr P. Mensah, licensed sponsor since 2022 with 14 sponsored workers. Previous CQC rating 'Requires improvement'. Home Office sponsor compliance team and Gangmasters and Labour Abuse Authority informed. Whistleblower's identity unknown; reply sent via the same email address offering a call with an interpreter if needed.""")

T(" |  |  | l",
"""Care home HR: sponsored carers reimbursed for visa costs; BRPs held by carers; one carer left for another employer in June without any charge. Compliance file complete.""")

T("eo ww | LH NCW | L | m",
"""Hotel housekeeping (Leeds): room attendants from an outsourcing firm paid per room, £2.50 each, cleaning 25-30 rooms a shift and working 11 hours with no breaks. Wages paid to a team leader who 'distributes' them.""")

T("av pv rm it | PA RMV | S | i",
"""Hotel night manager, 01:30: 'There's a young girl in room 118, I think she's 14 or 15, she came in with two men who booked the room in cash. She came down to reception crying and asking to use the phone and one of the men came and pulled her back up by the arm. She has a cut lip. They're up there now.'""")

T(" |  |  | l",
"""Hotel night manager: couple arguing loudly in room 204, both adults, guests complained about noise, told to keep it down, resolved. No police needed.""")

T("rm ww eo | RMV ET NCW LH CEDL | L | h",
"""Warehouse agency workers (Hungarian) at a distribution centre near Daventry: picked up at 4.30 from the house by the agency's 'driver', returned at 9pm, 6 days a week. Driver keeps their pay cards and gives each £50 on Sunday. Workers said they are not allowed to go anywhere on their day off except the supermarket with the driver.""")

T("eo | LH | L | m",
"""Deckhand on a scallop boat out of Newlyn says 20-hour days are normal when they're on the grounds; they stay out for 10 days at a time. Deckhand is paid a share, has his own passport and goes home between trips.""")

T(" |  |  | l",
"""Deckhand (Ghanaian, 31) holds a valid crew visa, contract on board in English and Twi, payments into his own account in Accra confirmed by bank statements. Said he is 'treated like family' by the skipper. (Fishing vessel visit, Kilkeel)""")

T("rd rm is ac pv | DT RMV ISO PLC PA | L | h",
"""Two Ghanaian fishermen who jumped ship in Plymouth told police they had been on board for 14 months. The skipper held their passports and they were never allowed ashore in port. They slept in the fish hold when the cabin was full. One has a scar from where the mate hit him with a steel bar for dropping a net. They said they had not spoken to their families in over a year.""")

T("av ww | NCW | C | h",
"""Shop security: group of 4 teenage girls (Roma, approx 13-15) caught shoplifting cosmetics at Boots; an adult woman waiting outside took the bag from one of them. Girls say they have to give everything to 'Mama' and they get to keep nothing.""")

T(" |  |  | l",
"""Shop security: two adult men stole power tools from B&Q, sold them at a car boot sale. Both known shoplifters with drug habits, working for themselves. Charged.""")

T("av db ww | NCW | C | h",
"""Benefit fraud investigation: 16 Universal Credit claims in names of Polish men with alcohol problems, all listing rooms at 2 addresses owned by Krzysztof W. The men told investigators they were recruited from a homeless shelter in Poznań with offer of work, and that Krzysztof 'manages the money' because they owe him for the journey and rent. Payments go to cards he keeps.""")

T(" |  |  | l",
"""Benefit fraud: claimant failed to declare partner living at the address, overpayment £7,400. No third party involvement. Referred for recovery.""")

T("av rm is it pv | RMV ISO | S D | h",
"""Forced Marriage Unit referral: Miss A (19, British-Pakistani) says she was taken to Mirpur 'for a holiday' and married to a cousin. Back in the UK, she is kept at her in-laws' house in Oldham, does all the cooking and cleaning for 8 people, is not allowed out unless her mother-in-law goes with her and has had her phone taken. Her husband makes her have sex with him when she says no. He says if she tells anyone her family will disown her and she'll be sent back to Pakistan.""")

T("pv | | S | h",
"""Victim says husband forces her to have sex with his friends for money.""")

T(" |  |  | l",
"""Family visit: the couple had an arranged marriage 6 years ago, both consented and confirmed this separately, wife works as a pharmacist, manages her own money. No concerns re forced marriage.""")

T("de ww rm | NCW RMV ET | S | h",
"""Pop-up brothel, Airbnb in Cardiff Bay: 3 women (Chinese) found during warrant. Property booked for 5 nights under a false name. Women said they came on student visas for 'hotel reception training'. They had been moved every 4-5 days between Airbnbs in Bristol, Swansea and Cardiff. A male drove them between cities and took the money after each client. They did not go out; food was delivered.

Property: 2-bed apartment, key safe at the door, cleaned by a contractor between bookings. The host company was unaware and has cooperated, supplying booking records for 11 properties across South Wales.

Items seized: 7 phones, £2,350 cash, a notebook with names of cities and dates, and boxes of condoms. The male driver (Chinese, 40s) was arrested in a Mercedes Vito nearby. All three women accepted support and were taken to a safe house; interpreters (Mandarin) booked for ABE interviews tomorrow.""")

T(" |  |  | l",
"""Airbnb host reports guests held a party and damaged furniture; guests were a hen party of 8 women, all gone by morning. Civil matter.""")

T("is av | ISO | S | h",
"""Profiles on a sugar-daddy site linked to a woman in Leicester with a learning disability; her social worker says she doesn't know what a website is and a 'friend' manages her phone. She has been cut off from her day centre friends since he moved in.""")

T(" |  |  | l",
"""Adverts on an adult site: 3 profiles reviewed, all independent escorts (verified by site), own contact numbers, no shared images or phrasing, no third-party language. No further action.""")

T("av de it | | S | h",
"""12-year-old boy befriended on an online game by a man claiming to be 15; man sent him gift cards and then persuaded him to send indecent images, then threatened to send the images to his family unless he did more. Parents found messages.""")

T("it | | S | h",
"""Sextortion: he said he'll send the video to everyone on my Instagram unless I do what he says and bring my friend""")

T("av ww is eo | NCW ISO LH | D | h",
"""Debrief, Mr O (Nigerian, 67, Yoruba interpreter): 'I came in 2008 to stay with my son's friend and help in his house. I cook, I clean, I do the garden, I take his children to school and collect them, every day. He said he will sort my papers. For 15 years he gave me £10 a week. I had no friends, I went nowhere. When I got sick he said I am useless. My papers were never sorted. I am old now, I have nothing.'""")

T("av ac | SAW FPE | D | h",
"""Police welfare check at a house in Ilford found a 16-year-old girl from Ghana sleeping on a mat in the kitchen with a plastic bag of clothes; she said she is 'helping' the family and is not at school.""")

T("de db | | C | m",
"""Chinese students persuaded via WeChat to open UK bank accounts and pass them on for 'agent fees' refund; once used for laundering they are told they owe the 'agency' £2,000 each for 'processing' and must open more accounts to clear it.""")

T(" |  |  | l",
"""International student complained her letting agent kept her deposit, £1,200, after she moved out. Advised to raise with the deposit protection scheme.""")

T("de ac rm is | PLC RMV ISO | C | h",
"""Albanian (M, 19) found at a cannabis factory in a former church in Lancashire. Says he was promised a job in a car wash in London. Kept inside the building for 4 months, only allowed out 'in the yard to smoke', food brought in, never spoke to anyone except the 'gardener'. Slept on a mattress between the plants, no shower. Says he was terrified of the electric cables.

The building is owned by a property company in Manchester and was let 6 months ago to a 'furniture storage' business that gave false details. About 900 plants were found across 3 rooms, with a professional irrigation system.

He has been interviewed as a victim, not a suspect; his age (19) is supported by his passport, which he had with him. NRM referral made by the OIC; he is in a hotel with support from the Salvation Army. He is frightened for his mother and younger brother in Shkodër but says nobody has threatened them.""")

T(" |  |  | l",
"""Cannabis grow (50 plants) in spare room of a detached house; occupier (M, 45, British) admits growing for own use and for friends. Lives alone, no sign of anyone else involved. Interviewed under caution.""")

T("rm it | RMV | C | h",
"""He brandished a machete and told the two Vietnamese boys to stay in the house and water the plants 'or you die here'. (Statement of neighbour, overheard through shared wall, 1/A/P)""")

T("av it | FOA | C | h",
"""Youth offending team: M (16) arrested with 20 wraps in Norwich says 'they'll kill me if I say who' and asks not to be sent back to Hackney. Says police will just lock him up anyway.""")

T(" |  |  | l",
"""YOT: 17-year-old convicted of possession with intent; he admits selling to friends at college for his own profit, no older people involved, no debts or threats. Risk of exploitation assessed low.""")
# ---------------------------------------------------------------- part 8: long accounts, several people
T("de rd ww ac eo it db | DT NCW OC LH SFW CEDL ET | L | h",
"""Statement of witness - Andrei (Moldovan, 33), taken with a Romanian interpreter.

I answered an advert on OK.ru for work in an English chicken factory, 'accommodation and transport provided, 400 pounds a week'. A man called Sergiu met four of us at Stansted. He said he needs our passports to make the national insurance numbers and that he will bring them back in two weeks. He did not bring them back.

We lived in a house in Corby, eleven people, two to a mattress in some rooms. Every morning at 4.45 a van came for us and brought us back at 7 or 8 in the evening. It was not a chicken factory, it was a warehouse for online orders. We worked six days and sometimes seven when there was a lot of orders.

Sergiu did all the talking at the warehouse office. When the manager asked us questions, Sergiu answered in English. Our money went into accounts he opened, and each Friday he gave us £60 or £70 in an envelope. He said the rest was for the house, the van and the papers.

One man, Vitalie, said he wanted to go home. Sergiu told him that he owed 900 pounds and that he would not leave England alive without paying. Vitalie still went to the office to work the next day.

I left when my brother sent me money for the bus to London. I do not know what happened to the others.""")

T(" |  |  | l",
"""Officer handover, late turn 14/06

1. Shoplifting at Co-op, Station Rd - suspect identified from CCTV, regular, to be arrested on sight.
2. Concern for welfare at 3 Lime Walk - elderly male fell, ambulance attended, family now with him.
3. Report from a member of the public about 'foreign workers living in a van' near the industrial estate. Attended: two Polish HGV drivers sleeping in their cab on a legal rest, own company, paid properly, no concerns.
4. Criminal damage to bus shelter on Holt Lane - no suspects.

Nothing outstanding for nights.""")

T("av de pv it rm is db | RMV ISO PA | S | h",
"""Referral to NRM - First Responder narrative (Barnardo's)

Young person: Kyra, 16, British, lives with her mother in Derby.

Kyra met a man she knew as 'Zee' (early 20s) through a friend at a shisha lounge in the summer. He bought her food, gave her a phone and said she was his girlfriend. In October he took her to a flat in Nottingham 'for a party'. She says there were other men there and she was given vodka and a pill. She says Zee told her she had to have sex with two of his friends because she 'owed him' for the phone and the nights out. She says when she said no, one of the men held her down.

Since then Kyra says she has been taken to hotels in Leicester and Birmingham. Zee keeps her phone when she is with him and she cannot leave the hotel rooms; he says he will post the videos online and tell her mum what she is if she stops.

Kyra has stopped seeing her friends and has not been to college since November. Mum reports she has lost weight and has bruises she won't explain.""")

T(" |  |  | l",
"""Public report form: 'I want to report the farm up the road. There are always lots of people working in the fields and they speak other languages and they start early in the morning. I'm worried because of what you see on TV.'

Triage note (MSHT desk): Farm is a GLAA-licensed grower, inspected in April with no issues. Workers are seasonal scheme workers housed in a licensed caravan site, pay verified. Caller's concerns relate to presence of foreign workers only; no indicators described. Thank caller, no further action.""")

T("av de ww rd ac db | DT NCW PLC OC | L | h",
"""Summary of judgment (sentencing remarks, extracts)

'You, Mr Rashid, and your son recruited men from Afghanistan and Pakistan who had arrived in this country irregularly and who you knew had no right to work. You told them they would have a job in a clothing factory with a wage and a place to live, and that you would help them with their immigration cases.

'In fact they worked for you in a sewing workshop in Leicester. You took their identity documents and their asylum papers and kept them in your office. You paid them between £1 and £2 an hour, and often nothing at all, telling them the money went towards a solicitor you never instructed and towards the debt each of them owed you for accommodation. That accommodation was a room above the workshop without heating or ventilation where as many as eight men slept.

'Your victims were frightened and far from home. You exploited that fear.'""")

T(" |  |  | l",
"""Debrief not proceeded with: IP (M, 28, Eritrean) attended with support worker to discuss his former job at a car wash. He says he worked there 5 months, was paid £80 a day in cash by the owner, finished at 6, had Sundays off and lived with friends. He left because he found a better job. He was never threatened, he kept his own documents, and he says the owner 'was a good man'. He came because a friend thought he was owed holiday pay. Signposted to ACAS. No MSHT indicators.""")

T("de eo ww ac rm av | LH NCW PLC RMV ET FOA | L | h",
"""Report of a supermarket supplier's ethical audit (extract). Site: salad packhouse, Herefordshire.

Worker interviews (n=25, off site, in Romanian and Bulgarian) found the following:
a) Seven workers recruited through a Bulgarian intermediary said they were told the pay would be £12/hr; their payslips show NLW, and the intermediary takes '£50 per week' from each in cash in the car park.
b) In peak weeks rota records show shifts of 14-15 hours and 13 days on before a rest day.
c) The intermediary's workers live in 3 caravans on a separate site with no running water; the intermediary drives them to and from the packhouse and they say they cannot go to town 'without asking him'.
d) Workers said they fear losing their settled status applications if they speak to the authorities.
The remaining 18 workers, employed directly, reported no concerns and were paid correctly.""")

T(" |  |  | l",
"""Ethical audit (extract), salad packhouse, Herefordshire, follow-up visit: Intermediary removed from supply chain in March; the seven workers affected are now employed directly, repaid the sums taken, housed in licensed accommodation, and interviewed again without managers present - all say they are now treated fairly and free to leave. Non-conformances closed.""")

T("av rm it ww pv | RMV NCW CEDL | C | h",
"""OFFICIAL-SENSITIVE. Int. 2/B/P.
Subject: County line 'BIGS' (Merseyside → Cumbria).
1. Line operated by Liam GRADY (DOB 02/12/99) and associate 'Tiny'. Runners are children from Kirkby aged 14-16 who are sent by train to Barrow for 'shifts' of up to 10 days. They are collected from Lime St at 5am and dropped back late at night.
2. Runners use the flat of CARR, Michelle (DOB 16/03/71), a heroin user whose flat is taken over; CARR is paid in gear.
3. Runners are not paid until they return; GRADY 'fines' them for short bags so they often come back with nothing.
4. Source states one runner, 15, was stabbed in the leg by 'Tiny' last month for 'talking to a girl' and told he can't leave Barrow until the line is quiet.""")

T("de is ac eo | ISO PLC LH | L | h",
"""Charity case note (Stop the Traffik partner, Lebanon → UK route, translated):

'They said: Jumana will work in a clean house for a good family in London, 700 dollars a month.' Instead the family put her in a converted garage at the bottom of their garden in Hendon. No window, a camping toilet. She worked from six until the family went to bed, every day, for three years. The family did pay her salary each month into her own bank account, which she could check, but she was never allowed to speak to anyone outside the house - the phone she used to call her mother was the employer's and the calls were listened to. She now has her own phone, is in a safe house, and wants to stay in the UK.""")

T("ww | MBC SFW | L | m",
"""Bank (financial intelligence unit) to police: Pattern at NatWest ATM, High St, Boston - 31 debit cards in 19 different names used between 22:00 and 23:30 on 4 consecutive Fridays by the same male (CCTV). Account holders are all employed by the same labour provider. On opening the accounts, one male 'translator' attended with each customer and answered the questions.""")

T(" |  |  | l",
"""Ticket 4471, Lincs FIU: Multiple cards at one ATM explained - user is the treasurer of a Polish Saturday school, withdrawing from the school's and the church's accounts and her own; documentation reviewed. No concerns. Closed.""")
# ---------------------------------------------------------------- part 9
T("av pv ac | PA PLC | C | h",
"""Prison reception note (HMP Lincoln): new receiver (Vietnamese, 17 per his account, recorded as 21 on charge sheet) charged with cannabis cultivation. Has burns on forearms from grow lights and says he lived 'in the plant house' for 5 months and was beaten when plants died. Age assessment requested; MSHT SPOC informed; s45 defence to be considered.""")

T(" |  |  | l",
"""Prison note: prisoner requests a transfer to be nearer his family in Kent; no concerns raised at induction. Employed in the prison kitchen.""")

T("de | FOA | S | h",
"""Midwife note: 19 y/o, 24/40, Romanian, first booking. Accompanied by 'friend' (F, 40s) who would not leave. Pt stated in English 'I work in massage'. Could not give address. Did not want an interpreter; visibly anxious when police were mentioned in routine DA questions. Told me briefly when friend went to toilet that 'the job in London was supposed to be a hotel'.""")

T(" |  |  | l",
"""Midwife note: 27 y/o, 32/40, attends with husband, both working, settled housing. Routine enquiry completed alone - no concerns. Pt speaks good English, declined interpreter.""")

T("de db ww | NCW | L | h",
"""My cousin say in England you make the car clean, 50 pound every day. After, the boss say: first you pay me the visa and the flight, 3,000. Every week he write in his book how much I pay. The book always say I still owe. I never take the money, he keep.""")

T("eo | LH CEDL ET | L | m",
"""Lads from the car wash get picked up by a people carrier at 6am outside the Londis, same lads back at 10pm, 7 days a week for months.""")

T("db | UF | L | m",
"""Paid 1,500 euro in Bucharest for the 'job finding', and then the agency in England said I owe 1,000 more for the house deposit and it comes from the pay""")

T(" |  |  | l",
"""Ex-employee says the agency charged him a £20 'registration fee' in 2019; agency has since refunded all such fees after an EAS inspection. He now works elsewhere and has no complaints.""")

T("rm is ac | RMV ISO PLC | D | h",
"""2/A/P Female (Indian, ~55) seen by neighbour only in back garden hanging washing for a large family at 21 Ravensbourne Ave; neighbour spoke to her over the fence and she said she sleeps in the conservatory and is not allowed to use the front door or talk to anyone. Family says she is 'a relative'.""")

T("de it av | | O | h",
"""Member of public: my brother is in Egypt, a man he met on Facebook told him to come from Sudan for a job in a restaurant and now the man says he has to sell his kidney or they will hand him to the police as illegal. please help he is not safe""")

T("de ww | | O | m",
"""Intel 3/C/P: Indian national (M, 30s) living in Southall says he sold a kidney in a private clinic in Delhi after an agent offered ₹4 lakh; he says the agent paid him only ₹50,000 and said the rest was 'costs'. Possible link to a UK-based recipient, enquiries ongoing.""")

T(" |  |  | l",
"""Press: a Nottingham man is fundraising for his wife's dialysis costs while she waits for a transplant on the NHS list. 'We just want her to get better,' he said.""")

T("ww eo ac | LH PLC | L | h",
"""ALL THE GIRLS AT THE NAIL SHOP BY THE STATION WORK TILL 10 AT NIGHT AND THE OWNER DONT PAY THEM FOR MONTHS. THEY BREATHE ALL THE FUMES NO MASK. DISGUSTING!!!""")

T(" |  |  | l",
"""Nail shop review: 'Great service, girls were lovely, bit pricey though, open late which is handy'""")

T("rd ww | DT NCW | L | m",
"""Intel: agency rep at the Sleaford packhouse keeps workers' bank cards AND passports in a drawer, hands out cash on Fridays. 2/C/P""")

T("av rd it | DT FOA | L | h",
"""Slovak Roma family of 6 at a Sheffield drop-in say the man who brought them 'holds our papers for the council' and said if they go to the police, social services will take the children away. The father works at a meat plant; the mother is pregnant. Interpreter present.""")

T(" |  |  | l",
"""Drop-in note: Slovak family need help with school applications. Father in work, family have own documents and tenancy. Interpreter arranged by the family. Referred to admissions team.""")

T("pv | PA | L | h",
"""Worker at the farm had a broken nose, said the supervisor headbutted him for being slow. He still goes to work there. (GP notes, Boston)""")

T("eo ww | LH | L | m",
"""Care worker (Nigerian, 41) on a sponsored visa says she works 70-80 hours a week on live-in placements with no break cover and is paid for 40; the rest is 'sleep time' that she is up for every night.""")

T("av rm is | RMV ISO | L | h",
"""Adult with autism (26) 'working' at his uncle's garage for food and a bed; uncle won't let him go to the day service any more, doesn't let him use a phone, and told the support worker he 'can't go out on his own'.""")

T(" |  |  | l",
"""Young man with autism (22) enjoys volunteering at his uncle's garage 2 mornings a week; support worker visited, he has his own money from his PIP and attends the day service on other days. Positive placement.""")

T("de pv rm | RMV | S | h",
"""Press: A man from Peterborough has been convicted of trafficking a Lithuanian woman he met online. He promised her a job as a cleaner; on arrival he took her to a flat, raped her and sold her to other men. She was not allowed to leave the flat without him. She escaped after 5 months.""")

T("it | | L | m",
"""He said he knows people at the Home Office and they'll deport my wife if I stop working for him""")

T(" |  |  | l",
"""Neighbour says the man next door threatened to call the Home Office on her in a dispute about the fence. She is British. Harassment report taken. (No exploitation)""")

T("av ww ac | PLC | L | h",
"""Homeless man (British, 45, drink problem) found working on a travellers' site near Swindon says he's been there 'a few years'; sleeps in a horsebox, gets a few cans and £20 when 'the old man' remembers.""")

T("rd | DT | L | m",
"""Workers' passports are kept in a box in the manager's car 'because the house isn't safe' - we don't have a key to the box. (Notes from a Polish-language helpline call, verbatim)""")

T("av de db ww | NCW | S | h",
"""Nigerian trafficking network: girls as young as 15 recruited in Edo State with promises of hairdressing apprenticeships in Europe; in the UK they are told they owe 'madam' £30,000 and hand over all earnings from sex work. (NGO briefing summary)""")

T(" |  |  | l",
"""Hairdressing apprentice (17) referred by college for attendance issues; turns out she is caring for a younger sibling while mum is in hospital. Support put in place. No exploitation.""")

T("ac ww | OC | L | m",
"""3/C/P INT: 15-20 Indian males believed living at 44 Mere Rd, LE5, sleeping in shifts; employed in textile units on Cobden St, believed paid £2.50/hr cash.""")

T("de db ww eo | LH | L | h",
"""Ukrainian builder (translated): 'Vasyl said good work in London, 120 per day. We came, he said first month no pay because he bought the tickets. Second month, no pay, because of the room. Third month he paid 200 for all month. We worked every day, Saturday also, from 7 to 7.'""")

T(" |  |  | l",
"""Construction site visit (HSE + GLAA): 40 operatives, all CSCS carded, paid via umbrella company into own accounts, working 8-5 weekdays. No concerns.""")

T("rm ac | RMV PLC | L | m",
"""The boss locks the gate of the yard at night and the men sleep in the cabin, no water, no toilet, I have seen them doing their business in a bucket""")

T("av rm it pv | RMV PA ET | S | i",
"""999: 'My daughter's 15, she just rang me from a flat in Burnley, she's with two men, she says they won't let her go and one of them slapped her. She's crying. She said the address is above a takeaway on Colne Rd. Please hurry.'""")

T(" |  |  | l",
"""999: caller's teenage daughter has not come home, last seen at a friend's. Located 40 mins later at the friend's house, safe and well, phone had died. Call closed.""")
# ---------------------------------------------------------------- part 10
T("it | | S | h",
"""She told the ISVA that if she refused a client, Besnik would make her sleep outside and 'do worse'. (Sexual exploitation, Southampton)""")

T(" |  |  | l",
"""Client says that her previous landlord was difficult but she never felt threatened and always paid her own rent from her wages. Housing query only.""")

T("ww | CT PPE NCW | L | m",
"""Mushroom pickers: payslips show £8 a day for the minibus, £25 for 'hairnets/boots/knife', and then the 'team leader' takes their bank cards on pay day and gives back what he thinks they need. (Kent, GLAA intel, 2/B/P)""")

T("rm av | RMV | C | h",
"""Cuckooing: Jean (79, dementia) - carers say young men are in her flat every day, she's been told to stay in her bedroom when 'the boys' have visitors, and the door chain is on from the inside when carers arrive.""")

T(" |  |  | l",
"""Carers report Jean's grandson has been staying with her while he is between jobs; she says she's happy to have him, he helps her with shopping. No visitors of concern observed. Welfare visit closed.""")

T("de pv it rm is | RMV ISO PA FPE | S | i",
"""Statement taken in hospital, 04:20, OIC DC Mahmood.

The IP (F, Hungarian, states 18) was found by a dog walker at 02:00 in a lay-by on the A38 wearing only a nightdress, with cuts to her feet and bruising to her face and arms.

She says she answered an advert for a cleaning job in England and was driven from Budapest by a man called Laci. In England she was kept in a house somewhere 'near a big road' with two other women. The windows were nailed shut and she was not allowed out. Men came to the house and she was forced to have sex with them. She had no clothes except what Laci gave her and no bag or phone.

Tonight Laci hit her because she cried in front of a client and said he would 'sell her to the Albanians'. When he went to sleep she climbed out of a bathroom window. She says the other two women are still in the house and that Laci will move them when he finds she is gone.

House not yet identified. Cell site enquiries and a search of lay-bys on the A38 requested urgently.""")

T(" |  |  | l",
"""Found property: a Hungarian passport handed in at the petrol station on the A38. Owner traced - tourist who dropped it, collected it next day.""")

T("de eo ac is | LH PLC ISO SAW | D | h",
"""Indian woman (40s) brought over by a family as a 'cook' for their restaurant ends up doing all their housework too; sleeps on the landing, works from 6am till past midnight, and says she doesn't know a single person in the country apart from the family.""")

T("av ww | NCW | D | h",
"""Older woman (Sri Lankan, 70) who has cooked and cleaned for her nephew's family for 20 years - nephew collects her state pension. She does not speak English. Adult safeguarding enquiry opened.""")

T(" |  |  | l",
"""Live-in housekeeper for a family in Hampstead: £32k salary into her own account, own flat on the top floor, 2 days off a week, passport in her own drawer. Reported by the employer to the embassy as required. (Visa sponsor check, no issues)""")

T("de db | | O | m",
"""Man (Bangladeshi, 28) tells charity: a dalal in Dhaka offered a job in Malaysia if he 'donated' a kidney to his relative; there was no relative and no job, only a bill for the travel he must repay.""")

T("av rm it | RMV | O | h",
"""Eritrean teenager (16) in Libya, relayed by his uncle in Birmingham: held in a warehouse by smugglers who demand $6,000, they told him if the family doesn't pay they will take his kidney. Family in UK being contacted by the smugglers. Passed to NCA.""")

T("ww | MBC | C | m",
"""Money mule intel: 8 young Lithuanian men living in one house in Wisbech each have 3-4 accounts; their 'landlord' withdraws salary and benefit money from all of them at the same Sainsbury's ATM on Saturday mornings.""")

T(" |  |  | l",
"""Landlord (Wisbech) has power of attorney for his elderly father and withdraws from his father's accounts as well as his own. Bank confirmed POA registered. Alert closed.""")

T("av rm pv it is | RMV ISO | C | h",
"""Debrief extract, V4 (Albanian, 17): 'They put me in the house with the plants. The door, always lock. They take my phone. One time I say I want to go, the man hit me with a pipe and say next time I go in the river.'""")

T("av | | C | h",
"""Report via school: Year 9 boy (13) with £900 in cash and two burner phones, says he 'holds stuff' for an older boy's brother.""")

T(" |  |  | l",
"""Report via school: Year 9 boy (13) with a new phone - parents confirm they bought it for his birthday. No concerns.""")

T("de ac eo | PLC LH OC | L | h",
"""Statement - Tomasz (Polish, 45):
They said on the phone it's a bakery, with a flat. It was a place making sandwiches, nights from 10 to 10 in the morning and sometimes they said stay for the day shift too. The flat was a house with 16 men, two in each bed because of the shifts, one bed warm all the time. There was no hot water for two months.""")

T(" |  |  | l",
"""Statement - Tomasz (Polish, 45), second employer: 'At the new job, everything is fine. I have my contract, they pay every two weeks, the overtime is voluntary and paid extra. I rent my own room.'""")

T("rd ww de | DT NCW | C L | h",
"""Identity fraud: Romanian workers' identity cards were used to open mobile phone contracts and car finance in their names without their knowledge; the workers had handed the cards over to their 'employer' to 'get paid' and never got them back, and never got the pay either.""")

T("ww eo | LH NCW | L | m",
"""Kitchen porter (Bangladeshi, 23): 'I work 80 hours, the owner pays my wife's brother in Sylhet, he says it is same thing.'""")

T(" |  |  | l",
"""He was worried he'd be sacked if he complained about the rota, but nothing happened when he did and the manager changed it. (Employee relations note, warehouse)""")

T("av is ac | ISO PLC ET | C | h",
"""Man with severe learning difficulties (37) is being used by a family to sign for Universal Credit and council tax support; they keep him in a box room with no light bulb, do not let him see his brother, and take him to the Jobcentre in their car.""")

T("de rd | DT | S | h",
"""Thai woman recruited for 'spa work' in the UK via a Line message group; her passport was taken by the 'spa manager' on arrival and the work was in a brothel in a residential street in Swindon.""")

T("rm ww | RMV NCW SFW | D | m",
"""Nanny for a Russian family in Surrey - the mother opens all her post, does the talking at the bank and the GP, and she is only allowed out with the children. Her salary is paid into an account the mother manages.""")

T("eo ac | LH SAW | L | m",
"""Brickies on the Arnold Rd site sleeping in the half-built houses between 14 hr shifts, been weeks like that""")

T(" |  |  | l",
"""Security guard found sleeping on a building site turned out to be a homeless man who climbed in; nothing to do with the contractor. Referred to outreach.""")

T("av de pv it rm ww | RMV NCW | S | h",
"""Summary for strategy meeting: Two sisters (Slovak Roma, 16 and 18) were brought to Rotherham by a man who married the older one in a Roma ceremony. They believed they would work in a shop. Both are now sold for sex to men at the house and in cars. The man keeps all money. They are not allowed out alone. The younger sister says he beats them with a belt and has told them their parents will be killed if they run.""")

T(" |  |  | l",
"""Strategy meeting outcome: concerns about the 16-year-old have been investigated; she lives with her parents, attends college, and the older 'boyfriend' reported by a neighbour is her 17-year-old classmate. No CSE indicators. Case closed.""")

T("ww is | NCW ISO | L | m",
"""Shepherd (Romanian, 52) on a hill farm in Wales - alone on the mountain for months, the farmer's son keeps his wages 'to save' for him and he doesn't know how much he has.""")

T(" |  |  | l",
"""Farm worker (Romanian, 50) on a Welsh hill farm - lives in the farm cottage with his wife, paid monthly into his own account, drives his own car to town. Farmer asks GLAA for licensing advice. No concerns.""")

T("de | | L | m",
"""Told it was fruit picking in Kent. Ended up cutting cabbages in Lincolnshire for less than half what they said.""")


# ---------------------------------------------------------------- output
PAIRS = [("DT", "rd"), ("RMV", "rm"), ("LH", "eo"), ("ISO", "is")]


def parse(labels):
    parts = [p.split() for p in labels.split("|")]
    if len(parts) != 4 or len(parts[3]) != 1:
        raise ValueError(f"bad label line {labels!r}")
    ind, sig, typ, risk = parts
    for code, table in [(c, IND) for c in ind] + [(c, SIG) for c in sig] + [(c, TYP) for c in typ]:
        if code not in table:
            raise ValueError(f"unknown code {code!r} in {labels!r}")
    return ind, sig, typ, risk[0]


def check(n, ind, sig, typ, risk):
    """The labelling conventions, checked per text (returns problems)."""
    out = []
    for s, i in PAIRS:
        if (s in sig) != (i in ind):
            out.append(f"{s}/{i} not paired")
    if len(set(ind)) != len(ind) or len(set(sig)) != len(sig) or len(set(typ)) != len(typ):
        out.append("duplicate code")
    floor_high = "S" in typ or "pv" in ind or len(ind) >= 3 or ("it" in ind and "rm" in ind)
    if floor_high and risk not in "ih":
        out.append(f"risk {risk} but high floor")
    if risk == "h" and not floor_high and "av" not in ind:
        out.append("risk h without a reason for high (child/vulnerable, violence, sexual, threats+restriction, 3+)")
    if (ind or typ) and risk == "l":
        out.append("risk low with labels")
    if not ind and not typ and risk != "l":
        out.append(f"risk {risk} with nothing")
    return [f"row {n}: {p}" for p in out]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "fresh6.jsonl")
    problems, lines, seen = [], [], set()
    for n, (labels, text) in enumerate(ROWS, 1):
        ind, sig, typ, risk = parse(labels)
        problems += check(n, ind, sig, typ, risk)
        text = text.strip()
        if text in seen:
            problems.append(f"row {n}: duplicate text")
        seen.add(text)
        lines.append({
            "id": f"f6-{n:03d}", "text": text,
            "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
            "exploitation": [TYP[c] for c in typ], "risk": RISK[risk],
        })
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} texts to {path}")
    report(path)


def report(path):
    """Reads the file back: valid JSON, known codes only, unique ids; prints counts per code."""
    rows, ids, counts = [], set(), Counter()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            row = json.loads(line)
            if set(row) != {"id", "text", "indicators", "signs", "exploitation", "risk"}:
                sys.exit(f"{path}:{n}: unexpected fields {sorted(row)}")
            if row["id"] in ids:
                sys.exit(f"{path}:{n}: duplicate id {row['id']}")
            ids.add(row["id"])
            for key, table in (("indicators", IND), ("signs", SIG), ("exploitation", TYP)):
                for code in row[key]:
                    if code not in table.values():
                        sys.exit(f"{path}:{n}: unknown {key} code {code!r}")
                    counts[(key, code)] += 1
            if row["risk"] not in RISK.values():
                sys.exit(f"{path}:{n}: unknown risk {row['risk']!r}")
            counts[("risk", row["risk"])] += 1
            rows.append(row)
    none = sum(1 for r in rows if not r["exploitation"])
    sizes = Counter()
    for r in rows:
        w = len(r["text"].split())
        sizes["short (<=20 words)" if w <= 20 else "typical" if w <= 110 else "long (>110 words)"] += 1
    print(f"{len(rows)} texts, ids unique, codes known; without exploitation: {none} "
          f"({100 * none / len(rows):.0f}%); " + ", ".join(f"{k} {v}" for k, v in sorted(sizes.items())))
    for key, table in (("indicators", IND), ("signs", SIG), ("exploitation", TYP), ("risk", RISK)):
        print(f"{key}: " + ", ".join(f"{c} {counts[(key, c)]}" for c in table.values()))


if __name__ == "__main__":
    main()
