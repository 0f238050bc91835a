#!/usr/bin/env python3
"""Hand-written labelled texts for the indicator detector (set fresh11).

Each A(...) call holds one text written by hand with its labels. Short codes are
expanded below only to save typing; nothing is generated from slots.
"""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", RM="restriction_of_movement",
           ISO="isolation", PSV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("ISO", "iso")]

ROWS = []


def A(text, ind="", sig="", typ="", risk="l"):
    ind = ind.split(); sig = sig.split(); typ = typ.split()
    for i, s in PAIRS:  # a sign goes with its indicator when both are described
        if i in ind and s not in sig:
            sig.append(s)
        if s in sig and i not in ind:
            ind.append(i)
    ROWS.append(dict(text=" ".join(text.split()) if "\n" not in text else text.strip(),
                     indicators=[IND[x] for x in ind], signs=[SIG[x] for x in sig],
                     exploitation=[TYP[x] for x in typ], risk=RISK[risk]))


# ---- DATA ----
A("""INT LOG 2/B/P. Hand car wash, unit 4 Canal St trading estate. POI Arben HOXHA (DOB 14/03/1988) manages site. 6-7 males of Albanian and Romanian appearance washing vehicles from 0730 until after dark, 7 days. Workers seen entering rear portakabin at close, no other address known. INT suggests workers pay HOXHA "for the flight" out of wages and that none have had a full week's money since arriving. VRM KX19 ABD white Transit used to move workers, driver always HOXHA's cousin.""",
  "EO DB WW AC", "sw et", "L", "h")
A("""Referral from Year 9 head of year, Marsh Lane Academy. Kayden (14) has been missing from school for 3 days out of the last 10. When he returns he has new trainers, two phones and a lot of cash. Today mum reported that he came home at 4am with a cut above his eye and would not say how. A friend told staff Kayden "goes up to Margate for some lads from Lewisham" and that he "owes them for a bag that got taken". Mum is frightened and says an older male in a black Audi waits at the end of the road. Referral made to MASH and police; NRM to be considered.""",
  "AV DB PSV", "pa", "C", "h")
A("car wash on the high rd seems fine, lads all have gloves and boots and one of them told me they get paid every friday into their own bank", "", "", "", "l")
A("""GLAA inspection note (licence application, Fenland Fresh Produce Ltd). Visited packhouse and two caravan sites. Workers interviewed individually with interpreters (Bulgarian, Lithuanian). All had contracts in their language, payslips matched hours, holiday pay shown. Accommodation clean, 4 per caravan, rent deducted at £55/wk within the offset limit. Workers hold own passports and bank cards. One minor breach: induction record not signed for 3 new starters. Recommendation: licence granted with additional condition on record keeping.""",
  "", "", "", "l")
A("""Salvation Army caseworker note. Client (F, 27, Nigerian) interviewed at safe house via Yoruba interpreter. She says that a woman in her church in Benin City told her there was work as a carer for an elderly lady in Manchester. On arrival the "madam" took her passport "to do the papers" and said she owed 35,000 euros for travel and the juju oath. She was made to see men at a flat in Cheetham Hill, sometimes ten a night. All money went to the madam. She was told her younger brother would be killed if she ran. She escaped after a client helped her. She is now pregnant and very anxious about the baby.""",
  "DEC RD DB WW IT AV", "", "S", "h")
A("Bloke next door keeps 12 men in a 3 bed, they go in a minibus at 5am and come back at 9pm, never see them shop", "", "oc cedl et", "L", "m")
A("""101 call summary. Caller reports her neighbour, an older Indian couple, have a young woman staying who does all the cooking, cleaning and childcare. Caller has never seen her leave the house alone and saw her crying in the garden. When caller said hello the woman said "madam says I cannot talk" and went inside. Caller thinks she sleeps in the utility room. No known injuries.""",
  "RM ISO AC", "sw", "D", "h")
