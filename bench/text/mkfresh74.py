#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline (set fresh74, GM/Merseyside mix).
Each t(...) call holds one hand-written text and its labels. Short codes are
expanded below; risk follows the labelling rules (flag 'i' = immediate danger
now, flag 'c' = child victim at risk)."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace",
           fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport",
           ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

ROWS = []

def t(text, ind="", sig="", typ="", flags=""):
    inds = [IND[x] for x in ind.split()]
    sigs = [SIG[x] for x in sig.split()]
    typs = [TYP[x] for x in typ.split()]
    if "i" in flags:
        risk = "immediate"
    elif ("c" in flags or "physical_sexual_violence" in inds or "sexual" in typs
          or ("intimidation_threats" in inds and "restriction_of_movement" in inds)
          or len(inds) >= 3):
        risk = "high"
    elif inds or typs:
        risk = "medium"
    else:
        risk = "low"
    ROWS.append(dict(text=text, indicators=inds, signs=sigs, exploitation=typs, risk=risk))

# ---------------- part 1 ----------------
t("INT 2/B/P: Hand car wash on Cheetham Hill Rd M8. Approx 8 males, believed Romanian, seen working 0700-2100 daily. Workers reportedly sleep in portacabin at rear of site. Nom VASILE Ionut (DOB 12/03/1988) collects wages in cash from site manager each Friday. INT suggests workers receive £15 per day.",
  "EO AC WW", "lh saw plc ncw", "L")
t("Lost my passport on the tram in town yesterday, I am a student at Manchester Met, embassy appointment is Tuesday. Just need a crime ref for the form please.")
t("theres a nail bar on bolton market street the girls in there look about 15 they never go home they sleep upstairs a man in a black audi drops food off. they dont speak english and one had a black eye last week",
  "AV AC", "saw pa", "L", "c")
t("Salvation Army caseworker note. Client (Vietnamese male, 17 per self, age disputed by LA) describes being brought in a lorry via France. Told the 'uncle' who arranged it that family owed £18,000 and he would pay it off by 'gardening'. Was locked inside a house in Oldham tending plants; windows boarded, electricity bypassed. Food brought twice a week. Never left in 5 months. Says the uncle told him his parents would be hurt if he ran.",
  "AV DB RM IS AC IT DE", "rm iso plc", "C", "c")
t("Takeaway on Deansgate was busy tonight, staff seem happy, manager bought them pizza lol. Not sure why my mate says it's dodgy.")
t("VRM MX19 KLO seen 0530 collecting six females from address Rusholme, dropping at Trafford Park packhouse. Same VRM returns 2215. 3/C/P.",
  "", "cedl et", "L")
t("Debrief extract (interpreter: Slovak). She says that a man from her village, Marek, told her there was cleaning work in a hotel in Manchester paying £400 a week. When she came, he took her ID card 'to do the paperwork for NI number'. She was put in a house in Levenshulme with 11 others. She worked at a laundry. The wages went into a bank account he opened in her name but he kept the card. She says she got £30 on Sundays. She says that she could not leave because she did not know where she was and had no money.",
  "DE RD WW AC IS", "dt ncw oc iso", "L")
t("Worker injured by a dough mixer at food factory in Wigan. HSE informed. Agency confirms worker is on payroll, paid weekly by BACS, holiday pay accrued. RIDDOR submitted.")
t("my neighbour's house in everton has like 10 lads in it going in n out all hours, theres a car that picks them up at 5am n they come back after dark. they look knackered n skinny. landlord is some bloke who dont live there",
  "", "oc cedl pa", "")
t("Child Exploitation referral (school DSL, Oldham): Y10 pupil, 14, repeatedly missing from home overnight. Found in Blackpool with £400 cash and two phones. Older males in a grey Golf collect him from school gates. Mother reports he has said 'they'll hurt me if I stop'. Pupil has new trainers and a designer jacket.",
  "AV IT", "", "C", "c")
t("999 call 23:41. Female caller, whispering, states she is locked in bedroom of flat above shop on Wilmslow Road, man has her passport and took her phone, she used a hidden phone. States she is made to see men. Unit dispatched grade 1.",
  "RM RD IS", "rm dt iso", "S", "i")
t("GLAA inspection note: labour provider supplying pickers to a farm near Ormskirk. Workers interviewed individually without manager present. All hold own documents, payslips match hours, accommodation in static caravans inspected: adequate, 4 per unit. No indicators of forced labour. Minor breach: late provision of written terms to two workers. Advised.")
t("Nail bar Oldham St: POI NGUYEN Van Thanh (DOB 04/11/1979) speaks for all staff when visited by trading standards. Staff did not make eye contact. 2/B/P.",
  "", "sfw", "")
t("Debrief: I came from Eritrea through Libya and Italy. In Manchester a man from my country said he has a job in a car wash. I worked from 7 in morning until 9 at night, every day. No days off. He said I owe him for the lorry from Calais, £3,000, and he takes my money each week for it. After 6 months he said I still owe £2,500 because of rent and food. I slept in a room behind the car wash with five others on mattresses.",
  "EO DB WW AC", "lh saw oc", "L")
t("Report online: 'There is a man who comes to the Tesco on Oldham Rd and sits begging every day. He is dropped off by a van at 8 and picked up at 6. The van picks up others too. He has a crutch but walks fine when the van comes.'",
  "", "cedl et", "C")
t("INT 3/C/C: Rumour that workers at bakery on Stockport Rd are unpaid. Subsequent visit by OIC found workers paid via payroll, hold own ID, no concerns. Intelligence not substantiated. Condition: not to be disclosed to employer.")
t("Safeguarding adults referral (Wirral). Adult with learning disability, 42, living with 'friends' since her mother died. Friends collect her PIP and ESA. She does all cleaning, cooking and childcare for household of 7, sleeps on sofa. Neighbour says she is not allowed out alone and they speak for her at the door.",
  "AV RM AC", "ncw rm sfw plc", "D")
t("Press summary: A Liverpool man has been jailed for 8 years after forcing two homeless men to work on his driveway business for nothing. The court heard he picked them up outside Lime Street station with the promise of a room and a wage, then kept them in a garden shed in Huyton and paid them in cider and tobacco.",
  "AV DE WW AC", "plc", "L")
t("Hello I want to report my landlord, he didnt return my deposit of £800 and keeps coming in without notice. I live in Fallowfield.")
t("Officer handover: Attended address Deane Rd Bolton re welfare check on Slovak family, 2 adults 3 kids. House overcrowded with relatives (9 people 3 bed) but all family, adults both work at a meat plant via agency, own bank cards, kids at school. No exploitation concerns. Referral to housing re overcrowding.",
  "", "oc", "")
t("Bank alert: Account holder's account (Romanian national, arrived 4 months ago) received wages from two agencies. Within an hour of each credit, funds withdrawn at ATM in Cheetham Hill using a card; same ATM used for 14 other accounts within 20 minutes on same nights. Mobile number on account shared with 9 other customers. CCTV shows the same male making all the withdrawals.",
  "WW", "mbc ncw", "L")
t("I am calling about my son, 16, he has gone missing again, third time this month. He comes back with money he can't explain. Last time he had a train ticket to Aberystwyth. He said some lads in Kirkby told him he owes them for a bag of weed that got taken off him, £1,200, and he has to 'work it off'.",
  "AV DB", "", "C", "c")
t("A&E note 02:10: Female, approx 20s, Albanian, attended with male who insisted on interpreting. Injuries: bruising to upper arms consistent with grip, bite mark on shoulder. Pt appeared frightened, avoided eye contact. Male refused to leave room. Pt discharged with him before safeguarding could speak to her alone.",
  "PV", "pa sfw", "", "")
t("Border Force note, Manchester Airport T2: Three Filipino females arriving on visit visas stated they were coming to work as domestic helpers for a family in Bowdon. Sponsor met them; sponsor held all three passports on arrival hall exit. Women said they 'owe agency fees of $3,000 each' which will come out of their wages. Allowed entry; referral to NCA.",
  "RD DB", "dt uf", "D")
t("Migrant Help note: client (Sudanese M, 24) says he was offered job in a chicken factory by a man at the mosque. Paid him £500 'agency fee' up front. Job never existed. Man disappeared. Client has no other issues, has own accommodation via asylum support.",
  "DE", "uf", "")
t("Public report: hand car wash on St Helens Rd Bolton. Lads live in a caravan at the back. One told me in broken english the boss has their passports 'in the safe for safekeeping' and they cant get them back. They work every day",
  "RD AC EO", "dt saw plc lh", "L")
t("Probation note: Service user (British M, 19) states that while in custody he was told by a cellmate's associates that he owes £600 for a phone he used, and on release he has been told to 'run a line' to Barrow to pay it back. Says he has been told his little sister 'knows where she walks to school'.",
  "DB IT", "", "C")
t("Call summary: Anonymous caller reports a girl around 13 being picked up from a children's home in Rochdale most nights by different men in taxis, coming back drunk at 4am. Staff have reported her missing 11 times.",
  "AV", "cedl", "S", "c")
t("INT 2/B/P: CUCKOOING. Address Kensington, L7. Occupant (vulnerable adult, heroin user, known to ASC) has had his flat taken over by two males from Merseyside OCG using it to deal crack and heroin. Occupant given 'a bag a day' in return. Males have told him they will burn the flat if he calls police.",
  "AV IT", "", "C")
t("Helpline summary: Caller is a Polish man working on construction sites in Salford through a 'friend'. He was told £12 per hour but the friend pays him £50 cash on Saturdays and says the rest covers rent, transport and the van. He shares a room with 4 others in a house in Pendleton owned by the friend. He has his passport. He wants advice on how to get his wages.",
  "DE WW AC", "ct oc ncw", "L")
t("School referral: Y8 girl (12) disclosed to TA that her 'boyfriend' (22) gives her vodka and cigarettes and took her to a flat in Hulme where his friends were. She said 'I had to do stuff with them or he would post the pictures'. Referral to MASH and police.",
  "AV PV IT", "", "S", "c")
t("INT 1/A/P: Officers executing warrant at Tweedale St Rochdale located 3 Vietnamese males inside a converted cannabis farm, 900 plants. Door padlocked from outside, mattresses on floor of loft. Males had no phones or documents. One male had burns on hands. All three taken to place of safety, NRM referrals made.",
  "RM AC IS", "rm plc saw iso pa fpe", "C")
t("Council environmental health: food hygiene inspection at Chinese takeaway, Wigan Lane. Rodent droppings in store room. Noted 2 camp beds in store room; manager says staff 'sometimes nap'. Staff interviewed: they live in flat above, rent own room, paid monthly. Improvement notice for hygiene.",
  "", "", "")
t("Debrief (Nigerian F, 26): 'I was told I was coming to be a nanny for a pastor's family in London. A madam in Lagos made me swear an oath at a shrine. When I arrived they brought me to Liverpool to a flat and said I owe 35,000 euros and must work with men. If I did not pay, the juju would kill my mother. Men came every night. I never saw any money.'",
  "DE DB IT WW", "", "S")
t("Stop check A580, VRM ND67 XTU: driver BALINT Gheorghe with 6 males in a 7-seat vehicle, all Romanian, stated travelling to a construction site in Warrington. Driver had a carrier bag with 8 passports and 11 bank cards. Males said he 'looks after' the documents. Intel submitted.",
  "RD", "dt mbc et", "L")
t("Report via Crimestoppers: 'The Indian restaurant on the A6 in Chorley has a young lad working there who sleeps on the kitchen floor. Hes always there, morning and night. The owner took him from India last year. Hes only young, maybe 16.'",
  "AV EO AC", "saw lh", "L", "c")
