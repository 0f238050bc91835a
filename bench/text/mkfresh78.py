#!/usr/bin/env python3
"""Hand-written texts for bench/text/fresh78.jsonl (East Midlands mix).
Each entry: T(text, indicators, signs, types, flag). Codes are short aliases
expanded below; flag '!' = immediate risk, 'c' = child at risk (high at least).
Risk otherwise follows the brief: high for violence / sexual / threats+restriction /
3+ indicators; medium for any indicator or type; low for nothing."""
import json, os

IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement",
           is_="isolation", pv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
IND["is"] = IND.pop("is_")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

ROWS = []

def T(text, ind="", sig="", typ="", flag=""):
    i = [IND[x] for x in ind.split()]
    s = [SIG[x] for x in sig.split()]
    t = [TYP[x] for x in typ.split()]
    # a sign goes with its indicator when the indicator is described
    for ind_, sig_ in (("retention_of_documents", "documents_taken"),
                       ("restriction_of_movement", "restricted_movement"),
                       ("excessive_overtime", "long_hours"), ("isolation", "isolated")):
        if ind_ in i and sig_ not in s:
            s.append(sig_)
    if "!" in flag:
        risk = "immediate"
    elif ("c" in flag or "physical_sexual_violence" in i or "sexual" in t
          or ("intimidation_threats" in i and "restriction_of_movement" in i) or len(i) >= 3):
        risk = "high"
    elif i or t:
        risk = "medium"
    else:
        risk = "low"
    ROWS.append(dict(text=" ".join(text.split()) if "\n" not in text else text.strip(),
                     indicators=i, signs=s, exploitation=t, risk=risk))

# ---------------- part 1 ----------------
T("2/B/P. INT suggests hand car wash on Melton Rd LEICESTER staffed by 6-8 Romanian males living in flat above unit. Workers arrive 0700 and still washing at 2100, 7 days. Male known as 'Costel' collects all cash at close. Nothing further known re pay.",
  "eo", "lh sw", "L")
T("Wanted to report the nail shop on high street Kettering the girls look about 15 and never speak they get picked up in a black merc every nite at 10. not right",
  "av", "cedl", "L", "c")
T("Caller (neighbour) reports loud argument between two adult males at address in Bulwell over unpaid rent. Both known to each other, shared house. No injuries. Advice given, no further police action.")
T("Debrief extract (interpreter present, Vietnamese). IP states he was brought into UK in back of lorry aged 16. Man called 'Anh Tu' told him debt for journey was £18,000 and he would pay it by 'watering plants'. He was kept in a house in Mansfield, windows covered with foil, door locked from outside, food brought twice a week. He says he was told that if he ran, his parents in Nghe An would 'pay the rest'.",
  "av db rm it is", "rmv plc", "C", "c")
T("Salvation Army caseworker note: client (Polish male, 54) recruited at a Gdansk bus station for 'factory work, good money, house included'. Arrived in Corby. Placed with 11 others in 3-bed terrace. Bank card opened by the 'coordinator' on day two and never handed back. Says he gets £30 on Fridays 'for cigarettes'. Worked at a meat plant via an agency then car parts.",
  "de ww ac", "oa ncw", "L")
T("1/A/P. VRM KX19 ??? (white Transit) seen 0515 daily at layby off A6 LOUGHBOROUGH collecting 10+ workers, all carrying no bags, driven to packhouse near Melton. Same van returns 2230. Driver Marius POPESCU (DOB 03/11/1988) seen taking £5 each from workers before they board.",
  "", "cedl ct fpe", "L")
T("Report via website: my elderly mum's care home in Derby has had new staff from India and they told her they pay back £9000 to the company who got them the visa, they work double shifts every day. one was crying in the laundry. please look into it",
  "db eo", "uf lh", "L")
T("101 call. Female caller reports her purse was stolen on Nottingham tram, contained driving licence and bank cards. Crime reference given. No suspects.")
T("Inspection note (GLAA compliance). Labour provider supplying pickers to a salad grower near Market Harborough. Payslips checked for 14 workers: hours and holiday pay correct, paid weekly into workers' own accounts. Accommodation on site inspected: 2 per caravan, heating working. Workers interviewed alone; all hold own passports. No concerns identified.")
T("Press summary: A Leicester man has been jailed for six years after forcing two Indian nationals to work in his Belgrave sweet shop for up to 16 hours a day. The court heard he took their passports 'for safekeeping', paid them nothing for 14 months and told them police would deport them if they complained.",
  "eo rd ww it av", "lh dt foa", "L")
T("Open source: escort advert on adult site, 'new girl Sofia 19 just arrived, Derby city centre, 24/7 incall'. Photo same as in 3 other adverts in Northampton, Leicester and Nottingham within 10 days. Same phone contact number across all.",
  "", "", "S")
T("Safeguarding referral from school (Sneinton). Y10 pupil, 14, has a new phone, designer trainers and has been missing 3 times this term; found in Worksop last week by BTP with £600 cash and 2 phones. Says 'a mate' gave him a lift. Mother says older boys wait for him at the gate.",
  "av", "", "C", "c")
T("4 lads on the bridge near Sainsburys in Hinckley begging every day from 8am, same man drops them off in a silver Octavia and picks them up, he takes their cups off them. one has a bad leg and looks thin",
  "ww", "cedl pa ncw", "C")
T("Midwife note: woman (Romanian, 22) booked at 30 weeks, attended with male who answered all questions and said he was her 'cousin'. When seen alone briefly she said she works 'in massage', he has her ID card, she does not know the address where she lives. Bruising to upper arms.",
  "rd is pv", "sfw dt pa", "S")
T("Neighbour complaint, Long Eaton: house of multiple occupation has 7 bins overflowing and cars parked on verge. Landlord licensed, tenants are students at Nottingham Uni. Referred to council environmental health.")
T("2/C/P. POI Ardit KOLA (Albanian) believed to run cannabis grows in at least 3 rented houses in Arnold and Carlton. Gardeners reportedly Albanian males 18-20 who came by small boat; INT suggests told to work off £15k crossing fee. Not known if held at addresses.",
  "db", "", "C")
T("Debrief (first person, written with support worker): 'I come from Eritrea through Libya. In Calais a man say in England you work in restaurant you get good money. Here I wash dishes in a kitchen in Derby from 10 morning to 1 in the night. I sleep on the floor of the store room with sacks of rice. After three months he gives me £100. He says the rest goes for my food and the room.'",
  "de eo ww ac", "lh sw plc", "L")
T("Call summary 999: female screaming that she is locked in a room on Highfields St Leicester and the man has taken her phone and passport, says he will come back tonight and hurt her. Call dropped. Units deployed.",
  "rm is rd it", "rmv dt", "", "!")
T("Bank alert (financial crime team): 9 debit cards in different names used at same ATM in Wellingborough between 0600 and 0615 on consecutive Fridays. Accounts opened within 6 weeks of each other, all list same address on Oxford St. Salary credits from a food-packing agency.",
  "", "mbc ncw", "L")
T("hi my friend from Slovakia works in warehouse near Daventry through agency he says its ok they pay him every week and he rents his own room, just wanted to ask if its normal they charge for hi vis?",
  "", "ppe", "")
T("Officer handover: visited address in Pear Tree, Derby re concern for welfare of Pakistani female, 34, who arrived on spousal visa 8 months ago. Husband's family present. She told officers (via Urdu-speaking PC) she cooks and cleans for nine people, is up at 5 and last to bed after midnight, has never been allowed to go out alone, and her mother-in-law holds her passport and BRP. Husband slapped her last week for 'answering back'. She wants help but is scared of being sent home.",
  "rm rd pv eo", "rmv dt lh foa", "D")
T("3/D/C (not to be disseminated outside EMSOU). Uncorroborated claim that a Northampton tattoo parlour is a front for trafficking women. Source has history of malicious reports about same business owner. No supporting intelligence found on checks.")
T("Car wash on the ring road in Mansfield. Staff work long, yes, but I spoke to one lad, he said he gets paid minimum wage on his own card and goes home to his own flat. Just checking because you see posters about slavery.",
  "", "", "")
T("Local authority adult safeguarding referral (Nottinghamshire). Adult with learning disability (male, 41) found to have 'friends' living at his flat in Kirkby for past 4 months. Flat used to bag up and sell crack cocaine. He sleeps on the sofa, was pushed down the stairs when he asked them to leave, and his PIP is collected by one of the men.",
  "av pv", "ncw", "C")
T("A&E note QMC: male, approx 30, Chinese, presented with burns to forearms from 'cooking oil'. Accompanied by employer from takeaway in Beeston who interpreted. Pt appeared frightened, avoided eye contact, gave no home address. Employer asked to take him back before discharge paperwork.",
  "", "pa sfw foa", "")
T("1/B/P. Subject Gheorghe RUSU controls 5 Romanian females working from a flat above shops on London Rd, Leicester. Women advertised online. RUSU takes all earnings; women given cigarettes and food only. One female reported to have been beaten with a belt after refusing a client.",
  "ww pv", "ncw", "S")
T("Member of public: theres a man outside tesco express in Ilkeston selling the big issue every day, ive been told hes not a real vendor and gives the money to a woman in a car. dont know if thats true. UPDATE my sister rang the big issue office and hes a proper registered vendor, keeps his own takings, so ignore me",
  "", "", "")
T("GP note: new patient registration, female 28 from the Philippines, works as live-in carer for an elderly man in Oadby. Employed via agency, has her own room and days off Saturday, holds her own passport. Attending for contraception advice. No concerns.")
T("Debrief extract (interpreter's voice, Albanian). She says she met a boy on Instagram who said he loved her and would marry her in England. When she arrived he drove her to a house in Nottingham where there were other girls. She says he told her she owed him for the journey and the room and would pay by 'seeing men'. She says he raped her the first night and took her passport. She was not allowed to go out. She says he told her he knew where her little sister went to school.",
  "de db pv rd rm it", "dt rmv", "S")
T("Inspection note, council licensing (Leicester). Nail bar on Narborough Rd. Two Vietnamese workers present, one could not say where she lived or how long she had been in the UK. Manager answered all questions for both. Camp beds and a rice cooker in the back room. Referred to police and MSHT team.",
  "is", "sfw sw iso", "L")
T("101 summary: caller's Romanian son-in-law works long shifts at warehouse at Magna Park, Lutterworth, and caller believes agency underpays him by about 4 hours a week. He has his own account and lives with his wife. Advised to contact ACAS/EAS. Not a police matter.")
T("2/B/P. 'Cuckooed' address identified, Bulwell flats: vulnerable female, heroin dependent, allowing Nottingham line 'KAY' to deal from her flat in exchange for gear. 2 youths from Birmingham (15 and 16) seen staying there for up to a week at a time.",
  "av", "", "C", "c")
T("Saw loads of people getting out of a minibus at 5 in the morning at the chicken factory Sutton in Ashfield, they all looked knackered and one was limping, im not saying its slavery just odd",
  "", "cedl pa", "")
