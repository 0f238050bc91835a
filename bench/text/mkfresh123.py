#!/usr/bin/env python3
"""Hand-written labelled texts (set fresh123, emphasis: abusive conditions).
Each T() holds one hand-written text and its labels, written with short codes
expanded below. Run: python3 bench/text/mkfresh123.py > bench/text/fresh123.jsonl"""
import json, sys
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
    IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
    RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
    AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
    oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
    rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
    uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
    lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
    mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(I="immediate", H="high", M="medium", N="low")
ROWS = []
def T(text, ind="", sig="", typ="", risk="N"):
    ROWS.append(dict(text=text,
        indicators=[IND[c] for c in ind.split()],
        signs=[SIG[c] for c in sig.split()],
        exploitation=[TYP[c] for c in typ.split()],
        risk=RISK[risk]))

# ---- part 1 ----
T("INT 2/B/P: Approx 8 males sleeping on mattresses on the floor of the storeroom behind SUDS HAND CAR WASH, Wellington Rd. No heating, single cold tap. Males seen washing in a bucket at 0700. Site manager POI KRASNIQI Arben believed to hold the keys.",
  "AC", "plc saw oc", "L", "H")
T("my neighbour the landlord has put like 12 polish men in a 3 bed house they sleep on bunk beds even in the kitchen and the van comes at 5am every day and brings them back at 9 at night. bins overflowing rats everywhere. the boss takes the rent from there wages before they get paid",
  "AC WW EO", "oc plc cedl lh ncw", "L", "H")
T("Student reports black mould in bedroom of her rented flat and landlord not responding to emails for 3 weeks. Advised to contact council private housing team. No other concerns.",
  "", "", "", "N")
T("Through interpreter (Romanian): She says the caravan had no water and no electricity. They filled bottles from the tap in the field. In winter the ice was inside the window. The gangmaster said if they complained they would be sent home with nothing and their families would have to pay back the flights.",
  "AC IT DB", "plc", "L", "H")
T("A&E note: 34M Vietnamese, attends with infected burn to forearm approx 5 days old, untreated. States he works 'in a house'. Accompanied by older male who answered all questions and refused to leave cubicle. Pt appeared thin and anxious, no phone, no ID. Safeguarding flagged.",
  "AC", "pa sfw fpe", "", "M")
T("GLAA inspection, Fenland packhouse: workers handling chlorine-based cleaning chemicals without gloves or masks. Several with skin irritation on hands. Workers stated they were told to buy their own gloves from the supervisor at £5 a pair. Licence holder's labour provider named.",
  "AC", "ppe pa", "L", "M")
T("GLAA inspection, Lincolnshire salad grower: PPE issued free at induction, stocks checked, written COSHH assessments in place, accommodation on site inspected - 4 per static caravan, hot water and heating working, fire alarms tested. Workers interviewed privately, all hold their own passports and bank cards. No concerns identified.",
  "", "", "", "N")
T("Worker at Harland Metals lost the tip of his finger in a press brake on 12/03. Employer reported to HSE under RIDDOR same day, guard found to have been bypassed by the worker himself. Full pay during sick leave. Not a slavery matter.",
  "", "", "", "N")
T("Debrief, male, 41, Slovak: 'We were nine people in one room above the takeaway. The boss's cousin owned it. No window opening, one toilet for everybody, and the shower only cold. He took £60 every week from each of us for this room, from the wages. When I cut my hand on the slicer he put tape on it and said work.'",
  "AC WW", "oc plc ncw pa", "L", "H")
T("101: Female caller worried about her sister's flatmates, says the flat is very messy, washing up never done and the boys play music loud. Everyone works at normal jobs and comes and goes. Caller just wants advice about tenancy.",
  "", "", "", "N")
T("POI NGUYEN Van Thanh (DOB 04/09/2007) located at cannabis grow, 14 Beech Cres. Door padlocked from outside, windows boarded. Mattress and rice cooker in loft. Youth states he has been there 'many months' and the man who brings food every 3 days has the key. Cables exposed, heat intense.",
  "AV RM AC", "rm plc saw", "C", "I")
T("ppl living in the garage at no 22 i see them go in at nite no windows in there and theres no toilet. theyre foreign and dont speak to anyone. someone should check",
  "", "plc", "", "N")
T("Salvation Army caseworker note: Client (Eritrean, F, 29) describes working as housekeeper in family home in Harrow for 2 years. Slept on the kitchen floor on a folded blanket; allowed to eat only what the children left on their plates. Worked from 6am until the family went to bed, no day off. Employer held her passport 'for safe keeping'. Paid nothing in UK; employer said money was sent to her mother.",
  "AC EO RD WW", "plc saw lh dt", "D", "H")
T("Anonymous: there's a nail bar on the high street where the girls look about 15, they eat lunch sitting on the floor in the back room and they never go anywhere without the owner driving them. I once saw one crying.",
  "AV RM", "et rm", "L", "H")
T("Environmental health visit, 7 Thornhill Terr: HMO with 6 tenants, all on their own tenancies, fire doors missing on two rooms and kitchen damp. Tenants pay landlord direct, work at various employers in town. Improvement notice served. No indicators of exploitation noted.",
  "", "", "", "N")
T("GP note: 52F, Polish, reports recurrent chest infections. Lives in caravan on her employer's farm, says the roof leaks and there is no heating, 'the boss says it is good enough for us'. Works in fields 6 days. Asked if she can leave: 'where would I go, I owe him for the bus ticket still.'",
  "AC DB", "plc", "L", "H")
T("Border Force note: Female (Filipino, 33) arriving LHR with Saudi diplomat family as domestic worker. Employer carrying her passport and visa letter and answered every question directed at her. Worker looked at floor, said she sleeps 'with the baby'. Leaflet given in Tagalog discreetly.",
  "RD", "dt sfw", "D", "M")
T("Food factory shift supervisor reports worker collapsed from heat on the line; factory AC had failed. Ambulance called, worker discharged same day. Employer paused the line and hired extra cooling. Staff are direct employees, paid via payroll. Forwarded to HSE, no MS concerns.",
  "", "", "", "N")
T("Three Albanian men working at construction site in Croydon reported they sleep on site in a container with no lights, cook on a camping stove, and the 'foreman' keeps their ID cards. They get £30 a week 'for food' and are told the rest covers their debt for coming to the UK.",
  "AC RD WW DB", "saw plc dt ncw", "L", "H")
T("Report from public: shop selling cheap tobacco on Queen St, young boy about 13 behind counter late at night on school nights. Looks tired. Not sure if family business.",
  "AV", "", "L", "H")
T("Interpreter summary: He says they lived in the basement of the restaurant. Water came in when it rained and the floor was wet, they put cardboard under the mattress. Rats ran over them at night. Food was what the customers did not finish. He worked from 10 until 2 at night.",
  "AC EO", "plc saw lh", "L", "H")
T("Neighbour complaint re: house at 3 Oak Rd being very overcrowded. Council checked: Indian family of 9 - grandparents, two adult sons, their wives and three children - living together by choice, owner-occupiers. Crowded but no exploitation.",
  "", "", "", "N")
T("We had no gloves for the acid wash. Our hands bled and the skin came off. The boss said gloves cost money, and if we want we buy from him. I bought two pairs and he took it from my pay.",
  "AC", "ppe pa", "L", "M")
T("Probation note: service user reports his new job at a scrap yard is hard and dirty but he is paid weekly into his own account and lives at his mum's. Discussed PPE - employer provides boots and gloves.",
  "", "", "", "N")
T("Care home whistleblower (anonymous): the agency carers from Zimbabwe and India live six to a house the agency rents them, two in each bedroom and one on the sofa. They do 70 hour weeks and the agency takes £400 a month each for rent. If they complain the agency says they will report them to the Home Office and they lose the visa.",
  "AC EO IT AV", "oc lh foa", "L", "H")
T("Children's social care referral: 15yo boy missing from care found in a flat in Bournemouth with no furniture, mattress on floor, used needles in kitchen. Had a burner phone and £300 in cash. Two adult males present were arrested for PWITS.",
  "AV AC", "plc", "C", "I")
T("Sister rang to say her brother Marius (Romanian) is working on a farm near Hereford and they sleep in a barn with the animals. He says he is not allowed to leave the farm and the man took his passport when they arrived. She has not heard from him for 4 days. Caller very scared.",
  "AC RM RD", "plc saw rm dt", "L", "I")
T("Midwife note: 19F, Nigerian, 32 weeks, first booking. Lives with 'aunty' and does all housework and childcare for aunty's 4 children. Sleeps on sofa in sitting room. Not registered with GP before today, aunty brought her and wanted to stay in room.",
  "", "sfw plc", "D", "M")
T("Statement (translated from Vietnamese): In the nail shop I work from 9 in the morning to 9 at night, all 7 days. At night we sleep in the upstairs room, five girls on the floor. The boss locks the shop door when she goes home and we cannot go out until she opens in the morning. The chemicals make my eyes and throat burn, there is no mask.",
  "EO AC RM", "lh saw oc rm", "L", "I")
T("One-line log: wk farm worker found sleeping in polytunnel, no shelter, told OIC gangmaster 'charges for caravan'.",
  "AC", "plc", "L", "M")
T("Crimestoppers: bloke who runs the kebab shop has his 'nephews' working there. They never leave, sleep in the shop on the benches, look starving. One had a bandaged hand for weeks and never went to a doctor.",
  "AC RM", "saw pa rm", "L", "H")
T("Landlord dispute: tenant (Chinese student, 22) withheld rent because heating broken since November. Landlord threatened eviction via email. Tenant advised by Citizens Advice. Free to move out, attends uni normally.",
  "", "", "", "N")
T("I arrived and they took us to a house with no beds. Twenty people, Romanian and Bulgarian. One bathroom, the toilet broken, we go in the garden. The man who brought us said the house was 'included'. In the end they took £80 a week each from our pay for it and the transport to the warehouse.",
  "AC WW", "oc plc ct ncw", "L", "H")
T("Waste recycling site, Walsall: unannounced multi-agency visit. 11 workers picking on the line without masks, in dust and smell of rotting waste. No toilets on site, workers said they go behind the skips. Accommodation in two portacabins by the gate, broken windows, mattresses. Workers said they could not leave because the boss has the gate code.",
  "AC RM", "plc saw rm", "L", "H")
T("Public report: food delivery riders sleeping in a car park under the flyover in their car, 3 of them. Seen every night. No idea if anyone controls them.",
  "", "", "", "N")
