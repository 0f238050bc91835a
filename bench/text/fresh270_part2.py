# fresh270 part 2: sexual, criminal (county lines, cannabis, begging), domestic servitude, organs
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/A/P: Adverts on a known adult services website for 'new Romanian girls 19yo' at a flat on Hope St, Wrexham. The same phone number has been linked to adverts in Chester and Stoke in the last month. Females are believed to be moved every week by a male known as 'Florin'. Research shows the phone number was registered as a pay-as-you-go SIM purchased in Manchester. The adverts show photos that appear to be taken in the same flat with a distinctive patterned wallpaper. Recommend open source research on the other adverts and a welfare visit with the Wrexham sex worker outreach service.",
  "", "", "S")
T("Caller (hotel receptionist, Warrington Gemini): a man has booked 3 rooms for a week, young women going in and out with a steady flow of men, the man holds all the women's passports and pays in cash. One of the girls was crying in the corridor. Rooms are 112, 114 and 116. The man is described as white, 30s, shaved head, Eastern European accent, driving a black Audi A6. Hotel manager has kept the booking card. Officers attended 23:10; the man had left. Three women spoken to with Romanian interpreter; all refused help but were given leaflets and the outreach number.",
  "RD", "DT FA", "S")
T("Victim account, translated from Romanian: 'My boyfriend said we go to England, he find work for me in a restaurant. In Stoke he tell me I must do sex with men because we have debt for the flat and the car. He take all money. When I say no he hit me with belt. I am not allowed to go anywhere without him or his cousin.' I met him in Craiova when I was 19, he was nice to me and to my mother, he said we will marry. In England there were other girls in the flat, also with 'boyfriends'. One day when he was sleeping I took his phone and called my sister, she called the police in Romania, and they called the police here. The officers came to the flat in Stoke and took me to a safe place. I want him to go to prison.'",
  "DEC DB WW PSV RM", "NCW ET RMS", "S", "high")
T("Brothel Crewe - 3 Thai women in a terraced house on West St, no keys, door locked from outside by the male who brings food once a day. They sleep in the rooms they work in.",
  "RM", "RMS SW", "S")
T("Girl 14 from Stoke reported missing for 3rd time this month, found in a flat in Hanley with 2 adult males, had alcohol and new phone. Social care suspect CSE.",
  "AV", "", "S", "high")
T("Control room log 22:47: 999 from female stating she is being kept at an address in Flint, the man who brought her from Manchester has locked the bedroom door and is going to 'sell her' to his friends tonight. Call dropped. Cell site Flint town centre. Units dispatched.",
  "RM PSV", "RMS", "S", "immediate")
T("Escort agency advert screening: independent escort, Chester, sets own rates and hours, her own website, no third party. Not exploitation, no action.", "", "", "")
T("Intel: 'Nicu' is running 6 Romanian women out of 2 flats above shops in Hanley. He keeps their phones overnight, puts their adverts up himself and collects the money. Women paid nothing but 'living costs'. Believed to have beaten one for keeping tips.",
  "ISO WW PSV", "IS NCW", "S")
T("School referral, Crewe: Y10 pupil (F, 15) telling friends her 'boyfriend', 22, takes her to parties in Stoke and she has to 'be nice to his mates' to pay back the clothes and vapes he bought her. Has been seen getting into different cars after school. DSL has spoken to the pupil, who denied anything was wrong and said her boyfriend is 'really nice'. Mum is aware of the boyfriend but believes he is 17. A strategy meeting has been requested and the pupil has been referred to the Cheshire East CSE team. Description of the cars has been given to police.",
  "AV DB DEC", "", "S", "high")
T("Massage parlour in Stafford visited by licensing. Asian females living on premises, single dirty shower, mattresses in treatment rooms. The manager, a British male, answered for all of them. Women would not give their home addresses.",
  "AC", "SW PLC SFW FA", "S")
T("hello i live next door to 44 whitegate? there is girls there every week different ones and men all night they look young and scared and the man in the bmw takes them away in the morning",
  "", "FA ET", "S")
