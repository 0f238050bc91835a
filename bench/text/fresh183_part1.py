# fresh183 part 1: CAD / 999 / 101 logs and call handler summaries
def add(T):
    T("CAD 4471 30/10. Noise complaint flat 6 Ashgrove Ct E10. Music and shouting. Units attended, occupants advised, music turned down. NFA.")
    T("Caller states there are about 12 men living in the house next door 41 Melbourne Rd E17, they go out in a white transit at 5am and come back after 10pm every night, they look tired and thin, caller never seen them out any other time. Caller thinks the man who drives the van takes there money.",
      "EO WW", "OA CE PA LH NCW", "L")
    T("999 call 23:41. Female caller whispering, states she is locked in a room above the nail bar on Green Street E7 and the man has her passport. Says she cannot leave and he hits her. Line dropped. Call back unanswered. Units assigned grade 1.",
      "RM RD PSV", "RMS DT", "L", "immediate")
    T("101 report - caller's bike stolen from outside Walthamstow Central between 0800 and 1730. Lock cut. No CCTV known. Crime ref issued.")
    T("CAD 1183. Welfare check req by sister re male 34 not answering phone for 3 days. Officers attended, male found safe and well, phone broken. Sister informed.")
    T("Caller from the car wash at the old petrol station on Lea Bridge Rd. says the workers there sleep in the shipping container at the back, no toilet, they wash with the hose. They work 8 till 8 seven days. boss shouts at them. caller used to work there and was paid £20 a day.",
      "AC EO WW", "SW PLC LH", "L")
    T("CAD 0922 12/11. RTC Forest Rd jct Hoe St. Two vehicles, minor damage, no injuries. Details exchanged. Road cleared 0955.")
    T("Anon caller: 'theres girls being brought to flat 14 Orchid House by diffrent men all night every night, young looking, one of them had a black eye last week, the man who brings them takes the money off the punters at the door'. Caller would not leave details.",
      "PSV WW", "PA NCW", "S")
    T("999 - Male caller states his employer has taken his passport and is refusing to give it back until he pays £2000 he 'owes' for his flight. Caller at a phone box in Ilford, says he ran away this morning. Speaks limited English, Romanian interpreter via Language Line. Units to attend.",
      "RD DB", "DT UF", "L")
    T("CAD 2290. Domestic verbal argument between partners at 19 Carnarvon Rd E15. No injuries, no offences disclosed. DASH completed - standard. Both parties advised.")
    T("Caller reporting shoplifting at Tesco Stratford, two youths took alcohol and ran towards Westfield. Security guard has CCTV. Crime report created.")
    T("CAD 3390 - concern for welfare. Neighbour reports an elderly woman at no 8 shouting at her carer, carer says she has dementia and gets confused in the evenings. Officers attended, carer from agency with ID and rota, all in order. No concerns.")
    T("Call handler note: caller is a delivery driver, says at the house he delivered to (3 Beechwood Ave, N17) a young girl maybe 14 answered the door, said she cleans for the family and doesnt go to school, she looked scared and an older woman pulled her away and shut the door. Caller upset.",
      "AV", "FA", "D", "high")
    T("999 call: female states her boyfriend has threatened to send her back to Albania and tell immigration about her if she stops working 'at the flats'. She says he takes all the money. She is at McDonalds Mile End now, he does not know where she is. Requests police.",
      "IT WW AV", "FA NCW", "S")
    T("CAD 5521. Report of a large fight outside the Crown pub Leyton High Rd. 6-8 males. Dispersed on police arrival. One male arrested for s4 POA.")
    T("101 web form: 'I work in the warehouse at Dagenham, the agency charged us £150 for boots and hi vis and they take £60 a week for the bus to site which is always late. When we asked the manager he said if we dont like it there are plenty others want the job.'",
      "WW", "PPE CT", "L")
    T("Caller states his neighbour at 22B has 'loads of people' living there - thinks about 8. On enquiry they are students from the university, separate rooms, landlord licensed HMO. Caller advised to contact council if concerned about the licence. No police action.")
    T("CAD 0133 02/11 - Grade 1. Taxi driver reports passenger (female, early 20s, Vietnamese?) asked him in broken English 'help, they keep me, no go out', then male in rear grabbed her arm and got out with her at Cann Hall Rd. Driver drove off and called. Units searching area.",
      "RM", "RMS", "", "immediate")
    T("Caller reports cannabis smell from 71 Vicarage Lane, windows covered with foil for months, electricity meter man was refused entry. Caller has seen a young Asian lad at the window who never leaves, food dropped off by a man in a silver Audi twice a week.",
      "RM ISO", "RMS IS", "C")
    T("Burglary dwelling 5 Chesterfield Gdns. Rear window forced, jewellery and laptop taken. SOCO requested.")
    T("999 - Child (approx 15) calling from a train station, says 'the olders' sent him up from London to Margate to sell and he's been there 4 days, they took his phone and gave him another one, they say if he comes back without the money they will hurt his mum. He wants to go home. Transport Police informed.",
      "AV ISO IT DB", "IS", "C", "immediate")
    T("CAD 7112. Report of man begging outside Sainsburys Ilford every day, caller thinks he is dropped off by a van in the morning with 3 others and collected at night and they all have the same crutches. Caller concerned they are being made to beg.",
      "", "CE", "C")
    T("Caller (landlord) reports his tenant has not paid rent for 3 months. Civil matter, advised.")
    T("CAD 2201 Concern for welfare. Caller states a man came into the shop with 6 bank cards and was taking cash out of each one at the ATM, with a group of workers waiting in a van outside. When asked, he said he is 'helping' them because they don't speak English.",
      "WW", "MBC NCW SFW", "L")
    T("Call handler summary: caller is a nurse at Homerton, says she works 3 x 13hr night shifts a week and sometimes picks up bank shifts, her ex-partner has reported her for 'being exploited' to get at her. She is happy in her job. Advised, no police matter.")
    T("999. Male screaming in the background, caller says 'they are beating him in the yard because he asked for his money'. Location: scrapyard Thames Rd Barking. Weapons not seen. Grade 1 response.",
      "PSV WW", "", "L", "immediate")
    T("101 - Caller wants advice, her Polish lodger's employer keeps his passport 'for safekeeping' and deducts £80 a week from his pay for the room in a house with 14 others. Lodger is scared to complain as the boss said he'd get him deported.",
      "RD WW IT", "DT OA FA", "L")
    T("CAD 8820. Abandoned vehicle Lyndhurst Rd, VRM LD63 XWT, no tax. DVLA informed.")
    T("Grade 2 - caller believes a man in a flat above her shop is being kept as a servant by the family below - she sees him carrying shopping and cleaning windows at all hours, he sleeps in the hallway, he wears the same clothes every day and looks starved. He once said 'no money, no family' to her.",
      "AC WW ISO EO", "PA PLC IS LH", "D")
    T("CAD 4040 - Theft of catalytic converter from Toyota Prius outside 12 Devonshire Rd. Caller heard noise at 0300.")
    T("Caller says her 17 yr old son has been missing since Friday, she found train tickets to Norwich in his room and he has had new trainers and cash he can't explain. He has been hanging round with older boys from the estate. Misper report raised, county lines concern flagged.",
      "AV", "", "C", "immediate")
    T("Call from Tower Hamlets council housing officer: during an inspection at 9 Ropewalk E1, found mattresses in the kitchen and living room, 11 adult men, one toilet, mould. The men said they all work for the same builder who rents the house and takes the rent from their pay. None would give names.",
      "AC WW", "OA PLC FA", "L")
    T("101 call: caller reports her ex keeps sending abusive texts. Harassment crime raised. Safeguarding advice given.")
    T("CAD 6600 - Caller at Stratford bus station states a woman approached her saying in Portuguese and English 'the man take my passport, I want go home'. Woman now sitting in Costa with caller. Male not present. Units to attend.",
      "RD", "DT", "")
    T("999 call, Ukrainian female, via interpreter. States she came to UK for a hotel job, but the man who met her at Luton put her in a flat in Leytonstone and told her she must have sex with men to pay back £5000. She is in the flat now, door locked from outside, other girl there too.",
      "DEC DB RM PSV", "RMS UF", "S", "immediate")
    T("Caller states 'i think the man at the car wash on Hoe street is getting beat up by his boss, saw him slap him round the head twice today and shout at him, the boy looked about 16'.",
      "PSV AV", "", "L", "high")
    T("CAD 9950. Report of dog fouling and youths drinking in the park. Passed to SNT.")
    T("Caller is worried about her new neighbours - says 'lots of different men come and go at night and I think they're running a brothel'. Officers visited: single woman lives there, works from home as a self-employed escort, no indication of third party control, not coerced, advised. Caller updated.",
      "", "", "")
    T("CAD 1177 - Report of male sleeping in the back of the chicken shop on Romford Rd. Caller says he works there all day and all night and the owner locks the shutter on him at night. Caller thinks he has no papers and is too scared to go out.",
      "RM EO AC AV", "SW RMS LH FA", "L")
    T("101 report from hotel manager at Premier Inn Canning Town: room 214 has been booked for a week by a man paying cash, different young women seen going in with men, one girl looked under 16 and was crying in the corridor. Manager has details from booking.",
      "AV", "", "S", "high")
    T("CAD 3188. Caller says a worker at the hand car wash has asked him for help, the boss has his ID card and he's not been paid for two months, he sleeps in the office. Caller gave him a lift to Plaistow police station.",
      "RD WW AC", "DT SW", "L")
    T("Call handler: caller reporting suspicious activity, a van picks up 15 people from the corner of Chadwell Heath Lane at 4.45am every day. On further questions caller says they are all wearing Amazon lanyards and the van is a company shuttle. No concerns identified.")
    T("999 call from female, elderly, confused, says her son has taken her bank card. Officers attended - son is her registered LPA and has permission to manage her finances. Adult social care notified for review. No offences.")
    T("CAD 2222. Caller states there are children in a flat at 37 Hermit Rd who never go to school and are made to look after the baby and do all the housework while the adults are out. One child told the caller 'if I don't finish they hit me with the belt'.",
      "AV PSV IT AC", "", "D", "high")
    T("101: caller reports criminal damage to car, key scratched along drivers side overnight. No suspects.")
    T("Caller (GP receptionist) says a patient attending for a fractured wrist came with a man who answered every question and would not leave the room. Patient appeared frightened and looked at the man before answering. Her address given as the same as 9 other patients registered in the last month.",
      "", "SFW FA OA PA", "")
    T("CAD 0045. Fight in progress at the carwash Barking Rd, two men with bats. On arrival both parties are business owners disputing a pitch. Both arrested for affray. No workers involved.")
    T("Caller is a worried mother, her daughter 19 has moved in with an older boyfriend who she met online, the daughter now has no phone, doesn't visit, and caller heard the boyfriend has her working in 'massage'. Daughter has learning difficulties.",
      "AV ISO", "IS", "S")
    T("999 call abandoned, call back: male states 'my friend is tied up in the basement they say he owes them', refuses to give address, then says it was a joke. Traced to 18 Wellington Rd E6. Units attended, occupants deny. Male (19) found in basement with injuries to face, says he fell. Kept on cannabis grow premises.",
      "PSV DB RM", "PA RMS", "C", "immediate")
    T("CAD 7014 - caller reports a man in the street shouting at a group of Bulgarian workers that they won't be paid 'until the job is finished'. Caller says this has been going on for weeks and the workers are living on the building site in a portakabin.",
      "WW AC", "SW", "L")
    T("Caller states someone has been using her late father's bank account, money taken out monthly. Fraud, passed to Action Fraud.")
    T("101 web report: 'I have seen a young girl maybe 13 or 14 getting in different cars outside the chicken shop on Barking Rd every night after school, older men, she gets out with new stuff. I am worried she is being groomed.'",
      "AV", "", "S", "high")
