# fresh183 part 8: mid-length mix, organ harvesting and look-alikes, benign, negations
def add(T):
    T("INT 3/C/P. Source states a Pakistani male in Ilford has been 'arranging' for poor men from his village to travel to the UK, with the cost of travel repaid by selling a kidney at a clinic abroad on the way. Source heard one man, now working at a takeaway in Barking, has a large scar and was paid far less than promised.",
      "DEC AV", "", "O L")
    T("Referral (renal unit, Barts Health): patient travelled to Pakistan and returned with a new kidney, says he paid a 'hospital' £25,000. Donor unknown. Clinicians concerned about transplant tourism and the possibility that the donor was exploited. Passed to NCA for information.", "", "", "O")
    T("Crimestoppers: 'a man at the mosque in Forest Gate is telling young refugees they can pay off what they owe to the smugglers by giving a kidney in Egypt, he says its safe and they get papers after'",
      "DEC DB AV", "", "O")
    T("Call handler note: caller worried about her father who is 'giving away a kidney'. On enquiry, father is donating to his daughter (caller's sister) through Guy's hospital, fully assessed, voluntary. Caller disagrees with the decision but no offences. Advised.")
    T("101 - caller saw a Facebook post in Bengali offering 'good money' for kidney donors, contact number 07911 203 447. Post screenshotted and sent to police email. NCA / Action Fraud informed.", "", "", "O")
    T("NRM PV account (Eritrean, 24, translated): 'In Egypt the smugglers said I cannot pay, so they took me to a clinic and took my kidney. They said now I have paid. Then they put me on the boat. In London I work at a car wash, the man who takes the money knows the people in Egypt, he says he will tell them where my family is if I talk.'",
      "PSV AV IT", "FA", "O L")
    T("GP letter to police (with consent): Mr F, 56, had a kidney transplant in 2019 from a deceased donor at the Royal Free. He has asked us to confirm this because a relative accused him of 'buying' an organ abroad. Confirmed NHS transplant, no concerns.")
    T("CAD 6121 - report of a woman begging on the Tube with a baby, same woman seen daily at Mile End. Officers spoke to her: she says she is homeless and begs for herself, with her own baby. No one directing her; referred to outreach and children's services re the baby's welfare.", "", "", "", "high")
    T("Caller (manager of a Wetherspoons, Ilford) says a kitchen porter told him another job he had last year 'kept his passport' and 'never paid him'. The porter now works for the pub, paid weekly, with his own documents. Manager wants to know if the old employer can be reported. Intel submission re the previous employer (Ilford Grill House).",
      "RD WW", "DT", "L")
    T("Case note: PV 'Amir' reports that his brother back in Afghanistan was visited by 'the agent's men' who demanded $5,000 that Amir supposedly still owes for his journey, and said 'we know your family's house'. Amir works at a car wash in Romford and is paid properly now; he is frightened.",
      "DB IT", "FA UF", "L")
    T("PC note: Saw a young woman at the bus stop on Romford Rd at 0530 with a man who held her arm tightly and did all the talking when I said good morning. She had a bruise on her neck. When he went to the shop she whispered 'please, he's not my husband'. Male (SHEHU) stopped and searched, details taken. Woman taken to Forest Gate station, says she is made to sell sex.",
      "PSV", "SFW PA ET", "S")
    T("101: caller says her cleaner told her she is from Bolivia, pays her own rent, has her passport, and is saving to go home. Caller just wanted to check she was employing her legally. Advised re right to work checks.")
    T("Intel: POI 'Uncle Sam' (Samuel OWUSU) is housing young Ghanaian women in a flat in Plaistow and getting them jobs as care assistants. He keeps their bank cards, pays rent from their wages, and gives them £50 a week. Women are 'too scared to say anything' because he tells them they'll be deported.",
      "WW IT AV", "NCW FA", "L")
    T("Caller states her brother is 'being held' by his employer in Barking. On attending, brother (24) says he is fine, works at a scaffolding firm, lives with colleagues by choice, has his phone and passport. He had argued with his sister about money. No concerns.")
    T("Custody: DP (m, 19) arrested for money laundering - his account received £40,000 in 2 weeks. Says a man on Snapchat offered £500 to 'use his account' and he handed over his card and PIN. Later the man threatened him when he asked for the card back. Possible money mule exploitation.",
      "IT DEC", "NCW", "C")
    T("Report of a man asleep in a parked van outside a building site in Silvertown every night. Officers checked: he is the site's self-employed security, chooses to sleep in his van between patrols and lives in Kent at weekends. No concerns.")
    T("Email (local councillor): 'Constituent reports that the Romanian family at 14 Caulfield Rd have a teenage girl who is never at school and is taken out every morning at 7 by a man in a car and brought back at midnight. The girl looks frightened. Can police check?'",
      "AV EO", "CE ET FA LH", "", "high")
    T("INT 2/B/P. Subject ZHANG, Wei (f) manages a 'beauty salon' on Ilford Lane. Source says there are 3 Chinese women who live in the back room and 'never go out', and that ZHANG keeps their passports 'in case of visits'. Women thought to provide sexual services to customers.",
      "RD RM", "SW RMS DT", "S")
    T("Custody note: DP (f, 28) arrested for theft from Primark. Said she has been stealing because her benefits were stopped. No third party involvement, no coercion. Referred to liaison and diversion and a food bank.")
    T("Referral from a pharmacy: a young man comes in every week with an older man to buy large quantities of painkillers. The young man has a limp and fresh bandages, the older man pays and speaks for him. The young man says he works at a car wash on Barking Rd.",
      "", "SFW PA", "L")
    T("Nom says he can leave when he wants but 'where would I go, I owe them' - works at a packing plant in Rainham, debt for the room and flight is £1,800 and 'gets bigger every month with interest'.",
      "DB", "UF", "L")
    T("Anonymous letter posted to Ilford police station: 'The boss at the chicken shop is a bad man. He hits the workers. They work from morning to 3am. They are Indian students, he took their passport. They are too scared to come to you.'",
      "PSV EO RD", "LH DT FA", "L")
    T("IP is a 16yr old girl who says her 'boyfriend' (24) let his friends 'have a go' on her at a party in exchange for weed. She does not see herself as a victim. CSC and police CSE team informed.",
      "AV PSV", "", "S", "high")
    T("Caller reports a man on the bus telling his mate he 'works 80 hours a week at the warehouse, overtime's brilliant, saving up for a house'. Caller wanted to know if this was 'modern slavery'. Advised - no concerns.")
    T("Case note, housing: tenant at 91 Barking Rd says his landlord also employs him at the landlord's shop. He works 6 days, is paid £7 an hour cash, but has to pay the landlord £600 a month for a room shared with two others, so 'most of the money goes back'. Tenant says the landlord said he'd 'tell the Home Office' if he left the job.",
      "WW IT", "OA", "L")
    T("INT 3/B/P: women working at 'Lucky Nails' Hoe St are brought in at 0830 and taken away at 2100 by a male in a black Toyota Prius (LC19 PUX). They are not seen on breaks, eat in the back. One told a customer she 'has no day off, ever'.",
      "EO", "CE ET LH", "L")
    T("Police officer note: spoke to women at the Lucky Nails salon after the INT log - all 3 had their own passports and payslips, live with families in Walthamstow, and say the car is the owner's husband who gives them a lift as a favour. Hours are 9-7 Tues-Sat. No concerns found; log updated.")
    T("Crimestoppers: 'There is a young girl maybe 12 who does all the housework for the family at flat 3, 7 Lathom Rd, she doesnt go to school and I hear them scream at her, she sleeps on the kitchen floor'",
      "AV AC", "PLC", "D", "high")
    T("Caller, a bus driver, says a girl got on his bus crying with no shoes and said in English 'a man keep me in a house, I run'. She got off at Barking station before he could call. CCTV requested from TfL, area searched.",
      "RM", "PA RMS", "", "high")
    T("Traffic: Ford Transit FD14 MKT stopped on A12 - 9 persons in rear load space. Driver says they are his 'team' on a landscaping job. Workers hold own IDs, say they are paid £100 per day. Driver reported for insecure load / passengers in load area. Intel: no MS indicators found.")
    T("IP (Vietnamese, 18) says she came to work in a nail bar to pay off her family's debt to the 'travel company' and that the owner has told her it will take '3 more years'. She sleeps at the salon on a camp bed.",
      "DB", "UF SW", "L")
    T("Probation note: offender (m, 35) on licence now works for a tree surgeon and lives in the employer's caravan. Probation officer checked - paid through payroll, own bank account, caravan is warm and has facilities, offender content. No concerns.")
    T("Intel submission: gardener at a cannabis factory raided on Monday told officers (interpreted) that 'the big boss' came once a week with food, locked the door behind him, and once beat him with a hose when the lights failed. He said 'I did not know I was in London'.",
      "RM PSV ISO", "RMS IS", "C")
    T("Referral (Leyton Orient Trust youth worker): a 17 yr old lad says his 'manager' at a car wash keeps his wages 'safe' and gives him £20 a week, and won't let him have his National Insurance letter. Says the manager said he'd 'sort him out' if he told anyone.",
      "AV WW RD IT", "NCW DT", "L", "high")
    T("Caller says she saw a man on Oxford St being forced to beg, he was dropped off by a Mercedes van and another man took his cup every hour. Not in the borough - passed to Westminster. Intel noted.",
      "WW", "NCW", "C")
    T("CAD 0510 - Grade 1. Neighbour hears a man being beaten in the back garden of 40 Selwyn Rd E13, shouting in Romanian, and someone saying 'you work or you die'. Units on scene in 4 mins.",
      "PSV IT", "", "L", "immediate")
    T("Referral: Housing officer found a family of 4 and a 'lodger' (Nigerian woman, 40s) at a council property. The lodger says she cooks and cleans for the family 'in exchange for the room', has her own job as a carer 3 days a week, and is free to go. The tenant is subletting illegally - housing matter. No exploitation.")
    T("INT 4/C/I: someone at the Gurdwara says a man who works at the Southall sweet factory 'is treated like a slave'. Unconfirmed, no details, source could not say why. Recorded for information; no further detail.")
    T("PV statement extract (Polish): 'The boss gave me work clothes and said they cost £150, then £40 a week for the minibus. After this I had maybe £60 left for 60 hours. He said if I do not like it I can sleep in the street.'",
      "WW EO", "PPE CT LH", "L")
    T("Custody: DP (m, 14) arrested in Norwich with 40 wraps. Lives in Hackney. Said 'I have to, they have my mum's address'. Transferred to Norfolk custody suite; Hackney CSC and MPS informed. NRM referral.",
      "AV IT", "", "C", "high")
    T("Caller works in a care home in Chingford; says an agency nurse told her she was not allowed to leave her shared house except to go to shifts, and the agency boss drives her there and back.",
      "RM", "RMS ET", "L")
    T("Email: 'I'm an HR manager at a logistics firm in Barking. During right to work checks we found 4 workers supplied by a labour agency all gave the same home address and the same bank sort code and account number for wages. When I asked, one said 'the agency gets our money and gives us cash'. We have stopped using the agency and are paying the workers direct. Reporting for your information.'",
      "WW", "NCW OA", "L")
    T("Girl (17) tells a youth worker her older boyfriend posts her picture online and 'books' men for her, she 'has to' do it because he paid for her phone and clothes and says she owes him £2,000.",
      "AV DB", "", "S", "high")
    T("Concern raised that a man living in a tent by the River Lee is being 'used' by drug dealers; outreach spoke to him, he says nobody is using him, he buys his own drugs and isn't holding anything for anyone. No concerns identified, outreach continuing.")
    T("Call from a worker at a fish processing unit in Barking: says they are made to work in freezing temperatures with no gloves or proper clothing, hands are cracked and bleeding, and any breaks are deducted from pay. Workers are afraid to complain.",
      "AC WW", "PA FA", "L")
    T("Intel: a man who delivers to the nail bar on Green St says the women there keep their phones locked in a box in the boss's office during the day and are not allowed to speak to customers other than about nails. Unclear if this is exploitation or just a workplace rule. Further development.",
      "", "", "")
    T("Caller states she is the mother of a 22 year old man with autism who has been befriended by a group who now live in his flat and send him to the cash machine with his card to give them money. He told her he has to sleep on the sofa now.",
      "AV WW", "NCW", "C")
    T("Missing person report: female, 20, Lithuanian, reported missing by her friend; she went to a 'job interview' for a cleaning job in London arranged online 3 days ago and has not been in contact since; her phone is off. Friend says the job offer was 'too good to be true'. Risk assessed as high.", "", "", "", "high")
    T("Crimestoppers: 'the man at the barbers on Barking Rd makes a young lad sweep up and clean all day and night and the lad told my son hes not allowed to leave the shop or the man will call immigration'",
      "RM IT EO", "RMS FA LH", "L")
    T("Email from a university: a student from India says the 'education agent' who arranged her place keeps her passport and demands £200 a month 'or she will be reported to the university'. She works 20 hours a week in a cafe legally.",
      "RD IT", "DT", "")
    T("Council noise team log: music from a house party on Sixth Ave E12. Noise abatement notice served. Also present: 6 students from the local college, all tenants. No concerns.")
    T("PV (Albanian, 27, female): 'he loved me, he said we marry in London, then in London he sold me to his friend, and his friend put me in a flat, he had the key, every night men. I never see the money.'",
      "DEC RM WW", "RMS NCW", "S")
    T("Stop log: two Romanian men walking along the A406 at 2200 in work clothes. Said they had finished at a building site in Beckton and were walking home to Ilford as their boss 'forgot' to pay them this week and they have no bus fare. Their boss holds their pay 'until Friday'. Intel submitted; follow up with GLAA.",
      "WW", "", "L")
    T("Caller: neighbours' 'nanny' has been seen crying in the garden many times and once had a black eye. Family says she fell. Nanny speaks little English and never goes out on her own.",
      "RM ISO", "PA RMS IS", "D")
    T("Crime report: assault on a delivery rider in Stratford by a customer over a late order. Victim self-employed, works for an app. No exploitation. Suspect identified.")
