T("INT suggests hand car wash on LICHFIELD RD, ASTON staffed by 6-8 Romanian males. Workers arrive in white Transit VRM unknown approx 0630, collected again after 2100. Nom POI BALAN, Ion believed to run site. 2/C/P",
  "EO", "cedl", "L")
T("Caller states there is a man locked in the garage next door, she can hear him banging and shouting for help in a foreign language. Neighbour who owns the house has gone out. Units dispatched.",
  "RM", "", "", "i")
T("my neighbour has like 10 blokes living in a 2 bed house they go out in a van at 5am every day and come back proper late, look knackered and skinny. one told me the guy who drives them takes there money. dunno if its anything",
  "EO WW AC", "oa pa cedl ncw", "L")
T("Salvation Army caseworker note. Client (Vietnamese female, 24) disclosed she worked in a nail salon in Loughborough for 14 months. She says she did 9am to 8pm, seven days. The owner, who she calls 'Auntie', told her that her family still owed £18,000 for bringing her to the UK and that her wages went to paying this off. She was given £30 on Sundays for food. Auntie kept her passport 'so it would not get lost'. She slept on a mattress in the back room of the salon.",
  "EO DB WW RD AC", "saw", "L")
T("Routine GLAA inspection of packhouse, Spalding Rd. Licence holder compliant. Payslips checked for 40 agency workers, all paid NMW or above into own accounts, holiday pay correct. Accommodation not provided. No concerns identified.")
T("A&E note 03:10. Male, approx 30s, Albanian, attended with hand laceration sustained 'cutting plants'. Accompanied by another male who answered all questions and would not leave the cubicle. Pt appeared very pale, smelt strongly of cannabis, clothing dirty. Pt did not know the address where he was staying. Accompanying male took him away before suturing complete.",
  "IS", "sfw pa", "C")
T("Referral from Nottingham City Children's Services. Child A, 15, missing 4 times in 6 weeks, found in Mansfield with £600 cash and two phones. Mother reports older males collecting him in cars. Child says he 'owes' a male known as 'Skeng' for a package taken from him when he was robbed and has to 'work it off'. Child has bruising to face he won't explain.",
  "DB", "pa", "C", "c")
T("Nail bar in high street very busy, staff seem happy, i asked one girl she said she's a student and does weekends for extra money, paid cash every friday. not sure why people keep reporting it tbh")
T("Debrief (through interpreter, Tigrinya). He says that when he arrived in Calais the men told him the crossing was paid but when he reached Birmingham they said he owed £4,000 more. He says he was taken to a car wash and told he would work until it was paid. He says they took 'rent' of £70 every week from the £150 they gave him so the amount he owed did not get smaller. He says he slept above the car wash with eleven other men on the floor.",
  "DE DB WW AC", "oa saw", "L")
T("POI MIHAI, Cristian (DOB 12/03/1988) seen at Barclays ATM Hinckley Rd withdrawing cash using 5 different cards in succession, 2 females waiting in a silver Golf. 2/B/P",
  "", "mbc", "")
T("Bank alert: account ending 4471 receives wages from three separate employment agencies under three different names; funds moved within minutes to a single account held by a male. Customers' addresses on the accounts all match one HMO in Leicester LE2.",
  "WW", "ncw mbc", "L")
T("999: female screaming from upstairs flat, says man has hit her and won't let her out, she said 'he's got my passport and he says I'm working tonight'. Background male voice. Line cut.",
  "PV RM RD", "", "S", "i")
T("Student attended front counter to report her passport lost on the bus between Selly Oak and town. Requested crime ref for embassy. No third party involvement.")
T("Report from Unseen helpline: caller's cousin (Polish male, 52, alcohol dependent) was recruited outside a homeless shelter in Derby with the offer of 'building work with food and a room'. Now living in a caravan on a yard near Ilkeston with no water. Told he can't have wages until the job is finished, gets cans of lager and cigarettes. Cousin says the men shout at him and one hit him with a shovel.",
  "AV DE AC WW PV", "plc", "L")
