# fresh255 part 3: charity voices continued, first-person accounts, negations and look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Unseen – Modern Slavery & Exploitation Helpline, call summary (ref MSH-2024-11873).
Caller: Agency manager, logistics depot, Daventry. Concern: one of our temps, Andrei, came in with a split lip and
a swollen eye and wouldn't say how. His timesheets are signed off by a 'team leader' from the same village who
collects him and 7 others in a people carrier and insists on being present whenever we talk to any of them. Last
week payroll noticed Andrei's wages and 4 other workers' are all paid into the same Monzo account. Andrei has asked
twice, through the team leader, for 'advance' payments. Caller does not know where the workers live.
Advice given: do not confront the team leader; speak to Andrei alone with an interpreter; our team will share with
Northants Police and the GLAA with caller's consent (given).""",
  "WW", "PA SFW ET NCW", "L")
T("me and 6 other man we work in kitchen for restaurant Southall. we sleep in basement under restaurant. boss say we must pay him 3000 pound each for bring us from Punjab before we get salary. we work 14 hour. we no have day off. he keep our passport in his office",
  "DB AC EO RD", "SW UF LH DT", "L")
T("Kalayaan: client is now safe. Recap for file – she described the family 'giving me only the leftover from the children's plates', being made to sleep on a mat on the floor of the baby's room, and being told by the employer that 'in this country the police will put you in jail because you are a runaway'.",
  "AC IT", "SW FA", "D")
T("Barnardo's: YP (M, 15) states he was 'never forced' and 'just helps his uncle at the car wash at weekends for pocket money'. He attends school, lives with mum. Worker assessed no exploitation concerns, but advised re child employment rules.",
  "", "", "")
T("Hope for Justice: Snapshot of support needs for client D (M, 38, Latvian): safe accommodation (provided via MSVCC), GP registration, ID replacement – his passport is still with the gangmaster in Kent – and money advice: the gangmaster took out two loans in client's name.",
  "RD WW", "DT", "L")
T("City Hearts: outreach volunteer report, Hull bus station. A man approached us to ask for help getting back to Poland. He said he came for a job he saw online, 'they promise warehouse, £11 hour', but when he got here it was 'nothing, nobody answer phone'. He was never put to work. Helped with food bank voucher and Barka UK.",
  "DEC", "", "")
T("Snowdrop Project: client told her caseworker that she's been offered a nannying job by a friend of her church. The family will hold her passport 'for her visa application'. Caseworker advised her that no employer should hold her passport and helped her check the offer. She has not accepted yet.",
  "", "", "")
T("Medaille Trust: resident (F, 22, Vietnamese) says she was kept in the upstairs room of a nail bar in Walsall, 'no window, one mattress, I stay there when not work, they lock the door at night'. She was told she owed $30,000 for the journey. Worked from 9am to 8pm every day.",
  "RM AC DB EO", "RMS SW UF LH", "L")
T("Unseen: caller says her Romanian partner's employer, a builder in Swindon, pays him £50 a day, he has his own passport, and comes home every night, but the builder often pays late. She asked if this is modern slavery. Advised it's a wage dispute – ACAS.",
  "", "", "")
T("Barnardo's: girl 14 told her teacher 'he gave me a phone and takes me to his mates, if I don't go he says he'll tell my dad what I've been doing and put the pictures online'.",
  "AV IT", "", "S", "high")
T("Hope for Justice: statement in the client's own words (English). 'I was homeless in Manchester. A man from a van said come work on the roofs, £50 a day, food, caravan. I worked for them 2 years. They never gave me money, only tobacco. When I tried to go they beat me and took me back. They said they'd find me anywhere.'",
  "DEC AV WW PSV IT RM", "RMS", "L")
T("Kalayaan: client has been working for a family in Mayfair for 4 years; says she is treated 'like family', paid £2,000 a month to her own account, has her own room and her passport. She asked about applying for ILR. Not exploitation.",
  "", "", "")
T("City Hearts: client (M, 33) says the man who brought him from Albania 'took my passport at Dover and I never saw it again' and made him work in a car wash in Doncaster until he paid £8,000. He says he was not locked in but had nowhere to go and no English.",
  "RD DB AV", "DT", "L")
T("Medaille Trust house log: resident distressed after receiving a call from an unknown number – a voice said 'we know you talk to police, your brother in Brasov will pay'. Police notified, reference taken.",
  "IT", "FA", "")
T("Barnardo's: YP (F, 16) brought to the UK by an 'aunt' from Ghana to 'go to school here'. Never enrolled. Cooks, cleans and looks after aunt's 3 children all day. Was hit with a slipper when dinner was late. Not allowed to use the phone.",
  "AV DEC PSV ISO", "IS", "D", "high")
T("Unseen: caller from a recycling plant in Bedford says workers from one labour supplier are picking rubbish off a conveyor without masks, gloves or hi-vis, and are shouted at if they stop. One collapsed last week with heat.",
  "AC", "", "L")
T("Hope for Justice: caller asks if it's exploitation that her son (17) works weekend shifts at McDonald's. He chose the job, gets paid, has days off. Reassured. No concerns.",
  "", "", "")