A("""Bank financial crime alert (ref FC-22871). Account holder Miss T. NGUYEN, opened 3 weeks ago at Stratford branch, accompanied by a male who answered all questions and held the customer's passport. Since opening, salary credits from 3 different nail bar companies totalling £4,100 then same-day cash withdrawals at ATMs in Ilford. Same ATM used by 9 other cards in the same hour. Customer has not used online banking; registered phone belongs to the male. Suspected third-party control of account.""",
  "WW RD", "sfw ncw mbc", "L", "m")
A("""Officer handover: Night turn attended 22 Belvedere Rd re noise complaint. Student party, 30 or so people, music turned down on request. No offences. Occupants all university students, tenancy in their names. No further action.""", "", "", "", "l")
A("i was brought here on a lorry and told my uncle would get me a job in restaurant but they put me in a house with plants and said stay and water them, i cannot go out, the door is locked from outside, i am 16", "AV DEC RM", "", "C", "i")
A("""GP note. Mr P. KOWALSKI, 44, attends with infected laceration to left hand, 5 days old. Says he cut it at work (demolition) and the gaffer would not let him go to hospital as "no work no pay". Works 6.30-19.00, 6 days. Lives in a house arranged by the gaffer with 9 others, rent taken from wages. Appears underweight, clothes dirty. Does not know his address, was brought by a colleague. Declined to say more. Advised re Modern Slavery Helpline; leaflet given in Polish.""",
  "EO AC ISO", "pa oc", "L", "h")
A("""Press summary: Two brothers from Peterborough were jailed at Cambridge Crown Court for a total of 14 years for modern slavery offences. The court heard they recruited homeless men from soup kitchens with promises of paid work and a room. The men were made to lay block paving for up to 14 hours a day and were paid £10 or nothing. Their benefits were also collected by the brothers. One victim, who has a learning disability, was beaten when he asked to leave. The judge said the pair had "treated vulnerable men as disposable tools".""",
  "AV DEC EO WW PSV", "ncw", "L", "h")
A("My mate works at Amazon through an agency and says it is hard work and long shifts but he gets his money and can quit whenever", "", "", "", "l")
A("""Border Force note, Stansted Arrivals. Three Romanian females aged 19-22 travelling together on flight from Bucharest. All carrying identical new luggage with very few items. Return tickets booked by a third party with one card. Each gave same rehearsed answer: "visiting a friend". Phone of one shows messages in Romanian: "at arrivals Vali will take your passports and bring you to the apartment, don't talk to anyone". Male waiting at arrivals left when approached. Referred to safeguarding team; no offence identified.""",
  "", "fpe", "S", "m")
A("""Local authority adult safeguarding referral. Mr D. (52, British) has a mild learning disability and has lived with the Smith family on their traveller site for 8 years. Support worker reports he sleeps in a shed with no heating, works on driveways and paving with the sons every day, and "gets his fags and his dinner" but no wages. His ESA goes into an account Mrs Smith controls. He says he "doesn't want to get anyone in trouble". He has bruising to his forearms which he says is from work. He has not seen his sister in Wigan for 4 years.""",
  "AV WW AC ISO", "ncw plc pa", "L", "h")
A("Caller concerned about a man begging outside Tesco every day. Dropped off by a car each morning and picked up at night. Thinks he is being made to beg.", "", "cedl", "C", "m")
A("""Interpreter-assisted debrief (Vietnamese). He says that he paid 20,000 USD to a man in Nghe An to go to England, the family sold land. In the lorry they were told when they arrive they must work to pay back the rest, another 10,000. He was taken to a house in Bradford and told to look after the plants. Food was brought once a week. He was not allowed to go out because "police will arrest you and send you to prison". He was hit with a pipe when some plants died. After 5 months police came.""",
  "DB RM PSV IT AV", "uf foa", "C", "h")
