#!/usr/bin/env python3
"""Hand-written texts for bench/text/fresh69.jsonl (public-report emphasis).
Each entry: (text, indicators, signs, types, risk-override). Short codes expand below.
Risk: written by hand where it is 'i' (immediate) or 'h' for a child at risk; otherwise
derived from the labels with the stated rule (high / medium / low)."""
import json, os
IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oc": "overcrowded_accommodation", "saw": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "ce": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
D = []
def a(text, ind="", sig="", typ="", risk=""):
    D.append((text, ind, sig, typ, risk))
# ---- part 1 ----
a("theres about 8 lads living in the house next door 2 bed, minibus picks them up 5am every morning brings them back gone 10 at nite, they never speak to no one and look knackered. one had his arm in a sling but still went",
  "AC EO", "oc ce pa lh", "L")
a("Car wash on the retail park, lads work there in sandals in the cold, no gloves, sleeping in the portakabin out back i think. the boss does all the talking if you ask them anything",
  "AC", "saw sfw", "L")
a("I want to report the hand car wash on Mill Road. I go there every week, the guys are friendly, they have proper boots and waterproofs and the manager showed me the rota when I asked, they finish at 6. Just wanted to say I think it's fine after the thing on the news.")
a("neighbour keeps banging his music at 3am every night ive had enough, hes got people coming and going all hours probably dealing but i dont know, can someone come out")
a("Caller states a young girl approx 14-15 has been seen getting into different cars outside the chip shop on Fenton St late at night, older men, she looked drunk last time. Caller worried. Reg partial KX19.",
  "AV", "", "S", "h")
a("nail bar in town centre the girls are vietnamese young, one looked about 16, they are there from opening to close every single day 7 days, they go upstairs to sleep. the man collects all the money from the till and they never go anywhere alone",
  "AV EO AC RM", "lh saw rm ncw", "L", "h")
a("Crimestoppers: the takeaway on Station Rd has staff living above the shop, 5 or 6 men in one room. Told the cook gets 'pocket money' only because he still owes the owner for bringing him over. Owner keeps the lads' passports in the safe.",
  "AC WW DB RD", "oc saw dt", "L")
a("my nan's carer from the agency is lovely, she's Filipina, told me she's saving for her daughter's uni, gets paid every fortnight, has her own flat in Leyton. Not a report really just wanted to check that agency are legit as my cousin mentioned slavery in care work")
a("Theres a man who stands outside Tesco begging everyday same spot, gets dropped off by a silver BMW at 7 in the morning and picked up at 7 at night, the driver takes a bag off him. he has a bad leg and cant really speak english",
  "AV WW", "ce ncw", "C")
a("HELP my sister in law is being kept in a house in Bradford by her husbands family, they took her passport when she arrived from Pakistan, she cooks and cleans for 9 people from 5am, she isnt allowed out the house without his mum and they said if she tells anyone they will send her back and she will never see her son again",
  "RD EO RM IT", "dt lh rm", "D", "h")
a("Someone is sleeping in a car behind the garage on Vicarage Lane, been there a week, seems to be homeless, no sign he works there or anything, just wanted someone to check he's ok")
a("a woman came into the shop today crying and asked to use my phone, she said a man has her passport and she has to work in a house where men come, she was scared and went before I could ask more. she had Romanian accent. I didnt get her name",
  "RD", "dt foa", "S")
a("5 or 6 girls come and go from flat 12, different men at the door all day, adverts online with the same photos of the bedroom. One girl looked really young. Never see them go to the shops, a man brings food.",
  "AV", "", "S", "h")
a("Wanted to report my landlord he hasnt fixed the boiler in 3 months and theres mould everywhere, my kids are getting ill, is this modern slavery? I pay £750 and work at Asda.")
a("Farm near Wisbech, workers walk along the A road at 5am, told by one of them in bad english they paid 'agent' €400 for the job and bus, and £50 a week is taken for the van to the fields",
  "", "uf ct ce", "L")
a("the car wash lads on Heath road are working from 8 till 9 at night 7 days a week, one told me the boss keeps their money to send home to there families and they only get a bit for food, they sleep in a caravan behind the wash with no toilet",
  "EO WW AC", "lh ncw saw plc", "L")
a("Report from member of public (online): 'the man at no 34 has a woman living there who does all the cleaning and looks after his kids, i've never seen her go out on her own, she's only let into the garden, when I said hello over the fence he called her in straight away and she looked terrified'",
  "RM", "rm", "D")
a("Lad about 15 keeps turning up at the flat below mine, comes from London on the train with a bag, stays a few days, older men knock at all hours. Lady who lives there is on her own, think she uses, they've basically taken over her flat",
  "AV", "", "C", "h")
a("Not sure if this is anything. Polish couple moved in next door, both work at the chicken factory, they go in at 6 and come back about 3 in their own car, always say hi. Someone at work said the agency is dodgy but they seem fine to me.")
a("There's a young Albanian guy who only comes out of the house to smoke and goes straight back in. Windows blacked out, strong smell of weed, electrics buzzing, someone drops food off every few days. He looked thin and pale.",
  "IS", "pa iso", "C")
a("my ex has taken my sons bank card and is using it, hes not exploiting him or anything hes just a thief, can police get it back")
a("There's a building site behind our estate, workers are there every day including Sundays from 7am til dark, they climb scaffold without harnesses or hats, when I asked one where he's from the foreman came over and told him to get back to work and said 'he doesn't speak English'",
  "EO AC", "lh sfw", "L")
a("a boy from my sons school (year 9) has new trainers, two phones and cash and has been missing from school for days at a time, my son says older lads give him 'work' to take stuff to Margate and that hes scared cos he lost a package and they said he owes them £800",
  "AV DB IT", "", "C", "h")
a("TXT: pls help im in a house dont know address they take my fone when i finish, 3 girls here, man says i owe 5000 for flight. i am ok now he is out",
  "IS DB", "iso", "S", "i")
a("Girl upstairs shouting in another language and banging on the door last night, sounded like she couldn't get out. Door has a padlock on the outside, saw the man lock it this morning when he left. Please come quick",
  "RM", "rm", "", "i")
a("Just reporting an abandoned car outside my house for 3 weeks, no tax, Vauxhall Astra, blue")
a("Caller reports her elderly neighbour has an Indian lady living with him who is his 'housekeeper', caller concerned as the lady said she hasn't been paid 'since Diwali', works all day and sleeps on the kitchen floor, and the man keeps 'her papers' in his bureau.",
  "WW EO AC RD", "lh plc dt", "D")
a("im a delivery driver i drop parcels to a unit in the industrial estate there are men sleeping on mattresses between the machines, i saw it through the shutter, they work there too, sewing clothes. smells terrible no windows",
  "AC", "saw plc", "L")
a("My brother went to work in the UK for a man from our village who said it was factory job £9 an hour. now he is picking vegetables in a field and says they pay him nothing until his travel is paid and the man holds his passport. He rings me only when man is not there. I am calling from Romania, please help him",
  "DE WW DB RD", "dt", "L")
a("Woman at the school gate told me the Chinese takeaway is run by slaves. Honestly I think it's just a family business, the kids help out after school and the grandad does the cooking. Just racist gossip I think but thought I'd mention it")
a("there is a lot of bank cards being used at the cash machine by the post office by the same man every friday, he comes with 4 or 5 guys in a van who stand behind him and dont take anything out themselves",
  "", "mbc ncw et", "L")
a("I worked in a restaurant in Newcastle, the owner said he would pay me £1200 a month. After two months he gave me £200 and said the rest is for the room and my food. I worked 14 hours a day. I could leave but where would I go, I had no money and no English.",
  "DE WW EO AV", "lh", "L")
a("i dont think its slavery but the guy who runs the car wash pays cash and i think its below minimum wage, the lads go home at 6 in their own cars and one of them owns a house near me")
a("My daughter (16) has been going missing for days and comes home with nails done, new phone, and a much older boyfriend who picks her up in different cars. She told her friend she has to 'do favours' for his mates because he's paid for everything. Please help.",
  "AV DB", "", "S", "h")
a("no one has seen the old man at no 8 for weeks, his son says hes fine, just worried as its cold and he's frail. his curtains are always closed")
a("Online form: Worried about the guy who sells the Big Issue outside the station. He told me some men took his giro and his bank card and give him £10 a day, they let him sleep on their floor. He has learning difficulties and said they'd hurt him if he told.",
  "AV IT", "ncw", "", "")
a("There's men sleeping in the back of the hand car wash in a shipping container, I seen the mattresses when the door was open. They wash cars from 7 to 8. Man in a Range Rover comes every evening and takes the cash",
  "AC EO", "saw lh plc ncw", "L")
a("Reporting a wedding at the registry office that seemed forced, the bride was crying the whole time and didnt speak English, the groom's family did all the talking and held onto her bag and documents. She looked about 17.",
  "AV RD", "sfw dt", "", "h")
a("Crimestoppers info: 'A man called Luan runs three cannabis houses on the Parkside estate. The boys inside are Albanian and Vietnamese, they are told they owe money for coming to England and can't leave till it's paid. Luan visits with another man with a gun.'",
  "DB RM IT", "rm", "C")
a("Sorry if this is a waste of time. New family moved in across the road, 3 generations, lots of people, maybe 9 of them in a 3 bed. The kids go to school and the adults go to work and come back at normal times. Someone said it looks overcrowded but they seem happy and the grandad fixes everyone's bikes.")
a("There is a woman staying at the hotel where i work, she has been here 3 weeks, different men go up to her room all night, a man pays the bill in cash and keeps her key card so she cant even leave the room without him. she looked bruised on her arms yesterday",
  "RM", "pa rm", "S")
a("My neighbour is a Nigerian lady, she works night shifts in a care home and day shifts in another, she is always exhausted but she says she needs the money for her kids' school fees back home and the agencies pay her ok. Is that allowed? I worry about her health")
a("im ringing about my nephew, 19, he has autism, he has been staying with a couple he met online, they have his bank card and his benefits go into their account, he tells me he does all their cleaning and they lock his room at night",
  "AV RM", "ncw rm", "D")