T("Victim (Nigerian, 24) disclosed to Salvation Army caseworker: recruited as a hair stylist with promises of a salon job in the UK. Sworn in a juju ceremony in Benin City to repay £30,000 to a 'madam'. On arrival in Manchester was forced into sex work in flats across Cheshire and Staffordshire. The madam told her that if she ran, the oath would kill her and her brothers in Nigeria would suffer. She was raped by the madam's boyfriend when she refused a client. Madam keeps her passport. She was moved between flats every week or two and did not know most of the addresses, only that one was 'near a big football ground' and another 'by the sea'. She has a young son in Nigeria being looked after by her mother. She is very frightened of the oath and has asked for a pastor she can trust. Caseworker has arranged specialist counselling, and the NCA has been informed due to links with a known network in Manchester.",
  "DEC DB IT PSV RD ISO", "UF DT FA IS", "S")
T("Staffs CSE team: 13 y/o girl, care leaver's sibling, seen at Stoke bus station with a 30s male 'Zed' who is known to supply alcohol to young girls; girl has unexplained gifts. Concern for sexual exploitation.",
  "AV", "", "S", "high")
T("Adverts Wrexham: same pictures used for 4 different 'girls'. Texts from the number show someone else answering and setting prices, addresses and times. Nothing to indicate violence. Open source research ongoing.",
  "", "SFW", "S")
T("MSVCC call: Hungarian female, 30, in a flat in Rhyl says she was promised a cleaning job by a man she met online. Now he makes her see men and keeps the money. She doesn't know the street name. He takes her phone when he goes out. She is scared of him but he hasn't hurt her. The call was made from a phone borrowed from a client who she says was kind to her. She said she does not want police to come to the flat while the man is there. Call handler agreed a time when he is usually out and passed the details to North Wales Police. Advised to call 999 if in danger.",
  "DEC WW ISO", "IS NCW FA", "S")
T("Call handler log 03:12 Crewe: female screaming from flat 2 Mill St, neighbour says woman from 'that brothel flat' banging on the window shouting help, a man dragging her back. Immediate attendance requested.",
  "PSV RM", "RMS", "S", "immediate")
T("Residential care Cheshire West: 16 y/o boy in care going missing overnight, returns with cash and new trainers. Older males picking him up in a taxi. Worker believes he's being sexually exploited by adult men in Warrington, he has told a friend he 'owes them'. Return home interviews have been unproductive; he says he's 'with mates'. The taxi firm has been identified and is cooperating. Strategy meeting held; referral made to the Cheshire West exploitation hub and NRM discussed. Police to consider disruption notices for the adult males identified.",
  "AV DB", "ET", "S", "high")
T("Landlord report: my tenant in Stoke has let her flat out to a man who runs girls from it, she owes him money for drugs and he lets her stay if she keeps quiet.",
  "AV DB", "", "S")
T("POI Lucian STAN (nom): controls Romanian sex workers in Chester and Ellesmere Port, housing them in hotels along the M56. Collects all earnings, pays for hotel rooms with multiple bank cards in the women's names.",
  "WW", "NCW MBC", "S")
T("CSE intel from youth worker, Rhyl: 15 yr old female saying she has been 'passed around' by a group of older men in a flat near the promenade, was made to drink vodka till she couldn't stand.",
  "AV PSV", "", "S", "high")
T("Sex worker in Hanley self-referred to a drop-in service for sexual health only. Works alone, keeps her own money, no third party. Asked about exploitation, said no one controls her.", "", "", "")

# criminal
T("County lines: 'DANNY' line operating Liverpool to Crewe. Intel that 2 boys aged 15 and 16 from Kirkby are being kept in a cuckooed flat on Badger Ave, Crewe, dealing crack and heroin. They are not allowed to leave until the 'ting' is sold. INT 2/B/P Merseyside Police have both boys listed as missing and have shared photos. Flat belongs to a 50-year-old woman known to adult services. Plan: joint visit by Cheshire and Merseyside officers and a children's social worker; NRM and return home interviews to follow.",
  "AV RM", "RMS", "C", "high")
T("Missing from home, Staffs: Jayden, 14, last seen getting into a grey Corsa with two older males at Longton station. Phone off. Believed to be running drugs for a line from Birmingham. Previously found with £600 and a stab wound.",
  "AV PSV", "PA", "C", "immediate")
T("Cuckooing, Warrington: vulnerable male tenant (56, alcohol dependent, learning difficulties) on Orford Lane has had his flat taken over by dealers from Liverpool. They sleep there, sell from there, and have told him they'll burn it down if he calls the police.",
  "AV IT", "FA", "C")