A("""Care home inspection (CQC follow-up, shared with council). Staffing: 18 care workers on sponsored visas via agency Bright Horizon Care. Several staff reported to the inspector that they paid £8,000 each to an agent in Kerala for the certificate of sponsorship and that they are working 60-70 hours a week. Two said the agency holds their BRP cards. One said she was told that if she complains she will be reported to the Home Office and deported. Agency manager denies all. Referral to GLAA.""",
  "DB EO RD IT AV", "uf foa", "L", "h")
A("""INT 3/C/P: Rumour at the Polish shop that workers at the Fen farm are not paid. Farm visited by PCSO, spoke to owner and 4 workers. All paid by BACS, have own passports, live in own rented homes in town. No concerns identified. Intelligence assessed as unfounded.""", "", "", "", "l")
A("The nail bar on Kings Rd has a young girl who never speaks and the owner says she is his niece, she is there 9am til 10pm every day.", "EO", "sfw", "L", "m")
A("""A&E note 02:40. Female, approx 17-19, brought in by taxi with abdominal pain. Accompanied by older male who insisted on staying in cubicle and answered questions. When separated for examination, patient said in broken English she "must work with men" and that she is "not allowed to keep money". Bruising to inner thighs and wrists. Male left the department when security approached. Patient refusing police at this time. Safeguarding lead informed; police contacted given possible child.""",
  "AV PSV WW", "sfw pa", "S", "h")
A("""Probation note (supervision, Mr L. O'REILLY). Discussed employment. Mr O'Reilly now works for a roofing firm, paid weekly into his own account, confirmed with employer. Lives at approved premises. Attends AA meetings. He mentioned that years ago, before his sentence, he "worked for travellers for a bed and booze" but he says that ended in 2016 and he has no contact with them. No current concerns.""",
  "", "", "", "l")
A("""Witness statement (extract). I am the manager of the Texaco garage on Bath Road. For about two months a group of three girls aged about 12 to 14 have been coming in with a man in his twenties. He buys them vodka and cigarettes. Last week one of the girls came in on her own crying and asked to use the phone. She said he had taken her phone and she had "done stuff with his mates" at a flat on Orchard Street. She did not want me to call the police because he would "send the pics round". I called 999.""",
  "AV ISO PSV IT", "", "S", "i")
A("I lost my passport on the tube last week, the embassy is doing me an emergency travel document, do I need to tell police", "", "", "", "l")
A("""Council licensing: HMO inspection, 17 Greenway. 3-bed terrace with 14 mattresses across all rooms including the kitchen. One toilet, no working cooker, black mould. Occupants Romanian men, all working at a chicken factory via an agency. Landlord is the agency's transport driver. Men said £70 each a week is taken from pay for bed and £5 a day for the bus. Improvement notice served. Referred to GLAA re agency.""",
  "AC", "oc plc ct", "L", "m")
A("Neighbour keeps shouting at his wife, heard banging last night. Worried about her.", "", "", "", "l")
A("""Modern Slavery Helpline referral. Caller (Filipino, F, 41) works as a domestic worker for a Qatari family staying in a Knightsbridge flat for the summer. She says she works from 6am to midnight, sleeps on the floor of the children's room and has had no day off in 14 months. Her passport is with "sir". She has been paid nothing since January; madam says the salary is sent to her family but her family say nothing has arrived. She is allowed out only with the driver. She called from a borrowed phone while walking the children in the park.""",
  "EO AC RD WW RM", "sw et", "D", "h")
A("""INT 2/B/P. POI Marius CONSTANTIN runs 3 brothels from rented flats in Slough and Reading, adverts on AdultWork under different names. Females brought from Romania on promise of work in a hotel kitchen, told on arrival they owe 3,000 GBP for travel and rent. INT suggests CONSTANTIN keeps all the cash and gives females £50 a week, and hits those who refuse clients.""",
  "DEC DB WW PSV", "", "S", "h")
A("the chinese takeaway staff live upstairs above the shop and seem happy, i chat to them, they get a day off on monday", "", "", "", "l")
A("""School safeguarding log. Year 11 pupil, Aisha (16), disclosed to form tutor that her parents have arranged for her to marry a cousin in Pakistan over the summer. She does not want to. Her father has said she will "go whether she likes it or not" and that her passport is with her uncle. She is frightened that she will be taken out of the country in the holidays. Forced Marriage Unit contacted; police informed; strategy meeting booked.""",
  "AV IT RD", "", "", "h")
