#!/usr/bin/env python3
"""Hand-written labelled texts (set fresh108: agriculture and fishing emphasis).
Each T(...) call holds one hand-written text and its labels; short codes are
expanded below. Run: python3 bench/text/mkfresh108.py"""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oa": "overcrowded_accommodation", "sw": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "ce": "collected_early_dropped_late", "fa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}
E = []

def T(text, ind="", sig="", typ="", risk="l"):
    E.append({"text": " ".join(text.split()) if "\n\n" not in text else text.strip(),
              "indicators": [IND[c] for c in ind.split()],
              "signs": [SIG[c] for c in sig.split()],
              "exploitation": [TYP[c] for c in typ.split()],
              "risk": RISK[risk]})
T("""INT 2/B/P: POI Marius DRAGOMIR (DOB 11/03/1984) runs minibus collecting approx 14 Romanian males from HMO on Fen Road 0430hrs daily, drops at broccoli fields nr Wisbech, returns 2100hrs. Workers reportedly charged £10/day for the lift. INT suggests wages paid onto cards DRAGOMIR holds.""",
  "WW EO", "ce ct lh ncw et", "L", "m")
T("Seasonal worker on the Tier 5 scheme says farm in Herefordshire keeps everyone's passports in the office safe and only gives them back at the end of the season.",
  "RD", "dt", "L", "m")
T("""GLAA inspection, soft fruit grower, Kent. Licence holder present. Payslips checked for 40 workers, holiday pay accrued correctly, accommodation in static caravans max 4 per unit with working heating. Workers hold their own passports and bank cards. No indicators of forced labour identified. Minor record-keeping advice given.""",
  "", "", "", "l")
T("im on a boat out of newlyn the skipper took our passports when we come on board from the plane we are filipino. we work 20 hours some days and not paid since march he say money go to agency in manila. please help no one speak to us",
  "RD EO WW IS", "dt lh iso", "L", "h")
T("""Salvation Army caseworker note: client (M, 34, Lithuanian) describes working on a dairy farm in Wales for 2 years. Milked twice a day starting 0400, no days off except when the farmer went on holiday. Lived in a converted calf shed with no running water. Paid £50 cash a week; farmer said the rest was "kept for him" for when he goes home, never received. Client has alcohol dependency and says the farmer supplied him with vodka every evening.""",
  "EO AC WW AV", "lh plc sw", "L", "h")
T("Caller reports a man sleeping in the polytunnel at the end of Moor Lane, says he looks thin and has cuts on his hands, speaks no English and ran off when she approached.",
  "", "sw pa fa", "", "l")
T("""POI Kestutis VAITKUS believed to be unlicensed gangmaster supplying labour to two chicken catching crews in Lincolnshire. No licence on GLAA register. Nothing further at this time. 3/C/P.""",
  "", "", "", "l")
T("""Witness statement (extract): "I worked beside them in the packhouse for three months. They were picked up by the same white van at 5 in the morning and I never once saw them go to the canteen. One of them, Ana, told me Florin holds all their bank cards and gives them £30 on a Friday. She said if they complain he'll send them back with the debt still owing, about £2,000 each for the flights and the room." """,
  "WW DB IT", "ce ncw", "L", "h")
T("Mushroom picker says agency charged her £450 before she left Bulgaria for the job registration. Job is as described, hourly rate paid into her own account, she is happy to stay.",
  "", "uf", "", "l")
T("""Vietnamese lad, 16, found hiding in the hold of a scallop dredger at Brixham. Says he was brought in a lorry and made to work on the boat for food only. Skipper told him police would put him in prison if found. Currently with Border Force officers at quay, skipper detained.""",
  "AV WW IT", "fa", "L", "i")
T("""101 call summary: caller's neighbour runs a small farm and has 'a couple of lads from Poland' staying in a caravan. Caller thinks this is suspicious. On follow-up, workers spoken to via Language Line: both employed directly, paid weekly by bank transfer, own cars, have been coming every summer for 6 years. Caller advised. No further action.""",
  "", "", "", "l")
T("we was told 12 pound a hour on the salad farm but when we got there its piece rate and after rent and transport we get maybe 60 pound a week. boss say we owe for the flights still",
  "DE WW DB", "ct", "L", "h")
T("Cockle gatherers reported on Morecambe sands at dusk, approx 20 people, Chinese, no safety gear, tide coming in. Van waiting at Hest Bank, driver took their phones before they went out.",
  "AC IS", "iso", "L", "i")
T("""GLAA inspection, poultry catching gang, licence condition breach: working time records incomplete for 3 workers. All workers interviewed, paid correctly, free to leave, hold own documents. Licence retained with additional conditions.""",
  "", "", "", "l")
T("""NGO note (Unseen helpline): Caller is an Indonesian fisherman on a transit visa, working on a prawn trawler out of Peterhead. Says crew sleep in the hold on wet mattresses, skipper kicks and punches men who are slow hauling, and they have been at sea 3 weeks with no rest day. Contract signed at home said £1,000 a month; he has received nothing in 6 months, money "sent to manning agent".""",
  "AC PV EO DE WW", "plc lh ncw", "L", "h")
T("Dad of a farmworker rang in worried because his son in Lincolnshire hasnt called for a week. Son later contacted, phone was broken, he is fine and working at a reputable packhouse.",
  "", "", "", "l")
T("""Interpreter: "She says that the woman who found the job in Kyrgyzstan told her it was picking strawberries for three months with a house and good money. She says she paid 2,500 dollars to this woman. When she arrived the farm did not have enough work, sometimes two hours a day, and she earned less than the rent. She says she is now in debt at home and her family is receiving calls." """,
  "DE", "uf", "L", "m")
T("""Handover note: IP female 19 Romanian, presented at station with bruised face. States boyfriend brought her to UK to pick daffodils in Cornwall, she worked all spring, he collected her wages from gangmaster. When she asked for money he hit her. Now staying with friend, VRM of boyfriend's car noted as LK15 XTR. ABH crimed. NRM explained, she consents.""",
  "PV WW AV", "ncw pa", "L", "h")
T("A farm shop in Devon was fined for employing two workers without the right to work. Both were paid the going rate and said they were treated well.",
  "", "", "", "l")
T("""Caseworker: client's account of a veg packing factory near Spalding: 12-hour shifts 6 days, told by the supervisor "you leave now and I'll call the Home Office on you", client's EU status pending. Wages paid into own account but £80/wk taken in cash for room in house with 11 others.""",
  "EO IT AV AC", "lh oa fa", "L", "h")
T("POI seen at Tesco ATM Boston using 9 different debit cards in succession. Gangmaster links suspected.",
  "", "mbc", "", "l")
T("""Public report via online form: THERES LOADS OF MEN LIVING IN THE OLD PIG SHEDS AT THE FARM BEHIND MY HOUSE THEY GET TAKEN OUT IN A VAN AT 4AM EVERY DAY AND I NEVER SEE THEM GO SHOPPING OR ANYTHING. ONE HAD NO SHOES. SOMETHING IS WRONG THERE""",
  "AC", "plc ce pa", "L", "m")
T("""Victim debrief (first person, translated from Romanian): "We came on the bus with Costel. At the border he asked for identity cards 'for the forms' and he did not give them back. In England we were at a farm with onions. We lived in the container. He said we owe 800 pounds each for the bus and container, and each week he added food. After four months I still owed 600. When Mihai said he wanted to go home Costel broke his finger in front of us." """,
  "RD DB AC PV", "dt plc", "L", "h")
T("""Midwife note: 28/40 booking, Bulgarian, works at a flower farm. Partner attended and answered every question for her, held her phone and her maternity exemption card. Patient avoided eye contact. Referred to safeguarding lead for follow up when she attends alone.""",
  "", "sfw", "", "l")
T("Trawler crew member from Ghana says the boat he is on is good, gets paid each month into his bank, and the skipper paid for his flight home at Christmas.",
  "", "", "", "l")
T("""Police log 14/06: IP Thanh NGUYEN (est 15yrs) located at a nail bar in Swindon during licensing visit. States 'uncle' brought him from Vietnam, he works cleaning and doing nails 9am-9pm every day, sleeps on floor of back room. No school. Uncle not present. Child taken into police protection.""",
  "AV EO AC", "lh sw", "L", "i")
T("""Bank financial crime alert: customer account opened 3 weeks ago, Romanian national, salary credits from a Cambridgeshire harvesting agency. All withdrawals at ATM within minutes of credit, same ATM used for 22 other accounts with the same agency credits. Mobile number and address on all 23 accounts identical.""",
  "", "mbc ncw", "L", "m")
T("i left the farm in herefordshire because a warehouse in Leicester pays £2 an hour more. the farmer was ok, he gave me my last pay and my p45",
  "", "", "", "l")
T("""Intel 2/C/C (not for onward dissemination outside MSU): Eritrean males working on a lettuce farm in the Fens are living in shipping containers on site; INT suggests the farm manager has told them they can't go into town without him because "police will arrest them". Containers locked at night from outside.""",
  "RM AC AV IT", "rm plc fa sw", "L", "h")
T("My cousin went for the asparagus season to Worcestershire. She says the hours are long in May but she chose to do them for the money and she had Sundays off.",
  "", "", "", "l")
T("""Border Force, Aberdeen harbour: 6 Sri Lankan crew on a scallop boat presented Seafarer ID but passports held by the vessel's owner in Fraserburgh "for safekeeping". Crew say they are allowed ashore only with the mate. Pay records show $400 monthly paid to an agency in Colombo. Men appear underweight.""",
  "RD RM WW", "dt rm et ncw pa", "L", "h")
T("""Probation note: Mr PETROV, on licence for drink driving, employed as a tractor driver on an arable farm. Employer confirmed hours 40/wk, contract seen. No concerns.""",
  "", "", "", "l")
T("""Online report: hi there is a lady on a farm near me she is from the philipines and she cleans the house for the farmer family and also cooks and looks after the kids and she told my mum she never has a day off and doesnt get paid only they send some money to her family she cant go out they have her passport""",
  "EO WW RM RD", "lh rm dt", "D", "h")