T("Salvation Army subcontractor (Migrant Help) intake: client (F, 29, Chinese) says she was brought to London on a student visa by an agent who then said her 'fees' were £20,000 and she must 'work in massage' until it was paid. She had sex with clients up to 10 times a day. The agent has her passport.",
  "DEC DB RD", "UF DT", "S")
T("Snowdrop: client asked for help with her asylum interview preparation. She is anxious but has good legal representation. Her trafficking experience is being considered in the NRM (awaiting CG). Nothing new disclosed.",
  "", "", "")
T("Medaille Trust: 'They were watching all the time, even when I go to toilet the camera see me. I could not go outside if the boss not with me.' – resident, describing the massage parlour in Bournemouth.",
  "RM", "RMS ET", "S")
T("City Hearts outreach: Lithuanian man at a church breakfast says he works for a 'friend' laying patios. He was paid cash, at the rate agreed, lives in his own bedsit. He said the 'friend' did try to keep his ID card once but he refused and kept it himself.",
  "", "", "")
T("Kalayaan: advice letter to employment solicitor – client worked for a family in Hampstead as a live-in housekeeper for 19 months, was paid nothing at all, 'they said my salary was going to my family in the Philippines' – client's family confirm they received nothing.",
  "WW DEC", "NCW", "D")
T("Barnardo's: 17 yo boy in Exeter, tagged, says the 'elders' make him 'rent' his bank account and phone, money goes in and out, he has no idea how much. He is frightened of them. Possible money mule exploitation.",
  "AV WW", "NCW FA", "C", "high")
T("Hope for Justice: anonymous tip via website – 'Fruit farm near Faversham, workers from Kyrgyzstan on seasonal visas. Each paid £2,000+ to an agent in Bishkek for the job. They're told if they complain they will be sent home and still owe the money.'",
  "DB IT", "UF", "L")
T("Unseen: caller is a hospital chaplain. A man on the ward after a kidney removal operation in Turkey told him he was 'paid for the kidney' but got less than half of what he'd been promised and has been threatened not to tell anyone. He came back to the UK sick.",
  "DEC IT", "FA", "O")
T("Kidney Care UK volunteer note: patient awaiting transplant asked whether she can 'buy a kidney abroad'. Explained this is illegal and dangerous, discussed the paired exchange scheme. Not exploitation, no victim.",
  "", "", "")
T("City Hearts: SU (F, 40, Slovak) says she was married off to a man in Sheffield who her cousin arranged. He took her ID, she cooks and cleans for his whole family, she has no money of her own, and he hits her if the house isn't clean. She doesn't know the address.",
  "RD WW PSV ISO", "DT NCW IS", "D")
T("Medaille Trust: male resident said 'In the factory we work 16 hours. Sometimes two shift together. If you are sick, no money. The boss has a book where he write what we owe.'",
  "EO DB", "LH", "L")
T("Barnardo's: Teacher raised concern: Year 9 girl (13) says she is 'going out with' a 19 year old who picks her up in his car at the school gates. No evidence of anything sexual yet; mum aware and has now stopped it. Monitoring.",
  "", "", "")
T("Hope for Justice: Slovak man, 26, approached staff at a Derby foodbank with a bruised face. Said the man he works for 'hit me because I asked for my money'. He works on building sites, sleeps in the boss's van. Boss has his ID card.",
  "PSV WW RD AC", "PA SW DT", "L")
T("Unseen helpline: caller rang on behalf of a client who is already in the NRM and wants to know about travel expenses for a court appearance. Information given. Nothing further.",
  "", "", "")
T("Refugee support worker note: client (M, Afghan, 17) says a man in Calais 'gave him a lift' for free but says now that he is in England he has to 'work it off' in a barber's in Dewsbury. He's given £20 a week and sleeps on the shop floor.",
  "AV DB WW AC", "SW", "L", "high")
T("Kalayaan: client says 'Sir check my room every night, I am not allowed boyfriend or friends. My phone, he put an app to see my messages.'",
  "ISO", "IS", "D")
T("City Hearts: woman (Nigerian, 27) at our Hull drop-in asking for help with an asylum claim. She says she came to the UK to escape FGM. No exploitation in the UK disclosed. Referred to solicitor.",
  "", "", "")
T("Medaille Trust: 'He put me in the boot of the car when we go to Birmingham so nobody see me.' – resident describing how her trafficker moved her between brothels.",
  "RM", "RMS ET", "S")
T("Barnardo's: Police have found a 15yo girl from Coventry in a Travelodge in Stoke with two adult men after she was missing for 3 days. She has injuries to her wrists. Strategy meeting arranged.",
  "AV PSV", "PA", "S", "high")
T("Hope for Justice: we were asked by a Lincolnshire employer to do training on spotting signs. At their site all workers are directly employed, free transport, free PPE, own accommodation. No concerns raised.",
  "", "", "")
T("Unseen: caller says her Lithuanian neighbour told her he 'must pay the boss £150 a week for the room' in a 3 bed house where 14 men live, and for each day he misses work the boss fines him £50.",
  "WW DB", "OA", "L")
