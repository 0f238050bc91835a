#!/usr/bin/env python3
"""Hand-written MASH-style texts with labels for fresh163.jsonl (each text written individually)."""
import json, os

IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement", is_="isolation",
           pv="physical_sexual_violence", it="intimidation_threats", rd="retention_of_documents",
           ww="withholding_wages", db="debt_bondage", ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rms="restricted_movement",
           ce="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

T = []
def R(text, ind="", sig="", typ="", risk="l"):
    T.append((text, [IND["is_" if c == "is" else c] for c in ind.split()], [SIG[c] for c in sig.split()],
              [TYP[c] for c in typ.split()], RISK[risk]))

R("2/B/P. INT suggests nom Florin BADEA (DOB 03/02/1988) transports 6-8 Romanian males daily from HMO on Leyton Rd to building sites in a white Transit, leaves 0530 returns approx 2200. Males believed to hand bank cards to BADEA on arrival.",
  "eo", "ce et lh ncw mbc", "L", "m")
R("Caller reports a neighbour's dog has been barking all night at no 14, owner away. No welfare concerns for persons. Advised to contact council noise team.")
R("School DSL referral: Year 9 pupil Kayden (14) has been missing from lessons repeatedly, seen getting into cars with older males outside the gates, has new trainers and two phones. Mum says he comes home at 3am smelling of cannabis and has a cut to his hand he won't explain. Found with a train ticket to Southend in his bag.",
  "av", "pa ce", "C", "h")
R("me and my wife we come from Vietnam, the man in Birmingham say nail salon pay £300 a week. We work 9 to 9, six day, but he say first we pay back 18 thousand pound for the lorry and flat. Every week he write in book, never go down. Wife cry every night.",
  "de db eo", "lh", "L", "h")
R("GP note: 34F attended re chronic back pain, works as a cleaner in a hotel via agency, says hours are fine and she is paid weekly into her own account. No safeguarding concerns identified.")
R("THERES A CAR WASH ON THE A57 THE LADS THERE NEVER HAVE GLOVES ON IN THE FREEZING COLD AND THEY SLEEP IN THE PORTACABIN OUT BACK I SEEN THE MATTRESSES. BOSS DRIVES A RANGE ROVER. SOMETHING NOT RIGHT",
  "ac", "sw plc", "L", "m")
R("Housing officer info: property at 22 Grange Ave (HMO licence for 5) found to have 14 adult men sleeping in 3 rooms, mattresses in kitchen. Tenants all say they work at 'the chicken factory' and their rent is taken by 'Mr Piotr' from their wages before they see it. None could say how much they earn.",
  "ac ww", "oa plc ncw", "L", "m")
R("Probation note: PoP reports his flat has been taken over by a male known as 'Dizzy' and two teenagers who are selling crack from his front room. He says he can't ask them to leave because Dizzy said he'd burn the place with him in it. PoP has a heroin dependency and is given a bag a day 'for rent'.",
  "av it", "", "C", "h")
R("Member of public: man begging outside Tesco Express every day 8am to 8pm, same car drops him off and picks him up, has a false leg, looks thin and dirty. another man in the car takes the cup from him at the end.",
  "av ww eo", "ce et pa lh ncw", "C", "h")
R("Border Force, LHR T4: 19F Filipino national arriving with a Saudi family as 'nanny'. Interviewed alone she stated the employer holds her passport, she has not had a day off in 14 months and is paid 'when Madam remembers'. Employer's son tried to answer questions on her behalf. Referred to SPOC.",
  "rd eo ww", "dt lh sfw", "D", "h")
R("Midwife safeguarding referral: 17yo Albanian female booked at 22 weeks, attended with an older male who describes himself as her 'cousin', would not leave the room and answered all questions. When he left briefly she said she is 'not allowed to go out alone' and that the baby's father is 'one of the men who came to the house'. Interpreter used.",
  "av rm", "rms sfw", "S", "i")
R("101: Caller says her ex partner keeps turning up at her work, she has a non-mol order. Partner has been arrested previously for harassment. No other concerns raised.")
R("Lost property: Chinese student (21) reports her passport lost on the number 38 bus. Crime ref issued for embassy. She lives in university halls, no concerns.")
R("POI ZHANG 'Lily' believed to run pop-up brothel flats in Airbnb lets across Manchester city centre. Females rotated every 7-10 days, ads on adult sites using same phone number. 3/C/P.",
  "", "", "S", "h")
R("Salvation Army casework: client A (Eritrean, 26) was told in Libya that the men who paid for her crossing would find her a job in a restaurant in London. On arrival she was taken to a house in Luton and told she owed £8,000. She was made to have sex with men every night to pay it and was hit when she refused. She escaped when a customer left the door unlocked.",
  "de db pv", "", "S", "h")
R("GLAA inspection, packhouse, Lincs: all workers seen had contracts, payslips matched hours, lockers provided, no transport charges. Minor breach: records of two agency workers' right-to-work checks incomplete. Advice letter issued.")
R("the woman next door has a lady living with them who never goes out except to take the kids to school, she is up at 5 cleaning the windows and i hear them shouting at her in another language. saw her crying in the garden and she ran in when i said hello",
  "eo", "lh", "D", "m")
R("Intel: 2/C/P. Cannabis grow at rear of 41 Walton Terrace, windows blacked out, strong smell, electrics bypassed. One Vietnamese male seen taking in shopping, never seen to leave otherwise. Believed padlocked in from outside at night.",
  "rm", "rms", "C", "i")
R("A&E: 42M presented with a crush injury to the left hand from a baler at a recycling plant. Employer attended with him, RIDDOR completed by employer, patient has his own phone and lives with family. Health and safety referral only.")
R("I was 15 when I met him on Snapchat. He was 23 and said I was his girlfriend. After a few weeks he started asking me to hold bags for him and take them on the train to Norwich. If I said no he said he'd send the pictures of me to everyone in school.",
  "av it", "", "C S", "h")
R("Bank financial crime alert: account of 19M student received 14 incoming transfers totalling £23,400 in 6 days, funds moved out within minutes to crypto exchanges. Customer's device fingerprint shared with 4 other accounts. Customer stated 'a friend' asked to use his account for £200.",
  "", "", "C", "m")
R("ok so the chippy on high st the young lad who works there is there from like 10am till 1am 7 days i never seen him have a day off, he cant be more than 16. owner shouts at him in turkish and he sleeps upstairs",
  "av eo", "lh sw", "L", "h")
R("Care home inspection feedback: three Indian care workers on sponsored visas told CQC they paid a recruiter in Kerala £9,000 each for the certificate of sponsorship, and the employer deducts £400 a month for 'visa repayment' and housing. Rota shows 72-hour weeks. Workers are worried they will be deported if they complain.",
  "db eo", "uf lh fa", "L", "m")
R("Neighbour dispute Elm Close, fence line and parking. Both parties advised. NFA.")
R("Handover: IP (Slovak M, 38) recovered from farm near Wisbech. States 'boss has our papers in the office, we get them when season finished'. Paid £50 cash per week, rest 'kept for us'. Sleeps in caravan with 7 others, no heating. Reception centre tonight, NRM consented. OIC DC MORRIS.",
  "rd ww ac", "dt oa plc ncw", "L", "h")
R("Au pair agency contacted us: a French 19yo au pair has said her host family expect her to work 7am-10pm with no day off, which is not in her agreement. She has her passport and phone and has arranged to move to another family next week. Agency is handling.",
  "eo", "lh", "D", "m")
R("Press summary: Two men from Leeds were jailed for 9 years after forcing vulnerable British men, including one with a learning disability, to lay block paving for no pay. The victims were kept in a garden shed and given scraps of food. The men were recruited at a homeless shelter with promises of work and a room.",
  "av de ww ac", "plc", "L", "h")
R("Online report: my uncle is going to Pakistan for a kidney transplant from a family member who is a good match, just want to check this is legal? Consultant at the QE has done the work up.")
R("Int 2/B/P: DUMITRU Nicolae running a group of Romanian women shoplifting to order from Boots and Superdrug across the West Midlands. Females dropped in one car and collected by DUMITRU, all goods go to him. Females told if caught they must say nothing or 'family in Romania pays'.",
  "it ww", "et", "C", "h")
R("Victim debrief (interpreter): She says that the man in Lagos, who was known to her church, arranged a job as a hairdresser in London. She says before she left there was a ceremony with a juju priest, and she swore to repay 35,000 euros. She says she understands that if she does not pay, her family will die.",
  "de db it av", "", "S", "h")
