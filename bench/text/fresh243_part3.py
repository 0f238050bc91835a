# fresh243 part 3: negated / hypothetical mentions, mixed texts, benign look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Spoke to the 4 workers at the dairy farm outside Hexham. All hold their own passports, have their own phones, are paid into their own accounts and are free to leave. Accommodation is a farm cottage, warm and clean. No concerns.",
  "", "", "")
T("Student from Malaysia, 20, keeps her passport in her desk drawer in halls. Reported the drawer was forced during a burglary, passport not taken. Crime: burglary dwelling.",
  "", "", "")
T("He denied being threatened by anyone and said he could go home whenever he wanted. However, he admitted he hasn't been paid for the last 3 months and the boss keeps saying 'next week'.",
  "WW", "", "L")
T("We checked the caravan site for signs of exploitation and found none: workers had written contracts, the caravans had heating and showers, and each worker had their own bank card.",
  "", "", "")
T("Woman stated that her employer has never taken her passport and she can leave the house, but she is made to work from 6am until 11pm every day with no day off.",
  "EO", "LH", "D")
T("IP says he was not locked in and nobody hit him. He chose to stay on the farm because he had nowhere else. He was paid, but £250 a month for full-time work.",
  "WW", "", "L")
T("No evidence of overcrowding at 7 Maple Way; 3 bedrooms, 3 tenants. Complaint appears malicious (neighbour dispute).",
  "", "", "")
T("If the agency doesn't pay him by Friday he says he'll go to the union. Currently paid correctly, this is a dispute about holiday pay.",
  "", "", "")
T("The worker said 'nobody takes my documents, I have my ID card here' and showed it. He added that the supervisor shouts a lot but has never threatened anyone.",
  "", "", "")
T("Man questioned at a car wash in Rochdale: has his own passport, lives with his brother in a rented flat, works 9-6. However he sleeps on site on Saturday nights because the owner makes him guard the place, unpaid, on a camp bed in the office. He showed us the office: a camp bed, a heater and a kettle. He said the owner told him a guard is needed because of thefts and that if he doesn't do it 'someone else will have his job'. He is not paid for the nights. He is happy with the weekday job, which he found through a friend. We explained his rights and gave him details for ACAS and the Modern Slavery Helpline. Owner to be spoken to by the licensing team.",
  "WW IT", "SW", "L")
T("Social worker visited Mrs A. Neighbour had alleged she was a 'slave' to her in-laws. Mrs A is a qualified pharmacist, works part time, has her own bank account and car. No domestic servitude.",
  "", "", "")
T("Farm labourer reported for 'sleeping rough' in a barn at Low Farm - it turned out he is the farmer's son who was lambing and kipped in the barn to check the ewes at night. No issue.",
  "", "", "")
T("Asked if he owed anyone money, he said no, the boss paid his flight and he was told it was a gift. He then said his wages are 'kept' by the boss until the end of the season and he only gets £20 a week for food.",
  "WW", "NCW", "L")
T("There was no sign of anyone living at the unit. Beds or bedding were not found. The workers at the takeaway all live at home with their families. Report unfounded.",
  "", "", "")
T("Nurse at the Royal Derby doing 3 long days a week plus bank shifts by choice to save for a house. Reported by concerned partner for 'being worked to death'. Employer rostered within WTR. Not MS.",
  "", "", "")
T("Wouldn't say he is threatened as such, but the gangmaster told him that 'people who talk to the police disappear'. He has not been hit. He keeps his own passport.",
  "IT", "FA", "L")
T("The girls in the house on Stanley Rd said no one holds their passports and nobody forces them to work - they share the flat and work independently. One said a man called DAN takes 'rent' of £500 a night from each of them and that they are not allowed to leave the flat without telling him. The flat had three bedrooms, each used for work, and the women slept on the sofas. DAN's number (07723 119 804) was saved in all three phones as 'Boss'. One woman said DAN 'is not bad, he only gets angry if you are late with money'. Officers noted the women had very few clothes or belongings in the flat. Welfare visit to be repeated next week with a support worker from Basis.",
  "WW RM", "RMS NCW FPE", "S")
T("Employer said: 'if they don't like it they can leave, I don't take their passports'. Workers confirm passports are with them. However we found 6 men sleeping in the unit's storeroom on cardboard and they told us they have no other home.",
  "AC", "SW OA PLC", "L")
T("He was asked whether anyone had forced him to sell drugs and he said no. He said he does it to pay for his own habit. Dealt with for possession with intent.",
  "", "", "")
T("Hypothetically, she said, if she stopped going to work the landlord might evict her, but no one has said that to her. She has her own tenancy and pays rent from her own account.",
  "", "", "")
T("No injuries noted. No concerns of control. He has a phone, his own bank account and lives with a partner. Referred to Citizens Advice over unpaid final wages after leaving a building job.",
  "WW", "", "")
T("Worker at the Polish shop said she works long hours but is not forced to. She is off Sundays and has her own flat. No further action.",
  "", "", "")
T("The man denied any debt, but his friend told us privately that the 'agent' charges him 25% interest every month on the money for the visa and that the amount now is more than at the start.",
  "DB", "UF", "L")
