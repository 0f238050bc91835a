# fresh256 part 3: criminal exploitation (county lines, cannabis, begging, shoplifting, mules, benefits) and ordinary crime
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P: 'KAYS' line (07700 914 322) running from Birmingham (B6) into Worcester. Two juveniles believed to be deployed to a cuckooed address on Tolladine Rd, Worcester, one aged 14 from Aston. Source states the older males took the boys' phones and gave them burners, and the boys are told they owe £800 after a 'robbery' of the stash that is believed to have been staged.",
  "AV ISO DB", "IS", "C", "high")
T("15yr old boy from Handsworth found in Hereford at 0100 with 22 wraps of crack cocaine plotted in his rectum and £340 cash. He had been reported missing 3 days ago. He said he had been 'staying with a mate'. Refused to say more, very scared.",
  "AV", "FA", "C", "high")
T("Search warrant at a house in Kidderminster: cannabis grow of 320 plants across 4 rooms. Vietnamese male found in the loft, sleeping on a mattress next to the lights. Doors locked from outside with padlocks. He said a man brings food every three days. He has no phone and does not know what town he is in.",
  "RM ISO AC", "RMS IS SW PLC", "C", "high")
T("Two lads selling weed in the park in Bilston. Both 19, their own gear, arrested for PWITS. Interviewed, no signs they were working for anyone else. Nothing to suggest exploitation.",
  "", "", "")
T("Mum of 16 year old from Wolverhampton: my son keeps going missing for days, comes back with new clothes, a second phone that keeps ringing, and last time a stab wound to his leg he said he got playing football. I think he's in a gang selling drugs in Shrewsbury. He's terrified of someone called 'Dex'.",
  "AV PSV", "PA FA", "C", "high")
T("Cuckooing: vulnerable adult, 58, learning disability, flat in Brierley Hill, taken over by Birmingham dealers. Neighbours report people coming and going day and night. The man has been seen with a black eye and says 'they're my friends'. Dealers are using his bank account.",
  "AV PSV WW", "PA NCW", "C")
T("Romanian woman with a baby begging outside Tesco, Worcester, every day. Dropped off by a man in a silver Passat at 8am and collected at 6pm, he takes the money from her cup. She told a PCSO she has to make £50 a day 'or problems'.",
  "WW IT", "CE ET NCW", "C")
T("Shoplifter arrested in Dudley, 34, local, heroin addict, stealing to fund his own habit. No one else involved. Referred to drug services.",
  "", "", "")
T("Shoplifting gang in Birmingham city centre Bullring: 5 Romanian females, believed brought over by a man who drives them to different shopping centres every day (Merry Hill, Touchwood, Telford). Women say they are given targets and he keeps everything. One had a fresh bruise on her face.",
  "WW PSV", "ET PA NCW", "C")
T("Money mule: student, 19, at University of Worcester, let a man on Instagram use her bank account for £200. Now he says if she stops he'll tell the uni and the police she's a fraudster. £38,000 went through her account.",
  "AV IT", "", "C")
T("Drugs raid, Walsall. Two adult males arrested, known dealers, PWITS heroin. No juveniles present, no signs anyone working under duress. Normal drugs job.",
  "", "", "")
T("Transport police: boy 14 stopped at Birmingham New Street heading to Hereford alone with £1,000 cash sewn into his jacket lining and a Nokia burner. Said 'a man' gave him the ticket. Safeguarded, MASH referral, NRM considered.",
  "AV", "", "C", "high")
T("Cannabis factory in a disused pub in Bloxwich. 2 Vietnamese men arrested, both said they were brought to UK in a lorry, owed $30,000 to the snakeheads, and must 'garden' until it was paid. They said the men who run it threatened to kill their families in Nghe An. They had no passports.",
  "DB IT", "UF FA", "C")
T("BoyS on bikes dealing round the back of the Chinese in Tipton, i think there about 12 an older guy in a range rover gives them the stuff. please send someone",
  "AV", "", "C", "high")
T("Neighbour reports the flat below is a cannabis farm, smell is awful, windows covered in foil, electricity meter bypassed. Never seen anyone come or go. Warrant executed: nobody present, 80 plants. Owner of grow unknown. No victim identified.",
  "", "", "")