T("Farm worker hurt his arm in a potato grader at a farm near Ely. HSE informed. He is employed directly and gets sick pay.",
  "", "", "", "l")
T("""GLAA operation note: 31 workers found at a salad packhouse supplied via an unlicensed gangmaster, Sergiu LUCA. Workers state LUCA charges £50 per week for transport, £35 for hi-vis and gloves deducted from first pay, and each arrived owing £300 'registration' which they are working off. Several workers living 8 to a 3-bed house owned by LUCA's partner.""",
  "DB AC", "ct ppe uf oa", "L", "h")
T("He keeps our papers safe, he says, because on the farm things get lost. But when I asked for mine to go to the doctor he said no.",
  "RD", "dt", "L", "m")
T("""Salvation Army intake (summary): Sudanese man, 24, spent 8 months on a chicken farm in Northern Ireland after answering a Facebook post. Owner promised a work permit and £1,600/month; no permit was ever applied for. Paid £100 a month "for food". Worked from 0500 to 2100 cleaning sheds and catching, slept in the feed store. Owner regularly said he would be deported if he spoke to anyone. Left after a neighbour drove him to a mosque.""",
  "DE WW EO AC IT AV", "lh sw fa", "L", "h")
T("Reported ppl pickin cockles at night on the estuary no lights no life jackets, maybe Chinese maybe Viet, loads of them bunched in a van afterwards",
  "AC", "", "L", "m")
T("""Student from Nigeria reported her passport lost after a night out in Norwich. She lives in university halls, works part time on a farm shop till. Reference issued for lost property.""",
  "", "", "", "l")
T("""Local authority child safeguarding referral: Year 10 pupil (Roma Slovak) absent for 4 weeks. Older brother says he is working with the father's employer 'on the farms' picking leeks from early morning. Family say he is 17; school records show 14. Pupil appeared at school tired and with cracked, bleeding hands before absence. Employer named as J. HORVATH, gangmaster.""",
  "AV", "pa ce", "L", "h")
T("""Intel 3/C/P: Albanian national Ardit KOLA believed to be recruiting Albanian men in Calais to work on a dairy farm in Somerset, charging £5,000 for the crossing which they repay from farm wages. INT suggests pay goes to KOLA directly.""",
  "DB WW", "ncw", "L", "m")
T("""Case note, immigration adviser: client is a Nepali seasonal worker whose visa expires next month. He wants to extend and switch employer. Farm paid correctly; he has no complaints about treatment, he just wants to stay in the UK. Advised that the scheme does not allow extension.""",
  "", "", "", "l")
T("Fisherman from Kiribati on a Scottish boat says mate punched him in the face for dropping a box and he is scared to say anything because the boat is the only place he can stay.",
  "PV AV", "fa", "L", "h")
T("""999 call: female caller, Polish, whispering, says she is at a farm in the Vale of Evesham, she and another woman are locked in a caravan, the man who brought them has taken their phones but she has a hidden one, he said if they try to leave tonight he will kill them. Location shared via What3Words. Units dispatched.""",
  "RM IS IT", "rm iso", "L", "i")
T("""Report from the fishing chaplain (Stella Maris): visited three Filipino crew on a boat in Kilkeel. Each has his own passport and contract, gets paid by bank transfer, and has internet on board. They asked about English classes only.""",
  "", "", "", "l")
T("Packhouse worker told she must pay the supervisor £100 to get put on the day shift. Otherwise treated fine.",
  "", "uf", "", "l")
T("""Debrief, Vietnamese male, 22 (through interpreter): "In Vietnam the man said I can work in a factory in England and send money. My parents borrowed from the bank on their house, 15,000 dollars. I was in the back of lorries for many weeks. In England they put me in a house with plants. I water plants and I cannot go outside, the door is locked with a chain. They say my family must still pay or they will take the house." """,
  "DE DB RM IT AV", "rm", "C", "h")
T("""Intel: cannabis grow at 14 Arbour Close, Wolverhampton. Strong smell, windows blacked out, young Asian male seen through the gap in the gate, never leaves. Food delivered twice weekly by a man in a grey Audi. 2/C/P.""",
  "RM", "rm", "C", "h")
T("Wife reports husband did not come home from work at the farm, found the next morning asleep at a friend's after a party. No offences.",
  "", "", "", "l")
T("""Council HMO inspection, Peterborough: 3-bedroom house with 15 mattresses, all occupied by agency workers from a sugar beet factory. Landlord collects rent from each man in cash, £70/week. Fire door missing, no smoke alarms. Men say the agency arranged the house and takes rent from their wages. Agency director contacted.""",
  "AC", "oa plc", "L", "m")
T("""Caseworker note: client (Polish, 51, learning disability) approached outside the job centre by a man who offered 'farm work and a room'. He was taken to a pig farm in Yorkshire. Worked every day mucking out for 3 years, no pay, fed leftovers. Man drew his benefits with his bank card. Client slept in a horsebox. Was beaten with a broom handle when he tried to walk to the village.""",
  "AV WW EO AC PV RM", "ncw lh plc sw rm", "L", "h")
T("I work on a dairy farm in Cumbria, 50 hrs a week. The farmer pays me properly and I have a nice cottage. Im posting because people keep asking if farmworkers are slaves lol.",
  "", "", "", "l")
T("""Intel 2/A/P: source states Chinese cockle-picking gang working the Dee estuary are controlled by a 'snakehead' who holds their passports and says they each owe £20,000 for their passage. They go out at night regardless of the tide. Source saw one man struck with a rake for bringing in a short bag.""",
  "RD DB AC PV", "dt", "L", "h")
T("A woman came into the charity shop asking for help, said she works on a chicken farm and the gangmaster keeps her wages, she has a baby to feed, then she left quickly when a man honked his horn outside.",
  "WW", "ncw", "L", "m")
T("""GP note: Pt 41M, Romanian, attends with infected laceration R hand, sustained 5 days ago at work in a meat processing plant. States supervisor would not allow him to leave the line to get it seen. Works 14hr shifts. Pt accompanied by man who said he was 'the manager' and tried to answer for him. Pt asked for a sick note then withdrew the request when manager was present.""",
  "AC EO", "lh sfw pa", "L", "m")
T("Police attended dispute between two farm workers over a shared car. Words of advice given.",
  "", "", "", "l")
T("""Press summary: A couple from Lincolnshire have been jailed for forcing a vulnerable man to work on their turf farm for 15 years without wages. The man, who has autism, slept in a caravan with no heating and was told he would be 'put in a home' if he left. The court heard he was sent out in all weathers and given the family's leftovers.""",
  "AV WW AC IT", "plc", "L", "h")
T("Welsh sheep farmer advertises for a shepherd: £28k, house included, 5 weeks holiday. Legit ad, checked by GLAA team.",
  "", "", "", "l")
T("""NGO outreach note: spoke to 3 Kyrgyz women at a berry farm in Scotland. They hold their own passports, are paid by the hour above minimum wage, but say the caravans are cramped (6 to a caravan) and leak. Farm says new accommodation next year. No forced labour indicators; referred to GLAA re accommodation standards.""",
  "", "oa plc", "", "l")
T("""Debrief (Eritrean male, via Tigrinya interpreter): He says he was in a camp in Libya and a man told him he could work in Britain on farms. He paid nothing then but in England he was told he owed £8,000. He was taken to a farm in Kent where he cut cabbages. The man took his wages every week and gave him £15. He says the man said 'your brother in Libya, we know where he is'.""",
  "DB WW IT AV", "ncw", "L", "h")
T("Skipper of a crabber in Cornwall arrested for assaulting a crewman. Crewman is British, local, not an employment issue, dispute over a woman.",
  "", "", "", "l")
T("""Intelligence report 2/B/C (condition: not to be shared with employer): Ukrainian women at a fish processing factory in Grimsby are placed by an agency which charges them £200 for a 'training course' and £15 a week for gloves and boots. Transport to factory is compulsory minibus for £6 a day. Women not permitted to use the agency office toilet. Pay correct after deductions.""",
  "", "uf ppe ct", "L", "m")
T("""Child, 13, seen working in a field in Lincolnshire during school hours with adults picking potatoes, with the gang leader shouting at him. Reported by dog walker.""",
  "AV", "", "L", "h")
T("My husbands employer at the salad farm took his passport for a copy and gave it back the next day.",
  "", "", "", "l")
T("""Officer handover: attended a caravan park near Pershore after a report of a fight. Two men, Bulgarian, both working at the plum orchard. One has a black eye. Says the other owes him money from a card game. Neither mentions work problems, both have their own documents, both paid by the orchard direct. Advice given, no complaint.""",
  "", "", "", "l")
T("They told us it was a job on a ship for tourists but it was a fishing boat and they said we pay back the visa before we get money",
  "DE DB", "", "L", "m")
T("""Debrief (Filipino deckhand, first person): "The agent said 1,200 dollars a month, eight hours, weekends in port. On the boat we work until the net is empty, sometimes 30 hours. I sleep 3 hours. The skipper shouts and one time he threw a knife at Jun. We have no phone signal and the captain took our phones for 'safety'. After 11 months I got 2,000 dollars total. My passport is in the wheelhouse." """,
  "DE EO PV IS WW RD", "lh dt iso", "L", "h")
T("Hand car wash on Ashby Road, Scunthorpe. Workers look about 16, no gloves, standing in water all day. One seen sleeping in the portacabin at night.",
  "AV AC", "sw", "L", "h")
T("""Licensing note (GLAA): applicant for a licence is an established labour provider for daffodil picking in Cornwall. Compliance audit passed: all workers hold own IDs, no fees charged, transport free, pay slips clear. Licence granted.""",
  "", "", "", "l")
T("""Safeguarding referral, hospital social worker: 67-year-old man admitted with pneumonia from a farm in Powys where he has lived and worked for 'forty years' for the same family. He says he has never been paid but 'gets his keep'. He sleeps in a room over the cowshed. He is illiterate and seems to have a learning disability. Family say he is 'like one of us'. He is frightened of what will happen if he doesn't go back.""",
  "AV WW AC", "sw plc fa", "L", "h")
