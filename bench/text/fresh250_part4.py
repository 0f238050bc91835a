# fresh250 part 4: long-form reports and mixed intake, week 4
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Avon and Somerset Constabulary - Vulnerability Desk, Record of Concern.
Reporter: Duty manager, Sainsbury's, Winterstoke Road, Bristol.
Circumstances: For around two months the same man (white, 40s, Eastern European accent, driving a grey Ford Galaxy, index partially recorded as "KM15") has come into the store twice a week with four or five different men and women. He stands by the self-checkout and pays for their food with a selection of bank cards which he takes from an envelope. The workers do not speak, do not handle money and are made to wait by the door. Staff have heard him tell one of them "you eat what I say". On one occasion a young woman tried to speak to a cashier in Romanian and the man took her by the arm and walked her out. Staff say the workers wear the same clothes every visit, look tired, and one man had a bandaged hand. The store's CCTV has been retained for 31 days.
Officer assessment: possible labour exploitation with control of wages (multiple cards), speaking for workers, physical control. Intelligence submitted; referral to MSHT team for development; vehicle to be researched on ANPR.""",
  "WW RM", "MBC NCW SFW PA RMS", "L")

T("""Gloucester NPT: report of a "slave house" on Stroud Road, 9 Polish men. Visited. House is an HMO licensed for 10. All men interviewed separately; all employed directly by a logistics firm in Quedgeley with contracts and payslips, each has a tenancy with a letting agent. They do not share cars or cards; one man said he had worked there four years and just bought a car. No indicators. Neighbour was concerned about parking and rubbish.""")

T("""Account given by a 34-year-old Indian man to a Migrant Help adviser in Bristol, written up by the adviser:
He came to the UK in 2023 on a Skilled Worker visa sponsored by a care company in Somerset. He paid an agent in Kerala £12,000, borrowed from relatives against the family's land, after being promised full-time work at £11.50 an hour and accommodation. When he arrived he was placed in a three-bedroom house in Yeovil with eleven other care workers, two to a bed in shifts. He was given only 12 to 18 hours' work a week, while he had to pay £450 a month rent to the company's director. At other times he was required to work 16-hour days at two different homes with no overtime pay. The company told him that if he complained his certificate of sponsorship would be withdrawn and he would be deported, and that he would still have to repay the "training costs" of £4,000 written into his contract. His family in India are being pressed by the lender. He is frightened of losing the right to stay, and is now working extra hours for a second, unrelated employer without permission, which he is worried about. He keeps his own passport and BRP. Referred to GLAA and to legal advice.""",
  "DEC DB WW IT EO AV AC", "UF OA LH FA", "L")

T("""999: Neighbour saying there's a girl screaming "let me out" from the loft of the house opposite, Broadwalk, Knowle. Loud banging. Ongoing now.""",
  "RM", "RMS", "", "immediate")

T("""GLAA Brief of evidence summary (extract for police), Somerset.
The labour provider, trading as "Green Field Staffing", supplied between 40 and 60 workers per day to vegetable farms and a salad packhouse in the Cheddar and Axbridge area between March and October. Workers were recruited in Romania and Bulgaria through Facebook adverts promising "£500 weekly, accommodation and transport free". Each worker paid between €200 and €500 for the "placement". On arrival, workers were housed in eight properties in Weston-super-Mare and Highbridge, typically 10-14 to a house. Deductions from wages included rent (£80 per week), transport (£7 per day in the company's minibuses), a "PPE fee" (£40 one-off for boots and gloves), and an "admin fee" of £15 per week. Workers started at 05:30 and were returned to the houses between 19:00 and 21:00, six or seven days a week in peak season. Payslips were issued but net pay frequently fell below £100 per week. Some workers' wages were paid into accounts opened at a bank in Weston by the company's manager, who kept the cards and PINs. Seventeen workers said they had been told that if they left before the end of the season they would owe the company £1,000. Two workers report being pushed and slapped by a supervisor in the fields. None of the workers interviewed said their passports were taken.""",
  "DEC WW DB EO AC PSV", "UF OA CT CE PPE LH NCW MBC", "L")

