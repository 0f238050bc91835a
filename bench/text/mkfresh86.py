#!/usr/bin/env python3
"""Hand-written labelled texts (officers' shorthand emphasis) -> fresh86.jsonl.
Each entry: (text, indicators, signs, exploitation, risk) with short codes expanded below."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

E = []
def T(text, ind="", sig="", typ="", risk="l"):
    E.append((text, ind, sig, typ, risk))

# ---------------------------------------------------------------- part 1
T("INT 2/B/P: POI NGUYEN Van Thanh (DOB 03/02/2010) seen entering addr on Firth St 2300hrs, carrying bags of compost. Windows blacked out, strong smell. INT suggests IP sleeps inside the grow.",
  "AV", "sw", "C", "h")
T("Handover 0700: RTC A46 j/w Fosse Way, nil injuries, VRM YR19 KLT towed. NFA.")
T("3/C/P. Car wash Mansfield Rd - 6x males, no gloves, wellies with holes. Nom DUMITRU collects cash 1900, workers walked to red Transit VRM KX15 OPD and driven off. Believed all live at one addr.",
  "AC", "et", "L", "m")
T("101 call: caller reports neighbour playing music loud every night since Tues, no threats made. Advised council noise team.")
T("Debrief via interpreter (Albanian). She says the man she thought was her boyfriend brought her to Leeds and said she must 'help him pay the flat'. He put adverts on a site with her photos. She had to see 6-8 men a day. When she cried he hit her with a belt. Her passport is 'with his cousin'.",
  "DE PV RD AV", "dt", "S", "h")
T("Nom KOWALSKI Piotr - licensed GLAA holder, inspection 14/03 compliant, payslips seen, workers hold own ID. No issues.")
T("OIC update: IP (M, 16, Eritrean) found in back of HGV at Dover EDC. States owes 'the agent' $4000 and must work in UK to repay, agent has his phone number in Birmingham. Placed with CSC.",
  "AV DB", "", "", "h")
T("Public report: there is a nail bar on the high st the girls in there never leave they come in 8am and go 10pm 7 days a week a man drops them off in a black car they look so tired and dont speak english",
  "EO", "lh ce et pa", "L", "m")
T("PNC check VRM FG68 WYX - keeper DOSANJH, insurance valid, nil markers. Stop at 2215 Soho Rd, occupants x2 spoken to, NFA.")
T("Safeguarding referral (school DSL): Y10 pupil, 15, has new trainers/phone x2, missing from home 3 nights, seen getting into taxis paid for by older males. Found in Southend with £400 cash and 20 wraps. Says he 'has to clear his debt' after he was 'robbed'.",
  "AV DB", "", "C", "h")
T("SA caseworker note: client (F, Filipino, 41) worked for family in Knightsbridge 3 yrs. Up 0530, in bed after midnight, no day off. Slept on the floor of the children's room. Employer kept passport 'for safety'. Paid £50 a month to her Manila account, rest 'saved' by madam - never seen.",
  "EO RD WW AC", "lh dt sw ncw", "D", "h")
T("GP note: pt attended for routine asthma review. Works as chef in family restaurant, lives with wife. Nil concerns.")
T("INT 2/C/P: HMO 44 Clarendon Rd - 14 Romanian males sharing 4 bedrooms, mattresses in kitchen. Landlord ZAMFIR Ionut also runs labour supply to packhouse in Spalding. Rent £70/wk each taken from pay before workers receive wages. Workers collected 0430.",
  "AC", "oa plc ce", "L", "m")
T("999: female screaming in flat above, caller hears 'let me out'. Door locked from outside per caller. Units dispatched 0213.",
  "RM", "rm", "", "i")
T("Border Force note LHR T4: F, 19, Nigerian, travelling with male 'uncle' who holds both passports and answers all questions. She states she's coming to be a nanny but can't name the family or address. Referred to SPOC.",
  "RD IS", "dt sfw iso", "", "m")
T("NFA - pay dispute. Complainant (Polish, warehouse picker) says agency paid him a week late in Jan due to payroll error, since rectified, has own bank a/c and ID. Advised ACAS.")
T("Victim account (translated): 'They tell us the work is in a hotel in London, good salary £1500. When we arrive it is a farm, we pick onions. We sleep in caravan with 8 people, no heater. Boss say we owe £800 each for the bus and the caravan, every week he take it from our money. After 3 months we still owe.'",
  "DE DB AC", "oa plc", "L", "h")
T("OIC note: cuckooing at 12 Beech Ct. Occupant MORRIS Darren (52, heroin user, learning difficulty) says 'the lads' from London stay in his flat, he gets 2 bags a day, not allowed in the front room. Door kicked in when he asked them to go.",
  "AV RM PV", "rm", "C", "h")
T("Handover: shoplifting Boots 1430, suspect DB ROGERS detained by security, 1 x count aftershave. Charged, bail to court.")
T("Report from member of public: 4 blokes live in the garage at the back of the takeaway on Hope St, seen them washing at an outside tap at 6am, they work in kitchen til 2am every night. Owner shouts at them alot.",
  "AC EO", "sw plc lh", "L", "m")
T("INT 1/B/P: ION, Florin aka 'Flo' - controls 5 Romanian women working from flat 3, 7 Dale Rd. Adverts on AW, phones held by ION. Women not allowed out without him. Cash collected daily.",
  "RM IS WW", "rm ncw iso", "S", "h")
T("Midwife booking note: 17 y/o, 20/40, accompanied by older male 'husband' (approx 35) who refused to leave room and answered for her. She has no GP registration, unsure of her address. Referred to safeguarding.",
  "AV IS", "sfw iso", "", "h")
T("GLAA insp. flower farm, Cambs. Gangmaster unlicensed - breach s.12 GLA Act. Workers paid NMW, hold own passports, own bank a/c, free to leave. Warning issued.")
T("Bank alert (FinCrime): 11 debit cards in different names used at same ATM, Stratford, between 0200-0230 each Friday. Each a/c receives wages from one construction sub-contractor, full balance withdrawn within hours.",
  "WW", "mbc ncw", "L", "m")
T("101: male found begging outside Tesco every day, drop off 0800 pick up 1800 in silver Passat, looks thin with a limp. Today seen handing cup of coins to driver.",
  "WW", "ce et pa ncw", "C", "m")
T("PND entry: DV incident, IP SMITH Kelly, suspect ex-partner HARRIS, verbal argument over child contact, no injuries, no threats. DASH standard. NFA.")
T("Debrief - IP (M, 24, Vietnamese): paid $18,000 to come to UK by lorry, family home mortgaged. On arrival taken to house in Wolverhampton, told to water plants. Locked in, food brought twice a week. Told if he ran the 'big brother' would collect the debt from his parents.",
  "DB RM IT AV", "rm uf", "C", "h")
T("Handover note 0600: no change at Ashford Rd obs point. No movement at address. Continue.")
T("Public report - 'JUST WANT SOMEONE TO CHECK!!! the car wash by the roundabout 3 lads work there 7am-8pm every day even in the snow no coats no gloves and the boss takes there tips off them at the end of the day'",
  "EO AC WW", "lh ncw", "L", "h")
T("LA safeguarding (adult): Mr B, 63, learning disability, moved in with 'friends' who take his PIP and pension from his card. Not working. Says he doesn't mind.",
  "", "ncw", "", "l")
T("INT 2/B/C (do not disseminate to LA): OCG led by KRASNIQI Arben moving Albanian males in via small boats, debt £20k per head, worked off in cannabis grows across Essex. Workers told families in Kukes will be 'visited' if they stop.",
  "DB IT", "", "C", "m")
T("GP note: pt (kidney transplant 2019, done at QE Birmingham, living donor = sister) attends for immunosuppressant review. Stable.")
T("Caseworker (Unseen): client says agency in Bucharest charged €400 for 'job in factory'. In UK was given job, payslips, own room, and left after 2 weeks because homesick. Nothing further.",
  "", "uf", "", "l")
T("STRO application draft - POI BALOG Tibor (Slovak) previously convicted s.2 MSA 2019. INT suggests now recruiting Roma males from Kosice for waste sorting plant, Bradford. Wages paid into accounts BALOG controls. Workers given £30/wk.",
  "WW", "ncw", "L", "m")
T("IP states 'every day I do the house: cook, clean, three children, dog. I cannot go out. They say police will put me in prison because no visa.' Employer (Saudi national, London address) holds her passport.",
  "RM IT RD AV", "rm fa dt", "D", "h")
T("Officer obs: 0540 minibus VRM LX17 BDZ collected 12 males from 88 Wharf St, dropped at Pinetree Packing 0610. Return 2145. Same pattern 6 days.",
  "EO", "ce lh et", "L", "m")
T("NRM referral summary: F 22 Romanian, 'boyfriend' loverboy method. Brought to Birmingham, told to work in massage parlour to pay for 'our future'. Took all earnings, beat her when she kept £20. Now at safe house.",
  "DE WW PV", "ncw", "S", "h")
T("101 call: lost passport reported by student, thinks left on bus 50. Crime ref issued for embassy.")
T("Intel 3/C/P: 'Fat Tony' runs county line 'TONY' Bournemouth from Lewisham, uses 14-15 y/o boys, keeps them in trap house 2 wks at a time. One boy stabbed in leg last month for losing a drop.",
  "AV RM PV", "rm", "C", "h")
T("Handover: concern for welfare - elderly male confused, found 0310 walking on A38, returned to care home. Staff aware. NFA.")
T("Public report (online): i work at the chicken factory and the man who brings the polish guys in the van takes there bank cards and pin every friday they only get £40 back the rest is for room and the bus he says",
  "WW", "ncw ct mbc", "L", "m")
T("Victim account (interpreter): he says the captain took his seaman's book and passport when he boarded in Ghana. Worked 20 hours a day hauling nets on scallop boat out of Newlyn, slept in the hold. Captain kicked him when he was slow. Not paid in 9 months.",
  "RD EO PV WW AC", "dt lh sw", "L", "h")
T("POI OKAFOR Chidi - fraud, used 5 stolen IDs for UC claims. No indication anyone coerced; acted alone per investigation. CPS charging advice sought.")
T("Sexual exploitation - INT 2/B/P: 14 y/o girl (LAC, Y9) seen at 2300 in car VRM BV63 FRE with males in 20s. Given vodka and cannabis. Missing episodes x6 this month.",
  "AV", "", "S", "h")
T("A&E note 0320: M, approx 30, Sudanese, laceration hand from meat saw. Brought in by 'supervisor' who stayed in cubicle and answered questions. Pt appears underweight, wearing same clothes as 3 prev attendances. Supervisor insisted discharge to work tonight.",
  "", "pa sfw", "L", "m")
T("NFA: au pair (Spanish, 20) complaint re employer reading her post. Has own room, 25 hrs/wk, pocket money paid in full, free to leave, has her passport. Advised re contract.")
T("Intel: Chinese national F approx 40 in pop-up brothel 2nd floor above vape shop, Eastgate. Punters say she 'never goes out, sleeps there, man brings food'. Adverts on Vivastreet changed daily.",
  "RM", "sw rm", "S", "h")
T("Referral (Barnardo's): Boy, 13, Vietnamese, found in cannabis factory, Hull raid. No English, no documents, states 'they' will kill his mother if he talks.",
  "AV IT", "fa", "C", "h")
T("Handover 2200-0700: burglary dwelling 3 Kirk Ln, entry via rear, jewellery taken, SOCO requested. Suspect vehicle VRM n/k.")
T("Caseworker note: client R., 34, Indian, came on care worker visa. Sponsor charged £12,000 'COS fee' upfront, promised 40 hrs/wk but gave 8. Told that if she complains her visa will be cancelled and she will be deported. Working unpaid 'trial shifts' weekends.",
  "DE IT WW AV", "uf fa", "L", "h")
T("3/D/P: anonymous - 'man on Gordon Rd keeps girls in his house for sex'. No further detail, nil trace on address. Low reliability.",
  "RM", "rm", "S", "h")
T("DC ELLIS: Interview of IP complete. States she came to UK voluntarily to work in a hotel in Edinburgh, hotel paid into her own account, kept her passport herself, left job because of shift patterns. No concerns of exploitation. NFA MSA.")
T("Sham marriage: INT 2/B/P - Slovak F, 19, brought to Glasgow by aunt, married to Pakistani male for £3000 paid to aunt. Kept in house, raped by 'husband', not allowed phone.",
  "PV RM IS AV", "rm iso", "S", "h")
T("Warehouse via agency: worker says 12-hr shifts x 6 days, pay OK, can refuse overtime, agency provided PPE free. Just wanted to know his rights re breaks.")
T("Public report - there's a lady next door who cleans for the family 24/7 I never see her go out except to put bins out she's thin and wears the same clothes when I said hi she looked terrified and went inside",
  "EO RM", "lh pa rm fa", "D", "m")
T("Prison note (HMP Pentonville): prisoner (Albanian, 23) convicted cannabis cultivation. Says he was given the job by men who paid his boat, still owes £8k, they said his sister would 'work for them' if he doesn't pay when released. Referral to NRM.",
  "DB IT", "", "C", "m")
T("PNC: PATEL, Arjun DOB 11/05/1990 - wanted on warrant, FTA. Arrested 1620, custody Wembley.")
T("IP (M, 52, British, homeless) recruited outside Salvation Army hostel in Wigan by men offering 'roofing work, £80 a day and a caravan'. Taken to site in Lincs, paid £10 a day, caravan no water or electricity, hit with a spade when tried to leave.",
  "AV DE WW AC PV", "plc", "L", "h")
T("Financial intel (SAR): Santander a/c in name of KOVACS Janos receives salary from three different farms; same mobile number and IP address used to log into 23 other accounts. Cash withdrawn same day at Boston ATMs.",
  "WW", "mbc ncw", "L", "m")
T("1 x 999: IP says she is locked in a flat in Ilford, doesn't know the address, man took her phone but she found an old one. Says he will come back tonight and 'finish her'. Cell site requested. Graded IMMEDIATE.",
  "RM IS IT", "rm iso", "", "i")
T("Council licensing (HMO): 9 Cedar Ave licensed for 5, found 7 students. Landlord warned. All tenants on own tenancy, no connection to employer.")
T("Handover: organ trafficking INT 2/C/C - Pakistani male (KHAN, Imran) arranging for donors from Punjab to travel UK/Turkey, paid £2000 each, recipient pays £60k. Donors told it is 'safe small operation'. Condition: not to be shared outside NCA.",
  "DE AV", "", "O", "m")
T("Victim debrief: 'I am from Sudan. In Calais a man say he help me go to England, then I must give kidney for pay the lorry. In Egypt before I had operation but they not pay what they say. Now I have pain.'",
  "DE DB AV", "pa", "O", "h")
T("GLAA: Brickmakers site, Leics. 11 Polish workers charged £15/wk for hi-vis and boots, £10/day transport in supervisor's van. Pay slips show deductions leaving £90 for 60 hrs.",
  "WW EO", "ppe ct lh", "L", "m")
T("Log 14:32 - IP rang back, confirmed safe at sister's, did not want police action re argument with boyfriend. No injuries. NFA.")
T("INT 2/B/P: Nail bar 'Tip Top Nails' Crewe - 3 Vietnamese females, approx 16-18, live above shop, owner TRAN drives them home to Manchester Sundays only. Phones kept at till.",
  "AV IS", "sw et iso", "L", "h")
T("Witness statement (extract): 'I'm the manager of the hand car wash on Station Rd. All my lads are on the books, PAYE, paid weekly into their own accounts. They rent their own places. I've had GLAA in twice and they were happy.'")
T("Nom: POPESCU Maria DOB 07/1998 - arrested shoplifting x3 stores Oxford St 1 day with 2 other Romanian females. Said a man waits outside and takes the goods; she 'must bring £200 a day or he shouts'. Lives in his flat, no keys.",
  "WW RM", "ncw rm", "C", "m")
T("Report from DWP: claimant's UC bank details changed 4 times in 3 months, all to accounts linked to same landlord address with 19 other claimants. Claimants speak no English, landlord attends every appointment.",
  "AV", "ncw sfw mbc", "C", "m")
T("Handover: RTC minor, parked car damaged Leigh Rd, exchange of details, NFA.")
T("INT 3/C/P: recruiter 'Mama Joy' in Lagos sends girls to Italy then UK; juju oath taken before travel - told they will go mad and die if they talk to police or don't pay back €35,000.",
  "IT DB DE", "fa", "S", "h")
T("Safeguarding referral (college): student, 17, works weekends at uncle's takeaway, paid £6/hr cash, goes home at 10pm. Says enjoys it. No concerns beyond low pay.")
T("Debrief (PV): 'The Mister kept us in a flat with 11 men. Two toilets not working, mice. Van take us 5 in the morning to construction site, back 9 night. If we say we tired he say go back to Romania with no money, you owe me the flight.'",
  "AC EO DB IT", "oa plc ce et lh", "L", "h")
T("OIC: suspect in s.1 MSA case (care home, Norfolk) - Director MENSAH Kwame. Sponsored 16 Ghanaian carers. Holding their passports in office safe, shifts 72 hrs/wk, £4000 'training bond' owed if they resign.",
  "RD EO DB", "dt lh", "L", "h")
T("Public report - idk if this is anything but theres alot of young lads staying at my neighbours and they come and go at all hours in taxis and hes a druggie and he looks scared of them lately",
  "AV", "", "C", "m")
T("Police note: 1800 - seized 240 plants Unit 7 Acorn Ind Est. No occupants. Electric bypassed. Enquiries ongoing.")
T("Border Force Stansted: 3 x Brazilian F, 20s, paid €2,500 'agency fee' each for cleaning work in London. Return tickets, own passports, accommodation booking genuine. Refused entry - no visas. No exploitation indicators.",
  "", "uf", "", "l")
T("IP (F, 29, Polish) says boss at mushroom farm told her she 'owes' him for the room, the bus and the boots, so she gets nothing until Christmas. Works 6am-7pm.",
  "DB WW EO", "ppe ct lh", "L", "h")
T("Handover: DA - IP RAHMAN Shazia says husband controls all money, no access to bank card, not allowed to see family, hit her last week. No work/servitude aspect; DASH high, MARAC referral.",
  "PV IS", "iso", "", "h")
T("INT 2/B/P: Slovak Roma family in Sheffield - 2 adult sons with learning difficulties made to beg outside Meadowhall, mother's partner BALAZ takes takings, sons not fed if under £50.",
  "AV WW AC", "ncw", "C", "h")
T("101: man reports his van was stolen overnight, VRM WU14 ZTY, keys in house. Crime ref 14/22781/26.")
T("Care agency audit: staff rotas show carers averaging 38 hrs/wk, payslips correct, visas sponsored legitimately, no fees charged. Satisfactory.")
T("A&E: F approx 25, Thai, presented with STI and bruising to thighs. Speaks little English. Accompanied by F 'friend' who paid cash and took her away before obs complete. Address given is a known massage premises.",
  "", "pa sfw", "S", "h")
T("Handover 1900: welfare check at 22 Albert Rd re reported 'slave'. Spoke with occupants: Indian family, grandmother lives with them, helps with cooking, has own room, phone, bank a/c, goes to temple daily. No concerns.")
T("Intel report: Pakistani male ASLAM, 35, running taxi firm in Rochdale, girls aged 13-15 given lifts and cigarettes, taken to flats above shops, assaulted by several men.",
  "AV PV", "", "S", "h")
T("Victim statement (first person): 'The job said cleaning in a hotel. When I arrived in Derby they took my ID card to make the contract and I never saw it again. I worked in the hotel laundry 14 hours, they give me £100 in the month. I sleep in the laundry storeroom.'",
  "DE RD EO WW AC", "dt lh sw", "L", "h")
T("POI LUCA Costel - VRM BK12 HFA - stopped 0510 with 8 males in 7-seat car, all Romanian, heading to farm nr Wisbech. Driver says he charges them £5 a day each for lift. All hold ID, paid by farm directly.",
  "", "ct", "", "l")
T("LA children's: referral re boy, 14, found in Aberdeen 300 miles from home with 2 phones and drugs 'plugged'. Says he was told his family would be 'shanked' if he did not go.",
  "AV IT", "", "C", "h")
T("Caseworker (Kalayaan): MDW on ODW visa, employer diplomat (Embassy X). She reports being slapped, hours 0600-0100, no day off in 2 years, paid nothing since leaving Jakarta - employer says 'paid to your family'. Escaped via window.",
  "PV EO WW", "lh ncw", "D", "h")
T("NFA: report of 'people living in a shipping container' at farm, Kent. Visited: container is a legal site office, workers housed in licensed static caravans with heating, own contracts.")
T("Log: 0045 - RV pop-up brothel Airbnb, 3 females, Romanian, 'Dan' arranges bookings and transport, women give him half. Say they can leave and have own passports. Referred to SWAP outreach.",
  "", "", "S", "h")
T("Handover: cuckooing concern, 3 Orchard Cl - occupant (68, dementia) says 'my grandson's friends' use the flat; neighbours report dealing. Adult social care to visit tomorrow with PCSO.",
  "AV", "", "C", "m")
T("INT 2/B/P: Chinese takeaway, Grantham - kitchen porter (M, 50s) sleeps on flattened boxes in store room, works every day, owner's son holds his 'papers', believed to owe snakehead debt.",
  "AC EO RD DB", "sw lh dt", "L", "h")
T("Public report: the man running the sandwich factory shuttle charges £8 a day for the bus and workers cant get there any other way because its in the middle of nowhere. Pay is minimum wage tho",
  "", "ct", "", "l")
T("IP account (interpreter): she says that the 'auntie' who brought her from Eritrea at 15 made her look after four children and clean the whole house in Croydon. Was told she would go to school. She was never allowed to go out alone. Now 19.",
  "AV DE RM", "rm", "D", "h")
T("Fishing vessel inspection (MCA/GLAA): 6 Filipino crew on transit visas, contracts show $600/month paid to manning agency, crew received nothing in UK, passports held by skipper.",
  "WW RD", "ncw dt", "L", "m")
T("Handover: assault ABH outside Wetherspoons 2330, IP BROWN Liam, suspect arrested. CCTV secured.")

T("""OFFICIAL-SENSITIVE. Handover note, DS OKONJO to late turn.