T("DWP intel: 9 Slovakian nationals claiming Universal Credit via the same 'advisor' who set up their accounts, holds their phones and online log-ins, and takes most of each payment. The claimants work at a meat plant in Hereford for a gangmaster. They get £40 a week. They live together in a 3 bed terrace owned by the advisor.",
  "WW AV ISO", "NCW OA IS", "L C")
T("County lines intel 3/C/P: 'Tilly line' from Wolverhampton into Telford using addresses of drug users in Hadley and Brookside. Runners believed to be 16/17 from Whitmore Reans. Line holder nominal Darnell CAMPBELL. Runners not allowed to go home until the 'box' is sold out.",
  "AV RM", "RMS", "C", "high")
T("I'm 17 and I owe these guys money because I got robbed for their food. They say I've got to go OT to pay it off. I can't tell my mum. They said they'll come to the house.",
  "AV DB IT", "FA", "C", "high")
T("Car stopped on the M54, driver 22 from Birmingham, passenger 15 from Dudley, £2k of crack and heroin in the glovebox, 4 phones. Driver claims passenger is his cousin. Passenger was missing from home. Both arrested, passenger safeguarded as a suspected CCE victim.",
  "AV", "", "C", "high")
T("Theft from a charity clothes bank in Telford, lads seen loading bags into a van. Turns out it's a licensed collector. No offence.",
  "", "", "")
T("Shropshire farmer tipped off that men living in caravans on his neighbour's land are growing cannabis in a barn, saying the neighbour rented the barn to 'some Albanians'. Visit found 200 plants and two men, both Albanian, who said they were paid £1,000 a month to tend it. They could come and go. Both arrested.",
  "", "", "")
T("Safeguarding referral from Walsall YOT: young person (16) charged with possession with intent. Disclosed that an older male 'B' has been making him sell since he was 13, beats him if the money is short, and once held a knife to his throat in front of his younger brother. YP fears for his family.",
  "AV PSV IT", "FA", "C", "high")
T("Forced begging, Hereford. Disabled Romanian male, no legs below knee, placed on Commercial St every day by two men who collect him in a wheelchair van at night. Member of the public saw one of them taking the cash tin and slapping him.",
  "AV PSV WW", "ET CE NCW", "C")
T("Three bank cards in different female names and £2k cash found on a man at a cash point in Wednesbury at 3am, he was trying them one after the other. He claimed they belonged to his 'workers' at a car wash.",
  "WW", "MBC NCW", "L C")
T("Youth worker, Birmingham: young person, 14, keeps showing up with new trainers and money, tells staff he 'works' for 'Little T' holding stuff. He says Little T will 'do him' if he stops. Referral to Children's Services and Exploitation Hub.",
  "AV IT", "", "C", "high")
T("Cannabis farm found in Lye above a shop after fire brigade attended a small electrical fire. 17yr old Vietnamese boy found on the premises, no ID, said he'd been there 'many months', sleeping in the grow room, had skin rash and a cough. No English. Says he came in the back of a lorry and 'the boss' said he must work to pay for the journey.",
  "AV AC DB ISO", "SW PA PLC UF IS", "C", "high")
T("Anonymous: The lad at the bookies on Bearwood road is being made to put money through his account by the men he owes money to, he's only 18 and they took his card off him",
  "DB WW AV", "NCW", "C")
T("Drug-related stabbing in Ladywood, victim 24, known dealer, dispute over territory. Suspect known. No indicators the victim was exploited by others.",
  "", "", "")
T("Care leaver, 18, Walsall, housed in supported accommodation. Staff report older men take him out in a car for days at a time, he comes back dirty and exhausted. He has said he is 'working off' a debt and 'can't leave'. He has a new scar across his hand.",
  "AV DB RM", "PA RMS", "C")
T("Trading Standards, Wolverhampton: shop selling counterfeit tobacco. Staff member, Kurdish, says he was told he'd get a job and accommodation and then it turned out he had to sell the fake cigs and would be paid 'when the boss says'. He sleeps in a storeroom at the back.",
  "DEC WW AC", "SW", "L C")
T("Worcester: boy 16 stopped on bike, 5 wraps of crack, said he sells for himself. Intelligence indicates he is working for the 'Dolla' line from Birmingham. Referred to Children's Services as a possible CCE victim despite his denial.",
  "AV", "", "C", "high")
