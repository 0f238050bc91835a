#!/usr/bin/env python3
"""Hand-written labelled texts for fresh107 (care-work emphasis). Each E() is one hand-written text."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
ROWS = []
def E(text, ind="", sig="", typ="", risk="l"):
    ROWS.append(dict(text=text, indicators=[IND[x] for x in ind.split()], signs=[SIG[x] for x in sig.split()],
                     exploitation=[TYP[x] for x in typ.split()], risk=RISK[risk]))
# ---- part 1 ----
E("INT suggests care workers placed by BRIGHTCARE SOLUTIONS LTD (Leicester) are housed 6 to a 3 bed terrace on Loughborough Rd, charged £90 pw each from wages. Sponsor is said to keep all passports 'for Home Office checks'. 2/C/P",
  "RD AC", "oc dt", "L", "m")
E("Kerala nurse, 34, says she paid an agent in Kochi 18 lakh rupees for a certificate of sponsorship to a care home in Norfolk. On arrival there was no nursing post, only 16 hour shifts as a carer. The manager told her if she complained her visa would be cancelled and she would be sent home with the loan still owing.",
  "DE EO DB IT", "uf lh", "L", "h")
E("My mum is in Rosewood care home and the carers from Zimbabwe all seem lovely, they told me they work 37.5 hrs and get paid every month on time, no issues just wanted to say thank you to them",
  "", "", "", "l")
E("Referral from Kalayaan: Filipina live-in carer for elderly man in Kensington. Sleeps on a camp bed in his room, on call 24 hours, one afternoon off a month. Son of the employer holds her passport and pays £300 a month into her sister's account in Manila. She has no key to the flat.",
  "EO RD WW RM AC", "saw lh dt ncw rm", "D", "h")
E("Home care agency staff member rang 101 - colleague from Ghana was shouting at in the office about a missed visit. Caller says it was unpleasant but no threats, colleague went home fine. Advised re employer grievance.",
  "", "", "", "l")
E("The agency said I would get £11.44 per hour and a room. They take £450 for the room, £60 for the car, £25 uniform and DBS again every month. Last month my payslip was £38. I asked for the money and they said I still owe for the flight.",
  "WW DB DE", "ct ppe", "L", "h")
E("Training repayment clause in contract of sponsored senior carer (Bedford) reviewed by CAB: £2,000 reducing by 1/36th per month of service, only payable if she leaves within 3 yrs, no deductions from wages, passport with worker. Adviser view: lawful and proportionate. No modern slavery concerns.",
  "", "", "", "l")
E("POI NGWENYA Tendai (DOB 04/03/1979) director of home-care co. INT she recruits Zimbabwean carers via WhatsApp, takes £8k 'placement fee' cash, carers then work in her other business cleaning houses unpaid until fee 'cleared'. 3/C/C - not to be disclosed to UKVI without OIC approval.",
  "DB WW", "uf", "L", "m")
E("care home night shift 3 girls from nepal sleep in the laundry room on mattresses i seen it with my own eyes the owner says its temporary but its been months they look exhausted",
  "AC", "saw plc pa", "L", "m")
E("Sponsored carer says she is free to leave her employer and has already been offered a new sponsor in Derby. She holds her own passport and BRP. She wants advice on notice period only.",
  "", "", "", "l")
E("Victim debrief (via Malayalam interpreter): She says that the owner of the home kept her and two other women in the staff annexe and locked the door from the outside after the night shift. She says they were only allowed to the Tesco with the deputy manager. She says she did not know what town she was in for the first two months.",
  "RM IS", "rm et iso", "L", "h")
E("Ward sister note: agency nurse recruited from Nigeria attended A&E with a fractured wrist, states she fell at work. Later told chaplain the agency owner pushed her against a door when she asked about her salary. Fearful the Home Office will deport her if she speaks to police.",
  "PV", "pa foa", "L", "h")
E("CQC inspection note: Meadowbank Care Home short-staffed, rota gaps, staff doing 12h shifts with breaks recorded, paid overtime at enhanced rate. Staff interviewed said managers supportive. Rating: requires improvement. Nothing indicating coercion.",
  "", "", "", "l")
E("Sponsor told me if I leave she will report me as an absconder and I will be arrested at the airport.",
  "IT", "foa", "L", "m")
E("GLAA: visited domiciliary agency HEARTLAND HOME SUPPORT. 14 overseas carers. Rotas show visits 7am to 11pm 7 days, no travel time paid. 9 carers say director keeps their bank cards and gives them £100 cash weekly. Mileage deducted. Carers driven between calls by director's husband.",
  "EO WW", "lh ncw et mbc cedl", "L", "m")
E("Press: A care agency boss who forced Indian carers to work up to 100 hours a week and charged them £15,000 each for jobs that did not exist was jailed today. Workers slept on floors in a house owned by her brother and were told their families in Gujarat would be 'dealt with' if they spoke out.",
  "EO DE DB AC IT", "lh uf oc plc", "L", "h")
E("Carer from Philippines changed sponsor from Greenlees Care to Oak Lodge last spring with no problem, employer gave her reference and final pay. Contacting us only to ask about ILR timing.",
  "", "", "", "l")
E("Police log 0412: male reports wife's sister, live-in carer for his elderly father, 'misbehaving'. Officers attended, sister is 19, works all day caring and cleaning for the family, not allowed out, phone taken by the male, no wages since arriving from Sylhet. Sister said she wants to leave. Safeguarding and NRM.",
  "RM IS WW EO", "rm lh iso", "D", "h")
E("Am a care worker from Kenya. We are 5 in one room. They deduct rent, transport, even the gloves we use. I have not seen full pay for 4 months. The manager keep saying next month.",
  "WW AC", "oc ppe ct", "L", "m")
E("Worried neighbour: van drops 8 or 9 young women at the house at 11pm and collects them 6am. They wear care uniforms. Never see them go out otherwise. Curtains always shut.",
  "", "cedl", "L", "m")
E("Student nurse lost her passport on the bus in Coventry, reported to police for a lost property reference. No other concerns.",
  "", "", "", "l")
E("Safeguarding adults referral: Mr and Mrs OKAFOR (both 80s) employ a live-in carer through a reputable agency. Neighbour raised concern she is 'never off'. Visit: carer has own room, two days off a week, rota on fridge, paid by BACS, says she is happy. NFA.",
  "", "", "", "l")
E("I was told in Lagos that I will work as staff nurse and the salary is 32 thousand pounds. When I came they put me in a care home as support worker at minimum wage and they said I must pay back 9,500 for the visa and if I leave before 5 years I must pay 15 thousand. They have my certificates.",
  "DE DB RD", "uf dt", "L", "h")
E("INT 2/B/C: KHAN Imran runs 3 residential homes (Bradford). Night staff said to be Pakistani students on visas limited to 20 hrs, working 60+. KHAN tells them he will report them to the Home Office if they don't do the extra shifts. Pay is cash at half rate.",
  "EO IT AV", "lh foa", "L", "h")
E("Called 999 from a care home bathroom, whisper, says manager took her phone last week, she is locked in the building, has a cut on her face. Units dispatched.",
  "RM IS PV", "rm pa iso", "L", "i")
E("Carer quit her job and was asked to repay £1,200 for the NVQ course she did in the first year. Contract said so. She paid it in instalments. Wants to know if that's legal. It sounds like a normal training agreement, no threats, she now works for the NHS.",
  "", "", "", "l")
E("Mi sponsor he say i owe him 12000 for the certificate and flights, every week he add rent so the money never finish. i work 80 hour sometimes more",
  "DB EO", "lh", "L", "m")
E("Adult social care: domiciliary client reports her regular carer (Romanian) fell asleep during visit. Carer later said she works nights at a warehouse too because care pay is poor. Agency pays correctly, she chooses 2nd job. No exploitation concern, fatigue issue referred to agency.",
  "", "", "", "l")
E("Salvation Army caseworker: Client A (F, 41, Zimbabwe) worked in care home in Kent. Manager 'looked after' her passport and BRP; when she resigned she was told they were lost. She had no day off for 7 weeks in winter. Client reports manager put hand around her throat once.",
  "RD EO PV", "dt lh", "L", "h")
E("Sponsor licence compliance visit: agency could not produce right-to-work checks for 4 staff. Records poor. No evidence staff were mistreated. Referred to UKVI compliance.",
  "", "", "", "l")
E("The woman who runs the agency, she keeps our salary cards in her handbag. She take out what she wants and give us what is left. Sometime 50 pounds, sometime nothing.",
  "WW", "ncw mbc", "L", "m")
E("A&E: female 27 Indian carer attended with chest pain after 3 consecutive 16 hr shifts. Says she is not allowed to refuse shifts or her sponsor will 'cancel' her. Observed underweight, unkempt. Social worker informed.",
  "EO IT", "lh pa", "L", "m")
E("Carer from Ghana tells helpline she was told she would be working in a hospital in Manchester. Instead driven to a private house in Bolton to care for a disabled man, cook and clean for the whole family. Sleeps on the sofa. Family says she can only leave when they 'get their money back'.",
  "DE DB AC", "saw", "D", "h")
E("Guardian of 16 yr old from Eritrea concerned: the boy is doing 'helping' shifts in his uncle's friend's care home, cleaning, 40 hours a week, given £20.",
  "AV WW EO", "lh", "L", "h")
E("Police log: report of theft of medication from resident's room at Elmtree Care Home. Suspect a care assistant. CCTV requested. Crime ref issued.",
  "", "", "", "l")
E("Kept being told my visa is tied to this employer so if I go I am illegal. I looked it up, I can change sponsor. My manager never lied about pay, it's just tiring work. I'm moving to a new home next month.",
  "", "", "", "l")
E("Debrief (translated): 'At the house of the old lady I must cook, clean, wash her, wash the clothes of the son, the grandchildren. I have no day for me. The son says my passport is in the bank box. He gives me the money for my mother only at Christmas, all year nothing.'",
  "EO RD WW", "lh dt", "D", "h")
E("Bank alert: 11 debit cards in different names (carers employed by SUNRISE DOMICILIARY CARE) all used at the same ATM within 40 mins on pay day by one male. Withdrawals at daily limit. Referred to police FIU.",
  "", "mbc ncw", "L", "m")
E("Staff at care home say they are shouted at if they sit down. Manager says 'you are lucky, in India you would be nothing'. Staff sleep upstairs in a loft with no window. Threatened with being 'sent back'.",
  "AC IT", "saw plc", "L", "m")
E("Community nurse: live-in carer seems very thin and never speaks. Employer's daughter always answers for her. Carer not allowed to come to the door alone.",
  "RM", "pa sfw rm", "D", "m")
E("OIC handover: IP TAN Mei Ling, 52, recruited via Facebook advert for care job, paid £3,000 to agent. On arrival taken to a massage parlour in Croydon, told to 'do extras' to pay off £20k. Sexually assaulted by the controller. Now in SA safehouse.",
  "DE DB PV", "uf", "S", "h")
E("Got a job as a carer through a UK agency, they paid my flight and visa costs. No fees. My contract is clear, I get payslips and my own bank account. Just letting others know there are good ones.",
  "", "", "", "l")
E("Concern from GP: Mrs DEVI, sponsored carer, registered at practice, always attends with a man from her employer who translates and won't leave the room. She seems frightened.",
  "", "sfw", "", "l")
E("Financial intelligence: care agency director receives regular transfers from 23 staff accounts same day as payroll - £600-£900 each. Staff accounts left with under £50. Suspected wage recycling.",
  "WW", "ncw", "L", "m")
E("Neighbour dispute: resident complains carers' cars block his drive during visits to the house next door. No other concerns, mediation offered.",
  "", "", "", "l")
E("The owner took us all to Leeds in a minibus from the airport. He took passports for 'registration'. We are 11. Nobody has passport now after 6 month. We work in his 2 nursing homes, day and night. He says police here are corrupt and will send us to detention.",
  "RD EO AV", "dt et lh foa", "L", "h")
E("Romanian care assistant, 22, reports partner hits her and takes her bank card and child benefit. Partner not connected to her job. Domestic abuse referral, MARAC.",
  "", "ncw", "", "l")
E("Care worker says shes been doing 70 hour weeks by choice to send more money home, employer pays every hour. Asked if anyone pressures her: 'no, I asked for the extra'. No concerns.",
  "", "", "", "l")
E("INT 1/A/P: TEMITOPE Adebayo collecting carers from Stansted. Warns them 'your mother lives in Ibadan, I know the street'. Carers then placed in care home run by his cousin.",
  "IT", "", "L", "m")
E("Live in carer from Poland for my grandad via an agency. Week on week off, paid weekly, we treat her like family. Posting because social worker asked if she was 'trafficked'! Ridiculous.",
  "", "", "", "l")
E("Hand car wash on the A38, about 6 lads working, they live in a caravan out the back with no toilet, boss picks up the money every hour, one of them had burns on his hands from the chemicals no gloves",
  "AC", "plc saw pa", "L", "m")
E("Car wash GLAA check, Wolverhampton: 5 workers, all with contracts, payslips at NMW, own bank accounts, live in own rented rooms. Operator registered. Only issue - no eye protection provided. Advice given.",
  "", "", "", "l")
E("INT 2/B/P: VRM KX19 ODF seen daily 0530 at Spalding packhouse dropping 12-14 Romanian males, collected 2200. Driver POPESCU Ion believed to hold workers' ID cards and charges £10 a day for the lift.",
  "RD", "cedl dt ct et", "L", "m")
E("I came from Albania, they told me I will work in a restaurant. They put me in a house with plants, I water the plants, I cannot go out, the door was locked always, they bring food one time in the week. They say I owe 15 thousand euro for the lorry.",
  "DE RM DB AC", "rm", "C", "h")
E("Police log 22:14 - officers at address in Walsall, strong smell of cannabis. Vietnamese male approx 15-16 found inside a locked room with the grow, no key, mattress on floor. States he was brought in a lorry. Now with officers, taken to hospital.",
  "AV RM AC", "rm saw plc", "C", "h")
E("Nail bar in Peterborough - 3 young Vietnamese girls, never speak, never seem to leave, the man who brings them in the morning takes all the card payments and does the talking if you ask anything",
  "", "sfw et", "L", "m")
E("School DSL referral: Year 10 pupil (15) has new phone, designer trainers, missing from home 3 nights, found in Swansea with a 'graft phone' and wraps of crack. Older males pick him up in cars after school. Told a friend he owes them £800 for a bag that was 'robbed'.",
  "AV DB", "", "C", "h")
E("Cuckooing - 101 report: my neighbour flat 3 has a learning disability, since last month 2 lads from London live there and use it to sell drugs, he sleeps on the kitchen floor, they took his bank card and his PIP",
  "AV", "ncw plc", "C", "m")
E("Begging group: Romanian woman with baby outside Tesco every day 8-6, dropped off in a silver Vauxhall VRM unknown, same man takes money from her at lunchtime and at end of day. She appeared frightened when asked if ok.",
  "WW", "cedl et ncw", "C", "h")
E("My mum's next door neighbour has a kidney transplant last year and now she's fundraising for others, bake sale on Saturday if anyone wants to come!!",
  "", "", "", "l")
E("Debrief: 'The man in Cairo said I could pay the smuggler by giving a kidney. They took me to a clinic, I woke up with a cut on my side. He gave me 500 dollars, not the 5000 he said. Then they said I still owe for the boat.'",
  "DE DB AV", "pa", "O", "h")
E("INT 3/C/P: Anonymous source says a man in Birmingham is 'arranging' people from Pakistan to come to the UK for kidney sales to private patients abroad. Donors paid little, told they are going to work. No further detail.",
  "DE", "", "O", "m")
E("Hospital transplant coordinator: living donor assessment for Mr S (Indian national) - donor says he is a cousin but cannot name recipient's parents, appears coached, recipient's brother answers all questions. Donor has no money, debts in Punjab. Assessment halted; police and HTA informed.",
  "AV", "sfw", "O", "m")
E("Kidney transplant from my brother went ahead at the QE, both doing well, thanks to NHS staff x",
  "", "", "", "l")
E("Victim says her boyfriend brought her from Romania, said they would open a shop together. Instead he advertised her on AdultWork and took every penny. When she refused he beat her and said he would send the photos to her father.",
  "DE WW PV IT", "ncw", "S", "h")
E("Pop-up brothel - Airbnb in Leeds city centre, 3 women from China, men coming and going all night, a man drops food and takes the cash, women seem not to leave the flat at all",
  "", "", "S", "h")
E("CSE: 14 yr old girl being picked up by men in different cars after school, given vodka and cannabis, taken to a flat in Rochdale. Has disclosed one of them made her have sex with his friend.",
  "AV PV", "", "S", "h")
E("Escort agency website advert checked: independent escort, own website, sets own rates, no third party. No indicators of control. Not a policing matter.",
  "", "", "", "l")
E("Farm worker (Ukrainian, seasonal visa) says farm pays correctly and he lives in a clean caravan with 3 others, he just wants to know how to claim a tax refund.",
  "", "", "", "l")
E("Construction site Manchester - Polish groundworkers say gangmaster takes their wages into his account and pays them £40 a week for food. They live in a container on site. Gangmaster says he keeps their ID 'for the site pass'.",
  "WW RD AC", "ncw dt saw plc", "L", "h")
E("Waste recycling plant - Slovak man, 50s, alcohol dependent, recruited from a bus station in Kosice, told good wages. Lives in a shed at the yard, given cans of cider instead of pay. Boss punched him when he asked to go home.",
  "AV DE WW AC PV", "saw plc", "L", "h")
E("Sham marriage: registrar concern - bride (Portuguese, 19) seemed not to know groom's surname, an older woman answered for her. Bride later said she was promised £2,000 but must give it back to the woman who paid her flight.",
  "DB", "sfw", "C", "m")
E("Forced marriage unit: 17 yr old British girl taken to Pakistan for 'holiday', passport taken by her uncle, told she will marry a cousin. Brother says she called crying.",
  "AV RD", "dt", "", "h")
E("Diplomatic household - Sudanese woman domestic worker ran away from the house of a diplomat in Kensington. Works from 5am to midnight, sleeps on kitchen floor, not paid for 2 years 'salary sent to my husband' she has never seen it. Madam slapped her.",
  "EO AC WW PV", "lh saw", "D", "h")
E("Au pair from Spain says her host family are strict about curfew (11pm) but pay her £100 a week as agreed, she has her own room and weekends free. She wanted advice on whether she can work extra in a café.",
  "", "", "", "l")
E("Au pair (Filipina, 23) contacted helpline: host family took passport, she cares for 4 kids and cleans 14 hrs a day, gets £50 a month, not allowed out without the mum.",
  "RD EO WW RM", "dt lh rm", "D", "h")
E("Fishing: Filipino deckhands on trawler out of Brixham say skipper makes them work 20 hours when the catch is in, they sleep on board, skipper kicked one of them, they are paid a fraction of their contract. Skipper holds their seaman's books.",
  "EO PV WW RD", "lh saw dt", "L", "h")
E("Takeaway in Dumfries: Chinese chef says he works 6 days, 11 hrs, paid cash and he is saving for a flat. Employer gives him a room upstairs with his own key. No other concerns after welfare visit.",
  "", "", "", "l")
E("Hotel housekeeping via agency: workers paid per room, £1.50, so they earn £3 an hour. Agency takes £120 a week for accommodation in a 4 bed house with 14 people. 'Manager' keeps their bank cards.",
  "WW AC", "oc ncw", "L", "m")
E("Warehouse agency - Eritrean refugee says agency put him on 'self employed' contract, he earns NMW, no deductions, can turn down shifts. Unhappy about zero hours. No exploitation.",
  "", "", "", "l")
E("ATM at Tesco Extra: one man seen using 7 different cards in a row every Friday morning. Could be nothing but thought I'd report.",
  "", "mbc", "", "l")
E("INT 2/C/P: ZHANG Wei controls off-street brothels in Glasgow and Edinburgh. Women moved every 2 weeks, not told which city they are in. ZHANG keeps their passports in his car.",
  "IS RD", "dt iso", "S", "h")
E("Prison note: prisoner (Vietnamese, 17 at arrest for cannabis cultivation) now disclosing he was told his family would be killed if he left the house. Solicitor considering s45 defence. NRM referral made.",
  "AV IT", "", "C", "h")
E("Border Force, LHR T4: 2 Nigerian women travelling on sponsored care visas, both say they paid £6,000 to 'agent' in Lagos. Agent's number same for both. Agent was waiting landside; he said he will hold their documents. Women separated and spoken to.",
  "", "uf", "", "l")
E("Border Force T5: young Albanian female, ticket paid by man waiting in arrivals, says she is visiting 'boyfriend' met online 3 weeks ago, no address, no money, phone messages show he told her she will 'meet men' to pay back the ticket.",
  "DB", "", "S", "h")
E("Victim account: 'Every week he said the debt is bigger. First it was 3000, then 5000 for the room, then the fines for being late. I worked in the car wash from 7 to 8 every day for one year and I still owe.'",
  "DB EO", "lh", "L", "m")
E("Shoplifting - 3 Romanian teens caught in Boots with a foil-lined bag, say a man drives them to different towns each day and takes the goods. One says he beats them if they return with nothing.",
  "AV PV", "et", "C", "h")
E("Benefit fraud unit: 27 UC claims linked to one address in Ilford, all claimants Bulgarian workers, bank cards found in one man's wallet. Workers told investigators they never received the money and that he 'does the paperwork'.",
  "", "mbc ncw sfw", "C", "m")
E("Identity fraud: man arrested for using his cousin's passport to open bank accounts. Cousin aware and consented. Not trafficking.",
  "", "", "", "l")
E("Homeless man from Lithuania recruited outside a soup kitchen in Kent for farm work, driven to a farm, made to sleep in a horse box with 3 others, paid in food and tobacco. Farmer said the police would deport him if he went to them.",
  "AV AC WW", "plc foa", "L", "h")
E("Domestic abuse: husband controls all money and wife's phone, she is not allowed to see friends. No work involved. DASH high, MARAC referral.",
  "", "", "", "l")
E("Factory in Leicester - machinists (mostly Indian women) paid £4 an hour cash, doors fire-exit chained, no breaks for 10 hrs. Owner shouts and threatens to sack anyone who talks to inspectors.",
  "AC EO IT", "lh", "L", "h")
E("Agency worker at food factory says her shift was cancelled twice without notice and her pay was late one week. It was paid the following Tuesday. She is frustrated but happy to stay.",
  "", "", "", "l")
E("INT 1/B/P: Slovak Roma family - head of group MIHALY Josef - houses 18 adults in 2 bed flat in Sheffield, workers taken to car wash & recycling sites, MIHALY collects all wages, workers get 'pocket money'. Some have learning difficulties.",
  "WW AC AV", "oc ncw", "L", "h")
E("Nail bar owner prosecuted for employing 2 Vietnamese teenagers, aged 16, who slept in the back room and were paid nothing; owner told them police would jail them as illegal.",
  "AV WW IT", "saw foa", "L", "h")
E("Hello i want to report my friend she come from Philippines for work as nanny, the family not let her use phone and she have no contact with her family for 5 month, she say she is ok but i know is not",
  "IS", "iso", "D", "m")
E("OIC: warrant at 14 Harrow Rd - 6 women found, 2 with bruising, all said they were brought from Romania on promise of bar work; controller in custody; one woman says she was raped by him when she refused clients.",
  "DE PV", "pa", "S", "h")
E("Public report: there is a man living in a tent in the field behind the farm he works there picking and the farmer gives him nothing but a bit of money for food, he looks really ill and thin",
  "AC WW", "plc pa", "L", "m")
E("Care home manager (Wigan) rang for advice: a new carer from Zimbabwe arrived saying a 'recruiter' charged her £4,000 for the job. Home says it charged nothing and has reported the recruiter to UKVI. Carer is employed properly, paid in full, and has her passport.",
  "", "uf", "", "l")
E("nom KOVAC Marek - 'the boss' at the Bristol car wash - INT he keeps the lads' ID cards in the till, takes £70 a week each for the house they all live in (9 men, 2 rooms) and they have not been paid since March. 2/B/P",
  "RD AC WW", "dt oc", "L", "h")
E("Live-in carer, Ealing. Not allowed to leave the house except to push the lady in her wheelchair to the park with the daughter watching.",
  "RM", "rm", "D", "m")
E("URGENT 999: woman screaming from first floor window of a residential home on Hollins Lane saying she is a carer and they won't let her out, man behind her pulled her back from the window. Grade 1.",
  "RM PV", "rm", "L", "i")
E("Salvation Army intake - Mr A (Indian, 29), came on Health and Care Worker visa. Sponsor agency in Slough had no work for him; told him to find his own 'under the table' shifts and pay the agency £500 a month to keep the visa alive or he would be reported. Sleeping in a friend's car. Not eating properly.",
  "DE AV IT", "pa plc", "L", "h")
E("Letter from Unison rep: members at Harbour View care home (sponsored staff from Ghana and India) are owed holiday pay, management disputes it. Members otherwise free to resign, hold own documents, paid monthly. Raised at ET.",
  "", "", "", "l")
E("She says that the agency told her in Manila there would be a room with her own bathroom. She says that in fact she sleeps in the client's dining room on a fold-out bed and has never had a full night's sleep because the client rings a bell every hour. She says that she has not had a day off in 5 months.",
  "DE AC EO", "saw lh", "D", "h")
E("INT 2/B/P: carers employed by ANGELS HOMECARE (Stoke) do not know the address of the house they live in; they are moved between properties at night by director's son. Phones collected at start of every shift and kept in office.",
  "IS", "iso et", "L", "m")
E("i work in a care home and my manager keeps my passport in the safe she says all the foreign staff must do this for insurance but i asked for it back and she said no",
  "RD", "dt", "L", "m")
E("I'm a nurse from Zimbabwe. I left my employer after 8 months because I found a better job in London. They asked me to repay £3,800 of relocation costs as per the contract but agreed a payment plan. They didn't threaten me and gave me my P45. Is this normal?",
  "", "", "", "l")
E("Adult safeguarding - Mrs K (94) has a live-in carer from Romania arranged privately by her nephew. Carer disclosed that the nephew takes her wages 'to save them' and she has been paid nothing in cash for 10 months; she cannot leave because nephew says she owes the cost of her bus from Iasi.",
  "WW DB", "ncw", "D", "m")
E("care home worker here - we are all from Nigeria. owner said we must each pay 250 a month 'sponsorship maintenance' or he will withdraw the COS. we are scared. nobody will listen",
  "IT", "uf foa", "L", "m")
E("Medical student from Malaysia with lost BRP, reported to police. Has copy of passport. Advised to contact Home Office. No concerns.",
  "", "", "", "l")
E("My brother came from Sri Lanka as carer. For 3 months he had no money, the manager keep his salary card and PIN. He got one meal a day. They shout at him 'you are a slave'. Please help.",
  "WW AC", "ncw", "L", "m")
E("GP: Filipino carer, 38, presenting with back injury after lifting resident alone. States manager refused hoist use 'too slow', only 2 staff for 30 residents overnight. Not paid sick pay. Has own accommodation and money. Advised re H&S reporting.",
  "", "", "", "l")
E("CQC whistleblower: overseas staff at Beech House made to sleep in a storeroom between shifts 'to save on travel', working 2 back-to-back 12h shifts. Manager threatens to withdraw sponsorship if they complain to CQC.",
  "AC EO IT", "saw lh foa", "L", "h")
E("INT: care agency in Luton uses HMO at 42 Farley Hill, 19 carers, bunks in every room incl lounge. Rent deducted at source. Carers say they cannot leave until they have repaid 'training debt' of £6,500 which grows with 'penalties'.",
  "AC DB", "oc", "L", "m")
E("Worker from Bangladesh gave his passport to HR for a right to work copy and got it back the same afternoon. He mentioned this when asked. No concerns.",
  "", "", "", "l")
E("Debrief (Twi interpreter): 'Madam collected us at Gatwick. She took our passports the same night. We cared for people in their homes 6am to 11pm. She drove us, she waited outside. If we talked to the clients she shouted. When I cried she hit me with her shoe. Salary was going to her account, she said she would pay us when we finish the contract.'",
  "RD EO RM PV WW", "dt lh et ncw rm", "L", "h")
E("Police log: home care worker's car stolen from outside client's house overnight. Not work related. Crime no. issued.",
  "", "", "", "l")
E("Care worker from Morocco says she is given 40 mins travel time unpaid between calls, which is common in the sector; she receives payslips and NMW overall, no deductions. Wants advice from union.",
  "", "", "", "l")
E("Staff at Willowmere said the sponsor holds their BRPs and bank cards, all wages are paid to a company account 'for tax', they get £25 a week. They are not allowed out of the staff house after 8pm and one of the carers was slapped for going to church.",
  "RD WW RM PV", "dt ncw rm", "L", "h")
E("Anonymous: nursing home owner recruiting from Kerala charges nurses 'processing fees' of £10k. After arriving they are told they must work as HCAs for 2 yrs before registration. Contract says £20k penalty if they leave. The nurses are terrified of the penalty.",
  "DE DB", "uf", "L", "m")
E("Student from India on 20h visa doing extra care shifts cash-in-hand for a friend's agency, well paid. Came to attention after visa curtailment. Immigration matter only.",
  "", "", "", "l")
E("Kalayaan: domestic worker (Indonesian) came with Saudi employer for summer in Knightsbridge. Passport with employer. Not fed properly, eats leftovers, sleeps in children's room. Works 7am-2am. Not allowed to use phone. Escaped while employer at Harrods.",
  "RD AC EO IS", "dt lh iso saw pa", "D", "h")
E("Nurse recruited from Ghana says UK recruiter promised NHS band 5, she ended up in a private home in Surrey caring for one patient 24/7, the patient's husband comes into her room at night and has touched her. Not allowed to leave while the patient sleeps.",
  "DE EO PV RM", "lh rm", "D", "h")
E("Mother says 17 yr old daughter (care apprentice) has 'boyfriend' aged 32 who collects her from the care home after shifts, buys her things, and she has been seen in his car with other men. She now has money she can't explain.",
  "AV", "", "S", "h")
E("IP states her employer at the care agency told her she has to sleep with him or he will tell the Home Office she is working illegally.",
  "PV IT AV", "foa", "L", "h")
E("Sponsored carer reports she was promised 37.5 hours but only gets 15, leaving her short of money. Employer says work dropped. She is free to look for another sponsor and has applied elsewhere. No coercion.",
  "", "", "", "l")
E("The agency sends the clients' families the invoice at £28 per hour. We get paid £5. They say the rest is for 'our debt'. My debt was 7,000 when I came, now it is 9,400.",
  "WW DB", "", "L", "m")
E("Live-in carer placed by agency - paid £900/wk, 2 wks on 2 off, flights paid by agency. Family complained she uses phone too much. Agency mediated. Nothing else.",
  "", "", "", "l")
E("Officer handover - visited Oakfield Lodge re Duty to Notify. 4 Indian carers spoke privately. All said they pay £300 'accommodation' and £50 'transport' a week, share 1 room, and were told the police here work for the owner. None want NRM. DtN submitted. Owner (SINGH, Gurpreet) present throughout the initial walk-round and tried to answer for them.",
  "AC AV", "oc ct sfw foa", "L", "m")
E("This care home in Grimsby the carers are all Indian and my dad says they never go out, the owner drives them to the shops and back, they look scared of him",
  "RM", "rm et foa", "L", "m")
E("I want to say the care company in Birmingham take 6 month salary from me. They say it is for visa. I never agree this. They give me only 100 each month.",
  "WW DE", "", "L", "m")
E("Probation: supervisee (ex-care home owner) convicted s1 MSA for holding 3 Filipino carers. Licence conditions: no employing staff, STPO in force. Compliance good.",
  "", "", "", "l")
E("Welfare check requested at 7 Brook St: live-in carer texted her friend 'he locked me in again, no food since yesterday, I'm scared he'll hurt me'. Attending.",
  "RM AC IT", "rm", "D", "i")
E("Care home resident's daughter: 'staff seem overworked but they told me the owner is fair, pays overtime, and the Indian girls all live in their own flats'. Query only, no concern.",
  "", "", "", "l")
E("Home Office referral: 41 carers under one sponsor, several not working at all, some cleaning the director's restaurant instead, unpaid, told care work will come 'later'. Director holds their BRPs.",
  "DE WW RD", "dt", "L", "h")
E("INT 2/C/P: OSEI Kwame allegedly runs a WhatsApp group selling care home CoS for £15-20k; buyers told there is a job, there isn't. Some now homeless and working cash in hand in car washes for OSEI's associates at £2/hr.",
  "DE AV WW", "uf", "L", "h")
E("My mum's carer is from Zimbabwe and she's been crying. She said the agency put 4 of them in a tiny room above a shop, no heating, and they get charged for the petrol to get to clients.",
  "AC", "oc plc ct", "L", "m")
E("Locum nurse (Nigerian) complaint: agency was 3 weeks late paying her because of a payroll error. Paid in full now. She holds her own documents and works for several agencies.",
  "", "", "", "l")
E("Witness statement (extract): I was employed as a carer at Greenacres from Jan to Oct. I was on nights every night, 8pm to 10am, and days when someone was off. I worked 23 days straight in August. The manager said if I refused I would be 'on the first plane'. I was given no rota. My wages were paid to me in full, extra hours included, but I was exhausted.",
  "EO IT", "lh", "L", "m")
E("Concerned client: the live in carer next door is from the Philippines, the employer's son has taken her phone and she can't call her kids. She whispered to me over the fence she doesn't know what town this is.",
  "IS", "iso", "D", "m")
E("A carer at my work told me her uncle arranged her visa and she has to give him her whole salary each month to pay him back. She gets nothing. She lives at his house and does all the cooking for his family too.",
  "WW DB", "ncw", "L D", "m")
E("Hi I own a small care agency and one of my sponsored staff asked to move to another employer. We released her with a reference and didn't charge anything. Just checking I've done the right thing re the Home Office notification.",
  "", "", "", "l")
E("Police intel: male seen collecting 6 women in care tunics from Brunswick Rd at 0500 and returning them at 2300 most days in white Transit VRM YH68 PLK. Women look tired. Possible link to earlier report of unpaid carers. 3/C/P",
  "", "cedl et pa", "L", "m")
E("Care assistant (23, Sudanese refugee) with limited English placed by 'friend' into a care home. Friend takes her pay from her account with her card and tells her that without him she would be deported because she does not understand the forms.",
  "AV WW IT", "ncw foa", "L", "h")
E("Organ: NCA INT 2/B/C - UK-based broker advertising on Facebook 'kidney donors wanted, £20,000', recruiting from Nigeria and Pakistan. Donors flown to Turkey. Two donors say they received nothing after surgery and were threatened when they asked.",
  "DE WW IT", "", "O", "h")
E("Kidney for sale posts in a Facebook group - mostly scams asking for fees. One user in Leeds says she paid £500 'registration' to be a donor and was blocked. Fraud, not organ trafficking.",
  "", "", "", "l")
E("Renal unit: patient returned from Pakistan with new kidney, paid for private transplant, won't say who the donor was. Transplant team raised concern a poor donor may have been exploited; no information about any donor. Logged for HTA.",
  "", "", "", "l")
E("Victim (Moldovan, 20) says a woman in Chisinau offered her a job as a carer for an old man in London. At the house she was told the 'care' was sex with the man and his friends. The woman took her passport at Luton airport. She was raped and kept in a room for 3 weeks.",
  "DE RD PV RM", "dt rm", "S", "h")
E("Carer has no phone, no friends here, and the family won't tell her the postcode.",
  "IS", "iso", "D", "m")
E("Only a carrier bag of clothes and a toothbrush - that's all she had when she walked into the church hall. She said the care agency's 'house mother' kept everything else, including her passport.",
  "RD", "fpe dt", "L", "m")
E("POI MENSAH Ama - runs supported living service (Croydon). INT residents with learning disabilities made to work unpaid in her cleaning business at weekends; MENSAH draws their benefits. 2/B/P",
  "AV WW", "ncw", "L", "m")
E("Victim debrief (Vietnamese): 'In the nail shop I work from 9 in morning to 9 at night. The boss say I pay back 28,000 pound for the travel. Every month she writes in a book. I never see money. I sleep in the shop on the floor. I don't know where is this place.'",
  "EO DB WW IS", "lh saw iso", "L", "h")
E("Polish man told by recruiter in Gdansk that he'd be driving forklifts for £12/h. In the UK he was put in a house with 15 men, charged £80/wk rent, £5/day for the van, £40 for boots and hi-vis, and given 2 days' work a week. Recruiter took his bank card 'to set up wages'.",
  "DE AC WW", "oc ct ppe ncw", "L", "h")
E("Report from public: car wash guys in Hull sleep in the back room, they look like they havent eaten for days, the owners brother is always there shouting and they never get a day off its disgusting",
  "EO AC", "saw pa lh", "L", "m")
E("Agency (GLAA licensed) supplying pickers to farm in Herefordshire: inspection found accurate payslips, holiday pay, clean caravans max 4 per unit, no charges for transport or PPE. Compliant.",
  "", "", "", "l")
E("INT 2/B/P: cannabis factory at unit 4 Parkside Ind Est. Two Vietnamese males live inside, never seen leaving. Windows boarded. Food delivered weekly by an Asian male in VRM BD17 XUW.",
  "", "plc", "C", "m")
E("County lines - 16 yr old boy, Looked After Child, missing from placement in Luton, found in a trap house in Bournemouth with a stab wound to his leg. Says he was told his little sister would be 'next' if he went home. Hospital now, police guard.",
  "AV PV IT", "pa", "C", "h")
E("CRIMINAL EXPLOITATION ALERT: 13 yr old girl carrying drugs for older males in Ipswich, they hold her phone and only give it back when she's done a drop. They are with her now at the Maidenhall flats.",
  "AV IS", "iso", "C", "i")
E("Brothel raid Slough - 4 women, Thai and Brazilian, all said they work independently and share the flat costs. Own passports, own phones, controlled their own money. No indicators. Advice given.",
  "", "", "", "l")
E("Online advert on Vivastreet shows same phone number for 8 different 'girls' in 4 towns, photos look professional. The number is answered by a man who speaks for the girls. Women moved each week.",
  "", "sfw", "S", "h")
E("Debrief (translated from Albanian): 'They said I would be a waitress in a bar in London. They took my ID card in the car. In the house there was another girl. A man said we must be with clients, 10 each night. If not, they would hurt my brother in Tirana. He beat me when I said no.'",
  "DE RD IT PV", "dt", "S", "h")
E("My girlfriend was forced to sleep with men by her 'manager' at the massage place, he keeps all the money, i want to get her out tonight he says he'll kill her if she goes",
  "PV WW IT", "ncw", "S", "i")
E("Benefits: DWP flagged 12 PIP claims with the same 'appointee' who is not related to any claimant. Claimants are Roma men working at a scrapyard. They say the appointee takes the money and gives them cigarettes.",
  "", "ncw", "L C", "m")
E("Begging - man with no legs placed on Oxford St each morning by 2 men in a BMW, collected at 9pm. Shop staff say the men take the cup. He sleeps in their car.",
  "AV WW", "cedl et ncw plc", "C", "m")
E("Nail technician from Vietnam, 24, has her own salon chair rental in Norwich, pays £150 a week for the chair, keeps her own tips and takings. Regular customer queried 'exploitation' after seeing long hours. She says she works long hours by choice.",
  "", "", "", "l")
E("Woman found in Birmingham house: she cleans and cooks for a family of 9 for 3 years since arriving from Pakistan as a 'relative'. Sleeps on the kitchen floor, not allowed to leave the house, beaten by the mother-in-law. Never paid.",
  "RM PV WW AC", "saw rm", "D", "h")
E("Sham marriage concern: Latvian woman (21) brought to Glasgow by a man who took her passport, married her to an Indian national for a visa; she has not been given any of the money promised and is kept in a flat where the man visits nightly.",
  "RD DE WW", "dt", "C", "h")
E("Kidney: woman (Nepal, 32) told she was coming to the UK to be a carer. Taken first to India where a 'medical check' was arranged, she was told she had to give a kidney to pay the agent, and was threatened when she refused. Escaped before surgery.",
  "DE IT DB", "", "O", "h")
E("Organ trafficking concern - Moldovan man with a fresh nephrectomy scar in Manchester A&E, says he 'sold' it in Turkey to clear his debts to a lender who still says he owes. Lender's men waiting in the car park.",
  "AV DB", "pa", "O", "h")
E("Hospital notes: patient received kidney from her sister in 2019 at Guy's, under HTA approval. Routine follow-up. Nothing of concern.",
  "", "", "", "l")
E("Carers at Fairholme say the owner's wife has 'all our documents' and we are never allowed to leave without her. Last month she locked the gate after someone spoke to a resident's family.",
  "RD RM", "dt rm", "L", "m")
E("Council licensing inspection of HMO above shop on Wood Lane: 11 beds in 4 rooms, some care workers, some factory workers, no fire doors. Landlord unrelated to employers. Tenants pay their own rent. Enforcement notice.",
  "", "oc", "", "l")
E("Care agency owner reported by staff for making them pay for their own uniforms and DBS at £90 each, deducted once from first wages. Staff otherwise paid properly and free to leave. GLAA/HMRC referral for NMW only.",
  "", "ppe", "", "l")
E("I was promised £1,800 a month. I got £300. When I asked why he showed me a paper with 'rent', 'food', 'uniform', 'car', 'visa fees', and said I am lucky to have job. I sleep with 7 other ladies in the living room.",
  "DE WW AC", "oc ppe ct", "L", "h")
E("Live-in carer, Bournemouth. Employer is elderly and kind. Carer gets 2 hours off daily and a day off weekly, paid via agency. Only concern raised by GP: she looks tired because the lady wakes at night. Night sitter being arranged.",
  "", "", "", "l")
E("Police log 03:20 - female found walking on the M6 hard shoulder in slippers, no coat, Filipino, very thin, says she ran from a house in Stafford where she 'looks after grandma'. Says she has not been outside in 4 months. Cannot give address.",
  "RM IS", "rm iso pa fpe", "D", "m")
E("Referral from school nurse: a Year 9 girl (14) is being kept off school to look after her disabled grandmother and do all the housework for her uncle's family. She says she is 'not allowed' to see friends. Social care assessment.",
  "AV IS", "iso", "D", "h")
E("Young carer (12) looks after his mum who has MS. School supportive, young carers' service involved. No exploitation.",
  "", "", "", "l")
E("Chinese male, 40s, found working in a takeaway kitchen in Swansea, sleeps in the storeroom, says his 'uncle' pays off his family's debt in Fujian with his wages and he has never seen any. Frightened of police because he has no visa.",
  "WW DB", "saw foa", "L", "m")
E("Construction: gang of 8 Romanian labourers on a site in Reading, all wearing sliders not boots, gangmaster 'charges' them for hard hats. Site manager says they are self-employed and paid weekly direct. No sign they are controlled. CITB referral.",
  "", "ppe", "", "l")
E("INT: Eritrean youths (16-17) working in a car wash in Coventry for 'food and a bed' - owner tells them they are lucky as they would be sent back if anyone knew they were here. 2/B/P",
  "AV WW IT", "foa", "L", "h")
E("Hotel chambermaids in Blackpool - agency 'manager' escorts them to and from the hotel, collects their phones at the door, 'fines' them £20 for each room a supervisor rejects, so most weeks they take home almost nothing.",
  "IS WW", "et iso", "L", "m")
E("Fishing - Ghanaian crew member on scallop boat out of Kirkcudbright says he hasn't set foot on land in 9 weeks, skipper keeps his passport, works 'until the job's done' sometimes 30 hours.",
  "RD EO RM", "dt lh rm saw", "L", "h")
E("Neighbours fighting over a parking space, one called the other 'an illegal', police attended, words of advice.",
  "", "", "", "l")
E("Food factory in Wisbech - Lithuanian worker says 'the Russian man' drives us in his car, £8 each way, he takes our bank cards and gives us cash on Friday minus rent, we are 12 in a house.",
  "WW AC", "ct ncw oc", "L", "m")
E("She says she met him online, he paid for her flight from Nigeria and said she would study nursing. She says that on arrival she was taken to a flat in Leeds and told she owed £35,000. She says a 'juju' oath was made before she left and she believes she will die if she talks.",
  "DE DB IT", "", "S", "h")
E("Care home in Kent - GLAA and police joint visit. 6 Indian carers interviewed separately. All have own passports, contracts, payslips that match bank statements, live in rented flats they chose. One pays back £1,500 of visa costs at £50/month under a clear agreement. No exploitation identified.",
  "", "", "", "l")
E("Please check on the nigerian ladies at sunnyside care home they live in a caravan in the carpark in the winter and the owner takes there money",
  "AC WW", "plc ncw", "L", "m")
E("INT: KAUR Harjit (care home manager) alleged to have threatened to 'make life hell' for the family in Punjab of a carer who wanted to leave; the carer left anyway and now works in Wolverhampton. 2/C/P",
  "IT", "", "L", "m")
E("'I don't know where the house is. They bring us at night and take us back at night. I have seen only the home and the car.' - sponsored carer, 26",
  "IS", "iso cedl et", "L", "m")
E("Press release: A couple who kept a vulnerable man as their 'slave' for 13 years, making him work on their driveway business and sleep in a shed, have been jailed. He was paid nothing and was told nobody would believe him.",
  "AV WW AC", "plc", "L", "h")
E("Sponsored care worker moved from a home in Hull to one in York after 6 months. New employer did the CoS, old one wished her luck. She mentions 'I was never forced to stay'.",
  "", "", "", "l")
E("INT 2/B/C (condition: not for dissemination to employer): carers at CEDAR GROVE NURSING deducted £35 a week for 'PPE and uniform' and £20 'van fare', leaving about £90 from a 60-hour week. Director holds the bank cards.",
  "WW EO", "ppe ct ncw lh", "L", "m")
E("came here to be carer, the man at the agency he have my passport since day one, he say i get it back when i pay 5000. i am working every day no rest day, my feet are bleeding",
  "RD DB EO", "dt lh pa", "L", "h")
E("Care home chef (Indian, on Skilled Worker visa) says the owner is strict about hygiene and timekeeping, but he is paid fairly and can leave. He was asked because an anonymous report named the home. No concerns.",
  "", "", "", "l")
E("Debrief: she says that she was told by the agency in Harare it was a job as a housekeeper with a salary of £2,000. She says she was brought to a farmhouse in Lincolnshire where she cares for the farmer's mother and also works in the packing shed at night. She has been given £40 'for toiletries' twice in 6 months. She has not been allowed into the village.",
  "DE WW EO RM", "lh rm", "L D", "h")
E("The family I work for as a carer say I am part of the family. I am paid every month into my own account, I go to church on Sundays, I have my passport. I just need help with a tax code.",
  "", "", "", "l")
E("Concern from bank: customer (female, sponsored carer) came to branch with a man who did all the talking and tried to change her address to his. When asked, she said he is her 'boss' and keeps her card 'safe'. Staff unable to speak to her alone.",
  "", "sfw ncw", "L", "m")
E("Note of call (Modern Slavery Helpline): caller is a domiciliary carer in Northampton, says the agency tracks her phone, drives her between calls, and keeps her in a flat with 5 others where the door is locked at night from outside. Says she is 'scared all the time'.",
  "RM AC", "rm et oc", "L", "m")
E("Care home in Leeds: staffing crisis, agency staff used, morale low, residents' families worried. Manager working 60 hours herself. Staff paid properly. No concerns of coercion.",
  "", "", "", "l")
E("Neighbour says Indian lady who is a carer for the man at number 12 has been crying in the garden. Officers spoke to her: she is homesick, her husband is in India, she has her own room, her own money, and goes to the temple weekly. Signposted to support.",
  "", "", "", "l")
E("Carers from Zimbabwe were forced by home manager to work 2 double shifts a day with no break and given no food, one fainted.",
  "EO AC", "lh pa", "L", "m")
E("The boss at the care agency said he would send my naked photos to my husband if I leave. He made me have sex with him many times. He still has my passport.",
  "IT PV RD", "dt", "L S", "h")
E("Duty to Notify - adult male (Indian, 44) refused NRM. Worked as carer in 3 homes owned by same director. Says he was underpaid but could leave and did. No threats, has his documents. DtN not required after review.",
  "", "", "", "l")
E("Migrant Help: client (F, 33, Ghana) says sponsor demanded £7,000 for 'visa extension' which cost £1,000, she borrowed from a loan shark, sponsor now deducts £400 per month from wages to 'pay the loan' which he says is still £9,000.",
  "DE DB", "", "L", "m")
E("Live-in carer was found sleeping in the car outside her employer's house because he told her the room was for guests. She is not allowed in the house after 10pm. Paid £200 a month cash.",
  "AC WW", "plc", "D", "m")
E("Care agency owner STONE Deborah, 54, charged with s2 MSA (arranging travel with a view to exploitation). 11 carers from India, housed in 2 flats, no wages for 5 months, passports recovered from her safe.",
  "WW RD AC", "dt oc", "L", "h")
E("Resident's son: 'the carers at the home work so hard, 12 hours, but I asked them and they said it's 3 days on 4 off and good money.' Just wanted to flag staffing levels.",
  "", "", "", "l")
E("Anonymous: Polish couple run a domiciliary care firm in Swindon, employ 'students' from Sri Lanka, keep them in a house with no beds, they sleep on blankets, they are not paid holiday and are afraid to say anything because the couple says they will be deported.",
  "AC AV", "plc foa", "L", "m")
E("A&E: 19 yr old female care assistant, bruising to both arms and neck, says her 'landlord' who is also her employer's husband grabbed her when she asked for her wages. Says she doesn't get paid, he keeps it 'for rent'. Lives above the care home with 6 others.",
  "PV WW", "pa ncw oc", "L", "h")
E("WhatsApp screenshot provided by nurse: 'Madam says if any of you talk to the inspector your families will pay. Delete this.' Sent to a group of 14 Filipino nurses employed at a nursing home in Cheshire.",
  "IT", "", "L", "m")
E("Sponsored carer ran away from home in Stockport after sponsor confiscated her BRP and phone; now staying at a friend's. Says she was not allowed to leave the premises without the deputy manager for 5 months.",
  "RD IS RM", "dt iso rm", "L", "h")
E("Person contacted council about a care worker in a damp flat with black mould. Flat privately rented by the worker herself, landlord unconnected to employer. Environmental health referral.",
  "", "plc", "", "l")
E("Carer earns £12/h, does 48 hours a week, has her passport, can change employer. Brother in Nigeria says she is 'trafficked' because she works weekends. She denies any issue.",
  "", "", "", "l")
E("They told us they are paying our salary into a 'savings account' until our contract ends in 3 years. We see nothing now. They give us food and a bed in the basement of the care home.",
  "WW AC", "saw", "L", "m")
E("POI: AHMED Farhan - recruiter. Meets women at Manchester Airport with 'care jobs', INT some taken instead to flats in Cheetham Hill to work in sex work, he sets the prices and keeps the money. 2/B/P",
  "DE WW", "ncw", "S", "h")
E("Care agency director told police she keeps copies of staff passports for right-to-work checks; originals returned same day. Staff confirmed. No retention.",
  "", "", "", "l")
E("Girl aged 16 from Vietnam, found by Border Force in lorry at Dover. Phone number for 'uncle' in Birmingham written on her arm. Says she was told she would work in a nail shop to pay her family's debt.",
  "AV DB", "", "L", "h")
E("Overseas nurse says her NHS trust offered her a pastoral mentor and paid her NMC fees. She is happy. Wrote in to the helpline because her friend at a private home is not being treated as well.",
  "", "", "", "l")
E("Her friend in a private home (same nurse as above): works 14 hours, paid for only 8, passport with manager, not allowed phone on shift or in the staff house.",
  "EO WW RD IS", "lh dt iso", "L", "h")
E("CQC: registered manager reported her own owner for making overseas staff sign 'debt agreements' for £9k each. Staff told they cannot resign until paid. Owner threatened the manager too.",
  "DB IT", "", "L", "m")
E("INT 1/B/P: carers at HOPE HALL house in Enfield escorted to work each morning by 2 men; women are not let out without them. Neighbours report shouting and crying at night. Controllers known for violence.",
  "RM", "et rm", "L", "m")
E("Farm in Kent: seasonal worker from Kyrgyzstan says he paid £2,500 to an agent at home for the visa, and the farm has given him too few hours to pay off the loan. Farm itself pays properly, no control. Referred to labour abuse team for the fee.",
  "", "uf", "", "l")
E("Man stopped driving van of 9 people at 05:10 on A17; all Bulgarian, say they work at a salad factory, each pays driver £15 a day. Driver holds their ID cards in the glovebox. Workers unsure where they live.",
  "RD IS", "ct dt cedl iso", "L", "m")
E("Vietnamese woman, 30s, in nail bar in Sunderland - police visit. States boss took her passport 'to make paper', pays her £100 a week for 6 days, she sleeps upstairs with 4 others. She owes 'the snakehead' 20,000.",
  "RD WW DB AC", "dt saw oc", "L", "h")
E("Cuckooing - 101: elderly man with dementia at flat 2, young people using his home to deal, he's been found wandering without his coat, his pension card was taken. Please check.",
  "AV", "ncw", "C", "m")
E("Criminal: Albanian male (19) arrested at cannabis grow in Kent. Disclosed he worked there to pay a £20,000 debt for travel, was told his family's house would be burnt if he ran. Was locked in, food via letterbox.",
  "DB IT RM AC", "rm", "C", "h")
E("Money mule: student (19) in Nottingham let a man use her bank account for 'crypto' in exchange for £200. Later threatened when she wanted out. Fraud investigation.",
  "IT", "", "C", "m")
E("Forced criminality: 15 yr old boy from Romania found pickpocketing on the Tube, adult 'aunt' in the carriage watching him, takes the wallets. Boy says she beats him if he returns with nothing.",
  "AV PV WW", "et", "C", "i")
E("Identity fraud: carer's stolen identity used to open 6 bank accounts. She is the victim of fraud; no one controls her. Action Fraud ref given.",
  "", "", "", "l")
E("Nigerian woman, 28, says 'aunty' who arranged her care visa now makes her give all her wages, makes her work in aunty's house at weekends, and shouts that she will report her to immigration if she complains.",
  "WW IT", "ncw", "L D", "m")
E("Eritrean man in Calais says he was offered 'work in England' with a fee; tells NGO he's afraid because smugglers ask for kidneys from those who cannot pay. Nothing happened to him. Heard as a rumour.",
  "", "", "", "l")
E("Child (17) from Sudan says smugglers in Libya held him in a warehouse until family paid, forced him to work on a farm, and a man there tried to take him 'to a doctor for his kidney'; he ran.",
  "AV RM DB", "rm", "L O", "h")
E("INT: Indian sponsored carers (6) live in a garage converted by their employer, Harrow. One bathroom in main house they are not allowed to use after 9pm. Charged £400 each per month. 3/C/P",
  "AC", "oc plc", "L", "m")
E("Woman reports that her ex-husband still controls their joint account and her child benefit after she left. She works as a carer in a home that treats her well. Domestic abuse advice.",
  "", "ncw", "", "l")
E("Walk-in at station: Filipino female, few belongings in a plastic bag, says she left the family she worked for as nanny because the dad shouts and hit her once; she is owed 3 months' pay. She has her passport.",
  "PV WW", "fpe", "D", "h")
E("Care homes - GLAA awareness day. Partners told signs include upfront fees, documents taken, long hours. No specific report.",
  "", "", "", "l")
E("'He said the Home Office will put me in prison if I leave him. I believed it because I don't read English. I worked at his two care homes and his restaurant for nothing for 2 years.'",
  "AV IT WW", "foa", "L", "h")
E("Hotel in Blackpool: Romanian housekeepers paid by agency NMW with payslips, agency van free of charge, housing optional. Inspection satisfactory.",
  "", "", "", "l")
E("Safeguarding (learning disability): Mr P, 45, lives with 'friends' who take his ESA and make him do all their cleaning and garden work and sleep in the box room without a bed.",
  "AV AC", "ncw plc", "D", "m")
E("Carer on a Health and Care visa asked if her employer can hold her passport. It can't, and it doesn't - she was just checking after a friend's bad experience.",
  "", "", "", "l")
E("INT 2/B/P: LIVING WELL CARE (Rotherham) - payroll shows 30 overseas staff paid into 4 accounts. Staff interviewed have no bank cards of their own; cards held by operations manager DOYLE. Staff receive cash 'allowance'.",
  "WW", "ncw mbc", "L", "m")
E("she is a nurse from kerala she said the home owner keeps her certificates and she cant register with NMC without them, she is stuck doing carer work for 4 years now",
  "RD", "dt", "L", "m")
E("Debrief: 'When I arrived I had only the clothes I wore. The manager said the suitcase will come later. It never came. We live 4 ladies in a room with one window and we work in the care home every day. He tells us the police will not help black people.'",
  "AC AV", "fpe oc", "L", "m")
E("Care agency in Reading fined by HMRC for failing to pay travel time. Staff received back pay. No forced labour issues found in the investigation.",
  "", "", "", "l")
E("Officer notes - spoke to carer at client's house on Grange Rd. Carer (Indian, 31) says she has her BRP, rents a room from a cousin, is paid by BACS, and works for the agency 40 hrs/wk. She says she is happy and free to leave. No further action.",
  "", "", "", "l")
E("I ask the agency to see my contract, they laugh. I don't know my hourly pay. They pay me what they want. Some weeks 80 pound, some weeks nothing. I work 6 days. The car they drive us, they charge.",
  "WW", "ct", "L", "m")
E("Senior carer reports owner physically restrained her in the office and took her phone when she said she would report abuse of a resident. She left that day and went to police; she had her passport and her savings.",
  "PV IS", "iso", "", "h")
E("Safeguarding: Somali woman, 60, lives with her son's family, looks after the grandchildren, happy to do so. Social worker asked due to her limited English. She receives her pension herself and goes to the mosque. No concerns.",
  "", "", "", "l")
E("Police log: drunk male at care home entrance shouting at night staff. Arrested for public order. Staff unharmed.",
  "", "", "", "l")
E("Live-in carers (2, Romanian) at a family home in Surrey: never get a full night's sleep, no day off in 7 weeks, the family keeps their ID cards 'in case of inspection'. They are told they cannot leave the house unless one of the family goes with them.",
  "EO RD RM", "lh dt rm", "D", "h")
E("Man from India paid £11,000 to an agent for a care visa, came to the UK and found the sponsor did not exist. Homeless now. The agent is in India. No work ever took place.",
  "DE", "uf", "", "m")
E("My friend works in a care home in Bolton, she says the manager tells them they are not allowed to talk to the residents' families or to each other in their language, and they are not allowed a phone in the house where they live.",
  "IS", "iso", "L", "m")
E("Care home owner prosecuted for not paying NMW to 20 staff. Court heard staff were otherwise free, lived independently, and had their own accounts. Back pay ordered.",
  "", "", "", "l")
E("Children's services: boy (15) doing cash-in-hand cleaning at a care home owned by his uncle after school, 3 hours a day, paid £30 a week. Mother aware. Child employment licence issue only; no control or coercion found.",
  "", "", "", "l")
E("INT 2/C/P: a 'pastor' in Luton takes £3,000 from each congregation member to get them care jobs; jobs are real but the pastor then takes 30% of their wages every month, saying they will lose the job if they stop.",
  "WW IT", "uf", "L", "m")
E("IP (Filipino nurse) states: 'The manager pulled my hair in front of the residents because I was slow. Another time she pushed me into the sluice room and locked it for an hour.'",
  "PV RM", "rm", "L", "h")
E("Press: Carers brought from India to work in Cornwall were made to live in a static caravan with no heating and told they owed £8,000 each. The court heard they worked 90-hour weeks and were paid in vouchers.",
  "AC DB EO WW", "plc lh", "L", "h")
E("There is a lady who works as a carer, she always has lots of bags and goes on holiday every year, someone said she might be trafficked because she's from Ghana - I don't think so honestly.",
  "", "", "", "l")
E("Victim account: 'The owner said my family in Kathmandu would be visited by his brother if I quit. He sent me a picture of my mother's house.'",
  "IT", "", "L", "m")
E("GP note: care worker, 25, recurrent UTIs, says she is not allowed toilet breaks during 14 hour shifts at a care home. Otherwise fine, lives with her husband.",
  "EO AC", "lh", "L", "m")
E("NGO: 3 Sri Lankan carers, Swansea, sleeping in the care home's staff room after the night shift because their 'housing' was cancelled; the home now deducts £100 a week from their wages 'for the staff room'.",
  "AC", "saw", "L", "m")
E("Care agency staff member asked about a training agreement: £950 for the care certificate, repayable only if she leaves within 12 months, reducing monthly. She decided to stay. Fine.",
  "", "", "", "l")
E("Helpline: caller's sister is a carer in Stoke. Sister's employer moved her to a flat above his shop, took her keys so she can't go out between shifts, and checks her phone. She is desperate and has no money.",
  "RM IS", "rm iso", "L", "m")
E("Nurse says: 'They promised a bonus after 6 months. There was no bonus. I complained and left. I'm now at another trust.' No evidence of control.",
  "", "", "", "l")
E("Carer reports a scam: someone posing as a Home Office official phoned demanding £600 or she would be deported. She hung up. Action Fraud.",
  "", "", "", "l")
E("INT 3/C/P: unknown male collects 10+ carers at 05:30 from a terraced house in Nuneaton and drops back after 22:00, the house has mattresses in every room. Carers said to be from Zimbabwe. Possible labour exploitation, not yet corroborated.",
  "AC", "cedl oc", "L", "m")
E("A woman from Kenya told us she came on a care visa, the family she was placed with make her care for their mother and work in their shop, she sleeps in the shop, not paid for 6 months, they have her passport and say she must repay £10,000 first.",
  "WW RD DB AC", "saw dt", "L D", "h")
E("Residential home inspection (council): staff rooms clean, rotas reasonable, agency staff supplied by licensed firm. No GLAA concerns.",
  "", "", "", "l")
E("Care worker told police the agency owner threatened to kill her if she spoke to the inspectors tomorrow. She is at the agency house now and is frightened to go back tonight.",
  "IT", "foa", "L", "i")
E("Concern: 'Uncle' who sponsored a 16 yr old from Nigeria as a 'student' has her caring for his disabled wife full time. She does not go to school, does not leave the house alone, and has a burn on her arm from the iron.",
  "AV RM PV", "rm pa", "D", "h")
E("Worker (Slovak) at a car wash in Luton - GLAA visit. Paid NMW by BACS, own bank account, rents his own flat, works 40 hours. Employer registered. Nothing found.",
  "", "", "", "l")
E("Bank fraud team: 14 accounts opened by different Romanian nationals, same address in Dagenham, same mobile number, all receiving wages from a care agency, all cash withdrawn by one person. Card reader footage shows one male.",
  "", "mbc ncw", "L", "m")
E("Carer's daughter: 'My mum works for an agency in Coventry and loves it. They pay her petrol and give her a good rota. Someone left a leaflet about slavery on her car so she asked me to check'.",
  "", "", "", "l")
E("Eritrean carer, 22: 'My boss in the care home takes me to his house on Sunday to clean, I don't get money for it, he says it's to pay for my room.'",
  "WW DB", "", "L D", "m")
E("The care home owner said he would report us to immigration if we join the union. We still joined. He hasn't done anything. Pay is fine.",
  "IT", "", "L", "m")
E("Lost passport - care worker from Malawi reports it stolen from her locker at work; manager helped her report it. Crime ref given.",
  "", "", "", "l")
E("Intelligence: female (Thai) moved between flats in Reading, Oxford and Swindon by the same driver, advertised as 'new girl', says she doesn't know which town she is in. Driver takes all the money.",
  "IS WW", "iso et ncw", "S", "h")
E("Debrief (Romanian interpreter): she says she was kept in a brothel in Southampton and the door was always locked; the men who ran it said that if she escaped they would find her daughter.",
  "RM IT", "rm", "S", "h")
E("County lines: 17 yr old girl from Liverpool found in Aberystwyth in a cuckooed flat, carrying drugs internally, says the older men made her. Now safe in hospital.",
  "AV", "", "C", "h")
E("Organ harvesting - INT 2/B/P: network offers Albanian migrants in the UK 'debt clearance' for a kidney, operations abroad. One victim in Derby says he was told he had no choice, his debt would triple if he said no.",
  "DB IT AV", "", "O", "h")
E("I was dropped at the car wash at 7 and picked up at 9 at night, 7 days, for £25 a day, the boss kept our passports because he said other workers steal",
  "EO RD", "cedl lh dt", "L", "m")
E("Teenager (16) in residential care recruited via Snapchat to 'run' phones; being paid in trainers. Has been threatened with a knife. CE risk assessment high.",
  "AV IT", "", "C", "h")
E("Carer says: I paid no fees, flight paid by employer, I have my passport, I left my first employer because it was far from my sister, now in Wales. Everything fine.",
  "", "", "", "l")
E("Au pair (Brazilian) says she works 50 hours instead of 25, gets £70 pocket money, host mum keeps her passport 'safe', not allowed out in the evening.",
  "EO RD RM", "lh dt rm", "D", "h")
E("Community nurse: live-in carer at Mrs G's house looks underfed, has few clothes, sleeps on the floor beside Mrs G's bed, Mrs G's son collects the carer's pay. Carer speaks little English, son answers for her.",
  "WW AC AV", "pa fpe saw ncw sfw", "D", "h")
E("CQC: care home uses sponsored staff, all on proper contracts, rotas within 48 hrs, staff accommodation inspected (1 per room). Good practice noted.",
  "", "", "", "l")
E("Man, 58, from Poland, homeless, living in a tent; says a man offered him work and housing at a farm but he refused. No work done. Outreach referral.",
  "", "", "", "l")
E("Anonymous tip: 5 carers at 'Primrose Court' are actually working in the owner's hand car wash on their days off unpaid. Carers in need of money as the home charges them £600 for 'visa insurance'.",
  "WW", "uf", "L", "m")
E("Overseas carers' WhatsApp group shared a rumour that a home in Ipswich takes passports. Council visited: no passports held, staff confirmed they keep their own. Rumour unfounded.",
  "", "", "", "l")
E("Care worker crashed the agency car on the way to a call; minor injuries; agency covered repairs, no deductions.",
  "", "", "", "l")
E("Helpline: a Ghanaian carer wants to leave her sponsor and asks if she'll lose her visa. She has 60 days to find a new sponsor. No exploitation described; employer has been reasonable.",
  "", "", "", "l")
E("Nursing home in Devon, whistleblower: long shifts and staff shortages but everything paid, staff can say no to extra shifts and some do. Management 'stretched, not cruel'.",
  "", "", "", "l")
E("Police log: report of a man sleeping in a car outside a care home. Turned out to be a carer between split shifts who lives 40 miles away. Welfare ok, advice given.",
  "", "", "", "l")
E("Sponsored care worker's husband (dependant) says he can't find work and they are struggling on her wage. Money advice referral. Not exploitation.",
  "", "", "", "l")
E("Kidney donor register: British man wants to donate altruistically to a stranger. Assessed by NHS, no payment, no pressure. Proceeding.",
  "", "", "", "l")
E("Text from public: my aunt's carer was late 3 times this week, is that abuse? we pay the agency a fortune",
  "", "", "", "l")
E("Care home worker from India was told she'd be dismissed if she kept arriving late. She feels it's unfair. Procedures followed, notice given in writing, she can appeal.",
  "", "", "", "l")
E("Press: Local care home wins award for its support of international recruits - free accommodation for the first month, English lessons, buddies, and help to bring families over.",
  "", "", "", "l")
# ---- long texts (120-250 words) ----
E("""OFFICIAL-SENSITIVE. Intelligence report. Grading 2/B/P.

