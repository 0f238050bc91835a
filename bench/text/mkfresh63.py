#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline's indicator detector (set fresh63).
Each entry: text, indicator abbreviations, sign abbreviations, type abbreviations, optional risk.
Every text below was written individually; the helper only expands abbreviations."""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DEC": "deception", "ROM": "restriction_of_movement",
       "ISO": "isolation", "PSV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oa": "overcrowded_accommodation", "saw": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "ced": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}

E = []
def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))

def auto_risk(ind, typ):
    if len(ind) >= 3 or "physical_sexual_violence" in ind or "sexual" in typ or \
       ("intimidation_threats" in ind and "restriction_of_movement" in ind):
        return "high"
    if ind or typ:
        return "medium"
    return "low"

# ---------------------------------------------------------------- part 1
T("INT 2/B/P: Hand car wash, Station Rd lay-by. 6-7 males, believed ROMANIAN, working 0700-2100 seven days. Nom POPESCU Ionut collects them in white Transit each morning and returns them late. Workers reportedly not paid direct — POPESCU holds their bank cards.",
  "EO WW", "lh ced ncw et", "L", "medium")
T("Support worker note, safe house: K. had a good week. Attended ESOL twice, went to the market on her own for the first time. Still nervous when the doorbell rings. Talked about the flat in Leicester again - says the men took her passport 'for the landlord' on the first day and she never saw it again.",
  "RD", "dt", "")
T("my neighbour has loads of blokes coming and going from the flat above the chip shop all hours, different girls every week never see them go out, curtains always shut. somethings not right",
  "ROM", "rm", "S")
T("Helpline call summary: Caller (Polish male, 40s) recruited in Gdansk by a man who promised warehouse work in Northampton at £11 an hour. On arrival was put to work on a chicken farm. Lives in a caravan with 5 others, no heating. The man takes '£90 rent and transport' out of every week and most weeks he gets about £30. Says he wants to leave but owes for the coach fare.",
  "DEC WW DB AC", "oa plc ct ncw", "L", "high")
T("Referral from A&E: 16 yr old male presented with stab wound to thigh, accompanied by an older male who answered all questions. Patient from Lambeth, found in Ipswich. Two phones. Declined to say why he was in the area. Concerns re county lines.",
  "AV PSV", "pa sfw", "C", "immediate")
T("GLAA inspection, packhouse nr Spalding. Labour provider licensed. Workers interviewed in own languages with interpreters; all hold own ID, pay slips reconcile with bank statements, accommodation optional and inspected. No indicators of exploitation. One minor record-keeping issue re holiday pay.",
  "", "", "")
T("Debrief (via interpreter, Vietnamese): She says that she was told she would work in a nail salon and the family in Vietnam paid $20,000 to the man. In England she was taken to a house and made to water plants in the rooms upstairs. The windows were covered. She was not allowed to go outside. The man said she must stay until the debt is finished. She ate rice and noodles only.",
  "DEC DB ROM AC", "rm", "C", "high")
T("Nail bar on the high street, young girl looks about 15 doing nails at 9pm on a school night, man sits in the back and answers for her when I asked her name",
  "AV", "sfw", "L", "high")
T("INT 3/C/P: Unconfirmed INT suggests nom NGUYEN Van Long operating cannabis grow at residential address in Bolton. No further details.",
  "", "", "C")
T("Safeguarding referral (school): Year 9 pupil R. has been missing from school for 3 days this month. Seen getting into different cars after school. Has new trainers, two phones, and cash. Mum says he stays out overnight and comes back with bruises he won't explain. Concern re CCE.",
  "AV PSV", "pa", "C", "high")
T("Salvation Army support worker: A. (Albanian, 24) now in safe house accommodation in the North West. Her RG decision came through. She disclosed more today: the boyfriend who brought her to the UK made her see men in flats in Leeds and Bradford, kept all the money and hit her if she cried. He told her that he would send photos to her father if she ran.",
  "DEC WW PSV IT", "ncw", "S", "high")
T("INT 2/A/C (not to be disclosed to LA without OIC approval): POI BALOGH Tibor, HU national, supplying workers to a recycling plant in Wednesbury. Workers housed at 14 address, 11 males in a 3-bed. Source states workers hand their wages over on a Friday in the car park. BALOGH keeps their ID cards 'so they don't run'.",
  "WW RD AC", "oa ncw dt", "L", "high")
T("I came for a job in a restaurant. The job was real but I worked from 10 in the morning to 1 at night, every day, nobody gave day off. I slept on the floor in the storeroom behind the kitchen. Boss said he pays me after six months. After eight months I still have nothing.",
  "EO WW AC", "lh saw", "L", "high")
T("Midwife note: Booking appointment, 19/40. Pt attended with husband. Pt speaks limited English; husband declined interpreter and answered for her. Pt later alone in toilet said 'help me' and that she works in his mother's house all day and is not allowed out. Safeguarding lead informed.",
  "ROM", "sfw rm", "D", "medium")
T("Officer handover: Concern for welfare at 22 Moss Lane resolved. Elderly male had fallen, ambulance attended. Lodger present is his nephew, helps with shopping, no indications of anything else. Closed.",
  "", "", "")
T("Bank financial crime alert: 9 debit cards in different names used at same ATM on Cheetham Hill Rd between 0200 and 0240 on consecutive Fridays. Accounts opened within 2 weeks of each other, all giving same address. Salaries paid in from one labour agency. Possible control of workers' accounts.",
  "", "mbc ncw", "L", "medium")
T("Public report: THERE ARE KIDS SELLING DRUGS OUT OF NO 7 THE OLD LADY THAT LIVES THERE IS TERRIFIED THEY MOVED IN 2 WEEKS AGO AND SHE CANT GET THEM OUT POLICE DO NOTHING",
  "AV", "", "C", "high")
T("Kidney transplant follow-up clinic. Pt received living donor kidney from her brother at Guy's 2023, creatinine stable. Doing well. Next review 6 months.",
  "", "", "")
T("Border Force note, LHR T4: Female, 22, Nigerian passport, travelling with older female who held both passports and tickets and spoke for her. Said she was coming to study nursing but had no college letter, could not say where she would stay. Referred to safeguarding team; both separated for interview.",
  "RD", "dt sfw", "", "medium")
T("INT 1/A/P: IP (ERITREAN male, 19) reports he worked on a farm near Evesham. Pay went to the gangmaster who gave him £40 a week. Gangmaster said he owed £3,000 for getting him the job and bringing him from Calais. IP was slapped in the face when he asked for his wages.",
  "WW DB PSV AV", "ncw uf", "L", "high")
T("neighbour keeps her cleaner working long hours, but she pays her well and the cleaner drives her own car, just noticing, not a concern really",
  "", "", "")
T("Probation note: Service user disclosed that while in custody he was approached to 'hold' a phone for another prisoner and when he refused his girlfriend outside got a visit. Said 'they know where she lives'. Intel submitted.",
  "IT", "", "C", "medium")
T("Casework note (Kalayaan): M., Filipina, came with an employer family on an overseas domestic worker visa. Worked from 6am until after midnight looking after three children and cleaning. Slept on a mattress in the children's room. Passport kept by madam. Paid 200 dollars a month into an account in Manila that the employer opened. Left by walking out when the family was at the mosque. Now in shelter, doing well, applying to NRM.",
  "EO AC RD WW", "lh dt ncw", "D", "high")
T("Council licensing visit, massage parlour High St: premises licence valid, therapists have own contracts, CCTV in reception only. Spoke to three staff, all British or EU settled, live at own addresses. No concerns.",
  "", "", "")
T("Saw two lads about 14 on the train to Margate each with a rucksack, older guy texting them orders, one looked scared stiff",
  "AV", "", "C", "high")
T("INT 2/B/P: Address 31 Clarendon St brothel. Females changing every 2-3 weeks, believed CHINESE. Nom 'Auntie Li' collects cash daily. Females reportedly not allowed out alone; food brought in.",
  "ROM", "rm", "S", "high")
T("Helpline call: Woman says her sister in Manchester lives with their cousin's family and does all the cooking and cleaning for 8 people, is never paid, and they took her phone after she called home crying. Family told her she will be deported if she goes to police.",
  "WW ISO IT", "iso foa", "D", "high")
T("Debrief account, first person: 'In Romania they say: you come, work in a factory, you get 1,500 pounds a month. I come with bus, Daniel pays the bus. In England, Daniel takes my ID card because he says he needs it for the agency. The agency is real, I get payslips, but the money goes to a card, and the card Daniel has. I get 50 pound a week. When I say I go home, he says first you pay me bus and the room, 2,000.'",
  "DEC RD WW DB", "dt ncw", "L", "high")
T("GP note: New pt registration, 31M Slovak. Attended with 'boss' who filled the forms. Pt has old fracture to left hand untreated, thin, says he works 'in the building'. Boss gave address of a business unit. Pt did not make eye contact.",
  "PSV", "pa sfw", "L", "high")
T("Kid on our estate, maybe 12, keeps getting dropped off by a black Merc at 6 in the morning and picked up again at midnight, hes never at school",
  "AV", "ced", "C", "high")
T("OIC update: Op ELM. IPs all safeguarded, NRM referrals made for 7 males from the car wash. Interviews confirm they were charged £15 a day for the van to the site and £10 for gloves. Two have returned to Romania voluntarily.",
  "", "ct ppe", "L", "medium")
T("Caller states her ex-partner keeps turning up at her work and threatening her. No labour or sexual exploitation concerns. DA risk assessment completed, MARAC referral made.",
  "IT", "", "")
T("School referral: Pupil (F, 15) disclosed that an older man she met online bought her a phone and takes her to parties where she is given vodka. She said 'I have to go with his friends sometimes or he gets angry'. She was found at a hotel in Croydon at 3am last week.",
  "AV PSV IT", "", "S", "high")
T("INT 3/C/P: Taxi firm on Derby Rd reported to be used to move girls between addresses. No more.",
  "", "", "S")
T("Outreach note: Met T. (Sudanese, 30s) outside the day centre. Sleeping rough since leaving a farm job near Boston where he says the gangmaster 'kept my money and my papers'. Says he is free now and wants advice, not police. Gave Migrant Help number, will see tomorrow.",
  "WW RD", "ncw dt", "L")
T("Visa enquiry: student from India lost her BRP on the bus, reported to Home Office. She has a part-time job at a café 15 hrs/week. No concerns.",
  "", "", "")
T("Ther is a man outside lidl every day begging, he gets dropped of in a silver car at 8 and picked up at 6, the same man in the car takes the money of him, he has one leg",
  "AV WW", "ced", "C", "medium")
T("Victim account (translated from Tigrinya): 'In Libya they sold us. The man said if you want to go on the boat you must give one kidney. Some of my friends agreed because they had no money. They took them to a clinic and they came back with a cut on the side. I refused and they beat me for three days.'",
  "AV PSV", "", "O", "high")
T("Police log: Concern for welfare call from a hotel in Heathrow, male guest heard shouting. Attended - couple arguing over a lost wallet. Both British, words of advice. NFA.",
  "", "", "")
T("INT 2/B/C (condition: do not disclose to employer): Care home in Kent. Source states care workers from Zimbabwe and India on sponsorship have to pay back £5,000 if they leave within 2 years. Working 60-70 hour weeks, rota shows many consecutive 12 hr shifts with no days off.",
  "DB EO", "lh", "L", "medium")
T("Support worker note: D. (British, 26, learning disability) now in supported accommodation. His 'friends' had moved into his flat last year, used it to store drugs and made him carry packages. His ESA was collected by one of them. He is doing well, sees his sister weekly.",
  "AV", "ncw", "C", "medium")
T("A lady came into our church food bank today, Portuguese, said her agency job at a meat plant pays minimum wage and she is struggling with rent. She gets paid into her own account and can change jobs; just low pay. Referred to CAB.",
  "", "", "")
T("Debrief extract: IP states that she answered an advert on Facebook for a job as a model in London. When she arrived, the woman took her passport 'for the contract' and photographed her for an escort website. She was told she owed £5,000 for the flight and the photos and had to see clients to pay it. She saw up to ten men a day.",
  "DEC RD DB EO", "dt lh", "S", "high")
T("INT 1/B/P: POI O'DONNELL Patrick, traveller site Leeds, believed to have housed 3 vulnerable British males (homeless, alcohol dependency) in caravans without water and used them for tarmac and block paving jobs for food and cider. One male seen with black eye.",
  "AV AC WW PSV", "plc pa", "L", "high")
T("Council environmental health: HMO on Byron St found with 14 occupants in 4 rooms, all working at the same bakery. Landlord is the bakery's owner and takes rent directly from their wages. Some workers say they cannot afford to move out because the rent is taken first.",
  "AC", "oa ncw", "L", "medium")
T("Called 999 at 01:40: female screaming from a flat window saying she is locked in, cannot speak English well, says 'man come back, hurt me'. Units dispatched.",
  "ROM PSV IT", "rm", "", "immediate")
T("Au pair agency check: French au pair, 19, with host family in Surrey. Works 25 hrs/wk, own room, pocket money £100/wk paid into her account, has weekends off, attends language college. No concerns raised.",
  "", "", "")
T("Social care note: Adult safeguarding - Mrs H, 82, reports her son takes her pension each week and leaves her without food. No work or exploitation involved beyond the financial abuse. Section 42 enquiry opened.",
  "", "ncw", "")
T("INT 2/B/P: County line 'MIKEY' line active in Weymouth. Runners believed to be from Bristol, aged 15-17. Cuckooed address at 5 Park Terrace, occupant female heroin user. Runners told if they lose gear they owe it back, one reported to have been 'taxed' and beaten.",
  "AV DB PSV", "", "C", "high")
T("Outreach note: Spoke to two women at the lay-by on the A38. Both said they work for themselves, have their own flats and phones. No indicators of control; left harm reduction packs and our number.",
  "", "", "")
T("Anonymous Crimestoppers: the car wash at the old petrol station on Oldham Rd, the workers live in the container at the back, theres no toilet, they look skinny and one had no shoes",
  "AC", "saw plc pa", "L", "medium")
T("NRM referral narrative: Client (Chinese, F, 38) was recruited in Fujian by a 'travel company' promising restaurant work. She was flown to Paris and driven to UK. She was told she owed 200,000 RMB. She was placed in a series of flats in Glasgow, Edinburgh and Aberdeen, moved every week, and made to sell sex. She did not know which city she was in. A man took all the money. She escaped when police attended an unrelated disturbance.",
  "DEC DB ISO WW", "ncw iso", "S", "high")
T("I work at a hotel in Cornwall through an agency. It's hard work and long shifts in the summer but I get paid every week, I have my passport, and I chose the room I rent. Just wanted to ask about my holiday pay rights.",
  "", "", "")
T("INT 2/C/P: Female ALBANIAN seen being collected from address in Luton each evening by BMW VRM AB12 CDE and returned 0500. Believed working in brothel. Driver nom HOXHA.",
  "", "ced et", "S", "high")
T("Fishing boat inspection, Newlyn: Two Filipino crew on transit visas say they work up to 20 hours when the catch is good, sleep on the boat and were not allowed ashore in the last port. Pay, they say, goes to the manning agency in Manila and their families are given a part of it.",
  "EO ROM WW", "lh saw rm ncw", "L", "high")
T("Hi I need to report my uncle he is making my cousin who is 17 drive cars to Birmingham with stuff in the boot and he says if she stops hes going to tell her mum shes gay",
  "AV IT", "", "C", "high")
T("Case closure summary: Client returned home to Poland via the Reconnection programme. Had been living in our safe house for 4 months after leaving a chicken catching gang. Wanted to thank staff.",
  "", "", "L")
T("Press summary: Two men were jailed at Bristol Crown Court for forcing a vulnerable man to work on their driveway business for 12 years without pay. The victim, who has a learning disability, was kept in a shed and told he would be 'put in a home' if he left.",
  "AV WW AC IT", "plc", "L", "high")
T("INT 1/A/P: IP states the controller, nom 'K', kept all the workers' passports in a locked drawer in the office of the car wash in Wakefield. IP was given his back only when he agreed to go to Scotland to work.",
  "RD", "dt", "L", "medium")
T("Children's services: Unaccompanied asylum-seeking child, 16, Vietnamese, went missing from foster placement 48hrs after arrival. Phone found with numbers in the UK and Vietnam, messages saying 'you must pay the family back'. High risk of re-trafficking.",
  "AV DB", "", "", "immediate")
T("There's a woman in the big house at the end of our road, she never leaves, only seen her hanging washing at 6am, the family go out and she stays, they are nice to me but I never see her with a day off",
  "EO", "lh", "D", "medium")
T("Debrief account: 'He said, you are my wife now, you stay home. I clean for him, his brothers, his mother. I cannot go to the shop. When I ask for telephone to speak my mother he hit me.' (Interpreter note: she is 19, from Pakistan, married in Mirpur last year.)",
  "ROM ISO PSV", "rm iso", "D", "high")
T("Warehouse agency audit: 40 agency workers interviewed. All paid via their own accounts; no transport or accommodation charges; two workers say they were asked for £200 'registration' by a man outside the gate, not linked to the agency. Reported to GLAA.",
  "", "uf", "")
T("INT 2/B/P: Cannabis factory found at 88 Dene Rd following burglary call. One VIETNAMESE male (claims 15) found inside. Doors were screwed shut from the outside, windows boarded. Male had been there 'many weeks' and was given food by someone who came every few days.",
  "AV ROM ISO", "rm iso", "C", "high")
T("A man keeps emailing me saying i've won a UK job with free visa, i just have to send £300 for processing. is this legit?",
  "", "uf", "")
T("Safe house progress note: S. (Nigerian, 27) has started volunteering at the charity shop. She wants to train as a hairdresser. She still does not know where her son is; the madam in Benin said the juju oath means she will die if she talks. Counselling ongoing. She says she feels safe here.",
  "IT", "", "S")
T("Care agency worker (Indian, F) tells union rep: she drives between clients 14 hrs a day, unpaid travel time, but pay is correct otherwise and she has her documents. Mainly worried about the hours. Union raising with employer.",
  "EO", "lh", "")
T("Police log: 2 males stopped shoplifting razor blades in Boots, both ROMANIAN, 16 and 17, little English. Said 'uncle' waiting in the car outside would be angry. Car left before officers approached. Both taken to place of safety.",
  "AV IT", "", "C", "high")
T("My husband's cousin is staying with us for 6 months while she looks for work. She helps a bit with the kids but she's family, she goes out with friends and has her own money. A neighbour reported us as 'modern slavery' which is very upsetting.",
  "", "", "")
T("INT 2/B/P: Suspect SHAH M. is believed to be arranging sham marriages between EU women and Pakistani men in Glasgow. One woman (SK) said she was told the trip was a holiday, then kept at a flat until the ceremony.",
  "DEC ROM", "rm", "", "medium")
T("HEY I WORKED AT THAT FARM 2 SUMMERS AGO AND IT WAS FINE THE FOREMAN IS STRICT BUT WE GOT PAID AND HAD DAYS OFF, PPL SAYING ITS SLAVERY ARE JUST JEALOUS",
  "", "", "")
T("Debrief (interpreter's voice): He says that in the boat in Scotland the captain took everyone's seaman's books at the start. He says that they worked through the night hauling nets and were given two hours to sleep. He says the captain hit one boy with a pipe.",
  "RD EO PSV", "dt lh", "L", "high")
T("Referral, A&E: 24F presented with a deep laceration to hand, says injured at a fish processing factory. Came alone, has own ID, employer called to check on her. No safeguarding concerns, accident reported under RIDDOR.",
  "", "", "")
T("INT 3/C/P: Reported that a man at the 24hr shop on Green Lane 'sells' jobs at the car wash for £500.",
  "", "uf", "")
T("Ring doorbell footage shows a minibus picking up 12 people from the house opposite at 4:45am every day and they come back at 11pm, same people, they never seem to have a day off",
  "EO", "ced lh oa", "L", "medium")
T("Casework note: J. (Ghanaian, 45) now in dispersal accommodation in Liverpool. Disclosed that the family she worked for in London did not pay her for 7 years, said they were 'saving it for her'. She was allowed to go to church on Sundays. NRM positive CG.",
  "WW", "ncw", "D", "medium")
T("Officer note: Attended Polish shop re: complaint of staff being underpaid. Owner showed payslips; staff confirmed they are paid £10.50/hr into their own accounts. Workers free to come and go. Matter is an employment dispute about overtime rates, referred to ACAS.",
  "", "", "")
T("Child protection conference notes (summary): L., 14, has disclosed being taken to houses in Rochdale by men who gave her alcohol and had sex with her. One of the men told her that her little sister 'would be next' if she told anyone. Police investigation under way; L. is now in secure accommodation.",
  "AV PSV IT", "", "S", "high")
T("Bank alert: Customer (age 68, new to UK from Romania) accompanied into branch by younger male who did all the talking, withdrew full balance of recently opened account. Customer appeared not to understand. Third similar incident at this branch with same male.",
  "AV", "sfw ncw", "", "medium")
T("Neighbour says there's a man living in the shed at number 12 who does all their gardening and building. He looks dirty and thin and they shout at him. He told me he has nowhere else to go.",
  "AV AC", "pa plc", "L", "medium")
T("Text from a woman to helpline: i come for cleaning job but is not cleaning they make me do sex with men i want go home but they have my passport please help im at hotel near airport room 214",
  "DEC RD", "dt", "S", "immediate")
T("INT 2/B/P: Intelligence suggests that NOVAK brothers control a group of SLOVAK Roma families in Sheffield and take their child benefit and Universal Credit. Claims made in the victims' names with NOVAK's phone number and bank accounts.",
  "", "ncw", "C", "medium")
T("Debrief: 'Every week the boss wrote on a paper: rent 100, food 40, van 30, fine 20 for being slow. And I earned maybe 180. So the paper said I owe him more every week, not less. After four months I owed him 900. This is when I understood I will never be free.'",
  "DB WW", "ct", "L", "medium")
T("Outreach note (street homeless team): Polish man at the Salvation Army breakfast says a guy approached him offering 'work and a roof' in Kent. He did not go. Gave advice and warned about recruitment at day centres.",
  "", "", "")
T("INT 1/B/P: IP (VIETNAMESE F, 17) rescued from nail salon in Wolverhampton. Lived in the owner's loft with two other girls. Worked 9am-8pm, six and a half days. Owner told her police would put her in prison as she had no papers. She never received wages as 'they go to pay your journey'.",
  "AV EO WW DB IT AC", "lh foa oa", "L", "high")
T("Woman at the nail shop on Market St looked so tired today, doing nails for ages with no break. Probably just busy, it was Saturday.",
  "", "", "")
T("Forced Marriage Unit note: Girl, 17, British, family arranging marriage in Bangladesh next month. Her phone has been taken and she is not allowed out of the house except for college, where her brother drops and collects her.",
  "AV ISO ROM", "iso rm et", "", "high")
T("Handover: Recovered a 30-year-old Sudanese male from a lorry at Dover. Smuggled, paid 3,000 euros. Says he was not forced and has family in Leeds. Screened for trafficking: no indicators. Passed to Home Office.",
  "", "", "")
T("Long-stay patient on the renal ward, Egyptian man, says he 'sold' a kidney in Cairo 5 years ago to pay family debts; he was paid less than promised and was left with an infection. Lives in UK legally now. Discussed with safeguarding re historic organ trade.",
  "AV DEC", "", "O", "medium")
# ---------------------------------------------------------------- part 2
T("INT 2/B/P: nom DUKA Arben, ALB, runs 3 cannabis grows in Hull using ALB males smuggled via Belgium. Workers told smuggling fee of £18k to be paid off by 'gardening'. Nobody leaves the houses.",
  "DB ROM", "rm", "C", "medium")
T("Call summary: Caller's daughter (14) has been going missing overnight and coming back with gifts. Caller found messages from an adult male telling her to 'bring a friend next time'. Daughter is currently missing, last seen 2 hours ago getting into a car.",
  "AV", "", "S", "immediate")
T("Safe house note: P. (Romanian, 33) picked up her new glasses today and laughed for the first time. Reminded staff she still has nightmares about the men in the van. Keyworker to follow up GP referral.",
  "", "", "")
T("Inspection note, GLAA: Labour provider operating without licence supplying 15 workers to a leek field. Workers paid correctly via own accounts, own accommodation. Licensing breach only; no exploitation found. Enforcement letter issued.",
  "", "", "")
T("Debrief account: 'My uncle said in London there is good school and I can help in his house. But I never go to school. I wake at 5, I make breakfast for six children, I clean the house, I cook, I iron. At night I sleep on the kitchen floor. When I do something wrong my aunt hits me with the spoon.' (Now 19, was 12 when brought from Nigeria.)",
  "AV DEC EO AC PSV", "lh saw", "D", "high")
T("Police log 03:10: Report of man running from a lorry park in Thurrock barefoot, shouting in Vietnamese. Located; states he escaped from a house where he was made to grow plants and beaten. Taken to hospital with head injury. Address being identified.",
  "PSV", "pa", "C", "high")
T("Fraud team note: 23 Universal Credit claims linked to one mobile number and one email. Claimants are Bulgarian nationals who, when visited, said a 'helper' set up their accounts and keeps the cards. They receive £20 a week from him. They also work in a laundry for him.",
  "WW", "mbc ncw", "C L", "medium")
T("Can someone check on the house at 4 Elm Grove, there's a young girl there who answered the door and said 'I'm not allowed to talk to you' and shut it. She looked about 13",
  "AV", "", "", "high")
T("Outreach: Saw M. at the women's drop-in. She is now out of the flat in Southampton, living with her aunt. She used to work for a man who advertised her on an escort site and kept half her earnings, she says she chose the work but not him. Referred to ISVA and benefits advice.",
  "WW", "", "S", "high")
T("INT 1/A/P: IP (SUDANESE M) was employed at a kebab shop in Leicester 13 hrs a day, slept upstairs with 4 others. He was paid £150 a week cash, free to go out. Not known if further exploitation. IP does not consider himself a victim.",
  "EO AC", "lh saw oa", "L", "medium")
T("Helpline referral: Caller (Indian, male, 50s) says his son was promised a job in a UK IT firm by an agent in Hyderabad, paid 8 lakh rupees. On arrival the job did not exist and the son is now working in a warehouse for the agent's brother for no pay until the 'fee' is repaid. Son's passport is with the brother.",
  "DEC DB WW RD", "uf dt ncw", "L", "high")
T("Just been to the local nail bar, staff were lovely, chatting about their kids and uni. Prices are cheap but don't think there's anything odd.",
  "", "", "")
T("Probation: Service user (F, 22) disclosed being made to carry cocaine internally from Amsterdam by ex-boyfriend who threatened to post intimate photos. Currently on licence. Referred to NRM, consented.",
  "IT", "", "C", "medium")
T("Council note: Report of 'slave labour' at a residential extension in Walsall. Visited: two Polish builders working for a British contractor, both happy, paid by the day, go home to own houses in Wolverhampton. Unfounded.",
  "", "", "")
T("Police INT 2/C/P: GHEORGHE family believed to bring women from Craiova to work in pop-up brothels across Essex, advertised on Vivastreet. Women reportedly owe 'the cost of the flat' each night.",
  "DB", "", "S", "high")
T("Victim debrief (interpreter's voice): She says she was fourteen when the man from the next village said she could go to Europe and clean houses. She says that in Italy and then in England she was sold to different men. She says that they burned her arm with a cigarette when she tried to keep some money.",
  "AV DEC PSV WW", "pa", "S", "high")
T("Vehicle stop, M6: VRM XY19 ZZZ, Transit van, 11 male occupants, Romanian, on way to a farm in Herefordshire. Driver says he collects them from 2 houses at 4am. All had own IDs. Driver charges them £8 a day for the lift. Intel submitted.",
  "", "ced ct oa", "L", "medium")
T("Support worker note: H. (Eritrean, 20) now in second-stage accommodation in Birmingham. Got her first payslip from a real job at a bakery today and she showed it to everyone. She still won't talk about the man in Calais.",
  "", "", "")
T("Hospital safeguarding: Pt (M, 36, Indian) admitted with kidney failure, mentions his cousin in Punjab was 'paid to give' a kidney for a relative in Birmingham. Family arranged the surgery abroad. Referred to Human Tissue Authority and police for advice.",
  "AV", "", "O", "medium")
T("Social worker: Mother (Albanian) and two children in mother-and-baby unit. Mother disclosed that her husband's family in London made her work in their restaurant 16 hrs a day and did not pay her; they kept her passport and the children's birth certificates.",
  "EO WW RD", "lh dt ncw", "L", "high")
T("INT 2/B/P: A line called 'TONY' operating Torquay-London. Runner (M, 16, from Croydon) arrested with 30 wraps. Had been 'taken' from home 3 weeks earlier. Told he owed £1,500 after being robbed of the gear. Runner seen with injuries consistent with assault.",
  "AV DB PSV", "pa", "C", "high")
T("I am a student in Coventry, my landlord is strict but fair. I just need to know if I can work more than 20 hours in the holidays.",
  "", "", "")
T("Debrief: 'At the mushroom farm we pick from 5 in morning to 10 in night. Supervisor has a list, if you do not pick enough kilos they take money. One boy cut his hand, they did not take him to hospital, he was bleeding and still working. They told us if we speak to the inspector we go back to Bulgaria with nothing.'",
  "EO AC WW IT", "lh", "L", "high")
T("Officer note: Brothel warrant at 9 Westbourne Ave. 4 females present, all THAI. All say they work voluntarily, have passports, rent rooms and keep their money. No evidence of control. Words of advice to landlord.",
  "", "", "S")
T("Helpline: Woman (Filipina) calls from the bathroom of a house in Kensington. Says the diplomat's family do not let her leave, she has had no day off for a year, her passport is in their safe. She is afraid because they said police cannot touch them. Call dropped.",
  "ROM EO RD IT", "rm lh dt foa", "D", "immediate")
T("Local authority note: Concerns about a 15-year-old girl living with a 'family friend' who is not a relative. She does housework and childcare, does not attend school and has no GP. Private fostering not notified.",
  "AV", "", "D", "high")
T("Found 2 kids sleeping in the underpass near the station, they said they came from Romania with an uncle who sends them to beg by the cash machines and takes all the money at night",
  "AV WW", "ncw", "C", "immediate")
T("INT 3/D/P: Anonymous online report claims that a Turkish barber shop in Wrexham 'uses slaves'. No specifics. Low confidence.",
  "", "", "")
T("Salvation Army intake: Male (Polish, 55), alcohol dependent. Met a man at a soup kitchen in Gdansk who offered work in England. In UK, he was made to work on a construction site and given beer and a sofa in the man's kitchen instead of pay. The man took his bank card 'to pay for the rent'. When he asked to leave he was punched.",
  "AV DEC WW PSV", "ncw saw", "L", "high")
T("cuckooed flat on Meadow Road, the man who lives there has Downs syndrome, the dealers moved in and make him answer the door",
  "AV", "", "C", "medium")
T("Debrief extract: IP says that after her husband died in Bangladesh his brother brought her to England as a 'visitor' to help with his new baby. She has been there 3 years. She is given food and a bed but never money, and the brother says if she complains she will be sent back and her children at home will starve.",
  "AV WW IT", "", "D", "high")
T("Fraud alert: 4 elderly British men recruited from a homeless hostel to open bank accounts in exchange for £50 each; accounts then used to move proceeds of crime. Men did not keep the cards.",
  "AV", "ncw mbc", "C", "medium")
T("Tinder date turned out to be a guy from 'management' who wanted me to meet his friends for money. I said no and blocked him. Reporting in case he does it to other girls.",
  "", "", "")
T("OIC update, Op CEDAR: Nine Lithuanian men rescued from a farm in Kent. All say they were told they owe the gangmaster £1,000 each for 'flights, rent and work clothes'. Two required hospital care for untreated infections. Six live in one portacabin without running water.",
  "DB AC", "oa plc ppe pa", "L", "medium")
T("The people at number 20 have a girl who lives with them, she's foreign, takes the kids to school and then cleans all day. I've seen the mum shout at her in the garden. She looks so unhappy",
  "", "", "D", "medium")
T("Interview note (Home Office): Applicant claims he was trafficked but account is about paying a smuggler to cross the Channel; no work or exploitation described. Referral not made.",
  "", "", "")
T("Hotel manager to police: Room booked by a man for one night, a young woman inside who doesn't speak English, men arriving every half hour. When staff knocked she cried and said 'no go out'. Man has the key.",
  "ROM", "rm", "S", "immediate")
T("Safe house note: A.'s asylum interview is next week. She wants her caseworker there. She told me the family in Dubai took her passport when she was a maid there before they brought her to London, so she has been without it for 5 years.",
  "RD", "dt", "D", "medium")
T("INT 2/B/P: Nom ZHANG Wei manages 2 takeaways in Sunderland. Staff (CHINESE males, irregular status) live above the shops and work 12-14hr shifts. Believed paid £100-£200 per month, the rest 'kept for them'.",
  "EO WW AV AC", "lh saw", "L", "high")
T("Teacher: Year 11 boy said his older cousin gave him £200 for 'dropping off packages' in Swindon. He says he can stop whenever he wants and seems to think it's a joke. Concern re CCE, DSL informed.",
  "AV", "", "C", "high")
T("Caller says his brother-in-law is 'doing modern slavery' because he doesn't pay him back a loan. Explained this is civil. NFA.",
  "", "", "")
T("I was in Leeds in a house with 8 other girls. We all came from Romania for the same man. He said he loves me. He told me I must work, 'for us'. He took the money every night. If I did not make 300 he hit me. He had my ID and my phone. — P., age 21, statement given to officers.",
  "DEC WW PSV RD ISO", "dt iso ncw oa", "S", "high")
T("INT 2/B/P: Sham marriage facilitator believed to pay Portuguese women to marry Indian nationals. One woman, aged 19 and with learning difficulties, told source she was kept in a house in Southall for 2 weeks before the ceremony and told she could not go home until it was done.",
  "AV ROM", "rm", "", "medium")
T("Fishing industry welfare visit: 8 Ghanaian crew on a scallop boat, all with contracts, wages paid monthly to own accounts, shore leave given. Accommodation on board clean. No concerns.",
  "", "", "")
T("A guy on facebook marketplace is offering 'kidney wanted, £50,000 cash, must be O+'. I reported it to Facebook as well.",
  "", "", "O", "medium")
T("Outreach note: Spoke with the Vietnamese woman at the nail bar in Slough again. She says 'brother' keeps her wages to send home, she gets money for food. She sleeps at the shop on a camp bed. She would not accept our card when the manager came out.",
  "WW AC", "saw ncw", "L", "medium")
T("Police log: 16-year-old Albanian boy found at a cannabis farm in Stoke. Says he came to work in a car wash. Men took his phone on arrival. Says he is scared of them because they know his family's village.",
  "AV DEC ISO IT", "iso", "C", "high")
T("My gran's carer from the agency is always rushing, she told me she does 14 hour days and gets paid for 8 of them because travel isn't counted. She's not forced, just exhausted.",
  "EO", "lh", "")
T("Housing officer note: Flat 3, Kingsway House, reported for antisocial behaviour. Visited: tenant is a young mum, no evidence of others living there, noise complaint relates to her partner's music. Warning given.",
  "", "", "")
T("INT 1/B/P: IP (VIETNAMESE M, 23) states 'Chinh' drove him to a house in Peterborough and took his passport. Told him the door was locked for his safety. Food left every 3 days. Plants to be watered and fertilised. IP escaped through loft.",
  "RD ROM AC", "dt rm", "C", "high")
T("Support worker: Z. (Albanian, 29) attended court today to give evidence. She was very scared but did well. The defendant's brother was in the public gallery staring at her. Reported to OIC as possible intimidation.",
  "IT", "", "")
T("Debrief (first person, translated from Slovak): 'The woman from our town said in England there is work in a sandwich factory. She paid for the bus. When we came she said: you owe me £800. We lived in a house with 16 people, two toilets. Every Friday we went with her to the cash point and she took the money out. She gave me £40.'",
  "DEC DB WW AC", "oa ncw et", "L", "high")
T("wtf my mate got offered a job in the uk thru tiktok, they want 1000 euros for the visa before he goes. he says its legit coz his cousin did it. anyone know?",
  "", "uf", "")
T("Care home inspection (CQC, extract): Concerns noted that several overseas carers reported being charged a 'training fee' of £4,000 if they left within 3 years and were working long shifts without breaks. Referral to GLAA.",
  "DB EO", "lh", "L", "medium")
T("Caller says her daughter (16) has been groomed by an older man who makes her sell cannabis at parties. He gave her a phone which she must always answer. Daughter now at home with caller.",
  "AV", "", "C", "high")
T("Immigration enforcement note: 5 Indian males encountered at a sweet factory in Leicester without right to work. All live in own rented homes, paid cash, free to leave. No exploitation indicators found; illegal working only.",
  "", "", "")
T("INT 2/B/P: Female ROMANIAN (FLORESCU Ana) controlled by partner DINU Marius; advertised on adult sites; DINU collects her from hotels in Milton Keynes and Luton and holds all her cash. Neighbour heard her screaming at address 2 days ago.",
  "WW PSV", "ncw et", "S", "high")
T("Statement of witness: 'I worked next to Mihai at the packhouse. Every day a man called Radu brought him and four others in a car and took them back at night. Radu always stood near them during the break. Mihai once told me he had not seen any money since he came.'",
  "WW", "et sfw", "L", "medium")
T("Safe house note: T. (Vietnamese, 17, now looked after) had his first day at college. He wants to be a chef. Still frightened of the 'uncles' who said they would harm his mother. Police aware.",
  "AV IT", "", "")
T("Public report: the house at the end of Jubilee Close has a man chained up in the garden!! saw it from my window, he was shouting for help",
  "ROM PSV", "rm", "", "immediate")
T("GP note: Pt 44M, Romanian, construction worker, attends with back pain. Works long hours by choice, owns his van. No concerns.",
  "", "", "")
T("Airport (Stansted) safeguarding: Two Slovak sisters, 17 and 19, travelling with a man who is not related, he had their IDs and return tickets he said they 'didn't need'. They said they were coming for a job in a hotel. He had their phones 'so they don't lose them'.",
  "AV RD ISO", "dt iso", "", "high")
T("INT 2/B/P: Intelligence suggests HUSSAIN A. keeps his 'wife' (PAKISTANI national) as a servant for his extended family in Dewsbury. She is never seen without a family member. Neighbours say she works in the garden and house all day.",
  "ROM EO", "rm et lh", "D", "medium")
T("I do deliveries for an app. The hours are long but I choose them. My account is mine and the pay goes into my bank. Why do people say we are slaves?",
  "", "", "")
T("Debrief: IP says that in Greece she was told she would be a waitress in London. Instead she was placed with a Nigerian woman she calls 'Mummy' who said she owed 35,000 euros. She was made to do sex work in Birmingham. 'Mummy' said the gods would kill her family if she ran.",
  "DEC DB IT", "", "S", "high")
T("Barnardo's referral: C. (F, 13) found in the car of a 34-year-old man at 1am. She had alcohol and said he is her 'boyfriend'. Man has previous convictions for child sexual offences. C. has returned home, on CP plan.",
  "AV", "", "S", "high")
T("Police INT 3/C/P: Unverified reports that workers at a flower farm in Lincolnshire are charged for their hi-vis and knives.",
  "", "ppe", "")
T("Job centre note: Claimant says his previous employer, a car wash in Hartlepool, paid him £50 less than agreed for one week and he left. He got his own documents and found new work. Employment dispute only.",
  "", "", "")
T("Victim account: 'They put us in a room above the restaurant. One mattress for three. No window. The boss came at 7 to wake us, we finished at midnight or 1. Sunday also. I did this 2 years. The boss never hit us but he said if police come, you will go to detention, you are illegal.'",
  "EO AC IT AV", "lh saw oa foa", "L", "high")
T("INT 2/B/P: County line 'JAY' from Liverpool. Nom CARTER Jordan, 17, reported missing 4 times. Believed held at a trap house in Carlisle. Mum received a call yesterday saying 'he's not coming home until he pays what he owes'.",
  "AV DB IT ROM", "rm", "C", "immediate")
T("Support note: Y. (Chinese, 40s) asked for help writing a letter to her son. She was in a brothel in Newcastle for 18 months before the raid. Her son does not know. She said she is 'free now' and sleeps properly.",
  "", "", "S")
T("Forced labour organ case summary (NCA): UK-based broker arranged for a young man from Lagos to travel to London on the pretence of a job and then be 'donor' for a wealthy patient; the man was told only at the clinic and refused. Prosecution under s2 MSA.",
  "DEC AV", "", "O", "medium")
T("Probation: Service user (M, 19) recently released; was arrested aged 16 in a cannabis farm. Judge accepted s45 defence. He now has a job in a gym and reports no contact with the gang.",
  "AV", "", "C", "medium")
T("Caller reports a man in a hi-vis jacket handing out £10 notes to 'volunteers' to hold Big Issue-style magazines at traffic lights. Vehicle VRM noted. Possible organised begging.",
  "", "", "C", "medium")
T("Debrief: 'He said: if you go to police, we find your sister in Tirana. He showed me a video of a man with his face broken and said, this one talked.'",
  "IT", "", "", "medium")
T("Safeguarding adults: Mr K (British, 60s, brain injury) is housed by a 'friend' who uses him to collect parcels and sign for deliveries at different addresses. The friend has his bank cards. Mr K says he is happy there but cannot say where his money goes.",
  "AV", "ncw", "C", "medium")
T("INT 2/A/P: Officers observed a minibus dropping 14 males at a chicken processing plant at 5:30am, driver retained all their phones in a bag until the end of shift. Males returned to one address at 9pm.",
  "ISO", "iso ced et oa", "L", "medium")
T("Caseworker: R. (Ukrainian, 34) came on Homes for Ukraine, sponsor asked her to clean and cook for the family in exchange for her room and she felt she could not refuse. She has her documents and a bank account. Rematched to new host. Monitoring.",
  "AV", "", "D", "medium")
T("A&E: 17F, Albanian, attended with vaginal bleeding, accompanied by male 'uncle' who refused to leave the room. Pt mouthed 'help'. Security alerted, police called, pt separated and disclosed being sold to men in Liverpool.",
  "AV PSV", "sfw", "S", "high")
T("Weekly newsletter note: Local farm celebrates 20 years of employing the same Polish family each harvest — they now own a house in the village.",
  "", "", "")
T("INT 2/B/P: Three females (ROMANIAN, 18-20) begging outside stations in Westminster. Collected by SUV at 2100. INT suggests controller keeps earnings and the women sleep in a garage in Ilford.",
  "WW AC", "ced et plc ncw", "C", "medium")
T("Student call: I came from Nepal to study and the 'agent' who found my college charged me £6,000 and still keeps my passport 'to help with visa renewal'. He wants me to work in his shop for free to pay the rest.",
  "RD DB DEC", "uf dt", "L", "high")
T("Police log: Female (British, 30s) reports her partner controls her phone and money. No work or sex involved. DA referral. DASH high.",
  "ISO", "ncw iso", "", "medium")

# ---------------------------------------------------------------- part 3
T("""Caseworker note (Medaille Trust), long:
B. (Romanian, 29) has been in our house for six weeks. Today she gave a fuller account with the Romanian interpreter.