T("She told me she came from Lagos to look after her aunt's children and go to college. She never went to college. She cooked, cleaned, did the washing and the school runs from six in the morning until everyone was asleep. She ate the leftovers. She was not allowed a key. Her aunt said if she complained she would be sent back and 'the police here will put you in prison because you have no papers'.",
  "DE EO RM IT AV", "foa", "D")
T("Neighbour dispute at Beeston Close. Caller alleges the family next door are running a business from the house because lots of people come and go. Officers attended: family party for a christening. No offences.")
T("Intel: cannabis grow suspected at 14 Harrow Rd, Coventry CV6. Windows blacked out, strong smell, electricity meter bypassed. Vietnamese male occasionally seen in back garden; neighbour says he is locked in whenever the driver leaves. Food delivered by an Asian male in a BMW VRM FY19 ***. 3/C/P",
  "RM", "", "C")
T("Warrant executed at above address. Cannabis grow across 4 rooms (approx 300 plants). One male, VIETNAMESE, claims to be 16 yrs, found in loft. Door padlocked from the outside. Sleeping mat and rice cooker among the plants. States he was brought in a lorry and 'the boss' said he must stay until the harvest to pay for the journey.",
  "RM DB AC", "saw", "C", "c")
T("GP note: new patient, 41, Indian male, presents with back pain. Works as a chef. Reports 72 hr week. Says employer pays him but 'cuts money for the visa'. Has own passport. Lives with wife. Advised re employment rights and given leaflet.",
  "EO", "", "L")
T("walked past the car wash on the A6 its pissing down and they have the lads in flip flops no gloves no coats washing cars with chemicals. looks grim. the boss sits in the cabin all day",
  "AC", "", "L")
T("Licensing visit to Kebab house, Soho Rd. Premises licence holder failed to produce right-to-work checks for two staff. Both staff spoken with separately; both have valid permission, are paid via payroll, and live with their own families. Advice given re record keeping.")
T("Young woman approached PCSO at New Street station, very frightened, little English. Using translate app said she was from Romania, a man called 'Marius' brought her for a cleaning job but took her to a flat where men come. She said she had run away this morning. Says Marius has her ID card and says he will hurt her sister in Constanta.",
  "DE RD IT", "", "S")
T("Unseen web report: Sunday market stall and a cafe in Walsall — the same three Chinese women work both, seven days. The man who owns it brings them in and takes them home. They never speak to customers, he does all the talking.",
  "EO", "et sfw", "L")
T("Midwife referral: Pt (19, Slovak) booked at 28 wks. Partner attends all appointments and translates, would not allow her to be seen alone. Pt has no phone, does not know her address. Pt appeared underweight. Partner said she 'works nights with friends'. Safeguarding concerns re sexual exploitation — referral to MASH.",
  "IS", "sfw pa", "S")
T("Male, British, 58, learning disability, known to adult services. Cuckooing — flat at Wollaton being used by dealers from London to supply crack. Male says they 'look after him' and give him gear and food. He sleeps on the kitchen floor because they use his bedroom. His bank card is with 'Tiny'.",
  "AV AC", "ncw", "C")
T("Prison note HMP Birmingham: Prisoner (Albanian, 23) serving sentence for cannabis cultivation disclosed today he was told in Tirana he would work in a restaurant in London for £1,500 a month. On arrival he was put in a house in Walsall to water plants and not allowed to leave. Says he still owes €20,000 and his family have been visited. NRM referral completed.",
  "DE RM DB IT", "", "C")
T("Couple reported their lodger to police for not paying rent for three months. Lodger is a Polish builder who says his employer has paid him late. Civil matter, advised.")
T("Fishing vessel inspection at Grimsby. Crew of 5 Filipino nationals. Crew stated they work 20 hours a day at sea, sleep on board in port, and their wages are paid to the agent in Manila who sends 'some' to their families. Contracts show $400/month. Seamen's books held by the skipper.",
  "EO WW RD AC", "saw ncw", "L")