Subject: SILVERBIRCH CARE SERVICES LTD, registered office Unit 7, Canal Wharf, Oldham. Director: MOYO, Blessing (DOB 12/08/1981). Company holds a sponsor licence and has assigned 64 certificates of sponsorship in 18 months although CQC records show only 11 service users.

INT suggests that carers recruited from Zimbabwe and Malawi pay between £6,000 and £12,000 to an associate of MOYO in Harare before travel. On arrival at Manchester they are met by MOYO's husband, who takes their passports and BRPs 'to register them with HMRC' and drives them to one of three houses in Chadderton. Source states at least 9 people sleep in the front room of the house on Burnley Lane.

Carers are sent out to other agencies as 'subcontracted' staff, working 70 to 80 hours a week. Their wages are paid into accounts that MOYO opened for them; she holds the cards. Each carer receives £50 cash on a Friday. Those who ask for more are told that they still owe for the visa and that MOYO can 'cancel' them with one phone call to the Home Office.

Source has not seen any violence. Research: VRM MA21 KTO (black Ford Galaxy) registered to MOYO, ANPR hits near Burnley Lane at 05:40 and 22:30 most days.

Recommend: joint visit with GLAA and UKVI compliance.""",
  "DE RD AC EO WW DB IT", "uf dt oc lh ncw et cedl mbc", "L", "h")
E("""Safeguarding adults referral - Hillcrest Residential Home, Norwich.

