def add(T):
    T("Item - Kent: Gravesend, Lithuanian man says he was told at the coach station 'you pay £250 for the job and the flat', then taken to a house with 13 others. Van at 5am, back at 9pm, £8 a day for the van.",
      "", "UF OA CE CT", "L")
    T("Smuggling - Essex: Tilbury, 16 Afghans in a container, 2 hospitalised. Smuggling. Screening found no trafficking indicators.")
    T("Item - Lincs: Spalding, Bulgarian workers say they had to buy their knives, boots and gloves from the gangmaster's cousin at double price, taken out of wages. 'We work, we pay, we have nothing.'",
      "WW", "PPE NCW", "L")
    T("Met - Barnet: no concerns re the live-in housekeeper at the address. She was spoken to alone, has her own phone, passport and bank account, and says she is paid £2,400 a month. Anonymous report appears malicious.")
    T("Item - GMP: Bolton, a man aged 45 with a brain injury cuckooed by local dealers. They took his bank card and PIN and use his flat as a base. He says 'I do what they say or I'm out on the street'.",
      "AV WW IT", "NCW", "C")
    T("NCA tasking - organ harvesting: a Turkish-speaking 'clinic' in north London has been advertising on Telegram for 'kidney donors, £10,000 paid, travel covered'. Two Kurdish men have reported being approached in Haringey; one said he was told his smuggling debt would be 'cancelled' if he agreed and was threatened when he refused.",
      "DB IT AV", "UF", "O")
    T("Item - Humberside: Scunthorpe, NHS renal team reported a donor who seemed afraid and was always accompanied by the recipient's 'friend', who translated for him. Donor said via an independent interpreter he had been promised £15,000 and his passport was being 'kept safe' by the friend. Surgery stopped. Investigation open.",
      "DEC RD", "SFW FA DT", "O")
    T("Item - Met (Westminster): private patient from the Gulf having a transplant with his own son as the living donor. All checks complete. Logged for completeness; no concern.")
    T("gangmaster took my passport", "RD", "DT", "L")
    T("Item - Cheshire: Ellesmere Port, men picked up at 4 each morning by a minibus from a lay-by. Van reg MX16 HDK. Likely labour supply, no details of exploitation.", "", "CE", "")
    T("Item - Police Scotland: Inverness, Romanian 'Big Issue' sellers - intel that one man collects the takings from 6 sellers each evening and they live together in one room. No threats or violence reported. For development.",
      "WW", "NCW OA", "C")
    T("S/W reports IP (14) has been 'going out' with a 19yo who gives her lifts and vapes; no sexual activity alleged and no money or gifts involved according to IP and parents. Monitoring. No CSE indicators at this time.")
    T("Item - Surrey: Redhill, Portuguese family employing a nanny from Brazil. Nanny was asked about her hours and said 'sometimes long but they pay overtime and I have my own flat'. No concerns.")
    T("Item - Sussex: Hastings, a 16yo boy says an older lad 'put him on' a line to Eastbourne; he owes £900 because he 'lost' a package in a police stop and the amount goes up by £100 every week he doesn't pay.",
      "AV DB", "", "C", "high")
    T("Fraud - Met: Wembley, benefit fraud ring claiming Universal Credit in the names of 40 Romanian workers who say they have never seen the money; the controller registered them all at one address and holds their bank cards. Workers were brought over for 'factory work' and have never been paid properly.",
      "WW DEC", "MBC NCW OA", "C L")
    T("Item - Wiltshire: Trowbridge, female (Thai, 36) working in a licensed massage parlour that is also a brothel. She says 'the boss keeps my passport in case I run away with the debt'. Debt of £8,000 from Bangkok.",
      "RD DB", "DT UF", "S")
    T("NCA tasking, OIC: use of HGVs with concealed compartments on the Zeebrugge-Purfleet route. 3 detections this week with 30 adults. Smuggling. No exploitation indicators found.")
    T("Item - Notts: Worksop, Polish woman referred by the Job Centre. She told staff she works 'at a packing place' where the foreman keeps her bank card 'so I don't spend', she lives at his sister's with 8 others and hasn't seen her wages since she arrived. Foreman always comes to the Jobcentre with her and does the talking.",
      "WW", "NCW OA SFW", "L")
    T("Item - Devon: Exeter, intel 3/B/P that a Moroccan male is being kept in a flat above a barbers in Sidwell St and made to work downstairs with no pay; he is not allowed out and the owner has his phone.",
      "RM WW ISO", "RMS IS SW", "L")
    T("Item - Gwent: Caerphilly, cannabis grow found during a fire. One Albanian male, 18, with burns to his hands. He said he was sent there to 'water plants' by men he owed money to. 'If I go they go to my family.'",
      "DB IT AC", "PA", "C")
    T("BTP - ticket fraud: 3 adult men selling fake rail tickets in Birmingham New Street. Not linked to exploitation.")
    T("Item - South Yorkshire: Sheffield, NHS A&E staff raised concerns about a Slovak woman (19) with burns and bruises who came in with a man who answered every question. She later said alone 'I must do what he say or he hurt me more'. Suspect for sexual exploitation - she has condoms and several phones in her bag.",
      "PSV IT", "PA SFW FA", "S")
    T("Debrief, translated (Vietnamese): 'I come to England in lorry. They said I will work in a restaurant and send money home. But they put me in a house with plants, lock the door, give me rice. I do not know which city. I was there nine months. One time I try to open the window and the man beat me.'",
      "DEC RM ISO PSV AC", "RMS IS", "C")
    T("Item - Northumbria: Gateshead, 'money mule' recruitment at a college. Students paid £500 to let their accounts be used. No coercion, no vulnerability identified beyond age 18-19. Fraud referral.")
    T("Met - Camden: brothel at a flat in Kilburn, 4 women. All say they work voluntarily, share the flat, and keep their own money; no maid or controller found. Closure order considered for ASB, not MS.")
    T("NCA: An Indian national (22) came on a student visa, arranged by an agent who charged £18,000. Agent then 'placed' him at a shop in Croydon where he works 80 hours, paid £300 a month, told that his visa would be cancelled and his family in Punjab would lose their land (pledged for the loan) if he left.",
      "DB EO WW IT DEC", "UF LH", "L")
    T("Item - Essex: Colchester, 19yo man arrested for street dealing says he's 'done it for himself' for 2 years. No exploitation. No NRM.")
    T("Item - Dyfed-Powys: Brecon, 2 UK travellers found on a farm, one elderly man with learning difficulties living in a horse box, sleeping on straw. The farmer is his nephew and pays him nothing. He has worked there for 30 years.",
      "AV WW AC", "PLC SW", "L")
    T("Item - Cambs: Huntingdon, concerned nurse at a GP surgery. A young Chinese woman came in with a man who wanted her 'checked' for STIs, and he kept her passport and paid cash. She had bruising on her arms. She didn't speak English; he spoke for her throughout.",
      "RD PSV", "DT PA SFW", "S")
    T("MSOIC weekly, domestic servitude round-up: 4 new cases - Birmingham (Nigerian woman, 'house help' for a pastor), Leeds (Pakistani bride, confined, all housework), Ilford (Romanian teenager looking after 5 children, no school), Glasgow (Filipina carer, 7 days, no pay).",
      "RM EO WW AV", "RMS LH", "D", "high")
    T("Item - West Yorkshire: Keighley, taxi driver arrested for sexual activity with a child; no evidence of others involved or of the child being sold or passed on. Prosecution for sexual offences.")
    T("Item - Greater Manchester: Rochdale, 3 girls aged 13-15 being given alcohol and 'passed around' by men at a takeaway. One says 'they said they'd tell my dad I was a slag if I stopped going'. Strategy meeting today.",
      "AV PSV IT", "", "S", "high")
    T("gave me a job said 1000 a month. I never seen it. he says it goes on my 'bill'",
      "DEC WW DB", "NCW", "L")
    T("Item - Cleveland: Hartlepool, a man on licence reported he is being made to sell drugs by men he met in prison who say he owes them £2,000 for 'protection' inside. They turned up at his hostel with a hammer.",
      "DB IT", "", "C")
    T("Item - Hants: Winchester, a Romanian woman was found by a PCSO sleeping rough and said she ran away from a man who 'bought' her in Bucharest. She says she's been in England a year and was made to have sex with men in houses in Southampton. She didn't know the addresses.",
      "PSV ISO", "IS", "S")
    T("HMRC referral - Kent: a hand car wash in Sittingbourne paying workers £40 for a 10-hour day; workers told inspectors they are happy, have their own homes, and can leave anytime. NMW enforcement only.",
      "WW", "", "")
    T("Item - Lancs: Preston, Romanian mother and two teenage children begging outside Tesco. Mother says she begs for herself, keeps the money, no-one controls her. Children's services involved re school attendance. No trafficking indicators.")
    T("Met (Redbridge): 2/A/P - 'AUNTIE' (Chinese female, 50s) manages 8 flats used as brothels across Ilford and Barking, moves women every 2 weeks by car, takes 70% of the money, keeps their passports 'so they don't run'.",
      "RD WW", "DT ET NCW", "S")
    T("Item - Beds: Dunstable, 15yo girl - school report: she talks about an older 'boyfriend' who gets her to meet his friends at hotels and says she owes him for the phone he bought her.",
      "AV DB", "", "S", "high")
    T("Item - Wilts: Chippenham, GLAA inspection of a mushroom farm found workers living on site in portakabins in good condition, correct pay, own passports. One worker complained about the wifi. No issues.")
    T("Item - Suffolk: Lowestoft, Polish man (58) found on a fishing boat in port, says he sleeps aboard, no wages for 4 months, skipper says he'll pay 'at end of season'. Hands badly cut. He has nothing but the clothes he stands in and a phone charger.",
      "WW", "SW PA FPE", "L")
    T("Item - Met (Hackney): father reports 15yo son has been found with £2k in cash and two phones, comes home with injuries, and texts show someone called 'Dee' telling him to 'go Margate tonight or you know what happens'. Son currently missing.",
      "AV IT PSV", "PA", "C", "immediate")
    T("MSOIC note on fraud: Universal Credit advances claimed on behalf of recently arrived workers; when the workers get their own online journals they find the bank details changed to accounts held by the controllers. Victims are unaware and do not control the money.",
      "WW", "NCW", "C")
    T("Item - Leics: Hinckley, a man called 101 to say he was 'kept as a slave' by his wife because she makes him do the housework. No offences; advice given.")
    T("Item - Met (Newham): Sri Lankan man in a corner shop, 'I work 7 to midnight, every day. Owner pays my rent only, no money. He has my passport. I cannot go anywhere, I don't know anyone here.'",
      "EO WW RD ISO", "LH DT IS", "L")
    T("Item - West Midlands: Smethwick, 'I was told I would be a chef. They made me clean the kitchen and the toilets and sleep on the floor of the storeroom. They said if I complain the police will take me.' Bangladeshi man (31), overstayer.",
      "DEC AC IT AV", "SW FA", "L")
    T("Item - Kent: Sevenoaks, a man who was a kidney donor to his sister in 2019 called police because he received a scam email about 'organ compensation'. Fraud attempt only; no exploitation.")
    T("NCA - organ harvesting: a Moldovan woman (28) in Luton told her support worker that a man paying her rent said she must 'go to Turkey for an operation' to pay back what she owed him. She had blood tests at a private clinic. Flight booked for next week.",
      "DB DEC AV", "", "O")
    T("Item - South Wales: Swansea, university student from Nigeria working in a care home 20 hrs/wk as allowed; complaint by flatmate that she 'works too much'. Spoken to: she keeps her own passport in her room and is paid properly. No concerns.")
    T("Item - BTP: Reading station, 2 Vietnamese teens (approx 15) with a man who had their tickets and a printed address in Coventry. Neither would speak. Man said he was 'cousin'. Both taken into police protection.",
      "AV", "ET FA SFW", "", "high")
    T("Item - Durham: Consett, Roma family; 13yo daughter is kept off school to look after 5 younger siblings and do housework; social care say she is 'never allowed out' and is 'exhausted'. Family says it's tradition.",
      "AV RM", "RMS PA", "D", "high")
    T("Item - GMP: Wigan, 'we was locked in the back of the van for 6 hours while they did the jobs' - Irish traveller site, 2 UK men (alcoholics) used for tarmac work, paid in drink. One with a broken wrist.",
      "AV RM WW PSV", "RMS PA", "L")
    T("Item - Kent: Folkestone, British man (34) arrested for organising small-boat crossings. Paid by the smugglers. No exploitation of passengers disclosed.")
    T("Item - Sussex: Brighton, girl 16 seen getting into cars outside a hostel with different men most nights; outreach say she's 'paying off' a drug debt to a man called 'K'.",
      "AV DB", "", "S", "high")
