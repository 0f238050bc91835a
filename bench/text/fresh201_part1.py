def add(T):
    T("INT 2/B/P. Source states approx 14 Romanian males living in a 3-bed terrace on Holbeach Road, Spalding PE11. Collected 0430 daily by white Transit GN19 KXE and dropped back after 2100. Driver named as Florin DUMITRU takes £10 a day each for the lift.",
      "", "OA CE CT", "L")
    T("Seasonal worker from Kyrgyzstan rang the helpline. He says the farm in Herefordshire took his passport 'for safekeeping' on arrival and will not give it back. He owes the recruiter in Bishkek $4,000 and they say he cannot leave until it is paid.",
      "RD DB DEC", "DT UF", "L")
    T("Visit to Fenland Fresh Produce Ltd (GLAA licence active). Payslips checked for 20 workers, NMW met, holiday pay accrued, caravans inspected and in good order. No concerns.")
    T("Worker at poultry plant Banbury cut hand on deboning line, taken to JR by colleague. RIDDOR reported by site. Worker is UK national, agency staff, no other concerns.")
    T("caller says lads from the flower farm are walking 3 mile to the site at 5am every day in all weathers, they look thin and the same clothes everyday, one had a black eye last week. they dont speak english and a man in a bmw shouts at them",
      "", "PA", "L")
    T("Me and my cousin came for strawberry picking. Agent say £12 hour and nice house. We get £3 hour after they take caravan, bus, gloves. Caravan have 8 people and no hot water. When we complain boss say he call immigration and we go home with nothing.",
      "DEC WW AC IT", "PPE CT OA PLC NCW", "L")
    T("Fishing vessel BF 412 boarded by Border Force at Peterhead. Two Filipino deckhands on transit visas stated they had not been paid for 7 months, pay sent to manning agent in Manila. Both working up to 20 hours a day when the fleet is on the grounds. Passports held by skipper in wheelhouse safe. The skipper, a UK national, said the men were 'contractors' and that the agent in Manila dealt with their money; he said he kept the passports safe because the boat 'gets wet'. Both deckhands were spoken to separately through a Tagalog interpreter and gave consistent accounts. They asked not to be sent home as they have families relying on them and the agent has told them they will be blacklisted. The vessel was detained by the MCA for crew welfare breaches; both men have been offered NRM referral and accommodation via the Fishermen's Mission while the case is looked at.",
      "WW EO RD IT", "NCW LH DT FA", "L")
    T("GLAA shared info: labour provider 'Agri Staffing Solutions' (unlicensed) supplying workers to packhouses around Wisbech. Workers report £150 'registration fee' deducted from first wage.",
      "WW", "UF", "L")
    T("Welfare check requested on Polish male, 50s, at caravan park, Boston. Found safe and well. He owns his caravan and works for a licensed grower, ppt and bank card in his possession. NFA.")
    T("Cockle pickers seen on Morecambe Bay sands at dusk with tide coming in, no lifejackets, gangmaster left in van on the shore. Coastguard informed. Approx 10 Chinese nationals.",
      "AC", "", "L", "immediate")
    T("POI: Marek KOWALCZYK dob 03/1979. Believed to control wages of at least 9 workers placed at meat plant in Cullompton. Source reports he holds their bank cards and PINs, withdraws cash Fri evenings at Tesco ATM, hands each £50.",
      "WW", "NCW MBC", "L")
    T("Packhouse supervisor told us the new starters from the agency don't get breaks on the line and get shouted at if they go to the toilet. She thinks they sleep in the agency boss's garage.",
      "AC", "SW", "L")
    T("She came from Nepal on the seasonal visa to pick apples in Kent. The farm said the season was over after six weeks and told her to go home. She had paid 1.2 million rupees to a broker for the job. Now she cannot go home because of the loan, and the sponsor will not move her to another farm. She is staying with a cousin in Aldershot who works in a care home. She has been offered cash work in a restaurant kitchen, which she knows she cannot do on her visa, and she is frightened. She showed us WhatsApp messages from the broker promising '9 months guaranteed work, £2,000 a month'. Her family in Nepal have already been called by the lender. We have referred her to a specialist immigration adviser and to the Work Rights Centre, and asked the scheme operator whether she can be placed on another farm before her visa ends.",
      "DEC DB AV", "UF", "L")
    T("Hi, I am a student from Sri Lanka doing summer work at a fruit farm through a proper scheme. My passport is in my own bag in my room. I get paid every week. I just want to know about holiday pay.")
    T("Anon report via Crimestoppers: 'men at Greenfield Salad farm near Evesham are locked in the container at night and let out at 5 in the morning to work. gang boss has their passports'",
      "RM RD", "RMS DT", "L")
    T("INT 3/C/P. Vietnamese male seen sleeping in the packing shed at a farm shop near Kings Lynn. Believed to be working for board only, no wage. Owner reportedly tells customers he is 'family'.",
      "WW AC", "SW", "L")
    T("RTC on the A17. Minibus carrying 15 agricultural workers clipped a tractor. Minor injuries. Driver employed by licensed labour provider, valid licence and insurance. Workers all spoken to, no concerns.")
    T("Romanian woman at the chicken factory says the team leader makes the women go with him after shift or they lose their hours. One girl told her he forced her in his car.",
      "PSV IT", "", "L S")
    T("Translation of statement (Bulgarian): 'Every day we work from 6 in the morning to 10 at night cutting broccoli. Sunday also. If we do not make 40 crates the boss says we pay a fine of £20. I now owe him more than when I come.'",
      "EO DB WW", "LH", "L")
    T("Environmental Health: food factory in Leicester LE4, hygiene rating 2. Staff welfare facilities poor. Not a modern slavery matter, referred to HSE re machinery guarding.")
    T("ALERT: worker at Fen Farm phoned 999 whispering. Says gangmaster beat her friend with a metal bar in the caravan, friend not moving, they are locked in. Location PE12 area, postcode not known.",
      "PSV RM", "RMS", "L", "immediate")
    T("Case note 14/08: JS (Ukrainian, seasonal worker visa) says recruiter in Lviv charged him €3,500. He has been given 12 hours work in 3 weeks. Sponsor says the farm has no work. He is borrowing money for food. Referred to sponsor compliance.",
      "DEC DB AV", "UF", "L")
    T("Neighbour complaint: 20+ cars parked outside 14 Mill Lane, Wisbech. Landlord states it's a licensed HMO, 8 rooms, all on individual tenancies, tenants work at different factories. Licence confirmed by council.")
    T("Workers on the mushroom farm told GLAA officer they pay £60 per week for a bed in a static caravan shared with 5 others, deducted from pay. Caravans had mould, broken windows, one toilet between 12.",
      "AC WW", "OA PLC", "L")
    T("intel: male known as 'Tata' runs van of workers from Peterborough to shellfish processor in Grimsby. workers are afraid to speak, he answers all questions. believed to take half their pay",
      "WW", "SFW FA ET NCW", "L")
    T("Fisherman (Ghanaian) on scallop boat out of Newlyn. States he was promised £1,200 a month; actually given £200 'pocket money'. Skipper hit him with a rope when he was slow hauling gear. Can't leave, his papers are with the agent.",
      "DEC WW PSV RD", "DT", "L")
    T("The 19 year old was found living in the pig unit on a farm near Driffield, sleeping on feed sacks. Learning difficulty. Farmer paying him in cigarettes and food. Adult social care involved.",
      "AV WW AC", "SW PLC", "L")
    T("Complaint to ACAS: employee at bakery in Bradford says manager asked him to work extra Saturday. He agreed and was paid overtime at time and a half. Query is about pension only.")
    T("daffodil pickers cornwall - seen 4am loaded into lorry back with no seats, about 30 of them. driver shouting",
      "AC", "CE", "L")
    T("Salvation Army referral: Lithuanian male, 34, worked at poultry catching crew across Lincs and Norfolk. Worked nights, 7 nights a week, catching up to 7,000 birds a shift. Gang leader kept his ID card and bank card. Lived with 11 others in a 2-bed flat. Told that if he went to police, his mother in Kaunas would be 'visited'. He managed to leave when the crew stopped at a service station on the A1 and he walked to a police station in Grantham. He has a scar on his forearm from a catching cage and chronic back pain. He does not know the surnames of the gang leaders but knows their first names and the house in Wisbech where he lived. He wants to help the police but is frightened for his mother. Safe house placement agreed; interview with Lincolnshire Police booked with a Lithuanian interpreter.",
      "EO RD WW AC IT", "LH DT NCW OA", "L")
    T("Farm manager called in to report that one of the seasonal workers has been missing for 2 days. Worker had his passport and phone. Later found at a friend's in Leeds, had left to take a different job. No concerns.")
    T("Sergeant's note: lorry stopped at Dover, Border Force found 6 men in a refrigerated trailer of lettuce. Hypothermic. Say they were promised jobs on farms in Lincolnshire by a man in Calais who took €2,000 each.",
      "DEC AC", "UF PA", "L", "high")
    T("Officer, I work at the packhouse. There is a girl there, maybe 16, she says she is 19. She comes with a man every day who holds her wage card. She never speaks on breaks and always has the same hoodie on.",
      "AV WW", "NCW ET PA FA", "L", "high")
    T("GLAA licence revoked for LP 'Eastern Harvest Recruitment' after inspection found workers charged £35 per week transport, £25 hi-vis and boots, and £40 'admin', leaving some with less than £100 a week.",
      "WW", "CT PPE NCW", "L")
    T("Worker at salmon processing plant in Shetland asked about accommodation. Lives in company flat with 1 flatmate, pays £60/wk rent under written agreement, well below market. Happy there.")
    T("He said if I leave the farm before the end of my contract I have to pay back the flight and visa, £2,800. I only earn £280 a week after rent. My passport I have, but I am afraid.",
      "DB", "UF FA", "L")
    T("Polish woman reports her husband works on a dairy farm in Cheshire, milking 3 times a day, 4am start, finish 9pm, has had 1 day off since March. Farmer pays him £1,000 a month cash. She says he is 'too tired to talk'.",
      "EO WW", "LH", "L")
    T("Intelligence suggests vessel crewmen on a Scottish prawn trawler are confined to the boat in port and not allowed ashore; the owner has told them immigration will arrest them if they step on the quay.",
      "RM IT", "RMS FA", "L")
    T("Report of a man begging outside Lidl in Boston who says he used to work on the fields and the gang took his passport. He now has to give all the money to a man who watches him from across the road.",
      "RD WW", "DT NCW", "C L")
    T("Fire at farm building in Suffolk, 2 workers treated for smoke inhalation. Both live in good-quality accommodation on site supplied by the farm, rent agreed in contract, own their docs. Fire service investigating electrical fault.")
    T("MASH referral: 15yo boy from Afghanistan (UASC) found working at a car wash and then at a chicken shop kitchen after school till 2am. Man he calls uncle takes his money.",
      "AV WW EO", "LH NCW", "L", "high")
    T("Daily log: two lads from the pea vining crew came to the station to report their team leader hadn't paid them for 3 weeks. Turned out the payroll company had a system fault; paid in full next day with apology. Closed.")
    T("Caller anxious, says sister (Moldovan) working in meat plant in Ballymena was told job would be in an office. She is in the cold room gutting 12 hours a day, has frostbite on her fingers, boss says she must stay until debt for the flight is paid.",
      "DEC EO AC DB", "LH PA", "L")
    T("Joint visit GLAA/HMRC to a leek grower near Ormskirk: seven workers found, all legally entitled to work, but none had payslips. Supervisor said wages 'go to the boss in Bolton who gives them what they need'. Each worker had the same answer about hours, word for word.",
      "WW", "NCW FA", "L")
    T("Received at front counter: Sudanese man, 22, says he escaped from a farm in Kent where he was kept in a barn, forced to pick for no money and beaten with a stick when he asked to go. Bruises visible on back.",
      "RM WW PSV AC", "RMS PA SW", "L")
    T("Lamb processing - bloke lost tip of finger in the bandsaw. He's Romanian, proper contract, union rep present, company paying full sick pay. Just logging for HSE.")
    T("PCSO note: spoke to two women in hi-vis at bus stop on A1101 at 0530, they said they're on their way to the daffodil fields, they take the public bus, happy with work, pay is piece rate but they make decent money.")
    T("INT 2/A/P. Organised group importing Bulgarian nationals to work in chicken processing via unlicensed LP. Workers recruited in Sliven with promises of £2,000/month. On arrival charged £500 'finding fee', accommodation at 6 per house, £80 pw each. Group controls bank accounts. Key nominals Ivan PETROV, Dimitar GEORGIEV.",
      "DEC WW DB", "UF OA NCW", "L")
    T("Client, 41, Indian national on Skilled Worker visa as a butcher. Says employer told him his visa depends on them so he cannot complain; he works 65 hours for 40 hours' pay and the boss keeps his BRP.",
      "AV WW EO RD", "LH DT", "L")
    T("my mate gets picked up from the big tesco car park at 4 every morning by a minibus with other foreign guys they dont come back till like 10 at night. is that slavery? he seems ok though and gets paid",
      "", "CE LH", "")
    T("Vet from APHA visiting a farm noted 3 workers living in a converted cow shed with no electricity, using a hose for water. Farmer said they are 'from an agency'. Workers avoided eye contact and went inside when approached.",
      "AC", "PLC FA", "L")
    T("Lobster fisherman, 62, single-handed boat from Whitby, suffered heart attack at sea, airlifted. No concerns.")
    T("Report from NGO outreach: Indonesian fishermen on a crab boat in Northern Ireland say they cannot change skipper because the visa is tied to the boat owner, who takes £300 a month 'for the agent' from each man. They sleep on the boat even in port, cabin for 6 has no heating. The men did not report violence and said the skipper is 'not bad'. They showed us their contracts, which say $600 a month paid in full; they have been receiving the £300 monthly deduction slip signed by the agent's UK representative. We have passed the details to the PSNI's modern slavery unit and the GLAA, and will visit again in 2 weeks. Both men have mobile phones and are in touch with their families; they asked us to keep their names out of any report to the owner.",
      "WW AC AV", "SW PLC", "L")
    T("Callers's friend says a man called 'Gabi' advertises jobs on Facebook for packing onions in Lincolnshire. Girls who turn up are put in a flat in Boston and told they must sell sex to pay the travel debt.",
      "DEC DB", "UF", "S L")
    T("Gangmaster was threatening workers with a knife in the field near Wisbech today, caller saw him wave it at a woman who fell behind. Caller is scared, wants anon.",
      "IT", "", "L", "high")
    T("No concerns re: Eastern European workers at Broadview Nurseries - GLAA licensed, workers have own cars and bank accounts, mix of long-term residents.")
    T("ppt check on worker at shellfish depuration plant Conwy: worker produced her own ppt and BRP. Said the previous employer in Cornwall had kept them for 6 months until she left, has reported it.",
      "RD", "DT", "L")
    T("He is deaf and cannot read well. The farmer in Powys has had him working the sheep for 20 years. Lives in a caravan with no toilet, gets £20 a week. Farmer collects his disability benefits.",
      "AV WW AC", "PLC NCW", "L")
    T("Community member concerned about a house in Coventry where lots of men leave in a van at 5am. Officers visited; address is lodging for a licensed food factory agency, 4 tenants, well kept, all have their own docs and contracts. Advice given.")
    T("Duty log 2315hrs: woman calling from a chicken farm in Herefordshire, says men have locked the gate and taken everyone's phones, they are shouting and there is a fight in the caravans now.",
      "RM ISO", "RMS IS", "L", "immediate")
    T("Narrative from interview (Vietnamese, via interpreter): 'They told me I would work in a nail shop but instead they drove me to a farm. I was shut in a room with plants, cannabis. Water them, don't go out. Man come every 3 days with food. I don't know what town.' He was 18 when arrested in the raid and was charged with cannabis production before his solicitor raised the section 45 defence. He was given an NRM referral from custody. He says the men told him that if he ran away the police would put him in prison for years and nobody would pay for his release. He still does not know where the farm was except that it was 'near the sea'.",
      "DEC RM ISO IT", "RMS IS SW FA", "C")
    T("Worker says: the supervisor keeps saying 'you stay, you pay' - he means we pay £200 if we quit early, otherwise he never gives back our documents. We are 9 from Ghana on cherry farm.",
      "RD DB IT", "DT", "L")
    T("HMRC NMW team: pea and bean packing site underpaying by using 'piece rate' with target set so high nobody makes minimum wage. 43 workers affected, arrears £68k.",
      "WW", "", "L")
    T("Son is 17, got a job at the local egg farm for the summer holiday. He works 8 till 4 with a lunch break and comes home every night. Just checking he's allowed to do that at 17.")
    T("Ticket 44192: tip-off that boats in Kilkeel employing African crew who are kept on board for months, unpaid, fed rice only, and the agent has told them their families will be hurt if they complain.",
      "RM WW AC IT", "RMS", "L")
    T("Asparagus workers in Worcestershire - farm owner says 11 hours a day 6 days a week is normal in the short season and they get overtime rates. Workers confirmed this, happy, will return next year.")
    T("Romanian teenage girl (16) found working at a fruit packing line in Peterborough under her sister's ID. Lives with an older man who collects her wages. Missing from care in Romania per Interpol.",
      "AV WW", "NCW", "L", "high")
    T("Abattoir whistle-blower: agency staff on the kill line aren't given proper knife gloves or aprons, told to buy their own off the supervisor for £60. Two have cut themselves badly this month.",
      "AC WW", "PPE", "L")
    T("INT 3/B/P: IP states he was moved between 4 farms in Kent and Sussex by gang, never told where he was, phone taken on day one, not allowed to call his wife. Only knew 'big field' and 'small village'.",
      "ISO", "IS", "L")
    T("On the fish farm in Argyll the boys live in a bunkhouse miles from anywhere. No phone signal, no transport, boss does the shopping and deducts it. One of them hasn't spoken to his family in 4 months.",
      "ISO WW", "IS", "L")
    T("Referral from Hope for Justice: Polish man exploited on a turkey farm in Norfolk for 3 years. Employer took his wages, gave him vodka to keep him drinking, hit him when drunk. He weighed 48kg when found.",
      "WW AV PSV", "PA NCW", "L")
    T("tractor driver found dead in field near Holbeach, looks like he fell from the cab. no sus circs at this time. coroner informed.")
    T("Partner agency: Thai women working on a herb farm in Bedfordshire told us the owner's wife keeps their passports 'so they don't lose them'. They say they can have them if they ask. Unclear if they have ever asked.",
      "RD", "DT", "L")
    T("Young Albanian lad says he was brought in a lorry and owes the men £15,000. They made him work at a farm then a cannabis grow. They told him they know where his family live in Kukës.",
      "DB IT AV", "", "C L", "high")
    T("Seasonal Worker visa holder (Tajik) rang in tears: the farm sends them home if they pick less than 12 kg an hour. She has already been warned twice, she borrowed for the flights and will be in debt for years if sent back.",
      "IT DB AV", "UF FA", "L")
    T("Outreach team Wisbech: 4 homeless Latvian men sleeping in a tent by the river. Say they worked for a gangmaster who stopped paying and threw them out of the house. Now being approached by another man offering work for food.",
      "WW AV", "", "L")
    T("Meat plant in Cumbria: an employee was injured when a carcass fell from the rail. Company notified HSE, employee on full pay, no other concerns noted.")
    T("Ring from a Filipino care worker's friend: she was meant to work in a care home but is in the owner's house doing all the cleaning and cooking 7am-midnight for £100 a month and isn't allowed out alone.",
      "DEC WW EO RM", "LH RMS", "D")
