# fresh189 part 1: care sector and sponsored visas
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 2/B/P. Source reports that approx 14 Zimbabwean nationals on Health and Care Worker visas are employed by CARECREST HOMECARE LTD, Dudley. Each paid £9,000 to an agent in Harare for the certificate of sponsorship. On arrival they were given 10 hours a week, not the 39 promised. Director Tendai MOYO tells them if they complain he will 'report them to the Home Office' and their visas will be cancelled.""",
  "DEC IT AV", "UF", "L")
T("""Care worker states: "They told me full time, 37.5 hours, £10.75. I get maybe 12 hours. I have nothing for rent. I borrow from church." Sponsor is a domiciliary agency in Luton.""",
  "DEC", "", "L")
T("""Referral from Unseen helpline. Caller is a Nigerian nurse-turned-carer in a nursing home in Southend. Says manager keeps her passport and BRP "for HR" and has refused three times to give them back. She works 6 days, 12 hr shifts, told she owes £4,500 'visa cost recovery' which is taken at £375 a month from her pay.""",
  "RD DB WW EO", "DT LH UF", "L")
T("""Welfare visit to 14 Ashgrove Road, Crewe. Six care workers from Kerala living in a 3 bed house rented by their employer (Beacon Care Partners). Mattresses on floor in lounge. Rent £350 pcm each deducted at source. Workers happy to speak, hold their own passports, all confirmed they are paid for hours worked. Overcrowding referred to council private sector housing. No MS concerns identified at this time.""",
  "AC", "OA PLC", "L")
T("Manager at Rosewood Lodge asked if staff can take their passports home after right to work checks. Confirmed yes - copies only kept on file. No concerns.", "", "", "")
T("""My sister come on care visa to Wolverhampton, she pay agent 7 lakh rupees, now the company say no work for her and she must find other job but she cannot because visa tie to them. she is crying every day, no money for food. agent not answer phone.""",
  "DEC AV", "UF", "L")
T("""GLAA intel: home care provider in Bolton suspected of charging sponsored carers for DBS, uniforms and 'training' totalling £1,200, then recovering it from wages. Carers also not paid for travel time between calls, effective hourly rate below NMW.""",
  "WW", "PPE UF", "L")
T("Home Office sponsor compliance visit to Meadowside Care - all 22 sponsored workers located, payslips match CoS salary, no issues.", "", "", "")
T("""Case note 12/03. Client (Ghanaian, 34, CoS holder) says the agency owner, Mrs ADEYEMI, collects her bank card every payday and "gives back pocket money" of £50. Rest kept for "the debt". Client did not know how much she still owes; figure keeps changing. Client tearful, afraid to go to police as "they will send me home".""",
  "WW DB", "NCW FA", "L")
T("""Anon call to 101: lots of foreign lads being dropped at the building site on Canal Street Nottingham every morning about 5am by a white transit, picked up gone 9 at night. they look knackered and one had a bad limp. i dont think there being looked after""",
  "EO", "CE LH PA", "L")
T("""Police log. Two men fighting outside Tesco Express, Hulme, over a debt of £200 for a car sale. Both arrested for s4 POA. Not MS related.""", "", "", "")
T("""Intel log 4/C/P. POI Harjit SANGHA (DOB 02/09/1979) runs 'recruitment' WhatsApp groups in Punjab offering UK care jobs for £15-20k. Believed to be linked to 3 sponsor licences in Leicester. Workers arriving find no job and are then placed by SANGHA in car washes and a warehouse, cash in hand, £40 a day.""",
  "DEC AV WW", "UF", "L")
T("""Sponsored carer tells union rep she has been doing 70+ hours a week for 9 weeks with no day off because "the rota is short". Paid for 40. When she asked about it the deputy manager said she could "go back to Manila if she doesn't like it".""",
  "EO WW IT", "LH", "L")
T("Carer reports her manager shouted at her in front of residents. Grievance raised with HR. She is a British national on permanent contract. Employment matter only.", "", "", "")
T("""Safeguarding referral - Adult Social Care, Norfolk. Residents' relatives raised concerns that night staff at a rural care home appear exhausted and underfed. Two overseas staff found sleeping in the laundry room on camp beds. Staff told SW they have 'nowhere else' and that the owner takes £80 per week for the 'room'. Staff very guarded, kept looking at the owner's son who stayed in the room throughout and answered most questions.""",
  "AC WW", "SW PA PLC FA SFW", "L")
T("""i work in a care home in kent they took my pasport when i start and say i get back after 2 years. i ask many time. manager say if i leave i pay £6000 for my visa. i am scared""",
  "RD DB IT", "DT FA UF", "L")
T("""Sponsor licence revoked: Home Office notification re Tranquil Hearts Care Ltd (Harrow). Reason: 47 CoS assigned, no evidence of genuine vacancies, workers not employed on arrival. Forward to MSHT team - workers may now be destitute and vulnerable to further exploitation. Contact list awaited.""",
  "DEC", "", "L")
T("""Student nurse (Indian national, Student visa) works 20 hrs p/w at a care home as permitted, keeps her passport in her room, paid via payroll. Came to notice only because her address was linked to a burglary. No concerns.""", "", "", "")
T("""Ukrainian carer states employer drove her to and from every call, took her phone at the start of shift "so she doesn't waste time", and she lives in the employer's annex with the door locked from outside at night.""",
  "RM ISO", "ET RMS IS", "L", "high")
