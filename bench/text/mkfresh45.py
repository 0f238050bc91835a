# Hand-written labelled texts for the Sightline indicator detector (set fresh45).
# Each R(...) holds one hand-written text and its labels. Short codes are expanded below.
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ce="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
ROWS = []
def R(text, ind="", sig="", typ="", risk=None):
    i = [IND[x] for x in ind.split()]
    s = [SIG[x] for x in sig.split()]
    t = [TYP[x] for x in typ.split()]
    if risk is None:
        if ("PV" in ind.split() or "S" in typ.split() or ("IT" in ind.split() and "RM" in ind.split())
                or len(i) >= 3):
            risk = "high"
        elif i or t:
            risk = "medium"
        else:
            risk = "low"
    ROWS.append((text, i, s, t, risk))
R("INT suggests males working at hand car wash on Station Rd BRADFORD have their wages paid into one account run by POI Arben KOLA (DOB 03/04/1986). Workers get cash 'pocket money' of approx £30 p/w. 2/B/P",
  "WW", "ncw", "L")
R("theres girls at the nail place on the high st there from 8 in the morning till gone 10 at nite every single day even sundays, never seen them have a day off", "EO", "lh", "L")
R("Client (Eritrean male, 24) says the man who arranged his crossing from Libya tells him he still owes £4,000 and must keep working at the car wash until it is cleared. He says the figure goes up whenever he is off sick.",
  "DB", "", "L")
R("In Vietnam they say to me job in restaurant kitchen, 1500 pound a month, good boss. When I arrive England they drive me to house and I must look after plants. Only later I understand it is cannabis.",
  "DE", "", "C")
R("101 call. Caller at 3 Alder Close reports neighbouring house has blacked-out windows, heavy cannabis smell, a padlock fitted to the OUTSIDE of the front door and she can hear someone moving about inside right now. Nobody has come out in days.",
  "RM", "rm", "C", "immediate")
R("Pt 17yo F attended with older male (~30) describing himself as boyfriend, who answered all questions. Pt disclosed privately that she 'has to see his mates' to pay back the phone and hotel rooms he paid for.",
  "AV DB", "sfw", "S", "high")
R("IP states her employer at the laundry has kept her passport 'for safe keeping' since she started and will not give it back when asked. 1/A/P", "RD", "dt", "L")
R("Kalayaan note: Filipina domestic worker with a Kensington family. Sleeps on a mat on the kitchen floor, works from 6am until the family go to bed around midnight, no day off in eleven months.",
  "EO AC", "lh sw plc", "D")
R("GLAA visit to hand car wash, Leeds Rd. Six workers present, all with written contracts, payslips seen, paid at or above NMW into their own bank accounts. Manager cooperative, workers spoke to officers alone and freely. No concerns identified.")
R("loads of blokes live in the house next door like 8 of them i think there builders from the site up the road, vans come and go all hours. prob nothing but thought id say", "", "oc")
R("Student (Chinese national, 20) attended front counter to report her passport lost on a night out in Manchester. No third party involvement. Advised to contact her embassy. Crime ref not issued, lost property logged.")
R("""Border Force, Birmingham Airport, arrivals. Female (Nigerian, 29) arriving on a visit visa from Lagos, travelling alone.

Selected for further questions because her return ticket was in a different name from the booking. The error was made by her travel agent and a corrected ticket was produced. She is visiting her sister, a nurse in Wolverhampton, for her niece's christening; the sister was phoned and confirmed. She has her own passport, phone, £800 in cash and a hotel booking for the first two nights.

Asked whether anyone had offered her work in the UK or paid for her travel, she said no and showed her own bank statement for the flight. No trafficking indicators. Admitted.""")
R("Mum phoned school worried that Tyler (14) keeps going missing overnight and has come back with £300 cash and a second phone. He told a friend he 'runs for Dee' and has been to Southend twice this month.",
  "AV", "", "C", "high")
R("Worker (Polish, 41) injured his hand in a press at the packhouse in Spalding. Employer called ambulance, RIDDOR report made, worker being paid sick pay by the agency. He lives in his own rented flat. No exploitation concerns.")
R("She says that the woman who brought her from Lagos told her juju had been done and that if she talks to anyone her mother in Benin will die.", "IT", "", "S", "high")
R("Man at the big farm near our village works sun up to sun down in the fields 7 days, sleeps in a caravan with no water or toilet, he looks really thin and his clothes are in rags",
  "EO AC", "lh plc pa", "L")
R("Cafe owner works 70 hours a week in her own business and her two teenage kids help out at weekends for pocket money. Council food hygiene visit only. No concerns.")
R("Officers executed warrant at flat 4, 22 Canal St. Two females found, both adults, both say they work independently, advertise themselves, keep all their money and live elsewhere. No indicators of control. NFA re trafficking.")
R("Intel: POI Ion BALAN (ROM) drives 12-14 ROM nationals from a HOUSE in Wisbech to a packhouse at 04:30 daily and collects them after 21:00. Each is charged £10 a day for the ride, taken from wages. 2/C/P",
  "WW", "ce ct et ncw", "L")
R("I was told I would be a nanny for a family in Doha and travel with them to London. In London I was the cleaner, the cook and the nanny and I was never allowed to go out of the house alone. Madam kept my passport in her bedroom.",
  "DE RM RD", "rm dt", "D")
R("A&E: male approx 30s, Albanian speaking, laceration to forearm from a blade. Man who brought him in would not leave his side and refused an interpreter. Pt appeared frightened, would not give address. Left before treatment completed with the same man.",
  "", "sfw fa pa", "")
R("Bank alert: 27 debit cards in different names used at the same ATM on Green Lane between 02:00 and 02:40 on one night. Accounts opened in the last six weeks, all receiving wages from the same recruitment agency.",
  "", "mbc", "")
R("Au pair (Spanish, 19) reports host family changed her hours without notice and she has had to babysit three evenings this week. She has her own room, keeps her passport and phone, is paid weekly and says she may look for another family. Advice given.")
R("Nom MORRIS, Kyle is cuckooing the address of a vulnerable female with a heroin addiction at 12 Reed Ct. Nom supplies her drugs and uses the flat to deal from. 2/B/P", "AV", "", "C")
R("Two lads came to our door asking for work, said they were Slovak and had been doing labouring for cash. They looked fine, had a car and a phone each. Just wanted to report it as I wasnt sure if they were allowed to work here.")
R("Immigration Enforcement visit to takeaway: one worker found with no right to work. Worker says he came on a visit visa and overstayed, was paid £9 an hour in cash, rents his own room, and keeps his passport. Civil penalty for employer. No trafficking indicators.")
R("She says the agency took £1,200 from her in Romania for the job and the travel, she paid this before she came. Here she is paid properly every week and lives where she wants.", "", "uf")
R("Victim states CHAUDHRY slapped him across the face and kicked him in the ribs in front of the other kitchen staff when he broke a plate. Injury to ribs seen by OIC.", "PV", "pa", "L", "high")
R("Salvation Army caseworker: client says that for two years she cared for the elderly father of the family in Leicester, day and night, and was never given any money. They said her wages were being saved for her, and she never saw them.",
  "WW EO", "lh", "D")
R("GLAA inspection of labour provider: workers charged £35 for hi-vis, boots and gloves on first day, deducted from first wage. Workers otherwise paid correctly and free to leave. Licence condition breach raised.",
  "", "ppe")
R("999: female says she is locked in a bedroom in a flat above the shops on Market St, a man took her phone but she had a second one hidden. She says men are coming tonight. Operator hears crying.",
  "RM IS", "rm iso", "S", "immediate")
