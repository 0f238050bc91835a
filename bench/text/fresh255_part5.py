# fresh255 part 5: long-form charity records, no-exploitation support cases, organ-harvesting cases
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Snowdrop Project – casework note. Client: Ms. A (F, 44, Eritrean), confirmed victim, now with refugee status.
Ms A came in today because she has received a letter from Sheffield City Council saying she owes £1,320 in council
tax arrears for her previous address. She moved out of that flat in June after the landlord failed to repair the
boiler and she thought the council had been told. She is worried the council will send bailiffs. We phoned the
council tax team together with a Tigrinya interpreter and confirmed the date she moved. The bill has been recalculated
to £210 and she has agreed a payment plan of £20 a month from her UC. She also asked for help getting a school place
for her son, who has just joined her under family reunion. We completed the in-year admission form together. Ms A said
she feels settled, is attending ESOL three mornings a week and has made friends at church. No exploitation concerns.""",
  "", "", "")
T("""Hope for Justice – Case note, organ trafficking concern. Client: Mr. S (M, 31, Pakistani national), referred by a
renal nurse at a hospital in Bradford after he presented with a wound infection along a fresh flank scar. Through an
Urdu interpreter Mr S told our IMSA that he had been in debt to a moneylender in his home district. A man who 'knew
people in Lahore' told him that he could clear the debt by 'giving one kidney to a rich patient' and would be paid
800,000 rupees and brought to England for work. The operation took place in a private house converted into a clinic.
He was paid less than a quarter of the amount, and the man took his passport for the 'visa process', then brought him
to the UK on a visit visa and put him to work in a takeaway in Bradford, saying he still owes for the ticket. He says
the man told him that if he speaks to anyone 'your family will lose their house'. Mr S is in pain, frightened and
ashamed. NRM referral made; police (WYP MSHT) informed with consent; hospital safeguarding lead aware.""",
  "AV DEC RD DB IT", "DT UF FA", "O L")
T("""Refugee support group, Leeds – advice note. Client (M, 38, Iraqi Kurd) came in with a letter from the Home Office
refusing his asylum claim. He is very anxious and has not slept. He lives with his cousin, who is a British citizen
and owns a barber's shop; the client does not work there (he knows he isn't allowed) but helps his cousin's kids with
homework. No one has taken his documents – he has his ARC card and keeps his papers in a folder. We booked him with a
legal aid solicitor for an appeal and referred him to the Red Cross for hardship support. No exploitation indicators.
He will come back next Tuesday to go through the appeal papers with a volunteer who speaks Sorani.""",
  "", "", "")
T("""Medaille Trust – Key-work session notes. Resident: 'Mira' (F, 25, Romanian). Mira talked today for the first time
about her journey. She met a man in Timisoara who became her boyfriend and said they would live in London where he had
a job for her in a restaurant. When they arrived he took her passport 'to keep it safe' and told her she had to work in
a flat in Harrow 'just for a few weeks' because he owed people money. She was advertised online and saw up to 15 men a
day. She never held any money. She was allowed out only with him or his friend Sorin. He hit her when she cried and
once burned her arm with a cigarette. She says she still loves him sometimes and that is the hardest part. She is
having counselling with our therapist and has agreed to meet the police ISVA next week.""",
  "DEC RD WW RM PSV", "DT NCW RMS ET PA", "S")
T("""Unseen – Helpline call log. Caller: a transplant coordinator at a London hospital. A patient (British, 60s) due
for dialysis told staff that his nephew had 'sorted out' a kidney for him in another country and that 'the donor is
being paid well, it's all fine'. The coordinator is worried the donor is being exploited. No donor identified. We
advised the coordinator to raise with the hospital safeguarding lead and the HTA and shared the information with
the NCA's intelligence hub.
The coordinator will update us if the patient gives any details of where the operation is planned to take place.""",
  "", "", "O")
T("""Kalayaan – Advice record. Client: Indian woman, 52, domestic worker. She has worked for the same British Indian
family in Harrow for 12 years. She came on an ODW visa and later got settlement. She has her own bank account, her
passport, her own room with a lock, and goes to the temple on her days off. She came to us because the family is
moving abroad and she wants advice on redundancy and finding new work. We explained her rights and referred her to our
employment advice clinic. No concerns.""",
  "", "", "")
T("""Barnardo's – Independent Child Trafficking Guardian report for the LAC review. YP: 'D', 16, Albanian male.
D was identified in a police raid on a cannabis factory in a flat above a shop in Hartlepool. D says he was told in
Albania that he would work in a car wash with his cousin and could send money home. In the flat, the door was
padlocked from the outside and the windows were boarded up. He slept on a mattress in the kitchen and was brought food
by a man he knew as 'Tony'. D has said that Tony threatened him with a knife when a light failed and said his mother
would be hurt if anything went wrong. D carries a debt of '£12,000' for the journey. Since placement D has attended
college and has a good relationship with his foster carer. He has had one call from an unknown number which scared
him; the phone has been replaced. Recommendation: continue placement; D to be kept away from the north-east.""",
  "AV DEC RM AC IT PSV DB", "RMS SW UF FA", "C", "high")
T("""City Hearts – Support note. Client: Mr. O (M, 29, Nigerian). Mr O is in asylum accommodation in Liverpool and
awaiting his substantive interview. He came to us in 2022 after being made to work in a care home under a sponsorship
that turned out to be fake. Today's issues: he has lost his ARC card and needs a replacement; his GP has moved and he
needs to re-register; and he wants to volunteer. We helped him report the lost ARC and found a volunteering role at a
food bank. He says he has no contact with the people who exploited him. No new concerns.
He was in good spirits and joked with the volunteers. Next appointment in three weeks; he has our number for anything sooner.""",
  "", "", "")
T("""Hope for Justice – Outreach record, Kent (seasonal agriculture). We visited a caravan park on a soft fruit farm
near Maidstone with the farm's ethical trade manager. Around 200 pickers on Seasonal Worker visas from Nepal,
Kyrgyzstan and Indonesia. The farm provides caravans at £60 per week (deducted legally) with 4 beds each, toilets and
showers blocks, and a free shuttle to the supermarket. Some workers said they paid 'agent fees' of up to £4,000 in
their home countries to get the visa and took out loans to pay them; one man from Indonesia said he is now 'working
to pay back' and cannot go home until he has cleared it. We advised the farm and the scheme operator; the GLAA has
been informed about the recruitment fees. Workers hold their own passports and payslips match the hours worked.""",
  "DB", "UF", "L")
T("""Salvation Army – Adult first responder referral (summary). Potential victim: Mr. Ion C (M, 47, Moldovan, with
Romanian passport). Referred by: A&E, Nottingham City Hospital. Ion was brought in by ambulance after falling from
scaffolding. He had no safety harness. He told staff through an interpreter that he has been working on building sites
for a man called Vasile since March, 6 days a week from 6am to 7pm, for £30 a day, of which Vasile takes £15 for 'rent'
in a house with 10 other workers in Sneinton. Vasile drives them all in a van and takes £5 each for petrol. Ion says
Vasile told him he could leave whenever he wanted but 'you will not get your money'. Ion is owed approximately £2,000.
Vasile came to the hospital and tried to speak for Ion and take him home; staff asked him to leave.""",
  "AC EO WW", "LH OA CT SFW ET", "L")
T("""Unseen – Helpline, call from a member of the public (paraphrased). 'There's a takeaway near me in Wrexham, the
chip shop. There's a young lad, maybe 17 or 18, Chinese I think, and I've seen him through the back window sleeping on
a camp bed in the kitchen at closing time. He's there when it opens at 11 and still there when they shut at midnight.
I've never seen him outside, ever, not even for a smoke. The owner's wife does the talking if you ask him anything. He
looks so thin. I don't want to make trouble but it's not right.'
Call duration 11 minutes. The caller did not want to give her name but agreed we could pass the information to North Wales Police.""",
  "EO ISO", "SW LH IS SFW PA", "L")
T("""Migrant Help – Advice line note. Caller: Albanian woman, 33, asylum seeker in Home Office accommodation in Stoke
with her two children. She is calling because the accommodation has mice and the children's room has no working
heater. She has reported it twice to the provider. She also asked about travel costs to her solicitor in Manchester.
We logged the repairs request as urgent and explained how to claim travel costs for legal appointments. She did not
disclose any exploitation and confirmed she has not been asked to work by anyone.""",
  "", "", "")
T("""Medaille Trust – Referral received from Cumbria Police. Man, 58, British, with learning difficulties, found living in
a horse box on a farm near Penrith. He has lived there for about 15 years, working on the farm every day with cattle,
unpaid apart from food and occasional cash. There is no water or heat in the horse box. His benefits have been paid to
the farmer's account since 2011. He told officers 'I'm not allowed in the house' and 'they said I'd be put in a home if
I left'. He has never had a bank card. He had overgrown toenails and a chest infection.
He is now in a care placement arranged by Cumbria adult social care, and a Medaille support worker will visit weekly.""",
  "AV WW AC IT", "SW PLC NCW PA", "L")
T("""Kalayaan – Client's written account, translated from Tagalog. 'In the house in Knightsbridge I was the only
helper. The family have five children. I wake up at 5.30 to make breakfast and I go to bed after 1am when they finish
eating. I am never allowed to sit down. If madam sees me sit, she scolds me. I eat standing in the kitchen what is
left. My salary they promised was 500 dinar per month in Kuwait but in London they say it is the same and I do not
receive anything because they say they send it to the agency. I never see my passport since the airport. Sir has it.
I have no phone. I write to my daughter only when the driver lets me use his phone, and he tells madam.'""",
  "EO AC WW RD ISO", "LH NCW DT IS", "D")