T("Probation note: service user (British male, 23, care leaver) disclosed that his previous 'employer', a roofer in Chesterfield, paid him in cans and a sofa to sleep on. He worked 6 days a week for 2 years, was hit with a spirit level when slow, and was told he'd be 'grassed up' for a warrant if he left.",
  "av ww pv it eo", "lh", "L")
T("Press: Derby firm fined £40,000 after an agency worker lost two fingers in an unguarded press. HSE found the guard had been removed to speed up production. Worker was properly employed and paid.")
T("Modern slavery helpline referral: caller works at a bed factory in Batley but lives in Leicester with her husband — sorry, wrong force area; call transferred. Caller herself reports no concerns; was ringing about her own travel costs.")
T("Debrief (first person, Polish, translated): 'The man from the agency in Poland took 2000 złoty from me for the place and the bus. In Northampton they put us in a house, 14 men, one toilet. Every week they take for rent, for transport to the warehouse, for the boots and the jacket. I get the paper and it says £42. I ask, they say next month better. Never better.'",
  "db ww ac", "uf oa ct ppe", "L")
T("Child sexual exploitation referral (Derbyshire CSC). 13 y/o female, looked after child, repeatedly missing overnight, returned by taxi paid for by unknown adult male. Found with vodka and a new phone. Disclosed to carer she 'has to be nice' to his friends at parties in Normanton because 'he's spent money on her'.",
  "av db", "", "S", "c")
T("INT: male known as 'Uncle' running a house in Rushden where 4 Indian men live; works them at his uncle's warehouse. Source saw the men walking to work alone, they shop in town. Grading 3/C/P. No further info.")
T("Lady at the bus stop in Spinney Hills told me she works in the clothes factory behind the mosque and they pay her £3 a hour cash, says her boss tells her she cant complain because she has no papers. she asked me not to tell anyone",
  "av ww", "foa", "L")
T("Witness statement extract: 'I deliver parcels to the big house on the Ashby Road. Always a young woman answers, she's Filipino I think. Twice I've seen the owner shout at her through the window. Last week she whispered \"please help me, they have my passport\" before the lady of the house came to the door.'",
  "rd", "dt", "D")
T("2/B/C (EMSOU only). Organised crime group based in Nottingham suspected of recruiting Pakistani nationals with debts in Lahore to travel to UK for 'kidney donation' to a wealthy relative of the group; recipients pay £60k, donor told they will get £5k and a job. Two donors identified, one not paid. Medical tourism link to clinic abroad.",
  "av de ww", "", "O")
T("Neighbour dispute Corby: caller says man next door parks his van over her drive every morning at 6, they have words daily, no threats made. Advised civil matter.")
T("Refugee charity note: client (Sudanese, 19) was housed by a 'friend of a friend' in a house in Radford. In exchange he works at the friend's car wash without pay 'until the rent is covered'. Client says he is free to come and go and uses his own phone, but rent keeps increasing.",
  "av db ww", "", "L")
T("Fire service home safety visit, Derby: terraced house, 3 bedrooms, 16 mattresses counted, extension leads daisy-chained, smell of cannabis from loft. No occupants would speak to crew, one male ran out the back. Referred to police.",
  "", "oa plc", "")
T("my neighbour is working me to death basically lol my boss at the pub keeps giving me 12 hr shifts on saturdays but he pays me for all of it. is that legal??")
T("1/A/P. IP (Vietnamese male, 17, age disputed) arrested at cannabis factory, Wollaton. States a man took his phone on arrival, he slept on a mattress in the grow room beside the lamps, he was given instant noodles and not allowed out. Burns to hands from lamps. Man told him if police came to say he was 21.",
  "av is rm ac", "sw rmv pa", "C", "c")
T("Report from member of public, Northampton: 'the house opposite has men coming and going all night, young girls at the window who never go out, the man with the BMW brings food. i think its a brothel and the girls are kept in'",
  "rm", "rmv", "S")
T("School nurse note: Y8 boy (12) from Roma family, often tired, says he helps his dad at the car wash weekends. Dad works there legally, boy does homework at the office. No indication he is working. Signposted family to free school meals.")
T("Salvation Army referral: Romanian female, 45, begging outside Derby Westfield. Says she was brought by a couple from her village who promised cleaning work. Sleeps in a van with four others. Must hand over £50 per day or she is 'sent home with nothing'. Couple have her ID card 'so she doesn't lose it'.",
  "de ww rd ac it", "dt plc oa", "C")
T("A local newspaper reported that a Leicester textile firm has signed up to the Fast Forward audit programme and passed a full inspection; workers interviewed said they received payslips and holiday pay.")
T("Call summary 101: caller's adult daughter (Indian national, student) has not contacted family for 3 weeks; they believe her phone is broken. Officers found her well at halls in Loughborough, she had lost her phone. No concerns.")
T("2/B/P. Albanian male Ilir HOXHA (DOB 14/02/1995) said to be 'looking after' young Albanian men in Kettering who work in his brother's car washes. Men reportedly pay £70 pw from wages for a room shared by 6 and £10 per day for the lift. HOXHA seen at Western Union sending money.",
  "ac", "oa ct", "L")
T("Debrief (first person): 'I'm from Mansfield, I was sleeping rough when a man said come and lay block paving, £50 a day and a caravan. I never saw £50. He gave me a few quid and a bottle. The caravan had no water. He made us work in the rain from light till dark. When I said I was going he showed me a picture of a lad with his face smashed up and said that's the last one who left.'",
  "av de ww ac eo it", "plc lh", "L")
T("GP: patient reports chest pain. Works nights as HGV driver out of DIRFT, Daventry. Advised re rest. No other concerns.")
T("INT suggests a Chinese female (aged 40s) known as 'Auntie Mei' recruits women from Chinese student WeChat groups, offering 'hostess' work in Nottingham. Women later advertised for sex on Vivastreet. 2/C/P.",
  "de", "", "S")
T("Hospital social worker: 71-year-old Indian female admitted with malnutrition. Lives with son's family in Evington. Daughter-in-law collects her pension and attendance allowance. Patient says she is happy at home and family care for her; son states mum 'doesn't eat'. Adult social care review requested.",
  "", "ncw", "")
T("this bloke in our village has taken in 3 Polish men and they do his farm work. they drink in the pub, come and go, the landlord knows them, one of them said he gets good money. just for your info if you're checking farms",
  "", "", "")
T("Border Force note, East Midlands Airport: female Nigerian national, 20, arrived on visit visa, said she was here to work as a nanny for a family in Leicester she had not met. Carrying £30 and a phone number only. Could not name the family. Said a 'sponsor' in Lagos had paid for the flight and she must repay him from her wages. Referred to NRM first responder.",
  "db", "", "")
T("999: male reports his Romanian colleague at a building site in Hucknall has fallen from scaffolding. Ambulance attended. Site manager cooperative, worker on payroll. HSE informed.")
T("Caseworker note (Hope for Justice): Slovak male, 38, learning difficulties, living in a garden shed at rear of family home in Derby. The family claim his Universal Credit and use him to clean their houses and do gardening for neighbours; the neighbours pay the family. He gets 'a few cigarettes'. Has not seen a doctor in years, several missing teeth, untreated wound to foot.",
  "av ww ac", "plc pa ncw", "L D")
T("2/A/P. Address on Mere Road, LEICESTER. Approx 10 Bangladeshi males sleeping in shifts in cellar of garment unit, working at sewing machines 0800-2300. Owner Tariq ANWAR controls the door key after 2300. Males told they will be arrested by immigration if seen outside.",
  "eo ac rm it av", "sw lh oa rmv foa", "L")
T("Online report: CAR WASH ON DERBY RD NOTTS, THE WORKERS HAVE NO GLOVES IN THE FREEZING COLD AND THE BOSS SCREAMS AT THEM ALL DAY LONG. SOMEONE NEEDS TO DO SOMETHING!!!",
  "ac", "", "L")
T("Police log: attended a report of a man sleeping in a car at a lay-by near Worksop. He is a Latvian lorry driver on his rest break. Words of advice re parking, no concerns.")
T("Debrief (interpreter notes, Tigrinya): He says the man who arranged the journey from Sudan through Libya is owed $7,000. His cousin in Nottingham found him work at a car wash, and he is paid £60 per day cash. He says he keeps the money and sends part to the agent himself. He says nobody controls him in the UK, he lives with his cousin.",
  "", "", "")
T("Safeguarding (school, Wellingborough). Y11 girl (15) disclosed she has been sending images to a man she met online who now says he will post them to her school unless she meets his 'mates' in a hotel in Northampton. Police informed same day.",
  "av it", "", "S", "c")
T("1/B/P. Woman known as Kasia controls bank accounts for 20+ Polish workers placed at a mushroom farm near Ashby. Wages paid into accounts she opened; workers' cards and PINs kept in a tin at her house. Workers receive £40 cash each Friday.",
  "ww", "ncw mbc", "L")
T("Missing person report: Albanian male, 17, unaccompanied asylum-seeking child, absent from foster placement in Derby for 4 days. Previously went missing and was found in a cannabis grow in Coalville. Believed to be back with same associates.",
  "av", "", "C", "c!")
T("Charity drop-in (Nottingham): man (Polish, 60) homeless after falling out with landlord. Worked for years at a recycling plant, paid properly, lost job after injury. Helped with housing application.")
T("Hotel staff report: a man booked room 212 at a Travelodge off the M1 junction 28 for 5 nights paying cash, a different young woman every day, he stays in the car park. Receptionist says one girl looked drugged and under 18. Call made to police.",
  "av", "pa", "S", "c")
T("2/B/P. INT suggests Indian national Harjit SINGH (DOB 22/07/1979) employs 'students' at his Leicester fast food outlets, keeps their passports in the office safe, and pays them half the agreed wage claiming the rest covers their visa sponsorship.",
  "rd ww de", "dt", "L")
T("Online report: the takeaway near my house in Hyson Green, the chinese lad who works there sleeps inside, I see him at 2am sweeping and at 9am opening up, he never leaves. hes always got cuts on his hands. dunno if anyone checks",
  "eo", "sw lh pa", "L")
T("Council tenancy officer: woman (British, 52) reports her nephew and his friends have been using her flat in Sutton-in-Ashfield to store 'stuff'. She does not want them there but says they are family and she has not been threatened. Referred to neighbourhood team re possible drug storage.")
T("Debrief (first person, translated from Romanian): 'In Botoșani a woman told me there is job in England in the hotel, cleaning rooms. When I arrived in Leicester there was no hotel. They took my ID. They said I must work in a flat with men. I said no and the man hit me so hard I could not hear for two days. Every night I give all the money to him. I was not allowed to have my phone. I did not know the name of the street.'",
  "de rd pv ww is", "dt", "S")
T("Officer note: visited sweet factory, Belgrave, with HMRC. Staff records in order, NMW compliant, workers produced own ID. One complaint about no breaks on Saturday passed to employer. No MSHT concerns.")
T("Call 101: man in the Meadows says his Polish lodger owes him three months rent and he has kept the lodger's passport until he pays. Officers advised him he cannot hold the passport; returned to lodger same day. Lodger works at Boots, pays his own bills, says landlord has never threatened him.",
  "rd", "dt", "")
