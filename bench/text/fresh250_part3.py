# fresh250 part 3: longer case notes, statements and reports, weeks 3-4
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""MSHT Desk, Avon and Somerset Constabulary - Intelligence Development Summary
Subject location: hand car wash, Bath Road, Keynsham BS31.
Background: Three separate reports in 6 weeks (Crimestoppers x2, one from a local councillor) describing young men working at the site in all weathers, without gloves or boots, from early morning until after 9pm. Observations conducted on 3 dates. On each date between 5 and 7 workers were seen. Workers arrived at 0700 in a white Citroen Relay (WV66 HNC) driven by a man believed to be the site operator, SHEHU, Klodian (dob 21/07/1988), and left at approx 2115 in the same vehicle. Workers were not seen to leave the site during the day; food was brought in by SHEHU. Council tax and electoral records show the address they are taken to (a two-bed flat in Hanham) has SHEHU's partner as the only registered occupant. HMRC confirm the business has no employees registered for PAYE. A test purchase officer reported that a worker said, in broken English, "we no money, money to boss" and that he had been in England "one year, no holiday".
Assessment: indicators of labour exploitation (long hours, transport controlled by operator, overcrowded employer-linked accommodation, probable non-payment). Recommend multi-agency visit with GLAA, HMRC and immigration enforcement, interpreters in Albanian and Kurdish Sorani, and a reception centre on standby.""",
  "EO WW AC", "LH CE ET OA NCW", "L")

T("""ok so I dont know who else to tell. my cousin Florin came over in march to work for this guy in bristol doing roofs he said £100 a day. florin phoned our nan crying last week saying he hasnt been paid anything the guy says he owes for the flight and the room and the tools. he sleeps in a garage in fishponds with 4 other blokes and they get picked up at 6. the guy took his id card off him the first day. florin says the guy has a gun in his van and told them what happens to people who run. please dont say it was me that rang. florin's number is 07845 220 918 but the guy checks his phone""",
  "DEC WW DB RD IT AC ISO", "UF PPE DT OA PLC CE IS FA", "L")

T("""Glos 101: parking dispute Bishops Cleeve, neighbour blocking drive. Advice given.""")

T("""Debrief summary, Somerset Children's Social Care with A&S MASH. Young person: D, male, 14, Taunton.
D was found by British Transport Police at Bristol Temple Meads at 02:10, with £420 in cash, two mobile phones (one a cheap 'burner' with a single contact saved as "Boss") and 14 wraps of what is believed to be crack cocaine concealed in his underwear. He had been reported missing by his mother 36 hours earlier. D initially gave a false name. During the return home interview the next day, D said that he had been going to a flat in Weston for "about a month" and that an older male he knows as "Scrappy" gave him "work". He said he had to stay in the flat for two nights "until the shotter came back" and that the door was kept locked. He was given food from the chicken shop once a day. D said that on his first trip he "lost" a package and was told that he now owes £800, which is why he keeps going back. He said that Scrappy slapped him and held a knife to his leg, and that they have pictures of his house. D is refusing to make a statement. He has a healing cut on his left thigh. Mother reports he has been excluded from school since September. NRM submitted, Child Exploitation strategy meeting convened.""",
  "AV DB RM PSV IT", "RMS PA FA", "C", "high")

T("""Safeguarding adults referral, Gloucestershire County Council (received from an ambulance crew).
Crew attended a house in Coleford for a 60-year-old man with a chest infection. The house was filthy with no working heating, the man's bedroom was a mattress on the floor of the utility room. The man, who has a learning disability, told the crew that he lives with "Uncle Pete" (not a relative) and Pete's two grown-up sons. The man does all the cleaning and washing, walks their dogs and looks after their chickens, and they "look after his money". He said he is not allowed to use the phone and that he has not seen his sister in Lydney for "years". When the crew asked him to come to hospital, one of the sons said he wasn't going and answered all further questions for him. Crew raised concerns about his thin appearance and a bruise on his wrist. DoLS/MCA considerations. Police requested to accompany a social worker for a welfare visit.""",
  "AV WW ISO AC RM", "NCW IS PLC SFW PA RMS", "D")

T("""Note from Bath Citizens Advice: client, 30, Italian, works in a hotel kitchen in Bath. Complains she is working 55-60 hours a week and not getting a written contract. She's paid into her own account, has her own documents and flat, and says she could leave but doesn't want to lose the job. We advised her about the Working Time Regulations and the right to payslips. She does not feel threatened or forced.""",
  "", "LH", "")

