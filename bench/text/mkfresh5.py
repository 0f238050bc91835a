#!/usr/bin/env python3
"""Generate bench/text/fresh5.jsonl: 260 hand-written texts in the voices of
people rather than officials (public online and helpline reports, neighbours,
customers, landlords, taxi drivers, hotel, school, youth-work and health
staff, first-person victim and survivor accounts, adverts), with labels.

Written blind (without reading crates/, the probes or the other sets' texts),
following the labelling conventions in README.md (including the fresh3
section).  Each entry: text, indicator codes, sign codes, exploitation types,
and an optional risk note: 'immediate' (danger now) or 'child' (child at
risk -> high).  Otherwise risk is computed from the README policy.  Paired
signs and indicators (documents_taken/retention_of_documents,
restricted_movement/restriction_of_movement, long_hours/excessive_overtime,
isolated/isolation) are completed in both directions, and the script refuses
to write the set if any check fails.
"""
import json, os, sys
from collections import Counter

IND = dict(av='abuse_of_vulnerability', de='deception', rm='restriction_of_movement',
           is_='isolation', pv='physical_sexual_violence', it='intimidation_threats',
           rd='retention_of_documents', ww='withholding_wages', db='debt_bondage',
           ac='abusive_conditions', eo='excessive_overtime')
IND['is'] = IND.pop('is_')
SIG = dict(ct='charged_transport', ce='collected_early_dropped_late', dt='documents_taken',
           et='escorted_transport', fa='fear_of_authorities', fp='few_personal_effects',
           iso='isolated', lh='long_hours', mb='multiple_bank_cards', nw='no_control_of_wages',
           oa='overcrowded_accommodation', pa='physical_appearance', pl='poor_living_conditions',
           ppe='ppe_charges', rmv='restricted_movement', sw='sleeps_at_workplace',
           sp='speaks_for_workers', uf='upfront_fees')
TYP = dict(L='labour', S='sexual', C='criminal', D='domestic_servitude', O='organ_harvesting')
PAIRS = [('rd', 'dt'), ('rm', 'rmv'), ('eo', 'lh'), ('is', 'iso')]

T = []


def t(text, ind='', sig='', typ='', risk=None):
    T.append((text, ind.split(), sig.split(), typ.split(), risk))

# ---- 1-65 ----
t("not sure if this is anything but the car wash on the corner by lidl, the lads there work from 7 in the morning till gone 9 at night every day even sundays, never any gloves even when its freezing and one of them told me he sleeps in the back room with the others. boss takes there money i think",
  "eo ac ww", "lh sw nw", "L")
t("The house next door is an HMO with about eight lads, Polish I think. Vans come at 6am and the noise is doing my head in. Spoke to one of them, he works at the distribution centre, says the pay's decent and he's saving for a house back home. Landlord is useless about the bins.")
t("I come to UK for work in factory, man in Romania say 9 pound hour and house. When I arrive they take my ID card 'for registration' and never give back. We are 12 person in 3 bedroom. Every week he say I owe for house, for transport, for food, so I get maybe 40 pound. He say if I go to police they will send me home in prison.",
  "de rd ac ww db it", "dt oa ct nw fa", "L")
t("Taxi driver here. Most nights around 2am I get a booking from the same number to pick up a different girl from a flat on Cavendish Rd and take her to hotels round town. There's always a bloke with her who pays cash and does all the talking, the girls don't say a word and one had a black eye last week. They never have a bag or anything with them.",
  "", "sp pa fp ce", "S")
t("I'm an au pair with a family in Surrey, been here 8 months. I do about 25 hours a week with the kids, get £100 pocket money, my own room and weekends off. They even paid for my English course. Honestly so lucky.")
t("My son is 15 and keeps disappearing for two or three days at a time, comes back with a new iPhone, £200 cash and trainers I didn't buy. He has two phones now and one rings at all hours. Found a train ticket to Blackpool in his coat. He goes white when that phone goes and won't tell me who it is. Police just said he's a runaway.",
  "av", "", "C", "child")
t("i get my nails done in a place on the high street and the young girl who does mine is there from opening to closing 7 days a week. she told me she lives upstairs with the other girls and the owner keeps her passport 'so she doesnt lose it'. she says shes never been paid, it all goes on paying back her flight. she looks about 16",
  "av eo ac rd ww db", "lh sw dt nw", "L", "child")
t("I'm a uni student doing 30 hours a week at a pub on top of my course, by choice. I get £11.44 an hour plus tips, payslips every fortnight, and my manager always lets me swap shifts round exams. Tired but it's fine.")
t("GP note: 34F attends with back pain, accompanied by 'employer' who answered all questions and declined to leave the room. Pt appears malnourished. When seen alone says she works in a house looking after 3 children and cleaning, up at 5am until midnight. Does not have her passport - 'madam has it'. Not allowed a phone. Safeguarding referral made.",
  "eo rd is", "sp pa lh dt iso", "D")
t("NEW IN TOWN!!! Sweet young Eastern European girls, just arrived, 19-21, available 24/7 incall and outcall, no limits, cheap rates. Same number for all girls, text only no calls, our driver brings her to you.",
  "eo", "lh sp et", "S")
t("Warning to anyone job hunting - I answered an ad on Facebook for warehouse work in Coventry, £600 a week, accommodation included. They wanted a £150 'registration fee' by bank transfer. I paid and the number went dead. Reported to Action Fraud. Lost my money but that's all, I never went anywhere.",
  "", "uf")
t("It's been six years and I still can't drive past that farm. We picked leeks from 4am until it was dark again, and when Dariusz said he wanted to leave, Tomasz broke his arm with a spade in front of all of us. After that nobody asked. Our wages went into bank accounts Tomasz opened for us and he kept all the cards.",
  "pv eo ww", "lh nw mb", "L")
t("hi my friend is in a house in luton she cant go out the man locks the door when he goes to work, she cleans all day and looks after his mum, she msgs me on fb at nite only when he sleeps. shes from nigeria came to study but he took her papers",
  "rm rd", "rmv dt", "D")
t("I'm a landlord. Let a 2-bed flat to a man who said it was for him and his wife. On inspection there were 9 mattresses on the floor, padlocks on the outside of the bedroom doors and about 15 pairs of work boots by the door. Nobody would speak to me, then the tenant turned up within 10 minutes and did all the talking.",
  "ac rm", "oa rmv sp", "L")
t("My daughter (14) was two hours late home from school and not answering her phone, I was frantic and called 101. Turns out she went to her friend's to revise and her phone died. Feel a bit daft but better safe than sorry.")
t("they found me in the hostel, I was 17, sleeping rough before that. Man called Smiley said I could stay at his and earn. I was moving bags down to Cornwall on the train every weekend. Then he said I lost a package worth £800 and I had to work it off. He said he knows where my nan lives.",
  "av db it", "", "C", "child")
t("Hotel receptionist. Same man books room 12 three nights a week, pays cash, different young woman each time. She comes up the back stairs with him and he leaves with her key card. Housekeeping found piles of condoms and loads of phone top-up receipts. The girl last night asked me in broken English what city this was.",
  "is", "iso", "S")
t("Midwife booking appt: client 22, 28/40, first contact with services. Partner attended and interpreted although client appears to understand English. When partner left the room client disclosed she 'has to see men' at the flat to pay for the baby and that he hits her when she refuses. No GP registration, no ID, says partner keeps all her papers.",
  "pv rd", "sp dt", "S")
t("Complaint: the house at no. 47 has people coming and going at all hours, car doors slamming at 5am when they go to their shifts at the bakery. I've counted at least 7 adults. It's noisy but they seem happy enough, they wave at me, one brought me a cake at Christmas. I just want the council to enforce the HMO licence.")
t("Ah I don't know if this is anything at all but there's a young lad working in the chipper on Main St, he's there every time I pass, morning noon and night, and he sleeps in the storeroom out the back so Mary says. Hasn't a word of English and the owner's brother drives him everywhere, I've never once seen him on his own.",
  "eo ac rm", "lh sw et rmv", "L")
t("URGENT!!! Workers needed for car wash in Birmingham. £500 a week cash, free accommodation, no English needed, no documents needed, start tomorrow. Transport from London provided (£50 deducted from first pay). Call Adi.",
  "", "ct")