T("Northamptonshire intel (2/B/P): Brothel at address Abington, 3 Thai women aged 30-40 advertised on AdultWork. Landlord receipts suggest rent paid by male 'Daeng'. No info re control; women seen shopping unaccompanied.",
  "", "", "S")
T("I think the man at the garage on Alfreton Rd is being used, hes always there, his boss takes his wages and gives him a bit, hes not all there if you know what i mean, he told me he has nowhere else to go",
  "av ww", "ncw", "L")
T("Care Quality Commission information share: care agency in Northampton sponsors 30 overseas carers from Zimbabwe and India. Carers allege they were charged £8,000 each for sponsorship, are given 15 hours a week when promised 40, and are told if they leave the agency will report them to the Home Office and they will be deported. Several in debt to friends and sleeping 4 to a room in a house let by the director.",
  "de db it ac", "uf oa", "L")
T("Member of public: a group of youngsters are always hanging around outside the chip shop in Clifton, smoking weed and shouting. Nothing to do with slavery but nobody else listens.")
T("2/C/C (handling: not for partner agencies). Line 'JAY' operating from Nottingham into Lincoln and Newark believed to use a 14-year-old runner from Top Valley who is kept in trap houses for days at a time and given no money, told he 'owes' for a lost parcel of £1,200.",
  "av db ww rm", "rmv", "C", "c")
T("Neighbourhood officer: lady in a wheelchair on Church St, Ripley, reports her carer from the council hasn't turned up twice this week. Passed to adult social care, no crime.")
T("Debrief extract (IP Chinese female, 36, via Mandarin interpreter): she says she paid an agent in Fujian 150,000 yuan to come to UK as a 'restaurant worker'. Arrived via Dublin. In Derby she was taken to a flat and told to do 'massage'. She says she has to see men and the agent's woman takes the money to 'pay the loan'. She says she is not locked in but she does not speak English and has no one else here.",
  "de db ww", "uf ncw", "S")
T("Report: farm shop near Bakewell has 2 young Ukrainian lads working the harvest on Seasonal Worker scheme, they're lovely, just worried when I heard about scams on the news. They said they are paid fine and live in a decent caravan.")
T("Intelligence log 1/A/P: Vehicle VRM FN16 ??? stopped on M1 J25 northbound, 8 occupants in people carrier built for 7. Driver Florin CIOBANU. Passengers Romanian, en route to meat factory. All had own ID. Driver said he charges them £15 each per day for lift. Passengers stated they live with family in Ilkeston.",
  "", "ct", "")
T("Salvation Army outreach: Sikh temple in Derby flagged Indian male, 50s, who has been sleeping in the gurdwara. He says a man promised him a job in a shop and took £3,000 in India but there was no job on arrival and the man disappeared. He is now destitute.",
  "de", "uf", "")
T("Midwife home visit, Nottingham: new mum (Pakistani, 20) not allowed to come to appointments without mother-in-law; the family answered for her. Later alone she said she does all the cooking and cleaning for the household of 11, has no money of her own, is not allowed to phone her parents and was kicked in the stomach when pregnant.",
  "rm is pv", "rmv sfw iso ncw", "D")
T("Press: Three men from Leicester have been convicted of conspiracy to commit fraud after opening more than 80 bank accounts in the names of Romanian workers they had brought to the UK. The workers, who were housed in overcrowded properties, never received wages from their factory jobs — money was drained from the accounts each payday.",
  "ww ac", "mbc ncw oa", "L C")
T("Child protection strategy meeting note: 16-year-old male, known to YOS, arrested in Chesterfield with 30 wraps, phone has 'line' messages. Disclosed a man in Nottingham tied him to a chair and burnt him with a lighter when money was short.",
  "av pv", "pa", "C", "c")
T("Online report (anon): chicken shop in Loughborough keep 4 boys in the flat upstairs, one told my son they dont get paid just food they dont speak english and one of them has a black eye. the owner drives them everywhere.",
  "ww", "pa et", "L")
T("Police contact: woman reports her ex-partner keeps her passport after they separated and will not return it. No other concerns, she lives independently and works as a nurse. Advised re civil recovery; ex-partner later handed it in at station.")
T("Debrief (first person, Indian male, 29, translated from Punjabi): 'An agent in Jalandhar took 12 lakh rupees from my family. He said construction job in England, £12 an hour. In Leicester I was put with an uncle who is a builder. I worked from 6 to 8, no Sunday. He paid me £150 a month. He kept my passport and said if I go to police the Home Office will put me in jail. My family still pays back the loan in India.'",
  "de eo ww rd it av db", "uf lh dt foa", "L")
T("2/B/P. Suspected pop-up brothel in Airbnb flat, Nottingham Lace Market, booked for 3 nights by Romanian male. Two women seen arriving with small bags, males attending on the hour. Women escorted to and from shop by booking male.",
  "rm", "et rmv fpe", "S")
T("Student services, University of Leicester: Chinese postgraduate reports her passport stolen from her bag in the library. Crime report made, embassy informed. No concerns.")

# ---------------- part 2 ----------------
T("Debrief (IP Filipino female, 31, English): 'I came with my employers from Qatar on their visa. In the house in Leicestershire I look after three children and clean from six until midnight. Madam keeps my passport in her bedroom. I have not had a day off in one year. They pay my salary to my agency in Manila but my family says they have not received anything since March. I am not allowed to use the phone except on Friday for ten minutes with Madam in the room.'",
  "eo rd ww is rm", "lh dt rmv iso ncw", "D")
T("Call summary: caller from Romanian community group says a man is offering 'work in England' on Facebook with free travel, then charging £400 'visa fees' on arrival. No victims identified yet. Screenshot supplied.",
  "", "uf", "")
T("2/B/P. Hand car wash, Chesterfield Rd, Sheffield boundary (DERBYSHIRE side). Workers observed wearing trainers, no waterproofs, in January. Site owner Kurdish male, workers Kurdish-Iraqi. No info re pay or accommodation.",
  "", "", "")
T("so my boss at the warehouse in castle donington says if we join the union hes gonna sack us all, is that slavery? pay is alright and we all go home at night",
  "", "", "")
T("Caseworker note (Unseen): Albanian female, 24, identified in Northampton after fleeing. She was groomed by a 'boyfriend' in Elbasan, brought to UK via lorry, held in flat in Corby, made to sell sex 10-12 times per day. All money taken by boyfriend. She says she was beaten when she cried and he threatened to send photos of her to her father.",
  "de rm ww pv it", "rmv", "S")
T("Neighbourhood alert, Kettering: reports of 'distraction burglaries' targeting elderly, offenders described as two males in hi-vis claiming to be from the water board. Crime prevention advice issued.")
T("Safeguarding referral (Leicester City adult social care): male, 63, lives in a caravan on a traveller site near Enderby, works for a family of tarmac layers. He says he has worked for them 'since I was a boy' and has never been paid, only fed and given a bed. He cannot read or write. Has no bank account or ID, says 'the boss' keeps his birth certificate. Appears thin with poor teeth.",
  "av ww rd", "pa dt ncw", "L")


# ---------------- part 3 ----------------
T("3/C/P. Nail bar Sneinton Market: Vietnamese female staff appear to live on premises. No further.",
  "", "sw", "")
T("kids selling drugs out of the flat next to me in Clifton, one looks about 12",
  "av", "", "C", "c")
T("2/B/P. VRM seen dropping 3 females at Derby massage parlour 1000hrs, collecting 0300hrs.",
  "", "cedl", "S")
T("Man outside Lidl Beeston begging, says a man takes all his money at night.",
  "ww", "ncw", "C")
T("POI Valentin DOBRE believed to hold 12 passports of workers at Wigston food plant. 2/C/P.",
  "rd", "dt", "L")
T("Booked an Uber for my gran, driver was lovely, Romanian, studying at DMU. Just wanted to say not all foreign drivers are dodgy lol")
T("Lost passport handed in at Mansfield police station; owner traced, Polish student, collected it.")
T("Chinese takeaway in Arnold - staff member says she works 7 days, 13hr shifts, for 'room and rice'.",
  "eo ww", "lh", "L")
T("INT: girl 15 from Derby being taken to hotels in Leicester by older males. 1/B/P.",
  "av", "", "S", "c")
T("Report: my brother in law says he paid £2500 to a man for a job in a Corby warehouse, never got the job.",
  "de", "uf", "")
T("Farm near Melbourne, workers live in shipping containers with no toilet, farmer deducts £90 a week.",
  "ac", "plc", "L")
T("GLAA: unlicensed gangmaster supplying cleaners to Nottingham offices; workers paid correctly, licence application advised.")
T("Burglary at nail salon Loughborough overnight, till taken. Staff all legitimate.")
T("Lad on a moped dropping parcels to the same houses all day in Bestwood, he's only young and always scared looking. Someone picks him up in an Audi.",
  "av", "et", "C", "c")
T("Cleaner at a Nottingham hotel was told her pay would go up after her 'trial month'. Two months on she has still not been paid anything and the manager says 'next week'.",
  "de ww", "", "L")
T("Bar worker reports her manager paid her wages two days late this month due to a bank error; paid in full with an apology. Query only.")
T("Debrief (translated, Slovak Roma male, 33): 'Mr Lakatos, who is from our town, said come to England, there is work in the chicken factory. He brought me and my wife and our two sons in his car. In Derby he took our documents to make the bank account and National Insurance. The wages go to this account, but he has the card. He gives us £50 a week for the whole family. He says we owe for the car journey, the house, the papers — every week a new number. My wife cleans his house and his brother's house for nothing. When I said I want to go back to Slovakia he said my sons will have an accident.'",
  "de rd ww db it", "dt ncw", "L D")
T("""OFFICIAL-SENSITIVE. Intelligence report, EMSOU MSHT desk.

Subject: Kettering / Corby labour supply network. 2/B/P.

Source reports that a Lithuanian male known as 'Darius' (not further identified) recruits Lithuanian and Latvian nationals through Facebook job adverts promising £500 per week in a 'logistics centre'. On arrival at Luton they are met, driven to one of three houses in Corby (addresses held), and told there is a £350 'registration fee' plus first month's rent to pay off before any wages are given.

Workers are placed via a legitimate agency into a warehouse at Kettering Venture Park. Their pay goes into accounts that Darius opens with them in the first week; he keeps the cards. Source states workers receive about £80 per week in cash on Sunday evenings. Workers are collected at 0500 in a minibus and returned at 2000; Darius charges £10 per day for the lift.

Source does not know of any violence. Source believes some workers have left and returned to Lithuania without problem. Further development required.""",
  "de db ww", "uf ncw cedl ct", "L")
T("""Call summary 101 (transcribed by call handler):
Caller is a manager at a Leicester hospital trust. A healthcare assistant recruited from Kerala through a private agency approached her in tears. The HCA says she paid the agency £11,000 in India and signed a contract with a £5,000 'release fee' if she leaves before three years. She says the agency has her passport 'for processing' since her arrival 6 months ago, and rings her repeatedly if she does not do extra bank shifts. She lives in a shared house the agency rents, 8 women, 2 bathrooms, and the agency deducts rent from her salary.
Caller asks for advice. Passed to MSHT unit for welfare visit and to NHS Employers.""",
  "db rd ac", "uf dt oa", "L")
