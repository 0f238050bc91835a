# fresh235 part 2: sexual, criminal, domestic servitude, organ harvesting, mixed
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Massage parlour above a shop on Wellington St, Leeds. Adverts on AdultWork using the same 3 phone numbers. Two females seen being dropped off and collected by a male in a black Audi A4 (YH68 KPO). Neighbours say the women never leave on their own. INT 3/C/P.",
  "RM", "ET RMS", "S")
T("Female, approx 20, Romanian, disclosed to A&E staff at the RVI she was 'sold' to a man in Newcastle who makes her see 10 men a night. He beat her last night because she didn't make enough. He keeps her ID card.",
  "PSV RD", "PA DT", "S")
T("caller at 0214: girl in the flat opposite screaming, says a man's dragged her back in and she keeps shouting she wants to go home, he's locked the door, flat 6 Marlowe Court Caller is a neighbour in flat 5, doesn't know the girl's name, says there have been men coming and going for weeks. Units dispatched.",
  "RM PSV", "RMS", "", "immediate")
T("I met him on Instagram, he said he loved me and would bring me to London to study. When I came he said I owed him £5,000 for the ticket and I must work in the flat with other girls to pay. Every week the money is more. He said if I run he will send the videos to my family.",
  "DEC DB IT", "UF", "S")
T("Pop-up brothel, Airbnb in Milton Keynes, 3 females of Chinese origin, no English, could not tell officers the city they were in. A male attended during the visit and tried to speak for them. Phones found with 'work' messages controlled by a single handler.",
  "ISO", "IS SFW FA", "S")
T("County lines: 15-year-old male from Lewisham found in a trap house in Margate with 20 wraps of crack. Says he owes 'Dee' £800 because the last lot got robbed and he has to work it off. Bruises to face. Reported missing by his mum four days ago. Released under investigation and placed with family, NRM referral by children's services.",
  "AV DB PSV", "PA", "C", "high")
T("Missing 14-year-old girl believed to be with POI TAYLOR (adult male, 29) in a vehicle heading to Blackpool now. Concerns of CSE, TAYLOR has given her drugs and alcohol previously. Girl's phone last pinged near Preston. Vehicle is a dark Seat Leon. Child Abduction Warning Notice already served on TAYLOR last month.",
  "AV PSV", "", "S", "immediate")
T("Cannabis farm found at 12 Brook Lane, Walsall. Vietnamese male, approx 17, inside. Windows boarded, door padlocked from outside. He said he was brought in a lorry, owes money to the people who brought him. Sleeping on a mattress next to the plants.",
  "AV RM DB AC", "RMS SW PLC", "C", "high")
T("Forced begging: two Roma adults with disabilities dropped outside Marks and Spencer, Oxford St, every morning 7am by a man in a Vauxhall, collected 7pm, he takes the cup. One has an unhealed wound on his leg. Reported by a security guard at the store. The men do not speak English. Vehicle a blue Vauxhall Astra estate, partial VRM LV15.",
  "AV WW", "CE ET PA", "C")
T("Money mule: student from Nigeria was told by a 'cousin' to open accounts and let money pass through, he handed over his cards. Now they say he must keep doing it or they'll tell the Home Office he is a fraudster.",
  "IT AV", "NCW", "C")
T("Domestic servitude referral (local authority). Woman, 40s, Ethiopian, lives with a family in Harrow for 6 years. Cooks and cleans from 5am to midnight, sleeps on the kitchen floor, has never been paid. Family keep her passport. She is not allowed out except to take the children to school and must come straight back.",
  "EO WW AC RD RM", "LH SW DT RMS", "D")
T("Neighbour: the nanny next door looks thin and I've never seen her out except with the kids. She said to me once 'madam has my passport'. She has no phone. We live on Park Lane in Stanmore, the big house with the gates. The family are nice enough to us but I just get a feeling.",
  "RD ISO", "PA IS DT", "D")
T("Debrief, translated: 'The woman of the house hit me with a shoe if the floor was not clean. I slept in the laundry. I did not know the address. I had no money because she said my salary was sent to my family but my family got nothing.'",
  "PSV WW ISO AC", "IS SW NCW", "D")