a("bloke offered me a job on the farm, cash in hand, I did 2 weeks, he paid the first week fine but the second week is 10 days late now and he keeps saying Friday. I'm not locked up or anything, I've got my own place, I just want my £600")
a("There are lads going in and out the back of the barbers at all hours, heard the barber telling one 'you do what I say or your mother in Tirana pays'. They look scared",
  "IT", "", "")
a("Reporting a house in Peterborough, about 15 Lithuanian men live there, they pay £80 a week each to the same man that gets them work at the packhouse, its taken from their pay before they get it. Bunk beds in the lounge. The man collects them in a van every morning at 4:30.",
  "AC", "oc ce ncw", "L")
a("My elderly mum's neighbour has a lodger who does the garden, she pays him £50 and gives him lunch, my brother thinks he's being exploited because he's Eastern European but he's a grown man and has a car")
a("I HAVE HAD ENOUGH OF THE PEOPLE AT NUMBER 22 PARKING ACROSS MY DRIVE EVERY DAY AND THE KIDS SCREAMING IN THE GARDEN. NOTHING IS EVER DONE ABOUT IT")
a("woman at the launderette said she had come from Eritrea via Libya and the men who brought her to Calais said she still owes them $3000 and they ring her all the time saying they know where her brother lives. she is living in a hostel and working cash in a kitchen to pay them",
  "DB IT", "", "L")
a("Phone call from concerned member of public: a girl approx 12 yrs being walked to and from a flat above the kebab shop by different adult men, she is never in school uniform, caller saw her in the window crying at 2am. Caller believes she is there now.",
  "AV", "", "S", "i")
a("theres a van parked in the layby every morning 5am full of men, a guy with a clipboard shouts names, they get in. one of the men said to my husband they are paid on a card the boss keeps and they get £30 cash a week.",
  "WW", "ce ncw", "L")
a("Last summer I fell off a ladder at work and broke my wrist, my employer has been great and paid me sick pay, but someone at the hospital asked if I was a victim of modern slavery?? I'm from Slovakia and have a contract. Just wanted to ask why they'd think that")
a("My friend's aunt came from Sierra Leone to look after a family's kids in Surrey. They promised her £500 a month and English lessons. She gets nothing, sleeps in the children's room, is up before 6 and working till midnight, and she isnt allowed to have a phone. They told her the police will arrest her if she goes out because her visa is finished.",
  "DE WW EO IS AV IT", "lh iso foa", "D")
a("there's a man at the bus stop every day asking girls if they want to make money modelling, he gave my 15 year old a card with a phone number. This is really worrying. He drives a black Audi",
  "AV", "", "", "h")
a("a guy asked me at the jobcentre if i wanted work, pay £100 up front for the DBS and uniform and he'd get me on a site. i didnt do it. think it's a scam",
  "", "uf", "")
a("3 young lads (look about 16) sleeping in the stairwell of our block, dont speak english, told to wait there by a man who collects them in the morning. I gave them some bread, they had nothing except what they were wearing",
  "AV", "fpe ce", "", "h")
a("my son's friend is from Vietnam, 17, he lives in a flat with his 'uncle' who he says is not his uncle, he is out every night 'watering plants' in another house and the uncle takes his phone when he goes there. Son says he's terrified of the uncle",
  "AV IS", "iso", "C", "h")
a("Just a complaint about the nail bar in the precinct, they cut my cuticle and it got infected. Staff were rude. Not slavery just bad service")
a("the girls in the massage place on Queen St live there, you see washing hanging in the back, they never go out without the older woman, the sign says open 10am till 2am. last week one had a black eye and told my wife the older woman hit her",
  "RM EO PV", "rm lh saw pa", "S")
a("The man next door has a Filipino maid, I've been told by her herself she gets her wages every month into her own account, has Sundays off and goes to church, and has her own passport. My wife insisted I report it after a programme she watched, but I really think she's fine.")
a("A man who works at the recycling plant near my house came to my door asking for food. He said they were 12 in a house, the boss takes their wages for 'rent and debts' and they get £20 each a week. He had cuts on his hands and his boots had holes. He was afraid I'd call police because 'no papers'.",
  "WW AC DB", "oc ncw pa foa", "L")
a("Caller (anon): 'at the farm up Long Lane there are caravans with no water and a dozen men in each, the gaffer shouts at them and I've seen him punch one. They don't get paid till end of season.'",
  "AC PV WW", "oc plc", "L")
a("Student from China at my uni told me she lost her passport on the bus and is panicking about her visa, I told her to go to the embassy. Is there anything else she should do?")
a("There's a lady who walks to the big house on the hill at 6am every day and back at 10pm, she told my mum she cleans and cooks for them and looks after their mother, and that they 'look after her money'. She looks so thin.",
  "EO WW", "lh ncw pa", "D")
a("Ive seen on tiktok a guy selling kidneys lol from Pakistan, people say you can get £10k, is this legal? someone in our group chat is talking about doing it cos of debts",
  "", "", "")
a("My husband's cousin was taken to a clinic in Istanbul, they told him he would get £8,000 and a job if he gave his kidney. After the operation they gave him £1,500 and put him on a plane. He is sick now and cannot work.",
  "DE", "", "O")
a("INFO: man named Dritan takes young women from Albania promising waitress jobs in London, then they're put in flats in Slough and advertised online. He keeps their phones and tells them their families will be shamed if they go home.",
  "DE IS IT", "iso", "S")
a("Van driver sleeping in his cab at the depot again because he lives far away, he told me he prefers it. He gets paid well. Security guard just wanted it logged.")
a("the chinese woman in the flat opposite gets 10 to 15 men a day visiting, she never goes out, the shutters are always down, a man comes every night and takes a bag. I saw her at the window waving at me like she wanted help",
  "RM", "rm ncw", "S")
a("My friend Ana came to work as an au pair for a family in London, the advert said 25 hrs a week and a room. Now she cleans the whole house, does the cooking and childcare from 7am to 10pm, they took her passport 'for the visa' and they give her £50 a month. She cries on the phone to me every night.",
  "DE RD WW EO", "dt lh", "D")
a("Someone came to our food bank with no ID, no money, said he'd been brought from Poland to work in a factory and the man who brought him kept his ID card and bank card and now kicked him out. He had only a carrier bag of clothes.",
  "RD WW", "dt fpe ncw", "L")
a("i think my neighbour is running a brothel but i dont think anyone is forced, its one woman, she works for herself, nice lady, but the cars coming and going all night is doing my head in")
a("Report: there's a bloke on the estate who gives kids scooters and phones and then tells them they owe him, then they're doing runs for him. My 13 yr old was offered one. When a kid said no he was battered in the park last week",
  "AV DB PV", "", "C", "h")
a("the man who runs the kitchen at the curry house shouts at the waiters and once threw a pan at one. they are all from Bangladesh and live upstairs, 8 in 2 rooms. they work 12 hour shifts 6 days. one told me he paid £15,000 for the visa sponsorship and the owner holds his passport",
  "PV AC EO RD", "oc saw lh uf dt", "L")
a("The car wash near me has closed down, the lads who worked there left their caravans behind. I don't know if anything bad happened there, I'm just curious")
a("Call from concerned landlord: tenant sublet his 2-bed without permission, approx 10 people now live there, all work at a distribution centre. The tenant collects 'rent' from them. They come and go freely and have their own phones. Landlord wants them evicted.")
a("lads at the car wash told me they was promised 'good job with good pay in England' by a man in Romania who paid the bus, now they have to pay him back £100 a week and have to live in his house for £60 each. I dont see how they ever get out of it",
  "DE DB", "", "L")
a("There's an older man at the caravan park who has a younger man doing all his roofing jobs, the younger one looks like he's got learning difficulties, filthy, sleeps in a horsebox, the older man takes him to jobs and never lets him talk to customers. I heard him call him a 'dog'",
  "AV AC", "plc pa et sfw", "L")
a("i work in a bank and a customer came in with a man who did all the talking, wanted to open an account for her, man had her passport and gave his own phone number and address. she looked scared and didnt speak. Man has opened 6 accounts like this this month",
  "RD", "sfw dt ncw", "C")
a("My partner and I argue a lot and last night he threw my phone and said I can't go to my mum's. I'm not sure who to talk to. I don't want him arrested, I just want advice")
a("Woman phoned the helpline from a Tesco staff toilet, said she is from Nigeria, brought by 'madam' who paid her flight, she had to swear a juju oath and now must pay €35,000 by working in a flat with men. Madam says her mother will die if she breaks the oath.",
  "DB IT AV", "", "S")
a("I'm a postie, a house on my round has about 20 letters a week to different names, all bank letters, I've never seen more than 2 people there. Could be nothing.",
  "", "", "")
a("My cleaner is from Brazil, she works for about 10 families, sets her own hours, drives a nicer car than me. My mother-in-law keeps saying she is 'trafficked'. She isn't. Just want it noted if anyone reports her.")
a("the old bloke at the end of the road has had a young Polish guy living in his shed for a year doing all his jobs, hes got no toilet or heating, the old man's son told me they give him cider instead of money. hes an alcoholic",
  "AV AC WW", "plc", "L")
a("Men in a minibus dropped off 4 girls at a house party near my flat, the girls looked about 14 or 15 and really out of it. I heard one crying in the garden saying she wanted to go home, a man grabbed her arm and dragged her back in. This is happening NOW at 11 Chestnut Close",
  "AV PV RM", "rm", "S", "i")
a("anonymous: 'the Indian restaurant on the high street brought over a chef on a skilled worker visa, he pays his own rent and went back home for his wedding last year'")
a("Theres always a different lad working at the launderette, young, foreign, they never seem to leave the place, one was eating a sandwich off the floor, i bought him a coffee and he looked at the door like he wasnt allowed to talk to me",
  "", "", "")
a("My brother-in-law works at a warehouse through an agency. He's on a zero hours contract and sometimes gets no shifts and sometimes works 50 hours. Pay is always in his account on Friday. He hates it but it's not slavery is it?")
a("The Romanian women who sell the Big Issue outside Sainsbury's get dropped off by a man in a Mercedes who takes the money off them at lunchtime. One of them has a baby with her all day in the cold.",
  "WW", "ce ncw", "C")
a("Neighbour reports 3 men living in a shed at the bottom of garden at no 17, they work for the homeowner's building firm, no running water, homeowner locks the gate at night and they have no key.",
  "AC RM", "plc rm", "L")