T("""Victim statement (extract), Northampton Crown Court, read with permission:

I was 16 when I met them. I had been kicked out of home in Daventry and I was sofa surfing. A man called Reece said I could stay at his mate's flat if I did a few runs. At first it was just taking a bag on the train to Kettering. Then they took my phone and gave me a burner, and I wasn't allowed to talk to anyone from before.

They kept me in a flat in Wellingborough for three weeks. The door was always locked and a man sat in the kitchen. When a parcel went missing they said I owed them two grand and that I'd be working for free till it was paid. Reece put a knife to my leg and cut me, just a little, to show me.

I don't think I would be alive if the police hadn't raided that flat.""",
  "av is rm db ww pv", "", "C", "c")
T("Public report: my neighbour's au pair from Spain is worked off her feet, but she's 24, has every weekend off, goes to college and has her own bank account. I only mention because she said she's tired. Probably fine.")
T("1/A/P. Rear of car wash, Blaby Rd WIGSTON: 5 mattresses in a shipping container, portable heater, no washing facilities. 4 Albanian males (18-22) work and sleep on site. Manager holds cash. Males say they can't leave until the 'debt for the lorry' is paid.",
  "ac db", "sw plc oa", "L")
T("Safeguarding concern (GP, Derby): Indian female, 19, recently married, attended with husband's aunt who spoke for her. Repeat presentation with 'falls'. Patient whispered 'they don't let me out' when aunt stepped out.",
  "rm pv", "sfw pa", "D")
T("Police log: reports of a fight outside a Leicester nightclub between two groups of Polish men. Three arrests for affray. No other matters.")
T("Report made by letter to Nottinghamshire PCC: 'The farm near Newark where my husband works has a new manager who shouts a lot. My husband is paid every Friday and comes home every night, but I want someone to know the manager is rude.' Logged, no action.")
T("Organ trafficking intelligence (NCA tasking, Leicester link). 2/B/C (no onward dissemination without NCA consent). Suspect Amir [surname withheld] believed to approach destitute Pakistani men in Leicester mosques offering £3,000 for a kidney, with surgery abroad. One man, 27, returned with a nephrectomy scar and was paid £500. Believed he was told his family would be shamed if he spoke.",
  "av de ww it", "", "O")
T("Debrief (interpreter's voice, Vietnamese female, 26): She says she was told she would work in a nail salon in Nottingham and earn £1,000 a month to send home. She says she worked in the salon 9 until 8 every day and slept on the salon floor with two others. She says the owner's wife said her wages were being 'saved for her' and she has not received any money in 11 months. She says she never left the salon alone and was told the police in England beat illegal people.",
  "de eo ac ww rm it", "sw foa", "L")
T("""Member of public, online form (spelling as submitted):
hi i live accross from a house in normanton derby and theres like 10 or 12 men in there all from romania or somewhere, a van picks them up every morning 5:30 like clockwork and brings them back after dark. the bins r always full of food boxes. they dont look happy at all, one of them asked me for a cigarette and said the boss takes there money and they cant go home. the boss lives in a big house in allestree and drives a range rover. pls sort it out""",
  "ww", "oa cedl ncw", "L")
T("Housing officer visit, Hucknall: HMO licensed for 6, 6 residents found, all construction workers employed via a recognised firm, own keys, own bank cards. Tenancy agreements in order. Closed.")
T("2/B/P. Brothel operating from flat, Northampton town centre. Brazilian trans women advertised. Money paid to 'maid' who passes it on; workers receive 50%. No info on coercion.",
  "", "", "S")
T("Caller says she thinks her Nigerian lodger is 'being used for fraud' because lots of post comes in different names. Officers attended: lodger had been receiving parcels for an online seller as a delivery point and was unaware; no exploitation found, advice given.")
T("Inspection note (Leicester City Council, trading standards with police): garment unit, Cobden St. 22 sewing machinists. 14 could produce no contract. Machinists say they are paid £4.00 per hour 'piece rate' in cash and work 8am-8pm six days. Fire exit padlocked. Supervisor would not let workers be interviewed alone.",
  "ac eo", "lh sfw", "L")
T("Call summary: woman rings from Sainsbury's toilet in Northampton saying her husband's brother has made her work in his restaurant for two years without pay, he is waiting outside in the car now and will beat her if she is late back.",
  "ww it", "et", "L", "!")
T("2/C/P. POI Mohammed SHAFIQ and wife suspected of keeping a 'servant', female Pakistani relative, 17, at Highfields address. Girl not enrolled in school. Seen only in garden hanging washing.",
  "av rm", "", "D", "c")
T("GP referral: young Romanian woman, 20, termination request, fourth pregnancy. Attended with older female who held her phone and ID card throughout and would not leave the room.",
  "rd", "dt sfw", "")
T("Police log: rough sleeper in Derby city centre (Polish male, 40s) reports a man offered him work picking vegetables but he declined. No offence disclosed.")
T("Debrief extract, British female, 19, from Mansfield: 'He was my boyfriend. He said he'd paid for everything, the flat, my clothes, and now I had to pay him back by sleeping with his mates. If I said no he'd put my nudes on Facebook. He had my bank card and my phone.'",
  "db it is ww pv", "ncw", "S")
T("Hi, I work at a petrol station in Kibworth and a lad comes in every morning for energy drinks, he said he works at the car wash down the road 7 til 7 every day and sleeps in the back office on a camping mat. He said his boss is his uncle and he gets paid. Hes about 17. Thought you should know.",
  "eo av", "sw", "L", "c")
T("Officer note: report of 'slaves' at a farm in Rutland turned out to be a group of volunteers on a charity conservation week. Closed.")
T("Press-style summary: A Nottingham couple who kept a Nigerian woman as an unpaid housemaid for nine years have been ordered to pay £95,000 compensation. The woman, who was brought to the UK aged 14 on a false passport, was made to sleep on the kitchen floor, forbidden from leaving the house and beaten with a wooden spoon. She was told she would be arrested if she ever went to the police.",
  "av ww ac rm pv it", "sw foa", "D")
T("Safeguarding referral (social worker, Northants): boy, 15, Albanian UASC, has disclosed that a man in Wellingborough holds his Home Office paperwork and tells him he must work in a car wash on weekends to 'pay for the lawyer'.",
  "av rd db", "dt", "L", "c")
T("Bank alert: 14 accounts opened at Leicester branches using Bulgarian ID cards of workers at a Coalville distribution centre; all accounts have same mobile number and email. Cash withdrawn within hours of salary credits.",
  "ww", "mbc ncw", "L")
T("Anonymous: Polish men living in a caravan on my neighbour's farm near Southwell. Been there years. Think they're fine tbh, they go to the pub on Friday.")
T("1/B/P. Victim previously identified as NRM positive (Romanian female, 34) seen again working at Derby sauna. Trafficker ROSU believed back in UK. Risk of re-trafficking.",
  "", "", "S")
T("Caller reports she received a job offer by WhatsApp for 'remote work' paying £300 a day that asked for her bank details; she thinks it's a scam. No loss. Action Fraud referral.")
T("Debrief (first person, Sudanese male, 22, in English with some help): 'The man who drive the van, he say I work in the warehouse in Daventry for his friend. But no warehouse. I work in his house, painting, building the garden, and in his friend's carwash. He say no money because I stay free in his house. The room has six person, one small window. He says if I complain Home Office come.'",
  "de ww ac it", "oa", "L")
T("2/A/P. 16-year-old female (Nottingham) currently at address in Radford with adult male Jordan BLAKE (DOB 02/02/1993) who is subject of CSE intelligence. Girl reported missing from care 2 hours ago.",
  "av", "", "S", "c!")
T("Work experience student's parent complained that the car wash where her son was on placement made him work 8 hours a day. School confirmed the placement met rules; he was 17 and paid expenses. No concern.")
T("Public: massive house in Oadby, always a different Indian lady cleaning windows, every time i walk past. Been told it's a cleaning company, they come in a van with the logo. Just curious lol")
T("Intel (3/C/P): rumour that Leicester hospital patients have been offered money to sell organs. Checks with Trust revealed it refers to a scam email. No substance found.")
T("Transplant coordinator note, Nottingham City Hospital: Living kidney donor assessment for brother-to-brother donation, both British Pakistani. Independent Assessor interview completed; no evidence of payment, coercion or reward. Approved.")
T("Salvation Army note: client, Ghanaian female, 46, worked as a live-in carer for an elderly British man in Market Harborough. Family of the man paid her £200 a month, she worked day and night with no days off for 3 years, slept on a chair in his room. Told that her visa depended on them.",
  "ww eo ac av", "sw", "L D")
T("3/C/P. Warehouse workers at a distribution centre near Castle Donington said to be 'paid in cash by the gaffer'. Unverified. No detail of who or where.")
T("Youth worker note: 14-year-old girl in Mansfield talking about 'older friends' who pick her up and buy her vapes and alcohol, and she's been to 'parties' in Nottingham where she had to 'do stuff' with men.",
  "av pv", "", "S", "c")
T("Police log: Derby, 0230hrs. Lone female found walking along A52 barefoot, Thai, limited English, injuries to face. Says she ran from a house where 'men come'. Cannot give address. Taken to hospital.",
  "pv is", "pa fpe", "S", "!")
T("Helpline referral: caller works in a chicken-packing factory in Ilkeston. Says team leader demands £20 a week from every Romanian worker or they get fewer shifts. Caller lives independently, keeps wages.",
  "it", "", "")
T("Shop worker reports to PCSO: a man buys cigarettes and mobile top-ups for 'my workers' every day, paying with a fistful of different bank cards. Loughborough, Market Place.",
  "", "mbc", "")
T("NRM first responder note (Derbyshire PC): male, 52, British, street homeless in Chesterfield, disclosed that for 6 years he worked for a family collecting scrap metal and laying drives. Slept in a horse box. Paid in tobacco and alcohol. When he tried to leave in 2019 he was found and beaten, his nose broken. Family keep his bank card and claim his benefits. He agreed to NRM referral.",
  "av ww ac pv", "plc pa ncw", "L")


# ---------------- part 4 ----------------
T("2/B/P. Nottingham line 'TINY' using cuckooed flat, Sneinton, occupant female 58 alcohol dependent.",
  "av", "", "C")
T("1/A/P. IP (M, 16) found in trap house Mansfield, states he has not been home in 9 days and 'they won't let me go till the bag's sold'.",
  "av rm", "", "C", "c!")
T("2/C/P. Female known as 'Mama J' controls Nigerian women selling sex in Leicester, uses juju oath to keep them paying.",
  "it", "", "S")
T("3/C/P. Car wash, Alvaston: workers said to be Kurdish, nothing adverse known.")
T("2/B/P. INT suggests Albanian OCG moving grow 'gardeners' between Derby and Chesterfield addresses every 3-4 weeks, gardeners never leave the properties.",
  "rm", "", "C")
