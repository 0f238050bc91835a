# fresh249 part 5: longer texts (case files, debriefs, intelligence packages, benign long reports).
E = []


def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))


T("""GLAA - Investigation Officer's summary, Op FENLAND WIND.
On 11/06 GLAA, Lincolnshire Police and HMRC NMW officers attended a vegetable packhouse near Holbeach
and interviewed 31 agency workers supplied by an unlicensed provider trading as 'EastLink Recruit'.
Findings:
- Payslips show gross pay at NMW, but net pay after deductions averaging £83 for a 48-hour week.
Deductions itemised as 'accommodation £95', 'transport £45', 'PPE £12', 'admin £10', 'loan
repayment £50'. The 'loan' relates to a £400 'registration fee' charged in Romania and Moldova
before travel, for which workers signed a document in English they could not read.
- Workers are housed in four houses in Spalding, 8-12 per house, beds in every room including
lounges. Two houses had no working heating and black mould throughout.
- Workers are collected from 04:30 in two minibuses and returned 19:00-20:00.
- Eleven workers stated that their bank cards were held by the provider's 'coordinator', Mrs
Daniela POPA, who 'sorts the rent'. Mrs POPA was found in possession of 14 debit cards in other
names and a notebook of PINs.
- No worker described physical violence. Several said POPA had told them 'people who make
problems get sent home with the debt'.
- Most workers had their own passports; 3 said POPA was 'keeping' theirs.
Recommendation: licence enforcement action, NRM referrals for the 11, financial investigation.""",
  "WW DB DEC AC RD IT AV", "PPE CT UF OA PLC CE NCW MBC DT", "L")

T("""Account given to Unseen helpline advisor (paraphrased by advisor). The caller, a 40-year-old woman
from Zimbabwe, came to the UK on a care visa to work for a home-care agency in Kent. The agency
recruited her through a 'consultant' who charged her £9,500, which she raised by selling land at
home. She was promised 37.5 hours a week. In reality she was given 12-15 hours some weeks and 60
others, with unpaid travel time between clients that often doubled her day. Her pay averaged
£7.20 an hour once travel was counted. She shares a two-bed flat provided by the agency with five
other carers and pays £400 a month for a bed. When she asked about changing employer, the manager
reminded her that 'your visa is with us' and that the Home Office 'can take you any time'. She is
frightened of losing her immigration status and of being sent home with nothing, as she has
children depending on her money. She keeps her own passport and BRP. The advisor discussed the
sponsor licence complaint route and a referral to the GLAA and Citizens Advice.""",
  "DEC WW IT AV", "UF OA FA", "L")

T("""Debrief notes (translated from Albanian) - male, 19.
He left Albania at 17 because his family owed money to a loan shark. A man in his village said he
could go to England, work in a car wash and pay the family's debt in a year. The journey cost
€18,000, which was added to the family's debt. In England he was taken to a house in Gravesend where
he slept on the floor with six others. He was first sent to a car wash, then told he would earn
more 'in the garden' and was locked into a house in Kent growing cannabis. He was given a phone with
only one number in it. He was told that if he left, his younger brother would be 'taken instead'.
He has never received wages. He says he doesn't know the name of the town. He was found by police
during a warrant, thin and with burns on his hands from the lighting rigs. He says he is more afraid
of the men than of prison.""",
  "AV DEC DB RM ISO IT WW AC", "OA RMS IS PA FA UF", "L C", "high")

T("""Welfare visit report - South Lakeland. Concern from a holiday cottage cleaner that 'foreign girls
are living in the laundry at the Lakeview Hotel'. Officer and council environmental health attended.
Three seasonal staff (two Spanish, one Italian) found living in a converted laundry room at the back
of the hotel. The room was cramped but dry, with a window, heater and a kitchenette. All three
had contracts, weekly payslips, their own bank accounts and passports. Accommodation charged at
£60 a week, which is within the offset. They work 40-45 hours a week and have two days off. They
said they were happy and had chosen the room because it is cheap and near the lake. Environmental
health advised the hotel on a smoke alarm. No indicators of exploitation; no further police action.""",
  "", "SW", "")

