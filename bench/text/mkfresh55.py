#!/usr/bin/env python3
"""Hand-written labelled texts (set 55, national-level emphasis). Each entry is
written individually; the helper only expands short codes into label names."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
R = dict(i="immediate", h="high", m="medium", l="low")
E = []
def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind.split(), sig.split(), typ.split(), risk))

# ---- batch 1 ----
T("NCA INTELLIGENCE PACKAGE - OFFICIAL-SENSITIVE. Subject: OCG operating hand car washes across Leicester, Nottingham and Derby. INT suggests Romanian nationals are recruited via Facebook adverts promising £80 a day. On arrival in UK their ID cards are taken by the group lead POPESCU, Ion (DOB 12/03/1984) 'for the bank accounts'. Workers report receiving £15 per day, the rest kept against a 'transport debt' of £600 each. Graded 2/B/P.",
  "DE RD WW DB", "dt ncw ct", "L", "h")
T("Border Force, Coquelles juxtaposed control, 03:40hrs. Lorry VRM NL 84-BXP-2 searched, 6 x adult males (Eritrean) found in trailer behind pallets of tyres. All state they paid smugglers in Calais and intend to claim asylum. No indication of onward exploitation, no debt owed, all had phones. Handed to IE for processing.",
  "", "", "")
T("JSTAC single-case assessment: female, 19, Nigerian, recruited in Benin City by a 'sponsor' who promised a hairdressing job in Birmingham. Juju oath sworn before travel binding her to repay €35,000. On arrival she was placed in a flat in Handsworth and made to see men advertised on an adult site. Madam collects all takings. Victim told her family in Edo would die if she broke the oath. Assessment: high confidence trafficking for sexual exploitation.",
  "DE DB WW IT AV", "ncw", "S", "h")
T("Cross-force intelligence sharing note from West Mercia to Lincolnshire: VRM KX19 LMT, white Transit, seen daily at 04:30 at a lay-by near Spalding picking up 12-14 Eastern European males and returning them at 21:00. Same vehicle linked to gangmaster whose GLAA licence was revoked in 2024. Workers appear thin, poorly dressed for weather. 2/C/P.",
  "EO", "ce et lh pa", "L", "m")
T("Immigration Enforcement visit to a Chinese takeaway in Swansea under s179 powers. One worker, male, 34, overstayer, sleeping on a camp bed in the storeroom above the fryers. States he works 7 days, 11am to 1am, and gets 'some money when boss has it'. Boss holds his Chinese passport 'so he doesn't lose it'. Referred to NRM with consent.",
  "AC EO WW RD", "sw lh dt ncw", "L", "h")
T("Reporting from national coordinator weekly summary: the Wednesday fraud case in Essex (op ref withheld) has been reviewed. Eight victims of a romance scam, losses £240k, offenders based in Ghana. No modern slavery element identified, no one compelled to act as a money mule. Handed back to Action Fraud / NFIB.",
  "", "", "")
T("Saw them again at 5 in the morning, same minibus, about 10 lads got in and the driver took all there phones off them before they drove off. one of them looked like he'd been crying. this is the car wash on Bath Road",
  "IS", "iso ce et pa", "L", "m")
T("INT: POI 'Uncle' (real name unknown) runs a county line 'KJ' from Lewisham into Canterbury. Uses local children aged 14-16 to hold and deal. One nom, CARTER Jayden, 15, reported missing x4 in six weeks, found in a Canterbury trap house with £600 and wraps. 2/B/P.",
  "AV", "", "C", "h")
T("NCA Modern Slavery and Human Trafficking Unit - debrief note. IP (male, 41, Polish, alcohol dependent) approached outside a day centre in Wolverhampton and offered work and a room. Given vodka each evening. Worked on roofing jobs for 14 months, never paid, told his wages covered rent and drink. Bank account opened in his name but the card stayed with the recruiter. Beaten with a belt when he asked for money.",
  "AV DE WW PV", "ncw", "L", "h")
T("Passenger at Stansted arrivals, female 22 Albanian, travelling on a genuine passport with a return ticket, stated she was visiting her cousin in Harrow for a week. Cousin attended and confirmed. Nothing suspicious. Landed as visitor.",
  "", "", "")
T("Police Scotland intelligence log: Vietnamese youth (age claimed 17) found in a cannabis grow at a farm steading near Dumfries. Windows boarded, padlock on outside of only door, he had been inside about 3 months and says a man brings rice and noodles every Sunday. He owes 'big money' for his journey to the UK. 1/A/P.",
  "AV RM DB AC IS", "rm iso plc", "C", "i")
T("GLAA inspection report, licensed labour provider supplying packhouse staff in Kent. Records checked: payslips match bank transfers, workers hold their own documents, accommodation is an approved caravan site with 2 per van. Transport is free. No concerns; licence standards met.",
  "", "", "")
T("I came from Sudan through Libya. In Libya they kept me in a warehouse and hit us with pipes until our families paid. In the UK I am in a hotel from the Home Office and nobody is making me work. I want to study.",
  "", "", "")
T("Interpreter: She says the woman who brought her to London took her passport at the airport and said she would keep it safe. She says she looked after three children and cleaned the big house from 6 in the morning until midnight. She says she slept on the floor of the children's room. She says she was paid nothing for two years and madam said the money was sent to her family in Manila but her family received nothing.",
  "RD EO WW AC DE", "dt lh ncw sw", "D", "h")
T("NCA threat assessment extract: the organ trafficking referral from the Home Office (Nigerian national, male, 21) concerned an alleged plan to bring a young man to a London hospital to donate a kidney to a senator's daughter, presented as a relative. The donor was told he would receive work in the UK and was not informed what the procedure involved. Operation prevented removal.",
  "DE AV", "", "O")
T("Renal unit note: pt 52, end-stage renal failure, living donor transplant from her brother, full consent and independent assessor report on file (HTA). Uneventful recovery.",
  "", "", "")
T("Crimestoppers: the nail bar on Church Street in Dudley - two young vietnamese girls never leave, they sleep upstairs, a man brings there food. they dont speak any english and look scared when customers talk to them",
  "AV IS AC", "sw iso fa", "L")
T("Officer handover: attended address re DA call, IP says partner pushed her during argument over money. Both British, both working, no one else at address. Partner arrested for common assault. Not a modern slavery matter.",
  "", "", "")
T("Intelligence package, Regional Organised Crime Unit (North West) to NCA: nominal MITCHELL, Dean (DOB 08/11/1990) believed to be coordinating cuckooing of vulnerable adults in Blackpool. Heroin users given free drugs in return for use of their flats; one victim, female 58 with learning disability, locked in her bedroom while dealers use the lounge. Threatened with a machete when she asked them to leave. 2/B/P.",
  "AV RM IT", "rm", "C", "i")
T("Border Force Heathrow T4 - minors referral. Boy 14 Indian arrived with adult male claiming to be uncle, documents show different surnames. Boy said he was going to 'work in uncle's shop and send money to mother'. Adult could not give address. Social services called; boy placed in care.",
  "AV", "", "L", "h")
T("Home Office Immigration Enforcement: visa overstayer, male, 29, Pakistani, arrested on an enforcement visit to his own rented flat. Working cash-in-hand at a barber's, says he is paid properly, lives with friends, keeps his own passport. No trafficking indicators. Detained for removal.",
  "", "", "")
T("owes them 12 grand for the lorry thats what he told me and he said every week they add rent and food so it never goes down. hes washing cars on the industrial estate in Wakefield 7 days a week",
  "DB EO", "lh", "L", "m")
T("Salvation Army caseworker notes: client (female, 30, Romanian) exited a pop-up brothel in Bristol. Recruited by her boyfriend who said they would both work in a factory. He sold her to another man in Luton. Raped by the buyer 'to teach her'. Phone smashed so she could not call family. Passport still with him.",
  "DE PV IS RD", "iso dt", "S", "h")
T("NCA alert to forces: a single WhatsApp number +44 7700 900481 is linked to adverts for 34 different women across 11 forces in 3 months. Hotel bookings paid by one card. INT suggests women are moved weekly between cities, collected by a driver. No victim contact yet. 2/C/P.",
  "", "et", "S", "h")
T("Joint debrief, Lincolnshire Police / GLAA, Latvian male, 47. 'I was told vegetable packing, 8 hours, £9 per hour, house with own room. In reality we were 14 in a three-bedroom house, mattresses in the kitchen. Shifts 12 to 16 hours. From each pay they take £70 for house, £10 for van, £20 for hi-vis and boots. I get maybe £40.'",
  "DE AC EO WW", "oc lh ct ppe", "L", "h")
T("Financial intelligence (SAR summary): 23 debit cards in different names used at one ATM on High Road, Ilford within 40 minutes on payday Fridays. Account holders mostly Bulgarian, all addresses the same terraced house. Linked to a recruitment agency supplying warehouses.",
  "", "mbc ncw oc", "L", "m")
T("Call to 999, 23:14: female caller whispering, says she is locked in a room above a shop on Kingsland Road, man has gone out, she was brought from Romania, 'he will kill me when he comes back'. Line dropped. Units dispatched, locate on cell site.",
  "RM IT", "rm", "", "i")
T("National Referral Mechanism statistics query from the national team to forces: please confirm whether the 14 NRM referrals recorded under 'not specified' in Q2 have since had exploitation type updated. This is a data quality request only.",
  "", "", "")
T("Cross-border note (PSNI to Police Scotland): fishing vessel berthed at Kilkeel, crew of 8 Filipino and Ghanaian nationals on transit visas. Crew state they work 20-hour days when hauling, owner holds seaman's books, they have not been paid for 5 months, one has an untreated hand injury. Not permitted ashore.",
  "EO RD WW RM AC", "lh dt pa rm", "L", "h")
T("Intel: Albanian OCG using British-born teenagers to courier cash between Birmingham and Glasgow by train. Youths paid £200 per trip, recruited from a youth boxing club. No evidence of coercion at present. 3/C/C - do not disseminate outside ROCU.",
  "AV", "", "C", "h")
T("We met the girl at the hostel - 16, Eritrean, came in a lorry. She said the men in Calais 'used' her every night while she waited and a man in Birmingham says she must now repay £3,000 by 'being nice to his friends'.",
  "AV PV DB", "", "S", "h")
T("Student, female 21 Chinese, reported her passport lost on a night out in Leeds. She has her BRP and student visa. Crime ref for lost property issued, advised to contact her embassy. No further action.",
  "", "", "")
T("NCA Intelligence: vulnerable British male (learning difficulties) found living in a horse box on a traveller site in Bedfordshire. Works tarmacking driveways for the family, 'since I was a boy'. No money, no bank account. Clothes filthy, teeth rotten. When asked if he can leave he says 'the boss would find me'.",
  "AV WW AC", "pa plc ncw fa", "L", "h")
T("Referral from children's services: Y10 pupil, girl, 14, seen getting into cars with older men outside school, new phone and nails, off-rolled attendance. Told her mentor she 'has to' go to parties at a flat in Rochdale because she owes them for the vapes and weed.",
  "AV DB", "", "S", "h")
T("Legit car wash on the A38 – busy but all the lads have contracts, the owner pays weekly by BACS and they all go home at 6. my brother works there. just saying because people keep reporting it",
  "", "", "")
T("Immigration Enforcement intel: Indian nationals on Skilled Worker visas for a care home group in Norfolk were charged £12,000 each by an agent in Kerala for their certificates of sponsorship. On arrival, hours are 60+ per week and the employer deducts 'repayment' from each wage. Several told if they complain, the sponsorship will be withdrawn and they will be deported.",
  "DB EO IT AV", "uf lh fa", "L", "h")
T("Passenger at Manchester T2 asked for help at the Border Force desk. Woman, 27, Filipino, travelling with an employing family from Qatar. She said she had not been allowed to hold her passport since she began work, works every day without rest, and the family's mother slapped her at the hotel.",
  "RD EO PV", "dt lh", "D", "h")
T("County line 'Tommy' – local intel. Two lads aged about 13 seen at the park on Fern Road selling, they get dropped by a silver Golf VRM unknown around 7am and collected about 11pm. one had a black eye",
  "AV", "ce pa", "C", "h")
T("Statement of witness, delivery driver: 'I deliver to the pallet yard every week, there are men who seem to live there, I've seen washing hanging on the forklift cage and they cook on a camping stove in the container.'",
  "", "sw plc", "", "low")
T("JSTAC: single case review of a Slovak Roma family, 3 adult brothers brought to Sheffield by a compatriot who found them 'jobs' in a meat processing plant through an agency. Agency wages paid into accounts he set up; he gives them £50 each per week. Family of 11 in a two-bed flat he rents to them. He has their ID cards 'for the agency'.",
  "WW RD AC", "ncw dt oc", "L", "h")
T("NCA Organised Immigration Crime unit update: small boat crossing 14/08, 52 people landed at Dungeness. Two facilitators (Kurdish Iraqi) identified as pilots, charged under s25 Immigration Act. No exploitation indicators recorded among passengers.",
  "", "", "")
T("Safeguarding referral (adult social care): Mr O., 67, lives alone, dementia. A 'lodger' has moved in, takes his pension card to the post office every week and he has not had cash for months.",
  "", "ncw", "", "low")
T("She says that in Vietnam they told her she would work in a nail shop in England and earn £1,500 a month. She says she has never had money in her hand. She sleeps on a mattress on the salon floor in Margate. She says the owner says she still owes £20,000 and this grows each month.",
  "DE WW DB AC", "sw ncw", "L", "h")
T("INT suggests owner of nail bar in Chatham holds passports of all 4 staff in a safe in the back office. 2/C/P.",
  "RD", "dt", "L", "m")
T("Bank fraud team alert: customer's account used to receive £48,000 in 10 days, onward to crypto. Customer (British, 24) admits he sold account details to a man on Snapchat for £500. Money mule, voluntary. No indication he was coerced.",
  "", "", "")
T("Intelligence sharing note, Kent to Met: Albanian male (IP, 18) arrested at a cannabis factory in Gravesend. Claims he was told in Tirana he would work on a building site, took out a loan of £15,000 to reach the UK by lorry. Once here he was driven to the house, told to water plants, never let out. Men visit twice a week with food and show him photos of his parents' house.",
  "DE DB RM IT", "rm", "C", "h")
T("Public report: my neighbour's au pair, she's french 19 and she goes to college three mornings, uni friends over at weekends. I only report because someone online said au pairs are slaves, she seems fine lol",
  "", "", "")
T("Hotel housekeeping agency, Edinburgh – complaint via Unseen helpline. Caller (Romanian, female) says agency paid her £300 less than her hours in March. She has her own bank account, raised it, and the agency paid the difference in April. She wanted advice on holiday pay.",
  "", "", "")
T("Probation note: prisoner (Vietnamese, 17 at time of arrest, now 19) sentenced for cultivation. During OASys interview he disclosed being held in a house in Hull, the windows covered with foil and the door screwed shut, being told his sister in Nghe An would be hurt if he tried to escape.",
  "AV RM IT", "rm", "C", "h")
T("Met Police Modern Slavery and Child Exploitation Unit, intelligence log: three Romanian women begging at Marble Arch every day from 7 until 10 at night, dropped by a people-carrier VRM LD68 XHK. A man collects the money from them every hour. They are not seen to keep any.",
  "EO WW", "ce et lh ncw", "C", "m")
T("just a heads up the guys at the tyre place on Alum Rock Road work ridiculously long hours I see them till midnight but they're all family and the owner's sons, nobody forced",
  "", "", "")
T("GLAA licensing enforcement: unlicensed gangmaster found supplying 20 workers to a chicken processing factory in Norfolk. Workers paid via the client's payroll correctly, no deductions, own housing. Offence under s12 Gangmasters Act only.",
  "", "", "")
T("NCA tactical assessment: potential victim of forced criminality - Romanian male, 23, homeless in Southampton, recruited to shoplift perfumes from Boots stores across 5 forces. Given a tent and cheap cider. 'Boss' keeps stolen goods money and pays him in drink. Said boss hit him when he was caught once.",
  "AV WW PV", "", "C", "h")
T("The girls get there at 9 at night and a man picks them up at 6 in the morning. Always the same BMW. I think they're from Hungary. Massage parlour on Station Road.",
  "", "ce et", "", "low")
T("Intelligence: POI PETROV, Georgi, recruiter in Varna, Bulgaria, charges €400 per worker for 'registration' and a place in a UK warehouse. Workers then pay him monthly from their UK wages. 2/C/P.",
  "DB", "uf", "L", "m")
T("Statement of complainant (interpreted from Tigrinya): 'They kept us in a house in Coventry. We could not go out. They said if we go outside the police will put us in prison and send us back to Eritrea. We cleaned the offices at night and in the day we slept. We did not receive any money.'",
  "RM IT WW AV", "rm fa", "L", "h")
T("A&E note: female, approx 16-17, brought in by an adult male who answered all questions for her. Vaginal bleeding, bruising to inner thighs. Patient would not make eye contact. When he left to smoke she wrote on a napkin 'help me'. Police and safeguarding lead called immediately.",
  "AV PV", "sfw pa", "S", "i")
T("Cross-force sharing: Thames Valley to Hampshire – pattern of Brazilian women advertised on Vivastreet, moved between Airbnb flats in Reading, Basingstoke and Southampton. Adverts booked by one male phone. INT indicates women keep 50% of earnings and travel by choice. Not currently assessed as trafficking.",
  "", "", "")
T("Home Office - Border Force intelligence: Boeing freight flight from Lagos, female passenger 17 on a false passport claiming to be 24, escorted by a woman who 'is her aunt'. Girl told interviewers she was going to live with a family in London and look after their children in exchange for schooling. Aunt had both passports in her handbag.",
  "AV RD DE", "dt", "D", "h")
T("INT: the 'factory' at unit 7 Canal St is a sweatshop, all Indian men, no windows, they work 8am to 10pm sewing for online fashion labels, paid £3.50 an hour cash. 2/B/P.",
  "EO AC", "lh", "L", "m")
T("Please help my brother. He went to England for job in farm. Now the man took his passport and say he must pay 3000 pound to get it back. He cannot call us only on the mans phone. We are in Lithuania.",
  "RD IS DB", "dt iso", "L", "h")
T("Regional Organised Crime Unit debrief: Vietnamese female (IP) worked in nail bars in Newcastle and Sunderland. She was not paid because she was 'learning'. She was taken to and from work by the shop owner's husband and was not allowed to go anywhere else. She sleeps in his house with five other women.",
  "WW RM", "et rm oc", "L")
T("Neighbour complaint: house in multiple occupation on Cowley Road, loud music, bins overflowing. Landlord licensed by council. Tenants are students. Referred to environmental health.",
  "", "", "")
T("Modern slavery helpline call: A man working at a recycling plant in Bolton says the supervisor takes £100 from every worker as a 'fee' to keep the job, otherwise the gaffer will let them go. Workers are paid correctly otherwise. Caller not sure if that's slavery.",
  "", "uf", "", "low")
T("National MS coordinator summary (Op X-ref): 19 Polish men housed at a farm near Worcester in two shipping containers without heating or toilets. Transport to fields charged at £5 a day. Team leader speaks for them at every GLAA contact. Several said they were 'fine' but appeared frightened.",
  "AC", "plc oc ct sfw fa", "L", "m")
T("Sophie, 15, known to CSC, missing again since Friday, last seen in Bradford city centre with an adult male known as 'Zee'. Intelligence she is being passed between men at hotels. Risk to life assessed as HIGH.",
  "AV PV", "", "S", "i")
T("IE report: sham marriage investigation in Northampton. Portuguese bride, Pakistani groom. Bride admitted she was paid £3,000 to marry and was never coerced. Both charged with conspiracy to facilitate breach of immigration law.",
  "", "", "")
T("Interpreter (Amharic): she says the family in Kensington took her to their home from the airport and she has not been outside alone for four years. She says she washes, cooks and looks after the grandmother. She says she was told she would be paid $200 a month into her account at home but her mother says nothing arrived.",
  "RM DE WW", "rm", "D", "h")
T("NCA alert: three Ukrainian women, arrived under Homes for Ukraine scheme, moved from sponsor household to a flat in Luton by a man offering 'cleaning work'. Phones taken, told they owe him for rent. One escaped and told police men came to the flat every night.",
  "DE IS DB", "iso", "S", "h")
T("GP note: pt male 33 Slovakian attended with a crush injury to right hand from a pallet. Says the agency driver brought him and waited outside. Pt states he works 'every day'. Minimal English. Declined interpreter and left with driver.",
  "EO", "pa et lh", "L", "m")
T("A guy at our church sorted work at a bakery for three Nigerian girls he brought over, he keeps their bank cards and gives them shopping money on Sundays, they say it's to save for them. Dont think they get wages",
  "WW", "ncw", "L", "m")
T("Cross-border: An Garda Síochána to PSNI. Romanian couple believed to be moving Roma children across the border to beg in Belfast city centre and Dublin. Children aged 8-12, out of school, begging until late evening. Takings collected by the adults.",
  "AV WW", "ncw", "C", "h")
T("Visa application refused for Filipino domestic worker; sponsor failed to provide evidence of a contract. Worker is in the Philippines. No further role for police.",
  "", "", "")
T("NCA debrief summary (child trafficking): Albanian boy, 16, arrived by small boat, went missing from a Kent hotel on day 2. Found 9 weeks later in a Birmingham grow house. He says a man he knew from his village met him outside the hotel, told him he had to work 'for the debt'. He was beaten when plants died.",
  "AV DB PV", "", "C", "h")
T("Woman seen at the back of the Thai massage place crying, big bruise on her arm, a man shouting at her. This was last night about 11pm on Lever St.",
  "PV", "pa", "", "h")
T("Police Scotland: Intelligence that an Indian restaurant in Glasgow's West End employs cooks on visit visas who are paid £100 a week for 6 days of 12 hours and live in a flat above the restaurant owned by the proprietor. Source says workers are free to leave and some have. 2/C/P.",
  "EO", "lh", "L", "m")
T("Joint agency visit (HMRC, GLAA, police) to a hand car wash in Stoke. All 7 workers had right to work, contracts and were paid minimum wage. Business fined for health and safety failings (no waterproof boots provided). No exploitation.",
  "", "", "")
T("We came in a van from France. The man said I owe 8,000 euro. I have to work in his friend's kitchen in Manchester and he takes my money each Friday for the debt. I sleep in the store. I cannot go to police because I have no papers and he says they will put me in prison.",
  "DB WW AC AV IT", "sw fa ncw", "L", "h")
T("IE enforcement visit report: 9 Indian nationals found working at a sweet shop in Leicester, all overstayers. Each had own phone, lived at different addresses, were paid cash daily. Arrested for illegal working. No trafficking indicators.",
  "", "", "")
T("Intel log: nom BALOGUN, Chidi (DOB 01/05/1979) believed to be arranging 'donors' from Lagos to travel to Turkey for kidney removal. Payments of £2,000 promised; victims find they get nothing after surgery. 3/C/P.",
  "DE WW", "", "O")
T("he keeps my mum's passport and he says she can't go back to Poland unless she finishes paying for the flights. she cleans his houses and the houses of his friends. he is shouting all the time",
  "RD DB", "dt", "L", "m")
T("Domestic abuse referral (MARAC): female 34, British, controlling partner monitors her phone and criticises her spending. She works as a teaching assistant and has her own bank account. No labour or sexual exploitation by third parties identified.",
  "", "", "")
T("NCA, Op summary: Lithuanian OCG housed 40+ men in HMOs in Kettering, supplying them through two agencies to warehouses. Every worker's bank account was opened by the OCG and the debit card retained. Workers were charged £85 a week rent for a shared room of 4. Those who complained were beaten by 'Dima'.",
  "WW PV AC", "ncw oc mbc", "L", "h")
T("Referral from school DSL: Year 7 boy, 11, came in with cash and two phones. Says an older boy from the estate gives him £50 to 'drop off parcels'. Mother says he comes in after midnight.",
  "AV", "", "C", "h")
T("Officer note: visited nail bar on Market St following earlier report. Spoke to all three staff; all Vietnamese but settled status, own flats, hold own passports, paid by bank transfer. Manager showed rotas – 9 to 6. No concerns.",
  "", "", "")
T("NCA intelligence report: A Sudanese male (IP, 20) was forced by a smuggler in Dunkirk to 'steer the boat' in return for a free crossing, threatened with a gun. In UK he was released. No UK exploitation; referred for s45 consideration regarding his charge.",
  "IT", "", "", "medium")
T("Community report: my mate Gav got mugged off by some geezer who said he'd give him a job on site in Croydon for cash, worked two days and got stiffed for the money. he just went and got another job",
  "", "", "")
T("Intelligence package from NCA to BTP: children of Roma families being used to pickpocket on Underground, ages 10 to 14. Handler takes phones and wallets off them at stations. Children beaten if they return with nothing. 2/B/P.",
  "AV PV", "", "C", "h")
T("JSTAC single case: female British 23 with mild learning disability, befriended online by a man in Swindon who moved her into his flat, controlled her Universal Credit, and arranged for men to visit her for sex. She believed he was her boyfriend. Her family lost contact with her after he changed her number.",
  "AV IS", "iso ncw", "S", "h")
T("Border Force Dover - Juxtaposed controls report: coach from Bucharest, 4 young men without return tickets each carrying a handwritten note with the same Slough address and a phone number. Each had paid a 'recruiter' £250 for jobs in construction. Intelligence submitted.",
  "", "uf", "", "low")
T("Live: 999 from a man at a farm near Boston, Lincs, says the gangmaster has just smashed his face and locked him in a caravan with two others because they asked for their pay. He is bleeding.",
  "PV RM WW", "rm pa", "L", "i")
# ---- batch 2 ----
T("NCA MSHT intelligence: Eritrean female, 24, approached by a Sudanese man in a London asylum hotel offering her a 'medical job' in Egypt for £5,000. INT indicates the network arranges kidney removal in Cairo clinics and the women are told after arrival. 2/C/P.",
  "DE AV", "", "O")
T("Statement: I am Pakistani, I am 26. The agent in Lahore took 6 lakh rupees from my father for a visa to work in a restaurant in Bradford. When I came, the owner said I need to give back my visa cost from my salary. He pays me £200 a month. I work 14 hours every day. If I complain he says he will cancel my visa and I will go to prison.",
  "DB WW EO IT AV", "uf lh fa", "L", "h")
T("Immigration Enforcement Criminal and Financial Investigation: a solicitor's clerk in Hounslow submitted 60 fraudulent asylum claims using fabricated torture narratives. Clients paid £1,500 each voluntarily. No victims of exploitation identified.",
  "", "", "")
T("Border Force Gatwick North: Romanian male, 19, travelling alone, one-way ticket, no luggage apart from a plastic bag, £20 cash. Had a printed address in Peterborough and a phone number for 'Marius'. Said a man in his village paid his ticket and will give him farm work. Advice given, details passed to Cambridgeshire MSU.",
  "", "fpe", "", "low")
T("intel: POI 'Fat Ali' operating a brothel from flat 3, 22 Dyke Rd Brighton. women change every week, never seen leaving except with him in a black Audi. 2/C/P",
  "RM", "et rm", "S", "h")
T("Welfare visit note, Homes for Ukraine: Ukrainian mother and son placed with host family in Surrey. Mother says the hosts expect her to clean, cook and mind their children all day 'in return for the room', and the husband has kept her passport 'for the council forms'. She is afraid she will lose her housing if she complains.",
  "AV RD", "dt fa", "D")
T("Quarterly note from the national coordinator to forces: a reminder that Duty to Notify forms must be completed where an adult potential victim declines NRM. No case content.",
  "", "", "")
T("Telephone record, Modern Slavery Helpline: caller from a car wash in Merthyr says he and four others have been there since spring, they sleep in a caravan behind the wash, the boss says they cannot leave until they pay £1,000 each for the 'papers' he bought them.",
  "DB RM AC", "sw plc rm", "L", "h")
T("NCA Cyber / CSE team: British male 38 in Hull identified livestreaming abuse of children in the Philippines, paying facilitators via money transfer. Children aged 6-11. Referred to CEOP and Philippine police.",
  "AV PV", "", "S", "h")
T("my auntie's husband brought a girl from Ghana to look after their kids and she never goes to school, she sleeps in the kitchen and eats after everyone. shes about 15. she calls them uncle and auntie but they shout at her and he slaps her",
  "AV PV AC", "sw", "D", "i")
T("Intel log 2/B/P: Slovak nationals resident at 41 Marsh Lane, Huddersfield (9 adults, 3 children) all work at a bedding factory through an agency controlled by nom DANO, Roman. Wages paid into accounts where DANO holds cards. Workers get £30 pocket money a week.",
  "WW", "ncw oc", "L", "m")
T("Officer note: stop check of VRM FY22 NXO on M62 at 05:10. Driver plus 8 male passengers, all Polish, going to a chicken factory. All hold own ID, say they pay £4/day petrol share voluntarily, live in separate houses. Nothing untoward.",
  "", "", "")
T("She says the man she met in a bar in Bucharest told her he loved her and they would open a shop in England. She says after two weeks in Leeds he said they had no money and she must work on the street, and when she said no he hit her with a chair. She says he keeps the money she earns 'for their future'.",
  "DE PV WW", "ncw", "S", "h")
T("JSTAC single-case assessment: Indian national, 44, working as a chef in a Wembley restaurant for 6 years without a day off, hours 10:00-02:00, living in the restaurant basement. Employer holds passport. Victim has type 2 diabetes and has been refused time to see a doctor.",
  "EO RD AC", "lh dt sw", "L", "h")
T("NCA Border Policing Command: 3 Chinese nationals arrested at Belfast port with 14 false EU identity cards. Document fraud for onward travel, no evidence any party was being trafficked.",
  "", "", "")
T("Crimestoppers: The farm off Hollow Lane has about 30 workers from Romania living in old chicken sheds. No toilets, they wash in the irrigation water. The farmer's son drives them round and talks for them if anyone asks anything.",
  "AC", "plc oc et sfw", "L", "m")
T("Probation risk note: offender (British, 44) previously convicted of s1 MSA offences for keeping a homeless man in a shed in his garden for 9 years and making him lay block paving. No current concerns, compliant with STPO.",
  "", "", "")
T("INT: 15 yr old girl 'Chloe' from Telford staying at a flat in Wellington with 3 adult Asian males, she's been given alcohol and mephedrone and told to 'pay back' by sleeping with their friends. Risk to child now - flat 12 Regent Court. 1/B/P.",
  "AV DB PV", "", "S", "i")
T("Hi I want to report my employer. Hes late paying us this month, says the client paid late. Usually payday is fine. Were a small cleaning company in Reading. Is this slavery? Sorry",
  "", "", "")
T("Cross-force intelligence note (Cleveland to Durham): pop-up brothel operating from rotating short lets, women Romanian and Hungarian, one seen with a black eye by a neighbour. Males drop food and take envelopes. Phones are prepaid and handed out by the group. 2/C/P.",
  "PV", "pa", "S", "h")
T("Immigration Enforcement intelligence: Vietnamese female, 21, encountered during a nail bar visit in Colchester. Told officers she paid $30,000 to travel to the UK and must work for the owner until it is repaid, earns nothing in hand. Owner present and answered for her until separated.",
  "DB WW", "sfw", "L", "m")
T("A&E: man approx 30, Eastern European, 3rd-degree burns to forearm from a hot-plate at a kebab shop. Colleague says boss told him not to say it happened at work. Boss collected him before discharge.",
  "IT", "pa", "L", "m")
T("National Crime Agency press summary: four members of a Romanian family sentenced at Southwark Crown Court for trafficking 24 men to work at car washes and in construction. Victims were promised good wages, housed in a cramped house in Hornchurch, and paid little or nothing. Two victims were assaulted for trying to leave.",
  "DE AC WW PV", "oc", "L", "h")
T("We was working at the chicken factory through the agency. The agency man take our passports to make copy and he never give back. He say we need pay £300 for copy and insurance. I pay and still nothing.",
  "RD", "dt uf", "L", "m")
T("School nurse referral: Year 9 girl, 13, Roma, persistently absent on Fridays. Says she goes with her aunt to 'help' on street in town. Aunt collects coins from a cup at the end of the day. Girl thin, wears same clothes all week.",
  "AV WW", "pa ncw", "C", "h")
T("Joint Border Force/NCA operation at Harwich: 2 Albanian men and 1 woman in a car from Hook of Holland with £42,000 cash hidden in door panels. Cash smuggling suspected. No trafficking.",
  "", "", "")
T("IP debrief (first person, translated from Vietnamese): 'In Ho Chi Minh they said I would work in a factory making clothes. In the lorry I could not breathe. In England they took me to a house with many plants and said this is your job now. The door was always locked. I slept on the floor next to the lamps. I was very hot. I was there one year, no money.'",
  "DE RM AC WW", "rm sw", "C", "h")
T("NCA intelligence package: money mule network recruiting UK university students via Instagram. Students receive £20k into their accounts and forward it, keep 10%. Students are willing participants; safeguarding letters issued. No evidence of coercion.",
  "", "", "")
T("Intel: IP found sleeping in a van on a construction site in Nine Elms. Says the subcontractor (Irish, known as 'Pat') pays him £40 cash per day for 12-hour shifts, keeps his bank card and CSCS card, and has told him he is 'wanted by police' back in Romania so must not talk to anyone.",
  "RD WW EO IT IS", "dt lh sw ncw fa iso", "L", "h")
T("GLAA intelligence: a labour provider supplying 120 Nepali pickers to a Hereford fruit farm under the Seasonal Worker scheme. Workers report they paid £4,000 in fees in Nepal; the farm's own pay records are in order and accommodation is clean.",
  "", "uf", "", "low")
T("999: boy, says he's 14, in a flat in Swindon, 'they took my phone and said they'd stab me if I leave', reports two older men. Called from a landline in the flat. Address traced to 7 Brunel Close.",
  "AV IS IT", "iso", "C", "i")
T("Public report: Nail shop opposite Tesco in Walthamstow, the women stay in there all day and there is a man who drives them home, but they're paid and they're happy, I asked one of them. Just checking nothing wrong.",
  "", "et", "", "low")
T("Intelligence report to NCA from Europol: Romanian OCG in Constanța recruiting girls 16-18 via 'loverboy' method and transporting them to Manchester and Leicester. Passports held by the boyfriends. Victims moved between flats every week and not allowed to speak to other girls.",
  "AV DE RD RM IS", "dt rm iso", "S", "h")
T("A woman, 58, British, attended police station to report her ex-husband for taking her pension from a shared account after they separated. Civil matter, advised to seek legal advice.",
  "", "", "")
T("Salvation Army casework: male, 36, Sudanese, worked in a Kebab shop in Leicester for food and a floor to sleep. Never paid, 'the boss said he is helping me because I am a refugee'. Working from 11 am to 3 am. Shop owner says he is family friend.",
  "WW EO AC AV", "sw lh", "L", "h")
T("INT suggests the man 'Gazi' who runs the Portsmouth car wash beats the workers with a hose when they are slow. Source observed one worker with blood on face 14/09. 2/B/P.",
  "PV", "pa", "L", "h")
T("Border Force intel: passenger from Doha with 3 mobile phones and 11 SIM cards, travelling with 2 young women from Kenya who said they would be domestic workers for a family in Mayfair. Women had no contracts, did not know their employer's name or address. One said she paid her agent 150,000 shillings.",
  "IS", "uf iso", "", "medium")
T("Police Scotland debrief: 'They told me my debt is £18,000 and every month they add interest. I was cutting hair in the barber shop in Falkirk, then at night they make me sell weed. They have my papers. When I say I want to go home, they say my little brother will pay.'",
  "DB RD IT", "dt", "L C", "h")
T("Local authority licensing: House in multiple occupation inspection, Bedford. 8 tenants, licensed for 6. Landlord issued with improvement notice. Tenants are independent workers with separate tenancy agreements.",
  "", "oc", "", "low")
T("Witness statement (hotel receptionist): 'The same man checked in every three days with different young women. He did all the talking. The girls never had bags, just what they wore. Men came up to the room all night.'",
  "", "sfw fpe", "S", "h")
T("JSTAC: Polish male, 55, alcohol dependent, picked up from a Slough soup kitchen in 2019 by a family who gave him a room in a static caravan and put him to work block paving. Paid £10 a day 'when there was work'. Family took his ID and used it to claim benefits in his name. Beaten when drunk.",
  "AV RD WW PV AC", "dt plc", "L C", "h")
T("NCA OIC strategic note: The Dover cluster of Afghan minors on small boats in September – 18 age-disputed boys, all placed with Kent County Council. No evidence at this stage of trafficking for exploitation. Monitor for missing episodes.",
  "", "", "")
T("Social worker note: Sarah, 17, care leaver in Middlesbrough. Older boyfriend 'Kev' has her bank card, she says it's because she's bad with money. He takes her to houses where she has to 'chill' with his mates. She won't say more.",
  "AV", "ncw", "S", "h")
T("Intel - 2/A/P: POI NGUYEN Van Thanh manages 6 nail bars in Essex. Staff are brought from Birmingham each Monday and driven back on Sunday night. They live in rooms above the shops, 4 to a room, and hand their tips to him.",
  "WW AC", "et oc sw ncw", "L", "m")
T("My husband and his family made me come from Bangladesh after the wedding. I do all the cooking and cleaning for 9 people. I am not allowed to go out, the door key is with my mother-in-law. They said if I tell anyone they will send me back and my family will be shamed and they will hurt my sister.",
  "RM IT IS", "rm iso", "D", "h")
T("Immigration Enforcement: sponsor licence revoked for a Birmingham care agency after compliance visit found it had charged 42 workers £10,000 each for sponsorship. Workers are being supported to find new sponsors.",
  "", "uf", "", "low")
T("NCA cross-border intelligence: a group of Latvian men recruited via a Riga employment website were told they would pick mushrooms in Scotland at £12 an hour. They were taken to a farm near Perth where their passports were 'registered' and not returned. Hours 6am-9pm, deductions left them with £20 a week.",
  "DE RD EO WW", "dt lh", "L", "h")
T("Saw post on facebook marketplace - 'young Thai girls massage, 24 hrs'. Looks like a brothel in a flat above the bookies in Dartford. Not sure if it's forced.",
  "", "", "S", "high")
T("Officer handover: IP (Vietnamese, 16) in custody after car stop, cannabis in boot. Says he's never been to the address before and was told the driver would take him to work. No phone, no money. Appears malnourished. Referring to NRM and CSC; not interviewing without appropriate adult.",
  "AV", "pa fpe", "C", "h")
T("Public report: the family next door have a nanny who works 7 til 7 but she has weekends off and goes to her own flat. i just think they pay her badly thats all",
  "", "", "")
T("JSTAC assessment: Albanian female, 20, recruited by an 'employment agent' on TikTok for hotel work in London. At Stansted a man met her, took her phone and passport and drove her to a flat in Enfield where she was made to sell sex. She was told her mother would be shown videos of her if she refused.",
  "DE IS RD IT", "iso dt", "S", "h")
T("HMRC NMW team: care worker agency in Norwich underpaid 30 staff for travel time between visits. Arrears of £38k paid. Workers retained control of pay and documents. Not a slavery case.",
  "", "", "")
T("ROCU intelligence: VRM BK71 TZA, grey Audi A3, used by line 'RICO' (Liverpool into Aberystwyth). Vulnerable adult in Aberystwyth (heroin user, 49) has had flat taken over, dealers sleep there, he 'has to stay in his room'. 2/B/P.",
  "AV RM", "rm", "C")
T("I worked on the fishing boat out of Newlyn. The skipper took my passport, said it was for insurance. We fished 18 hours without sleep. He punched me when I was slow with the nets. Pay was $500 a month but he said it was sent to my agency in the Philippines, and the agency says they never got it.",
  "RD EO PV WW", "dt lh ncw", "L", "h")
T("NCA weekly briefing: Op reference – Kurdish smuggling network lorry route via Belgium closed down, 12 arrests. Migrants paid £7,000 each; none held for exploitation on arrival.",
  "", "", "")
T("Neighbour: 'The man at number 14 has a lot of visitors, all in and out in 5 minutes, I think he is dealing drugs from his house.' No indication of exploitation.",
  "", "", "")
T("Intelligence (Border Force Heathrow): female, 30s, Vietnamese, travelling on a Chinese passport that is not hers. Said a man in Hanoi gave her the passport and she must 'pay him back by working in nails'. Cannot say where.",
  "DB", "", "L", "m")
T("Safeguarding adult referral (Hampshire): woman, 41, learning disability, lives with her brother who makes her clean the houses of his friends for cash that he keeps. She has no key to the house.",
  "AV WW RM", "rm ncw", "L", "h")
T("INT: Chinese nationals employed at a massage parlour in Sheffield live at the premises, work 12-hour shifts 7 days, and are not allowed out except with the manager. 2/C/P.",
  "RM EO", "rm lh sw", "S", "h")
T("Kidney patient awaiting deceased donor, Royal Free. Brother in Pakistan offered to pay a 'donor' there; patient refused and reported the offer to the transplant coordinator. HTA informed. No transplant undertaken.",
  "", "", "")
T("Victim statement (Slovak, female, 26): 'I came with my boyfriend to Derby. He found me work in a laundry, then said I must marry his friend who is Pakistani, so the friend can have visa. They locked me in the bedroom before the wedding. After the wedding I had to live with the husband, he raped me.'",
  "RM PV", "rm", "S", "i")
T("GLAA report: licensed gangmaster in Cambridgeshire found to be deducting £45/week for transport from workers who were told the transport was free. Pay otherwise in their accounts. Licence conditions added.",
  "DE", "ct", "L", "m")
T("Crimestoppers: rough sleepers in Nottingham city centre being picked up by a van at 6am and taken to work on building sites, dropped back at 10pm, given £10 and a can of lager",
  "AV EO WW", "ce et lh", "L", "h")
T("NRM referral summary (Kalayaan): Indonesian domestic worker accompanied her employer, a diplomat, to London. Her passport is held by the embassy. She worked 7 days a week and was allowed out once a month with the driver. She was paid £150 per month into an account in Jakarta she cannot access.",
  "RD EO RM WW", "dt lh rm et ncw", "D", "h")
T("Report: homeless man outside Greggs in Norwich every day, says a man 'looks after him' and takes his money at night. Gets a sausage roll. Might be nothing.",
  "WW AV", "ncw", "C", "m")
T("OIC note: suspect charged with s2 MSA; victim (Romanian, 22) now in safe house. Further enquiries with Europol pending. Victim in good health.",
  "", "", "")
T("NCA threat note: the Bangladeshi student visa route – intelligence that agents are charging £15k and then placing students in 70-hour weeks in warehouses near Luton, with the agent holding their BRP cards to 'sort paperwork'.",
  "DB EO RD", "uf lh dt", "L", "h")
T("We got paid good at the potato farm, £11.44 an hour, and we could go into town on Saturday in our own car. The house was a bit crowded (5 in 3 rooms) but it's a normal house. I have no complaint.",
  "", "", "")
T("Intel: POI (male, Eritrean) running an illegal taxi from Calais camps charges migrants €50 each to reach the beach. No further exploitation identified. 3/C/P.",
  "", "", "")
T("Missing person: Lina, 16, Eritrean UASC, left foster placement in Croydon with an adult male from her community who claims to be her 'fiancé'. Intelligence that she is being kept at his address in Leeds and not allowed to contact social worker.",
  "AV RM IS", "rm iso", "S", "i")
T("Bank financial crime alert: elderly customer's account in Hastings shows withdrawals by a carer; customer has dementia. Potential financial abuse, refer to adult safeguarding. Carer is a regulated agency employee.",
  "", "", "")
T("The boss of the packing factory, a Polish man, puts 12 of us in a house with 3 rooms. We pay £80 each week. He drives us. If we don't go to work one day he charges £50. He says if we tell anyone about the house he will tell the police we are thieves.",
  "AC IT", "oc et", "L", "m")
# ---- batch 3 ----
T("NCA intelligence package (organ harvesting): a Turkish-based broker advertises on Facebook groups for 'kidney donors, £25,000 paid'. INT indicates at least two UK-resident Romanian men travelled to Istanbul in 2025, had a kidney removed and received about £3,000. One told a friend he was threatened with a knife when he asked for the rest. 2/C/P.",
  "DE WW IT", "", "O", "h")
T("Border Force Heathrow T5: female passenger, Nigerian, 23, stopped with a letter stating she is travelling to the UK as a 'living donor' for an unrelated man in Manchester. She could not explain the relationship and said she was promised a job and school fees for her younger brother afterwards. Safeguarding referral and HTA informed.",
  "DE AV", "", "O")
T("Forensic pathologist note shared with NCA: the deceased Vietnamese male found in Epping Forest had a recent surgical scar consistent with nephrectomy performed outside of a hospital setting. Enquiries ongoing into possible organ trafficking.",
  "", "pa", "O")
T("JSTAC single case: Sri Lankan male, 31, with debts to a moneylender in Colombo, was told by a middleman that selling a kidney to a British patient would clear his debt. He was flown to the UK on a visit visa with a forged sibling certificate. Transplant team at a private hospital became suspicious and stopped the procedure.",
  "AV DB DE", "", "O", "h")
T("INT 3/C/C - hearsay from a community source: a Pakistani family in Bradford arranged for a cousin from Mirpur to give a kidney to their father 'in exchange for a visa'. Source unsure if this happened. Conditions: do not disclose to HTA without ROCU authority.",
  "", "", "O", "medium")
T("Interpreter: he says he was promised work in a bakery in London. He says in the first flat they did medical tests on him, blood tests, and then they told him he must give a kidney or pay 20,000 euros. He says they showed him photos of his children outside school in Moldova.",
  "DE DB IT", "", "O", "h")
T("Kalayaan drop-in: Filipino domestic worker, 45, left her Saudi employer's London flat at night. Says she was on call 24 hours, slept on the floor of the baby's room, and was not given her own food. Madam kept passport. She is now staying with a friend in Earl's Court. Wants to know her rights.",
  "EO AC RD", "lh sw dt", "D", "h")
T("Child protection referral: boy 12, Nigerian, living with 'aunt' in Peckham, not registered at school. Neighbour sees him carrying shopping and hanging washing at 6am; he sleeps on the sofa. Aunt says he is her nephew visiting. Aunt's own children attend private school.",
  "AV", "", "D", "h")
T("Adult safeguarding (Leeds): Pakistani woman, 38, on a spousal visa. Husband's family make her clean and cook for the whole extended household from 5am to midnight, lock the front door and keep the key, took her passport 'to renew the visa' two years ago.",
  "EO RM RD", "lh rm dt", "D", "h")
T("public report - i clean for a lady in Hampstead and the live in maid from india is there 24/7 she told me she hasn't had a day off since christmas and madam keeps her phone in a drawer, she is only allowed to ring home on Sunday for 10 mins",
  "EO IS", "lh iso", "D")
T("Officer note: welfare check on a live-in nanny (Brazilian, 24) following a call from her sister. Nanny spoken to alone: she has her passport and phone, is paid monthly into her own account, has two days off and attends English classes. Sister's concerns were about a row with the family. No offences.",
  "", "", "")
T("Statement (Eritrean woman, 29, via interpreter): 'The family in Dubai brought me to London for the summer. I cook, clean, wash the children's clothes. I have no room, I sleep in the corridor. When I was slow the woman pulled my hair and hit me with a shoe. I have never seen money. They said in London if I go outside the police will arrest me because I have no visa.'",
  "AC PV WW IT", "sw fa", "D", "h")
T("IE intelligence: Overseas Domestic Worker visa holder (Indian, female) reported by her brother as missing. Employer in Birmingham says she 'went home', but flight records show no departure. Her passport is still at the employer's address according to the brother.",
  "RD", "dt", "D")
T("NCA Intelligence Hub note: diplomatic household, Knightsbridge. Two Ethiopian women employed as cleaners. Prior report (2023) of excessive hours was investigated by the FCDO; both workers confirmed they were paid, given days off and held their own documents. No current concerns; do not re-refer without new information.",
  "", "", "")
T("Helpline: woman called about her friend who is an au pair in Surrey. The family pays her £90 a week, she works around 50 hours, the mum has her passport 'to keep it safe', and she's not allowed visitors. The friend is Spanish, 20.",
  "RD EO IS", "dt lh iso", "D", "h")
T("County line 'JJ' – Merseyside into Cumbria. INT: a 17-year-old from Kirkby is being held in a flat in Barrow to run the phone; his mother has reported him missing three times and he told a youth worker he 'can't come home until the debt is cleared' after he was robbed of £800 of drugs. 2/B/P.",
  "AV DB RM", "rm", "C", "i")
T("Youth Offending Team note: James, 16, arrested in Exeter with 20 wraps. Disclosed he was 'plugging' (concealing drugs internally) under instruction from an older male who slapped him when he lost a package.",
  "AV PV", "", "C", "h")
T("im ringing cos the boy in flat 6 is like 13 and theres men in there all day and night and he's out on his bike at 2 in the morning delivering stuff. his mum is a smackhead, they took over her flat",
  "AV", "", "C", "h")
T("Intel log: cuckooed address, 3 Hill View, Bridgwater. Occupant (male, 62, alcoholic, disabled) reports that men from Bristol are staying, they took his phone and bank card and told him they'd burn the flat down if he called police. 2/A/P.",
  "AV IS IT", "iso ncw", "C", "h")
T("Shoplifting group – intelligence from retail crime partnership: 5 Romanian women arrested in Bath; one disclosed that a man drives them between towns, takes the stolen goods and gives them food and a bed. She said she cannot go home because she owes him for the travel.",
  "DB", "et", "C", "m")
T("We reported our son missing again. He's 15. He came back with new trainers and cuts on his hands. He won't tell us anything except 'they'll hurt you if I talk'.",
  "AV IT", "pa", "C", "h")
T("Benefit fraud investigation (DWP referral to police): 18 Universal Credit claims made using the identities of Slovak men living in a house controlled by nom KOVAC. The men say KOVAC 'helped with forms' and they do not know the password to their online accounts. The payments go to a bank account he runs.",
  "", "ncw", "C", "medium")
T("DWP benefit fraud: claimant in Oldham submitted false rent documents. No third-party involvement. Prosecuted for fraud.",
  "", "", "")
T("Intel: ANDREI, Costel recruits homeless Romanians in Park Lane underpass to open bank accounts for 'work'. He keeps the cards and PINs. Accounts then used to launder fraud proceeds. Recruits given £50. 2/B/P.",
  "AV", "ncw mbc", "C", "m")
T("NCA cross-border intelligence: Albanian nationals smuggled through France to cannabis grows in Northern Ireland, where one male (IP, 19) was found alone in a house in Armagh, malnourished, door bolted, electricity bypassed. He said 'the boss' would kill his father if he ran.",
  "RM IT AC", "rm pa", "C", "i")
T("Cannabis grow found in a flat in Croydon. Occupant (British male, 35) was the tenant and the owner of the plants; he was growing for his own sale. No signs of coercion. Charged with production.",
  "", "", "")
T("Local PCSO: two Roma children, 9 and 11, begging outside Sainsbury's in Slough from early morning. An adult in a red Vauxhall watches from the car park and takes the cup from them at lunchtime.",
  "AV WW", "ncw", "C", "h")
T("Begging – public report: man in a wheelchair at the Bull Ring every day, dropped off by a van at 7 and collected by the same van at 7, seems scared of the driver. Had a bandage on his head last week.",
  "AV EO", "ce et lh pa fa", "C", "m")
T("NCA Intelligence: organised identity fraud in Peterborough. Lithuanian nationals coerced into lending their ID to the OCG for mortgage applications; one victim was shown a video of a man being beaten and told 'this is what happens'.",
  "IT", "", "C", "m")
T("Police report: man, 40, British, reported his mate borrowed his identity to sign up for a phone contract without permission. Fraud recorded. No exploitation.",
  "", "", "")
T("Statement from Ioana (Romanian, 33) at Leicester station: 'The man I live with, Florin, says I must steal from shops every day, make-up, razors. He sells them. When I refuse he does not let me eat and he kicks me. I cannot leave, he locks the room when he goes out.'",
  "PV RM AC", "rm", "C")
T("Unseen helpline: caller (Polish, male, 48) says he worked 3 weeks at a sandwich factory via an agency, was paid for two, and the third week will be 'next month'. He has his own bank account and passport and lives with his wife. Advised on ACAS.",
  "", "", "")
T("Intelligence from a Border Force officer at Portsmouth: a man driving a minibus from Poland with 9 male passengers collected £100 from each for the trip and their 'first week's accommodation'. Passengers held their own ID and were going to different employers. Suspected unlicensed transport only.",
  "", "ct", "", "low")
T("Interpreter's note: he says his boss said he would pay him at the end of the season, 'all together', so that he does not waste it. The season finished three months ago. He has received nothing. He says the boss still has his ID card 'in the office'.",
  "WW RD", "dt", "L", "m")
T("Report via Crimestoppers: There's a care home in Blackpool where the Indian nurses work double shifts all the time, they live in a house the owner rents them and he takes the rent and 'visa fees' before they get paid. One cried in the car park saying she can't leave because she owes him £9,000.",
  "EO DB", "lh", "L", "m")
T("CQC inspection, care home in Swindon: international recruits on Skilled Worker visas interviewed. All have contracts, hours within limits, accommodation optional and at market rent. No repayment clauses. Good practice noted.",
  "", "", "")
T("INT 2/B/P: eight Vietnamese men found living in the loft of a takeaway in Great Yarmouth, no windows, mattresses on boards, one toilet. The owner says they are 'visiting cousins' but they were wearing kitchen whites.",
  "AC", "sw oc plc", "L", "m")
T("Text from public web form (all caps): THERE IS A HOUSE ON GROVE ROAD WITH LIKE 20 MEN LIVING IN IT AND A MINIBUS TAKES THEM AT 5AM!!!! THEY LOOK LIKE THEY HAVENT EATEN IN WEEKS. SOMEBODY DO SOMETHING",
  "", "oc ce pa", "", "low")
T("NCA debrief summary: IP (Chinese female, 45) recruited in Fujian to work as a 'waitress' in London. Put to work in brothels in Wembley and Newcastle. 'Mama-san' took all money and said she owed £40,000. Not allowed to leave flat alone. Threatened that her son in China would be harmed.",
  "DE WW DB RM IT", "rm ncw", "S", "h")
T("Referral from sexual health clinic: young woman, Romanian, attended three times in one month, each time with a different 'cousin' who paid. She said she works in a 'massage' flat and gives money to her boyfriend for the rent. She had bruising to her neck.",
  "WW PV", "pa ncw", "S", "h")
T("Police intelligence log: massage parlour licensed by council in Camden; inspection found 4 self-employed masseuses with their own accounts and leases, no indicators. Records update only.",
  "", "", "")
T("Online report: my ex is pimping out girls on onlyfans and adultwork from his flat in salford, he takes their phones so they cant call anyone and keeps them high on coke. one is 17 i think",
  "AV IS", "iso", "S", "h")
T("Missing episode return interview: girl, 15, says she stayed with 'friends' in Oldham for 3 nights, was given cider and weed, 'had to' have sex with two older men. Identified suspects known to CSE team.",
  "AV PV", "", "S", "h")
T("Intelligence: pop-up brothel, Airbnb, Leeds LS1 - booked by male using stolen card. Women (Romanian) told neighbours they are 'on holiday'. One woman asked a cleaner for help, said she did not know what city she was in.",
  "IS", "iso", "S", "h")
T("Border Force Stansted: two Albanian women refused entry after it was established they intended to work in the sex industry in London on visitor status. They stated they had chosen this and were not under anyone's control. Returned to Tirana.",
  "", "", "")
T("ROCU intelligence summary: Thai transgender women trafficked to work in 'ladyboy' advertised flats in London, Birmingham, Bristol. Each charged a 'visa debt' of £25k, with £700 per week 'rent' on top. Passports held by a Thai female handler.",
  "DB RD", "dt", "S", "h")
T("Passenger (male, 52, British) at Luton: returning from Bucharest with two Romanian women, 18 and 19, booked on his card. He says they are his 'girlfriends' coming to stay. Women said they didn't know his surname and had been promised jobs in his 'bar'. Referred to Beds MSU.",
  "DE", "", "", "medium")
T("HMRC/NCA joint: fraudulent payroll company supplying 'phantom workers' to construction firms for VAT fraud. The names used are real people abroad who never came to the UK. No trafficking victims.",
  "", "", "")
T("Fishing – MCA inspection, Fraserburgh: Ghanaian deckhands on a transit visa, crew agreement shows $800 monthly. Skipper had the crew's passports in the wheelhouse 'as required'. Crew say they have been paid, are allowed ashore, and have their phones. Advice given on holding passports.",
  "RD", "dt", "L", "m")
T("Statement: 'I worked in construction in Ilford for Vasile. He never paid me one pound for seven months. He said he pays my debt to the man who brought me. He gave me a mattress in a garage with 6 other men. In winter it was very cold and there was no water.'",
  "WW DB AC", "oc plc ncw", "L", "h")
T("Intelligence: an Indian national running an employment agency in Southall supplies Punjabi men to a food factory in Slough. Workers pay a 'registration fee' of £500. Wages paid correctly. Workers live where they like. GLAA made aware of the fee.",
  "", "uf", "", "low")
T("Recycling plant, West Bromwich – joint visit. Workers found sorting waste without gloves or masks, injuries to hands. Agency charges them £25 for a high-vis and gloves they haven't received. Several live above the site office.",
  "AC", "ppe pa sw", "L", "m")
T("Housing officer: tenant (Slovak family of 5) complains of damp and mould in council flat. Family well known to the team, both adults employed. No concerns about exploitation.",
  "", "", "")
T("NCA JSTAC single case assessment – Op (ref withheld): Polish male with brain injury following a fall, targeted at a Coventry bus station by a known Polish OCG. Moved into a house with 11 others, given a job at a poultry plant via an agency. Wages paid into an account controlled by the OCG; he received £15 a week. Was told 'the Polish mafia' would kill him if he went to the police.",
  "AV WW AC IT", "ncw oc", "L", "h")
T("Probation: service user (British, 19) on licence for drug supply discloses he was groomed into county lines at 14, was stabbed in the leg at 15 for 'losing' money, and still owes the line £2,000, which his handler says he must work off.",
  "AV PV DB", "pa", "C", "h")
T("Cross-force sharing: Met to Essex – intel that Romanian females are brought from Bucharest on flights paid by nom STAN, Gheorghe and are met at Stansted by his driver. Within 48 hours they appear on adult sites. STAN seen at Basildon flat collecting envelopes. 2/C/P.",
  "", "et", "S", "h")
T("Victim in her own words (typed by support worker): they said I will be a model in London and I will earn good money, but they took me to a house in Birmingham and a man raped me and took photos. After that they said if I do not work they will post the photos on Facebook to my family.",
  "DE PV IT", "", "S", "h")
T("Fraud report: woman, 29, says she paid £2,000 to a Facebook 'agent' for a UK care worker visa that never arrived. She is in Zimbabwe. Action Fraud reference provided.",
  "", "uf", "", "low")
T("INT: POI 'Bogdan' controls 30 Bulgarian workers placed at a Spalding packhouse. He accompanies them to the bank, takes their cards after payday, and they collect cash from him on Saturdays. Workers say he is 'like a father'. 2/B/P.",
  "WW", "ncw et", "L", "m")
T("This is about my cousin, 17, from Vietnam. He phoned us from a number in England. He said he is in a house with plants and the men hit him. He does not know the address. He says he sleeps there and is not allowed out. Please find him.",
  "AV PV IS RM", "iso rm sw", "C", "i")
# ---- batch 4 ----
T("NCA OIC case update: the Eritrean group intercepted at Folkestone were smuggled, not trafficked. All paid their own fares, none owes money in the UK, no UK contact waiting for them. Asylum claims lodged. Closing MS flag.",
  "", "", "")
T("IE visit to a hand car wash in Luton: 5 workers, 3 Kurdish Iraqi with pending asylum claims working illegally, paid £60 a day cash. They live in their own rented rooms, have their own phones, came and went freely. Civil penalty to the operator. No NRM.",
  "", "", "")
T("JSTAC note: the man found in the lorry at Immingham was an economic migrant who had arranged his own passage and a job with a cousin. He was not under anyone's control and denied any debt. Assessment: smuggling only.",
  "", "", "")
T("Intelligence sharing note (Cheshire to GMP): a Warrington barber's shop employing Kurdish men without right to work. Source says there is no debt, no one holds their papers and they are paid properly. Matter for IE only. 2/C/P.",
  "", "", "")
T("Officer's note following welfare check at a farm near Evesham: I asked each of the 12 pickers (Bulgarian) whether anyone had their passports, whether they could leave, whether they owed money. All said no, showed their own ID and bank apps. Caravans clean, 2 per caravan. No concerns about being held against their will.",
  "", "", "")
T("She said if the boss had ever taken her passport she would have gone straight to the police, but he never did. She has worked at the salon for 3 years, is paid weekly and goes home to her husband every night.",
  "", "", "")
T("Border Force Dover: lorry driver (Bulgarian) arrested after 11 Vietnamese nationals found in refrigerated trailer. Driver admitted being paid £1,500 per person to bring them across. Migrants taken to Dover hospital for hypothermia checks then to IE. Ongoing enquiries into onward destination.",
  "", "", "")
T("Press summary: a Luton businessman jailed for 3 years for employing illegal workers at his restaurants and failing to pay tax. The court heard the workers were paid and housed normally; trafficking charges were not brought.",
  "", "", "")
T("ANPR hit: VRM WR17 BXE linked to an earlier immigration offence passed through Dartford Crossing 03:12. Vehicle registered to a courier company. No further action.",
  "", "", "")
T("Report from a member of the public: a man keeps parking his van across my drive, he's Polish i think and works at the building site over the road. It's really annoying. Not slavery, I just want it moved.",
  "", "", "")
T("My employer said if I was ever late again he would dock my pay, which he is allowed to do under my contract. He has never threatened me otherwise. I just want to know if the contract is legal.",
  "", "", "")
T("Kidney transplant unit: altruistic non-directed donor, UK national, 44, approved by the HTA panel after independent assessment. Donation completed at Guy's. Donor discharged day 4.",
  "", "", "")
T("Visa case: Filipino nurse, 27, on a Health and Care visa in Stoke, worried because her employer's sponsorship licence was suspended. She has her passport, her contract, is paid properly. Advised to contact the Home Office sponsorship helpline.",
  "", "", "")
T("Domestic abuse call: female caller says her husband shouted at her and threw a plate, nobody injured, she has gone to her sister's. Both British. DASH completed, medium risk. No other concerns.",
  "", "", "")
T("Intel: FISHER, Dale believed to be supplying cocaine in Scarborough. Uses his own vehicle, works alone, no indication of children or vulnerable adults being used. 2/C/P.",
  "", "", "")
T("Romanian family of six living together in a three-bedroom house in Corby. Both parents work at the same warehouse through an agency, children at local school. Referral from school was about attendance only. No exploitation concerns identified.",
  "", "", "")
T("IE intelligence: student from Nigeria working 35 hours a week in a care home, breaching her 20-hour visa condition. She chose the extra shifts; employer pays her normally. Compliance letter issued.",
  "", "", "")
T("A&E: male, 26, Polish, lacerated hand from a band saw at a joinery where he is employed. Employer brought him in, stayed, then drove him home. Patient confirmed he is on the payroll, has sick pay. RIDDOR report made by employer.",
  "", "", "")
T("National coordinator note: training delivered to 40 first responders in the South West region on NRM referrals and the Duty to Notify. Feedback positive. Next session in Plymouth.",
  "", "", "")
T("Fraud: elderly man in Crawley conned out of £14,000 by a fake builder who did no work. Suspect identified from bank transfer. Not exploitation.",
  "", "", "")
T("Border Force Belfast: 3 Chinese nationals with genuine visas, intending to study at Queen's. Welfare questions asked as they travelled with an agent; all held own documents and had enrolment letters. Landed.",
  "", "", "")
T("I know this looks bad but the car wash bloke on Leek Road does pay them and they aren't locked in, they live in their own flats, I've been round. Please stop sending police every week its hurting his business",
  "", "", "")
T("Cross-force note: Avon and Somerset to Devon & Cornwall – intelligence about Thai massage parlours in Exeter reviewed; workers independent, own premises leases, no third-party control identified. Intelligence graded 3/D/P and filed.",
  "", "", "")
T("Neighbour dispute: complaint that the family at number 3 have too many people visiting and parking on the street for a christening party. Council noise team informed.",
  "", "", "")
T("Intel: Albanian male VELAJ, Arben, suspected of paying for small boat crossings for relatives. No information that relatives work for him or owe him money. 3/C/P.",
  "", "", "")
T("Statement from employer of a hand car wash in Norwich: all staff on PAYE, holiday pay, own accommodation. He was visited by GLAA and given a clean report. Provided for licensing appeal.",
  "", "", "")
T("Apprentice electrician, 17, British, works on site with his uncle's firm 8–4, goes to college on Fridays. Mother called asking if his hours were legal. Advised yes.",
  "", "", "")
T("Officer note: checked on the two Slovak women at the Grimsby fish factory after an anonymous call. Both had been paid, held their ID, lived with partners. Claim that they were 'kept in a shed' was unfounded – they were on a break in the smoking shelter.",
  "", "", "")
T("Hypothetical in training material: 'What would you do if a worker said the gangmaster kept her passport?' – used in a GLAA workshop in Boston. No case.",
  "", "", "")
T("Caller to 101: worried about her Vietnamese neighbour who works long hours at a nail bar. On enquiry, neighbour owns the nail bar with her husband. Call closed.",
  "", "", "")
T("Salvation Army outreach: man sleeping rough in Cardiff, Polish, 50. Says he lost his job at a warehouse when the contract ended, no one took his documents, he has them in his bag. Needs housing support. No exploitation disclosed.",
  "", "", "")
T("Interview note: the woman denied anyone forced her to sell sex. She works independently from her own flat in Edinburgh, keeps all her earnings and is not in debt to anyone. She asked police to stop visiting.",
  "", "", "")
T("Intel log: reports that workers at the vape shop are 'slaves' are assessed as malicious, from a rival business. Workers spoken to, all paid. 3/E/P.",
  "", "", "")
T("Note from a Border Force officer: Indian family of four (parents, two children) arriving on family visit visas to stay with the grandparents in Leicester. All documents in order. Landed.",
  "", "", "")
T("Money laundering (NCA): a Dubai-based network used UK cash couriers, all adult men paid commission, none coerced. Cash seizures at Heathrow of £2.1m over six months.",
  "", "", "")
T("GLAA: licence refused to an applicant who could not show payroll records. No workers supplied yet. Refusal only.",
  "", "", "")
T("Public report: at the laundrette a girl of maybe 12 was folding sheets all afternoon on a school day. The owner said she's his daughter helping out during half term. Looked happy enough.",
  "", "", "")
T("NCA note: the reported 'kidney for sale' advert on a Telegram channel was a scam, collecting deposits from would-be buyers. No donors involved. Passed to Action Fraud.",
  "", "", "")
T("Immigration bail reporting centre, Croydon: man, Albanian, 30, attends monthly, lives with his partner, no concerns raised at welfare interview.",
  "", "", "")
T("NCA intelligence package (labour): Nigerian OCG recruiting students on Graduate visas to work in care homes across the Midlands via a sham agency. Students' pay is sent to agency-controlled accounts and they receive a 'stipend' of £250 a month. Agency staff hold their BRPs. Workers say they work 'double doubles' – 24-hour shifts – several times a week.",
  "WW RD EO", "ncw dt lh", "L", "h")
T("Cross-force intelligence (Suffolk to Norfolk): Portuguese and Timorese men working on a duck farm, living in a barn with sheep hurdles as bed partitions. The farm foreman deducts £60 a week for this 'accommodation'. Workers report 6 days x 13 hours. One showed bruising to his ribs and said the foreman kicked him.",
  "AC EO PV", "plc oc lh pa", "L", "h")
T("Immigration Enforcement intelligence: three Bangladeshi men in a Cardiff restaurant kitchen said their employer tells them immigration officers will 'beat them and put them in jail' if caught, so they must not leave the premises. They sleep in the dry store.",
  "IT RM AC AV", "fa rm sw", "L", "h")
T("NCA assessment: Romanian 'loverboy' recruiter RUSU, Marian, has placed at least 5 young women in Glasgow flats. Women told they would be cleaners. Each handed passport to RUSU 'for registration'. Victims said he burned one girl with a cigarette as a warning to the others.",
  "DE RD PV", "dt", "S", "h")
T("Debrief (Slovak male, 29, via interpreter): he says the man in Kosice paid his bus ticket and promised £400 a week at a factory in Sheffield. He says when he arrived he had to work at a scrapyard and the man took all his money for 'rent, food and ticket'. He says he was never alone – the man's son slept in the same room.",
  "DE WW DB RM", "rm", "L", "h")
T("INT: Albanian nail technician at a salon in Aberdeen is 'given' to the owner's brother on weekends to clean his flat and have sex with him. She has no money of her own. 2/C/P.",
  "PV WW", "ncw", "L S", "h")
T("Border Force Heathrow: 16-year-old Vietnamese girl found with a forged Japanese passport, travelling with an unrelated adult. She said she must work for 'auntie' in London to repay the cost of the trip. Phone showed messages with instructions to destroy documents. Taken into local authority care.",
  "AV DB", "", "L", "h")
T("Public web report: my boyfriends brother is working on a farm near hereford and they get paid but the boss takes £150 for the caravan and £30 for gloves and boots and £40 for the bus. hes left with nothing practically. he wants to leave but they say he owes for the caravan deposit",
  "WW DB", "ppe ct", "L", "m")
T("NCA cross-border: Welsh Police seized a trawler crew list showing 6 Indonesian deckhands employed through a Jakarta manning agent. Crew say the agent charged each $2,500, they have not been paid for 4 months, and the skipper locks the galley so they eat only once a day.",
  "WW AC", "uf", "L")
T("Intel: 'Mama Joy' in Catford runs a house where Nigerian teenage girls cook and clean and are taken to 'parties' at night. One girl (15) told a church youth worker she cannot go to school until she 'pays back the ticket'.",
  "AV DB", "", "D S", "h")
T("Police log: on arrival at the brothel in Harrow, officers found a Romanian woman locked in an upstairs room with the key in the door outside. She had no shoes and no phone. Controller detained at the scene.",
  "RM IS", "rm iso fpe", "S", "i")
T("Statement (Chinese male, 50): 'I paid snakeheads 200,000 yuan. In London I worked in a restaurant in Chinatown from 10 in the morning to 1 at night. I lived in a room with 10 men. The boss paid £600 a month but took £300 for the debt. I was afraid of the police so I did not complain.'",
  "DB EO AC", "lh oc fa", "L", "h")
T("NCA to Police Scotland: a cleaning contractor at Edinburgh Airport is believed to be using Sri Lankan workers whose passports are held by the contractor's director, who also 'manages' their bank accounts. 2/C/P.",
  "RD WW", "dt ncw", "L", "m")
T("Victim (Sudanese, 17): 'The men at the camp in Calais said I could cross free if I worked for them. In England they took me to a flat in Manchester and I delivered drugs on a bicycle. They said my debt is £4,000. They hit me with a stick when I kept £10 for food.'",
  "AV DE DB PV", "", "C", "h")
T("Intelligence: Moldovan women working in a hotel laundry near Heathrow via an agency; the agent's wife collects them at 5am and returns them at 10pm, they are charged £15 a day for the lift, and the agent has their passports. 2/B/P.",
  "EO RD", "ce et ct lh dt", "L", "m")
T("Safeguarding referral from a midwife: woman, 24, Albanian, 28 weeks pregnant, attended booking with a man who refused to leave and answered for her. She later disclosed he 'sells' her to other men in Birmingham and she must give him all the money. She has no phone.",
  "WW IS", "sfw ncw iso", "S", "h")
T("ROCU: vehicle VRM GN19 PXK stopped on M1, driver (Romanian) and 4 Romanian males with 400 packs of stolen razors. Males say the driver collects them each morning and they must steal a set amount, or they are 'fined' from their food money. Driver has all their ID cards.",
  "RD", "et dt", "C")
T("Sham marriage (NCA/IE joint): Latvian woman, 22, recruited with a promise of a job in a Manchester hotel, then told she must marry an Indian man for his visa. She was kept in a flat until the ceremony, her passport taken, and she was told her family in Riga would be 'visited' if she refused.",
  "DE RM RD IT", "rm dt", "S", "h")
T("Helpline: Indian chef, 36, in a Newcastle restaurant, says he has not had one day off in 9 months, the employer pays the salary in the bank account then makes him withdraw it and hand back £900 each month as 'visa repayment'.",
  "EO WW DB", "lh", "L", "h")
T("INT suggests Eritrean women in a Birmingham 'shared house' are being forced to cook and clean for a group of men and sleep with them. Women not allowed out without a male escort. 2/C/P.",
  "PV RM", "rm et", "D S", "h")
T("Pakistani national, 19, male – debrief: 'My uncle brought me on a student visa. I never went to college. I worked in his cash and carry 14 hours a day and slept in the warehouse. He said my father owes him money and I work to pay.'",
  "DE EO DB AC", "lh sw", "L", "h")
T("ROCU to NCA: crypto payments from a Birmingham address to an organ broker's wallet; intelligence that a Pakistani labourer in the UK was taken to Lahore and had a kidney removed to clear a £6,000 debt to his employer.",
  "DB AV", "", "O")
T("School referral: Tomasz, 15, Polish, falling asleep in class. Says he works at his stepfather's car wash every evening until 11 and weekends, is not paid, and his stepfather 'will send him back' if he refuses.",
  "AV EO WW IT", "lh", "L", "h")
T("Officer handover: Vietnamese male IP rescued from a grow in Rotherham last night is now at a safe house. Injuries: cuts from the foil and an electrical burn. He said the grow was padlocked from outside. Interpreter booked for 10:00.",
  "RM AC", "rm pa", "C")
T("Public report: THE BLOKE AT THE GARAGE HAS 3 ROMANIAN LADS SLEEPING IN THE WORKSHOP ON CAR SEATS, THEY WORK ALL HOURS AND HE SHOUTS THEY'LL BE DEPORTED IF THEY MOAN. AND HES GOT THERE PASSPORTS IN THE TILL",
  "AC EO IT RD", "sw lh fa dt", "L", "h")
T("JSTAC single case (domestic servitude, British victim): woman, 60, with learning disabilities, lived with a neighbouring family for 20 years doing all housework and childcare, never paid, given a mattress in the utility room. Her disability benefits went to the family.",
  "AV WW AC", "sw ncw", "D", "h")
T("Interpreter (Arabic): he says he is from Syria and the man in Birmingham who found him work at a car wash told him his Home Office case would be refused if he didn't work for him. He says he works from 8 until 8 and gets £20 a day. He says he can leave.",
  "IT AV EO", "lh", "L")
T("NCA MSHTU debrief: Romanian woman was told by her uncle she would pick strawberries in Kent; instead she was placed in a Wolverhampton flat and advertised online. She says 'he took the money and when I cried he strangled me'.",
  "DE WW PV", "ncw", "S", "h")
T("Crimestoppers: the family at 22 Oak Avenue in Ilford brought a young woman from India as a maid, she's never let out, the windows have bars and she waves at my kids from the upstairs window",
  "RM", "rm", "D", "i")
T("Local authority licensing visit, nail bar Peterborough: staff Vietnamese, two under 18 (16 and 17) found working, no school, living above the shop with the owner. Owner said they are 'nieces' learning the trade unpaid.",
  "AV WW", "sw", "L", "h")
T("Intelligence: Polish man with schizophrenia recruited from a Gdansk shelter, now working at a Kent car wash; boss holds his medication and only gives it if he works. 2/B/P.",
  "AV", "", "L", "m")
T("999 - caller is a Filipina worker in a house in Belgravia, she says employer has just hit her and locked her in the staff room, she has been there 2 hours. Caller frightened, speaking quietly.",
  "PV RM", "rm", "D", "i")
# ---- batch 5 ----
T("Financial intelligence (bank to NCA): 31 debit cards issued to Romanian nationals registered at two addresses in Barking were used at one Asda cashpoint between 02:00 and 02:30 each payday. The accounts receive wages from a food packing agency. One account holder told branch staff 'the driver has my card, I get £20'.",
  "WW", "mbc ncw", "L", "m")
T("GLAA intelligence: agency supplying a salad packhouse near Chichester charges new starters £35 for safety boots and £15 for a hairnet pack, deducted from their first wage. A team leader who speaks Bulgarian answers every question for the workers and they do not talk to auditors directly.",
  "", "ppe sfw", "L", "m")
T("Police log, Operation (name withheld), 06:05 warrant at a house in Tipton: 17 Kurdish and Iranian men in four rooms. Several had nothing but the clothes they were wearing and a toothbrush. All worked at a car wash run by the landlord, who collected them at 6am and dropped them after 10pm. The landlord kept a ledger of 'debts' for each man.",
  "AC EO DB", "oc fpe ce et lh", "L", "h")
T("Border Force Gatwick: young Albanian male, 18, arrived with no luggage, no phone and £5, a piece of paper with a phone number for 'Lulzim' who would 'give work'. Said he does not know where he will be living. Referred to Sussex MSU and NRM explained.",
  "IS", "fpe iso", "", "medium")
T("NCA intelligence package: at least 12 bank accounts opened by Vietnamese nail technicians in Manchester are operated by the salon owner, who uses the cards at one ATM on Oldham Road every Monday. Technicians receive cash 'allowance' of £50 a week and owe a travel debt of £28,000 each.",
  "WW DB", "mbc ncw", "L", "m")
T("Safeguarding note, Hull: Ethiopian woman, 33, with two small children, says the family who housed her took her phone, keep her children's birth certificates and make her clean their shop and house for no pay; she has nowhere else to go.",
  "AV IS RD WW", "iso dt", "L D", "h")
# ---- output ----
def risk_of(ind, typ, given):
    if given:
        return R.get(given, given)
    if "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    return "medium" if (ind or typ) else "low"

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh55.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for k, (text, ind, sig, typ, risk) in enumerate(E, 1):
            ind, sig = list(ind), list(sig)
            for a, b in PAIR:
                if a in ind and b not in sig: sig.append(b)
                if b in sig and a not in ind: ind.append(a)
            rec = {"id": "f55-%03d" % k, "text": text,
                   "indicators": sorted({IND[x] for x in ind}),
                   "signs": sorted({SIG[x] for x in sig}),
                   "exploitation": sorted({TYP[x] for x in typ}),
                   "risk": risk_of(ind, typ, risk)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(E), "to", out)

if __name__ == "__main__":
    main()
