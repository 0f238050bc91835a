# Hand-written held-out texts for Sightline (fresh25). Each entry is written individually;
# this script only expands short label codes and writes JSONL.
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
ENTRIES = []
def T(text, inds="", signs="", types="", flag=""):
    ENTRIES.append((text, inds.split(), signs.split(), types.split(), flag))

# ---- part1 ----
T("INT suggests hand car wash on LICHFIELD RD, ASTON staffed by 6-8 Romanian males. Workers arrive in white Transit VRM unknown approx 0630, collected again after 2100. Nom POI BALAN, Ion believed to run site. 2/C/P",
  "EO", "cedl", "L")
T("Caller states there is a man locked in the garage next door, she can hear him banging and shouting for help in a foreign language. Neighbour who owns the house has gone out. Units dispatched.",
  "RM", "", "", "i")
T("Salvation Army caseworker note. Client (Vietnamese female, 24) disclosed she worked in a nail salon in Loughborough for 14 months. She says she did 9am to 8pm, seven days. The owner, who she calls 'Auntie', told her that her family still owed £18,000 for bringing her to the UK and that her wages went to paying this off. She was given £30 on Sundays for food. Auntie kept her passport 'so it would not get lost'. She slept on a mattress in the back room of the salon.",
  "EO DB WW RD AC", "saw", "L")
T("Routine GLAA inspection of packhouse, Spalding Rd. Licence holder compliant. Payslips checked for 40 agency workers, all paid NMW or above into own accounts, holiday pay correct. Accommodation not provided. No concerns identified.")
T("A&E note 03:10. Male, approx 30s, Albanian, attended with hand laceration sustained 'cutting plants'. Accompanied by another male who answered all questions and would not leave the cubicle. Pt appeared very pale, smelt strongly of cannabis, clothing dirty. Pt did not know the address where he was staying. Accompanying male took him away before suturing complete.",
  "IS", "sfw pa", "C")
T("Referral from Nottingham City Children's Services. Child A, 15, missing 4 times in 6 weeks, found in Mansfield with £600 cash and two phones. Mother reports older males collecting him in cars. Child says he 'owes' a male known as 'Skeng' for a package taken from him when he was robbed and has to 'work it off'. Child has bruising to face he won't explain.",
  "DB", "pa", "C", "c")
T("Nail bar in high street very busy, staff seem happy, i asked one girl she said she's a student and does weekends for extra money, paid cash every friday. not sure why people keep reporting it tbh")
T("Debrief (through interpreter, Tigrinya). He says that when he arrived in Calais the men told him the crossing was paid but when he reached Birmingham they said he owed £4,000 more. He says he was taken to a car wash and told he would work until it was paid. He says they took 'rent' of £70 every week from the £150 they gave him so the amount he owed did not get smaller. He says he slept above the car wash with eleven other men on the floor.",
  "DE DB WW AC", "oa saw", "L")
T("POI MIHAI, Cristian (DOB 12/03/1988) seen at Barclays ATM Hinckley Rd withdrawing cash using 5 different cards in succession, 2 females waiting in a silver Golf. 2/B/P",
  "", "mbc", "")
T("999: female screaming from upstairs flat, says man has hit her and won't let her out, she said 'he's got my passport and he says I'm working tonight'. Background male voice. Line cut.",
  "PV RM RD", "", "S", "i")
T("Student attended front counter to report her passport lost on the bus between Selly Oak and town. Requested crime ref for embassy. No third party involvement.")
T("Report from Unseen helpline: caller's cousin (Polish male, 52, alcohol dependent) was recruited outside a homeless shelter in Derby with the offer of 'building work with food and a room'. Now living in a caravan on a yard near Ilkeston with no water. Told he can't have wages until the job is finished, gets cans of lager and cigarettes. Cousin says the men shout at him and one hit him with a shovel.",
  "AV DE AC WW PV", "plc", "L")
T("She told me she came from Lagos to look after her aunt's children and go to college. She never went to college. She cooked, cleaned, did the washing and the school runs from six in the morning until everyone was asleep. She ate the leftovers. She was not allowed a key. Her aunt said if she complained she would be sent back and 'the police here will put you in prison because you have no papers'.",
  "DE EO RM IT AV", "foa", "D")
T("Warrant executed at above address. Cannabis grow across 4 rooms (approx 300 plants). One male, VIETNAMESE, claims to be 16 yrs, found in loft. Door padlocked from the outside. Sleeping mat and rice cooker among the plants. States he was brought in a lorry and 'the boss' said he must stay until the harvest to pay for the journey.",
  "RM DB AC", "saw", "C", "c")
T("walked past the car wash on the A6 its pissing down and they have the lads in flip flops no gloves no coats washing cars with chemicals. looks grim. the boss sits in the cabin all day",
  "AC", "", "L")
T("Licensing visit to Kebab house, Soho Rd. Premises licence holder failed to produce right-to-work checks for two staff. Both staff spoken with separately; both have valid permission, are paid via payroll, and live with their own families. Advice given re record keeping.")
T("Young woman approached PCSO at New Street station, very frightened, little English. Using translate app said she was from Romania, a man called 'Marius' brought her for a cleaning job but took her to a flat where men come. She said she had run away this morning. Says Marius has her ID card and says he will hurt her sister in Constanta.",
  "DE RD IT", "", "S")
T("Male, British, 58, learning disability, known to adult services. Cuckooing — flat at Wollaton being used by dealers from London to supply crack. Male says they 'look after him' and give him gear and food. He sleeps on the kitchen floor because they use his bedroom. His bank card is with 'Tiny'.",
  "AV AC", "ncw", "C")
T("Prison note HMP Birmingham: Prisoner (Albanian, 23) serving sentence for cannabis cultivation disclosed today he was told in Tirana he would work in a restaurant in London for £1,500 a month. On arrival he was put in a house in Walsall to water plants and not allowed to leave. Says he still owes €20,000 and his family have been visited. NRM referral completed.",
  "DE RM DB IT", "", "C")
T("Fishing vessel inspection at Grimsby. Crew of 5 Filipino nationals. Crew stated they work 20 hours a day at sea, sleep on board in port, and their wages are paid to the agent in Manila who sends 'some' to their families. Contracts show $400/month. Seamen's books held by the skipper.",
  "EO WW RD AC", "saw ncw", "L")
T("Bloke at the door selling dusters and tea towels, looked about 17, had a proper ID badge from a registered charity and said he's on a youth scheme and gets commission. I rang the charity and they confirmed him, all legit. just letting you know as my nan was worried")
T("INT: Female Nigerian nationals (x3) residing above the shop at 88 Narborough Rd. INT suggests they were subjected to a 'juju' oath before travelling and believe that they or their families will die if they speak to police or fail to repay debt of £35,000 each. Working in brothels in Leicester and Northampton. 2/B/C — not to be disclosed to LA without OIC authority.",
  "IT DB", "foa", "S")
T("Email to council: I run a hand car wash and want to make sure I'm doing everything right. All my lads are on PAYE, have their own bank accounts, do 8 hour shifts, and get gloves and boots for free. Can someone from licensing come and check? Thanks, Amir.")
T("Transplant coordinator note: Pt (52, Pakistani heritage, British citizen) on dialysis. Family have raised the idea of going to Lahore for a kidney from a living unrelated donor 'who will be paid'. Pt undecided. Advised re legal and medical risks of commercial transplantation. No donor identified yet.")
T("Debrief. I was told about a job in the UK at a hotel, good salary, from a Facebook page. When I arrived a man met me at Luton, took my passport to 'register' me. Then I was in a flat in Nottingham and he said my hotel job is with men. I said no. He hit me and the other girl said it is better to do it. Every night many men. I never saw money.",
  "DE RD PV WW", "", "S")
T("Call handler log: RP reports his 17-year-old daughter has been collected by an older man in a black Audi several times, comes back at 4am with new clothes and alcohol, says she's his girlfriend. He's 29. RP worried she is being given to his mates.",
  "", "cedl", "S", "c")
T("Officer handover — night shift. Attended Meadows address re concern for welfare. 3 adult males (Sudanese) living in a shed at rear of a takeaway. No heating, a bucket for toilet. Males work in the takeaway kitchen, say they get food and a place to sleep 'and the boss will pay when our papers come'. Boss not present. Referral to MSHTU for follow-up.",
  "AC WW", "plc saw", "L")
T("Hiya just want to report a man at Tesco Hednesford he drops off a group of eastern european women who then beg outside shops all day and he collects the cash off them at dinner time. one had a baby with her in the cold",
  "WW", "et ncw", "C")
T("School DSL referral: Year 9 pupil (F, 14) has disclosed she has been sent by a 'friend' to parties in Wolverhampton where she is given vodka and made to go into bedrooms with men. She says they have pictures of her and will put them on Snapchat if she stops going.",
  "PV IT", "", "S", "c")
T("Romanian national (F, 34) reported being assaulted by her husband during an argument about money. Safeguarding DASH completed — medium. She works in a bakery, manages her own wages and has her own documents. Domestic abuse only; no exploitation identified.")
T("Border Force Birmingham Airport: Pax (F, 22, Filipino) arriving on domestic worker visa with Emirati family. Interview: says she has worked for the family 3 years in Dubai, works 'from morning to night' and has never had a day off. Her passport was handed to officer by the employer, not by her. Kalayaan leaflet provided.",
  "EO RD", "", "D")

