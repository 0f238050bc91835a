E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Source states female POI Ana DOBRE (nom) was promised a job packing salad in Lincolnshire by a man she met on Facebook. On arrival in Boston there was no job; she is now being advertised on an adult site and the man takes all the money. She has no English and does not know which street she is on.",
  "DEC WW ISO AV", "NCW IS", "S")
T("Caller says her neighbour's lodger is a lad with learning difficulties, the family downstairs make him clean their house and mow the lawn all day and he gets no money, they keep his benefit card.",
  "AV WW", "NCW", "D")
T("Lover boy. 15yo female, Stoke. Older male bought her phone and trainers, told her she was his girlfriend, now drives her to 'parties' in Hanley where she is made to have sex with his friends.",
  "AV DEC PSV", "ET", "S", "high")
T("He told me in Vietnam I will study in England, college and nice room. When I came they put me in a house with plants, windows closed with black plastic. I water the plants, I cannot go outside. They say I owe £28,000 for travel.",
  "DEC RM DB ISO", "RMS UF IS PLC", "C")
T("Welfare check at 14 Harrow Rd requested by GP: elderly male, dementia, lives alone, carers attend twice a day. No concerns identified, home clean, food in fridge, family visit weekly.", "", "", "")
T("Referral from Hope for Justice: male, 52, long history of alcohol dependency and rough sleeping in Leeds, recruited outside a soup kitchen with promises of £50 a day and a roof. Taken to a traveller site near Wetherby, worked tarmacking 7am till dark, paid in cans of lager and a few quid. Told he owed for the caravan. Says the boss 'gives you a slap if you slack'.",
  "AV DEC WW DB PSV EO AC", "LH PLC", "L")
T("ppt held by employer - nail bar Oldham. IP says 'boss keep it safe for me'. Works 9-9 six days, £150 p/w cash.", "RD EO WW", "DT LH", "L")
T("Student from Nigeria came in to the station to report her passport lost. She keeps it in a drawer in her halls, couldn't find it after a move. Advised to contact the High Commission. No other concerns.", "", "", "")
T("Job advert on Gumtree 'warehouse operatives, accommodation provided, no English needed, £12ph' traced to a phone linked to previous GLAA op. Workers recruited through it report being charged £80 a week for a bed in a house with 14 others and paid £3 an hour after deductions.",
  "DEC WW AC", "OA UF PLC", "L")
T("IP states he was told he would get a visa and papers if he worked for free for a year at the restaurant. Two years on, no papers. Owner says if he complains he will ring the Home Office.",
  "DEC WW IT AV", "FA", "L")
T("mate of mine from romania says the guy who brought her over promised to marry her and sort her settled status now hes got her working in a massage place on the high st and she gives him everything she earns", "DEC WW", "NCW", "S")
T("Sham marriage intel: Portuguese national female (18) believed to have been brought to Glasgow on promise of a cleaning job and then married to a Pakistani male for his visa application. Kept at the husband's family address, not allowed out alone, her ID card held by the mother-in-law.",
  "DEC RM RD AV", "RMS DT", "D")
T("Vulnerable adult, mild LD, befriended by group who moved into his flat (cuckooing). They use it to deal crack and send him to collect from the bank. He says they are 'his mates'.", "AV", "", "C")
T("Salvation Army first responder notes: client is a 67yo Polish man who came in 2014 for agricultural work; the agent took £400 for the job and the coach. He has worked on farms for the same gangmaster ever since, sleeping in a shed at the yard, no pay for months, told his debt is still not cleared.",
  "DEC DB WW AC AV", "UF SW PLC", "L")
T("Male in the doorway of Boots, Cheltenham, begging. Says he is homeless, not with anyone, keeps what he gets. Outreach informed. No signs of control.", "", "", "")
T("Caller from a church in Luton: a young Ghanaian woman was brought over aged 16 by an 'auntie' who promised school. She was never enrolled, has looked after the auntie's three children and cleaned the house since, now 23. Auntie tells her the police will deport her if she goes to them.",
  "DEC AV WW IT", "FA", "D")
T("She believed he loved her. That's the bit she keeps coming back to. He said they were saving for a flat together, that the men were 'just for a bit'. She handed over every penny. (Case note, ISVA, Swansea)", "DEC WW", "NCW", "S")
T("INT 3/C/P - Unknown male at car wash, Cannock Rd, appears malnourished, same clothes every day, thin jacket in the snow. Boss answers all questions for staff.", "", "PA SFW", "L")
T("Hand car wash visit with HMRC. Four staff, all on PAYE, payslips seen, own bank accounts, living in their own rented flats. Manager had RTW checks on file. No concerns re exploitation; minor H&S advice given.", "", "", "")
T("Woman with severe depression and heroin addiction being supplied by a male who gives her gear on 'tick' and then makes her have sex with men at his flat to clear it. Says she can never get the debt down.",
  "AV DB PSV", "", "S")
