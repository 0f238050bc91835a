# fresh245 part 4: negated, hypothetical and mixed texts
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Welfare visit to Mr Robert DAVIES (58, learning disability) at his flat in Merthyr Tydfil after a report that 'strangers' were staying there. On arrival Robert was alone and cheerful. He explained that his cousin and her two children had stayed for a weekend after being evicted and had now moved into B&B accommodation arranged by the council. Robert showed me his bank card and said he does his own shopping on Fridays with his support worker. His phone was with him and charged. The flat was clean and there were no signs of drug use. I asked him whether anybody had ever asked him to keep things, sell things or let people use the flat and he said no. He denied any threats. Support worker confirmed the account. No concerns of cuckooing or exploitation; closed with advice on who to call if anyone does turn up.")
T("Caller thought the lads at the car wash on Lee Rd were being exploited but when we went down they all had their own phones, passports and payslips and the owner showed us the rota, 8 hour shifts and days off. Nothing further.")
T("Victim states she was never locked in and could go to the shops whenever she wanted. She did say, though, that the man took her passport when she arrived at Stansted and she hasn't seen it since.",
  "RD", "DT", "")
T("Asked directly, Mr NOWAK said nobody had taken his documents and he was not in debt to anyone. He said he pays his own rent to a landlord he found on Facebook and his wages go into his own Monzo account. He works 40 hours. No indicators identified.")
T("Safeguarding strategy meeting, Sefton. Concern raised by housing that Ms Karen BIRCH (49, alcohol dependent, history of self-neglect) was being cuckooed after neighbours reported visitors late at night. Police visits on 3 occasions found Karen alone or with her adult son, who lives with her and is on the tenancy. Karen was clear, and consistent on each visit, that she isn't being pressured, that no-one is selling drugs from the property and that her son does not take her money. Her benefits are paid into her own account and bank records requested with consent show no unusual withdrawals. Substance misuse service reports she is engaging. Agreed: no evidence of exploitation; continue self-neglect support under s42 Care Act; close police involvement.")
T("if he ever took my passport i would leave straight away, but he hasn't, it's in my bag")
T("Source says the farm at Wisbech 'would never let the workers keep their passports' but admits he has not been there for 2 years and has no current information. Grading 5/E/P — no current concern identified.")
T("GLAA spot check at a packhouse in Evesham. Workers were asked about fees, transport, accommodation and wages. None had paid any fee for the job. Transport is free, by company coach. They rent privately. One worker, however, said his team leader makes everyone pay him £20 a week in cash or they get put on the worst shifts, and that he has seen him shove a worker who refused.",
  "WW PSV IT", "", "L")
T("I'm not being trafficked, I just work a lot because I want to send money home. My boss is fair. Nobody holds my papers.")
T("Interview with Mrs FERREIRA (Portuguese, 52) who cleans offices in Reading: she said she is not owed any wages, has no debt, lives with her husband, and nobody tells her what to do. Concern from caller appears to have been mistaken.")
T("He said that if the boss stopped paying them they would walk off the job and go to the union. They have been paid every week so far.")
T("Neighbour concern: 'there's an old man living with a younger couple and I think they're using him'. Officers spoke with Mr Albert FROST (82) alone at his home in Stevenage. He explained that the couple are his granddaughter and her husband, who moved in to care for him after his stroke. He holds his own bank card, has his own mobile and sees his friends at the British Legion twice a week. He laughed at the idea that he was being taken advantage of. His GP and the district nurse have no concerns. NFA.")
T("There were no signs of forced labour on the site: all operatives were CSCS carded, paid through a payroll company, and the hours log showed 45 hours a week maximum. One worker did tell me his hostel landlord keeps his bank card 'to stop him spending it on drink', and gives him £30 a week; he says he asked him to do this, but it doesn't sit right with me.",
  "AV WW", "NCW", "")
T("The two girls found in the flat in Luton were not being kept there against their will — the door was open and they had keys. However both say they are made to see men every night by 'Adi' and that he keeps all the money.",
  "WW", "NCW", "S")