t("A&E note: 38F, Polish, attended after fall at work (warehouse via agency). Fractured wrist. Accompanied by colleague. Pt speaks good English, says she is well treated, has her own flat in Bolton. Fit note issued.")
t("Officer handover: I attended the nail bar on Stamford New Rd re report of under-age workers. Two female staff, both over 18 (passports sighted, held by themselves). Owner is their aunt. They live at her house, paid weekly to own accounts (statements shown). Not satisfied any exploitation. NFA.")
t("Renal unit clinic letter: Mr K, 51, Pakistani heritage, reviewed 6 months post living-donor kidney transplant at MRI. Donor was his brother, fully assessed via HTA independent assessor. Graft function good. Continue tacrolimus.")
t("INT 2/B/C: Source reports Pakistani male in Oldham (nom AKHTAR) arranging for men from Punjab to travel to Lahore clinic to sell kidneys for £2,000, told it is 'a simple op'. Two returned to Glodwick unwell and were not paid the full amount. Condition: source protection, do not disclose to subject.",
  "DE WW", "", "O")
t("Debrief (interpreter, Romanian): he says that when his leg was broken at the building site in Salford the gangmaster, Costel, drove him to a house and left him there for three days with no doctor, then told him if he goes to hospital he will be sent back to Romania and lose everything. He says Costel took £10 a day for the van to the site, and the £70 a week for the bed was added to what he owes Costel even when he could not work, so now he owes more than when he came.",
  "IT AC DB", "foa ct", "L")
t("Public report: i work near the car wash on Edge Lane. theres a boy who cant be more than 14 washing cars on school days. the man in charge slaps him round the head if hes slow.",
  "AV PV", "", "L", "c")
t("INT 3/D/P: Unverified report that a massage parlour in Eccles is 'run by the Albanians'. No further detail. Low grade.")
t("Call summary: female (Chinese, 40s) walked into Bolton police station front counter, very distressed, limited English. Via Language Line: she was brought from Fujian to work in a restaurant but has been kept in a flat in Bolton and taken to different men's houses for 'massage'. The man who brought her holds her passport and she owes him 'much money'. She ran away this morning while he was asleep. Now at the station; NRM referral in progress.",
  "DE RM RD DB AV", "rm dt", "S")
t("Hi, I run a car wash in Wigan and we got a visit from GLAA today, they checked everything, all fine. Want to know how to get the 'responsible business' sticker. Cheers, Dave.")
t("Midwife booking note: 19F, Romanian, 12/40. Partner (30s) attended and answered all questions, held her ID card and NHS letters. Pt says she works 'in the evenings, in flats' but partner interrupted. Pt appeared underweight. Unable to see alone. Safeguarding alert raised.",
  "RD", "sfw dt pa", "S")
t("Witness statement extract: I am the manager of a Costa on Church St. For about 3 months a young Romanian woman has sat outside begging from 8am. At 5pm exactly a man in a white van takes her cup off her and counts the money in the van before she gets in. She has never kept any of it as far as I could see. Once she had a bruise on her cheek.",
  "WW", "cedl et pa ncw", "C")
t("INT 2/B/P: County line 'MIKEY' line operating Liverpool → Shrewsbury. Runners aged 15-17 from Croxteth and Norris Green sent out for a week at a time, sleeping in trap houses. One runner (15) stabbed in leg in Shrewsbury 10/02 after 'losing' a package; told he owes £2,000 for it.",
  "AV PV DB AC", "", "C", "c")
t("NGO caseworker note (Medaille Trust): S is a 23-year-old Albanian woman. Her boyfriend, who she met online, promised a new life in the UK. On arrival in Manchester he took her passport and phone, moved her between flats and advertised her on AdultWork. He hit her when she refused clients. He kept every penny. She escaped when a client called the police.",
  "DE RD IS PV WW", "dt iso", "S")
t("Debrief extract: 'I am from Sudan. At the farm in Lincolnshire I earned £8 per hour. Then my friend said better money in Liverpool. The job was fine, I left because the work finished. I came to report because my friend there was hit by the supervisor.' Details of friend passed to OIC for follow up.",
  "PV", "", "L")
t("INT 2/A/P: Nail bar, Market St Wigan. 3 Vietnamese females aged approx 17-20 work 0900-2000 seven days, sleep on camp beds in back room. Manager NGUYEN Thi Hoa drives them from shop to shop and holds their ID 'because they are young'. Females told they owe £25,000 each for their journey.",
  "AV EO AC RD DB", "lh saw dt et", "L", "c")
t("I work nights on reception at a hotel in Liverpool centre. Same guy has brought a different young woman to the same room 3 nights running, pays cash. The women look terrified and one asked me what city she was in. Please look into it",
  "IS", "iso", "S")
t("Welfare check re Roma family, Gorton: grandmother, parents and 5 children in a 2 bed house. Father works at a car wash, mother at a packhouse via agency, both paid into own accounts. Children in school. Landlord repairs issues raised. No exploitation indicators.",
  "", "oc", "")
t("Bank financial crime alert: 22 current accounts opened in past 3 months, all by Eastern European nationals, all giving the same Salford address and the same email prefix. Pay from two labour agencies credited; all cards used at one ATM on Langworthy Rd within minutes of each other each Friday. Suspected control of workers' wages.",
  "WW", "mbc ncw", "L")
t("POI BALOG Tibor — suspected of recruiting Slovak men from Gorton to work on a roofing gang; workers said to be paid nothing for first two months 'to pay for the van and tools'. 3/C/P.",
  "DB WW", "", "L")
t("Call summary 999: Male caller, says he has escaped from a farm near Southport where he was kept in a container with 6 other men. Says the 'boss' has a dog and a knife and threatened to kill anyone who runs. Others still there now. Caller at petrol station on A565.",
  "IT RM AC", "rm plc", "L", "i")
t("Sightline test? no this is real. my sister went to work as a carer in a care home in Crosby on a sponsor visa, the company charged her £9,000 for the certificate of sponsorship and promised full time 40 hours, now they only give her 20 hours a week and say if she complains they report her to home office and she will be deported",
  "IT DE", "uf foa", "L")
t("Officer handover: Female IP (Thai, 30s) at address in Fazakerley; clear signs of sex work (adverts on Vivastreet linked to phone). She states she works for herself, rents the flat, keeps her money, has her passport, and travels home twice a year. No third party identified. Safeguarding advice given, no further action.")
t("INT 2/B/P: Textile sweatshop above shop on Bury New Rd, M8. Approx 20 machinists, mostly Indian and Bangladeshi women. Doors locked during working hours 'to stop theft'; fire exit blocked by rolls of fabric. Workers paid piece rate equating to approx £2.50/hr; supervisor keeps back 'deposit' of first month's pay.",
  "RM AC WW", "rm", "L")
t("Taxi driver report to Merseyside Police: regularly picks up teenage girls from a children's home in Birkenhead and takes them to a house in Bootle at 1am paid for by a man who never gets in the car. Girls look about 14.",
  "AV", "", "S", "c")
t("hi my housemate is from nigeria and her boss at the care agency hasnt paid her for a month of work. she still goes in, has her own passport and room and the other months were paid fine. is this a police thing or not?? she's going to try ACAS")
t("I was brought to Manchester by my uncle when I was 11 to 'go to school'. I never went to school. I cooked and cleaned for his family and looked after the baby. I slept on the kitchen floor. If I did something wrong my aunt burned me with the iron. I am now 19.",
  "AV DE PV AC", "saw", "D", "c")
t("INT 3/C/P: Subject VARGA Jozef seen at ATM on Stretford Rd withdrawing with 7 different cards.",
  "", "mbc", "")
t("Licensing inspection: new nail bar, Stockport. Workers: 4, all with right-to-work checks on file, own contracts, paid via PAYE. Premises clean, extraction adequate. Licence granted.")
t("Anonymous online report: the chip shop on Liverpool Rd the lad behind the counter told me he works 16 hours a day and is not allowed to leave the shop, the owner locks him in at night. he looked thin and had no coat in winter",
  "EO RM AC", "lh rm saw pa", "L")
t("Pt note (sexual health clinic): 24F, Hungarian, attends with 'friend' (female, 40s) who pays. Pt reports 'many partners' for work, cannot say where she lives, phone held by friend. Bruising to thighs. Refused to speak alone.",
  "IS", "iso pa sfw", "S")
t("Caseworker note: Mr T (Vietnamese, 31) came to UK on small boat. Paid $15,000 up front in Vietnam via family loan. Works in a nail bar in Liverpool, paid £300/week to own account, lives in shared flat he chose. Worried about the family debt in Vietnam but no-one in UK is controlling him. No NRM indicated.",
  "", "uf", "")
t("Youth worker referral (Knowsley): Boy, 13, says older lads give him 'tick' on weed and now he has to 'do drops' on his bike after school. They took his phone and gave him a burner so he 'only talks to them'. He's scared because they showed him a video of a lad getting battered for a short bag.",
  "AV DB IS IT", "iso", "C", "c")
t("POI description from victim: 'Boss' known as TONY, Romanian, 40s, gold teeth, tattoo of eagle on neck, drives a silver BMW X5. No indicators described in this entry; for linking only.")
t("999: neighbours hear a woman screaming 'help me they won't let me out' from first floor of house on Cromwell Rd, Eccles. Door to flat reportedly has external bolt. Officers en route.",
  "RM", "rm", "", "i")
t("Debrief (Eritrean M, 19): At the car wash I worked 10 hours every day. The owner is good man, he paid me £70 each day cash, I rent my own room. I only come here today because my asylum case was refused and I need help with solicitor.")
t("Safeguarding referral (Salford ASC): Mr J, 58, alcohol dependent, has been 'taken in' by a family who use him to work on their block paving jobs. They hold his bank card and give him £10 a day for drink. He sleeps in their garage. He was seen with a black eye and says he 'fell'.",
  "AV WW AC", "ncw plc pa", "L")
t("INT 2/C/P: Vietnamese female, 16, found in nail bar in St Helens during visit. Said her 'aunty' takes her to work and back every day, she does not know the address where she sleeps. Went missing from LA care 3 days after placement; believed recovered by traffickers.",
  "AV IS", "iso et", "L", "c")
t("A lady knocked on my door in Toxteth asking for food and for me to call her sister in Poland. She said her boyfriend makes her go to a house where men come and that she has not been paid. She went back before police came.",
  "WW", "", "S")
t("Stop search, Oldham: two males, 17 and 18, found with 20 wraps of crack, £360 and a deal phone. Both local, both live at home. Arrested PWITS. No indicators of exploitation disclosed in interview; both state they sell for themselves.")
t("Press: Bolton businessman ordered to pay £40,000 to four Indian chefs after tribunal found he underpaid them and failed to pay holiday. The men had their own accommodation and no concerns of forced labour were raised.")
t("Caller (Slovak, via interpreter) says he and his wife were recruited in Michalovce by a man who promised packing work in Manchester for £9/hr. Now the man tells them the job finished and they must pay back £1,500 for flights and deposit by working at his cousin's car wash for nothing. He has their ID cards.",
  "DE DB WW RD", "dt", "L")
t("INT 2/B/P: Pop-up brothel at Airbnb apartment, Liverpool ONE area. Ads on escort site show 3 'new' Romanian women. Male driver seen delivering and collecting women, holding their phones. Booking made in name of third party.",
  "IS", "et iso", "S")
t("Report: There is a man living in the shed in the garden of the house next to mine in Leigh. He works for the owners on their gardening business every day. He gets no money just food. I asked him and he said he has nowhere else. He is English, maybe 50s, seems a bit slow.",
  "AV WW AC EO", "plc lh", "L")
t("INT 1/B/P: Female (Romanian, 19) encountered during warrant at Salford flat states she was promised waitress work by a woman on Facebook. On arrival in UK her passport taken 'for the landlord' and she was told she had a debt of £4,000 for flights and rent which she must pay by 'seeing clients'. Male (NOM POPA) sets her prices and takes all cash. She has been to no other place than the flat in 6 weeks.",
  "DE RD DB WW RM", "dt ncw rm", "S")

