# Part 6: short paragraphs
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""PCSO patrol note, Kingstanding. Stopped at the car wash on College Rd after a resident's concern.
Spoke to three workers in English; all said they live with family nearby, get paid weekly by bank
transfer, and have Sundays off. The manager was happy for me to speak to them alone. Saw a clean staff
room with a fridge and a heater. Nothing to suggest exploitation. Resident updated.""")
T("""Debrief extract, Kurdish male (23): 'The smuggler in Dunkirk said pay later, no problem. In England a
man take me to car wash in Preston. He say £6,000 you owe. He take my money every week, give me £40. He
keep my phone in his car. I speak with nobody.'""", "DB WW ISO", "UF NCW IS", "L")
T("""Intel 3/B/P. Nail bar in Kingston believed to be staffed by Vietnamese females who are driven in from
a house in Tolworth and are not permitted to leave the salon during the day. Lunch is brought in. Source
states the women never carry phones or bags.""", "RM", "ET RMS FPE", "L")
T("""Worker at the hand car wash, Oldbury, says the owner told him on day one that there is no pay for the
first month because that is 'training', and that he must buy his own wellies and gloves from the owner for
£45. He has now worked seven weeks and received £120.""", "WW", "PPE", "L")
T("""Report from Barnardo's ICTG: Vietnamese boy (15) placed with us after arrest at a cannabis farm in
Bedford. He says the men who ran the farm gave him cigarettes and 'white powder' to keep him working at
night and made him sleep in the grow tent. He is very frightened of being found and has asked twice whether
the police will send him to prison.""", "AV PSV AC", "SW FA", "C", "high")
T("""Email from a dental practice manager: a young Albanian man came in with a badly broken tooth. He was
accompanied by an older man who paid cash, did all the talking and told us the young man had 'fallen at the
car wash'. The young man looked frightened and wouldn't look at us. We thought we should pass it on.""",
  "", "PA SFW FA", "L")
T("""Council tenancy officer: visited a flat in Walsall about rent arrears. Found eight Romanian men
living in a 2-bed flat, sleeping on mattresses in shifts. They said they work at a car wash and the
'boss' pays the rent and takes it from their wages. None of them knew the name of the tenant.""",
  "AC WW", "OA PLC", "L")
T("""I own a nail salon in Cardiff. My staff are on PAYE, they have their own passports, I don't provide
accommodation. Someone left a review saying I 'use slaves' because my staff are Vietnamese. I'd like
advice on what I can do about the review.""")
T("""Call log: female caller, Arabic-speaking, via interpreter. Her husband's cousin works at a car wash
in Bolton and has told her he is being kept in a flat with other men and taken to work by van each day;
the boss keeps their documents and they are paid £15 a day. She does not want police to go to the car wash
in case he gets 'in trouble'. Intel submitted; safeguarding advice given.""",
  "RM RD WW", "ET DT CE OA", "L")
T("""Vietnamese female, 20, arrested for working illegally at a nail bar in Cambridge. Disclosed in custody
that she was brought over 'as a girlfriend' by a man who then sold her 'debt' to the salon owner for
£8,000. She has to work until it is paid back. Custody nurse noted scratches on her neck.""",
  "DEC DB", "PA UF", "L")
T("""Licensing inspector, Bury: the car wash operator could not produce a single timesheet or payslip and
said the staff are 'friends helping'. The three workers gave identical answers and would not say where
they lived. Given 14 days to produce records. GLAA informed.""", "", "FA", "L")
T("""Our son works at a car wash in Slough and has his own flat and car, he earns decent money and he
works 6 days because he wants to. We got a letter from a charity saying car washes exploit people, is he
being exploited? He says no.""")
T("""Op LANTERN phase 2. Intelligence suggests the Kurdish OCG moved workers from the raided car washes in
Leicester to cannabis grows in Northampton within 48 hours of the raids, to prevent them being spoken to
by police. Workers still said to be paying off debts to the group.""", "DB", "UF", "L C")
T("""Note from a night shelter volunteer, Peterborough: three Romanian men arrived late, said they walked
out of a car wash where they'd had no pay for 6 weeks and where the boss 'kicked one of us'. They had
nothing with them except the clothes they were wearing. They have no documents; the boss kept them.""",
  "WW PSV RD", "FPE DT", "L")
