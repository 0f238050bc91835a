#!/usr/bin/env python3
"""Hand-written training texts for the indicator detector (set f60).
Each D(...) call holds one hand-written text and its labels, using short keys
expanded below. Run: python3 mkfresh60.py  -> writes fresh60.jsonl"""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
ROWS = []
def D(text, ind="", sig="", typ="", risk="l"):
    ROWS.append(dict(text=text, indicators=[IND[k] for k in ind.split()], signs=[SIG[k] for k in sig.split()],
                     exploitation=[TYP[k] for k in typ.split()], risk=RISK[risk]))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh60.jsonl")
def write(out=OUT):
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id="f60-%03d" % n, **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", out)
if __name__ == "__main__":
    import atexit
    atexit.register(write)  # data rows below are appended in batches; write once all are loaded

# ---- car washes ----
D("INT suggests hand car wash on Tanner St (VRM KX19 PLO seen daily) staffed by 6-8 Romanian males, living in caravan behind the jet wash bay. Workers say boss BALAN holds their ID cards 'for safekeeping'. Paid 'when the month is finished' but nobody has seen any money since arrival in March. 2/B/P",
  "RD WW AC", "dt ncw plc", "L", "h")
D("Car wash Tanner St visited by licensing. 5 staff, all on payroll, payslips shown, own bank accounts, contracts in Romanian and English. Staff live in private rented flats of their own choosing. No concerns identified.",
  "", "", "", "l")
D("the car wash by the big tesco the lads there work from 7am till its dark every single day no gloves in the freezing cold and a man in a bmw drops them off and picks them up never see them go anywhere else",
  "EO AC", "lh ced et", "L", "m")
D("me and my mate get our car done at the handwash on Dale Rd every week, lads are always chatting and laughing, they told me they get paid cash daily and most of them go home to Albania for christmas. just saying not all car washes are dodgy",
  "", "", "", "l")
D("Debrief (via Kurdish interpreter). He says he was told in Iraq he would work in a garage fixing cars for £400 a week. On arrival the man called Kawa took him to a car wash and said he owed £9,000 for the lorry journey. He washes cars 12 hours, seven days, and is given £30 on Sunday. He sleeps in the store room on cardboard.",
  "DE DB WW EO AC", "lh sw plc", "L", "h")
D("101 call: caller concerned about car wash staff on Bridge Rd looking tired. On attendance officers spoke to manager and three staff; staff confirm 40-hr weeks, hourly pay, live at home with families. Advised caller. NFA.",
  "", "", "", "l")
# ---- nail bars ----
D("Nail bar High St: 2 Vietnamese females approx 15-16yrs working at 21:00 on a school night. Neither would speak, older male answered every question for them. Girls appear to live in the flat above the shop. 2/C/P",
  "AV", "sfw sw", "L", "h")
D("Safeguarding referral from school: Year 10 pupil Linh works Saturdays at her aunt's nail salon, paid £40 and keeps it, homework done, attends school 98%. Mum asked us to check child employment permit is in order. No safeguarding concerns.",
  "", "", "", "l")
D("She says that the lady who brought her from Hanoi told her she would study English and help in a beauty shop. Instead she paints nails from opening to close, sleeps on the salon floor, and the lady keeps all the money because she 'still owes for the plane and the visa'. She has never been told how much is left.",
  "DE DB WW", "sw", "L", "h")
D("nail shop girls never leave, bloke locks the shutter with them inside at night i see the light on at midnight. theyre so thin. PLEASE SOMEONE CHECK",
  "RM AC", "rm pa sw", "L", "i")
D("Licensing visit to Polished Nails: owner Mrs TRAN, 3 technicians all self-employed, hold own passports and BRPs, rent their chairs, set own hours. Fire exit was blocked by boxes - advice given. No exploitation indicators.",
  "", "", "", "l")
# ---- farms / packhouses ----
D("GLAA inspection, daffodil picking, Lincs. Labour provider charges workers £50 'registration fee' in Bulgaria before travel, deducts £25/wk for minibus to field and £15 for gloves and knife. 14 workers share a 3-bed house rented from the provider. Workers say they cannot refuse overtime or they are 'sent home with nothing'.",
  "DB AC IT EO", "uf ct ppe oa lh", "L", "h")
D("GLAA compliance check of seasonal worker scheme farm, Herefordshire. Workers on SWS visas, paid NMW plus piece rate, caravans clean with heating, free transport to town on Saturdays, pastoral welfare officer on site. Workers hold own passports. No breaches.",
  "", "", "", "l")
D("Strawberry picker (Polish) states the farm pays him per punnet and it is hard work in the heat, maybe 50 hours some weeks, but he chose to come back for the third summer and the money is good. He wanted advice about his tax code only.",
  "", "", "", "l")
D("Packhouse line worker told Unseen helpline that the agency man takes her bank card every payday 'to pay the rent', gives back £20. She does not know her PIN. Works nights 6 days. Afraid of losing the job because she has no visa.",
  "WW AV EO", "ncw lh foa", "L", "h")
D("Mushroom farm Co Armagh (PSNI): Info that 4 Lithuanian males work seven days picking, live in a portacabin without running water on site, collected by gangmaster KAZLAUSKAS at 05:00. Wages paid to his account. 2/B/P",
  "EO AC WW", "lh sw plc ced ncw", "L", "h")
D("Farm worker attended A&E with hand injury from a vegetable topping machine. Employer drove him in, waited, paid sick pay, and the HSE has been notified by the farm. Patient speaks good English, says he likes the work. No safeguarding concerns.",
  "", "", "", "l")
# ---- food factories / warehouses ----
D("Agency supervisor at a chicken factory always collects 20-odd Slovak workers in a transit van at 4.30am and returns them after 9pm. He does all the talking at the gate, the workers look at the floor. Same man seen using four different bank cards at the Asda cashpoint on Friday.",
  "EO", "ced sfw mbc et lh", "L", "m")
D("Warehouse agency staff complaint: worker says he was paid late this month because of a payroll error; agency corrected it next week with an apology. He has his own bank account and contract. Passed to HR. Not modern slavery.",
  "", "", "", "l")
D("I am from Eritrea. Man in Calais say in England good job in a factory and house. In England he give me work in a meat place, I do not know the town. He keep my phone, he say it is safer. I work always, no day off. I eat bread only. When I ask money he say first you pay the smuggling, £6,000.",
  "DE IS EO DB AC", "iso lh", "L", "h")
D("Food processing plant - GLAA intel: recruitment via Facebook advert promising £12/hr and free housing. In reality £4/hr after 'housing and transport deductions', workers in bunk beds 10 to a room. Recruiter ROTARU speaks for all of them at the job centre appointments. 2/C/C (not to be shared with employer)",
  "DE WW AC", "ct oa sfw ncw", "L", "h")
D("Warehouse via agency, Daventry. Picker says the shifts are 10 hours and sometimes he does 60 hours in a week by choice to save for a house in Poland. Overtime voluntary and paid at time and a half. No issues raised.",
  "", "", "", "l")
# ---- construction ----
D("Construction site Salford: 3 men from Albania doing demolition with no hard hats or masks in asbestos dust. Site foreman says their 'uncle' pays them. Men sleep in a shipping container on site, padlocked from outside overnight.",
  "AC RM", "sw rm plc", "L", "i")
D("Builders living in my neighbours house while they do the loft, theyre polish, they go to the pub every friday and drive their own van, just annoying with the noise at 7am. Council said not their problem",
  "", "", "", "l")
D("Probation note: Service user (British, 34, history of heroin use and rough sleeping) says a man picked him up outside the hostel, promised cash-in-hand groundwork. Has been laying driveways for 8 months, paid in cans of lager and a bit of 'gear', sleeps in a horsebox in a field. Was told if he walks off they will find him and break his legs.",
  "AV DE WW AC IT", "plc sw", "L", "h")
D("Site inspection by local authority building control - roofing firm, 4 operatives, all CSCS carded, agency timesheets seen, welfare cabin adequate. One operative had lost his passport on holiday; new one on order. No concerns.",
  "", "", "", "l")
D("Travellers' site intel: vulnerable adult males (one with learning disability) used for tarmac and paving across the county. Kept in caravans without heating, given food scraps, beaten with a spade when they complained. Family head holds their benefit cards. 1/B/P",
  "AV PV AC", "plc ncw", "L", "h")
# ---- care homes ----
D("Care worker (Indian national, skilled worker visa) to Citizens Advice: recruiter charged her £8,000 for the certificate of sponsorship. Care home deducts £400 a month 'training repayment' and says if she leaves before 3 years she must pay £6,000 or they will report her to the Home Office. She works 70+ hours a week.",
  "DB IT EO AV", "uf lh", "L", "h")
D("Care home CQC inspection note: staff rota shows reasonable hours, international recruits on sponsorship visas told in writing they can change employer, no repayment clauses. Staff accommodation offered at market rent, optional. Good practice.",
  "", "", "", "l")
D("Kerala nurse says the care agency keeps all carers' passports in the manager's safe 'for compliance' and she has asked three times for hers back.",
  "RD", "dt", "L", "m")
# ---- fishing ----
D("Border Force / MCA boarding of scallop dredger at Newlyn: 2 Filipino deckhands on transit visas, contracts show $300 per month paid to a Manila agency, not to the men. Crew describe 20-hour shifts during the trip and say they were struck by the skipper. Passports held by skipper.",
  "WW EO PV RD", "ncw lh dt", "L", "h")