R("Nail bar, Market St: licensing visit. Two staff, both with valid right to work, paid hourly through PAYE. Owner present. Premises clean. No issues.")
R("Caller concerned about a man she saw slap a young woman outside a club at 0200. Woman left in a taxi with friends. Offender description circulated. Assault only.")
R("Slept in the back room of the takeaway on flattened boxes. The owner paid £100 a month because he said I owed for the flight from Delhi. He kept my passport 'for the tax office'. I worked every day.",
  "db ww rd eo ac", "sw dt lh plc", "L", "h")
R("CSC referral: 13F reported missing 4 times in 3 weeks. Found in a flat in Hull with two adult males aged 25-30, intoxicated. Has injuries to her wrists. Disclosed to foster carer that 'they give me vodka and I have to be nice to their mates'.",
  "av pv", "pa", "S", "i")
R("Housing: tenant in rent arrears, 3 months, has lost job in warehouse. Lives with wife and two children. Signposted to debt advice and DHP.")
R("Local man reported missing by carers, found safe and well at his brother's in Stoke.")
R("Intel 1/A/C (do not disclose outside MSHT unit): Polish males working at a food factory in Corby via agency 'ProStaff'. Agency charges £60/wk for minibus, £15/wk for hi-vis and boots, £90/wk for bed in shared house. Payslips show net pay of £40-£70 for 60 hours.",
  "ww eo", "ct ppe lh", "L", "m")
R("whoever is running the massage place above the vape shop those girls live there, you see washing hanging out the window and they never leave, a man brings food bags in the evening. lights on 24hrs",
  "rm", "rms sw", "S", "h")
R("Witness statement (extract): I have known Samir for about two years. He came to the UK to study and works part time in my shop, 20 hours, paid the minimum wage. He lives with his cousin. I have never seen anyone threaten him.")
R("Officer handover: attended 0330 to report of a male banging on a door in Chadderton. IP (Sudanese M, 24) says he was working at a car wash for 3 months, owner took his phone on day 1, he doesn't know the address he stayed at. Says the boss hit him with a hose pipe this evening for being slow. Small laceration above eye, treated by LAS.",
  "is pv", "iso pa", "L", "h")
R("Safeguarding adults: 58M with learning disability known to have been befriended by a family who moved into his flat 6 months ago. His DWP benefits now paid into an account held by 'Tracey', he has 'no money left' by the 2nd of each month, he says he does their washing and cleaning. Social worker noted he sleeps on the sofa while they use his bedroom.",
  "av", "ncw", "D", "m")
R("Report from a lorry driver at Dover: 4 males found in the trailer at Eastern Docks, dehydrated, say they paid £3,000 each to a man in Calais. Handed to immigration. No indication of onward exploitation at this stage.",
  "", "uf pa", "", "l")
R("A&E nurse: 28M Lithuanian, head injury, brought in by a 'supervisor' who left immediately. Pt states he fell from scaffolding, says he has not been paid for 7 weeks and sleeps on the site. Very frightened of police being told.",
  "ww ac", "sw fa pa", "L", "m")
R("Text from victim's sister (translated): my brother Tuan in UK, he call me he is in house with plant, men lock door, he say they will kill him if plants die. please help he is 17",
  "av rm it", "rms", "C", "i")
R("Council Trading Standards: counterfeit cigarettes seized from a shop on Bold St. Shop staff all family of owner. No exploitation concerns.")
R("I answered an advert on Facebook for fruit picking in Kent, £12 an hour and free housing. When I arrived the man said housing was £120 a week and transport £10 a day, and I had to pay £400 for the 'place'. After all of that I had maybe £30 each week.",
  "de ww", "uf ct", "L", "m")
R("Int: POI known as 'Skengz' using vulnerable female drug user's address in Ipswich as base to sell class A (cuckooing). Female seen with black eye last week. 2/B/P.",
  "av pv", "pa", "C", "h")
R("nail shop in the precinct there's a girl in there looks about 14 should be in school, shes doing nails on a tuesday morning, doesnt speak english the woman does all the talking for her",
  "av", "sfw", "L", "h")
R("Probation: client recently released, living at approved premises, working at a warehouse through a reputable agency, reports no issues and is saving for a deposit.")
R("Charity drop-in note: J (Polish, 51, alcohol dependent) says a man approached him at the soup kitchen with work 'laying drives', and has been taking him out in a van at 6am. J is given drink and cigarettes but no money, says 'he's my mate'. Sleeps in the van yard on a camp bed.",
  "av ww", "ce sw", "L", "m")
R("School referral: Year 6 pupil (10) told TA that her mum's friend makes her clean the whole house and look after 3 babies before school, and she is not allowed to eat until the jobs are done. Child living with family friend under private fostering arrangement not notified to LA. Arrived from Nigeria last year.",
  "av ac", "", "D", "h")
R("Intel 2/C/P: Albanian nationals running a hand car wash at the old petrol station, Barking Rd. Workers live in a flat above the Albanian café, reported to be 'tied to the boss' by debts for travel. No further detail.",
  "db", "", "L", "m")
R("Caller says a man in a silver BMW is parked outside her house every night for 3 nights. Plate checked, male is a resident's carer working nights. No offences.")
R("The boss took my passport at the airport 'to get me a work card'. I never saw it again. When I asked, he said if I went to police they would send me back and put me in prison.",
  "rd it", "dt fa", "L", "m")
R("Bank alert: one ATM at Crossgates used between 0200-0300 on 14 occasions in a month with 9 different debit cards, all accounts opened in the same week with Romanian ID, salaries paid from the same labour provider. Withdrawn to limit each time.",
  "ww", "mbc ncw", "L", "m")
R("We were 11 people in one house with two bedrooms, sleep on floor, the landlord is same man who give job. He take rent from pay £80 every week each person.",
  "ac", "oa plc", "L", "m")
R("Request from Kenya High Commission to check welfare of national reported by family as not heard from in 6 weeks. Located, working in a care home in Swindon, has changed phone number, wishes no contact with family. No concerns.")
R("PNC/intel summary: WILLIAMS, Jordan (19) stopped in Taunton with 28 wraps of crack cocaine and £640 cash. Home address London. States he was 'doing it for someone' to pay off a £2,000 debt after he was robbed of a previous package. NRM considered.",
  "db", "", "C", "m")
R("Hi I'm worried about my friend Ana. She went to England with her boyfriend and now she only messages me when he is there, she says he keeps her phone. Last time she said he makes her see men in hotels and takes all the money",
  "is ww", "iso ncw", "S", "h")
R("CQC/Local authority joint visit to domiciliary care agency: care workers on 14-hour days, paid correctly for time, staff accommodation adequate, passports held by staff themselves. Recommendation re rota fatigue.",
  "eo", "lh", "", "m")
R("Organ trafficking concern: 30M Pakistani national attended renal clinic with a new donor kidney, scar 4 months old, says he 'bought' it in a private clinic abroad. Donor unknown. Referred to NCA for information, patient not a victim here.",
  "", "", "O", "m")
R("OFFICIAL-SENSITIVE. IP (Vietnamese F, 16) found in a nail bar in Swansea during a welfare visit. Claims to be 19. Says her 'auntie' paid for her to come and she must work to pay back. Sleeps in a back room at the shop. Does not know the town she is in.",
  "av db is", "sw iso", "L", "i")
R("i had a job in a hotel kitchen in Torquay, the chef was a nightmare and shouted a lot and pay came a week late once but it was all paid in the end and i left when i wanted")
R("Police log: 999 from female saying she is locked in a bedroom at 7 Foxglove Way, men have taken her phone and she is using a hidden second phone. Speaks limited English, says 'they sell me'. Units dispatched, door forced, 2 females recovered.",
  "rm is", "rms iso", "S", "i")
R("Intelligence suggests an Indian national 'Raju' arranges sham marriages between Portuguese women and Indian men for £15,000. Women are flown in for the ceremony. No indication the women are coerced. 3/C/P.")
R("Homeless outreach: rough sleeper (British, 45) says he's been offered £50 a day by some men to work on a farm but 'they want me to leave my ID with them'. Has not gone. Advised and given GLAA leaflet.")
R("UK Visas: application refused for a Nigerian student who breached working hours (worked 35 hours a week at a care agency). Worker paid into own account. No exploitation concerns, immigration matter only.")
R("Caller reports her elderly mother's carer has been taking money from her purse. Theft investigation opened.")
R("they took my phone and my bank card the first day 'for safety'. i must give the pin. every friday the money is in, saturday it is gone. i get £20 for cigarettes.",
  "ww is", "ncw iso", "L", "m")
