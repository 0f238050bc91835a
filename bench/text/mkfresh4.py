#!/usr/bin/env python3
"""fresh4: hand-written records in the style of police and partner systems
(STORM logs, crime report MO fields, custody records, 3x5x2 intelligence,
case officer updates, MASH minutes, NRM narratives, GLAA/HMRC notes, Border
Force, NGO casework, housing/EHO visits, SAR summaries), about a fifth with
no exploitation. Running it writes fresh4.jsonl next to this script.

Entry: E(text, indicators, signs, types, risk=None, child=False)
indicator abbreviations: AV DE RM IS PV IT RD WW DB AC EO
sign abbreviations: ct ce dt et fa fp is lh mb nw oa pa pl pp rm sw sf uf
type letters: L S C D O
"""
import json, os, sys

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"ct": "charged_transport", "ce": "collected_early_dropped_late", "dt": "documents_taken",
       "et": "escorted_transport", "fa": "fear_of_authorities", "fp": "few_personal_effects",
       "is": "isolated", "lh": "long_hours", "mb": "multiple_bank_cards",
       "nw": "no_control_of_wages", "oa": "overcrowded_accommodation",
       "pa": "physical_appearance", "pl": "poor_living_conditions", "pp": "ppe_charges",
       "rm": "restricted_movement", "sw": "sleeps_at_workplace", "sf": "speaks_for_workers",
       "uf": "upfront_fees"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude",
       "O": "organ_harvesting"}
PAIRS = [("documents_taken", "retention_of_documents"),
         ("restricted_movement", "restriction_of_movement"),
         ("long_hours", "excessive_overtime"), ("isolated", "isolation")]

DATA = []


def E(text, ind="", sig="", typ="", risk=None, child=False):
    DATA.append(dict(text=" ".join(text.split()), ind=ind.split(), sig=sig.split(),
                     typ=list(typ.replace(" ", "")), risk=risk, child=child))

# ---------------------------------------------------------------- part 1
E("""STORM 0417 29/11 14:22 - CALLER (MOP) REPORTS 6-7 MALES WORKING AT HAND CAR WASH ON
A ROAD IN THE XX AREA WITH NO GLOVES OR BOOTS IN THE RAIN, SAYS THEY SLEEP IN THE PORTAKABIN
AT THE BACK. UNIT 2C2 ASSIGNED. UPDATE 15:10 - OFFICERS ATTENDED, 5 MALES ON SITE, MANAGER
(SUBJECT 1) ANSWERED ALL QUESTIONS ON THEIR BEHALF, WORKERS WOULD NOT MAKE EYE CONTACT.
INTEL SUB TO FOLLOW.""", "AC", "sw sf", "L")
E("""INTELLIGENCE REPORT. Grading 2/B/P. Source reports that a female, believed early 20s,
is being advertised on an adult services website and is working from a flat in the XX area.
Subject 1 (male, 30s) drives her to outcalls and collects all the cash at the end of each
night. The female is not allowed out of the flat unless subject 1 is with her. Source states
she told a friend she had come to the UK for a job as a hotel receptionist.""",
  "DE RM WW", "rm et nw", "S")
E("""CUSTODY RECORD. DP arrested on suspicion of PWITS class A at an address in the XX area.
DP is 15 yrs. On booking in DP had two handsets, GBP 340 cash and 14 wraps. Appropriate adult
requested. DP disclosed to AA that he 'owes the man' for a bag that was taken off him by
police and has to keep running until it is paid off. DP has been reported missing from home 3
times this month. Custody sgt made referral to MASH; NRM to be considered by OIC.""",
  "AV DB", "", "C", child=True)
E("""CRIME REPORT - Burglary dwelling. MO: Offender(s) gained entry by forcing rear kitchen
window with a flat-bladed instrument between 1300 and 1630 hrs whilst IP at work. Untidy search
of ground and first floor, jewellery box, laptop and GBP 200 cash removed. No witnesses. CSI
attended, glove marks only. H2H negative. Victim care letter sent.""")
E("""GLAA inspection note - licence holder supplying workers to a salad packhouse. 22 workers
interviewed. Payslips show GBP 65 p/w deducted for accommodation, GBP 15 p/w 'transport to
site' and a one-off GBP 30 for hi-vis and boots. Several workers said a recruiter in Bulgaria
charged them GBP 250 each to get the job. Housing visited: 9 workers in a 3-bed terrace,
mattresses in the living room. Shifts of 12 hrs, six days a week, reported by most. No
evidence of threats. Referred to licensing for further action.""",
  "AC EO", "ct pp uf oa lh", "L")
E("""HMRC NMW team visit - nail bar, town centre. Two workers on site, both described as
'family friends helping out', receiving 'pocket money' of GBP 100 per week for 60+ hours. No
payroll records. Owner (subject 1) keeps both workers' passports in the till drawer 'for safe
keeping'. Workers live in the room above the shop. Referred to force MSHT unit.""",
  "RD EO", "dt lh sw", "L")
E("""MASH strategy meeting - minutes. Present: DS (CID), SW (CSC), education, health. Child
(F, 14) living with 'aunt' and uncle at an address in the XX area; not related per Home Office
records. School report attendance of two days a week; child presents tired and says she does
the cooking, cleaning and care of three younger children before and after school. Child sleeps
on the kitchen floor. Uncle holds her passport. Child disclosed she was told she would be sent
back if she talked to teachers. Agreed: s47, joint visit, NRM by police FR.""",
  "AV RD IT AC", "dt pl fa", "D", child=True)
E("""Custody - DP (M, 34, Polish national) arrested for drink driving. Interpreter used.
Works as a forklift driver at a distribution centre via an agency. MS screening questions asked
per force policy: DP states lives with partner, free to come and go, holds own passport and bank
card, paid into own account weekly. No NRM indicators identified. Charged and bailed to
court.""")
E("""Border Force encounter - juxtaposed controls. Female (states 22) travelling with male
(subject 1) who did all the talking for her. Female had no luggage beyond a small handbag, no
phone and no money. When spoken to alone she said subject 1 had told her she would 'see
clients' in a massage flat in London and that he paid for the ticket, which she has to pay back
from what she earns there. She did not know the address. NRM referral made with consent.""",
  "DB", "sf fp", "S")
E("""SA casework note. Client (M, 52, UK national) referred via outreach while sleeping rough.
Client recounts being picked up outside a soup kitchen in 2021 by a family who offered work and
a caravan. Laid driveways 7 days a week from first light, given GBP 10 a day and tobacco, the
rest 'kept for his board'. Was punched by the son when he asked to leave and told they would
find him wherever he went. Caravan had no heating or running water. CG decision awaited.""",
  "AV EO WW PV IT RM AC", "lh nw rm pl", "L")
E("""EHO / housing visit - licensed HMO, 5 occupants, licence displayed and in date. All rooms
inspected: fire doors self-closing, alarms tested OK. Minor disrepair: dripping tap in shared
bathroom, loose handrail on stairs, mould to bedroom 3 window reveal. Schedule of works issued
to landlord, 28 days. Tenants spoken to, all hold own tenancy agreements and pay rent by
standing order. No concerns.""")
E("""FIU summary (SAR from bank). Account held by subject 1 receives multiple cash deposits of
GBP 40-200 at branches across the region, usually late at night, transferred out the same day to
accounts in Romania. Eleven debit cards in different women's names were used at one ATM within 20
minutes on 14 occasions. The account holders share two addresses; phone numbers on adult services
adverts are attributed to subject 1. Suspected controlling prostitution for gain; disseminated to
MSHT.""", "", "mb", "S")
E("""OIC update 12/03: both males recovered from the cannabis grow at the industrial unit have
been interviewed with a Vietnamese interpreter. Male 1 states he paid agents in Nghe An USD 18k
to reach the UK and the amount owed has gone up since. He was locked inside the unit by 'the boss'
who came every 3 days with food; slept on a mattress next to the lamps. Believes his family at
home will be hurt if he speaks to police. s45 to be considered by CPS.""",
  "DB RM AC IT", "rm sw", "C")
E("""Arrest record - adult male (41) detained by store security after concealing meat and
razors to the value of GBP 86. Admits the offence, states he sells on to fund heroin use. Lives
alone in a council flat; no one else involved and no indication he is being directed by anyone.
Charged; referred to drug intervention worker.""")
E("""NRM referral - narrative. PV (F, 38, Filipino national) came to the UK in 2019 with her
employer's family on an overseas domestic worker visa. On arrival the employer took her passport
and has not returned it. She worked from 6am until after midnight caring for the children and
cleaning, with no day off. Nothing was paid in the UK; the employer said her salary was being sent
home to her family but the family confirm they received nothing. She was not permitted out of the
house alone and had no phone. She left when the family were abroad.""",
  "RD EO WW DE RM IS", "dt lh nw rm is", "D")
E("""STORM 1188 02:14 - 999 CALL, FEMALE WHISPERING, POOR ENGLISH, STATES 'HE LOCK DOOR, HE
HIT ME, PLEASE COME'. LOCATION FROM AML: FLAT ABOVE TAKEAWAY, XX AREA. MALE SHOUTING IN
BACKGROUND, LINE DISCONNECTED. GRADE 1, 3 UNITS DISPATCHED, CALLBACK NO ANSWER.""",
  "RM PV", "rm", "", risk="immediate")
E("""CRIME REPORT - MSA 2015 s1. MO: Suspects recruited 4 IPs (Lithuanian) via a social media
advert offering GBP 12/hr construction work with accommodation. On arrival IPs' ID cards were taken
'for registration' and they were told they each owed GBP 1,500 for travel and lodging. Worked on
sites 10-12 hrs daily; wages paid into accounts opened by the suspects, bank cards kept by the
suspects. Housed 8 to a room in a derelict house. IPs who complained were slapped.""",
  "DE RD DB EO WW AC PV", "dt lh nw mb oa pl", "L")
E("""GLAA compliance inspection - labour provider, poultry sector. 15 worker files sampled:
right to work checks present, contracts in workers' languages, pay at or above NMW confirmed
against payroll, holiday pay accrued. No accommodation provided. Workers interviewed without
managers present; all travel independently and hold their own documents. No breaches of the
licensing standards identified. Licence retained without conditions.""")
E("""INT 3/C/P. Information suggests that a male with learning difficulties living at an
address in the XX area has had his flat taken over by a Merseyside-based line. Two youths,
believed 16-17, stay there and deal crack and heroin from the flat. The male has been seen with
a black eye and has told a neighbour he is 'not allowed in his own front room' now.""",
  "AV", "pa", "C", child=True)
E("""INT 2/B/P. Subject 1 believed to be supplying cannabis from his home address in the XX
area, buying in ounce quantities from a contact in the city. Works alone; no evidence of use of
young people or vulnerable adults. Recommend for neighbourhood team tasking.""")
E("""Case officer update - Op KESTREL. Victim 3 (F, 19, Albanian) ABE completed. States she
met subject 2 online and believed they were in a relationship; he brought her to the UK promising
marriage. Within a week he told her she had to 'work' to pay for the flat and she was made to see
men at addresses in three towns. Subject 2 took every payment and gave her nothing. When she
refused she was beaten with a belt. He took her phone so she could not contact her mother.""",
  "DE WW PV IS", "nw is", "S")
E("""STRATEGY MEETING (ADULT) - minutes. Subject of concern: AB (F, 61, UK national, mild LD).
Son's friend (subject 1) moved into AB's flat six months ago. Since then her PIP and pension are
withdrawn by subject 1 on the day they are paid; AB has a bank card 'but he keeps it'. Neighbours
report AB is seen shoplifting food daily and handing the bags to subject 1 outside. AB has lost
weight visibly. Actions: ASC s42 enquiry, police to consider MSA offences and theft.""",
  "AV", "nw pa", "C")
E("""GLAA / Police joint visit - recycling plant. 14 workers on the picking line. Three
workers (Romanian) stated they were recruited in their home village, transport to the UK arranged
by a man who now takes GBP 50 from each of them every Friday for 'the van'. They are driven to the
site at 0500 and collected at 2000. No one has had a day off in five weeks. Line manager states the
men are supplied by an agency; agency not licensed.""",
  "EO", "ct ce lh", "L")
E("""INTELLIGENCE REPORT. 2/C/P. Source states that a female believed to be in her teens works
long hours in a family-run takeaway in the XX area, is never seen outside the premises, and sleeps
in a storeroom at the back. Source believes she does not attend school. No further detail.""",
  "AV EO RM AC", "lh rm sw", "L", child=True)
E("""STORM 0702 - ANON CALLER: 'THERE'S A WOMAN CHAINED UP IN THE GARDEN SHED AT NO. 14 RIGHT NOW'.
UNITS GRADE 1.""",
  "RM", "rm", "", risk="immediate")
