def add(T):
    T("INT 2/B/P. Subject nom: DUMITRU, Ionut (DOB 12/03/1988). Source reports DUMITRU recruits workers in Botosani with promises of £12/hr in 'Amazon' warehouses in Northampton. On arrival they are placed at 3 houses in Kingsthorpe, charged £90 p/w for a mattress, and put through an umbrella company where DUMITRU holds the login. Workers who complain are taken to a 'meeting' at the back of the house and slapped. Source describes one worker with a black eye last week. Workers' passports kept in a safe in DUMITRU's car. Vehicle: black Mercedes Sprinter KP19 WZN, used for transport to Brackmills and Swan Valley, 0500 pickup. Workers pay £6 a day for transport.",
      "DEC WW PSV RD AC", "OA NCW PA DT CE CT", "L")
    T("Quick one: male at Lincoln Sainsbury's with 6 cards in the cash machine - staff called it in. Gone on arrival.",
      "", "MBC")
    T("Caller from Chatteris says her son (22, autism) has been 'befriended' by a group who now have his bank card and make him collect parcels for them. He's scared to say no.",
      "AV WW", "NCW FA", "C")
    T("Lincolnshire Police, Op note. Joint visit with GLAA to a daffodil farm near Kirton. 34 pickers interviewed, all supplied by licensed labour provider, own passports, payslips match hours, accommodation in static caravans inspected and meets standards. No indicators found. One worker asked about pension.")
    T("i work in the factory in corby making sandwiches. the man who brought me from Hungary took my id card and says i get it back when i pay 800 pound. he takes my pay every week, i get only small money for cigarette. i am in the house with 9 man.",
      "RD DB WW", "DT NCW OA UF", "L")
    T("Teen (13) reported by mum after being found in Peterborough with a bag of cannabis and a burner phone, says older boys 'look after him' and give him trainers. Mum worried he's being groomed.",
      "AV", "", "C", "high")
    T("Call handler log 0214: female caller whispering, says she is locked in a room above a shop on Lincoln Road Peterborough, man took her phone but she has another one, she doesn't know the address, there's a man downstairs. Line dropped.",
      "RM ISO", "RMS IS", "", "immediate")
    T("Officer attended a report of a man sleeping at his workplace, a farm in Holbeach. He's the farm manager, has a room in the farmhouse as part of his contract, not exploitation.")
    T("Case notes, Hope for Justice: client T. (Albanian, 24). Came on a lorry with the promise of 'good job in construction'. Owes £15,000 to the people who arranged it. Put to work at a cannabis grow in a house near Boston. The men came twice a week with food. Was told if he left the house his family in Albania would be hurt, and they showed him a video of his brother's house. He slept on the floor next to the lights, the heat was unbearable. He was found during a police raid and arrested initially before being referred.",
      "DEC DB IT AC RM ISO", "SW PLC FA UF RMS IS", "C")
    T("Neighbours on Abington Ave complain of an HMO with 'loads of people' - council HMO officer visited, licensed for 8, 7 tenants, all on tenancies, no issues.")
    T("Woman (Thai, 40s) in a 'massage' flat in Lincoln told officers she came to the UK on her own, rents the flat herself, keeps her own money and is not controlled. Safeguarding leaflet given. No concerns at this time.")
    T("woman at the nail bar on wood street never goes home they sleep in the back room I've seen the mattresses through the door and the boss man always does the talking when you ask them anything",
      "AC", "SW SFW", "L")
    T("Peterborough DWP fraud team: 11 UC claims linked to one address in Millfield, all paid to 3 bank accounts. The claimants are believed to be Slovak nationals working at a meat plant; their claims are being made by a 'helper' who keeps the money.",
      "WW", "NCW OA", "C L")
    T("MSHelpline report: caller is a lorry driver who saw a young woman at a truck stop on the A1 near Grantham getting out of a cab, crying, with a man who then took her to another lorry. Looked about 15.",
      "AV", "ET", "S", "high")
    T("Report of a man being kept as a 'slave' on a travellers' site near Wisbech. Attended. Man is the site owner's brother, has his own caravan, pension and bank card, says he's there by choice. No concerns found.")
    T("Referral, Northamptonshire Children's Services. Sibling group of 3 (8, 11, 14) living with family friends in Northampton after coming from Ghana. Eldest girl does all the cooking and cleaning for 7 people, isn't enrolled in school, is 'not allowed' to have friends. School found her at the gates looking for her brother, thin and in the same clothes.",
      "AV ISO", "IS PA", "D", "high")
    T("Call: my friend works at a shop in Grantham, she's paid in cash £200 a week for 50 hours. She's fine with it, its family. I just wanted to check if that's legal.",
      "", "", "")
    T("They put a charge on us for everything - gloves £5, knife £20, the hairnet £2 - even the jacket for the cold store. End of the week nothing left.",
      "WW", "PPE", "L")
    T("Debrief via interpreter (Tigrinya): 'In Libya they told me I must give a kidney or they kill me. I did not agree but they put me to sleep. Now I am in Peterborough and I have pain. The man who brought me here said I still owe money.' Scar to left flank seen.",
      "PSV IT DB", "PA", "O")
    T("Staff at a Boston hotel raised concerns about a room booked by a man who had 4 different women visiting, each staying a few hours. Police checked: a man and his sisters, a family party. No concern.")
    T("Care worker agency, Lincoln. Romanian staff recruited under sponsorship visas said they paid £7,000 in 'fees' to an agent and are now told they must repay £4,000 more if they leave before 3 years. They work 70-80 hours a week and say they are afraid to complain because their visa depends on the sponsor.",
      "DB EO AV", "UF LH FA", "L")
    T("Vulnerable adult, 61, Spalding. Sister-in-law moved in, 'helps' with his money, he now has no access to his account and does all her washing and cleaning. Financial abuse referral.",
      "AV WW", "NCW", "")
    T("Intel: county line 'Snowy' operating between Luton and Wellingborough using local 15yo as runner. Runner found with injuries consistent with being stabbed in the buttock - a known punishment.",
      "AV PSV", "PA", "C", "high")
    T("Romanian couple at Kettering: she was told by her husband to work at a nail bar owned by his friend, wages paid to him. She says she's OK with it, it's their money.",
      "WW", "NCW", "")
    T("Call handler: anonymous caller says a Vietnamese lad is working at a nail shop in Corby and the owners won't let him go out, he sleeps there, he looks about 15.",
      "RM AV", "RMS SW", "L", "high")
    T("PC HARRIS 1234: visited farm at Gedney Drove End re report of 'slave labour'. Workers from Bulgaria, housed in caravans. Said they'd been promised £11/hr but get paid piece rate, often £40/day for 11 hrs. Manager said they can leave any time. Workers gave vague answers and looked to the manager before answering.",
      "DEC WW EO", "LH FA SFW", "L")
    T("Report of cannabis smell from a house in Deeping St James. Warrant executed, 200 plants, two British males arrested, both owners of the operation.")
    T("A woman comes into the shop every day with a different man, she never speaks, he pays, she looks scared and thin and has bruises",
      "", "PA FA SFW", "")
    T("Referral from Barnardo's: female aged 15, Lincoln, being moved by a group of men between addresses in Lincoln and Nottingham for sex, given vodka and cannabis before. One of the men filmed her.",
      "AV PSV", "", "S", "high")
    T("Pc note: workers at the Peterborough hand car wash said they get paid £60 a day, cash, work 9-5, go home to their own flats. Owner showed right to work docs. Compliant.")
    T("INT 2/B/P. Suspect GHEORGHE has taken the Romanian ID cards of 6 males working at a sawmill near Louth and tells them he'll burn them if they leave.",
      "RD IT", "DT", "L")
    T("Concerned citizen: van parked overnight at the retail park in Northampton with people sleeping inside, came back 3 nights. Turned out to be a group of festival-goers. All fine.")
    T("Female, 35, from Lithuania, told police in Boston that her 'partner' makes her give him all her wages from the packhouse and says if she leaves he'll tell the landlord and she'll be on the street. She says she has nowhere else to go and doesn't speak English.",
      "WW IT AV", "NCW", "L")
    T("Statement (extract): 'I was in the house 8 months and I only went out to go to the factory. They lock the door at night. There is no handle on the inside of the window.'",
      "RM", "RMS", "L")
    T("Phone call 1932: man at Boston says his boss punched him in the face because he was slow on the line, blood on his lip, still at the factory now, wants to go but they've taken his phone.",
      "PSV ISO", "PA IS", "L", "immediate")
    T("Report from the Northamptonshire Rape Crisis: 22yo woman says her 'boyfriend' made her sleep with his friends to pay off his drug debt, took her phone so she can't contact her family, keeps her in his flat.",
      "PSV ISO RM DB", "IS RMS", "S")
    T("Welfare check on man at a tent in Wisbech park - he's homeless, refused hostel, no one controlling him, offered outreach.")
    T("Pupil referral unit Corby: 14yo boy has £300 and 2 phones, missing from school, refuses to say where he gets money. Possible CCE.",
      "AV", "", "C", "high")
    T("Domestic worker, Cambridge, Indian national on overseas domestic worker visa. Employer holds her passport, she works from 6am to midnight 7 days, sleeps on the kitchen floor. Paid £100 a month to her family in India, not to her.",
      "RD EO AC WW", "DT LH SW NCW", "D")
    T("Car seen in Lincoln - AY16 BFN - driver went to 5 different addresses dropping off women with suitcases late at night.",
      "", "ET", "S")
    T("Wisbech Town Council report: numerous people sleeping in cars outside a packhouse waiting for early morning work. Police attended: they are day labourers who have their own homes elsewhere and chose to come early. No exploitation.")
    T("'I am not locked in. I can go out. But where I go? I have no money, no English, the man says police will put me in jail.'",
      "AV IT", "FA", "")
    T("Shoplifting gang in Peterborough, three Romanian women stealing perfume, driven to shops by a man who keeps the goods. Women say they're paid nothing, told they owe for the flight.",
      "WW DB", "ET", "C")
    T("Farmhouse near Spalding, woman from Philippines works as a nanny and housekeeper, has her own room, works 40 hours, paid into her own account. Employers asked police for advice on a visa renewal. No concerns.")
    T("He said 'work or they hurt my mum', he's 17",
      "IT AV", "", "", "high")
    T("Information from Border Force at Stansted: 3 Romanian females travelling to 'work in a hotel in Peterborough', tickets bought by a man who met them at arrivals, they did not know the hotel's name or their pay.",
      "DEC", "ET", "")
    T("Staff at a Northampton hostel report a resident (Polish, 50s) is being picked up by a man every morning at 4am and dropped back at 10pm, comes back with cuts to his hands, says he gets £20 a day 'for the drink'.",
      "AV WW EO", "CE PA LH", "L")
    T("Referral (NRM, adult, Northants): male, 29, Albanian. Came to the UK by small boat in 2022. Put to work in a car wash in Northampton. Owner said he owed £8,000 for the crossing. Worked 8am to 8pm, 7 days, £200 a month. Slept in a flat above with 6 others. Owner took his phone at night so he couldn't talk to family. Was hit when a customer complained. Says he was told if he spoke to the police he would be sent to Rwanda.",
      "DB EO WW ISO PSV IT", "LH OA FA IS", "L")
    T("Report from a school in Boston: pupil (12) falling asleep, says he helps his dad in the fields before school in the summer. Dad says it's a family farm, only weekends. Early help offered. No exploitation.")
    T("Man at the Peterborough mosque told the imam he was brought here by a relative who promised him a job at a restaurant but now he works for nothing and sleeps on the floor of the restaurant. He hasn't seen his papers since he arrived.",
      "DEC WW RD", "SW DT", "L")
    T("Cambs Police: stop at a car wash in Huntingdon, a worker said 'I don't have a passport, the boss has it, it's fine'. Boss says it's for safe keeping. Advice given, further visit planned.",
      "RD", "DT", "L")
    T("Call handler: caller thinks her neighbour's au pair is being kept against her will in Stamford as she's 'never seen her out'. Officers spoke to au pair alone - she goes to college twice a week and has her own phone and passport. Unfounded.")
    T("Found a young guy crying in the car park behind the Chinese restaurant in Grantham, he said the chef hits him and he works from the morning till after midnight, he showed me a burn on his arm",
      "PSV EO", "PA LH", "L")
    T("Lincolnshire social services: elderly couple in Skegness have a 'lodger' who does their shopping and cooking in exchange for a room. Lodger is happy, has his own job. No issue.")
    T("I am from Poland, I came here in 2019 and I work on the mushroom farm near Wisbech. At first everything OK. Then the boss changed and now we work 14 hours, no break, and he shout and throw things at us. He say if we go to the union he will find us.",
      "EO AC IT", "LH", "L")
    T("Boy aged 16 arrested in Lincoln county lines raid, from Luton, says 'if I say anything they'll do my family', refused to give an account.",
      "AV IT", "FA", "C", "high")
    T("Cleaner, Northampton: reported her employer for not paying her last two weeks' wages after she quit. Civil dispute, advised ACAS.",
      "", "", "")
    T("Female, 40s, Peterborough, had her car seized. Denied any threats or coercion, says she works for herself as a driver. NFA.")
    T("Caller: My daughter (16) has been sending me strange messages saying she's 'working' in Birmingham and can't come home until she's paid them back. Her phone is now off. She left with a man called Deano this afternoon.",
      "AV DB", "", "", "immediate")