1) Op BRACKEN - obs on 17 Tanner St (HMO) continued 0500-0900. 0512 white Sprinter VRM GN20 UXP arrived, 9 x males (E. European appearance) out of address, hoods up, carrying carrier bags of food. Driver (believed nom VASILE Marius) counted them in. Vehicle to Hollins Farm packhouse 0540. Source (2/B/P) states workers hand bank cards to VASILE on arrival, he withdraws at Co-op ATM Sundays. Rent £90/wk each 'plus the van'. Workers told they owe for flights and cannot leave until paid.

2) Burglary series Eastfield - no update, CPS file due Fri.

3) Missing person SHAW Jodie (32) returned home 0310, safe and well, NFA.

Actions: DWP/HMRC checks on 17 Tanner St, GLAA liaison re Hollins Farm licence.""",
  "WW DB", "ncw mbc et ce ct", "L", "m")
T("""Victim debrief (R. B., male, 38, Polish; interpreter present, Polish).

He says that in 2023 a man he met at the bus station in Gdansk offered him building work in England at £70 a day, with a room included. He paid nothing up front. The man, 'Marek', drove a group of five to Northampton. On arrival Marek said he would 'look after' their ID cards because 'English police stop Poles'. They lived in a three-bedroom house with fourteen other men; he slept on a sofa in the lounge.

