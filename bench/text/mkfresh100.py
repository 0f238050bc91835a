#!/usr/bin/env python3
"""Hand-written labelled texts (fresh100): online / social-media emphasis.
Each entry: E(text, indicators, signs, types, imm=False). Short codes are expanded
below; risk is derived from the labelling conventions (imm marks immediate danger)."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", slw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = {"RD": "dt", "RM": "rm", "EO": "lh", "IS": "iso"}

ENTRIES = []
def E(text, ind="", sig="", typ="", imm=False, child=False, viol=False):
    ENTRIES.append((text, ind.split(), sig.split(), typ.split(), imm, child))

# ---- batch 1 ----
E("URGENT HIRING!!! Warehouse pickers needed in Northampton, £600/week cash, no English needed, accommodation provided. Registration fee £250 to secure your place, pay by bank transfer before travel. DM on WhatsApp only.",
  "", "uf", "")
E("Screenshot sent in by the reporter shows a Facebook group post in Romanian offering 'munca in Anglia' on a farm near Boston. Reporter says her cousin answered it, paid 400 euro for the bus, and now works 14 hour days picking, the 'coordinator' keeps her bank card and she has had £30 in three weeks. She is not allowed to leave the caravan site without him.",
  "RM WW EO", "uf ct ncw", "L")
E("Hi mate saw ur post about the driving job. is it still going? how much per hour and do i need my own van",
  "", "", "")
E("Job advert: Care Assistant, Willowbank Residential Home. £12.40/hr, paid weekly into your own account, DBS paid by us, uniform provided free, mileage paid. Sponsorship available for eligible candidates, no fees charged at any stage. Apply through our website.",
  "", "", "")
E("INT suggests female POI Mirela BADEA (DOB 14/03/1999) advertising on adult services site under name 'Bella new in town'. Phone number used across 6 adverts in 3 cities within 2 weeks. Same male seen dropping her at hotels. Grading 2/B/P.",
  "", "et", "S")
E("DM from account @luxe_model_scouts to 16yo girl (screenshot shared by school): 'u could earn 2k a weekend babe, just photos at first, dont tell ur mum she wont get it x'. Account asks her to meet in Manchester on Saturday.",
  "AV", "", "S", child=True)
E("The job in the post said hotel cleaning in London with room included. When I arrived they took me to a house in Luton with eleven other women. The woman said I owe her £3,500 for the flight and the room and she takes it from my wages each week, but every week she adds more for food so it never gets smaller.",
  "DE DB WW AC", "oa", "L")
E("Marketplace listing: 'Double room to rent in shared house, £450pcm bills incl, 4 housemates, all working professionals, no DSS'. Caller concerned it was a scam as landlord asked for deposit before viewing. No other concerns.",
  "", "", "")
E("Reported via online form: there is a add on gumtree for a 'live in housekeeper' at a big house in hampstead, i went for it and the lady said the last girl was from the philipines and never had a day off and didnt need paying because they gave her food and a room. i didnt take the job. worried about whoever is there now",
  "", "", "")
E("Reported via online form: the nail bar on the high street has a new girl about 15 she is there before school time and still there at 9pm, never speaks, a man picks her up in a black audi. shes always got the same clothes on",
  "AV EO", "lh cedl fpe pa", "L", child=True)
E("Telegram group 'Work UK fast' (c. 3,400 members). Admin posts: 'Fishing boat crew, Scotland, visa arranged, fee £2,000 payable in instalments from your wages'. Several members reply that they never received contracts and passports 'stay with the captain for safety'.",
  "RD DB", "uf dt", "L")
E("Financial crime alert: 14 current accounts opened over 5 weeks, all account holders Romanian nationals, same mobile number and same correspondence address (a flat above a car wash in Stockport). Debit cards for all 14 used at one ATM, usually between 02:00 and 03:00, salary credits from Sparkle Valet Ltd withdrawn in full within an hour.",
  "WW", "mbc ncw", "L")
E("Lost my passport on the train from Leeds yesterday, has anyone handed one in?? Name is Priya, Indian passport, blue cover. Uni says I need it for my visa check next week, please share",
  "", "", "")
E("Instagram account reported by parent. Account messages 14yo son offering £150 a day to 'hold stuff and do runs' to Swansea. Later messages: 'u owe us now bro, lost package = 800, u work it off or we come to ur yard'.",
  "AV DB IT", "", "C", child=True)
E("101 call: caller reports Facebook post from a local 'employer' asking for men to do roofing, £50 a day cash, 'transport and food given'. Caller says he worked there two days and was paid as promised, just thinks it is cash in hand and tax dodging. No concerns re welfare.",
  "", "", "")
E("Vinted/Depop style message screenshots sent to CEOP: adult male persuaded 13yo girl to send images, then threatened to send them to her school friends unless she sent more and met him. She has now been 'asked to meet his friends'.",
  "AV IT PV", "", "S", child=True)
E("Debrief (via interpreter, Vietnamese): He says that a man on Facebook promised him work in a nail shop and that the family would pay back £20,000 slowly. In the UK he was put in a house with plants and told to water them and never open the door. Food was brought once a week. He slept on a mattress next to the lamps. The man said if police come, they will put him in prison, not the boss.",
  "DE DB RM AC IT", "slw foa", "C")
E("Legit question: my agency (registered with GLAA, licence number on their site) is charging £0 fees but wants my passport to copy for right to work. Is that normal? They gave it back same day.",
  "", "", "")
E("Adult listing text: 'Sweet Thai girl 19 just arrived, 24/7 available, incall only, outcall no, all services, no rush'. Analyst note: same photos posted in Leicester, Derby and Nottingham within 10 days, number linked to 3 other profiles.",
  "EO", "lh", "S")
E("WhatsApp group screenshot forwarded by a worker: 'Everyone be at Tesco car park 4.30am. Van leaves 4.45. £10 each way will come off Friday money. No phones on the line.'",
  "", "cedl ct", "L")
E("Posted on a local Facebook community group: 'Beware the hand car wash on Station Road. Lads there look like they haven't slept, working in the rain in flip flops, no gloves, same ones 7am till 8pm every day. Someone should check.'",
  "AC EO", "lh pa", "L")
E("Jobs board advert: 'Sous Chef, 45 hrs/week, £34k, 28 days holiday, staff meals, tips shared fairly through tronc. Sponsorship available via Skilled Worker route; we pay the certificate of sponsorship fee as required by law.'",
  "", "", "")
E("I found the job on TikTok, it said 'modeling and hostess for VIP events in Dubai and London, all paid'. In London the woman took my passport for the 'agency registration' and I never saw it again. The events were men in apartments. I had to do sex with them. She said I owe £8,000 and each client pays the debt, I do not see the money.",
  "DE RD PV DB WW", "dt ncw", "S")
E("Neighbour dispute, Facebook Messenger threats exchanged between two households about parking. Both parties advised. No further action.",
  "", "", "")
E("INT: POI Arben KOLA using Snapchat to recruit local 15-17yo boys to sell class A in Rhyl. Offers of trainers and cash. Boys sent to trap house for up to a week, phone taken while there. Grading 2/C/P.",
  "AV IS", "", "C", child=True)
E("Scam alert shared by Trading Standards: fake 'Amazon warehouse job' texts asking applicants to pay £95 for a 'training pack'. No work exists. Victims lose the fee only.",
  "", "uf", "")
E("Salvation Army caseworker note: client (M, 44, Polish) recruited through a Polish-language Facebook group by a man offering 'building work and room'. Lived in a garage with 5 others, £60 a week rent taken from wages, was paid 'when the contract pays' but never was in 7 months. Alcohol dependency was used - he was given vodka instead of pay. Left after a fall from scaffolding.",
  "AV WW AC", "oa plc", "L")
E("DM forwarded to us: 'i no u r in the country with no papers. if u dont come to work tomorrow i will call home office myself. think about ur kids.'",
  "AV IT", "foa", "L")
E("Council licensing inspection (massage parlour, Broad St): therapist licences in order, rota shows 6-hour shifts, staff live off site, own phones, no concerns. Advised to update hygiene certificate.",
  "", "", "")
E("Reddit post r/LegalAdviceUK: 'My employer paid me two weeks late this month and I'm skint. Can they do that? I want to quit but I'm worried about my final pay.' Replies advise ACAS.",
  "", "", "")
E("Border Force, Stansted: two females (19, 20, Moldovan) arriving on same flight, each with printed hotel booking and £50 cash. Both say they met a 'manager' on Instagram who got them jobs as 'hostesses'. Neither knows the name of the club or where they will stay; the manager has their return tickets. Phone of the manager rang repeatedly during interview.",
  "IS", "", "S")
E("OLX-style advert in Polish posted to a UK group: 'Praca w fabryce, zakwaterowanie, dojazd. Kaucja 300 zl.' Translated by analyst: factory work, accommodation, transport, deposit 300 zloty. No further info.",
  "", "uf", "")
E("She sent me screenshots from her boss on WhatsApp. He writes every night at 11pm 'tomorrow 6am start'. She cleans his house and the houses of his brothers, 7 days. He says her salary goes to her family in Manila but the family say they got nothing since March. She cannot go to the shop without his wife.",
  "WW EO RM", "ncw", "D")
E("Gumtree ad: 'Strong men wanted for farm work, Kent. Live on site in caravans. Experience not needed.' Officer visited: caravans clean, 2 per caravan, workers on payslips, own bank cards, GLAA licence valid. NFA.",
  "", "", "")
E("Online report (anonymous): my ex is pimping out his new girlfriend on onlyfans and other sites he takes all her money she is only 17 he told me he would kill her if she left",
  "AV WW IT", "ncw", "S", child=True)
E("999 call 02:14: female with limited English calling from a flat above a shop. Says she answered an internet job advert, men come to the flat, the door is locked and the man with the key has gone. She is crying and says she was hit today.",
  "RM PV DE", "", "S", imm=True)
E("Job post on LinkedIn: 'Remote data entry, £800/week, start today, pay a £49.99 software licence first'. Reported as fraud. No exploitation, just advance fee scam.",
  "", "uf", "")
E("NGO note (Unseen helpline): caller's brother (Albanian, 22) came on a small boat, owed £18k to the people who organised it. Now working a cannabis grow in a house in Kent, says 'when the debt is finished they will let me go' but the figure keeps rising as they charge for his food and electricity. He has no phone of his own - he calls from the guard's phone once a week.",
  "DB IS", "", "C")
E("Kidney for sale?? Saw this on a Facebook group 'healthy donor O+ 24yo available, travel anywhere, serious buyers only'. Reporter thinks the poster is desperate for money, the post is in Urdu and English.",
  "", "", "O")
E("Transplant unit note: patient returned from overseas with a new kidney, says 'a broker arranged it for $40,000'. Donor was reportedly a young man from a poor village who was paid a fraction of what was promised and was 'told it was only a blood test' before the operation.",
  "DE AV", "", "O")
E("Twitter/X thread from a housing charity warning that 'rent-to-work' schemes advertised on social media are a red flag. General awareness post, no specific victim identified.",
  "", "", "")
E("Group chat screenshot (Lithuanian, translated): 'Boss says anyone who goes to the agency office to complain is finished here and he will tell your landlord in Vilnius. Payslips are for the office, your real money is what I give you on Sunday.' Reporter says real money is around £100 for 60+ hours.",
  "IT WW EO", "lh ncw", "L")
E("Parent posted in school WhatsApp that a van keeps stopping outside the primary school offering 'cash for bikes'. Police checked, it was a scrap dealer. No safeguarding concerns.",
  "", "", "")
E("Social worker referral: Y9 pupil (14) has new phone, Nike tech, cash. Snap streaks with adult males in their 20s. Has gone missing three times, found in a flat in another city with older girls. Says she 'has a boyfriend who looks after her'. Bruising on her wrists noted by school nurse.",
  "AV PV", "pa", "S", child=True)
E("Advert on a Nigerian diaspora Facebook page: 'Nanny needed for family in Surrey, flights paid, salary £400/month, good Christian girl'. Debrief of the woman who took it: 'I was caring for three children from 6am to midnight, sleeping on the floor in the baby room. Madam kept my passport in her drawer. My pay went to my pastor back home, I got nothing.'",
  "DE EO RD WW AC", "slw ncw", "D")
E("Police intel 3/C/C (not to be disseminated outside MSHT team): adverts on a well-known escort site show same tattoo on 'different' women, suggests single woman posted under many names. Nothing to indicate third party control at this stage.",
  "", "", "")
E("Message from Indeed applicant to our agency: 'Thank you for the induction, I got my payslip and the holiday pay is correct, happy to do more night shifts.' Logged as positive feedback.",
  "", "", "")
E("Report via modern slavery helpline app: Snapchat story shows a lad I know from school (16) in a flat with scales and bags, caption 'trapping til my debt's clear'. He's been missing from care for 9 days. His mum hasn't heard from him.",
  "AV DB", "", "C", child=True)
E("INT: OCG using Facebook Marketplace to sell 'job packs' to Sudanese men in Calais camps, promising UK work at a Birmingham food factory. On arrival men housed 10 to a 3-bed, wages paid into accounts opened by the group, £40 a week handed back. 2/B/P.",
  "DE WW AC AV", "oa ncw uf", "L")
# ---- batch 2 ----
E("Recruitment post, Facebook, in Slovak: 'Work in UK meat factory, we arrange everything - NI number, bank, house. You pay nothing now!' Caseworker note: client says 'nothing now' meant £1,200 taken from the first 6 pay packets for 'arrangement', then rent £90, then van £25. The bank card from the arrangement was kept by the team leader 'so we don't lose it'.",
  "DE DB WW", "ct ncw", "L")
E("Fake recruitment for cruise ship jobs circulating on WhatsApp, asks for £350 'medical and visa'. Victims report loss of money only, nobody has travelled. Action Fraud ref added.",
  "", "uf", "")
E("INT 2/B/P: VRM KX19 ABC seen at 05:10 daily collecting 8-10 males from HMO on Cromwell Rd, returning 21:30. Driver believed to be Marius POPESCU. Males do not appear to carry bags or phones. Local shop says one of them asked to borrow a phone to call his mother and was shouted at by the driver.",
  "IS EO", "cedl et fpe lh", "L")
E("Look I'm not saying anything bad happened, the lad just turned up at our food bank with no coat in December. Said he used to work at a restaurant but they paid him fine and he left for a better job that fell through. No signs he was controlled, just down on his luck.",
  "", "", "")
E("Safeguarding referral (college): student (17, UASC, Eritrean) has been offered 'delivery work' by a man he met in a Telegram group for Eritreans in London. He is given a moped and an account in another man's name, works until 2am, and says the man keeps two thirds 'for the account'. Student is exhausted and missing lessons.",
  "AV WW EO", "lh ncw", "L", child=True)
E("Adult site profile (archived by analyst): 'Hi im Vika, 20, new in Bristol for 3 days only, ask my driver for details'. Text replies to test message came from a male who negotiated price and said 'she doesn't speak English, I arrange everything'.",
  "", "sfw", "S")
E("Victim account (first person, written by her in English): I know the man from Instagram, he was sweet, he say come to England we will marry. After one month he tell me his friend need money and I must sleep with him one time. Then many times. He lock my passport in car and say if I go to police they will send me back and my family will know what I am. I am afraid to go outside.",
  "DE PV RD IT", "dt foa", "S")
E("Forum thread (expat forum): user asks whether it's normal for a nanny agency to request a £100 registration fee. Replies: in the UK employment agencies generally cannot charge work-seekers fees for finding work, report to EAS. User says thanks, will use a different agency.",
  "", "uf", "")
E("A&E note: male (approx 30, Romanian) presented with crush injury to hand from a baler at a waste recycling site. Brought by a man who spoke for him and gave a different address from the one on his ID. Patient appeared frightened, said only 'boss pays hospital'. No gloves, clothes very dirty. Left before treatment complete with the same man.",
  "AC", "sfw pa foa et", "L")
E("Hand car wash inspection (GLAA with police): 7 workers, all Kurdish Iraqi, living in container at rear with two bunk beds. Workers said they pay £50 a week for it. Paid £40 a day cash, 9am-7pm, 7 days. Manager holds 'visa documents' for 3 workers in office drawer. Two workers could not say the address where they live.",
  "AC EO RD IS", "slw oa lh dt", "L")
E("Craigslist-style ad reported: 'Looking for girl for cleaning and company, live in, must be young and no family in UK'. Reporter thinks it is creepy. Police checked the number, ad removed, male spoken to, no victim found.",
  "", "", "")
E("My sister found a job on facebook in a Chinese takeaway in Wales. Now she say she cannot call me, only at night when the boss sleeps, with a friend phone. She sleep in the kitchen store room. She work 12 hours and one day off in month. boss say she cannot leave until she pay back the ticket.",
  "IS DB EO AC", "slw", "L")
E("Pub chain job advert: 'Bar staff, flexible hours, £11.44/hr + tips, free staff meal, 50% off food, training provided. Live-in rooms available at £70/week (optional, separate tenancy).' ",
  "", "", "")
E("NRM referral summary: PV (F, 24, Albanian) trafficked by boyfriend recruited via Instagram. Held in flats in Birmingham and Coventry, advertised online. Boyfriend took all money, beat her when earnings were low, and told her he would send intimate videos to her father. Door locked when he went out.",
  "DE WW PV IT RM", "ncw", "S")
E("Tip via Crimestoppers online: 'There's a guy on snapchat called @plugg_zz sending kids out of Liverpool to Cumbria, he keeps their phones and gives them a burner only for the line. One boy's about 14 got beat with a hammer for short money.'",
  "AV IS PV", "", "C", child=True)
E("Job advert (Indeed): 'Night shift picker packer, Daventry. Agency: BrightPath Staffing (GLAA licensed). £12.80/hr, weekly pay, 36 hours guaranteed, shuttle bus free from town centre.' ",
  "", "", "")
E("I was told the job was in a hotel kitchen. But it was a big house and I am cleaning, cooking, washing the old father, all day. I sleep in a room under the stairs. Madam say she pays my mother in Lahore. I do not know if it is true. I do not have phone, she says it is distraction.",
  "DE EO IS WW", "ncw", "D")
E("Bank alert: customer (F, 72) reports grandson's 'friend' opened an account in her name online and uses it to receive payments from dozens of strangers. Grandson (19) is believed to be acting as a money mule recruited via Instagram 'easy money' post; says he gets £100 per transfer and is free to stop. No coercion reported.",
  "", "", "")
E("Quick one: 'cash jobs available, labourers, no questions asked, meet at B&Q car park 6am' posted on a local Facebook group. No further info. Logged for awareness.",
  "", "", "")
E("Witness statement (excerpt): I am a delivery driver. On about 8 occasions I delivered to the flat at 14 Lime St. Each time a different young woman answered, always Asian, never more than 20 I'd say. Once a man came up behind her and took the parcel and shut the door. Once one of the girls had a black eye and whispered 'help' before the man came.",
  "PV", "pa", "S")
E("Local authority housing officer: HMO inspection found 16 adults in a 4-bedroom terrace, mattresses in lounge and kitchen. Tenants all work for the landlord's cleaning company, rent deducted from wages at source. Several said they had not been paid 'yet' after two months. One said the landlord keeps passports 'for the tenancy'.",
  "AC WW RD", "oa plc dt", "L")
E("Tinder match turned romance scam: man claimed to be an army doctor and asked for £3,000 for 'leave papers'. Victim paid. Fraud only, no exploitation.",
  "", "", "")
E("Debrief note (Sudanese male, 31, via Arabic interpreter): he says that in the camp in France a man on Facebook told him UK work was waiting at a farm. The man in the UK said he owed £6,000 for the crossing. He picked spinach and lived in a tent behind a barn. They were told the police would deport them if they went to town. He says he was not beaten but another man who argued was.",
  "DB AC IT PV", "foa", "L")
E("Airport note (Manchester T2): 3 Nigerian females (20-23) travelling on a sponsored 'caregiver' visa arranged by an online agency. One says she paid £12,000 to the agency and must repay the rest 'from salary'. Employer named on CoS has no record of them. Referred to Home Office and NRM FR.",
  "DE DB", "uf", "L")
E("Hiring: Fishermen deckhands, Newlyn. Trawler crew, share-of-catch basis, PPE provided free, survival training paid by owner, 7 days at sea then 7 days off. Must have ENG1 medical.",
  "", "", "")
E("Report from a Ukrainian refugee host on a community forum: 'The woman I host was offered a cleaning job through a Telegram channel, the man asked for her passport to arrange insurance. She refused and he blocked her. She is fine and has found work through the Jobcentre.'",
  "", "", "")
E("INT 1/A/P: female 'Mama' using WhatsApp to manage rota of 5 Nigerian women in two flats in Luton. Women told the juju oath binds them to repay €35,000 each. Money collected nightly by 'Mama's' nephew. Women not allowed to go out except with him.",
  "DB IT WW RM", "ncw et", "S")
E("School referral: pupil (15) has been doing paid 'bag runs' for an older boy she met on Snapchat. Today she disclosed he took her to a party and men 'made her do stuff' to clear her debt for a lost bag.",
  "AV DB PV", "", "S C", child=True)
E("Adverts on Viva Street for 'Massage Asian new' at a residential address; neighbour reports queue of men 10am-2am, the women never seen leaving, shopping delivered by a man who takes the bins out. Windows covered with foil.",
  "EO", "lh", "S")
E("wtf is this job advert lol 'earn £5k/month from your phone, no experience' its deffo a pyramid scheme. not reporting anything just venting",
  "", "", "")
E("Cuckooing report (housing): tenant (M, 52, learning disability) says 'friends from Manchester' have been staying for weeks, he sleeps in his chair, they use his flat to sell drugs and have taken his bank card and his PIP. They told him he'll get hurt if he tells his support worker.",
  "AV IT", "ncw", "C")
E("Online job post from a legitimate agency in Cebu offering UK care jobs: 'We DO NOT charge any placement fee. Beware of anyone who asks you for money.' Forwarded by the reporter as an example of good practice.",
  "", "", "")
E("Caseworker: client (Indian, M, 38) answered a Facebook ad for chef work in a restaurant in Glasgow on a sponsored visa. Paid £15,000 to the agent in Kerala. On arrival the 'restaurant' was a takeaway, he worked 7 days 11am-midnight, slept in the flat above. Employer says his salary pays off the sponsorship 'cost' and gives him £50 a week.",
  "DE DB EO WW", "uf slw", "L")
E("Press summary: a couple from Hertfordshire were convicted of holding a Ugandan woman as a domestic servant for eight years after recruiting her through a church contact. She was not paid, her passport was taken on arrival and she was not allowed to leave the house alone.",
  "WW RD RM", "", "D")
E("Message received on charity Instagram: 'my uncle says i must marry his friend in pakistan in summer and i dont want to. he took my passport. im 16.'",
  "AV RD", "", "", child=True)
E("A woman called about her neighbour's teenage son who does paper rounds and washes cars at weekends for a family friend. She thought it might be child labour. Officer checked: 2 hrs on Saturdays, paid £20, parents aware. NFA.",
  "", "", "")
E("Debrief (Romanian F, 23): 'I met him on Facebook, he said he loved me. In Leeds he put my picture on a website. I had to see ten men a day. He had my ID card and bank card. When I say no he hit me with a belt. He said he knows where my little brother goes to school.'",
  "DE RD PV IT WW", "ncw", "S")
E("TikTok video reported by user: influencer advertising 'Dubai nanny jobs £3,000/month' with link to a Google Form asking for passport scan and £200 processing fee. No victims identified yet.",
  "", "uf", "")
E("999 call 23:40: male, broken English, says he is in a van parked in a lay-by on A17, he and four others were brought from a farm by 'the boss' who is now shouting outside and has a knife, boss says he will kill whoever called police. Caller has no shoes.",
  "IT", "pa", "L", imm=True)
E("Job ad on Facebook Marketplace: 'Experienced bricklayer, £200/day, CSCS needed, self-employed, paid weekly by bank transfer.' Reporter asked if it was legit - it is a known local builder. No concerns.",
  "", "", "")
E("Group chat (Vietnamese) translated for NCA: 'New girls start tomorrow in Reading shop. Remind them: do not talk to customers about anything, no photos, phones stay with Linh. Money to owe = 15k each.'",
  "IS DB", "", "L")
E("Probation note: PoP (20) disclosed he was groomed at 15 by a dealer through Instagram. He was made to hold drugs internally and transport them, and was stabbed in the leg when a package went missing. He still feels he owes them.",
  "AV PV DB", "", "C", child=True)
E("Bank: 23 accounts receiving Universal Credit payments for different Czech nationals all routed to one address in Derby; cards for all used at the same two ATMs. Claimants not seen at branch; a male attends with them to open accounts and answers all questions.",
  "", "mbc ncw sfw", "C")
E("Message to a UK charity page on Facebook: 'I am Filipino domestic worker in embassy house in London. They took my passport when we came. I work from 6am until they sleep. They pay me 100 pound per month. I want to leave but I do not know where I am, only the family drive me.'",
  "RD EO WW IS RM", "et", "D")
E("Advert: 'Au pair wanted, Surrey family, 25 hrs/week, £100/week pocket money, own room and bathroom, 2 days off, language course paid.' Au pair later wrote in a review: 'lovely family, I had my own key and travelled at weekends.'",
  "", "", "")
E("INT 2/C/P: POI Dawid NOWAK recruiting homeless Polish men from a soup kitchen via word of mouth and a Facebook page 'Praca od zaraz'. Men taken to a farm in Lincolnshire, told their wages are paying for their 'rehab room'. Two men seen begging in town at weekends, handing cash to NOWAK.",
  "AV WW", "ncw", "L C")
E("Online report: i work in a phone shop and a girl came in with a man he did all the talking, she looked about 16 and scared, he bought her a sim and said its for her work adverts. she had bruises on her arms",
  "AV PV", "sfw pa", "S", child=True)
E("Care home whistleblower via email: 'Overseas carers here are made to do 70-80 hours a week and told that if they leave before 3 years they must pay £8,000 in \"training fees\" back. Management keeps their BRP cards in the office.'",
  "EO DB RD", "", "L")

E("Comment under a Facebook job advert for a packhouse: 'I worked there last season, long days in peak but overtime paid at time and a half, own room in the caravan, they never touched my documents.'",
  "", "", "")
E("INT 2/B/P: adult services adverts for 'Lily, 18, Chinese, new' give a flat in Slough; TP states the women are moved every 2 weeks, do not go out and have food brought in by a male; the male also answers the phone for bookings.",
  "RM", "sfw", "S")

# ---- batch 3 ----
E("Advert says £120 for hi-vis, boots and helmet taken from first wage. Is that legal?",
  "", "ppe", "")
E("girl in the flat upstairs never goes out, man locks the door when he leaves",
  "RM", "", "")
E("Kid on my estate about 13 selling weed for older lads, they slapped him about yesterday",
  "AV PV", "", "C", child=True)
E("Legit job: Tesco night shift, £12/hr, applied online, got contract and payslips.",
  "", "", "")
E("INT 2/B/P: HMO 22 Elm Rd, approx 20 males, mattresses on floors, workers at Premier Poultry.",
  "", "oa", "")
E("Nail bar girl whispered 'they keep my passport' when I paid, she looked terrified.",
  "RD", "", "L")
E("pls share!! my cousin went to uk for farm job via tiktok agent and we cant reach her 3 weeks",
  "", "", "")
E("Man on Telegram offering to buy kidneys from Afghans in the hotel, £5k cash, 'clinic in Turkey'.",
  "AV", "", "O")
E("Boss keeps our bank cards and gives us £20 each Sunday.",
  "WW", "ncw", "L")
E("Student lost her BRP at a festival, reported to police for a crime ref. No other concerns.",
  "", "", "")
E("Screenshot of Instagram DM: 'babe if u leave me i will put ur vids everywhere and u will work for me anyway'. Sender is her 'boyfriend' who posts her adverts on an escort site and collects her earnings. She is 19 and has been moved between Airbnbs in Cardiff, Newport and Bristol for 2 months.",
  "IT WW", "ncw", "S")
E("""Case summary (Hope for Justice, written by the caseworker):

