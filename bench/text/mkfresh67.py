#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline (set fresh67). Each entry holds its own
hand-written text and labels; abbreviations below are expanded to the fixed codes."""
import json, os

IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement",
           iso="isolation", psv="physical_sexual_violence", it="intimidation_threats",
           rod="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", isl="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

DATA = []
def T(text, ind="", sig="", typ="", risk="l"):
    DATA.append((text, ind, sig, typ, risk))

# ---- batch 1
T("2/B/P INT suggests nom HARRIS, Jordan (DOB 03/02/2008) running a line from N London into Ipswich for OCG using the handle 'TIZZY'. Nom sighted Ipswich rail stn 2300hrs with older IC1 male. MFH x4 this month.", "av", "", "C", "h")
T("theres a lad about 14 staying at no 22 with the druggie woman, diff cars pulling up all nite, he never goes school, deffo think there got him selling", "av", "", "C", "h")
T("PALMER, Dean (34) arrested PWITS crack cocaine. In interview states he deals to fund own habit, buys his own supply, works for nobody. No debt, no threats disclosed. Not an NRM matter.", "", "", "", "l")
T("Adult safeguarding referral. Mr T (58) has a learning disability and lives alone in a council flat. Neighbours say two young men with Birmingham accents have been staying for about three weeks. Mr T told his support worker he 'has to' stay in his bedroom when people call round, and that the lads are 'looking after' his bank card. Flat now appears to be used to deal heroin.", "av rom", "rm ncw", "C", "h")
T("Warrant executed 14 Elm Grove. Approx 400 plants over 3 bedrooms. Vietnamese male, est. 16 yrs, located in loft. Windows boarded, front door padlocked from outside. Via interpreter he says a man brought him in a lorry and he must pay back £18,000. No phone, no shoes, sleeping on a mattress next to the lamps.", "av rom db iso ac", "rm isl fpe plc sw", "C", "h")
T("CHEN (42) arrested at cannabis factory, Bolton. Tenancy is in his name, he had keys, his own phone and £3k cash. Told officers he set the grow up himself to clear gambling debts with a bookmaker. Nothing to indicate anyone controlled him.", "", "", "", "l")
T("Store detective, Boots Ilford: three Romanian women detained with razor blades and perfume in foil-lined bags. One whispered that a man waits in the car outside, everything they take goes to him and he keeps their identity cards 'so we don't get lost'. Car LR15 XKO drove off when staff approached.", "ww rod", "ncw dt et", "C", "m")
T("MURRAY, Kelly (41) arrested theft of meat from Tesco, 9th shoplifting offence this year. Says she sells it on to pay for heroin. Lives alone, nobody sending her in.", "", "", "", "l")
T("same 3 men on crutches get dropped at piccadilly gardens every morning 7am by a white van, picked up after 10 at night, the driver takes there cups off them before they get in. one has no legs. they look starving honestly", "av ww eo", "ce et ncw pa lh", "C", "h")
T("DWP Fraud referral: 11 Universal Credit claims at one address in Peterborough, all claimants Slovak nationals. Payments go to accounts opened by the same man who 'helps with paperwork'. Claimants interviewed say they have never seen the money and the man holds their bank cards and passports.", "rod", "ncw dt mbc", "C", "m")
T("Ms OKORO claimed Carer's Allowance while working full time at a call centre. She runs her own account, admitted the claim in interview and has started repaying. No third party involved.", "", "", "", "l")
T("FinCrime alert (retail bank): student account, customer 19, received 14 faster payments totalling £38,400 over 6 days, all moved out within the hour. In branch the customer said a man from Instagram paid her £500 to 'borrow' the account and now says he will post her home address online if she closes it.", "it", "", "C", "m")
T("Account holder admitted he knowingly let his cousin run money through his account for a 10% cut. Charged money laundering. No pressure, threats or debt described; he says he 'knew it was dodgy'.", "", "", "", "l")
T("CCTV review, ATM outside Sainsbury's Luton: female used 9 different cards in 12 minutes while an older male stood at her shoulder and took the cash from the slot each time. Female appears teenage and kept looking at him before each withdrawal.", "av", "mbc", "C", "h")
T("BTP log: 4 girls aged 12-15 detained for pickpocketing on the Central line. All give the same Barking address and have no school records. One told the officer her 'uncle' hits them with a belt when they come home with less than £200.", "av psv", "", "C", "h")
T("BTP: IC1 male (38) arrested for theft from person at King's Cross, known prolific offender, operates alone. Lives with partner in Camden. Remanded.", "", "", "", "l")
T("School safeguarding referral. Year 9 pupil (14) has new designer trainers, two phones that ring during lessons, and was found with £600 cash and an address in Margate written on his hand. He says he 'owes the older boys' for a package that was taken off him and has to 'work it off'.", "av db", "", "C", "h")
T("I come from Albania because one man from my village tell me there is work in car wash in Manchester, good money. When I arrive they take me to a house with plants. They say water them and never go out, they lock the door from outside. They say I owe 15,000 euro for the journey and each week they say it is more.", "dec rom db", "rm", "C", "h")
T("GLAA inspection, Sparkle Hand Car Wash, Derby. Six workers present, all with right to work checks on file, paid through payroll at or above NMW, payslips viewed. Workers live in their own rented accommodation. Hours 9 to 6 with a lunch break. No concerns.", "", "", "", "l")
T("Car wash on the A6 – the lads sleep in the portacabin round the back, no heating, one mattress between three. One told me he works from 7 till dark every day and the manager is 'saving' his wages, he hasn't had anything since July. He also pays £10 for the gloves and boots.", "ac eo ww", "sw plc lh ppe ncw", "L", "h")
T("Ring from a woman in Hull, her 17yo son has been missing two days, she found a train ticket to Scarborough in his room and he has £200 he can't explain. Says he's been with 'a crowd from Leeds'. Worried he's dealing for them.", "av", "", "C", "h")
T("Report received: teenager seen dealing outside the Spar every night this week. I know him, he is 19, lives with his mum, sells weed to his mates, nobody making him, he's just a idiot.", "", "", "", "l")
T("Cuckooing – PCSO visit to Flat 9 Marlowe Court. Occupier, female 62, alcohol dependent, says 'friends' moved in after giving her vodka and now she cannot get into her own kitchen. Said they told her if she phones police her flat will be burnt. Three males present, gave false names.", "av it rom", "rm", "C", "i")
T("Intel 3/C/P: unconfirmed that a male known as 'KAS' is using addicts' flats on the Westfield estate to bag up. Source does not know names of occupiers.", "", "", "C", "m")
T("Nail bar on the high street, girls look about 16, never see them leave, the man who owns it brings them in a people carrier at 8 and collects at 9 at night. they dont speak any english", "av eo", "ce et lh", "L", "h")
T("Licensing inspection, Lux Nails (Hastings): two technicians were working without a valid treatment licence and the ventilation was not to standard. Both hold their own documents, are paid monthly into their own accounts and live with family. Advice given.", "", "", "", "l")
T("Debrief via Vietnamese interpreter. She says that she was told she would work in a nail shop in Birmingham. Instead she was taken to a house in Walsall and made to look after the plants. The men kept her passport. She says that the one called Anh hit her face when a light broke.", "dec rod psv", "dt", "C", "h")
T("A&E note: male 22, Eritrean, burns to both hands. States he got them 'at work' but would not say where. Accompanied by a man who answered every question for him and refused to leave the cubicle. Patient very thin, clothes smell strongly of cannabis.", "", "sfw pa", "", "l")
T("Salvation Army caseworker note: Client P (Polish, 47) was recruited at a bus station in Gdansk with an offer of warehouse work near Northampton. On arrival the recruiter took £400 'registration' and his ID card, housed him with 11 others in a three-bed house, and opened a bank account for him that he never saw again. Wages paid into it were withdrawn by the recruiter, who gave him £30 a week for food.", "dec rod ww ac", "uf dt oa ncw", "L", "h")
T("Agency worker injured hand in a food processing line at a factory in Spalding. Reported via RIDDOR. He is employed directly, has his own bank account and accommodation. HSE to investigate machine guarding.", "", "", "", "l")
T("I was 15 and the older ones said I can earn easy money just holding a phone. Then they said I lost a bag and now I owe them £2k. They sent me to Swansea and I had to stay in a flat with a smackhead for 10 days, they took my phone so I couldn't call my mum.", "av dec db iso rom", "isl rm", "C", "h")
T("Pensioner (80) reported that her grandson has been taking her pension from her card every week for two years. He lives with her. No work involved.", "", "ncw", "", "l")
T("Officer handover: IP is a 16yo girl recovered from a trap house in Reading at 0300. Says she was 'sent out' from Croydon to shot on the line and was told if she came back short she'd be 'taxed'. She has a bruise on her cheek she says came from the line holder. Placed with EDT foster carer overnight. NRM to follow.", "av psv it", "pa", "C", "h")
T("Member of public: the man at the car wash near Lidl always does the talking for the other lads, they just look at the floor. Ive never seen them leave, they seem to live in the back. Dont know if its anything", "", "sfw sw", "L", "m")
T("Car wash, Chapel St: busy but fine. Workers are students, paid weekly by bank transfer, owner showed contracts and rotas. Staff said they can leave whenever they want and several have other jobs.", "", "", "", "l")
T("INT 2/B/C (do not disseminate outside MSU): OCG linked to Romanian surname LAZAR supplying beggars to pitches in Oxford Street. Beggars housed in a garage in Enfield. Handlers collect takings twice daily. Several beggars have visible disabilities.", "av ww ac", "ncw plc", "C", "h")
T("A lady asks for money outside my shop every day. She tells me she is homeless, she's got her own tent by the canal, nobody brings her. She is a regular, I give her tea.", "", "", "", "l")
T("PROBATION NOTE: Service user R (20) disclosed that the people he sold for before his sentence have told his girlfriend he still owes them £4,000 for the drugs seized on arrest and that 'he'll be working for free when he gets out'. He is frightened for her.", "db it", "", "C", "m")
T("Sarah (29) told the Unseen helpline she met a man online who persuaded her to open 3 bank accounts 'for his business'. He has all the cards and PINs. He has since said he'll send her intimate photos to her family if she goes to the bank.", "it", "mbc ncw", "C", "m")
T("fraud claim from a customer who gave her card to her brother to buy shopping, he spent £400. Family dispute, she wants to report it as theft.", "", "", "", "l")
T("Border Force, Stansted: Three Romanian males (18, 19, 19) arriving on one booking paid for by a fourth man travelling separately. None knew the address they were going to. The fourth man held all three ID cards and return tickets. Stated purpose 'work in a warehouse'; no employer named.", "rod iso", "dt", "", "m")
T("Referral from housing officer: young man (24) with autism living in supported housing has 'new friends' who keep borrowing his room. He's been sent to collect parcels from post offices and sign for them. His support worker thinks the parcels are drugs. He says they will stop being his friend if he says no.", "av", "", "C", "m")
T("Took my daughter to the police station, she is 13 and these boys from the estate keep making her carry a bag to different houses. They said theyll cut her if she tells. She is scared to go to school.", "av it", "fa", "C", "h")
T("The garden centre down the road had police at it today. Turns out the owner wasnt paying VAT. Workers all fine, just a tax thing.", "", "", "", "l")
T("Debrief, male 31, Sudanese (through interpreter): He says he came in a lorry from Calais and the driver told him he had to 'pay the rest' when he arrived. A man met him in Coventry and put him to work in a cannabis house. He was given food once a day and was never paid. He was told that the police in England would put him in prison forever if they found him.", "db ww ac it", "fa", "C", "h")
T("Police log 27/10: report of young child, approx 10, begging with a woman at traffic lights on the A40 at 2200hrs. Woman says child is hers. Both given advice, social care informed.", "av", "", "C", "h")
T("Teen shoplifting – three boys (14, 15, 15) caught taking energy drinks from Co-op. Parents collected them. Dared each other, nobody else involved.", "", "", "", "l")
T("OIC update: Op SAGEWOOD. 7 children identified as running lines from Wolverhampton to Shrewsbury for the 'Jango' line. Two have stab wounds from a rival group. Line holder pays them in trainers and weed. One (15) currently missing, believed in a trap in Telford.", "av psv ww", "", "C", "i")
T("To whoever reads this I am writing because my son (16) has been groomed by men who make him sell drugs. They pick him up outside our house at 6 in the morning and bring him back at 1 or 2 at night. They gave him a phone which he must answer always. I am a single mother and I am frightened of them.", "av eo", "ce lh et", "C", "h")
T("2/A/P: Nom SINGH, Gurpreet. Landlord of 3 HMOs in Southall. INT: overcrowding at 44 Kingsley Rd, 14 men in 4 rooms. Tenants pay their own rent directly and work for various employers. No exploitation intel; referred to council housing enforcement.", "", "oa", "", "l")
# ---- batch 2
T("Kidney transplant patient (54) reviewed in renal clinic. Received organ from his brother at Guy's in 2019 under HTA-approved living donation. Doing well on tacrolimus.", "", "", "", "l")
T("Renal nurse concern: patient from Pakistan (23) returned from Lahore with a fresh nephrectomy scar. Says a man in his village paid off his family's debt if he 'gave a kidney to a rich man'. He was paid nothing more and told to keep quiet or his sisters would suffer.", "av it", "", "O", "h")
T("Victim account (interpreted): She says that in Lagos a woman promised her a job as a nanny in London. At Heathrow the woman's brother took her passport. She was taken to a flat in Croydon and told she owed £35,000 and must sleep with men to pay it. When she refused, he raped her. She was not allowed to go out alone.", "dec rod db psv rom", "dt rm", "S", "h")
T("Adultwork style advert, Leicester: 'new girl, young, 24/7, outcalls available'. Same phone number appears on 6 ads with different girls, photos in the same bedroom. Number attributed to a male with trafficking convictions.", "eo", "lh", "S", "h")
T("Sex worker (34, British) reported a robbery by a client at her flat in Leeds. She works independently, advertises herself and keeps her earnings. No third party control. Crime recorded as robbery.", "", "", "", "l")
T("hotel reception here, a man booked 2 rooms for a week, every hour a different man goes up to room 214, there is a young girl in there who never comes down and he brings her food. she looked 15 maybe. please someone come", "av rom", "rm", "S", "i")
T("CSE referral (school): Y10 girl (15) collected from school gates by men in their 20s in different cars, comes back with alcohol and new phone. Disclosed to friend she was 'passed round' at a party and that they say she owes them for the phone.", "av psv db", "", "S", "h")
T("Domestic servitude referral (Kalayaan): Filipino domestic worker (44) came to London with an Emirati family on an overseas domestic worker visa. Works 6am to midnight, sleeps on the kitchen floor, no days off. Employer holds her passport. She is paid nothing in the UK; employer says salary is sent to her family in Manila but she says they have received nothing for 5 months.", "eo ac rod ww", "lh sw dt ncw", "D", "h")
T("Au pair (20, Spanish) called helpline: host family expects her to clean 40 hours a week as well as childcare, pay is £90 a week as agreed. She wants advice about her contract. She has her own passport and goes out at weekends.", "", "", "", "l")
T("Neighbour report: Nigerian girl, maybe 12, lives with the family at no 7 but never goes to school, I see her taking the bins out, hanging washing at 11 at night. The mum screams at her. Never seen her play with the other kids.", "av eo", "lh", "D", "h")
T("Sham marriage: Registrar raised concern about a Slovak woman (19) who did not appear to know her Pakistani fiance's name or speak any English. A third man paid the fees and answered for her. She said quietly she was told she was coming to England to work in a hotel.", "dec", "sfw", "", "m")
T("Registry office: couple met at university, both fluent English, known to each other 4 yrs, visa spouse application. Nothing of concern.", "", "", "", "l")
T("Forced marriage unit note: girl (17) fears she will be taken to Bangladesh in the summer and married to a cousin. Her father has taken her passport and phone. She is not allowed out except to school.", "av rod iso rom", "dt isl rm", "", "h")
T("101 call: caller's lodger (Romanian, 30) told her he works on a farm near Wisbech, picked up in a minibus at 4.30am and charged £8 a day for the lift. Wages go to the gangmaster's account, he gets cash 'when the gangmaster feels like it'.", "ww", "ce ct ncw", "L", "m")
T("Farm worker on seasonal visa (Kyrgyz, 25) complained to his scheme operator that piece rates were too low during a poor harvest. He has his passport, is paid weekly to his own account and has since moved to another farm through the operator.", "", "", "", "l")
T("GLAA: packhouse in Boston. Labour provider unlicensed. Workers (Bulgarian) say they paid £250 each in Sofia for the job and the transport. They are paid directly by the packhouse and live in private rented rooms they chose themselves.", "", "uf", "", "l")
T("Building site, Croydon: Albanian labourers (6) living in a shipping container on site, working 7 days 7am-8pm. Foreman keeps their cards 'for the wages' and gives them £50 on Sunday. One had a deep cut to his leg that hadn't been treated.", "ac eo ww", "sw plc lh ncw pa mbc", "L", "h")
T("Construction worker, Polish, fell from scaffold in Slough. Employed by a CSCS-registered firm, paid weekly, lives with partner. HSE notified. No exploitation concerns.", "", "", "", "l")
T("Trawler out of Newlyn: Filipino deckhand (32) told the port chaplain the crew work 20 hour shifts at sea, sleep in a hold, and the skipper keeps their seafarer books. He has not been paid for 4 months; agency in Manila says money is 'held until contract ends'.", "eo ac rod ww", "lh dt plc sw", "L", "h")
T("Restaurant, Chinatown. Kitchen porter (Chinese, 50s) told outreach worker he sleeps above the restaurant with 7 others, works 12 hours every day, and owes the 'snakehead' money for the journey that the owner pays off from his wages. He has no idea how much is left.", "db eo ac ww", "sw oa lh", "L", "h")
T("Takeaway in Rochdale found employing two students over their visa hours. Both paid correctly and have their own accommodation. Immigration enforcement civil penalty.", "", "", "", "l")
T("I work in a care home in Norfolk, I came from Kerala on a sponsorship visa. The agency in India took 12 lakh rupees from my family. Here the home says if I leave before 3 years I must pay £8,000 'training fee'. They take our shifts from us if we complain, and say they will report us to the Home Office and we will be deported.", "av db it", "uf fa", "L", "h")
T("Care worker complaint to CQC: staff shortages at Meadow View means shifts are often 12 hours. Workers are British and EU, paid normally, can refuse overtime. Concern is patient safety, not staff treatment.", "", "", "", "l")
T("Warehouse via agency, Daventry: Romanian workers bused from a house in Northampton. House has 16 people, 3 bathrooms. Agency deducts rent, transport, 'admin' and hi-vis from wages so they end up with £40-£60 a week. Driver collects at 5am, returns 9pm.", "ww ac", "oa ct ppe ce ncw", "L", "m")
T("Hotel housekeeping, Bristol. Agency staff interviewed during GLAA check. All had own bank accounts, contracts, and were paid for all hours. One complained a payment came a week late last month, which the agency fixed. No indicators of exploitation.", "", "", "", "l")
T("Recycling plant, Wednesbury: workers sorting waste without gloves or masks, several with cuts. They live in a house owned by the site boss and told the inspector they are 'not allowed to talk to people'. One man said the boss showed them a video on his phone of a man being beaten and said 'this is what happens to thieves'.", "ac it iso", "isl plc", "L", "h")
T("Dad reported his 16yo son missing from Bexley, last seen 3 days ago. Phone off. Son has been arrested twice in Norfolk for possession with intent. Dad says older men come to the door asking for his son and saying 'he's got our money'.", "av db", "", "C", "i")
T("Intel 2/C/P: small Albanian cannabis grow above a shop in Sunderland, 'gardener' is believed to be a young male who is locked in and has food pushed through a hatch. Address: Flat A 12 Hylton Rd.", "rom ac", "rm plc", "C", "i")
T("Joint visit with housing: flat on Gorse Lane. Tenant, 45, heroin user, says dealers from Manchester use her flat 3 days a week and give her a £20 bag a day. She says she wants them there and can ask them to leave; they have done so before. No threats, no violence. Advice given re tenancy.", "", "", "", "l")
T("Victim (Slovak, Roma, 38) told police in Sheffield a man who 'helped' his family come to England took their passports to 'register for benefits'. Now the man collects the child benefit and the UC every month and gives them £50. They are afraid because the man has a gun.", "rod it", "dt ncw", "C", "m")
T("Loan fraud: Bank identified 5 loans (£25k each) taken out in the name of a man with severe learning disabilities. The loans were applied for online by his 'carer' who then moved the money. Victim unaware.", "av", "ncw", "C", "m")
T("Customer took out a £10k loan himself, spent it on a holiday and now says he was pressured. Application, device and IP match his own. No third party.", "", "", "", "l")
T("STAFF NOTE (Probation): Offender (26) serving sentence for possession of a firearm for an OCG. He says he held the gun because they threatened to hurt his little brother, and they forced him to store drugs in his mum's loft.", "it", "", "C", "m")
T("Press summary: Two brothers from Rotherham were jailed for 14 years after making 8 Polish men work on their block paving business for nothing for 5 years. The men were housed in a caravan with no water, fed scraps, and beaten if they tried to leave. The brothers recruited them from soup kitchens in Poland with promises of good pay.", "dec ww ac psv av", "plc", "L", "h")
T("Witness statement: I run the laundrette next door to the massage place. Women there change every couple of weeks. They arrive in a taxi with one big bag between them and the same man carries it. I have seen one of them crying on the step and he grabbed her arm and pulled her back in.", "psv", "fpe et", "S", "h")
T("massage parlour on station rd is legit, my sister works there, she pays rent for the room and keeps her money, she can quit any time. people keep reporting it but leave them alone", "", "", "", "l")
T("Pop-up brothel, Airbnb in Cardiff Bay. 3 Romanian women found by police. All had one small bag each, no cash. They say a man 'Bogdan' brought them from Bucharest promising work in a restaurant. He takes all money from clients. They don't know what city they are in.", "dec ww iso", "fpe ncw isl", "S", "h")
T("Online report: there's a profile on a dating app advertising 'fresh teens' from a flat in Luton, phone 07700 900123. Looks like the girls are under age. Disgusting.", "av", "", "S", "h")
T("Midwife note: Booking appointment, woman (19) from Albania, 20 weeks pregnant, accompanied by 'boyfriend' who answered all questions and held her documents. She could not give her address. When alone for urine sample she wrote 'help me' on the pot.", "rod iso", "sfw dt isl", "", "i")
T("GP note: patient (31) attended with back pain. Works as a nanny for a family in Kensington, says they treat her well, she has her own room and weekends off, paid into her own account. No concerns.", "", "", "", "l")
T("My name is Thu. I was 17. In Vietnam they told my family I would work in a restaurant in England and send money home. After many countries I came in the back of a lorry. In England a man took me to a house with lights and plants. I must stay inside always, they bring rice and noodles. They said my family owes $30,000 and if I run they will find my mother.", "av dec rom db it", "rm", "C", "h")
T("Intel 1/A/P: Vietnamese 'gardener' at 88 Holme Lane confirmed to be present now. Property has barred windows and reinforced door. Source states gardener cannot leave and is beaten if plants die.", "rom psv", "rm", "C", "i")
T("Ex-offender, 52, growing cannabis in his own loft for personal use and a few friends. Arrested, cautioned. Nobody else involved.", "", "", "", "l")
T("Three men arrested at a large commercial grow in a former nightclub in Hull. All British, with previous for drugs supply, profits found in their own accounts, no sign any of them were controlled. Investigation into the financier continues.", "", "", "", "l")
T("NRM referral summary. Child (15, Eritrean) crossed on a small boat, placed in a hotel by Home Office, went missing after 4 days. Found in Birmingham working in a car wash 12 hours a day for a man who said he would 'sort out his papers'. Paid nothing, sleeping in the back office.", "av dec ww eo", "sw lh", "L", "h")
T("Report from shop owner: group of kids (around 10-13) come in at the same time each afternoon and nick sweets. They're just local kids, I know their parents, mostly messing about.", "", "", "", "l")
T("Safeguarding (Children's Services): sibling group of 3 (9, 11, 13) recovered from begging on Oxford St with an adult female not their parent. The eldest said they are given no food until they bring £100 each. They are moved to a different city every week.", "av ww ac", "ncw", "C", "i")
T("Anon report via Crimestoppers: the Big Issue seller at the station is legit, I spoke to him, he's got his badge and buys his own magazines.", "", "", "", "l")
T("Handover: POI BALOGUN, Tunde – believed to be controlling 'mules' at University of Kent. Recruits first-year students with £300 for the use of their accounts then threatens to report them to the university if they pull out. At least 12 students identified.", "it", "", "C", "m")
T("Neighbour dispute: caller says the family next door have 9 people living in a 3-bed house and it's noisy. They're a big Pakistani family, grandparents, parents and kids. Council advised.", "", "", "", "l")

# ---- batch 3 (short)
T("14yo boy found in a trap house in Bournemouth with 40 wraps, phone buzzing non-stop.", "av", "", "C", "i")
T("Male 30s arrested shoplifting Asda, alcoholic, acting alone, cautioned.", "", "", "", "l")
T("kid on a bike doing drops round the estate all night, cant be more than 12", "av", "", "C", "h")
T("INT 2/B/P: nom AHMED running 'Dubz' line Leeds–Harrogate, uses local addicts' flats as bases.", "av", "", "C", "m")
T("Man says his bank card was cloned at a petrol station. No one else involved.", "", "", "", "l")
T("Vietnamese lad in the grow says he was told he'd be killed if he left the house.", "it", "", "C", "m")
T("Passports for all 8 pickers are in the farm office safe, manager won't release them.", "rod", "dt", "L", "m")
T("She lost her passport on the tube and came in to report it for the embassy.", "", "", "", "l")
T("He hands every penny he begs to the man in the silver Audi.", "ww", "ncw", "C", "m")
T("Boy, 15, arrested for robbery with two mates. Lives with parents, no older influence identified.", "", "", "", "l")
T("the woman in the flat upstairs cooks and cleans for them all day and isnt allowed out", "rom eo", "rm lh", "D", "m")
T("Student lent her debit card to a flatmate to pay a bill; he repaid her. No concerns.", "", "", "", "l")
T("Girl (16) missing again, last seen getting into a car with two men at Stockport bus station.", "av", "", "S", "i")
T("Cannabis farm raid: nobody present, plants, no evidence of anyone living there.", "", "", "", "l")
T("Told the job was packing fruit, ended up selling coke in Swindon to pay back 'rent'.", "dec db", "", "C", "m")
T("Three Chinese women working in a 'beauty spa' say the boss keeps all their tips and pay.", "ww", "ncw", "L", "m")
T("Lorry driver found 4 people hiding in his trailer at Dover; all asylum claims, handed to Border Force.", "", "", "", "l")
T("Man found sleeping in the car wash boiler room, says he has nowhere else and works there every day.", "eo", "sw lh", "L", "m")
T("Old man next door took in his nephew from Poland, he helps in the garden and gets paid, seems happy.", "", "", "", "l")
T("Female forced into a car at knifepoint outside the brothel on Clarence Rd, happening now.", "psv", "", "S", "i")
T("Nom GRANT, Leon – 17 – recovered from line in Exeter for 3rd time, carrying plugged drugs.", "av", "", "C", "h")
T("Worker had his arm cut by a pallet wrapper at a warehouse in Corby, ambulance called.", "", "", "", "l")
T("He said they keep my ID card until I finish paying for the van.", "rod db", "dt", "", "m")
T("Pupil says her older boyfriend gets her to carry his 'parcels' on the bus after school.", "av", "", "C", "h")
T("Cleaner in a Mayfair embassy residence says her employer took her passport on day one.", "rod", "dt", "D", "m")
T("Renal patient (61) back from a 'transplant holiday' in Egypt, paid a clinic for a kidney; donor unknown.", "", "", "O", "m")
T("Beggar outside Greggs is a local lad I went to school with, he's on the gear, not trafficked.", "", "", "", "l")
T("Kid selling on behalf of his older brother, both live at home, mum aware. 15yo.", "av", "", "C", "h")
T("Eritrean man at the hand car wash has no shoes and sleeps under the canopy.", "", "sw pa fpe", "L", "m")
T("Woman with her own business asking about hiring staff legally. Advice given on right to work.", "", "", "", "l")
T("Landlord holding tenants' passports as 'deposit' – tenants work for him on his building jobs, unpaid.", "rod ww", "dt", "L", "m")
T("Heard screaming from the nail bar after closing, lights on till 2am, girls sleep there I think.", "", "sw", "L", "m")
T("Card skimmer found on ATM at Boots, Walsall. Removed. Forensics requested.", "", "", "", "l")
T("Gang make the younger ones hold the knives and the drugs so they don't get caught themselves.", "av", "", "C", "h")
T("Pickpocket crew on Oxford St is all adults, Spanish, they travel here for it, no one forcing them.", "", "", "", "l")
T("Mum's benefits paid into an account her 'friend' controls; she gets a bit of cash each week.", "", "ncw", "", "l")
T("Polish builder says his gaffer owes him two weeks' wages after a dispute; he's found another job.", "", "", "", "l")
T("Boy said they beat him with a hammer because he lost the phone with the line on it.", "psv", "", "C", "h")
T("Woman walked into Luton police station saying she escaped from a house where she was kept as a maid for 3 years.", "rom", "rm", "D", "m")
T("Albanian teenager in the grow told police he must stay until the 'debt' of £10k is cleared.", "av db rom", "rm", "C", "h")
# ---- batch 4 (long)
T("""INTELLIGENCE REPORT – OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: County line 'BANDO' (Lewisham → Hastings)

