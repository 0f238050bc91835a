# Hand-written texts for fresh29 (sexual exploitation & domestic servitude emphasis).
# Each entry: T(text, indicators, signs, types, risk) with short codes expanded below.
import json, sys
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
D = []
def T(text, ind="", sig="", typ="", risk="l"):
    D.append(dict(text=text,
                  indicators=[IND[x] for x in ind.split()],
                  signs=[SIG[x] for x in sig.split()],
                  exploitation=[TYP[x] for x in typ.split()],
                  risk=RISK[risk]))
# ---- part 1 ----
T("INT suggests flat 4, 19 Carrow Road being used as a pop-up brothel. Three females, believed Romanian, seen arriving with wheelie cases on Tuesday. Male POI (IONESCU) attends twice daily, takes bags of cash. Females not seen leaving alone. 2/C/P",
  "RM", "rm et", "S", "h")
T("adverts on that escort site keep changing the name but its the same 3 girls in the same bedroom photos, same phone number. one looks about 15. please look at this",
  "AV", "", "S", "h")
T("IP (F, 24, Albanian) disclosed via interpreter that she met 'Arben' online and believed he was her boyfriend. After arrival in the UK he told her she owed him £8,000 for the lorry and flat and she must 'work with men' to pay it. He holds her phone at night. She was moved between Leeds, Sheffield and Derby every two weeks.",
  "DE DB IS", "iso", "S", "h")
T("Caller reports a woman screaming in a short-let flat above the bookies, man heard shouting 'you don't leave until I say'. Door has new padlock on the outside. Units dispatched.",
  "RM", "rm", "", "i")
T("Au pair from the Philippines (22) seen at the school gate each day. Mum says she works from 6am until midnight, has not had a day off since she arrived in March and sleeps on a mattress in the children's playroom. Her 'wages' are sent straight to her agent in Manila.",
  "EO WW AC", "lh saw ncw", "D", "h")
T("Live-in nanny at no 12 is paid £450 a week through payroll, has her own room with ensuite, two full days off and goes to college on Thursdays. Neighbour's concern unfounded, NFA.",
  "", "", "", "l")
T("I came to work for the family of a diplomat. In my contract they write 8 hours and 500 dollars. In the house I clean, cook, take care of three children, wash the cars. I start five o'clock morning and I finish when madam sleep. I never get money in my hand, sir says he keep it for me. My passport also he keep in his office.",
  "DE EO WW RD", "lh ncw dt", "D", "h")
T("Independent escort, 31, British, advertises herself on AdultWork, rents her own flat, keeps all earnings and sets her own hours. Reported assault by a client last month; she has her own phone and bank account. No exploitation indicators identified.",
  "", "", "", "l")
T("Massage shop on the high st open till 2am every nite, same 2 chinese ladys there all the time, i think they sleep in the back room there is a mattress u can see it when the door is open. men going in all hours and an older man locks the front at night and takes the till money with him",
  "", "saw", "S", "h")
T("2/B/C (not for onward dissemination to LA without OIC approval). POI DRAGOMIR, Marius (DOB 03/11/1988) controls 4 x females working from Airbnb lets across Bristol. Uses one phone for all adverts. Collects cash nightly. Females reported to have no access to own ID.",
  "RD WW", "dt ncw", "S", "h")
T("Referral from school DSL: Year 9 pupil (14) seen getting into different cars after school, has new phone and expensive trainers, older male 'boyfriend' aged 23. Missing overnight twice this month, returned with bruising to wrist.",
  "AV PV", "pa", "S", "h")
T("My cousin she is 17 and brought from Nigeria to help my aunt with the baby. She does all cooking washing cleaning for 7 people, not going to school, aunty says she is lucky to be fed. She sleep on kitchen floor.",
  "AV AC EO", "saw plc lh", "D", "h")
T("Grandmother lives with son and daughter-in-law and helps with school runs and cooking most days. She says she enjoys it, has her own pension and bank card, visits friends at church. Social worker satisfied.",
  "", "", "", "l")
T("Hotel night manager reports room 214 booked by same male for two weeks, paid cash. Steady stream of male visitors, one girl seen in corridor in dressing gown, appeared frightened and would not look at staff. Male collects towels and keeps the key card himself.",
  "", "foa", "S", "h")
T("Victim says she was told she would be a model in London. On arrival her passport was taken 'for the agency contract' and she was photographed for an advert on a sex site. When she refused, the man slapped her and said he knows where her little brother goes to school.",
  "DE RD PV IT", "dt", "S", "h")
T("Woman in hijab at A&E with burn to forearm from iron. Husband's family do all talking. Notes say she cooks and cleans for household of 11, not allowed to leave house except with mother-in-law, no phone, speaks no English. Arrived on spousal visa 2 years ago.",
  "RM IS AV", "sfw rm iso pa", "D", "h")
T("Sex worker reported stolen phone after night out. Works from own flat in Salford with one friend for safety, splits rent. No third party involvement. Crime recorded as theft.",
  "", "", "", "l")
T("urgent!!! girl in the van outside tesco express banging on the window saying help, the man went in the shop, van is white transit reg starts WN19. she looks foreign and young",
  "RM", "rm", "", "i")
T("GLAA intel: manager of a Slough hand car wash also runs rooms above a shisha cafe where two Vietnamese women are reportedly kept. Women are driven to a nail bar in the day and to 'clients' at night. Same driver both times.",
  "RM", "et rm ced", "L S", "h")
T("Debrief (via Vietnamese interpreter): She says that she paid 20,000 USD to come to England for nail work. In England the boss said this money was not enough and she must pay 15,000 pound more. Every week he takes her wages for the debt and for food and bed. She says she never saw the money and does not know how much is left.",
  "DB WW DE", "uf ncw", "L", "h")
T("Nail bar inspected under licensing: two staff working, both paid by bank transfer, hold own passports, rota on wall shows 9-6 with breaks. Owner had out of date hygiene certificate. Advice given.",
  "", "", "", "l")