# ---- part2 ----
T("Kidney transplant at QEH went ahead today, donor is pt's brother, all HTA living donor assessments completed. Pt recovering well.")
T("INT indicates a male known as 'DOKTOR' is recruiting homeless Romanian men in Birmingham city centre, promising £5,000 cash for 'a small operation' in Turkey. Two men already travelled from BHX in Sept and have not returned. 2/C/P",
  "AV", "", "O")
T("Debrief account, translated from Urdu. My employer in Lahore said I could go to England and earn to clear my father's loan. In Birmingham they said before I work I must give one kidney to a man's relative, and then the loan will be finished. They took me to a clinic abroad. After, I was in pain for weeks and they told me if I spoke to anyone my father would be arrested in Pakistan for the loan.",
  "DE DB AV IT", "", "O")
T("A&E: 26 yo Moldovan male, fresh nephrectomy scar (approx 3 wks), wound infected, states operation was 'in Istanbul'. Says he was paid €3,000 but a man who arranged it kept most of the money. Very thin. Reluctant to give address, worried about police.",
  "", "pa foa", "O")
T("Op BRAMBLE — follow-up. Victim (Eritrean, 19) confirms he was offered the journey to the UK free if he 'sold a kidney' in Cairo. He did not agree; his cousin did. Cousin now in Coventry, HO reference obtained. Victim has not been harmed himself and is staying with friends.",
  "", "", "O")
T("POI HOXHA, Arben. Controls 3 pop-up brothels in Nottingham City (Airbnb lets, rotated weekly). Females (Romanian, Hungarian) advertised on AdultWork. INT suggests females hand all earnings to POI and receive 'allowance'. 2/B/P",
  "WW", "ncw", "S")
T("Adult sex worker (F, 31, British) reported a client for theft of her phone. She works independently from her own flat, keeps her own earnings, and did not disclose any third-party control. Crime recorded.")
T("Referral, Birmingham Children's Trust: Boy (12) found begging at New St with an adult female claiming to be his aunt. Not in school since Sept. Aunt states he is 'helping the family'. Boy said he must bring home £50 a day or he is not fed.",
  "IT", "", "C", "c")
T("Caller from Oadby: her cleaner, a Filipina lady who she pays £14/hr, told her that in the house where she lives-in for a different family she has to sleep on the kitchen floor, isn't allowed to go out on her day off, and the wife keeps her passport in a drawer. Cleaner only comes to the caller on Tuesdays while the family are at work and made her promise not to say.",
  "AC RM RD", "", "D")
T("Kalayaan caseworker: Client, Indonesian, 38, entered on overseas domestic worker visa with a Saudi family in Mayfair then moved to their house in Solihull. Worked 18 hrs/day, slept in the children's room, no day off in 2 years. Paid nothing in UK — employer said her salary went to her agency in Jakarta. Left through a back gate when the family went to the airport.",
  "EO WW AC", "ncw", "D")
T("Financial intel: 14 bank accounts opened at same branch over 6 weeks for Slovak nationals using one address in Sneinton. Single male attended with each applicant. Post-opening, all debit cards used at same ATM; Universal Credit payments received into 9 of the accounts and withdrawn same day.",
  "", "mbc sfw ncw", "C")
T("Debrief (Albanian, interpreter present). She says she met a boy on Instagram who said he loved her and would marry her in England. She says when she got to Birmingham he said she had to 'pay back' for the journey by working with men. She says he kept her in the flat and took her phone. She says he beat her when she cried.",
  "DE DB RM IS PV", "", "S")
T("SCR note — cuckooing. Occupant (F, 44, heroin dependent) disclosed that since August males from Birmingham have stayed at her flat, she is not allowed in the living room, and they 'pay' her in heroin. She is scared to ask them to leave because one showed her a knife.",
  "AV IT", "", "C")
T("Staff at the pharmacy noticed a man who picks up prescriptions for 4 elderly men from the same house every week; he said he's their carer. Council adult social care confirmed he's a registered carer employed by a care agency. No concerns.")
T("Intel log: Sham marriage — Portuguese female (nom SILVA, 20) brought to Leicester by a cousin, told she'd have a cleaning job. Instead she was taken to register a marriage with a Pakistani male for his visa. She is now living with his family, does all housework, isn't allowed out alone. 2/C/P",
  "DE RM", "", "D")
T("999: Male caller with poor English says 'they are coming to kill me', states he escaped from a farm in Lincolnshire border area, now hiding behind a petrol station at Bottesford. States men hit him and took his money. Sounds injured.",
  "PV IT WW", "pa", "L", "i")
T("Construction site welfare check (Site manager + GLAA). Subcontractor labour, 12 Romanian men. Workers state they pay £200 upfront to a 'fixer' in Bacau for the job, and £70 a week for a shared room. All hold own passports and bank cards, paid weekly via BACS.",
  "", "uf", "")
T("Unseen helpline: anonymous caller says her sister (20, Slovak, Roma) was sent to the UK to 'marry' a man in Derby. Sister told her on WhatsApp she cannot leave the house, her husband's mother takes her phone away every evening, she does all the cooking and cleaning for 8 people and she is beaten if she says no.",
  "RM IS PV", "", "D")
T("Care home in Mansfield — CQC inspection found 5 carers sponsored from Zimbabwe doing 70+ hour weeks, and the agency that brought them charges them £8,000 each for 'sponsorship' which comes out of wages monthly. One carer said they were told they'd be reported to the Home Office if they left.",
  "EO DB IT", "uf", "L")
T("Abbreviated log — 0915 RTC Wigston, minor. 1005 shoplifting Fosse Park, 2 females, Romanian, arrested, both state they were instructed to steal by a male who drove them there and took the goods. Both state male holds their ID cards. 1130 concern for welfare closed.",
  "RD", "et", "C")
T("Ward nurse: Pt, Chinese female approx 50, admitted with pneumonia. Speaks no English. Says through interpreter she works in a restaurant kitchen and lives above it. Works lunch and dinner 6 days, paid £300 cash weekly, has her own documents, her son visits daily. Discharged home.")
T("Victim statement: I am 17. I was selling for them in Loughborough. They kept me in a trap house for 3 days and I couldn't leave because they had the keys. When I lost the phone they said I owed £2,000 and Ty held my hand on the cooker. They said they'd come to my mum's.",
  "RM DB PV IT", "", "C", "c")
T("Licensing inspection — nail bar, Bulwell. 3 Vietnamese staff, all with valid right-to-work (two students, one settled). Wages by bank transfer. Owner not present; staff fluently described hours and pay. Premises hygiene issue (no ventilation) — advice letter.")
T("Woman, 29, attended Rape Crisis in Nottingham. Disclosed that her ex-partner controlled her money during the relationship and assaulted her. She has left him and lives with her mum. No indication of exploitation for gain; DA referral.")
T("hi my uncle came from india on a visit visa and he's working at a restaurant in derby, the owner says he cant pay him because he's illegal and if he says anything he'll call immigration. he works every day from 10 to midnight and sleeps in the storeroom",
  "AV WW IT EO AC", "saw", "L")
T("Walsall MASH: Girl, 16, placed in supported accommodation. Staff report she's collected each evening by different men, returns at 5am, has been given a new iPhone and cash. Recently disclosed she 'has to' sleep with a man's friends to pay back the phone.",
  "PV DB", "cedl", "S", "c")
T("A lady who comes into our charity shop has bruises all the time, she is from Eritrea and lives with a family who she says she 'helps'. Today she cried and said she is not paid, cannot go to college because they say she must cook and clean, and she sleeps on the sofa. She had one carrier bag of clothes.",
  "WW AC", "pa fpe", "D")
T("Police log: attended report of a male asleep in a car at the back of the car wash, Kingstanding. Male (Kurdish, 30s) states he works there and sleeps in the car as he has nowhere else. States he's paid £40 a day. Said he can come and go as he likes. Passed to MSHTU for review.",
  "", "saw", "")
T("Safeguarding adults referral — Leicester City. Mr K (62, Polish, alcohol dependent) lives in the garden shed of a man he works for collecting scrap. Neighbours say he's shouted at and pushed around. Mr K says his pension goes into 'the boss's' account 'for safekeeping'.",
  "AV AC PV", "ncw plc", "L")

# ---- part3 ----
T("Welfare visit to the address on Dudley Rd. Occupants are 4 Polish men who work at the same meat plant. Each has his own room, own passport, own bank account. They said they can leave whenever they want and showed their payslips. Nothing to suggest anyone is being held against their will.")
T("Intel: POI 'BIG A' (nom AHMETI) running a cannabis grow in an industrial unit in Tipton. Two Vietnamese boys (believed 15-16) live in the unit. Phones taken on arrival. They have never been outside and would not know which town they are in. 2/B/P",
  "IS RM", "saw", "C", "ic")
T("They told us in Hanoi the job was in a factory making clothes. We were taken straight from the lorry to a house with no furniture and only plants. 'Anh Tu' came twice a week with food and checked the lights. He said the police here would beat us and send us to prison forever if they caught us.",
  "DE IT AC", "foa", "C")
T("Ward round: Pt (M, 35, Lithuanian) admitted with crush injury to foot from a pallet at a distribution warehouse. Employed directly, RIDDOR report made by employer, wife visiting. Pt states he's well treated at work.")
T("From a Facebook group screenshot forwarded by a member of public: 'WANTED: girls 18-25 for hostess work in UK, £3,000 a month, flights and flat paid, no experience, message Dana.' Account based in Romania. No victims identified at this stage.")
T("the house on Sparkbrook road, a lady there is kept like a slave honestly. she does all the cooking cleaning for the whole extended family and the kids, never seen her go out once in 2 yrs, she has no phone, and when i said hello to her in the garden the mother in law dragged her inside and shouted",
  "IS RM", "", "D")
