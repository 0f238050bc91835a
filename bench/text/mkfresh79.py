"""Hand-written texts for fresh79 (national-level emphasis). Each T() is one text with its own labels."""
import json, os
I = dict(vul="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement", iso="isolation",
         vio="physical_sexual_violence", thr="intimidation_threats", doc="retention_of_documents",
         wag="withholding_wages", debt="debt_bondage", cond="abusive_conditions", ot="excessive_overtime")
S = dict(app="physical_appearance", sI="isolated", poor="poor_living_conditions", crowd="overcrowded_accommodation",
         sleep="sleeps_at_workplace", few="few_personal_effects", sR="restricted_movement",
         early="collected_early_dropped_late", fear="fear_of_authorities", fee="upfront_fees", sD="documents_taken",
         esc="escorted_transport", chg="charged_transport", hrs="long_hours", ppe="ppe_charges",
         ncw="no_control_of_wages", spk="speaks_for_workers", cards="multiple_bank_cards")
E = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
R = dict(i="immediate", h="high", m="medium", l="low")
ROWS = []
def T(text, ind="", sig="", ex="", risk="l"):
    ROWS.append(dict(text=text, indicators=[I[k] for k in ind.split()], signs=[S[k] for k in sig.split()],
                     exploitation=[E[k] for k in ex.split()], risk=R[risk]))

# ---- part 1 ----
T("NCA INTELLIGENCE SUMMARY (OFFICIAL-SENSITIVE). Reporting from Lincolnshire, Norfolk and Cambridgeshire indicates a single Romanian-led network supplying labour to three vegetable packhouses via an unlicensed intermediary. Workers are recruited in Botosani on the promise of GBP 11 an hour and a shared house; on arrival they are told they owe GBP 900 for the minibus and the first month's rent, and the figure is reviewed every Friday. Bank cards for all workers are held by the group head, nom Florin DUMITRU, who attends the Wisbech branch weekly. Assessment: forced labour likely; further victims probable.",
  "dec debt wag", "ncw cards", "L", "h")
T("Border Force, Stansted, 0640 hrs. Two Albanian females (19, 20) arrived on flight from Tirana with one male escort who held both passports and their return tickets and answered every question put to the women. Women could not give the address they were going to, said a 'friend' had arranged a job in a restaurant. Escort refused entry; women referred to safeguarding team, NRM discussed.",
  "doc iso", "sD spk esc sI", "", "m")
T("Suspicious Activity Report summary: one customer, eight incoming faster payments per week from a staffing agency under eight different payee names, all withdrawn at the same ATM in Peterborough within an hour of arrival. Customer holds 11 debit cards in others' names. Consistent with control of workers' wages.",
  "wag", "cards ncw", "L", "m")
T("GLAA inspection note: labour provider ABC Staffing Ltd, Boston. Payslips checked for 40 workers, all show correct NMW, holiday pay and itemised deductions (tax/NI only). Workers interviewed privately in Polish and Lithuanian, all hold own ID and bank accounts, travel in their own cars. No issues identified. Licence renewal recommended.",
  "", "", "", "l")
T("SCA reasonable grounds decision minute. PV: Vietnamese male, claims 17, age disputed, treated as child pending assessment. Account: brought overland via France in the back of a lorry, told debt to the 'boss' was USD 25,000, kept inside a house in Bradford watering plants in upstairs rooms, windows boarded, food pushed through the door. Decision: positive RG, criminal exploitation (cannabis cultivation).",
  "vul debt rom cond", "sR poor", "C", "h")
T("Duty to Notify, anonymous adult. Male, Sudanese, approx 30s. Worked on a car wash in Stockport 7 days, 8am-8pm, paid £25 a day 'when the boss remembered'. Sleeps in the portacabin at the back. Does not consent to NRM as frightened of being removed from the UK.",
  "ot wag cond", "hrs sleep fear", "L", "h")
T("Online advert monitoring, weekly return. 14 new adverts on adult services site sharing the same mobile number 07700 900412, rotating photos of at least six women described as 'new in town, Romanian, 20'. Same wording and emoji sequence used in Leeds, Sheffield and Hull within 10 days. Text of ads in near-identical English. Assessment: likely single controller moving women between pop-up flats.",
  "", "", "S", "h")
T("hi there is alot of men go in and out of the flat above the chip shop on Market St all nite, a girl looks very young maybe 15 she never goes out on her own always with a older man in a black audi, please check she look scared",
  "vul rom", "sR esc", "S", "h")
T("Call 101: caller reports a neighbour's builder has been parking a van on the pavement outside her drive for a week. No other concerns. Advice given re council parking enforcement.",
  "", "", "", "l")
T("Interpol liaison message (via NCA International Crime Bureau): Polish authorities request checks on a UK-based recruiter who placed 22 Polish nationals in warehouse work in Northamptonshire in 2023. Victims have since returned to Poland and state that GBP 250 was taken from each weekly wage as 'rent' for a four-bedroom house shared by 14 men, leaving them about GBP 40, and that ID cards were kept 'for the agency'.",
  "wag doc cond", "crowd sD ncw", "L", "h")
T("NRM conclusive grounds: negative. The claimant states he came to the UK as a student and worked in a takeaway over his permitted hours. He was paid weekly in cash, held his passport and BRP throughout and lived with his cousin. He reports he left the job when he found a better one. On the balance of probabilities the claimant was not a victim of modern slavery.",
  "", "", "", "l")
T("Salvation Army caseworker note. Client (F, 34, Filipino) worked for a family in Knightsbridge, arrived on an overseas domestic worker visa with the employer. She says she cooked, cleaned and cared for three children from 6am until after midnight, slept on a mattress in the children's room, and was given no day off in 14 months. Her passport was kept 'in the safe with the family's documents'. Salary of USD 400 a month was paid to her agency in Manila, not to her. She was not allowed to have a phone.",
  "ot doc wag iso cond", "hrs sD sI ncw sleep", "D", "h")
T("Taken straight off the cannabis grow in Swindon at 0300 — kid, 16, Vietnamese, locked in, no door handle on the inside, hands burnt from the lamps. Still at the address with two adults from the network. Need a unit now.",
  "vul rom cond vio", "sR app", "C", "i")
T("GLAA licence inspection (Leicestershire): labour provider found to be charging new workers GBP 150 'registration fee' before first shift. All other records in order, wages paid to workers' own accounts. Condition added to licence; fee to be refunded.",
  "", "fee", "", "l")
T("INT 2/B/P: POI Nikolai PETROV (DOB 14/03/1981) runs 4x hand car washes across West Mids (Walsall, Dudley, Wolverhampton x2). Workers Bulgarian, collected from HMO on Park Rd 0600 by white Transit VRM KX19 ABC, returned 2100. £5 a day taken for the lift. INT suggests workers' wages paid into accts PETROV controls.",
  "wag ot", "early chg ncw hrs", "L", "m")
T("My name is Ana. I come to England because a woman in my village say there is work cleaning hotel, good money. When I arrive, the man take my identity card and say I must work in a house with other girls to pay the ticket. I say no and he hit me on the face. Every night men come. I am not allowed outside, the door is always locked.",
  "dec doc debt vio rom", "sD sR", "S", "h")
T("Financial intelligence, NCA UKFIU. Retail bank flags 37 accounts opened in 3 weeks at two branches in Ilford, each by a different Romanian national accompanied by the same man who spoke for them. Addresses given are one three-bed flat. Accounts receive Universal Credit payments, all withdrawn by one card-holder. Suggests benefit fraud using exploited individuals.",
  "", "spk cards ncw", "C", "m")
T("Police log: domestic. Male and female partners arguing over money, neighbours called. Both intoxicated. No injuries. Female says she is fine and wants him to leave for the night; he agreed to go to his brother's. DASH completed - standard.",
  "", "", "", "l")
T("Nail bar visit, Coventry, trading standards + police. Three Vietnamese females working, one appeared about 15, could not say her DOB. Manager answered all questions. Girls live above the shop, mattresses in the storeroom. No payslips.",
  "vul cond", "spk sleep poor", "L", "h")
T("Multi-force intelligence picture, Q2: county lines activity linking Merseyside to Cumbria and North Wales. Seven children (14-16) identified as runners, several reported missing repeatedly. Two cuckooed addresses in Barrow belonged to vulnerable adults with heroin dependence. One runner stabbed in the leg in April after 'losing' a parcel, told he owed £1,200 for it.",
  "vul vio debt", "", "C", "h")
T("My son works at the car wash on the ring road and he says it's hard graft but the owner is fair, he gets his wages on a Friday into his own account and goes home at 6. I just wanted to say not all car washes are bad.",
  "", "", "", "l")
T("Home Office SCA decision note. The PV, an Eritrean male, reports being held in a warehouse in Libya by smugglers who demanded USD 4,000 from his family and beat him with hoses until it was paid. The exploitation described occurred in transit, outside the UK; no forced work is described. Negative RG for UK exploitation; referred to asylum casework.",
  "vio", "", "", "h")
T("Report via Modern Slavery Helpline: caller works as a delivery driver and noticed a large house in Solihull where a young woman in a headscarf is always cleaning windows or hanging washing, never seen leaving. When he tried to give her a parcel, the lady of the house snatched it and said 'she does not speak to people'.",
  "iso", "sI spk", "D", "m")
T("Officer handover: Nothing further on the Kettering factory job. Agency workers all spoken to with interpreters, they come and go freely, keep their own passports, pay is correct. Closing.",
  "", "", "", "l")
T("DtN: Male, Indian, 40s, worked on construction sites in Greater London for 'Raj' for 2 years. Told he would be sponsored for a work visa; it never happened and Raj told him if he went to the police he would be deported and his family in Punjab would be dealt with. Paid nothing for the last 6 months, Raj says money is 'being saved for your visa'.",
  "dec thr wag vul", "fear", "L", "h")
T("ALERT - human trafficking indicators, airline crew report, LHR T4: unaccompanied girl approx 12 seated with adult male not related, male holding her passport and a second passport in different name with her photo. Girl said 'uncle will find me work with a family'. Border Force stopped at arrival gate; male detained.",
  "vul doc dec", "sD", "D", "h")
T("Cuckooing log. IP Gary HOLMES (58, learning disability, lives alone). Two males from London have taken over his flat for 3 weeks dealing crack and heroin from it. HOLMES sleeps on the kitchen floor; they've taken his bank card and his PIP money. He says they told him they will burn the flat with him in it if he calls us.",
  "vul thr", "ncw poor", "C", "h")
T("A&E note: 24yo Romanian male, fall from scaffolding at a site in Croydon, fractured wrist. Attended with site foreman who interpreted. Pt later alone with nurse via language line: says he is employed through a registered firm, paid weekly, foreman is his brother in law. No safeguarding concerns raised.",
  "", "", "", "l")
T("International liaison, Nigerian NAPTIP via UK Home Office liaison officer: three women repatriated from the UK describe oath ceremonies (juju) before departure from Benin City, promising that they would go mad if they fled or did not repay 'madam' EUR 35,000 each. In London they were made to sell sex in flats in Thamesmead and Woolwich; all earnings handed over to madam.",
  "thr debt wag", "ncw", "S", "h")
T("Hotel duty manager 101 call: guest checked in with two teenage girls, says they're his nieces but they look frightened, girls didn't speak, he paid cash for 3 nights, men have been visiting the room. Police attended; girls 15 and 16 reported missing from care in Rochdale.",
  "vul", "", "S", "i")
T("intel: poss modern slavery at farm nr Evesham, lads living in caravans no water no toilet, seen working in fields when its dark",
  "cond ot", "poor hrs", "L", "m")
T("GLAA warrant, Kent: 18 Lithuanian and Latvian workers at a chicken catching gang. Gangmaster kept all ID cards in his van, deducted £15 a day 'for transport' and another £40 a week for 'gloves, boots and overalls'. Workers picked up at 0300 and returned after 2200. Several say they were kicked and punched for slow work. Owed wages over £40,000 combined.",
  "doc wag vio ot", "sD chg ppe early hrs", "L", "h")
