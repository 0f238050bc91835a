# fresh253 part 4: ordinary policing, look-alikes, negated and hypothetical mentions (some mixed)
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

# --- no exploitation at all
T("Theft of quad bike from a farm near Orton overnight. Farmer found the shed door forced. Enquiries with neighbouring farms ongoing.")
T("RTC A591 Thirlmere, car v sheep, no injuries to persons. Sheep destroyed.")
T("Report of a drunk male causing a nuisance in Blackpool Winter Gardens foyer, removed by door staff, no further action.")
T("""Licensing. Harrogate Borough: application for a late licence at a bar on Parliament Street. Police have no objection subject to conditions (CCTV, SIA door staff from 22:00 Fri and Sat). Applicant has held a licence in Leeds for ten years with no issues. Police licensing officer supports the application.""")
T("""Welfare check, Ulverston. Daughter in Australia worried as her mum, 79, not answering the phone. Officers attended; mum fine, phone had fallen behind the sofa.""")
T("Burglary dwelling, Fulwood, Preston. Jewellery and a laptop taken. Forensics attended. No suspects.")
T("Youths throwing stones at the trains at Arnside, third time this week. PCSO to patrol after school.")
T("""Missing person, Keswick. Walker (male, 62) overdue from a walk on Blencathra. Keswick MRT deployed, found at 21:15 with a twisted ankle, brought down safely.""")
T("Neighbour's dog barking all day every day on Dalton Road Barrow, she works 12 hours, dog left alone. Referred to council animal welfare.")
T("""Farm diversification: a farmer near Hawes asked the rural crime team for crime prevention advice for his new glamping pods. Advice given re lighting and CCTV.""")
T("""Fleetwood. Fishermen's Mission annual report summary shared with police: 42 fishermen helped with welfare grants this year after injuries or bad weather stopping fishing. Nothing indicating exploitation.""")
T("Shoplifting at the Co-op in Settle, male took 3 bottles of wine, known to police, local alcoholic, arrested.")
T("Drink drive, A65 near Kirkby Lonsdale, 2am, driver 68mcg. Charged.")
T("""Multi-agency visit to a car wash in Lancaster (Op AIDANT). Six workers, all Kurdish Iraqi, all with leave to remain or British citizenship. Paid by bank transfer at or above NMW, rotas show 40-45 hours with a day off. Own accommodation, own transport. Workers spoke freely. Gloves and boots provided free. No indicators of exploitation found; HMRC to follow up a minor VAT query.""")
T("""Hotel in Windermere. Manager reported a member of staff for stealing from the tills. Staff member (Latvian, 25) admitted it, said she needed money for her rent. She is employed directly by the hotel, on contract, has her own flat in Bowness. Cautioned.""")
T("Dispute between two cocklers at Morecambe over who had the better patch, both licensed, both local. Words of advice.")
T("""York. Call from a Chinese student's landlord: student hadn't been seen for a week. Welfare check: student had gone home to Guangzhou for the holidays and told the university, not the landlord. Own passport, own flat. All fine. University welfare team reminded the student to let her landlord know next time she travels.""")
T("""Blackpool. HMO licence renewal on Hornby Road. 7 tenants each with a written tenancy, rent paid individually by bank transfer or housing benefit. Fire alarm tested, rooms of a good size. Licence renewed. Landlord has no other properties in the area and lives in Lytham. Tenants spoken to in the hallway were friendly and had no concerns.""")
T("Two farm workers from a neighbouring farm in Eden were seen working at 4am lambing. Caller just wanted to know if that's legal. It's lambing season, they're employed, paid overtime. Explained.")
T("Harrogate. Stolen catalytic converters x3 from the Hornbeam Park car park. CCTV requested.")
T("""Ripon. Report of a man sleeping rough in the cathedral porch for several nights. Outreach team spoke to him: British, 40s, recently evicted, no one controlling him, offered a bed at a hostel which he accepted. He later said he had a falling-out with his family and wanted a fresh start. Followed up a week later by the outreach team; he is still at the hostel.""")
T("Scam call reported by a woman in Whitby, someone pretending to be from her bank. She didn't give any details. Advice given, reported to Action Fraud.")
T("""Lancashire. Farmer reports that his Polish worker has left without notice after 5 years and taken his own belongings; farmer is worried because the man had been low. Officers traced him: he has gone home to Poland to look after his mother. Safe and well.""")
T("""Preston. Fight outside a nightclub on Church Street, 3 males arrested for affray, all released under investigation.""")
T("Caller in Scarborough says her teenage son works at a chip shop on the seafront 4 evenings a week in the summer, paid £8 an hour, and asks if that's allowed at 15. Advised re local authority child employment permits.")
T("""Kendal. A Syrian refugee family running a bakery; local councillor asked for reassurance after social media rumours that the staff are 'trafficked'. Community team visited: family business, staff are the family's adult sons and two local women, all paid through payroll. Rumour unfounded.""")
T("""Cumbria. Criminal damage to the lambing sheds at a farm near Brampton. Youths seen on quad bikes. Enquiries continuing.""")
T("RTC, A64 near Malton, lorry carrying vegetables overturned, driver taken to York Hospital with minor injuries.")
T("""Whitby. Harbour. Report of a missing fisherman who did not return to his boat after a night out. Found at his girlfriend's house the next morning.""")
T("""Lancaster. Three people sharing a caravan on a farm in Cockerham during the potato harvest, employed directly by the farm, each has their own bedroom, paid weekly into their own accounts, free to go into town at weekends with their own car. The farmer had called the police because the caravan was broken into; their phones were stolen.""")
T("Can you tell me if it's a crime for my boss to make me work bank holidays? I'm a chef in Ambleside and it's in my contract. I'm fine, just asking.")
T("""Intelligence report (closed): previous information suggested exploitation at a flower-packing shed in Tarleton. GLAA joint visit found all 60 workers on PAYE, own accommodation or private rentals, and no deductions except tax. Information not substantiated; closed. The original source was re-contacted and agreed that the information was second-hand and several months old.""")
T("Noise complaint, party at a student house on Parkfield Road Lancaster, 20 people there. Words of advice.")
T("""York. A woman who volunteers at a food bank asked if she should worry about a family who come every week and say the father works long shifts at a distribution centre but the pay doesn't stretch. She says the family seem open, the father chose extra shifts to cover the rent rise. Advice given re cost of living support.""")
T("""Carlisle. Report from a member of the public about men in hi-vis working very late on the railway line at Kingmoor. Network Rail confirmed a planned overnight engineering possession with its own staff. Caller thanked the officer and said she would ring Network Rail first next time.""")
T("Domestic, Barrow, argument over money between partners, no injuries, both calm on arrival. DASH standard, no further concerns.")
T("Pensioner in Grasmere has 5 lodgers in the summer, all university students working in cafés, each pays her £80 a week, she cooks for them. Reported for a stolen bike only. She confirmed the lodgers come and go as they please; they have their own keys and work for different cafés in the village.")
T("""Morecambe. Lancashire Fire and Rescue and police attended a flat fire; occupant (British, 50s, lives alone) treated for smoke inhalation. Cause: chip pan. No concerns about anyone else at the address.""")