T("Handover: DC SHAW. Victim 1 (Romanian F, 27) debriefed at SARC. States she came to work in a packing factory via an agency in Iasi that charged her €500. After 2 weeks she was told there was no work and she must 'repay' the fee and flat by working in a flat in Hockley. Males attend daily. Trafficker (nom 'Sorin') keeps all money, gives her cigarettes and food. He raped her on the first night. Victim now at safe house. Victim 2 not yet located.",
  "DE DB WW PV", "uf", "S")
T("A Salvation Army support worker reports that her client (M, 45, Czech) who was in the NRM has found a new job at a bakery, is renting a room with a friend and is doing well. Case closed to outreach.")
T("Missing from home: Jade (14) found at a flat in Stoke with 2 adult males aged 23 and 31. Jade intoxicated, phone had messages from one male arranging to 'take her to see his mates'. Both arrested. Jade home with mum, strategy meeting booked.",
  "", "", "S", "c")
T("INT — Romanian OCG moving females between pop-ups in Leicester, Derby and Nottingham. Females (approx 8) driven between cities by POI ZAMFIR at night. Females never have access to phones except the 'work phone' which POI answers. INT suggests POI posts ads on Vivastreet and arranges all bookings. 2/B/C — dissemination to NCA only.",
  "IS", "et sfw", "S")
T("Caseworker, Medaille Trust: Ms O (Nigerian, 33) left a house in Handsworth where she worked as a 'nanny' for a pastor's family. She says they told her she'd be paid £200 a month; in 3 years she received nothing. They said the money was 'being saved for her'. She had to ask permission to go to church and was always taken there by the pastor's wife. They told her she would be arrested and deported if she left because her visa had expired.",
  "DE WW RM IT AV", "et foa", "D")
T("POI DUNCA, Florin (DOB 04/07/1991) charged with theft. In interview stated he works for a man who supplies 'stuff to sell'. No indicators of coercion; FLORIN says he keeps the profits himself and came to the UK on his own.")
T("CCTV reviewed at Asda Merry Hill: female (approx 60, Romanian) dropped at 0800 by a Mercedes VRM AB12 ***, sits begging till 1800, collected by same car. Passes cash to the driver at pick up. Has a walking stick and appears unwell.",
  "WW", "et pa ncw", "C")
T("I am writing to report that the man who runs the takeaway below my flat has a lad working there who looks no more than 13. He is there till 2am on school nights. I have heard the owner screaming at him and once saw him slap the boy round the head.",
  "PV EO", "", "L", "c")
T("Victim debrief (Polish, 40). 'Tomek picked us up at Victoria coach station. He said first the paperwork, so he took the passports and we signed for bank accounts. The cards he kept. We worked in a chicken factory in Melton, 12 hours, then the house. 14 men in the house, one toilet. Every Friday he gives £40 and says the rest is for rent and the car and the debt.'",
  "RD WW DB AC EO", "ncw oa ct", "L")
T("Council licensing — HMO check on Abbey Park Rd. Landlord letting 6 rooms to 6 tenants, gas certificate out of date. Tenants have tenancy agreements, all in employment with different employers. Enforcement notice for gas safety.")
T("call from a worried mum: her 16 yr old son has been offered £300 a week to 'drive for' a man he met at the gym. he's not old enough to drive. she found 4 sim cards and a train ticket to Lincoln in his room.",
  "", "", "C", "c")
T("Dr's note (GP): 23 yo Albanian female attended with a man who said he was her 'cousin' and insisted on staying in. When he went to move the car she said quickly in English 'help me, he sells me'. Pt then refused to say more when he returned. Police informed. Pt left with him.",
  "", "sfw", "S", "i")
T("A man has been living in his employer's stable yard in Rutland for over ten years looking after horses. Charity visited: he has a small caravan with no toilet, is paid 'in kind', can't read or write, and says the family are 'good to him' but he has never been on holiday or had a bank account.",
  "AV AC WW", "plc", "L")
T("Officer notes: stopped 3 boys (13, 14, 14) at Birmingham Coach Station with a parcel of cannabis. One said a man 'Deano' gave them return tickets to Shrewsbury and said if they came back without the money they'd 'get what Kyle got'.",
  "IT", "", "C", "c")
T("Statement of a neighbour: I have lived next door to the Khans for six years. They have a domestic helper called Maria who goes to church every Sunday, goes shopping on her own, and rings her family in Manila on video most evenings from the garden. I have no concerns about her at all; I only give this statement because the police asked everyone in the street.")
T("Translated message (Vietnamese) passed to police by a nail bar customer: 'Please help me. I am in the shop at Cannock. They keep me in the house at night, lock the door. I do not have my passport. I work everyday. I owe them a lot.'",
  "RM RD EO DB", "", "L", "i")
T("Reviewed. HEALTH & SAFETY: Worker injured in fall from scaffold at a site in Sutton Coldfield. HSE informed. Worker is employed directly, holds CSCS card. No modern slavery indicators.")
T("Intel: POI ZHANG (nom) recruits Chinese women via WeChat for 'massage' work in Midlands. INT suggests women told they'd be working in a legitimate spa, on arrival made to provide sexual services. Fees of £10,000 for visa charged upfront and added to a debt. 2/C/P",
  "DE DB PV", "uf", "S")
T("Bank referral — financial crime team: customer (M, 19, Romanian) cannot explain why his account has received £18,000 from multiple third parties in 3 weeks and moved out immediately. Customer nervous, accompanied by older male who handled the conversation. Customer says the man is his 'employer'.",
  "", "sfw ncw", "C")
T("Debrief summary. He was 16 when recruited in Lewisham by older boys who gave him trainers and weed. Taken to Leicester, kept in a flat, sold crack from a 'line' phone. When he tried to leave they beat him with a bat. He says he was 'working off' the money for drugs that police seized from him.",
  "AV RM PV DB", "", "C", "c")
T("Referral from Solihull council: woman (52, Indian) who came as a visitor to look after her son's children. Son's wife does not allow her out, took her passport and tickets home, makes her sleep in the utility room and cook for the family from 5am. She says she wants to go back to Punjab.",
  "RM RD AC EO", "", "D")
T("Young person (17, British, F) said to school nurse that her boyfriend (20) is 'a bit jealous' and checks her phone. She says he doesn't ask her to do anything sexual she doesn't want and she sees her friends when she wants. Nurse gave healthy relationships advice. No CSE concerns identified at this time.")
T("GP: 30 yo F, Slovak, attends with injuries to both wrists, says she fell. Partner (known to police for controlling females involved in prostitution) in waiting room. Pt declined to discuss further. Safeguarding referral.",
  "", "pa", "")
T("Student (F, 21, Chinese) reported to university that her landlord is asking to keep her passport as a deposit. She refused and moved out. Landlord advised by police. No exploitation.")
T("In 2019 I was in Sheffield, then Leicester. They called me 'the dog'. I had to sleep in the bathroom of the house where the women worked. I answered the door to the men and cleaned. If I made mistakes Gjon burned me with cigarettes. I did not get money, just food. I am 19 now; I was 16 then.",
  "PV AC WW", "", "S D", "c")
T("Welfare check on a Filipino nurse at a private care home in Leicester after anonymous call. Nurse confirmed she works 37.5 hrs, has her own flat, her passport, a UK bank account and a union rep. Said she'd already moved jobs once and could do again. NFA.")
T("INT: 'Fat Dave' (nom) cuckooing vulnerable adults on the St Ann's estate using them to store drugs. At least two known to have learning disabilities. Threats made to one resident that his dog will be killed if he talks. 2/B/P",
  "AV IT", "", "C")

# ---- part4 ----
T("Intel 2/B/P: Egyptian national (nom FAROUK) advertising on Arabic-language Facebook groups in Birmingham for 'kidney donors', paying £2,500 to asylum seekers with no right to work. Donors flown to a private clinic in Northern Cyprus. One donor (Sudanese, 24) reported he was never paid and was threatened with a knife when he asked.",
  "AV IT", "", "O")
T("Referral by renal unit, Leicester General: potential living donor (M, 22, Indian national) presented with a recipient he claims is his cousin. Inconsistent accounts of the relationship; donor does not speak English and the recipient's son 'translates'. Donor says he has been promised a job in the family's shop and his family's debts paid. Transplant suspended; HTA and police informed.",
  "AV", "sfw", "O")
T("Victim (F, 36, Ukrainian) says the 'sponsor' host family she lives with under Homes for Ukraine are kind, she has her own room, her documents, and works part-time at Sainsbury's. She was referred because she once mentioned feeling lonely. No exploitation.")
T("Caseworker note: she described the first months as 'like a prison with a nice wallpaper'. The family in Edgbaston told her she would study English and help a little with the baby. In practice the baby slept in her room and she was up all night, then cleaned all day. She was allowed out once a month with the driver. She kept saying 'I was not hit, they never hit me'. Her wages (£150 a month) were sent by the employer to her mother in Ethiopia; she never saw a payslip.",
  "DE EO RM AC WW", "et ncw", "D")
T("Community Protection Officer log: car wash on Foleshill Rd. 5 workers, all Kurdish Iraqi. Owner showed HMRC registration and rota: 2 shifts, 9-5 and 1-9. Workers confirmed they're paid £90/day cash and go home to their own addresses. Pay is low but they say they can leave. Advised owner on payslips.")
T("Text message to CrimeStoppers: 'Girl kept in flat above bookies on Stratford rd. She is Albanian 18, i seen her at the window, they lock her in and men go up all day. Please help her today'",
  "RM", "", "S", "i")