T("Safeguarding (school): Year 9 pupil (14) disclosed she does 'all the cleaning and cooking' at home for her dad's friends who stay there, and sleeps in the box room with no bed. Dad takes her child benefit. Attendance 62%. Referral to MASH.",
  "AV AC", "plc ncw", "D", "H")
T("Vietnamese teen (16) found in loft space of house in Bradford used for cannabis cultivation. Loft had no window, one blanket, bucket for toilet. Said he was brought from London in a van at night and did not know which town he was in.",
  "AV AC IS", "plc saw iso", "C", "I")
T("Debrief: the caravan we lived in was the boss's. Gas bottle leaking, we told him, he said 'don't light the cooker then'. No heating all winter. Six of us. Food he bought and took off our pay at double price.",
  "AC WW", "oc plc ncw", "L", "H")
T("Ex-employee of hotel in Blackpool complains he was paid late once in August and is owed holiday pay. Has his own bank account and passport, left voluntarily and works elsewhere now. Signposted to ACAS.",
  "", "", "", "N")
T("wot kind of place makes people work in freezing cold with no coats packing fish all night, my mate's cousin says they're locked in the factory til the shift ends and the boss keeps the toilet key",
  "AC RM", "rm", "L", "H")
T("POI SAHOTA Jasvir - directs labour at two food factories via unlicensed gang. INT 2/C/C (not to be disclosed to employer): Punjabi men housed 14 in a 4-bed in Smethwick, bunk beds in lounge, meals not provided, electricity coin meter empty most days. Workers' bank cards held by POI.",
  "AC WW", "oc plc ncw", "L", "H")
T("Her room was the utility room next to the boiler. No window. She had a camp bed and her clothes in a plastic bag. She washed in the sink. The lady of the house told her she was lucky to be in England.",
  "AC", "plc saw fpe", "D", "M")
T("OIC handover: 2 x Sudanese IPs (M 17 and M 19) recovered from car wash. Both thin, rotten teeth, wearing flip flops in December. Slept in the shipping container on site. Age of younger disputed - treat as child. Strategy meeting 1000 tomorrow.",
  "AV AC", "pa plc saw", "L", "H")
T("Caller says she saw a man in a high-vis being hit with a shovel handle by another man at the building site on Park Rd, and the injured man was then told to keep working. He had blood on his face. Still there now.",
  "PV", "pa", "L", "I")
T("INT 2/A/P: POPESCU Ionut collecting 6 females from address in Ilford at 0530 daily and returning them 2300, VRM LK19 XJT. Females work at laundry and cleaning contracts. Source states females hand over their wages to POPESCU on Friday and receive £50 each.",
  "WW EO", "cedl et ncw lh", "L", "H")
T("Interpreter note (Tigrinya): He says the fishing boat was the place of sleeping as well. They slept in the fish hold on boards. He could not go on land in the port because the skipper kept their seaman books. The hours were 20 in one day sometimes. When the net cut his leg there was no doctor.",
  "AC RD RM EO", "saw plc dt rm lh pa", "L", "H")
T("Fire service referral after call-out to flat fire, 9 Nelson Way: 11 mattresses found in 2-bed flat, extension leads daisy-chained, smoke alarms removed, padlocks on bedroom doors from the outside. Occupants (Chinese nationals) gone by the time police arrived. Landlord POI.",
  "AC", "oc plc", "", "M")
T("Farmer in Herefordshire reports his seasonal workers' caravans were flooded in storm; he moved all workers into the farmhouse annex and B&B at his cost. Workers on SWS visas, own documents, paid hourly. Reporting for insurance only.",
  "", "", "", "N")
T("Statement of IP (Polish M, 58): 'When I came they said I will live in a nice house with other workers. It was a garage with no insulation and a hole in the roof. I had alcohol problem and they gave me vodka every evening so I keep quiet. They kept my bank card and I got maybe 20 pounds a week.'",
  "DE AC AV WW", "plc ncw", "L", "H")
T("101: man says his workmates at the warehouse are 'treated like slaves' because the supervisor shouts and shifts are 12 hours. On enquiry, all paid through an agency with payslips, overtime voluntary, he just dislikes the supervisor. No further action.",
  "", "", "", "N")
T("NGO outreach: Slovak Roma family of 5 living in one room of a house rented by a 'helper' who registered them at the job agency and now takes all their pay and child benefit, saying it covers rent and debts. The room has no heating and the children have chest infections. The helper has their ID cards.",
  "AV AC WW DB RD", "plc ncw dt", "L", "H")
T("Sex worker outreach: women at pop-up flat on Hagley Rd say they sleep in the same beds they work in, are not allowed out except with the driver, and the 'manager' takes £100 from each booking. One woman had a black eye she said came from a client the manager refused to ban.",
  "AC RM WW PV", "saw rm et ncw pa", "S", "H")
T("Debrief (Albanian F, 22): They told me waitress in a restaurant in London. When I arrived it was a flat with other girls and they said I owe 10,000 euro for the travel. I had to see men. The flat had no food, only bread and cigarettes. I did not know the city or address.",
  "DE DB AC IS", "", "S", "H")
T("Pt (M, 27, Romanian) presented at minor injuries with chemical burns on both feet from standing in caustic wash water at car wash without boots. Says boss provides no wellies, they wear trainers. Says he is paid and lives with his girlfriend. Referred to ACAS/HSE, no other concerns.",
  "AC", "", "L", "M")
T("he lives in the cupboard under the stairs at the shop, I'm not joking, the owner makes him sleep there, he's 16 and from Afghanistan, he works every day and the owner says he pays him in food",
  "AV AC EO WW", "saw plc lh", "L", "H")
T("Intel log 3/C/C: Unknown Chinese females working at massage parlour 'Jade Touch'. Rear room with 4 camp beds, windows painted over, females allegedly never seen leaving premises.",
  "AC RM", "saw rm", "S", "H")
T("Care worker (Ghanaian, sponsored visa) told caseworker she is housed in a bedroom shared with two strangers, works double shifts, and the care agency deducts £1,200 'visa fee' in instalments that keep increasing with 'admin'. The agency director holds her BRP card.",
  "AC EO DB RD", "oc lh dt", "L", "H")
T("I cleaned the house for Madam and the five children. I slept on the floor in the children's room. I was not allowed the key. When guests came I had to stay in the laundry room. In two years I got a day off only when Madam went to Dubai and then I was locked in.",
  "AC RM EO", "saw rm lh", "D", "H")
T("Anon online report: the chicken factory on the industrial estate is bussing workers in at 4am in a white minibus, they look exhausted and some have no coats, the minibus driver shouts at them",
  "", "cedl", "", "M")
T("Stopped vehicle VRM YH62 KPU on M62, 9 males in a 7-seat van incl. 2 in boot space. Driver (POI BALOGH) states transporting 'workers' to packing plant. Workers produced no ID; driver produced a bundle of 9 Hungarian ID cards from the glovebox.",
  "RD", "dt et", "L", "M")
T("The boss told us if anyone gets hurt, don't go hospital because police will come and send us home. My friend had a deep cut from the tile cutter and we stitched it with needle. He had fever for a week.",
  "AC IT", "foa pa", "L", "H")
T("School nurse: pupil (12) comes to school hungry daily, says parents are at work. Home visit found clean but sparse home, parents working night shifts legitimately, food insecurity. Referred to food bank and early help. No exploitation.",
  "", "", "", "N")
T("Interpreter (Amharic): She says she was made to sleep on the balcony of the flat in Dubai and then in London in the corridor. She says the madam beat her with a slipper when the food was late. She never had her passport after the airport.",
  "AC PV RD", "plc dt", "D", "H")
T("Flat above laundrette has 6 Vietnamese males; neighbours report constant hum and a smell of cannabis, windows covered with foil. Males go out to buy food at night only.",
  "", "", "C", "M")
T("GLAA: shellfish gang at Morecambe Bay, workers sent onto sands with no life jackets or tide info, supervisor kept the van keys and workers' phones during the shift. Workers paid per bag into gangmaster's account, then given cash less 'costs'.",
  "AC IS WW", "ncw", "L", "H")
T("POI MARKU running grows across Hull. Gardeners kept in houses for 3-4 months at a time, grocery drop weekly, no phones. Electricity bypass creates fire risk; one gardener had burns from a previous fire and was moved to another house instead of hospital.",
  "IS AC RM", "pa", "C", "H")
T("A young woman, maybe 18, answered the door at the address in Luton and said she is the nanny. She had a bruise on her cheek and said she walked into a door. The lady of the house appeared and sent her inside. The girl's room is the laundry room per a neighbour.",
  "AC", "pa plc sfw", "D", "M")
T("Visited Harrow Road car wash following a public report: 5 workers all with contracts and payslips, staff room with kettle and microwave, no one lives on site, wash chemicals in labelled containers, gloves and boots provided free. Pay at NMW via bank. No further action.",
  "", "", "", "N")
T("Debrief, Indian M, 36: They put us in a house with 17 men. The agent said we must pay £1,500 each for the house and visa paperwork. One kitchen, and no fridge; the meat went bad and people got sick. They take the money from the wage every month and I still have debt after one year.",
  "AC DB", "oc plc uf", "L", "H")
T("Public report (Facebook message forwarded by council): THERE ARE KIDS LIVING IN THAT FLAT OVER THE BOOKIES WITH GROWN MEN COMING AND GOING ALL NIGHT AND THE WINDOWS ARE BLACKED OUT SOMEONE NEEDS TO DO SOMETHING NOW",
  "AV", "", "S", "I")
T("GP: 44M Latvian, back injury 'lifting at work'. States he lives in employer-provided caravan with 5 others which is 'fine' and has heating, employer pays properly. Fit note given. No safeguarding concerns.",
  "", "", "", "N")
T("Text msg to helpline: pls help im in a room in a house, they lock the door, 4 girls here, no food since yesterday, dont know the address, near a big tesco",
  "RM AC IS", "rm", "", "I")
T("Sheltered accommodation: resident (M, 68, learning disability) befriended by local family who take his pension each week and have him clean their house and do their garden. He eats with them once a week. Adult safeguarding.",
  "AV", "ncw", "D", "M")
T("INT 2/B/P: Female (believed Romanian, early 20s) at brothel, Cheetham Hill, seen with burn marks on both arms. Source states she is made to sleep in the kitchen and is 'punished' by the madam for refusing customers.",
  "PV AC", "pa saw", "S", "H")
T("Anon: we live 8 in a caravan on the site, the owner is my uncle, it is small but we're family and we all work for different firms. please stop the council saying we are slaves",
  "", "", "", "N")
T("During raid on nail bar (Ops HALCYON), 3 Vietnamese females found in attic bedroom accessed by ladder, ladder removed from below at night by owner. Mattresses, no window, one bucket.",
  "RM AC", "rm saw plc", "L", "I")
