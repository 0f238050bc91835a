# fresh249 part 3: no exploitation - pay disputes, lawful deductions, family money, look-alikes.
E = []


def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))


T("""Caller wants advice: his employer has deducted £45 from his final pay for a uniform he didn't
return. Contract says uniform must be returned or paid for. Advised ACAS. He says he did return it but has no receipt. He's still working there and gets on with the manager otherwise.""")

T("""Civil dispute - builder says householder on Park Lane, Harrogate, refuses to pay final £2,300
invoice for an extension; householder says the work is unfinished. No offences disclosed. Advised
small claims. Both parties calm when officers left. Log updated for the neighbourhood team.""")

T("""Payslip query from a care assistant: pension auto-enrolment and student loan deductions came off
her pay and she didn't expect them. HR explained both. She is happy. She says she had assumed the figures were 'someone taking a cut' because of a story she saw online.""")

T("""My husband and I have a joint account and all our wages go into it, he does the bills and
I do the shopping. Just answering your survey question about household money. We have done it that way for 20 years and both of us can see the statements online.""")

T("""Report of theft by employee - manager at a Costa in Exeter believes a barista has been taking
from the till. CCTV being reviewed. Not exploitation-related.""")

T("""INT 4/E/P (low reliability): rumour that the car wash on Fosse Way is 'dodgy'. Officers visited
17/05. 4 staff, all UK residents, all with contracts, payslips and own bank accounts, paid above
NMW, PPE provided. Staff live at own addresses. No concerns identified.""")

T("""Nurse at Royal Stoke works 3 x 13-hour shifts a week plus bank shifts by choice - she's saving
for a house. Occupational health check-in only. Staff member asked about the rules on maximum hours and has been given the trust's working time guidance.""")

T("""Student (Chinese national, 20) reported her passport lost. Later found it in her desk drawer at
her halls. Report closed. She apologised for wasting police time. She had been worried as her visa renewal appointment is next month.""")

T("""Landlord in Luton owns an HMO with 7 tenants, each with their own AST and own rent book. Council
licensing inspection passed; fire doors fitted. Routine. The landlord lives off site and has no connection with where any of the tenants work.""")

T("""Caller's son (17) has a Saturday job at a farm shop and got paid £6.40 an hour. She wants to know
if that's legal. Advised the under-18 NMW rate applies. Mum says he enjoys it and is paid every Friday into his own account.""")

T("""Power of attorney: daughter manages her mum's pension and bank card because mum has dementia.
LPA registered with OPG, statements reviewed by social worker, all spending on mum's care. No
safeguarding concern. Mum's needs are met and she attends a day centre twice a week.""")

T("""He keeps all our bank cards in one wallet because he does the shopping for the whole family - his
wife, his mum and two grown-up kids living at home. They all know their PINs and can ask for their
cards whenever.""")

T("""Tenant complains landlord kept £350 of the deposit for cleaning and a broken blind. Deposit held
in DPS; advised to use the free dispute service. Tenant says she's been renting from him for 4 years and has no other problems with him.""")

T("""Agency worker says his holiday pay was wrong on last week's payslip - agency corrected it the
next Friday. Query closed. Worker says the agency's always been fine with him, he just wanted to check his rights. No other concerns.""")

T("""Report of a man sleeping rough in the doorway of the old Woolworths, Barnsley. Outreach team
informed. He says he's been kicked out by his partner. Offered hostel place. He has his own phone and ID and is in touch with his mum.""")

T("""Complaint from a restaurant worker: he thinks the service charge should go to staff. Employer
shows a written tronc scheme run by an independent troncmaster; staff get their share weekly on
payslips. Explained to complainant, satisfied.""")

T("""Farmer in Pembrokeshire employs 12 seasonal workers via a GLAA-licensed provider. Caravans
inspected by the council: heating, hot water, 2 per caravan. Workers pay £55 a week accommodation,
within the accommodation offset. Workers interviewed alone: happy, own passports, own bank cards,
free to leave and several return each year.""")