T("""Refugee & asylum seekers' project, Plymouth – volunteer notes. Client: Syrian man, 40, on the resettlement scheme
with his wife and 4 children. Has a job at a bakery (night shifts 10pm–6am, 5 nights a week). He asked for help
because his manager wants him to do extra nights over Christmas. He is happy to, for the extra money, but wanted to
check if he's entitled to time and a half. We checked his contract (he has one) and the bakery's policy. His wife is
starting an English course. The family keep all their documents at home. No concerns.
The volunteer printed a copy of the ACAS guidance on holiday and overtime pay for him to take home and show his manager.""",
  "", "", "")
T("""Barnardo's – CSE Service referral, Oxfordshire. Child: 'L', 15, female. Referred by her school. L's mum has found
messages on L's phone from an account called 'Deano' asking L to come to a flat in Blackbird Leys 'with a friend' and
promising her 'weed and a good time'. L has been missing overnight twice in the last fortnight and came back with
money she can't explain. She has told a friend that she 'had to sleep with his mate' because she owed Deano for the
weed. Mum has called police (ref 43220131124).""",
  "AV DB PSV", "", "S", "high")
T("""Hope for Justice – Joint visit note with GLAA. Site: shellfish processing unit, Morecambe. Following a tip-off,
we met workers privately. Most workers are directly employed and well treated. However, three Romanian men supplied by
an unlicensed gangmaster said they are paid in cash on Fridays by the gangmaster, 'maybe £150, maybe £100', for 60-plus
hours, and that the gangmaster keeps their bank cards 'because the bank account is in his friend's name'. They live in
his house with 9 others and pay £80 each a week. One of them said, 'If we complain, he says he knows people in Romania.'
The gangmaster's vehicle (black Audi A6, reg YK66 BNO) was seen dropping them off at 5am.
Further visit planned with HMRC NMW enforcement in two weeks. The site manager was cooperative throughout.""",
  "WW EO IT", "NCW MBC OA LH CE", "L")
