T("Intel 2/B/P: Egyptian national (nom FAROUK) advertising on Arabic-language Facebook groups in Birmingham for 'kidney donors', paying £2,500 to asylum seekers with no right to work. Donors flown to a private clinic in Northern Cyprus. One donor (Sudanese, 24) reported he was never paid and was threatened with a knife when he asked.",
  "AV IT", "", "O")
T("Referral by renal unit, Leicester General: potential living donor (M, 22, Indian national) presented with a recipient he claims is his cousin. Inconsistent accounts of the relationship; donor does not speak English and the recipient's son 'translates'. Donor says he has been promised a job in the family's shop and his family's debts paid. Transplant suspended; HTA and police informed.",
  "AV", "sfw", "O")
T("Victim (F, 36, Ukrainian) says the 'sponsor' host family she lives with under Homes for Ukraine are kind, she has her own room, her documents, and works part-time at Sainsbury's. She was referred because she once mentioned feeling lonely. No exploitation.")
T("Caseworker note: she described the first months as 'like a prison with a nice wallpaper'. The family in Edgbaston told her she would study English and help a little with the baby. In practice the baby slept in her room and she was up all night, then cleaned all day. She was allowed out once a month with the driver. She kept saying 'I was not hit, they never hit me'. Her wages (£150 a month) were sent by the employer to her mother in Ethiopia; she never saw a payslip.",
  "DE EO RM AC WW", "et ncw", "D")
T("Community Protection Officer log: car wash on Foleshill Rd. 5 workers, all Kurdish Iraqi. Owner showed HMRC registration and rota: 2 shifts, 9-5 and 1-9. Workers confirmed they're paid £90/day cash and go home to their own addresses. Pay is low but they say they can leave. Advised owner on payslips.")
T("Text message to CrimeStoppers: 'Girl kept in flat above bookies on Stratford rd. She is Albanian 18, i seen her at the window, they lock her in and men go up all day. Please help her today'",
  "RM", "", "S", "i")
T("POI CONSTANTIN, Gheorghe. INT suggests operates begging networks in Derby and Nottingham using disabled adults from Romania. Victims housed in one room, taken to pitches each morning in a people carrier, and must hand over daily takings. One victim has an amputated leg and is given no medical care. 2/B/P",
  "AV WW AC", "et ncw oa", "C")
T("Report: a man outside Bullring asking people for change, says he's homeless. Checked by outreach. Adult, British, housed by council last week, no third-party involvement.")
T("He said I will have a good job in Britain as a mechanic. He paid the ticket. When I arrive he says I must pay him back £6,000, and the job is to wash cars, 8 in the morning till dark, every day, Sunday also. He gives £100 a month. He says if I go he will tell the police I am illegal.",
  "DE DB EO WW IT AV", "", "L")
T("Council HMO enforcement, Sneinton: 22 men (Romanian) in a 4-bed terrace. Beds in the kitchen and hall. Landlord is also the agent who supplies them to a potato packing factory; rent deducted from pay by agency. Workers reluctant to talk, looked to one man who answered.",
  "AC", "oa plc sfw", "L")
T("GP registration: 9 Slovak adults registering at the same address. Registered by one man who held all their ID cards and did the talking. Practice manager's concern: two of them looked scared and one had a black eye.",
  "RD", "sfw pa", "")
T("Officer's note: Interview with Mr B (Albanian, 25) after arrest at cannabis grow in Kettering. States he came to the UK via lorry, owes £25,000 to smugglers, was told he'd work in construction. Guarded by a man with a dog; never allowed out. Given food twice a week. Section 45 defence raised.",
  "DB DE RM", "", "C")
T("my mate works at a hotel in brum, the housekeeping girls are agency, they get paid per room not per hour, like £2.50 a room and its impossible to do more than 3 an hour, and they have to pay £30 for their uniform. its taking the piss but they can quit",
  "", "ppe", "")
T("Nottm City MASH: 15 yo girl (looked after child) disclosed at school that a man she calls her 'boyfriend' (34) has been taking her to a house in Bulwell where she has to have sex with his friends. She says he gives her cannabis and has pictures of her. She has gone missing again tonight and her phone is off.",
  "PV", "", "S", "ic")
T("Intel log (3/C/P): Unverified rumour that a Chinese restaurant in Derby 'keeps staff locked up'. Licensing visited: staff live in rented flats nearby, have keys, phones, passports; no restriction found. Rumour appears malicious (ex-employee dispute).")
T("Statement (interpreter): 'They said it was an apprenticeship in a bakery. The apprenticeship fee was €2,000, then there was the flat, the food, and the work clothes. Every month they showed me the list and it was always more than I earned. After a year I owed more than at the start.'",
  "DE DB", "uf ppe", "L")
T("999 transcript summary: Female (Thai) states she is in a flat in Coventry, 'they took my passport', the man has gone out and locked the door, she doesn't know the address, can see a big Tesco from the window. Call traced.",
  "RD RM IS", "", "", "i")
T("Prison chaplain note: An older prisoner, Irish Traveller, says for 15 years he worked laying tarmac for a family in exchange for a caravan and drink. Says he was never paid, was beaten when he tried to leave, and was moved between sites in Leicestershire and Wales. Now 56.",
  "WW PV AV AC", "", "L")