T("Crimestoppers report: a man called 'Taty' sells girls on snapchat, they are from a childrens home in Bolton. he gives them weed and vodka and then makes them go with his mates for money.",
  "vul", "", "S", "h")
T("Probation note. Service user, 19, on licence for possession with intent. Discloses that the line he ran from Birmingham to Shrewsbury was 'his own', no one made him. No indicators of exploitation identified at this time; will continue to monitor given age.",
  "", "", "", "l")
T("We have a lot of Chinese girls doing massage in our street, my neighbour say it is brothel. I see them shopping in Tesco on their own and laughing. I don't know if anything bad, just want someone to look.",
  "", "", "", "l")
T("NRM referral narrative (first responder: Kent Police). PV is a 22-year-old Albanian man who was offered a job 'working in a car wash' by a cousin's friend. On arrival in Dover by small boat he was driven to a house in Ashford and told the GBP 18,000 crossing cost would be paid back by 'tending the plants'. He lived in the loft of the grow for five months, was brought food twice a week, and was told his sister in Fier would be 'visited' if he left. Arrested during a warrant.",
  "dec debt thr cond iso", "poor sleep sI", "C", "h")
T("NCA threat desk: 'organ donor wanted' posts in Urdu and English targeting Pakistani men in Bradford, offering GBP 3,000 and flights to a clinic abroad for a kidney. One respondent (M, 27, debts to a loan shark) travelled and returned with a nephrectomy scar; was paid GBP 600 only.",
  "vul dec", "app", "O", "m")
T("Safeguarding referral, Year 10 pupil (14): has a new iPhone and designer trainers, missing from school three times in a fortnight, found in Southend by BTP with £400 cash and wraps. Says 'I can't tell you or they'll hurt my little brother.'",
  "vul thr", "", "C", "h")
T("KIDNEY TRANSPLANT - clinic letter. Mr Adeyemi received a living donor kidney from his sister at Guy's on 12 March. Donor assessment by HTA independent assessor confirmed no payment or coercion. Both recovering well.",
  "", "", "", "l")
T("we work 6 in the morning till 11 at nite in the kitchen, 7 days, the owner give us 150 pound a month and food, we sleep in the room behind the kitchen. He have my passport. When I ask for money he say I am illegal, police take me if I go.",
  "ot wag doc thr cond vul", "hrs sleep sD fear", "L", "h")
T("Border Force encounter, Holyhead: Romanian-plated minibus with 9 males, driver says all going to work at a meat factory in Shropshire. All hold own ID, had return tickets, could describe the job and the pay (NMW). Driver employed by a licensed agency, checks confirmed. Allowed to proceed.",
  "", "", "", "l")
T("Handover — overnight: Report of a woman banging on the window of a house on Elm Grove shouting 'help' in English and another language. Units attended 0210: Romanian female, 23, states she has been kept in the back bedroom for 2 weeks by partner's 'friends' and made to see men. Bruising to both arms. Safeguarded; two males arrested.",
  "rom vio", "sR app", "S", "h")
T("GLAA: Unannounced visit to a mushroom farm, Tyrone. Workers from Philippines on seasonal visas. Recruitment agency in Manila charged each of them PHP 250,000 and they are still repaying a lender at 10% per month out of wages; several say they cannot leave until it's cleared. Housing is a static caravan with 8 beds.",
  "debt cond vul", "fee crowd", "L", "h")
T("Council licensing visit to a Thai massage premises: all therapists hold licences, own right to work documents, rota shows 8-hour shifts with breaks, staff live elsewhere. Appropriate.",
  "", "", "", "l")
T("SAR: customer Mrs X, 71, with dementia, receives state pension into account but a nephew withdraws it in full every month and she has no cash for food. Reported to adult safeguarding as financial abuse.",
  "", "ncw", "", "l")
T("Au pair referral from an agency in Surrey. Slovak au pair, 19, told the agency she was expected to clean the whole house and look after 3 children 7am-10pm every day, and the family 'forget' to give her the £90 pocket money. The father told her if she complained he'd ring immigration. She has her passport. She was placed with a new family the same week.",
  "ot wag thr", "hrs", "D", "h")
T("POI: Ahmed RAZA. 3/C/C (condition: not to be disclosed to the employer). Anon source states RAZA brings young men from Pakistan on student visas, then places them in his takeaways in Oldham and keeps their passports 'so they don't run off'.",
  "doc vul", "sD", "L", "m")
T("there's a big white van picks up about 10 lads from the house opposite every morning at 5, they come back at like 10 at night looking knackered, same clothes every day. they never talk to anyone and there's a bloke who stands outside smoking and watching them. feels off",
  "", "early few", "L", "m")
T("Witness statement (extract): I was a supervisor at the packing factory for 3 years. The agency workers were mostly Polish and Romanian. I never saw anyone being controlled or threatened; they all drove themselves in. Some of them complained the agency paid late once at Christmas but they got it the week after.",
  "", "", "", "l")
T("NRM note — Albanian female, 21. Met boyfriend on Instagram who promised marriage and a life in London. On arrival he took her passport and phone, told her she owed him for the flight and rent, and made her have sex with men in Airbnb flats in Manchester and Leeds each night. She was raped by him when she refused. Escaped with the help of a client.",
  "dec doc iso debt vio", "sD sI", "S", "h")
T("Public report: There is a man begging outside Greggs every day in the same spot, he has no legs and someone drops him off in a grey Mercedes at 8 and picks him up at 6 and takes the money. He looks very thin.",
  "vul wag", "early esc app ncw", "C", "m")
T("Police log: Man arrested for shoplifting at Boots. Polish national, lives in a homeless shelter. Says he steals to sell for vodka. No indication anyone else involved.",
  "", "", "", "l")
T("Fishing vessel inspection, Newlyn (MCA/ GLAA joint). Ghanaian and Filipino deckhands on transit visas. Crew say they work up to 20 hours a day when fishing, paid USD 300/month sent by the owner to a manning agent, not to them. Sleep in a cabin with no ventilation. Skipper keeps seamen's books.",
  "ot wag cond doc", "hrs ncw poor sD", "L", "h")
T("Police log: reports of a brothel at 14 Cedar Road, neighbours complaining of noise and cars. Visit by licensing and police: two adult Brazilian women working for themselves, sharing a flat, own passports, no third party controlling. Advice given.",
  "", "", "", "l")
T("intel 1/A/P: source was at the Dudley address — 3 Romanian women, one pregnant, kept in the house, man called 'Costel' takes all the cash at the end of the night, they get cigarettes and food. Costel beats them with a belt if they complain.",
  "rom wag vio", "sR ncw", "S", "h")
T("National picture (MSOICU): Hand car wash reporting remained the top labour theme in Q3 with 211 intelligence logs across 34 forces. Typical features reported: workers living on site, cash wages of GBP 30-40 a day, no PPE against chemicals.",
  "", "", "", "l")
T("Caseworker note (Medaille Trust): Client says she was brought from Uganda by a pastor who promised her a nursing course. Instead she worked in his house in Luton cleaning and cooking for his family and the church, was not enrolled anywhere, and was told the church was paying off her 'sponsorship'. She did not go outside alone in three years.",
  "dec debt rom", "sR", "D", "h")
T("Referral from midwife: pregnant woman, Chinese, 28 weeks, no booking bloods, arrived with a man who paid for everything and translated. She says she works in a 'beauty salon' and lives there. She had no coat in January and looked very thin.",
  "", "spk sleep app few", "", "l")
T("Organ trafficking — international liaison (Europol). Investigation in Moldova into a broker who recruited men from poor villages to sell a kidney in Turkey for EUR 3,000; two of the donors later travelled to the UK. One told officers in Kent he was told it was a 'blood test' and woke up missing a kidney.",
  "dec vul vio", "", "O", "h")
T("nail bar in the high st the girls never leave they sleep there i think cos the lights are on at 1am and i seen mattresses, the boss drives them to the shop next town",
  "cond", "sleep esc", "L", "m")
T("GLAA licensing: application refused for a gangmaster in Hereford due to undisclosed previous convictions. No workers supplied yet. No exploitation identified.",
  "", "", "", "l")
T("Victim debrief (interpreter: Tigrinya). He says that he was promised a job at a factory in Birmingham by a man he met in Calais. He says the job was in a takeaway in Walsall and he worked there without a day off for 8 months. He says the owner kept every pay slip and gave him £20 on Sundays. He says he slept on the floor of the storeroom and did not know the name of the town.",
  "dec ot wag cond iso", "hrs sleep sI", "L", "h")
T("Police log: Female 16 reported missing from foster care for the 4th time this month, last seen getting into a car with two men in their 20s near Hanley bus station. Returns with alcohol and money, won't say where she was.",
  "vul", "", "S", "h")
T("NCA alert, Project Aidant week of action: inspectors found 64 workers at 12 construction sites; of these, 3 disclosed their employer was holding their identity cards and 'paying later' for work already done months ago; the remaining 61 had no concerns.",
  "doc wag", "sD", "L", "m")
T("hi my sister is in UK and she sent me voice note crying that she work in house of rich family in Leeds and they dont let her call us only once a month, they took her phone, she cook and clean all day, please help her. her name is Maria",
  "iso ot", "sI hrs", "D", "m")
T("Officer note: Visited the Hull address following anonymous report of 'slaves at a car wash'. Spoke to four Kurdish workers in Sorani via interpreter. They rent rooms privately, have their own bank accounts, work 9-6 Mon-Sat, owner pays above minimum wage. All deny any issues and there is nothing to suggest otherwise. NFA.",
  "", "", "", "l")
T("Domestic servitude — diplomatic household (FCDO notified). A Kenyan domestic worker of a diplomat in Kensington ran to the Kalayaan office. She states she was never paid in 2 years, slept in the laundry room and was slapped by the employer's wife. Her passport was in the diplomat's desk.",
  "wag cond vio doc", "sleep sD", "D", "h")
T("Street begging group, Westminster. Romanian family members (3 adults, 2 children approx 8 and 10) seen begging at Oxford Circus; adult male collects cash every hour. Children not in school. Outreach engaged.",
  "vul wag", "ncw", "C", "h")
T("SAR summary: Individual receiving large cash deposits from a nail bar business, sends money to Vietnam weekly. Linked to 3 premises and 12 employees, but wages paid via payroll to each employee's own account. Likely tax evasion, no slavery indicators.",
  "", "", "", "l")
T("I am Polish. I come to UK with agency, they say free house and good job in warehouse. After 1 week they say I must pay £100 a week house and £20 for bus and the coats and shoes. At the end I had £15 for a week for food. I go to Barka and they help me go home.",
  "dec wag", "chg ppe ncw", "L", "m")
T("Intelligence log, 2/C/P. Unknown female (Eastern European) seen at Heathrow Terminal 2 arrivals being met by a man holding a sign with her first name. Source believes man recruits for escort agency. No further detail.",
  "", "", "", "l")
T("FORCED MARRIAGE UNIT referral: 17-year-old girl from Birmingham taken to Pakistan on holiday, told she will marry a cousin, passport taken by her father so she cannot return. After the marriage the cousin's family plans for her to sponsor his visa and work in the family's shop.",
  "vul doc rom", "sD sR", "", "h")
T("Police log: Report of a man sleeping in a van behind a factory in Thurrock. Officers attended: man is a self-employed courier who argued with his landlord and is sleeping in the van temporarily. Referred to housing. No exploitation.",
  "", "", "", "l")
T("Duty to Notify (Police Scotland): Adult female, Vietnamese, 30s, found in a nail salon in Glasgow; says she works 12 hours a day and sends her pay to 'uncle' who keeps it to cover what her family owes for her travel. Declined NRM; declined interpreter follow-up.",
  "ot wag debt", "hrs ncw", "L", "h")
T("CONCLUSIVE GROUNDS — positive. The SCA accepts on the balance of probabilities that Mr T, a Slovak Roma man with a learning disability, was recruited in Kosice by a family who promised farm work in England, was made to work on block paving jobs across Yorkshire, and that a bank account was opened in his name and his wages and universal credit taken by the family. He lived in a shed and was beaten when he asked to go home.",
  "vul dec wag vio cond", "ncw poor", "L", "h")