E("""SAR summary - Bank reports customer (M, 23) whose account has received GBP 6,400 from 17
unconnected third parties in 10 days and has been emptied by transfers to a crypto exchange. When
branch staff queried it, the customer was accompanied by an older male who answered for him and
who held the customer's card and phone. Customer appeared frightened and said 'I have to do what
he says, I owe them'. Possible money mule, possible coercion.""",
  "DB", "sf nw", "C")
E("""Salvation Army - first contact note. Adult male (Polish, 44) self-referred at a drop-in.
States he came to the UK for farm work after answering a newspaper advert at home. Job was as
described and he is paid weekly into his own account, but the caravan on site was cold and the
farmer has now let him go. He wants help with housing and a benefits claim. Screened for MS
indicators: states never threatened, kept his ID card, free to leave. Signposted to housing
options; no NRM referral.""")
E("""STORM 2219 - 101 CALL FROM SECURITY AT MOTORWAY SERVICES. LORRY DRIVER HEARD BANGING IN
TRAILER ON ARRIVAL. 4 MALES FOUND IN LOAD OF TYRES, DEHYDRATED, ONE STATES THEY PAID A MAN IN
FRANCE AND ARE TO WORK ON ARRIVAL FOR 'CAR WASH MAN' UNTIL MONEY PAID BACK. AMBULANCE REQUESTED,
IE NOTIFIED.""", "DB", "pa", "L")
E("""Custody - DP (F, 17) arrested for theft (shoplifting) from a department store as part of a
group of four. DP states she was driven to the shopping centre by an adult male who gave the girls
a list of items and would 'sort them out' if they came back empty-handed. DP says she gets nothing
from the goods. AA present. Referral to CSC and NRM submitted by custody sgt.""",
  "AV IT", "et", "C", child=True)
E("""Licensing enforcement visit - massage parlour, premises licence held. Four female staff
spoken to individually with interpreter. Each stated they rent a room at the premises by the day,
set their own hours and keep what they earn. All produced their own passports and bank cards. No
indication of third-party control. Advice given re: fire exits.""")
E("""NRM referral narrative. PV (M, 31, Eritrean) was recruited in Libya by a man who promised
paid work in a restaurant in England. In the UK he was kept in a house with 10 other men and taken
each day to a sandwich factory where he worked 14-hour shifts. His wages were paid to a card that
the man kept. He was told that if he went to police he would be deported and his brother in Libya
would pay. He escaped after 7 months. He has scars on his forearms from being cut with a knife.""",
  "DE EO WW IT PV AC", "oa lh nw fa pa", "L")
E("""Neighbourhood officer note - visit to an address in the XX area after report of 'lots of
men coming and going'. Occupier (M, 29) explained he runs a small removal business, three employees
who live elsewhere collect the van there each morning. Employees' details taken, all local and on
payroll. Nothing of concern, report closed.""")
E("""INT 1/A/P. Subject 1 runs a group of young Roma women who beg outside supermarkets in the
city centre. Subject 1 drops them off at 0700 and collects them at 1900. Each woman must hand over
all the coins at the end of the day and is hit if the amount is less than GBP 50. Subject 1 holds
their ID cards.""",
  "WW PV RD", "ce nw dt", "C")
E("""Housing officer visit - tenancy audit. Flat let to Mr X (sole tenant). On attendance 7
adult males present, mattresses in every room including kitchen, one shower not working, no
hot water. Males stated they work at a car wash owned by the tenant's cousin and pay GBP 40 a week
each 'to the boss' who takes it from their wages. Males appeared anxious; one asked officer not
to tell anyone he had spoken. Referred to police and EHO.""",
  "AC WW", "oa pl nw fa", "L")
E("""A&E safeguarding referral (police copy). Patient (F, approx 25, Chinese national) brought in
by a male with a laceration to the scalp. Male insisted on staying, answered all questions and
gave a different name for the patient each time. Patient had no ID and no phone. When male left
to move car, patient wrote on a tissue 'help, he will not let me go, he make me sex with men'.""",
  "RM PV", "rm sf fp", "S")
E("""Crime report MO field: Suspects (x2) have approached IP outside the job centre and offered
him cash work on a building site. IP taken in suspect vehicle to a farm in the XX area where he was
made to clear land for 3 days, sleeping in a barn. No money was paid. On the 3rd day IP asked for
his money and was told to 'walk home or get a kicking'. IP walked 11 miles home.""",
  "AV DE WW IT AC", "et sw", "L")
E("""MASH screening record. Referral from school: Y10 pupil (M, 15) has new trainers, two
phones and cash, missing overnight twice in a fortnight, found by BTP at a station 80 miles away.
Pupil has a cut to his hand he will not explain. Police intelligence links the phone number found
on him to the 'JAY' county line. Outcome: CSE/CCE strategy meeting convened, NRM referral.""",
  "AV", "pa", "C", child=True)
E("""HMRC NMW investigation summary. Employer (care agency) found to have underpaid 38 care
workers a total of GBP 21,400 by not paying travel time between visits. Arrears repaid in full,
penalty issued. Workers' contracts, pay and documents otherwise in order; no indicators of forced
labour noted. Case closed.""")
E("""Intel - Sanitised. A female (late teens, Vietnamese) is working in a nail bar in the XX
area from 0900 to 2100 seven days a week. She lives with the owner, is not given any money, and
is escorted between the flat and the shop by the owner's husband. She does not speak English and
is not allowed to talk to customers beyond the work.""",
  "AV EO WW RM IS", "lh nw et rm is", "L", child=True)
E("""Case officer update 04/07. Victim (F, 45, UK national, alcohol dependent) has provided a
further statement. States suspect gave her somewhere to stay and drink in return for 'doing the
house': cooking, cleaning and caring for his mother, all day every day. She was never paid and when
she said she wanted to go to her sister's, he said she owed him for the rent and the drink and
couldn't leave till it was paid. He pushed her down the stairs in March.""",
  "AV WW DB PV EO", "lh", "D")
E("""Domestic burglary follow-up - IP (F, 80) reported rogue traders who had quoted GBP 400 for
gutter repairs then demanded GBP 4,000 and walked her to the bank. Suspects (2 males) identified
from bank CCTV. Fraud by false representation. No indication the workers themselves were under
anyone's control.""")
E("""NRM referral narrative (LA first responder). Young person (M, age disputed, claims 16,
Afghan). Arrived by lorry. Was made to work at a car wash in exchange for food and a place to
sleep on the floor of the office. Owner told him that if he left, the police would put him in
prison because he has no papers. He worked 8am to 8pm daily.""",
  "AV IT AC EO WW", "sw lh fa", "L", child=True)
E("""INT 2/B/C (not to be disseminated outside MSHT without OIC approval). Subject 1 and
subject 2 (brothers) operate two pop-up brothels, rotating Thai and Brazilian females between
short-let flats every 3-4 days. Females are met at the airport by subject 2, their passports
taken 'to book hotels' and not returned. Each female is told she owes GBP 20,000 for the flights
and visa.""", "RD DB", "dt", "S")
E("""GLAA inspection. Shellfish processing unit. 30 workers present; all on payroll, rates at
NLW, time records match pay. Accommodation not provided. One worker raised an issue over late
holiday pay, resolved with HR on the day. No labour exploitation indicators found. Advice given on
written statement of particulars.""")
E("""STORM 0932 - CALLER IS A DELIVERY DRIVER, STATES AT AN ADDRESS IN THE XX AREA A MALE
(EARLY 20S) CAME TO THE WINDOW, POINTED AT A PADLOCK ON THE OUTSIDE OF THE DOOR AND MOUTHED 'HELP'.
CALLER SAW SEVERAL MATTRESSES INSIDE. CALLER STILL AT SCENE. UNITS EN ROUTE, GRADE 1.""",
  "RM", "rm oa", "", risk="immediate")
E("""Custody record - DP (M, 24, Vietnamese) arrested at a cannabis factory in a residential
house. DP found in the loft room, which had a mattress and bucket; doors to the rest of the house
nailed shut from outside. Says in the 5 months he has been there he has not once been out. Food
brought by 'Uncle'. Has no ID - says it was taken in France. NRM referral accepted by DP.""",
  "RM AC RD IS", "rm pl dt is", "C")
E("""SA casework note - review. Client (F, 27, Nigerian) remains in safe house. Client reports
continuing nightmares following juju oath taken before travel, in which she swore to repay her
'madam' EUR 35,000 and never to speak to police. She states the madam has recently contacted her
mother in Benin City saying the debt is still owed and that the client's sister will 'take her
place'. Police informed via SPOC.""",
  "DB IT", "", "S")
E("""Environmental health - complaint re: accommodation above a restaurant. Rooms inspected:
4 single rooms occupied by kitchen staff, all with windows, heating working. Staff stated rent is
deducted from wages at GBP 60 p/w as per their contracts, which were produced. Staff free to come
and go, own keys. Advice on fire separation. No exploitation concerns.""")
E("""Intelligence submission, 3/C/P. A male known as 'Costel' is reported to be collecting
Romanian men from a bus station every Monday, taking GBP 200 from each for 'finding the job', and
placing them with a gangmaster at a vegetable farm. The men are told they cannot leave the farm
until their 'fee' and rent are worked off.""",
  "DB RM", "uf rm", "L")
E("""Case officer update - Op MARLIN. Suspect interviewed, no comment. Phone download shows
messages to the victim: 'you are nothing without me', 'your family will see the videos', 'I know
where your daughter lives'. Victim (F, 34) was made to do web-cam shows for 8 hours every night.
All income went into suspect's PayPal.""",
  "IT EO WW", "lh nw", "S")
E("""Border Force - Heathrow T4 arrivals. Male (M, 30, Indian) arrived on a skilled worker visa
sponsored by a care home. Stated he paid a recruitment agent in Kerala INR 8 lakh (approx GBP
8,000) for the certificate of sponsorship, borrowed from a money lender at home. He had been told
the salary would be GBP 26,000 but was shown a contract for 16 hours a week. Referred to UKVI
sponsor compliance; PV given MS helpline details.""",
  "DE", "uf", "L")
E("""Custody - DP (M, 19) arrested for possession with intent (crack cocaine) at a flat in the
XX area. DP lives in the area with his mother and states he sells for himself to pay off his own
car finance. Screening: denies anyone is making him do it, denies owing anyone, not threatened.
No NRM indicators. Charged and remanded.""")
E("""MASH minutes - Child (M, 13) found by BTP on a train with GBP 600 and 30 wraps concealed
internally. Child has been missing 4 days. Older males seen by family collecting him in a car.
Child disclosed that 'they said they'd shank my mum if I talk'. Plan: police protection, strategy
meeting, NRM.""",
  "AV IT", "", "C", child=True)
E("""GLAA intelligence log. Gangmaster (unlicensed) supplying 40+ workers to daffodil picking.
Workers pay GBP 10 per day for the minibus and GBP 25 for the picking knife and gloves. Minibus
leaves the caravan park at 0430 and returns after 2100. Supervisor keeps a notebook of who owes
what and workers say they have not had a wage since arrival because 'the book is not paid'.""",
  "EO DB WW", "ct pp ce lh nw", "L")
E("""Domestic abuse incident log (DASH completed, medium). Female IP reports verbal argument
with husband over finances; no assault. IP has own employment and bank account, holds own
passport. Husband left address at police request. No children present. Safeguarding advice
given.""")
E("""NRM narrative. PV (F, 23, Romanian) was introduced by her cousin to a man in the UK who
offered a cleaning job. At the airport he took her ID card and drove her to a flat where two other
women lived. She was told she had to sell sex to repay GBP 3,000 for the journey. She was raped by
him on the first night. She saw 10-15 men a day and handed him everything.""",
  "DE RD DB PV WW", "dt nw", "S")
E("""STORM 1604 - SHOP STAFF AT CONVENIENCE STORE REPORT A GIRL (APPROX 12-13) HAS COME IN
CRYING AND SAYS A MAN IN A GREY AUDI OUTSIDE IS MAKING HER DELIVER PARCELS AND HAS HIT HER. VEHICLE
STILL OUTSIDE. GIRL IN STAFF ROOM. UNITS DISPATCHED IMMEDIATE.""",
  "AV PV", "", "C", risk="immediate", child=True)
E("""Probation note (shared with police). Person on probation (M, 36) discloses that a man he
met in prison has arranged work for him at a scrapyard and he is living in a caravan on the
yard. He is paid GBP 150 cash a week for 70 hours and says he 'can't say no' because the man
knows about his debts inside. No specific threats described. PP advised of rights; will
monitor.""",
  "EO", "lh sw", "L")