T("""Concern raised at school: Year 9 pupil says her dad takes her birthday money and puts it in a
savings account for her. She's annoyed she can't spend it. No safeguarding concern.""")

T("""Shoplifting at Asda, Kirkby - male detained by security with £80 of meat. Known to police,
lives alone, states he's skint till payday. Community resolution. Says nobody asked him to do it.""")

T("""Road traffic collision, M62 J27, van carrying 6 workmen from a roofing firm. Minor injuries.
All employees of the firm, on the books, travelling to a job in Leeds. Driver breathalysed, negative.""")

T("""Dispute between two brothers over the sale of their late father's house. One says the other
has kept the rent from the tenant for 2 years. Civil matter. Advised both to seek legal advice. No threats made.""")

T("""Welfare check on Mrs O, 84, requested by nephew. Mrs O well, lives alone, has carers 4 x a day,
manages her own money with help from her bank's branch staff. She says 'I'm not daft, love.'""")

T("""Fraud report: caller bought a puppy online, paid £800 deposit by bank transfer, seller vanished.
Action Fraud ref provided. Seller's number 07700 900412 no longer in service. Caller advised to contact her bank for a chargeback.""")

T("""Call from a hotel in Bath - a guest hasn't paid his bill of £1,140 and left. Making off without
payment. Guest details given at check-in appear false. CCTV of reception requested.""")

T("""Self-employed electrician complaining that his main contractor is 30 days late paying three
invoices. Commercial dispute. He wants to know if he can 'take the kitchen back out'. Advised civil route and not to damage property.""")

T("""A lad at work keeps his own passport in a locked drawer at home and his contract says he can
leave with a week's notice. He's only asking us because his mate said the firm 'holds passports'
- firm confirms it took a photocopy for right-to-work checks and gave the original back.""")

T("""Officer visit to a Vietnamese-run nail bar in Darlington following an anonymous call. Three staff,
all British citizens or settled status, all paid through payroll with payslips and own bank
accounts. Owner is the mother of one of the staff. Staff live in their own homes. No indicators
found.""")

T("""Neighbour dispute - noise from a house of students on Brudenell Road. Six students, all on one
joint tenancy. Advised to contact the council's noise team. Landlord told about the complaints too.""")

T("""Lorry driver doing long hours - tachograph shows he's within his legal driving limits. VOSA
check only. The driver says he likes the overtime and is paid for every hour. Employer's records checked at a roadside stop on the A1(M).""")

T("""Mum (47) says she takes her son's (19, autistic) DLA as his appointee and pays his phone, gym and
clothes from it; he gets £40 a week spending money and has a savings account. DWP records her as
appointee. Social worker happy with the arrangement.""")

T("""Anon report: 'loads of men coming and going from 14 Cedar Rd every morning in vans'. Officers
attended - it's the yard of a scaffolding firm; men are employees collecting kit. Firm has been there for 10 years.""")

T("""Statement: I worked at the chip shop for 2 years. When I left the owner didn't pay my last two
weeks, £560. He says I owe him for a broken fryer. I've made a claim to the tribunal.""")

T("""Asylum seeker (Eritrean, 26) in Home Office hotel in Wakefield asking for help with his £49.18
weekly ASPEN card which stopped working. Referred to Migrant Help. He has his ID documents and lives at the hotel with no concerns.""")

T("""Missing person (adult, 33) found safe at her sister's house in Wigan. Had left after an argument
about money with her partner. No concerns. She has her own money and phone, and said she'd go back home once they had both calmed down.""")

T("""Junior doctor at Addenbrooke's working a 72-hour week on rota, rostered rest days
later. Raised with the BMA rota monitor. Employment issue, not exploitation. He is paid for every hour worked.""")

T("""Licensing visit to The Crown, Penrith - staff tips pooled and split each Sunday by the staff
themselves. Manager does not take a share. Licence conditions complied with. Two staff spoken to separately, both confirm.""")

T("""Report of a woman shouting in the street at her boyfriend 'you took my bank card'. He handed it
back when officers arrived; she said it was a row about who pays for the takeaway.""")

