# fresh180 part 5: no-exploitation look-alikes, negated and hypothetical mentions, mixed cases
def add(T):
    T("Intel 3/B/P. Workers at a chicken factory in Llangefni all hold their own passports and are paid "
      "into their own accounts, but they are housed 8 to a 3-bed house owned by the agency boss and the "
      "rent comes out of their wages before they see it.",
      "WW", "OA", "L")
    T("Worker interviewed at the Kidwelly farm: says nobody threatened him and he can leave when he wants, "
      "but he has not had a day off in 7 weeks and works 14 hours a day.",
      "EO", "LH", "L")
    T("Student at Aberystwyth University came to the station to report a lost purse. She keeps her "
      "passport in a drawer in her halls room and has it with her. Recorded lost property.",
      "", "", "")
    T("Cleaner at a Cardiff office block: no threats, no debts, own documents. Complains only that the "
      "contractor pays her two weeks in arrears. Normal payroll practice; advised re ACAS.",
      "", "", "")
    T("Man at Swansea bus station asked a PCSO for directions to the Job Centre. Said if his new boss "
      "doesn't pay him on Friday he'll 'report him to the union'. He has been paid so far. No concerns.",
      "", "", "")
    T("Hypothetical query from a farmer in Ceredigion: 'If I let my workers stay in a caravan on the "
      "farm and take rent out of their pay, is that legal?' Advised on accommodation offset rules. He "
      "has no workers yet.",
      "", "", "")
    T("Car wash, Llanelli. Workers told GLAA they were not charged for transport, boots or gloves and "
      "were free to leave. However two said they have never been paid since starting in March; 'next "
      "week, next week' they are told.",
      "WW", "", "L")
    T("Security guard at a Newport warehouse works 72 hours a week doing two jobs. He says it's his "
      "choice to pay off his mortgage, and nobody forces him. Welfare concern from a colleague; no "
      "exploitation.",
      "", "", "")
    T("Visit to a Thai massage shop in Rhyl. The woman working there denied any threats, denied owing "
      "anyone money and showed officers her own passport and bank card. Says she rents the room herself. "
      "No further action.",
      "", "", "")
    T("Nurse at Glangwili Hospital, Carmarthen, on 13-hour shifts, reported missing by her mum who "
      "couldn't reach her; found asleep after a run of nights. Works long hours by choice, well paid. "
      "Missing person closed.",
      "", "", "")
    T("Farm manager in Usk states the previous owner used to keep workers' passports in the farm office "
      "years ago; that stopped when he took over in 2019. Current staff hold their own documents. "
      "Historic comment only, no current concern.",
      "", "", "")
    T("Victim says the boss never hit anyone and never locked the door, but she explained that she "
      "could not leave because he holds her passport and tells her she owes £3,000 for the flight.",
      "RD DB", "DT UF", "L")
    T("Food delivery rider, Cardiff, renting an account from another man. He says the account holder "
      "takes £100 a week but he's free to stop. Immigration offence likely; no force or threats "
      "reported. Referred to Home Office.",
      "", "", "")
    T("We checked the site at Llangennech for signs of exploitation and found none: staff on contracts, "
      "no one living on site, no ID held by management, hours within limits.",
      "", "", "")
    T("Welsh-medium school trip to Llangrannog, children doing chores in the camp kitchen as part of the "
      "programme. A parent misread a photo on social media. No concerns.",
      "", "", "")
    T("Caller from Holywell thinks her Polish neighbours are 'modern slaves' because there are 6 of "
      "them and they leave early in a minibus. On visit, they are a family (parents, grandmother, three "
      "adult children) who all work at the same factory and share the family minibus.",
      "", "", "")
    T("Girl, 16, from Wrexham, says her boyfriend (19) 'doesn't make her do anything' and she's not "
      "been asked to carry drugs or meet anyone. Mum worried about age gap. Advice given; monitor.",
      "", "", "")
    T("Worker at a Deeside factory: 'they don't take our passports, we're not locked in, nothing like "
      "that. It's just that the agency charges us £15 every week for the minibus and £40 for the safety "
      "boots, which comes off our first pay.'",
      "", "CT PPE", "L")
    T("ASB complaint: lorry parked overnight in a lay-by at Crymych, driver sleeping in his cab as he "
      "always does on long hauls. Nothing untoward.",
      "", "", "")
    T("Referral mentions a man at a recycling plant in Baglan who 'would be' at risk if he lost his "
      "job, as his visa depends on it. At present he is paid correctly and there are no threats. Monitor "
      "only.",
      "", "", "")
    T("Hospital chaplain at Ysbyty Gwynedd: patient from Portugal with no ID and only the clothes he "
      "was wearing said his employer on a fish boat 'looks after' his papers and money. He asked the "
      "chaplain not to tell anyone as the boss would be angry.",
      "RD WW", "FPE DT NCW FA", "L")
    T("Traveller site, Cardiff. Police attended re alleged 'slave' working for a family. The man is a "
      "family member, paid, goes to the pub, and told officers 'I'm nobody's slave, butt'. NFA.",
      "", "", "")
    T("Intel: a man in Pembroke Dock has at least 9 bank cards in different names and uses them at the "
      "Co-op cashpoint every Friday. Card holders believed to be workers at a local food processor who "
      "never see their wages.",
      "WW", "MBC NCW", "L")
    T("ATM footage, Bangor High Street: one male withdrawing from six cards in a row. Enquiries show he "
      "is a carer for his disabled family members with their consent and lasting power of attorney. "
      "No fraud or exploitation.",
      "", "", "")
    T("Male in custody at Llanelli, found with 14 bank cards in other names in his car. Says they "
      "belong to 'the lads' who work for his brother on building sites and that he 'looks after their "
      "money'. Lads not yet identified.",
      "WW", "MBC NCW", "L")
    T("Man found living rough in Aberystwyth with one rucksack, had walked out of a job at a farm in "
      "Tregaron because he wasn't being paid. Says he owns nothing but what's in the bag and the farmer "
      "still has his ID card.",
      "WW RD", "FPE DT", "L")
    T("Outreach team, Wrexham. Rough sleeper says a man keeps offering him 'cash work on a farm' with "
      "a caravan to live in. He has refused. No exploitation has occurred; intel on the recruiter "
      "submitted.",
      "", "", "")
    T("PCSO patrol, Maesteg: lads outside the chippy, one said jokingly his boss at the garage is a "
      "'slave driver' because he has to work Saturdays. Not relevant.",
      "", "", "")
    T("'The house has nothing in it', says the EHO of a flat above a shop in Port Talbot: 5 mattresses, "
      "a plastic bag of clothes each, no furniture, no cooker. Five men from Eritrea, who work in the "
      "takeaway downstairs for the landlord.",
      "AC", "OA PLC FPE", "L")
    T("Woman (Thai, 30s) came into Rhyl police station with a suitcase. Says her partner is 'not nice' "
      "but she was never forced to sell sex, works at a restaurant and has her own money. Wants advice "
      "on a divorce. DA referral made.",
      "", "", "")
    T("INT 2/B/P. Birmingham line 'SMOKEY' ran from a flat in Rhyl. Local vulnerable male (50s, "
      "alcohol dependent) used as a 'shop'. He says the dealers don't hurt him or threaten him and he "
      "gets free gear and company; he does not want them to leave.",
      "AV", "", "C")
    T("Domestic servitude concern, Cardiff: a woman working as a live-in housekeeper for a wealthy family "
      "in Lisvane. She was not prevented from leaving the house and kept her own passport, but she "
      "worked 7 days a week from 6am to 11pm and had been paid only twice in a year.",
      "EO WW", "LH", "D")
    T("Organ harvesting look-alike: a Swansea man crowdfunding for a private kidney transplant in India "
      "from a cousin. HTA and police reviewed; family donor, no payment, no coercion identified.",
      "", "", "")
    T("Facebook post forwarded by a resident of Mold: 'Girl at the nail bar had a black eye today and "
      "her boss said she'll be working till midnight again'. Contact made: the staff member had been "
      "assaulted by her partner (unrelated to work), DA referral; nail bar closes at 6pm and she is paid "
      "properly. Not exploitation.",
      "", "", "")
    T("Caravan park, Towyn. Complaint that seasonal staff are 'crammed' into staff caravans. Visit: 2 "
      "staff per 3-bed caravan, their choice to live on site, rent below market rate. Satisfactory.",
      "", "", "")
    T("Farmer at Crickhowell describes his 'best worker' as 'like a slave, never stops'. Worker is his "
      "son-in-law. Said in jest at a YFC event. No concern.",
      "", "", "")
    T("Police intel from a car mechanic in Abertillery: customer brought a van for MOT with 12 seats "
      "and 'mattresses in the back'. Says the driver told him he drives workers to a factory in "
      "Rogerstone at 5am and they pay him a tenner each way.",
      "", "CE CT", "L")
    T("Swansea Council: family running a B&B make their 12 year old son clean rooms after school for "
      "several hours. Son says he hates it and is too tired to do homework, and that his dad shouts he "
      "will be 'put in care' if he complains.",
      "AV IT EO", "LH", "D", "high")
    T("Family in Splott with teenage kids doing the washing up and hoovering. Neighbour calls it "
      "child labour. Ordinary household chores. No concerns.",
      "", "", "")
    T("Report from Llandudno: older man, 80, says his carer 'takes all my money'. Adult safeguarding: "
      "carer had been withdrawing his pension and keeping it. No forced work involved; financial abuse "
      "of an adult at risk.",
      "", "", "")
    T("Money mule recruitment at a college in Neath: adverts on Instagram promising '£500 quick'. "
      "Students approached but none reported coercion. Prevention talks delivered.",
      "", "", "")
    T("Statement, male (Kurdish, 24), car wash Rhyl. 'I don't have passport, it is with the boss. He "
      "say if I go, he give it to the police and they send me back to Iraq. I have no money, I have "
      "only two T-shirt. I sleep in the back room where the chemicals are.'",
      "RD IT AC", "DT FPE SW FA", "L")
    T("Anonymous tip: 'Man at Cardigan market always with 3 women who never talk, he takes the money "
      "from their stall and they wear the same clothes every week'. Attended: women are his adult "
      "daughters, who are deaf; they sign to each other. Stall is family business. No concern.",
      "", "", "")
    T("Harbourmaster, Holyhead: crew of a Spanish trawler came ashore with the skipper to the seafarers' "
      "centre. Crew said their contracts are fine and they get paid monthly to their own accounts; "
      "skipper keeps the ship's papers, not theirs. No issues.",
      "", "", "")
    T("INT 3/C/P. Unconfirmed: foreign national females working in a 'spa' on the outskirts of "
      "Carmarthen are said to be 'owned' by the manager. No further detail.",
      "", "", "S")
    T("Debrief, Albanian male, 22, found in a Newport grow. 'They told me the debt is £17,000. Every "
      "time I asked they said more, for food, for electricity, for the phone they gave me. I slept on "
      "cardboard by the plants. I had only the clothes I came in.'",
      "DB AC", "SW FPE PLC", "C")
    T("Member of the public, Merthyr: 'The man next door has people in and out all day and he never "
      "works, I think he's running slaves'. Checks show he's a registered childminder. NFA.",
      "", "", "")
    T("GLAA referral, Flintshire. A gangmaster told a worker that if he went to the GLAA 'his family in "
      "Lithuania would find out what happens to grasses'. The worker is paid correctly and holds his "
      "documents.",
      "IT", "FA", "L")
    T("Staff member at a hostel in Bangor: young man (18, care leaver) says his 'mate' lets him sleep on "
      "his sofa in return for doing 'drops'. When he said he wanted to stop, the mate said 'you'll be "
      "on the street then' and took his bank card as 'rent'.",
      "AV WW IT", "NCW", "C")
    T("Long report, Dyfed-Powys Police, Aberystwyth. Officers attended a house in Penparcau after the "
      "landlady reported that her tenant, a young Chinese woman, had not been seen for three days and "
      "that 'different men' were visiting. Officers found the woman, who said she is a student at the "
      "university and the men were friends from her course helping her move. She showed her student "
      "card, passport and tenancy. She did not appear frightened and was open with officers. Room "
      "was tidy, with books, laptop and belongings. No sign of sexual exploitation, control or "
      "restriction. Landlady updated. No further action.",
      "", "", "")
    T("Community nurse in Blaenau Ffestiniog reports a man in his 40s with learning difficulties living "
      "with a family who 'took him in' when his mum died. He does all their gardening, chopping logs and "
      "cleaning, is given pocket money only, and his ESA goes into the father's account. He says he is "
      "happy but is never allowed out on his own and can't name his GP.",
      "AV WW RM", "NCW RMS SFW", "D")
    T("Truck driver at Pembroke Dock told police that he is sometimes paid to take 'passengers' but he "
      "never does. No evidence of any offence; he was joking with a colleague. Logged for info.",
      "", "", "")
    T("Adverts on Facebook Marketplace (Welsh groups) for 'farm work Wales, accommodation provided, "
      "£600 a week, fee £250 for visa paperwork'. Adverts linked to a number used in an earlier GLAA "
      "case. Recruitment fraud suspected; no victims yet identified.",
      "DEC", "UF", "L")
    T("Concerns raised at a Llanelli church: a Nigerian woman who attends cleans for a pastor's family "
      "six days a week and lives in their box room; she receives no wages, only 'gifts'. She was told "
      "that if she leaves, the Home Office will be told she overstayed.",
      "WW IT AV EO", "LH FA", "D")
    T("Long report, South Wales Police, Bridgend. On 03/06 a female attended the front counter stating "
      "she wished to report that she had been 'trafficked'. She is a British national, 33. She explained "
      "that she works for a cleaning company, that her manager has been rude to her and cut her hours, "
      "and that she was made to work on a bank holiday without extra pay. She lives at home with her "
      "parents, keeps her own wages in her own account and is free to resign. She has not been threatened "
      "and does not owe the company money. Advice given regarding employment rights, ACAS and union "
      "support; she was reassured. Not a modern slavery matter.",
      "", "", "")
    T("Ferry passenger, Holyhead, reported by Stena staff as 'acting strange'. A young Romanian man, "
      "travelling with a woman who he said was his aunt. Separated and spoken to with an interpreter: "
      "he is 20, going to stay with her while he looks for work, has his own passport and phone, money "
      "of his own. Not a victim. Allowed to continue.",
      "", "", "")
    T("Intelligence from Welsh Water staff: a house in Ystrad Mynach with a bypassed meter and windows "
      "covered. Grow not yet confirmed; no information about who may be inside.",
      "", "", "")
    T("Wrexham: 17-year-old Vietnamese boy seen working in a takeaway late at night, appears to live "
      "there and says his 'uncle' looks after his papers. Not in school.",
      "AV RD", "SW DT", "L", "high")
    T("A man from Llandeilo who said he was 'kept like a dog' on a farm in the 1990s came in to report "
      "historic abuse. He was beaten by the farmer and never paid for 9 years. Historic MS; farmer now "
      "deceased. Victim support referral.",
      "PSV WW", "", "L")
    T("Border Force intercept at Cardiff Airport: traveller with 5 passports in other names in his "
      "hand luggage, all young women from Nigeria. Says they're for 'his nieces who are coming to work "
      "for him'. Arrested.",
      "RD", "DT", "S", "high")
    T("Merthyr. Man sleeping in the storeroom of a Turkish barbershop, says he works there 9am to 10pm. "
      "Owner says he 'lets him stay for free' and pays him £100 a week.",
      "AC EO WW", "SW LH", "L")
    T("Report by Housing Officer, Caerphilly: new tenant complains the previous occupant's 'friends' "
      "keep turning up at night. Previous occupant had been cuckooed by a Cardiff group; new tenant "
      "has not been exploited. Intel update only.",
      "", "", "")
    T("Neighbour in Bethesda: the young Romanian couple next door work long hours on the quarry "
      "restaurant and are always tired. Asked if they were OK - they said yes, they're saving to buy "
      "a house in Cluj. They come and go as they please.",
      "", "", "")
    T("INT 2/B/P. Female controller 'Mami Ada' runs Nigerian women in Cardiff and Newport from a flat "
      "on Newport Road; she collects their earnings every night, keeps all their ID, and tells them their "
      "oath will kill them if they run.",
      "WW RD IT", "NCW DT FA", "S")
    T("Dad rang, his 16 year old daughter has been missing from home in Barry since yesterday, she sent "
      "a snap saying 'he wont let me leave' from a house she doesnt know, older man she met online",
      "AV RM ISO", "RMS IS", "S", "immediate")
    T("Man at a Milford Haven food bank: works for a fish processing agency, says they took £250 from "
      "his first wages for 'finding him the job' and £60 for his knife and apron.",
      "WW", "UF PPE", "L")
    T("Migrant Help: male, Tigrinya speaker, at a hotel in Swansea. Approached by a man in the car park "
      "offering work in a kitchen in Cardiff. He did not go. No exploitation occurred.",
      "", "", "")
    T("Driver's log seized, Pembroke Dock: shows a minibus making daily runs at 04:45 from Haverfordwest "
      "to a vegetable farm near Tenby and back at 21:00, carrying 14 workers. Driver charges each £8.",
      "EO", "CE CT LH", "L")
    T("Farmer in Carmarthenshire reported to RSPCA for animal welfare; RSPCA inspector noticed a worker "
      "in a dirty caravan with no heating, who said he gets 'a bit of cash' when the farmer remembers and "
      "has nowhere else to go.",
      "AV WW AC", "PLC", "L")
    T("Bangor. A Turkish barber told a customer he hasn't been home for 4 years, the boss 'keeps' his "
      "residence card and he owes him for the visa. Customer rang Crimestoppers.",
      "RD DB", "DT UF", "L")
    T("South Wales Police, Cardiff: massage parlour on City Road. Women (Chinese) sleep on the massage "
      "tables after closing. A man drops them off and picks them up and they are not allowed out alone.",
      "AC RM", "SW ET RMS", "S")
    T("Pupil at a Cardiff secondary says her 'cousin' makes her look after his 3 kids and clean every day "
      "after school and at weekends, and she's not allowed to see friends. She came to the UK last year "
      "and lives with him.",
      "AV EO ISO", "IS LH", "D", "high")
    T("Cockle beds, Penclawdd: gatherers are local families with permits, working the tides as they have "
      "for generations. No concerns.",
      "", "", "")
    T("Intelligence: men from a Liverpool OCG take a young woman from Rhyl, who is a heroin addict, to "
      "hotels in Chester and sell her for sex, paying her in gear.",
      "AV WW", "", "S")
    T("Hotel manager, Cardiff Bay: 'large group of women in three rooms with a man who pays cash, "
      "won't let the cleaners in'. Attended: hen party with a male organiser. No concern.",
      "", "", "")
    T("Referral from a foodbank in Newtown: a worker at a chicken farm says the farm boss took £400 'for "
      "the visa' and now says he owes another £1,000 or he'll call immigration. He sleeps in a caravan "
      "with 4 others and has been beaten once.",
      "DB IT PSV", "UF OA", "L")
    T("Call from Arriva Trains staff, Llandudno Junction: two young boys (about 14) on the train from "
      "Liverpool Lime Street, one was visibly scared, kept looking at his phone and said 'I have to get "
      "off at Colwyn Bay, they're waiting'. BTP informed.",
      "AV", "FA", "C", "high")
    T("Intel submission, South Wales Police. A vehicle (silver Vauxhall Zafira, registration WN66 "
      "FTO) is seen every morning at 05:00 outside a house on Caerau Road, Maesteg. Five men get in "
      "and are driven to the meat plant in Bridgend. They are dropped back at 22:00. On one occasion "
      "the driver was seen handing one man a few notes while keeping a wad for himself. The men do "
      "not speak to neighbours and the curtains are always shut. One neighbour says the men told her "
      "they are 'not allowed to talk to people'. INT 3/B/P.",
      "ISO WW", "CE IS NCW LH", "L")