T("Neighbour dispute over loud music at a flat in Hereford. Tenant accused of 'running a crack den'. Visited, just a party, no drugs found.",
  "", "", "")
T("Police on a drugs warrant in Dudley found a woman, 45, heroin-dependent, in the bedroom. Dealers from Birmingham had been staying 3 weeks and had taken her benefits card and her phone. She was scared and said they told her they'd burn the flat if she called police.",
  "AV WW ISO IT", "NCW IS FA", "C")
T("INT 2/B/P: POI 'SHARKY' holds the bank cards and PINs of 8-10 students at Aston University; he uses the accounts to wash drug money. Students are paid £100 per transaction and are told they'll be 'sorted out' if they open their mouths.",
  "WW IT", "NCW MBC", "C")
T("Someone's nicking diesel from the farm in Bromyard at night. Probably just local thieves. Just want a patrol.",
  "", "", "")
T("Girl, 15, Telford, found in a crack house in Wellington with two males in their 20s. She had drugs and a knife. Says she works for them 'delivering' and gets free weed. Previously missing 6 times.",
  "AV", "", "C", "high")
T("Intelligence: Vietnamese teenagers moved from a nail salon in Coventry to a cannabis factory in Nuneaton and then Walsall. One is thought to have been beaten after a failed crop. Transported by car at night in the boot.",
  "AV PSV", "ET", "C L", "high")
T("I have to steal from shops every day for the man, he drive me to Merry Hill and wait. If I bring nothing he not give me food and sleep outside. I am 16. I come from Romania with him.",
  "AV AC", "ET", "C", "high")
T("Cash machine at Quinton: male seen using six different cards in 10 minutes. Stopped: all cards in his own name from different banks; he is a market trader moving takings between accounts. Checked out. NFA.",
  "", "", "")
T("Benefit fraud / exploitation: 23 Czech Roma housed in two properties in Wolverhampton by a family who claim UC on their behalf, keep the cards and PINs, and put them to work at a scrapyard. Adults say they get 'pocket money' of £20 a week.",
  "WW", "NCW OA MBC", "L C")
T("Fourteen year old girl from Birmingham found by West Mercia at a cuckooed flat in Malvern, holding drugs. Line name 'JJ'. She had been there 4 days. She had bite marks on her arm. She would not say how she got them.",
  "AV", "PA", "C", "high")
T("Lad at the corner shop says he is forced to sell cannabis out the back by the owner. Spoke to him: actually he was joking with the customer and works normal hours for his dad. Nothing in it.",
  "", "", "")
T("Weapons seizure in Aston, 3 males in their 20s with machetes. Gang dispute. No exploitation element identified at this time.",
  "", "", "")
T("County lines, Hereford: local man (38, mental health issues) said the Brum boys 'took over his place' and he has to stay in the bedroom when they are working. They have taken his phone. He has lost weight and is unkempt.",
  "AV RM ISO", "RMS IS PA", "C")
T("Referral, Walsall Children's Services: boy 13 has been seen repeatedly with older youths at a house in Palfrey which is believed to be a trap house. He told a teacher he 'has to' go there after school and keep lookout. His mother says he is scared to stay at home at night.",
  "AV", "FA", "C", "high")
T("Intel: Albanian organised crime group running cannabis farms in Telford, Shrewsbury and Oswestry. Gardeners are Albanian men recruited on TikTok with promises of £2,000 a month in 'construction'. On arrival they were driven to the grow sites and told they now owe £15,000 for the boat. Doors locked from outside. 2/B/P",
  "DEC DB RM", "UF RMS ET", "C")
T("Man asking for money outside Wolverhampton station every day. Spoke to him, he's local, homeless, alone, no one controlling him. Referred to outreach.",
  "", "", "")
T("Boy (15) and boy (16), Birmingham, stopped in Kidderminster bus station. Told officers they'd been sent by 'G' to 'do a drop' and had to return the money by tonight or 'it's long'. Both very anxious to get back in time.",
  "AV IT", "FA", "C", "immediate")
T("My daughter's boyfriend makes her go into shops in Telford and take stuff, makeup and perfume, and then he sells it. She's 19 and has a learning disability. If she comes back with nothing he shouts at her and takes her phone away.",
  "AV ISO", "IS", "C")