She met a man in Iasi who said he ran a cleaning business in Birmingham and paid £9 an hour. He bought her coach ticket. On arrival he drove her to a terraced house where four other women lived. He took her ID card and her phone 'to register her'. She never saw either again. She was not told the address and the women were not allowed out except in his car.

She worked cleaning offices at night and in the day was sent to men who came to the house. She was given a few pounds for cigarettes. When she asked about wages he said she owed him for the ticket, the room and the food, and the figure changed every week.

She now has a bag of clothes we gave her and nothing else from that time. She is starting counselling on Monday.""",
  "DEC RD ISO ROM WW DB", "dt iso rm et fpe oa", "L S", "high")
T("Found a bloke sleeping in the bus shelter, says he came for farm work but the man never turned up. No money, just a carrier bag. Sorted him a bed at the night shelter.",
  "", "fpe", "")
T("INT 2/B/P: Males working at Hand Car Wash, Bridge St, Stockton reportedly have no phones — the manager collected them on day one. Workers do not know the address where they sleep; driven there in the dark.",
  "ISO", "iso et", "L", "medium")
T("helpline txt: plz help my brother is in uk they take his fone he cant call us for 2 month. last msg he said hes on farm and boss say he must pay 5000 before go",
  "ISO DB", "iso", "L", "medium")
T("Officer note: Visited a Sikh temple community kitchen following an anonymous report of 'forced labour'. Volunteers cook for free as part of their faith, go home at night. No concerns.",
  "", "", "")
T("""Victim debrief, first person (interpreted from Vietnamese):
'I was 15 when I left my village. My family borrowed from a man to pay for the journey. In Russia we walked for many days. In France we lived in the forest. Then a lorry to England.