E("""Crime report - Section 47 assault (ABH). MO: Two males fought outside a pub at closing,
suspect punched IP once causing a broken nose. Suspect arrested, admits in interview, states IP
had insulted his girlfriend. Both local, known to each other. CPS charge.""")
E("""Intelligence report 2/B/P. A domestic worker (female, Indonesian, 40s) employed by a
diplomatic household in the XX area has been seen by a neighbour washing the family's cars at
0530 and hanging washing at 2300. The neighbour reports she has no phone, is never seen alone and
once said 'madam keeps my passport, I cannot go anywhere'.""",
  "EO IS RD RM", "lh is dt rm", "D")
E("""SAR summary. Customer (F, 20s) opened an account at branch with a male who held her
passport throughout and filled in the forms. Within days of opening the card was used by the male
at ATMs; the customer's salary from a hotel cleaning agency is withdrawn in full each payday. The
same male has opened accounts for 6 other females at different branches. Possible labour
exploitation.""",
  "WW", "nw sf", "L")
E("""CASE FILE MG3 EXTRACT. Suspect A controlled 5 Slovak males working at a warehouse via an
agency. Each male signed a bank form in English he could not read; suspect A then held all five
cards and PINs. Males received GBP 20-30 per week 'for food' from wages of approx GBP 380 per week.
Males lived in one room of suspect A's house. Suspect A told them that anyone who talked to the
agency would be 'sent home in a box'.""",
  "WW AC IT", "mb nw oa", "L")
E("""Domestic burglary - IP (M, 66) returned home to find front door insecure, TV and car keys
missing, vehicle taken from drive. ANPR hit 40 mins later on the motorway. Vehicle recovered
burnt out. Forensic opportunities limited. Crime screened out pending new information.""")
E("""Women's aid referral (police copy). Client (F, 29, Pakistani national, spousal visa) states
since arrival 2 years ago she has been made to do all housework for her husband's extended family
of nine, from 5am until the family goes to bed. She is not allowed out without her mother-in-law
and her passport and BRP are kept by her father-in-law. She is told that if she complains she will
be divorced and deported and 'no one will believe you'. She was slapped by her husband for
phoning her sister.""",
  "AV EO RM RD IT PV IS", "lh rm dt fa is", "D")
E("""INT 3/C/P - unverified. Caller to Crimestoppers says a man has 'slaves' on his farm in the
XX area. No other details were given; local officers visited and spoke to the 3 workers who are
the farmer's adult sons. Assessment: no evidence to support the information; intel retained per
MoPI.""")
E("""GLAA/police Op VELVET note. Bakery distribution depot, night shift. Workers (Hungarian)
state they are collected from a shared house at 2000 and dropped back after 0900, five to a car.
Gangmaster deducts GBP 8 a shift for the lift. Workers paid in cash by gangmaster; they do not
know their hourly rate and have never had a payslip. One worker has a swollen wrist he says
happened on the line; he was told he would lose the job if he went to hospital.""",
  "IT EO", "ce ct nw pa lh", "L")
E("""NRM referral - narrative box. Potential victim (M, 17, Albanian) was approached in Tirana
and offered 'work in London' by a man known as 'Landi'. Travelled by small boat. On arrival was
taken to a house in the XX area and told he owed GBP 25,000 and would work as a gardener at a
cannabis grow until it was paid. Was kept inside the house, given a phone that only called Landi,
and told his family's home address in Albania would be 'visited' if he ran.""",
  "AV DE DB RM IS IT", "rm is", "C", child=True)
E("""Environmental health visit - food premises inspection, Indian restaurant. Hygiene rating 4.
Staff accommodation upstairs not part of inspection; manager states staff live locally. Staff
spoken to in passing appeared relaxed. Minor issues: fridge temperature log incomplete. No further
action.""")
E("""STORM 1723 - CALLER (WORKS AT A HOTEL) REPORTS MALE ARRIVED WITH THREE YOUNG FEMALES, BOOKED
3 ROOMS FOR 'A WEEK' PAYING CASH, STEADY FLOW OF MEN TO THE ROOMS SINCE, MALE SITS IN RECEPTION
WATCHING THE LIFT. ONE FEMALE ASKED CLEANER FOR A PHONE AND WAS TAKEN BACK INTO ROOM BY MALE.
UNITS TASKED, OPERATION ATHENA HOTEL WATCH AWARE.""",
  "RM", "rm", "S")
E("""Crime report MO (MSA s2). Suspect arranged travel for IP (F, 32, Latvian) from Riga on the
promise of a job in a fish factory. IP was instead placed as a 'wife' with a suspect's associate
in a sham marriage to gain residency for him; IP was kept in his flat and made to cook and clean
for him and his brothers. Suspect took her ID card before the wedding.""",
  "DE RM RD", "rm dt", "D")
E("""Case conference minutes - adult safeguarding. Mr C (58, alcohol dependent, homeless until
2023) found living in a shed at a house in the XX area where he does gardening and building work
for the occupants. Mr C says he is happy there, gets meals and GBP 50 a week and chooses to stay;
he has his own bank account and visits his brother monthly. Capacity assessed as present. Agreed
no MS offences disclosed; ASC to support with housing application.""")
E("""Intel 2/B/P. Subject 1 uses Snapchat to recruit girls aged 14-16 from two children's homes
in the XX area, giving them vapes and cannabis then demanding they 'pay back' by having sex with
his friends. One girl has said she was held down at a party.""",
  "AV DB PV", "", "S", child=True)
E("""GLAA licence inspection - cockle gang on the estuary. Gang supervisor speaks for all 12
workers. Workers sleep in two vans at the slipway. Work is tidal and runs day and night when the
tide allows; workers describe 18-hour stretches. No safety equipment seen other than waders for
which workers said they paid GBP 60 each.""",
  "AC EO", "sf sw lh pp", "L")
E("""Custody record - DP (M, 26, Albanian) arrested at a grow house, four rooms of plants.
DP states he is the gardener and is paid GBP 1,000 a month, comes and goes as he pleases, and has
his own passport at a flat elsewhere. DP declined NRM and stated he was not forced. Interviewed
and charged with production.""")
E("""Casework note - Unseen. Client (F, 50s, Sri Lankan) was brought to the UK by the family who
employed her in Dubai. She has worked for the family for 11 years; in the UK she was paid GBP 50 a
month, sent to her son. She sleeps on a mat in the children's room and eats what is left after
meals. She was told her visa meant she could not work for anyone else and would be arrested if she
left.""",
  "AC IT", "pl fa", "D")
E("""Border Force - freight, Dover. Three Vietnamese nationals found in the cab sleeper of an
HGV. Two stated they were going to 'nail jobs'. One female (claims 18, age assessment requested)
had a phone with only one number saved under 'Chu' and a note of an address in the XX area. She
said she owed 'Chu' for the journey and had to work in the shop to pay. Referred to LA and NRM.""",
  "AV DB", "", "L", child=True)
E("""MASH - outcome of joint visit. Reported concern that a 15-year-old Romanian boy was
working on a market stall during school hours. Visit found the boy is the stallholder's son,
helping on inset day; attendance at school 97%. No concerns regarding exploitation; case
closed with advice.""")
E("""INTELLIGENCE. 2/A/P. Subject 1 (owner of three car washes) pays his workers GBP 30 per day
but 'fines' them GBP 10 for every complaint from customers and GBP 20 if they are late. Workers live
in a flat above one site, twelve men sharing three bunk beds on rotation. Subject 1 collects their
passports when they start 'for the insurance'. Workers speak no English and have no contact with
anyone except subject 1's nephew, who drives them to and from the sites.""",
  "WW AC RD IS", "oa dt is et", "L")
E("""Crime report - shoplifting (adult, lone offender). Female (38) detained by security at a
chemist for theft of cosmetics (GBP 62). Admits. States she planned to sell the items on social
media to pay her gas bill. No indication of being directed. Community resolution.""")
E("""SA casework - initial needs assessment. Client (M, 34, Sudanese) states that in the UK he
worked at a hand car wash where he was hit by the owner when a car was not cleaned properly. Work
was from 7am to 9pm. He was paid GBP 20 a day. He slept on the floor of the office with three
others. He does not have his passport; owner 'took it to keep safe' and would not return it.""",
  "PV EO AC RD", "lh sw oa dt", "L")
E("""STORM 0311 - PARAMEDICS ON SCENE AT A HOUSE IN THE XX AREA FOR MALE WITH BURNS TO HANDS.
PATIENT SAYS IT HAPPENED AT WORK 'IN THE FACTORY', WILL NOT SAY WHERE. FOUR OTHER MALES AT ADDRESS,
ALL SLEEPING IN ONE ROOM, ONE MALE DOING ALL THE TALKING AND INSISTING PATIENT GOES BACK TO WORK
TOMORROW. CREW REQUEST POLICE. UNIT ATTENDED, INTEL SUBMITTED.""",
  "AC", "pa oa sf", "L")
E("""NRM referral narrative. PV (M, 41, Moldovan) states a man in Chisinau arranged for him to
travel to the UK to 'sell a kidney for EUR 15,000'. On arrival in the UK he was kept in a flat in
the XX area, had blood tests at a private clinic and was told the operation would happen abroad. He
was told that if he changed his mind he would still owe for the tests and flights. He was never
paid. He fled before travel.""",
  "DB RM", "rm", "O")
E("""Custody - DP (F, 16) arrested for possession of cannabis (small amount) in a park with
friends. DP lives at home with parents, attends college. Screening for exploitation completed
with AA: no concerns identified, no unexplained money or phones, not missing. Youth caution,
parents informed.""")
E("""INT 2/B/P. Source reports a female (Slovak, 30s) is being used as a 'wife' by subject 1 at
an address in the XX area. She does all the housework for subject 1 and his four adult sons and is
locked in when they go out. She is believed to have been bought from a man in Kosice for GBP
2,000. Neighbours have heard her screaming on several occasions.""",
  "RM", "rm", "D")
E("""Case officer update - Op ROWAN. The three victims from the car wash have now received
positive RG decisions. Victim 1 confirmed the suspect took GBP 400 'arrangement fee' before they
left Romania. Victims were each given GBP 5 a day; the remainder of their pay was kept by the
suspect who said he was 'saving it for them'. Victim 2 states he was told the police here are
corrupt and would hand them straight back to the suspect.""",
  "WW DE", "uf nw fa", "L")
E("""Licensing / GLAA joint check - hand car wash (site 2 of 3). Five workers, all with
biometric residence permits on their persons, payslips for the last month, bank cards in own
names. Rates at NLW. Workers confirmed they rent privately, travel by bus, and that the manager
does not hold their documents. PPE supplied free. Compliant; no indicators.""")
E("""MASH minutes - Child (F, 16, looked after) missing 7 times since September, returning
with new clothes, nails done and large sums of cash. Seen getting into different cars with older
men at the petrol station near her placement. Child disclosed to keyworker that 'Dee' tells her how
many men she has to see and keeps the money 'for her rent'. Injuries to inner thighs noted by
GP.""",
  "AV WW", "nw pa", "S", child=True)
E("""Crime report MO - Rape (s1 SOA 2003) linked to MSHT operation. Suspect forced IP (F, 22,
Hungarian), who had been brought to the UK by the suspect's partner to 'work in a bar', to have
sex with him at the flat before 'work' began, telling her this was how she would pay her travel
debt. IP later sold sex on escort sites under suspect's control.""",
  "PV DE DB", "", "S")
E("""Immigration Enforcement encounter report (shared). Visit to a garment workshop in the XX
area. 11 workers found sewing, four without right to work. Workers stated they are paid per piece,
approx GBP 2.50 an hour, work 9am-9pm Monday to Saturday. Two workers sleep on cutting tables
overnight. Fire exit padlocked. Employer arrested for illegal working offences; MS indicators
referred to police.""",
  "EO AC", "lh sw", "L")
E("""STORM 1507 - 999 FROM NEIGHBOUR, CAN HEAR A WOMAN SCREAMING AND A MAN SHOUTING IN A
FOREIGN LANGUAGE NEXT DOOR, THUDS AGAINST WALL, ONGOING NOW. KNOWN LOCATION: PROPERTY LINKED TO
PREVIOUS BROTHEL WARRANT. UNITS DISPATCHED.""",
  "PV", "", "", risk="immediate")
E("""SA casework - exit interview. Client (M, 29, Polish) leaving support having found work and a
tenancy. Reviewed original account: recruited via Facebook to a bed factory, passport 'taken for
processing' by the recruiter, shared a 2-bed house with 14 others, wages paid into an account he
could not access. Client states he now holds his passport (returned via police) and manages his
own money.""",
  "RD AC WW", "dt oa nw", "L")
E("""Intelligence log. Sanitised. A male (50s, Indian) working in a temple kitchen in the XX area
is said to have been brought over for a religious festival and never left. He sleeps in the kitchen
storeroom, works every day, is not paid, and the committee hold his passport. He has no family in
the UK and speaks only Punjabi.""",
  "AC WW RD IS", "sw dt is", "L")