T("Kalayaan: client arrived with only the clothes she was wearing and a plastic bag. She had escaped her employer's house in St John's Wood at 5am when the door was left unlocked. She says she has been there 3 years, always locked in.",
  "RM", "FPE RMS", "D")
T("Medaille Trust: survivor says her pimp 'made me take crack so I would need him' and then 'I had to work to pay for the crack'.",
  "PSV DB AV", "", "S")
T("Barnardo's: boy (14) from Southend has been found in a flat in Ipswich with two adult males and class A drugs. He had been reported missing this morning. He is still at the flat with officers; males detained.",
  "AV", "", "C", "high")
T("Hope for Justice: referral letter to Cleveland Police. Our client, Mr R., was made to sign a 'contract' in Portuguese which he could not read. He believed he was coming to work in a hotel. Instead he was put to work gutting fish on a boat out of Hartlepool for weeks at a time, 20 hours a day, not allowed ashore, paid nothing. The skipper has his seaman's book and passport.",
  "DEC EO RM WW RD AV", "LH RMS DT", "L")
T("Unseen: Caller is worried about a friend whose boss makes him work 50 hours but pays him correctly and he is free to leave. He just hates the job. No MS concerns.",
  "", "", "")
T("City Hearts: client says the gang 'had our bank cards, twelve cards, they go to the cash machine all together on Friday'. She saw the boss's wife with a handful of cards at the Asda ATM.",
  "WW", "MBC NCW", "L")
T("Snowdrop Project: client told us she no longer feels afraid and has decided to move to Leeds to be near a friend. Her trafficker is in prison. Supported her with the move and a college application.",
  "", "", "")
T("Barnardo's ISCTA: 16yo Eritrean boy told his guardian: 'I work for the man in his garage washing cars, he said I must not speak to social worker or he will call immigration and they take me back.'",
  "AV IT", "FA", "L", "high")
T("Medaille Trust: Resident confirmed that while she worked at the hotel, the agency did NOT hold her passport and she was paid properly. The exploitation was in the flat after work, where her 'boyfriend' made her sell sex and took the money.",
  "WW", "NCW", "S")
T("Kalayaan: ODW (Sri Lankan). 'Every day I wake 5 o'clock. Sleep 1 o'clock. 20 hours. Madam shout, she say if I leave she tell police I steal her gold.'",
  "EO IT", "LH", "D")
T("Hope for Justice: man at a Stoke church drop-in said that he had been working at a pallet yard and was paid £3 an hour. He lives with his own family, has his own passport. Referred to HMRC for NMW enforcement. No other indicators.",
  "WW", "", "L", "medium")
T("City Hearts: 'She smelled like she hadn't washed for weeks, her hair was matted and she was so thin' – volunteer describing a Romanian woman brought to the drop-in by a man who said he was her husband and spoke for her. She had no coat in November.",
  "", "PA SFW FPE", "")
T("Unseen: caller says there's 'definitely no slavery' at her salon, 'everyone has their passports and contracts', she just wants a poster for the staff room.",
  "", "", "")
T("Barnardo's: 12 yr old boy told youth worker that his older cousin makes him go into Superdrug in Croydon and steal perfume, and if he doesn't 'he gets punched'. He handed over everything he stole.",
  "AV PSV", "", "C", "high")
T("Medaille Trust: resident (M, 41, Hungarian) says the family he worked for in Peterborough kept him in a shed with no electricity, fed him one meal a day. 'They tell me, without us you are nothing in this country.'",
  "AC AV", "PLC", "L")
T("Hope for Justice: 'We were seven in a Berlingo van every day from Boston to the fields in Norfolk. 2 hours each way. They take £8 each day for this.'",
  "", "CT CE", "L")
T("Kalayaan: client states employer bought her a return ticket 'so she can visit family at Christmas', has never withheld her passport, and she is paid £1,500 a month. Her question is about overtime pay. Not exploitation.",
  "", "", "")
T("Medaille Trust: 'The madam said if I escape, my family in Edo will die because of the oath. I believed her.'",
  "IT", "FA", "S")
T("Barnardo's: Girl (15) from Derby, in care. Staff found texts on her phone from an adult male arranging to collect her and 'take her to meet my boys'. She says she loves him. Police informed, placement locked down tonight.",
  "AV", "", "S", "high")
T("City Hearts: client (M, British, 35) with a learning disability. A man he met at the pub moved into his flat and now 'looks after' his PIP money, uses the flat to sell drugs and tells him to stay in his bedroom when people come round.",
  "AV WW RM", "NCW RMS", "C")
T("Unseen: caller is a Deliveroo rider who says he 'rents' his account from a man for £100 a week. He isn't threatened and keeps his earnings beyond that. Wanted to know if that's illegal. Advised him; no MS concerns.",
  "", "", "")
T("Hope for Justice IMSA note: client has been placed in emergency accommodation (Travelodge) after fleeing; he says the gangmaster has been driving around Spalding looking for him and phoned his wife in Latvia saying 'tell him to come back or else'.",
  "IT", "FA", "L")
