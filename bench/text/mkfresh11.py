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
A("""INT LOG 2/B/P. Hand car wash, unit 4 Canal St trading estate. POI Arben HOXHA (DOB 14/03/1988) manages site. 6-7 males of Albanian and Romanian appearance washing vehicles from 0730 until after dark, 7 days. Workers seen entering rear portakabin at close, no other address known. INT suggests workers pay HOXHA "for the flight" out of wages and that none have had a full week's money since arriving. VRM KX19 ABD white Transit used to move workers, driver always HOXHA's cousin.

Also noted: the neighbouring tyre garage (Quick Tyres, unit 5) employs 3 local men on PAYE, no concerns. Site owner is a Leeds property company with no links to HOXHA. CCTV on the estate is run by the landlord and covers the car wash entrance; retention 30 days. Action: OIC DC WARD to request footage and arrange joint visit with GLAA and immigration. Previous log from 2022 (car wash then under a different operator) closed NFA.""",
  "EO DB WW AC", "sw et", "L", "h")
A("""Referral from Year 9 head of year, Marsh Lane Academy. Kayden (14) has been missing from school for 3 days out of the last 10. When he returns he has new trainers, two phones and a lot of cash. Today mum reported that he came home at 4am with a cut above his eye and would not say how. A friend told staff Kayden "goes up to Margate for some lads from Lewisham" and that he "owes them for a bag that got taken". Mum is frightened and says an older male in a black Audi waits at the end of the road. Referral made to MASH and police; NRM to be considered.""",
  "AV DB PSV", "pa", "C", "h")
A("car wash on the high rd seems fine, lads all have gloves and boots and one of them told me they get paid every friday into their own bank", "", "", "", "l")
A("""GLAA inspection note (licence application, Fenland Fresh Produce Ltd). Visited packhouse and two caravan sites. Workers interviewed individually with interpreters (Bulgarian, Lithuanian). All had contracts in their language, payslips matched hours, holiday pay shown. Accommodation clean, 4 per caravan, rent deducted at £55/wk within the offset limit. Workers hold own passports and bank cards. One minor breach: induction record not signed for 3 new starters. Recommendation: licence granted with additional condition on record keeping.

Other matters: the company has changed its payroll software and now sends payslips by text in four languages. Fire exits at caravan site B were blocked by bicycles on the day and were cleared during the visit. Two workers asked about settled status applications and were given the helpline number. The transport used (two minibuses) is free of charge and driven by employed drivers with valid licences. The company's director was cooperative throughout and showed the inspector the grievance procedure, which two workers said they had used successfully over a rota dispute last summer.""",
  "", "", "", "l")
A("""Salvation Army caseworker note. Client (F, 27, Nigerian) interviewed at safe house via Yoruba interpreter. She says that a woman in her church in Benin City told her there was work as a carer for an elderly lady in Manchester. On arrival the "madam" took her passport "to do the papers" and said she owed 35,000 euros for travel and the juju oath. She was made to see men at a flat in Cheetham Hill, sometimes ten a night. All money went to the madam. She was told her younger brother would be killed if she ran. She escaped after a client helped her. She is now pregnant and very anxious about the baby.

Practical: she has been registered with a GP and an antenatal appointment is booked for next week. She has asked for a Bible in Yoruba and for help contacting her mother, who she has not spoken to in a year. She is sharing a room with another client and they get on well. Legal: asylum solicitor appointment arranged. She has not decided whether to speak to police but agreed we can pass anonymous intelligence about the flat. Next key work session Friday.""",
  "DEC RD DB WW IT AV", "", "S", "h")
A("Bloke next door keeps 12 men in a 3 bed, they go in a minibus at 5am and come back at 9pm, never see them shop", "AC", "oc cedl et", "L", "m")
A("""101 call summary. Caller reports her neighbour, an older Indian couple, have a young woman staying who does all the cooking, cleaning and childcare. Caller has never seen her leave the house alone and saw her crying in the garden. When caller said hello the woman said "madam says I cannot talk" and went inside. Caller thinks she sleeps in the utility room. No known injuries.""",
  "RM ISO AC", "sw", "D", "h")
A("""Bank financial crime alert (ref FC-22871). Account holder Miss T. NGUYEN, opened 3 weeks ago at Stratford branch, accompanied by a male who answered all questions and held the customer's passport. Since opening, salary credits from 3 different nail bar companies totalling £4,100 then same-day cash withdrawals at ATMs in Ilford. Same ATM used by 9 other cards in the same hour. Customer has not used online banking; registered phone belongs to the male. Suspected third-party control of account.

Additional information: branch staff recall the customer smiled and said little; the male gave his name as "Tony, her cousin". The account was opened with a Vietnamese passport and a tenancy agreement for a flat in Ilford. Customer has not visited the branch since. A second customer, Mr Q. TRAN, was opened on the same afternoon with a different introducer; his account shows normal salary use (rent, groceries, transfers to family) and is not part of this alert. Recommend: refer to police financial investigation unit, do not alert the customer, consider restricting cash withdrawals pending contact with the customer alone.""",
  "WW RD", "sfw ncw mbc", "L", "m")
A("""Officer handover: Night turn attended 22 Belvedere Rd re noise complaint. Student party, 30 or so people, music turned down on request. No offences. Occupants all university students, tenancy in their names. No further action.""", "", "", "", "l")
A("i was brought here on a lorry and told my uncle would get me a job in restaurant but they put me in a house with plants and said stay and water them, i cannot go out, the door is locked from outside, i am 16", "AV DEC RM", "", "C", "i")
A("""GP note. Mr P. KOWALSKI, 44, attends with infected laceration to left hand, 5 days old. Says he cut it at work (demolition) and the gaffer would not let him go to hospital as "no work no pay". Works 6.30-19.00, 6 days. Lives in a house arranged by the gaffer with 9 others, rent taken from wages. Appears underweight, clothes dirty. Does not know his address, was brought by a colleague. Declined to say more. Advised re Modern Slavery Helpline; leaflet given in Polish.

Past medical history: asthma, uses salbutamol inhaler. Smoker, 15 a day. No known drug allergies. Wound cleaned and dressed, flucloxacillin prescribed for 7 days, tetanus booster given. He was reluctant to give a phone number; the colleague gave his own. Patient registered as a temporary resident. Plan: review in surgery in 48 hours; if he does not attend, practice safeguarding lead to discuss with the local police modern slavery team. Note: the colleague said he had also hurt his back last month and been told to "keep working"; he did not want to be seen.""",
  "EO AC ISO", "pa oc", "L", "h")
A("""Press summary: Two brothers from Peterborough were jailed at Cambridge Crown Court for a total of 14 years for modern slavery offences. The court heard they recruited homeless men from soup kitchens with promises of paid work and a room. The men were made to lay block paving for up to 14 hours a day and were paid £10 or nothing. Their benefits were also collected by the brothers. One victim, who has a learning disability, was beaten when he asked to leave. The judge said the pair had "treated vulnerable men as disposable tools".

The court heard that the victims were housed in a yard of caravans near the A47, some without heating, and that some had worked for the brothers for more than a decade. Detectives from Cambridgeshire Police said the victims had shown "remarkable courage" in giving evidence. The brothers' legitimate company had been registered at Companies House since 2009 and had a public website with customer reviews. A third defendant, their cousin, was acquitted.""",
  "AV DEC EO WW PSV", "ncw", "L", "h")
A("My mate works at Amazon through an agency and says it is hard work and long shifts but he gets his money and can quit whenever", "", "", "", "l")
A("""Border Force note, Stansted Arrivals. Three Romanian females aged 19-22 travelling together on flight from Bucharest. All carrying identical new luggage with very few items. Return tickets booked by a third party with one card. Each gave same rehearsed answer: "visiting a friend". Phone of one shows messages in Romanian: "at arrivals Vali will take your passports and bring you to the apartment, don't talk to anyone". Male waiting at arrivals left when approached. Referred to safeguarding team; no offence identified.""",
  "", "fpe", "S", "h")
A("""Local authority adult safeguarding referral. Mr D. (52, British) has a mild learning disability and has lived with the Smith family on their traveller site for 8 years. Support worker reports he sleeps in a shed with no heating, works on driveways and paving with the sons every day, and "gets his fags and his dinner" but no wages. His ESA goes into an account Mrs Smith controls. He says he "doesn't want to get anyone in trouble". He has bruising to his forearms which he says is from work. He has not seen his sister in Wigan for 4 years.

The support worker visits once a fortnight from the local learning disability team. Mr D's GP records show he has missed his annual health check for 3 years. The Smiths are well known locally and run a legitimate paving business with a website and reviews. A neighbour on the site, Mrs Price, told the support worker that Mr D is "one of the family" and "always has a smile". Mr D has no mobile phone. Strategy meeting to be held with police and the learning disability team; capacity assessment regarding finances requested.""",
  "AV WW AC ISO", "ncw plc pa", "L", "h")
A("Caller concerned about a man begging outside Tesco every day. Dropped off by a car each morning and picked up at night. Thinks he is being made to beg.", "", "cedl", "C", "m")
A("""Interpreter-assisted debrief (Vietnamese). He says that he paid 20,000 USD to a man in Nghe An to go to England, the family sold land. In the lorry they were told when they arrive they must work to pay back the rest, another 10,000. He was taken to a house in Bradford and told to look after the plants. Food was brought once a week. He was not allowed to go out because "police will arrest you and send you to prison". He was hit with a pipe when some plants died. After 5 months police came.

He is now 23 and has been granted leave to remain. He works as a kitchen porter and attends college. He still has pain in his shoulder from the beating and was referred to physiotherapy. His mother in Vietnam is still paying back the money to the moneylender, which worries him. He did not recognise any of the men in the photographs shown by police. He gave consent for his account to be used anonymously in training.""",
  "DB RM PSV IT AV", "uf foa", "C", "h")
A("""Care home inspection (CQC follow-up, shared with council). Staffing: 18 care workers on sponsored visas via agency Bright Horizon Care. Several staff reported to the inspector that they paid £8,000 each to an agent in Kerala for the certificate of sponsorship and that they are working 60-70 hours a week. Two said the agency holds their BRP cards. One said she was told that if she complains she will be reported to the Home Office and deported. Agency manager denies all. Referral to GLAA.

Other findings unrelated to staffing: medication records generally accurate; one controlled drug register entry missing a second signature; call bells answered within target on the day. Residents spoke warmly of the overseas carers. The registered manager employs a separate group of 10 carers directly (not via the agency), who told the inspector they pay nothing to anyone, hold their own documents and work 37.5-hour contracts; no concerns about them. Rating for "safe" remains requires improvement pending the outcome of the GLAA referral concerning the agency staff.""",
  "DB EO RD IT AV", "uf foa", "L", "h")
A("""INT 3/C/P: Rumour at the Polish shop that workers at the Fen farm are not paid. Farm visited by PCSO, spoke to owner and 4 workers. All paid by BACS, have own passports, live in own rented homes in town. No concerns identified. Intelligence assessed as unfounded.""", "", "", "", "l")
A("The nail bar on Kings Rd has a young girl who never speaks and the owner says she is his niece, she is there 9am til 10pm every day.", "EO", "sfw", "L", "m")
A("""A&E note 02:40. Female, approx 17-19, brought in by taxi with abdominal pain. Accompanied by older male who insisted on staying in cubicle and answered questions. When separated for examination, patient said in broken English she "must work with men" and that she is "not allowed to keep money". Bruising to inner thighs and wrists. Male left the department when security approached. Patient refusing police at this time. Safeguarding lead informed; police contacted given possible child.""",
  "AV PSV WW", "sfw pa", "S", "h")
A("""Probation note (supervision, Mr L. O'REILLY). Discussed employment. Mr O'Reilly now works for a roofing firm, paid weekly into his own account, confirmed with employer. Lives at approved premises. Attends AA meetings. He mentioned that years ago, before his sentence, he "worked for travellers for a bed and booze" but he says that ended in 2016 and he has no contact with them. No current concerns.

Other: he reports good relationship with his daughter and sees her at weekends. Drug test negative. Discussed budgeting: he has started saving for a deposit on a flat. Next appointment in 2 weeks. Risk of reoffending assessed as medium-low. His employer, Mr J. Dunne, phoned to confirm hours and said he is a reliable worker who gets the same pay as everyone else and has asked for more shifts.""",
  "", "", "", "l")
A("""Witness statement (extract). I am the manager of the Texaco garage on Bath Road. For about two months a group of three girls aged about 12 to 14 have been coming in with a man in his twenties. He buys them vodka and cigarettes. Last week one of the girls came in on her own crying and asked to use the phone. She said he had taken her phone and she had "done stuff with his mates" at a flat on Orchard Street. She did not want me to call the police because he would "send the pics round". I called 999.""",
  "AV ISO PSV IT", "", "S", "i")