He worked on loft conversions and extensions from about 6 am until it got dark, six and sometimes seven days. Marek paid them in cash on Sundays - usually £50, sometimes nothing - saying the rest paid for the house, food and the debt for the journey. When R. asked for his ID to open a bank account, Marek laughed and said 'you are my bank'.

R. says Marek was never violent to him, but he saw him punch another worker, Tomasz, who wanted to go home. R. left when a neighbour of the site gave him the Salvation Army number.""",
  "DE RD AC EO WW DB PV", "dt oa lh ncw", "L", "h")
T("""Public report via Modern Slavery Helpline (transcribed).

Caller is a delivery driver. Says he delivers to a big house in Hale Barns most weeks. Every time a young woman, maybe early 20s, Asian (thinks Indonesian or Filipina), answers the back door in a uniform. Last week she asked him, whispering, if he could post a letter for her because 'madam' checks all her post and she has no stamps or money. She said she has not been out of the house on her own since she arrived and does not know what town she is in. He noticed a bruise on her cheek. The family has 2 Range Rovers, caller gave one VRM as MA21 HLB.

Caller does not want to be contacted again, worried about losing his job.""",
  "RM IS", "rm iso pa", "D", "m")

# ---------------------------------------------------------------- part 2
T("0230 stop A1(M) VRM LD66 XJP, 4 x Vietnamese M in rear, no English, driver TRUONG says 'taking friends to work'. Phones all on driver's lap. Released - INT sub.",
  "IS", "iso", "", "m")
T("Nom HUSSAIN Tariq DOB 02/09/87 - s.1 MSA charge authorised 1145, remanded. OIC DC PRICE.",
  "", "", "", "l")
T("INT 2/B/P: F 'Lena' (Ukrainian, 20s) advertised on AW as 'new in town', ads paid from card in name of BURKE Sean. Ads list incall flat in Cardiff Bay; Lena told a punter she 'can't leave, Sean has my papers'.",
  "RM RD", "rm dt", "S", "h")
T("RV: car wash Tyburn Rd 1400 - all staff on payroll, right to work checks on file, hourly sheets, staff live independently. Owner co-operative. NFA.")
T("Safeguarding (LA): girl, 16, reported as 'girlfriend' of 24 y/o male, staying at his flat, he posts pics of her on Snapchat offering 'party time' to his mates for £50. She's been given a phone only he knows the code to.",
  "AV IS", "iso", "S", "h")
T("Debrief summary: IP (M, 19, Albanian) - 'they told me I will work in a car wash for £50 a day. In the house in Kent they lock the door, I must cut plants and sleep on mattress next to the lamps. If I try to leave, they say they shoot my father.'",
  "DE RM IT AC", "rm sw", "C", "h")
T("PCSO note: begging by Asda, 2 males (Romanian), spoke with them via app translation. Say they live in a tent, beg for themselves, nobody takes money. Signposted to outreach. NFA.")
T("GLAA insp. - Oakdene Salads. 28 workers, agency LINKFORCE (licensed). Minor: 2 payslips missing holiday pay, agency to remedy. Accommodation: 4-berth caravans, 3 per van, heating OK. Compliant.")
T("101: 'there's a man in the flat next to me who brings 6 or 7 Chinese girls every week, different ones, they never come outside, curtains always shut and men come and go all night'",
  "RM", "rm", "S", "h")
T("Bank alert: customer, 78, asks to transfer £9,000 to 'new carer', carer present and speaking for him. Branch refused, called police. Carer known for fraud. Financial abuse, not MS.",
  "", "sfw", "", "l")
T("Handover: IP (KL, F, 31, Nigerian) in refuge. States husband's sister used her as unpaid maid for 4 years in Peckham - cooking, cleaning, childcare for 7 people, slept in the hallway. Sister told her she would 'call Home Office' if she complained.",
  "WW IT AC AV", "fa sw", "D", "h")
T("A&E - M, 17, stab wound thigh, says 'fell on fence'. Two phones ringing constantly, answering 'yeah I'll be back on the line'. From Croydon, presented in Swindon. Refuses to give address.",
  "AV PV", "pa", "C", "h")
T("Nom ZHANG Wei, 29, overstayer - arrested on immigration warrant at HMO, works as delivery rider on own account, pays own rent. No indicators.")
T("Intel (3/C/P): Sikh temple volunteer reports Punjabi males (undocumented) living in back of gurdwara, sent daily by a contact to work on building sites, paid £20 a day from £80 day rate. One says he owes £15,000 to agent in Jalandhar.",
  "WW DB AV", "ncw", "L", "h")
T("NFA - kidney 'for sale' post on Facebook was a hoax/scam, seller tried to get deposits, no donor identified. Fraud reported to AF.")
T("Caseworker (Medaille): S. (F, 24, Romanian) says 'he told me to stand on the street in Ilford, if I came back with less than £300 he burned me with cigarettes'. Scars seen on arms. Passport was in his glovebox.",
  "PV RD WW", "pa dt ncw", "S", "h")
T("POI DOGARU Ion: 6 Romanian men on his UC claims, all giving his address, he holds their bank cards, 'pays' them £10 a week. Men unaware of claims. INT 2/B/P.",
  "DE", "ncw mbc", "C", "m")
T("CCTV review 0100-0500 Unit 4: no persons seen. Alarm activation false. NFA.")
T("IP says: 'Madam took my phone the first day. I do not know the city. I work for four houses of the family, I am alone. Sometimes she pulls my hair when the floor is not clean.'",
  "IS PV", "iso", "D", "h")
T("Licensing visit - nail bar 'Glamour Nails' Oldham: 4 staff, all with own passports, paid minimum wage via payroll, 40 hrs/wk. 1 failed to produce right to work - referred to HOIE for civil penalty. No MS concerns.")
T("Officer note: Slovak F, 18, found at Preston bus station, told 'come for warehouse job' by cousin's friend, instead taken to a man's flat and told she's now his wife and must 'pay back' £2000. Left via window. Now with SA.",
  "DE DB", "", "", "m")
T("INT 2/B/P: county line 'MIKEY' - holders aged 15-16 sleep in cuckooed flat Ryde IoW, dealer 'K' takes all cash, debt 'for lost stash' £1,800 to be worked off.",
  "AV WW DB", "ncw", "C", "h")
T("Public: theres a boy about 12 who sells flowers in pubs all night till 2am every weekend a woman waits outside in a car with his money. he should be in bed",
  "AV WW EO", "ncw lh", "C", "h")
T("Handover: 'slavery' concern at farm shop was a misunderstanding - complainant's ex-employer withheld final week's pay in dispute over notice period. Employee left freely, has all docs. Civil matter, ACAS.")
T("Probation note: PoP (British, 45) mentions 'his lads' living in caravans on his yard, 'they do the tarmac, I feed them and give them a bit of beer money'. Lads 'not the sharpest'. Refer to police.",
  "WW AV AC", "plc", "L", "h")
T("Debrief (Eritrean, M, 17, via interpreter): he says in Libya he was sold in a warehouse, men beat them with pipes to make families pay. In the UK nobody has exploited him. He lives in foster care.",
  "PV AV", "", "", "h")
T("VRM KP19 MNA - ANPR hit M62 0355, vehicle linked to labour provider DRAGAN Ltd, carrying 8 workers to Goole, INT suggests workers pay £60/week travel deducted at source.",
  "", "ct ce", "", "l")
T("Safeguarding (school): Y8 boy, 12, Roma, absent 40%, parents say he 'helps dad' - dad takes him to scrapyard 5am to 6pm. Appears tired, thin.",
  "AV EO", "lh pa ce", "L", "h")
T("IP: 'Boss say I must sleep in the shop (takeaway) because the house is full. I have blanket under the counter. No shower. I work 11 in morning to 3 at night, no day off.'",
  "AC EO", "sw plc lh", "L", "h")
T("Home Office (UKVI) note: sponsor licence revoked for care provider 'Golden Hands' - record keeping failures, no evidence of worker exploitation found on visit.")
T("INT 2/C/P: young Nigerian women housed by 'Aunty B' in Luton - passports with Aunty B, debts of £30k 'for travel', sent to saunas in Birmingham, juju ceremony back home.",
  "RD DB IT", "dt", "S", "h")
T("Handover: welfare check on Thai F at 32 Park Lane flat - she answered door, said she works as masseuse by choice, rents flat herself, has passport and phone, no controller seen. Signposted. NFA.",
  "", "", "", "l")
T("Organ: NCA INT 1/B/C (NCA only) - UK-based broker MALIK arranged kidney removal in Pakistan for 3 men from Bradford with learning difficulties, told 'free operation for your health'. Paid nothing. Recipient UK patients paid £45k.",
  "DE AV", "", "O", "m")
T("Witness: 'I saw the supervisor slap the new lad across the back of the head on the line because he dropped a crate. Everyone went quiet. They all live in the same house he rents out.'",
  "PV", "", "L", "h")
T("101 call - neighbours dispute over parking, verbal abuse, no threats. Advised mediation.")
T("INT 2/B/P: Romanian nom TANASE Costel runs 3 pop-up flats (Airbnb) Glasgow. Women moved weekly, told not to talk to neighbours, phones given by Costel, bookings by Costel. Women 'pay rent' of £1,000 a week to him.",
  "IS WW", "iso ncw", "S", "h")
T("Shop manager: Big Issue seller outside our store for years, lovely guy, has his own flat. Just reporting he's been absent, worried for him. Welfare check - found at home, ill. NFA.")
T("Caseworker note: Mr O., 58, British, alcoholic, lived 6 yrs in shed at back of a family's home in Wales doing building and gardening. Given cider and cigarettes, never paid. Beaten with a shovel when he tried to leave. Didn't know the postcode.",
  "AV WW AC PV IS", "plc iso", "L", "h")
T("Nom MARKU Besnik - arrested, s.4 MDA at cannabis grow Chelmsford. Says he came via Calais, paid his own way, works for money. Refused NRM. Duty to Notify completed (anonymous).",
  "", "", "C", "m")
T("Border Force Gatwick: 2 x Indian M going to 'restaurant chef jobs' in Slough, employer paid agency in Delhi £8,000 each - men paid nothing, employer genuine, visas genuine. Cleared.")
T("IP (F, 23, Chinese, via interpreter): 'They said I would be a waitress in London. I arrived, a lady took my passport for the 'rent contract'. Then she said I have to do massage, special massage, to pay back the ticket and the contract. If I refuse, she will tell my family what I do.'",
  "DE RD DB IT", "dt", "S", "h")
T("Intelligence log 1730: Ford Transit VRM SN18 CVE seen 0415 outside 7 Moss Ln, 14 persons boarded, dropped at Fenland Foods 0500. Collected 2130. Source says no days off since Sept.",
  "EO", "ce lh et", "L", "m")
T("Handover: IP (British, 19, autism) met 'friend' online who moved into his flat, took his bank card to 'help with bills', had his mates store 'parcels' there. IP not allowed in bedroom. Cuckooing - ASC notified.",
  "AV RM", "ncw rm", "C", "h")
T("NFA - theft from employer. Suspect (care worker) admitted taking cash from client. No coercion from anyone.")
T("Report (online, anonymous): IM SCARED TO SAY WHO I AM BUT MY BOSS AT THE CAR WASH TOOK ALL OUR PASSPORTS AND SAYS IF WE GO TO POLICE HE WILL SEND US BACK TO ALBANIA IN BOX. we sleep in the portacabin.",
  "RD IT", "dt sw fa", "L", "h")
T("OIC Op HAWTHORN: s.2 MSA - 7 victims Lithuanian, recruited via Facebook 'chicken catching jobs £400/wk'. Given £20/wk, rest to 'Mr D', worked nights catching birds, 16-hr shifts, slept in a van.",
  "DE WW EO AC", "lh sw ncw", "L", "h")
T("Midwife: pt (F, 28, Romanian) attended alone, own interpreter via language line, has own NHS no, works in hotel cleaning, happy, partner supportive. Routine.")
T("Intel (2/B/P): 3 x Filipino domestic workers at diplomat residence, Kensington - employer refuses them Sundays off, they eat leftovers, one told a neighbour she is paid £100/month.",
  "EO WW", "lh", "D", "m")
T("PND: ALI Farah reported to be 'selling girls' - enquiries found he runs a legit model agency, contracts seen, over 18s, paid into own accounts. Malicious report per OIC.")
T("Debrief: 'In Vietnam I owe the moneylender $30,000 for the trip. In England they put me in a nail shop in Swansea. The owner pays the moneylender, I see nothing. Still owe, always owe.'",
  "DB WW", "ncw", "L", "m")
T("Call 999 0155: male says he escaped from a farm, the 'gaffer' is driving round looking for him with a baseball bat, he's hiding in a bus shelter on B1052. Units sent.",
  "IT", "", "L", "i")
T("School DSL: pupil (F, 14) says her stepdad's friend gives her money and vapes and 'she has to be nice to his friends'. Seen in hotel car park at 2300 on Sat.",
  "AV", "", "S", "h")
T("Nom PETROVA Ana - Bulgarian, claims UC, right to reside confirmed, lives with partner. Data-match only. NFA.")
T("INT 3/C/P: car wash Old Kent Rd - one male always answers for the rest, workers look under 18, boss drives them in at 0700 and home at 2100.",
  "EO AV", "sfw et ce lh", "L", "h")
T("Caseworker: client (Sri Lankan, F, 47) brought as housekeeper by family in Harrow. Passport in their drawer. 'I cannot go to doctor, they say no need.' Worked 7 days, 16 hrs. Sends nothing home - 'they said they send my salary to my son' but son got nothing.",
  "RD EO WW", "dt lh ncw", "D", "h")
T("RTC 1715, pedestrian knocked down outside school, minor injuries, driver stopped. NFA.")
T("Intel: Polish man 'Grzegorz' recruits homeless Poles from soup kitchen in Slough for 'building' - takes their ID, opens bank accounts in their names, claims their wages. INT 2/B/P.",
  "AV RD WW", "dt mbc ncw", "L", "h")
T("Debrief, M, 16, British: 'I was on a line in Norwich for like 3 weeks. They took my phone and gave me a burner. I wasn't allowed out the flat except to do drops. When I lost £300 they held a knife to me and said I owe them a grand now.'",
  "AV IS RM PV DB", "iso rm", "C", "h")
T("GLAA: licence holder FRESHPICK - 3 workers charged £50 'registration fee'. Fee refunded after inspection. Otherwise compliant. Advice letter.",
  "", "uf", "", "l")
T("101: man in Premier Inn room 212 has had 4 young girls come in and out tonight, one looked about 15, crying in corridor. Hotel staff concerned.",
  "AV", "", "S", "i")
T("OIC handover: IP (Hungarian, F, 35) recovered from address in Luton - was kept in a bedroom for 3 weeks, food through door, forced to have sex with men who visited. Injuries to wrists. At SARC now.",
  "RM PV", "rm pa", "S", "h")
T("Report by agency worker: 'the agency wont let us speak to the factory managers and the Polish supervisor takes £20 off everyone for the van even if we walk'. No other issues, paid into own account.",
  "", "ct", "", "l")
T("INT: organ trafficking - Albanian POI recruiting women in Tirana for 'egg donation' in Cyprus then pressured to sell a kidney to pay 'expenses' of €8000. 2/C/P.",
  "DE DB", "", "O", "m")
T("Safeguarding adult (Wirral): Mr T, 41, learning disability, lives with 'family friend', works 7 days on his market stall unpaid, sleeps on floor of the van. Friend keeps his ESA.",
  "AV WW EO AC", "ncw lh sw", "L", "h")
T("NFA: Report of 'kid working' in chippy - 15 y/o, part-time, 2 evenings a week till 8pm, child employment permit held, parents aware.")
T("Police log 2215: response to 'screaming' at Lime St address, found 3 Vietnamese M inside house converted to cannabis grow, doors screwed shut from outside, windows boarded. Men dehydrated. Arrested / NRM considered.",
  "RM AC", "rm pa", "C", "h")
T("Prison (HMP Bronzefield): prisoner (F, Jamaican, 26) convicted importation - says men in Kingston threatened to kill her son if she didn't swallow packages. Referred NRM.",
  "IT", "", "C", "m")
T("Public report: My neighbour's au pair is lovely and she goes out with friends every weekend, just wanted to say the rumours online about this family are rubbish.")
T("INT 2/B/P: Indian restaurant chain 'Spice Route' - Bangladeshi chefs on sponsored visas made to repay £10k sponsorship costs at £400/month, pay slips show NMW but cash returned to owner each payday.",
  "DB WW", "ncw", "L", "m")
T("Handover 0700: concern for welfare of 'Mariana' (Romanian) seen at Tesco ATM with man who used 5 different cards. Mariana had bruised eye, looked at floor.",
  "", "mbc pa", "", "l")
T("Victim account (first person, written by her): My husband brought me from Pakistan, his mother keeps my passport. I do all the house work for 9 people from 5am. I am not allowed to phone my parents. When I made mistake his brother beat me.",
  "RD EO IS PV", "dt lh iso", "D", "h")
T("Intel 3/C/P: anonymous tip that car wash on Byker Bridge is 'slave labour'. Recce: 3 workers, paid hourly, local addresses, one is owner's son. No concerns identified.")
T("Fishing: Border Force/GLAA boarding, trawler 'Morning Star', Peterhead - 4 Ghanaian deckhands, no contracts, $300/month promised but 'paid at end of season', never paid last year. Work 18-hr shifts. Skipper holds passports.",
  "WW EO RD", "lh dt", "L", "h")
T("A&E - F, 30s, Romanian, fractured ribs, says 'fell'. Male partner in room, speaking for her. Note: she mouthed 'help' to nurse. Police called.",
  "PV", "pa sfw", "", "i")
T("Nom: KHALIL Sami - convicted 2021 s.1 MSA (domestic servitude). STPO in force - must notify any employee. Compliance visit 03/11: no workers at address. Compliant.")
T("IP (M, 35, Sudanese) at asylum hotel - says a man recruited residents for 'cash work' at car wash 12 hrs for £30. He went 2 days, stopped. Wants to report. No threats.",
  "", "", "", "l")
T("INT 2/B/P: Chinese F (40s) kept in flat above restaurant in Manchester, works kitchen all day, massages at night for owner's customers. Debt 'from snakeheads' 300,000 RMB, never reduces.",
  "DB EO", "lh sw", "L S", "h")
T("Handover: Op LINDEN safeguarding visit. Adult male (Slovak) says he shares house with 5 colleagues from agency, his choice, pays own rent, has own bank. Declined NRM - 'not a victim'. NFA.")
T("Council EHO note: takeaway inspection, workers sleeping in storeroom above kitchen - mattresses next to flour sacks, no fire exit. Owner says 'they're family'. Referred police/MS lead.",
  "AC", "sw plc", "L", "m")
T("Debrief (interpreter, Tigrinya): she says that the woman in Dubai sent her to a family in London as a 'helper'. The family made her sleep on the kitchen floor, eat after the dogs, and locked the gate when they left.",
  "AC RM", "sw rm", "D", "h")

# ---------------------------------------------------------------- part 3 (incl. long texts)
T("""INTELLIGENCE REPORT - OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: 'Pretty Nails', 14 Market Pl, Boston. POI: LE Thi Hoa (owner), NGUYEN Duc (partner).

