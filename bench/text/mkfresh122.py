#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline's indicator detector (set fresh122).

Every text below was written by hand; the short codes are expanded to the
fixed label codes.  Run: python3 bench/text/mkfresh122.py
"""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DEC": "deception", "ROM": "restriction_of_movement",
       "ISO": "isolation", "PSV": "physical_sexual_violence", "IT": "intimidation_threats",
       "ROD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oc": "overcrowded_accommodation", "swp": "sleeps_at_workplace",
       "fpe": "few_personal_effects", "rm": "restricted_movement",
       "cedl": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport",
       "ct": "charged_transport", "lh": "long_hours", "ppe": "ppe_charges",
       "ncw": "no_control_of_wages", "sfw": "speaks_for_workers", "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "DS": "domestic_servitude",
       "OH": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

DATA = []


def R(text, ind="", sig="", typ="", risk="l"):
    DATA.append((text, ind, sig, typ, risk))

# ---- part 1 ----
R("INT suggests males working at SUDS N SHINE hand car wash, Station Rd, are paid nothing directly. Manager POI DEMAJ collects wages in cash each Friday and 'sends it home' on their behalf. Workers sleep in portakabin behind the site. 2/B/P",
  "WW AC", "ncw swp plc", "L", "m")
R("Car wash on the ring road is busy every weekend, lads look young but the manager showed me payslips and they all get minimum wage into their own accounts. No concerns.",
  "", "", "", "l")
R("i work at the farm picking since june they pay 6 pound hour which is less then the law but they pay me every friday cash in my hand and i live in my cousins house. is this allowed",
  "", "", "", "l")
R("Caller states her brother (Slovak national) works at a packhouse near Wisbech. His wages are paid into a bank account opened for him by the gangmaster, who keeps the card and PIN. He gets £30 a week 'for food'. Lives in a house with 11 others arranged by the same man.",
  "WW AC", "ncw oc", "L", "m")
R("Nail bar worker, female, 16 yrs, Vietnamese. States she does not get paid, 'auntie' says money goes to pay for her journey to UK which cost £18,000. Sleeps upstairs above the salon. Does not know the address. Safeguarding strategy meeting convened.",
  "AV WW DB ISO", "swp iso", "L", "h")
R("Pay was late by one week in March because the payroll company changed systems. Employer apologised and paid the full amount with a letter. Worker still employed and happy.",
  "", "", "", "l")
R("Salvation Army caseworker note: client (Romanian, M, 34) worked 14 months in a recycling plant in the Midlands. Says 'they told me salary is 1,500 euro but I never saw it, the boss said he keeps it for me until I go home.' He was never given any. Was housed in a caravan with no heating, charged £50 a week for it. Arrived at our service with one carrier bag: a change of clothes and a toothbrush.",
  "WW DEC AC", "plc fpe", "L", "h")
R("He pays us £20 every Sunday. That is all. The rest he says is for the house and the van.",
  "WW", "ct ncw", "L", "m")
R("Ring doorbell footage shows a minibus collecting 9 men from 14 Ash Grove at 04:40 each morning and returning after 22:00. Neighbour states men look exhausted. No further info.",
  "", "cedl", "", "l")
R("Subject reports that his employer at a Chinese takeaway in Leeds pays him £250 a week for 6 days, which he accepts is below minimum wage, but says the money is his and he sends some to his family in Fujian because he wants to. He has his own passport and rents a room privately. Advised re ACAS.",
  "", "", "", "l")
R("Debrief (interpreter present, Tigrinya): She says that the man who brought her to the house said she would look after the children and be paid £400 a month. She says that in eleven months she received nothing. When she asked, the wife said her salary was being 'saved' and that she would get it when her contract ends. She slept on the floor of the children's room and worked from 6am until after midnight. Her passport was in the husband's briefcase. She was not allowed to leave the house alone.",
  "DEC WW EO ROD ROM AC", "lh dt rm", "DS", "h")
R("QUICK NOTE - staff at the Pizza place on the high street are all from Albania and never seem to have a day off. Dunno if its anything.",
  "", "", "", "l")
R("Intel: 3 x Romanian F aged approx 20-25 working pop-up brothel flat 7 Regent Court. Controller known as 'MARIUS' takes all cash from clients. Females given 'pocket money' for cigarettes. Adverts on adult site with same phone number 07700 900431. 2/C/P",
  "WW", "ncw", "S", "h")
R("A&E: Patient male 42 Polish presented with crush injury to hand from conveyor at a meat processing plant. States employed via agency, has contract, paid weekly into his own account. Employer's H&S rep attended with him. No safeguarding concerns identified.",
  "", "", "", "l")
R("GLAA inspection of licence holder AB Staffing Ltd: 23 workers interviewed. All had payslips and controlled their own bank accounts. Two workers were paid late in May owing to a bank error; arrears paid within 48 hours. One breach found: accommodation record-keeping incomplete. No indicators of forced labour.",
  "", "", "", "l")
R("He told me I owe for the flight and the room and the food and every week it's more. I work on the building all day and he writes it in a little book. I have never been paid since I came. He says when debt finish then I get money. It is never finish.",
  "DB WW", "", "L", "m")
R("Bank financial crime alert: 14 debit cards belonging to different customers used at same ATM in Peterborough within 20 minutes, each withdrawing £200 on payday. Account holders are Lithuanian nationals all giving the same correspondence address. Salaries credited by a food packing company.",
  "WW", "mbc ncw", "L", "m")
R("School referral: Year 9 pupil (14) has been seen getting into cars with older males after school. Has new trainers and two phones. Mum says he comes home at 3am and has been missing from home twice this month. Found in Norwich on last occasion with £400 and wraps.",
  "AV", "", "C", "h")
R("Worker at care home complains she's paid £10.42 per hour but doesn't get paid for travel time between clients. She has raised a grievance. Her visa is sponsored by the company but she says they have her passport only for a right-to-work check and gave it back the same day.",
  "", "", "", "l")
R("anon report: THE BOSS AT THE CARWASH TAKES ALL THERE MONEY THEY GET NOTHING AND LIVE IN THE BACK SHED LIKE ANIMALS SOMEBODY NEEDS TO DO SOMETHING",
  "WW AC", "ncw swp plc", "L", "m")
R("OIC handover: VRM AB12 XYZ seen dropping Vietnamese male at cannabis grow, 22 Mill Lane. Male found inside when warrant executed 0600hrs, door padlocked from outside, no key on him. Says he was told he'd be working in a restaurant. Not paid; 'boss' said he'll be paid after the harvest. Interpreter requested.",
  "ROM DEC WW", "rm", "C", "h")
R("Victim account (translated): They said I will be paid after three months. After three months they said after the harvest. After the harvest they said next month. I worked on the farm two years and got only some money for cigarettes.",
  "WW", "", "L", "m")
R("""Incident log 4471 — neighbour dispute, Hazel Avenue.

Caller (Mrs DAVIES, no 16) reports ongoing noise from no 18, which she says is 'full of foreigners' coming and going at all hours. She believes it may be 'one of those slavery houses' she saw on the news.

PCs attended. No 18 is a five-bedroom house let by a university-approved agent to seven postgraduate students (Chinese, Nigerian, Indian and one Welsh student). All seven were spoken to. They work part-time in the city — two at a supermarket, one as a research assistant, others in cafés — and showed contracts and payslips. Each has their own passport or BRP. None described anyone controlling their money or movements. The 'all hours' traffic is shift work and a late-night study group.