T("Woman in Peterborough contacted Migrant Help: her husband works at a chicken farm, they live in a room provided by the farm with four other couples and share one cooker. Pay is correct and they can leave, but the landlord won't fix the windows. Housing advice given.",
  "", "", "", "N")
T("Social worker: 17yo Albanian boy placed in supported accommodation says before he came into care he lived in a garage in Newham with other boys, working at a car wash 7 days, for a man who held his passport and said he owed £8,000.",
  "AV AC EO RD DB", "plc lh dt", "L", "H")
T("INT: group of Romanian males begging outside station, collected by same Audi at 2000 each night. Source says they live in a derelict pub with no electricity and hand all money to the driver.",
  "AC WW", "cedl plc ncw", "C", "H")
T("I would describe the house as crowded and tatty - six of us students on one kitchen, mouldy shower - but nobody controls us, we all have our own jobs and lectures. (Witness statement re: burglary at 12 College St.)",
  "", "", "", "N")
T("Man says he was 'rescued' from a farm by his cousin. He worked on the daffodils, slept in a horse box, was given one meal a day, and the farmer's son hit him with a stick when he stopped. He is scared because the son knows his village in Bulgaria.",
  "AC PV IT", "plc", "L", "H")
T("Call from taxi driver: picked up girl of around 14 from hotel at 0300, she was dressed only in a thin top in the cold, had cuts on her feet, a man paid and told her to get in. Dropped them at Ashton flats. Driver wants it recorded.",
  "AV", "pa", "S", "I")
T("My son is 19 and works at a car wash in Leeds. He says it's hard but he gets paid cash every Friday and lives at home with us. I just want to know if the owner should give him gloves. (Query to council.)",
  "", "", "", "N")
T("Debrief (Chinese F, 38, via interpreter): She says the restaurant owner gave her a bed in the storeroom beside the flour sacks, there were mice. She worked 13 hours, 6 days; owner kept her wages 'to send to her family' but the family got nothing.",
  "AC EO WW", "saw plc lh ncw", "L", "H")
T("Patient (F, 25, Thai) with untreated dental abscess and weight loss. Says she works in a massage place and lives there. 'I can go out only with mamasan.' Her phone was taken 'so no trouble'.",
  "AC RM IS", "pa saw rm", "S", "H")
T("INT 3/C/P: VRM MX15 ABO registered to an address used by multiple males working in recycling. Council tax in name of one female. 20+ males at address per neighbour.",
  "", "oc", "", "M")

# ---- part 2 ----
T("Kidney transplant patient (M, 61) attending renal clinic for routine follow-up; donor was his daughter, assessed by HTA independent assessor before surgery at Guy's. No concerns.",
  "", "", "", "N")
T("Renal nurse referral: Pakistani M, 24, presents with a fresh nephrectomy scar and says he 'sold' a kidney in Lahore to pay a debt to his employer's brother, who arranged his visa to the UK and now has him working in a warehouse. He was told the operation was a 'medical check'. Still owes money.",
  "DE DB AV", "", "O L", "H")
T("INT 2/C/C: Broker known as 'Doctor Sami' recruiting Eritrean asylum seekers in Calais camps, offering passage to UK in exchange for a kidney. Two men reported missing after meeting him. Not to be shared with NGOs without OIC authority.",
  "AV DE", "", "O", "H")
T("Hospital transplant coordinator raised concern: recipient (British national) returned from overseas with a new kidney, says he 'paid a hospital' and the donor was a poor man paid $2,000. Recipient unwell. Referred to NCA.",
  "AV", "", "O", "M")
T("Interpreter account (Urdu): He says the men took him to a clinic, told him they would test his blood for a job abroad. He woke with pain in his side. They gave him a small sum and said if he talks, his brothers will be arrested for the debt.",
  "DE IT PV", "", "O", "H")
T("Debrief (Nigerian F, 30): a woman from our church said she had a job for me in London caring for her old mother. In London, there was no mother. I did all the housework for her family of six, I slept on a mat in the kitchen and she kept my passport. She said if I leave, the police will put me in prison because I have no papers.",
  "DE AC RD IT AV", "plc saw dt foa", "D", "H")
T("Au pair (Spanish, 20) contacted agency: host family asks her to work 50 hours a week instead of 25, but pays her the agreed pocket money on time and she goes out with friends at weekends. Agency mediated; she moved to a new family.",
  "", "", "", "N")
T("Au pair (Ukrainian, 19) rang helpline crying: host family has taken her phone 'because she spends too much time on it', she is not allowed to leave the house except for school runs with the mother, and sleeps in the playroom on a sofa bed. Works from 6 to 11pm.",
  "IS RM AC EO", "iso rm plc lh", "D", "H")
T("Diplomatic household, Kensington: Indonesian domestic worker escaped over the garden wall at night, has injuries from the fall and bruising on her upper arms from where the employer grabbed her. Says she was never paid in 3 years and her salary was 'kept for her'.",
  "PV WW", "pa", "D", "H")
T("Police attended 999 from neighbour in Wembley: a woman screaming in the garden. Domestic argument between husband and wife, both professional, no others in the house. DA risk assessment done, standard risk. No exploitation.",
  "", "", "", "N")
T("Forced marriage unit: 17-year-old British Pakistani girl says her family plan to take her to Pakistan in the summer to marry a cousin; she does not want to. Her passport is held by her father. Protection order sought.",
  "AV RD", "dt", "", "H")
T("Sham marriage intel 3/C/P: Slovak females being brought to Glasgow to marry Pakistani males for residency; females housed together in a flat, given no money, and told they must pay back travel costs of £3,000 before going home.",
  "DB WW", "", "C", "M")
T("County lines: Met CL taskforce. Nom ('Tiny') running the 'Blade' line into Ipswich uses two 15-year-old boys from Lewisham, held in the flat of a vulnerable user (heroin dependent) in Chantry. Boys sleep on the floor; one stabbed in the leg last week, not taken to hospital.",
  "AV PV AC", "pa plc", "C", "I")
T("Cuckooing: Adult social care concerned about Mr Keith DAWSON (58, learning disability) - 'friends' from Birmingham have taken over his flat to deal drugs, he sleeps in the bathroom, his bank card is with them, and he says they hit him when he asked them to go.",
  "AV AC PV", "plc ncw", "C", "I")
T("Youth worker: a lad in Year 10 told me he 'owes' a dealer £600 after he was robbed of a package, and now he has to do runs to Hastings every weekend to work it off. The older ones showed him a video of another boy getting beaten. He is terrified.",
  "AV DB IT", "", "C", "H")
T("Mum called 101: her 16 year old came home at 3am with £400 and a new phone. She thinks he is selling drugs. No indication of anyone controlling him yet; she wants advice.",
  "", "", "", "N")
T("British Transport Police: 14-year-old boy stopped on train Euston-Coventry with 30 wraps in his socks. Reported missing from home in Croydon 3 days ago. He refused to say who gave him the drugs; an unknown number called his phone 11 times during the stop.",
  "AV", "", "C", "I")
T("Shop security: three girls (approx 12-14, Romanian) shoplifting at Westfield, picked up outside by an adult male in a BMW who took the bags. Same girls seen last week. Adult male shouted at them in car park.",
  "AV", "", "C", "H")
T("Begging: Roma woman with a baby outside Tesco daily, dropped off at 8 and collected at 6 by a man in a van who takes her cup. She sleeps in a van with 5 others at a lay-by, according to outreach.",
  "WW AC", "cedl oc plc ncw", "C", "M")
T("Bank alert (financial crime): Account ending 4471 in the name of a Romanian male receives wages from three different agencies, but all debit card use is at an ATM in Luton alongside 14 other cards, within minutes, by the same person on CCTV. Account holder's address is an HMO with 19 registered bank accounts.",
  "WW", "mbc ncw oc", "L", "M")
T("Bank: new customer (Bulgarian, M, 23) opened an account in branch, accompanied by a man who did the talking and filled in the forms, then asked for the card and PIN letters to be sent to a different address. Customer seemed not to understand what the account was for.",
  "", "sfw ncw", "", "N")
T("Money mule: Student (UK, 19) let a friend use his account for 'crypto' payments for £200. No coercion reported; he knew it was dodgy. Referred to fraud team. Not MS.",
  "", "", "", "N")
T("Benefit fraud intel: 8 Hungarian workers brought to Bristol by 'Zoli', who registered each for UC and then kept their bank cards and the payments. They live in one house with no furniture and work for him at construction sites for cash he keeps.",
  "WW AC", "ncw oc plc", "L C", "M")
T("Identity fraud: Home Office team found 23 bank accounts opened using the passports of Lithuanian men who were working at a Norfolk farm. Men say their supervisor 'borrowed' passports for the account set-up and never gave them back.",
  "RD", "dt mbc", "L C", "M")
T("Victim account: I am from Vietnam. The men in the lorry said we go to work in a restaurant. They took us to a house full of plants, they shut the windows with wood and locked me inside. Every two weeks they come with noodles. If the plants die I must pay, they said they would kill me.",
  "DE RM IT AC DB", "rm plc", "C", "H")
T("Officer's note: cannabis grow found at 5 Kestrel Way during drugs warrant. No one present. Electricity bypass, 300 plants. No evidence of anyone living there.",
  "", "", "C", "M")
T("Police raid on cannabis factory, Derby: Vietnamese male (claims 15) found sleeping on a mattress between plant tents, his feet swollen and infected from standing in water; says he is paying off his journey and cannot go outside because the boss watches through CCTV.",
  "AV AC DB RM", "saw plc pa rm", "C", "I")
T("Brothel: INT 2/B/P. Flat 4, Marlow House. 3 Romanian females advertised on AdultWork, rotating every fortnight to other cities. Females' phones are operated by a male called 'Costel' who answers bookings. Cash collected daily by Costel.",
  "WW", "ncw sfw", "S", "H")
T("Adverts for 'new young girl' at same number in Leeds, Bradford, Sheffield in one week. Photos show same bedroom. Analyst: pattern of pop-up flats moving women.",
  "", "", "S", "H")
T("Independent escort (British, 32) reported a client for refusing to pay. She works for herself, advertises her own profile and keeps all her earnings. Crime recorded as fraud. No exploitation.",
  "", "", "", "N")
T("Debrief (Romanian F, 21, with interpreter): She says her boyfriend brought her to England saying they would work in a hotel together. Instead he put her in a flat and made her have sex with men. She gave all money to him. He beat her when she had less than £500 for the night. He said he would send photos of her to her family in Craiova.",
  "DE PV WW IT", "ncw", "S", "H")
