#!/usr/bin/env python3
"""Hand-written texts for fresh154 (East of England mix). Each entry holds its own text and labels.
Short codes are expanded below; risk is derived from the stated rules unless given explicitly."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("RD", "dt"), ("RM", "rmv"), ("EO", "lh"), ("IS", "iso")]
RISK = dict(i="immediate", h="high", m="medium", l="low")
E = []
def T(text, ind="", sig="", typ="", risk=""):
    E.append((text, ind.split(), sig.split(), typ.split(), risk))

# part 1: f154-001 .. f154-100
T("INT 2/B/P: POI Florin BALAN (DOB 03/05/88) runs hand car wash on London Rd, Grays. Approx 6 Romanian males work there, all living in two rooms above the unit. Workers collected by BALAN in silver Transit VRM KX19 LMO at 0600 and not returned until after 2100. INT suggests BALAN holds their ID cards 'for the council'.",
  "RD AC EO", "oc ced et", "L")
T("Called 101 re neighbours having a loud party on a Tuesday night again, music till 2am, kids can't sleep. Caller wants someone to attend.", "", "", "", "l")
T("i work at the carwash by the tesco in basildon they are good they pay me every friday into my own account and i get the weekend off. i only write because my friend says this place is bad but is not true", "", "", "", "l")
T("Nail bar Southend High St - girl looks about 15 doing nails at 11pm, never speaks, man at till answers for her when I asked her name. Seen her getting in a car with him every night.",
  "AV", "sfw et ced", "L", "h")
T("Debrief (via Vietnamese interpreter): He says he paid 'the uncle' in Nghe An for the journey and was told he would work in a restaurant in England. On arrival in a lorry at Dover he was taken to a house in Colchester and told to water plants in the loft. The windows were blacked out and the door was locked from outside. He was fed once a day. He says the man told him the debt was £28,000 and he must stay until the crop paid it off.",
  "DE RM DB AC", "uf", "C")
T("Border Force Felixstowe: 4 adult males (self-declared Eritrean) found in a refrigerated container from Rotterdam. All conscious, mild hypothermia, taken to Ipswich Hospital. No indication of onward exploitation at this stage; all claimed asylum.", "", "pa", "", "l")
T("OIC handover: Shoplifting series Lakeside - three Romanian women, early 20s, dropped off each morning by male in black BMW, VRM GF67 XTR. When arrested they had no money, no phones and said 'the man keeps everything'. One whispered that she cannot go home until she has paid for the flight.",
  "WW DB", "ced et ncw fpe", "C")
T("GP note: 34yo male, lacerations to right hand from a bandsaw at a meat processing plant in Haverhill. Employer brought him in, stayed for consultation, appropriate. Pt speaks good English, has own transport, lives with partner. Accident reported to HSE by employer.", "", "", "", "l")
T("Salvation Army caseworker note - Client A (Polish, 52, history of alcohol dependence) was approached outside a day centre in Chelmsford and offered 'building work, room and food'. He worked on sites across Thurrock for nearly two years. His wages were paid into a bank account opened in his name but the card and PIN were kept by the gang leader, Marek. He received £20 a week and cans of beer. He slept in a caravan with no heating or water with three other men. He says Marek told him the police would deport him if he complained, and that he had nowhere else to go.",
  "AV DE WW AC IT", "ncw plc oc foa", "L")
T("bloke down my road has 8 or 9 men living in a 3 bed house, white van picks them up at 5 every morning, they look knackered, dunno if its anything but thought id say", "", "oc ced pa", "", "l")
T("999 call 23:14 - female caller, foreign accent, very distressed, says she is in a flat above a shop in Luton Road, Chatham and the man has taken her phone and locked her in, she has a cut on her head. Call cut off. Location traced to cell mast. Units dispatched.",
  "RM PV IS", "pa", "", "i")
T("Licensing visit to 'Perfect Nails', Colchester: premises had no waste contract and two staff could not produce right to work documentation on site; both produced share codes later that day which were valid. Advice given on COSHH and ventilation. No welfare concerns noted.", "", "", "", "l")
T("INT 3/C/P: Unknown Albanian males believed to be running a cannabis grow in a commercial unit on the Purfleet industrial estate. Strong smell reported by neighbouring businesses. No information on who is inside.", "", "", "", "l")
T("She tells me (interpreter) that she came from Lagos because a woman from her church promised her a job as a nanny in London. When she arrived the woman took her passport and said she owed 35,000 euros. She was taken to flats in Ipswich and Norwich and made to see men. She says the woman did a juju ceremony before she left and told her that if she runs away her mother will die.",
  "DE RD DB IT", "dt", "S")
T("School safeguarding referral (Year 10, male, 15): pupil repeatedly absent, found in Clacton with £400 cash and two phones. Has new trainers and a designer jacket. Mum says an older lad 'Dee' picks him up. Pupil had a black eye last week, said he 'owed' for a lost package.",
  "AV PV DB", "pa", "C", "h")
T("Probation note: Mr HARRIS attended as required, remains in employment at a warehouse in Tilbury through a registered agency, no issues. Discussed alcohol use. Next appt 2 wks.", "", "", "", "l")
T("Bank alert (financial crime): 11 newly opened current accounts, different names, all listing the same address in Peterborough as residence. Debit cards used at same ATM on the same evening, withdrawals within minutes of wages being credited from a food packing agency.",
  "WW", "mbc ncw", "L")
T("Woman at car wash in Thurrock said the boss is 'keeping our papers safe'. She works 7 days. Wouldn't say more, kept looking at the office.", "RD EO", "", "L")
T("my sister is in a marriage in Southend, her husband's family make her clean the whole house for them all and his brothers, she is not allowed go out without his mother, they took her passport when she came from pakistan and she has no money of her own. she has no phone. please help her",
  "RM RD IS WW", "", "D")
T("Morning all, just to note the car wash on the A13 at Stanford-le-Hope has been visited by the GLAA and HMRC. All workers had contracts, payslips, and their own accounts; accommodation was private rentals. No further action.", "", "", "", "l")
T("Neighbour dispute - Ms TAYLOR alleges neighbour's extension has blocked her light. Civil matter, advised accordingly.", "", "", "", "l")
T("Kent Police INT 2/C/C (do not disseminate to LA without OIC consent): Chinese females being moved between short-let flats in Margate and Folkestone, advertised on adult sites at £80/30min. Same phone 07700 900318 used in all adverts. A male drives them between addresses and stays nearby.",
  "", "et", "S")
T("A&E: 19yo female, Romanian, presented with vaginal bleeding and bruising to inner thighs. Accompanied by older male who insisted on translating and would not leave the room. When alone briefly with nurse she said 'he sells me' and 'they do it to me many times'. Security informed, police called.",
  "PV", "sfw pa", "S", "i")
T("Can someone check the chicken factory workers bus in Wisbech - they pay £10 a day to ride in it and get charged for boots and gloves too. Got told by my mate who works there.", "", "ct ppe", "", "l")
T("INT 2/B/P - nom Jordan SMITH (aka 'J') running a line 'JAY LINE' from East London into Colchester, using the flat of vulnerable adult Terry (heroin user, 58) on Greenstead estate as a base. Terry has been told he will be stabbed if he changes the locks. Two juveniles from Newham seen at the address.",
  "AV IT", "", "C", "h")
T("Victim account: I came from Slovakia with a man from my town who said good job in factory in England, £9 an hour. In England he said first I pay him for the bus, the room and for finding the job. Each week he said I still owe because food and rent. I worked at a factory in Boston 12 hours each day and I never got more than £30. He had my bank card.",
  "DE DB WW EO", "ncw uf ct", "L")
T("Student (20, Chinese national) at University of Essex reports passport lost on a night out in Colchester. Advised to contact her embassy and the Home Office. No concerns.", "", "", "", "l")
T("Crimestoppers: There is a house in Tilbury with lots of Vietnamese lads, the windows upstairs are covered with foil and they never come out, a car brings food every few days. The electric meter has been messed with.",
  "", "", "C")
T("Midwife note: 26yo booked at 30 weeks, first contact. Husband present at all times and answers questions. Pt appeared withdrawn, no bag, no phone, no GP registration. Pt said she 'stays at home to clean'. Unable to speak alone. Plan: safeguarding referral, next appt at clinic with female interpreter.",
  "", "sfw fpe", "", "")
T("GLAA inspection - agricultural gangmaster supplying pickers to farms near Wisbech. Found workers' passports held in the site office 'to stop them being lost'. Workers charged £60/week for a bed in static caravans with 6 to a van. Deductions for transport to fields. Several pickers said they had not been paid for three weeks as 'wages come at end of season'.",
  "RD AC WW", "oc ct", "L")
T("Saw a fight outside a pub in Harwich at closing, two lads rolling about, one had a bleeding nose. Police came and took one away.", "", "", "", "l")
T("Chatham: concern for welfare - Filipino woman seen crying at bus stop said she works for a family in Rochester, looks after their 3 kids and cleans, works from 6am to midnight, never has a day off, sleeps on the kitchen floor. They pay her £100 a month 'sent to my family'. She said madam has her passport.",
  "EO AC WW RD", "saw", "D")
T("nom Besnik HOXHA, Albanian, suspected controller of cannabis grows across Essex. INT suggests he recruits young Albanian males on TikTok promising £2,000/month in construction and once they arrive in the UK they are put in grow houses and told they owe for the crossing.",
  "DE DB", "", "C")
T("Welfare check at a Kent hotel - Indian chef (visa sponsored) says he works long shifts but is paid correctly, has his passport, lives in his own flat. He raised concern about late payment of one month's wages, which was paid the next week. Referred to ACAS.", "", "", "", "l")
T("Witness statement (extract): I work at the garage next to the car wash. I see the same four lads there every day from 7 in the morning till dark, in the rain, no gloves, hands red raw. They sleep in the portakabin at the back, I see the light on at night. I've never seen them go to the shops. The boss comes in a Range Rover and takes the cash bag.",
  "AC EO", "saw pa", "L")
T("Message via online form: I think my son aged 14 is being groomed. Men in a car outside school giving him weed and he now goes to Southend late at night and comes back with money. He has been told if he stops they will come to our house.",
  "AV IT", "", "C", "h")
T("INT 1/A/P: Organ broker. Source directly told that a man in Ilford offers Pakistani nationals in debt £5,000 to travel to a clinic abroad to 'donate' a kidney; recipients are UK patients paying far more. Two men from Luton believed to have already gone and returned unwell. One said he was only paid half and was told not to tell anyone or his family would suffer.",
  "AV IT DE", "", "O")
T("Kidney transplant patient, 61, reviewed at Addenbrooke's renal clinic. Living related donor (son). Both well. No concerns.", "", "", "", "l")
T("Ring doorbell caught someone nicking a parcel off my step in Grays, lad in a grey hoodie, can you look at it", "", "", "", "l")
T("Debrief (translated from Tigrinya): 'In Libya they keep us in a warehouse, they beat us and call our families for money. Then the boat to Italy then France. In Calais I get in a lorry to Dover. In England a man from my country gave me a job in a car wash in Southend. He paid me £40 for a week. I can leave and I leave after three weeks. Now I am in hotel of Home Office.'",
  "PV", "", "", "")
T("PCSO note: Visited the cash-only car wash on the A127. 5 workers, boss said they're self-employed, no paperwork. Workers looked tired but said they're fine, they live together in a flat nearby. Passed to GLAA for checks.", "", "pa", "", "l")
T("Interpreter: She says she was told she would be a waitress in a bar in Maidstone. Instead she was kept in a flat and men came. The man called Gezim had sex with her first 'to test' her and hit her when she cried. She says she had no keys and someone was always in the living room. She escaped when the police raided another flat.",
  "DE PV RM", "", "S")
T("Hi my name is Ana, I work in a hotel in Canterbury as housekeeper, my agency take £250 for the job before I start and also £15 each week for the uniform. is this allowed?", "", "uf ppe", "", "l")
T("INT 2/B/P: Cuckooed address 14 Marsh Rd, Tilbury, occupant Ms D (known learning disability) now has three males from London staying, she has been seen with a black eye and she told a neighbour she isn't allowed to use her own front room. Drug dealing from the address.",
  "AV PV RM", "pa", "C", "h")
T("Complaint re noise from factory in Braintree running night shifts. Environmental health matter.", "", "", "", "l")
T("Council housing officer: HMO in Peterborough licensed for 6, found 14 adults living there, mattresses in the kitchen and loft, one toilet. Landlord Mr SINGH says the men are 'friends'. All men work at the same packhouse via the same agency, driven there in a minibus each morning. Several men said the landlord takes their rent straight out of their pay and they don't see payslips.",
  "AC WW", "oc plc et ncw", "L")
T("He says: 'I was in prison in Chelmsford for the cannabis. Nobody asked how I came. The Chinese man said he would kill my father if I say his name. I was in the house six months, never out. Sleep on a mattress next to the plants. I did not know the address.'",
  "IT RM AC IS", "saw", "C")
T("Probation: Client reports that his former employer, a roofing firm in Basildon, owes him £600 in wages after he left. Client still has his own bank account, lives independently. Advised small claims/ACAS.", "", "", "", "l")
T("the lady at the nail shop in romford has bruises on her arms every week and the boss shouts at her in chinese. she never takes her money the boss holds it. she lives upstairs i think", "PV WW", "pa saw ncw", "L")
T("Social services: 16yo girl in care (Suffolk) found in hotel in Ipswich with 2 adult men. Had been given vodka and cocaine. Says she 'has a boyfriend' aged 26 who buys her things and she has to 'be nice to his mates'.",
  "AV", "", "S", "immediate")
T("Fishing vessel inspection, Lowestoft: crew of five Filipino and Ghanaian deckhands on transit visas. Crew say they work 20-hour days when at sea and have not been paid in four months, wages 'sent to the manning agency in Manila'. Passports kept by the skipper. They sleep in a cramped cabin with no working toilet.",
  "EO WW RD AC", "", "L")
T("Lorry driver reports hearing knocking from the trailer at Dover Eastern Docks. Border Force opened it and found 7 people including 2 children. All taken into care and asylum claims made. Driver cooperative.", "", "", "", "l")
T("My boss at the farm is a proper good bloke, pays the living wage, we had a GLAA talk at induction and know our rights. Just want to say not all farms are bad!", "", "", "", "l")
T("Victim statement: I met Jake online when I was 13. He said he loved me. He bought me a phone. Then he said I owed him for it and I had to go with his friends. They took me to houses in Luton and Bedford. If I said no he said he would send my pictures to my mum.",
  "AV DB IT PV", "", "S", "high")
T("Officer handover: Jan KOWALCZYK (Polish, 45) came into Grays front counter, homeless, says he's been sleeping in a shed at a scrap yard where he works for food. Boss (nom 'Paddy') says he'll 'sort his wages at Christmas', hasn't paid anything since June. Jan has no ID, says Paddy took it 'to get him registered'. Adult safeguarding and SA referral made. NRM consented.",
  "AV WW RD AC", "saw", "L")
T("INT 2/C/P: Sham marriage suspected - Portuguese female, 22, brought to Ipswich to marry an Indian national on an expired student visa. INT suggests the female is being kept at an address and her ID card is held by the organiser until the wedding.",
  "RD RM", "", "C")
T("Car wash in Canvey with about 4 workers, one of them told me they get 30 quid a day, which seemed low, but he said he goes home to his wife every night and the boss is alright.", "", "", "", "l")
T("Debrief summary: Ms V (Vietnamese, 17) trafficked via France; forced to work in a nail salon in Luton 6 days a week 9am-9pm; lived with the salon owner's family, slept on a sofa, did their cooking and cleaning after work; received no pay as it 'went towards her debt'; not allowed to leave the house alone; phone taken.",
  "AV EO WW DB RM IS", "", "L D", "high")
T("Concern - a man always with a group of about 10 Romanian beggars outside Lakeside and Chelmsford station, drops them at 7am and collects them at 7pm and takes the money off them.",
  "WW", "ced et ncw", "C")
T("Burglary at a farm shop in Maldon overnight, tools and a quad bike taken. CCTV requested.", "", "", "", "l")
T("INT 2/B/P: POI Ion DUMITRU provides Romanian workers to construction sites in Thurrock. Workers pay him £300 each for the job and a room. INT suggests workers' wages are paid to DUMITRU who pays them cash minus 'rent, transport and tax'. Workers report receiving about £150 for a 60-hour week.",
  "WW EO", "uf ct ncw", "L")
T("Client says her employer - a diplomat's family in Kensington, then their country house in Kent - kept her passport, she worked from 5am until the family went to bed, she was never allowed out alone and was slapped by madam when the baby cried. She was paid nothing in the UK; they said her salary was sent to her son in Manila but he never got it.",
  "RD EO RM PV WW", "", "D")
T("Case note (Unseen): caller unsure - her Bulgarian cousin works in a packhouse near Spalding, long hours in season, but she has her own flat and money. Advised to call back if anything changes. No indicators identified.", "", "", "", "l")
T("Report: there is a van that brings Romanian girls to a house on Whitmore Way Basildon at night, men coming and going all night, sometimes I hear screaming and the girls never go out in daytime", "", "", "S")
T("INT 3/C/P: Source states that 'the Turkish barber' in Sittingbourne is holding staff passports. Unknown how source knows.", "RD", "", "", "m")
T("Debrief: I worked in the back of a takeaway in Gravesend. I slept on the floor of the store room with the rice bags. I work every day, no rest, from 11 in the morning to 2 at night. Boss gave me food and said money is for the snakehead. He said if I go outside the police will catch me because I have no papers.",
  "EO AC WW DB AV", "saw foa", "L")
T("Teacher: Y8 pupil disclosed that at home she has to look after her younger siblings and does housework every evening. Mum works nights as a nurse. Pupil is happy, well-presented. Normal family responsibilities, no safeguarding concerns.", "", "", "", "l")
T("Someone keeps fly tipping rubbish bags near the layby on the A13 by Orsett, third time this month.", "", "", "", "l")
T("OFFICIAL-SENSITIVE. Op SPINDLE update: 3 arrests at a pop-up brothel in a Chelmsford Airbnb. Two Thai women found; both had been brought from Bangkok on visitor visas after being promised massage work; told they owed £15,000 each; 'manager' kept all takings and gave them 'food money'; passports recovered from the suspects' car.",
  "DE DB WW RD", "", "S")
T("Hello i need help, i am in a house in Dagenham, they not let me go out, the man take my phone so i write from the phone of another girl. please", "RM IS", "", "", "i")
T("Packhouse HR manager reports a worker came to work with a bad bruise and told supervisor her 'landlord' hit her for being late with rent. Worker employed directly, paid into own account. Referred to police as domestic matter. No labour exploitation suspected.", "PV", "pa", "", "high")
T("INT 2/B/P: Known county line 'Tony' operating into Maidstone using 15yo male from Croydon who is being kept at a trap house on the Shepway estate, not allowed to leave until he has sold the package. Injuries reported by his mother after last return.",
  "AV RM PV", "pa", "C", "immediate")
T("my mate's brother went to work in england on farms and the boss make him pay 450 pound for the travel and he is still not paid it off after 3 month because they take for the caravan too. he sleep 8 in a caravan. he want to come home but can't pay",
  "DB AC", "uf oc", "L")
T("Shoplifting at Sainsbury's Chatham, known local male, detained by security, items recovered. Drug user, referred to Forward Trust.", "", "", "", "l")
T("NRM referral summary: Adult male, Sudanese, 29. Recruited in Calais by a man promising a job in London. Taken to a car wash in Dartford, made to work 7 days, 12 hrs, paid nothing for first two months to pay for the crossing, slept in the back room with four others. Boss showed them a video of a man being beaten and said 'this is the one who talked'. Fled after a customer gave him the helpline number.",
  "DE EO WW DB AC IT", "saw oc", "L")
T("Caller says Romanian man in Harlow has 5 bank cards in different names and uses them one after another at the cash machine every Friday night. Caller works at the petrol station.", "", "mbc", "", "l")
T("Case worker (Medaille Trust): Ms K continues to engage. She is now in safe house accommodation and attending English classes. She has her passport back via the police. No contact from the exploiters.", "", "", "", "l")
T("GLAA: shellfish processing plant, Harwich. 40 workers supplied by licensed labour provider. Pay checked - correct, holiday pay paid, accommodation independent. Workers interviewed alone, no concerns. Compliance confirmed.", "", "", "", "l")
T("Hospital social worker: male, 40s, Lithuanian, admitted to Basildon Hospital malnourished with untreated leg ulcer. Says he works on a farm and lives in a converted shipping container with no toilet. Employer 'Tomas' keeps his wages because he owes for beer and cigarettes. Doesn't know the address of the farm.",
  "AC WW DB IS AV", "pa plc", "L")
T("INT 2/B/P - Ipswich. VRM AB12 CDE (grey Vauxhall Astra) observed dropping two young Asian females at a massage parlour on Norwich Rd at 0800 and collecting at 0100. Same pattern for 3 weeks. Driver is nom Wei CHEN.",
  "EO", "ced et", "S")
T("She said, and I'm quoting as best I can: 'My husband's mother takes my wages from the care home every month and gives me nothing. I'm not allowed to see my friends. If I tell anyone she says she will send me back to India and I will never see my son.'",
  "WW IT IS", "ncw", "L")
T("Report of a man sleeping in a car in the car park at Tesco Gravesend, seems unwell. Ambulance requested.", "", "", "", "l")
T("Border Force Stansted: Nigerian female, 24, arriving from Lagos with a man claiming to be her uncle. Stories inconsistent. She said she was coming to work as a hairdresser; he had her passport and her return ticket. Referred to Stansted safeguarding team, NRM referral made.",
  "RD", "sfw", "", "m")
T("Mr PATEL, owner of a grocery shop in Luton, reported that one of his staff had been approached by a man offering 'easy money' to let his bank account be used. Staff member refused. Advice given re money muling.", "", "", "", "l")
T("Debrief, male Albanian 19: 'They said me you work in construction, £100 a day. In UK they take me to a house in Sittingbourne with plants. They gave me phone but only to call them. Every day the man came, check the plants, bring food. Once he hit me with a stick because some plants died. He said my debt is now bigger.'",
  "DE PV DB IS", "", "C")
T("Homeless outreach (Southend): two Polish rough sleepers report being offered work in a 'factory' by a man with a van. They declined. Man described as 50s, Polish speaking. Intelligence submitted.", "", "", "", "l")
T("INT 2/C/P: Romanian female aged 17 believed to be working from a flat on Victoria Rd Chelmsford, advertised on Vivastreet as 21. Boyfriend/controller 'Alex' takes the money.",
  "AV WW", "ncw", "S", "high")
T("Officer note: attended nail bar in Grays re CCTV for a theft outside. Staff were friendly and helpful, all staff spoke English and gave own details. Nothing untoward.", "", "", "", "l")
T("To whom it may concern, I am writing to report the treatment of the workers at the carwash on the corner by the roundabout in Pitsea. I have been going there for two years. The same men work there all year round, in the snow, without proper coats. Last week I saw the manager punch one of them in the face because a car had a scratch. The men never seem to have money; the manager collects the tips from the pot at the end of the day. One of them told me in broken English that he cannot go back to Albania because 'big problem, I owe'.",
  "AC PV WW DB", "ncw", "L")
T("Call summary: daughter concerned her elderly father (78) has a carer who has moved in and taken over his bank card and pension. Adult safeguarding referral made. Possible financial abuse.", "", "ncw", "", "low")
T("Pupil, 13, told learning mentor he and his cousin go shoplifting in Tesco for an older man who pays them in sweets and vapes, and the man said he'd 'bang them' if they grassed. Referral to children's social care and police.",
  "AV IT", "", "C", "high")
T("INT 2/B/P: Tilbury docks - container from Shanghai due 14/3, INT suggests 6-8 persons concealed, destined for nail bars in Essex. Facilitator in the UK uses number 07700 900145.", "", "", "", "low")
T("Victim (Romanian, 31, via interpreter) states she was taken to Southend by her boyfriend, who told her they would both work in a hotel. Instead he made her sell sex from a flat. He kept all the money and her ID card. He beat her when she didn't earn enough. She says she could go to the shop, but he would always know because of the tracking app on her phone.",
  "DE WW RD PV", "ncw", "S")
T("Person called to say they have seen a teenage girl go into a flat on the Vange estate with older men several times a week, she looks very young, maybe 14.", "AV", "", "S", "high")
T("Contractor at Thurrock construction site says a gangmaster brings in workers who pay for their own hard hats and boots from their wages. They're paid cash daily and seem fine otherwise.", "", "ppe", "", "low")
T("INT 1/B/P: Hand car wash A13 Rainham. Workers housed in a 2-bed flat over the launderette, 11 men. Source: 'they are told they can't go out in the evenings in case immigration come'. Controller is nom Arben KRASNIQI.",
  "RM AC", "oc foa", "L")
T("Online report: looking for my friend Thanh, 16 years old, he came to UK last year, last heard he was in a house in Kent 'growing something', now his phone is off and he said they take his money. Please find him.",
  "AV WW", "", "C", "high")
T("Farm manager, Suffolk, called to ask for advice as a seasonal worker arrived from Kazakhstan saying a recruiter in Almaty charged him $3,000. Farm pays correctly and holds no documents. Advised re GLAA and the recruiter.", "", "uf", "", "low")
T("Care home in Clacton: Zimbabwean carer on sponsored visa reports she must repay £8,000 to her employer for the 'sponsorship' from her wages, and the manager says they will cancel her visa and she will be deported if she leaves before it is paid. She is working 70+ hours a week.",
  "DB IT EO AV", "uf", "L")
T("Public: the man at the flat below puts his dog out on the balcony all day, it barks constantly, RSPCA?", "", "", "", "l")
# part 2: f154-101 .. f154-200
T("Car wash lads Rayleigh sleep in the shipping container behind the jet wash bays.", "", "saw", "", "")
T("Passport held by agency 'for safekeeping', worker can't get it back.", "RD", "", "", "")
T("INT 2/B/P: nom Sorin CIOBANU, 36, collects Romanian women from Stansted and drives them to flats in Harlow. Women advertised online within 48 hrs of arrival.", "", "et", "S", "")
T("Called 101 - my ex won't give back my daughter's passport after contact weekend. Family matter, advised re solicitor.", "", "", "", "")
T("Debrief (translated from Amharic): 'Madam brought me from Addis to be the maid for her sister's family in Milton Keynes. I thought I will go to college, she promised. I cook, I clean, I wash the old father, I sleep in the corridor on a mat. I eat what is left. I never go out of the house, only to put the rubbish in the bin. They say if police see me they will put me in prison because my visa is finish. I did not have a phone for two years. Nobody in England knew I was there.'",
  "DE AC RM IS AV IT", "saw foa", "D")
T("Midwife: pt attended alone today, explained she has her own phone and passport, lives with husband and in-laws and is happy; previous concern about partner speaking for her resolved. No further action.", "", "", "", "")
T("Pop up brothel in Colchester by the station, Airbnb flat, girls change every week", "", "", "S", "")
T("INT 2/B/P: Thurrock - money mule network. A Lithuanian male, 23, says he was offered £200 to open three bank accounts; the recruiter then kept the cards and his passport and told him he now 'works for them'. He has been made to withdraw cash from ATMs in Grays for others. Told his sister in Vilnius would be visited if he stopped.",
  "RD IT DE", "mbc", "C")
T("Ok so my nan's cleaner is Brazilian and she told my nan the family she lives with in Brentwood don't pay her, they say food and the room is her pay. she works for them all day and then cleans for other people in the evening and has to give them that money too. she looks so thin and tired. she can't speak much english. she said they have her passport in a drawer. i don't know what to do",
  "WW RD EO AV", "pa ncw", "D L")
T("GLAA licence check, labour provider (Kent): unlicensed gangmaster supplying 8 workers to a fruit farm near Faversham. Workers had written contracts and were paid through PAYE. Offence of acting as unlicensed gangmaster. No worker exploitation found.", "", "", "", "")
T("Bank: customer account receiving wages from four different employers in four names, cash withdrawn daily at Southend ATMs.", "", "mbc", "", "")
T("Witness: The Chinese woman at the massage place on Hamlet Court Road has been there 24/7 for months. I've seen her cooking on a camping stove in the back. Never seen her leave. A man brings food and takes an envelope.",
  "", "saw", "S", "")
T("Statement of Ms Oana P (Romanian, 22): 'Florin was my boyfriend in Romania. He said come to London, we will work in a hotel and save for our wedding. When we arrived in Essex he said the hotel job was gone and I must work in a massage parlour to pay our rent. After two weeks he told me what I must really do there. I cried and he hit me, he broke my tooth. He said if I run he will tell my father I am a whore. He took all the money every night. I only had money for cigarettes.'",
  "DE PV IT WW", "ncw pa", "S")
T("Burglary dwelling, Canvey Island. Jewellery stolen. SOCO attended.", "", "", "", "")
T("INT 3/D/P - source not known to be reliable - says 'the Polish man who lives in the garage at the builders yard in Benfleet is a slave'. No further detail. Consider welfare check.", "", "saw", "", "")
T("Welfare check completed at the builders yard, Benfleet. Polish male, 60, rents the garage from the owner for £50/wk, works elsewhere as a self-employed plasterer, has his own van, phone and bank account, said he is happy with the arrangement. No concerns.", "", "", "", "")
T("Caseworker note (Kalayaan): Ms R, Indonesian, came on an overseas domestic worker visa with a Gulf family who stay in Knightsbridge and a rented house in Sevenoaks over summer. She worked 18 hours a day caring for four children, never had a day off, slept on the floor of the children's room and was allowed to eat only after the family. Her passport was kept by the family's driver. Her salary was 'saved for her' and she has received none of it in 14 months. She escaped from the Sevenoaks house while the family were at the races.",
  "EO AC RD WW", "saw", "D")
T("lorry drivers keep parking up on our road in Stanford-le-Hope overnight and leaving rubbish, its a residential area", "", "", "", "")
T("Officer note: 17yo Vietnamese male found in back of a lorry at Thurrock services, says he is going to his 'uncle' who has a job for him in a nail shop and that his family paid a lot of money. Taken into police protection, LA children's services informed.",
  "AV", "uf", "", "high")
T("Gym owner, Chelmsford, reported that a group of men in the car park were selling steroids. No other info.", "", "", "", "")
T("I paid 1800 pound to man in romania for job and room in england, he said factory job 400 pound a week. Now I am in Kent picking apples, I get 150 pound a week after he take for the room, the transport, the gloves and the 'loan'. Room is 10 people. My ID card he keeps 'for the agency'.",
  "DE DB WW RD AC", "uf ct ppe oc ncw", "L")
T("Public report: a little boy about 10 is begging at the traffic lights in Dartford every day with a woman who takes the coins off him. He is there even on school days.", "AV WW", "ncw", "C", "high")
T("999: male caller states his workmate has been crushed by a forklift at a warehouse in Tilbury. Ambulance and police attending. HSE to be informed. Workplace accident.", "", "", "", "")
T("Refugee Council caseworker: Sudanese young man, 18, says in Calais a smuggler's friend offered to get him to the UK 'for free' and said he could pay back by working. In Kent he was put to work at a car wash and a takeaway, told he owes £5,000 and each week 'interest' is added. He sleeps in the takeaway. He is scared of the men but also of the Home Office.",
  "DE DB AC", "saw foa", "L")
T("INT 2/B/P: VRM LK63 PPV (white Mercedes Sprinter) transports approx 12 Slovak workers daily from HMO in Peterborough to a chicken factory at 0430, returns 1900. Each worker pays driver £8/day. Driver nom Roman DANKO also runs the HMO.",
  "EO", "et ct ced oc", "L")
T("the boss of the hand car wash on the A13 at Purfleet hits them workers i seen it myself. with a hose pipe. disgusting. call the police on him", "PV", "", "L", "")
T("Victim debrief (Ethiopian female, 25): Kidney removed in Cairo after she was told she would work as a maid in London and needed a 'medical check' first. She woke up with a scar. The agent gave her $500 and said her debt for the visa was now paid. She was then brought to the UK and did housework for the agent's cousin in Luton without pay.",
  "DE AV WW", "", "O D")
T("Kidney donor assessment: Mrs A (47) wishes to donate to her husband. Independent assessor from HTA met her alone, she is fully informed, no payment, no coercion. Approved.", "", "", "", "")
T("Caller from a church in Ilford concerned that a Nigerian man in the congregation is being asked by a visiting 'pastor' to go to Lagos to sell a kidney to pay off his debts; caller says the man is frightened and has said no twice but the pastor keeps pressing and says he knows where the man's wife works.",
  "AV IT", "", "O", "")
T("INT 1/A/C (conditions: not to be disclosed to the subject's employer): POI Gurpreet S, 28, Indian, studying in Leicester, states a man offered him £8,000 to travel to India and sell a kidney to a UK buyer. He went, surgery happened in a private clinic, he was paid £2,000 and threatened that his visa problems would be reported if he spoke.",
  "AV DE IT", "", "O")
T("Report from a staff member at Medway Hospital renal unit: a patient back from 'holiday' in Pakistan had a new kidney and said he paid a broker £40,000; the donor was a young man from a village who was told it was for a relative. Shared with police for intelligence.",
  "DE AV", "", "O")
T("School nurse: Y11 girl, 15, has a boyfriend aged 22 who collects her from school in a blue Audi. She has new nails, new phone, and told a friend she 'had to' sleep with his friend to pay for the phone. Referral to MASH and police.",
  "AV PV DB", "", "S", "immediate")
T("Door-to-door trader complaint, Brightlingsea - men selling dusters, possibly rogue traders. Trading standards notified.", "", "", "", "")
T("GLAA inspection - fish processing, Grimsby agency supplying to Lowestoft: workers shared rooms 3 to a room in agency-arranged houses, normal rent deducted, payslips clear, no complaints. One worker had been charged for a hairnet which was refunded on the day. Advice given.", "", "", "", "")
T("INT 2/B/P - Ipswich. Eritrean males believed to be working at a hand car wash on Wherstead Road for £3/hr cash, controller keeps their asylum support cards.", "", "ncw", "L", "")
T("Domestic abuse: Ms J (31) reports her partner pushed her into a wall and smashed her phone during an argument about money. Injury to shoulder. DASH completed, high risk. No labour or sexual exploitation disclosed.", "PV", "pa", "", "")
T("Hi im 16 and i work at a chippy in Clacton, the owner lets me have breaks and pays me cash every sat, is that legal for someone my age?", "", "", "", "")
T("Interpreter (Polish): He says he was picked up at Victoria coach station by two men who said there was work in Essex. He has worked for them on building sites for 5 years. He never had a bank card. They took his ID to 'register him' and never gave it back. He lived in a shed with no toilet. He drank a lot because they gave him vodka every night. They told him he owed them for the food. He says he is not a slave because he could walk to the shop, but he had nowhere to go.",
  "AV RD WW AC DB", "ncw plc", "L")
T("Officer handover: nail bar in Leigh-on-Sea visited with immigration. 3 Vietnamese females aged approx 18-25 working, all living at the owner's house. Two declined to speak, one said she is paying off '£20,000 to the company' and cannot leave until it's done. Boss kept interrupting. Referral made for the one who disclosed, other two Duty to Notify.",
  "DB", "sfw", "L")
T("mum says my brother (17) goes to 'work' in a flat in Margate for a man called Smiler, he doesn't come home for days, his phone goes off, he came back with cuts on his hands and said he fell",
  "AV", "pa", "C", "high")
T("Carer agency, Harlow: staff from Zimbabwe paid properly, visa sponsorship costs paid by employer as required, no repayment clauses. Home Office compliance visit passed.", "", "", "", "")
T("Debrief: 'We were 9 men in one house in Chatham. Every day a van at 5 in the morning to the building site in Dartford, back at 9 at night. The man with the van takes £15 a day for the transport and £80 a week for the bed. On Friday he gives us cash but always less than he said. If you complain he says there is no more work for you and you must leave the house today.'",
  "AC EO", "oc et ct ced", "L")
T("Report of someone being sick in the street in Southend, probably drunk, no further action.", "", "", "", "")
T("INT 2/B/P: Albanian male aged 16 arrested at a cannabis factory in Sheerness. States he was brought across the Channel by small boat, taken from the hotel by a man called 'Leka', and told the boat fee of £4,000 must be worked off in the house. He was not allowed to leave the property and was given a phone with only one number in it.",
  "AV DB RM IS", "", "C", "immediate")
T("Tip: there is a girl in the kebab shop on Grays High St that works every hour its open, 10am to 3am every day, she lives above, the owner's wife shouts at her, she is from Bangladesh and seems to have nobody.",
  "EO", "saw iso", "L")
T("Public report: my neighbour (British, 40s) has a lodger with learning difficulties who does all the gardening and housework and I've never seen him paid. The neighbour collects his benefits. The lodger told me he is not allowed to use the front door.",
  "AV RM", "ncw", "D")
T("Suspicious activity report: 14 debit cards in different Romanian names used at the same ATM in Romford between 0200 and 0230.", "", "mbc", "", "")
T("Prison note (HMP Chelmsford): Vietnamese prisoner, 19, remanded for cannabis production. He told the officer that 'the boss' will hurt his mother in Vietnam if he speaks to police about who took him to the house. Referred for NRM consideration and s45.",
  "IT", "foa", "C")
T("Hotel manager, Dover: a group of 4 young women checked in with an older man who paid cash for all the rooms, kept their key cards and passports at the desk 'in case they lose them', and men were visiting the rooms all night.",
  "RD", "", "S")
T("Construction site manager says one subcontractor's labourers arrive in a minibus at 6, don't speak English and their 'foreman' does all the talking and takes their pay envelopes.",
  "WW", "sfw ced et ncw", "L")
T("A student who works in a Colchester restaurant rang the helpline because her manager made her work a 50-hour week during exam season. She's paid properly and has decided to quit. Given advice on working hours for Student visa holders.", "", "", "", "")
T("Child (12), Basildon, reported missing for the 4th time in a month. Found in a flat in Pitsea with adults known for drug supply. Had £200 and a phone not his.",
  "AV", "", "C", "immediate")
T("Romanian lady selling the Big Issue outside Chelmsford station said a man drops her and 6 others every morning and they hand him everything at the end of the day. She said 'if I keep money he is angry'.",
  "WW", "et ncw", "C")
T("Ms B (Eritrean, 20) disclosed to her support worker at the Home Office hotel in Ipswich that a man in the hotel has been taking her to houses in Norwich at night and men there 'used' her; he said he would tell the Home Office she is a liar and she would be sent back. She has been given a phone by him that only he calls.",
  "PV IT AV IS", "", "S", "high")
T("INT 2/B/P: Chinese 'employment agency' in Southend advertising 'easy work, good money, room provided' on WeChat. Believed to be supplying women to brothels in Essex and Kent.", "DE", "", "S", "")
T("Ghost landlord - tenant in a Southend bedsit complains of mould and no heating, landlord unresponsive. Referred to private sector housing.", "", "plc", "", "")
T("Interview note: He states the gang master, Vasile, hits anyone who is slow in the leek fields. He was punched twice and once kicked when on the ground. They start at 4.30am and finish when it's dark. The money goes into an account Vasile opened; he gives them £50 on Sunday. Vasile said if they go to the police their families in Romania 'will have an accident'.",
  "PV EO WW IT", "ncw", "L")
T("Nail bar Chelmsford, licensing: no concerns identified; staff employed, own accommodation, all documentation in order.", "", "", "", "")
T("My friend she come to England on a work visa for the care home in Norfolk and they make her pay back 10 thousand pound for the visa from the salary every month. if she leave they say they will report her to Home Office and she will be deported. she work 6 nights a week",
  "DB IT AV", "uf", "L")
T("Shop worker in Gravesend says a woman comes in every day with a man, she never speaks, he pays for everything and chooses what she buys. She has a bruised eye today.",
  "PV", "sfw pa", "", "")
T("Ambulance crew, Dartford: called to a cannabis grow where a young Vietnamese man had electric burns from the illegal wiring. He had been living inside the grow. Door was padlocked from outside when the crew arrived; fire service cut it.",
  "RM AC", "saw pa", "C", "immediate")
T("INT 3/C/P: It is alleged that the owner of a Chinese restaurant in Kent brought a chef from Fujian who is paid only once a year and not allowed out. Unverified.",
  "WW RM", "", "L", "")
T("Parents of a Y9 pupil say he has been cleaning and cooking for his stepdad's business on weekends. Pupil says he earns pocket money and enjoys it. School satisfied no concerns.", "", "", "", "")
T("Debrief (Vietnamese male, 24, via interpreter): He says he travelled overland through Russia and then was in a truck from Belgium to Dover. The men who met him took him to a flat in Southend and then to a nail salon. He worked in the salon during the day and at night was taken to a house to watch cannabis. He says the men told him he owed $35,000 and that his family would lose their land in Vietnam if he did not pay. He was given no money at all. He slept in the house on a sheet on the floor. He did not know what town he was in until the police came.",
  "DB WW AC IS IT EO", "", "L C")
T("Thurrock council street cleansing reports mattress dumped on Dock Road. Fly tipping.", "", "", "", "")
T("INT 2/B/P - STANCIU family (Romanian) run begging groups in Southend town centre. Disabled adult male (amputee) seen placed on the pavement at 0800 by STANCIU and collected at 1800; the money pot is emptied by STANCIU hourly. The male has been seen sleeping in the back of STANCIU's van.",
  "AV WW", "ced et ncw", "C")
T("Farm worker, Suffolk (Ukrainian, seasonal visa): says her line manager shouts and she thinks her pay is too low for the hours. She has her passport and a UK bank account and has complained to the scheme operator. Not a modern slavery matter; passed to the operator.", "", "", "", "")
T("Amy, 14, told her youth worker that the man she calls her boyfriend makes her deliver 'food' to people's houses in Rochester and keeps her up all night, and that he locked her in his flat over the weekend after she lost a bag.",
  "AV RM", "", "C", "immediate")
T("email to force enquiries: Good afternoon, I'm a driver for a taxi firm in Canterbury. Most nights I'm booked to take different young women from a house in Herne Bay to hotels around Kent, always paid for by the same man on the account, and he rings them constantly. The women never have bags and some look very young. I felt I should report it.",
  "", "et fpe", "S", "")
T("The man who run the car wash in Dartford make me work for nothing for 3 month because he say I must pay for the container. he shout every day, he throw water on me when I sit down. I sleep in the car wash in a room with no window. i have no family here",
  "WW DB AC PV AV", "saw", "L")
T("INT 1/A/P: Agricultural gangmaster 'Tomasz' in King's Lynn area keeps new arrivals' passports in a bag in his car. Workers told they will get them back once they have 'paid their way'.",
  "RD DB", "", "L")
T("Girl at the nail place in Basildon town centre looked about 12, asked her if she was at school, the lady answered for her and said she was her niece helping out for the holidays.",
  "", "sfw", "", "")
T("Police Scotland liaison: Romanian males previously working in Kent packhouses reported in Glasgow, believed moved by the same controller. No indicators recorded in Kent.", "", "", "", "")
T("Case note (BAWSO equivalent, Kent): Ms T, Thai, 38, married a British man she met online. He took her passport the day she arrived, would not let her have a bank account and made her work in his brother's restaurant for no pay, and at home cook and clean for his elderly parents. He controlled her phone and she had no friends in the UK. She was raped by him repeatedly. She left after a neighbour helped.",
  "RD WW PV IS", "ncw", "L D")
T("Text to Crimestoppers: 'loads of chinese girls in flat above takeaway in sittingbourne men in and out'", "", "", "S", "")
T("Report from a lorry driver at Dover: four men ran from his trailer once he stopped at Ashford. He does not know where they went. Smuggling.", "", "", "", "")
T("INT 2/B/P: Chelmsford - POI Ahmed RAZA, accountant, identified as registering 20+ companies to the same flat, each with a different Eastern European director. Directors appear to be workers at car washes who have no idea they are directors. Benefits claims in their names paid into accounts controlled by RAZA.",
  "DE", "ncw", "C")
T("Call handler: a woman rang from a Kent farm saying she is happy in her job but wanted to know if the employer can keep the cost of the flight out of her first pay. Employer had agreed a £0 fee contract. Advised it cannot; she says she'll raise it with HR.", "", "", "", "")
T("Debrief account (interpreter for Romanian): 'We were told it was work in a hotel near Canterbury, cleaning rooms, £8 an hour. It was a hotel but we were cleaning from 6 in the morning to 11 at night. We lived in the hotel basement, 8 women in one room with bunk beds. The man who brought us, Nicu, took our identity cards on the first day and our wages were paid to him. We got £30 on Sundays. He said we owe for the bus from Romania, the room and the food and this debt grew. When my friend Maria said she would go to the police he pushed her down the stairs and said next time she would not get up.'",
  "DE EO AC RD WW DB PV IT", "oc saw ncw", "L")
T("Noise complaint: barking dogs at the travellers' site near Dartford. Referred to council.", "", "", "", "")
T("nom Alina POP believed to act as 'madam' for 4 Romanian women working in flats in Southend. INT suggests she keeps their phones and lets them use them only to talk to clients.",
  "IS", "", "S")
T("Police officer note: encountered a group of men loading a lorry at 0300 at a yard in Tilbury. Spoke to them; all employed by a haulage firm, normal night shift, all had ID and knew the address of their accommodation. No concerns.", "", "", "", "")
T("I am a nurse at a GP surgery in Southend. A young man came today with a chest infection. He told me he works at a car wash and lives at the car wash. He said the boss pays him but takes most back for 'rent'. He was very thin and his hands were cracked and bleeding. He kept looking at his phone saying the boss will ring. He would not give an address.",
  "WW AC", "saw pa", "L")
T("Report from an Essex University lecturer: international student says her part-time employer at a bubble tea shop holds her BRP card 'until training is complete' and is paying her less than minimum wage.",
  "RD", "", "", "")
T("INT 2/C/P: Chinese national 'Auntie Lin' recruits women from Fujian through WeChat with promises of restaurant work in the UK; women instead put in brothels in Colchester and Southend and told they owe £40,000.",
  "DE DB", "", "S")
T("The lad who lives next door is 19 with autism and these blokes have moved into his flat in Ipswich, they use it for dealing and he sleeps on the floor in his own kitchen. He's scared. They took his bank card.",
  "AV AC", "ncw", "C", "")
T("RTC on the A12 near Kelvedon, minor, no injuries, vehicles recovered.", "", "", "", "")
T("Witness statement (security guard, Bluewater): 'I've stopped the same three girls for shoplifting four times. They are always picked up by the same man in a grey BMW. One of them, she can't be more than 15, told me in the office that if she goes back with no clothes he gets angry and won't let her eat.'",
  "AV IT", "et", "C", "high")
T("Interpreter (Pashto): He says he is 16. He came in a lorry from Belgium. A man in Peterborough gave him a job in a barber's shop. He sleeps in the shop on the chairs. He works from opening until closing every day and the man gives him food and £10 a week. He cannot leave because the man says he will call immigration.",
  "AV EO WW IT", "saw foa", "L", "high")
T("GLAA: Lincolnshire gangmaster with workers housed in Spalding. Two workers complained that £250 'registration fee' was demanded in Bulgaria before travel. Gangmaster says that was a separate recruiter. Investigation ongoing.", "", "uf", "", "")
T("Dad wants advice - his daughter's boyfriend posts pics of her online and he thinks it's inappropriate. She is 19 and says she consents. No offence disclosed.", "", "", "", "")
# part 3: f154-192 .. f154-300
T("""OFFICIAL-SENSITIVE - Intelligence report, Essex Police. Grading 2/B/P.