R("CSE strategy meeting minutes (extract): 15F, known to CSE team, has been seen in hotel rooms in Derby with males in their 30s, taken there by a 17M known as 'Bossy'. Has been given a phone and cannabis. Told mum she 'owes them' for the weed. Mum has found £300 in her school bag.",
  "av db", "et", "S", "h")
R("Fishing: crew member (Ghanaian, 33) on a scallop dredger out of Brixham approached port chaplain. Says they work 20-hour shifts for days at a time, skipper keeps their seaman's books, and he has been paid $300 for 4 months instead of the $1,100 a month he signed for.",
  "eo rd ww de", "lh dt", "L", "h")
R("noise complaint house party 23 Orchard Rd, advice given, music turned down")
R("GLAA intel: labour provider 'Apex Harvest Ltd' (unlicensed) supplying workers to a leek farm. Workers collected 0430 from a car park and dropped back after 2100. Charged £8 a day transport. Gangmaster speaks for them when approached.",
  "eo", "ce ct lh sfw", "L", "m")
R("Forced marriage unit referral: 19F British-Bangladeshi due to travel to Sylhet next week, has told her lecturer she is to be married to a cousin and has said no, father has taken her passport and she is not allowed out of the house except for college. Brother drives her there and back.",
  "rd rm", "dt rms et", "", "m")
R("DV incident: male arrested for common assault on partner at home address. Partner declined statement. DASH medium. No exploitation indicators.")
R("She says that she worked in the house of the diplomat for two years in Kensington. She says that she looked after the children and cooked and cleaned from 6am until midnight. She says she slept on the floor of the children's room. She says they paid her salary to her father in Manila and she never saw it.",
  "eo ac ww", "lh ncw", "D", "h")
R("Kidney dialysis patient (61) asks GP if he can advertise online for a donor and offer to pay their expenses. Advised that payment is illegal under HTA 2004, referred back to renal team. No offence.")
R("Man in our village is renting out his static caravans to lads from the farm, theyre clean enough, the farm pays them properly im told, just lots of them going up and down the lane at 6am. probably nothing")
R("Intel 2/B/C (handling: MSHT team only): POI LE Van Duc believed to recruit Vietnamese minors from a hostel in Croydon with promises of restaurant jobs, then places them in cannabis grows in Kent. Victims told their debt is £25,000.",
  "av de db", "", "C", "h")
R("My daughter (16) has been going out late and coming back with money. She says she's working at a car wash in cash. I rang the car wash and they said no one of that name works there. I'm worried.")
R("Sgt note: attended address re concern for welfare, 80M living alone with dementia, family visit daily. Nothing to suggest exploitation. Adult social care informed.")
R("Victim account: the recruiter in Bucharest said factory work in Northampton, £400 a week, free house. I paid 200 euro for the bus. In England we worked in a meat factory, the man who met us kept our ID cards, he said so the agency could make bank account. We never got them back.",
  "de rd", "uf dt", "L", "m")
R("Teacher: Kai (15) says his older 'friends' will 'hurt his little brother' if he tells anyone where he has been going at weekends. He was found in Exeter with 3 mobile phones on Sunday.",
  "av it", "", "C", "h")
R("Construction site visit (HSE): site workers without hard hats, scaffold unsafe. Prohibition notice. Workers directly employed, paid by BACS, no indication of exploitation.")
R("ebay style site selling 'kidneys for sale 50k dm for info' ad found on a forum, poster claims to arrange donors from India. Referred to NCA cyber.",
  "", "", "O", "m")
R("Caller (anonymous): lads at the hand car wash on Mill Lane are given one meal a day and work from 8 til dark, the boss collects them all in a minibus and they live crammed in a house on Tudor St. Boss shouted 'you go nowhere' at one of them who tried to walk off.",
  "eo rm ac", "lh et oa rms", "L", "h")
R("Health visitor: mother of newborn, Romanian, lives in a 2-bed flat with 9 adults. Says she works at a packhouse and the 'team leader' keeps her bank card. Partner very controlling, speaks for her at all visits.",
  "ww ac", "ncw oa sfw", "L", "m")
R("Intelligence: girls from Hungary advertised on Vivastreet as 'new in town' moved between Slough, Reading and Oxford every week by a driver. Ads paid with the same prepaid card. Females do not have phones of their own. 2/C/P.",
  "is", "et iso", "S", "h")
R("Pupil reported stolen bike, recovered from the park by a parent. NFA.")
R("Anon online: the Chinese restaurant on Queen St, the cooks live in the loft above the kitchen, 5 of them, they never get a day off, I deliver veg there at 6am and they're already working and still there at midnight when I pass",
  "eo ac", "sw oa lh", "L", "m")
R("Staff at Premier Inn reception report a girl, who looks about 15, being brought to room 214 by different men over the evening. A woman waits in the car park and collects cash from each man. Police attended 2315, child recovered, woman arrested.",
  "av", "", "S", "i")
R("Prison note: prisoner (Albanian, 20) convicted of cannabis production states he was brought to the UK in a lorry, told he would work in a car wash, and was instead locked in a house in Bradford tending plants. Says he was beaten when a crop failed. Requests NRM referral.",
  "de rm pv", "rms", "C", "h")
R("101 call: man reports his van was stolen from outside his house overnight. Tracker shows it in Salford. Crime recorded.")
R("my sister is 23 she married a man from our town in Pakistan, now she is in Bradford with his family. She cook and clean for 9 people all day, they dont let her phone us, mother-in-law has her passport, she says they beat her if the chapatis are not right",
  "eo is rd pv", "iso dt lh", "D", "h")
R("Intel 2/B/P: Polish male 'Marek' owns two HMOs in Peterborough; residents all work at the same agency; residents' wages paid to Marek's account and he gives them £50 'for food'. Residents include alcohol-dependent males recruited in Gdansk.",
  "ww av", "ncw", "L", "m")
R("Fire service home safety check found 12 mattresses in a 3-bed semi, rooms padlocked, extension leads daisy-chained. Occupants (Romanian males) said they work at a car wash and the owner of the car wash is their landlord. Referred to police and housing.",
  "ac", "oa plc", "L", "m")
R("GP letter: patient requested help as his employer (a building firm) has not paid him for the last job of £1,200. He is a self-employed plasterer with other work. Advised ACAS/small claims. Not a safeguarding matter.")
R("School nurse: Year 11 boy with a stab wound to the leg, says he 'fell on a fence'. Friends say he's been running for a line from Birmingham to Worcester and got jumped. Has been missing 2 nights this week.",
  "av pv", "pa", "C", "h")
R("Border Force note, Stansted: 3 Bulgarian females travelling together, same return tickets purchased by one male who was waiting landside with a sign. Females unsure of the address they are going to, say 'he will tell us'. One has a job offer for 'cleaning' with no employer name. Words of advice and leaflet given, details passed to intel.",
  "", "", "", "l")
R("Intel 1/B/P: organ broker operating from a WhatsApp group targeting Pakistani and Bangladeshi men in London with debts, offering £10,000 to travel to a clinic abroad to 'donate' a kidney. One male (31) known to have travelled and returned unwell, paid £3,000 only.",
  "av de", "", "O", "h")
R("Caller reports two teenagers shoplifting from Co-op, both identified from CCTV, 15 and 16, local, no adult involvement suspected. Youth justice referral.")
R("He told me I was his princess and he would get us a flat. Then he said I owed him for the flat and the clothes and I had to go with his friends. He took my phone when I was with them so I couldn't call anyone. I was 16.",
  "av de db is", "iso", "S", "h")
R("Housing enforcement: rear outbuilding at 9 Canal St converted into sleeping quarters for 6 men employed by the adjoining recycling yard. No toilet, one cold tap, rats. Workers told housing officer they were charged £70 a week each, taken from wages.",
  "ac", "plc oa sw", "L", "m")
R("Probation: PoP (22) says the people he owes for a lost drug parcel have said his debt is now £4k and 'goes up every week he doesn't work it off'. They made him hold a firearm at his flat. He was told they know which nursery his daughter goes to.",
  "db it", "", "C", "h")
R("Family of 6 (Syrian, resettled) living in council flat, father works as a taxi driver, children at school. Referral about damp and mould only. Repairs raised.")
R("Intelligence (3/C/C, not to be disclosed to partners): rumour that the owner of the Bengal Spice restaurant keeps the chefs' passports, but when officers visited all staff produced their own passports and BRPs and confirmed they keep them at home.")
R("Victim statement, translated from Tigrinya: In Libya they kept us in a warehouse and asked our families for money. In England a man from our country met me and said I could stay in his flat and work at his friend's car wash. I worked 7 days. He said the money went to pay for my room and the journey. I never had money in my hand.",
  "db ww eo", "lh", "L", "h")
