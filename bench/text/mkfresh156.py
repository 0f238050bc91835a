# Hand-written texts for fresh156 (training set). Each T() call holds one text
# written by hand with its labels. Aliases only shorten the labels.
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
ROWS = []
def T(text, ind="", sig="", typ="", risk=None):
    i = [IND[x] for x in ind.split()]
    s = [SIG[x] for x in sig.split()]
    t = [TYP[x] for x in typ.split()]
    if risk is None:
        if ("physical_sexual_violence" in i or len(i) >= 3 or "sexual" in t
                or ("intimidation_threats" in i and "restriction_of_movement" in i)):
            risk = "high"
        elif i or t:
            risk = "medium"
        else:
            risk = "low"
    else:
        risk = dict(I="immediate", H="high", M="medium", L="low")[risk]
    ROWS.append(dict(text=text.strip(), indicators=i, signs=s, exploitation=t, risk=risk))

# ---- part 1 ----
T("""My name is Thi. I come to England in back of lorry. Man in Birmingham say I must pay back 18 thousand pound for journey so I work in nail shop, no money for me, he say the money go to my debt. Every week he tell me debt is still big. I sleep upstairs above shop with two other girl.""",
  "DB WW", "saw ncw", "L")
T("""Interpreter notes: she says the man who met her at Victoria coach station took her passport "to register her for work" and she never saw it again. She says she was told she would be cleaning in a hotel but was taken to a flat where men came every night. She says she said no and he hit her with a belt.""",
  "RD DE PV", "dt", "S")
T("""i work on the farm near Boston from 5 in morning until dark, 7 days, nobody give day off. the gangmaster take £60 every week for the minibus and £50 for the jacket and boots. wages come to card but he keep the card. i get maybe £40 cash on sunday""",
  "EO WW", "lh ct ppe ncw", "L")
T("""Caller states her neighbour's car was keyed overnight on Elm Road. No suspects. Crime ref issued. No further action at this time.""")
T("""INT suggests nom ZOGU, Arben (DOB 12/03/1991) controlling three Albanian males at cannabis grow, 14 Haddon St. Males not permitted to leave address, food delivered twice weekly. Windows boarded. 2/B/P""",
  "RM AC", "rmv plc", "C", "H")
T("""Voice note transcribed (Romanian, translated): "Mama please don't cry. I am ok. Just they took the passport and the phone I use is of Marius, he is listening. I cannot speak more. The money for the house they say will come in autumn." """,
  "RD IS WW", "dt iso", "", "H")
T("""He said come to London, you will look after my sister children and go to college. I never go to college. I wake 5am, I cook, I clean, I wash the car, I go to sleep 1am on the floor in kitchen. Madam keep my passport in her drawer. I am not allowed to use the phone. In two years she pay me nothing, she say she send to my father but my father say he get nothing.""",
  "DE EO RD IS WW AC", "lh dt iso saw", "D")
T("""Car wash on the A34 — staff all seem happy, got hi-vis and gloves, owner showed me the payslips when I asked because I was curious. Nothing wrong here, just a busy place.""")
T("""Text messages recovered from phone of IP (translated from Vietnamese): "brother i am in the house with the plants. they lock the door from the outside. the smell is making me sick. i dont know what city." """,
  "RM IS AC", "rmv iso", "C", "I")
T("""Student reported passport lost on the train between Leeds and York. No suggestion of theft. Advised to contact embassy for emergency travel document.""")
T("""I was fifteen when I started running for them. At first they gave me trainers and money. Then they said I lost a package worth £2k and I had to work it off. They sent me to Norwich on the train with stuff inside me. They said if I stop they know where my little brother goes school.""",
  "AV DB IT", "", "C", "H")
T("""Salvation Army caseworker note: Client (Eritrean male, 34) describes his journey through Libya where he was held in a warehouse and beaten until his family paid ransom. In the UK he has had no employment, lives in asylum accommodation and reports no current concerns. Exploitation took place overseas only; client has signed NRM consent.""",
  "PV RM", "rmv", "", "M")
T("""Neighbour says about 10 men live in the 2 bed house at 41 Carr Lane, a white van picks them up at 4.30am and drops them back at 10pm. They never speak and look very thin.""",
  "", "oc ced pa", "")
T("""Me and my husband were arguing about money again and he threw my phone against the wall. I want it on record. He has never stopped me going out and I have my own job and bank.""",
  "", "", "")
T("""I pay 3000 euro in Bucharest to the agency for the job in factory. When I come they say the job is gone, I must work in the car wash and give back the 3000 plus flat. They take 80 pound each week for the bed, we are 9 people in three rooms.""",
  "DE DB AC", "uf oc", "L")
T("""Nail bar on High St, young girl maybe 14 or 15 doing nails on a school day, an older woman answers every question for her and she looks at the floor""",
  "AV", "sfw", "L", "H")
T("""Officer handover: POI GHEORGHE in custody for shoplifting at Boots. States she is made to steal every day by a man she calls 'unchiu', gives him everything she takes, receives food only. Bruises to both arms (photographed). Refused NRM, DtN completed.""",
  "WW", "pa", "C")
T("""My kidney transplant went well thank God, the donor was my cousin and we did all the tests at the Royal Free over a year. The surgeon said I can go back to work in three months.""")
T("""Man in Pakistan told me if I give my kidney I will get 5 lakh and a job in England. I was in big debt to the landlord. They took the kidney in a clinic in Lahore, I get 80 thousand only and no job. Now I am sick and cannot lift.""",
  "DE AV", "", "O")
T("""They said to me 'you are illegal here, if you go to police they will put you in prison and send you back.' So I stayed and worked. 14 hours every day in the kitchen and they give me £100 for the month.""",
  "AV IT EO WW", "foa lh", "L")
T("""Hotel night manager reports: two young women brought in by older man, he paid cash for room, different men went up to room through the night. Women looked frightened, one had a black eye. Man held both their passports at check in.""",
  "RD", "pa dt sfw", "S", "I")
T("""Nothing happened to me, I want to be clear. My boss at the packhouse is strict about time but I get paid every Friday and I have my own passport in my room. I am only calling because my friend said I should check my holiday pay.""")
T("""girl upstairs in flat 6 never goes out, men in and out all night, she put a note on my door saying HELP ME NO PASSPORT in bad english. i called 999""",
  "RD RM", "dt rmv", "S", "I")
T("""Debrief (via Tigrinya interpreter): he says in Calais the smugglers took 2,500 euro to put him in a lorry. He says nobody forced him, he wanted to come to the UK, and after arrival he claimed asylum at Croydon. He says nobody asked him for more money.""")
T("""Boss says he pays us but he pays to the card and Andrei keeps all the cards in a box, maybe 15 cards. When we need something Andrei gives £20.""",
  "WW", "ncw mbc", "L")
T("""Bank alert: account ending 4471 receives wages from three separate agencies in names of different individuals; all withdrawals at same ATM in Peterborough, within minutes, using 11 cards registered at one address.""",
  "", "mbc ncw", "L", "M")
T("""I'm Marek. I came from Poland for building work a man advertised in church. He took us to a house in Kent, 12 of us, mattresses on floor, one toilet. Work every day on sites, he says we owe him for the transport and the house so wages pay for that. When I asked for my money he hit me in face. Some of the men drink a lot and he gives them vodka instead of pay.""",
  "DB WW PV AC AV", "oc ct plc", "L")
T("""A&E note: 17yo female attended with friend, injuries consistent with assault. Friend (older male) answered all questions, refused to leave cubicle. Pt had 3 phones. Mentioned 'working in Manchester' and being 'booked'. Safeguarding referral made.""",
  "AV PV", "pa sfw", "S", "H")
T("""we rent a room from my cousin and he's strict about cleaning but no one takes our money, we both work in tesco. my mum just worries""")
T("""She told me they keep her passport 'safe' in the office safe and she can ask for it. I asked and the manager gave it to me straight away, no problem. She is fine, she just didn't know.""")
T("""INT: Cuckooing of vulnerable male (learning disability) at 3 Fenton Walk by OCG from London. Nom 'K' and 'Tiny' deal from flat. Occupant confined to bedroom, not allowed to use own kitchen. 1/B/P""",
  "AV RM", "rmv", "C", "H")
T("""Mr Okafor brought me from Lagos to be a nanny. In London he said I must also clean his brother's house and the shop. I was never paid. When I cry to go home he said the juju oath I swore in Benin will kill my mother.""",
  "DE WW IT", "", "D L")
T("""GLAA inspection, Fenland packhouse: licence holder had not kept records of hours for 23 agency workers. Workers interviewed privately, all paid at or above NMW to their own accounts, own accommodation, free to leave. Licence condition breach only.""")
T("""I was told modelling in Milan. They flew me to Stansted and drove me to a house in Leicester. The photos they took were for a website. They said I owe 25k for flights, clothes, the photos. I see 10 men a day. I am not allowed to keep any of the money.""",
  "DE DB WW", "", "S")
T("""Hey Adi its me. Dont call this number again they check. Im fine I work in the restaurant. Just pray for me""",
  "IS", "iso", "", "M")
T("""Caller on 999 whispering, says she is locked in a bedroom at an address in Ilford she doesn't know, a man took her from the station yesterday. Line dropped. Cell-site enquiry in progress.""",
  "RM IS", "rmv iso", "", "I")
T("""In Sudan I was soldier for nothing. In UK I am free, I work at Amazon warehouse through agency, 10 hour shift, agency pay me each week. Hard work but good.""")
T("""On the boat, the skipper keeps our seaman books and passports. We fish 20 hours sometimes, sleep 3, eat rice. The Filipino boys get $300 a month, I get same. When my hand was crushed he say no hospital, keep working.""",
  "RD EO AC", "dt lh", "L")
T("""Dont know if this is anything but the lads at the handwash on Station Rd got dropped by a man in a Transit at 6am and he watches them all day from a chair. They never take breaks. Same lads every day, rain or sun.""",
  "EO", "ced lh", "L", "M")