R("Pt (Nigerian, 23) attended antenatal booking alone, good English, living with husband and his family in Croydon, says she is happy and well supported. Routine DV enquiry negative. No concerns.")
R("My uncle is a bit of a tyrant and makes all of us work in his shop but we get paid and we all want to be there honestly, someone from school rang the police about it which was embarrassing")
R("INT suggests POI 'GAZZA' is using a 15yr old male from HAVERHILL to run crack and heroin to users in Ipswich. Youth seen at train station 23:00 on a school night. 3/C/C - not to be disclosed to partner agencies without OIC authority.",
  "AV", "", "C", "high")
R("Two Vietnamese teenage girls found working in nail bar at 21:30. Manager said they were his nieces, but neither knew his name. Both say they sleep in the back room of the salon.", "AV", "sw", "L", "high")
R("The man kept saying his cousin would make me famous as a model. In London there were no photographs. There was a flat and men every night. He said I cannot leave until I pay the £8,000 for the flight and the flat.",
  "DE DB", "", "S")
R("Neighbour complaint: couple next door argue every weekend, loud music, police called before. No children in the house. Referred to council ASB team.")
R("Welfare check requested by a friend for a Romanian woman who works at a hotel. Officers attended, she answered the door with her own keys, says she is fine and just lost her phone. Her passport was on the table. No further action.")
R("Fishing vessel inspection, Newlyn: Ghanaian crew member says he works 20 hours a day when at sea, the skipper holds all crew passports on board, and he was told he would be paid $1,200 a month but has received $300 in seven months.",
  "EO RD DE WW", "lh dt", "L")
R("Taxi driver reports he picks up the same 4 or 5 women from a house in Luton every morning at 5 and drives them to a warehouse, always paid by the same man who comes with them and does all the talking.",
  "", "ce sfw et", "")
R("Report via app: the car wash by the roundabout pays them lads about £40 a day for 10 hours i reckon thats disgusting, they should be on minimum wage. they all drive themselves in though")
R("Male (Sudanese, 30) arrived in UK by small boat, paid smugglers in Calais $2,000 upfront. On arrival, processed at Western Jet Foil, now in asylum hotel, no contact with smugglers since and no money owed. Not a trafficking case.")
R("Debrief. I worked in a factory in Leicester sewing, 12 hours, the boss say if I complain he will call the immigration and they will put me in jail. So I never complained.",
  "IT", "fa lh", "L")
R("IP is 52 yo with a learning disability. Travellers on a site near Newark took him in a van and made him lay tarmac for them; he was given cider and tobacco and nothing else.",
  "AV WW", "", "L")
R("Probation note: service user says former employer at building site 'messed him around' with his last pay packet, paid it two weeks late. Issue now resolved and he has been paid in full. Not an exploitation matter.")
R("We have found out our daughter (16) has been selling sex through a website, we think a man called Jay sets up the bookings and takes the money. She says she loves him.", "AV WW", "ncw", "S", "high")
R("Midwife note: woman (Chinese, 28) attended with interpreter. Says she shares a two-bed flat with her husband, his parents and their two children. Flat clean, she is registered with GP, attends all appointments alone. No concerns.")
R("INT: nail bar on Queen St COVENTRY - staff are all Vietnamese and appear to be collected by a silver Ford Galaxy at 22:00 each night. No further detail. 3/D/P", "", "ce")
R("Man sitting begging outside Tesco every day, dropped off in a car in the morning and picked up at night by the same bloke who takes the cup off him", "WW", "ce ncw", "C")
R("ok so my mate works at the pizza place and says the owner is a total nightmare, shouts at them and makes them do 12hr shifts sometimes but they get paid overtime, she is gonna leave anyway")
R("Border Force, LHR T4: female (Indian, 34) travelling to work as domestic worker for diplomat. Holds her own passport and contract, knows address and employer name, has UK contact number for helpline given. No concerns at this stage.")
R("I cannot go back to Albania. The men there say I owe them for the lorry and if I don't pay they will hurt my little brother. That is why I stay working in the grow house.",
  "DB IT", "", "C")
R("Council licensing: HMO at 14 Brook Rd has 11 occupants, licence is for 6. Occupants are Bulgarian men working for a local recycling firm who arranged the tenancy, deduct rent from wages and drive them to work.",
  "AC", "oc ct et", "L")
R("Caller reports a man in his 70s who she believes is being financially abused by his nephew, who has taken over his pension and bank cards. Adult safeguarding referral made.", "", "ncw")
R("He said the job on the building site was £80 a day. When I came it was £20 a day and he said the rest goes for the room and the food.", "DE WW", "", "L")
R("A man on the boat hit me with a rope every day if I was slow. I have marks on my back still.", "PV", "pa", "L", "high")
R("Kidney transplant patient (54) attended renal clinic for post-op review. Donor was his sister. Routine follow-up, no concerns.")
R("The people who brought me to UK said a man in Birmingham will pay good money for one of my kidneys and this would pay the debt. They took me to a clinic to have tests of my blood.",
  "DB", "", "O")
R("POI PETROV (BGR) seen at Western Union sending money on behalf of 7 workers from the recycling plant; workers hand him cash each Friday. 2/B/P. NB workers said they choose to use him as he has a cheaper rate.")
R("Tiny little nail bar, three girls working, always cheerful, I chat with them every week. They go on holiday, they have boyfriends. I only say this because my friend thinks it's 'trafficking' but I really don't think so.")
R("Debrief (via interpreter): she says she was never allowed to use the telephone and that she did not know the name of the town where the house was.", "IS", "iso", "")
R("She reports that the owner of the takeaway took away her phone when she arrived and she has had no contact with her family in China for four months.", "IS", "iso", "L")
R("Report to MSHelpline: a Polish man in his 50s sleeps in the farm barn next to the machinery and eats what he can find, the farmer says he can stay there as long as he works.",
  "AC", "sw plc", "L")
R("Police log: IP (ROM, 19) reports her boyfriend hit her after an argument about his ex. No suggestion of sex work, labour or money being taken. DASH completed - medium. Arrest made for ABH.")
R("Unseen helpline: caller says her brother in Sheffield works for a Pakistani family in their house, cleaning and looking after children, and is not allowed out of the house without one of them with him. She has not been able to speak to him alone in a year.",
  "RM IS", "rm iso", "D", "high")
R("Male (Albanian, 18) arrested in a cannabis factory, bedroom had a mattress and a bucket. Says he sleeps there, does not know the address and had not been outside in six weeks. He owns nothing but the clothes he was wearing.",
  "AC IS RM", "sw plc iso rm fpe", "C")
R("Hotel housekeeping manager rang: one of the agency cleaners, a young Romanian woman, always looks exhausted, arrives at 6am and seems to be at another job until late. She says she is saving for a house. Agency confirms she is paid directly to her own bank. No indicators.")
R("INT: POI SHEHU, Dritan (ALB) - alleged to run brothels in Bristol and Cardiff, moving women between pop-up flats every week so they cannot get to know the area. 2/C/P", "IS", "iso", "S")
R("There's a woman at the flat across from me who gets men visiting all day, about 10 a day. I don't know if she's being forced, she seems fine when I see her at the shops.", "", "", "S")
R("""Witness statement (extract). I am the manager of the tyre shop next door to the hand car wash on Parsonage Rd and have worked here six years.

On Tuesday at about 4pm I heard shouting and went outside. I saw the man I know as 'Bash', who I believe runs the car wash, holding one of the workers, a young lad in a grey hoodie, against the wall by his throat. He then hit him twice in the face with his fist. The lad's nose was bleeding. Bash shouted something in a language I don't understand and pointed at the cars, and the lad went back to washing cars with blood on his face.

I have seen the workers there before but I do not know where they live or what they are paid. I have never spoken to them as they don't seem to speak much English.""",
  "PV", "pa", "L")
