# fresh269 part 2: partner referrals, case notes, public reports
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Case note 12/11: Client (A) disclosed that while at the address in Newham she was never allowed to go out alone. The wife of the employer accompanied her to the GP and spoke for her. She was given the leftover food from the family's meals and slept in the kitchen. She was not paid a fixed salary; she said the wife sometimes gave her £20 'for the church'. Client is now in NRM safe house accommodation and is attending English classes. She has asked for help to contact her daughter in Sierra Leone. Next appointment with solicitor Thursday. Interpreter (Krio) booked for that appointment. Client has asked that her first name is not shared with the family's church, as she knows people there. Noted on file.",
  "RM AC WW", "RMS ET SFW SW", "D")
T("Night porter at hotel in Bath, works 10pm-7am five nights. Says he prefers nights, has another job in the day as a musician. Manager asked if he was being overworked - he laughed.",
  "", "", "")
T("Anon online report: 'theres a massage place on Commercial Rd Portsmouth, the women live there, you can see there beds in the back room, they are never outside, the shutters are down all day and a man in a black BMW comes at night to collect the money'",
  "RM", "SW RMS", "S")
T("Police Scotland, Glasgow. Slovakian male, 23, disclosed that he was made to work in a recycling yard 7am-9pm every day including Sundays. His cousin collected his wages. When he complained he was punched and told he would 'end up in the Clyde'.",
  "EO WW PSV IT", "LH NCW", "L")
T("GLAA inspection, packhouse in Spalding. Workers on 12-hr shifts in peak, rotas voluntary, overtime paid at time-and-a-half, transport to site free and optional. Workers hold own documents and bank cards. Licence compliant.",
  "", "", "")
T("my mate works at a car wash in leigh and he says the boss makes them sleep in a container at the back and locks it at night so they cant nick anything, he says there's no toilet just a bucket",
  "RM AC", "RMS SW PLC", "L")
T("Referral from school DSL: Year 9 pupil (13) has been missing from home for 3 nights. Snapchat messages show older males telling him to 'stay put' at a flat in Weston-super-Mare and that he owes £800 for 'lost' drugs.",
  "AV RM DB", "RMS", "C", "immediate")
T("Woman, 45, Polish, attended foodbank in Boston. Says she works on a farm through a gangmaster, gets £150 for a 70-hour week after 'rent' and 'transport' are taken off. Has to pay £40 for her boots and gloves each season. Lives in a caravan with 5 others.",
  "WW EO AC", "LH CT PPE OA PLC", "L")
T("Mother reports daughter (19) working 16-hour days at a chain restaurant over Christmas. Daughter chose the extra shifts, is paid hourly, can say no. Mother just worried about her health. Advice given.",
  "", "", "")
T("V1 stated she 'wasn't allowed out of the flat unless one of the boys was with her'. They drove her to the men in a grey Audi and waited outside. She had to give them all the money. She says she was slapped and raped by one of them when she said no. V1 is 18 and was in care until her birthday. She has been referred to the SARC and an ISVA, and is being supported by the leaving care team. She named two of the males as 'Kaz' and 'Little T' and described the Audi as having a private plate. Further ABE interview planned for next week. OIC: DC Sarah OKAFOR, Op Makesafe team. V1 has asked to be told before any arrests are made so that she can be somewhere safe. Safety plan reviewed with her and her leaving care PA.",
  "RM PSV WW", "RMS ET NCW", "S")
T("Housebound woman, 81, lives with her son who is her carer. Son says he works 'all hours' caring for her but would not have it any other way. GP visit, no safeguarding concerns.",
  "", "", "")
T("INT 2/B/P. Males at the Leicester factory unit (Belgrave area) are kept on site from Monday to Saturday, sleeping on cardboard between the sewing machines. Doors are chained after 10pm. Believed to be Indian nationals on expired visas.",
  "RM AC AV", "RMS SW PLC", "L")
T("Victim's own words: 'Work, work, work. Morning to night. No stop. If I am sick, still work. One time I fall down from the ladder and he say get up, no hospital.'",
  "EO AC", "LH", "L")