T("""School referral: Year 9 pupil (14) found with £600 cash and two phones. Missing from home three nights this month, returned with new clothes. Said 'older boys look after me'. Train tickets to Swindon found in bag.""",
  "AV", "", "C", "H")
T("""My husband's mother keeps my passport and marriage papers. I do all cooking and cleaning for nine people, I am not allowed to go out alone, only with my sister-in-law. When I said I want to see my family in Sylhet my husband beat me.""",
  "RD RM PV", "dt rmv", "D")
T("""Care home night shift: Filipino carers say agency charged them £4,000 for visa sponsorship and 'training'. If they leave before 3 years they must repay £8,000. They work 60+ hours. Pay arrives to their own accounts.""",
  "DB EO", "uf lh", "L")
T("""I was told the house I clean was a nice family. It was. I get paid every week, I have a key and weekends off. I only call because my visa runs out and I'm scared.""",
  "", "foa", "")
T("""POI MAHMOOD offering 'sponsor letters' to Indian students for £5k each via WhatsApp. Students then placed at his takeaways with no pay 'until the fee is covered'. Intelligence from 2 students, 2/C/P""",
  "DB WW AV", "uf", "L")
T("""they shown me a video on phone of a man they beat with a hammer and said this is what happen to people who talk. so i dont talk. i just cut the plants""",
  "IT", "", "C", "H")
T("""Witness statement: I saw a woman in the window of the flat above the laundrette banging on the glass. When I went round a man opened the door and said she is his wife and she is mentally ill. The next day the windows were covered with paper.""",
  "RM", "rmv", "", "H")
T("""Kalayaan note: Domestic worker (Indonesian, 41) arrived with Saudi employer's family on overseas domestic worker visa. Passport taken on arrival at Heathrow. Works from 6am to midnight, sleeps in children's room, not allowed to leave house alone. Salary 'paid into account in Jakarta' - she has not seen statements.""",
  "RD EO RM AC WW", "dt lh rmv saw ncw", "D")
T("""Not a slave situation - my brother-in-law took my dad's pension and keeps it, dad has dementia and lives with them. I want social services to look.""",
  "", "ncw", "")
T("""I came for the strawberries on the seasonal visa. Worker welfare is OK, the caravans are clean, we get paid by piece rate. Some weeks very little money when it rain but the farm is honest.""")
T("""The man say he is my boyfriend. He buy me dinner and phone. After two months he say I must sleep with his friends because he has debt and they will kill him. He took the photos and said he send to my father.""",
  "DE IT", "", "S")
T("""1/A/C (do not disseminate to LA without OIC consent). Source reports that DUMITRU, Ionel controls six Romanian women begging outside Sainsbury's and Tesco in Slough town centre. Women dropped 7am, collected 8pm, must hand over all cash. One woman disabled (missing leg).""",
  "WW AV EO", "ced ncw lh", "C")
T("""Nobody forced me. I chose to do sex work, I advertise myself, I keep my money. I only came to the police because a client stole my phone.""")
T("""Text: u dont come back tonite u know what happen to ur mum. we got her address. be at the trap by 9""",
  "IT", "", "C", "I")
T("""My son is 16 and keeps going missing. Today a man came to our door saying our son owes him £400 and must 'work for it'. He had a knife in his belt.""",
  "AV DB IT", "", "C", "I")
T("""Worked at the recycling plant picking rubbish off a belt for 12 hours without gloves, needles and glass everywhere. Boss charged me £15 for gloves when I asked. I get £3 an hour cash. Lived in portakabin in the yard.""",
  "AC EO", "lh ppe saw", "L")
T("""Licensing visit to nail bar, Kings Rd: staff all over 18, IDs checked against Home Office, each has own passport and contract. Some hygiene issues noted re: ventilation. Advice given.""")
T("""Interpreter: he says he is very tired. He says since Albania he works in the flat with the lights, he does not know the town. He says the boss brings food every three days and he has not been outside since summer. He says the boss told him his debt is £20,000 and the grow is how he pays.""",
  "IS RM DB", "iso rmv", "C")
T("""My agency took my passport 'for right to work checks' and then kept it three months. They gave it back when I said I would call ACAS. I still work for them, pay is fine.""",
  "RD", "dt", "", "M")
T("""I was a student from Nigeria. My friend of my aunt said I can stay with her and help with the children while I study. She took my BRP and I did not go to class. I cook, iron, school run, clean, nights with the baby. Madam says I am ungrateful when I ask for money. She said the Home Office will deport me if I leave her.""",
  "DE RD WW IT EO AV", "dt foa lh", "D")
T("""A guy came to the site and took all our CSCS cards and passports, said for payroll. Next week no pay, they said pay is monthly. Next month no pay. When we complain, the Albanian foreman said 'you want to go hospital?'""",
  "RD WW IT", "dt", "L")
T("""Complaint: the takeaway on Market St plays loud music till 2am every night. Kitchen staff smoke in the back alley. I want it shut.""")
T("""I do not want to go to police. If they know I talk, they will do something to my daughter in Vietnam. I owe still 9,000. Every month the number is the same.""",
  "IT DB", "foa", "")
T("""Midwife: 19yo Romanian woman booked at 30 weeks, attends with 'husband' who holds her documents and answers for her. She speaks no English, does not know her address. Husband refused interpreter. Discussed with safeguarding lead.""",
  "RD IS AV", "dt sfw iso", "", "H")
T("""I work in car wash in Derby. Monday to Saturday 8 til 6. Boss pays £40 a day cash which is low I know. But I live in my own flat with wife and I can leave when I want. I am only asking about minimum wage.""")
T("""He took us to a house in the forest, no town near. Every morning at 4 the van came, we work in the chicken sheds catching birds, every night back at 11. He charge us for van £10 each day. When Tomasz tried to leave they broke his fingers.""",
  "IS EO PV", "ced ct lh iso", "L")
T("""Tweet: just seen a lad about 12 selling rosebuds in pubs in Soho at midnight with a man watching him from outside, wtf""",
  "AV", "", "C", "H")
T("""Debrief summary: IP (Chinese female, 38) recruited online for 'massage' work in UK via student visa route. Worked at 7 different pop-up flats over 5 months, moved every 2 weeks by driver. Cash taken each night by 'Auntie'. Not told city names. States she consented to massage but not to sex; was forced by clients and Auntie would not intervene.""",
  "DE WW IS PV", "et ncw iso", "S")
T("""I been homeless 2 years. Man offered me a room and job doing driveways. Room was a shed with no heating. He take my benefit card, he say it pays rent. Work every day, he gives me tobacco and cans, no money. If I go he said nobody cares about a tramp like me and he'd find me.""",
  "AV AC WW IT EO", "plc ncw lh", "L")
T("""Police log: Report of concern for male seen in a field at 3am. Checked — he is a farmworker taking a smoke break, lives locally, produced ID and payslip. No concerns.""")
T("""My boss at the salon is horrible, she shouts, she cuts my commission if I'm late. I want to quit but I'm afraid she won't give me a reference. Can I report her for something?""")
T("""ON BOARD: Seven Ghanaian crewmen on trawler at Peterhead port. Crew contracts stipulate $500/month; crew state they have received nothing in 8 months. Skipper holds passports. Crew not permitted ashore.""",
  "WW RD RM", "dt rmv", "L", "H")
T("""I am sorry for english. I come for job in care home and I pay agency in Kerala 12 lakh. Here they give only 10 hours each week. They say I cannot change job because my visa. I am afraid of them because they say they report me.""",
  "DE AV IT", "uf foa", "L")
T("""u need 2 know theres a girl in the takeaway on Queen st never leaves, sleeps in the back on boxes, looks about 13 i swear. The owner shouts at her in their language""",
  "AV AC", "saw", "L", "H")
T("""DV incident: IP states partner punched her and threatened to kill her if she leaves him. No other concerns. DASH high risk, MARAC referral.""",
  "PV IT", "", "", "H")
T("""Debrief (Polish, translated): We was promised 9 pound an hour and a house. House was a room with 6 men. Each week they take 'costs' so I have 15 pound, sometimes 0. Boss Kris say if we go police he burn the house of my mother.""",
  "DE WW AC IT", "oc", "L")
T("""Ops note: Visit to 22 Railway Terr. Three females located in rooms upstairs with mattresses only, one Nigerian female stated she is 16. Male occupant detained. Phones in a locked drawer. All safeguarded.""",
  "AV IS AC", "plc iso", "", "I")
T("""My stepdad makes me take packages to his mates. Says I'm useless and I'll end up in care if I don't. I'm 14.""",
  "AV IT", "", "C", "H")
T("""He said he is doctor and he will find me a kidney donor in Turkey for £40k. Mum said it's a scam. I didn't send the money.""")
T("""Report from a reader: The "massage" place on Hanover St has blacked-out windows and the girls come and go in a black Mercedes, always with the same driver. One of them asked me for a cigarette and said she hadn't been outside for a week.""",
  "RM", "et rmv", "S")
T("""i just wanted to say sorry to you mam. i took the bank card to the man because he say you owe money. i didn't know he was using it for other peoples money. im scared he come back""",
  "", "", "C")
T("""Interpreter: she says her boss at the restaurant took her to his house to 'help his wife' and she cooked and cleaned there at night after the restaurant. She says she slept on the sofa and was paid nothing for the house work, only for the restaurant.""",
  "WW EO", "lh", "L D")
T("""Intelligence: Slovak family (four adults incl. one with learning difficulties) housed by TOTH in a caravan; benefits claimed in their names at TOTH's address, cards held by TOTH. Adults work on his landscaping jobs unpaid. 2/B/P""",
  "AV WW AC", "ncw plc", "L C")
T("""I applied to a job advert in Facebook for a cleaner in London. They asked me for £500 deposit for the accommodation. Once I paid, they stopped answering. I think scam.""",
  "", "uf", "")
T("""The woman in 4B works for a family who own a big house in Kensington. She told me in the park she hasn't had a day off since Christmas and they lock the gate. She only comes out with the children.""",
  "EO RM", "lh rmv", "D", "H")
