E("""INTELLIGENCE REPORT — OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: 31 Victoria Terrace, Grimsby

INT suggests that 6-8 Romanian males are living at the address and working at a fish processing plant on the docks through a labour provider called 'DanRec Solutions'. Source states the males are woken at 03:30 by a male known as 'Costel' (POI COSTEA Nicolae, DOB 02/02/1981) who drives them to the plant in a Vauxhall Vivaro, VRM unknown, and waits in the car park until their shift ends.

Source states the front door is deadlocked at night and only COSTEA holds a key; the back door has been screwed shut. Males are not seen in the town at weekends. One male told the source in broken English that he 'must stay home, Costel say'.

Source also mentions that the next-door neighbour, an elderly lady, is in dispute with the landlord about the fence. No relevance.

Recommend: GLAA liaison, joint visit, check labour provider licence.""",
  "ROM", "et cedl", "L")

E("""Safeguarding referral — Children's Services
Child: Y (15, female), looked after, residential placement.

Staff report that over the last six weeks Y has gone missing 9 times, usually from 9pm, returning the next afternoon. She has been seen getting into a silver Mercedes driven by a male in his late twenties known to her as 'Zee'. She has a new iPhone and nails done which staff did not pay for.

On the last return Y had bruising to her upper arms and said that 'Zee's mates' kept her in a flat in another town and would not let her leave until they said so. She said she 'had to be nice' to them. She says Zee told her that if she speaks to police he will send a video of her to everyone at school.

Y's younger brother (12) lives with foster carers and is doing well; no concerns for him at this time.

Strategy meeting requested today. CSE risk assessment: high.""",
  "AV ROM PSV IT", "pa", "S", "i")
E("""Caseworker notes (NGO) — follow-up visit

Mr H (Afghan, 34) came to us after his asylum claim was refused. He is sleeping on a friend's sofa in Leicester. He told me he works cash-in-hand at a car wash on weekends for £50 a day and that the owner, a man from his town, 'is kind and pays every time'. He goes home each night and chooses which days he works.

He asked whether he could be 'in trouble' for this work. I explained his options and referred him to an immigration solicitor. He does not want any police contact. I asked about threats, debts, documents and whether anyone controls where he goes; he said no to all and was able to show me his documents, which he keeps himself.

Outcome: no indicators of modern slavery at this time. Immigration advice booked for Thursday. Food bank voucher given.""",
  "", "", "")
E("""Victim debrief — Interpreter: Vietnamese

She says that she left Nghe An when she was 16 because a woman in the village said there was a job in a nail salon in England with good money. Her parents borrowed $20,000 to pay the woman. She travelled through Russia and France in trucks.

In England she was taken to a house in Derby. She says that she worked in the nail salon from 9 in the morning until 8 at night and on Sunday she cleaned the house of the boss. She says that she never got money; the boss said the money goes to pay the debt and her parents must also pay.

She says that the door of the house was always locked and that she only went out to the salon with the boss's husband, in his car. She did not know the address. When she once asked to call her mother, the boss took her phone and broke the SIM.

She says she now is 19 and she is afraid that the men will go to her parents' house.""",
  "AV DEC DB WW ROM ISO EO", "et foa", "L D", "h")
E("""GLAA Compliance Inspection — Summary
Licence holder: GreenField Labour Ltd. Labour user: salad grower, West Sussex.

The inspection team interviewed 14 workers (Romanian, Bulgarian, Ukrainian, Nepali) alone with interpreters. Workers live in caravans on the grower's site, two per caravan, with hot water, heating and a kitchen block. The site is 6 miles from the nearest town; the grower runs a free shuttle twice daily and workers also use the public bus and their own bicycles. Several workers showed us their passports, which they keep in their caravans, and bank cards in their own names.

Hours recorded are 40-48 per week with overtime voluntary and paid at the correct rate. No fees were charged for finding the work. Work-finding fees policy on display in four languages.

One worker complained that the site gate is closed at 11pm; this is for security and workers have a code. No evidence of restriction.

Minor finding: one payslip format omitted holiday accrual. Licence retained, no conditions.""",
  "", "", "")
E("""101 call summary — 14:20 hrs

Caller (female, lives opposite) reports a house at 12 Brook Lane where she believes 'someone is being kept'. She states a young woman, possibly Filipino, is seen through the window cleaning at all hours; she has never seen her leave the property except once, when she was led to a car by the homeowner who held her arm. Caller says the family have a Range Rover and go on holiday a lot and the woman appears to stay behind; the shutters are down then.

Caller also reports that kids on bikes have been riding on the pavement near her house. Advised re ASB.

Officers attended 16:05. Homeowner (Mr A) answered and said the domestic worker was 'resting'. Officers insisted on seeing her alone. She stated in Tagalog (via Language Line) that her passport is with 'Sir', she has not been paid since arriving in 2023, and she is not allowed out. She was removed to a place of safety. Homeowner arrested.""",
  "ROM RD WW", "", "D", "i")