T("Cannabis farm raid, Tunstall: 2 Vietnamese males found inside. Windows boarded, the door padlocked from outside. Males had a rice cooker and a mattress between the plants. One said he was brought by lorry and owes $25,000 to the 'boss' for the journey. Electricity bypassed, live wires exposed. Both males taken to a place of safety with Vietnamese interpreter. Neither was arrested at the scene, consistent with the Section 45 defence guidance. Property owner traced: lets the house through an agent in Birmingham, claims no knowledge. Forensic examination of the house and the plants ongoing.",
  "RM DB AC", "RMS SW UF FA PLC", "C")
T("Boy 17 arrested with 20 wraps in Stafford, told appropriate adult he was made to carry them, the older lads hold a 'debt' over him after a robbery of his stash that he believes they set up. Said they broke his finger last time he was short. He was released under investigation and referred to the NRM by the custody officer; the Section 45 defence will be considered by the CPS. YOT and children's services informed. His mum says he has been going missing at weekends since the summer.",
  "AV DB PSV IT", "PA", "C", "high")
T("Begging, Chester Eastgate: 3 Romanian women with walking sticks begging daily, dropped off at 8am by the same van and collected at 6pm. Money taken off them at collection. One appears to have a genuine disability.",
  "AV WW", "CE ET NCW", "C")
T("Shoplifting gang, Wrexham Eagles Meadow: 2 Lithuanian females arrested for theft of razor blades and perfume. Both say a man in Manchester told them they must steal £500 a day or they would be beaten; he keeps their passports.",
  "IT RD", "DT FA", "C")
T("Money muling: 19 year old student from Stoke reports being asked by a man on Instagram to let 'friends' put money through his account for £200. He has since been threatened when he tried to stop. Card and online banking login now held by the man. The student has reported it to his bank, which has frozen the account. He is frightened because the man knows where he lives in halls. He says about £14,000 has gone through his account in two months. Referred to Action Fraud and to the university welfare team.",
  "AV IT WW", "NCW", "C")
T("Stop check M6 J17 Sandbach, BMW 1 series: 2 males from Liverpool and a 15 y/o female missing from care in Knowsley. Female found with 30 wraps plugged. She said she was told she would be 'hurt bad' if she didn't go.",
  "AV IT", "FA", "C", "high")
T("Drug dealing arrest Crewe: 34-year-old local male with 2 ounces of cocaine, own supply, no signs anyone is controlling him. Ordinary possession with intent.", "", "", "")
T("Benefit fraud/trafficking: DWP note that 14 Romanian nationals registered for UC at one address in Fenton. All claim payments into accounts operated by one male. Claimants are believed to work at a car wash and hand their bank cards to him.",
  "WW", "MBC NCW OA", "L C")
T("Cannabis grow Queensferry: lone Albanian male 19, found in loft, said men bring food every 3 days, he cannot leave, they told him they know where his mother lives in Kukës and would kill her if he runs.",
  "RM IT AV", "RMS", "C")
T("Youth Justice: boy 16, Wrexham, has been given a 'work phone' and is sent to Rhyl and Prestatyn on the train to deliver. Owes £1,200 after 'losing' a package. Mum says he comes home with bruises and won't say who.",
  "AV DB PSV", "PA FA", "C", "high")
T("Intel: organised begging ring on the A55 services - children from Romanian families begging at Llandudno Junction and Bangor, adult men collect the takings at the end of the day.",
  "AV WW", "NCW", "C", "high")
T("A cuckooed address at 7 Beech Ct, Newcastle-under-Lyme: occupant is a 43 y/o woman with MH issues. Dealers from Wolverhampton there 24/7, she's been told she can't leave the flat in case police search it while she's out. She's not been out in a week. Her CPN raised the concern after a home visit when a young male answered the door and refused to let her in. Police and housing have agreed a closure order application. Adult safeguarding referral made.",
  "AV RM", "RMS IS", "C")
T("Cannabis factory found in industrial unit in Winsford; no persons inside, equipment only. Abstracted electricity. No evidence of exploited gardeners.", "", "", "")
T("Interview note: Vietnamese male, 16, arrested at grow in Burslem. Came via France in lorry. Says 'Anh Tuan' told him he would work in a nail bar and go to school, instead locked in house watering plants for 4 months, fed noodles, not allowed phone, beaten once with a pipe for letting plants die. Age assessment to be completed by Stoke children's services. He has been placed in foster care. An ICTG worker has been allocated. He has asked to speak to his mother in Vietnam, which is being arranged through the Red Cross. Risk of re-trafficking assessed as high; no mobile phone to be given to him for now on advice of the ICTG.",
  "AV DEC RM ISO PSV AC", "RMS IS PA", "C", "high")