T("IP: 'They say me, you come England, good money in hotel. I pay 3000 euro to man in Sofia. Here, no hotel. I clean in big house, cook, clean, no money. Madam take my passport.'",
  "DEC WW RD", "UF DT", "D")
T("Report from Job Centre work coach: claimant (learning disability, reads at about age 7) turned up with a man who did all the talking and asked to change the bank details on the UC claim to a new account. Claimant looked scared and wouldn't say anything when the man left the room.",
  "AV", "SFW FA", "C")
T("17yo Albanian male referred by Kent CC social care, UASC. Says men in Tirana promised him a job in a barber shop in London. Now owes them £15,000 and has been moved between cannabis grows in Medway. Went missing from placement yesterday.",
  "DEC AV DB", "UF", "C", "immediate")
T("Two Romanian men rang 101, say the agency that brought them to work at a chicken factory in Norfolk told them the job paid £11 an hour; payslips show deductions for 'housing', 'transport' and 'admin' leaving £90 for a 60-hour week.",
  "DEC WW EO", "CT LH", "L")
T("Neighbour complaint Flat 3 Elm Court: lots of men coming and going at all hours. Officers attended, single occupant female, says she works independently as an escort, manages her own bookings and money, nobody else involved. No concerns. Advised on safety.", "", "", "")
T("Homeless man, 34, approached by a van at the Bullring and offered 'labouring work, digs and a hot meal'. He has not been seen since by outreach staff; his friend says the men took his phone 'so he won't be bothered'.",
  "AV DEC ISO", "IS", "L")
T("Summary from MSVCC: caller reports her sister in Hyderabad was recruited by a UK care agency with promises of a Skilled Worker visa and a nursing post. Paid £12,000 in 'sponsorship fees'. Now working 70 hours a week in a care home in Kent, paid for 37, told the visa will be cancelled if she complains.",
  "DEC DB EO WW IT", "UF LH", "L")
T("nan next door is 84 and the lad who does her garden has been taking her to the bank every week and she comes back with nothing, dont think its slavery but its not right", "", "", "")
T("Elderly man with dementia, Taunton. Family believe a 'friend' moved in and is using his house to store and package drugs, takes his pension. He has been told 'if you tell your daughter we'll put you in a home'.",
  "AV WW IT", "NCW", "C")
T("NRM referral, Wales. Adult male, Eritrean, no status. Found working in a takeaway kitchen in Rhyl. Says the boss let him sleep on the floor of the store room because he had nowhere else. No wages, 'just food'. He is frightened of being sent back and would not give his full name.",
  "AV WW AC", "SW FA", "L")
T("She's 19, autistic, met him on a gaming site. He talked her into coming to Birmingham 'to live together'. Since then she's been made to do videos for his OnlyFans account and he keeps the login and the money. Mum says she sounds scripted on the phone.",
  "AV DEC WW", "NCW FA", "S")
T("Intelligence: Chinese female nationals being brought to flats in Reading on student visas via an 'education agent'; no college attendance recorded; flats advertised on Vivastreet. Each woman stays 1-2 weeks then is moved to another city.",
  "DEC", "", "S")
T("Man at Heathrow T4 told Border Force he had a job offer as a chef; letter was a fake, the restaurant address is a launderette. He had paid £2,000 to an agent in Delhi. Referred to NRM.",
  "DEC", "UF", "L")
T("My son is 16, he's got ADHD and he got kicked out of school. These older boys have been paying him to 'look after' stuff and now say he owes them £800 because it 'went missing'. They say they know where we live.",
  "AV DB IT", "", "C", "high")
T("Carer visiting a flat in Walsall reports that a woman with a learning disability is being 'looked after' by a couple who moved in. She sleeps on the sofa, they have her bedroom, they collect her PIP and she gets £10 a week.",
  "AV WW", "NCW", "")
T("Debrief, Leicester garment unit: 'The man who brought us said £9 per hour. We got £3. If we ask he says go, there are more people waiting.' Workers on machines 12 hours, some Saturdays and Sundays too.",
  "DEC WW EO", "LH", "L")
T("Custody record, Coventry: 15yo female arrested with 14 wraps in her bra on a train from Euston. Has been missing from care 3 times this month. Says 'my boyfriend' gives her the train tickets. Won't name him.",
  "AV", "FA", "C", "high")
