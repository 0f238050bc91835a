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
  "", "early esc nocw", "L", "m")
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
  "res doc iso", "rm dt", "S", "i")
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
  "vul", "nocw", "C", "m")
E("""Money mule: 19-year-old student let a man she met on Snapchat use her Monzo account for 'crypto payments' in return for £200. Over £40k passed through. She says she wasn't threatened and stopped when the bank froze the account. Referred to fraud team.""",
  "", "", "", "l")
E("""Tip: nail shop Bridge St the young vietnamese girl who does pedicures is there at 8 in the morning and still there when we pass at 10 at night, she sleeps in the back room i'm sure, the owner drives her everywhere, never seen her alone once""",
  "ot res", "long sleep esc rm", "L", "m")
E("""Intelligence log: POI HOXHA (Ardit) b.1991 seen at cannabis grow address Elm Close on 3 occasions. Delivers food and rotates workers between Elm Close and a nail bar 'Glamour Nails' in Luton. Workers (Vietnamese males, 17-20) do the nails in the day and watch the plants overnight. 1/B/P""",
  "vul ot", "long", "C L", "h")
E("""Midwife note: 22F booking appt, Romanian, 24/40. Attends with 'manager' who holds her documents and asked to be present in the room. Pt disclosed when alone she sees 'clients' in a flat and has to give all money to him. She does not know the address. Safeguarding referral made, pt did not want police.""",
  "doc wag iso", "dt spk nocw", "S", "h")
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
  "debt res", "rm esc", "C", "h")
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
  "res", "app early esc rm", "L", "h")
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
  "doc cond", "dt over", "L", "h")
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
  "vul", "spk app", "O", "h")
E("""Kidney donation: husband donated a kidney to his wife at the Royal Free, fully assessed by the Human Tissue Authority independent assessor. Both recovering well.""",
  "", "", "", "l")
E("""Intel 1/A/P: source directly observed female 'Rita' being driven between the rear of the Diamond Palace restaurant, where she washes dishes until close, and a flat on Peel St where men are let in by a male who keeps the key. Rita has been heard asking neighbours for bread.""",
  "res", "esc rm app", "L S", "h")
E("""Safeguarding adults referral: Ms T, 38, street homeless and heroin dependent, says a man gives her a bed and drugs and in return she sleeps with his friends and holds packages for him. She says she 'owes him loads'. Bruising on wrists.""",
  "vul debt vio", "app", "S C", "h")
E("""All-caps public report: THE CHINESE RESTAURANT ON HIGH ST HAS THE WAITRESSES SLEEPING UPSTAIRS IN ONE ROOM 8 OF THEM I SEEN THE MATTRESSES THROUGH THE WINDOW AND THEY WORK FROM LUNCH TIL 2AM EVERY SINGLE DAY""",
  "cond ot", "sleep over long", "L", "m")
E("""Debrief: He says the gangmaster collected them in Braşov and they paid 300 lei each for the minibus. In Kent they picked apples. The gangmaster told them on the first day that their passports would be kept 'so no one runs'. He says they had to pay for the room, the bus to the field and the buckets, and at the end of the season they were given £200 each for ten weeks.""",
  "doc wag", "fee dt chg ppe nocw", "L", "h")
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
  "res", "rm", "", "h")
E("""Car wash lads paid cash, seem happy, no worries.""",
  "", "", "", "l")
E("""Boy, 14, county lines, held in trap house in Swindon right now, dealers armed.""",
  "vul", "", "C", "i")
E("""Maid at no. 40 works dawn to midnight, no days off, family keeps her passport.""",
  "ot doc", "long dt", "D", "h")
E("""Stolen bike reported from outside the gym, CCTV requested.""",
  "", "", "", "l")
E("""Farm boss holds workers' passports and charges £50 a week for the caravan.""",
  "doc", "dt", "L", "m")
E("""Woman says she can leave the salon whenever she likes and keeps her own passport and wages.""",
  "", "", "", "l")
E("""Vietnamese lad in the cannabis house says he owes £25k and can't go out.""",
  "debt res", "rm", "C", "h")
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
  "thr", "", "C", "h")

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
