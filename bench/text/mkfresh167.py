# Hand-written texts for fresh167 (financial-investigation-flavoured mix). Each row is written individually.
import json, os
I = {"AV":"abuse_of_vulnerability","DE":"deception","RM":"restriction_of_movement","IS":"isolation",
     "PV":"physical_sexual_violence","IT":"intimidation_threats","RD":"retention_of_documents",
     "WW":"withholding_wages","DB":"debt_bondage","AC":"abusive_conditions","EO":"excessive_overtime"}
S = {"pa":"physical_appearance","iso":"isolated","plc":"poor_living_conditions","oc":"overcrowded_accommodation",
     "sw":"sleeps_at_workplace","fpe":"few_personal_effects","rm":"restricted_movement","ce":"collected_early_dropped_late",
     "fa":"fear_of_authorities","uf":"upfront_fees","dt":"documents_taken","et":"escorted_transport","ct":"charged_transport",
     "lh":"long_hours","ppe":"ppe_charges","ncw":"no_control_of_wages","sfw":"speaks_for_workers","mbc":"multiple_bank_cards"}
T = {"L":"labour","S":"sexual","C":"criminal","D":"domestic_servitude","O":"organ_harvesting"}
R = []
PAIR = {"IS": "iso", "RD": "dt", "RM": "rm", "EO": "lh"}  # sign that goes with its indicator
def E(text, ind="", sg="", ty="", risk=None):
    ind, sg = ind.split(), sg.split()
    for k, v in PAIR.items():
        if k in ind and v not in sg: sg.append(v)
    R.append((text, ind, sg, ty.split(), risk))
# ---- part 1
E("SAR ref 4471: customer (F, 34) receives salary from a Leicester garment wholesaler each Friday; full balance withdrawn within 20 minutes at the same ATM on Narborough Rd by a male who is not the account holder (CCTV). 6 other accounts show the identical pattern at the same ATM, same male.",
  "WW", "ncw mbc", "L")
E("Branch staff note: elderly customer came in upset because she'd been caught by a phone scam pretending to be our fraud team, transferred £3,800. Refund claim opened, police ref given.")
E("2/B/P INT suggests POPESCU Ion (DOB 11/03/1986) holds approx 15 debit cards in names of Romanian males employed at a packhouse in Boston. Wages paid in weekly and withdrawn same evening. Workers reportedly receive £40 'for food'. Workers housed 9 to a 3-bed at an address controlled by POPESCU.",
  "WW AC", "ncw mbc oc", "L")
E("Account opened by a 19 y/o student; the money coming in is a student loan and part-time bar wages. No concerns, transactions consistent with profile.")
E("Financial intelligence: 11 newly opened accounts, all listing the same flat in Walsall as home address, all opened within 3 weeks, same mobile number as contact. Applicants were brought to branch by one man who answered the questions for them.",
  "", "mbc sfw", "")
E("money mule alert - customer aged 17 received £2,400 from 4 unrelated payers and sent it on within the hour to a crypto exchange. Customer told staff an 'older lad from the gym' gave him £150 to use his account and said he'd 'sort him out' if he backed out now.",
  "AV IT", "", "C", "high")
E("Customer disputing a direct debit to a gym he cancelled in March. Advised chargeback route.")
E("I am writing my story for the officer. In Vietnam a man said I can work in nails in England and earn £1,500 a month. When I arrive the lady took my passport 'to do paperwork'. I work 9 in the morning to 9 at night every day. She say I owe her £18,000 for the journey and each month she takes all my money to pay it. I never see the money. I sleep in the room behind the shop.",
  "DE RD EO DB WW AC", "dt lh sw ncw", "L", "high")
E("Suspicious activity: rent of £450 per person paid weekly by 14 different people into one personal account, all with addresses at the same HMO in Peterborough. Landlord not registered. Could just be an unlicensed HMO - referred to council housing team.",
  "", "oc", "")
E("Branch manager: a man came in with three women who did not speak. He had all their bank cards and PINs written on a paper and asked to withdraw from each one. When I asked the women to confirm he answered for them. He became angry and left.",
  "", "mbc sfw ncw", "")
E("101 call: caller's neighbour keeps getting parcels for other people at his address and thinks it's a scam. Advised Action Fraud.")
E("1/A/P Source states that workers at Sparkle Hand Car Wash, Mill Lane, are paid £30 a day cash but the boss keeps £15 of it for 'rent and transport'. Workers are picked up at 06:30 in a white Transit and dropped back at 21:00. Source says boss told them that if they talk to police they will be sent back to Albania in pieces.",
  "IT EO", "ce ct lh", "L")
E("Payroll audit of Greenfields Labour Ltd (GLAA licence holder): all workers paid into own named accounts, payslips itemised, no accommodation deductions. Transport optional, charged at £3/day with signed consent. No issues.")
E("account takeover fraud on 3 customers, same device ID, sim swap suspected. Not linked to any exploitation, passed to fraud ops.")
E("hi my sister in law works at a takeaway in Bradford and her boss pays her wages into a card he keeps in the till, she gets £50 on sunday and thats it, she works every day from 11 till past midnight, she's scared cos her visa is with him aswell",
  "WW EO RD AV", "ncw lh dt fa", "L", "high")
E("Transaction monitoring: one ATM in Slough used to withdraw from 23 different cards in 47 minutes on 14/02. Cards belong to accounts opened with Romanian and Bulgarian ID. Possible mule herding or labour exploitation - no further info at this stage.",
  "", "mbc", "")
E("Interpreter notes: She says the agent in Lagos told her there was work caring for an elderly woman in London and school for her. She says at the house she cooked, cleaned and looked after three children from 5am, slept on the kitchen floor, was never paid, and the madam said her salary was being 'sent home to her mother'. Her mother got nothing.",
  "DE WW EO AC", "lh sw ncw", "D")
E("Fraud team: customer's husband has been taking her wages and controlling all the money, she has no access to her own account. Domestic abuse referral made, she works as a teaching assistant and the financial abuse is within the marriage.",
  "", "ncw", "")
E("2/C/C handling condition: not to be disclosed outside MSHT team. INT suggests NGUYEN Van (nom) is paying electricity for three residential addresses in cash at PayPoint, each with abnormally high usage. Suspected cannabis grows, possibly tended by Vietnamese juveniles who are locked inside.",
  "", "", "C")
E("Bank alert: 15-year-old account holder's junior account received 9 payments from strangers in 2 days, all withdrawn. School says the boy has new clothes and phones and goes missing for days, seen getting into cars with older males. Social care aware.",
  "AV", "", "C", "high")
E("Customer asked why his salary from the warehouse agency was £60 short. Agency confirmed a one-off error in holiday pay and paid the difference the following week.")
E("A builder told us he pays his Polish lads cash at the end of the week and they live in his caravan on site. Said they're happy, they come and go, they've got their own cars. Visit found caravan clean, heated, two men with own passports and bank accounts.")
E("Police log: IP (M, 42, Slovak) walked into Luton station. States he was recruited in Košice by a man who paid his coach fare, then told he owed £2,000. Bank account opened in his name in the UK but the card and PIN were taken from him 'for safety'. Worked at a recycling plant 6 days a week, received £20 a week. Slept in a garage with 7 others, no toilet.",
  "DE DB WW RD AC AV", "ncw oc plc dt", "L", "high")
E("fraud ring using stolen identities to claim universal credit - 30 claims, one landline, one organiser. Claimants appear to be real people recruited from a homeless hostel, given £50 each, the organiser keeps the payments and their ID.",
  "AV RD", "ncw dt mbc", "C")
E("Alert on pensioner account: son-in-law has power of attorney and has taken £14,000 for himself. Adult social care and police informed for financial abuse.",
  "", "ncw", "")
E("Barclays SAR summary: 28 accounts held by Indian nationals on student visas, all working at the same chain of restaurants. Salary paid in then transferred in full to director's personal account the same day. Customers told branch staff it was 'for the housing'. Three customers say they paid £5,000 each to an agent in Punjab for the job.",
  "WW", "ncw uf mbc", "L")
E("One-liner from call handler: woman says her neighbour's cleaner 'never leaves the house and the door is always locked from outside'.",
  "RM", "rm", "D", "immediate")
E("Romance scam victim (M, 68) sent £22k to 'fiancée' in Ghana. No exploitation of the victim beyond the fraud. Referred to Action Fraud and victim care.")
E("Caseworker note (Salvation Army): Client P, Eritrean, 24. Was made to open a bank account and a Revolut by the man who housed him; the man uses both to receive money from 'customers' and P doesn't know what it is. When P asked for his phone back he was slapped. He is frightened to go to the bank.",
  "PV IS WW", "ncw fa", "C", "high")
