#!/usr/bin/env python3
"""Generate bench/text/fresh3.jsonl: ~200 hand-written, blind-labelled texts.

Written on 2026-11-29 without reading the engine (crates/) or any other
benchmark text; only bench/text/README.md, the domain notes and the issue
were consulted. Each entry: (text, indicators, signs, exploitation, risk)
with space-separated short codes expanded below. risk None = computed from
the README policy (child at risk is given explicitly as "high").
"""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(ct="charged_transport", ce="collected_early_dropped_late", dt="documents_taken",
           et="escorted_transport", fa="fear_of_authorities", fp="few_personal_effects",
           iso="isolated", lh="long_hours", mb="multiple_bank_cards", nw="no_control_of_wages",
           oc="overcrowded_accommodation", pa="physical_appearance", pl="poor_living_conditions",
           pp="ppe_charges", rm="restricted_movement", sw="sleeps_at_workplace",
           sp="speaks_for_workers", uf="upfront_fees")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]

T = []
def t(text, ind="", sig="", typ="", risk=None):
    T.append((" ".join(text.split()) if "\n" not in text else text, ind, sig, typ, risk))
# ---------------------------------------------------------------- part 1
t("""INT suggests POI Dariusz KOWALCZYK (nom 1) is supplying Romanian males to a hand car wash on
Leek Rd, Hanley. Workers seen arriving in white Transit VRM FD19 XKP at 0630 and not collected until
after 2100. Source states the men hand their bank cards to KOWALCZYK on arrival and get 'pocket
money' on a Sunday.""", "WW EO", "ce nw mb lh", "L")
t("""3x5x2: 2/B/P. Nom LUCA, Adrian believed to control several Romanian females working from flat
above a takeaway on Cheetham Hill Rd. Adult services adverts rotate the same number 07700 900461.
Females are not permitted out unless LUCA or his partner goes with them.""", "RM", "rm et", "S")
t("""Caller (anon) reports 6-7 men living in a 2 bed house at 14 Ash Grove, mattresses in every room
incl the kitchen. Men leave in a minibus at 5am and come back after dark. Caller thinks they work at
the packing factory on the estate.""", "AC", "oc ce", "L")
t("""Report of loud music and shouting from 22 Bramley Close until 0300. Officers attended, house
party, occupants compliant and music turned down. NFA.""")
t("""GLAA inspection of Fenland Harvest Staffing Ltd (licence holder). Payslips checked for 40
workers, holiday pay correct. Accommodation inspected - two to a room, clean, fire alarms tested.
Workers interviewed via interpreter; all hold their own passports and confirm they can leave when they
wish. No breaches identified.""")
t("""The man in Bucharest told me I will work in a hotel in London and earn 400 pounds every week.
When we arrive he take my passport and my ID card, he say it is for registration. I never see them
again. I was cleaning in the house of his cousin from 6 in the morning until midnight and I did not
receive any money, he said first I must pay the flight and the room.""",
  "DE RD EO WW DB", "dt lh", "D")
t("""there is a lad at the nail place on high st looks about 15 shud be at school, doing nails all day
every day and he sleeps in the back room i think never seen him go home""",
  "AV AC EO", "sw lh", "L", "high")
t("""ED safeguarding note: Pt 24F attended with male partner who insisted on interpreting. Bruising to
both upper arms, explanation inconsistent. Partner answered all questions for her and would not leave
the cubicle. Pt avoided eye contact. Referral to hospital safeguarding team.""", "", "pa sp")
t("""Referral from Greenfield Academy DSL. Y10 pupil (15, M) missing from home three nights last week,
located in Blackpool by BTP with £600 cash and two phones. Mum reports new trainers and a man in a
black Audi picking him up after school. Pupil says he 'owes the olders' after a package was robbed off
him.""", "AV DB", "", "C", "high")
t("""ASB team visit to Flat 9 Tennyson House. Tenant (58M, alcohol dependent, learning difficulties)
says two males from Liverpool have been 'staying' for three weeks and use the flat for business. He is
told to stay in his bedroom when people call and they have his bank card. Heavy footfall, short visits.""",
  "AV RM", "rm nw", "C")
t("""Debrief via Tigrinya interpreter. IP states that while held in a compound outside Cairo before the
crossing, the smugglers said anyone who could not pay the balance could 'give a kidney' instead. Two men
from his group were taken to a clinic and came back with dressings on their side; guards beat those who
complained. IP's family paid and he was not operated on.""", "RM DB PV", "rm", "O")
t("""Helpline advice call: caller's niece has been offered a nanny job in Dubai and caller wants to know
what to look out for. Job not started, niece is in the UK and has her passport. Advice given on checking
the employer.""")
t("""IP (Viet M, says 16, age disputed) found in the loft of a cannabis grow at 3 Orchard Way on warrant.
Doors padlocked from outside, windows boarded. IP states he came from France in a lorry and was told he
owed £20k for the journey. No phone, no money, very thin.""",
  "AV RM DB AC", "rm sw pa fp", "C", "high")
t("""Registrar referral: notice of marriage given by Slovak female (22) and Pakistani male (34). Bride
spoke no English, did not know the groom's surname, and a third man paid the fee and kept hold of both
sets of ID. Bride appeared nervous, said she was 'helping a friend'.""", "RD", "dt", "C")
t("""DWP intel: 11 Universal Credit claims linked to one address in Derby, all Czech nationals, payments
into accounts accessed from the same device. Two claimants interviewed said a man called PETR opened the
accounts and 'keeps the cards for safety'. They work at a meat plant and he gives them £50 a week.""",
  "WW", "nw mb", "L C")
t("""Assault outside the Red Lion 2330 Sat. Victim (31M) punched by unknown male after an argument over
a taxi. Cut lip, declined hospital. CCTV requested.""")
t("""Stop search Market St. 17yo male found with 3 wraps of cannabis and £40. States personal use, lives
with parents, no indication anyone else involved. Community resolution.""")
t("""Kalayaan referral: Filipino woman (41) came on an overseas domestic worker visa with a Gulf
diplomat's family. She slept on the floor in the children's room, worked from 6am until the family went
to bed around 1am, seven days a week, and was never allowed out of the residence alone. Her salary was
supposedly sent home but her family have had nothing since March. Her passport is in the employer's
safe.""", "AC EO RM WW RD", "pl lh rm dt", "D")
t("""same 3 women dropped at 7 every morning by a silver merc by the cash machines on queen st and picked
up at 6, they beg all day one has a bad leg, the driver takes a bag of coins off them when he comes
back""", "WW", "ce nw", "C")
t("""Welfare visit Lotus Nails, Station Rd. Two staff spoken to separately. Both settled status, one is
the owner's niece; produced own ID, paid weekly into their own accounts and free to come and go. Hours
9-6. No concerns.""")
t("""I work on the farm picking for 2 months. The gangmaster take 80 pound every week for the caravan
and 20 for the van to field. Eight of us in one caravan, no heating, toilet broken. At the end I had
nothing, he say I owe him still for the ticket.""", "WW AC DB", "ct oc pl", "L")
t("""Male (Albanian, 19) detained shoplifting at Boots, Oxford St, with a foil-lined bag. Interview: says
he was sent by 'Arben' who tells the boys which shops to hit and takes everything they bring back. Said if
he stopped, Arben would tell his family in Albania he was gay.""", "IT", "", "C")
t("""Police attended a report of a domestic between two brothers at 5 Elm Rd over money owed for a car.
Both intoxicated. Words of advice, one left to stay with a friend.""")
t("""Salvation Army referral: 34F Nigerian. Recruited in Lagos by a 'madam' who promised hairdressing
work in Manchester. Sworn in a juju ritual before travelling and told she owed €35,000. On arrival
she was put to work selling sex in a flat in Moss Side; told her mother would die if she broke the oath.""",
  "DE DB IT", "", "S")