T("""Statement of Witness (s.9 CJA 1967), extract. Maria (surname withheld), 28, Bulgarian.
"In July 2025 a woman from my town, Sliven, said there was work in Bristol packing clothes for online shops, £9 an hour, and that the man she works for would give me a room. I paid her 300 leva for the ticket. When I arrived at the coach station in Bristol a man called Ivo met me. He took my ID card and said he needed it for the agency. He drove me to a house in St George where there were 7 women. The first week I worked in a warehouse in Avonmouth, 12 hours a day. Then Ivo said the warehouse job was finished and I must work for him in a different way. He put my pictures on a website. Men came to the house. I said I will not do it. He hit me with his belt and said he would send the pictures to my mother. I did it because I was frightened. I gave all the money to him. He said I owed him £2,000 for the room and the food and the ticket, and every week it was more. I could not go out alone, one of Ivo's friends was always in the house. I escaped in November when Ivo was arrested for driving."
""",
  "DEC RD PSV IT WW DB RM EO", "UF DT LH NCW RMS", "L S")

T("""Stroud NPT: Criminal damage to a bus shelter. CCTV requested.""")

T("""Case note - The Nelson Trust, Gloucester (women's service).
Client R, 24, white British, engaged at our drop-in. R has been street homeless on and off since leaving care at 18. She disclosed that for the last three months she has been staying with a man in Tredworth who "looks after her". He provides crack and heroin and a bed, and in return she has to have sex with men he brings to the flat, four or five a night. He takes all the money because "you'd only smoke it". She says he has never hit her, but she has seen him hit another girl and he has told her she'd "end up the same" if she tried to leave. R has her own phone but he reads her messages. She has lost a lot of weight. She doesn't want police involvement yet but agreed to a referral to the MSVCC (Salvation Army) and an appointment with the outreach nurse. Risk assessment: high.""",
  "AV WW IT ISO", "NCW PA IS", "S")

T("""fella at the car wash on hatherley rd cheltenham asked me for £1 for food, he said they dont get fed and sleep in the cabin""",
  "AC", "SW", "L")

T("""Gloucestershire Police - MSHT intelligence assessment (sanitised).
Operation name: BRAMBLE. A series of intelligence reports since June indicates that a family-run labour supply business based at a traveller site near Tewkesbury is recruiting vulnerable British men from soup kitchens and homeless hostels in Gloucester, Cheltenham and Worcester. Men are offered "work, a roof and food". Once at the site they are housed in old caravans without sanitation, required to carry out block paving, roofing and garden clearance for customers (including older householders who are overcharged), and paid little or nothing. At least two former workers describe being assaulted when they asked to leave, and one says his benefits were redirected to an account controlled by a family member. Men are transported to jobs in the family's vans and are not permitted to go into town alone. Those who left say they were threatened with being "found". The business also appears to launder cash through a number of bank accounts in the names of the workers. Risk: high, ongoing. Proposed: covert phase with partner agencies, then day of action.""",
  "AV DEC AC WW PSV RM IT", "PLC ET RMS NCW MBC OA", "L")

T("""Caller wanted to report that the Indian restaurant in Wotton-under-Edge has its chef living upstairs and working long hours. Officer's note: chef is the owner's brother and business partner, co-owns the restaurant. No concerns.""")

T("""GLAA Intelligence report to A&S (extract). A labour user in Somerset (cheese production) informed GLAA that an agency worker disclosed she had paid £450 to a recruiter in Latvia for the job and was told that if she left before 6 months she would have to pay a further £1,000 "breach fee". The worker's accommodation is provided by the recruiter's wife, 5 women to a 2-bed flat in Shepton Mallet, and transport to the factory is £8 a day, deducted at source. The worker has her passport and bank card. She says she is not forced, but feels she cannot leave because she cannot pay the £1,000. GLAA have asked the labour user to check its supply chain. The recruiter's company is registered in Riga and its UK associate is believed to be unlicensed. Other workers may be affected; an inspection is planned for next month.""",
  "DB", "UF OA CT", "L")