T("Organ harvesting: NCA info that a male from Birmingham travelled to Istanbul to sell a kidney after being told it would clear his debt to a loan shark. Returned unwell, no payment received. Loan shark had threatened his wife. He has since been hospitalised with an infection. The loan shark is known locally as 'Sully'. NCA and West Midlands Police coordinating.",
  "DEC DB IT AV", "", "O")
T("Woman in Manchester told a support worker she was brought to the UK on a promise of a cleaning job and then told she must 'give a kidney' to a rich man to pay her travel. She escaped from the flat before any operation.",
  "DEC DB", "UF", "O")
T("Live kidney donation, Guy's: brother donating to sister, fully assessed by the HTA, independent assessor satisfied with consent. No concerns.",
  "", "", "")
T("Nail bar, Swindon. Vietnamese female approx 16, working 10 hours a day, says 'uncle' brought her and she must pay him £20,000. Lives above the shop with 3 others. Doesn't go to school. Referred by a customer who noticed her school-age appearance. Nail bar name 'Luxe Nails', Commercial Rd. Children's services and police informed.",
  "AV DB EO", "SW LH OA UF", "L", "high")
T("Drug runner, 13, found on a train to Swansea with £2,000 cash and a burner phone. Ran away from home in Croydon 3 days ago. Told officers if he goes back without the money 'they'll stab my mum'. He was searched by BTP at Swansea station. Placed in police protection and handed to Swansea children's services. Phone seized.",
  "AV IT", "FA", "C", "high")
T("Shoplifting: three Romanian women arrested in Sheffield city centre, driven there by a male who waited in the car park. They said they give all stolen goods to him and he gives them food. One said he'd hurt her child back home if she talked.",
  "IT WW", "ET FA", "C")
T("Brothel, Cardiff. Thai females, all have the same story rehearsed about being 'tourists'. Passports found in a safe in the manager's room. Several women had bruises on their arms. Seven women present, all from Thailand. Owner claims they are 'self-employed'. Women taken to a place of safety and offered support.",
  "RD PSV", "FA DT PA", "S")
T("Concerns re: Miss K (18, care leaver, learning difficulties). Older male moved into her flat, she now has 'lots of visitors' at night and says she has to 'be nice to his friends' or he'll kick her out. Her benefits are going to his account.",
  "AV IT WW", "NCW", "S")
T("Intel: POI KRASNIQI running a network of Albanian males in cannabis grows across Kent. Workers are told their families in Albania will be hurt if they try to leave. Doors locked from outside, food brought in once a week. Grows believed to be in Sittingbourne, Maidstone and Dartford. Information from two separate sources. Kent Police MSU to develop.",
  "IT RM AC", "RMS", "C")
T("Domestic worker visa holder, Knightsbridge. Escaped through the window at night, no shoes. Says employer took passport at Heathrow. Worked 18hrs a day. Was not allowed a phone. Was slapped by the employer's daughter. She was found by a passer-by on Sloane St at 0300 and brought to the police station. Interpreter (Tagalog) booked, NRM referral made.",
  "RD EO ISO PSV", "DT LH IS PA", "D")
T("Call handler log 1907: female caller whispering, says she's in a house in Rochdale, the men have her phone, she's been kept there 3 days, doesn't know the address, can hear trains. Line went dead. Number was a UK mobile, call-back unanswered. Cell site request made. Rochdale officers checking addresses near the railway line.",
  "RM ISO", "RMS IS", "", "immediate")
T("Car wash referral: Kurdish workers at hand car wash in Burnley, wet clothing, no gloves, hands cracked from chemicals. Sleep in the portakabin on site. Owner deducts £50 p/w 'for food'. Reported by a customer who is a nurse and noticed the state of their hands. Car wash on Colne Rd. GLAA and police to visit jointly.",
  "AC WW", "SW PLC PA", "L")
T("Child (12) excluded from school, seen with older males in a BMW, being given new trainers and phones. Mum says he comes home at 3am and won't say where he's been. Found with a knife and a bag of cannabis.",
  "AV", "", "C", "high")
T("Ukrainian woman placed with host via Homes for Ukraine. Host making her clean his house and his two rental properties every day unpaid, says if she refuses she will be homeless and 'the council will deport you'. She has her own documents.",
  "AV IT WW", "FA", "D")