Referrer: a district nurse who visits two residents weekly.

I am writing because of a conversation with one of the night carers, whom I will call R. R is from Kerala and came last year on a Health and Care Worker visa. She told me, while we were changing a dressing, that she is 'very tired' because she does nights from 8pm to 8am and is then asked to stay on for the breakfast round most mornings. I asked if she is paid for it and she said yes, it shows on her payslip, and she can say no but she likes the money because she is saving for her husband's visa.

She lives in a shared house in Earlham that she found herself on a housing website. She has her passport. She has a day off every week and goes to a Malayalam church.

I do not think R is being exploited. My concern is more about fatigue and medication errors on the morning round, and the home's reliance on one night carer. I have discussed this with the manager, who was open and said she would review the rota. I am recording this referral for completeness and so the local authority is aware of the staffing pressure.""",
  "", "", "", "l")
E("""Victim debrief, conducted with a Tagalog interpreter, at a safe house in the North West. The interpreter's words are recorded as spoken.

She says that she first came to the UK with her employer's family from Dubai on an overseas domestic worker visa. She says that the employer's mother is bed-bound and that she was told she would be her carer only. She says that in fact she did everything in the house: cooking for eleven people, cleaning, washing, ironing, and looking after the mother at night.

She says she slept on a mat on the floor next to the mother's bed because the mother calls out in the night. She says she never had a day off, not once, in nineteen months. She says that madam took her passport at Heathrow and she never saw it again.

She says she was paid for the first two months and after that madam said the money was 'going to your family'. She later found out from her sister that nothing was being sent.

She says that she was not allowed to go outside, even to the garden, unless madam or the driver was with her. She says the driver once hit her on the back of the head when she tried to speak to a neighbour's maid.

She says she left when the family's door was left open during a delivery.""",
  "DE EO RD WW RM PV AC", "saw lh dt rm et", "D", "h")
