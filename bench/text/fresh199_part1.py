# fresh199 part 1: county lines, cuckooing, cannabis grows, criminal exploitation
from fresh199_common import T

T("INT 2/B/P. Source states male known as 'Rico' is running the GUCCI line into Grimsby. Uses local 15yo boys to hold and run, pays them in trainers and weed. One runner (nom. Kai) reported to owe Rico £600 after 'getting robbed' of a pack and is now working it off.",
  "AV DB", "", "C", "high")
T("Cuckooing concern at 14 Harrow Close, Rochdale OL11. Occupant is a vulnerable male with learning difficulties known to ASC. Neighbours report 3-4 young males from Liverpool staying there for the last fortnight, heavy footfall day and night. Tenant seen in the stairwell with a black eye, said he 'fell'.",
  "AV", "PA", "C")
T("Mum called 101 her son Tyler 14 has been missing since Friday she thinks hes been taken down to Bournemouth by the older lads he owes money to. Found train tickets in his room and a second phone. He keeps getting calls at all hours and says if he doesnt go they'll hurt his little sister.",
  "AV DB IT", "", "C", "immediate")
T("Stop search on A38 Derby. 2 x juveniles in rear of Uber from Birmingham, 16 wraps crack and 11 heroin in the socks of the younger one (15). Neither would give an address. Younger one visibly scared, kept saying 'I can't talk to you, they'll know'. Driver paid in cash by a third party. NRM considered, referral made.",
  "AV", "FA", "C", "high")
T("Cannabis factory found at 88 Mill Street, Kettering. 400 plants across 3 floors, electricity bypassed. One Vietnamese male, approx 17, found in the loft where he had a mattress and a rice cooker. Windows boarded, padlock on the outside of the front door. Speaks no English. Said through interpreter he was brought in a lorry and owes the people £20,000 for the journey.",
  "AV RM ISO DB AC", "SW RMS IS PLC UF", "C", "high")
T("gardener at the grow in Walsall again. same lad. says he cant leave cos the boss has his passport and he owes for the boat",
  "RD DB RM", "DT UF RMS", "C")
T("Intel log 4/C/P. POI NGUYEN Van Thanh believed to be 'landlord' of several cannabis grows across Wolverhampton using undocumented Vietnamese males as gardeners. Gardeners fed once a day, not allowed out, told police will put them in prison if they are found.",
  "AV RM IT AC", "RMS FA", "C")
T("Youth worker referral: J (16) has started wearing new designer clothes and has two phones. He's told me he 'does drops' for an older lad called Zee and gets paid £50 a day, but last week he came in with cuts on his hands and said Zee 'sliced him' for coming back light. He won't go to police.",
  "AV PSV", "PA FA", "C", "high")
T("Cuckooed flat at Fenham Court. Resident is a 58yo alcoholic. Dealers give him cans and a bit of gear in exchange for using the flat. He told PCSO he wants them out but is 'too scared to say anything'.",
  "AV", "FA", "C")
T("Report from housing officer: tenant at 3 Pine Walk, Hastings (known heroin user) has a group of London lads in his flat. He has been sleeping in the bath because they've taken his bedroom. They took his phone off him. He is not allowed to leave when they are 'working'.",
  "AV ISO RM AC", "IS RMS PLC", "C")
T("Drug debt: 'I got robbed and they said I owe them 2 bags now. Every time I do a run they say it doesn't count. It just keeps going up'. Male 17, Swindon.",
  "AV DB", "", "C", "high")
T("Info from school DSL: Year 10 pupil missing lessons, seen getting into a grey Audi A3 (reg WU19 KPX) at lunchtime. Has bruising to face. Older males pick him up from the gates. Mother says he has a new 'job' but won't say what.",
  "AV", "PA", "C", "high")
T("Arrest at Cambridge station, 16yo male from Enfield, 20 wraps. Says he was 'sent up' for the week and kept in a trap house with no food, told to plug the drugs. He had a burn on his arm where he says someone 'ironed' him for losing money.",
  "AV PSV AC", "PA", "C", "high")
T("OCG intelligence: Line known as 'Dolla' operating Exeter. Runners rotated every 7 days, housed in cuckooed address, brought down by the controller in a black Mercedes and taken back the same way. Runners not allowed to go out apart from deals.",
  "RM", "ET RMS", "C")