T("Cannabis farm, Stourport. Warrant: 410 plants, Vietnamese male (claims 17), in locked bedroom with a bucket for a toilet and a rice cooker. Had been there since Christmas. Interpreted account: 'they said I must stay inside or police will catch me and put me in prison forever'.",
  "AV RM AC IT", "RMS PLC FA SW", "C", "high")
T("Money laundering investigation, Birmingham: company director using 14 personal accounts opened in the names of workers at his warehouse. Workers say they signed forms they couldn't read when they started and have never seen the accounts. Wages paid in cash, well below NMW.",
  "WW AV", "NCW MBC", "L C")
T("Teenagers causing ASB in Dudley town centre, drinking, swearing at shoppers. Dispersal order used. Nothing else.",
  "", "", "")
T("Call from a lady in Worcester who says a woman with two small kids has been sat outside her Co-op every day asking for money and a man drops them off and picks them up in a car. She is worried about the children.",
  "", "CE ET", "C", "high")
T("PCSO note: male, Romanian, 60s, with crutches begging on Broad St. Said via Google Translate a 'family' brought him and he gives the money to them in the evening. Says they feed him. He does not want help.",
  "AV WW", "NCW", "C")
T("Intel 2/B/P: Nominal Reece WALKER (dob 11/09/2001) uses young girls from Sandwell to carry drugs on trains to Shrewsbury. One of the girls, 16, has told a friend she was slapped and had her hair cut off by WALKER when she lost a package.",
  "AV PSV", "", "C", "high")
T("Vehicle stop A449 Kidderminster: driver 34, known dealer, carrying 10g cocaine, said it was for personal use and a couple of mates. Charged. No exploitation.",
  "", "", "")
T("Staff at a Walsall hostel noticed one resident (Polish, 48) has nine bank cards in different names in his room. He says the men who house him make him keep them and take him to cash points every Friday for 'the lads'. He says he can't say no because he owes them for the room.",
  "DB", "MBC", "C")
T("Girl 16 from Wolverhampton told social worker she's been given free 'bags' and now has to keep drugs in her bedroom for the line. The men have told her they know where her little brother goes to school.",
  "AV IT DB", "", "C", "high")
T("I was 14 when I started running for them. At first they gave me money and a phone. Then they said I lost a package, I owed them £1,500, and every week it got more. They took me to Hereford and left me in a flat with a woman on drugs and said don't come back till it's done. One time they put a hot iron on my arm. I'm telling you this now because I'm 18 and I've got my own place and a job. I still see some of them around Lozells and I'm scared of them. My youth worker says I can do this statement and you won't tell them it was me.",
  "AV DB PSV RM", "PA FA RMS", "C", "high")
T("Worcester: male seen at cash points late at night with a fistful of cards. Stopped: he is a landlord collecting rent? No - was his elderly mother's and his own, legitimately held under power of attorney. NFA.",
  "", "", "")
T("Cannabis warrant in a house in Walsall, only occupant an Albanian man, 30, who says he owns the plants and is doing it for the money. Free to come and go, has phone and passport. Charged with production. No MS indicators.",
  "", "", "")
T("Shoplifting, Hereford city centre: girl aged 13 caught stealing alcohol, says older boys told her to. They were waiting outside and ran off. Safeguarding referral made.",
  "AV", "", "C", "high")
T("Telford Town Centre security report a group of young Eastern European men selling Big Issue-style magazines that aren't genuine. They arrive in a van at 9 and are picked up at 5. One told security he has to give the man all his money.",
  "WW", "CE ET NCW", "C")
T("Neighbour says a car pulls up at an address on Tettenhall Road every night and teenagers go in and out. Observations: it's a 24h mini-cab office. Drivers and customers. No concerns.",
  "", "", "")
T("UC fraud: woman in Smethwick, 28, says her 'husband' made her claim for them both and keeps the money and her bank card. He also takes her to work at a packing plant and collects her wages. She says he hit her when she tried to get her card back.",
  "WW PSV", "NCW ET", "L C")
T("Boy 17 arrested in Shrewsbury after a robbery. During interview disclosed he is 'working for' men from Wolverhampton who told him to rob the lad who owed them. Said he was threatened with a knife if he refused.",
  "AV IT", "", "C", "high")
