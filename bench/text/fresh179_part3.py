# fresh179 part 3: short notes, negations, clinical safeguarding, long accounts
def load(T):
    T("Pt accompanied by employer who held her passport at reception, she took it back and put it in her own bag.", "", "", "")
    T("Man at the surgery desk had 6 NHS letters for 6 different blokes all at the same address, said he 'sorts their post'.", "", "OA SFW", "")
    T("IP denies any threats or violence and says she is free to leave. She states she has not been paid since June, about £3,000 owed.", "WW", "", "L")
    T("Pt states the 'boss' keeps all the lads' bank cards in a tin in the kitchen.", "WW", "NCW MBC", "L")
    T("Teenager seen in A&E with 'county' tattoo and a knife wound. Says he owes 'two bags'. CCE referral.", "DB AV", "", "C", "high")
    T("Triage - pt says no one has her documents, she has her own key and phone and goes out when she likes. No concerns re MS.", "", "", "")
    T("Girl at the bus stop said she's not allowed home till she's made £200, the man watches her from his car.", "RM", "RMS", "S")
    T("Ambulance called to a pop-up brothel, Airbnb in Cardiff Bay, F 21 unconscious after being given drugs by a man who then left. 2 other girls present, neither had ID, said their 'boyfriend' has them. Police attending.",
      "PSV RD", "DT", "S", "immediate")
    T("Client keeps her BRP and bank card herself, works in a takeaway, paid NMW. Came to us about a benefits problem only.", "", "", "")
    T("Pt said 'I sleep in the restaurant, on the chairs, after close'.", "AC", "SW", "L")
    T("INT 2/A/P - POI Kamil NOWAK controls approx 30 workers placed at a Spalding packhouse. Takes their wages into accounts he opened in their names and pays them £150 a week cash. Workers who complain are 'sacked and put on the street' and told NOWAK will tell the police they are illegal.",
      "WW IT", "NCW MBC FA", "L")
    T("Phone hasn't been hers for a year, he reads everything and she can only ring her mum when he's there. Sister thinks she's working in his cafe for nothing.", "ISO WW", "IS", "L")
    T("Maternity: pt said she 'has to go back to work two days after the baby' because 'the woman' who she owes money for her visa will not wait. Cleans offices nights and days, barely sleeps. Pt is 24, Brazilian, lives in Harrow.",
      "DB EO", "UF LH", "L")
    T("Intel: male at Queens Hospital cashpoint at 03:00 withdrawing from 9 different cards. Bank has flagged the accounts to us.", "", "MBC", "")
    T("Caller reports seeing a man hit a young woman outside the massage place on the high st and push her back inside and lock the door. Happened 5 mins ago, woman was crying. Caller is at the bus stop opposite, number 67 High St, Dartford.",
      "PSV RM", "RMS", "S", "immediate")
    T("Sexual health note: pt states she works in a parlour, works when she wants, keeps 60% of fees, has no debts to the owner. Happy. Health promotion given.", "", "", "S")
    T("Kidney donor assessment: proposed donor is recipient's wife, both British, long marriage. Independent assessment completed, no coercion or reward. Approved by HTA.", "", "", "")
    T("Pt with untreated TB, lives in a caravan at a scrapyard, says 'the family' give him food and fags and a place to sleep for working, never money. He's been there 11 years. Has learning difficulties. Pt's sister in Kent has been trying to find him.",
      "AV WW AC", "PLC SW", "L")
    T("She said: 'If I tell anyone, he will send the photos to my father.'", "IT", "FA", "S")
    T("Staff at the pharmacy think a woman buying the morning after pill every week is being made to sleep with men, a man waits outside in a car and takes her straight back. Pharmacist didn't feel able to speak to her alone.", "", "ET", "S")
    T("GLAA inspection - shellfish gatherers at Morecambe Bay. Workers given no survival suits, told to go out whatever the tide, paid by the bag and 'fined' £20 for short bags. Most owe the gangmaster for their rooms. GLAA licence revocation being considered.",
      "AC WW DB", "", "L")
    T("Pt with broken leg from building site fall. Employer dropped him at the doors and drove away. Pt says he has no papers and the boss warned him 'hospital will call immigration'. Pt is 33, from Albania, in Ward 7.",
      "AC IT AV", "FA", "L")
    T("Pt's GP record shows 8 other patients registered at the same address in the last year, all male, all Romanian, all listed employer 'AMC Recruitment Ltd'.", "", "OA", "")
    T("Caller (lorry driver) at Thurrock services: 'there's a girl in the back of a van in the car park banging on the side and shouting help, the van's locked, I can see two blokes near it'. VRM PL 8847W.", "RM", "RMS", "", "immediate")
    T("Woman says she is paid £1,800 a month as a nanny, has her own room, weekends off, passport in her own drawer. Employer is strict but fair. Referral closed.", "", "", "")
    T("Health visitor: new mum with baby living in one room above a takeaway where her partner works. Partner works 7 days, 14 hrs, owner 'lets them' live there free instead of paying him wages. Mum not allowed to talk to neighbours.",
      "WW EO ISO AC", "LH IS SW", "L")
    T("GP reception: young male patient on the phone said his friend would call on his behalf to book all appointments. Friend later called, booked and cancelled twice.", "", "SFW", "")
    T("IP is a Slovakian Roma male with mild learning disability. Says a man 'helps' him and his 3 cousins to get jobs, they live in his house in Rotherham, he gets their Universal Credit paid into his account and gives them £20 each a week. IP says the man 'has the letters' and their ID cards.",
      "AV WW RD", "NCW DT OA", "C")
    T("ED: pt 16 y/o disclosed she was driven to 'hotels' by 'friends' and made to have sex with men. Has chlamydia and a healing burn on her arm she said was a 'punishment'. Currently the men are in the waiting room asking for her.",
      "PSV AV", "PA", "S", "immediate")
    T("Paramedic handover: 38 M, fall from scaffolding, his employer provided harness but he had taken it off. Own business, subcontractor. No concerns.", "", "", "")
    T("Wife brought from India on spouse visa. Says in-laws take her salary from her job at Tesco, she must do all the housework for 9 people after shifts, sleeps on the floor of the kitchen. Husband says he will 'cancel her visa' if she complains.",
      "WW IT AC EO AV", "NCW SW LH", "D")
    T("Not a trafficking case: man arrested for shoplifting says no one made him do it, he's addicted to heroin and steals to fund it.", "", "", "")
    T("INT 3/B/R. Taxi driver reports regularly picking up girls from a flat on Albert Rd, Southsea and taking them to hotels, always paid by an older man on the phone, the girls 'look 15' and never know where they are going.",
      "AV ISO", "ET IS", "S", "high")
    T("Maternity note: pt said 'He's not the father, he's the man I work for.' Man insisted on translating. Pt would not answer questions about her address. When asked if she felt safe she looked at him. Pt's next appointment moved to the consultant clinic.",
      "", "SFW FA", "")
    T("Sexual assault referral centre: F 28 attended after rape. Known to be working on street in Leeds managed zone. States she works for herself, the rape was by a client. Forensic exam done, ISVA allocated. She has not asked for a police report at this stage.", "", "", "S")
    T("Occupational health: meat plant worker says his line manager shouts and makes him work through breaks. Has a contract, union rep involved. Employment matter.", "", "", "")
    T("Intelligence report: recipient of a kidney in Turkey, a Leicester resident, told GP the donor was a Syrian refugee paid $2,000. The recipient paid $60,000 to a broker. Passed to NCA re organ trafficking. Recipient has not been told he committed any offence.",
      "AV", "", "O")
    T("Pt (M 45) says he was 'persuaded' by a man in his village in Moldova to sell a kidney for €10,000 to pay his debts, operation in a 'private house', given €3,000 and told the rest was 'costs'. Now in UK working for the same man on a farm. Scar on flank, chronic pain.",
      "DEC WW DB AV", "PA", "O L", "high")
    T("anon online report: kid about 12 begging at Piccadilly every day with a woman who takes the money off him and hits him if he hasnt got enough", "AV PSV WW", "NCW", "C", "high")
    T("Client's words: 'They told me it was a visa for studying. When I came they said no, you work in the house. I look after the old lady day and night, I sleep on the floor by her bed. Four years. No salary, they say they send it to my family. My family get nothing.'",
      "DEC WW EO AC", "LH NCW", "D")
    T("Case note: pt declined referral, said she 'isn't trafficked', she came on her own, has her own flat and works in a bar. Closed.", "", "", "")
    T("Custody nurse note: detainee arrested for cannabis cultivation, emaciated, skin rash from chemicals, says he had not been out of the house since arriving, doesn't know which town he's in. FME recommends first responder referral.",
      "RM ISO AC", "PA RMS IS", "C")
    T("Caller's son, 17, hasn't been home in 4 days, she's found messages saying he's 'on the line' in Norwich and he owes £800. She thinks he's with the men right now and they've hurt him before.",
      "DB PSV AV", "", "C", "immediate")
    T("Practice manager: cleaning company we use supplies 2 cleaners who are always collected by the same man at 10pm. Asked them, they say they are family business, paid weekly, happy. Recorded, no action. They speak good English and both have UK driving licences.", "", "", "")
    T("INT 2/B/P - A Chinese female aged 30-40 is believed to be working at a massage premises at 14B Station Road, Slough, and living on the premises. Source states she is 'never allowed out', sleeps on the massage table, and owes the owner £15k.",
      "RM DB AC", "SW RMS", "S")
    T("Chiropodist: pt's feet in terrible state, says he stands 14 hours a day in wellies in a chicken factory and the agency won't let him change shift.", "EO AC", "LH", "L")
