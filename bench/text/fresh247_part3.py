# fresh247 part 3: no exploitation - referrals found not to be exploitation, ordinary crime, welfare checks, look-alikes
def add(T):
    T("""NRM reconsideration - Negative Conclusive Grounds summary. PV (M, 29, Albanian) was referred by police after arrest at a cannabis grow in Wakefield. On further interview he stated he travelled to the UK voluntarily to earn money, was paid £1,000 a week to tend the plants, had his own phone and passport, went home to his flat in Leeds each evening and had a girlfriend locally. The Competent Authority found no means of control and concluded, on the balance of probabilities, that he was not a victim of modern slavery.""",
      "", "", "C")
    T("Welfare check, 12 Harcourt Rd, Exeter. Neighbour concerned about elderly male not seen for a week. Officers attended, male safe and well, had been staying with daughter in Torquay. No further action.",
      "", "", "")
    T("""Local authority strategy meeting notes - referral closed. Concern had been raised by a school that a 15 year old girl of Romanian heritage was working long hours in her family's cafe. Home visit and interview with the child alone: she helps at weekends for about six hours and on two evenings, is paid pocket money, attends school 97%, and says she enjoys it and wants to do catering at college. Parents were advised about child employment byelaws and the need for a work permit from the council. No trafficking or exploitation concerns. Case closed with advice. Learning point for the team: always speak to the person alone and with a professional interpreter before drawing conclusions from what third parties say. This case was closed within five working days.""",
      "", "", "")
    T("Call log: caller reports man 'acting suspicious' looking in car windows on Glebe St. Units attended, male was a car salesman checking stock. NFA.",
      "", "", "")
    T("GLAA licensing inspection, Fenland Labour Solutions Ltd. All workers have written contracts, payslips show NMW plus holiday pay, transport is optional and free, accommodation is in licensed HMOs with individual tenancies. Minor record keeping issue. Licence renewed with one additional licence condition.",
      "", "", "")
    T("""NRM referral - outcome note. Original referral by a housing association which was concerned that nine Polish men lived in one four-bedroom house and were all employed by the same building firm. Follow-up visit: each man has his own tenancy with a private landlord unconnected to the firm, pays his own rent by direct debit, holds his own ID card, and is paid into his own account. Two had been there five years. They said they share to save money. Referral withdrawn; no indicators.""",
      "", "", "")
    T("i work nights in a hospital 12 hour shifts 4 on 4 off, i know it sounds alot but its my choice and i get paid well for it, i was just filling in the survey",
      "", "", "")
    T("Theft from shop - Co-op, Longsight. Male aged 30s took 6 bottles of wine and ran towards the park. CCTV obtained. Suspect known to staff as a regular shoplifter. No vulnerability concerns noted.",
      "", "", "")
    T("""Barnardo's referral - Outcome: no further action. Concern raised that a 16 year old boy had an older man 'collecting' him from school. Enquiries show the man is his older half-brother who is his legal guardian under a special guardianship order, and he collects him because of a football training schedule. Boy spoken to alone and happy; no concerns.""",
      "", "", "")
    T("Student visa holder (Chinese, 20) reported lost BRP at the front desk. She said she keeps her passport in her bedroom drawer at halls but carried the BRP to the bank and lost it on the bus. Crime ref given for Home Office.",
      "", "", "")
    T("Domestic incident, 5 Moss Lane, Sale. Verbal argument between husband and wife about money. Both spoken to separately. No injuries, no history. DASH completed - standard risk. Words of advice.",
      "", "", "")
    T("""Duty to Notify - not submitted, case notes explain. Adult male (Indian, 25) seen at reporting centre asked about his job. He works in his uncle's restaurant in Southall, 40 hours a week, paid through payroll at NMW, has his own bank card and passport, lives with his parents, and goes to college two days a week. The officer had considered whether a DtN was needed because the employer is family; after questions the officer was satisfied there were no indicators of exploitation.""",
      "", "", "")
    T("Farm worker accommodation check (Herefordshire): caravans clean, heated, 2 per caravan, workers on Seasonal Worker visa hold own passports, sponsor operator present. Workers said they can leave whenever, and several go to Hereford on their day off. No concerns.",
      "", "", "")
    T("Road rage incident A34 Newbury. Driver of white van alleged the driver of a red Golf brake-checked him. Both drivers spoken to. Dashcam reviewed, no offence disclosed.",
      "", "", "")
    T("""NRM outcome (Negative Reasonable Grounds). The referral concerned a 34 year old Brazilian woman who had been working as a live-in nanny for a family in Chelsea. She had complained of long hours. On interview she confirmed she works 45 hours a week, has two days off, is paid £2,400 a month into her own account, holds her own passport and has a room with an ensuite. She had been in a dispute with the family over a pay rise and a holiday. The Single Competent Authority found this was an employment dispute and not modern slavery; she was signposted to ACAS. The referrer was thanked and reassured that reporting was the right thing to do. Intelligence has been recorded so that any further information can be matched. No further action by this agency.""",
      "", "", "")
    T("Kidney transplant patient (M, 52) at the Freeman Hospital received a kidney from his sister in March. Living donor assessment completed by the HTA-approved team. Routine follow-up clinic.",
      "", "", "")
    T("A Sikh gurdwara in Smethwick reports a volunteer cook who sleeps at the gurdwara some nights after the late langar. Enquiry shows he's a retired man who chooses to help, lives with his son nearby and is not paid as he's a volunteer. Not a concern.",
      "", "", "")
    T("caller reporting a car parked across his drive on Beech Rd for 3 hrs, reg AB12 CDE. Advised council parking enforcement.",
      "", "", "")
    T("""Referral to MASH - outcome: a teacher worried that a 14 year old Afghan boy seemed tired, wore the same clothes and said he worked 'at the shop'. Social worker visit: the family have recently been resettled under ARAP, the father runs a small grocery and the boy helps for an hour after school. The same clothes were because the family are still waiting for a clothing grant. Referred to family support for hardship; no exploitation.""",
      "", "", "")
    T("Organ donation: deceased donor referral from ICU, family consented, SN-OD attended. Standard process.",
      "", "", "")
    T("Burglary dwelling, 3 Primrose Close, Cheltenham. Rear patio door forced, laptop and jewellery taken. SOCO attended. Victim insured.",
      "", "", "")
    T("""Case note - MSHT unit, review of intelligence. Report came in that a 'man is being kept' at a farm near Hay-on-Wye. PCSO visit: he is the farmer's adult son with autism who lives at home, works on the family farm by choice, has his own bank account managed with support from an appointee through the council, and goes into town weekly with a support worker. Council adult social care already involved. No exploitation, intel updated.""",
      "", "", "")
    T("Licensing visit to 'Orchid Thai Spa', Reading. Therapists all hold qualifications, are employed on PAYE, live off site, have right to work documents checked and copied on file. Premises clean. Licence conditions met.",
      "", "", "")
    T("She's working two jobs and barely sleeps but that's her choice, she's saving for a house deposit. Nobody's forcing her - I just worry about her health.",
      "", "", "")
    T("Assault (ABH), Yates's bar Wigan. Two males fought over a spilled drink. Victim has a cut above his eye. Suspect arrested. Both intoxicated.",
      "", "", "")
    T("""NRM - CA decision letter summary. The potential victim, a 19 year old Vietnamese man, was encountered at a nail bar during an immigration visit. The nail bar is owned by his aunt; he lives with her family; he attends an English course and has his own phone and money. He was initially referred because he had entered the UK clandestinely. The Competent Authority found no evidence of recruitment by means of force, deception or debt and concluded he is not a victim.""",
      "", "", "")
    T("Fraud report: elderly lady in Bury received a call from 'her bank' and transferred £4,200. Action Fraud ref issued. Bank notified.",
      "", "", "")
    T("call handler: caller says her au pair 'never goes out' and she's worried she's homesick. Au pair is 19, French, works 25 hrs a week, has her own room, phone and passport, gets £100 a week pocket money and has weekends off. Caller wants advice on where she could meet other au pairs.",
      "", "", "")
    T("Missing person (adult, 41) from Chester. Found safe at a friend's house in Wrexham after a row with her partner. Returned home voluntarily. Low risk.",
      "", "", "")
    T("""Salvation Army intake - not accepted. Man (British, 37) attended reception saying he had been 'treated like a slave' at a warehouse in Thurrock. He explained he was on a zero hours contract, felt the shifts were too long (10 hrs), and the supervisor was rude. He was paid correctly weekly into his own account and was free to leave, which he had done. Signposted to Citizens Advice about his employment rights; did not meet the threshold for the NRM.""",
      "", "", "")
    T("Drugs search - stop on Leeds Rd, male 19 found with 3 grams of cannabis for personal use. Community resolution.",
      "", "", "")
    T("A man who donated a kidney to his daughter is asking about time off work for his recovery. HR has confirmed he will get full pay for 12 weeks.",
      "", "", "")
    T("Welfare concern - elderly tenant in HMO, Harrow. Landlord lets 8 rooms, each with own tenancy and lock, tenants all work in different jobs. Neighbour complained about bins. Council HMO licence in place.",
      "", "", "")
    T("""Border Force primary control note. Family of five travelling from Lagos on visitor visas. The father held all of the family's passports in a wallet, as he explained, because the children are aged 3 to 11 and his wife was carrying the baby. All spoken to; purpose of visit a wedding in Peckham; return tickets seen. No concerns about trafficking.""",
      "", "", "")
    T("Criminal damage - graffiti on bus shelter, Kings Heath. No suspects. Council informed for removal.",
      "", "", "")
    T("Young carer referral: 13yo boy cares for his mum who has MS. Tired in school. Referred to young carers service for respite and support. No exploitation - family caring role.",
      "", "", "")
    T("""GLAA intelligence review - not progressed. Report from the public that a 'gang of foreign workers' are collected by minibus at 6am from a street in Evesham. GLAA checked the labour provider: licensed, workers on contracts, minibus provided free by the farm, hours 7am to 4pm, paid above NMW into own accounts. Workers spoken to at the farm; none had concerns. Report filed.""",
      "", "", "")
    T("Public order - two neighbours arguing over a fence in Ponteland. Words of advice given to both parties.",
      "", "", "")
    T("Had a call from a worried gran - her grandson (16) has a Saturday job at a car wash in Bolton, 9-5, £50 cash, says he loves it, his mates work there. She just wanted to know if that's legal. Advised re hours and byelaws.",
      "", "", "")
    T("Shoplifting, Primark Oxford. Female 24 took clothes worth £85. Admitted, said she was skint. Adult, not under anyone's direction, arrested and charged.",
      "", "", "")
    T("""Referral made by a Job Centre work coach, then closed. The work coach was worried that a claimant's partner always came to appointments and answered for him. Follow up found the claimant has a severe stammer and had asked his partner to come along and help; when seen alone with a speech aid he confirmed this and said he is not controlled by anyone. Reasonable adjustments put in place.""",
      "", "", "")
    T("Sudden death, 77 yo male, at home in Redcar, known heart condition, GP willing to sign. Not suspicious.",
      "", "", "")
    T("Stolen bicycle from outside Tesco, Cambridge. Victim has frame number. Entered on BikeRegister.",
      "", "", "")
    T("Support worker note: client (British, 42) says she works 60 hours a week as a self employed cleaner and is exhausted. She sets her own rates, has her own clients and van. Referred to GP re stress. Not exploitation.",
      "", "", "")
    T("""Case closure - Children's Services. Anonymous referral stated a 12 year old girl was 'being used as a maid' by her stepmother. Visit found the girl has age appropriate chores (washing up, tidying her room), attends school, has friends round and attends dance on Saturdays. Girl spoken to alone, says the chores are 'annoying but fine'. Referrer believed to be estranged birth mother in a residence dispute. NFA.""",
      "", "", "")
    T("Transplant coordinator note: live kidney donation between two brothers, independent assessor interviewed both separately, no evidence of coercion or reward. HTA approval granted.",
      "", "", "")
    T("Male (28) arrested on warrant for non payment of fines, Huddersfield. Taken to custody. Paid in full.",
      "", "", "")
    T("Licensing officer report - 'Glamour Nails' Kettering. Staff have own contracts, are paid via BACS, hours 9.30-6, live at their own addresses. Staff trained in chemical handling, masks and gloves provided free. Compliant.",
      "", "", "")
    T("The farmer's worker lives on the farm in a cottage that comes with the job - he's been there 20 years, has a car, goes to the pub on Fridays. I only rang because the cottage looks rundown from the road. Sorry to bother you.",
      "", "", "")
    T("""NRM referral - negative conclusive grounds. Ms A (Nigerian, 35) was referred by her asylum solicitor who said she had been trafficked for domestic servitude. When interviewed by the SCA she gave a consistent account of living with her cousin in Peckham, helping with childcare in return for room and board, and attending church and college freely. She said she had never been threatened and could leave at any time. The referral had been made in error on the basis of her immigration status.""",
      "", "", "")
    T("Theft of diesel from a farm yard near Melton Mowbray. Approx 500 litres taken overnight. Tyre marks photographed.",
      "", "", "")
    T("Doorstep crime - rogue trader charged pensioner £6,000 for roof repairs that were not needed. Trading Standards informed. Suspect vehicle white Transit.",
      "", "", "")
    T("caller says her daughter (22) moved in with her new boyfriend and doesnt call as much as she used to. daughter spoken to on phone by officer, says she is fine and just busy with her new job. no concerns",
      "", "", "")
    T("""Intel assessment - not exploitation. Report suggested that a gym in Wolverhampton was a front for forced labour because 'men live upstairs'. Visit: the flat upstairs is rented by the gym owner's son and two friends who are students at the university. The gym has three employees on payroll. Report closed as no trafficking; possible HMO licensing issue passed to council.""",
      "", "", "")
    T("Cyber: female 19 reports her Instagram account was hacked and the hacker is demanding £50 to return it. Advice given, Action Fraud ref.",
      "", "", "")
    T("Construction site visit (HSE/GLAA joint), Salford. Workers CSCS carded, employed via a licensed agency, PAYE, all PPE supplied free, welfare unit on site. Hours 7.30-5. No issues.",
      "", "", "")
    T("Young person (15) reported missing by foster carer at 22:00, returned at 23:10, had been at a friend's house and her phone died. Return home interview: no concerns, no exploitation indicators.",
      "", "", "")
    T("Anti-social behaviour, youths on mopeds in Moss Side park. Section 59 warning issued to rider.",
      "", "", "")
    T("""Home Office case note. Spouse visa holder (F, 28, Bangladeshi) seen at a biometric appointment alone. Officer noted the husband waited in the car. Asked routine welfare questions: she has her own phone, her own bank account, works part time at Asda, holds her BRP and passport, and goes to English classes. She said her husband waits in the car because parking was difficult. No concerns.""",
      "", "", "")
    T("Dispute between landlord and tenant re deposit, Nottingham. Civil matter, advised to contact deposit protection scheme.",
      "", "", "")
    T("He's a chef, he does 14 hour days in the kitchen during December, he says it's mad but the money's good and he takes January off every year. Just mentioning it because the form asks about long hours.",
      "", "", "")
    T("Suspicious package, Victoria Station. Cordon for 40 mins. Item was a lost rucksack of clothes. Stood down.",
      "", "", "")
    T("""School safeguarding log: Y10 pupil told tutor she 'works for her dad' every weekend. DSL followed up: her father runs a market stall selling fruit in Leicester and she helps on Saturday mornings with her brother; she gets paid £20 and spends it on clothes. She is doing well in school. Logged, no referral needed.""",
      "", "", "")
    T("Taxi driver assaulted by passenger who refused to pay fare, Blackpool promenade 03:00. Suspect described as white male, 20s, football shirt.",
      "", "", "")
    T("Report of begging outside Sainsbury's, Brighton. Man known to outreach team, British, sleeps rough, begs independently to fund alcohol. Offered accommodation and support; no one directing him.",
      "", "", "")
    T("A retired GP wants to know if it's legal to pay someone for a kidney if they're abroad. Advised: this is an offence under the Human Tissue Act and the Modern Slavery Act; no specific case disclosed.",
      "", "", "")
    T("Noise complaint, party at student house on Victoria Rd. Attended, music turned down. No further calls.",
      "", "", "")
    T("""MSVCC advice call - not a referral. Caller is an HR manager at a hotel chain who wanted to check that their practice of holding a copy of staff passports for right to work checks is lawful. Advised that taking and keeping a copy is required, but originals must be returned to the worker immediately. Caller confirmed originals are never kept. No concerns about exploitation.""",
      "", "", "")
    T("Vehicle crime: catalytic converter stolen from a Prius on Wood Lane, Isleworth. No CCTV.",
      "", "", "")
    T("Dad (40) says his son's Saturday job in the warehouse had him on his feet 8 hours. Son is 17, contracted, paid £7.55/hr via payroll. Dad just wanted to check the breaks rule.",
      "", "", "")
    T("Section 136 MHA - male in distress on the Tyne Bridge. Detained and taken to place of safety. Assessed by AMHP.",
      "", "", "")
    T("""Case review - Referral NOT modern slavery. A foodbank volunteer reported an Eastern European family of seven living in a two-bedroom flat in Boston. Council housing officer visited: the family rent privately from a landlord unconnected with their employers, the father and eldest son work at different packhouses via licensed agencies, they are paid into their own accounts and the overcrowding is due to lack of affordable housing. Referred to housing options; no exploitation.""",
      "", "", "")
    T("Cash machine on the High St swallowed my card and a man nearby offered to help me - I think it was a scam. Card cancelled.",
      "", "", "")
    T("HMRC NMW investigation, Leicester clothing manufacturer. Underpayment of holiday pay to 4 workers found, employer repaid arrears of £1,240 and was named. No forced labour indicators.",
      "", "", "")
    T("Lady rang, worried about her lodger - Portuguese, 30, works nights at a bakery and sleeps in the day. Has her own key, her own car, pays rent by transfer. Lady just hadn't seen her for a while. Officer advised.",
      "", "", "")
    T("Possession with intent to supply - adult male, 34, arrested in Exeter with 20 wraps of cocaine and £800. Interview: deals for himself, no line, no vulnerability. Charged.",
      "", "", "")
    T("""NRM referral from a charity - found not to be exploitation. The charity had concerns about a Kurdish man, 30, who was working at a barbers in Derby where he also lived above the shop. On follow up: he is the co-owner of the business, has a lease on the flat, holds his own documents, has leave to remain and earns a share of the profits. The charity had misunderstood. Apology made to client.""",
      "", "", "")
    T("Fire at a takeaway on Abbey Rd. Kitchen fire, extinguished by fire service. Owner and staff evacuated, no injuries.",
      "", "", "")
    T("My son is doing an apprenticeship at a garage, the boss keeps his driving licence in the office cos it's needed for the insurance on customer cars. He gets it back whenever. Is that normal? (web chat)",
      "", "", "")
    T("Missing child (10) from a park in Hull, found 25 mins later in the play area toilets. Safe and well.",
      "", "", "")