T("""Met intelligence: nail bar in Lewisham is believed to be run by a woman who also arranges 'sham
marriages' for her staff, charging each £5,000 which they repay by working in the salon. Staff are not
paid until the debt is cleared.""", "DB WW", "UF", "L")
T("""Teacher's note: Year 8 pupil (Romanian, 12) says she goes to the salon after school to sweep up and
make tea, her aunt owns it, she gets £5 and a McDonald's. Lives at home with mum and dad. No worries
raised by anyone, just recording as per policy after the staff training.""")
T("""Custody record extract: detained person (Vietnamese, 19) arrested at cannabis grow, Kidderminster.
Will not give details, repeatedly says 'I work here alone, my idea'. Found with a note in his pocket in
Vietnamese, translated as 'if police, say nothing, say you own, we look after your family'. Duty solicitor
notified of possible s45 defence.""", "IT", "FA", "C")
T("""PC GRANT, Hounslow: stopped a Transit (LC17 BZV) on the A4 at 0540 with 9 males on board, all
Albanian, in work clothes. Driver said they were going to 'different car washes'. One male said he pays
£10 a day for the lift. None had ID on them; the driver had a bag containing nine passports.""",
  "RD", "CE CT DT ET", "L")
T("""Worker (Eritrean, 19) at hand car wash, Coventry, said he doesn't get a break all day and eats
standing up between cars; there's no toilet and they use a bucket in the shed. 'From 7 to 8 every day,
Friday also.'""", "AC EO", "LH", "L")
T("""Caller states he is a security guard at a retail park in Swindon. There is a group of men who wash cars
in the car park and sleep in a Luton van at night. He has seen a man in a BMW collect money from them every
evening. He thinks they are 'owned' by him.""", "AC WW", "SW PLC NCW", "L")
T("""Referral from Refugee Action: Kurdish man (32) with refugee status has been working at a car wash in
Bradford for three years. He is paid £350 for a 48-hour week in cash. He wants to know if that's legal.
He lives with his wife and children. No control or coercion described; advised on NMW.""", "WW")
T("""Record of a conversation with a Vietnamese nail technician, through a community interpreter at a
Chinatown outreach event: she arrived through an 'agency' that she paid $8,000; the agency still texts
her asking for 'the rest'. She is now working for a legitimate salon and is paid properly, and the agency
has no other hold on her.""", "", "UF", "")
T("""Op RESOLVE - intelligence. Albanian 'gardeners' in Kent grows are said to be recruited via Instagram
adverts showing cash and cars and offering 'work in England, €3,000 a month'. On arrival they are told the
money was a lie and put to work to repay a €25,000 'trip'.""", "DEC DB", "UF", "C")
T("""Concern re HCW, Hanley: one worker always has a limp and was seen with his arm in a sling made from a
t-shirt. He says he fell off a ladder while cleaning a van but the boss wouldn't take him to hospital.""",
  "AC", "PA", "L")
T("""Worker disclosed the boss takes her wages 'for safe keeping' but she can have them when she asks, and
she has asked twice and got them both times. Lives in her own flat. Nail bar, Bristol. No concern identified.""")
T("""Helpline call: a woman from Vietnam, now safe in London, wants to report the nail bar in Sheffield
where she worked two years ago. She says the owner locked the staff in at night and forced them to work
while ill. She is not sure the salon is still open.""", "RM AC", "RMS", "L")
T("""Missing from home: Albanian boy (16), in LA care in Hillingdon, missing for 5 days. Intel that he has been
contacted by the men who brought him to the UK and told to go to a 'job' in a grow in Leeds. Phone cell
site last showed him on the M1 near Leicester this evening.""", "AV", "", "C", "immediate")
T("""Taxi driver reports regularly dropping Romanian women from a house in Luton to a 'massage' place in
Dunstable. They're always accompanied by a man who pays and takes their phones off them in the car.""",
  "ISO", "ET IS", "S")
T("""Hand car wash, Maidstone. Workers told GLAA investigator that they sign for £450 a week on paper, but the
boss pays £150 and says the rest is tax and rent. One worker: 'I sign what he says, I don't read English.'""",
  "WW AV", "NCW", "L")