R("CSC: 12M found on a train to Brighton at 2300 with £400 cash and a phone with 'bando' messages. Says a 'big man' will 'cut him' if he loses the money. Placed in police protection.",
  "av it", "", "C", "i")
R("Online report: PLEASE LOOK INTO THE HOUSE ON BERRY LANE THERE ARE GIRLS COMING AND GOING ALL NIGHT WITH DIFFERENT MEN ITS DISGUSTING THERE ARE KIDS ON THIS ROAD",
  "", "", "S", "h")
R("Job centre work coach: claimant (British, 35, autistic) says he has been doing 'trial shifts' at a local takeaway for 8 weeks with no pay because the owner says he isn't good enough yet for a wage. Works 12-hour evenings.",
  "av ww eo", "lh", "L", "h")
R("Missing person: 17M from care home in Stockport returned after 3 days, return home interview: says he was at a friend's, nothing happened, he has his own money from his apprenticeship. No exploitation disclosed or suspected.")
R("GLAA: licensed gangmaster supplying daffodil pickers in Cornwall. Accommodation in caravans, maximum 4 per van, heated, contracts in Bulgarian, no deductions beyond legal accommodation offset. Compliant.")
R("She says that she was sold by her boyfriend to a man in Birmingham for £2,000. She says she was kept in a flat with three other women and they were not allowed outside. She says men came every day and she had to have sex with them. She says the man hit her with a belt when she cried.",
  "rm pv", "rms", "S", "h")
R("Int: POI KOVAC Milan (Slovak, DOB 14/07/1979) receiving child benefit for 7 children who are believed to be in Slovakia; families housed by him and told they must sign papers for him. INT suggests family members work in a laundry for him unpaid. 2/C/P.",
  "ww", "", "C L", "m")
R("A&E: 19F attended with vaginal bleeding after 'rough sex'. Accompanied by older male who paid for taxi. Says she has 'lots of boyfriends' who give her money and a man 'looks after' her. Has fresh bruising to her arms. Declined police.",
  "pv", "pa", "S", "h")
R("Bank: customer (Vietnamese, 20) opened account in branch accompanied by a man who held her passport and filled in the forms, and who gave his own phone number as hers. Card was posted to an address in Walsall where 8 other new accounts are registered.",
  "rd", "dt sfw ncw", "", "m")
R("I wanted to work in UK in a hotel as my friend did. The agency in Kathmandu took 4 lakh rupees. In UK there was no hotel, they put me in a care home doing nights and days. My salary goes to the agency man and he gives me some. He says if I leave my visa finishes and I go to prison.",
  "de ww eo it", "uf lh", "L", "h")
R("Neighbour reports a woman shouting at a child in the garden next door, attended, mother frustrated at homework, child well. NFA.")
R("Intel 2/B/P: Lithuanian fishermen recruited by an agency in Klaipeda to work on Scottish boats; crew housed on the vessel while in port, not allowed ashore without the mate, and paid a 'share' that is withheld until the end of the contract.",
  "rm ww", "sw rms", "L", "m")
R("MASH notification: 16F Romanian, brought to the UK by 'uncle', seen begging at a cash machine in Ilford from 7am, uncle waits in a car and takes money every hour. Not registered at a school. Uncle has her passport.",
  "av ww rd", "dt ncw", "C", "i")
R("Saw a man slap a lad at the hand car wash and shout in his face. Lad just carried on working. they were all soaked and shaking no coats. Saturday 3pm, Shell garage Dudley Rd.",
  "pv ac", "", "L", "h")
R("Caller reports dispute between two families over a wedding. Verbal threats made, both parties spoken to. No criminal offences disclosed.")
R("SARC note: 24F disclosed she was raped by her employer at a private house in Surrey where she works as a live-in housekeeper. She has only 'Sunday morning' free and cannot go out alone. Employer holds her visa documents.",
  "pv rm rd", "rms dt", "D", "h")
R("Intel: white van picks up 10-12 Eastern European men from a car park on Bath Rd at 0445 and drops at 2130, men believed to be working at a food processing plant via unlicensed supplier. Males look thin and exhausted. 3/C/P.",
  "eo", "ce lh pa", "L", "m")
R("Welfare visit: nail bar on Church St, two workers present, both Vietnamese adults. Workers showed own passports, have keys to the flat they rent privately, paid per treatment into own accounts. No concerns.")
R("I have a job in Leicester sewing clothes. £3 an hour. It's bad money I know but the boss is okay, I go home when I want and I keep my money. I want to find better work.")
R("Officer note (PCSO): concerns at 'Sparkle Hand Car Wash' – workers wearing flip flops in the wet, no gloves, chemical burns on hands seen on one. Workers said they live nearby and get paid daily. Passed to GLAA and HSE.",
  "ac", "pa", "L", "m")
R("CSE: 14F found at an address in Rochdale with three men aged 30-45, she had been there two days. She had alcohol and cannabis in her system and bruising to her thighs. She says they 'look after her'.",
  "av pv", "pa", "S", "i")
R("Family member report: my cousin in Slovakia was promised work in a warehouse in England. Now she says she is sleeping in a room with 6 people and they have to pay £150 a week for the bed and the minibus even when there is no work. She is in debt to the man who brought her and it's going up.",
  "de ac db", "oa ct", "L", "h")
R("POI NGUYEN Thi Hoa and her partner believed to be running a nail salon in Swindon where young Vietnamese females live in the basement and are escorted to and from work. 2/C/P.",
  "rm", "sw et rms", "L", "m")
R("Transplant coordinator: living kidney donation between a brother and sister from Nigeria approved by HTA after independent assessment; both spoke freely with the IA. Routine notification only.")
R("Caseworker (Unseen): L, Romanian, 40, told by her partner's brother that she must sign up for Universal Credit and housing benefit at an address she has never lived at. He keeps the bank card for the account. She works unpaid in his shop.",
  "ww", "ncw", "C L", "m")
R("Member of public: there is a van that drops 3 or 4 women at the Big Issue pitch and by the cash points in town, they beg all day, then the van comes back, the women give the money to the driver, i think they are being used",
  "ww", "et ncw", "C", "m")
R("A&E: 36M from Poland, head lacerations and broken ribs, says he was beaten by his 'boss' who found him trying to leave the farm. Says the boss told him 'next time you go in the river'. Left A&E before treatment completed with 2 men who arrived.",
  "pv it rm", "pa rms", "L", "i")
R("ASB: group of youths on bikes in the park throwing stones at windows. Dispersal order.")
R("Text to charity helpline: help me please i am in a house in London the family brought me from Uganda to look after granny. i clean and cook and i sleep in kitchen. they do not pay me they say they send money to my mother. they have my passport. i do not know the address",
  "ww rd is ac", "dt iso sw ncw", "D", "h")
R("GLAA: workers at a mushroom farm say the supervisor takes £300 'for the job' from every new starter and charges for gloves and knives. Workers otherwise paid correct hourly rate into own accounts and free to leave.",
  "", "uf ppe", "", "l")
R("School: Year 10 girl says her step-uncle has been taking her to parties where older men give her presents and she has to 'do stuff' with them. She says if she tells her mum he will tell everyone she's a slag.",
  "av it", "", "S", "h")
R("Intel 2/B/P: boxers at a gym in Luton are being used to collect debts for a drug line. No further info re exploitation.",
  "", "", "", "l")
R("IP debrief: I am from Sudan. In Calais a man said I could go to UK for free if I work for his friend after. In UK they take me to a farm in the middle of nothing, I don't know where. They say the journey cost 5,000 and I work it off. There was a dog at the gate. The man sleep in the house near the gate.",
  "de db is rm", "iso rms", "L", "h")
R("Council licensing: late night takeaway found with a worker sleeping in the storeroom. Worker says he has nowhere else to go, owner is his uncle who lets him stay for free. Works 5 evenings, paid cash. Advice given re fire safety.",
  "", "sw", "", "l")
R("Concern raised by bank: elderly customer's pension being withdrawn in full each week by her son who holds the card. Adult safeguarding referral for financial abuse.",
  "", "ncw", "", "l")
R("He drives us from the house to the fields and back, nobody goes in the shop alone. He say it is dangerous in England for people without papers, police will take us. We stay in the house always.",
  "rm", "et rms fa", "L", "m")
R("Intelligence: ZEQIRI Arben (Albanian) believed to hold the passports of 4 Albanian males working in his cannabis grows in Hartlepool and Middlesbrough. Males believed told their families in Albania will be harmed if they leave. 2/B/P.",
  "rd it", "dt", "C", "h")