Subject: hand car wash, Southend Arterial Road (A127), trading as 'Diamond Valet'.

Source reports that the site is run by nom Gentian MUCA (Albanian, approx 40) who is rarely on site; day-to-day control is by his nephew 'Toni'. Between 6 and 9 males work there, mostly Albanian and Kurdish, ages appear 18-25. Source states the workers arrive at 0700 in Toni's black Audi Q7 and a Vauxhall Vivaro, VRM EN18 KZP, and leave after 2000, seven days a week.

INT suggests the workers live in a 3-bedroom terraced house on Westcliff Park Drive which is rented by MUCA; source estimates 10 men sleep there. Workers are paid £40 per day cash but source believes £20 of that is taken back by Toni for 'house and food'. Two workers told the source they came by small boat and that 'the boss paid for the boat' which they are 'still paying'.

No information regarding violence. No information regarding documents.

Recommendation: joint visit with GLAA and Immigration Enforcement.""",
  "EO AC DB", "ced et oc", "L")
T("Shoplifter at Lidl Tilbury, local female 34, detained. Stated she stole to feed her kids. Community resolution.", "", "", "", "")
T("""Adult social care safeguarding referral - Kent County Council.

Adult at risk: Mr David W, 47, British, mild learning disability, lives alone in a council flat in Gillingham.