INT suggests the line is run by nom OKAFOR, Daniel (DOB 11/06/1999) and his associate known as 'LITTLE T'. Runners are local Lewisham children aged 13–16, recruited outside a chicken shop on Rushey Green with offers of £100 a day. Once in Hastings they are kept in a cuckooed flat at 3 Wellington Sq belonging to a female heroin user. INT indicates runners are not allowed to leave the flat except to make drops and are told their families will be 'visited' if they go home. One runner (14) was reportedly slashed on the arm after a 'bag' went missing, and was told he now owes £1,500.

Separate INT (3/C/P) that OKAFOR also launders proceeds through a barber's shop in Catford – no link to exploitation.""", "av dec rom it psv db", "rm", "C", "i")
T("""Victim debrief – female, 26, Romanian (interpreter present)

She says she met a man called Marius through Facebook. He was kind to her and after two months told her he had a cousin in Leeds with a restaurant who needed waitresses. He paid for her flight. When she arrived he took her to a flat in Harehills where there were two other girls. He took her ID card and phone 'for safety'. The next day he told her there was no restaurant job and that she owed him £3,000 for the flight and the room, which she must earn with clients.

She says she saw 8–10 men a day. Marius kept all the money, saying it went against the debt, but the debt never got smaller because he added rent and food. When she cried he hit her, and once he burnt her arm with a cigarette. She was only taken out to buy condoms and always with him or his brother. She left when a client, who she says was kind, called the police.

She has a son (6) with her mother in Craiova and says Marius knows the address.""", "dec rod iso db ww psv rom it", "dt isl ncw rm et pa", "S", "h")
T("""Safeguarding referral – Children's Social Care, received 09:12
Referrer: Designated Safeguarding Lead, Oakfield Academy

Concerns about two pupils, A (15) and B (14), brothers. Attendance has fallen to 40% since September. Both have been seen getting into a black Mercedes (partial VRM 'KX68') at the school gate. A was stopped by BTP at Crewe last Friday carrying £900 and a phone, and told officers he was 'visiting a friend'. Mum says the boys go out at 6am and come back after midnight and she is too scared to stop them because a man came to the house and said 'the boys work for us now'. B has a cut on his hand that he won't explain.

The boys' older cousin (19) also lives at the address; school has no information about him and there is nothing to suggest he is involved.

Request: strategy meeting, consideration of NRM referral for both boys.""", "av it eo", "ce lh et pa", "C", "h")
T("""Duty to Notify – adult male, did not consent to NRM

Encountered during an Immigration Enforcement visit to a takeaway in Stoke. He is from Bangladesh, aged 35. He said he had paid an agent in Sylhet £9,000 for a student visa, but the 'college' did not exist. The agent's contact in the UK found him work in the takeaway. He lives in a room above the shop with four other men, works from 11am to 1am six days a week, and receives £100 a week in cash. The owner keeps his passport 'because of the Home Office'. He said he is afraid that if he talks he will be sent back and his family will lose their land, which was mortgaged to pay the agent.

He did not want support and said he would find another job himself. Contact details not provided.""", "dec eo rod ac av", "uf lh dt oa sw fa", "L", "h")
T("""Call handler summary (999), 01:47

Caller is a taxi driver who has just dropped a girl at the Travelodge on Nelson St. He says the girl looked about 14, was wearing school uniform under a coat, and was with a man in his 40s who paid in cash and told her to 'keep your mouth shut'. The girl asked the driver quietly if he could 'tell someone'. Man and girl went to room on 2nd floor. Caller remaining in car park. Units dispatched grade 1.""", "av it", "", "S", "i")
T("""Public report (online form), received 23:10

hi i dont know if this is the rite place but theres something well wrong at the farm past the church on long lane. theres like 20 of them foreign blokes living in them static caravans in the field, no toilets just a bucket i seen it. a van comes 4 in the morning and takes them and brings them back when its dark. one of them come in the pub and asked for water and he was shaking and had like a black eye. the farmer's son is a nasty piece of work everyone knows. they never come in the village on there own theres always someone with them. PLEASE look into it im not giving my name""", "ac rom", "oa plc ce et pa rm", "L", "m")
T("""GLAA licensing inspection – Labour provider ABC Staffing Ltd (licence application)

Inspector visited the provider's office in Wisbech and two client sites. The provider supplies about 120 workers to a vegetable packhouse. Records were reviewed for 20 workers. All had signed contracts in their own language, payslips matched the hours worked, holiday pay was paid, and wages were paid into accounts in the workers' own names. Transport is provided by minibus, free of charge and optional. Accommodation is not provided; several workers rent from a private landlord not connected to the provider.

Three workers were spoken to privately. All said they were free to leave, had their own passports, and had never paid any fee to get the job. One complained about the canteen food.

One minor breach: the provider's training records for forklift drivers were incomplete. Licence granted with an additional licence condition.""", "", "", "", "l")
T("""Police log – 12/03, Op KESTREL

1005 – warrant executed at 17 Moor Road (terraced house). 3 rooms converted to grow, approx 600 plants, electricity bypassed.
1012 – male located in rear bedroom, identified as NGUYEN Van (states 17; age disputed, appears younger). Very thin, rash on arms consistent with chemicals. Bedroom door had a bolt on the outside. He had a mat, a rice cooker and one change of clothes. No phone.
1030 – via Language Line: says he has been in the house 'about four months', was brought at night from a house in 'a big city', never been outside. A man called 'Chú Hai' comes twice a week with food and checks the plants, tells him he must pay back the money his family borrowed for the journey. Says Chú Hai told him if the police come he must say he is 25 and lives alone.
1100 – NGUYEN taken into police protection, LA children's services informed, NRM to be submitted, s45 considered. Scene handed to forensics.
1130 – neighbour at no 19 (elderly, British) says she thought the house was empty; not linked.""", "av rom iso db ac", "rm isl pa fpe plc sw", "C", "h")
T("""Caseworker notes – New Pathways (Wales)

Met with J (Nigerian, 33) at the safe house. J was brought to the UK 'to help an aunt' in Cardiff with her children. For four years she cooked, cleaned and cared for the aunt's three children and also cleaned the aunt's friends' houses on weekends. She was not paid; the aunt said she was 'family' and gave her £10 sometimes. She slept on a mattress in the children's room. Her passport was taken on arrival and the aunt told her that if she went out alone the police would arrest her because she had no papers. She was not allowed a phone and had no contact with her family in Lagos for two years.

J says the aunt slapped her 'many times' and once pushed her down the stairs. J left when a neighbour gave her the number of a church.

Today: J is anxious, not sleeping. Referred to GP and counselling. Solicitor appointment booked for immigration advice.""", "dec ww rod it iso psv eo", "dt isl fa ncw lh", "D", "h")
T("""Financial intelligence – Suspicious Activity summary

Between January and April, 23 current accounts opened at five branches in the West Midlands using Romanian identity cards. In each case the applicant was accompanied to the branch by the same man, who did the talking and gave the same two mobile numbers as contact. Wages from three different labour agencies are paid into these accounts and are withdrawn within a day from ATMs in Smethwick, frequently 6–8 cards in one visit by a single man. Account holders rarely use their cards themselves.

Assessment: strong indicators that workers do not control their wages. Possible labour exploitation via the agencies. Recommend referral to GLAA and regional MSU.""", "ww", "sfw mbc ncw", "L", "m")
T("""Statement of witness (CJA s9) – Mrs E. THOMPSON, retired teacher

I have lived at 42 Hawthorn Close for 31 years. In about June last year a family moved in to number 44. I believe they are from Slovakia. There are about five adults and a number of children. I have no problems with them, they are polite, the children play in the street, and the men go off to work in the mornings in their own cars.

I am making this statement because I was asked by the officer about a red van that parks in the close. The van belongs to my son-in-law who is a plumber. I have no other information. I have not seen anyone at number 44 being hurt, threatened or kept in.""", "", "", "", "l")
T("""Debrief (first person, as written by victim in English with help of support worker)

My name is Daniel I am 19 from Manchester. When I was 16 I got kicked out by my step dad and I was sofa surfing. A guy called Reece let me stay at his and gave me weed and food. After a few weeks he said I owed him for all of it, like £800, and I could pay by doing runs. I was going to Blackpool, Barrow, places I never been. I stayed in crackhead houses, sometimes for 2 weeks, no shower, sleeping on the floor. They took my phone and gave me a burner only for the line. Once I got robbed and when I got back they put my hand on the cooker. Reece said if I went to the feds he'd get my little sister.

I got arrested in Barrow and the police said I was a victim. I didn't believe them at first.""", "av db iso ac psv it", "isl plc pa", "C", "h")
T("""Email from a bank's vulnerable customer team to police

We have a customer, Mr L, aged 72, who has dementia. Over the last 3 months his savings of £41,000 were transferred to 4 accounts. His new 'lodger' accompanies him to the branch and speaks for him, and has been seen using his card. Mr L does not know who the lodger is or how he came to live there. There is no indication Mr L is being made to work or commit offences; this appears to be financial abuse of a vulnerable adult. Adult social care informed.""", "", "sfw ncw", "", "l")
T("""Press release – CPS

A Birmingham couple have been convicted of modern slavery offences after keeping a man with learning difficulties in a shed in their back garden for eleven years. The man, now 58, was made to work on their gardening and block-paving business seven days a week and was never paid. He was fed leftovers and had no heating or toilet. The court heard that the couple claimed his disability benefits and took his passport and bank card. They told him that the police would lock him up if he ever left.""", "av eo ww ac rod it", "lh plc dt ncw sw fa", "L", "h")
T("""Handover note, night shift → early turn

1. Mispers: Chloe (15) returned at 0400 by taxi, paid for by unknown male. She has a new phone and £200. Refused to say where she'd been. CSE concerns, MASH notified. Strategy meeting 10am.
2. Burglary at the Co-op, Main St, entry via rear door, CCTV seized.
3. Drunk male in custody, D&D, to be released when sober.
4. Call from Travelodge re noise complaint, no further action.
5. Reminder: Op BRAVO briefing on county lines at 1400.""", "av", "", "S", "h")
T("""Victim debrief, male 24, Indian (Punjabi interpreter)

He says he paid 8 lakh rupees to an agent in Jalandhar who promised a job in a hotel in London and a work visa. He came on a visit visa. In London the agent's friend took him to a sweet factory in Leicester. He worked 14 hours a day packing sweets, in a hot room with no breaks. He slept in the factory store room with 5 others. He was told he would be paid after he had 'settled' the agent's fees, but after 8 months he had received only £200 in total. When he asked about his money the supervisor pushed him against a wall and said one call and immigration would come.

He says he now wants to go home but the agent says his family still owes 3 lakh.""", "dec eo ac ww psv it db", "uf lh sw oa fa", "L", "h")
T("""Council environmental health visit – hand car wash, Oldham Road

Officers attended following complaints about water run-off. The site is run by a Kurdish-Iraqi owner. 5 workers present, all of whom were interviewed briefly. They are paid £10.50 an hour in cash with payslips, live in shared houses of their own choosing and work 8-hour shifts. One worker said he'd like more hours. Trade effluent not properly disposed of; a notice was served. No modern slavery indicators identified.""", "", "", "", "l")
T("""Text message chain provided by a mother (screenshot, transcribed):
'u owe us 3 bags bro'
'u think u can block me? we know ur mums house'
'get to the station 7am ur going Norwich'
'if u aint there ur little bro gets it'
Her son is 15. She says he has been going missing for days at a time and came back last week with a split lip.""", "av it db psv", "", "C", "h")
T("""Border Force note, Heathrow T4, 06:20

Female (22), Thai national, arrived on flight from Bangkok, visitor visa. Said she was coming to work as a 'hostess' in a restaurant in Soho arranged by a friend, but couldn't name the restaurant. Had a printed note with an address in Manchester and a phone number. Carried £40 and no return ticket. Phone contained messages from a contact saying she must 'pay back the visa money, 800,000 baht' and photos of lingerie. Officer assessed potential trafficking for sexual exploitation; referred to safeguarding team, Salvation Army contacted.""", "dec db", "", "S", "h")
T("""Care home – CQC inspection notes (extract)

Staffing: 14 of 22 care staff are sponsored workers from Zimbabwe and Nigeria. Staff told inspectors privately that they had each paid £6,000–£10,000 to a recruiter in the home's name, that their passports were kept in the manager's office, and that they are scheduled for 60–72 hours a week. Several said they share rooms in a house owned by the provider's director, 4 to a room, and rent is taken from wages. One said the manager told them 'the Home Office will deport you if you complain'. Referred to the GLAA and the Home Office sponsor compliance team.""", "rod eo ac it av", "uf dt lh oa fa", "L", "h")
T("""Police log – domestic incident, 23:40

Female (29) called to report her husband had slapped her during an argument about money. Both British, married 6 years, 2 children. She works as a teacher and has her own account. No indication she is made to work or kept in the house. DASH completed: medium. Husband arrested for common assault.""", "", "", "", "l")
T("""Outreach note (Street Link / homelessness team)

Spoke to two Polish men sleeping under the ring road flyover. Both said they'd come over 6 weeks ago for work promised by a man in Poznan, who charged them 1,500 zloty each. When they got here, the man took them to a house in Ilford with 20 others and put them on building sites; after two weeks without pay they asked for their money and he threw them out and kept their ID cards. They are now homeless.

Third man in the same spot is a long-term rough sleeper, British, with alcohol issues; not linked.""", "dec ww rod ac", "uf oa dt", "L", "h")
# ---- batch 5
T("POI MENSAH (21) arrested in possession of 30 wraps at Basingstoke stn. States he runs the line himself and pays his own runners. Phone downloads support him being a line holder, not a victim.", "", "", "", "l")
T("Op HALYARD: 19yo runner (learning disability, reading age 8) recovered from a flat in Aylesbury. Line holder had told him he was 'on a job' and that he'd be paid at the end of the month; he never was.", "av dec ww", "", "C", "h")
T("Cuckooing concern (housing): Mrs K, 67, partially sighted, lives alone. Her nephew's 'friends' now use the back bedroom and she says they give her cigarettes. She says she is not scared of them, they've never threatened her and she can ask them to go. Housing officer unconvinced; no indicator disclosed.", "", "", "", "l")
T("my brother has downs syndrome and these lads come round and get him to hold stuff for them and go shops for them, they took his phone and told him not to tell mum or theyll smash his face in", "av iso it", "isl", "C", "h")
T("Shoplifting ring: 5 Georgian males stealing high-value spirits from supermarkets across Kent. Surveillance shows they share proceeds equally and travel in their own cars. Treated as organised acquisitive crime; no exploitation.", "", "", "", "l")
T("Forced shoplifting – Romanian female (27) arrested in Primark with £400 of clothing. In custody she cried and said her 'husband' sends her out every day with a list and a target; if she fails he beats her and locks her in the bathroom overnight. She has bruising on both upper arms.", "psv rom", "rm pa", "C", "h")
T("Man told staff he was made to beg at the station by a 'friend' who took all his takings and 'looked after' his passport. He has a dog and a sleeping bag and lives in a tent the friend put up.", "ww rod", "ncw dt", "C", "m")
T("Woman begging with baby outside Tesco Express. Spoke with her: she's from Romania, travelled with husband, they beg together and keep their own money, children in school. Says she would rather work.", "", "", "", "l")
T("Bank: customer (17) had his account used to receive £12,000 from a romance scam victim. He says an older lad from the football club told him to do it and that 'nothing would happen'. He was given £200. He now gets messages saying he has to do it again or they'll 'tell the police it was you'.", "av it", "", "C", "h")
T("Fraud team: identity documents of a deceased woman used to open 7 credit accounts; perpetrator unknown. No indication of a living victim being used.", "", "", "", "l")
T("ATM fraud – Hungarian male (34) arrested cashing out cloned cards in Derby. He says he owes a man in Budapest for getting him a flat and the man told him every card 'pays a bit off'. He doesn't know the address he stays at; the man drives him.", "db iso", "et isl mbc", "C", "m")
T("Pickpocketing team, Westminster. Two adult women and a girl who says she is 13. The girl says the women are her aunties and she must 'work' every day during the school holidays. Unable to verify identity.", "av", "", "C", "h")
T("Money mule: my son is 16 and some lad on snapchat asked for his bank details so he could send money for a 'trainers business'. We found £3,000 went in and out of his account. I've stopped it. He says nobody threatened him, just offered him £100.", "av", "", "C", "h")
T("Modern slavery helpline call: caller says she runs a hair salon and her new Vietnamese employee keeps saying she has to send all her wages to 'the man' who brought her here, and that her debt is £20,000. Employer pays her properly; the money is taken afterwards.", "db ww", "ncw", "L", "m")
T("My daughter was offered a modelling job in Dubai by a man on Instagram. She didn't go, she's at home, we just wanted to report the account in case others are targeted.", "", "", "", "l")
T("Girl (17) disclosed to school nurse: her 'boyfriend' (25) makes her have sex with his friends and says she owes him for the weed and takeaways. He posts pictures of her if she says no.", "av psv db it", "", "S", "h")
T("Escort agency (licensed, Manchester): women are self-employed, set their own hours and keep 70% of fees by contract. Police licensing visit found no concerns.", "", "", "", "l")
T("CHANGE OF PLAN, 10pm tonight they are moving the girls from the flat above the takeaway on Derby Rd to Nottingham. One of them told me she is 15 and they said they'd kill her if she speaks. PLEASE", "av it", "", "S", "i")
T("Brothel, Southampton: 4 Chinese women, all over 40. They pay rent to the owner and keep their earnings. One has her own passport and a return ticket to Fujian. Women declined any help. Recorded as no exploitation concerns; brothel-keeping offence considered.", "", "", "", "l")
T("Public report: there is a woman from Eastern Europe who stands outside the bookies every day selling the Big Issue but it's not the Big Issue, it's a fake one. A man drops her off at 8 in a blue Golf and takes the money at lunchtime. She seems scared of him.", "ww", "ce et ncw", "C", "m")
T("Outreach: Romanian women selling sex on the street in Ilford. Most are independent and have been in the area for years. One new woman (20) says her boyfriend takes all her money and waits in the car; she doesn't know what street she lives on.", "ww iso", "ncw isl et", "S", "h")
T("Dear police, my cousin who is 19 came from Ghana for a nanny job with a family in Harrow. She says she works from 5am to 11pm, isn't allowed to leave the house and they keep her passport. They said they pay her family £100 a month but her family got nothing.", "eo rom rod ww", "lh rm dt ncw", "D", "h")
T("Live-in carer (Filipino, 50) for an elderly man in Surrey. Employed through a registered agency, paid monthly, two days off, keeps her own passport. Visited by her agency every month. No concerns.", "", "", "", "l")
T("Safeguarding: 11yo girl from Pakistan living with 'uncle' in Bradford is not registered at any school. Neighbours say she does all the housework and looks after the toddlers. Uncle says she's his niece visiting.", "av", "", "D", "h")
T("Diplomatic household, Kensington: domestic worker (Indonesian) climbed out of a ground floor window at night and went to a police station. Says she was locked in, fed scraps, worked every day from 5am, and the employer's wife beat her with a shoe. Employer claims diplomatic immunity.", "rom ac eo psv", "rm lh", "D", "h")
T("Kidney for sale advert found on a Facebook marketplace group, posted by a 24yo student in Manchester 'to pay off debts'. Platform notified; student spoken to by police and given welfare advice. No buyer or broker identified.", "", "", "", "l")
T("Intel 2/C/C (not to be shared with LA without MSU consent): broker in Leicester recruiting Indian men with debts to sell kidneys in a private clinic abroad. Donors told they'd get £15,000; reports they received £2,000 and were threatened when they complained.", "av dec it", "", "O", "h")
T("Debrief: He says men in Sudan kidnapped him in Libya and took him to a place where doctors took blood tests. He woke with a wound on his side. He was told his kidney paid for his boat to Italy. He did not agree.", "psv", "pa", "O", "h")
T("Living donor assessment: woman (38) donating a kidney to her sister. Independent assessor satisfied there is no coercion or payment. HTA approval granted.", "", "", "", "l")
T("Nail bar, Grimsby: Vietnamese girl (looks 17) says the owner is 'auntie' who brought her here, she gets food and a bed in the back room, no wages because 'auntie' is paying the travel debt. Works 9am to 8pm every day.", "av db ww eo", "sw lh ncw", "L", "h")
T("Nail bar, Bath: staff are all long-term employees, Vietnamese and British, with contracts. Two are family of the owner. All live in their own homes. Council officer found nothing of concern.", "", "", "", "l")
T("fruit farm near hereford, workers told me they paid £1000 each to an agent in romania for the job, and the farm takes £80 a week for a bunk in a caravan with 6 people, they get what is left, but they told me its ok and they can leave when they want, they have passports", "ac", "uf oa", "L", "m")
T("Shellfish gathering: Chinese cocklers brought to Morecambe Bay in the dark, no training, no safety equipment, gangmaster keeps their pay. Tide warning ignored by the gangmaster.", "ac ww", "ncw", "L", "m")
T("Fishing: Ghanaian crewman on a scallop boat out of Brixham reports he hasn't been allowed off the vessel for 3 months when it's in port, and the skipper keeps his passport in the wheelhouse.", "rom rod", "rm dt", "L", "m")
T("Employee at a vape shop complains that her employer paid her salary two weeks late this month. She's had no other problems. Referred to ACAS.", "", "", "", "l")
T("101: my neighbour is a cleaner, works for an agency, leaves at 5am and comes back at 9pm. I'm worried she's overworked. (Officer note: spoke with her, she works two jobs by choice to save for a house, all paid to her own account.)", "", "", "", "l")
T("Handover: Male (Albanian, 23) came into the front office at 0215 saying he escaped from a cannabis house in Swindon by jumping out of a window. Cuts to hands and legs. Says they are looking for him now and will kill him. Says 2 others still inside.", "rom it", "rm pa", "C", "i")
T("Teenage girl in the chicken shop told staff her 'cousin' makes her hold drugs in her bra, she's 14. She was collected by a car 2 min later.", "av", "", "C", "i")
T("Cannabis grow found by landlord doing an inspection. Tenants absconded. No occupants. Referred to police for investigation.", "", "", "", "l")
T("Benefit fraud – POI DRAGOMIR registered 30 people at his address for Child Benefit. People interviewed say he arranged their journey from Romania and says they owe him for it; he keeps their bank cards and hands back 'a little'.", "db", "mbc ncw", "C", "m")
# ---- batch 6
T("INT 2/B/P – 'Benji' line (Liverpool → Kendal). Runners rotated weekly, kept in a holiday let on Stricklandgate. Line holder takes their phones on arrival and hands them a 'graft' phone. Youngest believed 14.", "av iso", "isl", "C", "h")
T("IP (16) states: 'They never said I couldn't leave. They just said if I leave the bando the opps will find me and I still owe for the food.' IP was in the property 9 days.", "av db it", "", "C", "h")
T("Arrest summary: WALSH (25) and MCKENNA (27) arrested for conspiracy to supply class A. Both adults, both profit-sharing partners in the line. Youth runner (16) identified — see separate NRM referral for him.", "av", "", "C", "h")
T("neighbour at 31 is an old boy with a bad leg and now theres loads of young lads coming and going at all hours, he told me he cant say no to them and they make him stay in his bedroom, he looks like hes not eating", "av rom", "rm pa", "C", "h")
T("Cuckooing — follow-up. Occupier (male, 44, mental health issues) states the men left last week after police visit. He says they 'borrowed' his flat and he got drugs for it. Wants locks changed. No ongoing threat disclosed.", "av", "", "C", "m")
T("Nom PATEL, Raj – money laundering. INT (2/B/P) suggests he pays homeless men £50 each to open bank accounts, then keeps the cards and PINs for the OCG. Men are housed in a B&B he pays for.", "av", "mbc ncw", "C", "m")
T("Safeguarding note (YOT): Young person (15) caught with a knife said 'I carry it because they told me to, it's theirs'. Says he gets told to go to places in Kent 'for a few days'. Mum reports he goes missing weekends.", "av", "", "C", "h")
T("Custody record: detainee (Vietnamese, claims 15) found fleeing from grow. Interpreter says he describes being 'sold' to the farm owner in Hanoi and the owner 'bought' him from the smugglers for the debt. Age assessment requested.", "av db", "", "C", "h")
T("THE DRUG DEALERS AT THE TOP OF THE ROAD ARE USING KIDS AGAIN!!!! I SEEN A BOY IN SCHOOL UNIFORM GETTING GIVE A BAG OUT OF THE CAR AND RIDING OFF. POLICE DO NOTHING", "av", "", "C", "h")
T("Two 17yos arrested for dealing cannabis at a festival. Both bought the weed themselves to sell to friends. No one else involved. Released under investigation; YOT referral.", "", "", "", "l")
T("Man (Slovak, 45) found begging at Newcastle Central with a fake sign saying he's deaf. Speaks fine. Says he does it himself for beer money. No handler.", "", "", "", "l")
T("Begging gang: INT suggests a family from Constanța bring disabled relatives to Glasgow to beg. Takings collected by the eldest son each evening. Relatives sleep in a van.", "av ww ac", "ncw plc", "C", "h")
T("Forced criminality – statement of IP (female, 31, Lithuanian): 'I was told I would clean offices. They gave me a list of shops and said take razors, steak, coffee. If I come back with nothing, no food. My passport was in his jacket. He said in Lithuania his friends know where my daughter goes to school.'", "dec ac rod it", "dt", "C", "h")
T("Store security at Westfield: 3 teen boys working together lifting phones from bags, one drops the phones to a man outside who pays them £20 a phone. Boys aged 13-14.", "av", "", "C", "h")
T("Intel: Card cloning factory in a flat in Edgware, equipment and 200 blank cards seized. Two adult males arrested, both Bulgarian, running it for profit. No victims of exploitation identified.", "", "", "", "l")
T("Bank statement analysis shows a 20yo care leaver's account used to receive and send £60k in 2 weeks. Care leaver says a 'mate' from the hostel has his card and he is scared of him because the mate broke his nose last month.", "av psv", "ncw", "C", "h")
T("Fraud: an elderly man was made to take out payday loans by his son, who lives with him and manages all his money. No work or crime being forced on the victim.", "", "ncw", "", "l")
T("Loan in her name: Albanian woman (22) says her 'boyfriend' used her passport to take out 4 loans and phone contracts, kept the passport and now says she owes him for 'rent' and must work in the massage place to pay.", "dec rod db", "dt", "C S", "h")
T("Identity fraud: Slovak family (parents, 3 children) say a 'fixer' in Bradford registered them with HMRC as self-employed, filed tax credit claims, and keeps the payments. He also took £300 from each adult for 'registration'. They work at a chicken factory and he collects their wages from the agency.", "ww", "uf ncw", "L C", "m")
T("Customer complained her husband opened a credit card in her name. They are separating. No other concerns. Advised on fraud report.", "", "", "", "l")
T("INT 3/C/P: A 'gang' of Eastern European women pickpocketing on buses in Manchester. INT is that they work for themselves and share the proceeds.", "", "", "", "l")
T("Romanian boy (12) detained for theft from tourists in Covent Garden. Adult female with him says she's his aunt and takes the phones. He has no school place and sleeps on her floor with 6 others.", "av ww ac", "oa ncw", "C", "i")
T("Statement: 'They came to my flat with my nephew and said they need somewhere to stay. Now they cook crack in my kitchen. I have MS and can't go out without help, they took my mobile off me. I'm frightened all the time.'", "av iso", "isl fa", "C", "h")
T("PCSO note: visited the flat following reports of cuckooing. Resident (male 50s) was alone, flat tidy, no visitors. Says the lads who used to come were just his son's friends and they've stopped. Nothing found.", "", "", "", "l")
T("Line: 'Sugar' (Birmingham → Worcester). A 15yo girl from Worcester is being used to hold the drugs and cash and is sexually exploited by the line holder. Currently at an address in Ronkswood.", "av psv", "", "C S", "i")
T("I'm 17 and I sold for them for a year. I got paid at first then they said I had to work for free because my friend ran off with their food. I slept in the trap for weeks, no shower, no bed.", "av db ww ac", "plc", "C", "h")
T("School: Y8 boy (12) has bruises and says he 'fell'. Friends say older boys make him deliver 'packages' after school and punch him if he's late.", "av psv", "pa", "C", "h")
T("Willing participation: 22yo male, Middlesbrough, was caught couriering cocaine. Says he offered himself to a dealer after seeing an advert for 'easy money' on Snapchat, keeps his earnings, and can stop whenever he wants. No coercion. Charged.", "", "", "", "l")
T("Debrief (Vietnamese male, 19, interpreter): He says in the house in Kent he had to watch the plants day and night, 'sleep next to lights, wake every two hours'. He says he got no money; the boss said it goes to pay the loan for his family in Nghệ An. He was never alone outside.", "eo ww db rom", "lh ncw sw rm", "C", "h")
T("Garden centre worker reports a man came into work asking if any staff want to earn £2,000 'looking after a house with plants'. She said no. Reported for info.", "", "", "", "l")
T("Child (9) found begging alone at Victoria station after midnight. Says a woman drops her there and will 'be angry' if she leaves. No adult located.", "av it", "", "C", "i")
T("GLAA: hand car wash, Walsall. 8 workers, Romanian. Manager holds all bank cards 'to pay wages', workers receive cash of £20-£30 a day for 11 hours. Two workers sleep in a container on site.", "ww eo ac", "ncw mbc lh sw plc", "L", "h")
T("GLAA licence breach only: labour provider supplied 4 workers to a flower farm without a licence. Workers confirmed they were paid correctly and have their own accommodation.", "", "", "", "l")
T("Restaurant owner in Glasgow reported that his kitchen assistant (Indian, 27) told him his previous employer made him work 100 hours a week and never paid him. He now works legally, paid well. Historic, previous employer unknown.", "eo ww", "lh", "L", "m")
T("Building site: Romanian labourer says agent charged him £500 for a CSCS card and £30 a week for a hard hat and boots. Otherwise paid normally to his own account, lives with his brother.", "", "uf ppe", "", "l")
T("Factory in Leicester: garment workers (Indian, Pakistani) paid £3.50 an hour in cash, told that if they complain they'll be reported to immigration. Two said the owner keeps their passports. Long shifts, no breaks.", "ww it rod eo", "dt lh fa", "L", "h")
T("Employment tribunal case summary: worker says his employer paid below minimum wage for 3 months. Worker left in April and sued. He had his documents and his own account throughout.", "", "", "", "l")
T("Cannabis grow, Northampton. Two Albanian men (21, 23) arrested inside. Both had phones, keys, return flights booked, and messages discussing how to split profit. Neither claimed to be a victim. Charged with production.", "", "", "", "l")
T("Cannabis grow, Corby. Albanian man (20) arrested. He says he was told it was a job in a pizza place; phone has voice notes from a man saying 'you will work until you have paid the €12k, or your brother pays'. He has no key to the property.", "dec db it rom", "rm", "C", "h")
T("Care worker, Bangladesh national, told her union rep that the agency collects her salary and gives her £100 a month, the rest is 'for the visa fee'. She works 70 hours and lives in the agency owner's house with 8 others.", "ww db eo ac", "ncw lh oa", "L", "h")
# ---- batch 7
T("Au pair (Ukrainian, 19) rang in tears: host mother has taken her phone and passport 'until she learns to behave', she cleans the whole house and minds 4 kids from 6am till they sleep, and gets no pocket money for the last 2 months. She is not allowed to go to her English class.", "rod iso eo ww rom", "dt isl lh ncw rm", "D", "h")
T("Au pair agency check: au pair (French, 21) lives with family in Guildford, 25 hours a week, £100 pocket money, own room, free evenings. She says she's happy.", "", "", "", "l")
T("Forced marriage & servitude: woman (24) from Pakistan married to a man in Oldham. In-laws make her cook and clean for 11 people, she isn't allowed to leave the house without her mother-in-law, and they keep her passport. Husband rapes her.", "eo rom rod psv", "lh rm dt", "D", "h")
T("Wife (Polish, 35) says her husband controls the money and is jealous. She works in a bakery and uses her own card. No domestic servitude or labour exploitation described; domestic abuse referral to IDVA.", "", "", "", "l")
T("Grandmother living with her son's family in Leicester looks after the grandchildren while the parents work. She says she loves it and has her own pension.", "", "", "", "l")
T("She says she cannot go back to the house because the master will beat her again. She was a maid there for 6 years, never paid, her employer said her salary goes to her mother in Ethiopia. Her mother says nothing arrived.", "psv ww", "ncw", "D", "h")
T("Concern from a church: a teenage girl from Sierra Leone living with a couple in Peckham does all the cooking and cleaning and is not in school. She told the pastor she is 'paying back her ticket'.", "av db", "", "D", "h")
T("Organ trafficking intel (1/B/C – share with NCA only): Albanian OCG arranging for UK-based migrants in debt to travel to Turkey for 'kidney surgery'. Debts cleared in exchange. One man (29) says he was told it was a job in a hotel.", "av dec db", "", "O", "h")
T("i was offered £8000 for my kidney by a man at the mosque who said my family debt would be forgiven. I said no. he keeps calling and says my father will suffer if i don't go to India with him", "it", "", "", "m")
T("Transplant tourism: patient admitted with infection after buying a kidney in Pakistan. Says the donor was 'a poor boy from a brick kiln' who was paid very little. Reported to HTA.", "av", "", "O", "m")
T("Pop-up brothel, Reading: Brazilian transgender women (3). One said she wanted to be there, keeps her money and organises her own adverts. Another said she has to pay the 'madam' £600 a week for the room regardless of income and that the debt for her flight is still £4,000.", "db", "", "S", "h")
T("A&E: female (19) with vaginal injuries and bruising to neck. Accompanied by two men who insisted on staying. She said she 'works in a flat' in Middlesbrough and gave no address. Left before treatment with the men.", "psv iso", "sfw pa isl et", "S", "i")
T("CSE: 14yo girl from a children's home seen with adult males in Rochdale, given vodka and taken to a flat. Police found her there at 0300 with 3 men.", "av", "", "S", "h")
T("Advertisements on an escort site for 'Asian girls new in town' use the same phone number as adverts in 7 other cities this month. Girls appear in the same hotel rooms. Suggests movement of women between cities by a third party.", "", "", "S", "h")
T("Sex worker (Romanian, 30) told the Basis project she works with a friend in a flat, they pay their own rent and ads. She has had her passport at all times. No one takes her money.", "", "", "", "l")
T("Statement from IP: 'He said I would be a dancer in a club in London, I would earn £1,000 a week. When I come he says no club, you sleep with men, you owe me £10,000. He took my passport and locked the door when he went out.'", "dec db rod rom", "dt rm", "S", "h")
T("A man in the house behind us keeps lots of young women there, they come and go in taxis and never stay more than a week, always carrying only a rucksack. the same fat man answers the door every time.", "", "fpe sfw", "S", "h")
T("Caseworker: IP (Eritrean woman, 28) was held in a warehouse in Libya and raped by guards before crossing. In the UK she has not been exploited; she lives in asylum accommodation and attends college. NRM for historic overseas trafficking.", "psv", "", "S", "h")
T("Asylum seeker (Afghan, 30) says Home Office hotel is noisy and food is poor. He is free to come and go and is waiting for his interview. Not a trafficking case.", "", "", "", "l")
T("Student (Chinese, 20) reported her passport lost; later found it in her room. No concerns.", "", "", "", "l")
T("Immigration: overstayer (Nigerian, 40) working cash-in-hand as a cleaner for several families, paid properly each week, lives with her sister. Came forward to regularise status. No exploitation.", "", "", "", "l")
T("Intel: OCG ('Hellbanianz' affiliated) running 12 grows in Kent using 'gardeners' brought via small boat. Gardeners told they must work 2 years to pay the crossing, not told the address of the house, and moved every 3 months.", "db iso", "isl", "C", "m")
T("101: there's smoke coming from a house on Abbey Road and it stinks of weed. The windows are all blacked out. I can hear someone inside banging on the door and shouting in a foreign language.", "rom", "rm", "C", "i")
T("Drug debt: 23yo addict owes his dealer £600 and says the dealer now makes him deliver to pay it off, threatened to break his legs if he stops. Dealer has his bank card.", "av db it", "ncw", "C", "h")
T("Young man (18) told his mum he'd 'joined' a gang from choice, sells weed, keeps most of his money. Mum wants him to stop. No force, threat or debt disclosed; referred to youth worker.", "", "", "", "l")
T("POI FERREIRA – Portuguese national – owns 3 car washes in Bristol. INT 2/B/P suggests workers are brought from Portugal, charged €1,000 for travel which is taken from wages at £100 a week, and they can't quit until it's paid. He holds their ID.", "db rod", "uf dt", "L", "m")
T("OFFICER NOTE: spoke with workers at the car wash on Fishponds Rd, contrary to the anonymous report they are paid by bank transfer, have their own ID cards and accommodation, and no one answered for them. Report appears malicious (business rival).", "", "", "", "l")
T("I am making this report for my friend who is scared. She works at a nail bar in Slough. The owner picks her up at 7 and drops her home at 10. She isn't allowed to keep tips. She has told me the owner says if she leaves, the owner will tell the Home Office she is illegal.", "ww it", "ce et ncw fa", "L", "m")
T("Crew of a fishing boat in Scotland (Sri Lankan, 4 men) had been kept aboard in port and not paid for 10 months; one had an injured hand never treated; the skipper said if they left the boat they would be arrested.", "rom ww ac it", "rm pa", "L", "h")
T("Food factory worker (Lithuanian) told HR that a man in her shared house takes half her wages each week for 'rent' and 'introducing her' to the job. She can't get away because he said he'd hurt her if she moves out.", "ww it", "ncw", "L", "m")
T("Hospital porter says he works 60 hours a week on overtime by choice; paid in full. Asked to be included in wellbeing scheme.", "", "", "", "l")
T("Hotel in Blackpool: Romanian housekeeper (34) says she was told £9 an hour but was paid per room, and has received nothing since she started 5 weeks ago; supervisor says it'll be paid 'after the season'. She lives in a staff room with 5 others, cost deducted.", "dec ww ac", "oa", "L", "h")
T("Temp worker says his agency's payslip was wrong one week and he got £80 less. Agency corrected it the next week. Not a slavery matter.", "", "", "", "l")
T("County lines – 2/A/P: nom 'SKEPTA' (real name unknown) instructing runners via Snapchat to travel Norwich → Great Yarmouth. 13yo runner messaged 'if you don't come back tonight we know where you live'. Runner currently at Yarmouth.", "av it", "", "C", "i")
T("MFH 15yo girl located in a flat in Crawley with 2 adult males, drugs and cash. She was reported missing from her care home 3 days ago.", "av", "", "C S", "h")
T("Railway: BTP stopped a 16yo on a train from Euston with £2k in cash and a burner phone. Told officers 'I'm not allowed to say who it's for, they'll kill me'.", "av it", "", "C", "h")
T("Father of a 14yo boy says his son is being 'groomed' by a man who buys him food and takes him to a gym. There is no suggestion of drugs, sex or crime; father just dislikes the man. Spoken to, no concerns.", "", "", "", "l")
T("Caseworker: client (Albanian, 28) says he came to the UK to work in a cannabis grow knowing what it was and was paid £1,500 a month as agreed. He had a phone and went to the shops. He claims no threats. Not an NRM referral.", "", "", "", "l")
T("Report (from the tenant's son): my dad's flat in Leyton has become a drug den, there are men sleeping in his lounge and his disability money goes to them. He can't say no because of his dementia.", "av", "ncw", "C", "m")
T("Shoplifting, Sheffield: woman (26, British) steals to order for a dealer she owes money; dealer threatened her children. She gets nothing for it.", "db it ww", "ncw", "C", "h")
T("A man in his 50s is begging outside the station every morning. I asked him and he said he used to be a chef and lost his job. He has a flat. No one makes him.", "", "", "", "l")
T("Public report: 'they r using the disabled man to carry there stuff from the shop, they laugh at him, make him sleep in the shed and dont give him food, he aint right in the head'", "av ac", "plc sw", "L", "h")
T("Handover: 3 Vietnamese teens (16, 16, 17) went missing from a children's home in Kent this morning; a car with 2 men was seen outside last night. Concerned re re-trafficking into grows or nail bars.", "av", "", "", "i")
T("Warehouse via agency, Coventry: worker (Eritrean) says supervisor checks their phones, takes them during shifts, and they are not allowed to talk to other staff. Pay is normal and to his own account.", "iso", "isl", "L", "m")
T("Domestic worker for a Saudi family in a London hotel during the summer: her employer has her passport and she sleeps on the floor of the children's room; she works around the clock.", "rod ac eo", "dt sw lh", "D", "h")
T("Labour exploitation – construction (Lithuanian men). The gangmaster provides a house with 14 men in 3 rooms, takes rent of £80 each, and charges £15 a day for a lift to site. Men said they could leave if they wanted and have their documents.", "ac", "oa ct", "L", "m")
T("Intel 2/C/P – male named 'Bogdan' holds the passports of 10 beggars in Leeds city centre in a bag he carries. Beggars are not allowed to speak to charity workers.", "rod iso", "dt isl", "C", "m")
T("Woman begging outside a church said her husband would hurt her if she came home without £50. She had a black eye.", "it psv", "pa", "C", "h")
T("Prison note: prisoner (19) says he was made to plug drugs into prison on a visit because his family would be hurt otherwise. He has no debt of his own.", "it", "", "C", "m")
T("Prisoner (34) says he's been 'taxed' by another inmate for his canteen money; no links to outside exploitation. Dealt with as bullying.", "", "", "", "l")
T("School: 15yo was excluded after bringing a knife. Family, police and school found no links to older peers or gangs; he says it was for protection after a fight.", "", "", "", "l")
T("Press: A gang who forced disabled men to beg across London and took the proceeds have been jailed. The men were kept in an overcrowded house in Ilford, with their passports held by the gang.", "av ww rod ac", "ncw dt oa", "C", "h")
T("Night-time begging: two children (approx 8 and 10) with a woman at Marble Arch at 0100; children barefoot and cold.", "av", "pa", "C", "i")
T("Tipsters say the Turkish barbers on King St is a front for laundering. Staff are all long-standing, live locally, paid via payroll. Financial investigation only.", "", "", "", "l")
T("Man (Pakistani, 29) on a student visa says the restaurant he works in pays £5 an hour cash but he is free to leave, has his passport and lives with friends. He wants advice about his visa conditions.", "", "", "", "l")
T("Council housing: HMO inspection found 11 Romanian men in a 3-bed house owned by the agency that employs them; mould, no smoke alarms. They pay rent to the agency from their wages.", "ac", "oa plc", "L", "m")
T("IP (Chinese, 45) told police the 'boss' of the massage shop makes her work from 10am to 2am seven days a week, she sleeps on the massage table, and she must give him all her money because of her debt to the snakehead.", "eo db ww", "lh sw ncw", "S", "h")
T("Organ: man (Sudanese, 34) in asylum accommodation told his solicitor that smugglers in Egypt made him give a kidney to pay for his journey and beat him when he tried to refuse.", "db psv", "", "O", "h")

# ---- build
PAIRS = dict(rod="dt", rom="rm", eo="lh", iso="isl")

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh67.jsonl")
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(DATA, 1):
            ind_l = ind.split(); sig_l = sig.split(); typ_l = typ.split()
            for a, b in PAIRS.items():
                if a in ind_l and b not in sig_l:
                    sig_l.append(b)
            assert text not in seen, text; seen.add(text)
            rec = {"id": "f67-%03d" % n, "text": text,
                   "indicators": sorted(set(IND[x] for x in ind_l)),
                   "signs": sorted(set(SIG[x] for x in sig_l)),
                   "exploitation": sorted(set(TYP[x] for x in typ_l)),
                   "risk": RISK[risk]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(DATA), "texts ->", out)

main()