E("""Call summary - Modern Slavery Helpline, relayed to police.

Caller: manager at a supermarket in Kettering. 

Around 8 or 9 women come into the store most evenings around 10.30pm with a man who pays for everything on one card and carries their baskets. The women wear the same navy care uniforms with a logo 'CarePlus Midlands'. The caller says the women don't speak, look at the floor, and one of them slipped a note to a cashier last week that said 'help, he has our passports, we are not paid, house at Rockingham Rd'. The cashier kept the note. It was written in English with spelling errors.

The caller also mentions that a different group of workers from a local warehouse come in at the same time with their own shift manager, but those workers chat, pay for themselves and seem fine - he mentioned them only because staff confused the two groups at first.

The man with the care workers drives a grey Vauxhall Vivaro, partial VRM 'FN19'. The caller has CCTV from the last two weeks and is willing to provide it.

Advice given to caller: do not approach; preserve the note and CCTV. Passed to force MSHT team for urgent research.""",
  "RD WW", "dt ncw sfw et cedl", "L", "h")
E("""Statement of witness (extract). I am the daughter of a resident at Linden House nursing home. My father has been there since March.

I visit most days. Over the summer I got to know several of the carers, who are mostly from Nigeria and Ghana. They are kind to my father and I have no complaints about his care.

In August, one of the carers, a young woman called Grace, asked me if I could lend her my phone. She said the owner had taken all the staff phones 'because they were on them too much' and she had not spoken to her children in Lagos for three weeks. I let her use it. She cried on the call.

Later she told me that she and five other carers live in the attic rooms of the home and are not allowed to go out except on Sundays, when the owner's son drives them to church and waits outside. She said she works every day and that she 'owes the owner' for her flight and visa, which he takes out of her wages, and that he tells her the amount every month but it never seems to get smaller.

I have also seen the owner shouting at a carer in the corridor and calling her 'useless' and saying she could be 'on a plane tomorrow'. I did not see him touch anyone.

I am making this statement because I am worried for Grace.""",
  "IS RM DB EO IT", "iso rm et saw lh", "L", "h")