Concern raised by his housing officer. Over the last six weeks two men and a woman, believed to be from London, have been staying at Mr W's flat. Neighbours report constant visitors at all hours and drug paraphernalia in the stairwell. When the housing officer visited, Mr W was sleeping in the hallway on a duvet and said 'they need my bedroom for business'. He had a burn mark on his forearm which he said was from 'messing about'. His bank card and phone were with the woman, who answered for him and refused to let the officer speak to him alone.

Mr W later phoned his sister and said he wants them to leave but 'they said they'll put me in hospital if I tell'.

Actions: police informed (cuckooing), strategy meeting arranged, sister to be contacted.""",
  "AV IT IS AC", "pa sfw ncw", "C")
T("nail bar girls in southend all live together above the shop, boss drives them everywhere, they dont speak english and he keeps there wages", "WW AV", "saw et ncw", "L")
T("Witness, 72, says a lorry parked overnight near Orsett Cock roundabout and she heard people inside banging. Police attended, trailer empty, driver asleep in cab, nothing found.", "", "", "", "")
T("""Statement of a former worker, given via a Slovak interpreter at Peterborough police station.

'My name is Martin. I am 33. In Slovakia I had problems with money and the man from our village, Jozef, told me that in England there is good work in a factory, 350 pounds a week, and he will organise the house. He paid the bus. When we arrive in Peterborough he takes my ID card to make the national insurance. I never see it again. I live in a house with 14 people. I sleep on a mattress in the living room. The work was in a chicken factory, night shift, sometimes double shift. My salary goes to a bank account but Jozef has the card. On Friday he gives me 40 pound. He says the rest is for the bus, the house, the ID and the food. When I said I want to go back to Slovakia he said I owe him 900 pound and he hit me in the face. After that I was afraid. One night a lady from the factory HR asked me why I am so thin, and I told her.'""",
  "AV DE RD AC EO WW DB PV", "oc ncw pa", "L")
T("Routine GLAA inspection, Kent soft fruit farm: 300 seasonal workers, caravans inspected (4 per caravan, heating and water OK), workers have own passports, pay via BACS into own accounts, grievance procedure displayed in 5 languages. Compliant.", "", "", "", "")
T("INT: Eritrean girl 16 at Home Office hotel in Folkestone going out at night with older men in cars", "AV", "", "S", "high")
T("Report via app: theres a car wash in Sittingbourne where the workers sleep in the back and they are making them work in the freezing cold with no gloves or boots. boss takes all there tips and i saw him slap one of the boys round the head",
  "AC PV WW", "saw ncw", "L")
T("""Children's Services - Return Home Interview, Medway.