# ---------------- part 2 ----------------
t("Kalayaan referral: Ms R (Filipina, 44) came to UK with a Gulf diplomatic family on an overseas domestic worker visa; they now live in Knightsbridge but summer in a house near Alderley Edge. She worked 6am to midnight, had no day off in 2 years, and her salary ($200/month) was 'sent to her family', which her family say never arrived. Her passport is with the employer. She was not allowed to go outside unless with the children.",
  "EO WW RD RM", "lh dt rm ncw", "D")
t("au pair here from Spain, my host family in Didsbury are lovely, i have my own room and i get £100 a week plus language classes. just asking whether i need to pay tax lol")
t("INT 2/B/P: Eastern European males begging at traffic lights on Queens Drive, Liverpool. Dropped off 0700 by a blue Transit, collected 1900. Source states money handed over in the van and males receive nothing; they live in one house in Anfield, 14 adults.",
  "WW", "cedl et oc ncw", "C")
t("Debrief extract (via interpreter, Vietnamese): she says that she was told she would work in a nail shop and earn enough to send money home. She did work in the nail shop, in Warrington, from 9 to 8. Every evening the 'boss lady' took her tips and wages and said it was for her debt, which was £20,000 but never got smaller. She says that she was not allowed to have a phone.",
  "DB WW IS EO", "iso lh ncw", "L")
t("Store manager Lidl Old Swan here - same 4 girls, Roma I think, 15 or 16 at most, came in again nicking razor blades and baby milk. a man waits in a car outside and takes the bags off them. they were in bootle last week too",
  "AV", "", "C", "c")
t("Safeguarding referral (GP, Rochdale): 17F, married in Pakistan aged 16, now in Rochdale with in-laws. Says she does all housework for 9 people, is not allowed to leave the house, her passport is kept by her mother-in-law and her husband hits her when food is late.",
  "AV RM RD PV", "rm dt", "D", "c")
t("Update to log 1187: the two Polish males reported as 'kept' at the builder's yard in Leigh were spoken to by PC 4471 with an interpreter. Both state they rent a caravan on the yard by choice, pay £50/wk, have own phones and passports, are paid £110 a day into own accounts, and come and go as they please. No offences. Closed.")
t("A&E: 19M, British, Knowsley, attended with knife wound to buttock, stated 'gang thing'. Pt had 2 phones and £800 cash, told staff he was 'working' in Barrow and had to get back or 'they'll do me worse'. Pt self-discharged.",
  "PV IT", "pa", "C")
t("report: the massage place on lark lane the ladies live there, theres mattresses in the back and they never leave, a man comes in the morning with shopping. one lady told me in bad english she cannot go out, the man keep her papers",
  "RM RD", "saw rm dt", "S")
t("Interpreter note: 'He says the man, Sorin, told him he will be paid at the end of the harvest. It is now the end. No money. Sorin says there will be money after the next farm. He says he has worked 4 months for nothing.'",
  "WW DE", "", "L")
t("Hello, I am concerned about a family friend, a 26 year old from Kerala who came to work as a senior carer in a care home in Bolton. She paid an agent £12,000 in India. She works 70 hours a week but the home only pays her for 40 and the manager says if she leaves her visa will be cancelled and she will owe the £12,000 back to them.",
  "EO WW IT DB", "lh uf", "L")
t("OIC note: Interview with manager at hand car wash, Wigan Rd, Bolton. Workers (Kurdish, Iraqi) paid £60/day cash, 10-hr days, 6 days a week. They live in shared houses they rent themselves, own phones and passports. Low pay but no evidence of control. GLAA and HMRC informed re NMW.",
  "", "", "")
t("POI SINGH Harjit: recruits Indian students on Graduate visas to work for his security company at events; takes their SIA licence cards and keeps them, pays them 'when the client pays', which has not happened for 3 months. 2/C/P.",
  "RD WW", "dt", "L")
t("Liverpool John Lennon Airport, Border Force: 17-year-old Albanian female travelling with older male claiming to be her uncle; different surnames. She had no idea of the address she was going to. Male carried her passport and return ticket. Both held; male arrested s2 MSA.",
  "AV IS RD", "iso dt", "", "c")
t("Daughter called 999 saying her father has locked her in her room in Longsight since this morning because she refuses to marry a man in Bangladesh next week. Passport taken. Officers attending.",
  "RM RD", "rm dt", "", "i")
t("Debrief (British male, 36, Wigan): 'I was sleeping rough outside the Galleries. Lads in a van offered me work and a roof. They took me to a site in Cheshire, gave me a caravan with no heating or water. I tarmacked drives all day, 7am till it got dark. They said they'd pay me at Christmas. They never did. When I asked for money Paddy punched me and said I'd end up in a ditch.'",
  "AV DE AC EO WW PV IT", "plc lh", "L")
t("Dear police, my ex wife is saying I trafficked her because I didn't let her have the car. I never took her passport she has it. She goes out when she wants, works at Asda. We are divorcing. Please advise.")
t("INT 3/C/P: Chinese restaurant, Wavertree. Source states a chef, 'A-Ming', works every day 10am–1am, sleeps in the restaurant basement, owner keeps his passport in the till drawer. Chef has said he owes the owner's brother £30,000 for 'the journey'.",
  "EO AC RD DB", "lh saw dt", "L")
t("School nurse referral (Oldham): Slovak girl, 13, frequently absent, says she helps her parents 'with the cleaning job' at a hotel in evenings until 11pm. Parents confirm. Family poor but not controlled by anyone else; referral to EWO and early help.",
  "", "", "")
t("INT 2/B/P: Cuckooed address Clayton, M11. Occupant (F, 52, learning disability) states two males from Liverpool 'moved in' three weeks ago. They use her kitchen to cut drugs, took her bank card and phone, and do not let her leave the flat alone. She is scared of them.",
  "AV IS RM", "iso rm ncw", "C")
t("Anonymous: theres a fishing boat in Fleetwood where the filipino crew havent been allowed off in months and they work like 20 hours a day, the skipper keeps their seamans books",
  "RM EO RD", "rm lh dt", "L")
t("Call summary: caller from Hong Kong BN(O) community centre in Manchester reports scam: people promised jobs in exchange for 'visa fee' £2,000 sent to a WhatsApp number. Several victims, no jobs. Fraud referral to Action Fraud.",
  "DE", "uf", "")
t("Long-running investigation summary (Op TEAL): Between 2023 and 2025 the group recruited Slovak Roma men from villages around Košice, promising factory work in Manchester at £10 per hour. On arrival in Gorton the men were housed in three properties controlled by the principal, ROSTAS Milan, with 10–14 men per house. Bank accounts were opened in each man's name at branches in the city centre, but ROSTAS kept all cards and PINs. Workers were supplied via two agencies to food factories in Trafford Park and Ashton-under-Lyne on 12-hour shifts. They received £20–£40 per week. Men who complained were beaten by ROSTAS's nephews and told their families in Slovakia would be 'visited'. Several men had no money to travel and did not know where they lived. Two brothers escaped in March 2025 and contacted the Slovak embassy.",
  "DE AC WW EO PV IT IS", "oc mbc ncw lh iso", "L")
t("Benefit fraud team: Universal Credit claims for 9 Romanian adults at one Oldham address made from the same IP address. All payments withdrawn by the landlord, who holds their cards; claimants say they never see the money and work for him at his car wash without pay.",
  "WW", "ncw mbc", "L C")
t("Debrief (Indian male, 28): 'The agent said the hotel in Liverpool will give me £2,200 a month as chef and a room. When I came, the job was kitchen porter at a takeaway in Bolton, £200 a month, sleeping in storeroom with 3 others. The owner says my visa is tied to him and if I go the Home Office will catch me.'",
  "DE WW AC IT AV", "saw oc foa", "L")
t("NRM referral summary (Barnardo's): A, 15, female, White British, Salford. Groomed by a group of men aged 20-35 who gave her alcohol and drugs, then told her she owed them £500 and had to 'pay it back' by having sex with their friends. Has been raped on multiple occasions at flats in Cheetham Hill. Men threatened to send videos to her family.",
  "AV DB PV IT", "", "S", "c")
t("INT 2/B/P: Pakistani restaurant in Rusholme, staff room above kitchen used as dormitory for 6 kitchen staff (Pakistani nationals on expired visas). Owner pays them 'when the business is good' and reminds them they are illegal and cannot go to police.",
  "AV WW AC IT", "saw oc foa", "L")
t("Officer note: Called to car wash on Oldham Rd re fight between two workers over a girlfriend. Both workers arrested for affray. Workers hold own documents, paid via payroll. No exploitation.")
t("my girlfriend went to work at a hotel in Blackpool through a facebook job and now they say she cant leave till she pays back £600 for the coach and uniform, she works 14 hours a day and they took her phone so she messages me off other girls phone. she's 18",
  "DB EO IS RM", "lh iso ct ppe rm", "L")
t("Border Force, Manchester Airport: UK-based couple returning from Islamabad with a 10-year-old girl described as a 'relative' who will 'help in the house'. Girl has no school place arranged. Referral to children's services and police.",
  "AV", "", "D", "c")
t("POI MUNTEANU (ROM) known to collect Romanian women from Manchester Piccadilly station on arrival and take them to addresses in Cheetham Hill. INT suggests women told they will work in packing; instead advertised on sex sites.",
  "DE", "", "S")
t("Hospital renal coordinator: Patient (Indian national, 46) on dialysis asked staff whether he can 'bring a donor from India' that his cousin has 'arranged and paid'. Staff explained UK law; patient accepted and remains on the waiting list. No transplant planned outside UK rules.")
t("INT 2/B/C: Source states a Liverpool-based Nigerian male is recruiting young men from Lagos with promise of university places; once here they are taken to a clinic abroad for 'health checks' and a kidney is removed. One victim now in Toxteth with serious complications and no money. Condition: do not disclose source's relationship to subject.",
  "DE AV", "pa", "O")
t("Salvation Army: Client (Polish M, 55) recruited from soup kitchen in Gdańsk, brought to Warrington to work at a recycling plant, told his wages go 'to the boss' to cover food and bed. Client has alcohol dependency and was given vodka daily instead of pay. Bed in a room with 7 others. Left when the boss was arrested.",
  "AV WW AC", "oc ncw", "L")
t("Rant: THESE NAIL BARS ARE ALL FRONTS!!! every one on the high st in Bury full of girls who cant speak english!!! police do NOTHING")
t("Social worker note: Mr and Mrs O (Nigerian) employ a live-in nanny (Nigerian, 30) in Sale. Home visit: nanny has own room with lock, own passport, contract, £1,400/month into own account, days off each weekend, attends church on her own. No concerns.")
t("INT 2/A/P: 4 Vietnamese males (approx 16-19) arrested at cannabis factory, Bolton BL1. Bedroom had padlock on outside. Males say they were told their families in Nghe An would be killed if they left. Two had no shoes.",
  "AV RM IT AC", "rm plc fpe", "C", "c")
t("just saw a man WHACK a young girl in a car outside tesco express smithdown rd and shove her in the back seat, she was crying, didnt get the reg sorry. no idea if they know each other",
  "PV", "", "")
t("Debrief extract: 'I am 22 from Albania. My friend said there is work in a car wash in Liverpool, £50 a day. I came in a lorry. For 3 months I worked at the car wash. The boss paid me every Saturday, sometimes £300, sometimes less. I lived with 4 Albanian boys in a flat that I paid for. I left because I found better work. I am here because my asylum claim.'")
t("INT 2/B/P: Chinese female, 30s, in Chorlton flat advertised on 'Oriental massage' site. Flat door has no internal handle. A male visits daily with food. 'Maid' answers door and handles all cash. Female has been in flat for at least 3 weeks without leaving.",
  "RM", "rm sfw", "S", "i")
