# fresh249 part 4: longer accounts, negated and hypothetical mentions, mixed texts.
E = []


def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))


T("""NRM referral - first responder: Salvation Army (Hull).
PV: Andrei (Romanian, 27). Andrei saw a Facebook post offering work in a UK meat factory at £450 a
week with a room included. He paid £300 to a man called Florin for 'the place on the bus' and the
job. On arrival in Hull on 2 March he was taken to a terraced house on Hessle Road where 11 men were
already living; he slept on a mattress in the kitchen. Florin took his ID card 'to do the
paperwork with the agency' and never gave it back.
Andrei was picked up at 4:45am every day and dropped back after 8pm. He worked at a chicken plant
during the day and some nights was taken to clean a warehouse. He estimates 80-90 hours a week. A
bank account was opened at the agency and the card was posted to the house, but Florin opened the
envelope and kept the card and PIN. Each Friday Florin handed him between £40 and £70 and said the
rest had gone on rent (£100), transport (£40), food (£30) and 'the debt'. He says the debt started
at £600 and by May Florin told him it was £1,800.
He says Florin never hit him, but another man who tried to leave was 'taught a lesson' in the back
garden and everyone heard it. Florin told Andrei that he knew where his mother lived in Bacau.
Andrei has one bag, two t-shirts and the clothes he stood up in. He is frightened of police and
asked several times whether he would be arrested.""",
  "DEC RD EO WW DB IT AC", "UF OA PLC CE LH NCW CT DT FPE FA", "L")

T("""Intelligence log - Op HARROW. INT 2/B/P.
Source reports that HUSSAIN, Tariq (DOB 04/11/1979) runs three takeaways in Bradford (BD3, BD7,
BD8) and staffs them with young Bangladeshi males brought on student visas. Source states the
males do not attend their college courses. They work the takeaways from 11:00 to 02:00 seven days
a week and sleep in the rooms above the shops, four to a room. HUSSAIN pays their college fees
and tells them they owe him £7,000 each, which he takes back out of their wages at £150 a week.
He pays them £100 a week cash, off the books. Source believes HUSSAIN holds all their passports in
a safe at his home address on Toller Lane and has told them that if they stop working he will
tell the college and the Home Office and they will be 'on the next plane'. Source also states one
of the males was slapped by HUSSAIN in front of customers in January for being slow.
Source has direct access. Recommend GLAA and Immigration Enforcement joint visit.""",
  "AV WW DB EO RD IT PSV AC", "LH SW OA UF DT", "L")

T("""I want to tell about my time in the farm. My name is not important. I come from Kyrgyzstan on
the seasonal visa. I pay £3,000 to agent in Bishkek for the visa and ticket, I borrow from my uncle.
The farm is good at first. Then they say no more picking, only 2 days in week. I earn maybe £150
in week. They take £70 for caravan. I cannot pay my uncle. I ask to change farm, the supervisor say
it is not possible and if I go I am illegal. I am very worried, my uncle call every day. I don't
sleep. The caravan is 6 person, water comes in roof. I am not beaten, nobody lock me, but I have no
money and no way to go home. I feel like a prisoner of the debt.""",
  "DB DEC AV AC", "UF OA PLC", "L")

T("""Case notes - Sandwell Adult Social Care, safeguarding enquiry (s42).
Mr P is a 58-year-old man with a moderate learning disability who lived with his mother until her
death in 2021. Since then a couple, Mr and Mrs JONES (not related), have 'taken him in'. Concerns
raised by his GP after he attended with an untreated hand injury and appeared very thin.
Enquiry findings: the JONES couple are appointees for his PIP and Universal Credit (£1,400 a month)
and have also been drawing his mother's small occupational pension, which should have stopped.
Mr P does labouring for Mr JONES's landscaping business five or six days a week and says he gets
'pocket money', about £10. He sleeps in a box room with no heating. He told the social worker that
Mrs JONES 'gets cross' and locks the fridge. He is not allowed a mobile phone 'because he'd lose it'.
He does not know his own address. The couple took out a £3,000 catalogue loan in his name.
Mr P said he likes Mr JONES and doesn't want him in trouble.
Outcome: police informed, DWP appointeeship review requested, NRM referral made.""",
  "AV WW AC ISO", "PA NCW PLC IS", "L")