D("Fishing boat crew welfare check, Peterhead: Ghanaian and Filipino crew have own passports, shore leave, wifi aboard, paid monthly into their own accounts. Mission to Seafarers reports no complaints.",
  "", "", "", "l")
# ---- takeaways / hospitality ----
D("Chinese takeaway, Bolton: 1x Chinese male appears to live in the kitchen, seen sleeping on flattened boxes by the fryer. Works from lunch until 2am. Owner said 'he has no papers, where would he go'.",
  "EO AV AC", "sw lh plc", "L", "h")
D("Hotel housekeeper (Romanian) employed by an outsourcing firm says she was promised £11/hour; the firm pays per room, so she earns about £6/hour. She lives at home, has her own money and is looking for another job. Wants advice on NMW complaint.",
  "", "", "", "l")
D("Restaurant kitchen porter says head chef shouted at him and he was given a written warning for lateness. He thinks it is unfair. He is paid weekly into his own account, full contract. Employment dispute, not modern slavery.",
  "", "", "", "l")
D("Indian restaurant intel: 3 young Bangladeshi males brought in on student visas never attend college, work in the kitchen 6 days from 11 till midnight. Owner sends 'their money' home to their families, men get £25 each Sunday. They sleep above the restaurant, 3 to a room. 2/B/P",
  "AV WW EO AC", "lh ncw sw oa", "L", "h")
# ---- cannabis ----
D("Warrant executed 14 Oak Close. Cannabis factory 3 rooms, approx 400 plants. Vietnamese male 17yrs found inside, doors screwed shut from outside, windows boarded. States he was brought in a lorry and told his debt is $20,000. Says 'they will kill my mother if I run'. Referred NRM, LA contacted.",
  "AV RM DB IT", "rm", "C", "h")
D("Arrest of LEE, 29, British, for cultivation of cannabis at his own flat. 12 plants under a tent. In interview he admits growing for personal use and selling to friends. Not coerced, no debts, no third party. Charged.",
  "", "", "", "l")
D("Officer handover: Cannabis grow Unit 4 industrial estate - 2x Albanian males arrested, both told OIC they came for 'work in a car wash' and were then driven here, never allowed out, food delivered once a week. One has untreated burns from the lamps. Both now in custody, interpreter booked, consider s45.",
  "DE RM AC", "rm pa", "C", "h")
D("Gardener at cannabis grow arrested. He says he was paid £1,000 a week, lived in his own flat, came and went as he liked and knew what the job was. Declined NRM, no indicators elicited. Charged with production.",
  "", "", "", "l")
D("Debrief: 'They said I must water the plants until the crop is finished, then my debt is less. Every time the man comes he says the electric is more and my debt is more. I cannot go outside, the door has a lock from outside. I have no phone. I do not know which city.'",
  "DB RM IS", "rm iso", "C", "h")
# ---- county lines / cuckooing ----
D("999: Mother reports son (15) not home for 3 days, found him on Snapchat location in Weston. He texted 'they wont let me leave till ive sold it all, I owe them for the stuff that got robbed'. Believed to be running the 'JAY' line. Child with exploiters now.",
  "AV RM DB", "rm", "C", "i")
D("School referral: pupil Kai (14) has new designer clothes, two phones, missing most Fridays, arrives Monday exhausted. Older males in a car wait at the gate. When asked about train tickets to Cornwall he says 'a mate paid'.",
  "AV", "", "C", "h")
D("Youth worker note: Callum (16) was stabbed in the leg last week, says it was 'his punishment' for losing a package. Told by the olders that his little sister 'would be next' if he speaks to police.",
  "AV PV IT", "pa", "C", "h")
D("Cuckooing - 2/A/P: Flat 7 Marlow House, occupant Mr DAVIES (58, alcohol dependent, learning difficulties). 2-3 males from London operate drug line from his flat since June. He sleeps in the bath, they took his bank card and collect his PIP. Neighbour saw him with a black eye.",
  "AV PV", "ncw pa plc", "C", "h")
D("ASB complaint: flat 12 has visitors all night. Police visit: tenant, 24, dealing cannabis to friends from his own flat, nobody else living there, no coercion. Arrested for PWITS. Housing informed.",
  "", "", "", "l")
D("Grandad lives next door, lately theres youths in and out his flat and he's sat on the step in the rain cause 'the boys are having a meeting'. they've got his door keys. he told me he's not allowed back in till they say",
  "AV RM", "rm", "C", "h")
# ---- begging / shoplifting ----
D("Begging intel: Roma female (approx 60, uses crutches) dropped outside Boots at 08:00 each day by same Ford Galaxy VRM AB12 CDE and collected 18:00. Male takes the cup contents at collection. 2/C/P",
  "WW AV", "ced et ncw", "C", "m")
D("Man begging outside station says he is homeless and Big Issue vendor; spends the money himself, sleeps at the shelter. Outreach team known to him. No third party involvement.",
  "", "", "", "l")
D("Shoplifting ring: 3 Romanian teenage girls arrested Westfield with foil-lined bags. They say a woman called 'Mama' drives them to shopping centres and takes everything; they must steal £500 of goods a day or they are beaten at night.",
  "AV PV IT WW", "et", "C", "h")
# ---- benefit / ID fraud, money mules ----
D("Bank financial-crime alert: 11 current accounts opened in 3 weeks with the same correspondence address (a terraced house in Peterborough) and the same mobile. Cash withdrawn from all 11 at one ATM within 20 minutes each payday by one male. Account holders are Slovak nationals in agency warehouse work.",
  "", "mbc ncw", "L", "m")
D("Fraud alert closed: the customer has three cards because she runs two small businesses and a personal account. Verified with her in branch. No third-party control.",
  "", "", "", "l")
D("DWP referral: Universal Credit claims for 7 Polish men all managed by one 'translator' who attends every appointment and speaks for them. The men never got their bank cards; the translator says he keeps them 'so they don't lose them'. Men work at a recycling plant and say they get £50 a week.",
  "WW", "sfw ncw", "L C", "m")
D("Student, 19, was approached on Instagram to 'rent' his bank account for £200. He agreed, money passed through, he knew it was dodgy. Not coerced. Advised about money laundering; account closed.",
  "", "", "", "l")
D("Victim account, money mule: 'My boyfriend's friend said I had to let them use my account because I owed him for the weed. After, he never gave my card back and said if I told the bank he would put my nudes online.' She is 16.",
  "AV DB IT", "ncw", "C", "h")
# ---- sexual exploitation ----
D("Massage parlour, Derby Rd: council licensing visit. Four female therapists, all licensed, independent, book their own clients, hold their own passports and have their own keys. Manager provides receptionist only. Licence conditions met.",
  "", "", "", "l")
D("Massage parlour Derby Rd - INT suggests 5 Chinese females living on premises, doors kept locked and key held by male manager ZHANG. Women do not go out except escorted to the supermarket once a week. Client pays manager directly. 2/B/P",
  "RM WW", "sw rm et ncw", "S", "h")
D("pop up brothel in the airbnb on Canal St, different girls every week, they come in a black merc with a man who carries their bags, one was crying on the balcony and had a bruise on her face. they looked about 18 tops",
  "PV", "et pa", "S", "h")
D("She says that she met a man in Lagos who promised her a job as a hair stylist in London. When she arrived, a woman called 'Madam' told her she owed 40,000 euros and must do 'this work' with men to pay it. The juju oath she swore means her family will die if she runs. She was raped by the first client.",
  "DE DB IT PV", "", "S", "h")
D("Independent escort (British, 31) reported a client who refused to pay. She advertises herself, works alone from her own flat and keeps her own earnings. Crime recorded as fraud by false representation. No exploitation.",
  "", "", "", "l")
D("Online advert analysis: same phone number +44 7700 900123 used across 9 adverts on an adult site in 4 cities over 2 weeks, photos of different young Romanian women, same wording 'new in town'. Texts to the number replied by a male. Suggests control and movement of women. 2/C/P",
  "", "sfw", "S", "h")
D("Romanian female, 22, told police her 'boyfriend' brought her to the UK, took her ID card, and puts her adverts online. She has to see 10 men a day and gives him all the money. He hit her with a belt when she said she wanted to go home.",
  "RD WW PV EO", "dt ncw lh", "S", "h")
D("Sex worker outreach note: met M. (Polish, 40s) who works from a flat she shares with a friend; both self-advertise and split rent. Says nobody takes her money and she can stop whenever. Offered health checks. No concerns.",
  "", "", "", "l")
# ---- CSE ----
D("Children's services referral: Amber (14) in care, going missing overnight, returning with alcohol, new phone and vape. Seen getting into cars with men in their 20s at the takeaway. Told carer she 'has to pay back' the vodka and phones. Strategy meeting requested today.",
  "AV DB", "", "S", "h")
D("999 call 23:40: girl approx 13 in a flat above the kebab shop on Mill St, texting friend that a man won't let her leave and has taken her phone off her. Friend's mum called us. Units dispatched.",
  "AV RM IS", "rm iso", "S", "i")
D("School nurse note: Year 9 girl says she has an older boyfriend, 17, in the year above; both families know, they go to the cinema. Relationship appears age-appropriate. No exploitation concerns; RSE discussion held.",
  "", "", "", "l")
