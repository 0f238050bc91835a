"""fresh248 part 2: partner referrals (local authority, NHS, charities, agencies)."""


def add(T):
    T("Referral from Liverpool City Council Adult Social Care. Ms Dorota K (41) presented at Careline "
      "asking for emergency housing. She says she came from Poland in March after a woman on Facebook "
      "offered her a cleaning job in a hotel with accommodation and £9.50 an hour. When she arrived in "
      "Liverpool she was taken to a house in Walton where 11 people lived, she shared a room with three "
      "other women. She was driven each morning at 5am to a laundry in Knowsley and brought back after "
      "7pm. The man who ran the house, 'Marek', kept her passport 'for the paperwork', opened a bank account "
      "in her name and kept the card. She was given £50 a week. When she asked for her money he told her "
      "she owed £1,200 for the flight, the bed and the transport and that the debt went up every week. She "
      "left on Sunday when he was out. She has only the clothes she is wearing. Consent given for NRM.",
      "DEC RD WW DB EO AC", "OA CE DT NCW UF FPE LH CT", "L")
    T("Salvation Army referral (MSVCC): adult male, Vietnamese, 24, found by police at a cannabis grow in "
      "Huyton. Client states he was told in Vietnam he would work in a nail salon. He was moved from house "
      "to house in the back of a car with blacked out windows, never knew where he was. Says the men beat "
      "him with a pipe when plants died. Client is very anxious about police and immigration and asks "
      "repeatedly if he will be sent to prison.",
      "DEC ISO PSV", "IS FA ET", "C")
    T("Wirral Council Children's Services - MASH. Child E (15) disclosed to school nurse that a 22yo male "
      "she calls her boyfriend has made her have sex with his friends in exchange for 'paying off' the "
      "vape and weed he gave her. He says if she tells anyone he will post the videos. Strategy "
      "discussion arranged today.",
      "AV PSV DB IT", "", "S", "high")
    T("NHS Liverpool University Hospitals safeguarding team: a man aged about 30 attended A&E at the "
      "Royal with a deep cut to his hand from a meat slicer. He was brought by a supervisor from a food "
      "factory who answered all the questions and said the man 'has no English'. The supervisor refused to "
      "leave. Patient had no GP registration and did not know his home address. He had no gloves and said "
      "via Language Line 'no stop, no break, 14 hours'.",
      "AC EO ISO", "SFW IS LH", "L")
    T("Referral from Knowsley Council housing: tenant complains of 'overcrowding' next door - 2 families "
      "(8 people) in a 3-bed. Visit made: extended family, all children attend school, adults work at "
      "different places, nobody employed by the landlord. Referred to environmental health only.",
      "", "", "")
    T("Citizens Advice Sefton: client is a care worker recruited from Zimbabwe by a care agency in "
      "Southport on a Health and Care Worker visa. She paid £8,000 to a recruiter for a 'certificate of "
      "sponsorship'. On arrival she was given 12 hours a week not the 39 promised, charged £120 a week for "
      "a room shared with 3 others, and told that if she complains the agency will withdraw sponsorship and "
      "she will be deported. She is now in rent arrears to the agency.",
      "DEC DB IT AV", "UF OA", "L")
    T("GLAA intelligence report: labour provider (unlicensed) supplying workers to a shellfish "
      "processor in Southport. Workers report paying £300 'registration fee' and being charged £25 per "
      "week for transport and £40 for wellies, gloves and hairnets. Payslips show deductions that bring "
      "pay below NMW. Workers collected from Bootle at 4:30am in a minibus.",
      "WW", "UF CT PPE CE", "L")
    T("HMRC NMW team: a complaint that a hand car wash in Wallasey pays staff £40 for a 10 hour day. "
      "Visit found payroll records for 2 staff but 7 working. Workers confirmed they live in flat above "
      "the car wash paid for by owner. No other concerns at this stage.",
      "WW", "OA", "L")
    T("Email from the Whitechapel Centre (homelessness): our outreach team has met a man (Lithuanian, "
      "late 50s) sleeping at Williamson Square who says he worked on building sites for a 'gang master' for "
      "two years and was 'paid in beer'. He has an alcohol problem. He says the man collected him from the "
      "hostel every day and kept his bank card 'so he would not drink it all'. He wants to go back to "
      "Lithuania.",
      "AV WW", "NCW", "L")
    T("School DSL (Bootle) - Year 10 boy, T, seen with rolls of cash and new designer clothes. He has been "
      "missing from school 3 days this week. Another pupil said T 'works for' a man called Rico and goes "
      "'out of town'. Mum says he has a second phone that keeps buzzing. Referred to MACE panel.",
      "AV", "", "C", "high")
    T("Referral to Merseyside Police from Kidney Research Ward, Royal Liverpool: patient awaiting "
      "transplant is receiving a kidney from his brother. Both fully assessed, HTA approved, no payment "
      "involved. Sent to you in error - please disregard.",
      "", "", "")
    T("Border Force Liverpool (Seaforth) referral: female, 23, Nigerian, arrived by ferry from Belfast "
      "with a man claiming to be her 'uncle'. Uncle held her passport and answered all questions. She "
      "said she was coming to study hairdressing but had no college details. When spoken to alone she cried "
      "and said the uncle said she must 'work for him in the night' to pay for her journey, and that her "
      "mother would die if she broke the 'oath'. She was separated and placed with Salvation Army.",
      "DEC RD DB IT", "DT SFW FA UF", "S")
    T("DWP Bootle Jobcentre: 5 claimants from the same address in Litherland all have the same 'appointee' "
      "who brings them in, speaks for them and the UC is paid into accounts he controls. Claimants do not "
      "seem to know what they are claiming. Possible benefit fraud with exploitation.",
      "WW", "SFW NCW MBC", "C")
    T("St Helens & Knowsley Teaching Hospitals - safeguarding. Female patient, 30s, attended with "
      "recurrent STIs, bruising to inner thighs, and said she 'sees 10 men a day'. Male outside in car "
      "phoning her repeatedly. She refused further help. Flag for police awareness.",
      "PSV", "PA", "S")
    T("Referral: Adult Social Care (Sefton). Mr Gary W (47) has a mild learning disability and lives "
      "alone in Seaforth. His support worker is concerned because a family have 'befriended' him and he now "
      "goes every day to 'help' at their scrap yard for no pay. He says he likes it and they feed him. He "
      "has handed over his bank card to them 'to keep it safe' and does not know his balance.",
      "AV WW", "NCW", "L")
    T("Local authority licensing officer: routine inspection of Thai massage premises, Duke St L1. "
      "Therapists have own contracts, are paid by BACS, hold own passports. Premises clean. No concerns.",
      "", "", "")
    T("Salvation Army (outreach) - Client R, Romanian male, 38, disclosed that in 2023 he worked at a "
      "chicken farm in North Wales and was kept in a barn with 20 other men, beaten when he asked about "
      "pay. He is now safe and living independently in Birkenhead, wants to report it. Historic.",
      "AC PSV WW", "OA", "L")
    T("Referral from Merseyside Fire & Rescue: following home fire safety visit in Kensington, crew found "
      "a three-bed terrace with 14 mattresses on floors, extension leads everywhere, no smoke alarms, "
      "padlock on the outside of one bedroom door. Occupants (male, Eastern European) left for work in a "
      "van at 5:45am while crew were there. Nobody would speak to crew. Landlord unknown.",
      "AC", "OA PLC CE FA", "L")
    T("Children's social care Liverpool: Child S (16) is an unaccompanied asylum seeker from Albania "
      "placed in semi-independent accommodation. He has gone missing twice and returned with large amounts "
      "of cash. Staff found messages in Albanian telling him he 'still owes £7,000' for the journey and "
      "'they know where your family is'. Suspected to be working in a cannabis grow.",
      "AV DB IT", "UF", "C", "high")
    T("NCA referral to Merseyside: intelligence that an OCG is recruiting people in Pakistan with "
      "promises of paid kidney donations in the UK; one donor address linked to Liverpool L8. Donor "
      "allegedly told she would receive £10,000, received nothing, and was left with post-operative "
      "infection.",
      "DEC WW AV", "", "O", "high")
    T("Local authority Trading Standards: we received a complaint about a 'kidney for sale' post on a "
      "Facebook marketplace group in St Helens. Seller appears to be a young man in debt offering his own "
      "kidney. Post removed. No buyer or broker identified. Passing for info.",
      "", "", "")
    T("Merseyside Police liaison - NHS Blood and Transplant: a patient at Aintree has disclosed she "
      "received a kidney transplant abroad in 2022 after paying a 'clinic' in Istanbul. She says the donor "
      "was a young Syrian man who she was told was paid very little and 'did not want to do it'. Passed to NCA.",
      "AV", "", "O")
    T("Housing Association (Riverside) tenancy sustainment: tenant, 71, widow, in Crosby has had her "
      "grandson's friends 'staying'. They use the flat to bag up drugs. She says they are 'nice lads' and "
      "she is not scared. She still goes out to bingo daily. Police aware. Cuckooing concerns - lads are "
      "dealing from her flat without paying, and took her spare key.",
      "AV", "", "C")
    T("NSPCC helpline referral: anonymous caller (aunt) concerned that her 12-year-old niece in "
      "Wallasey is being kept off school to look after four younger siblings and clean the house all day "
      "while parents work. Child says she is 'always tired' and not allowed to go out with friends. "
      "Caller says she is hit if the house is not clean.",
      "AV PSV RM EO", "RMS LH", "D", "high")
    T("Referral from The Women's Organisation: client, Chinese national, says she was brought to UK as a "
      "domestic worker by a family who moved to Liverpool from Hong Kong. Her contract said £1,200 a month; "
      "she receives nothing, employer says it is 'sent to her family'. She works from 6am until 11pm, sleeps "
      "on a mat in the children's room, and is not allowed a day off. Her passport is in the employer's "
      "safe. She speaks to her family once a month on the employer's phone.",
      "DEC WW EO RD ISO AC", "LH DT NCW IS SW", "D")
    T("Sefton Council Environmental Health: complaint of rats at takeaway, Bootle Strand. Inspection found "
      "poor hygiene. Staff all local, on payroll. Improvement notice.",
      "", "", "")
    T("Referral from the Merseyside Youth Association: young person (17) says he is selling drugs "
      "because he wants the money. No coercion described, but he is a child and we believe older males "
      "are using him. He says 'no one makes me, I do it myself'. Please assess.",
      "AV", "", "C", "high")
    T("Referral from Liverpool Community Health (district nurse): patient is an 83yo man with dementia. "
      "His carer, paid by him privately, works long hours by choice and is well paid; carer is a friend of "
      "the family. District nurse had wondered about modern slavery because carer 'never seems to have a "
      "day off' but carer confirmed she takes time off when she wants and has her own flat. No concerns.",
      "", "", "")
    T("Hope for Justice (Independent Modern Slavery Advocate) update: client J (Polish, 45) whose case is "
      "with Merseyside MSHT team is now in safe house. He confirms the gangmaster in Birkenhead made him "
      "take out 4 mobile phone contracts and 2 loans in his name, which the gangmaster kept. He was told "
      "the loans were 'for his rent'. J has been left with £6,000 debt.",
      "DEC WW DB", "", "L C")
    T("Alder Hey safeguarding: 13yo girl admitted following overdose of ketamine. Friends report she was "
      "given drugs at a 'party' in a flat in Everton by adult men and that she has been there several times. "
      "She has a second phone with contacts saved as emojis. Strategy meeting, CSE and CCE concerns.",
      "AV PSV", "", "S", "high")
    T("Referral from a Birkenhead GP practice: patient, 28, male, Romanian, attended with back injury. "
      "Says he works on a building site and sleeps on site in a metal container with three other men. "
      "Boss pays him cash 'sometimes'. He owes the boss for his flight.",
      "AC WW DB", "SW PLC UF", "L")
    T("Referral from Liverpool John Moores University International Student Support: student from Nigeria "
      "is working 40 hours a week at a care home, over visa limit. She says she is paid properly and does "
      "it to pay her fees. She has her own passport and BRP. Advice given regarding visa conditions. No "
      "exploitation concerns.",
      "", "", "")
    T("Wirral Council licensing: complaint that a taxi driver is 'always driving girls around at night'. "
      "Driver is a registered taxi driver who works nights and carries lots of passengers. Nothing "
      "specific. Record for info.", "", "", "")
    T("Migrant Help referral: Mr A (Ghana, 34) - on a Seasonal Worker visa at a fruit farm near Ormskirk, "
      "now staying with a friend in Toxteth. He says the farm gave him very few hours so he owes the "
      "recruitment agent £4,000 he borrowed for visa and flights. Agent in Ghana texts him every day "
      "saying they will 'visit' his family. He is desperate and has been offered cash work in a car wash.",
      "DB IT", "UF", "L")
    T("Referral from the Brunswick Youth Centre: 15yo female says her 'boyfriend' (19) takes her to "
      "houses in Halton where she is made to 'be nice' to his mates. He has taken her phone and gives "
      "her a new one which he checks.",
      "AV ISO PSV", "IS", "S", "high")
    T("Knowsley MASH: an elderly couple (both 80+) in Prescot have a lodger who does all their shopping, "
      "cleaning and cooking in exchange for free rent. Lodger is a student who chose the arrangement and "
      "says it works well for her. Neighbour made referral believing she was a servant. No concerns.",
      "", "", "")
    T("Referral from Unseen helpline: caller reports a woman working in a private home in Formby as a "
      "nanny. Caller (her friend) says the woman has not been paid for 7 months, is told she 'owes' for "
      "food and board, has to ask permission to leave the house and is only allowed out to the school run. "
      "The family have her visa papers. She is frightened that if she leaves she will be deported.",
      "WW DB RM RD", "RMS DT FA", "D")
    T("Referral from a hospital interpreter: a Vietnamese woman (20s) in maternity at Arrowe Park said "
      "she works in a nail bar in Wallasey and lives with the owner. She was not paid 'because I pay for "
      "my journey'. Midwives noted she had very few belongings. The owner collected her on discharge.",
      "WW DB", "FPE UF", "L")
    T("Anonymous referral via Crimestoppers: large cannabis grow at a rented house in Rainhill, WA10. "
      "Electricity bypassed. Nobody appears to live there. Referred to drugs team.",
      "", "", "")
    T("Salvation Army: Client M (Albanian female, 26) - disclosure. M was recruited by a man she met "
      "online who said he loved her and would marry her in England. In Liverpool he took her to a flat "
      "in Kensington and told her she had to 'work' with men to pay for the flat. He took all her money, "
      "raped her and kept her locked in when he was out. She escaped when a client left the door open. "
      "She is terrified he will find her and says he has her sister's address in Tirana.",
      "DEC PSV WW RM IT", "NCW RMS FA", "S")
    T("Safeguarding referral from a pharmacy in Huyton: a young lad (looks about 14) keeps coming in with "
      "a man in his 30s to buy big packs of clingfilm, scales and baking soda. Lad never speaks. Pharmacist "
      "concerned.", "AV", "", "C", "high")
    T("GLAA: Licence check completed on agency supplying to a distribution centre in Haydock. Workers "
      "interviewed - all paid correctly, hold own ID, transport is optional and free. Compliant.",
      "", "", "")
    T("Referral from an independent domestic violence advocate (IDVA), Southport: client states her "
      "husband brought his cousin from Pakistan who now 'works' in the house and the husband's shop. "
      "Cousin is never paid, sleeps in the shop stockroom, and the husband took his passport on arrival. "
      "Client is afraid to give more detail.",
      "WW AC RD", "SW DT", "L D")
    T("Merseyside Police Early Help: Parent called about her 17-year-old son who works as a kitchen "
      "porter 45 hours a week during summer holidays. She thinks it is 'modern slavery' because he is tired. "
      "He is paid above NMW and chose the shifts. Advice given.", "", "", "")
    T("Response from Tesco Bank fraud team to PC 4412: account ending 8891 in name of a Latvian national "
      "receives wages from three different employers each week and is emptied the same day at an ATM in "
      "Birkenhead along with 6 other accounts by the same man on CCTV. Account holder says she 'never sees "
      "the card'.",
      "WW", "MBC NCW", "L")
    T("Referral from Catholic Care (St Helens): young Eritrean man (18) who has leave to remain says a "
      "countryman 'helped' him get a job at a car wash and a room, and now says he must pay back £2,000 for "
      "the help. He is paid £30 a day and hands £20 to the man. Says 'I don't know how long I pay'.",
      "DB WW", "UF", "L")
