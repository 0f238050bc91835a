#!/usr/bin/env python3
"""Build bench/text/fresh28.jsonl from hand-written texts and labels held below.
Each entry: E(text, indicators, signs, types, risk) with short codes expanded by the maps."""
import json, os

IND = dict(vul="abuse_of_vulnerability", dec="deception", res="restriction_of_movement",
           iso="isolation", vio="physical_sexual_violence", thr="intimidation_threats",
           doc="retention_of_documents", wag="withholding_wages", debt="debt_bondage",
           cond="abusive_conditions", ot="excessive_overtime")
SIG = dict(app="physical_appearance", isd="isolated", poor="poor_living_conditions",
           over="overcrowded_accommodation", sleep="sleeps_at_workplace",
           few="few_personal_effects", rm="restricted_movement",
           early="collected_early_dropped_late", fear="fear_of_authorities",
           fee="upfront_fees", dt="documents_taken", esc="escorted_transport",
           chg="charged_transport", long="long_hours", ppe="ppe_charges",
           nocw="no_control_of_wages", spk="speaks_for_workers", cards="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

ENTRIES = []
def E(text, ind="", sig="", typ="", risk="l"):
    ENTRIES.append((text, [IND[c] for c in ind.split()], [SIG[c] for c in sig.split()],
                    [TYP[c] for c in typ.split()], RISK.get(risk, risk)))

# ---- part 1 ----
E("""INT suggests female POI known as 'Mama Joy' (NFD) is housing 3x Nigerian females at flat above a takeaway on Derby Rd. Females said to do all cooking/cleaning for POI's family and are 'lent out' to men at weekends. Not seen leaving alone. 2/C/P""",
  "res", "rm", "D S", "h")
E("""Caller reports neighbour shouting at his wife again, banging on walls, says this happens every Friday when he's drunk. Wife has visible bruise. No children in the house. DA risk assessment to follow.""",
  "", "", "", "l")
E("""Debrief (via Tigrinya interpreter). She says that she paid the agent in Khartoum 2,500 dollars and was told a hotel in London needed cleaners. When she arrived she was taken to a house in Coventry where a man said she owed him 9,000 pounds more for the journey. She cleaned the house and looked after his three children from 6am until after midnight. She was not paid. She says the man's wife kept her travel papers 'in case she got lost'. She slept on the kitchen floor. She was only allowed out to take the children to school and the wife walked with her.""",
  "dec debt ot wag doc cond res", "fee long dt poor sleep rm esc", "D", "h")
E("""hand car wash on the old petrol station by the roundabout lads there all day every day even xmas day, never seen them go home, think they sleep in the portacabin out back. boss in a black range rover takes the cash""",
  "ot", "long sleep", "L", "m")
E("""Visited Sparkle Hand Car Valet following a tip-off. 6 workers present, all Romanian nationals, all had own ID on them, written contracts, payslips showing NMW, rota showing 40 hrs. Staff live in their own rented rooms. No concerns identified. Advice given on PPE for chemical use.""",
  "", "", "", "l")
E("""Nom DUMITRU (Ion) DOB 03/02/1984 believed to be collecting 8-10 Romanian males from HMO on Fir St at 05:00 in white Transit VRM KX19 ??? and dropping back after 21:00. Males work at a packhouse via agency. INT states DUMITRU holds their bank cards. 2/B/P""",
  "wag", "early esc nocw", "L", "m")
E("""My name is Thanh. I was 16 when I came. A man in Vietnam told my mother I could work in a nail shop in England and send money. In England they put me in a house with plants and lights. I could not go out, the door was locked from the outside. They brought food two times a week. They said if I run my family in Vietnam will pay my debt with their house.""",
  "vul dec res thr debt", "rm", "C", "h")
E("""Two teenage boys seen sitting outside Tesco Express on Market St asking for money, approx 10 and 12, an adult male drops them at 9am and takes whatever they've collected at lunch. They looked cold and hungry. Not in school uniform on a weekday.""",
  "vul wag", "app early nocw", "C", "h")
E("""Student attended front counter, reports her passport lost on a night out, needs a crime ref for her embassy. Lives in halls, part-time job at Costa. Lost property report completed.""",
  "", "", "", "l")
E("""Referral from Year 9 head of year: pupil (14) has had new trainers, two phones and cash recently. Went missing overnight twice and was found in Blackpool. Mum says older lads pick him up in a car. He has a cut on his hand he won't explain. He told a friend he 'has to do the run or they'll do his brother'.""",
  "vul thr vio", "app", "C", "h")
E("""GP note: 34F attends with husband who answered every question for her. Pt appears underweight. Husband says she 'doesn't need an interpreter'. Nil else of note. Asked to return alone for smear.""",
  "", "app spk", "", "l")
E("""Barclays fin crime alert: 14 debit cards in different names used at the same ATM (Cash Zone, 112 High St) within 40 minutes, all accounts opened in the last 3 months with addresses at the same HMO. Wages from Fresh Farm Labour Ltd paid into each and withdrawn in full same day.""",
  "wag", "cards nocw", "L", "m")
E("""Kidney transplant patient reviewed in renal clinic 3 months post-op. Living donor was her brother. Both well. Creatinine stable.""",
  "", "", "", "l")
E("""INT indicates an Albanian national known as 'Genti' is recruiting men in Tirana with offers of £2,000 a month on building sites in London. On arrival men are taken to cannabis grows in Kent and told they owe £15k for the lorry crossing. 2/C/P""",
  "dec debt", "", "C", "m")
E("""Salvation Army caseworker note: Client P (Polish, 52) was approached at a soup kitchen in Gdańsk and offered a warehouse job in Peterborough. Bank account opened for him on arrival; he never got the card. Received £30 a week 'for cigarettes'. Lived with 11 others in a 3-bed house. Has alcohol dependency that the group supplied daily. Left when he was hospitalised after a fall.""",
  "vul wag cond", "nocw over", "L", "h")
E("""999 call 23:47 female caller whispering, says she is locked in a room at 44 Alder Rd, man has taken her phone and passport, she thinks he will come back tonight and 'sell her again'. Line cut. Units dispatched grade 1.""",
  "res doc iso", "rm dt isd", "S", "i")
E("""There's a nail bar on the corner of Kings Road and the girls doing nails look about 15 they never speak english and a man stands by the till all the time. He answers for them if you ask them anything. Something not right""",
  "vul", "spk", "L", "h")
E("""PC handover: attended Flat 3 re noise complaint. Party, approx 20 students, music turned down. Words of advice. No further action.""",
  "", "", "", "l")
E("""Bakery owner reported by ex-employee for paying him two weeks late in March. Employee confirmed he has now been paid in full, holds his own documents and has moved to a new job. Civil matter, advised ACAS.""",
  "", "", "", "l")
E("""Crimestoppers: man known as 'Uncle' running a flat in Leeds where women from China are advertised on an adult site. Women never leave, food is brought in, they are moved every two weeks to a different city.""",
  "res", "rm", "S", "h")
E("""Victim statement: "I met him on Instagram, he said he was a photographer and I could model for a fashion brand. After the shoot he said I owed him for the hotel and the pictures, £3,000. He made me meet men in hotels to pay it. When I said no he hit me and said he'd send the photos to my dad." """,
  "dec debt vio thr", "", "S", "h")
E("""Officer notes, warrant at 17 Canal St: 2 Vietnamese males found in loft tending approx 400 plants. Loft hatch padlocked from below. Both males thin, one with burns on arms from lamps. Mattresses and a rice cooker among the plants. Neither knows what town they are in.""",
  "res cond iso", "rm app poor sleep isd", "C", "i")
E("""Council licensing inspection, Lucky Star Nails: two technicians working without a special treatment licence. Both employed via PAYE, own accommodation, hold own passports. Fixed penalty issued to owner.""",
  "", "", "", "l")
E("""INT: nom OKAFOR (Blessing) runs pop-up brothels in Airbnbs across Manchester. Adverts on Vivastreet use same phone 07700 900461. Girls told they must pay back '35k' to the 'madam' in Benin City and have sworn a juju oath. 2/B/C - not to be disclosed outside MSU""",
  "debt thr", "", "S", "h")
E("""Wife's family arranged the marriage in Pakistan. Since coming to the UK in 2022 my mother-in-law keeps my passport and my spouse visa papers. I do all the cooking and cleaning for nine people and look after my husband's grandmother. I am not allowed to phone my parents. I get no money. If I complain they say they will send me back and tell everyone I am a bad woman.""",
  "doc iso wag thr", "dt isd nocw", "D", "h")
E("""Neighbour dispute re hedge height on boundary. Both parties advised. Civil matter.""",
  "", "", "", "l")
E("""Care home whistleblower: the agency carers from Zimbabwe and India are doing 80-hour weeks, the agency takes their sponsorship fee of £8,000 out of their wages a bit each month and they say they will lose their visa if they leave. Six of them share one room in a house the agency owns.""",
  "ot debt vul cond", "long fee over", "L", "h")
E("""Border Force, LHR T4: 19F Filipino traveller arriving as domestic worker with diplomatic employer. Employer's staff member holding her passport through the control. Traveller spoke little, looked to staff member before answering. Given Kalayaan leaflet privately. Intel submitted.""",
  "", "dt spk", "", "l")
E("""uk boy at my sons school aged 15 keeps gettin picked up by older men in a grey golf he says hes 'working' for them taking parcels to hull,hes had a black eye twice now and his mum says hes scared to stay home""",
  "vul vio thr", "app", "C", "h")
E("""Debrief (Romanian, translated): "They promised 8 pounds for hour in factory. In England we work in recycling plant, sorting rubbish with hands, no gloves. Twelve hours. Every Friday the boss give us 50 pounds and say the rest is for the house, the transport and the debt for the bus ticket. After four months I still owe him. He has our ID cards because 'the agency need them'." """,
  "dec cond ot wag debt doc", "long chg dt nocw", "L", "h")
E("""Press: Three men jailed at Lincoln Crown Court for keeping homeless men as unpaid labourers laying driveways. The victims, some with learning difficulties, were housed in dilapidated caravans without running water, paid a few pounds a week and told they would be beaten if they tried to leave. Some had worked for the family for more than a decade.""",
  "vul cond wag thr", "poor", "L", "h")
E("""Caller reports car wash on Station Rd has staff working in the rain without coats. Update: officer attended, staff are local employees on payroll, given wet-weather gear by manager. No offences.""",
  "", "", "", "l")
E("""Pupil (16) disclosed to DSL that her 'boyfriend' aged 24 takes her to parties where his friends have sex with her. He gives her vodka and weed first. She says she owes him for the phone he bought her. She has been missing from home three times this month.""",
  "vul vio debt", "", "S", "h")
E("""A&E: 29M Sudanese, fracture left wrist, states fell from ladder on building site. Works cash in hand. States the site is fine and he gets paid daily. Declined further discussion. Nil safeguarding concerns raised at this time.""",
  "", "", "", "l")
E("""INT suggests 4x Eritrean males working at Golden Fry takeaway, sleep in the cellar below the kitchen, open 11am-3am seven days. Owner holds their asylum papers. Males said to be scared of police as 'owner says police will deport them'. 2/C/P""",
  "cond ot doc thr", "sleep long dt fear", "L", "h")
E("""Man at the job centre told staff his 'cousin' makes him claim Universal Credit and then takes the card off him the day the money lands. He has a learning disability and lives in the cousin's box room.""",
  "vul", "nocw", "", "m")
E("""Money mule: 19-year-old student let a man she met on Snapchat use her Monzo account for 'crypto payments' in return for £200. Over £40k passed through. She says she wasn't threatened and stopped when the bank froze the account. Referred to fraud team.""",
  "", "", "", "l")
E("""Tip: nail shop Bridge St the young vietnamese girl who does pedicures is there at 8 in the morning and still there when we pass at 10 at night, she sleeps in the back room i'm sure, the owner drives her everywhere, never seen her alone once""",
  "ot res", "long sleep esc rm", "L", "m")
E("""Intelligence log: POI HOXHA (Ardit) b.1991 seen at cannabis grow address Elm Close on 3 occasions. Delivers food and rotates workers between Elm Close and a nail bar 'Glamour Nails' in Luton. Workers (Vietnamese males, 17-20) do the nails in the day and watch the plants overnight. 1/B/P""",
  "vul ot", "long", "C L", "h")
E("""Midwife note: 22F booking appt, Romanian, 24/40. Attends with 'manager' who holds her documents and asked to be present in the room. Pt disclosed when alone she sees 'clients' in a flat and has to give all money to him. She does not know the address. Safeguarding referral made, pt did not want police.""",
  "doc wag iso", "dt spk nocw isd", "S", "h")
E("""Council tenancy relations: tenant reports landlord entered without notice, changed locks while tenant at work and kept her deposit. Tenant has since found alternative accommodation. Landlord warned under Protection from Eviction Act.""",
  "", "", "", "l")
E("""They told me the job was au pair for one child, 20 hours and English lessons. But I was cooking, washing, ironing for the whole family, the grandparents too, from 6 to 11 every day. The mother said she keeps my passport because I might lose it. My wages go to the agency in Manila and I never saw them. Sunday I am not allowed to go to church because 'there is too much to do'.""",
  "dec ot doc wag res", "long dt nocw rm", "D", "h")
E("""Warehouse via agency: worker complains minimum wage was paid but he was charged £15 a week for hi-vis and boots. Lives in own flat. GLAA informed re PPE charges.""",
  "", "ppe", "", "l")
E("""INT: Slovak Roma family group (3 adults, 6 children 8-15) brought to Sheffield by 'uncle' CERVENAK. Children taken out each day to shoplift from Primark and Boots; adults sign on at jobcentre but CERVENAK holds all their bank cards and PINs. Children not registered at any school. 2/B/P""",
  "vul wag", "nocw cards", "C", "h")
E("""Woman reports her ex-partner keeps turning up at her work and messaging her 50 times a day, has threatened to smash her car. Harassment crime raised, DASH completed - medium.""",
  "", "", "", "l")
E("""Fishing: Filipino deckhand on a scallop boat out of Brixham says they fished 20 hours a day for weeks, he slept in a cramped bunk with no heating, was hit by the skipper, and received $300 a month into an account in Manila that the crewing agent controls. Contract said $1,200.""",
  "ot cond vio wag dec", "long nocw", "L", "h")
E("""Report from community group: elderly man with dementia has a 'friend' living with him who collects his pension every week and leaves him with £10. House is filthy, little food.""",
  "vul", "nocw poor", "", "m")
E("""A lad called me on Snapchat, said I could earn 500 in a weekend. Took me to a flat in Grimsby where a woman with a needle habit lived. I had to sit there selling white and brown. They took my phone so I couldn't message my mum. When I lost £300 of gear they said I owed them and I'd have to keep going till it's paid.""",
  "dec iso debt", "isd", "C", "h")
E("""Sham marriage: Registrar raised concern re couple giving notice, Portuguese female and Pakistani male, no common language. Female later told officers she was brought from Lisbon by a man who paid her flight and said she owes €5,000, that she must marry the stranger and sign papers for benefit claims, and she is kept at a house in Bradford with other women, not allowed out without 'Tariq'.""",
  "debt res", "rm esc", "C", "m")
E("""Farm worker survey (GLAA): 40 seasonal workers on the Seasonal Worker visa at a berry farm. Caravans clean, heated, 4 per caravan. Hours 45/wk. Paid weekly into own accounts. Workers say they may change employer via operator. No issues.""",
  "", "", "", "l")
E("""him next door keeps 5 or 6 foreign men in a 2 bed house, they go out in a minibus at 5am n come back 10 at night filthy, bins overflowing, one of them told me in bad english the boss takes there money for rent. poor blokes""",
  "cond wag", "over early nocw long", "L", "m")
E("""INT: Indian national SINGH (Harjit) believed to run construction crew in Southall. Workers recruited in Punjab, paid recruitment fees of ₹6 lakh, arrive on visitor visas and are told they'll get papers later. Sleep on site in a shipping container. SINGH keeps passports 'for the visa application'. 2/C/P""",
  "dec doc cond", "fee sleep dt poor", "L", "h")
E("""Ward nurse: 40M admitted via A&E, Lithuanian, requested surgery on his kidney be 'quick so he can go back to the man'. Disclosed a man in Vilnius arranged for him to travel to sell a kidney for €8,000 to pay a debt, with the operation planned abroad. He was brought to the UK with two others and kept in a flat until 'tests'. Police informed.""",
  "vul debt res", "rm", "O", "h")
E("""Ms K, 27, says her husband controls all the money, checks her phone, won't let her see her friends and once pushed her down the stairs. She works as a teacher and keeps her own salary account but he demands the PIN. No other concerns.""",
  "vio iso", "isd", "", "h")
E("""Report: Eastern European men seen at B&M car park early hours being loaded into a van, seems like normal agency shift change. Caller not concerned, just curious.""",
  "", "", "", "l")
E("""Victim account (interpreter present): She says she came to Glasgow for a job in a restaurant kitchen arranged by her mother's friend. The friend's son met her at the airport and took her phone 'to get a UK SIM'. She never got it back. She was taken to flats where men came. She was beaten when she cried. She says there were four other girls and they were moved by car at night, always with two men.""",
  "dec iso vio res", "isd esc rm", "S", "h")
E("""Probation: service user (Vietnamese, 19) convicted of cannabis production. On review, states he was brought to the UK aged 16 in a lorry, told he owed $30,000, and kept in the property growing plants. Duty to Notify completed; NRM referral sought via legal rep; s45 defence not raised at trial.""",
  "vul debt res", "rm", "C", "h")
E("""Hotel housekeeping manager contacted helpline: a supplier's cleaning staff arrive in a van at 6am, one man hands the team their key cards and signs them in, staff say they are paid 'by room', about £2 per room, and the man collects their pay cards on Friday. They share a house owned by the supplier.""",
  "wag", "early esc spk nocw", "L", "m")
E("""Nom: TRAN Van Minh. Arrested in possession of £6k cash and 3 phones. Claims he works at a nail salon in Romford. No evidence of coercion; admits running the salon and employing two cousins on payroll. Drug cash enquiry ongoing.""",
  "", "", "", "l")
E("""cuckooing? lady at no 12 on the estate has had 3 lads from london living with her for weeks, she's on methadone and they give her gear, she's got bruises on her face and she told my mum she can't get them out, they lock her in the bedroom when 'punters' come""",
  "vul vio res", "app rm", "C", "i")
E("""Local authority referral: 17-year-old Albanian male, UASC, placed in supported accommodation, went missing 4 days after arrival. Found at a car wash in Stockport, working 7 days, says 'the brothers' collect him and that he must pay £300 a week for the journey. Returned to placement; at risk of going missing again.""",
  "vul debt ot", "early long", "L", "h")
E("""INT: female known only as 'Lina' advertising on AdultWork, phone shared with 6 other profiles. Client reports girls speak no English, one had bruising on arms and said 'boss take money'. 3/C/P""",
  "vio wag", "app nocw", "S", "h")
E("""Community nurse visiting an 86-year-old: daughter lives with her and provides all personal care. Flat clean, patient well cared for, manages her own pension. No concerns.""",
  "", "", "", "l")
E("""Account given in Polish, translated: I was sleeping in the park in Slough when a man offered work and a room. The room had eight men. We worked on roofs. He said our wages would go into his account to 'pay the tax' and he would give it to us later. Nine months, nothing came. He gave us beer every night and a little food. When Piotr asked for his money, they broke his nose.""",
  "vul cond wag dec vio", "over nocw", "L", "h")
E("""Report from anonymous caller: big house in Hampstead, Indonesian maid seen through the gate washing the cars at 6am and carrying shopping at 11pm. Never seen her leave the grounds without the family driver. Owner is a diplomat I think.""",
  "ot res", "long rm esc", "D", "m")
E("""Routine stop VRM BD68 XYZ, 7 males in a 5-seat car, all Bulgarian, travelling to a salad farm. Driver charges each £10 a day for the lift, taken from wages by the gangmaster. Driver reported for overloading, GLAA notified.""",
  "", "chg", "", "l")
E("""School nurse: Year 7 girl (11) is doing all the cooking and childcare for her 4 younger siblings while mum works nights; she's exhausted, late most mornings. Early help referral. Family otherwise loving, no exploitation concerns.""",
  "", "", "", "l")
E("""INT: ZHANG (Wei) believed to manage 3 massage parlours in Birmingham. Chinese women housed above the parlours, work 10am to 2am, passports in a safe in ZHANG's office. Women must repay 'fees' for visas and flights from earnings. 2/B/P""",
  "ot doc debt cond", "sleep long dt fee", "S", "h")
E("""PNC/intel: male POI 'Kaka' runs a group of Romanian women begging outside stations in central London. Women dropped at 7am, collected at 8pm, hand over takings each night. One woman has a visible limp and is always placed at Victoria. 2/C/P""",
  "wag", "early nocw", "C", "m")
E("""Advert on Facebook: 'Work in UK warehouses, £12/hr, accommodation provided, fee £450 for registration and visa support.' Reported by job seeker who did not pay. No further information.""",
  "", "fee", "", "l")
E("""DC handover: IP LE (Thi Hoa) 23, found in a pop-up brothel in a rented flat in Reading. States she was smuggled via France and 'the aunty' says she still owes £20,000. She has not been outside in six weeks; clients are sent up by a man who keeps the door key. She cried that her mother will be hurt in Nghe An if she speaks to us. NRM consented. Safe house arranged tonight.""",
  "debt res thr", "rm", "S", "h")
E("""Tesco security: group of three females, mid-teens, Romanian, detained for shoplifting razor blades and baby formula. Said a man waiting in a car outside tells them what to take and they get nothing. Car left before police arrived.""",
  "vul wag", "", "C", "h")
E("""I live above a fruit shop. The owner's nephew from Bangladesh works downstairs from dawn till late and then stocks shelves. He told me he came on a student visa and the uncle took his passport to 'renew it' and says he will report him to immigration if he complains. He gets food and a mattress in the stockroom, no wages, 'it is family'.""",
  "ot doc thr wag", "long dt sleep fear", "L", "h")
E("""Salvation Army: Adult male (Eritrean, 31) left a farm near Boston after 3 years. Says he was not physically harmed and could leave at weekends. Owner paid cash weekly below minimum wage. Has his own ID. He does not consider himself a victim and declined NRM. Not referred; signposted to ACAS and Citizens Advice.""",
  "", "", "", "l")
E("""Social worker: Mr D (48) has a moderate learning disability. A family he met at church moved him into their house, put his ESA into their joint account, and he cleans the house, walks their dogs and does the gardening every day. He sleeps in the garage. He says they are 'good to him' but he isn't allowed a phone.""",
  "vul cond iso", "nocw sleep poor isd", "D", "h")
E("""Anon online report: THEY ARE KEEPIN GIRLS IN THE FLAT ABOVE THE VAPE SHOP!!!!! cars coming n going all night men going up n down stairs, one girl waved from window looking scared, the windows have been boarded up from inside. POLICE DO SOMETHING""",
  "res", "rm", "S", "h")
E("""INT suggests county line 'DANNY' operating Liverpool to Barrow. Uses local 14-15 year olds to run. Runners given £20 a day and told they owe for any seizure. One runner believed stabbed in leg as punishment in Feb. 2/B/P""",
  "vul wag debt vio", "", "C", "h")
E("""Woman attended police station to report her brother has taken her passport after an argument over inheritance. Passport recovered same day following words of advice. She lives independently and has returned home.""",
  "", "", "", "l")
E("""Debrief notes (Urdu interpreter): He says he came on a work visa as a chef for a restaurant in Bolton. Contract said £30k. He worked 14 hours, 7 days. He was given £100 a month. The owner took his BRP and said if he leaves his visa will be cancelled and he will go to prison. He lived in a room above the restaurant with four other staff.""",
  "dec ot wag doc thr cond", "long dt fear sleep over", "L", "h")
E("""CCTV review at Ring Road car wash: workers arrive together by minibus 7am, leave 7pm, have lunch break, lead is manager who is their employer. Workers spoken to individually, all state they are paid to their own accounts. No indicators of exploitation identified.""",
  "", "", "", "l")
E("""Private fostering concern: girl (13) from Nigeria living with 'auntie' who is not a relative. Girl does not attend school, does all the housework and minds the auntie's baby. Was seen with marks on her arms. Auntie told school 'she's just visiting'.""",
  "vul vio", "app", "D", "i")
E("""Organ trade: Intel from Interpol liaison - UK-based broker 'Dr Sam' advertising on Facebook groups to Pakistani and Bangladeshi families, offering £5,000 for a kidney with surgery in a private clinic abroad. Donors told the operation is 'safe, no side effects' and given a tenth of what was promised. 2/C/C - dissemination to NCA only""",
  "dec", "", "O", "m")
E("""Pupil at Sixth Form (17) told tutor her parents have arranged for her to marry a cousin in Bangladesh in the summer. She does not want to. Forced marriage unit contacted. No indication she is working or sexually exploited; FMPO being considered.""",
  "vul", "", "", "h")
E("""Statement of witness: I manage a Costa. Two lads came in every morning at 5.30 with a bloke who bought coffee for himself only. They looked shattered, hoodies covered in plaster dust. One time the lad asked me how to get to the police station and the bloke grabbed his arm and dragged him back to the van. I've got the VRM: FH17 LKP.""",
  "res vio", "app early esc rm", "L", "h")
E("""Housing officer: tenant in HMO reports he is 'paying off' a loan from the landlord for his deposit by doing maintenance on the landlord's other properties. Work is a few hours a week and he is free to leave; he wants to check if this is legal. Advised.""",
  "", "", "", "l")
E("""Officers attended Brick Lane address following tip. 11 Bangladeshi men sharing two rooms above a clothing factory, bunk beds three high, one toilet. Men work 7am-10pm on sewing machines. Owner pays £2.50 an hour 'minus rent'. Two had no documents; they say the owner is 'holding them'. Four men taken to reception centre.""",
  "cond ot wag doc", "over sleep long dt poor", "L", "h")
E("""text to helpline: my friend from ghana is a nanny for a rich family in Kensington they make her sleep in the baby's room and work round the clock and only pay her £200 a month saying they pay her visa. she cant go out on her day off cuz they change the locks code. please help her""",
  "ot wag res", "long rm", "D", "h")
E("""INT: Car wash 'Supa Shine', Walsall. Workers (Kurdish Iraqi males) reportedly pay the owner £1,500 each for the job and a bed in the loft above the bays. Owner takes £40 a week 'for the bed' from cash pay. 3/C/P""",
  "", "fee sleep", "L", "m")
E("""Taxi driver reported taking two young women from a house in Sunderland to hotels every night, a man always rides along, pays by card and the girls never speak. One asked him what city they were in.""",
  "iso res", "esc rm isd", "S", "h")
E("""Debrief, first person: I am from Edo State. A woman in my church said she will take me to Italy to do hair. We went through the desert and Libya. There they sold me. In Italy and then in London I worked on the street and in houses. The madam said I have to pay 40,000 euro. If I don't, the oath will kill me and my family. She took all what I earn.""",
  "dec debt thr wag", "nocw", "S", "h")
E("""Officer note: visited Highfield Packing re complaint. HR showed records: workers via licensed agency, pay to own accounts, transport provided free, hours within WTR with opt-outs signed. Agency worker who complained was unhappy about a cut in shifts. No exploitation.""",
  "", "", "", "l")
E("""Referral from A&E paediatrics: 15M presented with stab wound to thigh, accompanied by an adult male (not family) who left when police called. Boy from Croydon, found in Southend. Had £600 and 2 burner phones. Boy said 'if I say anything they'll kill my mum'.""",
  "vul vio thr", "app", "C", "h")
E("""A Slovak couple report that their employer at a chicken factory made them work three 16-hour shifts in a row during Christmas peak. They were paid overtime in full and have since left for another job. Referred to Employment Agency Standards.""",
  "", "", "", "l")
E("""Anonymous: The Indian family at 23 have a girl who's maybe 20 who does everything, hoovering at midnight, pegging out washing in the rain, walking the kids to school. Never goes out on her own, never seen her smile. They call her the maid but I dont think she gets paid.""",
  "ot res", "long rm", "D", "m")
E("""Bank alert (Lloyds): 7 accounts opened by Polish nationals via same mobile number and email j.k.recruit@mail.com, same employer 'JK Staffing'. Each account's card delivered to same address (not account holders' addresses). Salary credits withdrawn at Coral Bookmakers cash machine same day.""",
  "wag", "cards nocw", "L", "m")
E("""Cannabis factory raid, Wisbech: 17-year-old Vietnamese boy found sleeping in a tent inside the grow room. Electricity bypassed, cables exposed. He said men come every 3 days with food and he 'must not leave or they hurt him'. No phone.""",
  "vul cond thr iso", "sleep poor isd", "C", "i")
E("""Licensing: nail bar 'Queen Nails' found to have no extraction, technicians not wearing masks, EHO notice served. Staff are the owner's adult daughters. No concerns re exploitation.""",
  "", "", "", "l")
E("""INT: unknown male using Telegram handle @workUKnow recruiting Ukrainian refugee women for 'cleaning jobs' in Birmingham hotels. At least one woman taken to a flat and told to have sex with clients; her phone and Diia documents taken. 2/C/P""",
  "vul dec doc iso", "dt isd", "S", "h")
E("""wife's uncle made me marry his niece so she gets a visa. he arranged everything, i got 2000 pounds and he keeps calling me to sign things at the bank. i was never threatened, i did it for the money. now i want to know if i'm in trouble""",
  "", "", "", "l")
E("""Caseworker: Adult female (Chinese, 44) says she worked in a takeaway in Swansea for 2 years 'to pay the snakehead' — the debt was 200,000 yuan and each month the owner said it was less than she thought. She slept on a camp bed in the storeroom and was allowed one afternoon off a month.""",
  "debt cond ot", "sleep long poor", "L", "h")
E("""Neighbour reports young men going in and out of No 4 at all hours, thinks it's drugs. Attended: tenant's sons home from uni, houseparty. NFA.""",
  "", "", "", "l")
# ---- part 2 ----
E("""Sat with her in the clinic room with the Vietnamese interpreter. She had one carrier bag: a toothbrush, two T-shirts, flip-flops. She said everything else 'belongs to the shop'. She works in a nail bar in Bristol from 9 to 9, sleeps on the sofa at the owner's flat, and the owner 'keeps the money safe for her' until her debt is cleared. She did not know how much the debt was.""",
  "wag debt ot", "few long nocw", "L", "h")
E("""Witness: I delivered a parcel to a big house in Surrey. A woman in a maid's uniform opened the door, the lady of the house shouted at her in Arabic and slapped her across the face right in front of me. The maid looked terrified and closed the door. She had no shoes on.""",
  "vio", "app", "D", "h")
E("""INT: 'Sasha' (Lithuanian, mid-40s) supplies workers to a waste recycling site in Tilbury. Workers picked up from a hostel at 4.30am, charged £8 a day for transport and £20 for gloves and boots, paid on cards that 'Sasha' collects every Friday. 2/B/P""",
  "wag", "early chg ppe nocw", "L", "m")
E("""IP states he was paid properly but it was always late by a few days and the supervisor shouted a lot. He kept his own passport and lived with his girlfriend. Not a modern slavery matter; referred to Citizens Advice re employment rights.""",
  "", "", "", "l")
E("""Child Protection conference notes: S (15) has been found three times in a flat in Rochdale with men in their 30s. Men give her alcohol, cigarettes and lifts. Latest incident she had bruising to her neck and said she 'had to be nice to his mates' to pay for the phone top-ups. She has also been asked to carry bags to Oldham for them.""",
  "vul vio debt", "app", "S C", "h")
E("""Report via Unseen app: building site in Croydon, groundworkers Romanian, one guy told me their boss has all their ID cards in his van glovebox and they get paid £40 a day, he's got them living 12 in a flat above a bookies.""",
  "doc cond", "dt over", "L", "m")
E("""Ms A (Albanian, 22) recounts that her boyfriend in Durrës promised marriage and a life in England. In London he said they needed money for a house and made her work in a flat with other women, 10 to 15 men a day. He took the money. When she refused he burned her with a cigarette. He told her that her family would be shamed with pictures if she left.""",
  "dec wag vio thr", "nocw app", "S", "h")
E("""Call from hotel night manager: a man checked in with two girls who look about 14, he paid cash, gave a false name. Girls in room 214 now, man has left the building and said he'll be back at 1am. Officers en route.""",
  "vul", "", "S", "i")
E("""Council benefit fraud team: 32 Universal Credit claims linked to the same two addresses in Ilford, claimants are Bulgarian men working at a car wash. Claimants say a 'friend' set them up and keeps the bank cards, they get £50 each. 'Friend' also takes their car wash wages.""",
  "wag", "nocw cards", "C L", "m")
E("""PCSO note: Romanian woman begging outside Greggs most days, has her own flat, says she is saving to go home, no one controlling her. Signposted to outreach.""",
  "", "", "", "l")
E("""INT: POI KHAN (Imran) operating 'Kingdom Cars' minicab firm. Drivers (Afghan asylum seekers, no right to work) rent cars at £400/week from KHAN and must drive 18-hour shifts to cover it; arrears added to what they owe. KHAN threatens to report them to Home Office. 2/B/P""",
  "vul debt ot thr", "long fear", "L", "h")
E("""AFTER MY DAUGHTER CAME BACK FROM HER 'JOB' IN THE HOTEL SHE TOLD ME THEY PAID HER NOTHING FOR 3 MONTHS AND TOOK HER PASSPORT AND THE MANAGER TOUCHED HER. SHE IS 19. I WANT HIM ARRESTED""",
  "wag doc vio", "dt", "L", "h")
E("""Handover: IP (Sudanese male, 17 claimed, age disputed) located in a lorry at Dover Eastern Docks with 9 adults. Smuggler in Calais charged £1,200. IP says nobody in UK is waiting for him and no work was arranged. Passed to Kent Children's Services. No exploitation indicators disclosed at this stage.""",
  "", "", "", "l")
E("""She says that the man she married in Karachi brought her here and she has been living with his parents in Dewsbury. She is not allowed to leave the house, even to the GP. She cooks, cleans and washes for eleven people and is beaten by her mother-in-law if the food is late. Her husband took her wedding gold and her passport.""",
  "res ot vio doc", "rm long dt", "D", "h")
E("""Intel: cannabis grow at former pub, Wolverhampton; two Albanian males 18-19 tending plants, also seen each morning being dropped at a hand car wash on the ring road by the same Audi, VRM LS70 ABC. Believed to be working both sites for the same OCG to clear a crossing debt. 2/B/P""",
  "debt", "early esc", "C L", "m")
E("""Domestic: 999 call, male partner threatening to kill victim tonight with a knife, she has locked herself in the bathroom. Both British, no work or sex exploitation involved. Grade 1 response.""",
  "", "", "", "l")
E("""Ward sister: 31F Hungarian admitted dehydrated and with infected cuts on hands. Works in a chicken processing plant 'every day' and lives in a caravan with 6 others provided by the gang boss 'Laci'. Laci came to the ward twice asking when she can go back and took her phone. Pt very anxious.""",
  "ot cond iso", "app long over isd", "L", "h")
E("""Local paper: Family who 'rescued' Romanian man from homelessness made him work on their building jobs for seven years without pay. Court heard he lived in a garden shed, was fed scraps and told the police would lock him up because he had no papers.""",
  "vul wag cond thr", "poor fear", "L", "h")
E("""Airport Border Force: female travelling with a one-way ticket, says she has a job as a 'hostess' in a London club arranged by her friend's boyfriend. Club address unknown, no contact number, boyfriend paid ticket and will meet her. Safeguarding conversation held; leaflet and helpline given.""",
  "", "", "", "l")
E("""i worked at the takeaway 3 months they paid me every week in cash £280 for 50 hrs, the boss was rude and i quit. he hasnt paid last week. is that slavery""",
  "", "", "", "l")
E("""Victim (Vietnamese, 20) via interpreter: In Vietnam the man said the job is in a restaurant in England, 1,500 pounds a month. In UK they take me to a house in Hull, the windows are covered with black plastic, there are plants everywhere. I sleep on the floor next to the plants. The boss come one time a week, give noodles. He say the police in England will put me in prison for ten years if they find me.""",
  "dec cond thr", "sleep poor fear", "C", "h")
E("""Carer on a live-in placement reports agency deducts £60/week for 'accommodation' at the client's own home and charges for DBS and training upfront. She receives the remainder into her own account and has her passport. She is unhappy but free to change agency.""",
  "", "fee", "", "l")
E("""INT: male 'Babu' recruiting Indian students to work in a sweet factory in Leicester, 35 hrs a week although visa allows 20; pays into students' accounts then requires cash back 'commission' of half. Students scared of losing visas if they complain. 3/C/P""",
  "wag vul", "fear", "L", "m")
E("""Anon: poss brothel at 9 Grange Rd, lots of men visiting late, but girls seem to come and go on their own, one told my wife she rents the room herself and works for herself. Probably fine just letting you know""",
  "", "", "", "l")
E("""Tip-off: the boy who sells the Big Issue outside Waitrose is not a real seller, he's about 12, a woman takes him to different towns in a car every day and he gives her the money. He said he's from Romania and doesn't go to school.""",
  "vul wag", "esc nocw", "C", "h")
E("""Caseworker note: Client (Nigerian, 26) was sponsored as a care worker. On arrival told there were no shifts. Sponsor made her clean the director's house and mind his children for no pay 'until a shift comes'. Director kept her BRP. She sleeps in the children's room.""",
  "dec wag doc", "dt", "D", "h")
E("""Police National Database search: no trace of POI. Vehicle registered to a lease company. NFA.""",
  "", "", "", "l")
E("""Modern slavery helpline log: caller's brother (Polish, 58, alcohol dependent) has been living in a caravan on a farm near Spalding for 10 years, works every day picking and packing, farmer buys his vodka and tobacco and 'looks after his money'. Brother hasn't had a bank card since 2015. He is not allowed to visit family because 'he'll drink'.""",
  "vul ot wag res cond", "poor long nocw rm", "L", "h")
E("""NCA liaison: Albanian male (24) disclosed in immigration detention that a 'friend' in Tirana arranged his travel to the UK and then told him he must give a kidney in Turkey to clear the €18,000 he owed. He was held in an apartment in Istanbul with his passport taken until he ran. He fears the friend's family.""",
  "debt res doc", "rm dt fear", "O", "h")
E("""Transplant coordinator: prospective living donor (not related to recipient) presented with a 'cousin' who answered all questions for him. Donor spoke no English, could not name the recipient's town and appeared underweight. The recipient's family had paid for his flights. Evaluation suspended and HTA and police informed.""",
  "vul", "spk app", "O", "m")
E("""Kidney donation: husband donated a kidney to his wife at the Royal Free, fully assessed by the Human Tissue Authority independent assessor. Both recovering well.""",
  "", "", "", "l")
E("""Intel 1/A/P: source directly observed female 'Rita' being driven between the rear of the Diamond Palace restaurant, where she washes dishes until close, and a flat on Peel St where men are let in by a male who keeps the key. Rita has been heard asking neighbours for bread.""",
  "res", "esc rm app", "L S", "h")
E("""Safeguarding adults referral: Ms T, 38, street homeless and heroin dependent, says a man gives her a bed and drugs and in return she sleeps with his friends and holds packages for him. She says she 'owes him loads'. Bruising on wrists.""",
  "vul debt vio", "app", "S C", "h")
E("""All-caps public report: THE CHINESE RESTAURANT ON HIGH ST HAS THE WAITRESSES SLEEPING UPSTAIRS IN ONE ROOM 8 OF THEM I SEEN THE MATTRESSES THROUGH THE WINDOW AND THEY WORK FROM LUNCH TIL 2AM EVERY SINGLE DAY""",
  "cond ot", "sleep over long", "L", "m")
E("""Debrief: He says the gangmaster collected them in Braşov and they paid 300 lei each for the minibus. In Kent they picked apples. The gangmaster told them on the first day that their passports would be kept 'so no one runs'. He says they had to pay for the room, the bus to the field and the buckets, and at the end of the season they were given £200 each for ten weeks.""",
  "doc wag", "fee dt chg ppe nocw", "L", "m")
E("""INT: Vietnamese female, approx 16, seen working in 'Top Nails' Gillingham; another source reports the same female being taken at night to a residential address where a cannabis grow is suspected. Owner's partner drives her. 2/C/P""",
  "vul", "esc", "L C", "h")
E("""Probation officer: service user disclosed that his uncle makes him sell cigarettes and vapes door to door and hand over all the cash, otherwise he's not allowed in the house. He is 19, has ADHD and lives with the uncle. He is frightened of the uncle.""",
  "vul wag thr", "nocw", "C", "h")
E("""Safer Neighbourhood Team patrol: man sleeping in a doorway on Mill Lane, known to outreach, declined shelter. No concerns of exploitation.""",
  "", "", "", "l")
E("""Statement, nanny (Spanish, 23): I answered an ad on a site for au pairs. The family were lovely, I worked 25 hours a week, I had my own room, weekends off and £100 pocket money a week as agreed. I'm only giving this statement because their neighbour's car was broken into.""",
  "", "", "", "l")
E("""INT: female OPREA recruits Romanian women in Craiova for 'massage work'. In UK they are put in flats in Slough, phones taken, and told their children back home will be taken by social services if they don't earn £500 a day. 2/B/P""",
  "dec iso thr", "isd", "S", "h")
E("""GLAA inspection notes: labour provider operating without licence, supplying 14 workers to a spinach packhouse. Workers paid correctly into own accounts, own housing. Licence breach only; enforcement to follow.""",
  "", "", "", "l")
E("""Police log 14:22: member of the public reports a girl, maybe 13, in a pink coat, crying at the bus station with a man in his 40s who is holding her wrist tightly and shouting 'you work when I say'. Both got on the 14:30 to Bradford. CCTV requested, bus company contacted to hold the bus.""",
  "vul vio", "", "", "i")
E("""CSE: Year 10 pupil (15) disclosed to the school counsellor that she has to 'sort out' her older boyfriend's friends when they come round. He also sends her to Stoke on the train with a rucksack. She said he has videos of her and will post them if she stops.""",
  "vul thr", "", "S C", "h")
E("""Caller, 101: I'm a delivery driver, and I've seen the same three men at the Bridge Lane car wash every day for a year. They look healthy, they chat, they go to the chippy at lunch. I asked one if he was OK, he laughed and said he earns more than me. Just ringing because of the posters.""",
  "", "", "", "l")
E("""INT: Sri Lankan male GNANAM (b.1979) operates convenience store in Tooting; employs 2 male relatives who sleep in the stock room and work 7am-midnight. Relatives' passports held by GNANAM 'for the visa extension'. Relatives receive 'pocket money' and meals only. 2/C/P""",
  "doc ot wag", "sleep long dt", "L", "h")
E("""Teacher: pupil (8) told me that at home she washes up, hoovers and puts her little brothers to bed, and that mummy says she's a big helper. Appears well cared for, attends school every day. Spoke to mum: age-appropriate chores. NFA.""",
  "", "", "", "l")
E("""Victim personal statement: For two years I lived in the back of the van with the others. We tarmacked drives for the family. At night we were locked in the yard with the dogs. When I tried to walk away, 'Big John' found me at the bus stop and kicked me until I couldn't stand. We were given tobacco and sometimes £10. I had nowhere to go, I came out of prison with nothing and he met me at the gate.""",
  "vul cond res vio wag", "poor rm", "L", "h")
E("""Fin crime: Santander detected 'money mule' pattern on account of a 16-year-old; £9k in, £8.9k out to crypto in 48 hrs. Customer's mum called bank: son was recruited at school by an older boy who took his card and PIN and told him he'd be 'done in' if he told anyone.""",
  "vul thr", "nocw", "C", "h")
E("""Referral (Children's Services): 16F British, in care, missing 11 times in 2 months. Found at a house in Derby used for parties, intoxicated. Told staff an older man 'looks after her' and she 'does stuff' for money he keeps. Suspected CSE. Strategy meeting held.""",
  "vul wag", "nocw", "S", "h")
E("""His sister reports he has gone to work in Scotland on a fishing boat and she can't reach him. Follow-up: male contacted, says he has no signal at sea, is fine, paid monthly, and will be home at Christmas. NFA.""",
  "", "", "", "l")
E("""Debrief, Eritrean male: In Libya they held us in a warehouse and said we must pay $3,000 more or they would take a kidney. Some men were taken and came back with scars. I paid with money my brother sent. In the UK I have no one controlling me.""",
  "thr res", "rm", "O", "h")
E("""Council environmental health: house on Moss St, 14 occupants in a 3-bed, all working at the same meat plant; landlord is the supervisor at the plant and takes rent from wages. Mould, broken boiler. HMO licence breach. Workers say supervisor tells them who can have overtime and 'who can stay'.""",
  "cond", "over poor", "L", "m")
E("""Kalayaan note: Overseas domestic worker (Filipino, 41) left her employers in Knightsbridge. She worked 7am to 1am, had no day off in 14 months, slept on the floor of the children's room, and her salary of $400 a month was paid to her employer's agent in Dubai who sent 'some' to her family. Her passport was in the employer's safe. She left with the clothes she was wearing.""",
  "ot cond wag doc", "long sleep nocw dt few", "D", "h")
E("""Housekeeper employed by a family in Chelsea for 6 years, paid £2,400 a month by BACS, own flat, works 8-5 weekdays. She reports her employer's son for stealing her phone. Theft recorded.""",
  "", "", "", "l")
E("""Grandmother (79) lives with her son's family and helps with cooking and school runs; social worker visited after a fall. Family supportive, she has her own money and room. Nothing to suggest she is made to work.""",
  "", "", "", "l")
E("""INT: Polish male KOWALSKI (Marek) b.1975 known to meet vulnerable men at Victoria Coach Station on arrival, offers a bed and job in Northampton warehouses; men's bank accounts are opened by KOWALSKI with his own phone number on them. Wages diverted. 2/B/P""",
  "vul wag", "nocw", "L", "m")
E("""Victim (Slovak, 19, translated): My stepfather sold me to a man in Sheffield. The man said he paid £5,000 for me and I have to marry his brother so the brother can stay in England. After the wedding I was kept in the house, cleaning and cooking. His brother raped me. I could not go out without the mother-in-law.""",
  "res vio", "rm", "C D", "h")
E("""Border Force Stansted: 17-year-old Nigerian girl travelling on an adult's passport with a woman claiming to be her aunt. Girl whispered she was going to 'work for aunty's friend' and that her own passport is at home. Aunt arrested on suspicion of s2 MSA. Girl with Kent Children's Services.""",
  "vul", "", "", "h")
E("""my mate from work says his landlord is a nightmare, hikes rent, wont fix the damp, threatened to chuck him out if he complains to the council. He's british works at asda. what can he do""",
  "", "", "", "l")
E("""Nail bar check (Op Aidant): 'Glam Nails', Hounslow. Two Vietnamese workers aged 18 and 19; both said they live with the owner, who 'takes care of' their wages and gives them £30 a week. Their passports were not produced; owner says they are at home. Both nervous and looked to the owner to answer. Referred to NRM with consent.""",
  "wag", "nocw spk", "L", "m")
E("""Midwife: Pt 19, Romanian, 3rd pregnancy. Boyfriend (late 30s) insists on attending, pays in cash, pt has no phone of her own. Pt disclosed he makes her 'go with men' in cars in the industrial estate. Told midwife he said he'll take the baby if she tells anyone.""",
  "iso thr", "isd spk", "S", "h")
E("""Crimestoppers: lads in Clacton doing shoplifting to order for a man called 'Pops', mostly razors and Lego. Pops gives them a tenth of the value and beats them if they come back empty handed. Some of them are still at school.""",
  "vul vio wag", "", "C", "h")
E("""Construction site induction audit: all operatives have CSCS cards in their own names, agency paid weekly into own accounts, timesheets show 45 hrs a week. Site manager has no concerns. One worker lost his card and was issued a replacement.""",
  "", "", "", "l")
E("""INT: Hand car wash 'Bubbles', A38 layby. Source reports workers Iraqi Kurdish, approx 6, live in a shipping container behind the wash with no toilet, work 8-8 seven days. Boss 'Rebwar' gives them £25 a day but deducts £10 for food. Same boss also sends two of them to a cannabis house at night to water plants. 2/C/P""",
  "cond ot", "sleep poor long", "L C", "m")
E("""Handover: 2 adult males, Chinese, found in a lorry trailer at Holyhead with frozen goods, hypothermic. Say they paid a snakehead in Fujian and were going to 'work in restaurants to pay the rest'. Both in hospital. Immigration notified; debt of 150,000 RMB outstanding, family guaranteed it.""",
  "debt", "app", "L", "m")
E("""Text from woman to helpline: my husband's family brought a girl from the village to look after their old mother. She's 15. She's up all night with the mother, sleeps on a mat by the bed, doesn't go to school, they say she's family but they never let her out. I feel so bad.""",
  "vul ot res", "sleep rm", "D", "i")
E("""Probation: service user (British, 23) on licence for possession with intent. States he sold drugs for a local dealer to pay off a cannabis debt; now clear of it and not in contact. Says he was never threatened. No current concerns.""",
  "", "", "", "l")
E("""Police log: Romanian male (34) attended Bromley custody desk stating 'help, they have my ID'. Via interpreter: he came for farm work arranged by an agency in Iași, paid €500 fee, lives in a barn with 20 others on camp beds, his ID card is with the 'boss' and he has received no wages in 6 weeks because of 'costs'. He walked 9 miles to the station at night.""",
  "doc cond wag", "fee dt over poor nocw", "L", "h")
E("""Report by housing association: tenant (Vietnamese, 50s) has had a room upstairs padlocked and the electricity meter tampered with; smell of cannabis. Tenant says his 'nephews' stay there. Nobody seen coming out. Warrant being sought.""",
  "", "", "", "l")
E("""Victim account (Indian, 35): The agent in Hyderabad took 4 lakh rupees and my passport for a care worker visa. In the UK the care home gave me 60 hours a week but the agent's company took half my pay as 'service charge' for two years. If I complained he said my sponsorship would end and I would be deported. My passport he gave back only when I arrived.""",
  "ot wag thr", "fee long fear", "L", "h")
E("""HM Prison: Albanian prisoner (21) on remand for cannabis cultivation told chaplain he was locked in the house and told his sister in Elbasan would be 'taken' if he ran. Chaplain passed to safer custody; NRM referral made by FR.""",
  "res thr", "rm", "C", "h")
E("""Safeguarding lead at a supermarket: cleaner on the night shift (agency, Ghanaian) says her supervisor takes her pay card and gives her £50 cash a week 'until her debt is paid for the job'. She's been there 8 months.""",
  "wag debt", "nocw", "L", "m")
E("""I want to report that my sister is being kept by her husband. He beats her, doesn't let her have a phone, and locks her in when he goes to work. She doesn't work and nobody else comes to the house. Please check on her, flat 7 Cedar Court.""",
  "vio iso res", "isd rm", "", "i")
E("""Intelligence: Instagram account @ukcashjobs offering '£500 for your bank account for a week' to students in Nottingham. Account controllers are believed to be a Nigerian fraud network. Students recruited so far report no threats. 3/C/P""",
  "", "", "", "l")
E("""DS note: Mule herder 'Smokey' recruits care leavers in Luton, gets them to open accounts and then holds their cards and phones, pays them £100 a month. When one girl tried to close her account he turned up at her flat with two men and said he knew where her little brother went to school.""",
  "vul wag thr", "nocw", "C", "h")
E("""they got a lad, maybe 17, sat in the front of the phone shop all day and he sleeps there too on a blow up bed, the owner's son hits him round the head, i seen it twice""",
  "vul vio", "sleep", "L", "h")
E("""A&E liaison: 24F Thai, presented with vaginal bleeding, accompanied by a woman who paid in cash and refused to leave. Pt indicated by gestures she wanted to speak alone. With Language Line she said she works in a 'massage shop' in Cardiff, cannot leave the flat and the woman has her passport. She has been there 4 months, 'seven days'.""",
  "res doc ot", "rm dt spk long", "S", "i")
E("""Officer's note: attended a car wash after an anonymous tip about 'slaves'. Manager produced payroll and right-to-work checks for all five staff; staff spoken to alone, all said they live in rented rooms of their choosing, hold their own passports and can leave whenever they want. Tip appears malicious, linked to a business rival.""",
  "", "", "", "l")
E("""Debrief (Albanian male, 30): The boss in Birmingham said the job was in a pizza shop. Then he said first I must work in a house with plants to pay for the journey, £20,000. They put a camera in the room. They took my phone. They said if I leave they will know, and my father in Shkodër will get a visit.""",
  "dec debt iso thr", "isd", "C", "h")
E("""Adult social care: Mr J, 62, with early-onset dementia, has been befriended by a couple who now live in his council flat, use his bank card and have him hand out leaflets for their business for free. He sleeps on the sofa; they have the bedroom.""",
  "vul wag", "nocw", "L", "m")
E("""Police intel: van VRM KP66 NNU leaves a farmhouse near Evesham at 04:15 every day with approx 15 passengers and returns around 22:00. Enquiries: licensed gangmaster, workers on own contracts, housing inspected by GLAA last month. No further action.""",
  "", "early", "", "l")
E("""An interpreter's note of what Mrs N said: that she came from Punjab as a bride, that her husband's family made her work without pay in their sweet shop from opening to closing and then do all the housework, that she ate only after everyone else and that her mother-in-law kept her passport 'with the family papers'.""",
  "wag ot doc", "long dt", "L D", "h")
E("""Neighbourhood WhatsApp screenshot forwarded by council: 'new people at 32 again, the men who work on the roofs, landlord brings them in a van, they never seem to have any stuff, like just a plastic bag each, they're moved on every few weeks'.""",
  "", "few esc", "L", "m")
E("""INT: Heathrow hotel staff report that a man books rooms for young women 'models' who arrive from Bucharest and are taken away by car within hours. One woman told a receptionist 'he has my papers, I must go with him'. 2/B/P""",
  "doc res", "dt esc rm", "S", "h")
E("""Press: A couple from Cardiff were convicted of forcing a vulnerable woman to act as their unpaid housekeeper and nanny for 13 years. The woman, who had learning difficulties, slept in a cupboard under the stairs and was not allowed to eat with the family.""",
  "vul wag cond", "poor", "D", "h")
E("""Girls in the flat upstairs never allowed out, man brings food, please send someone.""",
  "res", "rm", "", "m")
E("""Car wash lads paid cash, seem happy, no worries.""",
  "", "", "", "l")
E("""Boy, 14, county lines, held in trap house in Swindon right now, dealers armed.""",
  "vul", "", "C", "i")
E("""Maid at no. 40 works dawn to midnight, no days off, family keeps her passport.""",
  "ot doc", "long dt", "D", "m")
E("""Stolen bike reported from outside the gym, CCTV requested.""",
  "", "", "", "l")
E("""Farm boss holds workers' passports and charges £50 a week for the caravan.""",
  "doc", "dt", "L", "m")
E("""Woman says she can leave the salon whenever she likes and keeps her own passport and wages.""",
  "", "", "", "l")
E("""Vietnamese lad in the cannabis house says he owes £25k and can't go out.""",
  "debt res", "rm", "C", "m")
E("""Uncle takes my wages from the restaurant and sends it home, I get nothing.""",
  "wag", "nocw", "L", "m")
E("""No evidence anyone at the address was being held against their will; occupants all students.""",
  "", "", "", "l")
E("""Kidney for sale advert on Facebook marketplace, seller says he needs money for debts, reported.""",
  "", "", "", "l")
E("""Chinese women moved between brothels in Newcastle every fortnight, never know which town they're in.""",
  "iso", "isd", "S", "h")
E("""Shoplifters in Primark are kids, man in the car park takes the bags off them.""",
  "vul", "", "C", "h")
E("""Had my passport back as soon as the bank account was set up, boss was fine.""",
  "", "", "", "l")
E("""Worker injured by a baler at the recycling plant; HSE informed; employer compliant, worker on full sick pay.""",
  "", "", "", "l")
E("""He said if I told the teacher he'd burn our house down. I carried his bags to Leeds every weekend.""",
  "vul thr", "", "C", "h")
# ---- part 3 ----
E("""INT: Facebook group 'Jobs UK for Moldovans' posts adverts for 'hotel housekeeping, £2,200/month, free flat'. At least 3 women who answered were met at Luton airport by 'Vadim', driven to Leicester and put to work cleaning offices at night and in a laundry by day for £20 a week; 'the rest pays the flat'. 2/B/P""",
  "dec wag ot", "esc long nocw", "L", "h")
E("""Ms R (Sudanese, 33) told the Refugee Council she was promised a job as a cook for an Emirati family visiting London. Once in the flat she was told she would also clean, iron and care for four children, had no bed, ate leftovers, and was told the police would arrest her because her visa was tied to the family. She escaped when the family went to Harrods.""",
  "dec cond thr", "fear", "D", "h")
E("""Bank (HSBC) SAR summary: account of Vietnamese female, 18, receives wages from 'Pretty Nails Ltd' fortnightly; within minutes funds transferred to a third-party account in the name of the nail bar owner's husband. Online banking logins from the owner's IP address. Customer never visits branch.""",
  "wag", "nocw", "L", "m")
E("""School: Year 11 boy (16) has stopped attending; mum says he works at his uncle's garage 'helping out' after school and at weekends, paid £40 a week, happy, saving for a car. Attendance team to follow up on absence; no exploitation concerns.""",
  "", "", "", "l")
E("""Interviewer: did anyone take your documents? IP: No, I have my passport. Interviewer: were you paid? IP: Yes, every week, into my bank. Interviewer: could you leave? IP: Yes, I left when I found a better job. Summary: IP was a witness to a road traffic collision, no exploitation.""",
  "", "", "", "l")
E("""Report of a nail bar in Oldham where the same two young women work every day, the owner drops them at 9 and picks them up at 8, they don't talk to customers, one had a burn on her hand from the UV lamp and wasn't allowed to stop. I think they live at his house.""",
  "ot", "early esc app long", "L", "m")
E("""Durham CID: Two men (British, 19 and 20, both with learning difficulties) were recruited by a local family to 'help with gardening'. In fact they were made to lay block paving across the North East, lived in a horsebox, were given cans of lager and £5 a day. Family told them they would be 'put in a home' if they complained.""",
  "vul dec cond wag thr", "poor", "L", "h")
E("""Organ harvesting: NGO in Nepal reports a UK-resident broker recruiting young men with debts to travel to Sri Lanka to 'donate' kidneys for UK patients; men told they would get $10,000, received $1,000, and several returned unwell. Referred to NCA.""",
  "vul dec", "", "O", "m")
E("""Victim (Ukrainian, 29): I came under the Homes for Ukraine scheme. The sponsor said I must clean his house and his two Airbnbs 'to pay for my room'. Every day. No money. He said if I leave he will tell the council I am a bad guest and I will be homeless. He reads my messages.""",
  "vul wag thr ot iso", "isd long", "D L", "h")
E("""Caller reports large party in a rented house, loud music, people in costumes. Officers attended: birthday party, all adults, music turned down. No other concerns.""",
  "", "", "", "l")
E("""Safeguarding (FE college): student (17, Afghan, UASC) has started arriving exhausted and with cash. He says he works nights at a kebab shop owned by his foster carer's friend. He works until 4am and is paid £3 an hour; the friend 'keeps the rest for his rent'.""",
  "vul ot wag", "long", "L", "h")
E("""Debriefing record: She says the trafficker was her own mother's boyfriend. From age 12 he took her to men's houses in Rotherham. She says she never saw any money. He told her that if she told anyone her mum would be killed. Now 24, she is reporting historic offences.""",
  "vul vio thr wag", "", "S", "h")
E("""INT: 'Bogdan' runs a crew of Romanian men stealing from self-service tills in Tesco and Sainsbury's stores across Essex. Men live in his house in Basildon, he holds their ID cards, takes all goods and gives them food and cigarettes. Men who refuse are beaten. 2/B/P""",
  "doc wag vio", "dt nocw", "C", "h")
E("""GP: Pt (Polish, 45) attended with back pain after lifting at work. Works in a warehouse via agency, 40 hrs, own flat with partner. Advised rest. No social concerns.""",
  "", "", "", "l")
E("""Referral from a women's refuge: resident (Indian, 27) fled her husband who beat her and controlled her phone. She worked in IT and kept her own salary. Refuge notes no exploitation for labour or sex; DA only.""",
  "vio iso", "isd", "", "h")
E("""Police log: attended report of men 'living in a lorry' on an industrial estate in Thurrock. 4 Polish HGV drivers resting, own tachos in order, employer arranges hotels normally but they were between loads. Drivers fine. NFA.""",
  "", "", "", "l")
E("""Caseworker summary: Ms H (Eritrean, 25) was sold between men in Libya and then brought to the UK by a man who put her to work in his mother's house in Luton looking after the mother, who is disabled, night and day. She was also forced to have sex with him. She had no papers, no money and did not know the name of the town.""",
  "vio ot iso", "long isd", "D", "h")
E("""101 online: there's a begging woman with a baby at the station every morning. About 8am a man in a silver Merc drops her off and takes her cup of coins when he collects her at 6. Baby never cries. I think the baby might be drugged?""",
  "wag", "early nocw", "C", "h")
E("""Nottingham MSHTU: Search warrant executed at a two-bedroom flat. 6 women (Brazilian, Venezuelan) found, each said they rent a room from a 'manager' and work independently via online adverts; they keep their earnings less a fixed fee for the room and advertising. Passports in their own bags. Spoken to individually; no one reports being forced. Brothel-keeping offence being considered against manager.""",
  "", "", "", "l")
E("""Victim (male, Vietnamese, 15): After the lorry they take me to a nail shop in Manchester. I clean the floor and do the feet. After the shop close, a man drive me to a house to sell drugs to people who come. I sleep in the shop. They say I owe 16,000 pound. I have no phone.""",
  "vul debt iso", "sleep isd", "L C", "h")
E("""Salvation Army caseworker: client Mr B (Slovak, 37) reports he worked at a food factory via a 'friend' who arranged the job; the friend took his first 3 months' wages as a fee for the job, then let him keep his pay. He now lives independently and wants compensation. Historical; no current risk.""",
  "wag", "", "L", "m")
E("""Online report: theres a man in our street who has two girls about 16 staying at his flat, they come out in short skirts at night and get into different cars, he stands at the window watching them, someone should check""",
  "vul", "", "S", "i")
E("""INT: Diplomatic household in Mayfair employs 3 Indonesian domestic workers; source (former driver) says they work 18-hour days, are not allowed to leave the residence unaccompanied, and receive no wages in the UK 'because they are paid in Jakarta'. Diplomatic immunity applies to principal. 2/A/C - FCDO liaison only""",
  "ot res wag", "long rm esc", "D", "h")
E("""Statement: I'm the manager of a Premier Inn. A guest complained about a man 'with lots of girls' in one room. We checked: a family of six (two parents, four daughters) on holiday. No concerns.""",
  "", "", "", "l")
E("""INT 2/C/P: Unknown Lithuanian male 'Tomas' runs a labour gang at a poultry farm near Thetford. Workers sleep 10 to a static caravan, transported in a windowless van, charged for both. Workers are told they are 'illegal' here despite having settled status, and that police will deport them. TOMAS holds 20+ bank cards in a bum bag and withdraws at the Spar on Friday nights.""",
  "dec thr cond", "over esc chg fear cards nocw", "L", "h")
E("""she told me they said it was a nannying job in london, £300 a week, but when she got here it was a massage place and they wouldnt let her go home. she has no money and no phone now. she's 18, from Vietnam""",
  "dec res iso", "rm isd", "S", "h")
E("""Officer debrief note: IP described being paid £1,400 a month as promised, in his own account, for work as a chef; he complains the employer sponsors his visa and he feels he cannot leave, but he has not been threatened, keeps his passport and has a contract. Advised on switching sponsor.""",
  "", "", "", "l")
E("""Council licensing: massage parlour licence renewal refused after inspection found staff living on the premises, no fire exits, and a sign in Thai telling workers they will be 'fined £100' for refusing a customer. Manager holds staff passports 'for the licence'. Referred to police.""",
  "cond doc wag", "sleep dt", "S", "h")
E("""Ms O (Nigerian, 31) reports her employer, a pastor, brought her to the UK to 'help in the church'. She cleans the church, the pastor's house and cooks for his family every day. She is given no pay and was told her immigration status would be 'sorted' but it never was. The pastor's wife keeps her passport in a drawer.""",
  "dec wag doc", "dt", "D L", "h")
E("""Parent report: my 13 year old son keeps getting messages on a gaming chat from someone offering him money to 'drop a package' in town. He hasn't done it. I've blocked them. Reported to CEOP.""",
  "", "", "", "l")
E("""Trafficking debrief, Pakistani male (28): I paid 12 lakh to a travel agent in Gujranwala for a 'skilled worker visa' in a restaurant. The restaurant did not exist. The agent's cousin in Luton put me in a carpet warehouse, 14 hours, £150 a month, and said I still owe him 5 lakh for the visa. I sleep in the warehouse office.""",
  "dec ot wag debt", "fee long sleep", "L", "h")
E("""Neighbour complaint: foreign men in the flat downstairs are growing something, they are very loud at night and one of them is always watching the street. Officers attended: two men arrested for cultivation, both say they rented the flat themselves and sell the cannabis for profit.""",
  "", "", "", "l")
E("""Social worker case note: J (16, British) found in a crack house in Ipswich with two London males. He was holding 30 wraps. He said 'they took my phone and told me I can't leave till the bag's sold'. He had a black eye.""",
  "vul iso res vio", "isd rm app", "C", "i")
E("""Debt advice charity: client (British, 52) owes £4,000 to a loan shark who calls daily and has threatened to break his legs. Client works as a postman and is not made to work for the lender. Referred to the Illegal Money Lending Team.""",
  "", "", "", "l")
E("""INT: 'Auntie Pat' (Ghanaian, 60s) operates a 'nanny agency' in Peckham. Young women brought from Accra on visitor visas placed with families as live-in help. Families pay the agency; the women receive nothing and must repay 'school fees' the agency says it paid. Several have been moved between families without consent. 2/C/P""",
  "wag debt", "nocw", "D", "m")
E("""PCSO: woman on street asking for money outside Aldi; two other women nearby watching her. When PCSO approached, one of the watchers came over and said 'she doesn't speak English, she's my sister'. The begging woman had bare feet in the cold.""",
  "", "spk app", "C", "m")
E("""Handover to early turn: IP (Romanian, 20s) found walking on the A1 hard shoulder at 03:00, no shoes, one bag with a phone charger and no phone. Says she ran from a 'hotel' where 'the boys' make girls work. Couldn't give the address. Taken to hospital for cuts to feet; declined NRM tonight, Duty to Notify submitted.""",
  "", "few app", "S", "h")
E("""Care Quality Commission inspector: overseas care staff at Meadowview Care Home had contracts requiring them to repay £6,000 if they left within 3 years ('training costs'); rota shows several doing 72-hour weeks; staff share a house owned by the home's director with 3 to a bedroom. Staff told inspector they are afraid to complain as the director 'controls their visas'.""",
  "debt ot cond vul", "long over fear", "L", "h")
E("""I am a chef. My employer is fair, pays on time, overtime paid, I have 28 days holiday. I am only calling because I have heard my friend in another restaurant is treated badly, but I do not know where he works.""",
  "", "", "", "l")
E("""INT suggests nom PETROV (Dimitar) controls 5 Bulgarian women working as cleaners in offices in Canary Wharf at night and in a sauna in Ilford by day where they are also made to provide sexual services. PETROV takes all wages and controls their accounts. 2/B/P""",
  "wag", "nocw", "L S", "h")
E("""Police log: man arrested for drink driving states he is 'just the driver' for a car wash and takes the lads home to their house. Car wash and house checked next day: workers have own rooms, are paid, hold own ID. No offences other than drink drive.""",
  "", "", "", "l")
E("""Victim (Eritrean, 17): I was in a house in Birmingham with other boys. A man called Yonas told us we owe money for the boat. Every day we go to the city centre to sell phones that are stolen. If we come back with nothing we don't eat. He hits the small boys with a belt.""",
  "vul debt vio", "", "C", "h")
E("""Online: the boss at the kebab shop shouts at the staff sometimes, not very nice, but they all seem to live their own lives and go home after. Dont think its slavery just a bad boss""",
  "", "", "", "l")
E("""INT 2/B/P: COLE (Jordan) b.2001, runs 'HOLLY' line from Lewisham to Margate. Recruits looked-after children from children's homes in Kent, transports them in Ubers, keeps them in cuckooed flats for a week at a time. One child (14) has told carers he was made to 'plug' drugs internally.""",
  "vul res vio", "esc rm", "C", "h")
E("""GP letter: Ms W (Chinese, 38), no GP registration before, brought by a man who said he is her 'boss' at a restaurant; she has a chronic cough, burns on forearms and said she sleeps 'in the kitchen'. Man insisted she return to work same day.""",
  "cond", "app sleep spk", "L", "m")
E("""Helpline: caller's daughter (22, British) has moved in with a man who makes her shoplift from Boots every day to 'pay her way' and won't let her have a key or a phone. He hit her last week.""",
  "res iso vio", "rm isd", "C", "h")
E("""Children's services: UASC girl (16, Vietnamese) went missing from foster placement; found a week later in a nail bar in Swansea working 10-hour days with no pay; says the 'uncle' who smuggled her told her to go there to 'clear her family's debt'.""",
  "vul ot wag debt", "long", "L", "h")
E("""Landlord and tenant dispute: tenant says landlord refuses to return £800 deposit and shouted at him on the doorstep; tenant is a nurse and has moved out. Civil matter. No exploitation.""",
  "", "", "", "l")
E("""INT: fishing vessel registered in Newlyn crewed by Ghanaian and Filipino men on transit visas; crew not allowed ashore when in port, skipper keeps seamen's books, crew say they have not been paid for 5 months and are owed 'when the season ends'. 2/B/P""",
  "res doc wag", "rm dt", "L", "h")
E("""Account written by a support worker from the client's words: 'They told me I would be a waitress in Dubai, then London. The man met me at the airport, took my passport "for safekeeping", and drove me to a house with other girls. I didn't know what city. He said I owed £8,000 for the visa and I had to work with men to pay it. Every week it was more because of food and rent.'""",
  "dec doc debt iso", "dt isd", "S", "h")
E("""School attendance officer: Roma family (Czech), 3 children, all attending now after move; parents work at a packing plant via agency. Parents have their own bank accounts and ID. No concerns, just previous absence.""",
  "", "", "", "l")
E("""Fin intel: Post Office staff report a man withdrawing pension and Universal Credit for 6 different adults at the same counter every Wednesday; the adults are Slovak and live at his address; they wait outside in his van.""",
  "", "nocw cards esc", "", "l")
E("""Witness: I work at the garden centre. The landscaping firm next door has a worker, English guy in his 50s, who sleeps in the storage container, he's got a drink problem. Boss brings him cans and a sandwich and has him digging from 7 till dark. I asked if he got paid and he said 'the boss looks after my money'.""",
  "vul cond ot wag", "sleep poor long nocw", "L", "h")
E("""INT: female 'Anca' (Romanian) runs an adult website agency; women advertised in Glasgow and Edinburgh; phone analysis shows Anca sets all bookings and prices; women's earnings paid via card machine to Anca's business account. 3/C/P""",
  "wag", "nocw", "S", "h")
E("""DA referral: 'My brother controls everything, who I see, what I wear, he takes my phone at night and says if I go to my friend's house he'll tell our dad I've got a boyfriend'. 17, British Pakistani, attending college and part-time job at Boots with her own pay.""",
  "vul iso thr", "isd", "", "h")
E("""County lines + CSE: Strategy meeting re A (14). A is running drugs for 'Blade' between Manchester and Blackpool and has been made to have sex with older males at a flat used by the line. A's mother reports A came home with £200 and a new phone, then missing again.""",
  "vul vio", "", "C S", "h")
E("""IP (Slovak, 32) says he came to work in a car wash in Leeds. Pays tax, lives with girlfriend, gets paid. He reported his boss because the boss threatened to sack him for being late. No threats of harm. Employment matter.""",
  "", "", "", "l")
E("""Text message screenshot sent to police by a worried landlady: 'pls help me, they took my passport, i am in the big house with the blue door near the motorway, they make me clean and cook and the man comes to my room at night' - sender is her former lodger, Filipino, 24.""",
  "doc vio", "dt", "D", "i")
E("""Wage dispute: Agency worker says his last payslip was £60 short because of an admin error; agency corrected it the next week. He lives in his own flat and holds all his documents. No further action.""",
  "", "", "", "l")
E("""INT: male 'Chen' is bringing Chinese students on study visas to work in a takeaway in Belfast 60 hours a week; 'Chen' pays their tuition and says they owe him £18,000 each; keeps their BRP cards. Students afraid to go to the university about it. 2/C/P""",
  "ot debt doc", "long dt fear", "L", "h")
E("""Missing person: Polish man (41) reported missing by his sister in Gdańsk after he went to the UK for 'a job on a farm' with a man from their town. Traced to a farm in Lincolnshire; he says he's fine, paid weekly, has his phone and lives in a shared house with his friends. Sister informed. Closed.""",
  "", "", "", "l")
E("""INT 2/C/P: Vietnamese nail bar 'Lily Nails' Chelmsford - owner's brother collects 3 staff from a flat at 08:30 and returns them at 21:30; staff said to be paying off 'papers' to the owner at £500 a month out of a £600 wage. One staff thought to be under 18.""",
  "debt vul wag", "early esc", "L", "h")
E("""Saw a programme about slavery and my neighbours fit it: they have a young Filipina who cleans and looks after the twins. But thinking about it she goes to church every Sunday, has a boyfriend who visits, and goes to college on Tuesdays. Probably nothing.""",
  "", "", "", "l")
E("""Victim statement (translated from Romanian): 'In Romania the man Florin said he knew a farmer in England who pays well. We went with his cousin in a car. On the farm we slept in a barn with chickens. We worked picking leeks in the rain, twelve hours. Florin took our cards "to pay the taxes". When I asked to go home he said I would have to pay him 1,000 pounds for the car. My friend tried to walk away and Florin's cousin beat him with a spade.'""",
  "dec cond ot wag debt vio", "poor long nocw", "L", "h")
E("""Council Adult Safeguarding: Ms E, 58, with schizophrenia, lets her son's friends use her flat to store and sell drugs; they take her benefit money and she sleeps in the kitchen because they use the bedrooms. She told the CPN she's scared of them.""",
  "vul", "nocw", "C", "m")
E("""INT 3/C/P: A man named 'Riz' is arranging marriages between EU women and Pakistani men in Glasgow for immigration purposes. Women recruited from Slovakia are paid £1,000 up front and a further £2,000 after the wedding. No information that women are coerced.""",
  "", "", "", "l")
E("""Field notes (NGO outreach, Sheffield): woman begging at the train station, Romanian, speaks some English. Says she lives with 'the family' who bring her and take the money. She doesn't know how much she makes. She is not allowed to keep anything except for a sandwich. She looks very thin.""",
  "wag", "nocw app", "C", "m")
E("""A&E: 18M British, overdose. Friends say he had been 'working for' a dealer who gave him drugs on credit and then made him sell to pay the debt off, and that the debt kept going up. He was scared because they had threatened his mum.""",
  "vul debt thr", "", "C", "h")
E("""INT suggests that the Albanian-run car wash 'Diamond Valet' (Stoke) uses staff who are also used as cannabis gardeners at a property on Hartshill Rd. Staff are seen carrying bags of compost from the car wash van into the property at night. 2/C/P""",
  "", "", "L C", "m")
E("""Victim (Nigerian, 19), asylum interview summary: She was brought to the UK aged 16 by a family friend who promised school. Instead she was made to care for his children and clean, and his wife beat her with a cooking stick. She was not allowed out. At 18 she was 'given' to a man to sleep with for money.""",
  "vul dec vio res", "rm", "D S", "h")
E("""POI BALOGH (Zsolt) seen at the Peterborough Job Centre with 4 Hungarian men, filling in forms for them; the men do not speak. BALOGH gave his own phone number on all 4 claims. Later seen taking the same men to a potato packhouse at 5am. 2/B/P""",
  "", "spk early esc", "L", "m")
E("""OIC update: Op Harbour. Two women rescued from a flat in Harrow where they were used as domestic workers by a family and also hired out to clean other houses; the family kept all payments. Both have been with the family for 8 years, arrived from Sri Lanka aged 15 and 16. Both have been sleeping on the kitchen floor.""",
  "vul wag cond", "sleep poor nocw", "D L", "h")
E("""Member of public: the men on the scaffolding at the new build are there at 6am and gone by 4, they wave at my kids, they're fine, I only report because my husband says I'm nosy.""",
  "", "", "", "l")
E("""Debrief (Kurdish, translated by phone interpreter): 'The smuggler said in England I will work in a barber shop and pay him £200 a week until £8,000. I cut hair 7 days from 9 to 10 at night. I sleep behind the shop on chairs. He said if I go to the Home Office they will send me to Rwanda.'""",
  "debt ot thr", "long sleep fear", "L", "h")
E("""Hospital safeguarding: young woman brought in by ambulance after a fall from a first-floor window at a flat in Bournemouth. Police found the door had been bolted from outside and three other women inside, who said men visited 'for massage'. Woman had tried to escape.""",
  "res", "rm", "S", "i")
E("""GLAA: Operative at a mushroom farm showed investigators WhatsApp messages from his supervisor: 'if you talk to the inspectors you're finished here and your brother too'. Workers say they are paid properly but the supervisor decides who gets shifts.""",
  "thr", "", "L", "m")
E("""Housing officer: flat let to Mr K is being used by his relatives who have arrived from Pakistan; 9 people in 2 bedrooms. Overcrowding notice served. All adults work or study independently; no evidence of exploitation.""",
  "", "over", "", "l")
E("""INT: girl (15) from a children's home in Telford being picked up by men in taxis, taken to takeaways where she is given alcohol and passed to other men. She has told staff she 'has to' because she owes them for the vodka. 2/B/P""",
  "vul debt", "esc", "S", "h")
E("""Debrief of a Sudanese man (30): 'I worked for a Sudanese man who has a shop in Cardiff. He gave me a bed in his house and food. He paid £150 a week cash for 50 hours. I could leave when I wanted. I left for a better job.' Caseworker: no indicators of exploitation; low pay only.""",
  "", "", "", "l")
E("""Online report (Crimestoppers): THIS MAN SELLS KIDNEYS FROM PEOPLE HE BRINGS FROM AFRICA TO A CLINIC IN TURKEY, he keeps them in a house in Tottenham until they fly, takes their passports, told my cousin he'd get £15000 and he came back with £2000 and a scar""",
  "dec doc res", "dt rm", "O", "h")
E("""Intelligence report, multi-source.

1. Source A (2/B/P) reports that the Golden Dragon restaurant, Market Sq, employs a head chef and two waiters who are the owner's sons; no concerns about them.

2. Source B (2/C/P) reports that a kitchen porter known as 'Ah Ming' (Chinese male, approx 50) sleeps on a mattress in the dry store, works from 10am until the last table leaves, and has not had a day off since New Year. He is believed to owe the owner's brother for his passage and is paid 'when the debt is finished'.

3. The owner is also believed to rent rooms above the shop to students, who come and go freely.""",
  "cond ot debt wag", "sleep long", "L", "h")
E("""Victim account, Ethiopian woman (34), via Amharic interpreter:

She says she worked for a family in Jeddah for 3 years and came with them to London for the summer. In London she was locked in the flat whenever the family went out. She slept in the laundry room. She worked from 5am until the family went to bed, often 2am. She was told that her salary was being sent to her father, but when she phoned him he said nothing had arrived. Her passport was with the madam. When she asked to go home the madam's son slapped her.

She left when a neighbour's cleaner gave her the Kalayaan number.""",
  "res cond ot wag doc vio", "rm sleep long nocw dt", "D", "h")
E("""Report to the council's anti-slavery officer, long and rambling:

'I run a corner shop. Nothing to do with me but I keep noticing a lad, maybe 16, who comes in every morning with a man in his 30s to buy energy drinks. The man pays. The lad looks tired and has cuts on his hands like from a blade or glass. I heard the man tell him "you're in the garden till it's done". There's a house on Orchard Rd where the windows are always covered. Also unrelated, my neighbour's cat went missing.'""",
  "vul", "app", "C", "h")
E("""The man from the agency was nice. He told me the truth about the job: strawberry picking, piece rate, caravans with 4 people, £3 a day for the bus. I had my passport. I paid nothing upfront. I earned about £450 a week. I went home in October with my savings.""",
  "", "chg", "", "l")
E("""Nom ABDULLAHI (Hassan) DOB 12/08/1990 - Benefit fraud network. Claims opened in the names of 11 Somali women living in 2 addresses in Bristol; ABDULLAHI holds their bank cards and gives each £40 a week. Women say they are 'guests' and are not allowed to go to the mosque alone. 2/B/P""",
  "res", "nocw cards rm", "C", "m")
E("""DC note: victim (British, 17) says an older 'friend' got her to open accounts in her name to receive money from online scams; he kept her cards and said if she told anyone he would put her pictures online. She was also asked to recruit friends from college.""",
  "vul thr", "nocw", "C", "h")
E("""Paramedic: called to a house in Bradford for an elderly woman with chest pain. A young woman (Bangladeshi, early 20s) answered the door, said she is the 'servant' and has been with the family since she was 13. She sleeps in the hallway. She wasn't allowed to come in the ambulance. Family spoke for her.""",
  "vul cond res", "sleep spk rm", "D", "h")
E("""Nail technician (British, 29) reports her employer for unfair dismissal. Says she was paid properly but the owner was rude. No modern slavery concerns. Passed to ACAS.""",
  "", "", "", "l")
E("""INT 1/B/P: 'Mo' runs a line from Birmingham into Worcester using a cuckooed flat belonging to a vulnerable man with a learning disability. Mo's runners, aged 15-17, stay there for days at a time and are not allowed to leave until the phone has been 'worked'. The tenant has been assaulted.""",
  "vul res vio", "rm", "C", "h")
E("""Immigration Enforcement: visit to a Leicester garment factory. Workers say they are paid £4 an hour, cash, 60 hrs a week, but they go home each night and keep their documents. Referred to HMRC for NMW breaches. Beyond the low pay and the long hours, no forced labour indicators.""",
  "ot", "long", "L", "m")
E("""Prison officer: new arrival (Vietnamese, 18) sentenced for cannabis production told the interpreter he was kept in the house for a year, the men who brought him have his mother's address in Quang Binh and he is afraid they will find him in prison. He has one set of clothes and no one visits.""",
  "res thr", "rm few", "C", "h")
E("""Caller saw a man dragging a woman by the hair into a van outside a massage parlour on Queen St and drove off towards the M6. VRM partial YD1. Urgent.""",
  "vio", "", "S", "i")
E("""IP's daughter (23, British) went to Ibiza for bar work arranged by a club promoter. Returned safely; reports long hours but was paid and came home when she chose. Mother's concerns unfounded.""",
  "", "", "", "l")
E("""Debrief: Malaysian male (26) recruited for a 'warehouse job' through a Kuala Lumpur agent, paid RM 15,000. In UK worked in a chicken factory via a labour provider who deducted £120 a week for a bed in a room of 6 and £15 for the minibus, and kept his passport 'till the fee is paid'. Left after 4 months with £400 total.""",
  "dec doc cond wag", "fee over chg dt", "L", "h")
E("""School DSL: P (12) says her dad's new girlfriend makes her do all the housework and look after the baby and won't let her go to her mum's. Social worker visited: both parents involved, arrangements being mediated via family court. No exploitation; family dispute.""",
  "", "", "", "l")
E("""Intelligence: 'Lucky' (Nigerian male) controls 4 young men who sell fake designer goods on market stalls in Manchester and Liverpool; he keeps their passports and pays them in food and a room. Men said to have been told they would be arrested and deported if they go to police. 3/C/P""",
  "doc wag thr", "dt fear", "C", "h")
E("""Public report: my daughter's friend 16 works at a chip shop, owner gives her lifts home and buys her vodka and has been touching her, she's scared to quit because he said he'll tell her parents she stole from the till""",
  "vul vio thr", "", "L", "h")
E("""NGO caseworker: Mr S (Indian, 40) came on a Skilled Worker visa for a care home; sponsor licence revoked. He is now unemployed and worried about his visa, but was paid properly and has his passport. Signposted to immigration advice. Not an NRM case.""",
  "", "", "", "l")

# ---- writer ----
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh28.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(ENTRIES, 1):
            f.write(json.dumps({"id": "f28-%03d" % n, "text": text, "indicators": ind,
                                "signs": sig, "exploitation": typ, "risk": risk},
                               ensure_ascii=False) + "\n")
    print("wrote", len(ENTRIES), "to", out)
