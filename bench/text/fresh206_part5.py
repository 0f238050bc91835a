def add(T):
    T("""NATIONAL WEEKLY PICTURE - FULL ENTRY
Force: West Midlands Police / GLAA joint
Op: HOLLYBUSH
Summary: Following a Modern Slavery Helpline call from a worker's sister in Poland, officers and GLAA visited a bed manufacturing unit in Tipton. 11 Polish and Ukrainian men aged 24-67 were present. They were recruited in Poland through an advert promising £450 a week and a 'nice house'. In reality they were paid between £40 and £70 a week after deductions for rent, transport, 'fines' for lateness and a 'debt' for their flights which none of them had managed to reduce. All were living at two terraced houses in Great Bridge owned by the principal suspect, with up to 7 men sharing 2 bedrooms, damp mattresses and no working heating. Their bank cards were kept by the suspect's wife who 'helped with the money'. Three said they had been slapped or kicked for 'cheek'. Two did not know the name of the town they were living in. Neither victim nor witness accounts mention passports being taken: all had their own ID cards. 9 entered the NRM.""",
      "DEC WW DB AC PSV ISO", "OA PLC NCW IS", "L")
    T("Item - Hertfordshire: St Albans, drugs: 1kg ketamine found in a car. Two adult suspects, no vulnerability. Charged.")
    T("no concerns", "", "", "")
    T("Item - Lincs: Grantham, 'he never locked us in but there was always someone watching the door and he came with us to the shop' - Latvian woman, packing factory, says she worked 6 days a week and her wages went to him.",
      "RM WW", "RMS ET NCW", "L")
    T("Item - Met (Lewisham): a Sierra Leonean girl (now 18) says she came aged 12 to live with an 'aunt' who made her do all housework and childcare, kept her off school and hit her with a shoe. Never been to a doctor. Historic, disclosed to college tutor.",
      "AV PSV", "", "D")
    T("Item - Kent: Margate, caller says a 'fake' charity is collecting clothes using young Eastern European men. Enquiry: a legitimate textile recycling company, staff employed on contracts. NFA.")
    T("Item - Cheshire: Warrington, traffic stop on a Transit with 9 Romanian men, 6:10am. Driver produced a GLAA-licensed company's paperwork; workers all had their ID and said they were paid hourly into their own accounts. No offences.",
      "", "CE", "")
    T("Item - West Yorkshire: Bradford, Czech Roma man (39) told the council he has been made to work at a scrapyard for a 'cousin' for 2 years without pay. He said he is allowed out but 'where would I go, he has my ID card and my money'.",
      "WW RD", "DT NCW", "L")
    T("Item - Thames Valley: High Wycombe, woman reported a man in a car watching a house; it was a private investigator. No offences.")
    T("""Case note (MS navigator, Nottingham) 19/11
Met J (Albanian, 23) in the safe house. He says he did not pay anything upfront; he travelled with a group on a lorry, the journey was organised by his uncle and, he says, 'nobody owes anybody'. He worked in a car wash in Beeston, paid £50 per day, had his own phone and lived with friends. I asked specifically about threats and he said there were none. The only concern is that he sleeps in the car wash's back room 'to save money' two nights a week and works 10-hour days. He does not want an NRM referral and does not consider himself exploited. Plan: keep contact, advise on asylum, revisit if anything changes.""",
      "", "SW", "")
    T("Item - Gloucestershire: Tewkesbury, an Indian student (21) at a warehouse for 40 hours a week, over her visa limit. Employer has not coerced her; she chose extra shifts. Referred to UKVI for breach only.")
    T("ppt held by the agency 'til she pays back the flight. She's at the Premier Inn in Slough on cleaning. IP scared.",
      "RD DB", "DT UF FA", "L")
    T("Item - Police Scotland: Paisley, a Nigerian man says he paid £3,000 to a 'sponsor' for a job as a care worker and arrived to find no job. He has not been threatened or held. He is now destitute. Referred for support; fraud investigation.",
      "DEC", "UF", "")
    T("Item - Essex: Southend, 3 Romanian children (9-12) selling flowers in pubs late at night with an adult woman who takes the money. Children appear malnourished and say they don't go to school.",
      "AV WW", "PA NCW", "C", "high")
    T("Item - South Yorks: Barnsley, man in 20s with autism was 'given' a job delivering parcels by a neighbour; turns out it's drugs. Neighbour keeps his benefits card. Mum says he's terrified of the neighbour.",
      "AV WW", "NCW FA", "C")
    T("Item - Hants: Isle of Wight ferry, two girls (14, 15) from London travelling with a 20-year-old male who has 'work' for them in Ryde. Girls have no money, no phones. Reported missing by their care home this morning.",
      "AV ISO", "ET IS", "C", "immediate")
    T("Item - Devon: Barnstaple, a dairy farm. Romanian worker says he milks twice a day, 4am and 4pm, every day of the year, without a single day off in 18 months, lives in a caravan. Pay correct. He wants a day off.",
      "EO", "LH", "L")
    T("NCA - fraud digest: an OCG in Birmingham used identities of 200 EU workers to claim Covid grants. Workers were not aware; most had left the UK. Identity fraud, no evidence of control.")
    T("Item - Norfolk: Thetford, report from a Portuguese interpreter. A woman at a chicken factory told her the supervisor 'sells' shifts - each worker must pay £50 cash to him to get work that week. Those who don't are 'sent home'. No other concerns disclosed.",
      "WW", "UF", "L")
    T("MSOIC tasking - Operation TEMPLAR: Please check for any intel re: a black Mercedes Vito, reg LR20 ZXW, used to move Chinese women between massage parlours in Manchester, Leeds and Newcastle. Women are believed to be locked in overnight and to owe £40k each for their journey.",
      "RM DB", "RMS UF ET", "S")
    T("Item - Surrey: Camberley, Gurkha family's young nephew working in the family shop at weekends - school complained he's 'child labour'. He's 16, works 8 hours on Saturday, paid. No concerns.")
    T("Item - Merseyside: Liverpool, Iranian Kurd (30) who was trafficked in 2021 has now been found working at a barber's where he is paid cash below NMW; he says he is free and wants to stay. Not re-trafficked: no control, no debt. Welfare only.",
      "WW", "", "")
    T("Item - BTP: Euston, 5 Romanian men with one-way tickets to Glasgow, all have the same mobile number written on paper and a man who bought the tickets was waiting for them. 'He said we will work in a carwash'. No documents on them - man has them.",
      "RD", "DT ET", "L")
    T("Item - West Mercia: Kidderminster - a woman (UK, 33) with learning disability lives with a couple who have her as 'housekeeper'. They hold her bank card, she cleans and cooks for them, and she isn't allowed to see her sister. Adult social care strategy meeting.",
      "AV WW ISO", "NCW IS", "D")
    T("Drugs - Lancs: Blackpool, 300 cannabis plants, two Vietnamese adult men arrested; both say they own the grow and are in business together. No NRM indicators disclosed; both legally resident. Charged.")
    T("Item - Northumbria: North Shields, fishing: Ghanaian crew on a Scottish boat say they are not allowed off the vessel in port and have to ask permission to phone home. Skipper holds their passports. 'We eat what's left.'",
      "RM ISO RD AC", "RMS IS DT", "L")
    T("Item - Kent: 'boss said if I talk to police I go back to Vietnam in a box'. 17yo, nail bar in Chatham. NRM done.",
      "AV IT", "FA", "L", "high")
    T("Item - Avon & Somerset: Bath, the council reports a 'hostel' where 18 people live in a 4-bed house. Enquiry: a licensed student HMO near the university. Students' own tenancies. No concerns beyond overcrowding.",
      "", "OA", "")
    T("Item - Met (Harrow): 'my husband took me from India, said I will study here. He keeps me in the house, takes my phone, his mother makes me clean all day, and he forces me when he wants.' Disclosed at a GP appointment.",
      "DEC RM ISO PSV", "RMS IS", "D")
    T("Item - Dorset: Weymouth, 15yo boy from Bristol found in a flat with 2 adults and crack; says he came 'to see a mate'. Has a new phone and a bruise on his cheek he won't explain. NRM and missing episode.",
      "AV", "PA FA", "C", "high")
    T("Item - GMP: Stockport, adult Hungarian woman in a brothel says she is there by choice and her 'manager' is her partner; she keeps half. NRM not consented; intel logged - concern that partner takes half and drives her to all bookings.",
      "WW", "ET", "S")
    T("Item - Police Scotland: Aberdeen, an oil rig worker on 12-hour shifts, 3 weeks on 3 weeks off, reported by his ex-wife as 'forced labour'. Normal offshore rota. No concerns.")
    T("Item - Kent: Dartford, the driver of a car stopped with 5 men in the back at 5am produced receipts showing each man pays £15 a day for the ride to a Thurrock warehouse. Men said the driver is 'the boss's man' who also collects rent. No violence mentioned.",
      "WW", "CE CT", "L")
    T("Item - Sussex: Horsham, vineyard. GLAA check on Bulgarian pickers: accommodation adequate, pay above NMW, transport free, documents held by the workers. No concerns; good practice noted.")
    T("Item - Wales (South Wales Police): Newport, 'Bryn' line - 3 arrests; a 16yo girl found at the trap house was being used to 'plug' drugs and had injuries to her arms.",
      "AV PSV", "PA", "C", "high")
    T("NCA organ harvesting update: no UK cases confirmed. Two suspected cases (Luton, Haringey) continue. One look-alike closed: a Romanian patient paying a private Istanbul clinic for his own surgery (hip replacement), no donor involved.")
    T("Item - Lincs: Skegness, caravan park, 14 Romanian men living in 3 static caravans, working for a local fish processor; rent £60 p/w taken from wages by the 'agent', agent holds ID cards, says it's so they 'can't run off with the debt'. Workers were picked up at 5am daily.",
      "WW RD DB", "OA DT NCW CE", "L")
    T("Met - Enfield: call log 03:12, a man says his friend is 'being held' in a flat at Ponders End by men who want £3,000 and have beaten him, they have his phone and keep sending videos to his family. ARV deployed.",
      "PSV RM ISO IT", "RMS IS", "C", "immediate")
    T("Item - Kent: Dover, Border Force - 2 Albanian adult males in a lorry said they'd 'work for 6 months for free to pay the trip'; arranged in Tirana. Meeting point in Hayes. Both referred.",
      "DB", "UF", "L")
    T("Item - Cleveland: Redcar, 14yo girl: 'he says if I don't go to the party he'll post the pics'. Party tonight at an address in Middlesbrough. Police attending.",
      "AV IT", "", "S", "immediate")
    T("Item - Met (Tower Hamlets): 'I clean for the family 16 hours, no salary, they say I am lucky because I have food' - Indonesian domestic worker (41), left via the embassy.",
      "EO WW", "LH", "D")
    T("Item - Beds: Luton, asylum seeker (Sudan) paid £20 a day cash to work on a building site. He is not coerced, no debt, lives in Home Office accommodation. Illegal working referral.")
    T("Item - West Midlands: Wolverhampton, Polish man found dead in a lorry park, formerly worked for an agency linked to Op LINDEN. Coroner's referral; exploitation link unconfirmed.")
    T("Item - Police Scotland: Ayr, two Vietnamese males found working in a nail bar without pay; they say they're 'apprentices' and 'family will pay the boss'. Passports with the 'aunt' who owns the shop. They live in the loft.",
      "WW RD", "DT SW", "L")
    T("Item - Humberside: Hull, 17yo Iraqi boy in supported housing is being 'run' by older men to sell cannabis in the city centre and has been told they will 'cut him' if he stops.",
      "AV IT", "", "C", "high")
    T("Item - Hants: Southampton, seafarer from Myanmar on a bulk carrier says crew 'cannot leave ship', have not been paid for 8 months, and food is 'rotten'. Master says there are no problems. MCA detention.",
      "RM WW AC", "RMS", "L")
    T("NCA digest (one-liners): Warks - money mule network of students, no coercion; Lancs - fraud 'boiler room' closed; Kent - 3 smuggling arrests at Dover; Met - 1 kg heroin in a Luton Airport parcel. None are MS.")
    T("Item - Met (Haringey): a Kurdish man says he was 'sold' to a barbershop owner to repay his smuggling debt of £12,000. He sleeps above the shop and works 13 hours a day, 7 days a week. He says 'they have my friend's address in Erbil'.",
      "DB EO IT", "UF SW LH", "L")
    T("Item - Surrey: Woking, care home: 5 Zimbabwean carers on sponsored visas say the owner takes their BRPs 'for checks', hasn't returned them in a year, and docks £200 a month for 'visa costs'.",
      "RD WW", "DT", "L")
    T("Item - GMP: Trafford, missing 15yo from Wigan found in a car with 2 adult men at 2am, alcohol in the car, she was distressed and had a bruised lip.",
      "AV PSV", "PA", "S", "high")
    T("Item - Devon & Cornwall: Truro, a daffodil farm - worker said at induction 'if you don't pick fast we'll send you home' - believed to be a motivational comment by a supervisor, pay correct. GLAA advised. No further concerns.")
    T("Item - Staffs: Stoke, 'Kevin the landlord' reported for keeping his tenants' passports. Enquiry: he takes copies for right-to-rent checks and returns the originals the same day. No offence.")
    T("Item - Leics: Melton, farm worker from Poland who was 'promised a house' but placed in a caravan; says the caravan is fine, pay is fine, he is not complaining and is free to leave. Advice only.")
    T("Item - Kent: Tonbridge, Eritrean teen in foster care is receiving calls from a man in London who paid for his journey and wants him to 'start work'. He's frightened and says he owes £5,000.",
      "AV DB IT", "FA UF", "", "high")
    T("MSOIC Unit - end of week note. Thank you to forces for submissions. Themes: sponsored care worker exploitation (continuing), Vietnamese children in cannabis grows, domestic servitude linked to marriage. Small boats and drugs entries without exploitation are included for context only.")