T("""Intel log - INT 3/B/P - the source is a delivery driver who regularly delivers to a small clothing
factory in an old mill in Leicester (LE4). He reports that the workers, mostly women of Indian and
Afghan heritage, are paid £4 an hour in cash, and that some are paid 'by the piece' at rates that
come to less than that. He has seen staff there late at night and on Sundays. He says the fire
exits are blocked with rolls of fabric. He has no information that anyone is prevented from leaving,
holds other people's documents, or is threatened, and he says the women come and go on foot. The source says the business is registered to a company in Birmingham and the manager drives a new Range Rover.""",
  "WW AC EO", "LH", "L")

T("""We received a call from a man at a petrol station in Carlisle. He said a lorry driver had stopped
to let two young men out of the back of his trailer and they'd asked him, in broken English, where
they were. They said they had paid 'the man' £4,000 each and still owe another £4,000, to be paid by
working when they arrive in London. The lorry had gone. The men were soaked, shivering and had
nothing with them but a phone with no credit. Officers attended and found them in the shop.
Border Force and the First Responder contacted. They have since said they were to work in a car
wash and the boss would keep their wages until the debt is cleared.""",
  "DB WW ISO", "UF PA FPE IS", "L")

T("""Call handler notes: Caller (lives above a restaurant on Deansgate) says she keeps hearing a man
shouting at the kitchen staff at 2 or 3 in the morning. Tonight she heard crying and a man say 'if
you try to leave again I'll break your hands'. She saw one of the kitchen lads in the yard last week
with a black eye. She thinks the lads sleep in the storeroom as she sees them go in with blankets.
Says the shouting is happening right now. Caller says the restaurant is called 'Spice Garden' and the owner's car, a black Mercedes, is parked in the yard. She is watching from her window and can see a light in the storeroom. Caller is willing to give a statement but wants to remain anonymous to the restaurant.""",
  "IT PSV AC RM", "PA SW", "L", "immediate")

T("""Statement of witness (S.9). I am the manager of a branch of Santander in Slough. On Monday a man
came in with four women. He did all the talking and said they wanted to open accounts. The women did
not say anything and looked at him before answering any question. When my colleague asked one of
the women for her phone number the man gave his own. When we said each customer needed to be seen
on her own he got angry and they all left. Later that week one of the women came back alone, very
nervous, and asked how she could get her card back 'from the man'. I gave her the leaflet from
Unseen and called the police.""",
  "WW", "SFW NCW FA", "")

T("""Caller (male, Polish accent) on the Modern Slavery Helpline: says he works at a recycling plant in
Bolton. He gets paid every week into his own account and has his card and his passport. He lives
with his girlfriend in a flat they rent themselves. He wanted to report his friend Marek, who
works at a different place, lives in the boss's house, and is not paid for the last five weeks. The
boss has told Marek that he will be paid 'at Christmas'. Marek works from 6 to 6 and has no day
off. Caller says Marek is scared to ring himself. Caller gave the address of the house in Farnworth and Marek's number but asked that police don't ring it because the boss checks Marek's phone every night.""",
  "WW EO ISO", "LH OA FA", "L")

T("""POLICE INTELLIGENCE REPORT - 3x5x2 (INT 2/B/P). Subject: Angelo FERRARI (nom), 52, Glasgow.
Information: FERRARI manages a chain of three hand car washes in Glasgow and Paisley. Source states
that FERRARI employs approximately 20 Eastern European and Kurdish males. The males are given a 'day
rate' of £35 for twelve-hour shifts. FERRARI deducts a weekly charge of £60 for a room in one of two
flats he rents in Govan, where up to 10 males live per flat. Further £15 charge for a 'uniform'.
Source states FERRARI keeps the males' wages in an envelope system and pays out 'when he has it',
and that some males have been owed money for more than two months. Source has no information that
the males are locked in or have had documents taken and believes they can leave if they wish but
have nowhere else to go. Source states FERRARI lost his temper with one worker in the summer and
pushed him into the wash bay.""",
  "WW EO AC PSV", "LH OA PPE", "L")

T("""My sister married a man from a village near ours in Pakistan and came to live in Bradford. She is
not allowed to go out without his mother. She does all the cooking and cleaning for 9 people and she
looks after his grandmother at night. They took her passport when she arrived and her phone is
checked every night. She is allowed to call me on Sundays only with the mother in the room. Last
month she said her husband hit her because the chapatis were cold. He also said that if she
complains they will send her back and tell everyone she was dishonoured. Her spouse visa depends on
him. Please can someone help her. Her husband's family live on Lumb Lane. I am in Birmingham and I can't get to her.""",
  "RM EO RD ISO PSV IT AV", "RMS DT IS LH", "D")

