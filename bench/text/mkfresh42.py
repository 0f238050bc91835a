#!/usr/bin/env python3
"""Hand-written texts for fresh42 (London borough command unit mix). Each T(...) is one text
written individually; the short codes below just expand to the official label codes."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ce="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
ROWS = []
def T(text, ind="", sig="", typ="", risk="l"):
    ind, sig = ind.split(), sig.split()
    for a, b in PAIRS:
        if a in ind and b not in sig: sig.append(b)
        if b in sig and a not in ind: ind.append(a)
    order = "lmhi"
    floor = "l"
    if ind or typ.split(): floor = "m"
    if len(ind) >= 3 or "S" in typ.split() or "PV" in ind or ("IT" in ind and "RM" in ind): floor = "h"
    if order.index(risk) < order.index(floor): risk = floor
    ROWS.append(dict(text=text, indicators=[IND[x] for x in ind], signs=[SIG[x] for x in sig],
                     exploitation=[TYP[x] for x in typ.split()], risk=RISK[risk]))

# ---------------- part 1 ----------------
T("MASH note 14/11: Y9 pupil (F, 14) seen getting into a grey Audi outside the academy at 15:20 by older males, returned home 02:00 with new phone and nails done. Mum says she will not say who bought them. Older 'boyfriend' KAMARA (DOB 03/02/2001) known to CSE team.",
  "AV", "ce", "S", "h")
T("Caller at 23:40 reports screaming from the flat above the launderette on Northfield Parade, says 4 or 5 women live up there and men come and go all night. Caller heard a man shouting 'you go back in the room'. Units dispatched.",
  "RM", "", "S", "i")
T("2/C/P INT suggests hand car wash at rear of former petrol station, Ley St, staffed by approx 8 Romanian males who sleep in the portakabin on site. Workers do not handle money, all cash taken by nom. POPESCU at close. Workers dropped to site 07:00 in white Transit, collected 21:00.",
  "WW AC EO", "sw ncw ce lh et", "L", "h")
T("Neighbour complaint re noise from house party at 22 Cranbrook Rd. Officers attended, approx 30 young people, music turned down, host apologised. No further action.", "", "", "", "l")
T("i think the nail shop on the high st is dodgy the girls there never speak and a man drops them off in a van every morning and picks them up real late. one of them looked like she was crying. they dont look older than 16 to me",
  "AV", "ce", "L", "h")
T("Salvation Army caseworker: Client (Mr T., Vietnamese, 19) says he was promised work in a restaurant kitchen in London. On arrival he was driven to a house in Essex, windows blacked out, told to water plants and not to leave. Food was brought once a week. He owes £28,000 to the people who arranged the lorry and was told his parents would pay with their house if he ran.",
  "DE RM IS DB IT AC", "iso rm plc", "C", "h")
T("GP note: 52F, Filipina, registered with us by her employer's PA. Attends for back pain. Works as housekeeper for family in Knightsbridge. Has own phone, speaks good English, says she has every Sunday off and goes to church in Kensington. Holds her own passport and BRP. No safeguarding concerns identified.",
  "", "", "", "l")
T("Victim account (via Romanian interpreter): She says that the man Marius told her mother she would wash dishes in a restaurant. In London she was taken to a flat and told she must 'work with clients' to pay back the ticket, £3,000. She says he took her ID card 'so she does not lose it'. She says she was hit when she said no.",
  "DE DB RD PV AV", "dt", "S", "h")
T("Shoplifting at Tesco Express, Ilford Lane. Male detained by security, 34, local, admitted theft of meat to sell on for drugs. Known prolific offender, charged.", "", "", "", "l")
T("Boy about 12 begging at the lights on the North Circ every day with a woman watching from the bus stop. she takes the money off him every 20 mins. he had no shoes on today and its freezing",
  "AV WW", "pa ncw", "C", "i")
T("GLAA inspection, packhouse (Unit 4, Thurrock). 64 agency workers on site. All had contracts, payslips matched hours, holiday pay calculated correctly. Workers interviewed in Polish and Bulgarian without supervisors present; none reported fees or deductions other than tax and NI. Minor record-keeping issue on induction forms. Licence compliant.",
  "", "", "", "l")
T("Intel 1/B/C (not to be shared with LA without OIC consent): cuckooing at Flat 12 Bevin House. Resident (M, 58, learning disability, known to ASC) has had local line 'Dizzy' operating from his flat since Sept. Two youths aged approx 15 seen coming and going. Resident told POI that they will 'smash up the flat' if he calls anyone.",
  "AV IT", "", "C", "h")
T("999: Female caller whispering, says she is locked in a room in a house near Green Street, the man took her phone but she has a second one. Does not know the address. Says he will come back tonight and 'finish her'. Line dropped. Trace requested.",
  "RM IS IT", "", "", "i")
T("Construction site, Stratford: Site manager reports that a subcontractor's labourers (Albanian) are paid in cash weekly, have CSCS cards and come and go independently. Wanted to check if that is OK as the cash arrangement worried him. Advice given re HMRC; no exploitation indicators.",
  "", "", "", "l")
T("Debrief (Eritrean male, 24): I came through Libya. In Calais a man said he would find me a job in UK, cleaning in a hotel, good money. Here I clean rooms in a hotel near Heathrow, 14 hours every day, no days off in three months. He gives me £40 every Friday, the rest he says is for the room and the debt. We are 7 in one room in his house.",
  "DE EO WW DB AC AV", "lh oc ncw", "L", "h")
T("Referral from Barnardo's: 16yo Albanian UASC placed in supported accommodation, went missing x3. Found in cannabis grow in Romford, said 'I owe the men for the journey, they know my family in Kukës'. Phone contains messages telling him where to go each night.",
  "AV DB IT", "", "C", "h")
T("someone is using my dads pension card he has dementia and his carer from the agency takes him to the cashpoint every week and keeps the money. i dont know who to tell",
  "", "ncw", "", "l")
T("Bank alert (Financial Crime): 11 debit cards in different names used at same ATM, Whitechapel Rd, between 02:10 and 02:25 on 3 consecutive nights. Accounts opened within 4 weeks of each other, all listing same address in Barking. Salary payments from labour agency 'TopStaff UK'. Pattern consistent with controlled accounts.",
  "WW", "mbc ncw", "L", "m")
T("Student (Chinese, 21) reports passport lost on Central line, possibly stolen. Crime ref issued for embassy replacement. No other concerns.", "", "", "", "l")
T("POI NGUYEN Van (DOB 11/07/1985) suspected of running 3 nail bars in Walthamstow/Leyton. INT 2/B/P: staff are young Vietnamese females who live above the salon on Hoe St, sleep on mats in the back room. Staff unpaid 'until the debt is cleared'. Grade for dissemination to GLAA.",
  "WW DB AC", "sw plc", "L", "m")
T("Midwife note: Booking appt, 19 yrs, Romanian. Partner attended and answered every question for her even when I addressed her directly. She did not know her own address. When partner left the room briefly she said 'I cannot go anywhere, he has my card and my passport'. Partner returned quickly. Safeguarding lead informed.",
  "RD IS RM", "sfw", "", "h")
T("Bloke outside the big house on The Bishops Avenue shouting at his cleaner in the driveway, she was crying. Might just be an argument but she was only wearing slippers in the rain and he pushed her back through the gate",
  "PV", "", "D", "m")
T("Licensing visit, takeaway on Romford Rd: Two kitchen staff, both with right to work, paid by BACS, rota shows 40 hr weeks. Kitchen hygiene poor — referred to environmental health. No labour abuse indicators.", "", "", "", "l")
T("NGO caseworker (Kalayaan): Ms R., Indonesian domestic worker who came with her employer on an overseas domestic worker visa. Worked 6am–midnight 7 days a week caring for 4 children and cleaning. Slept on the kitchen floor. Employer's wife kept her passport in a locked drawer. Was paid nothing in London; her salary was 'sent to her family' but her family says they received nothing for 8 months. Left when she was sent to take the bins out and a neighbour helped her.",
  "EO RD WW AC", "lh dt sw", "D", "h")
T("Fight outside the Jolly Sailor, two males arrested for s47 assault, both drunk, both local. CCTV seized.", "", "", "", "l")
T("Y10 boy (15) found in Southend with £400 cash and 20 wraps, says he was 'sent to do a shift' by older boys from Leyton. Has a county line phone. Mother says he has been going missing for days at a time and came back with a cut on his face.",
  "AV PV", "pa", "C", "h")
T("they make the men at the car wash wear the same clothes all week and they wash in the bucket, they live in a caravan behind the wall. its been months and they never go to the shops",
  "AC", "plc", "L", "m")
T("OIC handover: IP (Slovak, F, 31) now in safe house, NRM submitted. States she was recruited via Facebook by a woman offering packing job £9/hr. On arrival at Stansted was met, phone taken 'for new SIM', and brought to house in Dagenham where 12 people live. Agency pays wages into an account controlled by main suspect HORVATH; she gets £30/week. Transport to warehouse costs £15/day taken from her pay.",
  "DE IS WW AC", "iso oc ncw ct", "L", "h")
T("Woman at the bus stop asked me for money to get to Croydon, said her purse was stolen. Gave her £5, she seemed fine. Just letting you know in case its a scam.", "", "", "", "l")
T("Debrief (Nigerian F, 23, via interpreter): She says a 'madam' arranged her travel from Benin City, with a juju ceremony where she swore to pay €35,000 or she would go mad and die. She was told she would work in a hair salon. In London she was made to see men every night in a flat in Lewisham. The madam took all the money. She says the madam told her 'if you run, your little sister will pay'.",
  "DE DB WW IT AV", "ncw", "S", "h")
T("Report via Modern Slavery Helpline: caller's husband employs a man from Pakistan at his restaurant in Southall. Caller says the man sleeps in the storeroom, works every day from 10 until 2am and has not been paid since he arrived because husband says he owes money for his visa. Caller scared of husband.",
  "AC EO WW DB", "sw lh", "L", "h")
T("PCSO note: spoke to 3 Polish lads at the hostel on Cable St, all working on a site in Canary Wharf via agency, said pay is OK but late sometimes. Have their own documents, go out in the evenings. No concerns.", "", "", "", "l")
T("man at my door says hes from the council and wants to see inside my flat, no ID, he left when i asked for his name. reporting in case he comes back", "", "", "", "l")
T("Children's Services referral: 13yo girl in foster care reported by carer to be receiving gifts and cash from an adult male she met on Snapchat, who collects her from the end of the road late at night. She came back last Saturday with bruising to her arms and said 'he was only messing'.",
  "AV PV", "ce pa", "S", "i")
T("Tip: large detached house, Chigwell. Occupants own a fleet of cars. 2 Indian women seen hanging washing at 6am and still cleaning windows at 10pm. Never seen them leave the property. Delivery driver says one of them asked him in Hindi to 'call someone' but the lady of the house came out.",
  "EO", "lh", "D", "h")
T("Custody note: DP (Vietnamese M, apparent age 16-17) arrested at cannabis factory, Harold Hill. Found sleeping on mattress among plants, padlock on outside of front door, no key. Wiring bypassed, heat and fumes intense. Age disputed; treat as child. NRM referral and LA notified.",
  "AV RM AC", "sw", "C", "i")
T("Probation note: Service user (M, 38) on licence, now working on a farm in Kent through a friend. He says he gets paid weekly into his own bank, hours are long in harvest but he chooses overtime. Lives with partner. Appears settled.", "", "", "", "l")
T("INT 3/C/P: Unconfirmed that Albanian nominals SHEHU and HOXHA are supplying cannabis via 'Ticket' line into Basildon using local teens.", "AV", "", "C", "h")
T("Hotel manager (budget chain, Ilford) reports a man booking 3 rooms weekly on cash, different young women each week, all with very little luggage. Women do not speak English and the man talks to reception for them. High footfall of male visitors to the rooms overnight.",
  "", "fpe sfw", "S", "m")
T("My friend Oksana works as a carer in a home in Harrow. The owner makes her pay £2000 for the job, she pays for her own uniform and gloves and he holds her sponsorship over her, says he will report her to Home Office if she complains. She does 70 hours a week",
  "IT EO AV", "uf ppe lh fa", "L", "h")
T("Witness statement: I run the corner shop opposite the flats. Every morning about half five a minibus comes and about ten men get in. They all look exhausted. I've asked one of them once, he said they work in a recycling place in Rainham and they pay the driver £10 every day for the lift. He said they can't change job because the boss has their passports.",
  "RD", "ce ct dt pa", "L", "m")
T("Asked by school to check on Y7 boy (11) whose uncle collects him. Visited home, boy lives with aunt and uncle who are his guardians since parents died, room clean, attending school, happy. No concerns.", "", "", "", "l")
T("Op HORNET entry, 04/11 0600: 27 Hawthorn Ave. 6 females (Romanian x4, Hungarian x2) found in 3-bed house, all in bedrooms with beds only, condoms, 2 phones between them, no ID documents in house. Male ZAMFIR found with 6 ID cards in a bag and £4,200 cash. Online adverts linked to all 6 women. One female with bruising to face.",
  "RD PV AC", "dt pa fpe", "S", "h")
T("Neighbours say the man next door beats his wife, we hear it through the wall most weekends. She goes to work and the kids go to school. Please send someone",
  "", "", "", "l")
T("ASC referral: Mr D (44, homeless, alcohol dependent) approached outside soup kitchen by a man offering 'building work, room and food'. Seen 6 weeks later by outreach worker: thin, dirty, says he labours on driveways across Essex and Herts for 'a bit of tobacco and cans', sleeps in a horsebox on a traveller site, and 'can't get back' as he has no money and does not know where he is.",
  "AV DE WW AC IS", "pa plc iso", "L", "h")
T("A&E note: 29M, Polish, crush injury to left hand in food factory machine (Dagenham). Employer's HR manager attended with him, supportive. Has contract, full English. Injury reported via RIDDOR. Nil safeguarding.", "", "", "", "l")
T("Female, early 20s, Chinese, approached PC on Gerrard St crying, said in broken English 'no money, no passport, boss keep, I want go home'. Said she works in a massage parlour in Soho and lives there, sleeps on the massage table.",
  "RD WW", "dt sw", "S", "h")
T("Pls check out the car wash by the roundabout in Beckton the boys there are working in sandals in the freezing cold with chemicals and no gloves, someone told me they get 2 pound an hour and the boss keeps the rest",
  "AC WW", "", "L", "m")
T("Au pair (French, 19) called 101 to say her host family have been rude to her and she wants to leave early. Has her passport, family has paid her weekly pocket money as agreed. Advised to contact agency. No offences.", "", "", "", "l")
T("Intel 2/B/P: Cuckooed address Flat 4, Mallard Court. Occupant female, 62, heroin user. Gang members 'T-Boy' and 'Snoop' (Eritrean/British males, 17-19) giving her free gear in exchange for use of flat to bag up and store. Neighbours report she has been locked out of her own flat.",
  "AV", "", "C", "h")
T("This is a review on a nail salon page but posting here too: the girl doing my nails had a burn all down her arm and when I asked she looked at the man at the till and said nothing. He never takes his eyes off them. Dont go there",
  "", "pa sfw fa", "L", "m")
T("Council tenancy officer: Property in Plaistow, 2-bed flat, registered to one tenant. Inspection found 14 mattresses, 11 men present (Indian, Punjabi speaking). Said they work in a meat plant in Essex, 'the landlord takes our rent from the wages' and 'the uncle drives us'. Kitchen unusable, one toilet. HMO breach; modern slavery referral made.",
  "AC WW", "oc plc et ncw", "L", "h")
T("Noise complaint about neighbour's dog barking. Advice given.", "", "", "", "l")
T("Debrief (Sudanese M, 32): 'They told me in Khartoum that a man in London can buy a kidney, he will pay £8,000 and my family will be safe. I came with a visa they arranged. In the clinic they did tests on my blood. I became afraid and I ran. The man Adam phoned and said if I do not go back I still owe him the visa money and he knows where my brother lives.'",
  "DE DB IT AV", "", "O", "h")
T("Renal unit note: Patient (54M, British Pakistani) received living donor kidney from his brother at the Royal London, both assessed by HTA independent assessor, fully voluntary. No concerns.", "", "", "", "l")
T("Referral (school DSL): Y11 girl (16) says her stepdad 'arranged for me to marry my cousin in Pakistan this summer, I said I don't want to and he said I will be going whether I like it or not, he's already got my passport'. Forced Marriage Unit informed.",
  "AV RD", "dt", "", "h")
T("Farm in Lincolnshire (caller's cousin works there). Cousin says the gangmaster charges £300 for the job, £70 a week for a bed in a caravan with 6 others, and takes the money for the minibus. Whatever is left after deductions is about £50 a week. Cousin says they work 12 hours in the fields 7 days.",
  "WW EO AC", "uf oc ct lh", "L", "h")
T("Witness: Lady next door (Nigerian, 70s) has had a young girl living with her since summer, girl about 14, she isn't in school, I see her taking bins and doing shopping and the lady shouts at her constantly. Girl calls her 'Auntie'. I've never seen the girl go anywhere except the shop.",
  "AV", "", "D", "h")
T("POI IONESCU (DOB 21/06/1979) and wife run 'kids begging' operation at Oxford Circus and Marble Arch. 4 Roma children aged 7-12 dropped 0800 and collected 2200, takings counted in van. INT 2/B/P.",
  "AV EO WW", "ce ncw lh", "C", "h")
T("Caller says her ex-partner keeps turning up at her work and threatening to kill her new boyfriend. Domestic abuse, DASH risk medium, referral to IDVA.", "", "", "", "l")
T("Border Force, Luton: Two Albanian females (18, 19) travelling on genuine passports with male (35) who held both passports and their tickets and answered all questions for them. Women said they were coming to 'visit friend' but could not name the friend or the address. Return tickets not booked. Refused entry for male pending checks; females referred to Salvation Army.",
  "RD IS", "dt sfw", "", "m")
T("Safeguarding note: Mrs K (81) says her grandson takes her pension every week and gives her back £20. She is scared he will stop visiting. Adult safeguarding enquiry opened.",
  "", "ncw", "", "l")
T("We think the hotel on Bath Rd near Heathrow has trafficking going on. young girls arriving in taxis with old men, same man pays for the rooms, cleaning staff found a girl in school uniform crying in the corridor",
  "AV", "", "S", "h")
T("INT 1/A/P: Source reports Polish male 'Big Marek' recruits homeless men from Victoria coach station, brings them to farm near Maidstone, takes their bank cards and PINs, claims Universal Credit in their names and keeps all wages from the farm. Men sleep in a barn.",
  "AV WW AC", "ncw plc", "L C", "h")
T("Someone keeps ringing my phone saying I owe a parcel fee. Scam I think. Nothing else.", "", "", "", "l")
T("Housing officer: Ghanaian family of 5 in 1-bed flat, overcrowded due to housing shortage, both parents employed (NHS and TfL). Family on transfer list. No exploitation concerns, housing need only.", "", "", "", "l")
T("Debrief (Vietnamese F, 17): I was told I would work in a nail salon in England and go to school. I did nails 9 in the morning to 9 at night and cleaned the owner's house after. They said the trip cost £20,000, every month I pay but it does not get smaller. I was not allowed to go out alone, the owner's son walked me to the shop and back.",
  "AV DE EO DB RM", "lh et", "L D", "h")
T("Takeaway worker, Bangladeshi, 40s, attended police station to report his employer pays him £300 a week cash for 60 hrs. He wants advice on minimum wage. He lives in his own flat and is looking for another job. Referred to ACAS/HMRC.", "", "", "", "l")
T("Pop-up brothel suspected in short-let apartment, Canary Wharf (Airbnb). Concierge says a different woman every few days, a man brings food and collects cash, women never seen leaving. Adverts on Vivastreet use the building's photos.",
  "RM", "", "S", "h")
T("Officer handover: Visited 3 Albanian males at B&B in Enfield flagged by Home Office. All adults, claiming asylum, free to come and go, no one controlling them, no debts or work mentioned. NFA from MSHT perspective.", "", "", "", "l")
T("Witness (warehouse supervisor, agency staff): Some of the agency Romanians are always picked up by the same man, who has their payslips sent to his email. One of them told me in bad English 'he keep salary, I owe him for coming'. I told the agency but nothing happened.",
  "WW DB", "ncw ce", "L", "m")
T("he slaps her about, she is his cleaner and his wife watches. the girl is from Philippines and they got her over on a visa. I have seen bruises on her arm. She cant leave cos they got her papers",
  "PV RD", "pa dt", "D", "h")
T("Intel: Romanian male GHEORGHE controls 3 females selling sex in Ilford Lane area. Girls hand over all earnings at end of night. One girl reports he 'fines' them £200 for each missed night and the debt has reached £5k. 2/B/P",
  "WW DB", "ncw", "S", "m")
T("Teacher concern: Y8 (12) keeps falling asleep in class, says he works at his uncle's shop after school till late. Visited; shop is family-run, boy helps stacking shelves 1-2 hrs, parents present, doing homework there. Advice given about child employment bylaws. No exploitation.", "", "", "", "l")
T("Boat skipper (British) arrested Newlyn harbour — Filipino and Ghanaian crew report working 20 hr days, passports held by skipper, £200/month paid against contract of $1,000, threatened with being left in port without papers.",
  "EO RD WW IT", "lh dt", "L", "h")
T("Man with learning disabilities from our church has been 'staying' with a family who make him do all their gardening and building work and he has to sleep in the shed. He told the pastor he's not allowed back in the house after tea. They have his benefit card.",
  "AV AC RM", "plc ncw", "L", "h")
T("S136 detention, male in mental health crisis on Waterloo Bridge. Taken to place of safety. Not related to exploitation.", "", "", "", "l")
T("Debrief translated from Albanian: 'My boyfriend Ardi said we will marry in England. He paid the lorry. In London, he told me I owe him for everything and I must go with men. He keeps the money. He has photos of me he said he will send to my father.'",
  "DE DB WW IT", "ncw", "S", "h")
T("3/D/P: anonymous: children being used to sell drugs from chicken shop on Chatsworth Rd. Unverified.", "AV", "", "C", "h")
T("Report from cleaner at a block of short lets in Shoreditch: one flat has had the same three young women for two weeks, the host told me not to clean that flat, I saw mattresses on floor and lots of men's shoes at the door. The women asked me for bread.",
  "AC", "oc", "S", "m")
T("DC note: Interviewed staff at car wash on Green Lanes during joint op with Immigration. All 6 workers had right to work and payslips, own accommodation, employer paying NMW, workers confirmed they leave when they want and hold their own passports. Car wash busy but legit.", "", "", "", "l")
T("Child (Romanian, 10) found with adult male shoplifting from Primark Oxford St. Male not parent. Child had list of items and a foil-lined bag. Child says 'uncle' will hit him if he comes back with nothing.",
  "AV IT", "", "C", "i")
T("Bank SAR summary: Account of Ms L (Chinese national, student visa) receiving 40+ small transfers a day from different individuals, moved on within minutes. Customer told branch that a 'friend' has her card and online banking and paid her £300 to open the account.",
  "", "ncw", "C", "m")
T("Probation: PPO reports he has been 'offered' a place to stay by an older dealer who wants him to hold stuff and run to Hastings. He turned it down. Discussed risks, no exploitation at this stage.", "", "", "", "l")
T("Case note (New Pathways): Mr J, 35, Slovak Roma, learning difficulties. Brought to UK by his cousin who opened a bank account in his name, registered him for a job at a chicken factory, and collects his wages. Mr J is given food and cigarettes. Says cousin hit him with a belt when he asked for money. He shares a room with cousin's 4 children.",
  "AV WW PV AC", "ncw oc", "L", "h")
T("dude on the corner of my road is selling weed all day, the police never come. sort it out", "", "", "", "l")
T("Receptionist at dental practice: patient (F, 20s, Eastern European) came with a man who paid in cash and insisted on staying in the surgery. She had several broken teeth and bruises on her neck. When asked about injuries the man said she fell. She looked terrified.",
  "PV", "pa sfw fa", "", "h")
T("NGO Unseen helpline: Indian chef recruited on skilled worker visa for restaurant in Wembley. Paid agent £12,000 in India for the sponsorship. Restaurant pays salary in his account then makes him withdraw and hand back half in cash. Told he will be 'reported and deported' if he speaks out. Works 6 days 13 hours.",
  "WW IT EO AV", "uf lh fa", "L", "h")
T("Airbnb host reports guests left flat in a mess, lots of rubbish and broken furniture, suspects party. Civil matter.", "", "", "", "l")
T("Midwife: Ms A (Eritrean, 26) living with husband, attends all appointments on her own, has her own phone and bank card, attends ESOL. Anxious about asylum claim. No safeguarding concerns.", "", "", "", "l")
T("Intel log 2/C/P. Female (approx 15, white British) in company of males aged 20-30 at flat above betting shop, Barking Broadway, at 0300. Believed to be supplied with alcohol and cannabis. Nominal ASHRAF, Imran known for previous CSE.",
  "AV", "", "S", "i")
T("Statement (construction labourer, Polish, 45): The foreman from the agency took us on at £100 a day. After 3 weeks he said we must pay £60 a week for the house and £40 for the van and £35 for boots and helmet. First month he said pay comes next month. It never came. When Piotr complained two men came to the house and broke his nose.",
  "DE WW PV", "ppe ct", "L", "h")
T("Nail bar, Brixton: Trading standards check on chemicals. Staff (Vietnamese x3) all have documents, one is the owner's daughter, all paid by bank transfer. Ventilation poor, improvement notice served.", "", "", "", "l")
T("just saw 3 kids maybe 14 on the train to margate with big rucksacks and a man told them off for using their phones, he collected the phones in a bag. they looked nervous",
  "AV IS", "", "C", "h")
T("Debrief (Polish M, 58, alcohol dependence): Met 'Tomek' at a day centre in Hammersmith, he said there was work painting houses and a room. We were 9 in a house in Slough, locked at night. We worked on houses 7 in the morning to 8 at night. He gave us beer and sometimes £10. He kept my ID card for the bank. Once he kicked me when I was too sick to work.",
  "AV DE RM EO WW RD PV AC", "lh dt oc", "L", "h")
T("PC notes: Domestic servitude concern raised by embassy driver re a household in Belgravia. Spoke to house staff (Filipino x2, Ethiopian x1) privately with interpreter. All have own rooms, phones, weekly day off, passports held by themselves, paid monthly into own accounts. Concern not substantiated.", "", "", "", "l")
T("Referral (YOT): 14yo has been found in Norwich twice in a trap house with class A. Has a debt of £1,500 to his 'olders' after being robbed of a package (suspected staged). Told he must work it off on the line. Scarring to hand from a knife.",
  "AV DB PV", "pa", "C", "h")
T("Caller reports a man sleeping rough in the doorway of the closed Wilko on the High Rd, appears unwell. LAS informed. Welfare only.", "", "", "", "l")
T("Our lodger's brother works at a cafe in Tooting, he's paid less than minimum wage and the owner shouts a lot but he goes home every night and has just handed in his notice. Is that illegal?", "", "", "", "l")
T("INT 2/B/C (share with GLAA only): Chinese national WANG Lei recruits women via WeChat for 'massage therapist' jobs in London paying £3,000/month. Women end up in flats in Ealing and Hounslow providing sexual services, moved every 2 weeks, not told which town they are in.",
  "DE IS", "", "S", "m")
# ---------------- part 2 ----------------
T("Kalayaan referral: Ms S, Sri Lankan, 38, brought to London by a Gulf diplomat's family. She slept in the children's room on a mattress, was on call day and night, had one meal a day of leftovers. She was not given a key and the front door was alarmed. She had no phone and did not know the name of the street. 'Madam said if I go outside the police will put me in prison because I have no papers.'",
  "EO AC RM IS DE AV", "lh sw iso fa", "D", "h")
T("Intel 2/B/P: Organ broker known as 'Doctor Sami' approaching Syrian and Sudanese asylum seekers at hotel in Hillingdon offering £5,000-£10,000 for a kidney, with travel to Turkey arranged. At least one male (20s) said to have gone and returned unwell with a scar, and was paid £1,500.",
  "DE AV", "pa", "O", "h")
T("Shop keeper reports kids hanging around outside after school being loud. Asked for patrols. No other info.", "", "", "", "l")
T("Short-let concierge, Wembley Park: two apartments booked by the same man under different names. Cleaner found 9 sleeping bags in a 1-bed and a list of names and 'debt' figures on the fridge next to each name. Men leave at 5am in a minibus and return about 10pm. Said they work on a building site.",
  "DB AC EO", "oc ce et lh", "L", "h")
T("Victim statement: 'My name is Adriana. The man who brought me here told me I would be a waitress. The first night he said there was no job and I have to sleep with men. I said no. He locked me in the bathroom with no food for two days. After that I did what he said.'",
  "DE RM PV", "", "S", "h")
T("Call from agency worker (Lithuanian) complaining that her pay was short this week by 6 hours. She has raised it with the agency and they said it will be corrected next payroll. Advised ACAS. No other issues, she lives with her boyfriend and has her own account.", "", "", "", "l")
T("Midwife note: 17yo Roma girl, 28 wks, living with partner's family (partner 24). She cleans and cooks for 9 people, is not allowed to attend appointments without mother-in-law, who interprets. She has not been to school since arriving. MIL holds her ID 'to keep it safe'.",
  "AV RM RD EO", "sfw et", "D", "h")
T("IP interview summary (Border Force, Gatwick): Male, Indian, 31, arrived on visit visa. Stated he was going to a construction job in Leicester arranged by agent; paid agent INR 8 lakh which he borrowed from a moneylender at home. Agent's contact in UK holds his 'employment papers'. Given the debt, referred to NRM as potential victim; he consented.",
  "DB", "uf", "L", "m")
T("someone has left a dirty mattress and a load of bin bags in the alley behind the chicken shop again. fly tipping", "", "", "", "l")
T("Car wash, A13 Rainham: Visited during op. Manager (Kurdish) very cooperative. Six staff, all EU settled status or British, wages by bank, rota on wall with days off, staff live in rented rooms they chose. The fact that they work in the cold with water is just the job. No indicators.", "", "", "", "l")
T("SCHOOL DSL: Yr 9 boy says he has been told by an older boy that he 'owes' him £600 for a phone and trainers he was given. He's been asked to carry a bag to Luton. He refused so far but says 'they know where I live'. Shared with police.",
  "AV DB IT", "", "C", "h")
T("INT: the address at 40 Stanley Rd is being used as a brothel with Thai females. Men arrive after 10pm. No indications of coercion known. 3/C/P",
  "", "", "S", "m")
T("Witness statement (Polish builder): I worked with Andrei for a year for the same firm in Barnet. He was always paid same as me, had his own room. This month the boss paid us both a week late because the client didn't pay. That's all I know, I don't think anyone is a slave there.", "", "", "", "l")
T("Salvation Army: Mr H (Albanian, 22) was told by a friend of his cousin that there was a job at a car wash in London with a room. On arrival he was taken to a flat in Woolwich and told he must grow cannabis for 6 months to pay £15,000 for the lorry. He was kept inside and the men came every 3 days with food. He was beaten when the lights failed.",
  "DE DB RM PV", "", "C", "h")
T("Asylum hotel manager (Hounslow): noticed a man in a car outside each evening who collects 4 young male residents and drops them back at 6am. Residents refuse to discuss where they go, look very tired. One had a burn on his arm. Hotel staff worried.",
  "", "ce pa", "", "m")
T("Report via online form: My wife's cousin came from Romania to work for a man with a demolition company. He took her cousin's ID card and bank card and pays him £50 a week cash. The man has a big dog and says he will set it on anyone who tries to run. They live in a warehouse with no heating in Erith.",
  "RD WW IT AC", "dt ncw plc", "L", "h")
T("Welfare check on elderly man, neighbour hasn't seen him in 3 days. Found well, had been visiting his daughter. NFA.", "", "", "", "l")
T("Operation note: Warrant executed at nail salon, Hackney Rd. Two Vietnamese females (one appears 15-16) found sleeping in a loft storeroom above the salon. No beds, blankets on floor, a bucket as toilet. The younger one had been 'working for free to learn the trade' for a year. Owner TRAN detained.",
  "AV AC WW", "sw plc", "L", "i")
T("i clean for a family in hampstead and its fine really they pay me on time and i have my own room, sometimes the hours are long when they have parties but they pay extra. just wanted to say not every cleaner is a slave lol", "", "", "", "l")
T("POI 'BOSS' (Romanian, phone 07700 900431) organises teams of women to steal from high-end shops on Oxford St and in Westfield; INT 2/B/P shows women hand all goods to him and are given rent and food only, he threatens to report them to immigration if they stop.",
  "WW IT", "fa ncw", "C", "m")
T("Referral from housing: Eritrean woman (21), refugee status, living in HMO. Housing officer noticed landlord takes her Universal Credit directly and she cleans all the rooms in the HMO every day for 'rent'. She says landlord told her 'you have no choice, where will you go?'",
  "AV WW", "ncw", "D", "m")
T("Debrief (Chinese M, 45, via Mandarin interpreter): He says he worked in a takeaway in Romford for 4 years. He slept on a camp bed in the store room, worked 11am to 1am every day, had no days off except Chinese New Year. The boss gave him £400 a month and said the rest was being sent to his wife in Fujian, but his wife says nothing arrived. He says he never went anywhere because he had no papers and the boss said police would beat him.",
  "EO WW AC DE AV", "sw lh fa", "L", "h")
T("Gym owner, Bethnal Green, reports one of his personal trainers has lost his passport and is upset because his visa renewal is due. Advised to contact Home Office. No crime.", "", "", "", "l")
T("2/A/P: Albanian 'Mercedes' line from Islington to Ipswich — runners are 16 and 17, a local girl (15) is used to hold drugs internally. Lead runner reported assaulting the girl when she was short.",
  "AV PV", "", "C S", "h")
T("Hotel staff (Premier Inn, Stratford) found a 16 year old girl in a room booked by a 40yo man. She had been reported missing from care in Kent that morning. Man fled. Girl says he 'looks after her' and she has been staying with different men he sends her to.",
  "AV", "", "S", "i")
T("Farmer called in to report workers from another farm came to his gate asking for food, say their gangmaster has not paid them for 5 weeks and threatened them with a machete when they asked. They sleep in a polytunnel.",
  "WW IT AC", "plc", "L", "h")
T("PC Jones: spoke to man begging outside Sainsbury's Camden, British, 40s, says he sleeps at a hostel and begs to fund his habit, no one else involved, keeps his own money. Signposted to services.", "", "", "", "l")
T("There are girls in the flat opposite that never go out. A man in a black BMW comes every night and takes bags of money. I saw one girl at the window holding up a sign that said HELP. Please come now",
  "RM", "ncw", "S", "i")
T("Caseworker note (Medaille Trust): Ms P, Hungarian, 29. Recruited by her boyfriend who persuaded her to move to London. He arranged 'modelling' photoshoots that turned out to be escort adverts. She was told she owed him for the flat, clothes and flights. She handed over all her earnings. He hit her regularly and once burned her with a cigarette.",
  "DE DB WW PV", "ncw pa", "S", "h")
T("Noise complaint: music from the nail bar at the weekend. Staff seemed happy, turned it down. No issues.", "", "", "", "l")
T("Debrief via Tigrinya interpreter: He says that in Libya he was held in a warehouse and sold. He says smugglers told him he could pay for the boat to Italy by giving a kidney. He says he was operated on in a house and then put on the boat. He shows a scar on his side. In the UK he has no contact with the smugglers.",
  "PV AV", "pa", "O", "h")
T("Officer: attended domestic at 14 Pelham Rd. Female (Bengali) states husband controls all the money and takes her benefits. She is not made to work. DASH completed, high risk, MARAC referral. Not MSHT.",
  "", "ncw", "", "l")
T("Text to police: im 15 and my mums boyfriend makes me go to his mates house and they make me do stuff with them, he says if i tell anyone he will kick my mum out. i'm at his mates house now",
  "AV PV IT", "", "S", "i")
T("GLAA intel: Labour provider 'Fresh Hands Ltd' (unlicensed) supplying workers to salad packhouse in Lincolnshire and a bakery in Enfield. Workers charged £50 registration fee and £10/week for hi-vis and boots. Accommodation not provided. Workers paid by BACS into own accounts. Licensing offence under investigation; no forced labour reported.",
  "", "uf ppe", "", "l")
T("Local resident, Romford: 'every morning a van comes to the house next door at 4.30am and about 12 men get in, they come back at 11pm, there's just too many men for that house and the bins overflow. They look thin and never talk to anyone.'",
  "", "ce oc pa", "", "l")
T("Safeguarding referral (ASC): Mr B, 63, has autism, lives alone. A couple befriended him 2 years ago and moved into his flat. They now use his flat to store stolen goods and make him sign for parcels under his name. He sleeps on the sofa. He says the man pushed him against the wall when he asked them to go.",
  "AV PV AC", "", "C", "h")
T("Intel log 2/B/P. Nom DOGAN Ali (DOB 14/04/1982) owner of 3 barber shops, Green Lanes. Staff (Turkish/Kurdish males) are said to work 7 days 9am–10pm and sleep in the basement of the Harringay branch. Paid £200/week, no payslips.",
  "EO AC", "lh sw", "L", "h")
T("Missing person: 17yo female reported missing from home in Tower Hamlets. Found next day at friend's house. Return home interview: had argued with parents, no concerns of exploitation, no one else involved.", "", "", "", "l")
T("this sounds mad but there is a girl working at the launderette who sleeps there, she washes the clothes all night and in the day. she said her uncle keeps her money and she cant speak to her mum because he has her phone",
  "WW IS AC", "sw ncw iso", "L", "h")
T("Housing inspection (Newham private rented): 3-bed house, 7 adults all related (two families), each household has a tenancy. Crowded but consensual; landlord not connected to employment. No MS concerns.", "", "", "", "l")
T("Debrief (Vietnamese M, 16, through interpreter): He says he came in a lorry. In England he was given to a man who took him to a house in Bradford and said he owed £18,000. He watered plants and was not allowed to leave. The man showed him a video on his phone of a boy being beaten and said 'this is what happens if you run'. He was found when police raided.",
  "AV DB RM IT", "", "C", "h")
T("Hotel worker, Paddington: housekeeping manager complains that agency pays her £20 less than she's due for last month. Agency has told her to submit her timesheet again. Otherwise happy, has her own flat and contract.", "", "", "", "l")
T("Woman at foodbank (Nigerian, 40s) says she came on a visitor visa to care for her cousin's children and has been working in the house unpaid for 2 years. Cousin keeps her passport in his briefcase and says if she leaves he will tell the Home Office she overstayed. She is only allowed out to the foodbank and church.",
  "WW RD IT RM AV", "dt fa", "D", "h")
T("Intel: Pakistani male 'Bilal' using multiple identities to claim Universal Credit via 8 vulnerable men living at his HMO in Luton, men's bank cards kept in a tin in his car. Men work in a car wash he owns. 2/B/P",
  "AV WW", "mbc ncw", "L C", "m")
T("Member of public: The man in the corner flat asked me to help fill in a form because he can't read English. Nothing dodgy just letting u know he might need help from the council.", "", "", "", "l")
T("Referral from CAMHS: 14yo boy discloses he was 'groomed' through a gaming platform by a man who sent him money and then demanded he deliver packages in Croydon. Boy says man threatened to send nude photos of him to his school. He carried drugs 3 times.",
  "AV IT DE", "", "C S", "h")
T("Caller working at a hand car wash in Walthamstow says his boss hasn't paid him for 3 weeks and keeps saying 'next week'. He wants to leave but the boss has his passport as a 'deposit'. He sleeps in the back office. Caller frightened.",
  "WW RD AC", "dt sw fa", "L", "h")
T("Officer note: Welfare visit to 5 Slovak males on a construction job in Kingston after anonymous report. All have own documents, paid weekly into their own accounts, live in a rented house they chose, walk to the site. They said the report was from a neighbour upset about parking. No concerns.", "", "", "", "l")
T("Witness: Our family friend from Kerala came here as a nurse through a recruitment agency. Agency charged £10,000 upfront, then the care home said she must pay £8,000 more if she leaves before 3 years. They deduct money monthly. She is working 60 hour weeks because they are short.",
  "DB EO", "uf lh", "L", "h")
T("Romanian female (20) at A&E with partner, injury to wrist 'from falling'. Partner known on PNC for controlling prostitution. Female refused to discuss. Triage nurse observed she had no coat, no bag, no phone of her own.",
  "", "fpe pa sfw", "", "l")
T("Salvation Army: Mr K, British, 29, ex-serviceman, homeless. Met a man offering him work tarmacking driveways. Lived in a caravan on a site in Surrey with no water, worked 7 days a week from dawn, paid 'a fiver now and then'. The man's sons beat him when he was too slow. He escaped when working on a driveway and asked the householder for help.",
  "AV AC EO WW PV", "lh plc", "L", "h")
T("INT 2/B/P: Chinese female HUANG runs 'beauty' adverts on AdultWork for 6 different women at addresses in Bayswater and Marylebone. Bookings handled by HUANG by phone, women rotated weekly, believed to have their passports taken on arrival at Heathrow.",
  "RD IS", "dt", "S", "h")
T("Parent concern: My son (16) has a Saturday job at a car wash and comes home soaked and tired but paid £60 cash each Saturday. Is that ok? — Advised on child employment rules. No exploitation.", "", "", "", "l")
T("Adult safeguarding: Ms G (34, learning disability) discloses that her 'boyfriend' brings men to her flat and takes the money they pay him. She says she has to do it or he won't love her. He also has her bank card.",
  "AV WW", "ncw", "S", "h")
T("caller rang to say a man is sleeping in the cab of a lorry in the industrial estate for 3 nights now, he's polish and works at the yard but says he's fine and saving money. No concerns for his welfare expressed.", "", "", "", "l")
T("School nurse: Y10 girl (15) of Somali heritage disclosed she is to be taken to Somalia in the holidays to be married to a man of 35. Father has her passport. She says she 'will be killed if she says no'.",
  "AV RD IT", "dt", "", "h")
T("Council licensing (HMO) visit to 3-bed flat over a restaurant on Upper St: 8 kitchen workers found living there, provided by the restaurant, 2 per room with bunk beds, broken boiler. Workers said the rent is taken from their pay and they have to be on shift whenever the owner calls, sometimes 16 hours.",
  "AC EO", "oc plc lh", "L", "h")
T("My neighbour has a cannabis farm in his loft, i can smell it every day. He lives alone.", "", "", "", "l")
T("Referral (NHS interpreter): Patient (F, 25, Bulgarian) asked me in Bulgarian during an appointment to help her, said the man who brought her 'is the boss of my work and my life'. She cleans offices at night and packs boxes in the day for an agency, she sleeps 4 hours. The man receives her pay.",
  "WW EO", "ncw lh sfw", "L", "h")
T("DC notes: Op LANTERN. Suspect MALIK Tariq (DOB 09/11/1990) believed to be recruiting girls aged 13-15 from Ilford and Barking via Instagram, supplying alcohol and vapes and arranging 'parties' at short-let flats in Stratford where they are sexually abused by adult men.",
  "AV PV", "", "S", "h")
T("Neighbour says the Indian restaurant next door has staff sleeping upstairs. Officer visited: 2 staff rent the flat above with a tenancy, have their own keys, work 40h. Legit.", "", "", "", "l")
T("Witness (shop assistant, Leyton): A boy, maybe 13, comes in every day during school time and buys 20 sim cards and a pay as you go phone with cash. He says it's for his brother. Today a man waited outside in a car and took the bag off him.",
  "AV", "", "C", "h")
T("Debrief, Polish female (44): She says the agency in Poland promised her work in a hotel with a room. In London the agent took her ID to 'register her'. She worked in a hotel laundry 12 hours a day and the agent paid her nothing for 6 weeks, saying the first wages pay for her flight and room. She was living with 10 women in a house in Hayes.",
  "DE RD WW DB EO AC", "dt lh oc", "L", "h")
T("Public report: a really nice family in my street has an au pair who looks after the kids, i see her out with friends at weekends. just seen your poster on the bus and wanted to say thats not slavery is it? no i dont think so", "", "", "", "l")
T("Call: man at petrol station in Hackney says he was brought to the UK by an uncle and made to work in a factory but that was 5 years ago in Birmingham, he is now free and working legally and wants to report it. Referred to MSHT team for historic offence.",
  "", "", "L", "m")
T("Intel 1/B/C (C: not to be disclosed to suspects' employer): Slovak males working at a recycling plant in Dagenham, picked up 5am by the same white Sprinter from a house in Barking. Workers do not hold their bank cards; the driver uses them at the ATM on Friday. Workers paid £20 a week 'spending'.",
  "WW", "ce et mbc ncw", "L", "m")
T("Email from a restaurant owner: one of our waiters (Brazilian) says his previous employer still owes him his last payslip. Just asking how to help. He's working with us now and happy.", "", "", "", "l")
T("A&E: 16yo girl brought in by 'uncle' with severe abdominal pain, pregnant, no GP, no school, does not know her address. Uncle insists on staying. Girl said quietly she cleans for the family and is not allowed out. Police called by nurse.",
  "AV IS RM", "sfw", "D", "i")
T("2/B/P: Nail bar 'Glamour Nails', Tottenham — 4 female staff (Vietnamese) are dropped off at 8am by a man in a silver Toyota and collected at 9pm, 7 days. Staff do not handle cash or card payments.",
  "EO", "ce lh ncw", "L", "m")
T("Report: a friend from Ghana works for a family in Surrey as a nanny. When she arrived she left her passport in their safe because she was worried about losing it, but they gave it straight back when she asked and she keeps it herself now. She has a day off and gets her salary. Should I worry?",
  "", "", "", "l")
T("Debrief (Albanian F, 20): I met Elton online, he said he loved me and we would live in London. When I came he took my passport, put me in a flat in Hendon and made me work with men. He had another girl there too. He said if I go to police they will deport me and he will tell my father I am a prostitute.",
  "DE RD IT", "dt fa", "S", "h")
T("Caller reports a group of Roma women and children asking for money outside Liverpool Street station and shouting at people. Patrols attended: families begging together, adults with own children, no controller seen. Words of advice.", "", "", "", "l")
T("Officer handover: IP is 19, Vietnamese, found in a flat above a nail bar in Chingford. Said she owes £30k, has to work until it is paid, and 'Mr Hung' takes her salary. She was not allowed out alone and her phone was checked every night.",
  "DB WW RM IS", "", "L", "h")
T("Organ trafficking alert (NCA bulletin excerpt): Reports that a UK-based broker is advertising via social media to Nigerian young men, offering jobs in London but arranging kidney removal in a private clinic abroad for wealthy recipients. One victim (M, 21) says he was told it was 'medical tests for a work visa' and woke up missing a kidney.",
  "DE PV AV", "", "O", "h")
T("Man reports his bike stolen from outside the station. Crime report made.", "", "", "", "l")
T("A girl (looked about 14) got out of a taxi at the Travelodge with a much older man at 1am, she was crying and he had her by the arm. The reception didn't ask for ID. Room 214.",
  "AV PV", "", "S", "i")
T("Intel: Pakistani male KHAN Shahid recruiting Indian and Pakistani students to work 'cash in hand' in his warehouse. Students told they will lose visas if they complain, paid £3/hr, hours 60+/week during holidays. 2/C/P",
  "IT EO AV", "lh fa", "L", "h")
T("YOT worker: 16yo says he's been doing 'shotting' in Bournemouth for weeks, sleeps in a crack den there, they took his phone and gave him a work phone only. 'They said I'm in debt until the line's back in profit.'",
  "AV IS DB AC", "plc", "C", "h")
T("public report: the chinese takeaway on Burdett Rd the delivery drivers are all on ebikes and they look stressed and i heard the boss shouting. No other info", "", "", "", "l")
T("Caseworker (BAWSO): Ms E, Moroccan, 33, married a British man in Morocco. On arrival he took her passport and marriage certificate, did not let her leave the house, and made her cook and clean for his mother and 3 brothers from 5am. She was given no money and beaten when the food was late.",
  "RD RM EO WW PV DE", "dt lh", "D", "h")
T("Officer note: Report of girls selling sex on Dock Rd. Two women spoken to, both British, both said they work independently to fund their habit, no one takes their money. Signposted to outreach.", "", "", "", "l")
T("Statement (Filipino care worker, 41): The care agency brought 20 of us on sponsorship. We pay £120 a week each for a shared house. The agency gives us 80 hours' work some weeks and 10 hours other weeks. When I asked to transfer sponsor, the director said he will make sure my visa is cancelled and 'send me home with a debt'.",
  "IT", "fa", "L", "m")
T("Bank alert: same IP address used to log into 19 accounts at 3 different banks. Account holders Romanian nationals aged 19-23 who list the same address in Ilford. All salary credits from a cleaning contractor are withdrawn within an hour by one card holder.",
  "WW", "mbc ncw", "L", "m")
T("Concern: i think my cousin is being used by her boyfriend he makes her steal from shops and he takes everything she gets, she is on methadone and he buys her heroin if she brings enough",
  "AV WW", "ncw", "C", "m")
T("Police at short let in Southwark after neighbours complained of traffic: 2 Brazilian women working as escorts independently, own passports, they rent the flat together and keep their own earnings. Advice re safety. No exploitation identified.", "", "", "", "l")
T("DEBRIEF NOTES (interpreter Amharic): IP (F, 27, Ethiopian) says she worked for a family in Saudi Arabia then came with them to London. She says in London she was locked inside the flat when the family went out. She says she cooked and cleaned from 6 until 2 at night and was paid nothing in London. She says Madam hit her with a shoe. She ran when the door was left open.",
  "RM EO WW PV", "lh", "D", "h")
T("Public: the bloke at number 9 has 4 or 5 lads from Romania staying. They go to work in the morning in a van. Nothing wrong really just nosey neighbours asking me if i should report it", "", "", "", "l")
T("Police log: 2/B/P. Intelligence that woman from Ivory Coast (approx 30) is being kept by a family in Stratford as an unpaid cleaner and childminder. Said to sleep in the hallway and to have been told she owes the family for her flight. No contact with anyone outside.",
  "WW AC DB IS", "", "D", "h")
T("Officer note: Mr V (Romanian, 24) came into the station saying the men he works for at a car wash in Dagenham have told him that if he doesn't work tomorrow they will break his legs. He says he is free to walk around but scared.",
  "IT", "", "L", "m")
T("Referral from JCP work coach: claimant (M, 48, Polish) always attends with a 'friend' who speaks for him and holds his documents. Claimant's UC paid into an account the friend controls. Claimant looks unwell and unkempt.",
  "RD", "dt sfw ncw pa", "", "m")
T("GP: Mr N (24, Afghan) says he needs a medical certificate because his employer requires one. He works in a restaurant, has his own flat, is well. No concerns.", "", "", "", "l")
T("Private fostering enquiry: 12yo girl from Nigeria living with 'family friend' in Peckham, does all the housework, not registered at school, sleeps on the kitchen floor, has visible scars on her back. Family friend says girl is 'here for a better life'.",
  "AV AC PV", "pa sw", "D", "h")
T("Hotel (Heathrow Rd) duty manager reports: housekeeping staff supplied by agency say they are paid per room, £2 a room, and sometimes do 30 rooms in 10 hours. Staff say they can leave any time, have their own bank accounts and hold their own documents. Low pay concern passed to HMRC.",
  "", "", "", "l")
# ---------------- part 3 ----------------
T("Lads at the car wash get charged for their own gloves and boots, £25 off the first wage.", "", "ppe", "L", "m")
T("WHY DOES NOBODY DO ANYTHING ABOUT THE MASSAGE PLACE ON CHURCH ST!!! GIRLS LIVE IN THERE, THE SAME MAN LOCKS THE SHUTTER AT NIGHT WITH THEM INSIDE. I HAVE REPORTED 3 TIMES",
  "RM AC", "sw", "S", "i")
T("Prison officer note (HMP Pentonville): Vietnamese prisoner (says 17, recorded as 19) convicted of cannabis production told chaplain he was brought to the UK in a lorry, locked in the house with the plants and 'paid nothing, only food'. Says he still owes £22,000 and his family in Nghe An are being visited by the lenders. s45 defence may not have been considered. Referred to NRM.",
  "AV RM WW DB IT", "", "C", "h")
T("Taxi driver reports picking up 2 young women from Stansted with a man who kept their passports in his jacket and told them to stay quiet. Took them to a house in Leyton. He thought it was odd.",
  "RD", "dt", "", "m")
T("Press summary: Three men were jailed at Snaresbrook Crown Court for forcing 11 Polish men to work at their recycling business in east London. The victims, many of whom were homeless or alcohol dependent, were housed in a rat-infested house, paid as little as £10 a week and threatened with violence if they complained. Their bank accounts were controlled by the defendants.",
  "AV AC WW IT", "plc ncw", "L", "h")
T("Met a lady at the bus stop who said she has worked for a family for 10 years without being paid she looked really old and thin and was carrying heavy shopping. She said madam is kind but never pays her and she cannot go home.",
  "WW", "pa", "D", "m")
T("Caller's son (19) works in a warehouse via an agency and the agency charges him for transport every day, £8, which he says is expensive but he could get the bus if he wanted. He's thinking about leaving. Advice given.",
  "", "ct", "", "l")
T("Intel 2/B/P. 'Sara' (Albanian, 30s) manages 3 pop-up brothels in Airbnb flats in Canary Wharf and Greenwich. Women flown in from Tirana for 2 weeks at a time, told they were coming as hostesses. Women's phones collected on arrival and returned at the airport.",
  "DE IS", "", "S", "h")
T("School referral: Year 5 child (9) regularly late and hungry. Mum works two jobs as a cleaner. Visited: single mum, struggling financially, no exploitation. Family support referral.", "", "", "", "l")
T("A woman has knocked at my door twice saying she's escaped from a house where she was a maid and asked to use my phone, she speaks only a little English. She's sitting in my kitchen now. She has cuts on her hands and says 'they will come for me'.",
  "PV IT", "pa", "D", "i")
T("GLAA: Shellfish gangmaster in Morecambe area — workers (Chinese) charged £1,500 'introduction fee' each and transport £20/day to the beds. Pay in cash by gangmaster after deductions, workers get about £100 for a 6-day week. Workers living 14 in a 3-bed house rented by gangmaster.",
  "WW AC", "uf ct oc ncw", "L", "h")
T("999 call 01:12: Male caller, Romanian accent, says he and 4 others are locked in a van at the back of a farm near Wisbech. The gangmaster is drunk and has hit one of them with a spade. 'He says he will kill us if we call police'.",
  "RM PV IT", "", "L", "i")
T("Friend of mine works at a nail bar in Croydon and she loves it, her boss is Vietnamese and pays her fair. Not everyone is trafficked, please stop harassing them!!!", "", "", "", "l")
T("Ward note: patient (M, 36, Romanian) admitted with sepsis from untreated foot wound. Says he works on a building site but 'boss' did not allow him to see a doctor and took his phone so he 'would not waste time'. Boss visited and tried to discharge him. Security aware.",
  "IS AC", "", "L", "h")
T("Spoke to the owner of the Turkish restaurant — staff have asked to sleep in the restaurant during Ramadan as they finish late and live far. Owner has agreed, they have homes. Not exploitation.", "", "", "", "l")
T("Debrief (Eritrean M, 17) via interpreter: He says he was told in Sudan that he could pay for the journey by 'giving a kidney when he arrives'. In London a man met him and took him to a clinic for blood tests. He says the man kept his phone and said he owed £6,000. He ran away from the flat in Edmonton and went to a church.",
  "AV DB IS", "", "O", "h")
T("Neighbour dispute — the couple next door keep parking across my drive. They have lots of relatives staying. Not sure if that's allowed.", "", "", "", "l")
T("2/C/P: Bengali nominal CHOWDHURY allegedly brings young men from Sylhet on student visas to work in his restaurants in Brick Lane; INT suggests they pay £15k for the visa, have to work 'until they pay back', 70+ hours, and sleep over the restaurant.",
  "DB EO AC", "uf lh sw", "L", "h")
T("my sister is 14 and she keeps getting picked up at 11pm by a man in a merc and comes home at 6am, she has 3 phones and money. she wont talk to me",
  "AV", "ce", "S", "h")
T("Officer note: followed up anonymous report of 'trafficked boys' at a car wash in Barking. Owner showed contracts, payslips, DBS; workers' accommodation is a house they share and rent themselves; they stated they are not in debt to anyone. No indicators found, will advise GLAA anyway.", "", "", "", "l")
T("Witness statement: I am a delivery driver. When I deliver to the house on Winchester Rd a young girl answers the door. She has asked me twice in Urdu to help her, saying they make her work all day and she is not allowed to call her parents. The second time an older woman pulled her back and shut the door.",
  "EO IS RM", "lh iso", "D", "h")
T("Bank: 23 accounts opened at branches in Romford and Ilford by Romanian males aged 18-25 in 3 weeks, each accompanied by same man (mobile 07700 900812) who did all the talking and supplied utility bills from the same address. Cards sent to that address.",
  "", "sfw mbc", "", "l")
T("Financial crime: Elderly customer (89) has transferred £45k to an online 'boyfriend'. Romance fraud, not modern slavery.", "", "", "", "l")
T("caseworker (Refugee Council): client (Syrian, 23) worked in a barbers 6 days a week, paid £150, low pay but he got it in his hand, went home every night, and has now found a better job. He asked if he could claim the minimum wage back. No MS concerns.", "", "", "", "l")
T("Migrant Help: Vietnamese woman (30) came on a work visa as a nail technician. Employer in Harlow pays her salary into her account then drives her to the bank to withdraw it and 'pay back' her sponsorship. She lives above the shop with 3 others and works 10am-8pm 7 days.",
  "WW EO AC", "lh sw oc", "L", "h")
T("INT: intelligence suggests two Romanian sisters (16 and 18) being sold for sex at a flat in Plaistow by the older sister's boyfriend. Younger sister not in school. 2/B/P",
  "AV", "", "S", "h")
T("Shoplifting, Westfield: 3 Romanian women detained with bags of stolen cosmetics. Later interviews: one (22) said a man drives them to different shopping centres each day and they must bring £500 of goods, or he 'fines' them and they owe him more for the room. Their ID cards are with him.",
  "DB RD", "dt et", "C", "h")
T("Report from a cleaner at an Airbnb in Stratford: 'I was told to clean the flat but leave the locked bedroom. I heard someone in there crying and a woman's voice said help in Spanish'.",
  "RM", "", "", "i")
T("POI HAXHIU Dritan (DOB 02/03/1993). Albanian. Suspected to control cannabis grows in Harold Wood and Hornchurch. Gardeners brought from Calais, told they would work in a car wash. Kept in the grow house, food left weekly.",
  "DE RM", "", "C", "h")
T("Handover: Officers attended a fishing vessel in Brixham after crew member (Ghanaian) contacted a mission charity. He says he has not been ashore for 7 months, skipper holds passports, pay of $500/month has not been received since January. Crew have been working shifts of up to 20 hours.",
  "RM RD WW EO", "dt lh", "L", "h")
T("hi i am writing for my friend, she is from Philippines she work for arab family in kensington, they take her passport and she can not go out, madam hit her yesterday and she is scared. she message me at night when they sleep. she works from 6 to 1 in night",
  "RD RM PV EO", "dt lh fa", "D", "h")
T("Care home manager called to ask for a welfare check on a former employee (Zimbabwean) who left suddenly. Officer found her well, she moved to another care home for better pay. No issues.", "", "", "", "l")
T("Farm inspection (Herefordshire). 120 seasonal workers on the Seasonal Worker visa, caravans clean and heated, 4 per caravan, workers hold their passports, minimum wage and piece rate above it, free shuttle to town twice weekly. Minor issue: one scheme operator's fees unclear, to be followed up.", "", "", "", "l")
T("Intel 2/B/C: Indian national MEHTA operating a 'cleaning agency' supplying Gujarati women to private homes in Harrow and Wembley; women's visas paid by MEHTA who 'recovers costs' from wages; women live in MEHTA's house with 9 others and are driven to and from the homes.",
  "DB AC", "oc et", "D", "h")
T("DSL referral: Year 11 (16) disclosed that her 'boyfriend' (22) has made her have sex with his friends to 'pay back' money he says she owes him for clothes and a phone. He shared an intimate video of her to show what he can do.",
  "AV PV DB IT", "", "S", "h")
T("I work at a chicken shop and the owner pays us cash. I've been paid late this month because he said the business is quiet. Is that allowed? I can quit any time, I just want my money.", "", "", "", "l")
T("Officer: vehicle stop on A406, VW Transporter with 11 men in the back, no seats, driver (Lithuanian) says taking workers to a site. Workers say they pay him £10/day for transport and live in a house he rents. Driver took their answers off them and spoke over everyone.",
  "AC", "ct sfw oc", "L", "m")
T("Debrief (Chinese F, 38): I answered an advert in Chinese newspaper for a waitress in London. A lady met me and took me to a flat and said I must do massage. The door had a code, I did not know the code. They took half my money and then more for 'advertising' and rent so I had nothing.",
  "DE RM WW", "", "S", "h")
T("Child Protection conference minutes (extract): Child M (14) — Father (employed, construction) and mother attend. Concerns around neglect, school attendance and hygiene. No concerns regarding exploitation were identified and police have no intelligence of criminal exploitation.", "", "", "", "l")
T("INT 3/C/P: 'Kebab shop on Cranbrook Rd is a front and the lads working there live in a container in the yard and aren't allowed to leave'. Unverified anonymous.",
  "RM AC", "plc", "L", "h")
T("Nan's carer is from Ghana and works ridiculous hours but she says the agency pays her overtime and she's saving for a house. No worries there just wanted to say she's brilliant.", "", "", "", "l")
T("Outreach note: Polish rough sleeper (Krzysztof, 52) says a man in a van came to the soup run last week offering £50 a day for labouring and a room. He declined. Warned other clients. Man's VRM noted as AB12 XYZ (partial).", "", "", "", "l")
T("Victim account (translated from Romanian): 'They told me there was a job in a bakery in London, €1,200 a month. When we arrived Cosmin said we have a debt of £1,000 each for transport and the room. The bakery paid the money on a card but Cosmin had the card. Every week he told me the debt is bigger because of food. When I said I want to go home he held a knife to my face.'",
  "DE DB WW PV IT", "ncw", "L", "h")
T("Licensing officer: inspected late-night takeaway, found a man asleep on cardboard behind the fryers at 11am. Says he is the cook, has been 'staying here a while', did not want to say more. Owner said he is a relative.",
  "", "sw", "L", "m")
T("Online: young guys on bikes deliver food in my area and one of them told me he rents the account of someone else and pays them £80 a week. he seemed ok just struggling", "", "", "", "l")
T("ASC: Mrs O (71, dementia) has a live-in carer (Zimbabwean, 45). Family concerned carer is working 24/7 with no break and no days off, is paid £300 a month by the family's 'agency' contact, and sleeps on a chair in Mrs O's room. Carer said she cannot leave because the contact holds her visa paperwork.",
  "EO WW AC RD", "lh sw dt", "L D", "h")
T("DOMESTIC: female states husband took her phone and won't let her see friends. No work or earnings involved, she cares for their children. DA referral. Not MSHT.",
  "", "", "", "l")
T("Teacher: A Y8 Roma boy (13) told his teacher that on Saturdays he goes with his uncle to 'collect metal' and breaks into garages. He said if he doesn't go his uncle beats him.",
  "AV PV", "", "C", "h")
T("999: woman says a man is outside her flat with a machete saying she owes him for the rent of the flat where she works with clients, and she must open the door or he'll kill her tonight. She is with another girl inside. Police en route.",
  "IT DB", "", "S", "i")
T("PC note: Man (Indian, 60s) found wandering lost near Southall Broadway, dementia. Returned to family. Nothing further.", "", "", "", "l")
T("Intel 1/B/P: Nigerian female OSAGIE recruits girls from Edo State for 'church work' in London. On arrival girls are placed with families in south London as unpaid nannies or sent to 'madams' for sex work. Ceremony oaths used to bind them to debts of £25k-£40k.",
  "DE DB WW AV", "", "D S", "h")
T("Neighbour concern that a lad next door (18) keeps getting visits from the police. No exploitation indicated — he has a youth conditional caution for criminal damage.", "", "", "", "l")
T("Caller (hotel night porter, Bayswater) says guests in room 31 are a man and three young women who arrived with one small bag between them. The man asked for extra keys and keeps them. Women told porter in broken English they are 'not allowed'.",
  "RM", "fpe sfw", "", "h")
T("I was promised a driving job in London by a man in Poland but it was a car wash and he took £200 out of my first wage for the bus. He said I can leave if I want and I did the next week. Just saying so other people don't get tricked.",
  "DE", "ct", "L", "m")
T("Albanian male (17), UASC, disclosed to social worker that men in a car waited outside his foster home and told him he still owes them £8,000 and 'they know where his foster carers live'. He has been going missing and coming back with new clothes.",
  "AV DB IT", "", "C", "h")
T("Retail manager (Westfield) reports a man bringing 4 teenage girls into the store each day; they shoplift and hand the bags to him in the car park. Girls look about 13-15.",
  "AV", "", "C", "i")
T("Caseworker note: Ms L, Thai, 40, says she worked in a 'massage' business in Reading. She says the owner lets her keep 60% of her earnings, she has her passport and she lives in her own room. She wants to stop and claim asylum. No exploitation disclosed.", "", "", "", "l")
T("GLAA inspection (food factory, Park Royal): 340 agency workers. 3 workers found with identical bank details on payroll. When interviewed separately, all three said 'the landlord' has their cards and gives them £40 a week. All three live at the same address with 8 others.",
  "WW", "ncw oc mbc", "L", "m")
T("Public report: my brother went to London to work in construction for a Slovak man. He has not called for 2 months. The man said he is fine and busy but won't let us talk to him. We are scared.",
  "IS", "sfw", "L", "m")
T("INT 2/B/P. Slovak nominal BALOG recruiting Roma families in Kosice offering factory jobs in Leicester; families find themselves 10 to a house owned by BALOG who takes their wages 'for rent' and registers false benefit claims in their names.",
  "DE AC WW", "oc ncw", "L C", "h")
T("Park warden: a group of young men camping in the woods near the golf course. Spoke to them — they are Romanian, working cash jobs, say they have no money for a room. No one controlling them. Referred to outreach.", "", "", "", "l")
T("Debrief (F, 22, Lithuanian): She says her ex-partner forced her to marry a Pakistani man for money so he could get a visa. She was kept in a flat in Bradford for months and raped by the man she 'married'. Her ex-partner kept the £10,000.",
  "PV RM AV", "", "S", "h")
T("NHS renal nurse: patient (61M) asked whether he could 'buy a kidney from abroad' to skip the waiting list. Advised this is illegal. No evidence anyone is being exploited — note for awareness only.", "", "", "", "l")
T("Intel 2/B/P: Moldovan 'Vlad' organises kidney sales: recruits indebted men from Chisinau via Telegram, flies them to London for tests at a private clinic and then to a clinic in Turkey. Donors promised €12,000, paid €3,000. One donor says Vlad threatened his wife when he tried to withdraw.",
  "DE WW IT AV", "", "O", "h")
T("Boy 15 got arrested in Ipswich with drugs and says its his own, his mum in Tottenham says hes been getting calls at all hours and someone gave him a new phone. possible CCE",
  "AV", "", "C", "h")
T("Caller: my husband's employer, a construction firm, hasn't paid him for his last 2 weeks and went bust. He's got a new job now. How do we get the money?", "", "", "", "l")
T("Hotel safeguarding log (Ibis, Wembley): Housekeeping found a young woman in a room who said she hadn't eaten for two days and a man who comes each day takes her money. She did not want police. Duty to Notify considered.",
  "WW AC", "", "S", "h")
T("PCSO: Told by shop owner that a Romanian woman sits outside Lidl begging daily, dropped at 8 by a man in a Golf and picked up at 6. Spoke to her: said the man is her husband and they share the money, she is not scared. No indicators beyond the drop-off.",
  "", "ce", "", "l")
T("Social worker: 16yo Vietnamese girl found working in a nail salon in Stevenage, says 'Aunty' brought her from Vietnam, she lives in Aunty's house, works every day, and does not go to school. Aunty answers for her and has her passport.",
  "AV RD EO", "sfw dt lh", "L", "i")
T("Report: A man sells phones on the market, he seems to employ Bulgarian boys who sleep in his van. I have seen him slap one of them.",
  "PV AC", "sw", "L", "h")
T("3/C/C (C: source protection — do not disclose): Construction crew (Brazilian) on a luxury refurb in Chelsea are on site 6am-10pm, 7 days, living in the basement of the house being refurbished. Contractor said to pay them monthly 'when the client pays' — not paid for 3 months.",
  "EO AC WW", "lh sw", "L", "h")
T("I saw a news story about slavery in car washes and my local car wash has men from Albania. But I know them, they're really friendly and tell me about their families, they take holidays back home. Probably nothing.", "", "", "", "l")
T("NRM referral summary: Male, Sudanese, 28. In Libya he was told to pay for his boat crossing by selling his kidney; operation carried out in Tripoli. Arrived UK via small boat. Has ongoing pain and fear of the network. Referral made for organ harvesting.",
  "AV PV", "pa fa", "O", "h")
T("Public report (Crimestoppers): The man who runs the takeaway on Station Rd makes his nephew (about 15) work every night till 2am and the boy doesn't go to school. The man hits him if he's slow.",
  "AV EO PV", "lh", "L", "h")
T("Au pair (Spanish, 20) says host dad shouted at her once and she felt uncomfortable. She has since left the family and moved in with friends. No offences, no exploitation.", "", "", "", "l")
T("Debrief (Pakistani M, 26): The agent in Lahore promised me a care worker visa and a job in a care home for £13,000 which my family borrowed. The care home never existed. In London I was sent to work in a warehouse for cash, £200 a week for 6 days, and the agent takes £100 of it for the loan. He says if I stop paying he will send people to my father.",
  "DE DB WW IT AV", "uf", "L", "h")
T("Concern: my elderly neighbour's grandson's friends are using her flat to sell drugs, she's scared but they say they'll look after her. She says she doesn't want them there.",
  "AV", "", "C", "m")
T("Landlord called: tenant (Chinese) has vanished without paying rent, left belongings. Not a crime, civil matter. NFA.", "", "", "", "l")
T("Witness: I was at the recycling yard and saw the gaffer hit one of the Polish lads with a pipe because he was sitting down. The lads sleep in the containers there. They looked scared of me when I tried to talk to them.",
  "PV AC", "sw fa", "L", "h")
T("S&N police intel log 2/B/P: Female 'Lena' (Ukrainian, 24) advertised on escort site with 4 different London numbers. Adverts all posted by the same account from one IP. Test purchase: female said she cannot go out, 'the boss has my documents'.",
  "RM RD", "dt", "S", "h")
T("Community officer: visited a gurdwara after report that men sleeping there were being exploited. Men are volunteers and visitors given free langar and shelter, none working for anyone. Report unfounded.", "", "", "", "l")
T("We are told she is 'like one of the family' but she sleeps in the utility room, eats after everyone and hasn't had a day off in 2 years. She's from Sri Lanka. She told me her salary goes to the husband's brother 'to send home'.",
  "AC EO WW", "lh sw ncw", "D", "h")
T("Student (Indian, 22) came to the front counter: employer at a warehouse hasn't paid her final week and the agency blocks her calls. She has another job now and just wants the money. Advised ACAS/Employment tribunal.", "", "", "", "l")
T("Referral from YMCA: 19yo man with learning difficulties is being 'employed' by a local dealer to store drugs in his room and run errands in return for cigarettes. He says the dealer hit him when he lost a package.",
  "AV PV WW", "", "C", "h")
T("Intel: Short-let flat at Royal Docks used as a 'safe house' for 6 Vietnamese nationals awaiting placement. Occupants not permitted outside, food delivered by Deliveroo, phones taken by handler. 2/B/P",
  "RM IS", "", "", "i")
T("MASH strategy discussion: 15yo Eritrean boy, UASC, placed in a hotel in Croydon by the Home Office. Found working in a car wash in Thornton Heath 'to pay' a man who helped him in Calais. He says he earns nothing as the man takes it, and the man tells him the Home Office will send him back if he talks.",
  "AV WW DB IT", "fa ncw", "L", "h")
T("Caller complains the car wash on the corner leaves water all over the pavement and it freezes. Environmental health matter.", "", "", "", "l")
T("Visa issue: Mr S (Bangladeshi) overstayed his student visa; he works cash-in-hand at a grocery shop with normal hours, he keeps his pay and his passport, and is scared of removal. Immigration advice only.", "", "", "", "l")
T("Intel 2/B/P: ZHOU (Chinese M, 50) said to run a factory making clothing in a unit in Tottenham Hale. Staff (Chinese females) locked in from 8am to 11pm, sleep on the factory floor, paid per piece amounts well below minimum and told they owe for their travel.",
  "RM EO AC DB", "sw lh", "L", "h")
T("Gardener for a big house in Virginia Water says the nanny there (Filipina) told him she hasn't been paid in 5 months and isn't allowed to phone home except when the family is present. He gave her his number.",
  "WW IS", "", "D", "h")
T("Hi i would like to report that my old employer the hotel didnt give me my holiday pay when i left. thank you", "", "", "", "l")
T("HMO raid (Ilford): 17 men (Indian) in a 4-bed house. Each pays £250/month to landlord who is also their employer at a packing warehouse. Fire exits blocked. Men have their passports and bank cards, walk to work, say hours are normal. HMO prosecution, no MS offences identified.", "", "oc plc", "", "l")
T("POI TIWARI, Sunil (DOB 17/09/1976) allegedly brings 'relatives' from Nepal to work in his Wembley restaurants, pays them into his own account, and has moved them between 3 addresses. INT 2/C/P",
  "WW", "ncw", "L", "m")
T("The girl next door hasnt been to school in months and cleans her step mums house all day and looks after the babies, she told my daughter shes not allowed out and gets hit with a belt. She is 12",
  "AV RM PV", "", "D", "i")
T("Drop-in at the Salvation Army hub: Ms D, Romanian, 38. Left a 'job' at a cleaning company where the manager photocopied her ID card for the right-to-work check and handed it straight back. She was paid each week into her own account and now works elsewhere. She wanted advice on her rights.",
  "", "", "", "l")
T("Custody: Albanian (19) arrested at a cannabis factory in Slough, says 'I am the gardener, they pay me £1000 a month'. No indicators given; he says he came voluntarily and was free to go home at weekends. Interview continues.",
  "", "", "", "l")
T("Child at risk: 16yo in care, went missing 4 days, found in a flat in Luton with adult males and class A. Says she 'owes' them for the drugs she was given. Had bruising to her wrists.",
  "AV DB PV", "pa", "S C", "i")
T("Debrief note: IP (Vietnamese F, 24) worked in a nail salon in Manchester owned by a woman who kept her passport, paid her £50 a week and told her her mother would be 'in trouble' if she left. She slept on the floor of the shop with two others.",
  "RD WW IT AC", "dt sw", "L", "h")
T("Member of public: a van keeps parking outside the mosque at 5am and men from all sorts of countries get in. Probably just a building firm, I asked one and he said he's paid well and he's happy. Just curious.", "", "", "", "l")
T("Officer: Spoke to a Sudanese man at the asylum hotel in Hillingdon who said a man had offered him money for his kidney but he refused and has not heard from him again. Intel submitted. No exploitation has taken place.", "", "", "", "l")
T("Case summary (prosecution): D1 recruited 5 Slovak men with mild learning disabilities, promised work in a factory. D1 took their passports, made them sleep in a garage, and beat them when they refused to work. They worked 14-hour shifts and received no pay. Convicted under s1 MSA.",
  "AV DE RD AC PV EO WW", "dt sw lh", "L", "h")
T("Note (GP practice manager): patient brought by employer to register, employer insisted on holding patient's documents and completing forms. Patient (F, 30, Filipina, domestic worker) quiet, no English. Patient's registration completed; further contact attempted.",
  "RD", "dt sfw", "D", "m")
T("Teenager (17) working weekends at a garden centre is upset about being told off. Parent called. No offences.", "", "", "", "l")
T("Statement (Romanian man, 27): I worked at a hand car wash in Enfield. They told me £60 a day. After one month the boss gave me £200 and said the rest is for the room and the debt for my bus ticket from Romania. We slept 8 in a room above a shop. When I said I will go to police, he said he has friends in police and my family in Romania will have problems.",
  "DE WW DB AC IT", "oc", "L", "h")
T("Intel 1/A/P: 'Cheese' line (Leyton → Southend) using a cuckooed flat of a 45yo female with mental health issues. Runners aged 14-16 sleep at the flat for a week at a time and are not allowed to leave until the stock is sold.",
  "AV RM", "", "C", "i")
T("A friend told me that in a nice house in Holland Park there's a maid who is made to sleep in the laundry and never has a day off, and they shout at her, but I haven't seen it myself.",
  "AC EO", "sw lh", "D", "h")
T("Debrief (Romanian F, 26): 'I did not know what city I was in. They moved us every week, Luton, Slough, London. I had no phone, I could not call my mother for one year.'",
  "IS", "", "S", "h")
T("Man at the bus depot with nothing but a carrier bag, says his boss from the farm left him here after he hurt his back and kept his last month's pay. No phone, no money, speaks only Bulgarian.",
  "WW", "fpe", "L", "m")
T("PC note: Lithuanian woman (34) reported her employer at a packing plant for making her work through her break. Spoke to HR, resolved, she's on a standard contract, paid properly and lives with her family. No MS indicators.", "", "", "", "l")
T("Intel 2/B/P: Kurdish male 'Azad' runs a car wash in Edmonton; workers (Iraqi Kurds, some under 18) are not allowed to speak to customers, their phones are kept in the office during shifts and they live in a flat he owns whose address they do not know.",
  "AV IS", "", "L", "h")
T("Rant: THESE NAIL BARS ARE EVERYWHERE NOW AND THE GIRLS LOOK LIKE KIDS, ONE IN MY ROAD HAS A GIRL WHO SLEEPS THERE AND THE OWNER TOOK HER PHONE AWAY, SHE SAID SHE HASNT SPOKEN TO HER FAMILY IN VIETNAM SINCE SHE CAME",
  "IS", "sw", "L", "h")
T("Press summary: A couple from Hertfordshire were convicted of holding a woman from Tanzania as a domestic slave for 4 years. She was made to work 18 hours a day, paid nothing, had her passport taken and was told she would be arrested if she went outside.",
  "EO WW RD IT DE", "lh dt fa", "D", "h")
# ---------------- part 4: long multi-paragraph texts and one-liners ----------------
T("""MASH NOTE — OFFICIAL-SENSITIVE

