#!/usr/bin/env python3
"""Hand-written training texts for the Sightline indicator detector (set f120).
Each E(...) holds one hand-written text and its labels. Short codes:
indicators AV DE RM IS PV IT RD WW DB AC EO; types L S C D O;
risk: None = derived from the written rules, 'i' = immediate, 'h' = high (child at risk)."""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oc": "overcrowded_accommodation", "swp": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "cedl": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
PAIR = {"RD": "dt", "RM": "rm", "EO": "lh", "IS": "iso"}
ROWS = []


def E(text, ind="", sig="", typ="", risk=None):
    ind = ind.split()
    sig = sig.split()
    for k, s in PAIR.items():
        if k in ind and s not in sig:
            sig.append(s)
    typ = typ.split()
    if risk == "i":
        r = "immediate"
    elif risk == "h" or "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        r = "high"
    elif ind or typ:
        r = "medium"
    else:
        r = "low"
    ROWS.append({"text": " ".join(text.split()) if "\n" not in text else text.strip(),
                 "indicators": [IND[x] for x in ind], "signs": [SIG[x] for x in sig],
                 "exploitation": [TYP[x] for x in typ], "risk": r})

# ---- part 1 ----
E("INT suggests males working at KLEEN KING hand car wash, Dudley Rd, have their mobiles handed in to the manager at 0700 and returned at night. Workers believed Romanian. Not known to have any contact with family. 2/C/P",
  "IS", "", "L")
E("Vietnamese female approx 16yrs found at nail bar during visit. States she does not know the address where she sleeps, is driven there and back by 'uncle' each day. Phone belongs to uncle. Child safeguarding strategy meeting requested.",
  "AV IS RM", "et cedl", "L", "i")
E("i work at the farm 3 month now. my boss take my telephone when i come, he say is company rule. i cannot speak with my wife in romania. only he can call her and he tell her i am ok",
  "IS", "sfw", "L")
E("Caller reports new neighbour from Poland seems lonely, doesn't know anyone in the area yet and asked caller where the nearest church was. Works at the warehouse on days, drives himself. No concerns. Advice given.",
  "", "", "")
E("Visit to Hollins Top Farm (GLAA). 14 seasonal pickers, Bulgarian and Ukrainian, on a licensed scheme. Workers hold own phones, free wifi in the caravans, several were on video calls home during the visit. Caravans clean, payslips seen. Workers go into town by bus at weekends. No indicators identified.",
  "", "", "")
E("POI DUMITRU, Ionut (DOB 04/03/1988) moves his workers between three houses in Walsall roughly every fortnight. Workers collected in a van with blacked-out windows at night and are not told where they are going. Source states one worker asked for the address to give to his mother and was slapped. 2/B/P",
  "IS PV", "et", "L")
E("She says that in the house she was not allowed to use the telephone. The madam said if she wanted to talk to her children she could write a letter and madam would post it. She says she later found out the letters were never sent, madam had them in a drawer, opened.",
  "IS", "", "D")
E("Adult social care referral: Mr T, 52, learning disability, has been 'living with' a family who run a paving business. Neighbours say he is out with the gang from 6am till dark, he isn't allowed to go to the day centre any more and his sister was told he didn't want to see her. His phone was 'broken' and never replaced. Benefits paid into son's account.",
  "AV IS EO", "ncw cedl", "L")
E("Spoke to worker at the takeaway alone. He has no phone because he dropped it in the fryer last month and hasn't bought a new one yet, says he calls his brother from the boss's phone in front of the counter whenever he wants and goes to the mosque on Fridays. Paid weekly in cash. Nothing further.",
  "", "", "")
E("the girls in flat 3 never come out alone there always a man with them. seen them with no phones at all. the man changes the sim cards every week i seen the packets in the bin. they dont speak english. worried",
  "IS RM", "et", "", None)
E("Debrief (via Albanian interpreter). He says that when he arrived in the UK the men who brought him took the phone he came with and gave him a new one with a new number, they said it was for his safety. He says only three numbers were saved in it, all theirs, and they checked the messages every night. He was tending plants in a house in Bolton, he did not know the town name until police came.",
  "IS", "", "C")
E("Worker at Premier Packing says the supervisor 'translates' everything for them and nobody is allowed to speak to the HR lady directly. When the agency rep came he stood next to them the whole time. No other concerns raised at this stage.",
  "IS", "sfw", "L")
E("Lithuanian male spoken to at the car wash. Says he moved here on his own, rents a room from a friend, has no friends in town yet because he only arrived 2 weeks ago. Own phone, own bank card. Happy with job. No indicators.",
  "", "", "")
E("Au pair (Filipina, 24) attended GP with back pain. Disclosed employer holds her passport 'so it doesn't get lost', she is not allowed to join the English class at the library because 'you are here to work not to study', and she has only a family tablet with the internet switched off. Works from 6am until children in bed, every day. GP gave helpline number.",
  "RD IS EO", "", "D")
E("Text msg to 101: my dad is from china he dont speak english and we are struggling to get him a gp appointment can police help with a translator. Advised to contact surgery for interpreter. No crime.",
  "", "", "")
E("OIC note: IP states that once he complained about the hours, the gangmaster took his phone for a week 'as punishment' and told the others not to talk to him. After that he kept quiet.",
  "IS", "", "L")
E("INT: Eritrean males (x4) living above the Golden Bowl restaurant. Only go down to kitchen, door to street kept locked, owner holds key. Not seen outside in 3 months by source. 2/A/P",
  "RM", "swp", "L", "i")
E("Safeguarding referral (school): Year 9 pupil, Kayden, 14, has had several new phones in the last month and said 'my old one was took off me, they give me a work phone'. Missing twice overnight, found in Margate with £300 and wraps. Older male 'Smokey' waits outside school.",
  "AV", "", "C", "h")
E("Salvation Army caseworker notes: client (Sudanese, 31) says that at the hotel where he did laundry the manager read all his messages every evening and deleted anything in Arabic. He was told that if he spoke to the other staff about his wages he would be sent back to Calais. Paid £50 a week for 70 hours.",
  "IS IT WW EO", "", "L")
E("Elderly lady in the flat opposite never goes out but that's because she has MS, her carers come four times a day, her son visits Sundays. Caller just checking council is aware. Not a police matter.",
  "", "", "")
E("they took our phones at the border and we never got them back, at the house in Leicester there was no wifi and the windows had boards. we sewed from 7 morning to 11 night. the boss said we owe £4000 each for the van journey and the food",
  "IS EO DB AC", "", "L")
E("Intelligence 3/C/C (not to be disseminated outside MSHT unit): female known as 'Lina' advertised on adult site, same photos used in Leeds, Sheffield and Hull within 10 days. Believed moved between hotels, never given the name of the town. Phone answered by a male.",
  "IS", "sfw", "S")
E("Caller's brother (Slovak) went to work on a farm in Lincolnshire and switched his phone off because he 'needs a break from everyone' after a divorce. He texted her last night saying he's fine and will call at Christmas. Caller wanted to know if she could report him missing. Advised not missing. No concerns.",
  "", "", "")
E("I came as a cook for the family of the diplomat. From the first day my phone was in the kitchen drawer and I could use it on Sunday for 10 minutes with madam in the room. I did not know the address of the house, only that it was near a big park. I was never allowed to open the door when someone rang.",
  "IS RM", "", "D")
E("GLAA inspection, Brightfield Salads packhouse: labour provider housing 11 workers in a 3-bed house in Boston, charged £85 pw each. Workers hold own passports and phones. No evidence of control. Licensing breach (accommodation standards) — referred to council HMO team.",
  "", "oc", "")
E("Man came into shop looking thin and scared asked to borrow my phone, said 'they have my phone, please call my sister' and gave a number in Romania. He kept looking out the window at a white transit. Then he ran off when the van beeped.",
  "IS", "pa foa", "", None)
E("Financial crime alert: 23 accounts opened at the same branch over 6 weeks, all Romanian nationals, same correspondence address in Ilford. Cards used at the same ATM on Fridays. Account holders do not appear to have phones registered; mobile number on all accounts is the same.",
  "", "mbc ncw", "")
E("POI KHAN aka 'Uncle Bilal' controls cuckooed flat at Merrow Court. Occupant (vulnerable female, heroin user) has had her phone taken so she cannot call her support worker. Dealers coming and going all night. 2/B/P",
  "AV IS", "", "C")
E("Victim statement: 'My husband's family kept me in the house. I was not allowed to go to the English class that the council offered. I was not allowed a phone. I cooked and cleaned for nine people from 5 in the morning. My mother-in-law said if I told anyone, they would send me back without my son.'",
  "IS RM EO IT", "", "D")
E("Neighbour complaint about noise from the house share on Victoria St, parties most weekends, 6 or 7 students. No other issues.",
  "", "", "")
E("Sex worker spoken to during welfare visit, says she works independently, has her own phone, advertises herself and chooses her clients. Does not want support at this time. Leaflets left.",
  "", "", "")
E("IP (Vietnamese, 17) found in cannabis grow in loft of Oak Avenue. Padlock on outside of loft hatch. IP had no phone and said he did not know which country he was in. Ambulance for chemical burns to hands.",
  "AV RM IS AC", "pa swp", "C", "i")
E("The man who brought us here said that 'phones are dangerous, the police can find you'. So he kept all of them in a bag. We could only call home once a month, using his phone, he stood next to us. My mother asked why I sounded so sad.",
  "IS", "", "")
E("Care home worker (Indian national, on sponsorship visa) contacted helpline. Says the owner reads the staff WhatsApp group and has banned them from joining the union or talking to the inspector. Her passport and BRP card are 'kept in the office' by the owner. She was charged £9,000 for the visa which she is repaying from wages at £600 a month.",
  "IS RD DB", "uf", "L")
E("A&E: male, 40s, Polish, laceration to hand from machine at recycling plant. Works via agency, employer reported the accident to HSE, colleague drove him in. No concerns about his work situation.",
  "", "", "")
