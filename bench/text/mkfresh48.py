#!/usr/bin/env python3
"""Hand-written labelled texts for fresh48 (children emphasis). Each entry is written
individually; the short codes below are only abbreviations for the label names."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

T = []
def E(text, ind="", sig="", typ="", risk="l"):
    T.append((text, ind, sig, typ, risk))

# ---------------- part 1 ----------------
E("INT suggests nom KELLY, Jordan (DOB 03/02/2010) running a line from Brixton to Margate for a male known only as 'Smokes'. Nom found with 41 wraps and a burner. Mother states he goes missing Fri-Sun. 2/B/P",
  "AV", "", "C", "h")
E("999 caller reports a boy about 14 in the back of a black Audi on the Tesco car park in Ashford, crying, two older males shouting at him that he 'lost the bag' and he's going to pay for it. Vehicle still on scene.",
  "AV IT", "", "C", "i")
E("my son is 15 and has come home with a stab wound to his leg says he fell but theres a lad called Dee who keeps texting him saying he owes £800 for the stuff the police took off him. hes terrified. please help",
  "AV PV DB IT", "pa", "C", "h")
E("School DSL referral: Year 9 pupil (F, 13) seen repeatedly being collected at the gate by an adult male in a white Mercedes who is not a family member. She has new nails, a second phone and is falling asleep in lessons. She told a friend he takes her to 'parties' with his mates in a flat in Rochdale and she has to 'be nice' to them.",
  "AV", "", "S", "h")
E("Year 10 boy excluded for fighting in the canteen. Dad attended, apologised, says it's about a girlfriend. No wider concerns identified by pastoral team.",
  "", "", "", "l")
E("Border Force Heathrow T4: female travelling alone, states age 15, Nigerian, arrived on flight from Lagos with a male who claimed to be her uncle and who left the hall when she was questioned. She says she was told she would go to school in London and help 'auntie' with the baby. The male held her passport and she does not know the address she is going to.",
  "AV DE RD IS", "dt iso", "D", "h")
E("Teenager missing overnight, found at friend's house in Swindon watching films, had turned phone off after row with mum about homework. Returned home, RHI completed, no exploitation concerns.",
  "", "", "", "l")
E("I was 14 when I came. In Vietnam the man told my grandmother I will work in a restaurant and send money. In England they put me in a house with plants and lights. I water the plants every day, I cannot go out, the windows have the black plastic. They say I owe thirty thousand dollars for the journey and if I run they find my family.",
  "AV DE RM DB IT AC", "rm", "C", "h")
E("A&E note: 15yo female presenting with overdose (paracetamol). Discloses she has been 'seeing' a 24yo man she met on Snapchat who has made her have sex with his friends and says he will post her pictures to her school if she stops. Safeguarding referral made, police informed.",
  "AV PV IT", "", "S", "h")
E("YOT worker note - J has been arrested for the third time in Cornwall although he lives in Lewisham. says he is 'working' and gets £50 a day but the boys take it back for 'the phone bill' and 'the trains' so he ends up owing them. he is sleeping in a flat with a woman who uses heroin. mum hasn't seen him for 3 weeks.",
  "AV WW DB AC", "ncw ct plc", "C", "h")
E("Cuckooing report, Barnstaple: vulnerable adult with learning disability, Mr H, has had two teenage boys from London living in his flat for a fortnight dealing crack. Neighbours say he is too scared to go into his own living room and he has been seen with a black eye.",
  "AV PV", "pa", "C", "h")
E("Girl, 14, reported missing from home in Bradford by mother. Later located at 03:40 in a flat above a takeaway on Leeds Rd with three adult males. She was intoxicated and had no shoes. Officers still on scene, males detained.",
  "AV", "pa", "S", "i")
E("Concern raised by neighbour that 12 year old girl next door is 'used as a maid' — turns out the family has a new baby and the girl helps with bath time; she attends school full time, has friends round and went to Brownies tonight. NFA.",
  "", "", "", "l")
E("Children's Services strategy meeting minute: A (17, Albanian, UASC) accommodated in Croydon, went missing 6 weeks ago. Found in a cannabis grow in Hull, bedroom sealed, electricity bypassed. He said the men who paid for his lorry crossing told him he had to 'work off' €10,000 and he was not allowed to leave the house; food was brought twice a week.",
  "AV RM DB AC", "rm", "C", "h")
E("Hi I want to report a suspicious situation. A lady at our church brought a girl from Ghana, around 11 or 12, who she says is her niece. The girl doesn't go to school, she cooks and cleans and looks after 3 little ones, and she sleeps on the kitchen floor. When I said hello she looked at the lady before answering. She has never been seen outside without her.",
  "AV RM IS AC", "rm iso plc", "D", "h")
E("Youth worker notes that a 16-year-old girl at the youth club has a new boyfriend aged 17 from her college, parents know him and he comes for Sunday dinner. She seems happy. No concerns.",
  "", "", "", "l")
E("My daughter is 13 and I found chats on her ipad from a man who says hes 16 but he is clearly an adult, he has asked her to send pics and keeps telling her not to tell me because I would take her phone away and then he could not talk to her anymore. she says she loves him",
  "AV IS", "iso", "S", "h")
E("RIGHT NOW there is a little boy maybe 10 begging outside Boots Oxford St with a lady watching from across the road she took money off him twice and shouted at him when he sat down. its freezing and he has no coat",
  "AV WW", "ncw pa", "C", "i")
E("Hospital midwife: 17yo Romanian mother-to-be attending with male 'partner' (approx 35) who answers every question and holds her maternity notes and ID card. She doesn't speak English; when the interpreter asked privately she cried and said she is made to go with men in a flat in Luton and he keeps the money.",
  "AV RD WW", "sfw dt ncw", "S", "h")
E("Child (16) stopped at Dover Eastern Docks in the back of a refrigerated lorry with four adults, Eritrean, cold but uninjured. Said he paid smugglers in Libya. Placed with Kent CS. No indicators of onward exploitation at this stage.",
  "", "", "", "l")
E("Debrief via interpreter: he says that when he was 15 the man from the village said he would be a car mechanic in England. He was taken to a car wash in Kent and washed cars from 7 in the morning to 9 at night, every day. He says that he got £10 a day for food and the boss said the rest paid for his travel debt. He slept in the back room with the chemicals.",
  "AV DE EO WW DB AC", "lh ncw sw plc", "L", "h")
E("School referral: Year 8 pupil always late, tired, wearing same uniform unwashed. Disclosed that she looks after her 4 siblings every evening because mum works nights as a carer. Early Help offered. Family otherwise loving; no exploitation.",
  "", "", "", "l")
E("Missing person return interview: Kayleigh, 15, was gone 4 days. Says she stayed in 'a nice hotel' with a lad called Tyler and his 'uncles'. She was given vodka and a bit of weed. Tyler told her she had to go with one of the uncles to 'pay him back' for the room. She has a love bite and bruises on her thighs and won't say more.",
  "AV PV DB", "pa", "S", "h")
E("Concern from a bus driver in Ipswich: same two lads, look 13-14, get on at 6am every Saturday at the station with a man who pays their fare and they get off in a housing estate, and he collects them again at 11pm. Not dressed for school trips.",
  "AV", "cedl et", "C", "h")
E("Trafficking log entry: nom NGUYEN Van Thanh (stated 16, age disputed) located in nail bar, Wolverhampton, during GLAA visit. States he lives upstairs with 5 others, works 9-8 six days, has 'no money' because 'boss keeps for me'. Passport held by owner 'for safety'. 1/A/P",
  "AV EO WW RD AC", "lh ncw dt oc", "L", "h")
E("Safeguarding referral from college: student (17, Polish) says her 'boyfriend' took her to Poland in the summer and when they came back he said she must marry his cousin so the cousin can get a visa, and if she refuses he will tell her father she is not a virgin. She is frightened and asked not to go home today.",
  "AV IT", "", "", "h")
E("He took my phone the first day and said I didn't need friends anymore only him. I was 16. He kept me in the flat in Luton and sometimes locked the door when he went out. Men came and he said they paid for me. If I cried he hit me.",
  "AV IS RM PV", "iso rm", "S", "h")
E("NFA: report of child labour at a farm shop — teenager is the owner's daughter (15) doing 4 hours on Saturdays, paid £6.50/hr into her own account, parents present. Within child employment byelaws; permit held by council.",
  "", "", "", "l")
E("Child, 9, found at 23:00 at Birmingham New Street selling packets of tissues with a woman claiming to be his aunt, who collected all the money. Boy thin, no coat, says he hasn't been to school 'in England'. Woman's account inconsistent.",
  "AV WW", "pa ncw", "C", "h")
E("Ambulance crew report: called to flat in Southend for male aged approx 15, stab wound to the buttock, several other youths left before arrival. Flat belongs to a 60yo woman with alcohol dependency who says 'the boys from London' use it and she can't stop them. Scales and bags in kitchen.",
  "AV PV", "pa", "C", "h")
E("INT: LEWIS, Marcus aka 'Maddz' believed to control 'Kash line' Ipswich; recruiting via Snapchat, offering £1,000 a week to 14-16yos. Recruits robbed on purpose by his own associates to create a debt. 2/B/P",
  "AV DE DB", "", "C", "h")
E("Girl (12) reported by teacher as having a 'boyfriend' of 19. Police visited. Turns out boyfriend is 13, a pupil at a neighbouring school; teacher misread. NFA, parents aware.",
  "", "", "", "l")
E("Caseworker (Barnardo's) note: S, now 17, describes being moved between houses in Derby and Nottingham from age 14. 'Everyone knew me as Cherry. I didn't know which street I was on half the time. They gave me ket so I'd go with them.' She has a scar on her wrist where one of them burned her with a lighter.",
  "AV IS PV", "iso pa", "S", "h")
E("Emergency: I'm in Asda car park Hyde and there's a girl in a car screaming 'let me out' she looks about 14 and the man has just locked the doors and is driving towards the M67, grey Corsa, reg starts YD19",
  "AV RM", "rm", "", "i")
E("Social care note: R (11) lives with her dad and stepmother. School concerns about dirty clothes. Home visit: house untidy but warm, food in cupboards, R has her own room and toys. Dad struggling since redundancy. Family support package. No exploitation.",
  "", "", "", "l")
E("Philippine nanny, 17 at arrival with a diplomatic household in Kensington. She says she worked from 6am until the family slept, cared for the twins, cooked, cleaned, and never had a day off in two years. Her passport was 'in madam's drawer'. She was paid nothing; the family said they sent her salary to her parents.",
  "AV EO RD WW", "lh dt ncw", "D", "h")
E("INT 3/C/P: rumour among pupils at Hillview Academy that an older boy 'gets girls for parties'. No names, no dates, single anonymous source. Pupils spoken to say it's a joke from TikTok.",
  "", "", "", "l")
E("LA referral: boy (15) from Albania says his father sent him to the UK so he can earn to pay back the family's debt to a moneylender. In London he works in a car wash and the man who drove him pays nothing, saying the money goes straight to the moneylender. He sleeps on a mattress with 6 other workers above the shop.",
  "AV WW DB AC", "ncw oc sw", "L", "h")
E("Teen reported being robbed of his phone and trainers in the park by older boys, described suspects, no link to drug supply found, no debt. Investigation ongoing as robbery.",
  "", "", "", "l")
E("Online grooming: Roblox moderator referral — adult account messaging a 10-year-old asking for photos in exchange for Robux, told the child 'this is our secret, if you tell your mum you'll be banned forever'.",
  "AV IS IT", "iso", "S", "h")
E("Debrief in my own words: my uncle in Lahore said I will study in England. I was 16. In Bradford I lived with his cousin's family and I cleaned, cooked for 9 people, took children to school, and I was not allowed to go to school myself. They said I am ungrateful and they will send me back to marry an old man. I slept on the landing.",
  "AV DE RM IT AC", "rm plc", "D", "h")
E("999 at 22:14 from a boy who says he's 14 and is in a flat somewhere in Southend, he doesn't know the address, the men took his shoes and phone so he can't go, he used a phone he found in a drawer. He can hear them coming back.",
  "AV RM IS", "rm iso", "C", "i")
E("Hello, I work at a hotel near Gatwick. A man booked two rooms for a week and brought three teenage girls who said they were his daughters. They have no luggage, they never leave the room except with him, and different men asked reception for room 214 last night.",
  "AV RM", "rm fpe et", "S", "h")
E("Financial crime alert: student account held by 17yo opened 3 weeks ago now receiving rapid inbound transfers from 14 unrelated accounts and immediate cash withdrawals in Manchester; customer told branch staff 'my friend uses it, he gives me £100'. Likely money mule.",
  "AV", "", "C", "h")
E("Community paediatrician: 6 year old with multiple bruises explained by parents; child protection investigation for physical abuse opened. No evidence of trafficking or exploitation by third parties.",
  "", "", "", "l")
E("Vietnamese girl (15) found at a nail bar in Grimsby by council trading standards. Working until 9pm, no school place, sleeps in the shop on the massage chair. Her 'cousin' who owns the shop says she is just visiting for the holidays — it is March.",
  "AV EO", "lh sw", "L", "h")
E("Report via Fearless: a couple in Leicester have a 'cousin' who is 16 working in their takeaway every night till 2am and she's not in school. they shout at her in front of customers. she looks really thin",
  "AV EO", "lh pa", "L", "h")
E("Children's home manager: Y (15) found at Peterborough station at 05:00 by BTP with an adult male who ran off. Y has £600 and two bank cards in other people's names. Y says they're 'just for a mate'.",
  "AV", "mbc", "C", "h")
E("Met at arrivals Manchester: 13-year-old Indian girl travelling with grandmother to visit family for Diwali; return tickets, school letter, both parents on phone. Border Force satisfied. No concerns.",
  "", "", "", "l")
E("YOT: Z (16) arrested in possession of 30 wraps in Aberystwyth. Disclosed during interview he was told by 'the olders' that if he didn't go, his mum's flat would be 'done'. He was moved there by taxi paid for by someone else and kept in a trap house for 10 days.",
  "AV IT RM", "et rm", "C", "h")
E("Statement of Ms O, teacher: 'I noticed that Ben, aged 15, had started wearing expensive clothes. When I asked, he laughed and said he had a job. I have no other information and Ben's attendance is 97%.'",
  "", "", "", "l")
E("Child exploitation panel: M (14) reported missing 11 times in 3 months, each time found in Cheltenham, 40 miles away, with different phones. Last return he had a rope burn round his wrists. He said he got 'tied up' after losing a package and was told the debt was now £2,000.",
  "AV PV DB", "pa", "C", "h")
E("I am 16 from Eritrea. In Libya they held us in a warehouse and beat us until our families sent money. Now I am in Kent with foster carers and going to college. I feel safe here.",
  "AV PV", "", "", "h")
E("Teen (17) working at a hand car wash on weekends; inspector found he is the owner's nephew, paid £8/hr cash with payslips, works 10-4 Saturday only, lives with his parents. Car wash has proper drainage and PPE. No concerns.",
  "", "", "", "l")
E("Police log 23/11: Nom CIOBANU, Andrei (Romanian) seen escorting 3 children (approx 8-11) to Westfield Stratford daily, children observed shoplifting from Primark and handing items to him outside. He drives them in VW Sharan. Children not on any school roll. 1/B/P",
  "AV", "et", "C", "h")
E("my neighbours kid is 13 and his dad makes him work on the building site with him on school days carrying blocks, I've seen him crying with cut hands and dad shouting. he never goes to school",
  "AV AC", "pa", "L", "h")
E("Social worker: Home visit to check on sibling group. Eldest, aged 16, works part-time at McDonald's and contributes voluntarily to household bills; keeps most of her wage. Mum supportive. No concerns.",
  "", "", "", "l")
E("Hospital: 15-year-old female with chlamydia and a 3-month pregnancy. Attended with a 'cousin' who is 28. When seen alone she says the cousin brought her from Slovakia to 'work in a restaurant' and that she has to sleep with his friends and give him the money. She has no passport — 'cousin has it'.",
  "AV DE WW RD", "dt ncw", "S", "h")
E("Anonymous: 2 boys look about 14 are living in the flat of a disabled old man at 7 Cranbrook House they deal from his door all day and he's not allowed out to see his carer anymore",
  "AV RM", "rm", "C", "h")
E("Girl (16) reported that her step-father took her passport to stop her going on a school trip to France after an argument. She has since got it back and went on the trip. Family conflict, no exploitation.",
  "", "", "", "l")
E("Debrief, translated from Vietnamese: 'We came in the lorry. I was 14. The man said you work in the house, it is easy. The house had a lock on the outside. I looked after the plants for maybe four months. Nobody paid me. One time I asked to phone my mother and he hit me with the hose.'",
  "AV DE RM WW PV IS", "rm iso", "C", "h")
E("My granddaughter is 15 and lives with me since her mum died, she works Saturday at the bakery and saves for driving lessons. Someone reported to the council that she's being made to work — it's not true, she loves it and I never take a penny.",
  "", "", "", "l")
E("Nigerian boy (13) presented at Croydon intake unit by a woman who said she found him at a bus stop. Boy told social worker he lived with a 'pastor' in Peckham who made him clean the church and house and beat him with a belt if he did not finish, and he has never been to school. The pastor told him the police would send him back to be killed if he spoke to anyone.",
  "AV PV IT AC", "foa", "D", "h")
E("Urgent from school DSL: pupil (F, 14) just told me she's being picked up at 3:15 today by the man who 'shares' her with his friends. He's outside in a blue BMW X5 now. She's hiding in my office.",
  "AV PV", "", "S", "i")
E("INT 2/B/P: Premises at 22 Balfour Rd, Luton used by 'Sami' to hold girls aged 14-16 from local care homes; girls given cocaine and passed between men. Windows screwed shut.",
  "AV RM PV", "rm", "S", "h")
E("Care leaver (18) from Afghanistan, supported by personal adviser, working in a chicken shop 25 hrs a week on minimum wage, lives in supported housing. Employer known to council, good practice. No concerns.",
  "", "", "", "l")
E("On the phone my sister, she is 17, she says she is in a place in Birmingham and cleaning for a family all day and night, they lock the door when they go out and they took her phone so she calls from the neighbour's when they are out. Please go now, she is alone there now.",
  "AV RM IS EO", "rm iso lh", "D", "i")
E("Ukrainian teen (16) in Homes for Ukraine sponsorship; sponsor reported by school for making her do all the housework and childcare for their toddler, not letting her keep her phone, and saying she'll be 'sent to the Home Office' if she complains. Sponsor now keeps her benefit card.",
  "AV IS IT", "iso ncw foa", "D", "h")
E("Chinese girl, 16, found during brothel warrant in Manchester, told officers she is 19 using a false passport the 'mamasan' gave her; real passport taken by the agent in Fujian. She owes 'the snakehead' £40,000 and works every day from noon until 4am seeing men.",
  "AV RD DB EO", "dt lh", "S", "h")
E("Friend of a friend posted on Facebook that a gang is taking children's kidneys at the fair. Checked with force: no such reports, hoax that has circulated for years. No action.",
  "", "", "", "l")
E("Organ concern, hospital transplant team: a 17-year-old Pakistani boy attended for a medical review; the man with him said he was the cousin of a patient needing a kidney and the boy would be the 'donor'. Boy did not know what a kidney was and said he was told he would get £5,000 and a job in England. Transplant refused, referral made.",
  "AV DE", "", "O", "h")
E("Teenager (16) works on her uncle's fruit stall on Saturdays and in the summer holidays, paid cash, gets home by 6. She asked her teacher if that is legal. Council informed for a child employment permit. No exploitation.",
  "", "", "", "l")
E("They say you are 15 you cannot work officially so you work for us and we look after you. They keep my ID card and the bank card. I work in the hand car wash in Slough, 12 hours, every day. I sleep in the container behind. They say I owe for the bus from Romania and it grows every week.",
  "AV RD EO DB AC", "dt lh sw plc ncw", "L", "h")
E("Call to 101: young lads 14-15 doing paper rounds at 6am in the dark. Caller worried. Checked: newsagent holds permits, parents signed, rounds finish 7:15. NFA.",
  "", "", "", "l")
E("Polish lad, 17, brought over by an agency for 'summer packhouse work' in Lincolnshire; agency charged him £300 recruitment fee in Poland and now takes £90 a week for a bed in a caravan shared by six and £15 for the minibus. After deductions he is left with about £20.",
  "AV DE WW AC", "uf oc ct ncw plc", "L", "h")
E("Sixth former (17) with a weekend job at a garden centre says her manager owes her last month's holiday pay; HR have acknowledged the error and are paying it in the next run. Asked tutor for advice only.",
  "", "", "", "l")
# ---------------- part 2 ----------------
E("GLAA inspection, packhouse nr Wisbech: 34 workers supplied by labour provider; all hold own passports, paid weekly by BACS into own accounts, payslips match hours, accommodation optional and inspected. Minor breach: no written terms for 3 new starters. Advice given.",
  "", "", "", "l")
E("Log: Slovak family of 4 adults living in one room above a car wash in Doncaster, owner deducts £80 each per week 'rent' from £250 pay, workers say they came because he promised £400 and a flat. 2/B/P",
  "DE AC", "oc sw", "L", "m")
E("hand car wash on the A38 the lads there look scared, same ones every day 8am till dark, they live in the portacabin out back and a guy in a range rover comes and collects the cash at night, never see them leave",
  "EO AC", "lh sw plc", "L", "m")
E("Car wash on Station Rd is always busy and someone reported it. Visited with HMRC: 6 staff, contracts, rota with 2 days off, paid NMW into own accounts, staff live at home. Good practice noted.",
  "", "", "", "l")
E("Salvation Army case note: Client (M, 42, Romanian) recruited in Craiova by a man offering construction work at £80/day. In Leeds his ID card was taken 'for registration' and never returned. Worked on sites 6am–7pm, 7 days. The gangmaster 'opened a bank account' for him and kept the card; client received £30 a week in cash.",
  "DE RD EO WW", "dt lh ncw", "L", "h")
E("A&E: Female, 26, Albanian, attended with facial fractures. Accompanied by a man who insisted on staying and answered for her. When separated, she said she is kept in a flat in Coventry and sold to men online; tonight he beat her because she kept some money. She wants to go but he is in the waiting room now.",
  "PV RM WW", "sfw pa rm", "S", "i")
E("Nail bar on the high street has young girls working who never speak to customers and the manager does all the talking. they eat in the back and a van picks them up at 9pm.",
  "", "sfw cedl", "L", "m")
E("Worker, 31, Indian, care home in Norfolk on sponsored visa: says he paid £18,000 to an agent in Kerala for the certificate of sponsorship, and the care home now threatens to report him to the Home Office if he leaves before paying back a '£4,000 training bond'. He works 60-70 hours a week.",
  "DB IT EO AV", "uf lh foa", "L", "h")
E("Care worker (Zimbabwean, sponsored) complaint: employer cut her hours to 20 a week so she earns less than promised. She is looking for a new sponsor and has her passport and her own bank account. Employment dispute; referred to ACAS.",
  "", "", "", "l")
E("Fishing: Filipino deckhand on a Scottish trawler reported through ITF that crew work 20 hour shifts at sea, are not allowed ashore in port, and the skipper holds their passports. Wages of $500 a month paid to a manning agent in Manila, not to the crew.",
  "EO RM RD WW", "lh rm dt ncw", "L", "h")
E("Interpreter's note: she says that the woman in Birmingham took her from Lagos to be a house girl. She says she cooks, cleans, washes everyone's clothes by hand, and sleeps in the kitchen. She says that she has not been outside the house since Christmas except to go to church with madam. She says madam said she would be arrested by the police here because she has no papers.",
  "RM AC IT AV", "rm plc foa sw", "D", "h")
E("Au pair (20, Spanish) working 25 hrs/week for a family in Richmond, has her own room, weekends off, pocket money £120 a week as agreed. She rang the helpline to check whether this is normal. It is; no concerns.",
  "", "", "", "l")
E("Intel 1/A/P: address 14 Hartley Terrace used as pop-up brothel; 3 Romanian females rotated weekly, advertised on Vivastreet. Male POI DRAGOMIR drives them from Leeds each Monday, collects all cash at the end of each night.",
  "WW", "et ncw", "S", "h")
E("ROMANIAN WOMEN BEING SOLD IN THE FLAT ABOVE THE BOOKIES!!! MEN IN AND OUT ALL NIGHT AND ONE OF THEM HAD A BLACK EYE THE POLICE DO NOTHING",
  "PV", "pa", "S", "h")
E("Adult sex worker (34, British) independent, works from own flat, advertises herself, keeps her earnings. Contacted police after a client refused to pay. No third party control.",
  "", "", "", "l")
E("Victim account: 'I met him in Bucharest, he was my boyfriend. He said in England we open a small restaurant. When we arrived he said first I must work with men for some months to pay the flat and the tickets. He had my ID, my phone, he said if I go he sends photos to my father.'",
  "DE DB RD IS IT", "dt iso", "S", "h")
E("Bank alert: 23 different debit cards used at the same ATM on Whitechapel Rd between 02:00 and 02:30, accounts belonging to Romanian nationals on the same payroll of a cleaning agency. Wages paid in on Friday and withdrawn within minutes by the same male.",
  "WW", "mbc ncw", "L", "m")
E("Warehouse via agency, Northampton: temp workers told to pay £50 for high-vis and boots out of first wage, and £10/day for the agency minibus. Pay otherwise correct, workers live at home and can leave. Breach referred to EAS.",
  "", "ppe ct", "", "l")
E("Man at Crawley food bank told volunteer that he works at a chicken factory through a 'friend', lives in a 3-bed house with 14 men, all wages go into the friend's account and he gets food money. Friend drives them to work at 5am and back at 8pm. Volunteer gave helpline number.",
  "WW AC EO", "oc ncw et cedl lh", "L", "h")
E("I paid 2 lakh to the agent in Punjab for a visa, I came to work in a restaurant in Southall. I work 14 hour, cook and clean, sleep in the store room. Owner say my salary is for paying the agent, after 2 years I am free. I have no money for my mother medicine.",
  "DB EO WW AC", "uf lh sw ncw", "L", "h")
E("Restaurant inspection: staff meal area clean, staff accommodation above the premises licensed HMO, 4 staff with individual rooms, rota 45 hours, all paid through payroll. Nothing of concern.",
  "", "", "", "l")
E("Log: Vietnamese male approx 20 arrested fleeing cannabis factory in Wrexham, had been there 7 months. Says the 'boss' padlocked the door every night and brought rice. His debt was $25,000 and went up when plants died. Blistered hands, malnourished.",
  "RM DB AC", "rm pa", "C", "h")
E("Man (55, British, homeless) picked up from outside Morrisons by a family with a caravan site, told he'd get bed and board for laying block paving. Worked for 9 years, paid in cigarettes and beer, lived in a horsebox with no toilet; beaten when he tried to leave.",
  "AV DE WW AC PV RM", "plc rm", "L", "h")
E("Travellers site report: man says he's worked for his cousin's tarmac business for years, gets paid weekly, lives in his own caravan, goes to the pub. Someone had said he was a 'slave' on Facebook. He laughed. No concerns.",
  "", "", "", "l")
E("999: woman screaming from the first floor window of 8 Nelson St shouting in a foreign language and banging on the glass, the window doesn't open, a man is pulling her back. happening now",
  "RM PV", "rm", "", "i")
E("Private household Knightsbridge: Indonesian domestic worker (39) fled on Sunday. Says employer's wife kept her passport in the safe, she worked 18 hours a day, slept in the children's room on a mat, and was slapped when a glass broke. Salary of £200/month 'kept for her' and never paid.",
  "RD EO AC PV WW", "dt lh plc ncw", "D", "h")
E("Kalayaan caseworker: overseas domestic worker visa holder wants to change employer because she wants a higher salary and more time off. She has her passport, gets paid monthly, one day off a week. Advised on visa rules. No indicators.",
  "", "", "", "l")
E("Sham marriage concern, registry office: Portuguese woman (22) attending with a Pakistani man to give notice. She doesn't know his surname. Another man paid the fee and kept her ID card in his pocket. She said quietly she was told she owed £2,000 for the flight and this would clear it.",
  "RD DB AV", "dt", "C", "h")
E("Benefit fraud: DWP investigators found 11 Universal Credit claims made from one address in Peterborough for Polish men who do not know they are claiming; the landlord holds their bank cards and pins and pays them £50 a week from the agency wages too.",
  "WW", "ncw mbc", "C", "m")
E("Pensioner's neighbour says her son collects her pension every week and gives her some back. She's happy with this, he does her shopping. Social worker visited: capacity confirmed, no exploitation.",
  "", "", "", "l")
E("Shoplifting group: 4 Romanian women arrested in Boots Norwich with foil-lined bags; one said through the interpreter that a man in a car outside 'gives us work' and they must bring him £300 each a day or he won't let them eat. He has their ID cards.",
  "WW IT RD", "dt ncw", "C", "h")
E("Two lads nicked from Superdrug again, both locals, 19 and 22, heroin users, stealing to buy gear for themselves. Known to police. No one directing them.",
  "", "", "", "l")
E("Log: Kidney broker. INT suggests male KHAN operating WhatsApp group offering £8,000 to young men in Birmingham to travel to Istanbul to 'donate' a kidney to a wealthy buyer. At least two have gone, one returned with infection and was paid only £2,000. 2/B/C (do not disclose source)",
  "DE AV WW", "", "O", "h")
E("Man (24) attended GP with abdominal scar, says he had surgery in India to remove a kidney after being told he had a 'stone'; afterwards a man gave him £1,000 and told him never to speak about it. Referral to police and NRM.",
  "DE", "pa", "O", "h")
E("Transplant nurse: living donor (mother donating to her 16yo son) — consent process completed with HTA independent assessor, no payment, no coercion. Surgery planned.",
  "", "", "", "l")
E("Ms B (Ghanaian, 29) says her aunt arranged for her to come to London to study nursing. Instead she lives with the aunt's friend, looks after the elderly father 24 hours, cannot go out because she has 'no papers', and is told the school fees are being saved from her wages.",
  "DE RM WW EO AV", "rm lh", "D", "h")
E("Missing: Ion (38), Moldovan, last seen in the strawberry polytunnels near Hereford. Co-workers say he complained about pay and then went to work on a different farm for more money. He has contacted his wife. NFA.",
  "", "", "", "l")
E("Construction site, Manchester: GLAA found 9 Albanian men living in the unfinished flats of the building they're working on, mattresses on concrete, a generator, no water. Foreman speaks for them. They say they have not been paid for 'the first three months' as a deposit.",
  "AC WW", "sw plc sfw", "L", "h")
E("I clean offices at night for an agency, £10.50 an hour, sometimes they pay a week late which is annoying but the money always comes and I can quit anytime. I just want to know my rights on holiday pay.",
  "", "", "", "l")
E("Waste recycling plant, West Midlands: Eritrean workers picking rubbish off a conveyor with no gloves or masks, 12 hour shifts; supervisor charges £5 a day for a mask. One lost a finger last month and was told not to go to hospital.",
  "AC EO", "ppe lh", "L", "m")
E("Worker at a recycling plant injured his hand in a baler. Employer called ambulance, reported to HSE, worker on full sick pay and has a union rep. No other concerns.",
  "", "", "", "l")
E("He says that he cannot go back because the boss told him that if he goes to the police, the men in his village will burn his mother's house. He says they showed him a photo of his mother's house on a phone.",
  "IT", "foa", "", "m")
E("Hotel housekeeping agency, Edinburgh: Ukrainian women told at interview they'd be paid per hour; actually paid per room, £2.50, meaning about £3/hr. Agency takes their first week's pay as a 'deposit'. They live in rooms provided by the agency, 4 to a room, and are driven in by the agency supervisor at 6am.",
  "DE WW AC", "oc et cedl", "L", "h")
E("Public report: i think my neighbours are being kept, 8 men in a 2 bed house, they leave at 5 in a white transit and come back 10pm, they never have shopping, the curtains are always shut and a man comes on Fridays who they seem scared of",
  "", "oc cedl", "L", "m")
E("Follow-up to report about 8 men in house: they are Bulgarian brothers and cousins working for a reputable roofing firm, rent paid to a normal landlord, they have cars, go to the gym, and were amused. No concerns; NFA.",
  "", "", "", "l")
E("INT 2/C/P: male known as 'Uncle Bo' supplies Vietnamese women to nail salons across Kent; workers pay him £1,500 for the 'placement' and are then moved between salons every few weeks so they do not know where they are.",
  "IS", "uf iso", "L", "m")
E("Debrief: 'I worked on the mussel boat for 2 years, in the winter, no safety clothes, 18 hours when the tide is right. The skipper paid me when he felt like it. He said if I complain he will tell immigration I am illegal, so I kept quiet.'",
  "EO AC WW IT AV", "lh foa", "L", "h")
E("Police log: Woman (41, Polish) with alcohol dependency cuckooed in Torquay; local dealers moved in, use her flat and her bank account to move money, she is given vodka and told she'll be 'put out' if she complains.",
  "AV IT", "ncw", "C", "m")
E("Caller says her ex-partner is threatening to kill her and has smashed her windows. Domestic abuse, DASH high risk, MARAC referral. No work, money or sexual exploitation elements.",
  "", "", "", "l")
E("My husband's family make me do all the housework for 12 people and his mother slaps me, they have my passport and they say if I leave the visa will be cancelled and I will be sent back with shame. I cannot go out alone.",
  "AV PV RD IT RM", "dt rm foa", "D", "h")
E("Forced marriage unit: girl (17) rang from school saying she is being taken to Bangladesh in the summer holiday to marry a cousin; parents have her passport. FMPO being sought.",
  "AV RD", "dt", "", "h")
E("Student (20, Chinese) lost her passport on the Tube and reported it to her embassy; she works part-time in a bubble tea shop and is paid properly. Called the police for a crime reference only.",
  "", "", "", "l")
E("Police log: Male (19, Eritrean) arrested for cannabis cultivation in Swansea. Says he came as a minor, a man in Calais paid for the crossing and he was told to 'look after a house' for 3 months to repay. Doors locked, food delivered. Treat as potential victim: s45 defence considered.",
  "DB RM AV", "rm", "C", "h")
E("Farm in Kent, seasonal worker visa: Nepali workers complain that they were promised 6 months of work but were sent home after 7 weeks still owing the £4,500 they borrowed to pay the visa agent.",
  "DE", "uf", "L", "m")
E("IT'S HAPPENING AGAIN the man from No 23 has locked the Chinese girl in the shed in the garden she's been crying for an hour it's freezing. please come",
  "RM AC", "rm", "", "i")
E("Girl (17) from Vietnam debriefed at the airport in Glasgow: flew in on a false Korean passport supplied by 'uncle', told she'll work in a nail bar in Edinburgh, but her phone messages tell her to go to a flat in Leith and she has a list of men's phone numbers.",
  "AV DE", "", "S", "h")
E("Lad (16) with ADHD has been going to the gym with a personal trainer who gives him free sessions. Mum worried. Checked: trainer is DBS checked, a registered business, sessions at a public gym. No concerns.",
  "", "", "", "l")
E("Online ad (adultwork.com): '18yo new in town fresh Asian girl 24/7 outcalls only'. Profile photos match a missing 15yo from Slough. Phone number linked to 3 other profiles. Urgent: girl currently booked for outcalls tonight per ad.",
  "AV", "", "S", "i")
E("Youth offending: N (15) convicted of robbery. Reports say he acted with friends, for money for a moped. No exploiting adult identified after review by the child exploitation team.",
  "", "", "", "l")
E("Statement of Mrs P (foster carer): 'Since Amira arrived she's been terrified of men at the door. She told me that in the house in Leicester she had to cook for the men and then they came to her room at night. She didn't know what town she was in. She's 14.'",
  "AV PV IS", "iso", "S", "h")
E("Refugee Council: boy (age disputed, says 15) told social worker that in France a man gave him a phone and said he owes £3,000 for the boat and must 'do some work' when he gets to Birmingham; he has a number to call when he arrives. He hasn't called it yet.",
  "AV DB", "", "", "h")
E("I was working in the house of a rich family in Dubai and they brought me to London for the summer. Madam took my passport at the airport. I work from 5 in the morning. I am not allowed to use the phone. I eat what is left after the children.",
  "RD EO IS AC", "dt lh iso", "D", "h")
E("NRM referral: male, 45, British, learning disability. Befriended by a couple who moved into his bungalow, took over his benefits and bank card, made him collect glass from tips and sell scrap, and locked him in his bedroom when they went out.",
  "AV RM", "rm ncw", "L", "h")
E("Carer reports that her client (80s, dementia) has had his pension taken by a 'friend' who withdraws it each week. Adult safeguarding, financial abuse; no work involved.",
  "", "ncw", "", "l")
E("GLAA licence check: labour provider supplying pickers to a farm near Evesham has no licence. Workers interviewed are paid correctly into own accounts, accommodation on farm is good, hours 40/wk. Unlicensed activity only.",
  "", "", "", "l")
E("Agency in Corby keeps the workers' passports 'to do right to work checks' and gives them back after a week, they said. Two workers say they still haven't had theirs back after a month and have been told they'll get them when they've paid the £200 registration.",
  "RD DB", "dt uf", "L", "m")
E("Slovak Roma family (parents and 3 kids) recruited by a man in Kosice to work in a food factory in Sheffield. Man rented them a room with another family, took their first two months' wages for 'setting up' and kept the children's birth certificates.",
  "DE WW RD AC AV", "dt oc ncw", "L", "h")
E("Police log, Nottingham: 3 females (Thai) in a flat advertised as massage. All say they are 30+, own passports, share rent, work for themselves. No third party found. Brothel-keeping investigation only.",
  "", "", "", "l")
E("Victim account (translated from Albanian): 'The boss says you sleep at the grow, you go out only when I say. Once I went to the shop and when I came back he hit me with a bottle. He said next time I will be in the river.'",
  "RM PV IT", "rm", "C", "h")
E("Takeaway worker (21) complained to council that his employer pays £7/hr cash, below minimum wage. He lives with his parents and has other job offers. Referred to HMRC NMW team. No exploitation indicators.",
  "", "", "", "l")
E("Social services: 12-year-old Roma boy seen selling the Big Issue outside Tesco at 10pm. Vendor badge belongs to an adult man who takes the money every hour. Boy not at school.",
  "AV WW", "ncw", "C", "h")
E("Teacher: 'Ella (15) is always on her phone in class but that's just Ella. She has a Saturday job at Greggs and a boyfriend in Year 11.' No concerns from the DSL review.",
  "", "", "", "l")
E("Caller, Salford: 'Two young Vietnamese lads live in the nail shop, I've seen them asleep on the chairs at 11pm and sweeping at 7am. The woman who owns it took them to the bank and did all the talking.'",
  "EO", "sw lh sfw", "L", "m")
E("Police log: Romanian national, 18, says he was brought to the UK as a child by his uncle, made to beg at Marble Arch and give all money to the uncle, beaten if he brought less than £50. Now wants to leave. Uncle still nearby.",
  "AV WW PV", "ncw", "C", "h")
E("Modern slavery helpline: anonymous caller says her manager at a Bradford clothing factory locks the fire exit while they work and they stay till midnight before big orders, paid £3 an hour. She's afraid to give her name in case she's sacked.",
  "AC EO", "lh foa", "L", "m")
E("HSE inspection clothing factory Leicester: fire exits clear, workers on payroll with NMW, breaks taken, union representation. Labour standards satisfactory.",
  "", "", "", "l")
E("Log 0215hrs: Patrol stopped a Transit on the M62 with 12 males in the back on the floor, no seats, says going to a meat plant in Hull, driver collected £20 each for the trip. Workers have no ID, driver says he 'keeps them at the office'.",
  "RD", "dt ct et", "L", "m")
E("Woman at refuge (Indian, 33) on spousal visa: husband's family kept her passport and jewellery, made her work unpaid in their shop 12 hours a day and cook for the household, and locked her in her room when guests visited.",
  "RD WW EO RM", "dt lh rm", "D L", "h")
E("Interview notes, boy 14: 'Kaz gave me a phone and said you're on the line now. First time I went to Wales they made me plug it (hid drugs inside me). I didn't want to. The trap house had no electric, we slept on the floor with needles everywhere.'",
  "AV AC PV", "plc", "C", "h")
E("My daughter (14) has come home crying after a TikTok live where men asked her to do things for gifts. She stopped straight away and told me. Account reported, she is safe. Just want it recorded.",
  "", "", "", "l")
E("Police log: Nom OKAFOR advertised 'student jobs in the UK' in Lagos; 3 young women arrived to find no college, were placed in a house in Dagenham and told to have sex with men to pay back £35,000 each. Juju ceremony performed before travel; women believe they will die if they disobey. 1/B/P",
  "DE DB IT", "", "S", "h")
E("A woman I met in the park was crying, she said her boss at the care agency keeps her wages on a card he holds and gives her £40 a week, and she can't leave because he will tell the Home Office. She lives with 5 other carers in one house he owns.",
  "AV WW IT AC", "ncw oc foa", "L", "h")
E("Care home inspection (CQC): overseas staff paid correctly, accommodation voluntary, passports held by the staff themselves, no repayment clauses. Good practice on ethical recruitment.",
  "", "", "", "l")
E("Caseworker: R (19, Sudanese) travelled with smugglers through Libya where he saw men have organs removed. He himself was not operated on. Now in Home Office accommodation in Wakefield. Mental health referral.",
  "", "", "", "l")
E("Interview (with interpreter): 'In Cairo they said I would get $10,000 and the kidney doesn't matter, you have two. After the surgery they gave me nothing and put me on the street. They took my passport for the ticket and never gave it back.'",
  "DE WW RD", "dt", "O", "h")
E("Child (7) brought to A&E with suspected appendicitis by parents, appendectomy performed. Neighbour posted on Facebook that 'they've had his organs'. Totally unfounded; police advised.",
  "", "", "", "l")
E("Strategy discussion: 3 siblings (10, 12, 14) from Slovakia not in school in Derby. Found working with father in a bakery overnight, 10pm to 6am, 5 nights. Father says they are helping the family.",
  "AV EO", "lh", "L", "h")
E("INT: POI MOHAMMED, Sufyan (DOB 04/06/2001) using Instagram to recruit young women from care homes for 'shoots' in Airbnbs; girls then sold to men; 2/B/P. One girl (16) believed to be in an Airbnb in Cardiff right now with him.",
  "AV DE", "", "S", "i")
E("My friend works at the nail bar in the shopping centre. The owner says she will pay her 'at the end of the season' but it's been 6 months and she still hasn't had a penny, just food and a mattress in the back. She's from Vietnam and doesn't speak English.",
  "WW AV AC", "sw plc", "L", "h")
E("My sister's employer at the chip shop was late paying her by a week because the accountant was off sick; he apologised, paid it in full and she's still there happily. Is that a crime?",
  "", "", "", "l")
E("Report from a lorry driver at Calais: he found two teenage boys in his trailer, said they're 14 and 15 from Afghanistan, they'd been told to get in by a man who has their phones and will give them back in England.",
  "AV IS", "iso", "", "h")
E("Log: Female 17 from Romania brought by 'boyfriend' to Derby, advertised on Vivastreet as 19. She was driven to hotels every night by him and told her mother would be told she was a whore if she stopped. Currently in hospital after an overdose, he is demanding to see her.",
  "AV IT", "et", "S", "h")
E("Man, 28, found sleeping in a cowshed on a dairy farm in Wales. Says he has milked cows twice a day every day for 4 years for the farmer who took him in when he was homeless; never paid, told he'd be 'back on the streets' if he complained.",
  "AV WW EO AC IT", "sw lh", "L", "h")
E("Farmer employs a local young man (learning disability) who works 3 days a week, paid properly, supported by his family and a job coach. Someone raised concern after seeing him muck out in the rain. No exploitation found.",
  "", "", "", "l")
# ---------------- part 3 ----------------
E("Nom PATEL, Ravi (DOB 19/12/2008) arr Weston-super-Mare with 2 x kitchen knives and 18 wraps. Home address Brent. No bank card, no ID, one change of clothes in a carrier bag. States 'I'm just down here for a few days'. 1/A/P",
  "AV", "fpe", "C", "h")
E("Hi, I'm 15 and I owe these guys money because I got robbed when I was holding for them, now they say I have to do a run to Norwich this weekend or they'll come to my house. I don't want to go. I'm scared to tell my mum.",
  "AV DB IT", "", "C", "h")
E("Child, 13, with autism, befriended online by a 'gaming mate' who sent him an Uber to a flat in Slough, where he is now. His mum has his location on Find My; the man's messages say 'stay here tonight, your mum won't mind'. She's calling from outside the building.",
  "AV", "", "", "i")
E("School: Amelia (Y7) says she's scared because an older girl said she'd beat her up after school. Mediation arranged, parents informed. Bullying, no exploitation.",
  "", "", "", "l")
E("INT 2/B/P: Line 'Ricky' operating Bromley to Hastings using local girls aged 14-15 to hold drugs inside their bodies on the train; girls paid in cannabis and clothes; one recently admitted to hospital after a package split.",
  "AV WW AC", "", "C", "h")
E("Hello. My son is 16, he has a job at a car wash in the evenings, the manager gives him £40 cash for 5 hours, he is home by 9, he's saving for a bike. Is this ok? — Advice given re child employment rules; not exploitation.",
  "", "", "", "l")
E("They picked me from the children's home in a black car. I was 15. I lived in a house in Rotherham and the man said I was his girlfriend but he made me go with his friends and said if I told anyone he would burn my mum's house down. I didn't have my phone, he kept it.",
  "AV PV IT IS", "iso", "S", "h")
E("999 transcript summary: young female voice, 'please, I'm 16, I'm in a hotel, Holiday Inn near the airport, there's two men and they won't let me leave, they've got my phone, I'm in the bathroom'. Line cut. Room unknown.",
  "AV RM IS", "rm iso", "S", "i")
E("Children's services: Albanian boy (16) arrived in Dover, placed in semi-independent accommodation. After 4 days disappeared. Phone records show calls from a UK number linked to a cannabis farm network. Believed to be working off his travel debt.",
  "AV DB", "", "C", "h")
E("Midwife: 14-year-old girl booking in with a 6 month pregnancy. Brought by her 'husband' (26) and his mother from a traditional ceremony abroad. He holds her passport and doesn't allow her to speak. She has not been to school in the UK. She does all the cooking and cleaning in the in-laws' house.",
  "AV RD IS PV", "dt sfw iso", "D", "h")
E("Mother's account: 'My daughter went on a school exchange to Spain, the family there were lovely, she came home on time with her passport and lots of photos.' Query about travel consent forms only.",
  "", "", "", "l")
E("Nigerian girl (17) told debrief officer through tears that the 'madam' in Italy and then in London said the debt was €30,000, it went up every time she was 'lazy'. She worked in a flat in Peckham every night; men paid the madam, not her. She wasn't allowed to go out alone and was shown pictures of girls who 'tried to run'.",
  "AV DB WW RM IT", "ncw rm", "S", "h")
E("Youth club leader reports 2 lads (14, 15) now get picked up from the club at 9pm in a taxi paid by someone on Snapchat who they call 'the boss' and are dropped back at 6am before school.",
  "AV", "cedl ct", "C", "h")
E("Ambulance to a house in Harlow, Vietnamese boy approx 16 electrocuted while rewiring lamps in a cannabis grow; others fled. Boy has no ID, says he's 'been here since summer' and the boss locks the door.",
  "AV RM AC", "rm pa", "C", "h")
E("NFA: cannabis grow found in rented house in Corby; occupant is the 42-year-old British tenant who set it up himself for profit. No one else involved.",
  "", "", "", "l")
E("Hospital: 13-year-old boy treated for rat bites, scabies and a broken finger. Says he lives with 'uncle's friends' and helps in their shop all day. Doesn't know the address. Adult who brought him left before he was seen.",
  "AV AC IS", "pa plc iso", "L", "h")
E("Boy (12) being cared for by his grandmother because dad is in prison. Grandmother pays for everything on her pension and is struggling. Kinship care support offered. No exploitation.",
  "", "", "", "l")
E("Missing from care: M, 16, located in a trap house in Southend at 02:30 by Essex officers during warrant. With 4 adults, crack cocaine, machetes. He'd been there for 8 days and had been given a 'debt' of £1,500 for drugs he 'lost'.",
  "AV DB", "", "C", "i")
E("Concern from church volunteer: family from Eritrea with 15-year-old 'cousin' who works at their relatives' restaurant 6 nights a week until midnight, doesn't attend school, looks exhausted. When asked she said she must work so the family can send money back for her passage.",
  "AV EO DB", "lh", "L", "h")
E("Online reports to CEOP: adult male in Leeds 'sextorting' boys aged 13-15 on Instagram, threatening to send their images to family and school unless they pay £100 or send more.",
  "AV IT", "", "S", "h")
E("Police log: Nom ISMAIL, Yusuf — father of Rania (13). School reports she's not attended since term started. Home visit: Rania cooking and cleaning for father and 4 brothers all day, not allowed out, father says 'girls stay home'. Referred to LA for child protection.",
  "AV RM", "rm", "D", "h")
E("Tip via Crimestoppers: a man in Bolton keeps three teenage Roma girls in his flat and drives them to Manchester Arndale every morning to shoplift, picks them up at 6pm with the bags. Hits them if they bring back 'too little'.",
  "AV PV", "et cedl", "C", "h")
E("Teenager (16) arrested for shoplifting make-up for herself in Boots; first offence, community resolution. No third party.",
  "", "", "", "l")
E("Border Force, Stansted: Romanian male (24) travelling with 5 teenagers (15-17) whom he says are his 'football team'. No coach, no kit, no club. Teenagers carry printed job offers for a car wash in Leeds. He holds all their ID cards.",
  "AV RD DE", "dt sfw", "L", "h")
E("Border Force, Birmingham: school choir (28 pupils aged 12-16) and 4 teachers from Poland on a concert tour. Itinerary and consent letters in order. Pupils hold own documents. No concerns.",
  "", "", "", "l")
E("Victim statement, girl 16, from a small Welsh town: 'It started on Snapchat. He said I was mature. Then he said if I didn't send him more he'd put the first ones on a porn site with my name. I sent them. Then he wanted to meet and his mate was there.' (Continues: sexual assault disclosed.)",
  "AV IT PV", "", "S", "h")
E("Youth worker: Tyrone (16) says his 'olders' took his phone and trainers and told him to 'walk home' from Ipswich at 3am because he was caught sleeping on shift. He has blisters and hasn't eaten for a day.",
  "AV IS", "pa iso", "C", "h")
E("Statement of Ahmed (15, Sudanese): 'In France a man told me: you will go to England, you will work in a kitchen, and you will pay me every month. In England I went to his friend's kebab shop. I worked from 12 to 2 at night. I never saw the money. I slept upstairs on the floor with three men.'",
  "AV DE EO WW AC", "lh sw oc", "L", "h")
E("Report by a taxi driver: picked up a girl looking about 14 from a house in Luton at 4am, man paid and told me to take her to the same address as last week, a hotel in Milton Keynes. She didn't speak. I've had this fare 5 times.",
  "AV", "cedl ct et", "S", "h")
E("Taxi driver report checked: girl was 19, a university student travelling home after a nightshift at Amazon; her boyfriend pays for her cab. No concerns.",
  "", "", "", "l")
E("Call from teacher at 15:40: Year 9 boy (14) has just left school with an adult male in a car after being hit in the face in the car park; boy had told a friend earlier 'they're taking me to the trap today, I owe them'. Vehicle heading M1 north.",
  "AV PV DB", "", "C", "i")
E("Girl (16), Vietnamese, found working in a nail bar in Ayr. Says she's 19. She sleeps in the salon, has a Vietnamese phone with no SIM, and her 'aunt' takes the wages to pay 'the debt to the people who brought me'.",
  "AV WW DB", "sw ncw", "L", "h")
E("Social worker: boy (15) living with his mum and her partner. Partner hits mum; boy witnessed. Referral for domestic abuse support. No exploitation of the boy outside the home.",
  "", "", "", "l")
E("Report: Filipino maid (30) working in a private house in Mayfair has been seen only on the balcony. Building porter says she's never come down in 18 months and the employer told him she 'doesn't need to go out'. Today she threw a note off the balcony saying 'help me passport'.",
  "RM IS RD", "rm iso dt", "D", "h")
E("I can't sleep in the house they put us in, it's 12 men and 3 rooms, one toilet. They take £100 a week from our wages for it and another £10 for the van to the factory. If we don't like it they say go home, but we owe them for the flights.",
  "AC DB WW", "oc ct", "L", "h")
E("Housing officer inspection: HMO with 6 Polish tenants, licensed, each with own tenancy, rent paid directly to a letting agent, all work at different employers. Clean and safe.",
  "", "", "", "l")
E("A&E: Woman (38, Romanian) with rib fractures said she fell off a ladder at the hotel where she cleans rooms. Colleague who brought her said the supervisor pushed her because she was slow, and that they work 14 hours without a break.",
  "PV EO", "pa lh", "L", "h")
E("Bank: customer (Vietnamese, 19) came in with a man who spoke for him, opened an account and took the card and PIN letter. Next week the same man returned with four other young men doing the same. Suspected mule/wage control.",
  "", "sfw mbc ncw", "C", "m")
E("Farm worker (Bulgarian, 50) wants to report that the farm charged him £120 for wellies, gloves and waterproofs. He has his passport, pay is otherwise on time, and he lives in his own rented flat. GLAA to advise the farm.",
  "", "ppe", "", "l")
E("Police log: male (17, Eritrean) arrested on the M20 for drug possession; in interview says he 'just wanted to go to Manchester'. No indicators of exploitation disclosed; legal rep present; NRM considered and declined.",
  "", "", "", "l")
E("Organ: a man posted on a Facebook group in Lahore offering a 'job in London' to young men; when they arrive they are told they must give a kidney to pay the travel debt. One 18-year-old was taken to a private clinic in Istanbul on the way.",
  "DE DB AV", "", "O", "h")
E("Hospital renal unit: patient (61) returned from abroad with a new kidney, says he bought it from 'a young man in a village' through a broker for $60,000. Post-op complications. Reported to HTA and police as possible transplant tourism/trafficking.",
  "", "", "O", "m")
E("Student, 22, selling plasma at a legal donation clinic in the US while on exchange, asked her university if that was allowed in the UK. No exploitation.",
  "", "", "", "l")
E("Call handler note: woman reports her 16yo sister was taken to Birmingham by her 'husband' last year; sister just messaged 'come get me, they lock me in, I do all the work, they beat me when food is late' and sent a pin. Sister is there now.",
  "AV RM PV", "rm", "D", "i")
E("Social care: 15yo girl disclosed her mother's boyfriend made her have sex with his friend in exchange for drugs for the mother. Child protection, police. Mother now in custody.",
  "AV PV", "", "S", "h")
E("School pupil (Y11) working at weekends for a local plumber as an apprentice: paid, supervised, insured, home by 5. Parent consent. Good.",
  "", "", "", "l")
E("SOCO log: cannabis farm, Redruth — sleeping bag, rice cooker and a bucket used as toilet in the loft; door padlocked from the outside; no occupant found but Vietnamese phrasebook and children's trainers (size 5).",
  "RM AC", "rm sw plc", "C", "h")
E("Teenager (17) told his probation officer he lost his job at a warehouse because the agency stopped giving him shifts. He wants help finding work. No exploitation.",
  "", "", "", "l")
E("Debrief (Romanian, translated): 'In Romania he told me there was a job in a hotel in London, €1,500 a month. In London he said the hotel job finished, now you go to a flat. I said no. He hit me. He took my ID card. I had to see 10 men every day.'",
  "DE PV RD EO", "dt lh", "S", "h")
E("Follow up to report of man at school gates: he is a licensed ice cream van operator on a new route. Not exploitation. NFA.",
  "", "", "", "l")
E("INT 1/A/C (source protected): female 'Precious' recruiting girls from Benin City with promises of hairdressing work in Manchester; girls arrive owing €45,000, passports taken by Precious on landing, forced into street prostitution in Cheetham Hill.",
  "DE DB RD", "dt", "S", "h")
E("Safeguarding referral from GP: 17-year-old girl says her 'agent' keeps all the money from her modelling and won't show her the contracts. She lives with her parents, goes to college, and can leave whenever she wants. Contract dispute; advised.",
  "", "", "", "l")
E("Statement (boy 16): 'I was in a trap in Swindon for 3 weeks. They gave me 50 a day but took it back for food. A man came with a hammer and said if anyone talks he breaks hands. The door had a chain on it and they took the key.'",
  "AV WW IT RM", "rm", "C", "h")
E("Sex worker outreach: Brazilian trans woman (27) works from an agency flat in Soho, shares earnings 50/50 with the agency owner, holds her own passport and is free to stop. Outreach offered health services.",
  "", "", "S", "m")
E("Police log: Male POI 'Mo' keeps 2 Romanian men and a 15yo boy in a van on a caravan park in Skegness, uses them on roofing jobs 7 days, payment in cash directly to Mo. Boy not in school. 2/B/P",
  "AV WW EO AC", "ncw lh plc", "L", "h")
E("Lad (16) doing a paid summer job on a caravan park cleaning statics, employed by the park with a contract, finishes at 3pm. Mum wrote to us because he's 'always tired'. Teenager. No concerns.",
  "", "", "", "l")
E("Text to 999 (deaf service): 'girl from next door in my garden now says her dad sold her to a man and he is coming tonight to take her, she is 13, she is hiding in my shed'.",
  "AV IT", "", "", "i")
E("Safeguarding: 3 Romanian children (8, 10, 12) begging with a woman at Manchester Piccadilly. Woman collected the coins every 20 minutes. Children hungry, not registered at any school.",
  "AV WW", "ncw pa", "C", "h")
E("Romanian family (mum and 2 kids) selling the Big Issue; children in school, mum is a registered vendor, keeps her takings. Someone complained about begging. No exploitation.",
  "", "", "", "l")
E("Care leaver (19) with learning disability groomed by a couple who took him 'on holiday' to a farm in Ireland where he worked with cattle every day, without pay, slept in a shed, and his phone was taken. He was found after his personal adviser raised the alarm.",
  "AV DE WW AC IS", "sw iso", "L", "h")
E("UASC review: J (16, Vietnamese) disclosed he was told at age 13 he would go to England to study and work in a restaurant, but was held in a house in Germany and then a cannabis factory in Kent. He now has a good foster placement.",
  "AV DE RM", "rm", "C", "h")
E("GLAA visit to a shellfish processing unit: workers are paid by the kilo and earn above NMW, have their own accommodation, free gloves and aprons provided by the employer. No indicators.",
  "", "", "", "l")
E("Missing child (13) last seen with two adult men in the park at 20:00 now being seen on a Snapchat live from a flat, crying, men laughing off camera. Location appears to be near Moss Side. Ongoing now.",
  "AV", "", "", "i")
E("Probation: offender (22) recalled; reports that he was forced to sell drugs by his cousin but on review there's no sign anyone controlled him; he chose to deal to pay for his own habit and kept the profits. NRM not applicable.",
  "", "", "", "l")
E("ChildLine passed on: 'I'm 12, my step-dad makes me work in his shop every night after school until 11 and says if I tell my teacher he'll send me back to Pakistan. I'm not allowed to play out.'",
  "AV EO IT RM", "lh rm", "L", "h")
E("Family court social worker: 16-year-old wishes to live with dad rather than mum; both loving. Dad works long hours so she cooks sometimes. Wishes and feelings respected. No exploitation.",
  "", "", "", "l")
E("Log 21:44: Boy (15) with a broken arm found at Colchester station, says he was beaten by two men in a flat 'for talking to police'. He's got no phone, no money, doesn't know the address. Paramedics on scene.",
  "AV PV IS", "pa iso", "C", "h")
E("Sexual exploitation: hotel worker (Premier Inn) reports 2 teenage girls checked in by a man in his 30s with no luggage, then six men visited within 3 hours. One girl came to reception asking for a phone charger and looked terrified.",
  "AV", "fpe foa", "S", "h")
E("Report of 'slavery' at a racing stables: young stable lads (17-19) up at 5am and working hard. Checked: apprentices on contracts through British Racing School, accommodation provided and inspected, paid weekly, days off. No exploitation.",
  "", "", "", "l")
E("Albanian lad (17) told his solicitor: 'They said the UK is easy, you get a job in construction. But first they sent me to a house with plants and told me my father's land would be taken if I did not pay £15,000 by working. I was there 9 months. They fed me once a day.'",
  "AV DE DB IT AC", "", "C", "h")
E("Officers attended cafe in Glasgow after complaint: Chinese teenager (16) washing dishes, lives with her mum who owns the cafe, attends school, helps after school. No concerns.",
  "", "", "", "l")
E("INT suggests 'Tee' (M, 20s) at 45 Ranelagh Rd using the flat of a vulnerable 70yo man to store drugs; man's grandson (14) has been drawn in to run deliveries and was slapped for being late. 2/B/P",
  "AV PV", "", "C", "h")
E("Organ: Egyptian man (30) in immigration detention says he sold his kidney in Cairo for $3,000 before coming to Europe. Says it was his choice and he was paid what was agreed. Recorded for the NRM decision maker; no trafficking indicators disclosed.",
  "", "", "O", "m")
E("My niece (17) answered an Instagram ad for nanny work in London for a 'rich family'; when she arrived they took her passport 'for the visa' and now she cares for four children around the clock and isn't paid. They say she'll get it all at the end of the year.",
  "AV DE RD EO WW", "dt lh", "D", "h")
E("Domestic worker (Filipina, 45) employed by a family in Surrey for 10 years; her own room, paid into her bank, Sundays off, holds her passport, attends church. Family requested advice on visa renewal. No concerns.",
  "", "", "", "l")
E("Police log: 0320hrs boy (14) ran into Esso garage on A12 barefoot saying he'd escaped from a car where men were hitting him; car (dark BMW) still circling. Units attending.",
  "AV PV", "", "", "i")
E("Girl, 15, from Lithuania living with an older 'boyfriend' (29) in Peterborough. He has her working in a packhouse on his national insurance number, 12-hour nights, and the wages go into his account. She's not at school.",
  "AV EO WW", "lh ncw", "L", "h")
E("Parent: 'My son (17) works in a warehouse on nights through an agency, long shifts but he chose it and he's paid well into his account. He wants to buy a car.' Query about night working law for under 18s.",
  "", "", "", "l")
E("Caseworker note: N (16, Eritrean) in semi-independent; a 'friend' from the community has set him up with a job in a hand car wash in Luton, £20 a day for 12 hours, and collects him at 6am. Friend keeps his BRP 'safe'. N says he must work because he owes the friend for the flat deposit.",
  "AV RD DB EO WW", "dt lh cedl", "L", "h")
E("INT: Nominal TAYLOR, Jade (19) recruiting girls from Pupil Referral Unit in Hastings to 'party' with older men in a flat on Queens Rd; girls given alcohol and cannabis; at least one (14) says she was raped. 2/B/P",
  "AV PV", "", "S", "h")
E("Ali (15, Afghan) told the social worker that on arrival the man who paid his smuggling fee in Iran rang and said he must now sell drugs in Peterborough for 'one year' or his younger brother at home would be taken. He has a number and an address. He hasn't gone yet; placement on alert.",
  "AV IT DB", "", "C", "h")
E("Girl (17) tells the Salvation Army: 'My cousin brought me from Sylhet to look after her kids. She says I am family, so I don't need money. I clean from 6 until midnight, I have no friends here, I've never been outside without her.'",
  "AV WW EO IS RM", "lh iso rm", "D", "h")
E("Council licensing: massage parlour inspection — 3 female therapists (all over 25), own passports, self-employed, can refuse clients, keep their earnings; breach of licence conditions on opening hours only.",
  "", "", "", "l")
E("I am writing for my friend, she is 15 and Romanian, her father sold her to a man in England for money, she now lives in his flat in Tottenham and the man takes her to men, he says she belongs to him now.",
  "AV", "", "S", "h")
E("Probation: prisoner due for release says gang he used to run with will 'put him back to work' to pay off £5k drug debt or his family will suffer. Multi-agency plan arranged.",
  "DB IT", "", "C", "h")
E("Teen (16) who works at a local chippy told his YOT worker his boss docked him £10 after he dropped a tray, and he's thinking of quitting. Boss otherwise pays weekly. Not exploitation; advised on rights.",
  "", "", "", "l")
E("Pupil (Y10) disclosed to the school counsellor that her uncle's friend 'would have made her stay' at his flat if her brother hadn't come to get her; nothing happened, she was never there overnight and no one threatened her. Counsellor logged for information only.",
  "", "", "", "l")
E("Nom KOVAC (Slovak, 16) located at a chicken factory in Leeds working nights under his brother-in-law's name; brother-in-law collects his wages, pays him 'pocket money' of £25, and drives him to and from the factory every shift.",
  "AV WW", "ncw et", "L", "h")
E("Boy (14) rang from a KFC toilet in Bournemouth: 'I've run from the flat, they're looking for me now, they said they'd stab me if I left.' Officers en route; boy staying on the line.",
  "AV IT", "", "C", "i")
E("Asylum-seeking family (Syrian) living in a hotel in Bristol; eldest son (17) helps his parents with translation and looks after his siblings while they attend appointments. Hotel staff worried he was 'working'. Not exploitation; family support offered.",
  "", "", "", "l")
# ---------------- one-liners ----------------
E("Kid about 12 running packages between cars at the Shell garage, Hornchurch, again tonight.", "AV", "", "C", "h")
E("Girl 14 in school uniform getting into a taxi with two men outside Costa, happening now.", "AV", "", "", "i")
E("Nom DUMITRU holds passports of 6 car wash staff in his Audi glovebox. 2/B/P", "RD", "dt", "L", "m")
E("boss keeps our papers safe he says, we get them when we finish", "RD", "dt", "", "m")
E("Teen, 15, reported missing by mum; back within the hour, was at the library.", "", "", "", "l")
E("Pocket money £20 a week for cooking and cleaning for the whole family, she is 16.", "AV WW", "ncw", "D", "h")
E("They said if I go to police they kill my small brother.", "IT", "foa", "", "m")
E("Shown a video of what happened to the last boy who ran. I'm 15.", "AV IT", "", "", "h")
E("Door locked from outside, only go out with Ion, three of us in one room.", "RM AC", "rm oc", "", "m")
E("Owe £12,000 for the boat, they take it from each week's pay at the grow.", "DB WW", "ncw", "C", "m")
E("Promised hotel work in London, ended up in a flat near Ilford seeing men.", "DE", "", "S", "h")
E("Lost my BRP on the bus, need a crime ref for the Home Office please.", "", "", "", "l")
E("Son 13 home with new Nikes, cash and a second phone, won't say who from.", "AV", "", "", "h")
E("Care worker here, agency pays us properly and we keep our own passports, just asking about holidays.", "", "", "", "l")
E("Boy (10) kept home to clean for his 'auntie' instead of going to school; not allowed out.", "AV RM", "rm", "D", "h")
E("Shop owner wants DBS advice before hiring a 16yo for Saturdays. No concerns.", "", "", "", "l")
E("Never got my ID back after the bank account was set up, he has the card too.", "RD", "dt ncw", "", "m")
E("Vietnamese boy, maybe 14, sleeping in the nail bar, Walsall.", "AV", "sw", "L", "h")
E("Mum says 16yo daughter is 'with her boyfriend' in Newcastle; he's 31.", "AV", "", "", "h")
E("Kidney for sale posts in a Facebook group targeting Birmingham students; £7k offered. 3/C/P", "", "", "O", "m")
E("Year 8 pupil says older lad keeps asking her to 'hold' his phone and bag; DSL following up.", "AV", "", "C", "h")
E("My brother's 17, works at Nando's, loves it. Someone's made a malicious report.", "", "", "", "l")
E("Two children under 10 selling roses in pubs in Soho at midnight, woman waiting outside takes the cash.", "AV WW", "ncw", "C", "h")
E("Locked in the trap right now in Margate, 15, phone at 3%, please help.", "AV RM", "rm", "C", "i")
E("Student from Nigeria, part-time carer, says she's paid on time and is free to leave; wanted visa advice only.", "", "", "", "l")
# ---------------- long texts ----------------
E("""Strategy meeting minutes, Hackney Children's Services, 14:00.