T("""I lost my job in the hand car wash because the council closed it for no planning permission. Boss always paid us right. Now we have nothing.""")
T("""he hit me with a pipe. i have the marks. he say next time i lose the phone he cut me. i hold the phone for the line, i am 17""",
  "PV IT AV", "pa", "C", "H")
T("""Officer note: concern for elderly male living in shed at rear of 9 Oak Grove, works on owner's scrap business. On engagement, male stated he is family, is paid, and chooses to live in shed (converted with heating). Owner co-operative. No offences identified.""")
T("""The man from our village arranged everything. He said work in the laundry in Manchester, 1,200 pound monthly. I worked in a laundry yes but 16 hour and he take all the money for my debt of 8,000 which is somehow 11,000 now.""",
  "DE EO WW DB", "lh", "L")
T("""Recorded 101: caller says his Romanian colleague at the chicken factory is scared of the agency driver who collects them at 4am. Colleague told him the driver 'keeps the bank card for everyone'.""",
  "", "ced ncw", "L", "M")
T("""My friend's uncle brought me from Albania at 17. He said I would work in his barbershop. Instead I was put in a house with plants and told to water them and never open the curtains. I slept there. They took my phone. The one time I asked to leave, they put a gun on the table.""",
  "AV DE IS IT", "saw iso", "C", "H")
T("""Dear officer, I am writing for my sister Liliana. She is in Luton with a man. She sent me a message: 'he sells me on the internet and he keeps the money and my ID card'. Please help her.""",
  "WW RD", "dt", "S")
T("""County lines referral: 15yo boy from Croydon found in flat in Bournemouth during warrant. Had been there 6 days. £1,200 debt to 'Smokes' after being robbed (believed set up). Told he can't go home till it's paid.""",
  "AV DB RM", "rmv", "C", "I")
T("""My cousin got a job in a Chinese restaurant via Facebook. She says the hours are crazy – 11am to midnight – but the pay is in her account and she's saving for uni.""",
  "EO", "lh", "", "M")
T("""WhatsApp to NGO: pls help my husband he work in a boat in Scotland, captain not give food not give pay, they hit him, his passport with captain. he cant call only sometime secret""",
  "AC WW PV RD IS", "dt iso", "L")
T("""I was told that I will clean offices at night and I did. The agency pay me through an umbrella company, it was confusing and less than I thought, but it was paid. I left when I wanted.""")
T("""INT: nom NGUYEN Van An (aka 'Anh Tu') facilitates nail bar workers from Vietnam; workers housed above premises at 88 Church St, Walsall, 6 to a room. Earnings held by NGUYEN 'for safety'. 2/C/P""",
  "WW AC", "oc saw ncw", "L")
T("""They took a kidney from my brother in Egypt. He was told it was for a test. Now he is in UK as refugee and the doctor found the scar.""",
  "DE", "", "O", "H")
T("""I'm calling because the man who runs the car wash shouted at the workers and pushed one of them. The worker said to me 'I have no choice, I owe'.""",
  "PV DB", "", "L")
T("""Diary found at address (translated): Monday — 11 clients. Tuesday — 9. He says I am 4,000 behind. My period, still working. Wednesday — no food today.""",
  "DB AC", "", "S")
T("""Neighbour complains of builders' van parked across drive every morning. Builders are local firm, dispute over parking. Advice given.""")
T("""I get married in Pakistan and come to UK. My husband family make me work in their shop and the house, no money to me. My passport with father-in-law. When I cry my husband beat me. They say if I go they send me back and my family will be shamed.""",
  "WW RD PV IT", "dt", "D L")

# ---- part 2 ----
T("""Au pair here (Spanish, 20). The family is lovely, I do 25 hours a week with the kids and I have my evenings and weekends. They even pay for my English class. Just wanted to know if I need to pay tax.""")
T("""The au pair agency placed me with a family in Surrey. I was supposed to work 30 hours. I work from 6.30 to 10 at night, I clean the whole house, I walk the dogs, the mother takes £70 of my £90 'for food'. I have no key and she locks the door when they go out.""",
  "DE EO WW RM", "lh rmv", "D")
T("""Interpreter: she says the diplomat's wife hit her with a hairbrush when the rice burned. She says she has been in the house three years and has been outside only to carry shopping. She says her salary is 'kept for her' by the wife and she has never been given any.""",
  "PV RM WW", "rmv ncw", "D", "H")
T("""INT: ABDI, Hassan (DOB 04/11/1988) arranging sham marriages between EU nationals and Pakistani males at £12k per marriage. Romanian brides recruited in Constanta, told they would work in a hotel. Brides held at address in Oldham until ceremony, phones removed. 2/B/P""",
  "DE RM IS", "rmv iso", "C", "H")
T("""I married him for papers, it was my decision and he paid me. We are divorced now. I'm reporting because he is threatening to tell the Home Office unless I give him money.""",
  "IT", "", "")
T("""i was in the van with 20 people no air, the driver take the phone of everyone at the start. in the farm the manager say all the money go to the man from Lithuania and he give us later. later never come""",
  "IS WW AC", "iso ncw", "L")
T("""Financial crime alert: 14 new accounts opened online at the same device IP in Walsall in 6 days, all for Romanian nationals with identical employer (cleaning agency). Withdrawal patterns suggest one controller. Universal Credit payments to 9 of them.""",
  "", "mbc ncw", "C", "M")
T("""They took my ID card when we came to Newcastle and opened a bank account in my name. Then they opened loans and claimed Universal Credit in my name. I never saw one pound. I was cleaning the houses of Roma families for free. They said if I go they would tell the police I am a thief.""",
  "RD WW IT", "dt ncw", "C D")
T("""Our restaurant takes on two chefs from India every year on skilled worker visas. We pay the visa fees ourselves, they get 40 hours, overtime paid. One of them just left for another job and we wished him luck.""")
T("""Border Force, LHR T4: Female (Nigerian, 22) arrived on visit visa with male 'uncle' (non-family per checks). Held a return ticket she did not know about. Told officers she is coming to do hair in a salon, but uncle has her passport and all money. Safeguarding interview conducted.""",
  "RD", "dt sfw ncw", "", "M")
T("""This is my story. I was 13 when my mother's friend took me from Sylhet to London. She said I would go to school. I looked after her children, I cooked for 10, I slept in the corridor. I did not go to school one day. When I was 18 I ran away. I never got paid.""",
  "AV DE AC WW", "", "D", "H")
T("""Press: Three men were jailed at Leeds Crown Court today for trafficking 11 Slovak men who worked at a waste plant in Bradford. The court heard the victims lived in a rat-infested house, had their bank cards taken and were paid as little as £10 a week.""",
  "AC WW", "plc ncw", "L")
T("""my girlfriend got a bar job in Marbella through insta, is that legit? she's going next week. they said no fee""")
T("""He took me from the children home when I was 15. He was nice, gave me weed and a place to chill. Then I had to hold stuff in my bra and go see people. He made me have sex with his friends when I owed him. I didn't think it was owing, I thought he was my boyfriend.""",
  "AV PV DB DE", "", "S C", "H")
T("""POI 'Bosco' (NFD) runs pop-up brothels in Airbnbs across Cardiff. Females (Romanian, Brazilian) rotated weekly, drivers collect cash nightly. One female stated to UC officer she was 'not allowed out alone'. 3/C/P""",
  "RM", "rmv et ncw", "S")
T("""Nobody took my passport, I had it all the time. But where was I to go? I had no money and no English. They said the rent was £100 a week and the work pays £200, but every week there was a new cost - the van, the gloves, the phone card. In the end I had nothing and I owed.""",
  "DB AV WW", "ct ppe", "L")
T("""GP: Pt (Vietnamese, male, c.16) brought in by 'uncle' with chemical burns to hands; says from cleaning. Not registered, no NHS no. Uncle insisted on interpreting. Very withdrawn.""",
  "AV", "pa sfw", "", "H")
T("""My neighbour is always shouting at his wife, I heard crying. Police came and she said everything is ok, she has a job in the bank and her own car. I just want it noted.""")
T("""We work the turkey farm before Christmas, 12 hour shifts, it's hard but good money and they pay overtime. The accommodation is a caravan park they arrange and take £60 a week, which is fair for a caravan with heating.""",
  "", "", "")
T("""Thank you for your letter. I write from the hostel. The man who bring me from Eritrea to Libya sold me to another man who phone my family for 5000 dollar. They beat me every day on the phone so my mother hear. In England now nobody hurts me.""",
  "PV IT", "", "", "M")
T("""He keeps saying I owe him for the flight and for letting me stay. I clean his flat and his brothers flat, I cook. He doesn't let me leave because he says the police will arrest me without papers. I'm writing this on the computer in the library while he thinks I'm at the shop.""",
  "DB AV IT RM", "foa rmv", "D", "H")
T("""Report via Modern Slavery Helpline: Caller is a delivery driver who delivers to a cash-only building site in Hackney. Noticed workers living in shipping containers on site with a bucket for a toilet. Foreman (Bulgarian) does all the talking.""",
  "AC", "saw plc sfw", "L")
T("""Crimestoppers: the hand car wash at the back of the Esso on Bury Rd. Five lads, never see them leave, they sleep in the portacabin. I think they are from Kurdistan. One told me boss keeps their money for 'when they go home'.""",
  "WW", "saw ncw", "L")
T("""Debrief: IP (Albanian female, 24) met boyfriend 'Eri' in Tirana. Travelled to UK together in lorry. In London, Eri said his debts to smugglers must be paid and she must work in a flat. Advertised online; 8-10 clients daily; Eri took all cash. When she refused he burned her arm with a cigarette.""",
  "DE DB WW PV EO", "lh", "S")
T("""Call to 101: my mum is in a care home and the carers are foreign and barely speak English, is this trafficking? They seem very kind.""")
T("""I'm a care worker from Zimbabwe on sponsorship. Company says I owe £6,000 'training repayment' if I resign. I do 70 hours a week. They also deduct £250 a month for the shared house, 5 carers in 3 bedrooms. I'm scared to complain because they said my visa will be cancelled.""",
  "DB EO IT AC", "lh oc", "L")