t("I came over on a J-1 thinking I'd be working at a resort. Instead the recruiter met me at the airport, took my passport 'to process paperwork,' and drove me to a house where six of us shared one room. We cleaned offices overnight and worked in a restaurant during the day. I slept maybe four hours. He told us we each owed $3,000 for the visa.",
  "de rd ac eo db", "dt oa lh", "L")
t("Year 9 pupil (13) came into school with a swollen lip and a new designer jacket. Disclosed to me that an older boy pays him £50 to 'hold stuff' at his house and that if he stops, the boy will 'do' his little brother. He has missed 14 days this term.",
  "av it", "pa", "C", "child")
t("Ward note: 45M admitted after a fall at a building site. A colleague visited and brought his wallet, passport and phone from his flat. Pt says he is employed through an agency, paid weekly into his own account, and happy with the work. No safeguarding concerns.")
t("Madam brought me from Delhi to London to look after her children. I wake 5 o'clock, I sleep on the kitchen floor after midnight. Two years, no salary; she said it is sent to my family but my family get nothing. I am not allowed to go outside alone, only to take children to school and come back directly.",
  "eo ac ww de rm", "lh sw pl nw rmv", "D")
t("Youth worker log: J (16) turned up at drop-in with a rucksack he wouldn't put down and three phones. Said he's 'working' for someone in Manchester, goes to a flat in Barrow and stays a week at a time selling. Said the older lads beat him proper when he came back £200 short and now he owes them. Refused referral.",
  "av pv db", "", "C", "child")
t("Welfare check at the car wash on Station Road following a public report. Spoke with all four workers through an interpreter. All hold their own passports and bank cards, showed payslips, live in rented flats they chose themselves, and say they can leave whenever they want. Nothing of concern found.")
t("ordered from the chinese on friday and the delivery lad looked about 14, no coat in the rain, said he works every night till 2 and sleeps above the shop. said he dont get paid, 'uncle' keeps it for him. made me feel sick tbh",
  "av eo ac ww", "lh sw nw", "L", "child")
t("My cousin was promised a job in Turkey. When he got there the man said the job was finished and he owed for the flight and the hotel. They took him to a clinic and told him selling one kidney would clear it. He came home with a long scar and no money. He is very ill now.",
  "de db", "", "O")
t("Our cleaner is from Brazil, she works for four families including us, sets her own hours, and we pay her £15 an hour by bank transfer. She's just bought a car! Only mentioning it because the helpline leaflet made me paranoid about whether we're doing it right.")
t("My boyfriend said we go to England for better life. In Manchester he put photos of me on website and men came to the flat every day, ten, twelve men. All money to him. When I cry he hit me and he said my little sister will come next if I don't work.",
  "de ww pv it eo", "nw lh", "S")
t("There's a man in the flat below who never goes out. Other men bring him food in carrier bags. Through the floor I hear him on the phone crying. Weird sweet smell, the windows are blacked out with foil and it's always roasting hot. Not sure if it's drugs or what.",
  "is", "iso", "C")
t("Seasonal fruit pickers wanted, Herefordshire. £11.44/hr, overtime optional at time and a half, caravans on site £60/week, GLAA licensed. Seasonal Worker visa route available. Contact HR for details.")
t("There's a woman sits outside Tesco every day 8 till 8 with a paper cup. At 8 a van picks her up and the man takes the cup off her before she's even in. Same van drops 4 others along the high street every morning. She has a bad limp and no proper shoes.",
  "ww eo", "nw lh ce et pa", "C")
t("Looking back, I was 19 and I didn't understand what a debt like that meant. £20,000 for the lorry, they said, pay it back in two years working in the nail shop. Every month the number went up, not down. I didn't have a single day off for 14 months.",
  "db eo", "lh", "L")
t("my daughter is 16 and has a 'boyfriend' who is 27, he picks her up in a black audi and she comes back at 4am with new nails, vapes, money. shes got a second phone. last week she had bruises on her wrists and said she 'fell'. hes told her if she tells me anything he'll put pictures of her online",
  "av it", "pa", "S", "child")
t("My boss at the restaurant makes us work doubles on weekends but we get paid overtime, it's all on the paystub, and I can say no if I want. Just venting lol.")
t("Caller states her sister-in-law was brought from Pakistan after the marriage and is made to do all the housework for a family of 11, eats leftovers after everyone else, is not allowed to phone her own family, and was beaten by the mother-in-law when the tea was late. Father-in-law keeps her passport.",
  "ac is pv rd", "pl iso dt", "D")
t("Took the car to the hand wash. One lad had his hand wrapped in what looked like a tea towel, working in flip flops with the chemicals. I asked if he was ok and the guy in charge came straight over, said 'he doesnt speak english, he's fine', and told him to keep washing.",
  "ac", "pa sp", "L")
t("Bloke from the flats keeps parking across my drive, his lads come back from the building site at 6 and it's a nightmare. Reported to council. Not a slavery thing lol, just inconsiderate.")
t("theres kids dealing from the flat above the bookies, 2 of them look like there from london, been there 3 weeks. the woman who lives there is on heroin and shes scared of them, they took over her flat. she told my mum they said theyd burn it with her in it",
  "av it", "", "C", "child")
t("I was told to water the plants and never open the door. The man who bring food said: if you run, police will put you in jail 10 years because the plants are yours. Also he said my family in Vietnam still owe money and they will pay if I go. I was inside that house 5 months.",
  "it db rm", "fa rmv", "C")
t("Asian massage, new girls every week, open 10am-2am 7 days, full service, very young and obedient, no rush.",
  "eo", "lh", "S")
t("Just to say the massage place on King St got called a 'brothel' on our local Facebook group but it's a proper sports massage clinic, my physio works there. People need to calm down.")
t("Lads on the site were telling me the Romanian fella they call the gaffer takes their wages every Friday and hands them back £50 each. They're living in a shipping container on site with no toilet. One said they can't leave till they've paid off the 'flights'.",
  "ww ac db", "nw sw pl", "L")
t("Teaching assistant concern: Yr 5 pupil says she doesn't come in on Tuesdays because she has to mind the baby and clean for 'auntie', who isn't her mum. Always hungry, hair matted, says she sleeps on the sofa. Arrived from Ghana last year and nobody at school has met a parent.",
  "av ac", "pa pl", "D", "child")
t("A&E note: 28M, laceration to forearm from 'work'. Says he works in a recycling plant, 70 hours per week, paid £100 per week cash, lives in a house with 14 others provided by the boss. Boss waiting outside in a car, pt anxious to go.",
  "eo ac", "lh oa pa", "L")
t("I work 60 hour weeks as a junior doctor, nobody's trafficking me, it's just the NHS")
t("Agent in Gdansk took 300 euro for find job. In UK no job, they put us in house with 20 men, 5 in each room, sleep on floor. Then job in meat factory but salary go to account of boss. I have no card, no PIN. When I ask, he show me paper I owe 1500 for house.",
  "de ac ww db", "uf oa pl nw", "L")
t("Neighbour rang about the nanny at the ambassador's residence, she'd seen her crying in the garden. Nanny (Filipino, 40s) told her she works 6am to 1am, has had one day off this year, the employer holds her passport, and $200 a month is paid to her family's account which she cannot check.",
  "eo rd ww", "lh dt nw", "D")
# ---- 51-65 ----
t("The neighbours have a live-in nanny from Spain, she's always out and about, goes to the gym, has a boyfriend. Someone on the street WhatsApp suggested she's 'trafficked' which is ridiculous.")
t("I'm a youth worker. A 15yo girl showed me a Snapchat where a guy offers her £100 and a bottle of vodka to 'come to a party' with his mates at a hotel. She went last month and afterwards said she was made to have sex with two of them. Now they message her saying they'll send the videos to her school if she doesn't come again.",
  "av pv it", "", "S", "child")
t("Store detective: caught the same two women again stealing razor blades to order. They were dropped off in a silver Passat and the driver waited round the corner. One said they have to hand everything to 'the boss' and if they come back with nothing they don't eat. Both very thin.",
  "it", "et pa", "C")
t("i work nights at the petrol station and theres a minibus comes in 5am every morning full of people going to the packing plant and the driver pays for everything with like 10 different bank cards and then he brings them back past at 10pm all looking shattered and the driver does all the talking",
  "eo", "lh mb ce sp et", "L")
