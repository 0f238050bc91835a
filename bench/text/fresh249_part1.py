# fresh249 part 1: labour exploitation with the money side in front (wages, deductions, cards).
E = []


def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))


T("""INT 2/B/P. Source reports workers at HAND CAR WASH, Vale Road, Stockport SK4 are paid £30 a day
cash and the boss keeps back £10 of it each day for 'room'. Source states the lads have not had a
full wage in months.""", "WW", "", "L")

T("""Car wash on the A59 - six lads, no gloves, no boots, stood in water all day. Boss takes their
money he says for the house. Saw it when I was getting my car done on Saturday. One of them had his hands all cracked and bleeding. I don't know the name of the place, it's the one next to the old Little Chef.""",
  "AC WW", "PA", "L")

T("""Referral from Citizens Advice Bury: client (Romanian national, 34) states he worked 11 weeks at a
packing warehouse through an agent called 'Marius'. His wages went into a Monzo account the agent
opened for him and the agent kept the card. He received £50 cash per week 'pocket money'. He has
never seen a payslip. He lives in a house on Hornby St with nine other men provided by Marius. He says Marius collected him from Manchester Airport and drove him straight to the house. When the warehouse let him go for being slow, Marius told him he now owed £600 for the room and had to find another job through him. Client left the house three days ago and is staying on a friend's sofa in Radcliffe. He has his ID card. Advised on NRM; client wants to think about it.""",
  "WW", "NCW OA", "L")

T("""Received my first payslip: 48 hours, after deductions I get £61.40. They take rent £90, van £35,
'admin' £25, hi-vis and boots £40. I did not know about these. When I ask, manager say
everyone pays, if you don't like go home.""", "WW DEC", "CT PPE", "L")

T("""INT 3/C/P. POI Tomasz WISNIEWSKI (nom) believed to be controlling approx 12 Polish males working
at poultry factory Boston. Males are collected 0500hrs from HMO Tower Rd by white Transit
VRM EX17 KMR and returned after 2100hrs. Each male charged £10 p/d for transport. WISNIEWSKI
holds their bank cards and withdraws wages at ATM on Strait Bargate. Source states males owe
WISNIEWSKI 'for the flights' and cannot leave till paid. Source is a former worker who left after a row with WISNIEWSKI about money and now lives in Spalding. Source states WISNIEWSKI drives a black BMW X5 and is often at the Tower Rd address on a Friday evening when the males are given their cash. Research: the HMO is not licensed with the council. Recommend joint visit GLAA / Lincs Police.""",
  "WW DB", "CE CT NCW MBC UF OA", "L")

T("""Man at the ATM outside Tesco Express on Oldham Rd using about 8 different cards one after another,
counted them out of a sandwich bag. Seen him there every Friday.""", "", "MBC", "")

T("""GLAA inspection note: labour provider 'AgriForce Staffing Ltd' supplying pickers to a farm near
Wisbech. Payroll shows workers paid NMW gross but deductions for 'accommodation', 'transport',
'equipment hire' and 'late fines' leave several with under £100 for a 50-hour week. Caravans on
site: 6 to a caravan, mould, one working toilet between 40. Workers report being fined £20 if they
are five minutes late to the bus. The provider's director told officers that workers 'agree to everything' and signed contracts, but no worker interviewed had a copy. Officers also found a list of fines pinned in the kitchen of one caravan. Action: GLAA to consider licence revocation; HMRC NMW team to calculate arrears. Farm manager says he relied on the provider's assurances and has suspended the contract.""", "WW AC", "PLC OA CT PPE", "L")

T("""He told us any money he earned went straight to 'the uncle'. 'I work, uncle gets the money. I
don't know how much. If I ask he shouts.' He became upset when asked who the uncle is and would not give a name. He lives at the uncle's flat in Leyton and works in a shop the uncle runs. Interview ended at his request.""", "WW", "NCW", "L")

T("""Caller states her neighbour's lodgers leave at 5am every morning in a minibus and come back gone
10pm, always look exhausted, same clothes every day. She says the man who drives them also collects
money off them on a Friday on the doorstep.""",
  "EO", "CE LH PA", "L")