In England they put me in a house. I did not know the city. The door had a lock from outside and the windows had wood on them. There was a big light in every room and the plants. I slept in the bathroom on a blanket. The men came every week with food, only noodles. They said the debt is now more, because of the lorry.

One day the police came. I hid because the men said police will beat me and send me to prison. I was so scared.'""",
  "AV DB ROM ISO AC IT", "rm iso plc foa", "C", "high")
T("Police log: Report of loud music and fighting at a house party. 20 teenagers present, dispersed. No exploitation concerns identified.",
  "", "", "")
T("Nursing home staff member (Kenyan) tells union: she was recruited by an agent in Nairobi and paid him KES 500,000. In the UK she does 60-hour weeks, but says the home is kind, she has her passport and her own account. The agent keeps messaging for more money which she has refused.",
  "EO", "uf lh", "")
T("Public report: the lads on the corner by the shop are only kids 13 14 and older men in cars give them bags, I've seen one get slapped when he came back short",
  "AV PSV", "", "C", "high")
T("Victim account: 'I had no shoes of my own, only slippers from the boss's wife. All my things stayed in Eritrea. In the house I had one dress.' Now in safe house, getting clothes from our store.",
  "", "fpe", "D", "medium")
T("Safe house note: E. (Nigerian, 35) has been offered a place on a catering course. She has her own phone now and calls her daughter every night. She says she has no contact with the people from before.",
  "", "", "")