T("""I won't lie, I was paid. Not much, £500 a month for the restaurant. But I had my room, my passport, my phone, I visited friends on Sunday. I left because I found better.""")
T("""INT nom KOWALSKI, Piotr — recruits homeless Polish men from day centre in Slough, takes them to farms in Herefordshire. Males paid £20/week, remainder retained by KOWALSKI 'for rent'. Males reliant on alcohol which KOWALSKI supplies. 2/B/P""",
  "AV WW", "ncw", "L")
T("""Caller says her friend's 14-year-old daughter is being picked up from school by men in a white Audi, has been given a new iPhone and is staying out overnight. Mum found messages offering £50 to 'come to a party'.""",
  "AV", "", "S", "H")
T("""I is from Sudan. I come in the small boat. I pay the smuggler in France 1500. He did not do anything bad, just took the money. Now I live in hotel for asylum and I wait.""")
T("""When we ask the boss for a day off he laughs and says 'you can rest when you are dead'. Seven days, 14 hours. My back is broken from the bricks. We live in the house he owns, 4 in a room, and he takes £90 each for it from the money he pays.""",
  "EO AC", "lh oc", "L")
T("""OIC update: IP1 (Chinese female) recovered from brothel in Glasgow states she was told by 'Mama' her family in Fujian would be visited if she spoke to police. IP1 has £60,000 debt for travel. Remains in safe house.""",
  "IT DB", "", "S")
T("""Voice note (Vietnamese, translated): "Sister, they lock all of us in, there's no window, only lights. I don't eat for two days. If you get this tell the police house has a blue door near the big petrol station." """,
  "RM AC", "rmv", "C", "I")
T("""Member of public: the man at the bus stop every morning counting passports, about 6, and handing them back to a group of men before they get in a minibus. Then takes them back at night?""",
  "RD", "dt et", "L")
T("""Safeguarding referral (adult social care): Mr D (52, learning disability) lives with a couple who 'took him in'. He does all their garden and building work, they have his bank card and his PIP. He says they are his friends. He is not allowed to go to the day centre any more.""",
  "AV WW RM", "ncw rmv", "L")
T("""I was 17, I came from Vietnam to work, I was told nail shop. They put me in a flat in Southend with plants and I cannot go out. I eat noodles. When police come I was alone. I was arrested first. They did not know I am a child.""",
  "AV DE RM", "rmv", "C", "H")
T("""Please I am writing for my friend, she work in a house in Dubai first and then the family bring her to London in the summer. She is not allowed phone. She work all day. They keep her passport. She want to escape but she scared. Address is somewhere in Knightsbridge.""",
  "IS EO RD", "iso lh dt", "D", "H")
T("""I spoke to the farmer and he told me all the pickers get the living wage, he showed the GLAA licence. Some workers said they would like more hours. No concerns.""")
T("""Rough sleeper outreach: two Romanian men say a man offered work in Kent for cash. They went for a week, were paid £200 each and returned. They want more work. No indicators of control.""")
T("""The men came to the garage and said my father owed them money. They said I have to drive for them to pay it. I have been driving packages for four months. They say it is still 6,000. I'm 19.""",
  "DB", "", "C")
T("""Letter (translated from Punjabi): Respected sir, I came to UK on student visa, the agent in Jalandhar took 18 lakh. He said the college is fake now so I must work in his uncle's warehouse to keep my visa safe. I work nights, I am not paid. He keeps my BRP.""",
  "DE WW RD AV", "uf dt", "L")
T("""Forced to eat in the toilet, we were. No break, 6 to 6, shouting. The packhouse was freezing and there was no proper clothing. When Ana fainted they docked her day.""",
  "AC EO", "lh", "L")
T("""Police log: male detained at cannabis grow (Kent). States he is Vietnamese, age 15 (disputed). Was locked in with padlock from outside. Age assessment requested. NRM referral submitted.""",
  "AV RM", "rmv", "C", "I")
T("""Texts from my sister in Belfast: "he say i go out only if he drive me" "he take all the money from massage" "he say if i run he find me and my son". She is 29.""",
  "RM WW IT", "rmv et ncw", "S", "H")
T("""Tenant complaint: landlord puts 8 students in a 4 bed HMO in Coventry. They are all at the university, not working for him. Council HMO licensing informed.""",
  "", "oc", "")
T("""I'm a sex worker, I work with two friends in a flat, we split the rent. Someone reported us as trafficked but nobody controls us. I'm annoyed police came.""")
T("""INT: Multiple Roma females begging in Oxford St, appear to be dropped and collected by same Ford Galaxy (reg AB12 CDE). One female appears to have been injured (bandaged hand). No further detail. 3/C/P""",
  "", "ced pa", "C", "M")
T("""Interpreter: he says the captain beat him with a rope and pushed another man overboard who nobody saw again. He says they were at sea for 11 months. He says the captain said if he talks in port, he will not be paid anything and his family will pay the agency debt.""",
  "PV IT DB EO", "lh", "L")
T("""my boss at the takeaway paid me late last month cos the business is struggling, he paid it all next week. can i still claim anything""")
T("""They told me I could work in the UK as a chef for a good salary. When I arrived, the 'restaurant' was a chicken shop. The boss said I owe £3,000 for the certificate of sponsorship and deducts it from my pay, every month I get £200 for 60 hours a week.""",
  "DE DB WW EO", "lh", "L")
T("""I run a small cleaning company. My staff are Romanian, all on payroll, own accounts, paid fortnightly. A customer accused us of trafficking because they all travel in one van. The van is the company van and it's free.""")
T("""Officer note: 'Marta', 46, Slovak, found sleeping in a bus shelter. Says she worked 2 years at a hotel laundry, was 'looked after' by her cousin's husband who kept her wages and her ID. He threw her out when she got ill.""",
  "WW RD", "dt", "L")
T("""whoever reads this the house in Elm Walk has kids coming and going all night, different cars, i think they're selling. one boy about 12 looks terrified and has a black eye.""",
  "AV", "pa", "C", "H")
T("""I was trafficked in Italy 10 years ago, forced into prostitution there. I got out, came to the UK and now I am a support worker. I'm telling my story to help others.""",
  "", "", "")
T("""INT 1/A/P: Source reports ESKINAZI running nail bars in Luton; staff (Vietnamese) sleep in the salon on fold-out beds and are 'not allowed out without Linh'. Wages paid to Linh.""",
  "RM WW", "saw rmv ncw", "L")
T("""I didn't know it was my kidney they wanted. They told me a blood test for the job in Istanbul. When I woke up I had a big wound. They paid me 2,000 dollar and put me on a bus back to Moldova.""",
  "DE PV", "", "O", "H")
T("""Our group of 40 Indonesian workers came on seasonal worker visa. We paid the broker in Jakarta about £4,000 each, borrowed from family. The farm here is fine but we have little work so cannot pay the debt. The broker keeps calling our families.""",
  "DB IT", "uf", "L")
T("""Just want to say the car wash workers on Jubilee Rd are treated well, I chat to them, they get lunch, boss pays weekly. Not everything is slavery!""")
T("""DOB 2009. Missing from Birmingham, found in Aberdeen in a flat with two adults and a quantity of crack cocaine. Told officers she 'owes' the adults. Phone smashed. Has been staying at various addresses.""",
  "AV DB IS", "iso", "C", "I")
T("""Interpreter notes: he says he was sold as a wife's servant. He says 'they don't beat me, they just don't pay and don't let me go out'. He says the house is in Leicester and has 6 people.""",
  "WW RM", "rmv", "D")
T("""My sister married a man from Kent who took her to his mother's house. Now she is expected to look after the mother full time with no help. She is allowed to visit us and has her own money from her job in the evenings. I think it's unfair but not criminal?""")
T("""The boss shout 'pigs' at us. Twelve men in one room, one toilet, mouse everywhere. We work in factory 6 days, 10 hours, he take £100 a week for the room and he is also the one who is paying us. We can't leave, we know nothing here.""",
  "AC", "oc plc", "L")
T("""VRM AK19 XYZ seen dropping 8 males at Frozen Foods Ltd, Grimsby, 05:30 daily; same VRM collects 22:00. Workers reportedly pay driver £8/day. Agency unlicensed. 2/B/P""",
  "EO", "ced ct lh", "L")
T("""She asks: can my employer keep my passport? My employer asked for it to photocopy and returned it the same day. I think he's fine, just checking.""")
T("""My friend and I came on a tourist visa to work illegally in a restaurant, we knew it. The owner paid us cash, fair. Now our visa expired and we are afraid to go home.""",
  "", "foa", "")
T("""He broke my phone in front of me and told me I'm not to speak to my sister again. I am at the house all the time, I clean for his whole family. When I try to talk he says I'm stupid and nobody would believe a girl from nowhere.""",
  "IS AV", "iso", "D")
T("""CSE referral: 13yo female found at a hotel in Stoke with adult male (33) at 02:00. Male claims to be her 'uncle'. Female intoxicated. Room booked in another name.""",
  "AV", "", "S", "I")
T("""I am sorry I am not able to explain very well. After the factory shift, the man put us in the van and we go to his friend's house to clean and paint for free. If we say no he say no more work at factory. We have no day off.""",
  "WW IT EO", "et lh", "L")
T("""Caseworker: client (Sudanese, 28) reports working for a smuggler in Calais as a 'guide' for passage. Now in UK, working for Deliveroo on a borrowed account. Pays account holder £80/week. No threats, says he could stop anytime.""")
T("""they make me go to the shops and take things, clothes mostly, razors. if i come back with nothing they not feed me and he hit my legs with a stick. my mum in Romania thinks i am working in a cafe""",
  "AC PV", "", "C", "H")
T("""Housing officer: found 14 mattresses in a 3-bed house, all occupied by men working at a meat plant via an agency. Landlord is the agency director. Rent deducted from wages. Workers reluctant to speak.""",
  "AC", "oc foa", "L")