T("""Case note 14/03: SU advised that since starting at the nail bar in Walthamstow she has been paid
nothing. Owner told her she must first 'learn the trade' for three months and pay back £2,000 for
her training and the flight. SU works 10am-9pm six days. She sleeps in the flat above the shop with
two other girls. Owner has her passport 'for safe keeping'. SU tearful, asked that we not contact
police as she is afraid she will be sent back. SU had arrived via Paris and does not know who arranged the flight; she was met at St Pancras by the owner's husband. She says she can go out on a Sunday but has no money and nowhere to go. Referred to Salvation Army with her consent; she declined to be interviewed by police at this stage.""",
  "WW DB RD EO DEC", "UF DT LH SW FA", "L")

T("""Intel: takeaway Ashton Old Rd - chef works 7 days, 14 hrs, paid £150 a week cash. Told he owes boss
for his visa sponsorship and will be reported to Home Office if he leaves. Source is a regular customer. Chef believed to be Bangladeshi, 30s.""",
  "EO WW DB IT AV", "LH UF", "L")

T("""Tips. Every night the manager collects the tips jar and the card tips and we never see any of it.
I asked once and she said tips are for the business. I am on a student visa and she knows I cannot
work more hours legally so she says who will you complain to.""", "WW AV IT", "", "L")

T("""Welfare check at farm cottage, Lincs. Five Bulgarian males resident. All state they work for
'Georgi'. None had own bank card - Georgi 'keeps them so they don't get lost'. Men could not state
their weekly wage. No food in property except bread. Mattresses on floor. One male had a bandaged
hand, said he hurt it on the machine and had not seen a doctor. Interview with Georgi at the farm: he said he is 'like a father' to the men and that he pays them £200 a week, but could produce no records. Farm owner says she pays Georgi's company per tonne and had no idea how the men lived. Referrals made and the men taken to a reception centre.""",
  "WW AC", "NCW PLC PA", "L")

T("""Factory worker, Leicester garment unit: paid £3.50 an hour, told by owner this is 'the rate for
new people'. Works 60 hours. She was told she would get the proper rate after six months. She has been there a year. She says most of the machinists are on the same money, paid cash in an envelope on a Friday.""",
  "WW EO DEC", "LH", "L")

T("""Source states that workers at a recycling plant in Tipton are employed under false names and
their pay goes into accounts controlled by a gangmaster known as 'BIG DAN'. Workers are given £20
cash a week and a bag of food. Source believes at least four workers have no passports as DAN
holds them in a safe at his address. INT 2/C/P.""",
  "WW RD", "NCW DT", "L")

T("""He said: "they take for house, for car, for telephone, for food, for gloves. End of month I have
nothing. I owe more than I start." Worked 5 months in a salad factory. He showed the officer a folded sheet with the sums written in pencil by the supervisor.""",
  "WW DB", "CT PPE", "L")

T("""Construction site Salford Quays - subcontractor gang of 8 men, no CSCS cards, told by supervisor
they each owe £500 for 'finding the job' deducted at £50 a week. Supervisor SHAH collects their
wages from the contractor in cash and pays them out 'when he feels like it'.""",
  "WW DB", "UF NCW", "L")

T("""Anonymous: the carwash lads on Derby road live in the back of the unit, theres a shower rigged up
out of a hose. They get paid bugger all i went in to get my car done and saw a mattress through the back door. my husband says leave it but it doesnt seem right to me""", "AC WW", "SW PLC", "L")

T("""MSVCC advice line log: caller from a care agency in Kent reports that two overseas care workers on
Skilled Worker visas have been charged £8,000 each by the sponsor for the certificate of sponsorship.
They are now repaying at £400 a month from wages and told that if they leave the job the full
balance becomes due immediately and the sponsor will 'inform the Home Office'. Both work 70+ hours
including sleep-ins that are not paid. Both workers are Ghanaian women in their 30s who live in a flat arranged by the sponsor in Maidstone and pay rent directly to the sponsor's director. The caller is a team leader who saw their rotas and is worried that she will lose her own job if she is identified. Adviser gave GLAA reporting route and details for the Home Office sponsor compliance team.""",
  "DB WW IT EO AV", "UF LH", "L")

T("""INT 3/B/P: Source states Vietnamese nail technicians at 'Luxe Nails' Cannock receive no wage.
Food and a bed are provided in the flat above. Source states the owner says they are paying off
£25,000 owed to the people who brought them.""",
  "WW DB", "SW UF", "L")