a("hi, my friend from Sudan was working on a fishing boat off Scotland, he says they were at sea for weeks, working 20 hours, the skipper kicked him and kept the passports on the boat, and his pay went to the agent in Ghana. He's now ashore in Peterhead with no money.",
  "EO PV RD WW", "lh dt ncw", "L")
a("There were several men hanging around the cashpoint at 2am who I think were trying to rob people. I walked the other way. Just so the police know.")
a("A man in a white van keeps asking homeless people in the town centre if they want work, £40 a day and somewhere to stay. Two who went with him came back weeks later, one with a broken nose, saying they never got paid and slept in a barn.",
  "AV DE WW PV AC", "plc", "L")
a("a teenage girl (maybe 15) was at the hotel reception with a much older man who booked a room in cash and did all the talking, she had no bag and looked really scared. They're in room 214 now",
  "AV", "sfw fpe", "S", "i")
a("My nephew works on a dairy farm in Wales, long hours at calving, up at 4, but he's paid properly, has his own cottage, and the farmer gives him a bonus. My sister worries it's exploitation because he looks tired. Is it?")
# ---- part 2 ----
a("INT suggests POPESCU Ionut (DOB 12/03/1988) controls approx 10 RO nationals working at hand car washes across Leicester. Workers' wages paid into accounts held by POPESCU. Workers housed at 14 Beaumont Rd. 2/B/P",
  "WW", "ncw", "L")
a("2/C/P. Source reports a Vietnamese male approx 16yrs seen at a residential address on Oak Drive, believed to be tending cannabis plants. Male not seen leaving the premises in 3 weeks. Windows covered. Food delivered by unknown Asian male in grey Toyota.",
  "AV RM IS", "rm iso", "C", "h")
a("1/A/P. Officers attended address re noise complaint. Party in progress, all adults, no concerns identified. Words of advice given. NFA.")
a("Safeguarding referral (school): Pupil A, Y10, has been absent 14 days this half term. Pupil disclosed to DSL that an older male 'T' gives him cash to take 'parcels' on the train to Southend and that T said he knows where his little sister goes to school. Pupil has unexplained injuries to knuckles.",
  "AV IT", "pa", "C", "h")
a("Salvation Army caseworker note: Client M (Slovak, 42) reports being recruited in Kosice by a man offering warehouse work with accommodation. On arrival, ID card taken 'for registration' and never returned. Client housed with 11 others in a 3-bed house, wages paid to a card held by the recruiter's wife. Client received £25-£40/week. Client says he was told that if he left, his debt for travel (£500) would be collected from his mother.",
  "DE RD AC WW DB IT", "dt oc ncw", "L")
a("GP note: 34F, Chinese, attended with 'friend' who interpreted and answered all questions. Pt has bruising to upper arms and wrists, vaginal discharge. Pt appeared frightened, made no eye contact. Registered at address of a known massage parlour. Declined to be seen alone.",
  "", "sfw pa foa", "")
a("GLAA inspection: Licence holder (Harvest Labour Ltd) found to have failed to keep adequate records of hours worked for 40 workers. Workers interviewed had contracts, payslips and own bank accounts. No indicators of forced labour. Recommendation: additional licensing conditions.")
a("Border Force, Stansted: Two Romanian females (19 and 20) stopped on arrival. Travelling with male (42) who held both their passports and return tickets. Females said they were coming to work in a 'restaurant' but could not name it. Male has prior arrests for controlling prostitution. Referred to NRM first responder.",
  "RD", "dt", "S")
a("Debrief (via interpreter): She says that the man who brought her from Lagos told her she would work in a hair salon. When she arrived he said she owed him 40,000 pounds and that she would work in a flat with men. She says he raped her the first night to 'teach her'. She says he still has her passport and her mother's phone number.",
  "DE DB PV RD", "dt", "S")
a("999 call: female caller whispering states she is locked in a room at an address she doesn't know, a man has taken her phone and she is using a second phone hidden in her bag. She says he will come back tonight and kill her if she tries to leave. Call dropped. Cell site indicates LS9 area.",
  "RM IS IT", "rm iso", "", "i")
a("101 call: caller's son (17) has not been home for 4 nights, believed to be in Swansea with a 'county line'. Son messaged saying he can't come home till he makes back £1,200 he 'lost' when robbed. Caller has received a photo of son with a black eye.",
  "AV DB PV", "pa", "C", "h")
a("Local authority housing officer note: Property inspected following a complaint. 2-bed flat occupied by a family of five. Damp in the bathroom; landlord instructed to remedy. No concerns regarding occupants' welfare. All adults in work, children attending school.")
a("INT: WOJCIK Marek seen collecting approx 15 Polish males from 3 HMOs in the Hyde Park area between 0400-0430 daily, transported to a food factory in Doncaster in a white Transit. Workers returned 2000-2100. Workers reportedly charged £10/day for transport. 3/C/P",
  "EO", "ce ct lh", "L")
a("Probation note: Service user (24) disclosed that while in prison he was approached by another inmate who said he 'owed' for protection and would be working for him on release 'running the line'. Service user states he has since been sending his UC payments to this man and has been selling drugs in Hastings. He fears for his mother's safety.",
  "DB IT", "ncw", "C")
a("A&E: 19M, Albanian, admitted with burns to hands and forearms. Pt initially said it was a cooking accident. Later told nurse he was working in a 'garden' with lamps and fans in a house and a transformer caught fire. He says he cannot go back as the 'boss' will be angry because the plants are lost, and that he owes £20k for his journey.",
  "DB", "pa", "C")
a("Bank financial crime alert: Account ending 4412 receives wages from 9 different employers (cleaning agencies), all funds withdrawn same day at ATM in Ilford. 14 debit cards registered to the same address. Account holder's age 64. Possible control of workers' wages.",
  "", "mbc ncw", "L")
a("Council licensing inspection, nail salon: 3 technicians present, all had right to work documents and payslips. Owner provides staff training. Minor breach of waste disposal regulations. No welfare concerns.")
a("NGO caseworker (Unseen): Caller reports her husband's employer (a curry house in Kent) has not paid him for 3 months, says he will pay 'after Ramadan'. Husband works 7 days 11am-midnight and sleeps above the restaurant. Employer holds his passport and BRP 'for safekeeping' and reminds him his visa is tied to the job.",
  "WW EO RD AV", "lh saw dt", "L")
a("Officer handover: IP Kateryna (UA, 28) recovered from pop-up brothel at the Premier Inn, rm 318. Advertised on AW. States she came voluntarily but now the 'manager' keeps 70% and her phone, and she's moved to a different city each week. Currently at safe house. VRM of manager's car: BD21 XKE. NRM referral done.",
  "WW IS", "ncw iso", "S")
a("Debrief: 'I came from Eritrea. In Libya they kept us in a warehouse and beat us until our families paid. In UK I work in car wash for a man who says I must pay him for the lorry. He gives me £15 on Sunday. I sleep at the car wash with four men.'",
  "PV DB WW AC", "saw oc ncw", "L")
a("Midwife note: Pt (22, Romanian) attended booking appt with male partner who answered all questions and held her documents. Pt speaks little English. Partner refused interpreter. Pt later disclosed in the toilet that he makes her 'work' with men and takes the money. Pt 18 weeks pregnant.",
  "RD WW AV", "sfw dt ncw", "S")
a("Council Environmental Health: complaint re rats at takeaway. Inspection: 2 staff, both local, working normal shifts. Hygiene rating lowered. No welfare issues.")
a("INT suggests DOSTI Arben uses TikTok to recruit Albanian males for 'gardening jobs' in the UK at £2000/month. On arrival they are placed in cannabis grows and told they owe £15,000 for the crossing. Those who try to leave are shown a video of a man being beaten. 2/B/C (not to be disseminated to partner agencies without OIC approval).",
  "DE DB IT", "", "C")
a("I worked at a packing factory through agency. Every week they took £30 for the bus, £20 for the boots and vest, and £90 for the house. After all that I had maybe £40 left from 60 hours. When I asked for my payslip the man said 'you want to go back to Bulgaria?'",
  "WW EO IT", "ct ppe lh", "L")
a("Care home CQC inspection note: overseas carers sponsored by the home report being charged £8,000 'recruitment fees' in Kerala, now deducted from wages at £400 a month. Staff say they cannot leave before repaying or the home will cancel their sponsorship. Rotas show 72-hour weeks.",
  "DB EO AV IT", "uf lh", "L")
a("Call from Modern Slavery Helpline: caller is a shop worker, reports a man who brings in 5 or 6 young women every evening to buy phone top-ups, he pays for everything and holds all their phones, the women never speak. Caller thinks they are Brazilian.",
  "IS", "sfw iso", "")
a("Police log: Report of a male begging aggressively outside the train station. Male is known local with alcohol dependency, lives in supported accommodation. No third-party involvement. Referred to outreach.")
a("Family member reports: her cousin, 25, came from India on a domestic worker visa with a Saudi diplomat's family in Kensington. She says she works from 6am to 1am, has no day off, sleeps on the floor of the children's room, has not been paid in 8 months, and the family keeps her passport. She is only allowed out with the family.",
  "EO AC WW RD RM", "lh dt rm", "D")
a("Refuge note: Client left her husband after years of coercive control and physical abuse. She worked as a teaching assistant throughout and kept her own wages. No indication of labour or sexual exploitation; domestic abuse pathway.")
a("INT: Intelligence indicates a male named 'Ricky' is using the home of a vulnerable adult female (learning disability) on Lister St to store and sell crack cocaine. Female has been moved into the back bedroom and is not allowed to leave when customers are present. 2/B/P",
  "AV RM", "rm", "C")
a("Witness statement: 'I saw a man push the woman into the back of the van and slam the door. She was screaming in a foreign language. The van drove off towards the industrial estate. There were two other women already inside. It was about 11pm.'",
  "PV", "", "", "i")
a("Crimestoppers (online): 'A bloke called Gaz runs a gang making homeless lads shoplift from Boots and Superdrug every day, he gives them a bit of spice and a mattress in his garage and they have to bring him £200 of stuff or they get battered.'",
  "AV PV AC", "plc", "C")
