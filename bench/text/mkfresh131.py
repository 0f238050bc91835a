#!/usr/bin/env python3
"""Builds bench/text/fresh131.jsonl from hand-written texts and labels below.

Label string: lowercase = ILO indicator, UPPER = sign, @X = exploitation type,
!i / !h = explicit risk override (immediate / high, e.g. child). Otherwise risk is
derived from the labels with the convention in the brief.
"""
import json, os

IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement",
           iso="isolation", psv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(PA="physical_appearance", ISO="isolated", PLC="poor_living_conditions",
           OC="overcrowded_accommodation", SWP="sleeps_at_workplace", FPE="few_personal_effects",
           RM="restricted_movement", CEDL="collected_early_dropped_late", FOA="fear_of_authorities",
           UF="upfront_fees", DT="documents_taken", ET="escorted_transport", CT="charged_transport",
           LH="long_hours", PPE="ppe_charges", NCW="no_control_of_wages", SFW="speaks_for_workers",
           MBC="multiple_bank_cards")
EXP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("rd", "DT"), ("rom", "RM"), ("eo", "LH"), ("iso", "ISO")]

T = []
def E(text, labels=""):
    T.append((text, labels))

# ---- part 1 ----
E("NRM referral (First Responder: Salvation Army). PV female, 34, Romanian. Recruited in Constanta by a cousin's friend with the offer of packing work in Peterborough at £9/hr. On arrival her ID card was taken 'for the agency paperwork' and never returned. Lived in a 3-bed house with 14 others. Told she owed £600 for the minibus and the room and this was taken from her wages each week; most weeks she received about £40. Left when a coworker gave her the helpline number.",
  "dec rd ww db ac DT OC NCW CT @L")
E("Duty to Notify (s52) — anonymous adult male, Vietnamese, found at cannabis grow in a loft conversion, Bolton. Declined NRM. States he paid 'the travel people' in Hanoi and still owes them. Door to the grow room padlocked from the landing side; food passed in by 'uncle'. Evidence of sleeping mat among plants.",
  "db rom ac UF SWP PLC @C")
E("Request for advice from Border Force Heathrow: pax arrived from Lagos, female 19, states she is visiting an aunt, has return ticket, own passport, aunt attended arrivals hall with ID and matching address. Officer had no concerns after speaking to both separately. Advice given, no further action.",
  "")
E("Europol liaison: Slovak OCG suspected of moving adults with learning difficulties to the UK for work in recycling plants in the West Midlands. Victims reportedly recruited from a shelter in Košice, bank accounts opened in their names in UK and cards held by the group leader. Wages paid in but victims receive cigarettes and food only. Request for checks on 3 named nominals and 2 addresses.",
  "av ww NCW MBC @L")
E("Intel log 2/B/P. INT suggests POI NGUYEN Van (DOB 03/02/1989) is running nail bar on High St using young VN females who live above the shop. Staff seen arriving 0800 and leaving after 2200, 7 days. POI holds passports 'for safekeeping'. Staff do not speak English and POI answers all questions from customers.",
  "eo rd av LH DT SWP SFW @L")
E("101 call: caller reports loud music and arguing from flat above, thinks they are having a party every weekend. No other concerns. Advised to contact council noise team.",
  "")
E("public report via online form: there is a car wash on the ring road where the lads sleep in the portacabin out back i seen them washing cars at 7am and still there at 9 at nite they look so skinny and one had no shoes on in the cold. sumthing not right",
  "eo ac LH SWP PA PLC @L")
E("Interpol notice circulated via NCA: Albanian national, male, 17, reported missing from foster placement in Tirana area. Family say he left with men who promised him work in a London car wash. Believed to have entered UK by small boat. Request UK partners flag if encountered.",
  "dec av !h @L")
E("Safeguarding referral (school DSL): Year 10 pupil, 15, has been missing from school for several days at a time, returns with new trainers and two phones. Told a teaching assistant he 'goes to the coast to work for a mate' and that he 'can't stop now or he has to pay back the stuff that got robbed'. Mum says he has been picked up by cars at 2am.",
  "av db CEDL @C !h")
E("Kidney transplant patient, male, 52, British, listed for a living-donor transplant from his brother at a UK transplant centre. Human Tissue Authority assessor interviewed donor separately; donor acting freely, no payment or pressure. Routine notification only.",
  "")
E("Embassy of the Philippines (Labour attaché) forwarding complaint: Filipina domestic worker came to the UK with a Gulf family on an overseas domestic worker visa. She states she worked from 6am to midnight caring for four children, had no day off in 11 months, slept on the floor of the children's room, and her employer kept her passport in a locked drawer. She was paid nothing in the UK; her employer says salary is 'sent home to her family'. She fled while the family were shopping in Knightsbridge.",
  "eo ac rd ww LH DT SWP NCW @D")
E("GLAA inspection note: labour provider supplying pickers to a Herefordshire farm. Workers charged £35 for hi-vis and boots on first day, deducted from first pay. Otherwise payslips correct, workers hold own documents, accommodation in caravans inspected and adequate. Licence condition breach raised re PPE charges.",
  "PPE")
E("Victim debrief (via Tigrinya interpreter). She says that the man in Libya told her there was cleaning job in England and he would pay everything, she would return the money after. When she came to the UK she was taken to a flat in Leeds and the man said now she must work with men to pay back 8000 pounds. She says they did not let her go outside alone, a woman was always with her. She says one man hit her when she refused a client.",
  "dec db rom psv av RM ET @S")
E("Police intel 3/C/P. Source states males of Eastern European appearance collected from address on Cromwell Rd 0530 daily by white Transit VRM unknown, dropped back 2100+. Unknown what work. No further detail.",
  "CEDL")
E("i want to report my neighbour he is using a builder from poland and he pays him cash in hand so he doesnt pay tax. the builder goes home every nite in his own van and seems happy enough. i just think its wrong",
  "")
E("Caseworker note (Medaille Trust safe house): client A, Polish male 47, alcohol dependent, was approached outside a soup kitchen in Gdańsk and offered work and a flat in the UK. Worked on building sites in Luton. Gang leader 'Marek' collected his wages and gave him beer and £10 a week. Was told if he left they would find him and break his legs. He says he could not read the English letters so did not know what his bank was doing.",
  "av dec ww it NCW @L")
E("Midwife booking appointment: 17 yr old, 24 weeks pregnant, attended with a much older man who answered every question and would not leave the room. Patient appeared frightened, had bruising to upper arm, no ID or phone of her own. Man gave address that does not exist on system. Safeguarding referral made.",
  "av psv iso SFW PA FPE !h")
E("Bank financial crime alert: 11 debit cards in different names used at the same ATM on Stratford Broadway within 20 minutes, pattern recurring each Friday. Account holders all Romanian nationals aged 19-24 registered at the same HMO. Salaries paid in from a food-processing labour agency are withdrawn in full the same day.",
  "ww MBC NCW OC @L")
E("Handover note: ongoing job at 14 Larch Way. Two adult females located in upstairs bedroom, door was locked from outside with key in it. Both Chinese nationals, no English, appear to be selling sex (condoms, adverts on AdultWork found). One has bruising to face. Taken to suite, interpreter booked. Male at address arrested.",
  "rom psv av RM PA @S")
E("Request for advice from Kent CC: a 16 year old Vietnamese boy arrived via lorry, now in care. Asks us whether he should be referred to the NRM. He has said nothing about working for anyone and says he came to join an uncle in Birmingham. No indicators disclosed so far. Advised LA can refer if concerns arise; age is not in itself exploitation.",
  "")
E("Restaurant owner called 101 to report that a former chef is claiming he was not paid for his last week. Owner states payroll was delayed by the bank and he has now paid. Chef confirms he has his money, lives in his own flat and has started a new job. Civil matter.",
  "")
E("Intel: male known as 'Tall Ricky' running line from Liverpool into Aberystwyth. Using 14 yr old female to hold the phone and drugs in her clothing. She has been reported missing x6. 1/B/C — not to be disclosed to social care without OIC authority.",
  "av @C !h")
E("NRM referral by Home Office (IECA route): Indian national, male, 29, came on a skilled worker visa as a care assistant at a residential home in Norfolk. Paid an agent in Kerala £18,000 for the certificate of sponsorship. Told he would have 37.5 hrs; actually did 70+ hrs with night shifts back to back. Employer deducts 'visa repayment' of £800 a month and says if he complains the sponsorship will be withdrawn and he'll be deported.",
  "dec db eo it av UF LH @L")
E("Statement of witness: I work at the garage next door to the hand car wash. The lads there are always cheerful, they get a lunch break because I see them in the cafe, and the manager is a decent bloke who I've known for years. I've got no reason to think anyone is forced.",
  "")
E("Crimestoppers: there is a woman who lives with the family at no 8 she does all there cleaning and takes the kids to school and I never see her go anywhere on her own, the wife shouts at her in the garden. she looks thin and wears the same clothes every day",
  "rom RM PA FPE @D")
E("Immigration Enforcement visit to a takeaway in Swansea. Two workers found with no right to work, both Bangladeshi. Both live in their own rented rooms elsewhere, are paid weekly in cash at the going rate, and said they could leave. Civil penalty notice issued to employer. No trafficking indicators identified.",
  "")
E("Debrief, first person, translated from Romanian: 'I was told I will work in a hotel. When I arrived he said the hotel is closed, I must stand in the street and ask for money. Every evening I give him everything. If I have less than 50 pounds he beats me with a belt. I sleep in a garage with six other persons.'",
  "dec ww psv ac OC PLC @C")
E("Safeguarding adults referral (GP): patient with moderate learning disability, 38, lives with an acquaintance who moved in last year. Patient's PIP and ESA are now collected by the acquaintance, patient says she is 'given some for sweets'. Patient well-dressed, no injuries, says she is happy. Referred to adult social care.",
  "NCW")
E("Police intel 2/C/P: Large cannabis grow suspected at former pub, Station Rd. Windows blacked out, strong smell. No information on occupants.",
  "")
E("NGO referral (Unseen helpline): caller is a Sudanese man working at a meat processing plant via an agency. Agency gives him shifts of 12 hrs, 6 days, but he says he chose the overtime and is paid for all hours; he is calling because his housing is damp and the landlord (not the agency) won't fix it. Advised on housing rights. No modern slavery indicators.",
  "")