A("""Debrief, first person (translated from Tigrinya). I left Eritrea in 2019. In Libya I was held in a warehouse by smugglers who beat us and called our families for money. My family paid. In Calais I met a man who said he could get me work in England in a kitchen. I came in a lorry. In England I was put in a house in Birmingham and worked in a kitchen 14 hours for food only. After one year I ran away and I claimed asylum. Now I live in Home Office accommodation and I am studying English.""",
  "DEC EO WW", "", "L", "m")
A("Saw a lad about 15 selling weed outside the chicken shop, older guys on mopeds keep coming to him and taking the money.", "AV", "", "C", "h")
A("""GLAA compliance note. Labour provider RecruitPlus Ltd supplying 40 workers to a meat plant. Found: charging workers £150 'registration fee' before first shift and £30 for boots and hi-vis deducted from first pay. Workers interviewed all living in their own accommodation, paid correctly otherwise, free to leave. Licence conditions breached (fees). Warning issued and refunds ordered.""",
  "", "uf ppe", "", "low"[0])
A("""Financial intelligence. 27 bank cards registered to different names were found in a wallet during a stop of VRM AB62 XYZ on the A1. Driver Ionut POPA. All cards linked to accounts receiving wages from a Lincolnshire agency. POPA said he "looks after the cards for the boys because they do not speak English". Accounts show cash withdrawn in full within hours of each pay day. Workers not yet identified.""",
  "WW AV", "mbc ncw", "L", "m")
A("Kidney transplant patient doing well, donor was his brother, both recovering at the renal ward", "", "", "", "l")
A("""Intel (3/C/C - not to be shared outside MSHTU). Source states a man from Lahore is arranging for people in Pakistan to sell a kidney to rich patients abroad, with the operations done in a private clinic. Source says a man in Bradford was offered £5,000 to travel for the operation to clear his debt and was only given £1,000 after. Source unsure of clinic location.""",
  "DEC AV WW", "", "O", "h")
A("""Midwife booking appointment note. Woman (22, Slovak), 14 weeks pregnant, attended with her 'husband' who interpreted. Declined to be seen alone. She appeared thin and tired. Husband said she works in a hand laundry "sometimes". Her contact phone number is his. She did not know her home address. Midwife arranged next appointment with professional interpreter and flagged to safeguarding midwife.""",
  "ISO", "sfw pa", "", "m")
A("Why is the car wash on Mill Rd still open, they pay 2 quid an hour and the lads sleep in the shed out back, DO SOMETHING", "WW AC", "sw", "L", "m")
A("""Police intelligence report. Cuckooing: Flat 6, Rowan House. Occupant Mr Derek HALL (58), heroin user, on ESA. Neighbours report males from London staying since March, high footfall at all hours. Welfare visit: HALL states the lads "look after" him and give him gear, he is not allowed in the living room, and he has been told to keep the door shut or "they'll cut me". Black eye visible. HALL refused to leave the flat. Referral to adult safeguarding.""",
  "AV IT PSV RM", "pa", "C", "h")
A("""Council housing officer note. Visited 4 Weston Crescent following complaint of overcrowding. Family of 7 (parents, 4 children, grandmother) in 2-bed council flat. All family members; no lodgers; the father works as a taxi driver. Placed on priority band for a larger property. No safeguarding concerns.""", "", "", "", "l")
A("she says she is free to go home whenever she wants and her boss gave her passport back when she asked for it, she just wants help with her visa", "", "", "", "l")
A("""Crimestoppers report (anonymous). The farm on Long Drove has Bulgarian people living in old containers with no water. They pick onions all day and the gangmaster takes their bank cards "to pay the rent". They are driven in his van. One of them told me he owes the gangmaster for the bus from Sofia and he never pays it off.""",
  "AC DB WW", "plc et ncw", "L", "h")