t("Safeguarding referral (college, Liverpool): Student, 17, Eritrean, unaccompanied asylum seeker. Tutor noticed he falls asleep in class, says he works nights at a car wash 'for a friend', has been told he owes £2,000 for his journey and must work until it's paid. Has bruises on arm.",
  "AV DB EO", "lh pa", "L", "c")
t("Call from Merseyside Fire: during fire safety inspection of HMO in Anfield found 16 men sleeping in 5 rooms, no smoke alarms, locks on outside of bedroom doors. Men say they work for the landlord at a recycling yard and are driven there each morning.",
  "AC RM", "oc rm et plc", "L")
t("INT 3/C/P: Female reported to be working in a Bolton takeaway at night and being driven to 'private parties' in Blackburn by the owner's son after closing. Not further corroborated.",
  "", "et", "")
t("Probation officer: P, 20, on licence in Wigan, reports that his supervisor at a car wash (where he works 40 hrs, paid properly) has asked him to hold a bag for a 'mate'. P refused. No threat was made. P is worried. Logged for intelligence.")
t("ive been hearin a baby crying and a woman crying in the flat below me in Kirkdale for weeks, i think she's a maid for the family, she sleeps in the hall on a mat and i seen the man slap her in the stairwell. they dont let her out",
  "PV RM AC", "rm plc", "D")

# ---------------- part 3 ----------------
t("INT 2/B/P: Sham marriages. POI KOVAC Peter (SVK) arranging marriages between Slovak Roma women from Gorton and Pakistani men needing visas. Women paid 'nothing until after the wedding', then kept in a flat in Longsight; one woman (19) says she was locked in and raped by the groom.",
  "RM PV", "rm", "")
t("Call summary: Nurse from a care home in Southport rang on behalf of a Zimbabwean care worker who says the sponsor takes £400 a month from her wages for 'visa costs' and keeps her BRP card. She works 13-hour shifts and was told she will be reported if she joins a union.",
  "DB RD EO IT", "dt lh", "L")
t("My name is Ana. I came from Brazil with a tourist visa for cleaning job. The lady in Hale gave me room in the loft. I clean her house and her sister's house 7am to 10pm, 7 days. She said she pays my mother. She has my passport in her bedroom drawer. I cannot speak English so I never go anywhere.",
  "EO WW RD IS AV", "lh dt iso ncw", "D")
t("INT 3/C/P: Unknown Romanian female seen outside Aldi Hindley begging with a baby. Same female reported outside Morrisons Leigh. No other information.")
t("Safeguarding referral (LA, Wirral): 16-year-old boy found in a flat in Birkenhead with 3 adult males from Manchester, 40 wraps, and £1,300. Boy reported missing from Moss Side 9 days ago. Says 'they bought me a train ticket' and 'I can't go home till the stash is gone'. Boy has burns on forearm he refused to explain.",
  "AV RM", "pa rm", "C", "c")
t("GLAA inspection note (packhouse, Tarleton): Labour user's supplier unlicensed. 40 workers. Workers interviewed: paid correct rates, own bank accounts, travel by own car-share. Licensing offence by supplier only; no worker exploitation found.")
t("Witness: 'I manage a mobile phone shop in Wigan. A Chinese man came in with 3 young women and bought SIM cards for them using his own ID. He answered every question for them and they just looked at the floor. He paid cash.'",
  "", "sfw", "")
t("Debrief extract: 'The man from Peshawar said I will be a driver. In Oldham I was put in a takeaway, wash dishes, clean, make food, 14 hours. I sleep on the floor by the freezers. He gives me £50 a month and says the rest is for my visa which he says is being done. It is two years. He says if I go to police they will send me to Pakistan in handcuffs.'",
  "DE EO WW AC IT AV", "lh saw foa", "L")
t("Hi, I think my flatmate might be a victim of trafficking, she is from Vietnam and works at a nail bar, 10am to 6pm five days, and she has her own bank card and goes out with us at weekends. She says her boss is kind. Should I worry?")
t("Officer handover: Welfare visit to 3 Vietnamese teenagers (16, 17, 17) placed in supported accommodation in Bolton after cannabis farm raid. Two went missing overnight; a black Lexus seen collecting them at 2am. High risk of re-trafficking. Missing persons and NRM updated.",
  "AV", "", "C", "i")
t("Anonymous call: 'The bloke at number 12 in Huyton has been making his wife's brother from Romania work on his roofs. He's not been paid for 8 month, he's living in the loft and the bloke took his ID card. Poor lad only speaks Romanian.'",
  "WW RD AC AV", "dt plc", "L")
t("INT 2/C/P: Albanian males working as drivers for a cannabis delivery service in Liverpool ('dial-a-dealer'), said to owe OCG £15,000 each for their passage to UK and threatened that their sisters in Albania would be 'put to work' if they stopped.",
  "DB IT", "", "C")
t("Referral from Refugee Council: Ms D (Sudanese, 27) had helped with cleaning for a family in Manchester who gave her a room when she was homeless while she waited for her asylum decision. She had her own key and phone and says she was treated 'like a daughter' and could leave at any time. Now moved to NASS accommodation. Assessed: no NRM.",
  "", "", "")
t("POI 'DOCTOR' — male in Bolton said to be arranging for people in debt to 'sell a kidney' in Turkey for £5,000 with travel included. Source says two men from Bradford went last year. 3/C/C (do not disseminate to health partners without SIO approval).",
  "AV", "", "O")
t("Press summary: The director of a Manchester construction firm was convicted of failing to pay the national minimum wage to 12 labourers. All workers had their own accommodation, documents and bank accounts. The judge said it was 'a case of greed, not slavery'.")
t("Neighbour report, online: 'In the house next to mine in Rochdale theres an older Asian lady who never leaves, she does all the washing, cooking for like 12 people, I hear them shouting at her in another language every night. She had a bruised arm last week when she put the bins out. She looks terrified.'",
  "AC", "pa", "D")
t("Pt note, GUM clinic Liverpool: 16F, attends with chlamydia, says she 'has a boyfriend' aged 27 who 'looks after' her and introduces her to his friends who she 'has to be nice to'. Given cigarettes and vodka. Pt says she cannot say no. Referral to CSE team.",
  "AV PV", "", "S", "c")
t("INT 2/B/P: Romanian 'pickers' supplied to fruit farm near Wigan by unlicensed gangmaster POPESCU. Workers charged £300 recruitment fee each in Romania and £40 for boots and gloves on arrival, told job pays £11/hr; get £6/hr after 'deductions'. Accommodation: 20 men in 3 caravans. Passports held by POPESCU 'for security'.",
  "DE RD AC", "uf dt oc ppe", "L")
t("got offered a job on telegram to receive parcels at my flat in salford and send them on. realised it was a scam and said no. nobody threatened me and i never got any money. just reporting it")
t("Safeguarding adults: Mrs P (82) in Heswall. Her live-in carer (from Zimbabwe) called the council because Mrs P's son has stopped paying her wages for 3 months and has taken her passport 'so she won't leave'. Carer works 24/7 with no relief.",
  "WW RD EO", "dt lh", "D")
t("INT 1/A/P: Subject DANG Van Minh arrested at Manchester Airport with 7 Vietnamese passports that do not belong to him and £9,000 cash. Owners of the passports believed to be working in nail bars across GM. ",
  "RD", "dt", "L")
t("Report: i wanna report the guy who runs the phone repair shop on County Rd he sells fake airpods!!")
t("Debrief (via interpreter, Tigrinya): he says that in Libya he was held for 8 months in a warehouse and beaten until his family paid. In the UK he has had no problems, he lives with his cousin in Liverpool, he is not working. He is referred for the Libyan experience; no exploitation in UK.",
  "PV", "", "")
t("INT 2/B/P: Cuckooing, Bolton BL2. Elderly male (78) with dementia; local dealers (nom JONES, Liam) using his flat to store drugs. Pensioner's pension card taken by JONES. Neighbours report he has been seen with a cut on his head.",
  "AV", "ncw pa", "C")
t("Hospital safeguarding: Male (Albanian, 30s) attended with severe burns to both hands from 'cooking'. Stated he works in a 'garden'. Two males waited outside and took him away before treatment finished. Strong smell of cannabis on clothes.",
  "", "pa et", "C")
t("Caseworker: Client (Polish F, 33) had been living in an HMO in Warrington with 9 others, all working in a food factory through the landlord's 'agency'. The landlord deducted rent (£90/wk), transport (£30/wk) and £15 for safety boots from pay, leaving about £60 for a 50-hour week. Client kept her passport but says the landlord 'knew people' and once threatened to break her fingers when she talked of leaving.",
  "WW IT AC", "oc ct ncw ppe", "L")
t("Hi I saw a job advert for au pair in Manchester paying £50 a week for 60 hours work plus cleaning for the extended family, host says I must give her my passport on arrival. Is this legal? I haven't gone yet.")
t("INT 3/C/P: 'Big Slav' (POI HORVATH) said to run a debt scheme in Gorton: lends £200 to Roma families, interest doubles each month, debtors' sons made to work at his scrapyard until paid.",
  "DB AV", "", "L")
t("VRM SH18 OPL stopped M62 J10: Driver and 5 male passengers (Vietnamese) with sleeping bags and food, en route to 'work' in Manchester. None spoke English; driver (British) had their phones in a bag in the boot. Passengers said they did not know the address.",
  "IS", "iso et", "")
t("A&E note: F, 25, Nigerian, attended with abdominal pain. Discloses she was brought to the UK 'to work in a salon' but has been made to have sex with men in a house in Toxteth. The woman who runs the house says she owes her £40,000. Pt agreed to safeguarding referral.",
  "DE DB PV", "", "S")
t("Note: local authority licensing, Salford: massage parlour applying for special treatment licence. Therapists all qualified, self-employed, rent rooms by the day. Premises inspected: no residential use. Licence granted.")
t("INT 2/B/P: Indian restaurant chain, Liverpool. Chefs recruited from India on skilled worker visas; owner repays CoS costs by docking £500 per month; chefs housed over restaurant 4 to a room, working 7 days 12 hrs. Chefs told Home Office will deport them if they complain.",
  "DB EO AC IT", "lh oc saw", "L")
t("Caller: 'My boyfriend's Mum took my benefit money every month and said it was for my keep. I'm 20 and I want to move out now. She never hit me or stopped me going out.'",
  "", "ncw", "")
t("Debrief (Slovak F, 41, Roma, via interpreter): she says her cousin brought her and her son (14) to Oldham, and they both worked at a car wash owned by the cousin's husband. She was paid nothing, the boy was paid nothing. The husband said they owed for the house and for the bus from Slovakia. Son did not go to school. When she said she would go home, the husband said he would 'cut her'.",
  "AV WW DB IT", "", "L", "c")
t("INT 2/C/P: Female escort adverts (Vivastreet) for 'Sexy Thai' in Warrington and Runcorn use the same mobile number 07700 900123 across 6 different women. Number linked to a male who books all hotels.",
  "", "sfw", "S")
t("Anonymous report: That car wash on Stanley Rd Bootle, the lads get shouted at all day and one got kicked by the boss yesterday when he dropped a bucket. They work till gone 9 at night in the cold with no coats",
  "PV EO AC", "lh", "L")
t("Interpreter-assisted statement (Romanian): 'Mihai said I will be paid £1,000 a month in the factory. In Liverpool he took my identity card to make a bank account. I never saw the card again. He gives me £25 on Sunday. He says the rest is saved for me. I have asked many times.'",
  "DE RD WW", "dt ncw", "L")