# ---- domestic servitude ----
D("Kalayaan caseworker notes: Filipina domestic worker (45) on overseas domestic worker visa came with a Gulf family to a Kensington apartment. Works 6am until the family sleeps, no day off in 7 months, sleeps on the floor of the children's room. Employer holds her passport. Her salary of $400 is 'sent to her family' but her family have received nothing.",
  "EO RD WW AC", "lh dt sw ncw", "D", "h")
D("Nanny (Filipina, 38) works for a family in Chelsea, has her own room and a day and a half off each week, keeps her own passport, paid by bank transfer. Came to Kalayaan only for visa renewal advice.",
  "", "", "", "l")
D("neighbours have a young girl maybe 12 who does all there cleaning and looks after the baby, she never goes to school. i see her hanging washing at 10pm. they say shes a cousin from nigeria",
  "AV EO", "lh", "D", "h")
D("Au pair (Spanish, 20) says host family expect 25 hrs childcare a week as agreed, pay £100/week pocket money plus board, weekends free. She has her own phone and goes to language classes. She just wanted to know her rights on holidays.",
  "", "", "", "l")
D("Victim account (translated from Amharic): 'The wife told me I am not allowed to go out without her. When the family went on holiday they locked me in the house with some food. Madam beats me when the floor is not clean. She says if I run the police will put me in prison because I have no papers.'",
  "RM PV IT AV", "rm foa", "D", "i")
D("Woman (Pakistani, 24) married to a British man lives with his extended family. She cooks and cleans for 11 people, is not allowed to leave the house alone, her passport is kept by her mother-in-law, and she has no money of her own. She was slapped for phoning her parents.",
  "RM RD PV IS EO", "rm dt ncw iso lh", "D", "h")
D("Domestic abuse report: wife says husband is controlling with money and shouts at her. She works as a teaching assistant, has her own car and passport, and is staying with her sister. DASH completed, medium risk. No servitude or labour exploitation.",
  "", "", "", "l")
D("Diplomatic household, embassy row: domestic worker seen through the window cleaning at midnight; she tells the driver she is not allowed out of the house and has not been paid since she arrived 2 years ago.",
  "RM WW EO", "rm lh", "D", "h")
# ---- organ harvesting ----
D("Renal unit note: patient had a kidney transplant in Pakistan paid privately, donor was his brother, documents seen. Now under follow-up here. No concerns about donor consent.",
  "", "", "", "l")
D("NCA intel: Moldovan male 26 told he would work on a building site in the UK; on arrival he was taken to a clinic in Turkey, told the debt for travel could be cleared if he 'gives a kidney', and paid nothing after. Scar present. 2/B/P",
  "DE DB WW", "pa", "O", "h")
D("Nigerian woman, 23, told an NGO that a man who offered to pay her family's debts brought her to London 'to help a sick relative' by donating a kidney. She did not agree, but was told her family would be hurt if she refused the tests at the private clinic. She escaped before surgery.",
  "DE IT AV", "", "O", "h")
D("Living kidney donor assessment: donor is the patient's wife, independent assessor interview confirms free consent, no payment, she understands the risks. Approved by HTA.",
  "", "", "", "l")
# ---- misc / benign / denials ----
D("Welfare check on Mr OKAFOR's household: five adults living together, all relatives, all employed or studying, rooms adequate. Neighbour's concern about 'too many people' unfounded.",
  "", "", "", "l")
D("No sign of anyone being held against their will at the car wash. Staff spoke freely, had own phones and said they could leave whenever they wanted.",
  "", "", "", "l")
D("Student (Chinese, 21) reported her passport lost on the bus. Crime ref issued for embassy. She lives in halls, no one else has had her documents.",
  "", "", "", "l")
D("Caller reports man shouting at his wife in the street; officers attended, verbal argument only, both left separately. No injuries.",
  "", "", "", "l")
D("Asylum seeker (Sudanese) in hotel accommodation awaiting Home Office decision. Wants to work but is not allowed. No one has offered him work or taken anything from him. Signposted to English classes.",
  "", "", "", "l")
D("Intel 3/C/P: rumour on estate that the Turkish barbers 'probably' keep staff passports. Attended: staff showed their own passports, contracts and payslips. Rumour not substantiated.",
  "", "", "", "l")
D("He told me he would have hit her if she had refused, but she never refused and he never hit her. - Statement of witness re argument between flatmates. Not relevant to exploitation.",
  "", "", "", "l")
D("Landlord HMO inspection: 9 tenants in a 5-bed HMO licensed for 10, gas safety cert in date, tenants pay rent to agent directly, various employers. No exploitation concerns.",
  "", "", "", "l")
D("Job advert on Facebook: 'Warehouse work UK, £500 per week, free flat, just pay £300 booking fee to secure your place'. Reported by member of public. No victims identified yet.",
  "", "uf", "", "l")
D("Recycling plant, Walsall: GLAA found 8 Polish men sorting waste by hand with no gloves, among broken glass and needles. Housed by gangmaster 8 to a two-bed flat above a shop. Transport £10 a day taken from wages. Men say they were told they would be driving forklifts.",
  "AC DE", "oa ct", "L", "m")
D("Teenager, 17, Albanian, arrived in a small boat. Social worker notes he has a phone number written on his arm and says he must call it when he reaches the hotel because 'the people I owe need to know where I am'. He went missing from the hotel two days later.",
  "AV DB", "", "", "h")
D("A&E: Vietnamese male, approx 20, brought in by 'a friend' who left immediately. Burns to hands consistent with electrical work, malnourished, smells strongly of cannabis, has no phone, cannot say his address. Friend gave a false name.",
  "IS", "pa iso", "C", "m")
D("Office cleaner (Ghanaian) says her employer has not paid her for the last two weeks' overtime and she has raised a grievance; she is otherwise paid monthly into her account and is free to find another job. Referred to ACAS.",
  "", "", "", "l")
D("Press summary: Two brothers were jailed for 9 years under the Modern Slavery Act after forcing homeless men to work on their block-paving business for almost nothing. The men lived in a filthy caravan and were threatened with beatings if they left.",
  "AV WW AC IT", "plc", "L", "h")
D("Man, 40s, Polish, in the soup kitchen says he came for a job that 'did not exist' - the agency disappeared with his £200 fee. Nobody is controlling him, he just wants help to get home. Signposted to Barka.",
  "DE", "uf", "", "m")
D("GLAA licensing breach: labour provider failed to renew licence on time and supplied 12 workers to a salad packer for 3 weeks unlicensed. Workers paid correctly, own accounts, no other concerns. Warning letter.",
  "", "", "", "l")
D("Salvation Army first responder: female, Thai, 30, says she was moved between flats in Leeds, Sheffield and Hull every week, never knew the street names, and the 'driver' took her phone and her money after every client.",
  "IS WW", "iso et ncw", "S", "h")
D("Neighbour dispute log: resident complains about the Sri Lankan family next door running a home business making samosas and the smell. Environmental health: registered food business, family members only, no issues.",
  "", "", "", "l")
D("Intel 2/B/P: Eastern European males at a Kent packhouse each paid £2,500 to a recruiter in Ukraine for the job and a visa. Recruiter now demands a further £1,000 per man 'or we tell immigration you are illegal'. Workers otherwise paid by the farm into own accounts.",
  "IT DB AV", "uf", "L", "h")
D("Kitchen in a hotel in the Highlands: staff accommodation on site, seasonal workers from across Europe, rota displayed, 48-hour weeks, days off respected. Police Scotland visit following anonymous call found no issues.",
  "", "", "", "l")
D("Caseworker: client (Slovak Roma, 45) says the man who brought him to Sheffield takes his wages from the packing factory every Friday at the cash machine, using the client's card, and gives him £15 'for cigarettes'. Client cannot read and does not know his PIN.",
  "WW AV", "ncw", "L", "m")
D("Taxi driver reported picking up two girls of about 15 from a hotel at 3am, man in the back paid and told them to 'stay quiet'. Girls were dropped at a house in Rochdale. Driver took the address.",
  "AV", "", "S", "h")
# ---- batch 3: more twins and voices ----
D("INT 2/B/P: POI NGUYEN Van Hung (DOB 03/05/1988) collects 4 Vietnamese females from HMO 22 Grange Rd at 08:30 daily, drives them to Glow Nails, collects them 22:00. Females not seen outside otherwise. VRM FD68 XYZ.",
  "", "ced et", "L", "m")
D("Glow Nails follow-up visit: staff are the owner's daughters and a niece, all adults, UK-born, paid through PAYE. The 'driver' is the owner's husband who gives them a lift because they live together. Previous INT not substantiated.",
  "", "", "", "l")
D("She says she paid 'the agent' £3,000 in Bucharest for a job in a sandwich factory. At the house in Northampton there were 16 people and 2 bathrooms. The agent took the first four weeks' pay to 'cover the fee' and then said there was rent owing too. She works 12-hour nights.",
  "DB WW AC EO", "uf oa lh ncw", "L", "h")
D("Sandwich factory HR: new starters from Romania recruited directly, no fees, induction in Romanian, accommodation list given but workers choose where to live. Overtime offered, never compulsory. Audit by Stronger Together passed.",
  "", "", "", "l")