T("""I am writing from a small charity in Weston-super-Mare that helps people from Eastern Europe. A man (Romanian, 45) came to us. He was working for a man who runs a cleaning firm that cleans holiday lets and the pier. The boss gave him a room in a house with 11 other people and took £120 a week for it. He was paid £300 a week for 7 days. He says he was OK with it at first. Two weeks ago he cut his hand badly at work and the boss refused to take him to the hospital and then told him he was sacked and had to leave the house that day. He has his passport. He is now sleeping at the bus station. He is not afraid of the boss, just angry. We need help with his wages and housing.""",
  "WW AC EO", "OA LH PA", "L")

T("""Uniform attended reports of a disturbance at the Kurdish barber in Southmead. Two customers fighting over a queue. Both arrested for s.4 POA.""")

T("""Officer's pocket notebook (transcribed), PC 4471 HARRIS, Yeovil:
14:05 - Attended Premier Inn re concern for welfare raised by housekeeping. Room 212 booked under name of a male (GOLDSTEIN, R - believed false) for 5 nights, cash. Housekeeping report female occupant appears young, does not leave the room, large numbers of condoms and cash in the room, and a male visits each morning and evening to collect money. Spoke to female in room: EMMA, 18 (verified DOB via phone photo of provisional licence), from Wolverhampton. States she is here "with her boyfriend for work". Refused to say more. Has a bruise on her upper arm and was very nervous, looking at her phone, which she said she had to "check in" on every hour. She has no bag or clothes other than what she is wearing. Her boyfriend arrived during conversation, tried to answer for her, became aggressive. Male arrested on suspicion of s.52 SOA (causing/inciting prostitution for gain). EMMA taken to place of safety. NRM considered, she declined.""",
  "WW ISO RM", "PA FPE SFW IS RMS NCW", "S")

T("""Message from Avon Fire & Rescue: fire safety visit to a flat above a takeaway in Weston. Found 3 men sleeping in a room with no window, bunk beds, kitchen used as a bedroom, locks on internal doors. The men work in the takeaway and said the owner provides the room free. Didn't want to talk further. Referral to police and council.""",
  "AC", "OA PLC SW", "L")

T("""This is for the police please. My name is Hoa. I am from Vietnam. I am 19. I come to England in 2023 in a lorry. The snakehead men say my family owes 30000 dollars. They send me to a nail shop in Cheltenham. I work 9 in the morning to 8 in the night, 7 days. I sleep in the shop, on the floor, behind the curtain. The lady owner keep all my money and my passport, fake passport. She say if I go away, the men come to my mother. I never go outside except to the bus with her. I am tired and I am scared. A customer give me this phone number. I do not know the address. The shop has a green sign and is near a big church.""",
  "AV DB EO AC WW RD IT RM ISO", "UF LH SW NCW DT ET RMS FA", "L")

T("""Avon and Somerset, Bristol North NPT - PCSO note. Checked on report of "trafficked women" at a house in Horfield. Occupants are three Nigerian women, nurses at Southmead Hospital on Health and Care Worker visas. They work long night shifts and rotating patterns, which is why neighbours see them coming and going at odd hours and being dropped off in a taxi. All have own passports, bank accounts and a private tenancy. They were amused but also upset at the report. No concerns whatsoever; reporter advised.""")

T("""Referral from Unseen UK helpline (call ref withheld): caller is a young British man, 20, from Gloucester. He says his "mate's older brother" set him up with a bank account to "receive some money for a business" and now the brother has his card, PIN and online banking. Thousands have gone through it. The brother says if he goes to the bank or the police he'll "get done for fraud and get a kicking". Caller has autism and lives alone.""",
  "AV WW IT", "NCW FA", "C")

T("""Cheltenham: A woman who runs a dog grooming business reports her ex-employee claimed she worked her "like a slave" on social media. Employment tribunal ongoing. Civil matter.""")

T("""Minutes, Gloucestershire Modern Slavery Partnership - case review (anonymised).
Case 3: Household in Gloucester (Barnwood). Referral came from a GP after a 22-year-old woman, recently arrived from Bangladesh on a spouse visa, attended alone for a pregnancy test and disclosed that she cooks and cleans for a household of nine, including her husband's parents and siblings, from 5am until past midnight, that she is not allowed out without her mother-in-law, and that her husband's family keep her passport and her biometric residence permit in a locked cupboard. She has no money and no phone of her own. Her husband has hit her on several occasions and forced her to have sex. Her in-laws have told her that if she tells anyone she will be sent back and her family will be shamed. Police and children's services involved; she has since moved to refuge. Learning: GP practice receptionist noticed she was always accompanied and that her mother-in-law always spoke for her at previous appointments.""",
  "EO RM RD WW PSV IT ISO AV", "LH RMS DT NCW SFW IS ET", "D")