T("Advert monitoring note: Escort profile 'Lilly 18 NEW' uses stock images taken from a Ukrainian social media account; no link found to any person in UK. Reviewed: no indicators, profile appears to be a scam to take deposits.",
  "", "", "", "l")
T("Border Force, Coquelles juxtaposed controls: HGV search found 7 Vietnamese nationals in the trailer, including 2 who said they were 15. All told officers they were going to work in 'nail shop' to repay family debt to the 'snakehead'. Children referred to local authority.",
  "vul debt", "", "", "h")
T("Handover: Suffolk nominal Viktor SOKOL linked via phone to workers at 3 poultry farms in Essex and Suffolk. No victims have disclosed. Workers say they pay SOKOL £50 a week for transport in his minibus but otherwise no complaints. Continue to develop.",
  "", "chg", "", "l")
T("Safeguarding referral from Barnardo's: boy, 15, Afghan UASC, went missing from a hotel in Kent, found 3 weeks later in a Leicester car wash working from 7 until dark. He says a man promised him 'a good family and school' in Leicester.",
  "vul dec ot", "hrs", "L", "h")
T("Police log 3/C/P: reported that the workers at the Chinese restaurant on Queen St are 'illegals'. No further details. Immigration notified.",
  "", "", "", "l")
T("A girl approx 14 in the park at midnight with a man in his 40s handing her a bag. she got in his car. VRM FD62 ???. she looked off her face. Please help.",
  "vul", "", "S", "i")
T("GLAA inspection, Cornwall flower farm: seasonal workers (Ukraine, Kazakhstan) with valid visas; wages correct but accommodation caravans found with broken heating and no hot water. Improvement notice given. Workers free to leave and move employer.",
  "cond", "poor", "", "m")
T("Victim account (written by the victim in English): In Lagos i was told i will be a nanny for a family in Essex. The woman took my passport at airport say she keep it safe. I work from 5am cleaning cooking and the twins. I sleep in the kitchen floor. No money in 2 years she say she send to my mother but my mother get nothing. I cannot go out alone, she lock the gate.",
  "dec doc ot cond wag rom", "sD hrs sleep sR", "D", "h")
T("Intel summary — Project Rimland: cross-border (Scotland/N England) network moving Hungarian women between rented flats in Aberdeen, Dundee, Newcastle and Carlisle every 7-10 days. Women advertised online, driver takes them to each flat and back. One woman told outreach she 'must earn £500 a day for Zoltan' before eating.",
  "wag", "esc ncw", "S", "h")
T("Doctor: patient with chronic kidney disease asks if he can buy a kidney abroad as the NHS list is too long. Advised against and explained the law. No further action.",
  "", "", "", "l")
T("Caller to 999: 'there's a young lad in the boot of a car at the BP garage, I heard him shouting, the driver's gone in to pay'. Units attended: 17-year-old male from London, says men put him in there because he lost a phone with £2k of drugs on it and now he has to 'work it off'.",
  "vul rom debt", "sR", "C", "i")
T("Public report: my employer is making me work 50 hrs a week in a warehouse, which is over my contract. I get paid for it but I'm knackered. Is this legal?",
  "", "", "", "l")
T("NCA summary, operation across 5 forces (Met, Essex, Herts, Kent, Sussex). Albanian OCG controls 19 cannabis grows; gardeners are mainly Albanian males in their 20s and Vietnamese minors who owe crossing fees of GBP 15,000-25,000. Gardeners' phones taken; some grows have padlocked external doors. Three gardeners showed burns and cuts.",
  "vul debt iso rom cond vio", "sI sR app", "C", "h")
T("Caseworker (Unseen) follow-up: client is now in safe house, attending ESOL and GP. She has her own passport and is free to leave whenever she likes; no contact with exploiters. Case stable.",
  "", "", "", "l")
T("Midlands region intel 2/B/C (condition: do not disclose source's employer): Indian takeaway in Derby houses 6 male workers upstairs in 2 rooms. Workers' wages are 'kept for them' by the owner and given when they go home to India, which none has done in 3 years. Owner's son walks them to the cash and carry and back.",
  "wag cond rom", "crowd ncw esc sR", "L", "h")
T("Police log: report of stolen passport. Chinese student at University of Sheffield lost her passport on a night out. Crime ref issued for embassy replacement. No concerns.",
  "", "", "", "l")
T("Press summary: Three men from Bedfordshire jailed for a combined 24 years for forcing homeless British men to lay driveways for 'a roof and a bit of food'. Victims were recruited from soup kitchens, housed in a horsebox with no water, worked 14-hour days and were hit with spades if they slacked. Some had been there over a decade.",
  "vul cond ot vio wag", "poor hrs", "L", "h")
T("GLAA intelligence: worker at a salad packhouse says the supervisor, a fellow Bulgarian, 'translates' for everyone at meetings with HR and tells workers what to say to auditors. No other issues disclosed; workers paid into own accounts.",
  "", "spk", "", "l")
T("Police log 2/B/P: Ms LI Wen (DOB 02/11/1995) — brothel keeper, runs 3 flats in Cardiff Bay; adverts show Chinese women 'new every week'. INT suggests women flown in on visit visas, told they'd be masseuses, and charged £3,000 for the 'visa service' which comes out of their takings.",
  "dec debt", "fee", "S", "h")
T("Officer note: Welfare check on Polish man (62) reported as 'working for food' at a farm in Norfolk. He is the farmer's long-term friend, lives in the farmhouse annexe by choice, receives his pension and a weekly wage by bank transfer, and became upset at the suggestion. No concerns.",
  "", "", "", "l")

# ---- part 2 ----
T("Border Force, Gatwick: lone Indonesian woman with employer's family, employer carrying her passport; she avoided eye contact and said nothing.",
  "doc", "sD spk", "", "m")
T("INT 2/C/P: car wash Mansfield Rd, workers sleep in shipping container on site.",
  "cond", "sleep poor", "L", "m")
T("anyone know if the polish lads at the scrapyard are ok? never see them anywhere but there",
  "", "", "", "l")
T("Girl at the bus stop says her 'boyfriend' makes her do favours for his mates to pay off what she owes him. She's 15.",
  "vul debt", "", "S", "h")
T("101: man in hi-vis asking for directions to the job centre, lost. Given directions.",
  "", "", "", "l")
T("Nom KOLA Erion arrested at Luton. Phone shows lists of names, 'debt' and weekly sums for 11 gardeners.",
  "debt", "", "C", "m")
T("Woman at the hand car wash kiosk keeps ALL the lads bank cards in a shoebox under the till.",
  "wag", "cards ncw", "L", "m")
T("Caller: teenage boy dropped off every morning at 5:30 at the bakery, picked up 9pm, looks ill.",
  "vul ot", "early app hrs", "L", "h")
T("Staff at warehouse paid late this month due to payroll error at the agency; corrected the following Tuesday.",
  "", "", "", "l")
T("Victim says: 'He told me if I run, they will find my little sister in Hanoi.'",
  "thr", "", "", "m")
T("Roofer (British, 45) injured falling from a ladder, employer's insurance covering wages. No concerns.",
  "", "", "", "l")
T("SAR: 23 debit cards for different names used at one ATM in Sparkhill at 2am.",
  "", "cards", "", "l")
T("Our cleaner from Brazil has her own flat and car and sets her own hours, neighbour reported her for no reason.",
  "", "", "", "l")
T("MSOICU flag: vulnerable adult with Down's syndrome used by a family in Essex to hold eleven bank accounts receiving scam proceeds; cards kept by the family.",
  "vul", "ncw cards", "C", "m")
T("He lock us in the unit at night, key with him, we work the sewing machines until 2am.",
  "rom ot", "sR hrs", "L", "h")
T("No sign of anyone being held against their will at the property. Occupants are a family of six.",
  "", "", "", "l")
T("DtN: adult male, Eritrean, made to sell drugs in Leeds city centre for a man who kept his ID and 'lent' him £2k for the journey that he now has to pay back by dealing.",
  "doc debt", "sD", "C", "m")
T("Police log 1/A/P. Victim's mother in Tirana received photo of her own front door from an unknown number after son refused to return to the grow. Threat assessed as credible.",
  "thr", "", "C", "m")
T("Interpreter: she says the woman who brought her took the phone away on the first day and she has not spoken to her family since Christmas.",
  "iso", "sI", "", "m")
T("GLAA note: gangmaster charges workers £10/day minibus + £30 for hi-vis and boots. Wages otherwise paid to own accounts. Workers content. Charges to be stopped.",
  "", "chg ppe", "", "l")
T("Long-term caseworker note (BAWSO, Cardiff), compiled from three sessions.\n\nClient K, 29, Nigerian, came to Wales in 2019 believing she would work as a carer for an elderly relative of 'Auntie B', a family friend from church. In practice she was the only domestic help in a four-bedroom house in Newport with five adults and four children. She describes rising at 5 to prepare breakfasts, school runs on foot, cleaning, laundry by hand, cooking two evening meals (one Nigerian, one 'English' for the children) and ironing until around midnight.\n\nShe never received wages. Auntie B said she was 'paying back' the cost of the visa and flight, a figure that went from £4,000 to £9,000 'because of food and bills'. Her passport was kept 'with the family papers' in Auntie B's bedroom. She was not registered with a GP; when she had a miscarriage in 2021 she was told going to hospital would get her deported.\n\nShe left after a neighbour slipped her a number for a helpline. She is now receiving support under the MSVCC and has a positive RG.",
  "dec ot wag debt doc thr vul", "hrs sD fear ncw", "D", "h")
T("INTELLIGENCE REPORT 3/C/P\nSubject: unnamed Chinese male 'Ah Wei'\nSource reports Ah Wei supplies cooks to 7 takeaways in Kent and Sussex. Cooks arrive on visitor visas, 'owe' between £20k and £30k to snakeheads, and are moved between shops every few months. Pay is said to go straight to Ah Wei, who passes on a token amount. Unconfirmed.",
  "debt wag", "ncw", "L", "m")
T("A woman walked into the Sheffield police station front counter at 2330. She is Thai, 38, says she worked in a massage parlour in Rotherham for 2 years for the 'mamasan' to pay back 600,000 baht, but now her visa has expired and she wants help to go home. She said she was paid a share and could go out in the daytime. Reception officer arranged interpreter for morning.",
  "debt", "", "S", "h")
T("Home Office SCA minute, RG negative. The PV, a Vietnamese adult, says he worked in a nail bar in Bristol, set his own hours, was paid weekly in cash at the same rate as others, lived with friends and chose to move to another salon. No indicators of control. The SCA concludes there are no reasonable grounds.",
  "", "", "", "l")
T("hes got them working on his roofs for nothing, says its 'training', three young lads from the travellers site and they dont go to school. saw him slap one round the head",
  "vul wag vio", "", "L", "h")
T("GLAA warrant debrief: 11 Romanian workers recovered from a potato farm in Lincolnshire. Interviews reveal they were told in Romania they'd earn £400/week; actual pay after 'rent', 'transport' and 'food club' was £20-£40. Three were forced to sleep in a barn. Gangmaster's partner held all identity cards. One worker says gangmaster threatened to have him 'put in the ground' if he talked to us.",
  "dec wag cond doc thr", "chg sleep sD ncw", "L", "h")
T("Anonymous online report:\nTHERE IS SOMETHING WRONG AT THE CURRY HOUSE ON BRIDGE ST!!! the waiters are always the same 3 lads and they sleep there i have seen them bringing mattresses in. the owner SHOUTS at them. i dont think they get paid proper either!!! somebody do something",
  "", "sleep", "L", "m")
T("Sky News style: A crew member of a Scottish prawn trawler, originally from Sri Lanka, told an employment tribunal he worked 20-hour shifts and was only allowed ashore when accompanied by the skipper's son. The tribunal awarded him unpaid wages of £27,000 after hearing he had received nothing for 10 months.",
  "ot rom wag", "hrs esc sR", "L", "h")