D("hi i want to report my cousin hes in a farm somewhere in cambridgeshire they took his pasport and hes not allowed to call us only when the boss is there listening, he says he works all the time and they say he owes for the room. he is scared",
  "RD IS EO DB", "dt iso lh", "L", "h")
D("My cousin works on a farm in Cambridgeshire, he rings us every evening on his own phone, he saved enough to buy a car. He says the boss is strict about start times but fair. Just want advice on how he can bring his wife over.",
  "", "", "", "l")
D("GP note: patient (Latvian, 52) attends with chest infection. Accompanied by a man who insisted on interpreting although patient spoke some English. Patient looked unkempt, underweight, said he lives 'with the workers' at a farm and sleeps in a barn. When the man stepped out patient said 'please help, he has my passport, I have no money'.",
  "RD WW AC", "sfw pa sw dt ncw plc", "L", "h")
D("GP note: patient (Latvian, 52) attends with chest infection, accompanied by his son who interpreted at his request. Works on a dairy farm, lives in a tied cottage with his wife. No safeguarding concerns.",
  "", "", "", "l")
D("nom: Ardit LEKA. Albanian national. INT 2/B/P suggests LEKA runs at least 3 cannabis grows in Bradford using Albanian males brought over by lorry. Workers told they owe £15k each. Workers moved between sites in LEKA's van, never left alone.",
  "DB RM", "et rm", "C", "m")
D("Operation debrief: arrested Albanian male at grow site says he answered a TikTok ad, knew it was 'cannabis job', paid £1,500 per crop, lives with girlfriend in Leeds, comes and goes. Declined NRM, states he is not a victim. No indicators.",
  "", "", "", "l")
D("999 caller: 'there's a lad in the loft of the house next door, he's banging and shouting in a foreign language, the men left in a van and padlocked the back door, there's a smell of weed everywhere'",
  "RM", "rm", "C", "i")
D("Report of smell of cannabis from flat 4. Officers attended: resident smoking cannabis, small amount seized, community resolution. No one else present.",
  "", "", "", "l")
D("Salvation Army intake: Eritrean female, 19. Worked as a maid for a family in Birmingham after arriving through Libya. She says: 'They tell me I am family but I sleep in the kitchen, I work from 5 morning, no money, they say my money goes to the man who bring me from Libya.' Has a cut on her arm from the husband.",
  "EO WW DB PV AC", "sw lh ncw pa", "D", "h")
D("Eritrean female, 19, lives with her aunt's family in Birmingham, helps with the cooking and babysits sometimes, goes to college three days a week and has a part-time job at Primark. Aunt reported to us only because of a landlord dispute.",
  "", "", "", "l")
D("Probation officer: client (38, British, learning disability) lives with a 'friend' who makes him do all the housework and gardening for the friend's family and 3 other houses; friend collects his ESA and gives him £10. Client says friend 'only shouts if I'm lazy'.",
  "AV", "ncw", "D L", "m")
D("Learning-disabled adult (British, 38) has a paid job with a supported employment scheme at a garden centre, lives in supported living, manages his money with an appointee from social services. Annual review, all good.",
  "", "", "", "l")
D("Hotel chain whistleblower: housekeeping subcontractor pays room attendants per room; staff say they start at 7 and are 'not allowed to leave until the floor is finished', often 14 hours with no break; supervisor keeps their bank cards and a 'deposit' of £300 taken from first wages.",
  "EO RM WW", "lh rm ncw", "L", "h")
D("Hotel housekeeping team leader says summer is busy and everyone does overtime, paid, and there is a rota for days off. She wanted to know about union membership.",
  "", "", "", "l")
D("INT 3/C/P (CHIS states): Indian restaurant in Swansea - chef KHAN brought his nephew from Sylhet 'to study'; nephew is 16, works in the kitchen all day and does not attend school.",
  "AV EO", "lh", "L", "h")
D("School attendance officer: 16-year-old works weekend shifts at his uncle's curry house, good attendance, keeps his wages, wants to be a chef. Parents aware. No concerns.",
  "", "", "", "l")
D("Witness statement: 'I saw the Polish man who works for Mr HUGHES on the farm sleeping in the calf shed. He told me Hughes kicked him when he asked for his wages, and that Hughes says he will call immigration if he leaves.'",
  "PV IT WW AC", "sw", "L", "h")
D("Witness statement: 'I know the Polish man who works for Mr Hughes. He lives in the farm cottage with his family, drives his own car to the pub and I have never seen anything wrong.'",
  "", "", "", "l")
D("Airport (Border Force): female, 24, Philippines, arriving with an employer family from Qatar. Employer holding both her passport and her return ticket at the desk; she avoided eye contact and deferred to the employer for every answer. Interviewed separately: says she has not had a day off in a year and is paid nothing directly.",
  "RD EO WW", "dt sfw lh ncw", "D", "h")
D("Border Force: family from Qatar arriving with a nanny, 35, Philippines. Nanny held her own passport, answered questions confidently, showed a contract with salary and rest days, has a return ticket in her name. Given leaflet on rights. No concerns.",
  "", "", "", "l")
D("Caseworker note - CSE: Leah (15) says 'Tommo' (adult) gives her weed and lifts, then said she owes him and has to 'be nice' to his mates to pay it off. He sent her a video of another girl being beaten and said 'that's what grasses get'.",
  "AV DB IT", "", "S", "h")
D("Youth club worker: girls (15) talking about a lad who shared a nude of one of them; referred to school DSL and police for image offence. No adult involvement or exploitation identified.",
  "", "", "", "l")
D("Intel: 'SPIDER' line (Liverpool to Blackpool) using two 15yr old boys, kept in a trap house for 2 weeks at a time, not allowed out, fed takeaways. One boy has a burn mark from a heated knife. 2/A/P",
  "AV RM PV", "rm pa", "C", "i")
D("Two 15-year-old boys stopped in Blackpool on a school trip, one had a penknife in his bag. Confiscated, parents informed. No links to county lines.",
  "", "", "", "l")
D("Romanian man sitting outside Tesco with a cup says his 'boss' brings him from a house with 10 others each morning and takes the money every evening; he is given one meal a day. His leg is amputated and he cannot walk far.",
  "AV WW AC", "et ncw oa", "C", "h")
D("Street population outreach: Romanian man who begs outside Tesco lives with his wife in a council-funded room, keeps what he collects, no third-party control identified. Support for ID and benefits offered.",
  "", "", "", "l")
D("Debrief (Vietnamese, 16): 'In Vietnam the man say I go to England, work in restaurant, good money. My family pay him some, the rest I owe. In England they put me in a house with the plants. I never see the sun. They say if I go out the police will catch me and send me to prison.'",
  "AV DE DB RM IT", "rm foa", "C", "h")
D("Vietnamese student, 19, arrested for shoplifting make-up from Boots. Interview: acted alone, wanted it for herself, lives in student halls, has her own money. Caution. No exploitation indicators identified following screening.",
  "", "", "", "l")
D("Brothel (flat 3, 14 Cross St): INT 2/B/P - women rotated every 10 days from London, one 'maid' takes all payments, women kept inside, food brought in. Women told they owe £5k each for travel and adverts.",
  "RM WW DB", "rm ncw", "S", "h")
D("Flat 3, 14 Cross St - officers visited after complaint. Two women, both British, work together as independent escorts for safety, share rent, run their own adverts. Advised re safety; no evidence of third party control.",
  "", "", "", "l")
D("Call to Modern Slavery Helpline: caller's friend (Indian, 27) came on a student visa; the 'agent' who arranged the course now makes him work in his cash-and-carry 80 hours a week, has his BRP, and says if he complains his visa will be cancelled and he'll be deported.",
  "EO RD IT AV", "lh dt foa", "L", "h")
D("Student (Indian, 27) works 20 hours a week in a cash-and-carry within his visa conditions, paid NMW, asked the helpline whether his employer can ask him to work more in the holidays. Advised.",
  "", "", "", "l")
D("Officer note: Polish man found living in a tent in the woods behind the industrial estate says he used to work at the recycling yard but the foreman stopped paying him after the first month and he was too scared to ask again after the foreman punched him.",
  "WW PV", "plc", "L", "h")
D("Polish man living in a tent behind the industrial estate is known to outreach; he lost his job after drinking and is estranged from family. No employer involvement. Housing referral made.",
  "", "", "", "l")