T("""I came from Eritrea and worked in the kitchen of a hotel in the Lake District, with room provided. I work hard but I have a contract, days off, and I have just got promotion.""")
T("""POI WILSON, Gary (British) targeting vulnerable adults with addiction in Blackpool, housing them in his HMO, using their flats to deal (cuckooing). Residents 'paid' in drugs. 2/B/P""",
  "AV WW", "", "C")
T("""My dad keeps my passport because I'm 16 and he thinks I'll lose it. Is that legal?""")
T("""Interpreter: she says she was asked to carry a suitcase from Lagos to Gatwick for a 'church brother' in exchange for her ticket. She says at Gatwick a man met her and took her to a house where she has since done the cooking for 9 men and does not know the address. She says nobody hurt her.""",
  "DE IS", "iso", "D")
T("""Message from my girlfriend: im in the back of a car with 2 guys they took my phone but i have my old one. they said we go to leeds. i dont know them. pls call police""",
  "IS RM", "iso rmv", "", "I")
T("""Interview transcript: Q: Were you ever locked in? A: No, never, the door was always open. Q: Did you get paid? A: Yes, every week, £300 cash, I sent half to my mum. Q: Did anybody hurt you? A: No. The work was hard but ok.""")
T("""Fishing vessel inspection Newlyn: Crew (Filipino) hold their own documents, contracts shown, paid via bank. Rest hours logged but some exceeded. Advice given regarding working time.""")
T("""The woman who keeps the house where I work told me I was lucky, that in my country I would be nothing. She gives me £30 a month and keeps the rest. I sleep under the stairs. She takes me to church every Sunday and that is my only time out.""",
  "WW AC RM AV", "saw rmv", "D")
T("""Police intel: Tiktok account @quickcash.uk recruiting teens to 'work' delivering parcels for £500 a week. Linked to county line in Ipswich. 2/C/P""",
  "AV DE", "", "C")
T("""Handover: Vietnamese male aged 14 found walking on M6 hard shoulder after escaping a lorry. States family paid $25k, he is to 'work in the UK to pay back'. No adults accompanying. Placed in foster care, risk of going missing — traffickers may re-contact.""",
  "AV DB", "", "", "H")
T("""On the building site they paid everyone in cash every Friday. I saw no passports taken, nobody locked in. Just tough work with no safety gear. HSE was informed.""",
  "AC", "", "")
T("""I was told I would be a dancer in a club. My agent took me to Glasgow, to a flat with four other girls. He said I have to sleep with clients, I said no, and he didn't give me food for three days. Then I said yes.""",
  "DE AC", "", "S")
T("""The man who runs the 'agency' keeps the workers' bank cards in a shoebox and goes to the Nationwide cashpoint on payday with all of them. I saw it myself.""",
  "WW", "mbc ncw", "L")
T("""Hi can u help, my brother in-law's friend came from Albania and stays in our spare room. He does odd jobs for us and we pay him. He wants to claim asylum but is scared. What do we do""",
  "", "foa", "")
T("""It's a kidney clinic ad on Facebook — 'Sell your kidney for £30,000, safe operation in Turkey'. I reported it to Facebook. Didn't contact them.""")
T("""Probation: service user (Vietnamese, 19) serving sentence for cultivation. Disclosed he was brought to the UK at 16, kept in the grow house, told his family would be killed if he left. Section 45 defence not raised at trial. Referred to NRM.""",
  "AV IT", "", "C")
T("""They made us work in the sheds for 18 hours when the orders came, and the supervisor counted the toilet breaks. We slept in the lorry trailer behind the farm.""",
  "EO AC", "lh saw", "L")
T("""She was confused and tearful in the cafe, said she was 'with Mihai' and that Mihai has her things. She didn't know the town. The man arrived, paid and took her by the arm.""",
  "IS", "sfw iso", "", "M")
T("""Social worker note: Family of 6 living in 2 rooms above their own shop. Parents run the shop, children go to school, attendance good. Overcrowded but no exploitation concerns.""",
  "", "oc", "")
T("""I come from Ghana for football academy. The agent take my money 2000 dollar. Here no academy. He put me in car wash and say my debt is 5000 now. I sleep in the shop.""",
  "DE DB", "uf saw", "L")
T("""For the record: my employer pays below minimum wage. I have complained to HMRC. I can come and go and have my documents. I just want my money.""")
T("""Intelligence suggests that a brothel at 17 Arden Rd is staffed by women from Thailand who have been told they must repay £40,000 each. Women do not leave premises; food delivered. 2/B/P""",
  "DB RM", "rmv", "S", "H")

# ---- part 3 ----
T("""When police found me I had only the clothes I was wearing and a plastic bag with a toothbrush. Everything else stayed in the house in Wolverhampton. The boss told me I will work in his shop and instead I work in his cannabis house, every day watering, he give me no money, he say money is for my debt to the snakehead.""",
  "DE WW DB", "fpe", "C")
T("""Interpreter: she says she had one small bag. She says the lady at the house put her clothes in a cupboard and locked it. She says she wore the same uniform every day for a year and worked from before the children woke until after the parents slept.""",
  "EO", "fpe lh", "D")
T("""Search of address: 6 Romanian males, personal effects minimal (one holdall between two), no food in fridge, mattresses on floor. Males state they work at a packing factory via 'Florin'. Florin not present. Males claim they are paid but could not state amount.""",
  "AC", "fpe plc", "L", "M")
T("""I had a bad time on the farm in Spain last year but this farm in Herefordshire is good. I have my own money, we have a bus to town on Saturday, nobody shouts.""")
T("""My dad and me had a big fight because I won't work in his shop after school. He said I'm ungrateful. I went to my nan's. I'm 15. I'm fine there, I just don't want to go back tonight.""")
T("""The doctor in the clinic in Chennai said a rich man needs my kidney and I will get money for my daughter's wedding. They said I must tell the hospital he is my cousin. I signed papers in English I could not read. I got a small part of what they promised and the broker threatened my family when I complained.""",
  "DE AV IT", "", "O", "H")
T("""Organ trafficking intel: UK-based broker (nom REHMAN) arranging transplants in Pakistan for UK patients, 'donors' recruited from brick kilns paying off debts. Donors paid a fraction of promised sums. 2/C/P""",
  "AV DE DB", "", "O")
T("""A man approached my brother at the asylum hotel and asked if he wanted to sell a kidney for £10,000. My brother said no and reported it to the manager. Nothing else happened.""")
T("""Renal unit note: Pt (British, 58) returned from overseas transplant with complications. States he paid a clinic in Northern Cyprus; donor described as 'a young man from Ukraine who needed money'. Reported to NHSBT and police for possible organ trafficking.""",
  "AV", "", "O", "H")
T("""Hi this is Andreea I am writing from a phone of a client. The man Bogdan holds me in a flat in Bristol, I do not know the street. Please help I am afraid he kill me.""",
  "RM IS", "iso rmv", "S", "I")
T("""We were 14 in the lorry from Belgium, it was hot and we had no water, I thought we would die. The driver didn't know we were there. When we got out in Essex we claimed asylum. Nobody made us work.""")
T("""In my country I was teacher. Here I am kitchen porter in a hotel in Edinburgh, work is hard, long shifts in summer but I get my wage and my days off and my manager is respectful. It is just not what I dreamed.""")
T("""FROM A CONCERNED PERSON!!!! THE POLISH MEN IN THE HOUSE NEXT DOOR GET PICKED UP IN A MINIBUS 5AM EVERY DAY AND THE BOSS TAKES THEIR WAGES I HEARD ONE SAY IT ON THE PHONE!!!! AND THEY LOOK STARVING!!! SORT IT OUT""",
  "WW", "ced pa ncw", "L")
T("""I is 16. My uncle said come to England, work in his restaurant kitchen and go to college. I work but he don't pay, he say family don't pay family. He don't send me to college. He said if I tell the teacher he'll send me back to Bangladesh to marry.""",
  "AV DE WW IT", "", "L", "H")
T("""Mum and dad argue about money and dad makes my brothers help in the family takeaway on weekends, they get paid £20 each and they like it. Social worker asked me and I said it's normal.""")
T("""INT 2/B/P: Nom PETROV, Dimitar (Bulgarian) charging workers £200 for 'registration' at an unlicensed labour provider, then £50 weekly for transport to a vegetable packhouse in Spalding. Workers housed 10 per house.""",
  "AC", "uf ct oc", "L")
T("""GLAA inspection, Lincolnshire: labour provider charging workers for hi-vis and safety boots (£35) — unlawful deduction. Workers otherwise paid correctly, own accommodation, not controlled. Warning issued.""",
  "", "ppe", "")
T("""What happened was the landlord in Leicester (he is also the boss at the textile factory) say we must pay rent 300 and the factory pays 3 pound an hour. So work 80 hours, pay rent, no money left. If we go, he tell the immigration we are illegal.""",
  "EO WW IT AV", "lh foa", "L")
T("""Lads on the roof, no harness, no hard hat, Benfleet. Not slavery, just dangerous. Someone will die.""")
T("""Interpreter: he says the boss drove them everywhere, to the site, to the shop, to the house. He says they never went anywhere alone in 5 months. He says that he owed £2,000 for the flight, which went up by £100 every week for 'interest'.""",
  "RM DB", "et rmv", "L")
T("""Text to support worker: Hi Sarah, the man came to the hostel again asking for me, he said I still owe for the house and Dritan is waiting. I'm scared to go outside.""",
  "DB IT", "", "", "H")
T("""Caller reports man beating a woman in a car park, woman got away and into a taxi. Male arrested for assault. Couple known to each other, DV. No exploitation concerns.""",
  "PV", "", "")
T("""Amazon delivery driver: 'I'm self-employed, I do 12 hour days and the van rental comes out of my pay, it's rubbish money, but nobody forces me.'""")
T("""I came to the UK as a child with my aunt who beat me and made me do all the housework. I am 24 now and have my own life. I am telling you because I want to know if I can still report it.""",
  "AV PV", "", "D")
T("""OIC: IP (Eritrean, 16) located in Calais camp told NGO she was raped by smugglers in Libya. Now in UK foster care, safe, no current exploitation. Historic overseas offences, no UK enquiries.""",
  "AV PV", "", "", "H")