T("""Staff at the salon say the owner shouts and swears at them, which they don't like, but they get paid
and they can leave whenever, and two of them are about to leave for a salon in town. Advised on
grievance procedure.""")
T("""Albanian male (19) disclosed to youth worker that 'the boys from home' paid for his boat and he now
drives around delivering cannabis for them in Leeds; says he doesn't mind and gets 'good money' but owes
them £8,000 and 'you don't say no to them'.""", "DB IT", "UF", "C")
T("""Worker at nail bar had her hair pulled and her head banged on the counter by the owner's son, witnessed
by a customer, after a complaint about a chipped nail. Customer called 101 after leaving.""", "PSV", "", "L")
T("""GLAA/HMRC joint visit, Kettering. Car wash employs 5 people; records show NMW paid, holiday pay accrued.
Owner had kept copies of workers' passports on file for right to work checks, which is lawful; originals
with the workers. No issues.""")
T("""Statement, Romanian male: 'They send me to the car wash in Dagenham. I ask where is my contract, they say
no contract. I ask where is money, they say next week. Four weeks nothing. When I say I go to police they
say police will send me to Romania in chains.'""", "WW IT", "FA", "L")
T("""INT 3/C/P: Eritrean males working at HCW in Liverpool are believed to be sleeping at the unit on pallets,
as they were evicted from asylum accommodation after their claims were granted. The owner lets them stay
for free. Unclear whether they are paid.""", "", "SW PLC", "")
T("""Report by a hospital ED nurse, Oldham: man in his 20s, Vietnamese, presented with burns to forearms.
Said they were from 'cooking'. Consistent with burns from grow lamp housing. Man had no ID, gave a false
name, and a man waiting in the car park phoned him repeatedly until he left before treatment finished.""",
  "", "PA FA", "C")
T("""Case note: client (Kurdish, 26) was referred as a potential car wash victim. On assessment he said he
has always been paid, has never been threatened or restricted, and left that job for a better one at a
garage. He does not want to enter the NRM and there's no reason for him to. Closed.""")
T("""I was the 'manager' at a car wash in Erith but I was also a victim - the big boss made me collect
the other workers' money every Friday and give it to him, and if I didn't he said my little brother back
in Shkodër would get hurt. (Albanian male, 28, interview with NCA.)""", "IT WW", "NCW", "L")
T("""Welfare check, Whitechapel: Bangladeshi man running a hand car wash with his two sons. Anonymous call
alleged 'trafficked workers'. All three confirmed as family, British citizens, sons at university part-time.
Malicious call suspected.""")
T("""Ops room note: PV who escaped from grow in Huddersfield last night says there is another boy still
locked inside the same property and that the 'boss' is coming back today to move him. Address identified.
Immediate deployment authorised.""", "RM", "RMS", "C", "immediate")
T("""Vietnamese female (17) in a nail bar in Luton told a customer that she lives at the shop and isn't
allowed to go to school because she has to 'pay back mum's friend'.""", "AV DB RM", "SW RMS", "L", "high")
T("""Car wash staff in Leicester on an Instagram reel 'day in the life' - 12-hour shift, eating in the car,
banter with the lads. Someone commented 'modern slavery'. The poster replied he's on £14 an hour, his own
boss on Saturdays, and saving for a wedding.""")
T("""Referral from homelessness team: Romanian woman (45) was picked up from a day centre by a man who
promised her a job at a hand car wash with a room. Instead she is cooking and cleaning for the workers in
the house and not paid at all. She is afraid to go out because he told her she'd be arrested.""",
  "AV DEC WW IT", "FA", "D L")
T("""Cannabis factory found at a flat in Cardiff. Occupant, 22, a local man, admitted he is paying off a
drug debt to a dealer by 'minding' the plants; he said he'd been threatened with a hammer. Not a foreign
national. NRM referral considered.""", "DB IT", "", "C")
T("""Note on file: concern that an Albanian man was being exploited at a car wash was closed after he was
located working for a different firm, living in his own flat with his girlfriend and stating that he had
never been controlled. He confirmed he keeps his own passport and bank card.""")
T("""Debrief: 'In the salon I must smile all the time. If customer complain, boss take £20 from my money.
Sometimes I finish the week and I have nothing left because of complaints. Boss also charge me for the
nail polish.' - Vietnamese woman, 25, Northampton.""", "WW", "PPE", "L")
T("""Member of public: the lads at the car wash are out there at 7 every morning and they're still going
when I get back from the pub at 11. Seven days. And they live in the portakabin. Somebody needs to check.""",
  "EO AC", "LH SW", "L")
T("""Statement from an Eritrean woman (23): 'My husband's friend took me to his flat in London to clean and
cook for his family. He took my papers. At night he came to my room and forced me. I could not leave because
I don't know London.'""", "RD PSV ISO", "DT IS", "D S")
T("""Police search of house linked to nail bars, Stoke: 14 phones, 11 Vietnamese passports in a shoebox
under the bed of the owner, a ledger with names and figures titled 'no' (debt). Owner charged with MSA
offences.""", "RD DB", "DT", "L")
T("""Nail bar in Swansea has a sign 'Staff wanted, no experience, accommodation provided'. Passed to GLAA for
intel. Nothing further known at this stage.""", "", "OA", "")