t("""Intel: 2/C/P. POI 'BIG MIKE' (DOB unk) running a pop-up brothel from Airbnb lets in Leeds city
centre, moving every 3-4 days. Females (Chinese, 20s-40s) driven between lets by MIKE's associate,
never seen leaving alone.""", "RM", "et rm", "S")
t("""GLAA note, flower farm nr Spalding: 24 workers. Gangmaster collects wages into his own account and
pays out cash less 'deductions' for housing, transport and gloves. Workers charged £15 for hi-vis
and boots. Several said they have not received a payslip.""", "WW", "nw pp ct", "L")
t("""Anon online report: my neighbour has a woman living with them who does all the cleaning, cooking
and school runs, i never see her go anywhere except with the family, she sleeps in the utility room, she
looks really tired and thin and they shout at her all the time""",
  "RM AC", "rm sw pa", "D")
t("""A&E: 16F presented with an overdose. Disclosed to nurse she has been 'going to parties' with older
men who give her vodka and weed, and that one of them, known as 'Zee', made her have sex with his
friends to 'pay back' what she owed for the drugs.""", "AV PV DB", "", "S", "high")
t("""Neighbour reports 'foreign lads' at no. 47 working on the roof from early till late. Enquiries: the
workers are employed by a registered roofing firm, paid via payroll, staying at a B&B at the firm's
cost. Spoke to two who said they enjoyed the overtime. No offences.""")
t("""Constable DAVIES attended car wash on A34 re: parking complaint. Noted approx 8 workers, no gloves,
standing in water in trainers. One male said they live in the container at the back. Supervisor took the
phone off him mid-conversation and spoke for him.""", "AC", "sw sp", "L")
t("""My boss in the restaurant keep my passport since two years. He say if I go to police they will send
me back to Bangladesh and put me in prison. I work 14 hour, 7 day. He give me 200 pound in the month and keep the rest 'for later'.""",
  "RD IT EO WW", "dt lh fa", "L")
t("""Information from Barnardo's: 14yo girl (looked-after child) regularly collected from the children's
home late at night by different adult males in cars, returns with new phone and clothes. Girl
says one man is her 'boyfriend' who 'shares her with his mates'.""",
  "AV PV", "", "S", "high")
t("""IP has her own passport and bank card, lives with her husband and works at the bakery by choice.
She states nobody controls her money. Referral closed - no trafficking indicators.""")
t("""INT: POI Stanislav HORVATH (nom 3) runs a labour supply for a recycling plant in Wakefield. Workers
'recruited' in Slovakia with promises of £10/hr, on arrival told the rate is £3/hr 'after costs'. HORVATH
holds their ID cards. Workers threatened with being beaten if they complain.""",
  "DE RD IT", "dt", "L")
t("""Victim says he met the men at a soup kitchen in Brighton when he was sleeping rough. They offered a
roof and work on driveways. For eleven years he tarmacked from dawn to dusk, lived in a horsebox on the
site and was never paid. When he asked to leave they kicked him and said nobody would miss him.""",
  "AV EO AC WW PV IT", "lh sw pl", "L")
t("""Burglary dwelling, 3 Oak Terrace. Rear door forced, laptop and jewellery taken. No suspects. Victim
given crime ref.""")
t("""there are girls coming and going out the flat above the barbers all hours of the night different
men go up for half an hour, girls look young and never go out on there own, always a man with them""",
  "RM", "rm et", "S")
t("""Kidney offered for sale on social media by user 'healthy_donor_ok' with a price of $12,000. Messages
show the seller is a 22-year-old Pakistani man in debt to a moneylender who told him this was the only
way to clear it. Broker arranges travel to a private clinic.""", "DB", "", "O")
t("""Statement (translated): The man from the agency met us at Luton and took all passports 'to make
bank accounts'. We live eleven people in a three-bedroom house and pay £70 each per week from salary.
We cannot speak English, we do not know the address. He drives us to the factory and back.""",
  "RD AC IS", "dt oc et iso", "L")
t("""Care home inspection (CQC) passed on concerns: two overseas care workers on sponsored visas say the
sponsor charged them £9,000 for the certificate of sponsorship and deducts £400 a month to 'repay' it.
They are scared to complain because they will lose their visa.""", "DB AV", "uf fa", "L")
t("""Y8 student told tutor her uncle makes her stay home to look after the younger ones and clean the
whole house instead of coming to school. She is not allowed to use a phone. She says she gets hit with a
belt if the house is not clean.""", "AV RM PV IS", "rm iso", "D", "high")
t("""Neighbour dispute re: overhanging hedge at 18 and 20 Willow Lane. Both parties advised to seek
mediation. No offences.""")
t("""INT 3/C/C: unconfirmed report that males are held at a cannabis factory above a shop on Lodge Lane
and are 'not let out'. Source not known to police. Condition: not to be disclosed outside force.""",
  "RM", "rm", "C")
t("""Woman (29, Thai) contacted police via an NGO. Answered a job ad for a massage therapist in London.
The 'boss' said she owed £15,000 for visa and flights, kept her passport and made her see clients for
sex. He filmed her and said he would post the video online if she went to the police.""",
  "DE DB RD IT PV", "dt", "S")
t("""Female (Roma, 40s) arrested for begging outside Tesco Extra. Says she begs to feed her children and
keeps what she gets. Lives with her husband and children in a council flat. No signs of control.""")
t("""Farm worker found collapsed in a polytunnel at 38C. Colleagues said they work 12-hour shifts without
breaks and the supervisor does not allow water during picking. Ambulance called.""",
  "AC EO", "lh", "L")
t("""IP states: "They told me if I run they will find my sister in Durres. They know where she works."
IP was made to drive cannabis between grows in the Midlands.""", "IT", "", "C")
t("""Hotel staff reported a man checking in with two very young-looking girls who had no luggage, paid in
cash for one room, and told staff the girls were his nieces. Girls did not speak. Police now attending -
man still in room 214 with the girls.""", "AV", "fp", "", "immediate")
t("""Caller on 999: "there's a woman screaming in the van outside the car wash, two men are hitting her and
trying to push her back in" - call ongoing, units dispatched.""", "PV RM", "rm", "", "immediate")
t("""Intel: VRM LR21 KXD seen repeatedly at 0500 collecting 10-12 males from 61 Grange Rd and returning
them approx 2200. Occupants appear tired, carry lunch boxes. Believed to work at a poultry factory.""",
  "EO", "ce lh", "L")
