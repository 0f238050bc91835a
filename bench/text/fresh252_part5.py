# fresh252 part 5: more long accounts, benign look-alikes, mixed negation
P = []
def T(text, ind="", sig="", typ="", risk=None): P.append((text, ind, sig, typ, risk))

T("""Officer's account of a stop, A1(M) Wetherby services, 05:20.
Stopped a Mercedes Sprinter (YX21 BNF) for a defective rear light. Inside were 11 males, mostly Romanian, in work clothes, heading to a building site in Leeds. The driver, a British man in his 50s, produced his licence and a list of workers from a construction agency, Northfield Labour Ltd. I spoke to several of the workers through Language Line. All said they are paid by the agency weekly into their own accounts, hold their own ID, live in rented rooms they found themselves in Doncaster, and pay nothing for the van, which is provided by the site contractor. They work 7.30 to 5.30, Monday to Friday, with Saturdays optional. None mentioned debt, threats or deductions and none appeared frightened. Vehicle defect rectification notice issued. Recorded in case the agency comes up again, but no concerns identified.""",
  "", "", "")

T("""INT 2/B/P. Car wash, Stockton Road, Sunderland SR2.
Six males (believed Kurdish Iraqi) working at the car wash, open 8am-7pm seven days. Source states the workers are paid £35 a day cash and that £15 a day is taken back by the manager, Karwan, for 'the room' above the unit, where all six sleep on mattresses. Workers use pressure washers and chemical snow foam without gloves or eye protection; one worker has a damaged eye. Source has heard Karwan tell a new worker 'you pay me back the £4,000 for the lorry or I tell the Home Office where you are'. Workers do not leave the site except when Karwan drives them to the mosque on Friday. Source reports Karwan holds the workers' ARC cards.""",
  "WW EO AC DB IT RM RD", "LH SW OA PA UF RMS ET DT NCW", "L")

T("""CASE STUDY (benign look-alike for training): 'The intern who never went home.'
A university safeguarding lead contacted police because an international PhD student from Egypt, 26, had been seen sleeping in the lab on several nights, working weekends, and looking exhausted. The supervisor was said to be 'demanding'. The student was seen with a welfare officer. He explained that he was running a series of cell cultures that needed checking every four hours, chose to stay overnight to avoid missing time points, and has a flat ten minutes away. He holds his own passport and receives his stipend directly into his own account. He has friends in the department and calls his family every day. The university has reminded the lab about lone working rules and provided a rest room. No exploitation; staff wellbeing issue only.""",
  "", "", "")

T("""Social worker's note - Kirklees Children's Services.
'J' (14) disclosed to his school mentor that an older man he calls 'Uncle Kev' pays him £20 to 'look after a bag' and to take trips on the train to Blackpool, where he stays overnight at a flat and 'sells for him'. J says he has to go when Kev says or Kev will tell his mum about the weed. J has missed 40% of school this term. On one trip he was made to 'plug' drugs internally, which he said 'really hurt'. J said Kev once grabbed him by the throat in the car. Strategy meeting convened; NRM referral made as a child victim of criminal exploitation. Mum is supportive and has agreed to a safety plan, including a tracker on J's phone and a plan for collecting him from school. School will mark any absence as urgent and call mum and the social worker straight away. Police have been given Kev's description and vehicle details from J.""",
  "AV IT PSV", "", "C", "high")

T("""Report from an HMRC National Minimum Wage officer (shared with MSHT unit).
Investigation into 'Glamour Nails' (three branches, Nottingham). Payroll records show staff paid for 30 hours a week at NMW. CCTV and witness statements show the shops open 10am-8pm, six days, and staff are present throughout with no breaks logged. Staff told inspectors through an interpreter that they work 60 hours and are paid in cash £250 a week; any 'payroll' money paid into their bank accounts has to be withdrawn and returned to the owner. Officers observed the owner's husband withdrawing cash from four different debit cards at one ATM. Two of the staff could not say the address where they live, only that the husband drives them there. Referred for modern slavery assessment.""",
  "WW EO ISO", "LH NCW MBC IS ET", "L")

T("""My name is Ioana, I am 19. I want to tell what happen. My boyfriend Adrian say we go to England together, he will work on building and I can work in a shop. When we arrive he say we have no money, I have to do escort just for little time, to pay the flat. I said no many times. He beat me and then he said he loves me and it is only for us. The men come to the flat, Adrian put the adverts with my photos. He keep all the money. I am not allowed to have my own phone, he give me a phone only for clients. Every day I work, no day off, even when I was sick. When I tried to leave he said he will send the pictures to my father. Now I am in the refuge and I am safe.""",
  "DEC PSV WW ISO EO IT AV", "NCW LH IS", "S")