T("POI CONSTANTIN, Gheorghe. INT suggests operates begging networks in Derby and Nottingham using disabled adults from Romania. Victims housed in one room, taken to pitches each morning in a people carrier, and must hand over daily takings. One victim has an amputated leg and is given no medical care. 2/B/P",
  "AV WW AC", "et ncw oa", "C")
T("Report: a man outside Bullring asking people for change, says he's homeless. Checked by outreach. Adult, British, housed by council last week, no third-party involvement.")
T("He said I will have a good job in Britain as a mechanic. He paid the ticket. When I arrive he says I must pay him back £6,000, and the job is to wash cars, 8 in the morning till dark, every day, Sunday also. He gives £100 a month. He says if I go he will tell the police I am illegal.",
  "DE DB EO WW IT AV", "", "L")
T("GP registration: 9 Slovak adults registering at the same address. Registered by one man who held all their ID cards and did the talking. Practice manager's concern: two of them looked scared and one had a black eye.",
  "RD", "sfw pa", "")
T("Officer's note: Interview with Mr B (Albanian, 25) after arrest at cannabis grow in Kettering. States he came to the UK via lorry, owes £25,000 to smugglers, was told he'd work in construction. Guarded by a man with a dog; never allowed out. Given food twice a week. Section 45 defence raised.",
  "DB DE RM", "", "C")
T("my mate works at a hotel in brum, the housekeeping girls are agency, they get paid per room not per hour, like £2.50 a room and its impossible to do more than 3 an hour, and they have to pay £30 for their uniform. its taking the piss but they can quit",
  "", "ppe", "")
T("Nottm City MASH: 15 yo girl (looked after child) disclosed at school that a man she calls her 'boyfriend' (34) has been taking her to a house in Bulwell where she has to have sex with his friends. She says he gives her cannabis and has pictures of her. She has gone missing again tonight and her phone is off.",
  "PV", "", "S", "ic")
T("Intel log (3/C/P): Unverified rumour that a Chinese restaurant in Derby 'keeps staff locked up'. Licensing visited: staff live in rented flats nearby, have keys, phones, passports; no restriction found. Rumour appears malicious (ex-employee dispute).")
T("Statement (interpreter): 'They said it was an apprenticeship in a bakery. The apprenticeship fee was €2,000, then there was the flat, the food, and the work clothes. Every month they showed me the list and it was always more than I earned. After a year I owed more than at the start.'",
  "DE DB", "uf ppe", "L")
T("999 transcript summary: Female (Thai) states she is in a flat in Coventry, 'they took my passport', the man has gone out and locked the door, she doesn't know the address, can see a big Tesco from the window. Call traced.",
  "RD RM IS", "", "", "i")
T("Prison chaplain note: An older prisoner, Irish Traveller, says for 15 years he worked laying tarmac for a family in exchange for a caravan and drink. Says he was never paid, was beaten when he tried to leave, and was moved between sites in Leicestershire and Wales. Now 56.",
  "WW PV AV AC", "", "L")
T("Email from a mum in Beeston: my daughter is 17 and works in a nail bar on Saturdays. It's a proper job with a contract and the owner is lovely. I'm only writing because her school did a talk on modern slavery and she asked if she should be worried. I don't think so!")
T("Social worker: Mrs A (81, British, dementia) lives with a lodger who she says 'does everything for me'. Bank shows lodger withdrew £20,000 over 6 months. Financial abuse investigation. Not exploitation for labour or sex.",
  "", "ncw", "")
T("INT suggests POI MENSAH runs a 'church' in Wolverhampton, brings young women from Ghana as domestic helpers for congregants. Women are told their visa will be cancelled if they leave the family, do not have their own passports (held by the church 'pastor') and are paid only through the church. 2/C/P",
  "IT RD WW", "ncw", "D")
T("Outreach note: sex worker (F, 24, Romanian) in Hyson Green. Says she works with her boyfriend's 'protection', he holds the money 'to save for a house'. She says she is free to go home when she wants, but also that he gets angry if she earns less than £300 a night.",
  "WW", "ncw", "S")
T("Sir, i am writing about my son in law's sister she is being used as servent by his mother in Walsall. She is 14 and doesnt go to school she cleans, cooks, looks after the babies and is smacked with a slipper when things are not done. Nobody will listen to me.",
  "PV", "", "D", "c")
T("Statutory DTN (Duty to Notify) — adult male, Indian, declined NRM. Worked at a Leicester restaurant 14 hrs a day for 2 years, paid £400 a month, lived in the basement, was told he'd be arrested if he went to police because his visa had run out.",
  "EO AC IT AV", "saw foa", "L")
T("Police log: Theft from a car wash — cash box stolen overnight. Owner provided CCTV. Staff all on payroll. No MS concerns.")
T("INT: Slovak Roma family (nom DUNKA) in Derby recruiting young men from their home town with promise of factory work, housing them in their cellar, signing them up to agencies and taking their wages and UC. Two men have approached a Roma charity saying they were beaten when they asked for money. 2/B/P",
  "DE AC WW PV", "ncw", "L C")
T("Neighbour: 'I think he's a good employer. The Polish lads he has are always laughing, he takes them for a curry on a Friday, they've got cars of their own. I only say because police were asking about exploitation round here.'")
T("WhatsApp screenshot forwarded to police by victim's friend: 'he took my phone, only give it when he wants me to text clients. i dont know where i am, somewhere near nottingham. he says if i run he finds my daughter'",
  "IS IT", "", "S", "i")
T("Following the raid the 7 Vietnamese women from the nail bars said through interpreter that they had been told they were coming to study. None had seen wages. All slept in the same room above one of the shops. One had burns from chemicals and no gloves were provided.",
  "DE WW AC", "oa saw pa", "L")
T("Asylum seeker (M, 17, Afghan) in hotel accommodation in Leicester told staff that a man offered him work at a barber's. Staff concern about possible exploitation; he hasn't gone. Social worker spoke to him about risks.",
  "", "", "", "h")
T("Sex worker welfare visit (Nottingham City Council). Two women in a flat, both British, work together for safety, their own adverts, their own phones. They reported no third party and no concerns.")
T("Interview with DOLLY (nom), 30, Nigerian. She said: 'Madam told me I owe 40,000 euros. I did the juju. If I do not pay, my mother will die. So I work every night with men in Derby and give her everything.'",
  "DB IT WW", "", "S")

# ---- part5 ----
T("Salvation Army: client (Chinese F, 44) says that in 2 years at the restaurant in Stoke she was never told the name of the town. She was driven from the flat to the kitchen and back with the windows covered. No phone — the manager said phones are 'bad for work'.",
  "IS", "et", "L")
T("he dont let her talk to nobody. she isnt allowed on the phone to her family back home and she cant speak english anyway. she just cleans there house and minds the kids. thats the flat above me Foleshill",
  "IS", "", "D")
T("Welfare call by Leics Police to an au pair (Spanish, 19) after her mum in Madrid rang worried as she hadn't heard from her in a week. Au pair was fine, had lost her phone at a festival, host family helpful. No concerns.")
T("Midwife: Eritrean F, 20, booked late at 34 weeks. Husband's brother attended and said she doesn't need an interpreter. Alone, with interpreter, she said she isn't allowed out of the flat, does not know the address and has no phone. Safeguarding referral — possible domestic servitude/forced marriage.",
  "RM IS", "sfw", "D")
T("INT suggests 3 Brazilian females working in a brothel in Leamington, unable to leave, mobile phones confiscated by the 'receptionist', clients pay the receptionist. 2/B/P",
  "RM IS WW", "ncw", "S")
T("Case note: Ms R (Latvian, 35) has moderate learning disability. A couple she met in a park invited her to live with them in Mansfield. She has been doing all their cleaning and caring for the man's mother. They have her bank card, her DLA goes into their account, and they've blocked her sister's number on her phone.",
  "AV IS", "ncw", "D")
T("Debrief (Vietnamese M, 17): 'I did not know which country I was in until the police told me. I was inside the house all the time. Someone came every few days with rice and fertiliser. I only had the plants.'",
  "IS RM", "", "C", "c")
T("POI IOVU believed to be operating a benefit fraud, opening UC claims in names of Romanian men he brings to Leicester, taking the payments into accounts he controls. Men told they're getting a job; they sleep 6 to a room in a house owned by POI. 2/B/P",
  "DE AC", "ncw oa", "C")
T("Hi, I'm a bank teller in Walsall. A man came in with an elderly woman who didn't seem to understand what was happening, he wanted to add himself to her account. I refused. Probably a family matter but reporting as asked.")
T("Immigration Enforcement visit to a restaurant, Leicester: 2 workers without right to work arrested. Both said they were paid properly and lived with relatives. One said 'nobody forces me, I just need money'. Civil penalty to employer.")
T("Barnardo's referral: Boy (15, Black British) has been sent to Grimsby and Skegness by a group in Nottingham. He has been found there twice, sleeping in a drug user's flat. His mum says the group threatened to shoot up the house if he stops. He says he 'has to' because of a debt from a stolen bag of drugs.",
  "IT DB AC", "", "C", "c")
T("GLAA licence application refused: applicant had previously supplied workers to a salad factory and charged them work-finding fees, which is unlawful. No current workers or victims identified.",
  "", "uf", "")
T("Witness statement of PC 1234: On entry to the address I found a female, later identified as Ana POPA, sitting on a mattress in the smaller bedroom. The door had a bolt on the outside. She had a bruise to her left cheek. The room contained a bag of clothes and nothing else. She said 'he makes me work', then started crying. She did not know the name of the street.",
  "PV IS RM", "pa fpe", "", "i")