A("I lost my passport on the tube last week, the embassy is doing me an emergency travel document, do I need to tell police", "", "", "", "l")
A("""Council licensing: HMO inspection, 17 Greenway. 3-bed terrace with 14 mattresses across all rooms including the kitchen. One toilet, no working cooker, black mould. Occupants Romanian men, all working at a chicken factory via an agency. Landlord is the agency's transport driver. Men said £70 each a week is taken from pay for bed and £5 a day for the bus. Improvement notice served. Referred to GLAA re agency.

The landlord, Mr S. BALAN, was present and became abusive towards the officer but no threat was made to the occupants in our presence. The agency, 'Prime Staffing Solutions', is licensed by the GLAA; its office is in Boston. Neighbours say the house has been like this "for about a year" and that there are often arguments about parking. Gas safety certificate expired in March. Two of the men asked the officer how to find other accommodation; they were given the council's housing options number. Next steps: joint visit with GLAA, check on licence conditions, follow-up inspection in 21 days.""",
  "AC", "oc plc ct", "L", "m")
A("Neighbour keeps shouting at his wife, heard banging last night. Worried about her.", "", "", "", "l")
A("""Modern Slavery Helpline referral. Caller (Filipino, F, 41) works as a domestic worker for a Qatari family staying in a Knightsbridge flat for the summer. She says she works from 6am to midnight, sleeps on the floor of the children's room and has had no day off in 14 months. Her passport is with "sir". She has been paid nothing since January; madam says the salary is sent to her family but her family say nothing has arrived. She is allowed out only with the driver. She called from a borrowed phone while walking the children in the park.

The caller was advised how to leave safely and given the number of the local police team and Kalayaan. She said she would try to leave on Sunday when the family go to a wedding. She asked what would happen to her visa, which is tied to this employer; the advisor explained her right to change employer and the NRM. She agreed to a call back on a safe time. Police informed with consent; address given as a flat on Brompton Road.""",
  "EO AC RD WW RM", "sw et", "D", "h")
A("""INT 2/B/P. POI Marius CONSTANTIN runs 3 brothels from rented flats in Slough and Reading, adverts on AdultWork under different names. Females brought from Romania on promise of work in a hotel kitchen, told on arrival they owe 3,000 GBP for travel and rent. INT suggests CONSTANTIN keeps all the cash and gives females £50 a week, and hits those who refuse clients.""",
  "DEC DB WW PSV", "", "S", "h")
A("the chinese takeaway staff live upstairs above the shop and seem happy, i chat to them, they get a day off on monday", "", "", "", "l")
A("""School safeguarding log. Year 11 pupil, Aisha (16), disclosed to form tutor that her parents have arranged for her to marry a cousin in Pakistan over the summer. She does not want to. Her father has said she will "go whether she likes it or not" and that her passport is with her uncle. She is frightened that she will be taken out of the country in the holidays. Forced Marriage Unit contacted; police informed; strategy meeting booked.""",
  "AV IT RD", "", "", "h")
A("""Debrief, first person (translated from Tigrinya). I left Eritrea in 2019. In Libya I was held in a warehouse by smugglers who beat us and called our families for money. My family paid. In Calais I met a man who said he could get me work in England in a kitchen. I came in a lorry. In England I was put in a house in Birmingham and worked in a kitchen 14 hours for food only. After one year I ran away and I claimed asylum. Now I live in Home Office accommodation and I am studying English.""",
  "DEC EO WW", "", "L", "h")
A("Saw a lad about 15 selling weed outside the chicken shop, older guys on mopeds keep coming to him and taking the money.", "AV", "", "C", "h")
A("""GLAA compliance note. Labour provider RecruitPlus Ltd supplying 40 workers to a meat plant. Found: charging workers £150 'registration fee' before first shift and £30 for boots and hi-vis deducted from first pay. Workers interviewed all living in their own accommodation, paid correctly otherwise, free to leave. Licence conditions breached (fees). Warning issued and refunds ordered.

Background: RecruitPlus has held a licence since 2019 with no previous breaches. The complaint came via a worker who had already left for a better-paid job and was owed the £180 back. The company director said the fee was introduced by a new branch manager who has since been dismissed. The meat plant's own ethical audit (SMETA) earlier in the year found no issues. Refunds to be confirmed by the end of the month; GLAA to re-inspect in 3 months.""",
  "", "uf ppe", "", "low"[0])
A("""Financial intelligence. 27 bank cards registered to different names were found in a wallet during a stop of VRM AB62 XYZ on the A1. Driver Ionut POPA. All cards linked to accounts receiving wages from a Lincolnshire agency. POPA said he "looks after the cards for the boys because they do not speak English". Accounts show cash withdrawn in full within hours of each pay day. Workers not yet identified.""",
  "WW AV", "mbc ncw", "L", "m")
A("Kidney transplant patient doing well, donor was his brother, both recovering at the renal ward", "", "", "", "l")
A("""Intel (3/C/C - not to be shared outside MSHTU). Source states a man from Lahore is arranging for people in Pakistan to sell a kidney to rich patients abroad, with the operations done in a private clinic. Source says a man in Bradford was offered £5,000 to travel for the operation to clear his debt and was only given £1,000 after. Source unsure of clinic location.""",
  "DEC AV WW", "", "O", "h")
A("""Midwife booking appointment note. Woman (22, Slovak), 14 weeks pregnant, attended with her 'husband' who interpreted. Declined to be seen alone. She appeared thin and tired. Husband said she works in a hand laundry "sometimes". Her contact phone number is his. She did not know her home address. Midwife arranged next appointment with professional interpreter and flagged to safeguarding midwife.

Obstetric history: first pregnancy. Blood tests taken; BP normal. Dating scan confirms 14+2 weeks. The 'husband' gave his occupation as "business" and his phone as the only contact. He declined the offer of leaflets in Slovak on her behalf. The midwife noted she did not appear to have a handbag, keys or a phone. No injuries seen. Plan: consultant-led care not required; safeguarding midwife to attempt contact at next appointment with interpreter, and to share with GP.""",
  "ISO", "sfw pa fpe", "", "m")
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
  "DEC WW RD", "", "L", "h")
A("""Financial crime team note. Customer Mrs Evans (81) reported that her grandson has been using her bank card to pay his rent. Family matter, referred to adult social care for financial abuse assessment. No third-party organised control indicated.""", "", "", "", "l")
A("we have a guy from romania working in our kitchen, we sorted his NI number and he has his own account, is that ok or do we need anything else", "", "", "", "l")
A("""INT 2/B/P. Subject Florin LUCA. Operates a begging group in Leeds city centre. 5 Roma adults, two with disabilities, dropped at pitches 0800 and collected 1900 by LUCA in silver Zafira. INT suggests LUCA takes all the takings and the group lives in one room in his house in Harehills. One female reported to have said he hits them if they come back with less than £50.""",
  "AV WW PSV AC", "cedl oc et", "C", "h")
A("""Victim account (first person). My name is Ana, I am from Moldova. A girl on Instagram told me she does modeling in London and earns 2000 pounds a week. She paid my ticket. When I arrived, her boyfriend took me to a flat and said the modeling is with clients. I said no. He hit me and locked me in the bedroom for two days. He took photos and put them on a website. He said if I go to police they will put me in prison because I have no visa.

I was in that flat for four months. There were two other girls, from Romania, who also worked there. One of them had her own phone and went home later, I think she was not forced like me. A neighbour once asked me if I was OK but I was afraid. The police found the flat because of a complaint about noise. I now live in a safe house in the North and I go to English lessons. I want to finish school.""",
  "DEC PSV RM IT AV", "foa", "S", "h")
A("The lads at the hand car wash look cold, no gloves in december, poor things", "", "", "", "l")
A("""Youth offending team referral. J (15, British) arrested for possession with intent in Swindon, 80 miles from home. Found with 30 wraps and a phone which kept ringing ('Dee line'). J says he was "just visiting a mate". He has been reported missing 6 times in 2 months. His mum says he told her he owes "Big T" £2,000 after he was robbed of a package. He has burn marks on his arm. NRM referral made; s45 defence to be considered.""",
  "AV DB PSV", "pa", "C", "h")
A("""HMRC NMW team note. Complaint about a Leicester garment factory. Inspection found 22 workers on piece rate averaging £3.20 an hour, 55-60 hour weeks. Workers live locally in their own homes and are paid into their own accounts. Employer issued notice of underpayment, arrears of £48,000 and penalty. No indicators of forced labour identified: workers free to leave, no debts, no threats.

The factory is owned by a UK company supplying two high-street fashion brands, whose auditors were informed. Workers were told about their rights by HMRC and given leaflets in Gujarati and Punjabi. Several workers said they had worked there for over 10 years and were happy with the employer apart from the pay. The employer has agreed to move to hourly pay and clock-in machines. A separate complaint about a different unit in the same building (a print shop) concerned health and safety and was passed to the HSE.""",
  "", "", "", "l")
A("""Hospital social worker note. Patient (M, 34, Sudanese) admitted with heat stroke after collapsing at a recycling plant. Says he sorts waste 12 hours a day, 7 days. Paid £30 a day cash by a man who collects him and others from a house at 5am. Told by the man that if he goes to the doctors he will lose his job and "immigration will come". He has no documents; says "the boss has them in a drawer".

Ward staff note he is polite and eats well. He asked for a prayer mat and a phone charger. His chest X-ray is normal and kidney function is recovering with fluids. The occupational health lead at the recycling company (a large national firm) was contacted and stated the company uses two labour agencies and that it will review them. Plan: police and the hospital safeguarding lead to see the patient with an Arabic interpreter tomorrow morning.""",
  "EO IT RD AV", "cedl foa", "L", "h")
A("My brother is in Dubai working as a driver and the company has his passport, thats normal there right?", "", "", "", "l")
A("""INT 1/A/P. Officer observation: 0455hrs, 8 males escorted out of 44 Sandy Lane into a white minibus VRM LD18 KHT by a male in hi-vis who counted them in. Minibus followed to Freshways packhouse. Same minibus returned to address 2140hrs. Address has bins overflowing and mattresses visible through the front window.""",
  "", "et cedl oc", "L", "m")
A("""Citizen's Advice note. Client (Indian, 29) on a skilled worker visa as a chef. Employer pays below the amount on his certificate of sponsorship and says "be grateful, I can cancel your visa any time". Works 6 days, 12 hours. Client has his own passport and lives with his wife in a flat he rents. He wants to change sponsor. Advised on rights; referred to employment solicitor.

Client also asked about bringing his mother over on a visit visa, which was explained separately. He is a member of a trade union and had spoken to a union rep before coming. He says the restaurant is busy and the other 3 chefs are paid the same and are also unhappy. He does not want police involvement at this stage. He is keeping a diary of hours worked and copies of his payslips. Follow-up appointment in 2 weeks; consent to share with the Home Office sponsor compliance team to be discussed then.""",
  "WW EO IT AV", "", "L", "h")
A("girls at the nail shop on the parade are brought in and taken home by a man in a merc every day, they look scared and dont speak english", "", "et foa", "L", "m")
A("""Officer handover. Attended Eastgate Hotel re domestic. Male (Connor) and female (Jade) partners argued over money; female has scratch to cheek. Both British, both employed. DASH completed: medium. Male arrested for common assault. No exploitation concerns.""", "", "", "", "l")
A("""Debrief via interpreter (Albanian). He says that a friend in Kukes told him he could work on a cannabis farm in England and earn 10,000 in six months. He knew it was cannabis. When he arrived he was taken to a house in Kent, his phone was taken, and he was told he must work for one year without money to pay for the small boat. He was not allowed outside; a man came twice a week. When he asked to leave he was told "we know your village and your sister".

He is now in a hostel in London and says he is scared to go back to Albania because the group knows his village. He has been given a solicitor. He says there were two other men in the house, one older, one who he thinks was Vietnamese; he did not speak to them. He does not know the address but says it was near a big supermarket and a train line. He agreed to go with officers to try to identify the area.""",
  "DEC ISO DB RM IT", "", "C", "h")
A("""Local authority children's services. Unaccompanied asylum-seeking child, Hoang (claims 15), went missing from foster placement 2 weeks after arrival. Found by police in a nail bar in Birmingham, working. He told the social worker he had to go "because the man who brought me said I owe him and he will hurt my family". Foster carer reports he received calls from an unknown number every night. Now in a new placement out of area; risk of retrafficking high.""",
  "AV DB IT", "", "L", "h")
A("""Bank alert. Business account of 'Sparkle Hand Car Wash Ltd' pays 14 staff weekly. Analysis shows all 14 salaries then transferred same day to one personal account of director Mr Besnik DOKA. Staff accounts opened on the same date at same branch with the same phone number.""",
  "WW", "ncw", "L", "m")