T("Female working in a takeaway in Coventry lives with the owner's family, cares for their kids in the morning, works in the shop 4pm-2am, not paid, told she owes them for the marriage visa. They took her passport after the wedding.",
  "EO WW DB RD", "LH DT", "D L")
T("Sex worker in Bournemouth, works independently from her own flat, sets her own rates, no third party involvement. Visited as part of welfare checks. No concerns.",
  "", "", "")
T("INT 3/B/P: POI 'MIKE' runs adverts on Vivastreet for 'new girls' every week in Slough, source believes girls are moved round hotels by car each 2-3 days and MIKE keeps the money. Numbers change every few days. Hotels used include two on the Bath Road. Slough CID and MSU aware.",
  "WW", "ET NCW", "S")
T("Email from a hotel manager in Heathrow: young woman checked in with older man, he holds the key card and her phone, she looks drugged and has marks on her wrists. Room 314. They're in there now. Manager has a member of staff outside the door and is keeping the man in the lobby talking. Units dispatched, Heathrow policing team informed.",
  "RM ISO PSV", "PA RMS IS", "S", "immediate")
T("A Vietnamese boy (15) went missing from foster care in Kent for the third time, believed to have been collected by the same people who trafficked him, likely to a cannabis grow or a nail bar. Boy has been missing for 9 hours. Foster carer heard a car pull up outside at 0200. Child abduction warning notices being considered.",
  "AV", "", "C L", "immediate")
T("Benefit fraud: Romanian men in Derby had UC claims made in their names, the 'landlord' holds their bank cards and takes all the money, gives them £20 a week. They work on his building sites. DWP counter-fraud referred it to the police after noticing 14 claims linked to one phone number.",
  "WW AV", "NCW MBC", "C L")
T("Prison officer referral: Polish prisoner says before his arrest he was made to steal from supermarkets by the men he lived with, who beat him when he came back with too little. He is due for release in 6 weeks and is worried the same men will be waiting for him. Prison's SPOC has made an NRM referral.",
  "PSV", "PA", "C")
T("Woman (27) at refuge says her husband's family kept her in the house for four years, doing all cooking and cleaning for 9 people, she was not allowed out, beaten by mother-in-law, her documents 'with father in law'. She left when the police were called after a neighbour heard screaming. Children's services involved, Urdu interpreter used.",
  "RM PSV RD", "RMS DT", "D")
T("Welfare check on elderly male, 84, at Ashby Close, Grantham, requested by daughter. Male fine, well fed, house warm, carers attend twice daily. No concerns.",
  "", "", "")
T("Lover boy: 16-year-old girl in Derby in a 'relationship' with a 24-yr-old who's now asking her to 'help his friends'. She's been taken to parties in Nottingham and given vodka and pills. Mum found hotel key cards. Mum reported it to the school's DSL, who passed it to police. Man has a previous caution for child sexual offences.",
  "AV DEC PSV", "", "S", "high")
T("Tip from a taxi driver: regularly drives 2-3 young women from a flat in Sheffield to hotels, man in the front seat pays, the girls never speak, one had a black eye last week. Driver works for a firm in Attercliffe. He says the man always pays cash and asks for receipts not to be issued.",
  "PSV", "ET PA SFW", "S")
T("An elderly Gujarati lady is living in her son's garage in Wembley, she looks after the grandchildren all day and cooks for the family, they take her pension. She says she's happy to help family but looks very thin and has no winter coat.",
  "AV WW AC", "PA PLC NCW", "D")
T("Man, 60s, alcohol dependent, homeless, was taken in by a family in Swansea who have him laying tarmac with their firm. Paid in drink. When he tried to leave they found him and brought him back, beat him. Reported by his former partner who saw him in Port Talbot. Family known to police for rogue trading.",
  "AV WW RM PSV", "PA RMS", "L")
T("Report through Crimestoppers: Chinese men working in a takeaway in Wigan are all kept in the flat upstairs and taken to work down the back stairs. One said the boss owes money to snakeheads in Fujian for them. Takeaway is on Market St, Wigan. Information graded 3/C/P. Referred to GMP MSU and immigration enforcement.",
  "RM DB", "SW RMS", "L")