Present: SW (chair), DS from the Exploitation Hub, YOT, school DSL, CAMHS.

1. Sibling group: Kyle (16), Reece (14), Millie (9). Kyle is known to YOT for a robbery last year; he is now attending college three days a week and his worker reports good engagement. No current concerns for Kyle.

2. Reece has been missing four times since September. On each occasion he has been found outside London — twice in Norwich, once in Ipswich, once in Lowestoft. On the last occasion he had £340, two phones and a train ticket bought with someone else's bank card. He returned with a split lip and told his mum he 'fell off a bike'. A peer has told school that Reece owes 'Bugsy' for a bag that was taken off him by police and that Bugsy told him his mum's door would get 'put through' if he stopped going.

3. Millie is thriving at primary school; no concerns.

Actions: NRM referral for Reece; disruption plan re 'Bugsy'; mum to be offered support.""",
  "AV PV DB IT", "pa", "C", "h")
E("""Public report (copied as received):

hi i dont no who to tell this to but there is a house on my road, number 41, a chinese lady lives there with her husband and they have a girl living with them maybe 15 or 16 she does not go to school i see her hanging washing at 7 in the morning and still cleaning the windows at 10 at night, she never goes to the shop on her own, the lady always walks behind her. my daughter tried to say hi and the girl just looked at the floor. last week i heard the lady screaming at her and a slap. the girl had a bruise on her cheek the next day. the husband seems ok he says hello. i dont want to get anyone in trouble if its family but it dont feel right. they also have 2 little boys who go to the primary school and they are fine, always happy.""",
  "AV EO RM PV", "lh rm pa", "D", "h")
E("""Officer handover, late turn to nights.