T("Mum worried about daughter (16) who has been staying with an older 'friend' Kieran in a flat in Wolverhampton. Daughter came home with no money, said she had to 'be nice to his mates' to pay back for the weed and the phone he bought her.",
  "AV DB PV", "", "S", "h")
T("Officer handover: IP MALIK, Sana, 19. Brought from Lahore on promise of marriage and study. In-laws took passport on arrival, kept her indoors, she cleans and cooks for 9. Husband hits her if food late. Placed in refuge tonight. OIC DC Hart.",
  "DE RD RM PV AC", "dt rm", "D", "h")
T("Member of public reports that the big house on Priory Lane has a maid who is never seen outside the garden wall. Says she waves from the upstairs window. No further details.",
  "RM", "rm", "D", "m")
T("Domestic worker visa holder (Indonesian, 38) attended Kalayaan advice session. Employer has moved her from Dubai to London. She works 7 days a week, 16 hours a day, and is paid £100 a month into an account the employer opened in her name and keeps the card for. She is not allowed out except to take the children to the park with the driver.",
  "EO WW RM", "lh ncw rm et", "D", "h")
T("Man came into the station to say his Polish partner had been 'working as an escort'. On enquiry she is 29, works independently, chooses her clients and the couple had argued about it. He was unhappy with her job. Words of advice, no offences.",
  "", "", "", "l")
T("SAR from Bank X: account in the name of a 20-year-old female receiving multiple small cash deposits at late hours across Manchester, Leeds and Newcastle, then transferred in full to a third party each morning. Linked phone also listed on adult service website adverts.",
  "WW", "ncw", "S", "h")
T("Probation note: service user discloses partner has been 'putting her to work' in a flat in Croydon to fund his habit and her own. She hands over all money, he gives her gear. Says he would 'smash her face in' if she stopped.",
  "AV WW IT", "ncw", "S", "h")
T("Kidney transplant patient returning from elective surgery at a registered hospital in India, all documentation in order, procedure through approved programme. No concerns.",
  "", "", "", "l")
T("We came three girls in the same car from Bucharest, the man Vali pay for everything. In London he say now you owe me for the car and the room, 50 pound every day even if no clients. If we have no money the debt is bigger. He keep the telephone in the night so we don't call nobody.",
  "DB IS", "iso", "S", "h")
T("Neighbour says the couple next door argue a lot and the woman has a black eye. Woman says her husband is violent. No evidence of work, exploitation or control of movement beyond DA. DASH completed, referred to IDVA.",
  "PV", "", "", "h")
T("Sexual health clinic: female patient (Thai, approx 30) attended with older male who answered all questions and held her passport. She had five previous STI screens under different names. Male insisted on staying in room.",
  "RD", "sfw dt", "S", "h")
T("4/12 — 3/C/C (handling: do not disclose source). Suggests that a woman known as 'Mimi' has been made to sleep with landlords in lieu of rent at several HMOs in Luton owned by the same family.",
  "PV", "", "S", "h")
T("Helpline call: caller's sister, 20, went to Birmingham for a 'cleaning job' advertised on Facebook. Now texts only from a different number, says there is no cleaning job and she has to 'see men', that they took her own phone, and 'they watch me'. Sister was crying on last video call, in a room with no window.",
  "DE IS", "iso", "S", "h")
T("Local authority safeguarding referral: adult with learning disability (34) living with distant relatives who claim his PIP and carer's allowance. He does all the housework and gardening, is not given money, and his bed is in the garage.",
  "AV AC", "ncw plc", "D", "m")
T("Romanian couple in their 40s run a cleaning business, registered, employ 3 staff on PAYE, staff share a rented house that is clean and not crowded. Council HMO check found only a missing fire blanket.",
  "", "", "", "l")
T("This girl is doing my nails every week she told me she is not paid she is learning and living with the owner. She is only 16 she said and come from vietnam with her uncle. She is there from open to close 7 days",
  "AV WW EO", "lh", "L", "h")
T("Intelligence: Albanian OCG (nominal HOXHA) advertising females on two adult sites, using rotating UK SIMs. Females driven between flats in Cardiff, Swansea, Newport. Texts from one female to her mother say she is 'not allowed to leave the house'. 2/B/P",
  "RM", "rm et", "S", "h")
T("Foster carer reports YP (15, female) has been receiving gifts and cash from a man called 'T' on Snapchat who asks her to send pictures and meet his friends at a hotel. YP believes she is in a relationship with him.",
  "AV DE", "", "S", "h")
T("Caller reports large group of men going in and out of a flat on Oakwood Ave, suspects drugs. Attended: a student party. No offences.",
  "", "", "", "l")
T("Midwife booking appt: 19 y/o from Eritrea, 24 weeks, lives with 'uncle' who brought her. Says she cleans his house and his friend's house, he has her papers. Unsure of own address. Not registered with GP. Uncle waited outside and called her phone twice during appt.",
  "AV RD IS", "dt iso", "D", "h")
T("woman works in the chip shop and lives upstairs, she gets paid, goes out with her mates on sundays, I was worried because she always looks tired but she said she just has two jobs to save for a car",
  "", "", "", "l")
T("Border Force, Stansted: two young women (Hungarian, 19 and 20) travelling on one-way tickets bought by a man who was waiting arrivals side. Both had the same address written on paper, could not name their employer, said they were going to 'work in a bar'. Male had their passports in his jacket.",
  "RD", "dt", "S", "h")
T("The family from our mosque bring a girl from Bangladesh. she is about 13. She is not going to school, she looks after their baby and cleans all day and they shout at her. When we ask they say she is a relative visiting",
  "AV EO", "lh", "D", "h")
T("Former employee disputes final pay with a cleaning agency, says she was owed £240 holiday pay, agency paid her late after ACAS contacted. She holds her own documents and moved to another job.",
  "", "", "", "l")
T("Debrief (first account): 'I was 15 when Jay started picking me up from school in his car. At first it was McDonald's and vapes. Then he said I owed him for everything and I had to go to parties and do stuff with his friends. If I said no he said he'd send the videos to my mum.'",
  "AV DB IT PV", "", "S", "h")