T("Multi-agency (MASH) note: Mother reports her 13yo daughter has been 'befriended' by older boys who give her vapes and lifts. She now has a second phone and comes home at 3am. School notes a decline. CSE screening tool: significant risk.",
  "vul", "", "S", "h")
T("Caller says her husband's employer at the farm keeps their payslips and gives them cash 'minus what they owe for the caravan' every Friday. Left to them: £30 each. They have four kids. Been there 4 years. They are scared he'll report them because their EUSS paperwork isn't sorted.",
  "wag debt vul", "ncw fear", "L", "h")
T("International liaison (Romanian Police, DIICOT): request for information on 12 Romanian men recruited from a small town in Vaslui to 'demolition' work in Birmingham. Families report sons phoned saying they were locked in a house each night and had had phones confiscated.",
  "rom iso", "sR sI", "L", "h")
T("NCA Online Child Sexual Abuse team referral: adult male in Wolverhampton livestreaming abuse of children in the Philippines, paying facilitators via money transfer services. Children aged 6-11.",
  "vul", "", "S", "h")
T("GP letter: Patient (F, 33, Romanian) attended with bruising to face and ribs. Says her 'manager' hit her because she didn't bring back enough money from clients. Disclosed she has to give all her earnings to him. Refused police. Referred to ISVA and DtN completed.",
  "vio wag", "app ncw", "S", "h")
T("Her own passport was in her handbag and she showed it to officers; she said she chose to come and can leave her employer, and there's no evidence of anything else.",
  "", "", "", "l")
T("Safeguarding alert from a care home (Kent): agency carers from Zimbabwe on sponsored visas say their sponsor deducted £3,500 'certificate of sponsorship fee' from their first wages and told them their visa would be cancelled and they'd be sent home if they moved. They work 70+ hours a week across two homes.",
  "debt thr ot vul", "fee hrs fear", "L", "h")
T("We were picked up in Calais by a man who said 'You will pay me in England'. Now I work in the bakery every night, and each week he tells me what is still left. It never goes down because he adds for the room.",
  "debt", "", "L", "m")
T("Organised begging: adults with disabilities from Romania brought to Manchester city centre each morning in a van by a man called 'Bebe', who collects their takings at 2pm and 6pm. Bebe hit one man with a walking stick in front of witnesses.",
  "vul wag vio", "esc ncw", "C", "h")
T("Police log: Allegation that a Slovak mother is forcing her son (16) to shoplift in Sheffield. On enquiry, the boy is engaged with YOT, lives with his father, and there is no evidence of anyone directing him. Case closed.",
  "", "", "", "l")
T("NRM referral extract (Immigration Enforcement first responder): PV (M, Vietnamese, 24) says a 'broker' in Nghe An arranged his travel for USD 20,000 against his parents' house deeds. In the UK he was told to work on a cannabis farm to repay, moved between houses in the back of a van with blacked out windows. Never knew the town names.",
  "debt iso vul", "sI esc", "C", "h")
T("INT 2/B/P: sex worker advert on Vivastreet uses same phone as a nail bar manager in Reading. Women may be working in both.",
  "", "", "", "l")
T("Teacher: Year 9 boy told me his dad's 'friend' pays him to carry parcels to Bournemouth on the train and that he'll get 'merked' if he stops. He has £50 notes and is absent on Fridays.",
  "vul thr", "", "C", "h")
T("AAA+ reviews on Google for the car wash on Station Rd: 'Lads always cheerful, fair prices, they told me the boss gives them proper contracts' – nothing of concern in the review sample.",
  "", "", "", "l")
T("Home Office IE encounter at a construction site in Hackney: 4 Brazilian men, overstayers, working cash in hand. All said they arranged the work themselves and are paid daily £120. No indicators. Immigration bail.",
  "", "", "", "l")
T("MS Helpline: Caller was a lorry driver. Saw three men climb out of a trailer at Toddington services; they ran over the fence. No contact made.",
  "", "", "", "l")
T("Duty to Notify (Met): Female, Romanian, 40. Says she was sold by her husband to a man in London who made her beg outside Tube stations and keep nothing; he took her ID card. Beaten with a broom when her takings were low. Refused NRM.",
  "wag doc vio", "ncw sD", "C", "h")
T("Tell me why the girls at the beauty place on Church St never leave and a man drives them home at 11 pm every night? im not racist i just think its weird",
  "", "esc early", "", "l")
T("SAR (bank): customer receives 4x salaries from a bakery under 4 names, transfers all to a Romanian account daily. Branch staff say customer accompanies 'cousins' who don't speak English and answers for them.",
  "wag", "ncw spk", "L", "m")
T("Statement of IP (Polish, 55) through interpreter:\nI answered an advert in the Polish shop in Coventry for work in a factory. A man named Marek picked me up. He said I could stay in his house for free until the first pay. There were nine of us in three rooms. He opened a bank account for me and kept the card and the letters. I worked in a chicken factory, five nights a week. He gave me £40 in a week. When I asked about my wages, he said there were costs for the house and the lift. When I said I'd go to the police, his brother held a knife near my neck and said they would find me anywhere.\nI was with them for two years. I left when the factory manager asked me why I always looked so tired and I told him.",
  "dec wag vio thr cond", "crowd ncw chg app", "L", "h")
T("The Albanian guys in the flat next door say they work for a builder who pays them well and lets them go home at Christmas. Just letting you know they seemed fine.",
  "", "", "", "l")
T("GLAA: Complaint from worker that shifts at a strawberry farm were cut to 20 hours for two weeks due to rain, meaning low earnings. Employer lets workers take other jobs. Not a labour abuse matter.",
  "", "", "", "l")
T("Officer note: Missing person report for 17yo male, Vietnamese, placed in Croydon supported housing; third time missing. Previous encounter: found in a nail bar in Swindon with unknown adults. High risk of re-trafficking.",
  "vul", "", "L", "h")
T("Intel: an older woman brings teenage girls on the train from London to Margate for 'parties' at a hotel on weekends. One girl was seen crying in the lobby.",
  "vul", "esc", "S", "h")
T("Police Scotland: woman (28, Hungarian) reported ex-partner for harassment. He texts her constantly and turned up at her work. No exploitation; domestic abuse pathway.",
  "", "", "", "l")
T("My uncle came from Pakistan and he works in my dad's shop, he lives with us and gets paid every month, he has his own phone and goes to the mosque on his own. The teacher asked if he was a slave because he works a lot, but he isn't.",
  "", "", "", "l")
T("NRM decision note, RG positive, organ harvesting. PV, Egyptian male, 31, recruited online by an agent who promised construction work in the UK; on arrival at an address in Birmingham was told the 'real job' was to 'donate' a kidney for a private patient and that his family would be harmed if he refused. Medical tests were done in a private house. Escaped before surgery.",
  "dec thr", "", "O", "h")
T("ive been working for him for 3 month and he still hasnt paid me any of it. he says next week always next week. i got no money for food, he has my passport and i sleep on a mattress in the warehouse office",
  "wag doc cond", "sD sleep", "L", "h")
T("Dover Port: BF officers encountered a coach of 40 Ukrainian seasonal workers. One worker privately told officers he paid a Kyiv recruiter USD 2,500 for the visa and still owes USD 1,000 that comes off his pay. Rest had no concerns. Referred to GLAA.",
  "debt", "fee", "L", "m")
T("Vietnamese female, 19, says boss keep her money 'to send home' but family say they never received any.",
  "wag", "ncw", "", "m")
T("OIC update: Suspect for the Brighton pop-up brothel has been charged under s2 MSA. Victims (3 Romanian women) have been moved to safe housing. All three describe being sent to men every day and hit by suspect when they refused.",
  "vio", "", "S", "h")
T("NCA summary: investigation into a Slovak family OCG moving adults from eastern Slovakia to work in recycling plants in Kent and Essex. Victims were living in overcrowded houses (up to 20 per house), given £10 a week, and their social security claims were made in their names and the money taken. Several victims have severe learning difficulties. Eight nominals arrested across Medway, Southend and Basildon.",
  "vul wag cond", "crowd ncw", "L C", "h")
T("Police: arrested male at cannabis factory stated 'I do this for my own money, I have a share'. No debt or restriction described; defence solicitor raised no s45 defence. Outcome pending.",
  "", "", "", "l")
T("The lady from the agency said the job in the hotel in London would pay £1,500 a month and that we'd live in staff accommodation. We ended up cleaning houses for an old couple in Surrey, no pay, sleeping in a garage.",
  "dec wag cond", "sleep", "D", "h")
T("Debrief notes, MS Unit, Greater Manchester. Male, 35, Indian (Gujarat). 'I came on a visitor visa. The man in Leicester gave me the job in the clothing factory. Two weeks later he said my visa is finished now and if I leave the police will take me to jail. He gives me £100 a month and keeps the rest for my \"case\".' Works 6am-10pm most days. Sleeps on cardboard behind cutting tables.",
  "vul thr wag ot cond", "fear ncw hrs sleep", "L", "h")
T("Pop-up brothel in Airbnb, Birmingham city centre: 2 women, both Romanian, adult; no phone of their own, one says the phone is kept by 'the driver' who takes them between cities.",
  "iso", "sI esc", "S", "h")
T("SCA minute: PV's account that his employer in a Bradford restaurant 'underpaid' him by £1 an hour is noted. He was free to come and go, had his own documents and left on his own terms. The account is one of an employment dispute, not forced labour. Negative RG.",
  "", "", "", "l")
T("NCA: intelligence suggests diplomatic household in St John's Wood employs two Ethiopian domestic workers who have not been seen outside for months. The household claims immunity. FCDO informed.",
  "rom", "sR", "D", "m")
T("On-street: Romanian male (44), wheelchair user, begging outside Victoria station. Told PCSO he is paid £10 a day by the men who bring him; they keep the rest. He doesn't know where he sleeps, 'just a house'.",
  "vul wag iso", "ncw sI", "C", "h")
T("GLAA audit note: Farm labour provider demonstrated accommodation in good repair, 4 workers per house, each with own room, rent deducted at the legal offset rate. Transport voluntary and free. No issues.",
  "", "", "", "l")
T("I have to work or they say they will show the video to my family. What video: the men film me with clients.",
  "thr", "", "S", "h")
T("DtN from a hospital in Hull: Male, Kurdish, 26, admitted with severe chemical burns from a car wash. Says he's been working 12 hrs every day for 'Kaka' and sleeps at the wash. Would not give Kaka's full name. Declined NRM.",
  "cond ot", "sleep hrs app", "L", "h")
T("Borders (Heathrow T5): 19yo Filipino woman, traveling with a Saudi family as 'nanny', told BF she had not been paid since hiring and did not know where in the UK they were staying. Family held her passport in a bag with theirs.",
  "wag iso doc", "sD sI", "D", "h")
T("OCG summary (Operation Tamar, West Midlands ROCU): Chinese-run network of 14 massage shops across 6 forces. Women aged 20-45, recruited in Fujian through 'job agencies' that promised restaurant jobs. Evidence of debts of ¥200,000, passports held by a 'manager', CCTV showing women escorted between premises. Financial analysis shows £3.2m moved via underground banking.",
  "dec debt doc", "sD esc", "S", "h")
T("Eyewitness: i saw a man pushing a skinny lad into a car outside the hostel and the lad was crying saying he didnt want to go back to the farm. car went towards the A14. about 10 mins ago",
  "vio rom", "app sR", "L", "i")
T("Police log: Concern for welfare - Romanian family living in car. Visited: they are waiting for housing after arriving to join relatives; adults are looking for work. No exploitation. Referred to council.",
  "", "", "", "l")
T("ur meant to help, the kid at the kebab shop is like 13 and he works till 2am every night and school said nothing. the owner is not his dad.",
  "vul ot", "hrs", "L", "h")
T("Regional Organised Crime Unit intel, 2/B/P: Hungarian nominal FARKAS Gabor controls accounts of 17 workers at a cold store in Lincs; workers get £50 cash a week and told 'the rest is paying your debt'. FARKAS has threatened workers with his dogs.",
  "wag debt thr", "ncw", "L", "h")