T("""Call 112 via BT: female, Romanian, states "the man is hitting my friend in the other room right now, he say she must go with clients tonight". Address Easton, BS5. Units assigned, grade 1.""",
  "PSV", "", "S", "immediate")

T("""INT 2/B/P: It is reported that a family who run a farm near Bridgwater use 3 Romanian workers who live in a cowshed, work 16 hour days and have not been paid since harvest began. Workers were seen being loaded into a livestock trailer to be moved between fields.""",
  "AC EO WW", "SW LH PLC", "L")

T("""Case note (Independent Child Trafficking Guardian), Bristol.
Young person: A, 17, Albanian, arrived by small boat in 2024 and placed in a hotel for unaccompanied children in Kent before being moved to foster care in Bristol. A went missing twice in the summer. He has now told me that before he left Albania a man in Tirana arranged his journey, that his family paid €5,000 and that A still owes €15,000. In Bristol, the same network contacted him on Instagram and told him he had to work at a car wash in Gloucester on weekends and at a cannabis grow in a flat in Hengrove during school holidays. They took his phone when he arrived at the grow and gave it back when he left. He was paid nothing; money was "taken off the debt". They sent him a video of his younger brother walking to school in Albania. A is very frightened and asked me not to tell the police, though I have explained my duty. He wants to stay in education. Actions: strategy meeting, NRM (referral already made by LA), safety planning, consider a move out of area.""",
  "AV DB WW ISO IT", "UF FA IS", "L C", "high")

T("""101 call: man says his car was clamped in a private car park in Cheltenham. Advised civil.""")

T("""Bristol Airport Border Force: Intercepted a young woman (Albanian, 20) arriving from Tirana with a man who claimed to be her fiancé. She had no idea of the address she was going to and said her fiancé had told her she would work in a café in Bristol. He had her passport and boarding card in his pocket and answered all questions on her behalf. Officers spoke to her separately: she said he told her they'd get married in England. Suspected trafficking for sexual exploitation based on intelligence on the male. Refused entry for the male; female referred to the NRM. She was given time to rest and to speak to an NGO worker with an Albanian interpreter, and said she has no family in the UK.""",
  "DEC RD ISO", "DT SFW IS", "S")

T("""Gloucester MASH referral (school): "Jack (15) told his form tutor that his dad makes him and his younger brother go shoplifting every Saturday in Gloucester and Cheltenham, taking razor blades and perfume, and if they come back with nothing his dad takes their phones and won't let them eat. Jack said he's scared of getting caught but more scared of his dad." """,
  "AV AC IT", "FA", "C", "high")

T("""Taunton, Somerset: Neighbour reports of a "nail bar slave". Visit with interpreter. Two Vietnamese women aged 30s work at the salon. Both are partners in the business (Companies House confirms), live in a rented flat in Taunton with their husbands, have own passports and bank accounts. One said they "work long hours because it's our shop". No concerns.""")

T("""Weston NPT: Lad reported missing by his care home, 16, returned after 6 hours. Was at his girlfriend's. No concerns about exploitation identified in the return interview.""")

T("""Report by a community midwife, Bristol South: "I visited a pregnant woman, 19, Romanian, in a house in Bedminster where at least 10 adults live. A man answered the door and insisted on being present and interpreting; he said he was her 'uncle'. The woman looked frightened and had bruises on her neck. When the man left the room briefly she said in English 'he sells me' and pointed to the window where a car was parked. She has no GP registration and didn't know the address of the house." Safeguarding referral made and police informed. I have not been able to contact her since; the mobile number the man gave is switched off.""",
  "ISO", "OA SFW PA FA IS", "S")

T("""A&S licensing: Test purchase operation at off-licences in Bath. Two sales to underage, both staff were the owners. Not exploitation.""")

T("""Staff at a Bristol homeless hostel report: a resident (British, 45, alcohol dependent) told his keyworker that a man picks him up at 5am to work on building sites in South Glos and gives him "a tenner and a bottle" at the end of the day. He's been doing it for a year.""",
  "AV WW", "CE", "L")