T("CSE referral: 13-year-old girl in care found in a car with two adult men at 1am in a car park. She had alcohol, new clothes, and a second phone. She says one man is her 'boyfriend' (aged 24). Bruises on her neck.",
  "AV PV", "pa", "S", "I")
T("School DSL: Year 8 girl says she is 'going out with' a boy in Year 9 and they kiss at break. Parents aware. No exploitation or age gap concern.",
  "", "", "", "N")
T("Online report: there is a house on Princess St where girls are brought in taxis every evening by a man and taken away at 5am, they wear short clothes in the freezing weather, one looked about 15, the curtains are always shut",
  "AV", "cedl et", "S", "H")
T("A&E: F, 23, Albanian. Attends with partner who insists on interpreting. Injuries: cigarette burns inner thighs, old fracture left wrist. When partner left to move car, she wrote on a leaflet 'help me he sell me'. Police called, partner detained at scene.",
  "PV", "pa sfw", "S", "I")
T("Sexual health clinic: F, 26, Chinese, attends with a woman she calls 'auntie' who pays in cash. Patient has had 4 STIs this year, says she works 'in massage' and lives where she works. Auntie holds her passport.",
  "RD", "saw dt", "S", "H")
T("Massage parlour licensing (council): premises licensed, therapists self-employed and registered, no residence on site, CCTV in reception only. Hygiene good. Renewed.",
  "", "", "", "N")
T("Restaurant kitchen worker (Bangladeshi, 30) told caseworker his employer-sponsor charged him £14,000 for the Certificate of Sponsorship, which he borrowed in Sylhet at high interest. Now he works 80 hours for £900 a month and sleeps in a room above the restaurant with 5 others. Employer says if he leaves, the visa is cancelled and he will be deported.",
  "DB EO AC IT AV", "uf lh oc saw foa", "L", "H")
T("Hotel housekeeping: agency charges each new worker £250 'registration fee' before first shift. Workers otherwise paid properly, free to leave. GLAA informed - licensing breach.",
  "", "uf", "", "N")
T("Construction labourer (Romanian, 35) complains that his boss paid him two weeks late once and underpaid a day. He has his own flat, his own bank account, and took the boss to ACAS conciliation. Not slavery.",
  "", "", "", "N")
T("We were told the job in the UK was in a fish factory with good money, £400 a week, accommodation free. It was a boat. We were at sea ten days at a time, working until we fell asleep standing. On land they locked us on the boat. Wages they said come at the end of the season. It never came.",
  "DE EO RM WW", "lh rm", "L", "H")
T("Fishing vessel inspection (MCA): 6 Filipino crew on transit visas, living aboard, cabins damp, toilet broken, crew said the skipper holds their passports. Crew were paid in cash in dollars 'sometimes'.",
  "AC RD WW", "saw plc dt", "L", "H")
T("Fisherman (Scottish, 45) injured by winch on a trawler out of Peterhead, airlifted to hospital. Vessel owner cooperating with MAIB. Crew all local, paid shares.",
  "", "", "", "N")
T("INT 3/C/P: A Polish male called 'Kuba' gives lifts to workers from the Boston HMO to the packhouse at 5am and charges £10 each per day. Workers reportedly cannot refuse the lift.",
  "", "ct cedl", "L", "M")
T("Recruited in Wroclaw at a bus station by a man who said warehouse job, £9 an hour, house near work. He drove us in a van, took passports 'for the agency registration'. House was in Kettering, 11 men, no beds only sleeping bags. The agency existed but paid our wages into accounts he opened. He gave us £40 a week.",
  "DE RD AC WW", "dt oc plc ncw et", "L", "H")
T("Warehouse (Amazon-type fulfilment centre) worker complaint: targets too high, toilet breaks timed, bus pick-up at 5.45am. Directly employed via licensed agency, NMW, free to leave. Passed to union.",
  "", "", "", "N")
T("Please help my brother. He went to England for farm work. He phones me only when the farmer is not there. He says they sleep in a container, it is very cold and no shower. He says the farmer shouted he would break his legs if he talks to anyone. Name Andrei. Farm near Spalding.",
  "AC IT", "plc", "L", "M")
T("Nail bar, Stockport: 2 young Vietnamese girls (approx 16-17) doing manicures. Owner said they are 'her nieces on holiday'. Girls had no phones, very quiet, answered only when owner nodded. Live in the flat above with the owner's family.",
  "AV", "sfw", "L", "H")
T("Complaint: the nail salon on King St makes staff work in fumes with no ventilation. Trading standards visited: extraction fitted, staff employed on contracts, no residence. Advice given on masks.",
  "", "", "", "N")
T("Debrief (Vietnamese F, 19): 'My family owe money to the man in our village for my journey, $20,000. In England I work in the nail shop and the money goes to him, I get nothing. He sends pictures of my mother's house to remind me.'",
  "DB WW IT AV", "ncw", "L", "H")
T("Sudanese man, 30, says he worked for a Kurdish man at a car wash for 9 months. 'Every day 8 to 8. He pay me £25 each day. I sleep in the back of the building on the chairs. When it rained the water came in on me.'",
  "EO AC", "lh saw plc", "L", "M")
T("Car wash, Slough: GLAA/police visit found 6 workers, all Albanian nationals with leave to remain, paid via payroll, living in their own rented rooms. Gloves, boots and waterproofs stored on site. Manager provided right-to-work checks. No concerns.",
  "", "", "", "N")
T("He made me sleep in the dog's kennel area in the garage. He said I don't deserve a room because I am slow. He kept the food locked in a cupboard. I cleaned his houses, all four of them, and his tenants' flats. He never paid. (British male, 44, with history of homelessness.)",
  "AC WW AV", "plc", "L", "H")
T("Traveller site, intel 2/B/P: Vulnerable British men (homeless, alcohol dependent) picked up from soup kitchens in Gloucester and taken to work paving driveways. They live in horse trailers with no heating, are given cider and tobacco instead of pay, and are beaten if they try to leave.",
  "AV AC WW PV RM", "plc rm", "L", "H")
T("Man with learning disability said he 'lives at the farm' where he has worked since 1990s; sleeps in a converted stable with no toilet. Farmer's family say he is 'like family'. He has never had a bank account. DWP benefits go to the farmer.",
  "AV AC WW", "plc ncw", "L", "H")
T("Hostel keyworker: resident (British M, 39) says he was offered cash work by a man outside the hostel. Worked one day on a roof, paid £70 at the end of day and dropped back. Resident happy; no further concerns.",
  "", "", "", "N")
T("OIC note: warrants executed at 3 addresses in Oldham (Op CASTLE). 17 potential victims - Czech Roma men. Mattresses on every floor surface, one toilet per house, mould on walls, kitchen with a single hob. Victims describe 80-hour weeks at a bed factory and being given £20 per week. Passports found in main suspect's safe.",
  "AC EO WW RD", "oc plc lh ncw dt", "L", "H")
T("I could not go out. The door of the house was always locked, and the windows had bars. The man said outside is police and they will take me. I did not know which country I was in first, later I learned England.",
  "RM IT IS", "rm foa iso", "", "I")
T("Interpreter: She says she has not seen a doctor for her pregnancy because the man said hospitals report to immigration. She sleeps in the room where she works and the man takes the money from the customers. She is 17.",
  "AV WW", "foa saw ncw", "S", "I")
T("Hospital social worker: Polish man, 49, admitted with frostbite to toes. Found sleeping in a tent in a wood by the farm where he picks leeks. He says the farm's gang boss charges £50 a week for a caravan place he cannot afford because of deductions.",
  "AC WW", "plc pa", "L", "M")
T("Labour Market Enforcement: garment factory paying below NMW, corrected after visit, arrears of £4,300 paid to 12 workers, workers have own accounts and homes. Enforcement notice only.",
  "", "", "", "N")
T("INT 2/B/C (do not share with employer): Indian chefs at a chain of curry houses in Wales brought on skilled worker visas, made to pay back £10,000 'sponsorship', sleep in the restaurant function room on mattresses. Owner's brother collects their bank cards.",
  "DB AC WW", "uf saw ncw", "L", "H")
T("I swept the floor, washed the pots, and at night slept on two chairs pushed together in the back of the takeaway, for 14 months. He shouted 'you are illegal, you have no choice'. My hand was burnt by the fryer oil and he said put ice. I could not see a doctor.",
  "AC AV EO", "saw pa", "L", "H")
T("Hairdresser (British, 22) says her salon boss makes them buy their own scissors and products, and pays commission only. She earns enough to rent a flat with her boyfriend. Query about employment status only.",
  "", "", "", "N")
T("Care home (CQC report extract): overseas carers recruited through a Kerala agency paid £8,000 in agency fees, are housed in the staff annexe eight to a flat, and say they cannot change employer because the home threatens to withdraw sponsorship and report them. Rotas show 60-72 hour weeks.",
  "DB AC IT EO", "uf oc lh", "L", "H")
T("Daughter reports her elderly father's live-in carer (Filipino, 50) is 'exhausted' and works 24/7 with no days off; she is employed by the family through an agency, paid into her own account, and has her own room. Daughter wants to arrange relief care. Long hours but no exploitation otherwise.",
  "", "", "", "N")
T("Debrief: 'In the house of Madam in Lagos and then in London, I was nobody. I ate after the dog. When I was sick she gave me paracetamol and told me to clean. She used the wooden spoon on my back when the baby cried.'",
  "AC PV", "pa", "D", "H")
T("School safeguarding: Y6 pupil (10) says her 'cousin' who lives with them does all the cooking and cleaning and doesn't go to school. Cousin looks about 14, speaks little English. Home visit: cousin not registered anywhere, sleeps on a mattress in the kitchen.",
  "AV AC", "plc", "D", "I")
T("Fly-tipping investigation: waste company using casual labour from a lay-by pick-up point. Workers paid £60 cash per day at end of the day, free to come and go. Environment Agency matter.",
  "", "", "", "N")
T("Waste site, Birmingham: workers said the manager locks them in the compound overnight 'for security' and they sleep in a portacabin with no heat among the rubbish bales. No gloves or masks; one lost the sight in an eye from glass. He owes the boss for his bus from Bucharest.",
  "RM AC DB", "rm saw plc pa", "L", "I")
T("INT 3/D/P: rumour that Slovak workers at the meat plant are 'owned' by a gang. Source had no direct knowledge; workers spoken to on site say they rent privately and are paid properly. No indicators found.",
  "", "", "", "N")
