def add(T):
    T("""Interview (Romanian interpreter), PV female 22. "In the flat in Slough there were four girls. Florin he keep the key, we never go out, only with him to Tesco. He take the money from every client, he give us nothing, he say the money is for rent and for the adverts on Adultwork. One time I say I don't want, he push me against wall and hit me." """,
      "RM WW PSV", "RMS ET NCW", "S")
    T("""Voice note left on outreach worker's phone (English, strong accent): "hello is Maria, I am not ok. They move us again, new city, I don't know the name, I see the sea. The phone they give me only for the clients. Please don't call back, he checks." """,
      "ISO", "IS", "S")
    T("""Intel: Thai females working from flats above shops in Ilford and Romford. Advertised on AdultWork, moved every 2-3 weeks. Believed to owe a debt of £20k to a facilitator in Bangkok. INT 3/C/P.""",
      "DB", "UF", "S")
    T("""PV (f, 31, Nigerian) account to Medaille Trust: "Before I left Benin City they took me to the shrine. The native doctor cut me and took my hair and nails. I swore I would pay 35,000 euros and never tell police. Madam said if I break the oath I will go mad and die, and my mother too. In London I worked in houses with men every night." """,
      "DB IT DEC", "UF FA", "S")
    T("""Police log. Female, 19, found in hotel room near Manchester Airport with two males. She said "they are my friends" and looked at the older male each time before answering. No ID on her. Room booked in male's name. Condoms and 4 phones. Referred to CSE/MS team.""",
      "", "SFW FA", "S")
    T("""I came to the UK myself, I do escorting because it pays my tuition. I have my own website and my own flat, no one takes my money. I just want to report a client who was abusive.""")
    T("""Account given by PV (Hungarian, 27) to Hope for Justice: "Zoli found me in Miskolc when I had nothing. He said cleaning job in England, I will send money home. At Luton airport he took my ID card. Then he said I have debt for ticket, 1,500 pound, and I have to do sex work. If I did not make 300 a night he burned me with cigarette." Scar marks observed on forearms.""",
      "AV DEC RD DB PSV", "DT UF PA", "S")
    T("""YP (15) disclosed to school DSL: "He says I'm his princess and then he makes me go with his mates. He gives me weed and vodka before. I don't wanna go but he says he'll send the videos round school." """,
      "AV PSV IT DEC", "", "S", "high")
    T("""CSE concern: 14-year-old girl seen getting into a black Audi reg WP21 KLA outside school on three occasions, driver male 20s. Returns home late with new clothes and phone. Mum says she refuses to say where she's been.""",
      "AV", "", "S", "high")
    T("""Welfare check requested by Brook clinic: 16-year-old attending with older boyfriend (19) for contraception. She spoke alone to the nurse, said relationship is consensual, no pressure, no gifts or money, her parents know him. Nurse satisfied; noted only as routine safeguarding.""")
    T("""Extract, PV statement: "They put my photographs on the website and they choose the price, I don't choose nothing. They drive me to the hotels in Leeds, Bradford, Wakefield and they wait in the car outside. After, I give them the money in the car." """,
      "WW", "ET NCW", "S")
    T("""Caller says girls in flat 3, 221 Walsall Rd are "brought in a car, different girls every week, a man with them always, blinds down all the time, loads of men coming and going all hours". Caller thinks it's a brothel.""",
      "", "ET", "S")
    T("""Flat 3, 221 Walsall Rd visited: occupant is a 40-year-old woman who works as a self-employed masseuse and lives alone; her brother drives her to appointments. No third party involved in her earnings. No further action.""")
    T("""Interpreter (Vietnamese) debrief of female, 17: "In Vietnam they say good job in restaurant. After the lorry, they took me to a house with other girls. They said I must work in massage, I owe 30,000 pound. The man, he rape me the first night. I was not allowed to use phone." """,
      "AV DEC DB PSV ISO", "UF", "S", "high")
    T("""PC note – Girl (presenting 16-18, Albanian) at A&E, Lewisham, with injuries consistent with assault. Male with her says he is her cousin and insisted on translating. She would not make eye contact, shook when police arrived.""",
      "PSV", "PA SFW FA", "S")
    T("""Lads picked me up from outside the chippy. Said I'd earn a grand a week running. First week they gave me 100 quid and said the rest goes on what I owed for the phone and the train. Then I got robbed of the bag, or they set me up, I dunno, and now I owe 4 grand. They took me to a flat in Aberystwyth and I weren't allowed out. (Statement of boy, 16.)""",
      "AV DEC DB WW RM", "UF RMS", "C", "high")
    T("""county lines - 17yr old (Jaden) from Lambeth found at trap house in Norwich with 30 wraps of crack and heroin plugged. says "if i dont shot it they'll stab me, they stabbed my mate". has bruising to face.""",
      "AV IT PSV", "PA FA", "C", "high")
    T("""Teen aged 17 arrested for possession with intent, Southend. Has been selling weed to friends for pocket money, no older people involved per phone download and interview. Not a CCE case.""")
    T("""Case note (YOT): "T says he doesn't feel he's being exploited, says 'I'm my own boss'. But the line phone is run by [OLDER MALE], he gets 'paid' in food and a room, he's had his phone taken twice as punishment and he's told he has to pay back £800 for lost stock." T is 16.""",
      "AV ISO DB WW", "", "C", "high")
    T("""My name is Rosa and I am writing from the hostel. I was made to carry the drugs for my boyfriend to Liverpool on the train because he said I owed him for the rent and if I didn't he'd put me out on the street. I'm 23 now. I was 19 then. He hit me if I came back late.""",
      "DB IT PSV AV", "", "C")
    T("""POI SHARIF uses vulnerable adults' bank accounts to move fraud proceeds. At least 6 accounts opened in names of residents of a supported housing scheme in Blackburn; cards and PINs kept by SHARIF. One resident said "he gave me £50 and took my card for a bit". INT 2/B/P.""",
      "AV WW", "NCW MBC", "C")
    T("""Student (19) arrested for money laundering after allowing £9,000 through his Monzo account for someone on Instagram who promised a cut. Student kept his own card, wasn't threatened, regrets it. Money mule but not trafficking – safeguarding advice given.""")
    T("""Interview (Romanian). "They drive us every morning to Oxford Street, we must steal from shops, clothes, perfume. We give everything to Gabi. If we come back with nothing, no food, and he hit the boys with the belt. I am 15. I never go to school here." """,
      "AV PSV AC", "ET", "C", "high")
    T("""Shoplifter detained at Boots, Meadowhall. Female, 30s, Slovak, says she was told by a man to steal razors and he waits in the car park. She has no phone and says he keeps her documents. Man gone on arrival.""",
      "RD", "DT ET", "C")
    T("""Benefits fraud team (DWP): 14 Universal Credit claims all using the same landlord letter and 3 addresses in Derby, claimants are Slovak and Czech nationals who don't know they are claiming; payments go into accounts operated by one male. Claimants say they were brought here for work that never existed.""",
      "DEC WW", "NCW MBC", "C")
    T("""IP (Vietnamese, 17) in police custody after cannabis factory raid in Coventry: "The man say if I talk to police my family in Vietnam will be hurt. I stay here 4 month, they bring food. I sleep next to plants, very hot, smell very bad, I cough all the time." """,
      "AV IT AC", "SW FA PLC", "C", "high")
    T("""Cannabis grow, Lincoln. Two men arrested, both UK nationals, admitted they set up the grow themselves to make money and shared profits. No vulnerability or coercion identified.""")
    T("""Debrief (interpreter: Dari). Male (16, Afghan) says after crossing he was "helped" by man who gave him a place to live in Birmingham, then told him he must work at car wash for no money to pay for the room and for the smuggling. "He told me, you are a child and illegal, the police will put you in prison if you go to them." """,
      "AV DB WW IT", "FA", "L", "high")
    T("""Care home, Stockport. Whistleblower: "The Zimbabwean carers sponsored by the owner are doing 72-hour weeks and sleeping in a spare resident room. He makes them repay £8,000 'training cost' if they leave. One of them cried and said she can't go home because her visa is tied to him." """,
      "EO AC DB AV", "LH SW UF", "L")
    T("""Nurse (Nigerian, on Health and Care visa) says she is working 12-hour nights because of staff shortages and overtime rates. Has her own passport and BRP, paid correctly, can change shifts. Contacted us to ask about switching employer. Not MS.""")
    T("""Translated letter from PV to her sister (Urdu), handed to police: "Baji, I am not allowed to phone you. They keep me in the house, I wash, I cook for all of them. Bhai Sahib hits me with the chappal when the roti is cold. They say if I tell anyone they will send me back and say I was bad woman." """,
      "ISO RM PSV IT", "IS RMS", "D")
    T("""Interview with Moroccan domestic worker (43), Knightsbridge. "My employer bring me from Riyadh with him, he pay me 300 dollar a month to my son in Morocco. In London I work all day, all night, I sleep in the laundry room. Madam keep my passport in her handbag." """,
      "WW EO AC RD", "NCW LH SW DT", "D")
    T("""Caller, neighbour, Wembley: "there's a young girl looks about 15 in the house next door, never at school, I see her hanging washing at 6am and still up at midnight cleaning the car. The woman there shouts at her all the time in a language I don't know." """,
      "AV EO", "LH IS", "D", "high")
    T("""Follow-up Wembley address: girl is 19, the niece of the householder, enrolled at college (confirmed), has her own phone and spoke to officers alone in English. She helps out with chores. Household stressed but nothing indicating servitude.""")
    T("""ABE extract, female (22, Indian, spouse visa). Q: What happened to your documents? A: "Mother-in-law took them on the first day. She said for safe keeping. I asked many times." Q: Did you get money? A: "Never. I was servant for the whole house." """,
      "RD WW", "DT", "D")
    T("""Case note: client says she "had to do everything in the house, even for the lodgers, and never got a penny, but I could go to the shops and to my friend's, and I had my passport". She left after 2 years. Assessed under MS pathway – reasonable grounds not met; domestic abuse service involved.""",
      "WW", "", "D")
    T("""Interview extract (Farsi interpreter). "The man in Tehran told me: you can sell one kidney, get 10,000 pound, and go to England. In Turkey the hospital was in a house. After, they give me only 1,000 and they say rest is for smuggling to UK." Scar on left flank observed. PV now in Leeds.""",
      "DEC WW", "PA", "O")
    T("""Intel: Nigerian male offering money to young women in Peckham to travel to Lagos "for a kidney donation to a rich uncle". One 21-year-old said she was told she would be paid £7,000 and her debt to him would be cleared. INT 3/B/P.""",
      "DEC DB AV", "", "O")
    T("""Referral from renal unit, Royal Free: patient (60s) receiving a kidney from his son. Living donor assessment complete, Human Tissue Authority approval obtained, son interviewed alone and gave free consent. No concerns about trafficking.""")
    T("""Hospital safeguarding team: male donor (24, Albanian) presented with 'uncle' for living kidney donation to uncle. Donor speaks no English, uncle translated; interpreter for independent assessment found donor not related, had been promised work in UK and 'to have the debt cleared'. Donor very frightened. HTA notified.""",
      "DEC DB AV", "SFW FA", "O")
    T("""I give my kidney to my sister because I love her. The doctors in Manchester ask me many times if somebody pay me, if somebody force me. Nobody. She is well now.""")
    T("""PV (Pakistani man, 35): "Agent in Lahore said job in UK warehouse. In Dubai first they do medical tests, blood tests, many. They say kidney match. They say if you don't give kidney you pay back 10 lakh for visa. I was afraid." Did not have surgery. Escaped to UK on visitor visa.""",
      "DEC IT DB", "UF FA", "O")
    T("""Transplant patient (54) says he went to Pakistan for a kidney in 2019 and paid £20,000 to a clinic. He doesn't know who the donor was. Raised by renal consultant as possible organ trafficking concern.""",
      "", "", "O")
    T("""POI BEGUM known to advertise 'kidney for sale' on Facebook groups, targeting asylum seekers in Home Office hotels. Offers £5,000 and says travel to Istanbul paid. INT 3/C/P.""",
      "AV DEC", "", "O")
    T("""Asylum seeker in hotel in Stoke reports being approached by man outside saying "you are healthy, you can make money with your body, one kidney is enough". He refused and the man left. No further contact.""")
    T("""Voice note transcript (Arabic, translated): "I am in a house in Bolton. They take my passport and phone. The other man say we go to hospital for testing. I don't want surgery. They say you owe us, you sign paper in Syria. Please come." """,
      "RD ISO DB", "DT IS", "O", "immediate")
    T("""Cuckooing: Mr BRYCE (67, COPD, lives alone) in Preston says "Them lads have taken over, I can't get into my own kitchen, they said if I call the coppers they'll burn the flat with me in it." Door was bolted from outside when officers arrived.""",
      "AV IT RM", "RMS FA", "C", "immediate")
    T("""Female, 20, NRM referral from Cumbria. "I met Ryan on Snapchat. He said I could live at his. Once I was there he took my phone and my bank card, he said I had to pay him back for everything he'd bought me. He made me sleep with his mates for money. I couldn't leave the flat without him." """,
      "DEC ISO WW DB RM", "NCW RMS ET", "S")
    T("""Interpreter summary (Polish). PV explains he was approached by 'Janusz' at a bus station in Gdansk. Told of good work in Britain. In Wisbech he was given a room shared with 6 men and a job at a packhouse. Janusz collected wages by having the payroll paid into an account in PV's name but Janusz kept the card. Also charged £30/week for van to work, £25 for the hi-vis and boots. PV got £30 a week. Told if he complains he'd be "put in the river".""",
      "DEC WW AC IT", "OA NCW CT PPE", "L")
    T("""Debrief, woman (Slovak, 36) with mild learning disability. Brought to Rotherham by family friend, married to a Pakistani national for £3,000 that she never saw. "He say I am his wife, but I am just cleaning, and sleep with him when he want. I don't want." Not allowed out alone.""",
      "AV DEC PSV RM WW", "RMS", "D")
    T("""The farm had a bunkhouse with 40 beds, clean showers and a canteen, workers on Seasonal Worker visas from Kyrgyzstan. Each had their own passport and a Revolut card. Auditor from the scheme operator found hours within 48 p/w averaged. Some complained about the rain. No concerns.""")
    T("""Seasonal worker (Nepal, 28): "Before I came I paid 5,000 dollar to the agent in Kathmandu, I borrow from moneylender. Here the farm send me home after 6 weeks because no fruit. I still owe the money, my family is in danger from the lender." Referred to GLAA regarding recruitment fees.""",
      "DEC AV", "UF", "L")
    T("""GLAA inspection notes, Kent packhouse. Labour provider charges workers £8 per week "equipment hire" for gloves and hairnets and £4 a day for the shuttle. Deductions not on payslips. Workers unwilling to speak in front of supervisor.""",
      "WW", "PPE CT FA", "L")
    T("""IP said: "We start 4 in the morning, the minibus come, we all go, maybe 15 person in minibus for 9. Back at home 9 or 10 at night. One day off in two weeks if lucky." """,
      "EO AC", "CE LH", "L")
    T("""Construction worker (Romanian, 40) says agency paid him £90/day cash, no payslip; he's unhappy with the money but has his ID, lives with his wife in their own rented flat and moves between jobs as he likes. Referred to HMRC re NMW and tax only.""")
    T("""PV said "I do not know the address of house. They bring me blindfold first time. The boss say no talk with English people." She had never been given a key and had been in the country 8 months.""",
      "ISO RM", "IS RMS", "L")
    T("""SMS from PV to friend (shown on phone): "cant talk hes here. took my passport and card. says i owe 2k more now cos i was sick 3 days. dont call police plz he will know". """,
      "RD DB WW", "DT NCW FA", "L")
    T("""Hotel worker (Ghanaian, 29) tells union: "Agency sends me to three hotels. I do 16 hours some days. If I say no to a shift, they don't give work for a week. Pay is right, I have payslips, I just want rest." Referral for working time issue only.""",
      "EO", "LH", "L")
    T("""Intel: males working at recycling plant near Widnes are housed by the owner in portacabins on site, no hot water, paid in cash "when he feels like it". One male seen with a bandaged hand, said a machine, no first aid given. INT 2/C/P.""",
      "AC WW", "SW PLC PA", "L")
    T("""Witness says: my friend Ion work at the car wash on Wolverhampton Road, he told me the boss is keeping his ID card because he thinks Ion will run away. Ion live behind the car wash in a caravan. He never have day off.""",
      "RD AC EO", "DT SW PLC LH", "L")
    T("""Victim's account (Lithuanian woman, 58): "The men who brought me, they say I work cleaning offices. But they keep me in house and make me sign for loans at Provident and phone contracts. They take the phones and money. I have now debt 14,000 pound in my name." """,
      "DEC RM WW", "RMS NCW", "C")
    T("""Extract from diary kept by PV (Chinese, 41) in the restaurant, translated: "Day 112. Boss shouts. Cut my hand, no plaster, he says wrap it in cloth and keep going. Still no pay. 14 hours today. Sleep on the chairs." """,
      "AC WW EO", "PA LH SW", "L")
    T("""Debrief PV (Indian male, 47): "I was on farm in Wales, sheep farm, very remote, nobody comes. The farmer is ok sometimes but he pay me £100 a month and say the rest is for my food and caravan. I don't have phone signal there. I don't know the name of the village." """,
      "ISO WW", "IS PLC", "L")
    T("""We run a Polish deli in Crewe and employ 6 people, all on payroll. A customer accused us online of "modern slavery" because my staff work Saturdays. Please can someone confirm we have done nothing wrong, we are happy for you to inspect.""")
    T("""Rescue from a house in Kilmarnock, 11 Romanian men, one toilet, mouldy mattresses, no food in kitchen except bread. Men said the boss collects them at 5 and bring them back at 11 at night from a fish processing plant. None had their own ID; a bag of 11 ID cards found in boss's car.""",
      "AC RD EO", "OA PLC CE DT LH", "L", "high")
    T("""IP says: "No-one takes my passport, I hold my own. I work long day but I choose. But money – the boss say every month he will pay next month. Now five months." """,
      "WW", "", "L")
    T("""Hi I'm phoning on behalf of the old lady next door. There's been a young girl come from Africa to look after her, and I've never seen her leave the house, and yesterday she knocked on my door crying saying "please, they won't let me out, they have my passport, I haven't been paid". She's gone back in now. She said her name's Blessing.""",
      "RM RD WW", "RMS DT IS", "D", "immediate")
    T("""Debrief of Vietnamese male (19) found in a lorry at Coquelles by Border Force. Says he paid the smugglers himself via family, was going to his brother's in London for work, wasn't threatened or held. Smuggling, not trafficking, on present information.""")
    T("""Caller (a taxi driver) says he drove a girl, maybe 15, with two men from Luton to Derby. The men spoke for her, one held her phone, and she kept crying. He dropped them at Premier Inn Derby West 20 mins ago. Reg of taxi AY68 XLN.""",
      "AV ISO", "SFW ET", "S", "immediate")
    T("""Account of IP (Bangladeshi chef): "I pay £20,000 for the job. When I arrive, owner say no chef job, you do kitchen porter and cleaning. Salary on paper is £2,200 but he take £1,500 back in cash every month. If I say no he will report me to Home Office and my visa finish." """,
      "DEC WW IT DB", "UF", "L")