T("Case note: client reports his employer at the kebab shop 'let him go' after he asked for a day off. Client was paid properly, has his passport, and was free to come and go. Employment dispute, signposted to ACAS.",
  "", "", "")
T("The phone they gave her only rang one number. She didn't know the name of the town. When the police found her she thought she was in London - she was in Stoke. She had been moved between flats every few days by a man called 'Bobby'. Officers found her at a short-let flat on Hanley high street after a hotel worker reported concerns. She had about £20 and a carrier bag of clothes. Phone examined: one saved contact, 'B', and hundreds of texts arranging times and addresses. She has been placed in safe accommodation and an NRM referral has been made with her consent. She has told officers she is 23 and from Romania. She has asked to speak to her mother and a call has been facilitated through the Romanian embassy liaison. Enquiries continue with the short-let company.",
  "ISO", "IS FPE", "S")
T("Caller, a delivery driver, says that at a house on Elm Grove, Southsea, a man answered and three women stood behind him silently. There are bars on the inside of all the windows. 'Gave me the creeps, the door had three locks on the inside.'",
  "RM", "RMS", "", "medium")
T("Referral from Hestia. Client was a live-in domestic worker for a diplomat's family in Knightsbridge. Working hours were 6.30am to 11pm with no days off for 2 years. She was allowed out once a month with the driver. She was paid into an account in Manila controlled by the employer's agent. She left when the family were abroad and she was sent to stay with the driver's wife, who helped her contact a charity. She has her passport because the employer forgot to take it on the trip. She is now in Hestia accommodation and wants to bring a claim for her wages. Hestia have asked the employer's embassy for comment through the Foreign Office protocol team; diplomatic immunity issues are being considered by the CPS. She is in good health and receiving counselling.",
  "EO RM WW", "LH RMS ET NCW", "D")
T("Male, Ukrainian refugee, works in a warehouse in Milton Keynes. Works 50 hours a week, chooses the overtime, lives in own rented flat. Reported being assaulted by a stranger in a nightclub. No exploitation.",
  "", "", "")
T("Woman says her husband's family keep her 'like a prisoner' - she is not allowed to leave the house, the door is locked and they have taken her phone and passport. She is expected to cook and clean for 9 people. Mother-in-law beats her if food is late. She is calling from a neighbour's landline while the family are at a wedding. She gives the address as 27 Whitehall Road, Bradford, and says she has been in the UK for 18 months on a spouse visa. She is frightened that if they find out she called, they will send her back to her parents in shame. Officers dispatched; DA and honour-based abuse team notified. Caller has asked that officers do not come in uniform if possible. Call handler has kept the line open; caller says she can hear a car outside but thinks it is next door's. Karma Nirvana number given.",
  "RM ISO RD PSV", "RMS IS DT", "D")
T("Vehicle stop A1(M) - Ford Transit EX68 VBN. 7 Lithuanian workers being driven to a chicken factory in Cambridgeshire at 0430. Workers say they pay £15 each per day to the driver for the lift. Driver is also their landlord; 10 share a 3-bed house. All spoken to, no further concerns raised.",
  "", "CE CT OA", "")
T("INT 3/B/P. Males known as 'the brothers' (surnames POPESCU) running a hand car wash in Chatham. Workers are believed to be locked in a unit overnight and made to start at 6am. Source heard shouting and saw a worker with a black eye.",
  "RM PSV", "RMS PA", "L")
T("Teacher concerned: Year 11 girl says she works in her uncle's restaurant 'every night till 2am' and is too tired for school. She doesn't get paid, says it's family duty. Uncle told her she would be sent back to Bangladesh if she complains.",
  "AV EO WW IT", "LH", "L", "high")
T("Debrief (interpreter): 'The man say we go out only when he say. He take us to the shop on Sunday, 20 minutes, then back. The rest of the time, inside. I think the house was near the sea, I don't know which town.'",
  "RM ISO", "RMS ET IS", "")
T("Social worker visit: 17-year-old from Albania placed in semi-independent accommodation. He works part-time in a barber's, 15 hours per week, attends college. Keeps his own documents. Says he is happy. No concerns.",
  "", "", "")
T("care worker from agency says shes done 90 hours this week, they keep ringing her on her days off and say if she doesnt come they'll cancel her sponsorship, she's scared to say anything",
  "EO IT", "LH FA", "L")
