# fresh247 part 2: intelligence logs, call handlers, public reports, case notes (mostly exploitation), organ harvesting
def add(T):
    T("INT 2/B/P. Source reports POI Adrian LUCA (dob 04/03/89) runs girls out of flat 3, 22 Whitworth St, M1. Females are Romanian, aged 19-25, rotated every 2 wks. LUCA holds all ppts. Girls not permitted out w/o driver.",
      "RD RM", "DT RMS ET", "S")
    T("caller states theres about 15 men living in the house next door 27 Clarendon rd and a van comes at 5 every morning and brings them back at like 10pm they all look really tired and skinny one of them asked my husband for food",
      "", "OA CE PA", "L")
    T("Call log 14:32. Female caller, anonymous, says her cousin 'Dritan' is being kept in a house in Gillingham growing weed and they wont let him leave, he messaged her on Insta saying he's scared they'll kill him. Caller does not know house number. Graded P1.",
      "RM IT", "RMS FA", "C", "immediate")
    T("INT 3/C/P: Car wash at Fenton Retail Park (Sparkle Hand Wash) - workers seen eating meals on the forecourt, sleeping in the office overnight per security guard. Staff believed paid £30 p/d cash. No PPE - washing with chemicals barehanded.",
      "AC WW", "SW", "L")
    T("im worried about the lady next door she cleans for the family all day every day I never see her go out on her own and shes not allowed to talk to us the man shouts at her in another language. she looks so thin",
      "RM ISO EO", "RMS IS PA LH", "D")
    T("""Case note - DC HARRIS, MSHT Unit. Visited VIC1 (Mihaela) at safe house. She provided further detail. SUSPECT1 (Ionut DRAGOMIR) kept her bank card from the day she arrived and told her the account was 'for tax'. Her wages from Rowe's Salads (approx £380 p/w) went in and she was given £40 a week. When she asked for the card back he laughed and said she still owed for the flight and the deposit on the room. In Feb he slapped her in the van in front of two other workers. She states other workers were treated the same and at least three other cards are kept in his glovebox. The NRM process was explained through a telephone interpreter and consent was given in writing. The PV has been placed in MSVCC accommodation in the region and allocated a support worker. A crime has been recorded by the local force.""",
      "WW DB PSV", "NCW MBC", "L")
    T("Intel: nail bar 'Lux Nails' 118 High St Walthamstow - young Viet females, staff arrive together at 8am in a people carrier and are picked up 10pm. Unknown where they reside. Staff will not talk to customers. 3/C/P.",
      "", "ET CE FA", "L")
    T("""Crimestoppers report (verbatim): there is a farm off the A1101 nr Welney where they keep foreign men in caravans with no water or toilets, the farmer takes there passports, i no this cos my mate did a few days there and saw it. they get shouted at and one got hit with a spade last week. they work all hours even sundays.""",
      "AC RD PSV EO", "PLC DT LH", "L")
    T("PNC/intel update: VRM YK17 PXO (white Vauxhall Movano) stopped A64 05:10 hrs, 12 occupants, all Eastern European males, no seats in rear. Driver (Pavel GRIGORE) produced a wad of 9 bank cards in different names. Occupants all going to 'the factory' in Malton.",
      "", "CE MBC", "L")
    T("""Call handler - Modern Slavery Helpline pass to Northumbria. Caller is a delivery driver who regularly delivers to a Chinese restaurant in Gateshead. On his last three drops, the same young man has been in the yard at 7am and still there at midnight. Today the man whispered 'help, no passport, no money' and pointed to the back door where the manager was watching. Caller thinks the man sleeps in the dry store. Caller is very concerned and willing to give statement.""",
      "RD WW EO", "DT LH SW", "L")
    T("INT 2/A/P: County line 'Jay line' (07731 4xxxxx) operating into Boscombe. Runners are 14-16yo from Croydon, housed in cuckooed flats, told they must pay back 'losses' if robbed. One runner assaulted with a hammer on 12/05 over a short.",
      "AV DB PSV", "", "C", "high")
    T("Anon online report: Massage parlour on Bath Rd, Hounslow. Lights on all night, girls never leave, men come and go all day, a man with a Mercedes collects a bag from there every night. One girl had bruises on her arms.",
      "", "RMS PA", "S")
    T("""Case notes (Salvation Army support worker). Week 3 with PV. He opened up today about why he did not leave sooner. He said the boss at the chicken factory told everyone that the police in England work for the company and if they complained they would be 'sent back with nothing'. He also said that the rent for the bed went up from £50 to £70 to £90 a week, and that he was never told what he still owed, only that 'it's more'. He says he worked from 6 until 6 and then cleaned the boss's house. First responder note: the PV was calm but tired during the interview and asked several times whether the information would be shared with the Home Office. Explained the role of the Single Competent Authority and the recovery period.""",
      "IT DB EO", "FA LH", "L")
    T("999 call 23:48 - female screaming in background, male caller states his 'girlfriend' won't get back in the car and is 'costing him money', heard saying 'you'll do the punters or I'll break your legs'. Location A38 lay-by nr Bromsgrove.",
      "IT", "", "S", "immediate")
    T("Intelligence: source states the 'boss' of the bricklaying gang in Milton Keynes (Tudor STAN) holds the workers' ID cards in a carrier bag under his bed and charges £5 per man per day for 'the van'. Source believes there are 8 workers. 3/B/P",
      "RD", "DT CT", "L")
    T("""PCSO report, Leyton. Called in to check on welfare of a woman at 41 Francis Rd following report from her GP practice manager. Door answered by male who stated he was her husband and she was 'resting'. Female then came to the door, looked frightened, looked at the male before every answer and said 'I'm fine, I'm fine'. She had a black eye which male said was from a fall. She is from Pakistan, arrived 8 months ago on a spouse visa. Referred to safeguarding; concern she is doing all housework for a large extended family and is not let out. Follow-up to be done by the safeguarding team with a female officer and an Urdu-speaking interpreter, at a time when the husband is at work. Intelligence submitted.""",
      "PSV RM", "PA FA SFW RMS", "D")
    T("wats the number for reporting slavery theres men selling the big issue outside morrisons and a van drops them there and takes the money off them at dinner time",
      "WW", "ET NCW", "C")
    T("INT 2/B/P - Hand car wash 'Kleen Machine', Tipton: workers have to buy their own wellies and gloves off the manager at £25 a go, deducted from day rate of £40. Workers sleep in rooms above a shop next door owned by same man.",
      "WW", "PPE OA", "L")
    T("""Call handler notes, MS Helpline. Caller (Romanian, speaks some English) says: 'I come for work in factory, man in Romania say £9 hour, here they give me £3 hour, they take money for house, for bus, for the jacket. I have nothing. My friend he ask for the money and boss hit him in the face. I want to go home but no money for ticket and boss say I must pay £600 first.'""",
      "DEC WW PSV DB", "CT PPE", "L")
    T("STORM log: PC 2231 attended house of multiple occupation 9 Marlborough Rd, Luton re noise. 22 mattresses counted in 4 rooms. Occupants said they work at 'the chicken place'. All rent paid to a 'Mr Ali' who also drives them to work. Passports not located. Referral to GLAA.",
      "AC", "OA PLC ET", "L")
    T("""Intel log INT 3/B/P. Source reports that at a scrapyard in Tipton Rd, Dudley, a British male in his 50s known as 'Tonka' lives in a caravan on site with no electricity, works dismantling cars all day and is 'paid in cider'. Source states yard owner (Kevin BRATT) beat him with a tyre iron a few weeks ago and Tonka has a limp since. Tonka is believed to have learning difficulties and no family.""",
      "AV WW PSV AC", "PLC PA SW", "L")
    T("Ring camera footage supplied by member of public shows girl aged approx 14 led from a car into 6 Oak Gardens, Blackburn by two adult males at 02:10. Same car seen three previous nights. Girl appeared unsteady on her feet.",
      "AV", "ET", "S", "immediate")
    T("social worker note: A disclosed today that she was made to shoplift from Boots and Superdrug in Leeds city centre 'every day' by the man she stays with, he says she owes him for the room. She is 17.",
      "AV DB", "", "C", "high")
    T("""ORGAN HARVESTING - NCA referral. A 24 year old Moldovan man presented to a London clinic requesting a 'kidney check'. He told the interpreter that a man in Chisinau had paid for his flight and hotel and said he would be given €10,000 for one kidney at a private hospital in 'a country nearby'. He has been told he must go with the man's friend to the hospital next week and that if he changes his mind he must repay €3,000 for the travel. His passport is with the friend. Next steps: strategy discussion held, crime recorded under s1 Modern Slavery Act 2015, intelligence submitted, and a referral to the Salvation Army for outreach support. The PV is being supported by an interpreter who speaks the same dialect.""",
      "DEC DB RD AV", "DT UF", "O")
    T("""Intel 2/B/P: Information that a woman from Lagos living in Southwark is recruiting poor young men from her church to travel to a hospital in Turkey to 'donate' a kidney for payment of £3,000; recipients are believed to pay £60,000. Two males recruited so far, both had debts to her. One has returned with a scar and was paid £500.""",
      "AV DEC WW", "PA", "O")
    T("Call log: caller says her brother (Farid, 28, Afghan) has been told by the man he owes in Greece that he must sell a kidney to clear the debt, and he has been sent a ticket to Istanbul for Friday. Caller is frightened for him. Brother currently in a hotel in Derby.",
      "DB IT", "", "O", "immediate")
    T("NRM referral note: PV (F, 30, Nigerian) stated that in Libya traffickers took blood samples from her and others and told them the 'sick ones' would be sold for their organs. She escaped before any procedure. No UK organ concern.",
      "IT", "", "O")
    T("""Intelligence report - Op ANCHOR. Grading 2/B/P. SUBJECT1 Olu ADEBAYO believed to be organising travel for vulnerable adults from Lagos to a clinic abroad where kidneys are removed. Victims told they are going for a 'job interview'. One victim (VIC2) is now in Birmingham; she has a fresh abdominal scar, was paid nothing, and says ADEBAYO has her passport and says she will be arrested if she talks.""",
      "DEC RD IT WW", "PA DT FA", "O")
    T("Intel: lads at the car wash on Stoney Stanton Rd are locked in the back unit at night, owner leaves with keys. 3/C/P",
      "RM AC", "RMS SW", "L")
    T("""Case notes, MSHT officer. Visited PV at hotel (Travelodge Barking). PV explained the 'fines' system used by the manager at the Romford warehouse: £10 for being late, £20 for phone use, £50 for 'mistakes'. Fines were added to a book the manager kept and taken from her pay at the end of the month. Most months she ended up owing money. She also said the manager sent her messages telling her that her visa would be cancelled and the Home Office would 'come to her house'. The PV was given time to rest and food before the interview, which took about two hours. She gave a detailed and consistent account and agreed to a follow-up meeting at the Migrant Help office next week.""",
      "WW DB IT", "FA", "L")
    T("STORM 0612 - driver of Ford Transit LL67 KCU reported for overloading on M6 J10. 14 passengers incl 3 in footwell. Passengers said they pay driver £8 each per day to be taken to a packing shed. Details to GLAA.",
      "", "CT CE", "L")
    T("FB message passed to police by a parent: 'my son 15 says theres a man giving kids free weed at the park then telling them they owe and have to run bags to Bournemouth or he'll hurt there mums'",
      "AV DB IT", "", "C", "high")
    T("""Local Authority case note - Adult Safeguarding (Section 42 enquiry). Adult at risk is a 47 year old man with Down's syndrome who lives with a neighbour, Mrs Elaine FORD, who has been his 'carer' since his mother died. Concern raised by a bank branch manager: Mrs Ford has been withdrawing his benefits in full every Monday with his card and PIN. Visit found he sleeps on a sofa in a conservatory, does all Mrs Ford's gardening and housework, and has not seen his sister for two years because Mrs Ford 'doesn't like her'. The bank has agreed to flag the account. An application to the Court of Protection is being considered, and the local police have been asked to investigate the theft of his benefits.""",
      "AV WW ISO", "NCW IS PLC", "D")
    T("caller: theres a man in a van outside the jobcentre every morning offering homeless lads work for cash, the ones who go never seem to come back to the hostel. staff at the hostel say hes been doing it for months",
      "", "", "L")
    T("INT 2/B/P: Brothel at 55 Willow Ave, Ilford. Females advertised on Vivastreet as 'new Thai girls'. Controller (female, known as 'Mama Noi') takes £100 of each £150. Girls sleep at the address, approx 6 at a time.",
      "WW", "SW OA NCW", "S")
    T("""Debrief note - PV account, in her own words via interpreter (Tigrinya). 'They said in London I will look after an old lady and they will pay me. But the lady was not old, she had four children. I cleaned, I cooked, I washed their clothes by hand. I slept in the corridor. They said I cannot go outside because the police will take me. When I was sick they did not take me to doctor. The man touched me at night. I did not have phone. I did not know the name of the street.' Safety planning done with the PV, who has been given a new phone with the helpline numbers saved. Local neighbourhood team made aware. Review of the case to take place in 14 days.""",
      "DEC RM AC PSV ISO IT", "SW IS FA RMS", "D")
    T("Intel: cannabis farm at 11 Hilltop Rd, Stoke. Gardener seen once at window, windows blacked out, no one goes in or out except a car every 3 days with shopping. Suspect the gardener is locked in.",
      "RM", "RMS", "C")
    T("member of public: saw 2 girls about 13 being pushed into a silver BMW outside the McDonalds on London Rd, Westcliff by an older man, one was crying. reg something like BD68. just now.",
      "AV", "", "S", "immediate")
    T("""Intelligence submission 3/B/P. Agency worker at 'Fresh Fields' packhouse, Spalding, says supervisor Gheorghe tells new arrivals they must pay him £200 'to keep the job' and £15 for a hi-vis. Workers who don't pay get no shifts. Source says supervisor has about 20 people at two houses on Winsover Rd and drives them in at 5am.""",
      "DB", "UF PPE OA CE", "L")
    T("Case notes (ISVA): client disclosed her ex-partner made her have sex with his friends to pay his drug debt, over about a year, and hit her if she said no. Client is British, 26. She is now living in refuge.",
      "PSV DB", "", "S")
    T("'Please help my son he is in Romania. Man take him from the village say he works in England on building, now my son calls and says he is working in Leicester no pay, man have his ID card and say if he go home he must give £2000.' (email to force enquiry office)",
      "DEC WW RD DB", "DT", "L")
    T("INT 2/A/P. POI Ryan MCKENZIE (dob 11/09/01) using 15yo girl from Rotherham to hold and deliver for the 'Rich' line into Barnsley. She has been reported missing 4 times in June. MCKENZIE has her phone and gives her a burner.",
      "AV ISO", "IS", "C", "high")
    T("Caller reports seeing a young woman being marched into the back of a takeaway on Dickenson Rd by a man gripping her arm. She shouted something in Chinese. Caller says the woman looks like she's been crying and never leaves the premises.",
      "", "ET RMS FA", "")
    T("""Case notes - Barnardo's IMSWS. Young person (K, 16) stated the older boys he 'works for' took his passport photo and made him open a bank account at Lloyds. Money comes in and goes straight out. He was given £50. He now knows it's money laundering and is scared; they told him 'if the bank phones you, you say it's from your uncle'.""",
      "AV WW IT", "NCW", "C", "high")
    T("INT 3/C/P: Beggars at Piccadilly Gardens - 3 elderly Roma women dropped off by a man in a blue Skoda at 08:00, collected at 18:00. He takes their takings at lunch. They sit in the rain with no food.",
      "WW AC", "CE ET NCW", "C")
    T("Support worker: V says the 'agent' told them the cost of the visa and flights was £4,500 each and they would pay it off from wages in 3 months. Now 14 months later they are told they still owe £3,800.",
      "DB", "UF", "L")
    T("""Police intel. An employee of Greenleaf Recruitment Ltd has contacted police anonymously. States the director, Sunil VERMA, is bringing in 'care workers' from India who pay him up to £15k for CoS, then supplies them to care homes in Essex and pays them for 20 hrs a week though they do 60. He keeps their BRP cards in his office safe. Employee says workers have been told they will be 'reported to the Home Office' if they go to the union.""",
      "DB WW EO RD IT", "UF DT LH", "L")
    T("RTC report 06:40 A17 nr Sleaford. Minibus overturned, 16 on board in 12 seats, all farm workers en route to a field. Driver fled scene. Several injured. Workers said they pay £7 a day each for the minibus.",
      "AC", "CE CT", "L")
    T("3/B/P source says a Vietnamese lad working at 'Tipsy Nails' Hanley is about 15 and lives in the loft, owner calls him her nephew.",
      "AV", "SW", "L", "high")
    T("Helpline: caller, a nurse at Queen's Hospital, says a Polish woman came in with a broken wrist, and said quietly that her 'boss' pushed her down the stairs at the house where 'all the workers live' and that the boss takes all their money.",
      "PSV WW", "PA OA NCW", "L")
    T("""Intel summary - Op MERIDIAN. Source (2/B/P) indicates that an OCG in Slough is recruiting homeless British men from London day centres. Men are put to work in roofing and driveways across the South East, sleep in a locked yard in a lorry container, and are 'paid' with cans and a takeaway. At least two men have been beaten for trying to leave. The men are moved around in a Transit and the OCG keep their bank cards to draw their benefits.""",
      "AV RM WW PSV AC", "RMS PLC ET NCW", "L")
    T("ASB team notes: flat 14 Norton Tower - tenant (vulnerable, alcohol dependent) says 'the lads' moved in in March, use it to cut and bag, and won't let him have his keys back. He sleeps in the bath.",
      "AV RM AC", "RMS", "C")
    T("Hi just want to report my neighbours they have a girl living with them from india maybe 16 she does all the cleaning and takes kids to school never goes to school herself. Shes always in the same clothes",
      "AV", "PA", "D", "high")
    T("""Case notes - MSHT. Update on VIC3. She has now told us how she came to be at the brothel in Cardiff. A woman at her church in Benin City said she would get work as a hairdresser in Italy. Before she left she had to swear an oath at a shrine that she would repay the 'madam' €30,000 and never speak to police, or she and her family would die. She was taken through Libya, where she was raped, then to Italy and later the UK. The madam in Cardiff took all of her earnings. She asked that her real name not be used in any paperwork sent to Nigeria. Interpreter used: Edo (Bini), via Language Line. A request has been made to the NCA for checks on the madam.""",
      "DEC DB IT PSV WW", "UF FA NCW", "S")
