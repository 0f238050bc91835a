"""fresh248 part 6: more long texts (reports, accounts, case files), with benign look-alikes."""


def add(T):
    T("Safeguarding adults referral - Liverpool City Council, Careline. Referrer: community mental health "
      "nurse. Mr Kevin O (39) lives alone in a council flat in Everton and has a diagnosis of paranoid "
      "schizophrenia. Over the last two months three men from outside the area have been staying at his "
      "flat. Kevin told his nurse that they 'run a business' from his kitchen and that he is not allowed "
      "in the kitchen or the front room. He sleeps in his bedroom and they lock him in there when "
      "'customers' come. They have taken his bank card and his phone, and he has to ask them for money for "
      "cigarettes. The nurse saw a set of scales, cling film and a large amount of cash on the kitchen "
      "table. Kevin has lost a stone in weight, has a black eye which he says came from 'walking into the "
      "door', and says he is scared they will 'do him in' if he tells anyone. He would like them to leave "
      "but does not want the police to come while they are there. Referred to Merseyside Police for "
      "cuckooing; urgent joint visit planned.",
      "AV RM ISO WW IT", "RMS IS NCW PA FA", "C")
    T("Account of Hoa (Vietnamese, 18), taken by a Salvation Army caseworker with an interpreter. 'My "
      "family borrowed money for me to go to England. They told us I would work in a restaurant and send "
      "money home. We went by plane to Russia, then walked, then lorries. In England a man met us and drove "
      "me for many hours. I did not know the city. Later I learned it was Liverpool. I was put in a house "
      "with plants. The windows were covered with black plastic and the doors were locked from the outside. "
      "There was a mattress on the floor upstairs and a kettle. A man came every three or four days with "
      "noodles and water. He said my debt was now £28,000 and that I must work to pay it. I had no phone. "
      "I did not speak to my family for five months. I was very scared when the police came because the man "
      "told me police in England beat people. I thought I would go to prison.'",
      "DEC RM ISO AC DB", "RMS IS FA SW UF PLC", "C")
    T("Wirral MASH - Strategy discussion notes. Subject: Child J (16), looked-after child placed at a "
      "residential unit in Moreton. Concerns: J has been seen getting into different cars outside the "
      "unit late at night, has returned with alcohol, new clothes and a new phone, and last weekend was "
      "found by police in a hotel room in Chester with a 31-year-old man. J says the man is her "
      "'boyfriend' and that she is 'in love'. Staff found messages in which the man tells J she must 'be "
      "good to his friends' to pay for the hotel and the phone. J has a bruise to her neck she says is a "
      "love bite. J's social worker notes that J has a history of neglect and was placed out of borough "
      "after previous CSE. Actions: police to issue CAWN to the 31-year-old; missing-from-care protocol "
      "updated; consider secure accommodation application; NRM referral to be completed by the local "
      "authority.",
      "AV DB", "PA", "S", "high")
    T("Response to an enquiry from a Member of Parliament's constituency office (Wirral West) on behalf "
      "of a constituent. The constituent, a retired teacher, is concerned that the Filipino carers at her "
      "mother's nursing home in West Kirby are 'overworked' and 'may be victims of modern slavery' as she "
      "sees the same carers on shift many days in a row. Merseyside Police liaised with the home manager "
      "and the CQC. The carers are employed directly on Health and Care Worker visas, paid above the "
      "real living wage, and work 4 x 12-hour shifts a week with additional voluntary overtime at enhanced "
      "rates. None paid recruitment fees; the home pays visa costs. Carers hold their own passports and "
      "BRPs and live in private rented accommodation of their choosing. Two carers were spoken to "
      "confidentially and said they are happy and were surprised by the concern. No modern slavery "
      "indicators were identified.",
      "", "", "")
    T("INT 2/B/P. Op HARROW - forced criminality, Liverpool city centre. Intelligence indicates that a "
      "Romanian family group based in Kensington are bringing young women and teenage girls from rural "
      "Romania with promises of work as cleaners. On arrival the women are sent out in pairs to shoplift "
      "cosmetics and perfume from stores in Liverpool ONE, Southport and the Wirral, with targets of £500 a "
      "day. Goods are sold on through a shop in Manchester. Women who do not hit their targets are beaten "
      "and made to sleep on the floor without food. Identity documents are held by the head of the family, "
      "Ionel B. (52), 'so they do not get lost'. A 15-year-old girl arrested for shoplifting in Liverpool "
      "ONE last week gave the Kensington address and said she could not go home to Romania until she had "
      "'paid for the bus'. She was scared to say more because 'the family will know'.",
      "DEC PSV AC RD DB AV", "DT UF FA", "C", "high")
    T("Report from an Environmental Health Officer (Liverpool City Council, Private Sector Housing). "
      "Inspection of a mid-terrace house in Kirkdale following complaint from a neighbour about "
      "overcrowding. The house is a licensed HMO for 5 persons. At inspection, 5 adult tenants were present, "
      "each with a separate tenancy agreement with the landlord, each paying their own rent by standing "
      "order. The tenants are of mixed nationality (British, Polish, Eritrean, Sudanese) and work at "
      "different places, including a hospital, a supermarket and a university. All have keys to their own "
      "rooms and the front door. Fire doors and alarms are compliant. The neighbour's concern appears to be "
      "the number of different people coming and going. No overcrowding. No other concerns. Landlord "
      "advised to repair a broken extractor fan.",
      "", "", "")
    T("First-person account, posted to Merseyside Police via the Modern Slavery Helpline (translated from "
      "Romanian): 'I am writing for me and four other women. We came in September to work in a factory in "
      "Liverpool for £10 an hour. A man named Cristi organised everything and paid for the bus from Bucharest. "
      "When we arrived, he took us to a house in Bootle and said we must sign papers for the agency. Then he "
      "kept our identity cards. We work in a factory that makes sandwiches, 6 days a week, from 5 in the "
      "morning. Cristi drives us in his car and takes £10 each day for petrol. Our wages go to accounts he "
      "opened, and he gives us £50 a week. He says we owe him £700 each for the bus, the house and the "
      "papers, and each month the debt is bigger. Last week he pushed one girl down the stairs because she "
      "wanted to phone her mother. We are afraid. We do not know the address, only that there is a big "
      "church near.'",
      "DEC RD WW DB PSV ISO", "DT CE CT NCW UF FA IS", "L")
    T("Case file summary - R v HALL & BYRNE (Liverpool Crown Court, for disclosure schedule). The "
      "defendants ran a landscaping and paving business from a traveller site near Haydock. Between 2018 "
      "and 2023 they recruited at least 9 vulnerable men, mostly homeless or alcohol-dependent British "
      "men, from hostels and soup kitchens in Liverpool and St Helens, offering 'work, a roof and food'. "
      "The men were housed in old caravans without heating or running water, worked laying drives 12-14 "
      "hours a day, 6-7 days a week, and were paid between £5 and £10 a day, if at all. The defendants "
      "controlled their benefits, holding their bank cards. Witnesses describe being punched, kicked and on "
      "one occasion hit with a spade. They were told that if they left they would be 'found and buried'. "
      "Several men describe being given alcohol throughout the day to keep them compliant.",
      "AV DEC AC EO WW PSV IT", "PLC LH NCW", "L")
    T("Letter from a GP practice in Bootle to the Multi-Agency Safeguarding Hub: 'I saw a 34-year-old "
      "Lithuanian man today who attended with his employer's office manager for a fit note after a back "
      "injury at a warehouse. I have no concerns of exploitation: he attended the consultation alone after "
      "I asked to see him on his own, he has lived here 10 years, he is paid through payroll, he has his own "
      "bank account, he lives with his partner and children, and he told me his employer has been very "
      "supportive. I am writing only because our new practice policy asks us to record that modern slavery "
      "indicators have been considered for patients brought in by an employer. No further action requested.'",
      "", "", "")
    T("Police Scotland to Merseyside Police (intel share). A 17-year-old male from Toxteth was arrested "
      "in Dundee in possession of 40 wraps of heroin and crack and £1,100. He had been reported missing in "
      "Liverpool 11 days earlier. He was found in the flat of a vulnerable adult female, whose flat was "
      "being used for dealing. He told officers that he had been driven up by 'a man and a girl' and had "
      "been told he could not go home until he had sold everything and paid back a £3,000 debt for a "
      "robbery he did not commit. He said his 'elders' hit him with a belt when he was short and had "
      "threatened to stab his mum. He was found with two phones, one of which was constantly receiving "
      "orders. He was found sleeping on the floor of the flat with a single bag of clothes. He declined to "
      "name anyone.",
      "AV RM DB PSV IT", "RMS ET FPE", "C", "high")
    T("Merseyside Police MSHT - Prevention visit log. Premises: hand car wash, Warrington Road, Prescot. "
      "Officers and a GLAA officer attended. Five workers spoken to individually with an interpreter "
      "(Kurdish Sorani). All are on the payroll, are paid £11.44 an hour with payslips shown, have their "
      "own bank accounts and cards, and live in private rented flats in Huyton and Liverpool with friends. "
      "None paid any fee for the job. All had gloves and wellies provided free by the employer. Working "
      "hours are 9-6, five days a week. One worker said he used to work at another car wash in Manchester "
      "where the boss 'kept his money' but that was two years ago and he left. Manager cooperative. "
      "No current concerns at these premises. Leaflets left.",
      "", "", "")
    T("Debrief of female (British, 22) following arrest for possession with intent, Kirkby. She states "
      "that her ex-boyfriend, a known dealer, has been making her store drugs and cash at her flat and make "
      "deliveries for him since she was 17. When she tried to end the relationship he took her phone, "
      "smashed it and held her by the throat against the wall. He tells her that if she goes to the police "
      "he will tell social services she is a drug dealer and get her baby taken off her. He collects the "
      "money every night and gives her nothing. She says she has no friends left because he 'doesn't like' "
      "her seeing anyone. She was tearful and asked if she would go to prison.",
      "PSV IT ISO WW AV", "IS FA", "C")
    T("Call to the Modern Slavery & Exploitation Helpline, passed to Merseyside. Caller is a "
      "Hungarian man working at a meat plant in St Helens through an agency. He says he is free to come "
      "and go, he has his own flat, and he gets paid every week. However, he says the agency's manager "
      "charges every new worker £200 for 'registration' and £60 for their knife and chainmail glove, and "
      "takes £25 a week from wages for 'transport' even if the workers walk. He thinks this is wrong and "
      "that some of the newer workers, who do not speak English, are being taken advantage of because they "
      "do not understand their payslips. He wants to remain anonymous. He does not think anyone is being "
      "forced to work.",
      "WW AV", "UF PPE CT", "L")
    T("Statement of Nomvula (South African, 35), domestic worker, taken at a Liverpool safe house. 'I "
      "came to the UK in 2019 with the family I worked for in Johannesburg, on an overseas domestic worker "
      "visa. They bought a big house in Woolton. In South Africa they treated me well. Here it changed. "
      "Madam took my passport the day we arrived and said she would keep it with hers. I worked from six in "
      "the morning until the children were asleep, often midnight. I had no day off. I slept on a mattress "
      "in the utility room next to the washing machine. They paid me £200 a month in cash, not the £1,500 "
      "in the contract. I was not allowed to leave the house alone. If I spoke to other nannies at the "
      "school gate, Madam shouted at me. Once Sir pushed me against the wall when I broke a glass. I have "
      "no family in the UK. I left when a neighbour gave me the number of a charity.'",
      "RD EO WW RM ISO PSV AC", "DT LH SW RMS IS", "D")
    T("St Helens Council community safety partnership - minutes extract. Item 4: modern slavery. The "
      "police representative reported that in the last quarter there were 14 modern slavery crimes "
      "recorded in St Helens, of which 9 related to county lines (children from St Helens exploited to "
      "supply drugs in North Wales and Cumbria), 3 to labour exploitation in car washes and a food factory, "
      "and 2 to sexual exploitation in residential brothels. The partnership agreed to fund awareness "
      "training for licensing staff and taxi drivers. The chair noted that a number of referrals had come "
      "from the public about 'foreign workers' which, on investigation, had no exploitation; the "
      "partnership will refresh its communications to focus on specific signs rather than nationality.",
      "", "", "C L S")
    T("Anonymous email to MSHT team: 'I work in a bank in Liverpool city centre and I am not supposed to "
      "do this but I am worried. A man comes in every Monday with a group of 4 or 5 young foreign women. "
      "He hands over their cards and does the talking, and the women just stand there and say nothing. He "
      "withdraws almost all of each woman's balance in cash and then they leave. One of the women had a "
      "black eye last week. I tried to speak to one of them when he went to the toilet and she just shook "
      "her head and looked terrified. I think they might be trafficked. I can't give you names because of "
      "data protection but I can tell you it is the branch on Lord Street and it is Mondays around 10am.'",
      "WW", "MBC SFW NCW PA FA", "")
    T("Knowsley Council - Private Fostering assessment (extract). A 14-year-old girl, D, from Ghana, "
      "has been living with a family friend in Halewood since January. The family friend told the school "
      "D is her niece. School raised concerns because D arrives tired, has not been registered with a GP, "
      "and told a teacher she does all the cooking, cleaning and washing for the family of six before and "
      "after school. D said she is 'paying back' the money the family friend spent on her flight and that "
      "the friend keeps her passport. D said she is not allowed to phone her mother without the friend "
      "listening. D said she has never been hit. She said she would like to 'just be a normal girl'.",
      "AV DB RD ISO EO", "UF DT IS LH", "D", "high")
    T("Merseyside Police Force Control Room - 999 call summary. 02:37 Caller: female, whispering, "
      "Romanian accent. Caller states she is in a flat above a shop on Prescot Road, Fairfield, that a man "
      "has locked her in a bedroom and has gone out to 'get the other man'. She says he hit her earlier "
      "and told her she will be 'sold' to the other man. She does not know the flat number. She has a phone "
      "that a client left. Call disconnected at 02:41. Call back failed. Cell site requested. Units "
      "attending and searching premises on Prescot Road between Sheil Road and Jubilee Drive. Duty inspector informed, MSHT on-call DS notified, dog unit and OSU requested to assist with the search.",
      "RM PSV IT", "RMS", "S", "immediate")
    T("Email from a youth worker at a boxing club in Bootle: 'One of our lads, 16, has stopped coming. "
      "When I saw him in town he had a cast on his arm and said he'd fallen off his bike. His mates tell me "
      "he's been 'grafting' for a lad called Tyler, that Tyler gave him a moped which he now says the lad "
      "owes him £3k for because it got seized, and that he has to do runs until it's paid. His mum has no "
      "idea. I'm worried he's going to get hurt. The lad asked me not to say anything because Tyler "
      "would know it was him.' Passed to the Sefton child exploitation team and the neighbourhood inspector, with the youth worker's contact details.",
      "AV DB", "PA FA", "C", "high")
    T("Summary of a Multi-Agency Risk Assessment of a residential property, Crosby. Following an "
      "allegation from a relative in Poland that her son, Pawel (25), was 'held by a gang' in Crosby, "
      "officers and an interpreter visited the address. Pawel was found living with his girlfriend in a "
      "rented flat. He was seen alone, had his own phone and ID, and works as a forklift driver for a "
      "logistics firm in Bootle. He explained he had fallen out with his mother and had blocked her number. "
      "He confirmed nobody controls his money or movements and was embarrassed by the visit. He agreed to "
      "contact his mother. No concerns of exploitation, and he was given details of support services in "
      "case he ever needs them.",
      "", "", "")
    T("INT 2/B/P. Vietnamese nail bars - Sefton. Source describes a network of four nail bars in "
      "Southport, Formby and Crosby run by a husband and wife. Staff are young Vietnamese women who live in "
      "a single house in Birkdale (8 women, bunk beds). Staff are driven to work at 8am and collected "
      "after 8pm by the husband in a people carrier. Source states new staff are told they owe £20,000 for "
      "their journey to the UK and have 'training fees' deducted. Staff are not allowed mobile phones at "
      "work. Source believes some of the women are under 18. Source has not seen any violence. Recommend: GLAA and Immigration Enforcement joint visit with Vietnamese interpreters, and age assessment of any worker who appears to be under 18.",
      "DB WW ISO EO AV", "OA ET CE UF LH", "L", "high")
    T("Statement from a witness - a nurse at a walk-in centre in Liverpool. 'A man brought in a young "
      "woman, I'd say early twenties, with a nasty burn on her hand. He said she was his wife and that she "
      "did it cooking. She had no English and he translated everything. When I needed to take her to "
      "another room for a dressing I managed to use an interpreter on the phone. She said she works in "
      "his restaurant in the kitchen all day and all night, that he burned her with oil as a punishment, "
      "that he keeps her passport and that she is not his wife. She begged me not to tell him. He was "
      "waiting outside the door and knocked twice asking how long we'd be.'",
      "PSV EO RD", "SFW PA LH DT FA", "L")
    T("Record of a conversation with a member of the public at a Merseyside Police community stall, "
      "Kirkby market. A woman in her 60s asked for advice about her son, who is 30, has autism, and has "
      "been 'taken in' by a group of men who use his flat in Northwood. She says they make him go to the "
      "cash point for them, take his benefits, and have told him that if he tells his mum they will kill "
      "his cat. Her son has stopped answering his phone to her. She is frightened of the men and didn't "
      "want to go to the police station. Details taken and passed to the neighbourhood team for an urgent "
      "welfare visit.",
      "AV WW IT ISO", "NCW IS", "C")
    T("Report from an ESOL tutor at a Liverpool college: 'Two of my students have told me that they know "
      "a man who brings people from Pakistan and arranges for them to sell a kidney at a private clinic "
      "abroad, that he pays them £3,000 and tells them they will have a good job afterwards. One student's "
      "cousin did it and came back unwell and has never been paid the rest. The students seem to think it "
      "is just a job. I don't know if this is true but I thought you should know.'",
      "DEC WW", "", "O")
    T("NHS Blood and Transplant / Royal Liverpool University Hospital - living donor assessment note "
      "(for police awareness, following a routine HTA check). Mrs Y (44) is donating a kidney to her "
      "husband. Independent Assessor interviewed both alone. Mrs Y confirmed the donation is voluntary, "
      "without payment or pressure, and that she can withdraw at any time. She has her own income and "
      "documents and is supported by her adult children. HTA approval granted. No concerns of coercion or "
      "reward. Note filed; no police action required.",
      "", "", "")
    T("INT 3/B/P. Cannabis cultivation, St Helens. Following recovery of a 400-plant grow at a commercial "
      "unit in Sutton, forensic examination of a phone recovered from the Albanian male (21) arrested at "
      "the scene shows messages from a UK number telling him: 'you stay until harvest, no going out', 'if "
      "police come you say nothing, you know what happens to your family' and 'your debt is £9,000 now'. "
      "The male was living in the unit on a camp bed with a portable heater; there were no washing "
      "facilities. He told officers he came in a lorry and was promised work on a building site.",
      "RM IT DB AC DEC", "RMS SW PLC FA", "C")
    T("Notes from a home visit by a Merseyside Police PCSO (Wallasey), follow-up of an anonymous call "
      "alleging that an Indian family's 'servant' was being kept in the house. The woman in question is "
      "the husband's mother, aged 70, who arrived on a visitor visa to help care for her new grandchild. "
      "She was seen alone with an interpreter, said she came freely, that she helps with cooking because "
      "she enjoys it, goes to the temple every Sunday, has her own phone and passport and returns home to "
      "Gujarat next month. No concerns. Caller may have misunderstood a family arrangement.",
      "", "", "")
    T("INT 2/B/P. Forced begging - Liverpool city centre. Source states that a Roma man known as 'Lalo' "
      "drives a group of five beggars, including an elderly woman with a walking frame and a man with no "
      "legs, into Church Street, Bold Street and Lime Street each morning at 8 in a red Peugeot Partner, "
      "collects their takings at lunchtime and again at 7pm. The beggars live at Lalo's house in Fairfield "
      "and get food only. Source states Lalo brought them from Romania promising work and 'a better life', "
      "and that he shouts at and threatens the man with no legs if he has not made £80.",
      "AV DEC WW IT", "ET NCW CE", "C")
    T("Report to the Sefton Adult Safeguarding team from a bank: a 79-year-old man in Formby has had "
      "£40,000 transferred from his account over six months to a 'friend' he met online, who says she is a "
      "nurse in Ghana. Fraud - romance scam. The customer was not made to work or do anything and there is "
      "no exploitation of his labour. Referred to Action Fraud and the police economic crime unit.",
      "", "", "")
    T("Merseyside Police 'Op Sentinel' debrief: joint warrant at a three-bed house in Huyton believed "
      "to be a base for a county line into Shropshire. On entry, officers found three boys (14, 15, 15) and "
      "one adult male (24). The boys were in one bedroom with mattresses, bags of clothes and drugs "
      "packaging. Two of the boys had been missing from home for over a week. One boy had a fresh cut to "
      "his eyebrow and told officers the adult male had 'slapped him with a gun'. The adult had the boys' "
      "phones in his jacket. The boys said they were not allowed to leave the house without him driving "
      "them to drops. All three boys have been safeguarded; the adult is charged with s.2 MSA 2015 and "
      "drugs offences.",
      "AV PSV ISO RM", "PA RMS ET", "C", "high")
