# fresh255 part 6: long-form records, negations mixed with real indicators, look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Hope for Justice – Outreach record, Wisbech. 06:00, car park of a closed pub on the A47, known pick-up point.
Team of two (Polish- and Lithuanian-speaking). About 25 workers gathered in small groups; three minibuses arrived
between 06:05 and 06:20 (regs noted: AF14 KXR, EY62 WTO, AK17 PLV). Most workers we spoke with are with licensed
agencies, hold their own ID and are paid into their own accounts; they told us the minibus is free. However, two
Latvian women said they travel with a different 'driver' who takes £6 a day each from their wages for the lift and
that he 'keeps the cards for everybody in the house' and gives them 'pocket money'. They live with him and 8 others in
a house on Norfolk Street. They did not want to give names. They were wearing summer shoes and thin jackets in the
rain, no gloves. We gave them cards in Latvian and our number. Passed to Cambs Police and GLAA (intel only).""",
  "WW", "CE CT NCW MBC OA", "L")
T("""Medaille Trust – Safe house key-work note. Resident 'P' (M, 33, Slovak). P wanted to correct something he said at
his first interview. He said then that the boss 'kept him locked up'. He now says the door was never locked and he
could go to the shop, but the boss's brother always came with him 'to make sure I don't talk to people', and he did
not know anyone or speak English. P confirms that he was never paid in the 14 months he worked on the building sites
and that the boss kept his ID card in the glovebox of his car. He also says the boss made them sleep in the unheated
garage at the house in Luton.""",
  "RM ISO WW RD AC", "ET RMS IS DT PLC", "L")
T("""Unseen – Helpline call (summary). Caller: a supermarket store manager in Wolverhampton. Over several weeks, staff
have noticed a man who comes in with groups of young women, who are always silent, and buys food and toiletries for
them with a handful of different bank cards. When a cashier asked one of the women if she was OK, the man replied for
her: 'She doesn't speak English.' The women wear the same clothes every time and look exhausted. The caller also saw
one of the women with bruising on her neck. Caller thinks they may be living above a massage parlour two doors down.
We shared with West Midlands Police.
Store manager has also asked cashiers to write down the time and date of each visit and any vehicle details.""",
  "", "MBC SFW PA", "S")
T("""Refugee support group, Swansea – Advice record. Client: Iranian woman, 29, with two young children, recently granted
refugee status. She needs help with the 'move-on': she must leave her asylum house in 28 days. She has applied for UC
and the advance payment but the DWP needs a bank account. We helped her open an account and made a homelessness
application to Swansea Council. She also wanted advice on a debt of £350 she owes to a neighbour who lent her money for
school uniforms; the neighbour is a friend and is not pressuring her. Referred to Shelter Cymru. No exploitation
indicators.
She thanked us and will come back if the council does not reply within a week. File closed for now.""",
  "", "", "")
T("""Barnardo's – Child Trafficking Protection Fund project – case summary. Child: 'E', 13, Romanian, lives with mum
and stepdad in Slough. E disclosed to a teacher that her stepdad makes her go with him at weekends to clean offices
and houses 'all day', she never gets paid, and that last month he took her to a man's flat and 'left her there' for
an hour. She said the man touched her. She is frightened to go home because stepdad said if she told anyone he would
'send her back to Romania alone'. School contacted CSC and police immediately; E is currently at school with the
designated safeguarding lead and does not want to go home at 3pm.
The DSL is staying with E and the allocated social worker is on the way to the school.""",
  "AV WW PSV IT", "", "L S", "immediate")
T("""Kalayaan – Follow-up note. Our client, a Ghanaian domestic worker, has been placed with a new employer in
Richmond through a reputable agency. Today she told us the new job is 'very good': she has her own room, works 9 to 6
with two days off, is paid £1,900 a month into her own account and the family have given her a key. She keeps her
passport herself. She wanted help filling in her application for an extension of her visa. No concerns.""",
  "", "", "")
T("""City Hearts – Outreach note, Grimsby. A volunteer at our community café reports that a Bulgarian man who comes for
lunch said today that he worked for 'two brothers' in fish processing and they took his ID card 'for the agency' and
'forgot' to give it back. He says he still goes to work for them, gets about half his wages in cash and the rest
'goes to rent'. He is not afraid, he says, and can leave, but without his ID he cannot open a bank account or change
jobs. He asked if we could help him get his ID back.
Our caseworker will meet him next week to help him apply for a replacement ID through the embassy and to speak to the police if he agrees.""",
  "RD WW", "DT NCW", "L")
T("""Snowdrop Project – Case closure summary. Client: 'R' (M, 37, Sudanese). R was exploited in 2020 on a farm near
Doncaster, where he was kept in a barn, worked every day and was not paid. He received a positive CG in 2022 and was
granted leave. Over two years we supported him with housing, GP registration, a college course in plumbing, and a
debt problem caused by an old phone contract. He now has a full-time job with a plumbing firm, his own flat, and has
reunited with his wife. He asked us to close his case: 'I am free now, I do not need you, but thank you.' Case closed.
A final letter confirming closure has been sent, and he knows he can come back at any time.""",
  "RM EO WW AC", "RMS LH", "L")
T("""Hope for Justice – Note of joint welfare visit (HFJ, Leeds City Council Licensing, West Yorkshire Police).
Premises: nail bar on Kirkgate. Four technicians present, all Vietnamese. Spoken to individually with an
interpreter. Three of them are settled, live with family, are paid by bank transfer and showed their own passports.
The fourth, a young woman who says she is 19, had no ID on her and said 'the boss keeps it'. She lives in the flat
above the shop with the owner's family, works 9–8 seven days a week and has 'never been paid yet' because 'I must pay
back the travel first, £18,000'. She looked frightened and repeatedly looked at the door where the owner stood.
She has a small bag of clothes and nothing else. She agreed to come with us; NRM referral made the same day.""",
  "RD EO WW DB AV", "DT LH UF FA FPE SW", "L")
T("""Migrant support project, Norwich – caseworker note. Client is a Portuguese national (M, 46) with pre-settled status
who works at a turkey farm. He came to us for help with a tax refund and to check his payslips. He works long hours in
the run-up to Christmas (up to 60 a week), which he says he volunteers for because the overtime is well paid. He
lives in a farm cottage with his wife, pays £300 a month rent by standing order, and has his own car. Payslips look
correct. Helped him with the HMRC form. No concerns.
He said he would recommend our drop-in to colleagues at the farm who need help with their tax.""",
  "", "", "")
T("""Barnardo's – Return home interview. Young person: 'J', 14, female, Southampton. J went missing for 36 hours and
was found in a flat in Portsmouth with two men in their 20s. J says she went 'to chill'. She had been given cannabis
and vodka. J said one of the men had taken her phone 'so she wouldn't call her mum', and that she 'didn't know where
she was'. She later said she was made to have sex with the older man. Police have arrested both men. J is now at home
and has agreed to work with Barnardo's.
Follow-up with the family planned for Monday. Information shared with Hampshire CSE team under the multi-agency protocol.""",
  "AV PSV ISO", "IS", "S", "high")
T("""Unseen – Helpline call log. Caller: Lithuanian woman who says her husband is working on a mussel boat in Wales
and hasn't been able to call her for 3 weeks. He told her before that the skipper takes the crew's phones when they go
out and that they sleep on the boat, and 'if he complains the skipper says he will leave him in the sea'. She is very
worried. She has the name of the boat and the harbour. Referred to Dyfed-Powys Police and the Maritime and Coastguard
Agency.
The caller was given a case reference and will ring back if she hears from her husband.""",
  "ISO IT AC", "IS SW", "L")
T("""Salvation Army – NRM referral narrative (summary). PV: Mr. H (M, 23, Indian national). Mr H came to the UK as a
student at a university in Hull. After his course ended, a man from his community offered to sponsor him as a chef in
his restaurant in Scunthorpe in return for £15,000, which Mr H borrowed from relatives. He was told he would get
£28,000 a year. Instead he was paid £600 a month in cash, worked 12 hours a day 6 days a week, and slept in a room above
the restaurant with 3 other staff. When he asked about the contract, the owner said the sponsorship could be withdrawn
at any time and he would be deported. Mr H is afraid to go to the police.""",
  "DEC WW EO DB IT AV", "UF LH OA FA", "L")
T("""Hope for Justice – Outreach note, Oxford. A young Albanian man (20) approached us at a homeless project. He says
he's been 'staying with friends' who gave him a job 'looking after a house'. When asked about the house he said
it was full of plants and lights and that 'they bring food and I stay inside'. He said he can go out at night for
cigarettes, 'but they phone me to come back'. He owes the friends money for his trip from Albania. He has no phone of
his own. We explained the NRM and he said he will think.
He left with a food parcel and a leaflet in Albanian. Outreach team will look for him at the project next week.""",
  "DB ISO", "UF IS", "C")
T("""Kalayaan – Intake note. Client (Kenyan, 35) was brought to the UK by a Qatari family. She says that when she told
her employer she wanted to go home, he laughed and said she could go 'when she has paid back the ticket and the
agency fee', which he says is £6,000, and since then he has deducted 'food and rent' from her salary every month so
it never goes down. She sleeps on a mattress in the children's room. She has her phone but the family check it. She
came to us on her half-day off.
Next steps: NRM discussed and she wants time to think. Appointment booked for her next half-day off.""",
  "DB WW AC ISO", "UF SW IS", "D")
T("""Medaille Trust – Support note. A former resident visited with her baby to tell us she has been offered her own
council flat in Derby. She is doing well, has a part-time job in a café, and says her ex-trafficker is in prison for
another 6 years. She wanted advice about a £600 overpayment of child tax credit. We referred her to the local
Citizens Advice. She said she feels 'free at last'. No concerns.""",
  "", "", "")
T("""Hope for Justice – Intake note. Client (F, 23, Romanian) came to the UK with a man she met in Iasi who said he would
get her a job in a bakery. In London he told her she had to 'work on the street' in Ilford to pay for the flight and
the room. She says she never had sex for money before. She had to give him everything she earned and he beat her when
it wasn't enough. She slept in a room with 4 other women who did the same. He kept all their ID cards in a locked box.
She escaped when he was arrested for something else.
She is now in safe house accommodation in the Midlands under the MSVCC and has agreed to give a statement.""",
  "DEC DB WW PSV RD", "NCW OA DT", "S")
T("""Refugee support group, Glasgow – Advice note. Client: Eritrean man, 26, who has just received refugee status. He
asked for help with his integration loan application, his UC claim and finding a room. He also asked about a friend
who 'works too much' at a restaurant. On questioning, the friend has a contract, is paid properly and chooses to do
double shifts to send money home. We explained the client could share our details with the friend if anything
changes. No exploitation.""",
  "", "", "")
T("""Barnardo's – LADO / strategy meeting minute (extract). Concern: 16-year-old boy, 'K', placed in an unregulated
semi-independent placement in Birmingham. Staff report K is leaving at night and returning with injuries, including
a fractured finger he said was from 'football'. K has two phones and large amounts of cash. Intelligence from WMP links
him to a county line into Shrewsbury. K has told his social worker 'they said they'll kill me if I stop'. Placement is
not able to keep him safe. Agreed: emergency move out of area, NRM referral, Child Abduction Warning Notices considered.
Actions owned by CSC team manager; review date in 7 days.""",
  "AV PSV IT", "PA", "C", "high")
T("""Unseen – Helpline call log. Caller is a pharmacist in Slough. A man regularly comes in to buy morning-after pills and
condoms in bulk, and sometimes brings one of several young East Asian women with him for a consultation; he insists on
staying and translating. Today a woman came in alone, pointed at the pharmacy's modern slavery poster and wrote down
an address on the back of a receipt. She then left quickly as the man was waiting in a car outside. Caller has the
address. Passed to Thames Valley Police as urgent.
Pharmacist was advised not to approach the man and to keep the receipt safe for officers. The caller was given a case reference to quote if she sees the women again.""",
  "", "SFW ET", "S")
T("""Hope for Justice – Money advice note (no exploitation). Client (F, 51, British) referred by her GP for help with
debt. She works as a care assistant, often doing 14-hour days and extra shifts she chooses to take, and feels 'like a
slave to the job'. She has £9,000 of credit card debt and rent arrears. She has her own bank account and is paid
correctly. We explained that we are an anti-slavery charity and referred her to StepChange and her union rep for
advice about her working hours. No modern slavery concerns.""",
  "", "", "")
T("""City Hearts – Client's own account (written by client, spelling kept). 'i was in leeds in a house, the man say i
must sell drugs on the street for him, crack and brown, every day and night, if the money is short he burn me with the
lighter, i have marks on my hand. he take my phone and give me a other phone only for the customers. i cant call my mum.
i sleep on the sofa, sometimes 5 or 6 of us in the house. he say if i run he find my sister.'
[Transcribed by key worker exactly as written. Client consented to the account being shared with police.]""",
  "PSV ISO IT", "PA IS OA", "C")
T("""Kalayaan – Advocacy letter (extract) to an employment tribunal representative. 'Our client's evidence is that her
employer never restricted her movement and that she was able to leave the house on her day off. However, she also says
that she was paid £300 per month against a contractual wage of £1,800, and that her employer deducted "fines" for
breakages from this. She worked from 6am to 11pm daily and was on call overnight for the employer's elderly mother.'""",
  "WW EO", "LH", "D")
T("""Unseen – Call log. Caller: a woman in Bradford whose elderly father is waiting for a kidney transplant. A man
offered the family a kidney 'from a healthy young man in India' for £40,000, to be done in a private clinic there.
The family refused and want to report it. No donor identified. Reported to NCA and police.""",
  "", "", "O")
T("""Renal support group volunteer note (no exploitation). Member (M, 45) had a transplant 2 years ago from a deceased
donor at the Freeman Hospital. He came to the group to talk about his experience and his gratitude to the donor's
family, and about how the NHS organ donation opt-out law works. Nothing of concern.""",
  "", "", "")
T("""Hope for Justice – Case note. A young Polish woman (20) was referred by her college. She lives with her uncle and
aunt in Southampton and says she came to the UK to study. She does all the cooking, cleaning and childcare for them,
which she says she is happy to help with, and they pay for her college and her phone. She goes out with friends and
has her own passport and bank account. The tutor was concerned because she is often tired. Assessment: family
arrangement, no exploitation; she knows she can contact us.
The tutor was reassured and the college will keep an eye on her attendance and wellbeing as for any student.""",
  "", "", "")
T("""Medaille Trust – Intake note. Resident (M, 27, Eritrean) arrived at the safe house tonight with Humberside Police.
He was found in a car wash in Scunthorpe, living in a store room with no window. He says he has worked there 10 months
for 'food and a place'. The owner took his phone and 'his papers from the Home Office'. He says the owner threatened to
report him to immigration and to 'break his legs' if he left. He has a rash on his hands and arms from the chemicals and
only the clothes he is wearing.
Night staff will check on him hourly. NRM referral to be completed tomorrow by the first responder.""",
  "WW AC ISO RD IT", "SW PLC DT PA FPE FA IS", "L")
T("""Barnardo's – Case note. Boy (16), Afghan, unaccompanied, in foster care in Kent. He told his worker that a man at
the mosque offered him 'a job in a car wash' for cash, with 'a room if you want'. He said no because his foster carer
told him about the risks. He hasn't seen the man since. The worker has passed the man's description to Kent Police.""",
  "", "", "")
T("""Unseen – Helpline. Caller is a police officer in Hampshire seeking advice. Officers stopped a car with 4 Vietnamese
men in it, all in their 20s, with no ID. The driver says they are his workers at a nail bar. The men were silent and
wouldn't look at officers, one said 'please don't send me back'. None had a phone. The driver holds their passports
'at home for safe-keeping'. Advice given on NRM, interpreters, and not treating them as offenders.""",
  "RD", "FA DT SFW ET", "L")
T("""Hope for Justice – Outreach record (Birmingham, Digbeth). An English man in his 40s at the soup run said that a man
in a white van offers 'a fiver and a bed' to rough sleepers for 'a bit of graft' on driveways. He hasn't gone himself
but his friend 'Gaz' went three months ago and hasn't come back, and his phone's off. We took details and shared with
WMP; no victim confirmed.""",
  "", "", "L")
T("""Kalayaan – Intake note. Client (Filipina, 48) came in with her passport, which her employer had returned to her
last week after she asked, and her bank statements showing she has been paid. She is however worried because her
employer's teenage son has been shouting at her and yesterday pushed her against a wall. She wants to leave and
find a new employer. No other indicators; advised on reporting the assault and on changing employer.""",
  "PSV", "", "")

T("""Snowdrop Project – Advocacy note (benefits). Client: Ms. D (F, 39, Albanian), survivor with a positive CG and
Discretionary Leave. Her Universal Credit has been suspended because the DWP says she did not attend a work-search
appointment. She did attend: she has a text from her work coach confirming it was moved. We called the UC helpline
with her, then sent a journal message with a screenshot of the text. The payment has been reinstated from the date of
suspension. We also discussed her wish to train as a teaching assistant; she has enrolled on a Level 2 course at
Sheffield College starting in January. She has a good support network at her church and through her son's school.
She asked us to help her apply for a Household Support Fund voucher for winter fuel, which we did. No current or new
exploitation concerns, and she has no contact with anyone from the past. Next review in six weeks.""",
  "", "", "")
T("""Hope for Justice – Outreach record, Bradford (textiles and takeaways). Time 22:30. We spoke to a young Bangladeshi
man (early 20s) putting out bins behind a takeaway on Leeds Road. He said he came on a student visa but his college
'closed' and the owner of the takeaway, a relative of his agent, 'helped' him with a job. He works from 11am to
midnight every day, sleeps in a storeroom at the back on flattened boxes, and has not been paid since the summer
because 'the owner is keeping it for my visa'. He was wearing kitchen clogs that were split and had burns on both
forearms from the fryer, which he said had never been treated. He owns 'a phone and one bag'. He asked us not to tell
the police because the owner said he would be arrested and deported for working on a student visa. We left our card
in Bengali and agreed to meet at the mosque on Friday.""",
  "AV DEC EO AC WW IT", "LH SW NCW PA FPE FA", "L")
T("""Barnardo's – Family support worker note (no exploitation). Family: Mum (Polish) and three children in Hull. Mum
asked for help because her landlord has not repaired a leaking roof and the children's bedroom is damp. Mum works
nights at a care home through an agency, paid into her own account; she says the hours are long but she chooses them
because she is saving for a deposit. The eldest (14) helps with the younger two before school, which mum says she
feels guilty about. No concerns about exploitation; referral made to the council's private sector housing team and to
an early help worker to support with childcare. School attendance is good.""",
  "", "", "")
T("""Medaille Trust – Resident statement (summary by key worker). 'S' (M, 30, Romanian) says he answered an advert on a
Romanian Facebook group for 'construction work in England, £1,800 a month, accommodation included'. He paid the
advertiser €250 for 'registration'. At Stansted he was met by two men who took his ID card and drove him to a house
in Harlow where 16 men slept on mattresses in every room including the kitchen. The next day he was given second-hand
boots and a hard hat and told he owed £60 for them. He worked on sites all over Essex, collected at 5am and brought
back after 8pm in a van without seats. He never saw a payslip. Each Sunday the 'team leader' handed out £50 and said
the rest went on rent, transport and his debt. When S said he wanted to leave, the team leader said 'you can go, but
without your card, and we'll tell the police you stole from us'. He left anyway, sleeping at Harlow bus station until
a volunteer found him.""",
  "DEC RD DB WW IT EO", "UF DT OA PPE CE CT NCW LH", "L")
T("""City Hearts – Telephone advice (no exploitation). Caller: a Romanian man, 42, working as a van driver for a parcel
delivery firm as 'self-employed'. He says he does 12-hour days and some weeks he earns less than minimum wage after the
van rental. He is free to leave, has his own passport, his own flat and his own bank account, and the company has never
threatened him. He wanted to know whether this was 'modern slavery' and what his rights are. We explained the
difference between poor employment practice and exploitation and referred him to ACAS and the IWGB union for advice on
employment status. Caller was happy with this.""",
  "", "", "")
T("""Unseen – Helpline call log (summary). Caller is a woman in Derby who answered an advert for 'au pair in London,
£150 per week, own room' posted in a Facebook group. The 'family' asked her to send £400 for a 'visa processing fee'
and a copy of her passport before travelling. She has already paid. The contact has now stopped responding. She has not
travelled and has not been exploited, but she is worried about her passport copy being misused. We advised her to
report to Action Fraud and her bank, and shared the advert details with the NCA as a possible recruitment route.""",
  "DEC", "UF", "")
T("""Kalayaan – Intake (long form). Client: Nepalese woman, 34. She came with a family from Dubai in July on an ODW visa.
She has been with them for four years. In London the family rented an apartment in Marylebone. She slept on the sofa
in the living room and could only go to bed after everyone had left it, usually after 1am. She got up at 6am.
She cooked, cleaned, did laundry for eight people and looked after a child with a disability through the night. She was
fed once a day. Her phone was taken at the airport and she was told she could call home 'when the holiday is
finished'. She was not permitted to go outside; the front door had a code she did not know. Her salary of 1,000
dirhams a month had not been paid for a year. She escaped when a delivery driver left the door open and she asked a
passer-by for help; a woman walked her to a police station. She arrived at our office with a police officer, wearing
slippers and carrying nothing.""",
  "AC EO ISO RM WW", "SW LH IS RMS FPE", "D")
T("""Refugee and Migrant Centre, Wolverhampton – advice note. Client (M, 31, Zimbabwean) is a former care worker whose
sponsoring employer had its licence revoked. He has 60 days to find a new sponsor. He said the old employer paid him
correctly and he never had his passport taken, but he is frightened of becoming undocumented. He has savings for two
months' rent. We helped him update his CV, register with two licensed care sponsors and book a free immigration advice
appointment. He said friends have warned him about 'agents' selling CoS for cash and he will not pay anyone. No
exploitation identified. Will follow up in two weeks.""",
  "", "", "")
T("""Hope for Justice – IMSA case note. Client (F, 45, Vietnamese) worked in a nail bar in Lincoln owned by a couple who
told her in Hanoi she would be a 'manager'. She lives in a room above the shop with three other women. She says she
can go out and has her own passport, but the owners keep 'most of' her wages to pay off an $11,000 travel debt which
increases every month with 'interest', and they have told her that if she leaves before it is paid, they will take
her family's house in Vietnam, which is the security for the loan. She works 10 hours a day, 6 days a week. We have
discussed the NRM with her; she is considering it.""",
  "DEC WW DB IT EO", "OA UF LH", "L")
T("""Barnardo's – Professionals' meeting note. Young person: 'M', 15, female, Manchester. M's social worker, school,
GMP and Barnardo's met after M disclosed that she was 'sold' by an older girl to a man for £50 at a house party and
that men have since been messaging her on Snapchat offering vapes and money for 'pics' and to meet. M was assaulted
at the party. She has since stopped going to school and is rarely seen outside her house; she says she is scared the
men will find her. GMP are investigating the party and the Snapchat accounts. Plan: safety plan, Barnardo's direct
work, school reintegration support, and an ISVA referral.""",
  "AV PSV", "IS FA", "S", "high")