T("INT 1/A/P: IP (INDIAN M, 34) worked at a Leicester garment factory 8am-10pm, 7 days. Paid £2.50/hr in cash, often 'later'. Owner says he will report IP to Home Office if he complains, as IP overstayed. IP lives in the factory storeroom.",
  "EO WW IT AV AC", "lh saw foa", "L", "high")
T("Crimestoppers: Albanian guy runs the car wash at the old garage, makes the boys sleep in the portakabin and dont let them go to the shop alone, one told me he has to pay back £10k for the lorry",
  "AC ROM DB", "saw rm", "L", "high")
T("GLAA note: Worker statements at a meat plant describe a gang leader who 'speaks for us with the agency', holds a box of 12 bank cards and PINs, and withdraws wages for the group each Friday.",
  "WW", "sfw mbc ncw", "L", "medium")
T("Our son's football coach is a great guy, takes the lads to tournaments and drops them home. One parent asked if it was 'grooming' but there's nothing to suggest that, he's DBS checked and parents are always there.",
  "", "", "")
T("Debrief (interpreter): He says the men in Sudan told him he could pay for the crossing by giving a kidney. He says he was taken to Egypt and woke up with a scar and pain. He says he was never paid what they promised. He shows the scar on his left side.",
  "AV DEC", "pa", "O", "medium")
