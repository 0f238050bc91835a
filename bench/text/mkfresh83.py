#!/usr/bin/env python3
"""Hand-written training texts for Sightline (set 83: vulnerability and deception).
Each e(...) call holds one text written by hand and its labels (short codes below).
Risk is given by hand where it is 'immediate' or child-driven, otherwise derived
from the labelling conventions. Writes bench/text/fresh83.jsonl."""
import json, os

IND = dict(av="abuse_of_vulnerability", de="deception", rom="restriction_of_movement",
           isol="isolation", pv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("rom", "rm"), ("rd", "dt"), ("eo", "lh"), ("isol", "iso")]
E = []

def e(text, ind="", sig="", typ="", risk=None):
    i = set(ind.split()); s = set(sig.split()); t = list(typ.replace(' ', ''))
    for a, b in PAIRS:  # sign and its indicator go together
        if a in i: s.add(b)
        if b in s: i.add(a)
    if risk is None:
        if not i and not t: risk = "l"
        elif "pv" in i or "S" in t or len(i) >= 3 or ("it" in i and "rom" in i): risk = "h"
        else: risk = "m"
    R = dict(i="immediate", h="high", m="medium", l="low")[risk]
    E.append(dict(text=text.strip(), indicators=sorted(IND[x] for x in i),
                  signs=sorted(SIG[x] for x in s), exploitation=[TYP[x] for x in t], risk=R))

# ---- part 1 ----
e("INT suggests nom DUMITRU Vasile (DOB 14/03/1979) recruiting Romanian men with learning difficulties from villages near Craiova, promised factory work in Leicester at £9/hr. On arrival IPs told they owe £600 each for the minibus and room, amount rises weekly. 2/B/P",
  "av de db", "", "L")
e("the lad at the car wash on Mill Lane cant read or write and i dont think hes all there, the boss shouts at him all day and he sleeps in the little cabin out back. never seen him get paid",
  "av ww ac", "sw plc", "L")
e("Caseworker note: K. (Eritrean, 24) attended drop-in with her support worker from the hostel. She has leave to remain, her own BRP, and works part-time in a bakery on a proper contract. Discussed budgeting only. No exploitation concerns.",
  "", "", "", "l")
e("999 call summary: female caller, Vietnamese accent, very distressed. States she is in a house, door locked from outside, cannot get out, man has taken her phone except this old one. Heard a male shouting in background. Call dropped 00:41. Cell site Walsall. Graded emergency.",
  "rom isol it", "", "", "i")
e("She says that a woman from her church in Lagos told her she would be a nanny in London and study nursing in the evenings. When she arrived the woman took her passport 'to register her at college'. She cleaned and cooked for the family from 5am until midnight and slept on the floor of the children's room. She was given no money. She says she was told if she ran the police would put her in prison because she had no papers.",
  "de rd eo ww ac it av", "fa sw", "D", "h")
e("Adult safeguarding referral: Mr Peter H., 58, alcohol dependent, known to the community mental health team. Neighbours report two younger males moved into his flat three weeks ago. Callers at all hours, short visits. Mr H. now sleeps in the hallway, says the 'lads' look after his bank card and give him cans. Possible cuckooing.",
  "av ac", "ncw", "C")
e("Nail bar inspection, Station Rd: all four technicians UK or EU settled status, payslips seen, rota shows 8-hour shifts with a day off, staff hold own documents. Manager had no waste licence for acetone disposal - advice given.",
  "", "", "", "l")
e("my cousin went to scotland for the fish boat, man say £1500 a month. now he say they keep him on the boat 3 weeks no land, work 20 hour, no money only food, captain have his passport. pls help",
  "de eo rd ww rom", "", "L", "h")
e("Ion only lets us go to the shop together with him. He keeps all our cards and gives us £20 every Sunday. I owe him for the flight, he says £1,200, but every week it is more because of the room.",
  "rom ww db", "ncw et", "L")
e("POI SHARMA Ravinder - runs agency supplying packhouse near Spalding. Source states workers from Punjab on student visas told they would get college places; no college, working 60+ hrs in packhouse, rent deducted at source, pay into accounts SHARMA opened. 3/C/P",
  "de eo ww av", "ncw", "L")
e("GP note: 71yo female, early dementia, accompanied by her son. Son manages her finances with lasting power of attorney, registered. Pt well kempt, lives with son and family, attends day centre twice weekly. No safeguarding concerns identified.",
  "", "", "", "l")
e("Hand car wash, 6 lads working in the rain with no gloves or boots, they all go off in the same transit at 9pm, one of them had a black eye. i asked if hes ok and another man answered for him",
  "ac", "pa sfw et ce", "L")
e("Debrief (via Albanian interpreter): He says he met Arben on Instagram who said there was a job in a restaurant in London paying £100 a day. He travelled by lorry. On arrival he was taken to a house in Bradford full of cannabis plants and told he owed £18,000 for the journey. He was not allowed to leave the house. Food was brought twice a week. Arben told him his sister in Tirana would be visited if he tried anything.",
  "de db rom it isol ac", "", "C", "h")
e("Student (Chinese national, 20) reported passport lost on a night bus. Crime ref issued for lost property only, advised to contact embassy. She lives in university halls and is supported by the international office.",
  "", "", "", "l")
e("Bank alert: 14 different debit cards used at the same ATM on Cheetham Hill Rd between 06:00 and 06:20 on three consecutive Fridays. Accounts opened within a month of each other, all listing the same address, all receiving wages from one recruitment firm.",
  "", "mbc", "")
e("SCHOOL REFERRAL - Year 9 girl (14) seen getting into cars with older males after school. She has new phones and nails done she cannot afford. Told a friend her 'boyfriend' is 23 and that she has to 'be nice' to his mates to pay back what she owes him. Mum unaware.",
  "av db", "", "S", "h")
e("Care home inspection: Filipino care assistants recruited through licensed sponsor, sponsorship fees paid by the employer not the worker, contracts in English and Tagalog, rotas within working time limits. Good practice noted.",
  "", "", "", "l")
e("He says they promised his mum the boy would go to school in England. He is 15. He was brought to a house in Croydon where he did the cleaning, washing and childminding for a family and was hit with a belt when he made mistakes. He was not enrolled in any school.",
  "de av pv", "", "D", "h")
e("Officer handover: Attended address re noise complaint. Four Slovak males in a 2-bed flat, all work at the warehouse via Pinnacle Staffing, own bank cards, own passports, rent paid direct to landlord. Some drink-related shouting. Words of advice. No MS concerns.",
  "", "", "", "l")
e("INT: female known as 'Daisy' advertised on adult site, phone 07700 900412. Same number linked to 3 other adverts in Luton, Bedford and Milton Keynes in a week. Female appears young, possibly under 18. Adverts in broken English. 2/C/P",
  "av", "", "S", "h")
e("I came for a wedding. My uncle arranged it. After the wedding my husband family took my passport and said I must clean for all of them and look after the grandmother. I am not allowed to phone my family in Pakistan. They say if I leave the Home Office will send me back and I will shame my parents.",
  "rd isol it av", "", "D", "h")
e("101 call: caller reports man begging outside Tesco Express every day, same spot, dropped off 8am by a silver Audi and picked up 6pm. Man has walking stick, limited English. Caller thinks someone takes his money.",
  "av", "ce", "C")
e("wonky lodger next door is a proper crook he nicked my bike and flogs fags out the back, not trafficking or nothing just a wrong un. police never come",
  "", "", "", "l")
e("Salvation Army case note: client (Polish, 52, history of alcohol misuse) recruited outside a Gdansk shelter with offer of construction work. Works on a site in Kent, 6am to 8pm six days. Lives in a caravan on the site with five others, no toilet. Gangmaster collects wages from the site and gives him vodka and £30. Client says 'they are my friends, they look after me'.",
  "av de eo ac ww", "oc sw plc", "L")
e("Witness statement extract: 'I work on the till at the petrol station. Every night about 11 a minibus comes in with the same driver and about eight women in it. They never get out. He pays cash for fuel. One night one of them tapped the window and mouthed help. He drove off quickly.'",
  "", "et ce", "")
e("Person states she lent her passport to a friend to get a phone contract and the friend has not given it back. Dispute over £300. Civil matter, advised.",
  "", "", "", "l")
e("Border Force, LHR T4: 19yo Nigerian female, travelling on a student visa to a college with no record of her enrolment. Phone contains messages from 'Madam' about 'paying back the 30k' and a photo of a juju ritual. She was very frightened and would not say who was meeting her.",
  "de db it", "fa", "S", "h")
e("The agency told me everything before I came: strawberry picking, piece rate, about £400 a week in good weather and less when it rains, caravan £75 a week. That is what happened. Some weeks were bad because of rain. I am going home in October with my savings.",
  "", "", "", "l")
e("Intel log: 17yo male BROWN Tyler, missing from care 4th time this month, found in Bournemouth trap house with £900 cash and wraps. Has debt of £2k to line holder after being 'robbed' - believed set up. Stab wound to leg, did not seek treatment.",
  "av db pv", "pa", "C", "i")
e("Council licensing visit to a massage parlour: three women present, all adults, all said they rent rooms and set their own prices, hold own documents, live elsewhere. No signs of control found; premises lacked a special treatment licence.",
  "", "", "", "l")