E("""GLAA inspection report (summary) - domiciliary care provider, licence not required for the sector but visit made jointly with local authority commissioners following a complaint.

Provider: BRIGHTER DAYS HOMECARE, Gloucester. 48 staff, of whom 22 are sponsored workers from India, the Philippines and Zimbabwe.

Findings:
1. All 22 sponsored workers interviewed privately with interpreters where needed. All hold their own passports and BRPs.
2. Payslips checked against bank statements for a sample of 10 - all matched. Travel time between calls is paid. Mileage paid at 45p/mile.
3. Two workers had signed a training cost agreement (£1,400, tapering to zero over 24 months). Neither has left; terms appear lawful. No other deductions.
4. Three workers live in a house leased by the company; each has their own room and a written tenancy at a rent below the local average. They are free to move out and one has done so.
5. Complaint alleged that workers were 'forced to work 7 days'. Rotas show 5-day patterns; 4 workers chose extra shifts in December.

Conclusion: no indicators of forced labour or labour abuse found. The complaint appears to have come from a former worker dismissed for misconduct. Commissioners satisfied. No further action.""",
  "", "", "", "l")
E("""Police log - Incident 0217, 14/03. 

Call from a taxi driver at 01:55 who picked up a female from the roadside near the A45 roundabout. Female distressed, barefoot, wearing a carer's tunic, says she has run from 'the house' where she lives with other care staff. She says the man who runs the agency came back drunk, dragged another carer into his room and she heard her screaming. She says when she tried to call 999 he smashed her phone and hit her across the face. She says there are four other women still in the house and the doors are locked from the inside with a key he keeps.

Taxi driver has taken her to the petrol station on London Rd and is staying with her. She is unsure of the exact address but describes a semi-detached house with a blue door near a school.

Units deployed to petrol station. Second unit to area of Brookfield Primary. Duty inspector informed. Interpreter (Shona) requested. Female has a visible swelling to her left cheek.

Update 02:20: female confirms the house is 31 Brookfield Ave. Officers en route. Request for dog unit in case male makes off.""",
  "PV RM IS", "pa rm iso", "L", "i")
