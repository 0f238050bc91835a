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
  "AV RD IT AC", "dt pl", "D", child=True)
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
  "AV WW", "nw pa", "C")
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
E("""Crime report - theft from motor vehicle. MO: Nearside rear window smashed between 2300 and
0600, sat nav and work tools taken from footwell. No CCTV in street. IP has taken photographs of
damage for insurance. No lines of enquiry; filed pending further information.""")
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
E("""Crime report - robbery (personal). IP (M, 17) had phone and GBP 20 taken at knifepoint by two
males in a park. IP not known to police. No indication of gang affiliation or exploitation. CCTV
requested from parks team.""")
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
E("""Crime report - criminal damage. Suspect (M, 30s) smashed the window of a takeaway after a
dispute over an order. Staff (owner and two employees, family) not injured. Suspect identified on
CCTV, arrested and charged. No other issues.""")
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
E("""Crime report MO - Theft (employer). Suspect, a shop assistant (F, 25), took GBP 1,800 from the
till over 3 months. Admits. Acted alone. Dismissed by employer and charged.""")
E("""INT 2/B/P. A man with severe learning difficulties is being used to hold and run drugs for
the 'TT' line from his flat in the XX area. Subject 1 has taken his bank card and collects his
benefits. The man has been seen with bruising to his face.""",
  "AV WW", "nw pa", "C")
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
