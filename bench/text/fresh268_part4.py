def add(T):
    T("Case note, Cambridgeshire ASC: visited Mr P. (58, Polish) at a shared house in Wisbech after a referral from the GP. He had one carrier bag of clothes and nothing else in the room, no bedding, just a mattress. He said the man who found him the job at the packhouse took his ID 'to do the paperwork' and has not given it back in 5 months. He pays £300 a month from his wages for the room, which the same man collects in cash at the door on payday, along with £10 a week for 'the bus'. He is not sure how much he earns. He was very nervous and kept asking if we were from immigration. He did say he can go out when he likes and walks to the Co-op. Plan: NRM discussion with him, GLAA notified.",
      "RD WW", "FPE PLC DT CT FA", "L")
    T("Officers searched the room - just a mattress on the floor, a toothbrush and a plastic bag with two t-shirts. That's all he owns after 2 years here.",
      "", "FPE PLC")
    T("IP came with nothing, only the clothes she stood in and a phone that wasn't hers. She was moved from flat to flat in Peterborough and Northampton for 'work' with men, she doesn't know which towns.",
      "ISO", "FPE IS", "S")
    T("INT 2/B/P. Labour provider 'Fenland Staffing Solutions' (unlicensed) charging new recruits £250 'registration' and £45 for boots, hi-vis and a knife before their first shift at a veg packer near Chatteris. Recruits told it will come off their first wages but then more keeps being added.",
      "DB WW", "UF PPE", "L")
    T("Staff member at a Corby warehouse says she was told she has to buy her own safety boots from the agency at £40, taken from her first payslip. Otherwise she's happy there, paid correctly.",
      "", "PPE", "")
    T("Visit to a veg farm near Holbeach: workers were provided with free gloves, boots and waterproofs, paid hourly, no transport charges as they drive themselves. No concerns.")
    T("Man, 24, at Northampton train station told BTP he had 'run away from work' in Daventry. His employer kept his passport and made him work in the yard 7 days a week without pay. He had no bag, no money, one jacket.",
      "RD EO WW", "DT FPE LH", "L")
    T("Referral from a Church in Kettering. Congregation member (Zimbabwean, 44) came on a care worker visa. Her sponsor, a care agency in Northampton, charged her £9,000 for the certificate of sponsorship which she borrowed from a lender back home. She does 80+ hours a week across three care homes, mostly nights, and gets paid for 39. When she complained the manager said 'remember who holds your visa - I can send you home tomorrow'. Her passport is in the office safe 'for audits'.",
      "DB EO WW IT RD AV", "UF LH FA DT", "L")
    T("Care worker, Peterborough, works 50 hours, happy, paid for all hours, her visa is with her, came to ask about changing sponsor. Signposted to the Home Office guidance.")
    T("Man (Romanian, 30) at Wisbech custody after a drunk and disorderly, says he works at a factory, his own flat, his own wages. Released with caution.")
    T("dropped off at the petrol station on the A17 every morning about 5 and picked up after 8 at night, 6 lads, they pay the driver a tenner each",
      "EO", "CE CT LH", "L")
    T("Report from Lincoln County Hospital: female in labour, no English, man with her insisted on translating and wouldn't leave. Midwife concerned he was giving his own answers. She had no bag, no belongings, no ID. Police informed, officers en route.",
      "", "SFW FPE", "")
    T("Complainant says his ex-employer owes him £600 holiday pay. Employment dispute, no exploitation. ACAS details.")
    T("Debrief: 'The woman at the house, she said \"you are like my daughter\". But I clean all day, cook for eight, wash the cars, iron. I sleep in the laundry room. I am not allowed to use the phone. When the guests come I must stay in the kitchen. I got no money for one year. She said it goes to my mother. My mother got nothing.'",
      "EO WW ISO AC", "SW LH IS NCW", "D")
    T("Officers attended a report of domestic servitude at a house in Bourne. Au pair (Spanish, 20) has own room, works 25 hrs, goes to language school, has her passport and phone, paid £120 per week. She was confused why police came. No concerns.")
    T("Neighbour says a lady lives in the garage of the house next door and she is always cleaning their house and doing their garden, they shout at her and she never goes out, I don't think she's family",
      "AC RM", "PLC RMS", "D")
    T("INT 3/C/P. Information suggests that an Indian family in Peterborough has brought a young girl (approx 16) from Punjab as a 'servant', she does not go to school and is seen only doing the bins.",
      "AV ISO", "IS", "D", "high")
    T("Girl (Vietnamese, 17) found in a Lincoln nail bar. Says her 'aunt' owns it, she works from 9am to 8pm 7 days, gets no pay, sleeps in the back, has no passport - the aunt has it. Says she must repay £18,000.",
      "AV EO WW RD DB", "LH SW DT", "L", "high")
    T("Caller reports a brothel in Corby, says a lot of men go in and out. Attended: a massage business run by a sole trader, no concerns, licensing advice.")
    T("Polish female, Boston, says 'he never hit me, he never took my passport, he never stopped me going anywhere' - the complaint is that the agency paid her wrong. Payroll error fixed.")
    T("Report to Northants Police from a hospital: male presented with an infected wound to his abdomen from an 'operation' in Turkey that he says he was paid for. Said he sold a kidney to pay a loan shark back home, no one in the UK involved. Referred to NCA for info.",
      "AV DB", "PA", "O")
    T("Report about a man advertising on a Facebook group 'kidney needed, will pay £20k' - the poster is in Leicester, the group is for Romanian workers in Boston and Spalding. NCA informed.",
      "", "", "O")
    T("Family asked police to check on grandfather who has had a liver transplant in Cambridge - family worried he has given someone money. He had paid for a taxi home. Not exploitation.")
    T("Man who came in to Peterborough police station wanted to report his employer's cameras in the staff room. Civil matter.")
    T("Lad from the hostel said 'they took my card, they take all my UC, I get a tenner and some gear'",
      "WW AV", "NCW", "C")
    T("Staff at a Lincoln betting shop saw a man using a wallet of about 10 bank cards, each in a different name, at the ATM across the road at 5am, then getting into a van with lads in work boots.",
      "", "MBC CE", "L")
    T("IP states a woman 'looks after' his money as he has a learning disability, she's a paid carer appointed by the council, and he has a personal budget. No concerns, just a query.")
    T("He does everything they ask. He's not paid. He's not allowed to see his mum. He's 15 and he's been sleeping at their flat in Peterborough for a week.",
      "AV WW ISO", "IS", "", "high")
    T("INT 2/B/P. Source reports that at 71 Cavendish St Northampton, 5 women are living and being put on Adultwork by a male known as 'Sonny'. Source says women are given crack, and 'Sonny' gets violent if they don't earn.",
      "PSV AV", "", "S")
    T("Woman in Grantham reports that her ex forced her to have sex with his friends for money when they were together in 2021. He kept the money.",
      "PSV WW", "", "S")
    T("Adult woman in Northampton who works as an escort told officers she sets her own prices, her own hours, keeps her money and nobody controls her. She called police about a stalker.")
    T("Cambs CSE team: 15yo girl, Huntingdon, has sent images to a man online who is now threatening to send them to her school if she doesn't meet him and his friends.",
      "AV IT", "", "S", "high")
    T("Caller: 'there's a girl in the flat above mine in Lincoln, she screams at night and I heard a man say \"you don't leave until I say\". Right now he's banging on the door and she's crying'",
      "RM IT", "RMS", "", "immediate")
    T("Car wash visit, Lincoln (Op Aidant). Workers: 4. All had BRPs on them, paid £70 a day, 8 hours. No indicators. One worker had no gloves; owner supplied some.")
    T("NRM Adult, Northants: female, 34, Slovak, Roma. Brought to UK by a relative by marriage who promised she could work in a factory. She was kept at the relative's house in Wellingborough where she did all the cleaning, cooking and childcare for 3 families. The relative used her ID to claim UC and child benefit and keeps the money. She was not allowed to speak to neighbours. When she asked to go home she was told she owed for the travel and was slapped.",
      "DEC RM WW ISO DB PSV", "IS NCW RMS", "D C")
    T("They check our phones every night and delete any numbers of people outside the house",
      "ISO", "IS", "")
    T("Elderly neighbour lives alone, doesn't go out much, her son visits weekly. Called in by a passer-by. Safe and well.")
    T("Female, 26, came to Peterborough on her own and set up a nail business with her sister. Reported threats from a rival shop owner. Not exploitation, harassment crime recorded.")
    T("Intel suggests that a man in Sleaford is running a group of Lithuanian workers as a gangmaster without a licence. The workers say they have no complaints and are paid properly. Intel for GLAA only.",
      "", "", "")
    T("The van picks us at 4 in the morning, we go to the field in Norfolk or Lincolnshire, we don't know which, we come back maybe 10 at night. They take £8 every day for the van. We are 12 in a house with 3 bedrooms.",
      "EO ISO", "CE CT LH OA IS", "L")
    T("Case note 03/11 (Peterborough hub): J. said yesterday was the first time in 7 months he'd spoken to his children - 'the man had the phone, he said calls cost money'.",
      "ISO", "IS", "")
    T("INT 2/B/P. Male known as 'Frank' at the Greyhound pub in Boston recruits homeless British men for a 'block paving' crew that travels the country. Men live in caravans, get paid £20 a day if at all, and are beaten if they try to leave. One man from Lincoln has not been heard of since August.",
      "AV WW PSV RM", "PLC RMS", "L")
    T("Tarmac gang at a pensioner's house in Bourne - overcharged her £4,000. Fraud against the homeowner. The workers are family members of the business owner. No exploitation of workers identified.",
      "", "", "")
    T("Report from a pharmacy in Lincoln: young woman buying morning-after pills every week, with an older man who pays and answers questions for her. She looked scared.",
      "", "SFW FA", "S")
    T("Man rang saying the people he works for have said he can't leave until the job in Corby is finished, they have his tools and his van keys, and he's been sleeping in the van for 2 weeks. He says they pushed him against a wall yesterday.",
      "RM PSV", "RMS SW", "L")
    T("Licensing visit to a Peterborough takeaway: all staff on payroll, right to work checked, hours ok.")
    T("The woman said 'No one took my documents. I have my papers here' and showed her passport. 'But the man says I owe him for the room and I must work until it's paid, he adds £20 every week I am late.'",
      "DB", "", "L")
    T("Young man from Eritrea living in a hostel in Northampton. Says men in Calais took his kidney 'as payment' for the crossing. Medical examination shows a nephrectomy scar. Referred NRM.",
      "PSV AV", "PA", "O")
    T("Organ transplant donor from Leicester, unrelated altruistic donor, HTA-approved, came to Addenbrooke's. Police asked by a worried relative whether she'd been paid. She hadn't. No concerns.")
    T("The girls who do my eyebrows at the salon in Lincoln are all from Vietnam, they are lovely and they have their own flat. I was just worried because I saw a programme on TV.")
    T("Call: 'my neighbour's kids are always outside till late'. Attended, the kids were 14 and 15 playing football. NFA.")
    T("RM note - lads on the Corby site get told by the ganger 'you leave, you walk home to Romania', he keeps the passports in a bag in the cab",
      "IT RD", "DT", "L")
    T("Kettering, 8-year-old found by police walking alone at 10pm. Mum was at work, neighbour had promised to watch. Child returned, social care notified. Neglect concern, not exploitation.")
    T("Northants: 12-year-old boy found carrying drugs in his sock at Northampton bus station, travelled from London, says he was given £50 to 'take a bag' and doesn't know the address he was going to. Older man was waiting for him nearby and ran off.",
      "AV ISO", "IS", "C", "high")
    T("Referral from Lincolnshire Youth Offending: 16yo girl being used to carry drugs to Skegness by her boyfriend's older brother, who has slapped her and threatened to 'cut her'.",
      "AV PSV IT", "", "C", "high")
    T("Farm in Fenland: all workers are family members, farmer's son works 70 hrs in harvest, no concerns, just a dispute about tractor damage.")
    T("I work at the hotel in Lincoln. I have two jobs because I want to save for a house. 65 hours a week. My choice. My manager told me to report him to the police for making me work too much but he doesn't make me.")
    T("Worker at a Boston factory had his hand injured on a machine with no guard. The boss didn't call an ambulance, said 'go home, if you go to hospital you lose your job'. He's been told not to come back and they won't pay his last week.",
      "AC IT WW", "", "L")
    T("Report from Spalding library staff: the same man brings 6 different men in to use the computers to 'do their bank'. He logs in for them, the men just sit. He has a bag of bank cards.",
      "WW", "MBC NCW SFW", "L")
    T("DC note: interview with the suspect in relation to labour exploitation at a food factory in Corby. Suspect denies taking anyone's passport or wages and says the workers are free to come and go.",
      "", "", "")
    T("Workers at a Northampton distribution centre said the agency driver picks them up at 4 and takes £7 a day each, whether they are sent home early or not. 'If we don't use his bus we don't get shifts.'",
      "WW", "CT CE", "L")
    T("Female (Nigerian, 22) in Peterborough said a 'sponsor' brought her over with promises of university. Instead she looks after his elderly mother 24/7, sleeps on the floor beside her bed and has never been paid. She was made to swear an oath at a shrine before leaving Nigeria and believes she'll go mad if she talks.",
      "DEC EO WW IT AV", "LH", "D")
    T("Man went to Lincoln police station to report his brother as a missing person. Found the next day at a friend's house. No exploitation.")
    T("ok i know this sounds mad but theres a house on my road in corby with like 10 lads in it and they all leave at 5am in the same van, could be nothing but they look really rough and thin. not sure if its slavery or just a work house",
      "", "OA CE PA", "")
    T("Police visit to an HMO in Northampton after a tip-off: 9 men, 5 bedrooms. All had tenancy agreements, their own bank accounts and jobs at different warehouses. Landlord has an HMO licence. Unfounded.")
    T("Caller: my boyfriend's boss takes half his wages for 'the debt' from when he got him the job 2 yrs ago and my boyfriend says it'll never be paid off.",
      "DB WW", "UF", "L")
    T("Young woman in a lay-by near Wisbech flagged down a car, said she'd been made to have sex with men in a caravan for 2 days and escaped, the men are still nearby in a white pick-up.",
      "PSV", "", "S", "immediate")
    T("INT 3/B/P. Man in Grantham runs a 'window cleaning' round using 4 homeless men who sleep in his garage. He takes their benefit payments and gives them food.",
      "AV WW AC", "SW NCW PLC", "L C")
    T("Concern raised by a GP in Boston: a 24-year-old Latvian patient presented with a crushed foot. His 'translator' was a man from his agency who wouldn't let him speak, and who insisted the injury happened at home. The patient later told the nurse alone that he's made to work without boots and the supervisor kicked him.",
      "PSV AC", "PA SFW", "L")
    T("Referral: boy of 14, Corby, seen with a man in a car outside the school every day, no concerns from the school following checks - the man is his stepdad.")
    T("Fraud team: pensioner in Lincoln persuaded by her 'carer' to hand over her bank card. Carer is a private individual, no labour involved, financial abuse of an adult.",
      "", "", "")
    T("INT 2/B/P. Source reports a man in Northampton is collecting UC payments for 6 Romanian men he brought to the UK; he has set up their claims, has all their cards and tells them the money is 'repayment'.",
      "WW DB", "NCW MBC", "C")
    T("'I have no day off in 9 weeks. I work in the potato factory, nights. Then the boss takes me to clean his house on the weekends. He says \"you want a job, yes?\"'",
      "EO IT", "LH", "L D")
    T("Northamptonshire Police, Op Tern: visit to 6 nail bars in Northampton town centre. 5 no concerns. At the 6th, a young male (Vietnamese, says he is 18) had no ID, lived on site, said his uncle pays him 'later'. Owner answered questions for him. NRM discussed.",
      "WW", "SW SFW", "L")
    T("Girl (16) in care in Peterborough repeatedly missing, believed to be at addresses in Leicester with adult males. Today she has been missing for 6 hours, phone shows she is at a flat on Narborough Rd with a man known to police for CSE.",
      "AV", "", "S", "immediate")
    T("Male arrested for drug dealing in Wisbech, 26, said he's not working for anyone, nobody is forcing him, he sells to pay for his own habit. No NRM indicators.")
    T("He looked like he hadn't eaten for days, his face was bruised and he kept saying sorry. The man with him said he was 'clumsy'.",
      "", "PA SFW", "")
    T("It was the landlord's house, the boss's van, the boss's phone - we had nothing of our own. I couldn't call my wife without him listening.",
      "ISO", "IS FPE OA", "L")
    T("Girls at the massage place on Lincoln Road never go out alone, a car takes them to the shop and back, always the same man",
      "RM", "RMS ET", "S")
    T("Female came to the desk at Boston saying she wanted to report slavery in her old job, then said she wasn't forced, she was just unhappy about the hours. Advice given.")
    T("INT 2/B/P. Source in the Albanian community says that young men are brought into Peterborough in lorries and 'owe' £20k each, they work in car washes and grows, and those who complain are beaten. Source says a 17-year-old was pistol-whipped last week for trying to leave.",
      "DB PSV AV", "PA", "L C", "high")
    T("Hiya, my mate's mum does the cleaning for an old couple in Stamford, she's paid cash but it's fair and she's there 3 days. She said she keeps her own passport and has a key to their house. Nobody's forcing her.")
    T("Welfare check on a student at Anglia Ruskin Peterborough, mum couldn't reach her, turned out her phone was broken.")
    T("Vehicle stop A1 Stamford: Luton van, 9 men in the back with no seats, going to a demolition site in Peterborough. Driver says he pays them cash. Workers would not speak, looked terrified, one had a swollen eye.",
      "AC", "FA PA", "L")
    T("Referral from a charity in Boston. Man, 60, Lithuanian, diabetic. His employer at a salad factory keeps his insulin and gives it to him only if he works his full shift.",
      "AV PSV", "", "L")
    T("Job centre Corby: a woman came in for UC, said she just arrived from Romania with her brother who has her ID and bank card 'because she's not good with money'. She works in a warehouse but hasn't seen a payslip. Brother did all the talking.",
      "RD WW", "DT NCW SFW", "L")
    T("Just a quick note - the chap at the car wash said the boss is fair, pays him, he goes home every night. Nothing to see here.")
    T("Spalding: two workers fell out over a shared car and one punched the other. Assault recorded, no link to exploitation.")
