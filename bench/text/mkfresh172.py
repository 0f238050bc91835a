#!/usr/bin/env python3
"""Hand-written labelled texts (fresh172): Welsh / border mix. Each entry is written by hand;
the short codes below only expand label abbreviations, they do not generate text."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", ITH="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ced="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

E = []
def t(text, ind="", sig="", typ="", risk="l"):
    E.append((text, ind, sig, typ, risk))
# ---- part 1 ----
t("INT 2/B/P: POI JONES, Darren DOB 03/04/1991 dealing cannabis from red Astra VRM CX14 LKP outside Spar, Llangefni. No mention of others involved.")
t("101 call: caller reports shed broken into overnight at allotment off Ffordd Penrhos, Bangor. Strimmer and two fuel cans taken. No suspects.")
t("INT 2/C/P: nom PETRESCU, Ion runs gang of approx 12 ROM males at poultry unit nr Welshpool. Workers collected 0400 hrs in white Transit, dropped back after 2200. Said to hold their ID cards 'for the payroll'. Workers paid cash by PETRESCU, believed £30 per week each after 'rent'.",
  "EO RD WW", "ced lh dt ncw sfw", "L", "h")
t("Called cos theres a bloke in the layby at the back of the caravan park in Towyn shouting at his missus, think hes been drinking, she was crying, didnt see him hit her tho")
t("Salvation Army caseworker note: Client (Vietnamese male, 16 per his account, age disputed) says he was brought in a lorry and 'the uncle' told him he owed $18,000 for the journey. He was kept in a house in Wrexham watering plants upstairs, windows covered with foil, not allowed out. Uncle came twice a week with food. He slept on a mattress beside the lamps. Police found him during a warrant.",
  "AV DB ROM AC", "rm sw plc", "C", "h")
t("Shoplifting at Tesco Extra, Mold. Female IP detained by security with £84 of meat in a bag. Local, known to police, says it's for her own use. Released with community resolution.")
t("GLAA inspection (labour provider, Herefordshire soft fruit): licence holder produced payslips for all 64 pickers showing NMW, accommodation charges within offset limit, passports held by workers themselves. Caravans clean, no more than 4 per unit. No concerns identified.")
t("A&E note, Glan Clwyd: 24F attended with partner, laceration to forearm from kitchen knife while cooking. Partner stayed in room but left when asked. Patient denies any harm from others. Discharged with steri-strips.")
t("she says the man who brought her from Lagos told her she would braid hair in a salon in Cardiff. When she arrived he took her passport and said she owed him 35,000 pounds. She was put in a flat in Newport and men came every night. If she refused he beat her with a belt. He said juju would kill her mother if she ran.",
  "DEC RD DB PSV ITH", "dt", "S", "h")
t("INT 3/C/C (not for disclosure to partner agencies): Car wash on A5 at Chirk, 6-7 ALB/ROM males, seen sleeping in portacabin on site. Cabin has no heating.",
  "AC", "sw plc", "L", "m")
t("Report online: my neighbour has started parking his van across my drive every morning, I've asked him nicely three times now, he just laughs. Can someone have a word before I do something I regret.")
t("Probation note: SMITH, Kyle (19) on licence reports that older males from Liverpool 'put him on the phone' and he carried wraps to Rhyl. Says he owed them £600 after he was 'robbed' of a bag and they told him he works till it's paid. He has been slapped and shown a machete.",
  "DB PSV ITH", "", "C", "h")
t("Midwife booking note: 19yo Romanian, 14 wks pregnant. Attended with a man who described himself as her 'cousin' and answered every question for her. Patient has no phone of her own and couldn't say the address where she lives. She became tearful when asked if she felt safe, but would not say more while he was in the building.",
  "ISO", "sfw iso", "", "m")
t("Theft of diesel from a tractor at a farm near Llanidloes. Approx 200 litres. Tyre marks at gate. Farmer has CCTV, reviewing.")
t("ppl in the house on Stryd Fawr Pwllheli there must be 15 of them all lads they go out at 5am in a minibus and come back 10 at night never see them at the weekend either. bins overflowing",
  "EO", "ced lh oa", "", "m")
t("Bank alert (financial crime): single address in Newtown, Powys linked to 11 newly opened current accounts in different names in 6 weeks. Debit cards for 9 of them used at one ATM within 20 minutes on payday. Wages from a food-processing agency credited to all.",
  "WW", "mbc ncw", "L", "m")
t("999 call 23:14: Female caller, Polish, very distressed, says she is locked in bedroom at address in Llandrindod Wells, man has taken her phone and passport, she is using a second phone she hid. Says he will 'come back with the others'. Units dispatched.",
  "ROM ISO RD ITH", "rm iso dt", "", "i")
t("School safeguarding referral: Year 10 pupil (15) missing from school on 6 occasions this term. Seen getting into cars with older males outside the school gate in Shrewsbury. New trainers and two phones. Returned from one episode with bruising to wrist and would not explain. Mum says he has been going to Birmingham.",
  "AV", "pa", "C", "h")
t("Council licensing: premises licence review for the Red Lion, Machynlleth, following noise complaints. Licensee has agreed to close beer garden at 2200.")
t("he tell me job is in the chicken factory and pay is 9 pound hour. when we come to Hereford the man say first we pay him for the bed and the bus and the agency fee, every week he take 150 and i get maybe 40. i work nights 12 hour six days. we live 9 people in house 3 bedroom.",
  "DEC WW AC EO", "ct uf lh oa ncw", "L", "h")
t("INT 2/B/P: BROWN, Liam and FLETCHER, Jordan seen exchanging packages at the Holyhead ferry terminal car park, believed cocaine. VRM YB19 ZTN. No intel re: exploitation.")
t("Debrief account (via Tigrinya interpreter): He says he paid smugglers in Libya and again in Calais. In the UK a man met him at a hotel and said there was work in a kitchen in Aberystwyth. He worked there for five months, 7 days, from 10 in the morning to after midnight. The owner said the wages were being saved for him because he had no bank account. He never received them. He slept in the store room behind the kitchen.",
  "WW EO AC", "lh sw ncw", "L", "h")
t("Caller reports an elderly man living alone on Bryn Road has not been seen for 3 days, curtains closed, milk on step. Welfare check requested.")
t("Neighbour dispute, Oswestry: two households arguing over a leylandii hedge. Words exchanged, no threats made, no offences disclosed. Advice given.")
t("Housing officer, Caernarfon HMO inspection: 3-bed terrace let to a man who sublets. 11 Romanian men found, mattresses on all floors incl. kitchen, one toilet, mould throughout. Men say the landlord's 'boss' takes £70 each from their wage for rent before they are paid and drives them to a packing site every day for £10 a day.",
  "AC WW", "oa plc ct ncw", "L", "m")
t("lost my passport on the train from Crewe to Holyhead on Sunday, its a British passport in the name of Emma WILLIAMS, just need a crime ref for the passport office")
t("OIC handover: Cuckooing at Flat 4, Maes Gwyn, Rhyl. Occupant (58, heroin user, known to ASC) says two lads from Liverpool moved in three weeks ago, he gets a bag a day to let them deal from his flat. He is scared of them, they took his bank card 'to keep it safe' and he hasn't been allowed to have his daughter round. Lads still present at last visit.",
  "AV ISO", "ncw iso fa", "C", "i")
t("Report from member of public: Nail bar on High Street Welshpool, the girls look really young, always the same 3, they are there before 9 and still there at 9 at night and I think they live upstairs, they never speak and a man drops food in.",
  "EO", "lh sw", "L", "m")
t("Theft from motor vehicle in the Morrisons car park, Aberystwyth. Window smashed, handbag taken from the front seat. Card used in Carmarthen shortly after.")
t("Her employer, a diplomat's family in London and then at their holiday home near Abersoch, kept her passport 'for safe keeping'. She says she cooked, cleaned and looked after three children from 6am until they slept, no day off in 2 years. She was paid £100 a month which was sent to her family in the Philippines by Madam, she never saw it. She was not allowed to leave the house alone.",
  "RD EO WW ROM", "dt lh rm ncw", "D", "h")
t("Caller says a drunk male was kicking wing mirrors on cars along Castle Street, Llangollen. Male detained by officers, arrested for criminal damage.")
t("Safeguarding (adult) referral from GP: 47M with a learning disability, living with a 'friend' and his family in a caravan on a site near Kington. Friend collects his PIP and UC and gives him £10 a week. Patient says he does tarmac work with the friend's sons every day but 'doesn't get money, I get fags'. Sleeps in a shed beside the caravans.",
  "AV WW AC", "ncw plc", "L", "h")
t("INT 2/B/P: Male known as 'K' running the 'Scouse Ben' line into Bangor. Line phone 07700 900123. Using local addicts' flats. No information about young runners at present.",
  "", "", "C", "m")
t("GLAA (licence breach): labour provider supplying workers to a salad packhouse in Herefordshire without a licence. Workers interviewed were paid correctly into their own bank accounts, living in their own rented homes. Provider charged each worker a £50 'registration fee'. Referred for licensing action.",
  "", "uf", "", "l")
t("I came from Slovakia with my sister. The man paid our tickets and said we would work in a factory in Wales. Here he took our ID for the 'registration' and he put us in a flat in Newtown with 8 people. He keeps our bank card and each week gives us £25. He say if we go he will find us. My sister is scared to speak to anyone.",
  "DEC RD WW ITH AC", "dt ncw oa fa", "L", "h")
t("Road traffic collision on the A470 near Rhayader, two vehicles, minor injuries, one driver breathalysed negative. Road closed 40 minutes.")
t("Text-speak report: my mate says the kebab shop on Bridge St in Newtown has a lad sleeping in the back who doesnt speak english n they make him work all day every day n never let him out",
  "EO ROM AC", "sw lh rm", "L", "h")
t("A kidney transplant patient at Royal Stoke asked her consultant whether there was a way to 'buy' a kidney abroad to jump the waiting list. She was advised that it is illegal and was given support. No further concern.")
t("INT 2/A/P: source states that MAHMOOD has recruited two men from Lahore, told them there was an office job in Birmingham. On arrival they were taken to a flat in Wolverhampton and then to a clinic in Pakistan where each had a kidney removed. One has returned to the West Midlands and is unwell. MAHMOOD paid them nothing of the £5,000 promised.",
  "DEC", "", "O", "m")
t("Hi I run a car wash in Wrexham and a guy from the council came round asking about my staff. All my lads are on PAYE, have their own passports, go home at 6. I have nothing to hide, happy for police to come and look.")
t("Report: ALBANIAN male, 17, found by Border Force hiding in a lorry at Holyhead. Says he was promised work at a 'farm' in England by a man from his village; he owes 'the people' €15,000 which his family has already started to pay. He has a phone number to call on arrival.",
  "AV DB", "", "", "h")
t("Domestic incident, Bala: female states partner pushed her against the wall during an argument about money. Visible redness to neck. Partner arrested for assault. DASH completed — medium. No other persons at address.")
t("Caseworker note (BAWSO): Client, 32, Chinese. Came on a student visa which expired. Worked in a takeaway in Llandudno, 72 hrs a week for £250 cash, lives above shop with 2 others. She says boss is fine, she can come and go, keeps her own passport, wants help to regularise her status. No exploitation disclosed; advice on immigration given.",
  "EO", "lh", "L", "m")
t("INT 3/C/P: HMO at 12 Dinas Road Welshpool — 'Romanian lads' seen loading into a van each morning with a man who always does the talking. Van VRM GF63 XBK. Nothing further.",
  "", "sfw", "", "l")
t("A&E, Morriston: Male, 30s, Vietnamese, burns to both hands and face. Came with 2 men who gave his name as 'Nam' and said he had an accident cooking. He said nothing. Clinician noticed he smelt strongly of cannabis and had cuts to fingers consistent with plant trimming. Men removed him before X-ray.",
  "", "pa sfw", "C", "m")
t("Public report: Gypsy site at edge of Leominster has a few old men working laying driveways, they look rough as anything, skinny, one had no shoes on in the van. Always with the younger ones who shout at them.",
  "", "pa sfw", "L", "m")
t("Female reports she was sexually assaulted in a taxi returning from a night out in Bangor. Driver known to her. Arrest made. No exploitation.",
  "PSV", "", "", "h")
t("Tenant complaint to Powys Council: damp in rented house in Llanidloes, landlord not responding. Family of four, all British. No other issues.")
t("Mae'n gweithio ar y fferm ers 20 mlynedd — (translated by officer): Older farmhand in Ceredigion, 61, has worked for the same family since his teens, lives in a cold outbuilding with no toilet, is given 'keep' and £15 a week, never had a holiday. Family say 'he's like one of ours'. Farmhand has learning difficulties.",
  "AV AC WW EO", "plc ncw lh", "L", "h")
t("Burglary dwelling, Knighton. Entry via rear door. Jewellery and a laptop taken. SOCO attended.")
t("INT 2/B/C (C: do not disclose source area): Pop-up brothel operating from Airbnb in Llandudno this week, adverts on AdultWork under 'Sexy Lara New In Town'. Females believed Romanian, moved town to town every week by a male driver who books the flats and collects the money.",
  "WW", "et ncw", "S", "h")
t("Debrief: 'They said if I talked to the police they would send the video to my family.' She had been filmed in the flat in Swansea. The men took everything she earned. She was moved to Wrexham and then Chester. They never let her out alone.",
  "ITH WW ROM", "rm ncw", "S", "h")
t("Theft of cash from a charity collection tin at a shop in Lampeter. CCTV shows a young male. Enquiries ongoing.")
t("Two Eritrean men spoke to our drop-in (Refugee Council). Both are in asylum accommodation in Wrexham, both have their own ARC cards. They asked about legal work and we referred them to a solicitor. No concerns about exploitation raised.")
t("Press summary: Three men jailed at Mold Crown Court for modern slavery offences after forcing vulnerable British men, recruited from homeless shelters, to lay block paving across North Wales for no pay. The victims were housed in a derelict horsebox, fed scraps and beaten if they asked to leave.",
  "AV WW AC PSV ROM", "plc rm", "L", "h")
t("Caller states he's been scammed on Facebook Marketplace selling a quad bike, buyer sent fake bank transfer screenshot. Loss £3,200.")
t("Child sexual exploitation concern, Dyfed-Powys CSE team: 14yo girl, looked-after child, repeatedly missing from placement in Llanelli, found in a flat with men in their 20s. Given vodka and cannabis. Disclosed that 'Jay' makes her 'be nice to his mates'. She believes Jay is her boyfriend.",
  "AV PSV", "", "S", "h")
t("INT 1/A/P: Officers attended vape shop on Castle Street, Shrewsbury re. underage sales. Sold to 15yo test purchaser. Trading standards informed.")
t("Worker at a chicken farm near Welshpool had his hand caught in a conveyor. HSE informed. He is employed direct by the farm, paid weekly into his account. Employer cooperating.")
t("A man who lives near me in Holyhead keeps a young Filipino woman, she cleans his house and his mother's house and also his office, she's never off, I've never seen her out alone, she told my wife he has her passport in his drawer and she hasn't been paid since she came.",
  "EO ROM RD WW", "lh rm dt", "D", "h")
t("Border Force, Holyhead: Irish-registered minibus with 7 Romanian nationals, all holding own ID, travelling to a job with a named agency in Hereford. Agency contacted and confirmed bookings. Allowed to proceed.")
t("INT 2/B/P: Teenager 'Reece' (approx 15) from Birmingham seen in Hereford city centre dealing from a bike. Said to be sleeping at a trap house on Westfaling St. Older male 'Dot' supplies him and took his phone so he can only use the line phone.",
  "AV ISO", "iso sw", "C", "i")
t("Complaint: guy on the building site next door in Ludlow starts drilling at 6am on a Sunday every week. Council said to ring police.")
t("I was working at a hand car wash in Hereford for 2 year. The boss was Kurdish he take my passport at start and never give back. We sleep in container behind the wash. Work from 8 to 8 every day rain or sun, no gloves, the chemical burn my hands. Pay he say is 'later' but I got only 20 pound sometimes.",
  "RD AC EO WW", "dt sw lh pa plc", "L", "h")
t("Drink driving arrest, A55 Junction 11. Driver blew 67. Charged.")
t("Call from Shelter Cymru: rough sleeper in Aberystwyth was approached by men offering work and a room 'in England'. He refused and was not harmed. Flagging for intel only.")
t("INT 2/C/P: Shop worker at a convenience store in Tywyn, Indian national, said to be working 14 hrs/day 7 days/week and living in the stockroom. Owner is his uncle; worker told a customer he owes the uncle for his visa and cannot leave until it's repaid.",
  "EO AC DB", "lh sw", "L", "h")
t("Welfare concern: elderly lady in Presteigne gave her bank card to a carer who has since withdrawn £1,900. Carer self-employed. Fraud enquiry. Lady has her own home and family; no exploitation of labour.",
  "", "ncw", "", "l")
t("Debrief via Vietnamese interpreter: he says the men told him in Hanoi he would work in a nail shop and get £1,200 a month. Instead, in Birmingham he was locked in a house with cannabis plants and told that if he tried to escape his family in Nghe An would be 'visited'. He could not leave, the doors were bolted from outside, he was given rice and instant noodles.",
  "DEC ROM ITH AC", "rm", "C", "h")
t("Car keys stolen from a hotel reception at Portmeirion, vehicle not taken. Staff member later handed keys in.")
t("School referral: 12yo boy in Year 7, Newtown, told teacher his mum's boyfriend makes him stay home to look after 3 younger siblings and clean the house while mum is at work. He has missed 40% of school. No payment involved. Children's services contacted under neglect.",
  "", "", "", "h")
t("Anonymous Crimestoppers: 'there is a farm near Builth where the farmer has foreign lads in old caravans with no water and he's had them working on the land since lambing without a day off, one told me they haven't been paid since Christmas'",
  "AC EO WW", "plc lh", "L", "h")
t("Fraud: pensioner in Llandudno phoned by 'bank' and persuaded to transfer £14,000 to a 'safe account'. Scam call. No exploitation.")
t("GLAA intel: labour user (food factory, Wrexham) uses an agency whose workers complain of being charged £15 a week for hi-vis vests and boots and £40 a week for the minibus. Some workers show payslips with near-zero net pay after deductions.",
  "WW", "ppe ct ncw", "L", "m")
t("I am making this statement about my employer at the hotel in Betws-y-Coed. I work in housekeeping. I have a contract, I am paid every month, sometimes we work long shifts in summer but we get overtime. I am giving this statement only because my colleague's husband was arrested there for theft.")
t("she wont say who the older lad is but shes 13 and came home at 3am with a new iphone and smelling of weed, ive found messages saying she 'owes' him for it and hes told her to take a bag to Wrexham on the train. I need help tonight she's out now and wont answer",
  "AV DB", "", "C", "i")
t("Criminal damage to bus shelter, Colwyn Bay. Glass smashed. Youths seen running off.")
t("INT 2/B/P: Albanian OCG controlling cannabis grows in 3 rented houses in Ludlow, Leominster and Kington. Gardeners are young Albanian men who owe the group for their journey across the Channel; they are moved between houses at night and never allowed out. One gardener is believed to be 16.",
  "DB ROM AV", "rm", "C", "h")
t("Woman came in to the library asking for help to use the internet to find her husband's family in Poland. Nothing of concern.")
t("He was given a job on a scallop boat out of Milford Haven. The skipper took his seaman's book and passport. They fished for 20 hours a day. When he complained about no pay the skipper punched him and said he'd leave him on the quay with nothing, no papers, and call immigration.",
  "RD EO WW PSV ITH", "dt lh fa", "L", "h")
t("Lost property: a Ghanaian student at Bangor University handed in her purse and passport at the station after finding them in her bag. Mixed up with someone else's. Returned.")
t("Report via Modern Slavery Helpline: A woman in a house in Wrexham is said to be the 'wife' of the eldest son; neighbours say she was brought from Pakistan a year ago, she does all the cooking and cleaning for 9 family members, is never seen without the mother-in-law and was slapped in the garden. She speaks no English.",
  "AV EO ROM PSV", "lh rm", "D", "h")
t("Stolen quad bike from a farm in Trawsfynydd, found burnt out two miles away.")
t("INT 2/B/P: Source states that the massage parlour on Mill Street, Newtown has 'new girls' every fortnight, believed Thai. They live on the premises and are never seen leaving. A male collects the cash at 0200.",
  "ROM", "sw rm ncw", "S", "h")
t("Caller says her son (17) has been 'working for' a man in Shotton who pays him in weed to drop packages. He has been beaten up once when a package went missing. The man keeps messaging telling him he owes £400.",
  "AV DB PSV", "", "C", "h")
t("ASB complaint: quad bikes on the beach at Borth, noise, rude to dog walkers.")
t("Care home in Knighton: CQC whistleblower says night carers from Kerala sponsored on Health and Care visas are being told they must repay £8,000 'sponsorship fees' if they leave before 3 years, are rostered 70+ hours a week, and the manager holds their passports.",
  "DB EO RD", "lh dt uf", "L", "h")
t("I want to report my ex. He's been messaging me 50 times a day since I left him. Harassment. He lives in Prestatyn. I have my own place now and I'm safe.")
t("Agency worker at a warehouse in Telford states he was promised £11/hr but gets £9.50. He has his own bank account and lives with his girlfriend. Pay dispute, referred to ACAS. No exploitation.")
t("INT 2/B/P: Polish male 'Marek' recruiting homeless Polish men at St Mungo's-type shelters in Chester, offering work at a recycling plant in Deeside. Men are housed in a caravan on the yard, Marek collects their wages. One male states he has been there 6 months and never had a wage slip; he gets food and alcohol.",
  "AV WW AC", "ncw sw", "L", "h")
t("shes staying in my brothers flat in Flint with 3 other girls and the men come all night, i heard one scream and he said shut up or your mum in Romania will know what you do. she has bruises on her legs.",
  "ITH PSV", "pa", "S", "h")
t("Attempted theft of catalytic converter, Machynlleth. Suspects disturbed by owner. Blue Golf, partial VRM.")
t("Victim account (first person, Sudanese, written with support worker): 'I crossed on a small boat. In Birmingham a man gave me a room and said I must wash cars to pay him back the £3,000 for the room and the boat. Every week he added more for food. After one year I still owed more than at the start.'",
  "DB", "", "L", "m")
t("Dog theft: cocker spaniel stolen from a garden in Rhosllannerchrugog. Appeal on Facebook.")
t("Referral from Wrexham CAMHS: 16yo, disclosed that he has been sleeping at older men's houses and they 'send him out' to shoplift from B&M and Boots to order. He is given food and a place to sleep in return. They told him they'd tell the police about his cannabis if he stopped.",
  "AV ITH", "", "C", "h")
t("Parking complaint: cars parked on pavement by the school in Llanfair PG. Children having to walk in the road.")
t("NHS dentist in Welshpool reports a Chinese woman with severe dental infection who said her 'boss' would not let her take time off from the restaurant kitchen, she works 'all day' and lives in the restaurant flat. She was accompanied by the boss's wife who paid cash.",
  "EO", "lh sw pa sfw", "L", "m")
t("INT 2/B/P: Male 'Tiny' from Toxteth using 2 local girls (both 15) to carry drugs between Liverpool and Llandudno on trains. Girls given phones and told if they lose the drugs they will be 'taxed'.",
  "AV ITH", "", "C", "h")
t("Missing person, Llandrindod: 34M left home after argument. Located next day at friend's house. Safe and well.")
t("Hate crime: racist graffiti sprayed on the wall of a Polish shop in Llanelli. Owner upset but unhurt. CCTV seized.")
# ---- part 2 ----
t("INT 2/B/P: Source reports a Romanian male in Leominster advertising 'kidney donors wanted, £10k' on a Facebook group aimed at Romanian workers in Herefordshire. Two workers said to have travelled to Turkey for 'tests'. Identities unknown.",
  "DEC AV", "", "O", "m")
t("Debrief (Albanian, via interpreter): She says her boyfriend in Tirana promised they would marry in England. In Birmingham he said they had debts and she must 'work' in a flat. He took all the money, and when she cried he hit her. Later he sent her to a flat in Shrewsbury with two other girls. She did not know which town she was in.",
  "DEC WW PSV ISO DB", "ncw iso", "S", "h")
t("Theft from a church in Dolgellau, collection box forced. Low value.")
t("Safeguarding referral (adult services, Anglesey): 39M, alcohol dependent, told his support worker that a family he met in the pub are 'letting him stay' and he works in their scrapyard every day. They keep his bank card and give him cider and cigarettes. He sleeps in a caravan with no electricity. He says he can't leave because they'd 'batter' him.",
  "AV WW AC ITH", "ncw plc", "L", "h")
t("Public report: teenagers smoking weed in the bus station in Carmarthen every afternoon, swearing at old people.")
t("MIDWIFE NOTE Wrexham Maelor: 17yo Pakistani woman, 26/40, married at 16 in Pakistan, lives with husband's family. Attends only with mother-in-law who interprets. When seen alone (Urdu interpreter by phone), says she is not allowed out, does all housework for 11 people from 5am, her passport is 'with father-in-law', she is hit if food is late.",
  "AV ROM EO RD PSV", "rm lh dt sfw", "D", "h")
t("Caller reporting a suspicious male trying car door handles on Princes Drive, Colwyn Bay at 0300. Male detained, found with a screwdriver.")
t("GLAA: Inspection of gangmaster at daffodil fields in Pembrokeshire. Pickers (Bulgarian) report they are paid per bunch and earn above NMW, hold their own ID, and live in a licensed caravan site with working showers. Transport deduction of £5/day is agreed in contract. No breaches found.",
  "", "ct", "", "l")
t("i got a job by a facebook advert 'work in UK farm, free house, good money'. when I land in Birmingham the man take my passport and drive me to a farm near Ledbury. in the house 14 men, 2 toilets. we pick strawberries 6 in morning to 9 evening. they say we owe £1,500 for flight and house and every week we owe more. I ask to go home and the man says 'you go, we find your family in Moldova'.",
  "DEC RD AC EO DB ITH", "dt oa lh uf", "L", "h")
t("Assault outside a pub in Aberystwyth, 0130 hrs. Male punched, broken nose. Offender known to victim, arrested.")
t("OIC update: Operation TALON. Search warrant at a nail bar in Shrewsbury. Two Vietnamese females, one 17, found sleeping on mats in the back room. Both say they came to the UK via France and the manager 'looks after' their money. Phones found in manager's bag. Both referred to NRM. Manager arrested s2 MSA.",
  "AV WW ISO", "sw ncw iso", "L", "h")
t("nothing dodgy about the car wash in Newtown, I go there every week, the lads have proper uniforms, theres a card machine and the owner is always there, they close at 5. I think someone reported it just because they're foreign.")
t("INT 3/D/P: Uncorroborated rumour that a farmer near Tregaron 'keeps' a worker. PCSO visited: worker is the farmer's nephew, paid, has his own car and house in the village. No concerns.")
t("Child protection: 15yo boy, Telford, arrested with 30 wraps of crack in his mouth in a flat in Oswestry. He was reported missing from Wolverhampton 4 days ago. Phone shows messages from an adult male directing him: 'dont come back without the money or your brother gets it'.",
  "AV ITH", "", "C", "h")
t("Report: a Sudanese man approached staff at the Salvation Army hub in Newport saying he has been working in a kitchen in Cardiff for 9 months. He was promised a salary of £1,600 a month. The owner pays him £50 a week and said the rest goes on his 'rent and visa'. He lives in a room above with four others.",
  "DEC WW AC", "ncw oa", "L", "h")
t("Stolen bicycle from outside Bangor station. Lock cut.")
t("Bank alert: Account of a 19yo student in Aberystwyth received £8,700 from 12 different accounts in a week and sent it on immediately. Student says a man on Instagram offered him £300 to 'use his account'. Money mule. Student not under threat.",
  "", "", "C", "m")
t("I want to report my landlord in Rhyl. He's keeping my deposit. I have moved out. It's a civil matter I know but he's been rude.")
t("Social worker note: Family of 6 (Syrian, resettlement scheme) living in a 3-bed council house in Llandrindod. Father works at a bakery, paid weekly. Children attend school. House a bit cramped but warm and clean. No concerns.")
t("INT 2/B/P: LEWIS, Connor (24) and two females (both 16) believed to be selling drugs from a tent at the Llangollen music festival. Females said to be 'his girls' — concern of CSE. Festival security informed.",
  "AV", "", "C S", "h")
t("WITNESS STATEMENT: I work at the B&M in Holyhead. I've seen the same Romanian lady begging outside the shop every day for months. At about 6pm a silver Mercedes picks her up and the driver takes the cup from her. One day she had a black eye. She doesn't speak English.",
  "WW", "ced ncw pa", "C", "m")
t("Report from a passenger: on the ferry from Dublin to Holyhead a man had 5 young women with him, he held all their passports and tickets and told them not to talk to anyone. They looked scared and had tiny bags.",
  "RD ISO", "dt fpe iso fa", "", "m")
t("Anti-social behaviour: fireworks being set off in the street in Penrhyndeudraeth. Residents' dog frightened.")
t("Debrief account, Filipino domestic worker, Kalayaan referral: 'I came with my employer's family from Dubai as a domestic worker. In Knightsbridge I slept on the floor of the children's room. I worked 18 hours, no day off. Madam kept my passport in her safe. I was not paid for the 8 months in London. When the family went to their house in Powys for summer they took me. I ran away from there to the village shop.'",
  "EO RD WW AC", "lh dt", "D", "h")
t("101: caller says her son, 16, was 'robbed' of his phone by lads he knows in Welshpool. Phone tracked to a house nearby. Dispute between teenagers.")
t("INT 2/B/C: POI 'Big Mo' said to control a line between Birmingham and Hereford using homeless adults. Source says Mo gives users crack to hold drugs in their flats and beats those who 'mess up'. One user was stabbed in the leg last month for losing a bag.",
  "AV PSV", "", "C", "h")
t("Handover: Police called to a takeaway in Ystradgynlais after a customer reported that a young worker asked her for help in a note on a receipt: 'help me, no money, boss take passport'. Worker (Bangladeshi, 22) confirmed via interpreter that owner holds his passport and he is paid nothing. He was taken to a place of safety.",
  "RD WW", "dt fa", "L", "m")
t("Public complaint: an Indian restaurant in Llandeilo playing loud music after midnight on weekends.")
t("They promise me job as a model in London, the Instagram agent. At the airport a man meet me and drive me to a house in Cardiff, then they tell me no model, I must go with clients. I was in a room, the door was locked. They took pictures for the website. When I said no, two men raped me.",
  "DEC ROM PSV", "rm", "S", "h")
t("GP note: patient (Polish, 52) seen for back pain. Works at a mushroom farm in Powys, 10 hour shifts, paid weekly, lives with his wife. No concerns.")
t("INT 2/B/P: a 'gang' of Slovak men are working on a building site in Shrewsbury for a subcontractor. Workers are driven to and from site by the subcontractor at 0530 and 2000. One worker said he had paid €400 for the job in Kosice and the cost of the transport is deducted from wages.",
  "EO", "ced lh uf ct", "L", "m")
t("Shop theft, Boots Hereford. Male took fragrances worth £420. Known shoplifter.")
t("CAN YOU PLEASE DO SOMETHING ABOUT THE HOUSE ON ST MARY'S STREET, THERE ARE GIRLS COMING AND GOING AND MEN AT ALL HOURS, ITS A KNOCKING SHOP, I HAVE KIDS, ONE OF THE GIRLS CAME TO MY DOOR CRYING SAYING SHE WASNT ALLOWED TO LEAVE AND HE HAD HER PASSPORT THEN A MAN DRAGGED HER BACK IN",
  "ROM RD PSV", "rm dt", "S", "i")
t("Border Force, Birmingham Airport: 2 Indian nationals arriving on visitor visas with a letter from a 'care agency' in Hereford. They had paid £12,000 each to an agent in Kerala for 'sponsorship'. Refused entry. Agent details passed to Home Office.",
  "", "uf", "", "l")
t("Trading Standards: rogue trader targeting elderly in Ludlow, charged £9,000 for moss removal from a roof. Fraud investigation.")
t("Victim account (first person, Romanian man, 44): 'I was living on the street in Bucharest. A man offered me work in England in construction. He paid the bus. In Shrewsbury they put me in a garage with five other men, no windows, one bucket for toilet. We worked every day on roofs. They said the money goes to pay the bus and the food. After 8 months I had nothing.'",
  "AV DEC AC EO WW DB", "plc oa lh", "L", "h")
t("Concern: a teenage girl from a children's home in Newtown has been seen getting into a black Audi with an older man every evening. Staff think he is buying her alcohol. She has a new phone she won't explain.",
  "AV", "", "", "h")
t("Report via online form: my mate Tomasz works in a factory in Wrexham through an agency. Agency took his passport 'to copy it' in March and still hasn't given it back, he keeps asking and they say it's at head office. He gets paid OK though and lives with his girlfriend.",
  "RD", "dt", "", "m")
t("Domestic abuse, Welshpool: female discloses controlling behaviour by partner, who checks her phone and takes her wages. She works at a supermarket. No other concerns. DASH high, IDVA referral.",
  "WW", "ncw", "", "m")
t("INT 2/A/P: DUONG, Van Thanh (VRM LK17 PVN) seen delivering bags of fertiliser and food to a house on Heol y Bryn, Carmarthen at night, windows blacked out, electricity meter bypassed. Nobody seen to leave the house in 3 weeks of observation.",
  "ROM", "rm", "C", "m")
t("Noise complaint from a caravan park near Abersoch, hen party.")
t("Rwy'n poeni am y dyn yn y fferm (I'm worried about the man on the farm) — he's old, sleeps in the cowshed, I've never seen him paid, the farmer shouts at him and once I saw him hit him with a stick. He's been there since I was a kid.",
  "AC PSV WW", "sw plc", "L", "h")
t("Nurse at Hereford County Hospital: Chinese woman, early 30s, attended with severe abdominal pain. Says she works in a 'massage shop' in Worcester and lives there. A man called 'Uncle' waits outside and pays. She asked the nurse whether the police would deport her.",
  "", "sw sfw fa", "S", "h")
t("Stolen sheep: 40 ewes taken from a field near Crickhowell. Rural crime team notified.")
t("I was a student in Wrexham and lost my job at the pizza place. A friend of a friend said I could earn fast money by letting him use my bank account. Then he said I owe him because the bank froze it, and I must collect bags from Manchester. He came to my flat with two men and said he knows where my parents live in Nigeria.",
  "DB ITH AV", "", "C", "h")
t("GLAA: Investigation at a poultry catching gang, Shropshire. Catchers (Lithuanian) report they are driven 'everywhere' by the gangmaster, work nights 7 days a week, get paid in cash only what he decides, and he keeps their bank cards. One says he was punched for falling asleep.",
  "EO WW PSV", "et lh ncw", "L", "h")
t("Caller's daughter (20) has gone to live with her boyfriend in Liverpool. Caller doesn't like him. Daughter spoken to by Merseyside officers — happy, has her phone and money, no concerns.")
t("Probation: Vietnamese male, 19, serving sentence for cannabis production in a house in Newport. Says he was told he would work in a restaurant, was locked in the house, and threatened with a gun. Statutory defence under s45 being considered.",
  "DEC ROM ITH", "rm", "C", "h")
t("Complaint about dog fouling on the promenade in Llandudno.")
t("INT 2/B/P: Polish-run recycling plant on Deeside Industrial Estate — workers reportedly live in shipping containers on site, are charged £80/week for them, and work 12-hour shifts 6 days a week. One worker with visible injuries to hands said gloves cost £10 from the manager.",
  "AC EO", "sw plc lh ppe pa", "L", "m")
t("Immigration enforcement visit to a restaurant in Brecon: 2 Indian nationals working illegally, overstayers, paid cash at normal rates, live in rented flat. Both arrested for immigration offences. No indicators of exploitation found.")
t("Missing from home: 14yo girl from Shotton missing since yesterday, believed with 18yo boyfriend in Chester. Previous CSE concerns.",
  "AV", "", "S", "i")
t("Safeguarding from school nurse: 13yo girl in Llanelli said her uncle makes her clean and cook for his whole family and she is not allowed to go to after-school clubs, she has bruises on her arms she says came from him.",
  "AV PSV ROM", "pa rm", "D", "h")
t("Theft of tools from a van parked overnight outside a hotel in Chepstow. VRM of suspect vehicle obtained.")
t("he didnt pay me for 2 months at the chip shop but he paid in the end when i said i'd go to acas. i quit and work at aldi now. just wanted to put it on record")
t("NGO note (Unseen helpline): caller is a Romanian woman in Hereford working at a packhouse. She says her 'boyfriend' collects her wage card, she has no money, and she has to give him £300 a week for 'rent'. She lives in his house with 6 other women who all work at the packhouse. He drives them to work.",
  "WW AC", "ncw oa et", "L", "m")
t("Fraud: a man in Llangefni has been claiming Universal Credit for 4 people who live in Romania, using their IDs. Benefit fraud investigation.",
  "", "", "", "l")
t("INT 2/B/P: Several Eritrean boys (believed 15-17) arrived at Holyhead concealed in a lorry; two went missing from foster care in Bangor within 48 hrs, believed picked up by a car with Birmingham plates. History of Eritrean UASC being put to work in car washes in the West Midlands.",
  "AV", "", "", "i")
t("Debrief: 'My father owed money to the man in Fujian. The man said I could pay by working in the UK. I came by plane and lorry. In Birmingham I was taken to a restaurant, sleep on the floor upstairs, work every day, no money. Boss says still owe 20,000. I could not speak English and I did not know where I was.'",
  "DB AV EO WW ISO", "sw iso lh", "L", "h")
t("Cannabis farm discovered by fire service after electrical fire in a house in Aberdare. House empty, nobody found. 400 plants.")
t("Officer note: attended Llanrwst after a report of 'slaves on a farm'. Found 4 New Zealand sheep shearers employed by a contractor, all on working holiday visas, paid by the fleece (well), staying in a B&B. All laughed at the suggestion. No concerns.")
t("Email to police from a hotel manager in Llandudno: we took on 3 workers from an agency and found they were each paying £200 a week to the agency's boss 'for accommodation' which is a caravan on his land. They say he drives them in and out and keeps their passports. They seem frightened of him. We stopped using the agency.",
  "RD AC WW", "dt et fa ct", "L", "h")
t("Criminal damage: tyres slashed on 4 cars in Ruthin overnight.")
t("ASB: group of teens drinking on the playing fields in Denbigh every Friday.")
t("Safeguarding adult (Powys): 68yo woman with dementia; her son's partner has moved in and is using her pension, leaving no money for food. No work involved. Financial abuse.",
  "", "ncw", "", "l")
t("I come to UK for study. The agent in Lagos said I can work in a care home part time. He charged me £6,000. In Wrexham the care home make me work 60 hours a week, I am only allowed 20 by visa, and say if I complain they will report me to Home Office and I will be deported. My pay goes to the agent's account.",
  "DEC EO ITH WW AV", "uf lh fa ncw", "L", "h")
t("INT 2/B/P: Male believed Albanian living in a house in Hay-on-Wye, tending plants; neighbours say he is only ever seen in the garden at night and a man brings shopping. Source says he was told he owes £20k for his crossing.",
  "DB", "", "C", "m")
t("Caller states a young woman ran into the petrol station in Caersws barefoot in her nightwear saying men were holding her in a house down the road and she'd been beaten. She is in the shop now. Men looking for her in a grey van.",
  "ROM PSV", "rm pa", "", "i")
t("Road rage incident, A483 near Oswestry. Driver got out and kicked another car. Dashcam footage available.")
t("The family I stayed with as an au pair in Monmouth were lovely, I worked 25 hours a week with the kids, had my own room and my weekends free and they paid me £100 a week pocket money as agreed. I'm writing because another au pair I know in Chester is being treated very badly and I don't know who to tell.")
t("Au pair (Spanish, 19) in Chester: says host family make her clean the house and care for 4 children from 6am to 10pm, took her passport 'for the insurance', pay her nothing since she arrived, and she is not allowed friends round or to go out in the evening.",
  "EO RD WW ROM AV", "lh dt rm", "D", "h")
t("INT 2/B/P: BOWEN, Kayleigh (22) running 'escort agency' from flat in Aberystwyth. Girls are local, 18-20, say they keep 60% and can leave when they want. No information suggesting coercion.",
  "", "", "S", "m")
t("Burglary at a garden centre near Welshpool. Ride-on mower taken.")
t("Member of public: bloke at the market in Wrexham keeps asking young lads if they want to 'make some money' by taking parcels to Chester. Haven't seen any lad go with him.")
t("Debrief (first person, Vietnamese woman, 23, translated): 'The lady said nail job in England, £1,000 a month. She keep my passport from Vietnam. In the shop in Telford I work 9 in morning to 8 in night every day. I sleep in the shop room. No salary — lady says I must pay back £20,000 for the journey first. If I tell police, my parents' house will be taken.'",
  "DEC RD EO AC DB WW ITH", "dt lh sw", "L", "h")
t("A&E Wrexham: 30M, Romanian, hand injury from a band saw at a timber yard. Employer drove him in and paid for prescription. He is employed by an agency, lives with his brother, has his own passport. No concerns.")
t("Report: a small fishing boat out of Holyhead has had the same 2 Ghanaian crew for a year, they live on board in the harbour, never seen in town. Skipper is always with them.",
  "", "sw sfw", "L", "m")
t("Theft of a handbag at a supermarket in Ammanford, bag left in trolley. Suspect identified from CCTV.")
t("POLICE LOG: Male (British, 44, homeless) found in a state of neglect at a traveller site near Brecon. Says he has worked for the family for 6 years doing paving, gets 'fed and a few quid'. They took his ID to open a bank account and he has never seen the card. He has a fractured wrist which wasn't treated. He asked to leave with officers.",
  "AV WW RD AC PSV", "pa dt ncw", "L", "h")
t("Gran says her grandson (16) in Rhyl has been cuckooed — older lads using his mum's flat to cook crack. Mum is an addict. They threatened to burn the flat if mum calls the police. Lads are there now.",
  "AV ITH", "fa", "C", "i")
t("GLAA licensing: Labour provider in Evesham failed to provide records of working time and holiday pay. Workers interviewed say they get holidays, hold their documents, are paid to own accounts. Licence conditions added.")
t("Public report: lots of women coming in and out of flat above the Chinese medicine shop in Hereford late at night. Adverts online for 'oriental massage'. Don't know if anything is wrong.",
  "", "", "S", "m")
t("Statement of a Polish witness: 'I worked with Piotr at the meat plant in Llangefni. I saw the driver take his bank card every Friday. Piotr told me he has no money even for cigarettes. He sleeps in a caravan in a field with 4 men. The driver is his cousin. Piotr drinks a lot and the cousin uses that.'",
  "AV WW AC", "ncw oa", "L", "h")
t("Domestic: husband and wife arguing in a car in the Asda car park, Bangor. Wife states no assault. Both sent on their way.")
t("Kidney transplant clinic, Birmingham QE: Patient of Indian origin returned from Chennai with a new kidney, states he 'paid a donor'. Clinician reported concern that the donor was a poor labourer who was paid a fraction of what was promised. Referred to HTA.",
  "DEC AV", "", "O", "m")
t("Report: a Polish man and his wife run a B&B near Betws-y-Coed. Their son helps in the kitchen at weekends. Someone anonymously reported 'child labour'. Son is 15 and goes to school, paid pocket money. No concerns.")
t("INT 2/B/P: Female 'Bianca' (ROU, mid 20s) photographed on AdultWork with Airbnb interiors in Shrewsbury, Ludlow and Hereford over 3 weeks. Same male phone number on all three adverts. Male seen carrying her suitcase and she is never seen alone.",
  "ROM", "et rm sfw", "S", "h")
t("Victim (Chinese, 29) says: 'The snakehead took my passport in Beijing. I worked in a restaurant kitchen in Cardiff and then in a takeaway in Carmarthen. I worked 14 hours. Each week they take money for the debt. The boss hit me with a ladle when I burned the rice.'",
  "RD EO DB PSV WW", "dt lh", "L", "h")
t("Vehicle fire on industrial estate, Newtown. Believed deliberate. Stolen earlier from Welshpool.")
t("Online report: I think my neighbours are growing weed, smell is unreal, lights on all night.",
  "", "", "", "l")
# ---- part 3 ----
t("INT 2/B/P: Address in Llandudno Junction linked to 14 bank cards in different Romanian names. Cards used one after another at the Co-op ATM on Conway Road each Friday by the same male, POPA, who drives workers to a packing plant.",
  "WW", "mbc ncw et", "L", "m")
t("she lives with them, does the cleaning and cooking for the whole family and minds the baby, they took her phone off her when she arrived from Nigeria and she's got no one to ring, she sleeps on the kitchen floor. the neighbours kids told my kids",
  "ISO AC", "iso sw plc", "D", "m")
t("Found a wallet on the beach at Barmouth with a driving licence, handed it in at the station.")
t("Debrief via Sudanese Arabic interpreter: He says the man who drove him from the hotel in Cardiff took his phone 'so the police can't track you'. He worked at a car wash in Hereford. He did not know the town's name until he was rescued. He spoke to nobody except the other workers. He says he was not hit.",
  "ISO", "iso", "L", "m")
t("Caller reports a man was punched outside the kebab shop on High St, Bangor at 0200. Ambulance called. Offender ran towards the pier.")
t("Organ trafficking intel (NCA, disseminated 2/B/C — not for onward disclosure to media): A Nigerian politician's family arranged for a young man from Lagos to travel to a London hospital as a 'donor' for a relative. The young man was told he would get a job and was not told the full nature of the operation until tests.",
  "DEC AV", "", "O", "m")
t("Referral from a housing association in Wrexham: an elderly Indian woman lives with her son's family and is said to do all household work and childcare from dawn to midnight. She told a visiting nurse she is not allowed to call her daughter in India and the son keeps her pension and passport.",
  "EO ISO RD AV", "lh iso dt ncw", "D", "h")
t("ASB: youths throwing stones at trains near Flint station.")
t("Customer complaint posted online about a hand car wash in Mold: 'lads were pushy and scratched my car'. No welfare concerns mentioned.")
t("Call from a woman in Llanidloes: her Romanian lodger, who works at the meat plant, has not been paid for three weeks because the company had a payroll problem. He has been paid now. She wanted to check whether this was legal.")
t("i was told i would be a cleaner in a hotel in Liverpool, the man paid my flight from Bucharest. when i arrived he drove me to Wales, i dont know the town, a house by the sea. He took my phone and gave me a new one only with his number. Men came to the house. I could not speak English. He said I owe him for the flight and the house.",
  "DEC ISO DB AV", "iso", "S", "h")
t("INT 2/B/P: TAYLOR, Shane (VRM MA66 UXT) collecting 3 Eastern European men every morning at 0445 from an HMO on Crescent Road, Rhyl and returning them after 2300 to a waste transfer site in Prestatyn. Men are said to be charged £15 a day for the lift.",
  "EO", "ced lh ct et", "L", "m")
t("Stolen laptop from a student house in Aberystwyth, door left open.")
t("Social worker note: 16yo girl (UASC, Vietnamese) placed in supported lodgings in Hereford went missing after 2 days. Found in a nail bar in Bristol 3 weeks later. She said a 'sister' told her she must work there to repay her travel, she was not allowed to keep her phone and she slept in the shop.",
  "AV DB ISO", "iso sw", "L", "h")
t("Witness statement: 'I rent the unit next to the car wash in Welshpool. The workers are all Kurdish lads, they're friendly, they're on PAYE I think — I've seen them at the bank and they go to the gym in the evening. The boss pays them Fridays. Nothing unusual.'")
t("ID fraud: Border Force, Holyhead: a male presented a Romanian ID card belonging to someone else. Arrested. He says he bought it in Dublin to get work. No third party control.")
t("INT 2/C/P: Young Romanian women (approx 5) begging in shifts outside Chester station; dropped at 0700 by a male in a people carrier and collected at 1900. Source says they hand over all takings and are kept in one room in Saltney.",
  "WW AC", "ced ncw et oa", "C", "m")
t("Email from a farmer's wife near Llanfyllin asking whether it is OK to employ Ukrainian refugees on the farm. Advice given about right to work checks and NMW.")
t("Probation note: Prisoner (Albanian, 22), HMP Berwyn, convicted of cannabis production. Says that the people who brought him kept him inside a house in Wrexham for 7 months, took his phone, and told him his sister in Albania would be 'married off' to pay his debt if he left. He had no contact with anyone outside.",
  "ROM ISO ITH DB", "rm iso", "C", "h")
t("Public report: the caravan site off the A5 near Llangollen has loads of foreign workers living in one static caravan, like 10 of them, no electric, gas bottles everywhere, a fire waiting to happen. They work at the chicken factory up the road.",
  "AC", "oa plc", "L", "m")
t("Theft of lead from the roof of a chapel in Llanrhaeadr. Damage approx £15k.")
t("A&E, Ysbyty Gwynedd: 15yo boy brought in by ambulance from a flat in Bangor with stab wound to thigh. Lives in Liverpool. Refuses to say why he is in Bangor. Two phones in his pocket, £900 cash. Asked staff not to call his 'mates' because 'they'll say I grassed'.",
  "AV PSV", "fa", "C", "h")
t("Caller reports a man hit her car in the Tesco car park in Brecon and drove off. VRM provided.")
t("Caseworker (Medaille Trust): Client B, Hungarian woman, 28, says her partner brought her to the UK and made her sell sex in Swansea and Llanelli. He kept her ID card and all her money, and took her phone whenever he left. He never let her speak to her mother. She escaped when he was arrested for drink driving.",
  "RD WW ISO", "dt ncw iso", "S", "h")
t("Dyfed-Powys police officer note: attended a farm in Llandovery after a walker reported 'men living in a barn'. Found 3 Polish seasonal workers in a converted barn with kitchen, beds, showers. Contracts seen, paid by bank transfer, passports with workers. Walker's concern unfounded.")
t("Midwife: woman (Eritrean, 22) living in a Home Office hotel in Bangor, pregnant, says she was raped in Libya on the journey. Supported with referral to sexual assault services. No exploitation in UK disclosed.",
  "PSV", "", "", "h")
t("GLAA inspection: labour provider supplying to a vegetable packhouse near Hereford. Workers charged £25 for 'boots and hi-vis' on day one, and £8/day transport. Wage slips otherwise correct, workers hold own passports and bank cards. Licence breach for PPE charges.",
  "", "ppe ct", "", "l")
t("Fraud: someone opened a mobile phone contract in my name, I live in Holyhead, I've never been to Leeds.")
t("Debrief (first person, Indian man, care worker): 'The agency in Delhi took 15 lakh for the visa. At the care home in Herefordshire I worked 80 hours some weeks. The owner said I must pay £7,000 more for the certificate or he will cancel my visa and I will be sent home. He kept my passport and BRP. Sometimes he paid only £200 for a month.'",
  "DB EO ITH RD WW AV", "uf lh dt fa", "L", "h")
t("Burglary of a holiday cottage near Aberdaron, TV and bikes taken.")
t("INT 2/B/P: Liverpool OCG 'OMG' using a flat in Holyhead; vulnerable female occupant (alcohol dependent) says they moved in and stopped her seeing her family. She is not allowed to leave without one of them with her.",
  "AV ISO ROM", "iso rm", "C", "h")
t("ive been working at the farm shop 50 hours a week, boss pays me on time and i can leave when i want. just the pay is rubbish, £10.50 an hour, is that even legal? im 22")
t("Referral from a school in Newtown: Year 9 girl (14) has an 'older boyfriend' (22) who picks her up from school. She told a friend he made her have sex with his friend to 'pay back' the vape and phone he bought her.",
  "AV PSV DB", "", "S", "h")
t("Rural crime: quad bike and trailer stolen from a farm near Tregaron. Tracker shows it near Birmingham.")
t("Concern from a bank branch in Shrewsbury: an older Slovak man came in with a younger man who did all the talking and tried to withdraw the older man's wages. Older man looked thin, wore dirty clothes and had only a carrier bag. Branch refused the transaction.",
  "", "sfw pa fpe ncw", "", "l")
t("Shoplifting group: 3 Romanian children (aged 11-13) stopped in Primark Wrexham with stolen goods in a foil-lined bag. An adult female was waiting in a car outside and drove off. Children said they are told what to take and would be 'punished' if they came back with nothing.",
  "AV ITH", "", "C", "h")
t("Noise: house party in Carmarthen, 40 students, music till 4am.")
t("OIC note: Complainant (Polish, 30) alleges her employer, a Welsh cafe owner in Abergavenny, shouted at her and docked £20 for a broken plate. She has her own flat, bank account and documents and has left the job. Employment advice only.")
t("Organ trafficking: Interpreter note, debrief of an Afghan man in Swansea. He says in Iran, to pay the smugglers for his family's crossing, he agreed to sell a kidney for $4,000; after the operation the smuggler kept the money as 'payment' and he received nothing. He still has pain.",
  "DB WW AV", "", "O", "h")
t("Teenage girl (16) in Llandudno: police called by B&B owner because she arrived with a man in his 40s who booked a room for 'his niece'. She had no bag and no phone. Man left when staff asked questions. Girl now with officers.",
  "AV", "fpe", "S", "h")
t("Stolen trailer from a building site in Aberaeron.")
t("Public report: The man who owns the takeaway near us in Shrewsbury has two young lads from China working there. They're never let out, even to the shop across the road, and I've seen the boss lock the back door from outside at closing.",
  "ROM", "rm", "L", "m")
t("Caseworker note: client (Albanian man, 25) was recruited via TikTok with a construction job offer in London. On arrival he was told the job was cutting cannabis. He was kept in a loft in Newport with no contact with anyone, his phone smashed in front of him. He was told that if he ran, his 'debt' of £25,000 would go to his parents.",
  "DEC ISO ITH DB", "iso", "C", "h")
t("Welsh Water engineer reports a man shouting at workmen on his street in Tywyn. Dispute over parking. No offences.")
t("Probation: service user (British, 30) says since release he has been staying with a 'mate' in Rhyl who makes him drive drugs to Bangor to pay off £2,000 he supposedly owes from prison, and keeps his phone. He says he'll get 'done in' if he stops.",
  "DB ISO ITH AV", "iso", "C", "h")
t("Report via Crimestoppers: 'The lad at the pizza shop in Welshpool is only 14, works till midnight on school nights'. Visit by council: boy is owner's son, helps on Fridays only until 9pm. Advice given on child employment permits.")
t("Anonymous text: my aunty married a man from Pakistan who lives in our house in Wrexham, they make her do everything and she is not allowed to go out, her passport is with my uncle, shes like a maid, please dont say who called",
  "ROM RD EO", "rm dt lh", "D", "h")
t("Debrief, Romanian man, 35: 'The boss at the hand car wash in Newport told us everything was free at first. Then he said the house, food, and transport cost £100 a week each and took it from our pay. He had our bank cards. We lived 12 in the house. If someone complained he would say he'll call the police and we'll go to prison.'",
  "DEC WW AC ITH", "ncw oa ct fa", "L", "h")
t("Criminal damage to a farm gate near Machynlleth, livestock escaped.")
t("INT 2/B/P: Moroccan male 'Sami' advertising sex with 'young' girls on a Telegram channel, locations rotate between Chester, Wrexham and Mold. One girl identified as a 15yo missing from care in Cheshire.",
  "AV", "", "S", "i")
t("Hi, i work at a chicken factory in Llangefni through an agency, they deduct £7.50 a week for the minibus which is in my contract and i can drive myself if i want. its fine, i was only asking whether this is normal.",
  "", "ct", "", "l")
t("Witness account (first person, British woman, 19, Barnardo's worker present): 'He was my boyfriend. He moved me into a flat in Aberystwyth. Then he said I had to sleep with his mates because he owed them. He kept my phone and my bank card. When I said no he strangled me. I didn't have anyone to ring.'",
  "PSV ISO WW AV", "iso ncw", "S", "h")
t("Caller in Monmouth reports her son's bike stolen from outside the leisure centre.")
t("GLAA intelligence: Bulgarian gangmaster recruits workers in Sliven promising £14/hr and free accommodation at a fruit farm in Herefordshire. Workers find they must pay £60/week for a caravan bed and £200 'recruitment fee' already taken in Bulgaria. Paid via a card the gangmaster controls. Workers who complain are sent home with no pay.",
  "DEC WW ITH", "uf ncw", "L", "h")
t("INT 3/C/P: unknown female seen crying in the back of a car at the Holyhead port, male driver. Checks done: the two are a married couple returning from a funeral in Ireland.")
t("Safeguarding (adult), Powys: woman with a learning disability told her day centre that her brother's friend makes her clean his house and his mate's house every day for no money and takes her to 'parties' where men touch her.",
  "AV WW PSV", "", "D S", "h")
t("Stolen car recovered in Crewe, originally taken from Llandudno.")
t("he got the job at the warehouse in Telford through his mate, its all legit, agency pays on Friday, he paid nothing up front and gets his holiday. we just heard that some other agencies take your passport so wanted to check.")
t("Victim account (Eritrean girl, 17, via interpreter): she says she was sold to a man in Libya, then smuggled to the UK. In Birmingham a woman said she would look after her and took her to a house where she cleaned for a family and looked after their children, slept in the hallway and was given leftover food. She was not allowed out and did not go to school.",
  "AV ROM AC", "rm sw plc", "D", "h")
t("Report: boy racers doing donuts in the Tesco car park in Newtown every night.")
t("Debrief notes (officer paraphrase): IP, Vietnamese female, 19. Says she came to the UK to study. 'Anh Long' offered her room and work in his nail salon in Shrewsbury. After 3 months he said her pay would go to her 'debt' for rent and training. She worked 10 hrs/day 6 days/week and had no money. He then moved her to a salon in Wrexham, drove her there and back, and said she would be reported to immigration if she left.",
  "DB WW EO ITH AV", "et lh fa", "L", "h")
t("Theft of heating oil from a tank at a house near Lampeter.")
t("Report by a charity outreach worker, Hereford: rough sleeper says a man offered him £50/day building work, drove him to a site in Worcester, and then refused to pay him at the end of the week. Man let him go. Outreach helped with claim.",
  "WW", "", "L", "m")
t("INT 2/B/P: Intelligence indicates that the wife of a local businessman in Colwyn Bay has a young Indonesian woman living with them as a 'helper'. She is seen only when accompanied by the wife and does not have a phone. No further detail.",
  "ISO", "iso", "D", "m")
t("Report from Ysbyty Glan Clwyd: man (Egyptian, 40) asking staff where he can donate a kidney for money, says a man in Manchester has offered him £20,000 and will 'arrange' the operation abroad. Social worker involved.",
  "", "", "O", "m")
t("Handover: complaint of assault at a nail bar in Rhyl between two staff. Both Vietnamese, both have right to work, both live independently. Argument over shifts. Words of advice.")
t("Caller says 2 Polish lads sleeping in a car in the Lidl car park in Welshpool, told her they were 'dumped' by their boss after the farm job ended and he never paid them the last month's wages. They have their passports.",
  "WW", "", "L", "m")
t("A 101 call from a man in Holyhead saying his brother in Romania was promised a job on a fishing boat in Wales by a recruiter who is asking for €800 up front. The brother has not travelled yet.",
  "", "uf", "", "l")
t("Welfare check on an old man in a cottage in Cerrigydrudion, reported by postman. Man fine, just had his phone off.")
t("She says (through the Polish interpreter) that 'Jurek' met her from the coach at Victoria and took her to a house in Leominster. He told her to give him her passport 'for the job agency'. She worked at a packhouse, 12-hour shifts, and Jurek collected her wages from the agency in cash. He said she owed him for the coach and the room. She could only go to the shop with his wife.",
  "RD WW DB ROM EO", "dt ncw lh rm", "L", "h")
t("INT 2/B/P: Criminal damage at HMO, Llandrindod Wells; tenants fighting. Alcohol involved. All tenants British and local.")
t("Report: Chinese male, 50s, seen collecting shopping trolleys at the car park in Abergele for 12+ hours daily; appears malnourished, wears the same clothes daily. Employer unknown.",
  "EO", "lh pa", "", "m")
t("Child exploitation referral: Eight-year-old girl in Swansea missing from school for months. Family friend (from Nigeria) says the girl is a 'relative' helping in the house. Neighbours report the girl cleans and carries shopping and does not play outside.",
  "AV", "", "D", "h")
t("I'm a care worker in Welshpool. My employer pays me properly and I have my passport. My problem is the rota — I work 48 hours some weeks which is what I asked for. I just want to know if I can take a second job.")
t("INT 1/A/P (officer observation): Two young males (believed 14-15) dealing outside the Co-op, Tywyn, each carrying phones; older male in black Golf watching them. Males said 'Brummie lads' told them they'd get 'shanked' if they didn't sell the lot.",
  "AV ITH", "", "C", "i")
t("Burglary at a pharmacy in Ruthin, cash and controlled drugs taken.")
t("Debrief (interpreter): He says he was sold by his stepfather to a man in Sudan at 14. He reached Wales aged 16 and worked for a cousin of that man at a takeaway in Merthyr 7 nights a week. He was told his mother would be hurt if he spoke. He was given £10 a week. He slept on the floor of the store.",
  "AV EO ITH WW AC", "lh sw", "L", "h")
t("Public report (txt): bloke down the road in Mold has got 2 women in his house who he says r his cleaners, they never go out n he does their shopping n talking for them, they look like they been crying",
  "ROM", "rm sfw", "D", "m")
t("Trading Standards test purchase of alcohol at shop in Llandovery — refused sale. Well done.")
t("INT 2/B/P: Romanian male 'Vasile' holding ID documents of workers employed at a meat plant in Hereford and paying himself via their accounts; workers say he keeps their cards and passports 'so they don't get lost'.",
  "RD WW", "dt ncw mbc", "L", "m")
t("Man reported for exposing himself to dog walkers in a park in Caernarfon. Arrested.")
t("Salvation Army first responder: potential victim (British man, 52, alcohol dependent) was picked up outside a hostel in Birmingham and taken to a farm in Shropshire to lay concrete. He was given a bunk in a cold shed, worked 7am-8pm daily, and received a bottle of vodka and £10 on Fridays. He left after 4 months when the farmer's son beat him.",
  "AV AC EO WW PSV", "plc lh", "L", "h")
t("Report of a dog bite at a park in Welshpool.")
t("Officer note: Visit to a HMO in Oswestry on an anonymous tip. 6 Polish men, all employed directly by a local factory, rooms tidy, own tenancy agreements, own bank cards. Landlord has a licence. No concerns.")
t("Note from Hereford Women's Aid: client (Bangladeshi, 24) came as a spouse. Husband's family make her cook and clean for all 7 of them from 5am, she is not allowed to phone her family in Sylhet, and her mother-in-law burned her with a spoon. She was told if she complains her visa will be cancelled and she'll be sent back in disgrace.",
  "AV EO ISO PSV ITH", "iso lh fa", "D", "h")
t("Theft from a charity shop in Brecon.")
t("INT 2/B/P: Source reports a man in Llanelli 'buying' kidneys from Eastern European migrants for clients abroad; a Romanian man living in Llanelli allegedly had his kidney removed in Turkey after being promised €15,000 and given only €2,000.",
  "DEC WW AV", "", "O", "h")
t("Bail check: subject at home. No issues.")
t("Debrief, Nigerian woman, 26: 'The madam said I would work in her shop in London. She took me to a church, I swore an oath. In Wales in a flat the madam said I owe €40,000. I had men every day. She took all the money. She said if I break the oath I will go mad and die.'",
  "DEC DB WW ITH", "ncw", "S", "h")
t("Complaint: workmen from a roofing firm left rubble in front of my house in Conwy.")
t("Council inspection (HMO licensing), Hereford: 5 bedrooms, 14 occupants all working at one poultry factory via one agency, landlord is the agency director who also deducts rent at source. Fire escape blocked. Workers said they were free to move out but none had money for a deposit.",
  "AC", "oa plc", "L", "m")
t("ASB report: a drunk man shouting at the bus stop in Holyhead.")
t("INT 2/B/C: Intelligence from a Welsh ferry operator that a Romanian male travels weekly Dublin-Holyhead with different young women, pays cash, holds their ID cards in his jacket. Onward destination believed Chester apartments used for sex work.",
  "RD", "dt et", "S", "h")
t("Online report: 'I was offered a job in a Wrexham hand car wash, they wanted £300 for the uniform and a room. I didn't take it'.",
  "", "uf", "", "l")
t("Note from a Cardiff city centre church: a Vietnamese boy (about 15) came in asking for food, said he had run from a house where he watered plants and a man 'smacked' him when the lights failed. He doesn't know the address. Police called; boy with officers.",
  "AV PSV ISO", "iso", "C", "h")
t("Speeding complaint: cars speeding through Llanfair Caereinion.")
t("Victim statement (Polish man, 58): 'I was drinking on the street in Chester. Two men offered me a job and a room. They took me to a farm near Wrexham. For 3 years I picked stones, cleaned stables. They said I cannot leave because I have no money and no papers — they had my ID card. Sometimes they kicked me. I never had a day off.'",
  "AV RD PSV EO", "dt lh", "L", "h")
# ---- part 4 ----
t("Bank (financial crime unit): Over 3 months, 23 debit cards registered to different Lithuanian names all used at the Santander ATM in Welshpool within minutes of each other on Fridays, by one male who arrives in a minibus. All accounts receive wages from a poultry processor.",
  "WW", "mbc ncw", "L", "m")
t("Agency worker, Telford warehouse: 'They took £45 from my first wage for safety boots and a jacket I have to give back when I leave, and charge £12 a week for the bus. After that and rent to the agency's house I got £38 for 50 hours.'",
  "WW EO", "ppe ct ncw lh", "L", "m")
t("Border Force note, Holyhead: a young Albanian woman travelling with an older man; she had only the clothes she wore and a plastic bag, no phone, didn't know the address she was going to. Man held both passports. Separated and spoken to; she disclosed he had told her she would work in a 'bar' in Birmingham.",
  "RD ISO", "fpe dt iso", "", "m")
t("Officer note: vehicle stop on the A483 at 0440 — minibus with 15 men going to a vegetable farm near Shrewsbury. Driver is a licensed gangmaster, men have own ID and are dropped back at 1600. Checks fine.")
t("Complaint: man selling fake designer bags at the Sunday market in Builth Wells. Trading Standards informed.")
t("GP referral: patient (Slovak, 41) with untreated cuts on hands and chest infection, says he strips cables at a scrapyard in Deeside 'all hours', sleeps in a lorry trailer on the yard, and the yard owner keeps his wages to pay for 'the trailer and food'. He looked underweight and had one set of clothes.",
  "EO AC WW DB", "lh sw plc pa fpe ncw", "L", "h")
t("Stolen mobile phone from a changing room at the leisure centre in Llandrindod.")
t("Debrief, Vietnamese man, 18: 'I was dropped every night at 10 at the car wash and picked up at 8 in the morning to sleep in the van. I washed cars and then at night watched the plants in the back. The boss said when I pay my debt I can go. Nobody told me how much it was.'",
  "DB EO", "ced lh", "L C", "m")
t("Domestic abuse report from Newport: husband hit wife during argument about his drinking. She has left with the children to her mother's. No other concerns.",
  "PSV", "", "", "h")
t("INT 2/B/P: FARRELL, Dean (Liverpool) believed to be using a 17yo female from Rhyl as a 'shotter' and sexually exploiting her at a flat on West Parade. Female's mother reports she has not come home for 3 nights.",
  "AV PSV", "", "C S", "i")
t("I just want to say the family I work for as a nanny in Hay are great, I have my own flat, I get paid into my account, and I have a contract. My friend said I should register with someone because of a TV programme about slavery but I'm fine.")
t("Report: a Chinese woman at the nail salon in Hereford told my daughter the manager keeps her passport and she has to work 7 days. She is paid but she says most of it goes back to the manager for her room. She looked exhausted.",
  "RD EO WW", "dt lh pa", "L", "h")
t("Theft of scaffolding from a site in Llanelli overnight.")

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh172.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
            rec = {"id": "f172-%03d" % n, "text": text,
                   "indicators": [IND[x] for x in ind.split()],
                   "signs": [SIG[x] for x in sig.split()],
                   "exploitation": [TYP[x] for x in typ.split()],
                   "risk": RISK[risk]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(E), "texts ->", out)

if __name__ == "__main__":
    main()