e("A&E: male, 34, Lithuanian, crush injury to hand from a baler at a recycling plant. Ambulance called by manager, who stayed with him. Employment confirmed, accident reported to HSE. Pt speaks good English, lives with partner.",
  "", "", "", "l")
e("they take 50 pound a week for gloves and boots and hivis and for the van to the farm, so I get nearly nothing at end",
  "ww", "ppe ct", "L")
e("Referral from housing: homeless man (British, 45) approached at the soup run and offered work tarmacking and a bed. Now living in a horsebox on a traveller site in Bedfordshire, working every day, says he is 'paid in tobacco and food'. Has a visible head injury. Says he'd be 'done in' if he walked off.",
  "av de ww ac eo it", "pa plc", "L", "h")
e("Debrief: She was 17 when she met Endrit in Durrës. He said he loved her and would marry her in England. In London he said he had debts and she must help him by seeing men for a few weeks. It went on two years. He kept all the money. When she cried he beat her.",
  "av de ww pv", "ncw", "S", "h")
e("TikTok job ad being shared in Romanian groups: 'hotel housekeeping Manchester £2500/month, free house, no English needed, send €400 for visa processing'. No hotel named.",
  "", "uf", "", "l")
e("Probation note: Service user disclosed that while in prison another inmate's family 'took over' his flat and now use it to store drugs. His mother is scared to visit. He owes them for 'protection' inside and has been told to hold a package on release.",
  "db it", "", "C")
e("Takeaway, Chinese nationals, 3 staff sleep on mats in the store room above the kitchen. Staff say they work 11am to 1am every day and are paid 'when the boss has money'. Boss holds their passports 'for the landlord'. GLAA informed.",
  "eo ww rd ac", "sw plc", "L")
e("Neighbour says the young Romanian woman at no. 12 is looked after by her grandmother and goes to college. She was seen crying in the street once after an argument with her boyfriend. No further concerns.",
  "", "", "", "l")
e("INT: Line known as 'KD line' operating from Birmingham into Shrewsbury using local vulnerable adults' addresses. Addict female MORRIS (42) allowing dealers to use her flat in return for drugs, has been slapped for 'grassing'. 2/B/P",
  "av pv", "", "C")
e("Au pair (Spanish, 21) contacted helpline as host family want her to work extra evenings. She has her own room, gets £110/wk as agreed, has Sundays off and her passport. Advised on au pair norms and her right to leave. She decided to talk to the family.",
  "", "", "", "l")
e("Press summary: A couple from Hertfordshire were jailed for keeping a man with learning disabilities as an unpaid labourer for more than a decade. He lived in a shed without heating, worked on their farm seven days a week and was told he 'belonged' to the family.",
  "av ac eo ww", "plc", "L")
e("mum at school gate says her friend got a job in a nail bar through facebook. they took her passport for 'checks' and she has not seen it since and they say she owes for the training course",
  "rd db", "", "L")
e("Caseworker: client (Sudanese, 30, asylum claim pending) works at a car wash cash in hand as he has no right to work. Pay £50 a day for 8 hours, low but he keeps it and goes home each night. No evidence of control. Advised on risks and on asylum support.",
  "", "", "", "l")
e("Debrief (first person, translated): In Vietnam I borrow from the man for the travel, he say I pay back in one year working in a nail salon. In England they put me in a house with plants. I water the plants, I cannot go out, the window is covered. They say the police will put me in jail because I am illegal.",
  "de db rom ac it av", "fa", "C", "h")
e("Midwife: 23/40 pregnant Romanian woman attended with a male who answered all questions and would not leave the room. She had bruises on her upper arms. She said she 'works in a hotel' but did not know the name or address.",
  "pv isol", "pa sfw", "", "h")
e("Victim says that her employer, a diplomat, keeps her passport in the safe, pays her salary to her family in Manila, and she has not had a day off in 14 months. She is not allowed to leave the house except with madam.",
  "rd ww eo rom", "ncw et", "D", "h")
e("The warehouse pays me £11.44 an hour via the agency, I'm on nights and sometimes do 50 hours when I want overtime. I can say no. My payslips are fine.",
  "", "", "", "l")
e("INT suggests WONG Lei controlling three pop-up brothels in Airbnbs across Reading using Chinese females on visit visas, rotated weekly. Females are met at the airport by WONG, phones taken, not allowed out. 2/B/C - not to be shared with landlord.",
  "rom isol av", "et", "S", "h")
e("Members of public report: bloke outside the station selling the big issue, been there years, lovely fella, think hes homeless. just want someone to check hes alright in this cold",
  "", "", "", "l")
e("Kidney transplant patient (Indian national, 46) at renal clinic for follow-up. Transplant done privately in Chennai from a living related donor (his brother), records provided. No concerns of organ trading.",
  "", "", "", "l")
e("Debrief: A man in Moldova offered €5,000 for one kidney, said my debts would be gone. Surgery was in Turkey. After, I got €1,500 and was told the rest was spent on 'hotel and doctor'. Now I cannot do heavy work.",
  "de ww av", "", "O")
e("Police log 0412: IP (Polish male) attended front counter, states his gangmaster has his ID card and bank card and he gets £40 a week. Sleeps in a house with 14 others. Wants to go home. Referred to NRM, consented.",
  "rd ww", "ncw oc", "L")
e("she only had a carrier bag with her, no coat in January, said she came from a 'massage house' in Cardiff and didnt know the street. man dropped her at A&E and drove off",
  "isol", "fpe", "S")
e("Complainant states her ex-partner is harassing her with texts after she ended the relationship. No financial control, she works and lives independently. DASH completed - medium.",
  "", "", "", "l")
e("GLAA inspection, mushroom farm: workers housed in six static caravans provided by the farm, 8 per caravan, mould, one working shower. Rent deducted. Wages otherwise correct and paid to own accounts; hours within limits.",
  "ac", "oc plc", "L")
e("child 12 from the estate keeps getting picked up by older boys on mopeds, he has new trainers and a phone he never had, his nan says he came home with a cut face and says he has to 'do runs' to pay back a lost bag",
  "av db pv", "pa", "C", "h")
e("Financial crime: student account (Nigerian national, 19) received £28,000 in 3 weeks and forwarded it immediately. Customer says a man on Snapchat offered £500 to 'borrow' his account and now says he will post his home address online if he stops.",
  "av it", "", "C")
e("I am Roma from Slovakia. Man in our village pay for bus to England, say good job in factory. Here they make me steal in shops, perfume and razors, every day. If I come back with nothing they beat me. They keep my ID.",
  "de pv rd", "", "C", "h")
e("Licensing note: HMO at 44 Vine St has 11 tenants, licence permits 6. Tenants are mixed nationalities with separate tenancies and jobs; landlord fined. No labour exploitation indicators.",
  "", "oc", "", "l")
e("Victim account: 'I answered an advert for modelling. The photographer said I would be paid £300 for a shoot. At the flat there was no camera. He and another man raped me and filmed it and said it would go online if I told.'",
  "de pv it", "", "S", "h")
e("Caller to Modern Slavery Helpline: daughter (Indian, 26) came on spouse visa 2 years ago. In-laws make her do all the housework, won't let her work outside, took her jewellery and passport. She is allowed to call home only with mother-in-law listening.",
  "rd isol", "", "D")
e("OIC update: All 9 workers at the Kingsway car wash spoken to with Romanian interpreter. All have own documents, paid weekly by bank transfer, live in separate rented homes. One complaint about late pay in March, since resolved. NFA.",
  "", "", "", "l")
e("They told us not to talk to the English workers at the factory and the team leader Marek always answers for us when the manager asks something. We are picked up at 4:30 in the morning and back at 9 at night.",
  "isol eo", "sfw ce", "L")
e("INT 2/A/P: OKAFOR Chinedu using his church role to recruit young women from Benin City with promises of hairdressing apprenticeships in Italy and UK. Women told they owe €35,000. Oath sworn before travel.",
  "de db av", "", "S")
e("Referral: Mr A (Eritrean, 19) presented at council as homeless. Says he arrived by boat, the smugglers are paid in full, he has no debt and no one is asking him for money. Placed in temporary accommodation and referred to Refugee Council.",
  "", "", "", "l")
e("Yes he shouted at me and sometimes the hours were long but I could go when I wanted and he paid me every Friday. I left because I found a better job.",
  "", "", "", "l")
e("Social worker note: Young carer (16) looks after her disabled mum and siblings, misses some school. Family known, receiving support package. Not exploitation, young carer assessment completed.",
  "", "", "", "l")
e("Police log: Welfare check at flat 3, Gordon Court. Occupant Mr Lee (British, 61, learning disability) found with 4 males who say they are 'friends'. Lee appeared thin, flat filthy, no food. He says they take his money from the post office every Monday. Males from London, not known locally.",
  "av ac", "pa plc ncw", "C")
e("a man in my building is bringing girls every week, different ones, they look like kids and he never lets them go out alone. theres like 6 of them in a 1 bed. i heard one screaming last night",
  "av rom ac", "oc et", "S", "i")
e("I came with Tudor from Bacau. He told my parents I would work in a café and send money. He said he is my boyfriend. In London he put ads on the internet and I had to see clients. All the money to him, he says he save it for our house.",
  "de ww", "ncw", "S")
e("Recruiter (licensed, Lincs) briefed 30 Bulgarian workers at hiring: rates, deductions, accommodation cost and right to leave explained, in Bulgarian, with written copies. Workers confirmed no fees were paid to anyone.",
  "", "", "", "l")