T("""I'm a CSO at a secondary in Rotherham. Year 10 boy (15) has started coming in with expensive
trainers and a second phone. He fell asleep in class three times this week. He told his tutor he's
'working for his cousin' at weekends and gets £100 a weekend. He says he's 'not a runner' and
nobody's making him do anything. His mum says he's out till 2am and she's found £400 cash in his
room. Last night he turned up at school with a cut lip and wouldn't say how. Mum has given consent for a referral to the Independent Child Trafficking Guardian service. School has shared the second phone number with police. The boy lives with his mum and two younger sisters.""",
  "AV", "PA", "C", "high")

T("""Intel (INT 3/C/P): Unconfirmed report that a GP surgery in east London has been approached by a man
asking for blood group tests for 'a few of his workers' in preparation for 'medical travel'. The
workers are said to be Bangladeshi men employed in his warehouse who owe him money for their
visas. Referred to NCA for organ harvesting assessment.""",
  "DB AV", "UF", "O L")

T("""Hospital note: Mrs K, 44, admitted for kidney transplant. Donor is her husband, who gave consent
freely following independent assessment under the Human Tissue Act. Both doing well. Social
worker note only about parking and travel costs.""")

T("""Crimestoppers report: 'a man called Kevin on the Chell Heath estate in Stoke has taken over the
flat of a woman with learning difficulties. He has her bank card and goes to the cash point every
fortnight when her money goes in. There's people in and out buying drugs all day and she's scared
to go to her own kitchen. She's got bruises on her arms.' Caller doesn't want to give her name as she lives in the same block. Says the woman's name is Tracey, mid-40s, and that there's been a lot of lads in tracksuits from out of town. Recorded as suspected cuckooing. PCSOs to do a welfare visit with adult social care. Caller says the lads call Kevin 'K' and he drives a white Golf.""",
  "AV WW PSV", "NCW FA PA", "C")

T("""Enquiry from the council's licensing team: applicant for an HMO licence in Peterborough is an
employment agency director who plans to house 14 of his agency's workers in a six-bed house, with
rent deducted from wages. Licensing flagged because the number exceeds the permitted occupancy.
GLAA informed. No workers yet in occupation; no allegation that anyone has been exploited.""")

T("""I've been working as a cleaner for a lady in Hampstead for three years. I have a key, I come three
mornings a week, she pays me £15 an hour by bank transfer and gives me a bonus at Christmas. My
friend said I should ring you because I'm from Brazil and people might think I'm a 'slave'. I'm
not! I just wanted to know about holiday pay. She also gives me lunch and I can use the car park. If I want a day off I just text her. My friend worried because on TV they said cleaners from abroad are made to work for nothing. That is not my life. Thank you for listening, and sorry for taking up your time with this.""")

T("""Referral (Local Authority Children's Services): A, 16, an unaccompanied asylum-seeking child from
Eritrea, was placed in semi-independent accommodation in Northampton. Staff noticed that a man
regularly picks A up in a car at 6am and returns her after midnight. A says she works in 'a
restaurant'. She has told her key worker that the man holds her Home Office papers and that she
pays him back for her journey; that she gets 'a little money'. She was seen with bruising to her
neck last week. Strategy meeting called. A's key worker notes she is increasingly tired and withdrawn and is frightened to talk about the man. Police to research the car. Interpreter (Tigrinya) to be arranged for any interview.""",
  "AV RD DB WW PSV", "CE DT PA UF FA", "L", "high")

T("""We are a family of four living in Aberdeen. My husband works offshore two weeks on, two weeks off,
12-hour shifts. The oil company pays him and his money goes into our joint account which I run. He
asked me to say this because your leaflet at the library said 'someone else controls your money'
is a sign and he laughed. We are fine. We've been married 22 years, we both have access to everything online and he can take out whatever he wants whenever he wants. We just thought you should know not every joint account is a problem! Thanks for the leaflet anyway, it's good that people are looking out for others who need help.""")

T("""Log 2244 - caller is a taxi driver who has just dropped off a woman at the A&E in Northampton
General. She had a cut head and told him 'they will kill me if I go back'. She said she had been
working at a house cleaning for a family who kept her money and hit her. She'd run off. She is
in A&E now and scared the family will come for her tonight as they know the hospital. Taxi driver described the woman as African, about 30, wearing a thin dress and slippers in the cold, carrying nothing. He does not know the family's address but dropped her from near the Kettering Road. Units dispatched to the hospital; hospital security informed.""",
  "PSV IT WW", "PA FA FPE", "D", "immediate")