1. Shoplifting at Lidl, Fore St — two adults, both local, detained and charged. CCTV secured. No further action for nights.

2. Domestic at 9 Linden Close, the same couple as last week. Male arrested for criminal damage; partner declined to support. DASH medium. Children (4 and 7) with grandparents tonight.

3. Concern for welfare on the industrial estate: security guard found a 17-year-old Albanian lad sleeping in a unit that's being used as a car wash. He said he was 'fine' and had a job there, but had no ID, said the manager 'has it', and said he gets paid 'when the debt is finished'. He works from first light till it's dark. Manager not present. Lad taken to the station for welfare; interpreter booked for 08:00; children's duty team informed. Please check on him at the start of your shift.

4. Lost property: handbag handed in at the front desk.""",
  "AV RD WW DB EO", "sw dt lh ncw", "L", "h")
E("""Victim account, given through a Tigrinya interpreter at the Refugee Council, edited for length.

She says that she was 16 when she left Eritrea. In Sudan a man offered to pay for the rest of the journey if she worked for his sister in Khartoum. She says that she worked in the sister's house for one year, cooking and cleaning for many people, and she was never paid and never allowed to leave the compound. She says that the sister's husband came into her room at night, and that she will not talk more about that.

She says that in Libya she was held in a warehouse with about two hundred people and the guards beat the men with pipes until their families paid. She says that after she crossed to Italy and then France, she came to the UK in a lorry, and since she has been here, in Leeds, she has lived with a foster family and goes to college. She says that she feels safe now and is afraid only of being sent back.""",
  "AV WW RM PV", "rm", "D", "h")
E("""GLAA compliance inspection report, labour provider (licence GLA-xxxx), supplying workers to two salad packhouses in Cambridgeshire.