T("INT 2/B/P: POI MUKHTAR S. believed to be recruiting vulnerable young men from mosques in Bradford to travel to Pakistan for 'kidney donation' for money. Unverified.",
  "AV", "", "O", "medium")
T("Call summary: Woman (Polish, 50s) calls because her employer, a cleaning firm, hasn't paid last month's wages. She has her documents, lives with her husband. Pay dispute only; referred to ACAS and Citizens Advice.",
  "", "", "")
T("Midwife: 16-year-old Roma girl, pregnant, lives with her 'husband' (24) and his family. Says she cooks and cleans for 10 people and is not allowed to go to the shop alone. Has never been to a GP before.",
  "AV ROM EO", "rm lh", "D", "high")
T("School DSL: Pupil (M, 15) disclosed that a man at the chicken shop gave him a phone and told him he now 'works' for him. When he tried to give the phone back he was told his little brother would get hurt.",
  "AV IT", "", "C", "high")
T("I clean for a family in Knightsbridge through an agency. Paid weekly, my own passport, weekends off, lovely people. My friend said I should report because I live in, but it's my choice and my room has a lock.",
  "", "", "")
T("INT 2/B/P: Nail bar chain 'Lucky Nails' (3 branches, Midlands). Workers (VIETNAMESE F) do not speak English, driven between branches by manager, live together above the Walsall branch (9 women, 2 rooms). Customers report workers never given breaks.",
  "AC EO", "et oa lh", "L", "medium")
T("my sister went to work as a 'housekeeper' in Saudi, then the family came to London for the summer and she was locked in the flat when they went out. she messaged me from their wifi. this is happening now in Park Lane",
  "ROM", "rm", "D", "immediate")
T("Officer handover: NRM referral done for Mr L (Chinese, 50s). Found working in a takeaway kitchen in Hartlepool. He was clear he is paid properly and can leave, but says the previous employer in Glasgow made him work unpaid for 2 years to pay off the smuggler. He wanted that recorded.",
  "DB WW", "", "L", "medium")
T("Lost passport report: Slovak male, 31, says his passport was stolen from his car. He works for a building company, no other issues.",
  "", "", "")
T("Victim account, first person: 'My boss in the restaurant took my passport the first day and said it is safe with him. I sleep in a room with six other men. We do not have day off. He takes £50 every week for the room. When I ask for passport he laugh.'",
  "RD AC EO", "dt oa lh", "L", "high")