A("MY SON IS 13 AND HE KEEPS GETTING PICKED UP BY OLDER BOYS AND COMING BACK WITH MONEY AND HE WONT SAY WHERE HE GOES PLEASE HELP", "AV", "", "C", "h")
A("""Immigration enforcement visit report. Restaurant in Croydon. 3 workers without right to work found in kitchen. Each said they found the job themselves via a friend, are paid £7 an hour cash, live in shared rooms they rent privately and can leave any time. No indicators of trafficking identified on screening. Civil penalty notice issued to employer.

The restaurant manager, a British citizen, was cooperative and said he had relied on a friend's assurance about the workers' status. Right to work checks had not been carried out. The three men were served with notices and given information on voluntary return and legal advice. A fourth worker, a Portuguese national with settled status, was working legally. Hygiene issues in the kitchen were referred to environmental health. No NRM referral was made as none of the workers disclosed control, debt or threats, and screening questions were answered with an interpreter present.""", "", "", "", "l")
A("""NGO caseworker (Kalayaan). Ms R (Indonesian, 35) came on an overseas domestic worker visa with a Saudi family. She left the family's London home at night with the help of a security guard. She reports being shouted at daily, slapped by the mother, not given enough food (leftovers only), no bed (slept on kitchen floor), and no salary for 9 months. Her phone was taken on arrival. She now has her passport after police collected it from the employer.

She stayed two nights with the security guard's wife and then came to our office. She is staying in a women's shelter. She has asked us not to contact the family. She says there was another domestic worker in the house, a Sri Lankan woman called Nilu, who was treated the same way and is still there. Consent for an NRM referral given today. The employer's address is in Kensington; the family are understood to travel back to Riyadh at the end of the month, so police were informed today.""",
  "PSV AC WW ISO", "sw", "D", "h")
A("Found a lad crying at the bus station says a man took his passport and he has to work in a carwash, he's got nowhere to go", "RD", "", "L", "m")
A("""INT 2/C/P. Group of Slovak nationals living at 9 Princess St, Sheffield. INT suggests they were recruited by a Slovak family who claim their benefits using their identity and keep the payments. The men also work at a recycling yard and are given £20 pocket money a week. Two of the men are described as "not all there".""",
  "AV WW", "ncw", "L C", "m")
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
A("""GLAA note, farm in Herefordshire. Seasonal scheme workers (Kyrgyz, Uzbek). Several state they paid recruitment agents in their country £2,000-£4,000 to get on the scheme, borrowed from relatives. On the farm: paid correctly, own documents, decent caravans, contracts issued. The debts are at home and not owed to the farm or the UK operator. Referred to scheme operator for recruiter investigation; no UK exploitation identified.

Workers raised one concern about the price of food at the on-site shop, which is run by a separate company; the farm has agreed to allow a weekly bus to the supermarket in town at no charge. Working hours were checked against the payroll: average 42 hours a week, maximum 52 in the peak week, all paid. Workers had access to a welfare officer employed by the scheme operator and knew how to contact her. The farm's manager said they would prefer to recruit through a different scheme operator next year.""",
  "", "uf", "", "l")
A("""Referral from charity (Unseen). Caller is a Romanian man working in a warehouse via agency Staff Pro. He says the agency's "coordinator" Ion collects everyone at 5 in a van charging £10 a day, takes £80 a week rent for a bed in a room with 5 others, and makes them pay £45 for safety boots. His payslips show deductions he does not understand, and he had £120 left last week after 60 hours. When he complained, Ion said he would "find him" if he left.

He also mentioned that the warehouse itself treats workers well, has a canteen and that the warehouse supervisors are polite. He thinks about 30 workers live in houses provided by Ion. He would like to change agency but is afraid he would have nowhere to live. He agreed to share his payslips and the address. The helpline passed the case to the GLAA and police with his consent; a call back was arranged for Tuesday evening when he is not working.""",
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
  "RM DB", "", "C", "m")
A("""Debrief, translated from Polish. I worked on a building site in Leeds. The boss said pay at the end of the month. After three months he gave us nothing, he said the client did not pay him. Then he said we must leave the house. He never hit us or threatened us, he was just a bad boss who disappeared. We had our passports, we were not locked.""",
  "WW", "", "L", "m")
A("""Outreach note, rough sleepers team. Mr S (British, 45) said a man in a white van offered him cash work in a garden in Wales with food and a caravan. Mr S declined. Mr S is now in a hostel. Van details passed to police for intelligence.""", "", "", "", "l")
A("""INT 2/A/P. Source reports that a female called 'Mimi' (Thai, 30s) is advertised on Vivastreet as "new girl in town" in 4 different towns over 3 weeks, moved every Sunday by a driver. She is always at an Airbnb, she does not speak English and the phone on the advert is answered by a man.""",
  "", "sfw", "S", "h")
A("""Safeguarding referral (ambulance service). Attended 78-year-old male, fall at home. His live-in carer, a Zimbabwean woman, was present. She said she works for the family through an agency, does 4 days on and 3 off, and is paid properly. Patient's daughter confirmed. No concerns regarding the carer.""", "", "", "", "l")
A("""Victim statement extract. They said I had to give them my bank card so my pay could go for the rent and food. Every week they said I owed more, the debt was 600 then 900 then 1400. I worked in the chicken factory nights. I never had any money in my hand. When I wanted my card back Gabi showed me a video on his phone of a man being beaten and said "this is the one who talked".

I came to England from Romania with my cousin who also worked there. My cousin was paid normally because he came with another man, not with Gabi. We lived in different houses. I left because one night I went to my cousin's house and did not go back. Now I work for a cleaning company and I have my own card. I want the police to find Gabi because there are other men in his house still.""",
  "DB WW IT", "ncw", "L", "h")
A("wtf is going on at 12 hazel close, vans at 5am every morning full of guys and the house stinks, 15 people live there", "", "oc cedl", "", "l")
A("""Trading standards note. Complaint about doorstep trader charging pensioner £9,000 for roof work. Trader's workers were two young English lads who said they are paid £80 a day and go home at night. Fraud investigation opened. No exploitation of workers indicated.""", "", "", "", "l")
A("""Adult safeguarding, Section 42 enquiry outcome. Concern raised that Mr T (learning disability) was being made to work unpaid in his brother's cafe. Enquiry found that Mr T volunteers 2 mornings a week by his own choice, is supported by his day centre, and manages his own money with an appointee from the council. Concern not substantiated.

Mr T's day centre key worker said he enjoys the cafe mornings, likes serving customers and is proud of his "job". His brother is not paid carer or appointee. Mr T said he can stop volunteering when he wants, and he had a week off recently to go to Blackpool with the day centre. Learning: the original concern came from an anonymous caller who had seen Mr T "working for nothing"; the enquiry officer has written to the caller's email explaining the outcome without sharing personal details.""", "", "", "", "l")
A("""Police log: Missing from home, Chloe (15). Last seen getting into a car with two adult males outside a McDonald's. Known to be at risk of CSE; previous episode where she was found in a hotel in Rochdale with older men. Mum says Chloe texted 'don't call police or they'll hurt me'. Risk: high / immediate response.""",
  "AV IT", "", "S", "i")
A("""Embassy referral (consular). Chinese national, female, 24, came on a student visa to study in Manchester. Agent in Fujian arranged the visa for 150,000 RMB, borrowed from her parents. She says the agent's UK contact told her she must work in a massage parlour to repay it. She stopped going to classes. She has her passport. She says she can't stop because the agent will tell her parents what she does.""",
  "DEC DB IT", "uf", "S", "h")
A("Man with a limp sells Big Issue outside Boots every day, he's lovely, has his own flat", "", "", "", "l")
A("""NGO caseworker note (Medaille Trust). Client Daniela (Romanian, 23) arrived at the house yesterday after referral from police. She describes being "loverboy'd": a man she met in Constanta said he loved her and they would work in a restaurant in London together and save for a house. In London he said the restaurant closed and she should do escort work "just for a month". That was two years ago. She gave all the money to him; he said it was for their future. He took her ID card "so nobody steals it". She was moved between flats in Luton, Watford and Milton Keynes. She says he never hit her but he would go quiet for days and say he would leave her alone in England with nothing. She has a UTI and dental pain; GP appointment booked for Thursday. She enjoys cooking and helped with the group dinner. She wants to learn English before deciding about police.""",
  "DEC WW RD AV", "", "S", "h")
A("""INT 2/B/P. Nominal Zhen LIU. INT suggests LIU brokers paid kidney donations: recruits indebted Chinese workers in London restaurants, offers to clear debts if they travel to a clinic abroad to sell a kidney. One known donor, male 30s, returned with a scar and was given less than half the promised sum.""",
  "AV DEC WW", "", "O", "h")
A("kebab shop guy is so nice he pays the boys well and they all have sundays off no worries there", "", "", "", "l")
A("""Referral from Border Force (Heathrow T4). Female, 26, Indian national, arrived to work as a nanny for a family in Harrow. Her visa was paid for by the family. On questioning she said she has been told she will earn £200 a month, work "all the day" and that "sir will keep the passport because I might lose it". She has no phone of her own and no address for the family written down; sir was to collect her. She appeared confused and frightened. The family's man collecting her was spoken to and said everything is "normal for our culture". Given information on rights and helpline; safeguarding notified.""",
  "ISO AV", "fpe", "D", "m")
A("""Health visitor note (extract). Mum of 3 under 5 living with husband's family in a 4-bed house. Husband works long shifts as a taxi driver. Mum says mother-in-law is strict but she is allowed out, has her own phone and goes to the children's centre twice a week. Some isolation because of language; referred to ESOL classes. No safeguarding concerns about exploitation.

Baby (7 months) weighed: 8.1kg, on the 50th centile. Weaning going well. Mum breastfeeding at night. Dad works late and the family have a car. Mum speaks Urdu and some English; she says her sister-in-law helps translate at appointments but that she would like to attend the ESOL group on her own. Immunisations up to date. Mum asked about local nurseries for the older child. Next contact at 12 months review.""", "", "", "", "l")
A("""Police intelligence. Two Vietnamese females aged approx 16 and 19 seen at nail bar 'Luxe Nails', Market St, working from opening to close (0900-2100) 7 days. Owner drives them home to a flat above the shop. Officer visited: owner said they are relatives. Girls did not speak. Passports for both produced by the owner from his car. Girls' phones have no SIM.""",
  "AV EO RD ISO", "et sfw", "L", "h")
A("""A&E nurse note. Male, 40s, Lithuanian, brought by workmates after a fall from scaffolding, ?fractured wrist. Workmates stayed, friendly, took turns translating. He says he works for a Lithuanian builder, paid £110 a day by bank transfer, lives in his own rented room. No safeguarding concerns identified; RIDDOR issue passed to site manager via patient.""", "", "", "", "l")
A("I think my neighbour's cleaner is a slave. She is there 7 days a week and the family shout at her, I've seen her eating on the back step", "EO", "", "D", "m")
A("""Debrief (Sudanese man, 19, via Arabic interpreter). He says he crossed on a boat to Dover in 2023. A man in the hotel where asylum seekers were placed offered him work at a car wash in Nottingham for £50 a day. He went. He worked 8am to 8pm every day, the pay was £20 a day, the boss said the rest was for the room, which was a garage with 6 men. The boss said if he told the hotel staff he would be sent back to France. He came back to the hotel after 3 weeks when he got sick.

He says the other men in the garage were from Sudan and Eritrea too, and that two of them are still there. He is willing to show police where the car wash is but does not want to give a statement yet. The hotel manager (Home Office contractor) confirmed he was absent for 3 weeks and reported it as required. Medical: chest infection, now treated. He has an asylum interview next month. He has been offered an NRM referral and is thinking about it; his support worker will follow up on Monday.""",
  "DEC EO WW AC IT AV", "oc foa", "L", "h")
A("""Licensing visit, Chip Shop Plus. Two staff working, both Bangladeshi students within their 20-hour term-time limit, checked with rotas. Paid by BACS. No issues apart from food hygiene score. No further action.""", "", "", "", "l")
A("CSE concern: Ellie (13) seen in car VRM YS17 PTN with adult male Tariq MAHMOOD, 29, at 23:40. Male gives her alcohol. 2/B/P.", "AV", "", "S", "immediate"[0])
A("""Bank financial crime alert. Personal account of Mr A. OKAFOR (student, 20) received £18,400 from 23 unrelated people over 6 days, immediately sent on to accounts in Lagos and Dubai. Customer stated a man on Instagram offered him £500 to "receive money for his business". When he wanted to stop, the man sent him a picture of his own front door. Account frozen; customer referred to police as possible money mule under coercion.""",
  "DEC IT AV", "", "C", "h")