E("Sole trader's account shows 40 cash deposits a month from a car wash, consistent with a busy cash business. Staff wages paid by bank transfer to 6 named employees at above minimum wage. No concerns.")
E("They took my card the first week, they said the boss needs to pay tax. After that I don't see any money. They gave me food and cigarettes.",
  "WW", "ncw", "L")
E("2/B/P: Address 14 Rosslyn Ave linked to 19 bank accounts, 4 phones. INT suggests females at the address are advertised on an escort site; profits paid into the accounts in the women's names and moved by KRASNIQI Arben (nom) to Albania. Females reportedly not allowed out alone.",
  "RM WW", "rm mbc ncw", "S", "high")
E("Customer complaint: 'you blocked my card three times this week just because I was buying stuff abroad'. Holiday in Spain, no concerns.")
E("ATM in Margate: cashpoint CCTV shows a teenage boy withdrawing from 5 cards at once while an adult waits in a car with engine running. Same car VRM seen at known county lines trap house. Boy believed to be 14.",
  "AV", "mbc", "C", "high")
E("Landlord deposits: 70 separate £150 'deposits' paid to one private landlord over 2 months for 4 flats. Suspected rental fraud, victims mostly students from China who never got the keys. Fraud only.")
E("Debrief summary: Victim (F, 22, Romanian) met her 'boyfriend' on Facebook who promised a job in a restaurant in Manchester. On arrival he said she had to sell sex to pay back the flights and rent, £200 a day. He took all the money. He hit her when she earned less. She was kept at a flat with two other girls and only left with his cousin.",
  "DE DB WW PV RM", "ncw rm et", "S", "high")
E("bank flagged £9,000 cash deposit by a 20yo. He'd sold his car. Receipt provided. closed.")
E("Care agency payroll: 12 carers from Zimbabwe on sponsored visas. Payslips show deductions of £250/week for 'visa sponsorship recovery' and £120 for accommodation, leaving most on around £60 a week for 60-hour weeks. Carers told the auditor the agency said they'd be deported if they leave before 'the debt' is paid.",
  "WW DB EO IT AV", "lh ncw fa", "L", "high")
E("Public report via website: WOMAN AT 23 SPRING ST TAKES ALL THE POST FOR THE PEOPLE LIVING THERE AND GOES TO THE BANK WITH LOADS OF CARDS EVERY MONDAY THEY ARE ALL FOREIGN LADS AND WORK ON FARMS THEY LOOK KNACKERED",
  "", "mbc ncw pa", "L")
E("Fraud detected: invoice redirection against a building firm, £48k. Business email compromise. No victims of exploitation.")
E("A&E note: 31 y/o male, Polish, crush injury to hand at a waste sorting line. Says he works 14-hour shifts seven days a week, has no gloves 'because they cost £10 each from the boss'. Friend who brought him in did all the talking and said he is fine.",
  "EO AC", "lh ppe sfw", "L")
E("INT 3/C/P: unknown source says KHAN (nom) 'owns' a lad at his takeaway who is 'paying off his plane ticket'. Unverified.",
  "DB", "", "L")
E("Customer (F, 27) reported her purse stolen with passport and cards. Cards cancelled, new passport applied for. No concerns.")
E("Bank's financial crime unit: A nail salon in Croydon pays no wages through its account. Owner's personal account receives £1,200 a month in benefit payments for 4 adults who live above the salon and work in it. The workers hold no accounts of their own.",
  "", "ncw", "L")
E("School safeguarding referral: Year 10 pupil showed a teacher a message from an older male telling her to 'collect the money from the bank for him' using a card in another girl's name. She said he bought her things and she has been to parties at a flat where men 'want stuff' from her. She is 15.",
  "AV", "mbc", "S C", "high")
E("Student from Nigeria lost her BRP and passport on a night out, reported it, bank account frozen temporarily until new ID. No exploitation.")
E("Employer self-report: a subcontractor on our construction site was found to be collecting the wages of 8 of his labourers, taking 'his commission' of 50% and keeping their passports in his van. We've ended the contract and called the GLAA and police.",
  "WW RD", "ncw dt", "L")
E("Money laundering intelligence: property company paying rent into 60 accounts in a pattern suggestive of layering. Tenants are genuine, no indication anyone is controlled.")
E("She said the man kept the card and only gave her money for tampons and bread.",
  "WW", "ncw", "")
E("999 summary: female caller whispering, says she's locked in a flat above a shop on Cheetham Hill Rd, the men took her phone, she managed to use a customer's. Says they're coming back tonight and will 'finish her'. Units dispatched.",
  "RM IS IT", "rm iso", "S", "immediate")
E("Query from a Filipino nurse about transferring her NHS wages to family in Manila. Standard remittance, no concerns.")
E("Cash-in-transit note: A hand car wash in Rotherham deposits nothing for 9 months while visibly busy. HMRC referral for tax evasion. No info about workers.")
E("Debrief (via interpreter): He says that he came from Sudan through Libya. In Calais a man said he could pay for the lorry later by working. In England he was put in a barn on a farm, given a mattress and told the debt was £4,000 and each week £100 food and £50 mattress rent was added. He says after ten months he owed more than at the start.",
  "DB AC AV", "plc", "L")
E("Many cards at one address: Royal Mail flagged 32 bank cards in different names delivered to a flat in Ilford in one month. Police visit found a man running identity fraud; names belong to people whose data was stolen online. No trafficking indicators.")
E("Probation note: S has told me he was made to sell drugs in Hastings when he was 16 by a man who paid off his debt of £600 and then said S owed £2,000. He was kept at a user's flat and was stabbed in the leg once when he 'lost' a package.",
  "AV DB PV", "", "C", "high")
E("Customer asked if we could help her open an account for her live-in nanny. Nanny attended with her own passport, opened account in her own name, salary £2,100/month by standing order. Fine.")
E("Analyst note: 2 payments of £10,000 to an account in Pakistan, reference 'kidney', from a UK resident in dialysis. Customer says he paid a clinic there for a transplant. Possible transplant tourism - the seller's situation unknown. Passed to NCA.",
  "", "", "O")
E("GLAA inspection: 40 workers on a salad farm. Gangmaster unlicensed. Workers paid correctly via payroll, housed in a clean hostel with 2 per room. Licensing breach only - enforcement action for operating without a licence.")
E("online report - my mate got a job through an agency in a chicken factory and they made him pay £300 for 'registration' before he started. Is that legal?",
  "", "uf", "")
E("INT 2/B/P suggests DUMITRU Vasile (DOB 02/02/1979) controls 8 Romanian nationals begging outside Tesco stores in Reading. Each expected to hand over £60 per day. Those who don't are beaten. Their ID cards are held by DUMITRU's wife. One is believed to be an adult with a learning disability.",
  "WW PV RD AV", "dt ncw", "C", "high")
E("Man came in to close his late mother's account. Death certificate produced. Routine.")
E("Hotel housekeeping contractor: rooms paid per room cleaned (£2.50), workers averaging 12-hour days. Workers say pay is low but they're paid into their own accounts and can quit; several have. Low pay complaint to union, no exploitation found.")
E("Suspicious transfers: 5 Chinese students' accounts used to move £300k from online 'investment' scams. Students say they were paid £500 to 'rent' their accounts. Money mule activity, students recruited on WeChat.",
  "", "", "C")
E("Witness statement extract: 'I saw them every morning at 5 outside the house, a man in a silver Audi came and took them, six of them in the car, they came back about 11 at night. One of them told me they don't get paid, the driver keeps it for the rent.'",
  "WW", "ce ncw", "L")
E("GP note: patient attended with 'friend' who translated. Patient thin, bruises on forearms, says she fell. Friend refused to leave the room. Patient works 'in house' cleaning, could not say her address.",
  "IS", "pa sfw", "D")
E("Bank staff in Southall: young man tried to withdraw £2,000 from someone else's account with their card and PIN. Said his cousin owed him money. Referred to fraud.")
E("Case summary: Three Vietnamese teenagers (15, 16, 16) found in a house in Kent with 800 cannabis plants. Windows boarded, door padlocked from the outside, a mattress and a rice cooker. The boys said they owe 'the uncle' £25,000 for the journey and he will hurt their families in Nghệ An if they run.",
  "AV RM DB IT AC", "rm plc", "C", "immediate")
E("Crimestoppers: a bloke called Daz has a bunch of bank cards he uses to claim refunds from shops. Says he buys them off junkies for a tenner.",
  "", "mbc", "")
E("Financial review: agency pays its 120 warehouse workers via an umbrella company. Workers complain about the 'umbrella fee' of £18/week. Fees are disclosed in contract; net pay above NMW. Referred to EAS for review, no exploitation.")
E("She was told she was coming to London to be a model, the agency would pay for the flights. When she arrived they said the photos were for 'a site for men' and she had to see clients to pay back £6,000.",
  "DE DB", "", "S", "high")
