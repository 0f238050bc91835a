# fresh181 part 2: cuckooing of vulnerable tenants, county lines, housing and ASB officers.
def load(T):
    T("""Housing officer visit, 7 Larch Close (tenant Mr Peter GREEN, 61, COPD, alcohol dependent). Three young males present who refused to give names, one answered every question I put to Mr Green. Strong smell of cannabis, scales on the table, Mr Green sleeping on the sofa as "his mates" have the bedroom. Mr Green mouthed "help" when the lads weren't looking. Suspected cuckooing. Reported to police via 101 and ASB team.""",
      "AV", "SFW", "C")
    T("Neighbour on Hawthorn Walk reports lots of different people coming and going from no 14 at all hours, staying 5 mins. Tenant is an elderly lady who lives alone. Suspect cuckooing.", "", "", "C")
    T("""INT 2/B/P. Source states that the address 33 Coronation Street, WF17 is being used as a trap house by the "Moss Side line" (phone ref 07784 ******). The tenant, Lisa WARD (42, heroin user) is being given gear in return for letting the line operate. Source states that Ward has been slapped and told she'll be "burnt out" if she goes to police. Two juveniles from Manchester are believed to be staying at the address and selling crack and heroin.""",
      "AV PSV IT", "", "C", "high")
    T("""ASB officer: Tenant at 4B Priory Court now says the "visitors" were his nephew and friends and they've gone. Door replaced. Visited twice, no further signs of drug activity. Closed.""", "", "", "")
    T("""Tenancy officer note: Mrs K (tenant, 70s, early dementia) said a young man "keeps using my flat for his business" and has her keys and her bank card. She doesn't know his name. He told her she mustn't tell her son. Son called us worried she's been withdrawing cash every day. Referred to Adult Social Care and police.""",
      "AV WW ISO IT", "NCW IS", "C")
    T("""Call handler log 01:52. Caller (anon, neighbour) states there's a man screaming inside Flat 3, 19 Brook St, says she can hear someone shouting "give me the money or I'll stab you", tenant is a man with learning disabilities who has had youths staying with him for a week. Units dispatched Grade 1.""",
      "IT AV", "", "C", "immediate")
    T("Drugs warrant, 21 Linden Ave: 3 adults arrested PWITS, tenant is one of the dealers himself, no indication of coercion or vulnerability. Not cuckooing.", "", "", "")
    T("""Street outreach: 15yo (we think) lad with a London accent has been sleeping in the stairwell at Chapel House flats. Said he's "working" and can't go home until he's "done his sends". Had a cheap phone that kept ringing. Cut on his hand, said it was from a knife. Police called, CSC informed.""",
      "AV AC", "PA", "C", "high")
    T("""Hostel manager to police SPOC: We believe one of our residents, Jason (28, ADHD, mental health) is being used to run drugs. He's been going missing for 2-3 days at a time, comes back with train tickets to Aberystwyth and a lot of cash he then hands to a man who waits in a car outside. He owes this man "a grand" apparently for a phone he "lost" and has been told he'll be hurt if he doesn't work it off. He's terrified.""",
      "AV DB IT", "FA", "C")
    T("""Housing visit, Flat 6 Ashworth House. Tenant (Miss H, 24, learning disability) now has a boyfriend, "Dre", who has moved in with several friends. She says they're her friends and she's happy. However: bedroom door has a padlock on the outside, she was very quiet, the lounge has 6 mattresses, and Dre asked to sit in on the visit and answered for her. Escalated as suspected cuckooing and possible sexual exploitation.""",
      "AV", "SFW OA", "C S")
    T("Cuckooing? no. Just his son staying over with a couple of mates, all moving him into a care home next week.", "", "", "")
    T("""PCSO note: spoke to the man at number 9 who the neighbours think is being cuckooed. He said "they come to mine to bag up, I get a bit of gear for it, I'm not daft". Lots of damage to the flat, no food in the fridge, no electric. He has a big bruise on his face, said he walked into a door. Info to the Cuckooing Partnership.""",
      "AV AC", "PA PLC", "C")
    T("""INT 3/B/P: It is believed that a 16-year-old female, Chloe (surname unknown), is being used to hold drugs and cash at an address in Tilbury for a male known as "K-Dog". Source states she is given vodka and cannabis and has been made to have sex with K-Dog's associates to pay off a drug debt. She has been reported missing from her care home three times this month.""",
      "AV PSV DB", "", "C S", "high")
    T("""Resident at Number 2 rang to say that the "druggies" next door have been moved on by police and the old lady is back in her flat with her daughter. Thanks.""", "", "", "")
    T("""Cuckooing meeting, Tuesday. Address: 88 Falcon Way. Tenant: Mr Ian SHAW, 49, schizophrenia, registered blind. Police visit 04/06: four males present, Shaw in his bedroom which had a bolt fitted on the outside. He told officers he is "not allowed out when they're working". His benefits card is held by one of the males. Phone: Shaw's landline has been cut. Action: closure order application, safeguarding referral, Shaw to emergency respite.""",
      "AV RM ISO WW", "RMS IS NCW", "C", "high")
    T("whats going on at 24 Fairway theres kids from london coming and going all day and the poor bloke who lives there looks terrified hes got a black eye", "AV", "PA FA", "C", "high")
    T("""Supported housing incident: Staff saw a resident (Connor, 20, care leaver) being dragged into a car outside the scheme by two men. Staff believe this relates to a drug debt. Connor had told keyworker last week the men said he has to "do runs" to Ipswich to clear what he owes. Police called 16:12, vehicle a black Audi A3, partial reg LR**.""",
      "AV PSV DB", "", "C", "immediate")
    T("Asked Mr D if anybody is using his flat. He said no, his cousin visits but doesn't stay. No signs. Will do a follow-up visit.", "", "", "")
    T("""Outreach: "Little Tommo" (21) told me he's been sleeping at a flat in Hartlepool where he's made to sell. Said if he sleeps in they pour cold water on him and take his shoes so he can't go out. Says he owes them £400 because he got robbed. He asked me not to tell the police because "they'll know it was me".""",
      "AV RM DB PSV", "RMS FA", "C")
    T("Vulnerable adult (autistic, 30s) says 'friends' take his phone and use his bank account for money 'coming in and going out'. Money muling suspected.", "AV WW ISO", "NCW IS", "C")
    T("""INT 3/C/P: A male known as "SOLO" is believed to be recruiting boys aged 13-15 from Hillfields to run drugs in Coventry and Leamington. Boys are given phones and told they owe the cost of any gear seized. One boy is reported to have been stripped and beaten with a belt as "punishment".""",
      "AV DB PSV", "", "C", "high")
    T("Tenant on the Brierley estate complains that next door has too many visitors. Next door is a registered childminder. No further action.", "", "", "")
    T("""ASB case review. Address: Flat 22, Redwood Court. Tenant Maureen (67) had her grandson staying who brought in dealers. She says she has been told by them "if you say anything we'll do your dog in and then you". Dog found injured 3 days ago. Maureen now staying with sister. Police considering Closure Order.""",
      "IT", "FA", "C")
    T("""Probation officer note: PoP (Ryan, 19) disclosed that older lads have been "renting" his tenancy, which the council gave him when he left care. They pay him £20 a week and he sleeps at his girlfriend's. He says he can't go home now, he's been told not to come back until they're finished. Flat is being used to deal. He's scared of losing the tenancy but more scared of them.""",
      "AV IT", "FA", "C")
    T("PCSO: visited 12 Poplar Rd following cuckooing concerns. Tenant alone, house clean, says no one has been staying. Neighbour confirms quiet for a month. NFA.", "", "", "")
    T("""Call from tenant's daughter: mum (Mrs P, 80) says "some boys" took her pension card and are using her front room. She can't lock the back door and they come in at night. Daughter lives in Newcastle and can't get down. Mum too frightened to go out.""",
      "AV WW", "NCW FA", "C")
    T("""Child Exploitation panel, Sheffield: YP1 (14, male) found in a flat in Lincoln with 2 adults, £800 cash and 40 wraps plugged. He had been reported missing 4 days earlier. YP1 says he was "taken" in a car from outside school. He has a burn on his arm he won't explain. Adults believed to be from the "Grimey" line. YP1 placed in foster care; NRM submitted.""",
      "AV PSV", "PA", "C", "high")
    T("Tenant at 3 Holly Bank has a lodger who pays rent. Tenant has permission from landlord. Lodger works at Tesco. Nothing suspicious.", "", "", "")
    T("""Housing officer: Went to 17 St Anne's Rd with police after the repairs operative raised concerns. Tenant (Mr F, alcohol dependent) had been locked in the back bedroom - key on the outside. Four adults in the property, drugs paraphernalia everywhere, no heating, fridge empty. Mr F said he'd been in there "a couple of days" and they bring him cans. Two arrested. Mr F to hospital.""",
      "AV RM AC", "RMS PLC", "C", "high")
    T("""Youth worker: 15yo girl says she has "a new boyfriend" who is 24 and gives her weed and drives her around. She's been staying out all night. She says he asks her to drop parcels for him. Worried.""", "AV", "", "C S", "high")
    T("""INT 2/B/P. The "JB" line (07932 ******) is operating out of 5 Yew Tree Walk, Scarborough. The tenant, Stuart HALL, is believed to be too frightened to remove the occupants after he was stabbed in the leg in April. Source states the line holders take Hall's benefits and give him £10 a day and a bag of heroin.""",
      "AV PSV WW", "NCW FA", "C")
    T("Caller says her neighbour, a young autistic man, has 'new mates' who are in and out all night. Officers attended, he has his cousin staying for the week, no drugs, no concerns.", "", "", "")
    T("Cuckooed flat - the fella's been made to sleep on the kitchen floor while they deal from his living room.", "AC", "PLC", "C")
    T("""Safeguarding Adults referral from Riverside Housing: Mrs Joan ASHBY, 74, lives alone at 2 Orchard Walk. A man (around 30, "Wayne") befriended her at the bus stop and now lives with her. Since then she has taken out two loans, her savings have gone, and Wayne has told her he'll put her in a home if she tells anyone. She was recently seen with bruising to her wrist. She has stopped attending her lunch club and her phone is always answered by Wayne.""",
      "AV IT ISO PSV", "IS PA SFW", "C")
    T("""Man in his 50s at the hostel says he's being "taxed" by dealers: they take his whole giro every fortnight for a debt that never goes down.""", "DB WW AV", "NCW", "C")
    T("Caller wants police to evict her son's friends from her house, they are smoking weed and won't leave. They are 19 and 20. Not exploitation, domestic dispute.", "", "", "")
    T("""Police log: Response to a concern for welfare at 44 Prospect Rd. Occupier (Mr Andrew LEE, 55, learning disability, known to ASC) found with 2 males from Liverpool present. Mr LEE had a fresh cut to his eyebrow. Crack pipes in the kitchen. Mr LEE told PC 4411 that the lads "look after my money" and that "they said I can't go to my sister's anymore". Both males arrested for PWITS and ABH. Mr LEE taken to his sister's.""",
      "AV PSV WW RM ISO", "PA NCW IS RMS", "C")
    T("ASB report: People dealing from bench outside the flats. No vulnerable tenant involved. Passed to neighbourhood team.", "", "", "")
    T("""Housing officer: Spoke to Mr S at the door. He would not let me in and said "I can't, they're here". A male voice shouted from inside "tell her to go". Mr S looked thin and unkempt, wearing the same clothes as at my last visit a fortnight ago. Returned with police within 40 mins, no answer.""",
      "AV", "PA", "C", "high")
    T("""Young person (16) disclosed at the drop-in that he's been sent to Kendal on the train to "drop off" and was told if he loses the bag his mum will "get a visit". He owes the line £1,200 because he was robbed. He's sleeping at friends' and doesn't want to go home.""",
      "AV IT DB", "", "C", "high")
    T("Council housing: tenancy audit complete for Eastfield estate. 212 properties visited. 3 suspected unauthorised occupants, none linked to exploitation.", "", "", "")
    T("""Tenant says a man called "Jonno" has got the key to her place and lets himself in whenever he likes with his mates. She's got no choice, she says. She's on methadone.""", "AV", "", "C")
    T("""INT 3/B/P. A cannabis grow is believed to be set up in a housing association bungalow at 17 Spring Gardens, rented to an elderly man (Mr W, 79) who has been moved into one bedroom. Source states Mr W is given £50 a week and has been told he'll be "put in the ground" if he lets anyone in. Windows blacked out, condensation, electricity bypassed.""",
      "AV IT RM", "RMS", "C")
    T("""Outreach: Jade (22, street homeless) says she stays at a man's flat in exchange for holding his stuff (drugs) and sometimes "other things" with his friends. She says she doesn't want to, but she's nowhere else to go and he says she owes him for the gear.""",
      "AV DB PSV", "", "C S")
    T("Drugs found in a student flat. All residents are students with own tenancies, no sign anyone was coerced. Passed to uni.", "", "", "")
    T("""Cuckooing closure order statement (Housing Officer): Over the period January-March the tenant, Mr Keith RIDLEY, reported to me on four occasions that males were staying at his flat against his will. He stated that they had taken his key, his mobile phone and his debit card, that they made him stay in his bedroom when "customers" came, and that they threatened to throw him off the balcony if he called us. He has chronic epilepsy and has lost weight considerably. I observed on 14 Feb that his face was swollen.""",
      "AV RM ISO WW IT PSV", "RMS IS NCW PA", "C")
    T("Kids (maybe 13-14) seen going in and out of the flat above the bookies on Wellington St with rucksacks. A car picks them up and drops them off.", "AV", "", "C", "high")
    T("Housing officer: rent arrears visit to Mr J, he's behind because he's been off work with his back. No third parties. Arranged payment plan.", "", "", "")
    T("""Night shelter: One of our guests, a man with a brain injury, said a gang at the Bullring pays him in cigarettes to carry "packages" and they've got his bank card. Says they kick him if he's late. He wants to stay here as they don't know about this place.""",
      "AV WW PSV", "NCW FA", "C")
    T("RING ME BACK ASAP about my brother, hes got people living in his flat taking his money hes got learning disabilitys, 07700 900281 - Jean", "AV WW", "NCW", "C")
    T("""PCSO: Attended 16 Heron Drive re cuckooing concerns. Tenant present with her partner. She says no one else has been living there and she's not being made to do anything. Partner has been arrested before for supply. She denies any threats. Leaflets left. Will monitor.""", "", "", "")
    T("""Missing episode debrief (YOT worker): Kyle, 15, found in Barrow after 5 days missing. Says he was taken by an older lad called "Tizzy" and made to stay in a flat with no food or heating, sleeping on a mattress on the floor, selling from 7am till late. Says Tizzy kept his phone so he couldn't call his mum and told him his little brother would be next if he ran. Kyle had bruises to his ribs.""",
      "AV RM ISO AC EO IT PSV", "IS PLC LH PA RMS", "C", "high")
    T("Vulnerable tenant's flat being used to store weed according to the carer. Tenant pays for the leccy for the grow and gets nowt.", "AV", "", "C")
    T("Complaint about cannabis smell from 6 Aspen Court. Tenant admits smoking, for personal use. Warning letter sent. Not exploitation.", "", "", "")