t("When I finally got out of the Blackpool flat I had nothing but the clothes I was wearing. No passport (he burned it, he said), no phone, no money. He sold me to men every night. For three years I was not allowed to walk to the shop alone. People ask why I didn't run. Where to? He'd told me the police here work for him.",
  "rd rm", "dt fp rmv fa", "S")
t("Got a text saying 'Hi I'm a recruiter from Amazon, earn £300-£800 a day liking videos from home'. Obvious scam, ignoring it. Posting so others know.")
t("Translated statement: In Pakistan the broker told my father I would go to Lahore for a hospital test for a job abroad. At the hospital they made me sign a paper in English. When I woke up there was pain in my side. The doctor said my kidney was given to a foreign patient. I received 50,000 rupees, not the 300,000 promised.",
  "de", "", "O")
t("the farm on the B road they got workers in caravans with no electric or water, they use the ditch as a toilet and the farmer shouts at them all day. a woman told me in polish she hasnt been paid since april",
  "ac ww", "pl", "L")
t("Ma boy's 14, he's been going missing fae school and comes back wi rolls of cash and bags o new clothes. The polis found him in Dundee in a flat wi two older men and a load o drugs, and they charged HIM. He's feart to say who sent him. Says they'll stab him if he grasses.",
  "av it", "", "C", "child")
t("Visited the family following the school's referral about the 17-year-old niece who lives with them. Seen alone she told me she attends college three days a week, does some chores like everyone else, has her own phone, and her passport is in her drawer. No concerns about exploitation; support offered for her immigration application.")
t("my mate showed me this site where theres like 20 profiles all using the same phone number and the same hotel room in the pics, every girl says 'new in town' and none of them speak english according to the reviews, one review says she was crying the whole time. this is in Leeds",
  "", "sp", "S")
t("Different story to the boats I chose to work on back home. On the scallop boat out of Newlyn we'd be out 20 hours a day, the skipper kept our passports in the wheelhouse 'for immigration', and in port we weren't allowed off the boat. Pay was £200 a month though the contract said £1,000.",
  "eo rd rm de", "lh dt rmv", "L")
t("I rent to six Bulgarian lads, all named on the tenancy, each with his own key. They work at the warehouse and pay rent by standing order from their own accounts. The neighbour keeps ringing police saying it's a 'slave house'. It isn't. Happy to show anyone the paperwork.")
t("Drove a girl, maybe 20, from the station to an address in Bradford. She was on the phone crying, then asked me to take her to the police instead. I did. In the car she said the man she lives with told her if she leaves he'll kill her mum in Albania. She says he makes her go with men for money.",
  "it", "", "S")
t("Our neighbours 'adopted' a girl from Nigeria, she's maybe 13. She doesn't go to school. I see her at 6am putting the bins out and still hanging washing at 10pm, carrying all the shopping. The mum screams at her. She's only ever allowed as far as the back garden.",
  "av eo rm", "lh rmv", "D", "child")
# ---- 66-130 ----
t("Please help. I am in Kent, we work in greenhouse. Yesterday boss kick my friend because he was slow and he fall and hit his head. We are afraid. Boss have our passports. We work 6 in morning to 9 in night.",
  "pv rd eo", "dt lh", "L")
t("999 call transcript: female caller whispering, says she is locked in a bedroom at an address in Slough, the man has gone out, she was brought from Romania to 'work' and men visit her. Says he beat her yesterday and she is scared he'll be back soon. Call disconnected.",
  "rm pv", "rmv", "S", "immediate")
t("Helpline call: caller worried about staff at a Chinese restaurant working late. On questioning, the staff are the owner's family who own the business and go home after closing. Caller satisfied, no further action.")
t("Sir, my brother went to UK on care worker visa. Agent charged him 18 lakh rupees which he borrowed. Now the care home sponsor cuts £400 every month from his salary for 'visa repayment' and says if he complains they will cancel his visa and he will be deported. He is doing 72 hours a week.",
  "db it eo", "uf fa lh", "L")
t("She's been with the family next door four years and I've never seen her leave the house except to walk the dog. She does all their cleaning, windows included. She doesn't have a phone, and when I tried to talk to her over the fence the wife came out and took her inside. She doesn't seem to know a soul here.",
  "is", "iso", "D")
t("my husband works at a hand car wash 6 days and hasnt had a penny for 2 months, boss just says 'next week next week'. he cant quit cos boss has his brp card. what do we do",
  "ww rd", "dt", "L")
t("Boss 'lost' my P45 and messed up my tax code, total nightmare. Not trafficking, I know, just admin. Is ACAS the right people to ask?")
t("I'm at uni and a guy on Instagram offered me £500 to let money go through my account. I said yes, then he took my bank card and online login. Now he says I'm involved and if I tell anyone the police will arrest me, not him. He wants me to recruit my flatmates.",
  "it", "fa", "C")
t("My brother has learning difficulties and since he met some 'friends' at the pub he's been living with them. They collect his benefits, he does all their building labouring for nothing, and he's lost loads of weight. He says they're his mates and they look after him.",
  "av ww", "nw pa", "L")
t("In 2015 I answered an advert on a Lithuanian site: 'Work in England, £350 a week, housing, no language needed.' At Luton airport a man called Rimas took our passports 'to register us for National Insurance'. We lived in a house in Peterborough, 11 of us, mattresses everywhere, one bathroom. We packed vegetables on nights, 12 hour shifts, then sometimes the day shift too. Every payday the money went into accounts Rimas controlled; he gave us £20 for food. He said we owed him for rent, transport and 'the bank account service'. Men who argued were beaten in the garden. I left after a year when a GLAA officer came to the factory.",
  "de rd ac eo ww db pv", "dt oa lh nw ct", "L")
t("Posting in r/legaladvice: my employer keeps a copy of my passport on file for right-to-work checks. Is that legal? I have the original at home.")
t("I met him on Instagram, he said he was a music producer and could get me modeling gigs in LA. Two weeks later I was posting ads on a site and he took every dollar. He had my ID 'for bookings'. He told me if I left he'd send my mom the pictures.",
  "de ww rd it", "nw dt", "S")
t("I'm a housekeeping supervisor. The agency sends us cleaners who get picked up at 5 by a man in a van and dropped back at midnight after a second job. They told me they pay him £15 a day for the lift and he keeps their bank cards. One fainted on shift last week.",
  "eo ww", "ce ct lh mb nw pa", "L")
t("The lads at the car wash are my cousins, we all come from the same village in Kurdistan, the boss is my uncle, we get minimum wage and he's strict but fair. Someone from the council came asking questions and everyone was offended.")
t("A lady at my nail salon told me she came from Vietnam because someone promised her a job in a restaurant with a good salary and English classes. Instead she was sent to do nails six days a week and lives in the salon basement.",
  "de ac", "sw", "L")
t("URGENT my son (13) just texted me 'mum theyre making me stay here till I sell it all, they took my phone, this is my mates phone, Im in a flat in Swindon, help'. He has been missing since Friday.",
  "av rm is", "rmv iso", "C", "immediate")
t("my 16yo started a job at Nando's and suddenly has cash and a new phone he bought himself. I panicked after reading about county lines but I've seen his payslips and met his manager lol")
t("Farm workers were charged £30 for hi-vis and boots at the start of the season, taken from the first wage. Otherwise fair hours, paid above minimum wage, own accommodation. Employer advised this breaches licensing standards.",
  "", "ppe")
t("Yer man who runs the crew beat a young lad black and blue in the yard Tuesday cos he asked for his wages, and told the rest of us the same'll happen to anyone who goes to the guards. Most of the lads are from Romania with nowhere else to go and he knows it.",
  "pv it ww av", "", "L")
t("Environmental health visit to the bakery: workers sleeping on flour sacks in the store room, one toilet for 20 people, mouse droppings, heaters with exposed wires. Manager says they 'prefer to stay'.",
  "ac", "sw pl", "L")
t("au pair here, the family said 25 hrs but im working 7am to 9pm every day, cleaning their whole house and the grandmas flat too, they dont pay me the £90 they promised, they say the room and food is my pay. i cant even afford the flight home",
  "de eo ww", "lh", "D")
t("Pt reports her 'husband' arranged the marriage in UK; she works in his family's shop 14 hrs a day and is not paid. She has been told that if she tells anyone her visa will be cancelled and she'll lose the baby to social services.",
  "it eo ww", "fa lh", "L")