E("Public report: the lady next door had 2 indian guys living in her shed, they do the garden and the house for her and her son, ive never seen them go out and they look really thin",
  "AC", "pa plc", "D")
E("Bank alert: customer's wages from a meat plant arrive into his account and are transferred out to a third party within seconds via standing order set up on a device registered in another county. Customer's online banking was set up by 'his manager'. Customer told us on phone he has no phone of his own.",
  "WW IS", "ncw", "L")
E("Suspected benefit fraud: a woman claims carers' allowance for her mother who died 2 years ago. Fraud only.")
E("Debrief note (F, Albanian, 19): 'He said we are going to get married in England. In the flat he took my passport and phone and said I must work to pay for the house. Men came every night. If I cried he hit me with a belt. He said he will show the video to my father.'",
  "DE RD IS PV IT", "dt", "S", "high")
E("Customer account, Peterborough: 240 transactions in a month at a single Western Union, sending small amounts to Lithuania. Customer runs a shop that sends money for Lithuanian workers; registered MSB. No concerns.")
E("POI MAHMOUD (nom) regularly withdraws from 9 cards at the Santander ATM Stratford. The cards are in the names of Sudanese males living at a property he lets. INT suggests they do delivery work on bikes using accounts he set up and he takes their earnings.",
  "WW", "mbc ncw", "L")
E("Housing officer: HMO inspection found 18 men in a 4-bed house, beds in the kitchen and living room, all working at the same recycling yard, rent taken from wages by the yard owner who is also the landlord.",
  "AC", "oc", "L")
E("Council trading standards: a nail bar fined for food hygiene... no sorry, for chemical storage. Staff interviewed, all on PAYE, have contracts. Nothing of concern.")
E("Text message from IP to support worker, supplied to police: 'they say if I go police they cut my brother in Albania. they know where my mum live. please dont tell anyone'",
  "IT", "fa", "")
E("Internal alert: customer (M, 58) with learning difficulties. His carer's son has been using his card daily; benefits withdrawn in full. Adult safeguarding referral made for financial abuse.",
  "", "ncw", "")
E("1/A/P: Officer saw 4 women being dropped off at 10 Mead Rd at 02:00 by a male in VRM KX19 ABC. Same male seen with a bag of cash and several cards at the ATM on the High St at 02:20. Address advertised on adultwork.",
  "", "ce mbc et", "S", "high")
E("Farm manager rang to ask how to check right to work for seasonal pickers. Advised on the Home Office online check. Good practice.")
E("NGO referral: woman (Filipino, 45) came to UK with a Gulf diplomatic family as domestic worker. Says employer kept her passport in the safe, she worked from 6am to midnight, was not allowed out, paid nothing for 11 months - employer says salary 'goes to the agency in Manila'. She fled when the family went to the park.",
  "RD EO RM WW", "dt lh rm ncw", "D", "high")
E("fraud. guy on facebook selling concert tickets that dont exist. took £200 off me. not sure if this is the right place to report?")
E("The packhouse has 4 bank cards for each van-driver so the boss can 'pay the fuel'. Drivers say they're paid properly into their own accounts. Accountant confirmed the fuel cards are company cards. Not a concern.")
E("Tiny note from branch: lady with bruised face came in with a man, he had her card, he did all the talking, she looked down the whole time.",
  "", "pa sfw ncw", "")
E("SAR: rent paid to a landlord from 11 tenants' accounts, each paying £100/week for a bed-space in a 2-bed flat in Harrow. The tenants all work for the landlord's cleaning company, which deducts the rent from their pay and charges £20/week for the van to work.",
  "AC", "oc ct", "L")
E("CSE referral (police, children's services): girl, 14, in care. Her phone shows payments via a cash app from several adult males. She has been driven to hotels in Rochdale and Oldham. Her 'boyfriend' (24) controls her phone and gives her vodka and cannabis.",
  "AV IS", "", "S", "immediate")
E("A customer asked why a cash deposit by 'a friend' showed up. It was a refund for a shared holiday. Closed.")
E("INT 2/B/C (do not disclose to landlord): Sri Lankan chef at restaurant on Broad St is paid £200 a month and lives in the storeroom. His employer holds his passport 'so he doesn't run'. Works every day, no holiday in 3 years.",
  "WW RD EO AC", "sw dt lh", "L", "high")
E("Job board report: advert offering 'hotel work in London, £600/week, accommodation provided, pay £400 for the visa and ticket'. Report from a jobseeker in Bucharest who thinks it is fake.",
  "", "uf", "")
E("Safeguarding adults: Mr T, 52, homeless and alcohol-dependent, was picked up from the soup kitchen by two men offering work. Found 4 months later on a block-paving crew in Lincolnshire, living in a caravan without heating, given cans of lager instead of wages, his benefit card used by the crew boss.",
  "AV WW AC", "plc ncw", "L", "high")
E("Mortgage fraud: applicant inflated income on a buy-to-let. No link to exploitation.")
E("Debrief (interpreter): She says the man at the airport met her, took her phone 'to get a UK SIM' and never returned it. She doesn't know the name of the town. She cleaned the house and cooked for nine people. She says she was not hit.",
  "IS", "iso", "D")
E("Bank investigation: 3 accounts receive payments from 'ModelsUK' platform, withdrawn by a single male across Birmingham ATMs. Account holders are women aged 19-23 whose phones are registered to his address.",
  "", "mbc ncw", "S")
E("Call to helpline: caller's son (17) is 'working for someone' in Norfolk, comes home with wads of cash, says he owes a man money after his drugs were 'robbed'. Son was beaten last week.",
  "AV DB PV", "pa", "C", "high")
E("Supermarket supplier audit: chicken factory workers recruited via licensed agency, paid weekly, free transport offered, hours capped at 48. Union reps present. No issues found.")
E("2/B/P SHAH (nom) believed to hold passports of 6 Indian students working at his two car washes 'until they pay the visa fee back'. Students paid £150/month. No further info.",
  "RD DB WW", "dt", "L", "high")
# ---- part 2
E("Officer handover: IP from this morning's warrant at the Ashby Rd nail bar (F, 16, Vietnamese) is at the police station with a social worker. She said the owner 'keeps her papers safe in the office' and she has not been paid since she came, the owner says it is for her 'school fees later'. She sleeps upstairs with 3 others on mats. Age disputed by owner. NRM referral done.",
  "AV RD WW AC", "dt sw oc", "L", "high")
E("Customer rang to say her card had been cloned at a petrol station. 4 fraudulent transactions refunded.")
E("bank says my son's account is being used for money laundering but he's autistic and some men at college told him to give them his card and said they'd smash his face in if he told anyone. he's 18. what do i do",
  "AV IT", "ncw", "C")
E("2/B/P INT: BALOGH Tamas (nom) recruits Hungarian men from a shelter in Budapest with promises of £12/hr construction work. In UK he charges them £50/week for a mattress in a house in Tilbury, £15/day for the minibus, and 'fines' them for being late. Men report receiving £70-£100 per week for 60+ hours.",
  "DE WW EO AV", "ct lh", "L", "high")
E("A care home in Kent pays its overseas carers properly and arranged their housing at market rent, which they can choose not to use. Care Quality Commission inspection 'Good'. One carer raised that she had to repay a training cost of £2,000 if she left in year one; employer waived it after advice.")
E("Transaction pattern: a single mobile phone logs into 17 customer accounts each Friday evening. Accounts belong to Lithuanian nationals employed by an agency at a poultry plant in Norfolk. After login, all balances are moved to one account held by a VAITKUS R. Agency says VAITKUS is a 'team leader'.",
  "WW", "ncw mbc", "L")
E("Witness: 'The big man, Costel, was always at the bank machine with a stack of cards, like 10, while the other lads waited in the van. They never went in the shop themselves. He talked to the supervisor for all of them.'",
  "", "mbc sfw et", "")
E("Open-source: Local newspaper reports a landlord jailed for running an unlicensed HMO with 12 tenants. Tenants were paying their own rent and had jobs elsewhere. Court heard no evidence of exploitation.")
E("NRM referral extract: the potential victim, a 15-year-old British boy, was found in a flat in Aberystwyth with a 'line' phone and 30 wraps of crack. He had been reported missing from Liverpool 6 days earlier. He said the older lads told him he owed them £1,500 for the drugs he 'lost' and he had to stay until he'd paid it.",
  "AV DB", "", "C", "high")
E("Caller states a male at the car wash on Leeds Rd was assaulted by the manager today with a pressure washer hose, bleeding from head. Worker is still at the site. Manager is threatening the others.",
  "PV IT", "pa", "L", "immediate")
E("Bank: a 23-year-old opened an account and 3 days later received £8,000 in from a hacked business account. He says a man on Instagram offered him £500. He has since blocked the man. Money mule, no coercion mentioned.",
  "", "", "C")
