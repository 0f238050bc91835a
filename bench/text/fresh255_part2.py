# fresh255 part 2: police intelligence logs, call-handler logs, public reports
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Source states POI Florin BALAN (DOB 12/04/88) runs 3x HCW in Wolverhampton area. Workers (approx 15, RO nationals) housed at 41 Dudley Rd, WV2. BALAN believed to hold workers' ppts and pays them £20 p/d cash. Workers transported in blue Vauxhall Vivaro KM17 XTD.",
  "RD WW", "DT OA ET", "L")
T("INT 3/C/P. Unverified: female (poss. Chinese) seen being taken from address on Hessle Rd to various hotels by car late at night, always accompanied. Address has heavy foot traffic of males. Poss. brothel.",
  "", "ET", "S")
T("Call 0314 – Caller states a man was banging on the door of the flat above at about 2am last night, shouting at the woman inside. He left before police were called. Caller believes it's her ex-partner. Domestic. Passed to DA team for follow-up.",
  "", "", "")
T("STORM log 2241: RP is a security guard at an industrial estate in Tilbury, heard banging and shouting from inside a shipping container on a lorry trailer. 'Sounds like people, they are shouting help'. Border Force and units en route.",
  "RM", "RMS", "", "immediate")
T("INT 2/A/P. NOM Sanjay VERMA believed to control cannabis factory at 12 Ash Grove, Chesterfield. Vietnamese male (age est. 17) lives inside, has not been seen to leave in 3 weeks of obs. Food delivered by VERMA weekly.",
  "RM AV ISO", "RMS IS", "C", "high")
T("Officer's note (PCSO 7781): Routine visit to new nail bar, Market St, Wigan. All 4 staff spoke good English, showed their own passports/BRPs which they kept in their handbags, contracts on file, rota shows 5-day weeks. No concerns. Licensing advised re waste disposal.",
  "", "", "")
T("101 online report: 'theres a lad next door about 14 keeps getting picked up at like 2am by diff cars and comes back days later with new trainers, mums not bothered, i think hes doing drugs for someone'",
  "AV", "", "C", "high")
T("INT 3/B/P. Subject Nikolai PETROV offers loans to Bulgarian agricultural workers in Spalding at high interest, then 'employs' them to repay. Source states debts rise with 'penalties' and workers cannot leave until cleared. Workers live in PETROV-owned HMO.",
  "DB", "OA", "L")
T("Custody note: DP (Vietnamese M, claims 16) arrested at cannabis farm, Stoke. Says via interpreter he was 'brought in a lorry' and 'told to water plants'. Says he doesn't know what town he is in. Very scared, crying, asking if he will be sent back.",
  "AV ISO", "IS FA", "C", "high")
T("Neighbourhood officer log: Report of 'slaves' working at 27 Elmfield Rd. Attended. Occupants are 5 students from Leicester Uni who share a house. Plenty of shift work in takeaways, all their own choice, own passports. Malicious/misinformed report. NFA.",
  "", "", "")
T("Call log 1107: Caller at Tesco Extra, Gateshead. Says a woman approached her in the toilets, 'please help me they keep me'. The woman was taken away by a man before caller could say anything, got into grey Ford Focus, partial reg NK63. Left 2 mins ago.",
  "RM", "RMS ET", "", "immediate")
T("INT 2/B/P. POI Arben HOXHA (aka 'Beni') believed to be running county line 'DANNY' into Aylesbury from London. Using local 15yo female to hold drugs at her address. HOXHA reported to have slapped her in front of friends for losing money.",
  "AV PSV", "", "C", "high")
T("PC 4452 statement extract: 'On arrival at the car wash I noted approx 6 males working. None had gloves or boots, several were wearing flip flops in standing water with jet washers and acid-based products. At the rear there was a shipping container containing 5 mattresses, a microwave and a bucket. One male stated he lived there.'",
  "AC", "SW PLC", "L")
T("Member of public email to force: I run a B&B in Whitby. I had 6 men staying here booked by a man who paid cash. He collects them each morning at 4.30 and brings them back at 9pm. Their feet are in a right state, one has a bad limp. The man does all the talking. They don't seem to have any luggage at all.",
  "", "CE SFW PA FPE", "L")