E("""INT 3/C/P. Subject 1 takes the wages of the Slovak men who live in his loft.""",
  "WW", "nw", "L")
E("""Strategy meeting - adult at risk. Ms D (34, learning disability) has a new 'boyfriend' who
moved in and now invites men to the flat who pay him to have sex with Ms D. Ms D told her support
worker she 'doesn't like it but he gets cross'. Her benefits are paid into his account since last
month.""",
  "AV WW", "nw", "S")
E("""HMRC NMW compliance visit - hand car wash. Owner claims the 4 workers are 'self-employed'
and pay him GBP 20 a day to use the pitch. Workers keep tips only. Workers arrive by owner's van at
0700 and leave at 1900. No PPE, chemicals handled bare-handed. Workers would not give names; owner
spoke for them throughout.""",
  "WW AC EO", "ce et lh sf", "L")
E("""NRM narrative (first responder: police). Potential victim (F, 15, UK national) was groomed
online by an adult who persuaded her to leave home to live with him. She was moved between hotels
and made to have sex with men for money he received. She was given alcohol and cocaine and told
that if she went home he would post images of her online. Her phone was taken.""",
  "AV PV IT WW IS", "nw is", "S", child=True)
E("""Housing options - homelessness assessment. Applicant (M, 42, Latvian) evicted by private
landlord after rent arrears following job loss. Applicant holds ID card, has bank account, last
employer a warehouse (P45 produced). Screened for MS: no indicators - never had documents taken,
no debts to employers, not threatened. Placed in temporary accommodation.""")
E("""INT 3/C/P. Subject 1 (female, 40s) places Nigerian women as live-in 'nannies' with families
in the XX area. Source believes the women are charged GBP 3,000 each for placement, paid back from
their wages, which the families pay to subject 1 directly. Women work 7 days.""",
  "DB WW EO", "uf nw lh", "D")
E("""Custody record - DP (M, 14) arrested in a trap house during warrant at an address in the XX
area. DP had GBP 1,200 and 2 phones. DP says he was taken there by older boys a week ago and hasn't
been allowed home; he had to sleep on the sofa and 'serve' whoever came to the door. DP's mum had
reported him missing. AA called; NRM and CSC referral.""",
  "AV RM", "rm", "C", child=True)
E("""GLAA inspection - flower farm. All 60 seasonal workers on Seasonal Worker visas via an
approved scheme operator. Accommodation in static caravans: 4 per caravan, clean, heated.
Workers have own passports, contracts and bank accounts; hours logged at 39-45 per week. Two workers
complained about food prices at the site shop; referred to scheme operator. No labour abuse
identified.""")
E("""Case officer update 19/01. Enquiries with the employer (poultry factory) confirm that the
victims' pay was sent to 9 accounts all registered to the same address, which is the suspect's.
Victims had been told that their wages would be GBP 450 a week; what they actually got in hand was
GBP 50. Suspect also charged each GBP 120 a month for a bed in a room shared with five others.""",
  "WW DE AC", "nw mb oa", "L")
E("""STORM 2040 - CALLER IS A TAXI DRIVER. DROPPED A YOUNG GIRL (LOOKS 14) AND A MALE (40S) AT A
HOTEL, GIRL WAS CRYING AND MALE HELD HER ARM TIGHTLY, SAID SHE WAS HIS 'NIECE'. CALLER CONCERNED.
UNITS ATTENDING, HOTEL CONTACTED, ROOM NUMBER OBTAINED.""",
  "AV", "", "", risk="immediate", child=True)
E("""Local authority children's services - chronology entry. Girl (12, Nigerian national) living
with 'family friend' since age 9. Does not attend school. Health visitor observed she does all the
cleaning and nappy changing for the friend's three babies and sleeps in the bathroom. Child has
keloid scarring on arms she says is from 'being disciplined with a hot spoon'. Police strategy
discussion held.""",
  "AV AC PV", "pl pa", "D", child=True)
E("""GLAA - unlicensed activity investigation, summary. Suspect supplied 120 workers to three
food factories over 2 years. Workers recruited in Lithuania paying EUR 300 placement fee; on
arrival told of a further GBP 500 'registration' debt taken from wages at GBP 50 a week with
interest that meant most never cleared it. Workers transported daily in overcrowded minibuses and
charged GBP 6 per day. Bank cards for 34 workers found at the suspect's home.""",
  "DB DE WW", "uf ct mb nw", "L")
E("""Crime report - criminal damage. Car wash worker (M, 30s, Albanian) smashed the office window
of the car wash and then asked staff to call police. To officers he said the owner has had his
passport for a year, owes him four months' pay and laughs at him when he asks. Arrested, later
de-arrested; NRM referral made with consent.""",
  "RD WW", "dt", "L")
E("""Intel 2/C/P. A young female (believed Chinese, 20s) is taken daily from a flat in the XX
area to a massage shop, where she has to give clients 'extras', by a male in a silver Toyota. She is only ever seen with the male; source says
she has told a customer that she cannot go home until she has paid 'big money' to the boss and that
the boss will 'hurt her mother' if she stops.""",
  "DB IT", "et", "S")
E("""SA casework note. Client (F, 24, Albanian) disclosed during keywork that her ex-partner, who
she met in Albania, brought her to the UK and forced her to have sex with his friends. She was kept
in a flat with no key and her passport was torn up in front of her. She is pregnant. Client does not
want police involvement at present; DtN submitted anonymously.""",
  "PV RM RD", "rm dt", "S")
E("""Custody - DP (M, 48, UK national) arrested on warrant for non-payment of fines. DP works as
a self-employed builder. MS screening negative: has own bank card, lives with wife, no one holds his
documents, paid directly by clients. Bailed to court.""")
E("""INT 1/B/P. Subject 1 and subject 2 run a begging group of disabled Romanian men, placed on
high streets in three towns. The men are dropped at 0800 and collected after dark, and hand over all
money collected. One man with no legs is carried to his pitch. Subject 2 has been seen striking one
of the men who had 'not enough'.""",
  "AV WW PV", "ce nw", "C")
E("""MASH - strategy meeting minutes. Two brothers (M, 16 and 17, Vietnamese) referred by school
after attending with burns and cuts. They live with a 'cousin' who runs a nail salon and they work
in the salon after school until 10pm and all weekend. They say they must work to repay their
travel. Cousin does not allow them to stay at friends' houses.""",
  "AV EO DB RM", "pa lh rm", "L", child=True)
E("""Environmental health complaint. Report of overcrowding at a house in the XX area. Visit: 3
bedroom house, 5 occupants (a family of parents and three children). Damp in rear bedroom, landlord
written to. Occupants not employed via landlord. No overcrowding under statutory standard; no
exploitation concerns.""")
E("""Custody record - DP (F, 19, Vietnamese) arrested in nail bar raid for immigration offences.
DP states she owes GBP 28,000 to the people who brought her, pays them from her wage every week,
and the owner keeps her passport in the safe. DP works 10am-8pm, 6 days. DP very fearful of police,
asking if she will go to prison. NRM accepted.""",
  "DB RD EO", "dt lh fa", "L")
E("""NRM narrative (NGO FR). PV (M, 35, Ghanaian) was approached at church in Accra by a man
offering a football trial in England. PV paid USD 2,000. In the UK there was no trial; PV was put to
work at a market stall and in the man's house, unpaid, for two years. He had to ask permission to
leave the house and was told he would be 'finished' if he went to the authorities.""",
  "DE WW RM IT", "uf rm fa", "L")
E("""STORM 0622 - CALLER REPORTS MINIBUS DROPPING 15+ PEOPLE AT FIELD GATE EACH MORNING AT 0500,
SOME LOOK 'UNWELL AND THIN', COLLECTED AGAIN AT 2100. CALLER LIVES OPPOSITE. NO OFFENCES DISCLOSED,
CALLER ADVISED, INTEL SUBMITTED FOR GLAA.""",
  "EO", "ce lh pa", "L")
E("""Safeguarding adults review extract. Mr E (61) had lived in a caravan on a traveller site for
20 years, working for the site owner's family. It was found that he had not been paid during that
time, his benefits had been claimed by the family, and he had been beaten if he tried to leave.
He had been told no one would help him because he was 'simple'.""",
  "AV WW PV RM", "nw rm", "L")
E("""Intel 3/C/P. Male known as 'Bobby' is collecting GBP 100 per week 'rent' from each of 8
Romanian men at a house in the XX area. Source states the men are free to leave, work at different
places and pay Bobby willingly as he got them the jobs. Assessment: rogue landlord, no MS indicators
at present.""")
E("""Case officer update - Op HERON. Victim 4 (F, 26, Thai) describes being moved between 9 flats
in 6 weeks, never told where she was, driven at night. Worked 'all day all night', up to 15
clients a day, and had to hand over everything to the 'mamasan' until her GBP 30k debt was paid.
She was never allowed to go out alone. Victim has a UTI untreated for weeks.""",
  "IS EO DB WW RM", "is et lh nw rm pa", "S")
E("""CRIME REPORT MO - Exploitation of a child (CCE/CSE). Suspects used IP (F, 15) to carry
drugs on trains to a coastal town, and she was made to perform sex acts on one suspect as 'payment'
for a lost package.""",
  "AV PV", "", "C S", child=True)
E("""INT 2/B/P. A man with severe learning difficulties is being used to hold and run drugs for
the 'TT' line from his flat in the XX area. Subject 1 has taken his bank card and collects his
benefits. The man has been seen with bruising to his face.""",
  "AV", "nw pa", "C")
E("""Border Force - Stansted. Female (24, Brazilian) refused entry after stating she was coming to
work in a club in London on a visitor visa. Club owner (subject 1) had paid her flight and would
'keep her passport for her' at the flat. Told she must work 6 nights to repay the flight. Female
given safeguarding advice, NRM declined; DtN submitted.""",
  "DB", "", "")
E("""Police/ASC joint visit - cuckooing concern. Occupant Mr F (55, heroin dependent) states
'the lads' stay at his flat most nights and in return give him a bag a day. He says he can ask them
to leave and has done so before, they are not threatening. Flat in poor condition. Assessed: drug
supply at address, Mr F's vulnerability noted; closure order to be considered.""",
  "", "pl", "")
E("""NRM referral narrative. PV (F, 44, Ugandan) worked as a housemaid for a family in Saudi
Arabia, who brought her to London for the summer. She was made to work 18 hours a day and slept on
the floor of the laundry. She was not allowed to speak to other staff in the building and her
employer kept her passport and phone. She was shouted at and pinched. Salary of USD 200 a month
was never paid during the two years.""",
  "EO AC IS RD PV WW", "lh pl is dt nw", "D")
E("""Crime report - Fraud (courier). IP (F, 84) handed GBP 5,000 to a courier after a call from
'police'. Courier (M, 18) arrested. In interview courier states he was recruited on Instagram for
'quick cash', was paid GBP 200, and was not threatened or forced. No exploitation indicators.""")
E("""INT 2/B/P. Subject 1 runs a Facebook page offering 'Job in UK - no English needed' to
Romanian speakers. Recruits pay EUR 150 registration to subject 1's account. Source states
recruits arrive to find no job and are placed with subject 2 who sends them to a meat plant and
takes their wages to cover 'costs'.""",
  "DE WW", "uf nw", "L")
E("""STORM 1911 - CALLER AT PETROL STATION SAYS A MALE IN A VAN (VRM OBTAINED) HAS THREE WOMEN
IN THE BACK, ONE WOMAN ASKED CALLER FOR HELP IN BROKEN ENGLISH AND SAID 'HE TAKE US TO MEN', MALE
PULLED HER BACK IN AND HIT HER. VAN NOW LEAVING TOWARDS MOTORWAY. ANPR MARKER SET, UNITS
DEPLOYED.""",
  "PV", "et", "S", risk="immediate")
E("""GLAA interview record (worker 7). Worker states he found the job through a friend, is paid
through payroll into his own account, works 40 hours, has a day off each week, rents a room
privately and has his passport at home. Asked whether he has ever been threatened or owes anyone
money: no. Nothing further.""")
E("""Case officer update - Op OSPREY. Search of suspect's address recovered 23 passports, 15 ID
cards, a ledger headed with workers' names and running totals of 'debt', and photographs of workers
sleeping in a garage. Victim 7 has identified the garage as where 11 of them lived with one
toilet.""",
  "RD DB AC", "dt oa pl", "L")
E("""Probation / IOM note. PoP (M, 22) states an OCG he owed money to while in custody has since
made him move cannabis between two cities. He is told his debt grows by GBP 100 a week and that his
girlfriend 'will get it' if he misses a run.""",
  "DB IT", "", "C")
