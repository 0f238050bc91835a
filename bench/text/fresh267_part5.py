# fresh267 part 5
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Nail bar 'Glamour Tips', Broad St, Reading. Source states the 3 female workers are taken from the salon to a house in Tilehurst after closing and are not permitted to go out alone. Also believed the eldest sells sex to men from the same address in the evenings, booked by the salon owner.",
  "RM", "ET RMS", "L S")
T("Call 14:22: shop manager at Lidl Gorton says a woman keeps being sent in to steal meat and razors, a man waits outside in a car and takes the bag. She looks frightened and thin. Today she said 'he make me, please'. Male drove off in a black Golf, part reg MX15.",
  "", "PA FA ET", "C")
T("Male (Albanian, 19) arrested for possession with intent, Wrexham. Local male, lives with parents, no debt or coercion disclosed when asked. Just dealing for himself. NRM not considered appropriate.", "", "", "")
T("Community nurse, Rochdale: I visit an elderly patient whose 'carer' is a young Romanian woman who lives in. She sleeps in the patient's chair, looks exhausted, tells me she is on duty day and night with no break and the patient's son takes her money. She asked me if I could help her find the bus station.",
  "EO WW ISO", "LH NCW SW IS", "D")
T("Brothel raid, Slough, 3 bed house. 4 women found: 2 Romanian, 2 Brazilian. One Brazilian woman says she was recruited as a cleaner for the house and was then told to do 'massage' too. She wasn't allowed out and had to pay £50 a day 'rent' before she kept anything. The Romanian women said they were there by choice and kept their earnings.",
  "DEC RM WW", "RMS", "S D")
T("Helpline log: male says his employer (a plasterer) pays him late every month but he gets it eventually, has his own passport, lives at home. Advised ACAS.", "", "", "")
T("Domestic abuse incident, Swindon: partner controlling, took her phone during the argument. She works as an accountant, has her own money, no exploitation beyond DA. DASH completed.", "", "", "")
T("Girl in Lancaster (17) says her 'boyfriend' makes her post ads for her to meet men and shoplift from Boots to sell on, he takes all the money.",
  "AV WW", "NCW", "S C", "high")
T("Taxi driver: picked up 2 girls from a house in Sheffield S2 with a man who paid the fare, took them to a hotel by the M1, man said 'they're working tonight'. Girls didn't speak English and had no bags.",
  "", "ET FPE", "S")
T("Reported by college: international student, Chinese, keeps her own passport in a drawer in her halls, works 20 hrs a week in a bubble tea shop. Lecturer was worried as she'd been tired in class. Student says she's just doing late nights revising.", "", "", "")
T("Source states that the owner of a launderette in Smethwick makes two young Pakistani men who work there also deliver 'packages' (believed heroin) to addresses in Oldbury in the afternoons. The men are said to live in a room above the launderette and be paid nothing directly, as the owner pays money to their families in Pakistan.",
  "WW", "SW NCW", "L C")
T("Launderette, Smethwick - re above: second source says the two men are the owner's sons, both at university, help out. Conflicting intel, to be developed.", "", "", "")
T("Forced marriage unit referral: 18 yr old woman taken to Pakistan 'on holiday', passport taken by her uncle, told she must marry her cousin and then work in his family's home as a servant. She is frightened she will be hurt if she refuses.",
  "RD IT AV", "DT FA", "D")
T("INT 3/C/P: Unknown female is being made to work in a nail bar in Bury by day and taken to a flat in Prestwich at night where men visit her. Source says 'she's been sold on twice'.",
  "", "", "L S")
T("I was working in a restaurant in Southall, owner took my passport and I worked from 10 till 1 in the morning, and the owner's wife made me clean their house on my day off also. I was paid £300 a month. He shouted and said if I go to police they will put me in prison because I am illegal.",
  "RD EO WW IT AV", "DT LH FA", "L D")
T("Cannabis grow in Scunthorpe: 2 Vietnamese males arrested. Both adults, both admit in interview they were paid £1,000 a week to garden and could go out when they wanted, both have been in the UK 10 years. No NRM indicators disclosed despite questioning.", "", "", "")
T("Caller says her 15yo son has been going to Swindon with a man called 'Dee' and coming back with cash. He won't say why. He's got a second phone. She found £600 in his room and a knife. She thinks he is being groomed to sell drugs.",
  "AV", "", "C", "high")
T("PCSO note - Polish community centre, Southampton. Mr Z says he came to work in a sandwich factory; agency put him in a house with 9 others, £95 a week each, but says he's happy, it's cheap, and he can move out any time. He pays his own bills. No concerns identified.", "", "OA", "")
T("Anonymous letter to station: 'The farmer at Lower Hill Farm near Bodmin has a man working for him for years who sleeps in the cattle shed, is never paid, wears rags, and has never been to the village. He's simple and the farmer calls him the dog.'",
  "AV WW AC ISO", "SW PA IS", "L")
T("Log: re Lower Hill Farm. Visit with adult social care. Male (60s) located, lives in a static van on the farm, has a learning disability, has not received wages for 'as long as I remember'; farmer says 'he gets his keep'. Van has no water or electricity. Male has no ID and no bank account. NRM and safeguarding referral made.",
  "AV WW AC", "PLC", "L")
T("Landlord in Leicester owns 6 HMOs with 40 tenants in total. Concern raised by a neighbour about 'lots of foreign men'. Checked: all tenants hold their own tenancy agreements, pay rent by standing order, work for various employers. Nothing to suggest exploitation.", "", "", "")
T("DC note: VIC says that the 'manager' at the brothel took her to Primark and made her steal clothes to sell, and when she didn't get enough she had to see more clients that night. She also cleaned the flat and cooked for the manager and his mates.",
  "", "", "S C D")
T("Female (Thai, 30s) found working at a massage parlour in Norwich. Has own passport, own phone, pays rent to the owner for a room, works when she chooses. She is a sex worker by choice; no one takes her money.", "", "", "")
T("A&E Manchester Royal: male (40) with partial kidney removal scar, recent. States he had surgery in Pakistan where he was 'paid £3,000' by an agent to donate to a rich man. Says the agent now wants money back for travel and is threatening his family. Police informed.",
  "DB IT AV", "", "O")
T("Renal clinic: patient (Pakistani heritage) had a kidney transplant in Lahore from his brother, paperwork and donor assessment available, follow-up at Manchester. No indication of commercial transaction.", "", "", "")
T("Tarmac gang knocking doors in Shrewsbury offering cheap driveways, one male young and thin, never speaks. Reported as doorstep crime. Possible MS concern noted - no further info.", "", "PA", "")
