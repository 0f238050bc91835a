# fresh251 part 1: sexual exploitation in depth, with look-alikes.


def add(T):
    T("INT 2/B/P. Source reports flat 14, Carrow Court, Norwich NR3 is being used as a brothel. Three Romanian females aged early 20s seen at the address, men attending at all hours. Source states a male named as Marius DUMITRU collects cash from the flat every morning and the women are not allowed out unless he drives them.",
      "RM", "RMS ET", "S")
    T("punters in and out of no.32 all nite, girls never leave, curtains shut 24/7. someone needs to look at it",
      "RM", "RMS", "S")
    T("Adult services advert on Vivastreet for 'new girl Lana, 19, Polish, outcall and incall Leeds LS11'. Same phone 07700 914223 has advertised 6 different women in 3 months across Leeds, Bradford and Sheffield. Wording and photos identical style. Suspect one controller moving women between cities.",
      "", "", "S")
    T("Referral from ISVA, Manchester. V (25, Albanian) met a man online who said he loved her and would marry her in England. On arrival in Bolton he took her passport 'for safekeeping' and told her she owed him £8,000 for the journey. She was made to see men in a flat in Farnworth and he kept all the money. He hit her when she cried and said her mother would 'pay' if she went to police. She escaped when a client lent her his phone. She is now staying in a refuge in Trafford. She has agreed to speak to GMP and an ABE interview is being arranged with an Albanian interpreter. Please contact the ISVA before any approach. Thanks, Joanna.",
      "DEC RD DB WW PSV IT AV", "DT UF NCW FA", "S")
    T("Call handler log 23:41: female caller, very distressed, whispering, says she is locked in a room at the Travelodge on Wakefield Road, men keep coming in, the man who brought her has the key card and has gone to get more 'customers'. Line cut. Cell site to be requested. IMMEDIATE.",
      "RM", "RMS", "S", "immediate")
    T("Massage parlour, 'Golden Lotus', 118 High St, Luton. Licensing visit with Beds Police 14/03. Five Thai females on premises, one speaking for the rest (manager, 'Mama Joy'). Mattresses and suitcases in the back rooms, women appear to live on site. Extras advertised on punter review site. Women avoided eye contact and would not give home address. Passports not produced; manager said they were 'at the bank'. Licensing officer to suspend the special treatment licence pending review. Intel submitted. Women given cards for the Modern Slavery Helpline in Thai. Follow-up visit in 48 hours with an interpreter. Beds Police MSHT lead informed; intelligence log 26/1183 created. Two of the women asked for the leaflet to be left in the staff room. The manager declined to give the name of the owner of the business.",
      "AC RD", "SW SFW FA FPE DT", "S")
    T("Her boyfriend is 31 and she is 15. He buys her vapes and a new phone and picks her up from school in a black Audi. Last week she came home at 3am with no knickers in her bag and a bruise on her neck. She says he loves her and his mates are 'just friends'. Worried he is passing her round. I've got a picture of the Audi's number plate if you need it. I'm her mum. I don't know what to do, she won't talk to me. Her dad doesn't live with us. She's meant to be in Year 11 but she's been off school a lot. We live in Redditch. Please ring me after 5pm, not before as she might hear.",
      "AV DEC PSV", "PA", "S", "high")
    T("Pop-up brothel suspected at Airbnb, Apartment 6, 40 Broad Street, Birmingham B1. Host reports booking by male for 5 nights, but cleaner found 3 women, 20+ used condoms, cash and a notebook of times. Two women spoke no English. Male guest came back every few hours to collect money. Host cancelled booking; group left in a grey Vauxhall Zafira YF19 KLU. ANPR checks requested on the Zafira. Airbnb asked for the guest's account details under data protection exemption. Host has provided photos taken by the cleaner of the notebook. Intelligence submitted; West Midlands MSHT to review. The host has also reported the account to the platform's trust and safety team. The flat has been cleaned and the cleaner is being offered support as she was upset by what she found.",
      "", "ET", "S")
    T("I do escort work on my own from my flat, I set my prices, I keep my money and I dont have a manager. I'm reporting because a man keeps messaging saying he'll 'look after' me for half my earnings and I want it on record.",
      "", "", "")
    T("Neighbours complaint re noise at 9 Ashgrove Rd. Officers attended, young couple arguing over who was going to walk the dog. No third parties, no concerns. Words of advice given.",
      "", "", "")
    T("OP CARDAMOM – debrief notes (translated, Vietnamese).\nShe says: 'They told me I would do nails in London, good money £1,200 a month. When I came, the lady said nail shop has no work now, I must do massage. Massage was not massage, I must do sex with the men. I say no, the man slap me and say if I don't do, my family in Nghe An will have problem because I owe £20,000. I sleep on the floor in the massage room. They keep all money, they give me £20 for food every week. I don't know where I am, only the name of the shop.'\nInterviewing officer: DC 4471 HUGHES. Interpreter: Ms Tran (Vietnamese). Victim taken to a place of safety; NRM referral submitted.",
      "DEC PSV IT DB WW AC ISO", "SW NCW IS UF", "S")
    T("Hotel staff at Premier Inn, Cardiff Bay, report girl who looks about 14 taken to room 214 by two older males, a third male waiting in reception. She looked out of it, could barely walk. Girl went into room 20 mins ago and has not come out. Officers dispatched.",
      "AV PSV", "PA", "S", "immediate")
    T("Quick one: same woman has been moved from a flat in Slough to one in Reading to one in Swindon in 6 weeks per the ads. Each time the same man books the flat.",
      "", "", "S")
    T("Case note, Salvation Army. Client B is a 32-year-old Nigerian woman. She states she was brought to the UK aged 19 after a juju oath in Benin City. Her 'madam' in Croydon told her she owed €45,000 and had to work in saunas to repay. The figure went up every time she was fined for being late or for 'attitude'. She was allowed out only with another girl who reported back. She believes the oath will kill her if she talks. Now in NRM, positive RG. Support plan: safehouse place in South London, counselling, referral to an immigration solicitor, and contact with a pastor she trusts. She does not yet want to make a statement to police. Next review in four weeks.",
      "DEC DB IT RM AV", "UF RMS ET FA", "S")
    T("Lad in Telford says he's been 'dating' a 16 yo and that she 'does favours' for his mates for money which he keeps. Seen on Snap by his younger brother who reported to school. DSL has made referral to MASH. Child at risk.",
      "AV WW", "NCW", "S", "high")
    T("Community intel: house on Stratford Rd, Sparkhill. At least 8 young East European women living there, taxi collects 2 at a time at 8pm and brings them back at 6am. Same driver, same taxi firm. Bins full of condom wrappers. Women look tired and thin.",
      "", "OA CE ET PA", "S")
    T("Report of a woman crying in the street outside Manchester Piccadilly. Officers spoke to her – she'd had a row with her partner over money and missed her train home to Stoke. Partner called, came to pick her up, she was happy to go. No offences, no safeguarding concerns.",
      "", "", "")
    T("My sister is 17 she goes off with older men in cars, they give her coke and she comes back days later with no phone. One of them told my mum she 'belongs to him now' and if we call the police he'll burn the house down. PLEASE HELP she's been gone since Friday and she wont answer",
      "AV PSV IT", "", "S", "immediate")
    T("INT 3/C/P. Subject 'JOJO' believed to be running adult work adverts on AdultWork for at least four women across Nottingham. Women do not hold their own phones – JOJO answers all calls and texts punters the address. Money transferred to accounts in his name.",
      "ISO WW", "IS NCW SFW", "S")
    T("Op referral: female, 22, Hungarian, found at brothel raid, Green Lanes, Haringey. States she came to UK for bar work offered by a friend of her cousin. On arrival told the bar job was 'gone' and she had to pay £3,000 travel debt. Forced to see up to 15 men a day, seven days a week. No days off in four months. Controller holds her ID card. She has a black eye she says was from a client who 'got angry'; controller told her it was her fault. Interviewed with a Hungarian interpreter; reluctant at first. Controller not present at the time of the raid; believed to be a Hungarian male known as 'Laci'. NRM referral accepted. Her ID card was not recovered.",
      "DEC DB EO RD PSV", "UF LH DT PA", "S")
    T("Webcam work – IP (19, British) lives with boyfriend in Hull. She says he set up an OnlyFans in her name, she does the videos and he takes all the money, she doesn't have the login. When she said she wanted to stop he said he'd send the videos to her dad. She has no bank card of her own. She attended the station with a friend and was spoken to by a Sgt from the MSHT team. Boyfriend identified: Connor HALL, 24. She has agreed to provide a statement and is staying with her mother for now. Consider NRM referral and a Stalking Protection Order. Devices to be seized on arrest. The OnlyFans account has been reported to the platform. Safeguarding officer allocated.",
      "WW IT AV", "NCW", "S")
    T("Sgt's note: attended 'Oriental massage' at Unit 3, Mill Lane, Swansea. Unlicensed. Two women, both Chinese nationals, asleep on massage tables when we arrived at 0700. Rice cooker and clothes in bin bags in the back. Neither would talk; one kept looking at the CCTV camera in the corner. Manager attended, said they are 'students'. No documents found. Passed to MSHT unit and ICE. Landlord of the unit identified from Land Registry. Follow-up visit planned with a Mandarin interpreter and a support worker from the local authority. Council to consider a closure notice.",
      "AC", "SW FA FPE PLC", "S")
    T("He's 26 and she's 24, they've been together 3 years. Her mum reported because he 'controls her money' but on speaking to her she says they have a joint account, she has her own card and her own job at Boots and they budget together. No concerns identified.",
      "", "", "")
    T("Urgent – neighbour at Block C, Hulme reports screaming from flat 47 and a girl banging on the inside of the front door shouting 'let me out'. Door has an external padlock. Male seen leaving 10 mins ago. Units en route.",
      "RM", "RMS", "S", "immediate")
    T("Romance fraud / exploitation. Victim (44, from Ghana) met 'Richard' on Facebook, he promised marriage and a job as a carer in Wolverhampton. She paid £2,500 visa fee to his agent. When she arrived he put her in a house with 4 other women and told her she was going to 'entertain' his friends to pay him back. She was not allowed to leave the house. He took her passport and phone. She got out after three weeks when the house was raided by Wolverhampton police on an unrelated warrant. She is now in a Salvation Army safe house. 'Richard' has not been identified; the Facebook profile was deleted. Intelligence submitted and a request made to Meta. OIC: DC 6614 BARKER.",
      "DEC DB RM RD ISO", "UF OA RMS DT IS", "S")
    T("Short let on Booking.com at Quayside, Newcastle – 2 nights. Concierge notices 12 different men visiting in one evening. Girl seen at window looks young, maybe 16/17. Booked under name of Sean FARRELLY with a card registered in Glasgow. Northumbria Police informed.",
      "AV", "", "S", "high")
    T("police are useless!!! theres a brothel above the chinese takeaway on Dudley Rd everyone knows and nobody does anything, the girls are chinese and dont speak english and the fat guy drives them to the door and picks them up",
      "ISO", "ET", "S")
    T("Sex worker outreach (Basis Yorkshire), Leeds managed area. W says she works the street to pay for her habit, nobody takes her money, she stays at her mum's. She asked for a rape alarm and condoms. No indicators of third party control. Signposted to Forward Leeds.",
      "", "", "")
    T("Outreach note, same project: new woman on the beat, around 20, Slovakian. Older male parked up watching her all night in a silver BMW. She told worker she has to give him everything she earns 'for the room'. She didn't want to talk more with him watching. Worker left card.",
      "WW RM", "NCW RMS", "S")
    T("Child sexual exploitation – Rotherham MASH strategy meeting. C (13) is going missing from care home, found twice in a flat in Eastwood with adult males aged 25–40. Has been given alcohol and cannabis. Has new clothes and money she can't explain. Disclosed to carer that 'Uncle Naz' said if she tells, he'll put her pictures online. Return home interview: she says she doesn't know the address. Actions: CAWNs to be served on the males, the flat to be identified through her phone location data, and a place of safety considered. C's risk remains high. Next meeting in 10 working days, chaired by the CSC team manager; all agencies to share information through the MASH. Minutes circulated to all attendees.",
      "AV PSV IT ISO", "IS", "S", "high")
    T("INT 2/A/P. Hotel room booked at Holiday Inn Express Southampton by KHAN for three nights; room service staff report two women inside, one with bruising to her arms, men visiting throughout. KHAN stays in the lobby and takes the women's phones from them when he goes up. Vehicle RX68 HFN.",
      "PSV ISO", "PA IS", "S")
    T("She said in her own words: 'he said I am his princess, he would buy house for us in Birmingham. Then after one month he say we have no money, I must help him, just one time with his friend. Then every night. If I cry he say I am ungrateful and he will tell my family I am whore.' (Statement taken via a Urdu interpreter at a police station in Birmingham after she was referred by a women's centre in Sparkbrook. She said she wanted to make a complaint but was worried about what the community would say. Safety planning done; she is staying with a friend.) Officer in case to review in seven days and to consider an FMU referral and an NRM referral with her consent.",
      "DEC IT", "", "S")
    T("Reporting a house on Lime St, Derby. I think its a knocking shop. Lots of men. But honestly the woman who lives there has told me she works for herself and she's lovely. Just wanted to check its legal.",
      "", "", "")
    T("Officer note: Two adult women sharing flat in Soho, both working as sex workers independently, each with own phone and bank account, no third party involved, no signs of coercion. Advised re safety, Ugly Mugs scheme. No further action. Log closed.",
      "", "", "")
    T("Referral to MSVCC: Brazilian trans woman, 27, working in a flat in Kensington arranged by a 'manager' who advertises her on escort sites and charges her £900 a week 'rent' plus £200 for adverts. She is never left with enough to eat. Manager has her passport and says he'll report her to the Home Office as she's overstayed.",
      "WW RD IT AV DB", "DT FA", "S")
    T("Girls 15 and 16 found at a house party in Oldham with men in their 30s. Drinks spiked per one girl. One girl disclosed sex with 2 men she 'didn't want to'. Other girl said they were told they'd get a lift home and free vodka if they came. Section 47 initiated.",
      "AV PSV DEC", "", "S", "high")
    T("Overheard in waiting room at GUM clinic: girl saying 'he'll kill me if I don't make £500 tonight'. Staff member concerned, girl left before triage. Description: white, ginger hair, about 18, Leeds accent.",
      "IT", "", "S")
    T("Crimestoppers: an advert on a dating app for 'girlfriend experience' with photos of a woman I know. She's got a learning disability and lives in supported living in Chesterfield. Her 'boyfriend' Danny has been taking her to hotels. She doesn't understand money. He drives a white Transit with a ladder.",
      "AV", "ET", "S")
    T("Known POI Dritan HOXHA believed to run at least three residential brothels in Luton, Dunstable and Milton Keynes, rotating Albanian and Romanian women every fortnight so punters get 'fresh faces'. Women moved by car at night. Sources say he keeps their ID cards in a safe at his home address.",
      "RD", "DT ET", "S")
    T("Young person (F, 14) seen getting into taxis with different older men outside McDonald's, Hanley bus station, on three Fridays running. Taxi driver refused to give details. CSE concern, strategy discussion requested.",
      "AV", "", "S", "high")
    T("A man comes every Sunday night to No. 6 and takes an envelope from each of the 4 women. They are then driven away in his van for the week. I've never seen them out shopping, they dont even go to the corner shop. one had a black eye a month ago",
      "WW RM", "ET RMS PA NCW", "S")
    T("Case note, Hestia. Service user A (29, Polish) was trafficked by her former partner to work in a brothel in Ipswich. She was made to sleep in the brothel and work 14-hour shifts. He controlled her bank card and PIN. She has no injuries but reports ongoing anxiety. She is now supported in safehouse; partner on bail.",
      "WW AC EO", "SW LH NCW", "S")
    T("Hotel manager calling from Ibis Budget, Leicester: woman at front desk asking for help, says she was brought here from London and 'sold' to another man, she doesn't know the city. Staff have her in the back office. Male associate waiting in car park in a red Golf. Attend now.",
      "ISO", "IS", "S", "immediate")
    T("INT 3/B/R. Source believes that OUALI, Karim is recruiting Moroccan women in Spain with promises of cleaning jobs in London, then putting them to work in pop-up brothels in Premier Inns around the M25.",
      "DEC", "", "S")
    T("Girl I work with in the nail bar she says the owner makes her go with his friends after closing. She told me she's scared he will call immigration because she has no papers. She sleeps in the storeroom. She's about 20 Vietnamese.",
      "PSV AV AC", "FA SW", "S L")
    T("Massage shop on Queens Rd Brighton has been there 10 years, owner is a Thai lady who owns the business, staff all have proper visas and contracts and go home at night. Council inspected, clean, licensed. Nothing to see. Honestly.",
      "", "", "")
    T("CSE – Leicester. 12 yr old boy groomed online via Fortnite by adult male, sent gifts and V-bucks, then asked for sexual images; threatened to send the pictures to his school if he stopped. Boy disclosed to mum. Devices seized.",
      "AV DEC IT", "", "S", "high")
    T("She (V2) says the controller in Glasgow made them all hand over their phones each night, only gave them back when a punter was due. They were kept in a flat in Govanhill, window locked, not allowed out alone. Food was whatever he brought. Four women, two bedrooms.",
      "ISO RM AC", "IS RMS OA PLC", "S")
    T("IP alleges her 'husband' (Islamic marriage only) brought her from Pakistan, and after 2 months made her sleep with his cousin and friends for money. If she refused he would send her back in shame. She is not allowed to leave the house without his mother.",
      "DEC IT RM", "RMS ET", "S")
    T("Anonymous email to force: 'Room 9 Ashford Lodge Hotel, girls there every weekend, car pulls up, man takes them in and collects them Monday'.",
      "", "ET", "S")
    T("Sex work-related: W reports she is an independent escort in Bristol and was robbed by a client who took £400. She has no manager and no-one else takes her earnings. Crime recorded (robbery). No exploitation concerns. CID allocated.",
      "", "", "")
    T("INT 2/B/P. Females working at 'Sakura Spa', Chinatown, Manchester, are believed to be living in the loft space above the premises and not permitted to go out except on Sundays with the manager. Approx 6 beds in the loft. Women's wages paid to the manager who hands out 'pocket money'.",
      "RM WW AC", "RMS SW OA NCW ET", "S")
    T("Couple in their 50s, he's loud and she's quiet. Neighbour called as she never goes out alone. Officers attended, she said she has MS and he is her carer, she goes to the shops with him because she can't drive. Adult social care aware. No concerns.",
      "", "", "")
    T("Lad aged 17 being pimped out on Grindr by a man he lives with in Brighton. The man takes his phone, arranges the meets and keeps the cash. Lad homeless before. Has cut marks on arms. Sussex MASH informed.",
      "AV WW ISO", "NCW PA IS", "S", "high")
    T("INFORMATION: ad on Skokka 'Bella 18 new in town' phone 07897 221004. Photos show a girl that looks much younger, possibly school age. Text conversation with undercover officer: another person replies saying 'she doesn't speak english, I arrange'. Escalated to MSHT.",
      "AV", "SFW", "S", "high")
    T("Welfare visit to brothel, Lewisham, after intelligence. Three women present, all adult, all said they work for themselves and share the flat to stay safe. Each keeps her own earnings and pays a third of the rent. They hold their own passports. No evidence of control. NFA but keep on system.",
      "", "", "")
    T("Statement extract (V, 19, Romanian, via interpreter): 'In Romania my boyfriend Alex said we go to England, he works on building and I work in restaurant. In Coventry he says there is no restaurant and that it is my turn to help. He puts my pictures on the internet. I do this 6 months. I give him all the money, every night. He never hits me but he shouts and says he will leave me in the street with nothing. I do not speak English, I know nobody.' (Interview conducted at a Birmingham police station with a Romanian interpreter. She said she did not want to go back to Alex and agreed to an NRM referral. She was moved to a safe house the same night.)",
      "DEC WW IT ISO AV", "NCW IS", "S")
    T("Drive-by intel: silver Ford Galaxy reg KM17 BXT drops 3 Asian women at the 'Lucky Star' massage, Bury, 10:00 every day and collects at 02:00. Women look exhausted.",
      "EO", "CE ET LH PA", "S")
    T("Pimp known as 'Benz' has 2 girls working the streets in Balsall Heath, he takes their cash at the end of every night and beats them if they come back short. One girl has a broken wrist. Info from outreach.",
      "WW PSV", "NCW PA", "S")
    T("Girl (16) in YOI disclosed that the man who ran the county line she sold for also made her sleep with customers who were short of money. She was not allowed to leave the trap house in Margate for 10 days at a time.",
      "AV PSV RM", "RMS", "S C", "high")
    T("Crime report: sexual assault at a nightclub in Newcastle, suspect a stranger, victim 23, went to SARC. No suggestion of exploitation or third-party involvement.",
      "", "", "")
    T("Landlord rang: my tenant in flat 2, Westbourne Terrace, has had a string of different men coming and going, and another tenant says she saw a bloke collecting money from the girl at the door and telling her to 'get back in'. The girl looked terrified.",
      "WW", "NCW FA", "S")
    T("Note from A&E (RVI Newcastle): female, 21, attended with vaginal injuries and burns to her thighs. Accompanied by a man who said he was her cousin and answered all questions for her. When he left to move the car she said quietly 'he sells me'. She would not say more. Police informed; man had left.",
      "PSV", "PA SFW FA", "S")
    T("NCA tasking: intelligence that a network is using student accommodation in Nottingham to hold Chinese women who arrive on student visas that are paid for by the network; the women then work in brothels to pay off the 'tuition'. Passports handed to an 'agent' on arrival.",
      "DEC DB RD", "UF DT", "S")
    T("My friend's daughter Chloe (15) keeps getting picked up by an older guy called Tyler in a blue Corsa, he gives her weed and takes her to his mates flat, she told my daughter she had to 'pay him back' by sleeping with them",
      "AV DB PSV", "", "S", "high")
    T("OP NEWMARKET summary: six women rescued from a residential address in Peterborough. All Lithuanian. Recruited via Facebook ad for factory work at £10/hr. On arrival told factory work had finished; forced into prostitution to repay £1,500 each for travel and 'rent'. Locked in at night, windows screwed shut. Phones kept by the ringleader's girlfriend. Two women had been beaten with a belt. Documents recovered from a shoebox in the ringleader's car. Three suspects charged with MSA s.2 offences and controlling prostitution for gain. All six women accepted NRM support and are being housed by the Salvation Army's subcontractor in Cambridgeshire. Financial investigation under POCA to follow; the ringleader's girlfriend remains under investigation. Press release approved.",
      "DEC DB RM ISO PSV RD", "UF RMS IS PA DT", "S")
    T("Someone is posting my ex-girlfriend's pictures on an escort site pretending to be her. She's not a sex worker and nobody is making her do anything, he's doing it to get back at her. Want to report harassment. Screenshots attached.",
      "", "", "")
    T("INT 4/C/P (unverified). Possibly a woman selling sex from 21 Hawthorn Close, Basingstoke; lots of male visitors. No information that anyone else is involved or that she is not there by choice.",
      "", "", "")
    T("Woman at Gatwick (Border Force referral) travelling with a man claiming to be her uncle. She had a return ticket, but he had both passports and spoke for her throughout. She had a phone number for a 'hotel job' in Bournemouth, unknown hotel. Uncle said she'd be 'entertaining guests'. Refused entry for the uncle pending checks; woman to safeguarding.",
      "RD DEC", "DT SFW", "S")
    T("Lover-boy method, Birmingham. Victim (18, white British, care leaver) groomed by 23-year-old man who gave her a flat, phone and clothes. Then said she owed him £4k for all of it and she would work it off with his 'friends'. She was taken to hotels in Solihull and Walsall by his driver. Money went to him.",
      "AV DEC DB WW", "ET NCW", "S")
    T("Found two women sleeping in a car outside a brothel in Slough at 5am. They said they work inside and sleep in the car because the 'boss' charges £50 a night for a bed. They still owe him for the last week.",
      "AC DB", "PLC", "S")
    T("Adult in care (learning disability) – carer reports service user Amy (24) saying a man from the bus stop takes her to his house and 'his friends do sex on me' and give her cigarettes. She doesn't know where the house is.",
      "AV PSV ISO", "IS", "S", "high")
    T("Re-contact from Op SAVANNAH victim: she's now in a safe house in Wales, she wanted police to know that her old controller has been messaging her mother in Tirana saying 'your daughter still owes and you will pay'. NCA liaison informed.",
      "IT DB", "", "S")
    T("long time resident here and the house next door used to be a family, now its loads of young women and taxis all night. I asked one of them if she was ok and a man came out and said she doesn't speak, go away. They never go out in the daytime",
      "RM", "OA SFW RMS", "S")
    T("Case note, NRM first responder (Local Authority, Bradford): Subject is a 20-year-old Czech Roma woman. She came with her partner who now makes her 'work' in Manningham. She hands over £150–£300 a night. She says he is not a bad man, he just needs the money for his debts. She is bruised on both arms which she says is from him grabbing her when she wanted to keep some money for herself. She declined to support a prosecution but agreed to an NRM referral. Interpreter: Czech. Strategy meeting to be held with police and housing; outreach workers to keep in touch with her on the beat. Partner not yet identified by full name. Review by the MSHT coordinator in two weeks.",
      "WW PSV", "NCW PA", "S")
    T("Officer attended massage premises, Bedford, following complaint. Staff member (Thai, 38) is the owner, holds her own passport and business account, does legitimate massage with price list on the wall. Complainant had been refused 'extras'. No offences; no concerns. NFA.",
      "", "", "")
    T("Chat logs recovered from suspect's phone show him telling someone called 'Vik' to 'move the new one to Cardiff tomorrow, she's been in Bristol too long, and keep her phone'.",
      "ISO", "IS", "S")
    T("Social worker note: J (16) has been missing 4 days. Last seen getting into a car with a 30-year-old man known to police for CSE. Phone off. Mum frantic. Upgrade to high-risk missing.",
      "AV", "", "S", "immediate")
