#!/usr/bin/env python3
"""Builds fresh49.jsonl from hand-written texts and hand-assigned labels.
Each entry: (text, indicators, signs, exploitation, risk) using short codes below
(abbreviations only; every text and label is written by hand)."""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", slw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

T = []
def R(text, ind="", sig="", typ="", risk="l"):
    T.append((text, ind, sig, typ, risk))

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# ---------------- part 1 ----------------
R("INT 2/B/P. Hand car wash on Newport Rd, Cardiff (former petrol stn). Approx 8 males, believed Romanian/Albanian, working from 0700 until dark 7 days. Source states workers sleep in a portakabin at rear of site. One male known as 'SHEFI' collects all cash at end of day and workers do not appear to be paid directly. No vehicle seen taking workers away at night.",
  "AC EO WW", "slw plc lh ncw", "L", "h")
R("Caller to 101 states there's a man who 'answers every question for the lads' at the car wash by Tesco in Bridgend, wouldn't let one of them speak to her when she asked about his cut hand.",
  "", "sfw pa", "L", "m")
R("Seen a white transit pick up 6 or 7 lads from a house on Clase Road Swansea at like 5am every morning and bring them back gone 11 at night, they look knackered and thin. Been going on months. dont know if its anything",
  "", "cedl pa", "", "l")
R("Public report (online): the nail bar on Commercial St Newport, the girls never go out for lunch or nothing, I asked one if she wanted a coffee and the older woman said she is not allowed to leave the shop. they live upstairs i think. She looked about 15 tbh",
  "AV RM", "rmv slw", "L", "h")
R("Safeguarding referral – Cardiff Children's Services. Child A (15, female) has been reported missing four times in six weeks. On each return she has new clothes, a second phone and has been seen getting into cars driven by older males near Cardiff Central. School report she has said 'he's my boyfriend, he's 24'. Concerns around CSE.",
  "AV", "", "S", "h")
R("INT 1/A/P. POI: NGUYEN Van Thanh (DOB 03/11/1998). Located inside address on Ty Glas Ave, Llanishen during execution of warrant – cannabis grow across 3 rooms. Windows boarded, door padlocked from outside, no key inside. POI states he was brought to the house by car 'many weeks ago' and food is left by a man he knows only as 'Anh'. Says he owes money for his journey to the UK and must 'look after the plants until it is paid'.",
  "RM DB AC", "rmv plc", "C", "i")
R("Shop next door in Merthyr selling vapes got raided by trading standards, loads of illegal vapes. Proper dodgy owner but the lad working there is his nephew and goes home every night, nothing like that.",
  "", "", "", "l")
R("Call summary 101: caller reports her neighbour's adult son has been shouting and slamming doors at all hours in Abertillery. No injuries, no one at risk. Advised re council noise team.",
  "", "", "", "l")
R("Salvation Army caseworker note. Client (M, 34, Polish) states he was recruited in Gdańsk by a man offering construction work in Wales for £10/hour with accommodation. On arrival in Port Talbot he was told the rent was £80 a week and the 'agency fee' of £400 would come out of wages. He was paid £30 in a good week. A bank account was opened in his name but the card stayed with the landlord. He shared a three-bed house with 14 others, mattresses on floors. Left after a fall at the site when he was refused a hospital visit.",
  "DE DB WW AC", "uf ncw oc plc", "L", "h")
R("GLAA inspection note: labour provider supplying packhouse staff in Pembrokeshire. Payslips checked for 20 workers, all at or above NLW, holiday pay shown. Accommodation inspected – 4 persons per house, clean, own rooms. Workers hold own passports. Minor record-keeping issue re working time opt-outs, advice given. No indicators of forced labour.",
  "", "", "", "l")
R("the chinese takeaway on the high st in Pontypridd the cook sleeps in the kitchen on boxes i seen him through the back door at like 1am, hes always there dosnt matter what time, never seen him have a day off in 2 years",
  "EO AC", "slw lh plc", "L", "m")
R("INT 3/C/P. Rumour among regulars at a pub in Caerphilly that a local builder 'keeps foreigners in a caravan and doesn't pay them'. Source has no direct knowledge and could not name the builder or the site.",
  "", "", "", "l")
R("Debrief extract (via Vietnamese interpreter). She says that in Vietnam a woman told her she could work in a nail salon in England and earn enough to build a house for her parents. She says that she paid nothing at first but was told the journey cost $25,000 and she would pay it back from her wages. In Swansea she worked in the salon from 9 in the morning until 8 at night, every day. She says the owner's wife kept all the money 'to pay the debt' and gave her £20 each Sunday. She was not allowed to go out alone – 'the boss's son always came with me to the shop'. She says they told her if she spoke to police she would be sent to prison because she had no papers.",
  "DE DB EO WW RM IT AV", "lh ncw rmv et foa", "L", "h")
R("Officer handover: attended report of a vulnerable adult, male 52, with learning disability, living at a farm near Crickhowell. Neighbour says he has 'worked for the family for 20 years for his keep'. On visit he was in a static caravan with no heating, damp mattress, no toilet. He said he gets 'pocket money' on a Friday and the farmer 'looks after my bank book'. He has not seen his sister since 2015. Adult safeguarding informed, joint visit planned with GLAA.",
  "AV WW AC IS", "plc ncw iso", "L", "h")
R("A&E note, UHW: 17yo male attends with stab wound to thigh. Accompanied by older male who left before the patient was seen by the doctor. Pt from Lewisham, London; said he was 'staying with a mate' in Ely. Two phones in possession, one ringing constantly. Would not give an address. Police informed re possible county lines.",
  "AV PV", "pa", "C", "h")
R("Neighbour dispute, Barry. Caller says the family next door have 'loads of people living there'. On attendance: 3 generations of one family (grandparents, parents, 4 children) in a 3 bed terrace. All well, no concerns, normal family arrangement.",
  "", "", "", "l")
R("INT 2/B/P. County line 'MIKEY' running from Bristol into Newport (Pillgwenlly). Line holder believed to be in Bristol; local runners are 14–16 and are sent down by train. INT suggests one runner, nom 'LIL D' (15), was beaten with a belt after losing £400 of product and told he now owes the line £1,000.",
  "AV PV DB", "", "C", "h")
R("Bank alert (financial crime unit): 11 debit cards in different names used at the same ATM on Holton Rd, Barry within 20 mins on payday. Accounts opened within the last 3 months, all list the same address. Salaries paid in by a recruitment agency and withdrawn in full same day.",
  "", "mbc", "", "l")
R("Witness statement extract: 'I run the café across from the car wash. The lads there are in every morning for bacon rolls, they pay for themselves, they're cheerful, go home in their own cars. The owner Dylan pays them cash every Friday and I know he's legit because my nephew worked there for a summer.'",
  "", "", "", "l")
R("Help there is a girl in the flat above me in Splott, she was crying and screaming and saying she wants to go home and a man shouted shut up. The door is locked from outside I can see the padlock. Please send someone now",
  "RM", "rmv", "", "i")
R("School referral (Ysgol in Rhondda Cynon Taf): Year 10 pupil (14) has been absent on Mondays and Fridays, returns tired with cash and new trainers. Mother reports he goes 'to see friends in Swansea' at weekends. He was found at Swansea train station with a bag containing wraps of crack cocaine and £300. Pupil said 'they'll do my brother if I say anything'.",
  "AV IT", "", "C", "h")
R("INT 2/C/P. Address on Tredegar St, Risca: believed cuckooed. Occupant, female 44, heroin user, known to ASC. Three males from London staying at the address since approx 3 weeks. Occupant reportedly 'paid in gear' to let them deal from the flat and has been told she cannot have visitors.",
  "AV IS", "iso", "C", "h")
R("Kidney transplant patient, 58, admitted at Morriston under the renal team. Donor was his daughter, fully assessed under HTA living donor process. No payment involved.",
  "", "", "", "l")
R("Intel: POI KOWALCZYK Adam – Polish national, 30s, lives Cardiff. Recruits Slovak men from Roma communities for 'work in Wales'. INT suggests recruits told of factory jobs at £9/hr but instead placed on building sites and 'charged for everything – van, boots, hi-vis, room'. Workers reported never to get more than £50 a week after the deductions.",
  "DE WW", "ct ppe ncw", "L", "m")
R("tell the police please there r men sleeping in the garage behind the kebab shop on Caerau Rd, about 5 of them, no windows, i see them go in through the shop at night",
  "AC", "slw plc oc", "L", "m")
R("Debrief account, first person (written statement, translated from Albanian): 'I came to UK in back of lorry from Belgium. The man who arranged everything said I could work in a restaurant. When I arrive they put me in house in Newport with big plants, smell of cannabis. I stay there five months. I cannot go out, they bring food in bag every three days. When I ask for money they say you owe us £20,000 for the lorry and we know your family in Durrës. One time they hit me with a bar because some plants died.'",
  "DE RM DB IT PV", "rmv", "C", "h")
R("OIC update: male reported missing by his family in Poland found safe, working at a warehouse in Newport through a reputable agency. Has own phone and passport, lives in shared house with friends. Did not want to be in contact with his family. No further action.",
  "", "", "", "l")
R("Seen two young girls in school uniform getting in a taxi with the same older bloke every day at 3 outside Cathays high. They look scared. He gives them vodka",
  "AV", "", "S", "h")
R("Report from BAWSO caseworker: woman, 29, from Pakistan, married in Lahore and brought to Cardiff on spouse visa. Since arrival she has done all cooking, cleaning and childcare for her husband's extended family of 9. Not permitted to leave the house without her mother-in-law. Passport held by father-in-law 'so it doesn't get lost'. She has no money of her own. Husband hits her if the food is late.",
  "RM RD PV AV", "rmv dt ncw", "D", "h")
R("Pay dispute: Eastern European worker complained to ACAS he was paid £40 short for overtime at a meat plant near Merthyr. Employer corrected it in the next payroll. He has his own bank account and lives independently.",
  "", "", "", "l")