A("""INT 3/C/P. Allegation: 'Golden Hands' massage, Southend, employs Chinese women who live in the premises. Officer visit: premises licensed, 3 women present, all said they live in their own flats, produced passports and tenancy agreements. No beds on premises. No further concerns.""", "", "", "", "l")
A("""Witness statement (farmworker, translated from Bulgarian). I came to work on the farm with my husband. We pick leeks. The boss Kiril found the job for us in Bulgaria and we paid him 300 leva each for the bus. In England we are paid by the farm correctly, into our own accounts. The house is OK, 6 people. Kiril is not nice but we can go to the shop, we have our documents. I am making this statement because of the accident of my friend with the tractor, not because of any other problem.

My friend Anton hurt his leg when the tractor reversed. The driver did not see him. The boss of the farm came quickly and took him to the hospital and he is now OK and got sick pay. I can say that the farm is good, the manager speaks to us with respect, we have a toilet in the field and water. Kiril is only the person who organised the bus and sometimes translates. He does not take our money. I have worked here three seasons and will come again next year.""",
  "", "uf", "", "l")
A("""Council anti-social behaviour team. Complaint about 'Clean Fast' car wash noise. Visit: 5 workers, all with work gloves, boots and waterproofs. Manager showed payroll and right to work checks. Workers said they live in town and get paid weekly. Only issue is the jet wash noise before 8am. Advised.""", "", "", "", "l")
A("""INT 2/B/P. Country lines 'Ricky' line runs from Liverpool into Blackpool. INT suggests the line is worked by 2 local teenagers, one of them a girl of 15 in care, who is made to hold drugs internally and was assaulted when a deal went short. She is kept at a trap house on Dickson Rd for days at a time.""",
  "AV PSV RM", "", "C", "immediate"[0])
A("pls help my cousin in leicester factory, boss dont pay 3 month and say if she go he call immigration", "WW IT AV", "foa", "L", "h")
A("""Probation officer note. Service user (M, 23) disclosed that while in HMP he built a drug debt of £1,500 and since release he has been made to "run bits" for the people who bought the debt. They come to his hostel and drive him to a flat in Crewe. He says they told him they know where his nan lives. He wants to move out of area. Information shared with police via the MAPPA coordinator.""",
  "DB IT", "et", "C", "m")
A("""Domestic abuse referral (IDVA). Client (F, 34, British) controlled by partner: he checks her phone, limits her money and stops her seeing her friends. She works as a receptionist and her wages are paid into a joint account he controls. No indication she is made to work for him or to sell sex. Safety plan made.

Children: two, aged 6 and 9, both at the local primary, school aware. Client has support from her sister. Referral to MARAC not required at present (DASH score 11). Client has a new bank account in her sole name set up with the IDVA's help, and her employer has agreed to pay her wages into it from next month. She does not want police involvement at the moment. Next contact arranged by a safe number.""",
  "", "", "", "l")
A("""Victim account (first person, written by the victim in English). I come from the Philippines to work in a care home, the agent said good salary and housing. When I come they put 4 of us in one room in the manager's house. We work 12 hours, sometimes 16 when someone is sick, no extra pay. They take £500 a month for the room and £300 for the "visa loan". My payslip shows money but I only get a little. I am scared to complain because my visa is with this company.

The home is actually a nice place for the residents and I like my work. The other carers from Kerala came through a different agency and they are paid properly. I am writing this so that someone can help the four of us. My manager, who is British, does not know about the deductions because the agency pays us. I have kept my payslips and bank statements.""",
  "DEC EO DB WW AC AV", "oc foa", "L", "h")
A("Man at the airport told officer his uncle has his passport. Turns out uncle is his travel companion and just held both passports in the queue. Returned. NFA.", "", "", "", "l")
A("""Safeguarding referral from school (primary). Pupil M (10) told a teaching assistant that at weekends he has to go to "the shop with uncle" and stand outside asking for money, and that uncle takes it. He said if he doesn't bring money he doesn't get dinner. Mum is in Romania; he lives with uncle and 8 others. Social care and police contacted urgently.""",
  "AV WW AC", "oc", "C", "h")
A("""INT 2/B/C (do not disclose source to the farm). Workers at Greenacre Mushroom Farm are told they must buy their own hairnets, gloves and knives from the supervisor at inflated prices. Supervisor also runs the minibus at £7 a day and houses workers. Source says workers have not been threatened and are free to leave.""",
  "", "ppe ct", "L", "m")
A("""GP consultation (telephone, with Mandarin interpreter). Patient (F, 45) requests repeat prescription. States she is happy in her job as a cook in a Chinese restaurant. No concerns raised. The interpreter remarked on background noise only.""", "", "", "", "l")
A("""Court report summary. A couple from Bedford who kept a man with a learning disability in a garden shed for 11 years have been convicted. He did all the garden and house work and looked after their dogs, and they spent his benefits. The man, now 58, had lost contact with his family, who believed he had died.""",
  "AV AC ISO", "sw ncw", "D", "h")
A("""Victim statement extract (Ukrainian, female, 33). When I arrived in the scheme my host was very kind at first. Later he said I must clean his house and his brother's house every day as "thank you" for staying there. He took my phone at night. He came into my room when drunk and touched me. I was afraid to leave because I did not know anybody. The council moved me when my friend called them.""",
  "AV ISO PSV", "", "D", "h")
A("loads of young lads going in and out of flat 3 at all hours, old bloke that lives there is a druggie and looks terrified, i think theyve taken over his flat", "AV", "", "C", "m")
A("""Immigration officer note. Airside interview, Manchester. Male, 28, Pakistani, arriving on a work visa for a warehouse. Said his sponsor charged him £12,000 for the certificate of sponsorship, which is not allowed. He has all documents and phone. Will report sponsor. No exploitation yet in the UK.""",
  "", "uf", "", "l")
A("""Fire service referral. Following a small fire at 33 Lark Rise (electrical, from a converted loft with grow lights), crews found wiring bypassing the meter and cannabis plants in 3 rooms. No occupants present. A mattress, a small cooker and Vietnamese food in a back bedroom suggest someone lives there with the plants. Police informed.""",
  "AC", "sw plc", "C", "m")
A("""Domestic worker (Moroccan, 39) to Kalayaan advice line. She works for a family in Chelsea, Monday to Friday live-in, weekends off, £1,800 a month paid by bank transfer. She has her passport and a phone. She wants advice on extending her visa and on changing employers because the children are growing up. No concerns.""", "", "", "", "l")
A("""INT 2/B/P. POI Besim KRASNIQI collects 5-6 Albanian males from a house in Bermondsey at 0600 and drives them to building sites. INT suggests workers do not hold their own ID, KRASNIQI keeps them in his flat, and workers are charged "£200 a week for the room and the lift".""",
  "RD", "cedl et ct", "L", "m")
A("""Housing association note. Tenant reported that her sublet room has been given to a 'friend' who is a young Eritrean man. He says he works at a bakery on nights, pays her £400 a month rent and has the room to himself. Breach of tenancy (subletting) only. No exploitation indicated.""", "", "", "", "l")
A("""INT 1/B/P. Officers stopped a Mercedes VRM FD20 XXO on M6 J16. Driver male, 34, with 3 females (Hungarian) in back, 2 say they are going to "work" in Stoke. Female 1 has bruises to her neck. All 3 have no phones. Driver has their ID cards in his jacket and a notebook of names with amounts "owed". Driver arrested; females taken to safe location.""",
  "PSV RD ISO DB", "pa et", "S", "immediate"[0])
A("the man who owns the car wash in my town has been jailed for slavery but the new owners seem good they've done it all up and the staff are local lads", "", "", "", "l")
A("""Local authority early help note. Family known to services; dad (Slovak) works at a meat factory via agency. Family of 5 living in a 2-bed flat rented privately from a relative. Concerns re overcrowding and damp; referred to environmental health. Dad confirms agency pays him correctly. No indication of exploitation.""", "", "", "", "l")
A("""Victim debrief (Nigerian, F, 30, interpreter present). She says she was brought to London at 15 by a "aunty" who said she would go to school. Instead she cooked, cleaned and minded the aunty's three children, and slept on the sitting-room floor. She never went to school and was told she was "illegal" and would be arrested if she went out. The aunty's husband raped her several times. She left at 22 when she was thrown out.

She has a young daughter born in 2019 whose father is a man she met at church after she left. She has been in the UK without status for many years and says this is the first time she has told anybody the whole story. She has been referred to the NRM with consent, is in safe housing, and has been referred for counselling. She does not know whether the aunty still lives in London.""",
  "AV DEC AC IT PSV RM", "sw foa", "D", "h")
A("""Referral (hospital safeguarding). Patient (M, 35, Indian) presented 3 weeks after a nephrectomy done "in a private hospital in Sri Lanka". Says he was paid to give his kidney to a stranger and his debt to a moneylender in Chennai was "cancelled". Wound infected. He is in the UK on a visitor visa. Says nobody forced him but the moneylender arranged everything. Referred to police for assessment.""",
  "AV", "", "O", "m")
A("Pop-up brothel at Airbnb 14 Kingsley Court, new girl every week, advertised as 'young Asian'. 2/C/P", "", "", "S", "h")
A("""Officer handover. Concern raised by a bus driver about a teenager travelling alone from Birmingham to Stoke late at night several times a week. Traced: lad is 17, travels to see his girlfriend, works at Greggs. Parents aware and happy. No concerns. Log closed.""", "", "", "", "l")
A("""GLAA intelligence (2/B/P). Labour gang at a salad packhouse in Kent supplied by unlicensed gangmaster. Workers from Romania say they were told the job was £11.44 an hour; actual pay is £6 after deductions for 'admin' and 'tools'. 12 share a 3-bed house owned by the gangmaster. Gangmaster keeps the workers' bank cards "to manage rent".""",
  "DEC WW AC", "oc ncw", "L", "h")
A("""Victim account (child, 16, British, recorded by social worker). "They said I owed them because the police took the stuff off me. They said I had to do another month in the trap house in Lincoln to clear it. They took my phone and gave me a burner. I wasn't allowed to go out, someone was always there. They said if I left they'd stab my brother." """,
  "AV DB ISO RM IT", "", "C", "immediate"[0])
A("the nail bar next to me are lovely girls they go to college and do it part time", "", "", "", "l")
A("""Bank alert (card fraud team). Debit cards of 11 different customers used at the same Co-op ATM between 02:00 and 02:20 on 3 consecutive Fridays. All accounts receive wages from 'Northern Staffing Solutions'. Same male visible on CCTV each time.""",
  "", "mbc ncw", "L", "m")
A("""Probation pre-sentence report (extract). Mr G, 19, Albanian, charged with production of cannabis. He says he was brought to the UK by a group he paid 15,000 euros, borrowed from them, and told he must tend a cannabis grow to repay it; he lived in the property; he was told that his family in Albania would be harmed if he left. He received a positive reasonable grounds decision. The court is asked to consider the s45 defence.""",
  "DB IT", "sw", "C", "m")
A("""Interview note (GLAA, fish processing plant, Grimsby). 30 workers, mainly Latvian and Polish. All interviewed in groups and 6 privately. Contracts, payslips and own bank accounts verified. Transport provided free by employer. One worker complained about the cold; PPE including thermal gloves provided free. No indicators found.""", "", "", "", "l")
A("""Helpline call summary. Caller is a British man who says his son (22, autistic) has been "befriended" by a family who run a scrap yard and now lives with them. Son works in the yard all day, is given cigarettes and pocket money, and his phone has been "broken" so dad cannot reach him. The family will not let dad see him alone.""",
  "AV WW ISO", "", "L", "h")
A("i reckon there's something dodgy about the indian restaurant staff, they never smile", "", "", "", "l")
A("""Victim statement (Albanian, F, 20). My boyfriend brought me to England and said we will marry. He made me sleep with men in a flat in Hackney. He kept the money and my passport. If I cried he hit me. One time he burned me with a cigarette. I could not go out alone, he or his friend was always with me. Police came to the flat on 3rd March.""",
  "DEC PSV WW RD RM", "et", "S", "h")
A("""Social worker note. Ms J (29, British, homeless, alcohol dependent) told the outreach worker she does "a bit of cleaning" for a man who lets her stay in his spare room. She says she gets food and a bed and is free to come and go; she goes to the day centre every day. She has her phone. No evidence of exploitation; offered hostel place.

Ms J's benefits are paid into her own account and she showed the worker her card. She said the man, who is in his 60s, is a retired bus driver and "a bit lonely", and that she helps him with hoovering twice a week because she wants to. The outreach worker met him briefly; he was friendly and said she is welcome to stay until she gets a hostel. Both were given information about tenancy and adult social care. She has an appointment at the drug and alcohol service on Thursday.""", "", "", "", "l")
A("""INT 2/B/P. Hand car wash, Lea Bridge Rd. Workers (Kurdish Iraqi) confirmed working 0800-2000 daily for £35. Sleep in shipping container on site with no heating or toilet. Manager 'Kawa' holds all documents "for the council inspection".""",
  "EO WW AC RD", "sw plc", "L", "h")