t("Live-in housekeeper needed for family in Kensington. £32,000 p.a., 40 hours/week, private apartment, 28 days holiday, sponsorship available. Applicants keep their own passports - we never hold documents.")
t("I come in lorry, I pay 15000 euro. In London they say you work in garden to pay back. Garden is weed in a house. I sleep there, never go out, windows closed with wood. They bring me food one time a week. Man say if I go out Albanian mafia find my family.",
  "db ac rm it", "sw pl rmv", "C")
t("theres a house on our street with men going in and out all day and night like 20 a day and we only ever see one girl at the window, she looks really young like 15 16 and really skinny. a man lives there too he collects money at the door",
  "av", "pa", "S", "child")
t("Agency worker: the agency took copies of my passport for checks, which is fine, but then my line manager took the original and says he'll give it back when my contract ends in March.",
  "rd", "dt", "L")
t("Someone said the men at the mosque car park are being 'trafficked' because they get picked up in vans early, but they're a construction crew, I work with them, we're all paid through PAYE.")
t("Work at the chippy next to a kebab shop, the lad in the kebab shop opens at 11am and shuts at 4am, never seen him have a day off in a year. I asked and he said 'no days off, boss say'. Sleeps on a camp bed in the kitchen.",
  "eo ac", "lh sw", "L")
t("My aunty came to UK with a family as cook. They told her she will get £500 monthly and Sundays free for church. For 3 years she got no money and not one Sunday. Madam beats her with slipper if food is not good. Now she is old and sick and they say go back to India but she has no ticket and no passport, sir has kept it.",
  "de ww eo pv rd", "lh dt", "D")
t("Head of Year: Tyler (15) has been reported missing 4 times since September. Each time he's found in a different seaside town with cash and class A. He now has a 'debt' to a local dealer after being robbed of his stash, which we think was a setup. He told mum 'they'll come to the house'.",
  "av db it", "", "C", "child")
t("I'm a Thai massage therapist, self-employed, I rent my room in the spa and keep my earnings. Sick of customers asking if I'm 'ok' with a wink. I'm fine, I'm a professional!")
t("The men on the farm don't speak English and are never taken into town. The nearest bus stop is 9 miles away and the farmer keeps the only vehicle. They've been there since spring and don't even know the name of the nearest village.",
  "is", "iso", "L")
t("She told me the son of the family came to her room at night and raped her many times, and the mother told her to keep quiet or they would tell the police she stole. She was 19, working as a maid for them in Dubai and then brought to London.",
  "pv it", "", "D")
t("The gangmaster took £120 a week for a room shared with four others, £35 for transport and £20 for 'PPE' out of a wage of £250, and told the workers they still owe for their flights.",
  "ac db ww", "oa ct ppe nw", "L")
t("instagram page recruiting 'hostesses' for a club in Dubai, all expenses paid, 5000 euro a month. my friend went and now shes messaging me saying they took her passport at the airport and she has to 'entertain' men in hotel rooms to pay back the flights. shes scared",
  "de rd db", "dt", "S")
t("Hotel night porter. I reported a couple for suspected trafficking last month because the girl looked young and they paid cash. Police checked and it was a 22-year-old with her boyfriend on a weekend away. Felt terrible, but the training says report it.")
t("They know my village, my mother's house. Vasile show me photo of my mother house on his phone and say: you work, or somebody visit her. So I keep working at the car wash.",
  "it", "", "L")
t("District nurse: visiting an elderly man, noticed a young woman who does all the care and cleaning. She sleeps in the utility room. When I asked whether she gets out, she said the son locks the front door and takes the key when he goes to work. Referred to safeguarding.",
  "ac rm", "sw pl rmv", "D")
t("The Romanian family at no. 14 have loads of people staying - turns out it's a christening, relatives from all over. Never mind!")
t("Group of kids, maybe 8 to 12, begging at the lights on Hagley Rd every day. A woman watches them from a car and takes the money off them every hour. They were still out there in the rain at 10pm.",
  "av ww", "nw", "C", "child")
t("pretty sure the flat opposite is a brothel, taxis dropping girls off at all hours, different men buzzing in, and theres a big bloke who walks the girls to the corner shop and back and never lets them go anywhere alone",
  "rm", "et rmv", "S")
t("Madam paid for my journey from Benin City. She said I owed 35,000 euros. I swore at a shrine that I would pay or die. In Italy and then in London I worked on the street and gave her everything. After four years she said I still owed half.",
  "db ww it", "nw", "S")
t("International student here, working 20 hours max like my visa says, at a cafe, pay is fine. Landlord holds my deposit in a scheme. Nothing dodgy I promise, just filling in a survey about work.")
t("Nobody knew I was there. Two years in that house in Ilford, cooking and cleaning for nine people. No phone, no friends, never saw another Sri Lankan person. The family told the neighbours I was a cousin visiting.",
  "is", "iso", "D")
t("Man came into the foodbank, Slovakian, works on a building site for a gangmaster. No coat, boots falling apart, hasn't eaten for two days. Says the gangmaster gives him £10 a week and keeps the rest 'for rent'.",
  "ww", "pa nw", "L")
t("my gf works in a nail bar in croydon 9am-10pm 7 days a week, if she takes a day off they dock her a weeks wages. shes exhausted. is this even legal",
  "eo ww", "lh", "L")
t("Dodgy Telegram 'job' - they send you tasks rating hotels and want you to top up your 'account' with crypto before you can withdraw. I lost £400. Just fraud, I never left home and nobody forced me to do anything.")
t("My boyfriend in Tirana promised we'd get married in London. When we arrived he told me I had to pay him back for the journey by working in a flat with men. I said no and he hit me until I couldn't stand. He kept my passport in his car.",
  "de db pv rd", "dt", "S")
t("Housing officer: tenant (51M, alcohol dependent, learning disability) says 'friends' from Liverpool moved in and sell drugs from his flat. They've taken his bank card and he isn't allowed in his own bedroom. Neighbours report constant foot traffic.",
  "av rm", "rmv", "C")
t("He always said: 'you have no visa, if police see you they put you in detention and send you back in chains'. So I never talked to the customers at the car wash, not once in two years.",
  "it", "fa", "L")
t("Nurse reflection: patient from Eritrea, asylum seeker, mentioned his smuggler - he paid to cross, there's no ongoing debt, nobody controlling him now, lives in a Home Office hotel. Smuggling not trafficking; no NRM.")
t("When I was 12 my 'aunt' brought me from Guatemala to Houston to 'go to school.' I never went. I cleaned her house and two of her friends' houses every day and she kept all the money they paid. If I complained she'd lock me in the laundry room.",
  "av de ww rm", "nw rmv", "D", "child")
t("Recruiter asked me for £200 for a 'medical' before I could start at the poultry plant. I got the job and it's fine, normal hours and pay, but that fee felt off.",
  "", "uf")
t("The fishermen were kept on the boat for months, not allowed ashore in port, no phone signal, and the skipper told them the Home Office would arrest them if they stepped off.",
  "rm is it", "rmv iso fa", "L")
t("Girl at the nail bar has burns and rashes all up her arms from the acetone, no gloves, no mask. Looks about 15. Owner told me she's his 'niece helping out'. She's there on school days.",
  "av ac", "pa", "L", "child")
t("I am in the back of a van now on M6, 5 of us, they took our phones but I hide this one. They say we go to another farm and we owe more. One man has blood on his face, they hit him when he try to run. Please.",
  "rm is db pv", "rmv iso", "L", "immediate")
t("The Indian restaurant near me has about eight staff - I asked the owner and they live in a flat he rents them across town, each with their own room, and they come and go freely; I've seen them at the cinema.")
t("Care worker from Zimbabwe: promised 37.5 hours a week at £11 an hour, given 12, and the agency 'holds back' half of every month's pay as a 'bond' in case she leaves. She can't pay her rent.",
  "de ww", "", "L")
t("Review on a punting site: 'Lovely girl, said she's paying off her debt to the agency so works every day, 12 hours'. These men know exactly what they're doing.",
  "db eo", "lh", "S")
t("I reported the car wash last year but when the police went they found all the lads had contracts and passports and the owner had done nothing wrong. One of the lads thanked me for caring though.")
t("Store manager: boy, about 12, caught with £300 of meat in a bag. Said a man waiting outside gives him a list every day and he gets beaten if he comes back empty-handed. The man was gone when we looked.",
  "av pv", "", "C", "child")