E("Debrief notes: 'On the boat we were at sea for weeks. The captain had the only satellite phone. When we came to port in Scotland we were not allowed to go on land, the agent said the visa did not allow. We had no way to speak to the union or to anyone.'",
  "IS RM", "", "L")
E("bloke at the car wash on the corner told me in broken english they sleep in the portacabin out back and the boss looks at there phones every night to see who they texted. he asked me not to say nothing",
  "IS", "swp foa", "L")
E("Press summary: A couple from Northampton were jailed for forcing a Nigerian woman to work as their unpaid nanny for six years. The court heard she was forbidden from contacting her family in Lagos, was told the police would arrest her because she had no visa, and slept on the kitchen floor.",
  "IS IT WW AV", "swp foa", "D")
E("Caller reports his workmate, a Hungarian guy, is very quiet and keeps to himself at lunch. Caller thinks he's just shy, he drives his own car and goes home at weekends. Call logged for info only.",
  "", "", "")
E("INT suggests female 'Mimi' working at massage parlour on Station Rd is driven to and from the premises by the owner and has been told she must not speak to customers about anything but the service. She is not allowed out on her own days. Source overheard owner shouting that she owes him for the flight. 2/C/P",
  "RM IS DB", "et", "S")
E("Probation note: service user disclosed he is being made to hold drugs for a man he owes money to. The man has taken his bank card and PIN and has his phone 'to stop him ringing his old dealers'. He is scared to go home.",
  "DB IS", "ncw foa", "C")
E("Midwife booking appointment: woman (Chinese, 22) attended with a man who answered all questions and refused to leave the room. She has not registered with a GP, doesn't know her address, says she 'lives at work'. Interpreter could not be arranged with him present.",
  "IS", "sfw swp", "")
E("Student (Malaysian) reports she lost her passport on the train from Manchester. No suggestion anyone took it. Crime reference given for embassy.",
  "", "", "")
E("my cousin works in a restaurant in Glasgow the owner will not let the chefs have mobile phones at work which is normal in kitchens, he phones me every night from his flat and goes to football on sunday. he just wanted to know about his holiday pay",
  "", "", "")
E("She says that after the wedding she was taken to Bradford. Her husband kept her passport and her phone. She was not told the address and was never taken out except to the doctor, where he spoke for her. She did all the housework for his parents and brothers.",
  "RD IS RM", "sfw", "D")
E("Hotel housekeeping staff (Romanian x6) via Bright Star Staffing. Source states the staff are collected at 5am, dropped at 11pm. Told to give the hotel the agency's number, never their own. Staff told not to speak with hotel staff on breaks. 2/B/P",
  "IS EO", "cedl", "L")
E("Report from public: 'saw a kid about 13 begging by the cash point on Broad St every day for a week, an adult man collects the money off him every hour, kid looks freezing and has no coat'",
  "AV", "pa ncw", "C", "h")
E("IP (Albanian, 19) disclosed via interpreter: brought to UK in lorry, told he owed £15,000. Kept in a house with the windows painted, not allowed a phone, only allowed out to the grow house with 'Gezim'. He said Gezim told him his sister in Durres would be visited if he ran.",
  "DB IS RM IT AC", "et", "C")
E("Referral: woman (British, 34) with mental health issues cuckooed; her partner has confiscated her phone and tells her family she's 'too ill to visit'. No suggestion of drugs or any work or exploitation — domestic abuse case referred to IDVA.",
  "", "", "")
E("Note: workers on Greenacre site are Portuguese and speak little English. Site manager uses Google Translate and the union rep speaks Portuguese, workers have access to all site notices in Portuguese. No one speaking for them, they come to the office themselves. Nothing of concern.",
  "", "", "")
E("OFFICIAL-SENSITIVE. VRM WX19 KLF seen dropping 8 males at the Fenland potato packhouse at 0545 and collecting 2300. Males believed to be housed at 14 Gorse Lane. One male disclosed to a shop worker that 'boss has our phones, we have a phone for the whole house'. 2/C/P",
  "IS", "cedl et", "L")
E("Safeguarding: 15yo girl, looked after child, returning to placement with new clothes and nails. Has a second phone that a 25yo male 'boyfriend' gave her; he checks her location all the time and told her to delete her friends. She was taken to a party in Luton and had sex with several men.",
  "AV IS PV", "", "S", "h")
E("Interview with IP: 'I worked in a nail bar in Croydon. I was not allowed to talk to the customers in English, only to say hello and price. The boss said if a customer asks where you live you say you live with your aunt. After work we went back in the car with the boss to a house, I don't know which street.'",
  "IS", "et", "L")
E("Council housing officer: house at 9 Elm Grove has 14 mattresses in 3 rooms, locked bedroom doors from the outside, all occupants men from Romania working at a building firm. Landlord collects 'rent' straight from their wages. Occupants were not allowed to talk to me without the landlord.",
  "RM AC WW IS", "oc sfw ncw", "L", "i")
E("Man reports that his wife's friend (Filipina, works as a nanny in Kensington) hasn't answered her phone for two days. Caller later rang back: friend had lost her charger. All fine.",
  "", "", "")
E("Police log 0312: female ran into petrol station barefoot saying she was locked in a flat above a shop for 'two weeks maybe', no phone, men bring customers to her. Male in a silver Audi circling. Units dispatched.",
  "RM IS", "pa", "S", "i")
E("Unseen helpline call: caller works on a mushroom farm. Says workers live on site, have their phones and can go to town, but the pay is below minimum wage and they have to buy their own gloves. Wants advice about pay only. No other indicators.",
  "", "ppe", "")
E("Victim account (translated): The boss's wife came every morning with a list. I cleaned three houses: hers, her mother's and her sister's. I had a mobile but without credit. The wifi password was changed after I called my brother. I understood they did not want me to talk to anyone.",
  "IS", "", "D")
E("INT: Chinese females rotated through residential flats in Reading, Slough and Oxford. Each stays 1 week. Males collect them in a taxi at night. Females given a new SIM on arrival and the old one destroyed. 2/B/C — not to be shared with partners without DI approval.",
  "IS", "et", "S")
E("Worker says he 'chose not to bring a phone' to the fishing trip because there's no signal at sea anyway, called his family from the port office on landing. Holds own discharge book and passport. Crew agreement seen.",
  "", "", "")
E("POI O'DONNELL (Traveller site, Gloucs) believed to have three 'dossers' working for him laying tarmac. Men are homeless recruits, kept on the site, their phones taken so they cannot 'ring the social'. Paid in cigarettes and cider. 2/C/P",
  "AV IS WW", "", "L")
E("School referral: Y11 pupil (Romanian) has been absent a lot. Mum explains they went home for grandad's funeral. Pupil speaks little English and has no friends yet as he is new. No concerns, EAL support put in place.",
  "", "", "")
E("Debrief: 'When we moved house, every time it was at night. The driver told us to keep our heads down. I saw once a sign for Coventry but the next house I don't know. I never had the key.'",
  "IS RM", "et", "")
E("Public report: theres a young lad at the chippy on High St works every day from 11 til midnight, the owner never lets him use the phone at the counter and when I asked where he was from the owner answered for him and sent him in the back. seems scared",
  "IS EO", "sfw foa", "L")
E("I was told I would do hotel work in London. When I arrived in Birmingham they took my ID and my phone and said I would work in a flat with men. They said they know my little brother's school.",
  "DE RD IS IT", "", "S")
E("Border Force: 3 Nigerian females arriving LHR with same sponsor. Sponsor's number only number in their phones, all three phones newly bought. Told officers they were visiting 'auntie' for a wedding but did not know her name. Referred to safeguarding team.",
  "", "", "")
E("Care worker (Zimbabwean) says the agency boss took her phone on the first night 'to register it'. It came back with a tracking app on. She is followed to her shifts. She cannot phone her husband without the boss checking the call log.",
  "IS", "", "L")
E("OIC handover: IP moved to safehouse. IP's account: worked 4 years in a car wash, Leeds, owned by BERISHA. Phone confiscated on arrival, allowed a call once a year. Slept in container at rear. 'Pay' kept by Berisha to 'save for you'. Never saw it.",
  "IS WW AC", "swp", "L")
E("Man (Polish, 60) living in a caravan on a friend's farm by choice. Does odd jobs for cash, has a phone, goes to the pub in the village. His daughter worried because he's 'gone off grid'. Welfare check done: fine.",
  "", "", "")
E("Report via Modern Slavery Helpline: 'My friend she work cleaner for family in Manchester, family take her passport and phone, she only can send message from madam's phone. She say the man hit her when she ask for money. She sleep in laundry room.'",
  "RD IS PV WW AC", "swp", "D")
E("Anonymous online report: THERE IS SOMETHING WRONG AT THE NAIL PLACE ON THE PARADE!!! THE GIRLS NEVER GO ON THERE PHONES AND THE WOMAN IN CHARGE WATCHES THEM ALL THE TIME THEY LIVE UPSTAIRS I THINK",
  "IS", "swp", "L")
E("Financial investigator: Mr AHMED's wages from the chicken factory (£1,300/month) go into an account with a card held by his 'landlord'. Ahmed gets £40 cash a week. Ahmed has no mobile of his own; landlord's phone number is on the bank file.",
  "WW IS", "ncw", "L")
E("Caller says Vietnamese lad working at the nail bar next door went missing from the local authority care home last year. He's now with a man who picks him up. Lad seemed frightened and said he's not allowed to talk to anyone.",
  "AV IS", "et foa", "L", "h")
E("We were 12 in the house. The boss said no internet because we would waste time. Once a girl from the church came and gave us leaflets in Polish; he took them and tore them. He told us the English people hate foreigners and we must not talk to them.",
  "IS AC", "oc", "")
E("Construction site visit: 5 labourers from Albania, all with own phones, contracts in Albanian, paid into own accounts. One said the site is remote and he misses his family but he FaceTimes them every evening. No concerns.",
  "", "", "")
E("Woman (Thai) disclosed at sexual health clinic that she works in a flat in Camden. Man keeps her phone during the day and gives it back to her in the evening so she can call her son. She 'has to pay back the £20,000' for coming.",
  "IS DB", "", "S")