E("""Domestic abuse strategy note. IP (F, 30) disclosed her husband prevents her working,
controls all household money and monitors her phone. IP has her own passport. DA referral to IDVA,
MARAC. No exploitation for labour or sexual gain disclosed; MSHT not engaged.""")
E("""NRM narrative. PV (M, 16, Eritrean, age accepted) worked at a Calais camp for a smuggler,
then on arrival in the UK was sent to work in a barber shop in the XX area with no pay, sleeping in
the back room. The barber told him his family in Eritrea would have to pay GBP 4,000 if he left,
and kept his phone so he could not call them.""",
  "AV WW AC IT IS", "sw is", "L", child=True)
# ---------------------------------------------------------------- part 2
E("""INTELLIGENCE SUBMISSION. 2/B/P. A female (Bangladeshi, approx 30) lives with a family at
an address in the XX area as their 'maid'. Source, a relative of the family, reports she is up
before everyone to make breakfast and is still ironing at midnight, eats separately on the floor,
and has never been allowed to phone her parents in Sylhet since arriving three years ago. Family
refer to her as 'the girl'.""",
  "EO IS AC", "lh is", "D")
E("""CASE OFFICER UPDATE - Op LAPWING. Victim (F, 52, Zimbabwean) interviewed. Came on a visitor
visa to care for the suspect's elderly father; was promised GBP 800 a month and help with a work
visa. Received nothing. Provided 24-hour care, slept on a chair next to his bed so she could turn
him at night. Suspect repeatedly said that if she left she would be arrested as an overstayer.""",
  "DE WW EO AC IT", "lh fa", "D")
E("""STRATEGY MEETING MINUTES - Op KINGFISHER (MSHT). Present: DI (chair), DS OIC, GLAA
enforcement officer, ASC team manager, local authority housing, Salvation Army SPOC, Border Force
intelligence officer. Background: 14 potential victims (Romanian and Bulgarian men, 19-58) identified
at two addresses in the XX area following a housing complaint. Summary of information: all men work
at the same bakery via an unlicensed labour provider (subject 1). Payslips show deductions of GBP 95
a week for rent and GBP 7 a day for transport in subject 1's vans. Men state they were each charged
EUR 300 before leaving home, and that since arrival they have been told they still owe 'the visa
money'. Bank accounts opened at one branch on the same day; subject 1 holds the cards. Shifts from
0400, returning after 1800, 6-7 days. Several men have bruises they say are 'from work'. Two said
they were warned that anyone speaking to police would be 'sent back in pieces'. Decisions: welfare
reception centre to be stood up on day of action; warrant applications; interpreters (RO/BG) booked;
NRM first responder - police; ASC to provide 72-hour support; GLAA to lead on the bakery's
liability. Next meeting 48 hours.""",
  "DB WW EO IT", "ct uf mb nw ce lh pa", "L")
E("""STORM 0004 - CALL FROM A 15 YR OLD FEMALE, STATES SHE IS AT A HOUSE SHE DOESN'T KNOW WITH
ADULT MALES WHO HAVE TAKEN HER PHONE AND WON'T LET HER LEAVE, BORROWED PHONE FROM ANOTHER GIRL.
LOCATION CELL SITE ONLY. HIGH RISK MISSING CHILD LINKED. ALL UNITS, HELICOPTER REQUESTED.""",
  "AV RM IS", "rm is", "S", risk="immediate", child=True)
E("""MASH minutes. Referral from GP: woman (F, 26, Indian national, spousal visa) attended with
mother-in-law who interpreted and answered all questions. Notes record bruising to upper arms.
Woman later told practice nurse she works in the family's shop all day and at home in the evening
and is not allowed to keep any money she earns. Mother-in-law keeps her passport. Plan: DA and MS
strategy meeting, police to lead.""",
  "PV WW RD", "sf pa nw dt", "D")
E("""Custody - DP (M, 31, Moldovan) arrested on a construction site for immigration offences.
During risk assessment DP said the site foreman keeps his passport and pays him GBP 15 a day for
12-hour days, and that he sleeps in a shipping container on site with four others. Custody sgt
initiated NRM referral; DP consented.""",
  "RD EO AC", "dt lh sw oa", "L")
E("""Crime report MO (MSA s1, domestic servitude). Suspects (married couple) brought IP (F, 19,
Nigerian) to the UK as a 'niece' to attend college. IP was never enrolled. IP cleaned, cooked and
cared for the couple's four children 7 days a week from 6am. IP was beaten with a shoe for
mistakes and told that her mother would be cursed. IP's passport was held by the wife.""",
  "DE EO PV IT RD", "lh dt", "D")
E("""SAR summary - MSB (money transfer). Over 8 months, 41 transfers of GBP 500-2,000 sent to the
same recipient in Nigeria by 9 different senders, all women with addresses at two flats in the XX
area. Senders attend the agent together with one older female who hands over cash and does the
talking. Two senders told the cashier the money is 'for the madam, for what we owe her'; forwarded to NCA.""",
  "DB", "sf", "")
E("""GLAA inspection - labour provider (new licence). Worker interviews at the client site: 6 of 8
workers said they paid GBP 150 to a 'fixer' in Lithuania for the job and were told the accommodation
would be free, but GBP 80 a week is taken from their pay for a room shared by four. Workers are
collected at 0530 and dropped back at 1930.""",
  "DE", "uf oa ce", "L")
E("""NRM referral - narrative. PV (M, 20, Vietnamese) arrived in 2022 by lorry, owing USD 20,000.
He was sent to work in a nail bar in the north for a year, then moved to a cannabis farm when
'the debt was not going down'. At the farm he watered plants and never left the house; a man
came with rice once a week. He was told police in the UK beat foreigners.""",
  "DB RM IS", "rm is fa", "L C")
E("""Housing officer note - Visit re: rent arrears. Tenant (F, 37) and two children at home.
Tenant works at a supermarket, arrears due to reduced hours. Payment plan agreed. Nothing of
concern noted.""")
E("""INT 3/C/P. Girls aged 13-15 from a school in the XX area are being picked up at lunch time
by older males in a black BMW, driven to a flat and given alcohol. One girl has told a friend she
had to 'do stuff' with one of the men's friends to pay for the weed. Source is a parent.""",
  "AV DB", "", "S", child=True)
E("""Case officer update - Op CURLEW. Two of the four construction workers now traced; both
confirm the gangmaster withheld their first month's pay as a 'deposit', kept it when they
complained, and held their ID cards in his glovebox. They also confirm they were told they would
be 'left in the woods' if they went to the police.""",
  "WW RD IT", "dt", "L")
E("""Border Force - small boat arrival debrief. Male (claims 17, Sudanese). States in Libya he
was held in a warehouse for 6 months, forced to work on a farm without pay, beaten, and ransomed
to his family. In the UK he has no contacts. Not exploited in the UK. Age assessment referral;
NRM referral for overseas exploitation.""",
  "AV RM WW PV", "rm", "L", child=True)
E("""Custody record - DP (F, 23) arrested for soliciting. DP states she works independently,
advertises herself, keeps her own earnings and pays her own rent. Asked about pressure or threats
from anyone: none. DP has own phone, passport and bank account. Advice given, signposted to a
sex worker support project.""")
E("""STRATEGY MEETING MINUTES (child). Boy (15, UK national, ADHD) found by officers in a flat
in a coastal town 200 miles from home, with 20 wraps of crack and GBP 450. Boy had been there a week;
adult occupant (heroin user) said the boy was brought by 'the London lads' who come back every
two days for the cash. Boy had slept in his clothes on the floor; mother had reported him
missing.""",
  "AV AC", "", "C", child=True)
E("""HMRC NMW case notes - hand car wash. Seven workers stated they receive GBP 50 for a 10 hour
day, paid cash by the manager. Manager says they are 'volunteers' paid expenses. Workers live in a
house owned by the manager and he drives them in. One worker had a passport; the others said the
manager keeps theirs 'for the right to work checks'. Arrears calculation underway.""",
  "RD", "et dt", "L")
E("""NRM narrative (police FR). PV (F, 33, Polish) met the suspect at a homeless shelter in London.
He offered her a room and a job in 'housekeeping'. She lived with him and his three adult sons,
and was made to clean, cook and wash for them, unpaid, and to have sex with the suspect. Her
benefits were redirected to his address. She was told nobody would believe a homeless drunk.""",
  "AV DE WW PV", "nw", "D")
E("""Salvation Army - outreach note. Adult male (Romanian, 50s) begging outside a station.
Outreach worker asked about his situation; he says he came on his own, sleeps in a tent, keeps
what he collects and goes to the day centre. No one collects him or takes his money. Offered
support with reconnection. No MS indicators.""")
E("""Case officer update 02/09. ABE of Victim 2 (F, 17, UK national). She describes being taken
by subject 1 to 'parties' in three cities where men paid him and she was expected to have sex with
them. She says on one occasion she was locked in a bedroom for two days. Subject 1 told her he
would send the videos to her school.""",
  "AV RM IT", "rm", "S", child=True)
E("""INTELLIGENCE REPORT 2/B/P - ORGAN TRAFFICKING. Source reports subject 1, a UK-based
facilitator, has arranged for at least two Pakistani men to travel to the UK on visitor visas to
'donate' a kidney to relatives of his clients who are not their family. The men were told they
would receive GBP 5,000 and a job afterwards; one is said to have received GBP 500 and been left
in a hostel after surgery.""",
  "DE", "", "O")
E("""SAR SUMMARY - CASH RICH BUSINESS. Hand car wash account shows no wage payments despite an
estimated 8 staff. Director withdraws GBP 4,000 in cash weekly. Branch staff note the workers
never come in themselves; one worker visited with the director, who did all the talking and
took the cash. Possible labour exploitation; passed to GLAA.""",
  "", "sf", "L")
E("""MASH minutes - referral from a private foster carer check. Child (M, 11, from Nigeria)
privately fostered by an unrelated adult; school reports the child is frequently late, hungry and
has bruises. The child told a teacher he has to clean the whole house and look after the baby
before school, and is 'punished with the belt' if it is not done. No passport for the child could
be found at the address; carer says it is 'with family'.""",
  "AV PV", "pa", "D", child=True)
E("""Custody - DP (M, 33, Albanian) arrested for production of cannabis at a warehouse grow. In
interview (prepared statement) DP says he came to the UK to pay off a EUR 30,000 loan to men in
Albania, they told him to 'look after the plants' and that he could not leave the site until the
crop was harvested. He was given food and a camp bed. DP says his phone was taken on arrival.""",
  "DB RM IS AC", "rm is sw", "C")
E("""GLAA - worker welfare check following tip-off, mushroom farm. 16 workers interviewed.
Concern raised that workers are required to meet picking targets of 25 kg per hour or have pay
docked. Further checks: contracts allow for piece rates above NMW, hours recorded 45 per week,
workers' own accounts, no deductions beyond tax and NI. Tip-off not substantiated; welfare advice
given.""")
E("""SA casework note - client (F, 31, Lithuanian) disclosed that her 'agent' in the UK arranged
a sham marriage for her to a Pakistani national, for which she was promised GBP 3,000. She was
not paid, was kept at his family's house after the wedding, and was made to cook and clean for
them. Her ID card is still with the agent.""",
  "DE WW RM RD", "rm dt", "D")
E("""STORM 1322 - SCHOOL DSL REPORTS YEAR 9 BOY TURNED UP WITH A STAB WOUND TO THE LEG DRESSED
WITH TAPE, SAYS HE 'FELL'. BOY HAS BEEN MISSING OVERNIGHT TWICE THIS WEEK AND HAD A NEW PHONE TAKEN
OFF HIM IN CLASS WHICH KEEPS RINGING WITH 'WORK' MESSAGES. AMBULANCE CALLED. OFFICERS ATTEND,
CCE CONCERN.""",
  "AV PV", "pa", "C", child=True)
E("""FIU summary - SAR from building society. Account of a 71-year-old man (dementia diagnosis)
shows his pension paid in and immediately transferred to a carer's account. The carer (subject 1)
has also opened a loan in his name. No labour or servitude is described; refer to adult
safeguarding and fraud team.""")
E("""Intel 2/B/P. Females working at a 'sauna' in the XX area are not permitted to leave the
premises between shifts; they eat, sleep and work there. A male 'manager' takes their mobile
phones at the start of each week. Clients pay the manager at the door. Source believes most of the
females are Romanian and speak little English.""",
  "RM IS WW", "rm is sw nw", "S")
E("""NRM narrative. PV (M, 47, UK national, former soldier with PTSD) was approached at a hostel by
a man who offered work with accommodation. For 3 years PV travelled with the man's family selling
and fitting block paving. He was paid 'in beer'. His bank card was taken 'to keep it safe'. He lived
in a horsebox without a toilet. When he tried to leave in 2022 he was found and beaten in a lay-by.""",
  "AV DE WW AC PV", "nw pl", "L")