t("She was moved every week to a different city - Cardiff, Bristol, Swansea - booked to see men in hotel rooms, and never knew where she was. A man always outside the door. No phone of her own.",
  "is rm", "iso rmv", "S")
t("The workers' wages at the sorting centre are paid to a man who says he 'sends them home to their families'. The workers themselves never see any money and don't know how much is sent.",
  "ww", "nw", "L")
t("Our 15-year-old went missing overnight, police found him at a mate's house playing Xbox. Home now and grounded. No new phones, no cash, nothing suspicious, just a teenager.")
t("We had a driver take us home from the airport and he told us about his sister who works for a family in Hounslow - they promised her a nursing course, instead she minds four kids and cooks, no wages for two years, passport kept by the father.",
  "de ww rd", "dt", "D")
# ---- 131-195 ----
t("Postie here. The house on Elm Grove gets bank letters for about 30 different names and the same man always takes them all in at the door. The lads living there go out at 5am in a white Transit and come back after dark. One of them asked me for a stamp and said he hasn't been paid 'because of debt to boss'.",
  "ww db eo", "mb ce lh nw", "L")
t("My neighbour's Filipina carer has been with them ten years, she's practically family and goes home to Manila every Christmas on a ticket they buy her. Just saying not every live-in worker is a victim.")
t("pls help my sister in law is housemaid in Leicester for a family, they say if she goes out police will catch her bcoz her visa is finished and put her in jail, she work all day and night, they give her food only one time a day",
  "it eo ac", "fa lh", "D")
t("Discreet flat, 3 beautiful Thai ladies, always available, we never close. Ladies live on the premises. Call manager to book, ladies do not answer the phone.",
  "eo ac", "lh sw sp", "S")
t("Me young one is 15 and this fella in his twenties has her minding bags of stuff in her wardrobe and bringing packages on the bus up to Drogheda. She says she owes him for the phone he gave her and he'll 'sort her out' if she stops.",
  "av db it", "", "C", "child")
t("For one year I did not speak to any person except the boss and the other two workers. They drive us from the house to the factory and back in a car with dark windows. I did not know the name of the town. When I see police finally I cannot tell them where I live.",
  "is", "iso et", "L")
t("My son is 17 and works at a car wash on Saturdays for pocket money. He gets £60 for the day and comes home knackered. That's it, that's the post.")
t("I came as wife, but in that house I am servant. Mother-in-law wake me 4am for making roti, I wash clothes by hand for 9 people, I sleep near the stairs on a mat. Husband take my bank card and my jewellery. When I cry to my mother on the phone they take the phone, now I cannot call.",
  "eo ac ww is", "lh pl nw iso", "D")
t("I was homeless in Chisinau when a man offered me 3,000 euro for a kidney and a flight to Istanbul. He said it was safe and legal. After the operation they gave me 700 and left me at a bus station. I got an infection and nearly died.",
  "av de", "", "O")
t("We are 40 people on daffodil farm in Cornwall. Boss say pay is by the bunch but he decide how many bunches we did. Week I work 70 hours I get £90. If somebody complain, next day no work and no money. We live in caravan 6 people, water from a hose.",
  "eo ww it ac", "lh oa pl", "L")
t("Pupil late again, mum works nights at the hospital and he gets himself up. Spoke to mum, she's arranged for grandma to help in the mornings. No concerns beyond lateness.")
t("Outreach notes: C, 24, heroin dependent, says her 'boyfriend' gives her gear in exchange for her seeing men at his flat, and he keeps all the money. She was kicked in the stomach last week when she said she wanted to stop.",
  "av ww pv", "nw", "S")
t("Bank cashier. A young lad came in with an older man to open an account; the man did all the talking and held the lad's passport. Two weeks later £14k had gone through it in cash deposits and withdrawals across five branches. The lad looked terrified.",
  "rd", "sp dt", "C")
t("Saw a bloke being bundled into a car outside Asda and rang 999 in a panic - turned out it was a store detective and police arresting a shoplifter. Glad I rang anyway.")
t("Brother, I paid agent £12,000 for sponsorship to work as chef in a curry house in Bolton. Owner shows salary £30k on paper but takes back £1,500 each month in cash 'for the sponsorship'. I work 6 days, 13 hours. If I leave he will report me to Home Office.",
  "db ww eo it", "uf nw lh fa", "L")
t("Class teacher: Amina (10) told me she can't do homework because after school she has to clean the whole house and look after three little ones until the adults come home at 11. She falls asleep in class. The woman she lives with is not her mother and she says she came from Somalia 'with a different name'.",
  "av eo", "lh", "D", "child")
t("Visiting London from Ohio. Got our rental washed at a hand car wash and one of the workers asked, really quietly, if we could call someone for him. He said the owner has his passport and the workers aren't allowed to leave the yard. Then another guy walked over and he went silent.",
  "rd rm", "dt rmv", "L")
t("There's a gang of lads on e-scooters who hang around the park dealing weed. They're local, everyone knows their mums. Police need to do more but it's not trafficking, it's just dealing.")
t("Cleaner at the airport Travelodge. Room 214 had a young girl who asked me for a toothbrush and said she hadn't been allowed out of the room for four days. Men were in and out all night. A man stays in the next room with the key. She had bruises on her arms. My manager said leave it.",
  "rm", "rmv pa", "S")
t("Cannabis farm next door got raided. The lad they found in there was Vietnamese, maybe 16. Police told us he said the men who locked him in told him they'd kill his family if he ran.",
  "av rm it", "rmv", "C", "child")
t("My employer told me she is 'saving' my wages for when I go home, so I do not waste it. I am her housemaid eight years now. I have never seen one payslip. When I ask, she says trust me.",
  "ww", "nw", "D")
t("Scaffolding firm I work for has us on 50-hour weeks in summer but it's paid time and a half and we all want the money. Winter it's dead. Normal construction life.")
t("Wanted: packers, nights, 7 shifts a week, 12 hrs per shift, £6/hr cash, accommodation with other workers deducted from pay, transport from Luton provided and deducted. Must not mind hard work.",
  "eo", "lh ct", "L")
t("I was 17 when my pimp first choked me out because I came back with $300 instead of $500. He'd make me stand in the cold on Sepulveda until 4am. I'm 29 now and I still flinch when someone raises their voice.",
  "av pv eo", "lh", "S")
t("Update on the 'hotel job in Scotland' ad I posted about: my cousin went. There's no hotel. They put her in a house cleaning for a family and took her phone off her. The 'free accommodation' is a mattress in their laundry room.",
  "de is ac", "iso pl", "D")
t("Police spoke to the woman at the nail bar after my report. She said she owns a share of the business, lives with her husband, has her passport and can leave whenever she likes. No further action, and I'm glad she's ok.")
t("Outreach: man in his 60s, disabled, begs at the station. Says his 'nephew' brings him at 6am and collects him at 10pm, takes all the coins, and won't let him go anywhere except his pitch. He sleeps in the nephew's garage.",
  "av ww rm eo ac", "ce nw rmv lh pl", "C")
t("Our 13-year-old came home with a new hoodie and £20 and I panicked, then found out she'd done a paper round for her nan's neighbour. Crisis averted.")
t("Aunty told my parents she will put me in school in London. When I reach, she say I must work first to pay for the ticket. I wash, I cook, I take care of her three children, I iron until 2 in the night. She beat me with belt many times. I was 14.",
  "av de db eo pv", "lh", "D")
t("I only know the flat and the men, I see men all day. I do not know the city. The lady say outside is dangerous for me, no visa, police take me. I have no phone, only the work phone which she keeps.",
  "is it", "iso fa", "S")
t("Picker here, the bus to the field costs us £4 a day taken from wages, which I think is a bit cheeky, but everything else is proper: contract, payslips, 39 hours.",
  "", "ct")
t("Youth worker: lad (14) says he's been 'going country' to Aberystwyth. Comes back with cuts on his hands and says the older ones make him carry the drugs inside his body on the train. Hasn't been in school for a month and his mam says he's terrified of someone called 'Tiny'.",
  "av", "pa", "C", "child")
t("A hand car wash has moved in on our road, lots of lads and a bit of shouting in foreign languages. Honestly they seem fine, the owner's there working alongside them, they close at 6 and go home.")
t("My client told me her nephew paid a man in Tirana £18,000 to get to England and now has to work off the debt in a cannabis house. He's allowed to ring home once a month, with the man listening.",
  "db is", "iso", "C")