E("My name is Daniel. I came from Romania with my brother. A man called Florin pay our bus and said job in a factory for £400 a week. We work in the factory but the wages come to accounts Florin opened and he keep the cards. Every week he give us £30. He say we owe him for the bus and the house and we never finish. When my brother ask for his passport Florin hit him.",
  "DE WW DB RD PV", "ncw dt mbc", "L", "high")
E("Council licensing: massage parlour inspected. Two therapists, both with own keys and contracts, hold their own passports, rent their room. No concerns identified; minor breach of signage condition.")
E("SAR: escort agency receives card payments of £150-£300 from over 200 customers per month into a business account, then pays out £20-£40 a day to six women's accounts. The women's accounts are all accessed from the same IP as the director. Director's account pays for a flat where the women live.",
  "WW", "ncw", "S", "high")
E("The man from the agency said if I don't sign the papers he will tell immigration I am working illegal.",
  "IT AV", "fa", "")
E("Account review: a Chinese national (F, 38) in a nail salon in Glasgow. Her wages are paid into her account and withdrawn the same day at a cash machine in Leith - the salon owner's home area. She has no online banking and has never visited a branch after opening.",
  "", "ncw", "L")
E("Intel: 3/C/P The lads at the takeaway are 'worked to the bone', 14 hrs a day, no day off. Nothing else known.",
  "EO", "lh", "L")
E("Debrief (interpreter): He says in Eritrea he had paid $3,500 to smugglers. In Libya he was held in a warehouse and beaten until his family sent more. He says he came to the UK by small boat and had nothing to do with anyone after arrival; he lives in asylum accommodation and is not working. Exploitation was outside the UK only.",
  "PV", "", "", "high")
E("Fraud: 19-year-old uni student found to have sold her bank account login for £300. She thought it was a 'crypto side hustle'. No coercion.",
  "", "", "C")
E("HMRC intel: director of 'Clean Living Ltd' cleaning agency pays 30 staff via 2 accounts; PAYE shows 16 hrs/week per worker but staff say they work 70. Staff mostly Bulgarian women living in properties he rents, 4 to a room. Payments appear to reach staff's own accounts.",
  "EO AC", "lh oc", "L")
E("Woman rang 101, ex-partner keeps texting her. Harassment. Not connected to any work or exploitation.")
E("Safeguarding referral (midwife): pregnant woman, 20, booked at 32 weeks. She did not know her own address or GP. Partner answers questions and holds her 'hospital papers' and passport. She whispered that she 'works at night for him'. Bruising on upper arms.",
  "RD IS", "dt pa sfw", "S", "high")
E("Payments alert: a sole trader receives 'rent' from 9 people but pays no bills on the property. Investigation found it was a shared house of students paying fair rent; landlord pays bills by a different account.")
E("Bank officer note: two young Albanian males came in to open accounts with an older man who had their passports in a plastic folder and took them back after. The older man gave his own number as their contact. He also asked to have the cards sent to his address.",
  "RD", "dt sfw mbc", "", "medium")
E("Organ trafficking intelligence (NCA, sanitised): a UK-based recruiter offers young men from Pakistan £4,000 for a kidney, paid 'after the operation' in Lahore. One man says he got £800 and was threatened when he complained. He is now unwell and cannot work.",
  "DE IT AV", "", "O", "high")
E("The gangmaster is collecting workers at 4am from a petrol station in Spalding and bringing them back at 10pm. He takes £8 each way. They are paid by the farm directly.",
  "", "ce ct", "")
E("Branch: customer came to withdraw the whole of his wage in cash because he is 'sending it home'. He is Polish, lives alone, has done this for 4 years. No concerns.")
E("1/A/P Surveillance log 12/03: 07:10 Silver Vauxhall Zafira VRM AB12 CDE collects 7 males from 56 Oak Terrace. Driver (believed IONESCU) hands each a bag. 07:45 arrival Apex Distribution Centre. Agency records show the 7 males' wages paid to 2 accounts, both accessed by IONESCU.",
  "WW", "et ncw", "L")
E("A woman in a chat group posted that her employer in a private house in Kensington makes her wear the uniform all day, work from 7am to 11pm, never lets her eat with the family, and she sleeps in the laundry room. She said she has no days off in 2 years and her pay goes to her agency in Jakarta.",
  "EO AC WW", "lh sw ncw", "D", "high")
E("Victim care note: client's bank account was used by her trafficker to claim Universal Credit and child benefit for children who don't exist. She was made to attend appointments with him. He kept her bank card and passport in his car.",
  "RD", "ncw dt et", "C")
E("Police log: report of a male begging at the station who appears to be dropped off by a car at 7am and collected at 7pm. Male had a visible limp and very poor hygiene. Spoke no English. Officers spoke with him via Language Line - he said his 'uncle' looks after his money.",
  "", "ce pa ncw", "C")
E("Business banking: restaurant chain pays kitchen staff by BACS, staff records complete. A manager was suspended after staff complained he made them work two extra hours unpaid; employer paid the hours back. Employment issue only.")
E("County lines referral: 16-year-old girl found in a flat in Taunton with two males aged 20+. She said they keep her phone, she's not allowed out alone and they 'make her do things' with men who come to the flat. She has cigarette burns on her arm.",
  "AV IS RM PV", "rm pa", "C S", "immediate")
E("PAYMENT SCREENING: £45,000 sent to a private hospital in Turkey by a UK customer. Customer's invoice shows a legitimate kidney transplant from a related living donor (his brother). Documents verified.")
E("Caseworker note: Ms K told me that she was moved between 'flats in Leeds, Sheffield and Newcastle'. Phone taken by the 'manager' and given back only to reply to 'bookings'. She was not allowed money; any tips were taken. She said one client raped her and the manager said it was 'part of the job'.",
  "IS WW PV", "", "S", "high")
E("Bank branch, Boston: Latvian customer asks to change his address. He was living in a house with 11 others provided by his employer. He has now moved out to his own flat. He says the job is fine, the house was just crowded.",
  "", "oc")
E("Financial investigator's note: analysis of HOTEL PALM (Blackpool) accounts shows payroll to 3 staff only, but at least 12 people work there (observations). Those off-payroll are Indian nationals on visitor visas, thought to be paid cash. Owner says they're 'family helping out'. Further work needed.",
  "", "", "")
E("3/C/P: rumour that the car wash on Kings Rd 'keeps blokes in the container out the back'. Visit by PCSOs found a container used as a tool store, staff all live locally and have contracts. No further action.")
E("Debrief: I was 17 when I come. The man who brought me said I will go to school. But they put me in a house to look after the children of his brother. I was not allowed to go to school or outside. They beat me with a shoe when I broke a plate. I ate what was left.",
  "AV DE RM PV AC", "rm", "D", "high")
E("Student asks why she cannot open an account without proof of address. Advised on alternative ID. Routine.")
E("A lady phoned the bank because her 'boss' told her to close her account and give him the cash so he could put it in 'a safer bank'. She said he also has her passport for 'the visa renewal' and she works as a cleaner at his office. She sounded afraid and hung up.",
  "RD", "dt ncw fa", "L")
E("Crimestoppers: 'At 4 Kelso Gardens there are young girls coming and going with older men every night, one of them looks 13. The men pay cash at the door.'",
  "AV", "", "S", "immediate")
E("Bank alert - mule network: 48 accounts opened by East African nationals in their first month in the UK, all with the same employer listed (a cleaning company that doesn't exist). Accounts passed within days to a controller who uses them to launder fraud proceeds. Several account holders told fraud team they 'had no choice' as the man who arranged their boat crossing said they owed him.",
  "DB AV", "mbc ncw", "C", "high")
E("Man complained his landlord kept his deposit. Civil matter.")
E("GLAA: workers at a flower farm told inspectors they are charged £35 for hi-vis, boots and gloves from their first wages and £5 a day for a lift to the field. Pay after deductions sometimes below minimum wage. Gangmaster licence revoked.",
  "", "ppe ct", "L")
E("Police log entry: ref 22/4411. At 11:40 police attended the Golden Dragon takeaway re a noise complaint. No concerns identified; staff present were family members of the owner who live above.")
E("I came to work in a fishing boat in Scotland. The skipper keep my seaman book and passport. We work 20 hours some days, sleep on the boat, never go to the town. My salary $500 a month, they say they send to my agency in Manila, but my wife say she receive only part.",
  "RD EO WW RM", "dt lh sw rm", "L", "high")
E("Internal fraud note: branch colleague flagged that a customer's account receives her entire wage from a Newcastle bakery and then moves it to her husband. Husband manages finances by agreement, customer confirmed in private she is happy with it.")
E("Report from member of public: there's a fella who picks up 3 Romanian women outside the Co-op at 6 each morning and they look like they've been crying, one had a black eye. Don't know where they go.",
  "", "ce pa", "")