E("""NGO caseworker note - New Pathways, Wales.

Client T. (male, 37, Sri Lanka). Referred by a GP after presenting with exhaustion and weight loss.

T. came in 2023 as a senior carer sponsored by a small care home in the Valleys. He was told in Colombo by the recruitment agent that his salary would be £26,000, that accommodation would be free, and that there were no fees. He in fact paid the agent 2.5 million rupees, borrowed from a moneylender against his family's land.

At the home he was paid correctly for his contracted hours for the first three months. After that the owner told him that 'business is bad' and that he must do unpaid cleaning and maintenance on top of his shifts or the home would close and he would lose his visa. He has been working around 75 hours a week since. The owner's wife keeps a 'book' of money she says T. owes for the room.

T. says nobody has hit him and he has his passport. He is free to go out and goes to the temple. But he feels he cannot leave because of the debt at home, which he says the owner 'knows about and uses'.

Plan: NRM explained; T. would like to think about it. Advice on changing sponsor given. Will see him again Thursday.""",
  "DE AV EO IT DB", "uf lh", "L", "h")
E("""Officer handover note - night turn to early turn.

1. Burglary at 14 Oak Close - scene preserved, CSI requested.
2. Concern for welfare at Greenways care home - resolved: manager called because a carer had not turned up to her shift and wasn't answering. Carer found at home, she had overslept after a double shift she volunteered for. Carer is from Ghana, lives with her husband, has her own documents, no concerns raised by her. Manager apologetic for calling police.
3. Shoplifting at Co-op - male identified, CCTV seized.
4. 999 call from a resident of a care home complaining a carer 'stole her ring' - ring found in her handbag. No crime.
5. Modern slavery intel (from 101): neighbour reports that the house at 9 Station Rd has 'lots of foreign men' coming and going at odd hours. Checked on PNC and council tax: registered HMO, licensed, 6 tenants, all working at the distribution centre via a known agency. Tenants spoken to on previous visit, all fine. No further action, but logged.

No outstanding jobs for modern slavery.""",
  "", "", "", "l")