t("Foreman told us straight up: 'Anybody talks to the inspector, I call ICE on your whole family.' We were working 6 to 7, six days a week, on the poultry line.",
  "it eo", "fa lh", "L")
t("Concerned friend here - my friend is an au pair and does loads of babysitting, but when I asked her she said they pay her properly, she has her passport, she goes out every weekend and she can quit any time. I think I overreacted.")
t("I came from Sao Paulo for cleaning job. Lady at the airport take my passport and return ticket. She say cleaning job finished, now I work in massage. I do not want, she say I owe 6000 pounds for travel. I work every day from 11 to 3 in the night.",
  "rd de db eo", "dt lh", "S")
t("The girls working in the takeaway are walked over from the flat at 10 in the morning and walked back at midnight by the owner's son, never let out on their own. I asked one of them was she alright and he answered for her.",
  "rm eo", "et rmv sp lh", "L")
t("Reported a van full of men at 5am to 101 thinking it was trafficking. Turns out it's the council's gritting crew lol.")
t("My elderly mum's carer, a young Romanian woman, was caught using mum's cards. When police spoke to her she said a man she owes money to makes her take bank details from the people she cares for, and he has her ID card. She cried and said he will hurt her son in Romania.",
  "db rd it", "dt", "C")
t("GP note: 19F, Roma, attends with UTI. Disclosed she was sold by her uncle to a man in Derby who has sex with her against her will and makes her clean his house and his brother's. She is not allowed out without his mother.",
  "pv rm", "rmv et", "D S")
t("We sleep in the building we renovate, no heating, no hot water, only a bucket. Boss bring sandwiches once a day. Dust everywhere, no masks. One man cough blood.",
  "ac", "sw pl pa", "L")
t("Someone in the village group keeps saying the Polish lads at the farm are 'slaves'. I'm the farm manager: they're on contracts, paid weekly, most have come back every year for a decade and two have bought houses here.")
t("School nurse: Year 10 girl (15) asking for emergency contraception for the third time this term. Says she goes to 'parties' at a flat where older men give her weed and she has to 'be with' whoever they say. Has a contact saved as 'Daddy' who she must answer straight away.",
  "av pv", "", "S", "child")
t("The agency in Kochi promised NHS nurse job with full salary. In UK they put me in a private care home as a carer, pay half of what they said, and say I must stay 3 years or pay £10,000 'release fee'.",
  "de db", "", "L")
t("Every Monday I take the same woman from a big house in Hampstead to the supermarket and back, and the lady of the house always rides with us. The woman never speaks and never has money; in three years I've never seen her anywhere else. Once she slipped me a note: 'help me I work for no money'.",
  "is ww", "et iso", "D")
t("Hiring: kitchen porters for busy hotel in the Lakes. Live-in available (optional, £70/week, own room), 45 hours, paid holiday, UK right to work required.")
t("Nan here. My grandson (16) has been staying out and came back with a black eye and a new Canada Goose. He told his sister he 'owes' some lads £1,500 because his stash got taken, and they said if he doesn't pay they'll go to his mum's house. He's doing runs for them to pay it off.",
  "av db it", "pa", "C", "child")
t("Food delivery rider: I rent the account from the man who owns it, he takes £150 of my £300 each week and I ride 14 hours a day to make anything. He said if I stop paying he'll report me to police because the account is in his name.",
  "ww eo it", "nw lh fa", "L")
t("My brother works on the rigs, two weeks on two weeks off, 12 hour shifts. Mum worries but he's on £80k. Not everything with long shifts is exploitation.")
# ---- 181-260 ----
t("Busty Romanian girls new this week! Outcall only, we bring to your home or hotel, girls speak no English, booking by WhatsApp with our secretary.",
  "", "sp et", "S")
t("My neighbors in Maryland have a woman from Ethiopia living with them. She told my wife she hasn't been paid in two years, they keep her passport in a safe, and she only ever goes out to take the trash to the curb.",
  "ww rd rm", "dt rmv", "D")
t("Mechanic's garage down our road: the two lads from Sudan who work there told me the owner pays them nothing, just food and a mattress in the workshop, since last summer.",
  "ww ac", "sw", "L")
t("Taxi driver too. I get loads of fares taking women to hotels late at night, most are on nights out or coming off shifts. Not everything's trafficking, but I do keep an eye out.")
t("Social worker: YP (16, Albanian, UASC) went missing from his foster placement and was found working at a car wash in Hull 14 hours a day. He says the men who brought him paid for the journey and he must work until it's paid. He had no shoes that fitted.",
  "av eo db", "lh pa", "L", "child")
t("Saw the manager of the nail bar slap one of the girls across the face in the back room because she dropped a bottle. She just carried on working. Nobody else reacted, like it was normal.",
  "pv", "", "L")
t("My Romanian colleague lives with five others from the same town to save money. They all work at different places and split the rent. He's sending money home for his daughter's wedding. Shared house, not a slave house!")
t("They told me I owed 40,000 euro for the journey. That number was my chain. Every night I stood on the road and gave the money to the madam and she wrote it in her book. When I asked to see the book she laughed.",
  "db ww", "nw", "S")
t("text from my friend just now: 'they r moving us tonight to another house dont know where, we r 6 girls they make us see men, the big man has a knife he cut Ana's arm. im in the bathroom' please send police",
  "pv", "", "S", "immediate")
t("Farmer's neighbour here. The old lad who works on the hill farm has been there 30 years, sleeps in the byre, never been paid that I know of, no family, can't read or write, never goes off the farm. Someone said he was 'taken in' as a boy.",
  "av ac ww is", "sw iso", "L")
t("Our au pair (Brazilian, 20) works 30 hours a week, we pay her 120 euro plus room and board and her English classes. She has her own key and her passport and goes out with her friends at weekends. We'd be lost without her.")
t("I am security in shopping centre. Three boys around 13 years steal perfume, always the same woman waiting outside in the car and she takes the bags. One boy told me he must bring £200 every day or 'mama' beats him.",
  "av it", "", "C", "child")
t("In Nepal the agent said UK farm job, visa, pay £10.42. We pay him 8 lakh. After 6 weeks the farm said no more work and sent us away. We have loan at home with 36% interest.",
  "de", "uf", "L")
t("My husband's an HGV driver and does 15-hour days sometimes. He's knackered but he's self-employed and it's his choice. Just responding to the 'long hours = slavery' post.")
t("I cooked and cleaned in her house four years. Madam said if I run, she will tell police I am a thief and they will put me in prison forever, and she has my passport so no country will take me.",
  "it rd", "fa dt", "D")
t("Garda came round asking about the apartment upstairs. Apparently two girls were kept up there, never let out, and men came up day and night. I used to hear crying and thought it was a couple fighting.",
  "rm", "rmv", "S")
t("Council tenant here, the semi next door has 16 men in it, I can see mattresses in the kitchen and the garage, the bins overflow and they shower in the garden with a hose. They go out at 5 in a minibus and come back at 8. Landlord lives in Dubai apparently.",
  "ac", "oa pl ce", "L")
t("Child, maybe 9, selling roses round the pubs at 11pm on a Saturday in Temple Bar. Barman says an adult drops her off and takes the money from her every half hour.",
  "av ww", "nw", "C", "child")
t("Beware a 'modelling agency' on Insta asking girls for £300 for a portfolio shoot. My daughter paid and got ghosted. Reported it. She's fine, just skint.",
  "", "uf")
t("I work at barber shop in Leeds. Owner take my residence card. When I say I want my money he put my head into the mirror and break it. He said next time I talk he will cut me.",
  "rd pv it ww", "dt", "L")
t("Worker (Indonesian, 35) ran from her employers in Knightsbridge. She says she worked from 6 until after midnight with no day off, and the employer took her phone away after she called her daughter.",
  "eo is", "lh iso", "D")
t("Midwife note: 30F, Polish, works in food factory, good English, partner supportive, own passport and GP registration. Maternity arrangements agreed with employer. No concerns.")
t("My mum's neighbour, older lady with dementia, has two young lads from London 'living with her'. They answer her door, they've got her pension card, and she's not let out to the shops anymore. Loads of cars stopping for a minute and going.",
  "av rm", "sp rmv", "C")
t("My 14 year old son was groomed on a gaming app by a man who sent him money and then demanded pictures. When he said no, the man said he'd send the first pics to everyone on his friends list. Now he wants him to meet up and 'bring a mate'.",
  "av it", "", "S", "child")