T("Report that a woman is kept captive at a house in Nuneaton — police attended, female is the homeowner's adult daughter who has agoraphobia and is supported by mental health services. No offences.")
T("Statement (translated from Romanian): 'The man who brought me to Leicester said the factory job was waiting. It wasn't. He said I must beg until he finds work. I stood at the traffic lights with a cup. At night he took the money. If it was not enough, no food.'",
  "DE WW", "ncw", "C")
T("POI KHAN, Tariq — charged with controlling prostitution. Victim (F, 19, British, care leaver) says KHAN gave her a room when she was homeless and then said she owed him £3,000 'for rent and weed' which she had to pay by seeing men. 1/A/P",
  "AV DB", "", "S")
T("Construction company (tier 1) audit: all labour supplied through 2 GLAA-aware agencies, right to work checked, payslips in workers' names, worker interviews done without supervisors. No issues found.")
T("Child (13) told teacher that his 'uncle' makes him go out with other boys to take wallets and phones on the bus in Birmingham city centre. If he doesn't bring anything home he sleeps on the landing without dinner.",
  "AC", "", "C", "c")
T("ppl getting dropped off at 4am in the lay-by near the packing place at Wisbech, they stand there in the rain for an hour for the gate to open, no coats, some look like they havent eaten for days",
  "", "cedl pa", "")
T("Debrief — Pakistani male (28): recruited for a security guard job in Birmingham, paid £9,000 to an agent in Lahore. On arrival told the job was gone and he would instead work in a takeaway 'until the fee is earned'. Works 14 hrs a day, sleeps on the floor of the takeaway, the owner holds his passport and BRP.",
  "DE DB EO AC RD", "uf saw", "L")
T("Complaint to police from restaurant worker that his boss paid him £200 less than agreed last month. He has his own bank account and passport and lives with his brother. Boss later paid the balance. NFA, civil.")
T("INTEL 2/A/P: HOXHA (nom) told an associate he had 'a girl' in Derby who 'doesn't go anywhere without me' and 'doesn't speak to anyone, not even her mum'. Associate states the girl is Albanian, about 20, and advertised as an escort.",
  "RM IS", "", "S")
T("Transplant tourism: Coventry patient (M, 60) returned from Pakistan with a new kidney, complications. Hospital concerned organ was bought from a poor donor. Patient says the donor 'was paid well and agreed'. Referred to HTA. No UK victim identified.",
  "", "", "O")
T("Council licensing inspection of a massage parlour, Wolverhampton Rd: 2 therapists, both with certificates and contracts, paid hourly by bank transfer. Premises do not offer sexual services. Licence renewed.")
T("Caller says her friend (Filipino, 35) is a live-in carer for an elderly man whose son employs her. She gets £1,000 a month, has her own room and a day off each week, but she's worried because her visa is expiring. Advised re immigration advice service. No exploitation.")
T("She says that after the wedding in Bradford her husband's family took her passport and marriage papers. She says that she was not allowed to phone her parents in Dhaka. She says that she cooked for twelve people and was beaten by her mother-in-law with a belt.",
  "RD IS PV", "", "D")
T("Operation WILLOW (Notts): 4 Romanian women found working 12-hour shifts in a hand car wash in Carlton, dressed in thin clothes, hands cracked and bleeding from chemicals. They live in a caravan behind the site. The owner's wife 'looks after' their wages. One said she was told she'd be a cleaner in a hotel.",
  "EO AC WW DE", "pa saw ncw", "L")
T("A 16-year-old girl in care in Leicester was being driven by a 'taxi driver' to hotels. Police found her in a hotel room with two adult men, clearly drunk. Arrests made. She was taken to hospital.",
  "", "", "S", "c")
T("In Calais they took us to a garage and the man said my organs would pay if I did not have the money for the crossing. I ran that night. I have not been operated. I am scared they will find me in Birmingham.",
  "IT", "foa", "O")
T("Reflection from support worker: 'She says she is not forced. She says she loves him. She hands him all the money, she's never been alone with me, and he answers for her.'",
  "WW", "sfw ncw", "S")

# ---- part6 ----
T("Handover notes, Lates, Coventry CID. (1) Burglary Earlsdon — SOCO attended, no suspects. (2) Concern for welfare at Stoney Stanton Rd: 2 Romanian men living in a car behind a scrapyard. They say they buy and sell scrap themselves, nobody is in charge of them, they keep their own money and are waiting for a flat. Housing options contacted. (3) Shoplifter at Primark — local adult, charged. Nothing for MSHTU.")
T("Victim account, 23, Albanian male: 'I chose to come. I paid the smuggler myself, my family sold land. Nobody owes anybody. In England I work in a barber's, my cousin's shop, I am paid, I sleep at my cousin's house. I only want to claim asylum.'")
T("Intel 3/C/P: Male known as 'Vlad' seen at ATM in Peterborough with a wallet of cards, withdrawing at 2am. Unknown if connected to workers. No further info.",
  "", "mbc", "")
T("Interview note — Ms T (Thai, 41) arrested in a police raid on a brothel in Derby. Through interpreter she says she came on her own, works for herself, shares the rent with another woman, and keeps her earnings. She denies that anyone controls her. She has her passport. Advised about support options; she declined.")
T("ANPR hits show VRM KP18 *** travelling Leicester–Boston every day at 0400, return 2200. Registered keeper supplies labour to farms. Passengers unknown. 3/C/P",
  "", "cedl", "")
T("The two children were found sleeping in a disused shop in Smethwick with one small bag between them. The boy (about 12) said a woman brought them from Romania to 'sell flowers' in pubs, and she takes the money every night. She told them the police would take them away from their mum forever.",
  "WW IT", "fpe foa ncw plc", "C", "c")
T("Dear Sir / Madam, I work in a hand car wash in Derby and I want to say I am happy. The owner pays me each Friday into my bank, I have a contract, gloves, and the weekend off. Some people come and ask if we are slaves; we are not. Thank you.")
T("Online report: 'my ex is making me do OnlyFans and takes all the money, he says if I stop he'll send the videos to my dad. I'm 18.'",
  "WW IT", "ncw", "S")
T("Boy (17) stopped with 3 phones and £800 in Melton. Says he deals for himself and isn't being forced by anyone. Parents aware. Drug offences; referral to YOT. He would have been considered for NRM if there was any sign of coercion, but none was found.")
T("Spoke to manager at a car wash in Loughborough following a public report. 6 workers, 2 Romanian, 4 Afghan. All produced ID themselves. Rota shows 40-45 hrs. Workers describe being paid daily in cash, no deductions. Two said they live at the site; both said by choice because the rent is cheap and they can leave.",
  "", "saw", "")
T("From the interpreter's notes: she says 'Mama' met her at Birmingham airport and took her documents 'for safekeeping'. She says that on the first night two men came to the house and Mama said she must be nice to them. She says she refused and they forced her. She says she has been there for four months. She is frightened for her younger sister in Benin City whom Mama has threatened.",
  "RD PV IT", "", "S")
T("Home Office caseworker: applicant (F, Nigerian, 30) claims she was brought to the UK by a friend of her mother who promised nursing training and then kept her in a house in Wolverhampton cleaning and caring for 4 children for 5 years without pay. She was only allowed to go to the shop. No passport — 'auntie' took it on arrival.",
  "DE RM WW RD", "", "D")
T("Email to Leics Police from a farmer: 'I use a GLAA-licensed labour provider; I'm told the workers are paying £60/week for transport in the provider's van, which seems high. Can you check it's legal?' Provider contacted: transport is optional and charged at cost; workers confirmed.",
  "", "ct", "")
T("Victim (M, 26, Ghana) was recruited to care work via a UK sponsor who charged £12,000 for his Certificate of Sponsorship. He was given 20 hours a week, not the promised 40, and told he must 'pay back' £12,000 from his wages. He's working at a second job illegally to survive and fears losing his visa if he complains.",
  "DE DB", "uf foa", "L")
T("Caller's brother lives with a man he met online. Caller worried it's 'trafficking' because brother moved to Leicester from Poland quickly. Officers spoke to brother: he is in a relationship, works at Amazon, has his own bank account, visits family regularly. No concerns.")
T("SCR (Nottingham): Girl (16) reported to have been taken to Leeds by a 'boyfriend' (22) and 'sold' to his friends. Now back with mum. She has a hoodie, a phone the boyfriend gave her, and a bag with three outfits. Strategy meeting convened.",
  "", "", "S", "c")
T("Record of conversation: He states the 'boss' at the car wash in Bilston never allowed him to keep his own money; his wages went onto a card the boss kept. He says the boss also made him sign for a loan at a bank.",
  "WW", "ncw", "L C")
T("POI LAZAR, Vasile. Suspected of transporting Romanian children for pickpocketing in Birmingham city centre. Children housed in a flat in Small Heath. 1/B/P",
  "", "", "C", "c")
T("A PCSO spoke to a man sleeping in the bus shelter on Hagley Rd. He says he's a Polish bricklayer who lost his job and his flat. He has his own documents. Referred to outreach. No one has exploited him.")
T("Caseworker (Unseen): client says 'if I had not done what Ion said, he would have hurt me, I think' — but she also says Ion never threatened her and she left when she wanted. Her concern is unpaid wages from a legitimate cleaning company which went bust. Referred to ACAS.")
T("Report via app: lorry at Watford Gap with knocking from inside. Police opened: 6 Eritrean men, dehydrated, one unconscious. They say a smuggler put them in at Zeebrugge and said they'd work for 'a friend' in England for the journey cost.",
  "DB AC", "pa", "L", "i")