T("Outreach note: A. (Eritrean, 22) says he was offered work at a car wash in Liverpool through a WhatsApp group. The boss wanted £200 for the job and £50 a week for a bed. He didn't take it and is now at college. Advice given about upfront fees.",
  "", "uf", "")
T("Airport note, Manchester: Passenger (F, 24, Vietnamese) arrived with a forged Japanese passport given to her by a 'travel agent'; says she must call a number on arrival and that she owes $30,000. She has no bag and no money. Referred to NRM.",
  "DB", "fpe", "", "medium")
T("Hospital SW: Young Chinese man (approx 19) brought to A&E with burns to his hands from an electrical fire in a house in Middlesbrough. The men who brought him left him at the door. He has no phone and does not know the address where he lived.",
  "ISO", "pa iso", "C", "high")
T("Debrief extract: She says she came as a student but the 'agent' met her at Heathrow and said her college place was cancelled. He took her to a flat in East London and said she must work in a massage parlour to pay for her visa. She says he locked her phone in a drawer.",
  "DEC DB ISO", "iso", "S", "high")
T("GLAA inspection note: Labour provider at strawberry farm charged workers a '£150 accommodation deposit' which was returned at end of season. Caravans clean, 4 per caravan, workers free to leave. No indicators of forced labour; advice on deposit rules given.",
  "", "", "")
T("INT 3/C/P: Reported that 'Auntie' at a house in Tottenham has four young Nigerian girls living with her who do not attend school and do housework. Unconfirmed.",
  "AV", "", "D", "high")
T("Police log 999: Male caller (Polish) says his boss has just beaten him at a farm near King's Lynn and taken his phone, calling from a passerby's phone on the road. Ambulance and units dispatched.",
  "PSV ISO", "iso pa", "L", "immediate")
T("Debrief (first person): 'The lady said, your family owes me, so you work for free. I was 10. I washed clothes by hand for the whole house. I did not go out for three years, not even to the garden. I thought everybody in England lives like this.'",
  "AV DB WW ROM", "rm", "D", "high")
T("Council licensing: Nail bar applicant (Vietnamese owner) — all staff have contracts, pay slips, right-to-work checks. Premises well ventilated. Licence granted.",
  "", "", "")
T("Public report: gang of men in a pickup come to the homeless camp offering £30 a day to lift rubbish, my friend went and they brought him back after 3 days with nothing, no pay, and a cut on his head",
  "AV WW PSV", "pa", "L", "high")
T("Social worker: UASC, 15, Afghan, told his foster carer that in Iran he worked in a brick kiln to pay the smugglers and was beaten when he was slow. In the UK he is safe, in school, and very bright.",
  "AV DB PSV", "", "L", "high")
T("""Officer handover, Op BIRCH, day 3:
Premises: Sunrise Laundry and flats above, Wolverhampton.
Recovered: 6 males (4 INDIAN, 2 PAKISTANI), 1 female (INDIAN).
Accounts consistent: recruited via a labour agent in Amritsar, each paid £4-8k upfront for 'sponsorship'. Working 7am-9pm, six and a half days. Pay £600/month 'after deductions' for rent, visa, and 'training'. Passports held by owner's son 'for the Home Office inspection'. Female states she also cooks and cleans for owner's family without pay.
Not supported by evidence: earlier claim of firearms at premises — none found.
Actions: NRM referrals (all consented), interpreters Punjabi/Urdu booked, ABEs tomorrow.""",
  "DB EO WW RD", "uf lh dt", "L D", "high")
T("Fraud team: Victim (Romanian, 22) says men made her open 5 bank accounts and sign up for loans in her name, then took the cards and PINs. She was driven to each bank by them and told she would be hurt if she said anything.",
  "IT", "mbc ncw et", "C", "medium")
T("Report via website: Not sure if it's anything. Chinese lady in the dry cleaners seems to live there, I see her bed in the back when the door is open. She's always smiling though.",
  "", "saw", "")
T("INT 2/B/P: Intelligence indicates that OKAFOR E. hosts 'nannies' from Nigeria at his home in Peckham, who work for his relatives and are not paid. One was recently hospitalised with a broken arm.",
  "WW PSV", "pa", "D", "high")
T("I work at a potato farm and we get paid properly, we have a good manager and the housing is nice. I am writing because a new boy from another agency says his agency took £300 for the job. Is this allowed?",
  "", "uf", "")
T("Helpline call: Caller's son (19, autistic) met a group online who told him to let them use his bank account for 'crypto'. Then they told him to collect cash from strangers and threatened to tell police he was a criminal if he stopped.",
  "AV IT", "ncw", "C", "medium")
T("Support worker note: Q. (Sudanese, 27, now in a Salvation Army safe house). Keyworker helped him open his first bank account today. On the farm the gangmaster kept his card and his wages. He asked twice whether the new card really belongs to him.",
  "WW", "ncw", "L", "medium")
T("INT 1/A/P: IP (F, 17, BRITISH) states nom 'Smokey' took her to addresses in Blackburn and made her have sex with his friends. She was given cocaine and told she owed him for it. Her phone was smashed when she tried to call her mum.",
  "AV PSV DB ISO", "iso", "S", "high")
T("Probation note: Service user (Vietnamese, 21) convicted of cannabis production in 2022; new evidence shows he was 16 at the time and held in the property with a debt of £25,000. Referral to CCRC and NRM.",
  "AV DB ROM", "rm", "C", "high")
T("Council: Complaint about a caravan on a farm being occupied by 2 seasonal workers with no fire alarm. Farm fitted alarm within 24 hrs, workers confirmed they are happy and paid. Closed.",
  "", "", "")
T("Call summary: An Irish traveller man (60s) was found by his nephew living in a horsebox on a site in Essex, doing labouring for the site owner for 'board'. He has alcohol dependency and no bank account; the site owner collects his pension.",
  "AV WW AC", "plc ncw", "L", "high")
T("INT 2/B/P: Vessel 'Sea Harvest' (Brixham). Crew of 6 from Ghana and Philippines. INT suggests crew not allowed ashore, contracts in English they cannot read, wages paid to skipper who sends 'remittances'. One crewman reportedly punched.",
  "ROM WW PSV", "rm ncw", "L", "high")
T("Victim account: 'On the farm the boss gave us a paper in English, he said sign, this is your contract. Later I learn it says I pay £4,000 for the visa. Every month he takes £500. I am still owing.'",
  "DEC DB", "uf", "L", "medium")
T("Kidney patient support group post: Anyone had a transplant in Turkey? My dad is on dialysis and a man said he can find a donor if we pay £60,000. Sounds dodgy, I reported it to the renal team.",
  "", "", "O", "medium")
T("INT 2/C/P: Female seen being escorted by two males from a flat in Southend to a car at 2300 daily, returning 0600. Female appeared unsteady. VRM LM20 QRT.",
  "", "ced et", "S", "high")
T("Debrief: She says that the woman who brought her to the UK told her she would work as a hairdresser and go to college. Instead she was kept in the house in Croydon to look after the woman's elderly mother day and night, and was never allowed to use the phone or leave without the woman.",
  "DEC ROM ISO EO", "rm iso lh", "D", "high")
T("Building site: worker fell from scaffold, broke leg. Employer called ambulance, worker is British, employed directly. HSE notified. Not exploitation.",
  "", "", "")
T("INT 2/B/P: Females in pop-up brothel in Airbnb, Reading. Adverts on AdultWork show 3 females, 'new in town'. Booking phone answered by male. INT suggests females have no money of their own and are moved every 3 days.",
  "WW", "ncw", "S", "high")
T("Safe house note: W. (Polish, 58) keeps only a plastic bag with a toothbrush and one shirt by his bed. He says he had nothing on the building site either, he slept in the site cabin. Staff offered wardrobe, he said 'not yet'.",
  "", "fpe saw", "L", "medium")
T("Immigration: Visa overstayer (Chinese, 45) encountered working in a Birmingham restaurant; paid £8/hr, rents his own room, free to leave. Screened: no trafficking indicators.",
  "", "", "")
T("Police log: Report of an argument at the bus station, young man says his cousin 'sold' him to another man for £500 to work in Newcastle. He wants to go home to Leeds. Officers took details and drove him home; further enquiries.",
  "", "", "L", "medium")
T("INT 1/A/P: IP (F, 26, CHINESE) kept at 3 different flats in Edinburgh. Does not know any of the addresses. Controller 'Mama Li' answers the advert phone and keeps all money. IP says she was slapped by a client and Mama Li told her to keep working.",
  "ISO WW PSV", "iso ncw", "S", "high")
T("Teacher: Our Year 7 pupil's older brother always picks him up and drops him off, and the boy seems anxious. Spoke to mum: the brother is his carer while mum works nights. No concerns.",
  "", "", "")
T("Outreach (sex work project): N., Brazilian, 30s, independent escort. Says a 'manager' approached her offering 'protection' for half her earnings and threatened to report her to immigration if she refused. She refused and he has stopped calling. She keeps her money.",
  "IT", "", "")
T("INT 2/B/P: Begging group (ROMANIAN, 7 persons incl. a 12 y/o). Dropped by VRM KP17 XLB at 0700 at Leeds station, collected 1900. Child seen handing money to adult male.",
  "AV WW", "ced et ncw", "C", "immediate")
T("Debrief: 'At first he was kind, gave me a room, I was homeless. Then he said I must pay rent by selling for him. He took my bank card and my benefits. If I didn't go to Portsmouth with the bag he would put me out on the street.'",
  "AV IT", "ncw", "C", "medium")
T("Caller asks if her husband's employer can keep his passport while he's on a work trip abroad for visa processing. It was returned after 2 days as promised. Advice only.",
  "", "", "")
T("GP: Pt (F, 32, Pakistani) attended with anxiety; says she does all the housework for her in-laws and husband, is not given money, is taken everywhere by her brother-in-law. Denies violence. Safeguarding discussion.",
  "WW ROM", "rm et", "D", "medium")
T("Victim account (Albanian, via interpreter): 'They said the job is in a bakery. In the car they took my phone. In London I was in a house with other boys and plants. When I said I want to leave, Arben put a knife on my neck. He said my mother's address.'",
  "DEC ISO PSV IT", "iso", "C", "high")