T("INT 4/C/P. Rumour only (low confidence): an organ 'broker' operating via a Facebook group targeting Pakistani nationals in Bradford, offering £10k for a kidney to be removed in Lahore. No victim or subject identified.",
  "", "", "O")
T("Call log 0935: Caller works for a homeless charity, states a resident (M, Irish, 50s) told staff a man at the Big Issue pitch offered to 'look after his money' and 'get him work'. Resident declined. No offence. Advice given.",
  "", "", "")
T("INT 2/B/P. Subject MORAR Ionut (DOB 07/09/79) recruits Romanian women on Facebook for 'cleaning jobs in England', charging €500 per 'placement'. Source states on arrival women are placed at 3 flats in Slough and advertised on Vivastreet. MORAR collects all earnings.",
  "DEC WW", "UF NCW", "S")
T("Response officer note: DV incident, Blackpool. IP states partner took her passport and bank card and won't let her leave the flat without him. No work or sexual exploitation disclosed; coercive control. DASH completed – high risk. MARAC referral.",
  "RD RM WW", "DT RMS NCW", "", "high")
T("Immigration Enforcement visit note: Indian restaurant, Cardiff. 3 workers without leave found. Kitchen porter sleeps in storeroom upstairs with 2 others. He says he earns £150/wk for 70hrs. Owner holds 'visa papers' for all staff.",
  "AC WW EO RD AV", "SW LH DT OA", "L")
T("ANPR hit / INT 3/B/P: Vehicle BV65 XLM (white Mercedes Sprinter) regularly moves between Bradford addresses and a poultry plant in Ossett at 04:50 and 19:30. Driver believed to take £15 per head daily from workers for transport.",
  "", "CE CT", "L")
T("CAD 556: RP is a taxi driver. Says he dropped a young girl (13-14) and a man in his 40s at a house in Luton, girl looked drugged and couldn't walk straight, man held her arm tightly. Address: 19 Chapel Walk. 10 mins ago.",
  "AV PSV", "PA ET", "S", "immediate")
T("PCSO note: Welfare check at request of family on elderly male in Ilkley. Found well, carer present, carer is employed by an agency and visits twice a day. No concerns.",
  "", "", "")
T("Intel log: Source states that a Romanian begging group in Birmingham New St area is run by a family. Beggars, incl. one man with no legs, brought in by van each morning and collected each night. Money handed over to 'Uncle' in the car.",
  "AV WW", "CE NCW ET", "C")
T("Call log: Female caller (Polish) in distress, speaks little English. Through Language Line: she works at a hotel laundry, the supervisor said if she tells anyone about the unpaid wages he will tell immigration she is illegal. Caller has EU settled status. Not in immediate danger.",
  "IT WW", "FA", "L")
T("INT 2/B/P. Subject(s) NGUYEN Van Long and unknown female operate 3 nail bars in Essex. Source states staff (young Vietnamese) live above the shop in Basildon, 8 to a room, work 9-9 seven days. Staff are 'paying off' travel to UK.",
  "AC EO DB", "OA LH UF", "L")
T("Officer's PNB note: Search warrant at 4 Raby St, Derby. Recovered: 27 bank cards in different names in a kitchen drawer, notebook with names and 'owed' amounts, 3 Romanian passports (not belonging to occupants). Occupants say they are 'just friends'.",
  "RD DB", "MBC DT", "L")
T("Neighbour text to SNT: 'hi theres a woman at no 8 who cleans there all day and night and they never let her out the front door. the kids said shes their maid from somewhere, never see her in the garden even. not sure if its normal'",
  "RM", "RMS", "D")
T("INT 3/C/P. Unconfirmed: workers at a sandwich factory in Northampton are charged £100 for an 'interview' and £30 for hairnets and overalls by a labour provider known as 'ELITE STAFF SOLUTIONS'. GLAA notified.",
  "WW", "UF PPE", "L")
T("Call log 2314: Male caller says he has just escaped from a house in Bolton where he was locked in a room and forced to grow cannabis. He says 'they will come looking for me'. He is at a petrol station on Chorley New Rd now. Injury to his hand.",
  "RM", "RMS PA FA", "C", "immediate")