T("Helpline call: A man (Pakistani, 40s) says he works at a petrol station, lives in the storeroom, boss took his passport 'to renew the visa' 8 months ago. He gets £100 a month. He asks that we do not tell the boss he called.",
  "RD WW AC", "dt saw ncw", "L", "H")
T("One-liner: VN female, 15, in nail bar Ilkley, sleeping on salon chairs per anon caller.",
  "AV AC", "saw", "L", "H")
T("Officer handover (Op MERIDIAN): 4 Eritrean men at the chicken farm. Accommodation: converted poultry shed, strong ammonia smell, no windows, one electric heater. They work nights catching birds, paid £2/hour after deductions for transport and 'rent'. Gang leader 'Yonas' takes their cards. All deny wanting police help.",
  "AC WW", "plc ct ncw", "L", "M")
T("Report from library staff: a woman comes in daily to use the computer to contact her family, says her employer doesn't let her have a phone or go out except to the shop for him. She works as housekeeper for a businessman, sleeps in a 'cupboard room'.",
  "IS RM AC", "iso rm plc", "D", "H")
T("He kept our passports and said the council could fine us for not having papers if we went out. He rented us the garage with five bunk beds and one heater. Then every week he wrote the rent, food, gas, minibus in his book, and we always owed more than the salary.",
  "RD AC DB IT", "dt oc ct", "L", "H")
T("Housing officer: HMO licence inspection found 14 occupants in a 5-room licence. Tenants are agency workers who pay rent to the landlord, own their documents and have other addresses in Romania. Overcrowding enforcement only.",
  "", "oc", "", "N")
T("Man picked up at Heathrow: Border Force noted he was met by a 'driver' who had his return ticket and told him not to speak. He was going to 'a job in a restaurant' but did not know the name, town or employer.",
  "IS", "sfw iso", "", "M")
T("Chinese takeaway, Wrexham: staff interviewed individually. One cook (Fujianese, 42) says he owes £30,000 to 'snakeheads', that the owner pays the debt for him and 'keeps' his wage, that he sleeps in the cellar and has not had a day off since arriving 2 years ago.",
  "DB WW AC EO", "saw lh ncw", "L", "H")
T("Student (Indian, MSc) told her university her landlord in Coventry packed 9 students into a 4-bed house with a broken boiler. She pays rent herself and has work hours at a café. Housing team and council informed. Not exploitation.",
  "", "", "", "N")
T("Witness statement: I worked with the Latvian lads at the site in Milton Keynes. They told me their gaffer took their passports and charges them for the hard hats and boots we were given free by the main contractor. They were living in a warehouse unit on site.",
  "RD", "dt ppe saw", "L", "M")
T("Probation: service user (British, 24) says he is being 'made' to grow cannabis at a house in Rochdale to pay off a drug debt; men came to his mum's house and said they'd burn it. He has to stay at the grow most nights.",
  "DB IT", "saw", "C", "H")
T("INT 2/B/P: Female known as 'Aunty Bose' brings Nigerian girls (some believed 16) to work in her house and in her hair salon in Peckham; they sleep in the salon after closing, have no phones, and attend church only with her.",
  "AV IS RM", "saw iso rm et", "D L", "H")
T("Debrief (Albanian M, 17): 'They said I owed them for the lorry and I had to water the plants until it was paid. The house was hot like an oven. I was alone, no phone, they took it. I ate bread and chicken nuggets they threw in every week. One time I asked to go and he put a knife here.' (indicates throat)",
  "AV DB AC IS PV IT", "plc iso", "C", "H")
T("Anon report: big house in Chigwell, a maid from the Philippines never leaves. Sometimes seen hanging washing at 11pm. Neighbours have never seen her outside the gates.",
  "RM", "rm", "D", "M")
T("Victim (F, 34, Filipina) left her employer at embassy residence. Had her own room and passport, was paid monthly, but hours long on event days. Left to take a better job; asked about visa options. Not trafficking.",
  "", "", "", "N")
T("INT 2/B/P: POI DUMITRU Florin drives Romanian men from Luton to farms in Kent daily; each man pays him £15 per day transport and £70 a week for a mattress in his house. Men get their pay cash from him after his 'costs'. VRM GN66 HFX.",
  "AC WW", "ct oc ncw et", "L", "M")
T("Bar manager reports a Slovakian cleaner was slapped by the owner of the cleaning company in the car park. Cleaner says he is her 'boss and landlord'. She did not want police.",
  "PV", "", "L", "H")

# ---- part 3 ----
T("Tenant, 23, says her rented flat above a chip shop is freezing and the landlord says he'll fix the heater 'next month'. She works at a bank, pays rent by standing order. No concerns beyond disrepair.",
  "", "", "", "N")
T("Welfare visit at the request of the employer's HR: worker (Portuguese, 31) injured when a pallet fell on him at the distribution centre. Employer reported it, pays sick pay, PPE records signed. He lives with his wife. No indicators.",
  "", "", "", "N")
T("Debrief (Polish M, 63): 'The man found me at the night shelter, he said come, a room and a job with horses. The room was a stable. I had straw and a sleeping bag. I mucked out and fixed fences from light until dark. I got tobacco and beer and sometimes £10.'",
  "AV DE AC WW EO", "plc saw lh", "L", "H")
T("Neighbour (rant, Nextdoor post): SICK OF THE STATE OF NUMBER 9, SOFAS IN THE FRONT GARDEN, BINS EVERYWHERE, MUSIC TILL 2AM!!! its just a bunch of lads sharing, they all go to work and come back, but the council need to sort it",
  "", "", "", "N")
T("Caller says her ex-partner keeps her passport and won't give it back since they split up. He doesn't control where she goes or her money; she lives with her mum. Advised on civil route and reported theft.",
  "", "", "", "N")
T("I lost my passport on the train from Manchester. I am a student from Malaysia. Please tell me how to get a crime reference number for my embassy.",
  "", "", "", "N")
T("Interpreter (Vietnamese): He says the boss told them the house was safe but in the loft the wires were hot and once there was fire. He put it out with his blanket and his hands. The boss only said the plants were lost and added the cost to what he owes.",
  "AC DB", "pa saw", "C", "M")
T("INT 2/B/P: Group of Romanian women brought to Newcastle on promise of cleaning work at a hotel chain. On arrival placed in a flat in Benwell with 3 others and told they owe £2,000 each for the travel and flat; customers are booked through an online advert. Women's ID cards kept by female organiser 'Mihaela'.",
  "DE DB RD", "dt", "S", "H")
T("A man called Crimestoppers: he says Chinese workers at a restaurant in Soho are 'basically kept like animals' - he saw them sleeping on cardboard in the yard behind the bins during a break. Unverified.",
  "AC", "plc saw", "L", "M")
T("Restaurant, Soho - follow up visit: staff sleeping in yard was a one-off smoke break nap; all staff housed in rented flats in Zone 2, contracts seen, paid by BACS. Premises clean. Closed.",
  "", "", "", "N")
T("They said, you will be a model for clothes in Milan. My cousin's friend arranged it. In the end I was in a flat in Birmingham, they took my phone and there was no lock on the bathroom. Men came all day. I slept on the same bed.",
  "DE IS", "saw", "S", "H")
T("Self-employed plasterer (British, 51) complains his main contractor has not paid his last invoice for £3,200. He has other work, lives at home. Civil matter; not exploitation.",
  "", "", "", "N")
T("GP referral: 16yo boy (Albanian) registered by a man who claims to be his uncle. Boy has scabies and lice, wearing same clothes for weeks, says he lives 'in the shop' where he works. Uncle paid cash for the prescription and held the boy's papers.",
  "AV AC RD", "pa saw dt sfw", "L", "H")
T("The agent charged us each 3 lakh rupees for the job at the tomato glasshouse. In Kent they gave us rooms in containers, 4 to a container, one shower block for 60 people which was broken half the time. They took £50 a week for rent and £10 for the bus. Still we have the loan at home.",
  "DB AC", "uf oc plc ct", "L", "M")
T("Seasonal worker (Kyrgyz, 22) at berry farm told GLAA officer that caravan was clean, heating worked and she could leave any time; but she was worried about paying back her recruitment fee of £1,000 to an agent in Bishkek. Referred to scheme operator.",
  "", "uf", "", "N")
T("HMO fire in Peterborough: 2 Lithuanian men dead. Investigation found that the 'landlord' also ran the gang that supplied the men to a vegetable packing factory, crammed 15 into the house, removed fire alarms, and took the rent from their wages.",
  "AC WW", "oc plc ncw", "L", "H")
T("Debrief: 'I worked on the machine that cuts the fish. No gloves that protect, only plastic ones. I cut my finger deep. The supervisor said the hospital costs £1,000 if I go because I am not registered. So I went back to work with a bandage of paper towel.'",
  "AC", "pa", "L", "M")
T("Claim from a worker's lawyer: worker was dismissed after refusing extra shifts at a bakery. Worker had contract, holiday pay, and own accommodation. Employment tribunal matter only.",
  "", "", "", "N")
T("VRM KY18 WDR seen dropping 7 women at 0430 outside a food processing plant and collecting them at 2000. Women carry no bags. Driver is the same man every day. (Security guard's log)",
  "", "cedl et fpe", "", "N")
T("INT 2/A/P: ZHANG Wei runs 'herbal massage' businesses in Northampton and Bedford. Workers (Chinese females, 30s-50s) live in the shop back rooms, eat and sleep on the massage beds, and are moved between shops in his car every few weeks. ZHANG takes their passports when they arrive 'for the landlord'.",
  "RD AC", "saw dt et", "S", "H")
T("Off-duty officer: a man outside Aldi begging, with a sign saying 'hungry'. Later saw him get into a Mercedes with other beggars, the driver counting cash. The man limps and has a visible infected wound on his shin.",
  "", "et pa", "C", "M")
T("Debrief (Romanian M, 70, disabled): They brought me from Romania, said I would get treatment for my leg in England. Instead they put me outside the station every day to beg. At night they took everything I was given. I slept in a van. If I didn't bring enough, no food.",
  "AV DE WW AC", "plc ncw", "C", "H")
T("Charity worker: Sudanese young men in Calais told her a smuggler offers to 'take a kidney' instead of payment for the boat. None reported having done so. Information only.",
  "", "", "", "N")
T("Home Office caseworker: asylum applicant (Egyptian, 35) has a nephrectomy scar, says he donated a kidney to his brother in Cairo in 2015, family consent, medical records supplied. No suggestion of trafficking.",
  "", "", "", "N")
T("Debrief: 'They told me I can earn $5,000 for one kidney and it is safe. They took my passport at the clinic in Istanbul. After the operation they paid $800, and said the rest was for the hotel and doctor. I still have pain and cannot work.'",
  "DE RD WW AV", "dt", "O", "H")