T("Spoke to YP at custody. States he was made to 'bank' the drugs (insert them) by the older ones. Said he was held down the first time. Very tearful, would not provide names, fears for his mum.",
  "AV PSV IT", "FA", "C", "high")
T("Concern call: my neighbour Dave has special needs and lately theres loads of teenagers in and out his flat all night, music, smoking weed. Dave looks like he hasnt eaten in days and i think they take his benefits off him",
  "AV WW", "PA NCW", "C")
T("Referral from Children's Services: 15yo female going missing for 2-3 days at a time, returning with cash and phones. Intelligence that she is holding drugs for a line in Ipswich and sleeping at different addresses. Older males have her snapchat and send her 'locations'.",
  "AV", "", "C", "high")
T("Text message from a runner's phone seized in Newquay: 'u better be out on them streets till 4 or ur getting stabbed'. Phone attributed to 16yo male.",
  "AV IT EO", "LH", "C", "high")
T("Cannabis grow in Hull, two Albanian males arrested. One (KOLA, 23) says he came to UK for a job in a car wash promised by a cousin's friend, but on arrival was taken to the house and told to water the plants until he had paid £15k. Phone taken, told he would be killed if he left.",
  "DEC DB ISO IT", "IS UF", "C")
T("ALBANIAN male found in a grow in Bolton. Says he is the gardener and is paid £1,500 a month, goes home at weekends, lives with his girlfriend in Salford. No concerns of control disclosed; charged with production.",
  "", "", "")
T("Debrief (translated): 'They brought me to the house at night. The windows were black. I don't know the town. I slept with the plants. The man came every three days with noodles. He said if I run the police will send me to prison and my family will pay.'",
  "ISO AC RM IT", "IS SW RMS", "C")
T("Retail loss prevention: organised group of 4 Romanian females stealing razor blades and baby formula across Tesco stores in Leicester. Dropped off and collected by the same male in a silver Ford Galaxy. Stolen goods handed straight to him. One of the women appeared very frightened when stopped and said 'he will be angry'.",
  "", "ET FA", "C")
T("Forced begging: 2 women and an elderly male with a walking stick seen begging at Birmingham New Street. Same white van (reg GX63 ORU) drops them at 7am and collects at 8pm. Male takes all the money off them at the end of the day.",
  "WW EO", "CE LH NCW", "C")
T("Pickpocketing team on the Underground, Oxford Circus. 3 children (est. 12-14) dipping bags while an adult female 'minder' watches. The children hand over everything straight away. BTP spotters believe the children are controlled and moved between cities.",
  "AV WW", "NCW", "C", "high")
T("Money mule: Student at Uni of Nottingham approached on Instagram offering £500 to 'lend' her bank account. £14,000 passed through in 2 days. Now the person says she owes them and must open more accounts or they will send her details to the police.",
  "DB IT", "", "C")
T("INT 3/B/P. Address 22 Stanley Rd, Luton linked to 19 bank cards in different names. Neighbour states a van picks up 8-10 men at 5am. POI BALOGH collects their cards. Suspect benefit fraud - UC claims for workers who believe they are being paid a wage.",
  "WW", "MBC NCW CE OA", "C L")
T("DWP fraud team referral: 12 Universal Credit claims at one address in Peterborough, all claimants Eastern European men, all managed through the same email and phone number. Claimants interviewed say a man called 'Tomas' set up 'papers' for them and they have never seen the money.",
  "WW", "OA NCW", "C")
T("Our client (L, 44) told us her 'boyfriend' opened a bank account in her name and uses it for 'business'. She has never had the card. He makes her claim PIP and takes the money. She says she has nowhere else to go.",
  "AV WW DEC", "NCW", "C")
T("Shoplifting: Male arrested Primark Croydon, £340 clothing concealed in a foil-lined bag. Admits he's a heroin user and sells it on to fund his habit. Lives alone. No one else involved.",
  "", "", "")
T("Shop theft at Boots Kendal, female aged 34, two bottles of perfume. Regular shoplifter, states she steals to pay off her own credit card. Nobody else involved.",
  "", "", "")
T("caller says theres kids in the flat above her at number 9 Kestrel House, young boys, 3 or 4, never go to school, men come in and out with bags and the boys go out on bikes at night. she heard one of the men shout 'you stay in the flat or I break ur legs'.",
  "AV IT RM", "RMS", "C", "high")