T("Labourer, 60, Irish, homeless in Cardiff, recruited from a soup kitchen by a family of Travellers. Kept at a site in Newport, made to work tarmacing 7 days a week for no pay. Says he is not allowed to leave and was told 'you'll be found in a ditch'. Beaten with a spade when he tried. He was found by a farmer sleeping in a barn near Chepstow with a broken wrist and taken to the Royal Gwent. He has asked for help to get a place in a hostel back in Cardiff. The site has been linked to previous intelligence. Gwent Police Op Imperial informed. He has been given a mobile phone by the hospital chaplain and has asked for his sister in Dublin to be contacted. Support worker from BAWSO allocated.",
  "AV RM EO WW IT PSV", "RMS LH PA", "L")
T("Council environmental health visited 33 Moss Lane, Salford after complaint about overcrowding. 9 adults present, all on one tenancy. Residents say they chose to share to save money, all work different jobs, hold own cards. Referred for HMO licensing.",
  "", "OA", "")
T("Hospital safeguarding: Female (28) attended A&E with burns to arm, accompanied by male who insisted on translating for her. Staff noted she was not allowed to be seen alone. When the male left briefly, she whispered 'help me, he no let me go'.",
  "RM PSV", "SFW RMS PA", "", "immediate")
T("Prisoner in HMP Durham discloses that before his arrest he had been 'made' to grow cannabis in a loft in Sunderland. Says he was kept there for 6 months, given noodles, and told his mother in Vietnam would be killed if he ran.",
  "RM IT AC", "RMS", "C")
T("Welfare check on man who hasn't been seen in a week. Found safe, he's a shift worker on nights at Nissan Sunderland, had been sleeping in the day. Neighbours reassured.",
  "", "", "")
T("Victim states employer told her she 'belonged to the family now'. She worked from 5am, cooking, cleaning, looking after 4 children, until after midnight. Never given a day off in 3 years. Not allowed to use the phone.",
  "EO ISO", "LH IS", "D")
T("FAO MSHT desk. Info from Crimestoppers: Lithuanian men at 2 Linden Ave, Kettering are taken to work by minibus at 5am, back at 9pm, 7 days. Believed a man called 'Darius' holds their passports and bank cards. Some have been heard saying they owe him for flights. Crimestoppers caller says the men look exhausted and that the house has blackout curtains on every window. Vehicle described as a grey Renault Trafic, partial VRM 'KX'. Research ongoing, intel log raised.",
  "EO RD WW DB", "CE LH DT NCW UF", "L")
T("She says it's not like that, her brother drives her to work because she doesn't drive, and she can go out whenever she wants. Officer satisfied, no further action.",
  "", "", "")
T("Debrief: he said if we even looked at the door he would break our legs. There was a man on the stairs all night. We sleep in shifts - 6 girls, 2 beds. Clients from 10 in morning to 4 in night.",
  "RM IT EO AC", "RMS OA LH", "S")
T("INT 2/B/P. Boys aged 14-16 from Croydon being sent to Hastings to sell crack and heroin. Kept in a cuckooed flat of a vulnerable adult for a week at a time, phones taken, not allowed out except to run deals.",
  "AV RM ISO", "RMS IS", "C", "high")
T("Warehouse operative in Doncaster reports to union that they are required to do 12-hour shifts with one 20 minute break. Says they can leave at any time but are worried about losing bonus. Union raising with HR. No MS concerns.",
  "", "", "")
T("Mrs AKHTAR, Naila, reported by her son's school as possibly housing a girl of about 12 who never attends school and is seen doing the family's shopping and cleaning. Girl appears thin and wears the same clothes daily.",
  "AV", "PA", "D", "high")
T("i think theres something wrong at the takeaway, the boy who works there is there when it opens at 11 and when it shuts at 3 in the morning every single day, he sleeps on the floor upstairs and the owner shouts at him all the time",
  "EO AC", "LH SW", "L")
