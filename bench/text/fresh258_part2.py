"""fresh258 part 2: sexual, criminal, domestic servitude, organ harvesting."""


def add(T):
    T("""INT 2/B/P. Flat 2/1, 45 Allison St, Govanhill. Believed to be used as a brothel. Three Romanian females rotated every 2 weeks, advertised on AdultWork under 'Glasgow South new girls'. Male known as 'Marius' drives them between Glasgow, Aberdeen and Edinburgh flats in a black Audi A6 (SF68 HWL) and holds the takings.""",
      "WW", "ET", "S")
    T("""Hotel Ibis, Dundee. Night manager called re: young female (looks 15-16) checked in by an older male, several men visited the room over the night. Girl came to reception asking for a phone charger and seemed confused, did not know what city she was in.""",
      "AV ISO", "IS", "S", "immediate")
    T("""CSE concern, Renfrewshire. 14 y/o girl in residential care repeatedly going missing, returns with new phone, vapes, drunk. Staff believe older males in a car (grey Golf) pick her up at the bus station. She has said she 'owes' one of them for the stuff he gave her.""",
      "AV DB", "", "S", "high")
    T("""Victim account (Nigerian F, 23, interpreted): 'The woman in Lagos said I would be a hairdresser in London. They made me swear an oath at the shrine. In Aberdeen, madam said I owe €35,000 and I must work in the flat with men. If I don't pay, the oath will kill my family. She took my passport. I could not go out alone. Men came every day, sometimes ten.'""",
      "DEC DB IT RD RM AV", "DT RMS UF", "S")
    T("""Edinburgh, sauna licensing inspection (Leith Walk). Workers self-employed, set own hours, keep own earnings, own ID in their bags. Manager present but staff spoke freely to officers. No concerns re: coercion.""")
    T("""Independent escort, Aberdeen city centre, reported her own ex-client for harassment. She works alone from her own flat, manages her own website and bookings. No third party involvement. Crime: stalking.""")
    T("""Off-street sex work, Inverness. Intel that a Chinese woman aged approx 40 is being moved between short-let flats every few days, adverts placed by the same phone number (07451 223 980) which also posts for Dundee and Perth. She speaks no English; a male does her shopping and keeps the keys.""",
      "ISO RM", "RMS ET IS", "S")
    T("""Call, 2347 hrs: Female screaming in the flat upstairs at 14 Tullideph Rd Dundee, caller heard a man say 'you'll work till I say' and a bang. Lots of different men go in and out of that flat every night. Female sounds foreign.""",
      "PSV IT", "", "S", "immediate")
    T("""Case note. Young woman (Scottish, 19) referred by Women's Aid. Boyfriend 'Jamie' started selling her to his mates after she moved in with him, then put her on an escort site. He takes all the money and her bank card, she's on heroin which he supplies. Says he told her she'd lose the kids to the social if she went to police.""",
      "AV WW IT DEC", "NCW", "S")
    T("""Online advert monitoring - 'Lily, 19, new in Aberdeen, Thai, fresh, 24/7 incall'. Same photos advertised in Dundee last week and Glasgow the week before. Phone number answered by a male.""",
      "EO", "SFW", "S")
    T("""CSE, Falkirk. 13 y/o boy, online contact via Snapchat with an adult male who sent him money then demanded indecent images and asked to meet. Boy met him twice in a car in the Callendar Park car park. Boy says the man said he'd send the pictures to his school if he stopped.""",
      "AV IT", "", "S", "high")
    T("""Missing person, Aberdeen. 15 y/o girl (LAC) missing since 1900 hrs, believed to be in a car with a 28 y/o male (RENNIE, Callum) who has been grooming her. Phone last pinged near Stonehaven. Girl texted friend 'he won't let me out of the car'.""",
      "AV RM", "RMS", "S", "immediate")
    T("""Glasgow, Anderston. Street sex worker with addiction tells outreach (Base 75 equivalent) that her 'pal' takes half of everything she makes and will 'batter' her if she doesn't go out each night.""",
      "AV WW IT", "", "S")
    T("""'Lover boy' case: Romanian F, 20, met a man online in Iasi who said he loved her and they'd work in a restaurant in Edinburgh. On arrival he said the restaurant closed and she must 'help him' by seeing men. Forced to have sex with up to 8 men a day. He keeps her ID card and all money.""",
      "DEC PSV RD WW AV", "DT NCW", "S")
    T("""Perth. Report of cars coming and going all night at a holiday let, Airbnb host says the 'couple' who booked paid cash and there are three young Asian women inside who never leave the property. Food delivered.""",
      "", "RMS", "S")
    T("""Sex worker (Brazilian) in Edinburgh reports theft of money by a client. She rents the flat herself, works independently. Says she has 'no boss, nobody takes my money'. Crime: theft.""")
    T("""Intel: Hungarian female working in a massage parlour in Kirkcaldy told a customer 'I want to go home but Zoltan has my passport and says I must pay £3,000 first'. Customer reported it via Crimestoppers.""",
      "RD DB RM", "DT", "S")
    T("""County lines. 15 y/o boy from Liverpool found in a flat in Dundee (Hilltown) with 40 wraps of crack and heroin and £800 cash. Flat belongs to a vulnerable female (drug user) whose house is being cuckooed. Boy had a phone that kept ringing with 'orders'. Has been reported missing from Merseyside 4 days.""",
      "AV", "", "C", "high")
    T("""Cuckooing, Inverness Merkinch. Vulnerable male (learning disability) says the 'Glasgow boys' have taken over his flat, he sleeps on the kitchen floor and they took his bank card. They slapped him when he asked them to leave.""",
      "AV PSV WW RM", "NCW", "C")
    T("""INT 3/B/P. Dealer line 'Tommy' operating into Elgin/Forres from Glasgow. Line believed to use local children aged 13-15 as runners, paid in trainers and weed. Runner who lost a package was told he owes £1,500 and must work it off.""",
      "AV DB", "", "C", "high")
    T("""Child (14, M, Paisley) attended school with a broken nose, told guidance teacher the older boys he 'sells for' did it because he was short £200. He says he has to keep going out or they'll go to his mum's house.""",
      "AV PSV IT DB", "PA", "C", "high")
    T("""Cannabis cultivation, Kirkcaldy. Warrant executed 0600. 1,200 plants over 3 floors. Vietnamese male (appears late teens) found inside, windows boarded and the door padlocked from outside. He had a mattress, a rice cooker and one bag of clothes. Said he was told he owed £20,000 for the journey and must 'garden' to pay.""",
      "AV RM AC DB", "RMS SW FPE UF", "C")
    T("""Cannabis farm, Dundee Douglas. Two Vietnamese males arrested. One says 'they say if I leave they kill my parents'. Both with injuries to hands from wiring. No phones.""",
      "IT ISO AC", "PA IS", "C")
    T("""Cannabis grow, Hawick. Occupant (Scottish, 40s) was growing for himself and a few mates, admits it, no third party. Charged under MDA.""")
    T("""Forced begging, Glasgow Buchanan St. Group of 5 Roma adults, two with visible disabilities, dropped each morning at 0800 by a man in a red Vauxhall Zafira, picked up at 1800. Local shopkeeper saw the driver take the cups off them. One woman said 'if I not bring £50 he hits'.""",
      "AV WW PSV", "CE ET", "C")
    T("""Begging, Aberdeen Union St: an older man begging outside M&S every day - local says he's just a homeless guy who's been in the town for years, no one with him. Welfare check done, referred to outreach.""")
    T("""Shoplifting, Edinburgh Princes St. Three Romanian girls (14-16) arrested stealing cosmetics from Boots. Adult female waiting outside with a big bag, took off when police arrived. Girls say they must bring £300 of goods a day to 'the aunt' or they get no food.""",
      "AV IT AC", "", "C", "high")
    T("""Money mule. Student at University of Dundee (Chinese, 20) received £14k into her account and moved it out on instruction of a man on WeChat who promised her commission. When she tried to stop, he said he would tell her university and the police she was a fraudster.""",
      "DEC IT", "", "C")
    T("""Fraud: HMRC/DWP joint. 22 Universal Credit claims linked to one address in Kilmarnock, claimants Slovakian, all payments going into 3 bank accounts controlled by landlord MIKLOS. Claimants work in a meat factory and say the landlord keeps their cards.""",
      "WW", "NCW MBC OA", "C L")
    T("""ATM CCTV, Glasgow Argyle St: male seen using 9 different bank cards in 20 minutes at 0710. Known associate of a labour provider under GLAA investigation.""",
      "", "MBC", "")
    T("""Teenager (16, Motherwell) told social worker he holds packages for older males in his bedroom, paid £50. Mum found a handgun cartridge in the drawer. He says he can't stop because 'they know where we stay'.""",
      "AV IT", "", "C", "high")
    T("""Domestic servitude, Glasgow Newton Mearns. Indian woman (35) brought over on a visitor visa by husband's family. Cooks, cleans and looks after 4 children from 6am till midnight. Sleeps on the kitchen floor. Not allowed to leave house alone, mother-in-law holds her passport and phone. Husband hits her if she complains.""",
      "AV RM RD ISO PSV EO AC", "SW RMS DT IS LH", "D")
    T("""Au pair, Edinburgh Morningside. Spanish au pair, 22, reports she does 50 hours a week for £80 'pocket money', on call at nights with the baby. Has her own passport and goes out on Sundays with friends. Wants advice about her hours.""",
      "EO WW", "LH", "D")
    T("""Domestic worker (Filipino, F) with an overseas domestic worker visa, employer a diplomat's family in Edinburgh. She has not had a day off in 2 years, sleeps in the utility room, paid £200 a month to her family back home 'by the employer'. Her passport is kept by madam. She escaped to the Philippine consulate.""",
      "EO AC WW RD", "LH SW DT NCW", "D")
    T("""Cousin (17) brought from Pakistan to live with relatives in Aberdeen, says she's not in school, does all the cooking and cleaning, gets hit with a slipper if the food is late. Isn't allowed a phone.""",
      "AV PSV ISO EO", "IS", "D", "high")
    T("""Neighbour in Stirling: 'there's a wee woman next door, I only ever see her hanging washing or taking the bins out at night. The family go on holiday and she stays. Never seen her go to the shops. She looks really thin.'""",
      "", "IS PA RMS", "D")
    T("""Welfare check, Dundee West End. Elderly man's live-in carer (Romanian, 45) - caller worried she's exploited. Carer says she's employed by an agency, paid into her own account, has two weeks on two weeks off and goes home to Romania. No concerns.""")
    T("""Statement (Vietnamese F, 30, interpreted): 'I cleaned house and cooked for the family of Mr Tran in Glasgow for two years. They said I would go to school. I never went. I sleep on floor in the children's room. I eat what is left. When I ask money, he said I owe him for the boat. If I leave, they tell police I am illegal.'""",
      "DEC DB IT AV WW AC", "SW UF FA", "D")
    T("""Organ harvesting: NCA intel share. Albanian male recruiting in Glasgow for 'paid kidney donation' in Turkey, €5,000 offered. One recruit (homeless, 24) has been taken to get blood tests and his passport is held by the recruiter pending travel.""",
      "AV RD DEC", "DT", "O")
    T("""Renal unit, Edinburgh Royal Infirmary. Patient returned from overseas with a new kidney, says he 'bought it through a broker' for $60,000 in Pakistan. Donor unknown. Clinician referred to Police Scotland re: possible organ trafficking.""",
      "", "", "O")
    T("""Kidney transplant at the Queen Elizabeth, Glasgow. Living donor is the patient's sister. All consent and HTA approval completed. Ward raised query only because the donor travelled from abroad. No concerns.""")
    T("""Eritrean man (asylum seeker, Glasgow) told his caseworker that smugglers in Egypt took a kidney from a fellow traveller who couldn't pay, and threatened him with the same. He has a long scar he says is from a beating, not surgery.""",
      "PSV IT", "PA", "O")
    T("""Caller: my pal from Nigeria says a man offered him £10,000 to 'give a kidney' to a rich man in London, they'd fly him and sort the papers. He's skint and thinking about it. I said that's not right.""",
      "AV", "", "O")
    T("""IP (Polish male, 40, alcohol dependent) was found at the Salvation Army hostel in Aberdeen. Says a couple 'adopted' him from the street in Poland, promised a job in Scotland. They opened bank accounts in his name and took out loans and claimed benefits using his ID. He was locked in a room in Torry and given vodka every day.""",
      "AV DEC RM WW PSV RD", "RMS NCW DT", "C")
    T("""Shoplifting by a 12 y/o in Greenock; he says his older brother's mates make him take stuff to sell on. Social work informed.""",
      "AV", "", "C", "high")
    T("""Cannabis farm found, Aberdeen Northfield, house empty, no occupants. 300 plants. Electricity bypassed. No indication of who tended it.""",
      "", "", "")
    T("""INT 2/B/P. County line 'Jay' running into Perth from Birmingham. Line uses a 17 y/o girl to hold gear in her body. Controller known to hit her with a belt when the money is short. She stays in a trap house on Atholl St with no clothes but what she came in.""",
      "AV PSV AC", "FPE PA", "C", "high")
    T("""Young male (Albanian, 19) arrested at a cannabis grow in Fife. In interview: 'I came in a lorry, they said work in car wash. They brought me here, took my phone, I stay in house 5 months, never outside. They said my debt is £15,000 and I pay by growing. If I talk, they hurt my family in Albania.'""",
      "DEC ISO RM DB IT", "IS RMS UF", "C")
    T("""Sex exploitation intel, Aberdeen: a man known as 'Uncle Sam' is bringing Romanian women in on budget flights, meeting them at Aberdeen airport and taking their ID cards 'for registration'. Women placed in flats in Rosemount and advertised same day.""",
      "RD", "DT ET", "S")
    T("""Guest house, Ayr. Landlady reports a man who booked 2 rooms for a week, young girls in one room, he in the other. Girls only allowed out with him. Girls looked about 16. Men visiting at night.""",
      "RM AV", "RMS ET", "S", "high")
    T("""Victim debrief (Thai F, 34): 'The agent said massage job, good money, legal. In Glasgow the massage was sex. I say no, they say I owe £20,000 for visa and flight. I work every day 11am till 3am. They keep my money and my passport. I have nothing but my phone and they read it.'""",
      "DEC DB EO WW RD ISO", "LH NCW DT UF", "S")
    T("""Teen (16, F, Dundee) told school nurse that a 30 y/o man gives her vodka and weed and then 'his mates come round'. She is scared of him. He told her 'nobody will believe a slag like you'.""",
      "AV PSV IT", "FA", "S", "high")
    T("""Vulnerable adult, Edinburgh Wester Hailes: woman with learning disability being taken by a neighbour to the post office on payday, he takes her PIP money, has 'lodgers' in her flat who sell drugs.""",
      "AV WW", "NCW ET", "C")
    T("""Forced criminality, Glasgow: Vietnamese teenager found working as a lookout outside a nail bar also used for selling cannabis. Told PC he 'must do' or the boss beats him.""",
      "AV IT", "", "C L", "high")
    T("""Benefit fraud with control: Slovakian family in Govanhill, the father's cousin registered 6 relatives for UC and child benefit, holds all their bank cards and gives them £20 each a week. Relatives work for him in a car wash.""",
      "WW", "NCW MBC", "C L")
    T("""Child sexual exploitation, Highlands. 15 y/o girl, Dingwall, picked up by a man in a blue BMW after school. Seen with new clothes and cash. Told friends he 'loves her' and they'll get married. Police Scotland Highland PPU aware.""",
      "AV DEC", "", "S", "high")
    T("""Live-in nanny, Aberdeen West End. Young woman from Ghana says employer's wife screams at her, she works 7am to 11pm every day, no day off since she arrived, her salary is 'paid into savings for her' which she has never seen. She says she can leave the house to take the children to school.""",
      "EO WW IT", "LH NCW", "D")
    T("""Intel: Dundee. Female sex worker advertised as 'Sofia, 18, Spanish'. Call by officers posing as client. Woman appeared frightened, a man was in the next room, she kept looking at the door. She said 'I can't talk'.""",
      "", "FA", "S")
    T("""Forced labour and criminality: a Scottish man (homeless, Edinburgh) was offered a job and a bed by a man at the Grassmarket. Ended up driving drugs between Edinburgh and Inverness and living in the man's garage. Told he owes £600 for the 'bed'.""",
      "AV DEC DB AC", "SW", "C")
    T("""Partner referral (Barnardo's): 17 y/o boy, Glasgow, groomed by older male who buys him food and pays his phone, now asked to 'hold' packages and make deliveries to Ayr. Boy says the man 'knows where his wee sister goes to school'.""",
      "AV IT", "", "C", "high")
    T("""Girls in a flat on Great Western Rd, all Hungarian, one of them told the cleaner she's been there 3 months and never been to the shops, the 'boyfriend' does the shopping and keeps the door locked.""",
      "RM", "RMS IS", "S")
    T("""Massage shop, Falkirk. Licensing visit: two Chinese women working, both said they lived upstairs and had been there 'a few days'. Phone number on the door registered to a man in Manchester. Both had passports in their own room.""",
      "", "SW", "S")
    T("""PC MACLEOD, Portree: woman reports her Thai partner was brought over by her ex-husband, who 'married' her and then made her do all the housework at his croft and never let her out. Woman now safe with a friend.""",
      "RM", "RMS", "D")
    T("""Nail bar / brothel, Glasgow. Intel suggests the upstairs of a nail bar on Dumbarton Rd is used for 'extras', the nail technicians being made to provide sex to customers after hours. Manager collects all money.""",
      "WW", "", "S L")
    T("""Child trafficking, Glasgow airport. Border Force stopped a 12 y/o girl travelling with a man claiming to be her uncle, documents appear forged, he held both passports. Girl said she was coming to 'help an auntie with babies'.""",
      "AV RD", "DT SFW", "D", "high")
    T("""Statement (Albanian F, 22): 'My boyfriend in Tirana, he said we go UK and get married. When we arrive Glasgow he sells me to his friend. Every day men. His friend beat me if I cried. He took my phone so I cannot call my mother.'""",
      "DEC PSV ISO AV", "IS", "S")