Referral received from St Anne's Primary re: sibling group (ages 6, 9 and 11), family of Romanian heritage, address on Barking Rd. School report that attendance has dropped to 61% this term and the eldest child has been seen on two weekday mornings near Ilford station with an adult male who is not known to the school.

Home visit completed by SW Patel with Romanian interpreter. Mother present; father works nights as a delivery driver. Home adequately furnished, food in cupboards, children's beds and clothes present. Mother explained the male at the station is her brother, who takes the eldest to a dental clinic in Ilford for orthodontic treatment (letters seen). Children spoken to separately and presented as relaxed; none described being asked to beg, steal or carry anything.

Police checks: no intelligence on either parent or the uncle. No indicators of criminal or other exploitation identified. Outcome: attendance plan via school; Early Help offered and accepted. Case closed to MASH.""", "", "", "", "l")
T("""Intelligence report 2/B/P — Op KESTREL

1. Intelligence indicates that a labour provider trading as 'Prime Build Solutions' (director: DUMITRU, Florin, DOB 12/08/1984) is supplying Romanian and Moldovan labourers to residential construction sites in Barnet, Brent and Harrow.

2. Workers are recruited in Bacau through Facebook adverts offering £120/day, accommodation included. On arrival at Luton they are met by DUMITRU's driver, who collects their identity cards 'for site registration'. The cards are not returned.