t("""NRM summary: Eritrean male, 17. Held in Libya, forced to work on a farm under armed guard, beaten with
pipes. Sold on to another group. In UK since June, now in foster care.""",
  "AV RM PV", "rm", "L", "high")
t("""Community support officer: nail bar on Bridge St. Staff will not speak, manager answers for them,
said they are 'students'. Two young Vietnamese women seen sleeping on the treatment chairs at 8pm after
closing.""", "AC", "sp sw", "L")
t("""Debrief: I was a cook in the restaurant. I ask for my money many times. He say he keeps it safe for me
and I get it when I go back to India. After four years I have nothing. I sleep in the store room above
the kitchen with the onions.""", "WW AC", "sw nw pl", "L")
t("""Intelligence suggests the same Vodafone number (07700 900832) is used on 37 different adverts on an
adult services website across Reading, Slough and Oxford within one month, photos of at least 9 different
women.""", "", "", "S")
t("""School nurse: Y11 boy has cuts to his hands and a burn mark. Says he got it 'at work' - he is doing
shifts in his cousin's takeaway until 2am on school nights. Mum says the cousin pays him well and he wants
to save for a car. No other concerns.""", "", "", "", "low")
t("""Report from a taxi driver: picked up a young woman at the services who begged him to take her to
police, said she had run from a house where she was locked in and made to sleep with men. She had no
shoes and no phone.""", "RM PV", "rm fp pa", "S")
t("""Investigation update: POI Kamil NOWAK charged s1 MSA. He recruited homeless Polish men in Luton
with promises of construction work and a flat. Victims lived in a derelict bungalow, worked 7 days on
building sites, and their wages were paid into bank accounts NOWAK controlled. Victims with alcohol
dependency were given vodka instead of pay.""", "AV DE AC EO WW", "pl lh nw", "L")
# ---------------------------------------------------------------- part 2
t("""Officer spoke to the manager at Sparkle Hand Car Wash, Tamworth Rd. All six staff on payroll, contracts
seen, pay into own accounts, living in their own rented flats. Staff confirmed hours 9 till 5:30 with a
lunch break. Nothing to suggest exploitation.""")
t("""hi i want to report a house on Cavendish rd theres about 15 men living there and a van comes at 4 in
the morning, the men look dirty and skinny and never talk to anyone, the windows are covered with
blankets""", "AC", "oc ce pa", "L")
t("""IP (F, 19, Romanian) disclosed that her boyfriend brought her to the UK saying they would both work in
a warehouse. Instead he put her on AdultWork, took all the money from the bookings and beat her when she
earned less than £300 a night.""", "DE WW PV", "nw", "S")
t("""GLAA: labour provider for a chicken processing plant. 19 workers share one bank address; 23 debit
cards found in a drawer at the gangmaster's office, each with a PIN on a post-it. Workers said they
'borrow' their cards back to buy food.""", "WW", "mb nw", "L")
t("""Local authority adult social care referral: Mr J (62, early dementia) has a 'lodger' who moved in
in spring and has since brought other men who use his garage to store bikes and packages. Mr J says they
took his phone and he is not allowed to answer the door.""", "AV RM IS", "rm iso", "C")
t("""INT 1/A/P: Nom Gheorghe STAN confirmed as owner of three properties on Walsall Rd housing construction
workers. STAN deducts 'rent' and 'fines' (late to the van, talking back) from their pay so most weeks they
get nothing. Workers lifted at 0530 by STAN's son in a Vauxhall Vivaro.""", "WW", "ce nw", "L")
t("""Ich habe keine Papiere mehr / I have no papers now. The woman who brought me say I must stay in the
house and clean and look after her mother and never go out because police will catch me. Two years I did
not see the street. She give me food from the plates after they eat.""",
  "RM IT AC", "rm fa pl", "D")
t("""Theft from vehicle on Lime St car park. Window smashed, sat nav taken. Offender seen on CCTV, known
prolific shoplifter, arrested. Nothing to suggest he was acting for anyone else.""")
t("""Probation officer concern: service user (23M, care leaver) says a man he met in prison is 'looking
after' him since release, gives him a room and a phone and in return he drops off parcels in Swansea.
He says he owes for the room and can't stop because 'they know where my nan lives'.""",
  "AV DB IT", "", "C")
t("""Safeguarding referral from midwife: 18F, 28 weeks pregnant, attended booking with an older woman who
said she was her 'aunt' and held the patient's passport and NHS letters. Pt says she cooks and cleans
for aunt's family and is not paid. Pt was not allowed to attend alone.""",
  "RD WW RM", "dt rm", "D")
t("""Officers attended 'Golden Hands Spa' after adverts offering 'full service'. Four women found, two
rooms with mattresses on floor where women also sleep. Rota on wall shows women working 11am to 3am.
One woman had bruising to her face and would not say how.""",
  "AC EO", "sw lh pa", "S")
t("""I am the owner of a small building company and I want to say that the Polish guys working next door for
another builder asked me for food. They said they are not paid since 6 weeks and the boss say if they go
he will keep their documents.""", "WW RD IT", "dt", "L")
t("""Barnardo's: 13-year-old boy reported missing 4 times in a month; found in a trap house in Ipswich. He
has a stab wound to his leg he says was 'a warning'. Mother says older males come to the door demanding
money he 'lost'.""", "AV PV IT DB", "", "C", "high")
t("""Concern raised by a bank: one customer's account receives benefit payments for 9 different people and
cash is withdrawn at the same ATM in Bolton within minutes of each payment.""", "", "mb", "")
t("""A man came to our church asking for help. He said he works in a kebab shop seven days, 10am to 3am, and
sleeps on the kitchen floor. The owner pays him nothing 'because he gives him food and a place'. He is
afraid to go to police because he has no visa.""",
  "EO AC WW", "lh sw fa", "L")
t("""Intel log: POI Arjun S (nom 5) - source states POI brings Indian students to work in his family's
textile unit in Leicester, pays £2.50/hr cash and tells them that if they complain he will report them to
the Home Office for working more than 20 hrs.""", "IT AV", "fa", "L")
t("""Referral closed: girl (15) initially believed at risk of CSE. Enquiries show the 'older boyfriend' is
17, a school friend; parents aware; no evidence of exploitation. Advice given.""")
t("""Debrief (interpreted, Vietnamese): I was promised work in a nail salon, but when I got to England they
put me in a house with plants. I had to water the plants and I could never leave. Food came once a week.
The man said if police come I will go to prison, not him.""",
  "DE RM IT AC", "rm fa sw", "C")
t("""Woman phoned helpline from a borrowed phone. She is a live-in carer for an elderly man in Surrey
whose son employs her. She has not had a day off in 11 months, is on call through the night and has not
been paid since June. Son holds her passport 'for safekeeping'. She wants to leave but does not know
where she is.""", "EO WW RD IS", "lh dt iso", "D")
t("""Licensing visit to the Shalimar restaurant. Two kitchen staff found without right to work; both
arrested for immigration offences. They said they are paid £350/week, live with family in Bradford and
came to the job through a friend. No indicators of trafficking.""")
t("""3x5x2 2/B/C - handling condition: no dissemination to partner agencies without SIO approval. Intel
indicates a network moving Albanian women from Kent to pop-up brothels in hotels around the M25. Women
told that their families will be harmed if they try to leave. Passports held by the driver.""",
  "IT RD", "dt", "S")