T("Nottm Rd Hotel — reception staff raised concern about a man booking rooms for 4 different young women on consecutive nights and paying cash; lots of men visiting. Police attended: one female (19, Romanian) said the man keeps her passport and phone.",
  "RD IS", "", "S")
T("School attendance officer: Year 11 boy absent 40%. Home visit: mum ill, boy helping with younger siblings and doing some shifts at his uncle's shop (paid). No exploitation concerns — family support plan.")
T("Caseworker, Refugee Council: client (Sudanese, 29) described being held in a house in Libya and forced to work on farms before crossing. In the UK he is in asylum accommodation in Nottingham. No UK exploitation. Historic overseas exploitation noted for NRM.",
  "RM", "", "L")
T("Public report: 'the men at the kebab shop on Stoke Rd work every single day open to close, theyre always there, i asked one he said hes not allowed a day off and the boss has his passport till he pays for the visa'",
  "EO RD DB", "", "L")
T("999 call: child screaming in the flat below, caller says a man has been shouting 'you'll go back to the plants tonight or I'll break your legs'. Police en route.",
  "IT", "", "C", "ic")
T("Agency worker (Polish) told union rep that his agency deducts £10/week for the minibus and £25 for boots. He said he is otherwise fine, lives with girlfriend, and can leave. Union raising with agency.",
  "", "ct ppe", "")
T("Victim account (written by NGO worker from her words): Lan was 15 when her aunt sold her to a man in Hai Phong. She was taken through Russia and France and then to a house in Leicester. She cleaned and cooked for the man's family and was locked in when they went out. He raped her repeatedly. She never went to school.",
  "PV RM", "", "D S", "c")
T("Staff at a Wolverhampton hotel raised concerns about a guest who turned out to be a father staying with his 3 daughters during a house move. Fine.")
T("Intel: Female (nom MARIA, approx 40, Romanian) begs outside Morrisons in Beeston, dropped by a male in a blue Passat. INT suggests male takes her earnings and she sleeps in a shed in his garden. 2/C/P",
  "WW AC", "et ncw plc", "C")
T("Case update: Mr P (Slovak) says that his boss at the car wash is 'a bit strict' and pays less than minimum wage but he gets his money every week in his own account, has his own place, and goes home to see his kids at Christmas. He doesn't want police involvement.")
T("Intelligence (2/B/P): organ trafficking network based in Birmingham recruits young Afghan men in hotels, tells them a 'medical test' is needed for work visas, then arranges kidney removal abroad. At least two victims identified.",
  "AV DE", "", "O")

# ---- part7 ----
T("Lads at the car wash on Hagley Rd told me the boss has their passports.",
  "RD", "", "L")
T("IP states 'Uncle' keeps her phone and she doesn't know the address. 2/B/P",
  "IS", "", "")
T("Kid about 14 dropped at the trap house on Beaumont Leys every night by a man in an Audi.",
  "", "cedl", "C", "ic")
T("Man at the scrapyard works for food and a caravan, never had a wage in years.",
  "WW", "plc", "L")
T("Car wash on Derby Rd all good, lads get paid, I know the owner.")
T("Nom 'Mamma Rose' — Nigerian female holding 3 girls' passports, Handsworth. 3/C/P",
  "RD", "", "")
T("She says the family beat her if the floors weren't clean.",
  "PV", "", "D")
T("Agency bus collects workers from Coalville 0430, drops back 2230.",
  "EO", "cedl", "L")
T("Lost my driving licence at the gym, need a crime number please.")
T("Boss says we owe £3,000 each for the flights and it goes up every week with rent.",
  "DB", "", "L")
T("POI seen at ATM Sneinton 0230 using 9 cards. VRM FD67 ***. 2/C/P",
  "", "mbc", "")
T("they lock the girls in the flat over the launderette when they go out",
  "RM", "", "S", "i")
T("Client confirms no-one took her passport; she has it with her at the appointment.")
T("Told it was modelling in London, ended up doing webcam in a flat in Leicester.",
  "DE", "", "S")
T("Workers say they get £20 a week and the rest 'goes to the house'.",
  "WW", "ncw", "L")
T("He said if I speak to police they will cut my brother in Tirana.",
  "IT", "", "")
T("Routine Sunday — GLAA licence check at daffodil farm, all compliant.")
T("Pt has untreated fractures, says boss at the farm threw him off the tractor.",
  "PV", "pa", "L")
T("20 men in a 3-bed in Alum Rock, all work at the same bakery, landlord is the foreman.",
  "AC", "oa", "L")
T("My daughter's boyfriend is nice, no issues, just checking the age of consent rules.")
T("Vietnamese lad in the grow house said he's not allowed out till harvest.",
  "RM", "", "C")
T("A neighbour's au pair works 7am to midnight seven days a week, looks exhausted.",
  "EO", "pa", "D")
T("Boxing club coach reports 15 yo member being paid £50 to carry parcels to Grantham.",
  "", "", "C", "c")
T("Caller: the woman next door 'sells her kidney' — later says it was a joke about her rent.")
T("Passports in the office safe 'for security', staff can't get them.",
  "RD", "", "L")
T("No signs of restriction; all four workers came and went freely during the observation.")
T("Everything we earn at the factory goes on the card Marek keeps.",
  "WW", "ncw", "L")
T("Shown a video of what happened to the last girl who ran.",
  "IT", "", "S")
T("Hotel porter paid late once in March, sorted by April payroll. No issue.")
T("Young man bought from his family in Sindh to cook for a household in Leicester.",
  "", "", "D")
T("Man from Alvechurch has lived rent-free with a friend for 2 years, does odd jobs, happy.")
T("I worked every day for 11 months, no Sunday, no holiday, not even Christmas.",
  "EO", "", "L")
T("Female (19) tells outreach she is sold on Vivastreet by her 'husband' who keeps the money.",
  "WW", "ncw", "S")
T("Worker cut his hand on a slicer at the sandwich factory. First aid given. RIDDOR.")
T("Took my SIM card and said no calling home until I pay.",
  "IS DB", "", "")
T("The man said there was work in a hotel. There was no hotel.",
  "DE", "", "")
T("Guy at the door said he was from the council. Turned out to be a bogus caller, nothing taken.")
T("Girls at the massage place sleep on the tables at night, man locks up from outside.",
  "RM AC", "saw", "S", "i")
T("Benefit claims for 6 Roma men paid into one account run by their 'landlord'.",
  "", "ncw mbc", "C")
T("Her student visa expired; she's staying with her sister and working nowhere. Immigration advice only.")

# ---- part8 ----
T("""OFFICIAL-SENSITIVE. West Midlands ROCU — Intelligence report. Grading 2/B/P.

Subject: hand car washes, Dudley and Sandwell, linked by common ownership (nom DEMIRI, Ardit, DOB 02/11/1984).

INT suggests DEMIRI controls 4 sites (Tipton Rd, Birmingham New Rd, Oldbury Ringway and Halesowen St). Workers are predominantly Albanian and Kurdish males aged 18–30. At the Tipton Rd site workers are seen arriving at 0700 in a grey Sharan VRM unknown and leaving after 2000; they have been seen eating in the cabin rather than going out.

INT further suggests that at least three of the Tipton Rd workers arrived in the UK by small boat within the last year and were told by DEMIRI that they owe £8,000 each for the crossing, which is taken from their wages at £300 a month. The Oldbury site appears to run differently: the manager there is believed to be a cousin and his staff are thought to be paid properly and live independently.

Both Halesowen St and Birmingham New Rd were recently visited by HMRC; no further intel on those sites.

Recommendation: refer to MSHTU for a multi-agency visit to Tipton Rd.""",
  "EO DB", "cedl et", "L")
T("""Caseworker record — The Salvation Army (victim care contract), East Midlands.

Client: female, 29, Romanian. Interpreter: by phone, Romanian.

Client was met today at the safe house. She says she answered an advert on a Romanian job site for 'packing in a warehouse near Nottingham, £11 an hour, accommodation provided'. She paid €300 to a woman in Bacău for the bus ticket and the 'contract'. On arrival she was taken to a terraced house in Hyson Green where 5 other women were living. The next day she was told the warehouse job had been given to someone else and that she must 'keep her head down' and work for the man they called Bogdan in a flat in the city centre.

She says she was forced to have sex with men who came to the flat, sometimes ten a day. She did not get any of the money; Bogdan said it was for her debt and the rent. She says she was never left alone: another woman slept in the doorway of the room.

She left after 7 weeks when a client called the police for her.

Support needs: GP registration, sexual health, counselling, legal advice re ISVA. She wants to help police.""",
  "DE DB WW PV RM", "uf", "S")
T("""Leicestershire Police — incident summary (public report via website).

'Hello i dont know if this is the right place but im worried about a man who lives in the flat below me on Humberstone Rd. Hes from India i think hes about 60 and he goes out at 5 in the morning with a younger man in a van and comes back at like 11 at night. Ive tried talking to him and he is lovely but his english isnt great. Yesterday he had a massive bandage on his hand and said the younger man told him he cant go to hospital because hes got no visa. He said he doesnt get paid he just has the room and they send a bit to his wife in Gujarat. Hes really thin. The younger man shouts at him on the stairs. Sorry if this is nothing. I just think its not right at his age.'

Call handler note: RP was called back and confirmed the address. The RP has no concerns about other residents in the building, who are students and a young family.""",
  "AV WW EO", "cedl et pa ncw foa", "L")