T("Employer of a Filipino domestic worker (ODW visa) called police to report that the worker 'has absconded'. Enquiries: worker had been sleeping on a floor mattress in the nursery, was paid £100 a month, and her passport was in the employer's briefcase. Employer told police she 'stole from us'.",
  "AC WW RD", "plc saw dt", "D", "H")
T("I am the lodger at a family home in Cardiff. I have my room, lock on the door, pay rent, sometimes help with cooking because I want. Council asked because of the census. Nothing wrong here.",
  "", "", "", "N")
T("Care worker's daughter (Zimbabwean) told NGO: her mother is sponsored by a care agency in Kent which moved her into a 'staff house' - a three-bed with 9 carers, mattresses in the lounge. The agency keeps her BRP and deducts for accommodation, transport and 'training' leaving about £200 a month.",
  "AC RD WW", "oc dt ct ncw", "L", "H")
T("Care agency (licensed, Kent) - inspection found sponsored carers in shared houses at 2 per room with their own tenancies, rent at market rate, carers hold BRPs and are paid in full into own accounts. One complaint about rota hours resolved.",
  "", "", "", "N")
T("Intel 3/C/P: teenage girls from a children's home in Rotherham are being collected by men in a taxi and taken to a flat in Sheffield where there are parties; one girl returned with a black eye and said she 'fell'.",
  "AV", "cedl pa", "S", "H")
T("Foster carer called: 15yo placed with them got home late, smelt of alcohol, said she was at a friend's. No indication of anyone older involved; return home interview booked.",
  "", "", "", "N")
T("Interpreter: He says at the brick yard in the UK they slept inside the kiln building where it was warm but full of dust. Everyone coughed. The boss kept their ID 'so they don't run'. They had one day off in three months.",
  "AC RD EO", "saw plc dt lh", "L", "H")
T("Salvation Army: IP (Eritrean M, 24) describes car wash in Reading; lived in a room at the back with 6 men sharing 3 mattresses; the owner forbade them speaking to customers and took their phones each morning. Paid £200 a month 'after debt' for smuggling.",
  "AC IS WW DB", "oc saw iso", "L", "H")
T("Domestic abuse: husband controls wife's money, checks her phone and shouts at her. She works as a teacher and keeps her salary in a joint account he monitors. DASH medium. No labour or sexual exploitation.",
  "", "", "", "N")
T("Woman (Bangladeshi, 26) on spousal visa: husband's family make her cook and clean for 11 people from 5am to midnight, she sleeps on the floor by the stove, not allowed to go out or call her parents. Mother-in-law beats her. Husband has her passport.",
  "AC EO RM IS PV RD", "plc lh rm iso dt", "D", "H")
T("Bulgarian couple in their 60s brought to clean a hotel in Torquay; hotel owner said they could live in the staff cottage. The cottage had no hot water and a hole in the ceiling. They were paid, but late. They left after a month and went to another job.",
  "AC", "plc", "L", "M")
T("Anon online report: at the chicken catching job they give you no mask and the ammonia burns your eyes, then they take £30 for a hi-vis and £30 for wellies off your first wage.",
  "AC", "ppe", "L", "M")
T("Crew welfare charity: Ghanaian fisherman on Scottish scallop dredger says crew bunk in a cabin meant for 2, mould, no heating; skipper shouts and threatens to 'throw him overboard'; works 18-hour days; not paid since March.",
  "AC IT EO WW", "saw oc plc lh", "L", "H")
T("'We were 30 in a house with 6 rooms. They took our passports on the first day. The man in charge was an Afghan, he said we can leave when we have paid for the journey. We washed cars every day, 12 hours.' Through interpreter, Pashto.",
  "AC RD DB EO", "oc dt lh", "L", "H")
T("Parent complaint to school: her 13yo son was given detention for being late; he helps out in the family corner shop after school for an hour. School satisfied he is not exploited; family business within legal limits.",
  "", "", "", "N")
T("Council pest control visit: rats in the kitchen of a 2-bed terraced house rented by a Kurdish family with 3 children; landlord responsive, family working and studying. Baiting done.",
  "", "", "", "N")
T("Police stopped a transit van at 0500 on the A1 with 12 men sat on the floor in the back without seats. Men had no coats, appeared cold and hungry. Driver said he takes them to the farm and each pays £7 a day. Only the driver spoke.",
  "", "et ct sfw pa", "L", "M")
T("Patient (F, 45, Ethiopian) seen by GP: headaches and exhaustion. She is a domestic worker for a family in Knightsbridge, says she is paid properly, has Sundays off, has her passport, and came to GP on her own. Advice on sleep.",
  "", "", "", "N")
T("Social worker note: 'Child (approx 11, Slovak) living with an unrelated adult who has her sell flowers in pubs at night and keep the money. Child thin, wearing summer clothes, not in school. She says she sleeps on the floor with the adult's dogs.'",
  "AV WW AC", "pa plc ncw", "C", "I")
T("Worker (Romanian, 29) at hand car wash told PCSO that he is paid £50 a day cash, works 9-6, lives with his wife in a rented flat, has his own ID. He said the owner 'is ok'. No concerns.",
  "", "", "", "N")
T("Statement: I saw the man take the girl by the hair and push her into the car. She was crying. Then he went back into the flat above the massage place. This was about 11pm on Tuesday.",
  "PV", "", "S", "H")
T("Op DUSK: At 0200 officers entered a pop-up brothel (Airbnb). Two females (Brazilian and Romanian) present. Brazilian female says she works for herself with her friend and keeps her money. Romanian female had no phone, no money, no idea of the town, and said a man 'Sorin' brings her food and takes the cash.",
  "IS WW", "iso ncw", "S", "H")
T("Financial intelligence: 11 bank cards in different names seized from a car in Dagenham with PINs written on post-it notes; each card belongs to a worker at the same agency. Workers say the driver 'looks after' the cards and gives them cash.",
  "WW", "mbc ncw", "L", "M")
T("Interpreter (Polish): She says the job agency in Poland promised packing in a sweet factory with a room in a family house. It was a caravan on a farm with 5 women, no shower, cold, and the work was cutting cabbages in the rain. She says the wage was less than half of what they told.",
  "DE AC", "oc plc", "L", "M")
T("Agency worker (Romanian, 24) says her packhouse pay is low (NMW) and the caravan on the farm is small and shared with 3 friends, but it is clean, warm, and she chose it. She has her own passport and bank card.",
  "", "", "", "N")
T("One-liner from patrol: 4 Indian males sleeping in the back of a restaurant in Southall, boss has their passports.",
  "RD AC", "saw dt", "L", "M")
T("INT 2/B/C: POI OKAFOR arranges Nigerian women to come as 'care workers' and places them in houses where they work as maids; told their families will be cursed if they disobey (juju oath). Women live in boxrooms and are not paid.",
  "IT WW AC DE", "plc", "D", "H")
T("Construction, Leeds: HSE visit found workers without harnesses on the roof and no welfare facilities. Firm's workers local, directly employed, go home each night. Prohibition notice. No slavery indicators.",
  "", "", "", "N")
T("I'm writing about my aunt who is 72 and lives with my cousin. He takes her pension and she does all the cooking for his family. She says she doesn't mind cooking. (Email to council)",
  "", "ncw", "", "N")
T("Youth offending team: boy (16) from Coventry arrested in a flat in Aberystwyth with crack and heroin. He says he was told he'd be 'dealt with' if he came back without the money. He had been staying in the flat for 10 days; no bed, food only from the shop downstairs.",
  "AV IT AC", "plc", "C", "H")
T("Meat factory: the bosses keep the cold room door closed and workers must ask to go out. A worker fainted from cold; the supervisor docked his pay for the time he was on the floor.",
  "AC RM", "rm", "L", "H")
T("NGO note: young Vietnamese woman rescued from a nail salon describes eating only rice once a day, sleeping on the floor of the salon, and being told her family in Nghe An would be visited if she ran away. Salon owner had her passport.",
  "AC IT RD", "saw plc dt", "L", "H")
T("Traffic officer: van VRM BD67 TYL stopped; 5 workers going to a building site, all with CSCS cards, own IDs, paid by the main contractor. Van had seats and belts. No concerns.",
  "", "", "", "N")
T("Debrief (Eritrean F, 27, via interpreter): She says in Libya she was kept in a warehouse with other women, men came at night and raped them. In England, she was in a hostel and is safe. She has been referred for counselling.",
  "PV RM", "rm", "S", "H")
T("Woman (Polish, 38) rang because her employer, a cleaning company, has not paid her last month's wages (£1,100) and now won't answer. She lives independently and has left the job. Referred to ACAS / small claims.",
  "", "", "", "N")
T("He gave us one room with a hole in the floor where the water came up. We had to sleep three in a bed. When I asked for my money he said I was stupid and that my mother would get a visit. Every week he took the money at the bank with us, I put the card in and he took the cash.",
  "AC IT WW", "oc plc ncw", "L", "H")
T("Prison note: prisoner (Vietnamese, 18) convicted of cannabis cultivation says he was locked in the house and never paid; s45 defence not raised at trial. Referred to NRM by prison officer.",
  "RM WW", "rm", "C", "M")
T("Concern raised by estate agent: during a viewing of a rental property, found the 'empty' loft contained 6 mattresses, a toilet bucket and a kettle, with a padlock on the outside of the loft hatch. Tenant is a construction company.",
  "AC RM", "oc plc rm", "", "H")
T("Detective's summary: victim (Slovak M, 50) was kept for 4 years working on a tarmac crew; lived in a caravan with no toilet or heating, beaten with a spanner, fed leftovers, and the family that controlled him collected his benefits and wages.",
  "AC PV WW", "plc ncw", "L", "H")
T("Kidney patient (Pakistani national, 50) in Birmingham disclosed he bought a kidney in Pakistan from a man 'who needed money'; the donor was told it was for a relative. Referred to HTA and NCA.",
  "DE AV", "", "O", "M")
T("Report: a man with learning difficulties is living in the shed of a house in Wigan; the family make him do the garden and the housework and he eats outside. He gets no money. Neighbour very worried, says he is there now in the cold.",
  "AV AC WW", "plc", "D", "I")
T("Anon: girls from the children's home get picked up by cars at night, they come back with stuff, booze, phones. I know one of them is 14.",
  "AV", "cedl", "S", "H")
T("Bank: customer (Chinese F, 29) opening a new account was accompanied by a woman who held her passport and answered for her; the woman already holds 6 other cards at the same address. Branch filed a SAR.",
  "RD", "dt sfw mbc", "", "M")