A("""Officer statement. On 4th I attended a cannabis factory at 12 Elm Row following a burglary report. Inside, every room converted; windows boarded. A Vietnamese male aged 16-17 found hiding in the loft, very thin, scabies on arms. He had a mattress and a rice cooker in the loft. He said in broken English he "cannot go, man come with food". Front door had been padlocked from outside before the burglars forced it. Male arrested; treated as potential victim, s45 considered, NRM referral by police as first responder.""",
  "AV RM AC", "pa plc sw", "C", "i")
A("Concerned about the massage place on Station Rd open til 2am, blacked out windows and men coming and going", "", "", "", "l")
A("""Salvation Army note (outreach). Mr G. (Polish, 38) was found sleeping in a park. He said he came for warehouse work in 2022 through a man in Poznan. He worked two weeks and then the man disappeared with his first wages and his ID card. He has no contact with the man and is now homeless and drinking. He does not want to report anything to police; he wants help with a new ID and a hostel.""",
  "DEC WW RD", "", "L", "m")
A("""Financial crime team note. Customer Mrs Evans (81) reported that her grandson has been using her bank card to pay his rent. Family matter, referred to adult social care for financial abuse assessment. No third-party organised control indicated.""", "", "", "", "l")
A("we have a guy from romania working in our kitchen, we sorted his NI number and he has his own account, is that ok or do we need anything else", "", "", "", "l")
A("""INT 2/B/P. Subject Florin LUCA. Operates a begging group in Leeds city centre. 5 Roma adults, two with disabilities, dropped at pitches 0800 and collected 1900 by LUCA in silver Zafira. INT suggests LUCA takes all the takings and the group lives in one room in his house in Harehills. One female reported to have said he hits them if they come back with less than £50.""",
  "AV WW PSV AC", "cedl oc et", "C", "h")
A("""Victim account (first person). My name is Ana, I am from Moldova. A girl on Instagram told me she does modeling in London and earns 2000 pounds a week. She paid my ticket. When I arrived, her boyfriend took me to a flat and said the modeling is with clients. I said no. He hit me and locked me in the bedroom for two days. He took photos and put them on a website. He said if I go to police they will put me in prison because I have no visa.""",
  "DEC PSV RM IT AV", "foa", "S", "h")
A("The lads at the hand car wash look cold, no gloves in december, poor things", "", "", "", "l")
A("""Youth offending team referral. J (15, British) arrested for possession with intent in Swindon, 80 miles from home. Found with 30 wraps and a phone which kept ringing ('Dee line'). J says he was "just visiting a mate". He has been reported missing 6 times in 2 months. His mum says he told her he owes "Big T" £2,000 after he was robbed of a package. He has burn marks on his arm. NRM referral made; s45 defence to be considered.""",
  "AV DB PSV", "pa", "C", "h")
A("""HMRC NMW team note. Complaint about a Leicester garment factory. Inspection found 22 workers on piece rate averaging £3.20 an hour, 55-60 hour weeks. Workers live locally in their own homes and are paid into their own accounts. Employer issued notice of underpayment, arrears of £48,000 and penalty. No indicators of forced labour identified: workers free to leave, no debts, no threats.""",
  "", "", "", "l")
A("""Hospital social worker note. Patient (M, 34, Sudanese) admitted with heat stroke after collapsing at a recycling plant. Says he sorts waste 12 hours a day, 7 days. Paid £30 a day cash by a man who collects him and others from a house at 5am. Told by the man that if he goes to the doctors he will lose his job and "immigration will come". He has no documents; says "the boss has them in a drawer".""",
  "EO IT RD AV", "cedl foa", "L", "h")
A("My brother is in Dubai working as a driver and the company has his passport, thats normal there right?", "", "", "", "l")
A("""INT 1/A/P. Officer observation: 0455hrs, 8 males escorted out of 44 Sandy Lane into a white minibus VRM LD18 KHT by a male in hi-vis who counted them in. Minibus followed to Freshways packhouse. Same minibus returned to address 2140hrs. Address has bins overflowing and mattresses visible through the front window.""",
  "", "et cedl oc", "L", "m")