T("Exploitation of vulnerable adults for fraud: man with Down syndrome in Crewe made to open bank accounts and take out loans by a 'friend' who now controls all his cards and benefits. Friend moved in and sleeps in his bed, the man sleeps on the sofa. The man's day centre staff raised it after he came in with no lunch money for two weeks. Adult safeguarding has opened a s42 enquiry. Bank accounts frozen. 'Friend' interviewed under caution and released under investigation.",
  "AV WW", "NCW", "C")
T("Shop security, Hanley: same two teenage boys caught stealing from Primark 4 times, an adult waits outside each time and takes the bags. Boys look scared of him.",
  "AV", "FA", "C", "high")

# domestic servitude
T("Referral from GP surgery, Wilmslow: Indonesian domestic worker (42) for a wealthy family came for a consultation escorted by the employer's wife, who answered all questions. Later patient passed a note to the receptionist: 'No pay 2 year. Passport Madam keep. I work 5am to midnight. Please.' Receptionist handed the note to the practice manager, who rang 101 once the patient had left. Family is known to the surgery as high-income and well regarded. Cheshire Police MS team and Kalayaan informed. A plan for a safe approach when the worker is next out of the house is being agreed.",
  "WW RD EO", "SW SFW ET DT LH", "D")
T("Neighbour (Alsager): the young foreign girl next door does all the cleaning, cooking and childcare, I've never seen her leave the house except to put the bins out. Kids are in school all day and she's still cleaning at 11pm when I walk the dog. I asked the mum once and she said she's a relative from the Philippines who helps out. She seems very sweet but looks sad. I've never seen her with a coat on, even when it snowed. Can someone check she's alright please.",
  "EO", "IS RMS LH", "D")
T("Staffs Police CAD: welfare check at a house in Stafford: a 60 y/o woman from Pakistan, family member of the householder, sleeps on the kitchen floor, does all the housework, not allowed a phone, no English. Family say she's 'looked after'. Neighbour reports hearing her being slapped. Officers returned with an Urdu-speaking officer; the woman said she wanted to stay but asked for help with 'her papers'. Adult social care informed and a safeguarding strategy meeting arranged. Family spoken to about the legal position. Further visit planned.",
  "AV AC ISO PSV", "SW IS PLC", "D")
T("Intel 3/B/P: a family in Prestatyn has brought a 17-yr-old girl from Nigeria to 'go to college'. She is not enrolled anywhere, minds the 3 children and cleans, has no money of her own.",
  "AV DEC WW", "", "D", "high")
T("IP (Filipino, 38) translated statement: 'I came with my employer on domestic worker visa to their house in Cheshire. They said I would get £1,000 a month and a day off on Sunday. I never had a day off. I sleep with the baby on the floor. Madam lock the door when they go out. Madam take my phone so I don't talk with other Filipinos. My salary they send to Philippines, they say, but my family got nothing.' She left the house on a Sunday when the family took the children to a party and forgot to lock the back door. She walked to Knutsford and asked a Filipino woman in the supermarket for help, who took her to Kalayaan. She wants to stay in the UK and to work for a good family. She is owed, by her own reckoning, about £22,000.",
  "DEC EO AC RM ISO WW", "LH SW RMS IS NCW", "D")
T("Domestic abuse case, Crewe: wife (from Bangladesh, spousal visa) says husband's family make her do all the housework for 8 adults from 5am, she eats what is left over, her mother-in-law holds her passport and tells her she'll be sent back in disgrace if she complains. She disclosed to an IDVA at the hospital after attending with a hand injury she said was from cooking. MARAC referral made, refuge place offered and declined for now. IDVA is supporting her with an application under the domestic violence concession.",
  "AC RD IT AV EO", "DT LH FA PA", "D")
T("Au pair in Knutsford - Spanish, 21, works 25 hrs a week, has her own room, gets paid £100 pw, goes out with friends at weekends. Mum of the family worried she was 'working too hard' after a long week and phoned for advice. No concerns. Mum said the au pair was homesick and had been crying, but it turned out she had split up with her boyfriend. No police matter.", "", "", "")
T("Child Q, 12, brought from Ghana to live with 'aunt' in Wrexham. School notice her exhausted, says she does all the cooking and washing and looks after 4 younger children before and after school, gets hit with a slipper if things are not done.",
  "AV EO PSV", "PA LH", "D", "high")