t("POI: IQBAL Tariq (DOB 02/02/1975), Wigan. Runs a recruitment agency supplying hospital cleaners. Intel that workers pay him £500 each 'registration' fee. No other indicators. 3/C/P.",
  "", "uf", "")
t("Referral (Unseen helpline): Caller's brother (Indian, 34) works on a farm in Lancashire; he texted that the farmer took his passport, makes him work every day from 5am to 9pm milking and mucking out, and he lives in a shed. Brother has been told he owes £5,000 for his visa.",
  "RD EO AC DB", "dt lh plc", "L")
t("posting this as a security guard at the retail park in speke. every saturday a group of young kids, 12 or 13, steal to order from the same shops and hand it all to an adult in a van. they look scared stiff of him",
  "AV", "et", "C", "c")
t("School DSL note: Year 11 boy has new phone, cash and says he 'works for his uncle' on weekends at a market stall in Wigan. Mum confirms uncle pays him £30 a day, he is home by 6. No concerns beyond school attendance.")
t("INT 2/B/P: POI ISMAILI Arben (ALB) controlling 3 cannabis grows in Wigan and Leigh, each 'gardened' by an Albanian male who is locked inside the house, is fed by ISMAILI's associates and never leaves. Gardeners told debt of £20,000 for small boat crossing.",
  "RM DB AC", "rm saw plc", "C")
t("Tweet reported by public: 'hot new girls in Bolton, 18yo, fresh from Romania, outcalls only, ask for Ricky'. Reporter believes the girls are underage.",
  "", "", "S")

# ---------------- part 4 ----------------
t("Car wash, Stretford. Busy, 6 lads, all in branded jackets and boots. Asked one, he said paid hourly, goes home to Urmston each night. Nothing to report.")
t("INT 2/B/P: Address Smithdown Rd L15. Six Romanian females living in 2-bed flat rented by POI LUCA. Females taken by LUCA each morning to a hotel laundry in Liverpool city centre, collected after 10pm. Females have only the clothes they arrived in. LUCA collects their wages from the agency.",
  "WW AC EO", "oc et cedl fpe ncw lh", "L")
t("Caller from a Warrington pharmacy: a Vietnamese man came in with badly infected cuts on his hands, said he works 'in a house with plants', could not say where. A car waited outside with engine running. He was gone before the pharmacist could call anyone.",
  "IS", "pa iso et", "C")
t("Debrief: 'My name is Jana, Slovakia. The man promised me a job in a sandwich factory in Manchester. He met me at the coach station, took my passport and phone and said it was the rules of the agency. For two months I was in a house in Cheetham Hill and I did not know the address. He brought men to the house. I was afraid because he said Slovak police work for him.'",
  "DE RD IS IT", "dt iso foa", "S")
t("my sons mate is 15 and always has cash and new trainers and ive seen him get in cars with older lads in Norris Green. hes a good lad i dont know if im overthinking it, nobody has said anything",
  "", "", "")
t("Press: Police in Oldham rescued 11 men from a textile factory where they had been working 14-hour days for £1 an hour and sleeping between the sewing machines. The owner, who kept their passports in a locked cabinet, has been charged under the Modern Slavery Act.",
  "EO AC RD WW", "lh saw dt", "L")
t("INT 3/C/P: Female believed Roma seen selling the Big Issue outside Liverpool Central with a toddler each day; dropped by a man in a Vauxhall Zafira 0800. Vendor registration checked: genuine vendor, lives with husband. Not pursued.",
  "", "", "")
t("Antenatal note (Salford): 17F, Slovak, 28 weeks. Partner 32. Pt lives with partner's family, says she 'works at home' doing cooking and cleaning for 10 people and is not allowed to go to appointments alone. Partner's mother holds her ID card.",
  "AV RM RD", "rm dt", "D", "c")
t("Anon: 2 girls in school uniform getting out of a taxi at a house on Rice Lane at 3am with older men. Happens most weekends. They look like year 9.",
  "AV", "cedl", "S", "c")
t("Officer note: Visited a Turkish barbers in Bolton after report of 'worker sleeping on premises'. Owner's nephew had a row with parents and stayed two nights on the couch. Has since gone home. He is 24, paid by payroll.")
t("INT 2/B/P: Egyptian fishing crew on scallop boat out of Fleetwood. Crew not permitted to leave boat when in harbour, skipper holds their passports and transit visas, 20-hour shifts at sea. Crew paid $500 per month into accounts in Egypt controlled by manning agent.",
  "RM RD EO WW", "rm dt lh ncw", "L")
t("Statement of PC (attending): On entry to the flat at Kensington L7 I found a male (Eritrean, 22) sleeping on a blanket on the kitchen floor. He had no possessions other than a plastic bag of clothes. He said he cleans cars in Old Swan 'for Ahmed', does not know how much he is paid because 'Ahmed keeps it for the house'. He did not know the name of the road he lived on.",
  "WW IS AC", "fpe plc ncw iso", "L")
t("hi my sister is in a house in Birkenhead with her boyfriend, hes not nice to her but she works at the co-op and has her own money and phone. shes 29 i just worry")
t("Transplant coordinator, Royal Liverpool: Patient returned from Pakistan with a new kidney bought from a 'donor' in Rawalpindi for $30,000. Patient says donor was a poor labourer who was paid less than promised. Reported to HTA and police per protocol.",
  "DE WW AV", "", "O")
t("INT 2/B/P: Nom 'KERRY' (F, 40s, Speke) recruiting girls 14-16 from care homes in Liverpool, giving them cannabis and taking them to parties with older men in Runcorn where they are sexually assaulted.",
  "AV PV", "", "S", "c")
t("Im a farm shop owner near Formby. A man in a van pulled in and offered me 'Romanian workers who work for food'. I said no and took his reg. Didnt like it one bit.",
  "", "", "")
t("Migrant Help caseworker: Client (Indian F, 29) came as a dependant spouse. Husband takes her wages from her job at a packing warehouse, her card and PIN, and gives her nothing. He does not let her go out other than to work, driving her there and back. She has bruises which she says are from him.",
  "WW RM PV", "ncw rm et pa", "L")
t("Debrief (Sudanese M, 30): 'In Calais a man gave me a place in the lorry if I promise to work for his friend in Manchester. In Manchester I work in a kitchen in Longsight for 6 months to pay £4,000. He tell me every week the money is not enough because of food and bed. I sleep in the kitchen.'",
  "DB AC", "saw", "L")
t("INT 2/B/P: County line 'TIGER' Birkenhead→North Wales. Adult female drug user (nom SARAH) used as runner in exchange for heroin; line holders keep her phone and she has been told she will be 'dealt with' if she talks to police.",
  "AV IS IT", "iso", "C")
t("Ok so theres a big house on Menlove Ave and they had a filipina lady working there for years, shes gone now to live with her sister, she was always nice, used to take the kids to school and had days off. dont know why police were asking round.")
t("Referral from school (Wigan): pupil (Y7, Romanian) disclosed that at weekends she goes with her aunt to Manchester city centre to beg and has to give all the money to her aunt's husband. If she doesn't make £50 she isn't given dinner.",
  "AV WW", "ncw", "C", "c")
t("NGO note (BAWSO-style, Manchester): F, 35, Eritrean, was recruited in Sudan to work as a maid for a family who moved to Manchester. Worked from 5am to midnight. Not allowed own phone. Slept on floor of children's room. Employer's wife beat her with a shoe. Paid nothing in 3 years; family said salary 'kept safe'.",
  "EO IS AC PV WW", "lh iso plc", "D")
t("Bank: Customer (Polish, 60) came into branch in Chorley with a younger man who did all the talking and asked to change the address and phone on her account to his. Customer appeared confused. Branch declined and raised vulnerable customer alert.",
  "", "sfw", "")
t("POI GHEORGHE Vasile (DOB 19/07/1982). Previous conviction s1 MSA 2019 (Lincolnshire). Now living in Ashton-under-Lyne. Intelligence that he has 'new workers' from Romania at car washes in Tameside; no further detail. 3/C/P.",
  "", "", "")
t("999: Male caller (Vietnamese, limited English) says 'help, locked, many plants, hot, can't breathe'. Location traced to address in Hindley. Officers forced entry: one male, 16, found in loft grow room, door padlocked from outside, no food in the house.",
  "AV RM AC", "rm plc", "C", "i")
t("INT 2/B/P: Nail bars in Bolton and Bury owned by POI TRAN Quoc. INT suggests staff brought from Vietnam on the promise of college places, told fees owed £30,000, made to work 9-9 six days. Staff transported between shops by TRAN daily.",
  "DE DB EO", "lh et", "L")
t("Report: a 'woman from Slovakia' at the Big Lamp in Gorton is always with a man who speaks for her and she wears the same clothes every day and looks really thin. He has a wad of bank cards in his wallet, i saw when he paid",
  "", "sfw pa mbc", "")
t("Safeguarding (Sefton ASC): Adult, 30, autistic, was befriended by a couple who now live in his flat. They use his flat as a base and make him deliver parcels 'for their business' around Bootle. They have his phone.",
  "AV IS", "iso", "C")
t("INT 2/B/C: Source (business owner) states that Kurdish males working at barbers on Walton Rd are paid only £100 a week for 70 hours, and that the owner 'holds' their BRP cards. Source believes they live above the shop. Condition: source identity not to be disclosed.",
  "EO RD", "lh dt saw", "L")
t("My coworker at the warehouse in Haydock (hes Polish) is sleeping in his car cos the agency house was too crowded, he chose to leave it. He gets paid fine and has his own car. Does anyone know where he can get housing help? Not a crime just asking")
t("Debrief extract: 'He was my husband's friend. In Albania he said I will have a good life in England. He brought me to Manchester and he said I must work with men for his debt. He hit me when I cried. He took all money. I never was allowed out alone, always with his brother.'",
  "DE PV WW RM", "rm", "S")
t("INT 2/B/P: Organ trafficking. Nom 'AZIZ' said to be recruiting Syrian and Afghan asylum seekers in Liverpool hotels, offering £3,000 to travel to Turkey 'for an operation'. One recruit returned without a kidney and without payment; threatened not to speak.",
  "AV WW IT", "", "O")
t("Community officer note: Attended Roma community event at Gorton monastery; several families raised that a man collects their child benefit cards 'to help', but families say they get the money and he helps with forms. Monitor only.")
t("GLAA note: Shellfish gang, Morecambe Bay foreshore. Gangmaster licensed, workers with own permits and PPE, safety briefings held. Tide times monitored. No issues.")
t("INT 2/A/P: Vietnamese male (NOM NGUYEN Duc, DOB 2008) recovered from a cannabis grow at Farnworth. Told he owes £28,000 for travel, must work until paid. Was slapped by the 'boss' when plants died. Had not left the house in 4 months.",
  "AV DB PV RM", "rm", "C", "c")
t("Witness statement (neighbour, Ince): 'The family next door have a young African girl living with them. She does everything in the house, cleans, cooks, takes their kids to school. I have never seen her go to school herself. She looks about 13. When I spoke to her once she said she wasn't allowed to talk to neighbours.'",
  "AV IS", "iso", "D", "c")
t("Text to police: my boss at the chippy didnt pay me last week, i'm 17, he said he'll pay next week with the rest. i still go home every night and he always paid before")
t("POI 'MAMA JOY' — Nigerian female in Toxteth. Intel that women arriving from Benin City are told they owe her 40,000 euro and are made to work in saunas across Liverpool. Women say she threatened their families with juju. 2/B/P.",
  "DB IT", "", "S")
t("Handover: Slovak male IP (29) at Gorton address states he left the car wash because the boss refused to give back his ID card and paid him £100 for a month. He is staying with friends now and is safe. NRM consent given.",
  "RD WW", "dt", "L")