T("Young person (17) disclosed to YOT worker that the line boss took his passport 'so I don't run off to Nigeria' and that he gets a 'fine' of £100 every time he's late answering the phone. Fines are added to what he owes.",
  "AV RD DB", "DT", "C", "high")
T("Cuckooing - 71yo female with dementia, Walthamstow. Her grandson's 'friends' have been using the address to bag up. She's been found locked in her bedroom twice by carers. Bank statements show withdrawals of £250 a day.",
  "AV RM WW", "RMS NCW", "C")
T("PNC/PND: CHEN Li, 29, arrested at a grow in Sunderland. Told officers in interview he was happy there, could leave any time and was being paid. Says he is not a victim. No indicators identified by interviewing officer.",
  "", "", "")
T("Information from a friend of a 19yo female with ADHD: she is being used to sell crack for a man who got her hooked. He gives her a few stones for every 10 she sells and if she comes up short he makes her have sex with his mates to 'clear it'.",
  "AV WW PSV DB", "", "C S")
T("BTP log: 14yo female found at Euston with £3k in her bra and a burner phone. Going to Norwich. Says a man called 'Snow' is waiting. Snow's number is known to be linked to the Norwich line. Child currently refusing to come with officers.",
  "AV", "", "C", "immediate")
T("Report: young Eritrean male, 18, working at a hand car wash in Gateshead has been told by the owner to deliver 'packages' in the evening. If he refuses the owner says he'll ring the Home Office. He gets no extra money for it.",
  "AV IT WW", "", "L C")
T("OCG is recruiting looked-after children from a residential home in Stoke. Staff report kids being collected by taxis at 1am and returning at 6am, exhausted. One disclosed he sells 'food' (drugs) and 'has to' because the older boys paid for his phone.",
  "AV DB", "CE", "C", "high")
T("Trap house raid, Southend. 2 teenagers inside, one with a stab wound to his thigh which had been 'taped up'. Both said they are from Croydon. Mattresses on floor, no food apart from cereal, heavy smell of cannabis.",
  "AV PSV AC", "PA PLC", "C", "high")
T("Vietnamese nail bar workers also used to water a grow in the flat above the shop after closing. Manager holds all their ID. They work 9am to 8pm in the shop and then the plants. Intel grade 3/B/I.",
  "RD EO", "DT LH", "L C")
T("Male approached me outside Aldi in Bradford, said he was forced to sit there by the people who took his money and his passport. He had no shoes. He asked me not to call police because they are watching.",
  "RD WW IT", "DT FA NCW PA", "C")
T("Police Scotland: Roma family begging in Glasgow city centre. Enquiries show they are a family group, adults keep their own money, children attend school. Not believed to be controlled. Signposted to support.",
  "", "", "")
T("Intel 2/A/P: 'Big T' has a 16-year-old girl in Bournemouth carrying for him. He has told her she's his girlfriend and he'll get them a flat. She gives all the money to him.",
  "AV DEC WW", "NCW", "C", "high")
T("Officer's note: IP was found in the cupboard under the stairs at a cuckooed flat in Blackpool when we entered. States the dealers lock him in there when the 'customers' come. Has a head injury, cause unknown.",
  "AV RM", "RMS PA", "C")
T("Man detained trying to withdraw cash with 7 bank cards at the Halifax ATM, Commercial Street, Leeds. Cards are in the names of Slovakian nationals registered at the same address. He says he 'looks after their money' for them.",
  "WW", "MBC NCW", "C")
T("Victim account (learner English): 'My friend say me come England, good job in warehouse. When I come, they take my card bank and open more cards. I work never see money. They say I must sell things in shop, steal, or they beat me.'",
  "DEC WW IT", "NCW", "C L")
T("CSE/CCE multi-agency meeting: A, 15, linked to adults dealing in Hartlepool. Twice found in cars with adult males at 3am. Has been given drugs and alcohol by them. Mum reports she is 'terrified' of them.",
  "AV", "FA", "C S", "high")
T("Report from Crimestoppers: flat 4, 60 Queens Road, Aberdeen being used as a trap house by a Birmingham gang. Owner is an elderly man who was threatened with a knife and now stays in his bedroom. They use his mobility scooter to make drops.",
  "AV IT", "", "C")