R("Missing: 15F reported missing by her mum, found at her boyfriend's house (16M), no concerns.")
R("Care worker from Zimbabwe called the helpline: the care company says she must pay back £5,000 'training costs' if she leaves before 3 years. She has been working 80 hours a week. Her wage is paid to her and she has her passport.",
  "db eo", "lh", "L", "m")
R("Midwife: 22F Chinese, attended booking appt alone, lives in a 'massage flat' with other women, says her 'boss' takes her to appointments. Says she has to see clients even while pregnant. Not able to tell us her address.",
  "is", "et iso", "S", "h")
R("POI: 'AK' running a county line from Liverpool into Lancaster, using a 14yo girl to hold drugs in her bra on trains. Girl has been arrested twice and says she is 'paying off what I owe AK'.",
  "av db", "", "C", "h")
R("Report via app: guy who runs the barber shop by the station has young lads working for him sweeping floors, dont think they get paid, they sleep in the back",
  "ww", "sw", "L", "m")
R("Caller reports possible 'human trafficking' after seeing 8 men get out of a minibus at a hotel. Officers attended: a football team from Poland on a tournament weekend. NFA.")
R("Debrief: They give us rice and bread only. We work in the kitchen sixteen hours. When I was sick they said no work no food. Boss say the police in England beat people like us. I was afraid to go out.",
  "ac eo", "lh fa", "L", "m")
R("Intel 2/C/P: a British male with learning difficulties is being used by a group in Blackpool to open phone contracts and loans in his name. He is given cigarettes. The group have his passport and bank cards.",
  "av rd", "dt ncw", "C", "h")
R("Intel: WhatsApp messages show an agent in Dhaka charging men £14,000 for visas for care work in Wales. On arrival they find there is no job. Some now work in a restaurant kitchen for food and a bed.",
  "de", "uf", "L", "m")
R("Domestic abuse: female reports her husband controls all the money and doesn't let her see her friends. She works as a teacher. DASH high. IDVA referral.")
R("She says that the lady took her from her village in Vietnam when she was 14 and brought her to a house in London where she looked after a baby and cleaned. She says she was not allowed to go outside and never went to school. She is now 18 and was found by police after a neighbour called.",
  "av rm", "rms", "D", "h")
R("Intel 2/B/P: car wash at Stanley Rd has workers living in shipping containers on site, containers padlocked at night by the manager.",
  "rm ac", "sw rms plc", "L", "i")
R("Fraud referral: a family in Leeds collecting tax credits for 'children' who do not live in the UK. No indication of exploitation of any person.")
R("Safeguarding referral from college: 18M with ASD says a man he met online has been paying him £50 to collect packages from a flat and deliver them. Says the man is 'a good friend', has told him not to tell his mum. Nothing threatening reported.",
  "av", "", "C", "m")
R("Anonymous letter to police: The Singh brothers bring men from Punjab to work on their building sites. The men live in a garage in Southall, the brothers took their passports. They are paid £20 a day, the rest they say for the 'debt'. Please do something.",
  "rd ww db ac", "dt plc", "L", "h")
R("Call from hospital: patient post-nephrectomy in Istanbul clinic returned to UK with complications. He says he sold his kidney after a man at the mosque promised £15,000, he received £2,000. He was told if he complained his family in Iraq would be told he was gay.",
  "de it ww", "", "O", "h")
R("Lost child at the fair, reunited with parents within 20 minutes.")
R("Student welfare: international student (Indian, 22) says she has been working 40 hours a week in a restaurant, against her visa conditions. Employer pays her below minimum wage in cash but she says she can leave and has other job offers. Advised on visa risk.")
R("Handover: 3 Vietnamese males arrested at a cannabis grow in a former pub, Stoke. One appears 15-16 (says 18). All say they were brought by a man they owe. Electric shock burn on one male's arm. Awaiting interpreter.",
  "av db", "pa", "C", "h")
R("Police log: door staff at nightclub report a woman who says she was brought from Romania by her 'boyfriend' and he makes her work on the street and keeps the money. She says he is outside now. Officers en route.",
  "ww", "ncw", "S", "i")
R("my mum is being held in a house in Derby by her husbands family they took her phone and her passport and she isnt allowed out, she messaged me from a neighbours phone, she cleans for them all day, please help she is scared",
  "rm is rd eo", "rms iso dt lh", "D", "i")
R("GLAA inspection, flower farm: no issues with pay; however accommodation unlicensed and 4 workers sharing a 2-berth caravan. Licence condition breach recorded.",
  "", "oa", "", "l")
R("Intel: Nigerian women recruited in Benin City for 'shop work' in Italy are being moved to Newcastle to work in brothels. Women told their debt is 30,000 euros and that their families will be cursed if they run. 2/C/P.",
  "de db it", "", "S", "h")
R("Neighbour: man at no 12 has a lodger (Indian, 60s) who does the garden and the shopping for the family, I think he's their uncle. Seems happy, chats to me over the fence.")
R("VRM KX19 ABC seen 3 times this week at 0500 outside the Spar on Hawthorn Rd collecting groups of men with hi-vis, believed to be going to a warehouse near Daventry. Driver speaks for all of them when asked. 3/C/P.",
  "", "ce et sfw", "L", "m")
R("Caller says her 14yo son has been given a new iPhone and designer clothes by lads 'from the estate', and came home with a note of numbers and names. He has been going missing after school and gets calls all night. He says he is 'working'.",
  "av", "", "C", "h")
R("Asylum caseworker: client (Iranian, 29) in hotel accommodation, reports being approached by a man offering cash work at a car wash 'no questions asked'. He declined. Advised.")
R("I came to Scotland on a fishing boat. The skipper said good pay. But we could not leave the boat for 10 months, not even in harbour, and he said if we go ashore the immigration will catch us because our transit visa is not valid on land. We were never paid except $50 sometimes.",
  "de rm ww av", "rms fa", "L", "h")
R("Intel 2/B/P: STEFANESCU Ionut controlling 5 Romanian women in Sheffield who sell sex from a flat above a shop. He is known to beat them if they earn less than £300 a night and holds their ID cards.",
  "pv rd", "dt", "S", "h")
R("CCTV review shows a man in a grey hoodie breaking into cars on level 3 of the multi-storey. Suspect identified and arrested. Burglary series.")
R("Safeguarding note, A&E: 26F with a human bite to the forearm and old cigarette burns, accompanied by her 'manager' who insisted on staying. When seen alone she whispered that she works in a massage parlour and 'can't go home'. Manager took her out of the department before police arrived.",
  "pv rm", "pa sfw rms", "S", "i")
R("So I am a student from Ghana and my landlord says I must clean his other houses every weekend to pay for my room because my student loan is late. I have done it for 4 months. He says if I stop he will call the Home Office.",
  "av it", "", "L", "m")
R("Council environmental health: food hygiene inspection at a curry house, kitchen staff found asleep in the cellar on mattresses. Owner says they are 'family from Sylhet'. Staff would not speak to officers. Passed to police.",
  "", "sw", "L", "m")
R("Disclosure to youth worker: 15M from Albania in foster care says the men who brought him still message him that he owes 'for the journey' and that they know his mother's village. He has been asked to meet them in a park in Croydon.",
  "av db it", "", "C", "h")
R("Hey, I want to report my boss at the pizza place. He didn't pay me holiday pay when I left. I worked there 2 years. I know it's not police but who do I tell?")
R("INT suggests that an Indian national is offering to arrange kidney transplants in a hospital in Chennai for British Indians, with 'donors' recruited from poor villages and paid a fraction of what the patient pays. UK patients pay up to £60,000. 3/C/P.",
  "av", "", "O", "h")
R("A man came to the homeless hostel and took me and two others to work on a block paving job. He said £60 a day. At the end of the week he said we owed him for the food and the petrol and he'd pay us next week. He never did. He kept us at a caravan in his yard with his dog on a chain outside.",
  "av ww ac", "plc", "L", "h")
R("Intelligence log 2/B/P: Chinese female 'Mei' advertised on adultwork.com, phone answered by male. Location changes weekly. Female reportedly does not speak English and has no knowledge of where she is. Male drives her between locations.",
  "is", "iso et", "S", "h")
R("GP: patient (Polish, 45) tells me he lives in the warehouse where he works and sleeps on pallets. Says he is happy, it saves money, his employer allows it. Paid through payroll. I've informed the practice safeguarding lead.",
  "", "sw", "", "l")
R("MASH: 16F referred by sexual health clinic, 4th STI test in 6 months, mentions 'my man's mates' and being 'passed round at parties'. Presents withdrawn, has a new phone that she says her boyfriend (24) checks constantly.",
  "av", "", "S", "h")