Advice given to the students about noise after 23:00; they apologised. Mrs DAVIES informed of the outcome and advised about mediation. No offences, no indicators of exploitation. NFA.""", "", "", "", "l")
R("Nom WILSON, Craig (DOB 12/03/1988) believed to be running county line 'TONY' into Weymouth. INT suggests he is using the flat of a vulnerable heroin user, Mr PIKE, to deal from. Pike has been told to stay in the bedroom when customers come. 2/B/P",
  "AV ROM", "rm", "C", "m")
R("She says that she gets 40 euro a month and the rest of her pay goes to her husband's mother, who found her the job in the hotel kitchen. She did not choose this. She says that she asked for her money and her mother in law slapped her.",
  "WW PSV", "ncw", "L", "h")
R("Migrant Help note: Filipina domestic worker for a diplomat's family. Says the contract says £1,200 per month paid in the Philippines to her sister. Sister confirms she receives it monthly. Worker has her own phone, one day off a week and attends church. No indicators identified; advice on visa renewal given.",
  "", "", "", "l")
R("INT suggests Sudanese males at warehouse via XL Recruitment are paid into accounts managed by a 'fixer' AHMED who deducts 'rent, transport and fees' leaving approx £15 per week each. 6 males share a 2 bed flat. Grading 3/C/C (not to be disclosed to the employer).",
  "WW AC", "ncw ct oc", "L", "m")
R("Worker got paid £180 for 60 hours. He doesn't like it and is looking for another job. The owner keeps nothing back, just pays badly.",
  "", "", "", "l")
R("Probation: PoP reports his landlord has been making him work in his garage for no pay 'in lieu of rent' since he came out of prison. Landlord holds his benefit card. PoP has learning difficulties and says he is scared he'll be homeless if he stops.",
  "AV WW", "ncw", "L", "m")
R("Report from a member of the public via Modern Slavery Helpline: 'Girls at the massage place on Eastgate never leave, a man brings them food. Saw one with a black eye last Tuesday. They come to the door but won't speak.'",
  "ROM PSV", "rm pa", "S", "h")
R("Witness statement: I am the manager at the Hilltop Hotel. I employ housekeeping staff through my own payroll. Every worker gets a payslip and pay goes to their own account. Last month one employee, Ana, was underpaid by £80 due to an error in her hours. When she pointed it out we corrected it in the next run.",
  "", "", "", "l")
R("Debrief: 'My boss, Mr Khan, paid my wages into his own account because he said I couldn't open one without an address. He gave me cash when he felt like it, sometimes £50, sometimes nothing for weeks. I worked in the kitchen twelve hours a day, every day.'",
  "WW EO", "ncw lh", "L", "m")
R("kidney for sale guy at mosque telling young lads they can make 10k selling a kidney in Turkey, he arranges flights. my cousin went last month and came back sick and only got 2k. think he's done this to others",
  "DEC AV", "", "OH", "m")
R("Transplant coordinator note: living related donor (brother) assessed for kidney donation to his sister. Independent assessor satisfied no coercion or payment. Surgery scheduled.",
  "", "", "", "l")
R("Eritrean male, 17, found in the back of a lorry at Dover. Says he paid smugglers $4,000 and his family owe more. Smuggler told him he must work for a man in Birmingham to pay the rest. Referred to children's services.",
  "AV DB", "", "", "h")
R("Migrant worker, Polish, at potato farm says the pay is rubbish (under £9/hr once you take off the caravan) but the caravan is his choice, he can live in town, and his money goes into his own Monzo. Happy to stay for the season.",
  "", "", "", "l")
R("Police log 101: caller states her Romanian boyfriend gives all his wages from the building site to his 'uncle' every Friday. Boyfriend says he has to because the uncle brought him over and he still owes him. Caller worried because the uncle has his ID card and says he'll 'sort him out' if he leaves.",
  "WW DB ROD IT", "ncw dt", "L", "h")
R("Safeguarding adult referral: Mr T (57, alcohol dependent) living with a family who take his pension and disability benefit each month and give him £10. He does their gardening and cleaning all day. He sleeps in the shed.",
  "AV AC", "ncw swp plc", "DS", "m")
R("Our daughter is 19 and works in a nail salon in Croydon. Her boss is strict and the pay is low, £7 an hour, but she has her own bank account, she goes home every night, and she keeps her own money. We are writing only to ask about minimum wage rules.",
  "", "", "", "l")
R("GLAA: packhouse operative states agency charges £20 a week for transport in the company minibus and £35 for boots and hi-vis taken from first wages. Net pay still about £380 a week paid to own account. Licensing breach recorded re PPE charges.",
  "", "ct ppe", "", "l")
R("Gang master takes our bank cards. On Friday he goes to the cash machine with all cards and takes out the money. He gives each of us 50 pound. If you complain he says go back to Romania and see what happens to your mother.",
  "WW IT", "ncw mbc", "L", "m")
R("Shoplifting: 3 Romanian females aged 15-17 arrested at Boots, Oxford St, with foil-lined bags. Older male waited outside in car and drove off. Girls say they have to give everything they take to him and are given food. None have ID. Referred to NRM.",
  "AV", "", "C", "h")
R("Daughter has been cleaning for a family friend in Luton for a year since she came on a visitor visa. They keep her wages 'so she doesn't waste it'. We have asked many times to send it to us. They say later. Nothing has arrived.",
  "WW", "ncw", "DS", "m")
R("STAFF AT TAKEAWAY PAID CASH IN HAND SO THEY DONT PAY TAX!!! REPORTING TO HMRC AND POLICE",
  "", "", "", "l")
R("Domestic abuse: victim states husband controls the family money and gives her an allowance. She does not work. No indication she is made to work for anyone. DASH completed, medium risk.",
  "", "", "", "l")
R("Caseworker (Medaille Trust) note: R (Albanian, F, 22) was told she was coming for a waitress job. On arrival in Manchester she was sold to a man who advertised her on Vivastreet. She had to see up to 10 men a day and he took every penny. She was beaten when she refused a client. She escaped when he was arrested for something else.",
  "DEC WW PSV EO", "lh ncw", "S", "h")
R("""Public report (web form):

Two young men came round our road yesterday selling cleaning cloths and oven gloves out of a holdall. They said they were from a 'rehabilitation project' and get to keep half of what they sell. I've read that these doorstep sellers are sometimes trafficked so I asked a lot of questions — they were very chatty, from Manchester, both 20-ish, said they do this three days a week and go to college the other two. They had ID badges with a company name and a pedlar's certificate, which I checked online and it is a real company.

They didn't seem scared, one was on the phone to his girlfriend. Nobody was watching them from a car that I could see.

I bought some dusters. I'm only reporting because my husband said I should. Probably nothing.""", "", "", "", "l")
R("Fishing boat inspection, Newlyn: 4 Filipino deckhands on transit visas. Skipper says their wages are paid to a manning agency in Manila which 'sends to their families'. Crew have never seen a payslip and say they get $50 a month on board. Passports held by skipper 'for port control'.",
  "WW ROD", "ncw dt", "L", "m")
R("Crew on the trawler said they work up to 20 hours a day during the catch, get no days off for weeks and the skipper shouts and kicks them if they stop.",
  "EO PSV", "lh", "L", "h")
R("INT: female (Nigerian) housed by church pastor in Peckham, doing all cooking and cleaning and childcare for the pastor's family. Pastor told her that her salary pays back her visa costs. She has never received pay. 2/C/P",
  "WW DB", "", "DS", "m")
R("Man complains his employer at the car wash did not pay him for the last week after he quit. He has his documents, lives with his wife, and was paid weekly before that. Advised to contact ACAS and small claims.",
  "", "", "", "l")
R("he give us money later he say, always later, I wait 8 month",
  "WW", "", "L", "m")
R("""INTELLIGENCE REPORT — 2/C/P

Subject: PETROVIC, Dragan (DOB 04/09/1979), Serbian national, address 31 Cape Hill, Smethwick.

1. PETROVIC runs a roofing business trading as 'D&P Roofing' and is believed to employ six to eight Serbian and Bosnian men.
2. PETROVIC has been seen on at least four occasions at a Western Union branch on the High Street, sending amounts of between £2,500 and £3,200 to Serbia. On each occasion he was alone.
3. Source states that the money sent is the combined wages of the men working for him. The men are told it is sent to their families, but source has spoken to the family of one man, who say they have received nothing for a year.
4. Each man receives about £25 a week in cash 'for cigarettes'. The men live in a caravan in PETROVIC's yard.
5. Source has not seen any violence and does not know about documents.
6. PETROVIC drives a black Mercedes Sprinter, VRM part known as -- 67 --.""", "WW DEC", "ncw", "L", "m")
R("Care worker, Zimbabwean, sponsored visa. Agency deducts £600 a month for 'visa fees', £400 for a shared room and £80 for uniform from her £1,700 wage, leaving her roughly £600. Told if she leaves she will be reported to the Home Office and deported. She works 70 hours a week.",
  "IT EO AV", "uf ppe lh foa", "L", "h")
R("Interpreter: He says that the money is paid, yes, but the boss takes it back. The same day. The boss stands at the cash point with him. He keeps twenty pounds.",
  "WW", "ncw", "L", "m")
R("""Housing enforcement visit — Flat 3, 22 Gordon Street.

Tenant: Ms OKAFOR (Nigerian, 34) and her two children. Complaint from the tenant about damp and a broken boiler. She mentioned that 'the man from the landlord's company' collects rent in cash every Friday, which she finds odd, and that he once said she would be 'in trouble' if she reported the boiler.

Officer checked: tenancy agreement is in her name, rent is £650 per month, and she has receipts. She works as a healthcare assistant at the General, employed by the NHS trust, paid into her own account. Her documents are her own. She has no debt to the landlord.

The comment about being 'in trouble' was, on her account, about losing her deposit, not a threat of harm.

Outcome: improvement notice served on the landlord for disrepair; the landlord has been reminded in writing that cash rent must be receipted. Tenant given advice on retaliatory eviction. No safeguarding concerns; no indicators of exploitation.""", "", "", "", "l")
R("Safeguarding: 15-year-old girl missing from care located at hotel in Slough with 27-year-old male. She had been given vodka and cannabis. Male had posted images of her on a website. Male arrested at scene; girl returned to placement.",
  "AV", "", "S", "h")
R("Victim debrief, Vietnamese male 19: 'I watered the plants. I could not leave, the windows were covered with wood and the door was locked. Food came every three days. They said my family owes £28,000 and I must work to pay. I never got money.'",
  "ROM DB WW AC", "rm", "C", "h")
R("Agricultural worker on seasonal visa from Kyrgyzstan says he was promised 40 hours a week and got 15, so he earns very little. Pay goes to his own account. He wants to change farm. Scheme operator arranging transfer.",
  "", "", "", "l")
R("I wasnt paid for 3 month. boss tell me he pay the solicitor for my visa with my wages. I never seen a solicitor. He has my passport to 'give to home office'.",
  "WW DEC ROD", "dt", "L", "h")
R("Bank: customer account opened in name of female (DOB 2001) receiving wages from three different cleaning firms. All withdrawals made by a male in branch holding her card; customer has never attended branch. Suspected control of account by third party.",
  "WW", "ncw", "L", "m")
R("Polish man sends nearly all his pay to his wife in Gdansk every month, keeps a bit for food. Colleagues thought it was strange but he says it's for building their house.",
  "", "", "", "l")
R("OFFICIAL-SENSITIVE. 3 x Indian nationals working at a sweet factory in Leicester. Owner holds their passports 'for safekeeping'. Wages paid but owner deducts £150/wk each for the room above the factory where all three sleep on mattresses. They earn £210/wk.",
  "ROD AC", "dt swp oc", "L", "m")
R("The factory pays shockingly low — £6.50 an hour — but we get it ourselves every Thursday. Nobody holds our passports and we can leave. I just want to know where to complain about the pay.",
  "", "", "", "l")
R("CSE: 13yo boy in care given money and cannabis by older males to carry packages to Hastings. Has been assaulted when he 'lost' a parcel and told he now owes £800 which he must work off.",
  "AV PSV DB", "", "C", "h")
R("A woman who cleans the offices in my building says she hasn't been paid in two months and the supervisor says the money is 'coming'. She still works because he has her Romanian ID card. She cried when I asked.",
  "WW ROD", "dt", "L", "m")
R("Hotel chambermaid, Bulgarian, through a subcontractor. She is paid per room, £2.10, which works out well under minimum wage. Paid weekly, her own account. Subcontractor reported to HMRC for NMW breach. No forced labour indicators.",
  "", "", "", "l")
R("Intel log: male known as 'DJ' cuckooing flat of Mrs A (68, dementia). Running drugs from there. Takes her pension each week from the post office using her card. 2/B/P",
  "AV", "ncw", "C", "m")
R("Worker says deductions for accommodation (£70), transport (£30), admin (£25), 'insurance' (£40) and the debt for his flight (£100) are taken every week from his £280, leaving him £15. He has been there 9 months. Boss keeps his passport.",
  "WW DB ROD", "ct dt ncw", "L", "h")
R("All the girls give the money to Mama. Mama gives us £10 for the phone card.",
  "WW", "ncw", "S", "h")