# --- negated / hypothetical, no real indicator
T("""Hotel, Grange-over-Sands. Anonymous complaint alleged staff were having passports taken. GLAA and police visited: every worker interviewed held their own passport or ID card, no deductions other than tax and pension, staff accommodation optional and below market rent. Staff denied any threats. No evidence of exploitation; NFA.""")
T("She held her own passport the whole time and says nobody ever took it off her. She was free to leave the job whenever she wanted and did leave in March.")
T("Spoke to the three men at the Preston car wash. None of them are in debt to anyone, none were charged for the job, they live in their own rented flats and get paid into their own accounts. They were not afraid to talk.")
T("""Case closure note, Cumbria MSHT. Initial referral suggested a farm worker near Appleby was locked in at night. Visit and interview: the farm worker's caravan door lock is on the inside and he has his own key. He has a car. He was not restricted in any way. He said the referral came from an ex-partner after a falling out. Closed, no concerns.""")
T("If the agency doesn't pay me on Friday I'll go to ACAS, but they always have so far. Just venting to my union rep.")
T("""Welfare check, Whitby B&B after a guest said a cleaner 'looked frightened'. Cleaner (Portuguese, 35) said she was not frightened of anyone, she'd just had bad news from home. Employed directly, own room in town, no one holds her documents. No concerns.""")
T("Explained to the Romanian workers at the Wigton poultry site that they should never let anyone keep their ID or bank cards. None of them said anyone had. Leaflets left in Romanian. Site HR manager confirmed payroll goes directly to each worker's own account.")
T("""Training input to Scarborough hoteliers: officers explained the signs of forced labour including restricted movement, debt bondage and documents being held, and asked managers to report any concerns. No specific concerns raised by attendees.""")
T("We checked for signs of exploitation at the Thirsk packhouse (long hours, shared housing, deductions) and found none. Workers said overtime is optional and paid at time and a half.")
T("""Scarborough. A worker at a seafront arcade asked the PCSO 'what happens if my boss keeps my passport?' She then explained it was hypothetical, her boss has never asked for it and she keeps it at home, she had just seen a TV programme. Reassured.""")
T("Farmer says none of his seasonal pickers have ever been charged for transport or housing and they can leave whenever they like. Spot check agreed with that.")
T("""Blackpool. Call handler: caller thought a woman in the flat above was being held against her will because she never goes out. Officers attended: occupant (British, 70s) is housebound after a stroke, carers visit four times a day, her son does the shopping. No concerns.""")
T("No concerns were identified at the Ambleside hotel: nobody was sleeping on site, hours were normal, and staff had their own bank cards.")
T("He said if they ever tried to take his passport he would go straight to the police, but nobody has.")
T("""Review of NRM referral, Lancaster (Duty to Notify). Adult male described being recruited for a factory job via an agency. After review, no deception: the job, pay and hours were as promised and he left because he did not like night shifts. He confirmed no debts, no threats, no problem getting his wages. Decision: not a potential victim.""")