t("Hospital note: 45F, British, Wigan, admitted after overdose. Social history: lives alone, works at Asda, recently bereaved. No exploitation or abuse disclosed.")
t("INT 3/C/P: Hand car wash on Prescot Rd. Reports that workers are 'collected at 6 and dropped back at 11 at night' and 'all live together in one house'. Not corroborated.",
  "", "cedl", "")

# ---------------- part 5 ----------------
t("FED UP of people parking across my drive on Dickenson Rd every friday!!! one bloke pushed my husband today when he asked him to move. not a big deal but sort it out")
t("INT 2/B/P: Albanian female (19) found in a flat in Salford Quays during a drugs warrant. States she was brought by her 'boyfriend' and has been 'working' from the flat. Had only one bag of belongings; her ID card was in the boyfriend's car. Appeared malnourished.",
  "RD", "fpe dt pa", "S")
t("Message via Facebook to GMP: 'My dad's friend brought a lad over from Pakistan to work in his curry house in Oldham, he's about 16, he's there from 11am to 2am every day and sleeps in the cellar. They told him if he goes to the police he'll be deported and his family will have to pay back everything.'",
  "AV EO AC IT", "lh saw foa", "L", "c")
t("Care Quality Commission-style inspection note (domiciliary care, Wirral): Overseas carers housed by the provider, 3 per room; provider deducts £150 a week from each and charges £40 a week for the car they must use. Carers report being told they will lose their sponsorship if they resign and owe a £7,000 'exit fee'.",
  "AC IT", "oc ct", "L")
t("i think the massage place next to the kebab shop in prescot is ok, the women there are older, they chat to customers and go home in their own cars. just saying cos people keep saying its a brothel")
t("Debrief (via interpreter, Chinese Mandarin): she says that she came on a student visa to study English. A woman at church offered her a job 'in a beauty shop' in Manchester. She was taken to a flat and told she must have sex with customers to pay for the room. She says she was there for 3 months and the woman kept all the money.",
  "DE PV WW", "", "S")
t("Hi Merseyside Police, I'm a nurse and I want to donate a kidney to a stranger through the NHS scheme, do I need to tell anyone? Just curious if this is ok legally.")
t("Officer handover: Romanian male (IP), 38, arrested for shoplifting at Trafford Centre. In custody he disclosed that a man who 'brought him' keeps his ID and makes him steal every day to pay back £2,000 for travel; he sleeps in a car. Referral to NRM; s45 defence to be considered.",
  "RD DB AC", "dt plc", "C")
t("POI LAKATOS Rudolf (DOB 05/05/1970), Rochdale. Several Slovak families state he 'looks after' their jobs at a meat plant. Intel suggests they pay him £20 a week each from their wages; workers have own accounts and documents. 3/C/P. Possible GLAA licensing matter.",
  "", "", "")
t("Call summary: Caller's cousin (Filipino seafarer) on a cargo ship docked in Liverpool says crew not paid for 5 months and the captain holds their passports. Crew still aboard; ITF inspector informed.",
  "WW RD", "dt", "L")
t("Safeguarding referral (Bolton CSC): Siblings aged 10 and 12 (Roma) seen selling flowers in pubs at 11pm in Bolton town centre, accompanied by an adult male who takes the money. Children not registered at school.",
  "AV WW", "ncw", "C", "c")
t("GP letter: Patient (F, 33, Lithuanian) states that she was previously exploited in a laundry in 2019 (NRM conclusive grounds received). Now lives independently in Wigan and works in retail. Review of anxiety medication.",
  "", "", "")
t("Debrief (Albanian M, 17): 'They said I will work in a car wash in London. They took me to a house in Wigan with plants. They locked the door. They told me if I run they will kill my brother in Tirana. I was there alone for 6 weeks with no phone.'",
  "AV DE RM IT IS", "rm iso", "C", "c")
t("theres been a man sleeping in a van outside my house in aintree all week. turned out hes a plasterer from glasgow doing a job round here and saving on hotels lol. police were very nice about it, all sorted")
t("INT 2/B/P: Sex worker (Polish, 27) advertising independently online in Manchester. Intel that her partner takes all her earnings and she has been seen with a black eye. She says he hits her if she 'earns less'.",
  "WW PV", "pa ncw", "S")
t("Press: A couple from Altrincham were jailed for keeping a Nigerian woman as an unpaid domestic servant for 11 years. She cooked, cleaned and cared for their children, was never allowed out alone, and slept in a cupboard under the stairs. They told her she would be arrested if she went to the police as she had no visa.",
  "WW RM AC IT AV", "rm plc foa", "D")
t("chat log (webchat, Modern Slavery Helpline): 'hi im polish work in bakery bolton, the manager say i owe him 2000 for the house deposit and take 100 every week but the number never go down. he have my id. what i do'",
  "DB RD", "dt", "L")
t("Schools: 'Student (Y10) seen being dropped off by her older cousin each day. Parents confirm cousin does school run because they work early shifts.' DSL satisfied, no concerns.")
t("INT 1/B/P: Nom KRASNIQI Dritan (ALB) arrested at address Bootle, L20; 4 Albanian females recovered from the house. All four had been told they were coming to work in a hotel. Their passports were found in KRASNIQI's bedroom safe. One female had bruising to her neck and said he strangled her when she refused a client.",
  "DE RD PV", "dt pa", "S")
t("Food bank referral note: Eritrean man, 40, says he was not paid for his last two weeks at a car wash because the owner 'closed the business'. He has found a new job and lives independently. Referred to Citizens Advice.")
t("INT 2/C/P: POI 'BOGDAN' recruiting homeless Romanian men sleeping at Liverpool Lime Street, offering them 'building work'. Men taken to a site in St Helens, given no pay, made to sleep in a shipping container; told that the police will deport them if they complain.",
  "AV DE WW AC IT", "plc foa", "L")
t("ED note: 15M, found by police collapsed in Birkenhead park. Two phones, £700, cling film packets. Says he's from Manchester, came 'to see a mate', won't say more. Mum says he's been missing 5 days. Bruised ribs. Strategy discussion requested.",
  "AV", "pa", "C", "c")
t("Witness: 'I deliver to a house in Hale Barns. The cleaner there is a Filipino lady, she told me she's not had a day off in two years and she's not allowed out. The madam keeps her passport. She asked me not to say anything.'",
  "EO RM RD", "lh rm dt", "D")
t("Report: the scaffolders working on my street in Crosby are all lads from Lithuania, they come in a van at 7.30 and leave at 4, one of them said theyre on good money and go home every 3 months. no concerns just letting you know.")
t("INT 2/B/P: Online adverts on AdultWork for 'young Asian girl' in Rochdale, age on profile 18 but photos suggest 15-16. Phone linked to male previously arrested for CSE offences. Girl reported missing from Oldham.",
  "AV", "", "S", "c")
t("Call summary: caller (Nigerian F, 31) says she left a family in Didsbury where she worked as a nanny. She was paid £400 a month in cash and had Sundays off. She left because she wanted more money. She is now staying with friends and wants help to regularise her visa.")
t("Probation: Offender (M, 44) convicted of s2 trafficking in 2021, on licence in Liverpool. Compliance good, works in a warehouse, no intel of renewed offending.")
t("Debrief: 'At the factory in Cheetham Hill we made clothes for online shops. We worked from 8 in morning to 10 at night. The door was locked with a chain in the day. The boss pay us £80 a week, in cash, sometimes not at all. He shouted we are illegal and he will call immigration if we complain.'",
  "EO RM WW IT AV", "lh rm foa", "L")
t("GLAA: Labour abuse complaint re car wash in Oldham. Visit found 5 workers, payslips and contracts provided, 40-45 hr weeks, workers live at home. Complaint unfounded.")
t("INT 2/B/P: Two Sudanese youths (16, 17) from a Home Office hotel in Liverpool recruited by an adult to sell cannabis in Sefton Park; adult holds their ARC cards 'so they don't lose them' and keeps the profits, giving them £10 a day.",
  "AV RD WW", "dt ncw", "C", "c")
t("INT 3/D/P: Rumour from a Bolton pub that a local man 'sold' his kidney in India. Enquiries show male had a nephrectomy for cancer at Royal Bolton Hospital. No organ trafficking. Closed.")
t("Interpreter note (Vietnamese): 'She says the woman who owns the nail bar in Southport took her phone on the first day and gave it back only when she left. She says she was allowed to call her mother once a month with the woman listening.'",
  "IS", "iso", "L")
t("Anon report Crimestoppers: A man in Kirkby is making his girlfriend's 14-year-old son store drugs and weapons in his bedroom and collect money. The boy is terrified and has told a friend they said they will stab his mum.",
  "AV IT", "", "C", "c")
t("Officer note: Welfare visit to Indian student in Liverpool reported by university as 'missing'. Found safe, working overtime at Amazon through an agency and moved house without updating address. Paid properly. No concerns.")
t("INT 2/B/P: POI MIRZA Asif (PAK) operating a sweatshop in Oldham mill building. Workers (Pakistani, Bangladeshi) on expired visas. INT suggests MIRZA pays them £2 an hour and locks them in at night; some sleep on cutting tables.",
  "AV RM AC", "rm saw", "L")
t("Partner referral (Salvation Army): Ms K, Romanian, 45, came to Liverpool to care for an elderly man privately, promised £1,500/month. Family pays her £200 a month, she works day and night, sleeps on a chair in his room. They hold her ID. No days off in 9 months.",
  "DE WW EO AC RD", "lh saw dt", "D")
t("Complaint (email): 'My Dad employs Polish lads at his garage in Wigan. A woman came in saying they were trafficked. They're not! They've got houses and families here. This is harassment.'")
t("INT 2/B/P: Organ harvesting concern. Eritrean male, 23, in Manchester asylum hotel, states that in Egypt his smugglers removed a kidney as payment for his journey; he was told it was a blood test. Scar consistent. Referred NRM (exploitation overseas).",
  "DE PV", "pa", "O")
t("999: 'A girl ran into my shop on London Rd crying, she's about 15, says two men are outside in a car waiting to take her back to a house where they make her have sex. She's here now, they're still outside.' Units dispatched.",
  "AV PV", "", "S", "i")
t("Caseworker: Mr H (Chinese, 52) worked in takeaways in Wigan for 10 years for a 'relative' who kept all his earnings to 'save for him'. After the relative died, no money was found. He lived in the storeroom and worked 12-hour days. He has no documents; the relative had his passport.",
  "WW AC EO RD", "saw lh dt", "L")
t("Tip line: 'People outside the old cotton mill in Bolton at 5am getting into a minibus. Probably just shift workers at the bakery but wanted to mention it.'",
  "", "cedl", "")
t("Debrief (Polish M, 47, homeless in Liverpool): 'A man gave me work at his farm near Ormskirk. I sleep in a stable with no toilet. I work every day from light to dark. He pays me £10 a week and cider. He says if I go to the police he will tell them I stole from him.'",
  "AV WW AC EO IT", "plc lh", "L")
t("Licensing inspection, Manchester: car wash operating without planning permission; water run-off into drains. Workers on payroll. Enforcement notice for planning breach.")
t("INT 2/B/P: Woman (Thai, 40s) running from a pop-up brothel in Wigan told a taxi driver she had been 'sold' to the man who runs it and that he has her passport. Taxi driver took her to Wigan police station.",
  "RD", "dt", "S")