t("""There is an old lady at the end of our road and a young man moved in, shes scared of him and he has
took her pension card, she told my mum he doesnt let her go to the shops on her own""",
  "AV RM", "rm nw", "")
t("""Factory in Leicester (garment): workers paid £3.50 an hour, fire exits blocked with rolls of fabric,
no heating, workers told to hide in the toilets when inspectors come. Owner keeps payslips showing
minimum wage.""", "AC WW", "pl", "L")
t("""I come from Sudan. In Libya the men sell me to a farmer. I work with sheep, they tie my legs at
night so I don't run. When I try to escape they burn me with a cigarette. Now I have marks on my arms.""",
  "RM PV", "rm pa", "L")
t("""Report of a fight between two groups of youths at the skate park. One 14yo with minor injuries,
parents informed. Not gang-related per local officers.""")
t("""Border Force referral, Heathrow T4: female (Indian, 27) travelling with a man who holds her passport
and ticket and answers every question for her. She states she is coming to work for his 'sister' as
a housemaid; no contract, no idea of the pay or address.""", "RD", "dt sp", "")
t("""INT: car wash at 231 Hagley Rd W - workers (Kurdish/Iranian) seen living in a shipping container on
site. Boss reportedly takes £100 per week from each for 'accommodation'. One worker has a hand injury
that has not been treated.""", "AC", "sw pa", "L")
t("""i got out of the place in sheffield, they made me go with 8 or 9 men a day, i didnt get any money it
went to Sandu. if i cried he hit me. he said my little brother will be next if i say anything""",
  "PV WW IT", "nw", "S")
t("""ED note: 30M, Lithuanian, fell from scaffolding. Did not know the name of the company or site address.
A man who said he was his 'friend' brought him in and left quickly. Pt says he has worked 2 months, no
pay yet, 'he keeps it until the job finishes'. No harness provided.""",
  "WW AC IS", "iso", "L")
t("""Local authority: family of 5 in a privately rented 2-bed; landlord is their employer at a nearby
hand car wash and takes the rent directly out of wages. Children attend school, parents have own ID,
say they are happy with the arrangement. Housing standards referral only.""")
t("""Nom Florin DUMITRU (nom 2) - INT suggests he provides 'wives' for Pakistani men seeking residence,
recruiting vulnerable Romanian women with learning disabilities from care homes in Constanta. Women are
kept at an address in Walthamstow until the ceremony and not allowed a phone.""",
  "AV RM IS", "rm iso", "C")
t("""Caller reports her sister (26) has been taken to Pakistan by her family and is being made to marry a
cousin. Sister messaged that her phone and passport were taken and she is being kept in the house.""",
  "RD RM", "dt rm", "")
t("""Victim account: We were 14 people in the lorry from Calais. In Birmingham a man took us to a bed
factory. I worked 6 in morning to 8 at night. Every Friday he pay us but then he take back £150 for
'the debt' for the lorry. The debt is never finished.""",
  "EO WW DB", "lh", "L")
t("""Young person (16, M, Eritrean UASC) in supported accommodation told key worker a man at the mosque
has offered him £3,000 'to help a sick man' by going to Turkey for an operation. YP was told he only
needs one kidney.""", "AV", "", "O", "high")
t("""Anonymous: Bathroom fitting company in Ilford - boss keeps the lads' passports in his van and pays
them when he feels like it, they sleep in the unit with the stock""",
  "RD WW AC", "dt sw", "L")
t("""Youth worker: a 15yo girl has been seen getting into cars with men at the retail park. She told me
she gets paid in weed and vapes and that she 'has to' because she owes a girl called Keisha.""",
  "AV DB", "", "S", "high")
t("""Council tenancy officer: flat on Kingsway appears to be used by county line. Tenant (42F, heroin user)
says her 'mates' stay over and she gets free gear. She denies being threatened and says she can ask them
to leave any time.""", "", "", "C")
t("""Overseas domestic worker, Indonesian (38), ran away from an employer's house in Knightsbridge at
night. She describes being slapped by the employer's wife, eating leftovers, working from 5am to past
midnight and being locked in when the family went out.""",
  "PV AC EO RM", "lh rm pl", "D")
t("""INT 2/B/P: females working in massage parlour on Abbey St said to be brought in from Hungary, have to
pay back £5k for their 'transport' and hand over 60% of their takings to the manager, REKA.""",
  "DB WW", "nw", "S")
t("""Member of public: a young lad sitting outside Greggs every day with a cup, same time every day, always
the same man watching from across the road and collects him at 6, think hes being used""",
  "", "ce", "C")
# ---------------------------------------------------------------- part 3
t("""IP states she came to the UK on her own, rents a room from a friend and works cash-in-hand at a nail bar.
She has her passport, chooses her shifts and denies owing anyone money. No NRM referral - declined and no
indicators identified.""")
t("""The agency in Kaunas charged me 600 euro for the job and the bus. In England the job was not in the
fish factory like they say, it was cleaning cars in the rain. They say I must work to repay the 600
again, plus house, plus bus.""", "DE DB", "uf ct", "L")
t("""Pop-up brothel identified at short-let flat, Canal St. Two women present, both said they are
independent escorts sharing the flat for safety, advertise themselves and keep their own earnings.
Both had own ID and phones. Words of advice re: brothel keeping.""", "", "", "")
t("""We was told we'd be on £12 an hour laying block paving and get a caravan to ourselves. It was £20 a
day if we were lucky and five of us in a caravan with no water. The gaffer's brother would sit in his
car at the end of the lane all night.""", "DE WW AC RM", "oc pl rm", "L")
t("""Intel log 14/03: Nom CHEN Wei believed to be the 'mummy' for a group of Chinese women selling sex
from residential flats in Newcastle. Women moved every week, CHEN books the flats and the adverts, the
women are charged £600 a week for 'rent and ads'.""", "DB", "", "S")
t("""Female attended station to report that her employer at a cleaning company has not paid her final
month's wages. She left the job last week and is now working elsewhere. Civil matter - advised to
contact ACAS.""")
t("""Farmer reports that a labour provider's minibus drops workers at 5am and the workers have told
his foreman they pay £10 a day each for the lift, taken from wages, and that they are not allowed to
leave the caravan site in the evening.""", "RM", "ce ct rm", "L")
t("""Police stopped a Mercedes Sprinter on the M6 with 11 men in the back, no seats. Men had no ID, few
belongings and said they were going to 'work'. Driver claimed they were friends. All men appeared
frightened and refused to speak through the interpreter in front of the driver.""",
  "", "fp fa", "")
t("""Primary school DSL: Y5 child (9) says she doesn't get to go to school on Tuesdays because she
looks after the baby while mum's friend's 'girls' come to the flat to 'see men'. Child states she has to
open the door to the men.""", "AV", "", "S", "high")
t("""Doctor's surgery: a Romanian patient came with a man who wanted to register 'his workers'. He
held six passports and filled in all the forms. When asked, the patient could not give her own address.""",
  "RD IS", "dt sp iso", "")