T("""Unseen – Helpline, 03:10 call. Caller is a woman speaking in a whisper from inside a flat in Newcastle. She says
she is Romanian, a man brought her here 3 days ago, took her passport and phone (she is using a client's phone) and
she must see men. The man is asleep in the next room. She doesn't know the address but can see a Greggs and a church
from the window. The door is locked and the key is with him. Police called on 999 and given the number for
cell-site; our call handler stayed on the line.""",
  "RD ISO RM", "DT IS RMS", "S", "immediate")
T("""City Hearts – Client feedback form (anonymised, client's words). 'When I first came to City Hearts I didn't trust
nobody. I had been working in a kitchen in Hull for a man that said he was my friend, for two years, no pay, sleeping
on the floor in the store room with the potatoes. He took my passport and said if I go to police they arrest me not
him. My support worker helped me with everything, the doctor, the NRM, a house. Now I have my own flat and a job in a
warehouse and I'm learning to drive. Thank you.'
[Shared with permission for our annual report. Name removed.]""",
  "WW AC RD IT", "SW DT FA", "L")
T("""Snowdrop Project – Note of call with housing officer. Client's temporary accommodation placement in Rotherham is
ending. The housing officer confirmed that the client has been accepted for the main housing duty and will be made a
direct offer. The client's concern is that she does not want to live near the Page Hall area where she was
previously exploited; the officer agreed to note this as a safety issue and to make offers outside S4. The client's
debts (rent arrears from the previous tenancy, £480) are being cleared through a DHP. No current exploitation.
The client was relieved and thanked the officer. Next call with housing planned for the week after the offer letter arrives, and a copy of the letter will be kept on file.""",
  "", "", "")