3. Workers are housed at 3 addresses in Colindale (up to 14 per house). £90/week rent, £15/day transport, and £60 for boots, hi-vis and a helmet are deducted. Workers report receiving £100-£150 per fortnight in cash.

4. Source reports one worker (M, approx 50) was struck with a spirit level by the site foreman after falling asleep on a scaffold following a 16-hour shift. He has not been seen since.

5. Workers are transported to sites at 05:30 and collected at 20:30.""",
  "DE RD WW AC PV EO", "dt oc ct ppe ce lh et", "L", "h")
T("""Victim account, taken by DC Hughes with a Vietnamese interpreter, 3 hours.

She says she is 16. In Vietnam a woman from a neighbouring village told her family she could work in a nail shop in England and send home £1,000 a month. Her parents borrowed money from the woman's husband to pay for the trip.

She travelled through Russia and France, mostly in the back of vans. In England she was taken to a house where an older woman called 'Chi Hoa' taught her to do nails. From then on she worked in a salon in Luton from 9am to 8pm every day. She was never paid. Chi Hoa told her the family's debt was £25,000 and still growing because of food, rent and 'interest'.

She slept in a room above the salon with two other girls. She was only allowed to go out with Chi Hoa's son and she never had a phone. She says Chi Hoa told her that if she spoke to police she would be put in prison and her family would lose their house.