T("2/B/P. HMO at 88 Lime St: 6 females (Chinese) sharing 2 bedrooms, used for off-street prostitution. Bed sheets divided with curtains. Females not permitted to answer the door; a male 'receptionist' holds phones and cash.",
  "RM IS WW AC", "oa plc rm iso ncw", "S", "h")
T("Caller (anon) says the woman in the posh house on Kensington Park Rd works for them as a maid and isn't allowed out, saw her crying in the bin store. Says 'she's locked in when they go to their villa'. Family believed to be abroad now.",
  "RM", "rm", "D", "i")
T("Housekeeper for a Saudi family in Knightsbridge. Paid properly, £2,200 pcm by bank transfer to own account, has contract and own passport, days off agreed. Attended to report a lost wallet.",
  "", "", "", "l")
T("She says that the woman who brought her to the UK, called 'Mama Joy', made her swear an oath with juju at a shrine in Benin City. She was told she owed 35,000 euros. She says if she does not pay, the spirit will kill her or her mother will get sick. She works in a flat in Birmingham with 3 other girls and gives all money to Mama.",
  "DB IT WW", "ncw", "S", "h")
T("Female from Slovakia, 27, presented at custody after shoplifting arrest. Says she was brought over for 'factory work' but was put in a house and made to see men. Shows scars on her arms, says 'they burned me with cigarettes when I say no'. Requesting NRM.",
  "DE PV", "pa", "S", "h")
T("Community officer visited massage parlour following complaint. Two therapists, both British-born, self-employed, hold their own keys and leave at closing. No indicators. Premises licence in order.",
  "", "", "", "l")
T("He took my phone and gave me a new one with only his number in it. I didn't know the address, I never went out in the day, only to the car to go to the hotels. He said I had to make £500 every night or no food.",
  "IS RM WW", "iso rm et", "S", "h")
T("VRM AB12 XYZ seen at Premier Inn, Hotel, Ipswich twice weekly dropping off different females at 23:00 and collecting at 06:00. Driver male, mid-40s. Females appear young and carry small handbags only.",
  "", "ced et fpe", "S", "h")
T("A&E: female (approx 17, says 19) attended with vaginal injury and bruises to thighs, accompanied by male 'cousin' who refused to leave. No ID, no fixed address given. Safeguarding team paged.",
  "AV PV", "pa sfw", "S", "i")
T("Teacher reports that a pupil's older sister (22) has moved in from Poland to help the family after new baby. She has her own room, is paid, goes to English classes. Teacher just wanted to check it was 'allowed'. NFA.",
  "", "", "", "l")
T("Caseworker note (Salvation Army): Client worked 3 years for an Indian family in Leicester cooking, cleaning and caring for the grandmother. Promised £300 monthly sent to her husband in Kerala; the family sent £40 twice in three years. She slept on the landing. When she asked for her money, the son said he would report her to immigration.",
  "WW DE AC IT", "plc foa", "D", "h")
T("Report: a 'relative' from Sierra Leone aged around 12 is doing all the housework at 14 Forest Walk and is not registered at any school. Child seen hanging washing at 10pm.",
  "AV EO", "lh", "D", "h")
T("Anon online: theres girls in a flat above the vape shop, they come down only to get food with a man, always the same man, always at night",
  "RM", "rm et", "", "m")
T("Intel log: nom PETROV, Nikolai, believed to recruit women in Bulgaria with offers of strawberry picking then sell them on to brothel keepers in Glasgow for £3,000 each. Women told on arrival they owe the purchase price. 2/C/P",
  "DE DB", "", "S", "h")
T("Caller is a hotel cleaner, found a girl in a room crying, girl said 'please don't tell, he will kill me'. Male now returned to room. Girl looked approx 16.",
  "AV IT", "", "S", "i")
T("Victim account: 'My boyfriend said I was special. After a month he said his friend needed money and I could help by sleeping with him just once. Then it was every weekend. He took pictures and said he'd put them online if I stopped.'",
  "DE IT", "", "S", "h")
T("Woman attended front counter to report her ex-partner for harassment by text. She works as a dancer at a licensed club, gets paid by the club, no third party. Harassment crime recorded.",
  "", "", "", "l")
T("Social services: Moroccan domestic worker found at a neighbour's door at 3am with no shoes, says she escaped through a window. She has not been paid for 14 months, her 'sir' holds her passport, and she shows bite marks on her arm from the madam.",
  "WW RD PV RM", "dt pa rm", "D", "i")
T("Adult service website scrape: same phone appears on 11 profiles in 6 towns over 3 weeks. Profiles state 'new in town', 'young', 'Polish'. Pattern consistent with a controlled network moving women between cities.",
  "", "", "S", "h")
T("My daughter's friend is 14 and told her she goes to a man's flat where older men give her vodka and she 'does things' for them and gets £20. Please help I didn't know who to tell",
  "AV PV", "", "S", "h")
T("Filipino nanny employed by a family in Chelsea left after 3 weeks because the hours were long. Employer paid all wages owed and returned her passport immediately. She has a new job with another family. No modern slavery concerns.",
  "", "", "", "l")
T("Housemaid (Sri Lankan, 45) to a family in Manchester. She says: I am not allowed to use the phone. I eat what is left on plates. I sleep in the laundry room. Madam has my passport and visa 'for safe'. I work from before the children wake until after everybody sleep, every day.",
  "IS AC RD EO", "iso plc dt lh saw", "D", "h")
T("INT: female (VN, 17) believed held in short-let flat, Spinningfields. Seen through window. Male attending with food, door locked from outside. 1/B/P. Immediate action.",
  "AV RM", "rm", "S", "i")
T("Call summary 101: caller's lodger (Romanian female) is 'doing massage' in her room and men come round. Lodger pays rent, says she works for herself, no one else involved. Advice given re tenancy.",
  "", "", "", "l")
T("Man called Sami puts ads for 'young exotic girls' on Vivastreet, the girls are moved in a silver Passat from Reading to Oxford on Mondays. Girls say they don't have their passports, Sami keeps them in a drawer in his mum's house.",
  "RD", "dt et", "S", "h")