# ---------------- part 6: one-liners ----------------
t("Lads at the car wash on Liverpool Rd sleep in the shipping container out back.", "", "saw", "L")
t("INT 3/C/P: BMW X5 ML68 RTU seen dropping 4 females at nail bar, Ashton, 0730.", "", "et", "")
t("Girl about 14 getting in cars with older men at Bolton interchange every night.", "AV", "", "S", "c")
t("Stolen pushbike from garden, Walkden. No suspects. Crime number issued.")
t("He said if I talk to police his friends will find my kids in Craiova.", "IT")
t("INT 2/B/P: POI holds 12 workers' passports at his house in Leigh.", "RD", "dt", "L")
t("Noise complaint, student HMO Smithdown Rd, party till 4am. Words of advice.")
t("we work 7 days, 12 hours, no holiday, boss says maybe next year", "EO", "lh", "L")
t("Cleaner at the nail bar told me she's locked in at night by the owner.", "RM", "rm", "L")
t("Two Vietnamese lads living inside a cannabis grow in Farnworth, never seen out.", "", "", "C")
t("Caller's employer kept her passport 'for the visa' and never gave it back.", "RD", "dt", "")
t("Sister-in-law came from Pakistan on a spouse visa, works at Primark, all fine.")
t("Money goes on a card the gaffer keeps, we get £30 Friday.", "WW", "ncw", "L")
t("Woman begging outside Bolton Asda is handed to a man in a van every night.", "", "et", "C")
t("INT 2/C/P: Runner aged 15 sent from Everton to Kendal, sleeping in trap house.", "AV AC", "", "C", "c")
t("Owner of takeaway says staff can leave when they like; they confirm it.")
t("My boss took my phone so I can't talk to anyone back home.", "IS", "iso")
t("Friend from Eritrea is doing his own car valeting business in Bootle now, doing well.")
t("They told us the job was a hotel in London; it was a farm in Lancashire, no pay.", "DE WW", "", "L")
t("I owe them £8,000 for the van journey and they add rent each week, the car wash money never clears it.", "DB", "", "L")
t("Lost wallet with driving licence on the 36 bus, Salford. Please call if handed in.")
t("INT 3/D/P: unverified claim that 'the Slovaks' at Gorton market are all trafficked.")
t("Man at the flat keeps the cards our wages go on, about 20 of them in a shoebox.", "WW", "mbc ncw", "L")
t("Patient referred for living donor kidney work-up; donor is his wife. Standard pathway.")
t("She sleeps on a mat in their kitchen and looks after the kids 18 hours a day.", "EO AC", "lh saw plc", "D")

# ---------------- part 7: long texts ----------------
t("""Intelligence report — OFFICIAL-SENSITIVE. Grading 2/B/P.

Subject 1: STOICA Marian (DOB 03/09/1985), Romanian. Subject 2: STOICA Elena (DOB 22/01/1988), his wife. Address: Crumpsall Lane, M8.

Source reports that STOICA Marian runs three hand car washes in north Manchester (Crumpsall, Blackley and Middleton). Around 20 Romanian men work across the sites. Most were recruited from the Bacău area through Facebook adverts offering £80 a day and a free room. On arrival each man was told he owed £450 for the minibus and the first month's rent. Source states the 'debt' is reduced by £20 a week only, while rent of £70 a week is taken from the £250 weekly pay, which is paid in cash by Elena on Sunday nights. Each man also had £35 taken from his first wage for wellies and waterproofs.

Source states that the men live in two houses on Cheetham Hill Road, 9–10 per house, and are driven to the sites at 0700 by Marian's brother-in-law. Source has seen no violence and believes the men have their own ID cards. One of the men, known as 'Cosmin', recently left and went to work in Preston without any problem.

INT suggests a further site is planned in Bury. Vehicles: black Ford Transit MF17 LXD; white Audi A6 MX65 PLO.""",
  "DE DB AC", "oc et ppe", "L")
t("""Safeguarding referral — Oldham Children's Services (MASH). Referrer: Designated Safeguarding Lead, secondary school.

Child: R, male, 15, Year 11. Lives with mother and two younger siblings in Werneth. No previous CSC involvement; one previous referral in Year 7 for attendance.

Concerns: Since October R's attendance has fallen to 61%. He has been reported missing by his mother three times, once for four days. On return he had £350 in cash, a second phone, and a train ticket from Carlisle. His PE teacher noticed a cut across his palm, which R said came from 'opening a tin'. A friend told the head of year that R 'works for Jay' and that Jay said R owes him £900 because he 'lost a pack' when stopped by police in Penrith. The friend says R was told that if he doesn't pay, 'they know where his little brothers go to school'.

R's mother is very worried and is supportive of any plan. She says R is scared to be at home at night. R's older cousin, who is 19 and works at a warehouse, has offered for R to stay with him. There are no concerns about the cousin.

Request: Strategy discussion, NRM referral (no consent required as R is a child), and referral to the Complex Safeguarding Team.""",
  "AV DB IT", "pa", "C", "c")
t("""Victim debrief — summary prepared by interviewing officer (interpreter: Vietnamese, by telephone).

The IP is a 24-year-old Vietnamese female. She states she grew up in Hai Phong. In 2023 a woman from her village offered to arrange a job at a nail salon in England, where her cousin had done well. The family borrowed the equivalent of £19,000 from a moneylender to pay the woman.

She travelled by plane to Russia, then overland and by lorry, and arrived in the UK in early 2024. She was collected at a service station and taken to a house in Liverpool (she does not know the area). A man called 'Anh Tuan' told her the fee had not covered everything and she now owed £8,000 more. She worked at nail salons in Liverpool and Wigan, driven there each morning and collected at night, six days a week, 9am until 8pm. Anh Tuan took her wages and said he paid the moneylender; her mother says nothing was paid. She was given £20 a week for food.

She shared a room with three other women. Her passport was taken 'for safe keeping' at the first house. She says Anh Tuan never hit her but told her that if she ran, her parents would lose their house. She left when a customer helped her contact a charity.""",
  "DB EO WW RD IT", "et cedl lh ncw dt", "L")
t("""Public report (web form, spelling as written):

hello i dont know if this is the right place. i live on a street in Eccles and for about a year theres been a house 3 doors down where loads of men live. i counted 11 once coming out at 5 in the morning getting in a white van. they come back about 10 at night. theyre polish or romanian i think. the house is a 3 bedroom like mine.

the landlord is a big guy who drives a range rover, he comes every sunday and the men all come out and give him something, my neighbour thinks its money. one of the men came to my door once asking for water and bread he looked really hungry and was skinny with holes in his shoes. he had very little english but said "no money, boss take" and pointed at the range rover.

i also want to say theres a family at number 14 who are always shouting but thats just them theyre fine.

the van reg is something like YX14 but i couldnt get the rest sorry. please do something its not right""",
  "WW AC", "oc cedl et pa ncw", "L")
t("""Call summary — 101 (non-emergency), Merseyside.

Caller: female, 50s, manager of a care home in Southport. Calling on behalf of two staff members employed through an overseas recruitment agency based in Bolton.

Caller states that two Indian care workers who started in March have told her the agency charged them £11,000 each before they left Kerala for the 'certificate of sponsorship' and flights. The care home pays the agency, which then pays the workers. Since starting, the workers say they receive around £600 per month although they work 48 hours a week; the agency says the rest goes towards 'repaying training costs'. They live in a house rented by the agency with six other carers, sleeping two to a room.

One worker told the caller that an agency director rang her after she asked about her pay and said that if she 'makes trouble' the agency will withdraw sponsorship and she will be 'removed from the country'. Both workers have their passports and BRPs.

Caller is considering ending the contract with the agency but is worried about the workers' visas. Advised re GLAA, Home Office sponsor compliance and the Modern Slavery Helpline; task to MSU for follow up.""",
  "DB WW IT", "uf foa", "L")
t("""Officer handover note — night shift to day shift.

1) Attended report of disturbance at address on Green Lane, Bolton at 23:10. Two brothers fighting over car keys. Both intoxicated. One arrested for criminal damage. No further concerns.

2) Welfare check at the request of the Salvation Army on a Slovak woman (DOB 1992) housed by them in Farnworth after leaving a car wash owner who she said had kept her wages. She was in good spirits, has a new phone and is going to the job centre tomorrow. Support worker visiting at 10:00.

3) Shoplifting at B&M Bolton: two males, British, arrested, both known to us, both admit stealing to fund their own drug use. No third party involvement. Charged.

4) Report from a taxi driver of a man shouting at a young woman at Bolton interchange. Area search, nothing found.

Nothing else outstanding. Keys for van 14 returned.""",
  "WW", "", "L")
t("""Witness statement (extract) — Section 9 CJA 1967.

I am a delivery driver for a wholesale food company. Since January 2024 I have delivered twice a week to a Chinese takeaway on Ormskirk Road, Wigan. I usually arrive at about 7am.

On most of my deliveries the door is opened by a young Chinese man who I now know as 'Lee'. He looks about 18 or 19. He always looks exhausted. I have seen him in the same clothes for weeks. On one occasion in March I saw that the door to the storeroom was open and there was a mattress on the floor between boxes of noodles and cooking oil. Lee saw me looking and shut the door.

In April I returned at about 11pm to drop off a missed order and Lee was still there cleaning. He told me in broken English that he works 'every day, all day' and that the owner 'keeps the money to send to my family'. He asked me not to tell anyone. He said the owner told him the police would put him in prison because he has no visa.

I have never seen Lee outside the shop other than on the doorstep. The owner, a man in his 50s who drives a silver Lexus, always comes to the door if he is there and speaks for Lee.""",
  "EO WW AC IT AV", "lh saw fpe foa sfw ncw", "L")
t("""NGO caseworker note — Kalayaan-style domestic worker service, Manchester outreach.

Client: M, female, 38, Indonesian. Overseas Domestic Worker visa issued for employment with a family from Qatar who spend several months a year at a property in Bowdon.

M says she was recruited in Jakarta by an agency that told her she would work 8 hours a day with one day off a week, for $500 a month. In practice she worked from 6am until the family went to bed, often after 1am, caring for four children and cleaning a large house. She had no day off in 14 months. Her salary was 'paid to the agency' and she has received nothing directly; her husband says some money arrived in the first two months only.

Her passport was taken by the employer's wife at the airport and kept in a locked cupboard. She was not permitted to leave the property except to walk the children to a car. She slept on a mattress on the floor of the children's room. When she asked for her wages, the wife slapped her and said she would 'tell the police she stole jewellery'.

M left the house in the early morning while the family were asleep and was helped by another domestic worker she had met at the park. She does not want police involvement at present; Duty to Notify completed.""",
  "DE EO WW RD RM PV IT", "lh dt rm ncw plc", "D")
t("""GLAA inspection report (summary) — food processing site, Trafford Park.

Purpose: routine licence compliance inspection of labour provider 'PrimeFresh Staffing Ltd' supplying around 120 workers to a ready-meal factory.

Findings: Workers are mainly Polish, Romanian and Lithuanian. Twenty workers were interviewed privately with interpreters. All held their own identity documents. Payslips matched hours recorded on the site's clocking system. Holiday pay is accrued. Transport to site is by public bus or private car; the provider does not supply housing. Three workers said they had paid a 'friend' £100 to get them an introduction; no link to the provider was found. PPE is supplied free by the factory.

One worker raised a grievance that his overtime was paid a week late in February; the provider showed it had been paid with an apology. No indicators of forced labour were identified.

Outcome: Licence compliant. Recommendation: provider to remind workers that no fees are charged for finding work.""")
t("""Intelligence report 2/B/P — Operation SILVERBIRCH (county lines, Merseyside to Cumbria).

Line: 'DANNY' line, deal phone 07700 900456, operating from Kirkby into Barrow-in-Furness and Ulverston.

Line controller believed to be nom WALSH Kieran (DOB 14/05/1999), Kirkby. INT suggests at least four runners aged 14–17 from Kirkby and Southdene are sent to Barrow for 5–7 days at a time. Runners stay at the address of a local heroin user (nom HEWITT Gary, 56, registered disabled) in Barrow whose flat has been taken over. HEWITT reportedly receives free heroin and is not allowed to have visitors.

Runners' phones are taken on arrival and replaced with a burner. One runner (15) was reported missing by his mother in Kirkby on 03/03 and found by Cumbria Police on 07/03 with crack cocaine plugged internally. He told officers that WALSH's associates had 'dry robbed' him on purpose and now said he owed £1,500.

A 17-year-old girl associated with WALSH is believed to be used to hire cars. No indicators of exploitation in relation to her are known at this time.

Actions: Safeguarding referrals made for the 15-year-old; Cumbria notified re HEWITT (cuckooing).""",
  "AV IS DB", "iso", "C", "c")