T("""Cannabis warrant, Burnley: 1 x UK male, 43, owner-occupier, growing 12 plants in his loft for
his own use. Arrested. No indication of third parties or anyone else working the grow.""")

T("""Parent concerned her daughter (22) has moved in with her boyfriend and they share a bank account.
Daughter says it was her idea. Both working, both have cards. Advised no police matter.""")

T("""Hand car wash compliance visit (HMRC & GLAA) - employer registered for PAYE, 5 employees on
payroll, right-to-work checks on file, gloves and wellies provided free. Minor
issue: no written contracts for two staff. Advice given.""")

T("""Shoplifter (female, 31, drug user) arrested in Boots Coventry. Says she nicks to fund her own
habit. Nobody makes her. Referred to drugs worker. She lives with her mum in Tile Hill.""")

T("""My dad pays my rent and I pay him back £100 a month when I can, I'm 24 and live in Brighton. Is
that a loan agreement I should write down?""")

T("""Overseas student working 20 hours a week in term at Greggs (allowed under her visa) and full-time
in summer. Holds her own BRP. Came in to ask about National Insurance number.""")

T("""Report from a bank: customer (82) tried to withdraw £9,000 to pay a 'builder' for a new roof.
Bank used the Banking Protocol; police attended; rogue trader fraud suspected. Customer not
working for anyone, scam only.""")

T("""Caller: 'the bloke next door has about 5 cars on his drive and they're always washing them'.
He's a mobile valeter running his own business. No further action. Neighbour satisfied.""")

T("""Employment tribunal listing: claimant (chef) alleges unfair dismissal and unpaid holiday pay of
£1,140 against a restaurant in Harrogate. Both parties represented. Hearing set for three days at Leeds Employment Tribunal in March.""")

T("""A man in a hi-vis was seen at the ATM with three cards - officers spoke to him: his own card, his
wife's and his business card. All in his family's names, confirmed with his wife.""")

T("""Seasonal turkey plant in Norfolk: workers do 12-hour shifts in December as agreed in the contract,
paid time and a half for overtime, voluntary. Canteen and rest breaks provided.""")

T("""Pensioner reports her grandson has been 'borrowing' from her purse. Grandson, 16, admits it,
pays it back from his paper round. Family sorted it themselves. Nan doesn't want police involved.""")

T("""Shift worker at Amazon Swindon says she's knackered after peak but enjoys the overtime money.
Wellbeing chat, nothing further. She is on a permanent contract and can turn down extra shifts whenever she wants.""")

T("""Anonymous letter to the council: 'the Polish family at 9 Mill Street has too many people living
there'. Housing officer visited: 2 adults, 3 children, 4-bed house. No overcrowding.""")

T("""Call handler log 1123: caller locked out of her own flat, keys inside. Referred to locksmith. No offences. Caller's name and address recorded for the log; no further police action required at this time.""")

T("""Romanian builder (own business, CIS registered) reports that a customer in Watford paid him with
a cheque that bounced. Fraud by false representation recorded. Customer says he's disputing the quality of the work on his patio.""")

T("""Pub landlady asked whether she can deduct breakages from wages. Advised only where contract allows
and never below NMW. She says she won't bother. She has four bar staff, all local, all paid through payroll.""")

T("""INT 3/B/P. Source says the barber shop on Lodge Lane is a front for drug dealing. Source does not
mention anyone working against their will; staff thought to be family members who own the
business.""")

T("""Ms T reported her ex-partner has not paid child maintenance for 6 months. Referred to CMS. Caller is a nurse and works full time; she's feeling the pinch. Signposted to the Child Maintenance Service and given the number for Citizens Advice.""")

T("""Trainee solicitor complains she works until 10pm most nights. She says it's the culture of the firm
and she chose it; she's paid above the SRA recommended minimum.""")

T("""Caller: worried about a man sleeping in a car in the Sainsbury's car park in Bicester. Officers
spoke to him - he's a contractor working on the new estate, sleeps in the car Mon-Thu to save
money, goes home to Wales at the weekend.""")