T("""NRM - Hope for Justice caseworker summary:
B. is a 34-year-old Slovak man with an alcohol dependency. He was recruited outside a
job centre in Kosice by a man offering 'good money' in England. A woman in the group, who B. calls
'Auntie', took his ID card on the coach and he has not seen it since. In Sheffield he was put into
a house with three other Slovak men and taken every morning in a van to a builder's merchant's yard,
loading and unloading lorries for 10-12 hours. He was told his pay was £70 a day but he never saw a
wage slip. The group used his ID to open bank accounts and claim Universal Credit in his name; he
says 'Auntie' goes to the cashpoint with 'many cards, all ours'. He was given beer and food and about
£10 a week. He was told that if he went to the police he would be arrested because he is 'on the
benefits'. When he once refused to work because he was ill, 'Auntie's' son punched him.
He has lost a lot of weight and has sores on his hands.""",
  "AV DEC RD WW EO IT PSV", "DT OA LH MBC NCW FA PA", "L C")

T("""Report from a community midwife: booked a patient (Chinese, 24, 20 weeks pregnant) who came with an
older woman who answered all the questions and said she was 'her boss'. The patient works in a
massage shop in Newport and sleeps there. The older woman paid for the appointment and took the
patient's appointment card and phone. The patient looked frightened and would not make eye
contact. We managed to get two minutes alone with an interpreter: she said she owes 'a lot of
money' and cannot stop working even though she is pregnant. She had no bag, just a plastic carrier with a few clothes in it. The older woman rebooked the next appointment herself. Referred to our safeguarding lead.""",
  "DB ISO AV", "SFW SW FA FPE", "S")

T("""Not modern slavery - logging for completeness. Following a Crimestoppers call, officers attended a
car wash in Ipswich. Staff of 5, all Albanian nationals with settled status. Each has his own
bank account, receives payslips, and has his ID. They say they rent rooms in town privately. One
of them is the owner's brother. They denied being threatened or made to work, and there was nothing
on site to suggest they sleep there. Gloves and boots provided. Closed, no indicators. Officers also checked the back of the unit and the office: no mattresses, no bedding, no personal belongings. The owner provided PAYE records and right to work checks for all staff. Crimestoppers informant to be advised of outcome via the anonymous route.""")

T("""Caller's neighbour 'Lucy' (about 30) has a boyfriend who makes her go on webcam for money and takes
all of it. She told the caller he said he'd put the videos on Facebook if she stopped. Lucy hasn't
been out of the house without him for weeks.""",
  "WW IT RM", "NCW RMS", "S")

T("""Interview notes - GLAA, Operation GRANARY. Worker 7 (Bulgarian, 38).
W7 said he came through an agency in Plovdiv. He was told he'd earn £2,000 a month. He pays £80 a
week for a bed in a six-person caravan, and £30 a week for the bus to the fields. He says he earns
about £350 in a good week. 'The money is not what they said, but it is more than at home.' He has
his passport and bank card. He is not in debt to anyone. He can leave when he wants and has been to
Boston on his day off. He said he would not go back to the same agency next year.
Officer assessment: misrepresentation of earnings and high transport charge; no other indicators.
Refer to EAS for agency conduct.""",
  "DEC", "OA CT", "L")

T("""Hi, I work at the front desk of a gym in Slough. A man comes in every week with a different young
woman and pays for her membership and sits in the café watching her the whole time she's there. He
holds her phone. One girl asked me for a glass of water and whispered 'help'. He was right behind her
so I didn't do anything. I'm just worried I missed something.""",
  "ISO RM", "RMS ET", "")

T("""INT 2/A/P. Officer observation 14/09 at Morrisons Bradford: subject Marius STAN seen to use six
different bank cards at the ATM, withdrawing £250 on each. A Ford Galaxy waited outside containing
five males in work clothing. Subject then drove the males to a chicken processing plant. Two
cards recovered on later stop-check bear names of the males. Males said through an interpreter that
STAN 'looks after' their pay and that they get £40 a week from it. Subject's address, a rented semi in Bradford BD4, has 9 adults registered on the electoral roll. Request to the banks for account holder information submitted under the Proceeds of Crime Act. GLAA informed. Males spoken to separately were reluctant to say more and appeared worried about losing their jobs.""",
  "WW", "MBC NCW ET", "L")