e("Debrief: She is 34 and has been homeless in Birmingham for years. A woman she knew from the hostel offered her a room if she 'helped out'. She was taken to Leeds, kept high on crack and sold for sex to men who came to the flat. She was hit when she refused.",
  "av de pv", "", "S", "h")
e("BTP: two Vietnamese youths (appear 14-16) on train to Aberdeen with an adult male who holds their tickets and phones. Youths do not speak English, no documents. Male claims to be uncle but does not know their surnames.",
  "av isol", "et", "", "i")
e("fishing vessel boarding: 7 Ghanaian and Filipino crew on transit visas, 2 found sleeping in the fish hold, crew say skipper holds passports and they have not been paid for 5 months, 18-hour days at sea.",
  "rd ww eo ac", "sw", "L", "h")
e("lol my boss is a slave driver making me do a double shift on sunday 😂 at least its time and a half",
  "", "", "", "l")
e("Intel: vulnerable female (mental health, sectioned previously) living with POI GRANT Dean, who has her bank card and PIN, claims her PIP, and is using her flat to sell crack. Female says she 'owes Dean for everything'.",
  "av db", "ncw", "C")
e("Chinese woman, 50s, working as live-in housekeeper for a family in Hampstead: says she is paid £1,800 a month into her own account, has her own room, weekends off, and chose to live in. Sister visits. Came to police only to report a stolen phone.",
  "", "", "", "l")
e("Homeless lads from the Salvation Army hostel getting picked up in a van at 5am to work on demolition. they come back at 10pm covered in dust. one told me they get a tenner and a can. the driver is always the one who talks.",
  "av ww eo", "ce sfw", "L")
e("Anonymous Crimestoppers: The man who runs the sweet shop has a girl living upstairs, maybe Indian, maybe 16, she never goes to school, does all the cleaning and cooking for his family and the shop. I've never seen her outside alone.",
  "av rom", "", "D", "h")
e("Caseworker note: B. (Albanian, 22) says she met Kristi in Tirana who promised marriage and a life in UK. She was brought in a lorry and was then told to sell sex in Birmingham to pay the smugglers £10,000. Debt is now £16,000 because of 'fines'.",
  "de db", "", "S")
e("Police log: IP states her daughter (disabled, 29) was married in Bangladesh last year without understanding what was happening; husband now seeking visa. Forced marriage unit contacted. No labour or sexual exploitation alleged at this stage.",
  "av", "", "", "m")
e("A farm worker from Nepal said the recruiter in Kathmandu charged him £4,500 in 'fees' for the seasonal worker visa. He borrowed it from a moneylender at high interest. On the farm the pay and hours were as promised, but he still owes at home and the interest grows.",
  "db", "uf", "L")
e("Construction site check: 12 operatives, all CSCS carded, subcontractor pays via payroll, no accommodation provided. One operative without right to work - referred to Immigration. No exploitation indicators.",
  "", "", "", "l")
e("the woman next door has a cleaner who comes twice a week in her own car, nice lady, why are the council asking about her",
  "", "", "", "l")
e("INT suggests 2 Sudanese teenagers in Calais being promised places on lorries by ADAM (nfd) in exchange for 'working' once in UK. On arrival in Kent, boys taken to a car wash in Dartford, told they owe £3,000 each. 3/C/P",
  "av de db", "", "L", "h")
e("Debrief: 'They said it was a big hotel and I would be a chambermaid. It was a flat. The first night he took my passport and said I have to work for the rent. I saw about 10 men a day. I cannot go out, there is a man on the door.'",
  "de rd rom", "", "S", "h")
e("Officer notes: older male (Romanian, 70s) begging on Oxford St. Says he came with his grandson who brings him each morning and takes him back to a house in Ilford. Gives 'most' of the money to grandson 'for the family'. Appears frail, coughing.",
  "av", "pa ce", "C")
e("Note: man injured on a farm after falling off a ladder; farmer drove him to A&E himself, he has a contract, employer's liability insurance in place. Accident only.",
  "", "", "", "l")
e("I'm 15, my girlfriend's brother said he'd get me some easy money, now I have to hold stuff for him in my bag and if I don't he says he'll tell my mum I'm a drug dealer and hurt my little sister",
  "av it", "", "C", "h")
e("Welfare visit: mother of three living in a one-bed flat, overcrowded, damp, on waiting list. Family together, no third parties involved. Housing support.",
  "", "", "", "l")
e("Her sponsor takes the £700 a month that she earns in the care home 'for the visa costs', she keeps £50. She works double shifts because the sponsor says she will be deported if she complains.",
  "ww it eo", "ncw", "L")
e("Safeguarding: Mr J (British, 33, autism) befriended by a couple online, moved in with them. They got him to sign up for loans and credit cards in his name and use them. He sleeps on their sofa and does their cleaning and gardening. He says he is 'helping out'.",
  "av", "ncw", "D C")
e("we went for a job at a hotel in Blackpool and the agency took £200 off us each for uniforms and training and then there was no job. they wont answer the phone",
  "de", "uf", "", "m")
e("Polish woman (60s, speaks no English) found in the back room of a shop in Peterborough. Says she works there sorting clothes every day, doesn't know the address, sleeps on a camp bed. Shop owner says she is his aunt.",
  "av eo isol", "sw", "L")
e("Case closed: concerns raised re Indonesian domestic worker at embassy residence. On interview in private with interpreter she held her own passport, had a signed contract, and was paid monthly to her own account. Said she was happy and planned to stay.",
  "", "", "", "l")
e("INT suggests MARIN brothers using 8 Romanian women with learning needs to claim universal credit at their address; women's bank cards held by MARIN and passwords changed. Women made to work in a chicken factory and pay handed over. 2/B/P",
  "av ww", "ncw mbc", "L C")

# ---- part 2 ----
e("Kidney for sale ad on Facebook marketplace, Urdu, 'urgent need money, healthy 28yo, O+'. Poster says his family in Lahore owes a moneylender.",
  "", "", "", "l")
e("Debrief via interpreter (Tigrinya): He says that in Libya the men holding them said anyone who could not pay the ransom would 'give a kidney' instead. He saw two men taken to a clinic and come back with wounds on their sides. He himself paid with money from his uncle. He arrived in the UK by small boat and has no debt now.",
  "pv it", "", "O", "h")
e("INT 2/C/P: UK-based broker ASLAM (nfd) arranging 'transplant tourism' for wealthy patients; donors recruited from poor families in Punjab and told they would get £8,000 and a job in England. Donors paid a fraction, no job, left with no aftercare.",
  "de av ww", "", "O")
e("Renal nurse referral: Patient's 'cousin' donor (Egyptian, 22) speaks no English, does not know the patient's surname, and was accompanied everywhere by a man who paid the hotel. Donor assessment halted. Possible organ trafficking - police informed.",
  "av isol", "et sfw", "O")
e("I sold my kidney in Nepal when I was 19 because the broker said it would grow back. It did not. He told my mother I was going to Kathmandu for a hotel job. Now I work in Qatar and send money home and I get tired very fast.",
  "de av", "", "O")
e("Transplant coordinator: altruistic living donor (British, 55), fully assessed by HTA independent assessor, no payment, donating to a stranger via the national scheme. Routine.",
  "", "", "", "l")
e("long hours no days off",
  "eo", "", "")
e("they took our passports at the airport and never gave them back",
  "rd", "", "")
e("pay goes on a card the supervisor keeps, i just get cash on fridays, like £60",
  "ww", "ncw", "L")
e("man at the car wash says he owes 8 grand for the lorry and works it off",
  "db", "", "L")
e("girl at the nail bar looks about 13, there in school hours every day",
  "av", "", "L", "h")
e("POI drives 6 females to pop-up flat Slough 2200 nightly, collects 0600. 2/B/P",
  "", "et ce", "S", "h")
e("She works at the café on weekends and goes to college in the week. Nothing wrong.",
  "", "", "", "l")
e("Not allowed past the gate of the farm, dogs at night.",
  "rom", "", "L", "m")
e("Shown a video of what they did to the last boy who ran.",
  "it", "", "")
e("He knows where my mum lives in Elbasan. He said it twice.",
  "it", "", "")
e("No concerns, own passport, free to leave, paid weekly.",
  "", "", "", "l")
e("Sleeping on the kitchen floor of the restaurant between shifts.",
  "ac", "sw", "L")
e("all 9 of us in one room above the shop, 1 toilet, boss takes rent from wages",
  "ac", "oc plc", "L")
e("Dad drinks and shouts a lot, mum left, no one makes me work. Just sad. (ChildLine summary)",
  "", "", "", "l")
e("Intel suggests child (10) begging with 'aunt' at Marble Arch daily, aunt holds all money. 3/C/P",
  "av", "ncw", "C", "h")
e("""Safeguarding referral (adult social care), received from a housing officer.

Ms Tanya R. (British, 38) has a mild learning disability and a long history of homelessness. She was given a council tenancy in May. Since July a man called 'Jace' and up to three other young men have been staying. The housing officer visited twice. On the first visit Tanya was in the bedroom with the door shut and Jace said she was asleep. On the second visit she came to the door with a swollen lip and said she had fallen. The flat smelt of cannabis and there were scales on the kitchen worktop.

Neighbours report people knocking at the door at 2-3am and cars waiting outside for short periods. Tanya's sister says Tanya told her on the phone that 'they won't let me go out unless Jace is with me' and that her benefit money goes to him because 'I owe him for the food'. Tanya no longer attends her day service.

Request: joint visit with police, assess capacity, consider cuckooing / criminal exploitation and NRM.""",
  "av pv rom db isol", "pa ncw", "C", "h")