E("Complaint: cannabis smell from 22 Wellington Rd, neighbours never see anyone, lights on 24 hours. No info on occupants.",
  "", "", "")
E("IP, Slovak Roma male 28, deaf. States a family in Sheffield brought him to the UK, kept him in their house, did not allow him to sign with anyone, took him to the benefits office and spoke for him. He worked on their scrap lorry every day.",
  "AV IS", "sfw", "L")
E("GP note: Mrs P (Pakistani, 67) attending with daughter-in-law for diabetes. Daughter-in-law interprets but patient also seen alone with telephone interpreter: she is happy, goes to the mosque, sees her friends. No concerns.",
  "", "", "")
E("The men from the agency said we could not go to the GP because we are not registered. When Piotr was sick they gave him paracetamol and he kept working. They said the doctor would call immigration.",
  "IS IT", "foa", "L")
E("INT 2/B/P: BALOGH family (Hungarian) keep 6-8 males at the yard on Cross St, used for roofing jobs. Males' phones held in the office. Males not allowed to leave the yard without a family member. One male was beaten after being found with a phone.",
  "IS RM PV", "et", "L")
E("Safeguarding adults: Mr H (Eritrean, 20) found living in a church after leaving a job at a car wash. He says he left because he wasn't paid for 2 weeks and the owner was rude. Had own phone throughout and was free to go. Pay dispute referred to ACAS.",
  "", "", "")
E("Victim (Nigerian, 28): 'Madam told me I could not go to church because the people there would steal me. I must not answer the door. I cannot telephone Nigeria because it costs too much, she said. I did not know anybody in London, only the family.'",
  "IS", "", "D")
E("Log: female, Romanian, 20s, approached PCSO outside Lidl, pointing at a piece of paper: 'help me, they take my phone, I no know where I am'. Became frightened when a male approached and left with him in a grey Golf.",
  "IS", "foa", "", "i")
E("Caseworker note: client (Indian, 45) worked in a sweet shop. His employer told him he must only speak to customers, never to other Indian people in the street, 'because they will report you to the Home Office'. He lived in the store room for 3 years and was given food but no wages.",
  "IS IT WW", "swp foa", "L")
E("A couple from Sri Lanka were on a video call with relatives when interviewed in their own home. They are living with the husband's brother while waiting for their visa appeal. Help with the housework and school runs. No concerns.",
  "", "", "")
E("INT suggests VRM KS67 YHG used by ISMAILI, Artan to take 'workers' to cannabis grows in Kent. Workers are moved every few weeks between properties and not told locations. Their phones have no SIM. 3/C/P",
  "IS", "et", "C")
E("he made us delete facebook. he said if he saw us online he would cut our salary. we could not tell our families where we are. he keep our money for 'tax'",
  "IS IT WW", "ncw", "")

# ---- part 2 ----
E("Boss keeps all our phones in a box by the door, we get them Sunday only.", "IS", "", "")
E("Worker at car wash says he is not allowed to talk to customers, only the manager talks.", "IS", "sfw", "L")
E("Nom not allowed to contact family in Vietnam. Phone smashed by handler. 2/B/P", "IS", "", "")
E("Lad at the chippy has no friends here yet, just moved from Kurdistan, seems happy enough.", "", "", "")
E("3 males at yard, no phones, told not to speak to neighbours. Believed Polish. 3/C/P", "IS", "", "")
E("Girl in the flat doesnt know what town she is in. Men bring punters all night.", "IS", "", "S")
E("Switched my phone off for a week at the farm, my choice, needed peace. All good.", "", "", "")
E("Elderly man on remote croft, sees nobody for days, but that is his life. Well-being check fine.", "", "", "")
E("They told me I would be a waitress in Manchester, instead it was a massage flat.", "DE", "", "S")
E("Passports in the office safe 'for insurance', workers can't get them back.", "RD", "", "L")
E("Kidney transplant patient seen at renal clinic, donor is her brother, all approvals in place.", "", "", "")
E("Man offered £5,000 for a kidney on a Facebook group, told he would be flown to Turkey.", "", "", "O")
E("£20 a week pocket money, the rest 'goes to my debt' he said.", "WW DB", "ncw", "")
E("Punched in the face by supervisor for going to the toilet without asking. Packhouse, Spalding.", "PV", "", "L")
E("Walk-in at front counter: female, Nigerian, states her 'sponsor' holds her passport and is sending her to clients in hotels. She refuses to go back. Interpreter not needed.",
  "RD", "", "S")
E("INT 2/A/P: FLOREA, Marian controls 6 females working on the street in Ilford. Takes all their earnings at 0400 each morning. One female seen with a black eye. Females housed in one room above a barber's.",
  "WW PV AC", "ncw pa oc", "S")
E("The man at the agency said: 'The job pays £12 an hour, free house.' There was no free house. They took £90 a week for a mattress in a room with four people and £15 for the van to the factory. My payslip said £12 but in my hand was £60.",
  "DE AC WW", "oc ct ncw", "L")
E("Gumtree ad: 'cleaners wanted, accommodation and transport provided, no English needed, start today'. Nothing else known. For info.", "", "", "")
E("A&E: Vietnamese male ~15, severe burns to forearms, brought in by adult who left immediately. Boy says he 'waters plants' and sleeps in the house. Police called, strategy meeting.",
  "AV AC", "pa swp", "C", "i")
E("Victim statement (translated from Romanian):\nI met Costel in my village. He said in England I could earn £400 a week in a chicken factory and he would pay the bus and I would pay him back from the first wages. When we arrived in Peterborough he took my identity card 'to register me at the agency'.\nI worked nights at the factory, 12 hours, six nights a week. The wages went to a bank card that Costel kept. Every Friday he gave me £30. He said the debt was now £1,800 because of rent and food, and every week it became more, never less.\nWhen I said I wanted to go home, he said he knows where my mother lives and she would pay the debt in a different way. Once he hit me with a belt in front of the others. I stayed because I was afraid and I had no papers.",
  "DE RD EO WW DB IT PV", "ncw", "L")
E("Caseworker note: Ms Q (Chinese, 40) says she came on a visitor visa and worked in a takeaway. Owner paid her £250 a week cash, she rented her own room, had her own phone, and left when she found a better job. Her concern is her immigration status. No indicators of exploitation; referred to immigration advice service.",
  "", "", "")
E("Public online report: i think there is slavery at the big house on Fern Lane the lady there has a maid from phillipines who walks the dogs at 6am and is still hanging washing at 10 at night every single day incl sundays. never seen her with anyone or with a phone. the maid looked very thin last time",
  "EO IS", "pa", "D")
E("Police log: 999 call from female, Polish, very distressed, says boyfriend 'sold' her to his friend for £2,000, she is in a room in a house she doesn't know, door locked, she is using a phone she found. Cell site: Luton area. Units and helicopter deployed.",
  "RM IS", "", "S", "i")
E("GLAA compliance: labour provider deducted £35 per worker for hi-vis and boots at Apex Poultry. Workers otherwise paid correctly, own accounts, free to leave, sign own timesheets. Licence condition breach, advice letter.",
  "", "ppe", "")
E("Debrief (Sudanese male, 24): 'In Libya the men who held us said a man in the UK would pay for my kidney and my debt would finish. They took three men from our warehouse to a clinic. One came back with a big cut on his side and was very sick. He said they gave him nothing.'",
  "AV DB DE", "", "O")
E("the guys at the recycling place are living in shipping containers no heating no toilet just a bucket. they work with no gloves sorting the rubbish. boss shouts at them all day",
  "AC", "plc swp", "L")
E("Intelligence: '12 girls aged 14-16 being passed around at parties in Rochdale'. Named males: SHAH, R and RASUL, M. Girls given vodka and weed then made to have sex. 2/B/P",
  "AV PV", "", "S", "h")
E("Referral from Barnardo's: 16-year-old boy (British) running drugs to Swindon for an Eastern London line. Told he owes £1,500 after he was 'robbed' of the package. Line holder says he will stab his little brother if he doesn't work it off.",
  "AV DB IT", "", "C", "h")
E("Man in the market says the boss at the nail shop took his niece's passport but later we found she just lost it and it turned up in her bag. Niece has no problems at work.",
  "", "", "")
E("Note: Bank flagged customer Ms R. who cannot answer questions about her own account; a man accompanies her each time, holds her card and keys in the PIN. Eight other accounts with the same man present.",
  "", "ncw sfw mbc", "")
E("Indian male (cook) says restaurant owner brought him on a work visa promising £2,300 a month. Paid £600. Works 7am to 1am, seven days, sleeps in the storeroom. Owner has his passport 'for the Home Office'. 'If you complain I cancel your visa and you go to jail.'",
  "DE WW EO RD IT AC", "swp", "L")
E("Caller saw a 12-year-old girl shoplifting in Primark with an adult woman directing her and taking the bags. Woman shouted at child in Romanian. Girl looked underfed.",
  "AV", "pa", "C", "i")
E("Two women from Eritrea in a church-run hostel say they met the pastor online and he's helping with their asylum claim. They come and go, have phones, go to college. No concerns. Safeguarding checked.", "", "", "")
E("Long-term unemployed British man (alcohol dependent) found sleeping in a horse box at a farm, working for 'board and beer' for two years. Farmer's son collects his benefits. He says he is not allowed to go into the village alone.",
  "AV WW RM AC", "ncw plc", "L")
E("Albanian girl, 17, referred by Border Force at Dover: travelling with a 'cousin' aged 30 who had her passport and her ticket. She says she is going to a job in a bar. Separated and taken to local authority.",
  "AV RD", "", "", "h")
E("The woman I worked for hit me with the iron once and another time she pulled my hair. I cleaned and cooked for her family in Kuwait and then in London. She never paid me, she said my salary was going to my father.",
  "PV WW", "", "D")
E("Caller reports Asian men working in the loft conversion next door from 7 till 7, they have lunch in the van, drive off in their own cars. Caller thinks the noise is too much. Advised council.", "", "", "")
E("Victim (English, 19, autistic): 'They said they were my friends. They said I owed them for the food and the weed so I had to go to Aberystwyth with the bag. They kept my bank card. They said if I told my mum they'd burn her house.'",
  "AV DB IT", "ncw", "C")