R("Member of public: I saw men on the roof of a building site with no helmets or harnesses, really dangerous. Don't know if they're paid properly. Reported to HSE too.",
  "", "", "", "l")
R("Witness: my neighbour's au pair from Spain is treated like family, goes to language school three mornings a week, gets £100 pocket money plus her room and food as agreed. She told me she's loving it.",
  "", "", "", "l")
R("Au pair (Brazilian, 20) contacted helpline. Host family had agreed £90 a week pocket money; she has been given nothing for seven weeks. Mother says she 'owes' them for the flight. She works 7am to 10pm with the three children and does all the housework. Not allowed a key.",
  "WW DB EO ROM", "lh rm", "DS", "h")
R("Female, Chinese, 31 — massage parlour. States she pays the owner £300 a week for the room and keeps the rest of what she earns. She says she can go out shopping with the other girls and has her passport. Refused NRM. Duty to Notify completed.",
  "", "", "S", "h")
R("Farm worker left after one week because the pay was too low and the work too hard. Farmer paid him for the days worked and drove him to the station.",
  "", "", "", "l")
R("Eastern European males, approx 10, living in 3 bed house on Cromer Rd. Van collects them 5am. A man who lives elsewhere comes every Friday with an envelope, gives each something small and leaves with their bank cards. 2/C/P",
  "WW", "cedl oc ncw mbc", "L", "m")
R("Account takeover: elderly man's pension being withdrawn by his nephew. Nephew admits using the money. No work involved.",
  "", "ncw", "", "l")
R("debrief via interpreter (Albanian): He says the boss in the carwash told him 'your money I keep, you get when you go, no point to have in your pocket'. After 11 months the boss said there is nothing because of the debt for his lorry journey. He was threatened with a knife when he asked.",
  "WW DB IT", "ncw", "L", "h")
R("Care home in Kent employs nurses from Kerala. All paid above NMW, visas sponsored, no fees charged to workers, staff handbook in Malayalam and English. Inspection found good practice.",
  "", "", "", "l")
R("Nigerian woman, 28, brought to UK aged 15 by 'aunt'. Spent 12 years cooking, cleaning, looking after cousins; never went to school and never paid. Slept in kitchen. Aunt still holds her birth certificate and passport.",
  "AV WW ROD AC", "dt swp", "DS", "h")
R("""Concern raised by a bank branch manager (summary)

Mr K, a regular customer in his fifties, came in with a younger man who does most of the talking and keeps hold of Mr K's debit card. Staff worried he was being financially abused or 'controlled'.

Staff spoke to Mr K alone. He explained that the younger man is his son, who helps him because he had a stroke last year and struggles with words; the card is kept by his son at his own request because he lost two cards in a month. Mr K still works part-time at a garden centre and his wages are paid into his own account; he showed staff his banking app and said he decides what is spent. He was relaxed and laughed about his son being 'bossy'.

The branch has recorded a third-party mandate to formalise the arrangement. No exploitation, no financial abuse identified.""", "", "", "", "l")
R("Intel 1/A/P: 'The lads at the gangmaster's house are made to hand over cash from every shift to Ionut, who then gives back whatever he decides, usually about £20. One who refused was beaten in the kitchen in front of everyone.'",
  "WW PSV", "ncw", "L", "h")
R("Witness: Girls at the Thai massage on Castle Street arrive in a black Audi at 10am and leave at 2am. Same driver every day. They never walk anywhere.",
  "ROM", "et cedl rm", "S", "h")
R("Student (Indian) reports she lost her passport on the train. Has BRP and university letter. No concerns.",
  "", "", "", "l")
R("The money from my shifts at the restaurant goes to my husband's brother's account, I don't have a bank card. When I need sanitary pads I have to ask him. He says I am lucky to have work.",
  "WW", "ncw", "L", "m")
R("He was paid properly for the first month, then nothing. The boss said the business was struggling and he'd get it all at Christmas. Christmas came and he was told he owed money for the room. He'd stopped asking by the time I met him — he was scared of the boss's sons.",
  "WW DB IT", "", "L", "h")
R("Construction site inspection: 30 workers, all CSCS-carded, paid by BACS through a known payroll provider. Two complained pay is low for the area. No concerns re exploitation.",
  "", "", "", "l")
R("INT suggests POI NGUYEN Van Thanh takes all earnings from 4 nail bars in Kent; workers (some believed under 18) receive 'living money' only. Workers transported between salons by NGUYEN in grey Sharan. 2/B/C - do not disclose to salon owners.",
  "WW AV", "ncw et", "L", "h")
R("Took my phone on the first day, said the boss doesn't like distractions. I didn't know where the farm was, only fields. No pay for the first three months because it was 'training'.",
  "ISO WW", "iso", "L", "m")
R("Man stopped for begging on Oxford Street says he is Romanian, 52, with a disability. Says a man drives him in each day and takes all the coins at the end and gives him a sandwich. Man has his ID card.",
  "AV ROD", "et dt", "C", "m")
R("I been working at the hand carwash for 2 yrs, the money is low 50 quid a day but its my money, boss is alright, i go home to my flat every night",
  "", "", "", "l")
R("Girl (16) posted on social media that her 'boyfriend' takes all the money she makes from 'parties' and that she has to go with his friends. School DSL informed police.",
  "AV WW PSV", "ncw", "S", "h")
R("Community officer: Bangladeshi cook at restaurant in Brick Lane works 7 days, 11 hrs a day, sleeps on the restaurant floor. Says pay is £100 a week which is 'better than home'. Owner is his uncle. Keeps his own money.",
  "EO AC", "lh swp", "L", "m")
R("She was paid in 'vouchers' for the shop owned by the same man. Never cash. She couldn't buy a bus ticket.",
  "WW", "ncw", "L", "m")
R("""Email received by the force's modern slavery inbox, from the HR manager of a distribution centre (summary)

'One of our agency pickers, a Lithuanian man called Tomas, came to my office today and asked if we could pay him ourselves because, in his words, "the agency boss takes my wages". I checked with the agency: they pay into an account ending 4412, which they say is his. Tomas says it is an account a man called Audrius opened for him when he arrived, and that Audrius has the card and the app. Tomas gets cash from Audrius on a Sunday, "maybe £40", and was told the rest is for his room and the coach he came on.

Tomas has worked here seven months and his timesheets show 50 to 55 hours a week. He seems frightened that Audrius will find out he came to see me. He has his own passport, which he showed me.

I haven't told the agency why I was asking. Please advise.'""", "WW", "ncw", "L", "m")
R("After a dispute about unpaid overtime, worker resigned and was paid his final wages including holiday pay. He is now working elsewhere. File closed.",
  "", "", "", "l")
R("Woman locked in a room at 44 Kirby St now, calling from a phone she hid. Says man has taken her money and passport and is coming back tonight to 'sell her' to another man. Sounds terrified. Units dispatched.",
  "ROM WW ROD IT", "rm dt", "S", "i")
R("""Report made in person at the front counter (officer's summary).

Informant is a retired teacher who uses the hand car wash at the Esso garage on Wellington Road every fortnight. Last Sunday, while his car was being dried, one of the washers (a man in his 30s, he thinks Kurdish or Iraqi) asked him in broken English whether he could 'call somebody' because the boss had not given him any of his money since the summer. The man said the boss says he will pay 'at the end', and that he sleeps 'in the back' with the others.

At that moment another man — older, wearing a leather jacket, who the informant believes is the boss — walked over and the washer walked away quickly. The informant says the older man stared at him until he left.

The informant went back on Wednesday; the washer was not there. The informant has a photo of the site and the older man's car (silver BMW).""", "WW AC", "swp", "L", "m")
R("Tenant asked us (housing officer) whether it's legal for her employer at the bakery to pay her £8.20 an hour. It isn't; we signposted her to the HMRC NMW complaints line. She lives with her partner, has her own account and documents, and is not being made to stay.",
  "", "", "", "l")
R("Sister says he's paid £90 a day at the scrapyard but only on paper — the owner 'banks it for him' and he's had about £200 in a year. He sleeps in a container in the yard and the owner's dogs are let loose at night so nobody goes out.",
  "WW AC ROM", "ncw swp plc rm", "L", "h")
# ---- part 2 ----
R("""Victim debrief — interpreter's summary (Romanian).

She says that a woman from her village, Florentina, told her there was work in a sandwich factory in Northampton, £9 an hour, with a room included. She paid Florentina 300 euro for the ticket.

She says that when she arrived she was met at Luton by two men who took her ID card 'to register her at the agency'. She was taken to a house where 14 people lived. She did get work at the factory through an agency, but the wages went into an account the men had opened in her name. They kept the bank card. Every Saturday one of them gave her £20 and told her the rest went on rent, transport and her ticket.

She says that after four months she asked to see her bank statement and was told that if she made trouble her little brother at home would 'have an accident'. She was driven to and from the factory in the men's van and was never allowed to walk to the shop on her own.

She left when a supervisor at the factory noticed she was crying and called the helpline.""",
  "DEC WW ROD IT ROM AC DB", "uf dt ncw oc et rm", "L", "h")
R("Mum's been told by the council that the family next door are fostering a teenage boy from Vietnam. He goes to school and plays football in the street. No concerns, just wondered if it was legit. It is.",
  "", "", "", "l")
R("They said modelling. Photos for catalogues, good money in London. It was a flat in Ilford and men coming all night.",
  "DEC", "", "S", "h")
R("Caller (Crimestoppers): men at the recycling depot on Bridge Industrial Estate are worked from 6 till 10 at night seven days a week, don't speak English, no gloves or masks, sorting through medical waste. Believes they're paid nothing. Older man called 'Boss Gigi' does all the talking when anyone visits.",
  "EO AC", "lh sfw", "L", "m")
R("Interviewed the Romanian woman at the laundry again today. She was clear she is paid weekly into her own Revolut, has a tenancy in her own name and visits her family at Christmas. Complaint about her being 'controlled' by her partner came from an ex who has a grudge. NFA.",
  "", "", "", "l")
R("INT 2/B/P: Albanian male ('Arben') in cannabis factory in loft of 9 Orchard Way. Has been told that if he goes outside the police will arrest him and send him to prison because he is illegal. Does not have a phone. Food delivered by KUKAJ.",
  "AV ISO IT", "iso foa", "C", "h")