t("""Hand car wash, Dudley. GLAA and police joint visit. Workers said they are paid £40 a day for 12-hour
shifts and live upstairs above the valeting bay. Two said the boss told them if they spoke to police
their families back home would 'have problems'. Boss arrested.""",
  "EO AC IT", "lh sw", "L")
t("""Concerned parent: my son (16) got a job through an app delivering food and the app account is in
someone else's name. He pays the 'owner' of the account £100 a week. He says he's fine and can stop when
he likes.""")
t("""NRM referral (LA children's services): 17F Vietnamese UASC, went missing from foster placement
within 48 hours of arrival. Located in a nail salon in Glasgow. Salon owner said she is his niece. She had
a phone with only one contact saved, 'Anh', who controls where she goes.""",
  "AV RM IS", "rm iso", "L", "high")
t("""Statement of witness (ex-employee): "The boss used to lock the factory door from outside at
night with the lads inside cause he said they'd rob the stock. They slept on cardboard between the
machines.\"""", "RM AC", "rm sw pl", "L")
t("""POI BALOGH, Laszlo arrested at Stansted with 4 Hungarian females. Females had been told they were
coming to work in a hotel laundry; BALOGH had booked them into a flat in Ilford and created profiles on
a sex work website in their names before they arrived.""", "DE", "", "S")
t("""Report from Shelter worker: client (44M, rough sleeper) says a man offered him £30/day on a farm in
Lincolnshire. He went and was paid properly, came back after harvest because he wanted to. Client happy,
no concerns.""")
t("""My husband's family make me do all the work for the house, 12 people. I wake at 5 and sleep at 1. They
took my passport when I came from Pakistan and my mother-in-law says if I complain they will divorce me
and I will be sent back with nothing. I am not allowed to phone my family.""",
  "EO RD IT IS", "lh dt iso", "D")
t("""Crimestoppers (anon): Dritan 'Tony' at the cannabis farm in Stoke keeps two Vietnamese kids there
to water the plants, they never leave""", "AV RM", "rm", "C", "high")
t("""Officers attended a report of a man sleeping in a car outside the industrial estate. Male (50s) works
nights at the warehouse via a reputable agency, recently separated, sleeping in car until his room is
ready. Signposted to housing. No exploitation.""")
t("""The men who run the jet wash on Pershore Road have got young lads working there, they dont look older
than 14 or 15, working in the cold no coats no gloves at half 8 at night when it's dark""",
  "AV AC", "", "L", "high")
t("""Debrief extract: 'Sasha' (Ukr F 23). Sold sex in three cities over 6 months. Trafficker took
her phone and put a tracking app on a new one she was given. She could only call him. She was told that if
she ran, the photos would go to her village.""", "IS IT", "iso", "S")
t("""CSE panel minute: 15yo M, groomed online by an adult male posing as a 16yo girl, coerced into sending
images, now being threatened that they will be shared unless he sends more.""",
  "AV DE IT", "", "S", "high")
t("""Food factory worker, Polish (55), told the helpline he paid a man in Poland £250 for the job and
transport. He works legally through an agency, has his own bank account and gets a payslip, but wanted
advice about the fee.""", "", "uf", "")
t("""Recorded under Duty to Notify (adult declined NRM): Albanian male, 24, forced to tend cannabis in a
house in Swindon for 9 months. Beaten when plants died. No pay - told his wages went on the debt for
his journey.""", "PV WW DB", "", "C")
t("""IP said: 'They didn't lock the door. They didn't need to. Where would I go? I don't speak English, I
don't have money, and he told me the police here are the same as at home.'""",
  "IT", "fa", "")
t("""Care worker (Zimbabwean) told union rep her employer's care agency makes her work 70+ hours a week
across three homes, does not pay for travel time, and the director said he would 'cancel her visa'
if she raised it again.""", "EO IT", "lh fa", "L")
t("""Mobile phone shop owner reported a customer bought 15 SIM cards and was seen handing them to a group
of young women waiting outside in a people carrier. Women appeared very young and did not speak.""")
t("""Complaint that a takeaway on Abbey Rd stays open till 4am and the staff park across driveways. Noise
team letter sent. No welfare issues raised.""")
t("""A&E: female 20s, presented with abdominal pain, found to be 14 weeks pregnant. Male companion
('husband') answered all questions, had her passport, and refused an interpreter. When alone she wrote
on a paper towel 'help me he sells me'.""", "RD", "dt sp", "S", "immediate")
t("""INT: A Sikh gurdwara in Southall has reported that a man is offering Indian men 'free food and a
place to sleep' in return for work at his warehouse. Men who have left say they were not paid, slept on
pallets and were told they would be reported to immigration if they left.""",
  "DE WW AC IT", "sw fa", "L")
t("""Farm manager called to say two of his seasonal workers, both on the Seasonal Worker visa, have left
without notice. Their passports are with them, wages paid to date. He is just letting police know.""")
t("""i am scared to write my name. they keep me and my brother in the back of the carwash shop. we
get 10 pounds a day. the boss say if we go he call his friends in albania to hurt our mother""",
  "RM IT AC", "rm sw", "L")
t("""Housing officer: HMO on Stanley Rd with 22 residents across 5 bedrooms, bunk beds in the lounge, one
working toilet. All residents employed by the same recruitment agency, which also holds the tenancy and
deducts rent from pay.""", "AC", "oc pl", "L")
t("""Woman (Brazilian, 35) arrested for working in a brothel. In interview said she paid a 'fee' of
£3,000 to a woman in Sao Paulo to arrange the trip and work, and she sends money home each week. She
says she works for herself and can stop. No indicators identified.""", "", "uf", "")
t("""School referral, Y9 (14F). Friend disclosed that she is 'working for' a 19-year-old, holding drugs in
her bra and taking them on the train to Bournemouth. She has been told he will 'sort her out' if she
loses anything.""", "AV IT", "", "C", "high")
t("""Reported by a delivery driver: at the farm on Holme Lane he saw a man chained to a caravan by the ankle.
Says it was 10 minutes ago. Units en route.""", "RM", "rm", "", "immediate")
t("""Victim statement: 'He paid for my flight and said I could pay it back from my first month at the
restaurant. After a month he said I now owed for food and rent and phone, more than I earned. Each month
the amount went up. I stayed for three years.'""", "DB", "", "L")
t("""Police and Salvation Army visit to an address in Peterborough following intel. Eight men present,
all Latvian, working at a food packing plant via an agency. Each has his own room, bank account, and
passport. Men state that they are free to leave and none report debts. Intel not substantiated.""")
t("""Intelligence: 2/B/P. HADZI, Elvis (nom) suspected of coercing his girlfriend (22F) into sex work
via OnlyFans and in-person bookings. Victim's sister reports HADZI has control of the victim's bank
account and has threatened to kill her if she leaves.""", "WW IT", "nw", "S")
t("""Court interpreter reported concern: a defendant (Vietnamese M, 18) in a cannabis production case
appears to have been told what to say, repeatedly looks at a man in the public gallery, and says his
'uncle' paid for his lawyer and will be angry if he talks.""", "IT", "", "C")
t("""Concern for welfare: 78F lives alone, family visit weekly, cleaner comes twice a week. Daughter
worried mum is lonely. No concerns about exploitation or abuse; referred to Age UK befriending.""")
t("""The woman brought me from Ghana to look after her children. She said I would go to school in England.
I never went to school. I was 12. I cooked and cleaned and looked after the baby at night, she beat me
with a shoe when the baby cried.""", "AV DE PV", "", "D", "high")
t("""GLAA intelligence: gangmaster supplying leek and cabbage pickers uses one supervisor who speaks for all
the workers at site meetings; workers charged £20 a week for 'transport' and £5 for knives and gloves.""",
  "", "sp ct pp", "L")