T("""Ref MSVCC-2024-1187. Potential victim (Kenyan, F, 29) recruited via a Facebook ad for a 'senior carer' post in Swindon, paid agent KES 1.2m. Employer: Mercy Hands Healthcare. Told on arrival her CoS was for "36 hours minimum" but received no shifts for first 7 weeks. Then placed in live-in role with an elderly man's family in Reading - not a care home - where she cooks, cleans, does laundry for 5 adults, on call 24 hrs, paid £200 a month into an account opened by the director who holds the card. She was told the family "paid for her" and she must stay 12 months. Director said if she contacted anyone the Home Office would be told she had absconded. She left after the son pushed her against a wall. Now in Salvation Army safe house.""",
  "DEC AV WW DB EO IT PSV RM", "UF NCW LH", "L D")
T("Anon: carer girls at number 8 always have a man waiting in a car while they do their calls. seems odd.", "RM", "ET", "L")
T("""Domiciliary carer on Skilled Worker visa, Bradford. Says she was told accommodation would be provided free. It is provided but £120 a week comes out of wages, house has 9 people, black mould, broken boiler since October.""",
  "DEC WW AC", "OA PLC", "L")
T("""Email from HR, Oakfield Nursing: 'We hold passports of new international recruits in the safe for up to 48 hours while the right to work check is completed, then return them. Is that OK?' Advised to take copies and return same day.""", "", "", "")
T("""Debrief (via Malayalam interpreter): "At the house there were eleven of us. The agent man Binu came every Friday and took the cards. He said we owed him for the flights, the visa, the food. Every week it was more. If we asked, he said he would call the immigration and we would go to jail. One girl he slapped. We did not know the address, only the bus number to the care home." """,
  "DB WW IT PSV ISO", "OA NCW UF IS FA", "L")
T("Agency nurse says she chooses to work 60 hours a week to save for a deposit on a house. She's paid overtime, enjoys it. Flagged by her GP over fatigue only.", "", "", "")
T("""Call handler log 07:42. Caller states her cousin, a care worker at a home in Stoke, has been locked in a staff bedroom by the owner since last night after asking for her wages. Cousin texting caller, says she has no food and owner said she 'won't leave until she signs'. Address given. Units dispatched.""",
  "RM WW IT AC", "RMS", "L", "immediate")
T("""Intel 3/B/P: 'Express Dispatch' delivery riders in Brent - multiple rider accounts believed to be registered to one individual, Afghan asylum seekers riding on them and paying £70-£100 a week for the account. Rider earnings are paid into the account holder's bank; riders get cash minus 'fees'. Some riders under 18.""",
  "WW AV", "NCW", "L", "high")
T("""Food delivery rider (Brazilian, visa expired) says he rents an account from a friend for £60 p/w, keeps the rest of his earnings himself, can stop whenever. Came to notice after minor RTC. No one controlling him.""", "", "", "")
T("""Public report via Crimestoppers: the chicken factory on Riverside Ind Est, Boston - agency workers from Romania and Bulgaria are made to pay £50 for boots and hi-vis each and a fiver a day for the minibus in. Some say they work 14 hrs. Agency is called Prime Staff Solutions.""",
  "WW EO", "PPE CT LH", "L")