T("An elderly lady was pressured by her son to sign over her house. Financial abuse of an adult, no work or sex exploitation. Adult safeguarding S42 enquiry opened.",
  "", "", "", "l")
T("Aunt brought niece (16) from Ghana 'for school'. Niece never enrolled, does cleaning for aunt and two other houses where aunt collects payment. Niece says she is 'like a servant'. Aunt threatened to send her back to her village where she would be married off.",
  "AV DE WW IT", "ncw", "D", "h")
T("Lady at the bus stop said to me she is from Lithuania and works 'at the flats' and has to give everything to Tomas. She had a cut lip and said he did it when she came back short. She begged me not to call the police because they will deport her.",
  "WW PV", "ncw pa foa", "S", "h")
T("Police debrief: 'I cleaned for them from 6 to 11 every day. They said I was family so I don't need salary. When my father died in Ethiopia they did not let me call.'",
  "EO WW IS", "lh iso", "D", "h")
T("Short-term let host reports guests left flat in a state, condoms and wet wipes everywhere, suspects it was used for sex work. Booked by a woman using her own card, two women stayed, left on time. Host wants to claim damages.",
  "", "", "", "l")
T("CSE concern: 13-year-old boy meets adults online via gaming platform, has been sent money and asked for explicit images, one adult offered to meet him in Leicester. Parents have removed the console.",
  "AV", "", "S", "h")
T("2/B/P. Premises: Lotus Health Spa, Coventry. Female staff (Chinese) reside on premises, sleep on massage tables. Owner nominal WU Jian handles all money. Staff work 10:00-02:00 daily. One female stated she owes 'the company' for her flight.",
  "EO WW DB", "saw lh ncw", "S", "h")
T("I got paid less than minimum wage cleaning hotel rooms, complaints to my manager went nowhere so I quit. They did pay me in the end. Just want to report them for underpaying.",
  "", "", "", "l")
T("Female (Brazilian, 26) reported that a man who offered her a 'hostess job' in a Mayfair club instead drove her to a flat, locked the door and told her she would work there until her 'fees' of £6,000 were paid off. She escaped while he was asleep.",
  "DE RM DB", "rm", "S", "h")
T("Safeguarding alert from GP: patient (Pakistani, 50s) brought her niece (20) from Pakistan, niece presents as withdrawn, speaks no English, appears underweight. Niece says through sister-in-law that she 'helps at home'. GP unable to speak to her alone.",
  "", "pa sfw", "", "l")
T("our neighbours nanny from Romania is always in the garden with the kids at 6am and still there at 10 at night and i never see her go anywhere, when i said hello she said she not allowed talk to neighbours",
  "EO IS", "lh iso", "D", "m")
T("Witness statement: I am the manager of the Travelodge. On 12th the male booked three rooms for a week. I saw him take the young women's handbags off them when they got out of the car. He told me they were his 'nieces on holiday'.",
  "", "sfw", "S", "h")
T("PNC check on a Nigerian female stopped in a vehicle in Slough: she holds valid leave to remain, is a nurse, and the driver is her husband. No concerns.",
  "", "", "", "l")
T("Woman, 33, with heroin addiction, reports that dealer 'Dee' has been making her have sex with his customers to pay off what she owes him for gear. Debt 'never goes down'. She is now homeless.",
  "AV DB PV", "", "S", "h")
T("caller says her husband's brother brought a wife from India who never leaves the house and does all the cleaning for the extended family. Husband's brother keeps her passport. Caller thinks she is being treated like a slave and hit.",
  "RM RD PV", "rm dt", "D", "h")
T("Hotel staff raised concern: girl (15-16) in school uniform checking in with man aged 40+ at 1pm on a school day, man paid cash. Police attended, man detained. Girl known missing from care home.",
  "AV", "", "S", "i")
T("Referral (Unseen): A Chinese woman, 40, contacted helpline. She works in a flat in Edinburgh selling sex. She says she chose the work and keeps her money but the landlord takes 50% and she can't leave because he has her passport and says she owes him.",
  "RD DB", "dt", "S", "h")
T("A council housing officer visited a 2-bed flat with 9 adults (Romanian) sleeping on mattresses. All work at a packing factory via an agency, but say they chose the flat themselves and pay their own rent to the landlord. Referred to HMO enforcement only.",
  "", "oa", "", "l")
T("Police report: male arrested at Holiday Inn with 3 mobile phones, adverts on 2 websites, £4,200 cash. Two women in adjoining rooms said he 'looks after them' and they are paid 'at the end'. Neither has been paid since arriving 5 weeks ago.",
  "WW", "ncw", "S", "h")
T("Interpreter note: she says the lady of the house told her the salary would be 300 euros a month and she could go to church. She says she was not allowed to go to church and the salary was never paid. She says madam took her telephone because she was talking too much to her mother.",
  "DE WW IS RM", "iso rm", "D", "h")
T("Lost property: student from Malaysia reports passport lost on train. Has university ID and bank card. NFA beyond referral to embassy.",
  "", "", "", "l")
T("Nan is 80 and her grandson stays with her and does the shopping and cleaning for her, she gives him some money for petrol. Somebody rang social services saying he's a 'slave' because he never goes out. He's 24 and has his own car and a girlfriend.",
  "", "", "", "l")
T("3/C/P — suggests that a male known as 'PAPI' supplies girls aged 14-16 from a children's home to 'parties' at a house in Rochdale. Girls are given drugs and alcohol.",
  "AV", "", "S", "h")
T("Woman approached an officer at Victoria coach station saying she had just escaped from a house where she was made to clean and have sex with the owner. She had no bags, no money and no coat. Says the owner has her ID card.",
  "PV RD", "fpe dt", "D S", "h")
T("Anonymous helpline call: an Eritrean woman works at a family's takeaway by day and cleans their house by night. She sleeps in the storeroom of the takeaway. They say she is paying off the smuggler fee they covered for her, £4,000.",
  "DB EO AC", "saw lh", "L D", "h")
T("Woman, 25, came to ask about renewing her visa. She works as a live-in carer, employer is fine, just needs advice on immigration routes. Signposted.",
  "", "", "", "l")