E("Europol request: Hungarian investigation into 'Kovács' network placing women in pop-up brothels in Manchester, Glasgow and Cardiff, advertising on escort sites. Victims told they would be cleaners. Phones taken on arrival, moved every 3 days. Network takes 100% of earnings 'for debt'.",
  "dec iso ww db @S")
E("A&E note: male, 23, Eritrean, attended with deep laceration to hand from angle grinder. Works at a scrapyard. States employer drove him in and is waiting in car park. Patient speaks little English. When nurse asked if he is safe he looked at the door and said 'please don't tell him'. Patient left before stitches complete.",
  "FOA ET @L")
E("Press summary: A couple from Bedfordshire were jailed for keeping a man with learning disabilities in a shed in their garden for 13 years, where he worked unpaid on their paving business. The court heard he was fed scraps and made to wash in a bucket.",
  "av ac ww PLC @L")
E("Intel 2/B/P: IP (female, 22, Nigerian) disclosed to support worker that 'madam' in Lagos made her swear an oath at a shrine before travel and said her mother would die if she did not pay back 35,000 euros. Now selling sex from flat in Croydon.",
  "it db @S")
E("my friend from church works at hotel as housekeeper, they make her do 16 rooms in 4 hours and pay per room so she gets less than minimum wage. she wants to leave and start at another hotel next month. what are her rights",
  "")
E("Local authority children's services: Albanian unaccompanied minor, 16, went missing from supported accommodation in Hounslow 3 days after arrival. Found by police in a house in Kent guarding cannabis plants; told officers a man drove him there and said he owed £15k for the lorry trip.",
  "av db @C !h")
E("Au pair, German, 20, contacted helpline to ask whether she has to tell her host family 2 weeks before leaving. She works 25 hrs a week, gets £100 pocket money, has her own room and evenings off. No concerns; information given.",
  "")
E("Council licensing (HMO) inspection, 22 Brunswick St: 19 men in a 4 bedroom house, mattresses in living room and kitchen, one toilet. Landlord states tenants are all employed by his brother's warehouse agency and rent comes straight off their pay. Tenants would not speak in front of him.",
  "ac OC PLC NCW SFW FOA @L")
E("Debrief account: 'They told me in Ho Chi Minh I would be a chef. In England there was no restaurant, only a house with plants and lights. I could not go out, the windows had boards. The boss came every three days with rice and noodles. He said if the police come I go to prison for a long time, better stay quiet.'",
  "dec rom ac it iso RM FOA @C")
E("Call summary 999: female caller whispering, states she is in a flat above a shop, man has her passport and says she can't leave until she's paid. Line went dead. Location from cell site approx. Units dispatched grade 1.",
  "rd db rom DT RM !i")
E("GLAA intelligence: gangmaster supplying shellfish processing workers in Grimsby; workers allege they are told they must use the company minibus at £15 a day even when they live within walking distance.",
  "CT")
E("Duty to Notify: adult Chinese female, encountered at massage parlour in Reading. Declined NRM, said she is fine and only wants to go home. Lives on the premises. Manager holds her phone during shifts. Officers noted minimal belongings in a holdall.",
  "SWP FPE iso ISO @S")
E("Handover: 2 x Romanian males found sleeping in car in Tesco car park, Boston. Both say they came for farm work but the farm job ended. Both have own IDs and phones, are in contact with family and are looking for new work. Signposted to homeless services. No exploitation disclosed.",
  "")
E("Sham marriage: registrar reported a planned marriage between a British man with a learning disability and a Pakistani national. Man's sister alleges he was taken out of the country and told he must marry or his family would be shamed, and the bride's family paid the man's 'friend'. Referred to Forced Marriage Unit.",
  "av it")
E("Police intel 2/B/C: POI 'Luca' (Romanian) is driving Romanian females from Leicester to hotels in Nottingham for sex work. Females do not hold their own phones; 'Luca' books the rooms and adverts. Disseminate only to MSHT team.",
  "iso ET @S")
E("We have a young lad staying with us in the spare room who does a bit of gardening for pocket money while he finishes his college course. He is my nephew from Lithuania. Can we get into trouble for this?",
  "")
E("Caseworker update: client (male, 41, British, ex-prisoner, homeless) was approached by a family running a tarmac business offering 'a roof and work'. Lived in a horse box on their site for 4 years. Worked laying driveways 7am-8pm every day including Sundays, given food, tobacco and occasional £5. Beaten with a spade after asking for wages.",
  "av ac eo ww psv LH PLC @L")
E("Interpol diffusion: Indian police investigating a Delhi-based broker recruiting poor villagers to 'donate' kidneys at a private clinic abroad for promised payments of USD 5,000; several donors received nothing and were left with complications. Possible UK recipients sought.",
  "dec av @O")
E("fishing boat in the harbour the filipino crew cant come ashore the skipper says. they been on board for 3 months and one told me they aint been paid since they started, he was scared to talk",
  "rom ww RM FOA @L")
E("Probation note: service user reports his nephew (19) has been 'working for' a man who lets him stay in his flat. On questioning, the nephew cleans and cooks and is given a bed; no drugs involvement; the man is his godfather and the nephew attends college. No concerns identified.",
  "")
E("Safeguarding referral from nail salon customer: the girl doing my nails looked about 14, she said she doesnt go to school, she works every day and the boss lives with her. Her English was very limited.",
  "av eo LH @L !h")
E("NRM referral (police): 3 Polish men found at a farm near Wisbech. Recruited via Facebook advert for 'good money in England'. Told on arrival they owed £400 each for transport and first month's rent. Pay goes into accounts the gangmaster opened; they are given £50 cash a week. Live in a static caravan with no heating, 8 to a caravan.",
  "dec db ww ac NCW OC PLC @L")
E("Victim debrief. 'My boyfriend brought me from Bucharest. In London he said we need money for our future, I must do massage. Later it was sex with men. He keeps all the money for our future he says. He checks my phone every night and if someone message me he hits me.'",
  "dec ww psv @S")
E("A man came into the pharmacy buying large amounts of plasters and painkillers, said they were for his workers at the car wash who get chemical burns. Said he'd 'sort it himself' rather than taking them to the doctor.",
  "ac PA @L")
E("Police log: report of 3 youths shoplifting in Primark, Oxford St. Detained by security. All British, aged 15-16, local, say they did it for a laugh. Parents attended. Community resolution.",
  "")
E("Europol: joint investigation team with Romania into begging network. Children from Romanian villages brought to UK with adults who are not their parents, made to beg outside supermarkets in Birmingham. Daily quota of £60 and beaten if short. Documents held by ringleader.",
  "av psv rd @C !h")
E("Care home whistleblower: overseas carers recruited from Zimbabwe and Nigeria were charged £5,000 each for sponsorship by the home's director. They are now being told they owe a further £3,000 'training bond' if they leave within three years, and their rota shows 60-72 hours a week.",
  "db eo UF @L")
E("GLAA licensing: warehouse labour provider, good practice noted. Workers' contracts in their own language, no fees charged, transport optional and free, payslips clear, accommodation not provided. Licence renewed.",
  "")
E("Intel 1/A/P: Officer observed 6 females of Asian appearance being escorted from a minibus into unit 4B of industrial estate at 0600. Same minibus collected them at 2330. Unit has no signage.",
  "CEDL ET LH")
E("Victim statement (Albanian interpreter): 'He was my boyfriend in Albania. He said come to London, we marry. Here he put me in a flat and said I must sleep with men. When I said no, he burned my arm with a cigarette. He said he will send the photos to my father.'",
  "dec psv it @S")
E("Referral from Refugee Council: Sudanese male, 30, asylum seeker. Worked unpaid for 2 months in a car wash in exchange for a room because he has no right to work. Owner told him if he complains he will call the Home Office. He is free to come and go otherwise.",
  "av ww it FOA @L")
E("Domestic abuse report: woman states her husband controls the money and checks her phone. No work involved, she does not work. Both British. DASH completed, medium risk.",
  "")
E("Public report: saw a man dragging a girl into a car on the estate, she looked about 13 and was crying. Reg starts WR6. Happened 5 min ago.",
  "av psv !i")
E("Caseworker note: Client is an Eritrean woman, 26, who says she was told in Khartoum she would be a nanny in London. She was instead kept in a house in Birmingham doing cleaning and cooking for a family of eight. She was not allowed a phone and did not know the address of the house. She slept in the kitchen.",
  "dec iso rom ac SWP @D")
E("Request for advice from Spanish Policía Nacional liaison: Spanish victim of labour exploitation in Murcia greenhouses named a UK-based recruiter. No UK activity known. Advised re intel checks; nothing trace.",
  "")
E("INT: NOM JOHNSON Kyle (DOB 12/09/2001) believed to have taken over flat of vulnerable heroin user, Flat 3 Priory Ct, to deal crack and heroin. Occupant (male 55) now sleeping on his own sofa and 'not allowed' in the bedroom. Occupant given drugs in lieu of rent. 2/B/P",
  "av @C")
E("text to helpline: my cousin works in a factory in leicester sewing clothes he gets £3 an hour and works 12 hours days. the boss is ok he lets him go home and he can quit but the pay is rubbish",
  "eo LH @L")
E("A&E: 19 yr old female, Romanian, presenting with STI symptoms and bruising, accompanied by 'boyfriend' who wouldn't leave. She later wrote on a paper towel 'help me he sells me'. Police called, she is still in the department with him.",
  "psv SFW PA @S !i")
E("Immigration: Chinese national, female 45, overstayer, arrested at a hotel after a complaint about drugs. She says she had a dispute with a friend. No work, no indicators. Placed in detention.",
  "")
E("NRM (local authority, adults): Slovak Roma couple, both 30s, brought by a relative to work in a car wash in Derby. Relative 'looks after' their bank cards and hands them £20 each on a Friday. They have never had a payslip. Work 8am-7pm every day.",
  "ww eo NCW LH @L")
E("School referral: pupil aged 13 says her older 'boyfriend' (20) buys her alcohol and takes her to parties where she has to 'be nice to his mates'. She says one of them had sex with her when she was drunk.",
  "av psv @S !h")
E("Duty to Notify: Adult male, Ghanaian, recovered from a cannabis factory in Middlesbrough. He says a man in Accra arranged his visa and he was meant to work in construction. He states he was locked in and fed once a day. He refused NRM because he fears removal.",
  "dec rom ac FOA RM @C")
E("Financial intelligence: student from Nigeria, 21, account receiving many small transfers from unconnected persons and paying out to crypto exchange. On interview said a man on Instagram promised £300 to 'borrow' the account. No evidence of coercion; he was warned about money muling.",
  "")