T("Drugs arrest Torquay, male 24, local, selling cannabis from his car. Works for himself, says he does it 'for extra cash'. No CCE concerns.",
  "", "", "")
T("Boy aged 13 found in a field near Lincoln by farmer, says he was dropped off by men who told him to 'wait for the next car' and took his phone. Very cold, soaked, no coat. Doesn't know where he is.",
  "AV ISO", "IS PA", "C", "high")
T("Worry from teacher: pupil (Y9) showing phone to other boys with Snapchat messages from older male: 'u owe me 300 for that phone, u know what happens if u dont'. Pupil saying he'll 'just do some shots'.",
  "AV DB IT", "", "C", "high")
T("Intel - benefit fraud network. Controllers identified in Slough register Polish homeless men for UC and ESA, keep the bank cards, and give the men £20 a week and some food. The men sleep in a garden shed behind 41 Bath Road.",
  "AV WW AC", "NCW PLC", "C")
T("NRM referral - adult male (Romanian, 34) forced to shoplift from supermarkets in Manchester daily. Lived in a 3-bed house with 14 others. Beaten with a belt when he brought back too little. ID card kept by controller 'so you don't run home'.",
  "PSV RD AC", "OA DT", "C")
T("2 female children aged about 10 seen selling the Big Issue-type magazine without a badge outside Sainsbury's, Camden Road at 9pm. Adult woman in a car nearby. When approached, the adult drove off with the children. Unknown if exploitation.",
  "AV", "", "C", "high")
T("Gardener found in Loughborough says 'the boss drives me here and locks the door. I have no key. I have been here since summer.' It is now December.",
  "RM", "RMS ET", "C")
T("Case note: client reports her ex-partner used her Lloyds account to receive money from 'customers' and she's now flagged for fraud. She says she did it willingly at the time and he never threatened her.",
  "", "", "")
T("The lads that took over my cousin's place in Moss Side took his phone and wont let him see his kids. Hes scared to go out. theyre selling from there",
  "ISO RM", "IS RMS FA", "C")
T("Intelligence: county lines group from Wolverhampton operating in Aberystwyth. Uses girls aged 15-17 to rent Airbnbs in their names. Girls are made to take cocaine and forced to have sex with the men in the house.",
  "AV PSV", "", "C S", "high")
T("ATM footage shows a 17-year-old withdrawing £500 each from 6 different accounts in one night in Milton Keynes, then handing it to a male in a white BMW.",
  "AV", "MBC", "C", "high")
T("Young person says 'I only ran for them cos they said I'd get paid, but they never paid me, they said I owed them for the train and the hotel'. Aged 15, Southampton.",
  "AV DEC WW DB", "CT", "C", "high")
T("Custody: DP states he's working off 'a ting' (drug debt) of £2k for a line in Chelmsford. He says he doesn't get paid, 'it all comes off'. Doesn't want a referral. Aged 20.",
  "DB WW", "", "C")
T("Drugs warrant at 5 Orchard Way, Yeovil: occupant CARTER, 42, sole tenant, supplying heroin. No other persons found, no vulnerable occupants. Standard supply investigation.",
  "", "", "")
T("Cannabis grow, Ballymena. PSNI. Chinese male found in the attic, beside him a bucket used as a toilet. Says he has not been outside for four months. Very thin. Doors were screwed shut from outside.",
  "RM AC", "RMS PA PLC", "C")
T("County lines 'deal line' phones recovered show the controller texting the runner every 10 mins from 7am to 3am: 'where u at', 'pick up'. Runner is 16. Sleeps in the car between deals.",
  "AV EO AC", "LH", "C", "high")
T("Third party report via Unseen helpline: woman in Slough is made to steal from charity shops every day by her partner's family. She gives them everything. They say if she stops they'll tell social services to take her baby.",
  "IT WW", "NCW", "C")
T("Operation MILLSTONE briefing. Two Lithuanian men forced to work in a recycling yard during the day and to sell cigarettes from a van at night. Passports with controller. Debt of £3,000 'for the flights', growing each week for 'rent'.",
  "RD DB EO", "DT UF LH", "L C")
T("Safeguarding: 17yo care leaver living in supported accommodation in Reading. Worker asked about his new 'job' after he came home late. Staff checked and it is a kitchen porter job at the Crown, 20 hours a week, contract and payslips in his own name, paid into his own Monzo. No concerns.",
  "", "", "", "low")