E("""Prison intelligence — IR ref withheld

Prisoner TAYLOR (British, 19) has disclosed to his key worker that he was 'groomed' into dealing at 14 by a man from Birmingham who paid for his trainers and then told him he owed £1,000 for 'a package that got lost'. TAYLOR says he then spent two years running drugs to Shrewsbury and Hereford, staying in cuckooed flats for a week at a time. His phone was taken and he was given a 'work phone'; he was not allowed to go home until the line was sold out. He was stabbed in the leg once when he tried to stop.

TAYLOR's cellmate (no relevance to this report) has been placed on an ACCT.

TAYLOR wishes to be referred to the NRM. Referral submitted by prison first responder.""",
  "AV DB ROM ISO PSV", "", "C", "h")
E("""Statement of witness — Mr Daniel PRICE, plant operator

I have worked at the waste transfer station on Foundry Road for about three years. Most of the pickers on the line are from agencies and come and go by bus. Around March a new group of four men started, from Slovakia I think. They were different. A man in a black Audi brought them in the morning before 6 and they were always last to leave, often 10pm. They didn't have proper gloves and one of them cut his hand badly on glass; the man in the Audi told him to keep working.

On a Sunday I saw them at the site although the site is closed on Sunday. The gate was padlocked. They were inside the fence, sitting on pallets, and they told me they sleep in the old weighbridge office. One said, 'We cannot go out, the boss has lock.' I didn't know who to tell.

I have no other information. I have read this statement and it is true.""",
  "ROM EO AC", "cedl et swp ppe", "L", "h")
E("""Press summary

A couple from Lancashire have been convicted of holding a Tanzanian woman in domestic servitude for nine years. The jury heard that the woman, now 41, was recruited in Dar es Salaam with a promise of a job as a nanny and English lessons. Instead she cooked, cleaned and cared for the couple's four children around the clock, slept on a mattress in the utility room, and was paid nothing.

Prosecutors said the woman's passport was kept in a locked drawer and she was told that, as an illegal immigrant, she would be jailed if she went to the police. She was only allowed out to take the children to school, and was timed. She was slapped and pushed on several occasions.

A neighbour, who gave evidence, said she had assumed the woman was a relative. The couple will be sentenced next month. The children are now living with grandparents and are not considered victims in the case.""",
  "DEC ROM RD WW AC IT PSV EO", "foa swp", "D", "h")
E("""Financial crime alert (bank) — summary for police

Between January and June, 37 current accounts were opened in branches in Peterborough and Wisbech by Latvian and Lithuanian nationals. In each case the same male, ŠIMKUS, accompanied the applicant and gave his own phone number and email. Salaries from two food factories were paid into the accounts. Within 24 hours of each salary payment, the balance was transferred to an account in ŠIMKUS's name or withdrawn at one ATM using several cards in sequence.

Three account holders later visited a branch alone to ask why they had no access to online banking; they told staff 'Andrius has the cards, he gives us money for cigarettes'.

Unrelated: one of the branches also reported a counterfeit £20 note on the same day. Not linked.

Recommendation: referral to police and GLAA as possible labour exploitation.""",
  "WW", "mbc ncw sfw", "L")
E("""Officer handover — night turn to early turn

1) Domestic at 44 Carr St: verbal argument only, both parties calm, DASH standard. NFA.
2) Shoplifting at Co-op: juvenile male (15) detained by store security with spirits; parents attended; youth caution route. He says he took them for a party. No signs of anyone directing him.
3) Concern for welfare at the Travelodge: a Romanian female was seen crying in the car park. Spoke to her: she is on a work trip for a cleaning contractor, missed her lift, has her own phone and passport, and her supervisor picked her up at 02:00. No concerns.
4) Burglary non-dwelling at the allotments — shed forced, strimmer taken. CSI requested.

Nothing outstanding.""",
  "", "", "")
E("""Debrief — first person, translated from Albanian

I came to London in 2022 on the lorry. I paid nothing before, the man said 'you will pay with work'. They put me in a house in Harrow with other boys. The house had locks on the windows and the door; at night one of the older men slept on the sofa in front of the door.

In the morning they drove us to a house with the plants. Our job was water, lights, cut. I was there day and night for many weeks, I slept on the floor with the plants. They said the debt was £25,000 and every week they add for food and electricity. When I said I want to go home, Arben put a knife to my neck and said he knows the house of my mother in Kukës.

I do not know the name of the street. I only know there was a big Tesco near.""",
  "ROM DB IT PSV ISO AC", "swp", "C", "h")
E("Locked in the back of a van all night, let out at the farm at dawn.",
  "ROM", "et", "L")

E("Passports? 'In the boss's drawer, for safety.' Never returned.",
  "RD", "", "")
E("Van drops nail bar girls at 8am, picks them up 10pm, every single day.",
  "EO", "cedl et", "L")
E("Hostel curfew is 11pm for everyone; he hates it but signs out daily.",
  "", "", "")
E("She works from dawn to midnight, no days off, sleeps in the baby's room.",
  "EO", "", "D")
E("Boss keeps the cards and gives us £20 on Saturday.",
  "WW", "ncw", "L")
E("Man says he sold a kidney in Chennai to pay a moneylender.",
  "AV DB", "", "O")
E("Not allowed out without Dritan. Ever.",
  "ROM", "et", "")