T("""Email to the Safeguarding inbox from a bank's vulnerable customer team: customer, 91, has a new
'lodger' who has been added as a third-party mandate on her account. Pension and attendance
allowance go out to the lodger's account within hours of being paid. Customer seemed confused on the
phone and said the lodger 'does everything'. We don't know if she's being made to work for him. The customer lives alone in a bungalow in Worthing. The lodger moved in six months ago after replying to a card in the newsagent's window. Bank has frozen the mandate and asked for a welfare check. Adult social care informed. The customer's daughter in Spain has been contacted and is flying over at the weekend.""",
  "AV WW", "NCW", "")

T("""Hypothetical from training session notes: 'If a worker tells you their boss holds their passport,
what should you do?' Trainer: 'Record it, ask whether they can get it back, and refer to the GLAA.'
Discussion only - no real case.""")

T("""I've been told by a colleague that our cleaning supervisor at Leeds Station might be taking a cut of
people's wages. I asked around: everybody gets paid directly by the company into their own account
and nobody says they've paid the supervisor anything. I'm logging this because I was asked to, but
I don't think there's anything in it.""")

T("""Intelligence log: Op BRAMBLE - INT 3/B/P. Source states that Polish nationals living at 88 Beech Rd,
Kettering are working at a food processing plant and are 'ok'. Source has no concerns about
pay, documents or freedom. Source's concern is instead a Polish male, Piotr (surname unknown), at the
same address who is said to be collecting £20 a week from each resident for 'protection' and has
threatened to smash the windows of those who refuse. Piotr is said to drive a red Audi A4 and to be at the address most weekends. Source does not know whether the residents have paid. Recorded as suspected blackmail; neighbourhood team to visit and speak to the residents individually. Officer to update the source handler once the visit has been done.""",
  "IT", "", "")

T("""Statement: I was working at the Indian restaurant from 2019. The manager took my passport saying it
was for the visa renewal. I got it back after a few weeks when the visa was done. He paid me the right
money every month into my account. The only problem was I had to work 70 hours a week with one
day off and the manager said if I complain my visa will not be renewed. I left that job last year and now work in a warehouse in Hayes. I am not asking for anything, I only want it recorded because my cousin still works there and he says it is the same for him. My cousin is 24 and this is his first job in England.""",
  "EO IT AV", "LH", "L")

T("""OK so I'm writing this for my gran she's 79. Her neighbour asked to borrow her bank card to get
some shopping and never gave it back and now the neighbour's boyfriend keeps coming round asking her
for her pin number. She hasnt given it. Shes not working for them or anything its just them trying
to nick off her.""")

T("""Response to the council's Spot the Signs consultation: as a small farmer I provide free housing to
my two workers, a married couple from Romania, in a cottage on the farm. I pay them through PAYE,
their passports are their own, they have a car and go into Ledbury most evenings. They do long hours
at lambing time but get time off in lieu. I'm worried your leaflet will make people think that's
slavery. I'd be happy for anyone from the council to come and talk to them or to me. I just think the leaflet should say the signs are only signs, and that a worker with a house, a wage and a passport of his own is just a worker.""", "", "LH")

T("""Police log, Stoke: concern for safety. Caller is a worker at a pottery supplies firm; her colleague,
Mr N (Pakistani, 33), was hit with a broom by the owner's son today after asking about his missing
wages. Mr N is a sponsored worker and the son told him 'I can send you back with one phone call.'
Mr N has not been paid for September or October. Caller wants to remain anonymous as she also works there and is worried about her own job. Caller says Mr N sleeps in the back office some nights.""",
  "PSV IT WW AV AC", "SW", "L")

T("""Visit report - Domestic worker support charity (Kalayaan-style casework). Client: D (Indonesian,
31). Came with a Saudi family on a six-month ODW visa. Worked every day from 6am to 1am, caring for
four children and cleaning a five-storey house in Belgravia. Slept on a mattress in the laundry room.
Ate leftovers. Was promised $500 a month; employer said the salary was being paid to her family
at home. Her family received two payments in 10 months. Passport taken at the airport by the
employer's driver. Not allowed outside except to walk the children to the car. When the family went
out she was locked in. She escaped when a window cleaner gave her a phone. Has scars on her forearm
which she says are from an iron 'thrown by madam'.""",
  "EO AC DEC WW RD RM PSV", "LH SW PLC DT RMS PA NCW", "D")