R("Adult social care referral: Mr D (38, autism) has been living with a 'friend' who has his bank card and gives him £10 a week from his benefits. No work involved.", "", "ncw")
R("Caseworker: client says she was recruited online to work as a carer in a care home in Kent. She paid £3,500 to the recruiter for the certificate of sponsorship. On arrival there was no job and she was told to go and find one.",
  "DE", "uf", "L")
R("I working in restaurant kitchen. Not much money, £1,000 month for 50 hour. But I have my room with my wife, my passport, I can leave any time. I just want better pay.")
R("Press: A couple from Hertfordshire have been jailed for keeping a vulnerable man in a shed at the bottom of their garden for 13 years and making him do gardening and building work for nothing.",
  "AV AC WW", "plc", "L")
R("School DSL referral: Year 10 girl seen getting into different cars after school; older girls at school say she is 'being passed round' at parties for older men. She has unexplained gifts.",
  "AV", "", "S", "high")
R("INT: POI GJONI is alleged to hold the passports of 4 ALB males working at a car wash in Slough. Source states passports are kept in a safe in the office cabin. 2/B/P", "RD", "dt", "L")
R("Officer handover: attended 19 Birch Way re concern for welfare of an elderly Indian woman living with her son's family. Seen alone with interpreter, happy, has own room, goes to temple daily. No concerns.")
R("Vietnamese male, 16, found in back of lorry at Dover. Says he was told he would go to school and work in a restaurant. He has the phone number of a man in London he must call.",
  "AV DE", "", "", "high")
R("Anonymous: some young lads at the barbers on Holloway Rd seem to work every hour god sends but i dont know much about it", "", "lh")
R("Packhouse manager in Herefordshire called to ask advice: a new worker from agency arrived saying he paid £500 to a man in Romania to get the job. Manager has reported the agency to GLAA. The worker is now paid directly and is happy.",
  "", "uf")
R("Girl (15) found at hotel in Rochdale with two adult men. Staff called police. She was drunk and had bruises on her arms.", "AV PV", "pa", "S", "immediate")
R("She says that the man who took her to Italy and then England is her 'husband' and that she gave him all the money from the clients. If she held back anything he beat her.",
  "WW PV", "ncw", "S")
R("Report: van drops off about 10 people each morning at the salad factory and the same man collects them. Factory says they come via an agency with a GLAA licence and it all checks out.",
  "", "et")
R("Male (Slovak, 45) says he was brought here by his cousin to work in a car wash and has to pay back £1,500 for the bus, rent and food. Each week his wage is £150 and £150 is taken off, so the debt never gets smaller.",
  "DB WW", "ncw", "L")
R("Caller reports a 'strange' house where about 6 Chinese men live and leave each morning in a minibus. Officers visited: workers at a local restaurant chain, own tenancy, own transport, seemed relaxed. No further concerns.")
R("INT: Albanian nationals working in cannabis grows in Kent are told that if they run the gang will find their families in Kukes. 2/C/P", "IT", "", "C")
R("Chambermaid at hotel says the agency pays her in cash and some weeks it is less than she expected, but it comes every Friday and she has her own bank account. She is considering another job.")
R("Witness: I saw a man walk three Romanian girls from the flat to the shop and back each day, never let them go alone. They don't speak to anyone.", "RM", "rm et", "")
R("Slovak family of seven living in a three-bed house in Peterborough, all adults working in different jobs, rent in the father's name. Neighbour reported overcrowding. Council visited: adequate, no exploitation.")
R("Debrief: I am from Sudan. In Libya they kept us in a warehouse and they beat us to call family for money. In UK I am free, I live in hotel with asylum.", "PV", "", "", "high")
R("The manager of the recycling plant makes us work 16 hours and if we sit down he says we will lose the job. Nobody gets a day off.", "EO IT", "lh", "L")
R("TikTok account reported: user posts videos of cash, designer clothes, and offers 'easy money' to teenage girls who DM. Intelligence submitted, no identified victims at this time.")
R("Bank FCU: account of a 19yo student has received 14 payments from unknown sources and immediately transferred out. Student interviewed, says someone on Instagram offered £500 to 'borrow' his account. He is not under pressure or threatened. Money mule warning issued.")
R("Nurse in care home (Indian, 29) states she was told the salary was £27,000, but she gets £1,000 a month after the company take 'fees' and 'accommodation', and if she leaves before 3 years she must pay £10,000.",
  "DE WW DB", "", "L")
R("Woman (Thai, 35) reports that she is working in a massage parlour, she is happy with the job, takes 60% and keeps her own money, has visa to work. Came to police about a stolen handbag.")
R("Concern for welfare: a girl aged about 12 from the Roma family at 7 Kings Rd is out begging on the high street every day instead of school, the adults take the money.",
  "AV WW", "ncw", "C", "high")
R("He brought me from Ghana as his wife. I clean his house and look after his mother. He hits me and says I am nothing without him, I cannot go out.", "PV RM", "rm", "D")
R("Employer phoned to report that a worker (Lithuanian, 26) has not turned up for 3 days. He was paid up to date and left his belongings. Police checked, he has gone back home. No concerns.")
R("GLAA: worker states he was asked to pay for the minibus to the farm, £8 per day, and it is taken from his pay. Other than that he is happy, gets his own payslip.", "", "ct")
R("Public report: the lads at the car wash by the Shell garage live upstairs above the office, I think 6 or 7 of them in one room, and the boss takes their wages to 'pay the rent'. One of them told me he cant leave till his debt is paid.",
  "AC WW DB", "oc ncw", "L")
R("INT: ROM females at address 9 Hope St LUTON are advertised on AdultWork under different names; source states 'Marius' holds the bank cards for all of them. 2/B/P", "WW", "ncw mbc", "S")
R("No evidence that the workers were prevented from leaving. All had keys, phones and passports. Pay was below NMW and has been referred to HMRC.")
R("IP says he did the work on the extension for three weeks and the builder still owes him £900. He has since found another job and is pursuing it through ACAS. He is free to come and go and has his documents.")
R("Safeguarding (adults): woman with mild learning disability is being made to clean and cook for her brother's household and his friends every day, she is not allowed out alone and receives no money. Brother holds her benefits card.",
  "AV RM WW", "rm ncw", "D")
R("Teacher: Year 8 boy told me he helps in his dad's shop after school until 8pm and on Saturdays. Dad picks him up, boy is well cared for, attendance good. Discussed with DSL - no concerns, normal family business.")
R("POI NGUYEN Van Thanh - believed to be 'house sitter' in a cannabis grow in Hull. 3/C/P. Nil further.", "", "", "C")
R("He said the £6,000 for the journey would be 'paid off in a few months' at the car wash. After a year he told me it was now £9,000 because of interest.", "DB", "", "L")
R("The men who run the house say the boss has cameras in every room and knows everything we do. They showed us a video on a phone of a man being beaten, they said this is what happens to people who talk.",
  "IT", "", "")
R("Victim (Vietnamese, 15) states: 'I cannot go out. The door is always locked and the windows are nailed.' Found in a loft cannabis grow during warrant.", "AV RM", "rm", "C", "high")
R("Caller wants to complain that her Polish cleaner is 'probably illegal' and 'probably trafficked' because she has an accent. Cleaner spoken to: EU settled status, own business, own van. Malicious report, NFA.")
R("Helpline caller says a friend working as an au pair for a family in Surrey is expected to clean the house all day, has not been paid for two months, and the mother says she'll get it 'when she goes home'.",
  "WW", "", "D")
