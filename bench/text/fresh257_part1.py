# fresh257 part 1: Essex intelligence logs, calls and referrals
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Hand car wash, London Road, Southend SS1. Source states approx 6 Albanian males working 0800-2000 7 days a week, paid £30 p/d cash by the boss KOÇI who takes £10 back for 'food'. Workers sleep in a portacabin at the back of the site.",
  "WW AC EO", "LH SW", "L")
T("Caller reports a woman screaming in the flat above, sounds like a domestic, no mention of anyone being kept there. Units attended, verbal argument between partners, both spoken to, words of advice.", "", "", "")
T("Nail bar on the High St in Basildon, girl looks about 15 dont speak english, there all hours, never seen her go home, the man who brings her in the morning does all the talking",
  "AV EO", "SFW LH", "L", "high")
T("Referral from Salvation Army. Client (Romanian, 34) recruited via Facebook for warehouse work in Harlow, promised £11.44 ph and shared room. On arrival 9 men in a 3 bed house in Old Harlow, wages paid into a Monzo account opened by the recruiter who kept the card. Client received £50 per week 'pocket money'. He was told he owed £800 for the flight and the room and this grew every week. Exited after a colleague gave him the MSHL number.",
  "DEC WW DB AC", "OA NCW UF", "L")
T("Welfare check at an HMO in Luton LU1. Landlord has 7 tenants, all with individual tenancy agreements, own keys, rooms clean and licensed by the council. All tenants spoken to, work at the airport and a distribution centre, no concerns.", "", "", "")
T("INT 3/B/P. POI Dritan HOXHA believed to be running a cannabis grow at 14 Lichfield Terrace, Upminster. Subject seen dropping off food to the address. Source believes a Vietnamese male is kept inside to tend the plants, doors padlocked from outside, windows boarded.",
  "RM ISO", "RMS IS", "C")
T("Stansted Border Force: two females (Brazilian, 19 and 22) arrived on flight from Lisbon, travel booked and paid by a third party, both had the same rehearsed story about visiting a 'friend' in Luton. Phones contained adverts for escort work already posted with their photos. Man who met them at arrivals left when officers approached.",
  "", "FA", "S")
T("Nurse at Broomfield Hospital reported by neighbour for 'never being home and being picked up at odd hours'. Spoke to her: she works 12 hour shifts by choice and takes extra bank shifts to save for a house. Drives herself. No concerns.", "", "", "")
T("they are keeping a lad in the shed at the back of 22 cant remember the road its off Rayleigh Road Eastwood, hes there all night in the cold, they shout at him, i seen the big one hit him with a broom yesterday",
  "PSV AC RM", "PA PLC RMS", "", None)
T("Call handler log 0312: male caller, broken English, says 'I am in house, door locked, man take my passport, I cannot go out'. Caller could not give address, believed Chelmsford area. Line disconnected. Cell site requested.",
  "RM RD ISO", "RMS DT IS", "L", "immediate")
T("Licensing visit to the Red Lion, Hatfield Heath. Staff rota checked, all on contracts, paid via payroll, right to work checks on file. One bar manager working 50 hours during a staff shortage, paid overtime. Satisfactory.", "", "", "")
T("Case note. V (Polish male, 51, alcohol dependent) was approached outside a soup kitchen in Watford by a man offering 'roofing work and a bed'. V was given cider every morning and driven to jobs in a white Transit, worked 7am until dark, never paid as the 'gaffer' said his money went on the drink and his room. V sleeps in a caravan on a site near Kings Langley with no heating. When he asked to leave he was told he'd 'end up in the canal'.",
  "AV DEC WW AC EO IT", "CE LH PLC NCW", "L")
T("IP states she came to the UK from Nigeria aged 17 to 'study and help with the children' for a family in Westcliff. She was never enrolled in college. She cooked, cleaned and looked after 3 kids from 6am until midnight, slept on the kitchen floor, got no money. Madam kept her passport 'safe'. She was not allowed out except to the school gate.",
  "AV DEC EO AC WW RD RM", "LH SW DT RMS", "D", "high")
T("Shoplifting, Harlow Water Gardens. Female 28 detained stealing meat, admits she sells it on to fund her own heroin use. No suggestion anyone is directing her. Charged.", "", "", "")
T("INT 2/A/P. County line 'DEXY' running from Tottenham into Basildon and Pitsea. Nominal ADEYEMI (17) seen at Pitsea station being collected by an older male. Source states ADEYEMI owes the line £1,200 after being 'robbed' of a package and is being made to work it off, he has been slapped and told his mum's address is known.",
  "AV DB PSV IT", "", "C", "high")