T("""Statement (translated from Tigrinya) of a man found working at a farm in rural Somerset, given to GLAA investigators:
"I came to the UK in 2022. I was homeless in London and a man at the mosque said his friend had a farm with work and a place to sleep. I went in a car for many hours. I did not know where. The farm is near a small town, I don't know the name. I sleep in a container with two other men. We feed the cows and clean the sheds, from before the light until after dark, every day. The farmer's son pays us £20 each week in cash. He said if I leave he will call the Home Office and they will put me in the detention centre. I have no phone. Once I asked to go to the shop and he said no. I was there one and a half years."
""",
  "AV WW EO ISO IT RM AC", "LH IS FA RMS PLC SW", "L")

T("""Cheltenham BID: a shop owner complains about "aggressive begging gangs" in the town centre. Officers identify four local homeless people with no evidence of organisation. Outreach engaged.""")

T("""Dear Sir or Madam, I am a pensioner in Burnham-on-Sea. A young couple have moved into the bungalow next door and there is a young girl, maybe 12 or 13, who does all the housework and hangs out the washing and looks after their baby but I have never seen her go to school. When I said hello to her she ran inside. The man shouts at her a lot. I may be wrong but I am worried about her.""",
  "AV", "IS", "D", "high")

T("""INT 3/B/P - Avon and Somerset. Subject: SINGH, Harpreet (dob 09/10/1979). Reported to be employing Indian nationals at his Bristol-based construction firm who entered on visitor visas. Workers live in a house he owns in Whitehall and pay rent from wages. Source states SINGH holds their passports. No information on pay.""",
  "RD AV", "DT OA", "L")

T("""NHS Blood and Transplant / Southmead: family request for information. Patient, 56, received a kidney transplant in India last year from an unknown donor in a private hospital; the family paid ~£30,000 including a payment to the donor. Patient now under follow-up care in Bristol. Referral made to police and HTA under transplant tourism protocol; potential offence under the Human Tissue Act. Donor identity unknown.""",
  "", "", "O")

T("""Glos Police: Arrest at an address in Quedgeley for cultivation of cannabis. Occupier, a 42-year-old British man, says he grew it for his own use for his MS pain. No third parties. Reported for summons.""")

T("""Debrief extract - Op OSPREY (A&S with NCA). Male victim, Vietnamese, 24, rescued from a flat above a nail bar in Clevedon.
"I am from Nghe An. In Vietnam I borrowed money for the journey, 18,000 pounds. In France I stayed in the jungle camp. The men put me in a lorry to England. In England a man took me in a car to this city. I work in the nail shop, I live upstairs with 4 other people. The boss lady takes all my wages to pay the debt to the men. She tells me how much left. Last month it was 15,000 pounds, this month it is 16,000 because of the electricity. I cannot leave because the men know my mother's house. We go out only to the shop, all together, with the boss lady's son."
Victim accepted NRM and support via Salvation Army. He has his own passport (Vietnamese, genuine) which the boss lady had been holding "to keep it safe" until the day of the warrant.""",
  "AV DB WW IT RM RD", "UF NCW OA SW ET RMS DT FA", "L")

T("""Bristol: caller from a food bank says a man came in with 3 young women and asked for food for them. The women did not speak and looked at the floor. The man said they were his "nieces" visiting from Romania and they were staying with him. He took the food parcel and they left in a car with four other women in it.""",
  "", "SFW FA", "")

T("""Call handler: Lady says she's been paying her cleaner cash for 3 years, the cleaner is Brazilian, and she's worried that's "modern slavery" because of a Facebook post. Cleaner works for several households, sets her own rates. Reassured, no concerns.""")

T("""Extract from a DWP fraud referral to Gloucestershire Police: Four claimants at an address in Matson, all Slovakian nationals, have the same appointee for their Universal Credit. The appointee (a local business owner) collects all post, attends appointments with them, and the claimants' payments go into accounts the appointee controls. One claimant told a work coach "I don't get the money, he gives me food". Claimants work for the appointee's recycling yard "off the books".""",
  "WW", "NCW SFW MBC", "L C")

T("""Public: cant beleive this is still going on the brothel above the chinese shop on high st in yeovil, girls going in and out all night and a man drives them""",
  "", "ET", "S")