R("GLAA compliance: labour provider supplying pickers to a soft-fruit farm. Caravans inspected, clean, 4 per caravan, rent at accommodation offset level, workers hold their own documents. Hours 40-48 p/w. Compliant.")
R("Pakistani male, 22, on student visa working 40 hrs a week at a takeaway in breach of his visa conditions. He says he chose the hours to send money home. Paid cash by the hour. Immigration matter only.")
R("Police log: reported rape at a party, victim 19, suspect known to her. No suggestion of sexual exploitation or payment. Investigation ongoing under CID.")
R("I cannot say where the house is. They bring me in a van with no windows and bring me back in the night. I never see the name of the street.", "IS", "iso et ce", "")
R("OIC update: IP confirmed her passport was kept by her 'agent' Mrs OKAFOR, and she has now got it back after police attended. NRM referral made with consent.", "RD", "dt", "")
R("Concern raised by GP: patient (Romanian, 31) came to surgery with a man who holds all her appointment letters and speaks for her. He says he is her husband. When seen alone she said she was OK but looked scared and would not say more.",
  "", "sfw fa")
R("Ring doorbell footage shows men being dropped at the car wash at 6am and picked up at 11pm. 7 days a week.", "EO", "ce lh", "L")
R("Slovak Roma family: 14 people in a 3-bed house, all family members, all claiming benefits in their own names. Social worker visited - children at school, home cluttered but safe. No exploitation identified.")
R("Border Force, Stansted: 17yo girl (ALB) travelling with a 34yo man who holds both passports. He says she is his niece; she does not know his surname. Referred to local authority and police.",
  "AV", "sfw", "", "high")
R("I was working on the fishing boat and the captain said I must work until the catch is finished, sometimes two days without sleep.", "EO", "lh", "L")
R("Debrief (translated): One month the boss at the factory paid my wage late, ten days, he said the bank made a problem. Then he paid everything and said sorry. The money goes to my own account and I can change job when I want.")
R("Sex worker (British, 28) attended clinic for routine screening. Works independently from her own flat, manages her own bookings. No coercion disclosed. Offered support services.")
R("Intel: Indian students recruited through a WhatsApp group to work at a care agency in Essex were promised sponsorship and 37.5 hours a week; on arrival they were given 8 hours a week and told to find other work. 2/B/P",
  "DE", "", "L")
R("Man 60s reported that his neighbour 'keeps a slave' - the neighbour's adult son who has Down's syndrome helps him in the garden. Son seen: attends day centre, happy. Malicious / misunderstanding. NFA.")
R("Caller states that her friend is being forced to marry a man in Pakistan next month and her family have taken her passport so she cannot leave. Forced Marriage Unit informed.", "RD", "dt", "")
R("Male (Eritrean, 19) living in a shared house provided by a church, works at a warehouse through a licensed agency, paid weekly. Came to notice as a witness to a robbery.")
R("Young women from Venezuela recruited online as 'hostesses' for a bar in London. Once here, told they must sleep with customers and pay £200 a week for the room they share with four others.",
  "DE AC", "oc", "S")
R("Complaint: agency staff at the Amazon warehouse are doing 12 hour shifts. All are paid through payroll, clocks in and out, optional overtime. Not a modern slavery matter.")
R("Probation: man released on licence says an old associate made him hold cannabis and drive drugs to Swansea to pay off a drug debt of £2,000; he was told his debt 'doubles' if he is late.",
  "DB", "", "C")
R("woman at the laundrette says her husbands boss locked them both in the flat above the takeaway last nite and they only got out this morning when he came back, she was shaking",
  "RM", "rm", "L")
R("Nigerian woman, 26, sought help from church. Says the 'madam' in London demanded she pay back 30,000 euros for the trip and sent her to work on the streets. She arrived at the church with one plastic bag.", "DB", "fpe", "S")
R("Medical: donor assessment for live kidney donation. Proposed donor (Indian, 24) is unrelated to the recipient, cannot explain the relationship and appears coached. Transplant team has paused and referred to HTA.",
  "", "", "O")
R("Officer note: car wash on A38 - four workers, all Kurdish Iraqi, own cars in the car park, own phones, paid £10.50/hr, shift pattern posted on the wall. Owner provides tea. No indicators.")
R("Referral from Barnardo's: boy 16, Vietnamese, placed in foster care, went missing twice, returned with new clothes. Worker suspects he is being controlled by traffickers who paid for his journey.", "AV", "", "", "high")
R("Staff at a Leicester garment factory say they are paid £4 an hour, which is illegal, but they all said they have their passports and can leave if they want. HMRC NMW referral.")
R("POI KOWALSKI: recruits Polish men at a homeless day centre in London with offers of work and a room; men are taken to farms in Lincolnshire and their benefits cards taken. 2/B/P",
  "AV DE", "ncw", "L")
R("This ur mate that lives in the flat above the pub. Works behind the bar nearly every day and night, but he's the landlord's son and its their family pub. No idea why the police came to ask about him.")
R("My husband's brother hits me and his mother tells me to do the housework. I want to leave my husband. He does not keep my documents, I have my passport and my own job. I want help for domestic abuse.")
R("A&E: female (Chinese, 40s) brought in by colleagues from a restaurant with a burn from the fryer. She said she lives in staff accommodation above the restaurant and has worked 7 days a week for 2 years without a day off.",
  "EO", "lh", "L")
R("I come to London for work in hotel, my friend's agency. They give me house, they give me work, I keep my money. Only problem is the room is small.")
R("INT: a number of Slovak women at an address in Sheffield are married to Pakistani men in sham marriages arranged by POI; the women were told they would have cleaning jobs and are kept in the house. 2/C/P",
  "DE RM", "rm", "S")
R("Call handler: woman reports her ex has been calling her and threatening to 'tell immigration' about her. She has leave to remain. DA matter, harassment crime recorded. No exploitation.")
R("Male (Vietnamese, 17) found in a nail bar, says he lives with his aunt, goes to college part time. Aunt came to the station with his documents and college letter. Safeguarding checks done, no concerns.")
R("Report: my neighbour works at the care home and she says the agency nurses from Kerala have their passports taken off them by the agency 'for visa processing' for months.", "RD", "dt", "L")
R("IP says she was sold to a man in Romania by her own aunt for 2,000 euros, brought to Derby and made to have sex with men in a flat. She was raped when she refused.", "PV", "", "S")
R("Caseworker: client describes the smuggler's house in Calais as 'hell' but says he paid in full and was free when the boat landed. He has an asylum claim. No exploitation in UK.")
R("Slovak man, 38, came to the drop-in with only a carrier bag of clothes to his name. Says he came for a job that turned out not to exist; he left the same day and is looking for work. No money owed to anyone.", "", "fpe")
R("Council environmental health: takeaway staff accommodation upstairs has no fire door, mouldy mattresses on the floor, 5 men in one room. Employer provides it as part of the job.",
  "AC", "plc oc", "L")
R("Debrief: Every morning the gang master gave us 'breakfast money' of five pound and kept the rest of our pay. He said it was going on the debts.", "WW DB", "ncw", "L")
R("Bank: customer (Romanian, 22) opened account in branch accompanied by a man who spoke for him and held his ID. Account later used with 3 other cards at the same ATM.",
  "", "sfw mbc")
R("Public report: a car wash near the hospital, owner shouting at workers. I don't think its trafficking just a horrible boss.")
R("She says that her husband's family took her gold and her passport when she arrived from Bangladesh, and that she works in the house from before dawn until late without rest.",
  "RD EO", "dt lh", "D")