A("Woman on 5th floor says her husband's sister lives with them and does nothing but cook and clean all day and doesn't have a key. Not sure if that's just family.", "RM", "", "D", "m")
A("""Police press release. Following a warrant at a farm near Tamworth, officers found 14 men living in run-down caravans without running water. The men, from Poland and Britain, said they had been recruited at a homeless shelter with promises of paid work and then made to work without pay laying tarmac. Some had been there for years. Three people were arrested on suspicion of modern slavery offences. The men are being supported by the Salvation Army.

Among those rescued was a 72-year-old man who had been at the site for more than a decade. Police said the investigation, called Operation Meadow, had been running for 18 months and involved the GLAA and the local council. A spokesperson for the landowner said they had leased the land to the suspects and were unaware of what was happening. Anyone with information is asked to call 101 or the Modern Slavery Helpline.""",
  "DEC AC WW AV", "plc", "L", "h")
A("""Adult social care. Concern from neighbour that Mrs O (84) has a young Filipino woman "doing everything" and sleeping on a camp bed. Visit: woman is a live-in carer employed through a registered agency, has her own room (camp bed was from a visiting grandchild), paid £750 a week, has 2 days off. Concern closed.

The agency, Homecare Plus, is CQC-registered and rated good. The carer (Ms R, 38) has worked with Mrs O for 18 months and has a settled status share code. She showed the social worker her bedroom, which is en-suite, and said she goes to church on Sundays. The neighbour has been thanked for raising the concern and told, without details, that there are no worries. Mrs O's daughter lives in Exeter and visits monthly; she said she is grateful for the carer.""", "", "", "", "l")
A("""INT 3/C/P. Unverified report that a man in Glasgow offers Roma men £3,000 to sell a kidney in Turkey. No further details.""", "", "", "O", "m")
A("""Financial crime: suspected benefit fraud network. 40 Universal Credit claims made from 3 addresses in Derby, all for Czech Roma adults. Claimants interviewed say a man called 'Pepa' brought them to the UK, opened accounts for them and keeps their bank cards and ID. They receive £20 a week. They work for his cousin in a recycling yard.""",
  "RD WW AV", "ncw mbc", "C L", "h")
A("the worker at my local corner shop said his boss took his passport and he cant leave, he looks so tired", "RD RM", "pa", "L", "m")
A("""Refugee Council note. Ms A (Eritrean, 24) asked about the NRM because she was held in Libya and sold between smugglers, beaten and made to work in a house. She reached the UK in 2024 by boat and has been in asylum accommodation since. She says nobody in the UK has exploited her. Advised that exploitation outside the UK can be referred.""",
  "PSV", "", "D", "h")
A("""Youth worker note. Several boys at the youth club talking about 'going OT' to earn money. Discussed risks with the group. No specific child identified as involved. Session planned on county lines awareness next week.""", "", "", "", "l")
A("""Safeguarding (midwife, postnatal ward). New mum (Romanian, 19) said her partner's mother has her passport and her baby's red book and decides whether she can go out. She said she was brought to England to "work in cleaning" but has been made to have sex with men at a flat until she got pregnant. Partner visiting daily. Request to delay discharge and police attendance today.""",
  "AV RD RM DEC PSV", "", "S", "immediate"[0])
A("""Hotel security report. Room 214 booked for 3 nights with cash by a male. A different young woman seen going in each day. When housekeeping entered, a woman was asleep and seemed frightened, and said "he comes back soon". Duty manager called police.""",
  "", "", "S", "h")
A("Caller reports a lad about 12 on a bike delivering packages on the estate after midnight every night for a group of older men.", "AV", "", "C", "h")
A("""Solicitor's letter (extract, immigration). Our client, Mr H (Vietnamese, now 18), was trafficked to the UK at 15 and forced to work in a cannabis grow in Coventry. He received a positive conclusive grounds decision in 2024. He now lives in supported accommodation, attends college and has no contact with those who exploited him. We request discretionary leave on the basis of his recovery needs.

Our client has been assessed by a psychologist who diagnoses PTSD and recommends ongoing therapy which would be interrupted by removal. He has a part-time job in a cafe, is paid properly and volunteers at a food bank. His college tutor describes him as hard-working. We enclose letters of support from his foster carer and his youth worker. We also ask that the Home Office considers his age at the time of his arrival when reviewing the file.""",
  "AV", "", "C", "m")
A("""Farm inspection (council environmental health). 40 caravans for seasonal workers. Water supply failed for 2 days last week, repaired. Workers interviewed were content; pay checked by GLAA in spring. Advised the farm on a backup supply. No exploitation indicators.""", "", "", "", "l")
A("""INT 2/B/P. Three Chinese women seen working at a massage shop 11:00-02:00 every day. They live upstairs. A male collects cash nightly. Women appear to never leave except escorted to the supermarket.""",
  "EO RM", "sw et", "S", "h")
A("""Debrief (Polish man, 61, interpreter). He says he answered an advert at a Polish shop in Kraków for work in an English bakery. In England there was no bakery. He was taken to a house where a family made him do building work and gardening. His wages were "kept" because he owed for the minibus and first rent. He was given cheap vodka every evening. He says they were "like family" and he did not think of himself as a victim until the police came.

He now lives in a Salvation Army safe house and attends an alcohol support group. He has a daughter in Gdańsk who he would like to contact. He says other men from the same town came after him; he gave one name, "Bartek". The family's house is in Wolverhampton and he was able to describe it. He has no injuries apart from long-standing back pain.""",
  "DEC DB WW AV", "", "L", "h")
A("""Private fostering assessment. Girl (15, Ghanaian) living with a family friend in Croydon to attend school. She attends school daily, has her own room, the family provides pocket money and she does normal chores. She says she is happy and talks to her mum in Accra weekly. Assessment approved.""", "", "", "", "l")
A("why is there always a big white van outside the care home at 6am dropping off foreign staff, they look exhausted", "", "pa cedl", "", "l")
A("""INT 2/A/C (source protection). Workers at 'Sunrise Takeaway' say they are fed, housed upstairs and "looked after" by the owner, who sends their pay home to their families in Fujian. Workers have not received any money themselves in 2 years. Owner says families are paid but no proof found.""",
  "WW", "sw ncw", "L", "m")
A("""Witness statement (neighbour). For about a year I saw a young Black woman, maybe early 20s, at number 7. She took the children to school and walked the dog but never anything else. One day she asked me for a phone and said she wanted to call her mother in Uganda but "madam" had said she cannot use phones. She told me she has not been paid for "the whole year".""",
  "ISO WW", "", "D", "m")
A("""Police log. RTC on the A14: minibus VRM GN17 ABX with 11 workers on board; no injuries. Driver has valid licence and company documents; workers employed by a licensed labour provider and travelling to a packhouse. All spoken to at scene. No concerns.""", "", "", "", "l")
A("""Council licensing: nail bar 'Star Nails' inspection. Staff: 2 Vietnamese women aged 20 and 23. Both said they sleep in the back room because "the boss says it's safer", work 10 hours a day with no day off, and send their money to "uncle" who paid for them to come. The premises license is in a different name.""",
  "EO AC DB", "sw ncw", "L", "h")
A("My daughter met a man online who says he's a model scout and wants her to fly to Milan next week, she's 17, he's paying for everything. Is this a scam?", "AV", "", "", "h")
A("""INT 2/B/P. POI 'Tony' (real name unknown) controls 5 Polish men at a waste recycling site in Middlesbrough. INT suggests the men are paid £5 a day, housed in a dilapidated property with no heating, and that 'Tony' beat one man with a metal bar when he tried to leave. Other workers not allowed out without 'Tony'.""",
  "WW AC PSV RM", "plc", "L", "h")
A("""Adult safeguarding referral (GP). Patient (M, 67, British) lives in a caravan on a farm where he has worked for 40 years. He says he gets his keep and the farmer "looks after" his pension. The farmer's family say he is part of the family. He seems content. Unclear whether he can access his money. Referral for assessment.

The farmer's wife said the man was "like an uncle" to their children and eats with the family every night. He has his own caravan with electricity and heating. He was happy to talk to the GP and did not seem afraid. He said he does not want to live anywhere else. He has not seen a dentist for many years. The social worker will visit to check who manages the pension and whether he understands his finances.""",
  "", "ncw", "", "l")
A("""Interview record (IECA). Applicant (Albanian, F, 25) describes being recruited by a man she met on Facebook who offered a waitress job in Italy. She was instead taken to the UK, kept in a flat in Manchester, and forced to have sex with men. She says she was given drugs to keep her calm. She escaped to a church after 4 months.""",
  "DEC RM PSV", "", "S", "h")
A("""Police log. Male (Ukrainian, 30s) reported that his employer at a removals firm has not paid him for the last fortnight because of a dispute over damaged furniture. He has his documents and lives with his wife. Advised this is a civil employment matter; ACAS details given.""", "", "", "", "l")
A("the foreign guys at the chicken plant are bussed in at 4am and the agency takes 30 quid a week for the bus and they dont get a choice", "", "cedl ct", "L", "m")
A("""Victim account (British man, 40, written statement). I was homeless in Bristol when a man called Shane offered me work on driveways and a caravan. For three years I worked every day from 7 to dark. He kept my bank card and my benefits. If I asked for money I got a slap. He told me nobody would believe a tramp. I had no phone and I didn't know where the site was.""",
  "AV EO WW PSV ISO", "ncw", "L", "h")
A("""Social services note. Referral about Maria (17, Roma). School reports she has been absent 4 weeks. Family say she is married (religious ceremony) and lives with her husband's family, who say she looks after the house and his younger siblings. Maria says she is happy but was not allowed to speak alone; mother-in-law answered for her.""",
  "AV", "sfw", "D", "h")
A("""GLAA licence revocation summary. Licence holder 'AgriStaff UK' revoked after investigators found workers were charged £250 for jobs, charged for transport, and housed in overcrowded houses owned by the director. Workers also stated that the director kept their passports in his office safe and told them they would not get them back until they had worked off their fees.""",
  "RD DB AC", "uf ct oc", "L", "h")
A("""Officer note. Concern from passer-by about a man sleeping in a car outside a warehouse. Spoken to: he is a lorry driver on his break, all in order. NFA.""", "", "", "", "l")
A("""Victim interview (translated from Romanian). He says his cousin told him in Iasi about work in a car wash in Birmingham with a room. He says the pay is £60 a day and that he has his own ID card and phone. He says he was not hit or threatened. His complaint is that he worked four Sundays and the boss did not pay those days.""",
  "WW", "", "L", "m")
A("""Police intelligence. INT suggests that a 14-year-old girl, Ruby, is being taken to parties at an address in Rotherham by adult males, given alcohol and cannabis, and sexually assaulted. She has told friends she can't stop going because they have pictures of her. 1/B/P.""",
  "AV PSV IT", "", "S", "immediate"[0])
A("anyone know if its legit, agency wants 200 quid upfront for a job in a warehouse in northampton", "", "uf", "", "l")
A("""Probation note. Mr K (Albanian, 31), on licence after a cannabis cultivation conviction. He said he owes no money to anyone now and lives with his brother. He has work at a barber's. No indicators; to continue fortnightly reporting.""", "", "", "", "l")
A("""Safeguarding note (pharmacy). Young man (Vietnamese, looks 16-18) came in with an older man who bought cream for a rash on the young man's hands and arms, "from chemicals". Young man had smell of cannabis and very pale skin. Older man answered all questions and said the young man "works for him".""",
  "AV", "sfw pa", "C", "h")
A("""Debrief note (Indian male, 45, interpreter Punjabi). He was brought to work in a Sikh temple kitchen and then in a relative's mini-market in Southall. He worked 7am to 11pm, had his passport taken "for the visa extension", and was paid nothing because "we paid for your ticket". He slept in the storeroom. He left after 2 years when a customer helped him.""",
  "EO RD WW DB AC", "sw", "L", "h")
A("""Report from a university. International student (Nigerian, 24) told her tutor her landlord is asking her to do housework for reduced rent. She has agreed to this; she is free to refuse and can move out at end of term. No exploitation. Advised on tenancy rights.""", "", "", "", "l")
A("""Police intelligence. Nominal Grzegorz NOWAK runs an unlicensed labour gang supplying Polish workers to a construction site in Reading. Workers are told that if they complain "they'll end up in the river like Piotr". Workers are housed in a 2-bed flat, 10 men, rent taken from wages. 2/B/P.""",
  "IT AC", "oc", "L", "m")
A("""Call handler note (999). Male caller with poor English says "help, they beat me, I am in the garden of the farm, they take my passport". Location traced to a farm near Spalding. Caller says the men are still on the farm and he is hiding. Units en route; ambulance requested.""",
  "PSV RD", "", "L", "immediate"[0])
A("Is it normal for a cleaning company to keep my passport while they do the right to work check? They said they'd give it back tomorrow.", "", "", "", "l")
A("""INT 2/B/P. Ex-partner of POI Dean WALSH reports he uses his flat to host young girls from care homes, takes nude pictures and sells them online. Girls aged 14-16. He gives them drugs and lets them stay over.""",
  "AV", "", "S", "h")