E("""Case officer update - Op PLOVER. Victim (M, 18) has confirmed he was recruited at 15 via
Instagram to hold drugs. He has now provided a statement that he was told he owed GBP 2,000 after
a staged robbery of the drugs he was carrying, and that the debt was 'paid off' by running for six
months. He was stabbed in the hand when he said he wanted out.""",
  "AV DB PV", "", "C", child=True)
E("""Border Force - Gatwick North. Family of five arriving from Qatar with a female domestic worker
(Kenyan, 29). On questioning alone, she states she has not been paid for 5 months, works from 5am
to 11pm, and has never been given a day off. Employer holds her passport and gave it to the officer.
She said she is frightened to go with them but has nowhere else. Referral to NRM with consent,
not admitted with family.""",
  "WW EO RD", "lh dt", "D")
E("""Licensed HMO inspection (additional licensing scheme). 6 bedrooms, 6 tenants (mix of
students and workers). Condition: smoke alarm not working on 2nd floor, replaced during visit;
extractor fan faulty in kitchen. Tenants confirm own tenancies. Compliant following works; next
inspection in 2 years.""")
E("""Intelligence submission 3/C/P - SANITISED. A male (subject 1) runs a team of 'window
cleaners' who are all young Romanian men living in his house. Subject 1 collects their money from
householders himself. The men are told they owe him GBP 600 each for being brought over. One was
seen with a bandaged hand and was still out working at 2200.""",
  "WW DB", "nw pa", "L")
E("""Crime report MO - MSA s2 (arranging travel with a view to exploitation). Suspects purchased
flights for three Hungarian women and arranged them to be met at Luton by a driver. Women were told
they were coming to pack food; on arrival at the flat they were told they would be selling sex and
that they owed GBP 1,500 each. Women refused and were threatened with a knife. Police attended
following a neighbour's 999 call.""",
  "DE DB IT", "et", "S")
E("""MASH screening - concern about a 16-year-old girl working in her uncle's takeaway. Visit:
she works 2 evening shifts a week, 5-9pm, is paid, attends sixth form. Uncle holds a licence and
the girl has her own bank account. No concerns identified; case closed.""")
E("""STORM 2235 - 999, MALE CALLER IN DISTRESS, SAYS HE HAS ESCAPED FROM A FARM WHERE HE WAS
KEPT, HAS NO SHOES, 'THEY WILL KILL ME IF THEY FIND ME', HIDING IN A BUS SHELTER ON THE A-ROAD. TWO
VEHICLES SEEN SEARCHING THE AREA WITH TORCHES. UNITS EN ROUTE, GRADE 1.""",
  "RM IT", "rm", "L", risk="immediate")
E("""NGO casework (Kalayaan). Client (F, 39, Filipino) on an overseas domestic worker visa. Client
confirms employer pays GBP 1,200 monthly into her own account, she has her own passport, has a
day off each Sunday and attends church. She seeks advice on changing employer as the work is
tiring. No exploitation indicators; advice on rights given.""")
E("""Local authority - Adult social care referral. Mr G (39, acquired brain injury) living with a
family he met at a day centre. Day centre staff report he now arrives unwashed, hungry, and says he
does the family's gardening, cleaning and takes their children to school. His PIP is paid to the
family's account. He says he is 'not allowed' to come to the day centre any more except on
Wednesdays.""",
  "AV RM", "pa nw rm", "D")
E("""Case officer update 22/11. Two further potential victims traced from the ledger: both state
the suspect held their Romanian ID cards and they were told they could not leave the farm until
the 'transport money' was repaid. Both worked 6am-8pm in the polytunnels.""",
  "RD DB RM EO", "dt rm lh", "L")
E("""CUSTODY RECORD. DP (F, 20, Romanian) arrested for theft from a shop in a shopping centre
as one of a group of 5 women. Custody sgt notes DP has no money, no phone, and the only address
she can give is 'the house with the others'. During the risk assessment DP said 'the man' drives
them to different towns every day, takes everything they steal and gives them food, and that her
ID card is with him. Interpreter used. NRM discussed; DP too scared to agree, DtN completed.""",
  "RD", "et dt fp", "C")
E("""Intel 2/B/P. Subject 1 (F, 50s) is said to have 'bought' a 14-year-old girl from a family
in Nigeria and brought her to the UK as her daughter. The girl is kept at home to cook and clean
and has never been registered at a school or GP.""",
  "AV", "", "D", child=True)
E("""HMRC NMW - complaint outcome. Worker at a bakery alleged unpaid overtime. Records reviewed:
overtime paid at time and a half per contract, worker had miscounted. No arrears. Worker has own
documents and bank account; no other concerns.""")
E("""NRM referral narrative. PV (F, 28, Chinese) was recruited in Fujian to work in a restaurant
in London. Her 'snakehead' fee of RMB 200,000 was to be repaid from her wages. In London she was
placed in a series of flats advertised as 'oriental massage' and made to provide sexual services.
She was moved every week by car at night and does not know the names of any of the towns. She was
not allowed to go outside and spoke to no one except clients and the driver.""",
  "DE DB RM IS", "rm is et", "S")
E("""GLAA - summary of licence revocation. Licence holder found to have (i) failed to pay holiday
pay; (ii) charged workers GBP 10 per week for transport without agreement; (iii) kept workers'
passports in the office 'for audit'. Workers interviewed did not describe threats or debts. Licence
revoked.""",
  "RD", "ct dt", "L")
E("""NRM referral - narrative box. PV (F, 24, Vietnamese) was recruited in Hai Phong by a woman
who promised her work in a beauty salon in England with good pay, and told her the cost of the
journey (USD 25,000) would be deducted in easy instalments. She travelled overland for four months
through Russia and Europe, during which she was held in houses with other women and raped by one
of the transporters in France. In the UK she was taken to a flat in the XX area and put to work in a
nail bar from 9am to 9pm, six and often seven days a week. The salon owner kept her passport, which
had been given to him by the transporters, and told her she would be arrested and imprisoned if the
police found her because she was 'illegal'. She received no wages; the owner said everything went
on the debt, which he said was still USD 19,000 after a year. She was not allowed to leave the flat
except to go to the salon, always with the owner's husband. She had no phone and did not know
anyone outside the salon. She left when a customer gave her a phone number for a charity.""",
  "DE PV EO RD IT WW DB RM IS", "lh dt fa nw rm et is", "L")
E("""Strategy meeting (adult) - minutes. Mrs H (72, Chinese national, limited English) lives with
her son's family and cares for two grandchildren full time. GP concerned she looks malnourished.
On private interview with an interpreter Mrs H said she is content, has her own pension, goes to
a community centre weekly and sees friends. Capacity not in question. Agreed: no evidence of
servitude; GP to follow up on nutrition.""",
  "", "pa", "")
E("""INT 2/C/P. Workers at a chicken catching gang in the XX area (UK nationals, several with
addiction issues) are paid in cash and 'spice' at the end of each night. Gang leader (subject 1)
drives them to farms at midnight and back at 0800, and deducts fuel money. Source says those who
complain are left on the roadside miles from home.""",
  "AV", "ce ct", "L")
E("""Case officer update - Op SANDPIPER. Medical examination of Victim 1 (F, 19) documents
healed fractures to two fingers and cigarette burns on her back. She has stated these were done by
subject 2 when she refused to see clients while unwell. Victim continues to be supported in a safe
house; she remains frightened that subject 2 will find her family in Romania.""",
  "PV", "pa", "S")
E("""STORM 0518 - MOP REPORTS A GROUP OF 10+ MALES BEING LOADED INTO THE BACK OF A LUTON VAN AT A
HOUSE IN THE XX AREA, NO SEATS, DOORS SHUT FROM OUTSIDE. SAME EVERY MORNING AT 0445. CALLER HAS
PHOTOS AND VRM. PASSED TO INTEL AND ROADS POLICING.""",
  "AC", "ce", "L")
E("""Women's centre casework note. Service user (F, 35, UK national) exiting on-street sex work.
She states she has always worked for herself, no one takes her money, and she is not in debt to
anyone. Support with housing and drug treatment ongoing. No MS indicators.""")
E("""NRM narrative (LA FR). Young person (F, 16, Eritrean) arrived by lorry and was taken by a
man from her community to his home in the XX area, where she looked after his four children and
did all the housework. She was not allowed to go out, did not have a phone, and was told that if
she went to social services she would be sent back to Eritrea. She was also sexually assaulted by
him.""",
  "AV RM IS IT PV", "rm is fa", "D", child=True)
E("""FIU summary. SARs from three banks show that 23 accounts opened in the names of Bulgarian
nationals at one address in the XX area receive salaries from a meat processing plant and within
hours are emptied to a single account held by subject 1. Cards for the 23 accounts are used at the
same two ATMs. Workers are believed to receive GBP 50 per week in cash. Dissemination: GLAA, MSHT.""",
  "WW", "mb nw", "L")
E("""Border Force - coach passengers, Dover. 8 young Romanian males travelling with a driver who
held all their ID cards in a carrier bag and said they were going to a job in Kent. Males each
said they paid the driver EUR 100 for the job and the coach. On separate questioning none knew
the employer's name. Intel submitted, GLAA informed.""",
  "RD", "dt uf ct", "L")
E("""Custody record - DP (M, 17) arrested for robbery of a mobile phone. DP lives with his
grandmother, attends college, acted with a friend of the same age. Screening (CCE): no older
associates, no debts, not missing, no unexplained items. YOS referral.""")
E("""Intel 3/C/P. Source reports that at a farm in the XX area the workers' caravans are locked at
night 'to stop them wandering' and the farm manager carries a shotgun and has told workers he
will 'use it' on anyone who tries to go to town.""",
  "RM IT", "rm", "L")
E("""Case officer update 03/05. Deprivation of liberty confirmed: Victim 5 (M, 45, Polish, alcohol
dependent) kept in a shed with a padlock outside when not working on the suspect's driveways. He
was given cider instead of pay and was told he would be 'on the street with nothing' if he left.
Victim has no teeth on the upper left which he says were knocked out by the suspect.""",
  "AV RM WW IT PV AC", "rm pa", "L")
E("""Salvation Army - client review. Client (F, 41, Thai) previously exploited in the sex industry
(CG positive). Client now working in a restaurant, own tenancy, no contact from former exploiters.
She reports no current threats. Move-on plan agreed.""")
E("""MASH minutes. School referral: Girl (14, Roma) regularly absent, seen begging with a
baby outside a supermarket with an adult female who takes the money from her cup every hour.
Girl says she has to 'make 40' before she can go home. Police and CSC joint visit agreed.""",
  "AV WW", "nw", "C", child=True)
E("""Intelligence log - domestic servitude. A male (Indian, 60s) employed as a cook at a
residence in the XX area is reported by a delivery driver to sleep in the garage, work from early
morning until late at night, and to have said 'sir took my passport when I came'. He has no
friends in the UK and is never seen away from the house.""",
  "AC EO RD IS", "sw lh dt is", "D")
E("""INTELLIGENCE REPORT. Grading 2/B/P. A Vietnamese male believed to be 15 has been seen
working behind the counter of a nail salon in the XX area during school hours, and is collected by
the owner at closing. Source, a customer, overheard the owner tell him 'you pay me back first, then
you can have money'. The boy looked thin and had no coat in November.""",
  "AV DB", "pa", "L", child=True)
E("""MASH - Child (M, 16) disclosed to YOT worker that he is 'in debt' to a local dealer for GBP
1,200 after being robbed, and has been told to hold a knife and drugs at his home until it is
cleared. He says they know his little brother's school.""",
  "AV DB IT", "", "C", child=True)
E("""STORM 1745 - CALLER IS A LANDLORD AT A RENTED HOUSE, ATTENDED FOR GAS SAFETY CHECK AND FOUND
A WOMAN LOCKED IN AN UPSTAIRS ROOM WITH A BUCKET, SHE IS SAYING 'NO PAPER, NO MONEY, PLEASE'. THE
TENANT (MALE) IS DUE BACK SHORTLY. CALLER OUTSIDE WITH WOMAN. UNITS DISPATCHED, GRADE 1.""",
  "RM AC", "rm pl", "", risk="immediate")
E("""NRM narrative (FR: GLAA). PV (M, 26, Bulgarian) worked at a vegetable packing site for 7
months. He paid EUR 400 to a recruiter for the job. The gangmaster took GBP 70 a week for a bunk in
a house with 14 men and GBP 5 a day for the minibus. His hours were 12-14 a day, often 7 days. He
says he was 'paid less than half what was promised'. He was not threatened and kept his ID.""",
  "DE EO AC", "uf ct oa lh", "L")