T("""Worker at a meat plant in Cullompton says he was refused toilet breaks during a 10-hour shift and the knives he uses are taken out of his pay. Complained to union - it's being dealt with through ACAS.""",
  "AC WW", "PPE", "L")
T("""Employment tribunal claim: hotel housekeeper (Polish, settled status) says she was not paid holiday pay on leaving. Employer disputes the calculation. Civil matter.""", "", "", "")
T("""Welfare check requested by family in Vietnam - son, 19, in UK on a work visa for a restaurant in Cardiff, hasn't called home for 2 months. Located, working, says his phone was broken. Calls family in presence of officer. Nothing further.""", "", "", "")
T("""Statement, housekeeping staff member, Grand Mercia Hotel: "We start at 7, the supervisor gives us 16 rooms, then 20. If you don't finish you stay without pay. I finish at 6 or 7 at night. They pay for 8 hours only. The Egyptian supervisor keeps our passports 'for the records'. He says we are lucky, many people want our jobs." """,
  "EO WW RD", "LH DT", "L")
T("""INT 3/B/P. Restaurant 'Spice Garden', Ilford. Kitchen staff believed to be sponsored chefs sleeping in the basement storeroom. Owner Abdul KHALIQ collecting their wages back in cash after payday (payroll shows £30k salary to meet sponsorship threshold, workers keep ~£800/month). Staff do not go out except to the cash and carry with KHALIQ.""",
  "WW AC RM", "SW NCW ET RMS", "L")
T("""Chef on Skilled Worker visa tells HMRC he has to hand back £1,000 cash each month to his employer "so the salary looks right". If he doesn't he loses his job and his visa.""",
  "WW IT AV", "NCW", "L")
T("Hotel night porter works 12 hour nights, 4 on 4 off, salaried, says he likes the pattern. Query from his GP about sleep only.", "", "", "")
T("""Occurrence: shoplifting, Boots, Northampton. Male (42) detained by security with £180 of fragrances. Local man, drug user, no one directing him. NFA MS.""", "", "", "")
T("""My husband is chef in Birmingham, visa sponsored by restaurant. Owner took passport day one, my husband work 7 days 14 hour, he sleep on the floor in the restaurant. he never get wage slip. when he ask for money owner say "you owe me visa money £12,000 first". please help""",
  "RD EO AC WW DB", "DT LH SW UF", "L")
T("""Construction: Anon report, site in Stratford E15. Scaffolders from Eastern Europe are made to climb without harnesses, no hard hats provided unless they buy them off the gangmaster at £25. Paid £50 a day cash. Gangmaster 'Viktor' drives them in a Sprinter from a house in Ilford at 5am.""",
  "AC WW", "PPE CE ET", "L")
T("""Groundworker states he was told the job in the UK was for £15/hr on a CSCS card, paid £600 to the agent for the card and flights. Arrived to find no card, working for £5/hr, told to stay until the £600 plus 'housing' paid back. Debt now £2,100.""",
  "DEC WW DB", "UF", "L")
T("""Site manager, Harrowgate Homes, raised concern: new labour-only subcontractor's men have no PPE of their own, never take a break, and won't speak to anyone - their boss answers for them every time, even simple questions like names. Referred to GLAA.""",
  "AC", "SFW FA", "L")
T("Construction worker fell from ladder on site in Salford, taken to hospital. HSE investigating. Directly employed, British. Not MS.", "", "", "")
T("""Labourer (Romanian, 51) found sleeping in a welfare cabin on a building site in Leeds by security. Says the gangmaster takes his wages for rent at a house he 'isn't allowed to go back to' because he owes money. Has one carrier bag of clothes. Hungry, thin, foot injury not treated.""",
  "WW DB AC", "SW FPE PA", "L")
T("""Intelligence 2/A/P from HMRC: umbrella company 'Flexi Pay Solutions' deducting 'employer NI' and a £35 weekly 'margin' from construction workers' gross pay; workers netting below NMW. Not believed to be forced labour - referred to EAS for pay enforcement.""",
  "WW", "", "L")