A("""Bank financial crime referral. Over 4 months, 31 debit cards in different names have been used at ATMs inside the same petrol station in Wisbech, mostly between 22:00 and 23:00 on Thursdays. The accounts all receive weekly wages from two labour agencies supplying vegetable packhouses. Every account was opened with the same correspondence address (a flat above a shop) and the same mobile number. Withdrawals take each account to zero. We have no information on the workers themselves and are passing this to police and the GLAA for assessment.

Note: one of the two agencies is licensed by the GLAA and has already told us it pays its workers directly into accounts the workers opened themselves; it was surprised at this pattern. The petrol station manager confirmed a man in a grey Vauxhall comes in most Thursday nights. We have not contacted any of the account holders. Account opening documents show Romanian and Bulgarian ID cards, several with photos taken on the same day in the same branch.""",
  "", "mbc ncw", "L", "m")
A("""Victim account (translated from Vietnamese by the caseworker). "I had no papers. The woman who ran the nail shop said I could stay in her house if I worked for her. I did nails from 9 in the morning until 9 at night, and at home I cooked and cleaned for her family. She gave me £50 a month. She said that if I went outside the police would catch me because I was illegal. I did not know the name of the town. After a year a customer gave me her number and I called her." 

She said the customer, a nurse, noticed she was always tired and asked her if she was OK. She now lives in a safe house and has applied for asylum. The nail shop is in a small town in Lincolnshire; she recognised it on Google Street View with the caseworker. She says the other worker at the shop, a man, had his own flat and was paid, and she does not think he was in the same situation.""",
  "AV EO WW IT ISO", "foa", "L D", "h")
A("pretty sure the massage place is legit, my physio works there part time and it closes at 7", "", "", "", "l")
A("""GLAA officer note (unannounced visit, flower farm, Cornwall). Workers (Romanian, 19) said they were collected from Stansted by the gangmaster, who took their ID cards "for registration" and has not returned them after 6 weeks. They pay £8 a day for the minibus. They work 11-hour days, 6 days a week in the busy season; pay matches hours. Caravans adequate. Gangmaster says cards were "forgotten" in his office and returned them during the visit.

The farm itself (Trelawny Flowers) pays the workers directly, has a welfare room, and provides free PPE. The farm manager said he was not aware that the gangmaster had taken the ID cards and he has now told the gangmaster that all documents must stay with the workers. Workers said the gangmaster is "strict but fair" and that they do not owe him money. They said they would come back next season. GLAA: warning letter to the gangmaster, check on licence, follow-up in 2 months.""",
  "RD EO", "ct", "L", "m")
A("""Probation note. Ms B (British, 22) on licence for shoplifting. She says she steals to order for a man she owes money to from when she was using. He picks her up from the hostel, drives her to shopping centres and takes the goods. She says she "can't say no" because he has threatened to tell her family she was working in a brothel. Referred to police for consideration of NRM.""",
  "DB IT AV", "et", "C", "h")
A("""INT 2/B/P. Address 18 Clive Rd (HMO). Occupants: approximately 16 Indian males working for a single construction contractor via sub-contractor 'Singh Build'. Sub-contractor pays them £40 a day cash for 12-hour days. Sub-contractor holds all passports and visas and says workers "owe for the sponsorship". Workers do not leave the house except in the company van.""",
  "EO WW RD DB RM AC", "oc et", "L", "h")
A("Happy to report the lads at the car wash all got proper contracts now after the council came, good on them", "", "", "", "l")
A("""School safeguarding referral. Year 8 pupil, Tyler (12), was seen by staff getting into a taxi at the gates paid for by someone else. He has a second phone and says "my cousin" pays for things. Last week he had £300 in his bag. He has been absent on Fridays. No disclosure yet. Referral to MASH with CCE concern.""",
  "AV", "", "C", "h")
A("""Midwife note (community). Visited mum (Brazilian, 28) at home. Lives with partner and baby. Works as a cleaner for an agency, paid hourly into her own account, has a settled status share code. No concerns. Next visit in 2 weeks.""", "", "", "", "l")
A("""Witness statement, hotel receptionist. Two girls, maybe 14 and 15, came in with three adult men and went to room 31. One girl was very drunk and couldn't walk properly. The men paid cash and didn't give full names. I called police while they were still upstairs.""",
  "AV", "", "S", "immediate"[0])
A("""Immigration solicitor attendance note. Client (Chinese, F, 38) says she came on a visit visa to work as a nanny for a wealthy family in Surrey. She says they were kind, paid her £400 a week and let her have her own room and days off. Her issue is that her visa has expired and she wants to regularise her status. No trafficking indicators identified.

She has a British partner and they are planning to marry next year. She has savings in her own bank account and showed payslips from her employers. She says the family still send her Christmas cards. She is worried that her overstay will count against her. Advice: application under the private life route considered; she will gather evidence of her relationship and her time in the UK. Fee: legal aid not available; private fee agreed.""", "", "", "", "l")
A("""Police intelligence 2/B/P. 'Mickey' line: Gang from Manchester using a flat belonging to a vulnerable woman with mental health problems in Barrow. She is made to let them stay, hide drugs and take messages. They took her bank card and her phone. Neighbours heard her screaming last weekend.""",
  "AV ISO", "ncw", "C", "m")
A("my mates boss at the farm took his pasport and says he gets it back when he pays for the flight lol is that even legal", "RD DB", "", "L", "m")
A("""Debrief, first person (Eritrean woman, 22, through Tigrinya interpreter). She says that she was in a house in Leicester with an Eritrean couple who said they were helping her with her asylum claim. She looked after their baby and cleaned. She says they did not pay her but also did not stop her going out; she went to church every Sunday. She says she is not a victim, she was helping because they gave her a place to stay. She wants help with her own housing.

She says she wants to keep in touch with the couple because their baby is like her own child. The couple gave her pocket money "when they had some" and she went to college two days a week to learn English. She has her own phone and her own documents. She was not threatened. She is now 22 and wants to rent a room of her own. The caseworker explained the NRM but she does not think it applies to her and declined a referral. Housing application started.""",
  "", "", "", "l")
A("""Financial intelligence (SAR summary). Customer Mrs F. DUMITRU receives salary credits for 6 different people into her account monthly (£9,800 in total). Says she is "helping her cousins" who cannot open accounts. Cousins work at a bakery. They are given "their share" in cash weekly but the customer could not say how much.""",
  "", "ncw", "L", "m")
A("Caller says there is a girl screaming in the flat above the launderette and a man shouting 'you'll work or you'll get nothing'.", "IT", "", "", "m")
A("""Outcome of police visit (welfare check on workers, agricultural). Report from a dog walker that "slaves" were living in a barn. Officers attended with GLAA: barn is a converted bunkhouse with showers, kitchen and heating, 8 beds, occupied by Portuguese seasonal staff employed directly by the estate. All spoken to privately: free to leave, own documents, paid above NMW. No offences.

The dog walker was spoken to and was glad to hear the outcome. The estate manager showed the officers the bunkhouse register and the workers' contracts. The estate employs 12 seasonal staff each year from the same villages in northern Portugal, many of whom return every year. Two workers said they were on their fifth season. Officers also checked a vehicle parked nearby which belonged to a walker. No further action; log closed with a note for MoPI review.""", "", "", "", "l")
A("""INT 2/C/P. Source says a Romanian woman is advertised on a sex work site; the advert is managed by her brother-in-law who sends her to hotels in the Midlands. Source believes the woman has a learning disability and does not understand money. The brother-in-law keeps the earnings.""",
  "AV WW", "", "S", "h")
A("""A&E safeguarding note. Male (Afghan, 17, age disputed) attended with a hand injury from a car wash pressure hose. Said he works 12 hours, lives with the boss in a house with 8 others, and gets "some money" but the boss keeps most for his "journey". Social care contacted as a child. Accompanied by boss who was asked to wait outside.""",
  "AV EO DB WW AC", "oc", "L", "h")
A("""Council planning enforcement note. Complaint about a caravan in a back garden. Occupied by the owner's adult son while the house is renovated. No concerns.""", "", "", "", "l")
A("She keeps saying her 'husband' will kill her if she stops working at the spa, she's 19 and he's 45, she asked me for a phone charger and left", "IT", "", "S", "h")
A("""Border Force officer note, Dover eastern docks. HGV from Romania: 2 male passengers in the cab who say they are going to work on a farm in Lincolnshire. They cannot name the farm. Driver had an envelope with both ID cards and a handwritten list of debts: "bus 250, room 300, food 150". Both said they were "borrowed" money. Referral made to police; men allowed to proceed with leaflets and helpline number after they declined support.""",
  "RD DB", "", "L", "m")
A("""Police logs: Attended an address in Ilford re: a noise complaint. Six men living in a 2-bed flat, all Indian students working in warehouses. They rent the flat themselves and said it was cheap. Overcrowding reported to council. No exploitation.""", "", "oc", "", "l")
A("""Victim account (written by the victim, Polish, typed in English). I work in factory for agency. First week they say I must pay 300 for "register" and 60 for shoes and vest. They give me room with 3 others, 90 a week. Bus 5 a day. After all I get 80 pound for 48 hour. The agency man Marek keep my ID card in his car. I ask for it and he say I must finish the debt first.

The factory is a good place, the manager there is fair, the problem is only with the agency. My friend Tomasz came with me and he found another agency after one month and now he is OK. I want to stay in England and work but I want my ID card back. I can show my payslips and the messages from Marek.""",
  "WW RD DB AC", "uf ppe ct oc", "L", "h")
A("""Hospital renal team note. Patient (M, 52) had a living-donor kidney transplant abroad last year. He told the consultant he "bought" the kidney through a broker in Pakistan, and that the donor was a poor young man paid a small sum. Referred to police and safeguarding leads under the Human Tissue Act / modern slavery guidance.""",
  "AV", "", "O", "m")
A("yo the chicken shop lads are fine, one of them is my cousin, they just work late", "", "", "", "l")
A("""INT 2/B/P. Address 22 Poplar Grove visited by police: 4 Vietnamese males found, one about 15. All lived inside a cannabis grow house, sleeping on the floor between plants. Windows sealed and door bolted from outside. No food in the house except rice.""",
  "AV RM AC", "sw plc", "C", "immediate"[0])
A("""Council licensing officer note, taxi driver complaint. Driver (Kurdish, 40) says the taxi company owner takes 50% of fares and charges him for the car. He can leave and work elsewhere but is looking for a better arrangement. Not a licensing or exploitation issue; advised to contact ACAS.""", "", "", "", "l")
A("""Debrief summary (NCA). The witness is a Slovak woman who was married to a Pakistani man in Glasgow in a sham marriage. She says she was paid 1,000 euros and promised more. After the wedding she was kept in the man's flat, her ID card was taken, and she was forced to have sex with him. She escaped when his family were out.""",
  "DEC RD RM PSV", "", "S C", "h")
A("""Safeguarding referral from a dental practice. A young woman attended with a male for a tooth extraction. He paid cash and talked for her. She had bruising to her upper arms and seemed afraid. When the male stepped out she said "please help me, he will send me back to the house". Police called; male had left with her by the time officers arrived.""",
  "PSV", "sfw pa", "", "h")
A("""HMRC NMW investigation closure. Complaint that a Leicester warehouse underpaid staff. Investigation found workers paid correctly; a payroll error had under-paid 12 workers by £8 each in one week and had already been corrected. Case closed.""", "", "", "", "l")
A("""GLAA note (shellfish gathering, Morecambe Bay). Gang of 9 cocklers, Chinese and Romanian, working at night on the sands without safety equipment, tide tables or permits. Gangmaster 'Lee' provides vans and collects all the cockles; workers get paid per bag, far below market. Workers live in a house owned by Lee with no heating. One worker said if anybody speaks to police Lee will "send them back to China".""",
  "AC WW IT", "plc", "L", "h")
A("Sister in law says the family in Dubai she works for took her passport and she cant come home for her mums funeral", "RD RM", "", "D", "m")
A("""Adult safeguarding enquiry (learning disability team). Mr P (35) told his support worker that "Gaz" and his friends come to his flat every day, use it to store things and sell drugs from it, and make him fetch food for them. They took his phone when he tried to ring his mum. Mr P is afraid to go home. Emergency placement arranged; police informed.""",
  "AV ISO", "", "C", "m")
A("""Police intelligence. Hair salon 'Ola Braids' in Peckham: young Nigerian women work 10am to 10pm, 7 days, sleep in the salon. The owner tells customers they are her daughters. 2/C/P.""",
  "EO", "sw", "L", "m")