T("""They said if I don't shoplift they would post the pictures of me online. I take things from Primark, Boots, and give them all to Florin. I get food and a place to sleep in the car.""",
  "IT WW AC", "", "C")
T("""Worried neighbour: there's an old man in the flat opposite and two young men moved in with him last month. Lots of visitors, short stays. He looks frightened and I haven't seen him out. I think they're dealing from his flat.""",
  "AV", "", "C")
T("""The van was waiting at 4am. The man counted us, took our phones for the day so we 'don't waste time', and gave them back at night. We packed salad for 14 hours with one break. Each day he took £12 from us for the van and £3 for the gloves.""",
  "IS EO", "ced lh ct ppe iso", "L")
T("""Bank letter: Dear customer, we noticed unusual activity on your account. Please call us. (Customer confirms it was him buying a car. No concerns.)""")
T("""Victim personal statement: I was just 14. He said I was special. He took me to flats where men were waiting. He gave me vodka and pills so I wouldn't cry. I still have nightmares. He told me he'd kill my mum if I told anyone.""",
  "AV PV IT", "", "S", "H")
T("""Police log: concern for worker at nail bar who 'never goes home'. Officers attended: worker lives upstairs in a self-contained flat she rents from the owner, has passport, bank account, and showed her rota. No further action.""")
T("""Letter from inmate (HMP): I got caught with the van of plants. It was not my van. The men brought me from Albania, they said 'you drive or we go to your father's house'. They had my passport the whole time. I never got paid one pound.""",
  "IT RD WW", "dt", "C")
T("""Debrief notes: IP states he worked for a car wash owner in Stoke for 2 years. Slept in a storage room with 4 others. Was allowed out on Sundays only with the owner's son. Was paid £100 a month; told the rest was held to send to his family, who confirmed nothing was received.""",
  "WW RM AC", "saw rmv oc", "L")
T("""Girl on the No.12 bus crying saying she wants to go home to Manchester and the guy with her grabbing her phone, he said 'you're working tonight, shut up'.""",
  "IS IT", "iso", "S", "I")
T("""Interpreter notes: she says the man who was her husband in name only took her passport after the ceremony and said she must now pay back £8,000 for the wedding costs by working in a laundry and cleaning his brother's houses.""",
  "RD DB", "dt", "C L D")
T("""Caseworker note: client (Polish, 55) previously exploited, now in own flat, working at a bakery with fair pay. Happy. Closing case.""")
T("""I met a man online who said he loved me. He bought my ticket to London. On arrival he said I had to 'earn' it. He took pictures and made ads. Every night I had to give him the money. He never hit me but said his friends would if I didn't obey.""",
  "DE WW IT", "ncw", "S")
T("""DOB 2008 — CSE concern. Female regularly picked up from children's home by older males in different vehicles, returns with gifts and alcohol. Disclosed to key worker that she 'has to pay them back' with sex.""",
  "AV DB", "", "S", "H")
T("""Housing enforcement: attic conversion in Ilford found with 11 bunkbeds, occupants all employed by the landlord's construction company. Rent deducted at source. Several occupants had no idea of their pay rate. Employer holds passports 'for safety'.""",
  "AC RD WW", "oc dt ncw", "L")
T("""I was smuggled from Iran through Turkey, Greece, Italy, France. I paid $8,000, my family sold land. It was terrible but it was my choice and no one owns me now. I am waiting for my interview.""")
T("""He is my brother, he is not a slave! We share a flat and he works at my restaurant and he gets paid the same as everyone. The police came because someone saw him asleep in the back room after a double shift.""")
T("""Pleaaase help my sister, she went to work in a cafe in London for the summer with a family friend, now he says she cant come home til she pays for the flight, she has to work in his house cleaning, she's 17""",
  "AV DB", "", "D", "H")
T("""INT: A Slovak female (name unknown) seen at Birmingham New St with POI HORVATH who holds her ticket and phone. Female appeared frightened and underweight. POI believed to be involved in sham marriage facilitation. 3/C/P""",
  "IS", "pa iso et", "", "M")
T("""Hotel staff report (Heathrow Travelodge): male booking rooms weekly for young women, women never leave rooms except with him, room service declined, multiple men visiting. Staff concerned.""",
  "RM", "rmv et", "S", "H")
T("""A man in the Mosque told my father I can work in his friend's shop in Bradford. I live in the back room. I work from opening to close every day. He gives me food and sometimes £10. My father thinks I earn £1,000 a month.""",
  "DE WW EO", "saw lh", "L")
T("""I was a bit scared at the airport because the immigration officer asked a lot of questions. I have a job offer from the NHS, I showed the letter, and they let me in. My passport is with me.""")
T("""GLAA: following complaint of overcrowding, inspected accommodation provided to 30 Latvian workers at a mushroom farm. 5 per caravan, heated, clean. Workers paid direct, free to leave. No action.""")
T("""Shelter intake (translated from Amharic): I worked for a family in Beirut and they brought me to London. They did not pay me for 4 years. They held my passport. I escaped through the window when they went to Harrods.""",
  "WW RD RM", "dt rmv", "D", "H")
T("""A lot of people at my work are from Romania and they all live in one house the agency runs. I don't think they mind, it's cheap, and they go out at weekends.""",
  "", "oc", "")
T("""A mother contacted the school: her 16yo son says he has a 'job' for a man who gives him cash to take bags to Margate on the train. The son has been stabbed in the leg and won't say who did it.""",
  "AV PV", "pa", "C", "H")
T("""they kept saying we cant go to the shop on our own because of the police. the boss went with us. in the house no heating. i had to borrow clothes. he took 100 pound off every week for the house. then more for the van to the farm.""",
  "RM AC", "rmv et ct fpe plc", "L")
T("""Interpreter: he says he was recruited in a village in Nigeria to play football in England. He says the 'agent' took his passport at the airport. He says he now begs outside a supermarket in Croydon and gives the money to the agent's wife.""",
  "DE RD WW", "dt ncw", "C")
T("""Dispute: two neighbours argue over a fence in Wrexham, one says the other threatened to 'sort him out'. Both warned. Not related to any exploitation.""",
  "IT", "", "")
T("""Student from China: My landlord took my deposit and refused to return it. I don't know where to go. I am not being forced to work or anything.""")
T("""Debrief: IP (Vietnamese male, 20). 'They say I can't use the phone, they say police will take me if I go out. I sleep in the room next to the plants, the air is burning. When the boss comes he kicks me if the leaves are yellow.'""",
  "IS RM PV AC", "iso rmv saw foa", "C", "H")
T("""A&E: Pt (female, 30s, Eastern European) with untreated infected hand injury sustained at a food factory 2 weeks ago. Says supervisor said no doctor or she loses her job. Came with coworker. Discharged with antibiotics; gave info on workers' rights.""",
  "AC", "pa", "L")
T("""My mum has a cleaner from Brazil, she comes twice a week, we pay her well. My friend said it's slavery because she's foreign. It isn't.""")
T("""Please understand, I didn't know. The man said open a bank account for him and I'll get £500, I was skint at uni. Now the account has frozen and police want to talk to me. He told me if I say his name he'll come to my mum's house.""",
  "IT", "", "C")
T("""INT suggests 3 Vietnamese females at nail bar, 12 Bridge St, Hull, sleep on salon floor, work 10am-10pm 7 days, and do not hold own passports. Owner meets them at coach station on arrival. 2/B/P""",
  "EO RD", "saw lh dt", "L")
T("""In the kitchen I was hit with the spatula, every day shouting. The owner kept my pay saying I break too many plates. I sleep on the kitchen floor. I am Nepali, no English. He says police will put me in jail.""",
  "PV WW AC IT AV", "saw foa", "L")
T("""Referral from Barnardo's: 16-year-old boy reports older men at a snooker hall gave him cannabis and then told him he owed £800 and must 'do runs' to clear it. He's been doing runs to Colchester. He has been beaten once.""",
  "AV DB PV", "", "C", "H")
T("""I am a farmer in Kent. We use a GLAA licensed provider; this year one of the workers said the agency in Bulgaria took a fee for the job. We reported it and the provider refunded him. All fine now.""",
  "", "uf", "")
T("""My boyfriend is controlling, checks my phone and who I see, we fight a lot. He has never made me do anything like work for him or sex with others. I just want advice on leaving.""")
T("""'They throw us out of the van in the field in the dark, and at night we wait for hours for the van back, sometimes till midnight. You stand in the rain. They charge £7 for the van.' — worker, debrief.""",
  "EO", "ced ct lh", "L")
T("""My daughter (15) has been missing 3 days. Snapchat messages show a man telling her to 'come back to the flat or else'. Last seen getting into a black Golf in Bolton.""",
  "AV IT", "", "", "I")
T("""POI ISMAILI: controls two cannabis grows in Swansea, 'gardeners' brought from Albania owe £15k each, not permitted to leave premises. One gardener found with rope burns on wrists. 1/B/P""",
  "DB RM PV", "rmv pa", "C", "H")
T("""Interpreter: she says she agreed to work in a massage parlour and knew it would include sex. She says she keeps half her earnings and can leave. She says she is here to report that her friend in the same parlour is being beaten by the manager.""",
  "PV", "", "S")
T("""Landlord letter: You are in breach of tenancy by sub-letting. Please vacate within 2 months. (Tenant had sublet to friends, no exploitation.)""")
T("""I'm a 17yo apprentice electrician, my boss makes me work Saturdays sometimes but it's paid and my mum knows. I like it.""")
T("""I went to the police in Leeds and they didn't listen. My boss beat me in the warehouse and kept my passport. I am now at a friend's. I want a crime number.""",
  "PV RD", "dt", "L")
T("""Inspection, seafood processing plant Fleetwood: workers working 16-hour shifts for 3 weeks during peak, agency timesheets manipulated so workers appear to do 8 hours. Workers told they'd lose the job if they complained.""",
  "EO IT", "lh", "L")