T("""SAFEGUARDING REFERRAL — Nottingham City Council Children's Services (MASH)

Referrer: Designated Safeguarding Lead, secondary school, Bulwell.

Child: Kayden (15), White British. Lives with mum and two younger siblings.

Concerns: Over the past two months Kayden's attendance has fallen to 52%. He has been seen by staff getting into different cars outside the school gates at lunchtime. On Monday he came in with a cut to his eyebrow and a new Canada Goose coat. Today a friend told the form tutor that Kayden has been 'going OT' to Lincoln and Boston and that he 'got robbed' of a package last week, and now 'owes' the older boys £1,500. The friend said Kayden has been told that if he doesn't pay they will 'do his mum's house'.

Mum has been contacted and is worried; she says he has been coming in at 3–4am and has two phones. She had no idea about the debt.

Other information: his younger sister (11) is doing well and there are no concerns about her.

Action: referral to MASH; police informed; strategy discussion requested.""",
  "DB IT", "pa", "C", "c")
T("""Debrief account of a male Vietnamese national (aged 17 at interview), through a Vietnamese interpreter. Summarised by DC KAUR.

He says he grew up in a village in Quảng Bình. His father owed money to a man in the town. When he was 15, the man said he could take the son to Europe to work in a restaurant and the family's debt would be cleared after two years.

He says he travelled by plane to Russia, then was kept in a flat in Poland for a month, then was put in a lorry. He does not know the names of the places. He arrived at a house, which he now knows was in Coventry. The house had plants in every room and the windows were covered with black plastic. He was told not to open the door to anyone and that the doors would be locked from the outside.

He says a man came every few days with noodles and rice. The man told him that if police came he must say he was 22 and that the police would put him in prison. He was not paid. He says he was there about five months before the police came in.

He has an injury to his arm from the ventilation fan which was never treated.""",
  "AV DE RM DB IT WW AC", "foa pa", "C")
T("""GLAA — Inspection report (summary), licence holder: AgriStaff Midlands Ltd.

Site: vegetable packhouse near Newark. Date of visit: 14 Oct.

The licence holder supplies approximately 180 workers to the packhouse. Inspectors interviewed 22 workers privately with interpreters (Bulgarian, Romanian, Lithuanian, Polish). All workers interviewed said they found the job through friends or online and that nobody asked them to pay anything to get it. Payslips sampled match hours recorded on the site clocking system and show at least the National Living Wage. Holiday pay is accrued correctly.

Transport is offered by the licence holder from Newark and Lincoln at £3 a day; around a third of workers use it, the rest drive or cycle. Inspectors confirmed workers can opt out.

Accommodation is not provided by the licence holder. Workers interviewed rent privately; none reported that the licence holder has any role in their housing.

One worker raised that his supervisor is rude. This was passed to the licence holder's HR.

Outcome: compliant. No indicators of labour exploitation identified. Next inspection in 24 months.""",
  "", "ct", "")
T("""Witness statement (extract) — Mrs Patricia HOLLAND, aged over 18.

I live at [address redacted], Walsall. For about a year the house opposite, number 41, has been rented by a man I know only as 'Steve'. I would say he is in his forties, white, with a Black Country accent.

At first there were just Steve and his girlfriend. Then in the spring three other men started living there. They were older, scruffy, and one of them walks with a limp. I got talking to the man with the limp, who said his name was Gary and that Steve had 'found him' when he was sleeping in the bus station. Gary said he works for Steve on driveways and fencing and in return gets his bed and his meals and 'a few cans'. He said he has never been paid in money.

I have seen Steve push Gary against the van and shout at him. Another time Gary told me Steve takes his benefits card every fortnight 'to look after it'.

The girlfriend, as far as I know, works at a nursery and I have never had any concerns about her.

I am making this statement because I'm worried about Gary.""",
  "AV WW PV", "ncw", "L")
T("""Debrief (written in the first person from interpreter notes; Tigrinya).

My name I don't want to say here. I am from Eritrea, I am 24. In Libya I was sold twice. When I came to England in the boat I stayed in a hotel in Birmingham. A man from my country came to the hotel and said there is work, cash in hand, in a factory making sofas in Walsall. I went with him.

The work was 7 in the morning to 9 at night, Monday to Saturday, and sometimes Sunday. He said the first month's money is for his fee for finding the job. The second month he paid me £200. He said the rest is for the transport and the room. The room was in his house, I shared it with four men, mattresses on the floor.

He did not hit us. He did not take my papers — I have the Home Office letter in my pocket. But he said if anybody talks to the police the Home Office will send us back to Rwanda, and I believed him.

I left when the hotel staff told me about the Salvation Army.""",
  "AV EO WW AC IT", "oa foa ct uf", "L")
T("""A&E safeguarding note, Queen's Medical Centre, 02:40.

Female, stated age 19, stated nationality Hungarian. Brought in by ambulance from a flat in the Lace Market after a neighbour heard screaming. Injuries: facial bruising, a laceration to the scalp, bite marks on the arm, and older bruising on both thighs of different ages.

Pt initially said she fell. With a female nurse and a Hungarian telephone interpreter she later said a man 'Laci' brings her and another girl to different flats every week, puts pictures of them on a website, and that men come all night. Tonight Laci hit her because she said she was too tired. She says she has no phone and no passport, 'Laci has everything'. She is frightened that Laci is in the waiting room.

Security notified. Police called. Pt is currently in cubicle 7 and says she does not want to go back. The other girl is believed to still be at the flat.

Bloods, x-ray of skull requested. Sexual health follow-up.""",
  "PV RD IS", "pa", "S", "i")
T("""Summary of press release, Nottinghamshire Police.

A couple from Mansfield have been sentenced at Nottingham Crown Court for holding a woman in domestic servitude for more than 10 years.

The court heard that the victim, now 53, met the couple while she was living in a women's refuge. They offered her a room in exchange for 'helping around the house'. She went on to cook, clean and care for their three children and later their grandchildren, working from early morning until late at night, seven days a week. She slept on a camp bed in the box room.

Her disability benefits were paid into the couple's bank account, and she was given £5 a week. She was rarely allowed to leave the house without one of them, and her contact with her own family was stopped.

Detectives said the victim, who has a learning disability, had been 'entirely dependent' on the couple. She is now living in supported accommodation and has reconnected with her sister.""",
  "AV EO AC RM IS", "ncw", "D")
T("""Record of intelligence — Border Force, East Midlands Airport. Grading 1/B/C (handling: not to be shared outside law enforcement).

Passenger 1: female, 23, Indian national, arriving from Delhi on a student visa to study at a Leicester university. Met at arrivals by a male (Passenger 2 associate), approx 45. Officer noted P1 was not carrying her own passport at secondary check; the male produced it from his jacket.

On questioning alone, P1 said the man is 'from the agency' that arranged her studies and that she owes them £14,000 in fees, to be repaid by working in his relative's restaurant in Leicester 'after classes' for the first two years. She did not know the name of the university campus or where she would live.

P3 (same flight, unconnected): male, 40, business traveller, secondary check for currency. Nothing of interest.

Action: P1 given leaflets and a helpline number, details passed to Leicestershire MSHTU for follow-up welfare check.""",
  "RD DB", "", "L")
T("""Notes from a multi-agency visit, Operation HARVEST (Lincolnshire / Leicestershire border).

Address 1 — a farmhouse with four static caravans. 16 Romanian and Bulgarian workers present. Two of the caravans had no working heating and mould on the walls; one had a broken window covered with a sheet. Workers said they pay £90 a week each to 'Nicu', who drives them to the fields and keeps their bank cards 'because of the bank fees'. Four workers showed ID; the others said their ID cards are 'with Nicu for the contract'.

Address 2 — the farm's own seasonal accommodation, run by the farmer directly for workers on the Seasonal Worker visa. Clean, heated, six per unit. Workers there said they are paid through payroll and have no complaints. No concerns at this address.

Nicu (nom) was not present. Workers from address 1 described him as 'the boss'; one said Nicu told them the police in England are 'like in Romania, they take money'.

Actions: NRM discussion with 5 of the address 1 workers (2 consented). DTN for 3.""",
  "AC WW RD", "plc ct et ncw foa", "L")
T("""Police officer handover — nights, Leicester Central. PC 4471.

1) 22:15 — Report of a man 'being held' at a takeaway on London Rd. Attended. The male (Afghan, 30s) works there and was in the back kitchen when we arrived. He speaks good English, showed his BRP, payslips and his rent book for a flat in Highfields. He said the report was probably from a customer who saw him asleep on a chair on his break. He was clear nobody stops him leaving and that he's paid properly. No offences, no concerns.

2) 01:40 — Shoplifting at the 24hr Tesco, 2 juveniles, both local and known to YOS. Taken home to parents.

3) 03:05 — Concern for welfare of an older woman walking in the rain on Narborough Rd. Taken home, family informed; she has dementia. Adult social care referral.

Nothing outstanding for MSHTU.""")
T("""Unseen Modern Slavery Helpline — case summary (anonymised).

Caller: a staff nurse at a private care home in Staffordshire.

She told us about two of her colleagues, both from Kerala, who came to the UK on health and care worker visas sponsored by a recruitment company. They paid the agent in India around £15,000 each and were told the job was for 39 hours a week at £11.50 an hour. In fact they are placed in different care homes each week by the company, often doing 60–70 hours, and paid for only some of them. The company charges them £300 a month for a shared room in a house with eight other carers, and deducts 'training costs'.

When one of them asked for her contract, the company manager told her that if she complains her sponsorship will be withdrawn and she will be deported within a week. The caller says her colleagues are exhausted and frightened.

The caller herself is directly employed by the home and has no concerns about her own position.

Helpline actions: referral to GLAA and to police; information on rights given to caller to pass on.""",
  "DE EO IT AC WW", "uf oa foa", "L")