R("INT 2/B/C (do not disseminate outside MSHT unit). VRM CX19 ABC, grey Vauxhall Vivaro, seen dropping four females at a flat above a shop in Wind St, Swansea at 2200hrs and collecting at 0600. Females believed Romanian. Adverts on adult site linked to flat phone number. One female seen with a black eye.",
  "PV", "cedl et pa", "S", "h")
R("Call 999: woman says her friend texted 'help he won't let me out, they took my passport, Llanelli' then phone went off. Caller does not have full address. Units dispatched to trace phone.",
  "RM RD", "rmv dt", "", "i")
R("Hi I want to report my landlord he is always late fixing the boiler and keeps going on about putting the rent up. is that slavery?? lol no but seriously",
  "", "", "", "l")
R("GP note: new patient, female 41, Filipina, registered by her employer (a diplomat household in Cardiff Bay). Employer attended and answered most questions. Patient said quietly she works 'from 6 until everyone sleeps', has no day off, and her passport is 'with sir'. She has not spoken to her children in the Philippines for months because her phone was taken. Follow-up arranged alone with interpreter.",
  "EO RD IS", "sfw lh dt iso", "D", "h")
R("Press summary: Two men jailed at Cardiff Crown Court for forcing vulnerable British men to lay tarmac and block paving across South Wales. Victims, recruited from homeless shelters, were paid in alcohol and tobacco, lived in a horsebox and were beaten if they tried to leave.",
  "AV WW AC PV", "plc", "L", "h")
R("INT 3/D/P. Unverified social media claim that a 'human organs ring' operates from a clinic in Newport. No further detail, no names. Assessed as likely false.",
  "", "", "", "l")
R("Border Force note, Fishguard port: Two Romanian males travelling on foot passenger ticket bought by a third male who held both their ID cards and answered questions for them. Said they were going to 'a farm job' but did not know the name or address. Third male (RUSU Ion) has prior intel for labour exploitation.",
  "RD IS", "dt sfw iso", "L", "m")
R("INT 2/B/P. NRM referral received. Sudanese male (claims 17, age disputed) found in a lorry at Port Talbot. States he paid smugglers in Libya and was told he would have to work 'for the man in England' for a year to pay the rest. Placed with children's services.",
  "AV DB", "", "L", "h")
R("car wash in Ystrad Mynach all good, lads are paid proper the owner is my cousin, they got contracts and holidays, just saying because someone posted on facebook it was slavery",
  "", "", "", "l")
R("Victim account (first person, in English): 'My name is Precious, I am from Benin City. A lady from church said she can take me to London to do hair. She took me to a juju priest before, I swear oath that I will not run and I will pay 35,000 euro. In Cardiff they make me sleep with men in a flat in Grangetown, every night. Madam take all the money. If I do not pay, she said my mother will die because of the oath.'",
  "DE DB IT WW", "ncw", "S", "h")
R("Officer note: visited 3 bed terrace in Pontypridd after council HMO complaint. 11 adult males, all Romanian, all working at a local chicken factory via an agency. Mattresses in every room incl. lounge. Each pays £60 pw rent to an agency man who also drives them to work for £5 a day. Workers had their own bank cards and passports; said they could leave but the agency 'gives us the work'.",
  "AC", "oc plc ct", "L", "m")
R("POI: JONES Kyle (DOB 12/04/2001). INT suggests he is supplying crack cocaine in Aberdare on behalf of a Cardiff OCG and uses local vulnerable adults' flats to store drugs. 2/C/P.",
  "AV", "", "C", "m")
R("Hi my girlfriend has lost her passport on a night out in Cardiff, she's an Indian student at Uni, how do we report it. Thanks",
  "", "", "", "l")
R("Farm near Cowbridge – caller says workers picking veg are 'always in the field from when it gets light till it gets dark' and the foreman shouts at them. Caller thinks they're bussed in from Bridgend. No further info.",
  "EO", "lh", "L", "m")
R("INT 2/B/P. Female known as 'MAMA J' controlling at least three Nigerian women working in pop-up brothels in Cardiff and Newport. Women moved every 7–10 days between Airbnb flats. INT suggests women are told they owe 'fees' for flights and rent that increase weekly.",
  "DB", "", "S", "h")
R("Probation note: service user reports his cellmate on release was 'picked up at the gate' by men from Birmingham who said he owed them for his canteen and would be working it off on a line in Swansea. Service user concerned for him; cellmate has ADHD and low literacy.",
  "AV DB", "", "C", "h")
R("Call 101 — woman in Maesteg says a man has been sleeping in his car on her street for a week. He's polite, says he's between jobs. No other concerns. Referred to housing outreach.",
  "", "", "", "l")
R("Care home, Vale of Glamorgan — CQC/CIW whistleblower: overseas carers on sponsored visas say the agency that recruited them in Kerala charged them £12,000 'certificate of sponsorship fee' and tells them if they resign the visa will be cancelled and they will owe the full amount back. Carers working 70-80 hrs/week and sharing rooms four to a room in a house owned by the home manager.",
  "DB IT EO AC AV", "uf lh oc", "L", "h")
R("INT 1/B/P. Vietnamese female, approx 16, found by officers at nail bar in Caerphilly during licensing visit. No ID. Staff said she was 'a niece visiting'. She had no phone and did not know the address where she slept. Taken into police protection.",
  "AV IS", "iso", "L", "i")
R("the pakistani restaurant in Rumney where my son washes dishes pays him minimum wage and gives him his tips, hes 19, goes to college, no issue at all just wanted to say after your campaign on telly",
  "", "", "", "l")
R("Interview (via Romanian interpreter): he says he was met at Luton by a man called Marian who took his ID card 'to register him with the agency'. He never got it back. He worked at a recycling plant in Newport sorting rubbish by hand 12 hours a day. He says that the gloves and boots were taken from his pay and that Marian kept his bank card.",
  "RD EO WW", "dt lh ppe ncw", "L", "h")
R("Please check the massage place on City Rd Cardiff, open til 2am, girls never leave and men in and out all night. there was a Chinese lady crying outside and a man dragged her back in by the arm",
  "RM PV", "rmv", "S", "h")
R("Bank: customer, 19, Slovak, came into branch with a man who spoke for him and asked to change the address and phone on the account to the man's. Customer seemed nervous and did not know his balance. Staff refused and flagged.",
  "", "sfw ncw", "", "l")
R("INT 2/B/P. Cannabis factory, Brynmawr. Two Vietnamese males arrested leaving address. One male, appears young (15–17), was wearing sliders and had no coat. States he had been in the house 'since the leaves were small'. Electrics bypassed and exposed cables in rooms where males slept.",
  "AV AC", "slw plc", "C", "h")
R("Nothing wrong at all at the farm at Llanfair, I know people said on Facebook about workers being kept there but they are students from Ukraine on seasonal visas, they get paid weekly into their own bank and go to Carmarthen on the bus at weekends.",
  "", "", "", "l")
R("Referral from Barnardo's: boy, 16, from Tower Hamlets, found in a flat in Port Talbot with three older men. He had £1,200 in cash, 40 wraps and a 'burner'. He said he has to stay until the 'shotting' is done and that they took his own phone so his mum can't track him. He has been missing from home for 9 days.",
  "AV IS RM", "iso rmv", "C", "i")
R("INT 2/B/P. Male known as 'GEORGE' (Albanian) believed to be running a hand car wash network across Valleys (Tonypandy, Treorchy, Porth). Workers are driven between sites in a van by George and do not appear to have their own transport. Source reports workers are charged £10/day for the lift.",
  "", "et ct", "L", "m")
R("Woman reported her husband to police for assault; he pushed her into a wall during an argument in Llanishen. She works as a teacher, has her own money and access to her documents. DA case, DASH completed.",
  "", "", "", "l")
R("Debrief extract (Eritrean male, 19, via Tigrinya interpreter): he says he was held in a warehouse in Libya until his family paid, and that 'they took a kidney from a man in the next room who could not pay'. He himself was not operated on. He arrived in the UK via small boat and has been working at a takeaway in Swansea where he is paid properly.",
  "", "", "", "l")
R("hi theres a massive house party every weekend in Gorseinon, teenagers drunk everywhere, one girl was sick in my garden. parents dont care. can police do something",
  "", "", "", "l")
R("Safeguarding (Newport Adult Services): 63-year-old man with early dementia; his nephew has moved in and collects his pension every week. The man says he 'doesn't get to see the money' but has food and heating. No labour or other exploitation described. Financial abuse referral opened.",
  "", "ncw", "", "l")
R("INT 2/B/P. Chinese females working in brothel at a residential address in Riverside, Cardiff. INT suggests females are not allowed to leave the premises except with a driver, and are moved between Cardiff, Bristol and Swansea every fortnight. Phone number on adverts: 07700 900 412.",
  "RM", "rmv et", "S", "h")
R("Debrief statement (first person, via Polish interpreter, summarised): 'In the beginning the man was nice, he bought me food and cigarettes when I was on the street in Wrocław. He said in Wales there is work in the meat factory and a room. When we came, he took my passport to make the bank. I worked nights, 6 nights. The money went to the card he has. He gave me maybe £20, £30. If I ask, he says first you pay the flight and the room. The room was a garage with five men. I had nothing, only what I wear.'",
  "AV DE RD WW DB AC", "dt ncw oc plc fpe", "L", "h")
R("Found two teenagers (both 16) begging outside Queen St station with a sign, adult male watching from a bench and took the cup off them every half hour. When approached he said he was their uncle. Children's services called.",
  "AV WW", "ncw", "C", "h")
R("INT 3/C/P. Anonymous: a local man in Ebbw Vale 'has got a Thai wife he keeps in the house'. No further detail on conditions or control. Previous police visit to the address 2024 found wife well, working part time at a supermarket.",
  "", "", "", "l")
R("ring police! my mates little sister (14) went off with a lad in a black golf to Bristol tonight, hes 20 something and keeps giving her bags of weed to sell at school. she said he told her shed get hurt if she didnt",
  "AV IT", "", "C", "i")