t("""Press summary — Liverpool Crown Court.

Two brothers from Anfield have been sentenced for modern slavery offences after they exploited five vulnerable men over a period of six years.

The court heard that the brothers targeted men who were homeless or addicted to alcohol, approaching them outside soup kitchens and hostels in Liverpool city centre with offers of paid work and a place to live. The men were taken to a traveller site near Widnes where they lived in caravans with no running water and were made to lay driveways and patios for customers across the North West.

The victims worked up to 14 hours a day, six or seven days a week. They were told they would be paid at the end of each job, but were given only tobacco, cheap alcohol and occasional cash of £5 or £10. One victim said he had been punched and kicked when he asked to go home to see his daughter. Another said the brothers told him they would 'bury him in the foundations' if he went to the police.

The judge said the brothers had 'treated these men as disposable'. Both will serve at least half of their sentences in custody.""",
  "AV DE AC EO WW PV IT", "plc lh", "L")
t("""A&E safeguarding note — Royal Oldham Hospital, 03:40.

Patient: Female, gives age as 19, Romanian, gives first name only. Brought in by ambulance after being found in the street in Werneth with a head injury. Smells of alcohol.

Patient speaks limited English. Romanian-speaking HCA assisted. Patient states she was pushed down the stairs by 'Florin'. She says she lives in a flat with Florin and two other girls and that men come to the flat 'for sex' each night. She does not know the address. She says Florin keeps all the money and her ID card, and that she has been in England 'three or four months'. She became distressed when asked about her family and said Florin 'knows my mother's house'.

On examination: 4cm scalp laceration, bruising to both upper arms and left thigh of different ages. Patient is thin and her clothing is inadequate for the weather.

A male giving his name as 'Florin' phoned the ward twice asking whether she had been discharged. Staff did not confirm her presence.

Actions: police informed (log 0412), hospital safeguarding team, patient agreed to remain overnight. Not to be discharged into the care of anyone other than police or social care.""",
  "PV IS WW RD IT", "iso dt pa ncw", "S", "i")
t("""Public report (Crimestoppers online form):

I want to report my old boss but I don't want my name on it because I still live in the area.

I worked at a clothes factory in Cheetham Hill for about 6 months in 2023. We sewed dresses and tops for online brands. There were about 30 of us, mostly women from Pakistan and Bangladesh and some Romanian women. The pay was £4 an hour cash. We worked 8am to 6pm Monday to Saturday. That's the truth, it was bad money but nobody forced us, I left when I found a job in a school kitchen.

What worries me is the upstairs floor. There were 5 or 6 young men who I think lived up there, I saw beds and a kettle. They worked from before I arrived to after I left and I never saw them leave the building, not even for lunch. The supervisor locked the upstairs door when he went home. One of them told my friend they came from India on a small boat and owed the boss a lot of money.

I hope someone checks it. I don't think anything has changed.""",
  "EO RM DB AC", "lh rm saw", "L")
t("""Local authority adult safeguarding — Section 42 enquiry summary (Wigan).

Adult at risk: Mr B, 63, White British, mild learning disability, lives alone in council flat in Scholes since his mother's death in 2021.

Concern raised by housing officer after neighbours reported a man and woman 'living' in Mr B's flat. Visit found the couple (known to police for drug supply) had moved in six months earlier. Mr B was sleeping in his armchair as they had taken his bedroom. His bank card was in the woman's purse, and his PIP and pension were being withdrawn in full each week. Mr B said they 'give me my tea' and that he 'has to' go to the shop to buy things for them and take small packages to people in the block.

Mr B said the man once shoved him into the door frame when he refused, and that he had been told he would 'end up in a home' if he said anything. There was evidence of class A drug use in the flat.

Outcome: Couple removed by police under the tenancy; Mr B supported to change locks. Referral to police for exploitation and cuckooing. Mr B's brother, who lives in Leigh and visits weekly, is supportive; no concerns about the brother.""",
  "AV PV IT", "ncw", "C")
t("""Call summary — 999.

Time 21:52. Caller: male, Albanian accent, very frightened, speaking quietly. Location: eventually traced to a semi-detached house on Worsley Road, Swinton.

Caller states he and another man have been kept in the house for 'many weeks' to look after plants. The door is locked from the outside and the windows upstairs are screwed shut. He says the men who bring the food came tonight and beat the other man with a metal bar because the plants were dying. The other man is on the floor and 'not talking good'. Caller says the men said they will come back at midnight and 'finish it' if the lights are not fixed.

Caller does not know the address; he read the name of the road from a letter. He has a phone that was hidden by a previous 'gardener'.

Dispatch: Grade 1, firearms support considered, ambulance requested. Call handler kept caller on line until officers arrived at 22:04. Two males recovered; one with serious head injury taken to Salford Royal.""",
  "RM PV IT IS AC", "rm iso plc", "C", "i")
t("""Migrant Help — advice line note.

Caller: Mr A, Sudanese, 29, in Home Office hotel in Liverpool.

Mr A says a man at the hotel offered him work at a car wash in Bootle for £40 a day. He has done 3 days. He was paid the £40 each day in cash at the end of the shift. The owner drove him to the site in the morning and he takes the bus back. He says the owner is friendly, did not take his documents and did not ask him for any money. He understands he is not allowed to work while his asylum claim is pending and is worried this will affect his claim.

Mr A asks whether he should stop working.

Advice given: explained restrictions on working for asylum seekers; referred to legal advice. No indicators of exploitation in Mr A's own situation.""")
t("""INT 1/A/P — debrief of victim recovered at Oldham, 14/02.

IP: Nigerian male, 31. States he was a trained nurse in Nigeria and was approached via WhatsApp by a man calling himself 'Dr Kayode' who offered him a job at a private hospital in London with accommodation. He paid £2,000 for 'processing' and travelled on a visit visa in September.

On arrival at Manchester Airport he was met by two men who took his passport 'to register him with the NMC'. He was driven to a house in Oldham and told the hospital job was 'delayed'. Instead he was taken each day to clean offices at night and to work at a care home during the day, 'covering shifts' for people whose names he did not know. He was never paid; the men said they were 'saving' his money. He slept on a sofa in a room with three other men from Nigeria, who were in the same situation.

He was told that as he had overstayed his visa he would be arrested if he went to the police, and that 'Dr Kayode' had 'people in immigration'. He escaped after one of the other men fell ill and was taken to hospital.

Other potential victims: 3, believed still at address.""",
  "DE RD EO WW AC IT AV", "uf dt foa oc lh", "L C")
t("""Public report (Facebook message to Merseyside Police page):

I hope this isnt a waste of time. My elderly mum lives next door to a big house in Woolton. The family are Indian doctors I think. They have a lady living with them who I think is from India, she looks about 40. My mum says she has seen her for years and she's always cleaning, washing the car, taking the kids to school.

My mum was worried so she went round and had a cup of tea with her. The lady said she is the family's cousin, she came on a proper visa, they pay her, she has her own bank account and a phone, and she goes to the temple every Sunday with her friends. She showed my mum photos of her grandson in Delhi that she visited last year.

So I think she is OK but my mum asked me to report it anyway because of what she saw on the news. The family are very nice and always say hello.""")
t("""Prison note — HMP Liverpool, Safer Custody.

Prisoner: K, 20, British (Huyton), remanded for possession with intent (crack cocaine), arrested in Blackpool.

During a safer custody review K disclosed that he started 'running' for an older man from Huyton when he was 15. He said he was given a phone and told to go wherever he was sent, for a week at a time, staying in 'traps' in Blackpool and Preston. He was given £100 a week 'when they remembered'. He says the man's associates once set fire to his mum's front door when he tried to stop, and that he has been told since arriving at HMP Liverpool that his 'debt' for the drugs seized on arrest is £3,000 and will be 'collected off his family' if he doesn't pay.

K appears anxious and has requested to stay on the VP wing. He has not previously been referred to the NRM.

Actions: NRM referral discussed (K consents); intelligence submitted; safer custody ACCT not opened (no self-harm risk identified). His cellmate, also from Merseyside, has no concerns and was moved at his own request for unrelated reasons.""",
  "AV WW IT DB", "", "C")
t("""Council licensing and environmental health joint visit — nail bar, Bury New Road, Prestwich.

Premises: 'Glamour Nails'. Officers present: two licensing officers, one EHO. Interpreter: Vietnamese (telephone).

Four staff present. All stated they were over 18; one (stated age 18) appeared younger. Two staff had no right-to-work documents on the premises and said the manager keeps their passports 'at home to keep them safe'. The manager, when contacted, arrived within ten minutes and insisted on answering all questions on behalf of staff.

In the back room officers found two single mattresses, a rice cooker and a small amount of clothing in carrier bags. Staff first said they 'rest' there, then that two of them live there. Extraction in the treatment area was inadequate and chemical fumes strong.

Staff said they work 10am–8pm every day and are paid 'by the manager', but could not say how much.

Actions: improvement notice (ventilation); referral to police MSU and Immigration Enforcement; GLAA informed.""",
  "RD EO AC", "dt sfw saw fpe lh", "L")
t("""Border Force note — Manchester Airport, Terminal 1 arrivals, 06:15.

Passenger 1: Female, 22, Albanian passport, arriving from Tirana. Passenger 2: Male, 34, Albanian passport, same flight, seated separately.

Passenger 1 stated she was visiting her 'boyfriend' in Manchester for two weeks. She could not name his surname or address. She had €50, one small bag and a new phone with only one contact saved ('Ari'). When passenger 2 was stopped separately he held a printout of her booking and a hotel reservation for two in Salford. He said they were 'just friends from the flight'.

Passenger 1 became tearful in a private interview and said 'Ari' had paid for her ticket and told her she would work in a bar to pay him back €3,000, but she was not sure what kind of work it would be. She did not disclose any violence or threats.

Outcome: Passenger 1 refused entry at her request and returned to Tirana with NGO contact in Albania informed. Passenger 2 granted entry; intelligence submitted on 'Ari' phone number.""",
  "DB IS", "fpe iso", "")
t("""Debrief account — first person, written with an interpreter (Kurdish Sorani).

My name is H. I am 26. I come from Sulaymaniyah. In 2022 I paid smugglers $9,000 to bring me to the UK. I came on a boat to Dover. I claimed asylum and I was sent to a hotel in Wigan.

A Kurdish man who visited the hotel said he has a car wash in Leigh and I can work there. He said he pays £50 every day. In the first week he paid. Then he said he will keep the money for me because I am not allowed to work and the police will take it if they find it. After that he gave me only £20 each week for phone credit. I worked from 8 in the morning to 8 at night. Sometimes he hit the workers with a hose when cars were not clean enough. He said if we tell anybody, the Home Office will send us back to Iraq.

After four months I asked for my money and he said I owe him for the food and the lifts. I stopped going. I am telling now because my friend is still there and he is sick.""",
  "WW EO PV IT DB AV", "lh foa ncw ct", "L")

# ---- write ----
if __name__ == "__main__":
    import random
    random.Random(74).shuffle(ROWS)  # mix sources and lengths in id order
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh74.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            row = {"id": "f74-%03d" % i}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", out)