T("Crimestoppers: van reg YX19 ABC picks up 10 men outside Lidl Kings Lynn at 4 every morning and drops them back after 10pm, men look exhausted.",
  "EO", "ce lh pa", "L", "m")
T("Polish worker in a flower farm says wages were 2 weeks late this month because of a payroll system change; paid in full after she complained.",
  "", "", "", "l")
T("""POI Ion BALAN is the driver for a gang of Moldovan workers at a herb farm in Surrey. Workers interviewed say BALAN takes their wages in cash from the farm every Friday and gives them 'what they need'. Workers not allowed out of the house unless Ion is with them. They say he has a gun.""",
  "WW RM IT", "ncw rm et", "L", "h")
T("""Online report: my neighbours run a farm and they brought over a young girl from Romania to 'help in the house'. She is cleaning and cooking all day and she sleeps on the sofa. I have never seen her outside, she looks maybe 15. When i said hello the wife came out and took her in.""",
  "AV EO RM", "lh rm", "D", "h")
T("""NCA intel summary: organised network arranging sham marriages for Portuguese women with Pakistani men; women recruited in Lisbon, told they would be working in hotels. On arrival their ID cards are taken and they are married off. One woman reported being raped by her 'husband'.""",
  "DE RD PV", "dt", "S", "h")
T("I was on a mushroom farm and I loved it, the hours were good and the manager helped me open a bank account.",
  "", "", "", "l")
T("""Midwife: client 17 (Albanian) 30 weeks pregnant, says she came with her boyfriend who 'sells her to men' in a flat in Leeds. Her passport is 'with him'. He drops her at appointment and waits in the car. She asked for help.""",
  "AV RD", "dt et", "S", "i")
T("""A&E note: Male, Indian, approx 30, 2nd degree burns on forearms. Says he works in a takeaway kitchen in Bradford and sleeps upstairs. Owner brought him in and said he'd 'tripped'. Patient appeared frightened, would not speak in front of the owner. Says he owes the owner for his visa. Safeguarding team alerted.""",
  "DB", "sw fa", "L", "m")
T("""Police log: officers attended Hall Farm, Thurlby, following an anonymous call about 'slaves'. 9 workers present, all Lithuanian, employed by a licensed gangmaster (licence checked). Workers shown own passports, payslips and bank apps. Accommodation clean, 2 per room. Workers say they are free to come and go. No offences disclosed. Log closed.""",
  "", "", "", "l")
T("""Intel 2/B/P: County line 'JAY' operating between London and Norwich. 15yo boy from Lewisham reported missing, believed to be holding drugs in a flat on the Heartsease estate. The flat belongs to a vulnerable female with a heroin addiction whose home has been taken over by the line.""",
  "AV", "", "C", "i")
T("""Debrief extract (Romanian woman, 26): "He said I would work in a restaurant in Birmingham. When I arrived there was no restaurant. He took me to a flat and said now you work with men, you owe me for the ticket and the flat. Sometimes 10 men a day. He kept all the money. When I said no he hit me and said he would send the photographs to my mother." """,
  "DE DB WW PV IT", "ncw", "S", "h")
T("Farmer near Spalding charged for employing illegal workers - BBC. Workers were all paid and housed legally; it was right to work checks that failed.",
  "", "", "", "l")
T("""Caseworker: client is a Chinese national who was recruited in Fujian to 'farm work in England'. He was instead sent to wash dishes at a restaurant in Manchester, working 12 hours 7 days a week. He sleeps in the restaurant's storeroom. He owes a 'snakehead' £30,000 and his wages go straight to pay this. He has not spoken to his family for a year because the owner keeps his phone.""",
  "DE EO DB WW IS AC", "lh sw ncw iso", "L", "h")
T("People say the potato farm workers are trafficked but I asked two of them at the pub and they said no, they just work hard and go home in winter.",
  "", "", "", "l")
T("""Report to GLAA: Romanian man says he paid £600 to a recruiter in Iasi for a job picking apples in Kent. Job existed, he was paid but recruiter had promised a room for free and instead £90 per week was deducted. He left after 2 weeks to another farm. No further contact with recruiter.""",
  "DE", "uf", "L", "m")
T("""Intel: Hungarian 'chief' on an egg-packing site in Herefordshire has his brother-in-law speak for all of the workers at the agency office. Workers never come to the office themselves. Sign-in sheets are filled in by the same hand. 3/C/P.""",
  "", "sfw", "L", "m")
T("Scallop diver from Latvia died in an accident off Orkney. Investigation found company safety failings; no sign of forced labour, crew were on contracts and paid.",
  "", "", "", "l")
T("""Probation: Service user says since release he has been 'helping out' at a horse yard owned by a family friend and is sleeping in a stable. He says he gets fed but not paid, has been told he owes for his board and would be 'sorted out' if he went to the police. He has a drug habit and the owner supplies cocaine.""",
  "WW DB IT AV AC", "sw plc", "L", "h")
T("Teen girl seen getting into different cars outside the chip shop every night, older men, she has new phones and clothes, mum says she's 'fine'.",
  "AV", "", "S", "h")
T("""Safeguarding adult referral: Mrs K, 82, lives with her nephew who has taken over her pension and bank cards; she lives in one room and he has moved his friends into the house. No work involved. Financial abuse suspected.""",
  "", "ncw", "", "l")
T("""Interpreter: "He says that on the boat the owner's son would tie him to the mast if he slept during the watch. He says they were 22 days out of port, and the son kept the key to the radio room so no one could call home." """,
  "PV IS", "iso", "L", "h")
T("Lad in our village, 19, took a job on a fishing boat out of Whitby for the summer. Mum worried he's being exploited cos he works long shifts. He says he loves it and it pays well.",
  "", "", "", "l")
T("""POI Bogdan MIHAI (DOB 02/09/1979) landlord of 4 HMOs in Boston. Each HMO houses 10-14 workers employed at packhouses. Tenants complain to council of rats and no heating; MIHAI threatens to evict if they go to council. No employment link between MIHAI and employer found.""",
  "", "oa plc", "", "l")
T("""Debrief (Polish male, 44, homeless before recruitment): "I was sleeping at Victoria coach station. A man said, come to work on a farm, good money, a room. In Kent they put me in a caravan with seven others. The boss took my ID card 'to register me', I never saw it again. We picked apples from 6 until dark. He said we owe him for the bus, the caravan, the food. I never got money, only cigarettes and beer. One man who argued was beaten with a pipe." """,
  "AV DE RD EO DB WW PV AC", "oa dt lh plc", "L", "h")
T("Salad picker says her employer provides a free bus to the field and back each day. Everyone is happy with it.",
  "", "", "", "l")
T("Farm manager in Scotland refused to let two seasonal workers go into the town on their day off, saying it was 'for their own safety', workers on Tier 5 visas very anxious.",
  "RM", "rm", "L", "m")
T("""Police log: report of a man in distress on a farm track near Sleaford, found barefoot and cold, says he's run away from the 'boss' who beat him. Has facial injuries. Boss's house is 500 yards away. Man says others are still inside a barn and the boss has a dog loose. Officers attending now.""",
  "PV", "pa", "L", "i")
T("Neighbour complains farmworkers' caravans next door have loud music until 2am at weekends. Noise team informed.",
  "", "", "", "l")
T("""Police log 2/A/P: IP Gheorghe states he is held at a duck farm near Diss; boss took his phone and he has no idea of the farm's address, only 'near a church'. He is calling from a borrowed mobile of a delivery driver.""",
  "IS", "iso", "L", "m")
T("""GLAA: licence revoked for a Norfolk labour provider after auditors found it charged workers £250 'work-finding fees'. No workers found to be held or in debt; fees refunded.""",
  "", "uf", "", "l")
T("""Intel 3/C/P: Moldovan man 'VASEA' offering cash for kidneys to agricultural workers in the Fens; says he can arrange a trip to Turkey and pay off their debts to the gangmaster. One worker reportedly went in March and returned with a scar and no money.""",
  "DB DE AV", "", "L O", "h")
T("""Transplant coordinator, Royal Free: patient received a living-donor kidney from her brother. Full HTA independent assessment done, no payment or coercion. Recorded for audit only.""",
  "", "", "", "l")
T("""Debrief (Pakistani male, via Urdu interpreter): He says the agent in Lahore told him he would work in a hospital kitchen in London. Instead he was kept in a house in Birmingham and after two weeks taken to a clinic abroad where 'tests' were done. He was told if he gave a kidney his family's loan would be cleared. He says he did not understand he could refuse. He was paid nothing. He shows a 20cm scar on his side.""",
  "DE AV DB", "pa", "O", "h")
T("Man in Leicester sold a kidney in Egypt 5 years ago, now wants to talk to someone about it. Says nobody forced him, he needed money. He is well.",
  "", "", "", "l")
T("""NCA alert: Nigerian woman, 23, brought to the UK on a visitor visa with a man claiming to be her cousin; Border Force at Gatwick found hospital letters showing a planned 'kidney donation' to a wealthy recipient in London. She said she was told she was coming to study. She did not know what a transplant was. Referred to NRM, recipient and cousin interviewed.""",
  "DE AV", "", "O", "i")
T("""Intel 2/C/P: Albanian gang in Kent pressurising cannabis farm 'gardeners' who owe them £20,000 to sell a kidney in Istanbul to clear the debt. One known victim, Albanian, 20, refused and was beaten.""",
  "DB PV IT", "", "C O", "h")
T("""Caseworker: Eritrean client describes being held in Sinai by smugglers who demanded ransom; those who could not pay were told their organs would be taken. He saw a man taken away and returned with stitches across his back. He himself was released after family paid. Now in UK seeking asylum.""",
  "IT RM PV", "rm", "O", "h")
T("""Police log: report from a renal unit that a patient from Manchester, 58, went to Pakistan and came back with a new kidney from a 'paid donor'. Recipient, not a victim. Info passed to NCA.""",
  "", "", "O", "m")
T("Kidney transplant patient in Leeds asks about the donor register, normal enquiry.",
  "", "", "", "l")