She left when the salon was visited by police during an unrelated burglary.""",
  "AV DE WW DB RM IS IT EO", "lh et fa sw", "L", "h")
T("""Handover — late turn to night turn, Safer Neighbourhoods.

1) Shed burglary on Carlton Rd, garden tools taken. CCTV requested from neighbour.
2) Complaint from resident re the hand car wash on Forest Rd: noise from jet washers after 8pm. Visited at 18:30 — 5 staff, owner present. Owner showed us the staff rota (two shifts, days off listed) and said all staff are paid weekly into their own accounts. We spoke to two workers privately; both live locally with family, have their own passports and said they can leave whenever they like. Advised owner about hours under the licence. No exploitation concerns.
3) Missing from care: 15yo male returned at 21:00, RHI to be done tomorrow.
4) Two youths on e-scooters doing wheelies outside Lidl, words of advice given.""", "", "", "", "l")
T("""Salvation Army — initial needs assessment (summary)

Client: Mr Y., 41, Pakistani national. Entered UK on a skilled worker visa sponsored by a care company in Essex.

Client paid an agent in Lahore PKR 4.5 million (approx £13,000) for the certificate of sponsorship, money borrowed from relatives. On arrival there was no care work. The company director told him he must 'help out' at his cousin's restaurant until a care placement came up. He worked in the restaurant kitchen for 7 months, 12-14 hours a day, 7 days a week, living in a room above it with 3 other men. He received £400 per month in cash. His payslips from the care company showed a salary paid to an account that the director opened for him and kept the card for.

