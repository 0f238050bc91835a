# fresh181 part 1: night shelters, hostels, street outreach; homeless men recruited for labour.
def load(T):
    T("""Night shelter log 02/03. Two of our regulars (J and a Polish lad we know as Marek) were picked up outside at 5.10am by a white Transit, reg partially seen as YK19 ***. Marek told staff last week the man pays him £20 a day for block paving and takes "rent" off that for a room in Batley he's never actually seen. Both came back at 10pm, filthy, Marek had cut hands and no gloves. He said he owes the man for the van ride every day.""",
      "WW AC AV", "CE CT PA", "L")
    T("Outreach: rough sleeper on Corporation St says a bloke in a BMW offered him £50 a day cash on a building site in Wigan. He turned it down. No further info.", "", "", "")
    T("""INT 3/B/P. Source reports that a male known as "DANNY" is recruiting homeless males from the Booth Centre area for tarmac and driveway work. Source states workers are kept at a caravan site off the A580, are not paid, and are told they owe DANNY for food and diesel. Two workers are believed to have tried to leave and were beaten. Workers are driven to jobs in a Ford Ranger and not allowed out of sight.""",
      "AV WW DB PSV RM", "RMS ET PA", "L")
    T("Hostel keyworker note: Steve (room 14) says he's been doing cash-in-hand labouring for a mate's firm, 7 til 4, gets paid Fridays into his own account, happy with it. Reminded him to declare to UC. No concerns.", "", "", "")
    T("""Street Link referral. caller says theres a man sleeping in the bin store behind the Costcutter on Bury Old Rd every night, says he works at the car wash next door from 7am till dark and the boss lets him kip there, he has no coat and looks really thin, he dont speak much english""",
      "AC EO", "SW LH PA", "L")
    T("""Night shelter manager email to MSVCC:
Hi, one of our guests (Romanian national, 40s, male) disclosed tonight that he was brought to the UK by a man who promised him warehouse work at £9 an hour. On arrival the man took his ID card "to sort the paperwork", put him in a house in Leicester with eleven other men, and he was made to work at a recycling plant. He says he was given £10 a week and told the rest goes on his travel debt. He walked out on Sunday after being punched for asking for his card back. He is frightened the man will find him and doesn't want police at the shelter. We have him for tonight only. Please advise re NRM.""",
      "DEC RD WW DB PSV AV", "DT OA FA UF NCW", "L")
    T("Guest asked if we could keep his passport in the office safe while he's here. Logged in the valuables book, he can have it back any time.", "", "", "")
    T("""Outreach shift notes. Checked on Kev at the underpass. He was buzzing about "a job" - a man called Tony has told him he'll get him a flat and work on a farm in Lincolnshire if he gets in the van tomorrow 6am at the Asda. Kev has no phone, no ID, and a bad alcohol problem. Tony apparently told him not to tell us. Concerned re recruitment. Passed details and description to police (Tony, white male, 50s, grey hair, silver Vauxhall Vivaro).""",
      "AV DEC", "", "L")
    T("Rough sleeper count Tuesday: 17 verified, 3 new to the area, nobody reporting any work or exploitation issues.", "", "", "")
    T("Hostel: resident K says the 'agency' who took him on is keeping £40 a week for his hi-vis and boots.", "WW", "PPE", "L")
    T("""Housing officer case note. Mr O (TA placement, Room 3, 22 Harold Rd) says his cousin found him work at a hand car wash in Ilford. Works 8am-8pm, seven days, £35 a day. Says he chooses to work every day because he is saving to bring his wife over and the owner has offered him days off. Gets paid in cash by the owner himself. Has his own passport and BRP. Gave him info on minimum wage and ACAS.""")
    T("""Statement (via interpreter, Slovak):
I was living on the street in Nottingham. A woman came to the soup kitchen and said she has good job for me, packing vegetables, and a room. They took me to a house. There was nine men there, mattress on floor, one toilet. Every day the minibus come at 4 in the morning and bring us back at 9 at night. I never see my money. They say it go to pay the house and the bus. When I say I want to go they say I owe them £600 and if I go they find me. My phone they took the first day.""",
      "AV DEC WW DB IT ISO AC EO", "OA PLC CE NCW CT LH IS", "L")
    T("""Probation officer note: PoP disclosed that since release he's been doing "bits" for his old gaffer (roofing) and is paid properly, invoices through CIS. Verified with employer. No concerns.""", "", "", "")
    T("""Day centre staff worried about Wojciech. Came in today with a black eye and split lip, said he fell. He's been working for "the Irish lads" on driveways for about a month. Won't say more, kept looking at the door. Man waiting for him outside in a pickup, tooted the horn twice and he left straight away without his food.""",
      "", "PA FA", "L")
    T("Men being collected by minibus at 5am from the hostel car park every morning - driver doesn't get out. Staff say residents go willingly and come back for tea. Monitor.", "", "CE", "")
    T("""INT 2/A/P. Night shelter staff report male "PADDY" attends the Church Street shelter weekly offering work. Men who go with him return weeks later with no money. One (NOM: Gary HOLT) told staff he was kept in a caravan in a yard near Gloucester, worked 6am till dark every day, slept in a caravan with no heating and no water, and was told that if he went to the police they'd "do" his sister. Holt says they took his bank card and his UC is going into an account they use.""",
      "AV RM WW IT AC EO", "PLC LH NCW RMS", "L")
    T("""From outreach team WhatsApp (copied to log): "Just seen three of the lads from Whitworth St getting into a van with a bloke from the market. They said they're going to do a days shifting furniture, £60 each, back tonight. All seemed chuffed. No red flags but noting reg: FD66 KXL." """, "", "", "")
    T("Client says he paid a man £200 up front for a CSCS card and a job on a site, never heard from him again. Fraud, not exploitation, advised Action Fraud.", "", "UF", "")
    T("""Shelter incident log. 23:40 a man came to the door asking for "Lukas". Staff said we couldn't confirm who stays. Man became aggressive, said Lukas owes him £1,500 and "if he's not back at work Monday he's finished". Lukas later told staff he ran from a job at a chicken factory where the man gets him the shifts and keeps his wages. Lukas is very scared and wants to leave Grimsby tonight.""",
      "IT DB WW", "FA NCW", "L", "immediate")
    T("homless man at the bus station keeps saying theres people kept in a barn at the farm up by Holme where he worked, no toilet, no money, he ran off after a week. he smells of drink but seemed genuine", "AC WW", "PLC", "L")
    T("Hostel staff: resident Rob asked for help with a CV. He's applying for night shifts at the Amazon depot. Working 12 hours by choice, via a proper agency contract. Fine.", "", "", "")
    T("""Referral to Salvation Army from St Mungo's (outreach): Client A, 35, Lithuanian, sleeping rough in Southwark for 3 weeks. States he came to the UK on a promise of factory work with accommodation through an agent in Kaunas, paid €300 fee. He was housed with 14 others in a 3-bed house in Peterborough, taken to a meat plant every night by minibus, charged £50 a week for transport and £80 for rent. Payslips went to a man called Tomas who held all the bank cards. He left when told his debt was now £1,200. He still has his passport. Consents to NRM.""",
      "DEC WW DB AC", "UF OA CE CT NCW MBC", "L")
    T("Keyworker: Darren says he's helping his uncle on the market stall Saturdays for pocket money. Fine.", "", "", "")
    T("""Outreach. Found Pawel in the tent by the canal, he's lost a lot of weight and has a bad infection in his hand from a cut he got at work. Says the boss at the scrapyard made him cut metal without gloves and won't take him to the hospital, and he sleeps in the office at the yard most nights now. Paid "sometimes". Took him to A&E.""",
      "AC WW", "PA SW PPE", "L")
    T("Reg plate WN15 BBX seen collecting from the night shelter again this morning, 4 men.", "", "CE", "")
    T("""Housing options interview. Applicant (male, 52) homeless after being evicted from a room his employer provided. Says he worked on a fruit farm, the farmer took his passport "for safekeeping" and when he asked for it back so he could go home, the farmer told him to get out. He still doesn't have it. Referred to GLAA.""",
      "RD", "DT OA", "L")
    T("""Case note, Homeless Prevention. Ms T says she doesn't want to move into the HMO offered because "the men there work for the landlord and he controls them". Asked what she meant: she says the landlord's tenants do building work for him for no pay in return for their rooms, and he shouts at them and threatens to chuck them out if they complain. She's seen it when viewing. Passing to Housing Standards and the MS SPOC.""",
      "WW IT", "OA", "L")
    T("Ex-resident called the hostel from a withheld number, whispered that he's being kept in a house in Hull and can't get out, line went dead. Called 999 00:20.", "RM", "RMS", "L", "immediate")
    T("""Street outreach, Leeds city centre. Two Romanian men begging outside Trinity. Said in broken English they are dropped by a car at 8am and collected at 6pm and have to give the money to "the boss". One had a badly bandaged leg. Didn't want help, car arrived while we were speaking and they walked off quickly.""",
      "WW", "CE PA FA NCW ET", "C")
    T("Rough sleeper reports his sleeping bag and phone were stolen last night by other rough sleepers. Police informed, crime ref 13/22981/26. No exploitation concerns.", "", "", "")
    T("Hostel resident says his payslips show £400 but he only ever gets £120, the gangmaster 'takes the rest for the house'.", "WW", "NCW", "L")
    T("""Ref. GLAA intel: A labour provider (unlicensed) is believed to be sourcing workers from Cardiff and Newport night shelters to supply a poultry catching gang. Workers are picked up at 2am, work until the afternoon, sleep in the minibus between farms and are docked £15 a day for "transport". Two workers report being pushed and slapped by the gang leader when too slow.""",
      "AV WW PSV EO AC", "CE CT LH SW", "L")
    T("Customer at the soup run said he's got a job washing pots at a restaurant, works 10 hours a day, £8/hr, gets weekends off. Said he loves it. Happy for him.", "", "", "")
    T("""Shelter volunteer wrote in the book: the lad with the Geordie accent (Craig?) said the travellers at the site keep "looking after" his money and ID. Says he's fine, he gets fed. Didn't want to say more. He had a bit of a limp. Passed to manager.""",
      "RD WW", "DT NCW", "L")
    T("""Council RSI worker note: "Man at the Arches says he was told to sleep on site at a demolition job in Salford because there was 'nowhere else', no toilet, no heating, working 12-hour days. Says he left after 4 days unpaid." Referred for advice.""",
      "AC EO WW", "SW LH PLC", "L")
    T("Asked client whether anyone was keeping his documents or wages. He said no, he has his own bank and his own ID, and works for a council contractor. No indicators.", "", "", "")
    T("""Supported housing manager to police: We think some of our residents are being used. A van comes Saturday nights, a man called "Mick" gives them £20 to go and labour at a house clearance and they come back Sunday exhausted. One resident (learning disability) said Mick told him he'd get him kicked out of the hostel if he didn't go. We have CCTV of the van.""",
      "AV IT", "", "L")
    T("rough sleeper on london rd keeps getting collected by a landrover at like 5 every morning and droped back after 10 at night, hes got no shoes on half the time, someone needs to check", "", "CE PA", "L")
    T("""Outreach log: Engaged with "Big Ian" again. He told me a new one - "the boys" have offered him £300 to let them put a caravan's worth of workers' post to his old address. He's not going to. No action, just noting.""", "", "", "")
    T("""NRM referral summary (First Responder: Hope for Justice): Mr D, Polish, 44, alcohol dependent, recruited in 2024 from a day centre in Birmingham by a family who offered him work and a home. He was housed in a shed at the back of their property, fed once a day, made to lay block paving from 7am until dark, and given cans of cider rather than wages. He was struck with a shovel on at least one occasion. His ID card and bank card were kept by the family. He was told that if he left, they would tell police he had stolen from them. He escaped when the family's van was stopped by police for no insurance.""",
      "AV DEC WW PSV RD IT AC EO", "PLC LH DT NCW", "L")
    T("Day centre: Tomasz came for a shower and said he's starting at a car wash tomorrow, 'proper job, contract'. Will check he's okay next week.", "", "", "")
    T("""Hostel duty log 19:05. Resident Aaron (21) returned very distressed, said he'd been doing a "labouring job" all day for a man he met in the park who then refused to pay him and pushed him out of the van at the ring road. He says he's not going back. Police not wanted. Aaron has autism; will raise at safeguarding.""",
      "WW PSV AV", "", "L")
    T("The bloke who runs the car wash on Leeds Rd lets two of the lads sleep in the back room, I think they don't get paid just food", "WW", "SW", "L")
    T("""INT 4/C/P: Unverified information from a rough sleeper that men from the Sally Army hostel are working at a cannabis grow in a house on Fernbank Drive BD8 and are not allowed to leave the house for weeks at a time.""",
      "RM", "RMS", "C")
    T("""Housing officer: Visited Flat 12, Oakmere. Tenant Mr B is a HGV driver, works very long hours Mon-Sat, often leaves at 4am. Neighbour had complained about noise from him leaving early. He's employed directly by a national haulier and says he loves the overtime. No issues.""", "", "", "")
    T("Night shelter: the man with the Latvian passport handed it to staff voluntarily for safe keeping; he took it back this morning when he left for his interview.", "", "", "")
    T("""Outreach email to MS coordinator: Seen a new pattern — men aged 40-60 from the Eastern European community who were sleeping rough around Slough are disappearing for a few weeks and coming back thinner, with sunburn and cuts to their hands. Two have said "farm, Kent, no money". One said the men who drove them made them sleep 10 to a caravan and pay £40 a week for it out of wages they never saw. We're trying to get more detail.""",
      "AC WW", "PA OA NCW", "L")
    T("Client says his employer 'sorts' his bank card and gives him pocket money.", "WW", "NCW", "L")
    T("""Soup kitchen volunteer - phoned 101. "there is a man that come in tonight in a right state, he says hes been kept working on a boat in Fleetwood, he says they didn't let him off the boat for 2 month and he only ate bread, he's got burns on his arms, he talks a bit English he's Filipino I think, he's scared of police" """,
      "RM AC", "RMS PA FA", "L")
    T("""Hostel resident agreement review: Resident confirmed he is working 40 hours at Tesco, gets paid into his own Monzo, pays his service charge. Happy and moving on to independent flat next month.""", "", "", "")
    T("""Case conference notes (Multi-Agency, Hastings). Subject: Mr R, 58, former rough sleeper, chronic alcohol use. Since September he has been staying with a man known as "Gaffer" who provides a room in exchange for work in his garden landscaping business. Mr R is not paid, is given alcohol daily, and the Gaffer collects his pension from the post office. Neighbours report seeing Mr R working in the rain from early morning with no coat. Mr R says he's happy there and doesn't want to move. Agencies agreed concerns meet threshold for exploitation; Adult Safeguarding to lead, police to visit jointly.""",
      "AV WW", "NCW", "L")
    T("""Outreach: man outside Greggs says he was promised a job at a farm by a Facebook advert, paid £150 "admin fee" via a bank transfer, turned up at the address and there was nothing there. Scammed, not trafficked.""", "", "UF", "")
    T("""Statement taken at the Wellspring: "They said I could have a room and £300 a week but I never got one penny. I was working on roofs in the rain, no harness, they said if I fall that's my problem. Five of us in one room above the shop. I left when the boss hit me with a plank." """,
      "DEC WW AC PSV", "OA", "L")
    T("Shelter guests reporting a man offering 'fishing work in Scotland, good money' to anyone who'll go. Nobody has gone yet.", "", "", "")
    T("""Night shelter to council: Guest Mr A (Sudanese, asylum refused, destitute) disclosed that he's been working in a kebab shop in Luton for food and a space to sleep on the floor of the storeroom. The owner knows he has no papers and tells him he'll call immigration if he complains. Works 2pm to 3am. Hasn't been paid in 6 months.""",
      "AV IT WW EO AC", "SW LH FA", "L")
    T("Asked at triage: no, he's never been made to work for anyone, just begs on the high street himself and keeps what he gets.", "", "", "")
    T("Homeless man says farm gang boss held his passport and he's only just got it back. Left the job. Now at hostel.", "RD", "DT", "L")
    T("""Outreach team weekly summary, Cambridge: Engaged 41 individuals. 2 reported offers of work from unknown males in vans (both declined). 1 male (Andrzej) disclosed that he'd worked on a potato farm near Wisbech where his wages went to "the coordinator", who kept everyone's cards. Andrzej says he was never threatened and was free to come and go but he's owed about £2,000. Referred to GLAA and Citizens Advice.""",
      "WW", "NCW MBC", "L")
    T("""Tenancy sustainment note: tenant (vulnerable, care leaver, 19) has a new "friend" who takes him to jobs cleaning offices at night and keeps his wages "to save for him". Tenant says he doesn't mind. Flagged to safeguarding.""",
      "AV WW", "NCW", "L")
    T("Man in hi vis asking at the night shelter if anyone wants work. Staff asked him to leave. He had a list of names.", "", "", "")
    T("""Call handler log: Caller is a hostel worker. Says a former resident has just called her from a farm near Evesham, says he's been locked in a shipping container with three others since last night because they asked to be paid, the boss has their phones except his hidden one. He doesn't know the address, thinks it's off the A46. Phone location request made. Grade 1.""",
      "RM ISO WW AC", "RMS IS", "L", "immediate")
    T("Guest says a man bought him a train ticket to Peterborough for a job and he now 'owes' £120 for it before he gets any wages.", "DB", "CT", "L")
    T("""Outreach: Mariusz back on the streets. Says he left the "work house" in Wolverhampton because the food was rotten and they slept on the floor, but he was paid what was agreed and nobody stopped him leaving. Conditions poor but he'd go back to a different agency.""",
      "AC", "PLC", "L")
    T("Rough sleeper with a broken wrist said a man he works for did it, refused hospital. Will try again tomorrow.", "PSV", "PA", "L")
    T("Hostel noticeboard lists genuine jobs from the council's employment hub only. All adverts checked by staff.", "", "", "")
    T("""Housing Standards inspection, 41 Grange Rd: Licensed HMO, 6 rooms, 6 tenants each on own AST, all work for different employers, fire doors in place. Landlord present and cooperative. No concerns about overcrowding or control.""", "", "", "")
    T("""Night shelter: Vasile (Romanian, 30s) says he came with a "friend" who promised car wash work. He now works at a car wash in Doncaster, 7 days a week, gets £150 a week but the friend takes £100 for the room and the travel debt. He still has his ID. He says he can't find another job because his English is bad and the friend won't let him talk to other people at the wash.""",
      "DEC WW DB ISO EO AV", "LH IS NCW", "L")
    T("I volunteer at the church hall breakfast. Theres a lad comes in who never speaks, his boss sits next to him and answers for him and takes him off straight after. Lad looks exhausted.", "", "SFW PA", "L")
    T("""Outreach: Spoke to the man who sleeps in the doorway of the old Debenhams. He said someone's been using his name to claim benefits and the letters go to a house in Moss Side. Referred to DWP. He doesn't know who. Not under anyone's control.""", "", "", "")
    T("He said he only gets fed if he works. Boss took his phone so he can't ring his mum. Works nights at the chippy.", "AC ISO", "IS", "L")
    T("""MARAC/MS panel: Male, 33, referred by the hostel after he was found sleeping in the car park of a Chinese takeaway where he works. Says the owners house him in the flat above with 5 others but he'd rather sleep outside. Says he has "no money, all to the boss for flight". Very guarded, asked whether we are police three times.""",
      "DB", "OA FA UF", "L")
    T("Man at shelter says he was brought here from Poland, 'it's all fine', he has his own passport, own flat, just lost his job. No indicators.", "", "", "")
    T("""Welfare check request from hostel: Resident Daniel has not returned for 3 nights. Last seen getting into a van with a man who offers labouring. Daniel has learning difficulties and epilepsy and no medication with him.""",
      "AV", "", "L", "high")
    T("He works on the carwash on Clough St, sleeps in the portacabin, no heating, says the owner keeps his wages til he's 'paid off the flight'.", "AC WW DB", "SW PLC NCW UF", "L")