E("Intel 2/B/P: Address 41 Oak Terr used as a brothel. INT suggests two Thai females resident, adverts on Vivastreet, females say they work for themselves and keep their money, rent paid to landlord. No evidence of control.",
  "")
E("Embassy of Vietnam: request for assistance locating a Vietnamese citizen (M, 17) whose family in Nghe An received a call demanding USD 20,000 to 'release' him from work in the UK. The caller said the boy would be harmed if the money was not sent.",
  "av it !h @L")
E("Social worker note: older woman with dementia living with her adult son, who receives her pension and carers allowance. Some concerns about her hygiene. No work or exploitation; carer stress referral made.",
  "")
E("Victim debrief, first person: I am from Pakistan. Uncle got me a job in a shop in Bradford. I work 7 days, from 7 till 11 at night. Uncle says my wages go to my father in Pakistan, I never see it. I sleep in the storeroom on boxes. I do not have my passport, uncle has it. I am not allowed to talk to customers more than necessary.",
  "eo ww ac rd iso LH SWP DT NCW @L")
E("hi we are worried about the lady at 17 church rd she has lots of men coming at all times of day and night, i think its a brothel but she seems to be on her own and drives her own car. dont know if shes forced",
  "")
E("Police intel 2/C/P: Albanian OCG using Albanian men smuggled by small boat to tend cannabis grows across Essex. Workers are told their family in Albania will be visited if they leave. Some housed in the grow properties.",
  "it SWP @C")
E("Home Office Reasonable Grounds minute: PV (female, 32, Brazilian) worked as a live-in housekeeper for a businessman in Surrey. She states she was paid £400 a month for six days a week, 12 hours a day. She had her own passport, phone and a day off, and left when she found a better job. Negative RG: low pay but no indicators of forced labour.",
  "")
E("Hotel concierge: a man checks in with two young women every Friday, he pays cash, they never speak and he holds their room keys. The women seem very young, possibly under 18. Rooms have lots of male visitors.",
  "av @S !h")
E("GLAA: workers at a bulb packhouse told inspectors the supervisor keeps their bank cards 'so they don't lose them' and gives them cash on Sunday. Deductions for rent and transport are not itemised.",
  "ww NCW CT @L")
E("Interpol: Romanian police request: witness protection for victim of organ trafficking who alleges she was taken to the UK and pressured into agreeing to sell part of her liver; she withdrew and was threatened by the broker.",
  "it @O")
E("NRM: Sudanese male, 24. Worked in a hand car wash in Nottingham for 14 months. Lived above the wash in a room with 6 mattresses. Owner said the Home Office would arrest him if he left. Was paid £150 a week for 6 days of 11 hours. Says he could go out in the evenings.",
  "it ac eo OC SWP LH FOA @L")
E("Welfare check: elderly man reported missing, found safe at his daughter's house. No concerns.",
  "")
E("Debrief (via interpreter): She says she came from Manila as a nanny for a diplomat. She says madam took her passport at the airport and she has not seen it since. She says she was only allowed out to take the children to school, always with the driver. She says madam slapped her when the baby cried.",
  "rd rom psv DT RM ET @D")
E("Border Force, Stansted: group of 5 Bulgarian women aged 19-23 travelling with one male who held all their passports and return tickets and answered all questions. Women said they were coming to work 'in a club'. Male refused entry; women given leaflets and safeguarding advice.",
  "rd DT SFW")
E("Caller to 101: my brother has been working at a warehouse through an agency and they charged him £200 to register. He's been paid properly since and has his own account. Is the fee legal?",
  "UF")
E("Intel 2/B/P: County line 'DANNY' operating in Ipswich. Runners aged 14-16 from Tower Hamlets. INT suggests one runner recently stabbed in the leg as punishment for losing a package; runners told they owe the value of the lost drugs.",
  "av psv db @C !h")
E("Safeguarding (health visitor): family of five, Indian, living with grandparents in a 3 bed house; the mother's sister lives with them and helps with the children. She is studying and has her own money. No concerns.",
  "")
E("my mates dad owns a farm and he has lads from romania working there every summer, they stay in caravans, i been there its nice they have a telly and a kitchen and he pays them every week. just want to say not all farms are bad",
  "")
E("Caseworker note (BAWSO): client, Nigerian woman, 28, was brought to Cardiff by a 'sponsor' for domestic work. Sponsor's wife forced her to work from 5am until after midnight, called her 'animal', made her eat leftovers from the bin. Sponsor raped her on several occasions. She was told she had no papers and the police would deport her.",
  "eo ac psv it LH FOA @D")
E("Probation: young man, 18, on licence says he was made to sell drugs on a line at 16 after being robbed and told he had a 'debt'. He is now out of it, living with his grandma, not in contact with the group. Historic.",
  "av db @C")
E("INT 3/C/P: Source believes an Indian takeaway on Queen St uses illegal workers. Source has no further detail and bears a grudge against the owner.",
  "")
E("Police handover: Man (Polish, 60) found at a farmhouse in Lincolnshire living in a stable with no toilet, no heating. States he has worked for the farmer 'many years' for food and cigarettes. Has no idea where his ID card is — farmer 'looked after it'. Appears malnourished. Adult social care and ambulance attending.",
  "ac ww rd PLC PA DT @L")
E("Request for advice from Police Scotland: male, 25, Vietnamese, arrested at a nail bar in Glasgow with no right to work. Says he came to work for his aunt, gets paid, lives with aunt's family, goes out with friends. Should an NRM be made? Advised no indicators disclosed; can refer if anything further.",
  "")
# ---- part 2 ----
E("Car wash Wolverhampton Rd - lads never paid, boss keeps it all. Smelled of chemicals.", "ww @L")
E("Man at bus stop says boss took his passport. Romanian. Works at chicken factory.", "rd @L")
E("Girl approx 14 getting into cars with older men outside takeaway most nights.", "av @S !h")
E("Neighbours' builder parks his van across my drive every morning, rude when asked.", "")
E("Nail bar staff sleep in the back room, I've seen the mattresses.", "SWP @L")
E("INT 2/B/P: 3x VN males living at cannabis grow, 22 Elm Rd, locked in by handler.", "rom ac SWP @C !i")
E("Caller reports lost passport at Victoria Coach Station, student from Malaysia. Crime ref given.", "")
E("he says if she talks to police her little brother back home gets it", "it")
E("Woman selling sex from flat says she's independent and keeps what she earns.", "")
E("Worker says the gangmaster charges £60 a week for the van to the fields.", "CT")
E("Lad of 15 from Manchester arrested in a trap house in Cumbria, 80 wraps on him.", "av @C !h")
E("Kitchen porter says he's paid £20 a week, boss keeps the rest for 'food and bed'.", "ww @L")
E("Eritrean woman told she owes £9,000 for the crossing, paying it back by cleaning houses for the smuggler's wife.", "db @D")
E("No concerns — workers had own phones, passports and bank cards. Accommodation fine.", "")
E("Door was bolted from the outside, she had to knock for food. She's still in there now.", "rom ac RM !i")
E("Polish lad working on a site, paid properly every week, just wants help with his tax return.", "")
E("Long account from a victim debrief conducted at a reception centre, translated from Vietnamese. He says: 'I am 16 years. My family borrowed money from a man in the village so I can go to England and work in a nail shop and send money home. We travelled through Russia, then in lorries, many weeks. In France a man took my phone and said I don't need it now. In England I was driven at night to a house. Upstairs there were plants and big lights, very hot. The man said I must water the plants and sleep there, and I cannot go out because police will catch me and put me in prison. He locked the door when he left. Sometimes he came with food, sometimes not for two days. He said my family's debt is now bigger because of the food and electricity and I must work one more year. When the police came I hid in the cupboard because I was afraid.' He has a burn on his arm from a lamp. He says he does not know the name of the town.",
  "av dec iso rom it db ac FOA PA @C")
E("Intel log 2/B/P. Re: Sahin's Barbers (Unit 2, Market Parade). Source states 4 young Kurdish males work there 0800-2200 daily, sleep on the premises above the shop, and are paid 'when the boss feels like it'. One of them told source he paid £4,000 to the boss's cousin in Iraq for the job and visa which never materialised. Source believes none have documents but does not know who holds them. POI SAHIN Kemal (DOB 22/11/1975) owner. Also uses the premises to sell untaxed tobacco. Recommend GLAA and Trading Standards notified.",
  "eo ww dec UF LH SWP @L")
E("Victim debrief: I worked eight months on a trawler from Peterhead. The skipper took our passports when we got on and they were in his cabin. We fished 20 hours sometimes, we slept 3 or 4 hours. He said he sends our pay to the agent in Ghana, but my wife received only two payments. When I cut my hand he told me to keep working. One man who complained was put off in the harbour and we never saw him.",
  "rd eo ww ac LH DT NCW @L")
E("Probation officer: client says his employer at a scaffolding firm shouts at staff and pays late sometimes. Client has his own flat, bank account and documents and is looking for another job. Advised on ACAS. Not MS.",
  "")
E("Barnardo's referral: 15-year-old girl in care has been going missing overnight, returns smelling of alcohol with new clothes and a phone she says a 'friend' gave her. She has been seen in a car with two adult men in Rotherham town centre at 1am. She told her key worker she 'owes them' for the phone.",
  "av db CEDL @S !h")
E("Request for advice from a solicitor: client is a British woman who was made to claim Universal Credit and open bank accounts, with her partner keeping the cards and PIN. Partner spends the money on drugs. No work involved. Asked if this is modern slavery. Advised domestic abuse / economic abuse pathway; consider benefit fraud exploitation if others are involved.",
  "NCW")
E("Intel 2/B/P. OCG led by POI DUMITRU Ionut creating false identities to claim UC for Romanian nationals brought over with the promise of warehouse jobs. Nationals never receive the benefit payments; cards held by DUMITRU. They are housed 12 to a house in Ilford and sent to a car wash for cash. Some report being slapped when asking for money.",
  "dec ww psv ac OC NCW MBC @C @L")
E("Hospital: pt with kidney failure, Pakistani heritage, travelled to Pakistan last year and returned with a transplanted kidney; pt states he paid a hospital in Lahore. No UK offence identified; clinical follow-up only.",
  "")