T("""Bath: shoplifting at Boots, female 30s, local, drug user. Charged. Said she steals to fund her own habit, no one else involved.""")

T("""pls can u check on the lady at 42 the crescent in cinderford she is a cleaner for them and they shout at her all day and she is always crying. i dont think she gets paid. she sleeps on the settee. she is from somewhere abroad""",
  "WW AC", "SW", "D")

T("""MASH research note, Gloucestershire: S, 15, female, LAC. Two episodes missing this month, one found in a hotel in Swindon with two adult males not known to her carers. Phone contains messages from "Jay" offering a "party" and "you owe me for the weed and the hotel". Disclosed to carer that she had sex with "Jay's mate" because "Jay said I had to, to pay". Police investigation underway; strategy meeting today.""",
  "AV DB PSV", "", "S", "high")

T("""Somerset Rural Affairs Officer: visit to a dairy farm near Shepton Mallet following an anonymous call. Two workers from Zimbabwe employed on seasonal visas. Living in a farm cottage, own rooms. Paid weekly by BACS into own accounts, own passports. They work early starts for milking, 48 hours a week with two days off, and said they were happy. One said a "recruiter" in Harare had asked for money, but he refused and applied directly to the farm. No indicators.""")

T("""Public call: "Theres a blue van outside Lidl in Kingswood every morning at 5.30 and loads of men get in, same every day." Caller asked if it's suspicious. Nothing further known.""",
  "", "CE", "")

T("""Bristol CID - Interview summary. Suspect: KOLA, Arjan (dob 14/02/1992).
In interview KOLA admitted that he operated three cannabis grows in Bristol (Stockwood, Hartcliffe and Hengrove) and that he "employed" young Albanian men as "gardeners". He stated that the gardeners were paid £1,000 per month "when the crop sold", that they were free to go out and that they had their own phones. He denied taking any documents. Prosecution evidence disputes this: two of the gardeners (victims 1 and 2) say they were locked in from the outside, their phones were taken on arrival, they were never paid and were told they owed €10,000 for the journey. Victim 1 has a scar on his forearm from a knife, which he says KOLA caused after a crop failed. A third gardener (victim 3) corroborates the locking in and says KOLA said his family's house in Albania would be burnt. Victims 1-3 have positive Reasonable Grounds decisions.""",
  "RM ISO WW DB PSV IT AV", "RMS IS UF PA", "C")

T("""Cheltenham: Concern raised by a charity shop volunteer that a young woman comes in with an older man who chooses all her clothes and pays, and she never speaks. Officer located the couple: married, she is deaf and uses BSL; her husband signs with her. She was spoken to with a BSL interpreter alone and said she is happy and independent. No concerns.""")

T("""Extract from ABE interview summary, child victim (12), Gloucester.
L says her "auntie" (a family friend, not a relative) brought her from Nigeria two years ago "to go to school in England". She has never been enrolled. She cooks, cleans, does the washing and looks after auntie's three children from 5am, and sleeps on the floor in the children's room. She is not allowed out except to take the children to school and is told that if she talks to anyone she'll be put in prison because she has no papers. Auntie hits her with a cable when the work is not done. L has marks on her back. Auntie has her birth certificate and the passport she travelled on. Police protection powers used; L placed in foster care.""",
  "AV DEC AC EO RM IT PSV RD", "SW LH RMS FA PA DT", "D", "high")

T("""Hi, I'm a farmer near Somerton. We use a licensed gangmaster for our daffodil pickers. One of the pickers asked me for a lift to the station because she wanted to go home early, and I'm worried the gangmaster might not let her go or keep her wages. I've no evidence he would, he's always seemed fine, just asking what I should do if he does.""")