R("Witness statement: I work at the garage next to the car wash. The car wash lads are brought in every day by a man in a black Audi, and he takes their money at the end of the day. One of them told me he gets £15 a day and owes the man for his visa.",
  "ww db", "et ncw", "L", "m")
R("Anonymous 101: I think my neighbour might be a slave his name is Jan hes polish and he lives in the garden shed of the house at 33 and he does all the building work on their extension, I never see him leave except in the van with the owner. poor guy",
  "ac rm", "plc sw et rms", "L", "h")
R("Road traffic collision, Ford Focus and cyclist, cyclist minor injuries, driver reported for due care.")
R("Probation: client (Vietnamese, 19) on licence for cannabis production. Was identified as a potential victim at court (positive reasonable grounds). Now living in supported accommodation, attending college. Says no contact from former controllers. Low risk.")
R("Debrief (interpreter): He says the job in Poland was arranged by a cousin. He says in England they took him to a garage in Smethwick where 5 men lived. He says they worked on a construction site and the gang leader kept the bank cards and PINs of all the men and gave them £10 a day. He says when one man complained the leader broke his nose.",
  "ww pv ac", "ncw oa pa", "L", "h")
R("Referral from a refuge: 31F from Pakistan, spousal visa, husband's family made her do all housework for 11 people and care for her father-in-law, she was locked in her room when guests came and given leftovers only. She escaped after 2 years.",
  "eo rm ac", "rms lh", "D", "h")
R("local takeaway owner is paying his staff cash in hand and not declaring it, also selling alcohol without a licence, think hes dodging tax",
  "", "", "", "l")
R("Intel 1/A/P: county line 'Jay' line from Croydon to Worthing using cuckooed flat of a vulnerable female (mental health and alcohol). Female reports being locked in her bedroom while the dealers use the flat.",
  "av rm", "rms", "C", "i")
R("College: 17M (Eritrean, UASC) says a man at church has offered him a job with accommodation in Birmingham if he stops college. Says he has been told not to tell his social worker. No exploitation has taken place yet.")
R("Bank: 3 accounts linked to the same mobile, all receiving salary from 'Greenfield Labour Solutions', withdrawals by cards at one ATM within 10 minutes each payday, account holders' addresses all one terrace house. Customers have never used online banking.",
  "", "mbc ncw", "L", "m")
R("I came to UK to be with my husband. His mother takes my money from my job at the factory, she says it's for the house. I work and then cook and clean for everyone. If I say anything my husband hits me. I am not allowed to call my family in India.",
  "ww pv is eo", "ncw iso lh", "D L", "h")
R("Youth Offending: 15M arrested for robbery with two 18-year-olds. He says it was his idea. No indication of grooming or exploitation following assessment.")
R("Caller reports seeing a 'young girl' with a much older man in a car at the retail park at midnight. Officers attended: 19F and her father waiting for a tow truck.")
R("POI: GASHI, Besnik. INT suggests he recruits Albanian males on TikTok with 'jobs in London €3000/month' and places them in cannabis grows where they are told their debt is £20k. Victims' phones taken on arrival. 2/B/P.",
  "de db is", "iso", "C", "h")
R("Salvation Army: client (British, 52, homeless) was living in a tent when approached by a family of travellers who offered him work and a caravan. For 11 years he laid tarmac for no wages, was regularly beaten and was told the police wouldn't believe him. Rescued during a police raid.",
  "av ww pv it", "", "L", "h")
R("Nursery manager concerned: mum of a 3yo comes to pick up with bruised face and seems frightened of her partner who waits in the car. Has said she works at a nail bar 'for her partner's friend'. No other details. Refer to DA pathway.",
  "pv", "pa", "", "h")
R("Intel 2/C/P: males working at a recycling plant in Bolton are collected at 5am from an HMO, each charged £10 a day for the van and £20 for boots. One male said he hasn't had a day off in 2 months.",
  "eo", "ce ct ppe lh", "L", "m")
R("She says that the agent told her that in England she would be a nanny for a rich family and go to English classes. She says when she arrived the family took her passport and made her clean three houses belonging to the family. She says there were no classes. She says she was paid £100 a month.",
  "de rd ww", "dt", "D", "h")
R("Council: complaint from resident about a hostel for seasonal farm workers being noisy at night. Hostel licensed and inspected. Noise warning.")
R("Message via crimestoppers: the bosses at the chicken factory are making the Polish girls sleep with them if they want to keep their shifts. They say they'll send them back to the agency with no work",
  "pv it", "", "L S", "h")
R("Police log, 999: male (Romanian) flagged down patrol on the A1 hard shoulder, says he ran from a farm where 'they keep us like dogs', 20 workers in two rooms, no money for 3 months. Shows a wound on his back from a belt. Says others still there.",
  "ac ww pv", "oa pa", "L", "i")
R("Housing: tenant reports his landlord kept his deposit unfairly. Signposted to the deposit protection scheme.")
R("Intel 2/B/P: woman known as 'Mama Grace' in Peckham holds Nigerian girls in her home as 'house girls', they do cleaning and childcare for her and her adult children and are not enrolled in school. One girl reported as 13.",
  "av", "", "D", "h")
R("A&E: 41M, Indian national, kidney transplant done in Pakistan 3 months ago, now rejecting. Told us he paid £25k and a 'donor was found', he does not know who. Donor believed paid. Hospital escalated to HTA.",
  "", "", "O", "m")
R("Work coach: client says his new employer, a legit agency, gave him PPE for free and pays weekly into his account. He is happy. Asked for help with travel costs for first month.")
R("Intel: two Slovak brothers in Sheffield run a 'rent' scheme where Roma families newly arrived have to work at their car wash to pay rent; rent increased every month so families are always behind. Families told they'd be evicted onto the street with children.",
  "db it av", "", "L", "h")
R("i wrk at the hotel on the front and the housekeepers from the agency start at 6 and they are still cleaning rooms at 10 at night, they get paid by the room not the hour and the agency takes money for their uniform and their bus. one of them fainted last week",
  "eo", "lh ppe ct pa", "L", "m")
R("Interpreter-assisted interview: He says he did not know he would work in a cannabis factory. He says the men told him it was a restaurant. He says the door was always locked and food was brought every few days. He says he did not know what city he was in.",
  "de rm is", "rms iso", "C", "h")
R("MASH: 11M witnessed DA between parents, no other concerns. Early help offered.")
R("School: pupil (13, Roma) is missing school to 'help dad' selling Big Issue magazines in the city centre. Dad attends meetings, pupil appears well-fed and happy, says he only goes on Saturdays now. Attendance improved. Family support plan.")
R("Debrief: I was told in Hanoi that the cost to go England was $30,000 and I could pay back working in a nail shop in 2 years. My family gave the house as guarantee. In England the lady said I had to pay $1,000 more every month for food and room, so the debt is bigger now than before.",
  "db de av", "", "L", "h")
R("PCSO note: man seen sleeping in doorway, known rough sleeper, offered shelter, declined.")
R("Int 2/B/P: Polish man 'Tomek' holds the ID cards of 6 men who work at a meat plant. He collects them every morning in his car and drops them at night. He says he keeps the cards 'so they don't lose them'.",
  "rd", "dt et ce", "L", "m")
R("TikTok video reported by a member of public: young woman saying in Portuguese that she was brought to London to clean for a family and they don't let her leave and hit her. Location identified as a flat in Kensington. Officers attending.",
  "rm pv", "rms", "D", "i")
R("Charity outreach: 6 Vietnamese women in a nail bar in Cardiff. Owner refused entry to the back. Women said very little, eyes down. One whispered 'no money, no passport'.",
  "ww rd", "dt fa", "L", "m")
R("GLAA licensing: labour provider's licence revoked for failing to keep records of hours. No evidence of forced labour found among the workers interviewed.")
R("He found me in McDonald's. I was 17 and in care. He said I could stay at his. After a week he said I had to pay him back for the food and the room by sleeping with his friends. There were cameras in the flat. He said if I left he would put the videos online.",
  "av db pv it", "", "S", "h")
R("Intel: group of Indian students working for a delivery subcontractor who pays them into accounts he controls, giving them a fraction of the delivery fees. Students believe they will lose their visas if they complain. 2/C/P.",
  "ww", "ncw fa", "L", "m")
R("999 call from a child (12): 'Dad is hitting Mum.' Officers attended, male arrested. No exploitation concerns.")
R("POI NDLOVU, Sipho. INT: offers Zimbabwean carers accommodation and 'help with a sponsorship' then takes a 'fee' of £2,000 and rents them a room. No indication of control after that. 3/C/P.",
  "", "uf", "", "l")