T("""Worker referral from Citizens Advice: warehouse picker (agency) says he is docked 30 mins pay if he is 1 minute late and fined £20 for 'errors' on the scanner. He can leave but can't afford to. Not being threatened. Referred to EAS/EAS.""",
  "WW", "", "L")
T("""INT 3/C/P. Large parcel warehouse, Daventry. Night shift includes a group of 20+ Eritrean men, all collected at 5pm by a single minibus and returned at 7am. Source says their pay goes to one man who has all their bank cards and pays them £100 a week each. Source believes they live together at an address in Rugby.""",
  "WW", "CE NCW MBC OA", "L")
T("""Warehouse operative (British, 23) says Amazon-style targets too high, supervisor swears at him. Raised grievance. No exploitation.""", "", "", "")
T("""Call 101: theres a fella at the cashpoint by the Co-op on Wellington St with about 10 bank cards, taking money out of each one, been there 20 mins, theres a van waiting with 3 blokes in the back""",
  "", "MBC", "")
T("""Hotel manager, Blackpool: confirms 12 seasonal staff from Spain live in staff accommodation on site at £50 per week, have own rooms, own keys, paid monthly into own accounts, free to leave. Visited by MS officer following anon report. No concerns.""", "", "", "")
T("""Victim account (translated from Tigrinya): "I worked in the warehouse by night and cleaned the boss's house in the day. I slept maybe 4 hours. My card was with him. When I said I was tired he hit me with a belt and said next time he would send me back to Libya." """,
  "EO WW PSV IT", "LH NCW", "L D")
T("""Request for info from NCA: three sponsor licence holders in Greater Manchester share a director and a registered address (Unit 4, Trafford Park). Combined they assigned 260 CoS in 12 months to workers from Nigeria and Ghana. Concern that CoS were sold. Please check local intel.""",
  "DEC", "UF", "L")
T("""Sponsored worker (care) tells her GP she is worried she will be sacked if she takes sick leave. Has had no sick pay. Employer is otherwise paying her properly. GP signposted to ACAS.""", "", "", "")
T("""Food factory, Wisbech. Staff from Lithuania living in a static caravan park owned by the labour provider. £85 per week rent taken from wages, £10 per day for transport to the factory in company vans - compulsory, they can't make their own way as the park is 8 miles from anywhere with no bus. 12 hour shifts. Workers say they are told if they talk to the union they will be 'finished'.""",
  "WW IT ISO EO", "CT OA LH IS", "L")
T("""Girl 17 (Albanian) found working 'off the books' in the kitchen of a takeaway in Luton. Lives above the shop with the owner's family, isn't in school, says she's paid "sometimes". Owner claims she is his niece. Police protection powers used.""",
  "AV WW", "", "L", "high")
T("""Manager at a sandwich factory in Park Royal called to say a new agency worker had burns on her arms and appeared not to have eaten. She said she couldn't go home until 'the driver' came at 10pm, two hours after her shift ended.""",
  "AC", "PA CE ET", "L")
T("""Construction site, Bristol - HSE prohibition notice for unsafe scaffolding. Workforce all directly employed with proper contracts and training. Referred to police only because a worker was assaulted by a member of the public at the gate. Not MS.""", "", "", "")
T("""Referral via Hope for Justice: Filipino hotel worker in London recruited by a Dubai agency promising £2,000/month. Actually received £900. Agency contract says she must repay £3,500 if she leaves before 2 years. Her passport is with the hotel HR. She is allowed out on days off but must tell the supervisor where she is going.""",
  "DEC WW DB RD", "DT UF", "L")
T("Worker in nail bar says she works 10am-7pm 5 days, owner is her aunt, paid weekly, has her own passport and bank card. Referred by council licensing routine visit. NFA.", "", "", "")
T("""Sponsored senior carer, Hull. Says the director 'Mr Dave' made her sign a 'training bond' of £8,000 two days after arriving. Every time she asks to move to another sponsor he reminds her of the bond and says his solicitor will take her family's house in Lagos.""",
  "DB IT", "UF", "L")
T("""Local authority contracts team: home care provider under review after carers (all sponsored) reported visits of 10 minutes, 16 calls a day, no pay for travel, and a manager who shouts and threatens to "cancel your CoS" if they refuse extra calls. Also one carer alleges the manager touched her inappropriately in the office.""",
  "EO WW IT PSV", "LH", "L")