R. is a 27-year-old Nigerian woman who first made contact through our Facebook page. She told us she saw an advert in a WhatsApp status for "hairdressing and braiding in London, salary £1,500, accommodation provided". The agent, a woman she called Aunty, paid for the visa and the ticket.

On arrival Aunty met her at Gatwick, took her passport "to register her at the salon", and drove her to a house in Dagenham. There was no salon. R. cooked, cleaned and looked after Aunty's three children and her elderly mother, and on weekends braided hair for Aunty's clients in the living room, with Aunty taking the money. She slept on the sofa, got up at 5 and finished at around midnight.

Aunty told her she owed £9,000 for the visa and ticket and that her braiding money was going towards it. R. says she was never told what was left. She was only allowed out to take the children to school and was expected back within 15 minutes. Aunty said that if R. ran away the police would arrest her for being illegal and her family in Benin City would have to pay the debt.

R. left when a parent at the school gate gave her our number. She has now been referred to the NRM.""",
  "DE RD EO DB WW RM IT AV", "slw", "D L")
E("""Intelligence log — OFFICIAL-SENSITIVE
Date/time: 14/10 22:00. Source: CHIS. Grading 2/B/C (not for dissemination outside MSU without OIC consent).
Subject: Cristian STAN (DOB 02/07/1987), VRM FD67 XYZ (silver Vauxhall Vivaro).
STAN runs a WhatsApp group ('Lucru Anglia') of approx 200 members from which he recruits men for demolition and groundworks in the Midlands. New arrivals met at Luton coach station, taken to a 3-bed house on Hartley St with approx 14 men.
STAN holds the ID cards of the newest arrivals 'until the first debt is paid' (£400 for the coach plus £80 per week rent). Men are paid into accounts STAN opened; STAN holds the cards and PINs. Source states a worker who asked for his card back was punched by STAN's brother Florin STAN and told he would 'end up in the canal'.
Men collected 06:00 and returned after 20:00 in the Vivaro, charged £5 a day for transport.
No information re any females at the address.""",
  "RD DB WW PV IT AC EO", "oa dt ncw cedl et ct lh", "L")
E("""Forum post (mumsnet-type parenting forum), title: 'Is our au pair arrangement OK?'