Child: Kayden, 15. Missing 3 days, found by police in Hastings.

Kayden says he was 'working' for an older lad he knows as 'Reeko' who sends him out from a flat in Hastings to serve crack and heroin to users. He was given a burner phone and told not to contact anyone else; his own phone was taken 'so the feds can't track it'. He slept on a sofa in the flat with two other boys. He says he was not locked in but 'you don't just leave, man'. He was told he owes £1,200 because a package went missing when he was robbed on the first night. Reeko told him that if he didn't pay it back 'your mum's house will get it'.

Kayden presented as tired, hungry and had a cut on his lip which he would not explain. He declined to give more detail about Reeko.

Plan: NRM referral (child, no consent needed), strategy meeting, CSE/CCE screening tool, disruption via police.""",
  "AV IS DB IT", "pa", "C", "high")
T("Call summary: caller's husband was hit by a car outside the Felixstowe port gates. Ambulance attended. RTC.", "", "", "", "")
T("POI Mihai LUPU collects 6 Romanian women daily from an address in Ilford and drives them to Lakeside to shoplift. Goods sold on. Women seen handing all cash to LUPU.", "WW", "et ncw", "C")
T("I was promised a job as a model in London. I was 17. The man from Instagram paid my ticket from Bucharest. At the airport he took my passport. There was no modelling. He put me in a flat in Luton and put my photos on a website. I had sex with maybe 10 men a day. I never saw the money.",
  "AV DE RD WW", "", "S")
T("Teacher: pupil, 11, came to school with bruising, disclosed dad hit her. Section 47 enquiry. Domestic abuse, no exploitation indicated.", "PV", "pa", "", "")
T("Canterbury: a Filipina au pair with a local family emailed the helpline to ask whether her host family can ask her to babysit on a Saturday. She has her own room, gets £90/week pocket money as agreed, does 25 hours a week, holds her passport and goes to college. No concerns; advised on au pair guidelines.", "", "", "", "")
T("""Salvation Army first responder note.