When he asked for his wages the director said his visa would be cancelled and he would be deported 'with your debt'. Client has severe anxiety and is afraid for his family, who are being pressed by the lenders.

Action: NRM referral with consent; safe house placement; crime report.""",
  "DE WW EO AC IT AV DB", "uf lh oc sw ncw fa", "L", "h")
T("""Call log 999 — 02:41

Caller: female, says she is a nurse on night shift coming home, walking past a house on Lodge Ave. A young girl, 'maybe 13 or 14', came out of the side gate barefoot and in a nightie, crying, said in broken English that 'the man' wanted her to go with his friends and she said no and he slapped her. A man then came out of the house and is trying to pull the girl back inside. Caller is standing across the road.

Caller says the girl told her she has been living there 'a long time' and does cleaning and 'other things'. She has no phone and doesn't know the address.

Graded I — units dispatched, ETA 4 mins. Caller advised to stay on line and not approach.""",
  "AV PV IS", "", "S D", "i")
T("""Public online report (unedited):

hi i dont really know if this is the right place. there is a house on my road (the one with the white van always outside) that has loads of men living in it, like 10 or 15. they go out at 5 in the morning in the van and come back at like 10 at night every day even sundays. they always look knackered and dirty. one of them told my husband in bad english that they work on a farm and the boss keep there passports and they havent been paid since christmas, he said they cant leave because they owe money for the flights. the boss is a big guy with a shaved head who drives a black range rover, he shouts at them in the street. my husband gave one of them some food. i dont want to get involved but i think its wrong. please can someone check on them.""",
  "RD WW DB EO", "oc ce lh pa dt et", "L", "h")
T("""Visit record — GLAA compliance officer, seasonal fruit farm, Kent.

