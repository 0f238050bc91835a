# fresh176 part 4: short logs, public, learner English, negations, look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("RTC on A1(M) J10. Minor damage, no injuries. Drivers exchanged details.")
T("Shoplifting at Boots Loughborough, female known to store, NFA.")
T("ASB - youths on bikes in Kingsway Park again. Patrols requested.")
T("theres 3 foriegn lads living in the garage behind number 6 no windows no toilet landlord takes rent off them cash and they work for him on his building jobs for nothing i think",
  "AC WW", "PLC SW", "L")
T("Caller (manager at Costa) says a member of staff works 50 hours a week and wants more, is fine, just wanted advice about Working Time Regulations opt out. Not a police matter, signposted to ACAS.")
T("Text from public via 'Unseen app': nail bar Market St Wigan girls never leave, blinds always down, man locks door at night with them inside",
  "RM", "RMS", "L")
T("IP: 'Ivan keep my ID card and bank card. He give me £20 for food on Saturday. The rest he keep for rent he say.'",
  "RD WW", "DT NCW", "L")
T("INT 4/C/P. Unconfirmed info that a Polish man named 'LUKASZ' is 'selling' jobs at a meat plant in Wrexham for £300 cash each. No further info.",
  "", "UF", "L")
T("Cannabis farm found at 77 Windmill Lane, Smethwick. House empty, no persons found. Electricity bypassed. Forensics requested.")
T("Male, Vietnamese, 16 (claimed), found in loft at cannabis grow in Bolton, doors boarded from outside, no food in house, he had been there 3 weeks. Taken into police protection.",
  "AV RM AC", "RMS PLC", "C", "high")
T("Taxi driver called in: dropped two teenage girls at a Travelodge in Crawley at 2am with a man in his 40s who paid cash and told them to keep quiet. Girls looked drunk.",
  "AV", "", "S", "high")
T("Client says her aunt took her to the UK aged 13 and she has worked as the housekeeper for the family since - she never went to school. Now 19. Aunt took the child benefit. Client says she was not hit and not locked in but she had no choice. Client was referred by a school friend's mother who noticed she was never allowed to go to college. Today: we applied for a copy of her birth certificate from Romania and began her NRM referral. She is 19 and has never had a bank account - opened a basic account at Barclays. She wants to study to be a nursery nurse and we are looking at courses in Luton. She was smiling today.",
  "AV WW", "", "D")
T("Caller reports a woman standing at a cash point on Stratford Broadway using 6 or 7 different cards one after another and putting the cash in a bag. Caller thought it was odd.",
  "", "MBC", "")
T("Call handler: caller's ex-boyfriend owes her £400, not returned her passport which she lent him as ID for a flat - she wants it back. Civil matter, advised.")
T("PCSO: visited Bright Wash car wash on Old Kent Rd. 5 workers. All said they have rooms in a shared house arranged by the boss and he takes £60 a week rent from wages. Manager hovered, answered for them. Passed to MS unit. PCSO noted that the rooms are at a house on Albany Rd and that the workers could not give the full address. Workers were friendly but nervous and looked at the manager before answering. MS unit to plan a visit with the GLAA and Southwark Council.",
  "WW", "OA SFW IS FA", "L")
T("GLAA inspection Feb 2025 at Valley Growers Ltd: all workers paid through licensed labour provider, accommodation in licensed caravan park, 6 per static max, good facilities. Licence compliant.")
T("IP stated: 'I was not allowed to go out without Dritan. He drive me everywhere - to the work, to the shop, to the doctor. He stand next to me at the doctor and talk for me.'",
  "RM", "ET RMS SFW", "")
T("she said they 'put her on the sofa' in the end, like a bed in the corner of the living room, worked for the whole family, no pay, no days off, 2 years. Then they threw her out.",
  "WW EO AC", "LH", "D")
T("Intel: females moved weekly between short-let Airbnbs in Cardiff, Swansea and Newport advertised on AdultWork. Same phone number used in all adverts. Booked and paid for by male 'HOXHA'.",
  "", "SFW", "S")
T("Outreach - homeless man at Brighton station says men in a van offered him £50 a day for 'roofing' and a place to stay. He refused. Very vulnerable - alcohol dependent. Warned about exploitation, info given.")
T("IP claimed that his uncle arranged the marriage and that his wife's family want money from him. Immigration issue not MS, no forced labour.")
T("Statement from client via Tigrinya interpreter: 'When we arrived at the factory the man took all our papers and said he will give back when the debt for the journey is paid. We work 14 hours in the night shift. We live in the factory in the small room upstairs.' He was recovered in a police operation at the factory in Southall. Now in a SA safe house in east London. Support today: GP registration, English class at the local church, and a referral to the Refugee Council for help with his asylum claim. He asked when he will be allowed to work. Explained the rules. He is impatient but understands. Review in two weeks. He is enjoying cooking for the other residents.",
  "RD DB EO AC", "DT LH SW UF", "L")
T("Worker at a Chinese takeaway in Truro says he works 6 days 11am-11pm but is paid properly and lives with his wife in their own flat. Long hours by choice. No concerns.")