T("Victim debrief (via interpreter, Amharic): She says that the employer's wife hit her with a shoe almost every day. She says that she was given the leftover food from the children. She says she was told she cannot go to the shop alone because 'it is dangerous in London'. She says she was not allowed to talk to the Ethiopian driver of the neighbours. She did not receive any salary for 3 years.",
  "vio rom iso wag cond", "sR sI", "D", "h")
T("Police handover: female (22, Nigerian) at Heathrow claims asylum, says she was brought by a woman who took her to a house in Italy where she was forced into prostitution for 2 years. She came to UK to escape. No UK exploitation. NRM referral made for the Italian exploitation.",
  "", "", "S", "h")
T("Kitchen porter at a hotel in Blackpool says he has worked 65-hour weeks in the summer peak, all paid with overtime at a premium; he's fine and wants the hours.",
  "", "", "", "l")
T("NCA UKFIU: credit union reports a member (Mr S) receiving payments from a cleaning company, who says 'a friend' handles his money because he doesn't read English; the friend accompanied him and answered all questions. Member later phoned alone to say he wants his card back but is scared.",
  "vul wag", "ncw spk", "L", "m")
T("Police log, IP (F, 26, Vietnamese): found working in a nail salon in Shrewsbury. Says she owes 'Anh Tuan' GBP 15,000 and he takes her wages each Sunday. Has been shown photos of her mother's house in Vietnam with the message 'we know'. Lives with other workers in 1 room above the shop. Taken into care of MSVCC.",
  "debt wag thr cond", "ncw crowd", "L", "h")
T("Student from Nigeria working as a carer part-time. Says agency messed up her rota and she worked 4 shifts in a row. They paid her for all the hours and apologised. Just wanted advice.",
  "", "", "", "l")
T("Intelligence summary (NCA, cross-border): Eritrean men smuggled via Libya and Italy arrive in UK; some are told on arrival that their families must pay a further USD 3,000 or they'll work in a car wash until it's paid. One in Swansea confirmed working 13-hour days to pay it off.",
  "debt ot", "hrs", "L", "m")
T("He took me to the flat and said 'this is your work now'. I thought I was there to look after his mother. I was 16.",
  "vul dec", "", "S", "h")
T("Outreach note: Met a Romanian man sleeping in a tent near the farm. He says the farmer stopped paying him in June and he can't leave because he has no money for the bus and his passport is 'in the farmhouse'. He says the farmer doesn't lock anything but he feels he can't go.",
  "wag doc", "sD", "L", "m")
T("Mine's a simple question, is it normal that my boss at the takeaway asks for my BRP to photocopy it? He gave it back straight after.",
  "", "", "", "l")

# ---- part 3 ----
T("NATIONAL INTELLIGENCE ASSESSMENT — EXTRACT (MSOICU / NCA joint)\n\nSummary. Between January and June, 27 forces submitted 412 logs relating to hand car washes. The large majority describe low-level employment or licensing issues (no contracts, cash pay below NMW, lack of gloves and eye protection) rather than forced labour. A minority (approx. 40 logs, concentrated in Greater Manchester, West Yorkshire and the West Midlands) describe a consistent model of control: Kurdish Iraqi and Albanian workers recruited in Calais or Brussels, housed in shipping containers or caravans on the wash site, told they owe GBP 8,000-12,000 for the journey, and paid GBP 20-30 a day from which 'rent' is taken.\n\nAssessment. It is highly likely that the organisers of the minority model are linked through a small number of facilitators who also arrange small-boat crossings. Victims rarely self-identify; fear of removal is the main barrier to disclosure.\n\nIntelligence gaps: ownership of the sites; how payments reach facilitators.",
  "debt cond wag vul", "sleep poor fear", "L", "h")
T("GLAA licence inspection report — Labour Provider L/0412 (Herefordshire)\n\nScope: 210 workers on soft-fruit farms; accommodation in 38 caravans on two sites; transport by 3 minibuses.\n\nFindings:\n1. Payroll: wages paid weekly by BACS into workers' own accounts at or above NMW. Overtime paid. Compliant.\n2. Accommodation: caravans inspected; 4 per caravan, working heating, hot water, fire alarms. Compliant.\n3. Transport: free of charge. Compliant.\n4. Documents: workers hold own passports and BRPs; none kept by the provider. Compliant.\n5. Worker interviews (24, in Romanian, Bulgarian and Nepali, without managers present): no complaints of threats or mistreatment; several had worked for the provider for 4 seasons.\n6. Minor: one worker's induction record unsigned. Advisory only.\n\nConclusion: licence standards met.",
  "", "", "", "l")
T("Victim account, written by the victim (Romanian, translated by app):\n\nI am from village near Craiova. In 2022 a man called Sorin come to our house and say he can find work in England for me and my brother in construction, 60 pound a day, and house free. We give him 300 euro each for the ticket.\n\nIn England he take us to a house in Luton. There was 14 man in the house, sleeping on floor, one toilet. Sorin say the ticket was more expensive and now we owe 1,000 pound each plus the house. Every day we are taken in van at 5 to the building sites and come back 8 or 9 in night. The money from the job go to the card, but Sorin have the card. He give us 20 pound for week for food.\n\nWhen my brother say he will go home, Sorin hit him in the face and break his nose. Sorin say he know our mother's house and that she will have accident.\n\nWe leave when the police come to the site for other reason.",
  "dec debt cond ot wag vio thr", "fee crowd early esc hrs ncw", "L", "h")
T("Police log. 0115 hrs. Call from female (Eng poor) at Travelodge Bristol, room 214: states 'man lock me, he come back soon, I not want do sex'. Line cut. Units dispatched grade 1.",
  "rom", "sR", "S", "i")
T("Immigration Enforcement note: overstayer from Bangladesh arrested at restaurant in Sylhet-run curry house in Cardiff; says he is paid £350 a week cash, lives with his cousin, can change jobs. No indicators.",
  "", "", "", "l")
T("The boss keeps our papers safe in the office, he says for the inspection. We never see them.",
  "doc", "sD", "L", "m")
T("nobody gets paid there, he just gives them food and fags",
  "wag", "", "L", "m")
T("i asked for my id back after the bank account was opened and he laughed",
  "doc", "sD", "", "m")
T("SCA RG decision. The PV, a British male aged 41 with long-standing alcohol dependency, reports that a family in Kent offered him a caravan and beer in exchange for 'a bit of labouring'. Over four years he tarmacked driveways six or seven days a week, was never paid, was beaten by one of the sons on at least three occasions, and was told he would 'end up in the lake' if he went to the police. He did not know the address of the site. Decision: positive, labour exploitation.",
  "vul wag ot vio thr iso", "hrs sI", "L", "h")
T("Border Force, Manchester Airport T2 — intel report. Three Pakistani men arrived on visit visas for 'business conference'. Secondary exam: all three had identical printed instructions in Urdu listing an address in Bradford and a phone number, and stated a man would meet them to take them for 'hospital tests'. One said he had been promised GBP 5,000. Medical reports in luggage show kidney compatibility screening. NCA notified re possible organ trafficking.",
  "", "", "O", "m")
T("CPS case summary (Operation — redacted): D1 and D2 are charged under s2 Modern Slavery Act 2015 with arranging the travel of a Nigerian man to London with a view to the removal of a kidney for transplantation into D2's relative. The victim was told he was coming to the UK for work, that the 'tests' were for a visa, and was coached to tell the hospital that he was a family member donating out of love. Consent was obtained by deception. The hospital's Human Tissue Authority assessment identified the inconsistencies.",
  "dec vul", "", "O", "m")
T("Call from kidney patient's wife asking if it's true you can get a kidney 'from India for cash'. Given advice: illegal in UK, referred to transplant team. No offence.",
  "", "", "", "l")
T("Europol EMPACT note: a Slovak network is recruiting Roma women with intellectual disabilities into sham marriages with Pakistani nationals in the UK who need an EU spouse for residence. Women are held in flats in Glasgow and Sheffield after the ceremony, their ID cards taken, and used for benefit claims. Two reported sexual abuse by the 'husband'.",
  "vul rom doc vio", "sR sD", "C S", "h")
T("Neighbour dispute: complaint that family next door have 'too many people living there and cars blocking'. Officers attended: extended family of 9 (grandparents, parents, 4 kids, an aunt). No concerns.",
  "", "", "", "l")
T("One of my workers, a Latvian guy, asked me to look after his passport because he keeps losing things. I put it in the safe but he can take it whenever, he knows the code. Is that OK with GLAA?",
  "", "", "", "l")
T("INT 2/B/P — Vietnamese juvenile, approx 15, seen at nail bar in Wrexham each day of school term, driven in at 0800 and out at 2000 by adult male in Lexus VRM YF21 ... Juvenile not registered with any school.",
  "vul ot", "early esc hrs", "L", "h")
T("Police log: Mr A, Romanian, reports his employer owes him two weeks of pay after he left the job at the bakery. He has a new job, his own flat and documents. Advised ACAS and small claims. Employment dispute only.",
  "", "", "", "l")
T("Sent from my phone: I work in the big house in Hampstead, madam takes my phone at night and my passport since I come. I am tired. I want go home to Sri Lanka. I not know the street name.",
  "iso doc", "sI sD", "D", "m")
T("Safeguarding — college referral. Student (18, Eritrean, care leaver) says his 'friend' who found him a job in a car wash keeps his bank card and gives him £30 a week, and has told him he has to keep working there for a year to 'pay back' the rent of the room. College notes he often falls asleep in class and has the same clothes on.",
  "vul wag debt", "ncw app few", "L", "h")
T("Financial intelligence (SAR, money service business): 60+ transfers to Tirana from 14 different senders in one week, all with same mobile number and address in Bradford. Senders all males 18-22 with same employer (a car wash). Staff note the same older man brought them in groups and held their ID to show the cashier.",
  "", "spk", "L", "m")
T("wtf is goin on at the massage shop by the station, its open 24/7 and i saw a girl run out crying and a guy dragged her back in by the arm. just now",
  "vio rom", "sR", "S", "i")
T("Caseworker note: Client reports the agency which placed her at the hotel charged her £80 for uniform and shoes, taken from her first pay. Hotel pays correctly otherwise and she's happy there. Will raise the PPE charge with GLAA.",
  "", "ppe", "", "l")
T("The woman came into the pharmacy with a man who spoke for her and paid. She had a black eye and kept looking at him.",
  "", "spk app", "", "l")
T("Home Office SCA — conclusive grounds, positive (criminal exploitation). Mr N, Albanian, was 16 when recruited in Durres by a man offering 'cafe work' in London. He was made to deal cocaine from a flat in Peterborough for 14 months. The handlers took his phone and gave him a work phone only; he was told his debt for the lorry crossing (GBP 15,000) increased each time he was short. He was beaten with a hammer after he was robbed of drugs.",
  "vul dec iso debt vio", "sI", "C", "h")
T("Good morning, this is just to say the Polish fella at the recycling yard on Sandy Lane looks like he's living in the office. Lights on all night, washing hanging in the yard. He seemed cheerful though.",
  "", "sleep", "", "l")
T("Victim debrief (female, Chinese, 44), via Mandarin interpreter. She says she was told in Fuzhou she would work in a restaurant in London for GBP 2,000 a month. She says she was instead taken to a house in Croydon and told she must provide massage and 'extra service'. She says the boss said she owed RMB 180,000 and her family in China would be visited if she stopped. She says she was never allowed out alone and slept on a sofa in the room where she worked.",
  "dec debt thr rom cond", "sR sleep", "S", "h")
T("Adult social care safeguarding: Mrs D (79) cared for at home by her granddaughter who is paid Carer's Allowance. Granddaughter works long hours caring; no coercion. Respite care arranged.",
  "", "", "", "l")
T("MSOICU tasking: Operation reports from Lancashire and Cumbria of Vietnamese males arrested in grows. Common account: debt to 'the boss' of USD 30-40k; taken phones; windows covered; gardeners live in the property; food delivered. Lancs has 3 adults with burn injuries to hands and arms from faulty wiring.",
  "debt iso rom cond vio", "sI sR sleep app", "C", "h")