E("""Public report via online form (spelling as submitted):

i want to report somthing that is happening at the care home where my cousin works in Leicester i dont want to give my name because she will get in trouble. my cousin come from Nigeria last year she pay the agent 7 thousand pound in lagos they said she will be a nurse but here she is only a carer. the owner of the home take her passport and her BRP when she come and say he will give back after 5 year. she live in a house with 10 other ladies 2 to a bed. they work from morning to night even sunday. the owner put there salary in the bank but he have all the bank cards and he give them 200 pound a month. when my cousin ask for more he say she will be sent back to Nigeria and her family will be ashamed. she is very scared she cry every time she call me. please do somthing but dont say i told you""",
  "DE RD AC EO WW IT", "uf dt oc lh ncw mbc foa", "L", "h")
E("""Press summary: 'Carers not slaves, says tribunal'.

An employment tribunal in Bristol has rejected claims by two former care workers that they were held in forced labour by a Somerset care group, while awarding them £4,300 each for unlawful deductions.

The workers, who came from India on sponsored visas in 2022, said they were 'trapped' by a clause requiring them to repay £3,500 of recruitment costs if they left within two years. The tribunal heard that both had kept their passports, lived in accommodation they rented privately, and had changed employers in 2023 without any action being taken against them. Neither was threatened.

Judge Harris said the repayment clause was 'harsh' and that two deductions from wages for uniforms had breached the law, but found 'no evidence of coercion, restriction or deception of a kind amounting to forced labour'.

The care group said it had since removed the clause. Unison welcomed the award but said more sponsored workers face real abuse elsewhere, citing cases in which passports had been taken and wages withheld.""",
  "", "ppe", "", "l")