E("""Custody - DP (M, 15) arrested on suspicion of possession of a knife in a public place in a
town he does not live in. DP evasive, refuses to give address, has two phones and a train ticket
paid for by 'a friend'. Custody nurse notes old injuries to knuckles. AA called. Flagged to
MASH as possible CCE; NRM to be considered once more known.""",
  "AV", "", "", child=True)
E("""Case conference note. Concern over live-in carer (F, 48, Ghanaian) employed privately by an
elderly man's family. Investigation found she is paid weekly by bank transfer, has two days off a
week, holds her own passport and visits friends at weekends. Allegation of servitude (made by a
neighbour) unfounded. No further action.""")
E("""INTELLIGENCE SUBMISSION 3/C/P. A female (believed Hungarian, 20s) is seen daily being walked
from a flat to a 'massage' business and back by the same male, who waits outside. She is never
alone. A shop worker says the female has bruises on her wrists and once cried when asked if she
was okay.""",
  "", "et pa", "S")
E("""Crime report MO (MSA s1). Suspects ran a waste-sorting business. Victims (x9, UK nationals,
homeless or addicted) were recruited from soup kitchens, housed in static caravans with no water,
and worked sorting waste from 0600 to 1800. Wages were paid into accounts the suspects controlled.
Victims were told they owed for food and caravan and were assaulted if they tried to leave.""",
  "AV AC EO WW DB PV RM", "pl lh nw rm", "L")
E("""EHO visit - complaint from neighbour about 'too many people living' at a house. Attended: 4
adults (two couples, all warehouse workers via a licensed agency), each with tenancy, house in good
repair. Occupants free to come and go, no landlord involvement with employment. No action.""")
E("""MASH strategy minutes. Girl (15, UK national) found in a hotel room with an adult male during
an Operation Makesafe check. She had a bag of clothes, condoms and GBP 300. She states the man is
her 'boyfriend' and introduces her to 'friends' who pay him. Male arrested. Girl on CP plan.""",
  "AV", "", "S", child=True)
E("""SA casework - client (M, 23, Albanian) was threatened in Albania by a loan shark over a
family debt and agreed to work in the UK to repay it. He was taken to a car wash in the Midlands
where he worked for no pay, 'everything to the debt', 7 days a week, 8am to 8pm. He slept above the
car wash with six others. He was told his father would be shot if he ran.""",
  "DB WW EO IT AC", "lh sw oa", "L")
E("""Border Force - Manchester arrivals. Female (F, 19, Pakistani) arriving on a spouse visa with
her husband's uncle, who took her passport from her at the desk and kept hold of it. She appeared
nervous and said she does not know her husband. When asked privately if she is happy to travel
on, she said she must do what the family says or they will harm her mother. Forced marriage unit
and police notified.""",
  "IT RD", "dt", "")
E("""Case officer update - Op WIGEON. Forensic accountant report: suspect received GBP 310,000
over 3 years from the wages of 46 workers placed at two factories. Workers' wages were paid to
accounts with cards kept by the suspect. Workers were paid GBP 2 per hour in cash.""",
  "WW", "mb nw", "L")
E("""DA incident log. Female IP (Romanian, 27) states her partner brought her from Romania,
makes her sell sex from their flat, takes the money and locks her in when he goes out. Bruising to
her face observed.""",
  "WW RM", "nw rm pa", "S")
E("""INT 2/B/P. Two girls (13 and 14) from a children's home in the XX area are being driven to
addresses in a neighbouring force area by an adult male (subject 1). Subject 1 has been heard to
say he will 'burn the home down' if they tell staff where they go. Both girls have been treated
for STIs.""",
  "AV IT", "et", "S", child=True)
E("""NRM referral narrative. PV (F, 30, Ethiopian) was recruited through an agency in Addis Ababa
for a housemaid position in Jeddah; the family later moved to London for six months and brought her.
In London she was locked in the flat whenever the family went out, had no phone and was not allowed
to speak to the building staff. She slept on the kitchen floor. She worked every day without rest.""",
  "RM IS AC EO", "rm is pl lh", "D")
E("""Licensing compliance note. Hand car wash, council licence. Visit found workers employed
through payroll, contracts and payslips on file, gloves and boots provided, welfare cabin with
toilet. Workers interviewed: live at own addresses, travel by bus. No concerns.""")
E("""Intel 3/C/P. Female (Vietnamese, 20s) working at a nail bar in the XX area, sleeps on a camp
bed in the back, and the owner's wife 'takes her money for the debt'. Source says she works
0900-2000 every day.""",
  "AC DB WW EO", "sw nw lh", "L")
E("""STORM 2349 - REPORT FROM HOSPITAL SECURITY: YOUNG MALE (APPROX 16) BROUGHT INTO A&E WITH STAB
WOUND BY TWO OLDER MALES WHO LEFT IMMEDIATELY. BOY SAYS HE CANNOT STAY AS 'THEY' WILL HURT HIS
SISTER IF HE DOESN'T GET BACK TO THE TRAP. BOY TRYING TO DISCHARGE HIMSELF. OFFICERS EN ROUTE.""",
  "AV PV IT", "", "C", risk="immediate", child=True)
E("""Adult safeguarding - s42 outcome. Ms J (45, learning disability) was supported to move away
from her brother's house, where she had been made to do all household chores for him and his
lodgers and had her benefits taken by him. She was not allowed to go to her day service. Enquiry
concluded: domestic servitude substantiated, police investigating.""",
  "AV RM", "nw rm", "D")
E("""NRM REFERRAL - NARRATIVE. PV (M, 38, Egyptian) states he was brought to the UK by a
broker who arranged for him to 'sell' a kidney to a wealthy patient for USD 10,000. The operation
took place at a private hospital abroad after he was flown out; on return to the UK he received USD
1,000 and was told the rest was kept for 'expenses'. He was warned that if he told anyone the
broker would report him to immigration.""",
  "DE IT", "fa", "O")
E("""SAR SUMMARY - payroll bureau. Bureau reports that a cleaning contractor has changed the bank
details of 19 of its workers to 4 accounts, all with the same registered address. Workers' hourly
rate unchanged on paper. A worker called the bureau asking why she has 'never seen a payslip' and
said 'the boss gives us 20 pounds'. Passed to police and GLAA.""",
  "WW", "nw", "L")
E("""CUSTODY RECORD - DP (M, 22, Vietnamese) found hiding in a loft during a warrant at a
cannabis farm. DP has scars on his back consistent with beating. DP states he has been 'inside the
house' for 8 months, is not allowed out, and the boss visits with food. Says he owes USD 30,000.
Interpreter (Vietnamese) used. DP requests NRM. Not interviewed; s45 considered.""",
  "PV RM DB", "rm pa", "C")
E("""GLAA - Licence inspection report, summary of findings. Workers supplied to a fish processing
plant. Of 18 workers interviewed, 11 said the licence holder's supervisor took their bank cards on
their first day 'to set up wages'. Workers are given cash 'advances' which are then taken from their
pay with a fee, so that several owe more each month. Workers work 60-70 hours a week.""",
  "WW DB EO", "nw mb lh", "L")
E("""MASH minutes - referral from police following a stop check. Boy (16, Albanian, UASC) found
in a car with GBP 2,000 and cannabis, driven by an adult. Boy said he works 'for a friend' who
gave him somewhere to live and a phone, and he must 'do jobs' until he pays back the cost of
coming to England. Placed in foster care; NRM referral.""",
  "AV DB", "", "C", child=True)
E("""STRATEGY MEETING - domestic servitude. Present: DI MSHT, ASC, Kalayaan caseworker. PV (F, 33,
Indonesian) working for a family in the XX area. Caseworker reports PV works from 5am to 11pm,
sleeps in the laundry room, is paid GBP 100 a month and is not allowed a phone. Her passport is in
the employer's safe. Actions: welfare visit with police, NRM with consent.""",
  "EO AC IS RD", "lh sw pl is dt", "D")
E("""INT 2/B/P. A female (Brazilian, 25) is advertised on an adult website with a phone number
used by 30+ other adverts in the last year, linked to subject 1. Source states the female pays
subject 1 GBP 1,000 a week for the flat and advertising, is not allowed to turn away clients, and
has been told her family in Brazil will be visited if she stops paying what she owes.""",
  "DB IT", "", "S")
E("""CASE OFFICER UPDATE - Op PETREL. Victim (F, 21, Latvian) provided ABE. She travelled to the
UK believing she would work in a hotel laundry. Met at Stansted by the suspect's brother, who took
her ID card 'for the employer'. Kept in a flat with three other women who were also told they owed
for the flights. All their earnings from clients went to the suspect. Victim was threatened with
a hammer after trying to phone her mother.""",
  "DE RD RM DB WW IT", "dt rm nw", "S")
E("""BORDER FORCE - EUROTUNNEL, FOLKESTONE. Minibus stopped with 9 Romanian adults and a driver.
Driver (subject 1) held all the passengers' ID cards and said they were going to work in a 'factory
near Peterborough'. Passengers said they paid subject 1 EUR 200 each for the job and transport and
would repay 'the rest' from their first wages. None knew the name of the factory. Intel to GLAA.""",
  "RD DB", "dt uf ct", "L")
E("""HOUSING OFFICER NOTE. Visit to a council flat (tenant Mr K, 58, heroin user) following ASB
complaints. Found three young males (one appeared 15-16) in the flat bagging drugs. Mr K, in
bedroom, said they 'moved in' 3 weeks ago and he 'can't get rid of them', that they took his phone
and keys and hit him when he asked them to go. Police called. Cuckooing referral.""",
  "AV PV", "", "C", child=True)
E("""CRIME REPORT MO (MSA s1). Suspect employed IP (M, 24, Indian national, student visa) at his
convenience store for 80 hours a week, paying GBP 300 a month, while holding IP's passport and
BRP. IP was told he would be reported to the Home Office for breaching his visa hours if he
complained, and that he 'still owed' GBP 3,000 for the sponsorship letter.""",
  "EO RD IT DB", "lh dt fa", "L")
E("""SALVATION ARMY CASEWORK. Client (F, 42, Romanian) describes working in the UK as a cleaner for
a family who took her ID card and made her work every day for 15 hours, and when she asked for
wages, the husband said she would be 'thrown on the street in a foreign country'. She had not
been outside alone in 9 months. She did not know anyone in the UK apart from the family.""",
  "RD EO IT RM IS", "dt lh rm is", "D")
E("""INTELLIGENCE - 1/A/C (condition: not to be disclosed to the employer). Workers at a hotel in
the XX area are being supplied by subject 1, an unlicensed agent. Subject 1 keeps their wages and
pays them GBP 200 a month. The workers live in the hotel basement, work split shifts of up to 16
hours and are driven to a second hotel on their 'days off'.""",
  "WW AC EO", "nw sw lh et", "L")
E("""MASH MINUTES. Child (F, 17, Albanian, UASC) missing from her placement for 9 days. Located at
an address in another force area with adult males. She told officers she had been 'working' in a
flat to pay back the men who brought her and was not allowed to leave until it was paid. Medical
found bruising to her neck.""",
  "AV DB RM", "rm pa", "S", child=True)
E("""STORM 1050 - CALLER IS A GP RECEPTIONIST. A FEMALE PATIENT WHO CAME WITH AN OLDER FEMALE
'EMPLOYER' PASSED A NOTE SAYING 'SHE BEAT ME, I WORK ALL DAY, NO PAY, HELP'. EMPLOYER IS IN WAITING
ROOM WITH HER NOW, PATIENT LOOKS VERY FRIGHTENED. UNITS REQUESTED TO ATTEND IMMEDIATELY.""",
  "PV WW EO", "lh", "D", risk="immediate")
E("""CRIME REPORT MO - Exploitation of a child for criminal purposes. Suspects (x3, adults) used
IP (M, 14) to carry cash between addresses. IP was given a phone, told he owed GBP 300 for it and
had to work it off. IP was assaulted by suspect 2 with a belt when the phone went missing.""",
  "AV DB PV", "", "C", child=True)
E("""GLAA / HMRC JOINT NOTE. Garment factory, second floor, no signage. 20 machinists, mostly
women from Bangladesh and Pakistan. Paid GBP 3-4 an hour in cash. Fire exit chained. Several said
they are 'helping the family' and are not paid at all. Owner spoke for them and would not allow
interviews without him. Workers arrived at 0800 and were still there at 2200 when officers left.""",
  "AC WW EO", "sf lh", "L")
E("""INT 3/C/P. A man (Polish, 60s) is living in a tent on a farm in the XX area where he works
for the farmer and is paid in food and alcohol only. Local residents say he has been there for
years and looks 'skin and bone'. He told a dog-walker the farmer 'would kill him' if he left.""",
  "AC WW IT", "pl pa", "L")