A("""Salvation Army note. Client (Lithuanian, M, 55) was working in a car park cleaning cars for a man who gave him a bed in a van and alcohol. He has been in the UK since 2010. He says he was "never forced, just drunk". He has now been in a detox unit for 6 weeks and wants to go home to Vilnius. Consent to NRM declined; Duty to Notify completed.""",
  "AV", "plc", "L", "m")
A("""INT 1/B/P. Observation at 'Palm Beauty Spa': 3 females (Thai) brought by a Toyota VRM KP16 LEN at 10:00 and collected at 02:00. Driver Somchai KLAI. Each time they go straight from car to door. Adverts for "full service" on massage sites linked to the spa phone.""",
  "", "et cedl", "S", "h")
A("""Witness statement (former worker, Hungarian). I worked at the meat factory for 2 years through an agency. It was hard but I was paid and the agency treated me fine. I think the problem was the other agency, the one with the Romanian team leader, but that is only canteen gossip; nobody ever told me they paid him anything and I did not see anything myself.

I was a line operator. The agency paid me every Friday and gave me holiday pay. My supervisor was British and treated everyone the same. I left because my wife got a job in Nottingham and we moved. I only make this statement because the police asked everyone who worked there in 2023. I do not know the Romanian team leader's full name; people called him "Sandu". I never spoke to him.""",
  "", "", "", "l")
A("""Social care note. Adoption support visit. Birth family history recorded; no current concerns.""", "", "", "", "l")
A("""INT 2/B/P. 'Dave' runs a crew of 4 teenage boys (14-16) from Hackney stealing phones on mopeds and shoplifting to order. He pays them in cannabis and 'buys' them clothes, then tells them they owe him. Boys told they will be stabbed if they stop.""",
  "AV DB IT", "", "C", "h")
A("""Employment tribunal summary (press). A housekeeper for a diplomat's family won a claim for unpaid wages after working 18 hours a day for two years without a day off. She was paid £50 a month. The judgment said the family took her passport at the airport and she could only leave the house to take the children to school. Diplomatic immunity was not upheld for the commercial activity.""",
  "EO WW RD RM", "", "D", "h")
A("would like to report an abandoned car outside our house, its been there weeks", "", "", "", "l")
A("""Police intelligence log. Information from a local pastor: a West African man in his congregation says he was brought to the UK to work in a care home on the promise of a visa and salary. The care home is real and he is employed, but the agent in Lagos who arranged it is demanding £15,000 and has threatened his wife in Nigeria. He pays half his wages each month to the agent. 2/C/P.""",
  "DB IT WW", "", "L", "h")
A("""Local authority safeguarding (leaving care team). Care leaver (18) says she is "living with her boyfriend" who is 32. She has stopped attending college and her PA has been unable to contact her for two weeks. Her phone is answered by the boyfriend. Friends say she is "working for him" and has been seen at a hotel with other men.""",
  "AV ISO", "sfw", "S", "h")
A("""NGO note (Unseen helpline). Caller (F, British, 50s) worried that her neighbour's nanny, an Indonesian woman, may be a domestic slave. After discussion: nanny has a phone, goes out alone on Saturdays, attends a church group, and told the caller she likes the family. Caller reassured; no referral made.""", "", "", "", "l")
A("THE SLAVE DRIVERS AT THE SPORTS DIRECT WAREHOUSE MAKE US WALK 15 MILES A SHIFT AND SEARCH US ON THE WAY OUT, AT LEAST WE GET PAID", "", "", "", "l")
A("""Intel (2/B/P). Seasonal farm in Herefordshire: information that a supervisor employed by the farm makes female workers have sex with him in exchange for better rows and for not reporting them for lateness. One woman refused and was given no work for a week. Women are from Central Asia on the seasonal worker visa.""",
  "PSV AV IT", "", "L S", "h")
A("""Debrief (translated, Albanian man, 28). He says he came to the UK to work on construction for his uncle's friend. He was paid £50 a day cash and lived in a shared house with other Albanian men. He left after 6 months for better pay. He says he had his passport, could go anywhere, and no debts. He is giving this information because the friend has now been arrested for drugs.

He says the friend, Mr D, paid everyone on a Friday and there was never a problem with money. The shared house was rented by all of them together and each paid £100 a week; he says it was clean. He now works in Birmingham for a roofing company that pays into his bank. He says he does not know anything about Mr D's drug business and did not see drugs at the building sites. He is willing to be a witness if needed.""", "", "", "", "l")
A("""Housing officer note, hostel. Resident (British, 25) with mild learning disability said his "mate" takes his Universal Credit every payday and gives him £20. Mate "looks after" his card. Resident says the mate sometimes gets him to carry bags across town. Adult safeguarding referral; possible financial abuse and criminal exploitation.""",
  "AV", "ncw", "C", "m")
A("""Witness statement (lorry driver). I stopped at Clacket Lane services. I heard knocking from the trailer. When I opened it there were 7 people inside, Vietnamese and Iraqi, very cold and scared, one child. They asked for water. I called 999 at once.""",
  "AV", "pa", "", "immediate"[0])
A("""GLAA inspection. Warehouse picking work via licensed labour provider. 120 workers, all with payslips and contracts. Labour provider offers an optional minibus at £3 per day, 30% use it. Housing not provided. No PPE charges. Workers interviewed privately: no fees, no debts, content. Compliance: satisfactory.""", "", "", "", "l")
A("they made my friend work in the grow house for 2 months and then said he owed them 8 grand for the plants that died", "DB", "", "C", "m")
A("""INT 3/C/C. Unconfirmed: women from Kenya recruited as domestic workers for families in the Gulf being moved through the UK for "training" in a house in Luton. Source says their passports are collected at the house and they cannot go out. No addresses yet.""",
  "RD RM", "", "D", "m")
A("""Probation officer note, Ms V (Vietnamese, 19). On licence after a cannabis production conviction. She has received a positive conclusive grounds decision as a trafficking victim. She now works in a nail bar she found through college friends, paid properly, lives in supported housing. Says the people who trafficked her are "far away" and have not contacted her. No current risk identified; continue support.

She has completed a level 2 beauty qualification and hopes to open her own business one day. Her support worker reports good engagement. She is in contact with her aunt in Hanoi by video call. She expressed some anxiety when passing the area where she was previously arrested but manages this with counselling. Licence conditions: curfew ended last month. No breaches. Next review in 3 months.""",
  "", "", "", "l")
A("""School attendance officer note. Pupil R (13, Romanian) has not been to school for 3 weeks. Home visit: family says he is "helping his father" who does car washing. R was at the car wash when visited, working, wet and cold, at 10:30 on a school day. Father says R wants to earn money for the family.""",
  "AV", "", "L", "h")
A("""Victim interview (Chinese, F, 40, Mandarin interpreter). She says that she paid a "snakehead" 200,000 RMB to come to the UK. She works in a takeaway kitchen 11am to midnight, 7 days, paid £200 a month, and the rest goes to repay the snakehead. She lives in a room above the shop with 3 other workers. She says the owner is not cruel but that she cannot stop working until the debt is paid.""",
  "DB EO WW AC", "oc sw", "L", "h")
A("""Force control room. 101 call: member of public says she saw a man being pushed into a van outside the car wash on Leeds Rd by two other men. He was shouting in a foreign language. VRM partial 'LK67'. Officers to attend car wash.""",
  "PSV", "", "L", "immediate"[0])
A("""Citizens Advice note. Client (Romanian, F, 33) is a self-employed cleaner and says a client refused to pay her for 3 cleans. No control, no documents held, own accommodation. Small claims advice given.""", "", "", "", "l")
A("""Charity note (BAWSO). Client (Pakistani, F, 26) came on a spousal visa. Husband's family made her do all housework for 10 people, took her passport and her jewellery, and did not let her leave the house or call her parents. Mother-in-law hit her with a slipper. She was told that if she complained she would be divorced and deported. She was found by police after a neighbour reported screaming.""",
  "AV RD RM ISO PSV IT", "foa", "D", "h")
A("""Finance team alert (building society). Elderly customer's pension payments have been withdrawn by a carer using his card. Customer has dementia. Adult safeguarding referral; possible financial abuse by carer. No organised exploitation concerns.""",
  "", "ncw", "", "l")
A("mate says he got offered 5k to go to turkey and give his kidney, hes skint and thinking of doing it, how do i stop him", "", "", "O", "m")
A("""INT 2/B/P. Woman known as 'Auntie Grace' (Nigerian, 50s) runs 2 care agencies and recruits carers from Nigeria and Zimbabwe. INT suggests she charges them £10,000 for the CoS, keeps their BRPs and deducts "loan payments" from wages. Carers working 70+ hours a week. One carer told she will be reported to the Home Office if she leaves.""",
  "DB RD WW EO IT AV", "uf foa", "L", "h")
A("""Police statement, officer. I attended 9 Vine St at 14:00 after a tip about a brothel. There were two women, Brazilian and Spanish, both with their own passports and phones. They said they work independently, share the flat and rent it themselves, and nobody takes their money. No evidence of control; no offences. I left them leaflets for support services.

The flat was clean and there were two separate bedrooms. Both women said they advertise themselves and answer their own phone. The landlord, who lives abroad, was contacted by phone and said he did not know the use of the flat; he was advised that he could be liable for a brothel if more than one woman works there. I gave the women information about National Ugly Mugs and the local sex worker support project. Log updated for intelligence only.""",
  "", "", "", "l")
A("""Local authority children's services referral. Hamza (16, Syrian, UASC) is living in semi-independent accommodation. Staff found him with a new phone and clothes. He told key worker a man at the mosque offered him work at a restaurant for cash, 4 evenings a week, £40 a night. Restaurant visited by social worker: he washes dishes, leaves at 11pm, paid what he said. Concern about child employment law, not exploitation; restaurant advised.

Hamza says he uses the money to buy clothes and to send a little to his mother in a camp in Lebanon. He is doing well at college and wants to be an electrician. The restaurant owner, Mr A, says he did not know Hamza was under 18 and has agreed to stop employing him until he is 18 or a child employment permit is obtained. Hamza's key worker will help him find a Saturday job that is allowed. No NRM referral needed.""",
  "", "", "", "l")
A("""Debrief (Slovak, M, 34, with interpreter). He says a Slovak man offered him a job at a factory in Derby and paid for the bus. On arrival the man said they needed to open a bank account, took him to the bank and kept the card and PIN "so you don't spend it". He worked at the factory for 8 months and never saw his wages. He was given food, cigarettes and £10 a week. He lived in a house with 14 people. The man said the police in England are corrupt and would deport him.

He now lives with a friend from the Slovak community in Derby and works in a different factory, paid into his own account. He has a new ID card from the embassy. He says about 10 other men from his region went through the same man. He does not want to go to court because he is afraid for his mother, but he agreed to give information to police.""",
  "DEC WW AC IT AV", "ncw oc foa", "L", "h")
A("Vans full of young lads dropped at the cherry orchard at 6am, fine, its the pickers, they've been coming for years and stay in the new pods", "", "", "", "l")
A("""INT 2/B/P. Police stop, M1: car VRM BV15 OKE with 3 young males (17, 18, 16) from London. Driver 27. Boys had train tickets to Peterborough and £600 cash. One boy had a burn injury on his leg. Boys said they were "visiting family". Driver has previous for supply. Boys safeguarded; NRM referral for the 2 under 18.""",
  "AV", "pa", "C", "h")
A("""GP note. Patient (F, 31, Polish) attends for contraception. Works in a hotel as a housekeeper, happy with job. Mentioned she used to work for a gang in 2017 that took her wages but "that's all finished, they went to prison". Coping well. No current concerns.""", "", "", "", "l")
A("""Intelligence report (2/B/P). Two Romanian women, 20s, operating in a flat in Newport advertised online. A male 'manager' drops clients, keeps the door key and takes half. Women say they came willingly to do sex work and may leave, but they must pay the manager "£1,000 a week for the flat" before keeping anything.""",
  "WW DB", "", "S", "h")
A("""Airport (Border Force) note. UK-based couple returning from Lagos with a 14-year-old girl they say is their niece, coming to study. Documents in order but the girl said she will "help in the house with the baby" and did not know which school. Girl referred to children's social care on arrival; family assessment to follow.""",
  "AV", "", "D", "h")
A("""Council environmental health. Food business inspection, 'Golden Dragon'. Staff accommodation upstairs: 5 staff in 2 rooms with bunk beds, clean, fire doors. Staff confirm rent-free as part of contract and hours 40-45 a week. Rated 4 for hygiene.""", "", "", "", "l")
A("he keeps all our money saying its for rent and food and we never get any back, we work on the farm every day since 5 months", "WW EO", "ncw", "L", "m")
A("""Helpline summary. Caller (Ghanaian, M, 30) says he came on a visitor visa on a promise of a job at a hotel. Instead the man who arranged it sent him to work at a car wash for £10 a day and said he owes £4,000 for the visa. He sleeps at the car wash in a store room. He was told that if he ran away his family would pay.""",
  "DEC WW DB AC IT", "sw", "L", "h")