T("Shop theft x6 Boots Northampton, 3 Romanian females, 1 juvenile (13). Males waiting in car took the bags. Females say they must bring £200 per day.",
  "av", "et", "C", "c")
T("1/B/P. Tomasz WOJCIK (DOB 09/09/1981) runs 4 HMOs in Corby, 40+ Polish tenants, rent taken from wages at source by his 'agency'.",
  "", "oa ncw", "L")
T("2/B/P. Anon female, 22, Hungarian, seen with black eye at Kettering brothel. Controller male 'Laci'.",
  "pv", "pa", "S")
T("Bus driver reported 7 young men at 0450 Mansfield bus station, none with coats or bags, met by minibus. No further info. Filed.",
  "", "fpe cedl", "")
T("1/A/P. Search warrant executed at Spondon address: grow of 420 plants, lone Vietnamese male 19, padlock on outside of bedroom door, no phone, no ID.",
  "rm is ac", "rmv fpe sw", "C", "!")
T("Intel 2/B/P: 4 Eritrean males working at takeaway, Hyson Green, for owner who 'holds their asylum letters'.",
  "rd", "dt", "L")
T("3/D/P. Unconfirmed that a Leicester sari shop uses unpaid relatives from Gujarat. No checks yet.")
T("2/B/P. Wellingborough: juvenile female (15) being driven to Leicester by male 25 to meet 'clients' arranged via Snapchat.",
  "av", "et", "S", "c")
T("""Officer handover (night turn to early turn), Leicester LPA:

1. RTC on Belgrave Rd, minor, dealt.
2. Domestic at Braunstone address, male arrested for ABH, victim supported by IDVA. No exploitation issues, both British, both work.
3. Concern for welfare at car wash on Abbey Lane. Two workers (Romanian, 19 and 20) came to the station at 0100 saying the owner had locked the gate with them inside the yard after they asked about four weeks' missing pay, and that one had been hit with a pressure hose lance. Both now at the station. Injuries photographed: welt to back. They say their ID cards are in the owner's van and they sleep in the container at the back of the yard. Owner not yet spoken to. MSHT team to review in the morning, NRM discussion to follow.
4. Missing person (adult, mental health) found safe at Leicester Royal.""",
  "rm ww pv rd ac", "rmv dt sw pa", "L")
T("""Member of public report (long email, as received):

Dear Sir/Madam, I am writing about the shop that sells phones and does repairs near the clock tower in Northampton. I go in a lot to get my phone fixed. For about six months there has been a young Indian lad in there, maybe 18 or 19. He is always there when it opens and still there at 10 at night when I walk my dog. He told me once that he is a student but he never goes to college because the owner says he has to 'repay his visa'. He said he sleeps in the storeroom behind the shop on a mattress. He looks like he has lost a lot of weight. Last time I asked if he was OK the owner came out and answered for him, saying he was his nephew and everything was fine, and the lad just looked at the floor.

I don't want to cause trouble for anyone but this doesn't feel right. I am happy to be contacted.

Yours faithfully, [name withheld]""",
  "eo db", "lh sw pa sfw", "L")
T("""Safeguarding referral (Derby City, Children's Services, MASH):

Referrer: Deputy Head, secondary school, Normanton.
Child: Roma girl, 14 (Slovak heritage).

Child has not attended school for 5 weeks. On home visit with EWO, mother said child is 'helping family'. A neighbour told EWO the girl is taken every morning by an uncle to clean houses in Littleover and Mickleover with two other girls and brought back at night. The girl's older sister (17) was married in a religious ceremony to a man aged 26 last year, and the family say the younger girl is 'promised' to his cousin. The school has seen no injuries. Child told a teacher by text that she 'has to give the money to uncle' and is not allowed to keep her phone at night.

Request: strategy discussion, police involvement re possible child labour exploitation and forced marriage.""",
  "av ww is", "ncw", "L", "c")
T("""Debrief extract (first person, Romanian male, 41, translated).

I worked in Spain before, picking strawberries, so when my neighbour's son said there is work in England in a factory making sandwiches, £9 an hour, I believed him. He paid the bus ticket and said I give it back from the first wage.

In Leicester the house was ok at first. Eight people. Then more came, fourteen, sleeping in the living room. Every Friday he gives a paper with what I earned and what I owe: bus, rent, bedding, the agency fee, the shoes. Some weeks I owe more than I earn. I asked for my ID to go to the bank myself, he said it's with the agency. I never saw it again.

He never hit me. But he said that in England a Romanian with no ID and debts goes to prison, and I believed this also.""",
  "de db ac rd it", "oa dt foa ppe", "L")
T("""NGO caseworker summary (Nottingham, anti-trafficking charity):

Client M. (Chinese, 44) disclosed that she came to the UK in 2019 on a tourist visa arranged by a 'travel company' in Shenyang that charged 200,000 yuan, borrowed from relatives and a lender. She was told she would do domestic work for a Chinese family in Nottingham. Instead she was taken to a flat in Lenton where she was told to provide massages and sex. She estimates she saw 6-10 men a day. She did not keep any of the money; it was sent 'to the lender' by the woman who ran the flat, who also held her passport.

She says she was not locked in, but was told that the police would put her in prison if she was found and that the lender would visit her family. She moved flats every few weeks (Derby, Leicester, Loughborough) and was always driven by the same man. She was found during a police welfare visit.

Client now in safe house. NRM positive reasonable grounds.""",
  "de db ww rd it", "uf dt et foa", "S")
T("""GLAA inspection report (summary), licence holder: agency supplying operatives to a food factory, Leicestershire.

Findings: 62 operatives, mainly Romanian and Bulgarian. Payroll records complete and reconciled to bank credits into workers' own accounts; no unlawful deductions found. Accommodation is not supplied by the licence holder. Transport is arranged by workers themselves. One issue: PPE (boots) charged at £25 to new starters, which the licence holder agreed to stop and refund. Workers interviewed privately: no concerns about treatment or freedom to leave.

Outcome: licence retained with additional licensing conditions.""",
  "", "ppe", "")
T("""Victim debrief (interpreter's voice, Polish male, 58):

He says that he was living in a hostel in Wrocław after losing his job when a man in a bar offered him building work in England with accommodation. He says they were driven in a minibus to Derbyshire, near Ripley, and put in a farmhouse with nine men. He says he laid patios and drives, six days a week, sometimes seven, often 12 hours. He says he was paid nothing for the first month, and after that between £10 and £20 a week. He says the boss, a British man named Joe, said the rest paid for food and lodging.

He says the boss took all the men's passports 'to sort out National Insurance'. He says that one man, Piotr, who argued, was beaten by the boss's son with a shovel. He says he was scared to leave because he did not know where he was and had no money. He escaped when he was taken to hospital with a hand injury.""",
  "av de ww eo rd pv is", "lh dt oa", "L")
T("Police log: call to Coalville address re 'men being kept'. Attended. 5 Portuguese men renting from a letting agent, all work at a parcel hub, leases in their names. Happy. NFA.")
T("Online: i work at the distribution center near junction 21 and honestly the agency is great, they pay on time and you can say no to overtime. just saying because my mate thinks all agencies are slavery lol")
T("PCSO note: spoke to 3 Polish men drinking in park, Wellingborough. All work at local bakery, live in own flats. Words of advice re street drinking.")
T("A&E Royal Derby: patient Polish, 37, hand crush injury at pallet yard. Employer drove him in and stayed, said patient has no bank account and is paid 'through him'. Patient asked nurse not to tell anyone he was injured because he 'has to work tomorrow or pay'.",
  "", "ncw sfw pa", "L")
T("Referral (Leicestershire Fire & Rescue): during inspection of Hinckley textile unit, found a locked upstairs room with 6 camp beds and a kettle. Employees (Pakistani nationals) said they 'sometimes' stay over when busy. Manager present. No one would say more.",
  "", "sw", "")
T("Call handler note: caller (Indian female, 30, Leicester) states her husband and in-laws took her passport when she arrived from Gujarat, she cooks and cleans for the family and works unpaid in the family's shop from 8am-10pm. She is not allowed to leave the house except to go to the shop with her father-in-law. She is calling from a neighbour's phone.",
  "rd ww eo rm", "dt lh rmv et", "D L")
T("Press: The Crown Prosecution Service has dropped charges against a Derby car-wash owner after investigators found that workers had been paid the minimum wage and had chosen their own accommodation; the complaint had been made by a rival business.")
T("Intelligence (2/B/P): Hungarian female Erika BALOGH (DOB 17/05/1990) recruits disabled men from her home town to beg in Northampton and Kettering. Men sleep in her garage on pallets and hand over takings nightly.",
  "av ww ac", "plc ncw", "C")
T("1/A/P. Kidney donation 'brokering': UK-resident Indian male (Leicester) advertises on Facebook group for donors, pays £1,500 to poor donors from Punjab, recipients charged £40k; one donor states he was threatened when he asked for the rest of his money and is now unwell after surgery.",
  "av it ww", "", "O")
T("Hospital safeguarding (nephrology, Leicester General): patient (British Indian, 58) returning from India post kidney transplant, says donor was 'a volunteer' arranged by an agent and was paid. Donor identity unknown. Referred to HTA and police as possible organ trafficking.",
  "", "", "O")
T("Organ trafficking debrief (Sudanese male, 31, via interpreter): he says that in Egypt, while waiting to cross to Europe, smugglers told him he must 'give a kidney' to pay for the rest of his journey to the UK. He was taken to a flat, operated on, and given nothing. He now lives in Nottingham and has pain. He says they told him his brother in Khartoum would be killed if he spoke.",
  "av db ww it", "pa", "O")
T("Derbyshire CSC note: girl 16 reports older men buying her drinks in Ilkeston; no sexual contact disclosed, no exchange. Mother aware. Early help offered. Watching brief.")
T("Intel log 2/B/P: Pakistani national Zahid IQBAL believed to supply cheap labour to Nottingham restaurants via sham 'student' visas; students told they must pay £6,000 back to IQBAL from wages which he collects weekly.",
  "db ww", "ncw", "L")
T("101 call: Northampton resident says her daughter's boyfriend has stopped her daughter (22) seeing friends and checks her phone. Domestic abuse referral made; no work, money or sex exploitation mentioned.")
T("Report from delivery driver: the big house past the church in Quorn, there's an older Filipino lady who only ever comes to the gate, she said she isn't allowed out beyond it and hasn't been paid 'since the family came from Dubai'.",
  "rm ww", "", "D")
T("1/B/P. Men working at waste recycling plant near Mansfield Woodhouse sorting by hand without masks or gloves; say they live on site in portakabins and 'the boss' keeps their pay until the end of the season.",
  "ac ww", "sw", "L")
T("Safeguarding (probation, Leicester): service user on licence (Albanian, 20) disclosed before his prison sentence that he was made to tend cannabis in a house in Braunstone to repay smugglers, and was told his family home would be burned if he ran.",
  "db it", "", "C")