# ---- batch 4: one-liners ----
D("Car wash boss keeps the lads' passports in his glovebox.", "RD", "dt", "L", "m")
D("Car wash lads on Leeds Rd wave at everyone and go home at 6.", "", "", "", "l")
D("Girl at the nail bar says she gets £20 a week, rest goes to auntie for the debt.", "WW DB", "ncw", "L", "m")
D("Girl at the nail bar says she is saving her wages for university.", "", "", "", "l")
D("Farm workers are made to buy their own boots and gloves from the supervisor at double the price.", "", "ppe", "L", "m")
D("Farm gave all pickers free boots and gloves on day one.", "", "", "", "l")
D("Man at the takeaway never goes out, the owner locks him in after closing.", "RM", "rm sw", "L", "i")
D("Boy, 14, keeps getting the train to Hastings with cash and a burner.", "AV", "", "C", "h")
D("Nanny told the mum at the school gate she hasn't had a day off since Easter and isn't paid.", "EO WW", "lh", "D", "m")
D("Nanny at number 8 got a pay rise and is off to Spain for a fortnight.", "", "", "", "l")
D("Worker says the gangmaster 'shown us a video on his phone of what happened to the last one who ran'.", "IT", "", "L", "m")
D("Kidney for sale advert found on Facebook Marketplace group, seller says 'urgent, need £30k, A+ blood'. Referred.", "", "", "O", "m")
D("Patient asking about private kidney transplant abroad, GP explained risks and NHS waiting list.", "", "", "", "l")
D("They make us sleep 12 in the garage on mattresses and take £70 each for rent.", "AC", "oa plc", "L", "m")
D("Police welfare check at 3am: woman at a pop-up brothel had a black eye and said 'he will kill me tonight if I speak'.", "PV IT", "pa", "S", "i")
D("he has my papers and he knows where my mum lives in Tirana", "RD IT", "dt", "", "m")
D("Foreman drives the men to site at 5 and charges them a fiver each way.", "", "ct ced", "L", "m")
D("My boss pays for our taxi home after late shifts, never charges us.", "", "", "", "l")
D("Man was told 'you can go whenever you want' and he did go, to another job that pays better.", "", "", "", "l")
D("Three Sudanese boys selling knock-off perfume in the market, all under 16, adult collects the money at the end of the day.", "AV WW", "ncw", "C", "h")
# ---- batch 4: longer texts ----
D("""Strategy meeting minutes (children's services, police, health).
Subject: Sofia, 16, Romanian, placed in foster care after being found in a car with two adult males at a service station on the M1 at 02:00.
Sofia says she came to the UK with her 'boyfriend' Marian (24) who told her they would work in a restaurant. She says they lived in a flat in Leicester with other girls, that Marian took photos of her for 'a website', and that she had to 'meet people' at hotels. She showed burn marks on her forearm and said Marian did this when she cried.
Foster carer reports Sofia's phone keeps receiving calls from a UK number and she is frightened to answer. Actions: NRM referral (child, no consent needed), phone to be seized, Marian to be traced via VRM.""",
  "AV DE PV", "pa", "S", "h")
D("""Intelligence log 24/117 - OFFICIAL-SENSITIVE
Source: 1/B/P
Subject premises: Bright Suds Hand Car Wash, unit 3, Ringway.
Details: Source reports the site is run by two Kurdish brothers. Five workers at the site, two of whom the source believes are Iranian asylum seekers. Source states the workers are paid cash at £60 a day, travel in on the bus, and live in various addresses in the city. Source has no information that documents are kept or that workers are controlled.
Assessment: no MS indicators at this time; possible illegal working - pass to Immigration Enforcement.""",
  "", "", "", "l")
D("""Victim statement (through Polish interpreter):
I met Krzysztof at a soup kitchen in Gdansk. He said there was good work in England in a warehouse, with a house and food, and I did not need money because he would pay the bus. When we arrived in Kettering he took my ID card 'to register me'. I never saw it again. The house had 14 men. Every week he took us to the bank and took out our money. He gave me £20 for food. When I said I wanted to go back to Poland he said I owed him £1,500 for the bus and the room. One of the men who left was found and beaten. I was afraid.""",
  "AV DE RD WW DB IT AC", "dt ncw oa", "L", "h")
D("""Call log 101 - 14:32. Caller is manager of a care home in Norfolk. Reports that one of the overseas carers (Zimbabwean, 31) came to her upset because the sponsor's former recruiter keeps phoning demanding £5,000 he claims she owes for 'placement'. The carer is employed directly by the home, paid correctly, has her own passport and has no debt in writing.
Manager has already advised the carer not to pay. Carer is not frightened for her safety and has blocked the number. Advised re fraud reporting. No modern slavery concerns about the home.""",
  "", "", "", "l")
D("""Unseen app report (public): At the caravan park near the farm there's like 30 people in 6 caravans, some of them look really young. Every morning at like 4am a white minibus takes them away and brings them back at night. One of the women asked me for food. Another guy had his arm in a dirty bandage and said the boss won't take him to hospital. They said they cant leave the site cos the boss has their passports and they owe him for the flights.""",
  "RD DB AC", "oa ced et dt pa", "L", "h")
D("""NGO case note (BAWSO):
Client: A., female, 29, Bangladeshi. Married in Bangladesh and joined husband in Cardiff on a spouse visa. For 2 years she was made to cook and clean for his parents, brothers and their wives, from before dawn until after midnight. She was not allowed to go out, her phone was taken, her passport is held by her father-in-law. Her husband raped her repeatedly. She was told that if she told anyone she would be sent back and her family shamed.
Now in refuge. NRM referral with consent. Police informed.""",
  "RM IS RD PV IT EO AV", "rm iso dt lh", "D", "h")
D("""Handover note, nights to days:
- Shoplifting at Co-op, 2 x local youths, NFA.
- Concern for welfare, Mrs BROWN, 84, fall at home, ambulance attended.
- Cannabis smell from 3 Acorn Way - attended, no answer, neighbour says family with young kids lives there, probably someone smoking. NFA.
- Car wash on Station Rd - anonymous call claimed workers 'sleep there'. Attended 07:30, site closed, no one inside. Owner contacted, shows the workers' rental addresses. Nothing further.""",
  "", "", "", "l")
D("""Press summary: A couple from Surrey have been convicted of holding a woman from India in domestic servitude for 9 years. The court heard that she was recruited with a promise of a salary of £100 a month that was never paid, slept on the kitchen floor, was given leftovers to eat and was beaten with a rolling pin. Her passport was locked in a cupboard. Neighbours said they never saw her leave the house.""",
  "DE WW AC PV RD RM", "sw dt rm", "D", "h")
D("""Intel 2/C/P. Multiple sources report 'ESKI' (possibly Kurdish male, 30s) runs a network of minicab drivers in Luton who are mostly recent arrivals. Drivers pay 'Eski' £200 a week to use a car and a licence that is in another person's name. Drivers keep the rest. No information that drivers are restricted or threatened. Assessment: likely licensing/insurance fraud, not MS. Pass to licensing.""",
  "", "", "", "l")
D("""Safeguarding referral - adult social care.
Referrer: district nurse. Mr P (71) lives alone, mild dementia. A neighbour 'helps' him and has taken control of his bank card, pension and post. Nurse found no food in the house. Mr P said the neighbour's sons store boxes in his spare room and 'people come and go late'. Police asked to check for cuckooing.""",
  "AV", "ncw", "", "m")
D("Intel 1/A/P: VRM RX21 KLM used to transport 6-8 Indian nationals to a garment factory in Leicester at 07:00, returned 22:00. Factory pays £3.50/hr cash, workers owe the owner for visas, 'fines' for mistakes deducted from pay.",
  "DB WW EO", "et ced lh ncw", "L", "h")
D("Leicester garment factory audit: workers paid above NMW by BACS, hours logged on electronic clocking, fire exits clear, no recruitment fees. Auditor spoke to 20 workers privately. Clean report.",
  "", "", "", "l")
D("Migrant Help advice line: caller (Ukrainian, 41) on Homes for Ukraine says her host makes her clean the whole house and the host's Airbnb flats for no pay and threatens to throw her out and 'tell the Home Office' if she refuses. She has her own documents and a job at a bakery.",
  "IT AV", "", "D L", "m")
D("Ukrainian guest on Homes for Ukraine helps with dinner and school runs, host family pay her for cleaning their office at £12 per hour, agreed in writing. Council check visit positive.",
  "", "", "", "l")
D("Intel: organised crime group recruiting homeless men in Bristol for 'benefit claims' - men taken to job centre, accounts opened, all cards handed to the group, men given a room in a crowded house and a bottle of vodka a day. 2/B/P",
  "AV AC", "ncw oa mbc", "C", "h")
D("Hostel keyworker: resident (homeless, 45) says a man offered him a room if he'd sign up for Universal Credit with the man as 'landlord'. He refused and reported it. Nothing happened to him.",
  "", "", "", "l")
# ---- batch 5 ----
D("Debrief (Tigrinya interpreter): he says that in the house in Coventry the men took his phone on the first day and he has not spoken to his family for five months. He did not know the name of the town until police told him. He had one bag with one change of clothes.",
  "IS", "iso fpe", "", "m")
D("Asylum seeker (Eritrean) in Coventry says he calls his mother every Sunday on WhatsApp from the hostel and goes to church; he asked for help finding a solicitor. No concerns.",
  "", "", "", "l")
D("GLAA: worker at a leek farm has a rucksack and the clothes he's wearing - everything else 'stayed with the boss in Lithuania'. He is not allowed a phone in the caravan. Supervisor reads any letters before the workers get them.",
  "IS", "fpe iso", "L", "m")
D("Young Chinese woman found at a flat in Glasgow used for selling sex. She had no phone, no money, a few clothes in a plastic bag and did not know what city she was in. Says she was told she would work in a restaurant.",
  "IS DE", "iso fpe", "S", "h")
D("Chinese woman, 30, works in a restaurant in Glasgow, shares a flat with two colleagues, has a phone and a bank account, came to police to report her bike stolen.",
  "", "", "", "l")
D("Referral from A&E: male, Pakistani, 35, collapsed at work in a food factory. Colleague said he works 'double shifts every day' because the man who got him his visa takes half his wages to pay back the £12,000 'sponsorship money'. Patient lives in a room shared with 5 others arranged by the same man.",
  "EO WW DB AC", "lh ncw oa uf", "L", "h")