a("GLAA: Intelligence received that a gangmaster is supplying pickers to a strawberry farm in Herefordshire without a licence. Workers spoken to were students on seasonal visas, had their own passports, paid hourly into own accounts, accommodation on farm inspected and found to be good. Unlicensed activity only.")
a("Debrief summary: Victim (M, 31, VN) states he paid $35,000 to a broker in Nghe An for a job in a UK nail bar. Family mortgaged their land. In UK he was placed in a nail bar in Kent, working 9am-9pm, 7 days, wages paid to the owner 'towards the debt'. He slept on the salon floor.",
  "DB WW EO AC AV", "lh saw uf ncw", "L")
a("101: Caller states her Airbnb guests left the flat in a state, found 6 phones and a ledger with names and amounts. Caller thinks they may be drug dealers. No people present now.")
a("Caller: my mum's pension has been going to her 'friend' who moved in after Dad died, he takes her card each week and gives her £20. She's 81 and has dementia.",
  "AV", "ncw", "")
a("Report via web: Man and woman in a house in Luton keep a young Romanian man who looks after their horses and dogs, he lives in a stable, they take his benefits, he's simple and they laugh at him. I've seen the man hit him with a lead rope.",
  "AV AC PV", "plc ncw", "L")
a("INT: Female known as 'Mummy G' collects Nigerian females from Gatwick and places them in flats in Croydon. Females are told they must pay back '€50,000' and are subjected to ceremonies. Source states they are not permitted to go out unaccompanied. 2/C/P",
  "DB RM", "rm", "S")
a("School referral: Y7 pupil (11) tells teacher that she stays home on Mondays to look after her baby brothers and do the cleaning while mum works. Family known to children's services, mum is single parent. Concern is around neglect and attendance, not exploitation.")
a("Interpreter's account: He says that they came to the farm in Kent and the gangmaster took everyone's ID cards to 'do the paperwork'. He says they were 9 in a caravan meant for 4, no heating, and that he worked 14 hours in the rain. He says the gangmaster said anyone who complained would be 'found in the river'.",
  "RD AC EO IT", "dt oc lh", "L")
a("Press summary: Three men were jailed at Bristol Crown Court for trafficking 18 Slovak men to work in a meat factory. The court heard the victims were housed in squalid conditions, their bank cards were taken, and they were beaten when they complained.",
  "AC PV WW", "plc ncw", "L")
a("Caller: neighbours (Chinese family) have a young lady living with them who is their 'niece' from China. She does all cooking, cleaning, laundry, takes kids to school. She is 16. Caller has never seen her go to school herself. Saw the wife slap her in the garden.",
  "AV PV", "", "D", "h")
a("Local authority social worker: Young person (16, Eritrean, UASC) placed in supported accommodation. Disclosed that during the journey smugglers held him in a house in Libya. Currently in education, no current exploitation concerns. Risk of going missing monitored.")
a("Forum post reported to police: 'Need girls 18-25 for massage work in Birmingham, accommodation provided, no experience needed, send photo. We arrange travel and passport, you pay back from earnings.'",
  "", "", "")
a("Officer note: Attended HMO after report of 'slaves'. 7 occupants (Polish, Romanian), each with own room and lock, contracts with different employers, own bank cards, free movement. Landlord licensed. No MS indicators. Reporting person's concerns addressed.")
a("My girlfriend came here to study from Vietnam, her student agent in Hanoi charged her family $20,000, and now she has to work at a nail bar for the agent's friend for free to pay it off. She says they said they will report her to immigration if she quits.",
  "DB WW IT AV", "uf foa", "L")
a("Helpline: Caller (F, 30s) states she is working in a private house in Manchester for a Qatari family, they brought her from the Philippines, she has no day off in 14 months, they lock the front door and keep the key, and she has only been paid once. She is calling from the bathroom.",
  "EO RM WW", "lh rm", "D", "i")
a("Neighbour report: loads of lads get dropped at the house at all hours in taxis, dead suspicious, then I found out its a hostel for refugees run by the council, so never mind")
a("Construction site, Tower Hamlets. HSE inspector notes: workers lacking PPE, one told inspector £150 was deducted from his first wage for the hard hat, boots and hi-vis. Workers paid weekly, live in own accommodation. Referred to GLAA for information.",
  "", "ppe", "")
a("debrief: 'they said I'd be a model in london. They took pictures and put them online. Men came to the flat every day. If I said no the boyfriend hit me and said he'd send the pictures to my dad.' (F, 17, British)",
  "DE AV PV IT", "", "S", "h")
a("INT: Male known as 'Smokey' (POI) running a line 'DANNY' from Birmingham into Shrewsbury, using at least three local addicts' flats as bases. One cuckooed occupant (M, 55, heroin user) reports being given free drugs and then told he owes £400. 2/B/P",
  "AV DB", "", "C")
a("Caller says his Romanian friend works at the recycling yard, he earns £12 an hour, lives with his girlfriend in Wolverhampton, and has just bought a car. He just wanted to know if the yard's boss is allowed to make them work Saturdays. Advised to ACAS.")
a("A&E note: 27F, presented by an older male who said he was her 'cousin'; pt had a fractured wrist and old injuries. She said she 'fell at work' in a hand car wash. Male refused to leave the cubicle. Pt was wearing flip-flops in November and had no coat.",
  "", "sfw pa", "L")
a("Bank: Customer (M, 50s) opened 7 accounts in the past 2 months for 'his employees', all Romanian, all listed at his address. He requested the cards be posted to him. Employees never attended the branch.",
  "", "mbc ncw sfw", "L")
a("Debrief (translated): 'The woman said I will cook and clean for her sister in England and study. I did not go to school. I sleep on the kitchen. I work from morning until the children sleep. When I was sick they did not take me to doctor. They said if I run police will put me in prison because I have no papers. I was 14.'",
  "DE AV EO AC IT", "lh foa", "D", "h")
a("Caller: her son was sacked from the car wash for arguing with the boss about his overtime pay, boss paid him what was owed the next week, he found another job. Just wanted it on record.")
a("INT: Vehicle VRM LR18 KTP seen daily at 0500 at a lay-by on the A47 picking up 8-10 males, returning them 2200. Males observed to be unkempt, one limping. Driver identified as STAN, Florin. 3/C/P",
  "EO", "ce pa lh", "L")
a("Online report: i think my neighbour has people locked in her garage, i hear banging at night. Police came and it was just her teenage son with a drum kit. ignore my last report, sorry")
a("Immigration enforcement note: Visit to a restaurant in Southall found 2 workers without right to work. Both living independently, paid minimum wage in cash, free to leave. Civil penalty issued to employer. No trafficking indicators.")
a("Report from a volunteer at a soup kitchen: a Sudanese man told her he had been working on a farm in Lincolnshire for a man who promised £80 a day, but was given only food and a tent and £10 now and then. He ran away when the man threatened to call immigration on him.",
  "DE WW AC IT", "plc foa", "L")
a("Concerned father: 'My daughter is 14 and I found messages from a man on Snapchat asking her to meet his friends and saying he'd buy her stuff. He's sent her money. She's meeting him tonight at the bus station at 8.'",
  "AV", "", "S", "i")
a("A woman named Sapna contacted the charity. She came on a spouse visa. Her husband's family keeps her passport and makes her work in their shop and at home from 5am to midnight with no pay. Mother-in-law burned her arm with an iron when she complained.",
  "RD EO WW PV", "dt lh", "L D")
a("Police log: RTC on the M62, minibus carrying 12 agricultural workers. Driver uninsured. All workers had own ID and confirmed they were paid via payroll by a licensed agency. No concerns.")
a("ok so i dont no if this is anything but my mate works at the car wash and he says the boss took everyones passport when they started and said its for 'safety' and they never got them back. mate is too scared to ask",
  "RD", "dt", "L")
a("School referral: Pupil (Y11, 15) seen repeatedly being picked up by different cars from outside school. She has a second phone, expensive gifts, and has been found at a hotel in Leeds at 3am with adult males. Mum states she has lost control.",
  "AV", "", "S", "h")
a("Victim account: 'I was recruited from Sri Lanka for a fishing boat in Ireland. On the boat I worked 20 hours some days. The skipper hit us with a rope if we slowed. We were not allowed off the boat when it docked. The agent kept our passports. Our salary went to the agent and we got nothing for 7 months.'",
  "EO PV RM RD WW", "lh rm dt ncw", "L")
a("Caller: the man in the flat opposite sells fake designer gear from his van, dont know if that's slavery but it's illegal")
a("Concern raised by a job centre work coach: Claimant (M, 23, learning disability) says his 'mate' takes him to a warehouse where he loads trucks at night, and the mate collects his wages 'to keep them safe'. Claimant doesn't know the address of the warehouse.",
  "AV WW IS", "ncw iso", "L")
a("Debrief: 'They told me in Albania I owe 12,000 pounds for the boat. I work in house with plants. Every week they say the electricity and food add to my debt so it never goes down. I could not leave, door was locked from outside, window had wood.'",
  "DB RM AC", "rm", "C")
a("101 caller: my husband's employer has been late paying wages twice this year, and we're struggling. He's on a proper contract, he's just fed up. Is there anyone who can help?")
a("Midwife: Pt (19, Albanian) accompanied by 'husband' (35) who refused to leave. She appeared to want to say something. In private she said she is not allowed out of the flat, he has her passport, and she is 'sold' to men at night.",
  "RM RD", "rm dt sfw", "S")
a("Social media message passed to police: 'anyone know who runs the brothel in the flats on Chapel Street? my friend went to work there and they took her phone and now she's not answering and they say she owes them for rent'",
  "IS DB", "iso", "S")
a("Kidney donation enquiry received by the hospital transplant team from a man claiming to be a cousin of the patient. On interview, donor (M, 24, from Pakistan) disclosed he had been offered £5,000 and a UK visa by the patient's family for the kidney. Not related. Referred to HTA and police.",
  "", "", "O")
a("Patient on renal ward (M, 58) had a living-donor transplant from his brother at Guy's, all HTA paperwork completed, both doing well. Brother's GP asked to follow up.")
a("INT: Information received that a clinic in Birmingham is facilitating overseas kidney transplants from 'donors' from Egypt, who are paid a fraction of what was promised and told to say they are relatives. 3/C/P",
  "DE", "", "O")