Arrived 08:15 unannounced. 212 workers on site (Ukrainian, Kyrgyz, Uzbek, Nepalese) via a licensed scheme operator. Spoke to 24 workers privately using interpreters. All workers had their passports or BRPs in their own possession. Payslips checked against the farm's clocking data for 3 pay periods; piece rates consistently topped up to the national minimum wage.

Caravans: 4 per caravan, clean, heating working, fire alarms tested. Transport to town provided free at weekends.

Some Nepalese workers said they paid recruitment fees of around £2,000-£4,000 to brokers in Kathmandu before applying. No fees were charged by the UK operator. The farm and operator have been informed and will raise this with the Home Office sponsor team.

Conclusion: no evidence of forced labour or licence breaches on site. Intelligence about overseas brokers shared.""",
  "", "uf", "", "l")
T("""Referral from a school DSL to the police MASH:

Pupil: girl, 15, Year 11. Over the past 6 weeks staff have noticed her wearing expensive clothes and having two phones. She has missed school on 9 days. Yesterday she told a teaching assistant she has a 'boyfriend' aged 24 who picks her up from the chicken shop near school in a BMW.

This morning she disclosed to the DSL that her boyfriend takes her to flats in Barking and Stratford (Airbnbs) where other men are waiting, and that she has to 'be nice to them' so that he can pay off a debt. She said she did not want to but he said he would put videos of her online if she stopped. She said she was going to see him after school today.