R("Fishing vessel inspection, Milford Haven: crew of 6 (Filipino and Ghanaian) on transit visas. Crew said they had not been paid for 7 months, wages 'held by the agent in Manila until the end of contract'. Sleeping quarters leaking and cramped. Passports held by the skipper.",
  "WW RD AC", "dt plc ncw", "L", "h")
R("Call summary: man in Swansea rang to say his employer, a roofing company, hasn't paid him last week's wages because 'the client is late paying'. He has his own account, lives at home and is looking for another job. Advised ACAS.",
  "", "", "", "l")
R("Intel log: subject PETRE Costel, Romanian, owns two properties in Newport used as HMOs. Workers placed at a chicken processing plant through an agency. INT suggests Petre holds about 30 bank cards for tenants and withdraws their wages at Spar on Corporation Rd each Friday. 2/B/P",
  "WW", "mbc ncw", "L", "m")
R("Midwife note: 20yo Romanian woman at booking, 22 weeks, accompanied by 'boyfriend' who would not leave the room and answered for her. She has bruising to upper arms. When alone briefly she said she 'works in a flat' and he takes the money. Concern re sexual exploitation; referred to safeguarding.",
  "PV WW", "sfw pa ncw", "S", "h")
R("I live opposite a house on Heol Fach and there is a man always driving a minibus there early in the morning, about 6, with men in work clothes, they come back at 5. Looks like normal building work to me, just curious",
  "", "", "", "l")
R("NRM form background (summarised): Potential victim, Albanian female, 23. Met a man online who said he loved her and would marry her in England. On arrival in Swansea he told her she had to work 'in a club' to pay back the journey. She was made to see men in a flat, he raped her when she refused, and he showed her photos of her younger sister's school on his phone.",
  "DE DB PV IT", "", "S", "h")
R("INT 2/B/P. Takeaway, Llanelli. Indian males working as chefs on Skilled Worker visa. INT suggests owner took £8,000 from each for 'sponsorship' and requires them to work 6 days 14 hrs for £200 a week and live above the shop, 4 to a room.",
  "EO AC", "uf lh oc slw", "L", "h")
R("Council licensing inspection: nail salon, Bridgend town centre. Two technicians, both with right to work; one unregistered for special treatment licence. Advice given. No welfare concerns.",
  "", "", "", "l")
R("Police handover: arrested 4 males in Swansea for shoplifting meat and alcohol from supermarkets on Kingsway; all Romanian, say a man called 'Bogdan' drops them off each day and takes the goods. They say they live in his house and 'work for him' to pay for their travel. One says Bogdan kicked him when he came back with too little.",
  "DB PV", "et", "C", "h")
R("my neighbour had some polish builders doing her extension, really nice lads, they stayed in a B&B in Penarth paid by their firm, all above board",
  "", "", "", "l")
R("Social worker (Carmarthenshire) note: Young person (17, care leaver) disclosed he has been 'working for' a man in Llanelli who gave him a place to stay after he became homeless. He drives to Cardiff to collect packages and is told he owes £600 for the room. He has been hit once with a phone. He is afraid to go to police because 'they'd nick me'.",
  "AV DB PV", "foa", "C", "h")
R("INT 1/A/P. Cleaner, female, Indonesian, employed in private household of a foreign national in Lisvane, Cardiff. Source (neighbour's domestic staff) states female works 0600–2300, sleeps on the kitchen floor, is not allowed out of the house and has been seen through the window being slapped.",
  "EO AC RM PV", "lh slw rmv", "D", "h")
R("GLAA inspection: labour provider supplying workers to a Deeside warehouse. Workers told they must pay £250 for 'training and registration' before starting. No other concerns identified; workers paid correctly thereafter and have their own accommodation. Licence condition breach.",
  "", "uf", "", "l")
R("pls help a woman on the caravan site near Porthcawl says her husband's family make her do all the cleaning in 3 caravans and she isn't allowed to phone her mum in Ireland, they took her phone",
  "IS", "iso", "D", "m")
R("Officer note: visit to Pakistani restaurant in Cardiff (welfare check re ICE intel). Five kitchen staff on visas. All spoke freely with interpreter, have own passports, contracts and payslips, rent own rooms. Owner co-operative. No indicators.",
  "", "", "", "l")
R("INT 2/C/P. Male, Slovak, 40s, seen at food bank in Splott wearing a factory hairnet. Told volunteers he works at a bakery via 'a Slovak man' and is paid £100 a week for 60 hours, and that he lives in a house with the man. Not known whether free to leave.",
  "EO", "lh", "L", "m")
R("Public report: I think a girl is being pimped out from the hotel on the A470 at Nantgarw, shes about 16, every weekend different older men go to the room, the same bloke drops her in a silver BMW",
  "AV", "et", "S", "h")
R("Statement from worker at a waste recycling site in Neath (through Bulgarian interpreter): he says he was promised driving work but made to sort waste by hand without gloves, that needles and broken glass cut his hands, and that the supervisor took his ID card and told him he would only get it back after 3 months.",
  "DE AC RD", "dt pa", "L", "h")
R("Domestic abuse incident, Port Talbot: female, 35, reports ex-partner sending threatening texts. She lives independently with her children. No exploitation concerns.",
  "", "", "", "l")
R("INT 2/B/P. ANDREI Florin and wife run a 'begging operation' in Cardiff city centre, placing disabled Romanian men outside shops. INT suggests the men are housed in one room and hand over all takings each evening. One man has an amputated leg and has been seen being carried to his spot.",
  "AV WW AC", "ncw et", "C", "h")
R("There's a lad in my son's class who's always got money and new phones and the older boys from Caerau pick him up on bikes. Son says he 'carries stuff for them'. He's 13.",
  "AV", "", "C", "h")
R("A&E: female, 24, Vietnamese, attends UHW with burns to forearms consistent with hot water/chemicals. Accompanied by a male who said he is her 'manager' at a nail bar. Patient appeared frightened and did not want police. Left before treatment complete with the male.",
  "", "pa sfw foa", "L", "m")
R("INT 2/B/P. Cuckooing – address in Blaenavon. Occupant, male, 58, alcohol dependent. Males from London have taken over front room to deal from. Occupant told he will be 'stabbed up' if he calls police and is made to stay in his bedroom when customers call.",
  "AV IT RM", "rmv", "C", "i")
R("Hello, I'm writing as the manager of a hand car wash in Newport. We've been getting abuse online saying we're slavers. All 6 of our staff are employed, paid NLW by BACS, have days off and their own addresses. Happy for police or GLAA to visit any time.",
  "", "", "", "l")
R("Organ trading – NCA summary passed to force: Cardiff resident (Pakistani heritage, 40s) believed to have travelled to Lahore and paid for a kidney from an unrelated donor recruited from a brick kiln, the donor being told he would be paid £2,000 but receiving a fraction after surgery.",
  "AV DE", "", "O", "h")
R("INT 3/C/P. 'Someone said' there are girls kept in a house on Cowbridge Rd East. Source not able to say how many, who, or give a number. Previous police visit found it to be a student house.",
  "", "", "", "l")
R("Call 101 – landlord of an HMO in Swansea SA1 says one of his tenants, Eritrean male, has been 'taken' by men who turned up in a van, the tenant owed them money from the crossing. Tenant back the next day unharmed, said they had 'talked'. Caller concerned. Log for intel.",
  "", "", "", "l")
R("Charity (New Pathways) note: client (female, 31, British) disclosed her ex-partner made her sleep with his friends in exchange for drugs for him and locked her in the bedroom for days in their flat in Caerphilly. She left 2 months ago and is now in refuge.",
  "PV RM AV", "rmv", "S", "h")
R("Au pair, 20, Spanish, contacted helpline: host family in Penarth. She looks after 3 children and does all the cleaning. She says she has her own room, her passport and is paid £100 a week as agreed, works about 30 hours. Wanted advice about whether she can take a weekend off to see a friend – family said yes.",
  "", "", "", "l")
R("INT 2/B/P. Police stop VRM WN68 XYZ on M4 near Port Talbot. 5 males in vehicle, all Vietnamese, none with ID. Driver (British) said he was taking them to 'a job in Cardiff'. Males appeared frightened, had no luggage and did not know where they were going.",
  "IS", "fpe foa iso et", "", "m")
R("Debrief (first person, Sudanese male, 22): 'At the car wash in Swansea I work from 7 until 9, I sleep in the back room on a sofa. The boss he says you have no papers, if police come they will send you back to Sudan, so you stay inside when police car passes. He gives me £150 each week. Sometimes less.'",
  "AV EO IT AC", "lh slw foa", "L", "h")
R("OFFICIAL-SENSITIVE. Strategic note: seasonal increase in reports to 101 relating to car washes in Gwent following a local TV feature. Of 22 reports reviewed, 19 were assessed as no exploitation on visit (legitimate businesses, workers paid), 3 referred to GLAA.",
  "", "", "", "l")
R("the lads at the jet wash by the roundabout in Cwmbran are never paid they said the boss will pay them 'when the business is better', been 4 months, they eat at the mosque",
  "WW", "", "L", "m")
R("INT 2/B/P. Female, Romanian, 19, advertised on AdultWork with photos taken at a flat in Newport. INT suggests her 'boyfriend' (POI STAN Marius) set up the adverts, holds the phone used for bookings and keeps her earnings. She has been seen with bruising to the face.",
  "WW PV", "ncw pa", "S", "h")
R("School nurse note: Year 8 girl, 12, says mum's new partner makes her clean the whole house every night and cook for his brothers, she doesn't have time for homework and gets hit with a belt if it's not done. Child protection referral.",
  "AV PV", "", "D", "h")

# ---------------- part 2 ----------------
R("Car wash Caerau – lads say the boss keeps their passports 'in the safe in case of immigration'.",
  "RD", "dt", "L", "m")
R("INT 2/B/P. Nom 'TIKO'. Supplies Albanian workers to cannabis grows in Gwent. INT suggests workers told in Tirana they would be doing painting and decorating in London.",
  "DE", "", "C", "m")
R("Call 101 from shop owner, Tonypandy: a boy about 12 came in asking for 'lots of cling film and bags', paid with a £50 note, a man waited outside in a car with engine running.",
  "", "", "", "l")