T("""Bloke in the pub says he 'gets lads from Romania' for building jobs and 'pays them what they're
worth' - a tenner a day and a bed in his garage. Overheard by my husband in the Red Lion, Dunstable.
Don't know his name, drives a black pick up KX19 something.""",
  "WW AC", "PLC", "L")

T("""MARAC note - not trafficking. Ms R, 34, reports her partner controls all household money, she has
no access to the bank account and has to ask for money for nappies. He has also slapped her. Referred
to IDVA as domestic abuse (coercive control). She works part-time in a school and keeps her own
wages in a separate account he doesn't know about. No labour or sexual exploitation described. Ms R has been given details of the local domestic abuse service and a safe account option at her bank.""")

T("""Cannabis factory, Swansea - officers found a Vietnamese male, 19, in a house on Brynmill Terrace. He
says he was promised a job in a nail bar and told he'd be paid £1,000 a month, but instead has been
locked in the house for four months with the plants, given noodles and rice once a day, and
threatened that his family will pay his £30,000 debt if he runs. He has no phone, no money and
doesn't know what city he's in. Door padlocked from the outside. He has one set of clothes and nothing else. Police surgeon noted he was underweight. Property rented through an agent to a man who paid a year in cash. An interpreter was booked and CPS consulted on the s45 defence.""",
  "DEC RM AC IT DB ISO WW AV", "RMS IS UF FPE PA", "C")

T("""Can I report my old boss, he never paid me for my trial shift at the bakery. It was only 4 hours. Is
that legal? The manager said the trial was unpaid and that I didn't get the job. I've told all my mates not to bother applying.""")

T("""Trading standards note: two young men from Liverpool doing a door-to-door fish and seafood round in
Cumbria, sleeping in the van. They say they're paid commission only, by their uncle who owns the van,
and they get about £30 a day. They are 18 and 19. They did not say anyone takes their money or keeps
them there. Nothing further.""", "", "SW")

T("""Debrief (custody, DSN: 4411): prisoner arrested for possession with intent at Kings Lynn station. Aged
17, from Enfield. He says he started because he owed a man called 'SKENG' £800 after being robbed
of a 'box' of crack and heroin, and the debt went up by £100 every week he didn't work. He says
SKENG's boys burned his arm with a hot knife when he tried to stop. Burn injury visible on left
forearm. He says he'd been kept in a flat in Kings Lynn for nine days and wasn't allowed to leave. Appropriate adult present. Mum informed. He says he has not been to school since Easter. Released under investigation and an NRM referral was made by the custody sergeant.""",
  "AV DB PSV RM", "PA RMS", "C", "high")

T("""Q. Did anyone ever take your money? A. No, they pay me in my account and I have my own card. Q. Did
anyone take your passport? A. No. Q. Are you free to leave? A. Yes, I'm going home in October for my
sister's wedding. Q. Anything else? A. The bus is expensive, £40 a week, but you don't have to take
it.""", "", "CT")

T("""Log: Swindon. Female (Thai, 40s) attended police station front counter with a friend who
interpreted. She says she married a British man who brought her over. He makes her work in his
cousin's restaurant, the wages are paid into his account, and she has not had any money of her
own in two years. He took her passport 'to keep it safe' and refuses to give it back. She has no
friends here and he checks her phone. She is not allowed to go to Thai temple any more. She cried when asked about her family in Thailand and said she has not seen them for three years. Officers arranged a safe place for her with a women's refuge in Reading.""",
  "WW RD ISO DEC", "NCW DT IS", "L D")

T("""Scrapyard in Middlesbrough. Officers looking for stolen catalytic converters found two men living in
a shipping container on site. One is the owner's son, the other a friend who 'helps out'. Both say
they get paid, both have phones and cars. No concerns raised by them. The container had a heater
and beds.""", "", "SW")

T("""It's not about slavery, it's about my wages. I've worked for the same mini-cab firm 5 years and the
boss wants to take £180 a week off us for 'radio circuit fees' now instead of £120. I can choose
to go somewhere else but all the firms do it.""")

T("""Referral - Barnardo's CSE service: J, 14, girl. Went missing from home in Telford for three days.
Found by police in a flat in Wellington with two males aged 25 and 31. J disclosed that the men gave
her alcohol and cocaine and that she 'had to' have sex with one of them and his friend to 'pay back'
the drugs. Her phone had been taken off her. She says they told her if she told anyone they'd put
pictures of her online. J's mother says J had started wearing expensive clothes and had a new phone in the weeks before. Both males arrested on suspicion of rape of a child and CSE offences. J was taken to the SARC in Shrewsbury.""",
  "AV PSV DB ISO IT", "", "S", "high")