E("INT 3/C/P: Reports of a Vietnamese male offering kidneys for sale via a WeChat group in London, 'donors' recruited from workers in debt. Unverified.", "", "", "O")
E("Spalding strawberry farm: source states workers were told the job paid piece rate of £1 per punnet but were paid 40p, and were charged £50 a week for transport from the caravan park, 1 mile away.",
  "DE", "ct", "L")

# ---- part 3 ----
E("""OFFICIAL-SENSITIVE
Intelligence report, MSHT desk. Grading 2/B/P.
Subject: SPARKLE hand car wash, Canal St, and associated address 41 Leyton Rd.
Source reports 7-9 males, believed Kurdish Iraqi and Albanian, working at the car wash from 0730 until after dark, seven days. Males walked in a group from 41 Leyton Rd each morning, accompanied by the site manager known as 'Dilo'. Source states males have no mobile phones of their own; a single phone is kept by Dilo and the males may use it on Friday evenings in his presence.
Source further reports that one male, approx 18-19, told a customer in broken English that he 'pays Dilo for the house and the journey' and that 'the money never finishes'. The same male was later seen with a bruised cheek.
Separately, a male working at the adjacent tyre shop (not connected) is a known shoplifter; no MSHT relevance.
Recommend: joint visit with GLAA and Immigration Enforcement, interpreters (Sorani, Albanian).""",
  "IS RM EO DB", "et pa", "L")
E("""Referral from a Salvation Army outreach worker.
Mrs A (Nigerian, 35) was brought to the UK by a pastor who promised her a place at a nursing college and a job as a healthcare assistant. On arrival in Essex there was no college. She was placed with a family in Romford where she cared for an elderly relative day and night, slept on a mattress in his room, and was given £100 'once in a while'.
The pastor kept her passport, saying he needed it for the college paperwork. She says she was not allowed to go to church on her own in case 'immigration caught her', and her phone was taken after she rang her sister in Lagos and cried.
She left when the elderly man died and the family no longer needed her. She is now staying with a woman she met at a bus stop. She is frightened of deportation and of the pastor, who she says performed a ritual on her before she left Nigeria and told her she would go mad if she spoke.
Consent to NRM given.""",
  "DE WW RD IS IT EO AC RM", "swp foa", "D")
E("""999 call, 2247. Caller (male, Vietnamese accent, poor English) says he is 'in a house with plants', the door is locked from the outside and the window has bars. He says the man who brings food has not come for three days and there is no food. He does not know the address; he describes a church spire and a railway line he can see through a gap in the boards.
Call handler kept him on the line; cell site and description narrowed to Ashton area. Officers forced entry at 0014 to 7 Mill Row. Male (says he is 16) found in a first-floor room, weak, dehydrated, with a rash from chemicals. Two further rooms of cannabis plants. No one else present.
Male taken to hospital with officer. Children's services informed, NRM referral to follow as child.""",
  "AV RM IS AC", "pa swp plc", "C", "i")
E("""Public online report (unedited):
hi i dont know if this is the right place. my partner works at a warehouse through an agency and theres a group of men there from slovakia who get dropped off in a minibus really early like 5am and picked up at 9pm. they never eat they just have like a bag of crisps. one of them told my partner there boss takes there bank cards and gives them a bit of money each week for food. they are living in a house all together like 15 of them. my partner says there all really nice but they look scared of the minibus driver, hes the one who talks to the managers for them. please look into this""",
  "WW AC EO", "cedl et ncw oc sfw pa", "L")
E("""Safeguarding strategy discussion minutes — child T, 15
Present: CSC (chair), police (CSE team), school DSL, school nurse, YOT.
Concerns: T has been missing 9 times in 6 weeks, on 3 occasions found in hotels in Blackpool with adult males. Her phone has been taken by an older female, 'Jade', who gave her a different phone that only Jade and 'the lads' use. T told her social worker she 'isn't allowed' to speak to her mum or her friends from school any more and that Jade reads everything.
T has unexplained injuries (bruising to upper arms) and a new tattoo of Jade's boyfriend's initials. School nurse reports T disclosed she 'has to' sleep with Jade's friends because she owes them for cigarettes and vodka.
Actions: urgent NRM referral; police to consider CAWN against males identified; safety plan; relocate T to out-of-area placement.""",
  "AV IS PV DB", "pa", "S", "h")
E("""Note of visit, Kalayaan advice session.
Client: Ms L, 29, Filipino, overseas domestic worker visa, employer a Gulf diplomat.
Client reports: she was the only worker in a large house in Knightsbridge. She began at 6 and finished when the last family member went to bed, often after 1am, and had no day off in 14 months. Her contract said £1,500 per month; her salary was 'sent to her family' by the employer, but her family say they received £150 a month.
Her passport was taken at the airport by the employer's driver. She was not allowed to leave the house except with the family and was told that the police 'cannot enter a diplomat's house' so nobody could help her. She left by walking out with the bins one morning.
Client has her own phone now. She says she didn't have one in the house and was only allowed to call home on Eid.""",
  "EO WW RD RM IS IT", "", "D")
E("""Victim debrief (through Polish interpreter), summary by DC WALSH:
IP is a 58-year-old Polish man who was homeless in Gdansk. A man named Marek offered him building work in England with a room included. Marek paid for the coach. In England, IP was taken to a house in Kidderminster where 9 men lived. Marek took IP's ID card 'for the bank'. A bank account was opened, IP signed papers in English he did not understand, and never saw the card.
IP worked laying patios and driveways for Marek's customers, 6 or 7 days a week, 12 hours. He received £20 a week and cigarettes. When he asked for wages, Marek said he owed for the coach, the room and the food.
IP says he was not locked in and could walk to the shop. He did not leave because he had no money, no documents, no English and did not know where he was in England.
IP could give first names of 4 other men. Actions: identify the house, financial enquiries on the accounts.""",
  "AV DE RD WW DB EO IS", "ncw oc", "L")
E("""Case note, local authority adult safeguarding.
Concern raised by a Polish community worker about Mr Z, 44. On visit, Mr Z lives alone in a bedsit he rents from a private landlord, works at a meat plant through a licensed agency, and is paid into his own account. He speaks little English and has few friends, and the community worker was worried because he seemed lonely and was drinking more.
Mr Z was seen alone with an interpreter. He has his passport and phone, he speaks with his daughter most evenings, and he says nobody controls him; he would just like to meet more Polish people. He was given details of a Polish club and an alcohol service.
No indicators of modern slavery. Case closed to safeguarding, signposted.""",
  "", "", "")
E("""Press summary:
A gang who forced at least 30 homeless and vulnerable men to work on farms and building sites have been sentenced at Crown Court. Men were recruited from soup kitchens with promises of cash work and a bed. Instead, they were made to live in an overgrown caravan site with no running water, worked up to 16 hours a day and paid 'a few quid and a can of lager'. Their benefits were claimed in their names.
The court heard one man was beaten with a spade after trying to leave, and others were told they would 'end up in the river'. The gang moved the men between sites in Wales and the Midlands so they lost track of where they were.""",
  "AV DE AC EO WW PV IT IS", "plc ncw", "L")
E("""From: Station duty officer
To: MSHT team
Handover. Earlier today a woman (Hungarian, 30s) reported to the front counter that her husband 'wouldn't let her have a phone'. On full account, this is a domestic abuse matter: coercive control by her husband, who monitors her messages, controls their money and stops her seeing her friends. She does not work and there is no suggestion of work, sexual exploitation or movement by anyone else. DASH completed (medium). Referred to IDVA. Not an MSHT referral, FYI only.""",
  "", "", "")
E("""Worker questionnaire responses (Bulgarian, via translated form), vineyard in Kent, autumn harvest:
Q: Do you have your passport? A: Yes, in my room.
Q: Can you leave the farm? A: Yes, we go to Canterbury on Sunday, bus.
Q: Can you call your family? A: Every day, wifi is good.
Q: Did you pay any money to get this job? A: No.
Q: Hours? A: 8 hours, sometimes 10 when rain before.
Auditor comment: no indicators found; good practice noted.""",
  "", "", "")
E("""Debrief notes — male, Eritrean, 22, identified in a Calais-to-Dover lorry crossing then taken to Birmingham.
He says he paid smugglers in Libya but was told on arrival that he owed £6,000 more 'for England'. He was given a bed in a house with 11 others and taken each day to a clothes factory where he ironed from 8am to 10pm. He was told the police in England beat Africans and would put him in prison.
He was given a phone by the boss with only the boss's number. His own phone had been taken in Libya. He does not know the street where he lived.
He said the other men were 'the same as me'. One man, Yonas, was taken away after he fought the boss and never came back.""",
  "DB EO IT IS AC", "oc foa", "L")
E("""Mr D (British, 33, learning disability) told his support worker that his 'mate' Kev has moved into his flat with two lads from London. They sell drugs from the kitchen. They took his phone and his bank card, and lock him in his bedroom when 'customers' come. He is scared they will hurt his cat.""",
  "AV IS WW RM IT", "ncw", "C", "i")
E("""Note from GP practice manager: patient Miss V (Albanian, 23) registered last week with a male 'fiancé' who tried to answer all her questions. The nurse separated them. Miss V then said she is fine, lives with her fiancé and works in a coffee shop, has her own passport and phone, and was just shy. Nurse reassured; no disclosure, no indicators. Practice will continue to see her alone.""",
  "", "", "")
E("""Organ trafficking — intelligence summary, 2/C/C (NCA only).
Information from a partner agency in Pakistan suggests a broker in Birmingham recruiting British-Pakistani men in debt to travel to Lahore for 'medical tests'. Reportedly, at least two have had a kidney removed at a private clinic and were paid far less than promised (£2,000 rather than £10,000). One man has since been admitted to a UK hospital with complications and has refused to speak about the donation.""",
  "AV DE", "", "O")