E("INT 2/B/P: MORINA Ardit (nom) suspected of running 4 cannabis grows in Sunderland tended by Albanian men smuggled in 2023. Men told they owe £15k each for the crossing and are not allowed to leave the houses; food is delivered weekly.",
  "DB RM", "rm", "C")
E("IFA note: an 82-year-old's savings were moved by a rogue trader who did roofing work. Fraud/doorstep crime, no exploitation.")
E("Safeguarding: Jack, 14, has £600 in cash and new trainers. Mum found a phone with messages from 'Tank' telling him to 'go to the ATM and get the cash off the cards I gave you'. Jack has missed 3 weeks of school.",
  "AV", "mbc", "C", "high")
E("Referral from a bank's vulnerable customer team: Mr A (Afghan, 29) said through an interpreter that a man 'from the mosque' found him a job in a car wash and opened a bank account for him. The man collects his card every payday and brings him back £40. He said the man 'is kind to him' and he doesn't want trouble.",
  "WW", "ncw", "L")
E("Debrief (M, 30, Polish): 'We lived on the farm in a static caravan, 6 of us. The roof leaked and there was no hot water. Szymon took the wages from the farm and paid us half. When I said I want to go home he said I owe him for the caravan and the work clothes.'",
  "AC WW DB", "oc plc ppe", "L", "high")
E("SAR: account of a 'hair and beauty' business in Coventry receives payments from clients at night via a payment app; outflows to 7 women's accounts of £10/day. Advertised on a sex work site. Pattern suggests sexual exploitation with wages withheld.",
  "WW", "ncw", "S")
E("A Sudanese asylum seeker told his caseworker he sometimes does cash-in-hand deliveries for a friend and gets paid fairly. He is worried about his claim. No exploitation, advice given.")
E("999: a man has jumped from a first-floor window at a house on Grange Rd, says he was kept inside for two weeks by his employer who took his passport. He is injured, unable to walk. The employer is inside.",
  "RM RD", "rm dt pa", "L", "immediate")
E("Suspicious payments from a UK account to a clinic in Egypt, ref 'donor fee'. Enquiries showed a UK resident had bought a kidney from an unrelated Egyptian donor who was paid a fraction of the sum; the donor was recruited while homeless in Cairo.",
  "AV", "", "O")
E("Council: a resident's carer is paid by direct payments and reports all her hours. Reviewed, nothing of concern.")
E("INT 2/C/P: unnamed Chinese female at a pop-up flat in Cardiff posted on an escort site 'new girl every week'. Female believed to be charged £1,000 a week 'rent' by the organiser and to sleep in the room where she sees clients.",
  "DB", "sw", "S")
E("Note from a bank fraud analyst: 8 accounts opened at the same branch in 2 days by Bulgarian men who all gave the same address, a house owned by a man with a previous conviction for gangmaster offences. The men were accompanied by him. Cards were delivered to his address.",
  "", "mbc sfw", "")
E("Interpreter's statement: the client states that she was told she would work in a clothes shop in Birmingham. She states that she was instead made to clean the house of a couple and look after their baby. She states that she slept on a mattress in the baby's room, was given £50 a month, and was not allowed out without the wife.",
  "DE WW RM AC", "rm", "D", "high")
E("Police attended a dispute at a factory: two workers arguing over overtime allocation. No concerns, both on permanent contracts.")
E("my cousin went to england to work on building sites, he phoned to say the boss took his id card and he sleeps on the site in a cabin and works all day, every day. he cannot leave because he has no money to go home. please help",
  "RD EO AC", "dt sw lh", "L", "high")
E("Fraud ops: card-not-present fraud on a café's merchant account. Unrelated to staff.")
E("Safeguarding adult review summary: 'Mr D, a man with a learning disability, lived in a shed at the bottom of a family's garden for 12 years. He worked on their block-paving business, was paid nothing beyond food, and the family collected his disability benefits.'",
  "AV WW AC", "plc ncw", "L", "high")
E("Bank notes: customer (F, 30) reports her ex took out a loan in her name. Identity fraud within an abusive relationship; DV referral made. No trafficking.")
# ---- part 3
E("Debrief (interpreter): She says she answered an advert on Facebook for waitressing in a hotel in London, with a free room. She says the 'hotel' was a flat in Luton, the men took her phone on the first night, and she never knew the address. She says she was raped by the man called Genti when she refused clients.",
  "DE IS PV", "", "S", "high")
E("Bank: a customer's salary from a hotel group was paid late one month because of a payroll system fault. All staff paid within 5 days with an apology. No concerns.")
E("GP letter: Mr R, 44, Romanian, presented with untreated leg ulcers. He lives at a farm in 'a container' with 10 men. He carried a plastic bag with one change of clothes - says everything else is 'with the boss'. His appointment was booked and attended by the supervisor who waited in the room.",
  "AC", "oc fpe pa sfw plc", "L")
E("SAR: student account (F, 20, Chinese) receiving regular payments from a 'massage' business and paying £2,000/month to an individual in Manchester. Customer, when called, said she 'pays back her agent for the visa and flights' and 'can stop when it is finished'. Debt appears to grow month by month.",
  "DB", "", "S")
E("101 call: caller saw a man shouting at workers in a field near Wisbech 'I'll break your legs if you slow down'. Workers are still out there.",
  "IT", "", "L")
E("A hand car wash in Stoke was visited by the police and HMRC. All 6 workers paid through payroll, hold their own passports and bank cards, live in their own rented flats. The owner was told to fix a broken boiler in the staff room. Nothing else.")
E("Interview note: 'I never had a key. The lady locked the door when she went to work and I stayed with the children and cleaned. She said the street is dangerous for someone with no papers.'",
  "RM AV", "fa", "D", "high")
E("Fraud team: romance fraud victim, 72, was persuaded by a scammer to receive and forward money, making her an unwitting money mule. She is not under anyone's physical control. Safeguarding and education provided.")
E("INT 2/B/P: suggests a Slovak Roma family (adults and teenagers) are being moved between towns in the Midlands by LAKATOS (nom) who claims their child benefit and universal credit using addresses he controls. The family live in one room above a shop, sleep on the floor, and LAKATOS gives them £50 a week. The eldest son (15) works at LAKATOS's car wash.",
  "AV AC", "ncw oc plc", "C L", "high")
E("Person rang to say her Romanian neighbour 'works too much at the warehouse'. Neighbour was spoken to: agency worker, chooses overtime, paid for it, has own car. No concerns.")
E("Text from a woman to a helpline (translated from Tagalog): 'Ma'am they don't give my phone, only Sunday 5 min to call my family. My employer says I can't go anywhere. I work from 5 am until they sleep.'",
  "IS RM EO", "", "D", "high")
E("Bank branch (Hounslow): 3 men tried to open accounts with brand-new Indian passports while a 4th man held all the passports and filled the forms. The 3 men said they work in a sweet factory and their 'uncle' sorts out their money. Staff refused to open accounts.",
  "", "sfw ncw", "L")
E("Transaction monitoring: customer receives Child Benefit and Carer's Allowance, immediately withdrawn by someone using a card at an ATM 200 miles away. Customer, contacted, said her brother-in-law 'looks after the card'. She has a learning disability. Adult safeguarding referral.",
  "", "ncw", "")
E("Debrief account (M, 24, Vietnamese): 'The uncle in Hanoi told my parents I would work in a restaurant and send money home. I went in a lorry. In England they put me in a house with plants. The windows were covered and I could not go out. They bring food on Sunday. They said if I tell police my parents will lose the house because of the debt.'",
  "DE RM IT DB AC", "", "C", "high")
E("Money laundering: construction firm pays inflated invoices to shell companies. No workers at risk identified.")
E("County lines log: officers stopped VRM LM67 XYZ on the M6, found 2 boys (14, 15) from London, 40 wraps, cash and 6 bank cards in other names. Boys said the driver tells them where to go; the driver is 23. Boys now in police protection.",
  "AV", "mbc et", "C", "high")
E("Online report: a posh house on the hill has a woman who does all the work and she told my mum she hasn't been paid since christmas, the family say they are keeping her wages 'for when she goes home'. She's not allowed to leave the house except to walk the dog",
  "WW RM", "", "D")
E("Agency worker complains she was paid minimum wage for night shifts when she thought she'd get a premium. Contract shows no premium. Not withheld wages, just a pay dispute.")
E("2/B/C (do not disclose to Home Office without OIC approval): INT suggests TRAN (nom) sells 'places' on nail-bar rotas to Vietnamese women for £3,000 each, money paid up front to a UK account in the name of his girlfriend. Women then repay a further £200/week.",
  "DB", "uf", "L")
E("Probation note: Client (M, 19) says he was made to carry packages to Cornwall by 'a man he owes'. When he wanted to stop, the man posted a picture of his younger sister outside her school on Snapchat.",
  "DB IT", "", "C")