a("Debrief (NRM): Victim (M, 38, Sudanese) was offered work in Cairo, then taken to a 'hospital' where he was told he needed a medical check. He woke up with a scar, and a kidney removed. He was given $500 and dumped outside. He later travelled to UK.",
  "DE PV", "", "O")
a("Council tenancy officer: anonymous report that tenant is sub-letting to 'slaves'. Visit found tenant's elderly father and two adult children. No concerns. Tenant upset by report.")
a("hi there, reporting a man who asks young lads at the skate park if they want to earn £500 a week 'doing deliveries'. My son says 2 of his mates went and now they can't get out and they're scared.",
  "AV", "", "C", "h")
a("Care home (whistleblower): 'Overseas nurses here are told if they resign they must pay £10,000 for breaking the contract. The manager keeps their passports in the office safe. They work double shifts and sleep in the staff room.'",
  "DB RD EO AC", "dt lh saw", "L")
a("Report: There's a family at the Travelodge who've been there months, the kids look fine and go to school, council housing them temporarily. Someone said they were trafficked but it's just homelessness I think.")
a("Caller advises her friend (Polish, 45) works at a mushroom farm, the foreman holds everyone's wages in an envelope until they leave, and he drives them everywhere, they're not allowed to go to town by themselves.",
  "WW RM", "ncw et rm", "L")
a("Log: Vietnamese female (approx 15) found in the back of a lorry at Dover with 4 adult males. She had a phone number written on her arm and was told to call it on arrival. No documents. Placed in LA care. High risk of going missing.",
  "AV", "", "", "h")
a("I work at a petrol station, there's a man who brings in girls late at night to buy condoms and energy drinks, he holds their hands really tight, they look about 16 and they never speak. Last night one had a cut lip.",
  "AV", "pa sfw", "S", "h")
a("Police log: RP reports their Romanian cleaner has gone missing from her flat, last seen 3 days ago. Enquiries established she has returned home to Iasi for a family funeral. Closed.")
a("Public report: the lads at the building site across the road are living in the site portacabins, its cold, they cook on a camping stove, they get picked up by the gaffer on Sunday to go to the shop together and thats the only time they leave. one said he hasnt been paid since he came",
  "AC WW RM", "saw plc et rm", "L")
a("INT suggests GHEORGHE family in Slough control begging groups of Roma children (aged 8-13) at tube stations. Children handed over takings to adults at end of day. 2/B/P",
  "AV WW", "ncw", "C", "h")
a("Caller is a taxi driver. He regularly drives 2-3 young women between a hotel in Reading and addresses in Wokingham at night, always booked by the same man who pays. Tonight one asked him 'please help, they have my passport' before the man got in.",
  "RD", "et dt", "S")
a("Staff at a hostel report a guest who has been befriended by a man who now 'manages' his Universal Credit, takes him out every day to 'work' on driveways and gives him £10 and a can. Guest has learning difficulty.",
  "AV WW", "ncw", "L")
a("Caller (neighbour): 'the lady next door is always shouting at her au pair but the au pair seems to give as good as she gets, goes out with her mates on Fridays, and has a boyfriend. just noise complaint really'")
a("Debrief, Ukrainian woman, 33: 'A man from Facebook offered a cleaning job in a hotel with a room. In England he took me to a flat and said the job is with men, I must pay him back for the ticket and visa. He took my phone and passport. I was there for 2 months, not allowed outside. He hit me when I cried.'",
  "DE DB IS RD RM PV", "iso dt rm", "S")
a("Police log: male reported as 'being kept as a slave' at a farm. On attendance male is the farmer's son, 32, works on the family farm, has his own car and bank account. Family dispute. NFA.")
a("NGO outreach: Woman (Thai, 40s) in a massage parlour in Soho says she works there willingly, keeps 60% of her earnings, has her own flat and passport. Given info on support services. No indicators of coercion.",
  "", "", "")
# ---- part 3 ----
a("u need to check the flat above the vape shop, theres a girl in there never comes out, man brings her food, she aint got a phone cos she asked me to borrow mine thru the window to ring her mum in albania and he came back n shouted",
  "RM IS", "rm iso", "")
a("my cousin says the lads at the car wash dont even no what town there in, boss drives them from the house to the wash and back, no phones allowed at work or at home",
  "IS RM", "iso et rm", "L")
a("Not trafficking, but my neighbour's Romanian builder hasn't been paid by the homeowner for the extension and they're shouting at each other in the street. He's going to small claims apparently.")
a("the guy who cuts my hair told me he owes the shop owner 9 grand for getting him over from Kurdistan, works every day and all his tips go to the owner, he sleeps on the chair in the back",
  "DB WW EO AC", "lh saw ncw", "L")
a("Report about a house on Elm Grove. I'm a community nurse. An elderly man with dementia lives there, a young couple moved in 'to help'. They have his bank cards and he's in one room with a commode. They're using his house to sell drugs, people in and out all day.",
  "AV AC", "ncw plc", "C")
a("Reporting for my daughter who cleans offices through an agency: she's paid £10.90 an hour, has a contract, gets her payslip, holiday pay, it's just boring work. Someone told her cleaning agencies are modern slavery and she got scared. Can you confirm she's fine?")
a("INT: Female (approx 20, Chinese) working at a residential address on Hill St advertised on Vivastreet. Source states female does not know which town she is in, has no phone, and has been moved every 5 days by a male driver. 2/B/P",
  "IS", "iso et", "S")
a("Caller, anonymous, male, sounded drunk: 'The Polish lot in the flat below are slaves mate, I'm telling you'. On questioning he said they work at the factory and he doesn't like them parking. No further info.")
a("a man at my work (meat plant) says his agency takes back £300 a month for 'loan' they gave him for the flight and room deposit and it never goes down because they add interest. Hes paying 2 years now",
  "DB", "", "L")
a("i seen a woman being dragged into a car on Victoria rd at 10 mins ago by 2 men she was screaming help in english, silver merc, reg started WU",
  "PV", "", "", "i")
a("My friend, she is from the Philippines, works as a nanny for a family in Chelsea. At first they said she'd have weekends off. Now she can't leave the house even on Sundays, she's not allowed to speak to other nannies in the park, and they read her messages.",
  "DE RM IS", "rm iso", "D")
a("Lost my purse on the tram with my driving licence and bank cards, can I report it here?")
a("Girl at my college (16) says she's 'working' for a guy who sends her to parties in Airbnbs, he gives her vodka and weed first, and then she has to 'look after' his friends. She says he filmed her once and will share it if she stops.",
  "AV IT", "", "S", "h")
a("The men living in the yard at the scrap place are eastern european, they use a hosepipe to wash, there is a dog chained at the gate, the owner locks them in at night with the dog. I've heard them shouting to be let out.",
  "AC RM", "plc rm saw", "L", "i")
a("Safeguarding referral (A&E): 15F attended with overdose. Disclosed that her 'boyfriend' (21) makes her have sex with his friends to pay back money he says she owes for the drugs he gave her. Pt says he has pictures of her.",
  "AV PV DB", "", "S", "h")
a("GLAA: Labour provider inspected following a tip. Workers interviewed at their homes in Boston (Lincs). All confirmed wages paid into own accounts, transport to fields offered free by farm, hours 8-10 a day with breaks. Tip unfounded.")
a("my mum is worried cos the Indian family next door have a teenage boy stay who works in their shop all the time. I asked him, he's their nephew on holiday from Leicester, he gets paid and goes to the cinema. Mum still thinks its weird lol")
a("Debrief (Vietnamese male, 17, via interpreter): He says he was told in Vietnam he would work in a restaurant. In the UK, men took him to a house full of plants. He says they said his parents would be hurt if he ran away, he was given a mattress in the loft and rice once a day, and the door was bolted from outside.",
  "AV DE IT AC RM", "rm", "C", "h")
a("Staff at Primark noticed a group of 4 women shoplifting, a man waiting in the car outside took the bags. One of the women told security 'I must bring, or he beat me'.",
  "IT", "", "C")
a("An employee of ours has been arrested for shoplifting. No one else involved, she admitted it. HR wanted police to know we've seen no sign of anybody controlling her.")
a("INT: TANASE Constantin believed to hold 20+ bank cards in different names, withdrawing cash at Barclays ATM Kettering every Friday night. Card holders believed to be RO males working at a local warehouse via agency. 2/C/P",
  "", "mbc ncw", "L")
a("my bf works on a building site & the boss makes them buy there own hard hats and boots from him at double the price, takes it out of the first pay packet. bf earns ok though & can leave. is this legal",
  "", "ppe", "")
a("REPORT: Girls from the children's home on Bridge Lane are being picked up at night by men in taxis. Staff say one (14) came back with cigarettes, alcohol and money, and bruises on her neck. She says the men are 'her friends'.",
  "AV", "pa", "S", "h")
a("Caller states his neighbour (M, 60s, lives alone) has taken in a homeless lad who now does his gardening and decorating for nothing but food and a sofa, and the neighbour has his phone 'so he doesn't waste money'. Lad seems a bit slow.",
  "AV WW IS", "iso", "L")
a("Concern from a school nurse: Y8 boy regularly arrives hungry and tired, says he looks after siblings while parents work nights. Family poor but loving; referred to early help. No exploitation identified.")
a("Slovak woman called the helpline: she and her husband were promised work in a hotel near Blackpool. Instead they are packing salad in a factory. The man who brought them took their ID cards and pays them £100 a week between them for 6 days. She says they can leave, he doesn't stop them, but they have no money and no ID to travel.",
  "DE RD WW", "dt", "L")
a("someone should look at the big house on the hill with the gates. I deliver there. The cleaner who answers the door once whispered 'they don't pay me' and looked behind her. She has bruises on her face sometimes.",
  "WW", "pa", "D")
a("Caller reports a group of children (looked 10-12) with a woman, begging on the high street in the rain all day, the woman takes the coins from them every hour. Kids not in school.",
  "AV WW", "ncw", "C", "h")
a("Call summary: Female caller (Romanian) reports her ex-partner has taken their children to Romania without permission. Family court matter. Not exploitation. Signposted to Reunite.")
a("Report: the boys at the car wash on Great Western Rd, the manager threatened one with a pressure washer lance because he was slow, and told the others if they spoke to police they would be sent back 'in a box'",
  "IT", "", "L")