T("Online: There's a couple of Vietnamese girls working in the nail shop in Ilkeston high st and they're brilliant at nails. Always chatting and laughing, the owner is their mum. Love it there.")
T("Inspection note (council licensing, massage parlour, Leicester): premises licensed, 3 therapists present, all with own documents, rota displayed, therapists live at home. No indicators noted.")
T("Debrief (interpreter's voice, Eritrean female, 23): She says she was given a job as a cleaner at a house in Northampton by an Eritrean woman she met at church. She says she cleans, cooks and looks after four children from 6am until the children sleep. She says she gets £15 a week. She says the woman told her that because she is waiting for her asylum decision she cannot work legally, so she must not tell anyone or she will be deported.",
  "av ww eo it", "foa", "D")
T("Hi, i think there are girls being kept at a house on my road in Far Cotton, the curtains always closed and men coming at all hours, a girl was screaming last night and banging on the window. ring me",
  "rm", "rmv", "S", "!")
T("2/B/P. Leicester: 'Auntie' Parveen KAUSAR arranges marriages for UK men with women from Pakistan; women then used as unpaid domestics for the men's families; 2 women known to have had passports taken.",
  "rd ww", "dt", "D")
T("Call summary: female calls from Tesco car park Kettering saying she has escaped from a house where she has been 'kept for cleaning' for 3 years. She is frightened, speaks little English (Tagalog). Officers en route.",
  "rm", "foa", "D", "!")
T("Witness (shop owner, Derby): 'The same four women come in every morning to buy cheap food, then go to the salon next door. They never have money of their own, the man pays. They are in the salon when I close at 9.'",
  "eo", "ncw lh", "L")
T("Referral, Leicestershire Police to NRM: Romanian male, 28, learning disability, found living in the garden shed of a Syston address, used to work unpaid on the family's building jobs. Has head injury from being 'pushed off a ladder'. Family hold his ID.",
  "av ww ac pv rd", "plc pa dt", "L")
T("3/C/P. Nottingham: 'car wash man' gives Kurdish lads free rooms. Unknown if any payment issue.")
T("Neighbour reports shouting from flat in Corby; police attend; couple arguing over money. No injuries, both British, no children. Words of advice.")


# ---------------- part 5 ----------------
T("""INTELLIGENCE LOG — 2/B/P — OFFICIAL-SENSITIVE
Subject 1: Ionut BALAN (DOB 11/12/1986), Romanian.
Subject 2: Andreea BALAN (DOB 30/06/1990), Romanian (wife of S1).
Location: Braunstone Gate / Westcotes, LEICESTER.

INT suggests S1 and S2 bring Romanian men and women from Călărași on the promise of work in a 'bakery'. On arrival, IDs are taken by S2 'for the agency paperwork' and not returned. Workers are placed into a food factory in Leicester via an agency and also clean S2's Airbnb lets at weekends for no pay. Workers reportedly live at 3 addresses, one of which has 15 occupants. S1 collects workers from the factory at 2200 and drives them straight home; workers do not go out otherwise.

One worker is believed to have been slapped by S1 in the street in front of witnesses (date unknown). INT further suggests S1 has told workers that their families in Romania owe him for the travel and he 'knows where they live'.

Recommend: development, checks with agency, financial investigation.""",
  "de rd ww ac rm pv it db", "dt oa et cedl", "L")
T("""Public report (online form):
i dont normally do this but my mate works at a car wash by the ring road in Derby and he says the boss keeps his passport in a drawer and everybody else's too and they are not allowed to take a day off, if they want a day off they have to pay him £50. they live in a flat the boss owns, 9 of them. my mate is from Albania and hes only 18. he says he cant go anywhere because he owes the boss for the boat. he told me not to tell anyone cos the boss will kill him. im scared for him""",
  "rd eo ac db it", "dt oa", "L")
T("""Victim account (first person, British male, 34, Nottingham), written with Salvation Army support:

After my mum died I lost the flat and ended up in a hostel in the city. A lad I knew from school said I could stay with him in Bulwell. It was all right for a month. Then his mates started coming round, and then they were there all the time. They were selling crack out of my kitchen. They'd take my bank card when my money came in and I'd get maybe a tenner back. I wasn't allowed to lock the door or have my own key anymore. If I went out, one of them came with me.

One night I said I wanted them out and one of them held a knife to my throat and said I'd be found in the canal. After that I just did what they said. I was scared all the time. Police kicked the door in in March. I'm glad they did.""",
  "av rm it", "ncw et rmv", "C")
T("""Call summary (999, 02:14): caller is a taxi driver in Loughborough. A young woman got into his cab at the station and asked him in broken English to drive her 'away from the house'. She is shaking, has no shoes and a cut on her forehead. She says two men have been keeping her and 'other girls' in a house on the Ashby Road estate, making her 'go with men', and that they took her passport. She says they will be looking for her now. Taxi driving to Loughborough police station; patrol to meet.""",
  "rm pv rd", "pa fpe dt", "S", "!")
T("""GLAA / police joint visit notes — Packhouse, south Derbyshire.

Visit prompted by intelligence of unlicensed supply. On arrival 48 workers on line, most Bulgarian. Labour provider (unlicensed) identified as a Bulgarian male, Dimitar. Workers state they were recruited in Sliven by Dimitar's brother and each paid 300 leva for 'documents'. They live in 4 houses in Swadlincote rented by Dimitar, 10-12 per house, with rent of £60 per week deducted from wages. Wages are paid into accounts which workers do control, and most confirmed they receive the rest. Shifts of 10 hours, five or six days. Several workers said they were free to leave and some have changed jobs before.

Assessment: licensing offence (unlicensed gangmaster); overcrowding referred to council; no evidence of forced labour at this time.""",
  "ac", "uf oa", "")
T("""OFFICIAL-SENSITIVE — School DSL referral to Nottingham City MASH.

Pupil: male, Y9 (13). Pupil has arrived late 14 times this half term, is falling asleep in lessons and has been seen getting into different cars at the end of the day. Staff found a second phone and a 'food bag' with £340 in cash in his locker. On being spoken to, he said a man called 'Dee' 'looks after' him and he 'works' for Dee at weekends in 'a town by the sea' (believed Skegness). He said Dee had told him he 'owes' for a phone that was 'lost' and has to do more trips. He has bruising to his wrist that he says came from 'messing around'.

Family: mother works night shifts, unaware. No previous social care involvement.

Request strategy meeting; referral to police County Lines team.""",
  "av db", "pa", "C", "c")
T("""Debrief (interpreter's voice, Albanian male, 19):

He says that in Albania he owed money to a man in his village after his father's illness. The man said his cousin in England could give him work to clear the debt. He says he travelled by lorry and small boat and was met in Kent by a car that drove him to a house in Nottingham. He says he was told to water and cut cannabis plants. He says he was told his debt was now £20,000 and he would have to work a year. He was given food and cigarettes but no money.

He says the doors were locked and the windows screwed shut. He says he asked to phone his mother and they let him once, with a man standing beside him. He says that when the police came he hid in the loft because the men had told him the police would torture him.""",
  "av db ww rm is it", "rmv foa", "C")
T("""Member of public, email to Derbyshire Constabulary:

I am a retired teacher. I walk every day along the canal in Long Eaton and there is a narrowboat where a man keeps a young lad, Eastern European I think, who does all the painting and repairs on his boats and two others. The lad sleeps on the roof of one boat under a tarpaulin even in the cold. I have never seen him go to the shops. The man shouts at him and last week pushed him into the water. I tried speaking to the lad and he pointed to his mouth and shook his head — I don't think he speaks English. The man came over and said 'he's fine, he's family, mind your own'.""",
  "ac pv", "plc sfw", "L")
T("""Northamptonshire Police — Operation [redacted] briefing extract

Three addresses in Kettering linked to Romanian national Cristian MARIN (DOB 05/03/1984). Intelligence over 12 months (gradings 1/B/P to 2/C/P) indicates MARIN places Romanian men into warehouse work in Corby and Kettering through two agencies. Workers' wages are paid into bank accounts opened by MARIN; he holds the cards (14 cards seen used by MARIN at a single ATM on one evening). Workers are told they owe £1,000 each for travel and 'job finding'. Houses are overcrowded (up to 11 occupants). No information of violence. Some workers have reported MARIN 'gets angry' and threatens to put them 'on the street'.

Briefing for warrant execution 0600 Tuesday. Interpreters booked. NRM first responders attending.""",
  "ww db ac it", "ncw mbc oa", "L")
T("""Nottingham City Council — housing enforcement note:

Property: 3-bed terrace, Forest Fields. Complaint: noise and rubbish. Visit found 9 adults (Romanian), all in work at various Nottingham employers (including hospital cleaning contractor and a bakery). Tenancy is in the name of one resident who sublets rooms to the others. All residents seen individually, all have own documents, bank cards, and keys; several have lived there over a year. Fire safety issues found (no smoke alarms). Improvement notice served on landlord. No referrals to police required.""",
  "", "oa", "")
T("""Debrief (first person, Nigerian female, 29, Leicester):

'My auntie in Benin City said a madam in England will give me work in hair salon. They took me to a native doctor and I swear an oath that I will pay the madam back 35,000 euro and never tell police. If I break it I will go mad and my family will die. In Italy I work on the street. Then they bring me to Leicester and I work in a flat. I give all money to madam. She says I still owe 20,000. I believe the oath so I don't run. Now I know it is lie but I am still afraid for my mother.'""",
  "de db ww it", "", "S")
T("""Officer statement (extract), PC 4471, Derbyshire:

'On [date] at about 1900 hours I attended a hand car wash on Nottingham Road, Derby, with colleagues from immigration enforcement and the GLAA. I spoke to a male who gave his name as Bekim. He appeared to be aged 17-19. He was wearing wet trainers and no coat. He told me in broken English that he started at 7 this morning and finishes "when boss says". He showed me a room behind the office with four mattresses on the floor and said "we sleep here". When I asked about payment he said "boss keep for me, for my debt". He would not say more because the manager was watching from the office.'""",
  "eo ww db ac", "lh sw plc", "L")
T("""Northamptonshire County Council — Adult safeguarding enquiry outcome:

Concern raised by bank about 'financial abuse' of Mrs K. (78, British, Daventry), whose grandson had been withdrawing large sums. Enquiry found that Mrs K. has capacity, agreed to the withdrawals to help her grandson buy a car, and has full access to her accounts. No financial abuse, no exploitation. Case closed with advice.""")
T("""Border Force note (East Midlands Airport, inbound from Bucharest):

Two females (19 and 20) travelling together with a male (35) who had both their passports and their boarding passes in his jacket. Females said they were going to 'work in a hotel' in Nottingham but could not name the hotel. Male says he is their cousin and paid the tickets. Females were separated and spoken to with an interpreter. One said she did not know the man before last week; he met them via Facebook and said they would 'pay back later from work'. Both referred to Nottinghamshire Police MSHT team and safeguarding; male allowed entry, details recorded.""",
  "rd db", "dt", "")
T("""Probation officer note (HMPPS, Nottingham):

Service user (British, 26) has disclosed that, prior to custody, he was 'working' for a dealer in Mansfield to pay off a £3,000 drug debt. He was sent to sell in Lincoln and Grantham and would stay in addresses there for a week at a time. He says that when he tried to stop, the dealer's associates came to his mum's house and smashed her windows. He is worried the debt will be waiting for him when released.""",
  "db it", "", "C")
