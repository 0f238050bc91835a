# Part 8: more longer texts
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Financial intelligence summary (sanitised), NCA. Suspicious activity reports from three banks link 31
personal current accounts, opened between 2022 and 2024 in the names of Romanian and Moldovan nationals, to a
single residential address in Enfield and to one mobile number. Wages from four hand car wash companies are
paid into the accounts weekly, then withdrawn in cash, within hours, at the same two ATMs in Edmonton by a
man captured on CCTV using several cards in a row. Account holders' own spending is almost nil. Two account
holders, when contacted by a bank, said through a third party that they 'did not need' their cards. Analysts
assess that the workers do not control their wages and that a controlling network collects them. Referred
to the Met MSHT unit and the GLAA for joint development.""",
  "WW", "MBC NCW SFW", "L")
T("""Diary of a support worker, written up for supervision: 'Met T again today, the Eritrean lad from the car
wash in Northampton. He has been out of there three weeks now and is staying at the safe house. He brought
everything he owned in a single plastic bag - a shirt, a Bible, a phone charger with no phone. He told me
the owner used to charge them £5 each way for the van to the site and £30 for the rubber boots, and then
said their wages had to go on 'the room', which was a garage with eight camp beds. He still thinks he owes
the man £900 and asked me if he should pay it. I told him he doesn't have to. He laughed, for the first
time I've seen.'""",
  "WW DB AC", "FPE CT PPE OA PLC", "L")
T("""Op HARBOUR - post-raid debrief note. Warrant executed at a nail bar and flat above, Middlesbrough, 0700.
Four women found, Vietnamese, aged 19 to 34. All had been working at the salon for between four months and
two years. Three said they had never been out of the building except to be driven to another salon in
Darlington on busy days, always with the owner's husband. Their phones were kept in a drawer in the owner's
office and handed back for ten minutes on Sundays to call home, with the owner present. None were paid
wages; the owner said she was 'paying their debts in Vietnam'. Two women said they were slapped by the owner
for taking too long with customers. The flat had two bedrooms shared by all four women and the owner's
teenage son. All accepted NRM referrals.""",
  "RM ISO WW DB PSV", "RMS ET IS NCW OA", "L")
T("""Summary of a Tribunal judgment, published (names changed). The claimant, a Romanian national, worked at
a hand car wash in Hull for 14 months. He claimed unpaid wages, holiday pay and unfair dismissal. The
Tribunal found that he was an employee, that he was paid £6 an hour against a minimum wage of £10.42, that
he worked around 55 hours a week, and that he was dismissed after asking for a payslip. It found no
evidence that he was forced to work, confined, threatened, or that his documents were held; he lived with
his partner in their own rented flat and changed jobs after dismissal. Award: £14,300. The judge noted that
underpayment of this kind is a serious breach of employment law but is not, without more, modern slavery.""",
  "WW")
T("""Safeguarding alert raised by a school nurse, Luton. Pupil H (Albanian, 15) disclosed during a health
check that he works every night after school and all weekend at a hand car wash owned by his 'uncle', who
is not a relative but the man who arranged his travel from Albania. H says he must work to repay the
£12,000 the uncle spent on his journey, that he gets no money himself, and that he lives in a room at the
uncle's house with five adult men who also work at the car wash. He said the uncle told him that if he
tells anyone, his mother in Albania will have to pay instead. H has visible cuts on his hands from the
work. Referred to Children's Services and police as a child at risk of labour exploitation.""",
  "AV DB WW IT EO", "UF OA PA LH NCW", "L", "high")
T("""Press release, Nottinghamshire Police: 'A man has been jailed for seven years for modern slavery
offences after exploiting vulnerable men at a hand car wash. The court heard that he targeted men who were
homeless or had drink problems in Romania, promising them good jobs and accommodation. Once in Nottingham
they were housed in squalid conditions, with no heating and broken windows, and put to work for up to 14
hours a day for little or no pay. He took their identity cards and controlled their bank accounts. One
victim said he was punched for asking to go home. Detective Inspector Reeves said the men had been treated
"like tools".'""",
  "AV DEC AC EO WW RD PSV", "PLC LH DT NCW", "L")