T("Mr OKAFOR said he does not feel isolated - he calls his family in Lagos every night and goes to church. He lives in a shared house that his employer arranged, but pays rent by standing order and has a key.",
  "", "OA", "")
T("Victim says she was free to come and go from the flat and no one hit her. But the man who brought her from Albania takes all the money from the clients and says she still owes him for the journey.",
  "WW DB", "NCW UF", "S")
T("Checked 3 addresses on Princes Ave following report of 'too many Romanians'. Two addresses were family homes, the third a licensed HMO with 5 tenants. No indication of exploitation. Caller advised.",
  "", "", "")
T("Worker at a pub in Ambleside - lives in staff room above the pub, own contract, 40 hrs a week. He said he likes living in because it's cheap and he can walk to work.",
  "", "", "")
T("She said she had not been threatened, and that if she told the police anything 'nothing would happen'. When asked about her bruises she said she fell. Worker was present throughout and kept answering for her.",
  "", "PA SFW", "")
T("IP confirmed her passport is with her solicitor for the visa application, not with her employer. Employer pays her correctly. Case closed.",
  "", "", "")
T("Gang labour on the sprout fields - no evidence of coercion found on this visit, but workers say they are charged £8 a day for the minibus and £20 for gloves and waterproofs which come out of wages.",
  "WW", "CT PPE", "L")
T("Report from concerned neighbour that a nanny 'is never allowed out'. Visit: nanny goes to college two evenings, has weekends off, and was out at the time. Family supplied her contract. No concerns.",
  "", "", "")
T("The boss never took our passports, he doesn't need to - we have no visas, and he reminds us every day that he could call immigration. He doesn't pay for the days it rains.",
  "AV IT WW", "FA", "L")
T("Man in the lay-by near Bodmin living in his own van. He is a self-employed tree surgeon, works when he wants, no third party. Moved on after parking complaint.",
  "", "", "")
T("The workers were not collected early or dropped late - they make their own way by bike. Accommodation was adequate. But two told us the supervisor slapped one of them last week for going to the toilet without asking.",
  "PSV", "", "L")
T("Police attended a report of a man being 'kept' in a shed. On arrival the man was the homeowner's adult son who uses the shed as a music studio. He has his own key and was annoyed at being disturbed.",
  "", "", "")
T("Asked about documents: 'Yes the boss has my passport, but I gave it to him to do my NI number, he will give back.' Passport has been with the boss for 9 months.",
  "RD", "DT", "L")
T("Neighbour reported 'modern slavery' because the family next door have a lot of visitors and vans. Checked: they run a removals business from home with family members. Not MS.",
  "", "", "")
T("No one is stopping her leaving, she says, but she has nowhere to go, no money and no English, and the only person she knows in the UK is the woman she works for. She has never been paid.",
  "AV WW ISO", "IS", "D")
T("If he loses his job he could lose his visa, he's worried about that, but he gets paid properly and has his own place. Referred to the employer's HR for a grievance about shouting. Not MS.",
  "", "", "")
T("Workers at the packhouse said the accommodation is fine and they are not overcrowded, 2 to a room. They did say they work 16 hour shifts for weeks with no day off when the supermarket order is big, and are told they'll lose the job if they refuse. The supervisor, who was present for part of the conversation, said the workers volunteer and are glad of the money. After he left, one worker said they are driven in at 5am and driven back after 9pm, and that anyone who complained last year was 'not asked back' and lost the room as well. Payslips showed the overtime paid at the standard rate. Management have been asked for rotas and timesheets; the GLAA will follow up.",
  "EO IT", "LH CE", "L")
T("Elderly man lives alone on a remote smallholding in Powys, no mobile signal. Postman flagged he hadn't been seen. Welfare check: fine, well stocked, has a landline, just doesn't like visitors.",
  "", "", "")
T("PC reported a teenager working in a chip shop at 10pm on a school night. Employer is his father, it is a family business, he does two short shifts a week. Advice given re child employment bylaws.",
  "", "", "")
T("Victim said 'nobody locked the door but the man was always sitting in the kitchen, watching. I could not go anywhere without him seeing.'",
  "RM", "RMS", "")
T("Worker had keys to the house and a phone, but the phone was paid for by the gangmaster who checks the call log and has told him not to call anyone from the union.",
  "ISO", "IS", "L")
T("Caller wanted to know if it was illegal for her employer to ask her to work a Saturday. Advised to contact ACAS. No exploitation indicators.",
  "", "", "")
T("PV told us he was not charged any fee in the UK, but had paid 4,000 euros to a recruiter in Kyiv for the job and visa, and the job when he arrived paid far less than promised.",
  "DEC WW", "UF", "L")
T("Man at the dog kennels in Angus sleeps in the kennel block. Owner says it's his own choice; the man has learning difficulties, doesn't know how much he's paid and gets 'spends' from the owner each Friday.",
  "AV WW", "SW NCW", "L")
T("Housing officer visited tenant who had complained that 'the landlord treats us like slaves'. Issue is disrepair (damp, broken windows, no hot water). Tenants are in work of their own choosing. Disrepair notice served.",
  "", "", "")