T("Farm near Great Dunmow. GLAA officers spoke to 40 pickers. All recruited via a licensed gangmaster, contracts in own language, paid weekly into own bank accounts, accommodation in caravans is clean, £65 p/w rent which is within the offset. Workers said they could leave any time. No issues identified.", "", "", "")
T("Anon crimestoppers: 'there are like 12 people living in number 7 Cobbins Chase Harlow mattresses everywhere, a minibus comes at 5am and brings them back gone 9, they all look knackered'",
  "EO", "OA CE PA LH", "L")
T("Translated account (Vietnamese): I paid £18,000 to come to England, my family borrowed from a money lender. Here they put me in a house to water the plants. I could not go out, they bring me rice only. They said if I run away my family in Nghe An will pay with their lives. I do not know which town I was in.",
  "DB RM IT ISO AC", "UF RMS IS", "C", "high")
T("Door staff at a Southend nightclub say a man comes most weekends with 3 or 4 young Eastern European women, pays for their drinks, holds all their phones in a bag and takes them off in a taxi to a hotel near the airport. One girl said quietly that 'he keeps everything, even our money'.",
  "ISO WW", "NCW IS", "S")
T("RTC on the A127 at Rayleigh Weir, Ford Transit v Corsa. Transit contained 8 male workers on the way to a building site, all with CSCS cards and employed by a known contractor. Minor injuries, no concerns about the workers.", "", "", "")
T("Neighbour concern: elderly man in Frinton living with a 'carer' who moved in 6 months ago. Carer now controls his pension and bank cards, has stopped his daughter visiting and took his phone. He looks thin. ASC referral.",
  "AV WW ISO", "NCW PA IS", "", None)
T("Stop check, M11 J8, Vauxhall Vivaro KN19 OPL. Driver GRIGORE and 6 male passengers. Driver had 11 bank cards in different names in the door pocket. Passengers said they work at a packing factory in Bishop's Stortford and pay the driver £10 a day each for the lift. None of them could say what they earn.",
  "WW", "MBC CT NCW", "L")
T("Student from Hong Kong at University of Essex reported losing her BRP. She later found it in her desk drawer in halls. Keeps her own passport. Report closed.", "", "", "")
T("INT 3/C/P. Massage parlour above a takeaway on Hamlet Court Road, Westcliff. Punters reviewing online say the 'girls are new every week and barely speak English', one reviewer says a girl had bruises on her arms. Website lists 'Thai girls 24/7'.",
  "", "PA", "S")
T("I work in the kitchen of a restaurant in Chelmsford. My boss is my uncle's friend. I work 14 hours, 6 days, he gives me £150 a week when he remembers. I sleep in the storeroom above. He says I am illegal and if I complain he calls immigration.",
  "WW EO AC IT AV", "LH SW FA", "L")
T("Concern raised by a school in Luton: Y9 pupil (14) missing from school 4 times this month, new expensive trainers, two phones, seen getting into cars with older males outside the gates. Mum says he stays out overnight and came home with a cut lip he won't explain.",
  "AV", "PA", "C", "high")
T("Parent called to say daughter (15) missing since last night, she has been talking to a 24yo man called 'Zed' online who she says is her boyfriend and who has been giving her vodka and weed. She's texted a friend to say she's at a party in Dunstable and 'doesn't know whose house it is'. Phone now off.",
  "AV DEC PSV ISO", "IS", "S", "immediate")
T("Hertfordshire trading standards visit to a car wash on the St Albans Road, Watford. Workers paid minimum wage via payroll, have PPE and a rest room. Owner showed tenancy agreements for the flat above which two staff rent at market rate. No exploitation concerns.", "", "", "")
T("IP (Eritrean, 26) said the agent in Libya sold her on. In the UK she was told she owed £5,000 and must 'work for men' in a flat in Luton to pay it. She was never given any money, the man said it went on the debt. She wasn't beaten but was told her little sister would be brought over to do the same if she stopped.",
  "DB WW IT", "NCW", "S")