E("Renal unit: living-donor kidney transplant between husband and wife completed, HTA approval obtained, independent assessor interview done. No concerns.", "", "", "")
E("Woman said a man in Bucharest offered to pay her debts if she 'gave a kidney' to a rich patient in London. She refused and came to report it to us. She has not travelled.", "", "", "O")
E("""IP account (male, Indian, 38), typed by Unseen caseworker:
'I came to work on a ship for fishing in Scotland. Agent in Kerala took £3,000 fee. Captain took our passports at the harbour. We worked 20 hours sometimes, when the nets come in there is no sleep. We slept on the boat, never allowed to walk in the town, the visa was transit only. Captain pays $600 a month to agent, agent sends maybe $200 to my wife.'""",
  "RD EO RM WW AC", "uf swp ncw", "L")
E("""Report by member of public: 'i stay in a hotel in Coventry for work. three young girls on my floor look about 15, a older man brings different men to there room all night. the girls never leave, he has the key card. i saw one crying in the corridor and he pushed her back in. PLEASE HELP NOW'""",
  "AV RM PV", "", "S", "i")
E("""Report from taxi firm: driver took a 'regular' fare — a man — with a young woman to four addresses in one night. Woman spoke no English, sat silent. Man paid in cash, counted money from her bag. Driver says he felt something wasn't right.""",
  "", "et ncw", "")
E("""Victim account (Vietnamese female, 24, through interpreter):
She says she was told she would work in a nail salon in London and earn enough to pay back her family's loan in one year. She paid £18,000 (borrowed by her parents) to the agent. On arrival the agent's friend took her phone and passport.
She worked in nail bars in Essex and Kent, always driven by the same man, 10am to 9pm, seven days. She slept on a sofa in the owner's house. She was told that her 'wages' were being sent to the agent to pay the loan. She never saw a payslip.
She says that the owner's husband came into the living room at night and touched her, and when she said she would tell his wife he said he would call the police and say she stole money.""",
  "DE DB IS RD EO WW PV IT", "uf et ncw", "L")
E("Wife of a worker rang: husband is on a trawler out of Fraserburgh, she has not heard from him for 3 weeks. Harbour master confirmed boat at sea with no mobile coverage, due in Friday, crew all on contract. He called her on arrival. No further action.", "", "", "")
E("INT 2/B/P: female child (13) believed being taken by 'Auntie' to beg outside Tesco on Walworth Rd daily, money collected by Auntie at end of day. Child not in school.", "AV", "ncw", "C", "h")
E("Shop staff say a group of 4 Romanian women shoplift across the city daily. A man drops them, waits in the car, takes the goods. One woman said to staff she has to 'bring £200 or no food'.", "IT", "et", "C")
E("Girl posted on Snapchat: 'if u wanna make quick £££ dm me, train out to Norwich'. School reported it. Account traced to 19yo male, enquiries ongoing.", "", "", "")
E("The landlord took our passports when we signed the tenancy and keeps them until we finish. He says it's a deposit. We work for different employers, he is only the landlord.", "RD", "", "")
E("Woman from Sudan says her husband brought her from Khartoum and she does all the housework while he works. She has her own phone, attends college, has friends. Visa question only.", "", "", "")

# ---- part 4 ----
E("No sign of anyone being held against their will at the address. Occupants all students.", "", "", "")
E("Says she can leave whenever she wants and has her own passport. Works at the salon for her cousin, paid weekly.", "", "", "")
E("He would have threatened her if she had told anyone, she thinks, but he never did. She left and went to her sister's. Dispute over unpaid final week's wages with a bakery.", "", "", "")
E("Worker complains the café paid him a week late in March. Otherwise paid on time into his own account, free to quit. Employment issue, not MSHT.", "", "", "")
E("Carer on minimum wage says her pay is too low to live on and she works 50 hours to get by, her choice. She has her documents and can change job. Advised on rights.", "", "", "")
E("Rumours at the factory that the agency 'takes passports' — checked with all 40 workers, every one holds their own. Rumour unfounded.", "", "", "")
E("Nail technician (Vietnamese, 30) owns her salon, employs two relatives on payroll. Licensing check only. All documents in order.", "", "", "")
E("Busy car wash on Hagley Rd — 6 staff, all paid the minimum wage via payroll, own accounts, rota on the wall, staff go home at 6. Owner welcomed the visit.", "", "", "")
E("Man injured by a forklift at the warehouse, RIDDOR report made by employer, he's off on full sick pay. No exploitation concerns.", "", "", "")
E("Caller thinks the family next door keep a 'slave' but it's the grandmother who lives with them and helps with the kids; she goes to the market alone and has her own pension.", "", "", "")
E("Worker on a Welsh hill farm, no phone signal for miles, but he drives to town Saturdays, phones home from the farmhouse landline any time. Happy.", "", "", "")
E("Man says he turned his phone off so his ex can't reach him. He's working at a hotel and lives in staff accommodation, comes and goes. Not isolated by anyone.", "", "", "")
E("Language barrier: Syrian family struggling to access GP. No one preventing them; referred to refugee council for interpreter support.", "", "", "")
E("He has no mates in Stoke yet, only been here a month for the job. Goes to the gym, rings his girlfriend in Krakow. Fine.", "", "", "")
E("Nobody confiscated her documents; she left them at home in Manila by mistake and the agency helped her get replacements.", "", "", "")
E("Report dismissed: 'workers chained up at the farm' — visited, workers on a lunch break, laughing, all with phones. Malicious report from ex-employee.", "", "", "")
E("The owner said 'no phones on the shop floor' for safety; staff keep them in lockers and use them at break. Normal workplace rule.", "", "", "")
E("Boss said we can't use the phone during work, and after work he takes it till morning 'so we sleep'. We live in his house.", "IS", "", "L")
E("They gave me a phone but it could only call the boss. When I tried to call my mum it said no credit.", "IS", "", "")
E("She was only allowed to speak to the doctor through the husband, he said she has no English. She speaks good English.", "IS", "sfw", "")
E("INT: workers told the address of the house 'is not your business'. 3/C/P", "IS", "", "")
E("never got my ID back after the bank account was set up", "RD", "", "")
E("owe £12,000 for the boat, the boss says I pay it by working", "DB", "", "")
E("He showed us a video of what they did to the last one who ran.", "IT", "", "")
E("Only go out with Ion. Never alone.", "RM", "et", "")
E("Not allowed past the gate at the packhouse. Security has orders.", "RM", "", "L")
E("Promised hotel work in London, ended up picking daffodils in Cornwall for nothing.", "DE WW", "", "L")
E("Told it was a modelling job. It was not. They took photos and sold me.", "DE", "", "S")
E("Rent and food added each week so it never goes down.", "DB", "", "")
E("Pay goes on the card he keeps.", "WW", "ncw", "")
E("He sends money home for us, he says. My wife got nothing.", "WW", "ncw", "")
E("Knows where my mum lives. Said so twice.", "IT", "", "")
E("Door locked from outside at night. Key with the uncle.", "RM", "", "", "i")
E("One small bag each. Same clothes every day. Sleep on the factory floor.", "AC", "fpe swp plc", "L")
E("Driven to the site in the boss's van, £10 a day taken off pay for the lift.", "", "ct et", "")
E("Paid £400 to a man in Cluj for the job; he promised a contract. There was no contract.", "DE", "uf", "")
E("Same man withdrew cash with 9 different cards at the Tesco ATM at 02:00.", "", "mbc", "")
E("Girl's ad on Vivastreet — text and photos written by a man, he answers the number.", "", "sfw", "S")
E("Kitchen porter says boss slaps him when plates break.", "PV", "", "L")
E("Au pair told she must work 60 hours a week for £70 'pocket money', no days off.", "EO WW", "", "D")
E("Sister-in-law kept at home, cooks for 11, not allowed out, husband has her passport.", "RM RD", "", "D")
E("Teen delivering 'packages' to Exeter for older boys; told they'd hurt his nan if he stops.", "AV IT", "", "C", "h")
E("Worker says he owes the gangmaster for the bus from Sofia, £300, taken from first wages, then free. Now paid fully, has his documents.", "", "uf", "")
E("""INT log 2/B/P. Nom 1: CHEN, Wei (DOB 12/09/1979). Nom 2: LIN aka 'Ah Fang'.
Chinese females (x3, ages 20s-40s) at 88b Harbour St (flat above closed shop). INT suggests females are moved weekly around the north-east, collected by Nom 2 in black Mercedes VRM LR18 NPV. Females never leave flat other than in the vehicle. Meals delivered. Punters book through an online advert. Females told by Nom 1 that police will deport them and they will be jailed in China.""",
  "RM IT", "et foa", "S")
E("""Officer handover — Op HEATHER.
Warrant executed 0600 at a 3-bed semi, 62 Croft Rd. 19 occupants, all male, Romanian and Moldovan. Bunk beds in every room, including the kitchen. Mould, one toilet, electrics dangerous. Fire service attended.
Interviews (first account): 11 say they work at a bakery and a salad factory via two agencies, were recruited in Romania by a 'cousin' who paid their fares, and each 'owes' £700-£1,200. Wages paid into accounts, but the cards are kept by the landlord, who hands out £50 each Friday. Most did not know the house number or street name and were always driven by the landlord's nephew.
4 occupants state they came independently, found the house online, hold their own cards and do not know the others well; no concerns for them.
Passports: 9 recovered from a locked drawer in the landlord's bedroom.""",
  "AC DB WW IS RM RD", "oc plc ncw et", "L")
E("""Midwife note (community, Peterborough):
Patient, 19, Slovakian, 28/40, attended booking very late. Partner (older, 40s) attended and answered for her. When seen alone she cried and said she cleans for his family and sisters 'all day', is not allowed to keep money from her job at a laundry, and he takes her phone when he goes out. She has bruising on her forearm she says is from a door. She did not want police. Safeguarding lead informed, MARAC, NRM discussed.""",
  "WW IS PV EO", "sfw pa ncw", "L D")
E("""I am Priya. I was brought from Gujarat to work as a servant in the house of a family in Leicester. They told my father I would go to school in England. I never went to school. I was 14. I cleaned the house and the shop upstairs, I slept on the landing. When I asked to phone my father, they said he does not want to speak to me. Two years later a teacher from the mosque saw me and asked why I was not at school.""",
  "AV DE IS AC", "swp", "D")