T("Female caller whispering: 'I'm in a room on the top floor, they took my clothes, I don't know where I am, there's a sign outside that says Oak something'. Line cut off. Trace in progress.",
  "RM IS", "rm iso", "", "i")
T("Massage parlour in Southampton: officer noted that four women sleep on premises, are 'paid' in food and cigarettes, never leave unescorted, and the receptionist (male) answers every question on their behalf.",
  "WW RM", "saw ncw et rm sfw", "S", "h")
# ---- part 2 ----
T("Hand car wash, Walsall: 7 males (Romanian/Albanian) working. Manager spoke for all of them. Workers said they are paid £30 a day 'after deductions for the house and the van'. They live in a 3-bed house above the unit, 7 to a room. Lifted to work at 07:00, returned 21:00. 2/B/P",
  "WW AC EO", "sfw ncw oa ced lh ct", "L", "h")
T("Car wash on Bath Rd visited by GLAA with HMRC. Five workers, all with contracts and payslips, paid NMW into own accounts, live where they choose. Owner fined for missing waste licence. No labour abuse found.",
  "", "", "", "l")
T("My name is Tomasz. A man in Gdansk said good job in England, good house, £400 a week. I pay him 200 zloty for ticket. In England I work at a chicken factory, they take money for house, for bus, for safety boots, for gloves. At end of week I have £15. The man has my bank card and my ID card.",
  "DE WW RD", "uf ct ppe ncw dt", "L", "h")
T("Staff at a Lincolnshire packhouse, recruited via licensed agency. Employees pay nothing up front, transport is free, PPE provided. One worker complained about a late payslip which was corrected next week. GLAA closed complaint.",
  "", "", "", "l")
T("Caller concerned about cannabis smell from terraced house. Officers entered: grow across 3 rooms. Vietnamese male (16 by his account) found inside, door bolted from outside, mattress and rice cooker in loft. Says he was told he owes £25,000 for his journey and must water the plants until it is paid.",
  "AV RM DB AC", "rm saw plc", "C", "i")
T("Intel: a county line called 'Kaz' is running from Brixton into Eastbourne, using a 15-year-old girl to hold drugs internally and 'plug'. She is also made to sleep with older males at the trap house. Her mother reported her missing 3 times. 2/B/P",
  "AV PV", "", "C S", "h")
T("Cuckooing: 52-year-old male with alcohol dependency, council flat in Hastings. Two teenage dealers have taken over the flat for three weeks, he sleeps on the balcony, they took his phone and bank card and told him if he calls anyone they will burn him out.",
  "AV IS IT", "iso ncw", "C", "h")
T("Report of a man begging outside Sainsbury's in a wheelchair. He is dropped off at 7am and collected at 7pm by the same car. A woman takes the cup of money off him at lunch. He looks thin and cold.",
  "WW", "ced et ncw pa", "C", "m")
T("Romanian woman begging near Marble Arch with a baby. Spoke with outreach: she is homeless, begs for herself, lives in a tent with her husband. No third party control identified. Referred to housing.",
  "", "", "", "l")
T("Bank alert: 14 debit cards in different names used at one ATM in Luton between 01:00 and 01:20 on 3 nights. Accounts receive wages from a food factory and are emptied by cash withdrawal within an hour of payday.",
  "WW", "mbc ncw", "L", "m")
T("Iraqi Kurdish male (17) debriefed after arrest for shoplifting £800 of perfume from Boots. Says the man who brought him on the lorry told him he owes £6,000 and must steal from lists of shops he is given. Sleeps at the man's flat with four other boys.",
  "AV DB", "oa", "C", "h")
T("A&E: Pakistani male, 38, attended with infected wound across his lower back. Says he 'sold a kidney' in Lahore 2 years ago for £1,500 after a broker in Bradford arranged the trip and told him he would be paid £6,000 and have a job afterwards. He was paid less than a quarter. Now in debt and depressed.",
  "DE AV", "", "O", "m")
T("Online report: my uncle's neighbour goes around the community saying he can arrange kidney donors from Pakistan for people on the transplant list for £30,000. he said the donors are poor and get paid a bit. this cant be legal",
  "AV", "", "O", "m")
T("NHS transplant coordinator: patient on dialysis asked whether he can bring a 'cousin' from Nigeria to donate. The 'cousin' is unrelated, aged 19, and patient's family is paying the young man's family. Young man was told he is coming for a job.",
  "DE AV", "", "O", "m")
T("Intel: nominal OKONKWO, organiser of trips to a private clinic abroad for UK kidney patients. Donors recruited from a refugee camp, passports held by organiser until after surgery, told they will be paid after recovery. Several report no payment received. 2/C/C (do not share with health partners before OIC review)",
  "AV RD DE WW", "dt", "O", "h")
T("Living kidney donor assessment: sister donating to brother, both British, fully assessed by HTA independent assessor, no payment or pressure. Approved.",
  "", "", "", "l")
T("Bulgarian woman (45) told police she travelled to Turkey for surgery because a man offered her £5,000 to 'donate'. After the operation she was given £500 and told the rest was for flights and hotel. She was kept in an apartment with other donors and not allowed out until stitches were removed.",
  "DE WW RM AV", "rm", "O", "h")
T("Farm near Boston: 20 workers from Kyrgyzstan on seasonal visas, live in caravans supplied by the farm. Inspection found caravans damp, no heating, 6 per caravan. Workers paid correctly and hold own passports. Remedial notice issued.",
  "", "oa plc", "", "l")
T("Seasonal worker (Nepali) says he paid £4,000 to an agent in Kathmandu for the visa, borrowing from a moneylender at home at 10% a month. The agent also arranged the loan. On arrival the farm cut his hours to 15 a week, and the agent now makes him work unpaid weekend shifts at a second farm 'towards the loan', which only grows. The agent's cousin has visited his parents and said they will lose their house.",
  "DE AV IT DB", "uf", "L", "h")