R("woman upstairs from me in Bettws never goes out, her husband does the shopping, I hear her hoovering 16 hrs a day for his whole family. she doesn't speak English. Saw her crying on the balcony, she pointed at the door and made a key turning motion",
  "RM EO AV", "rmv lh", "D", "h")
R("Debrief (first person, through Mandarin interpreter): 'They said the job was in a restaurant kitchen. After three days they told me the kitchen was closed and I must do massage. I said no. The man said I owe 80,000 yuan for the visa and I can pay by kitchen in ten years or by massage in one. He kept my passport. There was no choice.'",
  "DE DB RD", "dt", "S", "h")
R("Student from Nigeria at Swansea Uni contacted police because her landlord kept her deposit. She has her passport, works part-time at a café and is paid. Civil matter, advised Shelter Cymru.",
  "", "", "", "l")
R("Referral from Cardiff Council housing: family of 5 (Roma, Slovak) in a 2-bed flat in Adamsdown. Father works at a car wash, says he's paid £70 a day cash by the owner, hours 8–6, Sundays off. Housing overcrowded but arranged by the family themselves. Not an exploitation concern; housing referral made.",
  "", "", "", "l")
R("INT 1/B/P. Male, Indian national, employed as chef at a restaurant in Caerphilly. States his employer threatened to report him to the Home Office and have him deported if he complained about not being paid for the last 3 months. Lives above the premises.",
  "IT WW AV", "slw foa", "L", "h")
R("fishing boat at Swansea marina crew never come ashore. skipper is always on deck watching them. saw one lad being pushed into the cabin",
  "RM PV", "rmv", "L", "h")
R("Interpreter-assisted account: she says the man who brought her from Hanoi told her to call him 'uncle'. She says that 'uncle' made her clean his house in Newport and look after his children all day and night. She says she slept in the utility room and was never given money, and the door to the garden was always locked.",
  "RM WW AC EO", "rmv slw lh", "D", "h")
R("Hotel, Cardiff Bay – housekeeping staff supplied by an agency. HR manager contacted police because two room attendants told her they have to give their first month's wages to the agency supervisor 'to pay for the job'. Supervisor also drives them and charges £15 a day.",
  "WW DB", "uf ct ncw", "L", "m")
R("INT 2/C/P. POI BALOGUN Femi. Suspected of recruiting young women via Instagram promising 'promo model' work in Cardiff clubs. Once in UK, women told they must entertain clients in private.",
  "DE", "", "S", "h")
R("Public report: 'Hi, my 16yo son has been getting messages on snap from a man asking him to do drops in Swansea for £100 a day. He hasn't done it. We've blocked the account.' Screenshots attached.",
  "", "", "", "l")
R("999: male caller in Ely, Cardiff says two men have come to his flat, one has a machete, they say they're 'taking over' and he has to hold their stuff. They are in the flat now. Caller whispering.",
  "IT RM AV", "rmv", "C", "i")
R("Licensing check, hand car wash Pontypool: 4 staff, all with contracts and payslips; 2 had no safety footwear. Advice on PPE given. Employer provides boots free of charge going forward.",
  "", "", "", "l")
R("Safeguarding adult referral (Swansea Bay UHB): male, 47, homeless and alcohol dependent, admitted with malnutrition. Says he has been 'helping a man with his scrap metal business' for a year for cider and a shed to sleep in. Says the man hit him with a spanner when he asked for money and took his bank card 'to look after'.",
  "AV WW PV AC", "pa plc ncw", "L", "h")
R("INT 3/C/P. Reports that a Vietnamese nail bar in Neath 'looks dodgy'. No specifics. Visit by PCSO found workers were the owner's family, paid, living at home.",
  "", "", "", "l")
R("Intel: girls aged 14-15 from a children's home in Merthyr being taken to parties in Cardiff by men with a grey Audi VRM FG71 ??? – girls given alcohol and cocaine, one disclosed being 'passed around'. 1/B/P",
  "AV PV", "et", "S", "h")
R("Kalayaan caseworker note: domestic worker (Kenyan, 38) came to UK with employer's family on an overseas domestic worker visa. Employer in Cardiff took her passport at the airport. She worked 7am to midnight caring for 4 children and an elderly parent, no day off in 8 months. Salary 'paid to her agency in Nairobi' – she has never received it. She escaped when taking the children to a park.",
  "RD EO WW", "dt lh ncw", "D", "h")
R("Took my car to the wash in Cathays and the lad doing it had no coat, no gloves in the snow, looked about 16, another fella barked at him in another language. just felt wrong",
  "", "pa", "", "l")
R("Officer note: fire service referral re a flat above a takeaway in Tredegar – 8 beds in 2 rooms, blocked fire exit, extension leads daisy-chained. Occupants all work in the takeaway and a sister business. Manager owns the flat and deducts 'rent' of £100 pw from each. Workers said they're paid the rest and can come and go.",
  "AC", "oc plc slw", "L", "m")
R("POI: ROSCA Alin, 26. Believed to be controlling 3 Romanian females selling sex from a flat in Newport. INT: females 'hand over everything' and are told they owe him £5,000 each for flights and 'protection'. 2/B/P",
  "WW DB", "ncw", "S", "h")
R("Saw an ad on Gumtree: 'cleaners wanted, accommodation provided, no English needed, pay £300 to start' with a Cardiff phone number. Thought you should know.",
  "", "uf", "", "l")
R("GP note: patient (M, 29, Pakistani) presented with back injury from lifting at a warehouse. Agency worker, paid, lives with wife. No concerns.",
  "", "", "", "l")
R("INT 2/B/P. County line 'BANDO' Bristol → Bridgend. Uses 2 local girls (15 and 16) to carry drugs 'plugged' on trains. INT suggests they are given cocaine and told they owe for it.",
  "AV DB", "", "C", "h")
R("Victim account (first person, English): 'I am from Eritrea. In Sudan I meet a man who said for $3,000 he will arrange everything to England. In the camp in Libya they said pay more or we take your kidney. My friend Yonas could not pay, they took him to a hospital and came back with a cut here [points to side]. They sold it. They gave him nothing.'",
  "AV IT", "", "O", "h")
R("Public report: the sweet factory in Treforest, the workers are bussed in at 5 and out at 7 at night, the agency is well known for that. They look alright though",
  "", "cedl", "", "l")
R("Call 101: woman in Llanelli worried her Filipino friend, a carer at a home, is being 'overworked' – doing 60 hours some weeks. Friend is paid for all of it, has her own flat and passport and chose the overtime. Advice given.",
  "", "", "", "l")
R("INT 2/B/P. Construction site, Cardiff city centre. Subcontractor employs Ukrainian and Moldovan labourers. INT suggests workers are paid in cash by a 'brigadier' who keeps half, and that they have not had a day off since arriving in March. They sleep in a rented house where the brigadier also lives.",
  "WW EO", "lh ncw", "L", "m")
R("Mum worried her daughter, 17, has an 'older boyfriend' in Cwmbran who turns up at 2am and takes her to 'parties'. Daughter returned this morning with bruises and won't talk.",
  "AV PV", "pa", "S", "h")
R("Airport note (Cardiff Airport, Border Force): Female, 22, Albanian, arriving from Tirana. Said she was coming to work as a waitress but could not name the restaurant. Her return ticket and hotel booking paid by a man she met on Facebook two weeks ago. Phone messages with him refer to 'work with clients'. Referred to safeguarding team.",
  "DE", "", "S", "h")
R("Seen a man at the ATM in Queen St with a stack of bank cards taking money out, about 15 cards, twice this week, Fridays",
  "", "mbc", "", "l")
R("Debrief extract (summarised, Slovak male, 51, via interpreter): he says he was promised work in a 'meat factory' with accommodation and that the man – known as 'Palo' – met him at Cardiff coach station. He was taken to a farm near Abergavenny where he cleaned animal sheds. He says Palo kept his ID card 'for the contract', paid him only for cigarettes and said he still owed for the bus ticket from Košice. He was told that if he ran the police would arrest him because he had no papers. He slept in a barn with two other Slovak men.",
  "DE RD WW DB IT AC AV", "dt ncw plc foa", "L", "h")
R("Anti-social behaviour report: youths on scooters in Sandfields, Port Talbot, racing around at night. No further info.",
  "", "", "", "l")
R("Midwife: patient 30, Chinese, pregnant, says she works in a restaurant kitchen in Swansea, has maternity leave planned with her employer. Husband supportive. Nothing of concern.",
  "", "", "", "l")
R("INT 2/B/P. Nail bar, Pontypridd. Young Vietnamese female employee seen being driven to and from work by the owner each day; does not appear to go anywhere alone. Source says she 'looks terrified' when customers speak to her.",
  "RM", "rmv et", "L", "m")
R("NGO (Unseen) helpline summary: caller is a Romanian man in Newport working at a car wash. He says the boss 'pays us when he feels like it' and that after 2 months he had received £200. He is allowed to leave but has nowhere to go and the boss keeps the rest of his wages 'until he leaves'.",
  "WW", "ncw", "L", "m")
R("Caller in Abergavenny reports a farm worker fell from a trailer and hurt his arm, ambulance called. Farm manager called it in himself, worker is local and employed directly. Not suspicious.",
  "", "", "", "l")
R("INT 2/B/P. Hotel in Swansea used for child sexual exploitation: 15yo girl (CIC, missing from placement in Neath) was taken there by two males and sexually assaulted. Males believed to be 'pimping' her via Snapchat.",
  "AV PV", "", "S", "h")
R("Report via website: 'I work for a cleaning company in Cardiff and the manager takes our bank cards and gives us 50 quid a week and says the rest is for rent. Please do not tell him I wrote this, he says he knows people in Romania who will hurt my family.'",
  "WW IT", "ncw", "L", "h")
R("Intel: elderly man in Blackwood, his carer (agency) has been using his debit card for her own shopping. Financial abuse. No exploitation of labour. 2/B/P",
  "", "", "", "l")
R("Police log: welfare check on a house in Maerdy after 'shouting in a foreign language'. Found a Polish couple arguing about money. Both work at a local factory and are paid. Words of advice.",
  "", "", "", "l")