T("""Child protection referral: 15yo girl reported missing from care home 4 times in a month. Returns with alcohol, new phone, says she's been 'in Rochdale with friends'. Staff found messages arranging meetings with older men at a takeaway. One message says 'you owe me for the weed, come to the flat or you know what happens'.""",
  "AV DB IT", "", "S", "h")
T("""INT: Ukrainian woman advertised on Vivastreet in Southampton, 5 different numbers, photos show same room. Adverts paid for by a card linked to a male, Slovak. Woman seen being dropped at the flat and collected each morning by him. 2/B/P.""",
  "", "et", "S", "m")
T("""Interpreter: "She says she was told she would be a waitress in London and that the job came with a flat. When she got to the flat there were two other girls. The man took her passport and said she had to pay back £5,000 for the flight and the visa. She was made to have sex with men who came to the flat. She says she does not know the street, she was never allowed to go out alone, only with him to the shop." """,
  "DE RD DB PV RM IS", "dt rm et iso", "S", "h")
T("Sex worker in Bristol, independent, advertises herself, keeps her own earnings, says she's safe. Wanted advice on a punter who won't stop calling.",
  "", "", "", "l")
T("""Pop-up brothel in Airbnb flat, Cardiff Bay. Three Romanian women, one with a black eye, few belongings (a carrier bag each). Maid on site controls the phone and takes all money. Women moved every week to a new city. Women say they 'work for Dani'. 2/B/P.""",
  "WW PV IS", "pa fpe ncw iso", "S", "h")
T("""Online report: theres a massage place on the high street and the girls there never leave its open till 2am and theyre there again at 9. i think they sleep there. one looked really young like 15""",
  "AV EO", "sw lh", "S", "h")
T("""Police log: Licensing visit to 'Lotus' massage parlour, Hull. 2 Chinese women, both say they rent the room and keep their money. Own passports and visas. No indicators. Licence conditions met.""",
  "", "", "", "l")
T("""Intel 2/B/P: County line 'SPARKY' using a 14-year-old from Croydon to run drugs in Hastings. Boy has a debt of £800 after he was 'robbed' of a package, being told he must work it off. Boy's mum has had threats by text: 'we know where you live'.""",
  "AV DB IT", "", "C", "i")
T("""Cuckooing report, housing officer: tenant Mr L, 45, vulnerable adult with mental health issues, has had his flat taken over by two young men selling crack. He says he is 'not allowed' in the living room, sleeps in his bedroom, and they took his keys. He is scared to call police.""",
  "AV RM", "rm fa", "C", "h")
T("""Shoplifting gang: 3 Romanian women arrested in Boots, Coventry, each with a list of items. One says a man called 'Nelu' drives them to shops every day and takes the goods, and that they live in his house and give him everything. She says he keeps their identity cards. She is 17.""",
  "AV RD WW", "dt et", "C", "h")
T("""Begging: Roma man with a disability seen begging outside Sainsbury's every day 8am-8pm, dropped off and collected by a different man in a BMW who takes the money from his cup at lunchtime.""",
  "AV WW EO", "ce lh et", "C", "h")
T("""Bank alert: 14 accounts opened by Bulgarian nationals at the same branch, same address (a 2-bed flat in Leyton), all receiving universal credit. Cards used at one ATM by the same man. Account holders say 'a friend helps with the bank'.""",
  "", "mbc ncw sfw", "C", "m")
T("Man arrested for benefit fraud, Liverpool. He forged claims himself for profit. No victims.",
  "", "", "", "l")
T("""Money mule: student, 19, received £3,000 into account and sent on; said a man on Instagram offered £300 to use the account. No coercion, no threats. Referred to bank fraud team.""",
  "", "", "", "l")
T("""Debrief (Albanian male, 17): "They took me from Dover to a house in Bradford with plants. I had to stay there and watch lights. They said I owe 16,000 pounds. A man came every week with food. He said if I run they will find my family in Kukës. I was there for 7 months. I did not see outside." """,
  "AV DB RM IT IS", "rm iso", "C", "h")
T("Police raid on cannabis farm, 2 Vietnamese men arrested, both say they are partners in the business and own the equipment; interview shows they rented the house themselves. No NRM referral indicated.",
  "", "", "", "l")
T("""Domestic servitude, Kalayaan note: Indonesian domestic worker for a Saudi family in Knightsbridge (overseas domestic worker visa). Works 6am-midnight, sleeps on kitchen floor, has not been paid in 8 months, employer keeps passport, she is not allowed outside except with the family, and the employer's wife has slapped her.""",
  "EO AC WW RD RM PV", "lh sw dt rm et", "D", "h")
T("""Safeguarding: 12-year-old girl from Nigeria living with 'aunt' in Croydon, not registered at school, does all the cooking, cleaning and childcare for the aunt's 4 children. Neighbours hear shouting. Girl says she came 'to go to school'.""",
  "AV DE EO", "lh", "D", "h")
T("Au pair from Spain says host family are lovely, 25 hours a week, pocket money £100, own room, weekends free.",
  "", "", "", "l")
T("""Au pair from the Philippines, 20, called helpline: host family in Surrey say she must work 7am-10pm, she sleeps in the child's room, they haven't paid her the £80 a week they promised because 'she owes for the flight'. She has her passport but doesn't know anyone here and has no phone credit.""",
  "EO DB WW IS DE", "lh iso", "D", "h")
T("""Diplomatic household: Embassy driver reports a Bangladeshi maid at a diplomat's residence in Kensington is never seen outside, the gate is always locked, she told him through the window she is not paid and hit by the wife. Diplomatic immunity issues flagged to FCDO.""",
  "RM WW PV", "rm", "D", "h")
T("""Interpreter: "She says that her husband's family in Bradford made her cook and clean for 11 people and she was not allowed to leave the house. She says they took her passport at the airport. Her husband hit her when she phoned her mother." Forced marriage unit informed.""",
  "RM RD PV IS", "rm dt iso", "D", "h")
T("Domestic abuse: husband controlling finances, she has left with the children to a refuge. No work or servitude involved.",
  "", "", "", "l")
T("""Family from Syria living 10 in a 3-bed house in Oldham, all related, children at school. Referrer concerned about overcrowding; no work, all on benefits in their own names.""",
  "", "", "", "l")
T("""Intel 2/B/C (do not disclose to fishing company): Ghanaian fishermen on a whitefish boat out of Scrabster recruited in Accra with promise of UK residency after 2 years; they are on transit visas that do not allow them ashore. Skipper says they owe $2,500 for the flights. Pay $500/month sent to agent.""",
  "DE DB WW RM", "rm ncw", "L", "h")
T("""Stella Maris port chaplain: Egyptian crew of a Northern Irish trawler say they are content; contracts comply with ILO C188, paid monthly, have wifi on board. One complained of back pain. Chaplain arranged GP.""",
  "", "", "", "l")
T("""Debrief (Filipino crew, group of 5, first person plural): "We signed for 12 months. After 18 the captain says we cannot go home until we pay back the food and the boots. The boots cost 90 pounds each. We eat rice only. In port the mate locks the gangway. When the police came we hid in the freezer because the captain said they will put us in jail." """,
  "DB RM AC IT", "rm ppe fa", "L", "h")
T("Fishing boat in Fraserburgh inspected by MCA: life rafts out of date, crew paid correctly, no labour concerns. Detention order for safety equipment.",
  "", "", "", "l")
T("""Report from harbour master: two Indian crewmen on a boat in Newlyn approached him saying they had not been paid for 4 months and were sleeping on deck because the cabin leaks. They want to go home but the skipper has their passports.""",
  "WW AC RD", "plc sw dt", "L", "h")
T("""POI Robert HARDING, skipper, owner of 3 boats in Brixham. Multiple crew complaints of unpaid wages. All crew British and local, dispute in civil court over shares of catch. Not a modern slavery matter.""",
  "", "", "", "l")
T("""NGO outreach, shellfish processing plant, North Wales: Workers from Senegal say their boss buys their PPE and doesn't charge them, and the hours are 8-4. A few said the pay is low. No concerns.""",
  "", "", "", "l")
T("""Intel: gang of 30 cockle pickers, Chinese, brought into Morecambe Bay each night by Mr LIN in 2 minibuses. Mr LIN keeps their earnings 'in the bank' for them and says they will get it at the end of the year. They live in a house in Liverpool, 30 people, 4 bedrooms. 3/C/P.""",
  "WW AC", "oa et ncw", "L", "h")
T("""Public report: saw 5 men sleeping on a fishing boat in the harbour every night. They look like they dont have any clothes other than what they stand in and walk to the Co-op with the skipper every day. None of them talk. Unsure if this is normal.""",
  "RM", "sw fpe et rm", "L", "m")
T("We fishermen from Sri Lanka, skipper good man, pays us, we go home next month.",
  "", "", "", "l")
T("""Caseworker, Medaille Trust: client Slovak, 29, recruited by a family member to 'work on a farm in England'; arrived, was taken to a shed full of cannabis plants instead. Kept there 4 months. 'Uncle' brought food. He said the police would send him to prison for drugs if he left. Client has limited literacy.""",
  "DE IT AV", "fa", "C", "h")
T("""Dairy farm, Shropshire. Anonymous letter to GLAA: 'They have 3 Romanians working 7 days a week, 4am milking and 4pm milking, living in a caravan with no toilet. The farmer keeps their bank cards.'""",
  "EO AC WW", "lh plc ncw", "L", "h")
T("""GLAA inspection follow-up: dairy farm named in an anonymous letter visited. 3 Romanian workers present. 7-day pattern true during calving season but with time off in lieu, caravans with plumbed toilets, bank cards held by each worker. No indicators. Anonymous letter likely from a neighbour in a dispute.""",
  "", "", "", "l")
T("""Intel 2/B/P: Polish gangmaster Tomasz WOZNIAK recruits homeless Polish men in London with offers of farm work. Men taken to a fruit farm in Worcestershire, put in a barn, told they owe for transport. WOZNIAK draws their wages and benefits through bank accounts he opened in their names and holds all the cards.""",
  "AV DE DB WW AC", "mbc ncw plc", "L", "h")
