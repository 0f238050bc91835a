#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline (fresh152). Each entry is written by hand;
short codes below are only abbreviations for the label codes."""
import json, os
I = dict(AV="abuse_of_vulnerability", DC="deception", RM="restriction_of_movement", IS="isolation",
         PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
         WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
S = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
         saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
         cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees",
         dt="documents_taken", et="escorted_transport", ct="charged_transport", lh="long_hours",
         ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
T = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
R = dict(i="immediate", h="high", m="medium", l="low")
D = []
def add(text, ind="", sig="", typ="", risk="l"):
    D.append((text, [I[x] for x in ind.split()], [S[x] for x in sig.split()], [T[x] for x in typ.split()], R[risk]))
add("Support plan review with Mihaela (interpreter: Romanian, by phone). She is settled in the safe house and attending ESOL twice a week. Says she is sleeping better. Next review in four weeks. No new concerns raised today.")
add("Client told me again today about the farm in Lincolnshire. Through the interpreter she said that the gangmaster, a man they called Sorin, kept all their ID cards 'so nobody loses them' and they never saw them again until police came. Wages went onto cards he held and they got £30 cash on a Sunday if he was in a good mood. Picking started at 5 and went on until dark, every day including Sundays in June.",
    "RD WW EO", "dt ncw lh", "L", "h")
add("Risk assessment: re-trafficking concern HIGH. Client (Vietnamese, 17 by his account) received a Facebook message from an unknown number saying 'your uncle is waiting for the money you still owe, we know which school you go to'. He previously worked in a cannabis house in Bradford to pay off travel costs of $18,000.",
    "AV IT DB", "", "C", "h")
add("Client attended housing appointment. Council says temporary accommodation ends on the 14th. Client anxious, wants to stay in same area near her church. Advocate to write to housing officer. Benefits: UC claim still awaiting ID verification.")
add("He says that when they arrived at the car wash the boss took everyones passports to 'register them with the tax'. They slept in the portakabin behind the jet wash bays, 6 men, one heater. He was told the job paid £70 a day but in the end he got £15 a day, the rest 'for rent and food'.",
    "RD DC WW AC", "dt saw oc plc", "L", "h")
add("Referral closed - not a victim. Mr Dabrowski was referred by the job centre because his employer holds his bank card. On discussion, he asked his brother-in-law to hold the card because of his own gambling problem and he can take it back any time. Works 40 hrs a week at a bakery, paid properly. No indicators. Signposted to GamCare.")
add("Welfare call. Client says the baby has a cold, GP appt Thursday. Food bank voucher issued. She asked about college courses in September.")
add("Client says the woman who brought her from Lagos told her she would be a nanny for a family in Essex and go to school. Instead she cleaned the house from 6am until after midnight, slept on the floor of the kids' room and was never paid. Madam kept her passport in her bedroom. She was not allowed to go out alone, only to the school gate with the children.",
    "DC EO WW RD RM AC", "lh dt rm plc", "D", "h")
add("INT suggests POI NGUYEN Van Thanh (DOB 02/03/1990) running 2 x residential grows on the Leyfield estate. Occupants are young VN males who do not leave the address; food dropped by POI weekly. Doors believed padlocked from outside. 2/B/P",
    "RM", "rm", "C", "i")
add("Re-trafficking concern raised with OIC. Client has twice been seen getting into a silver Audi outside the hostel at 6am. Client denies anything is wrong but has new phone and says he is 'doing a bit of work for a friend'. Previously exploited in county lines. Client is 19.",
    "", "cedl", "C", "m")
add("i work in the nail bar on high st and the girl who comes in every day she never speaks and the man always waits outside in car and takes her home at 10pm, she looks so thin and scared it isnt right someone needs to look",
    "", "et pa cedl", "L", "m")
add("Client's account (interpreter present, Tigrinya). He said he paid smugglers in Libya and was told he would owe 'only a little' once in the UK. On arrival in Kent a man took him to a flat in Birmingham and said he now owed £9,000 and must work at a takeaway until it was paid. His wages went to the man directly. He said the man told him 'if you speak to immigration they will send you back to Eritrea and you will go to prison'.",
    "DC DB WW IT AV", "ncw foa", "L", "h")
add("Support worker note: client fell in the shower, small cut to forehead. Taken to walk-in centre, glued. Accident, no safeguarding concern.")
add("Client attended Home Office asylum interview with solicitor. Went well according to solicitor. Decision could be several months.")
add("Midwife note: 23yo woman, Albanian, 28/40. Attended with male who says he is her cousin and answered all questions. When seen alone briefly she said she is 'not allowed to keep money' and he has her passport. Safeguarding referral made. Risk to be discussed with MASH.",
    "RD WW", "sfw dt ncw", "", "m")
add("Reported to us by a member of public: lads at the car wash on Chorley Rd working in the rain with no gloves or boots, acid burns on hands, boss screams at them. they live upstairs above the unit i think",
    "AC", "pa saw", "L", "m")
add("Client says she can now leave the house freely and goes to the mosque on Fridays. Her husband holds her residence card but gave it to her when she asked for the appointment. No concerns of exploitation identified at this visit.")
add("Victim account, first person (translated): I was told I would work in a hotel in London, cleaning rooms, 1,200 pounds a month. When I got there it was a flat and there were men. They said I must pay back 5,000 euro for the flight and the house. Every man who came, the money went to Florin. If I cried he hit me. One time he made me have sex with him and his friend.",
    "DC DB WW PV", "ncw", "S", "h")
add("Client mentions her old boss from the care agency called asking her to come back. She says the agency paid her late once in March but she has had all her wages and the contract was fine. She chose to leave for a better job. No exploitation identified.")
add("Benefits note: client's PIP application has been submitted. Awaiting assessment date.")
add("POI KRASNIQI known to drive groups of Albanian males to building sites across N London at 05:00, returning 22:00. Workers charged £10 a day for the van. Source states workers 'owe the boss' and cannot leave until paid. 2/C/P",
    "DB EO", "cedl ct lh", "L", "m")
add("Advocate note: client disclosed that during her time at the address in Slough, the couple took her phone 'because she was spending too much time on it' and she had no contact with her family for 2 years. She did not know the address of the house.",
    "IS", "iso", "D", "m")
add("Client asked for help with his bank: he has 4 accounts opened in his name that he never used. He says the man who housed him in Leicester took his passport 'to sort out the bank' and he never got it back. Cards were kept by the man. Police aware.",
    "RD", "dt mbc ncw", "C", "m")
add("Hostel key worker update: J has been missing since Friday. Last seen with two older males. He is 16 and previously found in a trap house in Swansea with £600 in cash and a burner phone. MISPER report made, police say he may be back in the line.",
    "AV", "", "C", "i")
add("Not a victim outcome. Ms Sharma was referred via NRM by a charity after her employer (a family friend) had been holding her passport. On review: she asked them to keep it safe in their safe while she shared a room at university; she has it back now. She is paid for tutoring, hours are short. Positive conclusive grounds not expected; she does not wish to be in the NRM.")
add("Client disclosed that the men in the flat made her watch a video of a girl being beaten 'so you know what happens if you run'.",
    "IT", "", "S", "h")
add("Support plan: goals for next 3 months - register with GP (done), open bank account (awaiting letter), enrol ESOL entry 2, apply for move-on accommodation. Client wishes to work in hospitality once she has permission to work.")
add("Client's uncle is asking about her whereabouts via the community. Client frightened; uncle was the one who brought her to the UK at 14 to work in his shop and house and kept her out of school. Re-trafficking risk high. Safe house address withheld. Police informed.",
    "AV", "", "L D", "h")
add("Welfare visit cancelled, client at hospital for antenatal scan. Rescheduled for Tuesday.")
add("101 call summary: caller states there are approx 12 men living in a 2 bed house next door, mattresses in the garden, collected by minibus at 4:30am every day and dropped back late. Caller heard one shouting in Polish 'we want our money'.",
    "AC", "oc plc cedl", "L", "m")
add("Through interpreter: he says that the fishing boat went out for 10 days at a time and they worked 20 hours a day, sleeping in shifts of 3 or 4 hours. The skipper kept their seaman's books. When they came into port they were not allowed off the boat.",
    "EO RD RM", "lh dt rm saw", "L", "h")
add("Immigration note: client's leave expired last month. Solicitor is preparing an in-time application argument. Client is working in a supermarket legally under section 3C leave. No exploitation.")
add("Client told support worker she was 'sold' to a man in Leeds for £3,000 by her boyfriend, who she met online in Slovakia. The man told her she must marry his brother so that he could get his papers, and she was kept in the flat and raped by the brother.",
    "DC PV RM", "rm", "S", "h")
add("GLAA inspection: licence holder found to have deducted £25 for hi-vis jackets and boots from each worker's first pay. Pay otherwise correct, workers free to leave, accommodation good. Advised to stop PPE charges. No forced labour indicators.",
    "", "ppe", "", "l")
add("Client very low in mood today. Says she keeps thinking about the house in Manchester where she was made to have sex with men every night and she 'owes' them still. Referral to psychology chased.",
    "PV DB", "", "S", "h")
add("Bank alert: 11 debit cards in different names used at the same ATM on Corporation St between 02:10 and 02:40. Account holders appear to be Romanian nationals aged 19-24 all registered at one address. Salary credits from a food factory agency withdrawn in full same day.",
    "WW", "mbc ncw", "L", "m")
add("Day-to-day: client moved into her new flat. Needs a cooker and a bed. Local welfare assistance application done. She is pleased.")
add("She says that in Kuwait and then in London with the family she was working from 5 in the morning until 1 at night, every day, no day off in 3 years. Sir kept her passport. She ate what was left after the family. Once Madam slapped her because the rice was cold.",
    "EO RD PV AC", "lh dt", "D", "h")
add("Client returned from solicitor. Conclusive grounds decision positive. Client relieved and tearful. Discussed next steps, discretionary leave application.")
add("Neighbour dispute: client complains family upstairs play loud music at night. Advised to contact housing association. Not a safeguarding matter.")
add("POI reported by school to be 14yo girl (Child A) seen getting into cars with adult males outside school; has new phones, nails and clothes, often missing overnight. Child disclosed 'the boys take me to parties and I have to be nice to their friends'.",
    "AV", "", "S", "h")
add("Client's account of how it started: a woman from his village in Punjab said there was a job in a sweet factory in Leicester, visa included, fee 8 lakh rupees. Family mortgaged land. He arrived on a visitor visa, the job did not exist, and he was sent to a warehouse where the 'agent' took his wages to repay the fee.",
    "DC DB WW AV", "uf ncw", "L", "h")
add("Re-trafficking risk assessment: MEDIUM. Client has contact with former partner who introduced her to the brothel owner. Client says former partner now in Romania. No current threats. Plan: safety plan reviewed, phone number changed.")
add("Client told me that in the nail bar she worked 10 till 9, six days, and was paid £200 a week cash. She had her own passport and lived with her cousin. She says the pay was low but she could quit and she did. Now she wants help with a proper job.")
add("A&E note: male ~30, Eastern European, presented with crush injury to hand from a machine at a recycling plant. No English, colleague interpreting says boss told them not to say it was at work. Colleague says they live in a house the boss provides, 10 to a house, and they pay £80 a week each from wages.",
    "AC", "pa oc sfw", "L", "m")
add("Client says she came as an au pair to a family in Surrey. Host family are kind, she has her own room, works 25 hrs, paid pocket money as agreed, goes to language school. Referred because of an immigration query only. No exploitation.")
add("Through the interpreter: she says that the man told her the kidney would 'save her family' and the money would pay her brother's debt. She was taken to a clinic abroad, operated on, and the promised money was never given. She now has pain in her side.",
    "DC AV WW", "", "O", "h")
add("Client in hospital for planned kidney transplant - she is the recipient, her sister is the donor. Both consented through the NHS living donor programme. Support worker visited with flowers. No concerns.")
add("Client says 'Ion drove us everywhere, we never went to the shop alone, he said the street is dangerous for us'. Six of them lived in the room over the car wash.",
    "RM AC", "et rm oc saw", "L", "h")
add("Housing note: leak in client's bathroom reported to landlord again. Environmental health contacted. Client has a 2 yr old, damp affecting chest.")
add("12/10 INT: IP DUMITRU Elena believed to be controlled by nom POPESCU. POPESCU posts her adverts on Vivastreet, holds her bank card and PIN, drops her at hotels in Reading and collects her in the morning. 2/B/C (no dissemination outside MSHT unit)",
    "WW", "ncw et cedl", "S", "h")
add("Client (through interpreter, Vietnamese) says that the 'aunty' who ran the nail shop told her she owed £20,000 for bringing her from France in a lorry. Every week the aunty wrote the rent and food in a notebook and the number got bigger not smaller. She slept on the floor in the back of the shop with two other girls.",
    "DB AC", "saw oc plc", "L", "h")
add("Support worker note: client has received his biometric residence permit. Very happy. Helped him set up his own bank account at Barclays today; he keeps his own card.")
add("Not a victim. Referred by police after a raid on a hand car wash. Mr Hoxha is the co-owner's brother, lives in his own flat, paid through PAYE, has his own documents. Declined support. Case closed.")
add("They said if I talk to police they will kill my little brother in Tirana. They know where my mother lives and they sent me a photo of her house.",
    "IT", "", "", "m")
add("Client's account: I worked in a house in Ilford looking after an old lady, washing her, cooking, at night also because she wakes. The son paid me nothing, he said my money goes to my husband in Sri Lanka. I found out later my husband got nothing. I could not go out because the son locked the front door when he left for work.",
    "WW RM EO DC", "rm lh ncw", "D", "h")
add("Risk assessment review. Previous risk: high. Current: medium. Traffickers believed to be in custody (OIC confirms remand). Client has a new phone and has not been contacted. Continue monthly contact.")
add("Public report via website: THERE IS A HOUSE ON GROVE RD WITH ALL THE WINDOWS BLACKED OUT AND A SMELL OF WEED AND A YOUNG ASIAN BOY I SEEN HIM AT THE WINDOW CRYING NOBODY EVER COMES OUT EXCEPT A MAN WITH SHOPPING. PLEASE DO SOMTHING",
    "RM AV", "rm", "C", "i")
add("Client asked about bus pass. Explained eligibility and gave form.")
add("Client says his employer on the building site, a fellow Pole, owes him two weeks' wages after the job finished early. He still lives in his own rented room, has his ID, and has been paid every month before. Signposted to ACAS. Not exploitation.")
add("Debrief (via interpreter): she says that she was kept in a hotel room in Birmingham for two weeks and the door was locked from the outside, food was pushed in, and men came every evening. She was told she owed £4,000 for the travel from Bucharest.",
    "RM DB", "rm", "S", "h")
add("Client's former employer (restaurant) texted her demanding she return the uniform. Client worried. Reviewed text - no threats, only a request. Advised to post uniform back.")
add("GP note: 58yo British male, learning disability, attended with 'carer' who is not known to social care. Patient thin, dirty clothes, sores on hands. Carer says patient 'helps out' on his farm and lives in a caravan there. Patient said he works 'every day, all day' and gets 'sweets and fags'. Adult safeguarding referral.",
    "AV EO WW AC", "pa lh plc sfw", "L", "h")
add("They took my phone when I arrived and I had no contact with anyone for five months. I did not know which city I was in.",
    "IS", "iso", "", "m")
add("School safeguarding referral: Year 9 pupil (14) disclosed that his older cousin makes him carry packages to Ipswich on the train on weekends and told him he owes £800 for the drugs that were 'lost' when he was robbed. Pupil has cuts to his arm.",
    "AV DB", "pa", "C", "h")
add("Benefits: client's UC sanctioned for missed appointment while in hospital. Mandatory reconsideration submitted with discharge letter.")
add("He says the men who brought him to the car wash in Stoke told him that the police in England are like police in Albania and will beat him if they find him without papers, so he should stay inside.",
    "IT AV", "foa", "L", "m")
add("Client is very worried about her immigration status and says she cannot sleep. No exploitation history; she overstayed a student visa after her course ended. Referred to immigration advice charity.")
add("Client disclosed: the boss at the packhouse made us stand 14 hours on the line. If we sat down for a second he shouted and once threw a box at my head. We lived 8 in a 3-bedroom house he owned and he took £90 a week each for it from the wages.",
    "EO PV AC", "lh oc", "L", "h")
add("Safeguarding referral from housing: tenant (British, 44, alcohol dependent) has 3-4 young men staying at his flat who deal drugs from it; tenant says he lets them stay because they give him drink, but neighbours report he was seen with a black eye and is 'scared to go home'.",
    "AV PV", "pa", "C", "h")
add("Client attended appointment with Job Centre. Work coach helpful. Client starting a warehouse job next week through a reputable agency; contract seen, minimum wage, own bank account.")
add("Client said: 'He always told me my pay was going to my mother in Manila. When I called her after I escaped she said she had received nothing for two years.'",
    "WW DC", "ncw", "", "m")
add("Handover: Op TILLER - 7 Romanian females recovered from 2 addresses in Luton. All state they were 'sold' the work as waitressing. Adverts placed on adult sites by nom LUCA. All cash handed to LUCA. Two disclosed assault. Reception centre arranged. 1/A/P",
    "DC WW PV", "ncw", "S", "h")
add("Client rang in distress: someone knocked at the safe house at 11pm and asked for her by her old 'work name'. Police attended. Client moved to emergency accommodation tonight.",
    "", "", "", "l")
add("Welfare: client has toothache. Emergency dentist booked. Client managing well otherwise.")
add("Interpreter (Amharic) relayed: she says that in the diplomat's house she was not allowed to eat at the table, she slept in the laundry room on a mat, and she could only speak to her family once a year when Madam allowed. Her passport was 'with the embassy'.",
    "AC IS RD", "plc iso dt", "D", "h")
add("Client's former boss at the takeaway has been ringing his cousin saying 'tell him he still has to pay what he owes or we come for him'. Client owes nothing legally. Reported to OIC.",
    "IT DB", "", "L", "h")
add("Client says he first came to UK legally on seasonal worker visa. Farm was fine, paid properly, but he paid £3,500 to an agent in Kyrgyzstan who said it was for 'processing'. Visa sponsor has been told. Client not working now and wants advice.",
    "", "uf", "", "l")
add("Police log: 999 from female, foreign accent, says 'please help they lock me in, I am at the flat above the shop' then line cut. Cell site indicates High St, Walsall. Units dispatched.",
    "RM", "rm", "", "i")
add("Client's account of childhood: her stepmother made her do all the housework from age 9 and beat her with a belt if anything was left undone; she was kept home from school. She came to the UK at 19 for study. This is historical abuse in Ghana and no exploitation has occurred in the UK. Counselling referral.",
    "AV PV", "", "D", "h")
add("Bank alert: account of 82yo female customer shows her pension credited and withdrawn the same day by a male 'friend' who holds her card. Customer says she does not know where the money goes. Adult safeguarding referral.",
    "", "ncw", "", "l")
add("Migrant help note: client has a job in a restaurant kitchen, 50 hours a week, paid into own account, has a day off, has his passport. He says the hours are tiring but he likes the chef. No concerns.")
add("Client (Sudanese, 22) told us the men in Calais said the ride to England was free, then in the lorry they said every person owes £2,500 and must work in the hand car wash in Derby until it is paid. After 4 months the debt had grown to £4,000 because of 'rent'.",
    "DC DB", "", "L", "m")
add("Re-trafficking: client's phone received a voice note in Albanian: 'We know you are in Newcastle. Come back or your sister pays.' Police informed, emergency move requested.",
    "IT", "", "", "m")
add("Client was told by the man who recruited her on TikTok that she would model clothes in London. On arrival she was photographed for adverts for sex and was made to see clients in a flat in Ealing.",
    "DC", "", "S", "h")
add("Weekly welfare. Client reports being bored. Volunteer placement at charity shop discussed, client keen.")
add("Through the interpreter: he says the 'boss' at the cannabis farm kept him locked in, and when he tried to climb out of the window the boss's friend beat him with a metal pipe. He shows a scar on his head.",
    "RM PV", "rm pa", "C", "h")
add("Housing officer contacted: client has rent arrears because UC housing element not paid for two months. Landlord served Section 21. Advocate to negotiate.")
add("Client says her husband took her passport and sells her work as a cleaner to other families in the street, keeping all the money. She is not allowed to call her parents in Pakistan. She says he threatened to divorce her and send her back 'in shame'.",
    "RD WW IS IT", "dt ncw iso", "D", "h")
add("Licensing inspection (council, HMO team): 14 occupants in a 4-bed house rented privately by a group of Bulgarian builders, overcrowded and no fire doors. All rent their rooms from a private landlord, work for different employers, have own documents. Enforcement notice served. No evidence of exploitation.",
    "", "oc", "", "l")
add("She says she was 15 when the man she thought was her boyfriend started driving her to houses in Rochdale where older men had sex with her. He gave her vodka and said she owed him for the phone.",
    "AV PV DB", "", "S", "h")
add("Client reports his agency gave him an induction, a contract, and paid his wages into his own account. He has had no problems. He had been referred by the police only because he was found at an address linked to a suspect. No indicators.")
add("Intel: car wash at Unit 4 Mill Lane. Staff aged 16-25 believed Albanian, sleep on site in a shipping container, no days off, paid £30/day cash. Manager speaks for all staff when customers ask anything. 2/C/P",
    "AC EO", "saw plc lh sfw", "L", "h")
add("Client disclosed that the couple who employed her as a live-in maid never let her have a key; she could go out only on Sunday for one hour to church with Madam.",
    "RM", "rm", "D", "h")
add("Client's brother died at home in Vietnam. Client grieving, wants to send money for the funeral. Signposted to bereavement support.")
add("Probation note: P (Vietnamese, 20) serving sentence for cannabis production. Says he was brought from Vietnam at 16, told he would work in a restaurant, and was locked in a house to water plants. Possible s45 defence not raised at trial. NRM referral made by probation.",
    "AV DC RM", "rm", "C", "h")
add("Client took a photo of the sign at her old workplace to show me - a factory on an industrial estate in Corby. She said they worked 12-hour nights 7 days a week but it was her choice for the overtime money and she was paid for every hour. Not exploitation.",
    "", "lh", "", "l")
add("I want to reporrt my neighbour he has 3 ladys in the flat all time diffrent men coming in and out all night the ladys dont go out never seen them go shops and one has bruise on face",
    "RM PV", "rm pa", "S", "h")
add("Client is worried about the Home Office letter asking for her 'original passport'. She explained her former employer still has it; police attempted to recover it but employer says it is 'lost'.",
    "RD", "dt", "", "m")
add("Long account taken over two sessions (interpreter: Polish, female, by video).\n\nPiotr says that he met a man called 'Marek' outside a homeless shelter in Gdańsk. Marek offered work in England, good money, a house, and paid for the coach. On arrival in Peterborough Marek took Piotr's ID card, saying he needed it to get him a National Insurance number. Piotr never saw it again.\n\nHe was put in a house with 11 other men. They slept two to a mattress. Every morning a van took them at 5 to a chicken factory, and the driver took £5 a day each for the lift. Wages were paid into a bank account Marek opened; Marek kept the card and gave Piotr £20 on Saturdays. When Piotr asked for his money Marek punched him and said the debt for the coach and the house was not finished.\n\nPiotr also mentions his friend Tomasz, who was in a different house and 'was OK, he had his own money'. Piotr drank heavily at the time and says Marek gave him vodka 'to keep us quiet'.",
    "AV DC RD AC WW PV DB", "dt oc ct ncw", "L", "h")
add("Support worker: took client to the opticians. New glasses ordered. Client chatty and upbeat.")
add("POI 'Auntie Grace' OKAFOR. INT indicates she recruits girls from Benin City with promise of hairdressing apprenticeships in the UK. Girls swear a juju oath before travel and are told they owe 35,000 euro. Two believed working in flats in Luton. 2/C/P",
    "DC DB IT", "", "S", "h")
add("Client asked about the juju oath again today. She says she still feels that if she speaks the spirit will kill her mother. Therapist aware. She has not been contacted by the madam since March.",
    "IT", "", "", "m")
add("Interpreter note: Mr Tran says he does not know the address where he was kept. He was driven there at night in the back of a van with no windows and never went outside in 9 months. He did not have a phone.",
    "RM IS", "rm iso", "", "h")
add("Client has been offered a job by a man at the mosque - cash in hand, at a car wash, 'accommodation included'. Client asked our opinion. Advised of risks, explained right to work checks. Client decided not to take it. No exploitation has occurred.")
add("Account (first person, written by client in English with help): My boss in the restorant said my salary is safe with him because i dont have bank. After one year he give me nothing only food and sometime 10 pound. When I ask he say shut up you illegal i call home office.",
    "WW IT AV", "ncw foa", "L", "m")
add("Hospital social worker: 34yo Indian male admitted with kidney failure. Discloses that 2 years ago he sold a kidney in Chennai through a broker who paid him less than half of what was agreed. Now in UK as a student. No current exploitation. Referred for UK-based advice re organ trafficking as a historical matter.",
    "DC AV", "", "O", "m")
add("Re-trafficking risk: client went missing from safe house overnight, returned in the morning with £300 and a new phone. Says she 'stayed with a friend'. Previously sexually exploited in pop-up brothels. Risk raised to high; meeting with police tomorrow.",
    "", "", "S", "h")
add("The landlord (also the boss) charged us £100 per week each to sleep in a garage with no window and no toilet, we used a bucket. Rent was taken from pay before we saw it.",
    "AC", "plc", "L", "m")
add("Client update: her son has started at primary school. She is proud. Uniform grant received.")
add("INT: female (believed Chinese, 30s) advertised on adultwork with 3 different phone numbers that all ring to the same male, who books clients, takes the money, and moves her between Airbnb lets every 3 days. Female believed to speak no English. 3/C/P",
    "AV WW", "ncw sfw", "S", "h")
add("Council licensing visit to massage parlour: therapists are self-employed, hold own passports and keys, set their own hours. No sexual services observed. Minor breach of hygiene rules. No trafficking indicators.")
add("Statement of witness (car wash customer): 'I noticed the lad who dried my car had no shoes on, only socks, in the wet. He looked about 15. I asked him where he was from and a big man came over straight away and said he doesn't speak English, he's my nephew. The boy looked down the whole time.'",
    "AV AC", "sfw pa", "L", "h")
add("Client says that the gang in Birmingham forced her to claim benefits in 5 names. The men kept all the bank cards and she was given £20 a week. They told her if she stopped they would tell the police she was the fraudster.",
    "WW IT", "mbc ncw", "C", "m")
add("Client lost her passport on the train. Police report made, emergency travel document applied for via embassy. No wider concerns.")
add("Referral from Border Force: 19yo Albanian female travelling with older male who holds both passports and her phone and answers questions for her. Says she is going to work as a cleaner for his cousin. Cannot give the address. Detained for further enquiries; NRM considered.",
    "RD IS", "dt sfw iso", "", "m")
add("Client's former partner, who controlled her money and threatened her, has been charged with controlling and coercive behaviour. No exploitation for labour or sex identified; this is a domestic abuse case. Support continues via IDVA.")
add("They kept us in a unit behind the farm shop. The gate was locked at night and the dogs were let loose so no one could go out. We picked strawberries from first light and the tractor came back for us after 9.",
    "RM EO", "rm lh", "L", "h")
add("Benefits: client's child benefit form returned because it lacked birth certificate. Embassy contacted for replacement certificate.")
add("Client (17, Albanian) recounts being told by a man in Tirana that he would work in a restaurant in London and study. In London he was made to sell cocaine from a car, and was told that his family's house would be burned if he left. He was beaten when money was short.",
    "AV DC IT PV", "", "C", "h")
add("Client says a woman at the bus stop approached her offering 'easy money from home' for letting her bank account be used. Client refused. Discussed money mule risks. No exploitation has happened.")
add("Debrief via interpreter (Mandarin): she says she paid 80,000 RMB to an agent for a work visa as a chef; in London the agent said the visa was refused and she must work in a massage shop to pay back the 'loan', which increases every month because of interest.",
    "DC DB", "uf", "S", "h")
add("Welfare note: client's asylum support (section 95) payments stopped in error. Called Migrant Help; reinstated. Client has no money for food this week, food parcel arranged.")
add("999 summary: caller reports male running down road in underwear at 03:00 shouting 'help they hold me' in broken English, with cable ties on wrists. Caller has him in her car. Two males chasing in a black BMW.",
    "RM PV", "rm pa", "", "i")
add("Client told me the man at the garage made her do 'favours' for his friends to keep her job.",
    "PV", "", "S", "h")
add("Support plan: client has capacity concerns (learning disability). Social worker appointed. Client previously lived with a family who took his benefits and made him work on their driveway business. Now in supported living; appointee is the council. Goal: budget skills.",
    "AV", "ncw", "L", "m")
add("nail shop girls look about 12 n 13 serving customers on a school day, no1 speaks to them except the manager who answers every1, wtf is goin on",
    "AV", "sfw", "L", "h")
add("Client explained the 'fees' at the beginning: £450 for the job, £200 for 'training', £150 for the medical. He paid them in Romania. In England the job was real and paid as promised, he had a contract and could leave. He wants the fees refunded. Reported to GLAA as a licensing matter.",
    "", "uf", "", "l")
add("I was beaten in front of the others so they would see. After that nobody tried to escape.",
    "PV IT", "", "", "h")
add("Interpreter relays: she says that 'the Madam' in Cardiff kept their passports in a safe in the kitchen, 'for their safety', and only gave them out to go to the bank, then took them back at the door.",
    "RD", "dt", "", "m")
add("Client has court next week as a witness against her trafficker. Special measures granted (screen). Pre-trial visit arranged. Client nervous but determined.")
add("INT: Kebab shop on Market St - staff (Kurdish males) sleep in the cellar and work 14-16 hrs a day. Owner collects their wages 'to send home'. One worker approached a customer asking for help getting his passport back from the owner. 2/B/P",
    "AC EO WW RD", "saw lh ncw dt", "L", "h")
add("Client says she is 'fine' and has a new boyfriend. She met him online and he wants her to move to his flat in Coventry and leave the safe house. He has offered to 'help her find work'. Re-trafficking risk discussed with her; she will think about it.")
add("Client recalls: 'We were never told where the boat was going. I thought I was going to Italy to work on a farm. When we landed it was England and a man was waiting who said the farm is here and you owe us for the boat.'",
    "DC DB", "", "L", "m")
add("Family living together: the referral from school was about a 15-year-old who cooks for siblings after school because his mother works nights as a nurse. Home visit - warm, adequate food, child attends school and football. Young carer assessment offered. No exploitation.")
add("Client's former employers (a couple in Kensington with diplomatic status) did not pay her for 18 months, saying her salary was 'being saved'. She worked from 6 to midnight, was not allowed out, and the wife pulled her hair when angry. FCDO informed.",
    "WW EO RM PV", "lh rm", "D", "h")
add("Police log: Officers attended address in Bolton re concern for welfare. 6 males found in the loft of a house being used as a cannabis factory; no exit other than a ladder that had been removed. Males appear malnourished. NRM referrals made. 1/A/P",
    "RM", "rm pa", "C", "i")
add("Client wants to return home to Romania. Reconnections referral made; flight booked for 22nd. Client says she feels safe to go and her family are waiting.")
add("She says that the man who organised the sham marriage told her it was only papers, she would be paid £3,000 and go home. When she arrived in Scotland she was kept in the groom's family's house, not allowed out, and made to cook and clean for all of them.",
    "DC RM", "rm", "D", "h")
add("A man offered £5,000 for my kidney when I was homeless in Bucharest. He said I could come to London and they would do it at a private clinic and I could work after. I said no. I came to UK later by myself.",
    "", "", "", "l")
add("Workers at the Spalding packhouse say they are supplied via an agency in Boston which holds their passports 'for right to work checks' for months; agency also charges £40 for a hi-vis and knife. Wages paid to own accounts.",
    "RD", "dt ppe", "L", "m")
add("Client says she cannot remember how long she was at the house. 'Maybe one year. Every day the same. I cleaned, I cooked, I slept in the kitchen.' She had no contact with anyone outside the family.",
    "IS AC", "iso saw plc", "D", "m")
add("OIC update: suspect BALOGUN charged with s2 MSA offences (arranging travel with a view to exploitation) in relation to two women recruited for domestic work. Client informed and is relieved.")
add("Safeguarding referral (GP practice): patient attended for contraception with a male who paid in cash and insisted on staying in the room. Patient 16, says she lives with 'friends'. Male appeared much older. Patient had bruises on upper arms.",
    "AV PV", "sfw pa", "S", "h")
add("Immigration: client's appeal hearing adjourned. New date in March. Client frustrated. He is not allowed to work and feels useless.")
add("Client was brought to the UK on a fake passport at age 10 by a woman who said she was his aunt. He cleaned and looked after her children. He wasn't registered at school until he was 13. He was made to sleep in the hallway.",
    "AV AC", "plc", "D", "h")
add("ANON REPORT: the bloke at number 9 has lads from Romania in a van every morning at 5am, back 11 at night, they look knackered, he takes there bank cards off them at the cashpoint on fridays i seen it",
    "EO WW", "cedl lh mbc ncw", "L", "m")
add("Client telephoned, wanted to know when her next appointment is. Told her Thursday 2pm.")
add("POI MIRZA (DOB 11/07/1979) operates a recruitment 'agency' from a flat in Southall. INT states he charges Indian and Nepali nationals £6,000 for care-worker sponsorship certificates; on arrival in the UK the care home placements do not exist and the workers are sent to his cousin's care agency where wages are paid to MIRZA until the 'fee' is cleared. 2/B/P",
    "DC DB WW", "uf ncw", "L", "h")
add("Client (care worker, Zimbabwean) says her sponsor care home cut her hours to 10 a week, which she can't live on, but pays her correctly for the hours worked and she holds her own passport. She is free to change sponsor. Not exploitation; referred to a union and immigration advice.")
add("Through interpreter: he says that at the recycling plant they sorted rubbish by hand with no gloves, needles and broken glass in it, and one man lost two fingers in the conveyor and was sent home with no doctor.",
    "AC", "", "L", "m")
add("Re-trafficking review: client has stopped answering calls from support team and her phone is now off. Her former controller was released from prison last week. Police welfare check requested.")
add("She told us that 'they counted the money every night, and if there was not enough we got no food'.",
    "WW AC", "ncw", "", "m")
add("Client told me his father in Vietnam took a loan of $30,000 from a man in the village to send him to England. In England he was given to a 'boss' who said he must work in a nail bar until the loan was repaid, and that if he ran away the family would lose their house.",
    "DB IT", "", "L", "m")
add("Welfare note: client's GP prescribed sertraline. Client says it helps a bit. Continue to monitor.")
add("101: caller works at a petrol station and says 2 young girls, maybe 13 or 14, come in at 2am with a man in his 30s who buys them alcohol and they get into different cars. Girls seem drunk and one was crying.",
    "AV", "", "S", "i")
add("Client accompanied to Jobcentre to sort out ID verification; brought her own passport back from the Home Office. Good progress.")
add("Support worker note (long): Met Ana at the café. She wanted to talk about her sister Irina, who is still in Spain and who Ana thinks is being 'looked after' by the same people. Ana says Irina calls only from a number that is always different, sounds scared, and says she can't speak. Ana herself has been in our service for 8 months and reports no contact from the group. We discussed referral to Spanish NGO through the international partner. Ana is sleeping well, has started a hairdressing course, and her housing is stable. Risk to Ana: low. Concern for Irina passed to police liaison.",
    "", "", "", "l")
add("Client said: 'My cousin said I can stay with him in Glasgow and work in his shop. But he took my passport, said the rent is £150 a week and the shop pays £100. So every week I owe more.'",
    "RD DB", "dt", "L", "m")
add("Client's statement: 'I was not locked in. I could go to the shop. But where would I go? I had no money, no English, and he said the police would put me in prison.'",
    "AV IT", "foa", "", "m")
add("Intelligence: multiple Eastern European females working at a hand car wash (unusual) appear to be dropped at 7am and collected 8pm by a male in a Transit, reg part ending 'KXF'. Women do not engage with customers. 3/C/P",
    "", "cedl et", "L", "m")
add("Referral closed - not trafficking. Young man referred by police after arrest for shoplifting; thought to be part of an organised group. On interview he stole alone to fund his own drug use, has family support, and no one directs him. Referred to drug services.")
add("Client showed me the scars on his back from the beatings on the boat. Skipper kept him at sea for 3 months without going ashore, and used a rope on anyone who fell asleep.",
    "PV RM EO", "pa rm lh", "L", "h")
add("Client asked for help writing a letter to her MP about the delay in her NRM decision (now 19 months). Letter drafted.")
add("INT: female believed to be in a sham marriage arranged by nom ALI to obtain EU residence rights for ALI's brother. Female (Portuguese, 20) has learning difficulties, was told she was going on holiday, and is now kept at the brother's address in Bradford. 2/C/C handle with care",
    "AV DC RM", "rm", "D", "h")
add("A&E note: 19yo female, Romanian, attends with injuries consistent with assault (bruising neck). Says she 'fell'. Accompanied by female 'friend' who pays and answers questions. Patient had 4 phones in her bag. Patient whispered 'help' when friend left cubicle.",
    "PV", "pa sfw", "", "h")
add("Client in custody at IRC. Support worker visited. He says the car wash boss told immigration he was a 'volunteer'. Solicitor pursuing NRM referral. Client says the boss paid him £100 a month for 7 days a week, 10 hours a day, and kept 'the rest for his debt'.",
    "WW EO DB", "lh", "L", "h")
add("Not exploitation. Mr Okonkwo was reported by neighbours because 'many men' go in and out of his house. Police visit found he runs a legitimate Bible study group. No concerns.")
add("Client says the boss used to say 'I know your village, I know your mother's shop' when anyone complained.",
    "IT", "", "", "m")
add("Support plan update: objectives met - client has secured a private rented flat with a guarantor scheme and starts full-time employment at a hotel next month. Move-on plan agreed. Case to close in 6 weeks.")
add("Client's account (Slovak, Roma, 27): He was picked up at the bus station by men who said there was work in a factory in Sheffield. They took his ID card and said they would return it when he got his first wage. He got no wage. He was made to beg outside Tesco and give them everything he was given.",
    "DC RD WW", "dt ncw", "C", "h")
add("GLAA: labour provider supplying pickers to a salad grower. Workers' hours recorded at 70-80 per week during peak. Workers say they want the hours, are paid overtime, and have their documents. Accommodation clean, 2 per room. Hours over WTD opt-out forms missing; advice given. Not forced labour.",
    "", "lh", "", "l")
add("I was 16 when my boyfriend said I had to sell weed for his mates to pay off the money I owed him for a phone and trainers. When I said no they held me down and cut my hair off.",
    "AV DB PV", "", "C", "h")
add("Client is worried the Home Office will deport her if she reports the landlord who took her deposit. Explained her rights. No exploitation; landlord dispute.")
add("Midwife safeguarding: Vietnamese woman, 32 weeks, lives above a nail salon where she works 'every day'. States she has no money of her own; the 'owner' takes it for her debt. She does not know her address.",
    "EO WW DB IS", "saw ncw iso lh", "L", "h")
add("Debrief: she says that she was made to wear a tracking app on her phone so they always knew where she went, and that 'the driver' took her to and from the flats and the supermarket. She never went anywhere alone.",
    "RM", "rm et", "", "m")
add("Client has a part-time job in a café; employer pays minimum wage via payroll. Client says the manager sometimes asks her to stay late unpaid for 15 minutes for cleaning. Advised on rights. Not exploitation.")
add("Cuckooing concern: housing officer reports that a vulnerable tenant (British, 61, heroin user) has 'nephews' from London staying who don't let him leave the flat alone and have taken his phone. Tenant's bank card is being used by them.",
    "AV RM IS", "rm iso ncw", "C", "i")
add("Client recalls the journey: 'In Libya they sold us, like goats. A man paid for me and I worked in his building site one year. No money. If we stopped they shot in the air.' He is from Darfur.",
    "WW IT", "", "L", "m")
add("Weekly check-in: client attending college, enjoying maths. Housing stable. No issues.")
add("Interpreter relayed that the client was told the organs 'grow back' and that selling part of her liver would give her enough to pay the smugglers. The surgery happened in Egypt. Client is now in the UK seeking asylum.",
    "DC AV", "", "O", "m")
add("the turkish barbers in town got 2 young lads sleeping on the floor of the shop i seen them early morning rolling up blankets, they never get a day off. boss keeps there passports he told my mate",
    "AC EO RD", "saw lh dt", "L", "h")
add("Client's husband (British) has been charged with assault on her. No labour or sexual exploitation. She has her own passport and works part time in a shop. Referred to domestic abuse service; our service not appropriate. Closed.")
add("POI STAN reportedly controls 5 Romanian women begging at Oxford Circus. He drops them at 7am and collects at 9pm, takes their takings each evening. One female has a visible physical disability which is 'displayed' to passers-by. 2/B/P",
    "AV WW EO", "cedl ncw lh", "C", "h")
add("Client says they told her: 'You can go whenever you want — but remember, we have your video.' The video was filmed in the flat without her consent.",
    "IT", "", "S", "h")
add("Food factory HR emailed us: a worker disclosed that his landlord, who got him the job, takes his wages card every payday. HR has stopped paying into that account and helped him open his own. Referral to us for support.",
    "WW", "ncw", "L", "m")
add("Welfare: client wants to learn to drive. Explained provisional licence process and costs.")
add("Client arrived at the safe house with a carrier bag: one change of clothes, a toothbrush and a phone with no SIM. She said everything else 'belongs to the house'.",
    "", "fpe", "", "l")
add("Through the interpreter (Vietnamese): he says the men took his phone as soon as he got out of the lorry and he could not tell his mother he was alive. For a year he spoke to nobody except the man who brought rice.",
    "IS", "iso", "", "m")
add("POI KHAN, Imran - INT suggests he brokers kidney 'donations' between poor men from Pakistan and wealthy UK-based recipients, arranging surgery in a private hospital abroad. Donors told they will receive £10,000, most receive under £1,000. 2/C/P",
    "DC WW AV", "", "O", "h")
add("Transplant coordinator concern: proposed living donor for a Harley St patient claims to be a 'cousin' but cannot name the recipient's family members, speaks no English, and an 'uncle' handles all contact. Donor says he was promised a job in the UK after the operation. Surgery halted; police informed.",
    "DC AV", "sfw", "O", "i")
add("Client describes her room in the brothel: a mattress, no window, a bucket. All her clothes were given to her by the 'Mummy' and taken back when she moved. She was moved every week to a different city and never knew which one.",
    "AC IS", "plc fpe iso", "S", "h")
add("Client has his first payslip from his new job at a warehouse. We checked it together: tax code correct, paid for all hours. He's proud.")
add("Support worker note: client was collected from the train station by the police liaison officer and taken to give an ABE interview. She was very tired afterwards.")
add("Client told the support worker the 'uncle' had said she must never speak to the neighbours or the children's teachers, and that if anyone asked she was a relative visiting. She had no phone. She says she did not know the name of the street until she escaped.",
    "IS", "iso", "D", "m")
add("Client says he was charged £40 for the gloves, boots and safety glasses at the construction site and £15 a day for the minibus, so from £60 a day he kept maybe £20. The gaffer drove them everywhere and waited while they ate.",
    "RM", "ppe ct et rm", "L", "m")
add("Interpreter relays: she says the other girls told her not to trust doctors, police or anyone from the council because they work with 'immigration' and will send her back.",
    "", "foa", "", "l")
add("Client was found by police with only the clothes he was wearing and a plastic bag of bread. He had no documents, no money, no phone. He had been living in a tent on the farm where he worked.",
    "AC", "fpe plc saw", "L", "m")
add("Client's daughter asked for help with a school trip payment. Paid from hardship fund.")
add("INT: Romanian teenage girls (15-17) brought to Leeds by nom CIOBANU and advertised online as 18+. Girls moved between hotels. CIOBANU shown on CCTV slapping a girl in hotel corridor. Girls believed to be at Premier Inn, Leeds City West TONIGHT. 1/B/P",
    "AV PV", "", "S", "i")
add("Safeguarding note from social care: 12 yo boy from Albania was found on a lorry with no adult. Placed in foster care. Went missing within 48 hours. A phone found in his room had messages from an unknown number with addresses. Concern he is being trafficked onward.",
    "AV", "", "", "i")
add("Victim account (written by client in her own words): The lady told me there is no job in the hotel any more, I must go to the flat and do massage. I said I don't want. She took away my phone and my bag. She said if I am good I can call my mother on Sunday.",
    "DC IS", "iso fpe", "S", "h")
add("Housing note: client evicted from NASS accommodation after positive decision (28-day move-on). Homeless application submitted. Client has been offered a hostel place.")
add("Client says that when she complained to the agency about the 16-hour shifts at the chicken plant, the agency rep told her that girls who complain are 'sent home without their papers'.",
    "EO IT", "lh", "L", "m")
add("Mr Ahmed (Sudanese) was referred after sleeping in a garden shed at his employer's premises. On assessment: he chose the shed to save money while he waits for his own flat; employer has offered him a room and pays him properly, he has his documents. No exploitation. Advice on housing given.",
    "", "saw", "", "l")
add("Caller to Modern Slavery Helpline (summary): lorry driver saw about 10 men dropped off at a field in Kent at 4am by a minibus, all thin with no coats in the cold. Minibus driver shouted at them and took their phones in a box before they went to work.",
    "IS", "cedl pa iso", "L", "m")
add("Client's account of his early life in the UK: 'When I was 14 the men gave me a place to sleep and food. Then they said I owe for everything and I must go to the other town with the drugs. I did county lines two years. They cut me with a knife once when I lost a package.'",
    "AV DB PV", "pa", "C", "h")
add("Client reports her friend from church offered her 'cleaning work' in private homes, paid £12/hr. Client has been working there 6 weeks, paid weekly into her own account. Just wanted advice about tax. Fine.")
add("They told us that the hotel in Cornwall was five-star and we would have our own rooms. We slept in the staff hut, eight to a room with bunk beds, and worked breakfasts and dinners, split shifts 6am to 11pm, seven days. The manager kept our wages for 'accommodation deposit'.",
    "DC AC EO WW", "oc lh ncw", "L", "h")
add("Client has no phone and says she doesn't want one. Discussed safety. Her choice is respected; she can use the office phone.")
add("Re-trafficking: client's old trafficker contacted her mother in Nigeria saying the 'debt' is still owed and that the mother must pay or the daughter must 'come back to work'. Client distressed.",
    "DB IT", "", "", "m")
add("Financial crime alert: customer (female, 23, Hungarian) accompanied to branch by male who instructs her in Hungarian and holds her debit card; same male previously accompanied 6 other females opening accounts. Accounts receive wages from a meat processing plant and are emptied within an hour.",
    "WW", "ncw sfw mbc", "L", "m")
add("Client's account via interpreter: 'The first night they raped me so I would understand. After that I did what they said.'",
    "PV", "", "S", "h")
add("Council licensing: HMO above a restaurant found to house 9 kitchen staff, employer is the landlord, rooms have no windows, one shower. Workers rent deducted at source. Staff say they work 12 hr shifts 6 days. Referred to GLAA and police for further assessment.",
    "AC EO", "oc plc lh saw", "L", "h")
add("Client was reunited with her brother in Manchester today after 3 years apart. Very emotional. She will stay in our service.")
add("Interpreter (Albanian): he says that the boss in the cannabis house told him that the police in England torture Albanians and that he would be deported immediately. He believed it and stayed for 11 months, watering plants, sleeping on a mattress in the room with the lamps.",
    "IT AV", "foa saw plc", "C", "m")
add("Client attends our drop-in. No indicators. He came for help with a CV.")
add("Client recalls: 'Madam didn't beat me. She didn't lock the door. But she kept my passport and my phone, and I did not know anybody in London. I worked all day, every day. I think that is also a prison.'",
    "RD IS EO", "dt iso lh", "D", "h")
add("Police log: report of young female, possibly under 16, seen being pushed into a car outside McDonald's by two males; car registration partially obtained. Female was screaming. Units searching area.",
    "AV PV", "", "", "i")
add("Client says she worked for a family in Dubai who brought her to London for the summer. She had her passport, was paid monthly into her account in the Philippines, had a day off each week. She left because she found a better job. Referred for immigration advice only; no exploitation.")
add("Client says: 'The boss told us the van costs £20 every day, and the house £70 a week, and the work clothes £50. In the first month I earned nothing, only the debt.'",
    "DB", "ct ppe", "L", "m")
add("Support worker note: client very angry today because she feels the police have forgotten her case. Rang OIC: investigation ongoing, suspect on bail. Relayed.")
add("INT: Vietnamese female (approx 15) believed working in nail bar on Wood St with no pay, sleeps at the shop with 2 adults, never seen outside without an older female. 2/C/P",
    "AV WW RM", "saw rm", "L", "h")
add("He says that the 'boss' made him get a bank account and then took the card and PIN, and used it for other people's money. He now has debts and a bank marker in his name. He was homeless when the boss found him.",
    "AV", "ncw", "C", "m")
add("Client is a kidney donor for her brother through Guy's Hospital. She asked us if it was legal as someone in her community said it is 'selling'. Reassured - NHS living donation with HTA approval, no payment. No concerns.")
add("Client in tears recounting how her 'boyfriend' in Romania had her sign a loan in her name before they came, then said she had to work in 'massage' to pay it back. He kept the money she earned. She has since learned the loan was fake.",
    "DC DB WW", "ncw", "S", "h")
add("Welfare check done by phone, client fine.")
add("First-person account, translated from Arabic: I worked in the kitchen of the restaurant, sleep in the store room with the potatoes. One day off each month. The owner said I am like his son, he keep my money for my future. I have no money now.",
    "WW EO AC", "saw lh ncw", "L", "h")
add("Client asked whether she needs to tell the Home Office she has moved. Yes - form completed.")
add("School referral: 15yo pupil frequently absent, seen in town with older men, has 3 phones and large amounts of cash; was found in Cardiff 120 miles from home by BTP. Says she was 'visiting friends'.",
    "AV", "", "C", "h")
add("Client says that the farmer was fair: paid per kilo, gave them a caravan each and a day off on Sundays. But the agency in Bulgaria had charged her £500 before she travelled. Report made to GLAA about the fee.",
    "", "uf", "", "l")
add("I was born in Eritrea. They kept us in a warehouse in Sabha with 300 people. They called our families to send money and beat us on the phone so our families would hear. Then they sent us to the boat. In the UK I was not exploited. I am in college now.",
    "PV", "", "", "h")
add("Client recalls the house in Derby: 'The window was screwed shut and the front door had a key on the inside that only he had. When he went out we were inside until he came back.'",
    "RM", "rm", "", "h")
add("Client received a threatening text today: 'u think u can hide, ur mum still lives at the same place'. Reported to police, crime reference obtained.",
    "IT", "", "", "m")
add("Support plan: client wants to get her children back from Albania. Family reunion application discussed with solicitor.")
add("Intel: takeaway in Grimsby - Chinese male staff (2) appear to live above the premises, approached by a regular customer who says they 'owe big money to the owner for coming'. One was seen with burns on hands and no dressing. 3/C/P",
    "DB", "saw pa", "L", "m")
add("She says she was locked in the bedroom at the flat in Bristol when she was not working and that the man took her phone away. She is still there, texting us from a hidden phone. Police informed NOW.",
    "RM IS", "rm iso", "S", "i")
add("Client says that his aunt keeps his passport because he lost it once before. He can ask for it anytime. He lives with her family and goes to college. No exploitation.")
add("Client (Indian, 38) came on a Skilled Worker visa as a chef. Employer paid the certificate of sponsorship fee but then demanded he repay £15,000 'for the visa', deducting £900 a month from wages so that he received £200. Employer threatens to withdraw sponsorship if he complains.",
    "DB WW IT AV", "ncw", "L", "h")
add("Housing complaint: mice in client's flat. Environmental health booked.")
add("Probation: PP (British, 23) with learning disability groomed by local dealers; they used his flat to cut drugs and took his benefits each fortnight. He has now moved. Risk of re-exploitation remains high while dealers in area.",
    "AV", "ncw", "C", "h")
add("Client's account (interpreter: Urdu). Long session, 2 hours.\n\nShe married her husband in Mirpur at 19 and came to Bradford on a spouse visa. From the first week his mother told her she was 'bought' and must earn her keep. She cooked for 11 people, cleaned two houses (her in-laws' and her brother-in-law's), and was woken at 5 to make parathas. She ate last, standing in the kitchen.\n\nHer passport and visa letter were kept by her father-in-law 'in the cupboard with the gold'. She was not allowed to go out without her mother-in-law and was not registered with a GP until she was pregnant. When she phoned her sister in Pakistan the phone was taken and she was slapped.\n\nShe mentions a neighbour, Mrs Begum, who was kind and eventually called the police. Her husband is now on bail. She has her passport back via police.",
    "RD RM IS PV EO AC", "dt rm iso lh", "D", "h")
add("INT: county line 'JAY' running from Lewisham into Margate. Uses 2 x 15yo runners who are 'taxed' on every deal and told they owe £1,200 after a staged robbery. Runners stay in a cuckooed flat belonging to a female with mental health issues. 2/B/P",
    "AV DB", "", "C", "h")
add("Client reports her new employer at a nail salon is 'strict' - 9 to 7, Tuesday to Saturday, paid weekly into her account with payslips. She keeps her documents. She wanted to check her holiday entitlement. No exploitation.")
add("A worker was killed when a wall collapsed on a construction site in Croydon. HSE investigating. Employer registered, worker paid via payroll and had CSCS card. No indicators of exploitation; health and safety matter only.")
add("He says the men told him he would work in a hotel kitchen; instead he was taken to a farm and made to sleep in a horsebox. They paid him nothing for 4 months and said 'you get money when the season ends'. It never came.",
    "DC AC WW", "saw plc", "L", "h")
add("Police officer's note: spoke to four women at a brothel (walk-up) in Soho. All said they work there by choice, set their own prices, keep their earnings, hold their passports and live elsewhere. No indicators of coercion identified. Leaflets left.")
add("Re-trafficking: client has been seen at the same car wash in Hull where she was previously exploited, doing the till. She says the new owner is different and pays her properly. Checks with GLAA ongoing.")
add("Through the interpreter: 'I was 13 when my father gave me to a man from the city to work in his house. In London I looked after his children and the whole house. His wife burned my arm with the iron when I was slow. I never went to school.'",
    "AV PV", "pa", "D", "h")
add("Client told me the woman running the adult website account posts her photos and replies to the men, keeps the phone, and 'sorts the money'. She is given a bit for food and clothes.",
    "WW", "ncw", "S", "h")
add("Client telephoned to say thank you for the Christmas hamper.")
add("101 call: caller states her elderly father's carer, from an agency, has told her she works 90 hours a week and her agency takes her passport and £300 a month 'for accommodation' in a house with 8 other carers. Carer is scared to complain because of her visa.",
    "EO RD AC AV", "lh dt oc foa", "L", "h")
add("INT: nom LIN operates massage parlours in Reading & Slough. Females (Chinese, 40s) arrive on visitor visas, are told they must 'repay the visa' of £15,000 through sex work, and live on the premises. 2/B/P",
    "DB", "saw", "S", "h")
add("Interpreter relays that the client wants to say clearly: 'Nobody held me. I came for work, it was hard and the pay was low, but I could stop and I did.' Referral closed as no indicators.")
add("Client says that the waste yard boss would stand with a stick while they sorted, and hit the slow ones on the legs. They worked until the skip was empty, sometimes 2am.",
    "PV EO", "lh", "L", "h")
add("Support note: client's trafficker was convicted today, 9 years. Client cried and hugged her support worker. Slavery and Trafficking Prevention Order also made.")
add("GLAA inspection: shellfish processing unit - workers recruited from Lithuania by a labour provider who charges each worker £300 'registration' and £12 a week for boots. Workers' hours recorded at 48; pay correct; workers keep their own documents and live independently. Upfront fee breach; no forced labour.",
    "", "uf ppe", "", "l")
add("Case note: I spoke to Milan on the phone today. He is still at the address in Kettering, says the 'boss' has his ID card and the rent has gone up again so he owes more than before. He doesn't want police but is asking for help to get out.",
    "RD DB", "dt", "L", "m")
add("Client's brother in Vietnam received a call saying the client must send $5,000 or the 'company' will come for the family. Client believes it is the people who brought him. Reported to police.",
    "IT DB", "", "", "m")
add("She says that in the flat in Newcastle there was always one man watching them, and even when she went to the toilet the door had to stay open.",
    "RM", "rm", "S", "h")
add("Client was referred by A&E after presenting with a workplace burn from a fryer. On assessment: legally employed at a fish and chip shop, paid, has her own home and documents. Employer reported the accident. No exploitation.")
add("Client says the woman who arranged her marriage to a Portuguese man took her bank card after the wedding, and told her to claim benefits and hand over the money each month, or she would report her to the Home Office.",
    "IT", "ncw", "C", "m")
add("Notes on young person (16, Eritrean, UASC): during key work he disclosed that in Calais he worked for the smugglers loading people into lorries to 'pay' for his own place. He was beaten when a lorry was discovered.",
    "AV DB PV", "", "C", "h")
add("Welfare: client's ESOL exam passed. Certificate in the post.")
add("ANON online report: the indian restraunt on the corner has got waiters living in the basement they work from 10am to 2am everyday the owner takes there wages n says he sends to there family back home poor lads r treated like slaves",
    "AC EO WW", "saw lh ncw", "L", "h")
add("Client asked whether the organs of her late husband could be donated; explained NHS opt-out system and put her in touch with the specialist nurse. Not a safeguarding issue.")
add("Interpreter: he says that at the clinic in Turkey they took his kidney and then he was put on a bus with a bandage and no money; the man who recruited him in Calais had said it would pay his crossing to England.",
    "DC AV WW", "", "O", "h")
add("POI OLARU. Drives Romanian males (approx 8) in a white Sprinter to a warehouse near Daventry via an agency. Males live at POI's address, 3 bedrooms. Their wages paid into accounts POI controls; POI seen withdrawing from 6 cards at ATM in Northampton. 2/B/P",
    "WW AC", "et oc mbc ncw", "L", "h")
add("Client reports that her former boss at the hotel has not paid her final week's wages. She has other jobs now, had all her other wages, and her own documents. Helped her write to the employer and contact ACAS. Not exploitation.")
add("Client (Filipino, 41) says the family she worked for in Knightsbridge made her sleep on the floor of the baby's room, gave her leftovers, and she worked from 6am until the family slept. After she ran away, Sir texted saying 'you will go to jail for stealing' although she took nothing.",
    "AC EO IT", "plc lh", "D", "h")
add("She says that the man she thought was her boyfriend started to share her pictures online and told her she had to meet men or he would send the pictures to her family. She was 15.",
    "AV IT", "", "S", "h")
add("Support worker: client's mother has died in Albania. Client cannot travel. Arranged video call to the funeral with the mosque.")
add("Police log: welfare check at farm in Herefordshire after concern from a vet. 3 males (Polish, 50s) found living in a barn with no running water; farmer says they are 'family friends who help out'. Males say they work 7 days for food and cider, have not been paid in years, and do not know where their ID cards are.",
    "AC EO WW RD AV", "plc lh dt saw", "L", "h")
add("Client says she feels safe in her new flat and that nobody has contacted her since she moved. She has her own key, her own phone, and is free to go where she likes.")
add("He says he agreed to look after a 'grow' for three months to pay back his cousin for the journey, but then the cousin said the debt doubled because the first crop failed.",
    "DB", "", "C", "m")
add("Client: 'they told me in Nigeria I will be a hairdresser. They told me in Italy I will be a hairdresser. Only in London they told me the truth.'",
    "DC", "", "", "m")
add("Benefits: client's PIP award arrived, standard rate daily living. Backdated payment received into her own account.")
add("Immigration note: client detained at Heathrow after arriving on a fake Schengen visa. He says he paid an agent in Delhi £4,000 for the visa and job in a restaurant. There is no evidence yet that the job involves exploitation; screening interview arranged.",
    "", "uf", "", "l")
add("INT: brothel operating from a flat above a vape shop in Stockport. Females (Thai) brought in by a 'manager' who collects all cash and keeps their passports. One female told a punter she cannot leave until her debt of 600,000 baht is paid. 2/B/C",
    "WW RD DB", "ncw dt", "S", "h")
add("Client's account: the boss used to say 'you are my family, you don't need days off'. She worked in the sandwich factory and then cleaned his house in the evenings. She was always tired and lost a lot of weight.",
    "EO", "lh pa", "L D", "m")
add("Client's landlady (not an employer) holds her spare key. Client mentioned this because she felt uncomfortable. No exploitation, normal tenancy.")
add("Client describes a 'test' night: the new girls were taken to a flat and raped by the bosses' friends. Afterwards they were told that the same would happen to their sisters if they ran away.",
    "PV IT", "", "S", "h")
add("Text to helpline (summary): girl typing from a phone in a car says a man is driving her to Birmingham to 'work' and she doesn't want to go, she is 16, phone nearly dead, she doesn't know the road.",
    "AV", "", "S", "i")
add("Support plan review: re-trafficking risk reduced from HIGH to LOW. Client has stable employment, her own accommodation, and her exploiter is in prison. Plan to close in January.")
add("Client (Romanian, 24) says he worked at a hand car wash in Wigan. He had his own ID, lived with his wife, was paid £50 a day cash. He wants help because he has no payslips to show for his visa. Employer to be reported to HMRC for cash-in-hand. No forced labour.")
add("She says that her husband's family used her as a servant and, after she had the baby, they took the baby away from her room at night and said she would only see him if she worked harder.",
    "IT", "", "D", "m")
add("Interpreter (Kurdish Sorani): he says that the smugglers in the UK kept his phone and his friend's phones in a box and only gave them back for 10 minutes on Friday to call home while someone listened.",
    "IS", "iso", "", "m")
add("INT: Slovak family group in Rotherham believed to be exploiting relatives with learning disabilities - taking them to work on a fairground and in a meat plant, taking their wages and benefits, housing them in a caravan. 2/C/P",
    "AV WW AC", "ncw plc", "L", "h")
add("Client lost his job when the factory closed. He was paid redundancy. Job search support offered.")
add("Debrief summary: Ms Ionescu says she was recruited in Iasi by a woman offering fruit-picking work in Kent for £500 a week. On arrival she was taken to a house in Maidstone, told the farm was 'full', and put to work in a brothel. She was never paid. Her ID card was taken by the woman's husband on the first night.",
    "DC WW RD", "dt", "S", "h")
add("He said 'we never finished before midnight and started at 6. On Christmas Day we worked too.'",
    "EO", "lh", "", "m")
add("Client was visited at home; partner present. Client said she was fine in front of partner. Arranged to speak alone next time. No disclosures today.")
add("Client says the family who brought him from Lagos at 11 to look after their twins in Peckham told neighbours he was their son. He did not go to school and was beaten with a slipper. He is now 19 and wants to know his immigration options.",
    "AV DC PV", "", "D", "h")
add("Public report: massage place near station - girls never leave, the windows are covered, a man drops food off, they live there i'm sure, saw one girl crying at the back door having a smoke and a bloke dragged her in",
    "RM PV", "saw rm", "S", "h")
add("OIC update: search warrant executed at the address of a gang master in Wisbech. 22 passports recovered from a safe in his bedroom, belonging to Latvian workers. Workers being interviewed.",
    "RD", "dt", "L", "m")
add("Client's account (long, via interpreter):\n\nHe says he went to Qatar first for construction and the company there kept his passport too, so he thought this was normal. When the same company sent him to a subcontractor in Manchester he expected to be paid £11 an hour; he was paid £4, in cash, and the rest was 'agency fees'. He slept in a container on the site with 5 others. He says he was not locked in and the boss was 'not a bad man', but he could not leave because his passport was in the site office and he had sent all his savings home to repay the loan for the recruitment fee.",
    "RD DC AC DB", "dt saw oc uf", "L", "h")
add("Housing: client's tenancy signed. Keys collected. She chose curtains. Good day.")
add("Client says the driver charged each of them £8 a day to get to the onion fields and back, taken from wages, and that nobody was allowed a phone in the field so 'we could not talk to anyone outside'. He arrived with nothing but a rucksack and left the same way.",
    "IS", "ct iso fpe", "L", "m")
add("Officer's handover: visited the flower farm following an anonymous tip. All 30 seasonal workers spoken to privately with interpreters; all hold their passports, have phones, are paid weekly into own accounts, live in clean caravans (2 per caravan) and say they are free to leave. No sign of anyone being held against their will. NFA.")
add("Client says that after the raid she had no clothes of her own - the ones she wore belonged to 'the house' - and she had never had a bank account or phone in the UK in 3 years; the 'aunty' handled all her contact and she did not know anyone's name except hers.",
    "IS", "fpe iso", "S", "h")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh152.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(D, 1):
            f.write(json.dumps({"id": "f152-%03d" % n, "text": text, "indicators": ind, "signs": sig,
                                "exploitation": typ, "risk": risk}, ensure_ascii=False) + "\n")
    print(len(D), "texts written to", out)