T("""Worker at hand car wash told officers he is paid £40 a day for 9 hours. When asked who had his
bank card he pointed at the manager. The manager said the card was 'in the office' because the worker kept losing it. Worker gave one-word answers throughout.""",
  "WW", "NCW", "L")

T("""Man at the food bank said he's worked for 3 months on a farm and never been paid, the farmer said
he'd sort it at the end of the season, he sleeps in a shed on the farm and isnt allowed off
without the farmers son driving him.""",
  "WW RM AC", "SW RMS ET", "L")

T("""Referral (NRM first responder - Salvation Army): Mr K, 52, Lithuanian. Recruited in Kaunas by
advert promising £10/hr warehouse job and free housing. On arrival in Peterborough his passport
and ID card were taken 'to register with the agency'. Placed in a 3-bed house with 14 men.
Worked shifts at two warehouses and a meat plant, sometimes 18 hrs in one day. Wages paid into an
account in his name but card and PIN kept by the controller VAITKUS. Given £20 per week.
Told he owed £1,200 for travel and housing and that the debt increased each week for 'fines'.
When he complained VAITKUS punched him in the face and said his sister in Lithuania would be
visited. He escaped when the van broke down and a driver called police.""",
  "DEC RD WW DB PSV IT EO AC", "DT OA NCW UF LH PA", "L")

T("""PNC note / intel: STAN (nom) - believed to hold 20+ bank cards of migrant workers. Observed
at Barclays ATM Kettering 02:10 making repeated withdrawals. Vehicle of interest: blue Vauxhall Zafira VRM NX16 RTO. Research requested re accounts held at the same address. Disseminated to GLAA.""", "WW", "MBC NCW", "L")

T("""We work in the restaurant kitchen from morning to closing. The owner say salary £1,200 in month but
he give us £400 and say the rest is for the room and food. Room is in basement, 4 people. No window.""",
  "WW AC EO", "OA PLC LH", "L")

T("""Farm worker Herefordshire told GLAA officer 'if you are late, £15. If you break a punnet, £5. If
you talk on the line, £10.' Fines come out of his pay weekly. He said last month he lost almost £90 in fines and did not feel able to argue as the supervisor decides who gets work the next day.""", "WW", "", "L")

T("""Intel - cockle picking gang Morecambe Bay. Workers paid by the bag but the gang leader takes
half 'for the permit' and keeps the rest until end of season. Workers sent out on the sands at night
without lifejackets. Source: fisherman working the same beds.""", "WW AC", "", "L")

T("""The agency tells us we pay £15 a week for the hi-vis and £60 for boots and it comes out of the
first two wages. Then every week they take £25 for the minibus, even if we don't use it.""",
  "WW", "PPE CT", "L")

T("""Caller is a bank fraud team (Lloyds). Flagged 9 accounts opened in 3 weeks at the same address in
Sheffield S2, all to Slovak nationals, all with salary credits from the same recycling firm and
all cash withdrawals done by one man within hours of payday. Bank believes accounts controlled by
a third party.""", "WW", "MBC NCW", "L")

T("""Takeaway delivery rider told PCSO he rents the account he rides on from another man who takes
£100 a week off him and holds the login. He can't see what the app pays. 'I just get what he
gives me.'""", "WW", "NCW", "L")

T("""SOURCE (INT 2/B/P): Workers at KING'S LAUNDRY, Luton, supplied by a family. The family collect
the workers' wages in envelopes from the manager on Friday. Workers go back to a house on Dunstable
Rd which is padlocked from outside at night.""",
  "WW RM", "NCW RMS", "L")

T("""She came to the UK to work in a hotel in Blackpool. They promised £9.50 an hour. She cleans 30
rooms a day and they pay per room, £1.50 a room. Some days they say rooms not done good and pay
nothing for them.""", "DEC WW", "", "L")

T("""Log 0347 - Manchester Airport. Border Force officer reports 3 males arriving from Bucharest with
a 4th male holding all their passports and return tickets. Males say they are going to 'work
in a factory, the boss will pay'. The 4th male answered all questions on their behalf. Males
appeared nervous.""",
  "RD", "DT SFW FA", "L")

T("""Intel: fishing boat crew at Newlyn - Filipino deckhands paid $300 a month into a manning agency
account in Manila, not their own. Working up to 20 hours during hauls. Agency holds seamen's
books. Information passed to the MCA and the ITF inspector for a port visit when the vessel is next in.""", "WW EO RD", "NCW LH DT", "L")