T("Factory worker complained to police his line manager called him a lazy foreigner. Hate incident recorded. Worker has settled status, own accommodation. No exploitation.", "", "", "")
T("""INT 2/B/P - Wokingham. Illegal workers in a hand car wash believed to be hired out on weekdays to a building firm. Workers dropped to site at 6am by POI in a silver Vauxhall Vivaro WR19 KXP.""",
  "", "CE ET", "L")
T("""Text from member of public: u need to check the flats above the chinese takeaway on high st theres like 8 people living in 1 flat they all work in the restraunt and i never see them go anywhere else""",
  "", "OA IS", "L")
T("""Domestic worker visa holder (Overseas Domestic Worker) in Kensington. Employer took her phone and passport on arrival from Qatar. Works 6am to midnight caring for 3 children, sleeps on the kitchen floor, not allowed out alone, no pay since March. Ran away while family at Harrods; approached a security guard.""",
  "RD ISO EO AC RM WW", "DT LH SW RMS", "D")
T("""Carer (Zimbabwean) says her employer "owns" her because she owes money for the visa. "I work and work and still I owe." Employer takes £500 from every payslip. She does not have the debt in writing.""",
  "DB WW", "UF", "L")
T("""Housing officer visit, Rotherham. Landlord has 7 tenants at a 5 bed HMO, each with their own AST, all working different jobs, own keys, licensed HMO. Came to notice due to neighbour complaint about bins. No concerns.""", "", "", "")
T("""CHIS reporting (sanitised): owner of 'Lotus Garden' restaurant group (Cambridge, Ely) sponsors chefs from Bangladesh. Each chef pays owner's brother £10-12k in Sylhet. Chefs receive salary by BACS then must withdraw and return £600 each month in cash. They are told this is the 'deal' and that anyone who tells will have his family 'visited'.""",
  "WW IT", "UF NCW", "L")
T("""Delivery rider, 16, stopped on e-bike in Coventry with no lights. Says he does deliveries on his uncle's account after school, gets the money. Parents aware. Advice given. No concerns.""", "", "", "")
T("""Officer notes, Op ANVIL visit to 'Perfect Finish' hand car wash. 5 workers. Lead worker spoke for all, others would not make eye contact. Workers sleep in the portakabin on site, no heating, no toilet. Say they get £30 a day. One had a swollen eye - says he 'fell'.""",
  "AC WW", "SFW FA SW PLC PA", "L")
T("""Nurse from Nigeria working in NHS trust says she signed a contract with a 3-year repayment clause of £7,000 if she leaves early. Trust says this is a relocation package repayment, pro-rata. She is paid correctly, holds own documents. Union advising. Not MS at this stage.""", "", "", "")
T("""Care home whistleblower (anon email): 'The overseas girls do nights and then days. One girl did 3 shifts back to back. The owner keeps their BRP cards in his office. They are told not to talk to the British staff.'""",
  "EO RD ISO", "LH DT IS", "L")
T("""MS referral from DWP: universal credit claims for 6 people at one address in Peterborough are all paid into the same bank account. All 6 work at a vegetable packing plant. DWP suspect someone is controlling their money.""",
  "WW", "NCW MBC OA", "L C")
T("Caller asking whether her employer is allowed to take £15 from her pay for a uniform. Employer is a large supermarket, deduction agreed in contract and she is well over NMW. Advice only.", "", "", "")
T("""Intel log 5/C/P. 'Heard that the Polish fella at the mushroom farm in Bovington keeps all the lads' passports in his truck'. Source unknown reliability.""",
  "RD", "DT", "L")
T("""Adult safeguarding: man with learning disability (41) found living in a shed at a builder's yard in Doncaster, doing labouring for the owner in exchange for "fags and food". No wages for 3 years. Thin, clothes torn. Owner says he's "like family".""",
  "AV WW AC", "PA PLC SW", "L")
T("""Account (care worker, Indian national): "When I came, Priya madam said I will stay in her house until I find room. I was there 5 months. I did all cooking, cleaning for her family after my 8 hours at the care home. She said it is rent. I could not go out except for work. She kept my papers in her cupboard." """,
  "RM RD EO", "DT RMS LH", "L D")
