# fresh264 part 2: partner referrals and case notes
def add(T):
    T("Referral from Newham Children's Services: YP (male, 16, Vietnamese, UASC) placed in supported accommodation in Stratford went missing after 2 days. Found by police in a nail bar in Dagenham 3 weeks later. YP states he owes 'the men' for bringing him to the UK and they told him if he talks to social workers his family will be hurt. Risk of re-trafficking very high. He was returned to a new placement out of borough. His phone contained contact from two unsaved UK numbers and one Vietnamese number. Police to download the phone. Strategy meeting held 09/11, return home interview completed, NRM referral submitted by the local authority as First Responder. ICTG advocate allocated.",
      "AV DB IT", "FA", "L", "high")
    T("Salvation Army MSVCC referral – adult male (Polish, 51). Recruited in Gdansk by a man who promised building work in London at £80 a day plus a room. Was brought to Barking and put in a house with 9 others. Worked on sites for 10 months and received about £30 a week; the rest was 'rent and food'. He was told he could not leave until he had paid back the travel. Alcohol was given to him daily to keep him 'quiet'. Consented to NRM. He has since been seen by a GP for his drinking and liver function. He does not know the full address of the house but could describe the route to the sites. Police informed with his consent; he is willing to be interviewed but not yet ready to make a formal statement. Outreach support and accommodation arranged in the safe house in Kent.",
      "DEC WW DB PSV AV", "OA NCW", "L")
    T("GLAA notes: unannounced visit to a car wash in Croydon (Purley Way). 5 workers present. All had right to work, payslips showed NMW, site had washroom and PPE was provided free. Workers said they could leave and had days off. No indicators found. Advice given on health and safety.",
      "", "", "")
    T("Case note 14/03: Spoke to A (client) at safe house. She describes the man who brought her from Lagos as 'Uncle'. He told her she would go to college and work in a shop. At his house in Thamesmead she cooked, cleaned and minded his 4 children from 5am to midnight every day. She slept on the kitchen floor. She was not allowed to use the phone and did not leave the house except to take children to school, always with his wife. He never paid her. She says she 'was like a servant'. A is now 22. She was referred by her church. She has no contact with her own family in Nigeria and says the 'Uncle' told them she was studying. Plan: NRM referral made; solicitor appointment booked for immigration advice; counselling referral; police ABE interview to be arranged when A feels ready.",
      "DEC EO AC ISO RM WW", "LH SW IS RMS ET", "D")
    T("Hospital safeguarding (Royal London, Whitechapel): female patient 28, attended with pelvic pain, accompanied by male who insisted on staying in the room and answering for her. Patient later disclosed in private that she is made to see men at a flat and the male takes the money. She has bruising to her thighs she says is from a client.",
      "WW PSV", "SFW PA NCW", "S")
    T("Referral: Kings College Hospital renal unit. Patient (British-Pakistani, 44) receiving a living donor kidney transplant from his brother. Safeguarding check completed per HTA process, brother donating freely, independent assessor satisfied. No concerns. Logged for audit only.",
      "", "", "")
    T("Croydon Council housing enforcement visit: 3 bed terraced house, Selhurst. 16 men found living in the property, beds in the kitchen and the living room, one toilet, exposed wiring. Men all work for the same roofing firm, which the landlord also owns. Rent deducted from their wages. Men reluctant to speak, one said 'boss will be angry'.",
      "AC WW", "OA PLC FA", "L")
    T("School DSL, Southwark: Year 9 pupil (13) seen with new expensive trainers and 2 phones, has been missing school on Fridays. Pupil told a teacher he 'works for a man' and goes 'out of London'. Referred to MASH as possible CCE.",
      "AV", "", "C", "high")
    T("Case note (Hestia advocate): Client N. Brought to UK by husband on a spousal visa. In-laws in Forest Gate made her do all housework for 8 adults, not allowed out, passport and BRP held by father-in-law. Husband threatened to divorce her and 'send her back in disgrace' if she told anyone. She has no money of her own and doesn't speak English.",
      "AV RM RD IT ISO", "RMS DT IS", "D")
    T("Referral from Newham Hospital A&E: male (Romanian, 30s) attended with fractured foot after falling off scaffolding. No helmet or harness. States he has worked 7 days a week for 3 months. Employer brought him in and left. Patient says he has been paid only once.",
      "AC EO WW", "LH", "L")
    T("Case note: Supported client D to attend meeting with the Home Office. D confirmed he kept his own passport throughout his time at the farm and was paid each week. The issue was a dispute about holiday pay only. Signposted to ACAS. Closed – no MS indicators.",
      "", "", "")
    T("Lewisham Council ASB team: complaint about a house on Brockley Road with people coming and going all night. Visit found an Airbnb-style short let used by tourists. No concerns.",
      "", "", "")
    T("Barnardo's referral: 14yr old girl from Croydon, known to CSC. Intel suggests she is being taken by older males to hotels in Gatwick where she is sold to men for sex. She has told her key worker that one male 'made her do stuff' with his friend and said he would put photos online if she told.",
      "AV PSV IT", "", "S", "high")
    T("GLAA intelligence referral: Romanian workers at a food processing plant in Dagenham say their agency makes them work 16 hour shifts with one 20 minute break, stand in freezers without proper gloves, and docks £25 from their pay if they are 1 minute late.",
      "EO AC WW", "LH", "L")
    T("Case note: Client B (Albanian male, 22). Recruited in Tirana on Instagram for 'car wash work' at £1,500 per month. Debt of £17,000 for the lorry. On arrival put to work tending cannabis plants in a house in Bexleyheath. Locked in, windows boarded, given food once a week. Beaten when plants died. Escaped during police raid.",
      "DEC DB RM PSV AC", "RMS PLC UF", "C")
    T("Advice line note: caller (Tower Hamlets resident) worried her sister's nanny is being exploited because she works long hours. On discussion: nanny is paid £14/hr on the books, has her own flat, chose to work extra hours to save for a deposit. Caller reassured.",
      "", "", "")
    T("NRM referral summary (Newham First Responder): Adult female (Eritrean, 27). Travelled via Libya where she was held in a warehouse by smugglers, raped and made to work. In the UK was housed by a 'friend' in Plaistow who made her work in his restaurant kitchen for no pay and kept her asylum documents. Said if she went to police he would tell immigration she is illegal. She is in asylum accommodation in Croydon and has a solicitor. She is unsure of the restaurant's name but thinks it is near Plaistow station. Police informed with consent. Await reasonable grounds decision.",
      "PSV WW RD IT", "DT FA", "L")
    T("Case note, Jan: S says his manager at the warehouse 'owns him'. When asked, he explained the manager lent him £2,000 for his mum's medical bills and takes £100 from every wage. Loan almost paid, he is free to leave any time, he has other job offers. Not debt bondage, no further action.",
      "", "", "")
    T("Referral from Shelter (Croydon): tenant complained about landlord. 6 Indian students in a 2 bed flat in West Croydon. Landlord is also their employer in a restaurant; says if they complain he will sack them and report them to the university for working more than 20 hours. Working 40+ hours a week for £5/hr.",
      "AV IT WW EO", "OA LH", "L")
    T("YOT case note: J (16) disclosed he was sent to Norwich to sell crack for 2 weeks. He was held in a flat and not allowed to leave, other boys slept in shifts. He was slapped by the 'line holder' when money was short. He owes £1,200 for a 'robbery' he thinks was staged.",
      "AV RM PSV DB", "RMS", "C", "high")
    T("Midwife (Homerton) referral: pregnant 19yr old from Romania accompanied by an older female who speaks for her and holds her ID card. Patient does not know the address she lives at. She has not been registered with a GP. Appears underweight.",
      "RD ISO", "SFW DT IS PA", "")
    T("Case note: Client M (Ghanaian, 41), ex-domestic worker for a diplomatic family in Greenwich. Says she was paid £200 a month into an account that her employer controlled. She worked all day, every day, and never had a day off in 3 years. Her passport was taken by the employer when she arrived.",
      "WW EO RD", "NCW LH DT", "D")
    T("Council licensing: Tower Hamlets massage premises licence application. Inspection: all therapists have qualifications and contracts, keep their own passports and wages, rota displayed, no residential use. Approved.",
      "", "", "")
    T("British Red Cross referral: male (Sudanese, 19), living at Croydon asylum hotel, was approached by a man offering cash work. Taken to a car wash in Thornton Heath where he works 12hrs for £30. Man says if he stops he will tell the Home Office he is working illegally and he will lose his asylum claim.",
      "AV IT WW EO", "LH FA", "L")
    T("Case note: Supported L to GP appointment. L described how the couple she lived with in Woolwich took her out of school at 14 and she 'did everything' for the household. She never had a key and was told she would be killed if she ran away. Now 19. She says she still has nightmares.",
      "AV RM IT", "RMS", "D")
    T("Hospital Social Work (St Thomas'): patient admitted, malnourished, Indian national male 56, worked at a grocery shop in Lewisham for 5 years, sleeps in store room, no wages, says he owes the owner for his visa. Brought in by a customer who found him collapsed.",
      "WW AC DB", "PA SW UF", "L")
    T("Referral from Unseen helpline: caller states a man called 'Sami' holds the passports of 4 women working in a Brick Lane curry house and tells them immigration will arrest them if they go outside.",
      "RD IT RM", "DT FA RMS", "L")
    T("DWP fraud team note: 9 Universal Credit claims linked to one address in Leyton, all claimants Bulgarian, same bank account used for 6 of them, account holder Petar IVANOV. Claimants cannot say where they live when interviewed and say 'Petar helps with papers'.",
      "WW", "NCW SFW IS", "C")
    T("Case note: K says her ex controlled her money when they were together in Catford. Now separated, she manages her own finances. Her concern is child contact. Domestic abuse service continuing support; no modern slavery concerns.",
      "", "", "")
    T("Women's Aid (Lewisham) referral: R, 34, British. Her partner's brother sells her for sex to pay for her heroin and his own. She says she 'agreed' at first but now he locks her in and takes her money. She has been beaten several times.",
      "AV RM WW PSV", "RMS NCW", "S")
    T("Referral from St Mungo's outreach: rough sleeper (Lithuanian, 47), Stratford, alcohol dependent. Men in a van offer him £20 and drink to work on farms for days at a time. He says they keep his ID 'for the job'. Last time he wasn't paid at all.",
      "AV RD WW", "DT", "L")
    T("School nurse, Tower Hamlets: Year 11 girl says she is engaged to a man of 30 from her family's village and will marry after exams. She keeps her passport and says parents have said she can choose. No force described. Monitoring only.",
      "", "", "")
    T("Case note (Migrant Help): client states agency in Bangladesh charged £9,000 for 'senior care worker' sponsorship with a care home in Croydon. Sponsor gives him 12 hours work a week only, not the 37.5 promised, so he can't pay back the loan his family took. Sponsor tells him if he leaves he'll be deported.",
      "DEC DB IT", "UF FA", "L")
    T("NHS Health visitor: young Slovak mum in Plaistow tells HV the man who rents the house takes her child benefit every month and keeps the bank card. 'He says we owe him.' 12 people live in the house.",
      "WW DB", "NCW OA", "C")
    T("Referral from Newham Council Trading Standards: 'sweatshop' report re garment unit in Forest Gate. Visit: 8 machinists, all British Bangladeshi women working part time from 10-3, paid above NMW. Unit cramped but safe. No further action.",
      "", "", "")
    T("Case note, YP S (Albanian, 17). Says he was told in Albania he would work in a car wash and go to college. In London he was taken to a house in Erith where he watered plants. He couldn't leave; 'they said police here are bad and will put me in prison'. He was hit with a belt.",
      "AV DEC RM PSV IT", "RMS FA", "C", "high")
    T("Barnardo's ISCTA note: A (Vietnamese girl, 15) found in a nail bar in Lewisham during school hours. Says the 'auntie' she lives with makes her work every day after school and all weekend, no pay, says she is paying for her food and flight.",
      "AV WW DB EO", "LH", "L", "high")
    T("Referral from Kingdom Collective (Croydon church): man at food bank says he works at a hand car wash and sleeps in a shipping container on site with 3 others. He gets £25 a day and has to give £10 back for the container. He wants to move on but his boss has his passport.",
      "WW AC RD", "SW PLC DT", "L")
    T("Tower Hamlets Adult Social Care: safeguarding enquiry re Mr H, 66, learning disability. Nephew's friends moved into his flat, use his bank card, sell drugs from the address and have stopped him going to his day centre.",
      "AV WW RM", "NCW RMS", "C")
    T("Case note: Client T reports working long days at a Canary Wharf law firm, sometimes 80hrs a week. She is well paid and says the hours are the job. Referred in error by GP for 'overwork'. Closed.",
      "", "", "")
    T("Helpline referral: caller states his cousin, 22, was promised a job as a chef in a hotel in London and paid £3,500 to an agent in Kerala. On arrival there was no hotel. He is now living in a room in East Ham with 7 others and working in a shop for no pay until he 'pays off' the agent's friend.",
      "DEC DB WW", "UF OA", "L")
    T("Hestia case note: Client Y (Chinese, 39). Says she came for restaurant work. Instead taken to flats in Southwark and Greenwich, made to sell sex. 'I cannot go outside. The man says police will put me in jail because no visa.' Moved every 2 weeks. Doesn't know which area she was in.",
      "DEC RM IT ISO", "RMS FA IS", "S")
    T("ISVA referral (Croydon): 17yr old male disclosed he was raped by a man who he was made to deliver drugs for, as 'punishment' for losing a package.",
      "AV PSV", "", "C S", "high")
    T("Case note (Praxis): Client W, Ukrainian, came under Homes for Ukraine. Host in Bromley now asks her to clean, cook and look after his elderly mother full time in exchange for the room, and says if she refuses she will be homeless. She has no other housing offer.",
      "AV IT", "", "D")
    T("Referral from Lewisham housing: tenant reports that her neighbour keeps a young woman who never goes out and who she hears crying. After welfare visit by police the woman turned out to be the neighbour's adult daughter with severe anxiety, supported by community mental health. No exploitation.",
      "", "", "")
    T("Case note: Client G (Brazilian, 30) – worked as a cleaner through an 'agency' in Canary Wharf run by a compatriot. The agency kept her first 3 weeks pay 'as guarantee' and charged her £120 for her uniform and cleaning products.",
      "WW", "PPE", "L")
    T("NSPCC helpline referral: caller worried that a 12yr old boy in their block in Peckham is being used to run drugs, he goes out at 11pm and comes back 4am, they've seen older lads give him packages and slap him.",
      "AV PSV", "", "C", "high")
    T("Transplant coordinator note (Guy's): query raised by staff about a prospective unrelated living donor who travelled from abroad with recipient. Interviewed separately with independent interpreter. Donor and recipient are long-standing friends, no payment, full HTA approval. No concerns.",
      "", "", "")
    T("Referral from Hackney Migrant Centre (client lives in Newham): man says he was told in Pakistan that a kidney donation would 'pay off the family debt'. He was taken to a clinic abroad, one kidney removed, paid much less than promised. Now in London and being pressured by the same network to recruit other men.",
      "DEC AV DB IT", "", "O")
    T("Case note (Southwark CSC): Child Q (15). Police found her in a flat in Kent with 3 adult men. She said they are her 'boyfriends'. Phone shows men arranging to 'share' her. Strategy meeting held, CSE plan in place.",
      "AV", "", "S", "high")
    T("Local authority note (Greenwich): host family reported au pair 'missing'. Au pair found safe in Birmingham with friends, said she left as she was bored. Had her own passport and wages. No concerns.",
      "", "", "")
    T("Case note: client says her brother-in-law in Ilford took her to get her NI number and bank account, then kept the card. All her wages from the laundry go into it. She gets £50 cash when he decides.",
      "WW", "NCW", "L")
    T("Referral (Croydon Drop-in): 15 yr old girl says she has to 'hold' for a man called T because her brother owes him money. T says if she stops he'll hurt her brother.",
      "AV DB IT", "", "C", "high")
    T("GLAA referral from HMRC: construction labour supplier in Woolwich paying 40 workers through CIS with the same address and two bank accounts. Workers interviewed on site said they had never seen a payslip and the gangmaster 'does the money'.",
      "WW", "NCW MBC", "L")
    T("Case note (Salvation Army): Client E (Hungarian, 38). Picked up at Victoria Coach Station by man who offered work. Taken to a farm in Essex. Slept in a caravan with no heating, 6 people. Worked 6am to 8pm picking. Paid nothing for 4 months because 'you owe for the bed'. Boss shouted and threatened to 'break his legs' when he asked for money. Left with nothing, walked to a police station. E has been placed in a safe house and has had a health check. He remembers the farm was a long drive, past a big motorway junction, and has given a description of the farmer and the caravan site. Essex Police and the GLAA informed.",
      "DEC AC EO WW DB IT", "OA PLC LH", "L")
    T("Health visitor Tower Hamlets: mother reports her husband won't let her go to the park or see friends, he checks her phone. She has her own passport and works part time. Referred to DA service, no exploitation described.",
      "", "", "")
    T("Case note: B explained she was told she could not keep her phone at the house; the woman took it every night and gave it back in the morning so she could 'call customers'. She has no friends in London. Works in the woman's massage shop in East Ham.",
      "ISO", "IS", "S")
    T("Referral from Newham CSC: Romanian family, 3 children under 10 seen begging with their mother at Stratford station on school days. Father says they don't need school. No one controlling them outside the family identified. Education welfare referral.",
      "", "", "")
    T("Case note (Ashiana): client describes being forced to marry in Pakistan, brought to Leyton, where husband's family used her as a servant. She was locked in when they went out and 'they gave me food only when work finished'.",
      "RM AC", "RMS", "D")
    T("Kent & Medway ROCU passed to MPS: Croydon male organising minibus to take Bulgarian workers to Kent packhouses. Workers charged £15/day transport and £70/wk for beds in his houses in Croydon. 40+ men.",
      "WW", "CT OA CE", "L")
    T("Case note: Client V says 'I was free, I was just poor'. Lived in a shared house in Lewisham, worked in a kitchen, paid cash. Employer did not hold documents. Asked specifically about threats – none. Homeless prevention referral only.",
      "", "", "")
    T("Referral from Southwark Youth Services: 16yr old boy who always has a black eye or marks on him and is always tired, says he 'works for his uncle' at a market stall on East Street from 4am every day before school.",
      "AV EO", "PA LH CE", "L", "high")
    T("Case note (Croydon MASH): Two Vietnamese boys aged 15-16 presented at Lunar House claiming asylum. Both had phone numbers written on their arms. Worker believes they were instructed to call the numbers once placed in care. Placed in foster care with safety plan.",
      "AV", "", "", "high")
    T("Referral from a letting agent in Bermondsey: a tenant's 'cousin' pays the rent in cash for 4 Chinese women who speak no English, the flat has 6 mattresses, men visit at all hours.",
      "", "SFW OA", "S")