a("My husband drives a taxi, he picks up 2 thai ladies every night from a flat and takes them to a hotel, man pays him and tells him to wait. They never have bags or coats, only phones, which the man takes off them when they get out of the car.",
  "IS", "et iso fpe", "S")
a("Officer note: Visit to 8 Station Terrace following public concern. 6 Eritrean men present, recently granted asylum, living in HMO arranged by the council. No employer involvement. Each has own documents. No MS concerns.")
a("INT: Intelligence indicates an OCG is recruiting homeless males in Glasgow and transporting them to Northern Ireland to work on building sites. Males are reportedly told they will get £100/day but are paid £20 and accommodated in a disused warehouse. Some reported to have been assaulted for trying to leave. 2/B/P",
  "AV DE WW AC PV", "plc", "L")
a("My grandad keeps giving his pension to the man at the pub who says he'll invest it. It's a scam I think. Grandad isn't being made to work or anything.",
  "", "", "")
a("Teacher's referral: Y9 girl says her dad is making her marry her cousin in Bangladesh this summer and has taken her passport. She is terrified. Not seen any exploitation otherwise.",
  "AV RD", "dt", "", "h")
a("I run a B&B. A man booked 3 rooms for a week for 'his workers' who arrived in a van at midnight. He took their passports off them at reception to show me and then kept them. They leave at 5am in the van and come back at 11pm. They look exhausted.",
  "RD EO", "dt ce lh pa et", "L")
a("Reporting the Turkish barbers on London Rd, heard the owner telling a young lad if he doesn't stop crying he'll tell his dad back home what he's been doing. Lad looked about 15. Doesn't go to school.",
  "AV IT", "", "L", "h")
a("hiya my next door neighbour has hired 2 lads from an app to do his roof and they were really good, fair price, just want to say thanks lol wrong form probably")
a("Caller from a food processing plant's HR: noticed 5 workers sharing one bank account registered to a supervisor. Spoke to workers privately, they said the supervisor 'arranges' their money and they get an allowance. Two said they had paid him £1,000 for the job.",
  "WW", "ncw uf", "L")
a("A GP receptionist reports a patient (F, 40s, Nigerian) who registers as a 'housekeeper' to a family. The family's husband phones to book all her appointments, attends with her, and she has never been seen alone. She once said quietly 'I can't go home, they have my things'.",
  "", "sfw", "D")
a("There is a man that goes round the pubs with a lad who sells roses, the lad is tiny and maybe 13, the man takes the cash each time. It's nearly midnight and they're in the Red Lion now.",
  "AV WW", "ncw", "C", "i")
a("Debrief (translated, Indian male, 29): 'The agent in Punjab took 8 lakh rupees. He said I would work in a supermarket. In England they put me in a sweet factory, 12 hours, no day off. The owner said the visa is his and I cannot change job. They took my passport for \"checking\" and never give back.'",
  "DE EO RD AV", "uf lh dt", "L")
a("I was wrongly arrested for drug dealing last year, I am now suing the police. I was never exploited, I just want my phone back.")
a("Online report: my 17 year old son has been 'recruited' by a man on Instagram who pays him to let strangers put money in his bank account and then withdraw it. My son didn't know it was illegal. Now the man says my son owes him £3000 and threatens to come to our house.",
  "AV DB IT", "", "C", "h")
a("There's a bloke in the park sleeping rough who says a family 'sold' him a job picking daffodils in Cornwall, he worked 3 weeks and they said the money went on his caravan and food. He left with nothing but the clothes he's in.",
  "WW DB", "fpe", "L")
a("My sister is married to a man who doesn't let her work, controls all the money and her phone. It's awful but she's not forced to work. Is this slavery?",
  "", "", "")
a("Call log 22:41: Female reports she's in a flat above a shop in Hull, says a man brought her from Poland for a cleaning job but she's being made to sleep with men. She says he's in the next room now and the door is locked. Gave partial address before call cut.",
  "DE RM", "rm", "S", "i")
a("Charity note (Hope for Justice): Client (Romanian, 51, illiterate) worked for 6 years for a family in Wiltshire doing tarmac and driveway work, never paid, slept in a shed, was told by the family that the police would arrest him as he has no documents.",
  "AV WW AC IT", "plc foa", "L")
a("the massage shop in the arcade is open till 2am, I have seen the same 2 women for 3 years, they drive a nice car and go to the gym. my husband thinks there's something dodgy going on. i don't think they're victims of anything.")
a("tried to get a takeaway and the guy at the counter was crying, boss shouting at him in the back, then when i asked if he was ok he said 'no pay, no passport, please'",
  "WW RD", "dt", "L")
a("Report from a hotel manager: a group of 8 Vietnamese youths (approx 15-17) checked in with one adult, who kept all their documents and phones. They were told not to leave the rooms. Adult went out, youths still there now.",
  "AV RD IS RM", "dt iso rm", "", "i")
a("INT: Subject NOWAK recruits Polish alcoholics from soup kitchens in Gdansk, supplies them with vodka and places them on farms in Norfolk. Wages are collected by NOWAK, workers receive alcohol and cigarettes. 2/B/P",
  "AV WW", "ncw", "L")
a("Caller rang about her lodger, he's a Ghanaian student who works at the warehouse 20 hrs as per his visa, he pays her rent on time. Caller wanted to check if having a lodger who works 'counts as trafficking' as she'd heard on the radio. Advised no.")
a("Referral from GP: Pt (F, 23, Albanian) presented with injuries consistent with assault. She disclosed she was brought to UK by a 'boyfriend' who forces her to have sex with men in hotels, keeps her earnings, and threatened to kill her sister if she left.",
  "PV WW IT", "ncw", "S")
a("Someone knocked on my door late last night asking for help, a young man with no shoes, spoke some english, said he'd run away from a farm where they made them work 'all day all night' and beat them. He's sleeping on my sofa now, what do I do?",
  "EO PV", "lh", "L")
a("Caller is worried about the lady who cleans the mosque, says she's there all hours. Officer spoke to imam: she's a volunteer, retired, has family locally. No concerns.")
a("Public report: The woman downstairs has had three different 'nieces' staying with her this year, young girls who don't speak English, they clean her house and go off with men in cars at night. The current one has a swollen eye.",
  "", "pa", "S")
a("Im a lorry driver, a man at Calais offered me €2000 to take 4 people across in my trailer. I said no and told the gendarmes. Just want this logged with UK police.")
a("Advice line: Caller's employer (care agency) pays for her visa but deducted £3,000 for the certificate of sponsorship, which she says she has to repay over a year from her salary, leaving her £200 a month. She's scared they will report her to the Home Office if she complains.",
  "DB WW IT", "uf foa", "L")
a("Hospital discharge team: patient (M, 45, Lithuanian) with hand injury from a chicken factory machine. He lives with colleagues in a private house, paid via payroll, his manager visited and arranged sick pay. No exploitation concerns.")
a("ur never gonna beleive this but the lad at the car wash told me there boss sold there kidney in turkey last year and now they make him work off what he owes. said they'll take the other one if he runs. seriously think someone needs to check",
  "IT DB", "", "L O")
a("Report from a translator at court: defendant in a cannabis case (VN, 19) said he had been locked in the house for 4 months, given instant noodles, not allowed a phone, and told that if he ran his family would lose their house because of his debt.",
  "RM IS AC IT DB", "rm iso", "C")
a("Caller says a van full of women turns up at the nail salon at 8am and leaves at 9pm, the women look thin and never go to lunch. The salon owner's husband drives them and the women sit silent in the back.",
  "EO", "ce et lh pa", "L")
a("The farm at the end of our lane has seasonal workers every year. They're lovely, they have a BBQ on Sundays, the farmer put new caravans in this year with showers. I've read about modern slavery on farms but I want to say this one is fine.")
a("school safeguarding: pupil (14) says she's been told by a man online that if she sends more pictures he'll give her money, and if she doesn't he'll send the ones he has to her school. She's sent him some already.",
  "AV IT", "", "S", "h")
a("INT suggests a Nigerian male LEKAN known as 'Uncle' supplies female domestic workers to households in Essex. Women are recruited from Lagos with promises of schooling, passports held by LEKAN, and 'salaries' paid to LEKAN directly. 2/C/P",
  "DE RD WW", "dt ncw", "D")
a("Caller: my neighbour's son (20, autistic) has been befriended by older men who turn up and take him away for days. He comes back with money and scratches, he said he 'drives for them' to Wales. Parents scared to report.",
  "AV", "pa", "C")
a("My Indian landlord is using my deposit for his holiday and refuses to return it, is this a crime?")
a("I employ 4 Bulgarian lads on my building firm, I house them in a 4-bed I own and take £50 a week rent each, it's on their payslip, they have their own keys and passports and 2 of them have been with me 6 years. Someone reported me, so I'm putting my side on record.")
a("a man came into my church asking for help, he was from Ghana, said he came to work in a hotel but the man who organised it took £3000 from him in Accra and there was no job, now he's sleeping in a friends kitchen with no money.",
  "DE", "uf", "")
a("Helpline log: caller (M, Albanian, 22) says he works in a car wash in Essex, the owner took his passport, he works 8am-8pm 7 days, sleeps in a room above with 5 others, and the owner says he owes £7,000. Caller has the owner's number. Caller is not in danger tonight.",
  "RD EO AC DB", "dt lh saw oc", "L")
a("The au pair at my friend's house came from Spain on a youth mobility scheme, she's 23, works 25 hours, has her own room and pocket money and studies English in the mornings. My friend asked me to make sure they're doing it 'properly'.")
a("OIC update: IP (F, 26, HU) states the organiser 'Zoli' met her at a shelter in Budapest and offered a job in a sandwich factory. In UK she was told the job was gone and she must work in a flat to pay for rent and the bus. She says Zoli has a gun and showed it to her.",
  "AV DE DB IT", "", "S")
a("Report to Crimestoppers: 'In the house on Cedar Way there are about 20 men sleeping on the floor. They go to work at the recycling plant. The man who owns the house drives them and collects their money at the cashpoint with all their cards.'",
  "AC WW", "oc et mbc ncw", "L")
a("Caller: 'My husband's friend keeps his wife at home, she can't go out unless he takes her, she's from Bangladesh, doesn't speak English, does all the housework. I'm worried.' No info re work for others or wages.",
  "RM AV", "rm", "")