R("Forced marriage unit referral: girl, 16, from Newport, told by parents she will be married to her cousin in Bangladesh during the summer holidays; her passport has been taken by her father. She is frightened to tell anyone at home.",
  "AV RD", "dt", "", "h")
R("INT 1/A/P. Brothel at a house in Grangetown, Cardiff. Source states 4 Thai females, never leave the house, food delivered, a man with a key comes daily to collect money. One female told source she has to pay £40,000 and 'will be finished in 2 years'.",
  "RM DB WW", "rmv ncw", "S", "h")
R("He works 12 hrs a day 6 days a week at the shop but that's his own choice, it's his own shop! Neighbour keeps calling 101 on him, please stop sending officers.",
  "", "", "", "l")
R("Caseworker (Migrant Help) note: Client (female, 26, Ghanaian) – was brought to UK by her aunt to 'go to college'. Instead she cooked, cleaned and cared for the aunt's children in Newport for 3 years. She was not sent to college. Aunt said her visa would be cancelled if she told anyone. No wages; aunt said she was 'family' and family do not get paid.",
  "DE WW IT AV", "", "D", "h")
R("ppl living in a lock up in the industrial estate in Pyle. They work at the sofa factory next door, I see them walk in at 6am. Theres a bucket for a toilet",
  "AC", "slw plc", "L", "m")
R("INT 2/C/P. Unconfirmed: a British male in Merthyr is 'renting out' his disabled brother's bank account to fraudsters for money mule activity. Brother has learning disability and is reportedly unaware.",
  "AV", "ncw", "C", "m")
R("OIC note: male, 34, Vietnamese, found working at a cannabis grow in Barry during warrant. Disclosed he travelled to UK to work and pay off a 'family debt' in Vietnam to a lender who arranged the trip. Had his own phone, had been allowed to leave the house and shop. Not clear on control. NRM offered, declined; DtN submitted.",
  "DB", "", "C", "m")
R("someone needs to check the car wash on the A48 in Llanelli, there was a guy with a plastic bag on his feet and his hands were cracked and bleeding, the manager was shouting at him",
  "AC", "pa", "L", "m")
R("Witness statement (section 9, extract): 'I was a driver for the agency for 3 months. My job was to collect the workers from the house in Gorseinon at 4:30 and bring them to the factory in Llanelli for 5. I brought them back at about 9pm. The boss told me not to let them stop at the shop on the way. One evening one of the workers, a lady from Moldova, told me in broken English “no money, 3 month”. I didn't say anything because I needed the job.'",
  "RM WW EO", "cedl et rmv lh", "L", "h")
R("Organ: Welsh Renal Network flag – patient, 61, from Newport, returned from overseas with new kidney transplant bought privately in a country where paid donation is illegal. He says the donor was 'a poor young man who was paid'. Referred to NCA for awareness.",
  "", "", "O", "m")
R("Young carer, 14, in Ammanford looks after her mum who has MS – cooks, cleans, helps with meds. Supported by young carers service. Not exploitation.",
  "", "", "", "l")
R("INT 2/B/P. Subject TRAN Van Hung runs 3 nail bars in South Wales (Cardiff, Bridgend, Newport). INT suggests staff – some appear under 18 – live in a flat above the Bridgend shop, do not speak English and are not allowed to talk to customers. Passports believed held by Tran.",
  "AV RD", "dt slw", "L", "h")
R("yo my cousin got offered a job on snap 'earn 2k a week' u just got to drive to swansea and pick up a bag, hes 17. we told him no",
  "", "", "", "l")
R("Charity (TARA/BAWSO) note: woman, 33, Thai, trafficked to Wales via marriage to a British man she met through an agency. Since arrival in Aberdare he has made her have sex with his friends for money, which he keeps, and threatened to have her deported if she leaves. She has no access to her passport or bank account.",
  "PV WW IT RD AV", "dt ncw", "S", "h")
R("Call summary: a man from Newport rang because his employer (bathroom fitting) pays only £8/hour cash which he thinks is below minimum wage. He lives with his partner, has his documents and can leave. Referred to HMRC NMW team.",
  "", "", "", "l")
R("INT 2/B/P. Romanian family in Swansea running a begging and shoplifting group. Children (8 to 13) believed used to steal from shops in the Quadrant. Children not attending school. Adult female collects goods.",
  "AV", "", "C", "h")
R("Public report: lads from the car wash go back to a house on Aberdare Rd, all 12 of them, one car between them, the boss drives it, they never go anywhere else even at weekends",
  "RM", "oc et rmv", "L", "m")
R("NRM referral, summary: adult male, Polish, 45, alcohol dependent, recruited outside a soup kitchen in Poznań. Brought to Cardiff, made to work for a gang master at a chicken factory. His wages were paid into an account opened by the gang master with the card kept by them; he was given food and vodka. Bruises seen when he was found.",
  "AV WW", "ncw pa", "L", "h")
R("My son is 15 and I've found him with £500 and a second phone. He says he's doing nothing wrong and a lad called 'K' from London is his mate. He's been going missing for days.",
  "AV", "", "C", "h")
R("INT 2/B/P. Cannabis grow discovered in a commercial unit in Bridgend. No occupants found. Sleeping bag and food in a back office. Electricity abstracted.",
  "", "", "", "l")
R("Inspection (GLAA) – shellfish processing, Burry Port: workers all directly employed, full payslips, no deductions except tax/NI. Canteen, lockers. Accommodation not provided. No concerns.",
  "", "", "", "l")
R("Debrief (first person): 'I was 15 when I started selling for them in Newport. They gave me a phone and a bag. If I came back short they said I owe, if I don't pay they beat me. Once they put my hand on the cooker. They said they know where my nan lives.'",
  "AV DB PV IT", "", "C", "h")
R("Cleaning job advert on Facebook in Welsh and English offering live-in domestic work in Cyncoed, 'must be willing to work any hours, no days off first 3 months, passport held by employer'. Reported by member of public.",
  "", "", "", "l")
R("Police note: welfare check on an elderly Indian lady who lives with her son's family in Riverside. Neighbours said she does all the cooking. She said she loves to cook, she goes to the temple twice a week with friends. No concerns.",
  "", "", "", "l")
R("INT 2/B/P. Slovak male (POI: HORVATH Jan) recruiting men from his village for 'construction jobs' in Newport. On arrival their ID cards are taken, they are housed 8 to a room and are told they owe £600 each for transport and the room. Men are driven to sites at 0600.",
  "RD DB AC", "dt oc cedl et", "L", "h")
R("Shouting coming from the takeaway kitchen in Morriston, sounds like someone getting hit, it happens every few nights. The cook is only young",
  "PV", "", "", "h")
R("Debrief (via Arabic interpreter): he says he is from Sudan and worked at a hand car wash in Newport for 6 months. He says the owner told him he would be paid £50 a day but he was given £100 for the whole month. He says he was shown a video on the owner's phone of a man being beaten and told 'this is what happens to people who talk'.",
  "DE WW IT", "", "L", "h")
R("Call: daughter reports her mum (72) being pressured by a cold-caller to pay for unnecessary roof repairs in Penarth. Rogue trader. No exploitation of workers.",
  "", "", "", "l")
R("INT 2/B/P. Takeaway in Aberdare staff: two Bangladeshi men on visitor visas working 7 days a week, 11am to 2am. Owner pays them in food and a room above the shop. Owner's cousin reportedly said 'they'll work till they've paid for their visas'.",
  "EO WW DB", "lh slw", "L", "h")
R("Social media screenshot forwarded to police: advert for 'hot new Asian girl 18' in Newport with location pin; photos appear to show a girl much younger than 18. Urgent review for CSE.",
  "AV", "", "S", "h")
R("Housing officer, Swansea: private landlord letting a house in St Thomas to 9 men, rent paid by them individually. They work at various jobs, have own contracts. Overcrowding notice served on landlord. No exploitation.",
  "", "", "", "l")
R("INT 2/C/P. POI 'SAMI' believed to be exploiting asylum seekers in Cardiff hotel accommodation, offering them cash jobs in a cannabis grow and keeping their ASPEN cards 'as security'.",
  "AV", "ncw", "C", "m")
R("The man at number 9 has a Romanian lad working in his garden doing landscaping. He's there every day and goes home to his own flat. Pays him proper I know cos I asked. Just posting because everybody's paranoid now",
  "", "", "", "l")
R("Victim account, first person (Vietnamese, translated): 'In Vietnam I have debt to bank because my father sick. A man said go to England work in nail shop, good money, he pay the travel. In England he take me to a house, no nail shop. I water plants, big lamps very hot. I have no phone. I don't know which city. When police come I am very scared.'",
  "AV DE IS", "iso foa", "C", "h")
R("Handover: 2 Albanian males arrested in a cannabis grow in Neath. Both said they came to UK voluntarily, are paid £1,000/month by the organiser, have their own phones and come and go. Charged. No NRM indicators identified.",
  "", "", "", "l")
R("A&E (Royal Gwent): 19yo female, Romanian, treated for an infection. Friend who brought her said she 'works for a man' in Newport and he takes her to 'clients' in his car. Patient has cigarette burns on her arms.",
  "PV", "et pa", "S", "h")
R("Caller reports seeing a man locked in the back of a van in the layby at Cross Hands, banging on the sides. Van still there now. VRM partial 'KY'.",
  "RM", "rmv", "", "i")
R("Council trading standards note: care agency in Neath charges overseas recruits £2,500 'training fee' on arrival. Workers otherwise paid correctly, own accommodation. Referred to Home Office sponsor compliance.",
  "", "uf", "", "l")
R("INT 2/B/P. Girl, 13, Swansea, in contact online with adult male posing as 17. He has asked her for indecent images and to meet in Llansamlet. CSE strategy meeting called.",
  "AV", "", "S", "h")
R("Sham marriage: Registrar in Cardiff flagged a planned marriage between a Portuguese woman (with learning difficulties) and a Pakistani man she met a week ago. Woman said a 'friend' promised her £3,000 and a holiday. She has not been given any money and has been staying in a house in Newport where she is not allowed out alone.",
  "AV DE RM", "rmv", "C", "h")