e("""Salvation Army first responder note.

Client: M. (Vietnamese, states 16, age disputed; appears 15-17). Found by police in a loft at a residential address in Hull during a warrant, alongside approx. 300 cannabis plants.

Account (Vietnamese interpreter by phone): M. is from Nghe An. His family borrowed $25,000 from a local man to send him to Europe for 'work in a nail shop'. He travelled through Russia, then France, with a group of others. In France he was kept in a forest camp. He was put in a lorry and on arrival taken straight to the house. He has been there 'about four months'. He was told he must stay inside until the debt is paid, that food would be brought, and that if he ran his parents would lose their house. The windows were blacked out. He slept on a mattress beside the plants. He had no phone. He was never paid; they told him the money goes to the debt.

He was frightened of police because he was told they would put him in prison. He has a rash on his arms from the chemicals.

Actions: Children's services contacted, NRM referral (child, no consent needed), placed in foster care, advised independent child trafficking guardian.""",
  "av de db rom isol it ac ww", "fa pa sw plc", "C", "h")
e("""Public report (online form), unedited:

hi i live opposite the big house on Crescent rd with the electric gates. theres a woman there i think shes from the phillipines or indonesia, she walks the dogs at 6am and i see her hanging washing at 11 at night. she never goes out any other time. last week i said hello over the fence and she looked scared and went in. the lady of the house came out and said "she doesnt speak english dont talk to her". i dont want to cause trouble maybe shes family but it doesnt seem right. she looks really thin. theyre rich they have 3 cars.""",
  "eo isol", "pa", "D")
e("""Police intelligence log

Source: 2 / Assessment: B / Handling: P
Subject: BALAN Costel (DOB 02/11/1985), VRM KX19 ABC (white Ford Transit).

INT suggests BALAN is a gangmaster supplying Romanian labour to at least two food factories in the Wisbech area through a legitimate agency. BALAN recruits in Botosani county among people with alcohol problems and no work, offering 'factory work, £1,800 a month, house free'. On arrival workers are housed at 3 addresses (details held) with 10-12 per house. BALAN opened bank accounts for the workers and keeps the cards; workers receive £50 cash per week. Workers are driven to and from the factories in the Transit by BALAN and are not allowed to use the agency's own bus. Source states one worker who complained was punched by BALAN in front of the others.

Intelligence gap: identity of the agency contact.""",
  "av de ww ac pv rom", "oc ncw et", "L", "h")
e("""Debrief, first person (written by victim in English, lightly edited):

My name is not important. I was a teacher in Uganda. A lady at church said a family in London need a nanny and will pay £1,000 per month and help me study. They paid the ticket. When I arrive the wife take my passport, she say it is for the visa extension. I look after three children and clean a five-bedroom house. I wake 5.30, I sleep after 12. I sleep in the boxroom with the baby. No day off for one year and seven months. They say they send my salary to my account in Kampala but my sister check and nothing came. I am not allowed to go out except to take the children to school. Once I asked to go to church and the husband said I will be arrested because my visa is finished and it is my fault. I escaped when the family went on holiday and a neighbour helped me.""",
  "de rd eo ww rom it av", "ncw fa", "D", "h")
e("""Handover (late turn to nights):
1) Shoplifting at Boots, two female youths detained, both local, parents attended, community resolution. Nothing further.
2) RTC on the ring road, minor.
3) Concern for welfare at the Bengal Spice takeaway: member of public reports a young male who 'never leaves'. Attended 21:40. Male (Bangladeshi, 24) spoke with officer privately using Language Line. He works there, lives in the flat above with the owner's family, paid £350/week cash, has his own passport, a day off on Mondays, goes to the mosque and the gym. Owner is his cousin. No indicators. Closed.
4) Sudden death, non-suspicious.""",
  "", "", "", "l")
e("""GLAA compliance inspection summary (labour provider, licence holder: FieldFresh Recruitment Ltd)

Inspected 14 workers at a leek farm. Findings: (a) a £250 'registration fee' had been charged to 9 workers in Bulgaria by a local partner agency; (b) the provider deducted £20 per week for 'transport' from the caravan park to the farm, in excess of the agreed sum; (c) hi-vis and boots were charged at £35. Hours, holiday pay and payslips were otherwise correct; workers hold their own documents and live in caravans of an acceptable standard. Licence conditions breached; additional licence conditions imposed. Fees to be refunded.""",
  "", "uf ct ppe", "", "l")
e("""Victim's account read to officer by Amharic interpreter:

She says she went to Lebanon at 19 as a housemaid through an agency that told her the salary would be $300. The employer paid the agency and told her she must work two years without salary to repay it. She was locked in when the family went out. When the family moved to London for the husband's work she came with them. In London she was not locked in but she did not know anyone, had no phone, and the madam kept her passport in a drawer. She slept in the laundry room. She was slapped many times. She left when a delivery driver gave her a number for a charity.""",
  "de db rom isol rd ac pv ww", "sw", "D", "h")
e("""Adult social care, s42 enquiry outcome.

Concern: Mrs Evelyn P. (86, frail, lives alone) — her carer from a private agency was reported by a neighbour for 'doing everything for her and handling her money'. Enquiry found the carer uses the client's card for shopping with written consent, receipts are kept and checked weekly by the client's daughter, and the carer is employed and paid by a regulated agency. Mrs P. has capacity and says the carer is 'a godsend'. Outcome: concern not substantiated. Advice given to agency on recording.""",
  "", "", "", "l")
e("""Press summary: Sheffield 'lover boy' gang jailed

Five men were sentenced at Sheffield Crown Court for trafficking 11 girls and young women, the youngest 13. Prosecutors said the men targeted girls in children's homes and those who had run away, posing as boyfriends and buying them phones, alcohol and takeaways. Once the girls were dependent, the men told them they owed money for the gifts and passed them to other men for sex at flats and hotels in Sheffield, Rotherham and Leeds. Several girls were raped; one was threatened with a knife when she tried to leave.""",
  "av de db pv it", "", "S", "h")
e("""Witness statement (part), council street warden:

I patrol the high street. For about six months I've noticed a group of Romanian women begging in rotation outside the bank, Greggs and the station. They arrive in a people carrier at about 8am and a man collects money from them every couple of hours. I've seen him take the cups and put the coins in a bum bag. One of the women has a very bad leg and is on crutches; I've seen her crying. When I tried to speak to her, the man came over and said she was his mother and she didn't need anything. I haven't seen anyone hit or threatened.""",
  "av ww", "ce et sfw ncw", "C")
e("Officer: young female, Albanian, at a pop-up in a Premier Inn room. Says she's 'independent', but her phone only has one contact, 'Ben', who sent 40 messages in the hour we were there asking how many clients. She does not know which town she is in.",
  "isol", "", "S", "h")
e("Caseworker: client (Indian, 31) came on a care-worker visa after paying an agent in Kerala 12 lakh rupees. The care home gave her 10 hours a week instead of 37.5. Her sponsor has since lost its licence. She is struggling to pay rent but is not controlled by anyone and has her passport. Referred to the Home Office for a new sponsor.",
  "", "uf", "", "l")
e("Intel: suspected sham marriage ring, Belfast. Portuguese women paid €3,000 to marry Pakistani men for EU-residence paperwork. Women appear willing participants; no evidence of coercion or control. Refer to Immigration Enforcement. 2/B/P",
  "", "", "", "l")
e("Intel: Slovak Roma women (some with learning disabilities) brought to Glasgow by a 'marriage broker' and married to Pakistani men for visas. One woman says she was told she was coming to work in a hotel, was kept in a flat, raped by her 'husband' and not allowed to phone home. 2/B/P",
  "av de rom pv isol", "", "S D", "h")
e("Hotel housekeeping team at the Grand: agency staff paid per room (£3.20), which works out under minimum wage on busy days. Staff have contracts, own accounts and go home at end of shift. Referred to HMRC for NMW enforcement. No forced labour indicators.",
  "", "", "", "l")
e("My manager at the warehouse owed me two weeks pay after my contract ended. It was late because of a payroll error, it was paid the week after with an apology.",
  "", "", "", "l")
e("Call to 101: my nephew (19, autistic) got a job on a website washing cars. He started last week. The man who runs it keeps his wages 'in a savings pot' and now says he owes £400 for the uniform, and he isn't allowed to call home during the day.",
  "av ww db isol", "ppe", "L")
e("Two Eritrean lads sleeping in the back of the car wash on Ferry Road. Boss brings them a pizza at night and locks the gate.",
  "rom ac", "sw", "L", "i")
e("POI HUSSAIN Tariq, 44. INT: collecting wages of 5 Afghan asylum seekers at a meat factory, workers receive £100/week each; HUSSAIN threatens to report them to Home Office if they complain. 2/C/P",
  "av ww it", "ncw", "L")
e("Safeguarding note (school nurse): Year 11 boy (15) has fallen asleep in class for three weeks, says he's 'working nights at his uncle's restaurant' till 2am, six nights. He says he is not paid because it is family. Has burns on his forearm.",
  "av eo ww", "pa", "L", "h")