Scope: 52 workers interviewed, 20 payslips sampled, 3 houses inspected.

Findings: Workers are recruited through a Romanian jobs site and pay no fee. All hold their own passports and ID cards. Wages are paid weekly into accounts in the workers' own names, and the hours on the payslips match the packhouse clocking data. Accommodation is optional; the three houses inspected had no more than two people per room, working smoke alarms and reasonable kitchens. Transport to site is provided free of charge by minibus. PPE is issued free. Workers interviewed said they can leave and several had changed employer before.

Minor issue: holiday pay was calculated incorrectly for six workers in the last quarter; the provider has already repaid it.

Conclusion: licence conditions met; no indicators of forced labour.""",
  "", "", "", "l")
E("""Statement, in his own words, of a boy aged 15 from Birmingham, taken with his appropriate adult present.

"I met Deano through my cousin. At first it was just chilling, he bought us food, took us to Nando's, gave me a phone. After a couple of weeks he said I owed him for all that, like £600, and the only way to pay was to go 'OT'. The first time they took me to Shrewsbury in a car with two other boys. We stayed in a flat of a woman who was on drugs, she was nice but she was scared of them. I had to stay there and answer the phone and take the food to people. I wasn't allowed to leave except for deals. They said if I came back short they'd 'do' me. One boy did come back short and they burnt his arm with a hot knife in front of us. I stayed there eleven days. I slept on the sofa. I didn't get paid, they said it went off my debt but it never got smaller."""
  , "AV DB RM IT PV WW AC", "rm plc", "C", "h")