Source reports 4 x Vietnamese females working at premises, two appear to be teenagers (est. 15-17). Females arrive 0845 in Duc's grey Toyota VRM FV17 ORT and are collected 2130. They eat in the back room and are not seen to leave for lunch. Customers say the girls have 'no phones' and 'never talk'. One girl told a customer in broken English that she 'must pay Duc for England' and 'no money for me'.

Females believed to sleep at 3 Mill Ct, a 2-bed flat also occupied by LE and DUC and their two children. Source states girls sleep on the living room floor with a single duvet and 'have only the clothes they work in'.

Previous: 2024 HOIE visit to premises - 1 x immigration offender removed. Nil MS referral at the time.

Recommendation: joint visit with HOIE / CSC, consider MASH strategy meeting, NRM for any under-18s without consent.""",
  "AV IS DB WW AC EO", "iso et ce fpe oa ncw lh", "L", "h")
T("""Call summary 101 - ref 0417 28/11.
Caller (retired teacher) lives opposite 'Paradise Spa', Queens Rd. Says in 2 years she has watched the same 3 Asian women arrive on Monday mornings with wheelie suitcases and leave on Sunday evenings, collected by the same man in a black BMW. Men visit at all hours, up to 20 a day she counts, most under 30 minutes. Lights on till 0300. She has never seen any of the women go to the shops or walk around; food is delivered by Deliveroo. Last week one of the women was standing at the door crying and the man pulled her inside by the arm. Caller also mentions the bin collection is irregular and rats in the alley - council informed separately.