A("""Citizen's Advice note. Client (Indian, 29) on a skilled worker visa as a chef. Employer pays below the amount on his certificate of sponsorship and says "be grateful, I can cancel your visa any time". Works 6 days, 12 hours. Client has his own passport and lives with his wife in a flat he rents. He wants to change sponsor. Advised on rights; referred to employment solicitor.""",
  "WW EO IT AV", "", "L", "h")
A("girls at the nail shop on the parade are brought in and taken home by a man in a merc every day, they look scared and dont speak english", "", "et foa", "L", "m")
A("""Officer handover. Attended Eastgate Hotel re domestic. Male (Connor) and female (Jade) partners argued over money; female has scratch to cheek. Both British, both employed. DASH completed: medium. Male arrested for common assault. No exploitation concerns.""", "", "", "", "l")
A("""Debrief via interpreter (Albanian). He says that a friend in Kukes told him he could work on a cannabis farm in England and earn 10,000 in six months. He knew it was cannabis. When he arrived he was taken to a house in Kent, his phone was taken, and he was told he must work for one year without money to pay for the small boat. He was not allowed outside; a man came twice a week. When he asked to leave he was told "we know your village and your sister".""",
  "DEC ISO DB RM IT", "", "C", "h")
A("""Local authority children's services. Unaccompanied asylum-seeking child, Hoang (claims 15), went missing from foster placement 2 weeks after arrival. Found by police in a nail bar in Birmingham, working. He told the social worker he had to go "because the man who brought me said I owe him and he will hurt my family". Foster carer reports he received calls from an unknown number every night. Now in a new placement out of area; risk of retrafficking high.""",
  "AV DB IT", "", "L", "immediate"[0])
A("""Bank alert. Business account of 'Sparkle Hand Car Wash Ltd' pays 14 staff weekly. Analysis shows all 14 salaries then transferred same day to one personal account of director Mr Besnik DOKA. Staff accounts opened on the same date at same branch with the same phone number.""",
  "WW", "ncw", "L", "m")
A("MY SON IS 13 AND HE KEEPS GETTING PICKED UP BY OLDER BOYS AND COMING BACK WITH MONEY AND HE WONT SAY WHERE HE GOES PLEASE HELP", "AV", "", "C", "h")
A("""Immigration enforcement visit report. Restaurant in Croydon. 3 workers without right to work found in kitchen. Each said they found the job themselves via a friend, are paid £7 an hour cash, live in shared rooms they rent privately and can leave any time. No indicators of trafficking identified on screening. Civil penalty notice issued to employer.""", "", "", "", "l")
A("""NGO caseworker (Kalayaan). Ms R (Indonesian, 35) came on an overseas domestic worker visa with a Saudi family. She left the family's London home at night with the help of a security guard. She reports being shouted at daily, slapped by the mother, not given enough food (leftovers only), no bed (slept on kitchen floor), and no salary for 9 months. Her phone was taken on arrival. She now has her passport after police collected it from the employer.""",
  "PSV AC WW ISO", "sw", "D", "h")
A("Found a lad crying at the bus station says a man took his passport and he has to work in a carwash, he's got nowhere to go", "RD", "", "L", "m")
A("""INT 2/C/P. Group of Slovak nationals living at 9 Princess St, Sheffield. INT suggests they were recruited by a Slovak family who claim their benefits using their identity and keep the payments. The men also work at a recycling yard and are given £20 pocket money a week. Two of the men are described as "not all there".""",
  "AV WW", "ncw", "L C", "h")
A("""Court summary. R v Khan and Begum. The defendants kept a 19-year-old woman from Bangladesh in their home in Oldham for six years after she came to the UK on a visitor visa. She cooked, cleaned and cared for their four children, was not allowed out alone, was not enrolled in school when she was under 18, and was never paid. The jury heard she was beaten with a rolling pin. Both convicted under s1 Modern Slavery Act.""",
  "AV RM WW PSV", "", "D", "h")