T("""Employer's statement: 'We deduct £25 a week from the wages of the lads who live in our hostel, as
agreed in writing. That covers gas, electric, water and wifi. They can live wherever they want.
About half choose to stay with us.' GLAA: accommodation offset compliant, no concerns.""")

T("""Intel report: woman in her 60s, Ghanaian, believed to have been living with a family in Enfield for
20 years as their 'nanny'. Neighbour says she is never paid, never goes out, has no phone. Family
call her 'auntie'. She looked 'like a ghost' when the neighbour saw her at the bins.""",
  "WW RM ISO", "RMS IS PA", "D")

T("""Car wash in Kirkcaldy - Police Scotland and GLAA visit. Two workers were nervous, one ran away out
the back. The remaining three said they get paid £50 a day, which is low. None said anything about
threats or debts; all had their own passports. One said he sleeps at the wash 'because it is warm'.""",
  "WW", "FA SW", "L")

T("""Voicemail transcript: 'hiya it's Jade from the Tesco on Kingsway, there's a Romanian lady sat outside
begging again, she's been dropped off by a car with two blokes who come and take her cup every
couple of hours, she's got a bad leg and looks really cold, I think she might be being forced,
could someone pop down'""",
  "WW", "ET NCW PA", "C")

T("""Home Office Immigration Enforcement, visit to a care home in Norwich. Two care workers say their
sponsor made them sign a contract to repay £5,000 if they leave in the first three years. They
have their own BRPs and are paid monthly. They are worried but not threatened.""",
  "DB", "", "L")

T("""Police log: Op HAWTHORN - visit to a farm in Angus following an anonymous tip about berry pickers
'being fined for everything'. All 30 workers spoken to; they confirmed a fine of £5 for arriving late
to the field which is returned at the end of the season as a 'punctuality bonus' if they're never
late. They receive payslips and control their own money. No other concerns. The farm's accommodation was inspected and found adequate. Workers have their own bank cards, keep their own passports and said they were free to change farm. The anonymous tip appears to have come from a former worker who was dismissed. NFA. Closing note sent to the force control room and the GLAA intelligence desk for information.""")

T("""WORKER: "Every day Darius he give me 20 pound. He say the rest he send to Romania to my wife. I call
my wife and she say no money come. When I say this to Darius he slap me and he say I am liar, I
owe for the house.\"""",
  "WW DEC PSV DB", "NCW", "L")

T("""Intel from housing association: tenant in Walsall let a 'friend' register 6 other people at her flat
for benefit claims. She gets £200 a month. The 6 people don't live there. Benefit fraud, no
exploitation of the tenant disclosed. Referred to DWP fraud.""")

T("""Public contact via website: 'At the barbers on Stratford Road they have 2 young Kurdish lads
working who look about 15. I went in at 9pm and they were still cutting. My barber told me they're
not paid, just get food and a bed upstairs, and the owner has their papers.'""",
  "AV WW RD EO", "SW DT LH", "L", "high")

T("""Officer's note: Saw a man outside the Job Centre handing out cards offering 'warehouse work, £120 a
day, start tomorrow, no papers needed, accommodation provided, £200 deposit'. Three men took cards.
Potential recruitment for labour exploitation. Card number 07700 900761 passed to intel.""",
  "DEC", "UF", "L")

T("""Nail bar Coventry - woman ran out into the street screaming. Staff said she was 'mad'. Officers
spoke to her with an interpreter: she said the owner hits the girls if they don't make £200 a day
and keeps their money. She said she's been sleeping on the salon floor for six months. She had a
swollen wrist.""",
  "PSV WW AC", "SW PA", "L")

T("""My brother is in Dubai and he sends me his salary every month and I put it in his savings for him.
He trusts me. I am just explaining why my account has so many transfers, the bank asked. He is 30.""")

T("""Safeguarding alert from a GP: older patient, Mrs J (86), brought in by her grandson who answered all
questions for her. Patient unkempt, underweight. Grandson has her bank card and receives her pension.
Patient said very quietly she 'does the cooking for the boys' and is 'not allowed out'.""",
  "AV WW RM", "SFW PA NCW RMS", "D")