Caller happy to be contacted. Referred to MSHT unit.""",
  "RM PV", "rm sw et", "S", "h")
T("""Victim debrief - summary by DC ABBOTT (interpreter: Romanian).

IP (F, 26) from Calarasi. In March she met 'Vali' on Facebook, who offered her work packing salads near Peterborough, £9.50 an hour, accommodation £50 a week. She paid Vali €300 for the ticket and 'papers'. On arrival she was taken to a house with 16 other Romanians, four to a room, one bathroom. Vali took her ID card 'to register her with the agency' and she did not see it again.

She did work at the salad factory (through a licensed agency) on nights. Her wages went into a Monzo account Vali opened; he kept the card. Each Friday he gave her £40 in cash and said the rest was rent, transport (£15 a day in his van) and the ticket debt, which he told her had gone up to £1,200.

She says he was not violent but 'he said he knows my mother's address in Calarasi and his cousins are there'. She left after a worker at the factory saw her crying and called the agency's welfare line. The agency's compliance officer says they were unaware Vali controlled the accounts; agency paid correctly.""",
  "DE RD WW DB IT AC", "uf dt oa ncw ct et", "L", "h")
T("""Safeguarding referral - Children's Services MASH.
Child: Kayden (14). Concerns raised by: Youth Offending Team.

K has been reported missing 9 times since August, returning after 2-4 days with new clothes and on two occasions injuries (split lip, bruised ribs). He has been arrested in Blackpool with 17 wraps of crack cocaine and £260. Mum states he is 'working for' an older boy called 'Trigga' who she believes is 19. Mum reports seeing messages on K's phone saying 'u owe me 2 bags, u aint going nowhere till its paid' and 'I know where ur little sis goes school'. K refuses to speak to police.

School report attendance of 31%. K has an EHCP for ADHD.

Outcome: strategy meeting, NRM referral made by LA (child - no consent required), CE risk assessment: HIGH.""",
  "AV PV DB IT", "pa", "C", "h")
T("""NGO caseworker note (Salvation Army victim care contract) - week 3.

Client: Mr A. (Slovak, 44). Mr A. now in safe house in Yorkshire. He reports a 'good week': attended GP, opened own bank account with support worker, got his ID card replaced through the embassy.

Background (recap): exploited 2021-2024 in Bradford by a Roma family who recruited him in Trebisov with the promise of factory work. Lived in cellar with three others, worked at a waste recycling plant. Family took his pay from the agency via his bank card, gave him food and tobacco only. Was hit by the son when he asked for money. Documented injuries to his face in 2023 A&E attendance.

This week: no contact from exploiters, no fear expressed. Client asked about college for English. Next review 12/12.""",
  "DE WW PV AC", "ncw plc", "L", "h")
T("""GLAA inspection report (extract) - Labour provider: AGRISTAFF SOLUTIONS LTD (licence GLA-1123).

Findings:
1. Workers housed at two farm caravan sites - 6-berth static caravans with 8-9 occupants each; some sleep on benches. Heating broken in 3 vans. Charged £85/week rent each, deducted from pay.
2. 40 payslips reviewed: all NMW or above, hours match clocking data (avg 46/wk). No evidence of wage withholding.
3. Workers charged £25 for a high-vis vest, gloves and boots in first week - breach of licensing standard 5.
4. All workers hold their own passports/ID; bank accounts in own names verified.
5. Interviews (12): workers say they can leave, several have changed farms before. No threats reported.

Outcome: licence conditions added (accommodation, PPE refund). No forced labour identified.""",
  "AC", "oa plc ppe", "L", "m")
T("""Witness statement (MG11 extract), Mrs J. HOLLOWAY, 61.

'I have lived next door to number 23 for about nine years. The family who live there are the OYELARANS. About two years ago a girl came to live with them. I think she is about 16 or 17, she is African. She does the school run for their two little ones, I see her hanging the washing out at 6 in the morning and sometimes still doing the ironing at the kitchen window at midnight. She has never once come out on her own. I said hello to her once at the bins and Mrs OYELARAN came out and shouted at her in another language, and she went straight in.

In the summer I heard screaming and a slapping noise from the garden. I saw the girl crying afterwards. She wears the same two dresses. She is very thin. I asked Mrs OYELARAN who she was and she said she was her 'niece from Lagos who is here to learn'. She doesn't go to school as far as I know.'""",
  "AV EO RM PV", "lh rm pa fpe", "D", "h")
T("""Handover note - night turn, MSHT desk.

- Op QUARRY: warrant executed 0500 at 4 addresses (Walsall). 11 potential victims (Romanian, M x 9, F x 2) recovered. All state they worked at car washes in Walsall/Dudley run by PAVEL family; accounts include wages kept by 'the boss', passports held 'in the office safe at the main car wash', threats to families in Romania, sleeping in rooms above the wash. 3 x arrests s.2 MSA. Reception centre at Walsall Town Hall - SA on site. Interpreters booked.
- Separate: RTC M6 j10 northbound, 1 fatality, road closed until 1100. Not MSHT.
- Separate: DA incident Pleck, suspect in custody.
Actions for day turn: PV interviews (ABE), fast-track RG decisions via SCA, CPS early advice.""",
  "WW RD IT", "ncw dt sw", "L", "h")
T("""Public online report (Crimestoppers form, unedited):
'hi im reporting this because its been bugging me for months. theres a farm up past Ledbury where my mate did a summer and he said some of the lads there are proper stuck. they live in a barn not a house, no toilet just a bucket and a hose. the farmer keeps there passports in his house and they only get paid when hes in a good mood which is never. one of the lads got his hand crushed in the potato machine and they didnt take him to hospital just bandaged it. my mate left after 2 weeks cos he could but the polish and lithuanian lads cant speak english and dont know where they are. please do something.'""",
  "AC RD WW IS AV", "plc dt iso pa", "L", "h")
T("""Victim account, first person (translated from Vietnamese by accredited interpreter):

'I am seventeen now. When I was fifteen my uncle arranged for me to go to Europe to earn money for my family because my father was sick. We went by plane to Russia then by truck and walking. In France I stayed in the forest camp. The men said my family must pay more or I can work in England to pay.

In England they put me in a house. Upstairs all plants. I must water them, change the lights. I could not go outside, the door was locked and the windows had wood. A man came every three days to bring rice and noodles. He said if police come I must run, and if I talk to police they will hurt my parents. I did not know which city.

One night police came. I was very scared. Now I live with a foster family and I go to college.'""",
  "AV DB RM IS IT AC", "rm iso fa", "C", "h")
T("""Bank financial crime referral (extract).
Customer: MIHAI Gabriel. Pattern: 26 current accounts opened at 4 branches in Leicester between Jan-Apr, all with the same correspondence address (flat 2, 19 Gipsy Ln) and the same mobile 07700 900 461. Each account receives weekly salary from one of two food processing agencies. Within 24 hrs of each credit, funds are withdrawn in cash at the same ATM on Narborough Rd, usually 22:00-23:30 on Fridays, by the same male (CCTV). Account holders have never used online banking. Two account holders attended a branch with MIHAI, who spoke for them and held their cards.
Assessment: suspected labour exploitation (control of wages). Referred to police and GLAA.""",
  "WW", "mbc ncw sfw", "L", "m")
T("""OFFICIAL - Prisoner note (HMP Holme House, Chaplaincy)
Prisoner (British, 22, serving 3 yrs for PWITS) spoke about being 'groomed at 14' by a man who gave him a place to stay when his mum kicked him out. 'He had me running for him across the North East, I slept at his trap houses, if I didn't pay up his boys battered me'. Prisoner says he still owes the man £3k 'which will be waiting for me when I get out' and he fears for his younger brother. Chaplain has encouraged him to talk to OM.""",
  "AV PV DB", "", "C", "h")