T("Care home, Darlington, CQC and police joint visit. Overseas nurses on sponsorship work long shifts by choice to build up overtime; all paid correctly through payroll, have their own passports, own accommodation. No concerns.", "", "", "")
T("Anon online report: 'massage' shop on Commercial Rd Portsmouth, same girls all the time, never see them leave, blacked-out windows, man in a car outside all day.", "", "RMS", "S")
T("Translated statement (Romanian): I was told the man was my cousin's friend. He said in England I could work in a bakery. At the airport he took my identity card 'for the registration'. I never saw it again. I slept in a room with eight women. He said I owed 5,000 pounds. He said if I ran away my little brother would be hurt.",
  "DEC RD DB IT AC", "DT OA UF", "")
T("Police officer note: Man, 45, with schizophrenia, not taking medication, living in a tent by the river. Says he was 'given work' digging a garden for cash by a man in a van. Paid £40 for the day as agreed, dropped back. No evidence of exploitation at this time.", "", "", "")
T("Source: young Vietnamese boys working in nail bars in Derby were told they'd be apprentices with a qualification. They are unpaid, sleep above the shop and are not allowed to leave without the owner.",
  "DEC WW RM AC", "SW RMS", "L")
T("INT 2/A/P. VRN KX19 FLD collects 10-12 Slovak males from 12 Gower St, Hull at 04:30 daily, returns them after 20:00. Workers pay the driver £10 a day for the lift. Source states several owe money for their flights.",
  "DB", "CE CT UF LH OA", "L")
T("He said he'd marry me and we would get the papers. Instead he married me and took my passport and then he was bringing other men to the house.",
  "DEC RD", "DT", "S")
T("Referral from Shelter: 22yo Somali woman, insecure immigration status, has been living with a family in Bristol since 2021 as 'a helper'. Does all cooking, cleaning and childcare, up at 5, bed at midnight. Never paid. Family tell her she has no right to be here and that they are doing her a favour.",
  "AV WW EO", "LH", "D")
T("Bloke at work keeps saying the agency is a scam. It's not, we're all on contracts, paid every Friday, I've got my own bank, I just work overtime cos I want to.", "", "", "")
T("DASH-style referral, Newport: wife brought from Pakistan after arranged marriage, mother-in-law keeps her passport and marriage visa papers, not allowed out without husband, made to do all housework for family of 9. Husband beats her. She has no English and has been told she will be sent back in shame.",
  "RD RM WW PSV IT AV ISO", "DT RMS", "D")
T("Kidney transplant patient (male, 58) at the Royal Free, donor his brother. Ward query re language interpreter; all consent and living donor assessment completed by HTA. No concerns.", "", "", "")
T("Intelligence from NCA: network in Kent approaching Moldovan men in debt at home, offering to 'buy' a kidney for €10,000, travel arranged via a clinic abroad. One man believed to have had surgery and returned with much less money than promised.",
  "AV DEC", "", "O")
T("Victim account (Leeds, LD): 'They said I was their mate. They said I could live with them. Then I had to do the bags and take them to people. If I said no they locked the door and took my phone.'",
  "AV DEC RM ISO", "RMS IS", "C")
T("Vulnerable young woman (18, care leaver) posting on TikTok that she's 'got a job modelling in London, all paid for'. Social worker is worried; the 'agency' has no website and the contact is a 19-year-old male from the same estate known for county lines.",
  "AV DEC", "", "S")
T("Brother says Ahmed has been working in a car wash in Ilford for six months and sends nothing home, he says the boss is 'saving it for him' till he has paid off his ticket.",
  "WW DB", "NCW UF", "L")
T("DWP fraud team: 11 UC claims with the same landline and same address in Peterborough; claimants are Slovak and Roma, none speak English, a single male 'helper' attends all appointments and the payments go to 4 bank accounts he controls.",
  "AV WW", "SFW NCW OA", "C")
T("Call handler log 02:14. Female caller, whispering, heavy accent. 'I'm in house, they lock door, the man he say I must go with men tonight, I not want.' Line cut. Cell site Sheffield S2.",
  "RM", "RMS", "S", "immediate")
T("Young man from Sudan, 17, in the Calais camp, told by smugglers that if he works in a restaurant in England for three months he will pay off the crossing. Now at a hotel in Croydon. Social worker worried he is being called by the same people.",
  "AV DEC DB", "UF", "L", "high")
T("ASB complaint re HMO, Hartlepool - 9 tenants, noisy, bins. Housing officer confirms each tenant has own tenancy, own bank, works at different jobs, landlord licensed. No exploitation indicators.", "", "", "")
T("The lady from the Tamil community centre rang: a widow of 72 from Sri Lanka, here on a visit visa that has expired, is looking after her nephew's children full time, cooking and cleaning, no pay. She told the centre she cannot leave because they have her passport and she has nowhere else.",
  "AV RD WW", "DT", "D")