We have an au pair from Spain, she's 22, and some of my friends have been saying we could get into trouble. She does 25-30 hours a week of childcare, has her own room and bathroom, gets £110 a week plus a travel card, and has weekends off unless she wants to babysit for extra cash. She has her own passport and phone obviously and goes to a language school twice a week. She's made friends and goes out most Saturdays. We don't ask her to clean beyond tidying up after the kids.

Replies: 'Sounds completely normal and fair.' 'Make sure you're paying at least NMW if she's classed as a worker - check the rules post-Brexit.' 'Sounds like a lovely arrangement.'""",
  "", "", "")
E("""Referral from a GP surgery (practice nurse):

Patient attended for a new-patient check with a woman who introduced herself as her 'employer'. Patient is Indonesian, 34, with very limited English. The employer answered all questions, including those about the patient's own medical history, and held the patient's passport and visa letter, which she produced from her handbag.

When the employer briefly left the room, the patient pointed to her hands (cracked, raw skin consistent with chemicals without gloves) and said 'no stop, no sleep'. She wrote a Jakarta phone number on a scrap of paper and asked the nurse to call her sister. She appeared thin and wore clothes too big for her.

The employer's address is a large house in Kensington; she mentioned her husband works at a foreign embassy. Patient was taken away by the employer's driver.""",
  "RD AC EO", "sfw pa dt et", "D")
E("""Financial crime report (bank internal):
Customer: Mr Samuel O. (Ghanaian, 26). Account opened 8 months ago with a Ghanaian passport and a UK address in Croydon shared with 9 other account holders at our bank.
Activity: wages from a cleaning contractor (Brightshine Facilities Ltd) credited every two weeks; within 24 hours the full amount is transferred to a single account in the name of Kwame A. Customer's card has been used at the same Croydon ATM at the same time as 6 other customers' cards. Customer attended branch once with Mr A., who did all the talking and held the customer's card.
Assessment: possible labour exploitation; no control of wages; linked to 9 others.""",
  "WW", "ncw mbc sfw", "L")
E("""Local news summary: 'Police praise car wash owner after spot check'. Officers and GLAA visited a hand car wash in Doncaster after an online report claimed workers were being mistreated. The workers, all with the right to work, showed their contracts and payslips, lived in their own rented flats and said they were paid the minimum wage for a 40-hour week. The owner had put up multilingual posters with the Modern Slavery Helpline number. No offences found.""",
  "", "", "")
E("""Debrief (first person, translated from Tigrinya by interpreter, who notes some parts are summarised):
'In Libya they kept us in a warehouse. They said if our families did not pay they would take a kidney from us and sell it. They took one man, Daniel, to a doctor and he came back with a cut on his side and he was very sick. After this my family paid. In the UK I worked in a car wash in Kent for a man who knew the smugglers, to pay the last part. I slept at the car wash.'
Interpreter: he says he was not paid at the car wash, the man said everything goes to the debt.""",
  "IT PV DB WW AC", "slw", "O L")

# ---- batch 4 ----
E("They said cleaning job in a nice hotel. It was a flat with men coming.",
  "DE", "", "S")
E("no phone no address no english, he just drives us to the field and back",
  "IS AV", "et", "L")
E("Worker at recycling plant says he has never been given gloves or a mask and sorts medical waste by hand.",
  "AC", "", "L")
E("Facebook post: 'Lads needed for block paving, cash daily, own transport.' Nothing suspicious found.",
  "", "", "")
E("Wife of POI says he 'sells' the Romanian lads' bank details to other gangs. 3/C/P.",
  "", "ncw", "C")
E("He puts my salary in his account and I have to ask him for bus money.",
  "WW", "ncw", "")
E("ok so my flatmate does onlyfans and has a manager who takes 20% per her contract, she's fine with it, she can cancel anytime. not exploitation right?",
  "", "", "")
E("Indeed review of a warehouse agency: 'Shifts cancelled last minute, managers rude, pay was correct though.'",
  "", "", "")
E("Seasonal worker scheme: farm provides caravan at £60/wk, workers have own passports and bank cards, GLAA audit clean.",
  "", "", "")
E("Sister in Hanoi got a message from him: 'Send $8,000 more or he stays in the house forever.'",
  "DB IT RM", "", "")
E("INT 2/B/P: 'Marcel' advertising on Facebook for women to 'clean offices at night' in Peterborough. Women taken to a flat, told the job was gone and they could 'work with clients' to pay for the room. Phones taken. One woman, Daniela (19), contacted her mother saying she is not allowed out and men visit all night.",
  "DE IS RM DB", "", "S")
E("Online report from a customer at a takeaway: 'The young lad who works there (maybe 16) sleeps on a mattress behind the counter, I've seen it when they pull the shutter up at 10am. He's there until 2am. Owner shouts at him in front of customers.'",
  "AV EO AC", "slw", "L", child=True)
E("Recruitment Facebook page 'UK Care Jobs 2024' - comments full of people saying they paid £6k-£18k to agents in Kerala and Lagos for CoS that turned out fake or for care homes that had no hours. One commenter: 'I have hours now but the agent still calls to collect £400 each month from my salary for the debt'.",
  "DE DB", "uf", "L")
E("Police handover: welfare check at Flat 3 following an online report, female (30s, Brazilian) present, says she works independently as an escort, rents the flat herself, has her own phone and passport, no one else involved. Gave her support services leaflet. No offences.",
  "", "", "")
E("WhatsApp voice note transcript sent by reporter (Polish, translated): 'Listen, the Englishman says if we go to the GLAA they will throw us out of the caravans tonight and no one will give us work in the whole county. Just keep your head down until the end of the season and then he'll pay what he owes.' Reporter says no one has been paid since June.",
  "IT WW", "", "L")
E("Hotel housekeeping job advert from a well-known chain: '£11.50/hr, 5 days/week, free meals on shift, uniform provided, contracted via our in-house HR, no agencies.'",
  "", "", "")
E("MASH referral: 12-year-old boy found in Southend with £600 and 40 wraps, 200 miles from home, reported missing 3 days. Says a man on Snapchat paid his train ticket and said his family would get hurt if he came home without the money.",
  "AV IT", "", "C", child=True)
E("Advert in a Chinese community WeChat group (translated): 'Restaurant in Newcastle needs kitchen helper, room and board provided, monthly pay £1,000, papers not needed.' Reported by a community worker as potentially targeting undocumented workers. No victim identified.",
  "", "", "")
E("Victim (Vietnamese M, 17) found by police in a loft cannabis grow in Hull. The hatch was padlocked from the outside. He had a bucket for a toilet and rice and noodles. Says he was told his parents' house would be taken if he left, because they mortgaged it to pay the travel.",
  "AV RM AC IT DB", "plc", "C", child=True)
E("Response from GLAA: 'Labour provider licence revoked for charging workers £150 for transport to the farm and failing to pay holiday pay. No evidence of forced labour was found; workers have been repaid.'",
  "", "ct", "")
E("Comment on a Facebook post about a nail bar: 'That lady who owns it is lovely, the girls are her nieces and they all live together, they go to college in the afternoons, stop spreading rumours.'",
  "", "", "")
E("Debrief (Slovak Roma M, 41, learning disability, via support worker): 'The family said come to England, there is work. They took my disability money and my ID. I dug drains and laid tarmac for them, every day. They gave me cigarettes and sometimes £10. I slept in a shed with a dog. They said if I go they would find me.'",
  "AV RD WW EO AC IT", "ncw plc", "L")
E("Doctor's note from an overseas transplant clinic shown by a patient at a UK renal clinic: kidney from a 'living related donor'. Patient admits the donor was not related and was 'paid through an agent'. Consultant notes no evidence the donor was forced but the commercial sale is an offence; safeguarding advice sought.",
  "", "", "O")
E("Twitter/X: 'I got offered a job in Myanmar by someone on LinkedIn, IT support, $2,500/month, flights paid. Apparently these are scam compounds where people are held and forced to do crypto fraud. Declined.'",
  "", "", "")
E("Intel (Border Force): flagged WhatsApp chat on the phone of a male arrested at Dover lorry park: 'the 3 boys owe 5 each, they work the car wash in Ipswich till paid, dont give them any money in hand, take the phones.'",
  "DB WW IS", "", "L")
E("I was at college when a man on Instagram said I could make fast money. Now I have to open bank accounts in my name and he uses them for money from scams. When I said I want to stop he sent me a picture of my house.",
  "IT", "", "C")
E("Caller states that her Indian neighbours have a young woman living with them who does all the housework and is never seen without the mother-in-law. Young woman told the caller in the garden she is the son's wife, married in Punjab last year, but she is not allowed a phone, and they said they will send her back in disgrace if she complains.",
  "RM IS IT", "", "D")
E("Advert posted on a job board: 'Live-in carer needed for elderly gentleman, 4 weeks on 2 weeks off, £900/week, breaks covered by a second carer, employed via a CQC-registered agency.'",
  "", "", "")
E("Trawler skipper reported by crew member via app: 'We are Ghanaian and Filipino crew, on board for 11 months no shore leave, skipper has our seaman books and passports, we work 20 hours when fishing is good, the agent in Manila gets our salary and we get $200 a month.'",
  "RM RD EO WW", "ncw", "L")
E("Snapchat report: 'A lad from our school (Year 10) told me his older cousin makes him steal from Boots and JD every weekend and if he brings back less than the list he gets battered.'",
  "AV PV", "", "C", child=True)
E("Job scam (press): a fake 'Royal Mail seasonal job' Facebook page collected £40 'DBS fees' from 300 applicants. No jobs existed. Police investigating fraud.",
  "", "uf", "")
E("INT 1/B/P: Albanian OCG advertising 'construction work, good money' on TikTok to young men in Kukës. Recruits told on arrival that the £25k crossing debt is paid by guarding cannabis grows. Those who refuse are shown videos of beatings of other workers.",
  "DE DB IT AV", "", "C")
E("Community worker note: Eritrean woman (28) contacted us after answering a Facebook post for 'housekeeping with good family' in Leicester. She has been there 4 months. She says they are kind, pay her £1,200 a month into her own account, give her two days off and she goes to church on Sundays. She only wanted advice on a visa extension.",
  "", "", "")
E("Reddit: 'my boss at a restaurant pays me £7/hr under the table. I'm 22, British, I could leave anytime but I need the money.' Replies: report to HMRC for NMW breach.",
  "", "", "")
E("Adult site analysis: 34 adverts with identical text 'Hot Romanian girls new in town, best service, outcall only' linked to one phone number; the number pays for the adverts with a card registered to a male in Ilford. Images show at least 9 different women.",
  "", "", "S")
E("Midwife note: 19-year-old booked in at 30 weeks, accompanied by a man she calls her 'cousin' who will not leave the room and answers for her. She has no GP, no ID, and says she lives 'at the work'. Asked if she feels safe she looked at the man and said nothing.",
  "", "sfw foa slw", "")
E("Instagram ad by a travel agent: 'Study in UK + guaranteed part-time job, pay 50% now 50% from your job salary!' Complaint from a student who says the 'job' never existed, she is not in debt to anyone and has now returned home.",
  "DE", "uf", "")
E("Welfare visit to a fishing vessel at Peterhead following a charity referral: crew have contracts, shore leave, own documents, paid monthly to their own accounts. Minor issue with cabin heating raised with owner. No exploitation.",
  "", "", "")
E("Neighbour (online form): 'every morning around 4am a minibus picks up about 15 people from number 48 and brings them back at 10pm. they look exhausted and there are mattresses in the front room. the man who owns the house lives elsewhere and collects rent from them in cash on Fridays.'",
  "EO", "cedl oa lh", "L")
E("Child protection strategy meeting minutes: 16-year-old girl (looked-after) found in a hotel room in Slough with two adult men. Social media shows her being advertised under a different name. She has said she 'owes' the man who gave her the phone.",
  "AV DB", "", "S", child=True)
E("Message in a Facebook group for Filipino workers: 'Po, is it true the employer can keep the passport if they paid for the visa?' Replies: 'No, the passport is yours by law, they cannot keep it.' Asker says her employer has not taken it, she just wanted to know.",
  "", "", "")
E("An Afghan man in asylum accommodation told the housing officer he was approached outside by a man who offered £2,000 for a kidney, to be removed 'at a private clinic in London'. He refused. Police informed.",
  "", "", "O")
E("OIC update: Op TERN. Sham marriages arranged via Facebook groups between Portuguese women and Pakistani men. Women flown in, kept in a house in Bradford, told they owe £3,000 for flights and will not get their ID cards back until after the ceremony.",
  "DB RD RM", "", "C")
E("'cleaner wanted 2hrs per week £15ph' - local Nextdoor post, no concerns.",
  "", "", "")
E("Seen on a forum: 'the fruit farm in Herefordshire took £400 out of my first wage for the caravan deposit, I thought it was a scam but they gave it back at the end of the season. Good farm honestly.'",
  "", "", "")
E("POI Ahmet YILDIZ, barber shop owner, posts on Turkish Facebook groups for 'apprentice barbers, visa help'. Two apprentices told officers they work 8am-10pm, sleep in the basement of the shop, and their 'visa money' is deducted so they receive about £50 a week.",
  "EO WW AC", "slw", "L")

# ---- batch 5 ----
E("""Public report (online form, unedited):
hi im writing about the car wash on the corner of Beech road and the retail park. i go there every week and theres something not right. the same 5 or 6 men are there from 7 in the morning, i drive past at 9 at night and theyre still there washing cars in the dark. they dont have proper shoes, one had plastic bags on his feet in the snow. last week i gave one a tip and the manager came over and took it off him in front of me!! and put it in his own pocket. one of them has a bad burn on his arm from the chemicals i think. they sleep in the portacabin at the back i seen the blankets. the manager always does all the talking if u ask them anything. please someone check this its been going on months""",
  "EO AC WW", "lh pa slw sfw", "L")
E("""Victim statement (excerpt), Chinese female, 45, through Mandarin interpreter:

I came to England because my friend in Fujian showed me a WeChat message from a woman saying restaurants in London need workers and pay well. I paid her agent 180,000 yuan, which I borrowed from relatives and a moneylender in my village.

When I arrived the woman said the restaurant job had ended. She said there was massage work. I did not know what it meant. It was in a flat in Ilford. I had to sleep in the same room where the customers came. The woman took most of the money. She said I still owe her for the agent and for the rent. I had no days off for many months.

I did not go to the police because she said they would put me in detention and send me back with nothing, and the moneylender would go to my son.""",
  "DE DB WW EO AC IT AV", "slw foa", "S")
E("""Instagram story screenshot forwarded to the police by a youth worker:
Image of a train ticket London Euston -> Aberystwyth, caption 'back on the road 💰 2 weeks no sleep'. Account belongs to Kai (15), known to youth service. DMs the youth worker saw: 'cant come back yet bro they said im short 400 and i gotta stay till its paid, they got my phone most of the time'. Kai's mother reported him missing 6 days ago.""",
  "AV DB IS RM", "", "C", child=True, imm=True)
E("""NGO casework note (Kalayaan-type domestic workers' charity):
Ms L. (Filipina, 39) came in on an Overseas Domestic Worker visa with a Qatari family who spend summers in London. In Doha she was paid regularly. In London she was made to sleep on the floor of the children's room, was on call all night for the baby, and worked until the family went to bed at 2-3am. Her passport was held by the family's driver. She was allowed out only to walk the children to the park with the driver present. She escaped when the family was out, with help from another domestic worker she met at the park. Her salary for the London months has not been paid.""",
  "AC EO RD RM WW", "et", "D")