T("""Hope for Justice – Letter to the Single Competent Authority (request for reconsideration). We write on behalf of
Mr. K, a 19-year-old Vietnamese national. The negative RG decision says his account was 'inconsistent' because he
gave different dates of arrival. Mr K arrived as a child and was held for about 18 months in a house in Stoke where he
was forced to tend cannabis. He was not allowed outside, the windows were covered, and he lost track of time. He was
given little food and was told by the men who controlled him that he had to repay $25,000 borrowed by his family, and
that if he tried to leave they would kill him. He has a scar on his head where he was struck with a bottle. His
confusion about dates is consistent with his isolation and trauma, and we ask that the decision be reconsidered.""",
  "AV RM ISO AC DB IT PSV", "RMS IS PA UF", "C")
T("""Migrant support drop-in, Leicester – volunteer note. Client (M, 55, Ukrainian, Homes for Ukraine) wanted help
because his host wants him to move out by next month. He works as a driver for a parcel company, paid weekly into his
own account, and has a BRP and passport. He cannot afford a deposit. We contacted the council's Homes for Ukraine team
and they offered a rematch and a deposit scheme. He mentioned that a man at the mosque offered 'a room and job in a car
wash' but he declined because he already has work. No exploitation.
He was thankful and said he would come back to tell us how the rematch goes. File note only.""",
  "", "", "")
T("""Medaille Trust – Resident statement (domestic servitude). 'I came from Pakistan after marriage to my husband.
His family said I will study. In England they took my passport and my phone. I was cooking and cleaning for eleven
people from 5 in the morning until midnight. I slept in the kitchen. My husband's mother beat me with a rolling pin
when the rotis were burnt. I was never allowed outside the house alone, only to the doctor with my sister-in-law who
answered for me. They told me if I complain they will send me back to Pakistan without my son.'
Statement read back to her in Urdu and signed. Copy kept in her file; original sent to her solicitor by recorded delivery.""",
  "DEC RD ISO EO AC PSV RM IT", "DT IS LH SW RMS SFW", "D")
T("""Barnardo's – Case note. Boy (15) from Leeds, known to youth offending. Told worker that he 'makes decent money'
shotting for older lads but 'no one makes me, I can stop whenever'. Worker explored and noted that he was recently
stabbed in the leg and has a 'debt' to the older lads after being robbed of drugs. He has since been made to hold a
knife for them. Worker assesses that despite what he says, he is being criminally exploited.""",
  "AV DB", "PA", "C", "high")
T("""Unseen – Helpline call log (summary). Caller is a social worker in Essex. An elderly British woman with dementia has
had a man move into her bungalow. Neighbours report he has changed the locks, uses her bank card, and that groups of
men come and go. The woman told the social worker that 'the nice man does everything' and that she's not allowed to
use the phone because 'it costs too much'. She has lost weight and her clothes are dirty. Caller wanted to know
whether this could be modern slavery as well as financial abuse. We talked it through: there is no evidence she is
being made to work or commit crime; it's safeguarding and financial abuse; advised police report and s.42 enquiry.""",
  "AV WW ISO", "NCW PA IS", "")