T("""Intelligence package - Op CORNFLOWER (NCA / West Midlands ROCU).
Subject group: the LAZAR family, Dudley and Wolverhampton.
Assessed to be recruiting vulnerable adult males from Poland (homeless shelters, alcohol treatment
centres) with promises of 'work and a home in England'. Victims are placed in properties owned by
family members (Wolverhampton WV2 and Dudley DY1) and put to work on block paving, roofing and
tarmac jobs for family businesses, working 7 days a week from dawn. Financial analysis: 46 bank
accounts opened in victims' names since 2022; wages and benefits credited to these accounts are
withdrawn by three family members using the victims' cards. Approximately £610,000 has passed
through these accounts. Victims receive food, alcohol and tobacco and occasional cash of £10-£20.
Victim statements describe beatings for refusing to work, being told they owe for their travel and
keep, and threats that they will be 'put on the street' or that their families will be harmed.
Several victims' identity documents were recovered during a search of a family address. At least
two victims could not name the town they were living in.""",
  "AV DEC EO WW PSV DB IT RD ISO", "MBC NCW LH DT IS", "L C")

T("""Personal account posted on a survivor forum (shared with permission): "People think slavery is
chains. For me it was the bank card. I came from Lagos to be a nanny for a family in Manchester. They
were nice people to everyone outside. They opened an account for me - 'for your salary' - and kept the
card in the kitchen drawer. Every month they showed me a paper that said £800 had gone in. Every month
they took it out for my 'keep', my visa, the flight they paid, my phone. After two years I had £0. I
worked from 6 until the baby slept, some nights I was up with him too. I could go to church on
Sundays, with them. I could call my mother, on their phone. I wasn't locked in. But where would I go
with no money and a visa tied to them? When madam said 'if you are not happy we can send you back
and tell them you stole', I knew I had to stay.\"""",
  "DEC WW EO IT AV", "NCW LH", "D")

T("""Community safety partnership meeting minutes (extract). Item 4: hand car washes. PC WALLACE reported
on the multi-agency day of action on 3 October across 12 hand car washes in the borough. At nine
sites, no concerns were found: staff were on payroll, had their own bank accounts and documents, and
PPE was provided. At two sites HMRC identified underpayment of NMW and will pursue arrears; staff at
those sites were paid £50-£60 for 10-hour days. At one site (Mill Lane) three workers were found
sleeping in a storeroom, could not say where they lived, and said the manager kept their money 'until
they go home'. The manager answered every question for them. These three were referred into the
NRM and the site is subject to a closure order application. Actions: licensing to consider a
borough-wide registration scheme.""",
  "WW AC ISO", "SW IS NCW SFW", "L")

T("""Neighbour's statement: "I live at number 19. Since about March a grey Transit with a ladder on top
has been picking up five or six men from number 21 at about half five every morning and they don't
come back till gone nine at night, sometimes later. Saturdays too. They never seem to have any
shopping; one of them asked me once for a cigarette and a bit of bread. They all wear the same
clothes every day, really dirty. I've never seen them go out on their own, not even to the shop at the
end of the road. The man who drives the van comes on a Friday evening and they all queue up at
the door and he gives them something - I thought it was money. There's no curtains at the windows
and I can see mattresses on the floor in the front room. Last week one of them had his arm in a sling
and was still getting in the van.\"""",
  "EO AC", "CE LH PA PLC OA FPE IS", "L")

T("""Probation officer case note: Mr G, 46, on licence, resides at approved premises. He has told me that
before his arrest (for theft of metal) he was 'working for the Murphys' for three years. He was picked
up off the street in Leeds when homeless and given a caravan to live in. He laid drives and did
gutters around Yorkshire. He was paid £10 a day 'when they remembered', and was taken to the Post
Office each fortnight by one of the sons to draw his benefits, which the son kept. He says he was
'battered' twice by the father for drinking. He says he was told the police would 'lock him up'
if he went to them because of his record. He says he wanted to leave but had no money or ID - the
family had his birth certificate. He now says he's glad he was arrested. Referred to the police
modern slavery team and the NRM.""",
  "AV WW PSV IT RD", "NCW DT FA ET", "L")