E("""GLAA licensing report — PRIME FIELD LABOUR LTD.
Issues: (1) workers' accommodation above capacity (8 in a 4-person static caravan); (2) transport charges of £7/day deducted without written agreement; (3) PPE (boots) charged at £25. Workers interviewed (12) hold their documents, are paid directly into their own accounts, can leave the job and describe managers as fair.
Outcome: licence conditions added; no forced labour indicators.""",
  "", "oc ct ppe", "")
E("""Police log 1422, response officer PC 4412:
Attended Queens Park re concern for welfare of a male begging. Male (Romanian, 40s, one leg amputated) says he is dropped each morning at 8 by 'the family' and collected at 6, who take everything he collects. He sleeps in their garage on a mattress. He says they hold his identity card. He wished to go with officers. Taken to reception centre, NRM referral.""",
  "AV WW RD AC", "cedl et ncw swp", "C")
E("""Worker testimony, construction (Ukrainian, 35):
'Company in Poland sent us. In England the foreman said the flats we were promised are not ready, so we slept on the building site in the cabin, 6 men. They took £60 a week for this from salary. Hours were 7 to 7, Saturday too. They kept our passports for 'registration with HMRC'. After 2 months I asked for passport to go home for my father's funeral. Foreman said: you go, you lose all your wages.'""",
  "DE AC EO RD WW IT", "swp oc", "L")
E("""Intelligence 2/C/P: 'Mama Joy' in Hackney said to bring Nigerian girls aged 16-18 to UK. Girls are said to swear an oath before leaving Benin City and to owe her €35,000 each. Working in flats in Hackney and Walthamstow, advertised online. Girls 'never go out' and have their phones taken when they arrive.""",
  "AV DB IS RM", "", "S")
E("Suspect BAKER, Dean (DOB 06/07/1991) pleaded guilty to supplying class A. No evidence he was exploited; he ran the line himself for profit. Not MSHT.", "", "", "")
E("Vietnamese woman, 31, nail bar worker, says she was offered a job by a friend, pays her own rent, her boss pays her £450 a week, she has her own bank card. She asked for help with her English. No concerns.", "", "", "")
E("Woman complains her employer (a cleaning company) docked £20 from her wages for a broken vase. Paid the rest into her account. Advised of rights. Not exploitation.", "", "", "")
E("Man reports he paid a recruitment agent in Nepal for a care job in the UK; the job was real and he is paid properly, but he wants to know if the fee was legal. Upfront fee only.", "", "uf", "")
E("Teenage boy, 16, says he works at his dad's takeaway after school for pocket money. Home visit: family, no concerns.", "", "", "")
E("Benefit fraud enquiry: a man collects the Universal Credit of three vulnerable tenants in his HMO. Tenants do not work. Referred to DWP.", "", "ncw", "")
E("Caller's auntie (Pakistani, 70) gets her pension collected by her son who keeps it. She lives with him. Financial abuse — ASC referral.", "", "ncw", "")
E("the massage place on Kings Rd has girls living there, they sleep in the massage rooms, never leave, a man comes at 10pm with food and takes cash", "RM", "swp ncw", "S")
E("Boy in the grow said: the man took my shoes so I cannot run.", "RM", "", "C", "i")
E("Women at the laundry have welts on their arms and won't look up. Manager shouted when I asked.", "", "pa", "")
E("""Financial intelligence (SAR summary): 14 accounts at 3 banks opened with Bulgarian ID cards, each credited weekly by Ace Recruit Ltd with agency wages (£280-£420). Within minutes of each credit, cash withdrawn in full at an ATM in Wisbech, on the same evening, from the same terminal. Mobile numbers on 9 accounts identical. Account holders interviewed by the bank could not say their own balance. Likely wages controlled by a third party.""",
  "WW", "mbc ncw", "L")
E("""Victim (Albanian male, 20):
'In Albania I had a debt to a bad man for my father's operation. He said go to England, work in a garden for a friend, one year you pay and you are free. The garden was inside a house. Plants. I was there seven months. I could not go out, only the man who brought food had the key. They said if police come, you say you are the boss, or your family in Albania pays.'""",
  "DE DB RM IT AV", "", "C")
E("Report: Eastern European men sleeping in the cab of lorries at the recycling yard, working with no masks, 14-hour shifts. Owner holds their bank cards.", "AC EO WW", "swp ncw", "L")
E("Filipino seafarer, 41, says his contract is fine, he is paid monthly to his own account, takes shore leave in Aberdeen and calls his family on the ship wifi. No concerns.", "", "", "")
E("Nurse recruited from Kerala says the care home made her sign a £12,000 'training bond' if she leaves before 3 years, which she can't afford; she says she is stuck.", "DB", "", "L")
E("IP describes being moved between Airbnbs every 2-3 nights, told to 'pack in 10 minutes'. Never told the city. Men come to the flat. Money goes to 'Boss'.", "IS WW", "ncw", "S")
E("woman at the bus stop beggin every day same spot, a car brings her 7am takes her 7pm, she looks poorly, thin, no coat in the rain", "", "cedl et pa", "C")
E("Homeless man offered 'a job and a bed' by a man in a van at the soup kitchen. He declined. Reported for information.", "", "", "")
E("DOMESTIC: female (Bangladeshi, 26) says her in-laws treat her like a maid, she cooks and cleans for 8 and is not allowed out without her mother-in-law, has never been given a key, and her passport is with her father-in-law.", "RM RD", "", "D")
E("Man from Sri Lanka disclosed that his employer at a petrol station pays him £3 an hour and keeps a 'deposit' of half his wages until he finishes his visa. He lives in a room behind the shop.", "WW", "swp", "L")
E("An 11-year-old was seen carrying a heavy bag for men at the cannabis house; neighbours saw him crying at 2am.", "AV", "", "C", "i")
E("Worker: 'The foreman hit Sergiu with a pallet when he was slow. Nobody did anything.'", "PV", "", "L")
E("They said if I ever went to the police they would post my pictures to my family in Lagos.", "IT", "", "")
E("Interpreter's note: she says that 'the uncle' told her she owes for the flight and the room and must 'work for men' until it is paid.", "DB", "", "S")

# ---- part 5 ----
E("""Debrief account (Vietnamese male, 19; interpreter's voice recorded as given):
He says that he left Nghe An when he was 16 because his family owed money to a lender. A man in Hanoi said he could work in a restaurant in England and send money home. He travelled through Russia and France, in lorries, and in France he was kept in a forest camp. The men there took the phone his mother gave him and said he would get it back in England. He never did.
In England he was driven at night to a house. He says he does not know the city, only that it rained a lot. He was shown how to water plants and change the lights. The windows were covered with black plastic and he was told not to open the front door for anyone. A man came every few days with noodles and rice.
He says he was told that if the police came he must run, because the police would put him in prison for ten years, and the lender in Vietnam would take his parents' house. He was never paid; he was told his wages were going to the lender.
He was found by police after a neighbour reported a smell. He asks if his mother is safe.""",
  "AV DE IS RM IT WW DB AC", "foa ncw swp", "C")
E("""Public report via online form, sender anonymous:
There's a house on Birch Close where about 10 blokes live, I think theyre Romanian. A minibus comes at half 5 in the morning every day and brings them back after 9 at night. Saturdays and Sundays too. They've got hardly anything, I saw them moving in and it was a carrier bag each. One of them came to my door asking to use my phone to ring his mum because the man who runs the house took his. He was really nervous and kept looking over his shoulder. When I asked his address he didn't know it. He was gone before I could give him a cup of tea.
I don't want to get involved but it's not right.""",
  "IS EO", "cedl fpe et pa foa", "L")
E("""School safeguarding log (DSL):
Pupil: Amira, 13, Year 8. Disclosure to form tutor: Amira says her father is planning to take her to Pakistan in the summer for an engagement to a cousin. She is not allowed a phone, her older brother checks her bag, and she is not allowed to go to after-school clubs or to friends' houses. She says her mum told her she will not come back to school.
Actions: FMU contacted, police informed, strategy meeting same day, passport order considered.""",
  "AV IS RM", "", "", "h")
E("""Interview record — witness (shop owner, British Asian), Bradford:
'I've had the lads from the car wash in my shop for a year. They used to come on their own and buy phone cards. Then a new manager started. Now they come two at a time with him and he pays for everything. He took their phone cards off them in my shop and said, 'no need, you talk to me'. One of them wrote a number on a receipt and slid it across to me and pointed at the manager and shook his head. I didn't know what to do with it so I rang you. I still have the receipt.'""",
  "IS RM", "et sfw", "L")
E("""Caseworker notes (BAWSO):
Client X, 27, from Ethiopia, came as domestic worker with a Saudi family visiting London for the summer. Client reports 18-hour days caring for four children and cleaning two flats in Mayfair; she slept on the floor of the children's room; she was given leftovers to eat and lost weight. The family's driver held all the staff passports. Phone taken on the plane. She says the mother slapped her when a child fell, and once hit her with a shoe.
Client escaped when taken to Harrods to carry shopping. She did not know the address of the flats. She was told by the family before travelling that she would be paid $400 per month; she was paid nothing in the UK.""",
  "EO AC RD IS PV WW DE", "pa swp", "D")
E("""Organ harvesting referral — UK hospital transplant team to police:
A patient, Mr B, 56, attended for follow-up after a kidney transplant he says he had 'privately' in Egypt. Team suspect he bought the kidney: he was vague about the donor, paid £60,000 to a broker and was told the donor was 'a poor man who was paid'. Separately, an Eritrean man in an asylum hostel in the same city has been identified with a recent nephrectomy scar; he says he was told in Egypt that he would be released from a smuggling debt if he 'gave blood', woke with the scar and received nothing.
Referred to NCA.""",
  "AV DE DB", "pa", "O")