R("No concerns raised by the girls at the salon. They live in their own flats, all have their documents and are paid. The owner was helpful. Licensing officer checked ventilation only.",
  "", "", "", "l")
R("I did not know what country I was in for the first week. They took my phone at the border and I only saw the inside of the van and then the house.",
  "ISO", "iso", "", "m")
R("GP note: Patient (F, 34, Filipino) attended with back pain. Works as live-in carer for an elderly man. Says she has no day off in 8 months and sleeps on a camp bed in his room to help at night. Employer's son collects her salary 'for tax' and gives her £50 a month. Did not want to talk further.",
  "EO WW AC", "lh ncw swp", "DS", "h")
R("Ltr from MP's office: constituent's son, Polish, 24, says his boss at the kitchen-fitting firm refuses to pay him his last £600 after a falling-out. He has his own passport and flat and has already found new work. Asking police whether it's a crime.",
  "", "", "", "l")
R("They told us no talking to the English people. If someone asks, say we are family visiting. The boss listened on speaker when we called home.",
  "ISO", "iso", "", "m")
R("She says that the uncle's wife hit her with a belt if the floors were not clean and once burned her arm with an iron.",
  "PSV", "pa", "DS", "h")
R("Border Force, LHR T4: female (Indian, 23) travelling to join 'husband' met via marriage bureau. Says husband's family have arranged she will work in their shop. Her passport was taken from her by the husband's cousin as soon as she landed and she was told she'd be sent back if she didn't 'obey'. Safeguarding referral made at the airport.",
  "ROD IT", "dt", "L", "m")
R("Shown a video on the phone of a man being beaten with a bat. 'This was the last one who ran', he said.",
  "IT", "", "", "m")
R("He knows where my mum lives in Hanoi. He sent me a photo of her house.",
  "IT", "", "", "m")
R("POI STOICA, Nicolae controls up to 20 Romanian beggars in Birmingham city centre. INT suggests beggars are collected in a white Transit at 07:00, dropped at pitches, and collected at 19:00. Takings handed to STOICA. Several have visible disabilities. 2/B/P",
  "AV", "cedl et", "C", "m")
R("Wife says her husband (Pakistani, 38) was promised a chef's job at a restaurant in Glasgow with a work permit. Agent charged them £8,000. When he got there the job didn't exist, he was put washing dishes at another place for cash and told to keep quiet because his visa was 'not the right one'.",
  "DEC AV", "uf foa", "L", "m")
R("Licensed gangmaster provides transport to the farm for £4 a day, which workers can choose to use; about half drive themselves. All workers paid hourly above NMW. No issues.",
  "", "ct", "", "l")
R("Intel log: Information suggests 2 x Eritrean males working at a car wash on Fleet St sleep in the car wash office. They are not paid; boss says he is 'paying off' their smuggling fees to people in Libya on their behalf. Males have been threatened that family in Eritrea will be harmed. 2/C/P",
  "WW DB IT", "swp", "L", "h")
R("School: Year 11 girl (15) disclosed that her stepdad makes her clean the house, cook for the family and look after her three half-siblings every night until midnight and she has stopped attending school. She is not allowed to see her friends. Section 47 initiated.",
  "AV EO ROM", "lh rm", "DS", "h")
R("I was a cook on a boat out of Fraserburgh for 2 seasons. Long days, yes, but paid by share of catch every landing into my own bank, and I went home between trips. Writing because a journalist asked me.",
  "", "", "", "l")
R("Victim states (through interpreter) that she was collected from Bucharest by her 'boyfriend' Cosmin who said they would work in a restaurant in Leeds and save for a flat. In Leeds he put her on an escort site and said she had to pay back what he spent on her. He kept all the money. When she said no he raped her.",
  "DEC DB WW PSV", "ncw", "S", "h")
R("Sponsor licence compliance visit: care provider had been charging overseas care workers a £5,000 'recruitment fee' refundable if they stay 3 years. Workers paid fully otherwise. Referred to Home Office for breach. Workers free to change employer.",
  "", "uf", "", "l")
R("Female carer (Ghanaian) says she was told her job would be 37.5 hours in a nursing home. She is sent on double shifts back to back, often 80 hours a week, and the agency says if she refuses they'll withdraw her sponsorship and she'll be removed.",
  "DEC EO IT AV", "lh foa", "L", "h")
R("Report: couple in their 70s have a live-in Sri Lankan housekeeper who has been with them 20 years. She has her own room with a bathroom, a salary paid to her own account and goes home every year. Neighbour's concern was that she 'never seems to go out', but she says she likes to stay in.",
  "", "", "", "l")
R("I was told I will work in a kitchen. Instead I was put in a house with plants and told to water them and never open the door. The windows were painted black.",
  "DEC ROM", "rm", "C", "m")
R("Debrief notes (Slovak Roma male, 41). Came with his wife on the promise of factory work. On arrival the 'agent' BALOG took their ID cards, registered them at an agency and opened bank accounts using his own address. All post, including bank cards, went to BALOG. Worked 12-hour shifts. Received approx £40/week between them 'after costs'.",
  "DEC ROD WW EO", "dt ncw lh", "L", "h")
R("Woman attended the foodbank, says she is working 50 hours at a fruit farm but money is tight because of her rent and she's waiting for her first month's pay which is due on the 28th. Farm pays monthly. No concerns.",
  "", "", "", "l")
R("Police, 999: male screaming that his 'boss' is beating his friend at a building site on Canal Rd, says 'he will kill him'. Caller speaks little English. Attending officers found an injured Romanian male with head wound; others ran off.",
  "PSV IT", "pa", "L", "i")
R("Witness: 'The lads in that flat above the barbers — same two men drive them everywhere, even to the Co-op. They don't go out on their own ever. They're working at the barbers till 11pm.'",
  "ROM", "et rm", "L", "m")
R("Her boss takes her to the bank every month and stands next to her while she withdraws her wages, then he takes the cash and gives her a bit back.",
  "WW", "ncw", "L", "m")
R("They said I can go when I want but where can I go. No passport, no money, I not know English, I not know where I am.",
  "ROD ISO AV", "dt iso", "", "h")
R("""GLAA / local authority joint visit — Eastfield Packing Ltd and workers' accommodation.

Purpose: routine licence compliance check following a change of labour provider.

Site: 64 operatives on shift, supplied by Brightwell Labour Ltd (licensed). Sample of 18 workers interviewed privately with interpreters (Romanian, Bulgarian, Lithuanian, Polish). All held their own identity documents. All showed bank apps or statements with wages paid directly by Brightwell. Hours on timesheets averaged 44 a week, with overtime voluntary and paid at time and a half. No worker reported fees paid to obtain the job.

Accommodation: Brightwell offers rooms in two houses on Mill Road; 11 workers use them, the rest rent privately. Rooms checked: two per room, HMO-licensed, clean. Rent of £85 a week is deducted and shown on payslips; workers may move out on a week's notice, and four have done so this year.

One worker complained that his pay was wrong in week 32; this was corrected in week 33, confirmed on his payslip.

Findings: no indicators of forced labour. Minor record-keeping advice given.""", "", "", "", "l")
R("INT suggests 'Mama Joy' in Birmingham runs a group of Nigerian women working in sex trade. Women have been through 'juju' ceremony before travel and believe they will die if they disobey or don't repay $35,000 debt. All earnings go to Mama Joy. 2/B/P",
  "DB WW IT", "ncw", "S", "h")
R("Work at the chicken factory is night shift 10pm–6am. Pays £11 an hour. I'm tired but I chose it for the extra money. My boss is fine.",
  "", "", "", "l")
R("Child (12) seen selling roses in pubs at midnight with an older woman waiting outside. Staff say she comes every weekend and gives the money to the woman.",
  "AV", "", "C", "h")
R("Note from hospital social worker: man (Lithuanian, 46, alcohol dependent) brought in after a fall at a farm. Says he has worked there for 3 years, lives in a caravan with no water, and the farmer 'gives him beer and cigarettes instead of money'. Says he doesn't mind because he'd be on the street otherwise.",
  "AV WW AC", "plc", "L", "h")
R("Pay is through an umbrella company and it's confusing — I get about £70 less than I expected because of their 'margin'. Still get it every week. Want to know if they're allowed to do that.",
  "", "", "", "l")
R("Press summary: Two brothers from Kent were jailed yesterday for forcing homeless men to lay tarmac for up to 18 hours a day. The victims were paid nothing or as little as £5 a day, lived in horse boxes, and were beaten if they tried to leave.",
  "AV EO WW AC PSV", "lh plc", "L", "h")
R("Diplomatic household: complaint from a Kenyan domestic worker that the family keep her passport in the embassy safe, she has not been paid since she arrived 14 months ago, and the wife locks the front door when they go out. Diplomatic immunity raised. Worker moved to safe house.",
  "ROD WW ROM", "dt rm", "DS", "h")
R("My daughter works at the hand car wash on Saturday for pocket money from the owner, who's a family friend. She's 16 and he pays her £40 for 5 hours. Is that legal?",
  "", "", "", "l")
R("Money goes to the man in charge. He keeps a book with our names. I don't know how much I earned. I never asked.",
  "WW", "ncw", "L", "m")
R("HMRC NMW team: employer (Indian restaurant) found to underpay 6 staff by £2/hr for 2 years; arrears of £31k ordered. Staff paid weekly into own accounts, free to leave. Not a modern slavery case.",
  "", "", "", "l")
R("He was always on the phone to someone called 'Zef' who told him where to go next. He didn't know the names of any of the towns he was sent to. He was moved every few weeks.",
  "ISO", "iso", "", "m")
R("Woman from Ethiopia working as maid for a Saudi family in a London hotel suite. She hasn't been outside in three weeks, the family's driver holds her passport, she eats the family's leftovers and sleeps in a cupboard. She found the hotel receptionist and whispered 'help me'.",
  "ROM ROD AC", "rm dt plc", "DS", "i")
R("""PCSO patrol note, Saturday afternoon, Station Parade.

Spoke to a group of five men drinking outside the Polish shop after a member of the public said they looked like 'slaves'. All five said they work in construction for a local firm run by a man named Marek, who they all know from home. They are paid £110 a day, every Friday, into their accounts — two showed me their apps. Three rent rooms from Marek's brother, two live with partners. Nobody holds their passports; one laughed and showed me his in his jacket.

One of them did complain that Marek was late paying them once before Christmas, by about a week, and it caused an argument, but he paid it all. They said they could move to another firm and one of them is thinking of it because the pay is better in London.

Advised about drinking in the street. No concerns about exploitation; nothing further.""", "", "", "", "l")
R("OIC note: IP describes being made to sleep in the van between jobs for the 'tar gang', no washing facilities, and being kicked awake at 5am.",
  "AC PSV", "plc pa", "L", "h")
