# fresh259 part 2: labour, sexual, criminal, organ harvesting
def add(T):
    T("GLAA intel: 14 Romanian males living at 3-bed house, 61 Church Lane, Boston PE21, all working at a packhouse via the same gangmaster. Minibus collects them at 4:30am and returns after 9pm. Source says they are charged £60 p/w for rent and £10 a day for the bus, taken from wages.",
      "AC EO WW", "OA CE CT LH", "L")
    T("car wash on the A38 lads look like they havent eaten in days, living in the container round the back, no gloves in this weather its the one next to the tyre place, they work till dark every day, I felt sick seeing it honestly. been like this for months, someone needs to look", "AC EO", "PA SW PLC LH", "L")
    T("INT 2/B/P. POI Tomasz WOJCIK, d.o.b. 11/04/79, runs a group of Polish labourers on building sites in Peterborough. Holds their bank cards, seen at Lloyds ATM Bridge St withdrawing with multiple cards on Friday evenings. Workers told they owe him for flights and 'deposit' of £500 each.",
      "WW DB", "NCW MBC UF", "L")
    T("Nail bar, High St, Dudley. Two young Vietnamese females, one appears under 18. Staff sleep upstairs on mattresses. Manager answered all questions and would not let us speak to them alone. One said through interpreter she works 'every day, 9 to 9'.",
      "AC EO AV", "SW SFW LH", "L", "high")
    T("He told me good job in England, factory, £8 an hour. When I come, they take my ID, put me in house with 20 men. They say I owe £1,000 for transport and house. Every week salary is 50 pound, sometimes nothing. Boss say if I go to police, my family in Moldova will have problem.",
      "DEC RD AC DB WW IT", "DT OA UF", "L")
    T("Crimestoppers: There is a brothel operating at flat 3B Princes Road, Cardiff. Eastern European girls, a man drops them off and collects the money. The girls never leave and they look scared.",
      "RM", "RMS FA ET", "S")
    T("Adultwork advert for 'new girl Jessica, 19, Brazilian, available 24/7 outcalls only' uses the same phone number as 6 other profiles across Newcastle, Sunderland and Durham. Same hotel backgrounds. Suggestive of controlled sex work.",
      "EO", "LH", "S")
    T("Intel: A 15 yo male from Croydon (CHILD A) found in a trap house in Hastings during warrant. Had 30 wraps of crack and £400. Phone showing 'Tizzy line' messages. Says he owes 'two bags' after being robbed and has to work it off. Visible cut to face.",
      "AV DB PSV", "PA", "C", "high")
    T("Cannabis factory found at 12 Orchard Rise, Gwent. Male (Vietnamese, approx 17) found inside, windows boarded, door padlocked from outside. Mattress and rice cooker in the loft. States he was brought by lorry and told he owes $30,000. Doesn't know what town he's in.",
      "AV RM DB ISO AC", "RMS SW IS PLC", "C", "high")
    T("Begging at Piccadilly Gardens: same 3 women dropped off by a black Vauxhall Zafira (KP19 XRT) each morning at 7, picked up at 8pm. Money collected by male driver midday. One woman is visibly disabled.",
      "AV WW", "CE ET NCW", "C")
    T("INT 2/B/P. Source reports that a female 'Anna' (Albanian, 20s) is working at a massage parlour on Lea Bridge Road. Source states she was promised a job as a waitress, now sells sex, and is told her debt of €15,000 for the journey must be paid. Her boyfriend/controller Ermal takes the money.",
      "DEC DB WW", "UF NCW", "S")
    T("Kidney for sale post on a Facebook group in Birmingham: 'healthy O+ kidney available, serious buyers only'. Poster appears to be a young man in financial difficulty. Linked profile has been offered £20k by a 'medical agent' to travel to Turkey. Concern for organ trafficking.",
      "AV", "", "O")
    T("Statement: 'They said my debt is finished if I give the kidney. They took me to a clinic in Istanbul. After that they still say I owe money.' Male, 34, Pakistani national, scar consistent with nephrectomy. Referred NRM.",
      "DB DEC PSV", "PA", "O")
    T("Transplant coordinator: living donor nephrectomy scheduled at Guy's for a brother donating to his sister. Independent assessor interviewed the donor alone. Fully informed consent, no payment. Standard HTA process.", "", "", "")
    T("Patient on dialysis (m, 52) has asked GP about buying a kidney abroad after seeing a video. GP advised against and explained the law. Patient said he wouldn't. No exploitation identified.", "", "", "")
    T("Recycling plant Stoke: workers found in the break room at 2am, sleeping on cardboard. Manager says they're agency staff who 'like to stay over'. All Bulgarian. Agency holds their ID docs 'for right to work checks'. Hi-vis and boots deducted at £45.",
      "AC RD WW", "SW PLC DT PPE", "L")
    T("Farm worker (m, 24, Kyrgyz, seasonal worker visa) contacted helpline: paid piece rate which works out at £3/hr, told he owes £2,800 for the visa and flights to the recruiter in Bishkek, and if he complains he'll be sent home with no work next year. Caravan has 8 men, mould, no heating.",
      "WW DB IT AC", "UF FA OA PLC", "L")
    T("Hand car wash Bolton Rd — lads say they work 7 days 8 till 7, get £30 a day cash, boss takes £50 p/w for the room above the unit — told me this while doing my Astra, nervous, kept looking over at the office. about 6 of them, all Kurdish I think, the room has bunk beds", "EO WW", "LH SW OA FA", "L")
    T("County lines: referral from Kent CC re girl (14) reported missing 3 times this month, found in Margate with older males from London. Has unexplained new phone and clothes. Disclosed being made to hold drugs internally and 'have sex with his friends' to pay off a debt.",
      "AV PSV DB", "", "C S", "high")
    T("Warehouse, Daventry: ex-worker posted on Reddit that the agency made them pay £120 'registration' before starting, £2.50 a day for the shuttle bus from Northampton, and took money for the hi-vis vest. Says shifts were 12 hours with 2 breaks. Paid minimum wage otherwise.",
      "", "UF CT PPE LH", "")
    T("INT 3/B/P. Caravan site, Gloucester: source states that a traveller family (name withheld) keep 3 vulnerable white British males, one with learning difficulties, who do tarmac and paving work. Men live in a horsebox, paid in cans of lager and tobacco, beaten when they try to leave. One man has been with them 15 years.",
      "AV AC WW PSV RM", "PLC", "L")
    T("Brothel raid, Northampton. 4 women found. Two have their own passports and say they work independently and split rent. One (Chinese, 23) had no passport, said the 'boss' has it, and that she owes £8,000. She says she cannot go out without the boss's driver.",
      "RD DB RM", "DT RMS ET UF", "S")
    T("Young man (19) with autism reported by mum. New 'friends' have moved into his flat in Hull and are dealing from it. They took his bank card and have been using his account to move money. He says they'll hurt him if he tells.",
      "AV WW IT", "NCW", "C")
    T("MUM'S BEEN RUN OVER BY THEM MAKING HER WORK IN THE FACTORY AND THEY TAKE ALL HER WAGES THEY HAVE HER PASSPORT HELP", "WW RD", "NCW DT", "L")
    T("Fishing vessel, Newlyn: Filipino deckhands on transit visas say they've been at sea for 20-hour shifts, fed rice only, and haven't been paid for 6 months. Skipper holds their seaman's books and passports. One has a healed untreated hand injury.",
      "EO AC WW RD", "LH DT PA", "L")
    T("Lover boy pattern: Girl (16) from Leicester told her 'boyfriend' (23) loves her, he buys her gifts and then tells her she has to 'help him out' by meeting his friends at a hotel. She says she's fine, it's her choice.",
      "AV DEC", "", "S", "high")
    T("Takeaway, Swansea: chef (m, 40s, Bangladeshi) lives in room above shop with 3 others, works 14-hour days, 6 days. Employer pays his wages into an account employer set up and gives him £100 a week cash.",
      "EO WW", "OA SW LH NCW", "L")
    T("Bank fraud team: account held by Mr Ion POPA receives wages from 7 different employees of a cleaning company; the same device logs into all 7 accounts. Debit cards for all delivered to 45 Regent Street, Wisbech.",
      "WW", "MBC NCW", "L")
    T("ppl living in the shed at the back of the pub, they work the kitchen, landlord shouts at them and shoves them, never see them leave. its the Crown on Mill lane. theres 3 of them, young lads, i think from Albania. the shed has a mattress and a kettle and thats it. im a regular but dont want my name used", "AC PSV RM", "SW PLC RMS", "L")
    T("Shoplifting gang: 3 Romanian teenage girls arrested at Westfield with a list of items. Older woman waiting in car outside. Girls say they must bring £300 each per day or be 'punished'.",
      "AV IT", "", "C", "high")
    T("NCA: OCG linked to Moroccan-Spanish cannabis grows recruited Vietnamese nationals through Facebook ads offering nail salon work in London at £1,500/month. Victims then held at grows in Lancashire, threatened with guns, told their families owe the fees.",
      "DEC RM IT DB", "UF", "C")
    T("Agency worker at chicken factory in Cullompton says her supervisor grabs her and touches her and tells her she'll lose her shifts if she tells. She also has to pay him £20 a week to keep her shifts.",
      "PSV IT WW", "", "L")
    T("Punter review on website: 'girl didn't speak any English, kept looking at the door, guy in the next room took the cash, she had bruises on her legs'. Review was posted on a punter forum about a flat in Leyton. Screenshot saved to the intel system. Phone number on the advert linked to four other profiles.",
      "ISO PSV", "PA FA", "S")
    T("Hotel housekeepers in Blackpool, sourced via an agency, paid per room cleaned: £2.40 a room. They come in minibus early, leave after 10. Agency's 'manager' handles their pay and bank cards.",
      "WW EO", "CE LH NCW MBC", "L")
    T("Report: 23 year old male, British, heroin user. Drug dealer 'Tank' has been using his flat to deal and paying him in gear. Male says Tank broke his ribs when he tried to kick them out. Cuckooing.",
      "AV PSV", "PA", "C")
    T("Construction site, Croydon: CSCS cards checked; 6 workers all had cards in names not their own. Gangmaster holds the real passports. Workers sleep in the site cabin. Appear malnourished. Don't know what area they are in.",
      "RD AC ISO", "DT SW PA IS", "L")
    T("Man in car wash in Skegness says 'no problem, I am happy, boss is good', but was looking at the boss the whole time and the boss kept answering for him.", "", "FA SFW")
    T("Domestic/sexual: Female (Thai, 28) recruited as 'housekeeper' for a man in Milton Keynes via a marriage agency. On arrival he used her as a housekeeper and forced her to have sex with him and his friends. Locked in when he went to work.",
      "DEC PSV RM", "RMS", "D S")
    T("Farmer, Herefordshire: seasonal pickers in a caravan park, all Ukrainian, £11.44/hr, own passports, transport from the site provided free. GLAA inspection found accommodation fit and no indicators.", "", "", "")
    T("INT 2/B/P. Money mule: student (f, 19) from Leeds recruited on Instagram, let 'Jay' use her account for £200. She now says he wants more, has her card and PIN, and says he'll post her address online if she goes to the bank.",
      "WW IT AV", "NCW", "C")
    T("Man outside Greggs begging every day, dropped off by van, same as the woman outside Boots, guy collects money at lunch", "", "ET CE NCW", "C")
    T("Child (13) found working in a sweet shop in Walthamstow on a school day, 6am start. Says it's her uncle's shop, she gets no pay and is told she must help until her family's debt for her journey from Albania is cleared.",
      "AV WW DB", "UF", "L", "high")
    T("Nurse at a private care home in Kent says the home's owner holds overseas carers' passports, charges them £10,000 'sponsorship fee' if they leave before 3 years, and rotas them 72 hours a week.",
      "RD DB EO", "DT UF LH", "L")
    T("Organ harvesting concern: Albanian woman (27) in asylum hearing states that she fled because traffickers told her she would be 'sold for parts' if she didn't pay. No evidence of removal. Scar absent.",
      "IT", "", "O")
    T("Girl (17) on Vivastreet advert with a man's mobile as contact. Police test purchase: she was brought to the hotel by a man who waited in the car park and took the money. She asked 'are you police?' and cried.",
      "AV", "ET FA NCW", "S", "high")
    T("Lad aged 16 arrested in Exeter with drugs, phone shows contact 'K-Line boss'. Says he was told if he lost the package his little sister would be hurt. Has been missing from home in Lewisham 9 days.",
      "AV IT", "", "C", "high")
    T("Restaurant kitchen, Glasgow (Police Scotland): two porters sleep on the premises in the dry store, work 7am till close, paid £200 a month. Owner said they're cousins staying for free. Both men appeared tired and would not make eye contact. Neither had ID on them. One has a bandaged wrist which he said was from a fall.",
      "AC EO WW", "SW LH PA FA", "L")
    T("Woman working in a laundry in Luton says her 'agent' keeps her wages and gives her £20 a week, charges her for the van that takes her to work at 5am, and says she owes for the visa.",
      "WW DB", "NCW CT CE UF", "L")
    T("Escort agency in Reading: women all come from Hungary via the same recruiter, live together in 1 flat, the 'driver' collects 60% of earnings. One girl said she thought she was coming to be a dancer.",
      "DEC WW", "OA ET NCW", "S")
    T("PV: 'I was in that house one year with the plants. They bring food one time in the week. I can't go out, the door is locked. Man say if I run they find my mother in Nghe An.'",
      "RM IT AC", "RMS", "C")
    T("Intel: kidney 'recruiters' operating out of a mosque car park in Derby offering £5,000 plus free flights to Iraq. 2 men known to have travelled. One returned unwell with a large scar and no money.",
      "DEC PSV", "PA", "O")
    T("Hand car wash, Colchester. Staff live in a static caravan on site. Boss Albanian. Workers give all their cards to the boss, who draws cash weekly. One said they get 'pocket money'.",
      "WW", "SW MBC NCW", "L")
    T("CSE: Girl (13) seen getting into cars outside the chip shop in Rotherham with adult males. She has a new iPhone and vodka. Was found by PCSOs intoxicated at 02:00 in a flat with three males in their 30s.",
      "AV PSV", "", "S", "high")
