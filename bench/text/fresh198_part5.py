# fresh198 part 5: benign look-alikes, negated/hypothetical, more long accounts
def add(T):
    T("""Welfare visit note, GLAA, Evesham. Following a complaint that seasonal workers were 'kept on the farm', we attended unannounced. The farm is remote and there is no public transport, which is why workers stay on site during the week; the farm runs a free minibus to Evesham on Wednesday evenings and Saturdays and workers may use their own bikes at any time. We spoke with 14 workers. None reported being told they could not go out; none had their passports held; all were paid weekly to their own accounts. Two workers complained that the shower block was often cold and the farm has ordered a new boiler. We could find no evidence of restriction of movement or any other indicator. Complaint closed.""",
      "", "", "")
    T("""Intel log 4471/25. 3/B/P. Re: the Indian restaurant at 5 Market St, Kendal. Source (ex-employee) states the owner SINGH, Harjit, makes kitchen staff work 14 hour shifts with no breaks in summer. When asked, source said staff are paid for all hours, live in their own rented flats and have their own documents. Source was dismissed for theft and may hold a grudge. Assessed as an employment matter at most; no MS indicators.""",
      "", "", "")
    T("""Account of a young woman (19) from Sheffield, recorded by a youth worker:
'He was my boyfriend, he was 27. He said I could move in with him and he'd get me a job at his mate's bar. There was no job. He said I had to pay him back for the rent, so I had to go with his mates. He'd put my pictures on a website and drive me to hotels. He kept my phone so I couldn't text my mum. If I said no he'd strangle me till I nearly passed out. I didn't get any of the money.'""",
      "DEC DB PSV ISO WW AV", "ET NCW IS", "S")
    T("""Complaint to a local MP (summary): constituent's son, an Indian student, works 20 hours a week at a supermarket and is 'exhausted' because he also does a full-time MSc. Son is paid correctly, holds his own documents, and has chosen the hours. No exploitation. Office advised on student welfare services.""",
      "", "", "")
    T("""Statement from a Polish woman found at a packhouse in Kent (translated):
'My friend's husband said he had a job for me in England packing fruit, £9 an hour and a room. When we arrived, he said the room cost £80 a week and the transport £20 and that I owed him £500 for bringing me. He took my ID card the first night "so I don't lose it". He drove me to the packhouse every day and waited outside. I didn't know anyone else, I don't speak English. After two months I still owed him £300 and I had never had money in my hand. I have two t-shirts, one pair of jeans and my work shoes. That's everything.'""",
      "DEC DB RD WW ISO AV RM", "CT UF DT ET NCW FPE IS", "L")
    T("""Letter of complaint (translated from Romanian) sent by a seasonal worker to the scheme operator: 'We were promised eight hours a day, we get four. The supervisor says there is no work because the weather. We understand. But we are paying £70 a week for the caravan and we earn £150. We are not locked up, nobody hits us, we have our passports, we just want more work or to move to another farm.' Operator arranged transfer of 12 workers to another farm within a week.""",
      "", "", "")
    T("""Intelligence: 2/B/P. Suspected sexual exploitation linked to a massage business in Cheltenham. A single Chinese national manages three 'therapists' who are advertised on AdultWork with sexual services. The women are driven by him to and from a flat in Gloucester, never leave alone, and have their passports held. One told a customer she 'must work until the debt is paid'.""",
      "RM RD DB AV", "ET DT RMS", "S")
    T("""Case summary (Kalayaan caseworker). Overseas domestic worker (f, 50, Indonesia) came to London with her employers, a Gulf family, on a six-month ODW visa. She worked 18 hours a day, slept in a cupboard by the laundry room and was never given a day off. Her passport was kept by the employers' driver. She was allowed out only with the family. She was paid her salary (£200 a month) directly to her family in Indonesia, which she never saw. She said the madam pulled her hair and pinched her when she was slow. She escaped when the family went to Harrods and she walked out and asked a security guard for help.""",
      "EO AC RD RM WW PSV", "LH SW DT RMS NCW ET", "D")
    T("""A family friend of a care worker phoned to say he thinks she is 'being used' because she works 5 nights a week at a nursing home. On checking: she is on a permanent contract, paid the agreed salary, chose nights, has her own flat and her passport. No concern.""",
      "", "", "")
    T("""NRM referral extract: PV (f, 22, Vietnam). Worked at a nail bar in Norwich, lived in the flat above with the owner's family. Did not know the address or the name of the town for the first months. She was not allowed a phone. She cleaned the owner's house and minded her children after the salon closed. She had one bag of belongings when found. She said the owner's husband 'touched her at night' and she could not refuse because she owed them £18,000.""",
      "ISO DB PSV AV", "IS FPE", "L D")
    T("""Response to an MP's letter, GLAA Chief Executive's office (extract): 'The farm you mention was inspected on 12 June. Our officers found no evidence of debt bondage or retention of documents. Workers confirmed they had not paid recruitment fees, and wages are paid to their own bank accounts. The anonymous allegation that workers were "locked in at night" was not supported: the gate is locked for security but workers have keys and the code.'""",
      "", "", "")
    T("""Hi I clean at the chinese takeaway in Rhyl. No problems for me I get paid and go home. But there is a girl in the kitchen she never goes home, sleeps in the back, never speaks, boss always with her and she only has the one pair of shoes. Worried about her.""",
      "", "SW SFW FPE", "L")
    T("""Sanitised intelligence (NCA). An organised crime group is believed to be recruiting Moldovan women through fake job advertisements for 'hotel receptionist' roles in Manchester. The women are met at the airport, their passports taken 'for the hotel', and moved to residential flats where they are advertised for sex. Women are told they owe £5,000 for travel and lodging. Rotated between cities every fortnight. At least one woman has been beaten for refusing a client.""",
      "DEC RD DB PSV AV", "DT UF", "S")
    T("""Note by a union organiser: 'Our care members on sponsored visas are scared to join the union. They ask "will my employer know?" and "can I be sent home?". We tell them joining a union is lawful and can't affect their visa. In the two homes we organised last month nobody had been threatened — it's just fear from what they've heard from other workers.'""",
      "", "", "")
    T("""Call handler log 02:14: caller (m) speaking from a phone in a kebab shop in Halifax says a young lad came in, barefoot, bleeding from his mouth, saying the men at the car wash have beaten him and are looking for him now, one has a knife. Lad is in the back of the shop. Caller says a dark BMW has driven past twice.""",
      "PSV IT", "PA FA", "L", "immediate")
    T("""Pastoral note, Catholic parish, Hull. Several Filipina care workers attend Mass. One of them said she was 'happy but homesick'. Her contract says she must pay back £2,000 if she leaves in the first year; she says she understood that and intends to stay. She holds her own documents. No concerns — recorded only because a parishioner asked whether the repayment clause was 'slavery'.""",
      "", "", "")
    T("""Interview notes, Border Force, Stansted. Passenger (m, 27, India) arriving on a Skilled Worker visa for a construction company. Carrying a letter from an agent instructing him not to tell officers how much he paid. On questioning he said £9,000 to an agency in Hyderabad, and that his first 10 months' salary above £500 a month will be 'collected' by the agency's UK partner. His employer's address matched a residential flat. He seemed scared and repeatedly said 'I have done nothing wrong'. Intelligence passed to UKVI and GLAA; he was granted entry.""",
      "DB DEC AV", "UF FA NCW", "L")
    T("""Worker in a bakery in Bradford complains that his manager 'watches everyone on CCTV' and 'shouts a lot'. Workers can leave the premises at breaks and go home. Nothing further. HR advice only.""",
      "", "", "")
    T("""Report from a hotel night manager in Glasgow: a man checks in with a different young woman every few nights, always pays cash, women seem very young, don't make eye contact, he keeps their key cards and phones. Last night a woman knocked on reception at 3am crying and said she wanted to go home but he had her passport.""",
      "RD ISO AV", "DT IS FA", "S", "high")
    T("""Statement (Albanian male, 20, translated): 'They brought me to a house in Stockport. Upstairs was all plants. They locked the door from outside and gave me food once a day. I had to water and cut and not sleep much. They said if I run, they know where my family lives in Albania and my sister will be hurt. I never saw outside for four months.'""",
      "RM IT AC ISO AV", "RMS SW IS", "C")
    T("""I'm a carer and I keep reading about carers being exploited. I just want to say my employer is lovely, pays me on time, gave me my own flat, paid my visa and never asked for a penny back. Please don't assume all sponsors are bad.""",
      "", "", "")
    T("""Delivery rider (m, 30s) stopped by police for no insurance on moped. Had his own account, own bank card, has right to work. Issued a ticket. No concerns about exploitation.""",
      "", "", "")
    T("""INT 2/B/P. Suspected forced begging. Three Romanian men with disabilities seen begging at different stations in central London. They are dropped off at 07:00 by a man in a silver Vauxhall Astra (LR15 HBN) and collected at 19:00. At the end of the day the man takes their cups. One was heard saying he sleeps in the man's garage in Barking.""",
      "AV WW", "CE SW", "C")
    T("""Organ harvesting look-alike: man in Bradford tells his GP he 'sold his kidney' in India. On review, he donated to his brother in a legal transplant at a hospital in Chennai with full documentation; no payment. The 'sold' comment was a joke. No concerns.""",
      "", "", "")
    T("""Report from an NHS transplant coordinator: a potential donor presenting with a patient in London claimed to be his cousin, but the HTA assessor found they had met only weeks earlier, the donor is an unemployed man from Pakistan who speaks no English and said through an interpreter that he had been 'promised a job and money' if he helped. The donor's travel was paid by the recipient's family. Procedure stopped; police and HTA informed.""",
      "DEC AV", "", "O")
    T("""Neighbour says the people next door are 'slaves' because there are 8 of them and they all go to work at the same factory in a minibus. Attended: 8 Polish adults, two families, each with a tenancy, all employed directly by a bakery which provides the minibus free. Nothing to suggest exploitation.""",
      "", "", "")
    T("""Extract from a GLAA labour abuse report. Construction site in Canary Wharf. Labourers from Romania supplied via a chain of subcontractors. Workers say they haven't been paid for 7 weeks, the gang boss says the main contractor hasn't paid him. They still have their passports, live in their own rented rooms and say they are free to go — they only want their money. Referred to the main contractor and HMRC; classed as labour abuse (non-payment), not forced labour.""",
      "WW", "", "L")
    T("""Parent calls 101: her daughter (15) has a Saturday job at a café and worked 7 hours last week. She wants to know if it's legal. Advised re: local authority child employment permits. No exploitation.""",
      "", "", "")
    T("""A man from Eritrea was given a room by a 'friend' in Birmingham. In return he works at the friend's warehouse for no pay and hands over his asylum support card each week. He says he has no other choice because he has no one else in the UK. The friend has told him that if he moves out the Home Office will find him and send him back.""",
      "AV WW IT", "NCW FA", "L")
    T("""Email from a hospitality recruiter: 'We charge clients, never candidates. A candidate from Spain has told us she paid €400 to a "partner" of ours in Madrid — we have no partner in Madrid. We're refunding her and reporting the fraudster.' Candidate has her own job, documents and housing in London.""",
      "", "UF", "")
    T("""Two Chinese women found at an address in Huddersfield being used as a brothel. Both say they came to the UK as students, their 'agent' arranged the flat, and they work for him. Men visit at all hours. The agent takes 60% and keeps their passports 'to keep them safe'.""",
      "RD WW AV", "DT", "S")
    T("""Farm worker in Yorkshire was asked whether anyone had threatened him. He said 'no, never', but later said the foreman 'might' send people home who complain. No example given; he could not say whether anyone had been sent home. Recorded as low concern; continued monitoring.""",
      "", "", "")
    T("""Unpaid for the last three weeks at the cafe, boss keeps saying next friday, I'm British, I'm going to quit, what do I do. — Advised: ACAS early conciliation, small claims.""",
      "", "", "")
    T("""INT 3/C/P. Suspected domestic servitude, Ilford. A woman believed to be Sri Lankan is seen daily taking children to a primary school and then returning straight to the house; never seen shopping or talking to anyone; looks very thin; wears the same clothes day after day. Source believes she is 'the family's servant' and not paid.""",
      "WW", "PA IS", "D")
    T("""Warehouse worker (f, 44, Lithuania) says she was made to work through her lunch break for 3 months by an agency supervisor who also demanded £20 a week for 'keeping her on the good shifts'. She is afraid of him; he once grabbed her arm so hard it bruised. She lives independently with her husband.""",
      "WW PSV", "PA FA", "L")
    T("""Overseas nurse wrote to the Nursing and Midwifery Council asking if her employer can keep her NMC PIN certificate and passport. Employer confirmed they have only copies. She has both originals. No issue.""",
      "", "", "")
    T("""Farm near Spalding. Caller says 'nobody there would ever be held against their will, I've worked there for 11 years'. Caller was responding to a Facebook post. No report of exploitation made. Logged for info.""",
      "", "", "")
    T("""Police stop of a van (reg YR18 PXT) on the A1 near Newark at 05:10 carrying 11 men, all Romanian, in work clothes, no seatbelts for 5. Driver says they are going to a packhouse. Several men nervous, would not talk, said 'boss' does all the talking. Each said they pay £10 a day for the lift. No other info.""",
      "", "CE CT SFW FA", "L")
    T("""Worker at a large online retailer's fulfilment centre complains of 'slave-driving' targets and being watched by scanners. He is British, on a permanent contract, paid above minimum wage. Referred to the union; not a forced labour case.""",
      "", "", "")
    T("""CHILD (14) reported by school to be working early mornings and evenings at her family's takeaway. She falls asleep in class. Father says she 'helps out'. Parents are not paying her and she has said she can't go to after-school clubs because she has to work. She has said she is scared of her uncle who runs the kitchen.""",
      "AV EO WW", "LH FA", "L", "high")
    T("""Member of the public: theres a house on Bell St where the foreign lads from the recycling plant live, they look rough, no curtains, rubbish everywhere, i think the boss owns it, they get picked up in a minibus at 5. no idea if theyre ok.""",
      "", "OA PLC CE", "L")
    T("""The seasonal worker said no one had taken his passport, he had not paid any fee and he was free to leave. Asked about threats, he said the supervisor shouted at him once but he 'did not take it seriously'. Pay records checked: correct. NFA.""",
      "", "", "")
    T("""Referral (local authority adult social care): Mr J, 58, British, has alcohol dependency. He lives in a caravan on a traveller site in Leicestershire and works for the site owner laying tarmac. Paid in alcohol and £10 a week, sometimes nothing. Had been there 9 years. Site owner collects his pension. Mr J says he was kicked and threatened when he once tried to leave and was 'brought back' from Leicester bus station.""",
      "AV WW PSV IT RM", "NCW PLC", "L")
    T("""Hotel in Bath employs seasonal hospitality staff on fixed-term contracts. A guest thought staff were 'trafficked' because they live in staff accommodation. Staff pay a small rent, have keys, come and go and can cancel anytime. No issues.""",
      "", "", "")
    T("""Engineer at a Leeds factory tells HR he sent £2,000 to a 'recruiter' in Lagos to bring his nephew over for a care job. The nephew is still in Nigeria and the recruiter has stopped answering. Fraud; passed to Action Fraud. No one is in the UK being exploited.""",
      "", "", "")
    T("""tasks done for free: the 3 girls at the nail bar do the owner's cleaning and cooking every night, get nothing, and dont go out.""",
      "WW", "IS", "L D")
    T("""Care worker on phone to helpline: 'My manager said if I don't sign the new contract with the £8,000 bond I will be sacked and the Home Office will be told. I haven't signed. I'm worried.' Advised: the threat itself is a concern; referred to GLAA and union.""",
      "IT DB", "FA", "L")
    T("""An engineering firm in Derby sponsors a Nigerian engineer. He asked whether the firm can make him repay the £1,000 relocation bonus after 9 months as his contract says. Advised: lawful if in contract and proportionate. No concerns.""",
      "", "", "")
    T("""Dear police, I am a worker at the meat factory in Craigavon. I'm from East Timor. We are 16 living in a house with 4 rooms. The agent in Dili said £10 per hour but we get £7 because of 'deductions'. When I said I want to go home the supervisor said I must pay back £2,500 for flight and visa first. Please help.""",
      "DEC WW DB", "OA UF", "L")
    T("""Warehouse operative (m, 25) says his agency sent him home without pay because his shoes weren't safety shoes, then told him he had to buy boots from the agency at £45. He did. Minor concern; GLAA informed.""",
      "", "PPE", "L")
    T("""Search of a flat in Salford linked to an Indian restaurant: 8 passports belonging to kitchen staff found in a locked cabinet in the owner's bedroom, plus a ledger headed 'visa money' with sums of £7,000-£15,000 against each name and monthly payments.""",
      "RD DB", "DT UF", "L")
    T("""Gardener on a country estate in Wiltshire lives in a tied cottage. He works long hours in summer but is paid, has holidays, his family visit. He called us only to ask about a rent increase. Not exploitation.""",
      "", "", "")
    T("""report of a young girl about 15 serving at a curry house till 2am and then being driven off by the owner, she looks terrified and never speaks to anyone""",
      "AV", "ET FA", "L", "high")
    T("""Source reports that workers at a chicken factory in Fife are told that if they miss a shift they will be 'fined' and that the fines go on a tab they must clear before they are allowed to return to Romania. Some workers have been there 3 years and owe more than they started with.""",
      "DB WW RM", "", "L")
    T("""In supervision the support worker said: 'Her new job at the laundry is fine. She keeps her own wages, she decides her own hours. I was worried because her ex used to take her money but that's over now.' Closed.""",
      "", "", "")
    T("""Youth Offending Team note: boy (16) from Liverpool arrested in Barrow with drugs and £800. Says he was 'sent' by a man he owes and that he has been kept in a flat there for a week, not allowed out except to serve. His phone only has one number on it.""",
      "AV DB RM ISO", "RMS IS", "C", "high")
    T("""Call: woman says her husband 'treats her like a slave' because she does all the housework. No other concerns, she goes out freely, works part-time and has her own money. Referred to DA support service at her request. Not modern slavery.""",
      "", "", "")
    T("""An Indian chef has written to his MP saying the restaurant that sponsors him has cut his hours so his salary falls below the visa threshold, and now says he must 'top up' his own salary by paying the owner cash each month so the payslip stays at £30,000. He pays £600 a month. He does not want to lose his visa.""",
      "WW AV", "", "L")
    T("""Complaint from a resident: 'big lorries coming at night to the farm next door, workers sleeping in barns, no toilets'. Environmental Health visit: barns used for storage only, workers live in inspected caravans with facilities, lorries are supermarket collections. NFA.""",
      "", "", "")