T("""Note for the record - harvest contractors.
Report received from a cyclist of 'men working in the dark with headlights in a field near Holbeach at 11pm'. Follow-up with the farm: it was the farm's own employed team and the owner's family finishing the potato lift before forecast heavy rain. All six were local, on PAYE, and were paid overtime. The farm has a long-standing GLAA licence and good welfare facilities. No concerns.""",
  "", "", "")

T("""INT 3/B/P. 'Golden Lotus' takeaway and flat above, 9 Market Street, Llanelli SA15.
A Chinese male aged about 60, believed to be called 'Uncle Wei', is seen working in the kitchen at all hours of the day and night. Source believes he is not paid and is 'owned' by the family who run the takeaway because he owes them for bringing him over in 2010. He sleeps in a box room above the kitchen, rarely if ever goes out, and has no phone. Source has seen the owner's son push Uncle Wei so hard he fell against the fryer. Source is a regular customer and has been going to the takeaway for a number of years; source has not spoken to Uncle Wei directly as he does not speak English. Dissemination: Dyfed-Powys MSHT lead, local authority adult safeguarding.""",
  "WW DB EO ISO PSV", "SW IS LH", "L")

T("""Locum GP, 45, working 3 practices in a week across Lincolnshire. She came to the station to report harassment by an ex-partner. In the course of the conversation she said she often works 60 hours including out-of-hours shifts for 111, is self-employed, sets her own diary and 'loves the variety'. Noted only because the ex-partner's messages accuse her of 'being a slave to the NHS'. No exploitation concerns.""",
  "", "", "")

T("""Debrief (Polish interpreter) - worker at a recycling plant, Cannock.
He said: 'Some things were good. We had our own passports, nobody took them. The boss never hit anyone. But the work was very dangerous. We picked rubbish from the belt, with needles and glass, no proper gloves, only the thin ones. The dust was everywhere and no masks. A man fell into the hopper and broke his leg. We worked 12 hours, 6 days, sometimes 7 if the boss said. And every week there was less money: £40 for the house, £30 for transport, £20 for "equipment". In the end I was getting £120 for 72 hours.' He left after the man in the hopper was injured and now lives with his cousin in Walsall. He is willing to give a statement. He named the plant and the agency and gave the names of two other workers he believes are still there.""",
  "AC EO WW", "LH CT PPE", "L")

T("""999 call transcript summary, 19:42.
Female caller, Lithuanian accent, very distressed, whispering. States: 'I am in the house, he locked the door, he took my phone but I have the old one. He said tonight he will take me to the men in Birmingham and if I fight he will cut me. He already hit me today.' Caller does not know the address; says she can see a big blue IKEA sign from the window. Cell site places the phone in Wednesbury. Call dropped after 2 minutes. Multiple units deployed; ARV on standby. Call handler tried to keep the line open and asked her to put the phone on silent. Previous calls from the same number: none. Force control room has alerted neighbouring West Midlands units and British Transport Police.""",
  "RM ISO IT PSV", "RMS IS", "S", "immediate")

T("""Benign: restaurant in Birmingham city centre inspected by Home Office Immigration Enforcement after a tip-off about 'illegal workers doing 80 hours'. All 9 staff had the right to work. The head chef, the owner's brother, works long hours as a partner in the business. Other staff work 40-48 hours on a 4-day rota, are paid through payroll and two have been there over 10 years. The tip-off appears to come from a competitor. No civil penalty, no exploitation identified. The owner was upset at the visit but cooperated fully and showed officers the staff rota on the kitchen wall. Officers thanked the staff for their time.""",
  "", "", "")

T("""Referral to MSHT unit - St Mungo's outreach, Westminster.
Rough sleeper, male, 33, Latvian, told outreach he has been 'working for a man in Slough' laying patios. He was approached on the Strand three months ago, offered £80 a day, a bed and food. The bed turned out to be a sofa in a garage with four other men. He was paid £20 once, and 'the rest is for rent and food'. He said the man's son watches them at all times, drives them to jobs and back, and locks the garage at night. He escaped when the van stopped at a petrol station. He has an injury to his foot from a dropped slab. No boots were provided. He is scared the man will come looking for him.""",
  "AV DEC WW RM AC", "PLC OA ET RMS PA FA", "L")

