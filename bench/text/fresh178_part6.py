# fresh178 part 6: more long reports (financial emphasis)


def add(T):
    T("""SAR narrative (Lloyds Banking Group), customer Radu POPA, personal current account. Trigger: automated alert for
    'many-to-one' credits. Review period 01/02 to 31/07. The account received 412 credits from 5 UK employers (two
    food processors, a laundry, a warehouse and a car parts factory) with payment references showing 19 different
    employee names, for example 'SAL WK23 I. TOMA', 'PAY A. NEAGU'. None of those named are signatories or linked
    parties. POPA's account was debited with regular transfers of £45 to £60 to Revolut accounts in the same names and
    with payments to three letting agents in Corby and Kettering for a total of £3,900 a month. The account also paid
    a coach operator in Iasi 14 times. Large cash withdrawals (£500, the daily limit) take place every day. When
    contacted, POPA said he is 'helping friends who have no bank'. Our staff note that most of the named employees do
    in fact have accounts with us, opened at the Corby branch with POPA present as 'translator' and POPA's phone
    number on file. We suspect POPA is receiving and controlling the wages of a group of workers he recruited and
    houses. Consent sought to exit relationship; report filed with the NCA.""",
      "WW", "NCW SFW MBC OA", "L")
    T("""Court summary (Crown Court, sentencing remarks paraphrased, names changed): The defendant ran a 'recruitment
    service' for Lithuanian workers. He placed advertisements in Lithuania promising jobs in a British dairy with
    £450 a week and free accommodation. On arrival, workers found they were being paid £2 an hour, and that their
    accommodation was a converted barn with 20 bunks and a single cold tap. The defendant took their passports
    to 'register them for tax' and did not return them. He kept the workers' bank cards and allowed them £25 a week.
    He told them they owed him £800 each for travel and registration, and that if they left the debt would pass to
    their families. The workers milked cows twice a day and cleaned sheds, working from 4am to 7pm seven days a week.
    He struck one worker across the face in front of the others as an example. You took advantage of people who were
    poor and far from home and you treated them as if they were your property.""",
      "DEC WW AC RD DB IT EO PSV AV", "UF PLC OA DT NCW LH PA", "L")
    T("""HMRC and DWP joint review, takeaway chain 'Peri Express' (5 shops, Leicestershire). Background: a DWP data match
    found that 8 employees of the chain were also claiming UC as unemployed. Findings: the employees were properly paid
    through payroll into their own accounts and had failed to declare earnings themselves; there is no sign that the
    employer was aware or involved. Employees confirmed in interview that they manage their own money, had their own
    documents, and that nobody made the claims for them. Two admitted they knew they should report earnings but 'didn't
    bother'. Staff work shifts of 6-8 hours with breaks. This is ordinary benefit fraud by individuals; overpayments are
    being recovered and one case is being considered for prosecution. No exploitation or third-party control found.""")
    T("""Intelligence log, Police Scotland, grading B/2. The source reports that a man named Pawel (surname unknown,
    aged about 50, drives a blue Ford Transit SY17 DGU) recruits Polish men sleeping rough in Aberdeen and Dundee
    with offers of 'good money' on fishing boats and in fish processing. The men are driven to a bothy near Peterhead
    with no electricity, and every morning at 3am to the harbour. On the boats they work 18-20 hours with little
    sleep. Pawel collects their pay from the skipper and gives them tobacco and food. A man who complained had his
    head held under water in a fish tank. The men are told the police know Pawel and will do nothing. The source,
    who was one of the men, escaped when the van stopped for fuel.""",
      "AV DEC WW AC EO PSV IT", "PLC CE LH NCW FA", "L")
    T("""Minutes of a vulnerable customer review (building society): Member is a 71-year-old widow, Mrs Jean PRICE, who
    has made 14 cash withdrawals in 3 weeks totalling £18,600. Branch staff worried she was being coerced. She told us
    the money was for a new kitchen and bathroom; she showed us a written quote and invoices from a local firm that has
    been trading for 20 years, and her son attended with her the following week and confirmed the work. She is of
    sound mind and entirely in control of her own money. We checked, and there is no sign of a scam, fraud, or anyone
    speaking for her. Recommendation: remove the flag and thank staff for their vigilance. Branch staff were reminded that the Banking Protocol is there to be used, and that in this case it was used properly even though it turned out there was no crime. File closed.""")
    T("""Safeguarding referral to Rochdale MASH from a pharmacy: "Over the last month, a girl I think is about 15 has
    come in three times for the morning after pill, each time with a different man in his 20s or 30s who pays and
    stands right next to her. She gives a different name each time. The last time she had a cut lip and her hands
    were shaking. One of the men took a wad of bank cards out of his wallet to pay and picked one that wasn't in his
    name. When I tried to speak to her alone in the consultation room the man came in and said 'she's fine, she's my
    cousin'. She said nothing at all. I have the CCTV and the man's car was a white BMW, I got part of the plate
    MA66." The pharmacist is very worried the girl is being sexually exploited.""",
      "AV PSV", "SFW PA MBC FA", "S", "high")
    T("""Financial investigator's note, Op STARLING (Kent): Restraint of £210,000 in accounts held by Ardit KRASNIQI
    and associates. Summary of cash-flow in plain terms: money came in from the sale of cannabis grown at 4
    addresses in Medway and Maidstone, in cash, and was paid into 9 personal accounts in the names of Albanian men who
    worked as 'gardeners' at those addresses. The gardeners did not control the accounts: the cards, PINs and online
    logins were all found on KRASNIQI's phone. The gardeners' own accounts show no everyday spending; they told
    officers they were only allowed out of the houses to be moved to another house at night, and that they were paying
    off the cost of their journey to the UK at £10,000 each. Two of the gardeners are 17.""",
      "WW RM DB AV", "NCW MBC RMS UF", "C", "high")
    T("""Email to the force's modern slavery team from an accountant: "I have a client, a Polish builder, who pays four
    lads who live with him in his house. I was worried as the rent (£120 a week each) is taken off their pay. I visited
    and spoke to the lads myself, two of them speak good English. They each have their own room, their own keys, they
    come and go as they like, they've got their passports and their own bank cards, and the rent is on a written
    agreement that they signed and that is below the local rate. They work 40-45 hours and get overtime. I think this
    is all above board but wanted to check whether deducting rent from wages is legal." Reply sent: deductions for
    accommodation must comply with the NMW accommodation offset; no exploitation concerns from what is described.""")
    T("""Case note, Salvation Army prime contractor, client W (Vietnamese, 20). W's account through a Vietnamese
    interpreter: she borrowed £15,000 from a moneylender in Ha Tinh to pay an agent who told her she'd work in a
    restaurant in England. She travelled via Russia and France in lorries. In England, the agent's people took her to a
    nail bar in Kent and said she'd work there to repay the debt. She worked from 9am to 8pm every day, slept on the
    floor of the shop's back room and was not allowed to leave except in the manager's car. They took her phone. She
    was told she earned £250 a week, but all of it was 'for the debt' and her family in Vietnam were being visited by
    the moneylender's men, who said they'd take the family's land. She was never told how much she still owed.""",
      "DEC DB WW EO AC RM ISO IT", "UF LH SW ET RMS IS", "L")
    T("""Intelligence report, Metropolitan Police, Roads and Transport Policing: A man in his 60s has been begging at
    Oxford Circus station every day for 3 months. Officers engaged: he is Romanian, disabled (one leg), speaks very
    little English. He is dropped off at 7am by a younger man in a grey Toyota Auris (reg LK65 XZE) and collected at
    9pm, when the younger man takes the money from his cup. The beggar told a Romanian-speaking officer he gets food
    and a place to sleep 'in a house with many people' and that he can't go home because 'they have my papers'. He
    seemed scared and looked over his shoulder during the conversation. He is thin and in dirty clothes. Plan: a Romanian-speaking officer and a charity outreach worker to return on Monday morning to speak to him before the car arrives. Vehicle flagged on PNC for an intelligence stop. The address the car is registered to is in Barking.""",
      "AV WW RD EO", "CE ET NCW OA DT FA PA", "C")
    T("""Local authority licensing and police joint visit, hand car washes in Bolton (Op VALET), 6 sites. Summary: at
    four sites, everything was in order: workers on payroll with payslips, own documents, own addresses, waterproofs
    and gloves provided free, shifts of 8-9 hours. At site 5 (Deane Rd) the manager told us the workers 'are
    self-employed' but we found a rota showing 7 days a week, 8am-7pm, and workers said they get £40 a day cash and
    sleep in a house owned by the manager's uncle for £50 a week. At site 6 no issues other than an expired trade
    waste licence. Follow up at site 5 with GLAA to be arranged. Nobody at any site said they had been threatened, had
    documents taken or were not free to leave.""",
      "WW EO", "LH", "L")
    T("""Statement (translated from Bulgarian) of a witness, Mrs Ivanova, 48: "My son Georgi went to England with a man
    from our town, Hristo, who said there was work in a factory for £1,600 a month. Georgi called me the first week and
    said the house was crowded, 16 people, but it was OK. After that Hristo would not let him call. When I called
    Georgi's phone Hristo answered and said Georgi was working. Then Hristo said I must send €1,000 because Georgi had
    broken a machine, or Georgi would not be able to come home. I sent it by Western Union. Now he wants another €1,000.
    Georgi has a disability in his hand and he is not very clever, he trusts everyone. I am very frightened for my
    son.\" """,
      "DEC ISO DB AV", "OA IS UF", "L")
    T("""Intelligence assessment, NCA Money Mule Action: students at three Midlands universities are being recruited
    via TikTok to 'let us use your account for a few days for £300'. Most were willing. In a minority of cases, once
    involved, the students were told they had 'stolen' money that went missing and must keep moving funds or their
    family would be hurt, and in two cases students were assaulted on campus. Those who want to stop are sent photos
    of their own homes. Assessed as criminal exploitation in a subset of cases, though most mules are knowing
    participants paid for their accounts. Recommendation: universities to include money mule warnings in welcome week talks, and forces to treat mules who report threats as possible victims first. Banks to be asked to share device data on clusters of student accounts.""",
      "IT PSV DB", "", "C")
    T("""Adult social care review, Mr Kevin DOYLE (41, mild learning disability, lives alone in a council flat in
    Sunderland). Concern: neighbours noticed a group of young men coming and going at all hours. Visit found Kevin's
    flat in very poor condition, no food in the fridge, and Kevin sleeping on a mattress in the kitchen because the men
    use his bedroom. Kevin said the men are his 'mates' who 'look after' his money; they have his bank card and his PIP
    and ESA go on their 'stuff'. He is asked to hold bags and to go to the cash machine. One of the men told Kevin if
    he talks to the social they'll smash up his flat. Kevin said he can't go out much because one of them is always
    in. Cuckooing; police and housing informed.""",
      "AV WW IT RM AC", "NCW PLC RMS FA", "C")
    T("""HMRC Fraud Investigation Service, closure note: The investigation into MVP Recruitment Ltd considered whether
    the company's 'travel and accommodation' deductions from its 300 seasonal workers breached NMW rules. Evidence
    showed workers signed clear agreements in their own languages, paid £55 a week for a shared caravan (within the
    offset), could choose whether to use the company bus (£3 a day) or make their own way, were free to leave,
    and held their own documents. No evidence of debt, threats or control of bank accounts. Some workers chose 60-hour
    weeks in peak season; hours were recorded and overtime paid. Closed with no further action. The original complainant, a former worker, was told of the outcome by letter in Polish and Romanian. HMRC thanked the GLAA for its assistance.""")
    T("""Call handler log, 00:52, Thames Valley: Caller, a woman, says her friend Daria (Ukrainian, 22) just sent her a
    WhatsApp voice note saying "they locked me in, they took my passport, come get me, I am in a house in High
    Wycombe, he is drunk and says he will hit me again". Daria had gone there for a cleaning job she found online
    that promised £12 an hour. The caller has the location pin from the voice note: Desborough Rd area. Daria is not
    answering now. Caller is very upset. Immediate grading, units dispatched, control room to get cell site. Update 01:31: officers at the address. Daria found in a locked downstairs room, male arrested. Daria taken to Wycombe hospital with facial injuries.""",
      "RM RD PSV IT DEC", "RMS DT", "L", "immediate")