R("Saw a lad with a black eye working at the nail bar on St Mary St yesterday. Probably nothing",
  "", "pa", "", "l")
R("Probation note: PoP (male, 24) reports being pressured by his former gang in Cardiff to 'do one more job' to clear a drug debt, threatened that his mum's house would be set on fire. Has not yet complied.",
  "IT DB", "", "C", "h")
R("Farm, Vale of Glamorgan – GLAA visit: 14 Kyrgyz and Uzbek seasonal workers on scheme visas. Caravans clean, wifi, workers have passports. Some complaints about low piece-rate in bad weather; raised with farm. No forced labour indicators.",
  "", "", "", "l")
R("INT 2/B/P. Known OCG member BRAHIMI Arben uses a network of Albanian workers at a hand car wash in Newport as a cover for money laundering. Workers believed to be paid by Brahimi, who keeps their bank cards and uses accounts to move cash.",
  "WW", "ncw mbc", "L C", "m")
R("Referral (Cardiff & Vale UHB, mental health): man, 38, with schizophrenia; has been living with a family who 'took him in' after hospital discharge. He says he does their garden, painting, cleaning all day and they collect his PIP. The family's son shouts at him and once locked him in the shed overnight.",
  "AV RM EO", "rmv lh ncw", "L D", "h")
R("dear police a man on my street in Pentrebane keeps getting parcels for different names every day. is he a scammer. thanks",
  "", "", "", "l")
R("Helpline (summary): woman, Filipino, 44, works as a carer in a private home in Cardiff. Contacted because agency has not renewed her visa. Employer supportive, pays her, she has her passport. Immigration advice only.",
  "", "", "", "l")
R("INT 1/B/P. Cuckooed address, Gurnos estate, Merthyr. Occupant: female, 28, with a 3-year-old child. Two males (Birmingham) dealing from the kitchen. Occupant states she is 'not allowed to go out' and her phone was taken.",
  "AV RM IS", "rmv iso", "C", "i")
R("Chinese restaurant owner in Swansea arrested for employing 3 staff without right to work. Staff paid NLW via payroll, had own passports and rented rooms. Civil penalty. No exploitation.",
  "", "", "", "l")
R("Debrief (first person, Romanian): 'The man who brought us from Craiova said the job in Wales is picking flowers, 8 hours a day. We worked 13, 14 hours in the daffodils, in the rain, no toilet in the field. Every week he took money for the caravan, for the bus, for the gloves, for the food, and at the end I had nothing to send home.'",
  "DE EO WW AC", "lh ct ppe ncw", "L", "h")
R("School (Newport) referral: pupil aged 15 has told a friend she is 'going to Birmingham at the weekend to do some work for an older man' who has been buying her things. Friend told teacher.",
  "AV", "", "S", "h")
R("Police log: Swansea – taxi driver reports he took two women and a man from a flat in the Marina to a hotel; the man held both women's phones and passports and did all the talking, paid cash.",
  "RD IS", "dt sfw iso", "", "m")
R("I was worried about my neighbour's au pair but I spoke to her and she said she loves it, has her own room, goes to Welsh classes and they pay her every week. Sorry for wasting time",
  "", "", "", "l")
R("INT 2/B/P. Information from Immigration Enforcement: Eritrean male, 16, placed in supported accommodation in Newport has been seen being picked up at night by adult males in a blue Astra. He has new trainers and a phone. Staff concerned re criminal exploitation.",
  "AV", "cedl", "C", "h")

# ---------------- part 3 ----------------
R("INT 2/B/P. Nom 'BIG T'. Line into Llanelli from Ladywood. Runners aged 15-17 kept in a trap house for a week at a time, phones confiscated on arrival.",
  "AV RM IS", "rmv iso", "C", "h")
R("woman at the big house in Rhiwbina is the cleaner, never seen her outside once in a year, she doesnt know anyone round here and they dont let her have a phone",
  "IS", "iso", "D", "m")
R("Officer note: door-to-door at flats on Bute St after report of 'trafficked girls'. Occupants were two Brazilian students sharing a flat, both with visas, on their way to lectures. No concerns.",
  "", "", "", "l")
R("Debrief (Albanian female, 20, via interpreter). She says she does not know the name of the town where she was kept, only that it was 'near the sea, with a big bridge'. The men changed her SIM card every week and she was not allowed to contact her mother. She says she was forced to have sex with up to 10 men a day.",
  "IS PV", "iso", "S", "h")
R("Intel: Organ – Source reports a man in Cardiff arranging for 'donors' from Pakistan to travel to the UK, posing as relatives of wealthy patients so they can give a kidney. Donors reportedly paid a few hundred pounds and told they would get jobs after. 2/C/P",
  "DE AV", "", "O", "h")
R("Call 101 Gwent: man says his brother, 19, autistic, has 'new friends' who take him to the bank every week to withdraw his wages from the supermarket where he works, then keep it. Brother says they're his mates and he's scared they'll stop being his friends.",
  "AV WW", "ncw", "", "m")
R("hand car wash on Cowbridge Rd, they are alright there, one of them told me they get £80 a day and go home to their wives in Ely. ta",
  "", "", "", "l")
R("NCA intelligence package (sanitised): Welsh-based facilitator linked to an international network brokering kidney sales. Vendors recruited in Egypt from debt-ridden families; told surgery is 'safe and quick', paid less than promised, no aftercare. One vendor died post-operatively.",
  "AV DE", "", "O", "h")
R("INT 2/B/P. Massage parlour, Swansea High St. Source states girls 'live in the back', sleep on the treatment tables, are not allowed to use their phones when working and are driven everywhere by the manager.",
  "RM IS", "slw rmv et iso", "S", "h")
R("Just a quick one, there are lads selling big issue outside Morrisons in Pontypridd, always the same 2 Romanian lads, dropped off in a car by an older man at 8 and picked up at 6",
  "", "cedl et", "", "l")
R("Referral from Aneurin Bevan UHB safeguarding: patient (F, 36, Vietnamese) with untreated skin condition from nail chemicals. Says she works in a salon in Ebbw Vale, 'every day, every day'. Lives with the owners' family. Says she cannot leave because she owes the owner for the flight. Would not give details of the owner.",
  "DB EO", "lh pa", "L", "h")
R("Swansea port – crew welfare visit (Mission to Seafarers): crew on a bulk carrier reported 4 months unpaid wages and food running low. Flag state and ITF contacted. Crew otherwise free to go ashore.",
  "WW AC", "", "L", "m")
R("ok so theres this guy who always comes into the vape shop with like 4 different girls and pays for their stuff, they never speak and he holds their phones. Barry Island",
  "IS", "sfw iso", "", "m")
R("Intel log. 2/B/P. DOB 14/02/2008 – SMITH, Tyler. Missing from home in Caldicot, found in Weston-super-Mare with adult males known for county lines. Was in possession of drugs and a knife. Reports he was 'told to stay' until the bag was sold.",
  "AV RM", "rmv", "C", "h")
R("Debrief extract (first person, Indian male, carer): 'The agency in Kochi said NHS job, good salary. I paid 18 lakh rupees, my father sold land. In Wales it was a small care company, they gave me only 16 hours, sometimes none. I worked at the Spar cash in hand to pay my rent. I am not locked, I can go, but if I leave the sponsor I must leave UK.'",
  "DE", "uf", "L", "m")
R("Call: woman reports her teenage daughter's friend is being 'groomed' by an older man in Bridgend who buys her drink and drives her around. Friend is 14.",
  "AV", "", "S", "h")
R("GLAA inspection: poultry catching gang, Powys/Monmouthshire border. Workers transported by licence holder's minibus at 0300 to farms; paid per bird; payslips show deductions for transport (£7/day) and for 'kit' (£40). Workers said they are free to leave, rent their own rooms and hold their own documents.",
  "", "cedl ct ppe", "", "l")
R("Nothing dodgy about the chip shop in Treorchy. Ignore the facebook post. The owner's son works there after school and gets paid.",
  "", "", "", "l")
R("INT 2/B/P. Female, 17, Newport, believed being sexually exploited by members of a local OCG. INT suggests she was raped at a party in Maindee and has since been told that photos will be sent to her family if she does not 'do what she's told'.",
  "AV PV IT", "", "S", "h")
R("Referral, Vale of Glamorgan adult social care: man, 58, learning disability, works on a smallholding near Llantwit Major. Owner collects his benefits; he is given £10 a week 'spending money'. He sleeps in a converted stable without heating. He says he has 'no family now' and has not been off the farm 'since Christmas'.",
  "AV AC IS", "ncw plc iso", "L", "h")
R("999 call, 0215hrs: female screaming in the street in Cathays saying a man has her passport and is going to 'sell her'. Male seen dragging her into a silver car, heading towards Gabalfa.",
  "PV RD", "dt", "S", "i")
R("Police note: inspection with immigration at a car wash, Penarth Rd. 5 workers, 2 with no right to work. All said they were paid £60/day cash, rent their own rooms, no-one holds their documents. Arrested for immigration offences only; NRM screening negative.",
  "", "", "", "l")
R("the man who owns the takeaway in Newport took my friends visa papers and said hes keeping them safe, my friend works there every day 10am till 3am and he says he cant leave because he owes the man for the visa",
  "RD EO DB", "dt lh", "L", "h")
R("INT 1/B/P. Subject 'MAMA EKO' (Nigerian female) housing 3 young Nigerian women in Grangetown; women clean and cook for her household and her church friends, unpaid. One woman told a church member she has not had a day off in 2 years and her passport is 'with Mama'.",
  "WW EO RD", "lh dt", "D", "h")
R("Report: lorry driver found 4 Eritrean men in his trailer at Pont Abraham services. Men were frightened, dehydrated, said they had paid smugglers in France. Transferred to Home Office. No indication of exploitation in UK.",
  "", "pa", "", "l")