T("Debrief: subject says he was a chef in Colchester, the job was real, wages paid on time, he left because he found a better offer in London. He was asked whether anyone held his documents or threatened him and said no. No NRM.", "", "", "")
T("Call 1145, caller at Tesco Pitsea: man outside asking shoppers for money, another male drops him off in a silver BMW each morning and collects the money at lunch. Beggar has a bad leg and no shoes.",
  "AV WW", "CE PA", "C")
T("Report from a GP surgery in Grays: patient came in with a woman who did all the talking and translated. Patient had healed burns on her hands she said came from 'cooking'. She has no NHS number and didn't know her address. Practice manager uneasy.",
  "ISO", "SFW PA IS", "")
T("INT 2/B/P. POI Florin DUMITRU collects around 30 Romanian workers' wages from an employment agency in Tilbury each Friday. Source reports DUMITRU holds their bank cards and PINs in a shoebox at his address in Chafford Hundred and hands each worker £100. Workers live 4 to a room in two houses he rents.",
  "WW", "NCW MBC OA", "L")
T("Ring doorbell footage of a man loading ladders onto a van at 6am, neighbour worried he's 'modern slavery'. Checked: sole trader roofer, it's his own van and business. NFA.", "", "", "")
T("V states: 'He said I could not leave the house without him. He walked me to the shop and stood by me. He took my phone so I couldn't call my mum in Albania. He said I was his girlfriend but then he made me sleep with his friends for money.'",
  "RM ISO DEC PSV", "RMS ET IS", "S")
T("Essex Police Marine Unit and Border Force stopped a RHIB off Canvey Island. 14 people on board, hypothermic, no life jackets. Two said they paid £3,000 each to a man in Calais. Clandestine entry; no indication of onward exploitation at this time.",
  "", "UF PA", "")
T("Anon letter to Harlow police station: 'the lorry park at the back of the Pinnacles has men sleeping in the trailers, they work loading for a company and are not allowed to go, the boss has there passports I seen him with a pile of them'",
  "RD RM AC", "DT RMS SW", "L")
T("Bedfordshire Police, Op Aidant week of action at Luton. 12 brothels visited, 19 women spoken to. In 2 addresses women stated they were free to work, keep their own money and advertise themselves. At 1 address in Bury Park a woman said a 'boss' posts her adverts, books clients and takes 70%.",
  "WW", "", "S")
T("Referral, Harlow Council housing: tenant reports her ex-partner rents her flat out by the day and has been keeping a young Romanian woman there who 'never goes out', men come and go all night, the girl has a black eye.",
  "PSV RM", "PA RMS", "S")
T("Chelmsford Crown Court update, R v OSEI. Defendant convicted of fraud by false representation; no trafficking element raised by either side. Sentence 3 years.", "", "", "")
T("Caller in Southend says her son (16) has been 'taken' to Margate by older boys to sell drugs, he rang her crying saying he can't come home until he's sold everything, they've got his phone and they hit him. She is with him on the phone now, he says they are in a flat on Northdown Road.",
  "AV RM ISO PSV", "RMS IS", "C", "immediate")
T("Benign: large family in Watford, 3 generations in a 4 bed house, grandma cooks and minds the kids, everyone works and contributes. Referral from a nosy neighbour who thought grandma was 'a servant'. Grandma laughed. NFA.", "", "", "")
T("Vietnamese national (m, approx 17) found in the loft of a property in Leigh-on-Sea during a cannabis warrant. 300 plants. Hot, no window, a mattress and a bucket. He says he doesn't know what town he is in and has been there 'since winter'.",
  "AV AC ISO", "SW PLC IS", "C", "high")
T("IP worked at a meat processing plant near Stansted through an agency. He was charged £40 for his boots and apron, £25 p/w for the minibus, £90 p/w for a bed. Some weeks his payslip was £12. The agency man said he could leave whenever but he had nowhere to go.",
  "WW", "PPE CT OA", "L")
T("Lorry driver at Harwich reports he found 3 men in the back of his trailer. They said they had paid a man in Belgium and didn't know where they were going. Border Force dealing.", "", "UF", "")
T("DWP fraud team: 18 UC claims opened from one address in Luton LU4, same mobile number on 9 of them, all paid into accounts controlled by one man. Claimants are Slovak and seem not to know they are claiming. Suspected benefit fraud with exploitation of the claimants.",
  "WW", "NCW MBC", "C")
T("Female, 40s, attended Basildon custody front counter to say she was worried her Bulgarian lodger works too much at a bakery. Lodger spoken to: works 45 hours, paid properly, likes the job, holds own passport. No concerns.", "", "", "")