R("Police log: 3 x ALB nationals arrested at a cannabis factory. All interviewed with interpreter, all say they came to the UK freely, knew it was cannabis and were paid £1,000 a week. Not NRM referred - charged with production.",
  "", "", "")
R("INT: Filipino crew on a scallop dredger out of Peterhead have not had shore leave in 8 months and are not allowed off the boat when in port. 2/B/P", "RM", "rm", "L")
R("Caller reports her 19yo daughter has moved in with a man twice her age who she met online. Daughter says she is in love and happy. Mother disagrees with the relationship. Welfare check: daughter fine, has phone and job.")
R("The boss has my ID, yes. He said I will get it back when I finish the season. I asked three times.", "RD", "dt", "L")
R("Intel: POI in Birmingham offers kidney sellers from Pakistan £5,000 and travel; donors told they would have an easy job in the UK afterwards but are abandoned. 3/C/P",
  "DE", "", "O")
R("Youth worker: boy 14 has been told he owes 'Jamal' £500 for a lost parcel of drugs and must keep running to Kettering until it is paid.", "AV DB", "", "C", "high")
R("Hospital social worker: patient (British, 58) homeless, recently worked cash-in-hand on a demolition site, says he was paid as agreed every day. Referred for housing.")
R("Welfare visit to a pop-up brothel advertised on Vivastreet: 2 women, both Brazilian, both said they rent the flat together, set their own prices and left when they wanted. Offered support cards. No indicators.")
R("INT: young boys from London are 'plugging' drugs and held in a trap house in Norwich for days at a time, phones taken, not allowed to leave. 2/B/P", "AV RM IS", "rm iso", "C", "high")
R("Statement: Mr IQBAL, owner of the warehouse: 'Yes we use an agency for the pickers. I pay the agency, the agency pays them. I have seen the payslips.' Audit confirmed.")
R("Pt 16yo M presented with stab wound to thigh. Reluctant to say how. Police informed. Known to YOS for county lines. Mother at bedside.", "AV PV", "pa", "C", "high")
R("She works in a nail salon owned by her sister. Long days, six days a week, but she lives with her sister's family and is paid. Attended about a stolen bike.")
R("Woman (Albanian, 23): 'My boyfriend said we would start a life in London. He took me to a flat and said I must sleep with men for money for us. He kept all the money.'",
  "DE WW", "ncw", "S")
R("Two Vietnamese adults at a nail salon, both on valid visas, hold own passports, live in a rented flat in Croydon together, work 9 to 7 with a day off. Inspection satisfactory.")
R("Anon: think the chinese takeaway on Mill St has staff sleeping in the kitchen, seen mattresses through the back door", "", "sw")
R("Farmer reported to police that one of his seasonal workers, Ukrainian, 24, has disappeared with his wages and his passport. Worker later contacted - went to London for a better job. NFA.")
R("IP stated that she must clean the house, cook, and look after the three children of the family, and that she sleeps on the sofa. She receives no wages; 'madam' sends £50 a month to her mother in Uganda.",
  "WW", "plc", "D")
R("Bank: 40 debit cards posted to one address in Ilford. Linked accounts all receive wages from the same food factory. Factory and bank checked: seasonal workers sharing a large house, each holds and uses their own card and PIN, no third party withdrawals.", "", "mbc")
R("School nurse: Year 9 girl says she is tired as she helps her mum clean offices in the evening, then does homework. Mum works nights. No concerns of exploitation.")
R("Caller says he saw a man hit a woman outside a massage parlour. Officers spoke to both, it was a couple arguing. Woman works as receptionist, no sexual services offered. DA crime recorded.")
R("OIC: IP has not been allowed to keep her own phone since she was brought here, the 'aunty' checks her messages and she speaks to no one outside the house.", "IS", "iso", "")
R("Ticket inspector reports a teenage boy travelling alone on the late train to Exeter several times a week, always nervous, cash in his pocket. Police met train: boy works at a restaurant in Exeter and lives with his grandparents.")
R("I stay in this country because the man say he tell police I am illegal and I go to prison and never see my children. So I work for him in the grow.", "IT", "fa", "C")
R("Construction worker (Romanian, 35) says boss makes them buy their own boots and tools from him at double the shop price and takes it from wages.", "", "ppe")
R("Report: Indian man at the Hindu temple kitchen volunteers every day from morning to night. He says he wants to, he is retired. Temple committee confirmed.")
R("He says that the man who found him the job at the chicken factory keeps his bank card and gives him £50 each week from it.", "WW", "ncw", "L")
R("INT: POI ZHANG operating a 'lonely hearts' advert in Chinese papers luring women to UK for marriage who are then placed in brothels in Glasgow. 3/C/P", "DE", "", "S")
R("Officer visit to farm in Cambridgeshire after Crimestoppers call: 20 Bulgarian pickers living in static caravans, paid by the farm, own cars. Call related to a dispute over parking. No concerns.")
R("Debrief: 'The boss said if I want to leave I must pay him €3000 for the cost of bringing me. I didn't have it so I stayed.'", "DB", "", "")
R("Report: lads working at the kebab shop are always the same two, working late, seem fine, laughing with customers")
R("Victim states that the defendant held a knife to her throat and said he would kill her if she did not get in the car. She was then taken to a flat and made to have sex with a series of men.",
  "PV IT", "", "S")
R("Woman (Polish, 46) phoned worried her son took a job in the Netherlands via a Facebook advert and hasn't called in a week. Son later rang her, he's working, said his phone was broken.")
R("Care agency inspection: overseas carers work 60-70 hour weeks, the agency says it is 'voluntary overtime' but staff say they'll lose their sponsorship if they refuse shifts.",
  "EO IT", "lh", "L")
R("Neighbour dispute over a wall; one neighbour claimed the other 'uses slave labour' because he had four Polish builders. Builders employed by a registered firm. NFA.")
R("IP says she worked in the family's home in Manchester for three years, not paid, and was never allowed to go to the shop. She slept on the floor of the children's room and owned two dresses.", "WW RM AC", "rm plc fpe", "D")
R("Couple (Eritrean) reported their smuggler to police after being charged £3,000 each for the trip from Calais. They paid and were released in Dover. No ongoing contact.")
R("Press: Lincolnshire gangmaster jailed after workers were made to sleep in a filthy, rat-infested house with 15 others and pay £50 a week each for it.", "AC", "oc plc", "L")
R("Caseworker: client says the traffickers gave her cocaine every night to keep her working and she became addicted, and they now use it to keep her in the flat.", "AV", "", "S")
R("101: man asking what to do as his boss has not paid him for last month. He is employed by a cleaning company with a contract and can leave. Advised ACAS.")
R("Woman in her 40s, begging outside the station, told PCSO she is from Romania, came on her own, lives with her husband, and keeps what she gets. No one controls her. Advice given on support.")
R("INT: BALAZS brothers control a group of Hungarian men doing groundworks in Kent; men have to hand over their bank cards and PINs on arrival. 2/B/P", "WW", "ncw mbc", "L")
R("The nail bar manager explained that all staff are on payroll, and showed the rota. A Vietnamese worker said she lives with her boyfriend and is studying English. No concerns.")
R("He's scared of the police because the boss told him the British police beat foreigners. He won't speak to us.", "", "fa")
R("Midwife: pregnant woman (Romanian, 19) says her 'boyfriend' sends her to meet men and she gives him the money. She has bruises on her neck.", "AV WW PV", "ncw pa", "S")
R("Officer: elderly man found living in a static caravan on a farm with no heating. He owns the caravan, works part-time on the farm for cash and says he prefers it. Signposted to adult social care.")
R("INT: POI 'Uncle Tam' told the nail bar staff he knows where each of their families live in Nghe An and that 'accidents happen'. 2/C/P", "IT", "", "L")
R("She says the man messaged her a photo of her daughter walking to school in Bucharest, with the words 'pretty girl, be good'.", "IT", "", "")
R("""Debrief account, taken at a safe house with a Romanian interpreter. IP is female, 24.

She says she met a man called Florin in Craiova through her cousin. He told her there was work in a bakery in Birmingham, with a room and £400 a week. She travelled by coach with two other girls in March.

When they arrived at a flat in Small Heath, Florin told them there was no bakery and that she would see clients in the flat. When she cried he told her he knew her mother's address in Craiova, and that if she tried to run or talked to anyone 'the same thing' would happen to her little sister. She believed him because he showed her a photo of the house.

She says she was paid nothing herself; Florin 'looked after' the money. She did keep her own ID card throughout and was allowed to walk to the shop on her own. She left after four months when a client helped her call the helpline.""",
  "DE IT WW", "ncw", "S")