E("Intelligence 2/B/P: broker in Wembley matching Indian patients with paid 'donors' from Nepal for kidney transplants abroad; donors told they'll get £4,000, typically receive a fraction.", "AV DE", "", "O")
E("Patient asks GP if it's legal to sell a kidney to pay his rent arrears. Advised not legal; signposted to debt advice. No one has approached him.", "", "", "")
E("Blood donor session at the mosque; one donor asked about organ donation register. No concerns.", "", "", "")
E("""Log 2/A/P — source is a worker at the premises.
Premises: KINGS BUFFET, Ring Rd. Kitchen staff (6, Chinese and Malaysian) sleep in a locked store room upstairs; owner LEE unlocks it at 9am. Staff work 9am to midnight with a 1-hour break, 6.5 days a week. Owner holds passports and pays £600 per month in cash 'after deductions for food and room'. Staff are not allowed phones in the building; a landline exists in the owner's office. Two staff have been there four years and have never been to the town centre.""",
  "RM EO RD WW IS AC", "swp", "L", "i")
E("""Officer handover note: Adult male (British, 48, former soldier, PTSD, alcohol use) located at a travellers' site near Newark after his brother reported him missing 2 years ago. Male states he has been laying driveways for 'the family' for food and a caravan. He says he doesn't want to leave because 'they're family now', but also that they keep his bank card, he has not been to a GP despite a chest infection, and that he was told 'nobody would want you back anyway'. He had no phone and did not know the name of the village. NRM declined; Duty to Notify submitted.""",
  "AV WW IS", "ncw", "L")
E("""First-person account (written by the victim in English, unedited):
My name is Grace. I come from Ghana. A woman from my church said her sister in London need a nanny, good salary and school for me. I was 17. When I arrive, the sister take my passport for safe. I look after 3 children and clean the house, cook, iron, from 5 in the morning. I sleep in the cupboard under the stairs. They never give me money, they say my salary go to my mother. My mother told me she never got nothing. I cannot go out except school run with the children. I was not allowed to talk to the other mums at the school gate. One day the teacher ask me why I look so tired and I told her everything.""",
  "AV DE RD EO AC WW RM IS", "swp", "D")
E("""Report of GLAA unannounced visit — Green Valley Produce.
148 workers on site, mostly Romanian and Lithuanian, supplied by three licensed providers. One provider (Northline Ltd) supplies 22 workers housed in two houses; workers were interviewed privately.
Most workers report being paid correctly, can leave, hold their own documents.
However, 5 Northline workers said they were recruited in Moldova with Romanian identity papers provided by the recruiter, who still holds them 'until the cost is paid'; they each 'owe' £1,500, deducted at £100 per week, with extra 'fines' for lateness. One had been told he could not go to the GP about a hand injury as 'the doctor will check your papers'. The same five share a room with two mattresses.""",
  "RD DB WW IS AC AV", "oc fpe", "L")
E("Woman (Thai) in a flat in Soho says she works for herself with a friend, rents the flat herself, keeps her money, was not brought by anyone. She refused support. No indicators found.", "", "", "")
E("Cuckooing: Mrs K (70s, dementia) found with two young men living in her flat selling crack. She was locked in her bedroom when they 'worked'. Her pension card was in their possession.", "AV RM", "ncw", "C", "i")
E("Boys (x2, 14 and 15) arrested in a trap house in Cornwall; both from Lewisham, missing from home 5 days, phones taken by older male, told they'd be 'wet up' if they left.", "AV IS IT", "", "C", "h")
E("Saw a lad about 14 in a Deliveroo jacket doing drops for men in a BMW till 3am. Men kept his phone and money.", "AV WW IS", "ncw", "C", "h")
E("Ukrainian woman housed under a sponsorship scheme says the host family make her clean their house and two holiday lets for free, took her passport 'for the council', and say she will be 'homeless' if she complains.", "AV WW RD IT", "", "D L")
E("i was 2 year in the kitchen of restaurant. boss say you cannot go to english class, your english is good enough for kitchen. he say you cannot go to doctor, i give you pills. he open my letters from home office", "IS", "", "L")
E("The host says the Albanian lodger doesn't go out much, but he's revising for his exams; he's on the college roll and has his own key and phone.", "", "", "")
E("Newly arrived Eritrean refugee in a hotel says he feels alone because he knows nobody and can't speak English yet; no one is controlling him. Referred to English classes.", "", "", "")
E("Worker from Zimbabwe says her care agency sends her to live-in jobs with no day off for 3 weeks at a time and pays her for 40 hours. She has her passport and phone and has started looking for another job.", "EO WW", "", "L")
E("FB post shared to police: 'Anyone know the family at 12 Mayfield? They have a Nepali girl who walks the kids to school and nobody's ever allowed to talk to her, the dad hurries her away. I said hello and he said she doesn't speak. She spoke to me in English before he came.'", "IS", "sfw", "D")
E("A woman at the food bank said her 'employer' at a hand car wash lets her husband keep only £100 of his £350 a week and keeps the rest 'for the house'. Husband is afraid to go to the police because of his visa.", "WW", "ncw foa", "L")
E("""Prison note (OMU): prisoner FAN, Long (Vietnamese, 17 at time of offence) convicted of cannabis production. On reception he disclosed being kept in the property by the men who brought him to the UK, with the door nailed shut, and being told he owed £25,000. S45 defence not raised at trial. Referred for NRM and legal review.""",
  "AV RM DB", "", "C")
E("Jealous ex-boyfriend took her phone and blocked her friends' numbers. DA incident. No work, no exploitation, no third party.", "", "", "")
E("POI NOWAK recruits from a homeless shelter in Poznan. Men arrive with nothing but what they wear. Accommodation above the workshop in Dudley. 3/C/P", "AV", "fpe swp", "L")
E("Anonymous: CANNABIS FARM AT 4 DAWSON ST AND THERE IS A CHINESE MAN LIVING IN IT, NEVER LEAVES, SOMEONE BRINGS FOOD", "RM", "swp", "C")
E("Police log: concern for 2 young women in a car at services on the M6; the male driver kept both their passports and answered all questions. Women said they were going to 'a job in a hotel'. Stopped and separated.", "RD", "sfw", "")
E("The Romanian man at the packhouse said the gangmaster took £200 for 'finding' the job and he still has to pay £50 a week for the caravan even though he doesn't stay there.", "DB", "uf", "L")
E("Jobcentre adviser: claimant (Latvian) attended with a man who wanted to be named as his 'representative' and have the payments to his account. Claimant seemed confused. Declined; referred for safeguarding.", "", "sfw ncw", "")
E("She says that the boss put her in a room with a camera and she had to do shows online for men 18 hours a day. If she stopped, he turned off the heating and took away food.", "EO AC", "", "S")
E("Sham marriage: Portuguese woman, 20, brought to Glasgow to marry a Pakistani man for his visa; her 'agent' keeps her ID card, she is kept in the flat and was raped by the groom's cousin.", "AV RD RM PV", "", "S", "i")
E("Social worker: 17yo Afghan boy in supported lodging works in a barbershop 'for free to learn'; owner keeps his phone during work. He is not allowed to talk about his pay to his keyworker.", "AV WW IS", "", "L")
E("Workers at the fish factory described the manager as strict but fair; one said, 'he shouts but he never hits anyone'. All paid, all with documents.", "", "", "")
E("Care home manager (Kerala nurses x4) has the nurses live in the home's attic, charges £150 a week, and they are on shifts of 14 hours 6 days a week. Their BRPs are kept 'in a file'.", "AC EO RD", "oc swp", "L")
E("Taxi driver reported a young girl in school uniform collected at 2am from a hotel by a man twice her age; man paid, girl was crying.", "AV", "et", "S", "h")
E("Outreach team: rough sleeper (Czech, 50) says a man offered 'a job in the fields' last spring, he went, worked 3 weeks, was paid nothing, man said his debt for the bus was bigger than his wages. He walked away and is now back on the street.", "AV DE WW DB", "", "L")

# ---- part 6 ----
E("""Victim statement (Polish female, 26), taken by DC 2231 with interpreter:
I met Tomasz online. He was kind, he said he had a flat in London and I could work in his friend's café. After two weeks in London he said the café was closed and I must help him with money. He put photos of me on a website. Men came to the flat, sometimes ten in a day. He took all the money, he said it was for rent and for my ticket.
He kept my phone in his pocket; I could use it only to answer clients, and he read everything. He changed my SIM card every few weeks so my friends in Poland could not find me. When my mother called on Facebook he wrote to her as me, saying I was happy and working in a café.
Once I said no to a client and Tomasz hit me in the stomach and said next time he would send the photos to my father. I ran away when he was sleeping. I took only my shoes.""",
  "DE IS WW PV IT", "ncw sfw", "S")
E("""Council licensing — nail bar inspection (Environmental Health), 'Star Nails', Market St.
Premises clean and licensed. 4 technicians present, Vietnamese, all over 18. Each produced right-to-work documents, their own bank cards and payslips. They live in private rented rooms they found themselves and travel by bus. Owner speaks Vietnamese and English; technicians also spoke with the inspector directly through a telephone interpreter without the owner present and raised no concerns.
One technician had no phone with her; she explained she had left it charging at home.
Outcome: compliant. No referral.""",
  "", "", "")
E("""Officer's notes, visit to Rosebank Residential Care Home following whistleblower:
Whistleblower alleged the owner confiscated overseas carers' phones. Interviews with 9 overseas carers (Ghana, India, Philippines) conducted alone with interpreters where needed. All hold their own phones and passports, live in their own rented accommodation, are paid via payroll and receive rota'd days off. Staff do hand phones in to a locker during medication rounds under the home's policy, which also applies to British staff.
The carers said the owner is strict and one complained that she had to pay back £1,000 of her visa cost when she left early under her contract; she has since paid it and moved on.
Conclusion: no evidence of isolation or forced labour. Contract repayment clause passed to the sponsor compliance team.""",
  "", "", "")