E("A woman in our street from Nigeria does the cooking and cleaning for a big family, she's their relative and she goes to church on her own on Sundays and to college on Mondays. I was worried but she laughed and said she's fine. Just logging it.",
  "")
E("Sex worker outreach (Basis): woman in a flat in Soho told outreach worker she has to hand all her earnings to a man who drives her there and collects her at 4am. She was scared to say more.",
  "ww ET CEDL @S")
E("Duty to Notify - adult Vietnamese male, nail technician, encountered during licensing visit in Hull. He said he's fine, but has no bank account, paid in cash once a month 'when the boss has money', sleeps in the salon storage room. Declined support.",
  "SWP @L")
E("Interpol Lisbon: Portuguese male, 33, repatriated, alleges he was held at a farm in Lincolnshire, his ID card kept by a Portuguese gangmaster and made to work for 9 months with only 'advances' of £30. Requests UK investigation.",
  "rd ww @L")
E("GLAA intel: workers at a daffodil farm in Cornwall are collected by minibus at 04:30 and returned after 20:00, 7 days in season. Supervisor answers for them when inspectors ask questions.",
  "eo CEDL SFW @L")
E("Victim account (first person): I am from Albania. A man from my town told me he had a job for me in a restaurant in London and that I would pay him back for the travel later. When I arrived, he said the restaurant doesn't exist and I must work in a house growing weed. He took a photograph of my mother's house on his phone and showed it to me. I understood.",
  "dec db it @C")
E("Woman at Luton airport, 23, Lithuanian, traveling alone to a job at a hotel in Scotland. Has contract, accommodation address, employer confirmed by phone. No concerns.",
  "")
E("Children's home manager: 14yo male resident returned from missing episode with £400 cash and a cut to his hand. He refuses to say where he was. He has been seen getting into a taxi paid for by an unknown adult. Phone pinging in Southend.",
  "av PA @C !h")
E("CSE concern: 12yo girl messaging a 'boy' online who is sending her money for pictures. Parent found the chats. Suspect may be an adult male.",
  "av @S !h")
E("NRM referral (Local Authority): Indian national, F, 58, came to the UK on a visitor visa to help her nephew's family with the new baby. Has been here 6 years doing all the housework and childcare, never paid. Nephew's wife keeps her passport 'because it expired'. She is not allowed to use the phone to call India. She sleeps on the sofa.",
  "ww rd iso ac DT @D")
E("Public report (all caps): THERE ARE MEN LIVING IN THE CAR WASH ON THE A6 THEY DONT EVEN HAVE A TOILET THEY PEE IN A BUCKET AND WORK IN THE RAIN ALL DAY WITH NO GLOVES. THE BOSS DRIVES A RANGE ROVER. DISGUSTING",
  "ac SWP PLC @L")
E("Salvation Army caseworker: client, Slovak male, 36, with learning difficulties. Was brought to Sheffield by a family he met at home and promised factory work. They took his ID and opened a bank account in his name; his wages from a packing factory went into it and they kept the card. He was given cigarettes. When he asked for money the son punched him.",
  "av dec rd ww psv DT NCW @L")
E("Request for advice: A university asks whether a Chinese student whose tuition is paid by an agent who 'looks after' her passport is at risk. She says the agent keeps it because she lost the last one, and she can have it whenever she asks. She lives in student halls, works nowhere. Advised low risk; no indicators.",
  "")
E("Police log: Report of theft of tools from a van at a building site. Victim is a Latvian subcontractor. No modern slavery concerns.",
  "")
E("Intel 2/B/P: Female POI 'MAMA JOY' running 3 Nigerian women through pop-up flats in Southampton. Women told they owe 40k each. POI threatens to use 'juju' against their families.",
  "db it @S")
E("Safeguarding (A&E): 16yo boy with stab wound to buttock, refuses to name attacker. Has two phones, says he's been 'in Norwich for work'. Mother says he's been missing for 5 days.",
  "av psv @C !h")
E("Embassy of Romania: consulate reports that a Romanian woman called their emergency line saying she was being kept in a house in Southall, cannot leave, and the men took her ID card. She does not know the address. Call traced to a mobile in the area; she is still there.",
  "rom rd iso !i")
E("Victim debrief (Polish, interpreter): He says that the agency in Poland promised 10 pounds per hour and a room for 2 people. He says in reality there were 9 people in one house, they took £70 for the room and £30 for transport every week, and he was left with about £60. He says he could leave, and after 3 weeks he went to work for another company where he is paid properly.",
  "dec ac OC CT @L")
E("Interpol Abuja: Nigerian police seeking UK assistance — a trafficking ring allegedly recruiting young men from Edo state with promises of football trials in England, then taking them to a clinic in a third country where their kidneys are removed. One victim now in the UK, seeking asylum.",
  "dec av @O")
E("Kalayaan note: domestic worker (Indonesian) left employer in Kensington. Worked 18 hours a day, no days off for 2 years, slept in the laundry room. Employer's wife pulled her hair and hit her with a shoe. Salary of £200 a month was sent to an account she could not access.",
  "eo ac psv ww SWP NCW @D")
E("Intel 3/C/P: Rumour that a local farm 'uses slaves'. Farm visited by GLAA last month: all workers seen, paid through payroll, own documents, good accommodation. No concerns.",
  "")
E("Taxi driver called Crimestoppers: picks up two young Asian women from a house in Bury every evening and takes them to hotels. A man always rides with them and pays. The girls never speak.",
  "ET SFW @S")
# ---- part 3: long texts ----
E("""NRM referral form - narrative section (First Responder: Local Authority, Adult Social Care).

PV is a 44 year old Romanian man. He grew up in state care and cannot read or write. In 2022 a man called 'Sandu' found him sleeping at the train station in Iasi and offered him work in England 'with food and a house'. Sandu paid for the bus.

In England PV was taken to a house in Dagenham where he shared a room with four other men. He was given work in a hand car wash every day from 8am until dark. He was told his pay would be kept by Sandu to pay the bus ticket, the rent and the food, and that the debt was £2,000. After a year Sandu said he still owed £1,500. PV was given £10 on Sundays.

Sandu kept PV's ID card in his car. PV says he was not allowed to go out except to work, and Sandu's nephew drove them to and from the car wash. PV says Sandu kicked him once when he fell asleep at work.

PV left when the car wash was raided by Immigration Enforcement. He consents to the NRM.""",
  "av dec db ww rd rom eo psv ac OC ET LH @L")
E("""Intelligence report 2/B/P — OFFICIAL-SENSITIVE.

Subject: POI KHAN Imran (DOB 04/06/1981), director of KI Recruitment Ltd.

INT suggests KHAN is supplying Pakistani and Indian nationals on student visas to three food factories in Leicester. Students pay KHAN £1,500 each 'registration' on arrival. KHAN provides accommodation at four addresses (listed on attached), charging £100 per week per bed; up to 10 students per address. KHAN collects students by minibus at 0500 and they work double shifts, well above the 20 hour term-time limit, which KHAN uses to threaten them: 'if you complain I will report you and your visa is finished'.

Students' wages paid into accounts KHAN helped them open. INT suggests KHAN holds the online banking logins for some of them and moves money out. No information about violence.

Also of note: KHAN's brother runs a legitimate cash-and-carry on Belgrave Rd; no intelligence links the cash-and-carry to the above.

Recommend: GLAA joint visit; financial investigation.""",
  "av it ww eo UF OC NCW CEDL ac LH @L")
E("""Victim debrief — conducted by MSHT team with a Vietnamese interpreter. Summarised in the interpreter's words.

She says she is 19. She says she was working in a garment factory in Vietnam and a woman from the next village offered her a job in a nail salon in England that paid £1,500 a month. Her parents borrowed money from the woman's family to pay for the journey.

She says when she arrived in the UK she was taken to a house in Coventry. During the day she worked in a nail salon owned by the woman's brother, from 9am until 8pm, six or seven days a week. At night she was made to sleep with men who came to the house. She says she didn't want to but the brother told her the debt was now £30,000 and the only way to pay it quickly was this.

She says she never had money in her hand. She says the brother had her phone 'so she doesn't call her boyfriend'. She says she didn't know which city she was in until the police told her.

She says she is afraid for her parents because they still owe the family money.""",
  "dec db ww iso eo psv av LH @L @S")
E("""Email from Europol Analysis Project PHOENIX to UKHTC, forwarded for assessment.

Dear colleagues, in the framework of an investigation led by the Czech Police, intercepted communications indicate that a group of Czech and Slovak nationals is recruiting young Roma women in Ostrava for 'cleaning jobs' in the UK. On arrival at Luton the women are met by a female member of the group who takes their identity cards 'for registration'. The women are then placed in flats in Sheffield and Rotherham and advertised on adult websites. The group's messages refer to 'fines' imposed on the women, adding sums to what they 'owe'. One message refers to a woman who 'ran away' and says 'we know where her kids are in Ostrava'.

We request that UK authorities check the attached telephone numbers and addresses and advise whether any of the persons are known. Please treat this information as handling code C: do not disseminate outside law enforcement without consultation with the originator.""",
  "dec rd db it @S")
E("""Children's Social Care — referral from the designated safeguarding lead at a secondary school, Stoke-on-Trent.

Tyler (14) has been excluded twice this term and his attendance is 41%. Over the last month he has come in with expensive clothes and a new phone. His mum reports that he goes out late and that she has found £600 in his school bag. On Monday he had a black eye; he said he fell off his bike.

Today, a friend told a teacher that Tyler 'has to go to Stafford for Kane' and that Kane 'slapped him and said he owes two grand because the police took the bag'. The friend said Tyler is scared Kane will 'come to his house'.

Tyler lives with mum and two younger siblings. Dad is in prison. No previous social care involvement.

Request: urgent strategy discussion; consider NRM referral as a child; police informed.""",
  "av psv db it PA @C !h")
E("""Request for advice — from a GP practice manager in Kent.

A patient (male, 38, Latvian) registered last week, came in for back pain. He works at a packhouse through an agency. The GP noticed he lives at the same address as 9 other new patients registered in the last month and that the same man brought them all in to register and filled in all their forms.

The GP asked the patient about his work. He said he works long shifts but gets paid into his own account, has his passport at home, pays his own rent to a landlord who is not his employer, and came with the other man because that man speaks English and is a friend. He said he is free to go back to Latvia when he wants and plans to in the spring.

The practice wants to know whether they should make a referral. We advised: the shared address and the helper filling in forms are worth noting, but nothing he said points to exploitation. No referral needed now; keep an open door and give him the helpline leaflet in Latvian.""",
  "")