T("""INTELLIGENCE REPORT — Derbyshire / Nottinghamshire cross-border. 2/C/P.

Subject 1: HUSSAIN, Imran (nom), approx 35, driving a black Mercedes C-Class VRM MX70 ***.
Subject 2: unknown female, 'Chloe', approx 16, white, slim, long dark hair.

INT suggests Subject 1 collects Subject 2 from outside a children's home in Ilkeston on Friday and Saturday nights at around 2300 and takes her to hotels in Nottingham and Derby, returning her around 0500. It is further suggested that on at least two occasions other adult males have been present in the hotel room and that Subject 2 has been given cocaine.

Subject 2 has been reported missing from the children's home 9 times in the last 2 months.

A second female resident of the same children's home, 17, was also previously seen in the Mercedes but staff report she has since moved to a foster placement in another county and there have been no further sightings.

Assessment: high risk of child sexual exploitation.""",
  "", "cedl", "S", "c")
T("""Debrief (translated, Polish). Interview with Jacek, 47.

'I lost my job in Poland and then my flat. I was drinking. A man, Rafał, came to the shelter in Gdańsk and said in England there is good work in a warehouse, he pays the ticket, we can pay him back later. We came in a minibus, ten men.

In England he took the passports 'to register us'. He opened bank accounts for us, and the cards he kept. We worked through an agency at a distribution centre near Hinckley, nights, and in the day sometimes on his house. Each week he gave me £30 and a bottle. He said the rest is for the ticket and the rent and the food. It never finished.

When Marcin said he wants to go home, Rafał and his brother kicked him in the garden in front of us. After that nobody asked.

We lived in a house, ten men, three rooms. The toilet did not work for months.'

Jacek now in NRM safe house, Leicestershire.""",
  "AV RD WW DB PV AC", "ncw oa", "L")
T("""Leicester City Council — Licensing enforcement visit, beauty and nail premises, Belgrave Rd.

Premises: 'Crystal Nails'. Visited 11:20 with an officer from Immigration Enforcement and a PC.

Three technicians present (two Vietnamese, one Chinese). The premises licence and special treatment licence were in order. All three produced their own documents: two hold settled status; one is a student at De Montfort University working 18 hours a week within her visa conditions. Each was spoken to alone with an interpreter. They described their hours (10–6, one day off a week plus Sunday closure), their pay (hourly, by bank transfer, payslips shown on their phones) and where they live (their own rented flats, one with her husband). None reported paying a fee to get the job.

The owner, Mrs T, was cooperative. Minor issues: ventilation extractor not working; first aid kit out of date. Advice given; re-visit in 4 weeks.

Conclusion: no concerns regarding modern slavery or labour exploitation.""")
T("""Statement of a victim of cuckooing, Coventry (given via intermediary).

I'm 34. I've got epilepsy and a learning disability and I live on my own in a flat in Hillfields that the council gave me. Last winter a lad I knew from the bookies asked if his mate could stay for a couple of nights. Then there were four of them. They brought bags of stuff and people kept knocking at all hours.

They took my phone and my bank card and said they'd give them back when they were done. I wasn't allowed in my own bedroom. They slept there. I slept on the sofa. If I went out to the shop, one of them came with me.

One of them had a machete under the sofa. He told me if I said anything to my support worker they'd burn the flat down with me in it.

My support worker saw the marks on my arm where one of them had grabbed me, and that's when the police came.""",
  "AV IS RM IT PV", "ncw pa", "C")
T("""Case review — Leicestershire adult social care.

Mr S is a 71-year-old Sikh man who came to the UK in 2019 on a visitor visa to stay with his nephew's family in Oadby. His visa expired in 2020. A GP receptionist raised concerns after he attended alone with a cough and mentioned he 'works for the family'.

On review, Mr S lives in a separate annexe with heating, has his own phone, attends the gurdwara several times a week on his own, and sends money to his daughter in Punjab from a small pension. He helps with the school run and cooking because he enjoys it and says 'this is my family, this is what we do'. The nephew's family were open with the social worker and have been trying to regularise his immigration status with a solicitor.

There was no evidence that anybody had taken his documents; his Indian passport was in his own room. He was not being threatened or made to work.

Outcome: no safeguarding concerns. Signposted to immigration advice.""")
T("""Intelligence log entries — Op SILVERBIRCH (cannabis / labour).

12/03 0900 — ANPR: VRM FN16 *** (registered to VU, Thi) in Tamworth.
12/03 1430 — Surveillance: VU attends a residential address in Wilnecote with carrier bags of food; leaves after 5 mins. Blinds closed, condensation on inside of windows.
13/03 1100 — Electricity supplier confirms meter bypass at Wilnecote address.
14/03 0600 — Warrant executed. 2 males found inside, both Vietnamese. Male 1 (claims 17) found in the upstairs bedroom among plants; says he had not been outside since he arrived 'when it was still cold'. Male 2 (approx 35) says he is 'the gardener', is paid £1,000 a month and goes home to Birmingham at weekends.
14/03 0800 — Male 1 says the door was locked by VU when she left and he has no phone. Male 1 has scabies and appears malnourished. Treated as potential victim, NRM referral made. Male 2 arrested.
15/03 — VU arrested at Birmingham address.""",
  "RM IS AC", "pa", "C", "c")
T("""Email forwarded to police by a Romanian community organisation in Derby (translated).

'Good evening. I am writing about my brother Andrei who is 26. He went to England in May with a man from our town who said there is building work for £80 a day and a room. Andrei phoned me twice in the first month and said everything is fine. Since July he has not phoned at all and his Facebook is closed.

Last week a man who came back from Derby told our mother that Andrei is living in a garage with other men, working on houses every day from dark to dark, and that the boss took their identity cards when they arrived. He said Andrei looks very thin and has a bad cough and the boss will not let him go to a doctor. He said the boss tells them they are not paid yet because they still owe for the journey.

Please can the police find him. I have attached his photo and the address of the garage that the man gave us.'""",
  "EO RD WW DB AC", "pa plc", "L")
T("""Note of a conversation between an outreach worker (Nottingham sex worker support project) and a woman working from a flat in Sherwood.

Anna (not her real name), 38, Bulgarian. Has worked in the UK for six years. She says she rents the flat herself with a friend and they place their own adverts. She sets her own prices and decides which clients to see. She keeps her money and sends some to her son in Plovdiv. She knows where the police station is and how to report a bad client.

She said that a year ago a man from Sofia offered to 'manage' the flat for a share of the money and she refused. He was rude about it, but he didn't threaten her and she hasn't seen him since.

She asked for condoms and information about sexual health clinics and for help registering with a GP.

Outcome: no indicators of exploitation or third-party control at present. Follow-up visit in a month.""")
T("""GP letter to safeguarding lead (Leicester):

Re: Mrs F, 32, Pakistani national, spousal visa.

Mrs F attended for a medication review with her mother-in-law, who would not leave the room and answered all questions on her behalf. Mrs F looked tired and underweight. I asked the mother-in-law to step out to collect a prescription and, alone, Mrs F told me (in Urdu via Language Line) that since her marriage two years ago she has done all the housework for a household of eleven people, starting at 5am and finishing after midnight, and that she is not allowed out of the house unless a family member goes with her. She said her passport and visa documents are kept by her father-in-law. She has not spoken to her own parents in Lahore since last Eid; her phone was taken by her husband. She told me that her husband slaps her when she is slow.

She asked me not to tell the family she had spoken to me.

Actions: safeguarding referral to adult social care and police; forced marriage unit informed.""",
  "EO RM RD IS PV", "sfw pa", "D")
T("""Witness account (farm shop customer), Rutland.

I buy eggs there every week. There are usually four or five young men working in the yard, I think from Slovakia. Last Saturday, one of them came over to my car while the farmer was inside. He was maybe 20. His hands were in a state and he had a cut on his face. In broken English he said 'please, no money four months'. He said they sleep in the barn loft above the machinery, and the farmer 'keeps papers'. When the farmer came out the young man went back quickly.

The farmer's wife serves in the shop and she's always been very pleasant; I don't think she knows what goes on in the yard.

I didn't know what to do so I rang Crimestoppers the next day and they told me to contact the police as well.""",
  "WW AC RD", "pa saw", "L")

here = os.path.dirname(os.path.abspath(__file__))
out = []
for n, (text, inds, signs, types, flag) in enumerate(ENTRIES, 1):
    inds, signs = list(inds), list(signs)
    for a, b in PAIRS:
        if a in inds and b not in signs: signs.append(b)
        if b in signs and a not in inds: inds.append(a)
    if "c" in flag and "AV" not in inds: inds.append("AV")
    if "i" in flag: risk = "immediate"
    elif "c" in flag or "h" in flag or "PV" in inds or "S" in types or ("IT" in inds and "RM" in inds) or len(inds) >= 3: risk = "high"
    elif inds or types: risk = "medium"
    else: risk = "low"
    out.append({"id": "f25-%03d" % n, "text": text,
                "indicators": [IND[x] for x in IND if x in inds],
                "signs": [SIG[x] for x in SIG if x in signs],
                "exploitation": [TYP[x] for x in TYP if x in types], "risk": risk})
    for x in inds: assert x in IND, (n, x)
    for x in signs: assert x in SIG, (n, x)
    for x in types: assert x in TYP, (n, x)
with open(os.path.join(here, "fresh25.jsonl"), "w", encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "texts")