E("""Caseworker summary (Medaille Trust), adult female, 31, Nigerian. Client consented to this summary being shared with police.

Client grew up in Edo State. In 2019 a woman from her church offered to take her to the UK to work as a carer for an elderly relative, saying she would earn £1,200 a month and study at night. Before she travelled she was taken to a shrine where she swore an oath to repay 'the cost of the journey' and never to speak to the police. On arrival in Manchester her passport was taken by the woman's husband 'to keep it safe'.

She did look after an elderly man for a short time, but was then moved to a flat in Salford where she was told she had to see men to repay £40,000. She saw clients every night; all money went to the woman. When she asked to stop she was beaten with a belt and told her mother in Benin City would be 'visited'.

She escaped in March when a client helped her call the Modern Slavery Helpline. She remains frightened of the oath and of the police.""",
  "DE RD DB WW PV IT", "dt ncw foa", "S", "h")
E("""Border Force officer's note, Heathrow Terminal 3, flight from Doha.

Three children were travelling with two adults. Children were aged 7, 9 and 15. The 7- and 9-year-olds were the adults' own children, with matching birth certificates, and there were no issues. The 15-year-old girl (Indian national) was described by the male adult as his 'wife's niece' who was coming for a family wedding. She had no return ticket; the male adult had her passport in his jacket and would not let her answer questions. When spoken to alone with a Hindi-speaking officer, she said she had been told she would go to school in England, but she had heard the adults say she would 'look after the house and the old lady'. She does not have any phone or money and does not know the address.

Girl referred to Hillingdon children's services; adults allowed to continue pending enquiries; NRM referral submitted.""",
  "AV RD IS DE", "dt sfw iso fpe", "D", "h")