E("""Local authority safeguarding (adults) - Section 42 enquiry summary:
Mr D. (British, 58, alcohol dependent, previously homeless) was living in a caravan on a traveller site in the Midlands for about 10 years. He told the social worker he was 'taken in' by the family when he was sleeping rough in Lincoln, and has since laid driveways and done roofing jobs for the family's business 7 days a week. He is given food, tobacco and alcohol, and around £10 a week. His benefits were claimed into an account he cannot access. He has a healed fractured cheekbone and says he 'fell', then later says one of the sons 'gave him a slap for being lazy'. He says he has nowhere else to go.""",
  "AV EO WW PV AC", "ncw pa plc", "L")
E("""Press-style summary: Operation CROWN concluded with convictions for four men who ran a network of pop-up brothels across the South West. Women, mostly from Romania and Hungary, were recruited through Facebook with offers of waitressing work, moved every few days between Airbnb flats booked with stolen identities, and advertised online. The court heard the women were made to see up to 15 clients a day, that their earnings were taken, and that one woman who tried to leave was beaten in a car park. Officers found ID cards for 11 women in the lead defendant's safe.""",
  "DE EO WW PV RD", "", "S")
E("""Victim account (first person, British F, 17, to a youth worker, recorded with consent):
'It started on Snapchat. This guy, like 24, he was really nice and bought me food and vapes. Then he said I owed him for it all and I had to be nice to his mates. They'd pick me up from outside school in different cars and take me to houses in other towns. Sometimes I didn't know where I was. If I said no he said he'd send my nudes to everyone and tell my dad. One time they wouldn't let me leave the house for two days. My mum thinks I was at my mate's.'""",
  "AV DB IT PV RM IS", "et", "S", child=True)
E("""Call for service summary (101, Polish caller via Language Line):
Caller reports his friend, Tomasz, 34, works at a meat processing factory through an agency that found him via a Polish Facebook page. Tomasz lives in a house the agency rents with 12 men, £90/week each deducted from wages. Tomasz told the caller he has not been paid for the last 3 weeks because of 'problems with the payroll', but the caller says Tomasz can leave, has his ID and phone, and is planning to move to another agency next week. Caller wants advice on unpaid wages.
Outcome: advised ACAS and GLAA; no indication of forced labour at this time.""",
  "", "oa", "")
E("""Intelligence report (OFFICIAL-SENSITIVE), grading 2/B/P.
POIs: Vlad GHEORGHE (DOB 11/11/1990), 'Ionut' LNU. Premises: 3 flats above shops on Queen St, Wolverhampton.
INT suggests GHEORGHE posts adverts on two adult services sites for 6-8 women, all Romanian, aged approx 19-25. Women taken between flats by Ionut in a black BMW X5 (VRM unknown). Women's phones are held by Ionut and they are given a 'work phone' for clients only. Earnings collected daily. One woman (first name Andreea) was seen at A&E with a broken wrist on 03/02, accompanied by Ionut, who gave her details.
Women reportedly told that their families in Craiova 'will pay' if they leave.""",
  "IS WW PV IT", "et sfw ncw", "S")
E("Reviews on Google for a car wash: 'Great job, friendly staff, they told me they're all on proper contracts with the owner, he's a decent bloke.' 'Fast and cheap.' 'Bit pricey but good.'",
  "", "", "")
E("Safeguarding referral from a mosque imam: a teenage boy (14, Pakistani heritage) is being kept home from school to work in his uncle's takeaway until 1am and is sleeping in the storeroom. The boy's parents are in Pakistan. He says the uncle hits him with a spoon when he is slow.",
  "AV EO PV", "slw", "L", child=True)
E("Online post (Facebook Marketplace, 'Jobs' section): 'Need 4 girls for massage shop, good money, accommodation, no experience. Only from Thailand or Vietnam. No visa no problem.' Reported by user. Number linked to an address in Coventry where police previously found a brothel.",
  "", "", "")
E("GLAA inspection summary: mushroom farm, Kent. 32 pickers, all Lithuanian and Latvian, employed by a licensed provider. Workers have written terms, payslips, own accounts. Accommodation 2 per room in a farmhouse, inspected, adequate. No PPE charges. One complaint about overtime not being offered equally. Licence maintained.",
  "", "", "")
E("WhatsApp message found on a seized phone (Albanian, translated): 'Tell the boy if he leaves the house he knows what happens. I have his sister's address in Shkodër. Lights on 18 hours, check every plant, no going outside.'",
  "IT RM", "", "C")
E("Adult services advert flagged by the payment processor: 'Young teen Asian new, schoolgirl look, 24 hrs'. Age of the person pictured appears under 18. Referred to CEOP and NCA.",
  "AV EO", "lh", "S", child=True)
E("Salvation Army intake: man (British, 34, homeless after prison release) met a man in a hostel who offered him work 'on the farms, cash in hand'. Was driven to Wales and made to pick daffodils for 2 weeks, 5am to 8pm, living in a barn with no toilet; was given £50 for the whole time. He walked away on the third week; says nobody stopped him but they told him he'd get nothing if he left.",
  "AV EO AC WW", "cedl plc", "L")
E("Instagram DM screenshots reported by a 20-year-old man: sender claims to be a recruiter for a 'Thai call centre', offers $2,000/month, flights paid. Reporter says a friend who took the same job is now in a compound in Myanmar, his passport taken, forced to scam people online 16 hours a day, and was beaten with a stick when he missed his target.",
  "DE RD EO PV RM", "", "C")
E("Hi, I run a small recruitment agency placing chefs. We never charge candidates, we pay for accommodation for the first month, and we always let people keep their own documents. Can I get a template policy for modern slavery statements? (Query to the council business team)",
  "", "", "")
E("Report from a hospital social worker: Eritrean young man (20) admitted with an infected surgical wound in his side. Says in Egypt 'they took something from me' during an operation he was told was for a hernia, then he was put on a boat. Scans show a kidney is missing.",
  "DE PV", "", "O")
E("Mother of a girl (14) reports to school that an account on a gaming platform sends her daughter money for 'costume photos' and now insists she travel to meet 'the photographer'. Daughter has deleted the app. No meeting took place.",
  "AV", "", "S", child=True)
E("Probation officer's note: PoP (Vietnamese, 19) convicted of cannabis cultivation. On interview now says he was told at 16 that he could not leave the house until his family's debt was paid, was locked in, and was beaten by the 'uncle' when plants died. Section 45 defence not raised at trial. NRM referral made.",
  "AV DB RM PV", "", "C", child=True)
E("Tweet: 'just got a text saying I won a job with amazon lmao, send £20 for the uniform. blocked'",
  "", "", "")
E("Tenant complaint (council): Landlord of a 5-bed HMO in Slough lets rooms to 12 Indian students. Overcrowded but all students study at a local university, work part-time in various shops of their own choosing and pay rent by bank transfer. Enforcement for HMO licensing breach only.",
  "", "oa", "")
E("Community tip in Vietnamese Facebook group (translated): 'Whoever knows the nail shop in Wrexham, the new girl Hoa is 16, she came with the owner's brother. She works every day 9 to 8 and lives upstairs, she never gets money, the owner says her money goes to pay the flight.'",
  "AV EO DB WW", "slw", "L", child=True)
E("Police intel 2/C/P: men begging outside supermarkets in Bury are dropped at 7am and collected at 7pm by the same Ford Transit. INT suggests they hand all takings to the driver. One man has a visible disability and walks with a crutch.",
  "WW AV", "cedl et ncw", "C")
E("He say me: you want to leave? OK, but first pay the £4,000 for the room and the ticket. But I have nothing. So I stay.",
  "DB", "", "")
E("Case note: domestic abuse referral. Husband controls family finances, checks her phone, has thrown objects at her. She works as a teaching assistant and he takes her salary card. No sign of domestic servitude or wider exploitation. MARAC referral.",
  "WW PV", "ncw", "")
E("Reported on an app: 'Construction site on Hill Lane, the workers wear trainers, no helmets, they were made to pay £80 for hi-vis from their first wage. They live in a caravan on site.'",
  "AC", "ppe slw", "L")
E("Sudanese man (26) told the Refugee Council caseworker he pays £15 a day to use another man's delivery-app account and keeps the rest. He can stop whenever he likes and has his own bank card. Wants legal advice about his asylum case only.",
  "", "", "")
E("Debrief (Nigerian F, 26, in her words): 'Madam made me swear in a shrine before I left Benin. She said if I break it I will go mad and my mother will die. In Italy and then here I work the street and give her all. Now she says 30,000 euro is still there.'",
  "IT DB WW", "ncw", "S")

# ---- batch 6 ----
E("""Officer handover notes, late turn to nights, 17/03:

1. Shoplifting at Co-op Market St - suspect identified on CCTV, local adult male, known. Nothing further tonight.
2. Concern for welfare at 9 Orchard Close (online report from a neighbour earlier today): a woman in her 50s, believed Indian, has lived with the family at no. 9 for about 4 years. Neighbour says she is seen only in the garden hanging washing, is dressed in thin clothes in all weathers and has looked 'thinner and thinner'. Neighbour once heard the lady of the house screaming at her and saw her slapped. She has never been seen leaving the house, and the family goes on holiday leaving her inside with the doors locked. The family is currently abroad per the neighbour. PCSO attended at 18:30 - no answer, lights on, curtain twitched. Needs urgent revisit with a Tamil/Hindi interpreter; consider s17 PACE entry.
3. RTC on the bypass, damage only.""",
  "PV RM AC", "pa", "D", imm=True)
E("""Reddit post (r/unitedkingdom), 'My brother's "job" in Dubai - what do I do?'

My brother (23) answered an Instagram advert for hotel reception work in Dubai. The agency charged him £1,500 for 'visa and processing' which our mum paid. When he got there the hotel didn't exist and he was taken to an office block where he had to message people on dating apps pretending to be a woman and get them to invest in crypto. He says they keep everyone's passports in a locked room, they work 14 hours a day and the guards don't let anyone leave the building. Last time he messaged he said he's scared they'll sell him to another compound if he doesn't hit his target. He only gets to use his phone for 10 mins at night. We've contacted the FCDO. Has anyone been through this?""",
  "DE RD EO RM IT IS", "uf", "C")
E("""Safeguarding referral, secondary school DSL, Year 11 pupil (16):

Pupil disclosed to a teacher that she has been 'modelling' for an older man (around 30) she met through Instagram. He pays for her nails and clothes and has taken photographs of her in underwear, which he sells online through a subscription site. Recently he told her she owes him £2,000 for 'the shoots' and must 'go on dates' with his friends to clear it. She said she went to a hotel with one man last weekend and 'didn't want to' but felt she had no choice. He tracks her location through an app on her phone and messages her if she goes anywhere he doesn't know about. Pupil is frightened he will post her pictures if she tells her parents. Police informed; strategy discussion requested.""",
  "AV DE DB PV IT", "", "S", child=True)
E("""Victim debrief (Eritrean M, 19, through Tigrinya interpreter, who notes the young man was tired and some answers are brief):

Interpreter: He says that in Sudan he was held with around 200 people by smugglers who phoned his family and demanded money. Those whose families could not pay were taken away in a car and he heard that their organs were taken. He says he saw one friend, Samuel, brought back with stitches across his stomach, who later died.

He says that his uncle in Sweden paid and he travelled through Libya and Italy. In the UK he was given the phone number of a man in Birmingham who gave him work washing dishes in a restaurant and a bed in a room with five others. He says he was paid £4 an hour, which he says was 'bad but OK', and he was free to leave, which he did after two months to claim asylum. He does not consider the restaurant man to have forced him.""",
  "PV IT RM", "", "O")