D("A&E: male, 35, collapsed at work in a food factory - dehydration after fasting during Ramadan. Lives with wife, directly employed, has GP. Discharged with advice. No safeguarding concerns.",
  "", "", "", "l")
D("TARA note: woman (Albanian, 20) was told by her boyfriend in Albania they would marry in London. He sold her to a man who keeps her in a flat in Ilford, sells her to men through an app and holds her ID card. She has never been allowed out alone. She is pregnant.",
  "DE RD RM AV", "dt rm", "S", "h")
D("Albanian woman, 20, engaged to a British man, living together in Ilford, came to police to report harassment by an ex on Instagram. She has her own documents and a job at a salon. No exploitation.",
  "", "", "", "l")
D("Organ trafficking intel (NCA, 2/C/C - not to be disclosed to partner agencies without consent): a Birmingham-based broker recruits young men from Pakistan with debts, pays their travel, then arranges 'donation' of a kidney to a paying UK recipient at a clinic abroad. Donors are told they will be paid £5,000 but receive a fraction.",
  "AV DE DB WW", "", "O", "h")
D("Transplant coordinator: raised concern that a prospective non-directed altruistic donor from abroad appeared to be accompanied by a 'cousin' who answered for him and could not explain their relationship. Donation paused and referred to HTA and police.",
  "", "sfw", "O", "m")
D("Transplant coordinator: living donor is recipient's niece, both UK citizens, relationship verified by DNA and documents, independent assessment completed. Donation proceeded.",
  "", "", "", "l")
D("She says that the men in Cairo told her she would work in a house in London. Instead she was taken to a private clinic and told to sign papers she could not read. When she woke up she had a wound in her side and was told she had 'paid her travel'. She was then given to a family as a maid.",
  "DE DB PV AV", "pa", "O D", "h")
D("Kidney patient (Indian origin, 58) says his cousin in Gujarat is willing to donate and is coming for assessment through the NHS living donor programme. Coordinator confirms process. No concerns.",
  "", "", "", "l")
D("public report: there is a man in my street who keeps saying he can get people a kidney for money from Egypt, he showed my dad photos of the hospital and wants £40,000. my dad is on dialysis and upset",
  "", "", "O", "m")
# ---- more sexual ----
D("Vice intel 2/B/P: 3 Hungarian females at 'Angel Sauna', manager HORVATH takes their passports on arrival, women work 'shifts' from noon to 4am, told they owe for flights and the room. One disclosed being forced to have sex without condoms or 'pay a fine'.",
  "RD EO DB PV", "dt lh", "S", "h")
D("Angel Sauna licence renewal: staff records complete, all workers over 21, hold their own ID, receive their fees directly, security and CCTV in place. Renewed.",
  "", "", "", "l")
D("Adverts on Vivastreet for 'Asian girls' in a flat by the train station; neighbours report a man in a silver Audi drives women there with wheelie cases every Monday and takes them away the next Monday, the women never seen outside. One told a neighbour through the window 'no go out, boss lock'.",
  "RM", "et rm", "S", "i")
D("Escort agency owner (legal) reported an ex-employee for harassment. Agency workers are self-employed, choose clients, are paid directly. Report for harassment only.",
  "", "", "", "l")
D("Debrief, Brazilian female 26: 'They said it was modelling. The photos were for an escort site. After the first week Renato said I had to pay back 3,000 pounds for the flat and photos, and that each day it was more because of the food. When I refused a man he put my head against the wall.'",
  "DE DB PV", "", "S", "h")
D("Brazilian model, 26, in London on a talent visa, reported that a photographer posted her pictures without consent. Malicious communications crime recorded. Not exploitation.",
  "", "", "", "l")
D("CSE - 999 call from a hotel receptionist: a man in his 40s has checked into room 212 with a girl who looks about 13, she was crying in the lift and he took her phone off her. He paid cash.",
  "AV IS", "iso", "S", "i")
D("Hotel receptionist called because a man checked in with a young girl; officers attended, it was a father and his 12-year-old daughter on the way to a football match. Verified. No concerns.",
  "", "", "", "l")
# ---- criminal / county lines twins ----
D("nom 'DRILLA' CLARKE - INT 2/B/P suggests CLARKE takes house keys from vulnerable heroin users in Ipswich in exchange for drugs and runs the line from their flats; one user (female, 50s) told outreach she is 'not allowed to use her own kitchen' and was hit with a bat.",
  "AV PV RM", "rm", "C", "h")
D("Heroin user in Ipswich, 50s, supported by drug service, lives alone, said she has no visitors and feels safe. Keyworker visit, routine.",
  "", "", "", "l")
D("Custody note: juvenile (16) arrested in Exeter with 30 wraps. Lives in London. Says he can't go home until he's sold the lot or he has to pay for it, and 'they took my phone and gave me the work phone'.",
  "AV RM DB IS", "rm iso", "C", "h")
D("Custody note: adult (24) arrested in Exeter with 30 wraps, lives locally, admits selling for profit, no debt or coercion disclosed. Charged PWITS.",
  "", "", "", "l")
D("Primary school DSL: Year 6 boy (11) told teacher his older brother's 'friends' make him carry a bag to the park after school and he is scared because they said they would hurt his mum if he tells.",
  "AV IT", "", "C", "h")
D("Primary school DSL: Year 6 boy (11) upset because older brother's friends tease him at the park. Mum aware, spoke to the friends' parents. Bullying, no exploitation.",
  "", "", "", "l")
D("Intel 2/B/P: organised begging - 5 Romanian adults with disabilities housed in one room in Slough by a family who drive them to London each morning; 'handler' collects money hourly. Workers say they are 'given food and a bed' only.",
  "AV WW AC", "oa et ncw", "C", "h")
D("Pickpocket gang arrested on the Tube: 3 adults from Bosnia, all related, share the proceeds, no evidence of coercion, long criminal records. Charged with theft.",
  "", "", "", "l")
D("Shop security: 2 boys about 12 keep coming in to steal spirits, a man waits outside in a grey Vauxhall and takes the bottles from them. One boy said 'he'll batter me if I come out with nothing'.",
  "AV IT", "", "C", "h")
D("Shop security: boy of 12 caught stealing sweets, said his mates dared him. Parents collected him. No adult involvement.",
  "", "", "", "l")
D("Identity fraud ring: women from Slovakia brought over and married to Pakistani men for visas; brides kept in a house in Glasgow, their documents used to open bank accounts and claim benefits. One bride says she was locked in and raped by her 'husband'.",
  "RD RM PV", "dt rm", "C", "h")
D("Registrar concern about a marriage between a Slovak woman and a Pakistani man; interview found both spoke a shared language, had lived together a year and had photos and joint bills. Marriage went ahead. No concerns.",
  "", "", "", "l")
D("Forced Marriage Unit: British girl (17) taken to Pakistan 'for a holiday'; her passport was taken by her uncle and she was told she would marry her cousin and must stay to cook and clean for his family. Texted a friend for help.",
  "AV RD DE RM", "dt rm", "D", "i")
D("Schools liaison: British girl (17) going to Pakistan for her cousin's wedding with her parents over half term, she is excited about it. Teacher had asked about FGM/forced marriage training. No concerns.",
  "", "", "", "l")
# ---- batch 6 ----
D("Midwife booking note: woman (Vietnamese, 19), 20 weeks pregnant, first contact. Brought by an older man who took her phone when she went to speak to me and refused to leave the room. She did not know her own address. Later whispered that she works in a nail shop 'for no money' and lives above it.",
  "IS WW", "iso sfw sw", "L", "m")
D("Midwife booking note: Vietnamese woman, 19, accompanied by her husband who interpreted at her request; seen alone for routine DA question, she says she is happy and safe, works in her family's nail salon. No concerns.",
  "", "", "", "l")
D("THESE POOR MEN AT THE CHICKEN FARM ARE LIVING IN A SHED WITH RATS AND THE FARMER SHOUTS AT THEM AND THEY DONT GET PAID I HAVE TOLD THE COUNCIL 3 TIMES AND NOBODY DOES ANYTHING!!!!",
  "AC WW", "plc", "L", "m")
D("NOT HAPPY the farm down the lane has workers out at 6am with tractors AGAIN its so noisy, theyre all contracted by a proper agency apparently but someone needs to sort the noise",
  "", "", "", "l")
D("wen i ask for my money he say u owe me for rent and food so u get nothing this month. every month same. cant go anywhere no money no english",
  "WW DB AV", "ncw", "L", "h")
D("hey so my flatmate got his first paycheck from the restaurant it was a bit less than he expected cos of tax, is that normal? hes on a zero hours contract",
  "", "", "", "l")
D("Prison OMU note: prisoner (Vietnamese, 18 at arrest, 16 when recruited) serving sentence for cannabis production. Disclosed to chaplain he was 'sold' to a gang in France, worked in grows in 3 UK cities, never allowed out, beaten when plants died. NRM referral being made; consider CCRC/s45.",
  "AV RM PV", "rm", "C", "h")
D("Prison OMU note: prisoner (British, 33) serving sentence for cannabis production at his own rented house. Screened for exploitation: no coercion, profit motive. No referral.",
  "", "", "", "l")