T("""Every month my husband takes my salary from the school where I teach. He gives me bus money. I have no access to the account. He says a wife does not need money.""",
  "WW", "ncw", "")
T("""Call handler log: Male caller, Romanian accent, says 'we are four people, the man takes our money, we don't know where we are, near a farm, there is a big silo'. Caller terminated. Trace ongoing.""",
  "WW IS", "ncw iso", "L", "I")
T("""My wife's cousin lives with us and helps with the children. She has her own room, goes to college three days a week and we give her £400 a month. She's family.""")
T("""Dear sir I want you to know what happen to my son in a factory in Leicester. He has injury of the machine. The boss took him to hospital the same day and paid him sick pay. It was accident, not crime.""")
T("""Interpreter: she says 'Auntie' advertised her on AdultWork and drove her to hotels. She says she is 19. She says every booking is £120 and Auntie gives her £20. She says she does not have her passport because Auntie 'needs it for the hotel'.""",
  "WW RD", "dt et ncw", "S")
T("""I think my neighbour is a victim. She's from the Philippines, looks after the old lady next door 24/7, never seen her go out, the son visits to collect her. When I said hello she looked scared and shut the door.""",
  "EO", "lh", "D", "M")
T("""Man turned up at the food bank with a group of men, collected all their parcels and drove off with them in a van. The men didn't speak English and he did all the talking.""",
  "", "sfw et", "", "L")
T("""Ex-boyfriend keeps messaging me threats since we split, says he'll post pictures. Nothing to do with work or money. I've blocked him.""",
  "IT", "", "")
T("""INT 2/C/C (not to be shared with landlord): Nail salon at 4 Queen's Parade, Grays. Staff (Vietnamese, one appears under 16) collected 08:30 by male in grey Lexus, returned 21:30. Staff appear unkempt; do not speak to customers.""",
  "AV", "ced pa", "L", "H")
T("""We were promised £10 an hour in a meat plant. Real was £6 after 'accommodation' and 'transport' and 'admin'. It's not nothing, I could send money home, and I left after 6 months without problem. But they lied.""",
  "DE", "ct", "L")
T("""Report: ex-soldier with PTSD living on a traveller site, works on tarmac crews for board and lodging only. Was found in a horsebox with no heating. States he wants to stay. Previous worker at site died in 2019.""",
  "AV WW AC", "plc", "L")
T("""I was raped by the man who brought me here when I refused to go with the client. The next day he said if I try again to say no he will sell me to the Turkish people. I was then in a flat in Sheffield for 2 months.""",
  "PV IT", "", "S")
T("""Customs seizure at Dover: lorry with 300kg cannabis. Driver (British) arrested, no indication of coercion, admits he was paid £5k. Not a victim.""")
T("""Email from charity: a woman called our line saying her employer (a family in Hampstead) has her passport but says she can have it 'whenever she asks'. We advised her to ask — she did, and got it back. She is otherwise content.""")
T("""Two boys (Albanian, 17 and 15) picked up from Kent intake, went missing from foster placement within 48 hours. Believed collected by traffickers. Phones were pre-loaded with UK numbers. High risk missing.""",
  "AV", "", "", "I")
T("""My agency puts me on 4 day weeks, sometimes only 2. The money is not enough to live. I am free but poor. Is this allowed?""")
T("""Text: 'Your debt is now £14,700. Next week interest. If you are late your sister will know what you do in England.' — screenshot given by IP to OIC.""",
  "DB IT", "", "S")
T("""Witness: I work in the Chinese supermarket. A woman came every week with a man who paid for her shopping. Once when he was outside she said in Mandarin 'please call police, he keeps me in the house'. I was too scared then. Now I am reporting.""",
  "RM", "rmv sfw", "", "H")
T("""I am a lorry driver. Last month a group of men jumped in my trailer at Calais. I found them at Folkestone and called the police. They were scared but fine.""")
T("""Debrief: IP describes being 'rented' by his employer to other farms, wages paid to employer. Lived in a barn; no toilet. Says he was not locked in but 'where would I go, there is nothing for 20 miles and I have no phone'.""",
  "WW AC IS", "ncw plc iso", "L")
T("""A young Indian man in my local shop works there every day from 7am to 11pm and I asked him and he said his uncle owns the shop and he does not get paid, only food and a room, and his uncle holds his passport because 'uncle knows best'.""",
  "EO WW RD", "lh dt", "L")
T("""A care agency is sponsoring my wife. They charged her £1,500 for a 'certificate' before she came. Otherwise the job is ok, she has proper hours and pay.""",
  "", "uf", "")
T("""Concern raised by taxi driver: picked up a teenage girl and a man from a Premier Inn at 3am in Coventry, girl was crying and had no shoes, the man kept saying 'you belong to me'.""",
  "AV IT", "", "S", "I")
T("""I want to complain about my brother who borrowed £5,000 and won't pay it back. He's not my employer, there's nothing else.""")
T("""Interpreter: she says the family she worked for in Qatar paid her properly and treated her well, and she came with them to London on holiday and decided to claim asylum. She says she has no complaint against them.""")
T("""POI SAMUELS runs a 'recovery house' in Hastings for drug users; residents made to work unpaid on his building sites 10 hours a day; benefits paid directly to SAMUELS. Resident who left was assaulted. 2/B/P""",
  "AV WW EO PV", "ncw lh", "L")
T("""Worker complaint to union: the warehouse makes us work 12 hours on peak, we get paid overtime but it's exhausting and we have to. Nobody takes our docs.""",
  "", "", "")
T("""I will tell you now, I was in the house of Mr and Mrs K for six years, since I was 12. I was never their daughter, I was the maid. I never went to school, I had a mattress in the laundry. Mrs K hit me with what was in her hand. I got out when I was 18.""",
  "AV PV AC", "saw", "D", "H")
T("""Police log: reports of men sleeping in a van at a car wash in Gorton. Officers attended, men are the owners' sons doing night security. No concerns.""")
T("""Voice message (translated, Slovak): 'Mum it's me, the man sold me to another man, now I am in Sheffield, they take all my money and they say I owe them for buying me. Don't call the police there, they will hurt you.'""",
  "WW DB IT", "ncw", "", "H")
T("""My English not good so my friend write this. I work in the chicken factory 2 years. They pay me every week into my own bank, I have a contract. Last week my supervisor swear at me and I cry. I want to change the line, not more.""")
T("""Search at 9 Hollins Rd: 23 bank cards in different names found in a kitchen drawer together with a notebook of PINs and a list of weekly 'rent' owed by each named person. Occupants (Romanian males) each had one bag of clothes. Occupants state cards 'kept by boss for safety'.""",
  "WW DB", "mbc ncw fpe", "L")
T("""I arrived with nothing, only a phone which they took. They said I will be a waitress. For one year I was in the same flat, men came, I never saw the sky. They give me pills to stay awake.""",
  "DE IS RM AC", "fpe iso rmv", "S", "H")
T("""Me and my mates went fruit picking in Australia on a working holiday, hard graft, early starts, but paid fine. Back in UK now. Just saying not every farm is bad lol""")
T("""He said to me: you are lucky I keep you, outside you would be in the street with no papers. I clean his three houses and his mother's house, I have no day off, I sleep in a box room with a mattress. He keeps my passport with his car keys.""",
  "AV EO RD AC", "lh dt saw", "D")

# ---- part 4: long accounts and one-liners ----
T("""My name is Daniela, I am 31 and I am from a small town near Iasi. I want to tell everything from the start.

In 2022 a woman from our church, Mrs Elena, said her nephew has a cleaning company in England and needs girls. She said £1,600 a month, a room, and they pay the bus. I only had to pay 400 euro for 'papers'. My mother borrowed it.

When we arrived in Northampton the nephew, Costel, took our ID cards 'to make the national insurance'. We were five women in one room in a house with also eight men. We cleaned offices at night and in the day we cleaned his friends' houses. I slept maybe four hours.

The first month he said the money goes for the bus, the room and the papers, so I owe still £700. The second month the same. When Ioana said she will go to the police he slapped her and said the English police will put her in prison because she has no contract. He also said he knows our families' addresses in Romania.

I left when a lady at one office gave me her phone. I do not have my ID card still.""",
  "DE RD DB WW PV IT EO AC", "uf dt oc lh foa", "L D")
T("""Statement of Mr R. Ahmed, restaurant manager, Bradford.

I have managed the restaurant for six years. We employ 14 staff, including three chefs from Bangladesh on skilled worker visas. Police asked whether any staff are held against their will. They are not. Each chef has a written contract for 45 hours, is paid monthly into his own account, and keeps his own passport and BRP. Two live in a flat we rent to them at £250 a month each, which is below market; the third lives with his wife.

Last December we had a dispute with one chef, Mr Hossain, about holiday pay. He felt he was owed eight days. We checked the records, he was right, and we paid him in January. He still works here.

I understand an anonymous report said our staff 'sleep in the kitchen'. This is untrue. On one occasion after a late function one of our waiters slept on the sofa in the office because the last bus had gone. I have provided CCTV and the rota to the officers.""")
T("""Interpreter's summary (Vietnamese) of interview with Minh, male, says he is 16, no documents.

He says his family in Nghe An borrowed $18,000 from a local man to send him to England where he was promised work in a nail shop. He travelled by plane to Russia, then by car and on foot through several countries. He says in France he stayed in a forest camp for two weeks and men with sticks guarded the camp.

He says he arrived in a lorry and was collected by a man called 'Chú Long' who drove him to a house. The upstairs rooms were full of cannabis plants. He says he was told he must look after the plants until the debt is cleared and that the debt now includes the cost of the house. He was given a rice cooker and a mattress in the bathroom area. He never went outside. Chú Long came every four or five days with food and took his phone away each time after a short call home.

He says Chú Long told him that if police come, he must run, because police will put him in prison for ten years, and that his parents' house will be taken by the lender if he fails. He was found by police when a neighbour reported a smell. He says he is frightened for his parents.""",
  "AV DE DB RM IS IT AC", "rmv iso saw foa", "C", "H")
