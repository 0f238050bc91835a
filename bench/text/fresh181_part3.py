# fresh181 part 3: prisons (security intelligence, safeguarding) and probation / offender management.
def load(T):
    T("""SIR (Security Information Report) HMP Altcourse. Grading B/2. Source reports that prisoner A1234BC MURPHY (C wing, first-time prisoner, 19) is being forced to hold (plug) drugs for prisoner KELLY on C wing. MURPHY has been told that if he refuses, his mum's address in Kirkby will be "visited". MURPHY was seen with a swollen eye at unlock on 14/05.""",
      "AV IT PSV", "PA", "C", "high")
    T("IR: Prisoner on B wing refusing to leave cell, says he owes 'a double bubble' on vapes and can't pay. Moved to a different wing. Debt, not exploitation at this stage.")
    T("""Prison safeguarding referral (HMP Leeds): Mr T, 24, mild learning disability, reports that since arriving on A wing other prisoners have "taxed" his canteen every week, taken his phone PIN and made him ring his nan to send money to a bank account they gave him. He has been threatened with a shank. He asked to be moved to the VPU. Referral to Safer Custody and police liaison.""",
      "AV WW IT", "FA", "C")
    T("""Probation OASys note: Mr Craig DUNN (on licence since 02/02). Disclosed in supervision that his former co-defendants picked him up from the AP on day 2 and "reminded" him he owes them £8k for the gear that was seized when he was arrested. They want him to drive for them to Carlisle. He is scared he'll be recalled but more scared of them. Discussed with police IOM. Safety plan agreed.""",
      "DB IT", "FA", "C")
    T("PoP attended on time, drug test negative, working full time at a warehouse via Recruitment Plus, paid weekly into own account. Progressing well.", "", "", "")
    T("""SIR B/3: Visits hall staff observed prisoner GRANT (D wing) being passed an item by a female visitor. Intel suggests the female is being coerced by prisoners' associates on the out to bring in spice papers. She is believed to have been told her children would be taken if she refuses, and she is not allowed to keep any money she is paid.""",
      "IT WW", "NCW", "C")
    T("""Offender manager case note: Aaron (21), released from HMYOI Feltham 3 weeks ago, has not been at his approved address for 4 nights. His mum says older boys from the estate came for him in a car and "he had no choice". Last contact was a text to his mum saying "I'm in Margate don't worry". He is believed to be dealing for the line he was arrested with. Licence breach reported; vulnerable, concern he is being exploited.""",
      "AV", "", "C", "high")
    T("Prisoner has asked to move cells because his cellmate snores. No other issues.", "", "", "")
    T("""SIR A/2 HMP Humber: Prisoner DAVIES (cell 3-14) is forcing his cellmate, a Vietnamese national with no English, to clean his cell, wash his clothes and hand over all his canteen. The Vietnamese prisoner (YEN) was found with bruising to his back. Yen was previously convicted of cannabis production and has an NRM referral pending from his arrest.""",
      "AV PSV WW ISO", "PA IS", "C")
    T("""Probation note: During home visit, PoP's partner said PoP has been "doing jobs" for a man called Ricky since he got out. She says Ricky holds PoP's passport and driving licence as "insurance". PoP came in and said she was talking rubbish. Noted. Will raise with police.""",
      "RD", "DT", "C")
    T("HMP Liverpool: 5 x mobile phones found in a search of G wing. Owners identified, adjudications raised. Nothing to suggest coercion.", "", "", "")
    T("""Prison Chaplaincy note: A young Albanian prisoner (remand, cannabis cultivation) told me during a visit that he owes £18,000 to the people who brought him to England in a lorry, and that they kept him locked in a house in Peterborough watering plants for 8 months. He says his family in Albania have been threatened because he got caught. He is very frightened and hasn't told his solicitor. I have passed this to Safer Custody with his consent.""",
      "DB RM IT AV", "RMS FA UF", "C")
    T("Licence conditions reviewed. PoP living with his mum, volunteering at the food bank, attending AA. No concerns.", "", "", "")
    T("""SIR C/4: Unconfirmed info that a gang on B wing are making newer prisoners hide phones and drugs in their cells. Prisoners who refuse are said to get "hot water" (boiling water with sugar) thrown on them.""",
      "PSV IT", "", "C")
    T("""Approved Premises incident log 22:30. Resident Lee (on licence, 26) returned after curfew with blood on his face, says he was jumped by the "Nelson lot" because he's not been "working" for them since release. He says they have his bank card from before he went in and are still taking his UC. He won't make a statement.""",
      "PSV WW", "PA NCW FA", "C")
    T("Probation: PoP works long hours as a self-employed plasterer, sometimes 6 days, says it's the best money he's ever made. Verified with two clients. Fine.", "", "", "")
    T("""Prison OMU to police MSHT team: Prisoner Adrian B (Romanian, 31, serving 4 years for conspiracy to steal from ATMs) says in interview with his POM that he was brought to the UK by his uncle who took his ID card at Luton airport, and made him and his cousins fit skimmers on cash machines. He was never paid and was told he owed the uncle for the flight and the house. The uncle hit him with a belt when he wanted to go home. He is asking for help and is afraid to be deported.""",
      "DEC RD WW DB PSV AV", "DT UF FA", "C")
    T("PoP says his employer is 'decent, pays on time', gets every Sunday off. No indicators of exploitation.", "", "", "")
    T("""Probation officer - supervision note. PoP (Kenny, 37, homeless on release, mental health) has been offered a room "and work" by an old cellmate in Rotherham. He doesn't know the cellmate's full name or the address. He says the cellmate said "you'll work it off". I've advised against, offered CAS-3 accommodation. Flag to MS lead.""",
      "AV", "", "L")
    T("""SIR B/2 (HMP Wandsworth): Prisoner ALLEN believed to be running a debt "book" on E wing: lends vapes and spice, interest doubles weekly. Prisoners who can't pay are made to carry items for him, or have their family pay into a bank account via a third party. At least two prisoners have self-harmed over debts to ALLEN.""",
      "DB AV WW", "", "C")
    T("Cell search: tobacco found, prisoner admitted it was his. Nothing further.", "", "", "")
    T("""Probation: PoP (female, 29, on licence for theft) says her boyfriend sends her out to shoplift every day and takes everything she gets to sell. If she doesn't bring back enough he hits her and locks her out of the flat. She has a bruise on her neck. She doesn't want to report it. Referred to IDVA and discussed with MS SPOC (criminal exploitation).""",
      "PSV WW", "PA NCW", "C")
    T("""Youth Offending Service referral: C (16) on a YRO. Mum reports C is going missing overnight and coming home with new trainers and cash. Police found C in Swindon with a burner phone and 20 wraps. C says he had to go because he "owes" a man for a phone and the man says his debt is now £2,000. C has a cut across his palm.""",
      "AV DB", "PA", "C", "high")
    T("""Prisoner application (comp 1) - transcribed as written: "i want to see someone from safer custody my celly is makin me do his washing and take his drugs when there is a search if i dont he says he will batter me and hes got people who know where my mrs lives" """,
      "IT", "", "C")
    T("Wing officer: Prisoner SMITH looks like he hasn't eaten in days, lost weight, not going to the servery. Says he isn't hungry. Referred to healthcare; possible bullying.", "", "PA", "")
    T("""Offender Manager: PoP (Vytautas, Lithuanian) was convicted of driving offences. Says he drives a minibus for a labour agency, collects 15 workers at 4am from houses in Boston and brings them back at 8pm. He says the workers all live in the agency boss's houses and pay £70 a week from wages to the boss. He says some of the workers complained to him that they never see payslips and that the boss keeps their passports. Passed to GLAA.""",
      "WW RD EO", "CE OA NCW DT LH", "L")
    T("Released prisoner has no fixed abode. Referred to housing options under the Duty to Refer. Placed in B&B.", "", "", "")
    T("""SIR A/1: Prisoner NGUYEN (remand, cannabis farm Stockport) told his solicitor's interpreter that he was kept in the loft of the house and never allowed out, food was brought every 3 days, the windows were boarded. He was told his parents' house in Vietnam would be taken if he ran because of the $30,000 debt for his journey. He is 17 according to him but was charged as an adult.""",
      "AV RM DB IT AC ISO", "RMS UF IS", "C", "high")
    T("""Community Payback supervisor: one of the lads on the team (Barry) says a man at the hostel is taking his UC each month in return for "protection". Barry has a learning difficulty. He said if he stops paying the man will "sort him out".""",
      "AV WW IT", "NCW", "C")
    T("Probation: PoP keen to start a CSCS course. Referred to ETE. Very motivated.", "", "", "")
    T("""HMP Safer Custody - DIRF (Discrimination incident) and violence report: Prisoner O (foreign national, Eritrean, little English) assaulted in the shower by 2 prisoners who, he says via Big Word interpreter, "own" him: they make him hold their phones and buy their canteen with his wages from the kitchen job. He's been too scared to tell staff because they said he'd be "deported for grassing". Ribs x-rayed.""",
      "PSV AV WW IT ISO", "PA FA IS", "C")
    T("Probation: PoP's landlord rang to complain about rent arrears. PoP has paid half. Mediation offered. Not a concern for exploitation.", "", "", "")
    T("""IOM meeting note: Nominal Dean FOSTER (on licence, drug supply) reported by partner to be held at an address in Blackpool by the people he used to deal for, "until he pays". She received a photo of him tied to a chair with a bloodied face and a text "£5k or he's done". Police treating as kidnap. Urgent.""",
      "RM PSV IT DB", "PA RMS", "C", "immediate")
    T("""Prison SIR C/3: Rumour on F wing that the kitchen workers are having their pay taken by the orderly. Not confirmed. Prisoners spoken to say they get their own wages.""", "", "", "")
    T("""Probation report (PSR extract): Miss Hannah REEVE (22) has pleaded guilty to possession with intent. She describes being introduced to a man she knew as "Uncle" when she was 15 and living in a children's home, who gave her somewhere to stay, alcohol and drugs, and then told her she had to sell to pay him back. She says she was made to sleep with his friends, was beaten when she tried to leave, and her phone was checked every day. The author considers the s.45 defence (MSA 2015) should be explored.""",
      "AV DEC DB PSV ISO", "IS", "C S")
    T("PoP reports he lost his job at the car wash after it was raided. Says he was never exploited, got his own wages, the boss just didn't have the right paperwork.", "", "", "")
    T("""Youth custody (Wetherby) - caseworker: Lad (16) says his older cousin is making him pay back £600 in "fines" for the drugs that were seized when he was nicked, and the debt is now £1,500 because it goes up every week he's inside. He's been told his little sister will be "put to work" if he doesn't pay when he gets out.""",
      "AV DB IT", "", "C", "high")
    T("Probation: PoP says he's 'fine' and 'nobody's leaning on him', but came in with a cut lip and his phone kept buzzing. Asked again, he shut down.", "", "PA", "")
    T("""SIR B/2 HMP Bronzefield: Prisoner JONES reports that before her arrest for fraud, her then-partner made her open 6 bank accounts in her name and took the cards and PINs. She says he deposited stolen money into them and took it out. She was not allowed to go anywhere without him and he had her passport. She says she has been told he'll "finish her" if she gives evidence.""",
      "WW RD RM IT", "NCW MBC DT RMS", "C")
    T("Discharge board: prisoner has housing, GP, bank account set up, job with a charity lined up. Good outcome.", "", "", "")
    T("""OMU: Vietnamese prisoner (Q) was arrested in a nail bar raid and later for cannabis production. He says in interview with NCA that he was moved between nail bars and grows, never had a day off, slept on the floor of the salon, and his "boss" held his passport. He has no family in the UK and no English and says he did not know what town he was in.""",
      "RD EO AC ISO AV", "DT LH SW IS", "L C")
    T("Probation - PoP says his brother lets him use his car and his card for diesel. He pays him back weekly. Nothing untoward.", "", "", "")
    T("""Approved Premises manager to police: At 14:00 today a known OCG member attempted to collect resident Dwayne from the AP. Dwayne told staff he does not want to go but they have told him he's "working for them again or else". He has been on licence for 9 days. We are keeping him in; police please attend.""",
      "IT", "FA", "C", "immediate")
    T("HMP Hewell: prisoner refused medication and kicked off on the landing. Control and restraint used. Not exploitation related.", "", "", "")
    T("""Probation: PoP, 45, a man with a long history of homelessness, says that when he was last on the streets he was taken in by a family in Bedfordshire who had him laying slabs and clearing gardens for 3 years. He was paid "in fags and food", slept in a horsebox, was hit if he didn't work hard enough, and was never allowed off the site on his own. He ran away and was then convicted of theft. This is the first time he has disclosed this. Consented to NRM.""",
      "AV WW AC PSV RM", "PLC RMS", "L")
    T("Prison wing: cellmates arguing about the TV. Separated. No wider concerns.", "", "", "")
    T("""SIR B/3 HMP Doncaster: Intelligence suggests that a prisoner on release (KHAN, due out next week) has been told by a prison gang that he must collect a package in Sheffield on day one. His family's address has been discussed on the landing. KHAN has been overheard saying he's "got no choice".""",
      "IT", "", "C")
    T("PoP says his boss holds his passport. Then laughed and said 'only joking, I've got it, it's in my drawer at home'. Checked - he brought it in next session.", "", "", "")
    T("""Probation officer: PoP (Tariq, 20) is working at his cousin's takeaway. Long hours (5pm-2am) but he is paid what was agreed, by bank transfer, and has days off. His licence conditions are met. He says he likes it. No concerns.""")
    T("""HMP Prison Officer's SIR: Observed prisoner ROSS on the landing with his head down, another prisoner (DRAPER) was standing over him talking quietly. ROSS later said "I'm alright guv". ROSS has been seen cleaning DRAPER's cell daily and has lost his canteen the last 3 weeks. DRAPER has previous for extortion.""",
      "", "", "C")
    T("Remand prisoner (Albanian) says he was working at a car wash and living above it, paid £200 a week, had his own phone and passport, and left whenever he wanted. He's in for a separate assault. No MS indicators found.", "", "", "")