T("""Caller says he was promised a job in Cornwall doing fishing with good wages. When he got there the
skipper said he would only pay at the end of the season. He's been out at sea 16-18 hours a day for
three weeks with no pay and he's frightened to complain.""",
  "DEC WW EO", "LH FA", "L")

T("""Anti-money-laundering alert: one person opened accounts for 14 individuals at the same Swansea
address within a month. Bank contacted police. Investigation found the address is a registered
student house of a college; the 'one person' was the international office helping new students open
accounts. Each student has their own card. No offence.""", "", "OA")

T("""Transplant coordinator note (Leeds): patient returned from Pakistan with a newly transplanted kidney,
says he 'bought' it from a hospital there. Donor unknown. Reported to the HTA as possible
transplant tourism. The patient is a recipient, not a victim. Patient is well.""",
  "", "", "O")

T("""INT 2/B/P. Source reports the manager of the Golden Dragon takeaway (TS1) keeps the staff's
passports and tells them they can have them back when they've 'earned' them. Staff live on the
premises. Source not aware of violence. Source is a delivery driver.""",
  "RD", "DT SW", "L")

T("""A man said his landlord would 'make him disappear' if he didn't pay his rent arrears by Friday. He
works for a warehouse, gets paid normally. It's a landlord-tenant dispute with a threat. Crime
recorded as malicious communications. Suspect known to police.""",
  "IT", "", "")

T("""Referral, Croydon Council: Mrs V (Lithuanian, 55). Lives with her adult daughter and son-in-law.
Son-in-law has her bank card and uses her wages from the laundry to pay the mortgage. She says she
agreed to help with the mortgage but now she gets nothing and has to ask him for bus fare. She wants
advice about getting her card back. No threats described. Advised on how to request a new card from her bank and given the number for the local domestic abuse service, as she said the son-in-law shouts at her when she raises it. She said her daughter does not know. Follow-up call booked for two weeks' time with an interpreter if she wants one.""",
  "WW", "NCW", "")

T("""Reported crime: assault on a woman outside a brothel in Cardiff. Victim (sex worker, Welsh, 29) says
she works at the flat with two friends, they share the rent and each keep what they make. The assault
was by a client. Nobody manages them.""",
  "", "", "")

T("""Neighbour: 'there's a lad in the flat next door who is kept there by 2 men, they go out and lock the
door, he shouts through the window for food, he looks about 16, I've heard them beating him. They're
out now and I can hear him crying.'""",
  "RM PSV AV AC", "RMS", "", "immediate")

T("""Labour provider's audit notes: the deduction of £12 a week for hi-vis and gloves identified on payslips
for 60 workers - unlawful as PPE must be free; refund ordered. Workers otherwise paid correctly, own
accounts, no other indicators. Provider cooperated.""",
  "WW", "PPE", "L")

T("""I had job in laundry in Birmingham, boss very good, pay me every Friday, my passport I keep it. But
in the house where I live, the landlord he take £50 every week more than we agree and say if we
complain he tell the police we are illegal. We are not illegal. I think he is bad man.""",
  "IT", "", "")

T("""Debrief (translated from Vietnamese): "I came to the UK in a lorry. The people who brought me said
I must work to pay £20,000. They took me to a house and I had to look after plants. I was not allowed
to go out. They brought me food two times a week. After 3 months they moved me to a nail shop. I
worked every day from 9 to 8 and never got any money, they said it was for the debt. When I asked how
much was left they said I still owe £18,000.\" He was arrested when Immigration Enforcement visited the nail shop and said nothing at first because the boss had told him police would put him in prison.""",
  "DB RM WW EO", "RMS LH FA", "C L")

T("""INT 3/B/P. Source states a man called 'Baz' is recruiting homeless people in Liverpool city centre
for 'cash work' on building sites, paying £20 a day and making them sleep in a lock-up. Source states
Baz holds their cards for their Universal Credit 'so they don't spend it on drugs'.""",
  "AV WW AC", "NCW PLC SW", "L")

T("""Occupational health review, Royal Mail Sorting Centre Warrington: employee raised concern about
excessive overtime during Christmas. All overtime voluntary, paid at premium rate. No concern. Employee had done 60 hours in the week before Christmas, all at time-and-a-half.""")

T("""Call 1734: caller says her husband's employer (farm in Lincs) hasn't paid him for 2 weeks because
the farm's bank account has been frozen. Other workers in the same situation. They all live in their
own homes and the farmer has apologised and promised to pay next week. Civil matter.""")