E("""Bank alert (money laundering team):
Over 3 months, 41 accounts at two branches were opened for young Lithuanian and Latvian men using the same employer letter (Baltic Pro Build Ltd) and the same two addresses. Each account receives a weekly wage of £400-£500. Within hours, cash is withdrawn at one ATM in Boston, Lincs, using cards from up to 12 accounts in sequence. CCTV shows the same man (approx 40) making the withdrawals. Two account holders later phoned to say they 'don't have their card, the brigadier keeps it', and that they receive £70 a week 'after rent and transport'.""",
  "WW", "mbc ncw ct", "L")
E("""Public report via the Modern Slavery Helpline website, written by a woman who cleans at a hotel:

There is a man at work called Ion who brings a minibus of Romanian women to clean the rooms, they start at 6 and finish after 10. They told me he keeps their bank cards and the money comes to them 'later'. They have not had anything since Christmas. They live in his house, I think 4 to a room, he makes them pay rent even though they don't get paid. One woman cried in the linen room and said she wants to go home but he has her ID card and says she owes money for the flight. I do not want them to get into trouble with the police, they are good women.""",
  "WW RD DB EO AC", "cedl et ncw oa", "L")
E("""Police intelligence log — 2/B/P
INT suggests POI Mohammed H. (Pakistani national, 45) runs 3 'hand car washes' in Greater Manchester. Workers are Afghan and Kurdish asylum seekers recruited from a Facebook group advertising 'jobs while you wait for your case'. Workers paid £30 a day for 12-hour shifts, 7 days. H. tells workers that if they complain he will report them to the Home Office and their asylum claims will be refused. Workers housed in a flat above one site, 10 men, 2 rooms. No INT re documents.""",
  "AV EO IT AC", "oa foa slw", "L")
E("""Witness statement (A&E receptionist):

At about 3am a man brought in a woman he said was his 'sister'. She had a head wound and bruising around her neck. She didn't say anything and kept looking at him before answering anything I asked. He said she'd fallen down the stairs at their flat. When I asked for her name and date of birth he got her ID out of his own wallet. He said she was 21 but she looked much younger to me, maybe 15 or 16. He said 'we need to be quick, she has work in the morning'. When the nurse took her through he tried to follow and got aggressive when told to wait outside. After he left the room for a cigarette she said quietly 'please don't let him take me'. Security was called and the police attended.""",
  "AV PV RD", "pa sfw dt", "", child=True, imm=True)
E("Comment on a Facebook recruitment post: 'Don't go with this guy. He took 300 quid off me for a start-up pack and the job was real but he paid us 2 weeks late. Still, we got paid in the end and I left when I wanted.'",
  "", "uf", "")
E("Rental listing text: 'Bedspace in shared room, Whitechapel, £65/week, 6 per room, workers only.' Council notified for HMO overcrowding. No employer link identified.",
  "", "oa", "")
E("INT 3/C/P: female known as 'Auntie Grace' recruits young Nigerian women via Facebook, 'nanny jobs in UK'. Unconfirmed that the women end up in sex work in Italy. Low reliability, requires development.",
  "", "", "")
E("Mum's post on Nextdoor: 'My son (17) got a summer job at the farm shop through their website. Contract, payslips, finishes at 5 every day, home by 6. Lovely people!'",
  "", "", "")
E("Message sent to a charity Facebook page (Vietnamese, translated): 'I am 15. I am in a house with plants. The man took my phone, I use the phone of the other boy now. The door is locked. I do not know the address. Please help.'",
  "AV IS RM", "", "C", child=True, imm=True)
E("Labour inspection (EAS) of a recruitment agency's Facebook page: adverts state 'no fees', but candidates' WhatsApp messages show a £300 'visa consultation fee' requested. Agency warned; fees refunded; no evidence workers were exploited in placements.",
  "", "uf", "")
E("Caller says her Polish boyfriend works on a building site in Reading for a subcontractor who pays everyone in cash on Friday, sometimes short. He is free to leave and has his documents. She wants to know how to report tax evasion.",
  "", "", "")
E("POI Rui SANTOS (Portuguese, 38) posts in Portuguese WhatsApp groups for 'factory work, house included'. On arrival workers are told wages go to SANTOS who 'handles the taxes'. SANTOS's house has 18 people. Workers are taken to and from the factory in his van and told not to talk to English people. 2/B/P.",
  "WW AC IS", "ncw oa et", "L")
E("Online child abuse referral: a man on a livestream platform directs 'shows' from a house in the Philippines where children are abused on camera, paying by online transfer. UK-based offender identified.",
  "AV PV", "", "S", child=True, imm=True)
E("I saw on the news that the hotel in Blackpool where I worked last summer got raided. Honestly for me it was fine, I had a contract and my own room and days off. Just long shifts in August.",
  "", "", "")
E("Instagram story of a 'boss' showing a hand holding eight bank cards with the caption 'payday for the team 😂'. Reporter says the 'team' are Romanian lads working for him on sites around Leeds who 'never see their money'.",
  "WW", "mbc ncw", "L")
E("Border Force, Heathrow: female (Filipina, 31) travelling with an employer family on a diplomatic passport. She has no copy of her own passport, which is held by the family, and could not say her salary or where she will be staying. Employer answered questions for her.",
  "RD IS", "sfw", "D")
E("Public report: my neighbour has 2 dogs barking all day and a big van parked on the path. Not sure who to report to.",
  "", "", "")
E("TikTok comment thread: 'the nail shop I work in is fine the boss pays us every Friday and we live in our own flats, stop saying all Vietnamese nail shops are slavery'.",
  "", "", "")
E("INT 2/B/P: Snapchat account '@pizzaman.91' advertises 'work from home, £500 a week' to 16-19s in Luton, recruits them to receive stolen funds through their accounts and then withdraw cash. Recruits who want out are told their account will be reported and they will go to prison.",
  "AV IT", "", "C")
E("Care home inspection (CQC, shared with the council): overseas carers (Zimbabwean) are charged £5,000 if they resign within two years; payslips show 72-hour weeks; staff share a house owned by the director, 3 to a room. They keep their passports. Referred to GLAA.",
  "DB EO AC", "oa", "L")
E("Text to the helpline: 'they make me sell the Big Issue outside station all day and take all money, i sleep in there van'",
  "WW", "ncw plc", "C")
E("Adult service advert: 'Independent escort, 35, own flat in Clifton, I set my own rates and hours, no agency.' Welfare visit: independent, no concerns.",
  "", "", "")
E("Police intel 2/C/P: a kidney broker known as 'Dr Amir' posts in Urdu on Facebook groups seeking donors in Pakistan for patients in the UK; donors paid around £1,500 and told the recovery is 'a few days'. One donor (male, 22, brick kiln worker in debt) reportedly left with lasting complications and was not paid the full sum.",
  "AV DE", "", "O")
E("GP note: patient, Romanian woman, 23, attends for contraception. Says her boyfriend 'works with girls' on the internet and she is one of them. Boyfriend waits outside. She says she gives him the money because 'he is saving for our house'. Denies violence. Given helpline card.",
  "WW", "ncw", "S")
E("sorry for my english. i come from albania, i work in the house of the cannabis. they say me 'if you run we find you mother'. i am here 5 months. i have not go out one time.",
  "IT RM", "", "C")
E("Licensing check on a massage shop: one therapist had no licence, fined. Staff all had their own accommodation and phones. No welfare concerns.",
  "", "", "")
E("He took me from the bus station and drove me to the farm. He said my passport he will keep for the paperwork. Six months now. He says soon.",
  "RD", "et", "L")
E("Facebook advert for the 'Romanian Workers Support Group' run by a local charity: free English classes, advice on employment rights and how to check an agency's GLAA licence. Included as a benign example.",
  "", "", "")
E("Screenshot described by the reporter: a WhatsApp chat where 'Sergiu' tells workers 'those who want their money send me the bank PIN, otherwise no salary'. Reporter works in the same packhouse and says the men have been paid by the agency but the money goes straight to Sergiu.",
  "WW", "ncw", "L")
E("Housing officer: tenant (F, 47, Slovak, limited English) says her former landlord made her clean his other properties for free to 'pay off rent arrears' for a year and threatened to have her kids taken into care if she stopped.",
  "DB IT AV", "", "L")
E("Message on a Facebook group for Ghanaian nurses: 'I was brought to UK by an agency for care work. They said 40 hours, it is 60+, they deduct £500 a month for the visa they said was free, and my manager says if I complain she will report me to the Home Office and I will be deported.'",
  "DE EO DB IT", "foa", "L")

# ---- batch 7 ----
E("""Public report (Facebook message to the force page, all caps in original):
I NEED SOMEONE TO LOOK AT THE HOUSE ON ASHBY ROAD NEXT TO THE CHIPPY. THERES ABOUT 10 FELLAS LIVING THERE AND A BLOKE IN A BMW COMES EVERY MORNING AT 5 AND TAKES THEM IN A VAN. THEY COME BACK GONE 9 AT NIGHT COVERED IN MUD. ONE OF THEM ASKED MY WIFE FOR FOOD, HE SAID HE HASNT BEEN PAID FOR 2 MONTHS AND THE BOSS HAS HIS PASSPORT. HE WAS SHAKING. THEY HAVE NO CURTAINS JUST SHEETS AND THE BINS ARE OVERFLOWING. IF THIS WAS ENGLISH LADS THERED BE UPROAR. SORT IT OUT""",
  "WW RD EO AC", "cedl et oa plc lh pa", "L")
E("""Debrief (Polish M, 52), interviewed by GLAA officer, in Polish with interpreter:

He says he was approached outside a night shelter in Gdańsk by a man who said there was well-paid work in England sorting parcels, with a room and food. The man paid his bus ticket. On arrival in Kettering he was taken to a house with nine other Polish men. The next day the man took him to a bank and a job centre to register, then kept his ID card, bank card and the letter with his PIN 'so nobody steals them'.

He worked at two warehouses through agencies, night shifts of 10-12 hours, six nights a week. He never saw his payslips. Each Friday the man gave him £20 and a bag of food. He says he drank a lot and the man brought vodka to the house. He was told he owed money for the ticket, the registration and the house, and that if he went to the police he would be arrested because he had 'signed papers'.

He left after 14 months when a warehouse supervisor noticed he had no coat in winter and asked questions.""",
  "AV DE RD WW EO DB IT AC", "dt ncw lh oa fpe", "L")
E("""Local authority (children's services) — return home interview:
Young person: J. (14), missing for 48 hours. J. says he was with 'friends' in a flat in Blackpool. On questioning he disclosed that an older male he met through a gaming chat paid for his train and then 'kept' him at a flat where adults were selling drugs. He was told to answer the door and pass bags. He wasn't allowed to leave until the weekend. Someone took his phone and gave him a 'work phone'. He says the older male told him that he knows which school his little sister goes to. J. is now home; mother reports he is not sleeping.""",
  "AV RM IS IT", "", "C", child=True)
E("""Report from a hotel manager (email to police):
We have had three bookings in the last month made through the same online account for rooms used by different young women, one of whom appeared to be under 18. A man in his forties pays in cash, brings the women in through the side door, and collects the key card. Staff have seen a stream of men visiting the rooms from early afternoon until 4am. On Tuesday housekeeping found one of the women crying in the corridor with a cut lip; she would not speak and the man took her back to the room. We have CCTV and the car registration (KY21 LMN). We have stopped taking bookings from the account.""",
  "AV PV EO", "et pa", "S", child=True)
