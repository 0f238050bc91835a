# fresh255 part 1: charity intake notes, outreach records, referrals (mostly labour, mixed)
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Hope for Justice – Independent Modern Slavery Advocate intake note. Client (M, 34, Romanian) self-referred
via our helpline after leaving a hand car wash in Stoke. He was recruited in Craiova by a man called 'Sandu' who
promised £80 a day and a room. On arrival he was told he owed £600 for the coach and the 'agency'. He worked
8am-8pm seven days, paid £20 a day 'after the debt'. Five men slept in one room above the wash, mattresses on the
floor, one toilet. Sandu kept his ID card 'for safekeeping'. Client is anxious about police but consents to NRM.
Actions: NRM referral submitted today, MSVCC accommodation requested, Romanian interpreter booked for next session on Thursday.
He has no phone of his own; contact through our office only. Notes shared with the IMSA team leader.""",
  "DEC DB WW EO AC RD", "UF LH OA PLC DT FA", "L")
T("Unseen helpline call log 14:22. Caller (nail bar customer, Luton) says young Vietnamese girl doing her nails looked terrified, never spoke, owner answered every question for her. Girl said 'no money, boss keep' when caller tipped her.",
  "WW", "FA SFW NCW", "L")
T("City Hearts support worker note: SU reports being made to work on a farm near Boston, Lincs, picking brassicas. 'We start 4 in morning, van come, we finish dark. They take £10 each day for the van and £50 for boots and gloves.' He says the gangmaster 'Mr. Dragos' had all their bank cards.",
  "WW EO", "CE CT PPE NCW LH MBC", "L")
T("""Medaille Trust safe house – key worker weekly summary. Resident K (F, 27, Albanian) continues to settle. Disclosed in
session that the man she met online in Tirana ('he said he loved me, we would marry in London') put her in a flat in
Ilford and made her see men every night. He took all the money. When she refused he hit her with a belt and said he
would send the photos to her father. She still has bruises on her back, now fading. Referred to GP. Risk reviewed:
trafficker believed still in London, does not know safe house address.
Plan: continue weekly key-work sessions, support her to attend the GP on Monday and to keep contact with the OIC, DC Marsh.""",
  "DEC PSV IT WW AV", "PA NCW", "S")
T("Barnardo's CSE team referral to Lancashire Constabulary: 14yo female, repeatedly missing from care home in Blackburn, returning in taxis paid by unknown adults, new phone and vapes, older males (20s) seen picking her up in a silver Audi. Worker concerned she is being groomed and sexually exploited.",
  "AV", "ET", "S", "high")
T("Kalayaan advice session: worker (F, Filipina, 41) on Overseas Domestic Worker visa. Employer family in Kensington kept her passport in their safe, she slept on the kitchen floor, worked 6am to midnight looking after 3 children and the house, one half day off a month. Paid £200 a month into the employer's account 'to send home later'. Not allowed out alone.",
  "RD AC EO WW RM", "DT SW LH NCW RMS", "D")
T("Snowdrop Project caseworker: client attended for help with housing; she is a confirmed survivor (positive CG 2022), now has Discretionary Leave. Today's issue is her Universal Credit claim was closed after a missed appointment. Helped her re-apply. No current exploitation concerns.",
  "", "", "")
T("Refugee support drop-in, Sheffield. Man asking for help with Home Office letter, asylum interview next week. Lives in Mears accommodation, says he is fine, wants a solicitor. Signposted to Migrant Help and a legal aid firm.",
  "", "", "")
T("Hope for Justice outreach, Peterborough. Spoke to 3 Lithuanian men outside a factory at 05:15. They said they are dropped in a white Transit (reg seen: YX19 KPV) every morning and collected at 7pm. All live at the same house on Lincoln Rd, 'eleven people, one kitchen'. One said 'the man take our wages, we get 50 a week cash'. Not willing to give names.",
  "WW", "CE OA NCW FA", "L")
T("Unseen: caller is a landlord in Walsall worried about a tenant's household. After checking, all six adults have their own AST tenancies, they pay rent by their own standing orders and work for a local Amazon warehouse via an agency. He just wanted reassurance. No indicators identified.",
  "", "", "")
T("The Salvation Army first responder note: adult male, Polish, found sleeping in a tent near the Hull docks. Says he came for a job that didn't exist ('they told me factory, £400 a week, but no factory'), the recruiter took his ID card and £300 fee and disappeared. He's now street homeless. Referred into NRM with consent.",
  "DEC RD AV", "UF DT", "L")
T("Barnardo's ISCTA (Independent Child Trafficking Guardian) note: 15yo Albanian boy found in a cannabis grow in a house in Swindon. Says he was locked in, food brought twice a week, told his family would be hurt if he ran. 'They say I owe them 12,000 euro for bringing me.'",
  "AV RM IT DB AC", "RMS UF", "C", "high")
T("City Hearts client (F, Nigerian) says her 'madam' in Lagos arranged her travel to the UK with promise of hairdressing work. Juju oath was sworn; she was told she owed £35,000 and was sent to work in flats in Manchester 'with men'. Madam collected all money.",
  "DEC DB IT WW", "UF NCW", "S")
T("""Referral form – Medaille Trust to West Yorkshire Police (MSHT unit).
Name: Mihai P (DOB 03/1991). Nationality: Romanian.
Summary: Client worked at a hand car wash on Leeds Rd, Bradford, Jun–Oct. Told he would earn £60 per day; actually paid
£15-£20 and sometimes nothing ('boss says next week'). Slept in a portakabin on site with 4 others, no heating, used a
hose to wash. Boss (known as 'Ali') shouted, once punched him in the face when he asked for wages. Client has chemical
burns on his hands from the cleaning products – no gloves were provided. Client wishes to give a statement.
Interpreter required (Romanian). Best contact is via his support worker on 07700 900412, weekdays 9-5.
Client would prefer a male officer. He is available any weekday except Wednesday when he attends a college course.""",
  "DEC WW AC PSV", "SW PLC PA", "L")
T("Unseen helpline: anonymous caller thinks neighbours are running a brothel, lots of men coming and going day and night. Asked more questions: two women live there, caller has seen them come and go freely on their own, no sign anyone else involved. Logged as information, advised to call 101 if concerns.",
  "", "", "")
T("hope for justice said to contact you, my brother is in Kent working on building site and the boss has his passport and he is not paid for 2 month. he is scared to call police because boss say they will deport him",
  "RD WW IT", "DT FA", "L")
T("Kalayaan: ODW (Indonesian, 36). States: 'Madam locks the door when she goes out. I cannot go outside. She takes my phone at night. I sleep in the laundry room.' Working from 5am until the family sleeps.",
  "RM ISO AC EO", "RMS IS SW LH", "D")
T("Migrant support group note (Glasgow): client seeking help with a debt to a payday lender and council tax arrears. Works at a hotel, has his own bank account and contract, just struggling with bills. Referred to Citizens Advice money advice.",
  "", "", "")
T("Snowdrop: client discloses that while exploited in a Sheffield house she was 'given drugs to keep me working' by the man who controlled her and made to have sex with his friends. This is historic (2021); she is safe now.",
  "PSV", "", "S")
T("City Hearts outreach note – Grimsby fish processing. Two Bulgarian women approached us at the food bank. Say they are paid via a 'boss' who collects their wages from the agency, takes £70 a week for rent of a shared room with four others and £25 for the minibus. They do not know how much they actually earn. Both have their own ID.",
  "WW", "NCW OA CT", "L")
T("Barnardo's: 16yo boy from Croydon, found in Norwich with £600 cash and 30 wraps of crack in his sock. Refuses to say who gave him the phone. Has a cut on his face he won't explain. Mum reported him missing 4 days ago. Concerns re county lines exploitation.",
  "AV", "PA FA", "C", "high")
T("Hope for Justice: caller worried about uncle who is going to donate a kidney to his own daughter at Guy's. Family just wanted to know if this counts as 'organ trafficking' as a cousin joked about it. Explained it is a lawful living related donation through the NHS. No concerns.",
  "", "", "")
T("Unseen app report: 'men in hi-vis picked up at the Tesco car park Dudley every morning at 5 by a minibus, same ones every day, look shattered, one had a black eye'",
  "", "CE PA", "L")
T("""Medaille Trust – exit interview note. Resident (M, 45, Slovak) leaving safe house to own tenancy. Recap of exploitation:
brought to the UK in 2019 by a family group, told he would work in a factory. Instead worked on block paving jobs
for the family across the Midlands for 3 years, unpaid except 'pocket money' £10 a week, slept in a caravan with no
water, was beaten if he 'worked slowly'. He has alcohol dependency which the family fed (they gave him cider every
night). Family held his ID card and his bank card. He is now sober 7 months.
He has been linked with a local AA group and starts a housing association tenancy in Nuneaton next Monday. Case closing with a 3-month check-in.""",
  "DEC WW AC PSV RD AV", "PLC DT NCW", "L")
T("Kalayaan caseworker: client is a nanny for a family in Chelsea, she wanted advice on her right to change employer. She has her own passport, a written contract, gets paid NMW into her own account and has weekends off. She just wants to move to a family closer to her friends. Explained ODW rules.",
  "", "", "")
T("Refugee Council caseworker: young Eritrean man, 19, says smugglers in Libya held him in a warehouse for months and demanded $3,000 from his family; he was beaten. Now in UK, in a hotel in Wakefield. Currently not working; no UK exploitation. Worried about his family who still owe money.",
  "PSV RM DB", "RMS", "")
T("Barnardo's: 13 yo girl, disclosed to school nurse that 'my boyfriend' (21) takes her to parties where she has to 'be nice' to his mates and he gives her vodka and weed first. She says he said he'd leave her if she didn't.",
  "AV PSV IT", "", "S", "high")
T("Hope for Justice referral: Polish male (52), learning difficulty, lived for 6 years with a family in Tipton who claimed his benefits and had his bank card. He did all their housework and gardening, slept in the shed. They told him 'nobody else will have you'.",
  "AV WW AC", "NCW SW PLC", "D")
T("Unseen call: woman says her friend from Vietnam is in a house in Bristol and not allowed to leave, they are growing 'plants'. Friend messaged on Facebook 'help me, they lock door, I not know where I am'. Friend's last message was 20 minutes ago.",
  "RM ISO", "RMS IS", "C", "immediate")
T("City Hearts caseworker: client's query today is about an asylum appeal and her hostel place ending. Exploitation ended 2020 (positive CG). Drafted letter to the local authority housing team. No new concerns.",
  "", "", "")
T("Medaille Trust support note: resident says his old boss in Northampton 'kept making the debt bigger' – rent, food, fines for being late – 'every week I owe more, never finish'.",
  "DB", "", "L")
T("Kalayaan: client says employer's wife slapped her several times and pulled her hair. Phone was taken on arrival in London. Employer holds her passport. She escaped while the family were at the mosque and came to us with a carrier bag of clothes.",
  "PSV ISO RD", "IS DT FPE", "D")
T("Snowdrop Project weekly catch-up: client attended college, enjoyed her ESOL class. Concern raised about a man who has been messaging her saying he can get her 'good job in a salon, cash in hand, room included'. She hasn't replied. Safety plan reviewed.",
  "", "", "")
T("Barnardo's: worker observed 17yo male being dropped at the project by a man in a black BMW (LK68 RFO) who answered all questions for him and refused to let staff speak to him alone. YP looked unwashed, wearing the same tracksuit as last three visits.",
  "AV", "SFW PA ET", "", "high")
T("Hope for Justice: victim account (translated from Romanian by interpreter): 'They said we go to England, big warehouse, good money. We sleep twelve people in three rooms. Every Friday the man give us twenty pounds. He say the rest is for the house and the debt. If you complain he say he call police and you go to prison.'",
  "DEC WW DB IT", "OA NCW", "L")
T("Unseen helpline: car wash worker rang himself, said he is paid £40 a day, which he agreed, and goes home to his own flat each night. He wants to know about holiday pay. Passed to ACAS. No MS indicators.",
  "", "", "")
T("Salvation Army outreach van, Birmingham. Homeless man (Latvian) says a man at the soup run offered him 'work and a bed'. He had heard stories of people being taken to farms and not paid so he said no. No exploitation occurred.",
  "", "", "")
T("City Hearts: survivor says in the cannabis factory in Oldham 'the windows were covered, door locked from outside, I sleep on floor next to the plants, the lights on all the time, hot, I cannot breathe good'.",
  "RM AC", "RMS SW PLC", "C")
T("""Barnardo's Child Trafficking Advice Centre – case consultation note.
YP: 'A', 16, Vietnamese, arrived by lorry into Kent, placed in foster care, went missing after 48 hrs. Found 3 weeks
later in a nail bar in Reading during a joint visit (TVP/Immigration Enforcement). The manager claimed A was her
'niece' visiting and spoke for her throughout. A has a large debt to the people who brought her (she says 'many
thousand') and said they will hurt her mother in Nghe An if she does not pay. She has no phone and did not know the
name of the town. Recommend NRM (no consent needed, child), ICTG allocation, and placement away from the area.
Consultation attended by the LA social worker, a TVP DS and the CTAC practitioner; actions to be reviewed in ten days.""",
  "AV DB IT ISO", "SFW IS UF", "L", "high")
T("Kalayaan: client's employer in Knightsbridge paid her £150 a month instead of the £1,200 written in her visa contract and says the difference covers her food and the flight.",
  "WW DEC", "", "D")
T("Hope for Justice: man in a Sheffield hostel says he has been 'renting his bank account' to a man who pays him £50 a time to let money go through it. He wasn't forced, it was his idea for cash, but now the man says he'll hurt him if he closes the account.",
  "IT", "", "C")
T("Migrant Help caseworker: family of 5 in asylum accommodation in Cardiff complaining of damp and mould and a broken boiler. Raised with provider. No exploitation, no work being done.",
  "", "", "")
T("Unseen: caller, a delivery driver, says at a farm in Herefordshire he saw workers living in old caravans with tarpaulin on the roofs and no toilets, rubbish everywhere. He asked one worker how they are paid and he said 'the boss gives cash when he wants'.",
  "AC WW", "PLC NCW", "L")
T("Snowdrop: client received letter from DWP about an overpayment of £1,450. She is upset and worried. Supported her to request a mandatory reconsideration. Not exploitation related.",
  "", "", "")
T("City Hearts: client describes being forced to beg outside Sainsbury's in Leicester city centre every day by his 'cousin', who took all the coins at night. If he came back with less than £50 he got no food.",
  "WW AC", "NCW", "C")
T("Medaille Trust: resident (F, 30, Thai) explained that the agent in Bangkok charged her 300,000 baht for a 'massage job' in London. She was put in a flat in Southampton and advertised on an adult website. She was told she could leave when the debt was paid; it never got smaller.",
  "DEC DB", "UF", "S")
T("Barnardo's: two brothers (12 and 14) seen regularly at a shop in Rotherham late at night, older men giving them cash and bags to deliver. School reports they're exhausted and missing lessons. Possible CCE.",
  "AV", "", "C", "high")
T("Kalayaan: query from a British family wanting to employ a live-in carer lawfully, asked about minimum wage and accommodation offset. Advised them. No concerns.",
  "", "", "")
T("""Hope for Justice – letter to Home Office (advocacy) re: Mr. T. (Vietnamese national)
We write in support of Mr T's request for a reconsideration of his negative Reasonable Grounds decision. Mr T has
consistently described being brought to the UK on the promise of work in a restaurant, then held in a property in
Coventry where he tended cannabis plants. His account includes being locked inside with the windows boarded, being
beaten when plants died, and being told that if he ran away the gang would kill his parents who had borrowed money
for his journey. His fear of the police and of being returned is evident in every meeting; he would not give his
account at all for the first two sessions. He presents with poor weight and scars on his forearms.""",
  "DEC RM PSV IT DB AV AC", "RMS FA PA", "C")
T("Unseen: agency worker says the site foreman makes them pay £40 for the CSCS card course and £30 for boots and a hat out of their first wages. They get the rest. He's not sure if that's allowed.",
  "WW", "PPE UF", "L")
T("Refugee support group, Bolton: a volunteer noticed a regular attendee (M, Sudanese) now has a new job at a takeaway, 'boss lets me sleep in the back of the shop'. Works '12 hour, every day'. Paid £100 a week cash.",
  "AC EO WW AV", "SW LH", "L")
T("Barnardo's: YP 15 says 'they made me hold it, they said if I lose the package I owe them £2k, now I owe them and have to keep going'.",
  "AV DB", "", "C", "high")
T("City Hearts: client attended for help with a council housing application. She mentioned that her flatmate works at a nail bar long hours, but by her own choice and she earns decent money and has days off. No concerns for the flatmate.",
  "", "", "")
T("Hope for Justice: referral from a GP practice in Boston. Patient (M, 28, Lithuanian) presented with a hand injury from a packing machine; came with a man who translated and wouldn't leave the room. Patient looked thin and very tired and said he works 'all day every day'. When man stepped out, patient said 'he has my passport'.",
  "RD EO", "SFW PA LH DT", "L")
T("Medaille Trust: resident says that during her exploitation 'I didn't know what city I was in, they moved us every week, Leeds, Newcastle, Bradford, I only see the inside of flats'.",
  "ISO", "IS", "S")
T("Kalayaan: domestic worker in a diplomatic household says she has 'never had a day off in two years'. Works from 6am till late, 'always on call, if baby cries at 3am I go'.",
  "EO", "LH", "D")
T("Unseen: caller says a man keeps approaching Romanian women outside the job centre in Harrow offering 'cleaning work in hotels with free flat'. Caller thinks it's a scam to traffic them. No known victim yet.",
  "", "", "")
T("Migrant support drop-in, Newport. Man came in with questions about his EU Settled Status. He has pre-settled status, works in a meat plant through an agency, has payslips. Helped him with the online application. No exploitation.",
  "", "", "")
T("City Hearts: survivor says the gang put her in a flat with 'eight other girls, two bedroom', and they were only allowed out to go to the hotel jobs and always someone drove them.",
  "RM", "OA RMS ET", "S")
T("Barnardo's: 10 yr old boy living with 'aunt' in Leeds, not registered at school, neighbours see him carrying shopping and cleaning windows, doesn't play out. Aunt says he is visiting. Referral to children's services for possible domestic servitude/private fostering.",
  "AV ISO", "IS", "D", "high")
T("Hope for Justice outreach note: we visited a caravan site near Evesham. Pickers had their own caravans provided by the farm at £50 per week, clean, with showers, contracts with the farm, payslips. Said they were happy. No indicators.",
  "", "", "")
T("Unseen: 'my cousin went to work in a kitchen in Harrogate through a man from our village, she now says she can't come home because she owes him for the ticket and he takes her salary to pay it'",
  "DB WW", "UF NCW", "L")
T("Salvation Army: client has a kidney transplant scar and says a man in Pakistan paid him 200,000 rupees for his kidney, but promised 500,000, and he was told he'd be 'looked after'. He came to UK later on a student visa. He is not being exploited in the UK.",
  "DEC AV", "", "O")
T("Medaille Trust: 'The boss took our phones when we arrived. He gave them back on Sunday for one hour to call our families, and he stood there listening.'",
  "ISO", "IS", "L")
T("Kalayaan: client says she was allowed out to the shop only with the driver, who waited outside and reported back to madam.",
  "RM", "RMS ET", "D")
T("Barnardo's: girl 15 found at a hotel in Bournemouth with a 34 yr old man, she had been missing 2 days. Police attended. Hotel staff had noticed she looked young and frightened.",
  "AV", "FA", "S", "high")
T("Hope for Justice: warehouse worker says an 'agent' holds all 14 workers' bank cards and PINs in a shoebox at the house on Cromwell St, Kettering, and withdraws the wages each Friday.",
  "WW", "MBC NCW OA", "L")
T("City Hearts: client (M, 60, British) struggling with rent arrears and a bailiff letter, lives alone, works part time as a cleaner for the council. Wanted help budgeting. No exploitation.",
  "", "", "")
T("Unseen helpline: male caller distressed, says 'they are outside now, they said they will break my legs tonight because I left the car wash, I'm hiding in the toilets at Preston bus station'.",
  "IT", "FA", "L", "immediate")
T("Snowdrop: client's former trafficker has been messaging her again on WhatsApp saying 'you still owe me, I know where your sister lives'. Police informed (ref 14/88213/24).",
  "IT DB", "", "S")
T("Barnardo's: YP (17) says he used to sell weed for older lads at school but 'it was my choice, nobody made me, I stopped'. Now at college. Worker satisfied no current exploitation.",
  "", "", "")
T("Hope for Justice: agency worker at a food factory near Wisbech says they do 12 hour nights but get paid for every hour, overtime is optional and they have their own accommodation. He called about a pay slip error. No exploitation.",
  "", "", "")
T("Medaille Trust: resident says the men in the brick-paving gang were forced to drink vodka every evening 'so we don't run', and the boss's sons would beat them with a shovel handle.",
  "PSV", "", "L")
T("City Hearts: outreach on Anlaby Rd, Hull. Woman on the street said she sells sex to fund her own habit, no one takes her money, she lives in her own flat. Offered harm reduction and a support worker.",
  "", "", "")
T("Unseen: caller works at a Costa and says a man brings in four young women every morning at 6am, orders for them, they never speak, he holds all their phones on the table.",
  "ISO", "SFW IS ET", "")