T("""Public report (voice note transcribed by call handler):
'Yeah, hi, there's a nail bar on Market Street in Mansfield and I go there, and there's a young girl, Vietnamese, she's done my nails for months and she told me this time she isn't paid anything because she owes the owner for bringing her here and the owner keeps her passport, and she lives upstairs, she's never been out to town. She started crying. She's maybe 16? I left a big tip but I feel terrible. Can someone check?'""",
  "av db ww rd rm", "dt sw rmv", "L", "c")
T("""A&E safeguarding note, Leicester Royal Infirmary:

Pt: male, 23, Indian national, burns to hands and arms (caustic). States he works at a 'cleaning chemicals' company in Leicester, no gloves provided. Brought by colleague who says the employer told them not to call an ambulance. Pt says he is paid £30 a day cash, works 14-hour days, and lives in a room above the unit with five others. His passport 'is with the boss for the visa'.

Pt consented to referral to police MSHT team. Interpreter (Gujarati) used.""",
  "ac eo rd", "lh sw oa dt pa", "L")
T("""Press summary (East Midlands court report):

A woman from Corby has been jailed for forcing her disabled cousin to work as an unpaid servant for twelve years. The victim, who has a learning disability, cooked, cleaned and cared for the defendant's five children, and was allowed out of the house only to take them to school. She slept in the box room on a mattress without bedding. The defendant claimed the victim's disability benefits and gave her £5 a week. The judge said the defendant had 'exploited her cousin's trust and her disability for her own comfort'.""",
  "av rm ac", "rmv plc ncw", "D")
T("""Debrief extract (first person, Polish female, 47, translated):

'I answered an advert in a Polish newspaper: cleaning in a hotel in Nottingham, £1,200 a month, room free. The man who met us at Victoria coach station said the hotel was full and we go to Mansfield, to a factory. In the house, five women slept in one room. He took our passports to register us. We worked in the factory packing, but the wage went to his account because he said we need a British account first. Every week he gave us £40 and cigarettes. When I complained, he said I can go, but without passport, and he will tell the police I stole from him.'""",
  "de rd ww ac it", "dt oa ncw", "L")


# ---------------- part 6 ----------------
T("2/B/P. Nom Adrian STAN collects 6 females from Nottingham flat 2100, returns 0500. Females never seen alone.",
  "rm", "cedl et", "S")
T("1/B/P. Grow found Kirkby-in-Ashfield; 2 Vietnamese males fled, 1 detained. Phone taken by 'boss' on arrival, never told address.",
  "is", "", "C")
T("3/C/P. Claim that Derby kebab shop staff unpaid. Source unreliable, grudge against owner.")
T("2/B/P. VRM LB67 ??? linked to nail bar in Long Eaton; driver brings staff from Beeston 0830, collects 2130.",
  "", "cedl et", "")
T("2/C/P. Romanian juveniles (12-14) begging at Leicester rail station, handler female 30s takes cash hourly.",
  "av ww", "ncw", "C", "c")
T("1/A/P. Albanian male LUMI (DOB 1999) holds phones of 3 car wash workers overnight, Kettering.",
  "is", "", "L")
T("2/B/P. Female (Chinese, 50s) sleeping in massage shop, Northampton; advertised 'open late'. No further.",
  "", "sw", "S")
T("1/A/P. Sexual assault on Polish warehouse worker by agency driver, Magna Park; reported, suspect arrested. No wider exploitation.",
  "pv", "", "")
T("3/D/P. Anonymous call claims 'organ selling' at Leicester mosque. Checks negative; caller known for hoax calls.")
T("2/B/P. County line 'BIG T' (Nottingham-Boston) using care-home children from Beeston as runners; youths given no money, told they owe for 'food and phones'.",
  "av db ww", "", "C", "c")
T("Graded 2/B/P: BULL, Ryan (DOB 15/01/1990) supplying drugs in Worksop via local runners aged 17-19, pays them £100 a day cash. No coercion known.",
  "", "", "C")
T("Saw a van full of blokes at 4am outside the Co-op in Ollerton, same every day. Prob just shift work.")
T("my sister in law cleans for a rich family in Oadby they treat her like family honestly and she has sundays off")
T("THE CAR WASH BY THE BIG ASDA IN CHESTERFIELD!!! THEY WORK IN THE SNOW IN FLIP FLOPS AND THE BOSS HOLDS THEIR PASSPORTS MY MATE SAW IT",
  "ac rd", "dt", "L")
T("bloke on grindr offering lads 16-17 free place to stay in Nottingham if they 'help out' with his mates. reported him",
  "av", "", "S", "c")
T("is it ok to have 8 people in a 2 bed flat? landlord is my cousin we all chose to live here to save money.")
T("they took my passport at the job and say i get it back when i finish contract, its farm near Newark. please help",
  "rd", "dt", "L")
T("boss at restaurant says i work 6 days 12 hours and he pays half now half at christmas. its june.",
  "eo ww", "lh", "L")
T("My Romanian lodger works at a meat plant in Derby, his wages go into his own bank. He's saving for a house.")
T("Report: Wigston house with 6 young Indian men who work at a local sweet factory, walk to work each morning, play cricket in the park on Sundays.")
T("Heard shouting from the cannabis house on our street in St Ann's, someone yelling 'let me out' in a foreign language.",
  "rm", "", "C", "!")
T("Women from a house in Hinckley are picked up by a man every night and he takes their phones before they get in the car",
  "is", "cedl et", "")
T("1/B/P. Diplomatic household, Leicestershire (address held): Indonesian domestic worker reports 18-hour days, no pay for 7 months, passport kept by employer. Diplomatic immunity of employer under review with FCDO.",
  "eo ww rd", "", "D")
T("Midwife booking note: Bulgarian woman, 18, pregnant, says she met baby's father in Sofia, came to live with him in Nottingham, she works in a cafe and has her own money. Partner present but left room when asked. No concerns identified.")
T("GP note: patient Romanian, 45, back pain from 10 years of farm work, now employed at a Lincolnshire packhouse via agency. No exploitation concerns raised.")
T("School referral (Kettering): Y7 girl (11) regularly late, says she looks after baby siblings while mum works night shifts. No exploitation; family support offered.")
T("Caller reports his Polish colleague at a Derby warehouse has not been seen at work for 2 days. Police welfare check: colleague ill with flu at home. NFA.")
T("Bank alert: single customer (Leicester) receiving 40+ small payments from unknown people then transferring abroad; customer says he's selling trainers online. Investigated as possible money mule; customer is an adult acting for himself, no coercion found.")
T("PCSO note: 3 young lads on bikes delivering takeaways in Beeston at night, all over 18, registered with Deliveroo. Concern from public unfounded.")
T("Police log: fraud report by Pakistani student (Loughborough) who paid £4,000 to a fake 'visa consultant'. No work involved, money lost. Action Fraud.")
T("Online report: the Chinese restaurant near Mansfield market, i walked in the back by mistake and there were 4 bunk beds next to the freezers and the lads said they havent had a day off since new year. they said the owner gives them 'pocket money'.",
  "eo ww ac", "lh sw oa", "L")
T("Debrief (interpreter, Kurdish-Iraqi male, 20): he says that his uncle's friend in Derby owns a barbershop and a car wash. He works at the car wash from 8 until dark and cleans the barbershop at night. He says he is not allowed a phone because 'the boss says phones bring police', and he has not spoken to his mother for four months. He sleeps in the barbershop's back room.",
  "is eo", "sw", "L")
T("Safeguarding referral (Leicester, college): student (Indian, 20) on a sponsor visa says her 'host family' in Belgrave make her cook and clean for 8 hours after college and take her part-time wages from the restaurant where she also works, telling her she owes them for rent and her flight.",
  "ww db eo", "ncw lh", "D L")
T("1/A/P. Female 17, Romanian, rescued from flat in Derby city centre on 12/03; states she was told she would work in a bar; was sold to another man for £2,000 and made to have sex with clients. Offender in custody.",
  "av de pv", "", "S", "c")
T("Victim debrief (first person, Vietnamese male, 15, via interpreter): 'In Vietnam my family borrow money for me to go to Europe. In England a man take me to a house. I sleep with the plants. I am alone. He come once a week, bring rice. The doors are locked. I do not know the town. He said if I run the police will take me and my family will still owe.'",
  "av db rm is it", "sw", "C", "c")
T("Witness (neighbour, Corby): 'I've seen the two girls who live with the family next door, they're maybe 20, from the Philippines. They're never out of the house except in the back garden. The father of the family drives them to church once a week and waits outside. One of them told me at the fence she hasn't spoken to her family in Manila for a year because Madam has her phone.'",
  "rm is", "et", "D")
T("Inspection note, GLAA: Leicestershire car wash. 5 workers, all with payslips and own bank cards, manager cooperative, workers say they live where they like. Site lacked waterproofs; advice given. No forced-labour indicators.")
T("INT (2/B/P): Nottingham: Slovak Roma family (the 'L' family) believed to recruit vulnerable men from Kosice for factory work via agencies; wages paid into accounts held by the family; men housed 12 to a house in Bulwell; when one man left, he was assaulted in the street.",
  "av ww ac pv", "ncw oa", "L")
T("Witness statement extract: 'The man who runs the takeaway hit the Bangladeshi lad in the kitchen with a ladle. The lad is always there, day and night. He doesn't have a room anywhere else.'",
  "pv eo", "sw", "L")
T("INT 2/B/P: Woman Gemma HARTLEY running escort agency in Derby, girls 18-25, paid 60% of bookings, drivers provided. No coercion known.",
  "", "", "S")
T("Report: a man in Mansfield Woodhouse is making his girlfriend sell herself online to pay his drug debt, he keeps her phone and sets up the meetings. She's got bruises all the time.",
  "db is pv", "pa", "S")
T("Call summary 101: a woman in Leicester says her husband's employer (a local builder) has not paid him for 2 weeks' work. Husband is British, lives at home, is looking for other work. Advised civil route. Not exploitation.")
T("Caseworker closing note: client (Indian female, 52) has her own passport, her own bank account and says she is free to leave her employer's home in Evington at any time; she works as a housekeeper 9-5 with weekends off. Referral closed.")


# ---------------- part 7 ----------------
T("""Debrief (first person, Pakistani male, 24, translated from Urdu):

'My cousin in Derby said he can get me student visa and job in his restaurant. My father sold land to pay him £9,000. When I came, there was no college. He said the college closed. I work in the kitchen and do deliveries, 11 in the morning to 2 at night, every day. He says my wage pays my visa and the room. The room is above the restaurant, four of us in one bed in shifts.

He keeps my passport and BRP in his car. He told me if I leave, he will tell Home Office I am overstayer and my family in Pakistan will be shamed because they took the loan from the whole village. I have no friends here, only the other boys in the kitchen. I don't know where to go.'""",
  "de db ww eo rd it ac av", "uf lh sw oa dt foa", "L")