T("""Caseworker note: R says the farmer paid her £200 for a month of work and said the rest was 'on
the book'. She cannot read English and does not know what the book says. She is scared he will
call immigration because her visa has run out.""",
  "WW AV", "FA", "L")

T("""DWP referral. Eight UC claims linked to the same phone number and bank account sort code 30-99-50.
Claimants are Czech Roma males living at one address in Rotherham. Interviewed claimant said a
man called PAVEL 'helped' him claim and now takes the money every month, and also takes his wages
from the packing job. Claimant gets 'cigarettes and food'. Claimant was interviewed at the Jobcentre with an interpreter. He said PAVEL also kept his passport 'to show the Jobcentre' and hasn't returned it. Passed to police Modern Slavery Unit and the DWP Serious and Organised Crime team.""",
  "WW AV RD", "NCW MBC OA DT", "L C")

T("""Sandwich factory, Northampton. Workers say overtime is 'compulsory and unpaid' - they must stay
until the order is done, sometimes 3 extra hours, and the agency only pays the contract 8. Several have complained to the agency rep. Workers live in their own homes.""",
  "WW EO", "LH", "L")

T("""Welfare visit - man found living in a static van at the back of a scrapyard. Says he has worked
for the owner 'about 9 years' for roof, food and tobacco. No wages. Has learning difficulties and
cannot read. Owner collects his DLA. Van has no heating, buckets for toilet.""",
  "WW AV AC", "NCW PLC SW", "L")

T("""Text received by Unseen helpline: "i work in barbers shop, owner take my card he say for tax.
i ask back he say no. i have no money for food 2 week" Advisor rang back the number from the text but it went to voicemail. Second message received at 22:40: 'please not tell my boss, i am scared of him'.""",
  "WW", "NCW FA", "L")

T("""Intel from Stop Hate UK partner: Sudanese asylum seekers working cash-in-hand at a car wash
in Coventry for £2 an hour. Boss threatens to ring the Home Office if anyone complains. The partner says the men are too frightened to give their names and move between several washes in the area.""",
  "WW IT AV", "FA", "L")

T("""POI Gheorghe LUCA, 41, approached by officers at Bethnal Green station with 5 males. LUCA had in
his jacket 11 debit cards in other people's names, 4 Romanian ID cards and a notebook listing names
with sums of money against them ('Ion -£340', 'Vasile -£1100'). The 5 males would not speak and
LUCA said they were his cousins. Males later stated through interpreter they work on building
sites and LUCA 'keeps the money'. LUCA was arrested on suspicion of MSA 2015 offences. The males were taken to a reception centre; two have agreed to NRM referral, three declined and were given leaflets in Romanian and the helpline number. LUCA's address in Ilford is to be searched. Vehicle: grey Ford Transit VRM LV18 XWE, registered to a company in Romford.""",
  "WW RD DB", "MBC NCW DT SFW FA", "L")

T("""Worker at meat plant: "They take £60 a week for the room. Room is a mattress in a garage. Six of
us in the garage.\" The landlord is the supervisor's brother. There is one window and a camping toilet. He said he cannot afford anywhere else because of what they take.""", "AC WW", "PLC OA", "L")

T("""Agency charging Nepalese fruit pickers £4,500 in 'visa and recruitment fees' before travel; pickers
taking loans at home at high interest. Now in Kent getting 2 days work a week, cannot repay.
Agency says they must stay with the farm or lose the visa.""",
  "DB DEC AV", "UF", "L")

T("""Chef at a curry house in Dundee paid £300 per month, works 12-hour shifts 7 days, sleeps on the
premises. Owner pays the 'real' salary into an account for the Home Office checks and then
makes him withdraw it and hand it back.""",
  "WW EO AC", "LH SW NCW", "L")

T("""Labour exploitation suspected - men doing block paving for a driveway firm in Newport. Client
said the older worker looked thin, dirty, wore the same clothes every day, and never spoke. The
boss paid him in cans of lager.""",
  "WW", "PA FA", "L")

T("""GLAA: worker kept a diary. 'Week 1 £180 - rent 80 - van 30 - boots 25 - phone 20 = £25.'
'Week 2 £210 - rent 80 - van 30 - fine 40 - debt 50 = £10.' Diary handed to investigators.""",
  "WW DB", "CT PPE", "L")