T("ok so i dont know who to tell but my friend (shes 16) is staying at a mans house in Walsall and he makes her do stuff with his friends and gives her coke. she says she cant leave cos she owes him. i think shes there right now",
  "vul vio debt", "", "S", "i")
T("Police log: DV - victim (F, 31) reports partner controls all finances, takes her wages from her job at Asda and gives her an allowance; history of assaults. MARAC referral. No labour or sexual exploitation identified.",
  "", "ncw", "", "l")
T("Construction site audit (principal contractor, Liverpool): all 88 operatives carded, paid through PAYE; subcontractor's workers interviewed, no charges or fees. Nothing of note.",
  "", "", "", "l")
T("Intelligence from Spanish Policia Nacional via NCA ILO: Colombian transgender women recruited in Bogota for 'hostess' work in Madrid and London; London flats in Kensington and Paddington. Each woman told she owed EUR 6,000 on arrival, 'fines' added for lateness. Earnings collected nightly by a 'mami'.",
  "dec debt wag", "ncw", "S", "h")
T("3/C/P: Unknown Asian male seen at bus stop crying near the industrial estate. No further info.",
  "", "", "", "l")
T("Statement (farmer, Kent): 'I pay my pickers through the payroll company, everyone gets a payslip. The site manager is a good lad. If anyone told me they were being charged for a lift I'd stop it.' Enquiries found no charges.",
  "", "", "", "l")
T("NRM (LA first responder, Lambeth): child, 15, British, groomed online by a man who sent him money and trainers. Since April, made to carry drugs to Norwich; when he tried to stop, the man posted a video of him being beaten on Snapchat as a warning. Mum reports he's been missing since Friday and is believed to be in a trap house now.",
  "vul vio thr", "", "C", "i")
T("Worker hotline (agency: ProStaff): caller asked why his payslip showed a £4 deduction for safety boots. Explained boots are issued free and deduction was an error, refunded.",
  "", "", "", "l")
T("Sheffield: 5 Slovak men in a 2-bed flat, gaffer took their ID 'for the contract'. They get £30 a week. Told if they complain they'll be 'sent back in a box'.",
  "doc wag thr cond", "sD crowd ncw", "L", "h")
T("FIU: Customer (Mr R) has 9 bank accounts opened in names of Vietnamese nationals at the same address, all paid wages by a nail bar group. Card activity shows all cards used by one device. Customer is the nail bar manager.",
  "wag", "cards ncw", "L", "m")
T("Witness statement (mechanic, garage next to car wash): 'The lads at the wash next door come over for a brew sometimes. They rent a house in town and drive in. They told me they get paid £80 a day. I never saw anything nasty.'",
  "", "", "", "l")
T("Border Force, Dover eastern docks: 14-year-old Romanian girl travelling with a man, 32, who claimed to be her uncle. No relationship documents. She told officers through interpreter that he'd promised her a job as a babysitter and that she'd meet 'other girls' in London. Her phone had been taken by him 'so she doesn't lose it'. BF detained male; girl to social services.",
  "vul dec iso", "sI", "", "h")
T("Intel: the lads working at the sandwich factory are all brought in one minibus and each pays £7 a day for the seat; the driver collects their wages card on Friday.",
  "wag", "chg ncw", "L", "m")
T("Duty to Notify — anonymous. Male, Ghanaian, 50s. Worked as a live-in carer for an elderly lady in Essex, employed by her son. Paid £200 a month for 24/7 care. Not allowed a day off as 'mum needs you'. Son threatened to call the Home Office about his visa if he left.",
  "wag ot thr vul", "hrs fear", "D", "h")
T("Help. My dad says I must marry his friend in Bangladesh next month. He took my passport. I am 17. I'm at school now.",
  "vul doc", "sD", "", "h")
T("Officer note: welfare visit to Sudanese asylum seeker at hotel in Folkestone. He says a man offered him work at a car wash for cash; he declined. No exploitation occurred. Advised about risks.",
  "", "", "", "l")
T("ppl workin at that chicken factory are treated like animals, they aint allowed toilet breaks, 14 hour shifts and the supervisor screams at them. wages get paid to some bloke not them",
  "cond ot wag", "hrs ncw", "L", "h")
T("GLAA: Shellfish gathering gang, Morecambe Bay. Workers (Chinese) sent out at night onto sands with no safety equipment or tide knowledge; gangmaster keeps their cockle money and pays them 'later' which never happens. Housing: 20 in a 3-bed.",
  "cond wag", "crowd ncw", "L", "h")
T("interpreted: she says that the men told her if she told anyone at the clinic, her daughter in Romania would be taken.",
  "thr", "", "", "m")
T("Police log: male (Polish, 35) reports he was robbed of his wages by two men outside the Co-op on payday. Suspects unknown. Victim works for a licensed agency. Street robbery.",
  "", "", "", "l")
T("Caseworker handover (Migrant Help): 'J' has decided not to enter the NRM. He says he paid a fixer £1,200 in Delhi for a care-worker job that does not exist. No work took place in the UK; he is now homeless in Birmingham. Referred to housing and Citizens Advice.",
  "dec", "fee", "", "m")
T("Intelligence log, 2/B/P (Thames Valley): Brothel above a vape shop, Slough. Three women from Thailand. Source reports the women's passports are in a safe in the shop and they are not given a key to the outside door. Clients let in by a male in the shop.",
  "doc rom", "sD sR", "S", "h")
T("NCA ILO Bucharest: Romanian police arrested recruiter who placed 'dozens' of girls from orphanages into UK sex work via 'loverboy' method, romances online, then debts. Two victims identified in the UK: Nottingham and Derby.",
  "vul dec debt", "", "S", "h")
T("A man phoned from Leicester station, very upset. Said he'd come from Italy for a job in a factory but the agency address is an empty shop. He has his documents and money for a hostel. No one is controlling him. Given advice.",
  "", "", "", "l")
T("The man only gives us rice and lets us shower once a week. We are nine women in one room in the basement.",
  "cond", "crowd poor", "", "m")
T("POI ZHANG Li (F) — coordinates visits between 5 massage premises in Leeds; girls rotate every week, picked up Sunday by ZHANG's driver. One girl told outreach she's not allowed to go out 'because of police'.",
  "rom", "esc sR fear", "S", "h")
T("GP: 52yo man from Romania, new registration, came with 'employer' who held all documents and filled the form. Pt very thin, scabies, says he sleeps in a barn. Employer would not leave room.",
  "doc cond", "sD spk app sleep poor", "L", "m")
T("Just want to report that the girl who works at our local nail shop (Vietnamese, maybe 20) is lovely and lives with her husband round the corner. Someone in our Facebook group keeps saying she's trafficked which is upsetting her.",
  "", "", "", "l")
T("NRM referral (Police Service of Northern Ireland): male, Romanian, 38, worked on fishing boats out of Kilkeel for two seasons; told his wages were being 'held' until the end of the season and then received nothing; skipper took his ID and he slept on board; worked 18-20 hour days during trips; struck with a rope when he slowed down.",
  "wag doc cond ot vio", "sD sleep hrs", "L", "h")
T("Midlands ROCU summary of joint operation with Immigration Enforcement and GLAA across 4 forces (West Mercia, Staffs, West Mids, Warks). Fifteen premises visited: 6 nail bars, 5 car washes, 4 takeaways. Outcomes: 2 potential victims (Vietnamese adults at a nail bar in Hereford: worked 7 days, 10 hours a day, paid £100 a week of the promised £300, lived above the shop with a 'manager' who kept their passports) referred to NRM. All other premises: workers legitimately employed and housed; two car washes given advice on PPE.",
  "ot wag doc dec", "hrs sD sleep", "L", "h")
T("IP says 'they give me work and in return I get nothing, only place to sleep, they say I am lucky'. Works in a field in Herefordshire.",
  "wag", "", "L", "m")
T("Interpreter notes, Albanian: 'He said I must give him all money I get from men. If not he will post the photos to my father.' She is 19.",
  "wag thr", "ncw", "S", "h")
T("Police log (BTP): 2 children (approx 10 & 12) selling Big Issue-style magazines on trains from Euston; adult female watches from the platform and takes cash every hour. Referred to children's social care.",
  "vul wag", "ncw", "C", "h")
T("A&E: Female 17, Albanian, presented after overdose. Says boyfriend brought her to UK, made her sleep with men in hotels, took the money, and hit her. Boyfriend in waiting room. Police called.",
  "vul vio wag", "ncw", "S", "i")
T("HMRC referral (NMW team): employer underpays apprentices by failing to pay for training hours. No force or control. Arrears notice issued.",
  "", "", "", "l")
T("Intel 1/B/C (Handling: not for disclosure to Local Authority): cannabis grow, Hartlepool — gardeners are two Vietnamese men who say they owe nothing and are paid a share; however doors are padlocked from the outside when the 'boss' leaves.",
  "rom", "sR", "C", "m")
T("Organ harvesting intelligence (NCA threat update, international): reports from Nepal and Bangladesh of brokers recruiting through Facebook for 'kidney sale' surgeries in third countries; one UK-resident Bangladeshi man admitted paying GBP 25,000 for a kidney from a 'donor' he never met. Donor later located in Dhaka: told he would be paid USD 6,000, received USD 800, now unable to work.",
  "dec vul", "", "O", "m")
T("Charity volunteer: 'I run the food bank. A lad from Lithuania comes in every week, says the agency house takes all his pay for rent and he's never got anything left. He's lost loads of weight. He says he's not allowed to leave the house except for work.'",
  "wag rom", "ncw app sR", "L", "h")
T("Police log: Escort agency premises visit, Manchester. Two adult women, UK nationals, self-employed, set own rates and hours. Welfare checked. No third-party control.",
  "", "", "", "l")
T("NRM decision, positive RG. PV, Sudanese, 19. Took a job at a car wash in Derby after arriving by small boat. Employer's brother took PV to a bank and opened an account; card retained. Pay for four months: none. PV slept in a portacabin with four others. PV was slapped and told he'd be 'sent to the Home Office' when he asked for his money.",
  "wag cond vio thr vul", "ncw crowd sleep fear", "L", "h")
T("DtN (Greater Manchester Police): female, Polish, 29. Works at a laundry. States employer took her passport to 'register' her and still has it 6 months later; says she has not been paid for overtime. Otherwise free to go home after shifts. Declined NRM.",
  "doc", "sD", "L", "m")
T("Police log: report that children are working at a car boot sale with their parents on Sunday mornings. Family business, children 12 and 14, helping for a couple of hours. No concerns.",
  "", "", "", "l")
T("Caseworker (Snowdrop): Client (M, Eritrean) now says the man who gave him work in the restaurant 'was kind', and he received his full wage each week, but he was scared of the Home Office. Fear of authorities noted but no exploitation; closing NRM support at client's request.",
  "", "fear", "", "l")
T("Everyone in our village knows the family who keeps a girl from Africa to do their house work, she never goes to school, she's like 13, she's out in the snow with no shoes sweeping.",
  "vul cond", "app", "D", "h")
T("Op summary (Wales, Dyfed-Powys with NCA): joint warrant at a dairy farm. 1 male (British, 60s) found living in a cattle shed, unpaid for 'over 20 years'. Farmer's family say he 'was like family'. He had no bank account and no ID; told he couldn't survive outside.",
  "wag cond vul", "poor sleep", "L", "h")
T("Help please my cousin works in a warehouse in Northampton, they took him on for 8 hours, now they make him do 16 hours every day and if he says no they say he will lose job. He is OK money-wise.",
  "ot thr", "hrs", "L", "m")
T("Border Force encounter report, Eurotunnel Folkestone: Polish-registered van carrying 6 Ukrainian women. Driver says they're going to a cleaning job in London; women say they don't know which company. Two women had no phones; one disclosed the driver had collected their passports 'for the border' and not given them back. Referred to MSHTU; driver arrested.",
  "doc iso", "sD sI", "", "m")