Client: 'Li' (Chinese, female, 30s). Referred by a GP in Colchester.

Li says she answered a WeChat advert in Fuzhou for restaurant work in England with a salary of 10,000 yuan a month. She paid the agent 80,000 yuan, borrowed from relatives. She flew to Paris and was driven to England. In England she was met by a woman she calls 'Big Sister' who took her passport and drove her to a flat. There was no restaurant. She was told she must 'do massage' to pay back the agent fee, which Big Sister said was now £30,000. She was moved every week between flats in Colchester, Chelmsford, Cambridge and Peterborough. She did not know the names of the towns. All money from clients went to Big Sister. She slept in the same room where she saw clients. She says one client beat her and Big Sister did nothing. She was afraid of the police because Big Sister said they would put her in prison and her family would have to repay the loan.

Li has consented to NRM referral.""",
  "DE RD DB IS WW PV AC AV", "uf saw foa", "S")
T("Man on a bike asked me if I wanted to earn £500 by lending my bank account. I said no. He hangs around the college in Harlow.", "", "", "", "")
T("INT 2/B/P: Scrap metal yard, Rainham - Irish Traveller family employs several vulnerable British men recruited from soup kitchens in London. Men are housed in caravans with no electricity, paid in food and alcohol, and told they'll be 'sorted out' if they try to leave. Two men previously found by police with untreated injuries.",
  "AV WW AC IT PV", "plc pa", "L")
T("Fire service inspection, Rochester takeaway: staff sleeping in the basement store next to the fryers, fire exit blocked. Prohibition notice served. Owner says the staff are family members who choose to stay. Referred to police for welfare check.", "AC", "saw", "", "")
T("""Debrief notes, Vietnamese male 'Minh' (16 at time), via telephone interpreter.