E("""Press summary: Three members of a family from Lancashire were convicted at Preston Crown Court of modern slavery offences after a trial lasting eight weeks.

The court heard that the family targeted men who were homeless or addicted to alcohol, offering them work and a place to live. The victims, who included a former soldier and a man with a brain injury, were made to live in caravans without running water and work on block-paving and roofing jobs for up to 14 hours a day. They were paid a few pounds, if anything, and were given cheap cider.

Prosecutors said the men were beaten if they tried to leave, and one was told his 'replacement' would be found in a ditch. Several victims had their bank cards and benefit letters taken, and the family claimed benefits in their names.

The judge said the defendants had treated the men 'as commodities'. Sentencing will take place next month. A detective said more victims may come forward.""",
  "av ac eo ww psv it LH PLC NCW @L @C")
E("""Intel log (handover) — Op LANTERN. 2/B/P.

0915: visit to 3 Greaves Rd (cuckooed address). Occupant BARNES Gary (DOB 1968), heroin dependent, known to adult services. BARNES says 'the lads from Birmingham' have been staying 3 weeks. He is not allowed in the front room where they keep the gear and is told to stay upstairs when customers come. They gave him £20 of brown a day. He said one of them pushed him down the stairs last week. Visible bruising to cheek and forearm.

Also present: male youth, approx 15-16, no ID, gave name 'Jay', from Handsworth. Said he is 'just visiting'. Had 2 phones and £240 cash. Taken to police station as a child at risk; CSC informed.

Also spoke to neighbour at no. 5 re ASB complaints; neighbour not connected, no concerns about her.

Actions: NRM for both BARNES and youth; closure order application.""",
  "av psv PA @C !h")
E("""Witness statement (extract) — Mrs S, retired teacher.

I live opposite the house on Cedar Avenue. A family moved in about two years ago, a couple and three children, and with them a young woman who I now know is called Grace. At first I thought she was a daughter. I have seen her every day hanging washing, taking bins out, walking the children to school and back. I have never once seen her leave the house alone except to go to school with the children, and the mother always walks behind her.

In the winter I saw her in the garden in a thin jumper and flip-flops in the snow. Once she was crying on the doorstep and when I went over she said 'Madam will be angry if I talk' and went in. She told me she is from Uganda and came 'to study' but she has never been to any college that I know of.

I have spoken to the mother before and she told me Grace is 'a cousin who helps out'. The father works away a lot. I do not know if Grace gets paid.""",
  "rom RM ET PA FOA @D")
E("""Salvation Army case note — week 3.

Client (M, 27, Sudanese) is settling in well. Today he talked more about his time in the UK before referral. He arrived in a lorry in 2023 and a Sudanese man he met in Calais said he could give him a job with no papers. He was driven to a chicken farm in Norfolk where he worked in the sheds picking up dead birds and cleaning out waste, without a mask or gloves, 12 hours a day. He lived in a shipping container on the farm with three other men and a gas heater. He was told his wages would be 'saved for him' until he had papers; in nine months he received £300 in total.

He says nobody locked him in but they were in the middle of fields and he had no idea where the nearest town was, and the man told him the police would put him in detention if they saw him. He left when a delivery driver gave him a lift to Norwich.

Plan: GP registration, immigration advice referral, police interview next week if he agrees.""",
  "dec ac eo ww iso it FOA LH PLC @L")
# ---- part 4 ----
E("Man found wandering M6 hard shoulder says he escaped a farm, boss beat him, no shoes.", "psv PA @L")
E("INT 1/B/P: Brothel at 9a Kings Rd — females rotated weekly from Manchester, never leave premises.", "rom RM @S")
E("Organ donor paperwork for a 'cousin' from Turkey didn't match; HTA refused and alerted police.", "")
E("Girls told they'll work at a hair salon. Ended up on Vivastreet. Phones taken.", "dec iso @S")
E("Cleaner at the hotel says her agency pays her in full every Friday, no problems.", "")
E("Boss calls it 'keeping your passport safe'. Nobody has theirs.", "rd")
E("Man selling Big Issue outside Boots is a regular, lives in his own flat. No concerns.", "")
E("Lad says the 'rent' gets added every week so the debt never goes down.", "db")
E("Vietnamese girl in nail bar has bruises on wrists, boss stood over her the whole time.", "PA SFW @L")
E("2/B/P: 'Uncle' collects takings from 5 beggars outside Tesco Express at 6pm daily.", "ww @C")
E("Not allowed past the gate of the farm. Dogs loose at night.", "rom @L")
E("Caller's ex is a sex worker; caller wants her 'arrested'. No exploitation described. Malicious.", "")
E("Family from Poland living 8 in a 2 bed flat they rent themselves; council housing issue only.", "")
E("Debt for the boat was £12,000. She's been paying it with sex for 2 years.", "db @S")
E("Border Force Dover: 4 Albanian males in lorry, one says 'the boss' will give him work to pay the journey.", "db")
E("Girl (16) says her mum's boyfriend makes her have sex with his friends for money.", "av psv @S !h")
E("Au pair says host dad keeps her passport in his safe and won't give it back when she asks.", "rd @D")
E("Scrap metal yard: workers are paid, have contracts. Council visit about waste licence only.", "")
E("Kidney for sale ad on Facebook group — seller in Birmingham offering £40k. Reported by moderator.", "@O")
E("Chef says he's been promised wages 'when the restaurant picks up' — nothing in 5 months, works 7 days.", "ww eo @L")
E("""Border Force note (Manchester Airport, T2).

Pax 1: female, 21, Indian national, arrived from Dubai on a visitor visa stating she is visiting her 'husband's family'. Has no return ticket. Could not name the town she was going to. Mobile phone belongs to the man collecting her, who she has never met, and who holds her passport and visa documents in his bag. He is 47.

Pax 1 spoken to separately with an interpreter (Punjabi). She says her marriage was arranged in her village, she has not met her husband, and she was told she would 'look after his mother and the house'. She appeared tearful and said 'I have no choice'.

The man states he is the husband's uncle and the family are awaiting her. Checks on the address show a 4 bed house with 11 occupants registered.

Action: Pax 1 given a safeguarding interview; Forced Marriage Unit consulted; local police informed of address; visa granted as valid. Referred to local authority with her consent. Exploitation not yet evident; risk of domestic servitude noted.""",
  "iso rd DT")
E("""Victim debrief (English, recorded verbatim by debrief officer).

'I'm from Newcastle. I got kicked out at 17 and was sofa surfing. A bloke I met at a party said I could stay at his for free. After a couple of weeks he said I owed him for the room and the weed and that I could pay it off by taking some parcels to Carlisle on the train. I did it loads. Every time I thought it was paid off he said some went missing and I owed more.

Once he got two of his mates to hold me down and he hit my knees with a bat cos I was short. He took my phone and gave me a burner that only had his number in it. He'd ring me at 3 in the morning and I had to get up and go.

I was too scared to go to the police cos I thought I'd get done for the drugs. I got arrested in the end at Carlisle station. Honestly it was a relief.'

Age at the time of exploitation 17-18. NRM referral made; s45 defence flagged to CPS.""",
  "av db psv iso FOA @C")
E("""Local authority licensing inspection — massage premises licence renewal, 'Golden Lotus', 14 Mill St.

Inspection carried out with police. Four therapists on shift, all Chinese nationals, all with valid visas and their own passports (seen). Each has a written contract, pay slips showing hourly pay above the national minimum, and lives in private rented accommodation elsewhere (tenancies seen). CCTV covers reception only. Treatment rooms clean. No evidence of sexual services offered; no adverts found online.

Manager was cooperative and provided staff records on request. One therapist spoken to alone with a Mandarin interpreter; she said she works 5 days a week, can leave whenever she wants and sends money home herself.

Minor breaches: fire door blocked by towels; one electrical item overdue for testing. Licence renewed subject to remedial works.""",
  "")
E("""NRM referral narrative (police first responder).

PV1 (female, 29, Thai) and PV2 (female, 31, Thai) were found at a residential address in Milton Keynes during a warrant for drugs. Both were in a bedroom with a key lock on the outside. They say they were recruited in Bangkok by a woman who told them they could earn good money in massage in London and that they would have to repay 'about £10,000' for flights and visas.

In the UK they were moved every week between flats in Milton Keynes, Luton and Bedford. They were advertised online and saw up to 10 men a day. They say the 'boss', a Thai woman, took all the money and gave them £20 'for food'. The boss's boyfriend, a British man, drove them between flats and collected the money.

PV1 says when she refused a client without a condom, the boss's boyfriend hit her across the face. PV2 said she was told that if they ran away, pictures of them would be sent to their families.

Both consent to NRM.""",
  "dec db rom ww psv it RM ET NCW @S")
E("""Call summary (101, 14:22). Caller is a manager at a bakery in Bristol.

She says one of her staff, a young Eritrean man, told her today that the man he lives with takes his wages. She paid his wages into the account he gave her; he just found out the man has the card and has been taking the money out. He gets 'about £30 a week'. He is afraid of the man and doesn't want to go home tonight.

Caller says the employee is at work now and safe. She has offered him a bed at her sister's house.

Advice given; officer to attend. Possible labour exploitation - employer is not the exploiter; it's the housing 'landlord'.""",
  "ww it NCW FOA @L")
E("""Request for advice — Embassy of Nepal, London.

The Embassy has received several calls from Nepali nationals who came to the UK on seasonal worker visas to pick fruit in Kent. They say they paid agents in Kathmandu up to £4,000 for the job and now, after the farm sent them home early for lack of work, they owe loans at home they cannot repay. None allege that the UK farm mistreated them: they say the farm paid them correctly, housing was fine and they had their passports.

The Embassy asks whether this is trafficking. Advice given: the fees charged by overseas agents are a serious concern and should be passed to the Home Office and the GLAA as a licensing and recruitment issue; the facts described do not indicate forced labour in the UK.""",
  "UF")
E("""Intel log — Op FENWAY — 2/B/P

POI MORINA Arben, Albanian, mid 30s, believed controlling a network of cannabis grows in rented houses across Stoke and Crewe. INT suggests MORINA's 'gardeners' are young Albanian men who came across the Channel. Each is told he owes £20,000 and will work in a grow until it is paid. They are locked inside with a food delivery once a week. Electricity bypassed at all addresses, creating a fire risk.

INT suggests one gardener (believed 17) was beaten with a metal pole in Sept after a crop failed. MORINA also threatens that the gardeners' families in Kukës will be harmed.

Addresses: see attached (7).
Vehicles: black Audi A6 VRM partial 'KX19'.
Recommend: coordinated warrants; safeguarding plan with interpreters; NRM for all found.""",
  "db rom psv it av ac RM SWP @C")