R("Debrief (first person, Slovak Roma woman, 27): 'My husband's cousin said come to Wales, there is work for me in a laundry. When we came he took us to his house in Newport. I did everything, washing, cooking, children. He said the laundry work will come later. He took my child benefit card. Six months I never went to the laundry, I never went anywhere.'",
  "DE RM", "rmv ncw", "D", "m")
R("INT 2/B/P. Albanian males working in a cannabis grow in Treharris. INT suggests they were brought over in small boats and their debts to the smugglers (£15,000 each) are being paid off by tending the crop. Males not allowed to leave the house.",
  "DB RM", "rmv", "C", "h")
R("School safeguarding log: Year 9 boy (13) in Swansea says older boys make him sell cannabis at the skate park and that he has to give them all the money or they'll 'slap' him.",
  "AV IT WW", "ncw", "C", "h")
R("Worker at a packhouse near Haverfordwest rang a helpline: his supervisor shouts at everyone, and he doesn't like the night shift. He is paid properly and can leave. Advice on grievance procedure.",
  "", "", "", "l")
R("OFFICIAL-SENSITIVE. Op summary: 14 premises visited across Swansea and Neath (nail bars, car washes, takeaways). 2 potential victims identified (Vietnamese female, 19, nail bar – long hours, deductions for 'accommodation' leaving her £50/week; Vietnamese male, 17, takeaway – no pay, sleeps in stock room). Remaining 12 premises compliant.",
  "AV EO WW AC", "lh ncw slw", "L", "h")
R("Public report: sounds daft but the lad at the chicken shop gave me a note with HELP and a phone number on it. Cardiff, City Road.",
  "", "", "", "l")
R("Intel: POI OKAFOR (Nigerian male) believed to be recruiting Nigerian nurses with promises of NHS jobs in Wales; on arrival women are placed in unregulated home care agencies in Newport and paid a fraction of the agreed salary, with the rest kept by Okafor 'for the visa debt'. 2/C/P",
  "DE WW DB", "ncw", "L", "h")
R("My mum's carer is lovely, she's from Zimbabwe, works for a proper agency, they treat her well. Just wanted to say there are good ones.",
  "", "", "", "l")
R("Call summary: Cardiff – woman says her husband's sister, over from Bangladesh, is 'kept like a servant' at his brother's house in Butetown. She cooks for 12 people and is not allowed to eat until everyone else has. She has no phone and doesn't know the address.",
  "IS AC", "iso", "D", "m")
R("INT 2/B/P. Vietnamese male, 16, found sleeping in a tent near Cardiff Bay. Says he ran away from a house where he was 'growing plants' and that the men there had beaten him with a pole. Has bruising to back. Placed in police protection.",
  "AV PV", "pa", "C", "h")
R("neighbours have builders in, they work till 8pm, noisy. can police do something about it??",
  "", "", "", "l")
R("Debrief (first person, Polish male, 38): 'He said he would pay me at the end of the month. Then he said at the end of the job. Then he said the company did not pay him. I worked 4 months on the roofs in Barry and he gave me only £150. I slept in his van.'",
  "WW AC", "slw", "L", "m")
R("Police note: a woman reported her friend, a Romanian sex worker in Swansea, was missing. Friend located – she works independently, advertises herself, lives alone and keeps her earnings. No third-party control. Welfare fine.",
  "", "", "", "l")
R("INT 2/B/P. Car wash, Blackwood: workers seen being dropped at 0645 and collected at 2030 in a black Transit (VRM YT17 ???) by a male believed to be their 'agent'. INT suggests the agent takes £20/day from each worker for the transport and 'the room'.",
  "EO", "cedl et ct lh", "L", "m")
R("Social services note (Bridgend): 16yo unaccompanied Afghan boy living in supported accommodation says a man from the mosque has offered him 'work' in a barber shop for cash, he hasn't started. Discussed risks with him; no exploitation at present.",
  "", "", "", "l")
R("hi i need to tell someone, my boss at the factory in Newport took our passports when we started and has still got them, he says it's to check right to work but it's been 5 months",
  "RD", "dt", "L", "m")
R("A&E Prince Charles Hospital: male, 23, Romanian, brought in by colleagues from a building site with a crushed foot. Site had no safety equipment; colleagues say he was working without boots because the 'boss' charges £60 for them. Colleagues said they get paid weekly and can leave.",
  "AC", "ppe pa", "L", "m")
R("INT 2/B/P. Female known as 'ANA' (Romanian) runs a sex-work flat above a shop in Pontypridd. INT suggests 2 women working there are her relatives and are free to come and go; they keep most of their money. No evidence of coercion at this time.",
  "", "", "", "l")
R("Victim account (first person, Chinese, translated): 'I came on a student visa. An agent said I can work in a restaurant to pay my fees. The restaurant owner in Cardiff said my pay goes to the agent. For one year I receive nothing. I work every night until 1. When I complain the agent said he will tell the university and immigration.'",
  "WW EO IT", "lh ncw", "L", "h")
R("INT 3/C/P. Reports from a local forum that a nail bar in Bargoed employs 'kids'. Visit by trading standards: two staff, 20 and 24, both with ID, family business. NFA.",
  "", "", "", "l")
R("Midwife note (Swansea): woman, 18, Roma, pregnant, married at 15 in Slovakia. Husband's family expect her to clean and cook for the household of 11 and take her child benefit. She cannot read and says she 'never goes anywhere without her mother-in-law'.",
  "AV RM", "rmv ncw", "D", "h")
R("Message to Crimestoppers: the brothel in Newport town centre is run by a man called Dritan, he has girls from Albania who are told they owe £10,000 for the trip. They get hit if they don't earn enough. Phone 07700 900 877.",
  "DB PV", "", "S", "h")
R("Probation (Cardiff): PoP's partner, 19, reports he makes her hold drugs at her flat and has taken her bank card to use her account for his 'business'. She is scared of him. Domestic abuse and possible criminal exploitation.",
  "", "ncw", "C", "m")
R("INT 2/B/P. Warehouse, Magor, supplied by an agency. Workers from Eritrea and Sudan say the agency 'team leader' collects their wages in cash on Fridays and gives them £100 each, saying the rest is for the house. House in Newport has 16 occupants and one bathroom.",
  "WW AC", "ncw oc plc", "L", "m")
R("Council environmental health: takeaway in Maesteg, kitchen dirty, pest issue. Staff all local. Improvement notice. No welfare concerns.",
  "", "", "", "l")
R("statement (section 9) from neighbour: 'I often see the young woman in the garden of No 14 hanging washing at 6am and she's still ironing in the window at midnight. The lady of the house shouts at her in English and she just says sorry sorry. She has never been out of the house on her own. The other day I saw the husband grab her by the hair.'",
  "EO RM PV", "lh rmv", "D", "h")
R("Intel: 2/B/P. Farm in Carmarthenshire using Bulgarian workers provided by unlicensed gangmaster. Workers charged £300 'job fee' before starting. Living in caravans with no running water. Pay docked for water and electricity.",
  "AC", "uf plc", "L", "m")
R("I want to report that my ex is keeping my passport so I can't take our son on holiday to Poland. He says he won't give it back until I drop the court case.",
  "", "", "", "l")
R("OIC update (Op Cyfnos): 5 Romanian males recovered from a house in Merthyr. All worked at a local car wash. Account of each: wages paid to the owner's account; given £30/week; ID cards taken 'for the contract'; told if they left they'd have to pay £1,000 each for the trip. Males appeared thin and had few belongings.",
  "WW RD DB AC", "ncw dt pa fpe", "L", "h")
R("I work at the Co-op in Newport. a young boy about 14 comes in on school days at 11 am with a man who buys him energy drinks and then they get in a car with London plates. Boy looked scared when I asked if he's OK",
  "AV", "", "C", "h")
R("Domestic servitude – Interview with Filipino woman (via Tagalog interpreter): she says she worked for a family in Lisvane for three years. She says she was never given her own bedroom and slept on a mattress in the children's room, that she was paid £150 a month which went to her employer's sister in Manila, and that she was allowed out only to church on Sunday with the family driver.",
  "AC WW RM", "ncw rmv et", "D", "h")
R("Call 101, Newport: male says his Romanian flatmate has 'gone quiet' and is being picked up every day at 5am by men he doesn't know. Flatmate says he works at a bakery and is fine. Log only.",
  "", "cedl", "", "l")
R("INT 2/B/P. Line 'SMOKEY' (Bristol) into Cwmbran. INT suggests line holder uses a 16yo girl as a 'runner' and 'girlfriend' and she is made to have sex with customers who are short of money.",
  "AV PV", "", "C S", "h")
R("Hi, the Indian restaurant in Canton I worked in last year paid me late once, but they did pay in the end. I just wanted to ask if that's legal.",
  "", "", "", "l")
R("Victim account (first person, Eritrean woman, 24, written in English): 'In Libya we were sold to a man who keep us in a room, he hit us, some girls were raped. In UK I am free now, I study English in Newport. I have nightmares.'",
  "PV RM", "rmv", "", "h")
R("INT 2/B/P. Warehouse in Bridgend: agency workers (Indian students) working 60–70 hours a week in breach of student visa conditions. They are paid for hours worked, rent their own rooms. No control identified.",
  "", "", "", "l")
R("woman sat outside Tesco Swansea begging every day, dropped by a van with 3 others, van comes back at lunch and the man takes their cups",
  "WW", "et ncw", "C", "m")
R("Safeguarding (Powys/Dyfed-Powys share): 15yo girl from Brecon travelling to Cardiff to meet a man, 31, she met on TikTok. He sends her train tickets, has asked her to bring 'friends'. Parents have found explicit messages.",
  "AV", "", "S", "h")
R("Debrief (via Amharic interpreter): he says he was told he would be working in a garage in Wales. He says that the people took his phone 'so immigration cannot find you' and he never knew what town he was in – only later found out it was Neath. He worked in a cannabis house.",
  "DE IS", "iso", "C", "m")
R("Licensing inspection: car wash, Aberdare – workers' welfare room is a shipping container with a camp bed and a kettle; manager says nobody sleeps there. Workers interviewed separately: all live locally, paid weekly. No indicators beyond poor welfare facilities.",
  "", "", "", "l")