T("""Debrief (F, 31, Nigerian, English spoken):
'My madam in Lagos said I would work in a supermarket in London. She paid for everything, she said I will pay her back from the work, €40,000. Before I travelled, she took me to a shrine and they took my hair and nails and blood and I swore I will never tell police and always pay.

In England I was taken to a flat in Middlesbrough. There were two other girls. A man named Emeka told me I was a prostitute now. I said no. He raped me and told me next time his friends will come. He kept my passport. We could only go out with him. I gave all the money to him, I never had money even for sanitary towels.'""",
  "DE DB IT PV RD RM WW", "dt rm et ncw", "S", "h")
T("""Local authority adult safeguarding - Section 42 enquiry outcome.
Adult at risk: Mr D., 29, learning disability. Concern: alleged 'exploitation by landlord'.
Enquiry findings: Mr D. lives in a shared house with 3 others, supported living arrangement. He works 16 hrs/wk at a garden centre, paid by the garden centre directly into his own account; appointee (his sister) manages his benefits with his consent. The landlord had asked tenants to help clear the garden once and offered £20 each, which Mr D. accepted. Mr D. was clear he enjoys his job and is free to come and go. No evidence of exploitation. Case closed; advice to landlord re boundaries.""")
T("""Police log, incident 0913, Op KESTREL:
0913 - call from Royal Mail postie reporting a male with a shaved head, bare feet, knocking on doors at Westbury Ave asking for 'police' in Polish.
0931 - PC 2214 on scene. Male (approx 45) believed Polish, language line. States he has been living for 'many years' with a traveller family at site off A30, laying block paving and driveways, 'they give me food and sometimes cigarettes, never money'. Sleeps in a horsebox. Says he was brought from Poland with promise of good job. Recently told that if he left 'he will be found and his legs broken'.
0955 - male taken to station voluntarily, SA contacted. Bruising to shins seen.
1040 - MSHT team informed. Site identified - previous 2017 Op with multiple victims recovered.""",
  "DE WW AC IT", "plc pa", "L", "h")
T("""Handover / briefing note - Op CALDER (county lines).
Line: 'DIZZY' (07700 900 118), Liverpool to Shrewsbury. Runners: at least 4 juveniles (2 x LAC) and 1 x vulnerable adult (DALTON Gary, 48, heroin dependent). DALTON's flat at 11 Castle Walk used as base - DALTON allowed to stay in his bedroom only, given 'free' gear for use of the flat. Juveniles rotated every 2 weeks, collected from Lime St station by car.
Violence: reported 'taxing' of a runner (15) who was slashed on the arm 22/10.
Actions: safeguarding for DALTON (ASC), closure order consideration, NRM for juveniles.""",
  "AV RM PV", "rm et", "C", "h")
T("""Debrief summary (Interpreter: Hindi). Mr S. (M, 33, Indian national).
Came on a Skilled Worker visa sponsored by a care company in Kent after paying an agent in Chennai £14,500, borrowed from relatives at high interest. On arrival, told no work available; company later offered 'bank shifts' of 15 hrs/wk. Employer told him the certificate of sponsorship would be withdrawn and he would be removed if he tried to change employer. Housed in a 3-bed house with 11 other carers, £350/month each taken from pay.
Mr S. is not physically harmed and has his own passport and bank account. He is sending all his money home for the loan.
Assessment: deception and abuse of visa status; possible debt bondage to agent is not with the employer.""",
  "DE IT AV AC", "uf oa fa", "L", "h")
T("""Press summary (local news):
'A couple from Leicester were jailed yesterday for keeping a man as a slave for 12 years. The court heard that the victim, now 57, who has a learning disability, was made to work at the couple's carpet business seven days a week and was paid nothing. He slept in a converted outhouse with no heating and was regularly punched and kicked. The couple claimed his benefits for over a decade. Police found him weighing just 7 stone.'""",
  "AV EO WW AC PV", "lh plc pa ncw", "L", "h")
T("""Officer's notebook (transcribed):
'Attended Happy Hand Car Wash, Ripon Rd, 1420hrs with GLAA. 5 male workers present, 3 Kurdish (Iraq), 2 Albanian. Manager AZIZ Rebin spoke for all workers and refused to let us speak to them alone. Workers in trainers, no waterproofs, chemicals in unlabelled containers. Static caravan at rear with 5 mattresses, heater, kettle. Workers state they live there and pay £40/week. One worker, Albanian (stated 17 but ID shows 19), says he works 8-8, 7 days. Cash takings bag handed to AZIZ. Workers have own ID. No one asked to leave.'""",
  "AC EO", "sfw sw lh", "L", "m")
T("""Victim debrief (F, 38, Polish, English):
'I answered an advert for a live-in cleaner in a big house in Surrey, £400 a week. When I got there the lady took my ID saying she would do my tax. I cleaned and cooked and looked after her mother who has dementia, all day and also in the night when the mother was up. No day off in five months. The money never came - she said she will pay "at the end of the contract". She made me sleep in the mother's room on a camp bed. She shouted and said if I left she would tell the police I stole her jewellery.'""",
  "DE RD EO WW IT", "dt lh sw", "D", "h")
T("""Safeguarding - school DSL log:
'Y11 student A (F, 15) disclosed to form tutor that she has been going to parties at a house in Oldham with her friend, where older men give them alcohol and weed. A says one man, 'Jay', has been buying her things and said she now owes him and must 'sort out' his friends. A says she had sex with two of them but didn't want to. She has been seen being picked up from school gates by a white Audi (VRM partial WR6-). Parents informed. Police and MASH called.'""",
  "AV DB PV", "", "S", "h")

# ---------------------------------------------------------------- part 4
T("NFA. Found property - wallet w/ driving licence handed in at front counter 1120. Owner traced.")
T("0310 - ASB, youths on bikes Meadow Est. Dispersal order. No arrests.")
T("Nom O'NEILL Patrick - known scaffolder, employs 4 lads via his Ltd co, PAYE, vans registered to co. Checked re STRO intel - unfounded.")
T("INT 2/B/P: Pakistani F (50s) in private house Bolton - 'cousin' brings her out only to clean his brother's house too. Never paid. Sleeps on the landing.",
  "WW RM AC", "rm sw", "D", "h")
T("Handover: burglary suspect HANLON detained by MOP 2140, arrested. Property recovered.")
T("Kidney transplant unit (Royal Free) - routine HTA living donor assessment. Donor (brother, 34) and recipient (brother, 31). Independent assessor satisfied: no reward, no coercion. Approved.")
T("Intel 2/C/P: Egyptian broker in Cairo offering UK-based Sudanese asylum seekers £3,000 for a kidney, travel arranged, one donor (M, 27) returned to Leeds with wound infection and was paid £500.",
  "DE AV", "pa", "O", "m")
T("HTA notification: overseas commercial transplant - UK pt (64) bought kidney in Pakistan; donor believed to be a bonded labourer from brick kiln, forced to sell to clear family debt. INT passed to NCA.",
  "DB AV", "", "O", "m")
T("GP note: pt (M, 40, Moldovan) attended with scar L flank, says kidney removed in Turkey 2022 after men 'paid my debt in exchange'. Now back pain, scared to give address. Refer to safeguarding.",
  "DB", "pa fa", "O", "m")
T("NFA - 'man sleeping in car wash' was the night security guard, on contract, paid, has flat in town.")
T("Public report: dont know if this is slavery but my neighbour has like 20 polish guys living in a 3 bed semi there's mattresses in the garage and the landlord picks them up in a van at 5am for the factory. bins overflowing",
  "AC", "oa plc ce et", "L", "m")
T("VRM PN15 AFO stopped 0450 A17, 11 occupants in 9-seat minibus. Driver GHEORGHE says his company takes workers to Lincs farms. Workers ok, paid by farm, no complaints. TOR issued for overload.")
T("OIC: IP (F, 20, Albanian) told by 'boyfriend' they would marry in London. In UK he sold her to another man for £5,000 - kept in a flat in Leyton, clients every night, 'if you run I will send the video to your father'.",
  "DE RM IT", "rm", "S", "h")
T("101 - concern for Chinese women selling DVDs in pubs. Spoken to: both adults, own their stock, live independently. NFA.")
T("Border Force Manchester: UAE family arriving with 2 x Ethiopian domestic workers, passports kept in family's bag, workers say they 'don't have their own' and have not been paid 'since Ramadan'. Workers interviewed alone, visibly frightened. Referral made.",
  "RD WW", "dt fa", "D", "m")
T("Call log 2356: 999 silent call, traced to 14 Hart St. Female whispering 'he's taken my shoes and locked me in, I need help'. Units grade 1.",
  "RM", "rm", "", "i")
T("Caseworker (New Pathways): client (Welsh, 23) met man online who said he'd get her modelling work. Drove her to hotels in Cardiff, she had to sleep with men he arranged, he kept her phone, she didn't know which hotel she was at.",
  "DE IS", "iso", "S", "h")
T("POI: SINGH Harjit - runs food packing agency (unlicensed). INT suggests workers from Afghanistan placed via him pay £200 'fee', then £7/day transport. 3/C/P.",
  "", "uf ct", "", "l")
T("Probation note: PoP STEWART (British) reports 'working off' debt to dealer by storing drugs and guns in his flat since last year; dealer's men visit daily, took his keys. PoP scared to be seen talking to us.",
  "DB RM", "rm fa", "C", "m")
T("INT: hotel housekeeping subcontractor HOUSEKEEP PRO - 30 Bulgarian cleaners paid per room £2.50, work 12-14 hrs, 'fines' for missed rooms deducted, several receiving £100/month. Passports with supervisor 'for the payroll'.",
  "WW EO RD", "lh dt ncw", "L", "h")
T("Concern for welfare - 91 y/o lives with carer daughter. Daughter does everything, both content. NFA.")
T("Victim account (interpreter Slovak): he says that the man who took him to Sheffield said 'you have nothing in Slovakia, here I give you work and house'. He worked at a scrapyard for 2 years. Was given £10 a week and cigarettes. He says the man's wife beat him with a broom. He had no coat in winter.",
  "AV WW PV AC", "ncw", "L", "h")
T("Safeguarding (midwife): pt 16, pregnant, lives with 'husband' (30s) and his family, says she cooks and cleans for them all, not allowed out without her mother-in-law. Married 'religiously' at 15.",
  "AV RM", "rm", "D", "h")
T("INT 2/B/C (disseminate only to MSHT unit): named POI 'SHEKU' controls 4 Vietnamese men in cannabis grow in Huddersfield - men paid nothing, food delivered weekly, told police will 'jail them forever'.",
  "WW IT", "fa", "C", "m")