T("NRM referral narrative: P was recruited in Sofia with promise of work in a hotel in London at £1,800 a month. On arrival her passport was taken by the recruiter 'to register her'. She was taken to a flat in Edmonton and told she must have sex with men to repay £3,000. She was not allowed out and a man slept by the door. After about three weeks she was moved to a second flat in Tottenham, where she met another Bulgarian woman who had a phone hidden in her bra. P used it to call her brother, who called the police in Sofia, who contacted the NCA. She was recovered by the Met on 2 October. She has been placed in Salvation Army accommodation. The recruiter is known to Bulgarian police.",
  "DEC RD DB RM", "DT UF RMS", "S")
T("HMRC report re minimum wage: staff at a clothing warehouse in Leicester paid £4/hr. Workers say they are free to leave but there is no other work for them. Passed to GLAA for assessment.",
  "WW", "", "L")
T("Locked in every night. That's all he'd say at first. Then: 'boss lock the door at 11, open at 6. No one go out. If fire, we die.'",
  "RM AC", "RMS", "L")
T("Member of public asks if it is legal for her son's employer to ask him to work 60 hours. Son is 24, a junior doctor in Leeds. Advice: rota concerns are for BMA/employer. No MS issue.",
  "", "", "")
T("Source states that at the nail bar in Acocks Green, the girls are brought in by a man at 8am and taken back at 9pm. They are not allowed to talk to customers. One said 'I want go home' to a customer and was pulled into the back. Source is a regular customer who did not want to get involved but felt she had to report it. She describes the man as Vietnamese, 40s, driving a black Lexus. Salon name: Perfect Nails. No previous intelligence on the premises. Source can be recontacted via the handler. She believes the women are in their 20s and says one of them has a limp. She visits the salon roughly once a fortnight and is willing to pass on anything further she sees, but she does not want to be identified or to give a formal statement at this stage.",
  "RM", "CE ET RMS", "L")
T("Man in his 30s with autism, Swansea. Befriended by a couple who moved into his flat, took his bank card and benefit money, and made him clean and cook for them while locking his bedroom door from outside at night.",
  "AV WW RM", "NCW RMS", "D")
T("Call handler log 19:42: Female caller whispering. Says she is in a house on Castle St, can't get out, the man has gone to the shop and will be back soon. Doesn't know the house number. Line went dead.",
  "RM ISO", "RMS IS", "", "immediate")
T("Dentist's receptionist works 8-6 four days. Called about a parking dispute. Mentioned in passing she is 'locked in' to her contract until March - nothing of concern.",
  "", "", "")
T("Victim Personal Statement extract: 'I slept in the van most nights because there was no room in the house. We started at 5 and finished when the boss said. The boss kept my wages, he said he would give me it at the end but I never saw any.'",
  "AC WW EO", "SW LH", "L")
T("INT 3/B/I. Info suggests Albanian females are held in a flat above a shop in Kingston. They are escorted to and from a brothel in Surbiton. Believed their passports are held by 'Arben'.",
  "RM RD", "ET DT", "S")
T("Live-in housekeeper for a couple in Cheltenham for 12 years. Has her own annex, days off, holidays, pension and contract. Reported a burglary at the main house. No concerns.",
  "", "", "")
T("Outreach (Unseen): Group of Romanian women working as cleaners in an office building in Canary Wharf at night, taken there in a van by the 'team leader' at 9pm, picked up at 6am. Team leader keeps their bank cards. One says she is 'not allowed to go out except to work'.",
  "WW RM", "CE NCW RMS", "L")
T("A male who says he is 'on call' for his employer all weekend as an IT engineer - paid standby allowance, at home. Called regarding noise complaint. Nothing further.",
  "", "", "")
T("'No day off, never. Even Christmas. I ask one time and he say you want day off, go back to Vietnam.' Nail bar worker, Bristol.",
  "EO IT", "LH", "L")
T("Officers attended a brothel in Cardiff following intel. 3 Romanian women found. All said they were working for themselves, keep their own money, rent the flat jointly, and are free to leave. No evidence of control by third party.",
  "", "", "")
T("Teen boy (15) known to CSC, Ipswich. Found with £1,200 cash and a burner phone in Norwich. Says he is being 'made to stay in a flat for a few days' and that if he comes home 'they know where my mum lives'.",
  "AV RM IT", "RMS", "C", "high")