T("""Handover (late turn to nights), Op BRAMBLE.

1. Warrant executed 14:10 at Unit 7, Hawthorn Industrial Estate. Hand car wash and valeting. 6 males present (4 Romanian, 1 Albanian, 1 British manager). Manager POPESCU arrested s1 MSA.
2. Rear of unit: converted shipping container with 6 bunks, one electric heater, no running water. Males confirm they live there and are charged £60 per week each, deducted from pay.
3. Three males state they receive £200 per week in cash; two state they receive 'pocket money' only, saying the rest goes to pay their 'travel debt' owed to POPESCU's brother in Craiova.
4. Passports: 4 found in the manager's office safe. Males say they asked for them and were told 'later'.
5. One male (Albanian) states he is happy, is paid properly and lives in his own flat in town with his girlfriend — no indicators for him; he has been released as a witness.
6. All Romanian males accepted NRM. Interpreters booked for 09:00.
7. Outstanding: ANPR check on VRM seen collecting males at 06:30 daily (per neighbour).""",
  "AC WW DB RD", "saw plc dt ced ncw", "L")
T("""Hello, I'm writing on the online form because I don't know who else to tell. I'm a nurse on a medical ward. Last week we had a woman in, she's Filipino, maybe 45, admitted with pneumonia. She came in with her employer's driver, who wouldn't leave, and the employer phoned the ward about six times a day asking when she will be 'back at work'.

When I was alone with her at night she cried and said she has worked for this family for eleven years, in Saudi first and now in London. She said she gets up at 5 and goes to bed after the family at about 1, every day, no days off, and she has never had a holiday. She said the madam keeps her passport and 'the bank book'. She said she sends money to her kids through the madam but her daughter told her only half arrives. She isn't allowed a phone, she borrowed a patient's to call home.

She was discharged yesterday before I could speak to the safeguarding nurse, the driver collected her. I have her name and the address on the system.""",
  "EO RD WW IS", "lh dt ncw iso et sfw", "D", "H")
T("""This is a letter to the tribunal (translated from Arabic).

I am from Sudan. I left Darfur in 2019 because of the war. I crossed Chad, Libya and the sea to Italy, and from France to England in a small boat in 2022. On the way I suffered. In Libya I worked in a farm for a man for eight months without pay and he said it was for the boat. That is finished and far away now.

In England, I have not been exploited. I live in Home Office accommodation in Wakefield. I volunteer at a food bank. I want the judge to know that I am not asking about trafficking in England, I am asking for protection because of my tribe and the war. My caseworker said the things in Libya could be told to the NRM and I said I will think.""",
  "WW DB", "", "", "M")
T("""Intelligence report — Grading 2/B/P.

Source reports that an Indian national known as 'Sethi' operates from a house on Belgrave Road, Leicester, supplying workers to two garment factories and a food wholesaler. Workers are recruited in Punjab with promises of warehouse jobs at £11 per hour and pay recruitment fees of up to £7,000, for which families mortgage land.

On arrival workers live in two houses controlled by 'Sethi' (approx. 12 per house). Pay goes into accounts which Sethi opened; he holds the cards and gives each worker £50 per week 'expenses'. Workers are taken to and from work in Sethi's minibus.

Source states one worker, who is over 60 and diabetic, asked to see a doctor and was told he must first repay his debt. Another was told his visa would be cancelled if he spoke to anyone from the factory's HR.

Source is not aware of any physical violence.""",
  "DE DB WW AC IT AV", "uf oc ncw et mbc", "L")
T("""I am the mother. My son Kyle is 15. He has ADHD and he was excluded last year. Since September he started disappearing for days. He'd come back with new trainers, a Moncler coat, and he'd sleep for two days. We found train tickets to Aberystwyth and Exeter.

In January he came home with a cut across his face and wouldn't let me take him to A&E. He told me he 'lost some food' and now he owes the lads £1,500 and they're going to 'take it out of him' if he doesn't do more shifts. On his phone there was a message: 'U think ur mum's door can stop us?'

The police have been round twice as a missing person. I'm asking for somebody to treat him as the victim. He is a child. He's in his room now but they text him all the time and I'm scared he'll go tonight.""",
  "AV DB PV IT", "pa", "C", "I")
T("""Nurse's note, sexual health clinic: Pt (female, 23, Romanian) attended for the fourth time in three months with an STI. Each time accompanied by the same male who pays in cash and insists on being present. Today male left to move the car and pt said quietly she works 'in flats' and that the man keeps all the money and her ID card, and that she has to see clients even when she's bleeding. She has a healing bruise on her jaw. She declined police but accepted the Salvation Army number. Safeguarding informed; duty to notify submitted as she is an adult who did not consent.""",
  "WW RD AC", "sfw ncw dt pa", "S")
T("""My name is Tomas. People ask me if I was a slave in England and I want to answer clearly: no.

I came from Lithuania in 2015 with my brother. We found work in a mushroom farm through an agency. The hours were long in the busy season, sometimes 60 hours, but it was paid overtime and they asked us, they didn't force. The accommodation was a caravan and we paid £45 a week, that was fair. We had our passports and our own bank accounts. When my brother wanted to go to a factory job in Corby, he just left.

The reason I contacted the police is different. A man from our town who also worked there, Rimas, told me he was being kept by his landlord in Peterborough and had to give the landlord all his pay. I don't know if it is true. I gave his phone number to the officer.""",
  "WW", "ncw", "", "M")
T("""Note for file — local authority children's services.

A (female, 14) was referred by her school after a teacher saw bruising on her wrists. A disclosed that she has been 'seeing' B, who is 22, for three months, that he takes her to his friends' flat, and that she has had sex with B's friends because B told her she owed him for the drink and the weed. She said B sometimes holds her wrists down. She said B shows her pictures of her that he says he'll send to her dad if she stops coming.

Mother is supportive and not aware until today. A is at home tonight with mother. Strategy meeting arranged; police CSE team informed. B is known to police.""",
  "AV PV DB IT", "pa", "S", "H")
T("""Hi, it's just the neighbour from 23. I wanted to update because I reported the family at number 21 last month for 'slavery' because a young woman was always doing their garden and cleaning windows. I've now spoken to her properly. She's the daughter-in-law, she's doing a university course, she goes to the gym every morning and she's got her own car. The family were upset. I was wrong and I'd like the report withdrawn please.""")
T("""Debrief by first responder (Medaille Trust).

K (Albanian female, 20) says she was recruited at 17 by a man she believed to be her boyfriend, who promised marriage in Italy. Instead he took her to a flat in Milan where she was forced to see clients. In 2023 he moved her to the UK in the back of a van. In London she was kept in a series of flats in Harrow and Wembley; she was only allowed out to buy food, accompanied by another woman who reported back to him.

He raped her when she tried to keep some money. He showed her a video of her younger sister walking to school in Tirana and said 'she's next if you go'. She escaped when police raided a flat for drugs in a separate matter.

K is now in safehouse accommodation. She is pregnant. She requests not to be contacted by police at the moment.""",
  "AV DE PV IT RM", "rmv et", "S", "H")
T("""Duty log, Northern Ireland (PSNI). Crew called to a fish processing plant after report of a worker injured. On arrival male (Ghanaian) had a laceration to the arm from a filleting machine. First aid given, ambulance called. Manager co-operative, accident book completed, HSENI informed. Worker spoken to with an interpreter: he has been employed for 3 years, has his own passport and rents a flat in Kilkeel with his cousin. No exploitation indicators identified.""")
T("""GLAA compliance inspection summary: Labour provider 'Eastway Staffing Ltd' supplies 140 workers to three food factories in the Wisbech area. Payroll checks showed all workers paid at least NMW into their own bank accounts. However, 17 workers were charged £15 for mandatory safety boots and a £100 'registration fee' at recruitment in Lithuania, both in breach of the licensing standards. Accommodation offered is optional and was found adequate. No workers reported threats, restriction or debt. Workers interviewed said they can and do change employer. Outcome: additional licensing conditions; refund of fees ordered.""",
  "", "ppe uf", "")
T("he took my passport and my phone and says i owe him 5 grand", "RD IS", "dt iso", "")
T("Locked in the flat above the shop again, he has the key. Please come.", "RM", "rmv", "", "I")
T("Agency cut my hours this week, I'm skint but I'm not trapped.", "", "", "")
T("My boss pays me every Friday, I keep my own documents, no issues.", "", "", "")
T("They bring us at 5am and pick us 11pm, seven days, boss say no day off", "EO", "ced lh", "L")
T("Girl in the chippy works all hours, can't be older than 14, sleeps in the back", "AV EO", "lh saw", "L", "H")
T("Man at the ATM on Cross St with a fistful of cards again, six lads waiting in the van.", "", "mbc", "")
T("Owner of a car wash fined by HMRC for unpaid tax. No workers at risk.", "", "", "")
T("Sister-in-law says I owe her for the wedding and must clean her house until it is paid.", "DB", "", "D")
T("Boy aged 13 found in trap house in Grimsby, owes dealer £300", "AV DB", "", "C", "I")

# ---- write and validate ----
if __name__ == "__main__":
    import collections
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh156.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            f.write(json.dumps({"id": "f156-%03d" % n, **r}, ensure_ascii=False) + "\n")
    # validate
    ids, c = set(), collections.Counter()
    for line in open(out, encoding="utf-8"):
        d = json.loads(line)
        assert d["id"] not in ids; ids.add(d["id"])
        assert set(d["indicators"]) <= set(IND.values())
        assert set(d["signs"]) <= set(SIG.values())
        assert set(d["exploitation"]) <= set(TYP.values())
        assert d["risk"] in ("immediate", "high", "medium", "low")
        assert len(set(d["indicators"])) == len(d["indicators"])
        assert len(set(d["signs"])) == len(d["signs"])
        for k in ("indicators", "signs", "exploitation"):
            for x in d[k]: c[x] += 1
        c["risk:" + d["risk"]] += 1
        if not d["exploitation"]: c["(no type)"] += 1
    print(len(ids), "texts")
    for k, v in sorted(c.items()): print(f"  {k:28s} {v}")