R("Caller (anonymous): the boss at the car wash told the new lad that if he speaks to police his family back home will 'pay for it'. I heard it myself.", "IT", "", "L")
R("Victim said her pimp told her he had friends in the police and she would be deported the minute she walked into a station.", "IT", "fa", "S")
R("Workers at the packhouse were told that anyone who talked to the GLAA inspectors would be sacked and sent back on the next bus with nothing.", "IT", "", "L")
R("INT: males working in a grow in Wolverhampton have been moved between addresses at night and do not know which town they are in. 2/B/P", "IS", "iso", "C")
R("""Handover, earlies to lates. Three jobs outstanding.

1) Shoplifting at Co-op, Brook St: CCTV requested, suspect known (PARKER), nothing further.

2) Concern for welfare, woods behind Fenn Rd industrial estate: Vietnamese male aged about 20 found by a dog walker, cold and confused. Through Language Line he says he was kept at 'a house with lights' for months, was never told what town he was in, and the men took his phone the day he arrived so he has not spoken to his family since last year. The door was always locked; he ran when it was left open, with no shoes and nothing in his pockets. Now at the hospital with PC 4471. MSHT team informed, NRM to be discussed with him in the morning.

3) RTC on the bypass, no injuries, details exchanged.""",
  "IS RM", "iso rm fpe pa", "C")
R("Debrief (via interpreter): she says that she was not permitted to speak to the other women in the house, and that the only person she spoke to in eight months was the man who brought food.", "IS", "iso", "")
R("The carer from Zimbabwe who worked for the family in Hampstead had no phone, no friends in the UK and did not know the name of the road she lived on.", "IS", "iso", "D")
R("Cleaner in the hotel said they keep her away from the other staff and she eats alone in the linen room because the supervisor told her not to talk to anyone.", "IS", "iso", "L")
R("OIC: IP did not know she was in Wales; she thought she was still near London. She had no phone and had never been told the address.", "IS", "iso", "")
R("Intel: restaurant owner in Chinatown keeps the passports of three kitchen staff in a drawer in his office and has refused to return them. 2/B/P", "RD", "dt", "L")
R("i asked for my id card back so i can open bank account and the supervisor laugh at me and said no you will lose it", "RD", "dt", "L")
R("She says the family she works for took her passport 'to renew her visa' a year ago and it has never come back.", "RD", "dt", "D")
R("""GLAA inspection report (summary). Premises: salad packhouse, Evesham. Labour provider: licensed.

42 workers on site from the provider, mainly Bulgarian and Romanian. A sample of 12 were interviewed without managers present. Contracts, payslips and timesheets reviewed: pay at NMW or above, holiday pay accrued correctly, hours 39-48. Accommodation is offered but not compulsory; 8 of the 12 rent privately.

One area of concern: the provider's site supervisor, Mr N. DIMOV, holds the passports of four newer workers in a locked cabinet in the site office. He told inspectors this was 'for the right-to-work checks', but the checks were completed in May, and two of the workers said they had asked for them back and been told 'later'.

Outcome: passports handed back to the workers during the visit; licence condition breach recorded; information shared with the MSHT team.""",
  "RD", "dt", "L")
R("Border Force: on interview at Gatwick the male (Nepalese, 27) stated the recruiter had kept his original passport in Kathmandu and given him a copy. He is travelling to a care job.", "RD", "dt", "")
R("Worker at the mushroom farm: 'My passport? Mr PETRE has it in the safe. All our passports are there.'", "RD", "dt", "L")
R("Environmental health: 9 men sharing a damp basement room beneath the restaurant, one toilet, no window, the owner deducts rent from their pay.", "AC", "oc plc", "L")
R("Slaughterhouse workers supplied by an unlicensed gangmaster were given no protective gloves and several had cuts on their hands; they were told to keep working.", "AC", "pa", "L")
R("The caravan we lived in on the farm had no heating and water came from a hose. In winter we slept in our coats. The farmer's son rented it to us.", "AC", "plc", "L")
R("Women in the brothel were given one meal a day and had to sleep on the massage tables.", "AC", "sw plc", "S")
R("Hospital: male (Polish, 50) admitted with malnutrition. Says he worked every day for months at a scrap yard, from dawn to dark, no rest days.", "EO", "pa lh", "L")
R("""i want to report the chinese takeaway on Victoria Rd (the one next to the bookies) not for the food the food is fine. theres a older man works there must be 60 odd, he is there when i walk the dog at 7 in the morning unloading and hes still there at 1am when the pub shuts, every day of the week. i have never once seen the place shut or seen him have a day off in 2 year. he looks so tired and thin. the owners son drives a range rover. my husband says mind my own busines but it dont sit right with me. i asked the man once if he was ok and he just smiled and said yes yes. I dont know his name sorry, i dont want to get anyone in trouble if hes family""",
  "EO", "lh pa", "L")
R("Au pair from the Philippines told her church friend she works 16 hour days for the family with no day off since she came in March.", "EO", "lh", "D")
R("Car wash staff are on site from opening to closing, 8am-8pm, 7 days, and the owner told the council he has no other staff. 2/C/P", "EO", "lh", "L")
R("A&E: female (Albanian, 22), fractured wrist and facial bruising. Says she 'fell'. The man with her runs the flat where she works and would not leave. Nurse suspects she was beaten.", "PV", "pa sfw", "S")
R("IP disclosed that the boss at the farm punched him when he asked for his wages and broke his tooth.", "PV", "pa", "L")
R("Boy (17) said the older men in the trap house burnt him with a hot knife when a delivery came back short.", "AV PV", "pa", "C")
R("INT: POI DEMIRI has assaulted women working in his brothels in Reading with a belt. 2/B/P", "PV", "", "S")
R("""Caseworker note (NGO, second session). Client is a 31 year old Indian woman who came on a Health and Care Worker visa.

She says an agent in Kochi charged her family 18 lakh rupees for 'processing', which her father borrowed against their land. In the UK the care company pays her monthly, but each month £400 is taken from her wage by the director for what he calls the 'sponsorship loan'. She signed a paper she did not understand. Last month he told her the balance was higher than when she started because of 'interest and admin'. If she resigns, she is told, the whole amount becomes due at once and the company will 'inform the Home Office'.

She lives in a house share she found herself and has her passport. She works about 45 hours a week. She wants advice on her visa and on the debt. NRM discussed; she wants time to think.""",
  "DB IT", "uf", "L")