t("""PNC check shows VRM YT66 ABC stopped three times with different groups of Romanian males in the rear
of the vehicle; driver on each occasion Petrica MUNTEANU. Males said they were going to a car wash in
Oldham.""", "", "et", "")
# ---------------------------------------------------------------- part 4
t("""Nom 4 (SHEHU, Kledi) - INT suggests he drives young Albanian males between cannabis grows in
Kent, collects them at night and locks the grow from outside when he leaves.""", "RM", "rm et", "C")
t("""Asked whether anyone had threatened her or taken her documents, she said no. She has a tenancy in
her own name and her manager at the hotel is 'kind'. No further action.""")
t("""Fishing: crew member (Filipino) from a scallop boat out of Newlyn told the port chaplain they
work 20-hour days when at sea, sleep in the hold, and the skipper has kept the crew's seaman's books
since they joined. He says they have been paid only half of the contract for 8 months.""",
  "EO AC RD WW", "lh dt sw", "L")
t("""wen i try to leave he told me he wud cut my face so no other man wanted me. i stayed 2 more years""",
  "IT", "", "")
t("""Report: Leamington Spa. Two girls (estimated 13-14) seen with an adult man in a flat known for drug
use. One girl told a PCSO she 'stays there sometimes' and that the man gives her alcohol. CSE concerns.""",
  "AV", "", "S", "high")
t("""A man in Coventry was kept in a garden shed for 4 years by a family and made to do building work on
their properties for no pay. He had no toilet and washed with a hose. The family told him he was
'one of them' but he was not allowed to eat in the house.""",
  "RM AC WW", "rm pl", "L")
t("""Ambulance crew: called to a cannabis factory fire. One male (Vietnamese) with burns found hiding in
the garden, would not give name, kept saying 'no police'. Taken to burns unit under police guard.""",
  "", "fa pa", "C")
t("""INT 2/B/P: au pair (19F, Spanish) placed with family in Hampstead via an agency; works 8am-6pm with
weekends off, has her own room and phone, and meets friends at language school. Mother of host family
reported she had 'disappeared' - she had in fact moved to a new family. No concerns.""")
t("""Debrief, male (Romanian, 31), shoplifting gang: 'We go every day to different towns in the car with
Ionut. He decides the shops. Everything we take goes to him. He pays the hotel and food, nothing more.
When Marius said no, Ionut broke his fingers.'""", "PV", "", "C")
t("""Complaint of an Uber driver being assaulted by a passenger after a fare dispute in Nottingham. Driver
has bruising to his cheek. Suspect identified from app data.""")
t("""The house where I worked in Riyadh they brought me to London for the summer. Madam keep my passport
and my phone. I sleep on the kitchen floor. I cannot talk to anyone outside, the other maids are also
not allowed. My salary is paid to the agency in Manila and I have not received it.""",
  "RD IS AC WW", "dt iso sw nw", "D")
t("""Safeguarding (care home): overseas nurse says the agency that recruited her from Kerala kept her
NMC registration papers and passport, and told her she must pay £14,000 if she leaves before 5 years.""",
  "RD DB", "dt", "L")
t("""neighbour here, the house next door has men coming in and out at night with bags, one lad is always
outside on a bike and the woman that lives there is a addict, her kids are in care. she looks terrified
and has black eyes""", "AV", "pa", "C")
t("""Custody: 16yo arrested in possession of 24 wraps of crack cocaine and a knife in a Premier Inn in
Exeter. From London; parents reported him missing 5 days ago. Says he is 'working off a debt'.""",
  "AV DB", "", "C", "high")
t("""Staff member at a Midlands food factory (agency) said she has no problems: she gets her payslip,
her hours are 40 a week, and the supervisor is fair. She said she has heard of bosses keeping
passports in other places but it has never happened to her.""")
t("""A restaurant worker wrote to the helpline: 'I came on a work visa as a chef. My employer says I must
pay him back the £8,000 sponsorship fee. He takes £600 from my wages every month. If I leave he will tell
the Home Office and I will be deported.'""", "DB WW IT", "uf fa", "L")
t("""Victim (M, 40s, Polish) recovered from a farm in Norfolk: poorly fed, wearing the same clothes for
months, possessions in a carrier bag. Worked 7 days picking, 'wages' given to the gangmaster who said he
was saving it for him.""", "AC WW", "pa fp nw pl", "L")
t("""Intel: Somali female, 15, moved between flats in Bristol and made to have sex with men by an older
'boyfriend' who threatens to tell her family she is a prostitute.""",
  "AV PV IT", "", "S", "high")
t("""Concern from a nail salon customer: the girl doing my nails said she has to work till 9 every night
and she's not paid because she's 'learning'. she looked about 18, didnt have much english""",
  "EO WW", "lh", "L")
t("""GLAA licence revoked: the labour provider supplied workers to a salad packhouse and charged each
worker £200 'registration fee' to get on the books, plus £35 a week for a minibus. Workers who did not
pay were not given shifts. No evidence of forced labour; licensing breaches only.""",
  "", "uf ct", "")
t("""Mr A is from Lithuania and has a learning disability. He was brought to the UK by a couple who
claim his benefits and take his wages from a poultry factory. He is allowed £10 a week. He sleeps on a
sofa in a flat with 9 other workers.""", "AV WW AC", "nw oc", "L")
t("""Sexual assault report: female student (21) attacked by a stranger on a night out in Leeds. Suspect
arrested. No wider exploitation concerns.""")
t("""Debriefing note: the men were brought into the country hidden in a lorry and told that the driver
had been paid. At the construction site they learned that each 'owed' £12,000 for the trip and that the
debt would be taken from their pay for two years.""", "DE DB WW", "", "L")
t("""Youth offending team: 14yo boy, Looked After, charged with robbery. Workers believe he is being
used by an older group who send him out to rob phones and take what he gets. He refuses to name them,
says 'they'll do my mum'.""", "AV IT", "", "C", "high")
t("""Anonymous: a cleaner at the Bluebell care home told me staff from abroad have to live in a
house the owner rents them, 6 to a room, and they are docked pay if they are late. they are scared of
him""", "AC", "oc", "L")
t("""The man was told if he did not keep working his mother in Tirana would be visited. He said the
threat was not made to him directly but he believed it.""", "IT", "", "")
t("""Report received from an embassy: a domestic worker of a diplomat has fled and is in a refuge. She
states she was not paid for 18 months, was locked inside the residence when the family travelled and
was hit by the diplomat's son.""", "WW RM PV", "rm", "D")
t("""Car wash workers on Hall Green said to the PCSO that the owner is a family friend, they live with
their own families, are paid £11.50 an hour and can leave whenever they want. PCSO had no concerns.""")
t("""INT 3/D/P: rumour on social media that a van is kidnapping children on the school run in
Stockport to sell their organs. No corroboration. Similar posts circulated nationally and were false.""")
t("""Missing person: female (34) reported missing by her husband. Found safe and well at her sister's.
States she left after an argument. No concerns.""")
t("""Intel 2/B/P: construction firm in Milton Keynes using Bulgarian labourers. Labourers charged £80 a
week rent for a caravan shared by four and £15 a day for the van; their pay cards are held by the
foreman. Several have not been paid for a month.""", "WW AC", "oc ct nw mb", "L")
t("""PCSO: woman begging at the station every day, heavily pregnant, a man drops her at 7am and
collects her at 7pm. She would not talk to me and looked at the man's car the whole time.""",
  "", "ce", "C")