T("Lincs Police INT 3/B/P: Polish POI Marek WOJCIK believed recruiting homeless men from Peterborough drop-in centre with promises of 'good money on farms'. Men found later living in a caravan without water on a farm near Spalding, told they owe £600 each for transport and food.",
  "AV DEC DB AC", "PLC CT", "L")
T("Caller was worried about a man sleeping in the back of a fish and chip shop in Whitby. Officers attended. Man is the owner's son, sleeps there occasionally after late shifts, has a house in town. No further action.", "", "", "")
T("Asylum seeker (Kurdish, 24) told by a man in the hotel in Wakefield that he could work 'off the books' at a kebab shop in Doncaster, £60 a day. Paid £60 for the first week then nothing. Boss says he's keeping it for 'tax' and threatens to tell the Home Office he is working illegally.",
  "AV DEC WW IT", "FA", "L")
T("Adult social care: man with Down's syndrome, 31, allegedly being used by his cousin to claim benefits and run errands for the cousin's dealing. Cousin holds his bank card and PIN.",
  "AV WW", "NCW", "C")
T("Summary of NRM: Vietnamese female, 20, told she would work in a nail salon and send money to her sick mother. Instead kept at a flat in Manchester and forced to have sex with customers. Trafficker threatened to post pictures to her family.",
  "DEC PSV IT", "", "S")
T("Teacher's referral: Year 9 boy has new expensive clothes, two phones, is missing from school on Mondays and seen in Cardiff city centre with older males. Refuses to talk. Mum says he was groomed after he started getting money for 'jobs'.",
  "AV", "FA", "C", "high")
T("GLAA inspection shellfish gatherers Morecambe Bay. Licensed gangmaster, workers employed on written contracts, own transport, correct pay. Some work long tides but are paid overtime. No concerns.", "", "", "")
T("IP (Indian national) came on a student visa with promise from an agent that a university place in Sunderland was confirmed. The university had never heard of him. The agent then sent him to work at a supermarket warehouse through a 'friend' who took half his wages and keeps his BRP.",
  "DEC WW RD AV", "DT NCW", "L")
T("She is 14, goes missing from home in Bolton to be with 'Ricky' (20s), comes back with alcohol and cigarettes, has been seen getting in different cars outside the chippy. Mum thinks she is being passed round. Missing again tonight, last seen getting into a silver Astra.",
  "AV", "", "S", "immediate")
T("Anonymous letter to the station: 'The Romanians at no 42 are all slaves, I know it.' Officers visited: 3 adults, family, all employed at the meat plant, own documents, paid properly. No evidence. Letter writer has previous for malicious communications re the same family.", "", "", "")
T("Girl from Albania, told by her boyfriend they would start a new life in London and marry. He put her to work in flats in Hackney. 'Every night he said one more month and we stop.' She gave him everything and he sent it to his family.",
  "DEC WW", "NCW", "S")
T("Old fella in sheltered housing Gateshead, hoarder, poor mobility. Son visits every day. Neighbour raised 'modern slavery' because the son takes his money to do the shopping. Checked: son has LPA, receipts kept. No concern.", "", "", "")
T("A Romanian grandmother, 66, begging outside Tesco Express in Slough every day from 8am. Dropped off by a man in a white Transit and collected at 6pm. Seen handing him the cup.",
  "WW AV", "CE NCW ET", "C")
T("Intel from partner (Unseen helpline): a Nepalese man says he borrowed money from a lender in Kathmandu against his family's land to pay an agent for a job in a UK hotel. The job paid much less than promised and the lender is threatening to take the land if he doesn't keep paying.",
  "DEC DB IT AV", "UF", "L")
T("""Case summary, Merseyside MSHT unit. Victim: Daniela (Romanian, 21). Daniela met 'Alex' online when she was 18 and living with her grandmother in Bacau; her mother had died and there was no money. Alex told her he had a good job in Liverpool and that she could work in a café and go to college. He paid for her flight. On arrival he said the café had closed and she must 'help him for a while' by seeing men at a flat in Kensington, Liverpool. He told her she owed him £2,000 for the flight and the flat. He kept her ID card and her phone, giving her a second phone only for clients; her messages to her grandmother were written by him. She was driven by his cousin to hotels and flats across the North West. When she refused a client he slapped her and told her he would send photos to her grandmother. She was found by officers during a welfare check on an AdultWork advert and disclosed in a second interview. She is now in a Salvation Army safe house. She says she still loves him.""",
  "AV DEC DB RD ISO PSV IT WW", "DT IS ET UF", "S")