R("Handover: adult female (Albanian, 23) located in a brothel in Reading during warrant. She says she came to marry her boyfriend; he brought her to the UK and 'sold' her. She has been there 5 months, the men took her phone and passport, she says she was raped by one of the controllers. NRM and SARC.",
  "de rd is pv", "dt iso", "S", "h")
R("Member of public: bloke at the market selling fresh fish out of a van, has two lads helping him who look about 12, probably his sons its a saturday but still",
  "", "", "", "l")
R("Voice note transcription (Polish, translated): 'We are at the farm near Boston. He says we cannot leave until the potatoes are finished. He has the keys of the bus. Three weeks no money. Maybe police can come?'",
  "rm ww", "rms", "L", "i")
R("Intel: ALI, Kamran. Believed to bring females from Pakistan on spousal visas to marry his associates; women then made to work in his garment factory in Leicester without pay and to live in his house. 2/C/P.",
  "ww", "", "L", "m")
R("A&E: 17M stab wound, declines to talk. Has 3 phones. Mum says he's been going to Margate. Police informed.",
  "av", "pa", "C", "h")
R("The job was in a hotel, the man said. But they took us to a house in Newport and we worked in a big laundry, washing hotel sheets. Twelve hours every day, Sunday too. The leader took the bank cards 'to pay the rent'. We were 9 in a 3-room flat.",
  "de eo ww ac", "lh ncw oa", "L", "h")
R("Report: a man in Liverpool has set up a Facebook page offering to 'find kidney donors from overseas' for people on the waiting list. Posts removed, referred to NCA.",
  "", "", "O", "m")
R("Licensing: door supervisor checks, one SIA licence expired. Warning.")
R("Social worker visit: 82F with dementia, her son and his partner live with her and claim carer's allowance. House clean, mother well cared for, no financial abuse identified. Case closed.")
R("Int 2/C/P: Eastern European women are being brought to work in a nail bar in Hull; they are given a room upstairs and told they cannot go out without the owner's husband because 'England is dangerous'.",
  "rm", "sw rms et", "L", "m")
R("Intel 1/B/P: man known as 'Uncle Bao' collects Vietnamese teens from a children's home in Kent and takes them to a car wash in Gillingham. Children are told they owe him for their travel and he will report them to immigration if they run.",
  "av db it", "", "L", "h")
R("I am writing this for my friend who don't write English. She is from Philippines and work as a domestic for a family in Chelsea. They take her phone at night and the passport is in the safe. She has a day off on Sunday but she must be back at 6. She is paid £400 a month. She says they are not bad people.",
  "rd is", "dt iso", "D", "m")
R("Youth worker: group of lads aged 14-16 hanging around the chicken shop, some carrying knives, no adults seen with them. Passed to neighbourhood team.")
R("Officer note: entered flat above 'Lucky Nails' during a welfare check. Three single mattresses, a few clothes in carrier bags, no personal items, no food except instant noodles. The two women present said they came 'last week' and did not know which town they were in.",
  "is", "fpe plc iso", "L", "m")
R("Intel 2/B/P: car wash workers at Kingsway are charged £25 a week for boots and gloves and £15 for the lift from their house. A Kurdish male 'Rebwar' answers all questions on their behalf.",
  "", "ppe ct sfw", "L", "m")
R("Caller: my car was damaged at the hand car wash, they scratched the paint, I want compensation. Civil matter, advised.")
R("Victim account: When they found me at the station I had only the clothes I was wearing. The man had my phone, my bag, my passport. He said they were safe with him. I slept in the kitchen of his restaurant for a year. He said I was lucky, other bosses are worse.",
  "rd is", "fpe dt sw iso", "L", "m")
R("Bank alert: 22 debit cards used at the same cash machine on Whitechapel Rd within 40 minutes, all accounts opened with Bulgarian ID documents at the same address, salaries from a cleaning company. Referral to police.",
  "", "mbc", "L", "m")
R("Midwife: 19F (Eritrean), says she lives with her 'husband's friend' and does his cooking and cleaning in exchange for a room. She has own phone, attends college, says she can move when she gets her own flat. Housing support offered. No exploitation.")
R("INT: organised group in Manchester targeting homeless men with drug dependency, housing them in a flat and taking them daily to shoplift in Trafford Centre stores, paid in heroin. 2/B/P.",
  "av ww", "", "C", "h")
R("she was sat at the bus stop shaking and crying in thin clothes, no bag, nothing, she said men had her in a car and she ran. i called 999. she doesnt speak english. shes got bruises on her face",
  "pv", "pa fpe", "", "h")
R("Probation: PoP (Romanian, 34) convicted of pickpocketing as part of a group. Says he was recruited by his uncle and had to hand over everything he stole; says he was beaten when he didn't steal enough. Considered for NRM.",
  "pv ww", "", "C", "h")
R("Community nurse: elderly Sikh gentleman lives with son's family, does some cooking, has his pension paid into his own account, goes to the gurdwara daily. No concerns.")
R("Intel 2/C/P: a Turkish barber shop owner in Middlesbrough employs Kurdish asylum seekers at £2 an hour, 80 hours a week, and lets them sleep in the back. Workers told not to speak to the police as they'll be deported.",
  "eo it", "lh sw fa", "L", "h")
R("Email to council: I run a small farm and employ 6 seasonal workers through a GLAA-licensed provider. A worker told me his previous employer kept his passport. What should I do? – Advised to report to GLAA/Modern Slavery Helpline.",
  "rd", "dt", "", "m")
R("Online report (Google translated from Romanian): my brother go England in March for work in factory he say the boss take 100 pound for the job in Romania, in England the boss say another 300 for house and for papers. He pay it all now, he have good job now. we just want to check the company is legal",
  "", "uf", "", "l")
R("IP (Nigerian F, 30) debrief: she says she was brought as a nanny to a family in Essex. She says the wife hit her with a shoe for burning the rice and she has scars on her hands from the iron. She says she was never allowed to eat with the family and slept in the utility room. She says she was told she would be arrested if she went outside because she has no visa.",
  "pv ac it rm", "pa fa rms", "D", "h")
R("A&E: 22F tourist from Spain, stolen passport and phone in a bar. Consulate informed. No concerns.")
R("Intel: 'Sharif' organising kidney sales among Afghan asylum seekers in hotels: men promised £8,000 and a visa in Turkey for a kidney. One man believed to have travelled. 3/C/P.",
  "av de", "", "O", "h")
R("Witness: I clean at the care home. The new carers from Kerala work double shifts nearly every day, and the manager has all their passports in her drawer 'for Home Office checks'. One of them told me half her wage goes back to an agent every month for her visa.",
  "eo rd db", "lh dt", "L", "h")
R("School referral: 8-year-old says her aunty who she lives with makes her sweep the yard and wash everyone's clothes by hand before school. Child appears thin, unkempt uniform. Aunty is not her legal guardian; parents in Ghana.",
  "av ac", "pa", "D", "h")
R("Public online report: THE FARM UP ON HILL TOP LANE THEY GOT LADS THERE LIVING IN HORSE BOXES AND THE FARMER DRIVES THEM EVERYWHERE THEY CANT EVEN GO TO THE SHOP ON THEIR OWN. ITS MODERN SLAVERY WAKE UP",
  "ac rm", "plc et rms", "L", "h")
R("Theft from motor vehicle, tools stolen from a builder's van overnight. Crime ref issued.")
R("Intel 1/B/P: MIHAI, Gheorghe. INT suggests he runs a network of Romanian beggars in Glasgow city centre, housing them in one flat, collecting their takings twice a day and keeping their identity cards.",
  "ww rd", "ncw dt", "C", "m")
R("GLAA inspection of a car wash in Newport: workers registered on payroll but payslips showed '£120 accommodation' and '£30 equipment' deducted weekly, net pay £45 for 60 hours. Workers live in a house owned by the car wash owner.",
  "ww eo", "ppe lh", "L", "m")
R("Debrief: I am from Eritrea. The man in Sudan took my phone so I could not call my mother. He said he would send me to England if I worked in his house. I worked two years in his house in Khartoum. Then I came to UK myself. In UK nobody control me, I live in asylum hotel.",
  "is", "iso", "D", "m")
R("Caller worried about a neighbour's teenage daughter who comes home in taxis late at night. Officers spoke to family: daughter works shifts at a hospital as a healthcare assistant. NFA.")
R("He said I could work in his brother's hotel in Bournemouth. But there was no hotel, it was a house with rooms where men came. I said no. He said I already owe him for the ticket and the visa, £6,000. When I said I would go to the police he put a knife to my throat.",
  "de db pv it", "", "S", "i")