T("Housing officer: reports 3 young Eritrean men (18-19) in a 1-bed flat sublet by a man who also gets them work in a food factory. Men say he keeps their bank cards and pays them in cash 'after rent'; they're left with about £60 a week for 50 hours.",
  "WW AC", "oa ncw", "L")
T("Email from a mum in Beeston: my daughter is 17 and works in a nail bar on Saturdays. It's a proper job with a contract and the owner is lovely. I'm only writing because her school did a talk on modern slavery and she asked if she should be worried. I don't think so!")
T("VIETNAMESE F, c.17, found in the back of a lorry at Castle Donington services. States she was going to 'work in nails' to pay family debt. Has no documents; the driver says he doesn't know her. Placed in emergency foster care.",
  "DB", "", "L", "c")
T("Social worker: Mrs A (81, British, dementia) lives with a lodger who she says 'does everything for me'. Bank shows lodger withdrew £20,000 over 6 months. Financial abuse investigation. Not exploitation for labour or sex.",
  "", "ncw", "")
T("INT suggests POI MENSAH runs a 'church' in Wolverhampton, brings young women from Ghana as domestic helpers for congregants. Women are told their visa will be cancelled if they leave the family, do not have their own passports (held by the church 'pastor') and are paid only through the church. 2/C/P",
  "IT RD WW", "ncw", "D")
T("Outreach note: sex worker (F, 24, Romanian) in Hyson Green. Says she works with her boyfriend's 'protection', he holds the money 'to save for a house'. She says she is free to go home when she wants, but also that he gets angry if she earns less than £300 a night.",
  "WW", "ncw", "S")
T("Report to Unseen app: a caravan on farmland near Market Harborough, 4 men, no electricity, drinking water from a tap in the yard. Farmer says they're 'lads from the shelter, they help with the potatoes, I give them a roof'. Men said they get no money.",
  "AV AC WW", "plc", "L")
T("Sir, i am writing about my son in law's sister she is being used as servent by his mother in Walsall. She is 14 and doesnt go to school she cleans, cooks, looks after the babies and is smacked with a slipper when things are not done. Nobody will listen to me.",
  "PV", "", "D", "c")
T("Statutory DTN (Duty to Notify) — adult male, Indian, declined NRM. Worked at a Leicester restaurant 14 hrs a day for 2 years, paid £400 a month, lived in the basement, was told he'd be arrested if he went to police because his visa had run out.",
  "EO AC IT AV", "saw foa", "L")
T("Police log: Theft from a car wash — cash box stolen overnight. Owner provided CCTV. Staff all on payroll. No MS concerns.")
T("INT: Slovak Roma family (nom DUNKA) in Derby recruiting young men from their home town with promise of factory work, housing them in their cellar, signing them up to agencies and taking their wages and UC. Two men have approached a Roma charity saying they were beaten when they asked for money. 2/B/P",
  "DE AC WW PV", "ncw", "L C")
T("Neighbour: 'I think he's a good employer. The Polish lads he has are always laughing, he takes them for a curry on a Friday, they've got cars of their own. I only say because police were asking about exploitation round here.'")
T("WhatsApp screenshot forwarded to police by victim's friend: 'he took my phone, only give it when he wants me to text clients. i dont know where i am, somewhere near nottingham. he says if i run he finds my daughter'",
  "IS IT", "", "S", "i")
T("Debrief: 'When we complained about the cold they took the heaters away. When someone was ill he still had to go to the factory or he paid a 'fine' of £50. The fines went on the book with the rent and the transport.'",
  "AC DB", "ct", "L")
T("POI RUSU & POI RUSU (brothers) — believed to be sending Romanian males to work in construction in Coventry. Males pay £400 'agency fee' in Romania, then £15/day 'transport'. Males paid in cash by brothers after deductions. 3/C/P",
  "", "uf ct", "L")
T("Report: the guys in the Chinese takeaway never get a day off and sleep upstairs, the owner told me proudly they work 'like machines, 7 days 12 hours'.",
  "EO", "saw", "L")
T("Following the raid the 7 Vietnamese women from the nail bars said through interpreter that they had been told they were coming to study. None had seen wages. All slept in the same room above one of the shops. One had burns from chemicals and no gloves were provided.",
  "DE WW AC", "oa saw pa", "L")
T("Asylum seeker (M, 17, Afghan) in hotel accommodation in Leicester told staff that a man offered him work at a barber's. Staff concern about possible exploitation; he hasn't gone. Social worker spoke to him about risks.",
  "", "", "", "h")
T("Tip via Modern Slavery Helpline: workers at a cake factory in Leicester from an agency run by the factory owner's cousin; workers housed 8 to a house, transported by minibus, £50 a week 'transport and accommodation'. Some have had wages paid into one account. Workers told not to speak to the auditors.",
  "WW AC", "oa ct et ncw", "L")
T("Sex worker welfare visit (Nottingham City Council). Two women in a flat, both British, work together for safety, their own adverts, their own phones. They reported no third party and no concerns.")
T("Interview with DOLLY (nom), 30, Nigerian. She said: 'Madam told me I owe 40,000 euros. I did the juju. If I do not pay, my mother will die. So I work every night with men in Derby and give her everything.'",
  "DB IT WW", "", "S")
T("Missing persons log: Adult male (Polish, 39) reported missing by his employer at a mushroom farm after not turning up for 3 days. Later found at his girlfriend's. No concerns.")