R("Officers attending now: neighbour says a man is locked inside the garage at the back of the car wash, banging and shouting in a foreign language. Owner has gone away with the key.", "RM", "rm", "L", "immediate")
R("The hospital in Istanbul took my kidney. The agent said I would get $10,000 but I got $2,000 and he said the rest was for my flight.", "DE", "", "O")
R("INT: Network recruiting young men from Pakistan for kidney removal abroad, recipients UK based; one UK hospital flagged a patient returning with a purchased kidney. 3/C/P", "", "", "O")
R("""Statement of IP (via Romanian interpreter), organ trafficking enquiry.

She says that in 2023 she was living in Iasi and owed about 4,000 euro to a money lender after her husband left. A woman from her town, known as 'Tanti Vali', knew about the debt and told her she could clear everything by donating a kidney to a sick man in England.

She was flown to London, put in a flat in Harrow with two Moldovan women, and taken for blood tests at a private clinic. She was then told she also owed the group for the flights and the flat, and that if she changed her mind they would 'sell the debt' to men who would put her to work on the street. She decided she did not want the operation. She was not allowed out of the flat alone and her phone was taken from her.

On the fourth day she ran from the car on the way to the clinic and asked a bus driver for help.""",
  "AV DB IT RM IS", "rm iso", "O")