Minh lived with his grandmother in Quang Binh. A neighbour said he could go to England to work in a nail shop and earn enough to repay the family's loans. The neighbour arranged everything; the family mortgaged their house to pay part and Minh was told he would pay the rest, about £18,000, from his wages.

He travelled by plane to Russia, then walked and was driven through several countries. He spent two months in a warehouse in Poland with other boys, where the guards hit them with sticks. In France he was put in a lorry. In England he was taken to a house with cannabis plants. He says the men who brought him locked the doors and took his phone. He was given rice and noodles and told to water the plants and check the lights. He had no money. When the police came he hid in the loft because the men said the police would beat him and send him home.

Minh now lives with a foster carer in Kent.""",
  "AV DE DB PV RM IS WW", "foa", "C")
T("He says the boss told them 'you are working for the rent', so there is no wages at all for two months. The room in the takeaway basement has no window.", "WW AC", "saw", "L")
T("INT 2/B/P - Ipswich: POI Kwame ASANTE (Ghanaian, 45) believed to bring young women from Ghana on visitor visas to work as 'house girls' for families in Ipswich and Colchester. Women's passports taken by ASANTE at the airport. Families pay ASANTE, not the women.",
  "RD WW", "", "D")
T("Hospital discharge note: Polish male, 55, fell from scaffolding in Thurrock, broken pelvis. Says his employer has been visiting and paying sick pay. Good family support. No safeguarding concerns.", "", "", "", "")
T("Crimestoppers online: there is a fishing boat in Lowestoft harbour where the foreign crew never come ashore, the skipper told someone in the pub they are 'paid in cigarettes' and 'wouldn't know where they are anyway'.",
  "WW IS", "", "L")
T("the hand car wash on the A13 by Dagenham has kids working there, one looks about 14, not in school on a monday", "AV", "", "L", "high")
T("""Witness statement - Mrs Janet K (retired), Clacton-on-Sea.

'I live opposite number 22. For about a year a family have lived there - a couple in their forties and their two children - and a young woman who I now know is called Priya. I've seen Priya hanging washing at six in the morning and still cleaning the windows at ten at night. She walks the children to school and straight back; I've never seen her go anywhere else alone, and once when she stopped to talk to me the wife came out and called her in. She's very thin and wears the same two outfits. In December I saw her outside in just a cardigan while the family had people round. I gave her my number once and she said she wasn't allowed a phone. I asked if she was paid and she said "they send it to my family". I don't think they do.'""",
  "EO RM IS WW", "pa fpe", "D")
T("The agency said I must pay £400 for the job at the warehouse in Tilbury and £30 for the hi-vis and boots. After the first week I found the job was real and the pay was right, £11.44 an hour, into my own bank. I just think the fee was wrong.", "", "uf ppe", "", "")
T("INT 1/B/P: POI 'Mama Joy' (Nigerian, 50s) controls Nigerian women working in brothels in Chelmsford and Norwich. Women made to swear a juju oath before travel; INT suggests debts of €40,000-€60,000. One woman who tried to leave was beaten by Mama Joy's son.",
  "DB PV IT", "", "S")
T("Welfare visit, Romanian worker at a Colchester warehouse: he had reported his manager for shouting. He has a normal contract, paid weekly, lives with his wife. Grievance process. No exploitation.", "", "", "", "")
T("POI D.OBI holds 15+ bank cards in other people's names, used at one ATM in Chelmsford", "", "mbc", "", "")
T("Interpreter (Romanian): She says she came to work as a carer for an elderly man in Maldon through a man in Iasi. She lives in the house and is on call 24 hours, 7 days. She has not had a day off in 5 months. The son pays her wages to the man from Iasi, who sends her '100 euro when he remembers'. She cannot leave the old man alone so she has not been out except to the pharmacy.",
  "EO WW", "ncw", "D")
T("Border Force, Harwich: Dutch-registered minibus with 9 Romanian men. All had ID, return tickets and a confirmed job with a licensed labour provider. Released.", "", "", "", "")
T("Mate's cousin works at a nail bar in Ipswich and she has to pay the owner £150 a week for the chair and keeps the rest. Works long days but her choice. Is that legit?", "", "", "", "")
T("""Officer handover - Op MARLIN (Kent).

Overnight the team executed a warrant at a house in Gravesend (DA11). Inside: 1 x cannabis grow (3 rooms, approx 400 plants), 1 x Vietnamese male who gives his age as 15 and was found hiding in the airing cupboard. He had no shoes and a rash on his arms and said he had been inside 'since the cold time'. Front and back doors were secured with deadlocks from the outside and the windows were boarded. A separate male (VO, British, 42) arrested on arrival in a Ford Transit, VRM GX15 HTP, carrying food and fertiliser.

The juvenile has been placed with emergency foster carers; no adult has claimed him. He says he was told that his 'debt' to the boss would be cleared after three crops. NRM referral submitted. Interview of VO deferred until the morning.""",
  "AV RM DB AC", "pa saw", "C", "high")
T("Dad reported his daughter (17) for stealing his car. She returned it the same day. Domestic matter.", "", "", "", "")
T("I work in a factory in Wisbech for an agency. They give me a house but they take £120 each week and it is 4 in a room. also they take for the minibus. but I can leave if I want, I have my passport and card", "AC", "oc ct", "")
T("A Romanian man keeps coming into my shop in Basildon with different girls' bank cards to withdraw cash from the machine, about 6 different cards.", "", "mbc", "", "")
T("INT 2/C/P: Somali male, 19, in Ipswich, used by older males to hold and move cash between cities; told that if he loses any money his younger brother 'will pay'.", "IT", "", "C")
T("I am writing on behalf of my friend Aisha who is 20 and from Sudan. She lives with a family in Luton who found her at the asylum hotel and said she can stay with them for free. Now she looks after their 5 children, cooks, cleans every day from 6am to midnight. They tell her if she leaves she will be homeless again and the Home Office will arrest her. They give her no money. She says she is tired and sad.",
  "AV DE EO WW IT", "foa", "D")
T("Lorry driver at Felixstowe reported to Border Force that his load seal was broken. Check revealed no persons. Load intact.", "", "", "", "")
T("Ms X (Albanian, 23) says her husband brought her to Kent after their marriage and the next day told her she must sleep with men to pay for his gambling debts. He kept her passport and locked her in the flat when he went out. He beat her if she refused.",
  "DE RD RM PV DB", "", "S")
T("caller concerned about a pensioner in Thurrock whose nephew takes his pension every week and leaves him with £10. Adult safeguarding informed.", "", "ncw", "", "")
T("INT 2/B/P: Hotel in Canterbury - housekeeping staff supplied by a subcontractor; staff say the subcontractor pays them by the room, about £2.50 per room, which works out at £4 an hour. Staff live in their own accommodation and have their own documents.", "", "", "", "")
T("Email from a customer: Every time I take my car to the car wash in Hadleigh the same lad is there, looks exhausted and is wearing flip flops in the cold. Last time I saw the boss grab his neck. He said to me 'I can't talk' and looked scared.",
  "PV", "pa", "L", "")