R("INT 2/B/P. Care home, Cardiff: Zimbabwean and Nigerian carers on sponsorship visas told by owner their certificates will be withdrawn if they refuse extra shifts. Carers working 16-hour shifts, 6 days. Owner deducts £200/month for 'visa costs'.",
  "IT EO DB AV", "lh", "L", "h")
R("The barbers on Caerleon Rd have a young Kurdish lad who sweeps up and sleeps in the back, the others say he's 'working off' his journey. he looks about 15",
  "AV DB", "slw", "L", "h")
R("Bank alert: 8 accounts linked to one mobile number and one address in Llanelli, opened by Hungarian nationals within a week. Debit cards all delivered to the same address. Wages from a food factory withdrawn at the same ATM. Pattern consistent with controlled accounts.",
  "", "mbc ncw", "", "l")
R("Call: woman in Tonyrefail says her grandson, 17, is being made to drive for a drug dealer 'to pay off' a car the dealer bought him. The dealer has threatened to break his legs.",
  "AV DB IT", "", "C", "h")
R("hey i met a girl on a dating app who says shes from Ukraine and stuck in Cardiff, she asked me for money for her visa. i think its a scam",
  "", "", "", "l")
R("INT 1/A/P. Subject LI Wei running a brothel at a flat in Swansea Marina. Source (former worker) states new women are made to work for the first month without pay 'to pay the agent', and are kept in the flat with the door locked.",
  "WW DB RM", "rmv ncw", "S", "h")
R("Police note: report of a man being 'held' in a garage in Pontypool. Officers attended: the man is the homeowner's brother, lives in a converted garage annex by choice, has his own key and job. No concerns.",
  "", "", "", "l")
R("Debrief, first person (Vietnamese male, 17): 'They told me my debt is £30,000 and every month they add more for food and rent. I worked at the nail shop in Bridgend cleaning, and at night they took me to water the plants in a house. I was so tired. They said if I run away they will hurt my parents in Nghệ An.'",
  "AV DB IT EO", "lh", "L C", "h")
R("Council HMO inspection, Newport: 6 bed HMO with 6 tenants, all separate contracts, working for different employers. Well managed. No concerns.",
  "", "", "", "l")
R("INT 2/B/P. Male (British, 42, homeless) recruited outside a Cardiff hostel to 'work on the roads' for a family of traders in Newport. INT suggests he lives in a caravan with no electricity, is paid in food and cigarettes and has been beaten for trying to leave.",
  "AV WW AC PV", "plc", "L", "h")
R("Report via GLAA website: 'At the mushroom farm near Wrexham... sorry not Wales police? anyway workers are told they have to buy their knives and gloves from the supervisor, £35 each time'.",
  "", "ppe", "", "l")
R("Safeguarding (Cwm Taf Morgannwg): patient (F, 25, Nigerian) in maternity says she cannot go home because the woman she lives with in Merthyr makes her clean all day and keeps her asylum support card. She says that woman threatened to 'call the Home Office' if she complains.",
  "AV IT", "ncw", "D", "h")
R("INT 2/B/P. Unidentified male, Eastern European, seen at Swansea bus station every morning at 0500 with a list, taking groups of men into a white van. Possibly a legitimate labour provider; no further info.",
  "", "", "", "l")
R("Organ: transplant coordinator at UHW notes a patient has disclosed his 'donor' was offered money and a UK visa in exchange for a kidney; the donor was introduced as a cousin but is unrelated. Living donation assessment halted and referred to HTA and police.",
  "DE AV", "", "O", "m")
R("NGO note (Salvation Army, first responder): client, male, 55, British, with alcohol dependency. Was living with a 'friend' in Rhymney who made him go out shoplifting daily, took his universal credit and would not let him have a key. Client left when hospitalised.",
  "AV RM", "ncw rmv", "C", "h")
R("there's a guy in my block in Sketty who sells his ADHD meds. not slavery lol but thought id say",
  "", "", "", "l")
R("INT 2/C/P. Chinese females offered on an escort site with Newport and Cardiff locations; same phone number used for 5 different women; all reviews mention 'she doesn't speak English, driver waits outside'.",
  "", "et", "S", "h")
R("Intel log: Subject BEGUM (F, 50s). Source reports Begum's daughter-in-law (24, from Sylhet) is not allowed to attend English classes, has no phone, and has not been seen outside the house in Cardiff since she arrived in 2024. 2/C/P",
  "IS RM", "iso rmv", "D", "m")
R("Car wash owner in Swansea fined for failing to pay holiday pay. Workers had contracts and were otherwise paid NLW. HMRC case. Not exploitation.",
  "", "", "", "l")
R("INT 2/B/P. Vietnamese female, 14, found in a car with two adult males at Severn Bridge services. Had no ID, no phone, a small bag. Males claimed to be her brothers. She said 'they take me to work in shop'. Child in police protection.",
  "AV", "fpe", "L", "i")
R("I'm a nurse at a care home in Bridgend. Some of the new carers from India say they've been told by an agent they owe £8,000 and their wages are paid into an account the agent controls. They are too scared to say more.",
  "DB WW", "ncw foa", "L", "m")
R("Officer handover: female, 30s, Romanian, sleeping in a doorway in Newport city centre. Says she came for work that didn't exist and ran out of money. No one controlling her. Referred to outreach.",
  "", "", "", "l")
R("Debrief (first person, Indian male, 31, via Punjabi interpreter): 'The restaurant owner said in India you come to Swansea, I give you job, house. I paid him £15,000. When I came I worked in his takeaway 7 days, 14 hours, and he said my salary goes to pay the visa. The room was in the loft with 3 men. He said if you leave I will cancel your visa and you go to jail.'",
  "DE EO WW DB AC IT", "uf lh oc", "L", "h")
R("INT 3/D/P. Anonymous letter claiming a Caerphilly farmer 'keeps slaves'. Letter appears linked to a boundary dispute. Farm visited with GLAA: 2 local workers, paid, no concerns.",
  "", "", "", "l")
R("please check on a boy at Cardiff Central, he's been sat on the platform since 6am, hes maybe 14, got a Bristol accent and keeps getting calls and crying, said 'they're gonna kill me if I go home without it'",
  "AV IT", "", "C", "i")
R("INT 2/B/P. Brothel operating in a house in Newport (Maindee). Females from Romania rotated weekly. INT suggests the controller, 'COSTI', holds their ID cards and tells clients the girls cannot leave.",
  "RD RM", "dt rmv", "S", "h")
R("Public report: 'Takeaway on Woodville Rd has a lad working who sleeps on the floor of the kitchen and works 16 hrs a day. They pay him nothing and he told my son he owes them for coming to the UK from Iraq.'",
  "AC EO WW DB", "slw lh", "L", "h")
R("Airport note (Cardiff, Border Force): Nigerian woman with a child, 9, travelling to 'visit family'. Child's documents held by the woman, who is not the mother; child said she is going to 'help auntie with the house'. Safeguarding referral, child held pending checks.",
  "AV", "", "D", "h")
R("My daughter works at the nail bar in the Capitol Centre, she's Vietnamese and we are her parents, she's 22 and loves it. Stop reporting her boss to the police please.",
  "", "", "", "l")
R("Referral from Newport YOT: boy, 16, says he must deliver drugs for a man called 'Scratch' to pay off a debt from when his phone with the man's drugs was stolen. Scratch has posted photos of the boy's house on Snapchat.",
  "AV DB IT", "", "C", "h")
R("INT 2/B/P. Nail bar, Swansea. Manager is reported to always answer for two Vietnamese staff. Staff observed working from 0830 to 2100. Believed to live above the shop. Not known whether paid.",
  "EO", "sfw lh slw", "L", "m")
R("Construction site, Newport – HSE visit found workers without harnesses on scaffolding. Firm employs local workers directly. Prohibition notice. Health and safety only.",
  "", "", "", "l")
R("Safeguarding (Cardiff adult services): woman, 44, with learning disability, is being made by her neighbour to clean his house and several of his friends' houses every day for 'a few quid'. She says he told her he'd 'tell social services to take her flat' if she stopped.",
  "AV WW IT", "", "L", "h")
R("INT 2/B/P. 4 Sudanese men working at a car wash in Swansea sleep in a shipping container on site. The owner holds their Home Office ARC cards and gives them £25 a week.",
  "AC RD WW", "slw plc dt ncw", "L", "h")
R("Call summary (999): man in Bridgend says a girl has run into his shop, shaking, says she was kept in a house up the road and the men will be looking for her. She's Albanian, says she's 17. Officers on route.",
  "AV RM", "rmv", "S", "i")
R("it's definitely not slavery at the Costa, staff just look miserable because it's Monday",
  "", "", "", "l")

R("INT 2/B/P. Two Vietnamese teenagers (approx 15-16) encountered at Newport bus station, each with a carrier bag of clothes only, holding a note with an address in Bristol written in English. Could not say who sent them.",
  "AV", "fpe", "", "h")
R("Call 101, Llandeilo: caller says the Polish couple who run the deli work 'all hours'. They own the business and live in their own house. No concerns, words of reassurance.",
  "", "", "", "l")

# ---------------- writer / validator ----------------
PAIRS = [("RD","dt"),("RM","rmv"),("EO","lh"),("IS","iso")]
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh49.jsonl")
    rows = []
    for n, (text, ind, sig, typ, risk) in enumerate(T, 1):
        i, s_, t = ind.split(), sig.split(), typ.split()
        for a, b in PAIRS:
            if a in i and b not in s_: print("WARN pair", n, a, b)
            if b in s_ and a not in i: print("WARN pair", n, b, a)
        if not i and not t and risk != "l": print("WARN risk", n)
        if (i or t) and risk == "l": print("WARN risk low", n)
        if len(i) >= 3 and risk not in "hi": print("WARN 3+", n)
        rows.append({"id": "f49-%03d" % n, "text": text,
                     "indicators": [IND[x] for x in i], "signs": [SIG[x] for x in s_],
                     "exploitation": [TYP[x] for x in t], "risk": RISK[risk]})
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "written to", out)

if __name__ == "__main__":
    main()
