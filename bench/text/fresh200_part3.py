# fresh200 part 3: care sector continued, negations and mixed texts
def add(T):
    T("""Sponsor compliance visit, Lakeside Homecare, Taunton. 22 sponsored workers. Payroll checked against CoS: all receiving contracted 39 hours or pay in lieu. No recruitment fees charged; agent contract forbids fees and workers confirmed this. Passports held by workers. Accommodation is private rental, not arranged by sponsor. Compliant.""", "", "", "")
    T("She says she keeps her own passport and BRP and nobody has ever asked for them, but the manager does take £200 a month off her wages as 'sponsor fee'.", "WW", "", "L")
    T("Worker denied being threatened, said she was free to leave and came to the meeting by herself. However she later said she was still being made to pay back £4,000 to the agent from India out of every wage.", "DB", "UF", "L")
    T("Carer told us nobody holds her documents and she can come and go as she pleases. We checked for signs of exploitation and found none.", "", "", "")
    T("""Note of call: Care worker (Zimbabwean) phoned to ask whether her employer can make her repay £1,500 if she leaves. She is not being threatened, has her own passport, gets all her hours and is only leaving because she's moving to be near her cousin in Leeds. Advised to read her contract and speak to ACAS.""", "", "", "")
    T("If they ever tried to take my passport I would go straight to the union.", "", "", "")
    T("""INT 3/B/P. It is believed that carers employed by HAVEN CARE GROUP (Ipswich branch) are required to hand over their phones to the coordinator at the start of every double shift and are not allowed to contact family while on live-in placements of up to 3 weeks. Carers are dropped at remote farmhouses in Suffolk and have no transport. One carer said she 'did not know the name of the village'.""",
      "ISO RM EO", "IS RMS", "L")
    T("The manager told the family that the carer 'could leave whenever she likes' but the carer told us the door is locked at night and the key kept by the manager.", "RM", "RMS", "L")
    T("No concerns re documents or pay. Carer does report working 16 days straight during the Covid outbreak in the home, which she says was paid at overtime rates and was voluntary.", "", "", "")
    T("""Statement of Ms Grace MUTASA (care worker). "My agent in Harare told me that in the UK I would be working in a big hospital. I paid him US$7,000 which my church helped raise. When I came I was sent to a lady's house in Wembley to be her maid and look after her mother. I had to wash, cook, clean, give personal care. I slept on the floor in the mother's room. I was given £100 at the end of each month. The lady said I cannot go anywhere because I don't know London and people will arrest me. She took my phone and said I may use it on Sundays. Once when I burnt the rice she pulled my hair and pushed me into the wall." """,
      "DEC WW AC ISO PSV IT AV", "UF SW IS FA", "D", None)
    T("Council officer asked sponsored carers whether they'd been charged for uniform; they said no, it was given free, and PPE is always provided.", "", "", "")
    T("Man rang 101 to say his sister's employer (care home Birmingham) 'might' take her passport if she resigns, but it hasn't happened and she has it now.", "", "", "")
    T("""Referral from Unison: 40 sponsored carers from Nigeria and Ghana working for a Hampshire agency say they were promised 'guaranteed 40 hours' and have been given an average of 14. They have been told they cannot take other work because it would 'breach their visa', and some are using food banks. The agency director has told several that if they complain to the union he will 'withdraw their CoS and the Home Office will remove them'.""",
      "DEC IT AV", "FA", "L")
    T("Carer fell asleep at wheel after 19hr shift, crashed on the A38. Employer reportedly insists staff do back-to-back calls with no break and threatens to cut their hours if they refuse.", "EO AC IT", "LH", "L")
    T("""Adult safeguarding strategy meeting minutes. Concerns regarding Mr Tendai MOYO (care worker). Agency manager present at meeting and answered all questions on Mr MOYO's behalf; Mr MOYO said almost nothing and looked at the manager before each answer. Agreed that Mr MOYO should be seen alone with an independent interpreter. At the subsequent meeting he disclosed that his wages were being paid to the manager's personal account and he received 'pocket money' of £60 a week.""",
      "WW", "SFW NCW FA", "L")
    T("Carer appeared well, clean uniform, had her own phone and spoke freely. Manager not present. No indicators.", "", "", "")
    T("There was no debt, the visa was paid by the employer and she doesn't owe anything. The issue is her hours: she's on 70-80 a week and they won't let her say no, the manager said 'no nights, no job, no visa'.", "EO IT", "LH", "L")
    T("""INT 2/B/P. Sponsored nurse (female, Indian) reported to be living in the home of the nursing home's owner, Dr Anil KHURANA, in Solihull. She works a full set of nursing shifts and is also made to cook and clean at the owner's house. She has been told she cannot move out until her £9,000 'relocation loan' is repaid and the owner's wife has her passport. Source states she has lost weight and looks exhausted.""",
      "DB RD EO", "DT PA LH", "L D")
    T("staff said they feel pressured but they are not afraid of the manager and nobody is threatening them", "", "", "")
    T("Caller says the care home near her has overseas staff who walk to work at 6am in the dark from a house down the lane. She's not sure if anything is wrong, they seem cheerful, just wanted to mention it.", "", "", "")
    T("""Email from a daughter of a service user: "The carers sent by your agency keep telling mum they haven't been paid for three months. One of them, Esther, said the agency boss has got all their passports and says he will 'send them back in a box' if they go to the police. She's also said she has to pay him £1,000 before she can leave." """,
      "WW RD IT DB", "DT FA", "L")
    T("Sponsor licence application, new domiciliary agency in Preston. Director has no previous care experience. UKVI compliance visit arranged. No worker concerns at this stage.", "", "", "")
    T("Carer from Nepal lives in tied housing from her employer but has her own room, door lock and a written agreement, and pays £70 a week which is below market rate. Employer has never threatened her.", "", "", "")
    T("""Notes from a visit to 48 Wellington Rd, Rochdale (house owned by SPRINGFIELD HOMECARE director). 9 women, all care workers, in 3 bedrooms; two sleeping in the living room on mattresses. Mould, broken boiler, one working toilet. Each pays £320 a month deducted from wages. Several said they had to pay £200 'key money' on arrival. None had tenancy agreements. Women said the director visits 'to check' and if there are visitors they are fined.""",
      "AC WW DB", "OA PLC UF", "L")
    T("Sponsored worker said 'they treat us like slaves' but when asked what she meant she described ordinary short-staffing and being asked to cover shifts at short notice, which she is paid for. No indicators.", "", "", "")
    T("Live-in carer was hit by the client's son and told that if she called the agency she'd lose her job and visa.", "PSV IT", "FA", "L")
    T("""HCW visa holder (F, 31, Ghanaian) attended A&E Norwich with exhaustion and dehydration. Told staff she works for two agencies, 90 hours a week, to pay a £12,000 loan to the 'visa agent' who calls every day demanding money and has threatened her family in Kumasi. Employer agencies not aware of the second job.""",
      "DB EO IT", "LH PA UF", "L")
    T("CQC inspection: 'Requires improvement'. Medication records incomplete, some care plans out of date. Staff spoke positively about management. No exploitation or safeguarding concerns.", "", "", "")
    T("Company told overseas carers that those who wanted to switch sponsor 'would be reported as absconders' and that their 'bond' of £5k would be sent to debt collectors in India.", "IT DB", "", "L")
    T("Manager keeps a copy of each sponsored carer's passport on file as required by Right to Work rules. Originals returned the same day.", "", "", "")
    T("""Note. Ms NGUYEN, live-in carer for a family in Hampstead for 4 years. She came on a domestic worker visa. Looks after the disabled son day and night. Not paid for the last 14 months; the employer said her wages are 'saved' for her. She has not been outside other than to hospital appointments. She has no phone. She didn't know the name of the road she lives on.""",
      "WW EO RM ISO", "NCW LH RMS IS", "D")
    T("The sponsor didn't keep her passport, she has it, but she has no money at all and the manager takes her bank card every payday.", "WW", "NCW", "L")
    T("Carer said 'I'm not allowed to say anything bad about the company or they'll cancel my visa' - looked at the manager before speaking.", "IT", "FA SFW", "L")
    T("Agency paid for carer's flights and visa and didn't ask for any of it back. Carer chose to leave after 6 months; no claim was made against her.", "", "", "")
    T("""GLAA referral. Two Indian males on care worker visas found working at a car wash in Corby. They say their sponsor, a care agency in Northampton, never gave them any care work and told them they had to work at the car wash owned by the director's brother to 'earn' their sponsorship. They are paid £30 a day for 11 hours, sleep in the back office and were told that if they stopped they would be reported to the Home Office as overstayers.""",
      "DEC WW EO AC IT AV", "SW LH FA", "L")
    T("Nurse has a second job at weekends to send money home. Says she's knackered but it's her choice.", "", "", "")
    T("she wasnt locked in, she could go to the shops, but they made her work from 6 in the morning until after midnight and never paid her", "EO WW", "LH", "D")
    T("Follow up: the carer who appeared to be controlled last month has now moved to a new sponsor, has her passport and reports no problems. Closed.", "", "", "")
    T("""INT 2/B/P: It is reported that care worker Blessing OKAFOR is being kept at a house on Bramley Road, Enfield by a woman known as 'Auntie Ngozi' who arranged her visa. Blessing is not allowed out except to go to her care shifts, to which she is driven by Auntie's son. Her wages go to Auntie. She has been told she still owes £18,000. Source saw Blessing with a swollen eye last week.""",
      "RM WW DB PSV", "RMS ET NCW PA", "L")
    T("Sponsored worker resigned and was reminded of the lawful, tapered £1,000 training repayment in her contract. She agreed it was fair and paid it.", "", "", "")
    T("There was no evidence of threats. The workers said they just want their unpaid holiday pay.", "WW", "", "L")
    T("""Local authority contract monitoring, Dudley. During spot checks the officer noted the agency's electronic call monitoring showed carers logging out of one call and into the next within 0 minutes though calls were 10 miles apart. Carers said they are told to log in 'as if' they had arrived and travel is not paid. Some carers work 7am to 11pm. No fear, threats or document issues raised.""",
      "WW EO", "LH", "L")
    T("The care home pays for staff to live on site in a purpose built block with en-suite rooms. Staff say it's the best place they've ever worked.", "", "", "")
    T("She was raped by her employer's husband while working as a live-in carer in Surrey and was told that nobody would believe a 'visa girl'.", "PSV IT AV", "", "L D")
    T("My cousin is nurse in care home, they dont give her passport back since 1 year. she asked 3 times.", "RD", "DT", "L")
    T("""Debrief: Indian female carer, 24. Paid ₹22 lakh to a recruiter in Hyderabad. Arrived in a Leicester house with 11 other women. Agency held all passports 'for Home Office checks'. Worked care calls 5am-10pm and on her 'days off' made to pack boxes at a warehouse belonging to the agency owner's friend for no pay. When she cried on the phone to her mother the owner took her phone away. She was warned that if she went to police they would tell the Home Office she was working illegally at the warehouse.""",
      "DEC DB RD EO WW ISO IT", "UF OA DT LH IS FA", "L")
    T("Carer said her employer told her 'don't worry about the fees, that's the company's job'. She paid nothing and was housed for the first month free.", "", "", "")
    T("The manager stays in every interview with the carers and interrupts when they speak. Carers appeared nervous and gave identical answers.", "", "SFW FA", "")
    T("worker said the threat was from her ex-husband not her employer. work is fine.", "", "", "")
    T("""Case note (MSVCC, Midlands). Client was a care worker in a home in Shropshire. She was promised accommodation at £100 a week. Instead she was put in a caravan in the grounds with another worker, no running water. Manager took her BRP 'to photocopy' and kept it. Deductions left her with £90 a week. She was told that if she left the caravan at night the dogs would be let out.""",
      "DEC AC RD WW IT RM", "PLC DT FA", "L")
    T("HR dispute: carer claims she was underpaid £312 for sleep-in shifts. Employer agreed to pay arrears. No further action.", "", "", "")