T("""NRM referral (summary of form), first responder: Barnardo's.

Potential victim: female, 14, British, lives with mother in Southend-on-Sea.

Background: since age 13 the child has been associating with a group of adult males aged 19-30 who give her alcohol, cannabis, lifts and gifts. She describes one of them as her boyfriend. Police have found her in cars in the early hours three times.

Exploitation: the child disclosed to her key worker that she has been taken to parties in flats in Basildon and Chelmsford where she was made to have sex with several men. She said the 'boyfriend' films her and has said he will post the videos if she stops coming. She is frequently missing overnight and has been seen with bruising to her wrists.

Exploiters: nicknames 'Kash', 'Bugz' and 'Little T'; a silver Mercedes, partial VRM 'LS..'.

Exploitation types: child sexual exploitation.
Other potential victims: a friend from the same school, 15.""",
  "AV PV IT", "pa", "S")
T("Car wash in Benfleet - workers got a pay rise after the new owner took over, seems fine. Someone asked so I'm letting you know.", "", "", "", "")
T("Victim: 'I was the cook for a rich Indian family in Harrow, then they moved to a house in Brentwood. I had to sleep in the garage. Sir kept my passport in his office. I worked from 5 in the morning to 1 at night. They paid me nothing in England. They said if I ran away they would tell the police I stole gold.'",
  "AC RD EO WW IT", "", "D")
T("Victim (Eritrean, 17, via Tigrinya interpreter): He says the man at the car wash in Ipswich said they would pay £50 a day but after a month gave him £100 in total, and said 'be happy, I could call immigration'.",
  "AV DE WW IT", "foa", "L", "high")
T("Probation - Mr E, Romanian, convicted of theft. He said he was made to steal by a man who holds his ID card and brought him from Craiova with the promise of a job. Probation officer has made NRM referral.",
  "DE RD", "", "C")
T("My neighbours have turned their garage into a flat and rent it to two Polish guys who work on a building site. They seem happy enough, they come and go. Is this allowed?", "", "", "", "")
T("Support worker (Migrant Help): Sri Lankan man, 38, came to work in a restaurant in Colchester on a skilled worker visa. The owner made him sign a bond saying he owed £15,000 if he left within 3 years. He works 80 hours a week, six days, and lives in the staff room above the restaurant with 3 others. Owner said if he complains he will revoke his sponsorship and he will be deported.",
  "DB EO IT AV AC", "saw oc", "L")
T("INT 3/C/P: Alleged organ trafficking - unverified report that a man in Luton is recruiting Eritrean asylum seekers to sell kidneys abroad for cash. No names.", "", "", "O")
T("Witness (petrol station attendant, A13 Stanford): 'The Romanian lads come in every morning at 6 with the gaffer. He pays for their sandwiches and writes it in a little book. One of them told me everything they eat goes in the book and comes off the wages, and the book never ends.'",
  "DB", "et", "L")
T("Handover: 19yo Slovak female reported missing by her sister - believed to have travelled to the UK with a man she met online; her phone now off. Enquiries ongoing. No info on exploitation.", "", "", "", "")
T("Debrief: I worked for a building company in Kent for two years. I was not paid for the last three months. I stopped going and found a new job. I have my own flat and passport. I want my money.", "", "", "", "")
T("Two Albanian lads, 16-17, found in a Chatham grow by response, one was locked in the grow room with a padlock.", "AV RM", "", "C", "immediate")
T("""Report from a member of the public (typed, all caps in original):

I WANT TO REPORT THE NAIL SALON ON HIGH STREET RAYLEIGH. THE GIRLS IN THERE ARE VIETNAMESE AND THEY ARE NEVER ALLOWED OUT ON THEIR OWN, THE OWNER TAKES THEM HOME IN HIS CAR EVERY NIGHT AT 10PM AND PICKS THEM UP AT 8AM. ONE OF THEM HAD A BRUISE ON HER CHEEK AND WHEN I ASKED SHE SAID SHE FELL. THEY ARE NEVER PAID, I HEARD THE OWNER TELL ONE 'YOUR MONEY IS FOR YOUR DEBT'. THEY DONT SPEAK ENGLISH AND THEY LOOK FRIGHTENED ALL THE TIME. I HAVE REPORTED THIS BEFORE AND NOTHING HAPPENED. PLEASE DO SOMETHING.""",
  "RM WW DB AV", "ced et pa", "L")
T("GP: female, 28, Polish, attended with partner for antenatal booking. Works at a packhouse, own bank account, no concerns.", "", "", "", "")
T("They took all our phones when we arrived at the farm and said we could have them on Sunday for one hour.", "IS", "", "L")
T("nom 'Uncle Ray' supplies Chinese women to massage parlours in Southend and Colchester, moving them every fortnight. Women do not know which town they are in.", "IS", "", "S")
T("Citizen report: Am a delivery driver. Delivered to a house in Gravesend, a young woman answered, looked terrified, pointed upstairs and mouthed 'help'. A man came to the door behind her and shut it. House number 14, Cedar Avenue.", "", "", "", "immediate")
T("Labour abuse complaint: Dagenham warehouse worker says his agency docked his pay for a uniform and said he owed £50 for training. He has left the job and received the rest of his pay. GLAA advised.", "", "ppe", "", "")
T("INT 2/B/P: Chelmsford - 'Marius' runs a benefit fraud operation using the identities of Romanian workers he brought over. Universal Credit claims in their names, paid into accounts for which he holds the cards. Workers are unaware; they work on construction sites and receive a fraction of their pay.",
  "WW", "mbc ncw", "C L")
T("Victim (British, 32, heroin user): 'They let me have a bag every night if I ran for them, and they had my flat. One of them stayed there all the time and I wasn't allowed to have anyone round. When I said I wanted them out they held me over the balcony.'",
  "AV PV IS", "", "C")
T("Council licensing, Colchester: HMO with 11 Bulgarian men in 4 bedrooms over the car wash. All work at the car wash. Rent deducted by the car wash owner. Men had no keys to the front door. Owner kept 'the passports for the council inspection'.",
  "AC RD RM WW", "oc ncw", "L")
T("She says: in the flat there were always two men. They take our passports when we come from the airport. We cannot go outside. The clients were sent by the website. If a girl cries they hit her. The money, all the money, goes to Dritan. I was there 8 months.",
  "RD RM PV WW", "", "S")
T("School safeguarding: Y7 pupil from a Roma family regularly absent, says she helps her mum sell flowers at weekends and sometimes on school days. Attendance officer to visit. No indication that anyone else controls the family or takes the money.", "", "", "", "")
T("Call 101: a lady says her Lithuanian husband is working at a fruit farm in Kent and he rang crying that the boss hit him and took his passport and now he is afraid to leave the caravan.",
  "PV RD", "", "L")
T("INT 2/B/P: POI Elvis D. collects rent in cash from 6 Albanian men at a flat in Romford. The men all work at different car washes run by the same family. INT does not suggest coercion.", "", "", "", "")
T("Victim debrief (female, 24, Nigerian): She was told she would work as a hairdresser in Dartford. On arrival the 'sponsor' said she owed £20,000 for the visa and travel and put her to work cleaning his house and minding his children and doing hair in his wife's salon for free. She had a mattress in the children's room. The sponsor's wife beat her with a belt.",
  "DE DB WW PV AC", "", "D L")
T("Essex Police response: domestic incident in Harlow. Male arrested for assaulting partner. Partner has own income and passport. No other concerns.", "PV", "", "", "")
T("INT 2/B/P: Two Vietnamese girls aged approx 15-16 seen working at a nail salon in Bedford late into the evening, living above the shop with the owner's family.", "AV EO", "saw", "L", "high")
T("""Debrief (translated from Urdu), male, 27, Pakistani.

'I came on a student visa to a college in London which closed. A man at the mosque said he knew a Pakistani businessman in Luton who could sponsor me. I paid him £10,000 which I borrowed from my family. The job was in a warehouse in Dunstable. I was told the sponsor would pay £25,000 a year. In truth I received £600 a month in cash and the payslips said something else. They made me pay back part of the salary in cash each month to keep the sponsorship. I worked 6 days, sometimes 7, from 7am to 9pm. When I said I would report it, the businessman said he has friends in the Home Office and I will be on a plane in a week. I was too frightened to speak. I live in a room with four other men from the same company.'""",
  "DE AV WW EO IT AC", "uf oc foa", "L")
T("Amazon delivery driver says he works 11-hour days as self-employed, is paid on time, and thinks the pay is unfair. Not slavery.", "", "", "", "")
T("Call from Tilbury: cousin arrived in UK in a container last week, now at a house in Grays with 'the people who paid', they won't let him go out or call home until the family pays another £3,000.",
  "RM IS DB", "", "", "immediate")
T("INT 2/C/P: POI Hassan ALI, 40s, arranges sham marriages in Southend between EU women and non-EU men. One woman states her ID card was taken by ALI and she was told she would be hurt if she didn't go through with it.",
  "RD IT", "", "C")
T("Ms M (Polish, 61) told a housing officer she looks after a disabled man in Chelmsford in exchange for a room, she gets Carer's Allowance into her own account and has friends nearby. Housing issue only.", "", "", "", "")
T("the chinese lady at the takeaway in Halstead works every day 11am to midnight, she told my wife she hasn't had a day off in 3 years and sleeps in the store room, the owner is her 'cousin'", "EO", "saw", "L")
T("POI 'Bogdan' at Stansted collects Romanian teenagers off the Bucharest flight and takes their passports.", "RD AV", "", "", "high")
T("Charity caseworker (Unseen), Kent: Caller is a UK-born man, 26, with ADHD who met a 'friend' at a hostel. The friend offered him a room and in return he had to go out shoplifting in Maidstone every day. All the goods and any money went to the friend. He was told he owed £500 for the room, growing weekly. The friend kept his bank card and his benefits went to the friend.",
  "AV DB WW", "ncw", "C")
T("Dover port: driver found 3 men in the trailer and called police himself. Men taken to Kent Intake Unit. No concerns about the driver.", "", "", "", "")
T("INT 2/B/P: Takeaway in Clacton - owner brings young Bangladeshi men on student visas; they work 90 hours a week and sleep above the shop; wages paid into accounts the owner holds the cards for.",
  "EO WW", "saw ncw", "L")
T("I'm an ex employee of a care home in Southend, the owner took all the overseas carers passports and made them work double shifts, if they refused he said he'd get their visas cancelled.",
  "RD EO IT", "", "L")