R("MASH information share: 15M from Vietnam placed in supported accommodation went missing after 2 days, believed collected by an adult male in a car. Phone switched off. High risk of re-trafficking.",
  "av", "", "", "h")
R("POI 'Boss Man' running a cannabis grow in a warehouse near Stoke using Chinese men who are not allowed to leave; the men sleep on site on camp beds, meals brought in by a driver. 2/B/P.",
  "rm", "sw rms", "C", "h")
R("Housing: private landlord complaint from tenant about heating not working for two weeks. Landlord instructed to repair.")
R("Interpreter: She says that in the flat there were seven girls and only one bathroom. She says they had to give all the money from clients to the madam. She says the madam told them the police in England would deport them and their families would suffer for the shame.",
  "ww it", "oa ncw fa", "S", "h")
R("My father brought a boy from Punjab to work on our farm in Kent. My father pays him properly and he has his own room and a car. I'm only writing because my neighbour said it's trafficking. Is it?")
R("Intel: Slovak Roma family in Derby made to hand over the bank cards for their benefits and wages to a 'landlord' who gives them back £30 each week. Family work at a chicken factory arranged by him.",
  "ww", "ncw", "L", "m")
R("Police log: report of a man trapped in a locked container on an industrial estate. Fire service cut lock. Male (Vietnamese, approx 17) says he was living there and working in a nail bar. Very thin and dehydrated.",
  "av rm", "pa rms plc", "L", "i")
R("Court note: defendant (21, British) claimed s45 defence re drug supply, jury rejected. No independent evidence of coercion.")
R("I came from Slovakia to England in 2019. The man took my ID card and sent my money to my mother in Slovakia, but my mother says she got nothing. I worked in a bed factory 6 days, 12 hours.",
  "rd ww eo", "dt lh", "L", "h")
R("Press summary: A couple from Cambridgeshire who made a Bulgarian woman work as their cleaner and carer for 5 years, paying her nothing and making her sleep in a cupboard under the stairs, were convicted under s1 MSA 2015.",
  "ww ac", "sw", "D", "h")
R("Helpline: caller says his Romanian workmates at a packhouse in Spalding must be in the minibus by 4:30 am and are not brought back until 10 pm, with £8 a day for the bus taken from wages.",
  "eo", "ce ct lh", "L", "m")
R("Social care: 19F care leaver with a learning disability has 'a new boyfriend' aged 40 who has moved into her flat; neighbours say several men visit at night. Her benefits go into his account.",
  "av", "ncw", "S", "h")
R("Report about a Polish man sleeping in a car in the supermarket car park. He says he lost his job and is waiting for wages from his last employer who paid him late. Signposted to homeless services.")
R("Int 2/B/P: Albanian male 'Gezim' holding Albanian men in a flat in Hammersmith and making them work on construction sites for 16-hour days; he holds their phones and tells them their families in Albania will be harmed if they speak.",
  "eo is it", "lh iso", "L", "h")
R("RSPCA called police to a farm; animals found neglected. Farm worker (British) lives on site, paid, no concerns about him.")
R("Domestic servitude alert from embassy: a Kenyan woman calling from a villa in Hampstead says her employers have locked her in and taken her passport. She has a mobile hidden in her room.",
  "rm rd", "rms dt", "D", "i")
R("YOT: 16F on bail for possession with intent; says a woman she calls 'Auntie' gives her drugs to sell at the school gates and keeps the money. Says Auntie has threatened to tell social services she is a bad mother to her baby.",
  "av ww it", "", "C", "h")
R("Intel: Turkish-owned kebab shops in Kent employing Kurdish men who say they owe the smuggler for the crossing and the shop owner pays the smuggler directly from their wages. 3/C/P.",
  "db ww", "ncw", "L", "m")
R("Caller: there is a man walking along the motorway hard shoulder. Officers located him, he had broken down. Recovered.")
R("GP notes (translated letter): 'I am working in a fish factory in Aberdeen. The manager keeps my identification. I have a rash on my hands from the chemicals and the gloves are torn, he says to buy new ones myself.' Patient asked for a sick note and said not to tell his employer.",
  "rd ac", "dt ppe fa", "L", "m")
R("Au pair, 20, from Spain: host family uses her as a cleaner for their holiday lets as well as the kids, 60+ hours a week for £90 pocket money. She says she is going home next month and has her passport and return ticket.",
  "eo", "lh", "D", "m")
R("Financial intel: Nigerian student account receiving multiple deposits from UK victims of romance fraud, funds withdrawn in cash. Student says an older man from his church 'arranged' it and now says he will tell the university if he stops.",
  "it", "", "C", "m")
R("Int 2/C/P: Kosovo-Albanian female recruited online via an 'Instagram model' job, brought to Birmingham and forced into sex work; controller keeps her passport and she has a debt of £15,000. Believed at a hotel near the airport tonight.",
  "de db rd", "dt", "S", "i")
R("School: 14M says he has been doing 'jobs' for an older lad, dropping parcels at houses. He says the older lad told him 'you know what happens to snitches' and showed him a video of a boy being stabbed.",
  "av it", "", "C", "h")
R("Caller: the builders next door start at 7am on a Saturday, can they do that? Advised re council noise rules.")
R("Handover: male found wandering near a motorway services, says he escaped from a 'sheep farm' in Wales, gave the farmer's name. Very unkempt, long beard, has no shoes and no ID. Has been there 'many winters' with no pay. Possible learning disability.",
  "av ww", "pa fpe", "L", "h")
R("Bank: 68F customer with multiple payments to a 'nephew' abroad, believed romance scam. Fraud team contacted customer.")
R("The woman who brought me said I must work in her house to pay for my school fees in England. But I never went to school. I cooked, washed and looked after her twins. I slept on a mat. When I asked about school she slapped me. I was 12 when I came.",
  "av de pv ac", "", "D", "h")
R("Intel: male 'Robert' operates a labour scheme where recruits from a homeless hostel are taken to farms in Herefordshire; he keeps their bank cards and they sleep in a barn. 2/B/P.",
  "av ww ac", "ncw sw plc", "L", "h")
R("Surgeon letter: young man (Moldovan, 24) treated for wound infection after nephrectomy performed abroad. States he agreed to sell a kidney for €7,000 because he owed money to a moneylender. Says he was only paid €1,500 and was threatened when he complained.",
  "av ww it", "pa", "O", "h")
R("Sgt log: 4 Vietnamese males detained at a nail bar during immigration visit. All adults, all say they work freely and rent their own rooms. One has a valid visa. Immigration matter. No MS indicators.")
R("i am one of the workers at the car wash in Aston, i want to say the boss shouts but he pays us every friday cash, we go home at 6, nobody keeps our passports. people keep sending police, we are fine thanks")
R("CSE: 16F found in a hotel room in Leeds with a 32M. She had been advertised on an escort website and he had paid an older female. The older female drove her to the hotel. Child in police protection.",
  "av", "et", "S", "i")
R("Housing association: concern that a tenant is subletting his flat to 6 men who work on a building site. Visited: 6 men present, sleeping on the floor; they say they pay the tenant £50 a week each and are paid by the site directly. No indication of control by the tenant over their work.",
  "", "oa", "", "l")
R("Police log: woman (Thai) rang 999 saying she is in a flat in Mayfair, 'the man has my passport and does not let me go', could not give the exact address. Phone traced to a building, officers attending.",
  "rd rm is", "dt rms iso", "S", "i")
R("Outreach van note: two women at the Lowestoft Rd pop-up flat, neither had a bag, a coat or a phone, just what they stood in. A man came to the door within a minute and answered every question for them, said they were 'his cousins visiting'. Adverts for the flat on a sex site renewed daily.",
  "", "fpe sfw", "S", "h")
R("Bank alert: a man made 31 cash withdrawals in one evening at a Tesco ATM in Boston using 11 different cards, all belonging to agricultural workers at the same address; the workers' accounts are fed only by payroll from one gangmaster.",
  "", "mbc ncw", "L", "m")
R("Letter from a solicitor: our client, a Polish warehouse worker, is bringing an employment tribunal claim for unpaid overtime of £640. He continues to work there, lives in his own flat and is paid monthly. We are told police have been asked to check on him; there is no criminal matter.")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh163.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(T, 1):
            f.write(json.dumps({"id": f"f163-{n:03d}", "text": text, "indicators": ind, "signs": sig,
                                "exploitation": typ, "risk": risk}, ensure_ascii=False) + "\n")
    print(len(T), "texts ->", out)