A("""Court report. A Romanian man was cleared of trafficking charges at Southwark Crown Court after the jury heard the two women he was accused of exploiting were his sisters-in-law who had lived with him and worked at a nail bar of their own choosing, kept their own wages and travelled freely.""", "", "", "", "l")
A("""Police intelligence 2/B/P. Nominal Kevin BAXTER uses vulnerable adults (3 known, 2 with learning disabilities) to open bank accounts and claim loans. He keeps their cards, PINs and ID. One victim says BAXTER "drives me to the bank and waits outside".""",
  "AV RD", "ncw mbc et", "C", "m")
A("""Safeguarding referral (sexual health clinic). Patient (F, 16, Albanian) attended with an older female who said she was her aunt. Patient disclosed she has "many boyfriends" and that the aunt arranges them. She has no phone and does not know her address. Police and children's services contacted during appointment; aunt left.""",
  "AV ISO", "sfw", "S", "immediate"[0])
A("""INT 3/C/P. Rumour that a farmer near Bourne holds his workers' passports. Officers spoke to 6 workers: all had their passports on them and showed them; farmer has a copy in the office for right to work records only. Unfounded.""", "", "", "", "l")
A("omg there is a guy in our street with 20 kids living in a house, they must be trafficked. (update: its a nursery lol)", "", "", "", "l")
A("""Debrief note (Vietnamese, M, 17, through interpreter). He says he worked in a nail bar in Wales owned by a Vietnamese couple. They took his phone and told him he could not talk to the other workers. He did nails all day and cleaned the house at night. He was told that his parents in Vietnam still owed the smugglers £18,000 and that he must work it off. When he made a mistake the husband slapped him.""",
  "AV ISO DB PSV", "", "L D", "h")
A("Asian girl in the back of a black BMW outside the school looked like she was crying, man in front seat was shouting", "", "", "", "l")
A("""Solicitor's letter (criminal defence). Our client was convicted in 2018 of cannabis cultivation. We now have evidence that he was a child (16) at the time, was brought to the UK in a lorry, was locked in the property and was told he owed a large debt. He received a positive conclusive grounds decision in 2023. We ask the CCRC to refer the conviction.""",
  "AV RM DB", "", "C", "h")
A("""GLAA note. Complaint that workers at a fruit farm were "sleeping in sheds". Inspection: workers' caravans undergoing repair; 6 workers temporarily in a converted storage building with beds, heating and bathroom for 3 nights, agreed with workers and compensated. No indicators.""", "", "", "", "l")
A("""INT 1/A/P. Direct observation, officer in plain clothes, 'Angels Massage': females (Chinese) sleeping on massage tables after close; one said in Mandarin she had not been outside in 3 weeks and "boss" has her passport. Premises unlicensed.""",
  "RM RD", "sw", "S", "h")
A("""Rail police note. Girl (14) found alone at Euston at 01:00 with a one-way ticket to Exeter and £200 cash. She said a "friend" bought the ticket and she was to meet him. Phone had messages about "going country". Taken to place of safety. Referral to children's services.""",
  "AV", "", "C", "immediate"[0])
A("""Financial crime: Suspicious activity. A florist shop account regularly receives cash deposits. Owner explained seasonal trade (Valentine's Day, Mother's Day). Reviewed; consistent with business. No further action.""", "", "", "", "l")
A("Ive been working at the nail bar for 3 years and I love it, we get tips and the boss is fair, sick of people assuming we are all slaves", "", "", "", "l")
A("""Witness statement (Romanian, M, 45, translated). I worked on the construction of a house in Essex with 5 other men. The boss Cristi found us in Bucharest and told us we would get £100 a day. When we got here he said £40 because of the house and food. We slept on the site in the unfinished rooms, no water. On Sundays too we worked. Cristi said if someone goes to the police his brother in Romania knows where our families are.

The house we built was for a rich English family, they were kind and sometimes brought us tea. They did not know anything. Two of the men with me went back to Romania after the job finished. I stayed because I found work in a warehouse through a proper agency. I am giving this statement because Cristi is now offering the same work to other men in my village on Facebook.""",
  "DEC WW AC EO IT", "sw plc", "L", "h")
A("""Adult social care (domiciliary care agency review). Care workers recruited from overseas on sponsored visas. Interviews with 10 workers: hours 38-45, paid in line with CoS, own accommodation, no debts to the agency. One worker said she paid an unlicensed agent in Zimbabwe £3,000 before coming; she says the UK agency had no link to him. No UK exploitation indicators.

Two workers asked about bringing their families over; advice given. Rotas are produced 2 weeks in advance and workers can swap shifts. The agency pays for travel between clients. A small number of workers said they had felt homesick in the first months and the agency had set up a WhatsApp support group. The agent in Zimbabwe has been reported to the scheme team; the UK agency has written to all new recruits telling them not to pay anyone abroad.""",
  "", "uf", "", "l")
A("""INT 2/B/P. Begging ring, Nottingham city centre: 4 women with babies begging at the station and Victoria Centre. They are dropped at 09:00 by a man in a grey Passat and picked up at 18:00; he takes a bag from each woman. Women live at the same address as the man. Babies may not be their own.""",
  "AV WW", "cedl", "C", "h")
A("""Hospital social worker. Patient (M, 24, Indian) admitted with malnutrition and a leg wound. He says he worked in a restaurant kitchen in Wolverhampton and was fed once a day. He slept in the kitchen. The owner has his passport. He says the owner told him he owes £6,000 for the visa and that if he left the police would put him in prison. Police informed; bed kept for 48 hours.""",
  "AC RD DB IT AV", "sw pa foa", "L", "h")
A("""Force intelligence. Request to close: Allegation of modern slavery at a warehouse (agency workers). Investigation found workers employed directly, paid correctly, live in own accommodation. Complaint related to a manager's rudeness. Closed - no further action.""", "", "", "", "l")
A("""Victim account (Filipino, F, 44, via interpreter). She says she worked for a family in Hong Kong and came with them to London. In London they gave her a small room, paid her the same salary into her Philippine account, gave her Sundays off and she kept her passport. She left because the children grew up and she wanted to work elsewhere. She wants help with her visa only.

She says she is now staying with a friend from church in Earls Court and is looking for a live-out job. She has savings. Her previous employers have given her a reference and offered to help with her visa application. She did not report any problem with hours: she worked about 8 hours a day with breaks and two days off and had her own phone and TV. Advice given on the overseas domestic worker visa route and on the right to change employer.""",
  "", "", "", "l")
A("girlfriend of my son is 15 and she keeps going to a flat with older men who give her coke and she says she owes them now", "AV DB", "", "S C", "h")
A("""INT 2/B/P. Fishing vessel 'Ocean Grace', Peterhead. Crew of 6 Indonesian and Ghanaian men on transit visas. Intelligence suggests they have not been allowed ashore for 10 months, work 20-hour days during fishing trips, and are paid a fraction of the promised $800 a month. The skipper holds their documents. One man was beaten for dropping a net.""",
  "RM EO WW RD PSV", "", "L", "h")
A("""Local authority trading standards note. Complaint: a recruitment website charges job seekers £99 to register for jobs abroad. No evidence of any exploitation; consumer protection issue. Letter sent.""",
  "", "uf", "", "l")
A("""Witness statement (care home manager). I employ staff through a Liverpool agency. One carer, Grace, told me she is very tired because she also works nights at another home, 80 hours a week, because the agency boss says she must pay back £9,000 for her visa before she can keep any wages. She said he has her BRP card. I reported it to the council and the police.

I have had no problems with the agency's other staff, who seem properly paid. Grace is an excellent carer and the residents love her. I offered her a direct contract with my home so she can stop working for the agency, and she is considering it. I have not told the agency I made this report.""",
  "EO DB WW RD", "", "L", "h")
A("""Police intelligence (2/B/P). A Romanian national, Mr C, has told his probation officer that he was taken to Istanbul by a man from Bucharest who promised him work, and at a clinic there was pressured into giving a kidney. He was told he would be paid 10,000 euros; he received 2,000 and was sent back. He has a scar and ongoing pain. He now lives in Leicester. He is afraid the man will come after him if he talks.""",
  "DEC WW AV", "foa", "O", "h")
A("""NGO note. Client (Sudanese, M, 29) disclosed that in Egypt smugglers told him he could pay for the journey to Europe by "selling" a kidney. He refused and was beaten, and later escaped. He still has both kidneys (confirmed by scan). He has been in the UK 2 years and not been exploited here.""",
  "PSV IT", "", "", "h")
A("""Consultant nephrologist letter. This 45-year-old woman is being assessed as a living kidney donor for her husband. Assessment by the Human Tissue Authority independent assessor found no evidence of coercion or reward; she is fully informed and consents freely. We will proceed to surgery.""", "", "", "", "l")
A("""INT 2/C/P. A woman in the Albanian community in Tottenham is said to pay young men's debts to smugglers if they agree to have a kidney removed in a clinic in Tirana. Two young men referenced, both in the UK less than a year and owing around £20,000 each.""",
  "AV DB", "", "O", "m")
A("""Victim account (Pakistani man, 33, interpreter Urdu). He says his brick kiln owner in Punjab held his family's debt for 3 generations. A broker told him if he gave his kidney the debt would be cleared and he could come to work in England. He had the surgery in Lahore. The debt was not cleared. Later he came to the UK on a visit visa and has asked for asylum.""",
  "DEC DB AV", "", "O", "h")
A("new girl at the salon turned up with just a carrier bag, no coat, and the owner's husband drops her and picks her up, she's not allowed a phone", "ISO", "fpe et", "L", "m")
A("""Safe house key worker note. Client (Eritrean, F, 20) arrived with only the clothes she wore and a plastic bag; no phone, no documents. She says the man in Birmingham kept her ID "in the cupboard" and made her clean houses for his friends every day for no money. She is eating well now and asked for English classes.""",
  "RD WW", "fpe", "D L", "m")
A("i would report the car wash if i thought anything was wrong but honestly they seem fine and the owner pays his lads, just saying before people jump in", "", "", "", "l")
A("""GLAA note. Hypothetical scenario used in training for supervisors: "If a worker tells you the gangmaster holds his passport, what do you do?" Session delivered to 14 supervisors at a packhouse. No real case.""", "", "", "", "l")
A("Man says if he doesn't pay the 'bus money' to the agency guy by Friday they'll tell the boss he's a thief and he'll lose his job, he's already paid £400", "DB IT", "", "L", "m")
A("Girls at the pop up on Union St are never allowed out, the man keeps the key, one had a black eye", "RM PSV", "pa", "S", "immediate"[0])
A("""Officer handover. Visited nail bar after public report of "girl sleeping there". Found a camp bed used by the owner's daughter (19) on late nights when stocktaking; she lives with parents, is studying. No exploitation.""", "", "", "", "l")
A("""Police intelligence. INT suggests a Latvian man is forced to claim Universal Credit under his own name and give the money to the landlord, who also takes his wages from a car wash. Landlord told him "you'll be on the street in the cold" if he refuses. 2/B/P.""",
  "WW IT", "ncw", "L C", "m")
A("he said the gaffer would batter him if he ever talked to the inspector but the gaffer never actually did anything, he left and got a job with a proper firm", "IT", "", "L", "m")
A("""Debrief (Polish woman, 37, via interpreter). She says she answered an online advert for cleaning work in a hotel in Blackpool. The man who met her at the coach station took her to his house, said the hotel job "fell through", and told her she must clean for him and his brothers to pay for her board. She did this for four months with no money and slept on a sofa in the hall. She says he never locked the doors, but she had no money and no English, and he told her nobody would help her.

She now lives in a women's hostel in Manchester and is learning English. She has her own Polish ID card, which she always had. She says the brothers were not violent and she did not think she was a victim until the hostel staff explained. She would like help finding a cleaning job that is real. She has agreed to an NRM referral.""",
  "DEC WW AV", "", "D", "h")
A("""Council licensing, massage premises 'Lotus'. Renewal visit: staff 3, all self-employed therapists with their own bank accounts and homes. Rota displayed. Premises closes 20:00. No concerns. Licence renewed.""", "", "", "", "l")
A("SOMEONE NEEDS TO CHECK THE HOUSE ON BIRCH RD THERE'S A KID ABOUT 10 WHO NEVER GOES TO SCHOOL AND DOES ALL THE CLEANING AND THE FAMILY SHOUT AT HIM ALL DAY", "AV", "", "D", "h")
A("""Bank note. New account applicant accompanied by employer who said he'd "hold the card for safekeeping". Branch staff refused and gave card directly to the customer, who confirmed she wanted to keep it and that her wages are her own. No concerns noted after private conversation.""", "", "", "", "l")
# END DATA


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh11.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id="f11-%03d" % n, **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "texts ->", out)


if __name__ == "__main__":
    main()