T("""Weston-super-Mare. Intelligence, grading 3/B/P: Young males (16-18) are being brought from Birmingham to a flat on Clarence Road North, Weston to sell crack and heroin. They stay in the flat for up to a week, sleep on the floor, and are told they "owe" for the food and the travel. Local drug users report the boys look dirty and hungry. One boy was seen with a black eye. Flat belongs to a vulnerable female who has been cuckooed.""",
  "AV DB AC", "PA PLC", "C", "high")

T("""Call handler log: Male caller says his Romanian girlfriend's "manager" at the Bristol massage parlour won't give her passport back and says she owes £1,500 for "the advert and the room". She is there now and doesn't want to be. Caller in Cardiff.""",
  "RD DB", "DT UF", "S")

T("""Partner agency note (Bristol Refugee Rights): An Eritrean client with refugee status works at a Bristol bakery through an agency, nights, 40 hours. He says he's happy, paid properly into his own account, and he came in only for help with a housing form. Recorded for completeness: no exploitation.""")

T("""Statement of a Slovak woman, 44, to Gloucestershire Police, through interpreter (extract):
"My husband's cousin, Marek, said there was work in a laundry in Gloucester. I came with my husband and our son who is 17. Marek met us at Victoria coach station in London and drove us to a house in Gloucester. He took our ID cards 'to register us at the agency'. The next day we started at the laundry. We worked 12 hours, sometimes 14. Marek collected us in his car at 5:30 and took us back at 8. Our wages went to a bank account that Marek opened. He gave us £50 a week each to buy food, and said the rest paid for the house, the car and the 'registration'. Our son was made to work too, and at the weekends he was taken by Marek's friends to a car wash in Cheltenham. When my husband asked for our ID cards back, Marek said we owed him £3,000 and that if we went to the police, he would tell them our son was selling drugs. I did not know anyone in Gloucester. We lived with two other families in the house, 12 people. In October my son ran away and went to the police station." """,
  "DEC RD EO WW DB IT ISO AV", "DT LH CE NCW OA ET IS", "L")

T("""Bristol 101: a man complaining that a restaurant "keeps staff tips". Employment dispute; ACAS advised.""")

T("""Avon and Somerset MSHT team - research summary on "lover boy" method in Bristol.
Case example 2: A, 16, British, met a 22-year-old man through a friend. He bought her gifts, took her for meals and told her he loved her. After two months he said he was in debt to dangerous people and that she had to help him by "being nice" to his friends. He took her to flats in Bristol and Bath where she was made to have sex with men. He kept her phone during these visits. She believed he loved her and felt responsible for his debt. He was charged with offences under the Modern Slavery Act and the Sexual Offences Act. A now lives with family out of the area and is supported by a specialist CSE service. Practitioners should note that she did not see herself as a victim for many months.""",
  "AV DEC PSV ISO", "IS", "S", "high")

T("""Yeovil: neighbour reports a woman in her 60s who has a lodger and "makes him do everything". Visited: lodger, 35, British, rents a room for £400 a month, helps in the garden in exchange for a reduction, and can leave. He laughed. No concerns.""")

T("""Anonymous email to Crimestoppers (received 11/11): "There is a nail bar on Southgate St Gloucester where the girls are living in the back of the shop. I went in for my nails and the girl doing them had a cough and looked ill, she told me she had been there a year and didn't know where Gloucester was on the map. She said she had to pay the owner back for bringing her. The owner came over and told her to stop talking. Please check on them" """,
  "DB ISO AC", "SW IS UF PA", "L")

T("""A&S Bath CID - OIC update, Op ROSEWOOD: Confirmed through financial investigation that the suspect controlled 23 bank accounts in the names of Romanian workers employed at hotels in Bath, with all wages paid in and then transferred to accounts in Romania in the suspect's name within hours. Workers interviewed consistently describe receiving £20-£40 a week in cash. Charging file submitted for s.1 and s.2 MSA offences and money laundering.""",
  "WW", "NCW MBC", "L")

T("""Concern for welfare, Bridgwater. Reporter (RSPCA inspector) visited a farm for an animal welfare check and found a man sleeping in a horsebox with no bedding, living on bread. He said he worked for the farmer for his keep and "a bit of money" and had done for 15 years, that he couldn't read and had nowhere else to go. Farmer said the man was "like family". Referral to adult social care and police.""",
  "AV WW AC", "PLC SW PA", "L")