T("They took my ID card and my bank card on the first day, said it was to pay me. I never saw the wages.",
  "RD WW", "dt ncw", "L", "m")
T("Worker at a strawberry farm says boss said pay will be late one week because of the bank holiday. She got it the following Monday.",
  "", "", "", "l")
T("""Witness statement (farm neighbour): "I saw a man chasing another man across the field with a stick. The one running was one of the foreign lads. The next day I saw him with a bandaged head loading the lorry." """,
  "PV", "pa", "L", "h")
T("""101 call: caller works at a salad packhouse. Says a new team leader shouts at staff and made a woman cry. No threats or violence, all employed directly, pay correct. Referred to HR and ACAS.""",
  "", "", "", "l")
T("""Officer handover: IP Yonas (Eritrean, says 17, appears younger) found walking on the A47 near Wisbech at 0300. Says he escaped a 'farm house' where he and 6 others were made to work in the fields and not paid, and the boss said he'd cut his throat if he told anyone. He says the others are still there and the boss is angry tonight. Child in police protection. Search of premises planned.""",
  "AV WW IT", "", "L", "i")
T("""Debrief (Indian male, via Punjabi interpreter): "The agent said construction job in London for 2 years, I paid 8 lakh rupees. In London the job was at a farm near Maidstone in the winter, cutting leeks. The money they pay is less than half. The boss says my visa depends on him and if I complain I am deported." """,
  "DE IT AV", "uf fa", "L", "h")
T("Seasonal worker scheme operator has introduced a hotline and every worker gets their own SIM card on arrival. Good practice noted.",
  "", "", "", "l")
T("""Letter from a farm worker (translated from Bulgarian): 'Dear police, I am at the farm near Boston. We work 14 hours every day and Sunday also. We sleep in a container, 8 people. The chief takes 100 pounds from each of us for the container every week and 30 for the minibus. I can go but where, I have no money, he did not pay me the last 3 weeks.'""",
  "EO AC WW", "lh oa plc ct", "L", "h")
T("Cannabis found in a greenhouse at an allotment, owner is a local retiree growing it for his pain. Cautioned.",
  "", "", "", "l")
T("""POI 'Lulzim' drives workers from a car wash in Leeds to a house where they sleep 6 to a room; he collects their pay from the owner and gives them £20 'pocket money' a week. 2/B/P.""",
  "WW AC", "et oa ncw", "L", "h")
T("""Hand car wash, Reading. Licensing officer: 6 Kurdish men, paid £6/hr cash, some live above the car wash. Owner says they're self-employed. Owner present the whole time and answered for them. Workers declined to speak.""",
  "", "sw sfw", "L", "m")
T("Car wash in Derby pays its staff the living wage, all on payroll, provides gloves and boots and a break room. Visit by GLAA outreach found no issues.",
  "", "", "", "l")
T("""Nail bar, Norwich, licensing. 2 Vietnamese girls, appear under 18, sleep in the back room on mattresses. Owner says they are 'nieces visiting'. Both girls shake when questioned, won't give surnames. Trading standards and police attending now.""",
  "AV", "sw fa", "L", "i")
T("""Construction site in Manchester. Worker says the subcontractor 'keeps his passport for site induction' and he can't get it back. Paid £50 a day in cash, 6 days a week, 7am-7pm, sleeps in the site cabin.""",
  "RD EO AC", "dt lh sw", "L", "h")
T("""Waste recycling plant, Birmingham: Romanian workers on the picking line, no gloves, hands cut. Agency charges £20 a week for PPE 'hire' but they have none. Wages go to the agency boss's account and workers get cash 'when he remembers'.""",
  "AC WW", "ppe ncw pa", "L", "h")
T("""Care home, Norfolk: Zimbabwean care worker on a sponsorship visa says the home charged her £7,000 'sponsorship fee' which is taken from her pay over 2 years; if she leaves before then she must pay the remaining sum in full. She works 70 hours a week.""",
  "DB EO", "uf lh", "L", "h")
T("""Care worker from Kerala says her sponsor care company paid for her flights and visa and never asked for it back. She works 37.5 hours. She wants to bring her husband over.""",
  "", "", "", "l")
T("""Hotel, Blackpool: housekeeping staff (Polish, Romanian) supplied by an agency; housekeeper says they are paid per room and end up on £3/hour, and agency supervisor threatens to report them to immigration if they complain. Supervisor holds their hotel lanyards and room keys.""",
  "IT", "fa", "L", "m")
T("Warehouse agency worker was sacked for being late. She thinks it is unfair. No exploitation.",
  "", "", "", "l")
T("""Debrief (Slovak Roma woman, 38, learning difficulties): "The man from our town said come to England, work in a factory sorting clothes. I went with my husband. In England the man took our papers and opened a bank account for us. The money goes there. He has the cards. We get food from him. Two years. I asked to go home and he said, you owe me for everything." """,
  "AV DE RD WW DB", "dt ncw", "L", "h")
T("""Intel 1/A/P (UC observation): female, Thai, 30s, seen working at a Thai restaurant kitchen in Brighton from 0900 to 0100, taken upstairs at closing by the owner who locks the staircase door from the outside.""",
  "EO RM", "lh rm sw", "L", "i")
T("""Takeaway, Sheffield. Chinese chef says he came on a visa through an agent, paid back the agent's fee himself in 6 months, now paid properly and lives in his own flat. Asked police about a burglary.""",
  "", "", "", "l")
T("""Child sexual exploitation, Rotherham: 14-year-old girl picked up from school by an adult man in a Mercedes, given vodka and driven to houses where she has been raped by several men. She says he is her boyfriend and he'll leave her if she tells anyone.""",
  "AV PV", "", "S", "i")
T("""School referral: Year 9 boy has new trainers, £200 in cash, and a second phone that rings constantly. He's been seen with older boys from out of town and was found in Southend when he should have been at school. Mother says he's lost weight.""",
  "AV", "pa", "C", "h")
T("""Police log: 16-year-old female reported missing by mum. Located at boyfriend's house the next morning. Boyfriend 16. No concerns re exploitation, returned home.""",
  "", "", "", "l")
T("""Online ad on Adultwork: "Young Romanian girl new in town, 24/7". Same picture used in 12 towns. Linked number pinged at a hotel in Luton. INT suggests woman moved by a male every 3 days and does not speak English. 2/C/P""",
  "EO", "lh", "S", "m")
T("""Intel 2/B/P: Romanian woman, 'Alina', working in a brothel in Slough controlled by her 'boyfriend' who takes all her money and says she has to pay off the debt of the trip; he beat her last week, and she has not been allowed out of the flat since.""",
  "WW DB PV RM", "ncw rm", "S", "i")
T("Woman reports ex-partner posting her pics on line without consent. Malicious communications. No trafficking.",
  "", "", "", "l")
T("""Debrief (Nigerian woman, 24): "A woman in Benin City said I would be a hairdresser in London. Before I left they did juju on me with my hair and my nails and I swore to repay 35,000 euros and never tell. In Italy and then England I was put with men. If I don't pay, the juju will kill me and my family. Madam takes all the money." """,
  "DE DB IT WW", "ncw", "S", "h")
T("""Packhouse supervisor, Evesham: "one of our agency lads told me he has to hand over his pay card to the 'landlord' on a Friday and gets £40 back for food. I rang the agency and they are looking into it." """,
  "WW", "ncw", "L", "m")
T("""GLAA: 'Operation Tamar' - gang of 22 Lithuanian workers on a chicken catching crew; lived 20 to a house, worked through the night catching chickens then drove to the next farm, sometimes 3 days without sleep. Gangmaster fined them £50 for 'lateness' and threatened to break their legs. Some had their passports taken on arrival.""",
  "AC EO IT RD", "oa lh dt", "L", "h")
T("Chicken catcher says he works nights 4 nights a week with a licensed crew, paid per shift, and goes home to his wife in the mornings.",
  "", "", "", "l")
T("""Midwife: Mum (Romanian, 19) brought in by an older woman who says she is the 'landlady'. Mum works at a packhouse 6 days. Landlady holds mum's passport 'to keep it safe' and has her bank card. Mum very quiet, nods when asked if ok. Midwife saw bruises on her upper arms.""",
  "RD WW PV", "dt ncw sfw pa", "L", "h")
T("""Online report: my mate works at a mushroom farm and theyre paid fair but the supervisor keeps hitting on the girls and touching them in the packing room. he got sacked yesterday. just thought police should no.""",
  "", "", "", "l")
T("""Officer handover: Romanian national Petru, 42, came into station reporting that his boss at a leek farm near Ormskirk has not paid him for 6 weeks, keeps his ID card, and lets him sleep in a lean-to by the tractors. He has nowhere to go. Crime reported, accommodation arranged via Salvation Army.""",
  "WW RD AC", "dt sw plc", "L", "h")
T("""Border Force Stansted: 4 Romanian males on inbound flight carrying one-way tickets paid for by a third party, each has a paper with the same phone number and a farm address in Lincolnshire. Interviewed: say they are going to pick vegetables, don't know the pay or the employer's name. Man meeting them at arrivals left when approached.""",
  "", "", "", "l")
T("""Seasonal worker (Uzbek) on the scheme, via helpline: her visa is tied to the scheme operator, the farm gave her only 3 days of work in 3 weeks, and she has spent her money on rent. She is worried about paying back the loan she took in Uzbekistan to come, but nobody is forcing her to stay; she is looking for transfer.""",
  "", "", "", "l")
T("""Press summary: Seven men rescued from a travellers' site in Bedfordshire, where they had been made to lay tarmac and pave driveways for years in return for food and a caravan. Some had been picked up as homeless alcoholics and were beaten if they tried to leave. One had been there 15 years.""",
  "AV WW AC PV RM", "plc rm", "L", "h")
T("Tarmac gang knocked on my door offering to do the drive, quoted £2000 then wanted £8000. Rogue trader fraud, workers looked fine.",
  "", "", "", "l")