T("Public report: lots of cars coming and going from a flat in Jaywick at all hours, think it's drugs.", "", "", "", "")
T("""Witness statement - Mr Adrian P, site foreman, Thurrock.

'I have been foreman on the site at West Thurrock for eight months. Most of the groundworkers are supplied by a subcontractor, Dunstan Civils. The lads are mainly Romanian and Moldovan. I've got no problem with them, they work hard.

About a month ago one of the Moldovan lads, Vasile, cut his hand badly on rebar. When I went to take him to A&E, a man from the subcontractor, who the lads call 'Sefu', told me not to, and said he would deal with it. Vasile was back on site the next day with the hand wrapped in a rag.

I've noticed Sefu collects the lads' wage envelopes from the site office on Friday and hands them out in the van. I've also seen the lads arrive in a van before six, while the site doesn't open till seven, and they sit in the van in the cold. Vasile told me they live 'twelve people, one house' and that Sefu has their papers.'""",
  "AC RD", "oc ced et pa ncw", "L")
T("Response officer: welfare check at a house in Dartford after a report of 'slaves'. Found a large Punjabi family, three generations, all working in the family shop. Adults spoke freely, have own documents and bank accounts. No concerns.", "", "", "", "")
T("INT: Albanian male 'Gzim' keeps phones of the girls in the flats he runs in Ipswich and Norwich; they are only given them for work.", "IS", "", "S")
T("Victim, British male, 44, homeless in Canterbury, was picked up by a man offering paving work and a caravan. He worked laying drives across Kent for a year for £10 a day, sometimes nothing. When he asked to leave, the man's son beat him with a spade. He had nowhere else to go.",
  "AV WW PV", "", "L")
T("Hi, my boss at the nail salon pays me minimum wage, it's hard work but I am fine. My friend told me to say something because she saw on TV about nail bars. Thanks", "", "", "", "")
T("Officer note: Missing person returned - 16yo female from a children's home in Colchester found at a hotel in London with an adult male. She says she went voluntarily. Adult arrested for child abduction. Exploitation screening to follow.", "AV", "", "", "high")
T("INT 2/B/P: South Asian male, 30s, seen begging outside Tesco Chelmsford every day; dropped off and picked up by a man in a Ford Galaxy who takes his cup. Male has a visible disability.", "AV WW", "ced et ncw", "C")
T("Border Force, Gatwick: Indian female, 42, arriving on a domestic worker visa with her employer. Employer holding her passport and speaking for her. Worker interviewed alone: says she is paid, but was not able to say how much, and her contract is 'with sir'. Leaflet given; referred for follow up.",
  "RD", "sfw", "", "")
T("I was in a house in Southend with 6 other women. The madam takes all our money and we sleep 3 to a bed. The madam's husband rapes me when she is out. I can't go home because I owe her for the flight.",
  "WW AC PV DB", "oc ncw", "S")
T("Trading Standards: counterfeit cigarettes found in a shop in Chatham. Shop worker (Kurdish, 22) says he works there for the owner, is paid cash, has his own room elsewhere. No indicators.", "", "", "", "")
T("Victim account: Me and my brother came from Romania with our uncle to pick strawberries in Kent. The uncle took our money and beat us when we went to the shop without him. He said if we tell anyone he will hurt our grandmother. We slept in the car.",
  "WW PV IT RM AC", "", "L")
T("Caller says a man in a Range Rover drops 8 Eastern European women at a hotel in Tilbury at 6am every day to clean and collects them at 9pm. He pays at the hotel for them.", "EO", "ced et", "L")
T("INT 3/C/P: a South Sudanese teenager is allegedly being kept by a family in Peterborough to look after their baby. Source is a neighbour's child.", "AV RM", "", "D", "high")
T("PCSO: found a group of Romanian men asleep in a lorry trailer in a layby on the A12. They said they were waiting for their shift at the packhouse and the boss charges them £20 for the lift. Spoke to packhouse, they are directly employed, paid properly. Given housing advice.", "", "ct", "", "")
T("Victim (Vietnamese female, 19): 'The nail shop boss took my passport and sends money to the snakehead for me. I work 7 days, 9 to 9. If I stop, he said they will cut my hand.'",
  "RD WW EO IT", "", "L")
T("Email: My Kenyan housekeeper left suddenly and I am worried she might have been trafficked, she was on a visa through an agency. (Employer confirms she had her own passport and phone and was paid monthly.) No indicators identified.", "", "", "", "")
T("A man has put an advert on Facebook offering 'warehouse jobs with accommodation' in Essex for a £300 deposit. Several people in the comments say they paid and got nothing.", "DE", "uf", "", "")
T("INT 2/B/P: POI Remus BALAN (Romanian, 38), Southend. Three women living in his flat on London Road, advertised on escort sites; BALAN drives them to hotel bookings in Basildon and Chelmsford, holds their cards and has been heard saying 'you work until the debt is finished'.",
  "DB WW", "et ncw", "S")
T("Lad aged 15 found in Ipswich trap house with a stab wound to the leg, says he is being 'taxed' by a London line. Hospital, police guard.", "AV PV", "pa", "C", "immediate")
T("Farmer near Colchester phoned to say he's heard other farms' pickers are being charged for accommodation; his own workers are on proper contracts. Just wanted to flag it. Nothing specific.", "", "", "", "")
# part 4: f154-296 .. f154-300 (long texts)
T("""GLAA compliance inspection report (summary) - labour provider supplying a salad packhouse near Ipswich.

The inspection team attended unannounced at 0615. 64 workers were on the morning shift, of whom 41 were supplied by the labour provider and the rest directly employed. Workers are Romanian, Bulgarian, Lithuanian and Portuguese.

Twelve workers were interviewed alone with interpreters. All held their own passports or ID cards and had their own bank accounts into which wages were paid weekly; payslips matched hours worked. None had paid a fee to get the job. The provider runs an optional minibus for which there is no charge. PPE (boots, hairnets, coats) is issued free. Accommodation is not provided; workers rent privately in Ipswich and Stowmarket.

One worker complained that her shifts had been cut in the quiet season and that she was earning less than she expected. She said she was free to look for other work and had done so. One worker said a supervisor had been rude to him; this has been passed to HR.

No indicators of forced labour were identified. Licence conditions met. Advice given on recording of holiday pay.""", "", "", "", "")
T("""Caseworker note - New Pathways (translated phrases in quotes).

Client: Mr Ionut S., Romanian, 41. Referred by a homeless day centre in Southend.

Mr S. says he was recruited in his village by a man known as 'Gicu', who promised a job 'at a big English farm, £80 a day, house included' and paid for the minibus. On arrival in Essex he was taken to a field near Tiptree and then to a house in Colchester where 16 men slept on mattresses, 'like sardines', with one bathroom and no hot water. He was charged £5 a day for the van to the fields and £40 for boots and gloves, taken from his pay before he received it. Gicu also 'kept the ID, for the farm office'.

He worked from 5am until around 7pm, seven days a week in the picking season. Pay went onto a card that Gicu held; the men were given £30 each on Sundays. Gicu always spoke to the farm manager for the men and told them not to talk to the English.

When Mr S. asked to go home, Gicu said he still owed £700 for the travel and that 'men who leave without paying have accidents'. Mr S. left anyway after a month and slept on the beach at Southend until he found the day centre. He has only the clothes he is wearing and a plastic bag.""",
  "DE AC WW RD EO DB IT", "oc plc ct ppe ncw sfw fpe", "L")
T("""Officer handover - Basildon CID, late turn.

1) Burglary series, Laindon: another shed entered overnight, mountain bike and power tools taken, similar MO to the previous four. House-to-house completed, no CCTV. Suspect vehicle possibly a white Berlingo.

2) Concern for welfare, Pitsea: 999 at 1640 from a woman saying her neighbour's daughter, about 14, had been brought home by a man in his thirties who 'owns' her, that the girl is given vodka and taken to flats in Southend, and that tonight the man said he would collect her at 10pm 'for a party'. Girl located at home with her mother; she disclosed being made to have sex with two men last weekend. Mother co-operative. Strategy discussion held with children's social care at 1900, girl to stay with her aunt tonight. Suspect identified as nom Reece HOLLAND, DOB 14/02/91, known for drug supply; not yet arrested, patrols on his last address in Vange. Risk remains high tonight.

3) Shoplifting at Eastgate, local male, charged and bailed.

Please pick up item 2 first thing.""",
  "AV PV", "", "S", "immediate")
T("""Public report (typed on a phone, spelling as received):

hi i dont no if this is the rite place but i work at a restraunt in maidstone as a waiter and the chef is from india and he told me he has not been paid propper since he came here 2 year ago, the boss sends 'some' money to his wife in india and he gets like £50 cash for him self each month, he sleeps in a room at the back of the kitchen on a matress on the floor with no window, he works every day from 10 till we shut at midnight. the boss has his pasport in the safe he told me and he cant get it. he says if he leaves the boss says he will tell the home office he ran away and they will put him in jail. he is a nice man and he never goes anywere he has no freinds here except us. i dont want to get him in trouble please be careful""",
  "WW AC EO RD IT IS", "saw foa", "L")
T("""Bank financial-intelligence referral (summary).

Over eight weeks our monitoring has linked 23 personal current accounts, all opened in branches in Luton, Dunstable and Bedford by customers with Romanian or Bulgarian ID cards. Every account gives one of two addresses as residence (both 3-bedroom houses). Each account receives weekly wages from one of three recruitment agencies supplying food factories. Within an hour of each credit, almost the entire balance is withdrawn in cash; the withdrawals for many accounts are made consecutively at the same ATMs, by the same man on CCTV, using a stack of cards. Several customers attended branch together with the same man, who answered all the questions and held their documents; two customers later phoned to report that they 'never receive their salary' and that 'the man has our cards because we owe him for the trip'.

We have restricted the accounts and made a SAR. We suspect labour exploitation rather than customer-initiated fraud.""",
  "WW DB", "mbc ncw sfw oc", "L")

HERE = os.path.dirname(os.path.abspath(__file__))

def risk_of(ind, typ):
    if "PV" in ind or "S" in typ or len(ind) >= 3 or ("IT" in ind and "RM" in ind):
        return "high"
    return "medium" if (ind or typ) else "low"

out = []
for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
    ind, sig = list(ind), list(sig)
    for i, s in PAIR:
        if i in ind and s not in sig: sig.append(s)
        if s in sig and i not in ind: ind.append(i)
    r = RISK.get(risk, risk) if risk else risk_of(ind, typ)
    out.append({"id": "f154-%03d" % n, "text": text,
                "indicators": [IND[c] for c in IND if c in ind],
                "signs": [SIG[c] for c in SIG if c in sig],
                "exploitation": [TYP[c] for c in TYP if c in typ], "risk": r})
    assert all(c in IND for c in ind) and all(c in SIG for c in sig) and all(c in TYP for c in typ), (n, ind, sig, typ)
with open(os.path.join(HERE, "fresh154.jsonl"), "w", encoding="utf-8") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "written")