T("They promised hotel work in London at £1,500 per month. I came. I washed cars in the rain from 7 till dark and slept in a container with no light. After 2 months I got £100. When I asked, the boss said the rest paid for the ticket.",
  "DE AC EO WW DB", "saw plc lh", "L", "H")
T("Farm worker (Bulgarian, 44) broke his leg in a tractor accident at a farm in Worcestershire. Farm has GLAA-licensed labour provider, accident reported, worker given paid sick leave and flight home funded. No concerns.",
  "", "", "", "N")
T("Police found a 17-year-old Sudanese boy living under a tarpaulin in woods behind a fruit farm. He says he works picking apples for a man who pays him 'sometimes' and gives him bread. He has nowhere else to go.",
  "AV AC WW", "plc", "L", "H")
T("Text to helpline in Romanian (translated): 'we are 5 in a field in a tent the boss not come back for 3 days no water no food he took our ID please help we are near a big river and farm with red barn'",
  "AC RD IS", "plc dt iso", "L", "I")
T("Open-source: local paper reports two men jailed for forcing homeless men to lay paving, housing them in a 'filthy' caravan with no toilet, and taking their benefits; victims told they would be 'buried' if they left.",
  "AV AC IT", "plc ncw", "L", "H")
T("Teacher: pupil's older sister (19, Pakistani) has been brought over to marry a cousin. She now does all the housework, has not been registered with a GP, and is not allowed out without her mother-in-law. Pupil says she cries a lot.",
  "RM", "rm", "D", "M")
T("MARAC note: husband forces wife to have sex with his friends for money; she hands the cash to him. She is British and lives in their home with their children.",
  "PV WW", "ncw", "S", "H")
T("Private hire driver: every night I take two young Asian women from a flat in Slough to addresses in Windsor and back, the man who books always pays and tells them not to talk to me. One had a bandage on her wrist.",
  "", "et sfw pa", "S", "H")
T("Sex worker (British, 40) tells outreach she rents a room in a working flat with two friends, shares costs, decides clients, and keeps her money. No concerns; harm reduction advice given.",
  "", "", "", "N")
T("INT 2/B/P: men working at the barbers on Stoney St are Kurdish under 18s per source; they sleep on the barber chairs, work 12 hour days, and get tips only.",
  "AV AC EO WW", "saw lh", "L", "H")
T("Hotel front desk: a man checks in with four girls who look 14-15 and pays cash for one room, says they're his nieces. Girls silent, one with a bruise on her arm. Room booked for 'till the weekend'. Now.",
  "AV", "pa sfw", "S", "I")
T("Victim (Vietnamese F, 24): 'They told me to say I am the sister of the owner. I sleep upstairs in the salon with the other girls. The nail dust is in everything, my chest is tight. The boss said I cannot go outside because police take girls like me.'",
  "AC RM", "saw rm foa", "L", "H")
T("Interpreter: He says there was a fire in the kitchen of the house where they lived, and the men could not get out because the back door was nailed shut and the front locked. He jumped from the window and hurt his back. The boss took them to another house that night.",
  "AC RM", "rm pa", "", "H")
T("Outreach: 'Mariana' (Romanian, 30) lives in a tent in a park and sells the Big Issue; she says nobody takes her money and she is waiting for a hostel place. Not exploited.",
  "", "", "", "N")
T("Complaint: my son works at a takeaway and is only 17. The owner makes him work till 1am on school nights and pays him £3 an hour. He does come home every night. (School escalated.)",
  "AV EO", "lh", "L", "H")
T("Factory in Leicester: workers say the fire exit is chained, the windows are painted over, they work 7 days, and when inspectors come they are told to hide in the toilets.",
  "AC EO", "lh", "L", "M")
T("Debrief (Sri Lankan F, 46): 'Sir kept my passport from Dubai. In London I worked 6am to 1am. I slept on the floor in the laundry. If I asked for salary, Madam said when you go back. I never went back. Three years.'",
  "RD EO AC WW", "dt lh plc saw", "D", "H")
T("Midwife: pregnant woman (19, Roma) says she and her partner live with his uncle, who 'organises everything', keeps their ID cards and takes their wages from a recycling job. She was not allowed to come to the clinic alone; uncle waited outside.",
  "RD WW RM", "dt ncw rm", "L", "H")
T("Council licensing: HMO licence refused on grounds of overcrowding and missing fire doors. Occupants professional tenants. No slavery concern.",
  "", "", "", "N")
T("Op LANTERN handover: IP 'Mo' (Sudanese, 17?) found in loft of takeaway, no window, heater broken, sleeping bag. States owner calls him 'donkey' and hits him with a ladle. Age assessment requested; treat as child. IP with foster carer tonight.",
  "AV AC PV", "saw plc", "L", "H")
T("Whistleblower at a packaging factory: agency supervisor makes some workers stay for double shifts without breaks, threatening to send them 'back to the house with no food'. They live in the agency's house near the factory.",
  "EO IT", "lh", "L", "M")
T("My landlord told me that if I don't pay the rent he'll call immigration. I have a work visa and I'm in the right so I reported it. He doesn't employ me. (Online form)",
  "", "", "", "N")
T("Recovered from a boat in Newlyn: Ghanaian deckhand says the crew slept in the net store on shore when not at sea, skipper kept their passports in the wheelhouse, and they were paid £200 a month of a promised £1,200.",
  "AC RD DE WW", "saw plc dt", "L", "H")
T("Anon: there's an old man living in a caravan at the scrapyard who works there all day every day sorting metal, he looks dirty and hungry and the owners shout at him, I don't think he gets paid",
  "AC EO WW", "saw plc pa lh", "L", "H")
T("Witness (neighbour): 'the girl next door is about 16, she is their housemaid. She never goes to school. I see her put the bins out at midnight. They took her to Pakistan and back with them in the summer.'",
  "AV EO", "lh", "D", "H")
T("Victim account (Filipino M, 33, farm): the accommodation was a static caravan for 4 and we were 8. Not enough food, the farm shop sold us food at high price from the wages. The supervisor said that if we complain to the scheme operator, we'll never work in the UK again.",
  "AC IT", "oc", "L", "M")
T("Finance (AML) alert: payroll account of a recycling firm pays 40 'employees' but all salaries go to 3 accounts controlled by one director. Employees unknown.",
  "WW", "ncw", "L", "M")
T("Caller says the woman next door is a hoarder, the house smells and there are mice. She lives alone and is 80. Adult social care. No exploitation.",
  "", "", "", "N")
T("One-liner: 2 Eritrean IPs from lorry at Dover, say destination was 'job in car wash', smuggler holds their phones.",
  "IS", "iso", "L", "M")
T("Site induction record, Hinckley warehouse: all agency staff issued safety boots, hi-vis and gloves free of charge; nothing deducted from pay. Workers travel by their own cars or public bus. Audit passed.",
  "", "", "", "N")
T("Interview: asked whether anyone ever threatened him or stopped him leaving the farm, he said no, the boss is strict about hours but 'if I want to go, I go'. His passport is in his own bag. He sleeps in a shared caravan with heating.",
  "", "", "", "N")
T("Debrief (Moldovan M, 26): 'I had nothing, only the clothes I wore and a plastic bag. They slept us in an old bus at the back of the yard, windows broken, we put cardboard. The boss said the bus costs £40 each a week. We cut trees for him from 6 in the morning.'",
  "AC WW", "fpe plc oc saw", "L", "M")
T("INT 2/B/P: Albanian broker in Tirana advertising on Facebook for 'kidney donors, good money, travel to Europe paid'. Two UK-based recipients linked by phone data. Donors told it is a legal 'gift'. Referred to NCA.",
  "DE AV", "", "O", "M")

# ---- part 4: long multi-paragraph texts and one-liners ----
T("""OFFICIAL-SENSITIVE. Intelligence report 2/B/P.
Subject address: 27 Gladstone Street, Boston, Lincs. Occupied by approx 16 Lithuanian and Latvian males aged 20-60. Council tax in the name of POI VAITKUS Rolandas (DOB 11/02/1979), who does not live there.
Source reports the house has 4 bedrooms and every room including the lounge and dining room has mattresses on the floor. The bathroom ceiling has collapsed and the men wash at the kitchen sink. Heating is off because VAITKUS 'controls the meter'. A man with a swollen, discoloured foot has been limping for two weeks and was told he can go to a doctor 'when the season ends'.
The men are collected at 0445 by a white Transit (VRM unknown) and returned after 2100, six days a week. VAITKUS deducts £75 a week 'rent' and £25 'transport' from their pay, which is paid into accounts he opened; he hands each man cash on Saturdays.
Also at the address on occasion: VAITKUS's girlfriend, who runs a legitimate cleaning business and is not believed to be involved.""",
  "AC EO WW", "oc plc pa cedl lh ct ncw", "L", "H")
T("""Safeguarding referral - Adult Social Care
Referrer: District nurse. Concern about Mr Derek HOLLIS (67), diabetic, who lives alone in a bungalow in Kidderminster. On my visit today the house was cold (heating broken since October), the kitchen had mouldy food and there were mouse droppings on the worktop. Mr Hollis says he 'can't be bothered' to ring the council and that his son visits on Sundays.
I asked about money: he manages his own pension, has a bank card and shows me his statements. No one else lives there or takes his money, and he does not work for anyone. He declined a care package but accepted a referral for a heating grant.
Concerns: self-neglect and cold home. No indication of exploitation by others.""",
  "", "", "", "N")
T("""Debrief account, taken with Tigrinya interpreter, 14/06.
The witness says that after arriving in the UK in a lorry he was met at a service station by a man called 'Hagos', who told him he had a job and a bed. The bed was a sofa in the corridor of a flat in Birmingham where 9 men lived. Hagos took his phone 'so the police cannot track you'.
He was taken every day to a car wash in Walsall. He says the work was from 8 until after dark, and in winter they had no gloves; the chemicals made his fingers crack and bleed. Hagos said the £3,500 for the journey must be paid and each week he wrote a number in a notebook, but the number did not go down because he added the food and the bed.
The witness says another worker, 'Yonas', tried to leave in March and Hagos and two men beat him in the yard in front of everybody. He says after that nobody asked about leaving.
He managed to leave when a customer gave him a leaflet and he called the number from the customer's phone.""",
  "AC IS DB EO PV IT", "oc plc iso lh", "L", "H")
