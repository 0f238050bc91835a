"""fresh248 part 1: Merseyside Police intelligence logs and officers' reports."""


def add(T):
    T("INT 2/B/P. Source states a male known as 'Kaz' is running young lads out of Liverpool to "
      "Barrow-in-Furness on the 'Tony' line. Lads aged 15-16 from Norris Green are being put on the "
      "train at Lime Street with gear plugged. Source states Kaz tells them they owe him £800 for a "
      "parcel that got 'taxed' and they have to work it off.",
      "AV DB", "", "C", "high")
    T("INT 3/C/P: POI Dean FARRELL (DOB 11/03/1998) seen at cash machine on County Road L4 using "
      "at least 5 different bank cards in 10 mins. Unknown whether linked to any exploitation.",
      "", "MBC", "")
    T("Intel: nail bar on Smithdown Road, L15. Three Vietnamese females work there, believed to sleep "
      "upstairs above the shop on mattresses. Owner (male, 40s) drops them back after 9pm and they are "
      "never seen out alone. One female appeared very thin and had bruising to forearm. 2/C/P",
      "AC RM PSV", "SW ET RMS PA CE", "L")
    T("Cannabis factory found at 14 Aintree Rd, Bootle L20 following report of smell. Approx 300 plants "
      "over 3 floors. Vietnamese male (approx 17) found inside, windows boarded, door padlocked from "
      "outside. Male had no phone and said through interpreter he had been there 'many weeks' and was "
      "brought in a van at night. Says he owes £18,000 to men who brought him to UK. NRM referral made.",
      "RM ISO DB AV AC", "RMS IS UF", "C", "high")
    T("RTC on M62 junction 6, minor damage to two vehicles, no injuries. Details exchanged.", "", "", "")
    T("INT 2/A/P - Car wash on Borough Road, Birkenhead CH41. Workers picked up from a house in Rock Ferry "
      "at 0630 in a silver Transit (reg MA17 KFE) and dropped back around 2100, 7 days. Source says they "
      "get £20 a day cash and the boss 'keeps the rest for the house'. Workers live 9 to a 3-bed.",
      "WW EO AC", "CE LH OA NCW", "L")
    T("Concern for welfare of 14yo female, Kirkby. Mum reports she has been going missing overnight and "
      "coming back with new trainers, a new iPhone and cash she cannot explain. Seen getting into cars "
      "with older males on Moorfield. Believed to be being groomed. CSE risk assessment completed - high.",
      "AV", "", "S", "high")
    T("Shoplifting at Asda Huyton, male 34 detained by security with £60 of meat. Admitted theft to fund "
      "own drug habit. Community resolution.", "", "", "")
    T("INT 3/B/P: Information that a female known as 'Lily' is being advertised on an adult services site "
      "from a flat at Queens Dock, L3. Phone number on advert 07700 914 322 is the same number used on "
      "four other adverts for different women in Manchester and Leeds. Third party believed to control "
      "bookings and move the women every week.",
      "", "", "S")
    T("Officers attended address in Anfield re noise complaint. Occupants Romanian nationals, 6 adults, all "
      "work at a meat plant in Skelmersdale via agency. All spoke with officers freely, all hold own ID "
      "cards and bank cards, have a tenancy agreement each. No concerns identified.",
      "", "", "")
    T("Male came into St Helens station front counter. Says 'they take my passport and I work for nothing "
      "six months'. Polish, 52, sleeping rough. States worked on a farm near Rainford, slept in a caravan "
      "with no water, boss took his wages 'for food and the caravan'. Lots of men there. Referred to "
      "Salvation Army. Duty NRM first responder informed.",
      "RD WW AC", "DT NCW PLC", "L")
    T("INT 2/B/P: 'Money muling' - students at Liverpool John Moores being approached on Instagram to "
      "'rent' their bank accounts for £200. Handler 'Jay_Paid' then controls card and app.",
      "WW", "NCW", "C")
    T("Domestic incident, Wallasey CH44. Verbal argument between partners over money. Both adults, no "
      "injuries, no children present. DASH standard. Advice given.", "", "", "")
    T("Section 136 Bootle, male in crisis on rail bridge, brought to place of safety. Nothing further.",
      "", "", "")
    T("INT 2/C/P. A takeaway on Prescot Road, Old Swan is believed to be employing a Bangladeshi male on a "
      "lapsed student visa. Male works 11am till 2am six days, sleeps in the storeroom behind the kitchen "
      "and is given food but no wages. Owner has told him if he complains he will 'ring Home Office on him'.",
      "AV EO AC WW IT", "LH SW", "L")
    T("Vulnerable adult safeguarding - Huyton. Male with learning disability (Mark) has had a 'friend' "
      "move in. Neighbours say the flat is now used to sell crack, lots of callers at all hours, and Mark "
      "is sent to the shop and to the cash point with the friend's cards. Mark says he is scared of him. "
      "Cuckooing suspected.",
      "AV", "MBC FA", "C")
    T("INT 4/E/M: Unverified, source cannot confirm. Says 'Eastern European lads' living in a flat above "
      "a barbers in Southport PR9 and working at a car wash. Nothing else known.",
      "", "", "")
    T("Report of stolen pedal cycle from outside Tesco Crosby. CCTV requested.", "", "", "")
    T("Merseyside Police / GLAA joint visit to hand car wash, Dock Road, Birkenhead. 6 workers, all "
      "Albanian. Manager did all the talking and would not let workers speak to officers alone. Workers had "
      "no gloves or boots, standing in chemical runoff. 3 said they paid 'agent' £3000 each to get here and "
      "pay £50 a week back out of wages. Working 8am to 8pm. No passports on site - manager says 'they are "
      "at home'. Workers appeared frightened and kept looking at manager.",
      "AC DB EO", "SFW UF LH FA", "L")
    T("INT 2/B/P. POI Ardit HOXHA controls several flats in L7/L6 used as brothels. Women brought from "
      "Romania on promise of waitressing jobs. Passports kept by HOXHA. Women told they owe €5000 each for "
      "travel. One woman beaten after trying to leave in August.",
      "DEC RD DB PSV", "DT UF", "S")
    T("Report from a taxi driver (Delta) - picked up a girl of about 15 from the Travelodge on Old Hall St "
      "at 0300 with two men in their 20s. Girl looked drunk, in school uniform jumper, men paid cash and "
      "told driver to take them to an address in Kensington L7. Driver concerned.",
      "AV", "", "S", "high")
    T("URGENT: call from female in flat, Tuebrook L13. Says she is locked in the bedroom now, the man "
      "has taken her phone, she is using a hidden one. Speaks limited English, says 'he make me do sex with "
      "men, please come'. Units dispatched grade 1.",
      "RM ISO PSV", "RMS IS", "S", "immediate")
    T("INT 3/B/P: Teenage male from Speke (15) arrested in Aberystwyth with 30 wraps of heroin. Missing "
      "from home 4 days. Phone shows messages from 'Boss' saying 'u don't come back til u sell it all'. "
      "Injury to face, says he 'fell'.",
      "AV RM", "PA RMS", "C", "high")
    T("Immigration enforcement joint op, Wavertree. 4 Indian nationals arrested for overstaying at a "
      "restaurant. All said they were paid properly and lived with family. No indicators of trafficking "
      "identified after welfare interviews.",
      "", "", "")
    T("Welfare check at farm near Halsall (Lancs border) at request of GLAA - seasonal workers on "
      "SAWS-type visas, caravans were clean, heated, workers have own passports and contracts, hours 40-48 "
      "p/w. Satisfied.", "", "", "")
    T("INT 2/B/P: Mini-cab company in Kirkby used to ferry county lines runners. Drivers paid in gear. "
      "Children from Kirkby and Stockbridge Village taken to Blackpool and Lancaster on a rota.",
      "AV", "ET", "C", "high")
    T("Attended report of fight outside Concert Square L1. Two males arrested for S.4 public order. "
      "Both intoxicated.", "", "", "")
    T("FAO MSHT team - from officer's PNB: stopped a red Vauxhall Zafira (YX64 PLO) on East Lancs Rd at "
      "0515, 7 males inside, all Romanian, going to a packing warehouse in Knowsley Industrial Park. Driver "
      "said he takes £10 a day from each for the lift. When I asked about passports the driver answered for "
      "all of them and the lads did not speak. One lad in the back said in English 'we no have passport, "
      "boss have'.",
      "RD", "CE CT SFW DT", "L")
    T("Missing from home, Female 16, Litherland. Has previously been found in flats in Bootle with older "
      "males and given alcohol and cannabis. Last seen getting into a black Audi. Phone switched off. "
      "Treated as high risk missing - CSE concerns.",
      "AV", "", "S", "immediate")
    T("Criminal damage to bus shelter, Moreton. Youths seen on CCTV. No further lines.", "", "", "")
    T("INT 2/A/P. Source states POI Stacey McGUIRE is forcing her lodger, a 58yo man with alcohol "
      "dependency, to hand over his Universal Credit each month and to claim PIP in his name, which she "
      "collects. He sleeps on the sofa and she 'lets him' have £10 a week. She has threatened to put him on "
      "the street if he tells anyone.",
      "AV WW IT", "NCW", "C")
    T("Polish male employee at a warehouse in Speke states he works long shifts (12 hours) 4 on 4 off, "
      "gets paid into his own account, and happy with job. Enquiry was re stolen van only. No MSHT concern.",
      "", "", "")
    T("INT 3/C/P: Unknown Asian male seen sleeping in the back of a car wash on Stanley Road, Kirkdale, "
      "most nights. Blankets and a gas stove behind the jet wash shed.",
      "AC", "SW PLC", "L")
    T("Drugs warrant at Dovecot address. Occupant, 19, with a learning difficulty, found with 40 deals of "
      "crack. Says he has to hold it for 'the lads from Croxteth' or they will 'do his mum's windows in'. "
      "Treated as potential victim, NRM considered.",
      "AV IT", "", "C")
    T("Report of shoplifting gang in Liverpool ONE. Two women, Romanian, with a man who waits outside and "
      "takes all items. Store detective says same pattern every Saturday. Women look scared of him and "
      "he holds their phones.",
      "ISO", "FA", "C")
    T("INT 2/B/P. A female known as 'Mimi', believed Thai, living and working in a massage parlour on "
      "Rodney Street. Does not leave the premises, food is brought in. Sources say she owes 'aunty' a large "
      "sum for her visa and flights.",
      "RM DB", "RMS SW UF", "S")
    T("Traffic stop L8. Driver no insurance, vehicle seized. Driver very apologetic.", "", "", "")
    T("Op Encompass - notification to school re DA at home address, Prescot. Not MSHT related.", "", "", "")
    T("Officer's note: Attended Wirral Women & Children's Aid re a female disclosing historic abuse. She "
      "says her ex kept her passport and she now holds it herself; no current exploitation, historic DA "
      "only, relationship ended 2019. Passed to DA team.",
      "", "", "")
    T("INT 2/B/P: Males from Sudan living at a HMO in Kensington are working cash-in-hand on a building "
      "site in Everton. Site boss charges them £15 per week each for hard hats and boots and takes £40 rent "
      "from their pay. Paid £3 per hour. Gaffer picks them up at 6am.",
      "WW", "PPE CE", "L")
    T("Report of man being assaulted in the street, Birkenhead, by two males who shouted 'you owe us, "
      "get back to work'. Victim ran off before police arrival. Witness says victim works at the hand car "
      "wash nearby. Enquiries ongoing.",
      "PSV DB", "", "L")
    T("INT 3/B/P. Lad from Croxteth Park (13) believed running for older dealer. Given a bike and a "
      "phone, told to deliver to addresses on Stonebridge Lane. Has been assaulted with a bat when a drop "
      "was short.",
      "AV PSV", "PA", "C", "high")
    T("Burglary dwelling, Formby. Jewellery taken. SOCO attended.", "", "", "")
    T("URGENT incident log 0212: Male caller in Spanish and broken English states he and 3 others are "
      "inside a locked unit at an industrial estate in Bromborough, 'they lock us, we make the cannabis, "
      "man with gun come tonight'. Caller does not know the address. Cell site requested. Firearms advised.",
      "RM ISO IT", "RMS IS", "C", "immediate")
    T("INT 2/B/P. POI Lee McCANN (aka 'Macca') using his girlfriend's address in Netherton to store "
      "drugs. No suggestion she is forced; she is willing participant.", "", "", "")
    T("Neighbour dispute Rainhill. Hedge dispute, no offences.", "", "", "")
    T("Stop search, Wallasey Village, 15yo male with two phones and £480 cash. Refused to say where from. "
      "One phone constantly ringing with 'Mo' on screen. Referred to child exploitation team as possible "
      "county lines.", "AV", "", "C", "high")
    T("INT 2/B/P: Brazilian women being sold sex in a flat in Bootle. Man who runs it takes 70% and "
      "'fines' them £100 if late. Women told they have to pay back £3k for flights before they get "
      "anything. Man threatens to send pictures to their families back home.",
      "WW DB IT", "NCW UF", "S")
    T("Found a young Eritrean male hiding in the back of a lorry at Seaforth Dock. Says he paid smugglers "
      "in Calais. Border Force dealt. No work or exploitation described - smuggling only.",
      "", "", "")
    T("Concern raised by a PCSO in Anfield: an elderly Nigerian woman seen cleaning and cooking at a "
      "house on Oakfield Road from early morning to late at night. Appears to be a relative of the family. "
      "Neighbour says she never leaves and doesn't have keys. PCSO could not speak to her as the husband "
      "answered the door and said she 'doesn't speak English'.",
      "RM EO ISO", "RMS LH SFW IS", "D")
    T("INT 3/C/P: The tattoo shop on Bold St has lots of young males coming and going. Unknown why. "
      "Nothing to suggest exploitation.", "", "", "")
    T("Response log: attended a flat in Birkenhead re a female screaming. Found female, Romanian, "
      "with black eye, male partner arrested. Female said he 'sells' her to men and keeps all the money, "
      "and that he hits her when she says no. She has no phone and her ID card is in his pocket (recovered).",
      "PSV WW RD ISO", "PA NCW DT IS", "S")
    T("Anti-social behaviour, youths on motorbikes, Stockbridge Village. Dispersal order.", "", "", "")
    T("INT 2/B/P: Source states 'Big H' is running a cannabis grow at a unit in St Helens WA9, and has "
      "Vietnamese lad 'living in' to water the plants. Lad never let out, meals dropped off. Was told he "
      "would be killed if he ran.",
      "RM IT AC", "RMS SW", "C")
    T("Officers called to Liverpool Women's Hospital. Pregnant female, 19, Albanian, arrived with male "
      "who insisted on translating and would not leave. Midwife got her alone, she said she was brought "
      "to UK to work in a 'club', passport taken by the male, 'he say I pay him back'. Safeguarding "
      "strategy meeting called.",
      "DEC RD DB", "SFW DT", "S")
    T("Attended Bidston Moss retail park, trolley collector with learning disability reported assaulted by "
      "a customer. Customer arrested. Victim employed directly by the store, paid properly.",
      "", "", "")
    T("INT 3/B/P: A man in Southport is known to have 10+ tenants, all Polish, in a big house on "
      "Lord Street. Source thinks he 'owns them'. Checked - each has own tenancy, own jobs at different "
      "places, pay own bills. Source has a personal grudge. No further action.",
      "", "", "")
    T("Drug driving, Kirkby. Positive cannabis. Charged.", "", "", "")
    T("INT 2/B/P - a Slovak family in Kensington (husband, wife, and two adult sons with learning "
      "disabilities) - the sons are sent out begging at the Liverpool Central station entrance every day "
      "and the father collects the money at 6pm. Sons appear thin and unwashed.",
      "AV WW", "PA NCW", "C")