T("""INT 3/C/P. Unconfirmed: Albanian male working at car wash Gateshead is paying £20,000 'debt' for
his journey to the UK by working for free. Believed sleeping at the wash. Research: car wash business registered to a UK national, no employees on HMRC records. Passed to Northumbria MSHT unit.""",
  "DB WW", "SW UF", "L")

T("""Anon call - 'theres a house on Grange Ave in Hull, about 20 men live in it, all work for the same
firm, get picked up in a van at 4 30 in the morning. one of them told my husband they get £100 a
week and the firm take the rest.'""",
  "WW", "OA CE NCW", "L")

T("""Case notes: Client (Indian national, 29) came on a care visa. Employer took her BRP and kept it
in the office, paid her for 20 hours a week when she worked 60. When she asked for her BRP back
she was told she would have to pay £3,000 'release fee' first.""",
  "RD WW DB EO", "DT LH", "L")

T("""Male arrested for shoplifting at Morrisons, Hartlepool. In custody disclosed he works on a building
site for a man who picks him up at 6am, never pays him, only buys him food and drink. Disclosed
he has been 'on the streets' and the man found him at the hostel.""",
  "WW AV", "CE", "L")

T("""INT: Premises 'Best Wash' Rochdale. Officers observed 4 staff. Manager took the cash at the end of
each transaction; staff did not handle money. 2 staff living in portakabin on site. No further information at this time; a return visit with an interpreter is planned.""",
  "", "SW", "")

T("""Police were called to a farm near Evesham after a worker collapsed in a polytunnel in 31C heat.
Supervisor had refused water breaks. Workers said they would lose the day's pay if they stopped.
Worker taken to hospital with heatstroke.""",
  "AC WW", "", "L")

T("""He works at the hand car wash near my house, he told me his boss takes his wages for 'tax and rent'
and gives him £15. He has no phone and doesn't know the name of the street he lives on.""",
  "WW ISO", "IS", "L")

T("""Referral from Hope for Justice: Mr S (Polish, 61, alcohol dependent) recruited at a soup kitchen
in Gdansk, brought to Birmingham, worked on roofing jobs. Controllers gave him vodka and cigarettes
instead of wages and opened bank accounts and a loan in his name. When he tried to leave he was
beaten with a belt.""",
  "AV DEC WW PSV", "NCW", "L")

T("""Waitress, Chinatown: 'I am not paid by hour. I get only tips and my boss take half of tips.' She is from Hong Kong, 23, and works 5 nights. She was told at interview it was £8 an hour plus tips. The restaurant now says she is 'self-employed'.""",
  "WW DEC", "", "L")

T("""Potato packing plant - agency workers' wages paid into accounts of the agency owner's relatives.
Workers paid back in cash minus 30%. Information from a former agency clerk who left after being asked to set up the accounts. Employer: packhouse near Ormskirk.""", "WW", "NCW", "L")

T("""OIC note: victim explained that the 'fines' started small (£5 for a broken glass) then grew to
£200 for 'disrespect'. Total debt now stands at £4,600 by the controller's reckoning. Victim
believes she will never pay it off. Controller noted as FAROOQ.""", "DB WW", "", "L")

T("""Crime report: assault at a factory unit in Oldbury. Victim (Indian male) states the manager hit
him with a metal pipe after he asked for three weeks' wages that were owed. Victim has not been
paid since June. Victim lives in a room rented from the manager.""",
  "PSV WW", "PA", "L")

T("""Partner intel - a Thai massage parlour in Swindon, the 3 staff get no wage, just commission on
'extras', owner keeps 70%. One woman said she is not allowed to go out alone. The partner is a sexual health outreach nurse.""",
  "WW RM", "RMS", "L S")

T("""INT 2/B/P. Source states gang master Ion CIOBANU controls pickers at farms around Spalding. He
takes £50 per week from each worker for 'finding work' for as long as they work and threatens
to break their legs if they go to another agency.""",
  "WW IT", "", "L")

T("""He says the company pays his wage into his brother-in-law's account in Glasgow as he has no bank
account; the brother-in-law hasn't handed any of it over since February and now won't answer his
calls. The man is living in a flat owned by the company and working at their warehouse.""",
  "WW", "NCW", "")