E("""Statement of a worker (Lithuanian), translated.

I came to Britain in 2019 through a friend who told me about a job at a recycling plant in Walsall. The friend organised a room for me in a house with other Lithuanians. The work was hard — sorting rubbish on a belt, 10 hours, sometimes 12. But I was paid every two weeks into my own bank and I had my passport. The house was full, six people, but I paid the landlord myself and I moved out after a few months.

I am writing this statement because police asked me about my friend Tomas, who worked at the same plant later through a different man. Tomas told me that man kept his bank card and his passport and that Tomas got only money for cigarettes. I don't know more about it because I had moved away.""",
  "rd ww DT NCW @L")
# ---- part 5 ----
E("Intel 2/C/P: Cash machine on Soho Rd — same male seen withdrawing with a fan of 8-10 cards each Friday evening, Romanian accent. Unknown if linked to workers.", "MBC")
E("GLAA: packhouse workers charged £5 a week for gloves and £20 for a knife they must buy from the supervisor.", "PPE @L")
E("Man arrived at drop-in with only the clothes he wore and a carrier bag. Said he ran from a farm where 'the boss' took everything he earned.", "ww FPE @L")
E("Safe house intake: client brought nothing with her — no coat, no phone, no documents, one pair of shoes.", "FPE")
E("hi my husband went to work in scotland on the boats and they took his passport at the port and he rings me once a month from the captains phone, they say he must finish 12 months contract before they pay him anything", "rd ww iso @L")
E("NCA liaison officer, Bucharest: Romanian prosecutors (DIICOT) report arrest of 6 suspects who recruited women for 'waitressing' in Birmingham. Women were forced into prostitution, threatened with violence against relatives and made to hand over all earnings. Two victims may still be in the UK.", "dec it ww @S")
E("Routine Immigration Enforcement encounter: Brazilian cleaner, overstayed visa by 2 years, works for several households, paid directly, lives with friends. No indicators. Voluntary return discussed.", "")
E("Caseworker: client says the hostel manager asked all the residents to help with painting the hostel for a free lunch. Optional. Client wanted to report it as 'slavery'. No indicators; explained.", "")
E("Police log: female, 35, British, reports her ex-partner has been sending her abusive texts and turned up at her work. Harassment crime recorded. No exploitation.", "")
E("999: 'my friend is in a van, they're taking her somewhere, she says they've got her passport and she's crying, they said they'll kill her tonight if she runs'. Caller at Euston. Vehicle heading north.", "rd it rom DT !i")
E("Debrief: 'In Eritrea I borrowed from my uncle for the smuggler. The smuggler in Libya sold us to another man who kept us in a warehouse and said our families must pay or we will be sold for parts. Two men were taken away and did not come back. We heard they took their kidneys. My family paid and I was put on a boat.'", "rom it ac @O")
E("Kidney transplant recipient (British, 61) tells renal nurse he bought a kidney from a 'donor' in Egypt for $15,000 via a broker on WhatsApp. Donor was a young Sudanese refugee he met only on the day. Nurse concerned the donor was exploited.", "av @O")
E("Midwife: woman (Albanian, 24) booked late, says her 'husband' won't let her go out without him and holds her ID. She disclosed that before coming here she 'worked in houses for men'. Husband waits outside every appointment.", "rom rd RM ET @S")
E("Hospital discharge team: patient, 70, Indian national, living with son's family as a visitor for many years, looks after grandchildren and cooks. Family attentive, she has her own bank card and pension from India and visits the temple with friends weekly. No concerns.", "")
E("Interpol Manila: Filipino seafarer reports his cousin is working on a UK-flagged scallop dredger out of Newlyn. Crew reportedly work 18-20 hr shifts, with food deducted from pay and contracts signed in Manila that promise $1,200 a month but they get $400. Crew cannot leave the vessel because the skipper holds their seaman's books.", "eo dec rd rom LH @L")
E("Request for advice from Northern Ireland PSNI: Chinese female found at a brothel in Belfast says she is a student but has no enrolment. She says she chose to sell sex, keeps half the money and can go when she wants. Her passport is in her handbag. Advice: Duty to Notify is not required where no indicators; remain alert.", "")
E("Homeless outreach: man in his 50s, alcohol dependent, told outreach worker 'a van comes for us at the soup kitchen at 6am, we work on roofs all day for £20 and a bottle'.", "av ww CEDL @L")
E("Probation: service user (F, 23) says her boyfriend makes her shoplift to order from Boots and sells the items; he gives her spice and says she owes him for it. She has bruises she says he caused.", "av db psv PA @C")
E("INT 2/B/P: Vietnamese nail bar in Bolton. Staff driven from a shared house at 0830 by the owner and collected at 2100. Owner seen taking staff phones at the start of the day.", "iso CEDL ET @L")
E("A man who came to fix my boiler said he is paid by the job and owns his own van. I had been worried because he's always working. He says he loves it.", "")
E("Caller: my daughter (17) has been sent to India 'for a holiday' and now says she's being forced to marry her cousin. She has no passport, grandparents took it. She's scared.", "av rd !h")
E("Europol: Lithuanian network using its nationals' identities to register fake companies and claim VAT refunds in the UK. Victims were recruited in rehab centres in Vilnius, brought over, kept drunk and made to sign documents, then left in a house in Peterborough with their IDs held.", "av rd @C")
E("GLAA licence check on a construction labour supplier: workers say the supplier keeps the first two weeks' wages as 'holding pay'; nobody has left so nobody knows if it's returned. Workers have their own documents and accommodation.", "ww @L")
E("Debrief (Arabic interpreter): He says that in Calais he agreed to work for a man in England in a barber shop to pay off the crossing. He says the man gave him a room above the shop, which he shared with 5, and that he could go out but had no money because the man took 'rent' and 'debt' out of everything. He says he was never hit and never threatened, and he left after 6 months.", "db ww ac OC SWP @L")
E("Women's Aid referral: woman, 29, Pakistani, came on a spouse visa. In-laws make her clean the house from 5am until late, take the money her family send, call her 'servant', and lock the front door with her inside when they go out. She is not allowed to phone her parents.", "ac eo rom iso RM LH @D")
E("Police log: Jobcentre reports that a claimant's UC is being paid into an account used by 14 other claimants. All claimants Bulgarian, registered at the same address. DWP investigating fraud.", "MBC NCW")
E("Duty to Notify (police): adult male, Indian national, found at a restaurant in Slough, says he works 14 hours 7 days and sleeps in the restaurant. He says the boss 'looks after' his pay until he goes home. He did not want to be referred.", "eo ww SWP NCW LH @L")
# ---- part 6 ----
E("OIC update: IP (VN, M, 16) age-disputed; LA now accepts child. IP disclosed 'boss' in Hanoi arranged travel, family owes 400m dong. IP found at grow in Swindon 12/03, says he was not allowed out and a man with a knife checked on him. NRM submitted.", "av db rom it @C !h")
E("theres a indian restraunt near me where the waiters look like they never go home, i see them there at 8 in the morning and 1 at night, and one told me they sleep upstairs and the owner gives them food but no money till the end of year", "eo SWP ww @L")
E("Anon report: there's girls in the flat above the chippy, different ones every week, blacked out windows, men queue on the stairs. Saw one crying on the balcony and a bloke dragged her in by the hair.", "psv @S")
E("Salvation Army: client reports he was in a legitimate job at a warehouse, his agency was fine, but his housemate stole his bank card and took £900. Theft reported. No exploitation.", "")
E("Romanian embassy consular note: national (F, 44) contacted us to request a replacement ID card; she says her former partner took it when she left him 6 months ago. She works at a hotel and lives with her sister. No current exploitation described.", "")
E("Police intel 2/B/P: INT suggests teenage girls from a children's home in Telford are being given vodka and cannabis at a flat on Regent St by a group of adult males, and 'passed around'. One girl aged 13 told staff she was raped there.", "av psv @S !h")
E("Advice call from a housing officer: tenant (Slovak, M, 55) with learning difficulties says his 'friend' collects his wages from the factory and gives him pocket money; friend also holds his passport. Tenant lives alone in council flat.", "av ww rd NCW @L")
E("Intel log 3/C/C: Anonymous letter alleges farm owner keeps workers' passports in a biscuit tin in the farmhouse kitchen. Not corroborated. Handling: source protection, do not disclose letter.", "rd @L")
E("GLAA inspection: mushroom farm, Co Armagh. Workers housed in portakabins on site, 4 per cabin, clean and heated, rent within legal offset. Wages paid correctly. Workers said they feel free to leave. No issues.", "")
E("Victim debrief: 'At the farm they gave us a paper in English which we signed. Later they said that paper means we owe for the house, the van, the work clothes, the phone card. Every week the number was bigger. I asked to leave and the boss said first you pay.'", "db dec PPE CT @L")
E("Intel 2/B/P: POI OKAFOR Chidi (DOB 1985) believed to be recruiting young Nigerian women through a church in Lagos with promises of nursing jobs in the UK. On arrival women placed in flats in Leeds and sold for sex; told they owe 50,000 euros. OKAFOR's associate holds their passports.", "dec db rd @S")
E("Police log: fight outside nightclub, two men arrested, both British. No MS.", "")
E("Caller (farm worker, Bulgarian) says supervisor screamed at him and docked one hour's pay for being late. Has own passport, own bank, lives in a house he rents. Wants advice on employment rights. Referred to ACAS.", "")
E("Social worker: 17-year-old Eritrean girl in semi-independent accommodation has been staying out overnight; says a 'cousin' has got her work in a shisha lounge where she stays until 4am and then sleeps at the cousin's flat. She doesn't get paid — the cousin says he's saving it for her.", "av ww eo CEDL @L !h")
E("Police log: report of man begging aggressively outside station. Local man, known to homeless services, no one controlling him. Words of advice.", "")
E("Europol EMPACT THB action day: UK hits on 3 Romanian nationals suspected of exploiting compatriots in begging and pickpocketing in Glasgow and Edinburgh. Victims said to include a man with one leg and a pregnant woman; earnings taken nightly; victims housed in a single flat, 11 persons.", "av ww ac OC @C")
E("Debrief (English): 'He said I was special, he'd look after me, buy me stuff. I was 15. Then he said I had to pay him back, and I had to go with his friends. If I didn't he'd tell my mum I was a slag and show everyone the pictures.'", "av db it @S")
E("Midwife: patient (F, 26, Romanian) with partner and two children, lives in a shared house with her brother's family, works at a car wash her partner runs. She says she has her own money and is happy. No concerns.", "")
E("Intelligence 2/B/P — Pop-up brothel at Airbnb, Apartment 12, Quay St. INT suggests 2 Brazilian trans women and one Colombian female, phones answered by a male, females never seen leaving; food delivered by Deliveroo ordered by the male's account.", "rom RM @S")
E("Victim account, Chinese (Mandarin interpreter): She says the 'snakehead' told her she would be a waitress. In London she was given to a woman who runs a flat in Chinatown. The woman said she had bought her and she must work for her. She says she doesn't know the address, she has only seen the inside of the flat and the car.", "dec iso @S")
E("Construction site manager reported to GLAA: subcontractor's gang of labourers are dropped off at 6am by a van, never take a break, and the subcontractor signs their timesheets and collects their pay packets.", "ww CEDL ET NCW @L")
# ---- part 7: mixed, several long ----
E("""UKHTC referral desk — request for advice, received by email from a hospital safeguarding lead.

We have a patient on the renal ward, a 34-year-old Pakistani man with end-stage kidney failure. His family have told the transplant coordinator that a 'relative' is travelling from Pakistan to donate a kidney. The prospective donor is 22, speaks no English, and on the video call with the coordinator he was reading from a piece of paper. When the interpreter asked him privately how he was related to the patient, he did not know the patient's surname and said 'they are paying my father's loan'.

The Human Tissue Authority has been informed and the transplant has been put on hold. The donor is due to arrive in the UK next week on a visitor visa sponsored by the patient's brother.

We want to know whether this should be treated as suspected trafficking for organ removal, and who should lead.""",
  "av dec @O")
