#!/usr/bin/env python3
"""Hand-written blind set fresh109 (survivors, NRM, support, look-alikes).
Each entry: (text, indicators, signs, types, risk-override). Codes abbreviated; expanded below.
Risk: computed from the labels by the task's rule unless given ('i' immediate, 'h' high, 'm', 'l')."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
E = []
def T(text, i="", s="", t="", r=None, child=False):
    E.append((text, i.split(), s.split(), t, r, child))
# ---- part 1 ----
T("NRM referral submitted by PC 4471 HARGREAVES. PV (Vietnamese male, says 17, age disputed) found at rear of nail bar on Station Rd during warrant. States he was brought by lorry via France, told he owed £18,000 to 'uncle' and must work in the shop 7 days. Sleeps in back room on a mattress. No phone, no ID. LA children's services contacted re age.",
  "AV DB EO AC IS RD", "swp fpe", "L", "h")
T("Reasonable grounds decision received 14/03 for client M.O. (Nigerian female). Positive. Move-on to safe house arranged, transport booked for Thursday. Client anxious but engaging.", "", "", "")
T("Support worker note - visited A. in safe house. She says the man from Birmingham still messages her cousin asking where she is and saying she still owes him £4,000 for the flights. She has not replied. Safety plan reviewed, new SIM given.",
  "DB IT", "", "", None)
T("Client came to drop-in asking about help with housing. Lost his room after his landlord sold the property. Works full time at a bakery, paid weekly into his own account, has his own passport. No indicators of exploitation noted. Signposted to council housing options.", "", "", "")
T("2/B/P INT suggests POI Dorin LUPU (DOB 11/02/1986) is collecting Romanian males from Victoria coach stn and placing them at car washes in Luton area. Workers reportedly hand over bank cards on arrival. Men housed 8 to a 3-bed on Leagrave Rd.",
  "WW AC", "ncw oc", "L", "m")
T("i want to report the house next to mine theres about 10 men live there and a van comes at 5 every morning and brings them back like 11 at night, they look so tired and thin. never see them go to the shop or anything on there own",
  "EO RM", "oc cedl pa lh rm", "L")
T("Conclusive grounds: positive. Competent authority accepted on balance of probabilities that Ms T. was trafficked for sexual exploitation between 2019 and 2021 in Leeds and Bradford. Caseworker to discuss outcome with client and solicitor.",
  "", "", "S", "h")
T("Mr K. attended GP for renal follow-up. Received kidney from his brother in 2022 at the Queen Elizabeth, living related donor, fully consented. Creatinine stable. Continue tacrolimus.", "", "", "")
T("Debrief (via Tigrinya interpreter): She says that in Libya they kept her in a warehouse with many women and the guards came at night and took girls. She says she was raped there many times. She says she paid $3,500 to the smuggler in Khartoum before leaving and they asked for more in Libya or they would sell her.",
  "PV IT AV RM", "uf rm", "S", "h")
T("Client reported missing from Salvation Army safe house at 23:40. Last seen at 19:00 getting into a silver Golf outside. Client had disclosed previous owner of cannabis grow 'will find me'. Police informed, MISPER ref 0412. Re-trafficking risk assessed as HIGH.",
  "IT", "", "C", "i")
T("Safe house note: T. (Albanian female, 24) cooked dinner with other residents tonight, mood much brighter. Attended ESOL class. Wants to apply for college in September. No concerns.", "", "", "")
T("Money still being asked from her family in Edo state - she says they have been told the debt is now 'N9 million' and that her mother's house will be taken. Client tearful. Referred to counselling.",
  "DB IT", "", "S")
T("He told me i will work in a hotel in London cleaning rooms and get 1200 pound. When we arrive they took the passport to 'register' and put me on a farm in Lincolnshire picking. I never got the passport back and no hotel.",
  "DE RD", "dt", "L")
T("Duty to Notify (anonymous) - adult male, Sudanese, declined NRM. Worked at a takeaway in Sheffield for 14 months, paid £50 a week, slept above shop, boss kept his asylum papers. Declined as he fears removal.",
  "WW RD", "swp dt foa", "L")
T("Housing officer note: Tenant Ms BALOGUN reports damp and mould in the kids' bedroom. Landlord not responding. Family of four, both parents working. Environmental health referral made. No other issues.", "", "", "")
T("Concern raised by school DSL: Year 10 pupil (15) has new expensive trainers and two phones, missing from school 3 days last week, seen getting into cars with older males near the precinct. Mum says he comes home at 3am. Referred to MASH re CCE.",
  "AV", "", "C", "h")
T("PNC check only - male arrested for shoplifting at Boots, 42, British, local, has alcohol issues, no suggestion of anyone directing him. Charged and bailed.", "", "", "")
T("Caseworker note: client says the agency that got him the warehouse job charged him £300 'admin' before he started. After that he was paid correctly, lives in his own flat and has left the agency now. Advised re GLAA reporting.",
  "", "uf", "")
T("S. disclosed today that her 'boyfriend' posted adverts of her on a website and drove her to hotels to meet men. Money went to him. He hit her when she said she wanted to stop. She is now 19, this started when she was 16.",
  "AV PV WW", "ncw et", "S", "h")
T("Re-trafficking risk: G. has left the safe house three times this month to meet a man she calls her cousin. Staff believe he is the same person who controlled her in the pop-up flats. She says he 'is helping with her debt'.",
  "DB", "", "S", "h")
T("Reasonable grounds negative. Competent authority found no credible indication: client's account describes working in a restaurant with low wages and long commute but he was paid, free to leave and lived with family. Client wishes to challenge; solicitor informed.", "", "", "")
T("Officer handover: 3 Viet males detained at cannabis grow, 14 Mill Lane. One says he has been inside 'many months', door padlocked from outside, food brought by a man twice a week. Windows boarded. All 3 in custody - NRM referrals to be done by early turn, s45 to be considered.",
  "RM AC IS", "rm plc", "C", "h")
T("he come to my country and said my daughter can study in UK and do housework for his sister and they pay her school. She is now 2 years there and no school, she cleans all day and they dont let her phone me only once a month",
  "DE EO IS AV", "lh iso", "D", "h")
T("A&E: female ~30, Eastern European, attended with wrist fracture. Accompanied by male who answered all questions and would not leave cubicle. When alone briefly, pt said 'he is not my husband'. Pt appeared frightened. Safeguarding team informed.",
  "", "sfw pa", "", "m")
T("GLAA inspection of Fenland packhouse labour provider: payslips checked for 40 workers, holiday pay correct, workers hold their own ID and bank cards, transport optional and free. Minor breach: no written terms for 3 new starters. Advisory letter.", "", "", "")
T("Client update: Mr P. (Polish, 51) now in stable work at a recycling plant, own tenancy since March, paid monthly. Reports no contact with former gangmaster. Case closed with consent.", "", "", "")
T("Midwife note: booking appt, woman 22, Chinese, no English, brought by a woman who says she is the 'landlady'. Landlady held the patient's passport and NHS letter. Pt does not know her own address. Pt unsure of gestation. Interpreter booked for next time; safeguarding referral.",
  "RD IS", "dt sfw iso", "")
T("Bank alert: 11 accounts opened in 6 weeks at the same branch by different Romanian nationals, all giving the same address in Ilford and accompanied by the same man. Cards later used at one ATM in succession. Wages from an agency paid in and withdrawn same day.",
  "WW", "mbc sfw ncw", "L")
T("Missing from support: Eritrean male, 17, placed in supported lodgings, did not return. Phone off. Previously disclosed a debt of $6,000 to smugglers that 'must be paid from the UK'. Children's services and police informed.",
  "AV DB", "", "", "i")
T("My neighbour works crazy hours at a restaurant but he is the owner, he is just a workaholic lol. Not slavery just wanted to say the bins smell", "", "", "")
T("Victim account: They said if I go to police they will send the photos to my family in Tirana. I stayed because of that. I did not sleep with the clients willingly, he made me.",
  "IT PV", "", "S", "h")
T("CG decision: positive for criminal exploitation (county lines). Young person (16 at time) moved drugs from London to Norwich, held in a flat with a drug user, assaulted with a hammer when a package went missing and told the debt was now £2,000.",
  "AV PV DB", "", "C", "h")
T("Client anxious about letters from the Home Office re her asylum claim. Explained process. She lives with her sister and works part-time in a shop. No concerns.", "", "", "")
T("Resettlement note - N. (Filipina, former domestic worker in embassy household) reports she is settling into her new room. She told me again that at the old house she slept on the kitchen floor, got no day off in 2 years and her salary was sent to an agency in Manila 'for safekeeping'.",
  "AC EO WW", "lh swp ncw", "D")
T("INT (3/C/P): unknown male known as 'Fatos' said to be recruiting Albanian lads on TikTok for 'garden work' in UK, £1,500 a month. Those who arrive put in cannabis houses in Kent, told they owe £20k for the trip.",
  "DE DB", "", "C")
T("999 call: female caller whispering, says she is locked in a flat above a shop on Lea Bridge Rd, a man took her phone earlier but she has a second one, she is scared he will come back tonight. Line went dead. Units dispatched.",
  "RM IS", "rm", "", "i")
T("ok so the car wash on the corner, the guys there are always friendly, boss is a good guy pays them proper and they all got cars. people keep saying its slavery but its not", "", "", "")
T("Follow-up call with client now in Bristol. Says the man in Romania who arranged his farm job keeps calling his wife asking for the 'remaining 800 euros'. Client no longer works for him. Advised to report to police; client declined.",
  "DB", "", "L")
T("Safe house note: overnight staff found resident V. on phone at 2am speaking Vietnamese, distressed. She later said 'they know I am here'. Manager informed, location may be compromised. Move requested.",
  "", "", "", "m")
T("Debrief: we worked at the factory 12 hour shifts, 6 days, and at the end of the week Marek gave us 30 pounds each. He said the rest pays for the house and the bus. In the house 14 people. If you complain you go out, you have no place.",
  "EO WW DB AC AV", "lh oc ct ncw", "L")
T("Police log: Report of noise from house share on Clifton St. Attended - four Polish males drinking after work, all employed by a local builder, showed payslips and own IDs when asked. Words of advice given re noise.", "", "", "")
T("Intel: female working from flat 4B Tennyson Court advertised on AdultWork as 'new young Asian girl'. Male drops food every day and collects cash. Female never seen outside. 2/C/C - do not disclose to LA without OIC authority.",
  "RM", "rm", "S")
T("Client's conclusive grounds decision is still pending after 19 months. She is frustrated and asked me to write to the SCA. Letter sent. Mental health deteriorating because of waiting, GP appointment made.", "", "", "")
T("I was 14 when my uncle took me to Manchester to 'help his wife with the baby'. I did all the cooking, cleaning, the kids, and I was not going to school. I slept on the floor in the baby room. When I cried he slapped me.",
  "AV DE PV AC", "", "D", "h")
T("Referral declined - adult man, Slovak, referred by job centre because he had no money. On assessment he lost his job at the poultry plant after a dispute about shift pattern; he was paid all wages owed and his ID is with him. Not an NRM case.", "", "", "")
T("Retrafficking concern: J. got a call from a number in Romania offering 'new work in Germany, travel paid, you pay back later'. He is tempted as his UC is stopped. Worker discussed risks, J agreed to show us any offer first.",
  "", "", "")
T("Support note: client still receives texts from ex-controller saying 'you will never be free, we know where your children school is'. Police informed, crime ref 44/1912/23.",
  "IT", "", "")
T("Outreach team at Park Lane: Romanian woman begging said a man brings her each morning in a van with 5 others and collects the money at 6pm. She gets food. Did not want help, looked afraid when the van came.",
  "WW", "et ncw foa cedl", "C")
T("GP letter: 28 year old man, pain in left flank, scar consistent with nephrectomy. Says through interpreter that in Egypt a broker offered him $5,000 for a kidney to pay debts, he was paid $1,000 only. Now in UK asylum process. Referred to urology, safeguarding informed.",
  "DE AV WW", "", "O", "h")
T("Press summary: Man jailed for 9 years after forcing Indian chefs to work 90-hour weeks in his restaurants for a fraction of the minimum wage. Their passports were kept in his office and they slept on the restaurant floor.",
  "EO WW RD AC", "lh dt swp", "L", "h")
T("Supported housing note: resident asked for help with bus pass and with registering at dentist. Discussed budgeting. Says he enjoys his job at the warehouse.", "", "", "")
T("Meeting with IO: they want client to give statement against the group. Client fearful for family in Vietnam. Explained she can take time. Support needs: housing, counselling, legal advice.", "", "foa", "")
T("NRM referral: adult male, Indian, 34. Came on a care worker visa. Sponsor charged £12,000 for the certificate of sponsorship which he borrowed at home. On arrival given 10 hours a week only, told to pay back £500 a month 'or we cancel your visa'.",
  "DE DB IT AV", "uf", "L", "h")
T("the guy in the flat above is selling weed, kids coming and going all night, please do something", "", "", "")
T("Debrief (interpreter: Mandarin). She says she came to work in a massage shop believing it was legal massage. She says the boss told her she must do 'extra service' to pay back the visa money. She says she was not paid, all money went in a box for the boss.",
  "DE DB WW", "ncw", "S")
T("Cuckooing - 2/A/P. Mr HOLT (vulnerable adult, learning disability) flat at 7 Burns Walk taken over by three males from Liverpool using it to deal. Mr HOLT made to sleep in the bathroom. Neighbour heard shouting 'you'll get shanked'.",
  "AV IT AC", "", "C", "h")
T("Update: client has now moved on from safe house into dispersal accommodation. Worried about being alone. Agreed weekly phone calls for 3 months (MSVCC outreach). No ongoing exploitation.", "", "", "")
T("Client told me today she still has the debt on her mind - the madam in Italy says she owes €25,000 and sends voice notes every week. She says if she does not pay they will 'do juju' on her family.",
  "DB IT", "", "S", "h")
T("Council licensing: nail bar on High St visited with Immigration Enforcement. Two workers without right to work. Both had own passports and bank cards, said paid £8/hr cash, lived with own families. Civil penalty to owner. No MS indicators.", "", "", "")
T("He beated me when the car was not clean enough. We sleep in the container behind the car wash, no toilet only the hose. I wash cars from 7 to 8 night every day.",
  "PV AC EO", "swp plc lh", "L", "h")
T("FR note for NRM: how did client leave? - Client ran when the van stopped for petrol at Toddington services. He walked to the police station. First chance as he was never left alone before.",
  "RM", "rm et", "")
T("Asylum support note: client's Aspen card stopped working, he has no money for food. Contacted Migrant Help. Emergency food parcel.", "", "", "")
T("Client shows signs of being watched: same car parked outside her accommodation 3 days. She recognised the driver as the brother of the man who ran the brothel.",
  "IT", "", "S", "h")
T("My son (19, autistic) met some 'friends' who said he could earn easy money. Now they make him carry packages on the train and he says he owes them because he 'lost' one. He is scared to go out.",
  "AV DB", "", "C")
T("Housing note: family of 7 in a 2-bed, all members related, father works as a taxi driver, overcrowding reported to council housing. No exploitation concerns.", "", "oc", "")
T("Information from NGO: women recruited from Brazil for 'au pair' jobs via Instagram, end up in flats in Manchester selling sex, charged £100 a day 'rent' by the organiser.",
  "DE DB", "", "S")
T("Client was referred to NRM by Border Force at Heathrow: young Vietnamese woman on fake Japanese passport, met by no one, had a number written in her shoe. Says she was told to call when she arrived and someone would bring her to a job.",
  "", "", "", "m")
T("Interview: I did not want to go with them but they said my debt is now £30,000 because I ran away once. They shaved my head and kept me in the room for one week without food as punishment.",
  "DB PV RM AC", "rm", "")
T("Caseworker: conclusive grounds positive for domestic servitude. Client worked for a family in Ilford for 6 years unpaid, not allowed to leave the house except with the wife.",
  "WW RM", "rm et", "D")
T("Neighbour says there is a man who always comes to take the kids next door to school and he shouts at them, she thinks thats child abuse. Checked - he is the father, social services already involved re parenting. No trafficking.", "", "", "")
T("Probation note: PoP released on licence, formerly convicted of cannabis cultivation. During supervision he disclosed he was brought to UK at 16 and 'had to stay in the house until the crop was ready', he was told they would kill his mother. Consider NRM and CCRC.",
  "AV RM IT", "rm", "C", "h")
T("Client got her first pay slip from her new job in the hotel laundry and was so proud. She opened a bank account in her own name last week. Support plan: independence.", "", "", "")
T("Worker from a Slough agency says he gets £60 a week after 'deductions' for accommodation, van and hi-vis. Works 60 hrs. Paid to a card the driver keeps.",
  "WW EO", "ncw ppe ct lh", "L")
T("CSE concern: girl (14) in care, missing for 2 nights, returned with vodka and new nails. Says she was at a 'party' in a flat with older men. Photos on her phone of her in a hotel room.",
  "AV", "", "S", "h")
T("Gangmaster licensing breach only: provider supplied 12 workers without a licence. All interviewed, all paid properly into own accounts, no accommodation provided. Referred for prosecution for unlicensed activity.", "", "", "")
T("She says the wedding was arranged by her father and she did not want it. She says after she came to Bradford her husband's mother took her passport and made her do all the housework for 11 people, she was not allowed out.",
  "RD RM EO AV", "dt rm lh", "D", "h")
T("Police note: male Albanian detained in Kent after small boat arrival, says nobody is meeting him and he has an uncle in London. Paid smuggler himself. No indicators at this stage. Screening interview booked.", "", "", "")
T("Client's rent arrears now £900 due to benefits delay. Support worker wrote to landlord. Client is a survivor (CG positive 2021) but this is ordinary debt, nothing linked to exploiters.", "", "", "")
T("Victim says he was sold to a fishing boat skipper by the man who met him at the airport. Worked 20 hour days on the boat out of Newlyn, could not leave as the boat was at sea, was paid nothing for 4 months.",
  "EO RM WW", "lh rm", "L", "h")
T("Debrief: The man who brought us took our phones 'so police cannot track'. We did not know which town we were in. Only when I saw the bus said Peterborough I knew.",
  "IS", "iso", "")
T("drove past the hand car wash on the A6 at 10pm and the lads were still working in the rain in sandals no gloves. same lads at 7am. something not right",
  "EO AC", "lh", "L")
T("Missing from care: 16 y/o Vietnamese boy, arrived Dover 2 weeks ago, left foster placement at night, phone found in bin. Suspected collected by traffickers for onward cannabis/nail bar work. Immediate risk.",
  "AV", "", "", "i")
T("Client doing well: got her refugee status, now volunteering at a food bank. Still in touch with her support worker monthly. No ongoing risk.", "", "", "")
T("She says that the agent in Lagos told her she would do hair braiding in London. She says when she came, the woman said she must 'work with men' to pay the €35,000. She says she was beaten with a belt when she refused.",
  "DE DB PV", "", "S", "h")
T("Bank financial crime: account of Mr F. (UK national, 67, dementia) receiving and sending large amounts to unknown third parties. Daughter reports a man befriended him and 'borrows his card'. Referred to adult safeguarding as financial abuse.", "", "", "")
T("INT 1/B/P: Source states that the boss at the Kings Lynn packhouse takes the workers' passports on day one 'to do the payroll' and keeps them in the safe. Workers housed in caravans on site. 3 workers have asked for them back and been refused.",
  "RD AC", "dt", "L")
T("CG decision negative: competent authority found client's account of forced labour at a car wash not credible on balance of probabilities due to inconsistencies. Client is appealing with reconsideration request.", "", "", "")
T("Support worker observed client has very few belongings - one carrier bag with two t-shirts. She says the rest was kept at the brothel when she ran.",
  "", "fpe", "S")
T("my friend from church she work for family in Kensington, they take her passport when she come and she never have day off, they pay 200 pound a month. Now she want to run but they say police will put her in prison",
  "RD EO WW IT", "dt lh foa", "D", "h")
T("Police: Report of a man sleeping in a shed at the allotments. Attended, male, 55, British, homeless after eviction, not working for anyone. Referred to outreach.", "", "", "")
T("Client attending court as witness next month. Arranged special measures. Client worried defendant's family will recognise her. Restraining order in place.", "", "", "")
T("Debrief summary: Worked in a care home in Norfolk via a 'sponsor'. The sponsor took £8,000 up front, then kept my salary in a joint account and gave me £100. I did double shifts. He said if I leave he will report me and I will be deported.",
  "DB WW EO IT", "uf ncw lh", "L", "h")
T("Client's former employer (a farm in Herefordshire) has written to say he owes her £340 holiday pay and will pay it this month. She left on good terms. Benefits advice only.", "", "", "")
T("Intel: Slovak family (Roma) in Derby - head of family 'Dusan' takes the bank cards of 9 men he brought over, they work at a meat plant via agency, he draws their wages at a cashpoint on Normanton Rd every Friday. Men live in his loft.",
  "WW AC", "mbc ncw oc", "L")
T("RG positive. Client (Eritrean, 19) disclosed forced labour in Libya and sexual violence in transit; no exploitation in UK. Support: counselling, GP registration, asylum solicitor.", "PV", "", "L", "h")
T("Safe house: resident L. refused to go to her appointment at the job centre because 'the men who brought me know that building'. Staff accompanied her instead.", "", "foa", "")
T("Worker at the nail bar told PCSO 'I am fine, I live with my husband, I go home at 7'. PCSO satisfied - no concerns about control. Shop ordinary.", "", "", "")
T("Said they kept him in the garage at night with the door bolted and in the day he did the roofing. He had no shoes only flip flops. The boss Tommy said 'you're family now, family don't leave'. He was there 11 years.",
  "RM AC", "rm plc", "L")
T("Parent called 101: daughter 15 keeps getting Snapchat messages from a man in his 20s who sends her money and Uber rides to hotels. Daughter says he is her boyfriend.",
  "AV", "", "S", "h")
T("NRM referral by local authority: adult female, British, 38, heroin user. Man she calls 'boyfriend' supplies her drugs and in return makes her shoplift to order from Primark and Boots daily. Takes all proceeds. She says she has to or he will stop the gear and 'cut her'.",
  "AV WW IT", "ncw", "C", "h")
# ---- part 2 ----
T("SA caseworker: Client H. (Vietnamese male, 22) in outreach support since CG positive. Today disclosed he is still paying 'the company' in Hanoi £200 a month from his wages at the restaurant because they told his parents the house is security for his debt. He is paid fine by the restaurant, it is the old debt.",
  "DB IT", "", "", None)
T("Re-trafficking flag: former cannabis grow victim Q. seen by outreach team on Whitechapel Rd with a known associate of the OCG. Q. said he 'just met a friend'. Information shared with OIC.", "", "", "", "m")
T("Safe house incident log 03:10 - a car flashed its lights outside for 20 minutes, resident P. very distressed, recognised it. Police called, car gone on arrival. Moved to alternative accommodation 10:00.", "", "", "", "m")
T("i wanna report my ex boss, he owes me 2 weeks wages from the pub and keeps saying next friday. i quit because of it. i got another job now. can you make him pay", "", "", "")
T("Debrief. Q: Who kept your passport? A: The woman, Mama Joy. She said documents are not safe with girls. She put it in her bag and I never see it again. Q: Were you paid? A: No. She said the money goes to the debt. Each week she tells me how much I still owe, it was not going down because she add rent and condoms.",
  "RD WW DB", "dt ncw", "S")
T("Social worker note: unaccompanied child (Afghan, says 16) told me in the car that the man who brought him through Iran made him work in a brick kiln for 5 months to 'earn the journey'. Beaten with a pipe when he stopped. In UK now, no current exploitation. NRM submitted.",
  "AV DB PV EO", "", "L", None, True)
T("Client moved into her own council flat today! Keys collected. Support worker helped with furniture grant. Client said she finally feels safe.", "", "", "")
T("INT 2/B/P: ALIU Kingsley (DOB 03/09/1979) running a 'recruitment agency' for care workers from Nigeria & Ghana. Charges £10-15k for sponsorship, then places them in homes in Essex on zero hours. Several have been told to pay 'top-ups' or lose their visa.",
  "DE DB IT", "uf", "L")
T("Victim debrief (translated from Romanian): 'We came for work in the fields, he said 7 pound per hour. After one month he said we owe him for the house, the transport, the food. I asked for the money and he showed me a knife. He said in this country nobody knows you.'",
  "DE DB IT AV WW", "ct", "L")
T("GP: patient (M, 45, Pakistani) attended for diabetes review. Wife interpreting. No concerns.", "", "", "")
T("NRM form - Section 'who exploited them': Male known as 'Bossi', Albanian, tattoo of an eagle on neck, drives black Audi A5 (plate partial AK19). Ran 3 cannabis houses in Swindon. Client was kept in one, windows blacked out, not allowed out, food delivered, told if he left 'your family pay'.",
  "RM IT AC", "rm", "C")
T("Housing support: client reports her hot water has been off for 10 days. Landlord contacted. She works as a teaching assistant. Not an exploitation case, general tenancy support.", "", "", "")
T("Debrief, interpreter's note: He says the boat owner kept all the crew's seaman's books in the wheelhouse. He says when they docked in Scotland they were not allowed to go ashore. He says they worked 'until the fish finished', sometimes 2 days without sleep.",
  "RD RM EO", "dt lh rm", "L")
T("Client update: A. (Polish, 60) was exploited on a farm for 8 years (CG positive 2020). Now living in sheltered housing. Today he asked for help because his old 'employer' turned up at the shop near his flat and told him to 'come back to work, we have a bed for you'. Client frightened.",
  "", "", "L", "m")
T("GLAA: Workers at a Kent salad packhouse pay £50 a week for transport in a minibus run by the supervisor's brother, compulsory. Hi-vis and boots deducted £35. Wages otherwise paid properly into own accounts, own IDs. Enforcement notice re charges.",
  "", "ct ppe", "L")
T("he keep my bank card and pin, give me 20 pound every sunday for food. I work in the kitchen from morning to closing. i sleep in the store room with the rice",
  "WW EO", "ncw lh swp", "L")
T("Police log: Concern for welfare - elderly man living with carer. Attended; carer is his daughter, he is well looked after, house clean. No further action.", "", "", "")
T("Reconsideration request submitted for negative RG: new evidence - medical report (Rule 35-style) shows scars consistent with client's account of being burned with cigarettes by the brothel manager in Birmingham.",
  "PV", "pa", "S")
T("Client missing from safe house since Saturday. Left a note saying 'gone to work, don't look for me'. She had mentioned a friend offering 'good money in Manchester, no papers needed'. High risk of re-trafficking. Missing persons report made.", "", "", "", "h")
T("She says that her husband's family in Leicester made her work in their shop and in the home, she says she did not have her own money and her spousal visa papers are kept by father-in-law. She says she was allowed to call her mother only in front of them.",
  "RD WW IS RM", "dt ncw iso", "D L")
T("Intelligence report: Brothel at 22 Kings Rd, Slough, reported by anonymous source. Women rotated every 2 weeks from other cities, driven by a male in a grey Toyota Prius. Women do not leave premises. Cash collected nightly. 2/C/P.",
  "RM", "et rm ncw", "S")
T("Client (British male, 31, former rough sleeper) says he was 'recruited' outside a soup kitchen in 2018 by a family who put him in a caravan and had him tarmacking driveways. Paid in cans of beer and £10 here and there. They beat him if he tried to go. CG positive.",
  "AV WW PV AC RM", "rm plc", "L")
T("Prison note: Vietnamese prisoner serving 2 years for cultivation claims he was forced. Prison ran an NRM referral via the modern slavery lead. He says he owed £25,000 to the 'snakehead'.", "DB", "", "C")
T("Case closure: client now in stable employment as a forklift driver, has his own bank account, own rented room, regularly sends money home by choice. No contact from former exploiters in 18 months. Closed.", "", "", "")
T("Member of public: I think my cleaner is being trafficked?? She comes with a man who waits outside in the car and takes the money from me, she never talks. Paid him £60 cash. Not sure if I'm overreacting.",
  "WW", "ncw sfw et", "L")
T("Follow-up: the man who took the cleaning money turned out to be her husband, she has her own account and speaks good English, she's just shy. She confirmed she keeps her wages. No concerns.", "", "", "")
T("INT 1/A/P: Source knows that TRAN (nom) keeps 6 Vietnamese females working at Nailz & Spa, Stockport. They are brought in a people carrier at 8am, taken back at 9pm to a flat above a kebab shop, 6 of them in one room. Told they owe 'uncle' for their travel.",
  "DB AC EO", "et cedl oc lh", "L")
T("Triage note 101: caller says workers at a farm near Evesham living in a barn with no heating. Caller is a delivery driver. Passed to GLAA.", "AC", "plc", "L")
T("Survivor testimony (press): 'They told me I would be a waitress in London. At the airport they took my passport and the next day I was in a house with six other girls. If I said no, they hit me. I thought I would die there.'",
  "DE RD PV", "dt", "S")
T("Support note: client struggling with nightmares; flashbacks to the period in the house in Dagenham where she cleaned and looked after the children for 3 years without pay and slept in the kitchen. Referral to trauma therapy.",
  "WW AC", "swp", "D")
T("Worker at the car wash said 'we get 40 pound a day, boss is fair, we can leave when we want, I have my own flat with my brother'. Officers satisfied. Owner has payroll records.", "", "", "")
T("Screening interview (Home Office): Eritrean male says in Libya he was held in a prison by smugglers who called his family demanding $4,000 for his release, he was beaten during the calls so family could hear.",
  "PV RM IT", "rm", "", "h")
T("Organ trafficking report: NGO received call from a Nigerian man in London who says he was brought to UK 'to donate kidney to a rich businessman' and was promised £7,000 and a job. The operation did not happen as the hospital ethics team refused. He was left with nothing and is now homeless.",
  "DE AV", "", "O")
T("Debrief: I met him on Facebook, he said he loved me, he paid for my ticket from Bucharest. When I arrived in Leicester he said I must pay him back 3,000 by working in a 'club'. I had to have sex with men. He took all the money.",
  "DE DB WW", "ncw", "S")
T("Safeguarding referral from school: 13 year old girl says she is being made to look after her 4 younger siblings and do all housework and cooking at home, not allowed to attend after school clubs. Mother works nights. Early help referral - neglect not trafficking.", "", "", "")
T("NRM - how did exploitation start: Client was homeless in Glasgow when a man offered him a bed and a job 'helping with deliveries'. The deliveries were drugs. After 2 weeks the man said he owed £500 for the bed and food and had to keep working. He was hit when he tried to leave.",
  "AV DB PV DE", "", "C")
T("Client asked about her rights to work now that she has leave to remain. Explained. Gave her details of local employment support. Client keen to get work in retail.", "", "", "")
T("Call log: 999 from petrol station attendant, young man came in barefoot saying 'help, they keep me in a house' in broken English, pointing up the road. Attendant has him in the back office. Police en route.",
  "RM", "rm pa", "", "i")
T("Outreach worker: client is back in contact with the woman who controlled her, says 'she is helping me with rent'. Client has started working again at a 'massage place' the woman owns. Risk of re-exploitation HIGH.", "", "", "S")
T("Intel 2/B/C (not to be disseminated outside police without OIC approval): Indian national students on Tier 4 visas working 60+ hours a week at a Leicester garment factory for £3/hr, above the permitted limit. Boss threatens to report them to Home Office if they complain.",
  "EO IT AV", "lh", "L")
T("Complaint to council re HMO on Abbey St: 9 people in 4 rooms, all working at the same warehouse through the same agency. The landlord is the agency manager and takes rent directly from their pay.",
  "AC", "oc", "L")
T("Investigation update: the Abbey St HMO was inspected - 9 tenants, all on standard tenancies signed separately, rent deducted with consent, payslips show NMW. Agency manager is the landlord but no coercion found. HMO licence breach only.", "", "oc", "")
T("he told me his boss in the kebab shop smacks him and the other lad if they are slow and they live in the flat upstairs, they dont get days off. dunno there names, they are kurdish i think",
  "PV EO", "swp lh", "L")
T("Client's mother in Vietnam phoned client to say men came to her house and demanded the rest of the money for the journey. Client is in our support and not working. She is afraid to go back.",
  "DB IT", "", "")
T("Support worker note: M. (Albanian) attends college, has part-time job at Costa, lives in supported housing. Today a man approached her outside college offering 'easy cash for driving'. She refused and told us. Safety advice given.", "", "", "")
T("Conclusive grounds positive: domestic servitude and sexual exploitation. Client (Ugandan) brought as nanny by a diplomat's family in 2017; worked 18 hour days, passport held by employer, raped by employer's son.",
  "EO RD PV", "lh dt", "D S")
T("GP note: 40 yo Slovak man, back pain. Works on a building site, says he does long shifts but is well paid and goes home to his family in Slovakia every few months. Advised physio.", "", "", "")
T("Officer note: Raid at 4 Moorland Rd (cannabis). 1 x Vietnamese male found hiding in loft, 40 plants, hydroponics. He says he is paid when the crop is sold, doesn't know where he is, arrived in back of a van at night. No phone. NRM considered.",
  "IS WW", "iso", "C")
T("Debrief: My employer in Dubai brought me to London for the summer with the family. At the hotel I slept on the floor of the children's room. I had no money because she said my salary was paid to my family back home, but my family never received it.",
  "WW AC DE", "ncw", "D")
T("Duty to Notify (anonymous): adult female, Chinese, found at a massage parlour during licensing check. She said she works to repay 'the agent' and she cannot go out without the manager. Declined NRM and police contact.",
  "DB RM", "rm foa", "S")
T("the lad who does my nails keeps saying he cant wait to go home to vietnam, he is going next month for his sisters wedding, he is lovely. people think all nail bars are slavery but he is fine and owns half the shop", "", "", "")
T("Probation: service user (British, 19) on licence for possession with intent. Discloses a dealer he owes £3,000 to is telling him to 'run a line' to Torquay or they will hurt his girlfriend. Referral to NRM and police.",
  "DB IT", "", "C")
T("RG decision: positive, labour exploitation. Client (Sri Lankan) worked in a petrol station shop in Croydon 16 hrs a day, living in the back office, paid nothing beyond food; owner kept his passport 'for the visa renewal'.",
  "EO WW RD AC", "lh swp dt", "L")
T("Safe house note: resident J. asked staff to hold her new passport in the office safe because she is afraid her ex will find it. Her request, she can have it whenever she wants. Recorded on file.", "", "", "")
T("Interview via Arabic interpreter: He says the man in Calais said the 'boat price' is 1,500 euros and then in England he must give him the first 3 months of his wages. He says he has done that and is now free. He works in a barber shop, owner pays him directly.",
  "DB", "", "")
T("Report from hotel manager: a man has booked 3 rooms for a week, different young women coming and going, men visiting at all hours. One woman asked reception in broken English 'where am I'. Staff called police.",
  "IS", "", "S")
T("Tenancy sustainment: client (survivor) had a visit from bailiffs over an old phone contract taken out in her name by her former trafficker. Worker contacting the provider to explain fraud. Debt disputed.",
  "", "", "C")
T("Debrief: The gang told us to go to shops and take razors, perfume, baby milk. Each day we must bring £300 of goods. If less, no food and they beat us with a cable. We live in a house in Ilford, 12 people, the door always locked.",
  "PV RM AC WW", "oc rm ncw", "C")
T("Client disclosed that in the past (2015) her ex-partner was violent and controlling, took her phone and money. She now lives alone with her children. This was domestic abuse, no work or sexual exploitation. IDVA referral.", "", "", "")
T("INT 2/C/P: Females from Hungary working in pop-up brothels across Thames Valley, moved every week by a male 'ZOLI'. Adverts on Vivastreet using same phone 07700 900412. Women reportedly charged £150/day for the room and adverts.",
  "DB", "et", "S")
T("Organ donation note: living donor assessment for Mrs S. who wants to donate to her husband. Independent assessor confirms no coercion or payment, she is fully informed. Approved by HTA.", "", "", "")
T("Intel suggests a group in Birmingham offering money to Pakistani men for kidneys, surgery to be done abroad in a private clinic. One man says he was paid a fraction of what he was promised and now cannot work. 3/C/P.",
  "DE AV", "", "O")
T("Support worker note: R. returned to safe house after 2 nights missing. Has new clothes and phone. Won't say where. Bruising on arms. Strong concern she has been exploited again. Police informed.",
  "", "pa", "", "h")
T("Outreach: Roma man begging outside Tesco says 'boss takes the money'. Sleeps in a car with two others. Has a disabled leg.",
  "WW AV AC", "ncw plc", "C")
T("A&E: 17 yo male, stab wound to thigh. Refused to say who. From London, found in Southend. Phone ringing constantly. Mum unaware he was out of London. Safeguarding referral - CCE concern.",
  "PV AV", "pa", "C")
T("Caseworker: client's partner is supportive, they live together and both work, client is pregnant and excited. Risk assessment reduced to low.", "", "", "")
T("Email from employer: I run a farm and we hire seasonal workers through the Seasonal Worker scheme. One of our workers has asked if we can keep his passport safe in our office. I said no, he should keep it. Is this right? (Response: yes, good practice.)", "", "", "")
T("Debrief, Vietnamese female, 19: My aunt's friend said I could work in a nail shop in UK and pay for my mother's hospital bills. I came in a lorry. They put me in a house, I did nails 7 days, 10 hours, they said they keep my money to pay for the trip. I could only go out with the boss's wife.",
  "DE AV EO WW DB RM", "lh ncw rm et", "L")
T("Police log: domestic argument between couple, both British. Female says partner shouted and broke her phone. Partner arrested for criminal damage. DASH completed - medium. No exploitation.", "", "", "")
T("NRM - other potential victims: Client says at least 4 other Romanian men still working at the demolition site in Walsall, still living in the yard in caravans with no water, still owing the boss. Names: Ion, Gheorghe, Petru, 'Mititel'.",
  "AC DB", "plc", "L")
T("Social worker: the 15 year old girl says a 'friend' takes her to houses where she has to have sex with men he knows. He gives her cannabis and says she owes him. Strategy meeting called today.",
  "AV PV DB", "", "S", None, True)
T("Personal statement: I worked for the family in Knightsbridge for 3 years. I was never allowed to take a holiday. Madam kept my passport in her dressing room. When I asked for my salary she said 'when you go home'. I never went home.",
  "EO RD WW RM", "lh dt", "D")
T("Client feeling low since support ended - her 45 days ended and she moved to asylum accommodation. Referred to community support group. No exploitation risk identified.", "", "", "")
T("INT: males at 'Sparkle' car wash, Hull, work 8-8 and are picked up in a white Transit. Reportedly one pays for his place in the van. Paid in cash by the manager but the manager holds onto it 'so they don't spend it'. 2/C/P",
  "WW EO", "cedl et ct lh ncw", "L")
T("Home Office screening: male, Indian, arrived on visit visa, overstayed. Worked in a Southall warehouse for cash, lived with friends, says nobody forced him, he stayed because the pay was better than in India. No indicators.", "", "", "")
T("Debrief: The man said if I try to escape he will kill me and my son. He showed me a video of a girl who was beaten because she escaped. He kept me in the flat, only he has keys.",
  "IT RM PV", "rm", "S", "h")
T("A different man came to the safe house door today saying he was client's 'brother' and wanted to see her. Client says she has no brother. Staff refused entry, police called. Client terrified.",
  "", "", "", "m")
T("Client hospitalised with TB. She had been living in a basement with no windows for 2 years while working in a restaurant kitchen, so had no access to GP. NHS teams informed.",
  "AC", "plc swp", "L")
T("Support note: client received a letter from the Vietnamese bank saying his family's loan for his journey is in arrears. Family had borrowed to pay the smugglers. Client not working. This is family debt rather than an exploiter debt.", "", "", "")
T("Call to helpline: caller's brother in Poland says he was promised work in a UK bakery, but he is in a garage making sandwiches, and gets nothing because 'first the debt'. The boss keeps the ID cards of all workers.",
  "DE WW DB RD", "dt ncw", "L")
T("2/B/P INT suggests MOHAMMED (nom) is using young Sudanese asylum seekers at a hotel in Kent to carry cash and drugs for him, paying in food and cigarettes.",
  "AV WW", "", "C")
T("Client (survivor of labour exploitation) is now working in a car wash again, a different one. Worker visited: he has a contract, is paid by BACS, has weekends off. Client happy. No concerns.", "", "", "")
T("Victim statement: They said 'pay £2,000 to get you the job in the hotel kitchen'. I paid. I worked two weeks and they said the job finished. They do not give me the money back. I left to go to my cousin.",
  "DE", "uf", "")
T("Child protection: referral re 12 year old boy left alone for days while parents work. Neglect. No exploitation.", "", "", "")
T("Safe house note: resident from Sudan constantly checks the windows and doesn't want to go outside. Says 'they are everywhere'. Mental health referral. No specific threats identified.", "", "", "")
T("He says the boss locked the tool shed with them inside at night at the farm in Cambridgeshire so they 'don't steal'. He says 7 men in there. He says they were paid monthly but half was taken for 'rent'.",
  "RM AC WW", "rm oc", "L", "h")
T("Reasonable grounds decision letter received - positive. Client is a British woman (44, learning difficulties) whose 'friends' used her flat to sell drugs and made her hold packages. She was too frightened to say no.",
  "AV", "", "C")
T("Support note: client's ex-employer (a care home owner) has started legal action against him for 'breach of contract' saying he owes £4,000 for leaving before 5 years. Client was sponsored. Solicitor advises clause unenforceable. Client frightened.",
  "DB", "", "L")
T("Work visit: Lithuanian men at a waste recycling plant near Bolton picked up at 5:30 every day, working 14 hours sorting rubbish without masks, sleeping in a house owned by the gangmaster, 12 of them.",
  "EO AC", "cedl lh oc", "L")
T("Client's solicitor letter: client was arrested for possession of cannabis with intent; client had been forced by county lines gang. s45 defence raised. NRM conclusive grounds positive supports.",
  "", "", "C")
T("Case review: Former domestic worker F. (Indonesian) is now employed by a new family under proper terms, has her own room, days off, and keeps her passport. She is content. Close case.", "", "", "")
T("Intel: Somali teenage girls (15-16) being picked up from a children's home in Bristol by men in cars and taken to Cardiff. Suspected CSE. 2/C/P.",
  "AV", "", "S", None, True)
T("Online report: yo theres a lil kid like 13 on a push bike bringing stuff to the trap house on my road every night like 2am, someone should check on him",
  "AV", "", "C", None, True)
T("Victim account (Punjabi interpreter): She says she married him in India and came on a spouse visa. She says he and his mother kept her locked in the house in Southall, made her clean and cook for the family, and he raped her. She says her passport was in his mother's cupboard.",
  "RM PV RD", "rm dt", "D")
T("Probation: PoP (Vietnamese) asks to attend a 'job interview' in another city arranged by a 'friend'. Offender manager concerned - he was a victim of trafficking before. Travel not approved.", "", "", "")
T("Bank note: customer (Bulgarian, 23) came to branch with a man who did all the talking, asked to change the contact number on her account to his. She seemed nervous. Staff refused to change without her alone.",
  "", "sfw", "", "m")
T("Organ harvesting - intelligence from Interpol via NCA: UK-based broker arranged for a Moldovan man to travel to Turkey where his kidney was removed; he received €2,000 of €10,000 promised. Broker known to be recruiting again in London.",
  "DE WW AV", "", "O")
T("Support worker: client lost his job at the bakery because the company closed. He has savings and is looking for work. Mood okay.", "", "", "")
# ---- part 3 ----
T("First responder (Barnardo's ICTG): YP (Vietnamese, 15) says he lived with 'the aunty' above a nail bar, she took his phone 'so he would not be homesick' and he never knew the name of the town. He was not allowed to talk to customers.",
  "AV IS", "iso", "L")
T("Client has no contact with anyone outside the house for 5 years. She did not know the address or even the country's phone code. Only the wife spoke to visitors. CG positive (DS).",
  "IS", "iso sfw", "D")
T("Debrief: They gave us new SIM cards and took the old phones, and said we must only call the boss. Nobody else had the number. I could not tell my mother where I was for one year.",
  "IS", "iso", "", None)
T("Support worker: client disclosed that at the brothel the girls were not allowed to speak to each other in their language and the manager listened at the door. She was moved every week, never knew the town.",
  "IS", "iso", "S")
T("Client now has a phone, a bank account and friends from church. She said 'before, I had nobody, they made sure of it'. Reflection on progress. No current risk.", "", "", "")
T("Intel 2/B/P: elderly Chinese man in a restaurant in Chinatown sleeps in the basement, works from opening to closing every day, the owner's son collects his wages 'to send home'. Doesn't speak English, never goes out alone.",
  "EO WW AC AV IS RM", "swp lh ncw iso rm", "L")
T("Police log: Report of a woman crying in a car outside a Tesco in Wrexham. Attended: lady had just had bad news about her father. No concerns.", "", "", "")
T("NRM referral (police FR): Male, Romanian, 42, alcohol dependent. Found sleeping in a stable at a traveller site, working on driveways. Says the 'family' gives him cider and food, no pay for 3 years. Scars on back. Says 'they will find me anywhere'.",
  "AV WW PV IT AC", "plc pa", "L")
T("I am writing about my sister. She went to UK in 2021 to be au pair for a family in Surrey, she said first it was nice. Now she messages me at night only, she says they took her phone in the day, she works 7am to 11pm with three kids and cleaning, she gets 50 pound a week. She is afraid to leave because they say her visa will be cancelled.",
  "IS EO WW IT", "lh iso", "D")
T("Au pair agency note: family in Surrey contacted - au pair has been moved to a new host family at her request. She confirms she has her phone and passport and receives £100 per week pocket money plus board, 25 hours a week. Concern resolved.", "", "", "")
T("Organ trafficking debrief (via Urdu interpreter): He says a man at the brick kiln in Punjab said he could clear his family's debt by selling a kidney in a hospital in Lahore. He says he was told it was safe and he would get 3 lakh. He says he got 50,000 rupees and was dumped at the bus station. He came to UK later and is now in asylum support.",
  "DE AV DB WW", "", "O")
T("Transplant clinic: patient returned from abroad after purchasing a kidney in an unregulated clinic. Clinician concerned the donor may have been trafficked. Reported to HTA and police per guidance.",
  "", "", "O")
T("NHS: kidney transplant patient (cadaveric donor, NHS list) attending for routine bloods. Doing well.", "", "", "")
T("Debrief: she says the man told her that if she gives her kidney he will take her to Europe for free. She says she agreed because she had no money. She says after the operation in Egypt she was left in an apartment with fever and nobody paid her.",
  "DE AV WW", "", "O")
T("Bank: 14 debit cards belonging to different people found in a wallet of a man stopped in Northampton, all for accounts at the same address. Account holders appear to be agency workers at a distribution centre.",
  "", "mbc", "", "m")
T("Follow-up on Northampton cards: account holders interviewed - 9 say the man 'looks after' their cards and gives them £50 a week. They work 12-hour nights at the warehouse.",
  "WW EO", "mbc ncw lh", "L")
T("GLAA: Workers at a flower farm told inspectors they paid £25 for boots and gloves and £10 a day for the bus from the caravan park. One worker spoke for all the others and the rest kept quiet.",
  "", "ppe ct sfw", "L")
T("Employment tribunal summary: claimant (British) says she was underpaid holiday at a call centre. Tribunal found in her favour, £612 awarded. Not a trafficking matter.", "", "", "")
T("Client told me he has no other clothes than what he is wearing - the workers were given one set of overalls and when he ran he left with nothing, not even his papers which were in the boss's van.",
  "RD", "fpe dt", "L")
T("Missing from support: adult female, Albanian, 21, CG pending. Left safe house 04:00 with all belongings. Phone off. Her former controller had found her Instagram last week and sent messages 'I know where you are'. Police MISPER HIGH.",
  "IT", "", "S", "h")
T("Located: the Albanian female missing from the safe house was found in London by police, she had gone to stay with a friend from college. No contact with controller. Returned voluntarily.", "", "", "")
T("Re-trafficking risk assessment: client is 18, care leaver, has debts of £2,000 to a loan shark, and has been seen with a man linked to county lines. Risk HIGH. Plan: daily check-ins, keyworker, refer to police.",
  "", "", "", "h")
T("Her 'manager' picks her up from the safe house road at 10pm and drops her at 6am - staff saw it 3 times. She says she is 'working at a club'. She won't discuss. She has new gel nails and a new phone.",
  "", "cedl", "S", "h")
T("Police: Illegal workers at a Chinese takeaway in Swansea. All 3 interviewed, have rooms in a shared house they chose, paid £300/wk cash, free to leave. No MS indicators. Immigration matter only.", "", "", "")
T("Debrief: I did not have passport ever in UK, the man in Romania keep it, he send me with a fake ID card. On the building site the foreman speak for us all, we never speak with the English boss. Money went on a card the foreman had.",
  "RD WW", "dt sfw ncw", "L")
T("Safe house note: client very scared of police after being told by the traffickers that UK police would deport her and she would go to prison. Police visited with female officer, client calmer.",
  "IT", "foa", "", None)
T("Client disclosed that his family in Vietnam paid $20,000 to 'a company' and were told he would work in a factory. Instead he was kept in a house watering plants with no way out, the windows screwed shut.",
  "DE RM AC", "rm", "C")
T("Caseworker: client has gone to work at a chicken factory through an agency which is GLAA licensed, contract seen, payslips checked by client and me. Hours reasonable. He holds his own ID. Good.", "", "", "")
T("Debrief (interpreter's voice): She says the woman who ran the house in Sunderland would weigh the girls and beat them if they ate too much. She says she worked every night 'from dark to light' and slept in the day on the floor with four others.",
  "PV EO AC", "lh oc", "S")
T("Email from a member of the public: there is a lady at the end of my road who I think is kept as a maid, she is outside hanging washing at 6am and still scrubbing the steps at 11pm, she wears the same clothes every day and has never been seen at the shops. The family have 3 cars.",
  "EO", "lh fpe", "D")
T("Welfare visit to the house at end of road: lady is the grandmother of the family, lives there by choice, says she likes to keep busy. She has her own bank account and goes to the temple each week. No concern.", "", "", "")
T("INT 3/C/C (handling: disclose only to partner safeguarding board): Nigerian girl (approx 16) working as a 'house girl' for a pastor's family in Peckham. Not at school. Sleeps in the kitchen.",
  "AV AC", "swp", "D", None, True)
T("Support worker: D. (former county lines victim, 17) has been placed out of area for safety. Today he received a Snapchat from the line holder saying 'u still owe me 1.5k we'll find u'. Police informed.",
  "AV DB IT", "", "C")
T("Client's benefits are being taken by her 'uncle' who holds her bank card and PIN. She lives with him, he gives her food. She is not working. Adult safeguarding referral.",
  "", "ncw", "")
T("Debrief: I was a chef in India. An agent promised a job in a famous restaurant with accommodation. Instead it was a small takeaway, I worked 100 hours a week, the owner said my salary would be paid 'after one year' and then said I owe for the visa. Never paid.",
  "DE EO WW DB", "lh", "L")
T("NRM form note: Client was not able to leave earlier because she did not know where she was and did not speak English. First chance came when she was taken to hospital for an infection.",
  "IS AV", "iso", "", None)
T("Police handover: DV victim (Polish, 35) at refuge. Partner controlled finances and took her phone. No labour or sexual exploitation reported; she works for herself as a cleaner and keeps her earnings. Charges: coercive control.", "", "", "")
T("Caseworker: client received RG positive but has now asked to withdraw from NRM support because she wants to go to her boyfriend's in Manchester. She is 20. Concern he is the same man who advertised her online. Informed police.",
  "", "", "S", "h")
T("Safe house evaluation: all residents have their own rooms, phones, and can come and go until 10pm curfew which is voluntary and agreed. Complaint from one resident about the curfew noted.", "", "", "")
T("Victim account: 'Three men came into the flat and beat me with a bat because I kept £20 from a deal. They said next time they would cut my fingers. I was 16. I had to stay in the flat for 3 weeks selling.'",
  "AV PV IT RM", "rm", "C")
T("INT 2/B/P: large quantities of cash deposited into accounts of Chinese students at a university, then moved out same day to accounts overseas. Students say a 'recruiter' offered £500 for use of their account and then threatened to expose them to the university if they stopped.",
  "IT", "", "C")
T("Hospital social worker: patient (Indian, 58, care worker) admitted after a fall at work. He says his employer makes him work 6 nights a week. He is paid properly into his own account and lives with his wife. Low pay is an issue but he is not controlled.", "", "", "")
T("Call summary 101: caller says she saw men in a van at 4am outside a house in Boston, Lincs, all carrying plastic bags, the driver shouting at them in Russian to hurry up. Happens every day.",
  "", "cedl et", "L")
T("Follow-up Boston: van is a licensed labour provider's minibus; workers live in rented houses and chose to use the free transport. Driver 'shouting' = calling names. No indicators found.", "", "", "")
T("Client told me today that when she ran from the house, she only had the clothes she was wearing and her baby. She had no papers, the husband's mother kept them, and she had never been to the town centre alone in 4 years.",
  "RD RM", "fpe dt rm", "D")
T("Intel: Slovakian female (30s) being moved between flats in Sheffield by a male who 'married' her for visa reasons. She is being sold for sex and he keeps all money. She was seen with a black eye. 2/C/P.",
  "PV WW", "pa ncw", "S")
T("Sham marriage alert from register office: bride (Portuguese) did not know groom's surname, groom (Pakistani) spoke for her. Man accompanying them paid the fees. Reported to Home Office. No exploitation evident at this stage.",
  "", "sfw", "", "m")
T("Debrief, sham marriage case: She says a woman in Lisbon told her she would get £3,000 to marry a man in the UK for papers and then go home. She says after the wedding she was kept in his house, he raped her and she did all the cleaning. She got nothing.",
  "DE RM PV WW", "rm", "D S")
T("Client update: the debt he owed to the boat smuggler is still being demanded from his father in Kurdistan. Father was visited and threatened. Client works legally and is not being exploited here.",
  "DB IT", "", "")
T("GP: patient (Ghanaian, 27) new registration. Works as a care assistant via a sponsor. Says he is happy. Asked about mental health - fine. No concerns.", "", "", "")
T("Debrief: I told them I was 15. They said 'in England you are a man'. They put me in the flat in Bournemouth with a woman who uses heroin. I had to sell from 6 in morning until night. They took all the money, they said I owe for the phone and the train ticket.",
  "AV EO WW DB", "lh ncw", "C")
T("Support note: client received a Facebook friend request from the woman who recruited her in Romania. Advised not to accept, screenshots to police. Client says she wants to block. No threats made.", "", "", "")
T("Public online report: MY NEIGHBOURS KEEP A GIRL IN THERE THEY NEVER LET HER OUT SHE DOES ALL THE WASHING AND THE KIDS AND SHE IS SO SKINNY!!!! I SAW THE DAD HIT HER IN THE GARDEN. SOMEONE DO SOMETHING",
  "RM PV", "rm pa", "D", "h")
T("Police attended neighbours' address: the 'girl' is a 19 year old Ukrainian refugee hosted under Homes for Ukraine. She says she helps with the children voluntarily, comes and goes, has her own phone and gets £350 monthly from the council. Denies being hit. Safeguarding advice given; no indicators.", "", "", "")
T("Probation: service user (Albanian) convicted of running a cannabis farm. Says he owed his smuggler €15,000, which was 'turned into' working at the farm. Says he could leave to buy food. OM considers NRM referral.",
  "DB", "", "C")
T("Nail bar inspection (Council trading standards + police): four Vietnamese workers, two appeared under 18. All said they slept in the shop and the owner cooked for them. None had ID. Owner claims 'family'. Two youngest taken into police protection.",
  "AV", "swp", "L", "i")
T("Client says she was never locked up, she could walk to the shop, but the man always said if she ran he would tell her mother she was a prostitute. That is why she stayed.",
  "IT", "", "S")
T("Benefits fraud: DWP investigation - 20 Universal Credit claims using addresses in Oldham, claimants Slovak, all claims managed by the same man who holds their bank cards and online logins. Claimants say they get £30 a week.",
  "", "mbc ncw", "C")
T("Intel: teenage boys from Liverpool being sent to Aberystwyth, held in a flat belonging to a vulnerable female, made to sell crack. One boy had a burn to his arm from a hot knife.",
  "AV PV", "pa", "C", None, True)
T("Case note: client (British, 52, learning disability) has been living with a family in Lincs for 10 years doing their gardening and cleaning for his keep. His DLA went into their account. Social worker says he is well fed and loves the family but is never paid.",
  "AV WW", "ncw", "D")
T("Debrief: The woman said I could stay with her free because I was homeless. Then she said I must do the housework and look after her mother who was ill. After one month she said I owe her £600 for food. I worked one year, the debt was bigger.",
  "AV DB", "", "D")
T("Client attended counselling today, session went well. She spoke about her son and her hopes to bring him to the UK via family reunion.", "", "", "")
T("Re-trafficking: client left her supported housing to work at a farm found on a Facebook group. She calls us and says they took her passport on arrival and she sleeps in a caravan with 6 others. She wants to come back but does not know where she is.",
  "RD IS AC", "dt iso oc", "L", "h")
T("Officer note: car wash visited on Hanworth Rd. 5 workers, all Romanian. Boss has a shed with mattresses at the back. Workers say they sleep there 'sometimes' to save money. Pay £45/day cash, they keep it. Boss has their ID copies only. Passed to council re planning.",
  "", "swp", "")
T("Debrief: 'In the begining he was very kind, he buy me clothes, he says he love me. Then he bring his friends and say I must be nice with them to pay for the clothes. When I say no he punch me in the face.'",
  "DE PV DB", "", "S")
T("Support worker: client relieved that the CG decision came back positive after 2 years. Discretionary leave application now to be made. Worried about debt from phone contracts the exploiters opened in his name.",
  "", "", "C")
T("Child protection medical: 14 year old girl, Roma, pregnant. Says she is married to a 22 year old man. His family make her beg outside Lidl each day and take the money.",
  "AV WW PV", "ncw", "C S", None, True)
T("Home Office: Filipino domestic worker visa holder left employer after 3 weeks because of 'bad treatment'. Says employer shouted and paid on time, she had her passport, worked 10 hours a day with Sunday off. Found new employer. Advice given. No NRM.", "", "", "")
T("Seaman's debrief (Filipino, via welfare charity at Peterhead): 'The skipper hit me with a rope. We never got off the boat for 2 months. Food was rice only. The agency in Manila takes half the salary and the skipper pays the other half only when we go home.'",
  "PV RM AC WW", "rm", "L")
T("Intel: Vietnamese females placed as 'trainees' in nail bars in Wolverhampton, paid nothing in the first year 'for training'. Boss holds their passports. Sleep on the salon's massage chairs.",
  "WW RD AC", "dt swp", "L")
T("Support note: K. asked whether her ex-trafficker can get her new address through the court papers. Worker checked with solicitor - no, it is withheld. K. reassured.", "", "", "")
T("Voice of survivor (speech at conference): 'For me the worst was not the work. It was that I could not speak to my mother for 2 years. They said she was told I was dead.'",
  "IS", "iso", "", None)
T("CG negative: the competent authority accepted the client worked long hours in a hair salon but found that she received her wages, had her passport, lived independently and could leave. Not a victim.", "", "", "")
T("Intel: 3/C/P reports of a man in Glasgow who 'buys' the identities of Romanian workers to open bank accounts and claim benefits. The workers are given £20 a week and live in his flats, 10 to a flat.",
  "WW AC", "ncw oc", "C")
T("Fire service referral: home fire safety visit found 16 mattresses in a 3-bed terrace, men working at a local food factory, padlock on outside of the back bedroom door. Landlord not present. Police informed.",
  "AC RM", "oc rm", "L", "h")
T("Police revisit: padlock was on a store cupboard, not a bedroom. 16 men confirmed, but they are tenants of different landlords in a HMO, pay their own rent. Council to take action on HMO licensing. No MS offences.", "", "oc", "")
T("Debrief: I was told I would be a model in Paris. Instead they brought me to a flat in Birmingham and took pictures for websites. They said the pictures would go to my father if I tried to go.",
  "DE IT", "", "S")
T("Worker at GP surgery noted patient (Vietnamese, 20) comes with a woman who pays in cash and holds the appointment letters; patient appears to have chemical burns on hands consistent with nail work.",
  "", "sfw pa", "L", "m")
T("Client moved in with her new partner. Support ended by mutual agreement. She is working at a supermarket.", "", "", "")
T("Debrief (Sudanese, male): 'They kept me at the farm in Libya for 8 months to pay for the sea crossing. No money, only bread. If someone tried to run they shot near him.' Now in UK, in asylum hotel, no exploitation in UK.",
  "DB WW IT AC", "", "L")
T("Police log: man found begging at Piccadilly station, British, homeless, says nobody takes his money. Offered outreach. No concerns of control.", "", "", "")
T("Anonymous report via Crimestoppers: lads at the Polish shop in Boston say a gangmaster called 'Big Tomasz' charges £300 to get a job at the factory and then takes £80 a week out of their pay for rent in houses with 3 to a room.",
  "AC", "uf oc", "L")
T("Debrief: 'At the end of every shift they take the money from the machine and from me. I only keep tips sometimes. They tell me my debt is £8,000 for the flight and the house. I worked 9 months, the debt is still £8,000.'",
  "WW DB", "ncw", "L")
T("Support worker: client's hostel placement ended due to rent arrears unrelated to exploitation; moved to temporary accommodation. Client coping. Still no contact with former traffickers.", "", "", "")
T("Intel suggests a Nigerian woman 'Auntie B' receives girls in Luton and moves them to Italy and Spain. Girls sworn to juju oaths. One girl recovered in Luton aged 17 says she was made to swear she would never talk and would pay €40,000.",
  "AV DB IT", "", "S", None, True)
T("Victim was told by her controller that he would sell her 'to the Turks' if she did not earn £500 a night. She says she was raped by two of his friends when she refused a client.",
  "IT PV", "", "S")
T("Client (British, 25) says his older cousin took over his flat and uses it to store drugs; he is now sleeping on a friend's sofa. He is scared but says the cousin has not threatened him. Police informed; cuckooing concern.",
  "AV", "", "C")
T("Staff at homeless hostel: new resident (Polish, 48) arrived with a bin bag of belongings after leaving a job in a meat plant. He says the job was fine but he drank and lost it. No exploitation.", "", "", "")
T("Debrief: 'I was cleaning in the hotel 14 hours, no break. The manager of agency took my passport and said it is for the hotel to check. After 2 months he said I owe money for uniform and room. I sleep in a room with 7 women.'",
  "EO RD DB AC", "lh dt ppe oc", "L")
T("Domestic worker visa: employer (diplomat) refused to let her attend her asylum interview, saying she had no time off. Kalayaan involved. She says she works every day, sleeps in the laundry room.",
  "RM EO AC", "rm lh swp", "D")
T("Support plan review: client's housing is stable, she attends ESOL, has GP, and is waiting on Home Office decision. Risk: low. Her former debt to traffickers - she says nobody has asked for money since 2022.", "", "", "")
T("INT 2/A/P: A Kurdish group runs hand car washes in Stoke and Crewe. Workers smuggled in by the same group and told the £4,000 crossing must be paid from wages; manager pays them £15 a day and keeps the rest against the debt. Workers sleep above the wash.",
  "DB WW", "swp", "L")
T("Client says she owes the agent 'nothing any more' - she paid off her recruitment fee in Qatar before coming to the UK as a nurse. She is employed by the NHS directly. No concern.", "", "", "")
T("Debrief: They threatened to kill my little brother back home and sent me a photo of our house. I stayed with them 2 years in the grow house. I only went outside when they moved us to another house at night in a van.",
  "IT RM", "rm et", "C")
T("Intel (3/C/P): Eritrean women recruited in Sudan for 'domestic work in UK', brought on visit visas, held by a family in Wembley, said to not be allowed to call anyone. One has reportedly disappeared.",
  "DE IS RM", "iso", "D")
T("Safe house note: a male visitor claiming to be from a charity asked staff for a resident by name. Not known to us. Refused. Police informed; incident recorded.", "", "", "", "m")
T("Client happily reports the court convicted two men who ran the brothel where she was held. Sentences 10 and 12 years. Client will get compensation order. Support continues.", "", "", "S")
T("Debrief: He had many bank cards in a box, one for each of us. He said he will look after our money because we might get robbed. When we asked, he said 'money is coming'. Nothing came.",
  "WW", "mbc ncw", "", None)
# ---- part 4 ----
T("Conclusive grounds positive, client informed by phone. She cried and said 'so they believe me'. Now 4 years after she escaped the farm in Kent where the boss kept her passport and paid her in food.",
  "RD WW", "dt ncw", "L")
T("Worker at a fishing company in Cornwall called to ask if it was legal to hold crew passports during voyages for safekeeping. Advised no; company agreed to stop. Crew confirm they are paid monthly into their own accounts.", "", "", "")
T("Support worker note: client says her ex-employer still posts on Facebook that she 'stole' from them and 'owes' them for her flight. He cannot reach her. She is working at a cafe now and safe.",
  "DB", "", "", None)
T("OIC note for file: victim's account corroborated by phone download - messages from suspect: 'u work till I say', 'no days off u owe me', 'try leave n see wot happens to ur sis'.",
  "EO DB IT", "lh", "", None)
# ---- output ----
def risk(inds, types, r, child):
    if r:
        return {"i": "immediate", "h": "high", "m": "medium", "l": "low"}[r]
    if child or "physical_sexual_violence" in inds or "sexual" in types or len(inds) >= 3 or \
       ("intimidation_threats" in inds and "restriction_of_movement" in inds):
        return "high"
    return "medium" if inds or types else "low"

def build():
    out = []
    for n, (text, i, s, t, r, child) in enumerate(E, 1):
        i, s = set(i), set(s)
        if child:
            i.add("AV")
        for a, b in PAIR:
            if a in i: s.add(b)
            if b in s: i.add(a)
        inds = sorted(IND[x] for x in i)
        sigs = sorted(SIG[x] for x in s)
        types = sorted(TYP[c] for c in t.replace(" ", ""))
        out.append({"id": "f109-%03d" % n, "text": text, "indicators": inds, "signs": sigs,
                    "exploitation": types, "risk": risk(inds, types, r, child)})
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh109.jsonl"), "w", encoding="utf-8") as f:
        for o in build():
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
