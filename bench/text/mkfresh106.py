#!/usr/bin/env python3
"""Hand-written blind set fresh106 (construction and trades emphasis).
Each entry: text, then "indicators | signs | types" in short codes, risk optional
(computed from the labelling rules when not given)."""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
           ISO="isolation", VIO="physical_sexual_violence", THR="intimidation_threats",
           DOC="retention_of_documents", WAG="withholding_wages", DEBT="debt_bondage",
           COND="abusive_conditions", OT="excessive_overtime")
SIG = dict(app="physical_appearance", iso="isolated", plc="poor_living_conditions",
           ovc="overcrowded_accommodation", slw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", early="collected_early_dropped_late", fear="fear_of_authorities",
           fee="upfront_fees", dt="documents_taken", esc="escorted_transport", chg="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", spk="speaks_for_workers",
           cards="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("DOC", "dt"), ("ROM", "rm"), ("OT", "lh"), ("ISO", "iso")]

E = []
def X(text, lab="||", risk=None):
    E.append((text, lab, risk))

# ---- part 1 ----
X("INT suggests block paving crew working out of white Transit VRM YX15 ***, run by POI Patrick WARD (DOB 03/1979). Crew are English males approx 40-60, look unkempt, recruited from Salvation Army hostel in Doncaster. Said to be paid in cans and tobacco, no wages. Sleep in caravan on Ward's yard. 2/C/P",
  "AV WAG COND | app plc | L")
X("Caller (neighbour) states 4 lads doing a driveway across the road started at 6am and still going at 9pm, says they looked shattered, same van drops them every day. Not aware of anything else.",
  "OT | lh early | L")
X("Roofer working alone, self-employed, fell from ladder at domestic address. Ambulance called by homeowner. Own van, own tools, invoiced customer directly. HSE informed by hospital as per protocol. No third party involvement.",
  "||")
X("my mate works on the site by the retail park they aint been paid for 3 weeks by the sub contractor, he says its coming friday. hes still going in cos the money is good when it comes. not slavery just a bad firm lol",
  "||")
X("Debrief (interpreter present, Romanian). He says a man from his village, Marius, told him there was work in England on buildings for £80 a day and a room included. When he got here the room had nine men in it and the pay was £20 a day because the rest was 'for the flight and the room'. After three months Marius said he still owed £1,400. He says he could not go because Marius had his ID card 'for the agency' and never gave it back.",
  "DEC DEBT WAG DOC COND | ovc dt | L")
X("Scaffolding firm inspected by council licensing re: skip permit on highway. Permit expired two days previous. Advised and renewed same day. Staff on PAYE, CSCS cards seen. No further action.",
  "||")
X("Outreach worker at soup kitchen reports that a man known as 'Tommo' has been coming in mornings and offering rough sleepers 'cash work' on roofs. Two regulars went with him and have not been back for six weeks. One phoned a friend and said he wasn't allowed a phone normally and was sleeping in a shed.",
  "AV ISO COND | iso plc | L")
X("Tarmac gang at farm lane, men looked thin and scared. One had a black eye. Didnt say a word, the older one did all the talking",
  "| app spk | L")
X("1/A/P Source states that Gheorghe LUNGU collects wages of Romanian demolition labourers every Friday from main contractor's office in cash. Workers receive £50 weekly. Lungu holds bank cards for at least six of them and has been seen withdrawing at the Co-op ATM on Bridge St using several cards in succession.",
  "WAG | ncw cards | L")
X("Waste recycling yard, Bradford. GLAA visit following tip-off. 14 operatives on the picking line, all with agency contracts and payslips, accommodation their own. Wage rates above NMW. Fire exits blocked by bales - referred to HSE and fire service. No labour exploitation identified.",
  "||")
X("Man presented at A&E with crush injury to left hand from a breaker. Says he works on a demolition job for 'a cousin'. Has been sleeping on site in a container. No PPE given, he had to buy his own gloves and boots which came out of his money. Would not give employer name, kept asking if police would come.",
  "COND | slw ppe fear | L")
X("A gang of Irish Travellers knocked on my mums door, said her roof was dangerous and charged her £6000 for a job worth £300. She is 84. Police please do something about these rogue traders",
  "||")
X("Salvation Army caseworker note: Client (m, 52, British) was homeless in Leeds when approached outside a day centre and offered bed and board for helping on driveways. He says he stayed on a site near Wetherby for seven years. Lived in a caravan with no water or heating. Worked from dawn and was given £10 'now and then'. When he once asked to leave, the son of the family hit him with a spade handle and told him he'd 'end up in the ditch'. Client has a mild learning disability.",
  "AV COND WAG VIO THR OT | plc lh | L")
X("Bricklayer (Polish national) complains he was paid £400 less than agreed for a two week job. He has a written quote, has his passport and lives in his own rented flat. Advised this is a civil/contract matter and directed to ACAS and small claims.",
  "||")
X("Intel: 4 Slovak males seen being dropped at a new-build site on Oak Road at 05:30 by a silver Passat, collected at 20:00. Driver waits with them, goes in to the cabin at lunch. Males don't leave the site during the day. 2/C/P",
  "ROM OT | early esc lh | L")
X("Council building control officer noted during a site visit: labourers appear to be living in the half-finished house on plot 7, mattresses on floor, camping stove, no toilet. Foreman said they are 'watching the site overnight'. Three men, no English.",
  "COND | slw plc | L")
X("Victim account (own words, translated from Vietnamese): I was told I would work in a nail shop in London. They put me in a house with plants and a lock on the outside. I watered plants for five months. The man said I owe him for the journey, £20,000, and if I run my parents will pay.",
  "DEC ROM DEBT THR | rm | C")
X("Constable's note: attended address on the Holmfield estate re report of shouting. Two males arguing about money owed for work on a conservatory. Both adults, both tradesmen, known to each other. Words of advice given, no offences.",
  "||")
X("Anon online report: theres men living in the scrapyard behind the garage on Mill Lane, they sort metal all day, never see them go to the shops, the owner brings them chips at night. place is filthy",
  "COND | slw plc | L")
X("SIGHTLINE referral from housing officer: 11 men (Lithuanian) registered at a three bed terrace. Landlord is also their 'gaffer' on a groundworks firm and takes £70 each a week off their wages for the room. Men say they are happy and can leave, but complain they are charged £10 a day for the van to site.",
  "COND | ovc chg | L")
X("Mrs P reports her son (17) has been working for a man who does fencing and gardens. He's paid cash, £40 a day, comes home every night and goes to college on Mondays. She just wanted to check if that's legal for his age.",
  "||")
X("Ireland Street tarmac gang - man approx 60 years old, white, bare feet and torn clothes, was seen eating out of the bin at the services while the other 3 were in the cafe. When approached by staff the younger male said 'he's with us, leave him' and took him back to the van.",
  "AV COND | app spk | L")
X("OIC update: IP (Eritrean, 24) states he was brought from Calais in a lorry and taken to a man who put him to work carrying plasterboard on sites in East London. Told the smuggling fee of £6,000 would be taken from his wage. Slept at a flat with 14 others. Never paid, only food. Phone taken 'so the police can't track you'. IP fearful of deportation.",
  "DEBT WAG ISO COND AV | ovc iso fear | L", "high")
X("Roofing team on job at 24 Elm Grove seemed fine, they had a radio on and were joking, foreman let them go for lunch at the bakery. I only reported because of something on Facebook, sorry to waste time.",
  "||")
X("Midwife note: patient's partner works 'on buildings' for a man called Bogdan who collects both of them from the flat each morning, he also brings her to appointments and answers all questions for her. Patient did not have her passport - 'Bogdan keeps them'. Safeguarding lead informed.",
  "DOC | spk dt esc | L")
X("2/B/P Scaffolding yard at Unit 4 Canal Wharf. Eight workers of Albanian origin sleep in a portakabin on the yard. Boss Ardit HOXHA holds their passports in the office safe. Workers pay £150 upfront for a 'CSCS card' that is never produced.",
  "DOC COND | slw dt fee | L")
X("I was told I'd get a job laying slabs for cash and somewhere to stay. I'm from Liverpool, I was sleeping in the bus station. The lads were alright at first. Then they stopped paying me and said I owed them for the food and the caravan. I did two years like that. I walked off one night when the dog was asleep.",
  "AV DEC WAG DEBT | | L")
X("Customer complaint to Trading Standards: driveway company took a deposit of £2,000 and did not return. Workers seen were local lads. Trading Standards investigating as fraud.",
  "||")
X("POI Stanislav K, Slovak, runs a labour crew on a hotel refurb in Blackpool. Intel that workers are threatened with 'being sent back to the gypsies' if they complain, and that one worker was slapped in front of the others for taking a phone call on site. 2/C/P",
  "THR VIO | | L")
X("Probation note: service user (m, 38) disclosed that after release from HMP he was picked up at the gate by a man he met inside who offered him roofing work. He lived at the man's house, was not allowed out without him, and all his Universal Credit went into an account the man set up. He was given cigarettes. He is now in approved premises and says he 'feels safe for the first time'.",
  "AV ROM | rm ncw | L")
X("Bank alert: 23 accounts opened at the same branch over 5 weeks by Romanian nationals giving the same address (a two bed flat). Salaries from a construction payroll company paid in, withdrawn within an hour by the same man on CCTV. Customers accompanied by one interpreter each time.",
  "WAG | ncw cards spk | L")
X("Mate of mine is a sparky, self employed, does 60 hours some weeks, but he chooses to. Just saying these posts about long hours on sites are over the top.",
  "||")
X("Caseworker (Medaille): Client, Indian national, came on a skilled worker visa sponsored by a building firm in Birmingham. Paid £9,000 to an agent at home for the sponsorship. Once here the firm said the job was 'not ready' and sent him to labour for another man unpaid. Firm holds his BRP. He sends money home to repay the loan he took for the agent.",
  "DEC DOC WAG DEBT | fee dt | L")
X("Report of a man sleeping in the skip at the recycling centre on Dale Rd. Staff say he is a known rough sleeper who shelters there; not employed by the site.",
  "||")
X("Concern from site manager: a subcontractor's labourers on our job turn up in the same minibus, one of them told our banksman they 'don't get money, Uncle keeps it'. Subcontractor has been removed from site pending enquiries; we have reported to the GLAA and police.",
  "WAG | esc | L")
X("Caller says there is a man locked in the back of a builders van outside Wickes Bridge Rd, banging and shouting in a foreign language, the driver has gone inside. Urgent.",
  "ROM | rm | L", "immediate")
X("Witness statement: I work on the till at the builders merchant. The same group of men come in with Mr DONOVAN every morning. They never pay for anything themselves, he pays. One of them asked me, with signs, for a phone. Mr Donovan saw and pulled him away by his collar and shouted at him. The man had no coat in January.",
  "ISO VIO | app spk | L")
X("Press summary: Three members of a family from a Traveller site in Lincolnshire were jailed for a total of 20 years for forcing vulnerable men to work on their tarmac business. The court heard the men, some with alcohol dependency, were paid little or nothing, lived in dirty caravans without toilets, and were beaten if they tried to leave.",
  "AV WAG COND VIO | plc | L")
X("Tarmac job done on our drive, the lads were from a local firm, cards and VAT number given, they all finished at 4. Lovely job.",
  "||")
X("Handover: IP Bashir (Sudanese, says 16, age disputed) found at a demolition site in Walsall sorting copper cable. Says he came on a lorry, a man called 'Sheikh' gives him somewhere to sleep in exchange for work. No pay. Placed with EDT for age assessment and NRM referral. Sheikh not traced.",
  "AV WAG | | L", "high")
X("Licensing inspection of a labour provider supplying packing staff to a builders' merchant. Provider charged two workers a £50 'registration fee', which is unlawful. Fees refunded during visit and warning issued. Workers otherwise on correct pay and free to leave.",
  "|fee|")
X("Debrief extract: 'Every day we make the roof, the boss stand there with the phone and watch. When rain we still work. Twelve hour, sometimes fourteen. Sunday also. If I say I am sick he say there is another man in Poland who want my bed.'",
  "OT THR | lh | L")
X("INT: Male named DARIUS is posting on a Facebook group for Romanians in the UK offering 'construction work, £100 per day, house provided, we pay ticket'. Previous recruits reported pay of £30 per day after deductions for ticket, house and 'insurance'. 2/C/P",
  "DEC WAG DEBT | | L")
X("Neighbour reports men working on loft conversion next door seem to be there all night with lights on. Checked: homeowner has hired a firm doing a rush job, workers are on shifts and go home. No concerns.",
  "||")
X("Housing enforcement visit to HMO on Tanner St: 16 mattresses in 4 rooms, mould, no working cooker. Occupants all work for the same drylining company which owns the property via a director. Rent deducted at source. One occupant said he can't leave because the company 'has his account'.",
  "COND ROM | ovc plc ncw | L")
X("Police log: Report of assault at a Traveller site - two residents fought over a car sale. Both treated at scene. No other persons of concern on site.",
  "||")
X("School safeguarding referral: Year 10 pupil (15) has been absent for weeks. Friend says he has been going out with his uncle's crew doing roofs in Kent, sleeps in the van, and the uncle hit him when he said he wanted to go back to school.",
  "AV VIO COND | slw | L", "high")
X("Debrief, Polish male 44: I came for job in recycling from advert in newspaper in Poland. They take 400 zloty for transport. In England they say I must open bank account, they take the card, the PIN also. They give me £30 each week for food. Whole year the same. I sleep in caravan with five men near the yard. We are not allowed to go to town alone.",
  "DEC WAG ROM COND | fee ncw ovc | L")
X("1/B/C (not to be disseminated outside MSHT unit) Intelligence indicates that a roofing gang using three vans is based at the Field Lane site. One of the workers, known as 'Jacko', is described as having 'no teeth, no family and nowhere else to go'. He is reported to sleep in a horse box.",
  "AV COND | plc app | L")
X("Man turned up at our church asking for help. He says he was working on a building site in Ilford for 8 months and was never paid. When he asked the boss for money he was told 'you're illegal, if you make trouble I phone immigration'. He has nowhere to stay now.",
  "WAG THR AV | fear | L")
X("Caller is a self-employed plasterer reporting that a customer owes him £1,800 and refuses to pay. Advised civil matter.",
  "||")
X("Our company uses an agency to provide demolition labourers. Following an audit we found all workers had their own bank accounts, payslips matched hours, and accommodation was chosen by them. We are reporting this as part of our s54 statement, not as a concern.",
  "||")
X("Group of 6 Romanian men dropped at the Travis Perkins car park at 5am by a man in a BMW X5. He hands out sandwiches and takes a photo of each one with his phone. They get picked up at 9pm. Seen this 3 weeks running.",
  "OT | early lh | L")
X("Statement (interpreter: Albanian): She says her husband was promised work as a labourer on houses in Manchester. They were told accommodation was free. When they arrived the man took both passports 'for the contract'. Her husband works every day from six until dark, and the man gives them £100 a month. She says she is not allowed to leave the flat while he is at work and the man's wife checks on her.",
  "DEC DOC WAG OT ROM | dt lh rm | L")
X("Anon: brothel above the kebab shop on Station Rd, different girls every week, they never come out, a man brings the food up",
  "ROM | rm | S")
X("2/B/P Adverts on adult services site for 'new Romanian girls' at a flat in Luton share a phone number with a POI who also runs a block paving business. Intel that women are driven between flats by the same male and that their takings go to him.",
  "WAG | esc ncw | S")
X("Debrief: She says she met a man online in Nigeria who promised her a job as a carer in England. At the airport a woman took her passport. She was taken to a house and told she owed 35,000 euros and must have sex with men to pay. She was raped by the man who brought her when she refused. A juju ceremony was done before she left and she believes her family will die if she talks.",
  "DEC DOC DEBT VIO THR | dt | S")
X("Safeguarding (children's services): 14 y/o girl found in a car with a 26 y/o male at 2am, car parked outside a hotel. Girl had alcohol and a new phone she says he bought her. Male known for CSE concerns. Strategy meeting convened.",
  "AV | | S", "immediate")
X("Sex worker (British, independent) called to report a client who refused to pay. She works alone from her own flat and advertises herself. Crime recorded as making off without payment; she was given details of a support service.",
  "||")
X("Massage parlour licensing check: all staff had right to work, live off premises, rota shows reasonable hours. Premises licence in order. No concerns.",
  "||")
X("Nail bar on High St: girl about 15 doing nails, no school uniform during school hours, the woman in charge answered every question for her and said she was her niece. She lives upstairs.",
  "AV | spk slw | L", "high")
X("Intel indicates a Vietnamese female aged approx 19 is living in the back room of a nail bar in Hull and has not been seen outside. Owner's husband drives her to a second shop on Sundays. She reportedly owes £18,000 to 'the boss in Birmingham'. 2/C/P",
  "ROM DEBT | rm slw esc | L")
X("Car wash on Cranbrook Rd: GLAA and police joint visit. Workers are paid weekly by bank transfer, have their own passports, live in their own rented rooms, and the owner provided wellies and gloves free. Minor breach on waste water. No exploitation indicators.",
  "||")
X("I work in car wash. Boss keep my passport in his drawer because he say other boys steal it. I work 8 until 8 seven days. He pay £200 a month and I sleep in the room behind the office with three others.",
  "DOC OT WAG COND | dt lh slw ovc | L")
X("999: female caller whispering, says she is in a flat on Hanover St, the door is locked and she can't get out, the man who keeps her has gone out, she thinks he will come back tonight and hurt her. Line cut.",
  "ROM THR | rm | S", "immediate")
X("County lines: 15 y/o from Croydon found in a flat in Margate during a drugs warrant. Had £600 and 30 wraps. Flat belongs to a woman with heroin dependency who says the boys 'moved in' and she can't make them leave. Boy says he owes the line £1,200 after being 'robbed' of a package.",
  "AV DEBT | | C", "immediate")
X("Cuckooing: adult with learning disabilities on Welland Rd. Neighbours say young men have taken over the flat, he sleeps on the floor in the hallway, they take his benefit card.",
  "AV COND | ncw plc | C")
X("INT suggests that a group of Roma children aged 10-14 are begging outside Tesco Metro every day and handing money to an adult female in a red car who collects them at 7pm. 2/C/P",
  "AV WAG | early | C", "high")
X("Shoplifting: 3 Romanian women arrested for stealing razor blades from Boots. Interview: they are a family, came on holiday, no signs of control. All have own passports and return tickets.",
  "||")
X("Bank alert: 14 benefit claims using the same sort code and one mobile number. Claimants are Bulgarian nationals; a single male attends the bank with each of them, holds their cards and speaks for them. Suspected benefit fraud with exploitation of claimants.",
  "| ncw spk cards | C")
X("Domestic worker (Filipina) came with a diplomat's family. Kalayaan note: she worked 7am to midnight, slept on the kitchen floor, had no day off in 14 months, her passport was held by madam, and she was paid into an account in Manila she could not access.",
  "OT COND DOC WAG | lh dt | D")
X("Au pair (Spanish, 20) contacted the helpline saying the host family want her to clean for 50 hours a week and pay her £70. She has her passport, goes out at weekends and is looking for another family. Advised on rights; no exploitation established.",
  "||")
X("Debrief (Arabic interpreter): He says he was told by a man in Cairo he could earn $5,000 by selling a kidney in another country and that the operation was safe. He was taken to a clinic, operated on, and paid only $800. His passport was taken until after the operation. He now has pain and cannot work.",
  "DEC DOC AV WAG | dt | O")
X("Renal unit note: 63 y/o male, living-donor transplant from his daughter, all consent and HTA independent assessor documents in order. Routine follow-up.",
  "||")
X("Intelligence from partner agency: a UK resident is alleged to have travelled to Pakistan to buy a kidney from a poor farmer for £3,000 arranged by a broker. The donor reportedly did not understand what he was agreeing to. 3/C/C",
  "AV DEC | | O")
X("Forced marriage: 17 y/o girl told by her family that they are going to Pakistan for a holiday; school learned she is to be married there. FMU contacted, FMPO sought.",
  "AV DEC | | ", "high")
X("Domestic abuse: female (34) reports partner controls her money and checks her phone. She works as a nurse, he takes her salary into a joint account. DASH completed, high risk. No labour exploitation by third parties.",
  "| ncw |")
X("Grandmother lives with daughter's family and looks after the kids after school. Teacher asked if this is ok, it is. Family arrangement, she is loved and paid pocket money she didnt ask for.",
  "||")
X("Referral: Chinese female, 40s, found working in a takeaway kitchen and living above it. Says she works from 10am to 2am every day. Boss keeps her wages 'to send home to her son' but she has never seen a receipt. She does not know the address of the shop.",
  "OT WAG ISO | lh slw | L")
X("Hotel housekeeping agency audit: workers from Poland and Romania, contracts in their own language, pay matched timesheets. One complaint of late pay in August, resolved with interest. No indicators.",
  "||")
X("Fishing boat, Newlyn: two Filipino crew on transit visas say they have worked 20 hours a day during fishing trips, are paid $400 a month into an agency account in Manila, and their passports are with the skipper. They sleep on the boat.",
  "OT WAG DOC | lh dt slw | L")
X("Cannabis grow found in a detached house in Stoke. Vietnamese male (16-17) found inside, windows boarded, doors padlocked from outside. Says he was brought by lorry and told to care for plants to pay for journey.",
  "AV ROM DEBT COND | rm | C", "immediate")
X("Agency warehouse in Northampton: workers bussed in from a town 40 miles away, charged £12 a day for the bus, and housed in agency-arranged houses with 10 per house. Rent taken from pay. Workers say they are free to quit but few do because they owe the agency for the flight.",
  "DEBT COND | chg ovc | L")
X("Care home (Norfolk) - whistleblower says overseas carers on sponsored visas were charged £8,000 by the sponsor for 'recruitment' and are told they'll lose their visa and be deported if they complain about 60-hour weeks.",
  "DEBT THR OT AV | fee lh | L")
X("Packhouse inspection: workers have their own passports, live in private rentals, start 6am finish 2pm. Site is tidy, PPE free. Nothing to report.",
  "||")
X("Farm: seasonal workers in caravans, 6 to a caravan built for 4, leaking roofs, no heating, operator deducts £90 per week each. Workers say supervisors shout and threaten to cancel their visa sponsorship if they go slow.",
  "COND THR | ovc plc | L")
X("Intel: Lithuanian gangmaster charging workers at a chicken factory £200 'finding fee' and £50 a week transport. Keeps bank cards for 'new starters'. 2/B/P",
  "| fee chg ncw | L")
X("Restaurant kitchen porter (Bangladeshi) says he works 70 hours a week for £150 cash and sleeps in the store room. Boss holds his passport 'because of Home Office'. 2/C/P",
  "OT WAG DOC COND | lh slw dt | L")
X("Press: A man who forced a homeless man to live in a shed and work on his building jobs for 10 years without pay was jailed today. Police found the victim malnourished and with untreated injuries.",
  "AV COND WAG | app plc | L")
X("Concerned resident: builders next door are Polish lads, they chat in the garden, go to the pub on Fridays, one of them told me they rent a house together in town. Just wanted to say there's nothing wrong there, the other neighbour keeps calling the police on them.",
  "||")
X("Victim account: I was sleeping at the Mission. A man in a van said £50 a day, cash, digs included. I went. He took my phone 'so I wouldn't be on it all day'. The digs was a caravan with a hole in the floor. The money never came. He said it went on my keep. He kept me ten months.",
  "AV DEC ISO COND WAG | iso plc | L")
X("Mother reports son (19) has been offered a job with a tree surgeon who wants him to buy his own chainsaw trousers (£120) and boots. She thinks that's unfair. Employer is a registered firm; pay is weekly by bank.",
  "|ppe|")
X("Roofing gang, Lancs: intel that POI John 'Big John' MCDONAGH keeps three older men who 'have been with the family for years'. Men are not allowed to leave the site unless one of the sons is with them. They are never paid, given tobacco. 2/B/P",
  "ROM WAG | rm | L")
X("Warehouse worker reports that his Romanian agency charges him £20 a week for his hi-vis and safety boots. Pay otherwise normal and he lives with his girlfriend.",
  "|ppe|")
X("Border Force, Stansted: group of 7 Romanian males arriving on a single booking paid by one card. Each has an address in Ilford and says they are coming to work 'in construction for Florin'. None know their pay or the address of the job. Leader holds all passports and answers for them.",
  "DOC | dt spk | L")
X("Waste yard worker found collapsed in 32 degree heat, no water on site. Coworkers say they work 12-hour shifts sorting rubbish and the boss doesn't allow breaks. Workers are housed in a flat owned by the boss.",
  "COND OT | lh app | L")
X("Two men knocked asking if I wanted my gutters cleared. I said no, they went. Just reporting it in case they're the rogue traders in the news.",
  "||")
X("Caseworker: client (Slovak Roma, 31) says a cousin brought him to Sheffield to 'work in a factory'. Instead he worked for a demolition crew and the cousin kept his pay to 'pay back the bus and the room'. When he tried to leave, the cousin's friends beat him and said they'd do the same to his brother in Kosice.",
  "DEC WAG DEBT VIO THR | | L")
X("Council environmental health: private landlord renting a shed in the garden to two builders, no electricity, no planning. Builders self-employed, work for various firms, pay rent willingly. Enforcement notice issued on landlord.",
  "||")
X("Voice note transcript: 'They said if I tell anybody about the site, the boss has got my mum's address from my passport and he knows people back home. So I didn't say nothing.'",
  "THR | | L")
X("Gang labourers on a motorway verge job, observed by traffic officer at 22:30 with no lighting, no hi-vis, one visibly drunk. Foreman says they are day labourers he picked up from outside a homeless hostel. Site shut down on safety grounds.",
  "AV COND | | L")

# ---- part 2 ----
X("POI: Michael 'Mikey' CONNORS. Known rogue trader, driveways/roofs. INT: has 2 x English males (approx 50s) living in a horsebox at the Meadow Lane site; men have no phones, no bank acc, dont know what town they are in. 2/C/P",
  "AV ISO COND | plc iso fpe | L")
X("Tarmac lads were rude and left a mess on the pavement. They were paid what they quoted. Complaint is about the mess only.",
  "||")
X("A&E: male (approx 45, Irish accent) brought in by two men who left immediately. Fractured ribs, old bruising in different stages of healing, very underweight, clothes soiled. Says he 'fell off a roof'. Has only the clothes he's wearing and no ID. Asked nurse not to call anyone.",
  "| app fpe fear |")
X("Intelligence from Crimestoppers: 'The man at the caravan park on Brook Rd has a worker who he hits with a belt if he doesn't do the paving fast enough. Lad is simple and has nowhere to go.' 2/C/P",
  "VIO AV | | L")
X("SAR caseworker: Client (Latvian, 29) was recruited at a bus stop in Riga for 'warehouse work'. On arrival in Boston he was put on a demolition crew instead, housed in a flat with 12 men, and every Friday the 'coordinator' took the wages from the men's cards at the Asda cashpoint. Client says he got £40 a week and was told he owed £600 for the minibus from Latvia.",
  "DEC COND WAG DEBT | ovc cards ncw | L")
X("Scaffolder (British) reports his boss has not paid his last two weeks (£1,100) and has gone quiet. He has left the job and is working elsewhere. Wants advice on getting the money. Referred to ACAS.",
  "||")
X("Site induction register checked by principal contractor: 23 of 25 names on a subcontractor's list have the same mobile number and the same emergency contact, 'Costel'. Costel signs all the timesheets. Workers asked about pay looked at Costel before answering.",
  "| spk ncw | L")
X("Report via app: men in hi vis begging in the town centre saying they've been let down by their boss on a building site and need train fare home. Same 3 men every day for a month. Possibly a scam not slavery.",
  "||")
X("Interpreter's note (Tigrinya): He says the 'agent' in Libya sold him to a man in Italy who sold him to a man in London. He says in London he mixed cement for nine months and they told him his debt for the sea was still €4,000. He says the men showed him a video on a phone of a boy being beaten and said 'this is what happens to runners'.",
  "DEBT THR | | L")
X("Our firm took on 4 lads from a local homeless charity on a formal apprenticeship scheme; they are paid the apprentice rate, have their own bank accounts and the charity's support worker visits monthly. Posting this because someone reported us to the police after seeing them arrive in our minibus.",
  "||")
X("Handover note 14/02: warrant at Cedar Farm yard. 5 males located living in shipping containers with buckets as toilets, no heating (temps below zero). All males work for the yard owner on groundworks. 2 males have mental health needs. All say they are 'paid in food'. All taken to reception centre. Owner and son in custody.",
  "COND AV WAG | plc slw | L", "high")
X("Bloke from our local boozer is a skint alcoholic and he goes off with these roofers every summer and comes back with no money and a limp. They say they pay him in drink. Thinks he's happy with it but hes not right",
  "AV WAG VIO | app | L")
X("Bank: customer (Romanian, 27) opening an account came in with a man who filled in the form, gave his own number as the contact, and asked for the card to be posted to a different address. Customer said only 'work, building'. Staff raised internal SAR.",
  "| spk ncw | L")
X("My husband is a builder from Albania and has leave to remain. He works long hours in summer, comes home every night, his pay goes into our account. Please stop the leaflets through our door saying Albanian builders are slaves.",
  "||")
X("2/A/P Source (worker on site) states that foreman Vasile BOTEZATU tells new workers that he 'has paid for their papers' and they must work for free until the 'papers' (false Romanian ID cards sold to Moldovan nationals) are paid off, £2,500 each. Workers do not have the IDs - Botezatu keeps them.",
  "DEBT WAG DOC AV | dt | L")
X("Call 101: Caller works in Screwfix. Says a young lad (approx 17) came in with an older man to buy a breaker. The lad had fresh bruises on his arm and a swollen lip. The man pushed him out the door when he tried to use the toilet.",
  "VIO AV | app | L", "high")
X("Demolition company audit: all operatives hold CPCS/CSCS, paid hourly through PAYE, no accommodation provided. One worker reported unsafe asbestos removal; company stopped works and reported to HSE. Good practice noted.",
  "||")
X("Debrief: 'I am from Rotherham. The family took me from outside the jobcentre. I did drives for them. They keep my bank card and my benefits go on it. I was beaten with a shovel when I fell asleep in the van. They said if I go the police they'll burn my mum's house.'",
  "AV VIO THR | ncw | L")
X("Trading Standards: elderly householder in Louth overcharged £14,000 for roof repairs over a month by a crew of 'Dave and his lads'. Lads were 3 men who looked unwashed and slept in the van on her drive. Dave took them to the shop and back. One of them whispered to her 'help me' when Dave was on the phone.",
  "ROM COND | app slw esc | L")
X("2/C/P Recycling yard, Wednesbury: workers (Bulgarian) seen eating and sleeping in a portakabin, no showers. POI Ivan MITEV collects them from the yard at weekends only to take them to the ATM.",
  "COND | slw plc esc | L")
X("Scaffold collapse, 1 worker injured. Worker employed directly by firm, RIDDOR report submitted, firm cooperative, worker visited in hospital by his manager. HSE leads.",
  "||")
X("Press: A couple who ran a landscaping and block paving firm have been ordered to pay compensation after a court found they made a vulnerable man work 80-hour weeks for as little as £5 a day, and kept his passport and bank card in a locked drawer for four years.",
  "AV OT WAG DOC | lh dt ncw | L")
X("Soup kitchen volunteer: 'We've noticed a man in a silver pickup who comes at 7am on Tuesdays and chats to the lads in the queue. Last month Kev and Paddy went off with him. They've not been seen since. We don't know where they are.'",
  "||")
X("Follow-up: Kev and Paddy (see earlier log) traced to a caravan site in Cambridgeshire. Both state they are working for the pickup driver on gutters and fascias, paid cash daily, free to go, and their own phones. Both declined NRM, no offences disclosed. Record updated.",
  "||")
X("INT: 'Lads working for the GAVIN family on the roofing jobs get a bed in the trailer, a fry-up and £10 if they're lucky. If they try to leave, the dogs get let off.' 2/C/P",
  "WAG THR COND | plc | L")
X("Worker's phone messages (translated from Polish) shown to officer: 'The boss took our passports again, says it's for the new site.' 'We haven't been to the shop in two weeks, he brings bread.' 'Don't call mum, he reads the phone.'",
  "DOC ROM ISO | dt rm iso | L")
X("Wetherspoons manager reports regular group of builders who come in after work, always paid up, very polite. Only called because a customer said one of them looked 'trafficked'. Checked: no concerns.",
  "||")
X("Victim statement: 'They told me, the first three months you work for free, it is the price of the job. After three months they said now the van is broken, you must pay. After that the house, you must pay. It never ended. I was a carpenter in Romania, here I was a slave with a shovel.'",
  "WAG DEBT DEC | | L")
X("HMO inspection, Longsight: 9 men sleeping in 2 rooms above a shop; the landlord's brother runs a plastering business they all work for. Men say they pay £80 rent a week each taken from wages. Heating broken for months. No locks restricting exit; men go out freely.",
  "COND | ovc plc | L")
X("Call from a taxi driver: picked up two Slovak men from a building site at midnight, they asked to go 'anywhere with police'. Said they'd run away, had not eaten for two days, no money, the boss had their documents. Taken to Custody reception as place of safety.",
  "DOC WAG | dt app | L", "high")
X("Building site worker (Ukrainian, Homes for Ukraine) asked her caseworker whether it was normal to be paid weekly in cash. Employer gives payslips, she has her passport and her own room with the host. Advised on tax and NI.",
  "||")
X("Debrief, Hungarian female 33: she says she came with her partner for 'cleaning work'. In fact she cooked and cleaned for 12 men at a house owned by their roofing boss and was not allowed to leave the house. Boss's brother raped her twice. She was told her partner would 'have an accident' if she told anyone.",
  "DEC ROM VIO THR | rm | D")
X("Intel log: A man known as 'Rab' is placing adverts in a Glasgow homeless hostel offering 'labouring work down south, digs and food, £60/day'. 3/C/P",
  "||")
X("Scaffold gang, South Wales: workers (British, Welsh) asked the GLAA officer why they were being spoken to - 'we're on the cards, we've all got houses'. Officer satisfied.",
  "||")
X("I was brought by Tomasz, from my town. He said easy job, tarmac, £1000 a month, I can go home at Christmas. Christmas came, he said I owe for the car and the insurance. I didn't go home. Three Christmases now. My sister doesn't know where I am.",
  "DEC DEBT ISO | iso | L")
X("Police log 2/B/P: Demolition yard at Mill Race. INT indicates approx 10 Romanian and Moldovan males housed in a warehouse on site with bunks. A large dog is kept at the only gate and the gate is padlocked from 21:00 to 06:00. Workers are said to pay 'rent' of £50/wk.",
  "ROM COND | rm slw ovc | L")
X("Email from a plumbing subcontractor: main contractor is 90 days late paying our invoices and our lads are angry. Can you help? -- Passed to the Small Business Commissioner. Not a police matter.",
  "||")
X("Social worker: Adult at risk (54, learning disability) was found living with a man who runs a gardening and fencing firm. Client does unpaid work daily, sleeps on a sofa in the garage, and the man collects his PIP. Client says 'he's my friend, he looks after my money'.",
  "AV WAG COND | ncw slw | L")
X("Roofer lad fell through a skylight on Church Rd. Paramedics there. Employer phoned 999 himself and stayed with him. Reporting for HSE.",
  "||")
X("The man who had the van said if we talk to police they will put us in prison because we have no visa. We believed him. We worked on the houses until night with lamps.",
  "THR AV OT | fear lh | L")
X("Planning enforcement: caravan placed in the yard of a builders' merchant, occupied by two men who work there. Owner says they are night security and are paid, both confirmed it in private. Caravan is clean with heating.",
  "||")
X("Anon online: LADS FROM THE HOSTEL KEEP GOING OFF WITH THE TARMAC GYPOS AND COMING BACK BLACK AND BLUE. ONE HAD HIS ARM BROKE. NOONE DOES NOTHING",
  "AV VIO | app | L")
X("Bank intelligence: one person withdrew cash from 11 different accounts at the same ATM in 40 minutes; all accounts receive wages from one construction labour supplier. Account holders Romanian males with the same address. Referred to police.",
  "WAG | cards ncw | L")
X("Medaille: client recalls being recruited in a Bucharest bus station for 'construction in Germany' but the minibus drove to England. The drivers held all 8 passengers' IDs 'for the border' and never returned them.",
  "DEC DOC | dt | L")
X("Builder fell out with his partner about who owed whom for a van. Both self-employed. Police gave advice. No safeguarding.",
  "||")
X("Caller reports men working on the roof of the church hall with no harness, no scaffold, in the rain. Site visited: local firm, staff employed, told to stop until scaffold up. Safety issue only.",
  "||")
X("1/B/P Dublin family-run roofing operation active in Essex. Uses 'workers' who are vulnerable British men with drink problems. Men are rotated between sites, sleep in the backs of the vans, and each is given £5 a day and 'a drink'. One man who tried to leave in 2024 is said to have been driven back and beaten.",
  "AV WAG COND VIO ROM | slw | L")
X("Victim (Pakistani, 38) on a sponsorship visa for a construction firm in Bradford: 'Employer told me the visa costs were £12,000 and I would pay from my wages. My salary is paid, but £800 comes back out each month in cash to the director. He says if I complain he will report me and my visa is finished.'",
  "DEBT WAG THR AV | fee | L")
X("Housing officer: found an elderly Traveller gentleman living in poor conditions in a trailer, family say he's their grandad and they care for him. He confirmed he is well looked after. No concerns.",
  "||")
X("NGO outreach notes, Birmingham: spoke to 5 men on a canal-side site (Polish, Lithuanian). They say they are paid, but the 'brigadier' takes half each week for 'protection'. They are scared of him because he hit a man who argued. They do not want police.",
  "WAG VIO | fear | L")

X("Helpline call: Indian woman, 40s, working for a family in Harrow as cook and nanny. She sleeps on a mat in the children's room, works from 6am to after midnight, has not been outside alone since she arrived two years ago. The family keep her passport 'safe'. She was given a phone only to call her employer's mother.",
  "OT ROM DOC ISO COND | lh rm dt iso | D", "high")
X("Kalayaan: client (Moroccan, 50) worked in a private household in Kensington for a Gulf family. Says the lady slapped her when the food was cold and pulled her hair. She received no salary for 9 months; her employer 'sent it to her family' but her family got nothing.",
  "VIO WAG | | D")
X("School nurse: 13 y/o girl (Nigerian heritage) living with an 'aunty' is doing all the cooking, cleaning and childcare for 4 younger children before and after school. Arrives tired and hungry. Not allowed to join any clubs. Aunty is not a relative. Referral to CSC.",
  "AV OT ROM | app | D", "high")
X("Nanny (Filipina, employed by a British couple) rang to ask about her rights to holiday pay. Contract in place, 40 hours a week, own room and key, passport in her own bag. Advised.",
  "||")
X("Interpreted account (Vietnamese): she says she was told she'd work in a restaurant but was taken to a house where she cleaned and cooked for a family and was not allowed to go out. The phone was taken on the first day. The man said she had no visa and the police would put her in jail.",
  "DEC ROM ISO THR AV | rm iso fear | D")
X("Report from neighbour: young woman in the house opposite never comes out except to put the bins out and hang washing, the family go out and lock the door behind them. She looks thin. She waved to me once and looked terrified.",
  "ROM | rm app | D", "high")
X("Probation: service user's elderly mother lives with him and his wife and helps with the house. Mother has her own pension and bank card. No concerns raised by her at a private conversation.",
  "||")
X("INT 2/C/P: a man who runs a building firm in Slough is said to keep a Romanian woman at his home as a 'housekeeper' - she cooks and cleans for him and his workers, is unpaid, and he has her ID card. She is not seen outside.",
  "WAG DOC ROM | dt rm | D")
X("Debrief: 'My husband's family brought me from Bangladesh after the wedding. From morning until night I cleaned for eleven people. They did not let me telephone my parents. When I cried, his mother hit me with the rolling pin. I was not allowed out the door without my husband.'",
  "ISO VIO ROM OT | iso rm lh | D")
X("Brothel raid, Leicester: 4 women (Romanian, Thai) found. Bedroom doors had locks on the outside. Cash kept by a 'receptionist' who lived in. Women said they keep 50%. One woman said she could not go out because 'the boss says it is dangerous'.",
  "ROM WAG | rm ncw | S")
X("Adult services adverts: same photos of a young woman appear in 6 towns in 3 weeks, each with the phrase 'new in town, 24/7'. Phone linked to a man with previous for controlling prostitution. 2/B/P",
  "OT | lh | S")
X("CSE: 15 y/o boy has been taken to parties in a flat in Rochdale by older men, given vodka and cannabis, and had sex with adults there. He says they are his friends and gave him a phone. He has gone missing 6 times this month.",
  "AV VIO | | S", "immediate")
X("Student sex worker (22, British) contacted outreach to ask about safety apps. Works independently, no third party, no concerns.",
  "||")
X("Debrief (Albanian): she says the boyfriend she met on Instagram brought her to London saying they would live together. He then told her she must sell sex to pay their rent. He took all the money and kept her passport. When she refused he strangled her until she fainted.",
  "DEC WAG DOC VIO | dt ncw | S")
X("Pop-up brothel reported in Airbnb flat, Manchester. Cleaner found 3 women with suitcases, condoms and a list of 'bookings'. Women said they came for a week and worked for 'Sami' who holds the money. One had a black eye.",
  "WAG | ncw app | S")
X("County lines: 16 y/o from Birmingham arrested in Shrewsbury. Had 2 phones and wraps hidden internally. Says a man called 'Dizzy' told him he owed £800 after the police seized the drugs and if he doesn't work it off they'll 'come to his mum's'.",
  "AV DEBT THR | | C", "high")
X("Cannabis factory in flats above a shop, Wolverhampton. Vietnamese male (20s) found inside with a mattress and rice cooker. Says he was given the job by a man in France and 'cannot go out'. Windows sealed.",
  "ROM COND | rm slw | C", "high")
X("Cuckooing: man (61) with COPD reports that 'some lads' have been using his flat to sell drugs for 3 months. They threatened to hurt his dog if he told anyone. They have his bank card and sleep in his lounge.",
  "AV THR | ncw | C")
X("Begging: a man with one leg is dropped off by car each morning at the station and collected in the evening. He said in broken English that the money goes to 'the family'. Appears malnourished.",
  "AV WAG | early app | C")
X("Shoplifting gang: 3 Lithuanian males caught stealing power tools from B&Q. Say they were brought over for construction work that did not exist and were told to steal to pay for the flat. Leader drives them to stores and keeps the goods.",
  "DEC DEBT | esc | C")
X("Bank financial crime: 19 y/o student's account received and moved on £23,000 in 3 days. Student says a man on Snapchat offered him £500 to use his account and now says he owes £5,000 'for the risk' and knows where he studies.",
  "DEBT THR DEC | ncw | C")
X("ID fraud: Albanian national working on a building site with a stolen Italian ID card. Says he bought it himself in Tirana, pays his own rent, and chose to come. Immigration offence only, no indicators of control.",
  "||")
X("Benefit fraud investigation (DWP): 8 claimants at one address in Derby all had UC claims made by one man who had their logins. Claimants say they work for him on building sites for £100 a week and he 'does the paperwork'. Payments go to accounts he controls.",
  "| ncw | L C")
X("Transplant coordinator: patient returned from Turkey with a new kidney, says he paid a clinic £60,000. Does not know anything about the donor. Police informed under HTA guidance for possible transplant tourism.",
  "| | O")
X("Interview (Urdu interpreter): He says a man at the brick kiln in Punjab told him he could clear his family's debt by giving a kidney in Lahore. He was kept in a house with other donors until the operation and watched by guards. After the operation he got nothing and the debt was not cleared.",
  "AV DEC ROM DEBT WAG | rm | O")
X("Intel: a Facebook group in Romanian offers £15,000 'for organ donation abroad', contact via WhatsApp. Recruiters target men in debt. 3/C/P",
  "AV | | O")
X("Living kidney donor assessment: donor (brother of recipient) underwent full independent assessment, no payment, no coercion. Approved.",
  "||")
X("Eritrean man in asylum hotel disclosed to a GP a long scar on his side. He says in Egypt smugglers held him and 'took something from my body' when he couldn't pay for the sea crossing. He was unconscious and woke in pain.",
  "DEBT VIO | app | O")
X("GP note: patient (Slovak, 44) attends with chronic back pain and untreated hernia. Works on a building site '7 days, always'. Brought by a man who stayed in the room and translated. Patient did not know his own address.",
  "OT ISO | lh spk iso | L")
X("Restaurant owner (Chinese) in Leeds: staff live in a house he rents, 2 per room, pay by bank on payslip, 45 hours a week, one day off. Council HMO licence in place. Routine check after an anonymous tip; no concerns.",
  "||")
X("Hand car wash, Tipton: workers say they get £40 a day, 10 hours, sleep in a flat above the car wash with 8 others, the boss 'keeps their papers for the council inspectors'. Workers were scared when we arrived and one ran off.",
  "DOC COND | dt ovc slw fear | L")
X("Farm worker (Nepalese, seasonal visa) says he paid an agent in Kathmandu £4,500 for the job and is still repaying a loan at home. UK employer pays properly and houses him adequately. Recruitment fee referred to the scheme operator.",
  "|fee|")
X("Hotel room attendant (Romanian) reports that her agency pays her per room, so she gets about £3 an hour. She has her own flat and passport and is looking for another job. Referred to HMRC NMW team.",
  "||")
X("Fish processing factory: 30 workers housed in a former guesthouse owned by the gangmaster, 6 per room. £100 rent deducted from each per week and £15 transport. Workers told that those who complain will be 'sent home with nothing'.",
  "COND THR | ovc chg | L")
X("Caseworker: Client (Ghanaian, 35) was a carer in a private care agency. Sponsor held her passport, rota shows 84 hours a week, and she was told she owed £5,000 for her visa which was deducted from wages. When she asked to change job, the director said she would be reported to the Home Office and 'deported in handcuffs'.",
  "DOC OT DEBT THR AV | dt lh fear | L")
X("Man in his 30s reported missing by family in Poland. Traced working on a construction site in Peterborough; says he's fine, doesn't want contact with family, has his own phone and flat. Family informed he is safe.",
  "||")
X("Worker on a fishing trawler (Ghanaian) says the skipper kicked him and withheld food when he was slow. He has not been ashore in 3 months, the vessel stays at sea and they are not allowed off when it docks.",
  "VIO ROM COND | rm | L", "high")
X("Nail bar owner (Vietnamese) employs two relatives who live with her family. Relatives are paid, have their passports, attend ESOL classes. Visit by police found no concerns.",
  "||")
X("Debrief (Polish, male, 60): 'The boss met me at Victoria Coach Station. He said I would work on a roof in Kent, good money. For two years I lived in a garden shed, there was no toilet, I washed in a bucket. He paid me sometimes £20. When I was ill he said no work no food.'",
  "DEC COND WAG AV | plc slw | L")
X("Roofing crew of five, Wiltshire: HMRC visit. Three are self-employed and invoice the firm, two are employees with payslips. All have their own vehicles. Tax issue resolved. Nothing else.",
  "||")
X("Crimestoppers: a woman is kept at a house on Keble Rd and brought to a 'massage' shop each day by a man in a black Audi. She's never without him. Her English is minimal. 2/C/P",
  "ROM | esc rm | S")
X("2/C/P Roofing contractor's son seen driving two labourers to a Post Office in Swindon where each withdrew the maximum and handed the cash to him in the car park.",
  "WAG | ncw esc | L")
X("Waste collection firm: 7 Bulgarian workers, employed by a labour provider, live in a flat with mould on walls, one toilet, gas safety expired. They say the provider owns the flat and takes £90 per week rent from each.",
  "COND | ovc plc | L")
X("INT: a scrap metal dealer in Goole uses 'lads from the night shelter' to strip cable, pays them in cans, and keeps them in a lock-up at night with the roller door pulled down from outside.",
  "AV WAG ROM COND | rm slw | L", "immediate")
X("Recycling plant: ex-offender placed by a resettlement charity, paid living wage, supported. Employer asked for advice about safeguarding. Good practice.",
  "||")
X("Intel report: POI Florin DUMITRU organises Romanian labour for loft conversions in North London. Workers say he 'looks after' their documents and that the first month's pay is kept 'as a deposit'. Some workers have left after the first month with no pay. 2/B/P",
  "DOC WAG | dt | L")
X("Man called from a phone box: he's been working for a man doing drives in Cumbria for 'years', he doesn't know exactly how long. He doesn't know the address where he sleeps, only that it's a farm. He wants to come home to Newcastle. Line went dead.",
  "ISO | iso | L", "high")
X("Community support officer: Traveller site at Woodside, routine visit after complaint about fly-tipping. All adults spoken to, no outsiders on site, no labour concerns. Fly-tipping passed to council.",
  "||")
X("Labourer (Moldovan, 26) arrested for working illegally on site. In interview he says he came alone via Romania, found the job on Telegram, is paid £90 a day cash into his own hand, rents a room himself. Immigration only; no NRM indicators.",
  "||")
X("Caller: 'The men on the building site next to my house are living in the portacabins. They say they get paid but they work from 6 till 10 at night and even Sundays. The foreman swears at them all day and pushed one over.'",
  "OT VIO | slw lh | L")

X("Driveway crew on Ash Close - old fella with them had no coat, no shoes, just a carrier bag of stuff.",
  "| app fpe | L")
X("Lads paving my neighbours drive were in by 7 and gone by 4, had flasks and a radio. All good.",
  "||")
X("INT 2/C/P: TRAVELLER male 'Jimmy Boy' holding 2 x vulnerable adults at Beck Lane site. Adults not allowed off the plot unless in the work van.",
  "ROM AV | rm esc | L")
X("Boss keeps our passports in his car. Says it's so we don't lose them on site.",
  "DOC | dt | L")
X("Subbie paid me a week late again. Annoying but he always pays in the end.",
  "||")
X("We sleep in the container on site. No toilet. Boss says it's temporary. Been 5 months.",
  "COND | slw plc | L")
X("Self-employed roofer, 61, works 7 days in summer by choice to pay off his mortgage. Wife worried about his health. GP advised.",
  "||")
X("Chap I met at the food bank said the tarmac man owes him 6 months wages and wont let him have his bank card back.",
  "WAG AV | ncw | L")
X("Whistleblower: 'All the lads hand their pay to Nicu on Friday. If you don't, you sleep outside.'",
  "WAG THR | ncw | L")
X("Agency labourer, Leeds: pay slip shows 'accommodation £120, transport £60, PPE £35, admin £20' from £310 gross. Left with £75 for a 60-hour week.",
  "WAG OT COND | lh chg ppe | L")
X("Block paver (local) brings his 16 year old son to help on Saturdays, pays him. Neighbour reported as child labour. Words of advice only.",
  "||")
X("Victim says the gaffer made him climb on roofs with no harness, even in ice, and he slipped twice. When he asked for a harness he was told to 'buy one with your own money then'.",
  "COND | ppe | L")
X("INT: POI Sorin is recruiting Romanian men for scaffolding via TikTok, promising £150 a day. Recruits arrive to find no job and are told to work for another crew to pay back the £300 ticket. 2/C/P",
  "DEC DEBT | | L")
X("Neighbour says men are crammed into the house next door. Landlord confirmed: family of 7, all related, long-term tenants. No concerns.",
  "||")
X("Man at the library asked the staff to use the phone because he said his boss took his. He wanted the embassy number. Said he works on a house in Hampstead and sleeps there.",
  "ISO | iso slw | L")
X("Anonymous: I no speak good english. my boss he hit me and say if i go he find me. we work house build 12 hour. please help",
  "VIO THR OT | lh | L")
X("Construction firm reports a former employee to police for theft of tools. Employee says he took them because he was owed wages. Civil and criminal matters separated; no exploitation issues.",
  "||")
X("Client has a brain injury from a fall years ago. For 3 years he stayed with a man who runs a landscaping firm and worked for him every day for 'board and lodging'. His DLA went into the man's account. He was made to sleep in a stable with the dogs.",
  "AV WAG COND | ncw slw plc | L")
X("Border Force, Dover: minibus with 9 Bulgarian men. Driver holds all IDs, says they are going to 'work on buildings for my uncle'. Men each paid the driver £250 for the trip and a job. None have contact details for the employer.",
  "DOC | dt fee spk | L")
X("Traveller site welfare check: young lad (14) on site seen driving a dumper and working with men on a drive job during school hours. Family say he's learning the trade. Education welfare referral made.",
  "AV | | L", "high")
X("Building site worker was struck by a reversing dumper. Site manager called 999 and did first aid. All statements taken, HSE informed, employer fully engaged.",
  "||")
X("OIC: 'IP describes being shown a photo of his own house in Romania on the suspect's phone and told his children walk to school past there every day.'",
  "THR | | L")
X("Plasterer from Walsall says his gaffer pays minimum wage and no overtime rate, long days in summer. Has his own flat and car. Considering leaving.",
  "||")
X("Debrief (translated, Lithuanian): 'We came 6 people. In Kaunas they said £400 a week for demolition. In England, the manager said: you owe for the bus, for the house, for the boots. First week we got £10. The manager had the key to the house. After work he locked us in so we don't drink, he said.'",
  "DEC DEBT WAG ROM | rm ppe | L", "high")
X("Salvation Army: client (Sudanese) was working for a waste company sorting bins for 14 hours a day. The boss told him he had no rights because his asylum claim was pending and paid him £5 an hour when he paid at all.",
  "AV OT WAG | lh | L")
X("man lives in a tent in the woods behind the builders yard and goes in every morning. i think they let him do odd jobs for cash. hes friendly and tells everyone hes happy there, says its his choice",
  "||")
X("Intel indicates a firm of kerb-layers uses an 'uncle' figure who negotiates all pay with the main contractor and distributes cash at his discretion. Workers have little English and say they don't know what they are owed. 3/C/P",
  "WAG | spk ncw | L")
X("Council licensing: skip hire company had no waste carrier licence. Staff employed properly. Licence applied for. No exploitation.",
  "||")
X("Handover: Hull RMSU. 4 x Romanian male IPs from demolition site now at safe house. All 4 say they were made to work 6am-9pm, 7 days, for £20/wk, lived in a derelict pub owned by the suspect, were told by the suspect he'd 'send people to their village'. Passports recovered from suspect's car.",
  "OT WAG COND THR DOC | lh dt | L")
X("Report: 'My cousin works on the sites in London with an Albanian crew. He says he owes them for getting him here, £15k, and the boss says it'll take 3 years. He sends his mother a photo every week so she knows he is alive.'",
  "DEBT | | L")
X("GLAA: labour provider for a housebuilder found to be charging workers £30 a week for hard hats and boots that the principal contractor had supplied free. Money refunded, licence conditions added.",
  "|ppe|")
X("INT: Polish national 'Kuba' sleeps in the cab of a plant machine on a motorway site, says 'the boss says it is my house'. Seen eating leftovers from the canteen bins. 2/C/P",
  "COND | slw app | L")
X("Scaffolding gang spotted working at 11pm on a shop front in the town centre. Shop owner says it's a night job because of trading hours. Workers rotate shifts and go home. No issues.",
  "||")
X("Victim account: 'I am a painter. My boss never pays me at the end of the job. He says he pays me when the customer pays. The customer paid him. Four jobs now. I live in his house, his house is far from town, I don't have a car or money for the bus.'",
  "WAG ISO | iso | L")
X("Roofing labourer (British, 19, care leaver) says his 'boss' is an older man who took him in after he left the children's home. He works on roofs 'all the hours', gets food and a bed, no pay. The man says he owes him for 'everything he's done for him'.",
  "AV OT WAG DEBT | lh | L")
X("Rogue trader investigation, Surrey: victims are elderly householders. The workers used by the gang were all family members and were paid. Fraud offences only.",
  "||")
X("A&E: male, Romanian, 22, cut to the head from a fall on site. Accompanied by a man who answered questions and refused to leave. Patient said 'no money, no doctor' and would not stay for a scan. Patient later whispered to the nurse 'he has my passport'.",
  "DOC | spk dt fear | L")
X("Man begging outside the supermarket with a sign saying he was a builder who got hurt and can't work. Spoke to him, he's British, lives in a hostel, no one controls him.",
  "||")
X("Demolition crew, Coventry: POI Iulian keeps workers' bank cards in a wallet, 'for safety'. One worker, unable to get money for his sick child's medicine back home, cried in the site canteen. 2/B/P",
  "WAG | ncw cards | L")
X("Debrief: 'When the job finished at night they did not take us home. They took us to a yard. We slept in the van, the boss took the keys. In the morning we worked again. I did not know the name of the town.'",
  "ROM ISO COND | rm iso slw | L")
X("Two Irish tarmac workers reported by a neighbour as 'looking rough'. Police spoke to them; they are brothers, self-employed, run their own business, show invoices. No concerns.",
  "||")
X("Charity worker, night shelter: 'A man we know as Darren went off in a van with builders three weeks ago. He came back last night with cuts on his hands, thinner, no shoes, and said they'd made him work every day until dark and only gave him bread. He says he was left at the roadside when he couldn't work anymore.'",
  "AV OT COND | app lh | L")
X("Caller's 82-year-old dad has been persuaded to let a labourer live in his garage; the labourer works for a local builder and is doing odd jobs for dad in return for the room. Dad is fine with it and the man is polite. Caller worried about dad's vulnerability.",
  "||")
X("Site security guard (Nigerian) says his security firm has not paid him for two months and keeps telling him next week. He works 72-hour weeks on the site gate and sleeps in the hut because he was evicted. He is afraid he will lose his visa if he leaves.",
  "WAG OT | lh slw fear | L")
X("Trading Standards joint visit: 5 men sleeping in a Transit van on a lay-by, all working for a driveway firm. Firm owner says they prefer it. Men would not speak while he was present.",
  "COND | slw spk | L")
X("INT 2/B/P: Eastern European male aged 40s seen working at a metal recycling yard in Sheffield with a chain on his ankle attached to a bench. Two other workers present. Urgent deployment requested.",
  "ROM VIO | rm | L", "immediate")
X("Chinese restaurant owner (Manchester) charged with employing two illegal workers. Workers were paid, free to come and go, and housed in a flat with their own keys. Civil penalty only.",
  "||")
X("Builder's labourer (Kurdish, 30) told caseworker he was promised £100 a day by a man in a car wash who said he had building work. He ended up washing cars and cleaning the man's house for nothing and sleeping on the floor. The man kept his Home Office papers.",
  "DEC WAG DOC COND | dt slw | L D")
X("Brick factory, Midlands: agency staff on 12-hour nights, 6 nights a week, paid correctly, voluntary overtime with signed opt-out. One complaint about canteen. No concerns.",
  "||")
X("Interpreter: 'He says the man who brought him said he cannot go to the doctor because doctors call the police and he will be sent back. His hand has been broken for two months.'",
  "THR AV | fear app | L")
X("I spoke to the lad on the scaffold, he told me he is from Romania and he's been in the UK two weeks. Seemed cheerful, showed me his new phone, said the money's better than home. His boss was friendly and showed me the lads' contracts.",
  "||")
X("Press: Brothers who ran a waste recycling business in Essex were convicted of holding 19 men in forced labour. Men lived in a filthy farmhouse, were threatened with violence, had their wages taken and were moved between sites in the back of a lorry.",
  "COND THR WAG | plc esc | L")
X("Caseworker: client (Albanian, 19) came via small boat. Told he'd pay off £8,000 by working on a 'construction site'. It was a cannabis grow in a flat in Swansea. He was told 'if you leave, the family in Albania pays double'. He saw the men hit another boy.",
  "DEC DEBT THR | | C")
X("Building firm director reports that one of his Polish workers keeps asking for advances on his wages. Director is concerned the worker may be being taxed by someone outside work. Worker denies anything; no evidence. Advice given to keep an eye.",
  "||")
X("Site welfare cabin inspection: men sleeping on benches under the tables, two of them with no bag, no change of clothes. Foreman said they 'came with nothing from Romania'.",
  "COND | slw fpe | L")
X("INT: Roma family in Derby supply labourers to three building firms. Workers are housed 15 to a terrace, and must pay £40 a week each 'rent' plus £10 a day for the van. The family take wages from the firms directly and pay out what they see fit. 2/C/P",
  "COND WAG | ovc chg ncw | L")
X("Phone call: woman says her husband went to work on a building job in Kent three months ago and now she can't reach him. His employer says he's fine but won't let her speak to him. She's scared.",
  "ISO | iso | L")
X("Charity: homeless man says a builder offered him a week's work and paid him £600 in cash on Friday as agreed. He's thinking of doing more. Just letting you know it's not all bad.",
  "||")
X("Debrief extract: 'They said in England the job is in a hotel kitchen. They drove us to a house. A man said you are roofers now. We climbed with no rope. My friend fell. They took him away in the car and we never saw him. The boss said if we talk, same for us.'",
  "DEC COND THR | | L", "high")
X("GLAA: licence holder supplying labour to a precast concrete works. Workers' hours exceed 72 a week on rota, and the labour user says 'it's what they want'. Workers say they can't refuse shifts or they lose the job and the room.",
  "OT THR | lh | L")
X("Scaffolder injured his back lifting tubes. Employer signed him off on full sick pay. Reporting only as part of an insurance claim.",
  "||")
X("Victim (Vietnamese, 17) found at a nail salon in Stockport. Says she sleeps in the back room, works every day, owes the owner's brother £22,000 for the journey, and has never been paid directly.",
  "AV DEBT WAG OT | slw lh | L", "high")
X("Teen (16) arrested for shoplifting says older boys make him steal to order and hit him if he comes back empty-handed.",
  "AV VIO | | C", "high")
X("Woman (Romanian, 25) living with a man who runs a roofing firm. Police attended a domestic. She works in his office, has a bank account in her own name and her passport. DASH standard. No exploitation.",
  "||")
X("Debrief: 'My 'husband' took my passport at the airport. At his family house I cleaned, cooked, washed for everyone. At night he forced me. His mother said if I leave she will tell the Home Office I am a prostitute.'",
  "DOC VIO THR | dt | D")
X("Sham marriage: Slovak woman (19) brought to UK and married to a Pakistani man for £2,000 paid to her 'boyfriend'. She was kept in a flat, not allowed to go out alone, and used for sex by the 'boyfriend's' friends.",
  "ROM VIO AV | rm | S", "high")
X("Au pair agency confirms host family paid the au pair's flight home after a dispute about hours. Au pair had her passport and left freely. No safeguarding concerns.",
  "||")
X("Organ: intel from a hospital in Birmingham that a patient who received a kidney in Pakistan was accompanied by a 'donor' who now wants to go home but is owed the money promised. Donor says he was not told the risks. 2/C/P",
  "DEC WAG AV | | O")
X("Informant says tarmac gang leader keeps four men in a shipping container at night and feeds them once a day. The men are all alcoholics from Glasgow. 2/C/P",
  "AV COND ROM | rm plc | L")
X("ya the lads on the 'builders' van outside no 42 have been there since 5 this morning, theyre just sat in the van waiting for the boss to come, he gives them their phones back when theyre done",
  "ISO | iso early | L")
X("Victim account: 'The boss said our money is in the bank for when we go home. When I asked for it he said there was no money, the insurance took it. When I asked again his friend held a knife to my face.'",
  "WAG VIO THR DEC | | L", "high")
X("Construction firm ethics hotline: a worker alleged that a supervisor was charging new starters £50 to be 'chosen' for shifts. Supervisor dismissed; money returned. Workers otherwise paid direct.",
  "|fee|")
X("Homeless outreach: Mr K (44, Glaswegian, alcohol dependent) reports he worked for a year for a family who did fencing. He was allowed out only to buy drink. He was given £10 a week. He slept in a van. He wants an NRM referral.",
  "AV ROM WAG COND | rm slw | L")
X("Local newspaper: 'Builders' merchants praise their migrant staff'. Article about a family business in Hereford that employs Polish and Romanian drivers and labourers on permanent contracts.",
  "||")
X("3/C/P Unverified: a man on a Traveller site in Kent may have a 'worker' living there who does all the yard work. No further detail.",
  "||")
X("Interview: Sudanese male, 20. Says he works in a car wash that the boss also uses as a base for his building firm. He works at the car wash by day and on roofs at weekends, no day off in 4 months. Paid £30 a week. Boss has his ARC card.",
  "OT WAG DOC | lh dt | L")
X("1/A/P Officer observation: 6 males exit a derelict warehouse at 05:15 and are loaded into a Luton van which drives to a housing development in Dartford. Padlock and chain placed on the warehouse door by the driver after they leave. The same van returns them at 21:45 and the driver locks them in.",
  "ROM OT | rm early lh esc | L", "high")
X("Scrap yard worker (Roma, 35) told outreach he is paid by the load he sorts, earns about £50 a day, goes home to his wife each evening. He wanted advice about a back injury. No control concerns.",
  "||")
X("Social care: Adult (27, autism) living with his uncle who runs a building firm. Uncle makes him work on sites 6 days a week for no pay and takes his PIP. When he refuses, the uncle locks him in his bedroom.",
  "AV WAG ROM OT | ncw rm lh | L", "high")
X("Victim debrief: 'The man said England is good, you can make money on the buildings. My family took a loan from him, 6,000 euro. Here I work on the building, he take all the money for the loan. After one year the loan is 8,000. He say the interest.'",
  "DEC DEBT WAG | | L")
X("Council officer: skip yard staff complained that the owner shouts at them and swears. Investigated; no threats of harm, staff paid, free to leave. Employment issue.",
  "||")
X("Safeguarding referral (FE college): student (17) says his step-dad makes him work on building jobs every weekend and holidays and keeps his pay 'for his keep'. Says step-dad hit him when he asked for money for a school trip.",
  "AV WAG VIO | | L", "high")
X("Debrief: 'The house had no windows, just plastic. Seventeen men. One shower with cold water. The boss came only to take us to work and bring us back. If someone talked back he took away food for a day.'",
  "COND | ovc plc esc | L")
X("Notes from a call with a site manager: he saw one of his sub's labourers being slapped by the sub's foreman for dropping blocks. The labourer later said 'it's normal, it's my uncle'. Sub removed from site.",
  "VIO | | L")
X("INT: Man known as 'Pops', British, 70s, has lived with the O'Donnell family since the 1990s and works for them as a labourer. He has no bank account, no GP, no ID. He calls the eldest son 'the master'. 2/B/P",
  "AV ISO | fpe | L")
X("Kitchen fitter (British) reported that a customer refused to pay the balance of £3,500. He removed his tools and left. Civil matter.",
  "||")
X("Bank: account receiving wages from a roofing firm has transactions every Friday at ATMs near a Traveller site in Essex, but the account holder's registered address is a homeless hostel in Leicester. Account holder has not been seen at the hostel for 8 months.",
  "AV WAG | ncw | L")
X("Caller from hospital: a labourer brought in with burns after a bitumen boiler exploded. He was working for a cash-in-hand tarmac crew, no PPE. Crew left him at A&E door. Patient says he lives in a caravan with the boss and has no family in the UK. Patient is too scared to make a statement.",
  "COND AV | fear plc | L")
X("He says he tried to leave the farmhouse once but the men found him at the train station and brought him back in the car, and after that someone slept outside his door. He says he worked on extensions and loft conversions every day.",
  "ROM | rm | L", "high")
X("Company director: we run a labour agency for construction. We had a visit from the GLAA after a complaint by an ex-worker about late pay. All workers were paid in full within the week. The ex-worker has since withdrawn.",
  "||")
X("Drive paving crew outside the shop since first light, the young one looks about 15, barefoot, the older men shout at him in a language I don't know",
  "AV | app | L", "high")
X("Debrief: 'The boss made me sign papers in English I could not read. He said it was a contract. Later he said the paper says I owe him £9,000 for the training and visa. I worked 2 years on scaffolds. He paid me £200 a month, said the rest was for the debt.'",
  "DEC DEBT WAG | | L")
X("Neighbour dispute: resident complains builders next door start at 7.30am and play loud music. Council noise team informed. Not a police matter.",
  "||")
X("2/C/P Intel: workers on a hotel refurb in Edinburgh are collected from a flat in Leith at 05:00 and returned at 22:00. They are seen to be escorted to the shop by one male. It is said they are not allowed their own phones.",
  "OT ROM ISO | early lh esc rm iso | L", "high")
X("Local Facebook group post: 'Does anyone know a good reliable roofer? Last one did a cracking job, all his lads were polite and they were done in 3 days.'",
  "||")
X("Press: Court hears how a man with learning difficulties was 'treated like an animal' for 13 years by a family who ran a driveway business. He was made to sleep in a garden shed, worked without pay, and was hit with sticks and a hammer.",
  "AV COND WAG VIO | slw plc | L")
X("Victim account (Romanian, through interpreter): she says the boss's wife kept her in the house to clean and cook for the men who worked on the building site. She says she was paid nothing and the wife said she would be sent to 'the men in the flat' if she complained.",
  "WAG THR ROM | rm | D", "high")

X("Tarmac gang, Sunday: 3 blokes and a gaffer. I asked the youngest if he was OK, he laughed, said he's the gaffer's son and gets paid more than his dad. No concerns - just being nosy after the telly programme.",
  "||")
X("Outreach note: he would not say where he lives, only 'near the yard'. He says nobody hit him and nobody has his papers, but the boss 'keeps the phone at night' and he has not spoken to his daughter in Poland since Easter.",
  "ISO | iso | L")

# ---- emit ----
def build():
    out = []
    for i, (text, lab, risk) in enumerate(E, 1):
        parts = [p.split() for p in (lab.split("|") + ["", "", ""])[:3]]
        ind, sig, typ = (set(p) for p in parts)
        for a, b in PAIR:
            if a in ind: sig.add(b)
            if b in sig: ind.add(a)
        if "ovc" in sig and typ: pass
        indicators = sorted(IND[k] for k in ind)
        signs = sorted(SIG[k] for k in sig)
        types = sorted(TYP[k] for k in typ)
        if risk is None:
            if (len(ind) >= 3 or "VIO" in ind or "S" in typ
                    or ("THR" in ind and "ROM" in ind)):
                risk = "high"
            elif ind or typ:
                risk = "medium"
            else:
                risk = "low"
        out.append({"id": "f106-%03d" % i, "text": text, "indicators": indicators,
                    "signs": signs, "exploitation": types, "risk": risk})
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "fresh106.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "texts")