R("Anonymous: Chinese man at the takeaway has been working 7 days a week for years, he's never once been seen outside except putting bins out, the owner's wife shouts at him. He looks ill.",
  "EO", "lh pa", "L", "m")
R("Female 17 (Albanian) reports that she was trafficked by her 'boyfriend' who said he would marry her in London. Instead he sold her to another man who locked her in a flat in Luton and made her see men. She escaped through a window.",
  "AV DEC ROM", "rm", "S", "h")
R("Worker at a warehouse was sacked for lateness and says agency owes him 2 weeks' holiday pay. He's angry and wants to report the agency. He has his passport and lives with his girlfriend. Advised re employment tribunal.",
  "", "", "", "l")
R("Asked whether anyone held her passport she said no, she keeps it in her room. Asked whether she had ever been threatened she laughed and said only by her sister.",
  "", "", "", "l")
R("The food was one bowl of rice a day. We were twenty in a room, no window. Toilet was a bucket.",
  "AC", "oc plc", "", "m")
R("INT: 2/C/P males employed at Lucky Nails (Ilford) work 9am-9pm Mon-Sun. Owner TRAN deducts £120 a week 'for the flat' from each worker, leaving them with less than £30. Flat is above the shop.",
  "EO WW", "lh ncw", "L", "m")
R("Tried to leave once. They found me at the station. After that they took my shoes at night.",
  "ROM", "rm", "", "m")
R("Safeguarding referral from a GP: learning-disabled man (31) has been living with a 'friend' who makes him work on his market stall every day for no pay. The friend holds his bank card and collects his Universal Credit. The man says he 'owes' for his keep.",
  "AV WW DB", "ncw", "L", "h")
R("Kidney transplant recipient, returned from Lahore after surgery there. Clinic notes the kidney came from a deceased donor through the hospital's national programme; paperwork reviewed by the transplant team and found in order. No concerns about organ trafficking.",
  "", "", "", "l")
R("Debrief (male, Vietnamese, 16): 'In Vietnam a man said I can go to England, work in nail salon, send money home. Trip cost 30,000 dollars, my family gave land. In England I never went to salon. They put me in a house with plants and a man came and said I must stay until the crop is done and then I would be paid. I was there six months. I was not paid. They said if I run, my family in Vietnam lose everything and my parents would be hurt. I had no phone. I ate noodles. The lights were on all the time and it was very hot and I was sick.'",
  "AV DEC DB WW ROM ISO IT AC", "iso rm", "C", "h")
R("Volunteer at refugee centre: a young Sudanese man, 19, told me that a man in Calais 'helped' him cross and that he must now work in a car wash for the man's cousin until he has paid £3,000. He works every day from 8 until dark and gets food and a mattress. He doesn't know when it will be paid.",
  "DB EO AC", "lh", "L", "h")
R("Nurse visiting elderly patient noticed the patient's 'carer', a Romanian woman, looked frightened. But on talking alone, carer explained she's employed by a reputable agency, paid properly and is just nervous about speaking English. Nothing further.",
  "", "", "", "l")
R("Caller says that a man was standing outside a cash machine in Boston (Lincs) with a carrier bag of bank cards, taking out money from each in turn, while three workers in hi-vis waited in a van.",
  "", "mbc", "", "l")
R("Note from money advice worker: client (Latvian) says her wages from the packhouse go to her partner's account because she has bad credit. She has online access and spends as she pleases. Relationship good.",
  "", "", "", "l")
R("Ran away from the hostel at 15, met a man who gave her somewhere to stay, then said she had to 'pay him back' by having sex with his mates. She's now 16 and still with him.",
  "AV DB PSV", "", "S", "i")
R("""Welfare check — Green Lane Traveller site (following anonymous Crimestoppers report).

Report alleged that 'vulnerable men are being kept at the site and made to lay driveways'. Officers attended with the site manager and a Traveller liaison officer.

There are four families on the site. Three adult men not related by birth to the families were spoken to individually. Two are the sons-in-law of the head of one family, married into the family years ago; both have their own bank accounts and vehicles. The third, a 40-year-old Irish man, has worked with the family's tarmac business for six years, is paid a share of each job into his account, and lives in his own trailer. He said he was 'sick of people thinking we're all slavers'.

None of the men showed signs of injury or neglect, all had ID, and none reported debts, threats or restrictions. The report appears to have been malicious, following a dispute about a boundary fence.

No indicators; no further action. Liaison officer to follow up on the community tension.""", "", "", "", "l")
R("INT 3/C/P: women at 'Oriental Massage' Gloucester Rd advertised on multiple sites with same 3 phone numbers. Reportedly moved to a new town every 2 weeks. Not able to speak English. Man drops them off with food weekly.",
  "ISO", "iso", "S", "h")
R("Woman at church says her cousin in London is kept in a house by a family who use her as a maid. She sleeps on a mattress in the kitchen and they pay her 'salary' to her father in Nigeria — but her father says he has only ever received one payment.",
  "WW AC", "swp ncw", "DS", "m")
R("Care worker left her job because the hours were too long and the pay too low. Employer paid her final salary and gave her a reference. She found another job in a hospital.",
  "", "", "", "l")
R("Victim says she was made to open bank accounts in her name and receive money from strangers, which her 'friend' then withdrew. She was given £50 for each account. He has her passport.",
  "ROD", "dt", "C", "m")
R("POI LALA uses accounts of 8 Romanian workers to launder money from fraud. Workers' wages deposited and removed same day by LALA. Workers told they 'owe' for their jobs. 2/B/P",
  "WW DB", "ncw", "L C", "m")
R("Walk-in, police station: Indian male, 29, says the owner of the cash-and-carry where he works has had his passport since he arrived 'to get his visa' — visa never sorted. He works six days a week and is paid about £100 a week cash; the minimum would be much more. He is afraid that without his passport he'll be arrested.",
  "ROD AV", "dt foa", "L", "m")
R("neighbours girl cleans there house every day and doesnt go to school looks about 13 never see her outside exept with the mum. they shout at her",
  "AV ROM", "rm", "DS", "h")
R("Victim (M, British, 44, homeless) told officer he was picked up from outside a soup kitchen and offered £50 a day for block-paving. After the first day he was told he owed them for his food and a bed in a caravan and never got any money. He worked 4 months.",
  "AV DEC WW DB", "plc", "L", "h")
R("Scottish trawler deckhand (Ghanaian) says he's on a contract with £1,100 a month and gets it monthly by transfer. Long hours at sea are normal. No complaints.",
  "", "", "", "l")
R("The manager at the hotel says we must not talk about our pay with each other or with guests. We get envelopes with different amounts each week; mine was once £15. He shouts 'or you go back to Romania'.",
  "WW IT", "", "L", "m")
R("GP referral: woman (Chinese, 50s) attending with a cough, companion (male, 30s) insisted on translating and answering every question. She appeared fearful. Receptionist saw him take her prescription and money.",
  "", "sfw", "", "l")
R("A friend told me he works in a hand car wash where he gets paid only when the boss feels like it — sometimes £100, sometimes nothing for two weeks. He sleeps in the storeroom with three others.",
  "WW AC", "swp oc", "L", "m")
R("Offender (county lines) in custody, 17, says he was forced to 'plug' drugs and stay in a trap house in Cornwall for a week. He was told his debt would double if he came home. Slashed on the arm by the line holder when money went missing.",
  "AV DB PSV ROM", "pa rm", "C", "h")
R("Council licensing: nail salon operating without licence; staff had no hygiene training. All staff interviewed; all are family members of the owner with their own documents and paid. Enforcement notice issued.",
  "", "", "", "l")
R("Debrief summary (Salvation Army): F, 38, Polish. Came with partner for warehouse work arranged by a man in Poland who charged each 500 zloty. Worked 10-hr nights. Bank cards 'kept safe' by the man; he withdrew wages and gave them £30 a week. Lived 12 to a house. Left after partner was punched for asking for his card.",
  "WW PSV AC EO", "uf ncw oc lh", "L", "h")
R("Woman in her 60s says her adult son takes her pension and won't let her have any money. Safeguarding referral made under financial abuse. No work involved.",
  "", "ncw", "", "l")
R("Officer's observation: Romanian male at the hand car wash, with no gloves, hands cracked and bleeding from chemicals, wearing flip flops in the cold.",
  "AC", "pa", "L", "m")
R("INT 2/B/P: BEGU family hold 'wages' of 4 Roma men who are used to collect scrap metal. Men get food and cigarettes only. Men sleep in outbuilding at the back of BEGU property.",
  "WW AC", "ncw swp plc", "L", "m")
R("I send 80% of my pay to my parents in Kerala. Nobody makes me. I'm proud of it.",
  "", "", "", "l")
R("Case note: young man (Afghan, 18) placed with a 'cousin' who runs a barber shop. He works there 6 days, sleeps on the couch in the shop, and says the cousin keeps his earnings 'for his wedding'. He has asked to have some and was told no.",
  "WW AC", "swp ncw", "L", "m")
R("She is 22, she works at a salon, boss pays her. She had a fight with her boyfriend and he called police saying she is trafficked to get her into trouble. She laughed at this. No concerns.",
  "", "", "", "l")
R("Complaint from a worker about his employer: 'They keep my P60 and refuse to give me the holiday I'm owed.' Employer says P60 was posted. Worker has passport and bank account, lives independently.",
  "", "", "", "l")
R("Three weeks he hasn't been paid. When he asked, the boss said, 'What pay? You eat, you sleep, that is your pay.'",
  "WW", "", "L", "m")
R("Sham marriage: EU woman (Portuguese, 21) brought to UK to marry a Pakistani man for his visa. She is kept in his family's house, forbidden to go out without a sister-in-law, made to cook and clean for the whole family. Her ID card taken by his mother.",
  "ROM ROD", "rm dt", "DS", "m")
R("The men are paid by the farm each week but the 'team leader' Vasile collects the money from them on the bus home. He says it's rent.",
  "WW", "ncw", "L", "m")