T("Log 1520: parking dispute at Aldi car park resolved. Parties advised.")
T("GLAA intel: Romanian gangmaster PAUN sends workers to Kent fruit farms. Workers report £8/day for the minibus and £30 for 'picking knives and gloves'. Wages paid into own accounts. No other concerns.",
  "", "ct ppe", "", "l")
T("101 call: 'I think my ex is being used by a gang, he's got 3 bank cards in other people's names and keeps going to the cashpoint at 2am'. Ex is an adult, no other info.",
  "", "mbc", "", "l")
T("Handover 0700: shoplifting x4 Primark by Romanian children (est 10-13) directed by adult female waiting outside who took bags. Children not in school. CSC informed.",
  "AV", "", "C", "h")
T("Debrief (M, 25, Eritrean): 'At the carwash I worked 8 to 8. The boss gave me £25 a day, not the £60 he said at the start. I complained and he said ok go. I went. He paid me last week full.' No threats, left freely.",
  "DE", "", "L", "m")
T("INT 3/C/P: Brazilian F 'Bia' advertising on AW from a flat in Bayswater. 'Manager' books clients, holds her phone at night, takes 60%. She told an outreach worker she 'owes him for the flights and flat, €5k'.",
  "DB IS", "iso", "S", "h")
T("ASC referral - Mrs P, 82, dementia, grandson uses her bank card, adult safeguarding (financial). Not MS.",
  "", "ncw", "", "l")
T("Report (public, txt speak): ther is a gurl at the chippy on Regent St she looks bout 14 works evry nite til midnite an sleeps in the back, the owner sez shes his niece but she never goes to school",
  "AV EO", "lh sw", "L", "h")
T("Organ trading: NCA INT 2/B/P - Indian broker network offering UK diaspora patients 'kidney packages' in Sri Lanka, donors recruited from Tamil Nadu slums with lies of 'small operation, no risk'.",
  "DE AV", "", "O", "m")
T("Handover: prisoner (Vietnamese, 17) in YOI says he was sent to UK by family to work and pay smugglers, was 'given' to nail bar in Cardiff, then a cannabis farm; 'they hit me with a pole when plants died'.",
  "AV DB PV", "", "L C", "h")
T("Nom: AHMED Mohammed DOB 01/01/1995 - UKVI report, visa overstayer, working in family's shop, lives with family. No indicators. Referred to IE.")
T("Safeguarding: student nurse (Zimbabwean) - agency charged her £3000 'placement fee', later refunded after she complained to NMC. Works normal hours, paid correctly. NFA.",
  "", "uf", "", "l")
T("IP (F, Lithuanian) says she 'cannot leave the chicken factory job' because the landlord/supervisor 'KAZLAUSKAS' says she owes him two months rent, £1,200, and he adds £50 each week for 'bills'. He keeps her bank card.",
  "DB WW", "ncw", "L", "m")
T("Police log - PIRs: cannabis grow, Bedford, 1 x Albanian M (approx 20) found hiding in loft. Room had mattress, bucket, kettle. Front door padlocked from outside. Male says 'boss comes Fridays'.",
  "RM AC", "rm sw plc", "C", "h")
T("Council: HMO licensing breach - 12 occupants in 6-room HMO, all students from same college. Landlord fined. No employment link.")
T("INT 2/B/P: British F (19, care leaver) 'partner' BROWNE pimps her from a flat in Hull, punches her if she refuses clients, takes all her money, controls her UC.",
  "AV PV WW", "ncw", "S", "h")
T("Neighbour dispute - allegation that next door 'keep a slave'. Visit: occupant's brother lives with them after stroke, family care for him. No exploitation. Words of advice to complainant.")
T("OIC note: s.1 MSA charge - 'Sultana' domestic servitude case. Victim (Bangladeshi, F, 39) worked 18-hr days for 9 years, paid nothing, not allowed to phone her children, threatened with deportation.",
  "EO WW IS IT AV", "lh iso fa", "D", "h")
T("Call: 'Romanian man is begging outside Sainsbury's in a wheelchair, a car comes and takes his money every 2 hrs and he looks scared'.",
  "AV WW", "ncw", "C", "m")
T("Handover: warehouse worker (agency) injured by forklift at Magna Park, HSE informed. Worker holds own contract, paid properly. Not MS.")
T("Report: LinkedIn 'nanny' job in Dubai asking £900 for visa up front. Caller didn't pay. Fraud not MS. AF ref given.",
  "", "uf", "", "l")
T("Intel: construction site Slough - Indian workers on sub-contractor 'RKS Build', INT says 'boss takes passport for visa', they sleep on site in containers, work 7 days 0700-1900.",
  "RD AC EO", "dt sw lh", "L", "h")
T("IP (M, 31, Iranian) asylum seeker: says nobody controls him, works cash-in-hand at pizza shop because can't work legally, low pay. No MS indicators. Advice re right to work.")
T("2/A/P: Source (worker) states supervisor OLTEANU at meat plant, Cheshire, 'sells' shifts - workers must pay him £50 a week to keep job and threatens to sack anyone who complains. Workers paid correctly by plant.",
  "IT", "", "L", "m")
T("Debrief, F, 17, Romanian: 'My mum's friend brought me to London to work in a hair salon. Instead I was in a house where men came. She had my ID. She said I owe her for the flight and clothes.'",
  "AV DE RD DB", "dt", "S", "h")
T("ANPR/INT: VRM YT13 PLO makes daily 0500 run Leicester to Corby with 6-8 females (Bulgarian). Driver known as recruiter. No further intel. 3/C/P.",
  "", "ce et", "", "l")
T("Officer handover: Op TEMPO - 4 Slovak nationals at recycling plant in Sheffield interviewed. All say paid by agency into own accounts, live in own rented houses, free to change jobs. One complained about cold canteen. NFA MS.")
T("INT: au pair (F, 19, Filipina) in Hampstead, family took her passport 'for safekeeping', works 7am-10pm, paid £50/week 'pocket money', not allowed to go to church on Sundays.",
  "RD EO WW RM", "dt lh rm", "D", "h")
T("101: elderly male reports 'man at door offering driveway work' - rogue trader, no exploitation angle. Trading standards.")
T("Handover 1500: IP KOVAC (Slovak, 22, F) returned from Ireland where 'boyfriend' married her off to Pakistani male for visa. Says she was locked in, raped, and 'husband's family' kept her passport.",
  "PV RM RD", "rm dt", "S", "h")

# ---------------------------------------------------------------- part 5
T("""Handover note - early turn to lates, Neighbourhood Team B.

1. 22 Oak Terrace - follow-up on public report of 'people kept in the house'. Spoke with occupier Mr KAUR and 6 adults. Extended family (parents, 2 sons, their wives, 1 grandchild). All have own documents, sons work at Royal Mail and a warehouse, wives study at college. Grandmother cooks by choice. Noise from early departures is shift work. NFA, complainant updated.
2. Theft of catalytic converter, Beech Rd, 0200-0500. House-to-house done, no CCTV.
3. Mr EVANS (Flat 4) again reporting the dog next door barking - passed to council.
4. PCSO CARTER off sick; cover arranged.""")
T("""A&E safeguarding note (ED consultant), 03:40.
Patient: F, gives name 'Anna', age given 19 (appears younger, possibly 15-16). Presents with abdominal pain, found to be 8 weeks pregnant with pelvic infection. Came in with a man (30s, Romanian-speaking) who said he was her 'cousin' and insisted on translating; when nurse asked him to step out, he refused and she became tearful. Patient has no phone, no bag, is wearing a thin dress and sliders in November. She could not say where she lives, 'a flat, near the big road'. While cousin went to move the car she told the HCA in English 'he sells me, please'. Security and police called; cousin has left the department. Patient remains in ED with police present.""",
  "AV IS", "sfw iso fpe pa", "S", "h")
T("""INT 2/B/P - Op MARLIN (fishing).
Vessel 'Brighter Dawn' (registered Fraserburgh). Source (former crew) reports Filipino and Indonesian deckhands recruited through a Manila agency that charged each $2,000 in fees. Once aboard, crew are not permitted ashore in port - skipper says they 'have no visa to land'. They sleep in a 6-berth cabin with 9 men. Shifts of 20 hours during trips. Salaries ($550/month) paid to the agency 'on their behalf' - crew report only receiving sums for their families occasionally and far less than promised. Skipper MCALLISTER reported to have punched a deckhand in the face in October for mending a net too slowly. Passports kept in the wheelhouse.""",
  "RM AC EO WW PV RD DE", "uf rm oa lh ncw dt", "L", "h")
T("""Public online report (all caps, unedited):
'I AM SICK OF REPORTING THIS. THE BIG HOUSE ON CHURCH LANE HAS A MAID WHO IS NEVER ALLOWED OUT. SHE WAVES FROM THE UPSTAIRS WINDOW. SHE IS SKIN AND BONE. THE FAMILY GO ON HOLIDAY AND LEAVE HER THERE LOCKED IN WITH THE DOGS. SHE HAS NO PHONE I ASKED HER THROUGH THE GATE AND SHE SAID MADAM TOOK IT. I THINK SHES FROM THE PHILIPPINES. DO SOMETHING BEFORE SHE DIES!!!'""",
  "RM IS", "rm iso pa", "D", "m")
T("""Victim account (first person, via interpreter, Amharic):
'After the agent in Addis gave me the contract it said I will be a cleaner for a family in Jeddah, 200 dollars a month. I worked there two years, they paid my father sometimes. Then the family came to London for the summer and brought me. In London it was worse. I slept in the laundry room, I started at six and finished when the last person slept. The wife checked my bag every time I went to throw the rubbish. She locked my passport in a drawer. When I asked to go back home she said, "You belong to us until the contract ends." I escaped when the son left the door open, and a man at the bus stop called the number for me.'""",
  "RM EO AC RD WW", "rm lh sw dt ncw", "D", "h")
T("""Financial intelligence (SAR summary, bank):
Over 14 months a personal account in the name of ION Petru (Romanian, 23) received regular credits from a hand car wash company. Every credit was followed within an hour by a transfer to an account held by CIOBANU Marius. ION's card and online banking were used from a single device also used for 8 other accounts receiving wages from the same company. Customer never attended branch. A staff member notes that when ION eventually attended to report his card 'lost', CIOBANU accompanied him and answered all questions.
Assessment: wages controlled by third party. Referred to police MSHT / NCA.""",
  "WW", "ncw mbc sfw", "L", "m")
