#!/usr/bin/env python3
"""Hand-written training texts for set fresh136 (a Midlands force's mixed feed).

Every text below was written by hand; the labels beside it are hand-set.
Shorthand used for the labels only:
 indicators: av dec rm iso psv it rd ww db ac eo
 signs: pa is plc oc sw fpe rmv ced fa uf dt et ct lh ppe ncw sfw mbc
 types: L S C D O ; risk: i h m l
"""
import json, os, sys

IND = dict(av="abuse_of_vulnerability", dec="deception", rm="restriction_of_movement",
           iso="isolation", psv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", is_="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", ced="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
SIG["is"] = SIG.pop("is_")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

DATA = []


def D(text, ind="", sig="", typ="", risk="l"):
    DATA.append((text.strip(), ind.split(), sig.split(), typ.split(), risk))

# ---- part 1 ----
D("""INT LOG 2/B/P. Hand car wash, Soho Rd B21. Approx 6 males working, all appear Romanian. Source states workers are picked up from an address in Handsworth at 0630 in a white Transit VRM unknown and not returned until after 2100. Source believes the workers are given £20 each at the end of the week and the rest "goes to Marius". No further info.""",
  "ww eo", "ced lh ncw", "L", "m")
D("""Shoplifting at Tesco Extra, Coventry Rd. Male detained by security with 3x bottles of spirits under his coat. Known to police, own addiction issues, no third party involvement disclosed. Charged and released.""")
D("""101 call. Caller reports a neighbour's dog barking all day every day at a flat on Lea Village. Caller wants the council to deal with it. Advised to contact environmental health. No further action.""")
D("""my nieghbour is being kept by them people next door shes only about 15 never goes school and theres men in and out all nite in diffrent cars. she looked at me like she wanted to say something then the older woman pulled her in. PLEASE do something its been weeks""",
  "av rm", "rmv", "S", "i")
D("""Salvation Army caseworker note. Client (M, 34, Slovak) says he came to Leicester in March after a man in his home town in Michalovce offered him factory work at £9 an hour and a room. On arrival he was told the room and the transport cost £80 a week each and that he owed £400 for the coach ticket. He worked at a food factory through an agency but his wages went into an account opened in his name, and the card was kept by the man's brother. Client says he received "maybe £30 a week, for cigarettes". He left after the brother hit him for asking about money. Client consents to NRM.""",
  "dec db ww psv", "ct ncw", "L", "h")
D("""Burglary dwelling, Tettenhall. Entry via rear patio door, jewellery and a laptop taken between 1300-1700 while occupants at work. SOCO attended, glove marks only. Door to door negative.""")
D("""Intelligence 1/A/P. Nominal Tyrone WALKER (DOB 03/02/1999) is running the "Dee" line from Birmingham into Shrewsbury. He uses local boys aged 14-16 from Kingstanding to run to Shropshire by train. One boy was told he owes £600 after being "robbed" of the drugs and must keep running until it is paid.""",
  "av db", "", "C", "h")
D("""GP note. Patient (F, 29, Polish) attended for contraception review. Works as a carer, lives with partner, says she is happy in her job. Discussed smear. Nil concerns.""")
D("""Victim debrief (via Vietnamese interpreter). He says that he paid the people in his village 20,000 USD which his parents borrowed from a lender. He was brought by lorry. In England he was taken to a house in Walsall where plants were growing in every room. He was not allowed to go outside; the door was locked from the outside and the windows were covered with black plastic. The men brought rice and noodles once a week. He slept on a mattress beside the lights. He was told his family would lose their land if he ran away.""",
  "av db rm iso it ac", "uf rmv is sw plc", "C", "h")
D("""Public report (online form): There is a nail salon on Foleshill Road and the girls look very young, like 16. They are there from 9am to 9pm seven days and they never speak, the man at the desk answers for them. I think they live upstairs because I saw washing hanging from the window above the shop.""",
  "av eo", "lh sfw sw", "L", "h")
D("""Domestic incident, Bilston. Verbal argument between husband and wife over money, no assault. Both spoken to separately, DASH standard risk. Wife has own bank account and works at the hospital. Advice given.""")
D("""GLAA inspection note. Labour provider supplying pickers to a packhouse near Evesham. Worker files checked: contracts in Bulgarian and English, wage slips show National Minimum Wage and holiday pay, workers hold their own ID, accommodation is a licensed HMO with 6 residents. Two minor paperwork breaches (missing key information documents). Advice given, no licence action.""")
D("""999 call 23:14. Female caller, whispering, broken English, says "they lock me, I want go home". Line cut. Call traced to mobile, cell site Hockley. Units deployed.""",
  "rm", "rmv", "", "i")
D("""Financial intelligence alert. Account held at a branch in Wolverhampton receives payroll from three different agencies for 11 different named employees, all with the same registered address (Dudley Rd HMO). Funds withdrawn same day at one ATM using 11 cards. Account holder Florin DUMITRU. Pattern consistent with control of workers' wages.""",
  "ww", "ncw mbc", "L", "m")
D("""Children's social care referral. Y9 pupil (14) at a Wednesfield academy has been missing from home three times in six weeks. Found last time in Stoke with £300 in cash and two phones. Mother reports he now has new trainers and a designer coat she didn't buy. He told his teacher he "has to go back up" or "they'll do his mum".""",
  "av it", "", "C", "h")
D("""Press summary: Three men jailed at Birmingham Crown Court for running a brothel network in flats across Digbeth and Edgbaston. Women from Romania were recruited with promises of cleaning jobs, then made to see up to ten men a day. Their earnings were taken and they were told they owed €3,000 each for travel.""",
  "dec ww db eo", "lh", "S", "h")
D("""Road traffic collision, A38 Aston Expressway. Two vehicles, minor injuries, both drivers provided details. Highways attended for debris.""")
D("""Officer handover. Welfare check at Flat 4, Chester St, Coventry, done at 2130. Resident (M, 72) fine, daughter present. He gets his pension paid to his daughter's account because he can't get to the bank; she buys his shopping and he agrees with this. No concerns.""")
D("""Caller to 101 states that a man in a takeaway on Narborough Road Leicester works every day from 11am until 2am and sleeps on a camp bed in the store room. Caller is his cousin. Says the owner keeps his passport "so he doesn't lose it" and hasn't paid him since Christmas, says he will get it all when he goes back to Bangladesh.""",
  "rd ww eo ac", "dt lh sw", "L", "h")
D("""INT 2/C/P. POI "Blaze" (no further details) said to be using a flat on Hillfields, Coventry, to store crack and heroin. Occupant is a vulnerable heroin user in his 50s who now lets the group use the flat in return for drugs. Occupant reportedly scared, has been slapped in front of others and has been sleeping in the hallway.""",
  "av psv", "", "C", "h")
D("""A&E note. M, approx 25, Eritrean, presented with a deep laceration to left forearm. Says he fell at work at a recycling plant. Accompanied by a man who answered all questions and gave a different address to the one patient gave. Patient very anxious, avoided eye contact, refused to speak without companion. No ID. Safeguarding lead informed.""",
  "", "pa sfw fa", "", "l")
D("""Theft of a catalytic converter from a Toyota Prius parked on Willenhall Lane overnight. No CCTV. Crime number issued for insurance.""")
D("""I worked at a car wash in Wolverhampton for nine months. They said I would be paid £50 each day. I was paid nothing, only food. The boss said he sends the money to my wife in Albania but she never got it. When I asked he showed me a photo of my house on his phone and said he knows my son's school.""",
  "dec ww it", "ncw", "L", "h")
D("""School safeguarding referral. Female pupil, 15, Year 11, seen getting into different cars with older males outside the school gates. Has a new iPhone and gifts. Told a friend that her "boyfriend" (22) takes her to parties in a hotel near Birmingham airport and makes her "be nice" to his friends. Friend says she has bruises on her wrists.""",
  "av psv", "pa", "S", "i")
D("""Complaint about an employer. Agency worker at a parcel warehouse in Daventry says his last payslip was short by 6 hours of overtime. Agency have agreed to look into it and pay it next week. He is otherwise happy and is looking for another job with better pay. Referred to ACAS helpline.""")
D("""Intelligence 2/B/C (do not disseminate to partners without OIC approval). Kosovan-Albanian OCG controlling a number of cannabis factories in rented houses across Walsall and West Bromwich. Gardeners are young Albanian males brought in via small boats who are told they have to pay back £15,000 each. They live in the grow houses and are moved every few weeks.""",
  "db ac", "sw", "C", "m")
D("""Neighbour dispute, Tile Hill. Complaint about a hedge blocking light. Both parties spoken to, advised it is a civil matter.""")
D("""Victim account. I am from Nigeria. A woman from my church in Benin City said she will take me to England to be a nanny and I can go to school. Before we left she took me to a shrine and they took my hair and nails and made me swear I would pay her back and never talk to police or I will go mad and die. In Birmingham she gave me to a man and I had to sleep with men in a flat. I owed 35,000 pounds. She kept my passport. I was 16.""",
  "av dec db it rd", "dt fa", "S", "h")
D("""Welfare check at a Hindu temple kitchen in Leicester after report of "workers living there". Attending officer found two volunteer cooks on a visit from Gujarat who stay in the guest rooms, hold their own passports and return tickets, and who are not paid because they are volunteers. They said they can leave any time and are visiting relatives next week. No concerns.""")
D("""Car wash Foleshill. 4 lads there 7 in the morning till 8 at night, dont think they get days off, sleeping in the portacabin at the back. Not saying anything bad but it looks off""",
  "eo ac", "lh sw", "L", "m")
D("""Council licensing inspection of a premises licence (restaurant, Balti Triangle). Two staff found working who could not show right-to-work documents. Both say they are paid weekly in cash, live with family in Sparkbrook, and started last month. Home Office referral made for illegal working. No exploitation indicators noted.""")
D("""INT 3/C/P: a male known as "Uncle Chen" places Chinese women in residential flats around Broad St and moves them every week. Adverts on an adult site with the same phone 07700 900412. Unconfirmed.""",
  "", "", "S", "h")
D("""Missing person, 16-year-old boy from a care home in Erdington. Found 2 days later in a flat in Telford with three older males, a quantity of wraps and a knife. Refused to say how he got there. Had a fresh bruise to his eye. Police protection used.""",
  "av psv", "pa", "C", "i")
D("""Debrief note, interpreter-assisted (Romanian). She says she came for work in a sandwich factory in Coventry found through a Facebook group. She paid £250 to the man who posted it "for the job and the room". The factory work was real and paid through payroll into her own account. The room had 9 people in a 3-bed house and she moved out after two weeks to her cousin's. She is now working at the same factory directly. She does not feel she was forced.""",
  "", "uf oc", "", "l")
D("""999. Male screaming for help from a shed on an allotment behind Aldridge Rd, says he has been chained there by the men he works for. Ambulance and police en route.""",
  "rm psv", "rmv", "L", "i")
D("""Case note, Migrant Help. Client (F, 41, Filipino) came with a diplomatic family as a housekeeper. Works from 6am until the children are asleep, around 11pm, no day off. Sleeps on the floor of the children's room. Employer holds her passport "for the embassy". Receives £100 per month sent to her sister in Manila. Not allowed to leave the house alone; when the family goes out she is locked in.""",
  "eo ac rd ww rm iso", "lh plc dt ncw rmv is", "D", "i")
D("""Arrest, Leicester city centre. Male, 19, in possession of 20 wraps of crack cocaine. In interview he said he deals for himself and no one tells him what to do. NRM considered and not made as no indicators.""")
D("""Anonymous. The builders on the new flats at Icknield Port are all Polish and the gaffer drives them in at 6 and they live in one house on Dudley Road like 15 of them, they pay him £90 a week each for it off their wages and the transport too. dont know if they get their money""",
  "ac", "ced oc ct", "L", "m")
D("""Probation note. Service user (M, 38) reports that since release from HMP Birmingham he has been staying with an old associate who gets him to sign for parcels and has taken his bank card and PIN "to look after". His Universal Credit goes into that account and he gets £30 a week from it.""",
  "av", "ncw", "C", "m")
D("""Public report: loud music from a house party in Earlsdon every Saturday, students. Please sort it.""")
D("""Intelligence 2/B/P. Brothel operating above a massage parlour on Hagley Road. Thai females, sometimes 4, working. Source states they never leave the premises, food is brought in, a male named only as "Tommy" drives them to a different city every 3 weeks. Adverts state 24/7.""",
  "rm eo", "rmv et lh sw", "S", "h")
D("""Midwife referral. Woman (22, Romanian) booked late at 30 weeks. Attended with her "husband's brother" who paid for her and spoke for her. She has no bank card and no phone of her own. When alone she said she wants to go home but they have her ID card and she owes money for the trip.""",
  "rd db iso", "sfw dt is", "", "h")
D("""INT: Indian restaurant, Rugby Road. Chefs sponsored on skilled worker visas, each paid £2,500 a month into their own accounts then told to withdraw £1,500 in cash and give it back to the owner. Threatened with having visa sponsorship withdrawn and being sent home if they complain.""",
  "ww it av", "fa", "L", "h")
D("""Fraud report. Elderly woman in Sutton Coldfield lost £4,000 to a caller posing as her bank. Action Fraud reference given. No links identified.""")
D("""Interview summary: Witness states she used to work in a hotel laundry in Bromsgrove. Pay was minimum wage, she had her own contract and days off, but the manager shouted a lot. She left for a better job. She says she never had her documents taken and nobody lived on site.""")
D("""He took my phone the first day. I didn't know where I was, he said Birmingham but I never saw the street name. I worked in the kitchen from morning till night. If I went to the toilet too long he hit me with the spoon.""",
  "iso eo psv", "is lh", "L", "h")
D("""Bank note: Customer (F, 63) came in with her grandson to withdraw £2,000. Appeared confused. Staff spoke to her alone; she said he is helping her buy a car and she is happy. Withdrawal processed, safeguarding note added.""")
D("""Children's services strategy meeting minute. Concerns that S (13) is being groomed by adults linked to a takeaway in Wolverhampton city centre. S is given free food, vapes and lifts, and has been taken to a flat where she was given vodka. She disclosed that one man "did stuff" to her while she was drunk.""",
  "av psv", "", "S", "i")
D("""OIC handover: OP HAWTHORN. Warrant executed at factory unit, Cheetham St, Leicester. 23 workers found sewing garments. Pay rates £3.50 an hour in cash. Fire exits blocked with stock, no heating. 7 workers living in the unit on mattresses. Two said the manager told them immigration would deport them if they spoke to police.""",
  "ww ac it", "sw plc fa", "L", "h")
D("""Street begging, New St station. Two Roma women with a baby. Spoken to; they say they are a family, live in a rented flat in Small Heath and keep what they collect. No indicators of a third party. Words of advice.""")
D("""Public report: there is a man who sleeps in the back of the garage on Cross St where he fixes the cars, he looks thin and dirty and his boss shouts at him all the time. I brought him a coffee and he said "no English, no go". Dont know if its anything""",
  "ac", "sw pa", "L", "m")
D("""Debrief extract. The agent in Kerala took 4 lakh rupees for a care worker visa. In the care home in Nuneaton the shifts were 14 hours and I did 6 nights in a row. They deducted "visa costs" from my pay every month, leaving me £200. The manager said if I left they would report me to the Home Office and I would be deported and my family would have to pay back the rest.""",
  "av db ww eo it", "uf lh fa", "L", "h")
D("""Theft from motor vehicle, Meriden car park. Sat nav taken.""")
D("""INT 2/B/P. Address on Lozells Rd, B19 is a cuckooed flat used as a base for the "Tommo" line. The tenant, a 45-year-old woman with learning difficulties, has been told she will be "stabbed up" if she calls the council. She has not been seen outside since last week.""",
  "av it rm", "rmv", "C", "i")
D("""Caller reports that her ex-partner keeps sending abusive messages to her new phone. Harassment recorded, ex-partner to be interviewed. No other concerns.""")
D("""Crimestoppers (anonymous): Eastern European men are living in caravans on a farm near Market Bosworth. Farmer charges them £70 a week for the caravan, there is no running water or toilet. Men work in the fields from first light. Some have been there since spring and have never been paid, farmer says he'll pay at the end of the season.""",
  "ac ww eo", "plc lh", "L", "h")
D("""Immigration enforcement visit, nail bar, Stratford Rd. 3 staff, all Vietnamese. Two with lawful status, one overstayer. All have own phones, own accounts, live in the city with family. Owner pays above minimum wage and has payslips. Overstayer arrested for immigration offences; no trafficking indicators.""")
D("""Border Force, Birmingham Airport. Female passenger (19, Albanian) arriving from Tirana with a male (30) who held both passports and her boarding card. She said she was coming to marry him and work in his uncle's restaurant but did not know his surname. Both spoken to separately. Referred to NRM as potential victim.""",
  "rd", "dt sfw", "", "m")
D("""Op summary: 8 males in a three-bedroom house in Chapelfields, Coventry, all employed by the same labour gang at a meat plant. Rent of £100 a week each taken from wages by the gangmaster. Bus to work is £10 per day, also deducted. Mould, broken windows, one toilet.""",
  "ac", "oc plc ct", "L", "m")
D("""Witness statement (extract). I am the manager of a hand car wash in Kettering. All my staff are on the payroll, paid weekly into their own accounts. They live where they choose. We had a GLAA visit in June and passed. I'm making this statement because a customer wrote on Facebook that we use slaves and it has hurt the business.""")
D("""Victim account (Sudanese man, via Arabic interpreter). He says the men in Calais took him across and said his debt for the crossing was £5,000. In Coventry he was made to sell cannabis in the park. They took the money he made each night. When he said he wanted to stop, they put a knife to his neck.""",
  "db ww psv it", "", "C", "h")
D("""Intelligence 2/B/P: Romanian females being placed in "sugar daddy" and escort adverts from a flat on Ladywood Middleway. They are driven to hotels by a male in a black BMW VRM FV19 XKD and collected afterwards. Cash collected by him.""",
  "ww", "et ncw", "S", "h")
D("""Hospital social worker note. Patient in renal unit, male, 52, on dialysis for 3 years. Family in Pakistan have offered a relative as a living donor. Transplant team following standard donor assessment including independent assessor. No concerns regarding coercion or payment.""")
D("""INT 3/D/P (unverified). Claim on social media that a clinic in Birmingham is buying kidneys from poor migrants for £10,000. No details of the clinic given. Attempts to identify poster ongoing.""")
D("""NRM referral narrative. Potential victim (M, 27, Eritrean) says he was told in Libya that he would be given work on arrival in the UK to pay for his crossing. On arrival in Birmingham he was taken to a flat and a doctor examined him and took blood. He was told he would have to give a kidney to clear his debt. He escaped before any operation took place and went to a church.""",
  "db dec it", "", "O", "h")
D("""hey i work at the chicken shop on the high st Tipton, the owner brings two guys from somewhere every morning, they dont get paid they just get food and a mattress at his house. the one guy cried to me cos he has no passport the boss has it""",
  "ww rd", "dt et", "L", "m")
D("""Anti-social behaviour: youths throwing stones at buses in Chelmsley Wood. Area patrols increased.""")
D("""Caseworker note (Medaille Trust). Client (F, 31, Hungarian) met a man online who said he loved her and found her a room in Leicester. After two weeks he told her she owed rent and must "do massage" for his friends. She was raped by one of the "clients" and the man filmed it. He said he'd send the video to her mother. She escaped via a neighbour.""",
  "dec psv it db", "", "S", "h")
D("""Stop check, M6 services. Van with 9 Polish men heading to a warehouse in Coventry. All had own ID and phones, employed through a GLAA-licensed agency. Driver is a fellow worker who shares fuel costs. No concerns.""")
D("""INT 2/B/P. An elderly British man with a learning disability living in a caravan on a site near Rugeley is being made to lay tarmac for a family on the site. Seen working on driveways. Source states he is paid in tobacco and beer, his benefits are collected by the family and he is not allowed to leave the site alone.""",
  "av ww rm", "ncw rmv", "L", "h")
D("""Officer note: Attended a disturbance at an HMO on Moor St, Wolverhampton. Two tenants fighting over a shared fridge. Both arrested for affray. Landlord attended, 5 residents, all with own tenancy agreements. Nothing further.""")
D("""Online report: a young lad about 13 selling weed outside the Co-op on Tamworth Rd every night till late, theres older men in a grey Audi watching him and they give him the stuff. he's there in school hours too""",
  "av", "", "C", "h")
D("""Debrief, Vietnamese female, 17. She says she was brought to the UK to work in a nail bar in Leicester. She worked 12 hours a day and lived with the owner's family, cleaning and cooking for them after her shift. She was given no money because the owner said she owed for her travel. She was told not to speak to customers.""",
  "av eo ww db iso", "lh is", "L D", "h")
D("""Criminal damage, bus shelter, Wolverhampton Rd. Glass smashed. CCTV requested.""")
D("""Licensing visit, Thai massage, Earlsdon. Therapists hold their own visas and passports, employment contracts, and go home to their own flats after work. Premises clean, no beds in back rooms. Advised on signage only.""")
D("""Intelligence 2/C/P. Indian national males working at a sweet factory on Belgrave Road, Leicester. They are said to sleep in the basement under the factory floor, work from 6am to 10pm, and be paid "when orders are delivered" which source says is rarely.""",
  "ac eo ww", "sw lh", "L", "h")
D("""Caller states a man at the bus stop on Coventry Rd is asking for money and being aggressive. Officers attended, male moved on. No other issues.""")
D("""A social worker in Sandwell raised that an 11-year-old boy from a Slovak family is being kept home from school to beg outside the Merry Hill centre with his uncle. The uncle takes all the money. When approached the boy said his uncle would beat him if he came home with less than £40.""",
  "av it ww", "", "C", "h")
D("""My husband's mother makes me do all the work in the house from 5 in the morning. I am not allowed to phone my parents in Pakistan. They keep my passport and my spouse visa papers. I have not left the house alone for a year. My husband hits me when I complain.""",
  "eo iso rd rm psv", "lh is dt rmv", "D", "h")
D("""INT 1/B/P. "Eastside" OCG laundering through a network of car washes in Birmingham, Coventry and Leicester. Washes are cash-only, staff turnover rapid. Source states staff at the Leicester site are brought from Kurdish areas of Iraq and are told they owe the boss for the lorry journey, which is deducted from wages "until it's paid" but the amount keeps going up.""",
  "db ww", "", "L", "m")
D("""Fire service referral. Fire at a takeaway in Hinckley. Crews found a locked room at the back with three mattresses, a camping stove and clothes. Owner said staff sometimes "rest there". No persons found. Referred for intelligence.""",
  "", "sw plc", "", "l")
D("""Counter-fraud: 14 Universal Credit claims made in the names of Bulgarian nationals, all with the same landlord's address and the same mobile number. Claimants interviewed say they never applied; a man called Krasimir took their passports "to get them NI numbers" and did not return them.""",
  "rd", "dt", "C", "m")
D("""The truth is I was not paid well, £7 per hour, which is below minimum wage, but the boss gave me my money every Friday and I could leave when I wanted. I now know my rights and I reported him to HMRC.""")
D("""Intel 2/B/P. Ukrainian females living at a "hostel" in Digbeth arranged by a man posing as a charity volunteer. He took their phones "for security" and told them they could only go out with him. Two women have since been moved to flats and are now advertised on AdultWork.""",
  "av dec iso rm", "is rmv et", "S", "h")
D("""Pupil (16) told the school nurse her dad's friend pays for her phone and she "owes him", and that she has to go to his friend's flat on Fridays. She cried and said she doesn't want to. She is scared of him.""",
  "av db", "", "S", "h")
D("""Report of a missing bicycle from outside Leicester Royal Infirmary. CCTV negative.""")
D("""Public report. Sheds at the back of a house in Oldbury have people living in them, there is 6 sheds with men in them who get picked up in a minibus at 5am. The landlord owns a scrap yard and they work there. No toilets, they use a bucket.""",
  "ac", "plc ced", "L", "m")
D("""Witness: "I saw the man slap the girl in the face in the car park behind the Nightingale club and push her into a Mercedes. She was crying." Enquiries ongoing to identify both. No other info.""")
D("""INT 2/B/C. A male called "Slim" recruits homeless men from St Martin's church in Birmingham for roofing work in Worcestershire. They are housed in a caravan, paid £10 a day, and beaten if they try to leave. One was found on the M5 hard shoulder with a broken arm.""",
  "av psv ww ac it", "pa", "L", "h")
D("""Debrief: Albanian male, 20. He says a friend said there was construction work in London for £100 a day. He was taken from Dover to a house in Coventry and told he had to water plants. The door was locked and he was given a phone with only one number in it. He was told the police would put him in prison if they found him.""",
  "dec rm iso it", "rmv is fa", "C", "h")
D("""Tenancy dispute. Tenant in Leamington withholding rent over landlord's failure to fix boiler. Civil matter. Advice given.""")
D("""Safeguarding adults referral from a care agency: client's carer (F, 27, Zimbabwean, on a sponsored visa) reports that the agency owner holds all the carers' passports in his office, charges them £1,200 for "training", and docks £150 a week for "accommodation" in a shared house with 10 women. She often works 70 hours a week.""",
  "rd ac eo", "dt uf oc lh", "L", "h")
D("""Call summary: Woman states that her son (17) is being used by a gang to move drugs from Coventry to Rugby and is too scared to stop because they "took his phone and smashed his knees". Son is at home now. Referral made.""",
  "av psv it", "", "C", "h")
D("""Hotel manager (Birmingham NEC area) reports that a man books the same room every weekend and different young women go in and out. Staff concerned. On checking, the man is a photographer running model shoots with signed consent forms; models are adults, agency-represented and paid. No further action.""")
D("""INT 2/B/P. Vietnamese male seen working in a Wolverhampton nail bar; lives on a mattress in the back, has no phone, and is escorted to and from the shop by the owner's son. Source states he was charged £18,000 to come to the UK.""",
  "ac iso rm db", "sw is et uf rmv", "L", "h")
D("""Concern raised by a mosque imam, Sparkhill: a young woman (19) is being forced by her family to marry a cousin in Pakistan; her passport has been taken by her father and she is not allowed to leave the house. Forced Marriage Unit contacted.""",
  "rd rm", "dt rmv", "", "m")
D("""Warehouse agency, Magna Park Lutterworth. Worker raised that his night shift is 12 hours four nights a week. He said it is legal, he chose it and gets paid extra. No concerns.""")
D("""Grooming concern. Girl, 14, in foster care in Leicester. Goes missing for days, returns with hotel key cards and a new phone. Police found her in a hotel in Derby with a 34-year-old man who had given her cocaine. Unable to say how many men she was introduced to.""",
  "av", "", "S", "i")
D("""Criminal damage to a car in Handsworth Wood, wing mirror kicked off. Suspect identified on doorbell camera, a neighbour's son. Community resolution.""")
D("""Public report: that pop-up brothel is back on Belgrave Gate, flat above the phone shop. Different women every week, men queueing on the stairs, a guy stands at the bottom taking money. One of the girls had a black eye last night.""",
  "", "pa ncw", "S", "h")
D("""Interpreter's note: she explains that she came from Bucharest with her boyfriend. He said they would work together in a bakery in Birmingham. Instead he put her on a website and she had to see men. All the money went to him. She says he is not a bad man, he is only saving for their house. She does not want to go to police.""",
  "dec ww", "ncw fa", "S", "h")
D("""INT 2/B/P. Teenage Romanian boys (approx 15) are being dropped off at shopping centres in Coventry and Nuneaton to steal to order. Collected by an adult male in a people carrier. Each boy given a list of items. Boys housed together in a flat in Radford.""",
  "av", "et", "C", "h")
# ---- part 2 ----
D("""Shoplifting, Primark Bull Ring, female 40s, clothing worth £120. Admitted.""")
D("""Pedal cycle stolen from Coventry station racks.""")
D("""3 lads kept in the back of the car wash on Dudley Rd, boss locks the gate at night""",
  "rm", "rmv sw", "L", "i")
D("""Drunk male refusing to leave the Wetherspoons, Wolverhampton. Removed, no arrest.""")
D("""She says they took her phone and she doesn't know the name of the town.""",
  "iso", "is", "", "m")
D("""Girl aged 12 in a car with two men outside the Leicester Forest East services now, she looks scared, reg starts BV""",
  "av", "", "S", "i")
D("""INT 2/B/P: workers at the Netherton packing plant charged £45 for boots and hi-vis out of first wage.""",
  "", "ppe", "", "l")
D("""Noise complaint, Stoke Aldermoor. Music turned down on police arrival.""")
D("""Report of a suspicious car parked outside a primary school in Perry Barr. Owner traced, a parent waiting. NFA.""")
D("""Found a passport on the bus, Polish lady, handed in at Steelhouse Lane.""")
D("""Male, 16, arrested in Hereford with 30 wraps, home address Birmingham, says "the older ones sent me".""",
  "av", "", "C", "h")
D("""Debrief (F, 23, Chinese, through Mandarin interpreter).

She explains that in Fujian she answered an online advert for restaurant work in England, with pay of £2,000 a month and a place to live. A woman she calls "Auntie Li" arranged the visa and the flights and told her the fee was £25,000, to be paid from her wages.

When she arrived at Heathrow she was met by a man who took her passport "to register her" and drove her straight to a flat in Birmingham city centre. There was no restaurant. There were two other women in the flat. Auntie Li told her she had to sell sex to pay the fee, and that the police in England would arrest and deport her if she went to them because she was now illegal.

She was moved to a flat in Coventry and then to one in Leicester, about every ten days. Adverts with her photograph were put online. The men paid the driver. She was given £20 for food. She was not allowed out except to the shop downstairs with the driver. She said one client raped her and when she told Auntie Li she was told it was her job.

She left when a customer called police for her. She says she is frightened for her mother in Fuzhou because Auntie Li has her mother's address.""",
  "dec db rd it rm ww psv", "dt fa rmv et ncw", "S", "h")
D("""Public report (Crimestoppers web form, text as received):
theres a house on Tudor Rd Leicester with a load of men livin there i count 12 going in at nite, they get in a red van in the morning really early like 5 and come back when its dark, one of the men looks realy ill and skinny he was limping. the windows are all boarded and the bins overflow. the landlord comes on a friday and they all give him money i seen it through the window. they dont speak english. someone should check on them i think there being used""",
  "ac", "oc ced pa plc", "L", "m")
D("""Intelligence log 1/B/P

Subject: Nomination of ADEBAYO, Grace (DOB 11/07/1978), believed to run a domestic worker placement "service" from an address in Moseley, B13.

INT suggests ADEBAYO recruits young women from Lagos and Ibadan on promises of nanny jobs with "good British families" and school places. On arrival the women are placed in private homes in Birmingham and Solihull where they cook, clean and look after children from early morning until late. Families pay ADEBAYO a monthly fee and the women receive nothing directly; ADEBAYO says she "saves it for them".

Source (reliable) states one of the women, approx 17, is currently in a house in Shirley and has not been outside the house for several weeks, sleeps in the kitchen and was slapped by the mother of the house for breaking a glass.

Actions: safeguarding referral, joint visit with children's services.""",
  "av dec ww eo rm psv ac", "lh ncw rmv sw", "D", "i")
D("""Witness statement of a customer (extract):

I go to the hand car wash on Walsall Road about twice a month. It's always the same four or five lads. On Sunday I noticed one of them had no gloves and his hands were all cracked and bleeding from the chemicals. I asked him where his gloves were and he said the boss makes them pay £10 for a pair and he had no money left this week. Another lad said they work "all days, all days" and pointed to a caravan at the back where they sleep.

I'm not sure what's going on but it didn't feel right so I'm reporting it.""",
  "ac eo", "ppe pa lh sw", "L", "m")
D("""OIC handover note - Op Lantern, day 3.

1. Interviews of the three arrested males (PATEL, KHAN, SHAH) complete. All no comment. Bailed.
2. The seven workers from the textile unit on Bell Lane are in the reception centre. Four have accepted NRM referral. Three declined and returned to their own addresses in Leicester; those three have their own passports, were paid by bank transfer and say they only worked there part-time. Duty to Notify completed for none of those three as no indicators were disclosed.
3. Of the four: two say their passports were taken by the manager "for the wages system" and never returned; all four slept in the upstairs store room among the fabric; all say they were paid £2 or £3 an hour in cash, and one (Indian, 60s, poor English) says he was not paid at all for six months because he "owed for the visa".
4. Medical: one has an untreated hand injury from a sewing machine.
5. Outstanding: HMRC on the wages, financial investigator on the owner's accounts.""",
  "rd ac ww db av", "dt sw pa", "L", "h")
D("""Probation officer note: Service user says he "used to be forced" to sell drugs when he was 15 but is now 24 and deals of his own choice. He has no current controller. Discussed exit options.""")
D("""Call 101 at 0112. Caller is a taxi driver. Says he has just dropped a young girl in school uniform with a man in his 40s at the Premier Inn near Wolverhampton station. Man paid, girl looked drunk. Caller worried. Officers attending.""",
  "av", "", "S", "i")
D("""Safeguarding referral from a GP surgery, Foleshill:

Female patient, 35, Indian national, came to the surgery with the woman she works for, who said she was "family". Patient presented with burns to both hands. She said she burnt herself cooking. In the consultation room, through a telephone interpreter, she said she came on a visitor visa 3 years ago to look after the family's elderly father and the children. She is not paid; the family sends "some money" to her husband in Punjab but she doesn't know how much. She gets up at 5 to make breakfast and goes to bed after midnight. She has never been to the city centre. The woman has her passport. She sleeps on a mattress in the utility room. She begged the GP not to tell the family what she said. The visa has long expired and she is frightened of being arrested.

Plan: adult safeguarding, police informed, follow up by phone on the number the patient gave, which she said belongs to a neighbour.""",
  "av ww eo rd ac iso", "pa lh dt plc ncw fa is", "D", "h")
D("""A fight at closing time outside Pryzm, Broad St. One male with a broken nose. Suspect arrested for GBH.""")
D("""Vehicle stopped on the M69: Ford Transit VRM BD64 HLN, 11 males in the back (seats for 3), driver a Lithuanian national. All going to a vegetable farm in Lincolnshire via an agency in Leicester. Workers said £15 each is taken off their pay every day for the van. Driver also holds all their bank cards "so nobody loses them".""",
  "ww", "ct ncw mbc et", "L", "m")
D("""Victim account (as written by victim, Polish, translated):
I meet a man Kamil at the bus station in Gdansk. He say work in England, factory, good money, house. I go because I have no work and I drink too much. In Leicester he take my ID card and open account with bank and take the card. I work in a factory for chickens, every day 12 hour. Every week he give me 20 pound and vodka. I sleep in a house with many men, 4 in one room. When I say I go home he say I owe him for the bus and the house, 1,500 pound. One time he punch me in face because I speak to the police car.""",
  "av dec rd ww eo db psv ac", "dt ncw lh oc", "L", "h")
D("""INT 3/C/P. Rumour in the Sikh community in Smethwick that a man is "selling" girls from India as brides. No names, no addresses. Not corroborated.""")
D("""Council environmental health inspection, takeaway, Holbrook Lane. Food hygiene issues (pest activity, no hand washing sink). Staff all on payroll, live off site. Improvement notice served.""")
D("""I am a Romanian man, 44 years. I came to work in the warehouse in Coventry with an agency, it is good job, the pay is correct every week and I live with my brother in a flat we rent ourselves. I write because I want to say that not every Romanian is a victim, the police came and asked us many questions.""")
D("""Info from Unseen helpline: caller (M, Kurdish) says he works at a barbers in Walsall for 6 days, 9am to 9pm, and gets £200 a week. He thinks it's unfair but he is free and has his own passport and lives with friends. Advised on minimum wage and ACAS. No exploitation.""")
D("""Debrief, female 30, Albanian. "He was my boyfriend, we came to England to start a new life. In Birmingham he said we had no money, I must work for a while with men. I said no, he hit me, many times. He kept my passport and said if I ran away he would tell my family in Shkodër I was a whore and they would kill me.""",
  "dec psv rd it", "dt", "S", "h")
D("""Licensing visit to a nail bar, Coventry Rd, Small Heath. One worker (M, 17, Vietnamese) found. Says he lives "upstairs" and his uncle brought him from Hanoi. No school, no GP registration, no phone. The owner said the boy is his nephew visiting. Children's services called; boy taken into police protection.""",
  "av iso", "sw is", "L", "i")
D("""Stalking report. Woman in Lichfield being followed by ex-boyfriend, has a non-molestation order. Breach recorded.""")
D("""Social media post shared with police (Facebook, Leicester community group):
"ANYONE ELSE NOTICED THE YOUNG LADS ON BIKES RIDING ROUND BRAUNSTONE AT 2AM WITH BAGS??? THEY CANT BE MORE THAN 12 OR 13. THERES A MAN IN A MERC WHO GIVES THEM THE BAGS AND HES SHOUTING AT THEM AND THREATENING THEM. WHERE ARE THE PARENTS. WHERE ARE THE POLICE"
""",
  "av it", "", "C", "h")
D("""Safeguarding note, Walsall Manor A&E. Patient (F, 19, Romanian) attended with abdominal pain, found to be pregnant. Said she "works in massage". Two phones went off constantly during triage; she said her "boss" needs her back tonight and would be angry. She had bruising to her upper arms. Declined referral. Police informed with consent for Duty to Notify (anonymous).""",
  "", "pa", "S", "h")
D("""Assault, Coventry University campus. Two students argued over a parking space; one pushed the other. Words of advice.""")
D("""Witness (manager at a recruitment agency, Leicester): "A man turned up with four workers and insisted on filling in their forms for them. He gave his own phone number and bank details for all four. I refused to register them and reported it." Intel submitted.""",
  "", "sfw ncw", "", "l")
D("""Intelligence 2/B/P. BALOG, Zoltan (DOB 19/05/1982). Houses Hungarian workers in two properties on Hartington Rd, Coventry, and places them with a food packing agency. Workers are charged a £300 "joining fee" and £30 for protective clothing. Workers' pay is paid into accounts in their names but BALOG keeps the cards and gives them £50 a week. One worker told colleagues that his debt to BALOG is "bigger than when I came".""",
  "ww db", "uf ppe ncw", "L", "m")
D("""Child Sexual Exploitation risk assessment, Wolverhampton MASH.
Subject: K, female, 15.
K has been reported missing 9 times this year. She has been seen with adults linked to a house on Whitmore Reans known for parties. K has disclosed to her youth worker that she "has to" go to the house when texted, or the men will post photos of her. She has been given cannabis and alcohol. She says a man (mid-20s) has had sex with her. K's mother says K comes home in the early hours and sleeps all day.
Risk level: HIGH. Police CSE team informed; strategy meeting convened.""",
  "av it psv", "", "S", "h")
D("""Theft from a shop, Wilko, Cannock. Two females stole cosmetics. Identified on CCTV, local sisters. Community resolution.""")
D("""INT 2/B/P. The Hope Street brothel (Leicester) has moved to a flat above a vape shop on Narborough Rd. The women are Brazilian and Spanish, working independently and sharing rent. Source says they keep their own earnings and come and go freely. No controller identified. Recorded for awareness only.""",
  "", "", "", "l")
D("""Text from a 14-year-old boy to ChildLine, shared under safeguarding: "they said i owe them 2 grand cos the police took the stuff off me. i have to keep going to worcester til its paid off or they said theyll burn my mums house down". Location Birmingham.""",
  "av db it", "", "C", "h")
D("""Debrief summary (Sudanese male, 22, Arabic interpreter). He was approached outside a hostel in Coventry by a man who offered cash-in-hand work. He was taken to a house and given a room with three other men. He was told to sign Universal Credit and bank forms; the man kept the bank card and the letters. He was made to collect parcels of cash from people and take them to a shop in Sparkbrook. He was given £10 a day. He left when he found out the money was from fraud.""",
  "av ww", "ncw", "C", "m")
D("""Public report (online): a woman at my work (packhouse, Pershore) is always picked up and dropped off by the same man, he waits outside, he has her phone, she has to hand him her wage slip and she never has money for lunch. she told me he is her husband but she looked scared saying it""",
  "iso ww", "et ncw is", "L", "m")
D("""Incident log: domestic abuse, Castle Bromwich. Husband assaulted wife, wife has visible injuries. Husband arrested. Wife works as a teacher, has her own money and access to her car. DASH high risk, IDVA referral.""")
D("""Border Force note (Birmingham Airport, arrivals from Dubai). Female passenger, 24, Filipino, travelling with a Qatari family as a domestic worker (Overseas Domestic Worker visa). Interviewed alone: she holds her own passport, has a written contract, is paid monthly to her own account, and has a phone. Given the ODW leaflet on her rights and the helpline number. No concerns.""")
D("""Statement of witness (neighbour), Highfields Leicester:
"Since the family at number 41 came back from Bangladesh in the summer there has been a girl living there, about 16. She is always in the garden hanging washing or sweeping. She doesn't go to school. I have never seen her go out of the front door. Once I heard the woman screaming at her and then a bang, and the girl crying. When I said hello to her over the fence she ran inside."
""",
  "av rm", "rmv", "D", "h")
D("""Financial alert (bank to police, SAR). Seven accounts opened at branches in Walsall and Wednesbury within two weeks, all by young Romanian men accompanied by the same older man who did the talking. Accounts now receive wages from a poultry processor and are accessed from one device. Cash withdrawals at one ATM in Darlaston. Possible labour exploitation.""",
  "ww", "sfw ncw mbc", "L", "m")
D("""Cannabis factory found, Wednesbury. 400 plants. Nobody present. Electricity bypassed.""")
D("""Intel: LEICESTER. Kurdish male "Rebwar" runs two hand car washes. Workers sleep in shipping containers on site, no heating, one toilet between 10. They are charged £50 a week each for this.""",
  "ac", "sw plc oc", "L", "m")
D("""Hi. I'm writing on behalf of my friend because her English isn't good. She was brought here from Ghana to work in a care home in Stoke but the care home didn't exist, the "agent" just took her £8,000 and disappeared. She is now homeless in Wolverhampton. She wasn't forced to work for anyone but she has lost everything and her sponsorship is invalid.""",
  "dec", "uf", "", "m")
D("""Officer note, Op Aidant (Nuneaton): 6 car washes visited. 5 compliant (staff on payroll, living independently, no signs). 1 at Bedworth Rd: 3 workers with no PPE in freezing conditions, owner answered all questions for them, workers said they sleep "in the office". Workers' phones were in the owner's car. Two accepted help.""",
  "ac iso", "sfw sw is", "L", "m")
D("""Caller's husband has not returned home from his shift. Located later at a friend's house, safe and well.""")
D("""Case note, Salvation Army. He says he is a British man, 51, with alcohol dependency. A couple picked him up outside a soup kitchen in Leicester and said he could live with them if he did "a bit of work". He did landscaping and block paving for them for 4 years, 6 days a week. They collected his benefits. He slept in a shed in their garden with no heating. He was given cider, tobacco and food. He was told he would be "back on the streets with nothing" if he left, and once they set the dog on him.""",
  "av ww eo ac it psv", "ncw lh plc", "L", "h")
D("""INT 2/B/P. A transplant surgeon at a Midlands hospital has raised concern about a patient returning from a private clinic in Pakistan with a new kidney. Patient says he paid $30,000 and the donor was "a poor man who wanted the money". Referred to HTA and NCA.""",
  "av", "", "O", "m")
D("""ASB complaint about moped riders on Sutton Park. Patrols increased.""")
D("""Public report: there is a young couple (Romanian) outside Asda in Bletchley, the woman sits with a cup all day in the cold, the man takes the money off her every hour and then someone else picks them both up in a car at 7. she has bruises on her face""",
  "ww", "pa et ncw", "C", "m")
D("""Witness statement (woman, 29, Slovak) — extract.

"I came to Wolverhampton with my sister and our boyfriends. We all found jobs ourselves at a meat factory through an agency that paid us properly. The police asked me whether anybody took our passports. No, I have mine. Nobody forced us. I am only a witness because a man from the agency office was selling fake ID documents to some of the other workers; I saw him do it."
""")
D("""Safeguarding referral, school in Aston. Boy, 15, has been seen in a taxi to Rhyl and back in a day twice in the past fortnight. He says he is "visiting friends". He has new clothes, a Rolex (fake), and is falling asleep in class. His mother found a text: "if u dont turn up tmrw ur finished".""",
  "av it", "", "C", "h")
D("""Fraud: Report of a phishing email to a university account. Advice given.""")
D("""Intelligence 2/B/P. An Eritrean man in his 30s with a mental health condition is living in a room at the back of a shop in Foleshill. He works in the shop all day, cleaning and stacking, and isn't paid. Shopkeeper says he is "helping him out".""",
  "av ww", "sw", "L", "m")
D("""Victim debrief, Vietnamese boy, 16 (age disputed). Through interpreter: he says he was brought to the UK in a lorry. The people who brought him said his family owes $30,000. He was taken to a nail shop in Leicester in the day to learn nails and to a house with plants at night to water them. He was given one meal a day and slept on the floor. He was hit with a metal bar when plants died. He was told if he ran away his parents would be killed.""",
  "av db eo ac psv it", "plc lh", "L C", "h")
D("""Call summary: 999 — Man reports his workmate fell from scaffolding at a site in Leamington. Ambulance attended. HSE informed. Worker employed directly by the builder, all paperwork in order. Industrial accident only.""")
D("""INT 3/C/P: claim that a Polish gang "owns" everyone living at 17 Stanley Rd, Nuneaton. No detail given.""")
D("""Helpline referral: Indian male, 26, says he paid an agent in Hyderabad £12,000 for a job at a restaurant in Coventry. On arrival the owner said there was no job, but he could work for food and a bed until "the papers are sorted". He has worked 14-hour days for 8 months and has been paid £300 in total. The owner holds his passport and BRP.""",
  "dec ww eo rd av", "uf lh dt", "L", "h")
D("""Officer observation: Walsall town centre. Male begging by the Arboretum, says he is homeless and collects for himself, hostel place booked. Signposted.""")
D("""Interpreter's account (Amharic). She said she came to the UK as a housemaid with a family from Saudi Arabia who were staying in a flat in Birmingham for medical treatment. She worked from 6 in the morning to 2 at night. They did not give her food, only what was left. She was not allowed to go out. Madam took her passport at Jeddah airport. She escaped by running out when the door was left open and asked a man at the bus stop for help.""",
  "eo ac rm rd", "lh rmv dt", "D", "h")
D("""Two men arrested for theft of lead from a church roof, Kenilworth. Both local.""")
D("""Business tip-off: "Our supplier's factory in Leicester is on the news for underpayment, we audited them and found workers paid below minimum wage. Workers had their own bank accounts, contracts and ID. We have stopped orders." Info noted for GLAA.""")
D("""INT 2/A/P. Source directly witnessed "Kaz" (Kazim, surname unknown) beat a teenage boy with a belt in a flat on Alum Rock Rd because the boy lost a phone containing a county line. Boy (approx 15) is now being kept at the flat and not allowed home.""",
  "av psv rm", "rmv", "C", "i")
D("""Missing from home, 13-year-old girl, Sandwell. Returned next day, spent night with a friend. No CSE concerns raised by return interview.""")
D("""Public report: the farm shop on the A5 near Atherstone has girls working the fields that live in containers, 6 to a container, I've seen them being shouted at and one was kicked by the foreman. they start at 5am and are still out at 9pm""",
  "ac psv eo", "oc lh ced", "L", "h")
D("""Report from a housing officer (Coventry City Council): HMO inspection on Holyhead Road found 16 people in a five-bedroom house, three to a room, mattresses in the kitchen and lounge. All tenants pay £60 a week to "Marek" who collects on Fridays in cash. Tenants work at a warehouse through an agency and say Marek got them the jobs. One tenant said Marek keeps their passports "because the landlord needs them".""",
  "ac rd", "oc dt plc", "L", "m")
D("""NRM narrative (first responder: local authority). Child, 16, British, from Stoke-on-Trent. He was groomed online by a man who offered him a "job" earning £500 a week. He was taken to a trap house in Wolverhampton and made to sell crack. He was kept there for a week; they took his phone and his shoes so he could not leave. He was punched when he asked to go home.""",
  "av dec iso rm psv", "is rmv", "C", "h")
D("""Housing complaint: mould in a council flat in Blakenhall. Repairs scheduled.""")
D("""Organ trafficking intelligence 2/C/P. A Facebook group in Romanian offers "donors" £7,000 to travel to Turkey and sell a kidney; a Leicester phone number is listed for the UK recruiter. Two men from Leicester are believed to have travelled last month and one has returned unwell. Enquiries with NCA.""",
  "av", "pa", "O", "h")
D("""Statement by worker at a packhouse (Vale of Evesham), translated from Bulgarian: "The gangmaster told us in Bulgaria that it would be £400 a week and a nice house. In England the house was a caravan with 8 people, and after rent, transport, and the 'fee' we got maybe £50. When I complained he said he knows people in my village." """,
  "dec ww ac it", "oc ct", "L", "h")
D("""Caller reports a man being chased by another man with a bat on Stoney Stanton Rd. Both gone on arrival. Area search negative.""")
D("""A&E, Queen Elizabeth Hospital. Female, 26, British, drug user, attended with an abscess. Mentioned she is "paying off" a dealer by letting him and his friends use her flat to deal. Says she "can't say no" and they've taken her key. Safeguarding adult referral.""",
  "av db", "", "C", "m")
D("""Intelligence 2/B/P. At a cash-only Chinese restaurant in Wolverhampton (Lichfield St), kitchen staff sleep in a room above the kitchen, are not allowed to leave except with the owner, and have no phones. Source believes at least one is under 18.""",
  "rm iso av", "sw rmv is", "L", "h")
D("""Council licensing: a pop-up tattoo studio without a licence in Digbeth. Owner advised. No other issues.""")
D("""Debrief (M, 35, Romanian, via interpreter). He says he came for construction work arranged by a man in his village. He was housed in a house in Rowley Regis with 10 men and worked on building sites across the Midlands. He was paid every Friday, the full amount, into his own account, and he could leave; he left after 3 months because the work was too hard. He is giving information about a different man, who he says takes passports from workers at another house.""")
D("""Police observation. Sex worker in Balsall Heath on the street, 40s, British, well known to outreach, says she works for herself to fund her habit. Signposted to Anawim.""")
D("""Caseworker (BAWSO-style) note: Client, 23, from Pakistan, married in Pakistan and brought to Walsall. Husband's family make her cook and clean for eleven people. She is beaten by her mother-in-law with a rolling pin. She has never been given any money and she is not allowed to contact her family. Her passport is in her husband's cupboard, which is locked.""",
  "psv iso rd ww", "is dt", "D", "h")
D("""Intel (1/B/P): HAYES, Connor (DOB 21/12/2000) uses a 15-year-old girl from Tamworth to carry drugs internally on trains to Aberystwyth. HAYES has threatened to stab her brother if she stops.""",
  "av it", "", "C", "h")
D("""Sighting: three men aged 20s living in the ground floor flat on Soho Hill, they are carried to work in a van every morning, they don't have keys, the van driver locks them in every night.""",
  "rm", "rmv et", "L", "i")
D("""Theft of a phone from a student on the 50 bus. Suspect identified.""")
D("""INT 2/C/P. An adult website advert for "new young girl, just arrived" with a Coventry postcode. Photos show a female who appears under 18. Same phone number linked to previous CSE investigation. Urgent.""",
  "av", "", "S", "i")
D("""Note from school nurse: pupil (F, 13) from a Roma family says she is expected to do all the cooking and cleaning for the house and look after her 5 younger siblings, so she misses school. No sign of anyone outside the family controlling her. Early help referral for neglect.""")
D("""Caller reports that the Chinese takeaway on Melton Rd has a chef who is locked in the premises overnight by the owner. Chef told caller he is not allowed out and his "boss has his documents". Officers attending now.""",
  "rm rd", "rmv dt sw", "L", "i")
D("""Intelligence review, Op Mosaic. Of the 14 HMOs visited in Alum Rock, 13 had tenants living independently and paying rent to a landlord who had no involvement in their work. At 1 (Ward End Park Rd) nine Slovak men said their "boss" had rented the house, took their wages to pay the rent and "food", and took them to a chicken factory each day at 5am. They have £10-£20 a week each. Two said they were told they can't leave until they have paid for the flights.""",
  "ww db ac", "oc ncw ced et", "L", "h")
D("""Report by a member of public on a farm near Melton Mowbray. He saw a young man sleeping in the cattle shed. The farmer explained the young man is his son, who had had an argument and slept out. The son confirmed. NFA.""")
D("""Debrief, F, 27, Nigerian. "She was my aunty. She brought me to Coventry to help with the baby. I was doing everything in the house, cleaning, cooking, washing the clothes for everyone, waking up at night for the baby. I was never paid. When I asked for school she said I am ungrateful and she will send me back to the village. She kept my passport. I slept on the floor in the baby's room. I could only go out to take the children to school." """,
  "ww rd ac rm it", "dt rmv", "D", "h")
D("""Intelligence 2/B/P: a man known as "Doc" in Leicester is believed to be arranging travel for Indian nationals to a clinic abroad for kidney transplants, with "donors" recruited from poor families who are paid a fraction of what was promised. One donor is reportedly now in Leicester, unwell and not able to work, and was threatened when he asked for the rest of his money.""",
  "av dec it", "pa", "O", "h")
D("""Driving offence, A45: vehicle at 103 mph. Driver reported.""")
D("""Safeguarding, Leicester adult social care. Man (58) with a brain injury. His "friend" moved in and now decides everything; he has control of his bank card and his benefits, and the man is made to do the friend's washing and cooking. He says he wants the friend to leave but is scared of him.""",
  "av", "ncw", "D", "m")
# ---- part 3 ----
D("""INT 2/B/P. Subject: hand car wash, Park Lane, Wednesbury (Op Kiln tasking).

Source reports that the car wash is run by an Iraqi Kurdish male known as "Shvan". Approx 7 workers, mostly Kurdish and one Afghan teenager who says he is 18 but looks younger. Workers arrive at 0700 in Shvan's Vauxhall Vivaro and are driven back at 2100 to a flat above a shop in Darlaston.

The workers have told the source that Shvan "pays their rent and food" and gives them £30 on a Sunday. Their phones are taken off them during the day and kept in the office. Two of the workers have hand injuries from the pressure washer and have not been to a doctor. Source says Shvan told them that if they speak to anyone from "the council" they will be deported and Shvan's cousins back home "will visit" their families.

Source also mentions that the adjacent tyre shop is run by an unrelated family and staff there appear well treated; this is recorded for elimination only.""",
  "ww iso it av", "ced et ncw pa fa is", "L", "h")
D("""Lost property: wallet handed in at Leicester bus station. Owner traced.""")
D("""I'm not being funny but the Polish guys at the yard on Bordesley Green work like 7 days and the boss treats them like dogs, they get their money though, they've all got cars and they go home at Christmas""")
D("""Account given by P (M, 19, Vietnamese) through an interpreter, Coventry reception centre.

P says that he grew up in Nghe An province. When he was 16 a man from the next village told his mother that P could earn $2,000 a month working in a nail salon in England and send money home. His mother borrowed the fee, about $15,000, from a lender.

He travelled through Russia and France for several months. In France he was kept in a camp near Dunkirk and was told his fee had gone up because of "problems". He arrived in the UK in a lorry.

He was collected from a service station and taken to a house in Coventry where he lived with five other Vietnamese boys. In the day they worked in a nail salon in the city centre. In the evening they were taken to a big house in the countryside where cannabis was grown and had to look after the plants. The manager, "Anh Tuan", said their wages were being sent to their families to pay the debt. P never saw any money. He had no phone. He never went anywhere alone.

P said that Anh Tuan had a gun in a drawer and showed it to them and said "this is for people who talk". P ran away after the salon was visited by police and immigration officers; he hid in a churchyard for two nights before going to a mosque where someone called the police.""",
  "av dec db ww iso rm it eo", "uf ncw is rmv et lh", "L C", "h")
D("""Shoplifting gang, Fosse Park. Three adult women from Romania caught with foil-lined bags. All say they act for themselves. Charged. Interviewed separately with interpreter; no signs of third-party control.""")
D("""Ambulance crew report: called to a house in Rotton Park, male 60s collapsed. House has 14 beds in 4 rooms. Male works at a laundry, says he pays £70 to "the man". Man arrived and insisted on answering for him and refused to let crew take him to hospital.""",
  "ac", "oc sfw", "L", "m")
D("""101: Caller's au pair (21, Spanish) has gone missing. Later found she had left voluntarily for another family's job; she took her passport and belongings. Family upset about notice but au pair was paid and had her own room and free time. NFA.""")
D("""Au pair (F, 19, Ukrainian) contacted the helpline. Host family in Solihull promised "light childcare, 25 hours a week" and English classes. She is doing all the cleaning, cooking and childcare for four children from 6am to 10pm, seven days, for £50 a week "pocket money". The mother took her passport when she arrived "for insurance". She is allowed out one hour on Sundays. No English classes.""",
  "dec eo ww rd rm", "lh dt rmv", "D", "h")
D("""Council licensing inspection (Leicester City): HMO on Beaumanor Rd licensed for 5, found with 11 occupants. Landlord fined. Occupants are students and working people with separate tenancies; no one employer connected. No modern slavery indicators identified.""",
  "", "oc", "", "l")
D("""Victim debrief (F, 34, Romanian): "The man called Sorin found us work in a chicken factory in Dudley. He drove us every day, 4 in the morning. We paid him £10 each way. He had our cards, he took out the money every Friday and gave us £40. He said the rest was for the house and the food and for what we owed him. We ate one meal a day. We were 9 people in 2 rooms. He said he has friends in the police in Romania so nobody will believe us." """,
  "ww db ac it", "ced ct ncw oc et", "L", "h")
D("""Criminal damage: graffiti on the side of the Wolverhampton Civic Centre.""")
D("""Assault on a taxi driver, Leicester Market. Passenger refused to pay and punched driver. Arrested.""")
D("""Intelligence 2/B/C. ODUYA, Kelvin (DOB 05/04/1990), Nigerian national living in Erdington, advertises "UK jobs with sponsorship" to people in Nigeria via WhatsApp. Applicants pay £5,000 to £10,000 each for certificates of sponsorship at a care agency in Coventry. When they arrive, there are few or no hours of work; some have been made to work unpaid "trial shifts" for months and told their visa will be cancelled if they complain. Two have been made to live in ODUYA's house and clean it.""",
  "dec ww it av", "uf fa", "L D", "h")
D("""Caller says a girl (looks 14) has just been pushed into a grey Golf outside the chip shop on Stoney Stanton Rd by two men and driven off towards the city. Caller got part reg "WP18". Units dispatched.""",
  "av psv", "", "", "i")
D("""Neighbour complaint: bins left out in Radford. Council informed.""")
D("""GLAA intelligence (shared with force): Labour provider supplying a salad packhouse near Evesham charges workers £40 for hairnets, gloves and boots, deducted from first pay, and £8 a day for the minibus. Workers live in provider's houses where they pay £90 per week for a shared room. Pay slips show the deductions leave some workers with £60 for a 48-hour week.""",
  "ww ac", "ppe ct oc ncw", "L", "m")
D("""Victim account (Albanian, F, 24, written in her own words in English):
i came with my husband to uk we have a small boy. my husband he is good man but the men who bring us say we owe 20000 pound, my husband must work in the cannabis house in walsall and i must clean houses for their family and not get money. they say if we don't work they take our son. we are in a room with the boy with no window. i don't know the street""",
  "db ww it ac iso av", "is", "C D", "h")
D("""A male, 17, found asleep in a Leicester takeaway store room at 4am during a burglary call-out. Says he works there for his "uncle" and sleeps there because he has nowhere else. No school place. Uncle not a relative according to the boy's later account.""",
  "av", "sw", "L", "h")
D("""Intel 3/C/P. Anonymous online tip claims "the whole Vietnamese community in Wolverhampton are slaves". No specific people or addresses. Not actionable.""")
D("""INT 1/A/P. Source witnessed FRANCU, Ionel (DOB 10/10/1985) take the passports of four newly arrived Romanian females at Birmingham Coach Station and put them in his jacket. The females were driven to an address on Anderton Park Rd, Moseley. Adverts for the same females appeared on a sex work site the following day.""",
  "rd", "dt et", "S", "h")
D("""I want to report my employer. I work at a café in Coventry and he paid me two weeks late in October. I got it in the end. I'd like to know if this is legal.""")
D("""Email to the force inbox from a bank fraud team: One mobile phone has been used to log in to 23 online banking accounts belonging to different Lithuanian nationals. All accounts receive wages from the same meat processing company in Wolverhampton and are emptied to a single account on payday.""",
  "ww", "ncw mbc", "L", "m")
D("""Teacher referral, primary school, Wolverhampton. Boy (9) says his mum's friend comes and takes "the money off the card" and that mum cries. Mum has learning disabilities. Adult and children's safeguarding to visit. No information about any work or exploitation at this stage.""",
  "", "ncw", "", "l")
D("""Debrief of a female, 17, from Leicester, referred by the CSE team.

She was 14 when she met "Ash" in the park. He gave her weed and lifts in his car. After a few weeks he said she owed him £200 for the weed and she could pay it back by "being nice" to his mates. She was taken to flats and hotels in Leicester and Loughborough and raped by different men. Ash filmed some of it and told her he would put the videos on Snapchat and send them to her mum if she told anyone. He took her phone and gave her a different one that only had his number in it. She was told when to be ready and was collected from outside school.

She says there were other girls from her school and from a care home. She can name two of them. She has a tattoo of his name on her wrist which he made her get.""",
  "av db psv it iso", "is", "S", "h")
D("""Call handler note: 999 silent call from a phone box in Hinckley, child's voice heard, then cut. Area search by patrols negative. Recorded for awareness.""")
D("""Traffic stop, Wolverhampton ring road. Car driven by a Pakistani national carrying 5 workers to a restaurant job. Workers state they live in their own homes and the driver is their colleague giving them a lift for petrol money. No concerns.""")
D("""Organ trafficking: statement from a Pakistani male (29) living in Alum Rock. He says a relative arranged for him to go to Lahore for a "job" and he was instead taken to a hospital where doctors removed one kidney. He was paid about £800 of the £4,000 promised. On return to the UK he has been unable to work. He has a long scar on his side. He says the relative told him he will be killed if he goes to police.""",
  "dec ww it av", "pa", "O", "h")
D("""Press summary (Leicester Mercury style): A Leicester man has been jailed for six years after he kept a vulnerable man with learning disabilities in a shed behind his house for more than a decade, making him work on his driveways business for no pay. The victim, who was found malnourished and covered in lice, had been told he would be sent to a "home" if he ever left.""",
  "av ww ac it", "plc pa", "L", "h")
D("""Intel. Flat above the barber shop on Villa Rd. Handsworth. Teen lads in and out all day, older male is "Tiny" (true name unknown). Dealing crack. No info on how the boys are paid.""",
  "av", "", "C", "h")
D("""Officer handover (late turn to nights): 
- RTC on Tyburn Rd cleared.
- Domestic at Kings Norton, suspect still outstanding.
- Welfare check done at the nail bar on Dudley St after public report; staff all adults, own flats, own phones, boss not present, one woman said she's been working there three years and loves it. No follow-up.
- Missing from home (F, 15, Quinton) back home, return interview needed.""")
D("""Public report. "hi my sister went to england to work in restaurant in Birmingam, a man from our town arranged, but she phoned me crying say she is in house with men and they make her go with men for money and they take everything. She say door always locked and the man watch. she dont know where. please help her number is 07..." (message translated from Romanian by call handler via Language Line).""",
  "dec ww rm iso", "rmv is ncw", "S", "i")
D("""GP note: Patient (M, 41, Sudanese, asylum seeker) attended with low mood. Lives in Home Office accommodation in Coventry. Not working. No concerns re exploitation.""")
D("""Safeguarding adult concern (care home, Nuneaton). A senior carer reported that two carers recruited from Zimbabwe by a sub-agency are not allowed to leave the staff house except to come to work, are driven both ways by the sub-agency owner, and have to hand over their wages in cash each week. One said she borrowed £6,000 for the "recruitment fee" and the owner told her she must work for him until it's repaid.""",
  "rm ww db", "rmv et ncw uf", "L", "h")
D("""Stolen motorcycle recovered in Foleshill. Owner informed.""")
D("""Interview (witness, F, 45, Leicester garment worker): "Our factory pays £5 an hour cash, I know it's illegal. But nobody holds our passports, we go home each night, we can leave. We are underpaid, that's all. I want to make a complaint to HMRC, not the police." Referred to HMRC minimum wage team.""")
D("""Intelligence 2/B/P: A van VRM EY65 TVR is seen at 0500 each day at a layby on the A46 collecting 12-15 workers and dropping them at a potato farm near Lincoln. Source says the driver "Andrzej" keeps the workers' ID cards in the glovebox and takes £100 a week each for "transport and room".""",
  "rd", "ced dt ct et", "L", "m")
D("""Police officer observation, Op Cascade (Birmingham, roadside check). Vehicle contained two adult females with identical new phones and no luggage, and a male driver who answered questions for them and said they are his "cousins" visiting. Women appeared frightened. Dropped at a hotel in Digbeth. Intel submitted; no offences identified.""",
  "", "sfw fpe", "", "l")
D("""Victim debrief, F, 22, Eritrean. She came through Libya where she was held in a warehouse and raped by the guards until her family paid. In the UK she was given to a man in Coventry who said she was his "wife" and she had to do everything in the house and serve his friends. He hit her with a belt. She had no papers and no money and did not know anybody. He said if she goes to the police they will send her back to Eritrea.""",
  "psv av iso it", "fa is", "D", "h")
D("""Neighbour dispute about a dog fouling, Aldridge. Both parties advised.""")
D("""INT 2/C/P. Car wash near Walsall bus station. Source believes the workers (Afghan and Iranian) sleep there because they are seen at 11pm and again at 6am. Source also says they might be working off a smuggling debt but this is speculation.""",
  "eo", "lh sw", "L", "m")
D("""Debrief summary, Slovak Roma family (parents and 3 adult sons) found working at a waste recycling plant in Tipton. They were recruited in Slovakia by a man offering £9 an hour and a house. They were taken to a house in West Bromwich with two other families, 17 people in total. Their wages were paid into accounts opened by the man who kept the bank cards and PINs. He gave each family £50 a week. The father was hit when he asked for more. The sons worked 12-hour night shifts sorting rubbish with no gloves or masks.""",
  "dec ww ac psv eo", "oc ncw lh", "L", "h")
D("""Police note: a man reported that his wife's cousin, a student at Coventry University, has lost her passport. Advised to report to the embassy. No other issue.""")
D("""Online report: TOLD ME THE JOB WAS IN A HOTEL IN LONDON SO I CAME FROM POLAND, BUT THEY PUT ME IN A HOUSE IN WOLVERHAMPTON AND MADE ME WORK IN A WAREHOUSE NIGHTS, NO PAY 3 MONTHS, THEY SAY FIRST I PAY FOR FLIGHT AND HOUSE. I AM NOW WITH FRIEND, SAFE. I WANT MY MONEY.""",
  "dec ww db", "", "L", "h")
D("""County lines, Coventry to Banbury. Intel 2/B/P: The line holder "Rico" has moved into the flat of a 68-year-old woman with dementia on the Parkside estate. He uses the flat to cut and bag up. The woman is frightened, is confined to her bedroom when customers come, and Rico has her pension card.""",
  "av rm", "rmv ncw", "C", "i")
D("""Burglary, commercial, electrical store in Hinckley. Alarm activated; suspects fled.""")
D("""Financial crime alert: bank's investigations team reports a Coventry-based account in the name of a Vietnamese female (21) used as a "mule" — £42,000 in from various sources and out in cash in 3 weeks. When contacted she said a man she owes money to for her travel told her to open the account and he keeps the card. Referred to police.""",
  "db av", "ncw", "C", "m")
D("""Safeguarding referral (Leicester primary school): child (8) disclosed that her dad hits her mum. No exploitation concerns. Domestic abuse pathway.""")
D("""Debrief of M, 31, Indian national, via Punjabi interpreter. He says he worked at a gurdwara-linked langar kitchen in Leicester voluntarily for a year while his asylum claim was pending; he was given a room and food, he had his own documents, could leave and later did. He is a witness in another matter (a builder who took money from others). He does not consider himself a victim.""")
D("""Intelligence 2/B/P. Thai women at a "massage" premises on Stratford Rd, Sparkbrook, are said to live on the premises and work 12-hour shifts seven days a week providing sexual services. They owe a woman in Bangkok £20,000 each for their visas, paid off at £50 per client. Source does not know whether they can leave.""",
  "db eo", "sw lh", "S", "h")
D("""Abandoned vehicle, Canley. Removed by council.""")
D("""Officer report. Officers attended a restaurant in Wolverhampton after a 999 from a staff member. The caller (M, 24, Bangladeshi) said he had been working 90 hours a week for a year. He had been paid £1,000 in total. His passport was in the owner's safe and the owner refused to give it back. He slept in a room above the kitchen with four others and had a few clothes in a plastic bag. He said the owner told him the police would arrest him because his visa was expired.""",
  "eo ww rd ac it av", "lh dt sw oc fpe fa", "L", "h")
D("""Report of a fight between two families at a wedding in Sparkbrook. Three arrests for affray.""")
D("""Shoplifting of meat from Sainsbury's, Coventry. Suspect (M, 40s) says he has to steal a list each day for "the guy I owe" for his rent and gear, otherwise he gets a kicking.""",
  "db it av", "", "C", "h")
D("""Safeguarding referral from a housing association: tenant (M, 55, with learning disability) in Sandwell has had several young men staying at his flat for a month. Neighbours hear shouting and say he's been seen sleeping in the stairwell. The tenant says "they won't let me in until they're finished". Drugs paraphernalia seen.""",
  "av rm", "rmv", "C", "h")
D("""Statement of a worker at a Leicester car wash, translated from Kurdish Sorani. "I am a worker at the car wash. My boss is good. He pays me every week into my bank account, I have a contract, I rent a room with my friend. The police came last week and asked many questions, I told them, nobody keeps my passport, nobody stops me." """)
D("""Intelligence 2/B/P (OFFICIAL-SENSITIVE). A woman from the Philippines in her 50s has been working in a private house in Edgbaston for a Gulf family for ten years. She does not speak English. She has not been given a day off in years, eats after the family, and sleeps in the laundry. A family driver says she is not allowed to use the phone and that "madam" has her passport in her safe. She has told the driver she wants to go home but has "no money" as her salary goes to "madam's account".""",
  "eo ac iso rd ww av", "lh plc is dt ncw", "D", "h")
D("""Road rage incident, M42 J4. Both parties exchanged details.""")
D("""Victim debrief (M, 28, Polish): "It was good at the start. The man said we pay £50 a week for the house and he finds us work at a warehouse. Then he said we owe for the van, for food, for fines. Every week more. I had maybe £10 left. When I said I'm going to work by myself, he and his son beat me and took my phone. I was in the house for one week not allowed outside." """,
  "db ww psv iso rm", "is rmv", "L", "h")
D("""Council tax fraud, Leicester. Single person discount wrongly claimed. Civil recovery.""")
D("""Midwife note (Walsall): Woman (18, British) 24 weeks pregnant. Partner is 19. Both live with her parents. She works at a supermarket. Good support. No safeguarding concerns.""")
D("""INT 3/C/P: claimed that men sleep at the recycling yard on Bilston Rd but a site visit found a night security guard only, employed by an SIA-licensed company. Closed.""")
D("""Caller from a charity food bank (Coventry) says a regular client (M, 40s, Lithuanian) arrived today with a broken finger and a black eye; he said his "boss" who owns the house he lives in and gets him work at a factory did it because he wanted to leave. He says he still owes £900 for "rent". He has gone back to the house.""",
  "psv db", "pa", "L", "h")
D("""Intelligence 2/B/P: Nail bar, Leamington Spa. Staff member (F, 16, Vietnamese) does not attend school and is driven by the owner from the shop to a flat in Lillington. When asked her age she looked at the owner, who said "20".""",
  "av", "et sfw", "L", "h")
D("""Debrief note, sexual exploitation (adult) — F, 29, Brazilian, via Portuguese interpreter.

She says she came to the UK as a visitor after a friend told her about well-paid work as a waitress. The "friend" met her at the airport and took her to a flat in Leicester. There she was told the waitress job had gone and she had a debt of £8,000 for the flights and accommodation that she would pay by selling sex. She was advertised on three websites. She saw up to 15 men a day.

Her passport was put "in the safe" by a man called Diego. She was not allowed to leave the flat alone; when she went to buy food, Diego or another woman went with her. She was given a new SIM and told not to contact her family. She was slapped and threatened with a knife when a client complained.

She was moved between flats in Leicester, Nottingham, Birmingham and Coventry every two weeks.

She says that two other women she met in the flats are still with Diego.""",
  "dec db rd rm iso psv it eo", "dt rmv is lh et", "S", "h")
D("""Concern from a mosque in Coventry: a man wants to "marry" a 16-year-old from Pakistan so she can come to the UK and "help his mother in the house". The girl's family are poor and have been paid. Referred to Forced Marriage Unit and children's services.""",
  "av", "", "D", "h")
D("""Burglary, Kenilworth. Garden tools taken from shed.""")
D("""Intel 2/B/P. On Thursdays at 0600 a minibus VRM YK17 PLO picks up 16 men from three houses in Small Heath and takes them to a food processing plant in Telford. The driver charges £12 each per day. Source says the workers do not have keys to the houses and the houses are locked by the driver at night.""",
  "rm", "ced ct et rmv", "L", "i")
D("""A Kidney Care UK volunteer called to ask about the law on a family member donating a kidney in Birmingham. Given information. No offence.""")
D("""Report of a drone flying near Birmingham Airport. Pilot not found.""")
D("""Caseworker note (Coventry Refugee and Migrant Centre): client (F, 38, Sudanese) is being made by her cousin to look after his six children and do all household tasks; she is locked in when the family is out and has no phone. She arrived through family reunion. Her cousin holds her passport and refugee papers and says she owes him for bringing her.""",
  "rm iso rd db", "rmv is dt", "D", "h")
D("""999 at 02:40: Female (British, 19) says her boyfriend is outside her flat in Tile Hill threatening to smash the door in. Ex-partner arrested. DA only.""")
D("""Intelligence 2/B/P: Three Eritrean teenagers (approx 16-17) are living with a man in Foleshill who brought them from Calais. They work at his friend's car wash during the day; he says they owe him for "the boat". He takes their pay. They are believed to be looked after children who went missing from a Kent placement.""",
  "av db ww", "ncw", "L", "h")
D("""Caller reports a man with a knife on Narborough Rd. Armed response; male detained, mental health crisis. No other issue.""")
D("""Victim's first-person account, translated from Vietnamese: "I was told I would work in a restaurant and go to school. In England they put me in a house to grow plants. The windows were covered. I could not go out. I lived there one year. One time the electricity made fire and I burnt my arm. No one took me to hospital. I was only 15." """,
  "av dec rm ac", "rmv pa", "C", "h")
D("""Tip from a Polish community worker in Leicester: a man called "Szef" gives newly arrived Poles a bed and a job at a factory, keeps their ID cards, pays their wages into his account and gives them pocket money. Those who drink too much are told they'll be thrown out on the street with nothing. They live in a house on Mere Rd, 5 to a room, and some sleep in the garage.""",
  "rd ww av ac", "dt ncw oc", "L", "h")
D("""Missing person, male (82) with dementia, Sutton Coldfield. Found safe in a nearby park.""")
D("""Witness statement (scaffolder, Coventry): "The gaffer was shouting at the lads, swearing, but I've never seen him hit anyone. They get paid, they've got vans, and no one's stopping anyone leaving. I'd say he's just a horrible boss." NFA.""")
D("""Email to police: "Hello, I am a Romanian journalist. I want information about the trafficking of Romanian women in Birmingham for an article." Referred to Corporate Comms.""")
D("""INT 2/B/P. Two Albanian males (approx 19) seen daily at a garden maintenance business in Solihull. They live in a caravan on the owner's land, have no phone, and their passports were taken by the owner "to get them work permits". They told a customer they are not paid but owe the owner £3,000 for the boat.""",
  "rd db ww iso", "dt is", "L", "h")
D("""Prison note, HMP Featherstone: prisoner (19) disclosed in a sentence planning interview that the drugs he was convicted of carrying belonged to a gang who made him carry them from Wolverhampton to Bangor from age 15 after they said he owed them £1,000. He was beaten with a hammer when a run went wrong. Referred to NRM; statutory defence considerations passed to CPS.""",
  "av db psv", "", "C", "h")
D("""Public report, Facebook message: "the guy at the nail place in Bloxwich sleeps there, i seen him at 11pm and 6am doing nails, he's always in the same clothes and looks like he hasnt eaten""",
  "eo", "sw lh pa fpe", "L", "m")
D("""INT 3/C/P. A man in Sparkhill is said to be offering £5,000 for a kidney "for a relative" on a WhatsApp group for migrant workers. Unverified.""",
  "", "", "O", "m")
D("""Statement of a Romanian female, 20 (extract): "My mother sold me to a man for £3,000 when I was 17. He brought me to Birmingham. I had to sleep with men in a flat every night. He has my ID. If I do not bring £300 each night he burns me with cigarettes." """,
  "av rd psv", "dt", "S", "h")
D("""Theft of fuel (drive-off), Esso, Leicester. VRM cloned.""")
D("""Intelligence (Op Sandstone, Leicester). Clothing factory on Cobden St. Source states machinists are paid £4 an hour and, when the order is late, are kept in until 2 or 3am. Workers go home each night. Source does not know of any threats or documents held.""",
  "eo", "lh", "L", "m")
D("""Victim debrief (Chinese male, 45): "I owed the snakehead. In England they found me work in a takeaway in Wolverhampton. I worked 7 days, 12 hours. The boss paid my wages to the snakehead, I never saw them. After 2 years the debt was still the same. I slept in the cellar of the takeaway." """,
  "db ww eo ac", "lh sw ncw", "L", "h")
D("""Caller reports the man next door has been doing building work at night. Council noise team referral.""")
D("""Safeguarding note (Birmingham Children's Trust). C (16, British) has been arrested in Weston-super-Mare with heroin and crack. C says "they" put him on the train and collect him. When asked who, he says "I can't, they'll shank me". He has cuts to his hands. C lives in a children's home in Northfield and is regularly missing.""",
  "av it", "pa et", "C", "h")
D("""Labour inspection (GLAA), flower farm, Worcestershire. Workers (Romanian and Bulgarian) had their own ID, contracts, payslips with correct minimum wage and holiday pay. Minibus provided free. One licensing issue (the provider had not given key information documents). Advice given.""")
D("""Online report: the girl who works the till at the corner shop on Gerrard St is always there, 6am to midnight every day, and she lives in the back with the boss's family. She told my daughter she was brought from India to marry the boss's son but he is not here and she just works in the shop and the house. she's got no money and no phone and never goes out""",
  "eo iso rm", "lh is rmv sw", "L D", "h")
D("""Intelligence 2/B/P. Slovak male (30s), known as "Laco", provides workers to a Coventry warehouse via a legitimate agency. He is the only person who speaks to the agency; workers' bank cards are all in his wallet and he withdraws at the Walsgrave Rd ATM every Friday.""",
  "ww", "sfw ncw mbc", "L", "m")
D("""Police observation: a female aged around 30, possibly Thai, at a flat in Edgbaston with only a few clothes in a carrier bag and no phone. Said she had been there 3 days and "boss bring food". Advert online for "new Asian girl". Referred to outreach.""",
  "iso", "fpe is", "S", "h")
D("""Assault in a shared house, Leicester. Housemate hit another with a frying pan over unpaid bills. Both tenants with own tenancies. Suspect arrested.""")
# ---- part 4 ----
D("""Daily intelligence summary, Coventry LPA (extract of the entries for one day).

1. Two males (local, known) suspected of a series of shed burglaries in Binley Woods. Arrest plan in place.
2. A female reported that a man stopped her on Far Gosford St and offered her "modelling work" in Birmingham. She refused and he left. VRM given. Recorded; no offence, no victim.
3. Hand car wash on London Rd visited by neighbourhood officers with the council. Workers (Kurdish, Iranian) on payroll, shown payslips, live in shared flats they rent themselves. Owner helpful. Nothing further.
4. Intelligence that a cannabis grow is operating in a rented house on Cheveral Ave. Electricity supplier reports bypass. Warrant application being prepared. Nothing is known about who, if anyone, is inside.
5. Concern for a 15-year-old from Wood End who has been found twice in Leamington at 3am with unknown adults. Return interview outstanding. No disclosure so far.""",
  "av", "", "", "h")
D("""Victim debrief — M, 37, Indian (Tamil), through an interpreter, Birmingham.

He says that in Chennai he paid an agent 6 lakh rupees for a job as a cook in a restaurant in Birmingham on a skilled worker visa. He was told he would earn £2,300 a month and have a room. His wife sold her jewellery to pay.

In Birmingham the owner met him, took his passport and BRP "for the payroll", and took him to a room above a restaurant in Sparkbrook where three other men already slept. The payslips showed £2,300, and the money did arrive in his account, but every month the owner drove him to the bank and made him take out £1,600 in cash and give it to him. He was told this was "the visa cost" and "the sponsorship fee" and that if he refused the owner would cancel the visa and he would be deported and his family would never see the money again.

He worked 10am until 1am, six days, and on the seventh day he cleaned the owner's house. He did not know anybody in Birmingham. He left after a customer, a Tamil-speaking nurse, gave him the number of a charity.""",
  "dec rd ww it eo ac av", "uf dt ncw lh sw oc fa et", "L D", "h")
D("""Call log, 101, 19:05. Caller (F, 50s) says her elderly father's carer (from an agency, Filipino, 30s) told her in tears that the agency takes £200 a month from her pay for "the house", that she shares a room with three other carers, and that the agency boss has her passport. The caller says the carer is otherwise paid into her own account, works normal shifts and has days off. Referred to GLAA/Unseen for advice and intelligence submitted.""",
  "rd ac", "dt oc", "L", "m")
D("""Intelligence 2/B/P. Sexual exploitation, Wolverhampton.

Source reports that a group of men linked to a shisha lounge on Lichfield Rd are giving girls aged 13 to 15 from local schools free shisha, alcohol and lifts, and then taking them to an address in Heath Town where the girls are passed between adult men. Source has named three girls (details held on the sensitive log). One girl has been told she has to "earn back" the money spent on her. Another was told her photos will be shared at her school if she stops coming.

Source also states that a separate group using the lounge are simply customers and not believed to be involved.""",
  "av db it", "", "S", "h")
D("""Caller says his brother (M, 23, Pakistani student) is working at a warehouse in Coventry doing more hours than his visa allows (40 a week) because he needs the money. He is paid properly, he chooses the hours and nobody makes him. Caller worried he'll lose his visa. Advised to seek immigration advice. No exploitation.""")
D("""Debrief (F, 44, Slovak Roma), through an interpreter, Leicester.

She explains that she came with her husband to pick vegetables on a farm in Lincolnshire, then moved to Leicester. A man from their village, Jozef, gave them a room in his house and got her husband a job in a bakery. Jozef took her husband's wages from his bank card each week. She was told to clean Jozef's house and look after his children, and later to clean the houses of Jozef's friends. She was never paid. She and her husband had to ask Jozef for money for food for their own children. Jozef told them that if they left he would report them for stealing and they would be sent back to Slovakia. Once, when her husband said they were leaving, Jozef's son pushed him down the stairs.

She says that three other families from their village are still in Jozef's houses and are treated the same way.""",
  "ww it psv av", "ncw", "L D", "h")
D("""INT 2/B/P: a Romanian female, 25, is begging outside Coventry Cathedral every day from 8am to 6pm. At 6pm a male in a silver Skoda collects her and the cup. She has one coat and a bag. Source heard her say "I can't keep anything, he counts it".""",
  "ww eo", "et fpe ncw lh", "C", "m")
D("""Public report (webchat, text as typed): hiya i think my mates little brother is in a gang he is 14 and he goes to Leicester on the train, the older lot keep his phone and bank card and they gave him a black eye last week when he said he wanted out. his mum doesnt know. hes at there flat in Wednesfield right now""",
  "av iso psv", "is ncw pa", "C", "i")
D("""Border Force note, Birmingham Airport departures: Male (62, British) and female (24, Thai) travelling to Bangkok. Female holds her own passport and a return ticket, says they are married (certificate produced), she works in a shop in Solihull, and she is visiting her mother. Spoken to alone, no concerns.""")
D("""GLAA inspection report (extract), poultry processing supplier, Telford.

Workers supplied through a labour provider were interviewed on site. Of the 22 interviewed, 19 described normal arrangements: contracts, own bank accounts, rent paid to private landlords of their choice.

Three workers (Romanian) said they had been told in Romania that the job paid £12 an hour; they are paid £10.42 by the provider, and a man called "Dani", who is not on the provider's books, collects £150 a week from each of them in cash for a house in Wellington where 12 people live. Dani also charged each of them £350 for "finding the job" before they left Romania, and drives them to the site for £8 a day. They said they hold their own ID and can leave.

Findings: unlicensed gangmaster activity by "Dani" referred to GLAA enforcement. The three workers were given advice and leaflets in Romanian.""",
  "dec ac", "uf oc ct", "L", "m")
D("""999 from a hotel receptionist, Walsall: a man has booked two rooms and brought four girls who look about 15. One came to reception crying asking for a phone, and the man dragged her back to the lift by her arm. They're in rooms 210 and 212 now.""",
  "av psv", "", "S", "i")
D("""Probation note (Leicester): PoP (M, 29, British) says he has been offered £500 to let his bank account be used "for a friend's business". He declined and wanted to tell someone. Advice given on money muling. No exploitation.""")
D("""Debrief (M, 26, Nigerian) through his support worker.

He says he came to the UK on a student visa and fell behind with fees. A man from his church in Wolverhampton said he could pay him back by getting a kidney tested "to help a sick relative", for which he would be paid £15,000. He went for blood tests at a private clinic and was then told the operation would be in Lagos. His passport was held by the man "for the visa". When he said he had changed his mind, the man told him he owed £4,000 for the tests and flights and that he had people in Lagos who would find his mother. He has not had the operation. He is very frightened and staying with a friend.""",
  "av dec rd db it", "dt", "O", "h")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh136.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(DATA, 1):
            rec = {"id": "f136-%03d" % n, "text": text,
                   "indicators": [IND[c] for c in ind],
                   "signs": [SIG[c] for c in sig],
                   "exploitation": [TYP[c] for c in typ],
                   "risk": RISK[risk]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(DATA), "texts to", out)
    validate(out)


def validate(path):
    import collections
    ids, texts, counts = set(), set(), collections.Counter()
    allowed = dict(indicators=set(IND.values()), signs=set(SIG.values()),
                   exploitation=set(TYP.values()))
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert r["id"] not in ids and r["text"] not in texts, r["id"]
            ids.add(r["id"]); texts.add(r["text"])
            for k, ok in allowed.items():
                assert set(r[k]) <= ok and len(set(r[k])) == len(r[k]), r["id"]
                counts.update(k[:3] + ":" + v for v in r[k])
            assert r["risk"] in RISK.values(), r["id"]
            counts["risk:" + r["risk"]] += 1
            counts["no exploitation"] += not r["exploitation"]
    for k in sorted(counts):
        print("%4d %s" % (counts[k], k))


if __name__ == "__main__":
    main()