T("INT 2/B/P: Suspect KOWALSKI P. believed to control 20+ Polish men in Corby. Men paid by agency into accounts he opened; he keeps the cards. Men work 72hr weeks in warehouses. Housed 6 per room.",
  "WW EO AC", "ncw mbc lh oa", "L", "high")
T("Hospital social worker: Female (Moldovan, 25) presenting with infection following surgery in Turkey; says she 'donated' a kidney to pay a debt to the man who arranged her UK job, and was told she would be paid £5,000 but never was.",
  "DB DEC AV", "", "O", "high")
T("Police log: 13-year-old girl reported missing from care home for the third time, found in a flat with three adult men in Telford at 4am. Intoxicated. One man previously arrested for CSE.",
  "AV", "", "S", "high")
T("Staff member at a Korean restaurant tells an outreach worker: 'The boss keeps our passports because he is our sponsor. We work 11 hours, days off on Monday. Pay is fine.' Worker doesn't want help but asked how to get passport back.",
  "RD", "dt", "L", "medium")
T("Safeguarding referral (college): Student (M, 17, Eritrean) says a man in the community is making him and other boys work at a car wash after college for no pay, to 'repay' for helping them arrive. He is tired and falling asleep in lessons.",
  "AV DB WW", "", "L", "high")
T("anyone else notice the girls at the massage place on Cross St never leave? the blinds are always shut, theres a mattress in the back, and a guy in a Range Rover comes twice a day to collect money",
  "ROM", "rm saw", "S", "high")
T("Council trading standards: Car wash operator charging staff £5 per day for use of the pressure washer. Staff paid minimum wage otherwise and have documents. Advice on unlawful deductions.",
  "", "ppe", "L", "medium")
T("INT 2/B/P: Male (ROMANIAN, 40s, disabled) begging outside Tesco Express Camden. Observed being assisted to position by a younger male who later takes his cup. Male sleeps in a van with 4 others.",
  "AV WW", "ncw oa", "C", "medium")
T("Helpline call: Woman from Thailand married a British man who brought her to the UK. She cleans his house and his brother's house and is made to have sex with his friend. She has no access to money and doesn't know the town she's in.",
  "PSV ISO", "ncw iso", "D S", "high")
T("Police INT 3/D/P: Claim that a tattoo studio in Swansea is a front for a brothel. Claim likely malicious (complainant in dispute with owner).",
  "", "", "")
T("Border Force: Lorry driver detected with 4 Vietnamese minors in the trailer at Purfleet. Minors said they were going to work 'for uncle' to pay the family's loan. Taken into care.",
  "AV DB", "", "", "high")
T("Victim debrief (written, English second language): 'i came to scotland for the fish processing. the man who bring me say £1500 to find me work and room. i work night shift 12 hour, sometimes 16. he take my pay card. if i ask him he say wait. i still wait.'",
  "DB EO WW", "uf lh ncw", "L", "high")
T("Charity newsletter: One year on, Ana, who was rescued from a car wash in 2025, now works as a qualified mechanic and has moved into her own flat.",
  "", "", "L")
T("INT 2/B/P: Flat 7, Holloway Rd. Source reports a Nigerian woman, 30s, kept by a couple for childcare. Never seen out alone. Source heard the husband say 'if you run we will tell the Home Office you stole'.",
  "ROM IT", "rm foa", "D", "high")
T("Neighbour dispute: Caller says the family next door are 'keeping slaves' because their grown-up kids do the gardening. Checked: no concerns, family members living together.",
  "", "", "")

T("""Intelligence report, OFFICIAL-SENSITIVE. Grading 2/B/P.
Subject: Premises at Unit 4, Canal Side Industrial Estate (hand car wash and tyre bay).

Visit by neighbourhood team following two public reports. The business is run by a British owner, Mr GRANT, and his manager, a Kurdish male. Seven workers present. All were spoken to separately, with a Kurdish interpreter by phone.

All workers live at their own addresses in the town; three share a flat they found themselves. Each produced ID. Pay is £11.50/hr, paid weekly into their own accounts; two showed banking apps. Hours 8:30-18:00 with a lunch break, Sundays closed. Gloves and boots supplied free. One worker said the manager 'shouts when it is busy' but nobody described threats or violence.

One earlier report said workers sleep on site; the back room contains a sofa used on breaks, no bedding.

Assessment: no indicators of modern slavery identified. Minor waste-water issue passed to the council.""",
  "", "", "")
T("""NRM support worker update (month 3), client V. (Slovak Roma, 34) and her brother R. (31).

Both now housed in Sheffield and attending appointments. V. has been to the dentist, the first time in years. R. started a forklift course.

Background recorded for the file: in 2024 a family from their home town offered them factory jobs in Derby and paid the bus. On arrival, the man kept their ID cards and opened bank accounts for them using his address. Wages from a sandwich factory went into those accounts and he gave them £30 each a week. They lived with 11 others in a three-bed house, slept in shifts, and were driven to and from the factory in his car before dawn. R. was hit with a belt when he asked for his card back. V. was told that if they went to the police their mother in Slovakia 'would have an accident'.

The third sibling, M., returned home in 2025 and is not part of this support.""",
  "RD WW AC PSV IT", "dt ncw mbc oa ced et", "L", "high")

# ---------------------------------------------------------------- part 4: long texts and one-liners
T("""Helpline call summary (call length 34 min, Albanian interpreter).

Caller is a 23-year-old Albanian man calling from a shop phone in Swindon. He says he came to the UK on a small boat in spring. In Albania a cousin's friend told him there was work in construction in London at £100 a day and that the crossing would cost 'nothing now, pay later'.

Since arriving he has been moved between three houses where cannabis is grown. He doesn't know the names of the towns. A man called Gimi brings food and takes the harvest. Gimi said the debt for the boat is £15,000 and that every lost plant adds to it. The doors are locked when Gimi leaves, but today the lock was broken and he walked out.

He says Gimi has photographs of his parents' house and told him 'you know what happens'. He is frightened to go to the police because he thinks he will go to prison. He agreed to meet outreach and police at the shop. Caller is currently outside the shop; units and outreach en route.""",
  "DEC DB ROM ISO IT AV", "rm iso foa", "C", "immediate")
T("""School safeguarding referral, Designated Safeguarding Lead.

Pupil: Year 10, male, 14. Attendance dropped to 61% this term. Twice found in possession of large sums of cash (£300, £420) and a second phone which 'buzzes all the time'. He has told a teaching assistant he 'works for some older lads' and goes to 'the seaside' at weekends. On Monday he arrived with a split lip and a graze on his cheek and said he had been 'taxed'. Mum reports he has come home at 4am twice this month and that a car with tinted windows waits at the end of the road.

He is friendly and bright and talks about wanting to be a mechanic. His younger sister is in Year 7 and there are no concerns about her at present.

Referral made to children's social care and the police CCE team; return-home interview requested.""",
  "AV PSV", "pa ced", "C", "high")
T("""Debrief account (first person, written with support worker, Tagalog-English).

I worked for the family in Dubai for two years before they came to London. The madam said in London I will have a day off and a salary of £1,000. In London nothing changed. I woke up at 5:30 to prepare the children's breakfast and I finished after the sir's guests went home, sometimes 2 in the morning. I had no day off. I had no room, I slept on a foam mattress in the laundry room.

My salary they said they will send to my family, but my sister says they sent only two times. My passport was in the madam's bag since Dubai.

I could go out only to take the children to the park, and the driver always came. One day in the park a Filipina nanny gave me the number of a charity. I left when the family was in the country. Now I am in the shelter and I have my own room. It is small but it is my own.""",
  "DEC EO AC WW RD ROM", "lh dt ncw rm et saw", "D", "high")
T("""GLAA intelligence note, OFFICIAL-SENSITIVE.

Packhouse, Lincolnshire. Source is a former team leader (grading 2/B/C - do not disclose source's identity to the site).

Source states that a labour user's on-site 'coordinator', a Bulgarian man known as Niki, recruits through Facebook groups in Bulgaria. New workers pay him 300 leva for 'registration' before travelling. On arrival he holds their ID cards until their first three weeks' wages have been 'checked'. He rents them beds in two houses in Boston at £85 a week each (12 and 14 people per house) and charges £5 a day for the minibus, which is the only way to get to the site for the 5am start.

Source says most workers keep their own bank cards and are paid correctly by the agency, but some new ones have been asked to give Niki their cards 'until the rent is paid'. Source has not seen violence but heard Niki tell a worker he would 'send him home with nothing' if he complained.

Recommend joint visit with police.""",
  "RD AC IT", "uf dt oa ct ced ncw", "L", "high")
T("""Press-style summary: A Birmingham couple were convicted yesterday of holding a woman in domestic servitude for nine years.

The jury heard that the victim, now in her fifties, was brought from India on a visitor visa in 2014 with the promise of work as a paid cook. Instead she cooked, cleaned and cared for the couple's three children, worked from dawn until late every day, and was never paid. Her passport was kept in a locked cupboard. She was not allowed to leave the house on her own and was told that the police would arrest her because her visa had expired.

The court heard she was found by a health visitor who noticed she was thin and had a wound on her hand. The couple will be sentenced next month.""",
  "DEC EO WW RD ROM IT AV", "lh dt rm foa pa", "D", "high")
T("""Officer handover note, early turn to late turn.

1. Burglary at the Spar on Mill Rd overnight, CCTV seized, no suspects.
2. Concern for welfare of a Romanian man seen sleeping in the bin store at Crown Court flats: spoke to him at 07:30. He works at the recycling plant via an agency, is paid properly into his own account, and lost his room after an argument with his flatmate. He had a sleeping bag and his documents. Referred to the housing team; he was grateful. No exploitation indicators.
3. RTC on the bypass, minor injuries, both drivers breathalysed negative.
4. Neighbour dispute at Oak Close continues; PCSO to visit.
Nothing outstanding for modern slavery.""",
  "", "", "")