T("Caller says his cousin was taken to a clinic abroad by his employer and came back with a scar, employer said it was 'an operation for work'. Cousin won't talk about it, very scared. Unclear what happened. Caller lives in Blackburn, cousin lives in Burnley. Employer is a textile firm. Caller did not want to give the cousin's name.",
  "IT", "PA FA", "O")
T("Criminal exploitation: adult with autism being used by local dealers to hold drugs in his flat in Hartlepool (cuckooing). They have taken over the flat, he sleeps in the bath. Neighbour reported a lot of visitors at all hours. Social worker and neighbourhood team to visit together. Closure order being considered.",
  "AV AC", "PLC", "C")
T("Hospital social worker: patient (36, Eritrean) had a kidney removed in Egypt while on the migration route, was told it was a medical check. Now in the UK, on dialysis. Patient came to the UK via a small boat crossing in 2023. Asylum claim pending. Social worker asking whether an NRM referral is needed.",
  "DEC AV", "", "O")
T("Adverts for 'young Asian girls, new in town' linked to a flat in Ilford. Welfare visit - 2 women present, one says she came last week from Shenzhen for a 'restaurant job'. The agent has her passport and she doesn't know what she owes. INT 2/A/P.",
  "DEC RD DB", "DT", "S")
T("Student (21) from Brazil says she pays rent to a man who found her a cleaning job, he's now asking her to do 'massages' for his friends to cover the extra rent. She says no and has moved out. Safe, own passport. Wanted advice.",
  "", "", "")
T("INT 2/B/P. Vehicle registered to POI AHMED (Nasir) seen dropping off young females at addresses in Rotherham late at night. One female is 15 and known to CSC. Intelligence suggests she's being given cannabis and passed around. Car is a silver Vauxhall Insignia. Girl has been reported missing four times in the past month. Strategy meeting called for tomorrow.",
  "AV PSV", "ET", "S", "high")
T("Man found in a field outside Spalding with head injury, says the gangmaster hit him with a bottle and left him because he asked for his wages. He owes the gangmaster for his coach ticket. Found by a dog walker at 0700. Taken to Pilgrim Hospital. He is Bulgarian, in his forties, and does not want to go back to the house.",
  "PSV WW DB", "PA UF", "L")
T("Girl aged 17 working in a barber's in Peterborough, sleeps in the back room, the owner takes all her money, she's too scared to say anything to police because 'they'll take me to Vietnam'. Reported anonymously by a customer. Barber's on Lincoln Rd. Children's services and police to visit, Vietnamese interpreter requested.",
  "AV WW AC", "SW FA NCW", "L", "high")
T("Officer stopped a van on the M62, 9 men in the back, no seats. Driver says they're going to a construction job in Leeds. The men had no ID on them, the driver had a plastic bag full of their passports.",
  "RD AC", "DT", "L")
T("Rough sleeper in Chester told outreach that a man offers homeless people 'work' on driveways and pays them with a place to sleep in his shed and a few cigarettes. Outreach has seen him collecting 3 men at the bus station at 6am.",
  "AV WW AC", "CE PLC", "L")
T("County lines referral: 17-year-old girl reported missing from Luton, found in a flat in Bedford being used to hold drugs. Adult males present. She said she had been raped by one of them. She is known to Luton children's services. Adults arrested. ISVA referral made and NRM submitted by her social worker.",
  "AV PSV", "", "C S", "high")
T("Woman from Nigeria says her 'madam' performed a juju oath before she left Benin City and that if she disobeys or goes to police her family will die. She works in a flat in Dagenham, hands all money over. Referred by a Nigerian women's charity in Barking. She has been in the UK about 18 months and has no status.",
  "IT WW", "NCW FA", "S")
T("Young man (19) told his youth worker that his older cousin makes him drive cars full of cannabis from Manchester to Cumbria and says 'you know what happens to people who talk'. He isn't paid. Youth worker is with Manchester Youth Zone. He's asked for advice on whether to tell police. Young man reluctant but agreed to speak to an officer.",
  "IT WW", "", "C")
T("Domestic worker in Chelsea fled to Kalayaan. Overseas domestic worker visa. Employer paid her £100 a month although contract said £1,500. Not allowed to use the phone. Kept in the flat when the family went out. Says the employer's wife pinched and kicked her.",
  "WW ISO RM PSV DEC", "IS RMS", "D")