E("A&E: 16 y/o female, intoxicated, brought by police from a hotel. Tells nurse that 'men paid her boyfriend' and she had sex with them. Several cuts on the inside of her arms. Boyfriend (adult) waiting outside, asking for her phone.",
  "AV PV", "pa", "S", "immediate")
E("Bank: customer's pension transferred to a new account without his knowledge by a 'friend' who helped with his banking. Police investigation for fraud. Nothing further.",
  "", "ncw", "")
E("Debrief (F, 29, Nigerian): 'Madam said I must swear an oath at a shrine before I travel. She said if I run away or talk to police, the juju will kill me and my family. In Italy and then London I worked in the street and in houses. The debt was 35,000 euros.'",
  "IT DB", "fa", "S", "high")
E("Bank: a takeaway owner in Grimsby opened accounts for his two kitchen staff and keeps the cards in the till to 'help them save'. Staff, interviewed separately, say they wanted this, withdraw money whenever they ask and can have the cards back. No concerns identified after follow-up.",
  "", "mbc")
E("Police intel 3/C/P: the nail bar on Green Lanes has girls who never leave the shop, seen sleeping on the couches at night through the window.",
  "", "sw rm", "L")
E("Safeguarding referral (LA): family of 5 in a 1-bed flat, father works in a warehouse via agency, overcrowding due to housing shortage, rent paid to council. Housing need only, no exploitation.",
  "", "oc")
E("He came to us with nothing, one shirt and flip-flops, said he'd walked from the fish factory in the night after two years there. He had never been paid - 'Boss said money in bank in India, safe'. Crew boss still holds his passport.",
  "WW RD", "fpe", "L")
E("SAR (Monzo): a new account holder (M, 22, Albanian) receives £120-£300 a day from 'cleaning' invoices, which are moved on to 3 accounts in Albania. Customer says he works for his cousin. No other indication.",
  "", "", "")
E("Statement of GLAA inspector: 'Workers told me they had to pay £120 for the hi-vis jackets, boots and a knife, taken from their first pay. They are collected at 4.30 every morning and driven to the site, and the driver charges each £10 a day. One worker showed me a payslip that read £42 net for a 50-hour week. The gangmaster holds all bank cards.'",
  "WW", "ppe ce ct ncw lh", "L")
E("Call from school: pupil (12) is being given money by an older teenager to let him use her bank card. She said she doesn't want to but he said he'd 'put stuff online' about her.",
  "AV IT", "ncw", "C", "high")
E("Bank complaint: a Polish builder says his employer pays him two weeks in arrears and he wants it weekly. He is paid in full, into his own account. Employment query.")
E("Debrief summary: Mr H (Indian, 35) was recruited in Kerala for a 'chef job' in Wales at £2,000/month. He paid the agent £6,000. On arrival he was a kitchen porter working 80 hours a week, paid £400 a month, the rest 'kept against the loan'. The owner confiscated his passport and BRP and said he would report him to the Home Office if he complained.",
  "DE EO WW DB RD IT AV", "uf fa", "L", "high")
E("Vehicle stop note: white Transit VRM FG66 HJK stopped at 05:10 on A17, 14 males on board (10 seats), all going to packhouse. Driver had an envelope containing 14 bank cards with PINs written on tape. Males said the driver is 'the boss' and they pay him £12 a day each for the van.",
  "", "mbc ct ce ncw", "L")
E("A GP practice reported that a patient's 'employer' came to register five new patients, all giving his address. Follow-up: it is a legitimate care agency with staff housing. No concerns.")
E("Caseworker note: Ms L (Chinese, 41) says she was brought over to work in a restaurant. Her employer told her she owed £30,000 to 'the snakehead' and took her wages to pay it. She slept in the restaurant basement. When the restaurant closed he sent her to a flat where she was made to sell sex.",
  "DB WW AC", "sw", "L S", "high")
E("Bank alert: a customer's online banking password was changed from an unknown device in Romania. Customer had clicked a phishing link. Account secured.")
E("Note: the lads are not allowed to go to the shop on their own, one of the 'supervisors' goes with them. They work at the chicken factory 12 hours, their wages go to the supervisor's cousin's account.",
  "RM WW EO", "et ncw", "L", "high")
E("Crimestoppers (anonymous): a woman at the Kwik Wash launderette says the man she works for hits her and takes all her money. She works there 7 days.",
  "PV WW EO", "", "L", "high")
E("Financial investigation report (FIU, extract): Over 18 months, £640,000 was paid by a recruitment agency into 52 accounts held by Romanian nationals. In 49 of these accounts the full amount was withdrawn within 24 hours, predominantly at 3 ATMs in Kettering, using cards that were later found at the home of the principal suspect, CIOBANU Marius. Interviews with 14 account holders established that they had been promised £9 an hour, were paid £50 a week in cash by CIOBANU, and lived in three houses he rented, up to 12 per house. Several described being punched by CIOBANU or his brother for 'disrespect'. Three were under threat of 'the debt' for their transport from Romania, which CIOBANU increased each month for 'rent, food and electricity'.",
  "DE WW AC PV DB", "mbc ncw oc", "L", "high")
E("Customer (M, 33) reported that his employer, a haulage firm, paid him late twice this year. He's owed £300 for last month and has asked ACAS for advice. He can leave and has other job offers.")
E("999: caller is in a car outside a house in Derby; she says her 13-year-old daughter is inside with men who have been giving her drugs and she can hear her screaming.",
  "AV", "", "S", "immediate")
E("Bank notes: account of a Pakistani student receives wages from a convenience store at £4 an hour, cash withdrawals in full. Student says he needs the hours for his fees. Low pay breach reported to HMRC NMW team, no evidence he is controlled.")
E("Interpreter's note: Mr B says that at the farm in Herefordshire he was told not to speak to the other workers or the farmer. He says the gangmaster took the phones of all the Romanians 'so they don't waste time'. He says nobody was hurt.",
  "IS", "", "L")
E("Witness statement: 'They're woken up at 4, you can hear the van. They come back at 10 or 11. I've never seen them do anything on a Sunday except sleep. Twelve of them in that house. The guy who drives speaks for them when the council came round.'",
  "EO AC", "ce oc sfw", "L")
E("Fraud alert: duplicate VAT repayment claims from a car wash company, £90k. Tax fraud only.")
E("Safeguarding (school nurse): Aisha, 16, told me her family plan to take her to Pakistan in the summer to marry her cousin. She says she doesn't want to and her father took her passport and phone. She is frightened.",
  "AV RD IS", "fa", "", "high")
E("INT 2/B/P: MURATI (nom) uses cuckooed flat of a vulnerable heroin user (M, 56) at 12 Holt Court to store drugs. The occupant is given heroin and told to stay in his bedroom when runners visit. Occupant was beaten last month.",
  "AV RM PV", "", "C", "high")
E("Bank: a customer with 6 cards was a delivery driver with cards for his personal, joint, savings, business and two credit accounts. All his own. No concerns.")
E("she kept saying she cannot go home because of the debt, she owes them for the flight and every week it goes up because they charge for the room and food",
  "DB", "", "")
E("Tweet reported to police: 'Hiring girls 18+ for massage work in UK. Free travel, free flat, earn £5,000/month, no experience' with a WhatsApp number. Ad traced to a man with a previous trafficking conviction.",
  "", "", "", "low")
E("Victim care note: client said that her husband's family 'own her' - she was married in Bangladesh at 17 and brought to the UK. She cooks and cleans for 9 people, is not allowed to leave the house or to phone her parents, and her mother-in-law beats her when the food is late.",
  "AV RM IS PV", "", "D", "high")
E("Note: Lithuanian workers at a mushroom farm said they were 'very happy', paid weekly, have their own documents, and would recommend it. Inspection closed.")
E("Intelligence: 2/B/P KOVAC (nom) charges Slovak women £500 each to 'register' them with a cleaning agency in Sheffield and a further £100 for a National Insurance number. He keeps their ID cards 'until the money is paid'.",
  "RD", "uf", "")
E("My son was offered work on a trawler out of Peterhead by a man in Ghana, told £1,200 a month. He works 18-20 hours most days, has been hit by the skipper, and they say he gets paid only when the contract is finished in 12 months. He has not been ashore for 3 months.",
  "DE EO PV WW RM", "", "L", "high")
E("Bank: business customer (construction) pays 30 labourers through CIS, all into individual accounts. Random checks show workers control their own cards. Good practice noted.")
E("An account held by 'Maria S' is used to pay for online sex work adverts in 6 cities, moving every week. Same card pays for hotel rooms. Maria S is a 19-year-old Romanian woman who doesn't have access to online banking; her 'manager' logs in from his phone.",
  "IS", "ncw", "S")
E("Translated letter from IP: 'I want to explain that I was not free. The man kept my documents and said if I go, the police will put me in prison because I have no papers. So I stayed 2 years.'",
  "RD IT AV", "fa", "", "high")