T("Caller: lady living at 9 The Crescent Stoke, the old man she looks after has locked her in again, she's shouting from the upstairs window she can't get out and hasn't eaten",
  "RM AC", "RMS", "D", "immediate")
T("Domestic worker (Moroccan, 50) employed by a Gulf family staying at a rented mansion near Chester for the summer. Told hotel staff she has not been paid for 8 months and her employer holds her passport. She works from dawn to after midnight.",
  "WW RD EO", "DT LH", "D")
T("Home Office referral: Indian national on a carer's visa for a family in Stoke, lives in, works looking after elderly relative 24/7, the 'wage' of £500 a month is paid into the son's account, she never sees it.",
  "EO WW", "LH NCW", "D")

# organ harvesting
T("NCA intel report: a 26 y/o Moldovan man told a charity in Wrexham he was offered £8,000 to travel to Turkey and 'sell his kidney'; the broker paid for his flight, kept his passport and told him he could not back out because he owed the flight money. He did not travel in the end because his mother fell ill and he went to Moldova instead. He still has the broker's WhatsApp number and says the broker has contacted other Moldovan men working in Wrexham. NCA is assessing links to a network in Istanbul.",
  "DEC RD DB", "DT UF", "O")
T("Royal Stoke renal unit safeguarding: patient (Pakistani, 31) presenting with a fresh nephrectomy scar and infection. Says operation done in a private clinic abroad, could not say where. States a man paid his debts in exchange. He appears scared and his 'cousin' answers for him. He was discharged after 4 days of IV antibiotics. Consultant has written to the safeguarding lead recommending police involvement. The 'cousin' gave an address in Longsight, Manchester. Police informed; GMP to be contacted.",
  "AV", "PA FA SFW", "O")
T("Case note: young Albanian woman, recovered from a brothel in Stoke, disclosed the group had talked about 'taking her kidney to pay the debt' if she didn't earn enough.",
  "IT DB", "", "S O")
T("Kidney transplant at Royal Liverpool, the donor is the recipient's own sister from Chester. Fully assessed by HTA and the living donor team. Not exploitation.", "", "", "")
T("Transplant patient on ward at Countess of Chester recovering from a liver transplant, family visiting, flagged by a student nurse who saw a 'kidney' poster. No concern.", "", "", "")
T("Intel: broker in Manchester recruiting vulnerable Eastern European men from hostels in Crewe and Warrington to travel abroad for 'medical tests' - believed to be organ removal. Men are told they'll get £5k but are paid far less.",
  "AV DEC WW", "", "O")
T("Cheshire Police intel, Facebook group offering cash 'for kidney donors age 18-35', contact via WhatsApp. Account linked to a number used previously in a trafficking investigation.",
  "", "", "O")

# mixed short
T("cl line - 2 kids from merseyside in flat on mill st crewe - doors barricaded - they cant get out. info from a neighbour who hears them through the wall, they've been there since saturday. flat belongs to a woman who uses.", "AV RM", "RMS", "C", "high")
T("Hanley brothel - women not allowed out, man sits at the door. From a punter who rang anonymously, said he felt bad after. Address given as a flat above a shop on Stafford St.", "RM", "RMS", "S")
T("IP said 'they make me do sex for the rent and the food, they keep my ID'. Disclosed to a sexual health nurse in Stafford, who phoned it in with the patient's consent. Patient is Romanian, 20, staying at a flat in the town centre.", "PSV DB RD", "DT", "S")
T("Vietnamese girl (16?) nail bar Newcastle - lives with boss, no school. Concern from a customer who asked her age and she said 'I don't know'. Shop name and address passed to the children's MASH.", "AV", "", "L", "high")
T("Domestic worker at Hale Barns house never out without employer. Paid £0. Info from a cleaner from an agency who goes in once a week, she says the woman sleeps in the utility room and told her she's from Kenya.", "RM WW", "RMS ET", "D")
T("young lad in care being used to deal in stoke, owes his dealer 300. From a residential worker at the home, he's 15, keeps getting texts demanding the money.", "AV DB", "", "C", "high")