E("""Witness statement (extract) — Mr P, delivery driver.

I deliver to the industrial estate every day. For about a year I have noticed that the unit at the far end, which makes cardboard packaging, has the same ten or so workers, all men, who I think are Eritrean or Ethiopian. They arrive in the back of a Luton van at about 6 in the morning, and the van is still there when I do my last drop at 7 at night.

In January I saw one of them being shoved against the shutter by the man who runs the place, a big bloke with a shaved head. He was shouting 'you work or you go back, you understand?' The worker had a cut on his head.

Another time one of the workers asked me in broken English if I could take him to London. When I said I'd ask the boss, he said 'no, no, please' and walked away quickly.

I have never seen any of them on their own outside the unit or at the shop across the road where all the other workers go for lunch.""",
  "psv it eo rom CEDL ET PA FOA LH RM @L")
E("""Caseworker note — Migrant Help, advice line.

Caller is a 31-year-old Polish woman working as a live-in carer for an elderly man in Bournemouth, found through an online agency. She wanted to know whether her arrangement is legal.

She works five days, about 9 hours a day, with two days off when a relief carer comes. She is paid £650 a week into her own account by the agency. She has her own room in the client's house, keeps her passport, and goes out on her days off. The client's son is sometimes rude to her, and last month her pay came a week late because of an agency system change, which has since been fixed.

She is thinking of leaving because she misses her family, and asked what notice she must give. Advice: check contract; the late payment alone is not an indicator of forced labour; no concerns of modern slavery. Signposted to ACAS.""",
  "")
E("""Intelligence report 2/B/P — handling code P.

INT suggests an organised group of British males from the Bradford area are exploiting Roma women from Slovakia who have little English. The women are recruited on the pretext of factory work and placed in rooms above shops on Leeds Rd. They are taken by car to hotels in Leeds and Manchester to meet clients booked via escort sites, and the men collect the fee at the door.

INT further suggests at least one woman is pregnant and another is believed to be 16. The women's ID cards are held in a safe at a takeaway on Leeds Rd. One woman was reportedly 'punished' by having her head shaved.

INT suggests the group also runs a legitimate taxi firm; drivers of that firm are not known to be involved.

Recommend: development with partners; safeguarding plan for the suspected child.""",
  "av dec rd ww psv ET @S !h")
E("""Domestic homicide review — summary of a background section (not a modern slavery case).

The victim, a 52-year-old British woman, lived with her husband in a rural village. The review found a long history of coercive control: he restricted her contact with friends, monitored her phone, and controlled the household finances. She worked as a teaching assistant and was paid into a joint account he managed.

The panel considered whether the relationship met the threshold for modern slavery or domestic servitude and concluded that it did not: there was no forced labour or exploitation for gain, and the abuse is best understood as domestic abuse and coercive control under s76 Serious Crime Act 2015.

Recommendations relate to GP awareness of coercive control and multi-agency information sharing.""",
  "")
E("""Call summary — Modern Slavery & Exploitation Helpline, passed to police.

Caller is a Ukrainian woman, 38, who came under the Homes for Ukraine scheme. She says the host family in Surrey, who she lives with, have started asking her to do all the cleaning and cooking and look after their two young children 'in exchange for the room'. She works about 10 hours a day. They have not taken her documents and she has her own phone and bank account, and she receives Universal Credit. She says the host husband told her that if she complains, he will 'tell the council she is difficult and she'll be homeless'.

She would like to move to a different host. Passed to local authority for rematching; police informed for information. Assessed as possible labour exploitation in a domestic setting; no restriction of movement.""",
  "av it ww @D")
E("""Debrief (Tigrinya interpreter), summarised.

He says he was 15 when he left Eritrea. In Sudan he was kidnapped by men who held him in a house with about 40 others and beat them with hoses while calling their families on the phone to demand $3,500. After his family paid, he was taken to Libya where another group held him in a warehouse for four months and forced him to work on building sites in Tripoli without pay.

He says he crossed to Italy and then travelled to the UK in a lorry. In the UK he has been living with friends and going to college, and he has not been exploited here. He is now 19.

He asks for help because he has nightmares and wants to know whether he can be recognised as a victim. First responder considered NRM: exploitation occurred overseas; NRM still applicable; consent obtained.""",
  "av psv rom ww @L")
E("""Council licensing — HMO and environmental health joint visit, 7 Station Terrace.

Property is a three-bedroom terrace. On inspection, 16 adult males were present, all Romanian, sleeping on mattresses in every room including the kitchen and the loft. There was no working boiler, exposed wiring in the bathroom, and mouse droppings in the kitchen.

The men said they work for a company that cleans trains overnight. They said the landlord is the 'brother' of their team leader and that rent of £75 each per week is taken from their wages before they are paid. Two men said they had asked for their payslips and were told 'if you don't like it, go home'. All had their own ID cards. None of them wished to speak to the police.

Action: prohibition order on the loft; improvement notice; intelligence shared with police and GLAA regarding possible labour exploitation.""",
  "ac OC PLC NCW FOA @L")
E("""Intelligence log 1/A/P — officer's own observation.

At 2315 hrs on 14/02 I stopped a silver Vauxhall Zafira (VRM LS17 ***) on the A1. Driver MIHAI Florin (DOB 09/12/1990). Rear passengers: 3 females aged approx 18-25, Romanian, none with ID. MIHAI produced all three women's ID cards from his jacket pocket. He said he was taking them to a 'party'. The women said nothing and looked at MIHAI before answering each question.

Each woman had a new mobile with only one contact saved ('Flo'). In the boot: boxes of condoms, lubricant, and a notebook with dates, names and amounts.

The women were spoken to separately at the roadside with Language Line. One said she 'works for Flo' and 'gives him the money for the flat'. No offences disclosed; all declined assistance. Details recorded; referred to MSHT for development.""",
  "rd iso DT SFW ET @S")