D("Bank alert: 23 debit cards for different customers posted to one flat in Wembley; CCTV shows one male using 6 of them consecutively at the same ATM on payday. Account holders are listed as employees of a cleaning company.",
  "", "mbc ncw", "L", "m")
D("Bank alert reviewed: several cards at one address in Wembley - address is a student hall of residence with a shared post room. False positive.",
  "", "", "", "l")
D("GLAA: gangmaster deducts £60 a week for 'hi-vis, boots and knife' from each packer's wages even though the site provides them free; he also charges £8 a day for the van and the men cannot get to the site any other way.",
  "", "ppe ct ncw", "L", "m")
D("Labour provider charges £4/day for optional minibus; most workers drive or cycle. PPE issued free by client. GLAA: compliant.",
  "", "", "", "l")
D("Slovak man, 23, says 'I cannot go to police, the boss says police in England will put me in jail because I work without papers and my family will pay'. He cleans offices at night for a man who pays him nothing and keeps his ID card.",
  "IT AV WW RD", "foa dt", "L", "h")
D("Slovak man, 23, says he does not trust the police after a bad experience at home but agreed to report his stolen bike. Works in a warehouse, has his own documents.",
  "", "", "", "l")
D("INT 2/B/P suggests Polish gangmaster uses 'debts' for fines - men fined £50 for being late, £100 for speaking to locals, fines added to what they owe for transport from Poland. Debt never goes down. Men told not to talk to anyone outside the house.",
  "DB IS WW", "iso", "L", "h")
D("Worker at a bakery was fined £10 by the manager for being late; HR overturned it as unlawful deduction and apologised. Worker stayed in the job.",
  "", "", "", "l")
D("Statement of PC 1234: On entering the premises (a flat above a vape shop) I found 3 females, one of whom, later identified as 16, was lying on a mattress. There was no food in the kitchen. The front door could only be opened with a key which none of the females had. The 16-year-old had bruises on both arms.",
  "AV RM PV AC", "rm pa plc", "S", "i")
D("Statement of PC 1235: I attended the flat above the vape shop following a noise complaint. Three female university students were having a party. All were adults, had their own keys and were happy to turn the music down.",
  "", "", "", "l")
D("Kalayaan: domestic worker (Indonesian, 33) escaped from a Mayfair flat at 2am with nothing but her phone charger. Says her employers' wife slapped her daily, took her passport at Heathrow, and she was 'only allowed to sleep 4 hours'.",
  "PV RD EO", "dt fpe lh", "D", "h")
D("Domestic worker (Indonesian, 33) on ODW visa changed employer lawfully and came to Kalayaan for help with the visa paperwork. Previous employer treated her fairly, gave references.",
  "", "", "", "l")
D("Note from Salvation Army support worker: client states the 'agency' in Romania told her she would be a carer for an elderly lady. In reality she cleans the family's 3 houses and looks after 4 children, sleeps on a sofa, paid £50 a month. She is not allowed to use the phone except to call her mother on speaker with the employer present.",
  "DE WW IS EO", "iso ncw lh", "D", "h")
D("Romanian carer works as a live-in carer for an elderly lady via a registered care agency; 2 weeks on, 2 weeks off, paid £900 a week into her own account. She asked us about her tax.",
  "", "", "", "l")
D("Intel 3/C/P: unconfirmed - Vietnamese nail bar workers in Swindon 'could be' trafficked. Officers visited: 4 staff, all hold own passports, live with families, pay slips seen. No indicators found.",
  "", "", "", "l")
D("Car wash worker (Afghan, 17, unaccompanied) says he sleeps in the back office with two others and that the boss told him if he goes to social services he will be sent back to Afghanistan.",
  "AV IT", "sw foa", "L", "h")
D("Car wash worker (Afghan, 19) lives with his foster family from when he was a child, has leave to remain and works weekends for pocket money which he keeps. His social worker asked for a welfare check after a customer complaint. No concerns.",
  "", "", "", "l")
D("I work on the boat. Captain say no contract needed. 4 months we are at sea no stop, sometimes 2 days no sleep. When I am sick he hit me with a rope. The money go to the agent in Ghana, I have not got any.",
  "EO PV WW", "lh ncw", "L", "h")
D("Fisherman (Ghanaian) on a UK trawler: paid monthly into his account, contract under ILO C188, says hours are long at sea but there are rest periods and he goes home at Christmas. Port welfare visit.",
  "", "", "", "l")
D("Trafficking in care: agency sends Nigerian carers to homes across Kent, workers housed 6 in a 2-bed flat owned by the agency director, £150 rent each deducted, director keeps their BRPs 'for audit'. One carer says she worked 21 days in a row.",
  "AC RD EO", "oa dt lh ncw", "L", "h")
D("Care agency director explains that BRPs are checked once at recruitment and copies kept for right-to-work; originals returned. Workers live where they choose. Inspection confirmed.",
  "", "", "", "l")
# ---- batch 7 ----
D("OIC update: IP (Sudanese male, 22) now in safehouse. States he was picked up in Dover by a man who said he had a job in a kebab shop in Manchester. Works 7am-3am, sleeps in the cellar. Man took photo of his family's house in Darfur on his phone and said 'I have people there'.",
  "DE EO IT AC", "lh sw", "L", "h")
D("Sudanese man, 22, refugee status, works at a kebab shop in Manchester on a contract, rents a room nearby. Reported a racist assault by a customer. Hate crime recorded.",
  "", "", "", "l")
D("Intel 2/B/P - Polish workers at a mattress factory in Batley 'rent' rooms in a house owned by the foreman; foreman holds the keys, no visitors allowed, workers searched when they come back from town, phones checked. Workers recruited at a bus station in Poznan with promise of £400/wk; receive ~£100.",
  "DE IS WW RM", "iso ncw rm", "L", "h")
D("Batley mattress factory - GLAA joint visit: 40 staff, majority Polish, directly employed, average pay £11.90/hr, payslips clear. Staff live in own accommodation. No issues.",
  "", "", "", "l")
D("Nepali woman on a Gurkha family visa says her husband's brother makes her work in his shop 7 days a week and she has never been paid; her husband says it is 'family duty'. She is not allowed a bank account.",
  "WW EO", "lh ncw", "L", "m")
D("Nepali woman works in her husband's family shop part-time by choice, paid a salary through the business, has her own bank account and goes to English classes. She came in about a parking fine.",
  "", "", "", "l")
D("Police Scotland intel: Filipino crew on a prawn trawler out of Fraserburgh not allowed ashore when in port, skipper says they have 'no visas'. Crew sleep in a cabin with no ventilation; one crew member lost a finger and was not taken to hospital.",
  "RM AC", "rm plc pa", "L", "m")
D("He is locked in the flat right now, texted me 'help they lock the door and took my shoes, the man said tonight he will beat me'. Address 41b Wren St. - Crimestoppers to 999 hotline.",
  "RM IT", "rm", "", "i")
D("Crimestoppers: anonymous - 'my neighbour keeps his teenage son in at night and takes his phone, strict parenting gone too far maybe'. Officers visited: 15yo grounded for a week after poor report, phone confiscated overnight. Family support offered. No exploitation.",
  "", "", "", "l")
D("Hand car wash - GLAA/HMRC joint: 7 workers, 5 say they get £30/day, boss 'keeps the rest for our house'. House is a flat above the car wash with 7 mattresses on the floor, one toilet. Workers hand over their bank cards at start.",
  "WW AC", "ncw oa sw plc", "L", "m")
D("Hand car wash - GLAA/HMRC joint: 7 workers, NMW paid via payroll, HMRC checks fine, one worker had no right to work (Home Office informed). No exploitation indicators.",
  "", "", "", "l")
D("debrief: 'the job was for cleaning in a hotel, that's what Gabi told me. The hotel was a house, the cleaning was men. He kept my passport and my phone, I did not know anyone, I did not know where I was.'",
  "DE RD IS", "dt iso", "S", "h")
D("Hotel cleaner (Bulgarian, 30) applied through an agency, was placed at a Premier Inn, paid weekly, and reported that her agency placement ended early. She wants to claim unpaid holiday pay. Advised ACAS.",
  "", "", "", "l")
D("Youth offending team: Tyler (15) excluded, known for 'going country'. Says his 'uncle' lets him keep £50 a week from the line, the rest is for the debt he ran up when he 'lost' £800 of food to a robbery - which Tyler now thinks was staged by the olders.",
  "AV DB DE WW", "", "C", "h")
D("Youth offending team: Tyler (15) finished his referral order for criminal damage. Back at school, working at the chippy Saturdays. No current concerns.",
  "", "", "", "l")
D("Social worker: Amira (17, Iraqi Kurdish) found at a house in Huddersfield where she was made to clean and look after 5 children for a family she did not know; given one meal, slept on the landing, never went to school. Man of house touched her at night.",
  "AV AC PV EO", "sw plc lh", "D", "h")
D("Amira (17) lives with her older sister's family in Huddersfield; attends college, helps with her nephews after school. Referred only for ESOL support. No concerns.",
  "", "", "", "l")
D("INT 2/C/P: Chinese female massage therapists moved between 'spas' in Reading, Slough, Oxford every fortnight, driven by male LIN, each given a different name on the website. Believed not to speak English. No other details.",
  "", "et", "S", "h")
D("Massage therapist (Chinese, 40) owns her own licensed practice in Reading, employs a receptionist, was the victim of a burglary. No concerns.",
  "", "", "", "l")