t("""Teacher: student (12) regularly tired, hungry and late, says she has to clean her aunt's B&B before
school and serve breakfast to guests, and wash sheets in the evenings.""", "AV EO", "lh", "L", "high")
t("""Victim statement (translated): "My uncle told me in Romania that I would study in England and work
part time. In London he took my ID and sent me to steal in shops with other girls. If we came back with
little he did not give us food.\"""", "DE RD AC", "dt pl", "C")
t("""A trafficker in Birmingham advertised 'rooms with work' to Indian students on WhatsApp. The rooms
turned out to be a single warehouse with bunk beds for 30. Students were told they would lose their
visas if they left the job.""", "DE AC IT", "oc fa", "L")
t("""Immigration Enforcement visit to a Chinese takeaway: one worker without status, arrested. He said he
earns £1,200 a month, lives with his wife in Salford. Asked if he is being forced to work, said no.""")
t("""Caller: 'My daughter is 17 and has been taken to a house in Luton by a man she met online. She just
texted that she's scared and the door is locked and he's bringing friends round tonight.'""",
  "AV RM", "rm", "S", "immediate")
t("""Report: young men dropped off at the recycling yard at 6am, picked up at 9pm, six days a week, no
safety boots or gloves, some with cuts. One said the boss keeps their money 'to send to family' but the
family hasn't received any.""", "EO AC WW", "ce lh pa", "L")
t("""GLAA inspection, mushroom farm: workers paid piece rate correctly, accommodation clean and not tied
to the job, some workers have been there 10 years. One complaint about overtime not being offered.
Compliant.""")
t("""She was told she was going to a job in a hotel in Cardiff but ended up in a flat in Newport being
sold for sex. Two men watched the door day and night.""", "DE RM", "rm", "S")
t("""Hospital: 46M, Slovak, admitted with pneumonia. Patient appears malnourished, wearing work clothes
with no other belongings. A man who says he is his 'employer' called the ward eight times asking when
he will be discharged and tried to take him home against advice.""", "", "pa fp", "")
t("""Elderly man (81) befriended by a 'gardener' who now lives in his house, controls his money and stops
his daughter visiting. Adult social care investigating financial abuse.""", "AV IS", "iso nw", "")
t("""Intel: Rashid KHAN (nom) recruiting Pakistani men for his restaurants in Glasgow. Men told they would
be paid £1,500 a month; they receive £300 in cash, sleep above the restaurant and work 6 days,
11am-midnight.""", "DE EO AC", "sw lh", "L")
t("""Public report: a girl in a Barnsley chippy looked scared and mouthed 'help' at me as I paid. A man was
standing right behind her. I'm not sure.""", "", "", "")
t("""Debrief (Kurdish M, 17): held in a house in Dunkirk until his family paid; then in the UK told to work
at a barber's to pay the rest. The barber hit him with clippers when he made mistakes.""",
  "AV RM DB PV", "rm", "L", "high")
t("""A care leaver (19) with autism was 'befriended' by a group who moved into his flat. They use it to
cut and bag drugs, eat his food, and make him sleep on the floor of the hallway. He is too frightened to
ask them to leave.""", "AV AC", "pl", "C")
t("""A Romanian woman called 101 saying her 'boss' at a cleaning company has not given her contract yet but
pays her £10/hr. She is free to come and go and lives with her husband. She wanted to know her rights.""")
t("""The women are brought in a minivan to the massage shop at 10am and taken back at 2am, to a house where
they share one room. The minivan driver also does the cooking and keeps their money.""",
  "WW AC EO", "ce oc nw lh", "S")
t("""Police received a text from an unknown number: 'pls help my sister is in 14 Denton rd they took her
passport and wont let her go'""", "RD RM", "dt rm", "")
t("""Benefit fraud investigation: one man managing 40 Universal Credit claims of Bulgarian nationals
using forged tenancy agreements. Claimants say they were brought over to work and that he holds their
bank cards and pays them 'some' of the money.""", "WW", "mb nw", "C")
t("""Allotment dispute: one holder accuses another of using his shed and tools. Words of advice given.""")
t("""Barber shop, Ipswich: Kurdish teenagers (15-16) seen sweeping and cutting hair during school hours;
staff said they are 'nephews visiting'. Later found to be unaccompanied minors missing from care.""",
  "AV", "", "L", "high")
t("""IP (30F, Hungarian) describes being 'sold' by her boyfriend to a man in Birmingham for £2,000,
locked in a room and raped by customers. She escaped through a window.""", "PV RM", "rm", "S")
t("""Local authority: Mrs P reports her son-in-law forces her to look after his five children and do all
household chores, takes her pension, and threatens to put her in a home if she tells anyone.""",
  "IT", "nw", "D")
t("""A welder at a factory in Sheffield said he worked 60 hours this week because of a big order and is
paid overtime at time and a half. He is happy with it.""")
t("""Statement: 'No one took my passport. I gave it to the landlord so he could copy it for the right to
rent check, and he gave it back the same day.'""")
t("""INT: 3 x Eastern European males living in the back of a tyre shop on Coventry Rd, using a bucket
as a toilet. Shop owner seen shouting at them and taking cash off them on Fridays.""",
  "AC WW", "sw pl", "L")
t("""Referral from TARA: woman trafficked from Scotland to Ireland and back for sexual exploitation,
controlled by a man using voodoo threats and violence, now in a safehouse with her child.""",
  "IT PV", "", "S")