E("Bank referral: account of a 15-year-old girl shows payments from 12 men, references like 'for last night', 'xx'. Parent raised concerns. Police and children's social care notified.",
  "AV", "", "S", "high")
E("HMRC note: a recycling company keeps 2 sets of books. Workers are paid cash in hand but at proper rates; tax evasion only.")
E("Debrief (M, 19, Eritrean): 'A man in Calais said he will bring me to London, I pay later. In London I stay in his flat, I must sell things in shops (steal) and give him everything. If I bring less he does not give me food. I had nobody, no phone, no English.'",
  "DB IS AV", "", "C", "high")
E("Neighbour dispute: the neighbours have a lot of people visiting, caller suspects drugs. Officers visited: a family birthday party. NFA.")
E("SAR (extract): customer is a care worker at a home in Norfolk. Her wages are paid into her account, then 90% is transferred to 'Global Staffing Solutions Ltd' with reference 'sponsorship repayment'. The customer told us she took a loan from the company for her visa and flights and 'the balance keeps getting bigger'. She works 72-hour weeks.",
  "DB WW EO", "lh ncw", "L", "high")
E("Bank, Leicester: 2 women came in to close their accounts and open new ones at another bank because a man from their old factory was 'taking their pay'. They now work elsewhere and have their cards. Past exploitation reported to police.",
  "WW", "ncw", "L")
E("School referral: Year 8 boy (13) arrives at school 2 hours late most days and is falling asleep. He told staff he works at his uncle's car wash until 10pm and on weekends. He's given £10.",
  "AV EO WW", "", "L", "high")
E("The man at the hostel said he'd give me work but I had to give him my bank card till I got paid back for the room. I never saw that card again.",
  "DB WW AV", "ncw", "", "high")
E("Police log: reported assault outside a nightclub. Both parties known to each other. No further concerns.")
E("SAR: three transfers of £28,000 from a UK account to a hospital in India with reference 'Donor compensation'. Customer's son had a transplant. Enquiries indicate the 'donor' was a young man from Bihar who was paid £700 and told it was a blood donation.",
  "DE AV", "", "O", "high")
E("Caseworker note: Mrs F (Romanian, 50) sells the Big Issue and begs. She says her sons bring her to the same spot each day and take the money. She doesn't complain; she says 'it's family'. She sleeps in their car.",
  "WW AC", "ncw et", "C")
E("Online report (Unseen app): 'Young lads at the barber shop on Cowley Rd look scared. The owner drives them there and back each day, they don't seem to have phones and one said he's not allowed to talk to customers.'",
  "IS", "et", "L")
E("Bank, Glasgow: customer (M, 25, Vietnamese) has no fixed address and cash deposits from 3 nail salons. Enquiry: he is a self-employed nail technician renting chairs. No concerns.")
E("I was promised a job in a care home in Birmingham with visa sponsorship. When I arrived there was no job, the sponsor asked for £10,000 for the certificate. I am now working in a shop and looking for a new sponsor.",
  "DE", "uf", "")
E("Debrief (interpreter): She says the man told her they would live together as husband and wife. She says he took her to a house where men came, she was raped by him and two others, and made to see 'customers' every day. She says she did not know the address or the town and did not have a phone.",
  "DE PV IS", "", "S", "high")
E("Bank: account opened by a Sri Lankan restaurant worker, salary paid in monthly, normal spending. He sends £200 home each month. No concerns.")
E("Intel 2/B/P: POI KHAN Imran (DOB 14/07/1990) is believed to be recruiting homeless men in Manchester to sign up for bank accounts and loans, which he then uses. Men are given accommodation in a house in Longsight and alcohol, but no money. One man says he was kicked when he asked for his card back.",
  "AV PV", "ncw mbc", "C")
E("Council EHO: food factory shift patterns show workers doing 12-hour shifts, 4 on 4 off. Legal and compensated. No concern.")
E("debrief: 'I was 16 they said I will play football in England. They took my passport at Heathrow. I worked in a car wash, 12 hours, no money. I slept in the store room with the chemicals. When I cried they said my family will pay if I run.'",
  "AV DE RD EO WW AC IT", "sw", "L", "high")
E("Bank note: husband and wife both Polish, the wife has the husband's card because he's working away on a rig. Fine.")
E("Police log 2/A/P: IP (F, 33) stated her employer, a dentist, and his wife had her working in their home in Hampstead from 6am to 11pm caring for the children and the house, gave her £100 a month, and held her passport in a locked drawer. She fled yesterday with help from a neighbour and is now at a refuge.",
  "EO WW RD", "", "D", "high")
E("Fraud: customer (F, 55) scammed via 'investment' app, lost £60,000. No exploitation.")
E("Debrief (M, 27, Albanian): 'They pay the lorry and say I owe £20,000. I work the cannabis house, I must sleep there, water plants every day, never go out. They came with a gun once and showed me the video of a boy they beat. After that I never tried to leave.'",
  "DB RM IT AC", "sw", "C", "high")
E("Report from a bank manager: a woman with a learning disability came in with her 'friend' who had taken over her online banking. Friend was pressuring her to withdraw her savings. Adult safeguarding called. Financial abuse.",
  "", "ncw sfw", "")
E("Handover: 2 Romanian men (brothers, 21 and 24) came to the front desk saying they worked 3 months at a farm in Kent for nothing because the man who brought them said he is keeping the pay until they finish the season. They have their passports. They have left and are with a friend. Reported as a potential labour exploitation offence.",
  "WW", "", "L")
E("Probation: client on licence is working for a legitimate scaffolding firm, 40 hours/week, paid into his own account. All fine.")
E("Bank: a sponsored care worker (F, Ghana) asks to stop a standing order to her employer for 'accommodation' which was set up by the employer without her knowledge. Employer charges her £600/month to share a room with 3 others.",
  "AC", "oc ncw", "L")
E("Statement of a nurse in A&E: 'The patient said he had been held in a flat in Southampton for 3 weeks and had one kidney removed in a clinic abroad before coming here. He was promised £5,000 and got nothing. His scar is recent.'",
  "DE RM WW", "", "O", "high")
E("Member of public online: i think my neighbours are slaves cause they drive old cars. Officers checked: two self-employed tradesmen. NFA.")
E("ATM report: unusual withdrawals from 30 cards at an ATM in Bradford between 01:00 and 03:00. Investigation found a card-skimming gang using cloned cards; victims are cardholders across the UK, not people under control.",
  "", "mbc")
E("NGO note: Client V (Polish, 60) was homeless in Warsaw when a man offered 'hotel work in London'. He worked in a car wash, then a farm, his benefit account was opened by the man, and he was given £10 a week. He said he was not beaten but was 'always watched'.",
  "AV DE WW RM", "ncw", "L", "high")
E("Branch staff: a customer asked to pay her rent in cash. Landlord doesn't take transfers. Nothing of note.")
E("Midwife note: woman (19, Vietnamese) booked late, says she worked at a nail bar and lived with the owner. She does not have her passport - 'the boss keeps it'. She does not know her postcode. Boss's wife accompanies her.",
  "RD IS", "et sfw", "L")
E("INT 3/C/P: a male named 'Lulzim' is said to have threatened to hurt workers at the car wash if they talk to the police. Unclear who or when.",
  "IT", "", "L")
E("SAR: a customer who is a 17-year-old apprentice receives his own wages but transfers £100 each Friday to an older man who 'gets him work'. When asked, he said it's fine, he can stop whenever. No other concerns; flagged for review.")
E("Bank, Edinburgh: 14 Romanian workers at a salmon processing plant use accounts all opened the same day at the same branch, cards sent to one house. All cards used on the same evening at one ATM by the same person. Workers interviewed say their 'team leader' holds the cards and gives them £25 a week; the rest is 'for the house and transport'.",
  "WW", "mbc ncw ct", "L")
E("Debrief: 'He gave me a room and food at first, I was sleeping on the street. Then he said I must pay back by selling for him. He took my phone so I can only use the work phone.'",
  "AV DB IS", "", "C", "high")
E("Probation note: former cannabis farm gardener (M, Vietnamese, 25) convicted in 2021, now says he was trafficked. NRM referral made. Says he was not locked in, could go out, and was paid. No further indicators disclosed.",
  "", "", "C")
E("A&E: 28 y/o female, burns to hands from cleaning chemicals. Works in a hand car wash 'every day'. Accompanied by male who holds her phone and answered for her. She does not know the name of the road where she lives.",
  "IS EO AC", "pa sfw", "L", "high")
E("Caller reports a car wash where the workers look too young. Officers attended, all staff over 18 with ID, employer compliant. NFA.")
E("Bank: account used to pay 'recruitment fees' of £1,500 each by 40 Nepali nationals for jobs in UK farms. Fees paid to a company in Kathmandu. Licensed UK operator says it never charged fees and is investigating. No exploitation known in the UK yet.",
  "", "uf")