# --- mixed: negation alongside a real indicator
T("""Scarborough hotel kitchen. Porter says he has his own passport and his own bank account, so that's fine, but he has worked 14 days straight, 13 hour shifts, and the chef told him he will lose his job if he takes a day off.""",
  "EO IT", "LH", "L")
T("Nobody took her documents and she wasn't locked in, but she says the man who found her the job at the Harrogate care home takes £400 from her pay every month and she can't stop it.",
  "WW", "NCW", "L")
T("""Case note. Client is clear she was never hit or threatened by the owner of the Preston nail bar. However she worked 10am to 9pm seven days a week for £150 a week and lived in the back room of the salon with two others.""",
  "EO WW AC", "LH SW OA", "L")
T("He denies anyone holds his passport (he showed it to us), but the gangmaster still deducts £60 a week from his wages for a debt from his travel that keeps going up.",
  "DB WW", "UF", "L")
T("""Lancaster. Worker is not isolated — has a phone and talks to his wife in Romania daily — and says nobody threatens him. But he is housed by the labour provider in a house with 15 others, with three to a room, and pays £10 a day for the minibus to the site.""",
  "AC", "OA CT", "L")
T("Girl says her 'boyfriend' never hit her and never forced her, but he puts her adverts up, drives her to the hotels in Blackpool and keeps the money.",
  "WW", "ET NCW", "S")
T("""Whitby fishing. Deckhand says he is paid correctly and his contract is fine, no issue with money. Problem is the skipper won't let him off the boat in port and has told the crew that if anyone goes ashore he will report them to Border Force.""",
  "RM IT", "RMS FA", "L")
T("""Cumbria. Carer from Kerala, employed by a home care firm in Workington. She has her BRP and passport, no debt to the company. She is, though, doing 80-hour weeks including nights, on call at weekends, because the manager says her visa will be cancelled if she refuses shifts.""",
  "EO IT AV", "LH FA", "L")
T("Not locked in, not beaten, he said. But they took his phone on the first day at the farm and he has not spoken to his family since.",
  "ISO", "IS", "L")
T("""Debrief. Woman says the house in Burnley was not locked and she could have walked out, 'but where would I go, I don't speak English, I don't know the town, and they said they would tell immigration'.""",
  "ISO IT AV", "IS FA", "")
T("""York. Referral about a nail bar worker. Denies any debt. Denies anyone keeps her money. Says she is paid cash. However, says the owner keeps her passport 'in the safe' and she has asked for it twice and been refused.""",
  "RD", "DT", "L")
T("Boy, 16, says he's not being made to sell and no one's threatening him, but he has been missing 4 times and comes back with cash and a second phone, and an older lad in a car waits at the end of the road.",
  "AV", "", "C", "high")

# --- hypothetical with real, and general
T("""Preston. Enquiry from an employer: 'If I take on workers through an agency, do I have to check they're not being charged fees?' Advised yes, and about the GLAA licensing scheme. Employer has not yet used the agency; no workers involved.""")
T("""Case note, Carlisle. Client describes that if she had refused to work the agent would have taken her daughter's school fees out of her pay. She did not refuse, so it never happened. Separately, the agent has held her passport since she arrived.""",
  "IT RD", "DT", "L")
T("If anyone had asked me to do that I would have said no. Nobody did. I worked my hours and got paid. I am giving this statement as a witness only, about the van that crashed.")
T("""Kendal. Hospital porter on a double shift by choice to cover sickness, paid overtime. Colleague noted he was tired. Occupational health advice only.""")
T("Rumours on Facebook that the Filipino staff at a Harrogate care home are 'slaves'. Visited, spoke to six of them privately, all happy, all paid, all free to go. Rumours unfounded.")
T("""Intelligence request from the NCA: do we have anything on a company called Northern Fields Recruitment in Lancashire? Checks: nil trace on our systems.""")
T("""Blackpool. A man asked for advice because his landlady keeps his passport as a 'deposit'. Officers attended; the landlady returned it at once, she didn't know it was wrong. He works at a hotel and says he is paid properly and can go where he likes.""",
  "RD", "DT", "")
T("""Cockling at Morecambe Bay. 2026 season opened. Fisheries officers and police carried out permit checks on 140 pickers. All permits valid, all pickers local or with their own vehicles. Safety briefing given. No gangmaster activity seen this time. Next checks planned for spring tides in late April.""")