T("""Officer handover - incident 1122 - concerns re care home staff.
Anonymous call to 101 from a nurse at 'Willow Court' care home. Says 8 carers from Zimbabwe and Nigeria recruited by the owner's recruitment firm: each paid £8,000 for the 'sponsorship', are housed 4 to a room in a house owned by the director, rent taken from pay. Rotas show 70-80 hours a week; staff told they will be 'reported to the Home Office' if they refuse extra shifts. One carer's passport is kept in the manager's office 'for the audit'. Caller says residents are well cared for.
Action: joint visit with UKVI Compliance and Local Authority quality team; MSHT to lead.""",
  "AC EO IT RD AV", "uf oa lh fa dt", "L", "h")
T("""Safeguarding referral - NHS community midwife.
Woman (Indian, 24), second pregnancy. Lives with husband and in-laws in a large household in Leicester. At home visit she appeared very tired; she said she does all the cooking and cleaning for 11 people and is up at 0430 daily. Her mother-in-law came into the room and stayed. Woman does not have her own phone and said her passport is 'with father-in-law'. She has not been allowed to visit her family in Gujarat since marriage. No injuries seen. She denied physical violence.""",
  "EO RD IS", "lh dt iso", "D", "h")
T("""Handover note (BTP) 1900:
London Euston - 3 x juveniles (M, 14-15) stopped boarding train to Preston with one-way tickets bought by card registered to adult 'DEMARCO'. One had 3 phones and £600 cash. One says 'I'm going to my auntie's' but can't name her. Another had knife wound scar and said 'I'd get done in if I don't go'. Handed to Camden CSC, NRM referrals.""",
  "AV IT", "pa", "C", "h")
T("""Debrief (M, 36, Romanian, English spoken with interpreter present):
'I have a business in Romania, a small garage. I came to the UK for two months to work with my cousin in construction to earn extra. My cousin gave me a bed in his flat, I paid £80 a week, we worked 8 to 5. I had a dispute with the main contractor because they paid two weeks late, but they paid in the end. I had my passport all the time. I returned home in October. I am only giving a statement because I saw something on the site - other men from another firm who were always brought by van and looked scared, but I don't know their names.'""",
  "", "et", "", "l")
T("""Intelligence log - 2/B/P
Multiple punters on review site describe 'Jade' (advertised as 18, Chinese) at flat above shop, Hanley. Reviews mention she 'never leaves', 'has bruises on her legs', and 'the older woman takes the money and tells her what to do'. One review: 'she said she's been here 3 months and has to pay back £20,000 to her boss'.""",
  "RM PV DB WW", "rm pa ncw", "S", "h")
T("""LA children's social care - Return Home Interview (RHI) summary:
Young person: M (16). Missing 48 hours. M says he stayed with a friend in Manchester and 'just chilled'. No drugs, no money found. Friend's mum confirmed he was there. M is in Year 11, attending well, plays football. No exploitation concerns identified; missing episode linked to a row with stepdad over phone use. Plan: family support worker.""")
T("OIC: NFA - IP (Latvian, M) retracted allegation that employer kept passport; passport found at his own flat. Employer pays via payroll. Pay dispute over holiday pay only.")
T("Nom BEGUM Nasima - UC fraud suspect. Investigation shows she claimed for 3 non-existent children. Acting alone. Not MS.")
T("Public: the farm up the road has portaloos and a water tank for the pickers and they get bused in from the town, seems fine, just saw a post online saying it was slavery and wanted to say its not.")
T("Handover: warrant at 9 Swan Ln, 6 Vietnamese (2 x under 18) recovered from grow, each with only the clothes they stood in, no phones, living off instant noodles. All scared of 'the boss'.",
  "AV IS", "fpe iso fa plc", "C", "h")
T("Intel 2/B/P - pop-up brothel Travelodge rooms 101/102, 2 x Hungarian F, organiser 'LACI' drives them between hotels, keeps phones, women seen with nothing but a handbag each.",
  "IS", "iso et fpe", "S", "h")
T("Debrief (F, 44, Thai, interpreter): she says she came on a visitor visa with a 'friend' who promised massage job. Friend took her passport at Heathrow. In the shop she worked 10am to 2am and slept on the massage table. Says she was 'made to do extras' with customers she did not want.",
  "DE RD EO AC PV", "dt lh sw", "S L", "h")
T("101: woman reports her husband's employer 'treats him like a slave' - he works long hours at a warehouse, paid properly by payroll, goes home every night. Employment matter. NFA.")
T("GLAA: restaurant chain - workers charged for uniforms (£45) and knives (£60), deducted first month. Otherwise compliant, workers hold own docs, paid via payroll. Refunds ordered.",
  "", "ppe", "", "l")
T("INT 2/B/P: DINU Constantin pays homeless Romanians at Marble Arch £10/day to sign for bank accounts and SIM cards, which he then uses for fraud. Men give him their ID and never get it back.",
  "AV RD", "dt mbc", "C", "m")
T("Handover: Nail bar 'Luxe Nails' Harlow - customer report that staff member (F, Vietnamese) has bruises and has 'no English, no phone, no bag'. RV by PCSO: female declined to talk, owner spoke for her.",
  "", "pa fpe sfw", "L", "m")
T("School nurse: Y7 girl (11) says she cannot do homework as she cleans 'auntie's house' and cares for 3 babies every evening; has marks on her arms. Lives with 'auntie', parents in Ghana.",
  "AV PV EO", "pa lh", "D", "h")
T("Prison note (HMP Wandsworth): Albanian prisoner says he was forced to work in the cannabis house because he owed £25k, and that the gang told him they would kill him if he gave names. Now fears for safety on release.",
  "DB IT", "fa", "C", "m")
T("999 0430: male hammering on door of 24hr garage, Polish, says 'they keep me in the shed at the farm', shed padlocked every night, got out through the roof. Injured hands.",
  "RM", "rm pa", "L", "m")
T("Caseworker: Mrs T (Vietnamese, 29) - took out a loan of $15k for a 'job in a UK nail salon'; salon paid her properly, own room, passport with her; she chose to leave to join husband. Loan still owed to lender in Vietnam. No UK exploitation.",
  "", "uf", "", "l")
T("Intel: 'Daddy' (BEGOVIC) in Croydon uses girls 14-16 from care homes, gives them drugs and 'lends' them to friends at parties. 1/B/P.",
  "AV PV", "", "S", "h")
T("Intel log: STRO holder FARAH Abdi - notified new employee (nephew, 22) to police as required. Visit: nephew works 25 hrs/wk in shop, paid, lives at home. Compliant.")
T("DWP: 14 UC claims share same landlord agent who attends all appointments and holds claimants' bank cards; claimants (Slovak) work at a food factory 60+ hrs per week, say they get £50.",
  "WW EO", "sfw mbc ncw lh", "L", "m")
T("999 1815: father calling, daughter (15) just phoned crying from a car, says two men won't let her out and are taking her to 'a party in Bradford'. Phone now off. Last cell site M62.",
  "AV RM", "rm", "S", "i")
T("Handover: response to report of people living in a warehouse, Tilbury. Found 2 security guards on 12-hr shifts with a rest room; both employed by a reputable firm. NFA.")
T("Police log: begging group Manchester Piccadilly - 5 Roma adults sit in same spots daily 0700-1900, dropped by red Vauxhall VRM MX14 ERU, collected, cash taken by driver. 3/C/P.",
  "WW EO", "ce et ncw lh", "C", "m")
T("IP (F, 22, Polish) says the agency in Poland lied: promised £11/hr in a hotel, got 'job' at a packhouse at £5/hr 'after deductions'. Left after a week, agency didn't stop her, has her ID.",
  "DE", "", "L", "m")
T("OIC update: no further action - suspected cuckooing at 7 Lark Ct unfounded; visitors were the tenant's carers and family.")
T("INT: Op SILVERTIDE - 'domestic worker' visas sponsored by Qatari family for 4 women; family's London staff flat has 4 bunk beds in one room, no windows. Women's passports held by the head of household's driver. 2/B/P.",
  "RD AC", "dt oa plc", "D", "m")
T("Caseworker (Hope for Justice): client 'Ivan' (Bulgarian, 49) was kept working in a Lincolnshire factory via agency, wages into account controlled by his landlord; landlord 'fined' him for smoking, rent grew every week so the debt never went down. Took his ID card.",
  "WW DB RD", "ncw dt", "L", "h")
T("Public report: 'Thai massage near me open till midnight, ladies seem happy, chatted to one, she says she owns it with her sister'. Member of public wanted to check it is ok. NFA.")
T("Officer's note 2340: taxi driver reports girl (about 14) picked up at 2300 from a house in Rotherham by men, taken to hotel, one man paid him extra 'to forget'. VRM of men's car given.",
  "AV", "", "S", "i")
T("Handover: DA - husband controlling, won't let wife work, reads her messages, no slavery/servitude element per IP. DASH medium. Referral IDVA.",
  "IS", "iso", "", "m")
T("IP (M, 28, Afghan) states employer at pizza shop pays him £300 cash for 70 hrs, holds his BRP 'for the Home Office', he sleeps in flat above shop with 4 others.",
  "EO RD AC", "lh dt sw oa", "L", "h")
T("Kidney donation - Guy's. Altruistic donor (British, 45) completed HTA process, no payment, fully informed. Positive outcome. No concerns.")
T("INT 2/B/P: organ broker 'Dr K' in Istanbul recruits Syrian refugees in Turkey with promise of jobs in UK, once in clinic they are told they must give a kidney to 'pay for the journey'. One victim now in Coventry asylum hotel with post-op complications.",
  "DE DB AV", "pa", "O", "h")
T("Nom TRAN Van Minh, 16 - found asleep in nail bar back room 0730 by PCSO, says he works there every day, boss's wife brings food, he doesn't know the town.",
  "AV IS EO", "sw iso lh", "L", "h")
T("RTC / no injuries. NFA.")
T("INT 3/C/P: someone at Brentford car wash said the workers 'pay the boss back for the boat' at £100 a week from £250 wages. Workers live in the same house as the boss.",
  "DB", "", "L", "m")

# ---- end of texts

def expand(s, table):
    return [table[c] for c in s.split()]

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh86.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
            rec = {"id": "f86-%03d" % n, "text": text, "indicators": expand(ind, IND),
                   "signs": expand(sig, SIG), "exploitation": expand(typ, TYP), "risk": RISK[risk]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(E), "to", out)

if __name__ == "__main__":
    main()