T("""Outreach note, sex-work project, Friday night shift.

Saw six women on the usual streets. Four known to us, all fine, took condoms and hot drinks.

New woman, calls herself 'Bella', Romanian, maybe 20. Very little English. A man in a grey Audi parked across the road the whole time and she kept looking at him. She said he is her boyfriend and he 'keeps the money safe'. When I asked if she had her ID she said 'he has'. She had a bruise on her wrist. She did not want our card but memorised the number.

The Audi pulled up after ten minutes and she got in. Reg partially noted. Will pass to police as intel and raise at Monday's team meeting.""",
  "WW RD PSV", "ncw dt pa et", "S", "high")
T("""Adult safeguarding referral (Section 42), from a community mental health nurse.

Mr P is 52, British, with schizophrenia and a history of homelessness. Since last year he has been living with a couple who run a gardening and removals business. He now works for them six or seven days a week lifting furniture, often leaving at 6am and returning after dark. He says he gets 'food and fags' and a room in the loft with no window. His disability benefits are paid into an account that the woman manages, and he does not have the card.

He has missed three depot injections because they say they are too busy to bring him. On the last visit he had a cut above his eye that he said was from a wardrobe. He told me he could not leave because they had said he would be sectioned again if he did. He wants to stay in touch with his sister in Hull, but they have taken his phone 'because he loses it'.""",
  "AV EO WW AC IT ISO", "lh ced ncw iso pa", "L", "high")
T("""Victim statement (extract), interpreted from Romanian.

'My name is Cristina. I am 19. I met Alex on Facebook. He said he loves me and we will go to England and work in a hotel and save money for a house.

In England we lived in a flat in Slough with his cousin. After one week he said the hotel job was finished and I must do massage. Then it was not massage. He put advertisements with my photos. He took my ID card and my phone and gave me another phone only for the clients. I had to give him all the money every night. When the money was not enough he pulled my hair and hit me on the head.

I did not know where I was, only that there was a big Tesco. His cousin was always in the flat. One night a client asked me if I was OK, and I said no. He called the police.'""",
  "DEC RD ISO WW PSV ROM", "dt iso ncw rm", "S", "high")
T("""Medical notes (renal unit), case discussion for safeguarding.

A 41-year-old man was admitted with a kidney infection. During history taking he stated that he had a nephrectomy in Pakistan in 2019. He said he had sold the kidney through a broker in Lahore to pay his family's debt to a landlord, and had been promised 300,000 rupees but received less than a third. He came to the UK on a family visa in 2021 and lives with his brother; he works as a taxi driver and there are no current concerns about his work or home.

Agreed: historic organ trafficking disclosed, current situation safe. Offered referral; patient consented to NRM.""",
  "AV DEC", "", "O", "medium")
T("Car wash lads paid proper, saw the payslips myself, I work at the garage next door.", "", "", "")
T("Sixteen-year-old from Manchester found in a crack house in Aberystwyth with 40 wraps.", "AV", "", "C", "high")
T("They took my passport at the airport and I never saw it again.", "RD", "dt", "", "medium")
T("No concerns: worker has own passport, own bank card, and can leave when she likes.", "", "", "")
T("Man said I owe him £3,000 for the van and the room and it goes up every week.", "DB", "ct", "", "medium")
T("INT 3/C/P: Males seen sleeping inside the car wash unit, Dock Rd. No further info.", "AC", "saw", "L", "medium")
T("Girl at the salon keeps asking customers to phone her mum in Hanoi, says she has no phone.", "ISO", "iso", "L", "medium")
T("he said if i tell anyone hes gonna hurt my little brother", "IT", "", "", "medium")
T("Lost my BRP on holiday, need a replacement before my new job starts, help!", "", "", "")
T("we only go outside with Ion, never alone, Ion drives us to the factory and back", "ROM", "rm et", "L", "medium")

# ---------------------------------------------------------------- part 5: more intelligence logs
T("INT 2/B/P: POI IONESCU Marian (DOB 03/04/1988) drives Ford Transit VRM RO67 KLM. Collects 8-10 males from 41 Tanner St 0500 daily, returns 2200. INT suggests males pay IONESCU £10/day for travel. Males work at salad packhouse.",
  "EO", "ced ct et lh", "L", "medium")
T("INT 3/C/P: Source states 'everyone knows' the kebab shop on Dale Rd is a drugs front. No MS element identified.",
  "", "", "")
T("INT 1/A/P: IP (ROMANIAN F, 24) states her partner's brother holds her ID card 'in case police stop her'. IP works at a hotel, is paid into own account, and is not restricted.",
  "RD", "dt", "", "medium")
T("INT 2/B/C (do not disclose outside MSHT unit): Addr 12 Carlton Rd, Leeds. 4 females (THAI) advertised on AdultWork. Landlord nom PATEL R. collects £200 per female per day. Females do not leave premises; shopping delivered.",
  "ROM", "rm", "S", "high")
T("INT 2/B/P: Nom 'BIG D' (believed DAVIS Dwayne) runs 'DEE' line London-Norwich. Uses 2 x 15 y/o runners. Runners reportedly threatened with a machete when one tried to leave.",
  "AV IT", "", "C", "high")
T("INT 3/C/P: Unconfirmed INT suggests a farm in Herefordshire houses workers in 'shipping containers'. No further details, no evidence of control.",
  "", "", "")
T("INT 2/B/P: Check of addr 9 Linden Ave following MS report: occupants are a family of 5 (SYRIAN) with one adult son working at a car wash on own terms. Nil indicators. Report considered unfounded.",
  "", "", "")
T("INT 1/B/P: IP (VIETNAMESE M, DOB 2008) located in cannabis grow at industrial unit, Chesterfield. IP states 'uncle' arranged travel and he must work to pay family debt of $25k. IP had been in unit approx 5 months; slept on cardboard by the lamps.",
  "AV DB AC", "saw plc", "C", "high")
T("INT 2/B/P: Bank cards (x14) found in glovebox of VRM FX18 ABC during stop. Names on cards correspond to workers at a Peterborough food factory. Driver SZABO L. (HUN) states he 'looks after the money' for the workers.",
  "WW", "mbc ncw sfw", "L", "medium")
T("INT 3/D/P: Caller alleges neighbour 'keeps a maid'. Enquiries: female is the neighbour's sister, a nurse at the local hospital. No further action.",
  "", "", "")
T("INT 2/C/P: Female (ERITREAN, 20s) seen crying at bus stop, told a member of public a man at a Sheffield house 'took her papers and her money'. Female not traced.",
  "RD WW", "dt ncw", "", "medium")
T("INT 2/B/P: Nom ALI Tariq, car wash owner, Oldbury. INT suggests 5 AFGHAN males (irregular status) work 0800-2000 for £25/day; ALI tells them he will call Immigration if they complain. Males sleep in the office.",
  "AV EO IT AC", "lh foa saw", "L", "high")
T("INT 2/B/P: Subject MORRIS K. (DOB 1971) visiting 3 addresses of vulnerable adults in Rhyl. INT suggests he holds their bank cards and collects their benefits weekly. No work or exploitation element reported.",
  "", "ncw", "")
T("INT 1/A/P: IP states she was 'sold' by her boyfriend to a man in Coventry for £2,000. She was raped by the buyer and made to see clients at a flat on Foleshill Rd. She escaped after 3 weeks.",
  "PSV", "", "S", "high")
T("INT 2/B/P: GLAA joint visit, nail bar, Wood Green. 3 staff (VIETNAMESE F). Manager refused to let staff speak alone; answered all questions. One staff member's passport found in manager's handbag.",
  "RD", "sfw dt", "L", "medium")
T("INT 3/C/P: Taxi driver reports collecting 'the same Romanian girls' from a Premier Inn in Cardiff at 0300 several times a week. No further detail.",
  "", "ced", "", "low")
T("INT 2/B/P: POI HASANI Ermal. Believed recruiting ALB males via TikTok with promises of £3k/month construction work. On arrival males placed in cannabis grows in Kent, phones taken, told they owe £20k.",
  "DEC ISO DB", "iso", "C", "high")
T("INT 2/B/P: Officers attended 14 Dover St (reported HMO overcrowding). 6 Polish tenants, all working at different employers, own tenancies. Landlord issue only. NFA for MSHT.",
  "", "", "")
T("INT 2/B/P: Female (NIGERIAN, 16) believed living at 3 Grove Rd, Harlow, with a couple who are not relatives. INT suggests she cooks, cleans and cares for their 3 children and does not attend school. Immediate welfare check requested.",
  "AV", "", "D", "high")
T("INT 2/B/P: Vessel inspection, Fraserburgh. Crew member (INDONESIAN) reports wages unpaid for 7 months; skipper says it will be paid 'at end of contract'. Crew live on board; not permitted shore leave.",
  "WW ROM", "ncw rm saw", "L", "high")
T("INT 3/C/P: Anonymous report of 'a man with organs for sale' on a Telegram channel, handle @kdny_uk. Referred to NCA.",
  "", "", "O", "medium")
T("INT 1/A/P: IP (POLISH M, 61) states he sleeps in a shed behind the Top Tyre garage, works 12 hrs/day for the owner for food and £20 a week. Has no documents; owner 'lost' them.",
  "AC EO WW RD", "saw plc lh dt", "L", "high")
T("INT 2/B/P: 2 x Romanian juveniles (14, 15) arrested for pickpocketing at Oxford Circus. Adult female observed collecting stolen phones from them. Juveniles say she is their 'aunt'.",
  "AV", "", "C", "high")
T("INT 2/B/P: Report of modern slavery at a Birmingham restaurant checked: staff of 9 interviewed, all have own docs and accounts, rota 40hrs. One complaint about unpaid holiday pay referred to employment tribunal advice. No MS indicators.",
  "", "", "")
T("INT 2/B/P: Domestic worker (SRI LANKAN F, 40s) at diplomatic residence, Holland Park. Source states she has not left the house in 8 months and the family keeps her phone. Diplomatic immunity considerations - refer to FCDO.",
  "ROM ISO", "rm iso", "D", "high")

# ---- WRITE
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh63.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
            inds = [IND[x] for x in ind.split()]
            sigs = [SIG[x] for x in sig.split()]
            typs = [TYP[x] for x in typ.split()]
            rec = {"id": "f63-%03d" % i, "text": text, "indicators": inds, "signs": sigs,
                   "exploitation": typs, "risk": risk or auto_risk(inds, typs)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(E), "texts written to", out)