t("Message from fishing crew: We are 7 Filipino on boat in Scotland. Agent take 2 months salary for his fee. We sleep on deck in wet clothes, captain shout and hit us with rope. Contract say 48 hours, we work 20 hours a day.",
  "ww ac pv eo de", "uf pl lh", "L")
t("Worried about a girl on the bus who's always with an older man who talks for her. Asked the driver - she's his daughter, she's deaf and he signs for her. Feel silly now.")
t("My niece (17) ran off with a man she met online and he's moved her to a flat in Cardiff. He made her delete all her socials, she's not allowed to talk to us, and she told her friend he has 'friends round' who she has to sleep with.",
  "av is pv", "iso", "S", "child")
t("The house on the corner has had its windows papered over for months, and last night police brought out a young Asian man in handcuffs who was screaming 'not mine, not mine, they lock me'.",
  "rm", "rmv", "C")
t("The girls in the nail bar eat lunch standing up in the cupboard, they aren't allowed to sit down from 9 till 8 and the manager watches them on CCTV from his phone. Never any breaks.",
  "eo ac", "lh", "L")
t("I do long days on my family's farm at lambing, 16 hours some days. It's my family's farm and I get a share. Just wanted to say I'm fine to whoever reported 'a boy working all hours' to the police!")
t("The 'modeling agency' in Miami turned out to be a strip club where the manager took 80% of our tips as a 'house fee' and made us go to private rooms with customers. One girl who refused got slapped in front of everybody.",
  "de ww pv", "nw", "S")
t("Twenty years ago I was brought to Bradford aged 16 to marry a cousin. For ten years I never left the house without my mother-in-law. I worked in the house from fajr until everyone was asleep. I did not even know where the GP was.",
  "av rm eo is", "rmv lh iso", "D")
t("On the potato farm they take our money 'for safety' and give us 20 pounds pocket money each Sunday. They have our passports in the office and if we ask for passport they say we must pay 200 pounds 'admin'. We cannot go into town without the supervisor.",
  "ww rd rm", "nw dt rmv et", "L")
t("My son's 15 and I've just found out he's been letting lads use his bank account, there's thousands gone in and out. He says they gave him £100 and now won't let him stop, they said they'd shank him.",
  "av it", "", "C", "child")
t("A woman at my church from Ghana works as a live-in carer for an elderly man. She's paid properly through an agency, has Sundays and Wednesdays off and sends money home. She told me she likes the work.")
t("I was told massage job in London. When I arrive the lady say I owe £25,000 for visa and flight and I must do 'extra' for customers. I stay in the shop all the time, sleep on the massage table. I don't know any person in England.",
  "de db ac is", "sw iso", "S")
t("Bank fraud team: one man withdrew cash from 11 different accounts at the same ATM within 20 minutes. The account holders all share one address in Wisbech and all work at the same food factory. Two of them told branch staff they have never seen their bank cards.",
  "ww", "mb nw", "L")
t("Doing 12-hour shifts at the festival bar this weekend, dead on my feet but it's £16 an hour and the crew camping is decent. Would do it again.")
t("Our Bua is working in a house in Dubai, then the family take her to London with them. She phone only once in six months and she say sahib told her if she complain, her son in Kerala will be put in jail by his friends in police.",
  "it", "", "D")
t("the guy in the wheelchair outside boots gets dropped off every morning by 2 men in a bmw and they take all his money at night. yesterday i saw one of them slap him cos there wasnt enough",
  "av ww pv", "ce nw", "C")
t("Complaint to council: noise from the takeaway's extractor fan until 3am, and staff out the back smoking and chatting loudly. No other concerns, they're nice lads.")
t("My sister answered a nanny ad in Atlanta. The family was a front; a man picked her up, drove her to a motel, took her ID and her phone, and told her she'd work off the 'placement fee' with dates. She got away after 3 days when a housekeeper called 911.",
  "de rd is db", "dt iso", "S")
t("My husband's brother in Egypt was told he could clear the family's debt to a money lender by 'donating' a kidney to a rich patient from abroad. The lender arranged everything and kept his passport until after the surgery.",
  "db rd", "dt", "O")
t("My dad's homeless and a man in a van offered him tarmac work and a caravan to live in. Now he says he can't leave because he owes the man for the caravan and food, and the man took his bank card 'to pay his wages in'. He's on the road from 6am to 9pm.",
  "av db ww eo", "nw lh", "L")
t("Someone told me the Vietnamese lads in the flat are 'illegals' and should be reported. I've met them, they're students at the college, they've got their BRPs and they're lovely. Stop spreading rumours.")
t("I am Fatima, I work in a house in Manchester for 2 years. I cannot use a phone, they check everything. I go out only with madam. My salary go to my father in Morocco, madam pay him, not me.",
  "is rm ww", "iso rmv et nw", "D")
t("Every new worker pays the supervisor £45 for boots and gloves, and we work 14 hours with no break because supervisor say if we stop the line we are fired and lose the room.",
  "eo it", "ppe lh", "L")
t("A customer at the nail bar asked the girl doing her nails if she was safe because she 'looked tired'. She laughed - she's doing her masters and working weekends for extra money. Owns her car, phone full of her mates.")
t("Hello gentlemen, I am Natasha, new in UK, I work every day 24 hours because I need to pay back my debt, please come visit me, my manager arrange everything.",
  "db eo", "lh sp", "S")
t("My cousin was told he was coming to work in a restaurant kitchen. Instead he was put in a loft full of plants in Stoke. The hatch was screwed shut from below and they passed food up once a day. He was up there 4 months.",
  "de rm ac", "rmv", "C")
t("Herself next door keeps a young one from Brazil as a 'nanny' but she's doing everything, washing the car, walking the dogs, and last night I heard the husband roaring that he'd break her legs if she went near the neighbours again.",
  "it is", "iso", "D")
t("A family in our village took in a Ukrainian mum and her son under Homes for Ukraine. She helps with their kids a few hours and they pay her for it, she has her own room and a job at the school. Nothing sinister.")
t("boy in the pizza shop is about 15, works every night till 1 on school nights, owner says hes 18 but no way. he sleeps in the flat above with 6 other workers and told me he came from Afghanistan on a lorry last year",
  "av eo ac", "lh oa", "L", "child")
t("He treated me like a princess for three months, bought me things, told me he loved me. Then he said he was in trouble with dangerous men and I had to help him by sleeping with his 'friends' for money. I did it because I was scared they'd hurt him. Later I found out the 'dangerous men' were his mates.",
  "de", "", "S")
t("YP disclosed his 'elders' burned him with an iron when a batch went missing and now say he has to work for free until he's paid off £3k. He's 16.",
  "av pv db", "", "C", "child")
t("Our car wash has a sign up: 'Customers, if you think any worker here is at risk call the Modern Slavery Helpline'. The lads have their own bank accounts and the boss pays them with payslips. Good to see.")
t("The housekeepers at my hotel all come from one agency. Their supervisor takes their wages out of the cash machine for them because she 'holds their cards'. They're bussed in at 6 and out at 11 at night and can't go anywhere on their breaks, she sits in the staff room watching them.",
  "ww eo rm", "nw mb ce et lh rmv", "L")
t("I was brought from Craiova at 14 with my cousin. A man teach us how to take wallets on Oxford Street. Every night we give him everything, and if we have not enough he burn our hands with cigarette.",
  "av pv", "", "C")
t("My neighbour's a lorry driver and sometimes has a young lad in the cab with him - it's his apprentice, they do long runs to Scotland together. Someone reported him as a trafficker on Facebook. Absolutely outrageous.")
t("I came from Kenya on a 'nursing job' offer that turned into 80-hour weeks as a live-in caregiver in Texas. The agency took my passport 'for immigration processing' and charged me for room and board I never agreed to.",
  "de eo rd", "lh dt", "L")
t("Son (15) didn't come home till midnight and his phone was off. Turned out he'd been at the cinema and then walked his girlfriend home. He got an earful. No new stuff, no money, no strange mates - just a daft lad.")
t("Boss lady say she keep passport safe. I must work in the flat, many men. If I go away, she say the snakehead in Fujian will take my family house. I want go home.",
  "rd it", "dt", "S")