T("""Pupil premium query: father asks why his son's free school meals stopped. Income went up. Advised
to contact the council. Not police. Father wanted to know if the school was 'taking the money'. Explained the process.""")

T("""Traveller family on a site in Cambridgeshire - visited after a report that a young man was
'working for nothing'. He is the son of the family, 20, works in the family's tree surgery business,
is paid weekly into his own account and lives in his own trailer.""")

T("""The foreman says the lads get a bonus if they finish the roof by Friday. One lad's mum rang
because he's doing 10-hour days this week. He's 25 and on £18 an hour.""")

T("""Mr and Mrs H run a B&B in Keswick. Their Hungarian housekeeper lives in the staff flat rent free,
is on payroll at £11.50 an hour, and has her own car. Her mother rang us worried after watching a
TV programme. Spoke to the housekeeper: no concerns, she's been there five years.""")

T("""Report of a man in a white van offering to tarmac drives on a Cheltenham estate for cash. Trading
standards informed (doorstep crime). No workers seen other than the man and his son.""")

T("""Dispute at a nail salon in Kidderminster: employee says her manager docked her £20 for being late.
She's reported it to HMRC's NMW team. She's British, lives with her parents and was paid £12.21 an
hour otherwise.""")

T("""Carer (self-employed) who looks after my nan has power of attorney for her money? No - she doesn't,
my mum does. The carer just buys the shopping with nan's card and gives the receipts to mum every
week. Is that OK?""")

T("""Concern about a 'cult' - man says his brother gives 10% of his wages to his church. Brother is an
adult, chooses to tithe, lives independently. No offence. Caller accepts this but was worried.""")

T("""Night-shift security guard (Nigerian, 40) on a Skilled Worker visa says he works 48 hours, paid
every month into his own account, and keeps his own BRP. He's asking about switching employers.""")

T("""Referral received in error - related to a housing benefit overpayment. Forwarded to Revenues &
Benefits. Referrer informed and the form has been removed from the modern slavery tracker. No victim, no indicators, no further action.""")

T("""Report of a missing dog, Hebden Bridge. Not police business, referred to dog warden. Caller says a neighbour's children might have let it out. Dog found later that afternoon in the park by a dog walker. Log closed.""")

T("""Caller's daughter works in a care home in Swansea and is always exhausted. Daughter does 5 long
days, is paid properly and says she loves the job. Mum wants someone to 'have a word'. Advised no
police matter.""")

T("""Request for a welfare check at a flat in Croydon - occupant, a self-employed plumber, hadn't
answered his phone. He was fine, had been working away in Kent. He has no concerns.""")

T("""Six Latvian men in a two-bed flat in Boston, but it turns out all six are brothers and cousins
who came together, each pays his own share of rent to a private landlord, and they all work for
different employers. The landlord is unrelated to any employer.""", "", "OA")

T("""Assault in a pub car park in Bolton - two men fighting over a £50 debt from a darts game. Both
arrested. Both are friends again, according to the landlord. No further complaint.""")

T("""A woman on the 73 bus asked a stranger to hold her handbag with her three purses in it. Turns out
she's a childminder carrying parents' money. Just a strange encounter - no concern.""")

T("""Company director in Lincoln pays his staff fortnightly by BACS. An employee's pay was late once
because of a bank holiday. Employee made a complaint to police thinking it was theft. Advised
civil.""")

T("""Gardener for a large estate in Dorset lives in a tied cottage that comes with the job. Rent taken
off his pay as agreed in his contract; he's been there 12 years and says he'd be mad to leave.""")

T("""Community officer visited a mosque about a rumour that imported workers were being used to
build the extension. The builders were a local firm, all on PAYE. Rumour had started on a Facebook page.""")

T("""Woman with a bruise on her cheek at A&E - she says she fell off a ladder at home. Staff
followed DV screening, she denied any abuse and lives alone. No further action.""")

T("""Money advice: client's wages are being taken by an attachment of earnings order for council
tax arrears. Lawful deduction, explained process to client. Client's employer is acting on the court's instructions. Advised on applying to vary the order.""")