T("""Long note from a hotel night manager (Heathrow): over a fortnight I noticed the same three
housekeeping staff from our contractor (not our own employees) arriving by a private minibus at
6am and being taken away at 11pm. They told me they are paid per room and are charged £15 a day for
the minibus, which they must use. One of them, a young Nigerian woman, showed me a WhatsApp
message from her supervisor saying 'no pay this week, too many complaints' and another saying she
owed the 'house' £300. She said the supervisor keeps their passports 'for the contract'. She said she
can't go out except to come to work. She asked me not to report it because the supervisor would know.
I'm reporting it anyway.""",
  "WW DB RD RM EO", "CE CT ET DT RMS LH FA", "L")

T("""Case review - Operation CAMEO (closed). The investigation into claims that a Sikh temple in
Wolverhampton was exploiting volunteer cooks was closed with no further action. The 'workers' were
volunteers giving seva (voluntary service), all UK residents living in their own homes, free to come
and go, with no pay expected or promised. One volunteer's claim that he had been 'forced' to work
related to a dispute with a committee member; he confirmed in interview he was not forced, threatened
or underpaid, and had never handed over documents or money. Records show he attended on average
4 hours a week. The complaint was made anonymously during a committee election. NFA, words of advice
re: malicious complaint. The committee has since adopted a written volunteering policy.""")

T("""Section 9 statement (extract) - Victim 3, Op GILDED CAGE. "Ivan said there was a job cleaning
offices in London, £1,200 a month, food and a room. I was 20. When I got to Stansted he took my
passport and put me in a taxi. The room was in a flat above a shop with three other girls. He said
the cleaning job was gone and that I had to work 'with clients' until I paid the £3,000 for my ticket
and the flat. I said no. He slapped me and said he knew where my grandmother lived in Chisinau. They
put my photos on a website. I saw men every day, sometimes twelve. All the money was given to the
woman who answered the phone. I was not allowed to go out alone - if I needed something the woman came
with me. After four months Ivan said I now owed £6,000 because of 'fines'. I had two dresses, the
same shoes and nothing else. I never knew the address.\"""",
  "DEC RD DB PSV IT WW RM ISO", "DT UF SFW RMS FPE IS NCW ET", "S")

T("""Minutes of a MASH strategy discussion: child L, 13, male. Police received information that L has
been seen in Hastings, 60 miles from home, twice in the past week during school hours. L's mother
reports he has come home with new clothes, cash and a second phone. Yesterday he came home with a
black eye and said he 'owed' someone. Open source: his phone number was found on a 'deal line' during
a warrant in Hastings on 2 November. L's school attendance has fallen to 40%. L says nobody makes
him do anything and he is 'earning'. Outcome: L assessed as at high risk of child criminal
exploitation; NRM referral, disruption plan against adult nominals, Section 47 enquiry. L's grandmother has agreed he can stay with her in the meantime.""",
  "AV DB", "PA", "C", "high")

T("""I work for a Citizens Advice in Cornwall. Client (Romanian, 58, limited English, diabetic) came in with
his daughter-in-law. He works at a daffodil farm through a gangmaster. He showed me his payslips:
£412 gross, then 'housing £120', 'bus £50', 'gloves/knife £18', 'fine - late £20' and 'advance
repayment £100'. Net £104 for a week of 50 hours in the fields. He says the gangmaster lent him
money for his insulin when his prescription ran out and now takes £100 a week and the debt is
'not going down'. He lives in a caravan with five others on the farm. He has his passport. He says
nobody has threatened him but he is afraid that if he complains he will lose the caravan and the
work. I've referred to GLAA and given him the number for the local foodbank.""",
  "WW DB AC AV", "CT PPE OA FA", "L")