A("The car wash lads on Eastern Ave get £40 a day and the guy says they can leave when they want", "", "", "", "l")
A("""Health visitor note. Family home visit (mum, dad, baby). Mum's sister from Poland staying with them to help with the baby; she has her own room and goes to English classes. Mum says she is paid by them and has her own bank account. No concerns.""", "", "", "", "l")
A("""Intelligence (2/B/C - do not disclose to the employer). At Seabreeze Fishing, Newlyn, crew of 4 Filipino and Ghanaian fishermen on transit visas working inside UK waters. Source says they are paid $400 a month, well below the contract, and that they have not been ashore in 7 months because the skipper keeps their seaman's books. They sleep in a cabin with no heating.""",
  "WW RD RM AC", "", "L", "h")
A("someone is living in the back of the barber shop, i see a mattress through the window", "", "sw", "", "l")
A("""Detective's note after safeguarding visit. Address visited following CSE concern about Lily (14). Lily's phone showed messages from an adult male 'Sam' offering lifts and vapes and asking her to "bring a friend" to a party. No evidence of contact in person. Lily and mum spoken to. Phone seized for download. Child Abduction Warning Notice to be considered for the male once identified.""",
  "AV", "", "S", "h")
A("""Prison resettlement note. Prisoner states that on release his cellmate's family offered him a job in a car wash in Birmingham with accommodation. He asked whether this was safe. Officer gave information about his rights and Modern Slavery Helpline. No job taken yet; no exploitation.""", "", "", "", "l")
A("""Witness account (member of public, phone). I run the cafe opposite the cannabis house. There's a young boy, maybe 14, Vietnamese, who comes to the window upstairs and waves at me sometimes. I have never seen him come out. A man goes in every Saturday with shopping bags. Last night I heard screaming. I want someone to go round now.""",
  "AV RM", "", "C", "i")
A("""GLAA note, farm in Herefordshire. Seasonal scheme workers (Kyrgyz, Uzbek). Several state they paid recruitment agents in their country £2,000-£4,000 to get on the scheme, borrowed from relatives. On the farm: paid correctly, own documents, decent caravans, contracts issued. The debts are at home and not owed to the farm or the UK operator. Referred to scheme operator for recruiter investigation; no UK exploitation identified.""",
  "", "uf", "", "l")
A("""Referral from charity (Unseen). Caller is a Romanian man working in a warehouse via agency Staff Pro. He says the agency's "coordinator" Ion collects everyone at 5 in a van charging £10 a day, takes £80 a week rent for a bed in a room with 5 others, and makes them pay £45 for safety boots. His payslips show deductions he does not understand, and he had £120 left last week after 60 hours. When he complained, Ion said he would "find him" if he left.""",
  "WW EO IT AC", "ct ppe oc cedl", "L", "h")
A("""Police log 999. 03:12 female caller whispering, says she is in a flat above a shop on Green Lanes, she is from Albania, the man has locked her in and taken her phone, she is using a client's phone. She says he will come back in the morning. Units dispatched.""",
  "RM ISO", "", "S", "i")
A("The hotel my daughter works at pays her on time and gives her lots of overtime which she asks for, she loves it", "", "", "", "l")
A("""INT 2/B/P. Nominal Rajesh PATEL owns 2 newsagents and a mini-mart. INT suggests nephew from Gujarat, aged 19, arrived on a student visa, does not attend college and works in the shops 7am-11pm every day. Sleeps in the stockroom. Family in India are told he is studying. PATEL keeps his passport "for safety".""",
  "EO RD", "sw", "L", "m")
A("""Social care note. Adult (Ms K, 31, British, heroin dependent). Disclosed that her boyfriend has her sell sex on the street in Hull to pay for both of their habits and takes the money. He decides when she can stop. She says he has hit her when she came back with too little. She wants a refuge place.""",
  "AV WW PSV", "", "S", "h")