t("""Concern: a man working on a market stall says he is 'just helping' and gets paid in food. He sleeps
in the storage lock-up. Seems to have some learning disability.""", "AV WW AC", "sw", "L")
t("""Crime report: theft of catalytic converters, 4 vehicles on Church St overnight. No witnesses.""")
t("""A&E: man (Vietnamese, 20s) with deep cuts to his hands, brought by two men who left before he was
seen. Pt speaks no English. Told interpreter he 'works with plants' and 'cannot go out'. Pt left the
department before being assessed.""", "RM", "rm pa", "C")
t("""Hypothetical question on the helpline: caller asked what would happen if an employer kept her
passport. On questioning, her passport is at home with her; she was asking for a friend who has already
got hers back. No action.""")
# ---------------------------------------------------------------- part 5: long and very short
t("""INTELLIGENCE REPORT - OFFICIAL-SENSITIVE. Grading 2/B/P. Subject: possible labour exploitation at
Northgate Recycling Ltd, unit 7, Lye Industrial Estate. Source reports that approximately twelve males
of Romanian and Moldovan origin sort waste on the picking line from 0600 until 2000 Monday to Saturday,
and often on Sundays when the yard is busy. The males are transported to and from the site in a grey
Ford Transit (VRM unknown) driven by nom 1 Vasile RUSU, who also sits in on any conversation they have
with the site manager and translates for them. Source has seen RUSU collect the males' bank cards at the
end of each month and return them 'a few days later'. The males are accommodated at two terraced houses
on Cemetery Rd (nos. 41 and 43) which source describes as 'rammed', with men sleeping in the front rooms
and on landings. Source does not believe any of the males has been assaulted and has not heard any
threats being made. Source states that one male told him he had paid RUSU €500 in Chisinau for the job
and that he 'still owes' for the flight. Recommend GLAA joint visit.""",
  "EO AC DB", "lh et sp mb nw oc uf", "L")
t("""Safeguarding referral (Local Authority Children's Services to police). Child: K, female, 15, open to
CIN. Over the past two months school attendance has fallen to 40%. K's mother reports that K stays out
overnight, returns with new clothes, nails and a second phone, and has been seen getting into a white
Mercedes with two men in their twenties near the retail park. On 12/10 K was found by a PCSO in a flat
in Hyson Green with a 24-year-old male and two other girls; she was intoxicated and had a bruise on her
neck. K later told her social worker that 'the boys' give her drinks and that she sometimes has to 'be
nice' to their friends, and that one of them, 'J', told her that if she tells anyone he will put the
pictures he has of her on Snapchat. K does not see herself as a victim and says J is her boyfriend.
Strategy meeting held; K assessed as at significant risk of child sexual exploitation.""",
  "AV IT", "pa", "S", "high")
t("""Debrief of male victim, recorded via Amharic interpreter. I left Ethiopia in 2021. In Sudan a broker
said there was work in England for drivers, good pay, and that I would pay him back when I was working.
He took my passport 'for the visa'. After Libya and Italy I came in a small boat. In England a man
called Yonas met me. He said my debt was now £9,000. He gave me a room in a house in Leicester with six
other men and I was sent each day to a car wash on the London Road, from eight until nine at night. I
was given £15 a day for food; the rest, Yonas said, was for the debt and the room. Once when I said I
wanted to find my own job he pushed me down the stairs and said he had friends in the Home Office who
would send me back to Libya. I never had my passport back. I did not know anyone in England and I could
not read the street names.""",
  "DE RD DB WW EO PV IT IS", "dt lh fa iso", "L")
t("""GLAA compliance inspection - Oakfield Growers (salad and herbs), licence holder: Greenway Labour Ltd.
140 seasonal workers on site, majority on the Seasonal Worker visa. Inspectors reviewed payroll for 12
weeks: all workers paid at or above the national living wage, piece-rate top-ups applied, no unlawful
deductions. Accommodation: static caravans, four per caravan with separate bedrooms, heating and hot
water working, rent within the accommodation offset. Workers retain their own passports and BRPs; several
showed them to inspectors unprompted. Transport to fields is free. 18 workers interviewed privately in
their own language: none reported threats, debts or restrictions; two raised complaints about the
canteen food and one about the lack of Wi-Fi. Hours averaged 45 per week with one rest day. No breaches
of licensing standards identified. Inspectors noted good practice on induction and a worker welfare
officer on site.""")
t("""Summary of NGO referral (Unseen helpline) - potential domestic servitude. Caller is a neighbour of a
large detached house in Solihull. For about a year she has seen a young woman, possibly South Asian,
around 20, hanging washing and putting out bins late at night, never at other times, and never leaving
the property. Last week the young woman came to the fence and asked the caller, in broken English, for a
phone. She said she had been brought from India by the family 'to study' but works in the house and
looks after the grandmother, that she has not been paid, and that the family keep her passport. She
said she sleeps in the garage. Before she could say more, a man from the house called her in and the
caller heard shouting. The caller is worried for her safety now.""",
  "DE WW RD AC RM", "dt sw rm", "D")
t("""Strategy meeting minute (adult safeguarding). Person: Mr T, 49, Irish Traveller heritage, known to
services for alcohol dependency and a brain injury. Concern raised by the hospital after admission with
hypothermia. Mr T disclosed that for 'many years' he has lived in a caravan behind a yard belonging to a
family he works for, laying driveways and doing roofing. He says he is given tobacco, drink and meals
but no money, and that the family have 'his post' and collect his benefits. He said he was 'not
allowed' to go into town without one of the sons and that he was once beaten with a spade when he tried
to leave with another worker. He states he wants to return to the family because he has 'nowhere else'.
Actions: police to consider s1 MSA investigation; NRM referral discussed - Mr T declined, Duty to Notify
to be submitted.""",
  "AV WW RM PV AC", "nw rm et pl", "L")
t("""nom took ppt, pays him £30 p/w n keeps the rest, lives in the shop""", "RD WW AC", "dt sw", "L")
t("""IP free to leave, own phone, no debt. NFA.""")
t("""girls in the flat never come out""", "RM", "rm", "")
t("""Youth (15) found running county line to Torquay; says 'they own me till it's paid'.""",
  "AV DB", "", "C", "high")
t("""PCSO note: no signs of exploitation at the car wash today, workers chatting, all wearing boots.""")

# ---------------------------------------------------------------- build
def exp(codes, table, what):
    out = []
    for c in codes.split():
        full = table.get(c, c)
        if full not in table.values():
            sys.exit(f"unknown {what} code {c!r}")
        if full not in out:
            out.append(full)
    return out

def policy(ind, typ):
    if ("physical_sexual_violence" in ind or "sexual" in typ
            or ("intimidation_threats" in ind and "restriction_of_movement" in ind)
            or len(ind) >= 3):
        return "high"
    return "medium" if ind or typ else "low"

rows, bad = [], 0
for i, (text, ind, sig, typ, risk) in enumerate(T, 1):
    text = " ".join(text.split())
    I, S, X = exp(ind, IND, "indicator"), exp(sig, SIG, "sign"), exp(typ, TYP, "type")
    for a, b in PAIRS:
        if (IND[a] in I) != (SIG[b] in S):
            print(f"f3-{i:03d}: pair {a}/{b} mismatch", file=sys.stderr); bad += 1
    p = policy(I, X)
    if risk is None:
        risk = p
    elif risk == "high" and p != "high" and "abuse_of_vulnerability" not in I:
        print(f"f3-{i:03d}: high without policy reason", file=sys.stderr); bad += 1
    elif risk not in ("immediate", "high"):
        if risk != p:
            print(f"f3-{i:03d}: risk {risk} but policy {p}", file=sys.stderr); bad += 1
    rows.append({"id": f"f3-{i:03d}", "text": text, "indicators": I, "signs": S,
                 "exploitation": X, "risk": risk})
if bad:
    sys.exit(f"{bad} labelling problems")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh3.jsonl")
with open(out, "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} texts to {out}")