T("""Salvation Army – Survivor support worker note. 'T' (M, 35, Latvian) tells me he has been offered his old job back
by the same gangmaster who exploited him, via Facebook: 'Come back, all forgiven, new house, good money.' T says he
won't go. He has his own flat and a job with a proper agency. He says the gangmaster never hurt him physically but
'took everything, my wages, my card, my passport'. We reported the contact to the police OIC and blocked the account.""",
  "WW RD", "NCW DT", "L")
T("""Kalayaan – Advice note. Client is a Moroccan domestic worker in Chelsea. She says the family have told her that
from next month they will 'keep her salary' for her so she doesn't spend it, and they've asked for her bank card. She
still has her card today and has been paid until now. She wanted to know if she has to give it to them. We advised
her that she does not, and that she can contact us at any time. She has her passport and her phone.""",
  "", "", "")
T("""Hope for Justice – IMSA note. Client (F, 36, Czech) was brought to Leeds by her brother-in-law to work at a
laundry 'for a few months'. He opened a bank account in her name and kept the card and the PIN. She worked 12-hour
shifts, six days a week, and was given £25 a week 'for food'. She says she was never locked in and had her ID card, but
he told her that her children in Ostrava would be taken into care if she went to the police, because 'social services
will say you abandoned them'.
She is now staying with a friend in Bradford and wants to report to the police. Referral to WYP made with consent today.""",
  "WW EO IT", "NCW LH FA", "L")
T("""City Hearts – Helpline note. A man from Sri Lanka phoned asking for help getting his passport back from his
landlord in Ilford. The landlord took it as 'security' for 2 months' rent arrears. The man works in a shop, is paid
properly and can leave the house when he likes. We advised him that it is unlawful for a landlord to hold a passport
and referred him to Shelter for the arrears. Not an exploitation case.""",
  "RD", "DT", "")
T("""Barnardo's – Disclosure recorded by a family support worker. Girl (17) says that when she was 15 a group of men in
Rochdale gave her alcohol and drugs and passed her around between them 'at parties above a takeaway'. She is now ready to
talk to police. She is safe and living with her nan. Police have been informed and an ABE interview is planned.""",
  "AV PSV", "", "S", "high")
T("""Unseen – Business portal report. 'I'm an HR manager at a food packing site in Corby. An agency worker came to me
saying his rent is being taken from his wages by the agency's 'local supervisor' and he's charged £20 a week for the
'work bus', even though we provide free transport. The supervisor also made him pay for his safety boots, which we
supply free. He's had to hand over his bank card as 'security'. He's worried because the supervisor said he'll lose
his job if he complains.'""",
  "WW IT", "CT PPE NCW", "L")
T("""Medaille Trust – Weekly house meeting minutes (summary, no names). Residents raised: need for Arabic interpreter at
the GP, problems with the washing machine, and a request for a trip to the seaside. One resident said she is worried
about money because her NRM subsistence will stop when she gets her CG and she has debts from a phone contract. The
manager agreed to arrange a money adviser for next week.""",
  "", "", "")
T("""Hope for Justice – Referral to West Mercia Police. Client: Mr. L (M, 41, Lithuanian). Mr L was working at a
chicken farm near Hereford through a man who recruited him in Kaunas. He says the man charged him €400 to get the job
and arranged the flight. He was housed in a static caravan with 5 others, the windows broken and covered with plastic,
mould everywhere. The man collected them at 4am each day in a van and returned them at 8pm, charging £7 a day for the
lift. Wages came to the man's account and he gave them £150 a fortnight. Mr L says he was hit by the man's son when he
asked to see his payslips, and was told 'next time, the hospital'. He left after 7 months.""",
  "DEC WW AC PSV IT EO", "UF PLC OA CE CT NCW LH", "L")
T("""Snowdrop Project – Caseworker note. Client (F, 28, Chinese) is preparing for her asylum interview and wanted to go
through the timeline. She described the massage parlour in Sheffield where she was exploited: she lived on the
premises, slept on a massage table, worked from 10am to 2am every day, and the 'boss lady' took all the money and gave
her £50 a week. The boss lady held her passport. She was told that if she left, 'the snakeheads will find your parents'.
Today she is calm and safe; the trafficker was convicted last year.
Notes agreed with the client and sent to her solicitor ahead of the interview on the 14th, with a request for a female interviewer.""",
  "AC EO WW RD IT", "SW LH NCW DT", "S")