T("""Conversation with the owner of a family-run nail salon in Reading, recorded during a Stronger Together
workshop for small businesses: 'We have five technicians. Two are my daughters, three are women from the
community who have been with me for years. They are on the payroll, paid every month into their own
accounts. I never hold anyone's passport - I take a copy for the right-to-work check and give it back. Nobody
lives at the salon. We close at 7, Sundays off. When the police came once after a complaint, I was upset at
first, but they were polite and it took twenty minutes. I'd rather they check than ignore it.'""")
T("""Intelligence from a Kurdish community organisation, Manchester (shared with consent). Several young
Kurdish men living in asylum hotels in Greater Manchester have told volunteers that a man offers them
'cash work' at a chain of car washes in Oldham and Rochdale. Those who accepted say he collects them from
near the hotels at 6am and drops them back after 10pm, charges them £8 a day for the lift, and has told them
that if they stop he will tell the Home Office they have been working illegally, which will end their
claims. None said their documents were taken or that they had been hurt. The organisation is worried that
the men are too scared to report it themselves.""",
  "IT AV", "CE CT FA", "L")
T("""Note of a hospital social worker, Leeds General Infirmary. Patient (British, 52) awaiting a kidney
transplant asked me whether it is legal to 'find a donor abroad'. He had been contacted on WhatsApp by a
man offering a kidney from 'a young man in need' for $40,000, with surgery in another country. He has not
paid anything and says he will not go ahead now that we have explained the law and the risks to him and to
the donor, who would very likely be someone exploited for their poverty. I have informed the transplant
team and the Human Tissue Authority. Patient remains on the national waiting list.""",
  "AV", "", "O")
T("""Letter from a living donor coordinator to a GP, Manchester Royal Infirmary: 'I am pleased to confirm
that Mrs S (the donor) has completed her assessment to donate a kidney to her husband. She was seen alone by
the Independent Assessor on behalf of the Human Tissue Authority, who was satisfied that she is donating
freely, with no pressure or reward. She understands the risks and may withdraw at any time. Surgery is
planned for March. Please continue her usual blood pressure monitoring.'""")
T("""Eritrean man (27), account to an NRM first responder in Sheffield: 'After Libya I was in Italy, then
France. A man in Paris said he has a job for me in a car wash in Sheffield, good money, and he will pay my
train and the lorry. In Sheffield the car wash man said I owe £4,000 for this. He put me in a room above a
takeaway with six others, two beds, the rest on the floor. I worked from light to dark. He paid me £20 on
Saturdays. Sometimes he took our phones when we were working so we could not call anyone. He said if we
went to the police the Home Office would put us in detention and send us to Rwanda.'""",
  "DEC DB WW AC EO ISO IT AV", "UF OA LH FA", "L")
T("""Neighbourhood policing newsletter, Sparkbrook: 'Thanks to everyone who came to our car wash and nail
bar awareness event last week. We visited eight local businesses with our partners from the council and
the GLAA. We are pleased to say every one of them was doing things right - staff on contracts, paid
properly, holding their own documents, and with decent facilities. One owner offered us all a free wash!
If you do see something that worries you, such as workers who seem frightened, who are always driven in
and out in groups, or who seem to live on site, please call 101 or the Modern Slavery Helpline.'""")
T("""Statement of a Vietnamese woman (31), given at a reception centre after a police operation in Bristol:
'I was a farmer at home. A woman in my commune said her brother has a nail shop in England, I can learn the
work and earn a lot. My family sold our buffalo to pay the first part. I flew to Europe with a false
passport, which the man took away at the airport. In England I lived in the shop. I learned nails but I
never got money, the boss said first I must pay the second part. He was not violent, but he said the police
would put me in prison if they found me, because my passport was false. I was in the shop every day from
nine to nine, for one year and a half.'""",
  "DEC DB WW RD IT AC EO AV", "UF DT SW LH FA", "L")
T("""Multi-agency risk meeting, Slough, minutes extract. Subject: cannabis grows linked to car washes. Police
reported that a Vietnamese youth (est. 16) found in a grow on Tuesday has gone missing from his foster
placement overnight. Phone data suggests he is being driven north on the M40 with two adult males linked
to the grow, and his foster carer received a message from him saying 'they came for me, I am scared'.
Agreed: treated as a missing child at immediate risk, ANPR markers placed, neighbouring forces informed,
NCA notified.""",
  "AV RM", "ET FA", "C", "immediate")