T("""Police log: male, Latvian, 50s, walked into the custody suite saying he wants to go to prison because it is better than the farm. He has been working for a man called 'Edgars' who pays him nothing, takes his sickness benefit, and makes him sleep in a van at the farm. Very thin, poor hygiene, one shoe. Crime recorded.""",
  "WW AC", "pa sw plc ncw", "L", "h")
T("Gangmaster licence refused for applicant with a history of unpaid holiday pay claims. No evidence of exploitation.",
  "", "", "", "l")
T("""Interpreter: "He says that the supervisor at the potato farm shouted that anyone who leaves before the lorry is full will be sent to Romania in a box. He says they worked until 11 at night because of this." """,
  "IT EO", "lh", "L", "h")
T("""Intel: lorry driver reports that at a poultry processing plant near Banbury, a group of workers from Eastern Europe are locked in the changing rooms between shifts 'so they don't go to town'. 3/C/P.""",
  "RM", "rm", "L", "h")
T("""Debrief (Vietnamese female, 18, via interpreter): She says she was 16 when she came. She was in a nail salon in Kent and then moved to one in Essex. She was paid nothing, the owner said she must pay back £25,000 for her journey. She slept at the salon. She says she was not allowed to talk to customers and the owner took her phone.""",
  "AV WW DB IS", "sw iso", "L", "h")
T("Salad picker says the pay is rubbish, minimum wage and no overtime rate, but it goes into her own account and she can quit any time.",
  "", "", "", "l")
T("""Intel 2/B/P: Bulgarian workers at a spinach farm near Chichester are each given a bag on arrival and told to leave everything else at home. Driver 'Krasi' holds their phones in a box during the day and returns them at night only if quotas are met. They have one set of clothes each.""",
  "IS", "iso fpe", "L", "m")
T("me and my brother on the onion farm, they give us 20 pound a week, the rest the boss say he keeps for rent and the debt, the debt is 3000 pound we never finish it",
  "WW DB", "ncw", "L", "h")
T("""GLAA inspection, leek grower, Lincolnshire: workers transported in a minibus provided by the labour provider, no charge. PPE issued free. 6 workers per house, 3 bedrooms, clean. One worker said he was unhappy about the piece rates in poor weather. Overall compliant.""",
  "", "", "", "l")
T("""Debrief (Romanian male, 31): "Vasile picked us up at 3:30 in the morning and we got back at 11 at night. Six days, sometimes seven. We paid him £8 every day for the van, even if there was no work. If you did not get in the van, you did not work and he still added the £8." """,
  "EO DB", "ce lh ct", "L", "h")
T("POI seen withdrawing cash using 6 different cards at the Co-op ATM in Pinchbeck at 0200, then drove to a caravan site where seasonal pickers stay. 3/C/P.",
  "", "mbc", "", "l")
T("""Intel 2/B/P: at a broccoli farm in Cornwall, Polish foreman Pawel ZIELINSKI answers all questions for the 12 Romanian workers, does not let them speak to the farm manager, and collects their wages in cash 'to share out'. Workers are not allowed to leave the caravan park after 8pm.""",
  "WW RM", "sfw ncw rm", "L", "h")
T("A guy at the fish market told me his skipper makes them pay for their own oilskins and boots out of the first month's money. He said apart from that it's alright.",
  "", "ppe", "L", "m")
T("""Caseworker: Sudanese client, 27, on a fishing boat in Cornwall for 10 months. The skipper charged him £400 for a survival course and £150 for boots and gloves, which he still owes. He sleeps on the boat. He says the skipper is 'hard but fair'. He wants to leave for a job inland and is free to. No forced labour indicators.""",
  "", "uf ppe sw", "", "l")
T("""Fisheries officer: Thai deckhand on an Irish-registered boat in a Welsh port told me the crew are not allowed off the boat in any port; the skipper said they'd be arrested as illegals. He said he's been on board 14 months without touching land. He looked very thin.""",
  "RM IT AV IS", "rm fa pa iso", "L", "h")
T("Public report: the farm down the lane has loads of workers in tents in a field, no toilets. No idea who runs it.",
  "AC", "plc", "L", "m")
T("""Follow-up on public report: tents at Lane End Farm belong to a music festival crew, not farm workers. Closed.""",
  "", "", "", "l")
T("""INT 2/C/C (not to be shared with the farm owner): Eritrean asylum seekers working cash-in-hand on a flower farm in Lincolnshire are housed in a converted barn with 20 beds; the farm owner deducts £60/week each and threatens to tell the Home Office about their work if they complain.""",
  "AC IT AV", "oa fa", "L", "h")
T("""Interpreter: "He says that he wanted to leave the farm after the first month but Daniel told him that his mother in Romania would be visited by people. He showed him a picture of his mother's house on his phone." """,
  "IT", "", "L", "h")
T("""Victim debrief (Lithuanian female, 35): "I answered a job ad to pack eggs in Kent. The agent took us to a house in Margate, 14 people. They kept our IDs. We worked 12 hours, then at night the men came to the house. The agent's friend raped me twice. I was afraid to go to the police because he said they would take my son." """,
  "RD EO AC PV IT", "oa dt lh fa", "L S", "h")
T("Man sleeping in his car in a layby says he lost his job on a farm because his visa ran out. Not exploited, just needs help with housing.",
  "", "", "", "l")
T("""Police log: 6 Vietnamese nationals found in the back of a refrigerated lorry carrying lettuce at Dover, temperature 3°C, one unconscious. All say they paid £10,000 each to come to England to work in nail bars. Taken to hospital.""",
  "AC DB", "", "L", "i")
T("""Referral (school): Slovak boy, 15, falling asleep in class. Says he gets up at 4 to go with his uncle to the packhouse and works until 8am before school, and at weekends 12-hour shifts. Uncle takes his wages for 'the family'.""",
  "AV EO WW", "lh ce ncw", "L", "h")
T("I asked the farmer if he ever took anyone's passport and he laughed, said 'I can barely keep track of my own'. Workers confirmed they keep their own documents.",
  "", "", "", "l")
T("""GLAA: Operation at a daffodil farm, 40 workers from Latvia, Lithuania and Bulgaria. Licensed gangmaster but it subcontracted to an unlicensed one who charged workers for transport, accommodation, PPE (£25 for gloves and a knife) and a £200 'placement fee'. Workers say the deductions left them with around £50 a week from £300 earnings.""",
  "WW", "ct ppe uf", "L", "m")
T("""101 call: caller, Indian student, says the Punjabi family she stays with make her clean the house and look after their children every evening in exchange for the room. She's not paid, but she can go to lectures and she has her passport. She wants advice about finding another room.""",
  "", "", "", "l")
T("""Intel 2/B/P: Nigerian woman 'Grace' aged around 40 living in the home of a pastor in Peckham for 6 years. Does all the cooking, cleaning and school runs. The pastor's wife holds her passport. Grace is not paid; the pastor says he sends money to her family. She has no phone and is never seen without one of the family.""",
  "RD WW IS RM", "dt iso rm et ncw", "D", "h")
T("""Safeguarding adult, GP: Mrs A, Bangladeshi, 45, lives with her brother's family. Brings the children to appointments, has her own passport and a phone, attends English classes. Concern raised by a neighbour who thought she was a 'maid' unfounded.""",
  "", "", "", "l")
T("""Kalayaan note: Filipina domestic worker for a family in Dubai who came to London for the summer. She worked from 6am to 2am caring for 3 children, not allowed a day off, slept on the floor in the children's room. Her salary of $400 a month was paid to her agency in Manila. She escaped while the family were shopping at Harrods.""",
  "EO WW AC", "lh ncw", "D", "h")
T("""Intel: Chinese woman, 50s, works in the house of a restaurant owner in Glasgow and in his restaurant kitchen. Never leaves, has no phone, doesn't speak English, paid nothing. 3/C/P.""",
  "IS WW RM AV", "iso rm", "D L", "h")
T("""Witness statement: "My boss at the prawn boat said if the Coastguard ask, say you're a tourist on a trip. He said if we told them we work he'd leave us on an island." """,
  "IT", "", "L", "m")
T("""Caseworker: client Filipino fisherman, 44, says he signed a contract for 12 months, which he finished. The boat paid for his flight home and he received all his wages. He has come back this year with the same boat because 'the skipper is good'. Wanted a referral for a dentist.""",
  "", "", "", "l")
T("""Border Force, Belfast: 8 Ghanaian fishermen arrived on transit visas to join a boat in Kilkeel. Their contracts say $600 per month for 18-hour days and they each owe the agency $1,500 for the visa. Agency representative kept their passports at the airport 'for the paperwork'.""",
  "EO DB RD", "lh dt uf", "L", "h")
T("trafikin in the fish factory at grimsby!!!! the forman takes the workers passports and pay and makes them live in the loft above the factory. EVERY1 KNOWS AND NOONE DOES NOTHING",
  "RD WW AC", "dt sw ncw", "L", "h")
T("""Officer notes: visited the fish factory in Grimsby after an online report. Workers employed by a licensed agency, no one lives on site (the loft is storage), passports not retained, wages paid to individual accounts. Report appears malicious, an ex-employee.""",
  "", "", "", "l")
T("""Probation note: service user, Irish Traveller, 23, on a tagging order, says he works for his uncle laying patios. Paid £60 a day. Says he is fine. Uncle known to police for exploiting vulnerable men but service user shows no signs of control.""",
  "", "", "", "l")
T("""Intel: organised crime group in Kent recruit homeless men from soup kitchens with offers of a bed and farm work. The men are then driven daily to fields, made to work for food and cider, and kept in a barn at night. One man says he was told he'd 'end up in the river' if he ran. 2/B/P.""",
  "AV WW IT AC", "plc", "L", "h")
T("""GLAA inspection note: egg farm. 12 workers from Romania. Accommodation is a single static caravan for all 12 (designed for 6). Pay records show full pay. Workers say they're paid fine but can't afford anywhere else. Farmer given a deadline to improve accommodation.""",
  "AC", "oa", "L", "m")
T("""NGO hotline: caller, Moldovan, says on the turkey farm near Norwich he works 80 hours a week in December. He is paid for all hours, overtime at time and a half, and says he asks for the extra hours because it's the best money of the year.""",
  "", "", "", "l")