# ---- part 8 ----
E("Taken to work at 5, back at 11, every day including Christmas. Bus charged £10 a day.", "eo CEDL CT")
E("Woman said she wanted to leave but the boss said her family in Lagos 'will know'.", "it")
E("Cannabis grow found, empty, no occupants, equipment abandoned. No victims identified.", "")
E("Boy, 12, seen begging outside Sainsbury's with a woman who takes his money every hour.", "av ww @C !h")
E("He was locked in the flat and they threw food through the door. Still there now, he texted.", "rom RM !i")
E("Student lost her passport on the Tube. Reported for replacement. No concerns.", "")
E("Three Vietnamese males, maybe 15, walking along motorway near Leicester Forest East services now.", "av !i")
E("Agency driver says he pays for his own fuel and van and is self employed. No exploitation.", "")
E("Girls at the massage place on Kent St sleep there and the man locks up at night with them inside.", "rom SWP @S")
E("Worker injured by a press at the factory; HSE investigating. Employer reported it properly.", "")
E("Romanian lad says 'Ion' takes us everywhere, we never go out alone, Ion keeps the money.", "rom ww ET @L")
E("Old couple living above their shop with their grown-up son who helps in the shop. Family business.", "")
E("INT 2/B/P: male paid in pills, works the door of a trap house, 19, LD, given a bed.", "av ww @C")
E("Shown a video on his phone of what happened to the last lad who tried to run.", "it")
E("Bought a kidney in Pakistan for £10k, says his doctor here. Donor was a brick kiln worker in debt.", "av @O")
E("Neighbour says kids next door help with the family market stall at weekends. They're 10 and 12. Parents there all day.", "")
E("Pay goes on a card the gaffer keeps. We get cash Fridays, £40 if we're lucky.", "ww NCW @L")
E("Email from Border Force: Nigerian female, 18, arriving Gatwick, agent held her passport and ticket; she did not know where she would live. Agent detained.", "rd iso")
E("Report from a gym: young Albanian man, 20, told staff he came to work in a restaurant and his boss treats him well, pays him cash, he lives with cousins. Staff were worried because he has no English. No indicators.", "")
E("Probation: cuckooing suspected at address of MAPPA nominal's mother; mother has dementia, dealers using her flat and her bank card. Adult safeguarding referral.", "av NCW @C")
E("Council tenancy officer: tenant complains her upstairs neighbours, a Chinese family of 6, are 'overcrowding' their 2-bed flat. Family are the tenants, all related, no work connection. Housing issue only.", "")
E("Domestic servitude disclosure at college: learner (F, 19, Bangladeshi) says her husband's family take her college bursary, make her cook and clean for 9 people before and after classes and sit in on her phone calls home.", "eo iso NCW LH @D")
E("A man phoned to say his Polish workers are paid over the living wage, have their own accommodation and he wants to know how to publish a modern slavery statement. Advised s54.", "")
E("Victim debrief: 'The lady in Nairobi promised a good job as housemaid in London, with my own room and salary. In London I got a mattress in the laundry. I worked from 5 until the family slept. After one year they gave me nothing, they said it was sent home. My mother said nothing came.'", "dec ac eo ww SWP LH @D")
E("Prison note: prisoner (VN, 19) convicted of cannabis production says he was 'sold' to the grow by a man in France to pay for the lorry; he was locked in for 4 months. Referred to NRM from prison; s45 issue raised.", "db rom @C")
E("Intel 2/B/P: males working at car wash on London Rd are housed in a flat owned by the car wash owner, 9 to 2 rooms. INT suggests they pay £70 each per week from wages of £250. No info on control.", "ac OC @L")
# ---- part 9 ----
E("u need to check the chinese takeaway on bridge st the young lad in the kitchen never leaves, sleeps on a camp bed by the fryers, boss shouts at him non stop. he told my son hes 16 and owes the boss for coming here", "av db SWP @L !h")
E("THIS IS THE THIRD TIME IM REPORTING THIS!!! THE CAR WASH BY THE RETAIL PARK HAS KIDS WORKING IN IT ON SCHOOL DAYS AND THE MAN TAKES THERE TIPS OFF THEM. NOBODY DOES ANYTHING", "av ww @L !h")
E("my sister in law came from philipines as a nanny for a family in london they dont let her have her phone only sunday for 1 hour and she works every day from 6am, she is scared to say anything because they said she will be sent back", "iso eo it LH FOA @D")
E("dunno if this is anything but theres a van picks up about 10 blokes from outside the polish shop at like 5am every day and they all look knackered, could be just normal work tho", "CEDL")
E("Handover: IP (F, 23, Romanian) now at safe house. Disclosed 'Ciprian' took her from Craiova promising nanny work; sold sex in Slough flats; he took all money and her ID; raped by him on arrival. Interview booked Thurs w/ female officer & interpreter.", "dec ww rd psv @S")
E("OIC note: no further action on report re 'Golden Nails'. Visit found 3 staff, all with own passports, payslips, NI numbers, living independently. Complainant was a former business partner in dispute with owner. Closed.", "")
E("Debrief (Sudanese Arabic, interpreter): He says he worked on a farm in Herefordshire for a man who found him at a mosque. He says the man gave him a caravan and paid him in cash, less than promised, but he could come and go and went to the mosque each Friday. He says he left because the money was too little. He does not say he was threatened or hurt.", "")
E("INT 2/B/P: Vietnamese females (x4) at nail bar, Bury Old Rd, appear under 18, school age. Owner's husband drives them from a house in Salford at 0800, returns them 2100. Neighbours never see them outside otherwise.", "av CEDL ET eo LH @L !h")
E("Bank alert: account of 72-year-old customer with dementia receiving wages from a car valeting firm though customer is retired; funds withdrawn by a third party at different ATMs. Suspected use of her account to launder workers' wages.", "MBC NCW")
E("Press: A restaurant owner in Aberdeen was jailed for four years after forcing two Indian chefs to work 100-hour weeks for £1 an hour. The men lived in a room above the kitchen and were told they would be deported if they spoke out. Their passports were kept in the restaurant safe.", "eo ww it rd LH SWP DT @L")
E("GLAA: inspectors found workers at a leek farm had signed 'agreements' to pay £250 for 'job placement' to a man in Bulgaria before travel. Wages and accommodation otherwise compliant. Referred to Bulgarian labour inspectorate.", "UF")
E("Police log: A man says a stranger offered him £500 to let him use his bank account. He refused and reported it. No crime committed. Fraud prevention advice given.", "")
E("Intel 2/B/C: OCG in Luton obtaining NI numbers and opening accounts in the names of Romanian men who are told it's 'for work'. The men never see the accounts; they're sent to building sites and given cash sums of £100 a week. Do not disclose to partner agencies without consultation.", "dec ww NCW @L @C")
E("Victim account, translated from Polish: 'The man who brought us said we would work in the warehouse and live in his house. He is nice but the house is 13 men in 3 rooms, and he takes £90 from each every week. We have our passports and I can leave. I am leaving next week. I just want the police to know about the house.'", "ac OC @L")
E("Safeguarding referral from a mosque volunteer: an elderly Pakistani woman is living in the home of a family she is not related to, cooking and cleaning for them in return for board. She cannot read, does not know the address, and is never let out on her own.", "av iso rom RM @D")
E("Midwife: woman (Eritrean, 20) attended alone, living in asylum hotel, no concerns about work or exploitation, partner supportive. Routine booking.", "")
E("The boss told us 'you have no papers, if you go to the police they put you in prison and you never see your children'.", "it av FOA")
E("A&E: male (Vietnamese, approx 17) brought in by ambulance from a house fire — fire started in loft where cannabis plants found. Burns to hands. He doesn't know the address and has no phone. Police on scene.", "av iso PA @C !h")
E("Europol request: Bulgarian police seek UK locations for three women recruited as 'hostesses' who stopped answering family calls 2 months ago. Last messages said 'they took our phones and passports'.", "iso rd")
E("GP: patient says he works at a food factory, 40 hours, paid into his account, has his own flat. He came in about a rash from gloves. Employer provides gloves free of charge. No concerns.", "")
E("Caller (anonymous): the man in flat 2 has women coming and going, they look scared, one had a black eye, he stands in the doorway and takes money from the men who visit.", "psv PA ww @S")
E("Advice to Border Force (Heathrow): Sri Lankan domestic worker arrived with diplomatic family; has own passport and a contract with a fixed day off, salary paid to her own bank account. Given the helpline card as standard practice. No concerns.", "")
E("Intel 2/B/P: 'Mickey' running a line from London into Margate, uses a local woman's flat (cuckooed) and two boys aged 15. One boy's mum reports he was held in the flat for a week and not allowed to leave until he 'sold out'.", "av rom @C !h")
E("Debrief (Albanian, interpreter): She says her husband sold her to a man in Italy, who brought her to the UK and sold her again. She says she was kept in a flat in Birmingham with three other women and made to see up to 15 men a day, seven days a week. She says the door was always locked and only the man had the key. She says he told her he had paid for her and she had to earn him £40,000.", "rom eo db psv av RM LH @S")
E("Public report (online): My friend works at a hotel in Blackpool through an agency, she said the agency takes £15 a week for her uniform and £10 for the bus but she's paid okay and she can quit. Is that allowed?", "PPE CT")
E("Salvation Army case closure: client (British, 45) referred in error; he was homeless and working on a market stall for cash, but the stall owner paid him daily, he chose the work and could leave. Negative RG. Supported into housing.", "")
E("INT 1/B/P: address 23 Roseberry Ave (cannabis grow), two males seen through window inside, windows screwed shut from outside. Observation ongoing now; males appear to be inside with no way out.", "rom RM @C !i")
E("Organ transplant tourism case: UK patient traveled to a clinic abroad; clinic used 'donors' recruited from a refugee camp who were paid a fraction of what was promised and left without follow-up care. Referred by the transplant unit to NCA.", "av dec @O")
E("Local authority: adult man (British, 30s) with autism has been staying with a 'friend' who makes him clean cars at his unit all day for no pay and has taken his bank card, where his PIP is paid.", "av ww NCW @L")
E("Call from a charity shop manager: volunteer (Syrian refugee, 40) works two mornings a week, unpaid by choice, loves it. Someone complained it was 'slave labour'. No concerns.", "")
E("ID fraud: Romanian woman, 26, says the man who brought her to the UK used her passport to open 7 bank accounts and register a company and then 'lost' the passport. She worked in his cleaning business and was never paid.", "rd ww MBC @C @L")
E("Interpol Hanoi: Vietnamese family reports their son (17) called from a 'garden' in the UK saying he is locked in and the men will hurt him if the family does not send money. Number traced to UK SIM active now.", "av rom it !i @C")
E("GLAA officer note: the farm visited today had a well-kept worker welfare policy, posters in 4 languages with the helpline number, and a worker representative. No issues.", "")
E("Debrief, English: 'My uncle brought me here when I was 10 to help in his house. I never went to school. I cooked, cleaned, looked after his kids. When I was 17 I found out my mum had been sending him money for my school fees all along. He hit me with a belt if the floor wasn't clean. I didn't have any papers and he told me I'd be arrested if I went out.'", "av dec psv it @D")
E("Duty to Notify: adult female (Polish, 50) found at a care agency house share. She says she works 'shift after shift' and the agency holds her pay to cover her 'visa debt' of £6,000 that grows with interest. Declined NRM, fearful of losing her job.", "eo db ww LH FOA @L")
E("Police log: woman reports her handbag stolen including her passport and bank cards at a bar. Crime ref issued. No further concerns.", "")
E("Caseworker: client (M, 19, Albanian) says he came to UK 'for work' and has no debt, worked in a barber's, paid weekly, lives with cousins; he is now claiming asylum. No indicators disclosed.", "")
# ---- end of texts ----


def parse(labels):
    ind, sig, exp, risk = [], [], [], None
    for tok in labels.split():
        if tok.startswith("@"):
            exp.append(EXP[tok[1:]])
        elif tok.startswith("!"):
            risk = {"i": "immediate", "h": "high"}[tok[1:]]
        elif tok.islower():
            ind.append(IND[tok])
        else:
            sig.append(SIG[tok])
    for a, b in PAIRS:  # signs go with their indicator when both are described
        if IND[a] in ind and SIG[b] not in sig:
            sig.append(SIG[b])
        if SIG[b] in sig and IND[a] not in ind:
            ind.append(IND[a])
    if risk is None:
        if (IND["psv"] in ind or "sexual" in exp or len(ind) >= 3
                or (IND["it"] in ind and IND["rom"] in ind)):
            risk = "high"
        elif ind or exp:
            risk = "medium"
        else:
            risk = "low"
    return ind, sig, exp, risk


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh131.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, labels) in enumerate(T, 1):
            ind, sig, exp, risk = parse(labels)
            rec = {"id": "f131-%03d" % i, "text": text, "indicators": ind, "signs": sig,
                   "exploitation": exp, "risk": risk}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(T), "to", out)


if __name__ == "__main__":
    main()