T("There is no suggestion that the workers were threatened or abused. The problem is that they were charged £300 each for a 'registration fee' by the agency before starting and have been on zero-hours since, with some weeks no work at all.",
  "DEC", "UF", "L")
T("Called 101 as I was worried about the man who sells the Big Issue near Bristol Temple Meads because a man came up and took money off him. PCSO spoke to both men: the other man was his brother paying back a loan, the seller confirmed this and said nobody takes his takings. No concerns.")
T("Support worker: Shaun (LD) said his new friends 'would never make him do anything he doesn't want'. He said he lends them his flat for parties. Since then he has been found with £1,200 of cash he can't explain and he's been excluded from the day centre for fighting. I'm worried even though he denies any pressure.",
  "AV", "", "C")
T("Domestic worker (Indonesian, 33) with a private household in Knightsbridge. Interviewed by Kalayaan caseworker. She holds her own passport, has her own room with a lock, works roughly 8am-6pm with Sundays off and gets paid £1,800 a month into her own account. She says she is happy. No referral made.")
T("No injuries seen. No marks. He said no one has hit him. But he also said the van picks them up at 4am and brings them back after 9pm every day including Sundays.",
  "EO", "CE LH", "L")
T("Hypothetically if a worker told you his employer holds his passport, what should we do? (Query from a hotel HR manager in training; not about a real case.)")
T("Asylum-seeking mother (Afghan, 31), NRPF, was worried that if she took a cleaning job cash in hand she might be exploited. She hasn't taken any job. Referred to Migrant Help for advice and to the food bank.")
T("Statement: 'I want to say clearly the lady I work for is good to me, she never took my documents, she never shout at me, I have my own phone and I call my children every day.' Concern raised by the agency has been investigated and closed.")
T("INT 3/B/P: suspected cannabis factory at a house in Walsall. Warrant executed 06:00. Property empty, equipment removed. No persons found, so no trafficking victims identified at this time. Grow was of approximately 200 plants.")
T("Outreach note, Leicester: Polish rough sleeper (Marek, 50s) says he used to be 'used by a gang' years ago in Corby but that ended in 2018; now he wants help with drink and housing. No current exploitation; referred to Housing Options and Turning Point.")
T("The builder doesn't hold anyone's money. The lads are self-employed, invoice him weekly. They're not made to sleep on site, they go home. I can't see anything wrong with this job apart from the mess.")
T("Lady (76) who rang thinking she might be a victim of a scam because her 'grandson' phoned asking for money. Her real grandson is fine. She did not send any money. Advice given.")
T("Care leaver (19) in Telford told PA he'd been offered £500 to 'look after a flat' for some older lads. He said no and told us because he's worried they'll ask again. No exploitation has happened. Safety plan put in place.")
T("She denied being made to have sex with anyone and said her boyfriend is not involved in her work; she advertises herself and keeps her own earnings. She did say that her landlord, who she pays in cash, lets himself in at night and she's frightened of him.")
T("Mr OKAFOR said he was not prevented from leaving the farm; he chose to live in the caravan as it's cheaper. But he disclosed that £60 a week is taken from his pay for the caravan and another £25 for 'the van', which leaves him about £140 for 60 hours of work.",
  "WW EO", "CT LH", "L")
T("No passports were found at the address and all residents said they keep their own. Residents did report that a man called 'Vlad' collects their bank cards on payday and takes them to the cashpoint, returning some cash to each.",
  "WW", "NCW MBC", "")
T("When asked whether he was free to leave, the young man said 'of course' and left the interview to go back to work. We found no evidence that the restaurant owner was holding his passport. The young man did not disclose any concerns.")
T("Welfare check on Hazel (60, mental health issues) after her brother told police she was 'being used as a slave' by her new husband. Hazel said she does all the housework because her husband works away, she has her own money, goes to bingo, sees her sister. No indication of servitude. NFA.")
T("No threats were made and no-one was locked in, but the girls in the 'massage' flat on Holloway Rd are moved every two weeks to a different city by the same driver, and he takes their phones at night.",
  "ISO", "ET IS", "S")
E4 = E
