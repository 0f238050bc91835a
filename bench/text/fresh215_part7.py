# Part 7: longer accounts
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Intelligence report - West Mercia. Grading 2/B/P. Premises: Crystal Hand Car Wash, Bromsgrove Rd,
Redditch. It is reported that the site is run by two Romanian brothers, surname LUPU, who recruit workers
from villages near Galați through a cousin who places adverts on Facebook offering 'car wash job in
England, £2,000 a month, free house'. Workers pay the cousin €300 before travel. On arrival at Luton the
brothers collect their identity cards 'for the bank' and open accounts in the workers' names, keeping the
cards and PINs. Workers are paid between £100 and £150 a week in cash. They live at two houses on Other Rd,
where up to ten men share each house and pay £60 a week each from their wages. They are driven to the car
wash at 0700 and collected at 2000, six or seven days a week. The source has seen one of the brothers slap
a worker across the face in front of others for talking back. It is not known whether any worker has asked
to leave. Recommend joint visit with GLAA and Immigration Enforcement, with interpreters, and financial
enquiries on accounts linked to the brothers' address.""",
  "DEC RD WW EO PSV", "UF DT NCW OA CE LH MBC", "L")
T("""Record of a conversation between a Vietnamese community support worker and a young woman, aged 18, at
a drop-in in Leeds (written up with her consent). She arrived in the UK two years ago. A relative's friend
arranged everything and the family paid half of the fee up front. She was told she would work in a nail
salon and send money home. The salon was real and the work was what she was told, but she has to give the
'agent' half of everything she earns until the other half of the fee is paid, and he calls her every
Friday. He has not threatened her, but she does not know how much is left and he will not tell her. She
lives with friends, has her own passport and phone, and can go where she likes. She wanted to know if she
has to keep paying. We explained her options and gave details of the MSVCC and a solicitor. I am not sure
this is forced labour, but the debt has no end date and she cannot check it.""",
  "DB", "UF", "L")
T("""Police incident log - Grade 1 - 2247 hrs. Caller is a delivery driver at a car wash on the A57 near
Worksop. He heard shouting from the office and saw a man dragging a worker by his hair into a blue shipping
container, then padlocking it. The worker was screaming 'please, please'. The man then drove off in a black
Range Rover (partial VRM KM7*). The caller can hear banging from inside the container now and is standing
outside it. He does not have tools to open it. Another worker came out of the portacabin and told the
caller in broken English that the man 'punishes' them like this when they ask for money and that last time
someone was left inside all night without water. Units dispatched, fire service requested for cutting
equipment, ambulance on standby. Caller told to stay on the line and keep away from the road.""",
  "PSV RM WW AC", "RMS", "L", "immediate")
T("""Report to the Local Safeguarding Children Partnership - thematic review of five children found in
cannabis grows in one county in 2024. All five were boys aged 14-17, four Vietnamese and one Albanian. All
had been moved to the UK by smugglers; all were told they owed large sums, from £15,000 to £30,000. All five
were found in locked properties, three with windows boarded. Four said their phones had been taken; none
knew the address. Two had injuries from electrical equipment. Three were charged with cannabis production
before being identified as victims, and in two cases the charges were later dropped after positive
conclusive grounds decisions. Two went missing from care within a week of placement, and one was later
found at another grow. The review recommends that children found in grows are treated from the outset as
victims, that placements are made out of area, and that phones and social media are monitored with the
child's knowledge.""",
  "AV DB RM ISO AC", "UF RMS IS PA", "C", "high")
T("""Account given by a Kurdish-Iranian man, 34, to his solicitor for his asylum claim (extract concerning
the UK): "After the lorry I was taken to a house in Birmingham. A man called Karwan said I must work to pay
for the journey, £7,000. He sent me to a car wash. I worked from seven in the morning to nine at night and
on Friday until midnight cleaning the vans of a company. He gave me £50 each week. When I asked for more he
laughed and said the debt is still big. When I said I would leave he showed me a video on his phone of a man
being beaten and said 'this is what happens'. I slept in the house with eleven other men, some on the floor.
He kept my identity paper from Iran. I was very afraid of the police because he said they would send me to
Iran where I would be killed. After eight months I ran away to a friend in Newcastle." """,
  "DB EO WW IT RD AV", "UF LH OA DT FA", "L")
T("""GLAA intelligence assessment - nail bars, East Midlands (sanitised). Over the last year the GLAA has
received 42 reports about nail bars in the region. Most are low in detail: 'staff look young', 'staff
don't speak English', 'always open'. These features are common in legitimate salons run by Vietnamese
families and are not by themselves indicators. Of the 42, seven contained specific information - workers
sleeping on premises, passports held by owners, workers driven in as a group and unable to leave, and in
one case a worker with visible injuries. Visits to those seven found evidence supporting exploitation at
three salons; workers there were referred to the NRM. The assessment recommends that public messaging focus
on specific signs rather than nationality.""",
  "RD RM", "SW DT ET RMS PA", "L")
T("""Extract from a Victim Navigator's notes. Ardit (Albanian, 19) was arrested in a cannabis grow in
Swindon. In custody he said nothing for two days. With me, he explained that in Albania he borrowed money
from a man to pay for a boat crossing, after seeing videos of other young men driving expensive cars in
London. The man's associates met him in Kent and told him the crossing debt was now £18,000 and he would work
it off in 'a house'. He was taken to a property with plants and told never to open the door. He was given a
phone that only called one number. He was allowed to keep a small amount for cigarettes. He says he was
not beaten but he saw what happened to another boy who tried to leave, who was 'cut' on his face. He is
frightened for his parents and younger brother. Referral made; CPS notified of s45.""",
  "DB RM ISO WW IT", "UF RMS IS", "C")