e("Referral: 17yo female (British) missing 72 hours, found in a hotel in Stoke with two adult males, under the influence of ketamine. Phone shows her being sent to addresses by 'Zee'. Taken to hospital. Strategy meeting convened.",
  "av", "", "S", "i")
e("I wanted to be a footballer. A man said he was an agent and could get me a trial in England for €3,000. My family sold land. In England he left me in a flat with six boys and no trial. Then he said we must sell weed to pay back.",
  "de db av", "uf oc", "C")
e("Volunteer at the food bank: a Polish man told me he works at a recycling yard 'for a man called Kaz' who gives him a bed in a portacabin and food, no wages, since last winter. He wasn't sure of the yard's address.",
  "ww isol", "sw", "L")
e("Construction worker (Indian, 29) says the subcontractor told him the job was in Birmingham as an electrician at £18/hr; it was labouring in Dagenham at £6/hr cash. He is free to leave and has his passport, he just feels cheated and is looking for other work.",
  "de", "", "", "m")
e("NGO note: Nigerian woman, 26, in a refuge after leaving an abusive partner. Partner controlled her money and isolated her from friends. She was not made to work or sell sex. DA pathway, not NRM.",
  "", "", "", "l")
e("they told her she was coming for a marriage and a good family, she is 17 and is now cooking and cleaning for 11 people and her husband's brothers hit her",
  "av de pv", "", "D", "h")
e("INT 1/A/P: Following the seizure, IP LE (Vietnamese, 19) states the nail bar owner made her work 9am-9pm, 7 days, for £100 a week, and slept her in the back room with 2 others. Owner took her phone on arrival 'so she would not be distracted'.",
  "eo isol ww ac", "sw", "L")
e("Visa caseworker: Ghanaian student (22) lost her part-time job and overstayed. She is sofa-surfing with friends and works occasionally as a cleaner paid in cash. No one controls her. Advised to seek immigration advice.",
  "", "", "", "l")
e("WhatsApp tip to police: 'Fatos runs the girls at the Orchard Rd flat, took their passports, they owe him for the flights from Tirana, they do 12 clients a day, he beat the blonde one last week'",
  "rd db eo pv", "", "S", "h")
e("Midwife note: Woman (Chinese, 28) attended booking alone, speaks little English. Said she works in a massage shop and lives there 'with the boss'. She asked for help quietly - says she cannot go out and the boss has her passport. Safeguarding lead informed, police called.",
  "rom rd", "sw", "S", "h")
e("Farmer's wife reported to police that the seasonal workers' bunkhouse was broken into and two phones stolen. Workers are on a seasonal visa via a licensed scheme. Burglary crime recorded.",
  "", "", "", "l")
e("I am grateful to my employer, he paid for my flight, he gives me room. I just work for the flight money, four months so far, it is maybe 2 more. He keeps the wages until it is paid.",
  "db ww", "", "L")
e("Blessing (Nigerian, 23) says 'Mama' told her she would work in a hair salon in London. Instead she was sent to men. Before leaving she swore an oath at a shrine that she would pay back and never talk to police, and believes she will go mad if she breaks it.",
  "de it db", "fa", "S")
e("Probation: service user (44, heroin user) says a dealer is 'letting him sleep' at a flat in exchange for him going to the door and handing over wraps. He isn't allowed to leave the flat when the dealer is out and gets 'a bag a day'.",
  "av rom ww", "", "C", "h")
e("Police log: Welfare check on Mrs B (Somali, 79) after GP concern. Lives with daughter and son-in-law who are her carers. House clean, medication managed, she is happy and has friends at the mosque. No concerns.",
  "", "", "", "l")
e("i got offered a job on Instagram dancing in a club in Dubai, they wanted me to send my passport scan and pay £150 for the flight booking, i reported it as a scam",
  "", "uf", "", "l")
e("Agency worker (Romanian, 27) at a chicken plant: the agency deducts £90 a week for a room shared with 3 others, £15 for transport, and £10 for 'admin'. After deductions he gets £80 from a 48-hour week. He cannot move out because the agency says the contract requires it.",
  "ww ac", "oc ct", "L")
e("Homeless woman (British, 27, heroin dependent) told outreach that a man gives her heroin and a place to stay and in return she 'has to be with his friends'. She has cigarette burns on her arms.",
  "av pv", "pa", "S", "h")
e("Boatyard in Cornwall: Filipino deckhands on a scallop dredger, 2 of them. Paid into their own accounts, days off in port, skipper gave them a house ashore. Inspector found no concerns beyond a missing safety certificate.",
  "", "", "", "l")
e("Referral (school): 13yo boy from Romania, seen twice at 11pm at the big Asda car park with adults, selling car fresheners. School says he has missed 40% of lessons this term.",
  "av", "", "C", "h")
e("Debrief summary: IP (Sudanese, 20) worked in a Newport car wash for 8 months. Boss said he owed £2,000 'for finding the job'. He was paid £20 a day but then it was 'all on the debt'. He slept on chairs in the car wash office. The boss told him the Home Office would deport him if he went to anyone.",
  "db ww it av", "sw fa", "L")
e("Caseworker: S. (Polish, 58) with early-onset dementia; a family friend brought her to the UK to 'help in the shop'. She has worked in his shop for 3 years for board only. She cannot remember the address of the shop or how she came.",
  "av ww isol", "", "L")
e("Crimestoppers: the landlord of 22 Fenwick St puts about 15 Bulgarian men in there, they go to a farm at 5am in a white bus and he takes their pay cards to the cash machine on Saturday. all the cards. i see him",
  "ww ac", "oc ce ncw mbc et", "L")
e("Intelligence: female (Romanian, 22) uses an adult services site; reviews mention 'she seemed sad' and 'there was always a man in the next room'. No corroborating info. 3/D/P",
  "", "", "S", "h")
e("My husband's family took my gold and papers when I arrived from Sylhet and made me the servant of the house. My mother-in-law hits me with a slipper if the chapatis are cold. I am not allowed to call my brother.",
  "rd pv isol", "", "D", "h")
e("Supported housing manager: resident (British, 23, learning disability) has a cleaning job at the leisure centre 16 hrs a week, paid into his own account, appointee is his mother. He goes to work by bus on his own. Review only.",
  "", "", "", "l")
e("Police log: man (Pakistani, 35) attended station to report his employer at a textile factory, Leicester, pays £4/hr. He says he can leave any time, lives with his wife and keeps his wages, he wants to make a complaint. Referred to HMRC minimum wage.",
  "", "", "", "l")
e("INT suggests organised group using homeless Polish men to open bank accounts and register companies for VAT fraud; men given a bed in a Slough house and £10 a day, their IDs kept by the group. 2/B/P",
  "av rd ww", "", "C")
e("She was brought from Vietnam at 14 and worked in a nail bar in Kent, unpaid, and was also made to have sex with the owner's friends. She was told she is illegal and would be jailed.",
  "av ww pv it", "fa", "L S", "h")
e("The family gives me room and food, I look after the grandmother in the day, I have my own money from the shop job at night. Nobody keeps my papers. I am fine, thank you.",
  "", "", "", "l")
e("Intel: Slovak male (learning disabled) observed at a Derby hand car wash every day for 3 months, same clothes, thin, no coat. Sleeps on site. 2/B/P",
  "av ac", "pa sw fpe", "L")
e("Online report: ther is 3 guys living in a van on the industrial estate working for the roofing company, there not getting paid and the boss beat one of them for asking, he had blood all down his face",
  "ww pv ac", "pa plc", "L", "h")
e("Nepalese man (41) on a seasonal worker visa at a soft fruit farm told the GLAA that the recruiter in Nepal falsely said he'd earn £3,000 a month. Actual pay is NMW and legal, hours fine. He is disappointed and wants to go home; the farm is arranging it.",
  "de", "", "", "m")
e("County lines: 16yo female from Croydon found in a flat in Margate with two males and crack cocaine. She was reported missing 5 days ago. She said she was 'on a holiday' and hadn't been allowed to keep her own phone.",
  "av isol", "", "C", "i")
e("Council tenancy officer: tenant (Ukrainian refugee, 37) hosts her sister and nephew in her 2-bed. Not overcrowded by statutory standard, all family. No concerns.",
  "", "", "", "l")
e("INT 2/B/P: PETROV brothers have brought 5 Bulgarian women to Leeds for 'cleaning jobs'; women work in the brothel above the brothers' tyre shop, are locked in overnight and given tablets to stay awake.",
  "de rom ac", "", "S", "i")
e("Witness: 'The van picks them up at 4 and brings them back at 10 at night, seven days a week. They look exhausted. I've never seen them go anywhere on their own.'",
  "eo rom", "ce", "L")
e("ESOL teacher: student (Afghan, 34) told me her brother-in-law, who she lives with, keeps her refugee travel document and her bank card and won't let her come to class any more.",
  "rd rom", "ncw", "")
e("Bank: elderly customer (88) attends branch with a 'new friend' each week to withdraw £500 in cash. Customer appears confused; friend answers all questions. Potential financial abuse, referred to adult safeguarding.",
  "", "sfw", "", "l")
e("We had our own rooms in the hostel, the farm paid us properly and the supervisor was kind. It was hard work in the heat but we had weekends. I would go back next year.",
  "", "", "", "l")