T("Construction site, Ilford: 4 Indian workers, no PPE, working on roof without harness, say they sleep in the site cabin. Foreman takes their wages 'to send to India for them'. One showed a burn on his hand from a cutter. Passports 'with the boss for the visa'.",
  "AC WW RD", "saw ncw dt pa", "L", "h")
T("Worker on a building site in Leeds fell from a scaffold and broke his leg. Employer reported it to HSE, worker has contract and sick pay. Accident, not exploitation.",
  "", "", "", "l")
T("Fishing boat, Newlyn: Filipino deckhand says they work 20 hours a day when fishing, sleep on board for months, not allowed ashore in port, and the skipper holds their seafarer books. Paid $300 a month, half sent to agency in Manila for 'placement fee'.",
  "EO RM RD WW AC", "lh saw rm dt ncw uf", "L", "h")
T("Warehouse via agency: woman said the agency charges £50 per week for a minibus to the site 'whether you use it or not', and £20 for a hi-vis. She still gets about £300 a week. She can leave and has started looking for other work.",
  "", "ct ppe", "", "l")
T("Anon caller: the Chinese takeaway on Mill Lane has a lad working who looks about 15, sleeps in the back, never goes out, boss shouts at him and hit him with a ladle. They tell customers he's the boss's nephew.",
  "AV PV", "saw", "L", "h")
T("Restaurant inspection: 3 kitchen porters from Bangladesh working 6 days, 60 hours a week on minimum wage. All have own accounts and BRPs, live in own rented flat. Hours are long but paid and voluntary. No indicators.",
  "", "", "", "l")
T("Care home in Kent: 6 carers from Zimbabwe on sponsored visas. They say the sponsor charged each £10,000 for the certificate of sponsorship, which they pay back at £500 per month from wages, and were told if they leave the job they will be reported to the Home Office and deported.",
  "DB IT", "uf foa", "L", "m")
T("Nursing assistant on a health and care visa complains her manager shouts at her and rotas are unfair. Paid correctly, has her documents, can change employer. Referred to ACAS, not MS.",
  "", "", "", "l")
T("Food factory, Bradford: Slovak Roma workers (about 30) recruited by a 'gangmaster' family who collect them in vans at 5am. Family members hold all their bank cards and the PINs; workers get £50 cash weekly. One woman said her daughter would be 'sold' if she complained.",
  "WW IT", "ced et ncw mbc", "L", "m")
T("Waste recycling site: British male (41) with learning difficulties, homeless for years, picked up by a family 10 years ago. Sorts rubbish 7 days a week for food and a caravan with no water. Told the police would put him in prison if he left. Beaten when he tried to leave.",
  "AV EO AC IT PV", "lh plc foa", "L", "h")
T("Intel: travellers site in Bedfordshire — males seen working on driveways with a family who are known to have held vulnerable men. Current workers are relatives, paid, come and go. No current indicators. 2/B/P",
  "", "", "", "l")
T("Debrief: 'I was sleeping in the park in Manchester when a man offered me work and a bed. He took me to a farm in Wales. I worked in the fields every day. He said my food and bed cost more than I earned so I owe him. I could not leave because the farm is far and I do not know where I am.'",
  "AV DB IS", "iso", "L", "h")
T("School referral: 13 y/o boy repeatedly missing, found in Peterborough with £400 cash and two phones, says he's 'doing runs' for older boys who'll 'merk' his brother if he stops.",
  "AV IT", "", "C", "h")
T("Police stopped a 16-year-old girl at Euston with crack and heroin in her bra. She says a man she calls 'Uncle' put her on the train and will be waiting at the other end. She is terrified.",
  "AV", "foa", "C", "i")
T("A young Albanian man (19) found in a cannabis grow in Sheffield. He says he came to work on a building site, but was brought to the house, the windows boarded up, and told to water plants. He could not leave, the door was locked, and a man came every three days with food.",
  "DE RM AC", "rm", "C", "h")
T("Benefit fraud: 8 Universal Credit claims made from one address for Romanian men who do not live there. Men work at a car wash and say the 'boss' set up the claims and takes the payments, along with their car wash wages. Boss holds their ID cards.",
  "WW RD", "ncw dt", "L C", "m")
T("DWP alert: claimant's pension is being collected by her son-in-law, who keeps the card. She lives with the family and is well cared for; they say it pays towards food. No work involved.",
  "", "ncw", "", "l")
T("Money mule: student (20) recruited on Instagram to let 'a friend' use his account for £200. He still controls the account and has his documents. Financial crime, no exploitation indicators.",
  "", "", "", "l")
T("Sham marriage: Portuguese woman (23) says she was brought to Britain by a man who said she would work in a hotel. Instead she was told she must marry a Pakistani man for his visa, and was kept in the house and raped by him. Her ID was taken by the 'agent'.",
  "DE RM PV RD", "rm dt", "S", "h")
T("Forced marriage unit: 17-year-old British girl fears she will be taken to Bangladesh in the summer to marry her cousin. Her parents have taken her passport. She has a teacher she trusts.",
  "AV RD", "dt", "", "h")
T("Registry office: couple of mixed nationality marrying, both adults, both spoke freely, interview satisfactory. Registrar had no concerns.",
  "", "", "", "l")
T("Anon online report: ok so my sisters bf is pimping her out. he puts her on some site and she has to do it when he says. he takes all the money. he battered her last week cos she wanted to stop. shes 19 and shes got a kid",
  "WW PV", "ncw", "S", "h")
T("A woman came into the pharmacy with a man who paid for morning-after pills for her and two other women. He held the three passports and paid with cash. The women did not speak. Pharmacist reported.",
  "RD", "dt sfw", "S", "h")
T("3/C/P. Unverified: 'TONI' arranges Romanian girls for men at a car park behind the retail park at weekends; girls reportedly aged 16-17. No further details.",
  "AV", "", "S", "h")
T("Woman told police she goes with men at a motorway services lorry park to pay for her own drugs. Nobody else is involved, she says. Referred to outreach.",
  "", "", "", "l")
T("Adult service website: profile advertising 'Asian girl, 18, new, 24/7 outcall, no rush'. Number linked to 9 other profiles. Text response from number: 'she do everything you want, I bring her to you'. Male voice on call.",
  "", "sfw et", "S", "h")