T("""INT 2/B/P - Operation TIDE, forced begging.
Group of 6 Roma adults with physical disabilities are being brought into Manchester city centre each morning in a Ford Galaxy (FX14 KMV) at 07:30 and placed at fixed pitches on Market Street, Piccadilly Gardens and Deansgate until 19:00. Handler 'Marcel' collects money from each person hourly. Beggars housed at an address in Cheetham Hill, 2 bedrooms for 9 people. One beggar told a street outreach worker that Marcel holds her ID card and that she had 'been slapped' for bringing back only £15. Research: vehicle is registered to a female at the Cheetham Hill address; no insurance on MID. Previous intelligence from 2021 links the same address to a begging group in Leeds. Recommend joint visit with Manchester City Council outreach and an interpreter (Romanian).""",
  "AV EO WW RD PSV", "CE LH NCW OA DT", "C")

T("""Farm diversification enquiry, Devon (file note only).
A couple who run a dairy farm and holiday lets asked the rural crime team for crime prevention advice. During the visit the husband mentioned he hasn't had a day off since 2019 and works 100-hour weeks. His wife added, 'He won't hire anyone, he says it's quicker to do it himself.' Both self-employed owners. No exploitation.""",
  "", "", "")

T("""Case notes - IMSA, Lancashire.
Client 'D' (Romanian, 24) worked at a food factory in Preston through a 'friend of the family' who arranged his job. The friend opened a bank account for D and kept the card and PIN 'to help with English'. D was paid via the agency into that account and received £50 a week from the friend. D shared a room with 3 other men from the same village, also working at the factory, whose cards the friend also held. D says the friend never threatened him and he could go out whenever he liked; he did not realise this was wrong until a colleague told him what he should be earning. D has now opened a new account. Assessed as financial exploitation at the lower end; D does not wish to pursue an NRM.""",
  "WW", "NCW MBC OA", "L")

T("""ANPR / intel linkage note. Vauxhall Vivaro FE19 JKT registered to a gangmaster operating without a GLAA licence. Vehicle seen at 04:00 most days at a layby near Wisbech where 10-15 workers are collected and taken to farms in the Fens. Same vehicle returns them after 21:00. Workers charged £5 per trip.""",
  "EO", "CE LH CT", "L")

T("""Hospital social work note (Wythenshawe).
Patient: male, 36, Slovak, admitted after a fall from a roof. Fractured pelvis and wrist. States he was working for a roofing gang 'for Michal', no harness, 11 hours a day, 7 days. Patient says he lives in Michal's house with 8 other men and is paid £200 a month 'after rent and food'. He says Michal has his ID card. Michal visited once, spoke to the patient in Slovak and left; afterwards the patient refused to speak further and asked to be discharged. Ward staff concerned. Interpreter booked for tomorrow's ward round. Social worker to try to see him alone, and to ask the ward to restrict visitors to those the patient himself names. Police MSHT unit informed by phone at 15:20.""",
  "AC EO WW RD", "LH OA DT FA", "L")

T("""Not trafficking: complaint from a hotel in Bournemouth that a guest had 'a young girl with him who seems scared'. Officers attended. The man and the girl (17) were father and daughter on holiday; she was anxious about a university interview the next day. Both had their own passports and phones. Closed.""",
  "", "", "")

T("""Anonymous online report (original spelling kept):
'Theres a lad from vietnam at the nail shop on the retail park who looks about 15 he is there from opening til after it closes every single day and sleeps there i think cos ive seen a duvet in the back. the woman who runs it wont let him talk to customers she does all the talking. hes got burns on his hands from the acetone or something. please check on him' Report submitted via the online form at 21:14, no contact details. Retail park identified as Kingsway; there is one nail shop there, trading as 'Star Nails'. Passed to the day team and children's services for a joint visit.""",
  "EO AC AV", "LH SW SFW PA", "L", "high")

T("""PC 2201 notes, Op AIDANT day of action, Wrexham.
Visited 6 car washes. 5 of 6 had no concerns: workers on payroll, own accounts, PPE provided. At 'Supa Wash', Mold Road, the manager could not produce any records. Four workers present. One said he 'works for food and the room'. Another had no coat in the cold and wet conditions and trench-foot type injuries to his feet from working in wet trainers. All four said they sleep in a caravan behind the wash. Workers said they cannot leave because 'the boss has our papers and we owe'. Safeguarding action taken. Manager of Supa Wash arrested on suspicion of s1 Modern Slavery Act offences. Workers taken to a place of safety and seen by the Salvation Army first responder.""",
  "WW AC RD DB RM", "PA SW DT RMS", "L")