e("Prison officer: new arrival (Vietnamese, 17, age disputed) convicted of cannabis production says he was brought to the UK owing $30,000 and locked in the grow house. Referred for NRM and s45 defence advice.",
  "av db rom", "", "C", "h")
e("A man in Manchester offered me a visa to the UK if I married his cousin. After the marriage I was told to work at his restaurant with no pay until I repaid £10,000 'for the wedding and visa'.",
  "de db ww", "", "L")
e("call from a lady at the bus stop: a girl in a school uniform is being pulled into a black BMW by an older man, she was crying, vrm partial LK21. happening now",
  "pv", "", "", "i")
e("OIC note: arrests at the nail salon. Three women employed there were lawfully resident, paid, free to come and go. The owner is charged with employing an illegal worker (fourth woman, Vietnamese, 26) who also says she was paid properly and lived elsewhere. No NRM.",
  "", "", "", "l")
e("Debrief: 'He was my boyfriend. He rented a flat for us in Bristol. Then he said we need money and his friend has men who will pay. I said no. He stopped feeding me and locked my phone in the car. After one week I said yes.'",
  "de isol ac", "", "S", "h")
e("Report: man living in a tent in the woods is being paid in booze by a local builder to lug rubble. he has no shoes.",
  "av ww", "pa", "L")
e("INT 2/B/C (not to be disclosed to employer): Indian students at a London dark kitchen told by an 'education consultant' they'd have jobs to pay tuition; working 70 hrs a week, far beyond their visa limit, wages paid to the consultant, who threatens to report their visa breach.",
  "de eo ww it av", "ncw", "L")
e("Police log: sex worker (Brazilian, 31) reported a robbery at her flat. She works independently, advertises herself, manages her own bookings and money. Crime recorded; no exploitation.",
  "", "", "", "l")

# ---- part 3 ----
e("THE CAR WASH ON HIGH ST IS A DISGRACE!!! THEY HAVE LADS WORKING IN FLIPFLOPS IN THE SNOW AND THEY LIVE IN THE CONTAINER AT THE BACK!!! SOMEONE NEEDS TO DO SOMETHING I'VE REPORTED IT 3 TIMES",
  "ac", "sw plc", "L")
e("Checked the car wash on the High St after 3 public reports. 5 staff, all adults, own documents, paid by bank transfer weekly, live in rented flats in town. The 'container' is a staff room with a kettle. Boots issued free. No indicators.",
  "", "", "", "l")
e("There was no sign of anyone being held against their will at the address, and all residents said they could come and go.",
  "", "", "", "l")
e("She says she can leave whenever she likes and that the passport in the office safe is there at her own request because her room has no lock.",
  "", "", "", "l")
e("He would have threatened her if she had tried to leave, she thinks, but he never actually did, and he paid her every week.",
  "", "", "", "l")
e("No concerns raised about wages, hours or accommodation at the packhouse during the unannounced visit.",
  "", "", "", "l")
e("Worker complained the supervisor docked one hour's pay for lateness. Employer otherwise pays in full to the worker's own account; dispute referred to ACAS.",
  "", "", "", "l")
e("low pay at the chippy, only £8 an hour, but he lets us go home and we keep our money so its not slavery just tight",
  "", "", "", "l")
e("If the rumours are true the restaurant owner takes the staff passports, but when we checked every worker had their own and denied any such thing.",
  "", "", "", "l")
e("my mate works at the hotel and said the pay was late once in april because of a bank holiday, sorted now",
  "", "", "", "l")
e("Grandad (92) lives with us, I do his shopping and his pension goes into his account, he has his own bank card. Social worker visited, happy.",
  "", "", "", "l")
e("His daughter collects his pension every week and gives him £10. He doesn't get to see the rest. He is 83 and very deaf.",
  "", "ncw", "")
e("Neighbour says the man next door takes his disabled brother's benefits and spends them on himself, the brother is never taken out.",
  "", "ncw", "")
e("Dispute at a kebab shop: employee (Kurdish, 30) says he is owed £600 in holiday pay after leaving. Employer disputes. Employee lives independently and was paid weekly otherwise. Civil/employment matter.",
  "", "", "", "l")
e("Pay at the agency is rubbish but at least it's on time and in my own account. Hours are 40 a week. I just want a better job.",
  "", "", "", "l")
e("She is an au pair with a family in Surrey. She says they are kind, she has her own room, £100 a week pocket money as agreed and free evenings. She wanted advice about college fees.",
  "", "", "", "l")
e("Welfare check: Sri Lankan couple running a corner shop with their adult son. Long hours (7am-10pm) by choice as owners; nobody else working there. No concerns.",
  "", "", "", "l")
e("Kidney stone patient (Iranian, 40) at A&E, scar on flank from an old surgery in Tehran for a kidney tumour, medical records confirm. No concerns.",
  "", "", "", "l")
e("Live-in carer (Zimbabwean, 45) for a man with MS, employed by a CQC-registered agency, 2 weeks on 2 weeks off, 2-hour break daily, paid to own account. Client's son raised nothing of concern.",
  "", "", "", "l")
e("A Romanian family of six in a 3-bed private rent, damp and mould, landlord refusing repairs. All adults work for different employers. Environmental health notified. Not exploitation.",
  "", "plc", "", "l")
e("Man (Eritrean, 26) refused asylum, destitute, sleeping rough. Says he has been offered work 'by some Kurdish guys' but has not taken it. Referred to the Red Cross destitution service.",
  "", "", "", "l")
e("Police log: fight outside the nightclub between two groups of Polish workers from the same factory. Both parties drunk. Arrests for affray. Nothing else of note.",
  "", "", "", "l")
e("DA report: husband controls the family finances and checks her phone. She works as a nurse and keeps her salary. Not labour or sexual exploitation. MARAC.",
  "", "", "", "l")
e("Honest recruiter: the Manila agency told me the care home pay was the minimum wage, 39 hours, and that I must pay my own rent. No fees. All true. It is hard but I knew.",
  "", "", "", "l")
e("Student (Malaysian, 19) worried because her landlord has her passport copy. Landlord only keeps a scan for right-to-rent checks; original is with her. Reassured.",
  "", "", "", "l")
e("Bank flagged student accounts receiving money from a legit scholarship fund and rent transfers from parents. Reviewed: no mule activity.",
  "", "", "", "l")
e("Complaint about a Thai massage shop being a 'brothel'. Visit: two therapists, both adults, own visas, licensed premises, massage only, no living on site. Malicious complaint suspected.",
  "", "", "", "l")
e("Gardener (British, 60) working for the big house for 20 years. Paid, goes home each night, says the owners are 'decent people'. Concern raised by a new neighbour unfounded.",
  "", "", "", "l")
e("INT 3/E/P: Unknown source claims the vicar is keeping refugees as slaves in the church hall. Checks: hall used as a licensed night shelter run by volunteers; guests free to come and go. Assessed likely false.",
  "", "", "", "l")
e("She was upset that the nail bar pays only commission and some weeks she gets £150 for 40 hours. But she says the owner never kept her money, she can quit, and she has her own bank card.",
  "", "", "", "l")
e("The worker injured on the building site was taken to hospital by the site manager, paid sick pay, and the firm has reported it under RIDDOR.",
  "", "", "", "l")
e("Young man (British, 20, learning disability) volunteers at a charity shop two mornings a week with his support worker. Enjoys it. Review only.",
  "", "", "", "l")
e("Mum reports her son (17) has a weekend job at a garage, the owner pays him cash, £50 a day, fair. She just wanted to check if it's legal for his age.",
  "", "", "", "l")
e("Caller believes the Chinese takeaway staff are trafficked 'because they never speak English'. Officer visited: staff are the owner's family, live in their own house, children at school. No concerns.",
  "", "", "", "l")
e("Man with psychosis (British, 50) believes neighbours are 'forcing him to work in his sleep'. Mental health team involved. No third party.",
  "", "", "", "l")
e("Sponsor licence audit at a care home: 12 overseas carers, no recruitment fees charged, repayment clauses removed after Home Office guidance, accommodation optional at market rent. Compliant.",
  "", "", "", "l")
e("Irish Traveller family working together on a tarmac business, all adults related, share income. Customer complaint about quality of work only.",
  "", "", "", "l")
e("Visa overstayer (Brazilian, 33) arrested at a building site on an immigration warrant. Interviewed: he found the job himself, paid cash daily, lives with friends. No indicators. Removal proceedings.",
  "", "", "", "l")
e("A woman met a man online who proposed marriage and invited her to the UK. She came on a fiancée visa, they married and she now works at Tesco. Her mother in Kenya worried after not hearing from her; welfare check found her well and in contact.",
  "", "", "", "l")
e("Lost passport report: Polish worker dropped it at the festival. Employer helped book embassy appointment.",
  "", "", "", "l")
e("lads at the car wash 2day were singing and laughing and the boss bought them all a maccies, so i dunno why people say its slavery lol",
  "", "", "", "l")
e("GLAA: labour provider operating without a licence supplying 20 workers to a bakery. Workers paid correctly, own accounts, no fees, no accommodation. Offence of acting as unlicensed gangmaster only.",
  "", "", "", "l")
e("Upfront fee of £1,500 demanded by a 'visa agent' on Facebook from a Nigerian nurse for a UK care job. She refused and reported it. No travel took place.",
  "", "uf", "", "l")