T("""Somerset: Debrief of a 17-year-old girl found in a flat in Minehead with two older males after being missing from Bristol for five days. She says she went voluntarily, they gave her ketamine and drink, and she "had to" have sex with one of them and a friend of his. She had no money, her phone was taken and she didn't know where she was. Both males arrested.""",
  "AV PSV ISO", "IS", "S", "high")

T("""Officer note, Bath. Report of a man who is "always at the restaurant and never leaves". Restaurant owner's father, 78, sits at a table each day to keep company. No concerns.""")

T("""GLAA and A&S: Visit to a car parts factory in Bridgwater after a tip-off. Workers supplied through an agency based in Coventry. 6 workers interviewed in private with interpreters. All paid through PAYE at or above NMW, own bank accounts, living in various private rented houses, some sharing. One worker said he'd paid a "fee" to a recruiter in Poland years ago for a different job; this was historic and unrelated. No current indicators.""")

T("""Adult social care referral, Bristol: Mr T, 70, living with dementia in his own home in Fishponds. His daughter reports that a man who "does odd jobs" has moved in and now has Mr T's bank card and PIN, has withdrawn £18,000 over six months, and does not let the daughter visit. Financial abuse, cuckooing suspected. No labour or sexual exploitation described.""",
  "AV WW ISO", "NCW IS", "")

T("""999 at 02:16, Gloucester: Male with strong accent reporting he has escaped from a house in Hucclecote, men had locked him in, they are now chasing him in a car, he's hiding behind the Co-op. Units dispatched, dog unit requested.""",
  "RM", "RMS", "", "immediate")

T("""Extract from a Salvation Army support worker's referral for a male victim in a Bristol safe house:
"P (Polish, 41) was recruited outside a Polish shop in Nottingham by a couple who offered him a job and a room in Bristol. He had been sleeping rough after losing his job. He was taken to a house in Lawrence Weston with 8 other men and put to work at a recycling company and then at a chicken farm in Somerset. His wages were paid into an account the couple opened using his passport, and they kept the card. He got £20 a week 'pocket money'. He was made to work 12-hour shifts six days a week, and on the seventh day he cleaned the couple's house. When one of the men complained, the husband beat him with a bat in front of the others. P says the couple told them that the police in England would lock them up because they had 'no papers', although they are all Polish with the right to be here. P has had his passport since the police raid." """,
  "AV DEC WW EO PSV IT RD", "OA NCW LH FA DT", "L D")

T("""Bristol 101: a woman reports that her ex-husband is refusing to give back her passport after she left the marriage; he says he'll give it back when she signs the divorce papers. She lives independently with her own job. Advice given, officer to facilitate return.""",
  "RD", "DT", "")

T("""School nurse, Cheltenham: Year 10 girl with unexplained bruises who said she got them "at dance". Spoke with her and her mum, both credible; she is at a competitive dance school. No safeguarding concerns.""")

T("""INT 2/A/P (A&S). TAN, Wei, is believed to be running a brothel from a flat on Welsh Back, Bristol. Women are Chinese nationals who were told they were coming to work in a restaurant. On arrival, TAN takes their passports and tells them they owe £30,000 for the visa and travel, which must be repaid by "seeing clients". Women work from 11am to 3am and are not allowed to leave the flat. Source saw one woman with a cut lip.""",
  "DEC RD DB EO RM", "DT UF LH RMS PA", "S")

T("""Avon and Somerset - Stop/search, Lawrence Hill. 17-year-old found with £600 cash and a mobile phone receiving "job" texts. States money is from his mum. Mum confirms. No drugs. No further concerns identified but intel submitted.""")

T("""My brother is working in a kebab shop in Yeovil and sleeping in the cellar. He doesnt get paid because the owner says he's paying back the £6000 for getting him here. The owner is threatening to "sort him out" if he leaves. Please help, I am in Manchester.""",
  "AC DB IT WW", "SW UF", "L")

T("""Case note, Weston-super-Mare, Early Help. Family known to services. A 14-year-old boy from the family has been found at 3am at the seafront twice this month. Mum says he's with friends. He has new expensive clothes. No disclosure, no other evidence. Monitored; referral to the Exploitation hub for screening.""",
  "", "", "", "high")

T("""Bath NPT: Officers spoke to the Big Issue vendor on Milsom St after a member of the public said he was "being run by a gang". He is a registered vendor, buys his own magazines, lives in supported housing. No concerns.""")