E("""Case study from a charity newsletter (names changed):
'Anh', 16, was trafficked from Vietnam after a man on Facebook offered to take her to England to study and work in a nail salon. Her parents paid a deposit of $10,000 and agreed to pay $25,000 more from her wages. In the UK she was kept in a house in Birmingham with other girls, driven each day to a salon where she worked from 9am until after 8pm, and given no money at all. The salon owner said that if she complained, police would arrest her and send her to a prison for illegal immigrants. She escaped when she was taken to hospital with appendicitis.""",
  "AV DE DB WW EO IT RM", "et foa", "L", child=True)
E("""Internal audit note (supermarket supply-chain team, s54 due diligence):
At our supplier's packing plant in Lincolnshire, our auditors interviewed 25 workers privately. All were employed via two GLAA-licensed agencies, paid weekly to their own accounts, aware of their holiday entitlement and not charged for PPE or transport. Accommodation was private and chosen by the workers. One agency had previously charged a £50 'registration fee' - this was stopped in 2022 and refunded. No indicators of forced labour were identified. Recommendations: translate the whistleblowing line poster into Bulgarian.""",
  "", "", "")
E("""Interview note (Border Force officer, Gatwick), adult female (Albanian, 20):
She says her boyfriend paid her ticket and she is coming to 'visit' him. She has his phone number but not his address. She does not know his surname. Her phone contains messages from him saying 'don't say you will work', 'say you are a tourist', and an image of her passport sent to a third number. She became distressed when asked whether anyone had asked her to do anything she did not want to do. Safeguarding referral made; she was met by an NGO rather than the boyfriend.""",
  "IS", "", "")
E("""Victim account (English F, 31, in her own words to an ISVA):
'I had a heroin habit and he was my dealer. He said I could work off what I owed by "seeing a few blokes" at his flat. It was every day. I never saw a penny, it all went on the debt and the gear he gave me. If I didn't have enough clients he'd say the debt went up. He kept me in the back bedroom and the window was screwed shut. I think I was there about eight months. He hit me with a bat once when I tried to keep some money back.'""",
  "AV DB WW RM PV", "", "S")
E("""Council environmental health inspection (takeaway, Station Rd):
Rear kitchen in poor condition, pest activity. Two staff members sleeping in the upstairs store room on mattresses among food stock. Staff said they are the owner's nephews from Bangladesh, working 'as family' and 'helping out'. When asked about pay one said 'uncle sends to my mother'. They appeared nervous and looked at the owner before answering. Referred to police MSHT team for welfare check. Food hygiene rating: 0.""",
  "WW AC", "slw plc ncw", "L")
E("""A Telegram channel 'UK Jobs 4 Asylum' (screenshot described by a reporter):
Pinned post: 'We help you work while your case is going. We give you account and app, you deliver, we take 50%. Don't worry about Home Office, we handle.' The reporter says he did this for six months. He was paid his 50% every week into his own account, the man never threatened him, and he stopped when he got refugee status. He is reporting the channel because 'new people come every day'.""",
  "", "", "")
E("""GLAA licensing breach notice (summary):
Labour provider supplying workers to a salad packhouse failed to keep records of hours, did not provide written terms to 14 workers and paid 3 workers late on one occasion. All workers interviewed confirmed they had their own documents, access to their own bank accounts and freedom to leave. Additional licence conditions imposed. No forced labour.""",
  "", "", "")
E("""Safeguarding referral (health visitor):
On a routine visit to a newborn, I noticed a young woman (early 20s) doing all the cleaning and cooking while the baby's parents watched TV. The mother introduced her as 'our girl from home'. The young woman sleeps on a mat in the kitchen. She has no phone. She does not speak English and the mother translated for her, saying she is 'happy'. When I asked if she gets days off, the mother laughed. I saw her eating leftovers from the family's plates. The father later mentioned they 'bought her ticket' and she is 'paying it back by helping'.""",
  "IS AC EO DB", "sfw slw", "D")
E("Snapchat message screenshot shown to police by a mother: '@ur son got 2 days to bring the 600 or we run up in ur house. tell him no police.' Son is 15 and has been selling for the sender since the summer.",
  "AV IT DB", "", "C", child=True)
E("Job ad: 'Kitchen porter, pay £11/hr, 30 hours, in a pub in Devon. Live-in optional.' Applicant complained that the pay was lower than promised in the interview. Employer corrected it next payday.",
  "", "", "")
E("Quick INT 2/A/P: female seen at window of flat 4 banging on glass, male pulled her away. Flat advertised on escort sites.",
  "RM PV", "", "S", imm=True)
E("Friend told me her boss at the sandwich factory took her passport to photocopy and gave it back an hour later, totally normal right to work check.",
  "", "", "")
E("girl on the bus crying said her agency man took her wages and her phone, she's Romanian, works at the chicken factory",
  "WW IS", "ncw", "L")
E("Email to police from a university: a Chinese student has been asked by a man on WeChat to open 5 bank accounts and hand over the cards for 'a part-time job'. She refused and reported it. No further contact.",
  "", "", "")
E("Intel: 19yo British male with autism targeted on Discord by a group who make him order goods on stolen cards to his address and pass them on; they call him 'our mule' and say they will post his private messages if he stops.",
  "AV IT", "", "C")
E("Council report: Roma family living 14 in a 3-bed with a landlord who also employs the adults in his recycling yard. Adults say they get paid properly and the house is temporary until a bigger one is found. Overcrowding enforcement notice issued.",
  "", "oa", "")
E("Message in an online forum for Indian students in the UK: 'Agent in Hyderabad promised me a part-time job at a warehouse here. Now the agent's friend says I must work 40 hrs a week at his shop for £3 an hour to clear £6k agent fees, and he holds my BRP. I can't complain or he'll tell the university I work too many hours.'",
  "DE DB RD IT AV", "uf", "L")
E("Press: a Leicester garment factory owner was fined for paying workers £4/hr. Workers were free to leave and kept their own pay; no slavery offences charged.",
  "", "", "")
E("Debrief (Sri Lankan M, 29, Tamil, in his words): 'On the fishing boat they take our passport at the harbour. We work at night and day. When I hurt my hand the skipper say no doctor, keep working. We eat only rice. I was on the boat nine months, not allowed on the land.'",
  "RD EO AC RM", "", "L")
E("A woman on Facebook asked if anyone wanted a free kidney test at a private clinic in Manchester — it was a legitimate NHS living-donor awareness event. No concerns.",
  "", "", "")
E("Online report: a farm shop nearby has Ukrainian workers, they told me they get paid well and go to Tesco on Sundays in the farm van. Just wanted to say they seem happy.",
  "", "", "")
E("Police note: man (Albanian, 24) detained at a cannabis grow in Swindon says he was paid £1,000 a month, had his own phone and went to the shop daily. He says he chose the job. Section 45 not indicated. Charged.",
  "", "", "")
E("Housing association: elderly tenant's 'carer' (a woman from a church group) collects his pension and keeps it. He has dementia. Referred as financial abuse.",
  "", "ncw", "")
E("INT 2/B/P: Slovak nationals recruited via Facebook by Jan HORVATH to work in a food factory in Sheffield. HORVATH charges £50 a week for a minibus and £40 for 'safety boots' that are never provided. Workers' wages paid to HORVATH's account; each worker receives £60 weekly.",
  "WW DE", "ct ppe ncw", "L")
E("Gumtree post (copied by the reporter): 'Young lady offered free room in exchange for light duties, Ilford.' Reporter's note: 'light duties' turned out to be sex with the landlord, who threatened to throw her out on the street if she refused. She has nowhere else to go.",
  "AV DE PV IT", "", "S")
E("Clinic note: patient (F, 33, Bangladeshi) with burns to her forearms from ironing, says her in-laws make her do all the housework and the work in their garment workshop, she is not allowed to leave the house without her mother-in-law, and her passport is 'in the family safe'. She says her husband hits her.",
  "RM RD PV AC", "", "D L")
E("TikTok user posted a 'day in my life' video at a strawberry farm: early start, lunch break, finishing at 4pm, volleyball with the other seasonal workers after. Comments ask how to apply via the official scheme.",
  "", "", "")
E("The woman in the red coat at the carwash holds all the lads' passports, I seen her take them out of a bag to show the police last time.",
  "RD", "", "L")
E("Witness: 'I used to drive for the gang. We'd take the women from the flat to the hotels and back. They never had money on them. The boss said they owed him for bringing them.'",
  "DB WW", "et ncw", "S")
E("Police log: fight outside a shisha bar, two arrested for affray. No other concerns.",
  "", "", "")
E("WhatsApp chat (seized, Romanian, translated): 'If she doesn't do 20 clients she doesn't eat. Put her in the room with no window.'",
  "AC RM IT", "", "S", imm=True)
E("Social worker: Mr B. (British, 40, learning disability) says 'his mates' moved into his flat, sell crack from it, and he now sleeps on the floor of the bathroom. They take his phone when they're dealing. He's scared to go out in case they change the locks.",
  "AV IS", "plc", "C")
E("Screenshot of a Facebook job ad: 'Hotel housekeeping Scotland, £9 per room cleaned, accommodation £100/week deducted'. Worker says she cleans 10 rooms a day, gets the money in her own account, and it is hard work but she is leaving for a better job next month.",
  "", "", "")
E("I came for a construction job with a visa they made for me. They told me I would earn £2,500. They give me £300. When I ask for more they say I owe them for the visa and I must be quiet or they will cancel it.",
  "DE WW DB IT", "", "L")
E("Parent forum post: 'My daughter (15) got a DM offering to be a brand ambassador for swimwear if she sent bikini photos. We reported it and blocked.' No further contact.",
  "", "", "")
E("INT: a man 'Tomi' in Bucharest recruits young men via TikTok for 'UK work' then sends them to pickpocket on Oxford Street; they must hand in £300 a day or they are beaten and get no food.",
  "DE IT WW", "", "C")
E("Fraud report: victim paid £1,200 to a fake 'UK farm work visa agent' on Facebook; never travelled. Only money lost.",
  "", "uf", "")
E("Youth worker (online report): 'Kids from our club are being paid by a man to stand outside shops in the precinct and beg with a sign. He takes most of it. They are 11 and 12.'",
  "AV WW", "ncw", "C", child=True)
E("Statement, Lithuanian M, 36: 'The gangmaster said the first month is free for us, no money, because of the documents and the flat. The second month also nothing. He said be patient. I worked every day.'",
  "WW EO", "lh", "L")
E("Airline cabin crew report: girl of about 12 travelling with a man who says he's her uncle, she had no bag, no coat, and said she was going to 'work for a family in London'. Police met the flight.",
  "AV", "fpe", "D", child=True)
E("Legit agency: 'We are a GLAA licensed provider. Workers never pay for jobs, transport or PPE. If anyone asks you for money in our name, call us.' (posted on Facebook)",
  "", "", "")
E("Public report: 'the woman next door has a Filipino maid who waves at me from the window, she never comes outside, once she dropped a note that said \"no salary 2 years\"'.",
  "WW", "", "D")
E("Intel 2/B/C: patients from the UK are travelling to a clinic abroad where kidneys are bought from refugees, who are told they will receive $10,000 and are paid $2,000. UK coordinator arranges travel via Instagram.",
  "DE AV", "", "O")
E("A 999 call: male shouting in Romanian, operator hears 'they took my son, they will cut him' and the line drops. Location traced to a car wash in Luton.",
  "IT", "", "", imm=True)
