# fresh240 part 3: short logs, public reports, mixed
def add(T):
    T("Lost dog reported in Penistone, brown labrador. Found later same day.")
    T("Man seen at Rotherham Tesco cashpoint with a fistful of cards, 'must of used 6 or 7', then got in a van with foreign lads in the back.",
      "", "MBC", "")
    T("INT 3/B/P. Nail bar, Cudworth. Two Vietnamese girls under 18 working, boss collects them from a flat at 8am and takes them back at 10pm. Never seen alone.",
      "AV RM EO", "CE ET LH RMS", "L", "high")
    T("Intoxicated male refusing to leave the Wetherspoons in Doncaster. Removed, no offences.")
    T("Caller: my mate from work says his landlord keeps his passport. He's from Poland, works at the bakery in Barnsley. He says it's fine but it don't sound right.",
      "RD", "DT", "")
    T("Theft of diesel from a farm in Hatfield. Enquiries ongoing.")
    T("Text from a school mum: 'there's a kid from year 7 who says a man is making him deliver stuff for him & says he'll hurt his little sister if he tells'",
      "AV IT", "", "C", "high")
    T("Intel: brothel, Sheffield S7. Women rotated weekly. 'Maid' on the door takes half the money, the other half goes to the 'boss'. Women don't keep anything.",
      "WW", "NCW", "S")
    T("Worker at the Sheffield takeaway: 'he took my phone and said I cannot call my mother until the debt is paid'.",
      "ISO DB", "IS", "L")
    T("Hospital: man with burns to his hands from a car wash chemical, no gloves provided. Says the boss charges them £10 for a pair.",
      "AC", "PA PPE", "L")
    T("Woman at Rotherham Interchange crying, says her 'husband' makes her sleep with other men for money and keeps her locked in. She ran today. Now with officers.",
      "PSV RM", "RMS", "S")
    T("Man seen shoving a worker into a van on a building site in Kelham Island, shouting 'you work or you don't eat'. Caller filmed it.",
      "PSV IT", "", "L")
    T("IP said 'I can leave the house anytime, nobody stops me', and confirmed she keeps her own bank card and gets her wages. No indicators present at this time.")
    T("Debrief: 'They told me Sheffield is good, 1,500 pounds a month. I got nothing. 3 months nothing.'",
      "DEC WW", "", "L")
    T("INT 2/A/P. Gang in Doncaster runs 'Beano line'. Recruits 14-16 yr olds from PRUs, gives them a phone and says they owe for it if it gets lost. Kids have been stabbed for 'losing' stock.",
      "AV DB PSV", "", "C", "high")
    T("Social worker: 'She said he'd kill her if she told anyone about the men who come to the flat.' Female 16, Sheffield.",
      "AV IT", "FA", "S", "high")
    T("IP won't speak to officers, keeps looking at the man waiting outside. Won't give a name or address. Found at an address with 9 mattresses on the floor in a 2-bed flat in Darnall.",
      "AC", "FA OA PLC", "")
    T("Barnsley Council: complaint about fly-tipping on Smithies Lane. Not police matter.")
    T("GLAA: labour provider on a Lincolnshire/Doncaster border farm charging workers £120 per week for a shared caravan, making them buy their own knives and gloves from the site shop at inflated prices, wages paid to an account held in the provider's name.",
      "WW AC", "OA PPE NCW", "L")
    T("Rotherham Children's: 15yo girl says her 'boyfriend' (24) took her to a house in Sheffield where she was 'passed round'. She says she doesn't want to get him in trouble.",
      "AV PSV", "FA", "S", "high")
    T("MOP email: 'the chinese takeaway staff live upstairs and work all the time, is this legal'. PCSO checked: family business, family members live above the shop, children at local school. No concerns.")
    T("Note: Female cleaner at a Sheffield hotel says her agency 'takes £50 a week for uniform and the bus'. She is otherwise paid correctly. Referred to GLAA for advice.",
      "WW", "PPE CT", "L")
    T("Intel 3/C/P: heard a rumour of a man in Doncaster who gets people kidneys 'sorted' in Pakistan. Unknown if anyone has been harmed or paid; no names. For information only.")
    T("IP (Vietnamese, 15) found in a loft in Barnsley above a cannabis grow. Thin and dehydrated, no shoes, scared. Says a 'big brother' locked him there and hit him on the head when he cried.",
      "AV RM PSV AC", "PA RMS FA FPE", "C", "high")
    T("Caller thinks 'foreign lads in the house next door are being used, they get picked up every morning in a minibus at 5 and come back about 9 at night, there's loads of them'.",
      "", "CE OA", "L")
    T("Officer welfare check on a 70yo man in Bolsover... Kiveton Park. All well, daughter visits daily.")
    T("Statement: 'I were told if I left, they'd tell immigration I'm here illegal.'",
      "IT", "FA", "")
    T("Intel: car wash on Carlisle St, Sheffield. Workers from Kurdish Iraq. Boss took their phones 'so they work better'. They only get them back on Sunday.",
      "ISO", "IS", "L")
    T("Council licensing: new massage premises in Sheffield S1 granted a licence after inspection; therapists are qualified and self-employed.")
    T("CCTV operator: man at the Moor ATM using 9 cards, accompanied by 2 women who stood behind him and did not speak. Footage saved.",
      "", "MBC SFW", "")
    T("SYP contact centre: caller reporting a friend has been 'trafficked', but on talking it through the friend moved to Leeds for a new job she chose and is in touch daily. No concern.")
    T("Referral (Sheffield Young Carers): 12yo boy looks after his disabled mum every evening, does all the cooking. Support plan in place. Not exploitation, family caring.")
    T("IP (Romanian, 17) told support worker that her cousin 'sold' her to a man in Doncaster who makes her have sex with men. She has no money and he keeps her ID card.",
      "AV PSV RD", "DT", "S", "high")
    T("Debt collector threatening to take a car from a Barnsley family, complaint made. Civil matter.")
    T("Call 0911: 'Man with a machete at the car wash on Wath Rd, chasing one of the workers, saying he'll cut him'.",
      "IT", "", "", "immediate")
    T("Nurse at a GP surgery in Maltby: patient says he can't come back for follow-up 'because the boss doesn't let us go anywhere, he only let me come today because of the blood'.",
      "RM", "RMS PA", "L")
    T("Debrief: 'My uncle bring me from Pakistan, he said school. No school. I work in his restaurant, clean, every day. I am 16.'",
      "AV DEC", "", "L", "high")
    T("Intel: a Barnsley man is renting out bank accounts of young people for £200 each to launder money from fraud. Kids told 'keep quiet or else'.",
      "AV IT", "", "C", "high")
    T("MOP: 'lads at the farm shop near penistone look really rough, dirty clothes, same clothes every day, skinny as anything'. Officers: workers are employed directly, have accommodation on the farm and say they are fine. Will revisit.",
      "", "PA", "")
    T("Rotherham Council: request for CCTV footage for a parking dispute. Declined.")
    T("Intel: female (Thai) in a Sheffield flat advertised on AdultWork. Neighbours see her escorted to the shops by a man. She has never been seen alone.",
      "RM", "ET RMS", "S")
    T("Caller (Doncaster): 'the girl in the house over the road is kept like a maid, shes up before 6 doing the washing and cleaning and out at 11pm taking the bins out, they never let her out'.",
      "EO RM", "LH RMS", "D")
    T("Debrief: 'I was given a mattress in the warehouse, and a bag with my clothes. That is all I have.'",
      "AC", "SW FPE", "L")
    T("Intel 2/B/P: brothel keeper in Doncaster threatens women that their photos will be sent to their families in Romania if they try to leave.",
      "IT", "", "S")
    T("Call: 'There's a woman in the back garden of 22 Crookes Valley Rd screaming she can't get out, the gate is locked and a man is shouting at her'.",
      "RM IT", "RMS", "", "immediate")
    T("Officers stopped a minibus at 0515 in Bentley with 11 workers. All had their own ID and said the bus was free from the agency. Checks fine.")
    T("Report: group of Romanian men living in tents in a wood near Conisbrough. Say they work for a man who picks them up each morning for building work, pays them £20 a day and says they can't have a house till they pay him back for the coach.",
      "WW DB AC", "CE PLC UF", "L")
    T("Anon: 'my sister is in a house in Page Hall, her husband's family took her passport and phone, she has to cook for everyone, she isn't allowed to call us in Slovakia'.",
      "RD ISO", "DT IS", "D")
    T("PC notes: IP stated 'no one has my passport, no one stops me going out, I get paid to my own account'. Officer satisfied. NFA.")
    T("Intel: county line 'Dan' from London operating in Doncaster, using a local 17 year old girl's flat as a base. She is frightened of them and they have told her she must let them stay.",
      "AV IT", "FA", "C", "high")
    T("Doncaster Royal Infirmary: female patient (Chinese, 30s) with a broken wrist says she fell. Man with her holds her passport and translates; she appears terrified of him.",
      "RD", "PA DT SFW FA", "")
    T("Trading standards: counterfeit cigarettes seized from a shop in Rotherham. No workers spoken to.")
    T("IP states: 'I work 18 hours every day in the shop, I have no day off since one year'.",
      "EO", "LH", "L")
    T("Victim (Romanian, 23) says her pimp in Sheffield 'fines' her £100 if she turns a client down and the money goes on what she owes him for the flat.",
      "DB WW", "", "S")
    T("Salvation Army: client says 'I was not tricked, I knew the job, the money was as promised, I am just tired'. Works at a Barnsley meat factory. Assessed - no indicators.")