D("Member of public via Unseen app: 'Loads of Romanian men come out of 15 Elm Rd at 5am into a van, back at 10pm. Their landlord is also their boss and drives them. They asked me for food once. One lad said they're told they owe for the van and the house and they never see any money.'",
  "DB WW", "ced et ncw", "L", "m")
D("Elm Rd residents' association: house at number 15 is a licensed HMO for construction workers; they leave early and return late but are polite, one of them fixed our fence for a fee. No concerns raised.",
  "", "", "", "l")
D("Modern Slavery Helpline: caller (Filipino, 29) on a seasonal visa, chicken farm, says the recruiter in Manila charged her 300,000 pesos which she borrowed; farm pays correctly but she cannot leave because she owes the lender and the recruiter tells her she will be 'blacklisted'.",
  "DB IT", "uf", "L", "m")
D("INT 2/B/P: men sent to Spalding packhouse by unlicensed gangmaster; payslips show 40 hours but men say they work 70. Difference paid 'later' - men say it never comes.",
  "EO WW", "lh", "L", "m")
D("Packhouse in Spalding - worker complains that a shift was cancelled at short notice and he lost a day's pay. Otherwise paid every week, can choose shifts. Not modern slavery.",
  "", "", "", "l")
D("Prevent/MS joint note: 3 Albanian boys (15-16) collected from a hotel for UASC in a taxi paid by an adult, suspected taken to grows; one returned with a cut lip and refused to say where he had been.",
  "AV PV", "pa et", "C", "h")
D("UASC hotel: 3 Albanian boys went to a football tournament organised by the local club; taxi paid by the club. Returned as planned. Manager confirmed.",
  "", "", "", "l")
D("Sextortion-style CSE: boy (14) told by an online 'girl' to send images; then an adult demanded he recruit other boys and deliver parcels or the images would be sent to his school. He has delivered 5 parcels.",
  "AV IT", "", "C S", "h")
D("Referral from GP: Romanian male, 19, says he came to do 'construction' for a man from his village and owes 'nothing, it's fine' - but presents with fractured ribs, says he fell at work. Declined to say more. Lives at the boss's house with 10 others.",
  "AC", "pa oa", "L", "m")
D("Referral from GP: Romanian male, 19, rib fracture from football. Lives with parents, student at college. No concerns.",
  "", "", "", "l")
# ---- batch 8 ----
D("INT 2/B/P: at the Asda ATM on Fridays male PETROV withdraws cash with 8-10 cards in succession; cards are in the names of Bulgarian workers at a salad factory who live at his address. Workers are picked up at 05:15 by PETROV's van and charged £7 a day for it.",
  "", "mbc ncw ced et ct", "L", "m")
D("ATM alert: one customer used 3 cards - her own and two for her elderly parents under lasting power of attorney. Documents verified. Closed.",
  "", "", "", "l")
D("Debrief (Arabic interpreter): she says she came with only the clothes on her back; the family gave her one dress and took the rest of her things 'to store'. She was not allowed to leave the villa in Knightsbridge and the driver watched the door. She worked from dawn until after midnight and was told her pay was sent to Egypt. Her mother says nothing arrived.",
  "RM EO WW", "fpe rm lh ncw", "D", "h")
D("Diplomatic household staff interview (FCDO-arranged): domestic worker has her own room, a phone, Sundays off, goes to church, salary paid into her UK account. She renewed her contract willingly.",
  "", "", "", "l")
D("Worker tells GLAA: 'We pay for the hat, the coat, the boots, even the hairnet - £90 the first week from the wages.' Factory manager later confirms PPE is supposed to be free.",
  "", "ppe", "L", "m")
D("Factory HR: new starter lost his safety boots and was asked to pay £20 for a replacement pair, in line with policy he signed; first pair was free. Not exploitation.",
  "", "", "", "l")
D("Man speaking for a group of 9 Indian workers at the job centre says 'they do not speak English, I handle everything for them' - the workers' bank letters all go to his house. Workers looked at him before answering any question.",
  "", "sfw ncw", "L", "m")
D("Interpreter booked for a group of Indian workers attending a union meeting about pay; workers spoke for themselves through the interpreter. Not exploitation.",
  "", "", "", "l")
D("Asylum seeker (Iranian, 27): 'The man who drives us to the car wash says if I speak to police they will take my asylum away and put me on a plane. So I say nothing.' Paid £2 an hour.",
  "IT AV", "foa", "L", "m")
D("Iranian asylum seeker (27) working legally after permission to work granted, at a car wash, paid NMW. Asked about volunteering at the Red Cross.",
  "", "", "", "l")
D("Booking 'fee' of €500 paid in Sofia to get a job at a UK meat plant; on arrival the job existed and paid fine, but the worker wants the fee back. GLAA to investigate the unlicensed recruiter.",
  "", "uf", "", "l")
D("Fisheries: Indonesian crew member on a Cornish crabber says he had to pay $2,000 to the manning agency in Jakarta, which is being deducted from his pay at $200 a month, and the skipper keeps his seaman's book.",
  "DB RD", "uf dt", "L", "m")
D("INT 2/B/P: Eritrean males living in a disused pub in Kent used by a 'boss' as a dormitory - up to 25 men, no heating, one shower. Taken every day in a Luton van to a recycling plant. Boss takes £80 from each weekly.",
  "AC", "oa plc et", "L", "m")
D("Pub in Kent converted to HMO with planning consent; 8 tenants, private rooms, council inspection passed. No employment link to landlord.",
  "", "", "", "l")
D("Sikh temple volunteer: a man, 60s, Indian, arrived on a visitor visa, says he has been working in a relative's shop and living in the stockroom for 3 years, never paid, his passport 'lost' by the relative. He has no other clothes and wants to go home.",
  "WW RD AC AV", "sw dt fpe", "L", "h")
D("Sikh temple volunteer: elderly visitor from Punjab volunteers in the langar kitchen by choice during his stay with his son. Returning to India next month.",
  "", "", "", "l")
D("A 14-year-old girl in a care home is being picked up at night by a man who calls himself her 'uncle'; staff saw him hand her cash and a bag of pills. She came back with no underwear and a bite mark on her neck.",
  "AV PV", "ced pa", "S", "h")
D("Care home (children's) night log: young person (14) was collected by her registered aunt for a planned overnight contact arranged by her social worker. Returned on time. No concerns.",
  "", "", "", "l")
D("Vietnamese boy, 15, found at a nail bar in Cardiff at 10pm doing pedicures; shop owner said he is 'her son's friend visiting'. He had no school place, no GP and a mobile with one number saved.",
  "AV IS", "iso", "L", "h")
D("She went to the police herself, she wasnt locked in or anything, the restaurant paid her but really late sometimes and the owner is rude - she just wants her last two weeks money. thats it.",
  "", "", "", "l")
D("Bus driver reported that every day at 5am a group of men board with a man who pays for all their tickets and then keeps the tickets, sits by the door and doesn't let them talk to anyone. Men get off at the industrial estate.",
  "IS", "et iso ced", "L", "m")
D("My son's friend from Lithuania has a job in a warehouse, the agency found him a room and took the first week's rent up front, which is normal, he says he's fine and has his own bank account.",
  "", "", "", "l")
D("Intel: Vietnamese male (believed 17) seen working on a cannabis grow in Hull, 'guard' stays in the house with him, windows covered. Male has no shoes. 2/C/P",
  "AV RM", "rm fpe", "C", "i")
D("Report to council: Roma family of 9 living in a 2-bed flat, children not in school. Visit found a family in poverty, no employment or third-party control; school places arranged, housing referral made.",
  "", "", "", "l")
D("INT 2/B/P suggests nom TURCU recruits young Romanian women through Facebook for 'cleaning jobs in London hotels', collects them at Luton airport, keeps their ID cards, and places them in flats in Harrow where they sell sex. Women told their families in Romania will be visited if they refuse.",
  "DE RD IT", "dt", "S", "h")
D("Romanian women arriving at Luton for hotel cleaning jobs via a licensed agency; agency rep met them with name boards, accommodation was a hostel they booked themselves. Routine Border Force engagement, no concerns.",
  "", "", "", "l")
D("Statement: 'Sir, I am Nigerian lady. Aunty bring me when I was 13 to watch her children in Peckham. I never go to school. Now I am 20. She never pay me. She beat me with slipper and wire. When visitors come I hide in the room.'",
  "AV WW PV EO IS", "iso lh", "D", "h")
D("Nigerian woman, 20, lives with her aunt in Peckham since age 13, went to school and college there, now studies nursing. Came to report a lost phone.",
  "", "", "", "l")
D("Officer note: arrested 2 Vietnamese males for shoplifting baby formula. One says a man gives them a list each morning and drops them at shops; they get food and a bed, no money; must pay back £30k. Second male said nothing.",
  "DB WW", "et", "C", "m")
D("Hungarian couple work at a hotel in the Lake District, live in staff accommodation, pay £60/week rent for a private double room, get two days off. Filed complaint about a noisy neighbour. No concerns.",
  "", "", "", "l")
D("Vulnerable adult (autistic, 22) befriended online by a man who persuaded him to open bank accounts and hand over the cards, and now sends him to collect parcels; threatened to 'come round' when he said no.",
  "AV IT", "ncw", "C", "h")