E("""Hi — writing this because my Year 11 tutor group has been talking and I want to check I'm not overreacting.

One of the boys, Callum, told us he's 'working for a man' this summer. I asked a few questions. It turns out the man is his godfather, who owns a scaffolding firm. Callum is 16, the job is 8am to 4pm, Mon to Thurs, he wears a hard hat and harness, and he's paid £9 an hour into his own bank account. His mum drops him off and picks him up. He showed me his payslip because he was proud of it.

Another student, Priya, also has a summer job at her aunt's dental surgery doing reception. Again paid, normal hours.

I think both are absolutely fine, I just wanted to put it on record after the training we had about county lines made me jumpy. No concerns to escalate.""",
  "", "", "", "l")
E("""Police intelligence report — OFFICIAL-SENSITIVE

Subject: possible pop-up brothel network, Sheffield / Rotherham.

Source (2/B/P) reports that a male known as 'Besnik' rents short-let flats on a weekly basis in the city centre. Three to four women, believed Albanian and Romanian, are moved into each flat on a Monday and moved on the following Sunday. Adverts appear on AdultWork the same day with new photos. A second male, 'Gezim', drives the women between flats and to the supermarket; they are never seen out alone.

One woman told the source that she 'owes for the flat and the ads' and gets nothing until that is paid. The source also says one of the women appears very young, possibly 16 or 17, and that she cried when speaking about her mother.

Further source (3/C/P) reports Besnik also has a legitimate lettings business. No intelligence links that business to exploitation.

Recommend: research on flats, financial enquiries, safeguarding visit with NGO partner.""",
  "AV RM DB WW", "et rm ncw", "S", "h")