T("Intel: Nigerian woman in Croydon 'housekeeper' for a pastor's family, works from 5am to midnight, no pay, sleeps in the hallway. Church members say she is 'paying for her blessing'.",
  "ot wag cond", "hrs poor", "D", "h")
T("NCA summary: 'loan-to-work' model among Indian nationals in Leicester garment units. Workers borrow GBP 5-10k from owner for family emergencies in India and repay by working; the balance is kept by the owner and workers report it hasn't reduced in years. Average working week 70-80 hours. Several workers sleep at the units.",
  "debt ot vul", "hrs sleep", "L", "h")
T("Report from a hostel: a Roma man (40s) with a learning disability is picked up every morning by a family who take him to 'pave' and keep his benefits. He comes back at 9pm exhausted. Told staff he's scared of them.",
  "vul ot", "early ncw hrs", "L", "h")
T("Caseworker note (Kalayaan): overseas domestic worker arrived with Emirati family in July. Reports she was allowed a day off each Sunday, kept her passport, and was paid GBP 1,200 a month to her own account. Wants to renew visa with new employer. No indicators.",
  "", "", "", "l")
T("It started when they said 'you can stay in our house, just help with the kids'. Then it was cleaning for the whole family and their cousins. They said I owe them for the food. I was 14.",
  "vul debt", "", "D", "h")
T("SCA minute: PV's claim of forced criminality (shoplifting in Nottingham for an older man) is supported by CCTV showing the man directing her and taking the bags from her; PV is 16 and was missing from care at the time. Positive RG.",
  "vul", "", "C", "h")
T("Construction intel: 'Gang of Romanians lives under a motorway bridge and is picked up by a tipper at 5.' Enquiries: the men are independent day labourers, homeless, each finds his own work. Referred to outreach; no exploiter identified.",
  "", "", "", "l")
T("Police log 2/B/P (Dorset): Polish nominal MAZUR takes 6 workers daily from an HMO to a meat plant in Poole, charges £15 each for the lift, keeps their cards, takes 'rent' in cash. Workers describe him as 'the boss who can make you disappear'.",
  "wag thr", "chg ncw", "L", "h")
T("They brought me food once a day, I could not go out, there was no window. I was there maybe 2 months watering the plants. I was 17.",
  "vul rom cond", "sR poor", "C", "h")
T("Online advert monitoring: profile 'Sweet Asian girl' — text indicates 'new girl, 24/7, outcalls and incalls' across 12 UK cities within 3 weeks. Same phone handled in Mandarin. Assessed likely controlled.",
  "ot", "hrs", "S", "h")
T("Adult safeguarding: Mr P (39, autistic) befriended by a couple who moved into his flat; he now sleeps on the sofa, they use his card, and he goes to work at a scrapyard owned by their friend for no pay.",
  "vul wag", "ncw", "C L", "h")
T("Care home in Norfolk: sponsored carers from Kerala told they must repay GBP 8,000 'recruitment costs' if they leave before 3 years; certificate of sponsorship fee deducted from wages. Hours 60/wk. Manager holds passports 'for right-to-work checks'.",
  "debt doc ot", "fee sD hrs", "L", "h")
T("Duty Inspector log: Concern re Chinese male walking on the M6 hard shoulder. Located, spoke via language line; he is a tourist who got lost after a coach broke down. Returned to the coach company.",
  "", "", "", "l")
T("The boss says we pay £50 for the gloves and boots and another £10 a day to go in his car. I am left with nothing for my children.",
  "wag", "ppe chg", "L", "m")
T("Detective's handover note (Op Iron): Long-running labour case. Four victims (Lithuanian) have given ABE interviews describing: recruitment via Facebook ad promising warehouse work at £10/hr; housing in a single-bedroom flat for all four; bank accounts opened by suspect who kept the cards; wages of £1,100/month each paid into those accounts and withdrawn by suspect; each victim given £25 a week; suspect hit V2 with a bottle; victims told their families in Kaunas would be hurt if anyone spoke to police. Suspect remanded. Next: financial analysis and CPS file.",
  "dec cond wag vio thr", "crowd ncw cards", "L", "h")
T("Police log: Missing 15yo girl found safe at her friend's house. No exploitation concerns; went there after argument with mum.",
  "", "", "", "l")
T("Safeguarding referral (school nurse): 12yo reports that mum's boyfriend makes her clean the whole house and do all the cooking and laundry for his two adult sons every day after school, and she's not allowed to see friends. She was crying.",
  "vul rom", "sR", "D", "h")
T("NCA intelligence: Albanian OCG uses 'cleaning company' to place women in short-let flats for sex work; women told they'd be cleaners. Phones controlled, locations changed every three days.",
  "dec iso", "sI", "S", "h")
T("Police log: worker at a Chinese restaurant in Leeds has 3 jobs, works 70 hours a week by choice to support family, paid by each employer. No control identified.",
  "", "", "", "l")
T("i work the field all day in rain. at end of week they say 'cost for house, cost for van, cost for food' so i have 10 pound. they keep my ID 'in case of police'.",
  "wag doc", "chg ncw sD", "L", "m")
T("Witness statement (neighbour, Harrow): 'A woman lived at number 8 for about 3 years who I only saw in the back garden hanging washing. She once told me over the fence, in broken English, that she had no days off and the lady of the house had her passport. I never saw her leave the house. Last month she knocked on my door in her slippers and asked me to call the police.'",
  "ot doc rom", "hrs sD sR", "D", "h")
T("SAR: Business account of recruitment agency receives 'registration fees' of £300 from 80 Romanian applicants; no jobs appear to have been provided. Likely advance fee fraud.",
  "dec", "fee", "", "m")
T("Probation: my service user (37, British) says he was made to sell drugs to pay back a debt to the man he bought from, and that the man beat him with a bat. He's frightened to go back to his flat.",
  "debt vio", "", "C", "h")

# ---- part 4 (long texts) ----
T("MODERN SLAVERY AND ORGANISED IMMIGRATION CRIME UNIT — WEEKLY NATIONAL SUMMARY (OFFICIAL-SENSITIVE)\n\n1. Avon & Somerset: follow-up at a hand car wash in Weston-super-Mare previously reported by the public. Four Iraqi Kurdish workers spoken to via interpreter. All hold ARCs, rent privately, paid daily in cash at roughly NMW. Employer has installed a welfare cabin and supplies gloves. No MS offences identified; HMRC informed regarding cash payroll.\n\n2. Humberside: cannabis grow in Grimsby, two Vietnamese males arrested. One stated he had been 'sold' to the grow owner in London after failing to repay USD 28,000 for his journey, that the front door was screwed shut from outside, and that he had not spoken to his family since his phone was taken in France. NRM referral made; CPS advised on s45.\n\n3. Merseyside: report of a 'slave' on a building site in Bootle; enquiries show the man is the site owner's nephew, paid through the books, living with his own family. NFA.\n\n4. Essex: intelligence that an Eastern European female is collected from a flat in Basildon at 0500 and returned after midnight; no further information; tasked to neighbourhood team.",
  "debt rom iso", "sR sI early", "C", "h")
T("Interview summary — Border Force Criminal and Financial Investigation, Heathrow.\n\nOn 3 March officers at T3 arrivals identified a Nigerian female, 23, travelling on a genuine passport with a UK visit visa sponsored by a 'cousin'. The woman appeared nervous and was holding a piece of paper with an address in Dagenham and the name 'Mummy Gift'. In a private interview with a female officer she stated that Mummy Gift had paid for her ticket and visa and that she would 'work in her hair salon' to pay back NGN 8 million (about GBP 4,000). She said she had taken part in a ceremony at a shrine before leaving where her hair and nails were cut and she swore not to run away or talk to police, or she and her family would die.\n\nShe believed the salon job was genuine. Officers found no evidence that she had been told she would sell sex. However, the level of debt, the oath and the sponsor's profile (previously linked to two women found in brothels in Essex) led to an NRM referral. The woman was not admitted; she was accommodated in a safe house and the sponsor was arrested on arrival at the airport.",
  "debt thr", "", "", "m")
T("SINGLE COMPETENT AUTHORITY — CONCLUSIVE GROUNDS DECISION (NEGATIVE) — REASONS\n\nThe PV, a Chinese national aged 35, claims that he was forced to work in a takeaway in Swansea. The SCA has considered his account, the police report, his GP records and the statement of his former employer.\n\nThe PV states that he worked five days a week, 4pm to midnight, and was paid GBP 320 a week in cash. He lived in a room in the employer's house with one other worker, for which he paid GBP 50 a week. He held his own passport (copied by police on 12 June). He returned to China for a month in 2022 and came back to the same job of his own accord. He left in 2023 after an argument about a pay rise and found work in Cardiff within two weeks.\n\nThe PV says his employer 'shouted' at him and once 'threatened to sack him'. The SCA accepts this but does not find it amounts to a threat of penalty within the meaning of forced labour. There is no evidence of deception, restriction, debt, retention of documents or withheld pay.\n\nOn the balance of probabilities, the SCA concludes that the PV was not a victim of modern slavery. He has been signposted to ACAS regarding his employment dispute.",
  "", "", "", "l")
T("Salvation Army first-responder referral, free text.\n\nI met 'R' (Slovak, 47, Roma) at a drop-in in Peterborough. He was wearing shorts and flip-flops in November and carried everything he owned in a carrier bag. He told me through a volunteer interpreter that he was brought to England by a neighbour from his village who said there was factory work. For the first month the neighbour took him each day to an agency and collected him; the agency paid his wages into an account that the neighbour had opened for him at a bank in town. R has never had the card. The neighbour gives him £10 on Saturdays and cigarettes.\n\nHe sleeps in the neighbour's garage on a mattress. There are two other men from the same village in the garage. He says they are not locked in but 'where would I go, I have nothing, no papers, I don't know the town'. The neighbour has his ID card.\n\nHe has asked to go home. He did not want the police. He consented to the NRM after explanation. He is a vulnerable man with very limited literacy.",
  "vul wag cond doc iso", "few ncw poor sD esc sI", "L", "h")
T("Report submitted via the online portal (spelling as written):\n\nHELLO. I am writing about my neighbours at number 41. There is a family there, they have a girl living with them who I think is from Philippines or Indonesia maybe. Shes there maybe 2 year now. I never see her going out except to put the bins out and she is always in a kind of uniform. She does all the garden and washing the cars and I can hear the lady shouting at her in the night sometimes like 11 or 12. One time in summer I said hello and she looked scared and ran back in. The man of the house drives her to church on Sunday and waits outside for her. I might be wrong, maybe shes a nanny and happy, but it feels wrong to me. They have a big car and go on holidays and she stays in the house on her own then. I dont want to get anyone in trouble. Thankyou.",
  "rom", "esc sR", "D", "m")
T("NCA International Liaison Officer, Hanoi — cable summary.\n\nVietnamese MPS have shared interview records of 17 nationals returned from the UK in the last quarter. Key themes:\n- Recruitment through relatives and Facebook job groups promising nail salon or restaurant work in the UK at GBP 1,500-2,000 per month.\n- Journey costs of USD 15,000-40,000, partly paid by families who mortgaged land; balances to be worked off in the UK.\n- In the UK, most were placed in nail bars (Midlands, North West) or cannabis grows (South East). Several describe the 'boss' keeping passports and paying nothing, saying the debt first. Some describe living in the back of the salon.\n- Four returnees were children at the time (15-17).\n- Two describe a 'boss' beating workers who tried to leave and showing a video of one such beating to others as a warning.\n\nMPS request: details of UK investigations into three named brokers (in annex). Assessment: consistent with known debt-bondage model; priority for joint investigation team.",
  "dec debt doc wag vul vio thr", "sD sleep ncw", "L C", "h")