T("""Police log - Humberside. Concern for welfare, 02:40. Caller (a delivery driver) stopped on the A1077
after seeing a man walking on the carriageway in the dark with no coat, barefoot, carrying a carrier
bag. Officers attended. Male, Ukrainian, about 50, spoke little English. Via Language Line: he
had walked away from a farm where he worked cutting cabbages. He says he was not paid for two months
and the boss told him he owed money for the caravan. When he asked to leave, the boss's son took
his phone and passport and pushed him to the ground. His bag contained a toothbrush, socks and a
photo of his family. He has a graze on his cheek. He doesn't know the name of the farm or the
village. Taken to the station for warmth and food; NRM first responder informed.""",
  "WW DB ISO RD PSV", "PA FPE IS DT", "L")

T("""Extract from a housing officer's file note. Flat 4, Chaucer House: tenant Ms B (61) has told me that
her nephew and his friends have been using her flat to 'store things' and that she has been handing
over her Pension Credit each week to him because he 'looks after the money'. When I asked whether she
was scared she said 'no, he's family, it's what we agreed when he paid off my arrears'. I saw nothing
to suggest drugs or other people staying. She has her own card and withdraws the money herself.
She says she can stop whenever she likes. I've logged it as a family arrangement but flagged it to
adult social care for a light-touch check. Review in 3 months.""")

T("""Child sexual exploitation - chronology, Rochdale CSE team. 12 Jan: S (15) reported missing, found next
day at a takeaway on Yorkshire St. 20 Jan: S seen getting into a silver Audi with two men in their
30s. 3 Feb: S tells school nurse she has a 'boyfriend' who gives her vodka and lets her stay at his
flat, and that his friends 'come round'. 10 Feb: S says the boyfriend told her she 'owes him' for the
phone and the clothes and has to 'be nice' to his mates. 24 Feb: S presents with bruising to her
thighs and says she was 'made to' by two of them. She says if she tells the police they'll 'do' her
little sister. Strategy meeting convened.""",
  "AV DEC DB PSV IT", "PA ET", "S", "high")

T("""Employment tribunal judgment (summary, anonymised). The claimant, a live-in housekeeper, claimed
unlawful deductions and national minimum wage arrears against a family in Chelsea. The tribunal found
that she was paid £1,500 a month for a 44-hour week and was provided with her own room, bathroom and
meals, and that the family lawfully deducted the accommodation offset. Her passport was in her own
possession throughout; she took annual leave to the Philippines each year. The claim for NMW arrears
failed; a small claim for unpaid holiday pay on termination (£640) succeeded. The tribunal found no
evidence of coercion and the claimant did not allege any. Judgment sent to the parties on 14 May; no order for costs. Neither party appealed. Reported for information only.""")

T("""Safeguarding referral from a dentist in Hounslow. Patient (Vietnamese, says 18, looks younger)
attended with severe toothache, brought by a woman who paid cash and insisted on staying in the
surgery. The patient works at a nail salon 'every day' and sleeps there. Her hands had chemical burns.
When the woman went to the toilet the patient told the nurse in broken English that she had 'no
money, all money to boss for debt' and that the boss keeps her ID card. She didn't know the address
of the salon. The practice has no address for the salon, but the woman paid with a card in the name of a company called 'Glamour Nails Ltd'. Police informed the same day. Interpreter booked.""",
  "WW DB RD ISO AV EO", "SW PA DT IS ET LH", "L", "high")

T("""Report: Immigration Enforcement visit to a Chinese restaurant in Cambridge. Two kitchen porters,
one without right to work. The employer was issued with a civil penalty. Both workers said they were
paid £9 an hour in cash, lived in a shared house of their own choosing, and had their documents.
Neither mentioned debt or threats. Officers recorded illegal working only.""",
  "", "", "")

T("""Transcript - MSVCC adviser / caller (builder, Essex). Caller: 'I've got a subbie who brought three
Romanian lads on site. They've been with us six weeks. I pay him the day rate, £150 a man, and today
one of the lads asked me for £20 for food. He said they get £30 a day and the subbie keeps the rest
for "accommodation and the van". They're in a caravan behind his house, all three in one van,
no shower. He picks them up at half five. Now I think about it they've got the same boots they came
with, falling apart, and he told them they had to buy their own hard hats off him at £30 each.' I've stopped the subbie's invoices until I know what's going on.""",
  "WW AC", "CE PPE OA PLC CT NCW", "L")