T("Bloke at the door selling dusters and tea towels, looked about 17, had a proper ID badge from a registered charity and said he's on a youth scheme and gets commission. I rang the charity and they confirmed him, all legit. just letting you know as my nan was worried")
T("INT: Female Nigerian nationals (x3) residing above the shop at 88 Narborough Rd. INT suggests they were subjected to a 'juju' oath before travelling and believe that they or their families will die if they speak to police or fail to repay debt of £35,000 each. Working in brothels in Leicester and Northampton. 2/B/C — not to be disclosed to LA without OIC authority.",
  "IT DB", "foa", "S")
T("Email to council: I run a hand car wash and want to make sure I'm doing everything right. All my lads are on PAYE, have their own bank accounts, do 8 hour shifts, and get gloves and boots for free. Can someone from licensing come and check? Thanks, Amir.")
T("Transplant coordinator note: Pt (52, Pakistani heritage, British citizen) on dialysis. Family have raised the idea of going to Lahore for a kidney from a living unrelated donor 'who will be paid'. Pt undecided. Advised re legal and medical risks of commercial transplantation. No donor identified yet.")
T("Debrief. I was told about a job in the UK at a hotel, good salary, from a Facebook page. When I arrived a man met me at Luton, took my passport to 'register' me. Then I was in a flat in Nottingham and he said my hotel job is with men. I said no. He hit me and the other girl said it is better to do it. Every night many men. I never saw money.",
  "DE RD PV WW", "", "S")
T("Call handler log: RP reports his 17-year-old daughter has been collected by an older man in a black Audi several times, comes back at 4am with new clothes and alcohol, says she's his girlfriend. He's 29. RP worried she is being given to his mates.",
  "", "cedl", "S", "c")
T("POI NGUYEN Van (nom) — owner of 3 nail bars in Derby. Staff live in one 3 bed house on Normanton Rd, approx 14 occupants. Staff driven to and from each shop by POI. 2/C/P",
  "AC", "oa et", "L")
T("Warehouse agency worker (Romanian) called the helpline to complain that her last pay was two days late and short by £40. Agency apologised and corrected it the following week. She is renting privately with her husband. No indicators.")
T("Officer handover — night shift. Attended Meadows address re concern for welfare. 3 adult males (Sudanese) living in a shed at rear of a takeaway. No heating, a bucket for toilet. Males work in the takeaway kitchen, say they get food and a place to sleep 'and the boss will pay when our papers come'. Boss not present. Referral to MSHTU for follow-up.",
  "AC WW", "plc saw", "L")
T("Hiya just want to report a man at Tesco Hednesford he drops off a group of eastern european women who then beg outside shops all day and he collects the cash off them at dinner time. one had a baby with her in the cold",
  "WW", "et ncw", "C")
T("School DSL referral: Year 9 pupil (F, 14) has disclosed she has been sent by a 'friend' to parties in Wolverhampton where she is given vodka and made to go into bedrooms with men. She says they have pictures of her and will put them on Snapchat if she stops going.",
  "PV IT", "", "S", "c")
T("Romanian national (F, 34) reported being assaulted by her husband during an argument about money. Safeguarding DASH completed — medium. She works in a bakery, manages her own wages and has her own documents. Domestic abuse only; no exploitation identified.")
T("bro was told he'd be doing landscaping £100 a day. its been 3 month and he's had £200 total. they say they're keeping the rest for him. he sleeps in a static caravan with 6 others",
  "DE WW AC", "oa", "L")
T("Border Force Birmingham Airport: Pax (F, 22, Filipino) arriving on domestic worker visa with Emirati family. Interview: says she has worked for the family 3 years in Dubai, works 'from morning to night' and has never had a day off. Her passport was handed to officer by the employer, not by her. Kalayaan leaflet provided.",
  "EO RD", "", "D")
T("Leics MSHTU. Op TEALIGHT. Search at farm near Melton. Eight Bulgarian men. Employer (nom KOSTOV) had charged each £350 'registration' before they travelled, plus £50 weekly for the minibus and £15 for boots and hi-vis deducted from wages. Payslips show 65+ hrs. No restriction identified; men had own passports and phones.",
  "EO", "uf ct ppe", "L")