T("Police log — incident 0412, 14 Feb.\n\n0412: Call from taxi driver at Hull Paragon. A young woman got into his cab, asked to be taken 'anywhere, away', has no money, is in pyjamas and bare feet. She speaks little English and keeps saying 'no go back house'. Driver has locked cab and is waiting at the rank.\n\n0425: Units on scene. Female, Romanian, states DOB makes her 19. Language Line used: says she was brought from Constanta two months ago by a man she met online who said he loved her. Kept in a house 'near the big shop' with two other girls, men came every night. The man took her phone and her ID card on the first day. She escaped when he left the door unlocked. Bruising to neck and upper arms. She believes he is now looking for her in his car, a black BMW.\n\n0450: Taken to SARC. Search commenced for the other two girls, believed still in the house.",
  "dec iso doc vio rom", "sI sD app few sR", "S", "i")
T("GLAA — Brief for Senior Investigating Officer, Operation Orchard (confidential)\n\nBackground: intelligence from a packhouse in Kent that workers supplied by an unlicensed provider ('Gold Staff') are being charged for accommodation and transport at levels that leave them with little or no pay.\n\nEvidence to date:\n(a) Bank records for 23 workers show wages of GBP 400-480 per week paid into accounts, with cash withdrawals of the whole amount on the same day at the same ATM in Maidstone;\n(b) Nine workers interviewed: all state that 'Daniel' keeps their bank cards 'so that rent can be taken'; they receive GBP 50 per week in cash;\n(c) Accommodation: three houses in Maidstone; one visited, 11 workers in 4 rooms, with mattresses in the living room and kitchen;\n(d) Two workers stated that on arrival Daniel said they owed him GBP 350 for the flight, which would be 'taken from wages';\n(e) No evidence of violence. Workers were able to leave the houses in free time.\n\nRecommendation: warrant and arrest; safeguarding plan for up to 30 potential victims.",
  "wag cond debt", "cards ncw crowd", "L", "h")
T("Statement of witness (Section 9), Care Quality Commission inspector.\n\nDuring a routine inspection of a domiciliary care agency in Oldham on 19 January, I spoke with six care workers recruited from Zimbabwe and Nigeria on skilled worker visas. They told me that they had each paid the agency's director a 'sponsorship fee' of between GBP 6,000 and GBP 10,000 before leaving Africa. On arrival they found there were not enough hours of work to earn the salary promised in their contracts, and some had been given no hours for months. They said the director told them that if they complained or left he would report them to the Home Office and their visas would be cancelled. They share a three-bedroom house with eight others provided by the director, who deducts rent from their wages. Two said that after deductions they are paid less than GBP 200 a month. One showed me a WhatsApp message from the director saying 'remember who brought you here'.\n\nI did not see or hear of any physical violence. I made a safeguarding referral and informed the GLAA.",
  "dec thr wag cond vul", "fee crowd fear", "L", "h")
T("Probation officer's pre-sentence report extract.\n\nMr K is 20 and appears for sentence for possession with intent to supply class A, arrested in Aberystwyth. In interview with me he repeated what he told police: that the drugs were his own and he had travelled from Liverpool to sell them 'to make some money'. He has his own flat, a girlfriend, and part-time work at a gym. I explored possible criminal exploitation with him in detail given the county lines pattern. He denies being told what to do by anyone, denies owing money, and describes no threats or violence. He has his own phone and says he chose the location because he had a friend there. I have found nothing that would support a referral to the NRM or a s45 defence. I have nevertheless noted that the court may wish to consider the cross-border nature of the offence.",
  "", "", "", "l")
T("Financial intelligence summary (UKFIU to MSOICU), based on 6 SARs from 3 banks.\n\nSubject: LAZAR Ionut, 38, Romanian, resident in Slough. Between March and September, 41 personal accounts opened at branches in Slough, Reading and Hounslow, each in the name of a different Romanian male aged 19-60. In every case LAZAR accompanied the customer, provided the proof of address (his own house) and answered the branch staff's questions because 'they do not speak English'. All accounts receive wages from the same two labour agencies (food distribution and a bakery). All debit cards are used within hours of each payday at ATMs within 1 km of LAZAR's address, typically between 0100 and 0300, up to 12 cards in one session. Online banking for 30 of the accounts is accessed from a single device. Four accounts also receive Universal Credit.\n\nAssessment: the pattern strongly indicates that LAZAR controls the accounts and wages of a large group of workers, consistent with labour exploitation. Recommend sharing with Thames Valley Police and GLAA.",
  "wag", "cards ncw spk", "L", "m")
T("Safeguarding referral — Children's Services (Leicester), from a primary school.\n\nPupil A (Year 6, 10 years old) has disclosed to her teacher that she is not attending the after-school club because she 'has to work'. On questioning by the DSL she said that after school, every day, she goes with her aunt to a flat above a shop where she sorts and packs clothes with other women until 'very late'. On weekends she works all day. She is given sweets but no money. She said the aunt told her she must not tell teachers or 'police will take her mum away'. Pupil A appears tired, has been falling asleep in lessons and her attendance has dropped to 82%. Her mother works nights and was not contactable. The aunt's address is different from the child's.\n\nRisk: high. Strategy discussion requested today. Police child protection team informed.",
  "vul ot thr wag", "hrs app", "L", "h")
T("Translated account, female victim, Eritrean, 26, recorded by a caseworker at a women's refuge.\n\n'In Khartoum a woman from my town said she had an uncle in London who needed someone to help his wife with a new baby. She paid for everything. When I arrived the wife took my passport, she said for the school forms for the children. There were four children, not one. I did everything in the house, from when it was dark in the morning to when it was dark at night. I ate standing in the kitchen after them. I slept on a mat next to the washing machine.\n\nThe uncle said I owe them for the journey and that my wage, 200 pound every month, goes to pay this. I never saw the money. When I said I wanted to go to church on my own, he said I would get lost, and London is dangerous for a girl with no papers, and police would put me in prison. Once when I broke a plate, his wife burned my hand on the cooker.\n\nI left when the baby was at hospital and they forgot to lock the back door.'",
  "dec doc ot cond debt wag rom thr vio", "sD hrs sleep ncw sR fear app", "D", "h")
T("Officer handover — night turn to early turn, Lincs.\n\nJob 1: The 'workers in the field at midnight' call from Spalding. Attended. It's a broccoli harvest running at night under floodlights because of the heat. Spoke to the farm manager and to 8 of the 30 pickers (Bulgarian, Romanian) via Google Translate and one worker who speaks English well. All on a licensed provider's books, shifts are 8 hours with breaks, paid time and a third for nights, they drove themselves in. Nothing to indicate exploitation. Caller updated.\n\nJob 2: Burglary at a farm shop. Scene preserved, SOCO requested.\n\nJob 3: Concern for a Latvian man sleeping in the bus shelter on Winsover Rd. He has lost his job at the factory after a disagreement and is waiting for a friend. Own ID and phone. Offered shelter details.\n\nNothing else outstanding.",
  "", "", "", "l")
T("GLAA intelligence report — anonymous worker, via the GLAA app (translated from Romanian).\n\nI work at a car wash in Wakefield since 5 months. When I came the owner said 12 hours, 7 days, 50 pound a day. Now he says the first 3 months the money is for the room and the visa paper, so I got nothing. There is no visa paper, I am Romanian, I don't need visa. He lied. There are 6 of us sleeping in the container behind the car wash, there is no shower, we wash with the pressure hose. The chemicals burn our hands and he doesn't give gloves, he sells them to us for 5 pound a pair. If we are slow he throws the sponges at us and shouts that he will send us back with nothing. I want to leave but he keeps the money until 'the end of the month' and every month it is the same.",
  "dec wag ot cond debt thr", "hrs sleep crowd poor ppe ncw", "L", "h")
T("Press-style summary (national news wire):\n\nA Leicester textile firm has been fined after an investigation by HMRC found it had underpaid 140 workers by a total of GBP 210,000 over three years. Inspectors found workers were paid a flat rate of GBP 5 an hour, below the national minimum wage. The company's director said the underpayment was due to an 'accounting error' and that all arrears have now been paid. The investigation found no evidence of forced labour: workers were free to leave, held their own documents, and were paid directly into their own accounts. Labour rights groups said the case showed that low pay remains widespread in the city's garment sector. The company has been named under the government's naming scheme.",
  "", "", "", "l")
T("DtN (form text), first responder: Police Scotland.\n\nGender: male. Age: 30-35. Nationality: Vietnamese. Location of exploitation: Edinburgh, Falkirk, Aberdeen (cannabis cultivation), and previously Hungary and Germany (in transit).\n\nAccount: He states that he left Vietnam in 2021 owing USD 32,000 to a travel broker and that he was told in the UK he must 'work for the boss' to pay it back. He was moved between three houses in Scotland over 18 months. He tended plants and slept at each house. He was not allowed outside except at night to smoke in the garden and was told that anyone who ran away would have their family's house in Vietnam taken. He was given no money. He was arrested during a warrant on 8 May.\n\nReason for not consenting to NRM: worried about his family and about being returned to Vietnam. Declines further contact.",
  "debt rom thr wag cond", "sleep sR fear", "C", "h")
T("Midwifery safeguarding note (community midwife, Luton).\n\nBooked Mrs S (24, Pakistani, G1, 20/40) at home. Mrs S arrived in the UK 8 months ago on a spouse visa. She lives with her husband, his parents, his two brothers and their wives. During the visit the mother-in-law stayed in the room and answered questions for her until I asked to see Mrs S alone (interpreter via phone).\n\nAlone, Mrs S said she does all the cooking and cleaning for the household of nine, from 5am until after everyone is in bed, and is not allowed to go out except with her mother-in-law. Her passport and visa documents are held by her father-in-law. She has no phone of her own and has not spoken to her parents in Lahore since she arrived. She said her husband 'sometimes' hits her when she is slow. She did not want police involvement and is frightened about her visa.\n\nActions: DASH, MARAC referral, adult safeguarding referral, information on NRM/Duty to Notify discussed with safeguarding lead.",
  "ot rom doc iso vio vul", "spk hrs sR sD sI fear", "D", "h")
T("Intelligence log, 2/B/C (condition: do not disclose to the ship's agent).\n\nSource is a port chaplain at Aberdeen. He reports that on board an offshore supply vessel (flag: Panama), seven crew from Myanmar and Indonesia say they have not been paid for 7 months and that the company told them their pay is 'held by the agent' at home. They are not allowed ashore because the captain holds their seamen's books and passports. They work 12 hours on and 6 off for weeks at a time. One crew member has an untreated hand injury. The chaplain says the crew are frightened of being blacklisted if they complain.\n\nSeparate matter: the chaplain also reports a Filipino crew on a neighbouring vessel who he says are 'well looked after' with pay slips and shore leave; no concerns there.",
  "wag doc rom ot", "ncw sD sR hrs app", "L", "h")
T("NRM decision note, SCA — reasonable grounds (positive) — criminal and sexual exploitation, child.\n\nThe PV is a British female, aged 15 at the time of referral, looked after by Staffordshire County Council. Information from the police, the social worker and the PV's own account indicates that between May and October she was repeatedly taken by adult males from her children's home to addresses in Stoke-on-Trent and Crewe, given alcohol and cannabis, and made to have sex with several men. She was also made to carry cannabis and cash between addresses. The males took her phone and gave her another one they controlled. She was told that photographs of her would be sent to her school if she stopped. On one occasion she was found by police at 0300 at an address in Crewe with injuries to her face.\n\nThe SCA is satisfied there are reasonable grounds to believe the PV is a victim of modern slavery.",
  "vul vio iso thr", "sI app", "S C", "h")
T("Public online report, copied exactly:\n\nthe man who owns the nail bar is well dodgy. i got my nails done and the girl doing them was like 16 max, didnt speak any english and she had a massive bruise on her arm. he was watching her the WHOLE time. when i asked her name he answerd for her. i got talking to the woman next to me and she said the girls all live upstairs and he drives them to his other shop on sundays. i know someone whos got a cousin that says he charges them for the rent and they dont get paid till they pay off there flights. its in the precinct next to the bookies, green sign. please dont say i reported it he knows my mum",
  "vul debt", "app spk sleep esc", "L", "h")

# ---- end of texts ----
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh79.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id=f"f79-{n:03d}", **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "rows")