E("Press summary: 'Recruitment agency boss jailed': he charged 40 Indonesian fruit pickers up to £5,000 each in illegal fees, which they were paying off in instalments from their wages while picking in Kent.",
  "DB", "uf", "L")
E("Neighbour: 'Lad next door says he's an apprentice electrician, works Monday to Friday, I just wondered as he's always up early.' NFA.",
  "", "", "")
E("Message to a charity, Arabic, translated: 'I work in a restaurant in Coventry. The owner says I cannot leave the kitchen in the day. At night he locks us in the flat above. He keeps our money and says it is for the lawyer for our asylum.'",
  "RM WW DE", "slw", "L", imm=True)
E("TikTok comment: 'my uncle works at a car wash and honestly its a good job they get paid daily and have days off. not all car washes are bad.'",
  "", "", "")

# ---- batch 8 ----
E("""Public report submitted through the Unseen app (reporter is a delivery driver, spelling as written):

i deliver to a big house in the countryside near Ascot most weeks, its always the same lady who opens the gate, she is African maybe 40s, very thin, always in the same blue dress and slippers even in winter. the owners are never there when i come. last month she asked me what day it was and if i could buy her a phone card, she said she hasnt spoken to her children in Kenya for a year because madam took her phone when she arrived. she said she works from 5 in the morning until the family sleeps and she has never had a day off. she said madam keeps her passport in a safe and tells her if she leaves the house the police will put her in jail because her visa is finished. she wouldnt give her name. i didnt know who to tell so im telling you. the gate has a code and she doesnt know it.""",
  "IS EO RD IT RM AV", "pa fpe foa", "D")
E("""Financial intelligence (SAR summary, OFFICIAL-SENSITIVE):

Subject: 'Elite Models Agency UK' (company registered 2023, director Ms Yana K.). The company's account receives card payments from hundreds of individuals, many in small amounts late at night, with payment references such as 'Nina 1hr' and 'Sofia outcall'. Funds are moved on the same day to accounts in Cyprus and Ukraine. Eight personal accounts in the names of young women (Ukrainian and Moldovan, aged 19-23) give the company's registered office as their home address; the cards for these accounts are used by the director's phone (Apple Pay) and never by the account holders. One account holder contacted the bank to say she could not access her account and that 'the agency keeps the money for my apartment and visa'.

Assessment: indicators of sexual exploitation and control of victims' finances.""",
  "WW", "ncw mbc", "S")
E("""Press-style summary (court report):

A Bedfordshire couple were today cleared of modern slavery offences after a three-week trial. The prosecution had alleged that a Lithuanian man who lived with them was forced to work on their smallholding. The jury heard that the man had his own room, his own bank account, a mobile phone, and regularly went to the pub in the village. He told the court he was paid less than the minimum wage and worked long days in the summer, but that he could have left at any time and 'considered them family'. The couple were convicted of an employment offence relating to unpaid tax and national minimum wage and fined.""",
  "", "", "")
E("""Officer's note from a multi-agency visit to a cannabis grow (Operation ELM):

Entry forced at 06:10. Property a 3-bed terrace; all rooms converted to grow rooms with ~600 plants; electricity bypassed. One male found in the loft space, Vietnamese, appears 15-17 despite claiming 19. He was sleeping on a foam mat beside a rice cooker; the loft hatch could only be opened from below and had a bolt on the landing side. He had no phone, no money and no ID; he gave the name 'Tuan'. He said a man called 'Anh Long' brought food every four days and that he had not been outside 'since the leaves were small'. He said he owes 'a lot' for the journey from France and that he would be killed if he talked to the police. Treated as a potential victim; NRM referral; section 45 considered; age assessment to follow.""",
  "AV RM IS DB IT AC", "fpe slw", "C", child=True)
E("""Victim account (Indian F, 26, written in English by herself, shared by her solicitor):

I came to UK as a dependant of my husband. After the wedding in Amritsar his family took my passport and my gold saying they will keep safe. In UK I was not allowed to go out alone, only with my mother-in-law to the gurdwara. I did the cooking and cleaning for nine people and also worked in their family shop from 10 to 10 without pay. When I asked to call my parents they said my parents did not pay enough dowry so I must work. My husband beat me when I cried. They told me if I go to police I will be deported and my family will be shamed. I left when a customer at the shop gave me a number for a women's charity.""",
  "RD RM EO WW PV IT AV", "", "D L")
E("""Job advert (LinkedIn, UK logistics company) followed by an applicant's review:

Advert: 'HGV Class 1 drivers, £38k-£45k, nights and days available, paid breaks, holiday pay, pension, we sponsor visas and pay all Home Office fees, relocation support for your first 4 weeks.'

Review (Glassdoor-style, by a driver from Zimbabwe): 'Company did everything they promised. The relocation flat was shared with one other driver and very decent. I got my first payslip on time, the visa fees were not taken from my wages, and when I wanted to switch depots HR helped. Long shifts sometimes but within the legal hours. Would recommend.'""",
  "", "", "")
E("""INT 2/B/P — OFFICIAL-SENSITIVE
Subject: Adult services adverts, 'Lina', 'Mia', 'Kira' at a flat in Portsmouth (PO1 postcode). Adverts all posted from the same IP, paid with the same card in the name of Artur V. (Lithuanian, 33, previous for assault). Neighbour reports males visiting 24 hrs, women never seen leaving except with Artur, who drives them to a supermarket once a week.
Source states that 'Mia' is Artur's partner's 17-year-old sister, brought from Kaunas 'for a holiday', and that she has been told she must stay until she has paid back her flight and the flat. Source also states that Artur slapped 'Kira' in the stairwell last Tuesday for talking to a neighbour.""",
  "AV DE RM DB PV", "et", "S", child=True)
E("""Case note (Refugee charity, advice line):

Mr A. (Syrian, 35) called for advice about his employer, a kebab shop owner in Glasgow. He has refugee status and works 50 hours a week. He says his last two wage payments were a week late and one was £80 short, which the owner says was a till shortage. He has his own bank account, his documents, and rents a flat with his wife. He does not feel threatened and is looking for another job. Advised on wage deductions law, ACAS early conciliation, and signposted to the local law centre. No modern slavery indicators identified.""",
  "", "", "")
E("""Online report (the reporter's own words, with spelling kept):

my freind Ana from Moldova came to London last year, a girl on instagram promised her job as a waitress in a resturant and paid the ticket. but when she arrive they take her to a flat and say the resturant is closed, she must work with men to pay back 5000 pounds. they took her phone and give her another one just for clients. she had to see men all day and night and sometimes they were violent with her. she is not allowed to go out only with the driver. yesterday she messaged me from a clients phone saying she is in a flat in Romford and they are moving her tonight to another city. please please help her quick""",
  "DE DB IS PV RM", "et", "S", imm=True)
E("""Probation note (supervision session with a PoP, 23, British):

He disclosed that from 15 to 18 he ran drugs for a line from London to Norfolk. He was recruited by an older boy at his pupil referral unit who bought him food and clothes. Once he was working he was told he had a debt of £1,500 for a package that was 'robbed' (he now believes the robbery was staged). He was kept in a flat in King's Lynn for weeks at a time with no phone except the line phone, and was made to store drugs internally. When he tried to leave he was stabbed in the thigh. He says he now has no contact with the group. Considered for NRM (historic, child at the time of exploitation).""",
  "AV DB IS PV DE", "", "C")
E("""Council licensing inspection (nail bar, High Street) - extract:

Three technicians present. Two were Vietnamese, aged around 20, who said through the owner that they were her nieces and lived with her. They had no employment contracts. When interviewed separately with a telephone interpreter, one technician said she was not paid but was 'paying back for coming to England', that she worked every day from 9:30 to 7:30 and that the owner keeps her passport 'because she might lose it'. The other technician said she was paid £300 a week, could go out when she liked, and had her own passport in her bag, which she showed. Premises licence conditions breached; referred to police.""",
  "DB WW EO RD", "sfw", "L")
E("""Debrief (Albanian M, 21, through interpreter):
The interpreter explains that the young man speaks softly and asks several times whether his mother will be told.

He says he met a man on Instagram who offered construction work in London for £100 a day. He borrowed €15,000 from a man in his village to pay for the lorry. In London the construction work lasted two weeks, then he was told the work had finished and he must look after 'a garden' in a house in Essex to pay back the €15,000, which had now 'become €20,000 with interest'. He stayed in the house for seven months. The doors were locked from the outside and the windows boarded. Someone came twice a week with food and to check the plants. He was told that if anything went wrong, his family would have to sell their land.""",
  "DE DB RM IT AC", "", "C")
E("""Instagram caption reported by a user: 'Hiring girls 18-25 for VIP hostess work in Mayfair, £1k per night, no experience, DM for details 💋'. Reporter asked for details; account replied asking for full body pictures and whether she was 'open-minded'. Reporter did not go further. No victim identified.""",
  "", "", "")
E("""GLAA debrief summary (Bulgarian F, 44, former packhouse worker):

She found the job through a Bulgarian Facebook group. The recruiter charged her €500 for the job and transport and said she would get £11 an hour. In the UK she worked 12-hour shifts at a vegetable packhouse via an agency. She was paid correctly by the agency into her own account, but the recruiter, who lived in the same house, demanded £150 a week from her in cash for 'rent and commission' and told her that if she stopped paying, he would tell the agency she was a thief and she would be sent home. She shared a room with four other women. She has now moved out.""",
  "IT EO AC", "uf oa lh", "L")
E("Text to a friend (shown to police): 'im ok dont worry. they let me call u sunday only. passport with boss. soon i pay everything.'",
  "IS RD DB", "", "")
E("Kid in a school uniform carrying big bags onto the 23:40 train to Carlisle every Friday with an older man. Posted in a rail staff WhatsApp group.",
  "AV", "et", "C", child=True)
E("Someone on Nextdoor asked who the men are who live above the garage on our road. Turns out they're mechanics employed by the garage, rent the flat legitimately, and play football in the park on Sundays.",
  "", "", "")
E("Scam alert: fake 'Home Office' calls telling foreign students their visa is cancelled unless they pay £1,000 in vouchers. Fraud, not trafficking.",
  "", "", "")
E("Worker's WhatsApp to union rep: 'Agency wants £30 for boots and vest from my first pay, they said it's the rule. Otherwise job is good and they pay on time.'",
  "", "ppe", "")
E("He beat me when I didn't bring enough from the cars. I was 14.",
  "AV PV", "", "C", child=True)

# ---- end of entries ----
def risk(ind, typ, imm, child):
    if imm: return "immediate"
    if child or "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ: return "medium"
    return "low"

def build():
    out = []
    for i, (text, ind, sig, typ, imm, child) in enumerate(ENTRIES, 1):
        if child and "AV" not in ind: ind = ind + ["AV"]
        sig = list(sig)
        for k, v in PAIR.items():
            if k in ind and v not in sig: sig.append(v)
        inds = [IND[c] for c in IND if c in ind]
        sigs = [SIG[c] for c in SIG if c in sig]
        typs = [TYP[c] for c in TYP if c in typ]
        assert len(inds) == len(set(ind)) and len(sigs) == len(set(sig)) and len(typs) == len(set(typ)), (i, ind, sig, typ)
        out.append({"id": "f100-%03d" % i, "text": text.strip(), "indicators": inds, "signs": sigs,
                    "exploitation": typs, "risk": risk(ind, typ, imm, child)})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh100.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out

if __name__ == "__main__":
    print(len(build()), "texts written")