T("""Debrief, female, 24, Nigerian, age assessed as adult. "Madam in Benin made me swear the juju oath that
I would pay €35,000 and never talk to police. If I break it I will go mad or my family will die. In
Italy I worked on the road. Madam sent me to London with a man. I worked in a flat in Woolwich,
madam's sister took all the money. I send voice notes to madam every week to say how much I paid.
The debt never finish. I am not locked but I am afraid of the oath more than a lock.\" She says she has been in London for two years and does not know how much she still owes. She sleeps in the same flat she works in.""",
  "DEC DB IT WW", "FA UF NCW SW", "S")

T("""Renal social worker's note, Manchester Royal Infirmary. Mr and Mrs DAS came to clinic with Mr DAS's
cousin, who has travelled from Kolkata to be assessed as a living kidney donor for Mr DAS. Because the
donor is not a UK resident and is a more distant relative, the case was referred for the Human Tissue
Authority's independent assessment. The Independent Assessor interviewed the cousin alone with a
professional interpreter. He gave a consistent account of the family relationship, supported by
documents; he said he has not been offered or given any money or job, only his travel and
accommodation costs, which are allowed. He holds his own passport and return ticket and is staying
with his aunt in Rusholme. He understands he can withdraw at any time. No evidence of coercion,
reward or trafficking. Approval recommended.""")

T("""MASH referral (police): K, 17, male, Stockport. K's bank account received £23,000 over six weeks
from twelve different accounts, most of it transferred out within the hour. Interviewed with his mum
present, K said an older lad from college, 'Zee', offered him £300 to 'borrow' his account and then
kept his card and the banking app login on his own phone. When K asked to stop, Zee and two others
turned up outside his house and said they'd 'shank' him and that the police would blame K anyway
because it was his account. K's mum says he has stopped going out and won't go to college. K has now
had his account closed by the bank and is frightened he will be arrested. Outcome: K treated as a
victim of child criminal exploitation; NRM referral; intelligence submitted on 'Zee'.""",
  "AV WW IT", "NCW FA", "C", "high")

T("""Debrief (adult female, 26, Romanian) - Op VELVET.
She met 'Marian' on Instagram. He said he had a restaurant in Leicester and she could work as a
waitress for £1,500 a month. He paid for her flight. When she arrived he told her the restaurant had
closed and she must do 'webcam' for a few weeks to pay back the flight. Within a week he was
advertising her on escort sites and driving her to hotels in Leicester, Nottingham and Derby. He
set the prices, took the bookings on his phone and took every payment. She said he never hit her
and that she was not locked in, but that he kept her ID card and told her that if she went to the
police she'd be arrested for prostitution and her family in Craiova would see the photos. She has
one small suitcase. She says she had to give him £500 a day and he told her she still owed him
£2,000 after three months.""",
  "DEC WW RD IT DB", "DT ET FPE FA UF", "S")

T("""Household finances - adult social care assessment, Mrs E (78) and her son Gary (50), who lives with
her as her carer. Gary receives Carer's Allowance and Mrs E's pension and attendance allowance go into
a joint account that they both use for the bills, food and Mrs E's care. A neighbour had reported that
'the son takes all her money'. Mrs E has capacity, said she set up the joint account herself after her
husband died, has her own card and uses it at the post office each week, and sees the statements.
Gary showed the assessor the budget he keeps. Mrs E said 'he's a good lad, he gave up his job for me.'
No safeguarding concerns; the neighbour's concern was not substantiated. Offered a carers' assessment
for Gary.""")

T("""INT 2/B/P. Source (a worker at the site) states that at a block-paving firm in Luton run by the
brothers SAINI, the five Indian labourers employed since summer are paid £40 for a ten-hour day, paid
in cash by the younger brother, with £20 a week taken for a room in the brothers' house. Source
states the labourers have their passports and phones and go to the gurdwara on Sundays on their own.
Source has never heard threats or seen violence and says the men 'could walk off tomorrow' but have
nowhere to go. Source states that one of the men told him the brothers had promised £100 a day in
India before they came. Source does not know the brothers' home address.""",
  "WW DEC", "OA", "L")