Parents not yet informed due to concerns about the father's reaction. Child's sibling (13) also said to have met the boyfriend.""",
  "AV PV IT DB", "", "S", "i")
T("""Intelligence summary (open source and partners) — hotel sector, Heathrow corridor

1. Three hotels on Bath Rd have reported patterns over the last month: rooms booked by the same two males (one using a card in the name of AHMED, another paying cash), with female occupants who change every few days.
2. Hotel A: housekeeping found a woman in a room with a man's phone set up to take bookings; she had no luggage, no passport and said she 'belongs to the agency'.
3. Hotel B: reception saw a woman with a bruised eye being escorted to the lift by one of the males.
4. Hotel C: no concerns; bookings appear to be airline crew.

Assessment: likely controlled prostitution across hotels A and B. Females may be moved between hotels to avoid detection. Recommend joint visit with hotel security.""",
  "PV RD", "fpe et pa dt", "S", "h")
T("""Witness statement (abridged) — Mrs J. MORGAN, neighbour.

I have lived next door to number 41 for 20 years. The family there, the Okafors, are lovely. Since last spring a girl has lived with them, I'd say about 17. At first I thought she was a niece. I see her at 6 in the morning taking the children to the bus and she is still hanging washing after 10 at night. She never goes out on her own, except to the corner shop, and Mrs Okafor watches her from the window.