T("""Leicestershire Police — MSHT tactical advisor note:

Report from a charity working with Romanian Roma families in Leicester that a 'bride' aged 15 has been brought from Romania to live with a family in North Evington. The girl is not on any school roll. She is said to do all housework for a household of nine, to be kept indoors, and to have been 'married' in a religious ceremony to the family's 19-year-old son. Neighbours report hearing her crying at night. A charity worker who visited was refused entry by the mother-in-law, who said the girl was 'sleeping'.

Assessment: possible forced marriage, domestic servitude and child sexual abuse. Immediate safeguarding visit with children's services and interpreter today.""",
  "av rm", "rmv sfw", "D S", "c!")
T("""NCA referral to EMSOU (organ trafficking, 2/B/C — not to be shared outside law enforcement):

A Nottingham-based facilitator is suspected of recruiting Eastern European men in financial difficulty (mainly Moldovan and Ukrainian, some working in local car washes) as kidney 'donors' for paying recipients. Donors are told they will receive £10,000 and that the operation is legal abroad. Intelligence indicates at least two men travelled to Turkey in 2025 and returned with nephrectomies; one received £2,000 and the other nothing. One donor has told a friend he is frightened because the facilitator said he 'knows his kids' school'.""",
  "av de ww it", "", "O")
T("""Victim debrief (interpreter's voice, Moldovan male, 36) — follow-up to organ trafficking referral:

He says he was working at a car wash in Nottingham for a Moldovan man who paid him late and sometimes not at all. He says he had debts to a moneylender in Chișinău. A friend of the car wash owner said he could clear his debts by 'donating' a kidney in Istanbul for a rich man. He says he was told he would be paid £10,000. After the operation he was given £2,000 in an envelope. He has lasting pain and cannot lift heavy things, so he lost his car wash job. He says the men told him that if he talked, his wife and children would 'lose a kidney too'.""",
  "av de ww it", "pa", "O L")
T("""Public report (online form, written all in one go):
there is a big detached house in Quorn where an Arab family live part of the year and they have 3 maids from Ethiopia and the Philippines. I do the gardens there. the maids are never given a day off, they start at 6 i see them cleaning the cars, and they are still working at 11 at night when the family have guests. the madam keeps their passports in a safe, one of them told me. they sleep in the garage conversion, 3 of them in a room with no window. they are not allowed out of the gate without the driver. one of them said they havent been paid for 5 months and they are scared of the son who shouts and pushes them. they get given the families old clothes. please dont say it was me""",
  "eo rd ac rm ww pv", "lh dt et", "D")
T("""Safeguarding referral (Derbyshire, Early Help → MASH escalation):

Y10 pupil (male, 15), Chesterfield. Recently found in Derby in the early hours by BTP with £1,100 cash, a knife and two phones. Mother reports he has been going missing for 2-3 nights at a time. Pupil initially said he was 'at a mate's'. In a later conversation with his head of year he said he 'can't stop now' because 'they know where we live' and that older boys had 'battered' him when he came back short. He has a healing cut to his hand.

Referral to NRM being considered by police; strategy discussion requested.""",
  "av it pv", "pa", "C", "c")
T("""OFFICIAL-SENSITIVE. Intelligence report 1/B/P.

Subject: 'Mr Chen' (CHEN, Wei, DOB 08/08/1976).

Subject is believed to operate four brothels in flats in Nottingham (Lenton, Hyson Green) and Derby (city centre). Women are Chinese nationals aged 25-45, many on expired visitor visas, who are told they owe between £20,000 and £40,000 for 'visas and tickets'. Women are moved between flats every 2-3 weeks by car, are not told the address of the flat they are in, and their phones are held by a 'receptionist'. Takings are collected daily by CHEN or his driver. A woman who wanted to leave is reported to have been told her daughter in China would be 'visited'.""",
  "db is ww it av", "et ncw", "S")
T("""Witness statement (extract), Northamptonshire, farm worker:

'I've worked on the farm near Brackley for eleven years and I'm paid properly. This year the farmer took on six Romanian lads from a gangmaster in Wisbech. The gangmaster drops them at 5 in the morning and picks them up at 10 at night. Their boots and gloves are knocked off their wages. One of them, Alex, told me he has never seen his payslip and the gangmaster 'keeps the bank'. They live in a static caravan in the gangmaster's yard, six of them. Alex had a black eye one Monday and wouldn't say how.'""",
  "eo ww ac", "cedl ppe ncw oa pa lh", "L")
T("""Call summary (999, 21:40): caller is a nurse at a Derby care home. A care worker from Zimbabwe, on a sponsor visa, has locked herself in the staff toilet saying her 'agent' is outside in a car to take her back to the house where she lives with 7 others. She says he took her passport, pays her £100 a month from her wages, and hit her yesterday when she refused a double shift. Patrol dispatched.""",
  "rd ww pv ac", "dt oa", "L", "!")
T("""Press-style summary:

Two brothers from Leicester were sentenced today at Leicester Crown Court for trafficking 18 Indian nationals to work in a textile factory in the city. The court heard the workers were recruited in Gujarat with promises of skilled tailoring jobs at £10 an hour, but on arrival were made to work 12 to 14 hours a day for about £2 an hour, slept on the factory floor or in two terraced houses shared by up to 15 men, and had their passports locked in the brothers' office. The brothers told the workers they would be arrested and deported if they spoke to anyone. Several workers said they had paid fees of up to £5,000 which they were still repaying.""",
  "de eo ww rd it ac db", "lh sw oa dt foa uf", "L")
T("""Officer handover (Nottingham City, late turn):

- Concern at flat, Radford: neighbour heard a man shouting 'you work or you don't eat' and a woman crying. Attended 2210, no reply, lights off. To revisit.
- Shoplifting at Victoria Centre, 2 Romanian girls (14 and 15), released to an adult 'aunt' who arrived within minutes and paid the store. Girls said they had to bring 'things' home for her. CSC informed — possible criminal exploitation.
- Stolen bike recovered, Forest Fields. Owner traced.""",
  "av", "", "C", "c")
T("""Debrief (first person, British female, 17, Northampton), with ISVA support:

'I met him on Snapchat when I was 14. He bought me food and took me for drives. Then he said I owed him for all of it and I had to go with his friends. They took me to flats in Kettering and Corby. I'd be there all night. They took my phone so my mum couldn't find me. He said if I told anyone he'd put my pictures online and hurt my little brother.'""",
  "av db pv is it", "", "S", "c")
T("""Intel log 2/A/P — Derby. Address in Normanton: POI Shahid KHAN (DOB 19/04/1972) employs 3 Pakistani men at his tyre shop. Men sleep in the tyre store on a sofa and mattresses, no shower. Source (customer) heard KHAN tell one of them 'you go to police, I will send you back in a box'. Men work 0800-2100 Mon-Sat.""",
  "ac it eo", "sw plc lh", "L")
T("""Member of public, online form:
i want to report my own situation. i am from poland i work in leicester in a warehouse. the man who brought me here took my ID card to the bank to open account and now he has my card and my pin and every week gives me 50 pounds. the rest he says is for house and transport and 'fee'. i live with 10 other people. i want to leave but he says i owe 1500 still. i am afraid he will find me. please can someone call me, i speak a little english""",
  "ww db rd ac", "ncw dt oa ct foa", "L")
T("Salvation Army note: Hungarian woman, 38, living in a tent near the Trent in Nottingham after fleeing a man who forced her to beg and steal from shops for 2 years. He kept her ID and her benefits and broke her wrist when she came back with too little.",
  "rd pv", "dt ncw pa", "C")
T("2/B/P. Eritrean boys (16-17) in Nottingham working unpaid at an Eritrean-owned car wash to repay smugglers' fees; one says he cannot leave the yard without the owner.",
  "av ww db rm", "", "L", "c")
T("A&E (Kettering General): female, Romanian, 24, pelvic injuries consistent with sexual assault. Accompanied by male who insisted on staying, held her phone and ID. She disclosed to nurse she is 'sold' to men in a Kettering flat.",
  "pv rd", "dt sfw", "S", "!")
T("GLAA intelligence: labour user near Melton Mowbray (poultry farm) — catching teams work 0200-1400 then again in the evening; team leader pays workers in cash and keeps a 'book' of what each owes for van, rent and boots. Team live in two caravans on the farm.",
  "eo db", "lh ct ppe", "L")
T("Public: i know a girl who works at a massage place in Derby she says the owner keeps half and she can leave when she wants, shes saving for uni. dont think its trafficking but wanted to ask if its legal",
  "", "", "S")
T("2/B/P. Sham marriage ring, Leicester: Portuguese women paid £3,000 to marry Indian men for visas; one woman states she was held in a flat for a week before the ceremony and not allowed to leave.",
  "rm", "", "C")
T("Probation note: service user (Slovak, 30) says his former employer, a Derby car wash owner, used his ID to claim Universal Credit in his name and kept the payments, while he worked at the car wash for £20 a day.",
  "rd", "ncw dt", "C L")
T("Bank financial-crime alert (Nottingham branch): Vietnamese male, early 20s, opened account accompanied by older male who did all the talking and took the debit card and PIN letter. Account received nail-salon wages within a week.",
  "ww", "sfw ncw", "L")
T("Anon: lads from the car wash in Kettering sleep in the cabin on site, the manager locks the gate at night with them inside. They are Albanian, young.",
  "rm ac", "sw", "L", "!")
T("Press: Derbyshire farmer fined for housing seasonal workers in a barn without running water; workers were paid properly and left for other farms. No trafficking charges.",
  "ac", "plc", "")
T("Debrief (first person, Nigerian female, 33, Leicester): 'I came as a nanny for a Nigerian family in Leicester. They said £800 a month. I worked from 5am until midnight with the children and the cooking and cleaning. They gave me nothing, they said they send it to my mother. My mother got nothing. They took my passport on the first day. I slept on the floor in the children's room.'",
  "de eo ww rd ac", "sw", "D")


# ---------------- part 8 ----------------
T("2/B/P. Polish male, 60s, sleeps in Corby scrapyard, paid in vodka by owner.",
  "ww ac", "sw plc", "L")
T("1/B/P. Trap house, Mansfield: 15yo runner from Nottingham present now, door barricaded from inside by adults.",
  "av rm", "", "C", "c!")
T("Girl in the nail bar in Arnold cant be more than 14, working till 9 on a school night",
  "av", "lh", "L", "c")
T("3/C/P. Derby: cleaner at Indian household 'not allowed out of the house'. Source is estranged relative.",
  "rm", "", "D")
T("Lost Romanian ID card found in taxi, Leicester. Owner located, works at DHL, collected it.")
T("Albanian lad at Hinckley car wash says his boss owes him £3k for the crossing — no, he says HE owes the boss £3k and works it off, no wages till then.",
  "db ww", "", "L")
T("INT suggests Coalville takeaway owner forces Chinese chef to work 7 days, keeps his passport. 2/C/P.",
  "eo rd", "", "L")

# ---------------- output ----------------
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh78.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            rec = {"id": "f78-%03d" % n}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", out)