T("Licensing visit note: Massage parlour, Southsea. Met staff; 2 Thai women, both self-employed with own bank accounts, living in their own rented flats. Manager present but did not interfere. Checked for signs of exploitation, none found.",
  "", "", "")
T("INT 2/B/P. Source reports BURNS family (Traveller site, Chester-le-Street) keep 3 vulnerable British men (alcohol-dependent, recruited from homeless shelters) in caravans, work them on driveways and roofing, pay them in cigarettes and cans. One man is said to have a broken arm untreated after a beating.",
  "AV WW PSV AC", "PLC PA", "L")
T("Call log: Caller says her daughter (19) 'met a guy online, he's gone to Turkey with her for an operation on her kidney and he said they'd get paid'. Daughter stopped answering 2 days ago. Caller frantic.",
  "AV DEC", "", "O", "immediate")
T("Transplant unit liaison note: Patient (F, 52) received a living donor kidney from her brother at the Royal Free. Donation assessed by the HTA independent assessor as voluntary, no reward. Officer attended only as part of a routine document check. No concerns.",
  "", "", "")
T("INT 2/B/P. VINCE Lee (DOB 22/2/95) believed to use 'trap house' at 3 Pearce Close, Margate, for line 'MAX'. Vulnerable occupant (heroin user, 58) has been cuckooed: door kicked in twice, told if he calls the police they'll 'do him'.",
  "AV IT", "", "C")
T("Patrol log: Stopped minibus on A17 at 05:10, 14 passengers, all Eastern European. Driver (English) stated they are agency workers going to a packhouse. All had ID on them, names matched agency list, payslips shown. No issues. Words of advice re overloading (2 without seats).",
  "", "CE", "")
T("PCSO note: Concern for welfare, man sleeping in the back of a van at the car wash on Kirkstall Rd. Spoke to him: he is the owner's brother, lives there by choice 'to save rent', has his own phone and passport, and can come and go. Signposted to housing.",
  "", "SW", "")
T("Intelligence: Source states BOJAN (surname unknown) runs a 'team' of Slovak men doing demolition work in Sheffield. Men hand over bank cards, BOJAN gives them £30 a week. They sleep on the floor of a disused pub on Attercliffe Rd. If they complain he threatens to 'send them home in a box'.",
  "WW IT AC", "NCW MBC SW PLC", "L")
T("Officer: IP (M, 23, Sudanese) says he agreed to drive a car from Calais for a man in exchange for passage, was told he owed £4k on arrival and has been working at a carwash to pay it off. Says the man 'is always changing the number'.",
  "DB DEC", "UF", "L")
T("CAD 1893: Caller reports that her neighbour's au pair is crying in the garden, says the family 'don't let me call my mum' and have 'taken my passport for visa'. Au pair is Spanish, 20.",
  "ISO RD", "IS DT", "D")
T("Report: Crimestoppers (anonymous): 'the men at the chicken factory in Llangefni get charged for everything, the bus, the rooms, the food, the uniform, they end up with nothing. the boss has a big new car'",
  "WW", "CT PPE NCW", "L")
T("Officer note: Shoplifting arrest, Boots, Nottingham. DP (F, 31) says a man makes her steal to order and takes everything, she owes him for 'a place to stay'. She says he hits her if she comes back with nothing. Referred to MSHT team.",
  "DB PSV", "", "C")
T("Call log 0421: RP is a lorry driver at Clacton services, says he can hear knocking from inside his trailer. He is getting out and has opened it: 'there's four lads in here, they look half dead'. Ambulance and police dispatched.",
  "AC", "PA", "", "immediate")
T("INT 3/B/P. POI Mohammed ASLAM said to supply 'cleaners' to private homes in Bradford. Source believes the women (Pakistani, arrived on spousal visas) do not get paid, cannot speak English, and are not allowed out of the homes.",
  "WW RM ISO AV", "RMS IS", "D")
T("Response: attended report of a fight at HMO, 12 Grange Rd, Middlesbrough. 7 tenants, all with individual tenancies and different employers. Argument over a kitchen rota. One arrest for s.39 assault. No exploitation.",
  "", "", "")