T("""Debrief: "In the beginning he was kind. He paid for my bus from Romania and found a room. Then he said the room is £100 and the bus is £300, and the work at the farm is only 3 days. Every week I owed more. After six months I owed £1,500." """,
  "DB", "", "L", "m")
T("""POI Nicolae STAN (DOB 14/12/1988) believed to collect seasonal workers from Stansted and drive them to farms in Essex. Workers say he takes them from airport straight to a house and takes their passports 'for the tax office'. INT suggests STAN controls accounts for 40+ workers. 2/B/P.""",
  "RD WW", "dt ncw et", "L", "h")
T("""Intel 3/C/P: a man on a Polish forum offers 'legal farm jobs UK with accommodation' for a £700 fee. No further detail; unclear if the jobs exist.""",
  "", "uf", "", "l")
T("""Interpreter note: "She says that at the mushroom farm they work in the dark sheds all day, the air makes them cough, and there is no mask. She says the manager called them 'animals' and pushed a woman into the racking. She says she is afraid to lose her job because she has a child in Romania." """,
  "AC PV", "", "L", "h")
T("Mushroom farm worker fell from racking and broke his leg. Employer paid for taxi to hospital and statutory sick pay. HSE investigating ladders.",
  "", "", "", "l")
T("""Caseworker (Salvation Army): Polish man, 60, alcoholic, picked up outside an off licence by two men who offered him work on a farm. He was put in a shed with 5 others, given only beer and bread, and worked picking potatoes. They took his passport and his benefits. He escaped after 3 months. Very thin and has scabies.""",
  "AV RD WW AC", "dt ncw plc pa oa", "L", "h")
T("""Public report: Hi I work at a petrol station near the A17. Every morning at 4.30 a van stops and the driver buys energy drinks while 10 or so people sit in the back in the dark. They never get out. The driver pays with different cards each time.""",
  "", "ce mbc", "L", "m")
T("""Police log: man arrested for drink driving in a van at 0500 with 9 farm workers in the back. Workers all employed by a licensed agency, paid weekly to own accounts. No exploitation. Driver charged.""",
  "", "", "", "l")
T("""Debrief (Vietnamese male, 15, with appropriate adult): He says he was told he'd be working in a restaurant. They took him to a farm where there were plants in a polytunnel. He had to water them and sleep there. He says a man with a knife came once a week and told him he owes £12,000. He was afraid the man would cut him.""",
  "AV DE DB IT", "sw", "C", "h")
T("""Intel 2/B/P: Lithuanian OCG supplying workers to a meat plant in Wales. Workers pay £40/week for a compulsory minibus and £20/week for 'knife sharpening and PPE'. Accommodation 4 to a room. OCG leader 'Darius' holds bank cards of workers and has been seen at one ATM with 10+ cards.""",
  "WW AC", "ct ppe oa ncw mbc", "L", "h")
T("""Trading standards: fruit farm shop in Kent sells 'local' strawberries picked by a fully compliant, GLAA-licensed team. Labelling issue only.""",
  "", "", "", "l")
T("""101 call: caller says a young woman in the flat above has been crying, a man comes every night, she thinks the woman is 'being kept'. Officers attended: woman, 22, British, lives with partner, argument over money. DASH completed, standard risk. No exploitation.""",
  "", "", "", "l")
T("""Intel 2/B/P: Romanian women in a flat in Luton are being advertised for sex; a Romanian male collects the money from the maid every night. The women told a sexual health nurse they were promised jobs in a cafe and owe him £3,000 each for flights and rent.""",
  "DE DB WW", "ncw", "S", "h")
T("""Sexual health clinic: 19-year-old Hungarian woman, works at a 'sauna'. Says she chose the work, keeps most of her money, rents her own room. No indicators. Advised about support services.""",
  "", "", "", "l")
T("""Intel 1/B/P: Albanian female, 20, found in a brothel in Newcastle during a warrant. She had a tattoo of a man's name on her wrist; she says he 'owns' her and she must give him everything. He told her if she talks, he will hurt her little sister in Tirana. She has no passport.""",
  "WW IT", "ncw", "S", "h")
T("""County lines: 16yo from Liverpool found in a trap house in Carlisle with stab wounds. He says he was sent there to sell and not allowed to leave, the older lads took his phone, and he was stabbed when he lost some money. He's now in hospital, the lads know where he is.""",
  "AV PV RM IS", "rm iso pa", "C", "i")
T("""Police log: 17-year-old arrested for possession with intent in Worthing. He says he does it for himself to pay for his own habit; no older controllers identified. NRM considered but no indicators at this time.""",
  "", "", "", "l")
T("""Money mule network: 20 students recruited via Instagram, told their accounts would be used for 'crypto trading', given £200. Later told they owe £5,000 for 'mistakes' and threatened with videos. Two say they were followed home.""",
  "DE IT DB", "", "C", "h")
T("""Intel: Vietnamese boys moved between cannabis grows in Hull and Doncaster, aged 14-16. Each house has the windows boarded and the doors screwed shut. The boys only leave when moved in the back of a van at night. 2/C/P.""",
  "AV RM AC", "rm et", "C", "i")
T("""Financial crime: 12 identity documents of Romanian farm workers found in the car of a man stopped in Boston; he says he's 'helping them with the bank'. Benefit claims in their names have been paid into an account he controls.""",
  "RD", "dt ncw", "C", "m")
T("""Benefit fraud: a couple in Peterborough claiming universal credit in the names of 8 East European workers who live in their loft. Workers are made to sign forms and never see the money; they work at a packhouse and the couple take their wages too. Workers say they are 'not allowed out after work'.""",
  "WW RM AC", "ncw rm oa", "L C", "h")
T("""Hospital social work: Indian woman, 29, admitted after a fall; says she lives with her husband's family and does all the housework. Husband is kind, she goes out alone, has her own bank card. Social worker concern resolved.""",
  "", "", "", "l")
T("""Intel: 'Auntie' running a Nigerian household in Manchester brings young girls from Lagos on visitor visas to care for her twins. Girls sleep in the laundry room, work from 5am, and are beaten with a belt if they make mistakes. Currently one girl aged about 14 in the house. 2/B/P.""",
  "AV AC EO PV", "sw lh", "D", "i")
T("""Au pair (Hungarian, 22) via helpline: host family in Kent expect her to look after 3 kids 7am-7pm every weekday plus evenings, pay £70 a week. She says she is allowed out on weekends and has her passport, but feels 'used'. Advised of employment rights.""",
  "EO", "lh", "D", "m")
T("""Embassy staff: Ethiopian maid in a diplomatic household in Mayfair reports employer has her passport, she's not been paid since arriving in 2024, and she hasn't been outside the house alone. She is allowed a phone call home once a month with the employer listening.""",
  "RD WW RM IS", "dt rm iso", "D", "h")
T("""Caseworker: client, Romanian, 40, says she works as a cleaner for a family in London, lives in, 40 hours, paid £1,400 a month into her own account, has weekends off. She came for advice about a tenancy. No concerns.""",
  "", "", "", "l")
T("""Police log: report of a fight at a farmworkers' caravan site, Wisbech. 2 men arrested for affray. Both say the site is fine and the farm is a good employer. Dispute was over football.""",
  "", "", "", "l")
T("""Online report: im a driver for a seasonal agency. one of our workers told me his cousin is on a farm in Scotland where the farmer puts a padlock on the caravan at night and they have a bucket for a toilet. I have no address sorry.""",
  "RM AC", "rm plc", "L", "h")
T("""Debrief (Kyrgyz female, 21, seasonal worker): "They said we would work on a farm in Scotland for 6 months and make 10,000 pounds. I paid 3,500 dollars to a company in Bishkek. I got work only 2 days a week at first. Then the farm said pay is by kilo and I made 20 pounds a day. The supervisor said if we complain the Home Office will cancel our visas. We were 6 in a caravan." """,
  "DE IT AV AC", "uf oa fa", "L", "h")
T("""Farmworkers' union rep: members at a Herefordshire fruit farm complained about low piece rates this season. Employer agreed to top up to minimum wage. Issue resolved; no exploitation.""",
  "", "", "", "l")
T("""Intel 2/B/P: Eastern European men collected at 0500 from a supermarket car park in Spalding and dropped back at 2300, driver 'Sorin' takes £10 from each for the lift. Men say they work in the cauliflower fields. No other info.""",
  "EO", "ce ct lh", "L", "m")
T("""Witness (farm mechanic): "The lads on the veg rigs work 16-hour days in harvest, every day. Their boss, Adi, shouts at them all day. Last week I saw him slap one across the face because the rig stopped." """,
  "EO PV", "lh", "L", "h")
T("""GLAA: shellfish gathering licence check at Burry Inlet. All gatherers hold cockle permits, licensed gangmaster present with safety equipment and tide tables. Compliant.""",
  "", "", "", "l")
T("""Police log 0245: coastguard reports 4 people cut off by the tide on sandbanks at Morecambe Bay, gathering cockles; a man on shore in a van drove off when the lifeboat arrived. Those rescued are Chinese, no English, hypothermic, say they must come every night to pay 'the boss'.""",
  "AC DB", "pa", "L", "i")
T("""Caseworker, New Pathways: Welsh client, 35, with learning disabilities, has been 'living and working' with a family on a farm in Carmarthenshire since he was 16. No pay, no bank account, sleeps in a caravan, works every day with the sheep. Family took his ID and benefits. He says he is afraid of the farmer's son who hits him.""",
  "AV WW EO AC RD PV", "ncw lh plc dt fa", "L", "h")
T("""Intel: HGV driver reports that 3 men on a farm in Norfolk who work on the sugar beet harvest looked 'like prisoners' — bruised, with no coats in the cold. When he spoke to one, a foreman appeared and the man walked off. 3/C/P.""",
  "", "pa", "L", "m")
T("""Seasonal worker (Nepalese) told helpline that the recruiter in Kathmandu charged him £4,000, he borrowed it from a lender at 5% a month, and now the farm in Kent has sent him home early because the harvest ended. He is worried about the debt. The farm paid all he earned.""",
  "", "uf", "", "l")