T("Interviewee (Thai, 38) says that she was told she would work in a Thai restaurant in Manchester. She was taken to a massage parlour, and told she owed £20,000. She worked every day from 11am to 3am. The owner said if she ran the police would arrest her for illegal stay.",
  "DE DB EO IT", "lh foa", "S", "h")
T("Translated account (Tigrinya): In Libya the smugglers held me many months. I was sold to a man. In UK they say I must work in a flat for the men of the smuggler. They beat me when I cry. I do not know city name.",
  "PV IS", "iso", "S", "h")
T("Witness: I saw two women in a BMW arguing with the driver outside the Hilton, one slapped him and walked off and got a taxi. I think it was just a row.",
  "", "", "", "l")
T("Officer notes from a welfare visit to a flat advertised for 'massage': two Latvian women, say they work independently, share costs, hold own passports and phones, happy for contact details to be given to support services. Reminded of safety advice.",
  "", "", "", "l")
T("CSE strategy meeting: Child A (14, female) and Child B (15, female) both associated with adult males at a takeaway in Telford; given free food, alcohol and lifts; Child A disclosed sexual assault by one male in a car. Males know where both girls live.",
  "AV PV", "", "S", "h")
T("Police receive a call from a taxi driver who took a teenage girl and an older man to a hotel. She asked him quietly 'what city is this?' Man paid cash and took her phone from her hand when she tried to use it.",
  "AV IS", "iso", "S", "i")
T("Kalayaan case: Kenyan domestic worker came with a Qatari family for the summer. She was allowed out only when escorted by the driver. She sleeps on the floor in the children's room. The madam hit her with a shoe. She ran away and has no passport because madam keeps it.",
  "RM PV RD AC", "rm et saw dt", "D", "h")
T("Embassy household: Eritrean cleaner employed by a diplomat, paid £150 a month in cash, says she worked 'all day, every day' and was told the police cannot touch her employer because of immunity, so there is no point asking for help.",
  "WW EO IT", "lh foa", "D", "h")
T("The maid next door is from Ethiopia and in her 20s, she is allowed out on Sundays to church and goes shopping on her own, she has a mobile and is paid monthly. Just wanted to check her visa was correct.",
  "", "", "", "l")
T("My aunt brought me from Vietnam when I was 14. I took care of her three children and cleaned her nail shop every night. She said I am family so no money. When I was 18 she said I must go to work in another city and give her my wages. I never went to school in England.",
  "AV WW EO", "lh ncw", "D L", "h")
T("Safeguarding: 'niece' (Nigerian, approx 11) living with a family in Peckham, not on school roll. Neighbours see her carrying shopping, cleaning windows, being shouted at. When asked her age she looked at the woman before answering.",
  "AV", "sfw", "D", "h")
T("Housekeeper (Filipina, 52) for a wealthy family in Surrey for 18 years. Employer pays her into her own account, she has holidays in the Philippines every year, own room, own keys. She called 101 about a car accident.",
  "", "", "", "l")
T("Relatives from Pakistan staying with family in Bradford over summer. Teenage cousin helps with cooking, is enrolled at college from September, family pay for her course and she calls home daily. Anonymous allegation of servitude not substantiated.",
  "", "", "", "l")
T("Interpreter note (Amharic): she says that she worked in Saudi for the same family and came to London with them. In London they did not pay her, they locked the door when they went out and the window does not open. She says the boss said he would send her back to Saudi to prison if she spoke to anyone.",
  "WW RM IT", "rm", "D", "h")
T("Report on behalf of a nanny: she's been 'on call' for the family 24/7 since January, no days off, receives £300 a month, the mum takes her phone at 9pm 'so she sleeps'. Can't leave because they've paid her flight and she owes them.",
  "EO WW IS DB", "lh iso", "D", "h")
T("A carer living in with an elderly man in Hove. She works long hours but has 2 days off a week, employer's family pay her £700 weekly, she has her own passport and car. Family asked police to check her references.",
  "", "", "", "l")
T("Domestic abuse: husband controls all the money, won't let wife have a bank card. She works as a teacher. No other exploitation indicators; referred to IDVA for economic abuse.",
  "", "ncw", "", "l")
T("Intel suggests male POI (BAJWA) employs a 'housemaid' from India who is not allowed outside and is given £20 a week pocket money. Source saw her being pushed down the stairs. 2/C/P",
  "RM WW PV", "rm ncw", "D", "h")
T("Caller from a hotel in Heathrow says a woman in room 512 rang reception asking for help saying her employer's family locked her in while they went to Harrods. She has no phone. Family are guests checking out tomorrow.",
  "RM IS", "rm iso", "D", "i")
T("Young woman (Nigerian, 20) says she was told she would study in England and help her 'auntie' with housework. She has been cooking and cleaning for the auntie and her friends for two years, never studied, and auntie says she will be arrested if she goes outside because she has no papers. She is not given a key and the door is locked when auntie goes out.",
  "DE IT RM", "rm foa", "D", "h")
T("Au pair (Spanish, 19) reports host dad touched her inappropriately and then said he'd tell the agency she stole if she told anyone. She has her passport and is paid. She left the family the next day.",
  "PV IT", "", "", "h")
T("Au pair agency confirm placement of French au pair with family in Guildford: 25 hours a week, pocket money £100 weekly, own room, language classes. Agency visited, au pair happy. Concern from neighbour unfounded.",
  "", "", "", "l")
T("The girls in the Airbnb at the top of our road come and go at all hours but they drive themselves and seem to be working for themselves, not complaining, just want to make sure",
  "", "", "", "l")
T("Officer handover: welfare check at a brothel in Soho (licensed premises, sauna). Staff over 18, all say they work independently, pay room rent, hold own documents. No one appeared under control. Next visit 3 months.",
  "", "", "", "l")
T("2/B/P INT: VRM LR68 ABC used to transport females between Hull, Grimsby and Scunthorpe. Driver SMAJLI is believed to be paid by a controller in Tirana. Females are 'sold' between controllers for around £2,000 and told their 'debt' transfers with them.",
  "DB", "et", "S", "h")