R("Intelligence suggests female (Thai, 40s) in massage parlour in Reading is expected to work from 10am-4am daily with no days off. No further info. 3/C/P",
  "EO", "lh", "S", "h")
R("The couple who employ our nanny asked if they could hold her passport for her. We said no and she keeps it. She's paid, has her own room and days off.",
  "", "", "", "l")
R("Child (14) referred by police after being found with 300 stolen phones in a rucksack at Victoria station. Says he was given them by older boys who take all the money and pay him in food and clothes. Says they'd stab him if he stopped.",
  "AV IT", "", "C", "h")
R("My husband hit me because I wanted to see my friends. He doesn't let me work. I'm scared. (DA referral, no exploitation identified.)",
  "", "", "", "l")
R("Bank statement review: salary from factory credited monthly into account of Mr S, withdrawn within an hour from ATMs in another city 80 miles away while Mr S was on shift. Mr S says his 'landlord' has his card.",
  "WW", "ncw", "L", "m")
R("WhatsApp msg forwarded to police: 'If you go police we find your sister in Tirana. Keep working and shut up.'",
  "IT", "", "", "m")
R("Worker (Portuguese) in a food factory in Wisbech was paid late twice because the agency went bust. New agency took over, back pay paid. Worker has stayed on.",
  "", "", "", "l")
R("Debrief: 'We were 9 men in the house and the boss charged each of us £80 a week for a mattress. He drove us to the farm, charged £10 a day for that. With the £9 an hour from the farm we still ended the week with almost nothing, some weeks we owed him.'",
  "WW DB AC", "oc ct", "L", "h")
R("Organ trafficking: INT suggests a broker in Manchester recruiting homeless Eastern European men to travel to a clinic abroad to 'donate' a kidney for £5,000. One man who went was paid £500 and left with infection. 2/C/P",
  "AV DEC", "", "OH", "h")
R("Man wanted for shoplifting says he does it to fund his drug use; nobody else involved. No indicators of exploitation.",
  "", "", "", "l")
# ---- part 3 ----
R("""Officer handover — Op KESTREL, day 3.

Visited 41 Pelham Road again with GLAA. Six males present, all Bulgarian. Five of the six have worked at Greenacre Salads via Fastline Recruitment for between 2 and 9 months. All five confirmed they get payslips and that pay arrives in their own accounts, and four showed us their banking apps. They pay £75 a week each to the landlord, who is unconnected to the agency. House is cramped but clean; landlord has an HMO licence.

The sixth male, DIMOV, arrived 3 weeks ago and has not been paid yet. Agency confirms his first pay is due this Friday (they pay a week in arrears). He has his passport and phone.

The only point of note is a complaint from two males that the minibus to the farm costs £5 a day, which they think is too much; they can and some do cycle.

Assessment: no indicators of forced labour. Low pay and transport charges passed to GLAA licensing for a look at the agency. No further police action.""",
  "", "ct", "", "l")
R("""Victim statement (English, written by the victim herself).

I came from Manila in 2022 to work for a family in Kensington as a nanny. The agency in Manila said I will get £2,000 a month, my own room, and Sundays off. The family paid the agency and the agency said I owe them 150,000 pesos for the visa and training and it will come from my salary.

In London madam took my passport on the first day and said it is safer in the safe. I slept on a mattress in the baby's room. I worked from 6 in the morning until the baby slept, usually after 11. I never had Sunday off. I was not allowed to have a phone in the house. When I went to the park with the children the driver came too.

For 7 months I got nothing. Madam said my salary goes to the agency for my debt. Once she gave me £50 for my birthday. I wrote to my sister on paper and gave it to another nanny in the park to post.

When sir shouted at me and pushed me into the wall because the baby was crying I decided to run. The other nanny helped me to find Kalayaan.""",
  "DEC DB ROD ROM EO ISO WW PSV AC", "dt rm lh iso et", "DS", "h")
R("Money every two weeks. Not much but mine.", "", "", "", "l")
R("He is not paid, he is 'fed'.", "WW", "", "L", "m")
R("Gangmaster at the door of the house on pay day, holding out his hand.", "WW", "ncw", "L", "m")
R("I think my nan's carer is underpaid by the agency, she said she gets £9 an hour and no travel time. Nobody is forcing her, she's just skint.", "", "", "", "l")
R("Boss says if we go out the Home Office catch us and send us to prison.", "IT AV", "foa", "", "m")
R("Door locked from outside every night, key with the supervisor.", "ROM", "rm", "", "m")
R("Only allowed out with Ion. Even to the shop.", "ROM", "rm et", "", "m")
R("Not allowed past the gate of the farm, dogs on chains.", "ROM", "rm", "L", "m")
R("Passports in the office safe, only the boss has the code.", "ROD", "dt", "", "m")
R("Never got my ID back after he set up the bank account.", "ROD", "dt", "", "m")
R("£12,000 for the boat. I must pay it all before I am free.", "DB", "", "", "m")
R("She is 15 and works at her uncle's nail salon every evening until 10. Says she gets no money because it's 'family'.", "AV EO WW", "lh", "L", "h")
R("""Intelligence report (sanitised) — 2/B/C (not to be disclosed to employers).

1. Source reports that a group of approximately 15 Indian males are working at two textile units on Belgrave Road, Leicester, run by brothers known as 'Raju' and 'Bobby' (believed to be PATEL, Rajesh and PATEL, Bhavesh).
2. The men were recruited in Punjab by an agent who charged each approximately 4 lakh rupees, with the promise of skilled tailoring work at £12 per hour on a work visa. Most arrived on visit visas which have since expired.
3. The men are paid £3 per hour, in cash, by Bobby. From this he deducts £50 per week for a bed in one of two flats above the units. Source states the men 'have almost nothing left'.
4. The brothers tell the men that if they complain, the Home Office will be told about their visas and they will be jailed.
5. Source has no information about documents.
6. One of the men, believed to be named Gurpreet, has an injured hand from a machine and has not been to a doctor.""",
  "DEC AV WW IT AC", "uf foa pa swp", "L", "h")
R("Gurpreet told the nurse he is too scared to go to the police because of his visa, but confirmed nobody has his passport and he is paid each week in full by the factory. He says the hours are long but he chooses overtime.", "", "foa", "", "l")
R("Lad in the car wash says he doesn't mind working 12 hours because the boss gives him 'loads' — £70 a day, paid at the end of each shift, his own money. Lives with his girlfriend. Happy.", "", "", "", "l")
R("""Call summary, 101 (call taker's note):

Caller is a delivery driver. This morning at about 07:15 he delivered to a large detached house on Birchwood Lane. A young woman, he thinks Filipino, answered. She asked him quietly if he could call the police for her. She said her employers took her phone and her passport, that she works 'all day all night' and hasn't been paid since she came in January. She said they are at work now and will be back at 6pm. When a car pulled into the drive she closed the door.

Caller gave the address and the names on the parcel (Mr and Mrs AL-HASHIMI). Caller says the house has CCTV on the gate.

Risk: caller believes the woman is still inside and is frightened of what the employers will do if they find out she spoke to him. Deployed.""",
  "ISO ROD EO WW", "iso dt lh", "DS", "i")
R("""Caseworker note, New Pathways.

Client is a 24-year-old British man with a mild learning disability. For about 18 months he lived with a couple he met at a bus station who offered him a room. They asked him to help with their 'business' — delivering leaflets and, later, carrying packages to addresses in Merthyr and Newport. He now understands these contained drugs.

They managed his Universal Credit 'for him' and gave him £10 on a Friday. When he said he wanted to visit his mother, the man told him his mother would not want a 'junkie' son and that he would tell the police he was a dealer. He was told never to give his address to anyone.

He slept on the sofa and says there were often four or five other people staying. He was hit once with a belt when a package went missing, and he still has a scar.

He left when his mother reported him missing and he was found by PCSOs. He is now back with her, and happy.""",
  "AV IT ISO PSV", "ncw pa iso", "C", "h")
R("Gave us each £200 at the end of the season for six months' work. Said the rest went on the caravan and the coach.", "WW", "ncw", "L", "m")
R("All wages into the 'team account', and he decides who gets what.", "WW", "ncw", "L", "m")
R("Farm inspection: 40 seasonal workers on the scheme. Caravans inspected — clean, heated, 2 per van. Wages paid weekly to own accounts; workers confirmed. Workers have passports. A worker complained about the 5am start, which is standard for picking. No concerns.", "", "", "", "l")
R("The boss hasn't paid us for this month because the client hasn't paid him. He's been honest about it and says we'll get it next week. We're annoyed but it has happened once before and he paid.", "", "", "", "l")
R("After 3 years at the restaurant he has £0 saved. The owner says he is 'keeping it safe' for when he goes home. The owner says he will get £30,000 then. He has no bank account.", "WW", "ncw", "L", "m")
R("""Debrief record (Vietnamese female, 19; interpreter: Mr Le).

She says that in Vietnam a woman called Chi offered her work in a nail salon in England and said the journey would be paid back from her wages. She travelled by lorry through Russia and France.

She says that in England she was taken to a flat in Coventry where she lived with four other girls and a man called Hung. She worked in a nail bar from 9am to 8pm six days a week, and on the seventh day she cleaned Hung's flat. Hung drove them to and from the salon.

She says that the salon owner paid the wages to Hung. Hung told her she owed £20,000 and that he wrote down every week how much was left. After a year the number was still £17,000 because of rent and food. She asked once to phone her mother and Hung said she could do this when the debt was paid. Hung had her passport.

She says that Hung never hit her, but told her that in Vietnam people who do not pay their debts 'disappear'.""",
  "DEC DB WW EO ROD ISO IT", "et dt lh ncw iso", "L DS", "h")
R("On pay day we all go together in the van to the bank and Lucian puts everyone's money in his bag.", "WW", "ncw et", "L", "m")
R("Anon online report: theres a girl at my work (the carvery) whos uncle picks her up and takes her pay packet off her every friday, she is 17 and scared of him i think she doesnt get any of it", "AV WW", "ncw", "L", "h")
R("Every Friday we get the payslip and the money. Sometimes the supervisor is late with it but it always comes.", "", "", "", "l")
R("Bank flags: single mobile device used to log into 23 accounts held by different Romanian nationals, all receiving wages from the same recycling firm. Transfers out to one account in the name of C. DUMITRU.", "WW", "ncw mbc", "L", "m")
R("""OFFICIAL-SENSITIVE — Probation note

PoP (33, British) was released 4 months ago to approved premises, now in a private rented flat. He disclosed at supervision that a man he knew in prison, 'Dev', has been letting him work on his building sites. PoP says he's paid £80 a day cash, which he knows is poor but he's glad of it. Dev has not asked for anything else and PoP says he can stop when he wants. He keeps his own money and ID.

PoP also mentioned his sister is in a violent relationship; referral made to the DA team for her.

Assessment: low pay, no exploitation indicators identified. Will keep under review at supervision.""",
  "", "", "", "l")