T("""Police log: Romanian male, 28, assaulted outside a pub in Boston; injuries to face. Says he works at a packhouse. Offender known to him (ex-partner's brother). No labour issues.""",
  "", "", "", "l")
T("""Debrief (Sudanese male, 19, via Arabic interpreter): He says a man in Calais said he could work on a fishing boat in England and pay for his crossing later. He was taken to a boat in Grimsby and told not to go ashore. He cleaned fish and cooked for the crew for 2 months. He was paid nothing and slept in the engine room. He says the skipper said he would hand him to the police if he left.""",
  "AV DE RM WW AC IT", "rm sw plc fa", "L", "h")
T("""Intel 2/C/P: Sri Lankan men on a scallop dredger in Scotland say the skipper has put a lock on the galley so they can only eat when he opens it. They haven't been paid since July.""",
  "AC WW", "", "L", "h")
T("""MCA inspection, Peterhead: Filipino crew have bunks, food, wifi, contracts with pay in line with the ILO convention, and their own documents. Crew manager is a licensed agency. No concerns.""",
  "", "", "", "l")
T("POI Li WEI believed to manage a group of Chinese men working in a seafood processing plant near Hull. Men live above a restaurant in cramped rooms and are driven to the plant by WEI at 5am. 3/C/P.",
  "AC", "oa ce et", "L", "m")
T("""Caseworker note: Romanian female, 30, worked at a packhouse, says the agency never paid holiday pay and once her pay was a week late. She left for a better job at a warehouse and took her documents with her. Wants to claim holiday pay through ACAS.""",
  "", "", "", "l")
T("""Farmer reports to police that a gangmaster has been turning up to collect 'his' workers' wages in cash; farmer has refused and insists on paying into the workers' own accounts. Gangmaster threatened the farmer. Workers say the gangmaster has told them they owe him £500 each for the trip from Bulgaria.""",
  "DB", "", "L", "m")
T("""Debrief (Albanian female, 18): "My boyfriend said we would go to London and he'd get work in construction. In London he said we need money and I must work in a flat. He gave me to his friends. I was 17 then. He watched my phone and took it at night." """,
  "AV DE IS", "iso", "S", "h")
T("""Police log: report from bus driver that a 12-year-old girl has been seen getting off the bus at 11pm at a farm labour camp, alone. Attended: girl lives with parents who are seasonal workers on the farm, she'd been to a friend's. Not working. No concerns.""",
  "", "", "", "l")
T("""Debrief (Pakistani male, 23): "The agent said I'd get a student visa and part-time work. I paid £9,000. In England I was sent to a chicken factory, 14 hours, then at night to clean the owner's house. I sleep at the owner's house on the floor. The owner said my visa will be cancelled if I go." """,
  "DE EO IT AV", "uf lh fa", "L D", "h")
T("""Worker at a free-range egg farm in Wales: the farm gave me a room in a shared house with 3 others. The rent is taken from my wage, about £90 a week. I have a contract and I can leave with 1 week's notice.""",
  "", "", "", "l")
T("""INT 2/B/P: two Bulgarian women working at a cut flower packhouse in Lincolnshire have not had a day off in 9 weeks. Their 'landlord' drives them to and from work and keeps their passports in his car. They've been told they owe £1,200 each for 'accommodation set-up'.""",
  "EO RD DB", "lh dt et", "L", "h")
T("Poultry farm worker says the boss texted him he'll be 'dealt with' if he tells the union anything. He keeps his own passport and pay.",
  "IT", "", "L", "m")
T("""Safeguarding, school nurse: Year 11 girl says she helps her parents at their farm on weekends, collecting eggs; she's paid pocket money and is doing well at school. No concerns.""",
  "", "", "", "l")
T("""Crimestoppers: at the blueberry farm near Ledbury the workers from Tajikistan are told that if they talk to the GLAA they will be sent home without pay. They live 10 to a caravan. The supervisor collects their phones at 6am.""",
  "IT AC IS", "oa iso", "L", "h")
T("""Intel 2/B/P: Romanian male 'Cristi' (20s) who recruits from Botosani, brings workers to a fruit farm in Kent, where they are told they owe £600 for transport. Cristi also 'sells' the workers to other gangmasters for £200 a head.""",
  "DB", "", "L", "m")
T("""Press summary: A farmer in Armagh was convicted of forced labour after keeping a Romanian worker in a windowless room for two years, paying him nothing and threatening to kill him. The victim was found malnourished by police.""",
  "AC WW IT", "plc pa", "L", "h")
T("""Police log: man found in a pig shed in Suffolk, says he is a tramp who sleeps there with the farmer's permission. Farmer confirms he gives him food and lets him sleep there in winter. No work involved.""",
  "", "", "", "l")
T("""GP: patient, Bulgarian, 33, farmworker, with back pain from lifting. She is employed directly, paid fairly, and can take time off. Physio referral.""",
  "", "", "", "l")
T("""Intel 3/C/P: Indian students said to be working 40+ hours at a farm in Kent on student visas; farmer pays cash; students seem happy. Visa compliance issue only.""",
  "", "", "", "l")
T("""Debrief (Eritrean female, 26): "In the house in Sheffield I cooked, I cleaned, I washed the children. The woman said I am family. No money. When I asked for money she said, you are lucky you eat. I could not go to the church because she said police will catch me." """,
  "WW AV IT", "fa", "D", "h")
T("""101 call: Brazilian man says he was promised work on a farm with housing by someone on WhatsApp, paid £300 deposit and the person disappeared. No job ever existed. Fraud, not exploitation.""",
  "", "", "", "l")
T("""INT 2/B/P: Slovak gangmaster brings Roma families to work in a packhouse in Derby; children under 16 seen on night shift. Families live 15 to a house. Gangmaster collects wages from the agency and hands out 'food money'.""",
  "AV WW AC", "oa ncw", "L", "h")
T("""Officer handover: visited a herb farm in Surrey after a report; workers shown round by manager, but when spoken to alone 2 women said they'd been told not to speak to police and that their pay goes to their 'sponsor'. Their passports are with the sponsor. Follow-up interview planned.""",
  "WW RD", "ncw dt", "L", "h")
T("i dont think im trafficked i just work a lot of hours on the farm cos its harvest, nobody is forcing me, my passport is in my drawer, if i want to go home i can",
  "", "", "", "l")
T("""Intel 2/A/P: Latvian man with mental health problems held at a caravan in a field in Essex; the caravan is locked from outside with a chain every night by 'Janis'. He is taken to work in the fields each day. Source saw him yesterday with a bloodied nose. He is there now.""",
  "AV RM PV", "rm pa", "L", "i")
T("""Debrief (Ghanaian fisherman, via Twi interpreter): "He says the captain said 3 months but it was 9. He says he sent money to his family only once, the rest 'the captain will pay at the end' and at the end he said there is no money because of the fuel. He says they took our phones at sea, and the captain said if you complain we leave you in Ghana with no pay." """,
  "DE WW IS IT", "iso", "L", "h")
T("""Salvation Army reception note: 3 Romanian men brought in from a leek farm in Lancashire. Each has a carrier bag with a change of clothes and nothing else; no coats, no phones. They say 'Marian' always did the talking with the farmer and the farmer paid Marian. They were given £25 each on a Sunday.""",
  "WW", "fpe sfw ncw", "L", "h")
T("""Police log: woman at the bus station in Hereford with a small rucksack, says she has just finished her 6-month season at a fruit farm and is going home to Kazakhstan. Lost her way. Helped to the coach. No concerns.""",
  "", "", "", "l")
T("""Intel 2/B/P: at a potato packhouse in Fife, the Lithuanian 'team leader' fills in the timesheets and bank details for all 18 workers in his crew and answers for them at the agency; staff noticed the same mobile number on all 18 files and the wages going to 5 accounts.""",
  "WW", "sfw ncw mbc", "L", "h")
T("""Debrief (Romanian male, 24, first person): "We came with nothing, only what we wore. He said you don't need clothes, I give you work clothes. The work clothes cost £60, taken from the first pay, also the boots. And the van every day £7." """,
  "", "fpe ppe ct", "L", "m")
T("""Transplant surgeon: a patient from London returned from a private clinic abroad with a kidney bought from a 'donor' who, according to the paperwork, is a 19-year-old Moldovan farm worker. Concern the donor was exploited. Referred to NCA.""",
  "", "", "O", "m")
T("""Fishing crew agency (licensed) in Cornwall sends a welfare officer to each boat monthly; crew from Ghana and the Philippines hold their own passports, sign for cash advances, and are flown home at contract end. Good practice example for training.""",
  "", "", "", "l")
T("""Online report: my friend works at a dairy in Cheshire, the farmer gets them up at 3, they finish at 9 at night, 7 days, they get one weekend a month off. He gets paid for it all and says its normal for dairy, but its mad hours""",
  "EO", "lh", "L", "m")
T("""Council environmental health: 17 mattresses in a 2-bedroom bungalow rented by a gangmaster to vegetable pickers; only belongings are a few bags. Workers say the gangmaster takes £50 each a week from their pay for the bungalow and drives them to work.""",
  "AC", "oa plc fpe et", "L", "m")
T("""Worker at a salmon farm in the Highlands says the company pays well, provides a flat and a car, and the only problem is the midges.""",
  "", "", "", "l")
T("""Intel 2/C/P: Albanian male arrested for a cannabis grow says the bosses told him his kidney would be taken if he did not pay off £15,000 for the lorry. Says he saw this done to another man in Belgium.""",
  "IT DB", "", "C O", "h")
T("""Witness statement (shopkeeper, Kings Lynn): "Every Friday a man comes in with a handful of bank cards and takes out money on all of them, then the workers from the farm come in later and he gives them a few notes each outside. I've seen him shout at one of them who asked for more." """,
  "WW", "mbc ncw", "L", "m")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh108.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, e in enumerate(E, 1):
        rec = {"id": "f108-%03d" % i}
        rec.update(e)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(E), "texts ->", out)