T("Female (Vietnamese, 22) rescued from a nail bar in Stockport which doubled as a brothel after hours. She says 'madam told me I must do extra service for men because my family owes money'. She was living in the nail bar's storage room.",
  "DB PV", "saw", "L S", "h")
T("I found my 15 year old daughter's phone messages and there are men asking her to come to hotels and saying they'll pay. One man says he's her boyfriend and she owes him for the phone. She's in her room now and wants to go out tonight to meet him.",
  "AV DB", "", "S", "i")
T("Helpline: caller's friend is being made to 'work' in a flat in Nottingham by her partner, who takes her bank card and phone when she's not working and has threatened to post naked pictures of her to her family in Poland.",
  "WW IS IT", "ncw iso", "S", "h")
T("Call 999: woman says she's being held in a house in Ilford and they're going to take her to another city tomorrow. She says there are other girls. She doesn't know the postcode. She's whispering.",
  "RM IS", "rm iso", "S", "i")
T("Referral from homeless charity: woman, 29, British, says she was offered a room by a man she met in a hostel, but he then told her she'd have to sleep with his friends to pay rent. She left after a week.",
  "AV DE DB PV", "", "S", "h")
T("Woman who sells sex on street in Leeds managed zone asked officers for help after being robbed by a client. She works for herself and has a support worker. No exploitation indicators.",
  "", "", "", "l")
T("Barnardo's worker: 16-year-old boy in care befriended by men who gave him drugs, now owes them £2,000 and is being made to have sex with men they bring to a flat. He says he can't go back to the care home because 'they'll find me'.",
  "AV DB PV IT", "", "S", "h")
T("A woman in our block says she is a 'cleaner' but she never leaves the flat and men visit every night. Once she asked me to post a letter to her mother in Romania because 'he reads everything'.",
  "IS", "iso", "S", "h")
T("Burglary at a massage parlour. Owner (British) and 2 staff (British and Polish) interviewed. Staff are employed, get payslips, hold keys. Burglary of takings. No MS concerns.",
  "", "", "", "l")
T("Vietnamese female (19) stopped by Border Force at Dover in the back of a lorry. Says family paid $30,000 and she must 'work in nails' in London to repay the rest. Has no documents, snakehead took them in France.",
  "DB RD", "dt uf", "L", "m")
T("Man who owns a lettings agency has been charging tenants £500 'admin fees' up front. Trading Standards case. No employment or exploitation involved.",
  "", "", "", "l")
T("My husband's family brought me from India. They say I am a bad daughter-in-law. I wake at 4 for the cooking. I cannot go to the doctor alone. My mother-in-law counts the rotis. They say if I leave my husband will divorce me and I will go back with shame and my visa will finish.",
  "EO RM IT AV", "lh rm", "D", "h")
T("GP letter: 17-year-old from Albania, was trafficked for sexual exploitation in Italy before arriving in UK, now in foster care, receiving therapy. Historic account only, currently safe.",
  "AV", "", "S", "h")
T("Hotel manager found a 'do not disturb' room with 4 women sleeping on one bed, no luggage, food delivered twice a day by a man who also took cash from them.",
  "WW AC", "oa fpe ncw", "S", "h")
T("Reg no. KX17 BVD seen dropping a young woman at an address known for sex work every evening at 8 and collecting at 4am. Woman appears tired, thin. Neighbour thinks she's 'a working girl but not on her own terms'.",
  "", "ced et pa", "S", "h")
T("Concern about my friend from uni who is a sugar baby, she dates older men for money but she's in control, she chooses who to see and keeps everything. I just worry about her.",
  "", "", "", "l")
T("Intel: female nominal (KOWALSKA) manages 3 women in flats in Bournemouth; women are ex-clients of a Polish drug rehab, she provides them with heroin and keeps their earnings to pay for it. 2/B/P",
  "AV WW", "ncw", "S", "h")
T("Independent escort reports that a man has been texting her threats demanding she work for him and pay him 'protection'. She refused and has not paid. Harassment and attempted extortion recorded.",
  "IT", "", "", "m")
T("Safeguarding: 12-year-old boy living with his father's friend, who brought him from Sudan. Boy cleans the house and looks after the friend's toddler, has not attended school. Friend says he is 'paying his way'.",
  "AV", "", "D", "h")
T("My dad gives me £10 for hoovering and doing the dishes every Saturday. My friend said that's child labour lol. Is it?",
  "", "", "", "l")
T("Adult social care: woman, 60, with dementia lives with a lodger who does her housework and shopping. Lodger pays no rent, but there are no concerns about the woman being exploited for work. Care plan reviewed.",
  "", "", "", "l")
T("Young British woman with autism told her social worker that her boyfriend makes her have sex with his friends 'because it's what girlfriends do' and that she is not allowed out of his flat without him.",
  "AV PV RM", "rm", "S", "h")
T("Eritrean boy (16) found working in a car wash in Peterborough. Says the owner lets him sleep in the office and pays him £5 a day. He was told he'd be sent back to Libya if he complained.",
  "AV WW IT", "saw", "L", "h")
T("Intelligence from a cleaning firm worker: the 'manager' of a cleaning crew collects wages from all 12 cleaners on payday at the bank. Cleaners are Latvian, live in the manager's house. 2/C/P",
  "WW", "ncw", "L", "m")
T("Romanian man (29) working for a fruit farm says he doesn't like the accommodation but he's paid weekly into his account, can leave any time, and he has just booked a flight home for Christmas.",
  "", "", "", "l")
T("NFA: Report of girls held in a flat on Market St. Attended, flat occupied by three female nursing students. No sign of anyone being held against their will.",
  "", "", "", "l")

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "bench/text/fresh29.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for i, d in enumerate(D, 1):
            rec = {"id": "f29-%03d" % i, "text": d["text"], "indicators": d["indicators"],
                   "signs": d["signs"], "exploitation": d["exploitation"], "risk": d["risk"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(D), "texts written to", out)