t("My hairdresser's 'nephew' sweeps up every day, he's tiny, maybe 12, in the salon from opening till 9pm, and I've never seen him at school in term time. He has scars on his hands.",
  "av eo", "lh pa", "L", "child")
t("Cash and carry owner told me, bold as brass, that he 'buys' workers off a man in Birmingham, £2,000 each, they work in his warehouse and he keeps their passports until they've 'paid their price'.",
  "rd db", "dt", "L")
t("Neighbour thought our nanny was being exploited because she's always with the kids. Social services visited and spoke to her alone: she works 40 hours, is paid properly, her passport's in her room, and she said she's free to leave and go out whenever she likes.")
t("Practice nurse: woman from Sri Lanka, 68, brought over by her son's family, cooks and cleans for 8, sleeps on a mattress in the kitchen, and they take her pension. Says she can't go to the temple anymore because they won't let her.",
  "av ac ww rm", "sw pl nw rmv", "D")
t("Punter's review: 'Girl was very young, barely spoke English, had a man waiting in the car outside who took the money off her before I'd left. She said I was her 11th that day.'",
  "ww eo", "nw lh et", "S")
t("My coworker at the meatpacking plant in Iowa lives with the supervisor's family and never goes anywhere but work. She told me the supervisor says immigration is watching her and she'll be deported if she talks to anyone outside.",
  "is it", "iso fa", "L")
t("Got an email offering a job as a 'personal assistant' in London, £900 a week, I'd just need to receive parcels and reship them. Googled it, it's a reshipping scam. Deleted.")
t("I was 22, from Timisoara. They said strawberries, £400 a week. In Kent we got £50 a week because of 'rent, transport, food and the debt for the bus'. When I complained they left me at a petrol station with no money, no papers, nothing.",
  "de ww db", "ct fp", "L")
t("Lad in my class at college says he can't come on trips because his 'uncle' needs him at the car wash, then at night drives him round doing 'drops'. He's 17, sleeps on the uncle's sofa, and says he isn't allowed his own phone.",
  "av is", "iso", "L C", "child")
t("A girl came into our chip shop at 1am barefoot and crying. In Lithuanian she said she'd escaped from a house where she was kept in a room and men raped her. Marks on her neck. We called 999.",
  "pv rm", "rmv pa", "S")
t("I'm Polish, came in 2008, did 12 hour shifts in a factory for years, saved up and now I own a building firm. Hate that every Eastern European worker gets called a 'victim'. Some of us just work hard.")
t("I was 15 when my stepdad brought me from the Philippines to California. I cooked and cleaned for his family and he came into my room at night. He said if I told anyone I'd be sent back and my mother would lose the house he bought her.",
  "av pv it", "", "D")
t("Builder's labourer in Dublin, Brazilian: boss paid me the first 2 weeks then nothing for 3 months, always 'next week'. When I said I'd go to the WRC he came to the house with another man and hit me. He has my PPS card and my passport.",
  "ww pv rd", "dt", "L")
t("The flat above was a 'party house' every weekend, different women and men coming and going at all hours. Turns out it's an Airbnb for hen dos. Council sorted it.")
t("The girl from Eritrea in our school (she's 16) told her mentor she spends nights in a flat with older men who give her drugs to sell at the college gates. They've taken her phone and won't let her go back to her foster carers.",
  "av is rm", "iso rmv", "C", "child")
t("Care worker WhatsApp: 'I owe the agent £9k, he holds my CoS, if I leave this job he will cancel my visa and I will be illegal, so I work 3 double shifts in a row and sleep in the staff room.'",
  "db it eo ac", "fa lh sw", "L")
t("Hotel staff here - we get a lot of men booking rooms for a few hours. Most are shift workers from the port grabbing sleep between jobs, we know them by name. Nothing dodgy.")
t("Ten years on, I want people to understand how it happened. I was 20 and my mum had just died. A woman from our church in Lagos said her cousin in London needed a nanny and would pay for college. The first night, the cousin took my passport 'to keep it safe'. I looked after four children, cleaned a six-bedroom house and cooked every meal. I slept on the floor of the baby's room. I was never paid; she said my wages went on my food and the flight. I was allowed out only to the school gate. When I asked to call home she said the phone bill was too expensive. When I cried she slapped me and said the police would lock me up because I had no papers.",
  "av de rd ac ww rm is pv it", "dt sw nw rmv iso fa", "D")


def policy(ind, typ):
    if ('physical_sexual_violence' in ind or 'sexual' in typ
            or ('intimidation_threats' in ind and 'restriction_of_movement' in ind)
            or len(ind) >= 3):
        return 'high'
    if ind or typ:
        return 'medium'
    return 'low'


def build():
    out, errs = [], []
    for n, (text, ind, sig, typ, note) in enumerate(T, 1):
        fid = 'f5-%03d' % n
        for code in ind:
            if code not in IND:
                errs.append('%s: unknown indicator %s' % (fid, code))
        for code in sig:
            if code not in SIG:
                errs.append('%s: unknown sign %s' % (fid, code))
        for code in typ:
            if code not in TYP:
                errs.append('%s: unknown type %s' % (fid, code))
        if len(set(ind)) != len(ind) or len(set(sig)) != len(sig) or len(set(typ)) != len(typ):
            errs.append('%s: duplicate code' % fid)
        ind, sig = list(ind), list(sig)
        for i, s in PAIRS:  # a paired sign goes with its indicator, both ways
            if i in ind and s not in sig:
                sig.append(s)
            if s in sig and i not in ind:
                ind.append(i)
        words = len(text.split())
        if not 1 <= words <= 220:
            errs.append('%s: %d words' % (fid, words))
        inds = [IND[c] for c in IND if c in ind]
        sigs = [SIG[c] for c in SIG if c in sig]
        typs = [TYP[c] for c in TYP if c in typ]
        risk = policy(inds, typs)
        if note == 'immediate':
            if not (inds or typs):
                errs.append('%s: immediate without any indicator or type' % fid)
            risk = 'immediate'
        elif note == 'child':
            if 'abuse_of_vulnerability' not in inds:
                errs.append('%s: child at risk without abuse_of_vulnerability' % fid)
            risk = 'high'
        elif note is not None:
            errs.append('%s: bad risk note %r' % (fid, note))
        out.append(dict(id=fid, text=text, indicators=inds, signs=sigs,
                        exploitation=typs, risk=risk))
    texts = [o['text'] for o in out]
    if len(set(texts)) != len(texts):
        errs.append('duplicate texts')
    return out, errs


def main():
    out, errs = build()
    if errs:
        print('\n'.join(errs), file=sys.stderr)
        sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fresh5.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    # re-read and validate what was written
    allowed_ind, allowed_sig, allowed_typ = set(IND.values()), set(SIG.values()), set(TYP.values())
    pairs = [(IND[i], SIG[s]) for i, s in PAIRS]
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    for r in rows:
        assert set(r) == {'id', 'text', 'indicators', 'signs', 'exploitation', 'risk'}
        assert set(r['indicators']) <= allowed_ind and set(r['signs']) <= allowed_sig
        assert set(r['exploitation']) <= allowed_typ
        for i, s in pairs:
            assert (i in r['indicators']) == (s in r['signs']), r['id']
        assert r['risk'] in ('immediate', 'high', 'medium', 'low')
        if r['risk'] != 'immediate':
            assert r['risk'] == policy(r['indicators'], r['exploitation']) or \
                (r['risk'] == 'high' and 'abuse_of_vulnerability' in r['indicators']), r['id']
    c_ind = Counter(x for r in rows for x in r['indicators'])
    c_typ = Counter(x for r in rows for x in r['exploitation'])
    c_sig = Counter(x for r in rows for x in r['signs'])
    c_risk = Counter(r['risk'] for r in rows)
    none = sum(1 for r in rows if not r['indicators'] and not r['exploitation'])
    words = sorted(len(r['text'].split()) for r in rows)
    print('%d texts written to %s' % (len(rows), path))
    print('no indicator and no type: %d; words %d-%d (median %d)'
          % (none, words[0], words[-1], words[len(words) // 2]))
    for name, c, keys in (('indicators', c_ind, IND.values()), ('types', c_typ, TYP.values()),
                          ('signs', c_sig, SIG.values()),
                          ('risk', c_risk, ('immediate', 'high', 'medium', 'low'))):
        print(name + ': ' + ', '.join('%s %d' % (k, c[k]) for k in keys))


if __name__ == '__main__':
    main()