E("""INT 2/B/C (handling condition: not to be disclosed to local authority without OIC consent).
Subject: OSEI, Kwame aka 'Big K'. Runs 'BLUE' county line from Tottenham to Kettering.
INT suggests line is worked by a 15-year-old from Enfield and a vulnerable adult user in Kettering whose flat at 3 Orchard Ct is used as a base. Youth's phone was taken by OSEI on arrival and he uses a 'graft phone' only. Youth has been told the line 'belongs to him' until he repays £2,000 lost in a robbery, which OSEI is believed to have set up. Youth has been seen with a slash wound to his hand.
Adult occupant of 3 Orchard Ct described as terrified, not allowed to have visitors, and relying on OSEI for heroin.""",
  "AV IS DB PV RM", "pa", "C", "h")
E("""Interpreter's summary of IP's account (Sudanese, 30, Arabic):
He says that he was working in a kitchen in a hotel in the north of England. The man who got him the job, an Egyptian man, took him every day in the car and brought him back, and nobody else talked to him. He was told to tell the hotel he was the man's cousin and not to tell anyone his real name.
He says the hotel paid the wages to the Egyptian man's company. The Egyptian man gave him £100 every two weeks. He says he was not hit and not threatened, but he did not know the name of the town where he slept, and the Egyptian man had his only phone. When he asked to go to the mosque he was told there was no mosque in this town.""",
  "IS WW", "et ncw sfw", "L")
E("""Crimestoppers report (verbatim): 'the takeaway on Wellgate the man who owns it has two young indian boys working there they never go out there always in the back and they sleep in the back and he shouts at them and one had a cut on his face last week i heard the owner say if you go to the police they will send you back and you will never see your mother again i think they are only 16 or 17'""",
  "AV IT", "swp pa foa", "L", "h")
E("""Probation officer's note:
Service user J (22, British) has disclosed that he is being 'made to work off' a debt to a dealer by letting the dealer store drugs and cash at his flat and by opening bank accounts that are then used by others. He no longer has his own bank card or provisional licence — 'they took them for the accounts'. He says he is scared to go to his mum's in case they follow him there and has stopped answering her calls because 'they check my phone'.""",
  "DB RD IS IT", "ncw", "C")
E("""Caseworker note, Medaille Trust safe house:
Resident (Albanian, 24) says she was trafficked by a boyfriend who promised to marry her in England. In Derby she was kept in a flat and forced to have sex with men. She says the boyfriend took her passport, moved her to a different flat every month and told her the neighbours were his cousins who would tell him if she talked to them. She was allowed no phone and no internet. She was pregnant when she escaped.""",
  "DE RD IS PV RM", "", "S")
E("""Care Quality Commission inspector raised a concern with the police: at a domiciliary care agency, 7 overseas carers sponsored by the agency live in a shared house owned by the director. They said they are charged £400 a month each for a shared room and 'travel' between clients at £80 a month, their certificates of sponsorship cost them £7,000 which is 'repaid' from wages, and they are told they will be reported to the Home Office if they join another agency. All keep their own passports and phones.""",
  "DB IT AC", "oc ct uf", "L")
E("""Witness statement (neighbour, retired teacher):
For about a year I have seen the same Asian woman at number 17 in the garden hanging washing, early in the morning and late at night. I have never seen her outside the gate. The family go on holiday and she stays; the lights are on in the house. Once I passed a note over the fence in simple English asking if she needed help. The next day the father came round and told me to mind my own business and that she was a relative who 'doesn't go out'. I haven't seen her in the garden since.""",
  "RM", "", "D")
E("""Sergeant's review of log 0417: Report of 'slaves on a farm' near Ely. Attended with GLAA. Farm employs 30 seasonal workers (Romanian, Bulgarian, Kyrgyz) through a licensed scheme. Workers' caravans are 3 miles from the nearest village; the farm runs a free shuttle twice a day and workers are free to use it. Workers have phones, wifi, and call home. Pay slips show hourly rates above minimum wage. The reporter (a former employee dismissed for misconduct) had alleged workers 'can't leave'. No evidence of that. NFA.""",
  "", "", "")
E("I came to clean in the hotel. The manager from the agency took my phone and told the hotel I was his niece. I was not allowed to speak with other cleaners.", "IS", "sfw", "L")
E("Work email of a nanny (Brazilian) shows employer told her she 'can't meet friends while in our employment' and must stay in her room when off duty. She has her own passport; hours 7am-10pm.", "IS RM EO", "", "D")
E("Both brothers were moved from one HMO to another every month, never given the address, told only 'get in the van'.", "IS", "et", "")
E("Interviewed alone, the agency worker says his supervisor keeps everybody's phones till lunch because of the production line rules, then returns them. Calls home every evening. No control beyond workplace rule.", "", "", "")
E("He chooses not to have a smartphone — religious reasons — uses the landline at his lodgings freely. Not isolated.", "", "", "")
E("Worker (Syrian) has no one to talk to because he doesn't speak English, but his employer paid for an ESOL course and he is booked in. No isolation by anyone.", "", "", "")
E("Woman (Chinese, 50s) found in a flat in Edinburgh with 2 others, advertised on an escort site. Says she owes 'boss' £30,000 for her visa, works every day, has no idea where she is.", "DB EO IS", "", "S")
E("A&E: female, 17, bruising and bite marks, brought in by a man who says he is her 'manager'. She says she works at a club. Man refuses to leave her side.", "AV PV", "pa sfw", "S", "i")
E("Neighbourhood team note: report from a vicar that a Romanian family were begging outside the church; found to be a family of four begging for themselves after losing their jobs. No third party. Housing support offered.", "", "", "")
E("Man shouting at 3 women in a van outside a nail bar at 7am, took their purses and phones before they went in. Collected them again at 9pm.", "IS WW", "cedl et ncw", "L")
E("OIC update: victim now says her brother-in-law beat her with a belt and kept her in the house to look after his five children; passport recovered from his car.", "PV RM RD", "", "D")
E("Young man (Kurdish, 18) at car wash: 'I work for my uncle for the journey money. Uncle says maybe two years more.' Sleeps at the car wash office.", "DB", "swp", "L")
E("Student from Nigeria working 20 hours a week at a care home as allowed by her visa, paid properly, says she wants more hours. No issues.", "", "", "")
E("INT 3/D/P: unverified claim that a 'kidney ring' operates from a dental clinic in Leicester. No further detail, source not reliable.", "", "", "")

# ---- part 7 ----
E("""Handover, night shift to day shift — Op MARLOW welfare checks.
1) 23 Stanley Rd: three Polish men, all work at the bakery on nights, each with own phone and key, one says he misses his kids in Poland but Facetimes them daily. No concerns.
2) Flat 6, Carlton House: occupant Mrs R (Eritrean, 40) alone with her baby, new to the area, knows no one and speaks little English. Nobody else controls her; she has a caseworker from the refugee council. Health visitor informed.
3) 11 Dock Lane: male (Vietnamese) answered door, quickly closed it; heard padlock being locked from inside by a second male. Strong smell of cannabis. Male at window later signalled with a hand across his throat. Warrant being sought, unit on scene.""",
  "RM", "", "C", "i")
E("""Translated letter handed to a Salvation Army worker by a woman at a food bank (Tigrinya):
'I work in a house as cleaner for one family. They not pay me one year. I not allowed to go out, only to the shop with the lady. My phone is with the man. I not know the name of this street. I write this because the lady say I can come to food bank with her today. Please help me, I am afraid of them. They say if I go they tell police I am stealing.'""",
  "WW RM IS IT", "et foa", "D")
E("""Case review, National Referral Mechanism — positive conclusive grounds (summary for police):
The individual, a Vietnamese woman aged 32, was recruited in Hai Phong with an offer of factory work in Germany; she was instead transported to the UK and put to work in nail bars in the Midlands. The exploiter retained her passport and her phone, transported her to and from work, and told her that if she ran away her family would have to repay £20,000. She worked 11-hour days and received no wages. Her account is consistent and corroborated by phone downloads showing the exploiter's messages to her family.""",
  "DE RD IS DB EO WW IT", "et", "L")
E("Lonely pensioner's Polish cleaner comes twice a week through an agency, paid £13 an hour, has her own life; son worried she's 'taking advantage'. No concerns for the cleaner or the pensioner.", "", "", "")
E("She only speaks Tagalog and doesn't know her neighbours but she goes to church and the shops by herself and calls home every Sunday on her own phone. Not isolated by anyone.", "", "", "")
E("INT 2/B/P: workers at 'Fresh Wash' told by owner to hand phones in at 0800 and to 'never talk to police or council'; workers live in the loft above the wash.", "IS", "swp", "L")
E("IP said the SIM was swapped every time they moved town, so family couldn't ring.", "IS", "", "")
E("Man at the recycling yard told council officer: 'no letters come to me, the boss opens everything and keeps it'. He lives on site in a caravan.", "IS", "swp", "L")
E("Woman says the man who runs the flats checks all the girls' phones each night and deletes any numbers that aren't clients.", "IS", "", "S")
E("IP, Pakistani, 26, says the family he worked for as a driver and cleaner in Bradford never paid him, took his passport when he arrived, and said he would be arrested as an illegal if he left the house without them.", "WW RD IT RM", "foa", "D")

# ---- end of texts ----
#@@END


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh120.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            row = {"id": "f120-%03d" % i}
            row.update(r)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows")
    validate(os.path.join(here, "fresh120.jsonl"))


def validate(path):
    import collections
    ids, count = set(), collections.Counter()
    known = {"indicators": set(IND.values()), "signs": set(SIG.values()), "exploitation": set(TYP.values())}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["risk"] in ("immediate", "high", "medium", "low")
        for field, codes in known.items():
            assert set(r[field]) <= codes and len(set(r[field])) == len(r[field]), r["id"]
            count.update(r[field])
        count["risk:" + r["risk"]] += 1
        count["no exploitation"] += not r["exploitation"]
    for field in ("indicators", "exploitation", "signs"):
        for code in (IND if field == "indicators" else TYP if field == "exploitation" else SIG).values():
            print("  %-30s %d" % (code, count[code]))
    for k in sorted(k for k in count if k.startswith("risk:")) + ["no exploitation"]:
        print("  %-30s %d" % (k, count[k]))


if __name__ == "__main__":
    main()
