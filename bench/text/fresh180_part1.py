# fresh180 part 1: farms, shellfish beds, ports (Holyhead, Pembroke Dock, Fishguard)
def add(T):
    T("INT 2/B/P. Source states approx 12 Romanian males working on a potato farm nr Kidwelly, SA17. "
      "Picked up 0500hrs by white Transit CU19 XKD and dropped back after 2100. Workers pay the driver "
      "£10 a day for the lift. Farmer POWELL believed unaware.",
      "EO", "CE CT LH", "L")
    T("Caller from Llansteffan states there are men digging cockles on the estuary in the dark with the "
      "tide coming in, no lifejackets, no lights. A man on the bank shouting at them to keep going. "
      "Caller fears someone will drown tonight.",
      "AC", "", "L", "immediate")
    T("cockle pickers again at penclawdd, loads of them, same van every day, they look half starved "
      "and soaking wet, one lad had no shoes on",
      "AC", "PA CE", "L")
    T("Dyfed-Powys Police. Licensed gangmaster inspection at a daffodil farm outside Haverfordwest. "
      "All 34 pickers had contracts in their own language, payslips matching hours, own bank accounts, "
      "and rented privately in town. No concerns identified, GLAA satisfied.",
      "", "", "")
    T("Referral (Salvation Army, Cardiff). Client M, 41, Lithuanian. Recruited in Kaunas by a woman on "
      "Facebook offering £11/hr on a dairy farm. On arrival near Carmarthen his passport was taken 'for "
      "registration' and never returned. He milked twice a day, 4am and 4pm, seven days a week, and "
      "slept in a caravan in the yard with no heating. Was told he owed £1,200 for the flight and the "
      "van. Has never been paid in cash, only 'food money' of £20 a week.",
      "DEC RD EO WW DB AC", "DT LH PLC UF", "L")
    T("Holyhead port, Border Force referral. Lorry off the Dublin ferry, four Vietnamese males found in "
      "the trailer behind pallets of frozen chips. Very cold, one hypothermic. They had paid 'the boss' "
      "$15,000 each and say they must work in England to pay it back. All stated they were scared of "
      "police and would not give addresses.",
      "DB AC", "UF FA PA", "L", "high")
    T("Lamb sorting at Welshpool mart, man in his 60s complaining to staff that a younger farmhand he "
      "employs is 'bone idle'. Farmhand spoke to a PCSO independently, lives with his mum in Guilsfield "
      "and is paid weekly. Words of advice, nothing further.",
      "", "", "")
    T("POI: Rhodri JENKINS, 52, farm contractor, Tregaron. Believed to house 6-8 men in a disused "
      "chicken shed on his land. Men not seen in village. Grading 3/C/P.",
      "AC", "OA PLC IS", "L")
    T("I come to Wales for strawberry picking on seasonal visa. Agent in Kyrgyzstan take 3,500 dollar "
      "from me. Farm say we pay for caravan 90 pound each week, for bus to field, and for the gloves. "
      "Some week I get only 40 pound after all this. I cannot go home because I must pay my family "
      "loan back.",
      "WW DB", "UF CT PPE OA", "L")
    T("Fishguard. Irish-registered car stopped on arrival from Rosslare. Driver gave account for 3 "
      "females in rear, all stated to be 'cousins' going to work in a care home in Swansea. Driver "
      "answered every question put to them. Two of the women appeared frightened and would not make eye "
      "contact. Details passed to MSHT team.",
      "", "SFW FA", "L")
    T("Welsh Government rural affairs reports a farm worker at a poultry unit in Powys injured by a "
      "faulty conveyor. HSE attending. He is a permanent employee of 11 years, lives in tied cottage "
      "with his wife. Safety breach only, no exploitation concerns.",
      "", "", "")
    T("Mussel boat out of Bangor. Deckhand says skipper keeps him out 18 hours straight, no sleep, and "
      "when he asked about his share the skipper said 'you get paid when I say'. He has had nothing "
      "since June. Ghanaian national, skipper holds his seaman's book and passport on board.",
      "EO WW RD", "LH DT", "L")
    T("Call handler log 14:22. Female caller, 'there's a bloke in the field behind Ffordd Glyndwr, Ruthin, "
      "he's sleeping in the lambing shed, been there weeks, I think he works for the farm next door, "
      "he's got nothing, just a carrier bag'. Requests welfare check.",
      "AC", "SW FPE", "L")
    T("Welfare check Ruthin. Male located, Polish, 58. States he is paid £300 wk cash, sleeps in the shed "
      "by his own choice as he 'likes the quiet' and has a room booked at the farmhouse he doesn't use. "
      "Farmer produced payroll. No offences, no indicators, referral to housing offered and declined.",
      "", "", "")
    T("Pembroke Dock. Crew of a scallop dredger berthed. Two Filipino crew members state they have "
      "been on board eleven months, not allowed ashore in any port, contract said 6 months. Wages "
      "'sent home' but family say nothing received. Captain keeps all documents in the safe.",
      "RM DEC WW RD", "RMS NCW DT", "L")
    T("INT 3/B/P. Subject known as 'Vasile' controls gang of workers on leek farm nr Holywell. "
      "Collects their wages from the farm office every Friday and hands out £50 to each. Workers "
      "believed to owe him for travel from Romania.",
      "WW DB", "NCW UF", "L")
    T("Shellfish inspector, Burry Inlet. Permit holders checked: 22. All permits valid, all gatherers local "
      "or known regulars from Llanelli and Gower. Tide times observed. Nothing to report.",
      "", "", "")
    T("Member of public: 'Me and my husband were walking on Cefn Sidan and saw about 15 men raking in "
      "the sand, they were picked up by two minibuses, one driver took a wad of notes off each of them "
      "before they got in. One man had a bad cut on his face and kept his head down.'",
      "", "CE CT PA", "L")
    T("Case notes, day 3. Survivor (D, Romanian, 23) describes the farm at Llangadog. Boss 'Marius' hit "
      "him with a spade handle when he was slow. Told them if anybody ran, he would find their mothers in "
      "Bacau. They were locked in the caravan at night with a padlock on the outside. No phone allowed, "
      "Marius keeps all phones in a biscuit tin.",
      "PSV IT RM ISO", "RMS IS PA", "L")
    T("North Wales Police control. 999 from a male with limited English, repeating 'farm, farm, help, "
      "they lock'. Cell site near Cerrigydrudion. Call dropped. Traced to a farmhouse off the A5. "
      "Units despatched, grade 1.",
      "RM", "RMS", "L", "immediate")
    T("Anglesey. Son helping on the family farm during lambing, working 16 hour days. Neighbour "
      "concerned about his welfare. He is 19 and a partner in the business. Happy, no concerns.",
      "", "", "")
    T("GLAA. Labour provider 'Celtic Harvest Staffing Ltd' (unlicensed) supplying workers to a vegetable "
      "packhouse in Pembrokeshire. Workers report deductions of £45 p/w for 'admin', £25 for the "
      "minibus and £60 for hi-vis, boots and a knife. Net pay about £3 an hour.",
      "WW", "CT PPE", "L")
    T("Dad of a worker rang in from Bulgaria via interpreter. His son works on a chicken farm 'near "
      "Wrexham' and rang him crying saying he hasn't eaten in two days and the boss won't give food "
      "until the sheds are done. He doesn't know the address.",
      "AC ISO", "IS", "L")
    T("Holyhead. Lone Albanian male, 17, found by Border Force on the Stena ferry from Dublin. Says a man "
      "paid for his ticket and he is to 'work in a garden' in Birmingham to pay it back. Does not know the "
      "man's name. Referred to Ynys Mon children's services.",
      "AV DB", "UF FA", "L C", "high")
    T("Statement (translated from Tigrinya). 'They told me in Libya there is good work in Britain, farm "
      "work, with house. But when I arrive in Wales they put me in a room with nine other men on "
      "mattresses on the floor, and the farm man pays the Eritrean boss not us.'",
      "DEC WW AC", "OA PLC NCW ET", "L")
    T("Sheep shearing gang from New Zealand staying in the farmhouse at Llanidloes for the season, long "
      "days, own contracts, paid per sheep direct into their accounts. Report from a neighbour turned out "
      "to be unfounded.",
      "", "", "")
    T("INT 2/A/P: Lorry driver at Pembroke Dock states he was paid £2k by a man in Cork to bring a "
      "'package' across. On inspection, two young women in the sleeper cab. Women said they were coming "
      "to work in a 'massage shop' in Newport and owed £4,000 each for the trip. Both very scared.",
      "DB", "UF FA", "S", "high")
    T("Potato grader worker told the union rep he works 6am to 10pm and when he asked for a day off the "
      "supervisor said 'no work, no bed'. He lives in the static caravans behind the unit along with "
      "30 others.",
      "EO IT", "LH OA", "L")
    T("Anonymous online report: Caravan site off the A487 near Aberaeron, a chap has 4 foreign lads "
      "living in one small tourer, no toilet, they use a bucket, they work on his farm, he drives them "
      "everywhere in his Land Rover and they never come to the shop on their own.",
      "AC RM", "OA PLC ET RMS", "L")
    T("Shellfish: Traeth Lafan. Officers attended, 8 persons gathering without permits. Words of advice, "
      "all local and with own transport. Fisheries officer to follow up.",
      "", "", "")
    T("Victim account: 'He said I owe him for the van, the caravan, the food, and every week the number "
      "got bigger. I worked 3 months and the debt was more than when I came. £600 became £2,000.'",
      "DB", "", "L")
    T("Referral from Hywel Dda UHB, Withybush A&E. Male presented with crushed hand from farm machinery. "
      "Brought in by 'employer' who would not leave the cubicle and answered for him. Patient appeared "
      "underweight, wearing wellies with no socks and clothes stiff with dirt. When employer left to move "
      "car patient said 'no money, no passport, please'.",
      "RD WW AC", "SFW PA DT NCW FA", "L")
    T("Milking parlour, Llandeilo area. Workers on 12 hr shifts, overtime voluntary and paid at time and "
      "a half, staff housing in cottages with 2 to a cottage. Audited by Red Tractor last month. No issues.",
      "", "", "")
    T("Holyhead: Lorry stop, driver nervous. Nothing found in trailer. Driver states he was once asked "
      "to carry people and refused. No intel to suggest current offence.",
      "", "", "")
    T("Veterinary surgeon from Machynlleth reports visiting a beef farm where two young men from Sudan "
      "were working. They asked her in broken English if she could phone for them as 'the boss took "
      "phone'. They didn't know which town they were in.",
      "ISO", "IS", "L")
    T("INT 4/C/P. Unconfirmed: unknown Eastern European gangmaster 'Bogdan' supplying cockle pickers on "
      "the Dee Estuary at Flint. Said to charge the workers for their rakes, buckets and waders.",
      "", "PPE", "L")
    T("Daffodil picking, St Davids peninsula. Worker fell ill with heat exhaustion. Agency confirms he "
      "was on 8 hour shift with breaks and water. Independent worker from Latvia, own car. Ambulance "
      "attended, no concerns.",
      "", "", "")
    T("Farm hand (30s, learning disability) living in an outbuilding at a farm near Builth Wells for "
      "about 15 years. Neighbour says he's never been paid, gets his meals from the farmer's wife, "
      "works dawn to dark and has never been seen in Builth. His benefits go into the farmer's account.",
      "AV WW EO ISO AC", "SW NCW LH IS", "L")
    T("Fishguard Harbour, 0610. Van off the Rosslare boat, six men in the back on sacks, no seats. "
      "Driver says they are going to a fish processing plant in Milford Haven. Workers all hold their own "
      "passports and tell officers they are paid properly. Nothing further.",
      "", "", "")
    T("I found out the sheds we sleep in is the old pig shed. Water come through roof. Twelve of us. "
      "Gangmaster take £80 a week each for 'rent'.",
      "AC WW", "OA PLC", "L")
    T("Gwent Police. Turf cutting crew working in fields near Usk. Member of public says they start at "
      "4am and he's seen the foreman slapping one of them across the head.",
      "PSV EO", "LH", "L")
    T("Case note: Client (F, 34, Moldovan) worked on a mushroom farm in Flintshire. She says she was told "
      "if she went to police they would tell immigration she was illegal and she would be deported. "
      "She was actually on a valid visa but didn't know that.",
      "IT AV", "FA", "L")
    T("Llŷn Peninsula. Farmer's wife ringing regarding a Ukrainian couple they host under Homes for "
      "Ukraine. The couple help with the hens a couple of hours a week in exchange for eggs, by choice. "
      "A neighbour called it 'slavery' on Facebook. Explained, no further action.",
      "", "", "")
    T("Fishing vessel at Milford Haven: one Indian crew member, 24, reports being punched by the "
      "bosun, being made to work 20-hour shifts gutting fish, and not paid for 7 months. Sleeps in a "
      "hold with 5 others. Crew agent in Chennai charged him $2,000 for the job.",
      "PSV EO WW AC", "LH PA OA UF", "L")
    T("Farm near Llanybydder. Workers' passports kept in the farmer's office 'for safe keeping'. "
      "Workers can ask for them back, but one man who did was told he'd lose his job.",
      "RD IT", "DT", "L")
    T("Cockling gangmaster arrested at Llanelli. Workers tell interviewing officers they were watched "
      "at all times on the sands by two men in a 4x4 and taken back to the house on Station Road together, "
      "never allowed to go to the shop without one of the men.",
      "RM", "RMS ET", "L")
    T("Caller states their elderly father's farm in Denbighshire has a 'lodger' who does all the farm "
      "work and has done for 20 years. Caller wants to know if it's legal. Lodger is her dad's best "
      "friend, paid minimum wage, has his own car and goes to the pub every Friday. Advice only.",
      "", "", "")
    T("Scallop processor, Holyhead. Factory workers complain on a Facebook group that their shifts are "
      "12 hrs a day 6 days a week; some say they're happy with the overtime. Agency say it is voluntary. "
      "No evidence of forced labour.",
      "", "", "")
    T("Sheep farmer from Bala rang in after finding a man hiding in his barn. Man said he ran away from a "
      "farm in Shropshire because they beat him and took his money. He had bruises to his back.",
      "PSV WW", "PA", "L")
    T("mae dyn yn cysgu yn y sied wair, my nain says he works for the farm down the lane, no money, no coat, "
      "he asked her for food yesterday",
      "WW AC", "SW FPE", "L")
    T("Port of Holyhead. Unaccompanied female, 15, on foot passenger list with an adult male not related. "
      "Male said she was his niece going to school in Liverpool. She had no documents; he held a "
      "passport in her name in his jacket. She cried when separated from him.",
      "AV RD", "DT SFW", "", "high")
    T("Border Force intel: Poultry catchers working across Powys and Shropshire moved in a van at night, "
      "'paid' £30 a shift after gangmaster takes his cut. Sleeping in a house in Newtown with 14 men.",
      "WW", "CE OA NCW", "L")
    T("Witness: 'The Romanian lads on the farm told me they get paid less than half what they was "
      "promised in the advert, they were promised £12 an hour and they get about £4.'",
      "DEC WW", "", "L")
    T("Saltmarsh lamb farm near Llanmadoc. Volunteer WWOOFer from Germany working 4 hours a day in return "
      "for food and a room, here for a month on holiday. No concerns.",
      "", "", "")
    T("Intelligence: Nominal Dai PRITCHARD, Carmarthen, is using workers from a hostel in Swansea on his "
      "farm. He tells them that if they leave he will report them to the Job Centre for fraud. "
      "They do not get paid, 'their benefits are enough' he says.",
      "AV IT WW", "", "L")
    T("Mussel farm, Menai Strait. Boat workers from Portugal. One states he was not allowed off the "
      "barge for three weeks; food brought to them. Another says he was free to go ashore but chose not to.",
      "RM", "RMS", "L")
    T("GLAA compliance visit, salad packhouse Wrexham. Agency had retained workers' ID 'for right to "
      "work checks' for over a month. Returned on request. Warning letter issued.",
      "RD", "DT", "L")
    T("Bootlegged daffodil picking crews near Hook, Pembs. Pickers dropped at field gate at 0530 by a "
      "Sprinter, collected 2030. One picker said they eat in the field and have no toilet.",
      "AC EO", "CE LH", "L")
    T("Hi, my cousin is working on a farm in wales near a place called Llan something, he said they took his "
      "phone and only give it back on sundays for 10 min with the boss listening, please help he doesn't "
      "know the address",
      "ISO", "IS", "L")
    T("Stena Line staff at Holyhead observed a male speaking for a group of 5 young women at the foot "
      "passenger desk, holding all their tickets and passports. The women did not speak. Details taken, "
      "PNC checks negative. Passed to MSHT for awareness.",
      "RD", "SFW DT", "", "medium")
    T("Pig farm in Monmouthshire. Workers of various nationalities. Interviewed by GLAA: contracts in "
      "order, workers say the work is hard but fair, some do overtime by choice. Closed.",
      "", "", "")
    T("INT 2/B/P. Male 'ALIN' boasts in Llanelli pub that he 'owns' the boys on the cockle beds; says "
      "they owe him for their boat and he takes everything they earn till it's paid, and it never is.",
      "DB WW", "NCW", "L")
    T("Victim in safe house (Dyfed-Powys) states: 'We work every day, even Christmas. Start 5 and finish "
      "when the sheds are clean. If someone is sick the boss says he is lazy and takes £50.'",
      "EO WW", "LH", "L")
    T("Fishermen's mission, Milford Haven. Senegalese deckhand came in asking for help getting home. "
      "Says the skipper told him he'd be jailed if he left the boat because his visa was 'linked to the "
      "boat'. Deckhand has his passport.",
      "IT AV", "FA", "L")
    T("Vegetable farm, Vale of Glamorgan. Complaint from worker that the toilets were dirty and the "
      "canteen microwave broken. Farm rectified within a week. Not a modern slavery matter.",
      "", "", "")
    T("Call log 02:10. Male found walking on A40 near Llandovery in shorts, barefoot, very cold. Says "
      "he has escaped from a farm where he was kept in a container and made to work for nothing. "
      "Foreign national, poor English, bruising to arms.",
      "RM WW PSV AC", "PA", "L", "high")
    T("Ferry terminal Pembroke Dock: woman in a camper van with 3 children, stopped and checked. Family "
      "holidaying from Wexford. All documents correct. Nothing of note.",
      "", "", "")
    T("Shellfish: there's Chinese men on the Dee at low tide again with a white man who drives the quad. "
      "He keeps their bags in the quad so they can't leave the sand till he says.",
      "RM", "RMS", "L")
    T("Farm labour referral (Welsh Refugee Council). Afghan man, 20, working on farm in Powys for 'cash "
      "in hand' after being refused asylum; farmer knows his status and pays him £2 an hour and says "
      "'where else will you go'.",
      "AV WW", "", "L")
    T("Update: the two workers from the Llangadog farm now in MSVCC support. One has lost his ID card, "
      "which he says the boss burned in the stove in front of them.",
      "RD IT", "DT", "L")
    T("Holyhead. Car with three men stopped outbound. Driver states they're going home to Ireland after "
      "fruit picking season in Herefordshire. Payslips shown, all happy. Good humoured.",
      "", "", "")
    T("Pembrokeshire County Council EHO: inspected a HMO in Milford Haven, 11 men in a 3-bed house, "
      "mattresses in the kitchen, landlord is director of the fish processing agency that employs them "
      "and deducts rent from wages.",
      "AC WW", "OA PLC", "L")
    T("Farmer near Lampeter asked if it was OK to let his seasonal worker live in a caravan; caravan "
      "has heating, shower and the worker has his own key. Told to check planning only.",
      "", "", "")
    T("Anon: egg packing place Corwen, they work them into the ground, the Polish girls start at 6 and "
      "are there at 10 at night, and the boss screams at them he'll have them sent home",
      "EO IT", "LH", "L")
    T("Seasonal worker scheme sponsor alerted by a Nepalese worker on a fruit farm in Monmouthshire. "
      "She paid a broker in Kathmandu £4,000 for the job and then found there was only 2 weeks work. "
      "Now stuck with the loan. Farm has not done anything wrong.",
      "DEC DB", "UF", "L")