T("""Press summary (court report): A couple who kept a Nigerian woman as an unpaid servant in their Essex home for eight years have been jailed.
The court heard that the victim, now 41, was brought to the UK on a visitor visa with the promise of a nursing course. On arrival her passport was taken and she was set to work cooking, cleaning and caring for the couple's three children. She slept on a mat on the kitchen floor, was given leftovers, and was not allowed to leave the house alone. She was never paid.
When she asked to go to college, the wife told her that she was 'illegal' and that the police would lock her up. The victim escaped when a neighbour helped her contact a charity.
The judge said the couple had 'exploited her isolation and fear for their own convenience'.""",
  "DE RD AC RM WW IT AV IS", "dt plc saw rm foa iso", "D", "H")
T("""Welfare visit, Harbour Car Valeting, Plymouth (following anonymous report alleging 'slave labour').
Present: 4 staff. Manager (Kurdish, owns business with his brother) produced employment contracts, right to work documents, and payslips for all staff; pay by bank transfer at NMW or above, 40-45 hours a week. Staff spoken to separately with a Kurdish interpreter: all live in their own rented rooms or with family, travel by bus, hold their own passports and cards, and said they can leave any time.
PPE: gloves, boots, waterproof jackets stored in a locked cabinet, issued free; chemicals labelled with COSHH sheets.
Staff room has a kettle, microwave and toilet; no one sleeps on site.
The anonymous report appears to have come from a competitor. No further action; advice given on displaying the workers' rights poster.""",
  "", "", "", "N")
T("""Officer's handover, night shift, 02:15.
Attended 14A Station Parade (above the nail bar) after a 999 from a girl who spoke little English. Found 3 Vietnamese females (one says she is 16, two say 19 and 22) in a single room, one double mattress and a sleeping bag, no window, one extractor fan. The door was locked from the outside with a padlock; fire service forced entry.
The youngest had a burn on her forearm from a nail lamp which had not been treated and was weeping. All three say they have not been paid; the 'boss lady' (LE Thi Hoa, address unknown) holds their passports.
All three with foster carer / Salvation Army safe house tonight. Premises secured. Early turn to complete the NRM and the strategy discussion for the 16yo.""",
  "AV RM AC WW RD", "rm saw plc pa dt", "L", "I")
T("""Witness statement (extract), Mrs Janet Holroyd, 71:
I have lived on Brook Lane for 40 years. The farm across the road has always had seasonal workers, and the family who run it are good people; the workers used to come to the village shop and the pub.
This last year it changed when the farmer's son took over the picking and brought in a man called 'Vasile'. The workers stopped coming into the village. I saw Vasile's car parked across the farm gate at night. Through the hedge I could see people living in the old pig sheds, with washing hanging inside, and smoke from an open fire because, I think, there is no electricity in there.
One morning a young man came to my door, very thin, and asked for bread in broken English. He said 'boss no give money' and ran off when he heard a car.
I did not see anyone being hit. I have no idea how many people are there.""",
  "AC WW", "plc pa", "L", "M")
T("""Financial intelligence summary (SAR review):
Between January and May, 38 personal current accounts opened at three branches in Bradford by Slovak nationals, each listing one of two addresses. All salary credits come from the same two staffing agencies (both licensed). Within 24 hours of each credit the full balance is withdrawn at the same ATM, usually by the same man on CCTV, holding several cards at once.
Branch staff recall that the account holders were brought in groups by a man who spoke for them and held their ID cards, which he took back after the account was opened.
Some of the account holders have since been seen by police begging in the city centre.
Recommendation: disseminate to the MSHT unit and to the agencies.""",
  "WW RD", "mbc ncw sfw dt", "L", "M")
T("""Probation officer's note.
J (British, 20) on licence for possession with intent. He has told me that before his arrest he was 'working' for a man called 'Sparks' who gave him a phone and sent him to a flat in Weston-super-Mare for two weeks at a time. J says he slept on a bare floor in a flat belonging to a woman who used heroin, and that he could not leave because Sparks's cousin stayed with him and kept the front door key. When he lost £900 worth of drugs, Sparks told him it was now a debt and 'we know where your nan lives'.
J now lives with his nan and wants to move away. He says he is not in contact with Sparks. I have submitted an NRM referral with his consent and informed the police.""",
  "RM AC DB IT", "rm plc", "C", "H")
T("""Renal unit, consultant's letter to GP (extract).
Thank you for referring this 44-year-old gentleman of Indian origin. He underwent a nephrectomy in Chennai in 2019; he tells me he was a 'paid donor'. He says a broker approached him when his family owed money to a moneylender, told him that the operation was harmless and that he would receive 4 lakh rupees, but he received less than half; the broker kept his passport until the operation was done.
He is now in the UK as a spouse of a British citizen and has early hypertension. Renal function is reasonable. I have discussed with our safeguarding lead, who advises this should be recorded and shared with the police as a possible historical case of trafficking for organ removal, with his consent, which he has given.""",
  "AV DE WW RD", "dt", "O", "M")
T("""Public report (website form, unedited):
hi i dont no if this is the rite place but theres a house on my road wiv loads of chinese ladies, they come and go in black cars at all hours, the blinds never open and theres a camera on the door. my mate says its a brothel. one of the ladies come to my door once asking for a phone charger she looked scared and kept looking back at the house and said the man is angry. she had no shoes on. i dont want trouble but it aint rite. also theres a car with no tax parked outside for months, can u get that moved as well""",
  "", "et pa", "S", "H")
T("""Report by Children's Services following joint visit.
Household: Mr and Mrs K and their three children (aged 3, 6 and 9), plus Mrs K's niece, 'R', who states she is 17 and came from Ghana eighteen months ago 'to go to school'.
R is not registered at any school or GP. She says she gets up at 5 to get the children ready and cook, takes the younger ones to nursery, cleans the house and the family's two rental flats, and goes to bed after midnight. She sleeps on a foam mat in the children's room. She has no phone and says she is not allowed to call her mother 'because it is expensive'. Mrs K keeps R's passport 'in case it gets lost'.
Mr K was aggressive during the visit and told R in front of staff that she would be 'sent back to the village in shame' if she told lies.
R placed in emergency foster care tonight with police protection.""",
  "AV EO AC IS RD IT", "lh plc iso dt", "D", "I")
T("""INT 3/C/C (not for dissemination outside police): Hotel in Blackpool used for 'parties'. Source heard that a girl aged about 15 was brought there by two older men on Saturday and 'passed around'. Source did not see this and the information is second-hand. Hotel staff asked and said they had a stag party that weekend and no children were seen. CCTV requested.""",
  "AV PV", "", "S", "H")
T("""Debrief, Polish female, 52, through interpreter.
She says she answered an advert in a Polish newspaper for cleaning work in London hotels, with a room included. The recruiter, a Polish woman, met her at Victoria coach station and took her ID card 'to register her'.
The 'room' was a bed in a shared room in a flat in Barking with five other women. There was no cooker, only a kettle and a microwave, and the toilet was broken for weeks. She was driven to office buildings at 4am to clean and then to a hotel in the afternoon. She worked about 14 hours a day, 6 or 7 days a week.
The recruiter told them all their wages were paid to her and that she would keep them until their 'debts' for the coach, the room and the registration were paid. After three months she had received £150 in total. She never got her ID card back. She left when a hotel housekeeper, also Polish, took her to a church.""",
  "DE RD AC EO WW DB", "dt oc plc cedl et lh ncw", "L", "H")
T("""Seasonal worker scheme operator audit (summary).
Farm A: 120 workers, caravans 4 per unit, heating and hot water working, laundry block, free Wi-Fi; PPE free; hours 40-50 with optional overtime; wages paid weekly into workers' own accounts; workers hold passports; grievance line in 5 languages. One worker complained that the caravan was 'cramped' - offered a move.
Farm B: 40 workers; two caravans with broken heating were repaired during the visit. One supervisor was found charging workers £5 for a lift to the supermarket; stopped and refunded. No indicators of forced labour identified; action plan agreed.""",
  "", "", "", "N")
T("Caller: 'he's hitting her in the back yard of the takeaway right now, the girl who works there, she's screaming.'",
  "PV", "", "", "I")
T("VN male, 14, found in grow house, Wakefield; door locked outside; boarded windows.",
  "AV RM", "rm", "C", "I")
T("IP says boss keeps all the ID cards in his car and calls it 'insurance'.",
  "RD", "dt", "", "M")
T("Neighbour dispute over a hedge; neither party employs anyone. NFA.",
  "", "", "", "N")
T("Caravan on farm: no water, no toilet, 7 workers, says gangmaster owns it.",
  "AC", "oc plc", "L", "M")
T("Girl says: 'the men said if I run they will find my little sister'.",
  "IT", "", "", "M")
T("Migrant worker lost his passport on a night out; reported to embassy. No concerns.",
  "", "", "", "N")
T("Workers charged £120 each for boots and hi-vis before first shift at the site.",
  "", "ppe", "", "N")
T("Au pair: own room, own key, 25 hrs, paid weekly; asked about travel insurance only.",
  "", "", "", "N")
T("Woman in brothel says the madam beats the girls who refuse clients; happening tonight in Flat 2.",
  "PV", "", "S", "I")

# ---- output and checks ----
# Risk: "I" (danger now) is kept as written; otherwise high when the convention
# says so (3+ indicators, violence, sexual exploitation, threats with restriction),
# or when written "H" for a child at risk (marked by abuse_of_vulnerability);
# medium for any indicator or type; low for nothing.
def min_risk(r):
    i = set(r["indicators"])
    if len(i) >= 3 or "physical_sexual_violence" in i or "sexual" in r["exploitation"] \
       or ("intimidation_threats" in i and "restriction_of_movement" in i):
        return "high"
    if i or r["exploitation"]:
        return "medium"
    return "low"
def final_risk(r):
    m = min_risk(r)
    if r["risk"] == "immediate":
        return "immediate"
    if m == "high" or (r["risk"] == "high" and "abuse_of_vulnerability" in r["indicators"]):
        return "high"
    return m
PAIRS = [("restriction_of_movement", "restricted_movement"), ("retention_of_documents", "documents_taken"),
         ("excessive_overtime", "long_hours"), ("isolation", "isolated")]
if __name__ == "__main__":
    for n, r in enumerate(ROWS, 1):
        for a, b in PAIRS:  # a sign goes with its indicator when both are described
            if a in r["indicators"] and b not in r["signs"]:
                r["signs"].append(b)
            if b in r["signs"] and a not in r["indicators"]:
                r["indicators"].append(a)
        if r["risk"] == "immediate" and min_risk(r) == "low":
            print(f"CHECK f123-{n:03d}: immediate with nothing", file=sys.stderr)
        r["risk"] = final_risk(r)
        out = {"id": f"f123-{n:03d}", **r}
        print(json.dumps(out, ensure_ascii=False))