E("""A&E nursing note, 02:40.

17-year-old male, Vietnamese, brought in by two men who left immediately. Presenting with a deep laceration to the right forearm and a burn to the left hand, possibly electrical. Patient very thin, clothes smell strongly of damp and plant fertiliser. Speaks little English; via telephone interpreter says he 'works with plants' in a house and fell. He asked several times whether the police would come and whether he would be sent to prison. He does not know the name of the town. He says he owes 'the uncle' a lot of money and cannot leave until it is paid, and that the doors are always locked.

Plan: surgical review, safeguarding lead paged, police informed as possible victim of trafficking. Patient asked to leave once sutured; staff have persuaded him to stay. Two men seen in the car park by security, still outside now.""",
  "AV DB RM IS AC", "pa foa rm iso", "C", "i")
E("""Extract from diary of a teenage girl (17), handed to police by her mother after she returned home. Spelling as written.

'Day 3 in this place. He took my phone again cos I texted Jade. Says I dont need anyone but him. We went to a party and he made me go upstairs with his mate I didnt want to.

Day 6. Ive been inside all week, he says its not safe outside and the door is always locked when he goes out. Theres another girl here, Kasia, shes Polish, she cleans all day and he shouts at her. I think shes younger than me.

Day 9. He gave me money then took it back and said I owe him for the hotel and the clothes. Its £900 now. Kasia says hes got her passport.'""",
  "AV IS PV RM DB RD", "iso rm dt", "S D", "h")