T("""Glos: Report of child labour at a market stall. Officer found 14-year-old helping his dad on a Saturday at Gloucester Quays market for 3 hours, paid pocket money. No concerns.""")

T("""Record of NRM referral (adult, consented) by Avon and Somerset Police:
Potential victim: Mr N, 27, Vietnamese. Located at a nail bar in Weston-super-Mare during a joint visit with Immigration Enforcement. Mr N initially gave coached answers ("I am the owner's nephew, I am just visiting, I do not work here") and repeatedly looked towards the owner. Spoken to separately with an interpreter at the police station, he said that he arrived in the UK 8 months ago hidden in a lorry, that a man in Vietnam arranged the journey for $25,000 which his family borrowed, and that the debt is being repaid by his work at the nail bar. He works 10am to 8pm six days a week and cleans the shop on Sundays. He sleeps on a mattress in the storeroom. He said he receives no wages and does not know how much of the debt remains. He said the owner has never hit him but the "men in Vietnam" phone his parents to remind them of the debt. His phone has only the owner's number saved.""",
  "AV DB WW EO AC IT", "FA UF LH SW", "L")

T("""Bristol 101: Drunk man urinating in a doorway on Corn St. Words of advice.""")

T("""Partner referral (Bristol Drugs Project): client M, 31, has been letting a group of men from Birmingham use his flat in Hartcliffe to deal from, in exchange for heroin. Last night he tried to stop them and they broke his wrist. They now have his keys and won't let him leave alone. He's frightened to go home.""",
  "AV PSV RM", "PA RMS FA", "C")

T("""Call from Cheltenham Ladies' College bursar re: a domestic worker employed by a visiting overseas family staying in a rented house in Cheltenham. The family's other staff told a school employee the worker's passport is held by the family's head of staff and she hasn't had a day off since arriving three months ago. The family leave the UK next week.""",
  "RD EO", "DT LH", "D")

T("""Gloucester: A man was found at 3am walking barefoot along the A38 near Twigworth. He was disoriented and spoke only Arabic. Through Language Line he said he had been working at a car wash and sleeping there, the owner beat him and he ran. He has a swollen eye and cuts to his feet. He did not know what town he was in.""",
  "PSV AC ISO", "SW PA IS", "L")

T("""Case note (Somerset Council Adult Social Care): Ms B, 49, learning disability, supported living in Taunton. Staff noticed that she has been giving her benefits to a "friend" who takes her to his house to clean it every weekend and makes her do his washing. She says she "has to" or he won't be her friend. No violence or threats reported. Safeguarding enquiry opened.""",
  "AV WW", "NCW", "D")

T("""Avon and Somerset. Concern from an NHS dentist in Bristol: a patient (Vietnamese, 20s, female) came in with severe dental pain, accompanied by a man who paid in cash and refused to leave the room. The patient didn't know her address or date of birth and had no GP. Dentist could not speak to her alone.""",
  "ISO", "SFW IS", "")

T("""Police officer note, Taunton: A man reported that his wife's employer in a care home is "exploiting her" because they expect her to do 12-hour shifts. Spoke to wife: she chooses the 12-hour shifts (3 a week), has a contract, is paid into her account, and wanted to make clear she is not exploited. Husband advised.""")

T("""INT 3/C/P: Female known as "MAMA JOY" in Gloucester is believed to be bringing young Nigerian women to the UK with promises of hairdressing work. They are subjected to a juju ritual before leaving Nigeria and made to swear they will repay a debt of £40,000. In the UK they are put to work in sex work in Gloucester and Cheltenham and are frightened the oath will kill them or their families if they go to police.""",
  "DEC DB IT AV", "UF FA", "S")

