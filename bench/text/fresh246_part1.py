# fresh246 part 1: British Transport Police, stations, trains, county lines runners
def add(T):
    T("BTP INT 2/B/P. IP (15yrs, Lambeth) stopped at Birmingham New Street off the 16:03 from Euston. Found with £640 cash and a mobile showing 'line' messages. States an older male 'DEVS' pays his ticket and tells him which train. Says if he loses the parcel he has to 'work it off'. Safeguarding referral to Lambeth MASH.",
      "AV DB", "", "C", "high")
    T("Juvenile on the 07:40 Paddington-Swansea, no ticket, 3 phones, wraps in sock. Told guard 'I can't go home til the bag's empty'.", "AV", "", "C", "high")
    T("Caller reports two lads about 14 getting off at Crewe every Friday, same older bloke meets them in a silver Audi VN19 XKT, they look scared stiff and one had a black eye last week.",
      "AV", "PA FA ET", "C", "high")
    T("Fare evasion: adult male, 34, travelling Leeds to York without a valid ticket. Penalty fare issued £20. Stated he forgot to buy one. Compliant. No further action.", "", "", "", None)
    T("BTP log 0412 23/04. Child missing from care (Kent CC) located at Margate station with an adult male, 19, known to Op Orochi. Child had a burner and Oyster card paid for by the male. Male arrested. Child distressed, would not give address where she had been staying, said 'they'll know I talked'.",
      "AV IT", "FA ET", "C", "high")
    T("Officer stop and search under s23 MDA at Manchester Piccadilly. 16yo from Enfield, 22 wraps of crack in his underwear. Says he was 'sent up' and owes £1200 because he was robbed on the last run, told he has to keep grafting till its paid. Says his mum doesn't know where he is. NRM referral by Manchester City Council.",
      "AV DB ISO", "IS", "C", "high")
    T("Rail staff at Peterborough report a girl approx 13 sitting on platform 4 for over 5 hours, said she was waiting for 'her uncle' to text her which train. No phone credit, had not eaten. Officers attended, girl reported missing from Wandsworth. Phone had numerous messages from unknown number with addresses in Lincoln.",
      "AV", "PA", "C", "high")
    T("train from norwich is full of kids with rucksacks every day after school finishes, sum of them dont look like there going home, same man in a grey tracksuit always with them on his phone", "AV", "", "C", "high")
    T("INT 3/C/P: Source states POI Jordan MILLER (DOB 02/02/2003) is running the 'Kenny' line into Hastings and uses local kids aged 14-16 to carry on the Southern services from Croydon. Kids are paid in trainers and weed. MILLER takes their phones off them once they arrive so they can only use the work phone.",
      "AV ISO WW", "IS", "C", "high")
    T("Passenger assault at Glasgow Central concourse, drunk male punched another male following argument over a seat on the train from Edinburgh. Suspect arrested for assault. Victim declined medical treatment.", "", "", "", None)
    T("BTP officers patrolling Stratford. A 17 year old boy was stopped with a knife and two phones. He told officers 'I'm not allowed to stop, they said they'd do my little brother if I go home'. He has been travelling between London and Ipswich for three weeks and sleeping in a trap house.",
      "AV IT", "FA", "C", "high")
    T("Guard on CrossCountry service reports a man in his 50s repeatedly paying for tickets for three different teenage boys over several weeks between Bristol and Exeter. Boys sit apart from him and he gets off one stop earlier. Intelligence submitted, no crime identified at this stage.",
      "AV", "ET", "C", "high")
    T("Lost property handed in at Reading: rucksack containing clothes, a passport in the name of a female, a charger and a bank statement. Owner traced via the passport and collected it the same day. Owner is a student at the University of Reading. No concerns.", "", "", "", None)
    T("My son is 15 he keeps going on the train to Southend and coming back at 3am with new clothes and money, someone keeps ringing him from a withheld number and he goes white and leaves. Last night he came back with a cut on his hand and said he fell. I am terified for him.",
      "AV", "PA FA", "C", "high")
    T("Referral from St Giles Trust caseworker: Y (16) disclosed that he has been moved between Liverpool Lime Street and Aberystwyth by train for 'the olders'. He was kept in a flat for a week with no heating, only food was chicken and chips brought once a day. He was told that if he ran they would find his sister. He has no phone of his own.",
      "AV RM AC IT ISO", "PLC IS RMS", "C", "high")
    T("Ticket barrier staff at Leicester raised concerns about a young-looking lad who they see most days travelling with a return from Leicester to Loughborough and always being met by a black Merc. BTP checked: 19yo, student at Loughborough, girlfriend picks him up. No concerns.", "", "", "", None)
    T("POI Tyrone ASHBY known to use under-18s as runners on the Chiltern line to High Wycombe. Intelligence suggests he 'fines' the runners £200 for being late, which gets added to what they already owe him.",
      "AV DB", "", "C", "high")
    T("Mum called 999 - 14yo daughter texted saying she's on a train with 'some men' and doesn't know where she is, they won't let her off. Last cell site Didcot Parkway. Train believed to be 1A40 to Cardiff. BTP officers meeting train at Swindon.",
      "AV RM ISO", "RMS IS", "", "immediate")
    T("Stop of a 16 y/o at Liverpool Street. Nothing found. Said he was visiting his nan in Colchester. Nan contacted and confirmed. Stop ended, no further action.", "", "", "", None)
    T("Debrief (translated from Vietnamese): I came off the coach at Victoria and a man took me on a train. He had my passport from the beginning. I did not know the town. I was put in a house with plants and told to water them. The door was locked from outside. I was there many months. He said my family in Nghe An owed him £20,000 for my journey and would suffer if I ran away.",
      "AV DEC RM ISO RD DB IT", "DT RMS IS UF", "C", None)
    T("BTP INT 2/B/P. Male, approx 40, seen at London Bridge handing envelopes to four young males who then board separate trains to Brighton, Eastbourne and Hastings. Believed to be the line holder dispatching runners. CCTV secured.", "", "", "C", "high")
    T("IP is 15, stopped at Wolverhampton with a weapon. Disclosed he 'owes the olders' after his stash got nicked and they've been 'taxing' him every week since. He was slapped about and his phone taken. Mum says he's been missing overnight 6 times this month.",
      "AV DB PSV ISO", "PA IS", "C", "high")
    T("Concern for welfare - young female on Swindon platform crying, said her boyfriend left her after an argument. Spoke to her family, dad came to collect. No further concerns.", "", "", "", None)
    T("Case note, YOT: J disclosed he is made to travel to Bournemouth on the train and stay in a flat with an adult woman who is a heroin user; he sells from there. He is not allowed to leave the flat except to do drops, and one of the olders 'sits on him' the whole time. He said he has been promised a share but has never been paid anything.",
      "AV RM DEC WW", "RMS", "C", "high")
    T("Anonymous: there is a boy about 12 who keeps sitting by the ticket machines at Derby station and takes packages off men getting off the London train. He never seems to be at school.", "AV", "", "C", "high")
    T("Rail enforcement officer reports that 3 teenage boys were removed from a Northern train at Blackburn for not having tickets. Boys refused to give details, all three had identical pay-as-you-go phones and one had a large amount of cash. Two gave addresses in Salford. Referred to Lancashire Police for safeguarding.", "AV", "", "C", "high")
    T("BTP. Adult male arrested at Bristol Temple Meads with 45 wraps of heroin. Aged 33, known user, says he's 'grafting for a bloke' to pay off his own debt for gear and gets paid in bags. Sleeps on the bloke's sofa. Says 'I've got no choice, he'd smash me up if I didn't'.",
      "AV DB WW IT", "", "C", None)
    T("Text to 61016: lad on the 18:12 from Kings Cross to Peterborough in coach C looks about 13, big older man keeps taking his phone and reading his messages, lad looks petrified",
      "AV ISO", "FA IS", "C", "immediate")
    T("INT 4/C/P - Unconfirmed. Rumour among rail staff at Sheffield that a gang are using the station toilets to hand over gear to kids. No details. Submitted for awareness.", "AV", "", "C", "high")
    T("Report of antisocial behaviour at Luton station. Group of teenagers aged 15-17 shouting and throwing food on the platform. Dispersed by BTP. Details taken, parents informed. No indicators of exploitation identified.", "", "", "", None)
    T("A 16-year-old girl from Hackney was found by BTP at Northampton station at 02:40. She said a man called 'Blade' put her on the train and told her to deliver a bag to an address she'd been texted. She had no money for a ticket back and he had told her not to come back without the money. Her phone had location-sharing on to his number.",
      "AV RM IT", "RMS", "C", "high")
    T("Stop at Oxford: 17yo with £2k in cash, said it was from his job at a car wash. Employer contacted and confirmed he's paid cash weekly and had just been paid a bonus. Cash was retained pending enquiries. No exploitation indicators.", "", "", "", None)
    T("Op Raptor briefing: County line 'Dizzy' run from Tottenham into Norwich. The line relies on children travelling on the Greater Anglia service. Children are given a burner on arrival and are not allowed to keep their own phone. Several have been injured, one child was stabbed in the leg as 'discipline' in March.",
      "AV ISO PSV", "IS", "C", "high")
    T("Mr Karim (father) reports his son (14) came home after 4 days missing. Son says he was in a flat in Kettering and slept on the floor, had to deliver for a boy called 'Smokey'. Son says he was told his debt was £800 and now £1500. He is scared to go to school because they know where it is.",
      "AV DB AC IT", "FA PLC", "C", "high")
    T("PCSO at Shrewsbury station reports a boy about 15 on the bench with a brand-new North Face jacket, three phones ringing continuously. He said he was from Manchester and 'visiting'. Refused to give name. When officer approached, a man across the platform walked off fast and boarded the next train.",
      "AV", "FA", "C", "high")
    T("Welfare check at St Pancras: 12 y/o travelling alone to Sheffield to see his dad. Mum had booked the ticket and messaged the train manager. Dad met him at the station. All fine.", "", "", "", None)
    T("Child Exploitation referral: R is 15, lives with mum in Erdington. He has been found on trains to Stoke and Shrewsbury at night 4 times. He has injuries on his knuckles and a bruise round his neck which he won't explain. Police found £300 and a mobile which received messages such as 'u better sort it or ur mum gets it'.",
      "AV IT", "PA FA", "C", "high")
    T("Source (INT 2/B/P) reports that 'Rocco' holds the passports of two Albanian lads aged 17-18 who work his line in Swansea, having brought them into the UK on a lorry. They are told they owe £15k for the trip and their share is docked every week.",
      "AV RD DB WW", "DT UF NCW", "C", "high")
    T("Revenue officer on the Chiltern service reports a young lad kept getting off at Banbury with no ticket and running off. Happened 5 times. Possible fare dodger, could be nothing. Intelligence only.", "", "", "", None)
    T("Girl 16 located at Coventry station, reported missing from home in Ealing for 6 days. She says she was with her boyfriend who is 24 and they've been staying at his friends' places in Leamington. He's got her selling weed for him and he keeps all the money, says she owes him for rent and food. She says she loves him and doesn't want him in trouble.",
      "AV DEC DB WW", "NCW", "C", "high")
    T("Two teenagers found in the toilets on the Virgin Pendolino at Preston. One had a package of cannabis. Both from Birmingham, both under YOT. Said they'd been told they would be 'battered' if they got caught. Safeguarding referrals made.",
      "AV IT", "FA", "C", "high")
    T("BTP INT 3/B/P. 'Mr C' (nominal: Colin BRANNAN) recruits homeless adults from outside Leeds station, gives them a train ticket to Scarborough, a phone and gear to sell. Once there they are housed in a bedsit, their benefit money is collected by BRANNAN.",
      "AV WW", "NCW", "C", None)
    T("PCSO patrol Weston-super-Mare station: male, 15, had travelled from Birmingham, was reported missing at 21:00. Located, said he 'was meeting mates'. Nothing found on him. Parents collected. Return home interview to follow; no disclosures made.", "", "", "", None)
    T("WhatsApp to BTP: boy being held down by two older boys in the back carriage of train from Stevenage, they're going through his pockets and one just punched him in the face. Carriage 7. Please come now.",
      "", "", "", "immediate")
    T("Care home manager reports a looked-after child (15) has been returning with new trainers and rail tickets for Eastbourne and Hastings in his pockets. Says he has been told by 'some man' that he can earn £500 a week. Child missing 9 times since January.",
      "AV DEC", "", "C", "high")
    T("Officer notes: male aged 18 with learning difficulties stopped on a train to Bangor. He had 30 wraps in his coat. He says a man he calls his 'friend' gives him a place to stay and tells him to do trips, and keeps his bank card 'for safe keeping'. He has not seen his mum for 2 months because his friend says she doesn't care about him.",
      "AV WW ISO", "NCW IS", "C", "high")
    T("Two teenage girls with their dad travelling Birmingham to London on a day out, dad left the rail tickets at home. Penalty fare issued. Friendly, no issues.", "", "", "", None)
    T("INT grading 2/A/P. Intelligence indicates a line called 'Lenny' operating into Worthing uses a 16yo girl as 'the face' — she travels down twice weekly and is sexually abused by line members as payment for 'protection'.",
      "AV PSV", "", "C S", "high")
    T("BTP Op Defender day of action: 18 stops, 4 arrests for PWITS, 2 children safeguarded (both 15, from Croydon), both travelling on the Thameslink. One said 'I've got to go back or they'll hurt me'. Weapons seized: 2 knives.",
      "AV IT", "FA", "C", "high")
    T("Child was stopped at Euston with a large quantity of drugs. Declined to say anything apart from 'no comment', visibly shaking, looking at his phone. Mother informed.", "AV", "FA", "C", "high")
    T("Letter from a nurse at A&E: 16-year-old admitted with a stab wound to the thigh, arrived from Paddington by ambulance. He says he was 'attacked randomly on the train'. He has rail tickets Swansea-London in his pocket dated the last 3 days and two phones. I am concerned he is being exploited.",
      "AV PSV", "PA", "C", "high")
    T("IP adult female, 23, with addiction, stopped at Carlisle with crack and heroin concealed internally. Disclosed she was 'plugged' by two men in a flat in Glasgow and made to carry it on the train. Said she couldn't refuse because they supply her.",
      "AV PSV", "", "C", None)
    T("Stop at Barking: 15yo with a machete in his bag. Says he carries it for protection because there's a beef with another group. No drugs found, no suggestion of anyone directing him. Arrested for possession of a bladed article; referral to YOT.", "", "", "", "high")
    T("Social worker: Kai (14) has told me a man gave him a free train pass and new Jordans, then said he owes him for it and has to 'do a few drops' to pay it back. Each time he does a drop he is told the debt has gone up because of 'petrol'. He's now too frightened to tell his mum because the man said he'd 'come round'.",
      "AV DB IT DEC", "FA", "C", "high")
    T("Station CCTV review at Gloucester: male aged 30-35 hands backpack to a boy on platform 2, boy boards service to Cheltenham, male leaves. Same pattern 3 times in a week. Intel submitted.", "AV", "", "C", "high")