T("""Email from a member of the public to Crimestoppers (edited for length): 'I run a small café near the
car wash. For about a year, three of the car wash men have come in each morning for tea before they start.
They told me they are from Eritrea and came through Libya. They seem happy enough, they joke with me, they
pay for their own food, and they told me they rent a house together and are saving to bring their wives.
Last week one of them didn't come and the others said he's gone to work in a warehouse in Coventry for more
money. I'm only writing because your leaflet said to report car washes and I don't want you thinking I
didn't. I don't think anything is wrong there, they're good lads.'""")
T("""Case summary - CPS advice file. Defendant 1 (DEMIRI, Albanian) and Defendant 2 (NGUYEN, Vietnamese)
ran a network of nine nail bars and three cannabis grows across Yorkshire between 2021 and 2024. Victims
included 14 Vietnamese nationals, four under 18 at the time. Evidence shows victims were brought to the UK on
loans arranged in Vietnam, with debts recorded in a ledger seized at D2's home that increased with charges
for food, accommodation and 'mistakes'. Victims were moved between salons and grows by car at night, lived at
the workplaces or in houses owned by D1, had their passports and phones removed, and were told that police
would imprison them. Several described being hit. Proposed charges: MSA 2015 s1 and s2, conspiracy to
produce cannabis, money laundering.""",
  "DB RD ISO IT PSV AV AC", "UF DT IS SW FA ET", "L C", "high")
T("""Note of joint visit, Sefton Council licensing and Merseyside Police, Lush Lashes & Nails, Southport.
Purpose: follow-up on a complaint that staff were 'living in the shop'. On arrival at 0800 the premises were
locked and dark; through the glass officers saw two people asleep on the treatment couches with blankets. The
owner arrived at 0830 and said the women had 'missed the last bus'. Interviewed separately, both women
(Vietnamese, 20s) said they live there because the owner gives them nowhere else, they do not have keys to
leave, and they get £100 a week. Neither could name the town they were in. The owner was asked to produce
right to work documents and could not. NRM referrals for both made with consent. Owner interviewed under
caution.""",
  "AC RM WW ISO", "SW RMS IS", "L")
T("""Blog post by a community interpreter (anonymised, shared on a training course): 'The first time I
interpreted for a boy from a grow I expected him to be grateful we'd found him. He was furious. He said we
had ruined everything: now his debt would double and his mother would be visited. He gave the answers he'd
been taught - that he was 20, that he lived alone, that it was his business. It took three more meetings
before he said he'd been locked in, that the men had his passport, that he was 16. I learned that when a
victim is silent or hostile, that is often the clearest sign of all.'""",
  "DB IT RM RD AV", "FA RMS DT", "C", "high")
T("""Housing officer visit note, Thurrock. Purpose: complaint about rubbish. Property is a 3-bed house let
to one tenant, a Kurdish man who owns a car wash on the A13. Present were nine men, who said they all work at
the car wash. The living room and dining room were being used as bedrooms, with mattresses on the floor, and
there were only two working rings on the cooker. Men said they each pay the owner £70 a week and he takes it
from their pay. They said they are free to go out and have their own phones and papers, which they showed
me. No threats were mentioned. Referred to private sector housing for HMO licensing, and to police for
information given the employer also being landlord.""",
  "AC WW", "OA PLC", "L")
T("""Hospital safeguarding referral, Royal Stoke: patient (Romanian, 38) admitted with severe chemical burns
to both feet. He told staff he works at a car wash and was standing in acid-based wheel cleaner for hours in
trainers because the boss does not provide boots. He said he is paid £20 a day and has not had a day off in
three months. The boss, who brought him in, tried to take him home before treatment, saying he 'needs him
tomorrow'. Patient appeared frightened of the boss, who held the patient's phone during the visit. Patient
later told a nurse the boss has his ID card. Police informed; patient accepted NRM referral.""",
  "AC WW EO RD ISO", "PA LH FA DT", "L")
T("""Transcript of call to Modern Slavery Helpline, caller a Romanian-speaking woman, 29 (translated): 'I
came to work in a salon in London, they said nails and eyebrows. I am a beautician in Romania, I have a
diploma. When I arrived the woman said there is no salon, I will clean her house and look after her mother.
I cook, I clean, I wash the old lady, day and night, she calls me even at three in the morning. I sleep in
the same room with the mother. For four months I got £200 in total. She has my identity card. I am calling
from the bathroom. Please, what can I do?'""",
  "DEC EO WW RD", "LH DT", "D")
T("""Quarterly report - Modern Slavery Partnership, Humberside. Highlights: 27 NRM referrals from the area this
quarter, of which 11 related to hand car washes (mainly Romanian and Kurdish men), 6 to cannabis cultivation
(Vietnamese and Albanian, including 3 children), 4 to nail bars (Vietnamese women), 3 to sexual exploitation
and 3 to county lines. Common features reported by victims: debts to those who arranged travel (19 of 27),
documents held (14), accommodation provided by the exploiter with severe overcrowding (12), and threats to
family abroad (9). Awareness training delivered to 140 taxi drivers and hotel staff.""",
  "DB RD IT AC AV", "UF DT OA", "L C S", "high")
T("""Internal review of a complaint by a car wash owner in Grimsby. Mr A complained that his business had
been visited by police four times in a year, each time after anonymous reports, and that customers had been
put off. The review found that each visit had been carried out properly, that on each occasion all workers
were spoken to privately, all held their own documents, all were paid through payroll at or above the
minimum wage, none lived in accommodation linked to the employer, and none described any threat or control.
The review upholds the complaint in part and recommends that repeat anonymous reports about the same premises
be assessed against previous visit findings before deployment.""")