T("MSHT team note: Visit to hand car wash, A61 Leeds with GLAA/HMRC. 4 workers. All paid by BACS to their own accounts per payslips, rota shows 40hrs/wk. One worker said his 'brother' had been there before and 'was not paid'. Employer denies. Brother not traced. No current indicators.",
  "", "", "")
T("Officer: IP (F, 44) says her former employer at a care home in Norfolk sponsored her visa, charged her £8,000 for the certificate of sponsorship and made her work 80 hours a week. She is afraid to complain in case her visa is cancelled.",
  "DB EO AV", "UF LH FA", "L")
T("101 report: 'man at number 22 keep giving teenage girls lifts in his van and they come back drunk. one of them is my daughters friend shes 15'",
  "AV", "", "S", "high")
T("INT 2/B/P. POI Tomasz NOWAK (DOB 01/05/82) recruits Polish men from day centres in London, promises farm work in Kent. Source states men are then housed in a barn near Ashford, no heating, 20+ men, no pay for 'first month', NOWAK holds ID cards.",
  "DEC AC WW RD AV", "OA PLC DT", "L")
T("Call handler note: Caller (a nurse, 29) worried she's being 'exploited' because she works 60 hours a week on the bank at Leeds General. After discussion, she chooses the extra shifts herself to pay off her car, is paid for all of them. Advised to speak to occupational health. No police action.",
  "", "", "")
T("MISPER update: 16yo female from Rochdale missing since Fri, believed with adult male 'Jay' (29). Phone pinged in Manchester city centre. Friends say Jay has been taking her to 'parties' and giving her coke. Graded high risk.",
  "AV PSV", "", "S", "immediate")
T("Officer: DP (M, Albanian, 22) arrested at cannabis grow in Canterbury. Says he came to UK to pay off smuggling debt of £20,000 and the gang told him he'd be working in a car wash. Says he was free to go out to the shop but didn't know the area.",
  "DEC DB", "UF", "C")
T("CAD 3002: Caller states that a man is holding his friend in the back of a van outside the Co-op on Oxford Rd, Reading, 'they just took him, they say he owes money for the work'. Van is a white Ford Transit, reg unknown.",
  "RM DB", "RMS", "L", "immediate")
T("INT 3/B/P. Concern re Vietnamese adolescent at a nail bar on Fishergate, Preston. Staff member appears under 16, working on a school day. Manager says she's 'family helping out'.",
  "AV", "", "L", "high")
T("Response officer: Attended call from a hotel in Heathrow where staff thought a guest was trafficked because she had 'lots of men visiting'. Guest (F, 34, British) states she is a sex worker working independently, no third party, keeps her own earnings. No offences. Left safety info.",
  "", "", "")
T("Statement extract (victim, Lithuanian, via interpreter): 'When I say I want to leave, the boss take a knife and put on my neck and say I know your mother's house in Panevezys. After that I do not ask again.'",
  "IT PSV RM", "RMS", "L")
T("INT 2/B/P. Subject(s) operating in Kidderminster arranging sham marriages between Portuguese women and non-EU men. Women recruited in Lisbon with promises of cleaning work, passports taken on arrival, kept at address until the wedding.",
  "DEC RD RM", "DT RMS", "C")
T("Neighbour report: 'there is a van that comes every morning at 5 to the house on Plantation Rd and 10 or 12 men get in it, then back at 8 at night, the bins are overflowing and they sleep in the living room as well, I can see mattresses through the window'",
  "", "CE OA", "")
T("Officer note: Cuckooing concerns at 14 Riley Ct, Blackburn. Occupant (F, learning disability) says 'the boys' stay over and use her flat. She says she is happy with them there and they are her friends. Support worker disagrees; boys seen with scales. Safeguarding referral.",
  "AV", "", "C")
T("INT 2/A/P. Brothel at 7 Lime Ave, Cheltenham. Women (Romanian) are rotated every 2 weeks, transported by BUCUR Marius. Women's phones held by BUCUR. Cash collected by BUCUR daily. One woman seen with black eye.",
  "ISO WW", "IS NCW PA ET", "S")