T("""Message passed on from a Bath hotel's HR department: "One of our housekeepers, employed via an agency, told a supervisor that the agency charges her £15 a week for the minibus to work and £30 for her uniform, and that she has to give her bank card to the agency 'team leader' who 'pays the bills'. She lives in a house the agency owns with 9 others." """,
  "WW", "CT PPE NCW OA", "L")

T("""Bristol. Attended report of an argument at a shared house in Eastville. Tenants arguing about a missing phone. Found later in the sofa. NFA.""")

T("""Extract, NRM referral narrative, Gloucestershire Police (male, Albanian, 22):
"He was recruited in Albania by a man who offered him a job in a barber's shop in London with a salary of £2,000 a month. He paid €3,000 toward the crossing and was told he would pay the rest from his earnings. After crossing in a small boat he was taken by car to a house in Gloucester, where his phone was taken and replaced with one that only had the number of the 'boss'. He was made to work in a cannabis grow in the loft, tending plants and sleeping in a room next to the grow. He was never allowed out; food was delivered weekly. The door was locked and the windows screwed shut. He was told if he escaped his sister in Albania would be 'taken'. After four months the property was raided. He initially told officers he was the tenant, as he had been instructed." """,
  "DEC DB ISO RM IT AC AV", "UF IS RMS SW FA", "C")

T("""MOP: the man in the flat upstairs has two girls who go out every evening in a taxi that he books and come back at 6 in the morning. He counts money on the landing. I think they are working for him. Weston, Walliscote Rd.""",
  "WW", "NCW ET CE", "S")

T("""Somerset NPT - Welfare check on an elderly man in Frome who told his GP his son "works me like a dog" on the smallholding. Visited: man is 74, lives with his son who runs the smallholding; he enjoys helping with the hens and was joking. Has own pension, goes to the pub, no concerns.""")

T("""Bristol: young male (Kurdish, 19) came into Trinity Road police station saying he wants to report his boss at a car wash in Warmley. Through interpreter: he works 8am-8pm every day for £30 a day, lives in a room above the car wash with 5 others and pays £50 a week rent. He says his boss hasn't threatened him and he has his own ID, but he hasn't been paid for the last month and the boss says "next week". He wants his money and to leave.""",
  "WW EO", "LH OA SW", "L")

T("""Gloucestershire Police: cannabis grow discovered at a farm outbuilding in the Forest of Dean. No occupants present. Investigation into the landowner. No potential victims identified.""")

T("""Hi, I'm a teacher in Bridgwater. One of my Year 7 pupils said her older brother (17) "works for a man in a car" and has to go to Exeter and Plymouth and sometimes doesn't come home for days. She said he came back last week with his face cut and said if he stops they'll hurt their mum.""",
  "AV IT", "PA", "C", "high")

T("""Avon and Somerset - Force Control Room log, 21:44. Caller (female, 30s, Bulgarian accent) says she is at a house on Ashley Road, St Pauls, with three other women; a man has locked the front door and taken their phones. She has borrowed a phone from a neighbour through the window. She says the man is drunk and has hit one of the women and said none of them will leave tonight. Units dispatched, graded immediate.""",
  "RM ISO PSV IT", "RMS IS", "", "immediate")

T("""Cheltenham NPT: young man reported "chained to a bike rack" turned out to be a student prank. No offences.""")

T("""Extract, GLAA interview with a fish processing worker, Brixham (Devon) who previously worked in Somerset for the same gangmaster:
"In Somerset we lived in a caravan park near Bridgwater. Eight men in a caravan for four. No hot water. The gangmaster took £100 from every pay for the caravan and £20 for the van. He bought us boots and said £50. In winter we slept in our clothes. He said if anyone talks to inspectors he will make sure we never work in England again and tell the police we are thieves." He now works for a different, licensed employer in Devon and is willing to give a statement. GLAA have identified the caravan park and will visit with police.""",
  "AC WW IT", "OA PLC CT PPE FA", "L")

T("""Email to Bath police enquiry office: My neighbour is a surgeon at the RUH and works very long hours, sometimes all night. Her husband says she's "a slave to that hospital" - I'm only joking of course, just wanted to ask about parking permits.""")