T("Burglary at a pharmacy in Droitwich. CCTV shows two adult males. No evidence of exploitation.",
  "", "", "")
T("Intel 3/B/P: a West Bromwich trap house is run by 'Tiny', who keeps a 14 year old runner there and won't let him leave. The boy has been there since the weekend. Source was at the house today.",
  "AV RM", "RMS", "C", "immediate")
T("Referral, Herefordshire Youth Justice: young person, 16, stopped in a car with older males from Birmingham. He disclosed he was told his mum would get 'hurt' if he didn't keep doing trips. He is frightened to go home.",
  "AV IT", "FA", "C", "high")
T("Romanian man, 45, stopped with 9 bank cards, all in his name. He's a self-employed builder and has accounts at different banks. Proven. Lawful. NFA.",
  "", "", "")
T("Pick-pocketing gang in Birmingham, German Market: 3 girls aged 12-14 from a Roma family, an older man nearby watching them and taking the wallets off them. Girls ran off. Believed to be controlled and made to steal.",
  "AV", "", "C", "high")
T("Vietnamese man in a cannabis farm in Worcester, 40s, says he was told he would work in a restaurant. Instead he was put in a house, the boss took his phone and gave him food once a week. No heating, windows blacked out. He has been there 5 months. Says he was hit when the plants died.",
  "DEC ISO AC PSV", "IS PLC", "C")
T("Report from bank fraud team: customer (18, Walsall) account receives 40+ payments in a week from different people and is emptied each day at ATMs. Customer says a man at his college 'looks after' the card. Customer seems frightened.",
  "AV WW", "NCW FA", "C")
T("Hi there I've seen a young boy on a push bike doing drops round Castle Vale, he cant be more than 11-12, older lads in a car keep an eye on him all the time",
  "AV RM", "RMS", "C", "high")
T("Fight outside a pub in Hereford, two men arrested for affray. Both local, drunk. No exploitation.",
  "", "", "")
T("Debrief of Albanian male, 24, cannabis gardener found in Redditch: 'They put me in the house, they lock the doors. I have no phone. I don't know where I am, maybe Birmingham? They said if I try to escape they send my picture to my family saying I'm a drug dealer, and my sister will be hurt. I owe them £12,000. I did not see money, only food from the man.' Officer's note: the male appeared thin and exhausted and had a rash on his arms consistent with the chemicals used in the grow. He accepted an NRM referral and was taken to a safe house in the West Midlands. He gave the first name of the man who brought food as 'Besi'.",
  "RM ISO IT DB WW", "RMS IS FA PA", "C")
T("Juvenile, 16, arrested for possession of a knife in Worcester. Says he carries it for protection after being robbed. Nothing to suggest he is being exploited at present; will keep under review.",
  "", "", "")
T("Woman begging in Walsall town centre with a child of about 3. Man watching from a bench, took money from her twice. Woman would not speak to officers and looked at the man before each answer.",
  "WW", "FA NCW", "C", "high")
T("Caller says gang of lads from Birmingham have taken over her son's flat in Kidderminster, he has autism, they won't let him out and they've taken his phone, she hasn't been able to speak to him since Tuesday. She thinks they're dealing from there now.",
  "AV RM ISO", "RMS IS", "C", "immediate")
T("Cannabis factory found in Telford, no occupants, remnants of someone living there: mattress, rice, a sleeping bag by the heaters. Possible trafficked gardener has fled. Enquiries ongoing.",
  "AC", "SW PLC", "C")
T("Report of 'slave labour' at a takeaway in Halesowen as staff are 'always there'. Visited: family business, owners' sons working in kitchen, all paid, 8 hr shifts. Unfounded.",
  "", "", "")
T("Girl 15 disclosed to CAMHS she is 'holding' for her boyfriend's line, and he makes her sleep with his friends when she doesn't sell enough. She says he hit her and took her phone last week.",
  "AV PSV ISO", "IS", "C S", "high")
T("Benefit fraud, Dudley: Lithuanian gangmaster registered 30 men at one address, claims their child benefit and tax credits for children in Lithuania, pays the men nothing. Men work in a meat factory. They didn't know about the claims.",
  "WW DEC AV", "OA NCW", "L C")