A("My landlord keeps the deposit and wont give it back, is that slavery", "", "", "", "l")
A("""School nurse note. Pupil (12) came to the nurse with a stomach ache. Chatty, said she was tired from her dance show last night. Lives with mum and stepdad. No concerns noted.""", "", "", "", "l")
A("""Intel log. Reports of sham marriages in Luton: Portuguese and Dutch EU-national women brought over by a Pakistani network to marry men for their visas. INT suggests at least one woman was kept in a house and not allowed to leave until the wedding, and told she owes £3,000 for her flight. 2/C/P.""",
  "RM DB", "", "C", "h")
A("""Debrief, translated from Polish. I worked on a building site in Leeds. The boss said pay at the end of the month. After three months he gave us nothing, he said the client did not pay him. Then he said we must leave the house. He never hit us or threatened us, he was just a bad boss who disappeared. We had our passports, we were not locked.""",
  "WW", "", "L", "m")
A("""Outreach note, rough sleepers team. Mr S (British, 45) said a man in a white van offered him cash work in a garden in Wales with food and a caravan. Mr S declined. Mr S is now in a hostel. Van details passed to police for intelligence.""", "", "", "", "l")
A("""INT 2/A/P. Source reports that a female called 'Mimi' (Thai, 30s) is advertised on Vivastreet as "new girl in town" in 4 different towns over 3 weeks, moved every Sunday by a driver. She is always at an Airbnb, she does not speak English and the phone on the advert is answered by a man.""",
  "", "sfw", "S", "h")
A("""Safeguarding referral (ambulance service). Attended 78-year-old male, fall at home. His live-in carer, a Zimbabwean woman, was present. She said she works for the family through an agency, does 4 days on and 3 off, and is paid properly. Patient's daughter confirmed. No concerns regarding the carer.""", "", "", "", "l")
A("""Victim statement extract. They said I had to give them my bank card so my pay could go for the rent and food. Every week they said I owed more, the debt was 600 then 900 then 1400. I worked in the chicken factory nights. I never had any money in my hand. When I wanted my card back Gabi showed me a video on his phone of a man being beaten and said "this is the one who talked".""",
  "DB WW IT", "ncw", "L", "h")
A("wtf is going on at 12 hazel close, vans at 5am every morning full of guys and the house stinks, 15 people live there", "", "oc cedl", "", "l")
A("""Trading standards note. Complaint about doorstep trader charging pensioner £9,000 for roof work. Trader's workers were two young English lads who said they are paid £80 a day and go home at night. Fraud investigation opened. No exploitation of workers indicated.""", "", "", "", "l")
A("""Adult safeguarding, Section 42 enquiry outcome. Concern raised that Mr T (learning disability) was being made to work unpaid in his brother's cafe. Enquiry found that Mr T volunteers 2 mornings a week by his own choice, is supported by his day centre, and manages his own money with an appointee from the council. Concern not substantiated.""", "", "", "", "l")
A("""Police log: Missing from home, Chloe (15). Last seen getting into a car with two adult males outside a McDonald's. Known to be at risk of CSE; previous episode where she was found in a hotel in Rochdale with older men. Mum says Chloe texted 'don't call police or they'll hurt me'. Risk: high / immediate response.""",
  "AV IT", "", "S", "i")
A("""Embassy referral (consular). Chinese national, female, 24, came on a student visa to study in Manchester. Agent in Fujian arranged the visa for 150,000 RMB, borrowed from her parents. She says the agent's UK contact told her she must work in a massage parlour to repay it. She stopped going to classes. She has her passport. She says she can't stop because the agent will tell her parents what she does.""",
  "DEC DB IT", "uf", "S", "h")
A("Man with a limp sells Big Issue outside Boots every day, he's lovely, has his own flat", "", "", "", "l")
# END DATA


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh11.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id="f11-%03d" % n, **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "texts ->", out)


if __name__ == "__main__":
    main()