a("INT: Intelligence that KHAN family in Oldham brought a 'relative' (F, approx 30) from Pakistan who works unpaid in the family home caring for an elderly relative and children, 18 hrs a day, and is locked in when the family go out. 3/C/P",
  "WW EO RM", "lh rm", "D")
a("Website form: I think the men working on the motorway are slaves because they work at night. (Officer note: Highways contractor, standard night works.)")
a("Im a support worker. A young man I support (19, care leaver) has been 'lending' his flat to a friend, now there's 4 men staying there, using it to deal, he's sleeping on the floor and they took his keys. He says they'll stab him if he tells anyone.",
  "AV IT RM", "rm", "C")
a("my friends mum brought a girl over from Vietnam to work in her restaurant as a waitress, she gets paid the same as everyone, has a room in the family house, goes to college. I was just wondering if that is ok because she's 18 and far from home.")
a("Debrief, Polish male, 58: 'At the bus station in Wroclaw a man offered work. He told me good money. In England I worked on a farm, and in the end of the month the man said everything is for house, for food, for transport. I got nothing. He had my ID card. He said if I go he would find me.'",
  "DE WW RD IT", "dt", "L")
a("Caller: 'girls in the flat opposite are advertised online as independent escorts, but the same man drives them everywhere and answers the phone for all of them'",
  "", "et sfw", "S")
a("Probation: Service user convicted of cannabis cultivation claims he was trafficked. Account inconsistent; he rented the property himself, had keys, and was seen socialising locally. No indicators supported by evidence.")
a("INT: Intelligence indicates a female (approx 17) is being moved between hotels in Manchester by two males and sold for sex. Her phone has been taken by the males. 2/B/C — not to be shared with hotel staff.",
  "AV IS", "iso", "S", "h")
a("My nephew who is deaf was working for a roofer for 3 years, the roofer picked him up at 6 every morning and dropped him home at 9, paid him £50 a week, called him stupid and once threw him off the ladder",
  "AV WW PV EO", "ce lh", "L")
a("Concerned neighbour: the family next door have a man living in their garage, he's in his 40s, he drives their van, mows, cleans, I've never seen him in the house. When I asked the wife she said he's 'like family' and works for his keep.",
  "AC", "plc", "D")
a("I'm calling because my mum's carer is amazing but she's doing 70 hours a week across two agencies. She says she wants the hours and saves for a house. She has her own car. Nobody is forcing her.")
a("there are kids on bikes dropping bags at the flats all day, one cant be older than 12, a man in a white merc watches them from the car park and gives them stuff. this has been going on for a month",
  "AV", "", "C", "h")
a("Referral from children's services: UASC (M, 15, Sudanese) went missing from placement twice, found in a flat in Birmingham with adult males and large amounts of cash. He says he owes them for his journey to the UK.",
  "AV DB", "", "C", "h")
a("Just reporting that I saw a load of people getting off a boat at the beach at 5am near Hythe. Border Force already there. Nobody hurt.")
a("Community support officer: I spoke to the Big Issue seller at the station, he's been there years, rents his own room, buys the mags himself. No one else involved.")
a("A&E: 31M, Romanian, presented with severe back pain after months of carrying heavy loads on a construction site. Said he works 'from light to dark', gets £30 a day, boss keeps the rest 'for accommodation', and lives in a container on site with 7 others. Refused police involvement, scared of 'the boss'.",
  "EO WW AC", "lh saw oc ncw", "L")
a("Crimestoppers: 'there's a woman from Lithuania who got her identity used by her ex to claim benefits and take out loans, he still has her passport and bank card and makes her sign things'",
  "RD", "dt ncw", "C")
a("Debrief (Eritrean F, 24, through interpreter): She says that in the house in London she cleaned for the family from 5 in the morning, she was never allowed to eat with them, only leftovers. She says the man came into her room at night and she could not stop him. She was not allowed to leave or have a phone.",
  "EO AC PV RM IS", "lh rm iso", "D")
a("Hi, I run a Thai massage clinic, staff are qualified therapists with contracts and visas, and we've had an anonymous complaint saying it's a brothel. The police visited and found nothing. I want it on record.")
a("caller reports the man running the car wash on the bypass deducts £10 a day from the lads for using the jet wash and gloves, they have to buy their own wellies from him. They get £40 a day.",
  "", "ppe", "L")
a("Report by a social worker: Adult with learning disabilities (M, 35) is staying with 'friends' who take his PIP, keep his bank card, and have him cleaning their house and doing their shopping. He sleeps on a mattress in the kitchen.",
  "AV AC", "ncw plc", "D")
a("Helpline: Caller heard from a friend that there's 'something going on' at the packing factory, but couldn't say what. Details too vague to act on. Advised to call back if more info.")
a("INT: A Romanian OCG is reported to be bringing women to the UK for sham marriages to EU men, for which the women receive nothing and are then put to work in nail bars. Women's passports are held by the group. 3/C/P",
  "RD WW", "dt", "L")
a("My son's friend (15) is in care, keeps going missing, last time he came back he had £500 and a stab wound in his leg. He told my son he 'works for' some guys in Leeds and they hurt him when he lost stuff.",
  "AV PV", "pa", "C", "h")
a("Caller (local shop owner): the same Roma woman comes in each day with a different child to beg outside. I asked her who the children are and she said they're 'her sister's'. She always gives the money to a man in a BMW.",
  "AV", "ncw", "C", "h")
a("Victim statement: 'I came to the UK from Romania for fruit picking. The first day the gangmaster's wife said there's a fee of £200 for the room and £15 a day for the bus. I worked from 6 till 6. I was paid properly, if slowly, and I could go when I wanted. When the season finished I went home.'",
  "", "uf ct", "")
a("INT: POI OKAFOR believed to be running a 'charity' that brings young Nigerian men on student visas who then work unpaid in his care homes. Their passports kept at his office. 2/C/P",
  "WW RD DE", "dt", "L")
a("Report: my neighbour said if her cleaner ever stole from her she'd 'lock her in the cellar' but it was a joke, she's a nice lady and the cleaner has been with her years and loves her.")
a("NGO note: Client (Chinese, 45) was brought to the UK via a snakehead for £30,000. She works in a massage parlour in Liverpool. The parlour manager tells her she will be sent to prison if police come. She has never been allowed to keep her wages and sleeps at the parlour.",
  "DB IT WW AC", "foa saw ncw", "S")
a("Caller states her elderly mother was approached by men offering to do her roof for £8,000 — she paid, they did nothing. Caller believes they're 'travellers using slaves' but saw only two men who drove their own van.")
a("organ trafficking - a woman in my community told me her brother was taken to Egypt by a man who promised him a job, instead they removed his kidney in a flat and sent him back to Sudan with nothing. The same man is now in Manchester recruiting",
  "DE PV", "", "O")
a("Midwife: Pt (17, Roma) attends ANC with partner (30s) and his mother, who speak for her and hold her documents. Pt says she does all the housework for his family of 11 and is not allowed to go to the shops alone.",
  "AV RD RM", "sfw dt rm", "D", "h")
# ---- part 4 ----
a("omg theres a lad locked in the back of the kebab van outside the stadium, i can hear him banging, the owner went in the pub. come now pls",
  "RM", "rm", "", "i")
a("Online form: the people at the hand car wash by the roundabout. I asked one lad if he was ok cos of the news, he laughed and said he's the owner's brother and they all get paid every Friday. Seems ok to me, just thought i'd say.")
a("Caller: a woman at the bus stop told her she's been working at a hotel laundry for 2 months and the man who got her the job keeps her wages 'until she learns English' and gives her £15 for food. She's staying in his flat with 6 other women.",
  "WW AV AC", "ncw oc", "L")
a("neighbour over the road always has the police round, domestic i think, shouting and that, no kids, no one working for him or owt like that, just a nasty piece of work")
a("INT: Male 'Bogdan' runs a group of Moldovan women shoplifting to order in Kent shopping centres. Women live at his address, hand over all goods and receive no money. He has told them he will report them to immigration. 2/B/P",
  "WW IT", "foa", "C")
a("Helpline: caller (F, 50s) concerned that her son's new employer asked for £250 'registration fee' before his first shift at a warehouse. Son paid, started work, paid properly weekly since, lives at home. No other concerns.",
  "", "uf", "")
# ---- part 5: long texts and one-liners ----
a("""Hello, I'm not sure if this is the right place but I've been worried for a while so here goes.

I live on Ashby Road opposite a big detached house that was sold last year. Since then there have been loads of men living there, I counted 11 one morning getting into a white Sprinter at about half 4. They come back after 9 at night most days, including Sundays. They all look really worn out and a couple of them are very thin.

Last week one of them came over when I was putting my bins out and asked in broken English if I could lend him my phone. He rang someone and was crying. After, he told me his name is Vasile, that the man who owns the house took their ID cards 'for the contracts' and that they get paid on cards that the man keeps. He said they owe him for the bus from Romania and for the rent, and every week it's more.

Then a black Range Rover pulled up and he ran back inside. The driver stared at me for ages.

I've also seen the same Range Rover at the petrol station with the driver using lots of different bank cards at the cash machine. I don't know his name. Reg was something like YH68.""",
  "EO RD WW DB", "ce lh pa dt ncw mbc", "L")
a("""Report made on behalf of my street's WhatsApp group.

There have been a lot of rumours about the family at number 9. People are saying the young woman who lives with them is a slave because she's always pushing the pram and hanging washing. I actually know them. She is the wife's younger sister from Poland, she's 24, she came over after finishing university, she lives with them rent free while she studies for her English exams and helps with the baby.

She has a part time job at the library on Tuesdays and Thursdays, she has her own bank account, she goes to the gym with my daughter, and she's going back to Krakow at Christmas to see her parents. She has her own passport, I've seen it because we talked about holidays.

I'm writing this because someone has apparently already reported them to you, and the family are really upset. There is nothing wrong in that house. Please can this be noted.""")
a("""Intelligence log, OFFICIAL-SENSITIVE.

Source reports that a cannabis factory is operating at Unit 4, Brookfield Industrial Estate. Source states that two young Vietnamese males (estimated 16-18) live inside the unit and are never seen outside. Source has seen a male known as 'Anh' (POI, possibly NGUYEN Van Anh, DOB unknown) attend twice weekly in a grey Lexus with food and bags of compost.

Source states that one of the boys told a delivery driver through the shutter that 'Anh' has his passport and that he owes 'twenty-five thousand' for his journey. Source states the boys have a small camping stove and sleep on flattened cardboard next to the lamps.

Source further reports that Anh told a third party he 'would cut' anyone who tried to leave.

Grading 2/B/P. Request for a welfare visit. Risk assessed as high due to likely children present.""",
  "AV RD DB AC IT IS", "iso saw plc dt", "C", "h")
