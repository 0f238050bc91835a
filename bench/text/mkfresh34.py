#!/usr/bin/env python3
"""Hand-written labelled texts (set fresh34). Each entry is written individually;
the short aliases below only map to the fixed label codes."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", RM="restriction_of_movement",
           ISO="isolation", PSV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ce="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

D = []
def E(text, ind="", sig="", typ="", risk="l"):
    D.append((text, [IND[x] for x in ind.split()], [SIG[x] for x in sig.split()],
              [TYP[x] for x in typ.split()], RISK[risk]))

# ---- part 1 ----
E("INT 2/B/P: HGV VRM KX19 TRL stopped at Dover Eastern Docks. Driver POPESCU Andrei (DOB 14/03/1981) Romanian nat. 4x males found in trailer behind pallets of tinned tomatoes. All Vietnamese, state they paid 'uncle' in Paris for crossing. No indication driver aware. No signs of exploitation at this time, handed to IE.",
  "", "", "", "l")
E("Hotel night manager called 101. Girl looks about 15, came in at 23:40 with two older men who booked room 214 paying cash. She had no bag, kept her head down and one of the men answered every question put to her. Men said she was a 'niece'. Staff worried.",
  "AV", "fpe sfw", "S", "i")
E("im a taxi driver and i keep getting jobs from the same house on Carlton rd picking up diffrent young women at 2am taking them to hotels near the airport. always a man rings and pays by card, girls dont speak english and one had a black eye last week. somethings not right",
  "PSV", "pa ce", "S", "h")
E("Border Force LHR T4, 06:40 arrivals from Doha.\n\nFemale pax, 24, Filipino, arriving on an overseas domestic worker visa with a Qatari family of seven (two adults, five children) and a second worker, an Indian male driver, 41, who presented his own passport and answered questions himself without difficulty; no concerns about him.\n\nThe employer's PA held the female's passport and boarding card throughout and answered for her at the desk, saying she 'does not speak English well'. Spoken to alone with a Tagalog interpreter by phone: says she has worked for the family 3 years, 'every day, from 5 in the morning until they sleep'. Salary is paid to her agency in Manila and she has not received it for 8 months. She is not allowed to keep a phone; the PA gives it to her for ten minutes on Fridays to call her mother.\n\nShe was calm, clean and well dressed. She said she wants to stay with the children but wants her money. NRM discussed, consented. Family informed she will not be travelling on with them today; PA became angry and demanded her passport back, which was refused.",
  "RD WW EO ISO", "dt sfw lh iso", "D", "h")
E("Coach station staff report a group of 12 Polish school pupils waiting 3 hrs for delayed coach to Edinburgh. Teacher present with passports and consent forms. No concerns.",
  "", "", "", "l")
E("Airbnb host report: booked for 2 nights by a man, but when I dropped towels there were 6 women in a 2-bed flat, suitcases everywhere, men coming and going all evening. One woman asked me in broken English 'what city is this'. Listing reviews left under a different name. Turned out they'd been moved here from Leeds the day before.",
  "ISO", "iso oc", "S", "h")
E("Caller (lorry driver) at Beaconsfield services reports finding a lad of about 16 sleeping in the cab of a parked artic next to his. Boy says he works for the driver loading and unloading 'for food' and the driver keeps his ID card. Boy appears thin, dirty clothes. Driver not present at time of call.",
  "AV RD WW", "dt pa", "L", "i")
E("Intel (3/C/P): POI NGUYEN Van Thanh believed to be using a kebab shop on Station Rd as a drop point for cash from cannabis grows. No information re workers.",
  "", "", "", "l")
E("hi im reporting a car wash near the ferry terminal at Holyhead the lads there are out in all weathers from 7 till dark never see them have a day off and they sleep in a static caravan out the back with no windows",
  "EO AC", "lh saw plc", "L", "m")
E("Ship's log extract, overnight crossing Rosslare–Fishguard, forwarded to Dyfed-Powys Police.\n\n01:20. Stewardess on deck 7 reported to the purser that a passenger, a young woman (early 20s, speaks some English, possibly Romanian or Moldovan), was crying in the ladies' toilets. The stewardess sat with her. The woman told her she had been promised a job in a hotel in Cardiff by a friend of her cousin, with a room included, but the man travelling with her now says she will work in 'massage' and that 'everyone does it at the start'. He took her ID card from her when they boarded 'to show the ticket people' and has not given it back.\n\nThe man is in cabin 5021, booked in both names, paid in cash at the terminal. He came looking for her at 01:40 and was told by the purser she was unwell and resting.\n\n01:45. Master informed. Woman moved to the crew mess with the stewardess. Police requested to meet vessel at Fishguard on arrival (ETA 04:45).\n\nUnrelated: a lorry driver in the drivers' lounge reported his wallet missing; later found under his seat.",
  "DEC RD", "dt", "S", "i")
E("Safeguarding referral from Premier Inn reception: two teenage boys (approx 14–15) have been staying in a room booked by an adult male for 5 nights. Frequent visitors come to the door for short periods. Boys have rolls of cash and several phones. Cleaner found cling film and scales. Adult only appears to pay. Boys rude to staff, said 'we're on holiday'.",
  "AV", "", "C", "i")
E("A woman asked staff at Luton Airport info desk how to get to an address in Birmingham. Her phone was dead and she had lost her hostel booking. Staff charged phone, she called her sister. No concerns.",
  "", "", "", "l")
E("Uber driver statement: I picked up two men from a unit on the industrial estate at 5am, as I do most mornings, account is paid by a man called Ardit. They never talk, they go to a car wash in Slough and I collect them at 10pm. One told me once he 'pays Ardit for the taxi from the wages' and there is nothing left. He asked me not to tell anyone he spoke.",
  "WW", "ce ct ncw foa", "L", "m")
E("Port of Tilbury, 0300hrs. Container from Rotterdam opened after CO2 detector alert. 9 Eritrean males, dehydrated, all adults, say they paid smugglers in Calais €2,500 each for passage to UK and had no arrangement after arrival. Transferred to IE for processing. No trafficking indicators identified at screening.",
  "", "pa", "", "l")
E("Hotel housekeeping agency worker (Bulgarian, F, 38) told her union rep that the agency deducts £60 a week for a bed in a shared house with 11 others, plus transport in the agency van, plus £40 for her uniform. Last payslip showed £31 for 48 hours work. She is scared to complain because the agency man said he knows her family in Pleven.",
  "WW IT AC", "oc ct ppe ncw", "L", "h")
E("Heathrow Border Force: Nigerian F, 19, arrived from Lagos with a man claiming to be her uncle. Inconsistent accounts. She later disclosed that a 'madam' paid for her flight and she must repay 30,000 euros by 'working' in London; she swore an oath at a shrine and believes she will die if she breaks it. Uncle detained.",
  "DB IT AV", "", "S", "h")
E("Stansted — family of five (Indian nationals) missed connecting flight to Toronto, stayed overnight airside. Airline provided hotel vouchers. All held own passports. Nothing further.",
  "", "", "", "l")
E("Caller works at a truck stop on the A14. Says a Slovak man comes in every night to shower, he sleeps in a van with 3 others behind the lorry park and they work for a scaffolding firm. Man told caller they have not been paid since October, 'boss says next month, always next month'. Boss takes them to the site and back, they can't go anywhere else as they have no money and the boss has the van keys.",
  "WW RM", "et rm saw plc", "L", "h")
E("Service station shop assistant: two girls in school uniform, maybe 13, in a car with an older man at 1am, bought vodka for them. Car was a silver Audi, partial VRM YF67. Girls looked drunk and one was crying. He drove off towards the M62.",
  "AV", "", "S", "i")
E("OIC handover: victim (ALB, M, 17) recovered from address above a pizza takeaway. Worked in kitchen 7 days, 12 hrs, slept on mattress in storeroom. Recruited in Kukës with promise of a job in a restaurant paying £1,500 a month; instead 'owes' £18,000 for the lorry and is told it goes down by £50 a week. Phone taken by owner. LA children's services notified, NRM submitted.",
  "AV EO DEC DB ISO AC", "lh saw iso", "L", "h")
E("From: Operations Manager, [taxi firm], Stockport\nSubject: concern about bookings - please pass to whoever deals with this\n\nHi,\n\nOne of our drivers has been taking fares from a 'Mr K' who books the same 3 women every night, 9pm from a flat on Albion St to different hotels in town, and pick up at 4am. He's been doing this for about six weeks on an account in a company name we can't find anywhere.\n\nDriver says they look exhausted and one had bruises on both arms last Tuesday. She had tried to cover them with a scarf. Payment is always cash from Mr K, the women never pay and never speak to the driver, they're on their phones the whole time and Mr K rings them during the journey.\n\nSeparately, and probably not related, we had a complaint last month about another driver refusing a fare from the same street, that's been dealt with.\n\nWe've now told drivers not to accept the Albion St bookings but thought you should know first in case it helps. Our driver is happy to give a statement and we have dashcam from the last three trips.\n\nRegards",
  "PSV", "pa ce et", "S", "h")
E("Member of public: there's a coach parked up at Victoria coach station with a load of lads in hi vis who look like they've been sat there all night, they say they're waiting for the agency bus to take them to a farm in Kent, they look tired but they were laughing and eating. prob nothing",
  "", "", "", "l")
E("Hotel HR manager statement: We employ our room attendants directly, pay weekly into their own accounts at the National Living Wage, and give them contracts in their own language. One attendant said her previous hotel held her passport and took her wages; she is now with us and we have supported her to contact the Salvation Army.",
  "RD WW", "dt", "L", "m")
E("INT 2/C/C (do not disseminate outside force without OIC approval): nominal SHEHU Besnik uses two VRMs (BN21 XOP, LK70 RRT) to move females between short-let flats in Manchester and Leeds. Females believed to be sold for sex via adult websites. Adverts paid for by SHEHU.",
  "", "et", "S", "h")
E("Airport chaplain note: spoke to a young Eritrean man in arrivals hall at Gatwick, lost and tired, had come on a legitimate family reunion visa to join his brother who was late. Brother arrived later, all well.",
  "", "", "", "l")
E("Victim debrief (interpreter, Vietnamese): He says he travelled through Russia and France in the back of lorries. In France the men said he owed them £20,000 and he would repay it working in a 'farm' in England. The farm was a house in Wolverhampton full of plants. The windows were covered and the door was locked from outside. Food was brought once a week. He was told if he ran, his parents would pay with their house.",
  "DB RM IT AC ISO DEC", "rm iso plc", "C", "h")
E("Hotel duty manager: guest in room 109 reported hearing a woman screaming 'let me go' from room 111 at 03:00. Staff knocked, male answered and said it was the TV. Room booked by third party online. Police attending.",
  "PSV RM", "rm", "", "i")
E("Ferry port (Cairnryan) — officers stopped a van. Driver and 3 passengers, all Romanian, travelling to fruit picking job in Angus. All hold own IDs, have contracts from a GLAA-licensed gangmaster, accommodation confirmed on farm. Checks negative, allowed to proceed.",
  "", "", "", "l")
E("me and my girlfriend stayed at the Travelodge by the motorway and theres a man who had about 8 young foreign guys in two rooms, he took them out in a minibus at 5 in the morning and they came back at 11 at night filthy. he had all there passports in a carrier bag i saw at breakfast. they werent allowed to talk to us",
  "RD ISO", "dt ce oc et iso", "L", "h")
E("Ride-hailing app trust & safety team referral: rider account books regular trips from a residential address to various locations across the city, always for a different young female passenger. Driver reports passenger (approx 16) asked to borrow phone to call her mum and said she 'wasn't allowed to go home'. Account linked to a card in the name of a 34-year-old male.",
  "AV RM", "rm et", "S", "i")
E("Probation supervision note, 3rd appointment.\n\nService user (M, 42) attended on time. Works nights as a HGV driver for a haulier in Thurrock, mostly container runs from Tilbury to Midlands distribution centres. Reports long shifts in the run-up to Christmas but within tachograph limits, and says the firm is strict about rest breaks since an accident last year. Paid via PAYE, showed payslips. Rents his own flat, lives alone, sees his daughter at weekends.\n\nDiscussed the offence (drink-driving, 2024) and his licence conditions; the employer is aware and he is not permitted to drive after late social events. He mentioned that one of the other drivers at the depot 'brings lads over from Romania' to work in the warehouse and that some of them share a house, but he had no concerns about them and said they 'seem sorted, got cars and that'.\n\nNo concerns. Next appointment 4 weeks.",
  "", "", "", "l")
E("Caller: I'm a cleaner at a hotel at Birmingham airport. A new girl started last week — Chinese, very young. She doesn't go home, she sleeps in the linen room and a woman brings her food. She told me with a translation app that she has to 'pay back the lady' and she can't leave the hotel. She works all shifts, every day.",
  "DB RM EO", "saw rm lh", "L", "h")
E("Student left her passport in a taxi from Manchester Airport; firm returned it same day.",
  "", "", "", "l")
E("CSE concern raised by coach driver: a 14 year old girl travelled alone on the late coach from Bristol to London. A man in his 30s met her at Victoria, put his arm round her and took her phone off her. She looked scared. Driver knew her age as she showed a young person's coach card.",
  "AV ISO", "iso", "S", "i")
E("GLAA inspection, haulage subcontractor supplying drivers' mates: licence not held for supply of workers to food distribution centre; records incomplete. Workers interviewed paid correctly into own accounts, hold own documents, no indicators of forced labour. Licensing breach only, warning issued.",
  "", "", "", "l")
E("Intelligence: a hotel in Blackpool is said to allow a man called 'Jimmy' to bring girls in through the back door for 'parties'. The girls are said to be from a children's home. Grading 3/C/P. Source does not know names.",
  "AV", "", "S", "h")
E("Debrief (first person, translated from Romanian): They told me I will work in a hotel kitchen near Heathrow, good money, €1,200. When I arrive, the man takes my ID 'for the contract'. I wash dishes from 6 until 1 at night, no free day. My money goes to his account; he gives me £30 on Sunday for cigarettes. We are 14 people in one house, we sleep on the floor. When I ask for my ID he says I owe him for the flight and the room.",
  "DEC RD EO WW AC DB", "dt lh ncw oc", "L", "h")
E("Public report: my neighbour rents out his flat on Airbnb and there are different men going in every half hour, one girl never leaves, curtains always shut. I think its a brothel. I seen her once at the bins she looked really thin and scared and had no shoes on",
  "", "pa", "S", "h")
E("Driver of a refrigerated lorry phoned 999 from M20 layby: he can hear banging from inside his trailer which was loaded in Belgium. Police and ambulance attending. 7 people found, 2 unconscious. Paid smugglers, no exploitation disclosed yet.",
  "", "pa", "", "i")
E("Housekeeping supervisor email: one of our agency room attendants came to work with a cut lip and finger marks on her neck. She said her 'cousin' who drives them in does this if they are slow. She is not allowed to keep her phone at work, he collects it. She cried and asked me not to tell anyone.",
  "PSV ISO", "pa iso et foa", "L", "h")
E("Uber Eats courier account being worked by a 16 y/o Albanian boy; the account holder (adult) takes 80% of the earnings and keeps the bike. Boy sleeps in a shared room with 6 others. Boy told school he gets '£50 if lucky'. LA referral.",
  "AV WW AC", "ncw oc", "L", "h")
E("Whitby harbour: a deckhand (Filipino, M) on a scallop dredger told a fisheries officer he had been working 20-hour days for weeks, that the skipper holds his seaman's book and passport, and that he has been paid $200 in 5 months. He sleeps on board. Skipper says crew are 'transit visa, not allowed ashore'.",
  "EO RD WW RM", "lh dt saw rm", "L", "h")
E("B&B owner in Harwich: two Dutch lorry drivers left a bag behind, wants it returned.",
  "", "", "", "l")
E("School safeguarding (DSL): Y10 pupil missing for 4 days was found by BTP at Crewe station with £600 cash and a burner phone, 150 miles from home. Says he 'was doing work for a mate' who paid his train tickets. He has a new scar on his hand he won't explain. Previously excluded.",
  "AV", "pa", "C", "h")
E("Ramsgate: small boat landed on beach, 14 adults, all Iraqi Kurds. All say they paid for crossing and intend to claim asylum. Screening found no indicators of trafficking or exploitation.",
  "", "", "", "l")
E("Taxi marshal at Newcastle Central: older white man (approx 60) regularly arrives by cab with a different teenage boy each Friday, takes them to a hotel on the Quayside. One boy told the marshal 'he buys me stuff, I have to do things for him'. Boys appear 14-16.",
  "AV", "", "S", "h")
E("NGO caseworker note (Unseen), second meeting.\n\nClient P., Indian national, 29. Came to the UK 14 months ago on a skilled worker visa as a chef for a restaurant in an airport hotel franchise near Gatwick. He paid a recruiter in Kerala £9,000 for the visa and job, borrowed from a moneylender at home against his family's land.\n\nThe employer (the franchise holder, not the hotel company) deducts £400 per month 'towards the visa debt', which P. says he was never told about before he came, and pays the rest in cash, well below the £2,400 a month in his certificate of sponsorship. He lives in a room above the restaurant with 4 other kitchen staff; they share one bathroom with the restaurant. He works 6 days a week, 11-hour shifts, split across breakfast and dinner service.\n\nWhen P. asked about his payslip, the sponsor threatened to cancel his visa and report him to the Home Office 'for working illegally' if he complains again.\n\nP. has his own passport. He is frightened about the debt at home more than anything. He is considering an NRM referral and wants legal advice on his immigration position first. Next appointment Thursday.",
  "DB DEC IT EO AC AV", "uf lh oc", "L", "h")
E("Flight attendant report: a young woman seated with a much older man on the Bucharest–Luton flight. He held both passports and boarding passes, ordered for her, and she seemed to be scared to speak. When he went to the toilet she whispered 'help me, not my boyfriend'. Crew alerted captain; police met aircraft.",
  "RD", "dt sfw foa", "", "i")
E("Short-let cleaner: I clean 3 serviced apartments for an agency. In one of them the bed is never slept in but there are 5 mattresses on the living room floor, men's work boots and hi-vis everywhere, and I found payslips in different names all sent to the same address. The agency says it's 'a construction crew'. No concerns about them being held, they come and go.",
  "", "oc", "", "l")
E("ARV crew stopped a VW Transporter (VRM WU16 KPT) on the M6 at 05:10 with 9 men in the back, no seats. Driver said he was taking them to a chicken factory. Men had no ID on them; driver said 'the office has their papers'. Men declined to speak through interpreter. Details taken, GLAA informed.",
  "RD", "dt et ce", "L", "m")
E("Heathrow: British girl, 17, travelling alone to Dubai on ticket bought by a man she met online, says she's going to 'be a hostess'. Mother not aware. Flight stopped, child returned to family, police and LA informed.",
  "AV DEC", "", "S", "h")
E("Report via helpline: hotel in Mayfair has a Moroccan housekeeper who lives in with a guest family from the Gulf in the penthouse suite for 3 months each summer. She sleeps on the floor of the children's room, is never given a day off, and the madam keeps her passport in the suite safe. She told a waiter she has not been paid for a year, the money 'goes to her husband at home'.",
  "EO RD WW AC", "saw lh dt ncw", "D", "h")
E("Witness statement of coach driver (National Express), taken at Dover Priory police office.\n\nOn the date in question I was driving the 10:05 service from Dover to London Victoria. A group of about 15 schoolchildren from Lyon boarded with 3 teachers. The teachers had a printed list of all the pupils and a folder with the passports and parental consent forms, which they showed to Border Force at the port. The children were aged about 12 to 14 and were excited and noisy, nothing unusual for a school trip.\n\nAbout 40 minutes into the journey, a boy was sick and the teachers asked me to stop. I pulled into Maidstone services. The teachers cleaned him up, one of them bought him water and they phoned his parents in France. We left after 25 minutes.\n\nI am noting all this because I was asked to give a statement about the delay and the complaint from another passenger about the smell on the coach. I had no concerns about the children or the teachers at any time.",
  "", "", "", "l")
E("INT 1/A/P: IP NOVAK (SVK, M, 48) disclosed to officer that he works at a hotel laundry on the A1. His 'boss' MACKO Juraj collected his bank card on day one and draws his wages. Gets £20 a week. Stays in a caravan with 3 other Slovak men, no heating. MACKO collects them from the caravan at 5am.",
  "WW AC", "ncw plc ce et oc", "L", "m")
E("Gatwick: a 23-year-old Albanian woman approached Border Force in the arrivals hall, said a man who was supposed to meet her had told her on WhatsApp that she must 'work in the flat' to repay the flight and that he had her sister's address. She refused to go and asked for help.",
  "DB IT DEC", "", "S", "h")
E("Residents complain about HGVs parking overnight near the port and drivers using bushes as toilets.",
  "", "", "", "l")
E("Victim statement (Sudanese M, 22): I came to the UK in a lorry. At the start in Calais the smuggler was friendly. He said I can pay later by working. In England a man collected me from a service station and drove me to a car wash in Essex. He said the trip cost £6,000 and I will work for him until it is paid. I sleep in the back room. He pays me nothing; he says it all goes to the debt. After 9 months he said I still owe £4,000 because of food and rent.",
  "DB WW AC DEC", "saw", "L", "h")
E("Hotel bar staff noticed a man showing younger girls photos on his phone and saying he can get them work as 'VIP hostesses' in London, £2000 a week, he will pay the train. Girls were 18-19 students and laughed him off. Reported for intel.",
  "", "", "", "l")
E("Council licensing (taxi) — driver of private hire vehicle PH 4411 reported by passenger for overcharging. Driver pays his own rent on the car to the operator, keeps his fares. Dispute over fare, refund given. No exploitation concerns.",
  "", "", "", "l")
E("Belfast harbour: PSNI received call from a crew member's wife in Ghana saying her husband is held on a fishing boat in Kilkeel, not allowed ashore, passport taken by the owner, not paid in 7 months. PSNI and GLAA boarded: 6 Ghanaian crew, all passports held by owner, sleeping in a cabin for 2 with mould and no working toilet.",
  "RM RD WW AC", "rm dt plc saw", "L", "h")
E("Long-distance coach driver reported that a young man asked him whether he could get off at a service station before his stop because 'they will be waiting for me at Glasgow'. He said he had been told he'd work in a hotel but heard from a friend the hotel is a cannabis grow. He got off at Preston. Intel only.",
  "DEC", "", "C", "m")
E("Ambulance service: called to a Travelodge for a male (Romanian, 30s) with a crush injury to his hand from a warehouse conveyor earlier that day. He said his agency told him not to go to hospital or he would lose his job, and the agency 'boss' drove him to the hotel where 8 workers share two rooms. He had not eaten all day.",
  "IT AC", "pa oc et", "L", "m")
E("Member of public on Facebook group, shared to police: 'anyone know why theres always young lads being dropped at the bus station by a black BMW at 6am with backpacks and then picked up at night? they go to somewhere in the countryside. someone said they work on a farm for cash. theyre always the same lads'",
  "", "ce", "", "l")
E("Night porter (hotel, Edinburgh): a woman approx 20 arrived with a man who booked in both names but filled in her details himself. At 2am she came to reception in a towel with a bleeding nose, said 'he makes me do with men, please'. Man left via fire exit. Ambulance and police called.",
  "PSV", "pa sfw", "S", "i")
E("Renal unit consultant referral to safeguarding and police (via Trust safeguarding lead).\n\nPatient (UK resident, M, 55) attended clinic for routine follow-up after returning from a trip to Pakistan with a new kidney. He had not told the unit he was travelling. He says he paid $40,000 to a private clinic in Lahore through an 'agent' he found via a relative, and that the donor was a 'poor man from a village' who was supposed to get $10,000 but was, the patient believes, paid far less than promised. The patient was told the donor 'owed money to the clinic's landlord'.\n\nThe graft is functioning. The patient is anxious about whether he has broken the law and about his immunosuppression supply.\n\nConcern of organ trafficking involving an unknown donor overseas; patient himself is not a victim. Donor identity unknown. Discussed with HTA. Information passed to police for the NCA. Patient cooperative and has given the agent's phone number.",
  "AV DEC", "", "O", "m")
E("Transplant coordinator: living donor assessment for a sister donating a kidney to her brother. Independent assessor satisfied donor is freely consenting, no payment, HTA approval granted. No concerns.",
  "", "", "", "l")
E("Debrief via interpreter (Eritrean F, 26): she says in Libya the smugglers held her in a warehouse and told those who could not pay that a doctor would 'take a kidney'. She saw two men taken who came back with scars on their side and bandages. She was not operated on. Her family paid the ransom and she was put on a boat.",
  "PSV RM IT", "rm", "O", "h")
E("Intel 2/B/C (not to be shared with partner agencies): a Moldovan man living in Luton is recruiting young men through a Facebook job advert for 'medical trial with good payment' abroad; two men who went to Turkey returned with one kidney each and received €3,000, not the €15,000 promised. Recruiter paid flights and kept their passports on the trip.",
  "DEC RD AV", "dt", "O", "h")
E("A&E note: F, 31, Romanian, presenting with abdominal pain. Healed nephrectomy scar. Says through interpreter that a man in Bucharest arranged for her to 'sell a kidney' in Istanbul to pay a debt to him, she was given €1,000 and he kept the rest. He now brings her to work in a car wash in Leicester and collects her wages. She does not know the address where she stays.",
  "DB DEC WW ISO AV", "ncw iso et", "O L", "h")
E("Police volunteer reports overhearing at a coach stop two men talking in English about 'sending the boy to the clinic in Egypt, he's got a good kidney, nobody will miss him'. Boy not seen. Graded 3/C/P. Enquiries ongoing.",
  "", "", "O", "h")
E("Nail bar, Croydon — visit by council trading standards and police. 3 Vietnamese workers, one aged 16. Workers sleep upstairs in one room. Manager answered all questions for them. The 16 y/o said she does not get paid, 'the aunty keeps it to pay for my travel'. Works 9am-9pm daily.",
  "AV WW DB EO AC", "saw oc sfw lh", "L", "h")
E("Nail salon inspection, Swansea: staff (4) all UK or EU settled status, paid minimum wage, hold own documents, rota shows 4-day weeks. Owner cooperative. No concerns.",
  "", "", "", "l")
E("Cuckooing concern — housing officer: tenant (M, 58, learning disability) at a ground floor flat near the bus depot has 'friends' from London staying for weeks. He was seen sleeping in the stairwell. The visitors have his bank card and his PIP payments go on their phone top-ups. He says they will 'do him' if he tells.",
  "AV IT", "ncw", "C", "h")
E("999 call transcript summary, 23:14.\n\nCaller is female, foreign accent, very distressed, screaming at times. She says she is locked in a bedroom in a flat above a shop on Queen St. She cannot say which town. She says a man has her passport and has hit her in the face, and that she was brought from the airport yesterday by him and another man. She does not know the town or the address. She is whispering because 'he is in the other room'.\n\nCall handler asked her to describe what she can see from the window: a kebab shop sign with a red logo, a bus stop, a church.\n\nCall cut off at 23:17. Callback failed, phone switched off.\n\nCell site and the description suggest Queen St in either Wolverhampton or Cardiff; units dispatched in both forces, Inspector informed, THRIVE: high risk, immediate response.\n\n23:40 update: second caller (shop owner below) reports a man carrying a woman down the back stairs into a dark saloon car.",
  "RM RD PSV ISO", "rm dt iso", "", "i")
E("Pub landlord reports: two of my bar staff are Polish, they share the flat above the pub which I rent to them at a discount. They work 40 hours a week. One of them said a customer was offering her 'a better job in a hotel with a room' and it sounded dodgy, she turned it down. Just letting you know about the customer.",
  "", "", "", "l")
E("County lines — BTP intelligence: a 15-year-old boy from Lewisham travelled alone on the 06:10 train to Norwich 3 times this month, tickets paid for by an unknown adult via an app. Seen meeting older males at the station. When stopped he had 40 wraps of crack in his sock and said 'if I lose them I owe them'.",
  "AV DB", "", "C", "h")
E("Safeguarding referral (social worker): 14-year-old girl in foster care found at a hotel near East Midlands Airport with two adult men. She had been given vodka and cannabis. Men had booked the room in false names. She says she 'owes them' for the drugs and has to 'do favours'. Strategy meeting convened.",
  "AV DB PSV", "", "S", "i")
E("housekeeping here is crazy the agency people work 14 hours no break and sleep in the staff room between shifts because the minibus only goes at night. the supervisor shouts at them and takes there phones at the start of shift. they are from africa i think. this is the Hotel near junction 25",
  "EO ISO AC", "lh saw iso et", "L", "h")
E("INT 2/B/P: a haulage company in Immingham employs Lithuanian HGV drivers via a Lithuanian agency. Drivers complain their pay is very low compared to UK drivers and their daily allowance is paid late. They are free to change employer and hold own documents. No forced labour indicators. Refer to HMRC for NMW check.",
  "", "", "", "l")
E("Caller (Airbnb host, Brighton): 'I let my flat to a woman who paid through the app. Neighbours say a man drops a different girl there every day and collects her at night. I went round; there were condoms and cash everywhere and a girl of maybe 18 who said she was from Hungary. She said she wanted to go home but he had her ID card and she owed him for the flat.'",
  "RD DB", "dt et", "S", "h")
E("Student accommodation manager: a Chinese student's mum called from China worried as her daughter had not replied for 3 days. Found in her room, unwell with flu, phone broken. Parents reassured. No concerns.",
  "", "", "", "l")
E("Eurostar St Pancras: BTP officer spoke to a French 16-year-old travelling with a man of 40 who is not a relative. Boy said the man 'found him a job in London' at a restaurant and paid his ticket. Man could not give the restaurant address. Boy's mother contacted in Lille, not aware. Boy taken into police protection.",
  "AV", "", "L", "i")
E("Inspection note, GLAA: packhouse near Spalding, workers supplied by unlicensed gangmaster. Workers state they paid £350 each in Romania for the job 'registration'. Paid into own accounts, accommodation is a rented house with 5 people. No other indicators; upfront fee recorded.",
  "", "uf", "", "l")
E("Statement of security guard, Dover Western Docks: I saw a man in a car park hit a young woman across the face and push her into the back of a silver Vauxhall Zafira. She was crying and holding a passport which he then took off her. VRM noted as GD68 ???. I called it in straight away.",
  "PSV RD", "dt", "", "i")
E("Hotel general manager: I'm concerned about our laundry contractor. Their staff arrive in an unmarked van at 5:30 and leave at 23:00. One lady told my head housekeeper she is paid 'when the boss decides' and hasn't had a proper wage since the summer. The contractor's manager always hangs around and answers for them when we ask questions.",
  "WW EO", "ce et lh sfw", "L", "m")
E("Customer review flagged by booking platform: 'Stayed at guesthouse in Great Yarmouth, very weird, the cleaner was a young Asian girl who told me in whispers she works there for no pay, sleeps in the cellar and the owner took her passport. She begged me not to say anything. Gave one star.'",
  "WW AC RD", "saw dt foa", "L", "h")
E("101: lorry driver reports that at the truck stop in Ashford a man offered him 'girls' and showed him photos of young women on his phone, said they are in a van parked at the back. Driver declined. Van: white Ford Transit. Intel logged.",
  "", "", "S", "h")
E("Translated letter from mother in Vietnam to Hanoi NGO, forwarded by FCDO: my son went to England with a company who said he would work in a nail shop. Now he calls once a month, he is crying, he says he cannot leave the house, that he works with plants day and night, and the company says we still owe $30,000 or they will take our land.",
  "DEC RM DB IT EO", "rm lh", "C", "h")
E("Stop/search at Lime St, lad with £3k cash from a car sale, confirmed, NFA.",
  "", "", "", "l")
E("Salvation Army first responder note: client (Polish M, 52, alcohol dependent) was recruited outside a soup kitchen in Gdansk and brought by coach to the UK to work on building sites. The gang leader opened bank accounts in his name, kept the cards, and gave him cider and £10 a day. He was made to sleep in a garden shed. When he asked for his wages he was punched.",
  "AV WW AC PSV", "ncw plc pa", "L", "h")
E("Report from a minicab driver, typed by the call taker as he said it:\n\n'i took a fare to the airport yesterday morning, big family from Saudi, two cars booked, i had the dad and the maid and most of the bags. she carried all the bags while they sat in the back, she didn't get a seat, had to squash on the floor between the seats which is not legal in my car, i told him. the man told her to shut up when she spoke to me, she was asking me where we was. she looked really tired, like she hadn't slept.\n\nat the airport the dad give her passport to her to go through check in with them, she had her own ticket. she was smiling with the kids. i dont know if its anything, my wife said to ring you. i got the booking details if you want them, they was picked up from a flat in Marylebone.'\n\nCall taker note: no disclosure by the worker, no indicators beyond the driver's impression. Logged for information.",
  "", "pa", "", "l")
E("ANPR alert led to stop of VRM OE17 HGV at Birch services. Driver SMITH Kevin, UK. In cab: 6 bank cards in different names, a list of addresses in Peterborough, and £4,500 cash. Driver says they belong to 'the lads I drive to the factory'. Arrested for money laundering; workers to be traced.",
  "", "mbc ncw et", "L", "m")
E("Concern from a hotel's night receptionist in Glasgow: a man checks in every fortnight with a different woman from Eastern Europe. The women don't speak English, have small bags, and he holds the key card. Women go out with him only. Last one had bruising on both wrists.",
  "PSV RM", "fpe pa rm et", "S", "h")
E("Probation officer: my service user (M, 24) says he was asked by a man at the hostel to drive a car to Manchester airport and collect 'a package' for £200. He refused. No coercion. For info.",
  "", "", "", "l")
E("Victim account in her own words (English is her second language): 'I came to be au pair for a family in Surrey, agency said 25 hours a week and pocket money £100. In reality I clean the whole house, cook, look after three kids from 6 until 11, and they say my pocket money is saved for my flight home. They have my passport \"for the registration\". I can go only to the school and back.'",
  "DEC EO WW RD RM", "lh dt rm ncw", "D", "h")
E("Police Scotland intel: Aberdeen harbour, supply vessel crew from Sri Lanka complain about delayed wages (2 weeks late due to bank issue). Crew have own passports, shore leave, owner has since paid. Resolved. No exploitation.",
  "", "", "", "l")
E("Car wash at a petrol station on the A2: 6 men, some wear flip-flops in the cold, hands cracked from chemicals, no gloves. The man in charge takes the card machine money and the cash. Workers live in a portakabin on site. Customer says one man told him they get £15 a day.",
  "WW AC", "pa saw plc ncw", "L", "m")
E("Note from hotel security: found a girl (approx 17) sleeping in the stairwell of the car park. She said she'd been thrown out of a room by her 'boyfriend' after refusing to see his friends. Boyfriend has her phone. Taken to safe place, CSC contacted.",
  "AV ISO", "iso", "S", "h")
E("Border Force Coquelles: van stopped, 2 Albanian adults in a hidden compartment. Both say they paid €4,000 for passage and have family in Birmingham. No exploitation disclosed, claimed asylum.",
  "", "", "", "l")
E("Safeguarding adults referral (hospital discharge team) — concern section.\n\nPatient (F, 67, Bangladeshi, moderate dementia) admitted after a fall at home; now medically fit for discharge. She lives with her son, daughter-in-law and three grandchildren in a four-bedroom house in Luton. She has her own room on the ground floor.\n\nThe daughter-in-law collects her pension and attendance allowance and manages the household money. There is no appointeeship or LPA in place. The patient cannot say how much she receives.\n\nObservations: the patient is well cared for, clean and well nourished, content, and speaks warmly of her family. She attends a day centre twice a week. The family visited daily while she was on the ward. No evidence that the money is being misused.\n\nConcern raised only about the pension being collected without formal authority; the family have been given information about applying to become appointee. No other concerns. For information.",
  "", "ncw", "", "l")
# ---- part 2 ----
E("Bank financial-crime alert: 14 accounts opened within 3 weeks at the same branch, all for Romanian nationals giving one address in Wembley (a 2-bed flat). Same mobile number on 9 of them. Wages from a hotel staffing agency paid in, withdrawn within the hour at one ATM using several cards by the same man (CCTV). Possible control of workers' wages.",
  "WW", "mbc ncw oc", "L", "m")
E("THIS IS DISGUSTING!!! THE HOTEL ON THE SEAFRONT HAS GOT FOREIGN GIRLS DOING ALL THE CLEANING AND THEY LIVE IN THE BASEMENT 6 TO A ROOM AND THE OWNER SCREAMS AT THEM AND SAYS HE WILL SEND THEM BACK TO THE POLICE IN THEIR COUNTRY IF THEY MOAN. ONE TOLD MY MUM SHE HAS NOT HAD A DAY OFF SINCE MARCH. SOMEBODY DO SOMETHING",
  "IT AC EO", "oc saw lh foa", "L", "h")
E("GP surgery, new patient registration consultation.\n\nF, 34, Filipino, brought by her employer (a consultant anaesthetist at the local hospital), who filled in the registration forms and answered several questions on her behalf before the receptionist asked him to wait outside. Patient seen alone with a telephone interpreter (Tagalog), at the GP's suggestion and with her agreement.\n\nShe works as a live-in nanny for the family's two children. She says she is happy, has her own room with a lock, has a day off every Sunday and goes to church and to meet friends. She keeps her passport and her BRP in her room and is paid monthly into her own bank account, which she showed on her phone. She sends money home to her son.\n\nPresenting complaint: lower back pain after lifting, no red flags. Advice and physio referral.\n\nThe employer being present initially was noted, but no concerns about exploitation were identified after speaking to her alone.",
  "", "sfw", "", "l")
E("Midwife booking appointment: woman (Albanian, 20, 14 weeks pregnant) attended with a male 'partner' who would not leave the room. When he left to move the car she said he brought her from Italy, sells her to men in hotels near Stansted, and keeps all the money. She is frightened he will take the baby. She does not have a phone of her own.",
  "WW ISO IT", "sfw iso ncw", "S", "h")
E("Train guard report (BTP): a boy approx 12 travelling on the last Avanti train to Birmingham without a ticket, said 'a man will pay at the other end'. He had a phone that kept ringing, answered 'I'm nearly there'. Met by officers at New Street, man did not show. Boy known missing from Hackney.",
  "AV", "", "C", "i")
E("Victim debrief (Chinese F, 41, via Mandarin interpreter): she says a woman in Fujian arranged a business visa for her for 200,000 yuan which her family borrowed. In London she was first sent to a restaurant kitchen, then told the pay was not enough to repay and she would do 'massage'. She was moved every two weeks between flats in different cities by a driver. She never knew where she was. The debt keeps increasing with 'rent'.",
  "DB DEC ISO", "iso et", "L S", "h")
E("PC note after stop of a taxi at Heathrow cab rank: 2 men were in the back with 11 passports in a bag. Men said they run a legitimate travel agency and were taking clients' passports to the visa centre. Paperwork confirmed, agency registered. NFA.",
  "", "", "", "l")
E("INT 2/B/P: POI ADEYEMI, 'the aunty', believed to meet Nigerian females at Gatwick and take them to a house in Thamesmead; females are then put to work as carers in private homes via an online care platform, paid to ADEYEMI's account. Females reportedly told they owe £35,000 for their visas.",
  "WW DB", "et ncw", "L", "m")
E("Care home manager: we took on 4 overseas carers through a sponsor agency. They told us the agency charged them £8,000 each before they came. They are paid by us directly and hold their own documents. We have reported the agency to the Home Office. Our carers are fine.",
  "", "uf", "", "l")
E("Complaint via Airbnb messaging forwarded by host: guest wrote 'please, is there police, the man locked us and took our phones, we are 4 girls, we are in apartment 3B'. Host called 999. Flat on Dale St, Liverpool.",
  "RM ISO", "rm iso", "", "i")
E("Pre-sentence report (probation), extract from 'Offence analysis'.\n\nThe defendant (Vietnamese M, 18) was convicted after trial of being concerned in the production of cannabis at a terraced house in Stoke-on-Trent, where 412 plants were found. Two co-defendants, both British men in their 40s, were convicted of the same offence and of money laundering; they rented the house.\n\nThe defendant states he was brought to the UK at 16 in the back of a lorry, after a long journey through Russia and Poland arranged by a man from his home province. On arrival he was told he owed £25,000 for the journey and that his 'job' would repay it. He was taken straight to the house and kept there to water the plants. He was never allowed out; the front door was locked with a key he did not have, and food was left at the door by a man he knew only as 'Anh Tu'.\n\nHe has no previous convictions. He expresses remorse and says he was frightened of the men. The Court is invited to consider the s45 statutory defence; an NRM referral was made by the OIC after his arrest and a reasonable grounds decision is awaited.",
  "AV DB RM", "rm", "C", "h")
E("cleaner at Gatwick north terminal here. theres a older man always hanging round arrivals meeting young girls of flights from romania and bulgaria. they go off in a white merc with him. one time one of them looked back at me like she wanted help. idk",
  "", "", "", "l")
E("Witness statement (hotel maintenance engineer): I was called to fix a leak in room 402. Inside there were four men asleep on the floor between shifts at the hotel restaurant. The restaurant manager told me they were 'just resting'. One of the men told me he had not been outside for two weeks except to the kitchen. His wrist had a burn from the fryer that hadn't been treated.",
  "RM AC", "saw oc rm pa", "L", "h")
E("Concern reported by a Border Force officer at Manchester: Pakistani F, 18, arriving on spouse visa to join husband (34). Says she met him once at the wedding. Father 'arranged it'. She does not want to be married and wants to go home. No threats or abuse reported at present. Forced marriage unit informed.",
  "", "", "", "l")
E("Intelligence log: Coach company operating Sofia–London route. Drivers report that a Bulgarian man travels every fortnight with 4–6 women, holds their passports and tickets, and gives them instructions during the journey. The women get off at Golders Green and are collected by a car. Graded 2/C/P.",
  "RD", "dt et sfw", "S", "h")
E("Port of Hull, P&O arrivals: a Dutch lorry driver voluntarily reported that at a truck stop near Rotterdam a man tried to pay him €1,000 to take 'two cousins' in his cab. He refused. No persons found in the vehicle.",
  "", "", "", "l")
E("Statement of hotel receptionist (Heathrow, Bath Road), taken by DC at the hotel.\n\n'I've worked here 4 years. A man books a twin room for a week, every other week, with two Thai ladies. It's always different ladies, I think, although the man is the same. He pays cash and gives a different surname sometimes.\n\nThe ladies never come down to breakfast. The man buys lots of condoms in the shop and asks for extra towels. There are men, different men, who come to the room in the afternoon and evening and don't check in; security has noticed this too.\n\nLast Tuesday one of the ladies came to the desk on her own and asked me, in not much English, for the bus to London. She had no bag. Before I could tell her, the man came out of the lift and took her by the arm and she went back up with him without a word. He smiled at me and said \"she gets confused\".\n\nOther than that, this week the hotel has been very busy because of a conference, and I remember because a coach of delegates arrived the same time.'",
  "RM", "rm sfw", "S", "h")
E("NGO outreach (Kalayaan): migrant domestic worker escaped from the household of a diplomat in Kensington. Says she was slapped regularly by the employer's wife, worked 7am to 1am seven days a week, slept in the laundry room, was given food left over by the family. Passport kept by the driver. She left when the door was left unlocked during a delivery.",
  "PSV EO AC RD RM", "pa lh saw dt rm", "D", "h")
E("County Durham: taxi firm owner reports one of his drivers has been asked by a regular customer (M, 40s) to collect 'his girls' (two girls from a local school, Year 9) from outside school at 3pm and drive them to a flat. The driver refused and reported it.",
  "AV", "", "S", "i")
E("Council food hygiene inspector at a roadside cafe near Felixstowe port: kitchen staff (2) appear to be living in a storage room at the back with sleeping bags; the owner says they are 'cousins visiting'. No other concerns seen. Passed to police for welfare check.",
  "", "saw plc", "", "l")
E("debrief Polish male 36: 'The agency in Poland took 1000 zloty for the job and bus. In England they put 12 of us in a house, 2 toilets. Every week they take rent £80, bus £25, and boots and jacket £60 one time. Work is packing frozen fish, 12 hours, 6 days. After everything I have £40-£60. If you complain they say \"there is door, go\" but where, I have no money and they have my ID.'",
  "WW AC EO RD", "uf oc ct ppe lh dt ncw", "L", "h")
E("999 call from a woman at the coach station: her 17-year-old niece got off the coach from Manchester with a man she met on Snapchat who is now trying to make her get in a car. Niece refusing, man shouting at her. Police attending, man detained.",
  "AV", "", "", "i")
E("Domestic abuse incident: wife (British, 33) reports husband hit her after an argument about money. She works at a hotel and keeps her own wages. No other concerns. DASH risk: medium.",
  "", "", "", "l")
E("Port of Southampton: cruise ship crew member (Indonesian M, 27) came to the port chaplain saying he had paid a recruitment agency $3,500 in fees and is still paying it off from his salary. His contract is 10 months, 10-12 hours a day, 7 days a week. He holds his own passport and can go ashore. He wanted advice about the fees.",
  "DB EO", "uf lh", "L", "m")
E("INT 3/C/P: unverified report that a hand car wash next to a service station on the A38 has a worker who 'looks like a child' and 'is always there'. Source is a customer. No further details.",
  "", "", "", "l")
E("Victim account (Eritrean M, 19, via Tigrinya interpreter): In Calais a man gave him a place in a lorry in exchange for working for the smugglers for a month, loading people into lorries at night and being beaten if people escaped. When he arrived in Kent, the same network's contact met him and said he still owed €3,000 and must sell cannabis in Croydon. They said they would send pictures of his sister to her husband if he refused.",
  "DB PSV IT", "", "C", "h")
E("Receptionist at a B&B near Stansted: a woman in her 20s came to the desk crying at 6am, said 'they bring me here to marry a man for papers, I don't want, they keep my passport'. A man then came down and said she was confused. Staff called police.",
  "RD DEC", "dt sfw", "", "i")
E("Licensing visit, HMO in Boston (Lincs): 17 occupants in a 4-bed house, rented through a landlord who is also the 'supervisor' at the vegetable packhouse where they work. Rent taken from wages by the packhouse. Occupants say they are 'okay' but only get paid what's left after rent, transport and 'fines'.",
  "AC WW", "oc ct ncw", "L", "m")
E("Tip from airline ground staff at Edinburgh: a teenage girl (approx 15) flying from Vilnius with an adult male who says he is her 'coach' and is taking her to 'modelling in Glasgow'. No parental consent letter. Girl said she has never met him before today.",
  "AV DEC", "", "S", "i")
E("Grounds maintenance contractor at a service station reports men sleeping in the woods behind the site who do shifts at the site's hand car wash. Employer says they have a flat but 'prefer to camp'. No other information.",
  "", "saw plc", "", "l")
E("Ferry (Holyhead to Dublin) — ship's security found a 16-year-old Irish boy in a lorry cab with the driver (M, 45). Boy says driver is his friend and promised him money. He had been reported missing. Boy later disclosed the driver had made him sell cocaine in Holyhead and would not let him phone home.",
  "AV ISO", "iso", "C", "i")
E("Hospitality trade body press summary: a Sheffield hotel group was fined after an investigation found it had used an agency that paid cleaners £3 an hour in cash. Staff were not restricted and could leave; the case was dealt with by HMRC as national minimum wage underpayment rather than modern slavery.",
  "", "", "", "l")
E("Safeguarding referral (Children's Services): Year 8 boy found by a taxi driver at 01:00 in a layby on the A1, with a bag of cannabis and a knife. He said older boys 'drove me out here and left me' after he lost £200 of their stuff and he has to 'pay it back' by running for them.",
  "AV DB", "", "C", "i")
E("Shop security (Oxford St): group of 4 Romanian women caught shoplifting cosmetics. One (19) told officer she is 'brought in a car every morning' and must hand everything to a man outside, and if she comes back with less than £300 worth he beats her. Man (ION) waiting in a Ford Galaxy, VRM B 44 XYZ (Romanian plate).",
  "PSV IT", "et", "C", "h")
E("Begging concern, Cambridge: a man with a walking frame begs outside the railway station each day. He is dropped off at 7am by a car and collected at 7pm. Street outreach say he speaks little English and the driver takes his cup every few hours. He sleeps in a house with 10 others.",
  "AV WW", "ce et oc ncw", "C", "m")
E("DWP fraud referral: 23 Universal Credit claims submitted from one IP address, claimants Slovak Roma with limited literacy. Payments into accounts controlled by one family; claimants appear to receive a small cash allowance. Claimants were brought to the UK on promises of factory work.",
  "DEC AV", "mbc ncw", "C", "m")
E("Shelter caseworker: Romanian man, 44, came in after sleeping at Stansted airport for a week. He says he left a job on a building site because the gangmaster was not paying him and kept his ID card. He managed to get away on the gangmaster's day off by walking to the station. Now wants help to go home.",
  "WW RD", "dt", "L", "m")
E("lorry drivers WhatsApp screenshot passed to police: 'anyone parking at the Maidstone truck stop watch out there's a gang putting lads in the back of trailers at night and they're not refugees they're kids from the car wash, seen a man hitting one of them'",
  "PSV", "", "L", "h")
E("Email from construction site manager (residential tower, East London) to the principal contractor's compliance team, copied to police.\n\nFollowing the routine labour audit on Monday:\n\n1. Six labourers supplied by the groundworks subcontractor were sharing three CSCS cards between them. The subcontractor says this was a 'mix-up'.\n\n2. None of the six had been paid directly by the subcontractor. Payments for all six go to one man, who the lads call the 'gang leader', and he gives them cash on a Friday; how much, they wouldn't say. He was on site every day and stood next to them when we interviewed them.\n\n3. The labourers were reluctant to talk and one was visibly afraid, kept looking at the gang leader before answering.\n\n4. Unrelated: the scaffolding firm's inductions are out of date, and two of our own operatives failed the drug and alcohol test; these are being dealt with under our own procedures.\n\nWe have stood the subcontractor down pending review. I don't know where the six are living. Please advise.",
  "WW", "ncw foa", "L", "m")
E("NRM referral summary: British male, 26, mild learning disability, befriended by a couple at a bus station. Moved into their caravan, made to work on their block-paving jobs 6 days a week for tobacco and food. His benefits were also being paid to their account. Slept in a dog kennel-type shed. He was punched when he tried to leave.",
  "AV WW AC PSV EO", "ncw plc lh pa", "L", "h")
E("Joint visit report: Environment Agency and local authority, waste recycling site, West Midlands.\n\nPurpose of visit: permit compliance (stockpile heights and fire risk).\n\nFindings: stockpiles exceeded permitted heights; fire plan out of date; enforcement notice to follow.\n\nDuring the visit officers saw about 12 workers hand-sorting rubbish on a conveyor without gloves or masks. The site manager confirmed shifts are '6 till 8, it's busy'; workers interviewed said 14-hour shifts are normal. Several workers have cuts and rashes on their hands and forearms. They are living in shipping containers on site fitted with bunk beds; there is one portable toilet. The site owner says they are 'volunteers from a church' who help out in exchange for food and a bed.\n\nThe workers appeared to be Eastern European and were reluctant to talk in front of the owner. No interpreter was present.\n\nMatter referred to police and GLAA for a welfare visit with interpreters. Photographs attached.",
  "AC EO WW", "saw plc lh pa", "L", "h")
E("Fishing vessel, Newlyn: MCA inspection. Crew of 5 from Ghana and Philippines on transit visas. Crew say they are paid monthly into their own bank accounts, keep their passports, and have agreed rest periods. Minor safety issues found. No forced labour indicators.",
  "", "", "", "l")
E("INT 1/B/P: Manchester short-let flat on Deansgate used for sex work adverts. Source states the girls 'work for Dritan', are moved every 3 days, and Dritan keeps their phones except the work phone. One girl told the source she was told she was coming for a cleaning job.",
  "ISO DEC", "iso", "S", "h")
E("A woman (Vietnamese) rang the Modern Slavery Helpline from a hotel room in Croydon: she was brought by a man from a nail bar to 'rest' but he left and locked the door. She says she is 17, he took her phone but she found the room phone. Police attending.",
  "AV RM ISO", "rm iso", "L", "i")
E("Press summary (court report, local paper).\n\nTwo men were jailed at Canterbury Crown Court yesterday for trafficking 13 Lithuanian men to work at egg farms across Kent.\n\nThe court heard that the workers were recruited by adverts in Lithuania promising steady farm work. Once in the UK they were transported in vans at night between farms, kept in an overcrowded house in Maidstone where up to 11 men slept in two rooms, fined for 'mistakes' such as breaking eggs, and threatened with violence if they complained. Some had their wages taken in full by the defendants, who controlled their bank cards.\n\nThe farms themselves were not prosecuted; the judge said the farm owners had been 'deceived by the gangmasters' but should have asked more questions. The GLAA has since revoked the licence of the labour provider.\n\nOne victim told the court through an interpreter that he still has nightmares. Another has stayed in the UK and now works for a different farm, and said he is 'paid properly and treated like a person'.\n\nThe men were sentenced to 7 and 5 years respectively.",
  "AC IT WW", "et oc ncw", "L", "h")
E("Airport taxi rank dispatcher: I'm concerned about a driver (PH licence) who sleeps in his car every night in the airport car park. Spoke to him: he rents the car from a firm at £350 a week and drives 16 hours a day to cover it. He says it's his choice, he keeps the fares and wants to save money for his family.",
  "", "lh", "", "l")
E("Social worker note: 16 y/o Albanian UASC placed in supported accommodation went missing. Found at a car wash in Stockport. Says a man from his village arranged his travel and that he must work to pay it off, £10,000. The man visits the hostel and has his phone number. Boy says the man 'knows my family, if I stop they will have problems'.",
  "AV DB IT", "", "L", "h")
E("School nurse: Year 7 girl from a Nigerian family says she is 'staying with my aunty' in London, does all the cooking and cleaning for a family of 6 before and after school, is not allowed to go out to play, sleeps on the kitchen floor. She is not the aunty's child; her parents are in Lagos and sent her 'for education'.",
  "AV RM AC EO", "rm saw lh", "D", "h")
E("Police log: call from Pakistan from a man saying his sister (26) is kept by her husband's family in Bradford as a servant, not allowed to phone, works all day for the in-laws, is beaten by the mother-in-law. Welfare check: woman disclosed the same when spoken to alone, her passport held by father-in-law.",
  "ISO EO PSV RD", "iso lh dt", "D", "h")
E("Concerned neighbour: 'The family next door have a woman who does all the work, I see her up at 5 hanging washing, she walks the kids to school and comes straight back, she's never out on her own. They told me she is a relative from India. She doesn't have a key, she waits on the step if no one is in.'",
  "RM EO", "rm lh", "D", "h")
E("Au pair placement review (agency): au pair (Spanish, 22) in Bath works 25 hrs a week, has own room, paid £100 a week, free weekends, attends language school. Both au pair and host family happy. No concerns.",
  "", "", "", "l")
E("Kalayaan advice line note: Indonesian domestic worker came with employer on a visit to a London hotel suite. Says she is not allowed to eat until the family has finished, sleeps on the floor of the children's room, has not had a day off in two years, and the employer 'keeps her salary for her'. She was told if she leaves the hotel the British police will put her in prison.",
  "AC EO WW IT", "saw lh ncw foa", "D", "h")
E("Hotel concierge note: elderly guest's private carer (Filipino F, 50s) looks exhausted, is on call 24 hours, sleeps on a camp bed in the guest's suite. Spoke to her: she is employed by an agency, paid monthly, has days off when the agency relief comes, says she is tired but well treated. No concerns.",
  "", "saw", "", "l")
E("Caseworker note (BAWSO): Welsh woman, 35, heroin-dependent, held in a flat in Newport by a man who supplies her drugs and makes her sleep with his friends for money which he keeps. She says she can't leave because she 'needs the gear' and he has her bank card.",
  "AV PSV WW", "ncw", "S", "h")
E("Intel (2/B/P): LEE Ming, runs a takeaway near the ferry terminal in Pembroke Dock. Workers (Chinese, 3) are picked up and dropped back to a house by LEE at 9am/1am. Wages paid in cash 'when the business does well'; workers told they owe LEE for their travel from China.",
  "DB WW EO", "ce et lh", "L", "h")
E("Coach passenger email to National Express: 'On the 23:30 from Heathrow to Leicester, a woman sitting behind me kept being messaged and phoned by someone telling her where to go, she was scared, she said in English \"he has my papers, he says I must work\". I gave her my number but she never called.'",
  "RD", "dt", "L", "m")
E("Safeguarding referral (college): 17-year-old student working part time at a hotel restaurant was told by the manager she would 'get more shifts' if she met his friends at a party. She went, was given alcohol and was sexually assaulted. She now says she has to keep going or he will tell her parents.",
  "AV PSV IT", "", "S", "h")
E("Holiday let owner (Cornwall): I rented my cottage to a group of 6 young men for the summer who told me they were working at a local hotel. They were lovely, left the place spotless, and the hotel manager confirmed they are seasonal staff on proper contracts. Writing because a neighbour thought they were 'trafficked' – I don't think so.",
  "", "", "", "l")
E("Officer handover: Op KESTREL. 3 x IPs recovered from a flat above a massage parlour, Slough. IP1 (THA, F, 39) says she came on a visitor visa arranged by 'Mama' who charged her £15,000; she works 7 days, sees 10-15 men per day, all money to 'Mama'. IP2 and IP3 similar accounts. All passports found in a locked drawer in Mama's room.",
  "DB EO WW RD", "uf lh ncw dt", "S", "h")
E("Eurotunnel freight, Coquelles, night shift log.\n\nScanner alert on a lorry carrying flat-pack furniture from Lille. Trailer opened at 02:15. Found: 3 adult males (Afghan) and 1 child (male, approx 12). All in reasonable health, cold and hungry; the child had no shoes.\n\nThe adults said they paid smugglers at the Dunkirk camp and intend to claim asylum in the UK; they have relatives in Leeds and Birmingham. They do not know the child and said he got into the lorry separately.\n\nThe child is unaccompanied and says through an interpreter that his 'uncle' in Paris paid for him to go to England, and that someone would 'take care of him' there, but he cannot say who, or where. He has a phone number written on his arm. No indication of who was to receive him.\n\nThe driver (Polish, 53) appeared genuinely shocked and co-operated fully.\n\nChild placed with the local authority as a looked-after child; phone number passed to intelligence for checks. Adults handed to Immigration Enforcement.",
  "AV", "", "", "h")
E("yo police. theres a trap house on the estate by the bus garage, a youngers from london been here 2 weeks never goes out the flat except to serve. the old fella who lives there is scared of them, they took over his flat",
  "AV", "", "C", "h")
E("Man arrested at Birmingham Airport for indecent images, no trafficking link.",
  "", "", "", "l")
E("Victim statement extract (Lithuanian M, 33): 'We were picked up from Vilnius bus station by a minibus. They told us hotel jobs in Scotland, £9 an hour and a room. In the end it was a chicken farm in the middle of nowhere, we had no idea where we were. We catch chickens all night, sleep in a caravan. They said the minibus and the room cost more than the wages, so we got no money. One boy who argued was beaten with a pole in front of us.'",
  "DEC ISO WW PSV AC", "iso ct plc", "L", "h")
# ---- part 3 ----
E("Lost child at Gatwick South: boy, 6, separated from parents at security. Reunited within 20 min.",
  "", "", "", "l")
E("Taxi driver says girl in back seat begged him not to take her back to the hotel where 'the men make me sleep with them'.",
  "PSV", "", "S", "h")
E("Romanian HGV driver reports his Romanian employer pays him €700 a month and keeps his passport 'so he doesn't run to a British firm'. Drives 6 days a week, sleeps in cab.",
  "RD", "dt saw", "L", "m")
E("Man refused a refund for a lost bus ticket at Preston.",
  "", "", "", "l")
E("Chambermaid to hotel guest: 'no money for me, boss keeps it for my visa'.",
  "WW", "ncw", "L", "m")
E("3/C/P: VRM YX66 LMN drops women at hotels late, collects them early.",
  "", "ce et", "", "l")
E("Heathrow ramp agent (British, M, 29) referred to OH for stress after long shifts in the summer rush. Paid overtime. No concerns.",
  "", "", "", "l")
E("Boy (15, Vietnamese) found at a Dover truck stop, told police he was meant to go to 'a nail shop' where his cousin's boss would keep him until his family paid £15k.",
  "AV DB", "", "L", "i")
E("Member of public: foreign lads at the car wash by the ferry port, they look happy enough, boss pays them, they told me they rent a flat together in town. Just checking you know about it as my friend says all car washes are slavery lol",
  "", "", "", "l")
E("Coach station (Digbeth) security saw a man take a young woman's phone out of her hand and smash it on the floor, then pull her onto the Bradford coach by the hair. CCTV retained.",
  "PSV ISO", "iso", "", "i")
E("Tenant of a short-let studio near Gatwick found a note pushed under the door of the studio next to hers: 'PLEASE HELP ME I AM LOCK HERE MAN TAKE PASSPORT'. She rang 999.",
  "RM RD", "rm dt", "", "i")
E("Passenger on a Ryanair flight from Kaunas reported that the woman beside her said she'd been 'hired to clean in a London hotel' but had never seen a contract and was told she had to repay £1,200 for the flight and room before she gets paid. She seemed nervous but was travelling alone and held her own passport.",
  "DB", "", "L", "m")
E("Police log 2/A/P: IP (SLK F, 22) met officers at Luton Airport and stated that her ex-partner had brought her to the UK 2 years earlier and forced her to have sex with men in Bedford. He is in prison now. She is returning to Slovakia and says she is no longer in contact with him and feels safe. Historic offence recorded, NRM declined, DtN completed.",
  "PSV", "", "S", "h")
E("Stolen card used to book hotel rooms; booking cancelled, no trafficking link.",
  "", "", "", "l")
E("Duty to Notify (anonymous): adult male, Indian, 31, worked as a chef in an airport hotel restaurant. Came on a skilled worker visa after paying an agent £14,000. Worked 80-hour weeks. Employer's brother kept his passport and said if he left the sponsorship would be cancelled and he would be deported. Paid roughly half what his contract says. Did not consent to NRM because he fears the Home Office.",
  "DB EO RD IT AV", "uf lh dt foa", "L", "h")
E("Border Force Stansted: Albanian M, 21, refused entry. Inconsistent account of purpose of visit. No trafficking indicators identified. Removed.",
  "", "", "", "l")
E("A&E Southampton: male crew member (Myanmar) from a cargo vessel brought in with a broken arm. He says the bosun hit him with a spanner because he was slow. He says crew work 16-18 hour shifts and the captain holds all passports. Interpreted by phone. He asked not to be sent back to the ship.",
  "PSV EO RD", "pa lh dt", "L", "h")
E("fishing boat at the harbour, the crew are asian lads and they never get off the boat, ive asked and the skipper says they're not allowed, they're on there months. poor sods look half starved",
  "RM", "rm pa saw", "L", "h")
E("Cruise line HR: complaint from a cabin steward that his supervisor shouted at him. Investigated under grievance procedure. Steward has own documents and contract, works within ILO Maritime Labour Convention hours. No exploitation.",
  "", "", "", "l")
E("Bank alert (Lloyds FCU): account of a 70-year-old man receiving £1,400 monthly from a hotel employer. Card used daily at an ATM 200 miles from his home, by a younger man (CCTV). Customer, when called, said 'my friend looks after my money'. Branch staff say he is confused and appears unkempt.",
  "WW AV", "ncw pa", "L", "m")
E("Meeting note (Salvation Army / police): client is a Hungarian woman recruited from a Budapest homeless shelter with a promise of hotel work in Bournemouth. Instead she was taken to a flat and told to sell sex. The 'manager' keeps the earnings, takes her to and from 'jobs' in his car, and told her that if she goes to the police she will be arrested for prostitution.",
  "AV DEC WW IT", "et ncw foa", "S", "h")
E("Hotel housekeeping manager, conference hotel, Birmingham NEC: we had a young Syrian refugee start as a kitchen porter through a refugee employment charity. He has his biometric residence permit, bank account, contract. He's doing very well. I'm writing because a guest complained that 'we use slave labour', which is untrue.",
  "", "", "", "l")
E("INT 2/B/P: HGV driver GRAHAM Paul has been observed dropping Romanian males at 05:00 at a farm in Herefordshire and collecting them at 21:00. GRAHAM is paid by a Romanian man who collects the workers' wages in cash from the farm office each Friday. Workers reportedly live in a barn.",
  "WW AC EO", "ce et ncw plc saw lh", "L", "h")
E("Service station manager (M1 J28): one of the cleaners, contracted by a facilities firm, told me she's paid by the firm at minimum wage but her last payslip was a week late. She has been paid now. She's happy in the job.",
  "", "", "", "l")
E("Interpreter-mediated debrief, Farsi: he says the agent in Tehran told him a hospital in the UK would pay him to donate a kidney to a rich patient and he would get a visa after. When he arrived in Istanbul he was kept in an apartment with 5 other men, their passports were taken, and a doctor did blood tests. He escaped before the operation when a guard left the door open.",
  "DEC RD RM", "dt rm", "O", "h")
E("Hospital (Royal Free) safeguarding: a renal patient from abroad arrived for private transplant with a 'cousin' as the living donor. Donor assessment found they were not related; donor said through an independent interpreter that he was promised £20,000 and a job in London, and that the patient's family have his passport. Surgery stopped, police informed.",
  "DEC RD AV", "dt", "O", "h")
E("Press summary (trial report).\n\nA court in Manchester heard that a man brought a woman from Kenya on a promise of a hospitality job in a hotel near the airport, then told her she must sell a kidney to pay her 'debt' for the flights and visa, which he said had grown to £18,000.\n\nProsecutors said he took her to private clinics for blood tests and scans and arranged for her to meet a buyer, a wealthy businessman needing a transplant. The operation did not take place: she alerted a nurse during pre-operative tests, saying in tears that she did not want to do it and that 'he says I must pay or I will never be free of him'.\n\nThe defendant denies arranging the transplant and says the woman was his girlfriend and came to the UK freely. The businessman, who the prosecution says was unaware of the circumstances, is expected to give evidence later in the week.\n\nThe trial continues.",
  "DEC DB", "", "O", "h")
E("Man (47) asked at a hospital reception if he could 'sell a kidney for cash' because he is in debt. Advised it is illegal, referred to debt advice. No exploitation by a third party.",
  "", "", "", "l")
E("Ryanair check-in supervisor, Manchester T3: a woman (Nigerian, approx 30) checking in for Lagos said her 'madam' in London had kept her passport for years and only gave it back today at the airport to send her home after she got sick. She had no luggage and no money. She said she had been a housemaid for the madam's family and never paid.",
  "RD WW", "dt fpe", "D", "h")
E("Community midwife: visiting a new mum in Ilford, noticed a young woman (approx 19, Sri Lankan) doing all the housework and childcare, sleeping on a mat in the kitchen. The family said she is a cousin 'helping out'. She did not speak during the visit and the mother-in-law answered for her. When asked, she said she cannot go out alone.",
  "RM AC", "saw sfw rm", "D", "h")
E("Private household, Knightsbridge — police welfare visit after a call from a neighbour. Domestic worker (Ethiopian, F, 28) found to have been given no salary in 14 months ('the family pays my father at home'), working from 6am to past midnight, and locked in the flat when the family goes out. Passport in the employer's safe.",
  "WW EO RM RD", "ncw lh rm dt", "D", "i")
E("Concern from a cleaner at a 5-star hotel: a Gulf family staying for Ramadan have a nanny who eats alone in the corridor and is not allowed to leave the suite without the family. She asked me in a whisper for the number of 'the police for maids'.",
  "RM AC", "rm", "D", "h")
E("Family holiday, hotel in Blackpool: a 16-year-old girl went missing for 4 hours, found at the arcade with friends she met on the pier. Parents relieved. No concerns.",
  "", "", "", "l")
E("Children's services strategy note: 15-year-old girl in residential care repeatedly goes missing and is returned by taxis paid for by an unknown account. Seen at a hotel near Leeds Bradford airport with adult males. Has new clothes, phone, nails. Says her 'boyfriend' (24) would hurt her little brother if she stops seeing his mates.",
  "AV IT", "", "S", "h")
E("2/B/P: IP (ROM M, 29) recovered at a hand car wash, Chelmsford. States he was collected from Stansted by 'Vasile', who took his ID card at the airport 'for the job registration' and has never returned it. He works 8am-8pm, 7 days. Paid £200 a month. Lives in the car wash container with 5 others.",
  "RD EO WW AC", "dt lh saw oc et", "L", "h")
E("RSPCA inspector's note, passed to police (rural crime team).\n\nAttended a private site off the A5 following a complaint about the condition of two horses. Horses were underweight but not in immediate danger; advice given to the owner and a follow-up visit booked.\n\nWhile there, the inspector saw three men in poor condition — very thin, dirty clothes, one with no socks in work boots — loading a tarmac lorry. They are living in an old horsebox at the edge of the site. One of them said in English 'I am here 8 years, no money, they are my family now' when the inspector asked if he worked for the site owner. The site owner's son then told the man to get in the lorry and they drove off.\n\nThe inspector felt uneasy about the men and says the family were friendly to her but 'didn't want me talking to the workers'. No names obtained. Vehicle registrations noted.",
  "WW AC", "pa plc", "L", "m")
E("Victim account, translated from Vietnamese: 'They brought me from the lorry at a big car park with many trucks. A car took me and another boy. We went to a house with plants. They said we cannot go out because police will catch us and beat us. We eat noodles. I sleep near the lights; it is very hot, my skin is burning. After some months they said I still owe because the plants died.'",
  "RM DB AC", "rm plc pa foa", "C", "h")
E("Hotel guest email: 'Staying at your Hammersmith branch, I noticed your night porter works every single night I've been here (10 nights) and told me he sleeps in the basement. He seemed scared of the manager. Is he ok?' — Hotel response: porter is employed by a cleaning contractor; contractor confirmed he has a room in a shared house and works 5 nights. Porter spoken to alone, says he sometimes naps in the basement on breaks. No concerns found.",
  "", "", "", "l")
E("Customs Officer, Felixstowe: a container of frozen fish from Thailand flagged by supply chain intelligence. Importer has published an s54 statement; audit by an NGO earlier found Burmese crew on the supplying vessel had been held at sea for 2 years, unpaid and beaten. Matter referred for supply chain review.",
  "RM WW PSV", "rm", "L", "h")
E("Rail staff report, Stansted Express platform, 22:50.\n\nSaw a young woman crying on a bench. She said her boyfriend had dumped her at the airport after a row, driven off and taken her purse with her bank card, which she had left in his car. She was embarrassed more than anything. She had her phone and her own passport; they were meant to be flying to Malaga together.\n\nShe phoned her mum, who is in Cambridge and couldn't drive over that late. She was given a travel warrant to get home and we made sure she got on the 23:10. Her mum rang later to thank us.\n\nThere was nothing about the boyfriend that suggested anything beyond a domestic argument; she said he's never hurt her and she is going to end it. Logged as a welfare incident only.",
  "", "", "", "l")
E("INT (2/B/C – dissemination to GLAA only): Warehouse agency in Northampton recruits from a Romanian village through a Facebook page. Workers pay £250 'for the bus' and are housed 4 to a room in an agency-owned house. Rent and transport deducted. Some told at interview they would work in a hotel.",
  "DEC AC", "uf oc ct", "L", "m")
E("Report from a Lyft-style app driver in Birmingham: 'Passenger was a boy about 14, I picked him up from a McDonald's near the station, another man booked it. The boy had a big bag and asked me to drop him around the corner from the address not at it. I could smell weed. He said \"I can't go home till I sell this lot\".'",
  "AV", "", "C", "i")
E("Mother of a 17-year-old rang 101: son's 'friend' has been paying for his Ubers to a flat in another town. Son came back with a black eye and told her he 'owes them' and must do 'one more trip'. She has taken his phone. Request for safeguarding.",
  "AV PSV DB", "pa", "C", "h")
E("Border Force, Birmingham: Brazilian F, 25, arriving as a tourist, had a WhatsApp chat on her phone with a man promising a 'job at a massage spa' and telling her what to say to immigration. She said she knows it is sex work and wants to do it, no one is forcing her, and she has her own return ticket. Refused entry for breach of visitor rules.",
  "", "", "", "l")
E("Pizza delivery rider told council licensing officer he is 'renting' an account from a man who keeps half his earnings and says he will 'report him to immigration' if he stops. Rider lives in a room shared with 5 others above a shop owned by the same man.",
  "WW IT AV AC", "ncw oc", "L", "h")
E("Intel: Eastern European women working at a laundry service for hotels in Blackpool are brought by minibus at 6am, and sleep at a house owned by the laundry supervisor. One woman said the supervisor 'keeps her papers safe' and deducts money for 'looking after them'.",
  "RD WW", "ce et dt ncw", "L", "m")
E("999 from trucker: girl about 14 getting in and out of lorries at the services, man in a car taking money off her each time.",
  "AV WW", "ncw", "S", "i")
E("Press summary (regional paper): Police praised a Carlisle hotel manager who spotted a teenage girl being groomed by an older man in the hotel bar. The girl was safeguarded and the man charged with sexual communication with a child.",
  "AV", "", "S", "h")
E("A Filipino man contacted an NGO from a cruise ship docked in Dover: he says his agency in Manila required him to pay a placement fee and sign a note saying he owes them $5,000 if he breaks his contract. He works 12-hour shifts with one hour off. He has his own passport. He is not sure if this is legal.",
  "DB", "uf", "L", "m")
E("neighbours airbnb has stag dos every weekend, rubbish everywhere, so noisy!!",
  "", "", "", "l")
E("Caller at Gatwick: her Ukrainian friend, who came under Homes for Ukraine, is being made to clean her sponsor's three holiday lets for nothing 'as rent'. The sponsor has her passport 'for the council forms' and says she will be homeless if she stops.",
  "WW RD IT AV", "dt", "L", "h")
E("Homes for Ukraine check: guest happy, works at a hotel, paid into own account, has documents.",
  "", "", "", "l")
E("Port Health, Immingham: a Russian seafarer (M, 40) is on a vessel detained for safety defects. The owner has gone into administration and the crew's last month of wages is late; the ITF is pursuing the claim. He holds his passport, goes ashore freely and the seafarers' mission is supporting him.",
  "", "", "", "l")
E("INT 2/B/P: Female (ROM, 19) seen by officers at Leicester coach station with a male (ROM, 30s) who was holding her ID and phone. Male answered all questions. Female later told officers via interpreter that he bought her from her stepfather and she 'works in flats'. She has nowhere to go.",
  "RD ISO AV", "dt iso sfw", "S", "h")
E("Hotel in Bournemouth – night auditor logged: man booked 3 rooms for 'football team' of 9 teenage boys, Albanian speaking, no adults other than him. Boys left at 5am in a minibus with 'hand car wash' signage and returned at 10pm. Boys appeared tired and hungry; one asked staff for food.",
  "AV EO", "ce et lh pa", "L", "i")
E("Taxi driver in Peterborough: I drive a group of Latvian ladies to a vegetable factory every morning. The agency pays me, not them. They are normal ladies, they chat and laugh, they told me they like the job and go home at Christmas. I only mention because my friend asked me if it was slavery.",
  "", "", "", "l")
E("Service station security (M6 Toll): two young men (Albanian) were seen sleeping in the disabled toilets. Said they had walked from a cannabis farm nearby where they had been 'locked in with the plants' for months. One had a swollen face. Both very frightened of being sent back. Police and ambulance called.",
  "RM PSV", "rm pa foa", "C", "h")
E("tl;dr my uncle does removals with a van, he uses lads from the job centre, pays them cash £60 a day, they get lunch, they choose when to work. someone reported him as a gangmaster lol. he's just a bloke with a van",
  "", "", "", "l")
E("IE enforcement visit at a Chinese restaurant in Swindon: 3 workers without status. Two had been working there for 4 years, sleeping above the kitchen. They told officers the owner pays them £100 a week cash and 'keeps the rest for our debt to the snakehead'. One hasn't left the restaurant in a year, 'the boss says outside is dangerous for us'.",
  "DB WW AV", "saw ncw", "L", "h")
E("Flight crew report, Dubai–Manchester: a boy of about 10 travelling with a woman who said she was his aunt. He had no luggage and the woman spoke to him roughly; he said to the crew in English 'she is not my aunty, my mummy is at home'. Police to meet the aircraft.",
  "AV", "fpe", "", "i")
E("Station manager, Glasgow Buchanan bus station: a group of Syrian young men asked for help, they had been told by an employer online that there was a job in a hotel in Inverness and that a car would meet them. No one came, and the number no longer works. They had paid £200 each 'for uniforms'. They were given advice and directed to the Scottish Refugee Council.",
  "DEC", "uf ppe", "", "m")
E("Officer's note: spoke to the Romanian women at the hotel laundry as requested. All have own ID, bank cards in own names, live in rented flats they found themselves. They said the supervisor is strict but fair. No indicators of forced labour found; matter closed.",
  "", "", "", "l")
E("Ride-hailing trust and safety escalation, forwarded to police CSE team.\n\nDriver report, verbatim: 'Rider was a teenager, said she was 16, booked by a man on his account, pick up from outside a sixth form college at 17:45. She told me she was going to meet \"a friend of my boyfriend\" at a hotel and that her boyfriend gets money for it. She said she didn't want to go. She was texting the whole way, she showed me a message that said \"don't be late again\". I dropped her at the hotel because I didn't know what else to do and I feel terrible.'\n\nAccount review: the booking account (M, 29) has made 31 trips in six weeks, most from schools, colleges or a children's home to three hotels in the city centre. Payment card registered to a different man. Account suspended pending police contact. Hotel addresses and trip times attached.\n\nThe driver has been offered support and has given consent to be contacted.",
  "AV WW", "", "S", "i")
E("Cleaner at a motorway Travelodge: I keep seeing the same Vietnamese lad at the nail bar in the services, he's there open to close every day and a woman drops him off and picks him up. Today he had no coat in the snow. He looks about 16.",
  "AV EO", "ce lh et pa", "L", "h")
E("Victim debrief (Albanian F, 23) via interpreter: she says her boyfriend promised they would marry in England and he would get her a job in a bakery. On arrival at Stansted he took her passport 'so it's safe'. Two days later he told her she owed him £10,000 and made her have sex with men in a flat in Enfield. When she refused he beat her and said he would send pictures to her father.",
  "DEC RD DB PSV IT", "dt", "S", "h")
E("Harbour master, Peterhead: a Scottish crewman complained his skipper makes him work long hours during herring season. Paid shares of catch as agreed, goes home between trips. Employment advice given.",
  "", "", "", "l")
E("Food factory (Lincolnshire), whistleblower: supervisors from the labour provider shout at workers and threaten to 'send them home' if they don't meet targets. Workers bussed in from a hostel at 5am. Some workers say the provider keeps their bank cards 'to help them'.",
  "IT WW", "ce et ncw", "L", "m")
E("Prison officer (HMP Wandsworth) note: remand prisoner (Vietnamese, 17 per his account, recorded as 19) arrested at a cannabis grow in a flat above a takeaway. He says he was told he would work in a restaurant, and that a man locked him in and visited once a week. Age assessment requested, NRM referral.",
  "AV DEC RM", "rm", "C", "h")
E("Public report, Crimestoppers: 'the chinese takeaway on the high st near the taxi rank, the girl who works there is there at 8am cleaning and still there at midnight every day, she sleeps there, they never let her out the front, the owner shouts at her all the time'",
  "EO RM", "lh saw rm", "L", "h")
E("Coach passenger report: a man was giving instructions by phone to a group of young Polish men on the coach, telling them to say they were tourists and not to speak to anyone. The lads told me they were coming to work in a hotel in Kent but hadn't been told where they'd live. They were in good spirits.",
  "", "", "", "l")
E("NGO note (Hope for Justice): British man, 62, alcohol dependent, found by outreach sleeping in a lorry park. Says for 3 years he was taken around the country by a family to do driveways, paid in beer and food, slept in a van. He was hit with a shovel when he tried to leave at a service station. He has no ID; the family 'had it'.",
  "AV WW PSV AC RD", "plc dt pa", "L", "h")
E("GLAA inspection, shellfish gangmaster on the Wash: licence held, workers paid weekly through payroll, PPE provided free, transport free, workers speak freely and hold their own documents. Minor record-keeping issue. No concerns.",
  "", "", "", "l")
E("Hotel valet (London) to police: a wealthy guest's driver sleeps in the car in the hotel car park every night, has done for 3 weeks. He told the valet he is not allowed a room and is never given a day off, and that 'my sir has my passport'.",
  "EO RD AC", "saw lh dt", "D", "h")
# ---- part 4 ----
E("Hotel receptionist: the agency cleaners here have their own lockers, their own phones, they go home on the bus. The agency pays them properly, one of them told me she's saving for a car. Nobody holds their passports. I'm saying this because the inspector asked.",
  "", "", "", "l")
E("Taxi driver, Luton: 'I drove a young woman to the airport. She was going home to Poland after working in a hotel kitchen for a year. She said the boss was hard work and the hours were long in summer but she was paid every week and she's coming back next year.'",
  "", "", "", "l")
E("Airport cleaning contractor (subcontracted), anonymous complaint to union: 'They took £150 off our first wage for the uniform and the security pass. We work 6am to 2pm, sometimes overtime paid. It's unfair but we get the rest of the money.'",
  "", "ppe", "", "l")
E("Police log, incident 0412.\n\nCall from a member of the public walking past a Travelodge by the ring road: she could hear a man shouting 'let me in, they're keeping me here' and believed he was being held captive.\n\nAttended 02:50. The man (Polish, 40) was a guest who had locked himself out of his room after going to the car park for a cigarette, and was shouting at the night manager because his key card no longer worked. He was intoxicated. He is in the UK for a week on a building contract, has his own passport and phone (in his room), and his colleague from the next room confirmed his identity.\n\nNight manager re-issued a key card. Man apologised to staff. Caller updated.\n\nNo offences. No safeguarding or exploitation concerns. Closed.",
  "", "", "", "l")
E("Immigration Enforcement, Dover: Vietnamese F, 20, found in a lorry trailer with 6 others. She says she was told she'd get a job in a nail salon, that her family has already paid $20,000 and she will repay the rest 'in work'. She doesn't know who will collect her. Smuggling network believed to be linked to nail bars in the Midlands.",
  "DEC DB", "", "L", "m")
E("Dispatch log, private hire firm, Rotherham: booking request refused – customer wanted driver to pick up 'two girls' from a children's home and 'not ask questions'. Booking account details passed to police.",
  "AV", "", "S", "h")
E("HGV driver (UK) reported his own employer to ACAS: unpaid holiday pay and overtime disputes. He can leave and has his documents; he is looking for another job. No exploitation.",
  "", "", "", "l")
E("Short-let host, Edinburgh: guests left early without paying for damage, left behind a suitcase with 9 Romanian ID cards and 14 bank cards in different names, plus a notebook listing names, amounts and 'rent' and 'transport' columns. Guests had said they were a 'work crew'.",
  "", "mbc dt ncw ct", "", "l")
E("Victim (Slovak F, 30) told the Salvation Army she was met at Luton by her cousin, who drove her to Sheffield and said she'd work at a hotel. She was given the job, but the cousin opened a bank account for her and kept the card. All her wages went into that account and he gave her £25 a week. He also said she owed him £2,000 for the flight and the room, and the amount went up when she was ill.",
  "WW DB", "ncw et", "L", "m")
E("Housing officer: tenant in a council flat near the ferry port has 6 adults living there, all working at the port in warehousing, paying him rent. Overcrowding breach. They work for a legitimate agency and are paid into their own accounts. Tenancy enforcement only.",
  "", "oc", "", "l")
E("Railway station CCTV operator: 2 boys, about 13, hanging around the ticket barriers approaching passengers for money with a sad story. An older man watches them from the cafe and takes the cash off them every half hour.",
  "AV WW", "ncw", "C", "i")
E("Witness statement (waitress, seaside hotel): 'The chef was always on at the kitchen porters. He told the Kurdish lad that if he didn't shut up about his wages he'd ring the Home Office and have him deported, and that he'd already told the boss not to pay him. The lad hadn't been paid for 5 weeks. He lived in the staff block and did doubles most days.'",
  "IT WW EO", "lh saw foa", "L", "h")
E("Hotel group modern slavery statement audit: no cases identified in 2025; all agency suppliers audited; staff trained to spot the signs; a whistleblowing line exists. One housekeeper reported a former employer elsewhere who had held her passport; she was supported to report it.",
  "RD", "dt", "", "m")
E("101 call summary and follow-up.\n\nCaller: 'There's a man sleeping in a car at the service station on the A303 for a week. I asked if he needed help, he said he's a delivery driver between jobs and fine, has a room booked next week. I just think it's a bit odd because he's always on his phone and looks worried.'\n\nNeighbourhood officer attended next day. Spoke to the man (British, 38). He explained he had recently separated from his partner, moved out of the family home and is starting a new job with a national parcel firm on Monday; he showed the offer letter and the booking for a room in a shared house. He has his own car, his own bank card and his driving licence. He said the service station staff let him use the showers.\n\nHe was given details of the local housing team. No concerns of exploitation or criminality. Closed.",
  "", "", "", "l")
E("Police handover: Op BARN OWL. 4 Romanian males recovered from a farm near Evesham. All state they were recruited in Romania by 'Gabi', paid £100 each for the job, and expected £9 an hour. They have been paid nothing in 6 weeks. Gabi holds their ID cards. They sleep in a cold barn on pallets. Gabi told them if they go to police they will be arrested as they have no papers.",
  "DEC WW RD AC IT", "uf dt plc foa", "L", "h")
E("Domestic abuse, no exploitation: woman (Romanian, 28) reports boyfriend grabbed her arm and pushed her against a wall during an argument. She works at a hotel and lives with friends. Both arrested/released. DASH medium. She has her own money and documents.",
  "PSV", "", "", "h")
E("BTP log. A 14-year-old was found on a train from Euston to Blackpool with £800 and two phones. He says he is 'going on holiday'. Missing from home since yesterday. Suspected county lines.",
  "AV", "", "C", "h")
E("Parent email to school: our daughter (15) has been staying at a holiday let in town booked by a man she met on TikTok. He gives her vapes and money and she says she has to 'go with his friends' to pay him back. Please help.",
  "AV DB PSV", "", "S", "i")
E("Public report (poor English): 'in the hotel where i work kitchen, boss take new guys passport, say he keep for safety, they not have money, sleep in hotel store, work every day, i am afraid for them and for me'",
  "RD WW EO", "dt saw lh", "L", "h")
E("Taxi licensing officer: two drivers share one PHV badge, one is working under the other's name. The unlicensed driver is an Afghan asylum seeker who says the badge holder takes £300 a week from his fares and tells him 'if you stop I'll tell the Home Office you worked illegally'.",
  "WW IT AV", "ncw foa", "L", "h")
E("Airbnb guest review (hidden by host): 'The flat was fine but the woman cleaning it when we arrived said she was working for the host for free and he kept her passport. We reported it to the platform.' Platform passed to police.",
  "WW RD", "dt", "L", "m")
E("Press release: a Gatwick-area hotel was fined for employing 3 staff without the right to work. Officers found no evidence of exploitation; staff were paid the going rate and lived independently.",
  "", "", "", "l")
E("Victim debrief (Indian M, 27, Punjabi interpreter): 'The agent took my passport in Delhi and gave it to the man at the airport in London. He drove me to a warehouse and said I owe £22,000 for visa and flight and I must work at his cash-and-carry. 7am to 11pm. Sleep on the office floor. He says if I go to the gurdwara or speak to anyone he will harm my parents. He has the passport still.'",
  "RD DB EO AC IT", "dt lh saw", "L", "h")
E("Rail enforcement officer, Manchester Piccadilly: teenage girl travelling with a ticket bought by an adult she described as her 'manager'. She says she does 'promo work' at hotel parties in Leeds. Manager not present. Details passed to CSE team.",
  "AV", "", "S", "h")
E("Seafarer at Tilbury bought a SIM to call home, says wages paid on time.",
  "", "", "", "l")
E("Intel 3/C/P: rumours among car wash workers in Wrexham that the new owner of a car wash on the Mold Road 'will take your passport if you work for him'.\n\nFollow-up by neighbourhood team and GLAA (joint visit, 3 car washes).\n\nCar wash 1 (the new owner's site): 5 workers, Kurdish and Romanian. Spoken to separately with interpreters. None have had documents taken; all showed ID, all paid weekly into their own accounts, all live in rented rooms in town which they found themselves. They say the rumour is about a different business in Chester that closed last year.\n\nCar wash 2: 3 workers, all British. Minor health and safety issues, advice given.\n\nCar wash 3: closed at time of visit.\n\nNo indicators of forced labour. Owner of site 1 co-operative and has put up the helpline poster in four languages. Intel updated.",
  "", "", "", "l")
E("Hospital social worker: Eritrean man (24) admitted with TB. He works as a kitchen porter in a hotel, rents a room with a friend, sends money home. He asked if the hospital would tell his employer. Reassured. No concerns of exploitation.",
  "", "", "", "l")
E("Coach driver at Heathrow Central Bus Station noticed a group of 5 women with one man who held all the tickets and passports. When a woman tried to sit apart from the group, he grabbed her by the wrist and pulled her back. They boarded for Birmingham.",
  "RD PSV RM", "dt rm et", "", "h")
E("Press summary: Jury convicts couple who kept a Ghanaian woman as an unpaid maid for 10 years in their Hertfordshire home, confiscating her passport and telling her she would be jailed if she left. She cooked, cleaned and cared for their children 'from dawn until midnight'.",
  "WW RD IT EO", "dt lh foa", "D", "h")
E("NGO caseworker (Migrant Help): man says he was trafficked for benefit fraud — a gang in Birmingham used his passport to register 4 fake claims and open accounts, and made him go to the Jobcentre and bank appointments. He was given a room with 8 others and £20 a week. They still have his passport.",
  "RD WW AC", "dt oc mbc ncw", "C", "h")
E("Elderly woman missed her son at Heathrow arrivals, reunited via tannoy.",
  "", "", "", "l")
E("Minicab office (late-night) manager: 'A lad from our office, about 17, was sent by his uncle to work the switchboard 6pm to 6am six nights a week. The uncle gets his wages. He's got no other family here and doesn't go to college.' Referred to council.",
  "AV EO WW", "lh ncw", "L", "h")
E("Police welfare visit to an Airbnb in Cardiff following an anonymous report of a brothel: two women (adults, Brazilian) said they work independently, advertise themselves, hold their own passports and keep their earnings. No one else involved. Advice given, no exploitation identified.",
  "", "", "", "l")
E("Debrief extract (Sudanese M, 17, via Arabic interpreter): 'In England the men at the car wash said I must stay in the back, if police come I must hide. They took my phone and said my family in Darfur would have trouble if I call them. I worked washing cars every day from morning until dark. No money.'",
  "AV ISO IT EO WW RM", "iso lh rm", "L", "h")
E("Hotel security manager (Heathrow): CCTV showed men escorting groups of young women from a minibus to rooms booked on the same card at 11pm and taking them back out at 6am. This has happened 3 times. Rooms found with many used condoms. Women never came to reception.",
  "", "et ce", "S", "h")
E("Removal firm overcharged a customer; workers employed properly. Civil matter.",
  "", "", "", "l")
E("Passport found at Cobham services, handed in, returned to the tourist.",
  "", "", "", "l")
E("tried to book an uber from the airport and the driver offered me a 'cheap hotel with girls' ... i said no. he had a lanyard with a different name to the app. reporting to uber and you",
  "", "", "S", "h")
E("Intel 2/B/P: Ryanair and Wizz Air bookings for 11 young Romanian women over 2 months paid from one card belonging to POPA Marius, all flying into Luton and collected by the same silver Skoda (VRM LK19 FRE). Women later seen advertising on an adult site at addresses in Luton and Watford. One told an outreach worker Popa has her ID card.",
  "RD", "et dt", "S", "h")
E("The man in room 12 at the motel has had the same Chinese lady with him for a month, she cleans all the rooms for the owner while he watches, she doesn't get paid that I know of, and last night I heard him slap her. Reported by another guest.",
  "PSV", "", "L", "h")
E("Home Office sponsor compliance visit, care home in Kent: overseas carers say they were charged £5,000 'training fees' by a UK recruiter, to be paid back from wages at £400 a month. The carers can leave, have their documents, and the care home has now stopped using the recruiter.",
  "DB", "uf", "L", "m")
E("Sergeant's note (Stansted custody): detained female (Chinese, 28) arrested for immigration offence at a massage parlour. Disclosed she was told she had a restaurant job. The 'boss' keeps her earnings and moves her every week by car. She has no idea which towns she has been in. NRM referral made.",
  "DEC WW ISO", "ncw et iso", "S", "h")
E("Ferry security spoke to a couple arguing over car keys; no concerns.",
  "", "", "", "l")
E("Voluntary Return Service note: Bulgarian M, 50, wants to go home after working 2 years at a hotel in Skegness. Employer paid him properly, he is just homesick. Ticket arranged.",
  "", "", "", "l")
E("Cabin crew (easyJet) wrote: 'A girl on the flight from Tirana told me she was 16 and was going to marry a man in London her family chose. She said she had not met him and did not want to. The woman accompanying her took her passport back each time she used it.'",
  "AV RD", "dt", "", "h")
E("Statement of car park attendant, Heathrow Terminal 4 Business Park staff car park.\n\nI have worked nights here for two years. Since about September a group of men, I think five or six, sleep every night in a white Transit van in the far corner of the staff car park. They work at the hand car wash by the airport hotels. I know because I have used it.\n\nTheir boss, a big man with a shaved head who drives a black Range Rover, collects them from the van at 6am and they work until late, sometimes I see them come back after 11pm. They're not allowed to leave the car park except with him; one of them told me that when I gave him a coffee, and that the boss takes the van keys with him.\n\nThe same man told me they haven't been paid since they arrived in the summer, the boss says the money is 'for the room', meaning the van. He was shivering. There is no toilet; they use the bushes.\n\nI'm not sure of their nationality. I think Albanian or Kosovan. I have photos of the van registration.",
  "RM WW EO AC", "saw rm et lh ce plc", "L", "h")
E("Night shift nurse (A&E, Gatwick area): young man brought in by a taxi driver after collapsing at the airport hotel where he works. Dehydrated. He said he is paid and happy with his job, just did a double shift to cover sickness. Discharged.",
  "", "", "", "l")
E("Torquay hotel staff raise £3,000 for a colleague's flooded family home in the Philippines.",
  "", "", "", "l")
E("Call handler note, 999: a man in a service station toilet at Leigh Delamere says he escaped from a van taking him to 'a job'. He says three men beat him in the van and took his passport and phone. He does not know where he is. Caller has visible head injury per staff. Units and ambulance dispatched.",
  "PSV RD ISO", "dt iso pa", "", "i")
E("Probation case note: service user (M, 31) got a job as a night porter at a hotel through a resettlement scheme. Doing well, paid on time, attends appointments. No issues.",
  "", "", "", "l")
E("Officer's note, follow-up at Dover hotel: the Slovak kitchen porter who was reported as 'trapped' says he can leave whenever he likes, holds his ID card, and is paid weekly. He lives in staff accommodation by choice. He would have quit if the manager had tried to keep his pay, he said, but it has never happened. NFA.",
  "", "", "", "l")
E("Ride-hailing driver (Bolt) in Leeds: 'Picked up a woman from a hotel at 3am, she said she was a sex worker going home. She was chatty, said she works for herself and has a flat. I only mention it because my training said to report.' No indicators.",
  "", "", "", "l")
E("Two Polish lorry drivers fighting over a parking space at Dover, words of advice.",
  "", "", "", "l")
E("Citizens Advice, case note.\n\nClient: hotel worker (Portuguese, 45), housekeeping, large chain hotel near Bristol Airport, 6 years' service.\n\nIssue: her employer cut her contracted hours from 37.5 to 30 in October and she now earns less than she expected; she says the rota is given to favourites. She has a written contract, is paid monthly into her own bank account, has her own documents and settled status, lives in her own rented flat with her partner, and is free to look for other work, which she is doing.\n\nShe also mentioned that a friend at another hotel was paid a week late in September because of a payroll problem; that has been sorted out and the friend is fine.\n\nAdvice given on variation of contract, consultation, grievance procedure and ACAS early conciliation. She will raise a grievance. Not exploitation; no indicators. Follow-up in 4 weeks.",
  "", "", "", "l")
E("Safeguarding strategy discussion: concern that a 17-year-old working at a family friend's guesthouse might be exploited. Young person seen alone: works weekends only, paid cash at the going rate, attends sixth form, lives with her mum. No threats or restrictions. Closed.",
  "", "", "", "l")
E("Caller: my sister works at a hotel in Aberdeen on a work visa. The employer had her passport for one day to photocopy for the right-to-work check and gave it back. She's fine, I just panicked when she told me.",
  "", "", "", "l")
E("Airport security: passenger (M, 35) detained for carrying 2kg of cocaine in a suitcase at Manchester. States he was paid £3,000 to carry it. No coercion claimed; he says he needed the money. Charged with importation.",
  "", "", "", "l")
E("Community support officer: 'The lads who work at the hand car wash on the retail park have told me loads of times they're fine, they're paid, they rent their own places. There's a sign up in four languages about the helpline. The owner's been inspected twice.'",
  "", "", "", "l")
E("INT 2/A/P: IP (ALB M, 16) states he was brought by lorry to a service station on the M25 and collected by 'Kujtim', who took him to a cannabis house in Kent. Door padlocked from outside. IP was told that if he escaped they would kill his brother in Tirana. IP escaped through a window today and is with officers now. Others believed still inside.",
  "AV RM IT", "rm", "C", "i")
E("Email from tour guide (coach holiday company) to the hotel chain's security team, copied to the local police:\n\nDear Sir/Madam,\n\nI lead groups of Chinese tourists on 10-day coach tours round the UK (London, Oxford, the Cotswolds, York, Edinburgh). Last night at your hotel in York a receptionist asked one of our tourists, in front of the whole group, whether they were 'being trafficked' because I was holding the passports at check-in.\n\nI would like to explain. I hold the passports only during check-in so the hotel can register the guests quickly, and I give them straight back before we go up to the rooms. All tourists have return flights booked from Heathrow, their own money and phones, and they go out on their own in the evenings. Several of them were upset by the comment.\n\nI understand your staff are trained to look for signs and I appreciate that, but I hope they can also be told about normal tour group practice.\n\nKind regards",
  "", "", "", "l")
E("Interpreter's note at asylum screening: the applicant said she had been sold by her husband to a man in Italy who took her to the UK by plane and made her work in a house cleaning and cooking for his family without pay. She slept in the kitchen and was not allowed out alone. She ran away when the family went on holiday.",
  "WW RM AC", "saw rm", "D", "h")
E("Backpack left on the airport coach, collected by the owner at Victoria.",
  "", "", "", "l")
E("Hotel housekeeper (Manchester) told her union: agency wanted £40 for a uniform, she refused and they waived it. She is paid weekly and works 35 hours. Union satisfied.",
  "", "", "", "l")
E("Welfare check at a roadside motel in Shropshire after a report from a trucker: 3 women in a room with a man who says he is their 'driver'. Women say they are from Romania, 'work with clients', and that the driver keeps the money and their ID 'for safety'. Room is filthy with mattresses on the floor. One woman has a fresh bruise on her cheek.",
  "WW RD PSV AC", "ncw dt pa plc sfw", "S", "h")
# ---- writer ----
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh34.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (t, ind, sig, typ, risk) in enumerate(D, 1):
            f.write(json.dumps({"id": "f34-%03d" % n, "text": t, "indicators": ind,
                                "signs": sig, "exploitation": typ, "risk": risk},
                               ensure_ascii=False) + "\n")
    print("wrote", len(D), "to", out)