T("""Welfare check on a live-in carer, Hove.
Family of a dementia patient employ a Romanian live-in carer through an agency. Neighbour worried because the carer is 'on duty day and night' and rarely seen out. Visit found the carer on a 3-weeks-on, 3-weeks-off rota, with 2 hours' break a day and a night carer covering 3 nights a week. She has her own room, her own phone and passport, is paid £1,100 per week by the agency, and goes home to Romania between placements. She said the job is tiring but she chose it. No concerns; advice to the family about breaks. The neighbour was reassured when given a general explanation.""",
  "", "", "")

T("""INT 3/B/P: Hotel cleaning subcontractor, London Heathrow area.
Source states cleaners supplied by 'BrightStar Services' to airport hotels are paid per room rather than by the hour, often finishing 30 rooms a day and working 10-12 hours, which works out at well below minimum wage. Source states the supervisor takes the workers' bank cards 'to pay the rent' on shared houses in Hounslow where 8-10 live. Workers are told that if they complain they will lose the house and the job on the same day. Source has worked for the company and left on good terms last year. The hotels named are two chain hotels on the Bath Road. Recommend a joint visit with HMRC NMW enforcement and a check of the company's payroll records against hotel room-cleaning logs.""",
  "WW EO IT", "LH NCW OA", "L")

T("""Quote from a survivor at a support group (with permission): 'People think slavery is chains. For me it was the debt. Every week he told me a new number. The room was £80, the bus was £40, the gloves, the knife, the food, the phone. Every week I worked 70 hours and every week I owed more.'""",
  "DB WW EO", "CT PPE LH", "L")

T("""Case file note - NOT exploitation.
Mr Darren OAKES, 44, of Stoke, reported his employer for making him work 'slave hours'. He is a self-employed courier with his own van. He said the parcel company sets targets that mean 12-hour days. He is free to leave the contract, is paid according to his invoices, and has other work. Advised this is an employment/contract matter. No indicators of forced labour.""",
  "", "", "")

T("""Call handler log 16:05: female calling from a payphone in Southall. Says she works for a family as a cook and cleaner, 'they don't let me out, today they forget to lock'. She has not been paid for 3 years. They took her passport when she arrived from India. 'Please come, they back at 5.' Location: outside Southall station.""",
  "RM WW RD", "RMS DT", "D", "immediate")

T("""Long hours by choice: a locksmith in Norwich told officers investigating a burglary that he works 7 days and answers call-outs 24 hours a day, 'that's the job'. He is a sole trader. No issues. He gave officers useful information about the tool used to force the lock.""",
  "", "", "")

T("""Intel: Vietnamese women believed to be working in 'pop-up' brothels in Airbnbs across Milton Keynes. Moved every 3-4 days by a male driver. Women never seen leaving the properties; food delivered. No information about violence or debt.""",
  "RM", "RMS ET", "S")

T("""Debrief of 'T' (Eritrean, 20) at Kent Intake Unit, with interpreter. T says that in Libya he was held in a warehouse for 7 months and forced to work unloading trucks and building walls with no pay, beaten with hoses, and that people who could not pay were told their organs would be taken. He arrived in the UK by small boat. Since arrival he has been in Home Office accommodation and has not worked. No current UK exploitation; historic overseas exploitation noted for NRM. He is now an unaccompanied adult asylum seeker and has asked to be moved near his cousin in Leeds. He shows scars on his back which he says are from the hoses. Referral to the Helen Bamber Foundation suggested.""",
  "PSV WW IT", "", "L")

T("""Statement: 'My employer, a dentist, always told me I was free to go. And I did go, in the end. But for two years he kept my passport in the practice safe, told me I owed him £5,000 for the training course, and I worked Saturdays and most evenings without pay to "clear" it. When I asked for my passport back he said he'd report me to the Home Office as an overstayer, which I wasn't.' The witness is now working at another practice in Reading and has her own passport back, which she collected with a solicitor present. She kept text messages from the dentist which she has handed to officers, including one that says 'remember what you owe me'.""",
  "RD DB WW EO IT", "DT LH", "L")

T("""Benign: Ambulance service report of a 16-year-old farm worker injured by a quad bike on a family farm in Shropshire. He is the farmer's son, was wearing a helmet, and was helping during lambing. Not exploitation; RIDDOR report made by the farm.""",
  "", "", "")