R("The man takes the girls' money from the clients at the door, they never touch it. He says it's to keep it safe.", "WW", "ncw sfw", "S", "h")
R("999 call from a child at school: 'My dad's friend makes me stay in his flat and sell weed. He has my phone now. I'm scared to go home.' Child is 13.", "AV ISO ROM", "iso rm", "C", "i")
R("Romanian girl at the hotel told housekeeping she's paid to her boyfriend's account 'because she has no address'. He gives her nothing and she has not seen any statements.", "WW", "ncw", "L", "m")
R("Couple who run the deli have a Lithuanian chef, paid well, who lives in the flat above as part of his contract. Rent is deducted openly — £400 a month from his £2,300. He shows us his tenancy and his bank app. Fine.", "", "", "", "l")
R("""Witness statement (extract)

I live opposite the car wash on Cavendish Road. I have watched it for about six months. The same men work there every day, including Sundays and Christmas Day, from about 7 in the morning until 9 or 10 at night. I have never seen any of them go home. At night the lights are on in the portakabin and I can hear them talking.

A man in a white Range Rover comes every evening around 8. He goes into the portakabin and comes out with a bag. The workers line up and he gives each of them something — it looks like a note, one note. Once one of the workers argued with him and the man grabbed him by the neck.

In winter they have no coats and they use the hose water on their hands. I have seen one of them limping for weeks.

I did ring the council about the noise last year but nothing happened. I'm ringing now because I saw the man with the Range Rover slap one of them on Saturday.""",
  "EO WW PSV AC", "lh swp ncw pa", "L", "h")
R("They paid into my account but he got my online banking password and moves it out the same night.", "WW", "ncw", "L", "m")
R("NHS: female, 23, Romanian, 30 weeks pregnant, attended antenatal clinic with a man who answered for her and held her papers. Midwife saw bruises on her arms. Patient did not speak English. Later, alone, she said through a telephone interpreter that she works 'with men' and that he keeps all the money.", "WW", "sfw pa ncw", "S", "h")
R("Employer keeps the first two weeks' wages as a 'deposit' and pays it back when you leave — it's in the contract and he paid my friend's back when she left last month.", "", "", "", "l")
R("He never pays the first month. He says it's the deposit. Nobody has ever got it back. He sacks people just before it would be returned.", "WW DEC", "", "L", "m")
R("Asylum seeker (Iranian, 32) working cash-in-hand at a car wash while awaiting decision. Paid £40 a day, which he keeps. Not permitted to work under his conditions. Immigration matter only; no indicators of exploitation.", "", "", "", "l")
R("""Case summary (children's services).

Child: R, 16, Albanian, unaccompanied, placed in supported accommodation in Kent.

R went missing twice in the last month. On the second occasion he was found by police in a car wash in Essex, working. R says a man from his home town, whom he calls 'Uncle', told him he owes €10,000 to the people who brought him across the Channel and that he must work to pay it back. He says he gets no money; 'Uncle' keeps it and tells him how much is left.

R says 'Uncle' has told him that he knows his family in Kukës and that his younger brother will 'be next' if R does not do as he is told. R has been given a phone which only has one number in it.

R is frightened but says he wants to stay in the placement. Police have been informed. NRM referral submitted. Strategy meeting scheduled.""",
  "AV DB WW IT ISO", "iso", "L", "h")
R("Press: Restaurant owner fined for paying kitchen staff £5 an hour. The staff told the tribunal they were free to leave, had their own accounts and lived elsewhere. No slavery charges were brought.", "", "", "", "l")
R("INT suggests male (Slovak) working at the chicken factory is forced to give his entire wage to his brother-in-law who 'brought him over'. Brother-in-law threatens to tell the family he is gay if he refuses. 3/C/P", "WW IT", "ncw", "L", "m")
R("A woman on the bus told me she cleans for three families in Mayfair and the man who found her the jobs collects all three salaries and gives her £100 a month. She didn't know if it was normal.", "WW", "ncw", "DS", "m")
R("IP states 'The boss pays the rent and bills out of our wages and we get the rest, usually about £250 a week.' IP has own bank card and lives in a shared house with friends. No further concerns.", "", "", "", "l")
R("Worker said that every week there was a new 'fine' — for being late, for breaking a glass, for talking — and that by Friday there was often nothing left of his wages.", "WW", "", "L", "m")
R("Caller, worried about her son (19) who went to work on a fishing boat in Ireland via a friend of a friend. He's been gone 5 months, he hasn't been paid because the skipper says the boat is losing money, and he calls her from the skipper's phone with the skipper listening.", "WW ISO", "iso", "L", "m")
R("""Transcript extract, interview with witness (translated from Polish).

Q: Did Mr NOWAK pay you?
A: He paid, yes, but he took back.
Q: What do you mean?
A: The company paid to my card. Mr Nowak kept my card. He went to the machine and then he gave me money for food — fifty, sometimes forty.
Q: Each week?
A: Each week. He said the rest is for the house and the debt.
Q: What debt?
A: For the bus from Poland, for the first room, for the shoes for work. Four hundred pounds. But after one year he said I still owe.
Q: Could you leave?
A: I could walk out, yes. The door was open. But where I go without money, without card, without English?""",
  "WW DB", "ncw ppe", "L", "m")
R("Worker: 'Yes, the door was open, I could leave any time. I stayed because the pay was OK and I had my own room.'", "", "", "", "l")
R("Guy at work keeps my cards because I'd spend it on betting. I asked him to. I can get it back whenever. He's my brother.", "", "", "", "l")
R("Agency worker says his pay was £1.20 short last week. He wants to report it. No other issues.", "", "", "", "l")
R("Chinese female (48) found in a flat in Cardiff being used as a brothel. Speaks no English; doesn't know which city she is in. A man visits daily with food and collects the money from the drawer.", "ISO WW", "iso ncw", "S", "h")
R("""Safeguarding alert — care home (CQC inspector's note)

Three night carers at Oakview House are from Zimbabwe and Nigeria, sponsored by the home. Inspector noted rotas showing 72-hour weeks for all three for the last two months, and no days off. The carers said they were told by the manager that if they do not accept the extra shifts, their sponsorship 'might be reviewed'.

Their contracts say £11.50/hour. Payslips show payment for 37.5 hours only; manager says the additional hours are 'voluntary'. A deduction of £250 a month appears as 'accommodation', for a room in a staff house where six carers share two bedrooms.

The carers hold their own passports. All three said they could not afford to leave because of the £4,000 they paid a recruiter in Lagos.""",
  "EO WW IT AV AC DB", "lh uf oc", "L", "h")
R("She has her own passport. She can leave. She gets paid. She's fine. Stop calling. (note from neighbour's second call re au pair)", "", "", "", "l")
R("My cousin works in an Indian restaurant in Bradford, the owner only pays him £200 for the month and says the rest is his 'sponsorship fee'. He works every day.", "WW EO", "lh", "L", "m")
R("Intel 2/B/P: 'Queen' (Nigerian female, 50s) runs 3 pop-up brothels. Women are moved between Sheffield, Hull and Leeds weekly, kept without phones, and all money is taken by 'Queen's' son who sets the women's 'targets'.", "ISO WW", "iso ncw", "S", "h")
R("Farm owner says the workers' money is paid to their group leader, Bogdan, because 'that's how they want it'. Workers were not asked. Three workers asked separately said Bogdan gives them £40 a week.", "WW", "ncw sfw", "L", "m")
R("Old man at the end of our road has a 'lodger' who does everything for him — shopping, washing him, cooking. She's paid by social services direct payments, into her account. Just checking, she seems lovely.", "", "", "", "l")
R("I am paid £300 a month for working in the house of my employer every day. It is low but she gives it to me every month and I go to my cousins on Sunday.", "", "", "", "l")
R("Officer note: 'Mr A says he's ‘paid in kind’ — food, a room, cigarettes. He has never received any money in 5 years at the farm. He has nowhere else.'", "WW AV", "", "L", "m")
R("""Helpline report (summarised by call handler).

Caller is a supermarket worker in Telford. For several weeks she has noticed a group of about eight men, she thinks Eastern European, who come in at 21:30 most nights with one older man. The older man pays for everything from a roll of cash and the men pick up only bread, tins and cheap vodka. The men look tired and have dirty work clothes with cement on them.

Tonight one of the men came back alone, quickly, and asked her in broken English for 'police'. He said 'no money, one year no money' and pointed at the older man outside in a van. Then he left with the older man.

Caller has the van's partial registration (LK-- -UY), white Ford Transit with a ladder rack.

No children seen. Caller thinks they live in the flats on Queensway.""",
  "WW", "sfw", "L", "m")