E("""Probation officer note, approved premises, Leicester.

Resident (34) disclosed that before his last sentence he was living in a 'hostel' run by a man called Sully who picked up homeless men from the soup kitchen, put them up six to a room and took them out each morning at 5 to lay tarmac and cut hedges. Sully collected all the wages from customers and gave each man £10 a day and a bottle of cider. Men who tried to leave were told Sully 'knew people' and were beaten. He says he himself got out after six months when he was arrested for shoplifting.

He says he is worried about two other men still there, one with a learning disability. He has given the address. He does not want to make a statement.

Separately: resident's compliance with licence conditions is good.""",
  "AV WW PV IT AC", "oc cedl ncw", "L", "h")
E("""Neighbour's statement (taken by PC 4521).

I have lived next door to the family at number 12 for three years. There is a mum, a dad, grandma and four children. The eldest girl is about 17 and works at the Co-op, I see her in her uniform. The others go to St Mary's. Last month someone put a note through my door saying they thought the grandma was a 'slave' because she never goes out. I don't believe that at all. Grandma is in a wheelchair and doesn't speak English, and the family take her out to the mosque every Friday and to the park in the summer. I've been round for tea and she's clearly loved. I think whoever wrote the note has a grudge about the parking. There's nothing going on in that house except a big family living together.""",
  "", "", "", "l")
E("""Financial intelligence summary (SAR-derived), Romanian begging and fraud group, Newcastle.

Over 14 months, 31 accounts opened in the names of Romanian nationals aged 18 to 70, several with a registered address at the same two-bedroom flat. Child benefit and Universal Credit claims were made for 17 children, most of whom are not registered at any school. Cash withdrawals from all 31 accounts occur at the same two ATMs, usually within an hour of the payments arriving, and CCTV shows one male (believed to be the family head, TRANDAFIR) using several cards in turn.

Street teams report that adults and children from the same flat beg daily at Monument and Grainger Street and hand coins to TRANDAFIR's wife at the end of each day. Two of the children (11, 13) were seen with bruises by a PCSO.

Assessment: probable forced criminality (begging, benefit fraud) and control of finances; children at risk.""",
  "AV WW PV", "mbc ncw pa", "C", "h")

def build():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(T, 1):
        out.append({"id": "f48-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind.split()],
                    "signs": [SIG[c] for c in sig.split()],
                    "exploitation": [TYP[c] for c in typ.split()],
                    "risk": RISK[risk]})
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "fresh48.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "texts written")