T("""Report from a GLAA investigating officer: enquiries at 'A1 Hand Car Valet', Stoke. Of 7 workers, 4 said they were free to leave, had their own passports and their own bank cards, and were paid £70 a day as agreed; we found no evidence for them of restriction or retention of documents. The other 3, recent arrivals from Albania, said the owner 'kept' their passports until they paid back £3,000 for the journey, that they slept in the portacabin on site and that they had not been paid at all in the 6 weeks since arriving. All 3 said the owner had told them the police would deport them. Referred to NRM.""",
  "RD DB WW AC IT AV", "DT SW UF FA", "L")
T("A lad I know, 19, from Somalia, with no papers, sleeps on the floor of the shop he works in, 14 hours every day. The man doesn't pay him, says 'you eat here, you sleep here, what more do you want, be grateful, nobody else will have you'.",
  "AV WW AC EO", "SW LH", "L")
T("Caller (anon): 'the Romanian boys at the car wash on Bath Rd get picked up in a minibus at 6 and dropped back at 10 at night, theres like 15 of them in one house, the bloke who runs it does all the talking'",
  "", "CE OA SFW LH", "L")
T("INT 2/B/P: Controller of Hungarian workers at an Amazon sub-contractor in Rugeley uses 20+ bank cards at one ATM on pay day. Workers say they don't know their own account details.",
  "WW", "MBC NCW", "L")
T("Victim (Vietnamese, 19) in Bradford: 'In Vietnam my family is poor, my father is sick. The man said I can go to England and work in nails and send money home every month. My family gave him £18,000 from the bank. Here I work in the nail shop, no money to me, the money is for the debt. I sleep in the shop. I cannot speak English, I do not know where to go.'",
  "AV DEC DB WW AC ISO", "UF SW IS", "L")
T("Probation note: offender (38) with a long heroin habit disclosed that his dealer makes him shoplift to order in Wakefield town centre every day to pay off what he owes, and has 'done his knees' with a bat when he fell behind.",
  "AV DB PSV", "PA", "C")
T("It wasn't a proper job. It was a lie from the start. (Victim's words at the end of an interview about a false agency in Bucharest.)", "DEC", "", "L")
T("Worker at a pizza takeaway in Ballymena with no days off since Christmas, 11am to 2am. He is from Syria with refugee status; boss keeps £100 a week from his wage 'for the flat upstairs'. Says 'I am OK, I have work'.",
  "EO WW", "LH SW", "L")
T("Call from Crimestoppers: a woman in her 80s in Worthing has a man living in her garage who she 'took in' from the street and pays for odd jobs. He is happy, she is happy, both have capacity. Neither exploiting the other. NFA.", "", "", "")
T("The men don't know where they are. Asked the address, one said 'near the big Tesco'. Asked the town, nobody knew. They were brought in a van with blacked-out windows.",
  "ISO", "IS ET", "L")
T("School nurse: Year 8 pupil (12, Roma) comes to school with cuts to her hands, says she works with her 'uncle' in a food factory on weekends, up before 5 and back at night. She is very tired and falls asleep in class.",
  "AV EO AC", "PA CE LH", "L", "high")
T("Girls being moved by train from London to Cardiff every Friday by a man who buys their tickets and sits with them the whole time. Station staff worried. BTP looking at CCTV.",
  "RM", "ET", "S")
T("Landlord in Colchester with 22 tenants across 4 houses, all on separate ASTs, all with their own jobs; council checked after a neighbour's complaint. HMO licences valid. No exploitation.", "", "", "")
T("Vulnerable man (mild LD, 40) in Dumfries: 'they said I would be a manager' at a car wash. He was made to work every day for 3 months and paid in cigarettes. They said the police would lock HIM up if he told.",
  "AV DEC WW EO IT", "LH FA", "L")
T("Agency recruiting Indian chefs for restaurants in the Midlands charged each man £10,000 for a 'guaranteed' sponsorship; when they arrived the restaurants didn't exist. The men are now working for the agency owner's cousin for £2 an hour to pay off loans back home.",
  "DEC DB WW AV", "UF", "L")
T("No sign of injury. No sign she's being controlled - she has her own phone and keys. She does say she owes the 'madam' for the flight and that she can't leave until it's paid.",
  "DB", "UF", "S")
T("Female (Polish, 50) with alcohol dependency told the hostel that a man offered her cleaning work in his mates' houses. She went twice, was paid properly and decided not to go back. No exploitation.", "", "", "")