E("""OFFICIAL - Probation note.

Supervisee: Mr D. (British, 52). Index offence: conspiracy to commit fraud. Released on licence in June.

During today's appointment Mr D. disclosed that before his arrest he was 'helping' a friend who runs a supported living company. He says he drove residents with learning disabilities to work at the friend's packing business every day at 6am and back at 8pm, and that the residents were never paid - the friend said their benefits 'covered it'. He says one resident, a young man with Down's syndrome, was slapped by the friend for dropping a box. Mr D. says he didn't think it was 'slavery' at the time.

Mr D. gave the name of the friend and the location of the packing unit (Thurmaston). He says he has had no contact since his arrest.

Action: disclosure passed to police intelligence and adult safeguarding today. Risk assessment reviewed; no change to Mr D.'s licence conditions at this stage. Discussed with SPO.""",
  "AV WW PV EO", "cedl et lh", "L", "h")
E("""Border Force, Manchester Airport, Terminal 2. Officer's note.

Two adult females (Indian nationals, aged 24 and 26) presented together on Health and Care Worker visas for a sponsor in Stockport. Both carried identical handwritten notes with 'answers' to likely questions. Both stated their salary was £23,200 and that they had paid 'nothing' for the job. On separate examination, the younger woman said her father had mortgaged their house to pay an agent 15 lakh rupees. The elder confirmed a similar payment.

A male (British-Indian) was waiting landside with a sign for both women. He told officers he was their 'employer's driver' and that he would be 'looking after their documents' for the first month.

Sponsor contacted by phone: the registered manager said she did not know of any driver, was expecting only one of the women, and that her home had never charged fees.

Both women admitted to the UK. Advised of their rights and given leaflets with the helpline number in Hindi. Intelligence submitted regarding the agent and the waiting male. Sponsor referred to UKVI compliance.""",
  "", "uf", "", "l")
E("""Victim account (first person, written with support worker).

My name is not important. I am from Albania. I was 17 when I came. A man I knew from my village said his cousin has a restaurant in London and I can work and send money to my mother who is ill.

When I arrived in the lorry they took me to a house in Kent. There were plants everywhere and lights, very hot. The man said I must look after the plants and sleep there. He took my phone. The door was locked from outside and the windows were covered. He came every three days with food, sometimes only bread.

He said I owe him £18,000 for the journey and every month I stay the debt gets less. After six months he said it was now £22,000 because I 'wasted' a crop.

One time I asked to call my mother and he put a knife to my face and said he knows where she lives.

I was there ten months. The police came in the night and I ran because I thought they will put me in prison. Now I am in a hostel and I am learning English.""",
  "AV DE IS RM AC DB IT", "iso rm plc saw foa", "C", "h")
E("""Council licensing - HMO inspection report, 22 Grove Terrace.

The property is a 5-bedroom terraced house licensed for 6 occupants. On inspection 13 people were present, 11 of whom said they live there. They are employed by three different employers: a care agency, a chicken factory, and a hotel. Rent is paid by each tenant directly to the landlord, Mr OWUSU, by bank transfer (£320/month each). Tenants hold their own documents and bank cards. None reported being controlled, threatened or charged for transport, and none work for Mr OWUSU.

Conditions: mattresses in the lounge and dining room; one kitchen for 13; fire alarm disconnected; mould in two rooms.

Action: Mr OWUSU served with improvement notice and informed that occupation must be reduced to the licence limit. Tenants given housing advice leaflets. Case note: modern slavery indicators considered - overcrowding present but accommodation not linked to any employer and no signs of control. No referral made.""",
  "", "oc plc", "", "l")
E("""Safeguarding referral - children's services (MASH).

Referrer: Designated Safeguarding Lead, St Anne's High School.

Pupil: A. (female, 15, Year 11). A. lives with her mother, who works nights as a carer, and her younger brother.

Over the last six weeks A. has been absent on eleven days. On three occasions she was seen getting into a black Audi outside school with two males aged around 20-25. She has a second phone and new clothes. Yesterday she came to school with a bruise on her wrist and told a friend that 'Jay' grabbed her because she did not want to go to a party at a flat in town. The friend says A. told her that Jay makes her 'be nice' to his mates at these parties and that he has photos of her that he will put online if she stops.

A. has denied everything to staff but looked frightened. Mother is working tonight and unaware.

Concern: child sexual exploitation. A. is due to leave school at 3.15pm and her friend says Jay is collecting her today.""",
  "AV PV IT", "pa", "S", "i")
E("""Interview note - Kalayaan adviser.

S. (female, 47, Indonesian) came to London with a Qatari family on an ODW visa 8 months ago. She says that she was employed in Doha for 3 years before that.

S. says she works from 6am until the family sleeps, often after 1am. She looks after three children and cooks and cleans for a household of nine. She says she has a bed in the children's room. Her passport is held by the employer's wife 'so it does not get lost'. She was told her salary (£400 a month) is being paid into an account in Doha, which she cannot access.

She has a phone but the employer checks it. She says she has never been allowed outside alone. She is not aware of any threats; she says the family is 'not bad people, only strict'.

S. came to Kalayaan today because the family went to Harrods and left her in a café with the youngest child; another domestic worker there gave her our number.

Advice: her rights, the NRM, and the options with her visa. S. wishes to think about it and will return to the family today. Safe contact agreed (text in Bahasa).""",
  "EO RD WW RM", "lh saw dt ncw rm", "D", "h")
E("""Financial intelligence referral (bank, suspicious activity).

Between 1 January and 31 March, 17 personal current accounts opened at our Hounslow branch by Filipino and Indian nationals each received monthly salary credits from THAMES VALLEY HOME CARE LTD (total approx. £29,000 per month). Within 24 hours of each credit, 85-95% of the balance was transferred by faster payment to a single account held by a Mr B. RAO, who is listed as a director of the same company.

Online banking for all 17 accounts was accessed from the same two devices and IP address. Debit cards for all 17 accounts were used at the same ATM in Hayes on the same evenings. The account holders' registered addresses are split between two properties.

Branch staff recall that when the accounts were opened, Mr RAO attended with each customer and answered most of the questions, and kept the welcome packs.

Assessment: pattern consistent with control of wages of workers (possible labour exploitation). Also considered: payroll error or legitimate loan repayment; neither fits the pattern. Referred to police economic crime unit and flagged as possible modern slavery.""",
  "WW", "ncw mbc sfw", "L", "m")
E("""A&E clinical notes (extract). 

Pt female, 31, Nigerian national, brought by a colleague (care home night staff) at 04:10. Fall down stairs at the staff house.

O/E: laceration to scalp, bruising to both upper arms in the pattern of grip marks, old healed burns to the forearm. Pt says she 'fell'. When the colleague left the cubicle pt told nurse that the home's owner had pushed her down the stairs because she told a resident's son she had not been paid since November. Pt says she is afraid to go back but has nowhere else, her BRP is 'with the owner', and she has no money of her own. Pt says 5 other carers share 2 rooms at the staff house.

Colleague returned and tried to take pt home before review. Security called. Pt accepted admission overnight. 

Safeguarding: police informed (crime ref pending), adult safeguarding referral, hospital IDVA/modern slavery lead paged.""",
  "PV WW RD AC", "pa dt oc", "L", "i")
E("""Witness statement (care home cook, extract).

I have worked at Parkside Manor for six years. I know the staff from overseas well. Most of them are from Zimbabwe and the Philippines and they are treated the same as the British staff as far as I can see. They are on the same rota, paid the same rate, and they have been given help with housing when they first came.

In January a journalist came asking if staff were 'trapped' because of their visas. I told him what I knew. One carer, Thandi, did leave in April for a home in Cardiff, and the manager gave her a reference and a leaving card. Another, Mark, complained that he was asked to repay the cost of his NVQ when he left within a year, but it was in his contract from the start and was only a few hundred pounds.

I have never seen anyone shouted at, hit or threatened. No one's passport is kept in the office. I think the journalist was expecting something that isn't there.""",
  "", "", "", "l")
E("""Intelligence log. 3x5x2: 1/A/P.

Source is a former worker at HARBOURSIDE NURSING (Grimsby).

Source states that the owner, LEWIS Patrick (DOB 19/11/1966), told new Filipino nurses on arrival that they must sign a loan agreement for £14,000 for 'recruitment and housing' and that if they leave within 3 years they must pay £25,000. Nurses are made to work as healthcare assistants until they pass OSCE, which LEWIS keeps postponing. Source states that the nurses are collected from the staff flats at 06:30 and returned after 21:00, and that LEWIS 'does the talking' at any visit by the council or CQC, telling inspectors the nurses don't speak good English.

Source has heard LEWIS say to a nurse 'you will be on the next plane and your mother can pay your debt'.

Source does not know of passports being taken and believes the nurses have them.

Further research: CQC inspection last year noted 'international staff were reluctant to talk to inspectors'.""",
  "DE DB IT", "cedl sfw", "L", "h")
E("""Debrief (Arabic interpreter). He says he is from Sudan and he is 19.

He says that in Libya he was held by a group who asked his family for money. His family could not pay. He says a man came and said there was a way: he could give a kidney and then he would be put on a boat to Italy. He says he did not agree but he was taken to a building that looked like a clinic and given an injection. When he woke he had a long cut on his right side and great pain. He was kept in a room with other young men for two weeks.

He says that in Italy he met other Sudanese who had the same scar. He says that in the UK he has worked for a man in a car wash in Leeds for food and a place to sleep at the back, 12 hours every day. He says that the man has not threatened him and he can leave, and that he left after four months.

He wants to know if the doctors can check his health.""",
  "AV PV RM EO AC WW", "pa rm lh saw", "O L", "h")
E("""Council adult social care - case review summary.

Service user Mr J. (78) receives 4 calls a day from an agency, and his family also employs a live-in carer, Ana (Romanian, 44), privately. A neighbour raised concerns that Ana is 'a slave' because she is always at the house, looks tired, and was seen crying.

Social worker visited on 3 occasions and spoke to Ana alone with a Romanian interpreter. Ana has a written agreement with Mr J.'s son: 2 weeks on, 2 weeks off, £850 a week paid to her own account, her own room with a lock, and 3 hours off each afternoon when the agency carers visit. She holds her own ID card. She was crying because her mother in Romania is ill. She has arranged to go home early and the family have agreed and are paying her flight.

The neighbour was reassured. Assessment: no safeguarding concerns regarding Ana; Mr J.'s needs are increasing and a review of his package is booked.""",
  "", "", "", "l")
# ---- END ----
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh107.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            d = {"id": "f107-%03d" % i, **r}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", len(ROWS), "to", out)
if __name__ == "__main__":
    main()
