E = [
("Boy about 12 selling weed in the park for older lads on a moped.", "AV", "", "C", "h"),
("Girl 14 missing again, last seen getting into grey BMW with man in his 30s.", "AV", "", "S", "i"),
("Found £900 and two burner phones in my 15 year olds school bag.", "AV", "", "C", "h"),
("15yo says boyfriend (26) keeps her bank card and makes her 'see' his mates.", "AV WW", "ncw", "S", "h"),
("Lad (14) at car wash every school day, sleeps in the shed out back.", "AV", "swp", "L", "h"),
("Passports of all six car wash workers kept in the owner's office safe.", "RD", "dt", "L", "m"),
("Maid not allowed past the front gate, madam keeps the only key.", "RM", "rmv", "D", "m"),
("Workers get £20 a week pocket money, rest 'sent home' by the boss.", "WW", "ncw", "L", "m"),
("He owes £12,000 for the boat and it goes up every week.", "DB", "", "", "m"),
("Kitchen porter told 'we know where your mum lives in Tirana'.", "IT", "", "L", "m"),
("Nail bar girls only ever go out with Ion, never alone.", "RM", "rmv et", "L", "m"),
("Told it was a modelling job in London, it was a brothel.", "DE", "", "S", "h"),
("INT 2/B/P: Juv (15) running for 'Tizzy' line, plugged, Grimsby.", "AV", "", "C", "h"),
("Son (16) got a job at Nando's, 15 hrs a week, loves it.", "", "", "", "l"),
("Teen daughter's boyfriend is 17, same sixth form, nice lad.", "", "", "", "l"),
("Student lost her passport at Gatwick, embassy issuing replacement.", "", "", "", "l"),
("Kid ran away after row with mum, found at gran's, fine.", "", "", "", "l"),
("Car wash pays £12 an hour, workers have contracts and a day off.", "", "", "", "l"),
("Noise complaint: teenagers playing football against garage door late evening.", "", "", "", "l"),
("Dad donating a kidney to his daughter at Guy's next week.", "", "", "", "l"),
("Family of six living in a two-bed, waiting on council transfer.", "", "", "", "l"),
("Worker hurt hand on packing machine, employer reported to HSE, sick pay paid.", "", "", "", "l"),
("12 Romanian men in a 3 bed house the gangmaster rents them, £70 each a week.", "AC", "oa", "L", "m"),
("Same man uses eight cards at the Co-op cashpoint every Friday night.", "", "mbc", "", "l"),
("Boss takes our phones at 8am and gives back at 10pm.", "IS", "iso", "L", "m"),
("Girl in the flat above cries at night, door bolted from outside.", "RM", "rmv", "", "i"),
("She says she's free to leave whenever and keeps her own money.", "", "", "", "l"),
("No sign of anyone being held against their will at the address.", "", "", "", "l"),
("Pupil (13) has £400 trainers and a Rolex, says 'a friend' bought them.", "AV", "", "", "h"),
("Care leaver 17 moved into older man's flat, now 'doing jobs' for him.", "AV", "", "C", "h"),
("Ukrainian au pair has own room, weekends off, paid as agreed.", "", "", "", "l"),
("Agency paid one week's wages late due to payroll error, fixed next week.", "", "", "", "l"),
("""OFFICIAL-SENSITIVE - Intelligence report, Op KESTREL

Source: 2/B/C (do not disclose to partner agencies without DS approval).

INT suggests an OCG led by nom MEHMETI, Besnik (DOB 11/07/1985) is running cannabis grows at three addresses in Medway: 4 Rosebank Drive, 27 Chalk Hill and a unit on the Canal Road trading estate. Each grow is 'gardened' by a young Albanian or Vietnamese male believed to be 16-18, brought via lorry from Belgium.

The gardeners are dropped off with a bag of food and a phone that only calls one number. They do not know the town they are in. Doors are screwed shut from outside with a hasp, and one of MEHMETI's associates (nom 'Kujtim', no surname) visits every three days to bring rice and check the plants. If plants die, the gardener is told the loss is added to what he owes - source heard a figure of £18,000 mentioned.

Source also states MEHMETI's brother-in-law, a taxi driver, is NOT believed to be involved and only drives family members to the airport.

MEHMETI was seen showing one gardener a video on his phone of a man being beaten with a hammer, saying 'this is the boy who ran'.

Recommend: warrants, NRM first-responder at each address, interpreters (Albanian/Vietnamese), local authority notified re possible children.""", "AV RM IS DB IT AC", "rmv iso plc", "C", "h"),
("""Referral to children's social care from Harbour Primary School

Child: Sofia (10). Siblings: Luca (13) at Bay Academy.

Background: The family arrived from Romania eleven months ago and live with another family in a three-bedroom flat - 14 people in total, confirmed by the housing officer. The landlord is the father of the other family; the family says the rent is fair and they chose the flat. Both children are clean, well fed, attend school, and mum collects Sofia every day.

Concern raised: Luca has been seen on three weekday mornings outside Aldi in the town centre with a cup, begging. Sofia told her teacher that 'Uncle Gheorghe takes Luca to work in the car' and that 'Luca has to give Uncle the money or he gets shouted at and doesn't get dinner'. She says Uncle Gheorghe is not her real uncle; he lives in the other family.

Sofia herself says she is happy at school and has not been asked to go. Mum says she did not know about the begging and cried when told.

We ask for a strategy discussion about Luca.""", "AV WW", "oa et ncw", "C", "h"),
("""Victim debrief - interpreter's account (Tigrinya)

She says her name is Selam and that she is 17. She left Eritrea at 15 with her cousin. She says in Sudan a man offered them jobs in a restaurant in Khartoum and paid their bus. She says when they arrived he took them to a house and told them the bus, the food and the 'papers' cost $2,000 each and they must work for his wife. She says she cleaned and cooked for the family of nine and looked after the old grandmother at night too, so she slept only a few hours.

She says the wife took her ID 'to register her' and never gave it back. She says she was not paid for eleven months. She says once when a plate broke the husband hit her across the face and she lost hearing in one ear for a week.

She says her cousin ran away and she does not know where she is. She says she escaped when the family went to a wedding, and later crossed to Libya and Italy. She says in the UK she has not been asked to work and now lives with a foster family in Coventry, goes to college and is safe.

She asks if someone can help her find her cousin.""", "AV DE DB EO RD WW PV", "lh dt ncw", "D", "h"),
("""Witness statement (extract), Mr P. Harding, driving instructor

I have taught the girl I know as 'Lena' for about ten lessons. She is 17 and from Poland. She pays for her lessons herself from her job at a coffee shop, which she says she enjoys. She lives with her mum and her mum's partner.

I am making this statement because another pupil of mine, who I will not name here, told me that 'Lena was being sold'. I do not believe this is true. Lena has always turned up on her own, has her own provisional licence and phone, talks about her college course and her friends, and has never seemed frightened. I have met her mother several times and they seem close.

I asked Lena directly whether anyone was making her do anything she did not want to do, as the police officer suggested I might. She laughed and said no and that the other pupil was an ex-friend who had fallen out with her over a boy.

I have nothing further to add.""", "", "", "", "l"),
("""Handover note - nights to earlies - 04:50

1) Missing: Jayden CLARKE (14) located 02:30 at Birmingham New Street by BTP, returned to carer. No injuries, says he went to see a concert and missed the last train. Carer happy. Return interview booked. No exploitation concerns at this time.

2) Domestic at 41 Vale Rd - male arrested for assault on partner. Kids (5 and 8) with grandma. DASH done.

3) Concern for welfare - 17 Pike St: neighbour reports a young Vietnamese-looking lad, possibly 15, seen through the window of the end terrace which has had its windows foiled. Smell of cannabis. Attended 03:40, no answer, heat signature via drone in loft. Lad seen at window and appears thin. Door has external padlock. Warrant being sought; officers on scene guarding. Treat as potential trafficked child locked inside NOW.

4) Nothing else of note.""", "AV RM AC", "rmv pa", "C", "i"),
("""Safeguarding supervision notes - Youth Justice

Young person: Kai (16). Order: 12-month referral order for possession with intent to supply (class A).

Kai has opened up more in the last three sessions. He described how, aged 14, he was approached at the skate park by a man he calls 'Skeng'. Skeng gave him a free pair of Air Max and took him for food. A month later Skeng told Kai that the trainers 'weren't free' and he owed £250. Kai was asked to drop 'food' (drugs) to addresses on the estate.

Kai says the debt was never cleared: every time he was short or 'got robbed' (he now suspects the robberies were set up) the amount went up. At the peak he was told he owed £4,000. He stopped going to school. He says he was taken to Ipswich and kept in a flat for a week, sleeping on the floor, and only allowed out with an older boy.

Kai says the man sent a photograph of Kai's little sister at her school gate. Since then Kai has not told police anything.

Kai's mum is supportive. His football coach is described by Kai as 'the only adult I trust apart from mum' and is not involved in any concern.

Actions: NRM referral (first responder: YOT manager), liaise with police CCE team, consider s45 defence at any further charge, safety plan for sister.""", "AV DB IT RM AC", "rmv plc et", "C", "h"),
("""Press summary: Leeds Crown Court

A 34-year-old man from Bradford was jailed for nine years for the sexual exploitation of three girls aged 13 to 15. The court heard that he met the girls outside a school and offered them lifts, vapes and alcohol. He bought them phones and then told them they owed him hundreds of pounds.

He drove them to flats and hotels in Leeds, Huddersfield and Wakefield where they were made to have sex with men who paid him. One girl told the jury she was raped when she said no. Another said he kept her in a hotel room for two days and took her phone so she couldn't call her mum.

The judge praised the girls' courage and the teacher who first raised concerns.""", "AV DE DB PV RM IS", "rmv iso", "S", "h"),
("""Council licensing inspection - 'Diamond Nails', 3 High St

Visit by licensing officer and PCSO at 14:15.

Four nail technicians present, all adult Vietnamese women (ages confirmed from passports shown by each woman from her own handbag). All had right to work. Rota on the wall: Tues-Sat, 10-6. Owner produced payroll records; staff paid by bank transfer. Staff interviewed separately with an interpreter by phone; all said they live with family or partners and travel by bus. One said she is 'tired of the fumes' and would like better ventilation.

Breaches: extraction fan not working; no COSHH assessment. Improvement notice issued.

No trafficking or forced labour indicators identified. No children on the premises.""", "", "", "", "l"),
("""Bank financial crime alert - case MUL-4471

Account holder: female, DOB 2008 (17), student account opened in branch 3 months ago with her own passport.

Activity: 19 inbound Faster Payments in 10 days from 12 different individuals, £150-£2,300 each, total £21,400. Funds moved out within minutes to a crypto exchange and to an account in the name of 'D. Morris'. Mobile app logins from a device not previously seen, in a different city from the customer's home address. Customer's registered phone number was changed a week after opening.

Customer attended branch with an adult male who did most of the talking and asked about raising daily limits. Staff noted the customer seemed nervous and looked at him before answering.

Assessment: likely money mule; possible grooming/exploitation of a child. Account restricted, SAR filed, police referral for safeguarding.""", "AV", "ncw sfw", "C", "h"),
("""A&E safeguarding note, 02:20

Pt: male, states 19, appears younger - possibly 16-17. Vietnamese, no English; telephone interpreter used.

Presented with deep laceration to forearm and hand and electrical burns; says he fell against a light in 'the house'. Brought in by a man who gave his own name as 'Tony' and left immediately after booking in.

Pt says he has been in the UK 'a few months'. He does not know the address where he lives and has never been outside except in a car. He says he is fed once a day. He says Tony has his 'papers' and that he owes money 'to the people who brought me'.

Pt became very distressed when told police would be called and said 'they will kill my mother'.

Plan: wound closure under LA, tetanus, admit overnight for burns, security informed not to release to 'Tony', police and LA safeguarding contacted, NRM considered.""", "AV IS RM RD DB IT AC", "iso rmv dt pa foa et", "C", "i"),
("""Caseworker note - Hope for Justice

Client R., male, 47, Slovak. Referred by Salvation Army.

R. says he met a man in a bar in Kosice who promised him warehouse work in Birmingham with accommodation at £80 a week. On arrival he was taken to a house with 16 other men. Mattresses in every room including the kitchen. He was taken the next morning to a bank to open an account, and the man kept the card and his ID 'for the rent'.

R. worked 12-hour night shifts at a distribution centre via an agency for seven months. His payslips show about £400 a week but he received £50 cash every Sunday. When he complained, the man's brother pushed him down the stairs. He says the man told everyone that if they went to the police they would be 'arrested as illegals' (R. is an EU national with settled status and did not know this was false).

R. left after a colleague gave him the helpline number. He has a new job, keeps his own bank card, and wants to give evidence.""", "DE RD WW EO AC PV IT", "dt ncw lh oa foa", "L", "h"),
("""Social worker's assessment (extract) - Aisha, 15

Aisha came to the UK aged 12 to live with her father's cousin and his wife in Walsall, on a visitor visa that has expired. She is not registered with a GP or school.

Aisha was seen by a neighbour in the garden at 6am hanging washing and at 11pm bringing in bins. She told me the household is seven people plus two toddlers she looks after during the day while the adults work. She cooks all meals and cleans. She says she is 'not allowed' to go to the shops alone and has never been to the town centre. She sleeps on the floor in the toddlers' room. She doesn't have a phone and last spoke to her mother 'at Eid, a long time ago'.

Aisha says she is not hit, but the wife tells her that if she 'misbehaves' the police will come and put her in prison because she has no visa.

The couple's own children (9 and 11) attend school and have their own rooms.""", "AV EO RM IS AC IT", "lh rmv iso plc foa", "D", "h"),
("""101 call transcript summary

Caller: Mrs D, 60s, lives opposite the Shell car wash on Ferry Road.

She says for a few months she's been worried about 'the young lads' who work at the car wash. She thinks some are no more than 16. They start before she's up and are still working when she closes the curtains at 10. A minibus brings them and takes them away. In winter they work in T-shirts and no gloves, hands red raw. She once took them tea and a man in a black coat told her to 'mind her own business' and the lads went quiet and wouldn't look at her.

She adds that her own grandson used to work at a different car wash, the one by the Tesco, for a summer and was treated well and paid fine, so she's 'not against car washes'.

Call handler: log passed to neighbourhood team and modern slavery SPOC.""", "AV EO AC", "lh et cedl pa sfw", "L", "h"),
("""Police log - Op SENTINEL week of action, county lines

11:05 Warrant 7 Larch Walk (cuckoo address). Occupant, 58, alcohol dependent, says 'the boys' moved in 3 weeks ago and he 'can't get rid of them'. Two males 15 and 17 from Lewisham found in back bedroom. £2,200, 120 wraps, machete. 15yo has bruising around eye. Both say they 'owe'. Safeguarding referrals made for both juveniles and the occupant.

13:40 Stop at railway station, male 19 from Lewisham with 3 phones. Released, intel submitted.

15:20 Welfare visit 22 Beech Road. Female, 70, reported as cuckooed by anonymous caller. Visit found her son and grandson staying for the week; no drugs, no strangers. NFA.""", "AV DB", "pa", "C", "h"),
]