e("Hotel night porter (Bulgarian, 40) works 12-hour nights 4 on 4 off, chosen pattern, paid overtime. Wife and kids with him in a rented flat.",
  "", "", "", "l")
e("Patient (female, 24) at sexual health clinic, independent escort, says she works for herself and wants routine screening. No coercion disclosed.",
  "", "", "", "l")
e("Crime report: theft of copper cable by a group of local men. Not connected to any labour or exploitation.",
  "", "", "", "l")
e("Man (Nigerian, 52) says the church pastor asked him to work in the church café for free. He volunteers 4 hours a week, has a paid job elsewhere, and can stop whenever.",
  "", "", "", "l")
e("Fishing: Scottish skipper employs two Ghanaian crew on proper contracts, £1,600 a month plus share, passports in their own possession, shore leave every landing.",
  "", "", "", "l")
# positives
e("they keep the passports in the office safe 'for safety' and wont give them when we ask",
  "rd", "", "L")
e("Never got my ID back after they set up the bank account.",
  "rd", "", "")
e("A man from the hostel said he had a cleaning job for me and a room. The room was the kitchen floor of his flat, and the job was cleaning his brothers' houses. I was not paid, he said my room was my pay.",
  "av de ww ac", "", "D")
e("INT 2/B/P: girl (15) from a children's home in Rochdale is the 'girlfriend' of POI AKHTAR (29), who buys her vodka and phone credit and has driven her to parties in Oldham where she was passed to other men.",
  "av pv", "et", "S", "h")
e("I met him in a chatroom when I was 14. He said I was mature and he loved me. He sent me a train ticket to London. I stayed in his flat. After a week he said his friends would come and I should be nice to them because he paid for my ticket.",
  "av de db", "", "S", "h")
e("Intel: Albanian male, 19, arrested in a cannabis grow in a flat in Swansea. Had been told in Albania he would work as a builder. His phone was taken and he was brought food by 'the boss' every 3 days. He had not been outside for 6 weeks. 2/A/P",
  "de isol rom", "", "C", "h")
e("Mencap worker: Paul (38, Down's syndrome) has 'new friends' who take him to the bookies and get him to sign for loans, then keep the money. They have told him they'll stop being his friends if he tells his mum.",
  "av it", "ncw", "C")
e("Debrief: 'In the lorry they said we owe €9,000 each. In the factory in Northampton they take it from wages, but the rent and food are added every week, so it never goes down. After 10 months I still owed €8,500.'",
  "db ww", "", "L")
e("Officer: Slovak female (30s) found working at a chicken processing plant via agency; she does not speak English, her partner collects her wages from the agency, and she is taken to and from work by him.",
  "av ww", "ncw et", "L")
e("Nanny (Filipina, 40) with a Saudi family visiting London on a 6-month visa. Says she works from 6am to 1am, sleeps on the floor of the children's room, has not been paid in London, and the employer holds her passport. She ran to the embassy.",
  "eo ac ww rd", "", "D", "h")
e("Migrant Help: man (Vietnamese, 40) says he paid $15,000 for a 'student visa' and college place; on arrival the college did not exist. He now works in a nail salon in Nottingham to pay the rest of the fee.",
  "de db", "uf", "L")
e("POI paying Romanian women to come to the UK for 'sham marriages' with non-EU men. The women are kept in a flat in East Ham until the wedding, their passports held by POI and their movement controlled. 2/B/P",
  "rd rom", "", "C")
e("Report: the farm lads have to pay £10 a day for the minibus to the fields and £5 for a knife. If they dont pay they dont get work.",
  "", "ct ppe", "L")
e("16-yr-old boy cuckooed: dealers moved into his mum's flat (she uses heroin). He is made to run to the door, sleeps on the floor, and has been told they'll burn the flat if anyone calls the police.",
  "av it ac", "", "C", "i")
e("Woman (Polish, 45) with alcohol dependency lives in a caravan behind a farmhouse and cleans and cooks for the farmer's family. She's been told she 'doesn't need money' because everything is provided. She hasn't been off the farm in a year.",
  "av ww rom ac", "plc", "D")
e("My agent in Dhaka said it was a chef job in a Michelin restaurant. It was a takeaway in Burnley and I washed dishes 14 hours a day.",
  "de eo", "", "L")
e("Taken to London by 'boyfriend' at 16, told she must 'work' to pay for the flat, made to sleep with men in an Airbnb. She was hit if she cried.",
  "av de pv", "", "S", "h")
e("Street outreach: Romanian man on crutches begging near the cathedral says a 'boss' brings him each day and takes the cup at night; he gets food and a bed. He wanted to stop but was told he owes for the coach fare.",
  "av ww db", "ce", "C")
e("INT: Indian national (28) recruited for a 'software internship' in Reading; on arrival told the internship is full and he must work in a warehouse for the company director's cousin, £2/hr 'until a place opens'. Passport held 'for HR'.",
  "de ww rd", "", "L")
e("Debrief: she was told she'd be looking after an elderly man in Leeds. Instead she cares for him 24 hours, he gropes her, she sleeps on the sofa, and the daughter who hired her keeps her wages 'for the visa'.",
  "de pv eo ww ac", "", "D", "h")
e("Tipster: group of lads from Sudan are sleeping in a van behind the kebab place and work there all day, seems like the boss dont pay them",
  "ac ww", "plc sw", "L")
e("Intel: county line 'Ricky' in Norwich uses a 14yo girl as a runner, she is made to carry drugs internally; she was raped as punishment for losing a package. 1/B/C",
  "av pv", "", "C S", "h")
e("Ms A (Eritrean, 31, PTSD) housed via a church contact with a family in Luton who make her do all housework and childcare. She gets no pay; they say her accommodation is pay. She doesn't have a key.",
  "av ww rom", "", "D")
e("Debrief (Urdu, interpreter): He says his sponsor promised a job as a senior carer. He was sent to houses doing home visits 16 hours a day and the sponsor took £8,000 'for the certificate'. When he said he would leave, the sponsor said he would cancel his visa and he would be sent back in shame.",
  "de eo it", "uf", "L")
e("Public report: old lady upstairs with dementia has a man who comes every day, he has her bank card and he's moved his girlfriend in. she looks scared of him.",
  "", "ncw", "")
e("GP: patient (Lithuanian, 29, heroin dependent) disclosed she works at a flat in the town 'for Denis' who gives her drugs and a bed and keeps the money from the men.",
  "av ww", "ncw", "S")
e("Border Force: 3 young women (Colombian) arrived on the same flight with identical itineraries, hotel booked by the same third party, one had a note with a UK phone number and 'tell them tourism'. Each has about €50 and very few clothes.",
  "", "fpe", "", "l")
e("Intel 2/B/P: Romanian POI 'Nelu' controls 7 women in street prostitution in Ilford; women say he bought them from another pimp and they owe him £5,000 each. He beats them if takings are low.",
  "db pv", "", "S", "h")
e("Police log: two men from Eritrea (19 and 20) found in the back of a lorry at a Kent services, dehydrated. They say they were told the journey was paid and they would work for 'a friend' on arrival to repay.",
  "db", "pa", "", "m")
e("I'm a British girl, 17. My boyfriend got me to film things for his 'OnlyFans business'. He has the login and the money. When I said no he said he'd send the videos to my dad.",
  "av ww it", "ncw", "S", "h")
e("Warehouse worker (Polish, 61) told the agency pays 'a bit less' because he's old. He is paid £5 an hour through an umbrella company owned by the team leader, who also holds his bank card.",
  "av ww", "ncw", "L")
e("Debrief extract: He says that the cannabis house had no windows, the heat was unbearable, and he slept in the bath. He was told his brother in Vietnam would be killed if he ran.",
  "ac it", "sw plc", "C")
e("""Long report, charity (Kalayaan) caseworker.

Client: R. (Indonesian, 37), domestic worker, came to the UK on an Overseas Domestic Worker visa with her employer, a Qatari family, in June. The visa paperwork was done by the employer's office and she never saw it.

At the London residence she cleaned a large house and cared for four children. She started at 6am and was often still working when the family returned from dinner after midnight. She had no day off in four months. She shared a bed with the youngest child. Her salary, 'agreed' in Doha at $400 a month, was she was told being paid to her husband in Java; her husband says he received two payments. She had no phone of her own; the family's driver sometimes let her use his.

She left one morning while taking out the rubbish. She did not know the address. She says the madam slapped her twice, once for breaking a glass. She does not have her passport: the madam kept it in her dressing room.

Client is frightened that her visa is tied to the employer. Advised on the six-month visa extension for victims and NRM. She consents to NRM.""",
  "eo ac ww isol pv rd av", "ncw fa", "D", "h")
e("""Police handover, county lines desk

1) Address 14 Elm Walk: occupant Darren K. (47, alcohol dependent, known to mental health services). Local neighbourhood team report three teenage males from London have been staying 'on and off' for two months. Darren has been seen with a black eye. Neighbours say he spends his days on a bench in the park because 'the boys need the flat'. He was overheard saying 'they'll kill me if I go to the police'.
2) The teenage males: one ID'd as Kai M. (15), reported missing by Lambeth. INT suggests he has a debt to 'Smokey' for a lost package.
3) Actions: visit tonight with PCSO; safeguarding for Kai (child with exploiters now); Darren to be offered a place of safety.""",
  "av pv it db", "pa", "C", "i")