T("""Worker (Indian, 31) at a petrol station in Gravesend: 'I do the night, 10 till 8, and then the owner says do the day as well because the other guy left. For three weeks I do 22 hours, sleep 2 hours in the back. I ask for money, he says you are on a sponsorship, you do what I say, or I cancel you.'""",
  "EO IT AV", "LH SW", "L")

T("""Organ harvesting allegation - file note, Met SCD9.
A woman from Lagos, 22, was brought to the UK by a man who told her and medical staff at a private hospital in London that she was his 'cousin' and wanted to donate a kidney to his sick relative. She had been told in Nigeria that she would receive a job and education in the UK in exchange. Hospital staff became concerned when she could not answer basic questions and appeared frightened; the man kept her passport and spoke for her. Transplant halted; woman safeguarded. The man was arrested on suspicion of arranging the travel of another person for exploitation (removal of organs). The hospital's records of the referral and consultation have been secured. The intended recipient is genuinely unwell and has not been arrested at this stage.""",
  "DEC RD", "DT SFW FA", "O")

T("""Response officer's note: Took a report from a Polish man whose car was damaged outside his work. He is a manager at a chicken factory and mentioned the factory runs 24/7 with three shifts, but 'nobody works more than 48 hours unless they want the overtime'. Not an MS matter.""",
  "", "", "")

T("""INT 2/B/P - vehicle and premises.
Source states a man known as 'Gazza' takes 6 to 8 homeless men from Southend every morning at 6 in a red Ford Transit (EK15 RPD) to clear out houses and gardens. The men are given a sandwich and a can and £10 at the end of the day. Gazza has told them they owe him for 'the digs' — a garage in Leigh-on-Sea where they sleep on camp beds. Source has seen Gazza punch a man in the stomach for refusing to go in a loft full of asbestos. Research: vehicle registered to a Gary HOLLAND, 47, of Leigh-on-Sea, who has previous for fly-tipping and ABH. The garage is believed to be behind a row of shops on London Road. Southend Council's environmental team have an open case on him for waste offences.""",
  "AV WW DB PSV AC", "CE OA PLC", "L")

T("""Benign: Cleaner in a Leeds office block works 5am-9am and 6pm-10pm split shifts plus a Saturday job. She is a British woman with two teenage children, employed directly, and reported a theft from her locker. No concerns. The theft was of £40 and a phone charger; CCTV requested from the building manager.""",
  "", "", "")

T("""Text message (read out by IP, translated from Urdu): 'The van comes at 4. Do not be late or 50 pound fine. Bring the gloves you bought. Work finish when the manager says. No phone on the site.'""",
  "WW", "CE PPE", "L")

T("""Partner referral - Migrant Help.
Client, Nepali, 28, care worker in Scotland. Came on a sponsored visa after paying £15,000 to a recruiter in Kathmandu. The care agency in Glasgow has cut her hours to 10 a week so she cannot support herself, while telling her she cannot work anywhere else or she 'breaks the visa'. She is behind on rent and has been told by the recruiter that she must still pay £300 a month. She says nobody has threatened her physically but she is 'very scared' of losing her visa and being sent home to a family that is in debt for her. Migrant Help has referred her to a specialist immigration adviser about changing sponsor and to a debt charity. She has the recruiter's WhatsApp messages demanding the payments. She has agreed to her details being shared with the police and with the Home Office's sponsor compliance team.""",
  "DB AV", "UF FA", "L")

T("""Hi this is about my brother hes 19 and doing an apprentiship as an electrician and hes working 50 hours a week sometimes more and my mum thinks its slavery but hes getting paid and he likes it and his boss is alright. just wanted to check if its legal or not thanks""",
  "", "", "")

T("""Debrief: 'It was not the money. They paid me, a little. It was that I could not stop. If the line stopped, they shouted. If I went to the toilet, they shouted. Fourteen hours. My back was broken by the work. And when I said I go to another job, the manager said, "You go, your sister in the packing room, she loses her job too, and maybe something else."'""",
  "EO AC IT", "LH", "L")

T("""Concern raised by a school in Bradford: a Year 10 girl (15) told a teacher she has to get up at 4am every day to cook and clean for her uncle's family and look after the younger children before school, and again until midnight. She says she's not allowed to go out with friends and her uncle has her passport. She came from Pakistan last year.""",
  "AV EO RM RD", "LH RMS DT", "D", "high")