E("Safeguarding referral: Mrs P (86, British) is cared for by her nephew who moved in, has control of her pension and has her sign cheques. She is not being made to work. Financial abuse investigation.",
  "", "ncw")
E("Intelligence report 2/B/P: Girls being advertised on Vivastreet from an address in Wolverhampton. Ads paid using a card in the name of a 17-year-old from Coventry who is reported missing.",
  "AV", "", "S", "high")
E("'He said if I leave he will send the pictures to my husband in Romania and tell the police I am a prostitute.'",
  "IT", "", "S", "high")
E("Suspicious payments: retired couple pay £800/month to a Nigerian woman who lives with them. Enquiry: she is their full-time live-in carer, with a contract, own room, days off and her own passport. No concerns.")
E("Police note: Officers attended a call about a 'woman screaming' at a house in Walsall. They found a Bangladeshi woman (25) who said she is the wife of the house and does all the work for her husband's family. No violence reported. She wants to return to her parents; the family holds her passport and her spousal visa documents and refuse to give them.",
  "RD", "", "D")
E("Bank analyst note: a packhouse pays 86 workers. 31 of the workers' accounts list the same phone number for contact and have cards delivered to the same PO Box. Funds are moved on each payday to an account belonging to a supervisor. Agency says supervisor is paid separately.",
  "WW", "mbc ncw", "L")
E("Victim account: 'They brought us to the factory at 6, collected us at 10 at night. I was so tired my hand got caught in the machine. They told me not to go to hospital because I'd be deported.'",
  "EO AV", "ce fa pa", "L", "high")
E("Customer wants to add her mother as an authorised user. Routine.")
E("INT 2/B/P: DEMIR (nom) believed to run a group of children (10-15) stealing from shops in Oxford St. Children are made to hand over everything; those who refuse are beaten in the van. The children are believed to be Romani and living in one flat with 20 people.",
  "AV PV AC", "oc", "C", "immediate")
E("Debrief (F, 31, Thai): 'I owe 1.5 million baht to the agent. I work in the flat, see men, every day, the mamasan takes the money and writes in a book what I still owe. I never go out except with her. She says I cannot go to police, I am illegal.'",
  "DB WW RM IT AV", "", "S", "high")
E("Bank: gym owner deposits £8,000 cash every month from memberships. Verified. No concerns.")
E("Financial intelligence (NCA): a UK bank account held by a Moldovan national receives payments from 'hospital fees' and transfers to a recruiter in Chișinău. Intelligence suggests the recruiter arranges 'donors' for kidney sales in Turkey, paying them $3,000 and threatening them afterwards not to speak.",
  "IT", "", "O")
E("A student from India says his landlord keeps his passport as a 'deposit'. He pays rent, studies and works 20 hours at a café with normal pay. Landlord told to return the passport; he did.",
  "RD", "", "")
E("Call handler: male caller (Eastern European accent), very distressed, says 'I am on farm, they not let me go, I have no money, no passport, please help'. Line cut. Cell site: rural Cambridgeshire.",
  "RM RD WW", "", "L", "immediate")
E("INT 1/B/P: VU (nom) brings Vietnamese girls aged 15-17 to work in nail bars in Birmingham. They live with VU, he pays them nothing and tells them they will be arrested if they speak to anyone.",
  "AV WW IT", "", "L", "high")
E("Bank complaint: 'The agency took £40 for a DBS check.' Legitimate fee, agency can charge for DBS in some cases. No other issues.")
E("Caseworker: I met J (Sudanese, 22) at the day centre. He has one bag. He says he was working at a car wash in Birmingham and was paid, but he had to leave when the owner started shouting at him and said he would 'call immigration'. He left and is now in asylum accommodation.",
  "IT", "fpe", "L")
E("2/B/P: a house on Berkeley Rd has 3 Chinese women who are taken to a 'spa' each morning and back at night in the same car; neighbours say they never see them go out otherwise. The spa takes all payments to one account.",
  "RM", "ce et ncw", "S", "high")
E("Bank: a customer's nephew (18) asked to be added to her account to help with her shopping. She is 91, fully capable, agreed. Fine.")
E("Statement: 'He shown me a video on his phone of a man being beaten with a bat and said \"this is the last one who didn't pay\". Then he gave me the bag and said take it to Ipswich.'",
  "IT", "", "C")
E("Outreach note: a homeless man outside the station says a man offers him £20 a day to sit and beg at a different spot each day and then takes all the money he collects, giving him back the £20 and a sandwich. He says he can stop but has nowhere else to go.",
  "AV WW", "ncw", "C")
E("Bank report: a customer (F, 45, Filipino) works as a nanny for a family in Chelsea. Wages £2,200/month paid into her own account, holidays taken, own passport. Customer asked about ISA. No concerns.")
# ---- part 4
E("Police log: welfare check at a flat in Boston after a report of 'slaves'. Five Bulgarian men, all work at a packhouse, pay their own rent, hold their own passports and bank cards. No sign of anyone being held against their will. NFA.")
E("Caseworker: Ms A says the farm charged her £25 for boots and gloves and £7 a day for the bus but she was paid for all her hours into her own account and left when she wanted. She just thought the charges were unfair.",
  "", "ppe ct")
E("Debrief (M, 38, Lithuanian): 'We came with only the clothes we wore. Andrius said he will give us everything, house and work. The house was cold, mould on the walls, no beds, 14 men. Every week the money went to his card. If someone complained, he and his friend beat him in the garden.'",
  "WW AC PV", "fpe plc oc ncw", "L", "high")
E("Bank: customer complains her employer deducted £80 for a uniform from her first wage at a hotel. Employer refunded after she raised it; she is paid above minimum wage and has her own account.",
  "", "ppe")
E("She says he would have hit her if she had refused, she thinks, but he never did and she could go out when she wanted. She worked in his shop for normal wages. No indicators identified by the caseworker.")
E("INT 2/B/P: NOVAK (nom) supplies Slovak workers to a meat plant in Wrexham. Workers are charged £60 a week for the minibus and £30 for knives and aprons, and live in a house with 15 others. Workers' cards are kept in NOVAK's car. Workers say they get about £80 a week.",
  "WW AC", "ct ppe oc mbc ncw", "L")
E("Airport note (Border Force, Stansted): female, 18, Romanian, arriving alone, had a return ticket bought by a third party, £50, and a phone number for a 'friend' she has never met who will give her a job in a 'club'. She could not name the club. Safeguarding advice given, referred to police.",
  "", "fpe", "")
E("Kidney patient (M, 61) asked the bank for a loan to pay for a private transplant in the UK from his daughter. Legitimate medical procedure. No concerns.")
E("Public report: my friend works in a nail shop in Bristol and the owner makes her pay £100 every week for the 'training' she got when she started 2 years ago. She says she still owes £4,000 and it's more than when she started.",
  "DB", "", "L")
E("Officer note: the IP was found with only a carrier bag - two t-shirts and a toothbrush. He says his ID and phone are 'with Mihai'. He was living in the loft of the takeaway where he worked.",
  "RD IS", "fpe sw", "L")
E("Bank: a customer sends £1,000 a month to his wife in Kenya. He's a bus driver. No concerns.")
E("SAR: a man aged 40 asks to open accounts on behalf of 'his workers' who are 'busy'. Refused. He then returned with 4 Vietnamese teenagers who did not speak; he had their passports and did all the talking.",
  "AV RD", "sfw", "", "high")
E("Caller to helpline: 'My husband's cousin's girl is working at their house since she was 14, she's 19 now, never went to school, does all the cooking and cleaning and childcare, they give her nothing, she's not allowed to phone her mum in Nepal.'",
  "AV WW IS", "", "D", "high")
E("Fraud team note: a man took out 7 credit cards in his name and gave them to a gang for £500, then reported them stolen. He admits it. No exploitation - he's the suspect.",
  "", "mbc")
E("Witness: 'The minibus comes at 5.15 and the driver takes £5 off each of them before they get in. They look thin and tired and one lad has no coat in the snow.'",
  "", "ct ce pa", "")
# ---- write
def _auto(ind, ty):
    if len(ind) >= 3 or 'PV' in ind or 'S' in ty or ('IT' in ind and 'RM' in ind): return 'high'
    if ind or ty: return 'medium'
    return 'low'
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh167.jsonl"), "w", encoding="utf-8") as f:
        for n, (text, ind, sg, ty, risk) in enumerate(R, 1):
            row = {"id": "f167-%03d" % n, "text": text, "indicators": [I[c] for c in ind],
                   "signs": [S[c] for c in sg], "exploitation": [T[c] for c in ty],
                   "risk": risk or _auto(ind, ty)}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(R), "rows written")