e("""Victim statement (first person, translated from Romanian):

I grew up in an orphanage. When I was 19 a woman called Lidia came to the village and said her son in England had a restaurant and needed a waitress, and that I could send money to my sister. Her son, Florin, met me at Luton airport. He took my ID card to 'register me for National Insurance'. For two weeks I lived with him and he was nice and bought me clothes. Then he said the restaurant was closed and I owed him £2,000 for the flight and the clothes and I must pay by 'being with men'. I said I will go home. He hit me on the head and said Lidia knows where my sister lives.

For nine months I worked in flats in Birmingham and Coventry. He took every pound. He put my photos online. I was moved every week. I never knew the address.

I escaped when a client called the police.""",
  "av de rd db pv it ww isol", "ncw", "S", "h")
e("""GLAA investigation note (part)

Operation NETTLE: salad packhouse, Lincolnshire. 46 workers supplied by an unlicensed gangmaster, Lithuanian. Interviews of 12 workers (Lithuanian, Latvian, Russian-speaking) found: recruitment by Facebook ad promising £12/hr and 'free accommodation'; on arrival workers charged £80/week each for a room shared by 4; £5 per day transport; £40 for boots and hi-vis; workers' bank cards held by the gangmaster's partner 'to pay the rent'; two workers said they had been told they could not leave until they paid back £300 'travel'. Typical week 72 hours. Several workers said they were frightened of the gangmaster's 'security' man. Three workers had no documents; they said the gangmaster had them.

Not every worker reported all of the above; 4 workers said they were satisfied and had their own cards.""",
  "de ac db ww eo rd it", "oc ct ppe ncw", "L", "h")
e("""Debrief summary (Children's services, ICTG)

Y. (Albanian boy, 16) arrived in Dover by small boat. He says the smugglers told his family the price was covered if he worked for 'their friend' for a year. The friend was a man in Liverpool who put him in a house with two other boys growing cannabis. He was not allowed out and had no phone. He was given cigarettes and noodles. When a neighbour knocked, the man came and beat the boys for 'making noise'. Y. ran away after four months when the door was left open. He is now in foster care.""",
  "av de db rom isol pv ac", "", "C", "h")
e("""Press-style summary: Bedfordshire family jailed for 'modern slavery' at their farm

A court heard that over 15 years the family recruited homeless men and men with alcohol addictions from soup kitchens and benefit offices, promising them paid work and a home. The men were made to lay driveways for up to 18 hours a day and lived in dirty caravans with no running water. Some were paid as little as £10 a day, others nothing. One man said he had been shown what happened to a worker who had complained: he was beaten with a shovel. Several had their heads shaved on arrival.""",
  "av de eo ac ww pv it", "plc pa", "L", "h")
e("""Referral (A&E liaison nurse), received 03:10

Female, appears 16-18, gave the name 'Sara' and no surname, brought in by a man who said he was her cousin and left the department before being asked for details. She has a broken wrist and bruising to her thighs. She said 'I fell'. She had no bag, no phone and was wearing a thin dress in November. When asked where she lives she said 'with the boys' and could not give the address. She asked if the police would tell 'them'. She became very distressed when a male porter entered the cubicle.

Actions taken: police called to department; safeguarding children team paged; kept in cubicle near nurses' station.""",
  "av pv isol", "pa fpe fa", "S", "i")
e("I was told the job at the factory was packing. It was, but they took my ID and said it was for security and now they say I owe them for the house. Eleven of us live there.",
  "rd db ac", "oc", "L")
e("He said we were getting married in England and he would pay for my university. Instead he locked me in his cousin's flat and I had to sleep with men.",
  "de rom", "", "S", "h")
e("Intel: man with learning disability in Bolton being used to cash cheques for a fraud group; they keep him in a spare room and give him takeaways. 3/C/P",
  "av ww", "", "C")
e("vietnamese girl at the nail bar on Fore St works every single day 9-9 and the boss drives her home, she told my daughter she owes £20k",
  "eo db", "et", "L")
e("Domestic worker (Ethiopian, 25) at a private home in Kensington: passport 'in the drawer', no day off, paid £100 a month 'because food and room are free'.",
  "rd eo ww", "", "D")
e("INT: 4 Vietnamese teenagers housed above a nail bar in Rotherham, do not attend school, work in the salon, collected and dropped by the owner. 2/B/P",
  "av", "et", "L", "h")
e("The man from the temple promised us jobs in a restaurant and visas. In Southall he took our passports and sent us to a building site. We sleep 20 in a garage.",
  "de rd ac", "oc", "L")
e("Probation note: Service user (27, heroin) says his dealer is getting him to shoplift to order at M&S every day to pay off £600 he owes. He was told he'd 'lose a finger' if he stopped.",
  "av db it", "", "C")
e("Support worker: Hasan (Syrian, 17) works at his 'uncle's' barbershop in Coventry until 11pm, doesn't go to school, says uncle keeps his wages to 'pay for the smuggling'.",
  "av ww db eo", "", "L", "h")
e("Online report: the old boy at the allotment gets the young lad with learning difficulties to do all the digging for nothing and shouts at him and says no one would believe him if he told.",
  "av ww it", "", "L")
e("Financial intel: 23 accounts in names of Romanian workers, all with the same phone number and email, funds swept to one account within hours of wage payments.",
  "ww", "ncw mbc", "L")
e("Police log 2231: Female (Thai, 30s) ran into the petrol station barefoot saying a man was keeping her in a flat above the Thai massage on Queen St. She said he took her passport and she has to 'work' with customers. Officers attending, male still at premises.",
  "rom rd", "", "S", "i")
e("Eritrean boy (16) tells foster carer that in London 'a man' made him deliver drugs on a bike, he didn't get paid and was told he owed for a stolen phone.",
  "av ww db", "", "C", "h")
e("Safeguarding (adult): Mrs K (Polish, 74, no English) brought from Poland by her nephew to 'help with the kids'. She cooks and cleans for the household of 8, is not allowed to go out alone, and has no money of her own.",
  "av rom ww", "", "D")
e("The agency took £600 for the job and told us it was in a hotel. It was a meat plant. Then they said we pay £100 a week for a bed in a house with 16 people.",
  "de ac", "uf oc", "L")
e("INT 2/B/P: Chinese female (40s) who speaks no English living at the rear of a Chinese restaurant in Swindon, working 7 days, 'paid' only with food. Owner says she is his sister-in-law.",
  "av eo ww", "sw", "L")
e("He says they said he was going to be a footballer in Leeds. He was 16. He was made to sell drugs and when he refused they cut his face.",
  "av de pv", "pa", "C", "h")

# ---- part 4 ----
e("Hospital in Birmingham: Pakistani man (24) presenting with infected nephrectomy wound 3 weeks after 'surgery abroad'. Says a recruiter paid his debts in Karachi in exchange for a kidney and promised a UK work visa afterwards, which never came. He was given £900 of the £6,000 promised.",
  "de av ww", "pa", "O")
e("INT 3/C/P: WhatsApp group 'Help for Sudan families' recruiting young men in Calais to 'donate' a kidney in Egypt for £3,000 and a lorry place to the UK. One man in Leeds has a fresh scar and says he was threatened with a knife when he hesitated at the clinic.",
  "av de it", "pa", "O", "h")
e("She came with one small bag, no coat, no phone and only the clothes she was standing in; the 'boss' did all the talking at the agency office.",
  "", "fpe sfw", "", "l")
e("Team leader answers for all the Romanian girls at the induction and holds their bank cards 'so they don't lose them'. Three cards in his wallet at the canteen.",
  "", "sfw ncw mbc", "L")
e("Asked to pay £7 a day each for the supervisor's car to the site and £30 for a hard hat, otherwise no work. Pay slips otherwise correct and paid to own account.",
  "", "ct ppe", "", "l")
e("Debrief: 'Uncle' met me at Heathrow and drove me to a house in Wembley. I cooked and cleaned for his family and his mother. The door was locked whenever they went out. I was 13 and never went to school.",
  "av rom", "", "D", "h")
e("Found asleep in the boot of a car at the car wash, Albanian, 17, says he works for the boss and that boss keeps his phone.",
  "av isol ac", "sw", "L", "h")
e("INT 2/B/P: POI KOVAC using an elderly Slovak man's identity and address to claim benefits for 6 'residents' who don't exist; man lives in the box room, his pension card held by KOVAC.",
  "av", "ncw", "C")
e("Debrief: 'They told me in Hanoi that England has many jobs in restaurants. I paid 20,000 dollars. In England they put me in a house, said I owe 10,000 more for the lorry, and I sleep with the plants. Every day I think my family will be hurt.'",
  "de db ac", "sw", "C")
e("Young woman (British, 19, care leaver) says an older man gives her a flat to live in but 'people come round' and she 'has to sort them out' or she'll be on the street again.",
  "av it", "", "S", "h")
e("Text to the helpline: my friend is working in a hotel in Edinburgh, they give her £15 a day and keep the rest of her pay 'for the agency', she starts 6am and finishes 11pm.",
  "ww eo", "", "L")

# ---- end of texts ----
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh83.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(E, 1):
            f.write(json.dumps(dict(id="f83-%03d" % n, **r), ensure_ascii=False) + "\n")
    print(len(E), "texts ->", out)