T("""Agency workers at chicken factory told they must buy their own knives and steel mesh gloves from
the supervisor at £45. If they lose them they pay again. The supervisor keeps a list and takes the money straight out of the first week's pay. New workers have been told not to talk about it to the factory's own HR.""", "WW", "PPE", "L")

T("""Community intel: older Indian man working in a sweet shop in Southall morning to night for
'food and a roof', the family say he is a relative. He has no money of his own and they hold
his passport. He doesn't speak English and never leaves the shop.""",
  "WW RD ISO EO", "DT IS LH NCW", "L")

T("""Landscape gardening firm, Essex: two men picked up from a caravan site at 6am, dropped back at 8pm.
Site owner says the boss cashes their pay cheques at a Money Shop and gives them £20 each. Men appear to be Portuguese.""",
  "WW", "CE NCW", "L")

T("""Survivor account (translated from Romanian): "In the first week they said you will get £300. At
the end of the week they said first you pay the rent, the flights, the car. They wrote everything
in a book. Every week the number in the book was bigger. One time I said I want to go home. Costel
showed me a photo of my mother's house and said he knows where it is. After that I did not ask
again. I worked in the car wash from 7 in the morning to 9 at night, every day, and slept in a
room at the back with four others. Costel took the money every Saturday. I never held a bank card. When police came to the car wash one time, Costel told us to say we were his friends helping out.""",
  "DEC WW DB IT EO AC", "CT LH SW OA NCW FA", "L")

T("""INT 3/B/P. Tip-off: Nail salon Dudley - girls working there are not allowed to keep the tips, the
owner checks their pockets. Source is a customer who saw the owner go through a worker's apron after she was given a £10 tip. The worker looked frightened of her.""",
  "WW", "FA", "L")

T("""GLAA licence check, labour provider in Corby: three workers told officers they pay £150 to get on
the books and £10 a week to the agency 'office'. Pay otherwise in line with NMW, workers live
in their own accommodation. Provider advised.""", "WW", "UF", "L")

T("""I started at the warehouse through a man from my town. He keeps my bank card because he says he
pays my bills. I see online my wage is £1,400 and I get £300. I don't know where the rest goes.
I am afraid of him because he has friends.""", "WW", "NCW FA", "L")

T("""Intel re: Kurdish barbershop Middlesbrough. Young males working there for no wages, live above the
shop. Owner is said to tell them they have no papers and he will hand them to police if they don't
work. Info from a local imam.""", "WW IT AV", "SW", "L")

T("""STRAT note: recurring pattern in Op LANTERN - controllers open 3-4 accounts per worker via
different banks, using addresses of HMOs in Bradford. All salary credits withdrawn by controllers.
Workers paid about £50-£80 weekly cash. Analyst to produce a bank-by-bank breakdown.""", "WW", "MBC NCW", "L")

T("""Caller says her uncle (70s, lives alone, early dementia) has a 'helper' who's been doing his garden
and now has his bank card, and the pension goes out the same day it comes in. Uncle doesn't know
where his money goes. Helper told caller to mind her own business.""",
  "WW AV", "NCW", "")

T("""Fruit picker (Ukrainian student, Seasonal Worker scheme): paid by the kilo, but the scale on the farm
reads low - workers believe they are being cheated. Several earn well under minimum wage for
10-hour days. Told by supervisor that 'complainers go home first'.""",
  "WW IT", "", "L")

T("""The boss drives us to the site, and back. We cannot go anywhere else. He keeps our money, say he
sends it to our families but my wife says she get nothing. We are eight men. We live in one house in Crewe that the boss rents.""",
  "WW RM DEC", "ET RMS NCW OA", "L")

T("""Restaurant owner in Cardiff deducts £1 for every hour staff stop for a break, and £50 'breakage'
every month whether or not anything is broken. A former waiter reported it to HMRC. Staff are otherwise on the minimum wage and have contracts.""", "WW", "", "L")

T("""Labour intel: Romanian man working on a construction site in Wembley has not been paid for 6
weeks. Gang boss says wages are coming from the main contractor. Man is sleeping on site in a
container because he can't pay rent.""", "WW AC", "SW", "L")

T("""INT 2/A/P (officer observation): 8 workers at PREMIER CAR VALET, Walsall, wearing trainers and
shorts, no gloves, using acid wheel cleaner. One had burns on his forearms. Manager would not let
officers speak to staff alone and answered for them.""",
  "AC", "PA SFW", "L")