R("Not allowed to keep tips. The manager makes everyone empty their pockets at the end of the night. Wages are paid though, into our own accounts.", "", "", "", "l")
R("Her 'salary' goes straight to the agent in Dubai who placed her. She gets nothing in hand. She looks after two children and an elderly grandmother in a house in Hampstead.", "WW", "ncw", "DS", "m")
R("Boy 15 seen by youth worker with bruises on face; says he owes 'the olders' £1,200 after being robbed of a package and has to sell for them till it's paid. Goes missing every weekend.", "AV DB PSV", "pa", "C", "h")
R("Worker says employer pays him £3.50 per hour. He's free to leave and has his passport, he just can't find another job because his English is poor. Referred to HMRC NMW unit.", "", "", "", "l")
R("Staff at Golden Dragon told a food hygiene inspector that they sleep in the restaurant's basement, with mattresses on the floor next to the freezers. Owner says it's 'temporary'.", "AC", "swp plc", "L", "m")
R("Bloke on Facebook selling 'work in UK' for £2,500 to people in Romania, says job and house waiting. My friend paid and when he arrived there was no job, they put him on a farm for £2 an hour, and took his ID card.", "DEC ROD", "uf dt", "L", "m")
R("INT 2/C/P: UK-based broker linked to a clinic in Istanbul arranging kidney sales. Donors (Moldovan and Ukrainian men, often in debt) are told they will be paid $7,000; reports say they are paid far less, and some are kept in a flat until the operation.", "AV DEC ROM", "rm", "OH", "h")
R("Debrief (Nepali male, 26): 'The agent said I must give my kidney or my family will not get the rest of the money for my work. I was afraid. They took me to a hospital. After that they gave me 200,000 rupees, and said that is all.'", "IT DEC AV", "", "OH", "h")
R("I'm a living donor for my cousin. We've been through all the tests and the independent assessment. Nobody's paid me, I want to do it. Just asking how long recovery takes.", "", "", "", "l")
R("Eritrean woman (25) referred by GP: she was held in Libya by smugglers who removed her kidney while she was unconscious. She now lives in Birmingham, suffers pain, and has PTSD. She was raped repeatedly in the warehouse in Libya.", "PSV", "pa", "OH", "h")
R("Young lads on TikTok being offered £15k to 'donate' a kidney abroad by an account called 'healthyhelp'. Seems like a scam or worse. Reporting it.", "", "", "", "l")
R("""Financial intelligence — SAR summary.

Subject account (Santander, opened 2024, holder: ZHOU Min, 27, Chinese national, student visa).

Regular credits of £1,300–£1,500 from 'Golden Spa Ltd' (a massage business) every two weeks. Each credit is followed within 24 hours by a faceless transfer of the full amount less £50 to an account in the name of 'LIU Wei'. Cash withdrawals are made in Bristol on days when the device used for online banking is logged in from Manchester.

The account holder's registered address is the same as 11 other accounts receiving payments from the same business.

Assessment: the account appears to be controlled by a third party who receives the holder's earnings. Linked to intelligence about sexual services at Golden Spa.""",
  "WW", "ncw mbc", "S", "h")
R("Au pair host says the au pair sends most of her pocket money to her mother. Nobody made her; host just wanted advice on whether she's being pressured. She isn't.", "", "", "", "l")
R("INT 2/B/P: Bangladeshi males at a curry house in Aberdeen work 14-hr days, 7 days. Owner pays their wages but they must 'lend' half back to him each week, never repaid. Men sleep in flat above shop, 5 to a room.", "EO WW AC", "lh swp oc", "L", "h")
R("Workers on the chicken farm are Romanian and sleep in bunk beds in a converted barn, 20 to a room. The farmer deducts £60 a week for it. The rest of their pay goes into their accounts and they come and go.", "AC", "oc", "L", "m")
R("Worker was 3 weeks late getting paid once because his bank details were wrong. He's been paid every week since. Not sure why he's on our system.", "", "", "", "l")
R("The boss said he'd pay us 'when the job is finished'. The job was finished in April. It's now September. We are still working on his next job.", "WW", "", "L", "m")
R("School nurse: girl (14) says her 'boyfriend' (22) buys her things and now says she has to go to parties with his friends to pay him back. She has been drinking and she came in with love bites and bruises on her thighs.", "AV DB", "pa", "S", "h")
R("Person in flat 2 keeps my benefits and gives me a bit. I don't work. I just want my money. (Safeguarding: financial abuse; no labour.)", "", "ncw", "", "l")
R("Door staff at the nightclub said the cleaners, all Ghanaian, are paid by a subcontractor into a single account run by their 'supervisor', who gives them cash — and they complain it's never the right amount, sometimes nothing.", "WW", "ncw sfw", "L", "m")
R("Salvation Army: client (Vietnamese, 22) worked in a nail bar in Hull. She says she was paid £250 a week and kept it. She lived with the owner's family and wasn't allowed to leave the house except for work. Owner had her passport.", "ROM ROD", "rm dt", "L", "m")
R("Police 101: man says he was working on a construction site for a week, then the contractor disappeared without paying anyone. He has his documents and his own flat. Crime: fraud / civil matter.", "", "", "", "l")
R("INT: ABDI (Somali male) is pimping his 17-year-old cousin from hotel rooms in Leicester, taking her earnings. She has said she would be killed if she tells anyone. 2/B/P", "AV WW IT", "ncw", "S", "h")
R("He says that the foreman makes them put their pay cards in a tin on Monday and gives them out on Saturday for an hour, to buy food, with him standing there.", "WW", "ncw", "L", "m")
R("Man working in the kitchen at the Spice Garden sleeps in the store room between shifts, works from 10am to 1am, and says he can't leave because the owner paid for his visa and he owes him £11,000. He gets £50 a week 'on account'.", "EO AC DB WW", "lh swp", "L", "h")
R("Employee of the recycling plant complained on Facebook that the pay is the worst in town and the supervisor is a bully. He has since left for a better job.", "", "", "", "l")
R("Alert (Border Force, Stansted): 4 young Romanian women on the same flight travelling with one man who holds all their passports and return tickets and answers all questions for them. Women say they are going to work 'in a hotel' but don't know which.", "ROD", "dt sfw", "", "m")
R("A man from the church made her mind his children and clean his house in exchange for a roof. Never a penny, eight months. She's 19 and has no status.", "WW AV", "", "DS", "m")
R("Worker at packhouse asked to borrow £500 from his employer for a family emergency. Employer agreed repayment of £25 a week from wages. Worker's payslips show it; he says it's fair.", "", "", "", "l")
R("Trafficked girl from Nigeria in a house in Peckham. 'Auntie' makes her clean, cook and care for the baby, locks her in when the family go out, and her school fees 'will be paid' — they never were. She is 13.", "AV ROM DEC", "rm", "DS", "h")
R("INT suggests Polish males working for a demolition firm in Bristol are told that their pay is held by the firm 'until the contract ends' so they do not leave. Workers receive £10/day food money. 2/C/P", "WW", "", "L", "m")
R("""Officer's notes — visit to Kings Cuts barbers, following a tip that 'Albanian lads are being trafficked to work there'.

Spoke to the four staff. Two are brothers (Albanian, 27 and 29) who own the shop jointly with leave to remain; their company registration and lease were shown. The other two barbers are a British man of 40 and a Kurdish man of 24 with refugee status. Both said they are paid by bank transfer weekly and that the pay is 'not great — about £9 an hour plus tips' but that they keep it all and come and go as they like. The younger man said he used to work at a car wash in Slough where 'the boss took our money', but that was three years ago and he has already spoken to police about it.

No one lives at the premises. Fire exit blocked by boxes — advised.

No current indicators of exploitation at the barbers.""", "WW", "", "L", "m")
R("Victim says the men at the brothel took her passport and phone, locked her in a room and raped her when she refused to work. She was taken to Birmingham, then Newcastle. She never saw any money.", "ROD ISO ROM PSV WW", "dt iso rm", "S", "h")
R("Caller reports fishing boat crew from Ghana sleeping on board in the harbour for months, they say the owner won't pay until the end of their two-year contract and holds their passports.", "WW ROD AC", "dt swp", "L", "h")
R("Texted to a charity: pls help my brother, hes in a flat in Slough, they make him sell drugs, they took his phone n passport, he only has my number, hes 16", "AV ISO ROD", "iso dt", "C", "i")
R("Staff nurse at a private clinic, Indian, says her employer holds her salary in 'escrow' until she finishes a three-year bond or pays £15,000 to leave. She gets a small monthly allowance. She wants to leave.", "WW DB", "", "L", "m")
R("The Slovak couple next door both work at the meat factory. Earnings into their own accounts. They drive their own car. They sometimes work long hours and seem tired. No issues identified.", "", "", "", "l")
R("Mother found her son (17) has been doing shifts in an uncle's car wash for 'pocket money' — £10 a day — while the uncle pockets the real wages the business claims he's paid. The boy doesn't want to get his uncle in trouble.", "AV WW", "", "L", "h")
R("Shop owner had been using his nephew's bank account to pay staff. Nephew gets the staff pay and passes it on in full each Friday. Confirmed by staff. Accounting irregularity only.", "", "", "", "l")
R("""Officer's report — welfare visit, 7 Foundry Terrace (Operation WILLOW).

Attended with Immigration Enforcement after a tip-off from the letting agent. Terraced house, 3 bedrooms. Present: 11 adult males (Romanian and Moldovan), plus the householder, a British woman of 71 who lives in the front room and rents out the rest through a man she knows as 'Sorin'. She was unaware how many lived there and is not suspected of anything.

The men sleep on mattresses in every room including the kitchen. Each had a sports bag or less — a few clothes, a phone charger, no documents. They work for a roofing contractor, collected in two vans at 05:30 and returned after 21:00, six days a week.

Three men spoke to us through the Romanian interpreter. They said Sorin receives their wages from the contractor and gives each of them £30 on a Sunday, saying the rest covers rent, the vans and 'the loan' for their coach fare, which has been 'nearly paid' for a year. Sorin holds their ID cards 'for the contractor's paperwork'. One man said that when he asked for his card Sorin told him he would break his legs.

Separately, a neighbour complained about the bins — passed to the council.

All 11 men taken to a reception centre; NRM referrals offered.""",
  "WW DB ROD IT AC EO", "oc fpe dt cedl et lh ncw ct", "L", "h")
R("""Public online report (unedited):

hi not sure if this is the rite place. theres a big house on our estate, Meadow Close, where a family moved in last year with a young woman who i thort was the daughter but she isnt. she does all the cleanin, washes the car, takes the kids to school and back, i never see her anywhere else. she wears the same 2 things every day even in the snow and she only has flip flops. my daughter is in the same class as there kids and the kids said shes 'the maid from india' and that she sleeps in the utility room. i said hello to her once and she looked really scared and went back in. the dad is nice to be fair and i dont want to get anyone in trouble, might be nothing, but it didnt sit right with me. also there is a van parked on the pavement every day which is anoying.""",
  "AC", "fpe swp", "DS", "m")



def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh122.jsonl")
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(DATA, 1):
            rec = {"id": "f122-%03d" % n, "text": text,
                   "indicators": [IND[c] for c in ind.split()],
                   "signs": [SIG[c] for c in sig.split()],
                   "exploitation": [TYP[c] for c in typ.split()],
                   "risk": RISK[risk]}
            assert text not in seen, text
            seen.add(text)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(DATA), "texts to", out)


if __name__ == "__main__":
    main()