E("""NRM REFERRAL (police FR). PV (M, 19, UK national, care leaver) was groomed by an older
male who supplied him with cannabis and a room. PV was then made to sell drugs from the room, and
told his 'rent and weed debt' was GBP 1,500. PV was beaten when money was short and his phone
monitored. He has a hearing impairment.""",
  "AV DB PV", "", "C")
E("""CASE OFFICER UPDATE - Op BITTERN. Victim 2 (F, 34, Nigerian) has confirmed that after arrival
she was forced to have sex with the 'madam's' husband and then put to work in brothels in three
cities. Her passport was burnt by the madam in front of her. She was told she owed GBP 40,000 and
that if she ran, the shrine priest would kill her family.""",
  "PV RD DB IT", "dt", "S")
E("""CUSTODY RECORD - DP (F, 31, Chinese) arrested during a warrant at a brothel in a residential
flat. DP says she is 'just the cleaner', but the client book recovered lists her working name against bookings. Officers note DP sleeps in the kitchen, has no phone and no
passport, and a notebook recovered lists her name with sums 'owed'. DP says the boss 'will not let
me go before I finish'. Interpreter present. NRM explained, DP agreed.""",
  "DB RM AC", "sw fp rm", "S")
E("""Intel 2/B/P. A Filipino nanny employed by a family in the XX area is said to be 'on call' 24
hours, sleeps in the baby's room, and her employer pays her salary to an agency abroad which keeps
most of it.""",
  "EO AC WW", "lh sw nw", "D")
E("""INTELLIGENCE REPORT 2/B/P. Subject 1 runs a 'cleaning company' employing Roma women from
Slovakia. Source states the women are taken in a van to offices at 0500 and to private houses in the
afternoon, returning at 2100. Subject 1 takes their bank cards and the women have to ask him for
money for food. The women live in subject 1's cellar.""",
  "WW EO AC", "ce et nw lh mb pl", "L")
E("""NRM NARRATIVE (FR: Barnardo's). Young person (M, 15, UK national) was groomed by an older
teenager to run drugs across county lines. He was kept in a flat in a seaside town for two weeks,
not allowed out except to make deliveries, given only crisps to eat, and was 'taxed' (robbed) by
the same group who then said he owed them GBP 800. He was threatened with a machete.""",
  "AV RM AC DB IT", "rm", "C", child=True)
E("""STRATEGY MEETING MINUTES - adult. Mr L (40, UK, brain injury) found to be working for a family
of market traders for 10 years. Family collects his ESA and gives him GBP 10 a week. He sleeps in
the back of their van in the yard. He is driven everywhere by family members and cannot name his
own address. He has not seen his own family since 2014.""",
  "AV AC IS", "nw sw et is", "L")
E("""HMRC NMW - car wash. Two workers on site, both paid by bank transfer at NLW, records
available, both hold their own documents. Third worker said to be 'on holiday', confirmed by
payroll. No breaches identified.""")
E("""BORDER FORCE - LONDON CITY. Male (45, Nigerian) travelling with a girl (13) said to be his
niece. Girl's passport in the male's bag. Girl said she is coming to 'help auntie in the house' with
the baby and will not go to school yet. Male could not name the girl's school or parents' address.
Girl and male separated; CSC and police referral.""",
  "AV", "", "D", child=True)
E("""CASE OFFICER UPDATE - Op SWIFT. Financial investigator confirms the suspect holds 14 bank
cards in the names of Hungarian men. Victims confirm the suspect opened the accounts 'so they could
be paid', kept the cards, and each week gave them GBP 40 regardless of hours. Victims describe
shifts of 14 hours at a recycling centre.""",
  "WW EO", "mb nw lh", "L")
E("""INT 3/C/P. A woman (Thai, 40s) has been seen at a Thai massage business in the XX area late
every night; she lives on the premises. She told a client she cannot go back to Thailand as her
family's house is security for her debt to the owner.""",
  "DB", "sw", "L")
E("""MASH SCREENING. Referral from youth club: Girl (13) has been seen with older males in a car
and has a new phone. She told a youth worker the men give her lifts and buy her food. No disclosure
of sexual activity or being asked to do anything. Plan: return home interview, education, monitor.
No exploitation identified at present.""")
E("""NRM REFERRAL. PV (F, 25, Albanian) was promised marriage and a life in London by a man she met
online. After arrival she was taken to a flat and made to sell sex under his control. He kept her
passport and her earnings and said she could not leave because she owed him for the journey. He
raped her when she refused clients. She had no contact with her family as he took her phone.""",
  "DE RD WW DB PV IS", "dt nw is", "S")
E("""CRIME REPORT MO - Section 1 MSA (forced labour, construction). Suspects housed IPs (Polish
males, x6) in a disused pub with no heating; IPs worked on suspects' building jobs 6 days a week,
12-hour days. IPs paid GBP 20 a week; suspects told them the rest went on 'rent and tools'. IPs
who raised it were hit with a scaffolding pole.""",
  "AC EO WW PV", "pl lh nw", "L")
E("""HOUSING - HMO enforcement visit (unlicensed). 11 occupants in a 4-bed house, some sleeping in
the garden shed. Occupants (Eritrean and Sudanese men) said they are charged GBP 80 a week each,
collected by a man who also finds them cash work at a car wash. They said they are free to leave
and keep their own wages. Prohibition order served; landlord prosecution.""",
  "", "oa pl", "")
E("""INTELLIGENCE 2/B/P. A child (believed 14, Vietnamese) is living at a nail bar in the XX area.
She is seen cleaning the shop and working on customers' nails late into the evening and on school
days. Source says she has told a customer she is 'paying her uncle back for the plane'.""",
  "AV EO DB", "lh sw", "L", child=True)
E("""SALVATION ARMY - Needs assessment. Client (M, 34, Lithuanian) worked in a chicken factory via
an agency. Housed by a man who took his passport and charged him GBP 100 a week. Client was made to
hand over his bank card. He was told he would be beaten if he tried to leave. Client ran away after
5 months.""",
  "RD WW IT", "dt nw", "L")
E("""STORM 0143 - CALLER AT A HOTEL RECEPTION REPORTS A GIRL (APPROX 15) IN THE CORRIDOR WITH ONLY
A TOWEL, HYSTERICAL, SAYING A MAN IN ROOM 12 HAS HURT HER AND OTHER MEN ARE COMING. MALE IN ROOM
12 STILL PRESENT. UNITS DISPATCHED, AMBULANCE REQUESTED.""",
  "AV PV", "", "S", risk="immediate", child=True)
E("""CASE OFFICER UPDATE. Case file review of Op TERN. Defendant pleaded guilty to s1 MSA
(servitude): victim (F, 58, Indian) had worked as a domestic for the defendant's family for 20
years, unpaid, not allowed to leave the house, with no contact with her family in India. Defendant
had kept her passport since 2003. Sentence 6 years. STPO granted.""",
  "WW RM IS RD", "rm is dt", "D")
E("""FIU SUMMARY. SARs from two banks concern an account held by a 19-year-old male (UK) receiving
cash deposits from unknown third parties in five towns and paying them out to a single account.
Customer told branch staff he was 'holding money for someone' who had paid off a debt of his and
'now I have to do it'. He appeared frightened. Possible criminal exploitation (money mule).""",
  "DB", "", "C")
E("""EHO VISIT - takeaway premises, complaint about hygiene. Staff (owner's family) present. Back
room used for storage only. Staff accommodation in the owner's house nearby, inspected with
consent: 3 adults in 3 bedrooms. Hygiene improvement notice served. No concerns re: exploitation.""")
E("""MASH MINUTES - child labour concern. Boy (12, Bangladeshi) living with 'uncle' who runs
a restaurant. School notes boy is exhausted, smells of cooking oil and says he works in the
restaurant kitchen every evening until 11pm and weekends. Uncle has told him he must work because
he 'costs money'. Boy scared to go home.""",
  "AV EO", "lh", "L", child=True)
E("""INT 2/C/P. Subject 1 has placed adverts in Romanian newspapers offering well-paid jobs in UK
warehouses. Applicants pay EUR 250 up front. Source reports that on arrival many are told the jobs
have 'gone' and they must work for subject 1's cousin at a car wash for GBP 20 a day until another
opening.""",
  "DE", "uf", "L")
E("""Custody - DP (M, 17, Eritrean) arrested for shoplifting food. Screening: DP said he is
sleeping rough, alone, no one asks him to steal, he was hungry. Age-appropriate care; CSC placed
him in emergency accommodation. No exploitation indicators.""")
E("""CRIME REPORT MO. Suspect recruited homeless men in a city centre, offering 'cash in hand
work and a bed'. Victims were taken to a farm, made to pick and pack potatoes from dawn to dusk,
given one meal a day and slept in an unheated barn. Their phones were taken on arrival. Victim 1
was kicked unconscious for trying to walk off the farm.""",
  "AV DE EO AC IS PV RM", "lh sw pl is rm", "L")
E("""NGO referral (Unseen helpline). Caller reports her sister (F, 26, Polish) has been 'sold'
into a marriage with a UK man who keeps her at his house, makes her do all the cleaning for him and
his elderly mother, and hits her. Sister is not allowed a phone and can only call on his. Caller
has the address. Passed to police.""",
  "RM IS PV", "rm is", "D")
E("""GLAA - Licence holder audit (agriculture). 45 workers across three farms. All records in
order; workers interviewed at random confirm pay as expected, own accommodation or provider
caravans in good repair, no charges for PPE or transport. No licensing breaches.""")
E("""INTELLIGENCE 2/B/P. A female (Ukrainian, 30s) who came under the Homes for Ukraine scheme is
living with a host who has taken her passport and makes her clean his house and his two rental
properties without pay. He tells her he will 'end her visa' if she complains. She has no English
and no contacts locally.""",
  "RD WW IT IS", "dt fa is", "D")
E("""CUSTODY RECORD - DP (F, 29, Romanian) arrested for pickpocketing at a train station with two
other women. DP has GBP 9 and no phone. Says a man holds all their documents, they have to give
him everything they take, and if they return with nothing they are beaten. DP has bruising to
both arms. NRM referral made with consent.""",
  "RD PV", "dt pa", "C")
E("""STORM 0815 - CALLER IS A FARMER, STATES A MAN KNOCKED ON HIS DOOR, POLISH, VERY THIN, SAYS HE
HAS ESCAPED FROM A FARM NEARBY WHERE HE WAS HELD FOR 2 YEARS AND NOT PAID, HIS PASSPORT IS STILL
THERE. MAN NOW IN CALLER'S KITCHEN. UNITS AND AMBULANCE DISPATCHED.""",
  "RM WW RD", "pa dt rm", "L")
E("""HMRC NMW enquiry - summary. Hotel cleaning contractor underpaid 12 workers by deducting time
spent waiting for rooms. Arrears GBP 6,800 paid. Workers have own accounts and documents, no
reports of threats or debts. No forced labour indicators.""")
E("""Case officer update - Op AVOCET. Victim (F, 17, UK national) states that suspect 1 supplied
her with crack cocaine and then said she owed him GBP 600, which she had to repay by having sex
with men he sent her to. She was held down and raped by suspect 1's friend when she refused.""",
  "AV DB PV", "", "S", child=True)
# ---------------------------------------------------------------- end


def risk_of(e, ind, typ):
    if len(ind) >= 3 or "physical_sexual_violence" in ind or "sexual" in typ or e["child"] \
            or ("intimidation_threats" in ind and "restriction_of_movement" in ind):
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    out, errs = [], []
    for n, e in enumerate(DATA, 1):
        i = f"f4-{n:03d}"
        ind = sorted({IND[x] for x in e["ind"]})
        sig = sorted({SIG[x] for x in e["sig"]})
        typ = sorted({TYP[x] for x in e["typ"]})
        for s_, c in PAIRS:
            if (s_ in sig) != (c in ind):
                errs.append(f"{i}: {s_} vs {c}")
        if e["child"] and "abuse_of_vulnerability" not in ind:
            errs.append(f"{i}: child without abuse_of_vulnerability")
        pol = risk_of(e, ind, typ)
        risk = e["risk"] or pol
        if e["risk"] and not (e["risk"] == "immediate" or e["risk"] == pol):
            errs.append(f"{i}: given risk {e['risk']} contradicts policy {pol}")
        if risk == "immediate" and not (ind or typ or e["child"]):
            errs.append(f"{i}: immediate without any finding")
        w = len(e["text"].split())
        if not 1 <= w <= 250:
            errs.append(f"{i}: {w} words")
        out.append({"id": i, "text": e["text"], "indicators": ind, "signs": sig,
                    "exploitation": typ, "risk": risk})
    if errs:
        sys.exit("\n".join(errs))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh4.jsonl")
    with open(path, "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} texts to {path}")


if __name__ == "__main__":
    main()