In August the girl knocked on my door and asked to use my phone to call her mother in Lagos. She told me she had not spoken to her since she came. She said she is not paid because 'Auntie pays for my school' but she does not go to school. She seemed very frightened when Mrs Okafor called her name and she ran back.

I did not report this at the time because I didn't want to cause trouble.""",
  "AV EO IS WW DE RM", "lh", "D", "h")
T("""Probation supervision note

Service user: Mr C., 24, on licence for possession with intent (county lines, 2023). He says he is doing well: working in a warehouse via an agency, 40 hours, paid weekly into his own account. He lives with his mum and has cut contact with his old associates. Says older associates called him twice in September asking him to 'do a run' and he blocked them — no threats made, and nobody has turned up at his home.

Discussed safety planning and how to report if pressure resumes. Employment verified with agency. No current indicators of exploitation; risk of re-exploitation assessed as low-medium. Next appointment in 2 weeks.""", "", "", "", "l")
T("""Debrief — adult male, Albanian, 23 (summary by OIC)

IP came to the UK in a small boat in 2022 after a man in his village offered to 'arrange work in London, good money, pay later'. The man told him the crossing would cost £18,000 which he could repay from his wages in 6 months.

On arrival he was collected at Dover by two men and driven to a house in Kent. He was told his job was to look after cannabis plants. He was not given a key; the men locked the door from the outside and came every 2-3 days with food. The windows were boarded. He slept on a mattress in the kitchen. He was never paid — the men said all his money went to the debt.

When he asked to leave, one of the men showed him photographs of his parents' house on his phone and said 'we know where they sleep'. He was arrested during a warrant 5 months later and was initially charged with cultivation. NRM now positive RG.""",
  "DE DB RM WW IT AC", "plc", "C", "h")
T("""Multi-agency meeting minutes (extract) — Nail bars, Walthamstow ward

Present: Police MSHT, Trading Standards, Licensing, GLAA, Vietnamese community charity.

Premises 1 (Hoe St): visited 12/10; two adult staff, both family members of owner, paid through payroll; licence in order. No further action.

Premises 2 (High St): visited 12/10; staff member aged approx 15-16 found working, claimed to be 'visiting her aunt'. Mattresses and a rice cooker found in the back room. Owner unable to produce records. Child taken to place of safety; NRM referral submitted; owner arrested.

Premises 3 (Church Hill): visited 13/10; owner cooperative, three staff with right-to-work checks and payslips; ventilation improvement notice served only.

Actions: community charity to run awareness session in Vietnamese; licensing to review premises 2.""",
  "AV AC", "sw", "L", "h")
T("""Email from a member of the public to the Modern Slavery Helpline

Dear Sir/Madam,

I am writing about my cleaner's husband. She is from Brazil and very trustworthy, she has worked for me for years. Her husband recently started working for a builder who is also Brazilian. She told me the builder 'keeps' the workers' passports and pays them once a month, but last month he paid only half because he said materials cost more. The men have to share a room in the builder's house and pay him £400 each a month for it. Her husband works from 7 to 7, 6 days a week.

Her husband is now afraid to leave because the builder said he would report him to immigration, as his visa has expired. He has asked me not to call the police directly.

Kind regards,
A. Whitfield""",
  "RD WW AC IT AV EO", "dt oc fa lh", "L", "h")
T("""A&E safeguarding note — 04:10

Patient: male, 31, Sudanese, presented with abdominal pain and a recent surgical scar on left flank (approx 4 weeks old, partially infected). Brought in by a friend from the asylum hotel.

With interpreter, patient states that in Egypt he was told by a 'broker' that he could pay for his onward journey by 'donating' a kidney. He was taken to a private apartment, given tests and then operated on. He was told he would receive $5,000 but received $500 and a ticket. He did not understand that he would lose a kidney permanently until afterwards.

Ultrasound: left kidney absent. Patient is frightened, says the broker has his family's address in Khartoum.

Actions: surgical review, antibiotics; safeguarding lead informed; police and NRM referral discussed; patient consented to NRM.""",
  "DE AV WW PV IT", "pa fa", "O", "h")
T("""Press-style summary

A woman who ran a 'cleaning agency' in north London has been jailed for eight years for trafficking women from Lithuania. The court heard she recruited women with alcohol problems from homeless shelters in Vilnius, promising them hotel jobs and a flat. In London she registered them with hotels under her own company, took control of their bank cards and kept almost all of their wages, giving them £10 a week 'for cigarettes'.

The women lived in a two-bedroom flat with up to nine others and were walked to and from work by her partner. One victim told the jury she was slapped and pushed down stairs when she asked to phone her daughter.

The judge said the defendant had 'preyed on vulnerable women who trusted her'.""",
  "AV DE WW AC RM PV IS", "ncw oc et", "L", "h")
T("""Neighbourhood WhatsApp (forwarded to police):

Ok so the new lot at no 16. Been watching. Mum, dad, 3 kids, grandma. A van comes at 6 and dad and 2 other men go off in hi-vis. Someone on here said it's 'one of those slave houses' but honestly I've chatted to the dad, he's a plasterer, works for his cousin's firm, showed me pics of his jobs, kids go to St Mary's with mine. The other two men are his brothers. They've all got cars.

Just saying before anyone reports them, it's a normal family. Please don't start rumours.""", "", "", "", "l")
T("Boss takes £20 a week off us for the gloves and goggles, on top of the £10 for the van.", "", "ppe ct", "L", "m")
T("Been told the nail bar girls pay £3k to the owner just to get the job.", "", "uf", "L", "m")
T("Shed broken into overnight, lawnmower stolen.", "", "", "", "l")
T("He has my passport and says I will get it back when I finish paying.", "RD DB", "dt", "", "m")
T("Runner, 14, found in Colchester trap house with 30 wraps; says his olders sent him.", "AV", "", "C", "h")
T("She's free to go whenever she wants, has her own key and her own bank account — no concerns.", "", "", "", "l")
T("Kitchen porter says he hasn't been paid in 6 weeks and sleeps on the restaurant floor.", "WW AC", "sw", "L", "m")
T("They said if I tell anyone they'll post my nudes to my whole school.", "AV IT", "", "S", "h")
T("Workers at the packhouse have to buy their own PPE from the supervisor at £45.", "", "ppe", "L", "m")
T("Driver collects the cleaners at 4am and drops them back at midnight, 7 days.", "EO", "ce lh", "L", "m")
# ---- end of data ----
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh42.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id="f42-%03d" % i, **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "written to", out)