a("""Safeguarding referral from a primary school, completed by the Designated Safeguarding Lead.

Pupil: Year 6 boy, aged 10.

Over the last two terms the pupil's attendance has fallen to 81%. When asked, he says he has been at home 'helping'. Mum is a single parent with three younger children and works shifts at a supermarket. Mum came in for a meeting and was open and cooperative; she said the pupil sometimes minds his siblings when childcare falls through.

There is no indication that any adult outside the family is involved, that the pupil is being given money or gifts, or that he is being asked to carry anything or go anywhere. He presents as happy, well fed and well cared for, and he is doing well in maths.

Referral made for early help support around attendance and childcare. No concerns about exploitation at this stage; we will monitor.""")
a("""Debrief account, recorded with an interpreter (Amharic).

She says that she was 19 when a woman in Addis Ababa offered her a job as a housemaid in Dubai with good money. After a year there, the family she worked for took her to London with them for the summer. She says that in London she was not allowed outside the flat in Knightsbridge. The door had a code she did not know.

She says that she started work at six in the morning and often finished after two at night, cooking, cleaning and looking after four children. She says she slept on a mat in the laundry room. She says that the family kept her passport with theirs and told her that if she went to the police she would be arrested because she had no visa of her own.

She says she was paid once, 100 dollars, for the whole year, and that the madam slapped her when she broke a glass. She says that she escaped when the driver left the door open and she ran to a church.""",
  "DE RM EO AC RD IT WW PV", "rm lh saw dt foa", "D")
a("""999 call summary, 02:14.

Caller is a male who works night shifts at a petrol station on the A1. He states that a van pulled onto the forecourt and three women got out to use the toilet, accompanied by a man. One of the women, who he thinks was Eastern European and maybe 18, slipped him a note at the till saying 'help me please they keep us, I am from Moldova'. The man then came in, grabbed her by the arm and pulled her back into the van.

Caller states the van is still on the forecourt, the driver is filling up and the man is standing by the side door. Caller gave VRM: KN17 WPF, white Ford Transit. Caller states the other two women did not look at him and had no bags.

Units dispatched.""",
  "RM PV", "rm et fpe", "S", "i")
a("""I wanted to report a man called Sean who owns a roofing and driveway business near us. Over the years he has always had 'lads' working for him, usually young men he picks up at homeless shelters or outside the betting shop.

One of them, Darren, who I know from AA, told me Sean gave him a caravan to live in at the back of the yard, with no electric, and that he works 7 days from dawn, gets a bit of cash and a bottle of vodka at the end of the day, and Sean keeps his bank card because Darren 'would only drink it'. Darren owes him for the caravan, Sean says, and he can't leave until it's paid.

Darren has a bad limp now, he fell off a roof and Sean wouldn't take him to hospital.

There's another lad working for Sean who's a proper employee, he has his own van and goes home every night, he's fine. It's Darren and the two new lads I'm worried about.""",
  "AV AC EO WW DB", "plc lh ncw pa", "L")
a("""Neighbour complaint, passed from the council's anti-social behaviour team.

Complainant states that the residents at Flat 3 are 'running a sweatshop'. She reports hearing sewing machines through the wall from 7am until late in the evening, and that several women arrive each morning.

Council officers visited on 12th. The tenant is a self-employed dressmaker from Ghana who makes wedding outfits. Two women from her church come and work with her on busy weeks; both confirmed they are paid per item, set their own hours, and live at their own homes nearby. Both had their own phones and documents and were happy to talk to officers alone. Noise levels are being discussed with the tenant and she has agreed to stop by 8pm.

No concerns regarding forced labour. Case closed as a noise matter.""")
a("""Crimestoppers report (public, online, unedited):

i used to work at the big salad place near the ring road through an agency. i left cos i couldnt take it but im worried about the ones still there. theres about 40 of them living in 4 houses on Grange Street, all owned by the agency boss, £90 a week each taken out the wages before you get them. beds in the kitchen even. they get picked up 5am and dropped back 8 or 9. if you say your ill they say no work no money and you still pay the rent so you end up owing. the boss has all the new ones passports 'for the payroll'. one girl was crying cos she hadnt had a day off in 6 weeks. i think the supervisor Kasia is ok but the boss Tomasz is the problem, hes got a temper he punched the wall next to one guys head last month""",
  "AC DB RD EO IT", "oc ce lh dt ncw", "L")
a("""Officer handover note — Op Lantern, day 2.

1. IP1 (F, 22, RO): recovered from address on Mill Lane. States she was recruited by her boyfriend 'Marius' who promised a job in a bakery. On arrival she was made to sell sex from the flat, all money given to Marius. She has a burn mark on her forearm she says he caused with a lighter. Safe house. NRM done.

2. IP2 (F, 30, RO): at the same address. States she works independently, pays Marius rent only, keeps her earnings, and has her own passport. Declined support. No indicators identified; words of advice re safety.

3. Suspect Marius ILIE (DOB 04/09/1991) remanded. Phones seized, download requested.

4. VRM of Marius's car (BV19 OKL) to be flagged.

Outstanding: interpreter for IP1's ABE interview tomorrow 10:00.""",
  "DE WW PV", "ncw pa", "S")
a("""From a GP practice, passed to the safeguarding lead:

Mr A, 67, attended with his adult son for a routine diabetes review. The son mentioned that his father 'keeps getting letters from the Home Office'. Mr A explained he came from Jamaica as a child and only recently learned he needed to regularise his status; he has a solicitor and an appointment.

He lives with his son, does some gardening work for neighbours and is paid by them directly. He has all his own documents apart from the old passport, which he lost years ago.

No indication of exploitation. Signposted to the Windrush scheme helpline.""")
a("""Modern Slavery Helpline — call note.

Caller: a woman who runs a cafe in a seaside town.

She says a group of 6 young men from Sudan and Eritrea come in most mornings and buy tea with coins. One of them, who speaks good English, told her they work at a seafood processing plant, that they are 'housed' by a man called Idris who also found them the jobs. Idris takes their wages from the plant and gives them £30 a week each. They sleep in one room above a shop. The young man said Idris tells them if they complain he will call the Home Office and they will be deported.

Caller says the young men are polite and don't seem to be locked in anywhere; they walk to work on their own. She has Idris's first name only and knows the shop is on Marine Parade.

Advised caller; referral made to police.""",
  "WW AC IT AV", "oc ncw foa", "L")
a("""Press summary:

A couple from Essex who kept a Bangladeshi man as an unpaid servant for nearly 20 years have been jailed. The court heard the man, who has learning difficulties, was brought to the UK with promises of work in the family's restaurant. Instead he cleaned, cooked and cared for the family's children, slept in a cupboard under the stairs, and was never paid. His passport was kept in a locked drawer. Neighbours said they rarely saw him leave the house except to put out the bins.

The judge said the couple had taken advantage of a man who 'could not understand what was being done to him'.""",
  "AV DE WW AC RD", "plc dt", "D")
a("""Council licensing officer visit record — HMO licence check.

Property: 6-bed house, 11 occupants recorded, over the permitted 8. Occupants work for several employers (a distribution centre, two restaurants, a hospital cleaning contractor). The landlord lives abroad and uses a letting agency. Each occupant pays rent directly to the agency by bank transfer.

Officer spoke to 5 occupants alone. All hold their own documents, have keys, and came and went freely during the visit. None reported being charged fees for work, being driven, or owing money to anyone.

Outcome: breach of licence conditions (overcrowding). Enforcement notice issued to landlord. No modern slavery concerns.""", "", "oc", "")
a("""Victim debrief (first person, written by victim with support worker):

My name is Andi, I am from Elbasan. A friend of my cousin said he could get me work in England in construction for 3000 a month. I paid nothing at first, he said I pay him from my wages. I came in a small boat.

In London they put me in a car and took me to a house in the countryside. They said the job is to look after plants. I said no, I am a builder. The big man showed me a video on his phone of a boy being beaten with a bar and said this is what happens to people who say no. He took my phone and my ID.

I lived in that house 5 months. I never saw outside except through a small hole in the wood on the window. They brought food every week. They said my debt was now 20,000 because of the food and the electric. When the police came I was so scared I hid in the loft.""",
  "DE IT IS RD RM DB AC", "iso dt rm", "C")
a("car wash lads sleeping in the storeroom again, boss keeps their passports",
  "RD AC", "saw dt", "L")
a("someone selling a kidney on facebook marketplace, £40k, from India, wtf",
  "", "", "")
a("bloke at no 12 has a girl in the shed, she looks 14, chained up, please come now",
  "AV RM", "rm", "", "i")
a("Staff member says colleague's wages are always paid late but in full. No other concerns.")
a("kids begging at the lights every day, a man in a Merc takes the money off them",
  "AV WW", "ncw", "C", "h")
a("3/D/P. Unverified: man at address may be 'holding' a woman. Nothing further known.")

ORDER = ["low", "medium", "high", "immediate"]
def risk_of(ind, typ, manual):
    r = "low"
    if ind or typ:
        r = "medium"
    if "sexual" in typ or "physical_sexual_violence" in ind or len(ind) >= 3 or \
       ("intimidation_threats" in ind and "restriction_of_movement" in ind):
        r = "high"
    m = {"i": "immediate", "h": "high", "m": "medium", "": "low"}[manual]
    return max(r, m, key=ORDER.index)

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh69.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for n, (text, ind, sig, typ, risk) in enumerate(D, 1):
            i = [IND[c] for c in ind.split()]
            s = [SIG[c] for c in sig.split()]
            t = [TYP[c] for c in typ.split()]
            rec = {"id": "f69-%03d" % n, "text": text, "indicators": i, "signs": s,
                   "exploitation": t, "risk": risk_of(i, t, risk)}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)