R("Neighbour: the family next door have three generations in one house, the grandparents look after the kids while the parents work. Someone asked if I thought it was modern slavery. It isn't, they're just a big family.")
R("No concerns were raised about the worker's passport, which she holds herself.")
R("Officer: spoke to the manager and staff at the Thai restaurant, all had right to work, contracts and payslips. Staff live in their own homes. The report about workers sleeping on site was not substantiated.")
R("There was no suggestion that anyone was threatened or prevented from leaving the premises.")
R("If he had tried to take her passport she would have gone straight to the police, she says - but he never did.")
R("Report from a lorry driver: some men jumped out of my trailer at the services near Thurrock and ran off into the fields. Police searched, no trace. Immigration offence only.")
R("Staff nurse: patient (Indian, 36) recovering after donating a kidney to his brother in an NHS hospital. Both fully assessed and consented. Routine.")
R("Police log: CORRIGAN, Sean arrested for shoplifting at Boots, alone, 34, known prolific offender with heroin habit. No one directing him. Charged.")
R("Caller reports a man has been sleeping in his car at the industrial estate. Officers found a Bulgarian lorry driver resting between shifts, tachograph in order. NFA.")
R("Agency worker complains the agency pays her a week in arrears. Payslips received, money goes into her own account, no deductions other than tax and NI. No issues.")
R("The worker said he chose to work every Saturday and Sunday in the summer to save for his wedding, and he is paid time and a half for it.")
R("Report via website: the girls at the beauty salon look young, maybe 16 or 17, and they work every day after school. I'm worried. Officer follow up: salon owner's daughters, 18 and 19, both at college, paid. No concerns.")
R("GLAA inspection: minibus charges of £5/day are included in the contract and workers can choose their own transport. No other issues found.", "", "ct")
R("Man (Romanian, 50) begging outside Morrisons, tells officer he lives in a tent and has no one. No suggestion of being controlled. Referred to outreach team.")
R("A Facebook post alleges that the new Chinese restaurant 'uses trafficked slaves'. Officers visited: family-run business, owners' son and daughter working, staff paid by bank transfer. Post appears to be from a rival restaurant.")
R("Woman (Vietnamese, 32) in nail salon on Lewisham High St: owns the business, employs two of her cousins who share her house, all paid through PAYE. Visited after a complaint about prices. NFA.")
R("DV report: husband controls all the money in the home and checks her phone. She works as a teaching assistant, keeps her wages in a joint account he monitors. DASH high risk. No labour or sexual exploitation.")
R("Smuggling: Albanian male, 20, admits he paid £15,000 to get to the UK in a lorry and was dropped in London. He says he owes no one and went to stay with his cousin.")
R("IP called 101 to say she had been scammed by an online recruitment company in Dubai that took $500 for a job in the UK that didn't exist. She never travelled.", "", "uf")
R("Welfare check at 48 Church Rd after anonymous report of 'people kept in the house'. Four students from Hong Kong live there, all with keys and phones, the landlord lives abroad. Nothing found.")
R("OFFICIAL-SENSITIVE. Premises: car wash, Wakefield Rd. Visit by MSHT team with GLAA. 5 workers, ROM and ALB, all with passports, all paid to their own accounts, 45-hour week. Owner cooperative. Record for MoPI review; no further action.")
R("I'm a builder and I employ two Polish lads, they work hard and I pay them well. Someone has reported me for slavery because they live in my spare room. They pay me £300 a month rent, it's a nice room.")
R("Crew from the Philippines on a Plymouth trawler reported for crew welfare; on visit, crew had phones and wifi, shore leave granted, wages paid into own accounts. ITF inspector satisfied.")
R("Probation: client works 60 hours a week as a self-employed courier, says it is tiring but he chooses the hours. No one controls his earnings.")
R("Crimestoppers: a man called Milan is running a brothel from a flat in Bury. No further detail known.", "", "", "S")
R("Caller's adult son, who has schizophrenia, has been 'befriended' by a local drug dealer who visits his flat. Son says dealer is a friend and doesn't use the flat. Police visited, no drugs, no evidence of cuckooing. Referred to mental health team.")
R("Report of 'forced marriage': on investigation, both parties (aged 24 and 26) had met through families and both consented. Forced Marriage Unit concluded no concerns.")
R("Sudanese man at a homeless shelter says he worked on a farm in Kent for a month and was paid every week, but lost the job when the season ended. Now seeking housing help.")
R("Officer at a hand car wash: workers on zero-hours contracts, some told officer they don't like the boss, but they get paid the agreed rate every Friday and have days off.")
R("School: Year 11 boy working weekends at his uncle's car repair garage, paid £50 a day. Parents aware and approve. Not a safeguarding concern.")
R("Press: Council fines landlord £30,000 for renting an unlicensed HMO with 9 tenants in Newham. Tenants were students and young professionals who found the room on Spareroom.")
R("""INTELLIGENCE REPORT. Grading 2/B/P. Subject: car valeting business, Unit 4 Riverside Ind Est, DONCASTER.

Source reports that the business is owned by POI Adnan RASHID (DOB 11/02/1979) and employs about 8 men, mostly Kurdish and Iranian. Source states the workers arrive in their own cars or by bus, work 9am to 6pm with a half day on Sunday, and are paid weekly by bank transfer. Source believes RASHID under-declares takings to HMRC and pays some cash bonuses off the books.

Source is not aware of anyone living on the premises, of documents being held or of any threats, and describes the workers as 'a tight group who go for food together after work'.

Analyst comment: no modern slavery indicators. Disseminate to HMRC.""")
R("The referral stated the woman 'might be trafficked' because she is from Nigeria and lives with an older man. On visit she was his wife of 12 years, a nurse at the local hospital. NFA.")
R("Airport: 3 Indian men arriving for work at a restaurant in Southall, all with Skilled Worker visas, holding their own passports and contracts. Employer's name matches CoS. Admitted.")
R("A woman reported that her cleaning job required her to work late into the evening sometimes. She is paid overtime and goes home to her family each night.")
R("She told the GP she works in a massage parlour. She appeared well, has her own flat and car, and said she can stop any time. GP offered sexual health check.")
R("Polish man, 44, lost his job at the chicken factory. He says it was hard work but fair, he was paid for every hour. He came to the police to report his car being stolen.")
R("POI WALSH is an Irish Traveller who runs a paving business; intel suggests he employs local men on a cash basis. No indication of exploitation, vulnerability or control. 3/D/P")
R("999 call from female saying her partner has locked her in the bathroom during an argument. Officers attended, she was let out, partner arrested for false imprisonment. Domestic abuse, no exploitation.")
R("Caseworker: client attended for help with her asylum claim. She came by small boat, paid in France, no one met her in the UK, she has no debts and is in Home Office accommodation.")
R("Man at a job centre says he was offered work on a farm in Wales with accommodation and transport, but chose not to take it as it was too far. Reports it as suspicious; the farm is a licensed employer. No concerns.")
R("""Press release, county council. Last month officers from the council, police and the GLAA visited eleven farms and packhouses in the district.

At all eleven sites workers were on contracts and paid at least the National Living Wage. Accommodation on three farms was inspected: caravans were heated, had working smoke alarms, and no more than four people shared each unit. Workers interviewed in their own language said they could leave the farm when they wanted, held their own passports and bank cards, and knew how to contact the Modern Slavery Helpline.

One farm was given advice about first-aid provision. 'We are pleased with what we saw,' said the lead officer.""")
R("A woman who works as a nanny for a family in Chelsea rang to ask about her rights as her employer wants her to work an extra hour in the evening. She has a contract, her own flat and is paid monthly.")
R("Report: car wash staff are always the same lads, all Kurdish, working hard in the cold. They have a laugh. I dont think anything is wrong, just wanted someone to check on them.")
R("""Safeguarding referral, secondary school. Pupil: Y10 boy, 15, Romanian heritage.

Form tutor noticed he has been falling asleep in lessons and has a new iPhone. Another pupil said he 'works for someone' in the evenings. The DSL spoke with him and then with his mother, with an interpreter.

He works Saturdays on his father's friend's fruit and veg stall on the market, 8am to 2pm, paid £40 cash, which he is saving for a car. He bought the phone with birthday money and savings; his mother showed the receipt. The tiredness relates to gaming late at night. No older peers or adults of concern, no missing episodes, no unexplained injuries.

Outcome: no further action; the Saturday work was checked against the child employment byelaws and a work permit applied for.""")
R("Bank alert: elderly customer's account used for multiple large transfers to a 'romance' contact overseas. Fraud team engaged. Not modern slavery.")
R("Intel: male known as 'Luca' recruits Romanian men for building jobs in London with offers of £120 a day. Men reportedly paid as promised. Reported for tax evasion only. 3/C/P")
R("""My name is Grzegorz, I am from Poland, 38 years. I came to England in 2019 because my friend told me about work in a warehouse in Northampton through an agency. I paid nothing to the agency. First two weeks I stayed with my friend, then I found a room on Facebook, £450 a month.

The work is hard, sometimes 50 hours in the peak before Christmas, but the overtime is paid and it is my choice. I see my payslip on the app every week. My passport is at home in my room. I go to Poland two times a year to see my daughter.

I write this because the police asked about my old agency because of a problem with other workers. For me there was no problem.""")
R("Nail bar worker (Vietnamese, 22) stated she came on a student visa and works part-time at weekends. She has her BRP and lives in student halls.")
R("""Call summary (999, then 101 follow-up). Caller is a 34 year old Pakistani woman living in Bradford with her husband and two children.

She says her husband has been shouting at her for weeks and last night pushed her against the door during an argument about his mother coming to live with them. She does all the cooking and cleaning at home 'like any wife' and works three mornings a week at a pharmacy, paid into her own account. She has her passport and visa documents in her own drawer and says he has never threatened her immigration status.

She does not want him arrested but wants advice. DASH completed: medium. Referral to IDVA, safety planning given. No indicators of forced labour, domestic servitude or sexual exploitation.""")
R("No evidence was found that any of the workers' wages had been withheld or that any debt was owed to the employer.")
R("Welfare check on a Romanian man believed to be living rough on a farm; he was found in the farmhouse guest room, paid via payroll, happy with the work and had his own phone.")
R("Intel from a local authority: a house in Bolton has 12 registered voters, all from the same Slovak family. Tenancy checks show it's a large property with 6 bedrooms. No further action.")
R("I am a Eritrean, 28. I worked in a restaurant in Birmingham, 48 hours a week, my manager was kind. I left because I moved to Leeds for my wife.")
R("Report: my neighbour's au pair is always out with the kids, seems happy. I only mention it because there was a TV programme about trafficking.")
R("Officer note: attended a sauna after a complaint from a neighbour about noise. Premises licensed, staff all adults, no evidence of sexual services. Words with manager.")
R("Woman (Filipina, 45) working as a live-in carer for an elderly man in Bath says she has her own room, two days off a week, and sends money home every month from her own account. Attended about a car accident.")
R("""Renal unit, living donor assessment summary. Recipient: 47M, end-stage renal failure, on dialysis for 3 years. Proposed donor: his wife, 44F; both originally from Gujarat, both UK citizens.

The Independent Assessor interviewed the donor alone with a professional interpreter. She understands the risks, has not been offered any payment or reward, is under no pressure from the family and knows she can withdraw at any time. HTA approval granted; surgery planned for next month.

Note: an earlier message from a cousin in India offering to 'find a donor for money' was declined by the family and reported to the team, who reminded them that buying an organ is illegal. No further contact.""")
R("Student (Indian, 23) complains her part-time job at a supermarket gave her too many hours; she is worried about her visa limit. She is paid properly. Advised.")
R("GLAA licensing check found a labour provider using an unlicensed subcontractor. Workers interviewed: paid correctly, no fees, free accommodation choice. Enforcement for licence breach only.")
R("""I AM SICK OF IT. THE HOUSE AT NO 23 HAS GOT FOREIGNERS COMING AND GOING ALL DAY AND NIGHT DIFFERENT CARS, THEY PARK ACROSS MY DRIVE. I BET THERE ALL ILLEGAL AND SLAVES OR SOMETHING. SOMEBODY NEEDS TO DO SOMETHING BEFORE I DO

Officer update: address visited. Occupied by a Romanian couple who run a registered childminding service from home; the cars are parents dropping off and collecting children. Ofsted registration checked. Parking dispute between neighbours. Reporting person given words of advice about the last line of her message. No modern slavery concerns.""")
R("Anon: a girl from the estate has an older boyfriend with a flash car. Officer spoke to her: she is 22, boyfriend 25, both work. No concerns.")
R("Cannabis grow found in a rented house in Swindon. Nobody inside. Landlord unaware. Enquiries ongoing to trace the tenant.")
R("""Prison OMU note. Prisoner: DEVLIN, Callum, 23, serving 4 years for PWITS (class A), arrested in Lincoln during a county lines operation.

Asked about any exploitation, he stated that he 'ran the line' with his cousin, took a share of the profits (around £1,500 a week), and was never threatened, held or owed anyone money. He says he was not coerced and does not want an NRM referral. The CPS had already considered the statutory defence and found no grounds.

Sentence plan: ETE and substance misuse work. No safeguarding concerns recorded for this prisoner.""")
R("Hotel night porter: two young women were brought in by a man who paid for the room in cash, then several men visited through the night. One of the girls looked about 15.", "AV", "", "S", "immediate")
R("OIC handover: all four workers at the takeaway confirmed they have their documents, are paid into their own accounts and have days off. Original allegation (from an ex-employee in a pay dispute) not supported.")
R("Volunteer at food bank: a Romanian man comes every week with a supervisor who answers for him and collects his food parcel. When asked, the man said he works for the supervisor on building sites and has not been paid since he arrived.",
  "WW", "sfw", "L")
# ---- output
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh45.jsonl"), "w", encoding="utf-8") as f:
        for n, (text, i, s, t, risk) in enumerate(ROWS, 1):
            f.write(json.dumps({"id": "f45-%03d" % n, "text": text, "indicators": i, "signs": s,
                                "exploitation": t, "risk": risk}, ensure_ascii=False) + "\n")
    print(len(ROWS), "texts written")
if __name__ == "__main__":
    main()
